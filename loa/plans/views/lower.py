"""The upper level follows the plans of every unit below it, and exports the table."""

import io

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.http import content_disposition_header

from ..queries import lower_plan_status

FILTERS = {
    "": "Tất cả",
    "issued": "Đã ban hành",
    "late": "Ban hành sau hạn",
    "not_issued": "Chưa ban hành",
}


def _rows(request):
    unit = request.unit
    if unit is None or not request.user.has_perm("plans.follow_lower_plans", unit):
        raise PermissionDenied("Chỉ cấp trên theo dõi được kế hoạch của các đơn vị trực thuộc.")
    try:
        year = int(request.GET.get("nam", ""))
    except ValueError:
        year = timezone.localdate().year
    rows, deadline = lower_plan_status(unit, year)
    shown = request.GET.get("loc", "")
    if shown == "issued":
        rows = [r for r in rows if r.plan and r.plan.status == "issued"]
    elif shown == "late":
        rows = [r for r in rows if r.on_time is False]
    elif shown == "not_issued":
        rows = [r for r in rows if not r.plan or r.plan.status != "issued"]
    return unit, year, rows, deadline, shown


def lower_plans(request):
    unit, year, rows, deadline, shown = _rows(request)
    all_rows, _ = lower_plan_status(unit, year)
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
    import xlsxwriter

    unit, year, rows, deadline, _ = _rows(request)
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet(f"Kế hoạch {year}")
    bold = book.add_format({"bold": True, "text_wrap": True, "border": 1, "valign": "top"})
    cell = book.add_format({"text_wrap": True, "border": 1, "valign": "top"})
    date_format = book.add_format({"num_format": "dd/mm/yyyy", "border": 1, "valign": "top"})
    title = book.add_format({"bold": True, "font_size": 13})
    sheet.write(
        0, 0, f"Tình hình ban hành kế hoạch tuyên truyền CCHC năm {year} — {unit.name}", title
    )
    sheet.write(
        1, 0, f"Hạn ban hành: {deadline:%d/%m/%Y}" if deadline else "Hạn ban hành: chưa quy định"
    )
    headers = [
        "STT",
        "Mã",
        "Đơn vị",
        "Trạng thái",
        "Số, ký hiệu",
        "Ngày ban hành",
        "Đúng hạn",
        "Trích yếu",
    ]
    widths = [6, 8, 30, 18, 16, 14, 10, 60]
    for col, (header, width) in enumerate(zip(headers, widths, strict=True)):
        sheet.write(3, col, header, bold)
        sheet.set_column(col, col, width)
    for i, row in enumerate(rows, start=1):
        r = 3 + i
        plan = row.plan
        sheet.write(r, 0, i, cell)
        sheet.write(r, 1, row.unit.code, cell)
        sheet.write(r, 2, row.unit.name, cell)
        sheet.write(r, 3, plan.get_status_display() if plan else "Chưa có kế hoạch", cell)
        sheet.write(r, 4, plan.number_text if plan and plan.number else "", cell)
        if plan and plan.issued_on:
            sheet.write_datetime(
                r,
                5,
                timezone.datetime.combine(plan.issued_on, timezone.datetime.min.time()),
                date_format,
            )
        else:
            sheet.write(r, 5, "", cell)
        sheet.write(r, 6, {True: "Đúng hạn", False: "Sau hạn", None: ""}[row.on_time], cell)
        sheet.write(r, 7, plan.title if plan else "", cell)
    sheet.freeze_panes(4, 0)
    sheet.autofilter(3, 0, 3 + len(rows), len(headers) - 1)
    book.close()
    response = HttpResponse(
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = content_disposition_header(
        True, f"ke-hoach-cap-duoi-{year}-{unit.code}.xlsx"
    )
    return response
