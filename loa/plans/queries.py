"""Reads that several views share."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Prefetch

from loa.units.models import Unit

from .document import roman
from .models import Plan, PlanSection, PlanStatus, TaskState


def ancestor_keys(unit: Unit) -> list[str]:
    return [k for k in unit.path.strip("/").split("/")[:-1] if k]


def issued_upper_plans(unit: Unit):
    """Issued plans of the units above `unit`, newest first: what it may implement."""
    return (
        Plan.objects.filter(status=PlanStatus.ISSUED, unit__key__in=ancestor_keys(unit))
        .select_related("unit")
        .order_by("-year", "-issued_on")
    )


def plans_in_force(*, unit: Unit | None = None, years=None):
    """Issued plans, not superseded by an amendment: what units carry out, log against and
    report on. Every "plan in force" question in Loa starts here."""
    plans = Plan.objects.filter(status=PlanStatus.ISSUED)
    if unit is not None:
        plans = plans.filter(unit=unit)
    if years is not None:
        plans = plans.filter(year__in=list(years))
    return plans


def plan_in_force(unit: Unit, year: int) -> Plan | None:
    """The unit's plan in force for `year` (the latest issued, should there be two)."""
    return plans_in_force(unit=unit, years=[year]).order_by("-issued_on", "-pk").first()


def plans_of(unit: Unit):
    return Plan.objects.filter(unit=unit).select_related("unit", "upper_plan__unit")


def plan_outline(plan: Plan) -> list[tuple[PlanSection, str, int]]:
    """Sections in reading order with their derived number ("I.", "2.", "3.1.") and depth."""

    sections = list(plan.sections.select_related("office").prefetch_related(Prefetch("paragraphs")))
    children: dict = {}
    for s in sections:
        children.setdefault(s.parent_id, []).append(s)
    out = []

    def walk(parent_id, prefix, depth):
        for i, s in enumerate(children.get(parent_id, []), start=1):
            label = f"{roman(i)}." if depth == 1 else (f"{i}." if depth == 2 else f"{prefix}{i}.")
            out.append((s, label, depth))
            walk(s.pk, label, depth + 1)

    walk(None, "", 1)
    return out


@dataclass
class LowerPlanRow:
    unit: Unit
    plan: Plan | None
    on_time: bool | None  # None when there is no deadline or no issued plan


def lower_plan_status(unit: Unit, year: int) -> tuple[list[LowerPlanRow], date | None]:
    """Every unit below `unit` with its plan for `year` (the issued one if any), and whether
    it was issued by the deadline that `unit`'s own plan for that year set."""
    own = (
        plans_in_force(unit=unit, years=[year])
        .exclude(lower_plan_deadline__isnull=True)
        .order_by("-issued_on")
        .first()
    )
    deadline = own.lower_plan_deadline if own else None
    # the level right below: a province's communes, a former district's communes
    units = list(unit.children.select_related("parent").by_vietnamese_name())
    rank = {PlanStatus.ISSUED: 0, PlanStatus.SUBMITTED: 1, PlanStatus.DRAFT: 2}
    best: dict[int, Plan] = {}
    for plan in (
        Plan.objects.filter(unit__path__startswith=unit.path, year=year)
        .exclude(unit=unit)
        .exclude(status=PlanStatus.SUPERSEDED)
        .order_by("issued_on")
    ):
        current = best.get(plan.unit_id)
        if current is None or rank[plan.status] < rank[current.status]:
            best[plan.unit_id] = plan
    rows = []
    for u in units:
        plan = best.get(u.pk)
        on_time = None
        if plan and plan.status == PlanStatus.ISSUED and deadline:
            on_time = plan.issued_on <= deadline
        rows.append(LowerPlanRow(unit=u, plan=plan, on_time=on_time))
    return rows, deadline


def plan_history(plan: Plan, limit: int = 30) -> list:
    """The plan's history rows where something a reader cares about changed: creation, each
    change of status; header edits are kept in the audit table but not listed here."""
    rows = list(plan.history.select_related("history_user").order_by("history_date"))
    shown, last_status = [], None
    for row in rows:
        if row.history_type == "+" or row.status != last_status:
            shown.append(row)
        last_status = row.status
    return list(reversed(shown))[:limit]


def plan_problems(plan: Plan) -> list[str]:
    """What a plan needs before the leader can sign it; messages in Vietnamese."""
    problems = []
    if not plan.sections.exists():
        problems.append("Kế hoạch chưa có nội dung (mục I, II, …).")
    for task in plan.tasks.select_related("plan"):
        if task.due_date and task.due_date.year != plan.year:
            problems.append(f"Nhiệm vụ “{task}” có hạn ngoài năm {plan.year}.")
    if plan.tasks.filter(state=TaskState.PROPOSED).exists():
        problems.append("Còn nhiệm vụ đề xuất từ cấp trên chưa được xem xét (nhận hoặc xóa).")
    return problems


_OFFICE_STOPWORDS = set(
    "các và trên xã phường thị trấn công chức cán bộ phòng ban làm tác của ubnd hđnd "
    "cơ quan đơn vị".split()
)


def office_matching(unit: Unit, title: str):
    """The unit's office that a responsibility heading names ("Văn phòng HĐND-UBND
    phường" → "Văn phòng HĐND và UBND"), or None."""

    def words(text):
        cleaned = "".join(c if c.isalnum() else " " for c in text.lower().replace("địa bàn", ""))
        return {w for w in cleaned.split() if w not in _OFFICE_STOPWORDS}

    wanted = words(title)
    best, best_score = None, (0, 0.0)
    for office in unit.offices.filter(is_active=True):
        have = words(office.name)
        common = len(wanted & have)
        score = (common, common / max(len(have), 1))
        if score > best_score:
            best, best_score = office, score
    return best if best_score[0] and best_score[1] >= 0.5 else None
