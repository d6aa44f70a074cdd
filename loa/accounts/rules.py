"""Who may do what, built from small predicates on (user, unit).

Every permission here takes a Unit as its object. Apps above (plans, activities, reports)
add their own rules.py and build on `unit_role` and `supervises` by passing the unit
that owns their object. Views, templates ({% has_perm %}) and the API all check these.
"""

from dataclasses import dataclass

import rules

from loa.units.models import Unit

from .models import Membership, Role


@dataclass(frozen=True)
class Grant:
    unit_id: int
    unit_path: str
    role: str


def grants_of(user) -> list[Grant]:
    """The user's active memberships, read once per user object (so once per request)."""
    if not getattr(user, "is_authenticated", False):
        return []
    cached = getattr(user, "_loa_grants", None)
    if cached is None:
        cached = [
            Grant(unit_id, path, role)
            for unit_id, path, role in Membership.objects.active()
            .filter(user=user)
            .values_list("unit_id", "unit__path", "role")
        ]
        user._loa_grants = cached
    return cached


def _unit_of(obj) -> Unit | None:
    if isinstance(obj, Unit):
        return obj
    return getattr(obj, "unit", None)


def unit_role(*roles: str):
    """Predicate: the user holds one of `roles` in exactly this unit."""

    @rules.predicate(name=f"unit_role({','.join(roles)})")
    def predicate(user, obj) -> bool:
        unit = _unit_of(obj)
        if unit is None:
            return False
        return any(g.unit_id == unit.pk and g.role in roles for g in grants_of(user))

    return predicate


@rules.predicate
def supervises(user, obj) -> bool:
    """The user is a supervisor of this unit or of a unit above it."""
    unit = _unit_of(obj)
    if unit is None:
        return False
    return any(
        g.role == Role.SUPERVISOR and unit.path.startswith(g.unit_path) for g in grants_of(user)
    )


@rules.predicate
def administers_above(user, obj) -> bool:
    """The user is a unit admin of a unit strictly above this one: who appoints its leaders
    and admins (ADR 17)."""
    unit = _unit_of(obj)
    if unit is None:
        return False
    return any(
        g.role == Role.UNIT_ADMIN and g.unit_id != unit.pk and unit.path.startswith(g.unit_path)
        for g in grants_of(user)
    )


is_member = unit_role(*Role.values)
is_officer = unit_role(Role.OFFICER, Role.LEADER)
is_leader = unit_role(Role.LEADER)
is_unit_admin = unit_role(Role.UNIT_ADMIN)

can_view_unit = is_member | supervises
can_work_in_unit = is_officer  # draft, log, compile for the unit
can_sign_for_unit = is_leader  # approve and issue


# Why a permission was refused, in the words the user reads; each app's rules.py adds its
# own. A permission without an entry gets the general sentence.
DENIED: dict[str, str] = {
    "units.view_unit": "Bạn không có vai trò tại đơn vị này hoặc đơn vị cấp trên của nó.",
    "units.manage_offices": "Chỉ quản trị đơn vị quản lý được cơ quan, bộ phận của đơn vị.",
    "units.manage_unit_settings": "Chỉ quản trị đơn vị sửa được thiết lập văn bản của đơn vị.",
    "accounts.manage_members": "Chỉ quản trị đơn vị (hoặc quản trị đơn vị cấp trên) quản lý "
    "được người dùng của đơn vị.",
}


def denied_message(perm: str) -> str:
    return DENIED.get(perm, "Bạn không có quyền thực hiện thao tác này.")


def may(user, perm: str, obj) -> bool:
    """Whether `user` holds `perm` on `obj` by their roles. Inside Loa roles decide, not
    Django's superuser flag: a system administrator works in the admin site, and signs or
    edits a unit's documents only with a role in that unit."""
    return rules.has_perm(perm, user, obj)


rules.add_perm("units.view_unit", can_view_unit)
rules.add_perm("units.work_in_unit", can_work_in_unit)
rules.add_perm("units.sign_for_unit", can_sign_for_unit)
rules.add_perm("units.supervise_unit", supervises)
rules.add_perm("units.manage_offices", is_unit_admin)
rules.add_perm("units.manage_unit_settings", is_unit_admin)
rules.add_perm("accounts.manage_members", is_unit_admin | administers_above)
