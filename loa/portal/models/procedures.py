"""The catalogue of administrative procedures (thủ tục hành chính) of each level."""

import re

from django.db import models
from simple_history.models import HistoricalRecords

from loa.units.models import Level, Unit

# The full code of the national database as provincial portals show it, e.g.
# 1.001612.000.00.00.H48 (observed, no specification found: FACTS e); the first eight
# characters are the national code.
FULL_CODE = re.compile(r"^\d\.\d{6}\.\d{3}\.\d{2}\.\d{2}\.H\d{2}$")
NATIONAL_CODE = re.compile(r"^\d\.\d{6}$")


class Procedure(models.Model):
    """An administrative procedure as the national database announces it, for the units
    of one level."""

    code = models.CharField(
        "mã thủ tục",
        max_length=32,
        blank=True,
        db_index=True,
        help_text="Mã trên Cơ sở dữ liệu quốc gia về TTHC, ví dụ 1.000894; để trống nếu chưa rõ.",
    )
    full_code = models.CharField(
        "mã đầy đủ",
        max_length=40,
        blank=True,
        help_text="Mã như trên cổng dịch vụ công của tỉnh, ví dụ 1.001612.000.00.00.H48.",
    )
    name = models.CharField("tên thủ tục", max_length=400)
    field = models.CharField("lĩnh vực", max_length=150)
    level = models.PositiveSmallIntegerField("cấp thực hiện", choices=Level.choices)
    # None: the national catalogue of the level; a province: what that province announced
    # for its units of the level (ADR 27)
    province = models.ForeignKey(
        Unit,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="tỉnh, thành phố công bố",
    )
    agency = models.CharField("cơ quan thực hiện", max_length=250, blank=True)
    abolished_on = models.DateField(
        "ngày bãi bỏ",
        null=True,
        blank=True,
        help_text="Thủ tục đã bãi bỏ vẫn được công khai, có ghi rõ, nhưng không hiện khi tìm.",
    )
    processing_time = models.CharField("thời hạn giải quyết", max_length=250, blank=True)
    fee = models.CharField("phí, lệ phí", max_length=250, blank=True)
    documents = models.TextField("thành phần hồ sơ", blank=True)
    steps = models.TextField("trình tự thực hiện", blank=True)
    legal_basis = models.TextField("căn cứ pháp lý", blank=True)
    portal_url = models.URLField("đường dẫn trên Cổng Dịch vụ công quốc gia", blank=True)
    # fold(name + field + code), written by services.procedure_save: the search compares it
    # with the folded query on either database (ADR 24).
    search_text = models.TextField(editable=False, default="")
    history = HistoricalRecords()

    class Meta:
        verbose_name = "thủ tục hành chính"
        verbose_name_plural = "thủ tục hành chính"
        ordering = ["field", "name"]
        indexes = [
            models.Index(fields=["level", "field"]),
            models.Index(fields=["level", "province"]),
        ]

    def __str__(self) -> str:
        return self.name


class ChangeStatus(models.TextChoices):
    NEW = "new", "Mới ban hành"
    AMENDED = "amended", "Sửa đổi, bổ sung"
    ABOLISHED = "abolished", "Bãi bỏ"
    REPLACED = "replaced", "Thay thế"


class ProcedureChange(models.Model):
    """One announcement about a procedure: "Quyết định công bố số … ngày …"."""

    procedure = models.ForeignKey(
        Procedure, on_delete=models.CASCADE, related_name="changes", verbose_name="thủ tục"
    )
    status = models.CharField("tình trạng", max_length=12, choices=ChangeStatus.choices)
    decision_number = models.CharField("số quyết định công bố", max_length=60)
    decision_date = models.DateField("ngày quyết định")
    note = models.CharField("ghi chú", max_length=250, blank=True)

    class Meta:
        verbose_name = "lần công bố thủ tục"
        verbose_name_plural = "lần công bố thủ tục"
        ordering = ["-decision_date", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_status_display()} — {self.decision_number}"


class ProcedurePosting(models.Model):
    """One posting (niêm yết) of the unit's list of procedures, at the one-stop desk and/or
    on the portal; each logs one activity on the procedure-posting channel (ADR 27)."""

    unit = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="procedure_postings", verbose_name="đơn vị"
    )
    posted_on = models.DateField("ngày niêm yết")
    at_desk = models.BooleanField("tại Bộ phận một cửa", default=True)
    on_portal = models.BooleanField("trên cổng, trang thông tin điện tử", default=False)
    decision_number = models.CharField("theo quyết định công bố số", max_length=60, blank=True)
    decision_date = models.DateField("ngày quyết định", null=True, blank=True)
    procedures = models.PositiveIntegerField("số thủ tục niêm yết", default=0)
    activity = models.OneToOneField(
        "activities.Activity",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="procedure_posting",
    )
    created_by = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "lần niêm yết thủ tục"
        verbose_name_plural = "lần niêm yết thủ tục"
        ordering = ["-posted_on", "-pk"]

    def __str__(self) -> str:
        return f"Niêm yết ngày {self.posted_on:%d/%m/%Y}"

    @property
    def places(self) -> str:
        where = []
        if self.at_desk:
            where.append("tại Bộ phận tiếp nhận và trả kết quả")
        if self.on_portal:
            where.append("trên cổng thông tin điện tử")
        return " và ".join(where)
