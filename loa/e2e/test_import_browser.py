"""Bulk import in Chromium: download Loa's template, fill it, upload, see each row checked,
save; the same file again adds nothing."""

import openpyxl
import pytest
from playwright.sync_api import expect

from loa.activities.models import Activity
from loa.e2e.a11y import assert_accessible

pytestmark = pytest.mark.e2e


def test_officer_imports_activities_from_the_template(
    transactional_db, signed_in, live_server, offices, personas, tmp_path
):
    base = live_server.url
    page = signed_in(personas["officer_a"])
    page.goto(base + "/hoat-dong/nhap-excel/")
    assert_accessible(page)
    with page.expect_download() as download:
        page.get_by_role("link", name="Tải tệp mẫu của Loa").click()
    template = tmp_path / "mau.xlsx"
    download.value.save_as(template)

    book = openpyxl.load_workbook(template)
    sheet = book["Hoạt động"]
    sheet.append(
        [
            "05/03/2026",
            "Băng rôn, khẩu hiệu",
            "Treo băng rôn tại chợ",
            4,
            None,
            "Phòng Văn hóa - Xã hội",
            "Cải cách thủ tục hành chính",
            "",
            "Chợ xã",
            "",
        ]
    )
    sheet.append(
        [
            "06/03/2026",
            "Đối thoại với người dân, doanh nghiệp",
            "Đối thoại về đất đai",
            1,
            60,
            "",
            "",
            "",
            "",
            "",
        ]
    )
    sheet.append(["07/03/2026", "Bay diều", "Hình thức lạ", 1, None, "", "", "", "", ""])
    filled = tmp_path / "hoat-dong.xlsx"
    book.save(filled)

    page.set_input_files("#tep", str(filled))
    page.get_by_role("button", name="Kiểm tra tệp").click()
    expect(page.locator(".stats")).to_contain_text("2 dòng hợp lệ")
    expect(page.locator("tr.row-error")).to_contain_text("hình thức “Bay diều” không có")
    assert_accessible(page)
    assert not Activity.objects.exists()
    page.get_by_role("button", name="Chỉ lưu 2 dòng hợp lệ").click()
    expect(page.get_by_text("Đã nhập 2 hoạt động từ “hoat-dong.xlsx”.")).to_be_visible()
    expect(page.locator("table").last).to_contain_text("Treo băng rôn tại chợ")
    assert_accessible(page)

    page.goto(base + "/hoat-dong/nhap-excel/")
    assert_accessible(page)
    page.set_input_files("#tep", str(filled))
    page.get_by_role("button", name="Kiểm tra tệp").click()
    expect(page.locator(".stats")).to_contain_text("2 dòng đã nhập trước đây")
    assert_accessible(page)
    assert Activity.objects.count() == 2
