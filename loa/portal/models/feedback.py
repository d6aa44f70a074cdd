"""Citizens' feedback (phản ánh, kiến nghị) and the unit's answer to it (ND 20/2008/NĐ-CP,
amended by ND 92/2017/NĐ-CP; ADR 26).

A `Feedback` is what a citizen sent: who (kept, never shown publicly), what, the files,
consent to the handling of personal data (ND 13/2023/NĐ-CP). Its own state machine covers
moderation and handling: received → accepted (classified and assigned) → answered, or
received → rejected (spam, no content), or received/accepted → forwarded (outside the
unit's competence). The answer is an official document of the unit (`FeedbackAnswer`, the
document core of ADR 12): drafted, submitted, issued by the leader; issuing it publishes
the feedback with the answer."""

import datetime
import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django_fsm import ConcurrentTransitionMixin, FSMField, transition
from simple_history.models import HistoricalRecords

from loa.documents.models import DocumentType, OfficialDocument
from loa.units.models import Office, Unit

from .procedures import Procedure

# No 0/O, 1/I/L: a code is read aloud on the phone and copied from paper.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 6


def new_receipt_code(year: int) -> str:
    """ "PA-2026-7K3QX9": 31**6 ≈ 887 million codes a year, drawn at random."""
    body = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"PA-{year}-{body}"


class FeedbackStatus(models.TextChoices):
    RECEIVED = "received", "Chờ xử lý"
    ACCEPTED = "accepted", "Đang xử lý"
    REJECTED = "rejected", "Không tiếp nhận"
    FORWARDED = "forwarded", "Đã chuyển cơ quan có thẩm quyền"
    ANSWERED = "answered", "Đã trả lời"


OPEN_STATUSES = (FeedbackStatus.RECEIVED, FeedbackStatus.ACCEPTED)


class Feedback(ConcurrentTransitionMixin, models.Model):
    unit = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="feedback_items", verbose_name="đơn vị"
    )
    code = models.CharField("mã tiếp nhận", max_length=20, unique=True, editable=False)
    # what the citizen typed: stored for the officers, never shown on a public page
    sender_name = models.CharField("họ và tên", max_length=100)
    sender_address = models.CharField("địa chỉ", max_length=250)
    sender_phone = models.CharField("số điện thoại", max_length=20)
    sender_email = models.EmailField("thư điện tử", blank=True)
    title = models.CharField("tiêu đề", max_length=200)
    content = models.TextField("nội dung")
    consent = models.BooleanField("đồng ý xử lý dữ liệu cá nhân", default=False)
    received_at = models.DateTimeField("tiếp nhận lúc", default=timezone.now, editable=False)

    status = FSMField(
        "trạng thái",
        default=FeedbackStatus.RECEIVED,
        choices=FeedbackStatus.choices,
        protected=True,
    )
    # deadlines in working days (ADR 26): to decide on it, then to answer it
    accept_by = models.DateField("hạn xem xét, tiếp nhận", editable=False)
    answer_by = models.DateField("hạn trả lời", null=True, blank=True, editable=False)

    # classification when accepted
    about_procedure = models.BooleanField("về thủ tục hành chính", default=False)
    procedure = models.ForeignKey(
        Procedure,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="feedback_items",
        verbose_name="thủ tục liên quan",
    )
    field = models.CharField("lĩnh vực", max_length=150, blank=True)
    office = models.ForeignKey(
        Office,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="bộ phận xử lý",
    )
    accepted_at = models.DateTimeField("tiếp nhận xử lý lúc", null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )

    # moderation and forwarding
    reject_reason = models.TextField("lý do không tiếp nhận", blank=True)
    forwarded_to = models.CharField("chuyển đến", max_length=200, blank=True)
    forward_note = models.TextField("ghi chú khi chuyển", blank=True)
    closed_at = models.DateTimeField("kết thúc lúc", null=True, blank=True, editable=False)

    # what the public reads: the question as the officer edited it, personal data removed
    public_title = models.CharField("tiêu đề công khai", max_length=200, blank=True)
    public_content = models.TextField("nội dung công khai", blank=True)
    published_at = models.DateTimeField("công khai lúc", null=True, blank=True, editable=False)
    # fold(public title, content and answer), written when published: the public search
    search_text = models.TextField(editable=False, default="")

    history = HistoricalRecords(excluded_fields=["search_text"])

    class Meta:
        verbose_name = "phản ánh, kiến nghị"
        verbose_name_plural = "phản ánh, kiến nghị"
        ordering = ["-received_at", "-pk"]
        indexes = [
            models.Index(fields=["unit", "status"]),
            models.Index(fields=["unit", "published_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.code} — {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("portal:feedback_desk_item", args=[self.pk])

    # --- the state machine -------------------------------------------------------------
    @transition(field="status", source=FeedbackStatus.RECEIVED, target=FeedbackStatus.ACCEPTED)
    def accept(self, *, at, by, answer_by: datetime.date):
        """Accepted for handling: the answer is due `answer_by`."""
        self.accepted_at, self.handled_by, self.answer_by = at, by, answer_by

    @transition(field="status", source=FeedbackStatus.RECEIVED, target=FeedbackStatus.REJECTED)
    def reject(self, *, at, by, reason: str):
        """Moderation: not a feedback (spam, abuse, no content); never published."""
        self.reject_reason, self.closed_at, self.handled_by = reason, at, by

    @transition(
        field="status",
        source=[FeedbackStatus.RECEIVED, FeedbackStatus.ACCEPTED],
        target=FeedbackStatus.FORWARDED,
    )
    def forward(self, *, at, by, to: str, note: str):
        """Outside the unit's competence: sent on to the competent body, with a note."""
        self.forwarded_to, self.forward_note = to, note
        self.closed_at, self.handled_by = at, by

    @transition(field="status", source=FeedbackStatus.ACCEPTED, target=FeedbackStatus.ANSWERED)
    def publish(self, *, at):
        """The leader issued the answer: the question and answer are public from now on."""
        self.published_at = self.closed_at = at

    # --- reading -------------------------------------------------------------------------
    @property
    def due_on(self) -> datetime.date:
        return self.answer_by if self.answer_by else self.accept_by

    def is_overdue_on(self, day: datetime.date) -> bool:
        return self.status in OPEN_STATUSES and self.due_on < day

    @property
    def is_overdue(self) -> bool:
        return self.is_overdue_on(timezone.localdate())

    @property
    def answered_on_time(self) -> bool | None:
        if self.status != FeedbackStatus.ANSWERED or self.answer_by is None:
            return None
        return timezone.localtime(self.published_at).date() <= self.answer_by


class FeedbackAttachment(models.Model):
    """A file sent with a feedback, checked by what it is (ADR 16); for the officers only."""

    feedback = models.ForeignKey(Feedback, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to="phan-anh/%Y/%m/")
    original_name = models.CharField("tên tệp", max_length=150)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()

    class Meta:
        verbose_name = "tệp đính kèm phản ánh"
        verbose_name_plural = "tệp đính kèm phản ánh"
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.original_name


class FeedbackUpload(models.Model):
    """A checked file of a feedback form that was refused for another reason: kept under
    a random token so the citizen need not choose it again; forgotten after a day."""

    token = models.CharField(max_length=32, unique=True)
    file = models.FileField(upload_to="phan-anh/tam/")
    original_name = models.CharField(max_length=150)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    def __str__(self) -> str:
        return self.original_name


class FeedbackAnswer(OfficialDocument):
    """The unit's answer: an official letter (công văn) "V/v trả lời phản ánh, kiến nghị",
    signed by the leader. Issuing it publishes the feedback (services.answer_issue)."""

    document_type = DocumentType.OFFICIAL_LETTER
    feedback = models.OneToOneField(
        Feedback, on_delete=models.PROTECT, related_name="answer", verbose_name="phản ánh"
    )
    body = models.TextField(
        "nội dung trả lời", help_text="Mỗi đoạn một dòng; không ghi số điện thoại, thư điện tử."
    )
    history = HistoricalRecords()

    class Meta(OfficialDocument.Meta):
        verbose_name = "văn bản trả lời phản ánh"
        verbose_name_plural = "văn bản trả lời phản ánh"

    def get_absolute_url(self) -> str:
        return reverse("portal:feedback_desk_item", args=[self.feedback_id])
