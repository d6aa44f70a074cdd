"""What the Theo dõi pages read: the picture of one unit for a year, and the table of the
units below an upper level. Counts come from the pre-aggregated tallies of the activity
log (exact after every write, ADR 33); scores from the stored UnitScores (ADR 35).

The year is the reporting year, 15/12 of the year before to 14/12, so that every figure
here equals the one the annual report prints."""

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.utils import timezone

from loa.activities.models import Activity
from loa.activities.queries import TaskStatus, target_progress, task_progress
from loa.activities.tallies import live_figures
from loa.plans.models import Channel, ChannelKind, Plan, PlanStatus, TargetMeasure, Task
from loa.plans.queries import plan_in_force, plans_in_force
from loa.reports.deadlines import on_time
from loa.reports.models import Report, ReportStatus
from loa.reports.periods import Period, period_of
from loa.reports.queries import due_reports
from loa.reports.sources import extra_figures, extra_rows

# How far from the expected pace a target may be and still be "on track", in points of %.
PACE_MARGIN = 10


def year_period(year: int) -> Period:
    return period_of("annual", year)


def elapsed_share(period: Period, today: datetime.date) -> float:
    """The share of the period behind us on `today` (0 before it, 1 after it)."""
    if today < period.start:
        return 0.0
    if today >= period.end:
        return 1.0
    return ((today - period.start).days + 1) / ((period.end - period.start).days + 1)


@dataclass
class TargetPace:
    text: str
    value: object
    goal: object
    percent: int | None
    expected: int | None
    state: str  # "ahead", "on_track", "behind", "reached", "none"

    @property
    def label(self) -> str:
        return PACE_LABELS[self.state]


PACE_LABELS = {
    "reached": "Đã đạt",
    "ahead": "Vượt tiến độ",
    "on_track": "Đúng tiến độ",
    "behind": "Chậm tiến độ",
    "none": "Chưa có số liệu",
}


def target_paces(plan: Plan, period: Period, today: datetime.date) -> list[TargetPace]:
    """Each target's progress beside the pace the date asks for: a count target logged
    evenly over the year should stand at the share of the year behind us."""
    expected = round(elapsed_share(period, today) * 100)
    out = []
    for p in target_progress(plan, start=period.start, end=period.end):
        if p.reached:
            state = "reached"
        elif not p.applies or p.percent is None:
            state = "none"
        elif p.target.measure == TargetMeasure.COUNT:
            gap = p.percent - expected
            state = (
                "ahead" if gap >= PACE_MARGIN else "behind" if gap < -PACE_MARGIN else "on_track"
            )
        else:  # a ratio or milestone is measured as it stands, not by the calendar
            state = "behind" if expected >= 100 else "on_track"
        out.append(
            TargetPace(
                p.target.text,
                p.value,
                p.target.target_value,
                p.percent,
                expected if p.target.measure == TargetMeasure.COUNT else None,
                state,
            )
        )
    return out


@dataclass
class OfficeTasks:
    name: str
    counts: Counter = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def done(self) -> int:
        return self.counts[TaskStatus.DONE]

    @property
    def in_progress(self) -> int:
        return self.counts[TaskStatus.IN_PROGRESS]

    @property
    def not_started(self) -> int:
        return self.counts[TaskStatus.NOT_STARTED]

    @property
    def overdue(self) -> int:
        return self.counts[TaskStatus.OVERDUE]


def tasks_by_office(plan: Plan, today: datetime.date) -> list[OfficeTasks]:
    offices: dict[str, OfficeTasks] = {}
    for row in task_progress(Task.objects.filter(plan=plan), today=today):
        name = row.task.lead_office.name if row.task.lead_office_id else "Chưa giao bộ phận"
        offices.setdefault(name, OfficeTasks(name)).counts[row.status] += 1
    return sorted(offices.values(), key=lambda o: (-o.counts[TaskStatus.OVERDUE], o.name))


@dataclass
class ReportState:
    label: str
    due_on: datetime.date
    report: Report | None
    state: str  # "on_time", "late", "overdue", "in_progress", "upcoming"

    @property
    def state_label(self) -> str:
        return REPORT_STATE_LABELS[self.state]


REPORT_STATE_LABELS = {
    "on_time": "Đã gửi đúng hạn",
    "late": "Gửi muộn",
    "overdue": "Quá hạn, chưa gửi",
    "in_progress": "Đang soạn",
    "upcoming": "Chưa đến hạn",
}


def report_states(unit, year: int, today: datetime.date) -> list[ReportState]:
    out = []
    for due in due_reports(unit, year):
        report = due.report
        if report and report.status == ReportStatus.SENT:
            state = "on_time" if on_time(report) is not False else "late"
        elif due.due_on < today:
            state = "overdue"
        elif report:
            state = "in_progress"
        else:
            state = "upcoming"
        out.append(ReportState(due.period.label, due.due_on, report, state))
    return out


def channel_rows(figures: dict) -> list[dict]:
    """The channels of the log in catalogue order, each with its kind and proof share."""
    rows = []
    for channel in Channel.objects.order_by("order", "name"):
        entry = figures["channels"].get(channel.code)
        if not entry or not entry["rows"]:
            continue
        rows.append({"channel": channel, **entry, "missing": entry["rows"] - entry["proven"]})
    return rows


def kind_totals(channels: list[dict]) -> dict[str, int]:
    totals = {ChannelKind.ONLINE: 0, ChannelKind.TRADITIONAL: 0}
    for row in channels:
        totals[row["channel"].kind] += row["rows"]
    return totals


@dataclass
class UnitPicture:
    unit: object
    year: int
    period: Period
    today: datetime.date
    plan: Plan | None
    plan_deadline: datetime.date | None
    plan_on_time: bool | None
    targets: list
    offices: list
    figures: dict
    channels: list
    kinds: dict
    reports: list
    extras: list
    recent: list

    @property
    def rows(self) -> int:
        return sum(r["rows"] for r in self.channels)

    @property
    def proven(self) -> int:
        return sum(r["proven"] for r in self.channels)


def plan_deadline_for(unit, year: int) -> datetime.date | None:
    """The day the upper level's plan gave the units below to issue theirs."""
    if not unit.parent_id:
        return None
    upper = (
        plans_in_force(unit=unit.parent, years=[year])
        .exclude(lower_plan_deadline__isnull=True)
        .order_by("-issued_on")
        .first()
    )
    return upper.lower_plan_deadline if upper else None


def unit_picture(unit, year: int, today: datetime.date | None = None) -> UnitPicture:
    today = today or timezone.localdate()
    period = year_period(year)
    plan = plan_in_force(unit, year)
    deadline = plan_deadline_for(unit, year)
    on_time_plan = None
    if plan and plan.status == PlanStatus.ISSUED and deadline and plan.issued_on:
        on_time_plan = plan.issued_on <= deadline
    figures = live_figures(unit, period.start, period.end)
    channels = channel_rows(figures)
    recent = list(
        Activity.objects.filter(unit=unit, started_on__range=(period.start, period.end))
        .select_related("channel")
        .prefetch_related("evidence")
        .order_by("-started_on", "-pk")[:10]
    )
    extras = extra_rows({"extras": extra_figures(unit, period.start, period.end)})
    return UnitPicture(
        unit=unit,
        year=year,
        period=period,
        today=today,
        plan=plan,
        plan_deadline=deadline,
        plan_on_time=on_time_plan,
        targets=target_paces(plan, period, today) if plan else [],
        offices=tasks_by_office(plan, today) if plan else [],
        figures=figures,
        channels=channels,
        kinds=kind_totals(channels),
        reports=report_states(unit, year, today),
        extras=extras,
        recent=recent,
    )


MONTH_NOTE = (
    "Năm báo cáo tính từ 15/12 năm trước đến 14/12: tháng 12 gồm cả 15–31/12 năm trước "
    "và 01–14/12 năm nay."
)


@dataclass
class Glance:
    """The home page's line about the year: counts from the tallies, the stored score."""

    year: int
    rows: int
    online: int
    traditional: int
    proven: int

    @property
    def missing(self) -> int:
        return self.rows - self.proven


def unit_glance(unit, year: int) -> Glance:
    period = year_period(year)
    channels = channel_rows(live_figures(unit, period.start, period.end))
    kinds = kind_totals(channels)
    return Glance(
        year=year,
        rows=sum(r["rows"] for r in channels),
        online=kinds[ChannelKind.ONLINE],
        traditional=kinds[ChannelKind.TRADITIONAL],
        proven=sum(r["proven"] for r in channels),
    )


def month_series(figures: dict) -> list[dict]:
    """Rows of the month chart, January to December: online and traditional activities."""
    kinds = dict(Channel.objects.values_list("code", "kind"))
    out = []
    for month in range(1, 13):
        grid = figures.get("grid", {}).get(f"{month:02d}", {})
        online = sum(n for code, n in grid.items() if kinds.get(code) == ChannelKind.ONLINE)
        out.append(
            {
                "label": f"Tháng {month}",
                "short": f"T{month}",
                "online": online,
                "traditional": sum(grid.values()) - online,
            }
        )
    return out
