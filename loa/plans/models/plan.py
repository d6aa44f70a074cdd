"""The annual communication plan and its workflow: draft → submitted → issued → superseded."""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import F
from django.db.models.functions import ExtractYear
from django_fsm import ConcurrentTransitionMixin, FSMField, transition
from simple_history.models import HistoricalRecords

from loa.units.models import Office, Unit


class PlanStatus(models.TextChoices):
    DRAFT = "draft", "Dự thảo"
    SUBMITTED = "submitted", "Đã trình lãnh đạo"
    ISSUED = "issued", "Đã ban hành"
    SUPERSEDED = "superseded", "Đã được thay thế"


class SignatureAuthority(models.TextChoices):
    # FACTS.md a: TM. for the collective; KT. when a deputy signs for the head.
    TM = "tm", "TM. Ủy ban nhân dân — Chủ tịch ký"
    TM_KT = "tm_kt", "TM. Ủy ban nhân dân — KT. Chủ tịch, Phó Chủ tịch ký"
    KT = "kt", "KT. Chủ tịch — Phó Chủ tịch ký"
    HEAD = "head", "Chủ tịch ký (không ghi TM.)"


class Plan(ConcurrentTransitionMixin, models.Model):
    unit = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="plans", verbose_name="đơn vị"
    )
    year = models.PositiveSmallIntegerField("năm kế hoạch")
    title = models.CharField(
        "trích yếu",
        max_length=300,
        help_text="Ví dụ: Tuyên truyền cải cách hành chính xã Định Biên năm 2022.",
    )
    status = FSMField(
        "trạng thái", default=PlanStatus.DRAFT, choices=PlanStatus.choices, protected=True
    )

    # Header of the document
    number = models.PositiveIntegerField("số", null=True, blank=True, editable=False)
    symbol = models.CharField("ký hiệu", max_length=30, default="KH-UBND")
    place = models.CharField(
        "địa danh", max_length=100, blank=True, help_text="Ghi ở dòng “…, ngày … tháng … năm …”."
    )
    issued_on = models.DateField("ngày ban hành", null=True, blank=True, editable=False)
    show_parent_body = models.BooleanField(
        "ghi cơ quan chủ quản ở tiêu đề",
        default=True,
        help_text="Văn bản cấp xã trước 01/7/2025 ghi “UBND huyện …” phía trên tên đơn vị.",
    )

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

    # Signature block and recipients
    signature_authority = models.CharField(
        "thẩm quyền ký",
        max_length=8,
        choices=SignatureAuthority.choices,
        default=SignatureAuthority.TM,
    )
    signer_position = models.CharField("chức vụ người ký", max_length=100, default="Chủ tịch")
    signer_name = models.CharField("họ tên người ký", max_length=100, blank=True)
    signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    recipients = models.TextField(
        "nơi nhận", blank=True, help_text="Mỗi dòng một nơi nhận; dòng cuối “Lưu: VT, …”."
    )
    drafting_office = models.ForeignKey(
        Office,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="bộ phận soạn thảo",
    )

    # Versions: an amendment is a new plan; the issued one is kept and linked
    previous_version = models.OneToOneField(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="next_version",
        editable=False,
    )
    return_reason = models.TextField("lý do trả lại", blank=True, editable=False)
    submitted_at = models.DateTimeField("trình lúc", null=True, blank=True, editable=False)
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
        verbose_name = "kế hoạch"
        verbose_name_plural = "kế hoạch"
        ordering = ["-year", "-created_at"]
        indexes = [models.Index(fields=["unit", "year", "status"])]
        constraints = [
            # numbers run per issuing unit, symbol and calendar year of issue
            models.UniqueConstraint(
                F("unit"),
                F("symbol"),
                ExtractYear("issued_on"),
                F("number"),
                name="unique_plan_number",
                condition=models.Q(number__isnull=False),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    # --- workflow: each transition states its effect; services.py does the rest ---------
    @transition(field=status, source=PlanStatus.DRAFT, target=PlanStatus.SUBMITTED)
    def submit(self, *, on):
        """An officer sends the draft to the leader."""
        self.return_reason, self.submitted_at = "", on

    @transition(field=status, source=PlanStatus.SUBMITTED, target=PlanStatus.DRAFT)
    def send_back(self, reason: str):
        """The leader returns the draft with a reason."""
        self.return_reason = reason

    @transition(field=status, source=PlanStatus.SUBMITTED, target=PlanStatus.ISSUED)
    def issue(self, *, number: int, on: datetime.date, by):
        """The leader signs: the plan gets its number and date and becomes read-only."""
        self.number, self.issued_on, self.signed_by = number, on, by

    @transition(field=status, source=PlanStatus.ISSUED, target=PlanStatus.SUPERSEDED)
    def supersede(self):
        """An amended version was issued in its place."""

    # --- reading ----------------------------------------------------------------------------
    @property
    def is_editable(self) -> bool:
        return self.status == PlanStatus.DRAFT

    @property
    def reference(self) -> str:
        """ "Kế hoạch số 14/KH-UBND ngày 14/02/2023" (or "Dự thảo kế hoạch" before issue)."""
        if self.number is None:
            return "Dự thảo kế hoạch"
        return f"Kế hoạch số {self.number_text} ngày {self.issued_on:%d/%m/%Y}"

    @property
    def number_text(self) -> str:
        if self.number is None:
            return f"     /{self.symbol}"
        return f"{self.number:02d}/{self.symbol}"
