"""Accessibility of the score pages (ADR 35) in Debian Chromium: a commune's score
explained down to its activities and files, and the province's rules form after a bad
input; axe-core's WCAG 2.1 AA checks at a desktop and a phone size, one h1 in Vietnamese,
no sideways scrolling on a phone."""

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from conftest import member
from loa.accounts.models import Role
from loa.dashboard.tests.scoring_world import YEAR, activity, plan_reaching, report_sent
from loa.e2e.a11y import (
    DESKTOP,
    PHONE,
    VIEWPORTS,
    axe_violations,
    lang_and_h1_problems,
    report,
    sideways_problems,
)


def _problems(name, shown, problems):
    if found := lang_and_h1_problems(shown):
        problems[name] = found
    for size, viewport in VIEWPORTS.items():
        shown.set_viewport_size(viewport)
        if violations := axe_violations(shown):
            problems[f"{name} @ {size}, axe-core"] = violations
        if viewport == PHONE and (found := sideways_problems(shown)):
            problems[f"{name} @ {size}, trang cuộn ngang"] = found
    shown.set_viewport_size(DESKTOP)


@pytest.mark.e2e
def test_score_pages_are_accessible_on_desktop_and_phone(
    transactional_db, signed_in, live_server, tree, personas, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    plan_reaching(tree["A"], 9, 10)
    report_sent(tree["A"])
    activity(tree["A"], "radio", title="Chuyên mục CCHC trên đài xã")
    problems = {}

    page = signed_in(personas["supervisor_p"])
    page.goto(f"{live_server.url}/theo-doi/{tree['A'].key}/diem/{YEAR}/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Điểm tuyên truyền CCHC")
    expect(page.get_by_text("bien-ban.pdf")).to_be_visible()
    _problems("điểm tuyên truyền xã A, theo dõi tỉnh P", page, problems)

    page = signed_in(member(tree["P"], Role.OFFICER))
    page.goto(f"{live_server.url}/theo-doi/{tree['P'].key}/tieu-chi/{timezone.localdate().year}/")
    page.get_by_label("Điểm tối đa của tiêu chí thực hiện kế hoạch").fill("một")
    page.get_by_role("button", name="Ban hành phiên bản mới").click()
    expect(page.locator(".error-summary")).to_contain_text("Điểm phải là một số")
    _problems("bộ tiêu chí tỉnh P sau khi nhập sai, cán bộ tỉnh P", page, problems)
    assert not problems, report(problems)
