"""A survey wave counts in the unit's activity log and in its next report's figures and
prose without anyone typing it (issue #12), through the reports' registry."""

import pytest
from django.urls import reverse

from conftest import morning
from loa.activities.models import Activity
from loa.reports.tests.factories import ReportFactory
from loa.surveys import services

from .helpers import satisfied_answers, sipas_open

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_a_closed_wave_is_in_the_log_and_the_next_report(client, offices, personas, time_machine):
    a, officer = offices["A"], personas["officer_a"]
    time_machine.move_to(morning(2026, 7, 1))
    survey = sipas_open(a, officer)
    for level in (5, 5, 4, 2):
        services.response_submit(survey=survey, answers=satisfied_answers(survey, level))
    time_machine.move_to(morning(2026, 8, 20))
    services.survey_close(survey=survey, by=officer)
    activity = Activity.objects.get(unit=a, survey=survey)
    assert activity.description == "4 phiếu khảo sát, 75 % hài lòng."

    time_machine.move_to(morning(2026, 9, 16))
    report = ReportFactory(unit=a, kind="quarter", year=2026, index=3, by=officer)
    client.force_login(officer)
    flat = " ".join(client.get(reverse("reports:detail", args=[report.pk])).text.split())
    assert "<h2>Khảo sát mức độ hài lòng của người dân, tổ chức</h2>" in flat
    assert '<th scope="row">Phiếu khảo sát thu về</th><td>4</td>' in flat
    assert (
        "Tổ chức 01 đợt khảo sát mức độ hài lòng của người dân, tổ chức đối với sự phục vụ "
        "của cơ quan hành chính với 04 phiếu; 75 % ý kiến hài lòng, rất hài lòng."
        in report.results_text
    )
