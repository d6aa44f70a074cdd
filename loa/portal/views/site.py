"""The public index of units and each unit's public site."""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render

from loa.accounts.rules import may
from loa.units.models import Level

from .. import queries
from ..forms import SearchForm
from ..models import UnitContact


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
        "articles": [] if unit.is_legacy else queries.articles_for(unit)[:3],
        "can_write": may(request.user, "portal.manage_column", unit),
        "can_handle_feedback": may(request.user, "portal.handle_feedback", unit),
        "can_post_procedures": may(request.user, "portal.post_procedures", unit),
        # the import works on the unit the user works in now (the access map's OnUnit)
        "can_import_procedures": getattr(request, "unit", None) == unit
        and may(request.user, "portal.import_procedures", unit),
    }
    if unit.level == Level.PROVINCE and not unit.is_legacy:
        context["communes"] = Paginator(queries.communes_of(unit), 200).get_page(
            request.GET.get("trang")
        )
    return render(request, "portal/unit_site.html", context)
