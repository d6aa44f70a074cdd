"""Shared by the surveys tests: a SIPAS survey of commune A, opened, and a way to answer
it as the public form would."""

from loa.surveys import services
from loa.surveys.models import Aspect, Kind


def sipas_open(unit, officer, **fields):
    survey = services.survey_from_sipas(unit=unit, by=officer, title="Khảo sát quý IV")
    for name, value in fields.items():
        setattr(survey, name, value)
    survey.save()
    return services.survey_open(survey=survey, by=officer)


def satisfied_answers(survey, level: int, field: str = "Hộ tịch") -> dict:
    """Every question answered: `field` as the procedure field, each satisfaction scale at
    `level`, the first choice elsewhere, the conditions met as their choice says."""
    answers = {}
    for q in survey.questions.prefetch_related("choices"):
        choices = list(q.choices.all())
        if q.asks_field:
            answers[q] = next(c for c in choices if c.label == field)
        elif q.kind == Kind.SCALE and q.aspect == Aspect.SATISFACTION:
            answers[q] = next(c for c in choices if c.value == level)
        elif q.kind == Kind.SINGLE:
            answers[q] = choices[0]
        elif q.kind == Kind.MULTIPLE:
            answers[q] = choices[:2]
        else:
            answers[q] = "Ý kiến của tôi"
    return answers
