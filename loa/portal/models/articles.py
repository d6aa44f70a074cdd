"""The CCHC column (chuyên mục cải cách hành chính) of a unit's public site: its articles
(tin, bài), written by officers and published by the unit's leader (ADR 25)."""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django_fsm import FSMField, transition
from simple_history.models import HistoricalRecords

from loa.activities.models import Activity
from loa.plans.models import ReformArea
from loa.units.models import Office, Unit


class ArticleStatus(models.TextChoices):
    DRAFT = "draft", "Dự thảo"
    SUBMITTED = "submitted", "Chờ duyệt"
    PUBLISHED = "published", "Đã đăng"
    WITHDRAWN = "withdrawn", "Đã gỡ"


class ArticleQuerySet(models.QuerySet):
    def visible(self, now=None):
        """What the public sees: published and its publication time reached. A scheduled
        article is a published one whose time is still to come: the query, not a job,
        makes it appear."""
        return self.filter(status=ArticleStatus.PUBLISHED, published_at__lte=now or timezone.now())


def cover_path(instance, filename: str) -> str:
    # our own name: the uploaded one is never part of a path
    return f"tin-bai/{instance.unit_id}/{uuid.uuid4().hex}.jpg"


class Article(models.Model):
    """One article of the unit's CCHC column."""

    unit = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="articles", verbose_name="đơn vị"
    )
    title = models.CharField("tiêu đề", max_length=250)
    lead = models.TextField(
        "sa pô",
        max_length=600,
        help_text="Một, hai câu tóm tắt, hiện ở danh sách tin và khi chia sẻ lên Zalo, Facebook.",
    )
    # Sanitised HTML, written only by services.articles.article_save (nh3, ADR 25).
    body = models.TextField("nội dung")
    reform_area = models.ForeignKey(
        ReformArea,
        on_delete=models.PROTECT,
        related_name="articles",
        verbose_name="lĩnh vực cải cách hành chính",
    )
    office = models.ForeignKey(
        Office,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name="bộ phận viết bài",
    )
    cover = models.FileField("ảnh đại diện", upload_to=cover_path, max_length=200, blank=True)
    cover_alt = models.CharField(
        "mô tả ảnh",
        max_length=200,
        blank=True,
        help_text="Vài chữ cho người không xem được ảnh, ví dụ “Người dân làm thủ tục tại "
        "Bộ phận một cửa”.",
    )
    thumbnail = models.FileField(upload_to=cover_path, max_length=200, blank=True)
    status = FSMField(
        "trạng thái",
        max_length=12,
        default=ArticleStatus.DRAFT,
        choices=ArticleStatus.choices,
        protected=True,
    )
    published_at = models.DateTimeField("thời điểm đăng", null=True, blank=True, editable=False)
    # the approver's note when sending back, the reason when withdrawing (history keeps all)
    note = models.TextField("ghi chú", blank=True, editable=False)
    activity = models.OneToOneField(
        Activity,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="article",
        editable=False,
    )
    # fold(title + lead + body text), written by article_save: what the search reads (ADR 24)
    search_text = models.TextField(editable=False, default="")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    objects = ArticleQuerySet.as_manager()

    class Meta:
        verbose_name = "tin, bài"
        verbose_name_plural = "tin, bài"
        ordering = ["-published_at", "-pk"]
        indexes = [models.Index(fields=["unit", "status", "published_at"])]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse(
            "portal:article_detail",
            kwargs={"code": self.unit.code, "pk": self.pk, "slug": self.slug},
        )

    @property
    def slug(self) -> str:
        return slugify(self.title.replace("đ", "d").replace("Đ", "D"))[:80] or "tin-bai"

    @property
    def is_editable(self) -> bool:
        return self.status in (ArticleStatus.DRAFT, ArticleStatus.WITHDRAWN)

    @property
    def is_scheduled(self) -> bool:
        return self.status == ArticleStatus.PUBLISHED and self.published_at > timezone.now()

    @property
    def is_visible(self) -> bool:
        return self.status == ArticleStatus.PUBLISHED and self.published_at <= timezone.now()

    # --- the state machine: each transition says what it changes; services do the rest ---
    @transition(
        field="status",
        source=[ArticleStatus.DRAFT, ArticleStatus.WITHDRAWN],
        target=ArticleStatus.SUBMITTED,
    )
    def submit(self):
        """The officer sends the article for approval; the last note is cleared."""
        self.note = ""

    @transition(field="status", source=ArticleStatus.SUBMITTED, target=ArticleStatus.DRAFT)
    def send_back(self, *, note: str):
        """The approver returns it with a note the officer reads."""
        self.note = note

    @transition(field="status", source=ArticleStatus.SUBMITTED, target=ArticleStatus.PUBLISHED)
    def publish(self, *, at, by):
        """The approver publishes it now or at `at` (a scheduled article)."""
        self.published_at, self.approved_by, self.note = at, by, ""

    @transition(field="status", source=ArticleStatus.PUBLISHED, target=ArticleStatus.WITHDRAWN)
    def withdraw(self, *, reason: str):
        """Taken off the public site with a reason; the history keeps both."""
        self.note = reason
