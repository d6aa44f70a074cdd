"""Workflows of contests (ADR 32): build one and its question bank, open and close it,
register a participant, start an attempt (the server draws the questions and keeps the
time) and submit it (the server scores it). Closing logs one activity for the organiser
and one per unit whose people took part; closing again updates them, never doubles them."""

import hashlib
import random
import re
import secrets
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone

from loa.accounts.rules import denied_message, may
from loa.activities.models import Activity
from loa.core.mail import site_url
from loa.documents import services as documents
from loa.documents.models import DocumentStatus
from loa.plans.models import Channel, ReformArea
from loa.portal.caching import public_pages_changed

from . import queries
from .models import (
    Attempt,
    AttemptAnswer,
    Contest,
    ContestActivity,
    ContestStatus,
    Option,
    Participant,
    Question,
    ResultsDecision,
)

CHANNEL = "online_contest"  # Cuộc thi trực tuyến về CCHC (loa/plans/data/catalogues.py)
REFORM_AREA = "procedures"
GRACE_SECONDS = 20  # a slow phone network on the last click, not a second attempt

NO_ATTEMPTS_LEFT = (
    "Số điện thoại này đã dùng hết {n} lượt thi của cuộc thi. Xin cảm ơn Ông/Bà đã tham gia."
)
NOT_OPEN = "Cuộc thi hiện không nhận bài thi."
LATE = (
    "Bài thi được gửi sau khi đã hết thời gian làm bài ({minutes}), nên không được chấm "
    "điểm. Lượt thi này vẫn được tính vào số lượt đã dùng."
)
ALREADY = "Bài thi này đã được nộp; kết quả đã ghi nhận không thay đổi."
NOT_YET = "Cuộc thi bắt đầu nhận bài thi từ {at}. Xin mời Ông/Bà quay lại khi cuộc thi mở."
ENDED = "Cuộc thi đã kết thúc, không nhận đăng ký và lượt thi mới."
FROZEN = (
    "Kết quả cuộc thi đã được chốt trong quyết định công nhận kết quả, nên bài thi này không "
    "còn được nhận."
)
RUNNING = (
    "Còn {n} lượt thi bắt đầu trước khi cuộc thi kết thúc và chưa hết thời gian làm bài. "
    "Người dự thi được làm hết thời gian của lượt mình: trình quyết định sau {at}."
)


def _require(user, perm: str, obj) -> None:
    if not may(user, perm, obj):
        raise PermissionDenied(denied_message(perm))


def phone_normalise(raw: str) -> str:
    """ "+84 912.345.678", "84912345678", "0912 345 678" → "0912345678"; "" when it is not
    a Vietnamese phone number."""
    digits = re.sub(r"[\s.\-()]", "", raw or "")
    if digits.startswith("+84"):
        digits = "0" + digits[3:]
    elif digits.startswith("84") and len(digits) == 11:
        digits = "0" + digits[2:]
    return digits if re.fullmatch(r"0\d{9}", digits) else ""


def ip_hash(address: str) -> str:
    return hashlib.sha256(f"{settings.SECRET_KEY}:contests:{address}".encode()).hexdigest()


@transaction.atomic
def contest_create(*, unit, by, title: str) -> Contest:
    _require(by, "contests.manage_contest", unit)
    return Contest.objects.create(unit=unit, title=title.strip(), created_by=by)


# what decides who wins and how: frozen once the contest opens, so that every attempt is
# drawn, timed and counted under the rules it started with (ADR 32)
FAIR_FIELDS = ("opens_at", "questions_per_attempt", "seconds_per_attempt", "attempts_per_person")
EDITED_FIELDS = (
    "title",
    "rules",
    "opens_at",
    "closes_at",
    "questions_per_attempt",
    "seconds_per_attempt",
    "attempts_per_person",
    "first_prizes",
    "second_prizes",
    "third_prizes",
    "consolation_prizes",
)
FAIR_FROZEN = (
    "Cuộc thi đã mở nên không sửa được mục này: các lượt thi đã làm theo đúng thể lệ lúc mở."
)
SHORTENED = (
    "Cuộc thi đã mở nên thời gian kết thúc chỉ được lùi lại (gia hạn), không được rút ngắn "
    "thời gian đã công bố."
)
ALL_FROZEN = (
    "Kết quả cuộc thi đã được chốt trong quyết định công nhận kết quả, nên thông tin cuộc thi "
    "không sửa được nữa."
)


def _same(typed, stored) -> bool:
    """The form's times are to the minute: a stored time with its seconds is unchanged."""
    if isinstance(typed, datetime) and isinstance(stored, datetime):
        return typed.replace(second=0, microsecond=0) == stored.replace(second=0, microsecond=0)
    return typed == stored


@transaction.atomic
def contest_save(*, contest: Contest, by) -> Contest:
    """Save what the organiser changed in `contest` (its edited fields). While drafting,
    anything; once open (or closed, the decision not yet submitted): the title, the rules'
    text, the prize counts, and the end moved later; once the results are frozen in the
    decision, nothing. Refused with a ValidationError naming each field."""
    _require(by, "contests.manage_contest", contest.unit)
    stored = Contest.objects.select_for_update().get(pk=contest.pk)
    changed = [f for f in EDITED_FIELDS if not _same(getattr(contest, f), getattr(stored, f))]
    if not changed:
        return stored
    if stored.status != ContestStatus.DRAFT:
        if results_frozen(stored):
            raise ValidationError(ALL_FROZEN)
        errors = {f: FAIR_FROZEN for f in changed if f in FAIR_FIELDS}
        end, was = contest.closes_at, stored.closes_at
        if "closes_at" in changed and end is not None and (was is None or end < was):
            errors["closes_at"] = SHORTENED
        if errors:
            raise ValidationError(errors)
    contest.save(update_fields=[*changed, "updated_at"])
    public_pages_changed()
    return contest


def _next_order(contest: Contest) -> int:
    return (contest.questions.aggregate(m=Max("order"))["m"] or 0) + 10


@transaction.atomic
def question_save(*, question: Question, options: list[str], correct: int, by) -> Question:
    """The question with its options (two to six), `correct` the index of the right one."""
    _require(by, "contests.edit_questions", question.contest)
    options = [o.strip() for o in options if o and o.strip()]
    if len(options) < 2:
        raise ValidationError("Câu hỏi cần ít nhất hai phương án trả lời.")
    if not 0 <= correct < len(options):
        raise ValidationError("Đáp án đúng phải là một trong các phương án đã nhập.")
    if question.pk is None:
        question.order = _next_order(question.contest)
    question.save()
    question.options.all().delete()
    Option.objects.bulk_create(
        Option(question=question, order=(i + 1) * 10, text=text, is_correct=i == correct)
        for i, text in enumerate(options)
    )
    return question


@transaction.atomic
def question_delete(*, question: Question, by) -> None:
    _require(by, "contests.edit_questions", question.contest)
    question.delete()


@transaction.atomic
def contest_open(*, contest: Contest, by) -> Contest:
    _require(by, "contests.run_contest", contest)
    if contest.status == ContestStatus.OPEN:
        return contest
    if contest.status == ContestStatus.PUBLISHED:
        raise ValidationError("Cuộc thi đã công bố kết quả, không mở lại được.")
    if (
        ResultsDecision.objects.filter(contest=contest)
        .exclude(status=DocumentStatus.DRAFT)
        .exists()
    ):
        raise ValidationError("Quyết định công nhận kết quả đã được trình; không mở lại được.")
    count = contest.questions.count()
    if count == 0:
        raise ValidationError("Cuộc thi chưa có câu hỏi nào.")
    if count < contest.questions_per_attempt:
        raise ValidationError(
            f"Mỗi lượt thi rút {contest.questions_per_attempt} câu hỏi nhưng bộ câu hỏi mới có "
            f"{count} câu. Thêm câu hỏi hoặc giảm số câu mỗi lượt."
        )
    if contest.opens_at and contest.closes_at and contest.closes_at <= contest.opens_at:
        raise ValidationError("Thời gian kết thúc phải sau thời gian bắt đầu.")
    if contest.closes_at and contest.closes_at < timezone.now():
        raise ValidationError("Thời gian kết thúc đã qua. Sửa thời gian trước khi mở cuộc thi.")
    contest.status = ContestStatus.OPEN
    contest.save(update_fields=["status", "updated_at"])
    public_pages_changed()
    return contest


@transaction.atomic
def contest_close(*, contest: Contest, by, request=None) -> Contest:
    _require(by, "contests.run_contest", contest)
    if contest.status != ContestStatus.OPEN:
        raise ValidationError("Chỉ đóng được cuộc thi đang mở.")
    contest.status = ContestStatus.CLOSED
    contest.closed_at = timezone.now()
    contest.save(update_fields=["status", "closed_at", "updated_at"])
    _activities_log(contest, by=by, request=request)
    public_pages_changed()
    return contest


def _moment(value) -> str:
    return f"{timezone.localtime(value):%H:%M} ngày {timezone.localtime(value):%d/%m/%Y}"


def closed_reason(contest: Contest, now=None) -> str:
    """Why the contest takes no new registration or attempt now; "" when it takes them."""
    now = now or timezone.now()
    if contest.accepts_attempts(now):
        return ""
    if contest.status == ContestStatus.OPEN and contest.opens_at and now < contest.opens_at:
        return NOT_YET.format(at=_moment(contest.opens_at))
    return ENDED if contest.status != ContestStatus.DRAFT else NOT_OPEN


def results_frozen(contest: Contest) -> bool:
    """Once the results decision is submitted to the leader (its prize list drafted from
    the ranking) or issued, no attempt changes the ranking any more (ADR 32)."""
    if contest.status == ContestStatus.PUBLISHED:
        return True
    return (
        ResultsDecision.objects.filter(contest=contest)
        .exclude(status=DocumentStatus.DRAFT)
        .exists()
    )


def attempts_running(contest: Contest, now=None):
    """The attempts not yet sent whose own time (and its grace) is not over."""
    now = now or timezone.now()
    since = now - timedelta(seconds=contest.seconds_per_attempt + GRACE_SECONDS)
    return Attempt.objects.filter(
        participant__contest=contest, submitted=False, late=False, started_at__gte=since
    )


@transaction.atomic
def decision_submit(*, contest: Contest, by) -> ResultsDecision:
    """The officer drafts the results decision from the ranking (the prize list frozen in
    it) and submits it to the leader; a decision sent back is redrafted from the ranking.
    Refused while an attempt started before the close is still within its own time."""
    _require(by, "contests.run_contest", contest)
    if contest.status != ContestStatus.CLOSED:
        raise ValidationError("Chỉ trình quyết định công nhận kết quả khi cuộc thi đã đóng.")
    running = attempts_running(contest).order_by("-started_at")
    if running.exists():
        last = running[0].started_at + timedelta(
            seconds=contest.seconds_per_attempt + GRACE_SECONDS
        )
        raise ValidationError(RUNNING.format(n=running.count(), at=_moment(last)))
    decision = ResultsDecision.objects.filter(contest=contest).first()
    if decision is not None and decision.status != DocumentStatus.DRAFT:
        raise ValidationError("Quyết định công nhận kết quả đã được trình.")
    if decision is None:
        decision = ResultsDecision(
            contest=contest,
            unit=contest.unit,
            year=timezone.localdate().year,
            symbol="QĐ-UBND",
            title=f"Về việc công nhận kết quả và khen thưởng cuộc thi “{contest.title}”"[:300],
            recipients="Như Điều 3;\nLưu: VT.",
            signed_for_collective=False,
            created_by=by,
        )
    decision.prizes = [
        {"prize": row.prize, "name": row.participant.name, "unit": row.participant.unit.name}
        for row in queries.winners(contest)
    ]
    decision.people = queries.actual_participants(contest)
    decision.attempts = Attempt.objects.filter(participant__contest=contest, submitted=True).count()
    decision.save()
    return documents.document_submit(document=decision, by=by)


@transaction.atomic
def contest_publish(*, contest: Contest, by) -> Contest:
    """The leader signs the submitted decision; the winners go on the public page."""
    _require(by, "contests.publish_results", contest)
    decision = ResultsDecision.objects.filter(contest=contest).first()
    if contest.status != ContestStatus.CLOSED or decision is None:
        raise ValidationError(
            "Cần trình quyết định công nhận kết quả trước khi công bố kết quả cuộc thi."
        )
    if decision.status != DocumentStatus.SUBMITTED:
        raise ValidationError("Quyết định công nhận kết quả chưa được trình để ký.")
    documents.document_issue(document=decision, by=by)
    contest.status = ContestStatus.PUBLISHED
    contest.save(update_fields=["status", "updated_at"])
    public_pages_changed()
    return contest


def decision_send_back(*, contest: Contest, by, reason: str) -> ResultsDecision:
    """The leader returns the submitted draft with a reason; the officer corrects what is
    to be corrected (the prizes, the contest's details) and submits it again."""
    _require(by, "contests.publish_results", contest)
    decision = ResultsDecision.objects.filter(contest=contest).first()
    if decision is None or decision.status != DocumentStatus.SUBMITTED:
        raise ValidationError("Quyết định công nhận kết quả chưa được trình để ký.")
    documents.document_send_back(document=decision, by=by, reason=reason)
    return decision


def _activities_log(contest: Contest, *, by, request) -> None:
    """One activity for the organiser (all participants), one per unit whose people took
    part (that unit's participants): the unit's own log counts its own people."""
    per_unit = queries.participants_per_unit(contest)
    total = sum(row.participants for row in per_unit)
    started = timezone.localdate(contest.opens_at) if contest.opens_at else None
    ended = timezone.localdate(contest.closed_at)
    if contest.closes_at:
        ended = min(ended, timezone.localdate(contest.closes_at))
    started = min(started or ended, ended)
    link = site_url(contest.get_absolute_url(), request)[:500]
    wanted = {contest.unit: total}
    for row in per_unit:
        if row.unit != contest.unit:
            wanted[row.unit] = row.participants
    channel = Channel.objects.get(code=CHANNEL)
    area = ReformArea.objects.filter(code=REFORM_AREA).first()
    logged = {log.unit_id: log for log in contest.logged.select_related("activity")}
    for unit, participants in wanted.items():
        own = unit == contest.unit
        fields = {
            "title": f"Cuộc thi tìm hiểu trực tuyến: {contest.title}"[:300],
            "description": (
                f"{contest.unit.name} tổ chức; {participants} người tham gia"
                + ("." if own else f" từ {unit.name}.")
            ),
            "started_on": started,
            "ended_on": ended,
            "quantity": 1,
            "participants": participants,
            "link": link,
        }
        if not link:  # no request to say the site's address: keep the one logged
            fields.pop("link")
        log = logged.get(unit.pk)
        if log is None:
            activity = Activity.objects.create(unit=unit, channel=channel, created_by=by, **fields)
            if area:
                activity.reform_areas.set([area])
            ContestActivity.objects.create(contest=contest, unit=unit, activity=activity)
        else:
            for name, value in fields.items():
                setattr(log.activity, name, value)
            log.activity.save(update_fields=[*fields, "updated_at"])


@transaction.atomic
def participant_register(*, contest: Contest, data: dict, address: str = "") -> Participant:
    """The participant with this phone, made on first registration: same phone, same
    participant (their name and unit are those they first gave)."""
    if refusal := closed_reason(contest):
        raise ValidationError(refusal)
    phone = phone_normalise(data["phone"])
    if not phone:
        raise ValidationError("Số điện thoại chưa đúng (10 chữ số, bắt đầu bằng 0).")
    found = Participant.objects.filter(contest=contest, phone=phone).first()
    if found:
        return found
    try:
        with transaction.atomic():
            return Participant.objects.create(
                contest=contest,
                name=data["name"].strip(),
                phone=phone,
                place=data["place"].strip(),
                age_group=data["age_group"],
                unit=data["unit"],
                ip_hash=ip_hash(address) if address else "",
            )
    except IntegrityError:  # the same phone registered a moment ago
        return Participant.objects.get(contest=contest, phone=phone)


@transaction.atomic
def attempt_start(*, participant: Participant) -> Attempt:
    """A new attempt: N questions drawn at random, each one's options shuffled, the clock
    started now. Refused once the participant has used all their attempts."""
    contest = participant.contest
    if refusal := closed_reason(contest):
        raise ValidationError(refusal)
    used = participant.attempts.count()
    if used >= contest.attempts_per_person:
        raise ValidationError(NO_ATTEMPTS_LEFT.format(n=contest.attempts_per_person))
    rng = random.SystemRandom()
    pool = list(contest.questions.values_list("pk", flat=True))
    drawn = rng.sample(pool, min(contest.questions_per_attempt, len(pool)))
    options: dict[str, list[int]] = {str(pk): [] for pk in drawn}
    for question_id, option_id in Option.objects.filter(question_id__in=drawn).values_list(
        "question_id", "pk"
    ):
        options[str(question_id)].append(option_id)
    for ids in options.values():
        rng.shuffle(ids)
    try:
        with transaction.atomic():
            return Attempt.objects.create(
                participant=participant,
                number=used + 1,
                question_ids=drawn,
                option_ids=options,
                token=secrets.token_urlsafe(18),
            )
    except IntegrityError:  # two starts at once: one attempt, not two
        raise ValidationError(NO_ATTEMPTS_LEFT.format(n=contest.attempts_per_person)) from None


def deadline(attempt: Attempt, contest: Contest):
    return attempt.started_at + timedelta(seconds=contest.seconds_per_attempt)


def _minutes(seconds: int) -> str:
    minutes, rest = divmod(seconds, 60)
    return f"{minutes} phút" + (f" {rest} giây" if rest else "")


def attempt_submit(*, attempt: Attempt, picked: dict[int, int], prediction: int | None) -> Attempt:
    """Score the attempt on the server. `picked` maps a drawn question's id to the id of
    the option chosen (options of other questions are ignored). Once only: a second
    sending changes nothing; sent after the time and its grace, it is kept unscored (and
    that is recorded before the refusal is raised). An attempt started before the contest
    ended is taken within its own time even after the close (the close's log is brought
    up to date), never once the results are frozen in the decision (ADR 32)."""
    with transaction.atomic():
        locked = (
            Attempt.objects.select_for_update()
            .select_related("participant__contest")
            .get(pk=attempt.pk)
        )
        if locked.submitted or locked.late:
            raise ValidationError(ALREADY)
        contest = locked.participant.contest
        if contest.status == ContestStatus.DRAFT or results_frozen(contest):
            raise ValidationError(FROZEN)
        now = timezone.now()
        late = now > deadline(locked, contest) + timedelta(seconds=GRACE_SECONDS)
        if late:
            locked.late = True
            locked.finished_at = now
            locked.save(update_fields=["late", "finished_at"])
        else:
            _score(locked, picked=picked, prediction=prediction, now=now)
            if contest.status == ContestStatus.CLOSED:
                # the few sent after the close, one at a time: the logs count them too
                contest = Contest.objects.select_for_update().get(pk=contest.pk)
                _activities_log(contest, by=contest.created_by, request=None)
    if late:
        raise ValidationError(LATE.format(minutes=_minutes(contest.seconds_per_attempt)))
    return locked


def _score(attempt: Attempt, *, picked: dict[int, int], prediction: int | None, now) -> None:
    allowed = {int(q): set(ids) for q, ids in attempt.option_ids.items()}
    rows, chosen = [], []
    for question_id in attempt.question_ids:
        option_id = picked.get(question_id)
        if option_id not in allowed.get(question_id, set()):
            option_id = None
        rows.append(AttemptAnswer(attempt=attempt, question_id=question_id, option_id=option_id))
        if option_id:
            chosen.append(option_id)
    AttemptAnswer.objects.bulk_create(rows)
    attempt.score = Option.objects.filter(pk__in=chosen, is_correct=True).count()
    attempt.prediction = prediction
    attempt.finished_at = now
    attempt.submitted = True
    attempt.save(update_fields=["score", "prediction", "finished_at", "submitted"])
