"""The monthly CCHC column on the commune radio (chuyên mục CCHC trên đài truyền thanh):
a script to be read aloud, and the slots it goes out in."""

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from loa.activities.models import Activity
from loa.units.models import Unit


class RadioBulletin(models.Model):
    """One month's script, compiled from what the unit published that month, then edited
    by the officer; what is read on air is `script` as it stands."""

    unit = models.ForeignKey(
        Unit, on_delete=models.CASCADE, related_name="radio_bulletins", verbose_name="đơn vị"
    )
    year = models.PositiveSmallIntegerField("năm")
    month = models.PositiveSmallIntegerField("tháng")
    title = models.CharField("tiêu đề", max_length=200)
    script = models.TextField(
        "nội dung đọc trên sóng",
        max_length=20_000,
        help_text="Viết để đọc thành tiếng: câu ngắn, không bảng, số và ngày viết bằng chữ.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "chuyên mục CCHC trên đài truyền thanh"
        verbose_name_plural = "chuyên mục CCHC trên đài truyền thanh"
        ordering = ["-year", "-month"]
        constraints = [
            models.UniqueConstraint(fields=["unit", "year", "month"], name="one_bulletin_a_month")
        ]

    def __str__(self) -> str:
        return self.title


class Broadcast(models.Model):
    """One airing of the bulletin; marked done, it logs itself as a radio activity."""

    bulletin = models.ForeignKey(
        RadioBulletin,
        on_delete=models.CASCADE,
        related_name="broadcasts",
        verbose_name="chuyên mục",
    )
    on = models.DateField("ngày phát")
    at = models.TimeField("giờ phát")
    activity = models.OneToOneField(
        Activity, on_delete=models.SET_NULL, null=True, blank=True, related_name="broadcast"
    )
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    done_at = models.DateTimeField(null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "lượt phát"
        verbose_name_plural = "lượt phát"
        ordering = ["on", "at"]
        constraints = [
            models.UniqueConstraint(fields=["bulletin", "on", "at"], name="one_broadcast_a_slot")
        ]

    def __str__(self) -> str:
        return f"{self.on:%d/%m/%Y} {self.at:%H:%M}"

    @property
    def done(self) -> bool:
        return self.done_at is not None
