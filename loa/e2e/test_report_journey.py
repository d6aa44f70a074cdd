"""The report journey in Chromium: an officer compiles the quarterly report, edits a
paragraph, submits; the leader issues and sends; the supervisor sees it sent on time."""

import datetime

import pytest
from playwright.sync_api import expect

from loa.accounts.tests.factories import PASSWORD
from loa.activities.models import Activity
from loa.plans.models import Channel
from loa.reports.models import Report, ReportDeadline

pytestmark = pytest.mark.e2e


def _login(page, base, user):
    page.goto(base + "/tai-khoan/dang-nhap/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    expect(page.get_by_text("Vai trò của bạn tại đơn vị")).to_be_visible()


def test_quarterly_report_from_compilation_to_rollup(
    transactional_db, page, live_server, tree, personas
):
    base = live_server.url
    ReportDeadline.objects.create(
        unit=tree["P"], kind="quarter", year=2026, index=3, due_on=datetime.date(2026, 12, 31)
    )
    Activity.objects.create(
        unit=tree["A"],
        channel=Channel.objects.get(code="banner"),
        title="Băng rôn tại trụ sở",
        quantity=6,
        started_on=datetime.date(2026, 7, 1),
    )

    _login(page, base, personas["officer_a"])
    page.goto(base + "/bao-cao/?nam=2026")
    row = page.locator("tr", has_text="Quý III năm 2026")
    row.get_by_role("button", name="Lập báo cáo").click()
    expect(page.get_by_text("Đã lập dự thảo báo cáo từ số liệu hoạt động.")).to_be_visible()
    expect(page.locator(".paper")).to_contain_text("Băng rôn, khẩu hiệu: 06 băng rôn")

    page.get_by_role("link", name="Sửa lời văn").click()
    page.fill("#id_shortcomings", "Một số thôn chưa treo băng rôn đúng thời gian.")
    page.get_by_role("button", name="Lưu").click()
    expect(page.locator(".paper")).to_contain_text("Một số thôn chưa treo băng rôn")
    page.get_by_role("button", name="Trình lãnh đạo").click()
    expect(page.get_by_text("Đã trình lãnh đạo ký báo cáo.")).to_be_visible()
    page.get_by_role("button", name="Đăng xuất").click()

    report = Report.objects.get(unit=tree["A"])
    _login(page, base, personas["leader_a"])
    page.goto(f"{base}/bao-cao/{report.pk}/")
    page.get_by_role("link", name="Ký ban hành").click()
    page.get_by_role("button", name="Ký ban hành").click()
    expect(page.get_by_text("Đã ký ban hành báo cáo số 01/BC-UBND.")).to_be_visible()
    page.get_by_role("button", name="Đăng xuất").click()

    _login(page, base, personas["officer_a"])
    page.goto(f"{base}/bao-cao/{report.pk}/")
    page.get_by_role("button", name=f"Gửi {report.addressee}").click()
    expect(page.get_by_text("số liệu được chốt tại thời điểm gửi")).to_be_visible()
    page.get_by_role("button", name="Đăng xuất").click()

    _login(page, base, personas["supervisor_p"])
    page.goto(base + "/bao-cao/cap-duoi/?loai=quarter&nam=2026&ky=3")
    expect(page.locator("tr", has_text=tree["A"].name)).to_contain_text("Đã gửi đúng hạn")
    expect(page.locator("tr", has_text="Băng rôn, khẩu hiệu")).to_contain_text("6 băng rôn")
    page.get_by_role("button", name="Gửi thư nhắc các đơn vị chưa gửi").click()
    expect(page.get_by_text("Đã gửi thư nhắc tới")).to_be_visible()
