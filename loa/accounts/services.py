"""Accounts and roles: who may give which role is decided here (ADR 17), not in the forms."""

from django.db import transaction

from loa.units.models import Office, Unit

from .models import Membership, Role, User
from .rules import DENIED, grants_of, may

# The roles that sign for a unit or hand out roles in it: given only from a unit above.
PRIVILEGED_ROLES = frozenset({Role.LEADER, Role.UNIT_ADMIN})

FROM_ABOVE = (
    "Vai trò Lãnh đạo (người ký) và Quản trị đơn vị do quản trị đơn vị cấp trên cấp và thay "
    "đổi, để không ai tự cấp cho mình quyền ký qua một tài khoản khác."
)
SELF = "Bạn không thể tự cấp hoặc thay đổi vai trò của chính mình."
APPOINTER = "Người này là quản trị đơn vị cấp trên của bạn: vai trò của họ do cấp trên của họ cấp."


class GrantRefused(Exception):
    """A role change the rule forbids; `message` says why, in the user's words."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _authorities(by, unit: Unit) -> list[str]:
    """Paths of the units strictly above `unit` where `by` is a unit admin."""
    return [
        g.unit_path
        for g in grants_of(by)
        if g.role == Role.UNIT_ADMIN and g.unit_id != unit.pk and unit.path.startswith(g.unit_path)
    ]


def grantable_roles(*, by, unit: Unit) -> list[str]:
    """The roles `by` may give or take back in `unit`."""
    if not may(by, "accounts.manage_members", unit):
        return []
    if _authorities(by, unit):
        return list(Role.values)
    return [role for role in Role.values if role not in PRIVILEGED_ROLES]


def grant_refusal(*, by, unit: Unit, roles, user: User | None = None) -> str:
    """Why `by` may not give `user` a role among `roles` in `unit` (or change one of those
    roles), or "" when they may. `roles` holds the membership's role before and after."""
    if user is not None and user.pk == by.pk:
        return SELF
    if not may(by, "accounts.manage_members", unit):
        return DENIED["accounts.manage_members"]
    if not PRIVILEGED_ROLES.intersection(roles):
        return ""
    authorities = _authorities(by, unit)
    if not authorities:
        return FROM_ABOVE
    if user is not None:
        # A role made by an admin must not raise that admin: no one appoints an admin of a
        # unit at or above their own authority (their appointer, or the appointer's).
        above = Membership.objects.active().filter(user=user, role=Role.UNIT_ADMIN)
        if any(
            path.startswith(unit_path)
            for unit_path in above.values_list("unit__path", flat=True)
            for path in authorities
        ):
            return APPOINTER
    return ""


def _check(*, by, unit, roles, user) -> None:
    refusal = grant_refusal(by=by, unit=unit, roles=roles, user=user)
    if refusal:
        raise GrantRefused(refusal)


@transaction.atomic
def member_add(
    *,
    unit: Unit,
    username: str,
    role: str,
    by: User,
    office: Office | None = None,
    full_name: str = "",
    position: str = "",
    email: str = "",
    password: str = "",
) -> Membership:
    """Give a person a role in the unit, creating their account when it does not exist."""
    user = User.objects.filter(username__iexact=username).first()
    _check(by=by, unit=unit, roles={role}, user=user)
    if user is None:
        user = User(username=username, full_name=full_name, email=email)
        user.set_password(password)
        user.save()
    membership, _ = Membership.objects.update_or_create(
        user=user,
        unit=unit,
        role=role,
        defaults={"office": office, "position": position, "is_active": True},
    )
    return membership


MEMBERSHIP_FIELDS = ("role", "position", "delegation", "office", "is_active")


@transaction.atomic
def membership_update(*, membership: Membership, by: User, **changes) -> Membership:
    """Change a role, its position, signature, office or whether it is in force."""
    unknown = set(changes) - set(MEMBERSHIP_FIELDS)
    if unknown:
        raise TypeError(f"not a membership field: {', '.join(sorted(unknown))}")
    current = Membership.objects.select_for_update().get(pk=membership.pk)
    roles = {current.role, changes.get("role", current.role)}
    _check(by=by, unit=current.unit, roles=roles, user=current.user)
    for name, value in changes.items():
        setattr(membership, name, value)
    membership.save(update_fields=list(changes))
    return membership


def membership_refusal(*, membership: Membership, by: User) -> str:
    """Why `by` may not edit this membership at all, or ""."""
    return grant_refusal(by=by, unit=membership.unit, roles={membership.role}, user=membership.user)
