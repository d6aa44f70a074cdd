"""The communication score of a unit for a year, computed from the log, each point with the
sentence and the documents a clerk checks it by; and the ranking over stored scores.

Criterion 4 of the commune-level CCHC index (FACTS.md c) by default: 4.1 the plan carried
out by its targets (all → full points; from 90 % → reached ÷ planned × points; below → 0;
the plan and a sent report must exist), 4.2 diversity by groups of channels, each group's
points earned by one activity of the year with a proof file. The year is the annual report
period (15/12 of the year before to 14/12), as the report that the score asks for counts it.
"""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Case, Count, F, Prefetch, Q, Value, When, Window
from django.db.models.functions import Rank
from django.urls import reverse

from loa.activities.models import Activity, Evidence
from loa.activities.queries import plan_completion, target_progress
from loa.plans.models import Plan, ReportKind, TargetMeasure
from loa.plans.queries import plan_in_force
from loa.reports.models import Report, ReportStatus
from loa.reports.periods import Period, period_of
from loa.units.models import Level, Unit

from .criteria import HUNDREDTH, default_rules, vn_decimal
from .models import ScoreRules, UnitScore

SOURCES_SHOWN = 5  # activities named under each group of channels
PLAN_LABEL = "Mức độ thực hiện kế hoạch tuyên truyền"


@dataclass
class Source:
    """A document a point came from: the plan, a target, the report, an activity (with its
    proof files as (name, download URL))."""

    kind: str
    label: str
    url: str
    files: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Part:
    code: str
    label: str
    earned: Decimal
    possible: Decimal
    reason: str
    sources: list[Source] = field(default_factory=list)

    def of_kind(self, *kinds: str) -> list[Source]:
        return [s for s in self.sources if s.kind in kinds]

    @property
    def documents(self) -> list[Source]:
        return self.of_kind("plan", "report")

    @property
    def targets(self) -> list[Source]:
        return self.of_kind("target")

    @property
    def activities(self) -> list[Source]:
        return self.of_kind("activity")


@dataclass
class Score:
    unit: Unit
    year: int
    rules: ScoreRules
    parts: list[Part]
    total: Decimal
    possible: Decimal

    def parts_json(self) -> list[dict]:
        """The parts as UnitScore stores them (Decimals as strings)."""
        return [
            {
                "code": p.code,
                "label": p.label,
                "earned": f"{p.earned:f}",
                "possible": f"{p.possible:f}",
                "reason": p.reason,
                "sources": [
                    {
                        "kind": s.kind,
                        "label": s.label,
                        "url": s.url,
                        "files": [list(f) for f in s.files],
                    }
                    for s in p.sources
                ],
            }
            for p in self.parts
        ]


def score_from_stored(stored: UnitScore) -> Score:
    """A stored score read back into the dataclasses (no recomputation)."""
    parts = [
        Part(
            code=p["code"],
            label=p["label"],
            earned=Decimal(p["earned"]),
            possible=Decimal(p["possible"]),
            reason=p["reason"],
            sources=[
                Source(s["kind"], s["label"], s["url"], [tuple(f) for f in s["files"]])
                for s in p["sources"]
            ],
        )
        for p in stored.parts
    ]
    return Score(
        unit=stored.unit,
        year=stored.year,
        rules=stored.rules,
        parts=parts,
        total=stored.total,
        possible=sum((p.possible for p in parts), Decimal(0)),
    )


# --- the rules ---------------------------------------------------------------------------


def province_key(unit: Unit) -> str:
    """The key of the province the unit belongs to (its own, for a province): the first
    key of its path."""
    return unit.path.strip("/").split("/")[0]


def default_rules_for(year: int) -> ScoreRules:
    """Loa's default for `year`, its latest version; version 1 is made on first use."""
    found = ScoreRules.objects.filter(unit__isnull=True, year=year).order_by("-version").first()
    if found is not None:
        return found
    made, _ = ScoreRules.objects.get_or_create(
        unit=None,
        year=year,
        version=1,
        defaults={"data": default_rules(), "note": "Tiêu chí 4 của Chỉ số CCHC cấp xã (mẫu)."},
    )
    return made


def rules_for(unit: Unit, year: int) -> ScoreRules:
    """The rules a unit is scored by for `year`: the latest version its province set for
    that year, else Loa's default."""
    own = (
        ScoreRules.objects.filter(unit__key=province_key(unit), year=year)
        .select_related("unit")
        .order_by("-version")
        .first()
    )
    return own or default_rules_for(year)


def units_scored_by(province: Unit) -> list[int]:
    """Ids of the current units the province's rules score (itself included)."""
    return list(
        Unit.objects.in_subtree(province).filter(valid_to__isnull=True).values_list("pk", flat=True)
    )


# --- the score ---------------------------------------------------------------------------


def score_compute(unit: Unit, year: int, *, rules: ScoreRules | None = None) -> Score:
    """The unit's score for `year` under `rules` (those in force for it unless given),
    exact from the log as it is now."""
    rules = rules or rules_for(unit, year)
    data = rules.data
    period = period_of(ReportKind.ANNUAL, year)
    report = sent_report(unit, year)
    parts = [_plan_part(unit, year, data["plan"], report, period)]
    parts += _group_parts(unit, year, data, report, period)
    return Score(
        unit=unit,
        year=year,
        rules=rules,
        parts=parts,
        total=sum((p.earned for p in parts), Decimal(0)),
        possible=sum((p.possible for p in parts), Decimal(0)),
    )


def sent_report(unit: Unit, year: int) -> Report | None:
    """The unit's report of `year` sent up: the annual one if sent, else the latest sent."""
    sent = Report.objects.filter(unit=unit, year=year, status=ReportStatus.SENT)
    annual_first = Case(When(kind=ReportKind.ANNUAL, then=Value(0)), default=Value(1))
    return sent.order_by(annual_first, "-period_end", "-pk").first()


def _report_source(report: Report) -> Source:
    return Source("report", f"{report.reference}: {report.title}", report.get_absolute_url())


def _no_report(year: int) -> str:
    return f"chưa có báo cáo năm {year} đã gửi cấp trên"


def _plan_part(unit, year, rule, report, period: Period) -> Part:
    points = Decimal(rule["points"])
    part = Part("plan", PLAN_LABEL, Decimal(0), points, "")
    plan: Plan | None = plan_in_force(unit, year)
    if plan is None:
        part.reason = f"Chưa có kế hoạch tuyên truyền CCHC năm {year} đã ban hành: 0 điểm."
        return part
    part.sources.append(Source("plan", f"{plan.reference}: {plan.title}", plan.get_absolute_url()))
    progress = target_progress(plan, start=period.start, end=period.end)
    targets_url = f"{plan.get_absolute_url()}#chi-tieu"
    for p in progress:
        part.sources.append(Source("target", _target_label(p), targets_url))
    if report is not None:
        part.sources.append(_report_source(report))
    reached, applying = plan_completion(progress)
    if not applying:
        part.reason = (
            f"Kế hoạch chưa có chỉ tiêu nào đo được trong kỳ {_period_text(period)}: 0 điểm."
        )
        return part
    percent = Decimal(reached * 100) / applying
    done = f"Đạt {reached}/{applying} chỉ tiêu ({vn_decimal(percent, 1)} %)"
    full_at, partial_from = Decimal(str(rule["full_at"])), Decimal(str(rule["partial_from"]))
    if rule.get("needs_report") and report is None:
        part.reason = f"{done} nhưng {_no_report(year)} (quy tắc yêu cầu có báo cáo): 0 điểm."
    elif percent >= full_at:
        part.earned = points
        part.reason = (
            f"{done}: {vn_decimal(points)} điểm theo quy tắc đạt từ {vn_decimal(full_at)} % "
            "chỉ tiêu."
        )
    elif percent >= partial_from:
        part.earned = (Decimal(reached) / applying * points).quantize(HUNDREDTH, ROUND_HALF_UP)
        part.reason = (
            f"{done}: {reached} ÷ {applying} × {vn_decimal(points)} = "
            f"{vn_decimal(part.earned)} điểm theo quy tắc từ {vn_decimal(partial_from)} % "
            f"đến dưới {vn_decimal(full_at)} % (làm tròn đến hai chữ số thập phân)."
        )
    else:
        part.reason = f"{done}, dưới {vn_decimal(partial_from)} %: 0 điểm."
    return part


def _target_label(p) -> str:
    text = p.target.text
    if not p.applies:
        return f"{text}: chưa có số liệu để tính, không tính vào tỷ lệ."
    value = vn_decimal(p.value, 1) if p.value is not None else "—"
    goal = p.target.target_value
    measured = f"{value}/{vn_decimal(goal)}" if goal is not None else value
    if p.target.measure == TargetMeasure.RATIO:
        measured = f"{value} % (cần {vn_decimal(goal)} %)" if goal is not None else f"{value} %"
    elif p.target.measure == TargetMeasure.MILESTONE:
        measured = "đã hoàn thành" if p.reached else "chưa hoàn thành"
    return f"{text}: {'đạt' if p.reached else 'chưa đạt'} ({measured})."


def _period_text(period: Period) -> str:
    return f"{period.start:%d/%m/%Y}–{period.end:%d/%m/%Y}"


def _in_group(group: dict) -> Q:
    """The activities of a group's channels, or of every channel of its kind."""
    q = Q(pk__in=[])
    if group.get("channels"):
        q |= Q(channel__code__in=group["channels"])
    if group.get("kind"):
        q |= Q(channel__kind=group["kind"])
    return q


def _group_parts(unit, year, data, report, period: Period) -> list[Part]:
    needs_proof = bool(data.get("needs_proof"))
    needs_report = bool(data.get("groups_need_report"))
    logged = Activity.objects.filter(unit=unit, started_on__range=(period.start, period.end))
    by_channel = {
        (row["channel__code"], row["channel__kind"]): (row["n"], row["proven"])
        for row in logged.order_by()
        .values("channel__code", "channel__kind")
        .annotate(
            n=Count("pk", distinct=True),
            proven=Count("pk", filter=Q(evidence__isnull=False), distinct=True),
        )
    }
    parts = []
    for group in data["groups"]:
        points = Decimal(group["points"])
        part = Part(group["code"], group["label"], Decimal(0), points, "")
        count = proven = 0
        for (code, kind), (n, with_proof) in by_channel.items():
            if code in group.get("channels", []) or kind == group.get("kind"):
                count, proven = count + n, proven + with_proof
        named = f"thuộc nhóm “{group['label']}”"
        counted = proven if needs_proof else count
        proof = " kèm tài liệu kiểm chứng" if needs_proof else ""
        if not count:
            part.reason = (
                f"Chưa có hoạt động {named}{proof} trong kỳ {_period_text(period)}: 0 điểm."
            )
        elif not counted:
            part.reason = (
                f"Có {count} hoạt động {named} nhưng chưa hoạt động nào kèm tài liệu kiểm "
                "chứng: 0 điểm."
            )
        elif needs_report and report is None:
            part.reason = f"Có {counted} hoạt động {named}{proof} nhưng {_no_report(year)}: 0 điểm."
        else:
            part.earned = points
            part.reason = f"Có {counted} hoạt động {named}{proof}: {vn_decimal(points)} điểm."
        if count:
            part.sources = _activity_sources(logged.filter(_in_group(group)), needs_proof)
        if counted and needs_report and report is not None:
            part.sources.append(_report_source(report))
        parts.append(part)
    return parts


def _activity_sources(activities, needs_proof: bool) -> list[Source]:
    if needs_proof:
        activities = activities.filter(evidence__isnull=False)
    shown = (
        activities.distinct()
        .select_related("channel")
        .prefetch_related(Prefetch("evidence", queryset=Evidence.objects.order_by("pk")))
        .order_by("-started_on", "-pk")[:SOURCES_SHOWN]
    )
    return [
        Source(
            "activity",
            f"{a.started_on:%d/%m/%Y} — {a.title} ({a.channel.name})",
            reverse("activities:detail", args=[a.pk]),
            [
                (e.original_name, reverse("activities:evidence", args=[a.pk, e.pk]))
                for e in a.evidence.all()
            ],
        )
        for a in shown
    ]


# --- the ranking -------------------------------------------------------------------------


def rank_within(scope: Unit | None, year: int) -> dict[int, tuple[Decimal, int, int]]:
    """unit id → (total, rank, out of) over the stored scores of the current units right
    below `scope` (every current commune-level unit when None); equal totals share a rank
    (1, 1, 3). One query: the ranks are a window over the filtered rows."""
    scores = UnitScore.objects.filter(year=year, unit__valid_to__isnull=True)
    if scope is None:
        scores = scores.filter(unit__level=Level.COMMUNE)
    else:
        scores = scores.filter(unit__parent=scope)
    rows = scores.annotate(
        place=Window(Rank(), order_by=F("total").desc()), out_of=Window(Count("pk"))
    ).values_list("unit_id", "total", "place", "out_of")
    return {unit_id: (total, place, out_of) for unit_id, total, place, out_of in rows}
