"""Nothing typed is lost: a section being edited survives a dropped connection and a reload."""

import pytest
from playwright.sync_api import expect

from loa.e2e.a11y import assert_accessible
from loa.plans import services
from loa.units.services import offices_create_default

pytestmark = pytest.mark.e2e


def test_typing_survives_a_lost_connection_and_is_saved_later(
    transactional_db, signed_in, live_server, tree, personas
):
    offices_create_default(units=[tree["A"]])
    plan = services.plan_create_from_template(unit=tree["A"], year=2026, by=personas["officer_a"])
    section = plan.sections.get(title="Mục đích")
    page = signed_in(personas["officer_a"])
    page.goto(f"{live_server.url}/ke-hoach/{plan.pk}/noi-dung/")
    assert_accessible(page)

    box = page.locator(f"#id_s{section.pk}-text")
    typed = "- Mục đích mới gõ khi mạng chập chờn."
    box.fill(typed)
    page.context.set_offline(True)
    page.locator(f"#muc-form-{section.pk}").get_by_role("button", name="Lưu mục").click()
    page.wait_for_timeout(300)
    expect(box).to_have_value(typed)  # the failed request changed nothing on screen
    page.context.set_offline(False)

    page.reload()
    banner = page.locator(".draft-banner").first
    expect(banner).to_contain_text("chưa lưu")
    assert_accessible(page)
    banner.get_by_role("button", name="Khôi phục nội dung chưa lưu").click()
    expect(box).to_have_value(typed)
    page.locator(f"#muc-form-{section.pk}").get_by_role("button", name="Lưu mục").click()
    expect(page.locator(f"#muc-form-{section.pk}")).to_contain_text("Đã lưu mục.")
    assert [p.text for p in section.paragraphs.all()] == ["Mục đích mới gõ khi mạng chập chờn."]

    page.reload()
    expect(page.locator(".draft-banner")).to_have_count(0)
    assert_accessible(page)
