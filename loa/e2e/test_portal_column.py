"""The CCHC column in a browser: an officer writes and submits an article, the leader
publishes it, an anonymous visitor on a phone reads it; each page checked by axe-core."""

import pytest
from playwright.sync_api import expect

from conftest import member
from loa.accounts.models import Role
from loa.e2e.a11y import assert_accessible
from loa.units.services import offices_create_default
from loa.units.tests.factories import CommuneFactory, ProvinceFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

TITLE = "Hướng dẫn kích hoạt tài khoản định danh điện tử mức độ 2"


def test_officer_writes_leader_publishes_and_a_phone_reads_it(signed_in, open_page, live_server):
    province = ProvinceFactory(short_name="Hải Phòng", name="Thành phố Hải Phòng")
    commune = CommuneFactory(parent=province, short_name="Đường An", name="Xã Đường An")
    offices_create_default(units=[commune])
    officer = member(commune, Role.OFFICER)
    leader = member(commune, Role.LEADER)

    page = signed_in(officer)
    page.goto(f"{live_server.url}/cong-cong-khai/quan-tri/{commune.pk}/tin-bai/")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Chuyên mục tin, bài cải cách hành chính"
    )
    assert_accessible(page)
    page.get_by_role("link", name="Viết tin, bài mới").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Viết tin, bài mới")
    assert_accessible(page)
    page.get_by_label("Tiêu đề").fill(TITLE)
    page.get_by_label("Sa pô").fill("Công an xã hỗ trợ người dân kích hoạt VNeID tại thôn.")
    page.get_by_label("Nội dung").fill("## Cần mang theo\n\n- Căn cước gắn chíp\n- Điện thoại")
    page.get_by_label("Lĩnh vực cải cách hành chính").select_option(
        label="Xây dựng, phát triển chính quyền điện tử, chính quyền số"
    )
    page.get_by_role("button", name="Lưu", exact=True).click()
    expect(page.get_by_text("Đã lưu dự thảo tin, bài.")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Gửi duyệt").click()
    expect(page.get_by_text("Đã gửi tin, bài để lãnh đạo duyệt.")).to_be_visible()
    assert_accessible(page)
    review = page.url

    boss = signed_in(leader)
    boss.goto(review)
    expect(boss.get_by_role("button", name="Duyệt và đăng")).to_be_visible()
    assert_accessible(boss)
    boss.get_by_role("button", name="Duyệt và đăng").click()
    expect(boss.get_by_text("Đã đăng tin, bài")).to_be_visible()
    assert_accessible(boss)

    phone = open_page(phone=True)
    phone.goto(f"{live_server.url}/cong-cong-khai/{commune.code}/tin-bai/")
    expect(phone.get_by_role("heading", level=1)).to_have_text("Tin, bài cải cách hành chính")
    assert_accessible(phone)
    phone.get_by_role("link", name=TITLE).click()
    expect(phone.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(phone.get_by_role("heading", name="Cần mang theo")).to_be_visible()
    assert_accessible(phone)
    phone.get_by_role("link", name="Bản in").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text(TITLE)
    assert_accessible(phone)
