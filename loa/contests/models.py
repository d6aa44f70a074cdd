"""Online contests on administrative reform (ADR 32): a contest of an organiser unit, its
question bank with one right option per question, the participants who registered, their
attempts (the questions drawn, timed by the server) and the options they picked."""

import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from loa.documents.models import DocumentType, OfficialDocument


class ContestStatus(models.TextChoices):
    DRAFT = "draft", "Đang soạn"
    OPEN = "open", "Đang mở"
    CLOSED = "closed", "Đã đóng"
    PUBLISHED = "published", "Đã công bố kết quả"


class AgeGroup(models.TextChoices):
    UNDER_18 = "u18", "Dưới 18 tuổi"
    FROM_18 = "18-30", "Từ 18 đến 30 tuổi"
    FROM_31 = "31-45", "Từ 31 đến 45 tuổi"
    FROM_46 = "46-60", "Từ 46 đến 60 tuổi"
    OVER_60 = "60+", "Trên 60 tuổi"


class Contest(models.Model):
    unit = models.ForeignKey(
        "units.Unit",
        on_delete=models.PROTECT,
        related_name="contests",
        verbose_name="đơn vị tổ chức",
    )
    title = models.CharField("tên cuộc thi", max_length=300)
    rules = models.TextField("thể lệ cuộc thi", blank=True)
    opens_at = models.DateTimeField("thời gian bắt đầu", null=True, blank=True)
    closes_at = models.DateTimeField("thời gian kết thúc", null=True, blank=True)
    questions_per_attempt = models.PositiveSmallIntegerField("số câu hỏi mỗi lượt thi", default=10)
    seconds_per_attempt = models.PositiveIntegerField("thời gian mỗi lượt thi (giây)", default=600)
    attempts_per_person = models.PositiveSmallIntegerField(
        "số lượt thi tối đa của mỗi người", default=1
    )
    status = models.CharField(
        "trạng thái", max_length=10, choices=ContestStatus.choices, default=ContestStatus.DRAFT
    )
    # the prize list of the results: how many of each prize, in ranking order
    first_prizes = models.PositiveSmallIntegerField("số giải Nhất", default=1)
    second_prizes = models.PositiveSmallIntegerField("số giải Nhì", default=2)
    third_prizes = models.PositiveSmallIntegerField("số giải Ba", default=3)
    consolation_prizes = models.PositiveSmallIntegerField("số giải Khuyến khích", default=5)
    closed_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "cuộc thi"

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("contests:public", kwargs={"code": self.unit.code, "pk": self.pk})

    def accepts_attempts(self, now=None) -> bool:
        now = now or timezone.now()
        return (
            self.status == ContestStatus.OPEN
            and (self.opens_at is None or self.opens_at <= now)
            and (self.closes_at is None or now <= self.closes_at)
        )


class ContestActivity(models.Model):
    """The activity a closed contest logged for one unit (the organiser, or a unit whose
    people took part); closing again updates it (ADR 32)."""

    contest = models.ForeignKey(Contest, on_delete=models.CASCADE, related_name="logged")
    unit = models.ForeignKey("units.Unit", on_delete=models.PROTECT, related_name="+")
    activity = models.OneToOneField(
        "activities.Activity", on_delete=models.CASCADE, related_name="contest_log"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["contest", "unit"], name="contests_one_log_per_unit")
        ]

    def __str__(self) -> str:
        return f"Nhật ký cuộc thi {self.contest_id} — {self.unit_id}"


class Question(models.Model):
    contest = models.ForeignKey(Contest, on_delete=models.CASCADE, related_name="questions")
    order = models.PositiveIntegerField("thứ tự", default=0)
    text = models.CharField("câu hỏi", max_length=1000)

    class Meta:
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.text


class Option(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="options")
    order = models.PositiveIntegerField(default=0)
    text = models.CharField("phương án", max_length=500)
    is_correct = models.BooleanField("đáp án đúng", default=False)

    class Meta:
        ordering = ["order", "pk"]
        constraints = [
            # never two right options; "at least one" is the question_save service's check
            models.UniqueConstraint(
                fields=["question"],
                condition=models.Q(is_correct=True),
                name="contests_one_correct_option",
            )
        ]

    def __str__(self) -> str:
        return self.text


class Participant(models.Model):
    contest = models.ForeignKey(Contest, on_delete=models.CASCADE, related_name="participants")
    name = models.CharField("họ và tên", max_length=200)
    phone = models.CharField("số điện thoại", max_length=15)  # normalised: 0xxxxxxxxx
    place = models.CharField("địa chỉ hoặc nơi công tác", max_length=300)
    age_group = models.CharField("độ tuổi", max_length=6, choices=AgeGroup.choices)
    unit = models.ForeignKey(
        "units.Unit", on_delete=models.PROTECT, related_name="+", verbose_name="đơn vị"
    )
    created_at = models.DateTimeField(default=timezone.now)
    # sha256 of the address the registration came from, salted: never the address itself
    ip_hash = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            # same phone, same participant, even for two registrations at the same instant
            models.UniqueConstraint(fields=["contest", "phone"], name="contests_one_per_phone")
        ]
        indexes = [models.Index(fields=["contest", "ip_hash"])]

    def __str__(self) -> str:
        return self.name


def _token() -> str:
    return secrets.token_urlsafe(18)


class Attempt(models.Model):
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="attempts")
    number = models.PositiveSmallIntegerField(default=1)  # 1, 2 … up to attempts_per_person
    # the attempt's page is reached by this, never by a guessable number
    token = models.CharField(max_length=32, unique=True, default=_token, editable=False)
    # the questions drawn, in the order shown, and each one's options in the order shown
    question_ids = models.JSONField(default=list)
    option_ids = models.JSONField(default=dict)
    started_at = models.DateTimeField(default=timezone.now)  # the server's clock
    finished_at = models.DateTimeField(null=True, blank=True)
    score = models.PositiveSmallIntegerField(null=True, blank=True)
    prediction = models.PositiveIntegerField("dự đoán số người tham gia", null=True, blank=True)
    submitted = models.BooleanField(default=False)
    late = models.BooleanField(default=False)  # sent after its time: not scored

    class Meta:
        ordering = ["started_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "number"], name="contests_attempt_number"
            )
        ]

    def __str__(self) -> str:
        return f"Lượt thi {self.number} của {self.participant_id}"

    @property
    def seconds_taken(self) -> float | None:
        if self.finished_at is None:
            return None
        return (self.finished_at - self.started_at).total_seconds()


class AttemptAnswer(models.Model):
    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="+")
    option = models.ForeignKey(
        Option, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "question"], name="contests_one_answer_per_question"
            )
        ]

    def __str__(self) -> str:
        return f"Trả lời câu {self.question_id} của lượt thi {self.attempt_id}"


class ResultsDecision(OfficialDocument):
    """The organiser's decision that recognises the results and awards the prizes
    (Quyết định công nhận kết quả): drafted by an officer from the ranking, the prize list
    frozen in it; the leader's signature publishes the results (ADR 32)."""

    document_type = DocumentType.DECISION
    contest = models.OneToOneField(
        Contest, on_delete=models.PROTECT, related_name="decision", verbose_name="cuộc thi"
    )
    # [{"prize": "Giải Nhất", "name": …, "unit": …}] in ranking order, as drafted
    prizes = models.JSONField(default=list, editable=False)

    class Meta(OfficialDocument.Meta):
        verbose_name = "quyết định công nhận kết quả cuộc thi"
        verbose_name_plural = "quyết định công nhận kết quả cuộc thi"

    # the participants and attempts when drafted, for the decision's first article
    people = models.PositiveIntegerField(default=0, editable=False)
    attempts = models.PositiveIntegerField(default=0, editable=False)

    def get_absolute_url(self) -> str:
        return reverse("contests:results", args=[self.contest_id])
