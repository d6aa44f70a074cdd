"""The whole public journey in a browser, without an account: a citizen on a phone opens a
commune's site, reads its column, finds a procedure without typing diacritics, sends
feedback with an attachment (a first try with a missing field keeps all that was typed,
the file included), follows it with the receipt code; the officer accepts and answers, the
leader signs; the citizen reads the published answer, which names nobody. Every page is
checked by axe-core."""

import re

import pytest
from playwright.sync_api import expect
from reportlab.pdfgen import canvas

from conftest import member
from loa.accounts.models import Role
from loa.e2e.a11y import assert_accessible
from loa.portal import challenge
from loa.portal.models import Feedback
from loa.portal.tests.articles_factories import published
from loa.portal.tests.factories import ProcedureFactory, UnitContactFactory
from loa.units.services import offices_create_default
from loa.units.tests.factories import CommuneFactory, ProvinceFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ARTICLE = "Bộ phận Một cửa tiếp nhận hồ sơ cả sáng thứ Bảy"
TITLE = "Chờ lâu khi đăng ký khai sinh cho con"
PHONE = "0912 345 678"


@pytest.fixture
def commune(settings, tmp_path, monkeypatch):
    settings.MEDIA_ROOT = tmp_path
    # The live server runs in this process: a person takes longer than 3 s to type, a
    # test does not.
    monkeypatch.setattr(challenge, "MIN_SECONDS", 0)
    province = ProvinceFactory(short_name="Hải Phòng", name="Thành phố Hải Phòng")
    unit = CommuneFactory(parent=province, short_name="Đường An", name="Xã Đường An")
    offices_create_default(units=[unit])
    UnitContactFactory(unit=unit, hotline="0225 3123 456")
    ProcedureFactory(name="Đăng ký khai sinh", field="Hộ tịch", processing_time="Trong ngày")
    ProcedureFactory(name="Đăng ký kết hôn", field="Hộ tịch")
    return unit


def test_a_citizen_asks_the_commune_answers_and_everyone_reads_it(
    commune, open_page, signed_in, live_server, tmp_path
):
    officer = member(commune, Role.OFFICER)
    leader = member(commune, Role.LEADER)
    published(unit=commune, officer=officer, leader=leader, title=ARTICLE)

    citizen = open_page(phone=True)
    citizen.goto(f"{live_server.url}/cong-cong-khai/{commune.code}/")
    expect(citizen.get_by_role("heading", level=1)).to_have_text("Xã Đường An")
    assert_accessible(citizen)

    citizen.get_by_role("link", name="Tất cả tin, bài của chuyên mục cải cách hành chính").click()
    expect(citizen.get_by_role("heading", level=1)).to_have_text("Tin, bài cải cách hành chính")
    assert_accessible(citizen)
    citizen.get_by_role("link", name=ARTICLE).click()
    expect(citizen.get_by_role("heading", level=1)).to_have_text(ARTICLE)
    assert_accessible(citizen)

    citizen.goto(f"{live_server.url}/cong-cong-khai/{commune.code}/")
    assert_accessible(citizen)
    citizen.get_by_role("link", name=re.compile("^Thủ tục hành chính thuộc thẩm quyền")).click()
    expect(citizen.get_by_role("heading", level=1)).to_have_text("Thủ tục hành chính cấp xã")
    assert_accessible(citizen)
    citizen.get_by_label("Tìm thủ tục").fill("dang ky khai sinh")
    citizen.get_by_role("button", name="Tìm", exact=True).click()
    expect(citizen.get_by_role("link", name="Đăng ký kết hôn")).to_have_count(0)
    assert_accessible(citizen)
    citizen.get_by_role("link", name="Đăng ký khai sinh").click()
    expect(citizen.get_by_role("heading", level=1)).to_have_text("Đăng ký khai sinh")
    assert_accessible(citizen)

    citizen.goto(f"{live_server.url}/cong-cong-khai/{commune.code}/")
    assert_accessible(citizen)
    citizen.get_by_role("link", name="Gửi phản ánh, kiến nghị").click()
    expect(citizen.get_by_role("heading", level=1)).to_have_text("Gửi phản ánh, kiến nghị")
    assert_accessible(citizen)
    scan = tmp_path / "giay-hen.pdf"
    sheet = canvas.Canvas(str(scan))
    sheet.drawString(72, 720, "Giay hen tra ket qua")
    sheet.save()
    citizen.get_by_role("textbox", name="Họ và tên", exact=True).fill("Trần Thị Bình")
    citizen.get_by_role("textbox", name="Địa chỉ", exact=True).fill("Thôn Đông, xã Đường An")
    citizen.get_by_role("textbox", name="Số điện thoại", exact=True).fill(PHONE)
    citizen.get_by_role("textbox", name="Tiêu đề", exact=True).fill(TITLE)
    citizen.get_by_label("Tệp đính kèm").set_input_files(str(scan))
    # the content forgotten: refused, everything else kept, the file too
    citizen.get_by_role("button", name="Gửi phản ánh, kiến nghị").click()
    expect(citizen.get_by_text("Những gì bạn đã nhập vẫn được giữ nguyên.")).to_be_visible()
    expect(citizen.get_by_role("textbox", name="Họ và tên", exact=True)).to_have_value(
        "Trần Thị Bình"
    )
    expect(citizen.get_by_role("textbox", name="Tiêu đề", exact=True)).to_have_value(TITLE)
    expect(citizen.get_by_text("giay-hen.pdf")).to_be_visible()
    assert_accessible(citizen)
    citizen.get_by_label("Nội dung phản ánh, kiến nghị").fill(
        f"Tôi chờ hơn hai giờ tại bộ phận một cửa để đăng ký khai sinh. Gọi tôi: {PHONE}."
    )
    citizen.get_by_label(re.compile("^Tôi đồng ý")).check()
    citizen.get_by_role("button", name="Gửi phản ánh, kiến nghị").click()
    expect(citizen.get_by_role("heading", level=1)).to_have_text("Đã gửi phản ánh, kiến nghị")
    assert_accessible(citizen)
    feedback = Feedback.objects.get(unit=commune)
    assert feedback.attachments.get().original_name == "giay-hen.pdf"
    expect(citizen.get_by_text(feedback.code)).to_be_visible()
    citizen.get_by_role("link", name="Tra cứu kết quả xử lý").click()
    expect(citizen.get_by_role("heading", level=2)).to_have_text(f"Phản ánh {feedback.code}")
    expect(citizen.get_by_text("Trần Thị Bình")).to_have_count(0)
    assert_accessible(citizen)

    desk = signed_in(officer)
    desk.goto(f"{live_server.url}/cong-cong-khai/{commune.code}/")
    assert_accessible(desk)
    desk.get_by_role("link", name="Xử lý phản ánh, kiến nghị gửi đơn vị").click()
    assert_accessible(desk)
    desk.get_by_role("link", name=feedback.code).click()
    expect(desk.get_by_text("giay-hen.pdf")).to_be_visible()
    assert_accessible(desk)
    desk.get_by_label("Lĩnh vực").fill("Hộ tịch")
    desk.get_by_label("Giao bộ phận xử lý").select_option(index=1)
    desk.get_by_role("button", name="Tiếp nhận xử lý").click()
    expect(desk.get_by_role("heading", name="Dự thảo trả lời")).to_be_visible()
    assert_accessible(desk)
    # the proposed public text already hides the phone
    expect(desk.get_by_label(re.compile("^Nội dung phản ánh công khai"))).not_to_have_value(
        re.compile(PHONE)
    )
    desk.get_by_label("Tiêu đề công khai").fill("Thời gian chờ đăng ký khai sinh")
    desk.get_by_label("Nội dung trả lời").fill(
        "UBND xã đã bố trí thêm một công chức tư pháp – hộ tịch tiếp nhận hồ sơ buổi sáng."
    )
    desk.get_by_role("button", name="Lưu dự thảo trả lời").click()
    assert_accessible(desk)
    desk.get_by_role("button", name="Trình lãnh đạo duyệt").click()
    assert_accessible(desk)

    boss = signed_in(leader)
    boss.goto(desk.url)
    assert_accessible(boss)
    boss.get_by_role("button", name="Duyệt, ký ban hành và công khai").click()
    expect(boss.get_by_role("link", name="Xem câu trả lời trên trang công khai")).to_be_visible()
    assert_accessible(boss)

    citizen.reload()
    expect(citizen.get_by_text("bố trí thêm một công chức tư pháp")).to_be_visible()
    assert_accessible(citizen)
    # days later, on another phone: the receipt code typed into the lookup form
    later = open_page(phone=True)
    later.goto(f"{live_server.url}/cong-cong-khai/{commune.code}/tra-cuu/")
    assert_accessible(later)
    later.get_by_label("Mã tiếp nhận").fill(feedback.code.lower())
    later.get_by_role("button", name="Tra cứu", exact=True).click()
    expect(later.get_by_role("heading", name=f"Phản ánh {feedback.code}")).to_be_visible()
    expect(later.get_by_text("bố trí thêm một công chức tư pháp")).to_be_visible()
    assert_accessible(later)
    citizen.goto(f"{live_server.url}/cong-cong-khai/{commune.code}/tra-loi/")
    expect(citizen.get_by_role("link", name="Thời gian chờ đăng ký khai sinh")).to_be_visible()
    assert_accessible(citizen)
    citizen.get_by_role("link", name="Thời gian chờ đăng ký khai sinh").click()
    expect(citizen.get_by_text("bố trí thêm một công chức tư pháp")).to_be_visible()
    body = citizen.locator("main").inner_text()
    assert "Trần Thị Bình" not in body and PHONE not in body and "Thôn Đông" not in body
    assert_accessible(citizen)
