"""The report journey in Chromium: an officer compiles the quarterly report, edits a
paragraph, submits; the leader issues and sends; the supervisor sees it sent on time."""

import datetime
import pathlib

import pytest
from playwright.sync_api import expect

from loa.accounts.models import Role
from loa.accounts.tests.factories import MembershipFactory
from loa.activities.models import Activity
from loa.documents.inspect import docx_text
from loa.e2e.a11y import assert_accessible
from loa.plans.models import Channel
from loa.reports.models import Report, ReportDeadline

pytestmark = pytest.mark.e2e


def test_quarterly_report_from_compilation_to_rollup(
    transactional_db, signed_in, live_server, tree, personas
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

    officer = signed_in(personas["officer_a"])
    officer.goto(base + "/bao-cao/?nam=2026")
    assert_accessible(officer)
    row = officer.locator("tr", has_text="Quý III năm 2026")
    row.get_by_role("button", name="Lập báo cáo").click()
    expect(officer.get_by_text("Đã lập dự thảo báo cáo từ số liệu hoạt động.")).to_be_visible()
    expect(officer.locator(".paper")).to_contain_text("treo 06 băng rôn")
    assert_accessible(officer)

    officer.get_by_role("link", name="Sửa lời văn").click()
    expect(officer.locator("#id_shortcomings")).to_be_visible()
    assert_accessible(officer)
    officer.fill("#id_shortcomings", "Một số thôn chưa treo băng rôn đúng thời gian.")
    officer.get_by_role("button", name="Lưu").click()
    expect(officer.locator(".paper")).to_contain_text("Một số thôn chưa treo băng rôn")
    assert_accessible(officer)
    officer.get_by_role("button", name="Trình lãnh đạo").click()
    expect(officer.get_by_text("Đã trình lãnh đạo duyệt, ký ban hành.")).to_be_visible()
    assert_accessible(officer)

    report = Report.objects.get(unit=tree["A"])
    leader = signed_in(personas["leader_a"])
    # the leader's home lists the report awaiting signature
    box = leader.locator("section", has=leader.get_by_role("heading", name="Văn bản chờ duyệt, ký"))
    box.get_by_role("link", name=report.title).click()
    expect(leader.get_by_role("heading", level=1)).to_have_text(report.title)
    assert_accessible(leader)
    leader.get_by_role("link", name="Ký ban hành").click()
    expect(leader.get_by_role("button", name="Ký ban hành")).to_be_visible()
    assert_accessible(leader)
    # the block the leader (Chủ tịch) will sign is shown before signing
    expect(leader.locator(".signature-preview")).to_contain_text("TM. ỦY BAN NHÂN DÂN")
    leader.get_by_role("button", name="Ký ban hành").click()
    expect(leader.get_by_text("Đã ban hành Báo cáo số 01/BC-UBND ngày")).to_be_visible()
    assert_accessible(leader)

    # The officer's own browser, still signed in, sends what the leader signed.
    officer.goto(f"{base}/bao-cao/{report.pk}/")
    assert_accessible(officer)
    officer.get_by_role("button", name=f"Gửi {report.addressee}").click()
    expect(officer.get_by_text("số liệu được chốt tại thời điểm gửi")).to_be_visible()
    assert_accessible(officer)
    officer.get_by_role("button", name="Đăng xuất").click()
    expect(officer.get_by_role("heading", level=1)).to_have_text("Đăng nhập Loa")
    assert_accessible(officer)

    supervisor = signed_in(personas["supervisor_p"])
    supervisor.goto(base + "/bao-cao/cap-duoi/?loai=quarter&nam=2026&ky=3")
    expect(supervisor.locator("tr", has_text=tree["A"].name)).to_contain_text("Đã gửi đúng hạn")
    expect(supervisor.locator("tr", has_text="Băng rôn, khẩu hiệu")).to_contain_text("6 băng rôn")
    assert_accessible(supervisor)
    supervisor.get_by_role("button", name="Gửi thư nhắc các đơn vị chưa gửi").click()
    expect(supervisor.get_by_text("Đã gửi thư nhắc báo cáo quý III năm 2026")).to_be_visible()
    assert_accessible(supervisor)

    # the supervisor, also the province's officer, makes the consolidated report and
    # downloads it
    MembershipFactory(user=personas["supervisor_p"], unit=tree["P"], role=Role.OFFICER)
    supervisor.goto(base + "/bao-cao/cap-duoi/?loai=quarter&nam=2026&ky=3")
    assert_accessible(supervisor)
    supervisor.get_by_role("button", name="Lập báo cáo tổng hợp quý III năm 2026").click()
    paper = supervisor.locator(".paper")
    expect(paper).to_contain_text("đơn vị đã gửi báo cáo (1 đúng hạn)")
    assert_accessible(supervisor)
    with supervisor.expect_download() as download:
        supervisor.get_by_role("link", name="Tải DOCX").click()
    consolidated = Report.objects.get(unit=tree["P"], is_consolidated=True)
    assert download.value.suggested_filename == f"{consolidated.file_stem}.docx"
    text = docx_text(pathlib.Path(download.value.path()).read_bytes())
    assert tree["A"].name in text and "Phụ lục II" in text
