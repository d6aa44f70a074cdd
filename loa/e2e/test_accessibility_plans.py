"""Accessibility of the plan pages, in Debian Chromium: contrast, names, one h1, no
sideways scrolling on a phone."""

import pytest

from loa.e2e.a11y import *  # noqa: F403


@pytest.mark.e2e
def test_plan_pages_text_contrast_meets_wcag_aa(
    transactional_db, page, live_server, personas, plan_pages
):
    problems = {}
    for name in each_plan_page(page, live_server.url, personas, plan_pages):
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
def test_plan_pages_name_every_form_control(
    transactional_db, page, live_server, personas, plan_pages
):
    # Several forms on one page may repeat a label ("Nội dung nhiệm vụ" in the row being
    # edited and in the form to add one): that is fine, each control just needs a name.
    problems = {}
    checked = {}
    for name in each_plan_page(page, live_server.url, personas, plan_pages):
        checked[name] = page.locator(
            "input:not([type=hidden]):not([type=submit]), select, textarea"
        ).count()
        unnamed = page.evaluate(UNNAMED_CONTROLS_JS)
        if unnamed:
            problems[name] = unnamed
    assert len(checked) == 9, checked
    assert sum(checked.values()) > 50, f"quá ít ô nhập: các trang có tải đúng không? {checked}"
    assert not problems, "Ô nhập không có tên truy cập được:\n" + report(problems)


@pytest.mark.e2e
def test_plan_pages_are_vietnamese_with_one_h1(
    transactional_db, page, live_server, personas, plan_pages
):
    problems = {}
    for name in each_plan_page(page, live_server.url, personas, plan_pages):
        found = page.evaluate(LANG_AND_H1_JS)
        if found["lang"] != "vi":
            problems.setdefault(name, []).append(f'<html lang="{found["lang"]}">, cần lang="vi"')
        if len(found["h1"]) != 1:
            problems.setdefault(name, []).append(f"{len(found['h1'])} thẻ h1: {found['h1']}")
    assert not problems, report(problems)


@pytest.mark.e2e
def test_plan_pages_do_not_scroll_sideways_on_a_phone(
    transactional_db, page, live_server, personas, plan_pages
):
    problems = {}
    for name in each_plan_page(page, live_server.url, personas, plan_pages):
        page.set_viewport_size(PHONE)
        found = page.evaluate(SIDEWAYS_JS)
        if found["scrollWidth"] > found["innerWidth"] + 1:
            problems[name] = [
                f"scrollWidth {found['scrollWidth']}px > innerWidth {found['innerWidth']}px",
                *found["sticking"],
            ]
        page.set_viewport_size(DESKTOP)
    assert not problems, "Trang cuộn ngang trên điện thoại (390x844):\n" + report(problems)
