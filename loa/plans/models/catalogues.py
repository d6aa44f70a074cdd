"""Catalogues shared by plans and activities: channels, reform areas, audiences.

They live here, below activities, because a plan's tasks and targets already name them.
Items that every unit sees are seeded by migration; admins add more.
"""

from django.db import models
from simple_history.models import HistoricalRecords


class ChannelKind(models.TextChoices):
    # The commune-level CCHC index scores the two kinds separately (FACTS.md section c).
    ONLINE = "online", "Trực tuyến, công nghệ thông tin"
    TRADITIONAL = "traditional", "Truyền thống"


class Channel(models.Model):
    """A form or channel of communication (hình thức, kênh tuyên truyền)."""

    code = models.SlugField("mã", max_length=40, unique=True)
    name = models.CharField("tên", max_length=150)
    kind = models.CharField("loại", max_length=12, choices=ChannelKind.choices)
    counting_unit = models.CharField("đơn vị tính", max_length=30, help_text="Ví dụ: tin, bài.")
    counts_participants = models.BooleanField("có đếm lượt người tham dự", default=False)
    order = models.PositiveSmallIntegerField("thứ tự", default=100)
    is_active = models.BooleanField("đang dùng", default=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "hình thức tuyên truyền"
        verbose_name_plural = "hình thức tuyên truyền"
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name


class ReformArea(models.Model):
    """An area of the 2021–2030 master programme (lĩnh vực cải cách hành chính)."""

    code = models.SlugField("mã", max_length=40, unique=True)
    name = models.CharField("tên", max_length=150)
    order = models.PositiveSmallIntegerField("thứ tự", default=100)
    is_active = models.BooleanField("đang dùng", default=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "lĩnh vực cải cách hành chính"
        verbose_name_plural = "lĩnh vực cải cách hành chính"
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name


class Audience(models.Model):
    """Who a plan or activity addresses (đối tượng tuyên truyền)."""

    code = models.SlugField("mã", max_length=40, unique=True)
    name = models.CharField("tên", max_length=150)
    order = models.PositiveSmallIntegerField("thứ tự", default=100)
    is_active = models.BooleanField("đang dùng", default=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "đối tượng tuyên truyền"
        verbose_name_plural = "đối tượng tuyên truyền"
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name
