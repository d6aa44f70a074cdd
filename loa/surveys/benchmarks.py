"""A survey's results over 100,000 answers (issue #12: the results page in ≤ 200 ms). It
prints one line of this form (the figures measured are in ADR 31):

    survey_results_100k_ms: <median ms> (target ≤ 200 ms) OK

The SIPAS survey of the first commune is answered by as many sheets as it takes to make
`answers` answer rows (about 20 per sheet), inserted in bulk, then the results page's
reads and its template are timed together (the median of a few runs after one that warms
the caches). Everything happens in a transaction that is rolled back: the benchmark
database keeps nothing. Meant to be called by `manage.py bench` as the other apps'
benchmarks are: `loa.surveys.benchmarks.run(stdout)`."""

import random
import statistics
import time

from django.db import connection, transaction
from django.template.loader import render_to_string
from django.test import RequestFactory

from loa.accounts.models import Membership, Role, User
from loa.units.models import Level, Unit

from . import queries, services
from .models import Answer, Kind, Response

ANSWERS = 100_000
TARGET_MS = 200


class _Rollback(Exception):
    pass


def _fill(survey, answers: int) -> int:
    questions = list(survey.questions.prefetch_related("choices"))
    rng = random.Random(12)
    made = 0
    while made < answers:
        sheets = Response.objects.bulk_create(
            Response(
                survey=survey,
                procedure_field=rng.choice(["Hộ tịch", "Chứng thực", "Đất đai, môi trường"]),
            )
            for _ in range(500)
        )
        rows = []
        for sheet in sheets:
            for q in questions:
                choices = list(q.choices.all())
                if choices:
                    picked = rng.choice(choices[2:] if q.kind == Kind.SCALE else choices)
                    rows.append(
                        Answer(response=sheet, question=q, choice=picked, value=picked.value)
                    )
                elif rng.random() < 0.2:
                    rows.append(Answer(response=sheet, question=q, text="Ý kiến góp ý."))
        Answer.objects.bulk_create(rows, batch_size=5000)
        made += len(rows)
    return made


def results_page(survey) -> str:
    request = RequestFactory().get("/")
    context = {"unit": survey.unit, "survey": survey, **queries.results(survey)}
    return render_to_string("surveys/survey_results.html", context, request=request)


def measure(answers: int = ANSWERS, runs: int = 5) -> tuple[int, float]:
    """(answer rows made, median milliseconds of the results page), nothing kept."""
    got = {}
    try:
        with transaction.atomic():
            unit = Unit.objects.filter(level=Level.COMMUNE).order_by("pk").first()
            by = User.objects.create(username="bench-khao-sat", full_name="Đo tốc độ")
            Membership.objects.create(user=by, unit=unit, role=Role.OFFICER)
            survey = services.survey_open(
                survey=services.survey_from_sipas(unit=unit, by=by), by=by
            )
            got["answers"] = _fill(survey, answers)
            # the planner's statistics, as autovacuum keeps them for a table that grew over
            # weeks; without it a table filled in this very transaction still looks empty
            # and the cross-tab by field is planned as a nested loop (13 s instead of 25 ms)
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE surveys_answer")
                cursor.execute("ANALYZE surveys_response")
            results_page(survey)
            times = []
            for _ in range(runs):
                started = time.perf_counter()
                results_page(survey)
                times.append((time.perf_counter() - started) * 1000)
            got["ms"] = statistics.median(times)
            raise _Rollback
    except _Rollback:
        pass
    return got["answers"], got["ms"]


def run(stdout, answers: int = ANSWERS) -> None:
    if not Unit.objects.filter(level=Level.COMMUNE).exists():
        stdout.write("survey_results_100k_ms: skipped (no commune loaded)\n")
        return
    made, ms = measure(answers)
    ok = ms <= TARGET_MS
    stdout.write(
        f"survey_results_100k_ms: {ms:.0f} (target ≤ {TARGET_MS} ms) {'OK' if ok else 'MISS'}"
        + ("" if made >= ANSWERS else f" [{made} answers only]")
        + "\n"
    )
