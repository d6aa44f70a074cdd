"""The running sums of the sent reports below each upper unit: what a consolidated report
and the national roll-up read instead of decoding every frozen report (ADR 34)."""

from django.db import models

from loa.plans.models import ReportKind
from loa.units.models import Unit

from ..sums import figures_empty


class ReportSum(models.Model):
    """Σ of the frozen figures of the sent, non-consolidated reports of one period of the
    units directly below `unit`, in the shape `consolidated_figures` returns, and Σ of their
    extras. Kept by the report services in the transaction that sends a report; rebuilt
    from the reports by `manage.py reportsums_rebuild`."""

    unit = models.ForeignKey(
        Unit, on_delete=models.CASCADE, related_name="report_sums", verbose_name="cấp trên"
    )
    kind = models.CharField("loại báo cáo", max_length=12, choices=ReportKind.choices)
    year = models.PositiveSmallIntegerField("năm")
    index = models.PositiveSmallIntegerField("kỳ", default=1)
    figures = models.JSONField("tổng số liệu", default=figures_empty)
    extras = models.JSONField("tổng số liệu khác", default=dict)
    reports = models.PositiveIntegerField("số báo cáo đã gửi", default=0)

    class Meta:
        verbose_name = "tổng số liệu báo cáo cấp dưới"
        verbose_name_plural = "tổng số liệu báo cáo cấp dưới"
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "kind", "year", "index"], name="one_report_sum_a_period"
            )
        ]

    def __str__(self) -> str:
        return f"{self.unit} — {self.get_kind_display()} {self.index}/{self.year}"
