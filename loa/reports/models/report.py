"""A periodic or ad hoc report: an official document (the core in loa/documents)
compiled from the activity log, edited, issued and sent up."""

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from loa.documents.models import DocumentStatus, DocumentType, OfficialDocument
from loa.plans.models import Plan, ReportKind
from loa.units.models import Unit

# A report goes draft → submitted → issued → sent to the level above.
ReportStatus = DocumentStatus


class Report(OfficialDocument):
    document_type = DocumentType.REPORT
    goes_upward = True
    not_copied = ("frozen",)  # an amended report is compiled and sent anew

    kind = models.CharField("loại báo cáo", max_length=12, choices=ReportKind.choices)
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
    requested = models.TextField("nội dung yêu cầu (báo cáo đột xuất)", blank=True)
    symbol = models.CharField("ký hiệu", max_length=30, default="BC-UBND")

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

    due_on = models.DateField("hạn gửi", null=True, blank=True)
    # the figures as sent: later edits of activities show as differences, never silently
    frozen = models.JSONField("số liệu khi gửi", null=True, blank=True, editable=False)
    # the text as Loa last drafted it, by field: a part still equal to it is redrafted when
    # the figures change; a part the officer rewrote is kept
    drafted = models.JSONField("lời văn soạn sẵn", default=dict, blank=True, editable=False)
    history = HistoricalRecords()

    class Meta(OfficialDocument.Meta):
        verbose_name = "báo cáo"
        verbose_name_plural = "báo cáo"
        ordering = ["-period_end", "-pk"]
        indexes = [models.Index(fields=["unit", "kind", "year", "index"])]


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
    # a withdrawn correction no longer counts; it stays, with who withdrew it and why
    withdrawn_at = models.DateTimeField("thu hồi lúc", null=True, blank=True, editable=False)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    withdraw_reason = models.TextField("lý do thu hồi", blank=True)
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
