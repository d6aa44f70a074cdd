"""The tallies as they should be, counted in Python from the log: what the triggers keep
is compared with this."""

from collections import defaultdict

from loa.activities.models import Activity, AreaTally, Tally
from loa.activities.tallies import bucket_of
from loa.units.models import Unit


def _ancestors(unit_id, parents):
    chain, unit = [], unit_id
    for distance in range(3):
        if unit is None:
            break
        chain.append((unit, distance))
        unit = parents[unit]
    return chain


def recount() -> tuple[dict, dict]:
    """({(unit, distance, channel, bucket): (rows, quantity, participants, proven)},
    {(unit, distance, area, bucket): (rows, quantity)}) from the log."""
    parents = dict(Unit.objects.values_list("pk", "parent_id"))
    tallies, areas = defaultdict(lambda: [0, 0, 0, 0]), defaultdict(lambda: [0, 0])
    for activity in Activity.objects.prefetch_related("reform_areas", "evidence"):
        bucket = bucket_of(activity.started_on)
        proven = 1 if activity.evidence.all() else 0
        for unit, distance in _ancestors(activity.unit_id, parents):
            entry = tallies[unit, distance, activity.channel_id, bucket]
            for i, value in enumerate((1, activity.quantity, activity.participants or 0, proven)):
                entry[i] += value
            for area in activity.reform_areas.all():
                entry = areas[unit, distance, area.pk, bucket]
                entry[0] += 1
                entry[1] += activity.quantity
    return (
        {key: tuple(value) for key, value in tallies.items()},
        {key: tuple(value) for key, value in areas.items()},
    )


def stored() -> tuple[dict, dict]:
    """The tallies in the database, rows of nothing but zeros left out."""
    tallies = {
        (t.unit_id, t.distance, t.channel_id, t.bucket): (
            t.rows,
            t.quantity,
            t.participants,
            t.proven,
        )
        for t in Tally.objects.all()
    }
    areas = {
        (t.unit_id, t.distance, t.area_id, t.bucket): (t.rows, t.quantity)
        for t in AreaTally.objects.all()
    }
    return (
        {k: v for k, v in tallies.items() if any(v)},
        {k: v for k, v in areas.items() if any(v)},
    )
