"""Accessibility of the public side and its desks (issue #11), in Debian Chromium: every
page a visitor or an officer of the portal meets — the column, an article and its print
view, the feedback form (fresh and refused), the lookup (and its "too many lookups" page),
the published answers and their search, a former unit's site, the procedures by field with
the abolished ones and an abolished one's page, the column's and the feedback's desks, the
radio bulletin — checked by axe-core's WCAG 2.1 AA
rules at a desktop and a phone size, in Vietnamese with one h1, and on a phone without
sideways scrolling."""

import pytest
from playwright.sync_api import expect

from loa.e2e.a11y import (
    DESKTOP,
    PHONE,
    VIEWPORTS,
    axe_violations,
    lang_and_h1_problems,
    report,
    sideways_problems,
)
from loa.e2e.portal_pages import each_portal_page, portal_data


def _checked(name, shown) -> dict:
    problems = {}
    if found := lang_and_h1_problems(shown):
        problems[name] = found
    for size, viewport in VIEWPORTS.items():
        shown.set_viewport_size(viewport)
        if violations := axe_violations(shown):
            problems[f"{name} @ {size}, axe-core"] = violations
        if viewport == PHONE and (found := sideways_problems(shown)):
            problems[f"{name} @ {size}, trang cuộn ngang"] = found
    shown.set_viewport_size(DESKTOP)
    return problems


@pytest.mark.e2e
def test_the_too_many_lookups_page_is_accessible(
    transactional_db, page, live_server, tree, own_limits, still_clock
):
    """The lookup's 429 page: the 31st lookup of a minute from one address."""
    url = f"{live_server.url}/cong-cong-khai/{tree['A'].code}/tra-cuu/?ma=PA-2026-ZZZZZZ"
    for _ in range(30):
        assert page.request.get(url).status == 400
    response = page.goto(url)
    assert response.status == 429
    expect(page.get_by_text("Bạn tra cứu quá nhiều lần")).to_be_visible()
    expect(page.locator("#id_ma")).to_have_value("PA-2026-ZZZZZZ")
    problems = _checked("tra cứu phản ánh, quá nhiều lần (khách)", page)
    assert not problems, report(problems)


@pytest.mark.e2e
def test_portal_pages_are_accessible_on_desktop_and_phone(
    transactional_db, page, signed_in, live_server, tree, personas, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    data = portal_data(tree, personas, tmp_path)
    problems, walked = {}, []
    for name, shown in each_portal_page(page, signed_in, live_server.url, tree, personas, data):
        walked.append(name)
        problems.update(_checked(name, shown))
    assert len(walked) == 34, walked
    assert not problems, report(problems)
