"""Reads the public pages share: units by code and by folded name, the people in charge,
the procedures of a unit's level."""

from django.db.models import Q
from django.http import Http404

from loa.accounts.models import Membership, Role
from loa.core.text import fold
from loa.plans.models import ReformArea
from loa.units.collation import vi_sort_key
from loa.units.models import Level, Unit

from .models import Article, Procedure, ProcedureChange

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


def province_of(unit: Unit) -> Unit | None:
    """The province a unit belongs to (itself for a province)."""
    if unit.level == Level.PROVINCE:
        return unit
    return next((u for u in unit.ancestors() if u.level == Level.PROVINCE), None)


def catalogue_of(unit: Unit):
    """Every procedure of the unit's level: the national ones and those its province
    announced (ADR 27), abolished ones included."""
    province = province_of(unit)
    mine = Q(province__isnull=True) | Q(province=province) if province else Q(province=None)
    return Procedure.objects.filter(mine, level=unit.level)


def procedure_fields(unit: Unit) -> list[str]:
    """The fields (lĩnh vực) of the procedures of the unit's level, in Vietnamese order."""
    names = catalogue_of(unit).values_list("field", flat=True)
    return sorted(set(names), key=vi_sort_key)


def procedures_for(unit: Unit, *, search: str = "", field: str = "", abolished: bool = False):
    """The procedures handled at the unit's level; with `search`, those whose folded name,
    field or code holds every folded word of it; with `field`, those of that field.
    Abolished ones only with `abolished`: they keep their page, not their place in a
    search (ADR 27)."""
    qs = catalogue_of(unit)
    if not abolished:
        qs = qs.filter(abolished_on__isnull=True)
    if field:
        qs = qs.filter(field=field)
    for word in fold(search).split():
        qs = qs.filter(search_text__contains=word)
    return qs


def procedures_in_force(unit: Unit) -> list[Procedure]:
    """The unit's list to post at the desk: the procedures in force, by field, then name,
    in Vietnamese order."""
    found = procedures_for(unit)
    return sorted(found, key=lambda p: (vi_sort_key(p.field), vi_sort_key(p.name)))


def announcements_for(unit: Unit) -> list[tuple[str, object]]:
    """The decisions announcing the unit's procedures (number, date), newest first."""
    rows = (
        ProcedureChange.objects.filter(procedure__in=catalogue_of(unit))
        .values_list("decision_number", "decision_date")
        .distinct()
        .order_by("-decision_date", "decision_number")
    )
    return list(rows)


# --- the CCHC column (ADR 25) -----------------------------------------------------------


def articles_for(unit: Unit, *, search: str = "", area=None):
    """The unit's articles the public sees now, newest first; with `search`, those whose
    folded title, lead or text holds every folded word of it; with `area`, of that area."""
    qs = Article.objects.visible().filter(unit=unit).select_related("unit", "reform_area")
    if area is not None:
        qs = qs.filter(reform_area=area)
    for word in fold(search).split():
        qs = qs.filter(search_text__contains=word)
    return qs.select_related("office").order_by("-published_at", "-pk")


def article_areas(unit: Unit):
    """The reform areas the unit's visible articles are of, for the column's menu."""
    ids = Article.objects.visible().filter(unit=unit).values("reform_area")
    return ReformArea.objects.filter(pk__in=ids)
