from django.db.models import Count, Q
from django.db.models.functions import Collate

from loa.units.collation import VI
from loa.units.models import Level, Unit

from .models import Membership, Role
from .rules import grants_of


def members_of(unit: Unit):
    return (
        Membership.objects.filter(unit=unit)
        .select_related("user", "office", "unit")
        .order_by("-is_active", Collate("user__full_name", VI), "role")
    )


def supervised_roots(user) -> list[Unit]:
    """Units under which the user reads everything (their supervisor memberships)."""
    ids = [g.unit_id for g in grants_of(user) if g.role == Role.SUPERVISOR]
    return list(Unit.objects.filter(pk__in=ids))


def subunits(unit: Unit, *, search: str = ""):
    """Units directly below `unit`, in Vietnamese order; a search looks through the whole
    subtree by name or code."""
    if search:
        # SQLite folds case for ASCII only, so also try the capitalised form ("định" → "Định").
        qs = Unit.objects.below(unit).filter(
            Q(short_name__icontains=search)
            | Q(short_name__icontains=search.title())
            | Q(code=search)
        )
    else:
        qs = unit.children.all()
    return qs.select_related("parent").by_vietnamese_name()


def count_below(unit: Unit) -> dict[int, int]:

    rows = Unit.objects.below(unit).values("level").annotate(n=Count("id"))
    return {Level(r["level"]): r["n"] for r in rows}


def officer_emails(unit: Unit, *, office_id: int | None = None) -> list[str]:
    """E-mail addresses of the unit's active officers and leaders; with `office_id`, those
    of that office when it has any (otherwise everyone's)."""
    members = list(
        Membership.objects.active()
        .filter(unit=unit, role__in=[Role.OFFICER, Role.LEADER])
        .select_related("user")
    )
    if office_id:
        members = [m for m in members if m.office_id == office_id] or members
    return sorted({m.user.email for m in members if m.user.email})


def leader_emails(unit: Unit) -> list[str]:
    """E-mail addresses of the unit's active leaders."""
    members = Membership.objects.active().filter(unit=unit, role=Role.LEADER)
    return sorted({m.user.email for m in members.select_related("user") if m.user.email})
