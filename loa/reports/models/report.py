"""A periodic or ad hoc report: compiled from the activity log, edited, issued, sent up."""

from django.conf import settings
from django.db import models
from django.db.models import F
from django.db.models.functions import ExtractYear
from django_fsm import ConcurrentTransitionMixin, FSMField, transition
from simple_history.models import HistoricalRecords

from loa.plans.models import Plan, ReportKind, SignatureAuthority
from loa.units.models import Unit


class ReportStatus(models.TextChoices):
    DRAFT = "draft", "Dự thảo"
    SUBMITTED = "submitted", "Đã trình lãnh đạo"
    ISSUED = "issued", "Đã ký ban hành"
    SENT = "sent", "Đã gửi cấp trên"


class Report(ConcurrentTransitionMixin, models.Model):
    unit = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="reports", verbose_name="đơn vị"
    )
    kind = models.CharField("loại báo cáo", max_length=12, choices=ReportKind.choices)
    year = models.PositiveSmallIntegerField("năm")
    index = models.PositiveSmallIntegerField("kỳ", default=1, help_text="Quý 1–4.")
    period_start = models.DateField("số liệu từ ngày")
    period_end = models.DateField("đến ngày")
    plan = models.ForeignKey(
        Plan,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reports",
        verbose_name="kế hoạch được báo cáo",
    )
    is_consolidated = models.BooleanField(
        "báo cáo tổng hợp của các đơn vị trực thuộc", default=False
    )
    title = models.CharField("trích yếu", max_length=300)
    requested = models.TextField("nội dung yêu cầu (báo cáo đột xuất)", blank=True)
    addressee = models.CharField("kính gửi", max_length=200, blank=True)
    status = FSMField(default=ReportStatus.DRAFT, choices=ReportStatus.choices, protected=True)

    # the text of each part, pre-drafted from the figures and edited by the officer
    intro = models.TextField("lời mở đầu", blank=True)
    direction = models.TextField("I. Công tác chỉ đạo", blank=True)
    forms_text = models.TextField("II.1. Hình thức tuyên truyền", blank=True)
    results_text = models.TextField("II.2. Kết quả", blank=True)
    shortcomings = models.TextField("II.3. Tồn tại, hạn chế và nguyên nhân", blank=True)
    next_steps = models.TextField(
        "III. Phương hướng, nhiệm vụ kỳ tới", blank=True, help_text="Mỗi dòng một nhiệm vụ."
    )
    closing = models.TextField("đoạn kết", blank=True)

    number = models.PositiveIntegerField("số", null=True, blank=True, editable=False)
    symbol = models.CharField("ký hiệu", max_length=30, default="BC-UBND")
    place = models.CharField("địa danh", max_length=100, blank=True)
    issued_on = models.DateField("ngày ban hành", null=True, blank=True, editable=False)
    sent_at = models.DateTimeField("gửi lúc", null=True, blank=True, editable=False)
    due_on = models.DateField("hạn gửi", null=True, blank=True)
    signature_authority = models.CharField(
        max_length=8, choices=SignatureAuthority.choices, default=SignatureAuthority.TM
    )
    signer_position = models.CharField("chức vụ người ký", max_length=100, default="Chủ tịch")
    signer_name = models.CharField("họ tên người ký", max_length=100, blank=True)
    recipients = models.TextField("nơi nhận", blank=True)
    # the figures as sent: later edits of activities show as differences, never silently
    frozen = models.JSONField("số liệu khi gửi", null=True, blank=True, editable=False)
    return_reason = models.TextField(blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "báo cáo"
        verbose_name_plural = "báo cáo"
        ordering = ["-period_end", "-pk"]
        indexes = [models.Index(fields=["unit", "kind", "year", "index"])]
        constraints = [
            models.UniqueConstraint(
                F("unit"),
                F("symbol"),
                ExtractYear("issued_on"),
                F("number"),
                name="unique_report_number",
                condition=models.Q(number__isnull=False),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @transition(field=status, source=ReportStatus.DRAFT, target=ReportStatus.SUBMITTED)
    def submit(self):
        self.return_reason = ""

    @transition(field=status, source=ReportStatus.SUBMITTED, target=ReportStatus.DRAFT)
    def send_back(self, reason: str):
        self.return_reason = reason

    @transition(field=status, source=ReportStatus.SUBMITTED, target=ReportStatus.ISSUED)
    def issue(self, *, number: int, on):
        self.number, self.issued_on = number, on

    @transition(field=status, source=ReportStatus.ISSUED, target=ReportStatus.SENT)
    def send(self, *, at, figures: dict):
        self.sent_at, self.frozen = at, figures

    @property
    def is_editable(self) -> bool:
        return self.status == ReportStatus.DRAFT

    @property
    def number_text(self) -> str:
        return f"{self.number:02d}/{self.symbol}" if self.number else f"     /{self.symbol}"


class ReportCorrection(models.Model):
    """A typed change to a computed figure, kept visible with who and why."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="corrections")
    channel = models.ForeignKey(
        "plans.Channel", on_delete=models.PROTECT, related_name="+", verbose_name="hình thức"
    )
    quantity_delta = models.IntegerField("điều chỉnh số lượng", default=0)
    participants_delta = models.IntegerField("điều chỉnh lượt người", default=0)
    reason = models.TextField("lý do")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["pk"]
        verbose_name = "điều chỉnh số liệu"
        verbose_name_plural = "điều chỉnh số liệu"

    def __str__(self) -> str:
        return f"{self.channel}: {self.quantity_delta:+d} ({self.reason})"


class ReportDeadline(models.Model):
    """A deadline the upper level sets for the reports of the units below it."""

    unit = models.ForeignKey(
        Unit,
        on_delete=models.CASCADE,
        related_name="report_deadlines",
        verbose_name="cấp trên quy định",
    )
    kind = models.CharField("loại báo cáo", max_length=12, choices=ReportKind.choices)
    year = models.PositiveSmallIntegerField("năm")
    index = models.PositiveSmallIntegerField("kỳ", default=1)
    due_on = models.DateField("hạn gửi")

    class Meta:
        verbose_name = "hạn gửi báo cáo"
        verbose_name_plural = "hạn gửi báo cáo"
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "kind", "year", "index"], name="unique_deadline"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.index}/{self.year}: {self.due_on:%d/%m/%Y}"
