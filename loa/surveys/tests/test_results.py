"""The results page, its Excel twin, and the figures a report cites."""

import datetime
import io

import openpyxl
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from loa.surveys import queries, services

from .helpers import satisfied_answers, sipas_open


def _answered(offices, personas):
    survey = sipas_open(offices["A"], personas["officer_a"])
    for level, field in [(5, "Hộ tịch"), (4, "Hộ tịch"), (2, "Chứng thực"), (5, "Chứng thực")]:
        services.response_submit(survey=survey, answers=satisfied_answers(survey, level, field))
    return survey


def test_the_officer_sees_the_index_per_factor_field_and_question(offices, personas):
    survey = _answered(offices, personas)
    client = Client()
    client.force_login(personas["officer_a"])
    page = client.get(reverse("surveys:results", args=[survey.pk]))
    text = page.text
    assert "Tổng số phiếu: <strong>4</strong>" in text
    assert "Chỉ số hài lòng chung: <strong>75,0 %</strong>" in text
    assert '<th scope="row">Hộ tịch</th><td>2</td>' in text  # two sheets in that field
    assert text.count('role="img"') == 1 + sum(1 for q in survey.questions.all() if q.has_choices)


def test_the_index_moves_with_each_answer(offices, personas):
    survey = sipas_open(offices["A"], personas["officer_a"])
    services.response_submit(survey=survey, answers=satisfied_answers(survey, 5))
    assert queries.overall_index(survey).share == 100.0
    services.response_submit(survey=survey, answers=satisfied_answers(survey, 1))
    assert queries.overall_index(survey).share == 50.0


def test_the_results_export_to_excel(offices, personas):
    survey = _answered(offices, personas)
    client = Client()
    client.force_login(personas["officer_a"])
    response = client.get(reverse("surveys:xlsx", args=[survey.pk]))
    book = openpyxl.load_workbook(io.BytesIO(response.getvalue()))
    rows = [[c.value for c in row] for row in book.active.iter_rows()]
    assert ["Chỉ số hài lòng theo yếu tố", "Chung", 27, 36, 75] in [r[:5] for r in rows]


def test_a_colleague_of_another_unit_cannot_read_the_results(offices, personas):
    survey = _answered(offices, personas)
    client = Client()
    client.force_login(personas["officer_c"])
    assert client.get(reverse("surveys:results", args=[survey.pk])).status_code == 403


def test_the_report_figures_count_the_waves_closed_in_the_period(offices, personas):
    survey = _answered(offices, personas)
    today = timezone.localdate()
    period = (today - datetime.timedelta(days=30), today)
    assert queries.figures(offices["A"], *period)["waves"] == 0  # still open
    services.survey_close(survey=survey, by=personas["officer_a"])
    figures = queries.figures(offices["A"], *period)
    assert figures == {
        "waves": 1,
        "responses": 4,
        "satisfied": 27,
        "answers": 36,
        "satisfied_percent": 75.0,
        "titles": ["Khảo sát quý IV"],
    }
    assert queries.figures(offices["C"], *period)["waves"] == 0


def test_a_wave_counts_in_the_period_of_its_end_date(offices, personas):
    survey = _answered(offices, personas)
    today = timezone.localdate()
    survey.closes_on = today - datetime.timedelta(days=40)
    survey.save()
    services.survey_close(survey=survey, by=personas["officer_a"])
    assert survey.activity.ended_on == survey.closes_on
    recent = (today - datetime.timedelta(days=30), today)
    earlier = (today - datetime.timedelta(days=60), today - datetime.timedelta(days=31))
    assert queries.figures(offices["A"], *recent)["waves"] == 0
    assert queries.figures(offices["A"], *earlier)["waves"] == 1
