"""Ranking over stored scores: within the units right below a unit, and nationally over
the current commune-level units; equal totals share a rank."""

from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from loa.dashboard.models import UnitScore
from loa.dashboard.scoring import default_rules_for, rank_within
from loa.units.tests.factories import CommuneFactory

from .scoring_world import YEAR


def _stored(unit, total, year=YEAR):
    return UnitScore.objects.create(
        unit=unit,
        year=year,
        rules=default_rules_for(year),
        total=Decimal(total),
        parts=[],
        computed_at=timezone.now(),
    )


def test_ties_share_a_rank_within_the_province_and_nationally(tree):
    e = CommuneFactory(parent=tree["P"], short_name="Ea Kao")
    _stored(tree["A"], "1.5")
    _stored(tree["C"], "1.5")
    _stored(e, "0.75")
    _stored(tree["D"], "2")
    _stored(tree["P"], "2")  # a province is not ranked among communes
    _stored(tree["A"], "0.25", year=YEAR - 1)
    with CaptureQueriesContext(connection) as queries:
        within = rank_within(tree["P"], YEAR)
    assert len(queries) == 1
    assert within == {
        tree["A"].pk: (Decimal("1.5"), 1, 3),
        tree["C"].pk: (Decimal("1.5"), 1, 3),
        e.pk: (Decimal("0.75"), 3, 3),
    }
    national = rank_within(None, YEAR)
    assert national[tree["D"].pk] == (Decimal(2), 1, 4)
    assert national[tree["A"].pk][1:] == (2, 4) and national[e.pk][1:] == (4, 4)
    assert tree["P"].pk not in national


def test_units_that_ended_are_not_ranked(tree):
    ended = CommuneFactory(
        parent=tree["P"], valid_to=timezone.localdate().replace(year=2025, month=6, day=30)
    )
    _stored(ended, "2")
    _stored(tree["A"], "1")
    assert rank_within(tree["P"], YEAR) == {tree["A"].pk: (Decimal(1), 1, 1)}
    assert ended.pk not in rank_within(None, YEAR)
