"""Loading the administrative hierarchy and giving units their default offices."""

import datetime
from dataclasses import dataclass, field

from django.db import transaction
from vietnam_provinces import Province, Ward
from vietnam_provinces import _province_conversion_2025 as province_conversion
from vietnam_provinces import _ward_conversion_2025 as ward_conversion
from vietnam_provinces.legacy import base as legacy

from . import defaults
from .models import LEGACY_END_DATE, REORGANISATION_DATE, Kind, Level, Office, Unit, UnitSuccession

_PREFIXES = (
    "Thành phố ",
    "Tỉnh ",
    "Thị xã ",
    "Thị trấn ",
    "Huyện ",
    "Quận ",
    "Phường ",
    "Xã ",
    "Đặc khu ",
)

_NEW_KIND = {
    "tỉnh": Kind.PROVINCE,
    "thành phố trung ương": Kind.CENTRAL_CITY,
    "xã": Kind.COMMUNE,
    "phường": Kind.WARD,
    "đặc khu": Kind.SPECIAL_ZONE,
}
_LEGACY_KIND = {
    "tỉnh": Kind.PROVINCE,
    "thành phố trung ương": Kind.CENTRAL_CITY,
    "huyện": Kind.RURAL_DISTRICT,
    "quận": Kind.URBAN_DISTRICT,
    "thị xã": Kind.TOWN,
    "thành phố": Kind.PROVINCIAL_CITY,
    "xã": Kind.COMMUNE,
    "phường": Kind.WARD,
    "thị trấn": Kind.TOWNSHIP,
}
_CODE_WIDTH = {Level.PROVINCE: 2, Level.DISTRICT: 3, Level.COMMUNE: 5}


def short_name(full_name: str) -> str:
    for prefix in _PREFIXES:
        if full_name.startswith(prefix):
            return full_name[len(prefix) :]
    return full_name


def unit_key(*, legacy_era: bool, level: int, code: int | str) -> str:
    """Internal unique key: official codes repeat across the two trees and the levels."""
    era = "old" if legacy_era else "new"
    return f"{era}-{level}-{int(code):0{_CODE_WIDTH[Level(level)]}d}"


@dataclass
class _Row:
    key: str
    code: str
    name: str
    kind: str
    level: int
    parent_key: str | None
    valid_from: datetime.date | None
    valid_to: datetime.date | None


@dataclass
class LoadResult:
    created: int = 0
    updated: int = 0
    successions_created: int = 0
    offices_created: int = 0
    counts: dict = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return bool(
            self.created or self.updated or self.successions_created or self.offices_created
        )


def _source_rows() -> list[_Row]:
    rows: list[_Row] = []

    def add(legacy_era, level, code, name, kind, parent):
        rows.append(
            _Row(
                key=unit_key(legacy_era=legacy_era, level=level, code=code),
                code=f"{int(code):0{_CODE_WIDTH[level]}d}",
                name=name,
                kind=kind,
                level=level,
                parent_key=parent,
                valid_from=None if legacy_era else REORGANISATION_DATE,
                valid_to=LEGACY_END_DATE if legacy_era else None,
            )
        )

    for p in Province.iter_all():
        add(False, Level.PROVINCE, p.code, p.name, _NEW_KIND[p.division_type.value], None)
    for w in Ward.iter_all():
        add(
            False,
            Level.COMMUNE,
            w.code,
            w.name,
            _NEW_KIND[w.division_type.value],
            unit_key(legacy_era=False, level=Level.PROVINCE, code=w.province_code),
        )

    central_cities = set()
    for p in legacy.Province.iter_all():
        kind = _LEGACY_KIND[p.division_type.value]
        if kind == Kind.CENTRAL_CITY:
            central_cities.add(int(p.code))
        add(True, Level.PROVINCE, p.code, p.name, kind, None)
    for d in legacy.District.iter_all():
        kind = _LEGACY_KIND[d.division_type.value]
        if kind == Kind.PROVINCIAL_CITY and int(d.province_code) in central_cities:
            kind = Kind.CITY_OF_CITY  # Thủ Đức, Thủy Nguyên
        add(
            True,
            Level.DISTRICT,
            d.code,
            d.name,
            kind,
            unit_key(legacy_era=True, level=Level.PROVINCE, code=d.province_code),
        )
    for w in legacy.Ward.iter_all():
        add(
            True,
            Level.COMMUNE,
            w.code,
            w.name,
            _LEGACY_KIND[w.division_type.value],
            unit_key(legacy_era=True, level=Level.DISTRICT, code=w.district_code),
        )
    return rows


def _source_successions() -> list[tuple[str, str, bool]]:
    links = []
    for entry in province_conversion.OLD_TO_NEW.values():
        old = unit_key(legacy_era=True, level=Level.PROVINCE, code=entry.old_province.code)
        for new in entry.new_provinces:
            links.append(
                (
                    old,
                    unit_key(legacy_era=False, level=Level.PROVINCE, code=new.code),
                    len(entry.new_provinces) > 1,
                )
            )
    for entry in ward_conversion.OLD_TO_NEW.values():
        old = unit_key(legacy_era=True, level=Level.COMMUNE, code=entry.old_ward.code)
        for new in entry.new_wards:
            links.append(
                (
                    old,
                    unit_key(legacy_era=False, level=Level.COMMUNE, code=new.code),
                    entry.old_ward.is_partly_merged,
                )
            )
    return links


_FIELDS = (
    "code",
    "name",
    "short_name",
    "kind",
    "level",
    "valid_from",
    "valid_to",
    "parent",
    "path",
)


@transaction.atomic
def units_load() -> LoadResult:
    """Bring the Unit table in line with the vietnam-provinces data. A second run changes
    nothing; a newer package version updates names and adds what is new."""
    result = LoadResult()
    rows = _source_rows()
    by_key = {u.key: u for u in Unit.objects.all()}

    # Level by level, so that every parent exists (with its pk and path) before its children.
    for level in sorted({row.level for row in rows}):
        to_create, to_update = [], []
        for row in (r for r in rows if r.level == level):
            parent = by_key[row.parent_key] if row.parent_key else None
            values = {
                "code": row.code,
                "name": row.name,
                "short_name": short_name(row.name),
                "kind": row.kind,
                "level": int(row.level),
                "valid_from": row.valid_from,
                "valid_to": row.valid_to,
                "parent_id": parent.pk if parent else None,
                "path": f"{parent.path if parent else '/'}{row.key}/",
            }
            unit = by_key.get(row.key)
            if unit is None:
                to_create.append(Unit(key=row.key, **values))
            elif any(getattr(unit, f) != v for f, v in values.items()):
                for f, v in values.items():
                    setattr(unit, f, v)
                to_update.append(unit)
        for unit in Unit.objects.bulk_create(to_create, batch_size=2000):
            by_key[unit.key] = unit
        Unit.objects.bulk_update(to_update, _FIELDS, batch_size=500)
        result.created += len(to_create)
        result.updated += len(to_update)

    have = set(UnitSuccession.objects.values_list("old_id", "new_id"))
    links = []
    for old_key, new_key, partly in _source_successions():
        old, new = by_key.get(old_key), by_key.get(new_key)
        if old and new and (old.pk, new.pk) not in have:
            have.add((old.pk, new.pk))
            links.append(UnitSuccession(old_id=old.pk, new_id=new.pk, partly=partly))
    UnitSuccession.objects.bulk_create(links, batch_size=5000)
    result.successions_created = len(links)

    current = Unit.objects.filter(valid_to__isnull=True, offices__isnull=True)
    result.offices_created = offices_create_default(units=list(current))

    result.counts = {
        "provinces": Unit.objects.filter(level=Level.PROVINCE, valid_to__isnull=True).count(),
        "communes": Unit.objects.filter(level=Level.COMMUNE, valid_to__isnull=True).count(),
        "legacy_provinces": Unit.objects.filter(
            level=Level.PROVINCE, valid_to__isnull=False
        ).count(),
        "legacy_districts": Unit.objects.filter(level=Level.DISTRICT).count(),
        "legacy_communes": Unit.objects.filter(level=Level.COMMUNE, valid_to__isnull=False).count(),
    }
    return result


def default_offices_for(unit: Unit) -> list[tuple[str, str]]:
    if unit.level == Level.PROVINCE:
        return defaults.LEGACY_PROVINCE_OFFICES if unit.is_legacy else defaults.PROVINCE_OFFICES
    if unit.level == Level.DISTRICT:
        return defaults.DISTRICT_OFFICES
    offices = defaults.LEGACY_COMMUNE_OFFICES if unit.is_legacy else defaults.COMMUNE_OFFICES
    if unit.kind == Kind.WARD and not unit.is_legacy:
        offices = [
            ("Phòng Kinh tế, Hạ tầng và Đô thị", "KTHTĐT") if abbr == "KT" else (n, abbr)
            for n, abbr in offices
        ]
    return offices


def offices_create_default(*, units: list[Unit]) -> int:
    """Give each unit that has no office yet its default set; returns how many were made."""
    with_offices = set(
        Office.objects.filter(unit__in=units).values_list("unit_id", flat=True).distinct()
    )
    new = [
        Office(unit=unit, name=name, abbreviation=abbr, order=(i + 1) * 10)
        for unit in units
        if unit.pk not in with_offices
        for i, (name, abbr) in enumerate(default_offices_for(unit))
    ]
    Office.objects.bulk_create(new, batch_size=5000)
    return len(new)
