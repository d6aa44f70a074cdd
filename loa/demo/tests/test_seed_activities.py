"""Seed 004's activities, entered through the pages and, separately, imported from Excel:
the unit's 2023 totals are exactly the report's figures."""

import io

import openpyxl
import pytest
from django.db.models import Sum
from django.urls import reverse

from conftest import member
from loa.accounts.models import Role
from loa.activities.importing import HEADERS
from loa.activities.models import Activity
from loa.units.models import LEGACY_END_DATE, Kind, Level
from loa.units.services import offices_create_default
from loa.units.tests.factories import UnitFactory

from ..seed_activities import EXPECTED_2023, ROWS


@pytest.fixture
def thuc_khang(db):
    province = UnitFactory(
        short_name="Hải Dương", kind=Kind.PROVINCE, level=Level.PROVINCE, valid_to=LEGACY_END_DATE
    )
    district = UnitFactory(
        short_name="Bình Giang",
        kind=Kind.RURAL_DISTRICT,
        level=Level.DISTRICT,
        parent=province,
        valid_to=LEGACY_END_DATE,
    )
    unit = UnitFactory(
        key="old-3-10969",
        short_name="Thúc Kháng",
        kind=Kind.COMMUNE,
        level=Level.COMMUNE,
        parent=district,
        valid_to=LEGACY_END_DATE,
    )
    offices_create_default(units=[unit])
    return unit


def _totals(unit):
    rows = (
        Activity.objects.filter(unit=unit, started_on__year=2023)
        .values("channel__code")
        .annotate(q=Sum("quantity"), p=Sum("participants"))
    )
    return {r["channel__code"]: (r["q"], r["p"]) for r in rows}


def test_seed_004_entered_through_the_pages_gives_its_figures(client, thuc_khang):
    from loa.plans.models import Channel

    client.force_login(member(thuc_khang, Role.OFFICER))
    channels = {c.code: c.pk for c in Channel.objects.all()}
    offices = {o.abbreviation: o.pk for o in thuc_khang.offices.all()}
    for day, code, title, quantity, participants, office in ROWS:
        response = client.post(
            reverse("activities:create"),
            {
                "started_on": day.isoformat(),
                "channel": channels[code],
                "title": title,
                "quantity": quantity,
                "participants": participants or "",
                "office": offices[office],
            },
        )
        assert response.status_code == 302, response.content[:400]
    assert _totals(thuc_khang) == EXPECTED_2023
    page = client.get(reverse("activities:index"), {"start": "2023-01-01", "end": "2023-12-31"})
    assert "29 tin, bài" in page.text and "15 băng rôn" in page.text


def _xlsx(rows) -> io.BytesIO:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    from loa.plans.models import Channel

    names = {c.code: c.name for c in Channel.objects.all()}
    office_names = {
        "ĐTT": "Đài truyền thanh",
        "VP": "Văn phòng HĐND và UBND",
        "VHXH": "Văn hóa - Xã hội",
        "TP": "Tư pháp - Hộ tịch",
    }
    for day, code, title, quantity, participants, office in rows:
        sheet.append(
            [
                day.strftime("%d/%m/%Y"),
                names[code],
                title,
                quantity,
                participants,
                office_names[office],
                "Cải cách thủ tục hành chính",
                "",
                "",
                "",
            ]
        )
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    buffer.name = "hoat-dong-2023.xlsx"
    return buffer


def test_seed_004_imported_from_excel_gives_the_same_figures_and_twice_adds_nothing(
    client, thuc_khang
):
    client.force_login(member(thuc_khang, Role.OFFICER))
    preview = client.post(reverse("activities:import"), {"tep": _xlsx(ROWS)})
    assert preview.status_code == 200
    assert f"<strong>{len(ROWS)}</strong> dòng hợp lệ" in preview.text
    assert Activity.objects.count() == 0  # nothing saved before the user confirms
    client.post(reverse("activities:import_confirm"), {"token": preview.context["token"]})
    assert _totals(thuc_khang) == EXPECTED_2023
    assert Activity.objects.filter(reform_areas__code="procedures").count() == len(ROWS)

    again = client.post(reverse("activities:import"), {"tep": _xlsx(ROWS)})
    assert f"<strong>{len(ROWS)}</strong> dòng đã nhập trước đây" in again.text
    client.post(reverse("activities:import_confirm"), {"token": again.context["token"]})
    assert Activity.objects.count() == len(ROWS)
    assert _totals(thuc_khang) == EXPECTED_2023
