"""The results appendix as a spreadsheet."""

import io

import xlsxwriter

from .document import results_appendix
from .figures import report_figures


def _safe(text: str) -> str:
    # a cell starting with = + - @ would be read as a formula by spreadsheet programs
    return "'" + text if text[:1] in "=+-@" else text


def appendix_workbook(report) -> bytes:
    appendix = results_appendix(report, report.frozen or report_figures(report))
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )
    sheet = book.add_worksheet("Phụ lục")
    bold = book.add_format({"bold": True, "border": 1, "text_wrap": True, "align": "center"})
    cell = book.add_format({"border": 1, "text_wrap": True})
    sheet.write(0, 0, appendix.title, book.add_format({"bold": True}))
    sheet.write(1, 0, appendix.subtitle, book.add_format({"italic": True}))
    for col, column in enumerate(appendix.table.columns):
        sheet.write(3, col, column.title, bold)
        sheet.set_column(col, col, column.width_mm / 2.2)
    for r, row in enumerate(appendix.table.rows, start=4):
        for col, value in enumerate(row):
            if value.isdigit():
                sheet.write_number(r, col, int(value), cell)
            else:
                sheet.write(r, col, _safe(value), cell)
    book.close()
    return buffer.getvalue()
