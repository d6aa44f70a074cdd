"""What a unit did: one activity per row, in the counting unit of its channel."""

import uuid

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from loa.plans.models import Audience, Channel, ReformArea, Task
from loa.units.models import Office, Unit


class ActivityQuerySet(models.QuerySet):
    def in_year(self, year: int):
        return self.filter(started_on__year=year)

    def between(self, start, end):
        return self.filter(started_on__gte=start, started_on__lte=end)


class Activity(models.Model):
    unit = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="activities", verbose_name="đơn vị"
    )
    office = models.ForeignKey(
        Office,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="activities",
        verbose_name="bộ phận thực hiện",
    )
    channel = models.ForeignKey(
        Channel, on_delete=models.PROTECT, related_name="activities", verbose_name="hình thức"
    )
    title = models.CharField("tên hoạt động", max_length=300)
    description = models.TextField(
        "nội dung chính",
        blank=True,
        help_text="Chủ đề tuyên truyền, ví dụ: “hoạt động của Bộ phận một cửa”; được dùng khi "
        "soạn báo cáo.",
    )
    started_on = models.DateField("ngày thực hiện")
    ended_on = models.DateField(
        "đến ngày", null=True, blank=True, help_text="Chỉ ghi khi hoạt động kéo dài nhiều ngày."
    )
    quantity = models.PositiveIntegerField(
        "số lượng", default=1, help_text="Theo đơn vị tính của hình thức: tin, bài, băng rôn…"
    )
    participants = models.PositiveIntegerField("số lượt người tham dự", null=True, blank=True)
    reform_areas = models.ManyToManyField(
        ReformArea, blank=True, related_name="activities", verbose_name="lĩnh vực"
    )
    audiences = models.ManyToManyField(
        Audience, blank=True, related_name="activities", verbose_name="đối tượng"
    )
    task = models.ForeignKey(
        Task,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="activities",
        verbose_name="thuộc nhiệm vụ",
    )
    link = models.URLField("đường dẫn tin, bài", max_length=500, blank=True)
    location = models.CharField("địa điểm", max_length=200, blank=True)
    led_by = models.CharField(
        "người chủ trì",
        max_length=200,
        blank=True,
        help_text="Với hội nghị, đối thoại, tọa đàm: ví dụ “đồng chí Chủ tịch UBND xã”.",
    )
    # A fingerprint of the spreadsheet row it came from: importing a file twice adds nothing.
    import_key = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(m2m_fields=[reform_areas, audiences])

    objects = ActivityQuerySet.as_manager()

    class Meta:
        verbose_name = "hoạt động tuyên truyền"
        verbose_name_plural = "hoạt động tuyên truyền"
        ordering = ["-started_on", "-pk"]
        indexes = [
            models.Index(fields=["unit", "started_on"]),
            models.Index(fields=["unit", "channel", "started_on"]),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "import_key"],
                name="unique_import_row",
                condition=~models.Q(import_key=""),
            ),
        ]

    def __str__(self) -> str:
        return self.title


def evidence_path(instance, filename: str) -> str:
    # The name the user gave is kept in original_name; the stored name is ours.

    extension = {
        "image/jpeg": "jpg",
        "image/png": "png",
        "image/webp": "webp",
        "application/pdf": "pdf",
    }.get(instance.content_type, "docx")
    day = instance.activity.started_on
    return f"minh-chung/{instance.activity.unit_id}/{day:%Y/%m}/{uuid.uuid4().hex}.{extension}"


class Evidence(models.Model):
    """A proof file (tài liệu kiểm chứng): a photo, a PDF or a Word document."""

    activity = models.ForeignKey(
        Activity, on_delete=models.CASCADE, related_name="evidence", verbose_name="hoạt động"
    )
    file = models.FileField("tệp", upload_to=evidence_path, max_length=200)
    thumbnail = models.FileField(upload_to="minh-chung/thu-nho/", max_length=200, blank=True)
    original_name = models.CharField("tên tệp", max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField("dung lượng (byte)")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "tài liệu kiểm chứng"
        verbose_name_plural = "tài liệu kiểm chứng"
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.original_name

    @property
    def is_image(self) -> bool:
        return self.content_type.startswith("image/")
