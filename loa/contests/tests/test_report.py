"""A contest counts in the activity log of its organiser and of the units whose people
took part, and in the next report's figures and prose, without anyone typing it (#12)."""

import datetime

import pytest
from django.urls import reverse

from conftest import morning
from loa.activities.models import Activity
from loa.contests import services
from loa.reports.tests.factories import ReportFactory

from .helpers import contest_open
from .test_organiser_pages import take

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_a_closed_contest_is_in_the_logs_and_the_next_report(
    client, offices, personas, province_officer, time_machine
):
    p, a, c = offices["P"], offices["A"], offices["C"]
    time_machine.move_to(morning(2026, 7, 1))
    contest = contest_open(p, province_officer, opens_at=morning(2026, 7, 1))
    take(contest, a, "0900000001", right=3, prediction=3, seconds=60)
    take(contest, a, "0900000002", right=2, prediction=3, seconds=60)
    take(contest, c, "0900000003", right=1, prediction=3, seconds=60)
    time_machine.move_to(morning(2026, 8, 20))
    services.contest_close(contest=contest, by=province_officer)

    logged = {x.unit: x for x in Activity.objects.filter(channel__code="online_contest")}
    assert {u: x.participants for u, x in logged.items()} == {p: 3, a: 2, c: 1}
    assert logged[p].started_on == datetime.date(2026, 7, 1)
    assert logged[p].ended_on == datetime.date(2026, 8, 20)

    # reopened, one more, closed again: the same activities, updated
    services.contest_open(contest=contest, by=province_officer)
    take(contest, c, "0900000004", right=1, prediction=3, seconds=60)
    services.contest_close(contest=contest, by=province_officer)
    again = {x.unit: x for x in Activity.objects.filter(channel__code="online_contest")}
    assert {u: x.participants for u, x in again.items()} == {p: 4, a: 2, c: 2}
    assert {x.pk for x in again.values()} == {x.pk for x in logged.values()}

    officer = personas["officer_a"]
    client.force_login(officer)
    log = client.get(reverse("activities:index")).text
    assert "Cuộc thi tìm hiểu trực tuyến: Tìm hiểu CCHC năm 2026" in log

    time_machine.move_to(morning(2026, 9, 16))
    report = ReportFactory(unit=p, kind="quarter", year=2026, index=3, by=province_officer)
    client.force_login(province_officer)
    flat = " ".join(client.get(reverse("reports:detail", args=[report.pk])).text.split())
    assert "<h2>Cuộc thi tìm hiểu trực tuyến về cải cách hành chính</h2>" in flat
    assert '<th scope="row">Người tham gia</th><td>4</td>' in flat
    assert (
        "Tổ chức 01 cuộc thi tìm hiểu trực tuyến về cải cách hành chính với 04 người tham "
        "gia, 04 lượt thi." in report.results_text
    )
