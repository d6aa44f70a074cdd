"""The reminders the upper level sends from the roll-up: who was reminded of which period,
when and by whom, so that a unit is reminded at most once a day."""

from django.conf import settings
from django.db import models

from loa.plans.models import ReportKind
from loa.units.models import Unit


class ReportReminder(models.Model):
    unit = models.ForeignKey(
        Unit,
        on_delete=models.CASCADE,
        related_name="report_reminders",
        verbose_name="đơn vị được nhắc",
    )
    kind = models.CharField("loại báo cáo", max_length=12, choices=ReportKind.choices)
    year = models.PositiveSmallIntegerField("năm")
    index = models.PositiveSmallIntegerField("kỳ", default=1)
    # the day in Vietnam of sent_at: the constraint below allows one reminder a day
    sent_on = models.DateField("ngày nhắc")
    sent_at = models.DateTimeField("gửi lúc")
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name="người gửi",
    )
    recipients = models.TextField("gửi tới", blank=True, help_text="Mỗi dòng một địa chỉ.")

    class Meta:
        verbose_name = "thư nhắc gửi báo cáo"
        verbose_name_plural = "thư nhắc gửi báo cáo"
        ordering = ["-sent_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "kind", "year", "index", "sent_on"],
                name="one_report_reminder_a_day",
            )
        ]

    def __str__(self) -> str:
        return f"{self.unit} — {self.get_kind_display()} {self.index}/{self.year}, {self.sent_on}"
