"""The unit directory: a unit's page, its offices and the units below it."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render

from loa.accounts.access import checked_object
from loa.units.models import Level

from ..forms import UnitSearchForm, UnitSettingsForm
from ..queries import count_below, subunits
from ..rules import may


def unit_detail(request, pk):
    unit = checked_object(request)
    form = UnitSearchForm(request.GET)
    search = form.cleaned_data["q"].strip() if form.is_valid() else ""
    page = Paginator(subunits(unit, search=search), 50).get_page(request.GET.get("trang"))
    context = {
        "unit": unit,
        "ancestors": unit.ancestors(),
        "offices": unit.offices.all(),
        "form": form,
        "search": search,
        "page": page,
        "counts": count_below(unit),
        "levels": Level,
        "successors": unit.successors.all(),
        "predecessors": unit.predecessors.all()[:50],
        "can_manage": may(request.user, "accounts.manage_members", unit),
    }
    return render(request, "accounts/unit_detail.html", context)


def unit_settings(request, pk):
    """How the unit's documents are signed: the unit admin's choice, printed on every
    plan and report issued from now on."""
    unit = checked_object(request)
    # a checkbox left unticked posts nothing: an empty POST is still a submission
    form = UnitSettingsForm(request.POST if request.method == "POST" else None, instance=unit)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Đã lưu thiết lập văn bản của đơn vị.")
        return redirect("accounts:unit_detail", pk=unit.pk)
    return render(
        request,
        "accounts/unit_settings.html",
        {"unit": unit, "form": form},
        status=400 if form.errors else 200,
    )
