import datetime
import io
from decimal import Decimal

import openpyxl

from loa.core.tests.sheets import read_table
from loa.core.xlsx import DATE, NUMBER, Column, table_xlsx

COLUMNS = [
    Column("STT", 5, NUMBER),
    Column("Ngày", 11, DATE),
    Column("Nội dung", 40),
    Column("Lượt người", 10, NUMBER, total=True),
]


def _table(**kwargs):
    values = {
        "title": "Bảng thử",
        "subtitle": ["Dòng phụ thứ nhất", "Dòng phụ thứ hai"],
        "columns": COLUMNS,
        "rows": [
            [1, datetime.date(2026, 3, 5), '=HYPERLINK("http://x.vn")', 40],
            [2, None, "", None],
            [3, datetime.date(2026, 3, 6), "- gạch đầu dòng", Decimal("2.5")],
        ],
        "total_label": "Tổng cộng",
    }
    values.update(kwargs)
    return table_xlsx(**values)


def test_numbers_stay_numbers_and_dates_dates():
    sheet = read_table(_table(), header_row=5)
    assert [c.value for c in sheet[5]] == ["STT", "Ngày", "Nội dung", "Lượt người"]
    first = [c.value for c in sheet[6]]
    assert first[0] == 1 and first[1] == datetime.datetime(2026, 3, 5) and first[3] == 40
    assert sheet["B6"].number_format == "dd/mm/yyyy"
    assert [c.value for c in sheet[2]][0] == "Dòng phụ thứ nhất"


def test_formula_like_text_is_text_and_empty_cells_stay_empty():
    sheet = read_table(_table(), header_row=5)
    assert sheet["C6"].value == '=HYPERLINK("http://x.vn")' and sheet["C6"].data_type == "s"
    assert sheet["C6"].quotePrefix and sheet["C8"].quotePrefix
    assert [c.value for c in sheet[7]] == [2, None, None, None]
    assert sheet["C7"].border.left.style == "thin"  # empty, but still in the table


def test_total_row_sums_the_marked_columns():
    sheet = read_table(_table(), header_row=5)
    total = [c.value for c in sheet[9]]
    assert total[0] == "Tổng cộng" and total[3] == 42.5
    assert sheet["A9"].font.b and "A9:C9" in {str(r) for r in sheet.merged_cells.ranges}


def test_without_subtitle_the_header_is_on_the_third_row():
    content = _table(subtitle=[], total_label=None, rows=[])
    sheet = read_table(content, header_row=3)
    assert sheet.max_row == 3


def test_sheet_name_is_cut_to_what_excel_allows():
    content = _table(sheet_name="Kế hoạch: 2026/2027 [bản sửa đổi lần thứ hai]")
    name = openpyxl.load_workbook(io.BytesIO(content)).sheetnames[0]
    assert len(name) <= 31 and not set(name) & set("[]:*?/\\")
