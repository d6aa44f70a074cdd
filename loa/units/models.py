"""The administrative hierarchy and the offices of each unit.

Two trees live side by side: the two-tier one in force since 1 July 2025 (province →
commune) and the three-tier one before it (province → district → commune), which plans
dated 2021–2024 still name. Each unit carries its validity dates.
"""

import datetime
from dataclasses import dataclass

from django.db import models
from django.db.models.functions import Collate
from django.utils import timezone
from simple_history.models import HistoricalRecords

from .collation import VI

REORGANISATION_DATE = datetime.date(2025, 7, 1)
LEGACY_END_DATE = datetime.date(2025, 6, 30)


class Level(models.IntegerChoices):
    PROVINCE = 1, "Cấp tỉnh"
    DISTRICT = 2, "Cấp huyện"
    COMMUNE = 3, "Cấp xã"


class Kind(models.TextChoices):
    CENTRAL_CITY = "tp_tw", "Thành phố trực thuộc trung ương"
    PROVINCE = "tinh", "Tỉnh"
    URBAN_DISTRICT = "quan", "Quận"
    RURAL_DISTRICT = "huyen", "Huyện"
    TOWN = "thi_xa", "Thị xã"
    PROVINCIAL_CITY = "tp_thuoc_tinh", "Thành phố thuộc tỉnh"
    CITY_OF_CITY = "tp_thuoc_tp", "Thành phố thuộc thành phố trực thuộc trung ương"
    COMMUNE = "xa", "Xã"
    WARD = "phuong", "Phường"
    TOWNSHIP = "thi_tran", "Thị trấn"
    SPECIAL_ZONE = "dac_khu", "Đặc khu"


# The word used in document headers: "UBND XÃ ĐỊNH BIÊN", "UBND THỊ XÃ KINH MÔN".
KIND_WORD = {
    Kind.CENTRAL_CITY: "thành phố",
    Kind.PROVINCE: "tỉnh",
    Kind.URBAN_DISTRICT: "quận",
    Kind.RURAL_DISTRICT: "huyện",
    Kind.TOWN: "thị xã",
    Kind.PROVINCIAL_CITY: "thành phố",
    Kind.CITY_OF_CITY: "thành phố",
    Kind.COMMUNE: "xã",
    Kind.WARD: "phường",
    Kind.TOWNSHIP: "thị trấn",
    Kind.SPECIAL_ZONE: "đặc khu",
}


class UnitQuerySet(models.QuerySet):
    def by_vietnamese_name(self):
        return self.order_by(Collate("short_name", VI), "code")

    def current(self, on: datetime.date | None = None):
        on = on or timezone.localdate()
        return self.filter(
            models.Q(valid_from__isnull=True) | models.Q(valid_from__lte=on),
            models.Q(valid_to__isnull=True) | models.Q(valid_to__gte=on),
        )

    def in_subtree(self, unit: "Unit"):
        """The unit and every unit below it."""
        return self.filter(path__startswith=unit.path)

    def below(self, unit: "Unit"):
        return self.in_subtree(unit).exclude(pk=unit.pk)

    def existing_on(self, day: datetime.date):
        """Units in existence on `day`: those that owe the reports of a period ending then."""
        return self.current(day)

    def former_below(self, unit: "Unit"):
        """Units that ended in the reorganisation and whose territory went, wholly or in
        part, to `unit` or a unit below it: old communes through their succession links,
        and the old districts and provinces above those communes."""
        communes = self.filter(
            valid_to__isnull=False, succession_links__new__path__startswith=unit.path
        ).values_list("path", flat=True)
        keys = {key for path in communes for key in path.strip("/").split("/")}
        return self.filter(key__in=keys)


class Unit(models.Model):
    """An administrative unit (đơn vị hành chính) at any level, current or former."""

    key = models.CharField(
        "khóa", max_length=32, unique=True, help_text="Mã nội bộ duy nhất: hệ + cấp + mã."
    )
    code = models.CharField("mã đơn vị", max_length=10, db_index=True)
    name = models.CharField("tên đầy đủ", max_length=150)
    short_name = models.CharField("tên", max_length=120)
    kind = models.CharField("loại", max_length=16, choices=Kind.choices)
    level = models.PositiveSmallIntegerField("cấp", choices=Level.choices)
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name="đơn vị cấp trên",
    )
    # Materialised path of keys ("/new-1-31/new-3-10972/"): subtree reads are one indexed
    # prefix match, which matters when a province officer follows 100+ communes.
    path = models.CharField(max_length=120, db_index=True, editable=False)
    valid_from = models.DateField("hiệu lực từ", null=True, blank=True)
    valid_to = models.DateField("hiệu lực đến", null=True, blank=True)
    # How the unit's documents print a deputy's signature (Decree 30 has "KT. CHỦ TỊCH";
    # many units put "TM. ỦY BAN NHÂN DÂN" above it).
    deputy_signs_under_collective = models.BooleanField(
        "cấp phó ký: ghi “TM. Ủy ban nhân dân” phía trên “KT. Chủ tịch”", default=True
    )
    successors = models.ManyToManyField(
        "self",
        through="UnitSuccession",
        symmetrical=False,
        related_name="predecessors",
        blank=True,
        verbose_name="đơn vị kế thừa",
    )
    history = HistoricalRecords()

    objects = UnitQuerySet.as_manager()

    class Meta:
        verbose_name = "đơn vị hành chính"
        verbose_name_plural = "đơn vị hành chính"
        indexes = [models.Index(fields=["level", "kind"])]

    def __str__(self) -> str:
        return self.name

    @property
    def is_legacy(self) -> bool:
        return self.valid_to is not None and self.valid_to < REORGANISATION_DATE

    def ended_before(self, day: datetime.date) -> bool:
        """The unit no longer existed on `day` (it was merged or abolished before it)."""
        return self.valid_to is not None and day > self.valid_to

    def existed_on(self, day: datetime.date) -> bool:
        return not self.ended_before(day) and (self.valid_from is None or self.valid_from <= day)

    def end_notice(self) -> str:
        """ "Xã Thúc Kháng đã kết thúc hoạt động từ ngày 01/07/2025, nay thuộc xã Đường An,
        xã Thượng Hồng.", for the pages and refusals of a unit that no longer exists."""
        if self.valid_to is None:
            return ""
        day = self.valid_to + datetime.timedelta(days=1)
        successors = ", ".join(
            f"{s.kind_word} {s.short_name}" for s in self.successors.by_vietnamese_name()
        )
        return (
            f"{self.kind_word.capitalize()} {self.short_name} đã kết thúc hoạt động từ ngày "
            f"{day:%d/%m/%Y} theo sắp xếp đơn vị hành chính"
            + (f", nay thuộc {successors}." if successors else ".")
        )

    @property
    def kind_word(self) -> str:
        return KIND_WORD[Kind(self.kind)]

    @property
    def council_name(self) -> str:
        """ "UBND xã Định Biên", as documents name the unit's People's Committee."""
        return f"UBND {self.kind_word} {self.short_name}"

    @property
    def council_full_name(self) -> str:
        return f"Ủy ban nhân dân {self.kind_word} {self.short_name}"

    def ancestors(self) -> list["Unit"]:
        """Units above this one, nearest first."""
        keys = [part for part in self.path.strip("/").split("/")[:-1] if part]
        by_key = Unit.objects.in_bulk(keys, field_name="key")
        return [by_key[k] for k in reversed(keys) if k in by_key]

    def build_path(self) -> str:
        prefix = self.parent.path if self.parent_id else "/"
        return f"{prefix}{self.key}/"


class UnitSuccession(models.Model):
    """An old unit (before 1 July 2025) and a unit it became part of."""

    old = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="succession_links")
    new = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="predecessor_links")
    partly = models.BooleanField("chỉ một phần", default=False)

    class Meta:
        verbose_name = "sáp nhập đơn vị"
        verbose_name_plural = "sáp nhập đơn vị"
        constraints = [models.UniqueConstraint(fields=["old", "new"], name="unique_succession")]

    def __str__(self) -> str:
        return f"{self.old} → {self.new}"


@dataclass(frozen=True)
class UnitPeriod:
    """A unit and the first day of a period it would write about: the object a permission
    to create a plan, report or activity is asked on, once the period is known (the rules
    refuse a period that begins after the unit ended)."""

    unit: Unit
    start: datetime.date


class Office(models.Model):
    """An office of a unit (cơ quan, bộ phận, công chức chuyên môn) that plans assign work to."""

    unit = models.ForeignKey(
        Unit, on_delete=models.CASCADE, related_name="offices", verbose_name="đơn vị"
    )
    name = models.CharField("tên cơ quan, bộ phận", max_length=200)
    abbreviation = models.CharField(
        "viết tắt",
        max_length=20,
        blank=True,
        help_text="Dùng trong dòng “Lưu: VT, …” của văn bản, ví dụ VHXH.",
    )
    order = models.PositiveSmallIntegerField("thứ tự", default=100)
    is_active = models.BooleanField("đang hoạt động", default=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "cơ quan, bộ phận"
        verbose_name_plural = "cơ quan, bộ phận"
        ordering = ["order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["unit", "name"], name="unique_office_name_per_unit")
        ]

    def __str__(self) -> str:
        return self.name
