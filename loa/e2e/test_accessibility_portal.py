"""Accessibility of the public side and its desks (issue #11), in Debian Chromium: every
page a visitor or an officer of the portal meets — the column, an article and its print
view, the feedback form (fresh and refused), the lookup, the published answers, the
column's and the feedback's desks, the radio bulletin — checked by axe-core's WCAG 2.1 AA
rules at a desktop and a phone size, in Vietnamese with one h1, and on a phone without
sideways scrolling."""

import pytest

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


@pytest.mark.e2e
def test_portal_pages_are_accessible_on_desktop_and_phone(
    transactional_db, page, signed_in, live_server, tree, personas, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    data = portal_data(tree, personas, tmp_path)
    problems, walked = {}, []
    for name, shown in each_portal_page(page, signed_in, live_server.url, tree, personas, data):
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
    assert len(walked) == 30, walked
    assert not problems, report(problems)
