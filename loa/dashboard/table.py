"""The upper level's table: every unit right below it with the same indicators, totals,
distributions and the units that need attention first. A province's rows are its
communes; the country's are the provinces, each summing its communes. A fixed number of
queries whatever the number of rows (ADR 33: counts from the tallies)."""

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Prefetch

from loa.activities.tallies import totals_by_unit
from loa.core.text import fold
from loa.plans.models import Plan, PlanStatus, ReportingRule, ReportKind
from loa.reports.deadlines import on_time
from loa.reports.models import Report, ReportDeadline, ReportStatus
from loa.reports.periods import default_deadline, periods_of_year
from loa.units.collation import vi_sort_key
from loa.units.models import Kind, Level, Unit, UnitSuccession

from .queries import year_period
from .scores import previous_and_current

DEFAULT_KINDS = (ReportKind.QUARTER, ReportKind.HALF_YEAR, ReportKind.ANNUAL)
# below this share of activities with a proof file, a unit needs attention
PROOF_FLOOR = 50


@dataclass
class Row:
    unit: Unit
    former_districts: list[str] = field(default_factory=list)
    plan_state: str = "none"  # "on_time", "late", "issued", "submitted", "draft", "none"
    plan: Plan | None = None
    reports_sent: int = 0
    reports_late: int = 0
    reports_overdue: int = 0
    reports_due: int = 0
    figures: dict = field(default_factory=dict)
    score: Decimal | None = None
    rank: int | None = None
    out_of: int | None = None
    previous_score: Decimal | None = None
    previous_rank: int | None = None
    targets_behind: bool = False
    # the country's rows: how many communes, and how many issued a plan
    communes: int = 0
    plans_issued: int = 0
    attention: list[str] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return self.figures.get("rows", 0)

    @property
    def proof_share(self) -> int | None:
        rows = self.rows
        return round(self.figures.get("proven", 0) * 100 / rows) if rows else None

    @property
    def plan_label(self) -> str:
        return PLAN_LABELS[self.plan_state]


PLAN_LABELS = {
    "on_time": "Ban hành đúng hạn",
    "late": "Ban hành muộn",
    "issued": "Đã ban hành",
    "submitted": "Chờ lãnh đạo ký",
    "draft": "Đang soạn",
    "none": "Chưa có kế hoạch",
}

SORTS = {
    "ten": lambda r: vi_sort_key(r.unit.short_name),
    "diem": lambda r: (r.score is None, -(r.score or 0)),
    "hoat-dong": lambda r: -r.rows,
    "minh-chung": lambda r: (r.proof_share is None, -(r.proof_share or 0)),
    "bao-cao": lambda r: (-r.reports_overdue - r.reports_late, -r.reports_sent),
    "chu-y": lambda r: (-len(r.attention), vi_sort_key(r.unit.short_name)),
}


def below_rows(unit: Unit | None, year: int, today: datetime.date) -> list[Row]:
    """The current units right below `unit` (the provinces when None), with indicators."""
    if unit is None:
        children = list(Unit.objects.filter(level=Level.PROVINCE, valid_to__isnull=True))
    else:
        children = list(children_of(unit))
    rows = {c.pk: Row(c) for c in children}
    period = year_period(year)
    for pk, figures in totals_by_unit(list(rows), period.start, period.end).items():
        rows[pk].figures = figures
    previous, current = previous_and_current(unit, year)
    for pk, row in rows.items():
        row.score, row.rank, row.out_of, row.targets_behind = current.get(pk, (None,) * 4)
        row.previous_score, row.previous_rank = previous.get(pk, (None, None, None, False))[:2]
    if unit is None:
        _country_plans_and_reports(rows, year)
    else:
        _former_districts(rows)
        _plans(unit, rows, year)
        _reports(unit, rows, year, today)
    for row in rows.values():
        row.attention = attention(row, year, today, country=unit is None)
    return list(rows.values())


def children_of(unit: Unit):
    """The units right below: the current ones; for a unit that ended in 2025, those it had
    (its history, read by the supervisors of its successors)."""
    if unit.valid_to:
        return unit.children.all()
    return unit.children.filter(valid_to__isnull=True)


def _former_districts(rows: dict[int, Row]) -> None:
    seen = defaultdict(set)
    for new_id, name in UnitSuccession.objects.filter(
        new_id__in=list(rows), old__parent__isnull=False, old__parent__level=Level.DISTRICT
    ).values_list("new_id", "old__parent__name"):
        seen[new_id].add(name)
    for pk, names in seen.items():
        rows[pk].former_districts = sorted(names, key=vi_sort_key)


def _plans(unit: Unit, rows: dict[int, Row], year: int) -> None:
    own = (
        Plan.objects.filter(unit=unit, year=year, status=PlanStatus.ISSUED)
        .exclude(lower_plan_deadline__isnull=True)
        .order_by("-issued_on")
        .first()
    )
    deadline = own.lower_plan_deadline if own else None
    rank = {PlanStatus.ISSUED: 0, PlanStatus.SUBMITTED: 1, PlanStatus.DRAFT: 2}
    for plan in (
        Plan.objects.filter(unit_id__in=list(rows), year=year)
        .exclude(status=PlanStatus.SUPERSEDED)
        .only("pk", "unit_id", "status", "issued_on")  # a plan's texts are not read here
        .prefetch_related(
            Prefetch("reporting_rules", ReportingRule.objects.only("plan_id", "kind"))
        )
        .order_by("issued_on")
    ):
        row = rows[plan.unit_id]
        if row.plan is None or rank[plan.status] < rank[row.plan.status]:
            row.plan = plan
    for row in rows.values():
        plan = row.plan
        if plan is None:
            row.plan_state = "none"
        elif plan.status != PlanStatus.ISSUED:
            row.plan_state = str(plan.status)
        elif deadline and plan.issued_on:
            row.plan_state = "on_time" if plan.issued_on <= deadline else "late"
        else:
            row.plan_state = "issued"


def _reports(unit: Unit, rows: dict[int, Row], year: int, today: datetime.date) -> None:
    set_by_upper = {
        (d.kind, d.index): d.due_on for d in ReportDeadline.objects.filter(unit=unit, year=year)
    }
    reports = defaultdict(dict)  # the sent ones, as plain rows: on_time() reads four fields
    for report in Report.objects.filter(
        unit_id__in=list(rows), year=year, is_consolidated=False, status=ReportStatus.SENT
    ).values_list("unit_id", "kind", "index", "status", "sent_at", "due_on", named=True):
        reports[report.unit_id][(report.kind, report.index)] = report
    periods = {}  # the same few sets of report kinds over and over: each worked out once
    for pk, row in rows.items():
        kinds = frozenset(r.kind for r in row.plan.reporting_rules.all()) if row.plan else None
        if kinds not in periods:
            periods[kinds] = [
                (p, set_by_upper.get((p.kind, p.index)) or default_deadline(p))
                for p in periods_of_year(kinds or DEFAULT_KINDS, year)
            ]
        for period, due_on in periods[kinds]:
            if not row.unit.existed_on(period.end):
                continue
            report = reports[pk].get((period.kind, period.index))
            if report:
                row.reports_sent += 1
                row.reports_late += on_time(report) is False
            elif due_on < today:
                row.reports_overdue += 1
            row.reports_due += due_on < today


def _country_plans_and_reports(rows: dict[int, Row], year: int) -> None:
    communes = Counter(
        Unit.objects.filter(parent_id__in=list(rows), valid_to__isnull=True).values_list(
            "parent_id", flat=True
        )
    )
    issued = Counter(
        parent
        for parent, _unit in Plan.objects.filter(
            unit__parent_id__in=list(rows), year=year, status=PlanStatus.ISSUED
        )
        .values_list("unit__parent_id", "unit_id")
        .distinct()
    )
    sent = Counter(
        Report.objects.filter(
            unit__parent_id__in=list(rows),
            year=year,
            is_consolidated=False,
            status=ReportStatus.SENT,
        ).values_list("unit__parent_id", flat=True)
    )
    for pk, row in rows.items():
        row.communes, row.plans_issued, row.reports_sent = communes[pk], issued[pk], sent[pk]


def attention(row: Row, year: int, today: datetime.date, *, country: bool) -> list[str]:
    """Why a unit needs the upper level's attention first, in the order it matters."""
    out = []
    if country:
        if row.communes and row.plans_issued < row.communes:
            out.append(
                f"{row.communes - row.plans_issued}/{row.communes} xã chưa ban hành kế hoạch"
            )
    elif row.plan_state in {"none", "draft", "submitted"} and today >= datetime.date(year, 1, 1):
        out.append("Chưa ban hành kế hoạch")
    if row.reports_overdue:
        out.append(f"{row.reports_overdue} báo cáo quá hạn chưa gửi")
    if row.targets_behind:
        out.append("Chỉ tiêu chậm xa so với tiến độ")
    if row.rows == 0:
        out.append("Chưa ghi nhận hoạt động nào trong năm")
    elif row.proof_share is not None and row.proof_share < PROOF_FLOOR:
        out.append(f"Chỉ {row.proof_share} % hoạt động có tài liệu kiểm chứng")
    return out


def filter_rows(
    rows: list[Row],
    *,
    kind: str = "",
    district: str = "",
    q: str = "",
    only_attention: bool = False,
) -> list[Row]:
    if kind:
        rows = [r for r in rows if r.unit.kind == kind]
    if district:
        rows = [r for r in rows if district in r.former_districts]
    if q:
        needle = fold(q)
        rows = [r for r in rows if needle in fold(r.unit.name)]
    if only_attention:
        rows = [r for r in rows if r.attention]
    return rows


def sort_rows(rows: list[Row], key: str, descending: bool = False) -> list[Row]:
    ordered = sorted(rows, key=SORTS.get(key, SORTS["chu-y"]))
    return list(reversed(ordered)) if descending else ordered


@dataclass
class Totals:
    units: int
    rows: int
    online: int
    traditional: int
    proven: int
    plans: Counter
    reports_sent: int
    reports_overdue: int
    scores: list  # (label, count) of the score distribution

    @property
    def proof_share(self) -> int | None:
        return round(self.proven * 100 / self.rows) if self.rows else None


SCORE_BANDS = (
    ("Dưới 0,5 điểm", Decimal("0"), Decimal("0.5")),
    ("Từ 0,5 đến dưới 1", Decimal("0.5"), Decimal("1")),
    ("Từ 1 đến dưới 1,5", Decimal("1"), Decimal("1.5")),
    ("Từ 1,5 đến 2 điểm", Decimal("1.5"), Decimal("99")),
)


def totals(rows: list[Row]) -> Totals:
    scored = [r.score for r in rows if r.score is not None]
    return Totals(
        units=len(rows),
        rows=sum(r.rows for r in rows),
        online=sum(r.figures.get("online", 0) for r in rows),
        traditional=sum(r.figures.get("traditional", 0) for r in rows),
        proven=sum(r.figures.get("proven", 0) for r in rows),
        plans=Counter(r.plan_state for r in rows),
        reports_sent=sum(r.reports_sent for r in rows),
        reports_overdue=sum(r.reports_overdue for r in rows),
        scores=[
            (label, sum(1 for s in scored if low <= s < high)) for label, low, high in SCORE_BANDS
        ]
        + [("Chưa tính điểm", len(rows) - len(scored))],
    )


KIND_CHOICES = [(k.value, k.label) for k in (Kind.COMMUNE, Kind.WARD, Kind.SPECIAL_ZONE)]
