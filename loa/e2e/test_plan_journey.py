"""The plan journey in Chromium: an officer starts from the upper plan, edits a task row in
place, submits; the leader issues; the number is allocated; DOCX and PDF download."""

import datetime

import pytest
from playwright.sync_api import expect

from conftest import member
from loa.accounts.models import Role
from loa.e2e.a11y import assert_accessible
from loa.plans import services
from loa.plans.models import Channel, Plan, PlanStatus, Task
from loa.units.services import offices_create_default

pytestmark = pytest.mark.e2e


def test_officer_plans_from_upper_plan_and_leader_issues(
    transactional_db, signed_in, tree, personas, tmp_path
):
    year = datetime.date.today().year
    offices_create_default(units=list(tree.values()))
    upper = services.plan_create_from_template(
        unit=tree["P"], year=year, by=member(tree["P"], Role.OFFICER)
    )
    Task.objects.create(
        plan=upper,
        content="Chuyên mục CCHC hằng tháng trên đài truyền thanh",
        channel=Channel.objects.get(code="radio"),
        expected_quantity=12,
        lead_text="UBND các xã",
        for_lower_units=True,
    )
    services.plan_submit(plan=upper, by=member(tree["P"], Role.OFFICER))
    services.plan_issue(plan=upper, by=member(tree["P"], Role.LEADER), on=datetime.date(year, 1, 2))

    # The officer is told to implement the upper plan, and does.
    page = signed_in(personas["officer_a"])
    page.get_by_role("link", name="Lập ngay").click()
    expect(page.locator("#id_way_0")).to_be_checked()
    assert_accessible(page)
    page.get_by_role("button", name="Tạo dự thảo").click()
    expect(page.get_by_text("Đã tạo dự thảo kế hoạch.")).to_be_visible()
    expect(page.locator(".paper")).to_contain_text(f"Thực hiện {upper.reference}")
    assert_accessible(page)
    plan = Plan.objects.get(unit=tree["A"], year=year)

    # Edit the proposed task row in place (no page load), then take it into the plan.
    page.get_by_role("link", name="Nhiệm vụ (phụ lục)").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Phụ lục nhiệm vụ, sản phẩm")
    assert_accessible(page)
    url_before = page.url
    row = page.locator("#task-rows tr").first
    row.get_by_role("link", name="Sửa").click()
    editor = page.locator("#task-rows tr.editing")
    expect(editor).to_be_visible()
    assert_accessible(page)
    editor.locator("textarea[name$='-content']").fill("Chuyên mục CCHC trên Đài truyền thanh xã")
    editor.locator("input[name$='-expected_quantity']").fill("10")
    editor.get_by_role("button", name="Lưu dòng").click()
    expect(page.locator("#task-rows")).to_contain_text("Chuyên mục CCHC trên Đài truyền thanh xã")
    expect(page.locator("#task-rows")).to_contain_text("(10 tin, bài)")
    assert page.url == url_before
    page.locator("#task-rows").get_by_role("button", name="Nhận").click()
    expect(page.locator("#task-rows .badge", has_text="Đề xuất từ cấp trên")).to_have_count(0)
    assert_accessible(page)

    page.get_by_role("link", name="Xem toàn văn").click()
    expect(page.get_by_role("button", name="Trình lãnh đạo")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Trình lãnh đạo").click()
    expect(page.get_by_text("Đã trình lãnh đạo duyệt, ký ban hành.")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Đăng xuất").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Đăng nhập Loa")
    assert_accessible(page)

    # The leader finds it on the home page and issues it.
    page = signed_in(personas["leader_a"])
    page.locator("#cho-ky").locator("..").get_by_role("link", name=plan.title).click()
    expect(page.get_by_role("link", name="Ký ban hành")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Ký ban hành").click()
    expect(page.get_by_role("button", name="Ký ban hành")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Ký ban hành").click()
    expect(page.get_by_text("Đã ban hành Kế hoạch số 01/KH-UBND")).to_be_visible()
    expect(page.locator(".paper")).to_contain_text("Số: 01/KH-UBND")
    assert_accessible(page)
    plan.refresh_from_db()
    assert plan.status == PlanStatus.ISSUED and plan.number == 1

    with page.expect_download() as download:
        page.get_by_role("link", name="Tải DOCX").click()
    docx = tmp_path / download.value.suggested_filename
    download.value.save_as(docx)
    assert docx.suffix == ".docx" and docx.read_bytes()[:2] == b"PK"
    with page.expect_download() as download:
        page.get_by_role("link", name="Tải PDF").click()
    pdf = tmp_path / download.value.suggested_filename
    download.value.save_as(pdf)
    assert pdf.read_bytes()[:5] == b"%PDF-"

    from loa.documents.inspect import docx_text

    text = docx_text(docx.read_bytes())
    assert "Số: 01/KH-UBND" in text and "Chuyên mục CCHC trên Đài truyền thanh xã" in text
