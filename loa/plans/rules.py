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
from loa.documents.rules import is_draft, is_issued, is_issued_or_superseded, is_submitted


@rules.predicate
def works_below(user, plan) -> bool:
    """The user holds a role in a unit under the plan's unit: lower units read the upper
    plan they implement (once it is issued)."""
    path = plan.unit.path
    return any(g.unit_path.startswith(path) and g.unit_path != path for g in grants_of(user))


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
