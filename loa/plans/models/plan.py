"""The annual communication plan: an official document (the core in loa/documents) with
its legal basis, budget and the deadline it sets for the units below. Its content
(sections, targets, tasks, schedule) is in content.py."""

from django.db import models
from simple_history.models import HistoricalRecords

from loa.documents.models import DocumentStatus, DocumentType, OfficialDocument

# A plan goes draft → submitted → issued → superseded (by an amendment); it is not sent.
PlanStatus = DocumentStatus


class Plan(OfficialDocument):
    document_type = DocumentType.PLAN

    year = models.PositiveSmallIntegerField("năm kế hoạch")
    title = models.CharField(
        "trích yếu",
        max_length=300,
        help_text="Ví dụ: Tuyên truyền cải cách hành chính xã Định Biên năm 2022.",
    )
    symbol = models.CharField("ký hiệu", max_length=30, default="KH-UBND")

    # Legal basis: an upper plan issued in Loa, and the lead-in paragraph as it is printed
    upper_plan = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="lower_plans",
        verbose_name="kế hoạch cấp trên",
    )
    intro = models.TextField(
        "căn cứ và lời mở đầu",
        blank=True,
        help_text="Ví dụ: Thực hiện Kế hoạch số …/KH-UBND ngày … của UBND …, UBND xã … xây "
        "dựng kế hoạch … như sau:",
    )
    closing = models.TextField("đoạn kết", blank=True)

    # Budget
    budget_source = models.CharField("nguồn kinh phí", max_length=300, blank=True)
    budget_amount = models.DecimalField(
        "tổng kinh phí (đồng)", max_digits=15, decimal_places=0, null=True, blank=True
    )
    # Deadline the upper level sets for the plans of the units below (cascading)
    lower_plan_deadline = models.DateField("hạn cấp dưới ban hành kế hoạch", null=True, blank=True)

    history = HistoricalRecords()

    class Meta(OfficialDocument.Meta):
        verbose_name = "kế hoạch"
        verbose_name_plural = "kế hoạch"
        ordering = ["-year", "-created_at"]
        indexes = [models.Index(fields=["unit", "year", "status"])]
