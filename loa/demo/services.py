"""The demo dataset: Hải Phòng after 2025, and the seeds' units before it.

Idempotent: running it again resets the demo users' passwords and roles and adds nothing
twice.
"""

from dataclasses import dataclass

from django.db import transaction

from loa.accounts.models import Membership, Role, User
from loa.units.models import Level, Unit
from loa.units.services import offices_create_default

DEMO_PASSWORD = "LoaDemo@2026"  # demo only; load_demo refuses to run in production


@dataclass(frozen=True)
class DemoUser:
    username: str
    full_name: str
    position: str
    grants: tuple  # ((unit key, role, office abbreviation or ""), ...)


# Unit keys: "new-<level>-<code>" after 1 July 2025, "old-<level>-<code>" before.
HAI_PHONG = "new-1-31"
DUONG_AN = "new-3-10972"  # Xã Đường An, Hải Phòng (includes the former xã Thúc Kháng)
THUC_KHANG = "old-3-10969"  # Xã Thúc Kháng, huyện Bình Giang, Hải Dương (seed 004)
BINH_GIANG = "old-2-296"
LONG_XUYEN = "old-3-10738"  # Phường Long Xuyên, thị xã Kinh Môn (seed 002)
KINH_MON = "old-2-292"
THO_LOC = "old-3-15511"  # Xã Thọ Lộc, huyện Thọ Xuân, Thanh Hóa (seed 000)
TRIEU_SON = "old-2-397"  # Huyện Triệu Sơn, Thanh Hóa (seed 001)
DINH_BIEN = "old-3-05575"  # Xã Định Biên, huyện Định Hóa, Thái Nguyên (seed 003)
DINH_HOA = "old-2-167"

USERS = [
    DemoUser(
        "canbo",
        "Nguyễn Thị Hoa",
        "Công chức Văn hóa - Xã hội",
        ((DUONG_AN, Role.OFFICER, "VHXH"), (THUC_KHANG, Role.OFFICER, "VHXH")),
    ),
    DemoUser(
        "lanhdao",
        "Trần Văn Minh",
        "Phó Chủ tịch UBND xã",
        ((DUONG_AN, Role.LEADER, ""), (THUC_KHANG, Role.LEADER, "")),
    ),
    DemoUser(
        "quantri", "Lê Thị Thu", "Văn phòng HĐND và UBND xã", ((DUONG_AN, Role.UNIT_ADMIN, "VP"),)
    ),
    DemoUser(
        "tinh",
        "Phạm Quốc Huy",
        "Chuyên viên Sở Nội vụ",
        ((HAI_PHONG, Role.SUPERVISOR, "SNV"), (HAI_PHONG, Role.OFFICER, "SNV")),
    ),
    DemoUser(
        "tinh.lanhdao",
        "Đỗ Thanh Bình",
        "Phó Chủ tịch UBND thành phố",
        ((HAI_PHONG, Role.LEADER, ""),),
    ),
    DemoUser(
        "huyen",
        "Vũ Đức Long",
        "Chuyên viên Phòng Nội vụ huyện",
        ((BINH_GIANG, Role.SUPERVISOR, "NV"), (KINH_MON, Role.SUPERVISOR, "NV")),
    ),
    DemoUser(
        "longxuyen",
        "Hoàng Thị Lan",
        "Công chức Văn hóa - Xã hội phường",
        ((LONG_XUYEN, Role.OFFICER, "VHXH"), (LONG_XUYEN, Role.LEADER, "")),
    ),
    DemoUser(
        "tholoc", "Lê Văn Nam", "Công chức Văn hóa - Xã hội xã", ((THO_LOC, Role.OFFICER, "VHXH"),)
    ),
    DemoUser(
        "dinhbien",
        "Ma Thị Hương",
        "Công chức Văn hóa - Xã hội xã",
        ((DINH_BIEN, Role.OFFICER, "VHXH"), (DINH_BIEN, Role.LEADER, "")),
    ),
    DemoUser(
        "trieuson",
        "Nguyễn Văn Tuấn",
        "Chuyên viên Phòng Văn hóa và Thông tin huyện",
        ((TRIEU_SON, Role.OFFICER, "VHTT"), (TRIEU_SON, Role.LEADER, "")),
    ),
]


@transaction.atomic
def demo_load() -> list[tuple[DemoUser, list[Unit]]]:
    keys = {key for user in USERS for key, _, _ in user.grants}
    units = {u.key: u for u in Unit.objects.filter(key__in=keys)}
    missing = keys - units.keys()
    if missing:
        raise RuntimeError(
            f"Chưa nạp đơn vị hành chính ({', '.join(sorted(missing))}): "
            "chạy `manage.py load_units` trước."
        )
    seed_units = [u for u in units.values() if u.level in (Level.COMMUNE, Level.DISTRICT)]
    offices_create_default(units=seed_units)

    out = []
    for demo in USERS:
        user, _ = User.objects.update_or_create(
            username=demo.username,
            defaults={
                "full_name": demo.full_name,
                "position": demo.position,
                "email": f"{demo.username}@loa.local",
                "is_active": True,
            },
        )
        user.set_password(DEMO_PASSWORD)
        user.save(update_fields=["password"])
        granted = []
        for key, role, abbreviation in demo.grants:
            unit = units[key]
            office = (
                unit.offices.filter(abbreviation=abbreviation).first() if abbreviation else None
            )
            Membership.objects.update_or_create(
                user=user, unit=unit, role=role, defaults={"office": office, "is_active": True}
            )
            granted.append(unit)
        out.append((demo, granted))

    admin, created = User.objects.get_or_create(
        username="admin",
        defaults={
            "full_name": "Quản trị hệ thống",
            "is_staff": True,
            "is_superuser": True,
            "email": "admin@loa.local",
        },
    )
    admin.set_password(DEMO_PASSWORD)
    admin.save(update_fields=["password"])
    return out
