"""The public catalogue of administrative procedures of a unit."""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, render

from .. import queries
from ..forms import ProcedureSearchForm


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
    abolished = form.cleaned_data["bai_bo"] if valid else False
    found = queries.procedures_for(unit, search=search, field=field, abolished=abolished)
    page = Paginator(found, 50).get_page(request.GET.get("trang"))
    context = {
        "unit": unit,
        "ancestors": unit.ancestors(),
        "form": form,
        "search": search,
        "field": field,
        "abolished": abolished,
        "page": page,
    }
    status = 400 if form.errors else 200
    return render(request, "portal/procedure_list.html", context, status=status)


def procedure_detail(request, code, pk):
    unit = _current_unit(code)
    procedure = get_object_or_404(queries.procedures_for(unit, abolished=True), pk=pk)
    context = {
        "unit": unit,
        "ancestors": unit.ancestors(),
        "procedure": procedure,
        "changes": procedure.changes.all(),
    }
    return render(request, "portal/procedure_detail.html", context)
