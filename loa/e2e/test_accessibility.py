"""Accessibility measured in the real browser: axe-core checks each page against WCAG 2.1 AA
at a desktop and a phone size; our own checks add what axe does not: the page language is
Vietnamese, each page has one h1, and the skip link and the unit switcher work from the
keyboard with a visible focus.

The guest's login form, then each persona signed in through the real login form and its
pages in turn. The plan pages are in test_accessibility_plans.py.
"""

import re

import pytest
from playwright.sync_api import Page, expect

from loa.e2e.a11y import (
    DESKTOP,
    VIEWPORTS,
    assert_accessible,
    axe_violations,
    each_page,
    lang_and_h1_problems,
    report,
)


@pytest.mark.e2e
def test_pages_are_accessible_on_desktop_and_phone(
    transactional_db, page, signed_in, live_server, tree, personas
):
    problems = {}
    for name, shown in each_page(page, signed_in, live_server.url, tree, personas):
        if found := lang_and_h1_problems(shown):
            problems[name] = found
        for size, viewport in VIEWPORTS.items():
            shown.set_viewport_size(viewport)
            if violations := axe_violations(shown):
                problems[f"{name} @ {size}, axe-core"] = violations
        shown.set_viewport_size(DESKTOP)
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
    transactional_db, signed_in, live_server, personas
):
    page = signed_in(personas["officer_a"])

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
    assert_accessible(page)
    switcher = page.locator("#unit-switch")
    seen = tab_until(page, switcher)
    assert seen[0]["text"] == "Bỏ qua, tới nội dung chính", seen
    assert_focus_is_visible(page, "Ô chọn đơn vị làm việc")

    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Chuyển", exact=True)).to_be_focused()
    assert_focus_is_visible(page, "Nút Chuyển")
