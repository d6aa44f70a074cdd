"""The tallies stay equal to a recount of the log after every kind of write, made by the
triggers of migration 0003 in the database itself (ADR 0033)."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.db import transaction
from django.db.models import F
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loa.activities.models import Activity, Evidence, Tally
from loa.activities.tallies import (
    bucket_of,
    figures_by_unit,
    live_figures,
    tallies_rebuild,
    totals_by_unit,
)
from loa.activities.tests.factories import ActivityFactory
from loa.activities.tests.tallies_recount import recount, stored
from loa.plans.models import Channel, ReformArea
from loa.units.models import Kind, Level
from loa.units.tests.factories import ProvinceFactory, UnitFactory

D = datetime.date
YEAR = (D(2025, 12, 15), D(2026, 12, 14))


def _evidence(activity, name="bien-ban.pdf"):
    return Evidence.objects.create(
        activity=activity,
        file=f"minh-chung/{name}",
        original_name=name,
        content_type="application/pdf",
        size=1,
    )


def assert_exact():
    assert stored() == recount()


@pytest.fixture
def catalogue(db):
    return {
        "channels": list(Channel.objects.order_by("pk")[:4]),
        "areas": list(ReformArea.objects.order_by("pk")[:3]),
    }


@pytest.fixture
def legacy(tree):
    """A three-level branch beside the tree: province L, district H, commune X."""
    province = ProvinceFactory(short_name="Hà Tây")
    district = UnitFactory(
        parent=province, level=Level.DISTRICT, kind=Kind.RURAL_DISTRICT, short_name="Ba Vì"
    )
    commune = UnitFactory(parent=district, short_name="Tản Lĩnh")
    return {**tree, "L": province, "H": district, "X": commune}


def test_bucket_of_halves_each_month():
    assert bucket_of(D(2026, 3, 1)) == D(2026, 3, 1)
    assert bucket_of(D(2026, 3, 14)) == D(2026, 3, 1)
    assert bucket_of(D(2026, 3, 15)) == D(2026, 3, 15)
    assert bucket_of(D(2026, 2, 28)) == D(2026, 2, 15)


def test_an_activity_counts_at_its_unit_parent_and_grandparent(legacy, catalogue):
    radio = catalogue["channels"][0]
    ActivityFactory(
        unit=legacy["X"], channel=radio, started_on=D(2026, 3, 20), quantity=3, participants=40
    )
    got = {
        (t.unit_id, t.distance): (t.bucket, t.rows, t.quantity, t.participants)
        for t in Tally.objects.all()
    }
    row = (D(2026, 3, 15), 1, 3, 40)
    assert got == {(legacy["X"].pk, 0): row, (legacy["H"].pk, 1): row, (legacy["L"].pk, 2): row}


def test_create_edit_delete_stay_exact(legacy, catalogue):
    radio, web, *_ = catalogue["channels"]
    one, two, _ = catalogue["areas"]
    activity = ActivityFactory(
        unit=legacy["A"], channel=radio, started_on=D(2026, 1, 14), reform_areas=[one, two]
    )
    assert_exact()
    activity.unit, activity.channel, activity.started_on = legacy["X"], web, D(2026, 1, 15)
    activity.quantity, activity.participants = 7, 12
    activity.save()
    assert_exact()
    Activity.objects.filter(pk=activity.pk).update(quantity=F("quantity") + 1)
    assert_exact()
    activity.delete()
    assert_exact()
    assert not Tally.objects.exclude(rows=0).exists()


def test_bulk_import_with_areas_stays_exact(legacy, catalogue):
    radio = catalogue["channels"][0]
    one, two, three = catalogue["areas"]
    made = Activity.objects.bulk_create(
        Activity(unit=legacy[u], channel=radio, title="Nhập từ Excel", started_on=D(2026, 5, d))
        for u, d in (("A", 3), ("C", 17), ("D", 31), ("X", 14))
    )
    Activity.reform_areas.through.objects.bulk_create(
        Activity.reform_areas.through(activity_id=a.pk, reformarea_id=area.pk)
        for a in made
        for area in (one, two)
    )
    assert_exact()
    made[0].reform_areas.set([three])
    assert_exact()
    Activity.objects.filter(pk__in=[a.pk for a in made]).delete()
    assert_exact()


def test_evidence_counts_an_activity_proven_once(tree, catalogue):
    activity = ActivityFactory(unit=tree["A"], channel=catalogue["channels"][0])
    first, second = _evidence(activity), _evidence(activity, "anh.pdf")
    assert Tally.objects.get(unit=tree["A"], distance=0).proven == 1
    assert_exact()
    first.delete()
    assert Tally.objects.get(unit=tree["P"], distance=1).proven == 1
    second.delete()
    assert Tally.objects.get(unit=tree["P"], distance=1).proven == 0
    _evidence(activity), _evidence(activity)
    # one statement deletes both files: the count falls once, not twice
    Evidence.objects.filter(activity=activity).delete()
    assert_exact()


def test_deleting_a_proven_activity_with_areas_leaves_nothing(tree, catalogue):
    activity = ActivityFactory(
        unit=tree["C"], channel=catalogue["channels"][1], reform_areas=catalogue["areas"]
    )
    _evidence(activity)
    activity.delete()  # Django deletes the files and the links first
    assert stored() == ({}, {})


def test_moving_a_unit_moves_its_subtree(legacy, catalogue):
    radio = catalogue["channels"][0]
    ActivityFactory(unit=legacy["X"], channel=radio, reform_areas=catalogue["areas"][:1])
    ActivityFactory(unit=legacy["H"], channel=radio)
    ActivityFactory(unit=legacy["A"], channel=radio)
    for unit, parent in (("H", "P"), ("A", "Q"), ("X", "L"), ("X", "H"), ("A", None)):
        legacy[unit].parent = legacy[parent] if parent else None
        legacy[unit].save(update_fields=["parent"])
        assert_exact()


def test_rebuild_counts_what_the_triggers_counted(legacy, catalogue):
    for unit in ("A", "X", "D"):
        activity = ActivityFactory(
            unit=legacy[unit], channel=catalogue["channels"][2], reform_areas=catalogue["areas"]
        )
        _evidence(activity)
    before = stored()
    tallies_rebuild()
    assert stored() == before == recount()


def test_periods_must_be_whole_buckets(tree):
    with pytest.raises(ValueError):
        live_figures(tree["P"], D(2026, 1, 2), D(2026, 1, 14))
    with pytest.raises(ValueError):
        figures_by_unit([tree["P"].pk], D(2026, 1, 1), D(2026, 1, 30))
    assert live_figures(None, D(2026, 2, 15), D(2026, 2, 28))["channels"] == {}


def test_figures_by_unit_sum_each_subtree(legacy, catalogue):
    radio, web = catalogue["channels"][:2]
    ActivityFactory(unit=legacy["A"], channel=radio, started_on=D(2026, 1, 5), quantity=2)
    proven = ActivityFactory(unit=legacy["C"], channel=web, started_on=D(2026, 2, 20))
    _evidence(proven)
    ActivityFactory(unit=legacy["C"], channel=web, started_on=D(2027, 1, 5))  # outside
    got = figures_by_unit([legacy["P"].pk, legacy["A"].pk, legacy["Q"].pk], *YEAR)
    assert got[legacy["Q"].pk]["rows"] == 0 and got[legacy["Q"].pk]["channels"] == {}
    p = got[legacy["P"].pk]
    assert (p["rows"], p["quantity"], p["proven"]) == (2, 3, 1)
    kinds = {"online": 0, "traditional": 0}
    kinds[radio.kind] += 1
    kinds[web.kind] += 1
    assert {"online": p["online"], "traditional": p["traditional"]} == kinds
    assert p["months"] == {"01": 1, "02": 1}
    assert p["channels"][web.code] == {"rows": 1, "quantity": 1, "participants": 0, "proven": 1}
    assert got[legacy["A"].pk]["channels"] == {
        radio.code: {"rows": 1, "quantity": 2, "participants": 0, "proven": 0}
    }
    # the tables' read: the same sums without channels and months
    totals = totals_by_unit([legacy["P"].pk, legacy["A"].pk, legacy["Q"].pk], *YEAR)
    for pk, figures in got.items():
        assert totals[pk] == {k: v for k, v in figures.items() if k not in ("channels", "months")}


# --- any sequence of writes ------------------------------------------------------------

UNITS = ("P", "Q", "A", "C", "D", "L", "H", "X")
MOVES = {"A": ("P", "Q"), "C": ("P", "Q"), "H": ("L", "P"), "X": ("H", "L", "C")}
days = st.dates(D(2025, 12, 1), D(2026, 2, 28))
writes = st.one_of(
    st.tuples(
        st.just("create"),
        st.sampled_from(UNITS),
        st.integers(0, 3),
        days,
        st.integers(0, 5),
        st.none() | st.integers(0, 50),
        st.sets(st.integers(0, 2)),
    ),
    st.tuples(st.just("bulk"), st.lists(st.tuples(st.sampled_from(UNITS), days), max_size=4)),
    st.tuples(
        st.just("edit"),
        st.integers(0, 20),
        st.sampled_from(UNITS),
        st.integers(0, 3),
        days,
        st.integers(0, 5),
    ),
    st.tuples(
        st.just("edit_counts"), st.integers(0, 20), st.integers(0, 5), st.none() | st.integers(0, 9)
    ),
    st.tuples(st.just("update_all"), st.integers(1, 3)),
    st.tuples(st.just("areas"), st.integers(0, 20), st.sets(st.integers(0, 2))),
    st.tuples(st.just("evidence_add"), st.integers(0, 20)),
    st.tuples(st.just("evidence_remove"), st.integers(0, 20), st.booleans()),
    st.tuples(st.just("delete"), st.integers(0, 20), st.booleans()),
    st.tuples(
        st.just("move"),
        st.sampled_from(sorted(MOVES)),
        st.integers(0, 2),
    ),
)


def _apply(write, units, catalogue):
    kind, *args = write
    channels, areas = catalogue["channels"], catalogue["areas"]
    activities = list(Activity.objects.order_by("pk"))
    picks = kind in ("edit", "edit_counts", "areas", "evidence_add", "evidence_remove", "delete")
    pick = activities[args[0] % len(activities)] if activities and picks else None
    if kind == "create":
        unit, channel, day, quantity, participants, chosen = args
        ActivityFactory(
            unit=units[unit],
            channel=channels[channel],
            started_on=day,
            quantity=quantity,
            participants=participants,
            reform_areas=[areas[i] for i in chosen],
        )
    elif kind == "bulk":
        made = Activity.objects.bulk_create(
            Activity(unit=units[u], channel=channels[0], title="Nhập", started_on=day)
            for u, day in args[0]
        )
        Activity.reform_areas.through.objects.bulk_create(
            Activity.reform_areas.through(activity_id=a.pk, reformarea_id=areas[0].pk) for a in made
        )
    elif kind == "update_all":
        Activity.objects.update(quantity=F("quantity") + args[0])
    elif kind == "move":
        unit = units[args[0]]
        unit.parent = units[MOVES[args[0]][args[1] % len(MOVES[args[0]])]]
        unit.save(update_fields=["parent"])
    elif pick is None:
        return
    elif kind == "edit":
        _, unit, channel, day, quantity = args
        pick.unit, pick.channel, pick.started_on = units[unit], channels[channel], day
        pick.quantity = quantity
        pick.save()
    elif kind == "edit_counts":
        pick.quantity, pick.participants = args[1], args[2]
        pick.save()
    elif kind == "areas":
        pick.reform_areas.set([areas[i] for i in args[1]])
    elif kind == "evidence_add":
        _evidence(pick)
    elif kind == "evidence_remove":
        files = Evidence.objects.filter(activity=pick)
        if args[1]:
            files.delete()
        elif first := files.first():
            first.delete()
    elif kind == "delete":
        if args[1]:
            Activity.objects.filter(pk=pick.pk).delete()
        else:
            pick.delete()


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(writes, min_size=1, max_size=12))
def test_any_writes_leave_the_tallies_equal_to_a_recount(legacy, catalogue, sequence):
    units = legacy
    try:
        with transaction.atomic():
            for unit in units.values():
                unit.refresh_from_db()
            for write in sequence:
                _apply(write, units, catalogue)
                assert stored() == recount(), write
            raise _Undo
    except _Undo:
        pass


class _Undo(Exception):
    """Rolls one example back, so that the next starts from the same tree."""


def test_the_rebuild_command_repairs_tallies_written_around(tree, catalogue):
    ActivityFactory(unit=tree["A"], channel=catalogue["channels"][0], quantity=4)
    Tally.objects.update(quantity=0)
    call_command("tallies_rebuild", stdout=io.StringIO())
    assert_exact()
