"""The satisfaction surveys of Xã Đường An (ADR 31): last quarter's SIPAS wave, closed and
logged in the activity log, and this quarter's, open with its first sheets, so the
results page and the index have something to show. Run again, adds nothing twice."""

import datetime
import random

from django.utils import timezone

from loa.accounts.models import User
from loa.surveys import services
from loa.surveys.models import Aspect, Kind
from loa.units.models import Unit

FIELDS = ["Hộ tịch"] * 5 + ["Chứng thực"] * 3 + ["Đất đai, môi trường"] * 2 + ["Xây dựng"]


def _sheet(survey, rng: random.Random) -> dict:
    """One citizen's answers: mostly satisfied, as the published SIPAS figures are."""
    answers = {}
    field = rng.choice(FIELDS)
    for q in survey.questions.prefetch_related("choices"):
        choices = list(q.choices.all())
        if q.asks_field:
            answers[q] = next(c for c in choices if c.label == field)
        elif q.kind == Kind.SCALE and q.aspect == Aspect.SATISFACTION:
            level = rng.choices([5, 4, 3, 2, 1], weights=[45, 40, 10, 4, 1])[0]
            answers[q] = next(c for c in choices if c.value == level)
        elif q.aspect == Aspect.EXPECTATION and choices:
            if rng.random() < 0.8:  # not required: some leave it
                answers[q] = rng.choice(choices)
        elif q.kind == Kind.SINGLE:
            answers[q] = choices[0] if rng.random() < 0.9 else choices[-1]
        elif q.kind == Kind.MULTIPLE:
            answers[q] = rng.sample(choices, k=rng.randint(1, 2))
    return answers


def surveys_load(*, unit_key: str, officer: str) -> int:
    """Two waves of the unit's SIPAS survey; returns how many were added."""
    unit = Unit.objects.get(key=unit_key)
    if unit.surveys.exists():
        return 0
    by = User.objects.get(username=officer)
    rng = random.Random(30)
    today = timezone.localdate()
    quarter_start = datetime.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    last_end = quarter_start - datetime.timedelta(days=1)
    last_start = datetime.date(last_end.year, 3 * ((last_end.month - 1) // 3) + 1, 1)
    waves = [
        (
            f"Khảo sát mức độ hài lòng quý {(last_start.month + 2) // 3}/{last_start.year}",
            last_start,
            last_end,
            64,
            True,
        ),
        (
            f"Khảo sát mức độ hài lòng quý {(quarter_start.month + 2) // 3}/{quarter_start.year}",
            quarter_start,
            None,
            17,
            False,
        ),
    ]
    for title, opens_on, closes_on, sheets, close in waves:
        survey = services.survey_from_sipas(unit=unit, by=by, title=title)
        survey.opens_on, survey.kiosk = opens_on, True
        survey.save(update_fields=["opens_on", "kiosk"])
        services.survey_open(survey=survey, by=by)
        for _ in range(sheets):
            services.response_submit(survey=survey, answers=_sheet(survey, rng), at_kiosk=True)
        if close:  # the wave ended with last quarter: its activity is dated so
            survey.closes_on = closes_on
            survey.save(update_fields=["closes_on"])
            services.survey_close(survey=survey, by=by)
    return len(waves)
