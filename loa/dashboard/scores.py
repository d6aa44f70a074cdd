"""The scores beside the table: this year's and last year's stored UnitScores with their
ranks (ADR 35). A province's rows are ranked among its communes; the country's rows, the
provinces, carry the average of their communes' scores, ranked among the provinces."""

from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal

from loa.units.models import Level, Unit

from .models import UnitScore
from .scoring import rank_within

TWO_PLACES = Decimal("0.01")


def _targets_behind(part) -> bool:
    """The plan part (always a score's first) earned nothing although the plan, its
    targets and a report are there: too few targets were reached (below the rules'
    threshold)."""
    if not part or part.get("code") != "plan":
        return False
    kinds = {s["kind"] for s in part.get("sources", [])}
    earned = Decimal(str(part.get("earned", "0")))
    return earned == 0 and {"plan", "target", "report"} <= kinds


def _province_averages(year: int) -> dict[int, tuple]:
    sums, counts = defaultdict(Decimal), defaultdict(int)
    for parent_id, total in UnitScore.objects.filter(
        year=year, unit__level=Level.COMMUNE, unit__valid_to__isnull=True
    ).values_list("unit__parent_id", "total"):
        sums[parent_id] += total
        counts[parent_id] += 1
    averages = {pk: (sums[pk] / counts[pk]).quantize(TWO_PLACES, ROUND_HALF_UP) for pk in sums}
    ordered = sorted(averages.values(), reverse=True)
    return {
        pk: (value, ordered.index(value) + 1, len(ordered), False) for pk, value in averages.items()
    }


def scores_of(unit: Unit | None, year: int, *, behind: bool = True) -> dict[int, tuple]:
    """unit id → (score, rank, out of, targets far behind) for the units right below (the
    last, read from the stored parts, only when `behind`)."""
    if unit is None:
        return _province_averages(year)
    ranks = rank_within(unit, year)
    parts = (
        dict(
            # the first part only: the JSON of the other parts is not read at all
            UnitScore.objects.filter(unit_id__in=list(ranks), year=year).values_list(
                "unit_id", "parts__0"
            )
        )
        if behind
        else {}
    )
    return {
        pk: (total, rank, out_of, _targets_behind(parts.get(pk)))
        for pk, (total, rank, out_of) in ranks.items()
    }


def previous_and_current(unit: Unit | None, year: int) -> tuple[dict, dict]:
    return scores_of(unit, year - 1, behind=False), scores_of(unit, year)
