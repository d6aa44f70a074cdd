"""Accessibility checks measured in the real browser: WCAG 2.1 AA text contrast, form
control names, the skip link and keyboard focus, the page language and one h1 per page.

Each persona signs in once through the real login form and its pages are checked in turn;
the contrast check runs on every page at a desktop and a phone size. The plan pages (list,
start, the draft's document view and editors, the upper level's follow-up) get the same
checks, and on a phone none of them may scroll sideways: a wide table scrolls in its box.
"""

import re

import pytest

from loa.e2e.a11y import *  # noqa: F403


@pytest.mark.e2e
def test_text_contrast_meets_wcag_aa(transactional_db, page, live_server, tree, personas):
    problems = {}
    for name in each_page(page, live_server.url, tree, personas):
        for size, viewport in VIEWPORTS.items():
            page.set_viewport_size(viewport)
            offenders = page.evaluate(CONTRAST_JS)
            if offenders:
                problems[f"{name} @ {size}"] = [
                    f"{o['text']!r}: {o['color']} trên {o['background']} = {o['ratio']}:1 "
                    f"(cần {o['needed']}:1; {o['fontSize']}px/{o['fontWeight']}) — {o['selector']}"
                    for o in offenders
                ]
        page.set_viewport_size(DESKTOP)
    assert not problems, "Chữ không đủ tương phản (WCAG 2.1 AA 1.4.3):\n" + report(problems)


@pytest.mark.e2e
def test_every_form_control_has_an_accessible_name(
    transactional_db, page, live_server, tree, personas
):
    problems = {}
    checked = 0
    for name in each_page(page, live_server.url, tree, personas):
        checked += page.locator(
            "input:not([type=hidden]):not([type=submit]), select, textarea"
        ).count()
        unnamed = page.evaluate(UNNAMED_CONTROLS_JS)
        if unnamed:
            problems[name] = unnamed
    assert checked > 10, f"chỉ thấy {checked} ô nhập: các trang có tải đúng không?"
    assert not problems, "Ô nhập không có tên truy cập được:\n" + report(problems)


@pytest.mark.e2e
def test_pages_are_vietnamese_with_one_h1(transactional_db, page, live_server, tree, personas):
    problems = {}
    for name in each_page(page, live_server.url, tree, personas):
        found = page.evaluate(LANG_AND_H1_JS)
        if found["lang"] != "vi":
            problems.setdefault(name, []).append(f'<html lang="{found["lang"]}">, cần lang="vi"')
        if len(found["h1"]) != 1:
            problems.setdefault(name, []).append(f"{len(found['h1'])} thẻ h1: {found['h1']}")
    assert not problems, report(problems)


FOCUS_STYLE_JS = """
() => {
  const el = document.activeElement;
  const s = getComputedStyle(el);
  return {
    tag: el.tagName.toLowerCase(), id: el.id, text: el.textContent.trim().slice(0, 40),
    outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth, boxShadow: s.boxShadow,
  };
}
"""


def assert_focus_is_visible(page: Page, what: str) -> None:
    style = page.evaluate(FOCUS_STYLE_JS)
    outlined = style["outlineStyle"] != "none" and style["outlineWidth"] != "0px"
    assert outlined or style["boxShadow"] != "none", f"{what} không có viền khi được chọn: {style}"


def tab_until(page: Page, locator, limit: int = 8) -> list:
    """Press Tab until `locator` has focus; return what got focus on the way."""
    seen = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        seen.append(page.evaluate(FOCUS_STYLE_JS))
        if locator.evaluate("el => el === document.activeElement"):
            return seen
    raise AssertionError(f"{limit} lần Tab không tới được {locator}: {seen}")


@pytest.mark.e2e
def test_skip_link_and_unit_switcher_work_from_the_keyboard(
    transactional_db, page, live_server, personas
):
    page.set_viewport_size(DESKTOP)
    sign_in_as(page, live_server.url, personas["officer_a"])

    skip = page.locator("a.skip-link")
    page.keyboard.press("Tab")
    expect(skip).to_be_focused()
    expect(skip).to_have_text("Bỏ qua, tới nội dung chính")
    box = skip.bounding_box()
    assert box is not None and box["width"] > 0 and box["height"] > 0
    assert box["x"] >= 0 and box["y"] >= 0, f"liên kết bỏ qua nằm ngoài màn hình: {box}"
    assert box["x"] + box["width"] <= DESKTOP["width"], box
    assert box["y"] + box["height"] <= DESKTOP["height"], box
    assert_focus_is_visible(page, "Liên kết bỏ qua")

    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#noi-dung$"))
    expect(page.locator("main#noi-dung")).to_be_focused()

    # Back to the top of a fresh page: the switcher lives in the header, before <main>.
    page.goto(live_server.url + "/")
    switcher = page.locator("#unit-switch")
    seen = tab_until(page, switcher)
    assert seen[0]["text"] == "Bỏ qua, tới nội dung chính", seen
    assert_focus_is_visible(page, "Ô chọn đơn vị làm việc")

    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Chuyển", exact=True)).to_be_focused()
    assert_focus_is_visible(page, "Nút Chuyển")
