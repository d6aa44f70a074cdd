"""Theo dõi through the page: a commune's picture, the province's table of its communes
(sorted, filtered, exported), the country for a national supervisor, and who sees what."""

import datetime
import io

import openpyxl
import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone

from loa.activities.tests.factories import ActivityFactory
from loa.plans.models import Channel

YEAR = 2026


@pytest.fixture
def logged(tree):
    """Commune A: three activities in 2026 (two online, one with a photo); C: none."""
    from loa.activities.models import Evidence

    radio = Channel.objects.get(code="radio")
    web = Channel.objects.get(code="web_portal")
    board = Channel.objects.get(code="e_board")
    made = [
        ActivityFactory(unit=tree["A"], channel=web, started_on=datetime.date(2026, 3, 2)),
        ActivityFactory(unit=tree["A"], channel=board, started_on=datetime.date(2026, 3, 20)),
        ActivityFactory(unit=tree["A"], channel=radio, started_on=datetime.date(2026, 5, 4)),
        # outside the 2026 reporting year (15/12/2025–14/12/2026): not counted
        ActivityFactory(unit=tree["A"], channel=radio, started_on=datetime.date(2025, 12, 10)),
    ]
    Evidence.objects.create(
        activity=made[2],
        file="minh-chung/x.jpg",
        original_name="anh.jpg",
        content_type="image/jpeg",
        size=10,
    )
    return made


def _get(client, user, name, *args, **params):
    client.force_login(user)
    return client.get(reverse(name, args=args), params)


def test_the_commune_officer_sees_the_own_picture_of_the_year(client, personas, tree, logged):
    page = _get(client, personas["officer_a"], "dashboard:unit", tree["A"].key, nam=YEAR)
    assert page.status_code == 200
    text = page.text
    assert "3 hoạt động: 2 trực tuyến, công nghệ thông tin; 1 truyền thống" in text
    assert "1 hoạt động có tài liệu kiểm chứng (33 %)" in text
    assert "Chưa có kế hoạch năm 2026 được ban hành" in text
    assert "Các đơn vị trực thuộc" not in text  # a commune has none


def test_theo_doi_opens_on_the_unit_the_user_works_in(client, personas, tree):
    response = _get(client, personas["officer_a"], "dashboard:index")
    assert response["Location"] == reverse("dashboard:unit", args=[tree["A"].key])


def test_the_province_table_lists_its_communes_with_what_needs_attention(
    client, personas, tree, logged
):
    page = _get(client, personas["supervisor_p"], "dashboard:unit", tree["P"].key, nam=YEAR)
    text = page.text
    assert "Các đơn vị trực thuộc" in text and "Cần chú ý trước (2)" in text
    assert tree["A"].name in text and tree["C"].name in text and tree["D"].name not in text
    assert "Chưa ghi nhận hoạt động nào trong năm" in text  # C
    assert "Chỉ 33 % hoạt động có tài liệu kiểm chứng" in text  # A


def test_the_province_table_filters_without_diacritics_and_sorts(client, personas, tree, logged):
    user = personas["supervisor_p"]
    page = _get(client, user, "dashboard:unit", tree["P"].key, nam=YEAR, q="cam khe")
    assert "Đang hiện 1/2 đơn vị" in page.text
    page = _get(client, user, "dashboard:unit", tree["P"].key, nam=YEAR, **{"sap-xep": "hoat-dong"})
    body = page.text.split('id="bang-don-vi"')[1]
    assert body.index(tree["A"].name) < body.index(tree["C"].name)


def test_the_province_table_downloads_as_excel(client, personas, tree, logged):
    response = _get(
        client, personas["supervisor_p"], "dashboard:unit_xlsx", tree["P"].key, nam=YEAR
    )
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    row_a = next(r for r in rows if tree["A"].name in r)
    header = next(r for r in rows if "Hoạt động" in r)
    assert row_a[header.index("Hoạt động")] == 3
    assert row_a[header.index("Có minh chứng")] == 1


def test_a_commune_cannot_see_its_neighbour_nor_download_the_table(client, personas, tree):
    assert _get(client, personas["officer_a"], "dashboard:unit", tree["C"].key).status_code == 403
    assert (
        _get(client, personas["officer_a"], "dashboard:unit_xlsx", tree["A"].key).status_code == 403
    )
    assert (
        _get(client, personas["supervisor_q"], "dashboard:unit", tree["P"].key).status_code == 403
    )


def test_the_country_is_for_national_supervisors_only(client, personas, tree, logged, user_factory):
    assert _get(client, personas["supervisor_p"], "dashboard:country").status_code == 404
    ministry = user_factory()
    ministry.user_permissions.add(Permission.objects.get(codename="view_country"))
    page = _get(client, ministry, "dashboard:country", nam=YEAR)
    assert page.status_code == 200
    assert tree["P"].name in page.text and tree["Q"].name in page.text


def _pdf_text(response) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(response.content))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_a_communes_summary_carries_its_score_and_ranks_for_its_people_only(
    client, personas, tree, logged
):
    response = _get(client, personas["officer_a"], "dashboard:unit_pdf", tree["A"].key, nam=YEAR)
    text = _pdf_text(response)
    assert "4. Điểm tuyên truyền cải cách hành chính" in text
    assert "0/2 điểm, theo bộ tiêu chí của Loa" in text
    assert f"xếp hạng 1/1 trong {tree['P'].name}" in text
    assert "3 hoạt động: 2 trực tuyến, công nghệ thông tin; 1 truyền thống; 1 hoạt động có " in text
    assert "(33 %)" in text
    # a former unit's successor supervisor reads its picture, not a score it never had
    from loa.units.models import Level, UnitSuccession
    from loa.units.tests.factories import UnitFactory

    old = UnitFactory(
        level=Level.COMMUNE, short_name="Lương Điền", valid_to=datetime.date(2025, 6, 30)
    )
    UnitSuccession.objects.create(old=old, new=tree["A"])
    text = _pdf_text(_get(client, personas["supervisor_p"], "dashboard:unit_pdf", old.key))
    assert "TÌNH HÌNH TUYÊN TRUYỀN" in text and "Điểm tuyên truyền" not in text


def test_a_bad_year_is_said_and_this_year_shown(client, personas, tree):
    page = _get(client, personas["officer_a"], "dashboard:unit", tree["A"].key, nam="20x6")
    assert page.status_code == 200
    assert "Năm “20x6” không hợp lệ" in page.text


def test_the_summary_pdf_is_an_a4_sheet_with_the_figures(client, personas, tree, logged):
    response = _get(client, personas["supervisor_p"], "dashboard:unit_pdf", tree["P"].key, nam=YEAR)
    assert response["Content-Type"] == "application/pdf"
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(response.content))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "TÌNH HÌNH TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2026" in text
    assert tree["A"].name in text
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(float(width) / 72 * 25.4), round(float(height) / 72 * 25.4)) == (210, 297)


def test_the_home_page_gives_the_commune_its_year_at_a_glance(client, personas, tree):
    """This year's figures, whatever day the suite runs: a day of this year's report
    period (it ends on 14 December), and one of last year's period, which is not counted."""
    today = timezone.localdate()
    day = min(today, datetime.date(today.year, 12, 14))
    for code in ("web_portal", "e_board", "radio"):
        ActivityFactory(unit=tree["A"], channel=Channel.objects.get(code=code), started_on=day)
    ActivityFactory(
        unit=tree["A"],
        channel=Channel.objects.get(code="radio"),
        started_on=datetime.date(today.year - 1, 12, 14),
    )
    client.force_login(personas["officer_a"])
    text = client.get(reverse("home")).text
    assert f"Kết quả năm {today.year}" in text
    assert "<strong>3</strong> hoạt động đã ghi nhận: 2 trực tuyến" in text
    assert reverse("dashboard:unit", args=[tree["A"].key]) in text


def test_a_successor_supervisor_reads_the_history_of_a_former_district(client, tree):
    """The new province's supervisor opens a district that ended in 2025: its communes'
    table, as history; a supervisor elsewhere cannot."""
    from conftest import member
    from loa.accounts.models import Role
    from loa.units.models import Level, UnitSuccession
    from loa.units.tests.factories import UnitFactory

    ended = datetime.date(2025, 6, 30)
    old_district = UnitFactory(
        level=Level.DISTRICT, kind="huyen", short_name="Cẩm Giàng", valid_to=ended
    )
    old_commune = UnitFactory(parent=old_district, short_name="Lương Điền", valid_to=ended)
    UnitSuccession.objects.create(old=old_commune, new=tree["A"])
    ActivityFactory(unit=old_commune, started_on=datetime.date(2025, 3, 3))
    supervisor = member(tree["P"], Role.SUPERVISOR)
    page = _get(client, supervisor, "dashboard:unit", old_district.key, nam=2025)
    assert page.status_code == 200
    assert "Các đơn vị trực thuộc" in page.text and "Xã Lương Điền" in page.text
    elsewhere = member(tree["Q"], Role.SUPERVISOR)
    assert _get(client, elsewhere, "dashboard:unit", old_district.key).status_code == 403


def test_a_commune_whose_plan_earned_nothing_for_its_targets_is_flagged(client, tree):
    """Its plan, targets and a sent report are there but too few targets were reached: the
    stored score says so, and the province's table puts it among those needing attention;
    a commune that reached them is not flagged for it."""
    from conftest import member
    from loa.accounts.models import Role
    from loa.dashboard.services import scores_refresh
    from loa.dashboard.tests.scoring_world import YEAR as PAST
    from loa.dashboard.tests.scoring_world import plan_reaching, report_sent

    plan_reaching(tree["A"], 5, 10, year=PAST)
    report_sent(tree["A"], year=PAST)
    plan_reaching(tree["C"], 10, 10, year=PAST)
    report_sent(tree["C"], year=PAST)
    scores_refresh(units=[tree["A"], tree["C"]], year=PAST)
    supervisor = member(tree["P"], Role.SUPERVISOR)
    page = _get(client, supervisor, "dashboard:unit", tree["P"].key, nam=PAST)
    cells = {c.name: c.attention for c in page.context["cells"]}
    assert "Chỉ tiêu chậm xa so với tiến độ" in cells[tree["A"].name]
    assert "Chỉ tiêu chậm xa so với tiến độ" not in cells[tree["C"].name]
