"""Who may do what to a plan. Every predicate takes the Plan (or, to create, the Unit)."""

import rules

from loa.accounts.rules import (
    DENIED,
    can_view_unit,
    grants_of,
    is_leader,
    is_officer,
    supervises,
)

from .models import PlanStatus


@rules.predicate
def is_draft(user, plan) -> bool:
    return plan.status == PlanStatus.DRAFT


@rules.predicate
def is_submitted(user, plan) -> bool:
    return plan.status == PlanStatus.SUBMITTED


@rules.predicate
def is_issued(user, plan) -> bool:
    return plan.status == PlanStatus.ISSUED


@rules.predicate
def works_below(user, plan) -> bool:
    """The user holds a role in a unit under the plan's unit: lower units read the upper
    plan they implement (once it is issued)."""
    path = plan.unit.path
    return any(g.unit_path.startswith(path) and g.unit_path != path for g in grants_of(user))


@rules.predicate
def is_issued_or_superseded(user, plan) -> bool:
    return plan.status in (PlanStatus.ISSUED, PlanStatus.SUPERSEDED)


can_view_plan = can_view_unit | (is_issued_or_superseded & works_below)

rules.add_perm("plans.view_plan", can_view_plan)
rules.add_perm("plans.add_plan", is_officer)  # object: the Unit
rules.add_perm("plans.change_plan", is_officer & is_draft)
rules.add_perm("plans.submit_plan", is_officer & is_draft)
rules.add_perm("plans.sign_plan", is_leader & is_submitted)  # issue, or send back
rules.add_perm("plans.amend_plan", is_officer & is_issued)
rules.add_perm("plans.follow_lower_plans", supervises)  # object: the Unit

DENIED.update(
    {
        "plans.view_plan": "Bạn không có quyền xem kế hoạch này.",
        "plans.add_plan": "Chỉ cán bộ, lãnh đạo của đơn vị lập được kế hoạch.",
        "plans.change_plan": "Kế hoạch này không sửa được: chỉ cán bộ của đơn vị sửa dự thảo; "
        "kế hoạch đã trình hoặc đã ban hành thì không sửa trực tiếp.",
        "plans.submit_plan": "Chỉ cán bộ của đơn vị trình được dự thảo kế hoạch.",
        "plans.sign_plan": "Chỉ lãnh đạo đơn vị duyệt, ký ban hành được kế hoạch đã trình.",
        "plans.amend_plan": "Chỉ sửa đổi được kế hoạch đang có hiệu lực của đơn vị mình.",
        "plans.follow_lower_plans": "Chỉ cấp trên theo dõi được kế hoạch của các đơn vị trực "
        "thuộc.",
    }
)
