"""Citizens' satisfaction surveys (ADR 31): a survey of a unit, its questions and their
choices, and the anonymous responses with one answer row per question (per choice ticked,
for a multiple-choice question)."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone


class SurveyStatus(models.TextChoices):
    DRAFT = "draft", "Đang soạn"
    OPEN = "open", "Đang mở"
    CLOSED = "closed", "Đã đóng"


class Kind(models.TextChoices):
    SINGLE = "single", "Chọn một"
    MULTIPLE = "multiple", "Chọn nhiều"
    SCALE = "scale", "Thang 5 mức (1–5)"
    SHORT = "short", "Trả lời ngắn"
    LONG = "long", "Trả lời dài"


class Factor(models.TextChoices):
    """The five factors of SIPAS (FACTS.md, section c)."""

    ACCESS = "access", "Tiếp cận dịch vụ"
    PROCEDURE = "procedure", "Thủ tục hành chính"
    SERVANT = "servant", "Công chức giải quyết công việc"
    RESULT = "result", "Kết quả giải quyết công việc"
    FEEDBACK = "feedback", "Tiếp nhận, xử lý ý kiến góp ý, phản ánh, kiến nghị"


class Aspect(models.TextChoices):
    PERCEPTION = "perception", "Cảm nhận"
    SATISFACTION = "satisfaction", "Sự hài lòng"
    EXPECTATION = "expectation", "Mong đợi"


# the five levels of a scale question, 1 to 5; the index counts 4 and 5
SCALE_LABELS = ["Rất không hài lòng", "Không hài lòng", "Bình thường", "Hài lòng", "Rất hài lòng"]
SATISFIED_FROM = 4


class Survey(models.Model):
    unit = models.ForeignKey("units.Unit", on_delete=models.PROTECT, related_name="surveys")
    title = models.CharField("tên cuộc khảo sát", max_length=300)
    intro = models.TextField("lời giới thiệu", blank=True)
    opens_on = models.DateField("ngày bắt đầu", null=True, blank=True)
    closes_on = models.DateField("ngày kết thúc", null=True, blank=True)
    status = models.CharField(
        "trạng thái", max_length=10, choices=SurveyStatus.choices, default=SurveyStatus.DRAFT
    )
    kiosk = models.BooleanField(
        "cho phép máy tính bảng tại bộ phận một cửa",
        default=False,
        help_text="Máy tại quầy nhận nhiều phiếu liên tiếp, mỗi phiếu xong trở về phiếu trống.",
    )
    kiosk_token = models.CharField(max_length=32, blank=True, editable=False)
    closed_at = models.DateTimeField(null=True, blank=True, editable=False)
    # the activity the wave logged when it closed; closing again updates it (ADR 31)
    activity = models.OneToOneField(
        "activities.Activity",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="survey",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "cuộc khảo sát"

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("surveys:public", kwargs={"code": self.unit.code, "pk": self.pk})

    @property
    def ended_on(self):
        """The last day of a closed wave: its end date, or the day it was closed if sooner."""
        if self.closed_at is None:
            return None
        closed = timezone.localdate(self.closed_at)
        return min(closed, self.closes_on) if self.closes_on else closed

    def accepts_answers(self, today=None) -> bool:
        today = today or timezone.localdate()
        return (
            self.status == SurveyStatus.OPEN
            and (self.opens_on is None or self.opens_on <= today)
            and (self.closes_on is None or today <= self.closes_on)
        )


class Question(models.Model):
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="questions")
    order = models.PositiveIntegerField("thứ tự", default=0)
    kind = models.CharField("loại câu hỏi", max_length=10, choices=Kind.choices)
    text = models.CharField("câu hỏi", max_length=500)
    hint = models.CharField("gợi ý", max_length=300, blank=True)
    required = models.BooleanField("bắt buộc trả lời", default=True)
    factor = models.CharField("yếu tố SIPAS", max_length=10, choices=Factor.choices, blank=True)
    aspect = models.CharField("nội dung đo", max_length=12, choices=Aspect.choices, blank=True)
    # the respondent's answer to this question is the procedure field of the response
    asks_field = models.BooleanField("hỏi lĩnh vực thủ tục", default=False)
    # "show only if question X was answered Y": Y is a choice, X its question
    show_if = models.ForeignKey(
        "Choice",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="chỉ hỏi khi đã chọn",
    )

    class Meta:
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.text

    @property
    def has_choices(self) -> bool:
        return self.kind in (Kind.SINGLE, Kind.MULTIPLE, Kind.SCALE)


class Choice(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="choices")
    order = models.PositiveIntegerField(default=0)
    label = models.CharField("lựa chọn", max_length=300)
    value = models.PositiveSmallIntegerField(null=True, blank=True)  # 1–5 on a scale

    class Meta:
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.label


class Response(models.Model):
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="responses")
    submitted_at = models.DateTimeField(default=timezone.now)
    # sha256 of the device token's random part: nothing that names a person is kept
    device_hash = models.CharField(max_length=64, blank=True)
    procedure_field = models.CharField("lĩnh vực thủ tục", max_length=300, blank=True)
    at_kiosk = models.BooleanField(default=False)

    class Meta:
        indexes = [models.Index(fields=["survey", "procedure_field"])]
        constraints = [
            # one sheet per device, even for two sendings at the same instant
            models.UniqueConstraint(
                fields=["survey", "device_hash"],
                condition=~models.Q(device_hash=""),
                name="surveys_one_response_per_device",
            )
        ]

    def __str__(self) -> str:
        return f"Phiếu {self.pk} — {self.survey_id}"


class Answer(models.Model):
    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    choice = models.ForeignKey(
        Choice, on_delete=models.CASCADE, null=True, blank=True, related_name="answers"
    )
    value = models.PositiveSmallIntegerField(null=True, blank=True)  # the scale level, copied
    text = models.TextField(blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["question", "choice"]),
            models.Index(fields=["question", "value"]),
        ]

    def __str__(self) -> str:
        return f"Trả lời câu {self.question_id} của phiếu {self.response_id}"
