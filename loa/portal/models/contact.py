"""What a citizen needs to reach a unit: its contact details."""

from django.db import models
from simple_history.models import HistoricalRecords

from loa.units.models import Unit


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
