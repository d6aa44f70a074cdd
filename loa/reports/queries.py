"""Reads several report pages share: what is due, and the roll-up of the units below."""

from dataclasses import dataclass

from django.utils import timezone

from loa.plans.models import ReportKind

from .models import Report, ReportStatus
from .periods import Period, periods_of_year
from .services import deadline_for, on_time, plan_in_force


@dataclass
class DueReport:
    period: Period
    due_on: object
    report: Report | None

    @property
    def late(self) -> bool:
        today = timezone.localdate()
        if self.report and self.report.status == ReportStatus.SENT:
            return on_time(self.report) is False
        return self.due_on < today


def due_reports(unit, year: int) -> list[DueReport]:
    """The periodic reports the unit's plan in force promises, with their deadlines."""
    plan = plan_in_force(unit, year)
    kinds = ({r.kind for r in plan.reporting_rules.all()} if plan else set()) or {
        ReportKind.QUARTER,
        ReportKind.HALF_YEAR,
        ReportKind.ANNUAL,
    }
    reports = {
        (r.kind, r.index): r
        for r in Report.objects.filter(unit=unit, year=year, is_consolidated=False)
    }
    return [
        DueReport(p, deadline_for(unit, p), reports.get((p.kind, p.index)))
        for p in periods_of_year(kinds, year)
    ]


@dataclass
class RollupRow:
    unit: object
    report: Report | None
    state: str  # "on_time", "late", "missing", "in_progress"


STATE_LABELS = {
    "on_time": "Đã gửi đúng hạn",
    "late": "Gửi muộn",
    "missing": "Chưa gửi",
    "in_progress": "Đang soạn, chưa gửi",
}


def rollup(unit, period: Period) -> list[RollupRow]:
    children = list(unit.children.by_vietnamese_name())
    reports = {
        r.unit_id: r
        for r in Report.objects.filter(
            unit__parent=unit,
            kind=period.kind,
            year=period.year,
            index=period.index,
            is_consolidated=False,
        )
    }
    rows = []
    for child in children:
        report = reports.get(child.pk)
        if report is None:
            state = "missing"
        elif report.status != ReportStatus.SENT:
            state = "in_progress"
        else:
            state = "on_time" if on_time(report) else "late"
        rows.append(RollupRow(child, report, state))
    return rows
