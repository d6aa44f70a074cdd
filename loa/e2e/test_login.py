"""Signing in, switching unit and a wrong password, in a real browser: the login form
itself, so these tests fill it by hand rather than use the `signed_in` fixture."""

import re

import pytest
from playwright.sync_api import Page, expect

from loa.accounts.models import Role
from loa.accounts.tests.factories import PASSWORD, MembershipFactory, UserFactory
from loa.e2e.a11y import assert_accessible
from loa.units.tests.factories import CommuneFactory, ProvinceFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def province():
    return ProvinceFactory(short_name="Phú Thọ")


@pytest.fixture
def commune(province):
    return CommuneFactory(parent=province, short_name="An Lạc")


@pytest.fixture
def officer(commune):
    return MembershipFactory(unit=commune, role=Role.OFFICER, user=UserFactory()).user


def sign_in(page: Page, base_url: str, username: str, password: str) -> None:
    page.goto(base_url + "/")
    expect(page).to_have_url(re.compile(r"/tai-khoan/dang-nhap/\?next=/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Đăng nhập Loa")
    assert_accessible(page)
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.get_by_role("button", name="Đăng nhập", exact=True).click()


def assert_no_horizontal_scroll(page: Page) -> None:
    widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], f"trang rộng {widths[0]}px, màn hình {widths[1]}px"


def test_officer_signs_in_and_sees_home(page, live_server, commune, officer):
    sign_in(page, live_server.url, officer.username, PASSWORD)

    expect(page).to_have_url(live_server.url + "/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Ủy ban nhân dân xã An Lạc")
    expect(page.locator(".lead .badge")).to_have_text(["Cán bộ"])
    expect(page.get_by_role("heading", name="Việc cần làm hôm nay")).to_be_visible()
    assert_accessible(page)


def test_switching_unit_changes_the_home_page(page, live_server, province, commune):
    other = CommuneFactory(parent=province, short_name="Cẩm Khê")
    user = UserFactory()
    MembershipFactory(user=user, unit=commune, role=Role.OFFICER)
    MembershipFactory(user=user, unit=other, role=Role.LEADER)

    sign_in(page, live_server.url, user.username, PASSWORD)
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text("Ủy ban nhân dân xã An Lạc")
    assert_accessible(page)

    page.select_option("#unit-switch", str(other.pk))
    page.get_by_role("button", name="Chuyển", exact=True).click()

    expect(heading).to_have_text("Ủy ban nhân dân xã Cẩm Khê")
    expect(page.locator(".lead .badge")).to_have_text(["Lãnh đạo"])
    expect(page.locator("#unit-switch")).to_have_value(str(other.pk))
    expect(page.get_by_text("Đã chuyển đơn vị làm việc.")).to_be_visible()
    assert_accessible(page)


def test_wrong_password_shows_error_and_keeps_username(page, live_server, officer):
    sign_in(page, live_server.url, officer.username, "khong-dung-mat-khau")

    expect(page.get_by_role("alert")).to_contain_text("Tên đăng nhập hoặc mật khẩu không đúng")
    expect(page.get_by_role("heading", level=1)).to_have_text("Đăng nhập Loa")
    expect(page.locator("#id_username")).to_have_value(officer.username)
    expect(page.locator("#id_password")).to_have_value("")
    assert_accessible(page)


def test_login_and_home_fit_a_phone_screen(open_page, live_server, commune, officer):
    page = open_page(phone=True)
    page.goto(live_server.url + "/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Đăng nhập Loa")
    # The stylesheet must have loaded, or the width check proves nothing.
    expect(page.locator(".site-header")).to_have_css("background-color", "rgb(10, 74, 134)")
    assert_no_horizontal_scroll(page)
    assert_accessible(page)

    page.fill("#id_username", officer.username)
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="Đăng nhập", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ủy ban nhân dân xã An Lạc")
    assert_no_horizontal_scroll(page)
    assert_accessible(page)
