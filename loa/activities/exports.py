"""Spreadsheets of the activity log: the filtered list, and the import template."""

import datetime
import io

import xlsxwriter

from loa.plans.models import Channel, ReformArea

from .importing import COLUMNS


def _book():
    buffer = io.BytesIO()
    return buffer, xlsxwriter.Workbook(
        buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )


def activities_workbook(unit, activities) -> bytes:
    buffer, book = _book()
    sheet = book.add_worksheet("Hoạt động")
    head = book.add_format({"bold": True, "border": 1, "text_wrap": True, "valign": "top"})
    cell = book.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    day = book.add_format({"border": 1, "num_format": "dd/mm/yyyy", "valign": "top"})
    sheet.write(
        0,
        0,
        f"Hoạt động tuyên truyền CCHC — {unit.name}",
        book.add_format({"bold": True, "font_size": 13}),
    )
    headers = [
        "STT",
        "Ngày",
        "Hình thức",
        "Tên hoạt động",
        "Số lượng",
        "Đơn vị tính",
        "Lượt người",
        "Bộ phận",
        "Lĩnh vực",
        "Nhiệm vụ",
        "Đường dẫn",
        "Số tệp kiểm chứng",
    ]
    widths = [5, 11, 28, 50, 9, 12, 10, 24, 30, 40, 30, 10]
    for col, (text, width) in enumerate(zip(headers, widths, strict=True)):
        sheet.write(2, col, text, head)
        sheet.set_column(col, col, width)
    row = 2
    for row, activity in enumerate(activities, start=3):
        sheet.write(row, 0, row - 2, cell)
        sheet.write_datetime(
            row, 1, datetime.datetime.combine(activity.started_on, datetime.time.min), day
        )
        sheet.write(row, 2, activity.channel.name, cell)
        sheet.write(row, 3, activity.title, cell)
        sheet.write_number(row, 4, activity.quantity, cell)
        sheet.write(row, 5, activity.channel.counting_unit, cell)
        sheet.write(
            row, 6, activity.participants if activity.participants is not None else "", cell
        )
        sheet.write(row, 7, str(activity.office or ""), cell)
        sheet.write(row, 8, "; ".join(a.name for a in activity.reform_areas.all()), cell)
        sheet.write(row, 9, activity.task.content if activity.task else "", cell)
        sheet.write(row, 10, activity.link, cell)
        sheet.write_number(row, 11, len(activity.evidence.all()), cell)
    sheet.freeze_panes(3, 0)
    sheet.autofilter(2, 0, max(row, 3), len(headers) - 1)
    book.close()
    return buffer.getvalue()


def import_template(unit) -> bytes:
    """Loa's own template: the columns the importer reads, with drop-down lists."""
    buffer, book = _book()
    sheet = book.add_worksheet("Hoạt động")
    lists = book.add_worksheet("Danh mục")
    head = book.add_format({"bold": True, "border": 1, "text_wrap": True, "bg_color": "#E7F0F9"})
    note = book.add_format({"italic": True, "font_color": "#505A66", "text_wrap": True})
    channels = [c.name for c in Channel.objects.filter(is_active=True)]
    offices = [o.name for o in unit.offices.filter(is_active=True)]
    areas = [a.name for a in ReformArea.objects.filter(is_active=True)]
    for col, values in enumerate((channels, offices, areas)):
        lists.write(0, col, ["Hình thức", "Bộ phận", "Lĩnh vực"][col], head)
        for row, value in enumerate(values, start=1):
            lists.write(row, col, value)
    for col, (title, width, hint) in enumerate(COLUMNS):
        sheet.write(0, col, title, head)
        sheet.write(1, col, hint, note)
        sheet.set_column(col, col, width)
    sheet.set_row(1, 45)
    sheet.data_validation(
        2,
        1,
        2000,
        1,
        {
            "validate": "list",
            "source": f"='Danh mục'!$A$2:$A${len(channels) + 1}",
            "error_message": "Chọn hình thức trong danh sách.",
        },
    )
    if offices:
        sheet.data_validation(
            2, 5, 2000, 5, {"validate": "list", "source": f"='Danh mục'!$B$2:$B${len(offices) + 1}"}
        )
    sheet.freeze_panes(2, 0)
    book.close()
    return buffer.getvalue()
