"""Who may log, read and change activities, and follow tasks and targets: the unit's
officers and leaders log; every member and the upper level read; no one else."""

import pytest

from loa.accounts.rules import may
from loa.activities.tests.factories import ActivityFactory

ON_ACTIVITY = ["activities.view_activity", "activities.change_activity"]
ON_UNIT = [
    "activities.view_activity",
    "activities.add_activity",
    "activities.track_unit",
    "activities.enter_target_value",
]
# persona → permissions held on commune A (its log) and on one activity of A
EXPECTED_ON_UNIT = {
    "officer_a": set(ON_UNIT),
    "leader_a": set(ON_UNIT),
    "admin_a": {"activities.view_activity", "activities.track_unit"},
    "supervisor_p": {"activities.view_activity", "activities.track_unit"},
    "officer_c": set(),
    "supervisor_q": set(),
}
EXPECTED_ON_ACTIVITY = {
    "officer_a": set(ON_ACTIVITY),
    "leader_a": set(ON_ACTIVITY),
    "admin_a": {"activities.view_activity"},
    "supervisor_p": {"activities.view_activity"},
    "officer_c": set(),
    "supervisor_q": set(),
}


@pytest.mark.parametrize("persona", list(EXPECTED_ON_UNIT))
def test_permissions_on_the_units_log(tree, personas, persona):
    for perm in ON_UNIT:
        expected = perm in EXPECTED_ON_UNIT[persona]
        assert may(personas[persona], perm, tree["A"]) is expected, (persona, perm)


@pytest.mark.parametrize("persona", list(EXPECTED_ON_ACTIVITY))
def test_permissions_on_an_activity(tree, personas, persona):
    activity = ActivityFactory(unit=tree["A"])
    for perm in ON_ACTIVITY:
        expected = perm in EXPECTED_ON_ACTIVITY[persona]
        assert may(personas[persona], perm, activity) is expected, (persona, perm)


def test_an_officer_of_a_commune_logs_only_for_it(tree, personas):
    assert may(personas["officer_c"], "activities.add_activity", tree["C"])
    assert not may(personas["officer_c"], "activities.add_activity", tree["A"])
    assert not may(
        personas["officer_a"], "activities.change_activity", ActivityFactory(unit=tree["C"])
    )
