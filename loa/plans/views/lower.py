"""The upper level follows the plans of every unit below it, and exports the table."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header

from loa.accounts.rules import may

from ..exports import lower_plans_workbook
from ..queries import lower_plan_status

FILTERS = {
    "": "Tất cả",
    "issued": "Đã ban hành",
    "late": "Ban hành sau hạn",
    "not_issued": "Chưa ban hành",
}


def _rows(request):
    unit = request.unit
    if unit is None or not may(request.user, "plans.follow_lower_plans", unit):
        raise PermissionDenied("Chỉ cấp trên theo dõi được kế hoạch của các đơn vị trực thuộc.")
    try:
        year = int(request.GET.get("nam", ""))
    except ValueError:
        year = timezone.localdate().year
    all_rows, deadline = lower_plan_status(unit, year)
    rows = all_rows
    shown = request.GET.get("loc", "")
    if shown == "issued":
        rows = [r for r in all_rows if r.plan and r.plan.status == "issued"]
    elif shown == "late":
        rows = [r for r in all_rows if r.on_time is False]
    elif shown == "not_issued":
        rows = [r for r in all_rows if not r.plan or r.plan.status != "issued"]
    return unit, year, rows, deadline, shown, all_rows


def lower_plans(request):
    unit, year, rows, deadline, shown, all_rows = _rows(request)
    counts = {
        "total": len(all_rows),
        "issued": sum(1 for r in all_rows if r.plan and r.plan.status == "issued"),
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
    response = HttpResponse(
        lower_plans_workbook(unit=unit, year=year, rows=rows, deadline=deadline),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = content_disposition_header(
        True, f"ke-hoach-cap-duoi-{year}-{unit.code}.xlsx"
    )
    patch_cache_control(response, private=True, no_store=True)
    return response
