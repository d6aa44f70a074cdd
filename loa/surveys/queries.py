"""Reads of surveys: the results of one survey (counts per choice, the SIPAS index per
factor and overall, the index by procedure field, the expectations per factor) and the
figures a report cites. Each is a handful of grouped queries, whatever the number of
answers (ADR 31)."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, Q

from .models import (
    SATISFIED_FROM,
    Answer,
    Aspect,
    Factor,
    Kind,
    Question,
    Response,
    Survey,
    SurveyStatus,
)


def vn_number(value: float) -> str:
    """86.5 → "86,5", 80.0 → "80": the decimal comma of Vietnamese documents."""
    return f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",")


def percent(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


@dataclass
class Row:
    label: str
    count: int
    share: float | None  # percent of the respondents who answered the question

    @property
    def bar(self) -> int:
        return round(3 * (self.share or 0))  # px of a 300 px chart


@dataclass
class QuestionResult:
    question: Question
    answered: int  # responses with an answer to it
    rows: list[Row] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # the latest free answers


@dataclass
class Index:
    label: str
    satisfied: int
    answers: int

    @property
    def share(self) -> float | None:
        return percent(self.satisfied, self.answers)

    @property
    def bar(self) -> int:
        return round(3 * (self.share or 0))


def _satisfaction_questions(surveys) -> dict[int, str]:
    """The questions that make the index, by pk, with their factor: satisfaction questions
    on the five-level scale. A few dozen rows; the answers are then read by question pk,
    on the (question, value) index, without joining the questions."""
    return dict(
        Question.objects.filter(survey__in=surveys, kind=Kind.SCALE, aspect=Aspect.SATISFACTION)
        .exclude(factor="")
        .values_list("pk", "factor")
    )


def _satisfaction(survey: Survey, questions: dict[int, str] | None = None):
    if questions is None:
        questions = _satisfaction_questions([survey])
    return Answer.objects.filter(question_id__in=list(questions), value__isnull=False)


def _counted(queryset) -> tuple[int, int]:
    got = queryset.aggregate(n=Count("id"), ok=Count("id", filter=Q(value__gte=SATISFIED_FROM)))
    return got["ok"], got["n"]


def _by_question(queryset, *extra: str):
    return queryset.values("question_id", *extra).annotate(
        n=Count("id"), ok=Count("id", filter=Q(value__gte=SATISFIED_FROM))
    )


def response_count(survey: Survey) -> int:
    return Response.objects.filter(survey=survey).count()


def overall_index(survey: Survey) -> Index:
    satisfied, answers = _counted(_satisfaction(survey))
    return Index("Chung", satisfied, answers)


def factor_indices(survey: Survey) -> list[Index]:
    questions = _satisfaction_questions([survey])
    got: dict[str, list[int]] = {}
    for r in _by_question(_satisfaction(survey, questions)):
        cell = got.setdefault(questions[r["question_id"]], [0, 0])
        cell[0] += r["ok"]
        cell[1] += r["n"]
    return [Index(f.label, *got.get(f.value, (0, 0))) for f in Factor]


def field_indices(survey: Survey) -> list[tuple[str, int, list[Index], Index]]:
    """The index by procedure field, per factor and overall: (field, responses, per
    factor, overall), fields with the most responses first."""
    counts = dict(
        Response.objects.filter(survey=survey)
        .values_list("procedure_field")
        .annotate(n=Count("id"))
        .values_list("procedure_field", "n")
    )
    questions = _satisfaction_questions([survey])
    cells: dict[tuple[str, str], list[int]] = {}
    for r in _by_question(_satisfaction(survey, questions), "response__procedure_field"):
        key = (r["response__procedure_field"], questions[r["question_id"]])
        cell = cells.setdefault(key, [0, 0])
        cell[0] += r["ok"]
        cell[1] += r["n"]
    table = []
    for name, responses in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        per = [Index(f.label, *cells.get((name, f.value), (0, 0))) for f in Factor]
        whole = Index("Chung", sum(i.satisfied for i in per), sum(i.answers for i in per))
        table.append((name or "Không nêu lĩnh vực", responses, per, whole))
    return table


def question_results(survey: Survey, *, texts: int = 20) -> list[QuestionResult]:
    questions = list(survey.questions.prefetch_related("choices"))
    several = [q.pk for q in questions if q.kind == Kind.MULTIPLE]
    others = [q.pk for q in questions if q.kind != Kind.MULTIPLE]
    # one answer row per sheet, but one per ticked choice for a multiple-choice question
    answered = dict(
        Answer.objects.filter(question_id__in=others)
        .values("question_id")
        .annotate(n=Count("id"))
        .values_list("question_id", "n")
    )
    answered |= dict(
        Answer.objects.filter(question_id__in=several)
        .values("question_id")
        .annotate(n=Count("response_id", distinct=True))
        .values_list("question_id", "n")
    )
    per_choice = dict(
        Answer.objects.filter(question_id__in=[q.pk for q in questions], choice__isnull=False)
        .values("choice_id")
        .annotate(n=Count("id"))
        .values_list("choice_id", "n")
    )
    results = []
    for q in questions:
        n = answered.get(q.pk, 0)
        result = QuestionResult(q, n)
        if q.has_choices:
            for c in q.choices.all():
                count = per_choice.get(c.pk, 0)
                result.rows.append(Row(c.label, count, percent(count, n)))
        else:
            result.texts = list(
                q.answers.exclude(text="").order_by("-pk").values_list("text", flat=True)[:texts]
            )
        results.append(result)
    return results


@dataclass
class Expectation:
    """What the respondents most want improved in one factor: its expectation questions'
    choices, each counted over the sheets that answered one of them."""

    label: str  # the factor
    answered: int
    rows: list[Row] = field(default_factory=list)


def factor_expectations(
    survey: Survey, results: list[QuestionResult] | None = None
) -> list[Expectation]:
    """The expectations per SIPAS factor, from the per-question results (read again unless
    given): a factor with no expectation question is left out. Choices of the same label
    in two questions of a factor are added up."""
    if results is None:
        results = question_results(survey)
    asked: dict[str, list[QuestionResult]] = {}
    for r in results:
        q = r.question
        if q.factor and q.aspect == Aspect.EXPECTATION and q.has_choices:
            asked.setdefault(q.factor, []).append(r)
    out = []
    for f in Factor:
        found = asked.get(f.value)
        if not found:
            continue
        if len(found) == 1:
            answered = found[0].answered
        else:  # a sheet answering two of them counts once
            answered = (
                Answer.objects.filter(question_id__in=[r.question.pk for r in found])
                .values("response_id")
                .distinct()
                .count()
            )
        counts: dict[str, int] = {}
        for r in found:
            for row in r.rows:
                counts[row.label] = counts.get(row.label, 0) + row.count
        rows = [Row(label, n, percent(n, answered)) for label, n in counts.items()]
        out.append(Expectation(f.label, answered, rows))
    return out


def results(survey: Survey) -> dict:
    """What the results page shows (its view and its benchmark read the same)."""
    per_question = question_results(survey)
    return {
        "responses": response_count(survey),
        "overall": overall_index(survey),
        "factors": factor_indices(survey),
        "fields": field_indices(survey),
        "expectations": factor_expectations(survey, per_question),
        "questions": per_question,
    }


def figures(unit, start: datetime.date, end: datetime.date) -> dict:
    """What a report of `unit` for [start, end] cites: the survey waves that ended in the
    period (closed, by their end date or the day they were closed if sooner), their
    answers (phiếu) and the share satisfied over all of them."""
    surveys = [
        s
        for s in Survey.objects.filter(unit=unit, status=SurveyStatus.CLOSED).order_by("pk")
        if start <= s.ended_on <= end
    ]
    responses = Response.objects.filter(survey__in=surveys).count()
    questions = _satisfaction_questions(surveys)
    satisfied, answers = _counted(
        Answer.objects.filter(question_id__in=list(questions), value__isnull=False)
    )
    return {
        "waves": len(surveys),
        "responses": responses,
        "satisfied": satisfied,
        "answers": answers,
        "satisfied_percent": percent(satisfied, answers),
        "titles": [s.title for s in surveys],
    }
