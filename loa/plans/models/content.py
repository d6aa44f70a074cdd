"""What a plan says: its sections and paragraphs, quarterly schedule, targets and tasks."""

from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords

from loa.units.models import Office

from .catalogues import Channel, ReformArea
from .plan import Plan


class SectionKind(models.TextChoices):
    TEXT = "text", "Nội dung chung"
    PURPOSES = "purposes", "Mục đích"
    REQUIREMENTS = "requirements", "Yêu cầu"
    AUDIENCES = "audiences", "Đối tượng"
    CONTENTS = "contents", "Nội dung tuyên truyền"
    FORMS = "forms", "Hình thức tuyên truyền"
    TARGETS = "targets", "Chỉ tiêu"
    BUDGET = "budget", "Kinh phí"
    IMPLEMENTERS = "implementers", "Cơ quan thực hiện"
    TIMELINE = "timeline", "Thời gian thực hiện"
    SCHEDULE = "schedule", "Tiến độ theo quý"
    RESPONSIBILITIES = "responsibilities", "Trách nhiệm thực hiện"
    RESPONSIBILITY = "responsibility", "Trách nhiệm của một cơ quan"
    REPORTING = "reporting", "Chế độ báo cáo"


class ParagraphStyle(models.TextChoices):
    DASH = "dash", "Gạch đầu dòng (-)"
    POINT = "point", "Điểm a), b), c)…"
    PLAIN = "plain", "Đoạn văn"


class PlanSection(models.Model):
    """A numbered section: level 1 "I. MỤC ĐÍCH, YÊU CẦU", level 2 "1. Mục đích",
    level 3 "3.1. Văn phòng HĐND và UBND xã". Numbers are derived from the order."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="sections")
    parent = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="children"
    )
    order = models.PositiveSmallIntegerField(default=0)
    title = models.CharField("tiêu đề", max_length=300)
    kind = models.CharField(
        "loại nội dung", max_length=20, choices=SectionKind.choices, default=SectionKind.TEXT
    )
    office = models.ForeignKey(
        Office,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="cơ quan, bộ phận",
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = "mục của kế hoạch"
        verbose_name_plural = "mục của kế hoạch"

    def __str__(self) -> str:
        return self.title

    @property
    def depth(self) -> int:
        depth, node = 1, self
        while node.parent_id:
            depth, node = depth + 1, node.parent
        return depth


class PlanParagraph(models.Model):
    section = models.ForeignKey(PlanSection, on_delete=models.CASCADE, related_name="paragraphs")
    order = models.PositiveSmallIntegerField(default=0)
    text = models.TextField("nội dung")
    style = models.CharField(
        "kiểu", max_length=8, choices=ParagraphStyle.choices, default=ParagraphStyle.DASH
    )
    reform_area = models.ForeignKey(
        ReformArea,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="lĩnh vực cải cách hành chính",
    )
    channels = models.ManyToManyField(
        Channel, blank=True, related_name="+", verbose_name="hình thức tuyên truyền"
    )
    history = HistoricalRecords(m2m_fields=[channels])

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = "đoạn nội dung"
        verbose_name_plural = "đoạn nội dung"

    def __str__(self) -> str:
        return self.text[:80]


QUARTERS = [(1, "Quý I"), (2, "Quý II"), (3, "Quý III"), (4, "Quý IV")]


class ScheduleEntry(models.Model):
    """One line of the schedule by quarter: "Quý I/2022: Thực hiện tuyên truyền bằng …"."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="schedule")
    quarter = models.PositiveSmallIntegerField("quý", choices=QUARTERS)
    text = models.TextField("việc thực hiện")
    history = HistoricalRecords()

    class Meta:
        ordering = ["quarter", "pk"]
        verbose_name = "tiến độ theo quý"
        verbose_name_plural = "tiến độ theo quý"

    def __str__(self) -> str:
        return f"{self.get_quarter_display()}/{self.plan.year}: {self.text}"


class TargetMeasure(models.TextChoices):
    COUNT = "count", "Đếm số hoạt động (từ nhật ký hoạt động)"
    RATIO = "ratio", "Tỷ lệ % nhập định kỳ"
    MILESTONE = "milestone", "Mốc hoàn thành (có/không)"


class Target(models.Model):
    """A measurable target (chỉ tiêu): "≥ 12 chuyên mục CCHC trên đài truyền thanh"."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="targets")
    order = models.PositiveSmallIntegerField(default=0)
    text = models.TextField("chỉ tiêu", help_text="Câu chỉ tiêu như in trong kế hoạch.")
    measure = models.CharField(
        "cách đo", max_length=10, choices=TargetMeasure.choices, default=TargetMeasure.COUNT
    )
    target_value = models.DecimalField(
        "mức cần đạt",
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="Số hoạt động (đếm), hoặc tỷ lệ % cần đạt; bỏ trống với mốc hoàn thành.",
    )
    channels = models.ManyToManyField(
        Channel, blank=True, related_name="targets", verbose_name="hình thức được đếm"
    )
    reform_areas = models.ManyToManyField(
        ReformArea, blank=True, related_name="targets", verbose_name="lĩnh vực được đếm"
    )
    source = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="carried",
        verbose_name="chỉ tiêu cấp trên",
    )
    # the same target in the version of the plan this one amends: what was logged against
    # it still counts
    replaces = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="replaced_by",
        editable=False,
    )
    history = HistoricalRecords(m2m_fields=[channels, reform_areas])

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = "chỉ tiêu"
        verbose_name_plural = "chỉ tiêu"

    def __str__(self) -> str:
        return self.text

    def clean(self):
        if (
            self.measure == TargetMeasure.RATIO
            and self.target_value is not None
            and not (0 <= self.target_value <= 100)
        ):
            raise ValidationError({"target_value": "Tỷ lệ phải trong khoảng 0–100%."})
        if (
            self.measure == TargetMeasure.COUNT
            and self.target_value is not None
            and (self.target_value <= 0)
        ):
            raise ValidationError({"target_value": "Số hoạt động cần đạt phải lớn hơn 0."})


class TaskState(models.TextChoices):
    PROPOSED = "proposed", "Đề xuất từ kế hoạch cấp trên"
    ACCEPTED = "accepted", "Trong kế hoạch"


class Task(models.Model):
    """A row of the appendix "nhiệm vụ, sản phẩm": what is done, by whom, by when."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="tasks")
    order = models.PositiveSmallIntegerField(default=0)
    content = models.TextField("nội dung nhiệm vụ")
    product = models.CharField("sản phẩm", max_length=300, blank=True)
    channel = models.ForeignKey(
        Channel,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="tasks",
        verbose_name="hình thức",
    )
    reform_area = models.ForeignKey(
        ReformArea,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="tasks",
        verbose_name="lĩnh vực",
    )
    lead_office = models.ForeignKey(
        Office,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="led_tasks",
        verbose_name="chủ trì",
    )
    lead_text = models.CharField(
        "chủ trì (ghi khác)",
        max_length=200,
        blank=True,
        help_text="Khi bên chủ trì không phải một bộ phận của đơn vị.",
    )
    coordinating_offices = models.ManyToManyField(
        Office, blank=True, related_name="+", verbose_name="phối hợp"
    )
    coordinating_text = models.CharField("phối hợp (ghi khác)", max_length=300, blank=True)
    due_date = models.DateField("hạn hoàn thành", null=True, blank=True)
    due_quarter = models.PositiveSmallIntegerField(
        "thời gian (quý)", choices=QUARTERS, null=True, blank=True
    )
    expected_quantity = models.PositiveIntegerField("số lượng dự kiến", null=True, blank=True)
    budget_amount = models.DecimalField(
        "kinh phí (đồng)", max_digits=15, decimal_places=0, null=True, blank=True
    )
    manual_progress = models.PositiveSmallIntegerField(
        "tiến độ tự đánh giá (%)",
        null=True,
        blank=True,
        help_text="Chỉ dùng khi nhiệm vụ không đo được bằng số lượng.",
    )
    for_lower_units = models.BooleanField(
        "giao cấp dưới thực hiện",
        default=False,
        help_text="Nhiệm vụ các đơn vị cấp dưới cùng thực hiện; được đề xuất vào kế hoạch của họ.",
    )
    state = models.CharField(max_length=10, choices=TaskState.choices, default=TaskState.ACCEPTED)
    source = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="carried",
        verbose_name="nhiệm vụ cấp trên",
    )
    # the same task in the version of the plan this one amends: what was logged against
    # it still counts
    replaces = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="replaced_by",
        editable=False,
    )
    history = HistoricalRecords(m2m_fields=[coordinating_offices])

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = "nhiệm vụ"
        verbose_name_plural = "nhiệm vụ"

    def __str__(self) -> str:
        return self.content[:80]

    @property
    def lead_label(self) -> str:
        return str(self.lead_office) if self.lead_office_id else self.lead_text

    @property
    def timing_label(self) -> str:
        if self.due_date:
            return f"{self.due_date:%d/%m/%Y}"
        if self.due_quarter:
            return f"{self.get_due_quarter_display()}/{self.plan.year}"
        return "Cả năm"

    def clean(self):
        if self.due_date and self.plan_id and self.due_date.year != self.plan.year:
            raise ValidationError(
                {"due_date": f"Hạn hoàn thành phải trong năm kế hoạch {self.plan.year}."}
            )
        if not self.lead_office_id and not self.lead_text.strip():
            raise ValidationError(
                {"lead_office": "Vui lòng chọn bộ phận chủ trì hoặc ghi bên chủ trì."}
            )


class ReportKind(models.TextChoices):
    QUARTER = "quarter", "Báo cáo quý"
    HALF_YEAR = "half_year", "Báo cáo 6 tháng"
    NINE_MONTHS = "nine_months", "Báo cáo 9 tháng"
    ANNUAL = "annual", "Báo cáo năm"
    AD_HOC = "ad_hoc", "Báo cáo đột xuất"


class ReportingRule(models.Model):
    """One line of the plan's reporting regime: which periodic report, to whom, compiled by
    which office. Reports (a later module) read their schedule from here."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="reporting_rules")
    kind = models.CharField("loại báo cáo", max_length=12, choices=ReportKind.choices)
    recipient = models.CharField(
        "gửi đến", max_length=200, help_text="Ví dụ: UBND huyện (qua Phòng Nội vụ)."
    )
    office = models.ForeignKey(
        Office,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="bộ phận tổng hợp, tham mưu",
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["pk"]
        verbose_name = "chế độ báo cáo"
        verbose_name_plural = "chế độ báo cáo"

    def __str__(self) -> str:
        text = f"{self.get_kind_display()} gửi {self.recipient}"
        return f"{text} ({self.office} tổng hợp, tham mưu)" if self.office_id else text
