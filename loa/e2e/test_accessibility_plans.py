"""Accessibility of the plan pages (list, start, the draft's document view and editors, the
upper level's follow-up), in Debian Chromium: axe-core's WCAG 2.1 AA checks at a desktop
and a phone size, the page in Vietnamese with one h1, and on a phone no sideways
scrolling (a wide table scrolls in its own box)."""

import pytest

from loa.e2e.a11y import (
    DESKTOP,
    PHONE,
    VIEWPORTS,
    axe_violations,
    each_plan_page,
    lang_and_h1_problems,
    report,
    sideways_problems,
)


@pytest.mark.e2e
def test_plan_pages_are_accessible_on_desktop_and_phone(
    transactional_db, signed_in, live_server, personas, plan_pages
):
    problems = {}
    walked = []
    for name, shown in each_plan_page(signed_in, live_server.url, personas, plan_pages):
        walked.append(name)
        if found := lang_and_h1_problems(shown):
            problems[name] = found
        for size, viewport in VIEWPORTS.items():
            shown.set_viewport_size(viewport)
            if violations := axe_violations(shown):
                problems[f"{name} @ {size}, axe-core"] = violations
            if viewport == PHONE and (found := sideways_problems(shown)):
                problems[f"{name} @ {size}, trang cuộn ngang"] = found
        shown.set_viewport_size(DESKTOP)
    assert len(walked) == 9, walked
    assert not problems, report(problems)
