"""Reads the public pages share: units by code and by folded name, the people in charge,
the procedures of a unit's level."""

from django.http import Http404

from loa.accounts.models import Membership, Role
from loa.core.text import fold
from loa.units.collation import vi_sort_key
from loa.units.models import Level, Unit

from .models import Procedure

PUBLIC_LEVELS = (Level.PROVINCE, Level.COMMUNE)
SEARCH_LIMIT = 100


def unit_by_code(code: str) -> Unit:
    """The unit whose official code this is: the one in force today, else the most recent
    former unit with it (old and new codes may coincide, ADR 24)."""
    found = Unit.objects.filter(code=code).select_related("parent")
    unit = found.current().first() or found.order_by("-valid_to").first()
    if unit is None:
        raise Http404("Không tìm thấy đơn vị có mã này.")
    return unit


def provinces():
    return Unit.objects.current().filter(level=Level.PROVINCE).by_vietnamese_name()


def communes_of(province: Unit):
    return province.children.current().filter(level=Level.COMMUNE).by_vietnamese_name()


def units_matching(search: str):
    """Current provinces and communes whose name or code holds every folded word of
    `search`. The ~3,400 current names are folded in Python: one narrow query, and the same
    answer on SQLite and PostgreSQL."""
    words = fold(search).split()
    if not words:
        return Unit.objects.none()
    rows = Unit.objects.current().filter(level__in=PUBLIC_LEVELS).values_list("pk", "name", "code")
    ids = [pk for pk, name, code in rows if all(w in f"{fold(name)} {code}" for w in words)][
        :SEARCH_LIMIT
    ]
    return Unit.objects.filter(pk__in=ids).select_related("parent").by_vietnamese_name()


def people_in_charge(unit: Unit) -> list[dict]:
    """The unit's leaders as the public may know them: name and position, nothing else."""
    rows = (
        Membership.objects.active()
        .filter(unit=unit, role=Role.LEADER)
        .exclude(user__full_name="")
        .order_by("created_at")
        .values_list("user__full_name", "position")
    )
    return [{"name": name, "position": position} for name, position in rows]


def procedure_fields(unit: Unit) -> list[str]:
    """The fields (lĩnh vực) of the procedures of the unit's level, in Vietnamese order."""
    names = Procedure.objects.filter(level=unit.level).values_list("field", flat=True)
    return sorted(set(names), key=vi_sort_key)


def procedures_for(unit: Unit, *, search: str = "", field: str = ""):
    """The procedures handled at the unit's level; with `search`, those whose folded name,
    field or code holds every folded word of it; with `field`, those of that field."""
    qs = Procedure.objects.filter(level=unit.level)
    if field:
        qs = qs.filter(field=field)
    for word in fold(search).split():
        qs = qs.filter(search_text__contains=word)
    return qs
