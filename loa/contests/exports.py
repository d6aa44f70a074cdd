"""Participants per unit of a contest as a spreadsheet, through the one table writer
(loa/core/xlsx): "số lượt tham gia theo đơn vị" as the reports ask for it."""

from loa.core.xlsx import NUMBER, Column, table_xlsx

from . import queries

COLUMNS = [
    Column("STT", 6, NUMBER),
    Column("Đơn vị", 40),
    Column("Số người tham gia", 16, NUMBER, total=True),
    Column("Số lượt thi", 12, NUMBER, total=True),
]


def results_workbook(contest) -> bytes:
    rows = [
        [n, row.unit.name, row.participants, row.attempts]
        for n, row in enumerate(queries.participants_per_unit(contest), start=1)
    ]
    return table_xlsx(
        title=f"Số người, số lượt tham gia cuộc thi theo đơn vị: {contest.title}",
        subtitle=[f"Đơn vị tổ chức: {contest.unit.name}"],
        columns=COLUMNS,
        rows=rows,
        sheet_name="Theo đơn vị",
        total_label="Tổng cộng",
    )
