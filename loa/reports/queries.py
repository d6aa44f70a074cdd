"""Reads several report pages share: what is due, and the roll-up of the units below.

A unit owes the report of a period when it existed on the period's last day: a commune
merged on 1/7/2025 owes the reports up to the 6-month one of 2025, not Q3/2025 (its
successor reports that one), and is never late for a period after its end."""

from dataclasses import dataclass

from django.utils import timezone

from loa.plans.models import Plan, PlanStatus, ReportKind
from loa.plans.queries import plan_in_force
from loa.units.collation import vi_sort_key
from loa.units.models import Unit

from .deadlines import deadline_for, on_time
from .models import Report, ReportStatus
from .periods import Period, periods_of_year


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
    """The periodic reports the unit's plan in force promises, with their deadlines: those
    of the periods that end while the unit exists."""
    if unit.ended_before(periods_of_year([ReportKind.QUARTER], year)[0].start):
        return []  # the whole year after the unit's end: nothing is due
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
        if unit.existed_on(p.end)
    ]


@dataclass
class RollupRow:
    unit: object
    report: Report | None
    state: str  # "on_time", "late", "missing", "in_progress"
    last_reminder: object = None  # the roll-up's latest ReportReminder, where the page shows it


STATE_LABELS = {
    "on_time": "Đã gửi đúng hạn",
    "late": "Gửi muộn",
    "missing": "Chưa gửi",
    "in_progress": "Đang soạn, chưa gửi",
}


def rollup(unit, period: Period) -> list[RollupRow]:
    """The units right below `unit` that owed the period's report (those in existence on
    its last day), each with its report and where it stands."""
    children = list(unit.children.existing_on(period.end).by_vietnamese_name())
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


def former_rollup(unit, period: Period) -> list[RollupRow]:
    """History beside the roll-up: the former units (ended in the 2025 reorganisation)
    whose territory is now under `unit` and that sent their report of the period; read,
    never reminded."""
    reports = (
        Report.objects.filter(
            unit__in=Unit.objects.former_below(unit),
            kind=period.kind,
            year=period.year,
            index=period.index,
            is_consolidated=False,
            status=ReportStatus.SENT,
        )
        .select_related("unit", "unit__parent")
        .order_by("unit__path")
    )
    return [RollupRow(r.unit, r, "on_time" if on_time(r) else "late") for r in reports]


@dataclass
class FormerUnit:
    unit: Unit
    plans: list
    reports: list


def former_units(unit) -> tuple[list[FormerUnit], int]:
    """The former units whose territory is now under `unit`, with the plans they issued
    and the reports they sent (their history, read-only), those with documents first;
    and how many former units there are in all."""
    former = list(
        Unit.objects.former_below(unit).select_related("parent").prefetch_related("successors")
    )
    plans: dict[int, list] = {}
    for plan in Plan.objects.filter(
        unit__in=former, status__in=[PlanStatus.ISSUED, PlanStatus.SUPERSEDED]
    ).order_by("-year", "-issued_on"):
        plans.setdefault(plan.unit_id, []).append(plan)
    reports: dict[int, list] = {}
    for report in Report.objects.filter(unit__in=former, status=ReportStatus.SENT).order_by(
        "-period_end"
    ):
        reports.setdefault(report.unit_id, []).append(report)
    rows = [
        FormerUnit(u, plans.get(u.pk, []), reports.get(u.pk, []))
        for u in former
        if u.pk in plans or u.pk in reports
    ]
    rows.sort(key=lambda r: (r.unit.level, vi_sort_key(r.unit.short_name)))
    return rows, len(former)
