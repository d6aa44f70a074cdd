"""On a phone-sized screen, an officer logs an activity with a photo and sees it count
toward its task and its target."""

import datetime

import pytest
from PIL import Image
from playwright.sync_api import expect

from loa.e2e.a11y import assert_accessible
from loa.plans import services
from loa.plans.models import Plan, TaskState

pytestmark = pytest.mark.e2e


def test_officer_logs_an_activity_with_a_photo_on_a_phone(
    transactional_db, signed_in, live_server, upper_plan, offices, personas, tmp_path, settings
):
    settings.MEDIA_ROOT = tmp_path / "media"
    year = datetime.date.today().year
    plan = services.plan_create_from_upper(
        unit=offices["A"], upper=upper_plan, by=personas["officer_a"]
    )
    Plan.objects.filter(pk=plan.pk).update(year=year)
    plan.refresh_from_db()
    plan.tasks.update(state=TaskState.ACCEPTED, due_date=None)
    services.plan_submit(plan=plan, by=personas["officer_a"])
    services.plan_issue(plan=plan, by=personas["leader_a"], on=datetime.date(year, 1, 10))
    radio_task = plan.tasks.get(channel__code="radio")

    photo = tmp_path / "chuyen-muc.jpg"
    Image.new("RGB", (1200, 900), (200, 120, 40)).save(photo, "JPEG")

    page = signed_in(personas["officer_a"], phone=True)
    page.goto(live_server.url + "/hoat-dong/viec-cua-toi/?bo_phan=tat-ca")
    row = page.locator("tr", has_text="Chuyên mục CCHC trên đài truyền thanh xã")
    expect(row).to_contain_text("0/12")
    assert_accessible(page)
    row.get_by_role("link", name="Ghi nhận hoạt động cho nhiệm vụ này").click()

    # the quick form: the task is already chosen, today's date too
    expect(page.locator("#id_task")).to_have_value(str(radio_task.pk))
    assert_accessible(page)
    page.select_option("#id_channel", label="Tin, bài, chuyên mục CCHC trên đài truyền thanh")
    page.fill("#id_title", "Chuyên mục CCHC tháng này")
    page.fill("#id_quantity", "3")
    page.set_input_files("#id_files", str(photo))
    assert page.evaluate("document.documentElement.scrollWidth <= innerWidth + 1")
    page.get_by_role("button", name="Lưu", exact=True).click()

    expect(page.get_by_text("Đã ghi nhận “Chuyên mục CCHC tháng này”.")).to_be_visible()
    expect(page.get_by_role("img", name="Ảnh: chuyen-muc.jpg")).to_be_visible()
    assert_accessible(page)

    page.goto(live_server.url + "/hoat-dong/viec-cua-toi/?bo_phan=tat-ca")
    expect(row).to_contain_text("3/12")
    assert_accessible(page)
    page.goto(live_server.url + "/hoat-dong/chi-tieu/")
    expect(page.locator("tr", has_text="Đài truyền thanh")).to_contain_text("25%")
    assert_accessible(page)
