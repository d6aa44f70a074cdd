"""Spreadsheets of the activity log: the filtered list, and the import template."""

import io

import xlsxwriter

from loa.core.xlsx import DATE, NUMBER, Column, table_xlsx
from loa.plans.models import Channel, ReformArea

from .importing import COLUMNS, import_tasks

ACTIVITY_COLUMNS = [
    Column("STT", 5, NUMBER),
    Column("Ngày", 11, DATE),
    Column("Hình thức", 28),
    Column("Tên hoạt động", 50),
    Column("Số lượng", 9, NUMBER),
    Column("Đơn vị tính", 12),
    Column("Lượt người", 10, NUMBER),
    Column("Bộ phận", 24),
    Column("Lĩnh vực", 30),
    Column("Nhiệm vụ", 40),
    Column("Đường dẫn", 30),
    Column("Số tệp kiểm chứng", 10, NUMBER),
]


def activities_workbook(unit, activities) -> bytes:
    rows = [
        [
            i,
            activity.started_on,
            activity.channel.name,
            activity.title,
            activity.quantity,
            activity.channel.counting_unit,
            activity.participants,
            str(activity.office or ""),
            "; ".join(a.name for a in activity.reform_areas.all()),
            activity.task.content if activity.task else "",
            activity.link,
            len(activity.evidence.all()),
        ]
        for i, activity in enumerate(activities, start=1)
    ]
    return table_xlsx(
        title=f"Hoạt động tuyên truyền CCHC — {unit.name}",
        columns=ACTIVITY_COLUMNS,
        rows=rows,
        sheet_name="Hoạt động",
    )


def _book():
    buffer = io.BytesIO()
    return buffer, xlsxwriter.Workbook(
        buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )


def import_template(unit) -> bytes:
    """Loa's own template: the columns the importer reads, with drop-down lists (the
    tasks: those of the unit's plans in force, as the importer names them)."""
    buffer, book = _book()
    sheet = book.add_worksheet("Hoạt động")
    lists = book.add_worksheet("Danh mục")
    head = book.add_format({"bold": True, "border": 1, "text_wrap": True, "bg_color": "#E7F0F9"})
    note = book.add_format({"italic": True, "font_color": "#505A66", "text_wrap": True})
    channels = [c.name for c in Channel.objects.filter(is_active=True)]
    offices = [o.name for o in unit.offices.filter(is_active=True)]
    areas = [a.name for a in ReformArea.objects.filter(is_active=True)]
    tasks = [label for label, _, _ in import_tasks(unit)]
    names = ["Hình thức", "Bộ phận", "Lĩnh vực", "Nhiệm vụ"]
    for col, values in enumerate((channels, offices, areas, tasks)):
        lists.write(0, col, names[col], head)
        for row, value in enumerate(values, start=1):
            lists.write(row, col, value)
    lists.set_column(0, 2, 34)
    lists.set_column(3, 3, 80)
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
    task_col = len(COLUMNS) - 1
    if tasks:
        sheet.data_validation(
            2,
            task_col,
            2000,
            task_col,
            {
                "validate": "list",
                "source": f"='Danh mục'!$D$2:$D${len(tasks) + 1}",
                "error_message": "Chọn nhiệm vụ trong danh sách, hoặc để trống.",
            },
        )
    sheet.freeze_panes(2, 0)
    book.close()
    return buffer.getvalue()
