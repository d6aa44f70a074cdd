"""The demo's contests: one closed, logged per unit and published; one open with attempts."""

from conftest import member
from loa.accounts.models import Role
from loa.activities.models import Activity
from loa.contests import queries
from loa.contests.models import ContestStatus
from loa.demo.seed_contests import contests_load


def test_the_demo_holds_a_published_contest_and_an_open_one(offices, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    province, a = offices["P"], offices["A"]
    member(province, Role.OFFICER, username="tinh")
    member(province, Role.LEADER, username="tinh.lanhdao")
    assert (
        contests_load(
            unit_key=province.key, communes=[a.key], officer="tinh", leader="tinh.lanhdao"
        )
        == 2
    )
    last, current = province.contests.order_by("pk")
    assert last.status == ContestStatus.PUBLISHED and current.status == ContestStatus.OPEN
    assert last.decision.status == "issued" and len(last.decision.prizes) == 10
    logged = Activity.objects.filter(contest_log__contest=last)
    assert logged.get(unit=province).participants == 36
    assert logged.get(unit=a).participants == len(
        [r for r in queries.ranking(last) if r.participant.unit == a]
    )
    assert current.accepts_attempts() and queries.actual_participants(current) == 9
    assert (
        contests_load(
            unit_key=province.key, communes=[a.key], officer="tinh", leader="tinh.lanhdao"
        )
        == 0
    )
