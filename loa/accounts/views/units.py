"""The unit directory: a unit's page, its offices and the units below it."""

from django.core.paginator import Paginator
from django.shortcuts import render

from loa.units.models import Level

from ..forms import UnitSearchForm
from ..queries import count_below, subunits
from ..rules import may
from .access import get_unit_for_user


def unit_detail(request, pk):
    unit = get_unit_for_user(request, pk, "units.view_unit")
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
