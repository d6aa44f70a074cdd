"""Report periods and default deadlines.

Periods follow the reporting regime for CCHC reports (FACTS.md b): figures run from the
15th of the month before a period to the 14th of its last month — not calendar quarters —
and Q3 is not cumulative (15/6–14/9). The upper level sets each year's deadlines; until it
does, a report is due two working days after its cut-off.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from loa.core.params import FIRST_YEAR
from loa.plans.models import ReportKind

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


@dataclass(frozen=True)
class Period:
    kind: str
    year: int
    index: int  # quarter 1–4; 1 for the others
    start: datetime.date
    end: datetime.date

    @property
    def label(self) -> str:
        if self.kind == ReportKind.QUARTER:
            return f"quý {ROMAN[self.index]} năm {self.year}"
        if self.kind == ReportKind.HALF_YEAR:
            return f"6 tháng đầu năm {self.year}"
        if self.kind == ReportKind.NINE_MONTHS:
            return f"9 tháng năm {self.year}"
        if self.kind == ReportKind.ANNUAL:
            return f"năm {self.year}"
        return f"đột xuất ({self.start:%d/%m/%Y}–{self.end:%d/%m/%Y})"

    def same_last_year(self) -> "Period":
        return period_of(self.kind, self.year - 1, self.index)


def _d(year, month, day):
    return datetime.date(year, month, day)


def period_of(kind: str, year: int, index: int = 1) -> Period:
    previous_cutoff = _d(year - 1, 12, 15)
    if kind == ReportKind.QUARTER:
        starts = {1: previous_cutoff, 2: _d(year, 3, 15), 3: _d(year, 6, 15), 4: _d(year, 9, 15)}
        ends = {1: _d(year, 3, 14), 2: _d(year, 6, 14), 3: _d(year, 9, 14), 4: _d(year, 12, 14)}
        return Period(kind, year, index, starts[index], ends[index])
    if kind == ReportKind.HALF_YEAR:
        return Period(kind, year, 1, previous_cutoff, _d(year, 6, 14))
    if kind == ReportKind.NINE_MONTHS:
        return Period(kind, year, 1, previous_cutoff, _d(year, 9, 14))
    if kind == ReportKind.ANNUAL:
        return Period(kind, year, 1, previous_cutoff, _d(year, 12, 14))
    raise ValueError(f"no fixed period for {kind}")


def period_of_report(report) -> Period:
    """The period a report covers, as stored on it (an ad hoc one included)."""
    return Period(report.kind, report.year, report.index, report.period_start, report.period_end)


def periods_of_year(kinds, year: int) -> list[Period]:
    out = []
    for kind in kinds:
        if kind == ReportKind.QUARTER:
            out += [period_of(kind, year, q) for q in (1, 2, 3, 4)]
        elif kind != ReportKind.AD_HOC:
            out.append(period_of(kind, year))
    return sorted(out, key=lambda p: (p.end, p.kind))


def add_working_days(day: datetime.date, days: int) -> datetime.date:
    while days:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def default_deadline(period: Period) -> datetime.date:
    return add_working_days(period.end, 2)


def report_year_refusal(year: int) -> str:
    """Why no report is made for `year`: the year has not come (a year's reports, the
    annual one included, are drafted within that year at the earliest) or Loa holds none
    that old; "" when it can be."""
    this = timezone.localdate().year
    if year > this:
        return f"Chưa lập được báo cáo năm {year}: năm đó chưa tới (năm nay là năm {this})."
    if year < FIRST_YEAR:
        return f"Loa chỉ lưu báo cáo từ năm {FIRST_YEAR}."
    return ""


def before_unit_refusal(unit, period: Period) -> str:
    """Why `unit` makes no report of `period`: the period ended before the unit began (a
    commune formed on 01/7/2025 reports nothing of the first quarter of 2025); "" if not."""
    if unit.valid_from is None or period.end >= unit.valid_from:
        return ""
    return (
        f"{unit.kind_word.capitalize()} {unit.short_name} bắt đầu hoạt động từ ngày "
        f"{unit.valid_from:%d/%m/%Y}; không lập báo cáo {period.label} cho thời gian trước đó."
    )
