"""Spreadsheets the upper level downloads."""

import datetime

from loa.core.xlsx import DATE, NUMBER, Column, table_xlsx

LOWER_PLANS_COLUMNS = [
    Column("STT", 6, NUMBER),
    Column("Mã", 8),
    Column("Đơn vị", 30),
    Column("Trạng thái", 18),
    Column("Số, ký hiệu", 16),
    Column("Ngày ban hành", 14, DATE),
    Column("Đúng hạn", 10),
    Column("Trích yếu", 60),
]
ON_TIME = {True: "Đúng hạn", False: "Sau hạn", None: ""}


def lower_plans_workbook(*, unit, year: int, rows, deadline: datetime.date | None) -> bytes:
    """One row per unit below: its plan for the year, number and date, on time or late."""
    table = []
    for i, row in enumerate(rows, start=1):
        plan = row.plan
        table.append(
            [
                i,
                row.unit.code,
                row.unit.name,
                plan.get_status_display() if plan else "Chưa có kế hoạch",
                plan.number_text if plan and plan.number else "",
                plan.issued_on if plan else None,
                ON_TIME[row.on_time],
                plan.title if plan else "",
            ]
        )
    return table_xlsx(
        title=f"Tình hình ban hành kế hoạch tuyên truyền CCHC năm {year} — {unit.name}",
        subtitle=[
            f"Hạn ban hành: {deadline:%d/%m/%Y}" if deadline else "Hạn ban hành: chưa quy định"
        ],
        columns=LOWER_PLANS_COLUMNS,
        rows=table,
        sheet_name=f"Kế hoạch {year}",
    )
