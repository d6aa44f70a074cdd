"""The results appendix as a spreadsheet."""

from loa.core.xlsx import NUMBER, TEXT, Column, table_xlsx

from .document import results_appendix
from .figures import report_figures

NUMBER_COLUMNS = {"STT", "Số lượng", "Lượt người", "Cùng kỳ năm trước"}
SUMMED = {"Lượt người"}  # people add up across channels; quantities have different units


def appendix_workbook(report) -> bytes:
    appendix = results_appendix(report, report.frozen or report_figures(report))
    columns = [
        Column(
            column.title,
            column.width_mm / 2.2,
            NUMBER if column.title in NUMBER_COLUMNS else TEXT,
            total=column.title in SUMMED,
        )
        for column in appendix.table.columns
    ]
    rows = [
        [_value(value, column) for value, column in zip(row, columns, strict=True)]
        for row in appendix.table.rows
    ]
    return table_xlsx(
        heading=appendix.label,
        title=appendix.title,
        subtitle=[appendix.subtitle],
        columns=columns,
        rows=rows,
        sheet_name="Phụ lục",
        total_label="Tổng cộng",
    )


def _value(text: str, column: Column):
    # the appendix is text, for the documents; its figures become numbers again here
    return int(text) if column.kind == NUMBER and text.isdigit() else text
