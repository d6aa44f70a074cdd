"""Who may see what in Theo dõi, and who may change a province's scoring rules.

A unit's picture is seen by its members, by the supervisors above it, and by the
supervisors of the units it became part of in 2025 (its history); the table of the units
below it by those who supervise it; the country's picture by the national supervisors,
users given the Django permission "dashboard.view_country" (the Ministry, through the
admin). A unit's score: its members and the supervisors above. A province's rules: its own
people, the communes below it and the supervisors above; changed by its officers, leaders
and unit admins. Objects: the Unit."""

import rules

from loa.accounts.models import Role
from loa.accounts.rules import DENIED, can_view_unit, grants_of, supervises, unit_role
from loa.plans.rules import supervises_successor
from loa.units.models import Level


def may_view_country(user) -> bool:
    return bool(user.is_authenticated and user.has_perm("dashboard.view_country"))


@rules.predicate
def has_ended(user, unit) -> bool:
    return unit.valid_to is not None


@rules.predicate
def is_province(user, unit) -> bool:
    return getattr(unit, "level", None) == Level.PROVINCE


@rules.predicate
def works_within(user, unit) -> bool:
    """The user holds a role in the unit or in a unit below it (a commune of the province)."""
    return any(g.unit_path.startswith(unit.path) for g in grants_of(user))


rules.add_perm("dashboard.view_picture", can_view_unit | supervises_successor)
# the table of the units below: a former unit's too, as history, for its successors'
rules.add_perm("dashboard.view_below", supervises | (has_ended & supervises_successor))
rules.add_perm("dashboard.view_score", can_view_unit)
rules.add_perm("dashboard.view_rules", is_province & (works_within | supervises))
rules.add_perm(
    "dashboard.change_rules",
    is_province & unit_role(Role.OFFICER, Role.LEADER, Role.UNIT_ADMIN),
)

DENIED.update(
    {
        "dashboard.view_picture": "Bạn không có vai trò tại đơn vị này, tại đơn vị cấp trên, "
        "hoặc tại đơn vị kế thừa nó.",
        "dashboard.view_below": "Chỉ cấp trên theo dõi được các đơn vị trực thuộc.",
        "dashboard.view_score": "Chỉ người của đơn vị và cấp trên của đơn vị xem được điểm "
        "tuyên truyền của đơn vị.",
        "dashboard.view_rules": "Bộ tiêu chí chấm điểm do cấp tỉnh ban hành; chỉ người của tỉnh, "
        "của các đơn vị thuộc tỉnh và cấp trên xem được.",
        "dashboard.change_rules": "Chỉ cán bộ, lãnh đạo, quản trị đơn vị của tỉnh sửa được bộ "
        "tiêu chí chấm điểm.",
    }
)
