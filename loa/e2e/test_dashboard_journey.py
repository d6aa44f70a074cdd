"""The Theo dõi journey in Debian Chromium (issue #13): the province's supervisor opens
Theo dõi, sees which communes need attention, sorts them by score, opens a commune, its
score explained, then the activity and the photo that earned a point; the commune's
officer finds the year's figures on the home page.

Province P has two communes: An Lạc (A) carried out its 2025 plan, sent its report and
logged a Facebook post with a photo and a banner with its minutes (2 points); Cẩm Khê (C)
issued no plan and logged nothing (0 points, first in the attention list). The scores are
stored as the daily job stores them."""

import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image
from playwright.sync_api import expect

from loa.dashboard.services import scores_refresh
from loa.dashboard.tests.scoring_world import YEAR, activity, plan_reaching, report_sent
from loa.e2e.a11y import assert_accessible


def _photo() -> SimpleUploadedFile:
    out = io.BytesIO()
    Image.new("RGB", (640, 480), (200, 40, 40)).save(out, "JPEG")
    return SimpleUploadedFile("dang-tin-facebook.jpg", out.getvalue(), "image/jpeg")


@pytest.fixture
def communes(tree, personas, settings, tmp_path):
    from loa.activities.services import evidence_add

    settings.MEDIA_ROOT = tmp_path
    a, c = tree["A"], tree["C"]
    plan_reaching(a, 10, 10)
    report_sent(a)
    post = activity(
        a, "social_media", proof=False, title="Đăng tin CCHC trên trang Facebook của xã"
    )
    evidence_add(activity=post, upload=_photo(), by=personas["officer_a"])
    activity(a, "e_board", title="Bảng tin điện tử tại bộ phận một cửa")
    activity(a, "banner", title="Treo băng rôn tại trụ sở")
    # this year's figures for the home page: a day of this year's report period (it ends on
    # 14 December) whatever day the suite runs
    today = timezone.localdate()
    on = min(today, datetime.date(today.year, 12, 14))
    activity(a, "radio", proof=False, on=on, title="Phát thanh về CCHC")
    scores_refresh(units=[a, c], year=YEAR)
    return {"A": a, "C": c, "post": post}


@pytest.mark.e2e
def test_province_follows_its_communes_down_to_a_photo(
    transactional_db, signed_in, live_server, tree, personas, communes
):
    page = signed_in(personas["supervisor_p"])
    page.get_by_role("navigation").get_by_role("link", name="Theo dõi", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(tree["P"].name)
    assert_accessible(page)

    page.select_option("#nam", str(YEAR))
    page.get_by_role("button", name="Xem", exact=True).click()
    expect(page).to_have_url(f"{live_server.url}/theo-doi/{tree['P'].key}/?nam={YEAR}")
    assert_accessible(page)
    attention = page.locator("section[aria-labelledby=can-chu-y] li")
    expect(attention).to_have_count(2)  # A sent its annual report, not the quarterly ones
    expect(attention.first).to_contain_text(communes["C"].name)
    expect(attention.first).to_contain_text("Chưa ban hành kế hoạch")
    expect(attention.first).to_contain_text("Chưa ghi nhận hoạt động nào trong năm")
    expect(attention.nth(1)).to_contain_text(f"{communes['A'].name}: 5 báo cáo quá hạn chưa gửi")
    rows = page.locator(".dashboard-table tbody tr")
    expect(rows.first.locator("th")).to_contain_text(communes["C"].name)  # attention first

    page.select_option("#sap-xep", "diem")
    page.get_by_role("button", name="Lọc", exact=True).click()
    assert_accessible(page)
    expect(rows.first.locator("th")).to_contain_text(communes["A"].name)
    expect(rows.first).to_contain_text("2,00")
    expect(rows.first).to_contain_text("1/2")  # first of the province's two communes
    expect(rows.nth(1).locator("th")).to_contain_text(communes["C"].name)

    rows.first.get_by_role("link", name=communes["A"].name).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(communes["A"].name)
    assert_accessible(page)
    page.get_by_role("link", name=f"Điểm tuyên truyền CCHC năm {YEAR}").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        f"Điểm tuyên truyền CCHC năm {YEAR}: {communes['A'].name}"
    )
    assert_accessible(page)
    earned = page.locator("li", has_text="Đăng tin CCHC trên trang Facebook của xã")
    expect(earned).to_contain_text("dang-tin-facebook.jpg")

    earned.get_by_role("link", name="Đăng tin CCHC trên trang Facebook của xã").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(
        "Đăng tin CCHC trên trang Facebook của xã"
    )
    assert_accessible(page)
    photo = page.get_by_role("img", name="Ảnh: dang-tin-facebook.jpg")
    expect(photo).to_be_visible()
    assert photo.evaluate("img => img.complete && img.naturalWidth > 0")
    full = page.request.get(live_server.url + photo.locator("xpath=..").get_attribute("href"))
    assert full.ok and full.headers["content-type"] == "image/jpeg"
    assert Image.open(io.BytesIO(full.body())).size == (640, 480)


@pytest.mark.e2e
def test_the_communes_officer_sees_the_year_on_the_home_page(
    transactional_db, signed_in, live_server, tree, personas, communes
):
    page = signed_in(personas["officer_a"])
    card = page.locator("section[aria-labelledby=toan-canh]")
    expect(card.get_by_role("heading")).to_have_text(f"Kết quả năm {timezone.localdate().year}")
    expect(card).to_contain_text("1 hoạt động đã ghi nhận")
    card.get_by_role("link", name="Xem toàn cảnh: chỉ tiêu, tiến độ, báo cáo").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(communes["A"].name)
    assert_accessible(page)
    expect(page.get_by_text("Phát thanh về CCHC").first).to_be_visible()
