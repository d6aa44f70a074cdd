"""Theo dõi: a unit's picture for a year; for an upper level, the table of the units below
it (sortable, filterable, with totals and the units needing attention), its Excel export
and its printable A4 summary (PDF)."""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from loa.accounts.rules import may
from loa.units.models import Level, Unit

from ..exports import below_workbook, summary_pdf
from ..models import UnitScore
from ..queries import MONTH_NOTE, month_series, unit_picture
from ..rules import may_view_country
from ..scoring import score_compute, score_from_stored
from ..services import score_store
from ..table import (
    KIND_CHOICES,
    SORTS,
    below_rows,
    children_of,
    filter_rows,
    sort_rows,
    totals,
)
from .cells import cells_of
from .charts import bars, stacked_months
from .score import score_ranks

FIRST_YEAR = 2020


def _year(request) -> int:
    """The year asked for (?nam=2025), or this year; a bad value is said, never a 500."""
    today = timezone.localdate()
    raw = request.GET.get("nam", "")
    if not raw:
        return today.year
    try:
        year = int(raw)
    except ValueError:
        year = 0
    if not FIRST_YEAR <= year <= today.year + 1:
        messages.error(request, f"Năm “{raw[:10]}” không hợp lệ: đang xem năm {today.year}.")
        return today.year
    return year


def index(request):
    """Where Theo dõi opens: the unit the user works in now, or the country."""
    if request.unit is not None:
        return redirect("dashboard:unit", key=request.unit.key)
    if may_view_country(request.user):
        return redirect("dashboard:country")
    return render(request, "dashboard/no_unit.html")


def _sees_below(request, unit: Unit) -> bool:
    """The table of the units below: for those who supervise the unit, or, for a unit
    that ended in 2025, for those who may read its history."""
    return children_of(unit).exists() and may(request.user, "dashboard.view_below", unit)


def _table_context(request, unit: Unit | None, year: int) -> dict:
    today = timezone.localdate()
    rows = below_rows(unit, year, today)
    everything = totals(rows)
    sort = request.GET.get("sap-xep", "chu-y")
    sort = sort if sort in SORTS else "chu-y"
    descending = request.GET.get("chieu") == "giam"
    shown = sort_rows(
        filter_rows(
            rows,
            kind=request.GET.get("loai", ""),
            district=request.GET.get("huyen-cu", ""),
            q=request.GET.get("q", "")[:100],
            only_attention=request.GET.get("chu-y") == "1",
        ),
        sort,
        descending,
    )
    districts = sorted({d for r in rows for d in r.former_districts})
    attention = sorted(
        (r for r in rows if r.attention), key=lambda r: (-len(r.attention), r.unit.short_name)
    )
    return {
        "cells": cells_of(shown, year, country=unit is None),
        "district": request.GET.get("huyen-cu", ""),
        "only_attention": request.GET.get("chu-y") == "1",
        "all_count": len(rows),
        "totals": everything,
        "attention": attention[:10],
        "attention_count": len(attention),
        "sort": sort,
        "descending": descending,
        "kinds": KIND_CHOICES,
        "districts": districts,
        "query": request.GET,
        "score_chart": bars([(label, n) for label, n in everything.scores], title="Phân bố điểm"),
    }


def unit(request, key: str):
    unit = get_object_or_404(Unit, key=key)
    year = _year(request)
    picture = unit_picture(unit, year)
    context = {
        "unit": unit,
        "year": year,
        "years": range(timezone.localdate().year, FIRST_YEAR - 1, -1),
        "p": picture,
        "months": month_series(picture.figures),
        "month_note": MONTH_NOTE,
        "predecessors": list(unit.predecessors.order_by("level", "name")),
        "successors": list(unit.successors.order_by("name")),
    }
    context["month_chart"] = stacked_months(context["months"], title="Hoạt động theo tháng")
    context["channel_chart"] = bars(
        [(r["channel"].name, r["rows"]) for r in picture.channels],
        title="Hoạt động theo hình thức",
    )
    context["below"] = _sees_below(request, unit)
    if context["below"]:
        context.update(_table_context(request, unit, year))
    return render(request, "dashboard/unit.html", context)


def country(request):
    if not may_view_country(request.user):
        raise Http404
    year = _year(request)
    context = {"year": year, "years": range(timezone.localdate().year, FIRST_YEAR - 1, -1)}
    context.update(_table_context(request, None, year))
    return render(request, "dashboard/country.html", context)


def _xlsx(content: bytes, name: str) -> HttpResponse:
    response = HttpResponse(
        content, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def unit_xlsx(request, key: str):
    unit = get_object_or_404(Unit, key=key)
    year = _year(request)
    rows = sort_rows(below_rows(unit, year, timezone.localdate()), "ten")
    return _xlsx(
        below_workbook(unit=unit, year=year, rows=rows), f"theo-doi-{unit.code}-{year}.xlsx"
    )


def country_xlsx(request):
    if not may_view_country(request.user):
        raise Http404
    year = _year(request)
    rows = sort_rows(below_rows(None, year, timezone.localdate()), "ten")
    return _xlsx(below_workbook(unit=None, year=year, rows=rows), f"theo-doi-ca-nuoc-{year}.xlsx")


def _stored_score(request, unit: Unit, year: int):
    """The unit's score as the rankings use it (stored by the daily job, or now for a
    commune not scored yet) and its ranks; (None, ()) for whoever may not see it."""
    if not may(request.user, "dashboard.view_score", unit) or unit.valid_to is not None:
        return None, ()
    stored = UnitScore.objects.filter(unit=unit, year=year).select_related("rules__unit").first()
    if stored is not None:
        score = score_from_stored(stored)
    elif unit.level == Level.COMMUNE:
        score = score_compute(unit, year)
        score_store(score=score)
    else:
        return None, ()
    return score, score_ranks(unit, year)


def unit_pdf(request, key: str):
    unit = get_object_or_404(Unit, key=key)
    year = _year(request)
    today = timezone.localdate()
    picture = unit_picture(unit, year, today)
    rows = None
    if _sees_below(request, unit):
        rows = sort_rows(below_rows(unit, year, today), "diem")
    score, ranks = _stored_score(request, unit, year)
    content = summary_pdf(picture=picture, rows=rows, today=today, score=score, ranks=ranks)
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="tom-tat-{unit.code}-{year}.pdf"'
    return response
