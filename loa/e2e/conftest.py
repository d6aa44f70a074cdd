"""Browser tests: Debian's Chromium driven through Playwright against `live_server`.

`signed_in(user)` gives a page signed in through the real login form; `open_page()` and
`page` give a guest's page. Every page they load must be checked by axe-core
(`assert_accessible(page)`, loa/e2e/a11y.py) before the test moves on: a page loaded and
never checked fails the test at teardown.

Playwright's sync API runs an asyncio event loop in this thread, and Django refuses ORM
calls from a thread with a running loop unless told otherwise; the tests create their
data through the ORM, so allow it here (tests only).
"""

import datetime
import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from conftest import member
from loa.accounts.models import Role
from loa.accounts.tests.factories import PASSWORD
from loa.e2e.a11y import DESKTOP, PHONE, assert_accessible, unchecked_pages, watch
from loa.plans import services
from loa.plans.models import Channel, Task
from loa.units.services import offices_create_default

os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TIMEOUT_MS = 10_000


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    # The page fixtures read this at teardown: a test that already failed is not also
    # told about the pages it left unchecked.
    report = yield
    if report.when == "call":
        item.e2e_call_failed = report.failed
    return report


@pytest.fixture(scope="session")
def browser():
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        pytest.fail(
            f"{CHROMIUM} not found: the browser tests need Debian's Chromium. "
            "Run `make system-deps` (or `apt-get install chromium`); "
            "do not use `playwright install`.",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def open_page(request, browser, live_server):
    """`open_page(phone=False)`: a new guest page in a browser context of its own (no
    cookies shared with other pages), desktop-sized or a phone with touch."""
    contexts, pages = [], []

    def open_page(*, phone: bool = False):
        if phone:
            device = {"viewport": PHONE, "is_mobile": True, "has_touch": True}
        else:
            device = {"viewport": DESKTOP}
        context = browser.new_context(locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh", **device)
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        page = context.new_page()
        watch(page)
        pages.append(page)
        return page

    yield open_page

    try:
        unchecked = [url for page in pages for url in unchecked_pages(page)]
        if unchecked and not getattr(request.node, "e2e_call_failed", True):
            pytest.fail(
                "Trang đã mở mà chưa được axe kiểm tra (gọi assert_accessible(page) khi tới "
                "mỗi trang):\n  " + "\n  ".join(unchecked),
                pytrace=False,
            )
    finally:
        for context in contexts:
            context.close()


@pytest.fixture
def page(open_page):
    """A guest's desktop page."""
    return open_page()


@pytest.fixture
def signed_in(open_page, live_server):
    """`signed_in(user, *, unit=None, phone=False)`: a new page where `user` (a User, or a
    username; the factories' password) has signed in through the real login form and
    landed on the home page, working for `unit` when given (chosen in the header's
    switcher). The login form and the home page are checked by axe on the way."""

    def signed_in(user, *, unit=None, phone: bool = False):
        username = getattr(user, "username", user)
        page = open_page(phone=phone)
        page.goto(live_server.url + "/tai-khoan/dang-nhap/")
        expect(page.get_by_role("heading", level=1)).to_have_text("Đăng nhập Loa")
        assert_accessible(page)
        page.fill("#id_username", username)
        page.fill("#id_password", PASSWORD)
        page.get_by_role("button", name="Đăng nhập", exact=True).click()
        expect(page).to_have_url(live_server.url + "/")
        if unit is not None:
            page.select_option("#unit-switch", str(getattr(unit, "pk", unit)))
            page.get_by_role("button", name="Chuyển", exact=True).click()
            expect(page.get_by_text("Đã chuyển đơn vị làm việc.")).to_be_visible()
        assert_accessible(page)
        return page

    return signed_in


@pytest.fixture
def plan_pages(tree, personas):
    """Province P's issued plan for this year (one task for the communes), and commune A's
    draft from the template with one task of its own."""
    year = datetime.date.today().year
    offices_create_default(units=list(tree.values()))
    province_officer = member(tree["P"], Role.OFFICER)
    upper = services.plan_create_from_template(unit=tree["P"], year=year, by=province_officer)
    upper.lower_plan_deadline = datetime.date(year, 1, 31)
    upper.save()
    radio = Channel.objects.get(code="radio")
    Task.objects.create(
        plan=upper,
        content="Chuyên mục CCHC trên đài truyền thanh xã",
        channel=radio,
        expected_quantity=12,
        lead_text="UBND các xã",
        for_lower_units=True,
    )
    services.plan_submit(plan=upper, by=province_officer)
    services.plan_issue(
        plan=upper,
        by=member(tree["P"], Role.LEADER, full_name="Đỗ Thanh Bình"),
        on=datetime.date(year, 1, 2),
    )
    draft = services.plan_create_from_template(unit=tree["A"], year=year, by=personas["officer_a"])
    task = Task.objects.create(
        plan=draft,
        order=1,
        content="Đăng tin cải cách hành chính trên trang thông tin điện tử xã",
        channel=radio,
        expected_quantity=24,
        lead_text="Văn phòng HĐND và UBND xã",
        due_quarter=4,
    )
    return {"year": year, "upper": upper, "draft": draft, "task": task}
