"""The public pages of each unit, and the unit admin's page for its contact details."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render

from loa.accounts.access import checked_object
from loa.accounts.rules import may
from loa.units.models import Level

from . import queries
from .forms import ContactForm, ProcedureSearchForm, SearchForm
from .models import UnitContact


def _search(request) -> tuple[SearchForm, str]:
    form = SearchForm(request.GET)
    return form, (form.cleaned_data["q"].strip() if form.is_valid() else "")


def _contact(unit):
    return UnitContact.objects.filter(unit=unit).first()


def index(request):
    """Provinces, or with a search the provinces and communes whose name matches it."""
    form, search = _search(request)
    context = {"form": form, "search": search}
    if search:
        context["results"] = queries.units_matching(search)
    else:
        context["provinces"] = queries.provinces()
    return render(request, "portal/index.html", context, status=400 if form.errors else 200)


def unit_site(request, code):
    try:
        unit = queries.unit_by_code(code)
    except Http404:
        context = {"code": code, "search": ""}
        return render(request, "portal/unit_missing.html", context, status=404)
    context = {
        "unit": unit,
        "ancestors": unit.ancestors(),
        "contact": _contact(unit),
        "people": queries.people_in_charge(unit),
        "successors": unit.successors.by_vietnamese_name() if unit.is_legacy else [],
        "can_edit": may(request.user, "portal.edit_contact", unit),
    }
    if unit.level == Level.PROVINCE and not unit.is_legacy:
        context["communes"] = Paginator(queries.communes_of(unit), 200).get_page(
            request.GET.get("trang")
        )
    return render(request, "portal/unit_site.html", context)


def _current_unit(code):
    unit = queries.unit_by_code(code)
    if unit.is_legacy:
        raise Http404(unit.end_notice())
    return unit


def procedure_list(request, code):
    unit = _current_unit(code)
    form = ProcedureSearchForm(request.GET, fields=queries.procedure_fields(unit))
    valid = form.is_valid()
    search = form.cleaned_data["q"].strip() if valid else ""
    field = form.cleaned_data["linh_vuc"] if valid else ""
    found = queries.procedures_for(unit, search=search, field=field)
    page = Paginator(found, 50).get_page(request.GET.get("trang"))
    context = {
        "unit": unit,
        "ancestors": unit.ancestors(),
        "form": form,
        "search": search,
        "field": field,
        "page": page,
    }
    status = 400 if form.errors else 200
    return render(request, "portal/procedure_list.html", context, status=status)


def procedure_detail(request, code, pk):
    unit = _current_unit(code)
    procedure = get_object_or_404(queries.procedures_for(unit), pk=pk)
    context = {
        "unit": unit,
        "ancestors": unit.ancestors(),
        "procedure": procedure,
        "changes": procedure.changes.all(),
    }
    return render(request, "portal/procedure_detail.html", context)


def contact_edit(request, pk):
    """The unit admin publishes the unit's address, hotline and e-mail."""
    unit = checked_object(request)
    contact = _contact(unit) or UnitContact(unit=unit)
    form = ContactForm(request.POST if request.method == "POST" else None, instance=contact)
    if request.method == "POST" and form.is_valid() and form.save_if_current():
        messages.success(request, "Đã lưu thông tin liên hệ công khai của đơn vị.")
        return redirect("portal:unit_site", code=unit.code)
    return render(
        request,
        "portal/contact_edit.html",
        {"unit": unit, "form": form},
        status=400 if form.errors else 200,
    )
