"""The tallies' live figures (loa/activities/tallies.py) equal the log's sums that reports
print (log_figures), for a commune, a province's communes and the country, after each kind
of write to the log."""

import datetime

import pytest
from django.db.models import F

from loa.activities.models import Activity, Evidence
from loa.activities.tallies import live_figures
from loa.activities.tests.factories import ActivityFactory
from loa.plans.models import Channel, ReformArea
from loa.reports.figures import log_figures

D = datetime.date
PERIOD = (D(2025, 12, 15), D(2026, 12, 14))


def _without_proven(live: dict) -> dict:
    return {
        "channels": {
            code: {k: v for k, v in entry.items() if k != "proven"}
            for code, entry in live["channels"].items()
        },
        "months": live["months"],
        "areas": live["areas"],
    }


def _log(figures: dict) -> dict:
    return {key: figures[key] for key in ("channels", "months", "areas")}


def assert_same(tree):
    start, end = PERIOD
    assert _without_proven(live_figures(tree["A"], start, end)) == _log(
        log_figures([tree["A"].pk], start, end)
    )
    assert _without_proven(live_figures(tree["P"], start, end, below_only=True)) == _log(
        log_figures(None, start, end, parent=tree["P"])
    )
    assert _without_proven(live_figures(None, start, end)) == _log(log_figures(None, start, end))


@pytest.fixture
def log(tree):
    channels = list(Channel.objects.order_by("pk")[:3])
    areas = list(ReformArea.objects.order_by("pk")[:3])
    made = [
        ActivityFactory(
            unit=tree[unit],
            channel=channels[i % 3],
            started_on=day,
            quantity=i + 1,
            participants=10 * i or None,
            reform_areas=areas[: i % 3],
        )
        for i, (unit, day) in enumerate(
            [
                ("A", D(2025, 12, 15)),
                ("A", D(2026, 3, 14)),
                ("C", D(2026, 3, 15)),
                ("D", D(2026, 12, 14)),
                ("P", D(2026, 6, 1)),
                ("A", D(2025, 12, 14)),  # the day before the period
                ("C", D(2026, 12, 15)),  # the day after
            ]
        )
    ]
    return {"activities": made, "channels": channels, "areas": areas}


def test_live_figures_equal_the_log_after_create(tree, log):
    assert_same(tree)
    live = live_figures(tree["P"], *PERIOD)
    assert live["grid"]["03"] == {log["channels"][1].code: 1, log["channels"][2].code: 1}


def test_live_figures_equal_the_log_after_edit_and_delete(tree, log):
    first, second, *_ = log["activities"]
    first.quantity, first.started_on, first.unit = 9, D(2026, 7, 20), tree["C"]
    first.save()
    assert_same(tree)
    Activity.objects.filter(unit=tree["C"]).update(participants=F("quantity") * 2)
    assert_same(tree)
    second.delete()
    Activity.objects.filter(unit=tree["D"]).delete()
    assert_same(tree)


def test_live_figures_equal_the_log_after_import(tree, log):
    made = Activity.objects.bulk_create(
        Activity(unit=tree[u], channel=log["channels"][0], title="Nhập", started_on=day)
        for u, day in (("A", D(2026, 1, 31)), ("C", D(2026, 2, 1)), ("D", D(2026, 2, 28)))
    )
    Activity.reform_areas.through.objects.bulk_create(
        Activity.reform_areas.through(activity_id=a.pk, reformarea_id=log["areas"][2].pk)
        for a in made
    )
    assert_same(tree)


def test_live_figures_equal_the_log_after_areas_and_evidence_change(tree, log):
    first = log["activities"][0]
    first.reform_areas.set(log["areas"][1:])
    log["activities"][2].reform_areas.clear()
    assert_same(tree)
    Evidence.objects.create(
        activity=first, file="minh-chung/a.pdf", original_name="a.pdf", content_type="x", size=1
    )
    code = first.channel.code
    assert live_figures(None, *PERIOD)["channels"][code]["proven"] == 1
    first.evidence.all().delete()
    assert live_figures(None, *PERIOD)["channels"][code]["proven"] == 0
    assert_same(tree)
