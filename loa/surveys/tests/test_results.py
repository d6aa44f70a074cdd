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


def test_the_expectations_are_counted_per_factor(offices, personas):
    survey = sipas_open(offices["A"], personas["officer_a"])
    expect = {
        q.factor: list(q.choices.all()) for q in survey.questions.filter(aspect="expectation")
    }
    for pick in (0, 0, 1):
        answers = satisfied_answers(survey, 5)
        for q in survey.questions.filter(aspect="expectation"):
            answers[q] = expect[q.factor][pick]
        services.response_submit(survey=survey, answers=answers)
    skipped = satisfied_answers(survey, 4)  # the expectations are not required
    for q in list(skipped):
        if q.aspect == "expectation":
            del skipped[q]
    services.response_submit(survey=survey, answers=skipped)
    got = {e.label: e for e in queries.factor_expectations(survey)}
    assert list(got) == [
        "Tiếp cận dịch vụ",
        "Thủ tục hành chính",
        "Công chức giải quyết công việc",
        "Kết quả giải quyết công việc",
        "Tiếp nhận, xử lý ý kiến góp ý, phản ánh, kiến nghị",
    ]
    procedure = got["Thủ tục hành chính"]
    assert procedure.answered == 3
    assert [(r.label, r.count, r.share) for r in procedure.rows] == [
        ("Niêm yết, hướng dẫn thủ tục rõ ràng, dễ hiểu hơn", 2, 66.7),
        ("Giảm thành phần hồ sơ, giấy tờ phải nộp", 1, 33.3),
        ("Rút ngắn thời hạn giải quyết", 0, 0.0),
        ("Giảm phí, lệ phí", 0, 0.0),
    ]
    # the index is untouched by the expectations: 4 sheets × 9 satisfaction questions
    assert queries.overall_index(survey).answers == 36

    client = Client()
    client.force_login(personas["officer_a"])
    flat = " ".join(client.get(reverse("surveys:results", args=[survey.pk])).text.split())
    assert "Mong đợi của người dân, tổ chức theo yếu tố" in flat
    assert (
        "<caption>Thủ tục hành chính: nội dung mong muốn được ưu tiên cải thiện "
        "(3 phiếu trả lời)</caption>" in flat
    )
    assert (
        '<th scope="row">Niêm yết, hướng dẫn thủ tục rõ ràng, dễ hiểu hơn</th><td>2</td>'
        "<td>66,7</td>" in flat
    )
    response = client.get(reverse("surveys:xlsx", args=[survey.pk]))
    book = openpyxl.load_workbook(io.BytesIO(response.getvalue()))
    rows = [[c.value for c in row][:5] for row in book.active.iter_rows()]
    assert [
        "Mong đợi: Thủ tục hành chính",
        "Niêm yết, hướng dẫn thủ tục rõ ràng, dễ hiểu hơn",
        2,
        3,
        66.7,
    ] in rows


def test_two_expectation_questions_of_a_factor_count_a_sheet_once(offices, personas):
    from loa.surveys.models import Kind, Question

    officer = personas["officer_a"]
    survey = services.survey_from_sipas(unit=offices["A"], by=officer)
    extra = services.question_save(
        question=Question(
            survey=survey,
            kind=Kind.SINGLE,
            text="Ông/Bà mong muốn thêm điều gì về chỗ ngồi chờ?",
            factor="access",
            aspect="expectation",
            required=False,
        ),
        labels=["Thêm ghế", "Có quạt, điều hòa"],
        by=officer,
    )
    services.survey_open(survey=survey, by=officer)
    answers = satisfied_answers(survey, 5)
    services.response_submit(survey=survey, answers=answers)  # both access questions
    del answers[extra]
    services.response_submit(survey=survey, answers=answers)  # the template's only
    access = queries.factor_expectations(survey)[0]
    assert access.label == "Tiếp cận dịch vụ" and access.answered == 2
    assert {r.label: r.count for r in access.rows}["Thêm ghế"] == 1
