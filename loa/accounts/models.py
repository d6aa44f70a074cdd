from django.contrib.auth.models import AbstractUser
from django.db import models
from simple_history.models import HistoricalRecords

from loa.units.models import Office, Unit


class User(AbstractUser):
    full_name = models.CharField("họ và tên", max_length=150, blank=True)
    phone = models.CharField("số điện thoại", max_length=20, blank=True)
    history = HistoricalRecords(excluded_fields=["password", "last_login"])

    class Meta:
        verbose_name = "người dùng"
        verbose_name_plural = "người dùng"

    def __str__(self) -> str:
        return self.full_name or self.get_full_name() or self.username

    @property
    def display_name(self) -> str:
        return str(self)


class Role(models.TextChoices):
    OFFICER = "officer", "Cán bộ"
    LEADER = "leader", "Lãnh đạo"
    SUPERVISOR = "supervisor", "Cấp trên"
    UNIT_ADMIN = "unit_admin", "Quản trị đơn vị"


ROLE_HELP = {
    Role.OFFICER: "Soạn kế hoạch, ghi nhận hoạt động, lập báo cáo của đơn vị.",
    Role.LEADER: "Như cán bộ, và duyệt, ký ban hành kế hoạch, báo cáo.",
    Role.SUPERVISOR: "Xem mọi dữ liệu của các đơn vị trực thuộc; không sửa dữ liệu cấp dưới.",
    Role.UNIT_ADMIN: "Quản lý người dùng và cơ quan, bộ phận của đơn vị.",
}


class Delegation(models.TextChoices):
    """How a leader's signature is headed when it is not by their own position."""

    NONE = "", "Theo chức vụ"
    ACTING = "acting", "Được giao quyền cấp trưởng (ký Q.)"
    AUTHORISED = "authorised", "Được cấp trưởng ủy quyền (ký TUQ.)"


POSITION_SUGGESTIONS = [
    "Chủ tịch",
    "Phó Chủ tịch",
    "Chánh Văn phòng",
    "Phó Chánh Văn phòng",
    "Trưởng phòng",
    "Phó Trưởng phòng",
    "Công chức Văn hóa - Xã hội",
    "Công chức Văn phòng - Thống kê",
    "Chuyên viên",
]


class MembershipQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True, user__is_active=True)


class Membership(models.Model):
    """A user's role in one unit (optionally in one of its offices)."""

    user = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="memberships", verbose_name="người dùng"
    )
    unit = models.ForeignKey(
        Unit, on_delete=models.CASCADE, related_name="memberships", verbose_name="đơn vị"
    )
    office = models.ForeignKey(
        Office,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="memberships",
        verbose_name="cơ quan, bộ phận",
    )
    role = models.CharField("vai trò", max_length=16, choices=Role.choices)
    position = models.CharField(
        "chức vụ",
        max_length=100,
        blank=True,
        help_text="Chỉ ghi chức vụ, không ghi tên đơn vị: Chủ tịch, Phó Chủ tịch, Chánh Văn "
        "phòng… Văn bản ký ban hành in đúng chức vụ này.",
    )
    delegation = models.CharField(
        "ký theo", max_length=12, choices=Delegation.choices, default=Delegation.NONE, blank=True
    )
    is_active = models.BooleanField("đang hiệu lực", default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = "vai trò tại đơn vị"
        verbose_name_plural = "vai trò tại đơn vị"
        constraints = [
            models.UniqueConstraint(fields=["user", "unit", "role"], name="unique_user_unit_role")
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.get_role_display()} — {self.unit}"
