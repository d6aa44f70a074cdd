"""The communication score of a unit (criterion 4 of the commune-level CCHC index) and the
rules it is computed by. Rules are versioned and never edited: a score names the version
it was computed by, so a province that changes its weights keeps last year's scores
explainable (docs/decisions/0035-scores-stored-rules-versioned.md)."""

from django.conf import settings
from django.db import models

from loa.units.models import Unit


class ScoreRules(models.Model):
    """One version of a set of scoring rules: Loa's default (the published criterion) when
    `unit` is empty, else a province's own for one year. The shape of `data` is in
    loa/dashboard/criteria.py."""

    unit = models.ForeignKey(
        Unit,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="score_rules",
        verbose_name="đơn vị ban hành",
    )
    year = models.PositiveSmallIntegerField("năm")
    version = models.PositiveSmallIntegerField("phiên bản")
    data = models.JSONField("quy tắc tính điểm")
    note = models.TextField("ghi chú", blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "bộ tiêu chí chấm điểm"
        verbose_name_plural = "bộ tiêu chí chấm điểm"
        ordering = ["unit_id", "year", "-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "year", "version"], name="unique_score_rules_version"
            ),
            # NULL never equals NULL in a unique index: Loa's own versions need their own
            models.UniqueConstraint(
                fields=["year", "version"],
                condition=models.Q(unit__isnull=True),
                name="unique_default_score_rules_version",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.issuer} — năm {self.year}, phiên bản {self.version}"

    @property
    def issuer(self) -> str:
        return self.unit.council_name if self.unit_id else "Loa (tiêu chí công bố mặc định)"


class UnitScore(models.Model):
    """The stored score of a unit for a year: what rankings read. Recomputed daily and
    whenever its page is opened (loa/dashboard/services.py)."""

    unit = models.ForeignKey(
        Unit, on_delete=models.CASCADE, related_name="scores", verbose_name="đơn vị"
    )
    year = models.PositiveSmallIntegerField("năm")
    rules = models.ForeignKey(
        ScoreRules, on_delete=models.PROTECT, related_name="scores", verbose_name="bộ tiêu chí"
    )
    total = models.DecimalField("tổng điểm", max_digits=7, decimal_places=2)
    parts = models.JSONField("điểm thành phần", default=list)
    computed_at = models.DateTimeField("tính lúc")

    class Meta:
        verbose_name = "điểm tuyên truyền của đơn vị"
        verbose_name_plural = "điểm tuyên truyền của đơn vị"
        constraints = [
            models.UniqueConstraint(fields=["unit", "year"], name="unique_unit_score_year")
        ]
        indexes = [models.Index(fields=["year", "total"])]
        # a national supervisor (the Ministry) is given this in the admin: there is no unit
        # above the provinces to hold a role in (ADR 36)
        permissions = [("view_country", "Xem Theo dõi cả nước")]

    def __str__(self) -> str:
        return f"{self.unit} — {self.year}: {self.total}"
