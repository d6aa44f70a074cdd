"""The demo dataset: Hải Phòng after 2025, and the seeds' units before it.

Idempotent: running it again resets the demo users' passwords and roles and adds nothing
twice.
"""

import datetime
import random
from dataclasses import dataclass

from django.db import transaction

from loa.accounts.models import Membership, Role, User
from loa.activities.models import Activity
from loa.documents.models import DocumentRegister
from loa.plans import services as plans
from loa.plans.models import Channel, Plan, Task, TaskState
from loa.portal.models import UnitContact
from loa.reports import services as reports
from loa.reports.models import Report, ReportDeadline
from loa.units.models import Level, Unit
from loa.units.services import offices_create_default

from .seed_activities import log_seed_004
from .seed_articles import articles_load
from .seed_contests import contests_load
from .seed_dashboard import dashboard_load
from .seed_feedback import feedback_load
from .seed_plans import SEED_002, SEED_003, seed_plan_build
from .seed_procedures import posting_load, procedures_load
from .seed_radio import radio_load
from .seed_scores import hai_phong_proof_load, hai_phong_scores_load, hai_phong_targets_load
from .seed_surveys import surveys_load

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
    DemoUser("lanhdao", "Trần Văn Minh", "Phó Chủ tịch", ((DUONG_AN, Role.LEADER, ""),)),
    DemoUser("quantri", "Lê Thị Thu", "Chánh Văn phòng", ((DUONG_AN, Role.UNIT_ADMIN, "VP"),)),
    DemoUser(
        "tinh",
        "Phạm Quốc Huy",
        "Chuyên viên Sở Nội vụ",
        ((HAI_PHONG, Role.SUPERVISOR, "SNV"), (HAI_PHONG, Role.OFFICER, "SNV")),
    ),
    DemoUser("tinh.lanhdao", "Đỗ Thanh Bình", "Phó Chủ tịch", ((HAI_PHONG, Role.LEADER, ""),)),
    DemoUser(
        "tinh.quantri",
        "Nguyễn Thị Hạnh",
        "Chuyên viên Văn phòng UBND thành phố",
        ((HAI_PHONG, Role.UNIT_ADMIN, ""),),
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
        "Công chức Văn hóa - Xã hội",
        ((LONG_XUYEN, Role.OFFICER, "VHXH"),),
    ),
    DemoUser(
        "tholoc", "Lê Văn Nam", "Công chức Văn hóa - Xã hội", ((THO_LOC, Role.OFFICER, "VHXH"),)
    ),
    DemoUser(
        "dinhbien",
        "Ma Thị Hương",
        "Công chức Văn hóa - Xã hội",
        ((DINH_BIEN, Role.OFFICER, "VHXH"),),
    ),
    DemoUser(
        "trieuson",
        "Nguyễn Văn Tuấn",
        "Chuyên viên Phòng Văn hóa và Thông tin",
        ((TRIEU_SON, Role.OFFICER, "VHTT"),),
    ),
    # the signers of the seeds, so that their documents come out signed as the seeds are
    DemoUser("thuckhang.ct", "Bùi Quang Sơn", "Chủ tịch", ((THUC_KHANG, Role.LEADER, ""),)),
    DemoUser("longxuyen.ct", "Phạm Văn Giang", "Chủ tịch", ((LONG_XUYEN, Role.LEADER, ""),)),
    DemoUser("dinhbien.ct", "Ma Thịnh Giáp", "Chủ tịch", ((DINH_BIEN, Role.LEADER, ""),)),
    DemoUser("trieuson.pct", "Lê Quang Trung", "Phó Chủ tịch", ((TRIEU_SON, Role.LEADER, ""),)),
]
# Huyện Triệu Sơn's deputy signs "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" without the TM. line (seed 001)
UNITS_WITHOUT_TM_ABOVE_DEPUTY = (TRIEU_SON,)


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
    Unit.objects.filter(key__in=UNITS_WITHOUT_TM_ABOVE_DEPUTY).update(
        deputy_signs_under_collective=False
    )

    out = []
    for demo in USERS:
        user, _ = User.objects.update_or_create(
            username=demo.username,
            defaults={
                "full_name": demo.full_name,
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
                user=user,
                unit=unit,
                role=role,
                defaults={"office": office, "position": demo.position, "is_active": True},
            )
            granted.append(unit)
        out.append((demo, granted))

    admin, _ = User.objects.get_or_create(
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
    demo_plans_load()
    procedures_load()  # the public catalogue of commune-level procedures
    # the CCHC column of Đường An, each article logged as a web-portal activity
    articles_load(unit_key=DUONG_AN, officer="canbo", leader="lanhdao")
    # what the commune's public site shows under "Thông tin liên hệ" (no invented phone)
    UnitContact.objects.get_or_create(
        unit=units[DUONG_AN],
        defaults={
            "address": "Trụ sở Ủy ban nhân dân xã Đường An, thành phố Hải Phòng",
            "email": "vanphong.duongan@loa.local",
        },
    )
    # the list of procedures posted at Đường An's desk, logged as an activity
    posting_load(unit_key=DUONG_AN, officer="canbo")
    # citizens' feedback to Đường An, in every state (one answered, one overdue, …)
    feedback_load(
        unit=Unit.objects.get(key=DUONG_AN),
        officer=User.objects.get(username="canbo"),
        leader=User.objects.get(username="lanhdao"),
    )
    # the radio column compiled from the above (articles, answered feedback); aired slots
    # logged as radio activities
    radio_load(unit_key=DUONG_AN, officer="canbo")
    # satisfaction surveys: last quarter's wave closed and logged, this quarter's open
    surveys_load(unit_key=DUONG_AN, officer="canbo")
    # Hải Phòng's online contests: last month's closed, logged and published, this one open
    contests_load(unit_key=HAI_PHONG, communes=[DUONG_AN], officer="tinh", leader="tinh.lanhdao")
    # last: proof photos for some of the communes' work, then their communication scores
    hai_phong_targets_load(city_key=HAI_PHONG, officer="xa.khac")
    hai_phong_proof_load(city_key=HAI_PHONG, officer="xa.khac")
    dashboard_load(city_key=HAI_PHONG, commune_key=DUONG_AN, officer="canbo")
    hai_phong_scores_load(city_key=HAI_PHONG)
    return out


def demo_plans_load() -> None:
    """The seeds' plans (issued on their dates), and Hải Phòng's 2026 plan with a deadline
    for the communes, some of which have issued theirs: enough to see every page at work.
    Everything goes through the plan services, as the users with the roles would do it."""

    for spec, issued_on, officer, chair in (
        (SEED_003, datetime.date(2022, 1, 10), "dinhbien", "dinhbien.ct"),
        (SEED_002, datetime.date(2024, 1, 8), "longxuyen", "longxuyen.ct"),
    ):
        unit = Unit.objects.get(key=spec["unit"])
        if not Plan.objects.filter(unit=unit, year=spec["year"]).exists():
            user = User.objects.get(username=officer)
            plan = seed_plan_build(spec, by=user)
            plans.plan_submit(plan=plan, by=user)
            plans.plan_issue(plan=plan, by=User.objects.get(username=chair), on=issued_on)

    # Seed 001's district plan, from Loa's template, signed by the deputy as the seed is
    unit = Unit.objects.get(key=TRIEU_SON)
    if not Plan.objects.filter(unit=unit, year=2021).exists():
        officer = User.objects.get(username="trieuson")
        plan = plans.plan_create_from_template(
            unit=unit, year=2021, by=officer, title="Tuyên truyền cải cách hành chính năm 2021"
        )
        plan.intro = (
            "Thực hiện Kế hoạch số 4911/KH-UBND ngày 29/12/2020 của Ủy ban nhân dân tỉnh Thanh "
            "Hoá về công tác cải cách hành chính năm 2021, Ủy ban nhân dân huyện ban hành Kế "
            "hoạch tuyên truyền cải cách hành chính năm 2021 trên địa bàn huyện, cụ thể như sau:"
        )
        plan.recipients = "\n".join(
            [
                "Sở Nội vụ (để b/c);",
                "TT Huyện ủy, TT HĐND huyện (để b/c);",
                "Chủ tịch, các PCT UBND huyện (để b/c);",
                "Các phòng, ban, ngành liên quan;",
                "UBND các xã, thị trấn;",
                "Lưu: VT, VH TT.",
            ]
        )
        plan.save(update_fields=["intro", "recipients"])
        plans.plan_submit(plan=plan, by=officer)
        plans.plan_issue(
            plan=plan, by=User.objects.get(username="trieuson.pct"), on=datetime.date(2021, 1, 15)
        )

    demo_activities_load()
    _hai_phong_plans()
    _hai_phong_activities()
    demo_reports_load()


def _hai_phong_activities() -> None:
    """A season of logged work in the Hải Phòng communes that have plans."""

    city = Unit.objects.get(key=HAI_PHONG)
    if Activity.objects.filter(unit__parent=city).exists():
        return
    rng = random.Random(2026)
    channels = list(
        Channel.objects.filter(
            code__in=["radio", "web_portal", "banner", "conference", "dialogue", "social_media"]
        )
    )
    rows = []
    for commune in city.children.filter(plans__year=2026).distinct():
        for _ in range(rng.randint(8, 20)):
            channel = rng.choice(channels)
            rows.append(
                Activity(
                    unit=commune,
                    channel=channel,
                    quantity=rng.randint(1, 4),
                    participants=rng.randint(20, 150) if channel.counts_participants else None,
                    title=f"{channel.name} ({commune.short_name})",
                    started_on=datetime.date(2026, 6, 15)
                    + datetime.timedelta(days=rng.randint(0, 150)),
                )
            )
    Activity.objects.bulk_create(rows)


def _hai_phong_plans() -> None:

    city = Unit.objects.get(key=HAI_PHONG)
    if Plan.objects.filter(unit=city, year=2026).exists():
        return
    officer = User.objects.get(username="tinh")
    leader = User.objects.get(username="tinh.lanhdao")
    upper = plans.plan_create_from_template(unit=city, year=2026, by=officer)
    upper.lower_plan_deadline = datetime.date(2026, 1, 31)
    upper.save(update_fields=["lower_plan_deadline"])
    for order, (content, channel, quantity) in enumerate(
        [
            (
                "Duy trì chuyên mục cải cách hành chính hằng tháng trên đài truyền thanh cấp xã",
                "radio",
                12,
            ),
            (
                "Đăng tin, bài về cải cách hành chính trên trang thông tin điện tử cấp xã",
                "web_portal",
                24,
            ),
            ("Tổ chức đối thoại với người dân, doanh nghiệp về thủ tục hành chính", "dialogue", 1),
        ]
    ):
        Task.objects.create(
            plan=upper,
            order=order,
            content=content,
            channel=Channel.objects.get(code=channel),
            expected_quantity=quantity,
            lead_text="UBND các xã, phường, đặc khu",
            for_lower_units=True,
        )
    plans.plan_submit(plan=upper, by=officer)
    plans.plan_issue(plan=upper, by=leader, on=datetime.date(2025, 12, 26))

    # A few communes have acted on it: most on time, two late, some still drafting. Their
    # officials are not demo logins: one background account holds their roles.
    clerk, _ = User.objects.get_or_create(
        username="xa.khac", defaults={"full_name": "Cán bộ các xã (dữ liệu mẫu)"}
    )
    clerk.set_unusable_password()
    clerk.save(update_fields=["password"])
    communes = list(city.children.exclude(key=DUONG_AN).by_vietnamese_name()[:14])
    for commune in communes:
        Membership.objects.get_or_create(user=clerk, unit=commune, role=Role.OFFICER)
        Membership.objects.update_or_create(
            user=clerk, unit=commune, role=Role.LEADER, defaults={"position": "Chủ tịch"}
        )
    clerk = User.objects.get(pk=clerk.pk)  # a fresh copy reads its new roles
    for i, commune in enumerate(communes):
        plan = plans.plan_create_from_upper(unit=commune, upper=upper, by=clerk)
        plan.tasks.update(state=TaskState.ACCEPTED)
        if i < 10:
            plans.plan_submit(plan=plan, by=clerk)
            late = i in (3, 7)
            plans.plan_issue(
                plan=plan,
                by=clerk,
                on=datetime.date(2026, 2, 10) if late else datetime.date(2026, 1, 5 + i),
            )


def demo_reports_load() -> None:
    """Thúc Kháng's 2023 annual report, sent (seed 004); and the third quarter of 2026 for
    Hải Phòng's communes: some sent on time, one late, the rest still to come."""

    unit = Unit.objects.get(key=THUC_KHANG)
    if not Report.objects.filter(unit=unit).exists():
        officer = User.objects.get(username="canbo")
        leader = User.objects.get(username="thuckhang.ct")
        report = reports.report_create(unit=unit, kind="annual", year=2023, by=officer)
        reports.report_submit(report=report, by=officer)
        reports.report_issue(report=report, by=leader, on=datetime.date(2023, 12, 21))
        reports.report_send(
            report=report, by=officer, at=datetime.datetime(2023, 12, 21, 15, tzinfo=datetime.UTC)
        )

    city = Unit.objects.get(key=HAI_PHONG)
    if Report.objects.filter(unit__parent=city, year=2026).exists():
        return
    ReportDeadline.objects.update_or_create(
        unit=city,
        kind="quarter",
        year=2026,
        index=3,
        defaults={"due_on": datetime.date(2026, 9, 18)},
    )
    clerk = User.objects.get(username="xa.khac")
    for i, commune in enumerate(city.children.exclude(key=DUONG_AN).by_vietnamese_name()[:10]):
        report = reports.report_create(unit=commune, kind="quarter", year=2026, index=3, by=clerk)
        if i < 7:
            reports.report_submit(report=report, by=clerk)
            reports.report_issue(report=report, by=clerk, on=datetime.date(2026, 9, 16))
            day = 25 if i == 5 else 17  # one of them late
            reports.report_send(
                report=report, by=clerk, at=datetime.datetime(2026, 9, day, 9, tzinfo=datetime.UTC)
            )


def demo_activities_load() -> None:
    """Seed 004's 2023 activity log for xã Thúc Kháng, logged by the demo officer, and the
    plan it carried out: Kế hoạch số 14/KH-UBND ngày 14/02/2023 (the register already held
    13 plans that year when the unit started with Loa)."""
    unit = Unit.objects.get(key=THUC_KHANG)
    if Activity.objects.filter(unit=unit).exists():
        return
    officer = User.objects.get(username="canbo")
    log_seed_004(unit=unit, by=officer)
    for symbol, last in (("KH-UBND", 13), ("BC-UBND", 69)):
        DocumentRegister.objects.update_or_create(
            unit=unit, year=2023, symbol=symbol, defaults={"last_number": last}
        )
    plan = plans.plan_create_from_template(
        unit=unit,
        year=2023,
        by=officer,
        title="Tuyên truyền cải cách hành chính nhà nước năm 2023",
    )
    plans.plan_submit(plan=plan, by=officer)
    plans.plan_issue(
        plan=plan, by=User.objects.get(username="thuckhang.ct"), on=datetime.date(2023, 2, 14)
    )
