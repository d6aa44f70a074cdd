"""The public side of a unit: its contact details and the catalogue of administrative
procedures (thủ tục hành chính) of each level."""

from django.db import models
from simple_history.models import HistoricalRecords

from loa.units.models import Level, Unit


class UnitContact(models.Model):
    """What a citizen needs to reach the unit, as its unit admin publishes it. Kept apart
    from Unit, which is the loaded hierarchy (ADR 24)."""

    unit = models.OneToOneField(
        Unit, on_delete=models.CASCADE, related_name="contact", verbose_name="đơn vị"
    )
    address = models.CharField("địa chỉ trụ sở", max_length=250, blank=True)
    hotline = models.CharField(
        "đường dây nóng",
        max_length=20,
        blank=True,
        help_text="Chỉ gồm chữ số, dấu cách, dấu chấm, gạch ngang hoặc dấu + ở đầu.",
    )
    email = models.EmailField("thư điện tử", blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "thông tin liên hệ"
        verbose_name_plural = "thông tin liên hệ"

    def __str__(self) -> str:
        return f"Liên hệ — {self.unit}"


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
    name = models.CharField("tên thủ tục", max_length=400)
    field = models.CharField("lĩnh vực", max_length=150)
    level = models.PositiveSmallIntegerField("cấp thực hiện", choices=Level.choices)
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
        indexes = [models.Index(fields=["level", "field"])]

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
