"""Figures of a report that come from apps above reports (the portal's citizens'
feedback), without reports importing them: each app registers a provider in its
AppConfig.ready. A provider is `(unit, start, end) -> {key: int}` over the report's own
period; its figures are stored under `figures["extras"][name]`, frozen with the rest when
the report is sent, and summed from the frozen reports in a consolidated one (ADR 11).

`labels` names each key for the report page; `sentence(values, council)` gives the line
of the drafted results (ADR 14), or "" when there is nothing to say."""

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .sums import extras_add


@dataclass(frozen=True)
class FigureSource:
    name: str
    title: str
    provider: Callable[..., dict]
    labels: dict[str, str]
    sentence: Callable[[dict, str], str]


SOURCES: dict[str, FigureSource] = {}


def register_figures(
    name: str,
    provider: Callable[..., dict],
    *,
    title: str,
    labels: dict[str, str],
    sentence: Callable[[dict, str], str],
) -> None:
    """Add a figure provider; a name registered again (a reloaded AppConfig) replaces it."""
    SOURCES[name] = FigureSource(name, title, provider, labels, sentence)


def extra_figures(unit, start: datetime.date, end: datetime.date) -> dict[str, dict]:
    return {name: dict(s.provider(unit, start, end)) for name, s in SOURCES.items()}


def sum_extras(frozen_extras: Iterable[dict | None]) -> dict[str, dict]:
    """Σ of the extras of the frozen reports below, key by key; a report sent before a
    source existed counts as zeros."""
    total = {name: dict.fromkeys(s.labels, 0) for name, s in SOURCES.items()}
    for extras in frozen_extras:
        extras_add(total, extras)
    return total


def extra_rows(figures: dict) -> list[dict]:
    """For the report page: a table per registered source, its rows in label order."""
    out = []
    for name, values in (figures.get("extras") or {}).items():
        source = SOURCES.get(name)
        if source is None:
            continue
        rows = [(label, values.get(key, 0)) for key, label in source.labels.items()]
        out.append({"title": source.title, "rows": rows})
    return out


def extra_sentences(figures: dict, council: str) -> list[str]:
    lines = []
    for name, values in (figures.get("extras") or {}).items():
        source = SOURCES.get(name)
        line = source.sentence(values, council) if source else ""
        if line:
            lines.append(line)
    return lines
