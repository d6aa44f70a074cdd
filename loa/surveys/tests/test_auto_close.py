"""A wave whose end date passes without an officer clicking "Đóng" closes itself, as the
click would: the daily run closes it, and so does the first page that shows it; it is
logged once with its sheets and the next report's figures and prose cite it."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from conftest import morning
from loa.activities.models import Activity
from loa.activities.reminders import daily_jobs_run
from loa.reports.tests.factories import ReportFactory
from loa.surveys import queries, services
from loa.surveys.models import SurveyStatus

from .helpers import satisfied_answers, sipas_open

pytestmark = pytest.mark.django_db

SAID = "Đã đóng 1 đợt khảo sát hết thời gian nhận phiếu và ghi vào nhật ký hoạt động."


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def _wave(unit, officer, time_machine, levels=(5, 5, 4, 2)):
    """A wave open from 1/7/2026 to 31/8/2026 with a sheet per level; the clock then
    stands on its last day, the wave still open."""
    time_machine.move_to(morning(2026, 7, 1))
    survey = sipas_open(unit, officer, closes_on=datetime.date(2026, 8, 31))
    for level in levels:
        services.response_submit(survey=survey, answers=satisfied_answers(survey, level))
    time_machine.move_to(morning(2026, 8, 31))
    return survey


def test_the_daily_run_closes_a_wave_past_its_end_date_once(offices, personas, time_machine):
    a, officer = offices["A"], personas["officer_a"]
    survey = _wave(a, officer, time_machine)
    draft = services.survey_from_sipas(unit=a, by=officer, title="Bản nháp")
    draft.closes_on = datetime.date(2026, 8, 1)
    draft.save()
    # its last day: still open, nothing logged
    assert SAID not in daily_jobs_run(datetime.date(2026, 8, 31))
    survey.refresh_from_db()
    assert survey.status == SurveyStatus.OPEN and not Activity.objects.exists()

    time_machine.move_to(morning(2026, 9, 1))
    assert SAID in daily_jobs_run(datetime.date(2026, 9, 1))
    survey.refresh_from_db()
    assert survey.status == SurveyStatus.CLOSED and survey.ended_on == survey.closes_on
    activity = Activity.objects.get(unit=a, survey=survey)
    assert activity.description == "4 phiếu khảo sát, 75 % hài lòng."
    assert (activity.participants, activity.quantity, activity.channel.code) == (4, 1, "other")
    assert activity.ended_on == datetime.date(2026, 8, 31)
    assert activity.created_by == officer
    # the next day's run, or a page, closes nothing twice
    assert not any("khảo sát" in line for line in daily_jobs_run(datetime.date(2026, 9, 2)))
    assert services.surveys_close_ended(unit=a) == 0
    assert Activity.objects.filter(unit=a).count() == 1
    draft.refresh_from_db()
    assert draft.status == SurveyStatus.DRAFT  # a draft never opened is not a wave


def test_the_next_report_cites_the_wave_the_daily_run_closed(
    client, offices, personas, time_machine
):
    a, officer = offices["A"], personas["officer_a"]
    _wave(a, officer, time_machine)
    time_machine.move_to(morning(2026, 9, 1))
    daily_jobs_run(datetime.date(2026, 9, 1))
    time_machine.move_to(morning(2026, 9, 16))
    report = ReportFactory(unit=a, kind="quarter", year=2026, index=3, by=officer)
    client.force_login(officer)
    flat = " ".join(client.get(reverse("reports:detail", args=[report.pk])).text.split())
    assert '<th scope="row">Phiếu khảo sát thu về</th><td>4</td>' in flat
    assert (
        "Tổ chức 01 đợt khảo sát mức độ hài lòng của người dân, tổ chức đối với sự phục vụ "
        "của cơ quan hành chính với 04 phiếu; 75 % ý kiến hài lòng, rất hài lòng."
        in report.results_text
    )


def test_a_report_drafted_before_any_daily_run_still_cites_the_ended_wave(
    offices, personas, time_machine
):
    a, officer = offices["A"], personas["officer_a"]
    survey = _wave(a, officer, time_machine)
    time_machine.move_to(morning(2026, 9, 16))
    report = ReportFactory(unit=a, kind="quarter", year=2026, index=3, by=officer)
    assert "với 04 phiếu; 75 % ý kiến hài lòng, rất hài lòng." in report.results_text
    survey.refresh_from_db()
    assert survey.status == SurveyStatus.CLOSED
    assert Activity.objects.filter(unit=a, survey=survey).count() == 1


def test_the_officers_pages_show_an_ended_wave_closed_and_logged(offices, personas, time_machine):
    a, officer = offices["A"], personas["officer_a"]
    survey = _wave(a, officer, time_machine)
    client = Client()
    client.force_login(officer)
    page = client.get(reverse("surveys:edit", args=[survey.pk]))
    assert "Trạng thái: <strong>Đang mở</strong>" in page.text  # its last day

    time_machine.move_to(morning(2026, 9, 3))
    client.force_login(officer)  # a new day, a new sign-in
    page = client.get(reverse("surveys:list", args=[a.pk]))
    assert page.status_code == 200
    survey.refresh_from_db()
    assert survey.status == SurveyStatus.CLOSED
    for name in ("surveys:edit", "surveys:results", "surveys:poster"):
        assert client.get(reverse(name, args=[survey.pk])).status_code == 200
    page = client.get(reverse("surveys:edit", args=[survey.pk]))
    assert "Trạng thái: <strong>Đã đóng</strong>" in page.text
    assert "Mở lại nhận phiếu" in page.text
    activity = Activity.objects.get(unit=a)
    assert activity.survey == survey and activity.participants == 4
    assert activity.ended_on == datetime.date(2026, 8, 31)
    period = (datetime.date(2026, 7, 1), datetime.date(2026, 9, 30))
    assert queries.figures(a, *period)["waves"] == 1


@pytest.mark.parametrize("page", ["surveys:edit", "surveys:results"])
def test_the_first_page_shown_after_the_end_date_closes_the_wave(
    offices, personas, time_machine, page
):
    a, officer = offices["A"], personas["officer_a"]
    survey = _wave(a, officer, time_machine)
    time_machine.move_to(morning(2026, 9, 1))
    client = Client()
    client.force_login(officer)
    assert client.get(reverse(page, args=[survey.pk])).status_code == 200
    survey.refresh_from_db()
    assert survey.status == SurveyStatus.CLOSED
    assert Activity.objects.get(unit=a).description == "4 phiếu khảo sát, 75 % hài lòng."


def test_the_citizens_sheet_after_the_end_date_closes_the_wave(offices, personas, time_machine):
    a, officer = offices["A"], personas["officer_a"]
    survey = _wave(a, officer, time_machine, levels=(5, 4))
    time_machine.move_to(morning(2026, 9, 1))
    page = Client().get(reverse("surveys:public", args=[a.code, survey.pk]))
    assert "Cuộc khảo sát hiện không nhận phiếu." in page.text
    survey.refresh_from_db()
    assert survey.status == SurveyStatus.CLOSED
    assert Activity.objects.get(unit=a).description == "2 phiếu khảo sát, 100 % hài lòng."
    Client().get(reverse("surveys:public", args=[a.code, survey.pk]))
    assert Activity.objects.filter(unit=a).count() == 1


def test_the_daily_command_closes_and_says_so(offices, personas, time_machine):
    survey = _wave(offices["A"], personas["officer_a"], time_machine)
    time_machine.move_to(morning(2026, 9, 1))
    out = io.StringIO()
    call_command("send_reminders", ngay="2026-09-01", stdout=out)
    assert SAID in out.getvalue()
    survey.refresh_from_db()
    assert survey.status == SurveyStatus.CLOSED and survey.activity is not None
