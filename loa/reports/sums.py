"""Summing the frozen figures of sent reports: one report into a running total, one total
into another (the country merges its provinces'). Plain JSON-ready dicts in and out, so
the report services, the data migration and `reportsums_rebuild` share them (ADR 34)."""

from collections.abc import Iterable

FIGURES = ("channels", "offices", "months", "areas")
CHANNEL_KEYS = ("quantity", "participants", "rows")


def figures_empty() -> dict:
    """What `consolidated_figures` returns when no report below was sent."""
    return {part: {} for part in FIGURES}


def _add_numbers(into: dict, values: dict) -> None:
    for key, value in values.items():
        into[key] = into.get(key, 0) + value


def _add_channels(into: dict, channels: dict) -> None:
    for code, entry in channels.items():
        total = into.setdefault(code, dict.fromkeys(CHANNEL_KEYS, 0))
        for key in CHANNEL_KEYS:
            total[key] += entry.get(key, 0)


def figures_add(total: dict, frozen: dict | None, name: str) -> dict:
    """Add one sent report's frozen figures to `total`: channels, months and areas key by
    key, and the report's own total under its unit's `name` in "offices" (the per-unit
    table: two units of one name share a line)."""
    frozen = frozen or {}
    channels = frozen.get("channels") or {}
    _add_channels(total["channels"], channels)
    for part in ("months", "areas"):
        _add_numbers(total[part], frozen.get(part) or {})
    _add_numbers(total["offices"], {name: sum(e.get("quantity", 0) for e in channels.values())})
    return total


def figures_merge(total: dict, other: dict) -> dict:
    """Add `other`, a total made by `figures_add`, to `total`."""
    _add_channels(total["channels"], other.get("channels") or {})
    for part in ("offices", "months", "areas"):
        _add_numbers(total[part], other.get(part) or {})
    return total


def extras_add(total: dict, extras: dict | None) -> dict:
    """Add one report's extras (figures of the apps above reports) to `total`, key by key;
    what is not a number is not summed."""
    for name, values in (extras or {}).items():
        into = total.setdefault(name, {})
        for key, value in values.items():
            if isinstance(value, int):
                into[key] = into.get(key, 0) + value
    return total


def sums_of(rows: Iterable[tuple]) -> dict[tuple, dict]:
    """(parent id, kind, year, index, frozen, unit name) of sent reports → for each
    (parent id, kind, year, index): its figures, extras and number of reports."""
    sums: dict[tuple, dict] = {}
    for parent_id, kind, year, index, frozen, name in rows:
        into = sums.setdefault(
            (parent_id, kind, year, index),
            {"figures": figures_empty(), "extras": {}, "reports": 0},
        )
        figures_add(into["figures"], frozen, name)
        extras_add(into["extras"], (frozen or {}).get("extras"))
        into["reports"] += 1
    return sums
