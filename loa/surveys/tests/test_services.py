"""The SIPAS template, and each wave logging itself once in the activity log."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from loa.activities.models import Activity
from loa.surveys import queries, services
from loa.surveys.models import Aspect, Factor, Kind, SurveyStatus

from .helpers import satisfied_answers, sipas_open


def test_the_sipas_template_asks_the_field_then_the_five_factors(offices, personas):
    survey = services.survey_from_sipas(unit=offices["A"], by=personas["officer_a"])
    questions = list(survey.questions.all())
    assert questions[0].asks_field and questions[0].choices.filter(label="Hộ tịch").exists()
    for factor in Factor:
        scales = [q for q in questions if q.factor == factor and q.aspect == Aspect.SATISFACTION]
        assert scales and all(q.kind == Kind.SCALE for q in scales)
        assert [c.label for c in scales[0].choices.all()][::4] == [
            "Rất không hài lòng",
            "Rất hài lòng",
        ]
    # each factor: perception, satisfaction and expectation (FACTS.md, section c); the
    # expectation closes the factor's block, a short single choice, not required
    for factor in Factor:
        block = [q for q in questions if q.factor == factor]
        assert {q.aspect for q in block} == set(Aspect)
        expected = [q for q in block if q.aspect == Aspect.EXPECTATION]
        assert len(expected) == 1 and block[-1] == expected[0]
        assert expected[0].kind == Kind.SINGLE and not expected[0].required
        assert 3 <= expected[0].choices.count() <= 4
    assert not [q for q in questions if q.aspect == Aspect.EXPECTATION and not q.factor]
    assert questions[-1].kind == Kind.LONG and not questions[-1].required
    conditional = [q for q in questions if q.show_if_id]
    assert [q.show_if.label for q in conditional] == ["Có", "Có"]
    assert survey.status == SurveyStatus.DRAFT and "An Lạc" in survey.intro


def test_an_officer_of_another_unit_cannot_build_one(offices, personas):
    with pytest.raises(PermissionDenied):
        services.survey_from_sipas(unit=offices["A"], by=personas["officer_c"])


def test_closing_logs_one_activity_and_closing_again_updates_it(offices, personas):
    officer = personas["officer_a"]
    survey = sipas_open(offices["A"], officer)
    for level in (5, 4, 2):
        services.response_submit(survey=survey, answers=satisfied_answers(survey, level))
    services.survey_close(survey=survey, by=officer)
    activity = Activity.objects.get(unit=offices["A"])
    assert activity.participants == 3 and activity.quantity == 1
    assert activity.description == "3 phiếu khảo sát, 66,7 % hài lòng."
    assert activity.channel.code == "other"

    services.survey_open(survey=survey, by=officer)
    services.response_submit(survey=survey, answers=satisfied_answers(survey, 5))
    services.survey_close(survey=survey, by=officer)
    assert Activity.objects.filter(unit=offices["A"]).count() == 1
    activity.refresh_from_db()
    assert activity.participants == 4 and activity.description.startswith("4 phiếu")


def test_a_device_answers_once_and_a_closed_survey_takes_no_answer(offices, personas):
    survey = sipas_open(offices["A"], personas["officer_a"])
    services.response_submit(survey=survey, answers=satisfied_answers(survey, 4), device="x")
    with pytest.raises(ValidationError):
        services.response_submit(survey=survey, answers=satisfied_answers(survey, 4), device="x")
    services.survey_close(survey=survey, by=personas["officer_a"])
    with pytest.raises(ValidationError):
        services.response_submit(survey=survey, answers=satisfied_answers(survey, 4))


def test_the_index_counts_satisfied_and_very_satisfied_per_factor_and_field(offices, personas):
    survey = sipas_open(offices["A"], personas["officer_a"])
    services.response_submit(survey=survey, answers=satisfied_answers(survey, 5, "Hộ tịch"))
    services.response_submit(survey=survey, answers=satisfied_answers(survey, 3, "Chứng thực"))
    overall = queries.overall_index(survey)
    assert overall.share == 50.0
    assert {i.label: i.share for i in queries.factor_indices(survey)}["Thủ tục hành chính"] == 50.0
    by_field = {row[0]: row[3].share for row in queries.field_indices(survey)}
    assert by_field == {"Chứng thực": 0.0, "Hộ tịch": 100.0}


def test_a_survey_past_its_end_date_does_not_open(offices, personas):
    import datetime

    from django.utils import timezone

    officer = personas["officer_a"]
    survey = services.survey_from_sipas(unit=offices["A"], by=officer)
    survey.closes_on = timezone.localdate() - datetime.timedelta(days=1)
    survey.save()
    with pytest.raises(ValidationError, match="Ngày kết thúc khảo sát đã qua"):
        services.survey_open(survey=survey, by=officer)
