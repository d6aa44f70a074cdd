"""Storing scores and saving a province's scoring rules.

Scores are stored (UnitScore) so that a ranking of 3,321 communes is one query; they are
refreshed by the daily run, when a score's page is opened, and for a whole province when
its rules change (ADR 35)."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.tasks import task
from django.utils import timezone

from loa.units.models import Level, Unit

from .criteria import rules_validate
from .models import ScoreRules, UnitScore
from .scoring import Score, province_key, rules_for, score_compute

BATCH = 200  # scores written per statement


def _row(score: Score, now: datetime.datetime) -> UnitScore:
    return UnitScore(
        unit=score.unit,
        year=score.year,
        rules=score.rules,
        total=score.total,
        parts=score.parts_json(),
        computed_at=now,
    )


def _write(rows: list[UnitScore]) -> None:
    UnitScore.objects.bulk_create(
        rows,
        update_conflicts=True,
        unique_fields=["unit", "year"],
        update_fields=["rules", "total", "parts", "computed_at"],
    )


def scores_refresh(*, units, year: int) -> int:
    """Compute and store the score of each unit for `year`; how many were stored. The
    rules are read once per province, the rows written in batches."""
    now = timezone.now()
    rules_of: dict[str, object] = {}
    rows: list[UnitScore] = []
    stored = 0
    for unit in units:
        key = province_key(unit)
        if key not in rules_of:
            rules_of[key] = rules_for(unit, year)
        rows.append(_row(score_compute(unit, year, rules=rules_of[key]), now))
        if len(rows) >= BATCH:
            _write(rows)
            stored, rows = stored + len(rows), []
    if rows:
        _write(rows)
        stored += len(rows)
    return stored


def score_store(*, score: Score) -> bool:
    """Store a score just computed when it differs from the one stored (total, parts or
    rules); whether it was written."""
    kept = UnitScore.objects.filter(unit=score.unit, year=score.year).first()
    parts = score.parts_json()
    if (
        kept is not None
        and kept.rules_id == score.rules.pk
        and kept.total == score.total
        and kept.parts == parts
    ):
        return False
    _write([_row(score, timezone.now())])
    return True


@task()
def scores_refresh_later(unit_ids: list[int], year: int) -> int:
    """scores_refresh in the background: after a province's rules change."""
    units = Unit.objects.filter(pk__in=unit_ids).order_by("pk")
    return scores_refresh(units=units.iterator(chunk_size=BATCH), year=year)


def scores_refresh_daily(today: datetime.date) -> int:
    """The daily run: this year's and last year's scores of every current unit."""
    units = Unit.objects.filter(valid_to__isnull=True).order_by("pk")
    return sum(
        scores_refresh(units=units.iterator(chunk_size=BATCH), year=year)
        for year in (today.year - 1, today.year)
    )


@transaction.atomic
def rules_save(*, unit: Unit, year: int, data: dict, note: str, by) -> ScoreRules:
    """A new version of the province's rules for `year`, checked (rules_validate); the
    versions before it stay, with the scores computed by them."""
    if unit.level != Level.PROVINCE:
        raise ValidationError("Chỉ cấp tỉnh ban hành bộ tiêu chí chấm điểm.")
    clean = rules_validate(data)
    # one save at a time per province, so two officers cannot take the same version number
    Unit.objects.select_for_update().filter(pk=unit.pk).first()
    last = ScoreRules.objects.filter(unit=unit, year=year).order_by("-version").first()
    return ScoreRules.objects.create(
        unit=unit,
        year=year,
        version=(last.version + 1) if last else 1,
        data=clean,
        note=note.strip(),
        created_by=by,
    )
