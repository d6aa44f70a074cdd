"""The demo's surveys: a closed wave logged in the activity log, an open one with sheets."""

from conftest import member
from loa.accounts.models import Role
from loa.activities.models import Activity
from loa.demo.seed_surveys import surveys_load
from loa.surveys import queries
from loa.surveys.models import SurveyStatus


def test_the_demo_holds_last_quarters_wave_logged_and_this_quarters_open(offices):
    unit = offices["A"]
    member(unit, Role.OFFICER, username="canbo")
    assert surveys_load(unit_key=unit.key, officer="canbo") == 2
    closed, open_ = unit.surveys.order_by("pk")
    assert closed.status == SurveyStatus.CLOSED and open_.status == SurveyStatus.OPEN
    activity = Activity.objects.get(unit=unit, survey=closed)
    assert activity.participants == 64 and activity.ended_on == closed.closes_on
    assert 70 < queries.overall_index(closed).share < 95
    assert surveys_load(unit_key=unit.key, officer="canbo") == 0
