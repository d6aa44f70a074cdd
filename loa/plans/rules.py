"""Who may do what to a plan. Every predicate takes the Plan (or, to create, the Unit, or
a UnitPeriod once the year is known).

A unit that ended in the 2025 reorganisation keeps its history: its plans stay readable
(also to the supervisors of the units that took it over), but nothing is written for a
period that begins after its end. `within_unit_life` says so for plans here and for
reports and activities in their rules.py."""

import datetime

import rules
from django.db.models import Q

from loa.accounts.models import Role
from loa.accounts.rules import (
    DENIED,
    can_view_unit,
    grants_of,
    is_leader,
    is_officer,
    supervises,
)
from loa.documents.rules import is_draft, is_issued, is_issued_or_superseded, is_submitted
from loa.units.models import Unit


def period_start(obj) -> datetime.date | None:
    """The first day of the period an object is about: a UnitPeriod's start, a report's
    period, an activity's day, a plan's year; None for a bare Unit."""
    if isinstance(obj, Unit):
        return None
    for name in ("start", "period_start", "started_on"):
        day = getattr(obj, name, None)
        if day is not None:
            return day
    year = getattr(obj, "year", None)
    return datetime.date(year, 1, 1) if year else None


@rules.predicate
def within_unit_life(user, obj) -> bool:
    """The object's period begins while its unit still existed. A bare Unit passes: the
    page that creates may still serve the periods before the unit's end."""
    unit = obj if isinstance(obj, Unit) else getattr(obj, "unit", None)
    start = period_start(obj)
    return unit is None or start is None or not unit.ended_before(start)


def ended_refusal(unit: Unit, start: datetime.date, what: str) -> str:
    """Why `what` ("lập kế hoạch năm 2027", "ghi nhận hoạt động") cannot be done for a
    unit that had ended by `start`; "" when it can."""
    if not unit.ended_before(start):
        return ""
    return (
        f"{unit.end_notice()} Không {what} cho thời gian sau ngày "
        f"{unit.valid_to:%d/%m/%Y}; kế hoạch, báo cáo trước đó của đơn vị vẫn xem được."
    )


def plan_year_refusal(unit: Unit, year: int) -> str:
    return ended_refusal(unit, datetime.date(year, 1, 1), f"lập kế hoạch năm {year}")


@rules.predicate
def supervises_successor(user, obj) -> bool:
    """The user supervises a unit that took over this former unit (or a unit below it):
    a supervisor of the new Hải Phòng reads the old communes merged into its communes."""
    unit = obj if isinstance(obj, Unit) else getattr(obj, "unit", None)
    if unit is None or unit.valid_to is None:
        return False
    roots = [g.unit_path for g in grants_of(user) if g.role == Role.SUPERVISOR]
    if not roots:
        return False
    within = Q()
    for root in roots:
        within |= Q(path__startswith=root)
    return (
        Unit.objects.filter(predecessor_links__old__path__startswith=unit.path)
        .filter(within)
        .exists()
    )


@rules.predicate
def works_below(user, plan) -> bool:
    """The user holds a role in a unit under the plan's unit: lower units read the upper
    plan they implement (once it is issued)."""
    path = plan.unit.path
    return any(g.unit_path.startswith(path) and g.unit_path != path for g in grants_of(user))


can_view_plan = can_view_unit | (is_issued_or_superseded & (works_below | supervises_successor))

rules.add_perm("plans.view_plan", can_view_plan)
rules.add_perm("plans.add_plan", is_officer & within_unit_life)  # the Unit, or a UnitPeriod
rules.add_perm("plans.change_plan", is_officer & is_draft & within_unit_life)
rules.add_perm("plans.submit_plan", is_officer & is_draft & within_unit_life)
rules.add_perm("plans.sign_plan", is_leader & is_submitted & within_unit_life)  # or send back
rules.add_perm("plans.amend_plan", is_officer & is_issued & within_unit_life)
rules.add_perm("plans.follow_lower_plans", supervises)  # object: the Unit

DENIED.update(
    {
        "plans.view_plan": "Bạn không có quyền xem kế hoạch này.",
        "plans.add_plan": "Chỉ cán bộ, lãnh đạo của đơn vị lập được kế hoạch, cho thời gian "
        "đơn vị còn hoạt động.",
        "plans.change_plan": "Kế hoạch này không sửa được: chỉ cán bộ của đơn vị sửa dự thảo; "
        "kế hoạch đã trình hoặc đã ban hành thì không sửa trực tiếp; kế hoạch cho thời gian "
        "sau khi đơn vị kết thúc hoạt động chỉ xem được.",
        "plans.submit_plan": "Chỉ cán bộ của đơn vị trình được dự thảo kế hoạch.",
        "plans.sign_plan": "Chỉ lãnh đạo đơn vị duyệt, ký ban hành được kế hoạch đã trình.",
        "plans.amend_plan": "Chỉ sửa đổi được kế hoạch đang có hiệu lực của đơn vị mình.",
        "plans.follow_lower_plans": "Chỉ cấp trên theo dõi được kế hoạch của các đơn vị trực "
        "thuộc.",
    }
)
