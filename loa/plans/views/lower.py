"""The upper level follows the plans of every unit below it, and exports the table."""

from django.shortcuts import render
from django.utils import timezone

from loa.accounts.access import checked_object
from loa.core.http import download
from loa.core.params import year_param

from ..exports import lower_plans_workbook
from ..models import PlanStatus
from ..queries import lower_plan_status

FILTERS = {
    "": "Tất cả",
    "issued": "Đã ban hành",
    "late": "Ban hành sau hạn",
    "not_issued": "Chưa ban hành",
}


def _rows(request):
    unit = checked_object(request)
    year = year_param(request.GET)
    all_rows, deadline = lower_plan_status(unit, year)
    rows = all_rows
    shown = request.GET.get("loc", "")
    if shown == "issued":
        rows = [r for r in all_rows if r.plan and r.plan.status == PlanStatus.ISSUED]
    elif shown == "late":
        rows = [r for r in all_rows if r.on_time is False]
    elif shown == "not_issued":
        rows = [r for r in all_rows if not r.plan or r.plan.status != PlanStatus.ISSUED]
    return unit, year, rows, deadline, shown, all_rows


def lower_plans(request):
    unit, year, rows, deadline, shown, all_rows = _rows(request)
    counts = {
        "total": len(all_rows),
        "issued": sum(1 for r in all_rows if r.plan and r.plan.status == PlanStatus.ISSUED),
        "late": sum(1 for r in all_rows if r.on_time is False),
    }
    counts["not_issued"] = counts["total"] - counts["issued"]
    context = {
        "unit": unit,
        "year": year,
        "rows": rows,
        "deadline": deadline,
        "shown": shown,
        "filters": FILTERS,
        "counts": counts,
        "years": range(timezone.localdate().year + 1, 2020, -1),
    }
    return render(request, "plans/lower.html", context)


def lower_plans_xlsx(request):
    unit, year, rows, deadline, _, _ = _rows(request)
    return download(
        lower_plans_workbook(unit=unit, year=year, rows=rows, deadline=deadline),
        f"ke-hoach-cap-duoi-{year}-{unit.code}.xlsx",
    )
