"""Spreadsheets the upper level downloads."""

import datetime
import io

import xlsxwriter


def lower_plans_workbook(*, unit, year: int, rows, deadline: datetime.date | None) -> bytes:
    """One row per unit below: its plan for the year, number and date, on time or late."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )
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
        r, plan = 3 + i, row.plan
        sheet.write(r, 0, i, cell)
        sheet.write(r, 1, row.unit.code, cell)
        sheet.write(r, 2, row.unit.name, cell)
        sheet.write(r, 3, plan.get_status_display() if plan else "Chưa có kế hoạch", cell)
        sheet.write(r, 4, plan.number_text if plan and plan.number else "", cell)
        if plan and plan.issued_on:
            sheet.write_datetime(
                r, 5, datetime.datetime.combine(plan.issued_on, datetime.time.min), date_format
            )
        else:
            sheet.write(r, 5, "", cell)
        sheet.write(r, 6, {True: "Đúng hạn", False: "Sau hạn", None: ""}[row.on_time], cell)
        sheet.write(r, 7, plan.title if plan else "", cell)
    sheet.freeze_panes(4, 0)
    sheet.autofilter(3, 0, 3 + len(rows), len(headers) - 1)
    book.close()
    return buffer.getvalue()
