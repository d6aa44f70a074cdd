from django.db import models

from loa.units.models import Unit


class DocumentRegister(models.Model):
    """The clerk's register (sổ đăng ký văn bản): the last number given, per issuing unit,
    calendar year and document symbol ("KH-UBND", "BC-UBND")."""

    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="registers")
    year = models.PositiveSmallIntegerField()
    symbol = models.CharField(max_length=30)
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "sổ đăng ký văn bản"
        verbose_name_plural = "sổ đăng ký văn bản"
        constraints = [
            models.UniqueConstraint(fields=["unit", "year", "symbol"], name="unique_register")
        ]

    def __str__(self) -> str:
        return f"{self.unit} {self.year} {self.symbol}: {self.last_number}"
