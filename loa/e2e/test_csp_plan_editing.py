"""A plan-editing session in Chromium breaks no rule of the Content Security Policy: htmx
is configured to add no inline style (its indicator is styled by loa.css), evaluates no
string and runs no script tag it swaps in, and no page carries an inline style or script."""

import pytest
from playwright.sync_api import expect

from loa.e2e.a11y import assert_accessible

pytestmark = pytest.mark.e2e

HTMX_CONFIG = """
() => ({
  includeIndicatorStyles: htmx.config.includeIndicatorStyles,
  allowEval: htmx.config.allowEval,
  allowScriptTags: htmx.config.allowScriptTags,
  inlineStyles: document.querySelectorAll('head style, [style]').length,
  indicatorOpacity: getComputedStyle(document.querySelector('.htmx-indicator')).opacity,
})
"""


def test_plan_editing_session_breaks_no_csp_rule(transactional_db, signed_in, plan_pages, personas):
    draft, task = plan_pages["draft"], plan_pages["task"]
    page = signed_in(personas["officer_a"])
    problems = []
    page.on(
        "console",
        lambda message: problems.append(message.text) if message.type == "error" else None,
    )
    page.on("pageerror", lambda error: problems.append(str(error)))

    # The sections: a section saved in place (htmx), its indicator styled by loa.css.
    page.goto(page.url + f"ke-hoach/{draft.pk}/noi-dung/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Nội dung kế hoạch")
    assert_accessible(page)
    config = page.evaluate(HTMX_CONFIG)
    assert config == {
        "includeIndicatorStyles": False,
        "allowEval": False,
        "allowScriptTags": False,
        "inlineStyles": 0,
        "indicatorOpacity": "0",
    }
    form = page.locator(".section-form form").first
    form.locator("textarea[name$='-text']").fill("- Tuyên truyền trên đài truyền thanh xã")
    form.get_by_role("button", name="Lưu mục").click()
    expect(page.locator(".section-form .message.success").first).to_have_text("Đã lưu mục.")
    assert_accessible(page)

    # The appendix: a row edited in place and a row added, through htmx.
    page.get_by_role("link", name="Nhiệm vụ (phụ lục)").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Phụ lục nhiệm vụ, sản phẩm")
    assert_accessible(page)
    row = page.locator(f"#nhiem-vu-{task.pk}")
    row.get_by_role("link", name="Sửa").click()
    editor = page.locator("#task-rows tr.editing")
    editor.locator("input[name$='-expected_quantity']").fill("30")
    editor.get_by_role("button", name="Lưu dòng").click()
    expect(page.locator("#task-rows")).to_contain_text("(30 ")
    add = page.locator("#task-add")
    add.locator("textarea[name='new-content']").fill("Hội nghị đối thoại với người dân")
    add.locator("input[name='new-lead_text']").fill("Văn phòng HĐND và UBND xã")
    add.get_by_role("button", name="Thêm nhiệm vụ").click()
    expect(add).to_contain_text("Đã thêm nhiệm vụ")
    # the table's body comes out of band: the new row is in it, and the row edited too
    expect(page.locator("#task-rows")).to_contain_text("Hội nghị đối thoại với người dân")
    expect(page.locator("#task-rows")).to_contain_text("(30 ")
    assert_accessible(page)

    # The header, a full page.
    page.get_by_role("link", name="Thông tin chung").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert_accessible(page)
    page.locator("#id_budget_amount").fill("20000000")
    page.get_by_role("button", name="Lưu").click()
    expect(page.get_by_text("Đã lưu thông tin chung của kế hoạch.")).to_be_visible()
    assert_accessible(page)

    assert problems == []
