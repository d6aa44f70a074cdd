"""Workflows of surveys (ADR 31): build one (empty or from the SIPAS template), edit its
questions, open and close it, take a citizen's answers. Closing a wave logs one activity
for the unit with its number of answers; closing it again updates that same activity. A
wave whose end date has passed closes itself the same way (the daily run, or the first
page that shows it)."""

import hashlib
import secrets

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone

from loa.accounts.rules import denied_message, may
from loa.activities.models import Activity
from loa.core.mail import site_url
from loa.plans.models import Channel, ReformArea
from loa.portal.caching import public_pages_changed

from . import queries, sipas
from .models import SCALE_LABELS, Answer, Choice, Kind, Question, Response, Survey, SurveyStatus

# No channel of the catalogue is a survey; "other" (Hình thức khác, counted in "lần") is
# the honest one until the catalogue gets its own (ADR 31).
CHANNEL = "other"
REFORM_AREA = "procedures"


ANSWERED = "Thiết bị này đã gửi phiếu cho cuộc khảo sát. Xin cảm ơn Ông/Bà."


def _require(user, perm: str, obj) -> None:
    if not may(user, perm, obj):
        raise PermissionDenied(denied_message(perm))


def device_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def survey_create(*, unit, by, title: str, intro: str = "") -> Survey:
    _require(by, "surveys.manage_survey", unit)
    return Survey.objects.create(unit=unit, title=title.strip(), intro=intro, created_by=by)


def _next_order(survey: Survey) -> int:
    return (survey.questions.aggregate(m=Max("order"))["m"] or 0) + 10


def choices_set(*, question: Question, labels: list[str]) -> None:
    """The question's choices: the five levels for a scale, `labels` for a choice list,
    none for a text question. Kept as they are when unchanged (a condition may name one)."""
    if question.kind == Kind.SCALE:
        wanted = [(label, i + 1) for i, label in enumerate(SCALE_LABELS)]
    elif question.kind in (Kind.SINGLE, Kind.MULTIPLE):
        wanted = [(label, None) for label in labels]
    else:
        wanted = []
    current = list(question.choices.all())
    if [(c.label, c.value) for c in current] == wanted:
        return
    question.choices.all().delete()
    Choice.objects.bulk_create(
        Choice(question=question, order=(i + 1) * 10, label=label, value=value)
        for i, (label, value) in enumerate(wanted)
    )


@transaction.atomic
def question_save(*, question: Question, labels: list[str], by) -> Question:
    _require(by, "surveys.edit_questions", question.survey)
    if question.kind in (Kind.SINGLE, Kind.MULTIPLE) and len(labels) < 2:
        raise ValidationError("Câu hỏi lựa chọn cần ít nhất hai lựa chọn, mỗi dòng một lựa chọn.")
    if question.pk is None:
        question.order = _next_order(question.survey)
    question.save()
    choices_set(question=question, labels=labels)
    return question


@transaction.atomic
def question_delete(*, question: Question, by) -> None:
    _require(by, "surveys.edit_questions", question.survey)
    question.delete()


@transaction.atomic
def question_move(*, question: Question, up: bool, by) -> None:
    """Swap the question with its neighbour above (or below); numbering starts afresh."""
    _require(by, "surveys.edit_questions", question.survey)
    questions = list(question.survey.questions.all())
    i = questions.index(question)
    j = i - 1 if up else i + 1
    if 0 <= j < len(questions):
        questions[i], questions[j] = questions[j], questions[i]
    for n, q in enumerate(questions):
        q.order = (n + 1) * 10
    Question.objects.bulk_update(questions, ["order"])


@transaction.atomic
def survey_from_sipas(*, unit, by, title: str = "") -> Survey:
    """A survey ready to open: the SIPAS template (loa/surveys/sipas.py)."""
    survey = survey_create(
        unit=unit,
        by=by,
        title=title
        or f"Khảo sát mức độ hài lòng của người dân, tổ chức năm {timezone.localdate().year}",
        intro=sipas.INTRO.format(unit=unit.name),
    )

    def add(kind, text, labels=(), **fields) -> Question:
        question = Question.objects.create(
            survey=survey, order=_next_order(survey), kind=kind, text=text, **fields
        )
        choices_set(question=question, labels=list(labels))
        return question

    add(Kind.SINGLE, sipas.FIELD_QUESTION, sipas.FIELDS, asks_field=True)
    made: dict[str, Question] = {}
    for factor, aspect, kind, text, labels, required, *condition in sipas.QUESTIONS:
        show_if = None
        if condition:
            _, earlier, label = condition[0]
            show_if = made[earlier].choices.get(label=label)
        made[text] = add(
            kind,
            text,
            labels,
            factor=factor,
            aspect=aspect,
            required=required,
            show_if=show_if,
        )
    add(Kind.LONG, sipas.COMMENT, required=False)
    return survey


@transaction.atomic
def survey_open(*, survey: Survey, by) -> Survey:
    _require(by, "surveys.run_survey", survey)
    if survey.status == SurveyStatus.OPEN:
        return survey
    if not survey.questions.exists():
        raise ValidationError("Cuộc khảo sát chưa có câu hỏi nào.")
    if survey.opens_on and survey.closes_on and survey.closes_on < survey.opens_on:
        raise ValidationError("Ngày kết thúc phải sau ngày bắt đầu.")
    if survey.closes_on and survey.closes_on < timezone.localdate():
        raise ValidationError(
            "Ngày kết thúc khảo sát đã qua. Sửa ngày kết thúc trước khi mở nhận phiếu."
        )
    survey.status = SurveyStatus.OPEN
    if not survey.kiosk_token:
        survey.kiosk_token = secrets.token_urlsafe(16)
    survey.save(update_fields=["status", "kiosk_token", "updated_at"])
    public_pages_changed()
    return survey


@transaction.atomic
def survey_close(*, survey: Survey, by, request=None) -> Survey:
    """Close the wave and log it: one activity for the unit, updated if it is closed again
    after reopening, never a second one."""
    _require(by, "surveys.run_survey", survey)
    if survey.status != SurveyStatus.OPEN:
        raise ValidationError("Chỉ đóng được cuộc khảo sát đang mở.")
    return _close(survey, by=by, request=request)


def _close(survey: Survey, *, by, request=None) -> Survey:
    survey.status = SurveyStatus.CLOSED
    survey.closed_at = timezone.now()
    survey.activity = _activity_log(survey, by=by, request=request)
    survey.save(update_fields=["status", "closed_at", "activity", "updated_at"])
    public_pages_changed()
    return survey


def _ended(today=None):
    """The open waves whose end date has passed: they take no answer any more."""
    return Survey.objects.filter(
        status=SurveyStatus.OPEN, closes_on__lt=today or timezone.localdate()
    )


@transaction.atomic
def surveys_close_ended(today=None, *, unit=None, request=None) -> int:
    """Close every open wave whose end date has passed (of `unit` only, if given) as an
    officer's click would: logged once in the activity log with its sheets, in the name
    of the officer who made it. The daily run calls it, and so do the pages that show a
    wave (closing on read, so a day without the daily run changes nothing). Returns how
    many it closed; a wave another request closed meanwhile is left alone."""
    waves = _ended(today)
    if unit is not None:
        waves = waves.filter(unit=unit)
    closed = 0
    # locked and read again: two requests at once close a wave once
    for survey in waves.select_for_update().order_by("pk"):
        _close(survey, by=survey.created_by, request=request)
        closed += 1
    return closed


def survey_close_if_ended(survey: Survey, *, request=None) -> Survey:
    """The wave as a page should show it: closed and logged if its end date has passed."""
    ended = survey.closes_on is not None and survey.closes_on < timezone.localdate()
    if survey.status == SurveyStatus.OPEN and ended:
        with transaction.atomic():
            fresh = _ended().select_for_update().filter(pk=survey.pk).first()
            if fresh is not None:
                _close(fresh, by=fresh.created_by, request=request)
        survey.refresh_from_db()
    return survey


def _activity_log(survey: Survey, *, by, request) -> Activity:
    responses = queries.response_count(survey)
    share = queries.overall_index(survey).share
    first = survey.responses.order_by("submitted_at").values_list("submitted_at", flat=True)
    ended = survey.ended_on
    started = min(survey.opens_on or (timezone.localdate(first[0]) if first else ended), ended)
    fields = {
        "title": f"Khảo sát mức độ hài lòng: {survey.title}"[:300],
        "description": f"{responses} phiếu khảo sát"
        + (f", {queries.vn_number(share)} % hài lòng." if share is not None else "."),
        "started_on": started,
        "ended_on": ended,
        "quantity": 1,
        "participants": responses,
        "link": site_url(survey.get_absolute_url(), request)[:500],
    }
    activity = survey.activity
    if activity is None:
        activity = Activity.objects.create(
            unit=survey.unit,
            channel=Channel.objects.get(code=CHANNEL),
            created_by=by,
            **fields,
        )
        area = ReformArea.objects.filter(code=REFORM_AREA).first()
        if area:
            activity.reform_areas.set([area])
    else:
        for name, value in fields.items():
            setattr(activity, name, value)
        activity.save(update_fields=[*fields, "updated_at"])
    return activity


@transaction.atomic
def response_submit(
    *, survey: Survey, answers: dict[Question, object], device: str = "", at_kiosk: bool = False
) -> Response:
    """Keep one citizen's answers. `answers` maps each answered question to a Choice, a
    list of Choices, or a text. `device` is the hash of the device token ("" at a kiosk)."""
    if not survey.accepts_answers():
        raise ValidationError("Cuộc khảo sát này hiện không nhận phiếu.")
    field = next((v for q, v in answers.items() if q.asks_field and isinstance(v, Choice)), None)
    try:
        with transaction.atomic():
            response = Response.objects.create(
                survey=survey,
                device_hash=device,
                at_kiosk=at_kiosk,
                procedure_field=field.label if field else "",
            )
    except IntegrityError:
        raise ValidationError(ANSWERED) from None
    rows = []
    for question, value in answers.items():
        picked = value if isinstance(value, list) else [value]
        for item in picked:
            if isinstance(item, Choice):
                rows.append(
                    Answer(response=response, question=question, choice=item, value=item.value)
                )
            elif str(item).strip():
                rows.append(Answer(response=response, question=question, text=str(item)[:4000]))
    Answer.objects.bulk_create(rows)
    return response
