"""Periodic values for ratio targets and ticks for milestones, each with its evidence."""

import uuid

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from loa.plans.models import Target


def target_evidence_path(instance, filename: str) -> str:

    # the name comes from the checked content type, never from the user's file name
    extension = {
        "image/jpeg": "jpg",
        "image/png": "png",
        "image/webp": "webp",
        "application/pdf": "pdf",
    }.get(getattr(instance, "_content_type", ""), "docx")
    return f"minh-chung/chi-tieu/{instance.target_id}/{uuid.uuid4().hex}.{extension}"


class TargetEntry(models.Model):
    """A measured value of a target for a period: "hồ sơ được công khai / hồ sơ tiếp nhận"
    in a month, or a milestone reached. `not_applicable` entries are left out of progress."""

    target = models.ForeignKey(
        Target, on_delete=models.CASCADE, related_name="entries", verbose_name="chỉ tiêu"
    )
    period_start = models.DateField("từ ngày")
    period_end = models.DateField("đến ngày")
    numerator = models.PositiveIntegerField(
        "số đạt", null=True, blank=True, help_text="Ví dụ: số hồ sơ được công khai."
    )
    denominator = models.PositiveIntegerField(
        "trên tổng số", null=True, blank=True, help_text="Ví dụ: số hồ sơ tiếp nhận."
    )
    done = models.BooleanField("đã hoàn thành", default=False)
    not_applicable = models.BooleanField("không phát sinh trong kỳ", default=False)
    note = models.CharField("ghi chú", max_length=300, blank=True)
    evidence = models.FileField(
        "tài liệu kiểm chứng", upload_to=target_evidence_path, blank=True, max_length=200
    )
    evidence_name = models.CharField(max_length=255, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "số liệu chỉ tiêu"
        verbose_name_plural = "số liệu chỉ tiêu"
        ordering = ["-period_end", "-pk"]

    def __str__(self) -> str:
        return f"{self.target} {self.period_start:%d/%m/%Y}–{self.period_end:%d/%m/%Y}"
