"""An anonymous visitor, without an account and without typing diacritics, finds a
commune's public site and one of its procedures: index → search → commune → procedures →
procedure, each page checked by axe-core."""

import pytest
from playwright.sync_api import expect

from loa.accounts.models import Role
from loa.accounts.tests.factories import MembershipFactory, UserFactory
from loa.e2e.a11y import assert_accessible
from loa.portal.tests.factories import ProcedureFactory, UnitContactFactory
from loa.units.tests.factories import CommuneFactory, ProvinceFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_visitor_finds_a_commune_and_a_procedure_without_diacritics(page, live_server):
    province = ProvinceFactory(short_name="Hải Phòng", name="Thành phố Hải Phòng")
    commune = CommuneFactory(parent=province, short_name="Đường An", name="Xã Đường An")
    CommuneFactory(parent=province, short_name="Thượng Hồng", name="Xã Thượng Hồng")
    UnitContactFactory(unit=commune, address="Thôn Đông, xã Đường An")
    MembershipFactory(
        unit=commune,
        role=Role.LEADER,
        position="Chủ tịch",
        user=UserFactory(full_name="Nguyễn Văn Hùng"),
    )
    ProcedureFactory(
        name="Đăng ký khai sinh",
        documents="Tờ khai đăng ký khai sinh theo mẫu.\nGiấy chứng sinh.",
    )
    ProcedureFactory(name="Đăng ký kết hôn")

    page.goto(live_server.url + "/cong-cong-khai/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Cổng công khai cải cách hành chính")
    expect(page.get_by_role("link", name="Thành phố Hải Phòng")).to_be_visible()
    assert_accessible(page)

    page.get_by_label("Tìm xã, phường, tỉnh, thành phố").fill("duong an")
    page.get_by_role("button", name="Tìm", exact=True).click()
    expect(page.get_by_role("heading", level=2)).to_have_text("Kết quả tìm “duong an”")
    expect(page.get_by_role("link", name="Xã Thượng Hồng")).to_have_count(0)
    assert_accessible(page)

    page.get_by_role("link", name="Xã Đường An").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Xã Đường An")
    expect(page.get_by_text("Thôn Đông, xã Đường An")).to_be_visible()
    expect(page.get_by_text("Nguyễn Văn Hùng")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Thủ tục hành chính thuộc thẩm quyền").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thủ tục hành chính cấp xã")
    assert_accessible(page)
    page.get_by_label("Tìm thủ tục").fill("dang ky khai sinh")
    page.get_by_role("button", name="Tìm", exact=True).click()
    expect(page.get_by_role("link", name="Đăng ký kết hôn")).to_have_count(0)
    assert_accessible(page)

    page.get_by_role("link", name="Đăng ký khai sinh").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Đăng ký khai sinh")
    expect(page.get_by_text("Giấy chứng sinh.")).to_be_visible()
    assert_accessible(page)
