"""Writes of citizens' feedback: receive, accept, reject, forward, draft, submit, issue
(ADR 26). Each officer action is a keyword-only service that checks the permission, runs
the transition and says what went wrong in Vietnamese (ValidationError). Each one changes
what a guest reads (the lookup by receipt code, the published answers), so each moves the
guests' page cache on when it commits (ADR 28); a citizen's sending changes no shared page."""

import datetime
import re
import secrets

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from loa.accounts.rules import may
from loa.core.text import fold
from loa.documents import services as documents
from loa.units.models import Unit

from .caching import public_pages_changed
from .feedback_files import Checked
from .models import (
    Feedback,
    FeedbackAnswer,
    FeedbackAttachment,
    FeedbackStatus,
    FeedbackUpload,
)
from .models.feedback import new_receipt_code

# Deadlines in working days (ADR 26: ND 20/2008/NĐ-CP as amended by ND 92/2017/NĐ-CP;
# see the ADR for what was and was not verified).
ACCEPT_WITHIN = 5  # to decide whether the unit handles it
ANSWER_WITHIN = 10  # to answer, from acceptance
REMIND_BEFORE = 2  # reminders this many working days before a deadline

# Fixed public holidays (Bộ luật Lao động 2019, Điều 112) by (month, day); the lunar New
# Year and Hùng Kings' day move every year and are not counted (ADR 26).
HOLIDAYS = {(1, 1), (4, 30), (5, 1), (9, 2)}


def is_working_day(day: datetime.date) -> bool:
    return day.weekday() < 5 and (day.month, day.day) not in HOLIDAYS


def add_working_days(day: datetime.date, days: int) -> datetime.date:
    while days:
        day += datetime.timedelta(days=1)
        if is_working_day(day):
            days -= 1
    return day


def working_days_between(start: datetime.date, end: datetime.date) -> int:
    """Working days after `start` up to and including `end` (0 when end <= start)."""
    count, day = 0, start
    while day < end:
        day += datetime.timedelta(days=1)
        count += is_working_day(day)
    return count


# --- personal data out of what is published -------------------------------------------------

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<!\w)(?:\+?84|0)(?:[\s.\-]?\d){8,10}(?!\w)")
MASK = "[đã ẩn]"


def masked(text: str, *, names: tuple[str, ...] = ()) -> str:
    """`text` without e-mail addresses, phone numbers or the sender's name."""
    text = EMAIL.sub(MASK, text)
    text = PHONE.sub(MASK, text)
    for name in names:
        if name and len(name) > 3:
            text = re.sub(re.escape(name), MASK, text, flags=re.IGNORECASE)
    return text


def _require(user, perm: str, obj) -> None:
    if not may(user, perm, obj):
        raise PermissionDenied


# --- the citizen ----------------------------------------------------------------------------


def upload_keep(*, checked: Checked) -> FeedbackUpload:
    """Keep a checked file of a form refused for another reason (for a day)."""
    checked.content.seek(0)
    kept = FeedbackUpload(
        token=secrets.token_urlsafe(16),
        original_name=checked.name,
        content_type=checked.content_type,
        size=checked.size,
    )
    kept.file.save(checked.name, checked.content, save=False)
    kept.save()
    return kept


def uploads_forget_old(*, now: datetime.datetime | None = None) -> int:
    """Delete the kept files of forms never sent again, a day on; for the daily job."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=1)
    count = 0
    for kept in FeedbackUpload.objects.filter(created_at__lt=cutoff):
        kept.file.delete(save=False)
        kept.delete()
        count += 1
    return count


@transaction.atomic
def feedback_receive(
    *, unit: Unit, data: dict, files: list[Checked] = (), kept: list[FeedbackUpload] = ()
) -> Feedback:
    """A citizen's feedback, with its receipt code and the deadline to decide on it."""
    if not data.get("consent"):
        raise ValidationError("Vui lòng đồng ý cho cơ quan xử lý dữ liệu cá nhân để gửi.")
    now = timezone.now()
    today = timezone.localdate(now)
    for _ in range(5):
        try:
            with transaction.atomic():
                feedback = Feedback.objects.create(
                    unit=unit,
                    code=new_receipt_code(today.year),
                    sender_name=data["sender_name"],
                    sender_address=data["sender_address"],
                    sender_phone=data["sender_phone"],
                    sender_email=data.get("sender_email", ""),
                    title=data["title"],
                    content=data["content"],
                    consent=True,
                    received_at=now,
                    accept_by=add_working_days(today, ACCEPT_WITHIN),
                )
            break
        except IntegrityError:  # the code was drawn before: draw again
            continue
    else:
        raise ValidationError("Chưa cấp được mã tiếp nhận; vui lòng gửi lại.")
    for checked in files:
        checked.content.seek(0)
        attachment = FeedbackAttachment(
            feedback=feedback,
            original_name=checked.name,
            content_type=checked.content_type,
            size=checked.size,
        )
        attachment.file.save(checked.name, checked.content, save=False)
        attachment.save()
    for upload in kept:
        FeedbackAttachment.objects.create(
            feedback=feedback,
            file=upload.file.name,
            original_name=upload.original_name,
            content_type=upload.content_type,
            size=upload.size,
        )
        upload.delete()  # the file now belongs to the attachment
    return feedback


# --- the officers ---------------------------------------------------------------------------


@transaction.atomic
def feedback_accept(
    *, feedback: Feedback, by, about_procedure: bool, procedure=None, field: str, office=None
) -> Feedback:
    """Accepted for handling: classified, assigned, the answer due in working days."""
    _require(by, "portal.handle_feedback", feedback)
    if office is not None and office.unit_id != feedback.unit_id:
        raise ValidationError({"office": "Bộ phận này không thuộc đơn vị."})
    if about_procedure and procedure is None:
        raise ValidationError({"procedure": "Vui lòng chọn thủ tục hành chính liên quan."})
    now = timezone.now()
    feedback.about_procedure = about_procedure
    feedback.procedure = procedure if about_procedure else None
    feedback.field = field.strip() or (procedure.field if procedure else "")
    feedback.office = office
    feedback.accept(
        at=now, by=by, answer_by=add_working_days(timezone.localdate(now), ANSWER_WITHIN)
    )
    feedback.public_title = feedback.public_title or feedback.title
    feedback.public_content = feedback.public_content or masked(
        feedback.content, names=(feedback.sender_name,)
    )
    feedback.save()
    public_pages_changed()  # the lookup by receipt code shows the new status
    return feedback


@transaction.atomic
def feedback_reject(*, feedback: Feedback, by, reason: str) -> Feedback:
    """Moderation: not handled (spam, offensive, no content); never published."""
    _require(by, "portal.handle_feedback", feedback)
    if not reason.strip():
        raise ValidationError({"reason": "Vui lòng ghi lý do không tiếp nhận."})
    feedback.reject(at=timezone.now(), by=by, reason=reason.strip())
    feedback.save()
    public_pages_changed()
    return feedback


@transaction.atomic
def feedback_forward(*, feedback: Feedback, by, to: str, note: str) -> Feedback:
    """Outside the unit's competence: sent on to the body that decides, with a note."""
    _require(by, "portal.handle_feedback", feedback)
    if not to.strip():
        raise ValidationError({"to": "Vui lòng ghi cơ quan có thẩm quyền nhận phản ánh."})
    feedback.forward(at=timezone.now(), by=by, to=to.strip(), note=note.strip())
    feedback.save()
    public_pages_changed()
    return feedback


def answer_defaults(feedback: Feedback) -> dict:
    unit = feedback.unit
    return {
        "unit": unit,
        "year": timezone.localdate().year,
        "title": f"Trả lời phản ánh, kiến nghị {feedback.code}",
        "symbol": "UBND-VP",
        "place": unit.short_name,
        "show_parent_body": unit.is_legacy,
        "addressee": "",
        "recipients": f"Như trên;\nLãnh đạo {unit.council_name};\nLưu: VT, VP.",
        "drafting_office": feedback.office,
    }


@transaction.atomic
def answer_save(
    *, feedback: Feedback, by, body: str, public_title: str, public_content: str
) -> FeedbackAnswer:
    """The officer drafts (or redrafts) the answer and the published form of the question."""
    _require(by, "portal.handle_feedback", feedback)
    if feedback.status != FeedbackStatus.ACCEPTED:
        raise ValidationError("Chỉ soạn trả lời cho phản ánh đang xử lý.")
    answer = FeedbackAnswer.objects.filter(feedback=feedback).first()
    if answer is not None and not answer.is_editable:
        raise ValidationError("Văn bản trả lời đã trình lãnh đạo; chờ duyệt hoặc trả lại.")
    names = (feedback.sender_name,)
    feedback.public_title = masked(public_title.strip(), names=names)
    feedback.public_content = masked(public_content.strip(), names=names)
    feedback.save(update_fields=["public_title", "public_content"])
    if answer is None:
        answer = FeedbackAnswer(feedback=feedback, created_by=by, **answer_defaults(feedback))
    answer.body = masked(body.strip())
    answer.save()
    public_pages_changed()  # the lookup shows the public title
    return answer


@transaction.atomic
def answer_submit(*, feedbackanswer: FeedbackAnswer, by) -> FeedbackAnswer:
    problems = [] if feedbackanswer.body.strip() else ["Văn bản trả lời chưa có nội dung."]
    answer = documents.document_submit(document=feedbackanswer, by=by, problems=problems)
    public_pages_changed()  # the lookup says the draft awaits the leader
    return answer


@transaction.atomic
def answer_send_back(*, feedbackanswer: FeedbackAnswer, by, reason: str) -> FeedbackAnswer:
    answer = documents.document_send_back(document=feedbackanswer, by=by, reason=reason)
    public_pages_changed()
    return answer


@transaction.atomic
def answer_issue(*, feedbackanswer: FeedbackAnswer, by, on=None) -> FeedbackAnswer:
    """The leader signs the answer: it gets its number, and the question and answer are
    published, personal data removed; the public pages move on."""
    answer = documents.document_issue(document=feedbackanswer, by=by, on=on)
    feedback = Feedback.objects.select_for_update().get(pk=answer.feedback_id)
    feedback.publish(at=timezone.now())
    feedback.search_text = fold(
        f"{feedback.public_title} {feedback.public_content} {answer.body} {feedback.field}"
    )
    feedback.save()
    public_pages_changed()
    return answer
