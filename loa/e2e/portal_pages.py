"""Every page of the public side and of its officers' desks, brought to the state a person
meets it in, for the accessibility walk (test_accessibility_portal.py)."""

import datetime
from collections.abc import Iterator
from pathlib import Path

import openpyxl
from playwright.sync_api import Page, expect

from loa.portal import radio
from loa.portal.feedback_services import (
    answer_issue,
    answer_save,
    answer_submit,
    feedback_accept,
    feedback_receive,
)
from loa.portal.models import Broadcast, ChangeStatus, ProcedureChange
from loa.portal.services import article_submit
from loa.portal.tests.articles_factories import ArticleFactory, published
from loa.portal.tests.factories import ProcedureFactory
from loa.surveys.services import survey_from_sipas
from loa.units.models import UnitSuccession
from loa.units.tests.factories import CommuneFactory

SENDER = {
    "sender_name": "Nguyễn Văn An",
    "sender_address": "Thôn Đông, xã An Lạc",
    "sender_phone": "0912 345 678",
    "sender_email": "",
    "content": "Tôi chờ hơn hai giờ tại bộ phận một cửa.",
    "consent": True,
}


def _sheet(folder) -> Path:
    """A province's list with one good row and one with a code in no known form."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["STT", "Mã TTHC", "Tên thủ tục hành chính", "Lĩnh vực", "Thời hạn giải quyết"])
    sheet.append([1, "1.000894", "Đăng ký khai sinh", "Hộ tịch", "Trong ngày"])
    sheet.append([2, "MA-SAI", "Đăng ký kết hôn", "Hộ tịch", "Trong ngày"])
    path = folder / "danh-muc.xlsx"
    book.save(path)
    return path


def portal_data(tree, personas, folder: Path) -> dict:
    """An article published and one waiting, a feedback answered and one just received, a
    radio bulletin with an airing, for commune A."""
    unit, officer, leader = tree["A"], personas["officer_a"], personas["leader_a"]
    article = published(unit=unit, officer=officer, leader=leader, title="Một cửa làm thêm thứ Bảy")
    waiting = ArticleFactory(unit=unit, by=officer, title="Tin đang chờ duyệt")
    article_submit(article=waiting, by=officer)
    answered = feedback_receive(unit=unit, data={**SENDER, "title": "Chờ lâu tại một cửa"})
    feedback_accept(
        feedback=answered,
        by=officer,
        about_procedure=False,
        field="Hộ tịch",
        office=unit.offices.first(),
    )
    answer = answer_save(
        feedback=answered,
        by=officer,
        body="UBND xã đã bố trí thêm một công chức tiếp nhận hồ sơ.",
        public_title="Thời gian chờ tại bộ phận một cửa",
        public_content="Người dân phản ánh phải chờ lâu.",
    )
    answer_submit(feedbackanswer=answer, by=officer)
    answer_issue(feedbackanswer=answer, by=leader)
    received = feedback_receive(unit=unit, data={**SENDER, "title": "Đèn đường thôn Đông hỏng"})
    bulletin = radio.bulletin_create(unit=unit, year=2026, month=12, by=officer)
    Broadcast.objects.create(bulletin=bulletin, on="2026-12-05", at="17:30")
    former = CommuneFactory(
        parent=tree["P"], short_name="Thúc Kháng", valid_to=datetime.date(2025, 6, 30)
    )
    UnitSuccession.objects.create(old=former, new=unit)
    ProcedureFactory(name="Chứng thực bản sao từ bản chính", field="Chứng thực")
    abolished = ProcedureFactory(
        name="Cấp bản sao trích lục hộ tịch cũ",
        field="Chứng thực",
        abolished_on=datetime.date(2026, 3, 15),
    )
    ProcedureChange.objects.create(
        procedure=abolished,
        status=ChangeStatus.ABOLISHED,
        decision_number="1234/QĐ-UBND",
        decision_date=datetime.date(2026, 3, 15),
    )
    return {
        "former": former,
        "abolished": abolished,
        "article": article,
        "waiting": waiting,
        "answered": answered,
        "received": received,
        "bulletin": bulletin,
        "sheet": _sheet(folder),
        "survey": survey_from_sipas(unit=unit, by=officer, title="Khảo sát quý IV"),
    }


def each_portal_page(
    guest: Page, signed_in, base_url: str, tree, personas, data
) -> Iterator[tuple[str, Page]]:
    unit = tree["A"]
    site = f"{base_url}/cong-cong-khai/{unit.code}"
    admin = f"{base_url}/cong-cong-khai/quan-tri"
    article, answered = data["article"], data["answered"]

    def at(page: Page, url: str, heading: str) -> Page:
        page.goto(url)
        expect(page.get_by_role("heading", level=1)).to_have_text(heading)
        return page

    yield (
        "chuyên mục tin, bài (khách)",
        at(guest, f"{site}/tin-bai/", "Tin, bài cải cách hành chính"),
    )
    area = article.reform_area.code
    yield (
        "chuyên mục theo lĩnh vực (khách)",
        at(guest, f"{site}/tin-bai/linh-vuc/{area}/", article.reform_area.name),
    )
    yield (
        "chuyên mục, tìm không dấu (khách)",
        at(guest, f"{site}/tin-bai/?q=mot+cua", "Tin, bài cải cách hành chính"),
    )
    yield "một tin, bài (khách)", at(guest, base_url + article.get_absolute_url(), article.title)
    yield "bản in tin, bài (khách)", at(guest, f"{site}/tin-bai/{article.pk}/in/", article.title)
    yield "gửi phản ánh (khách)", at(guest, f"{site}/phan-anh/", "Gửi phản ánh, kiến nghị")
    guest.get_by_role("button", name="Gửi phản ánh, kiến nghị").click()
    expect(guest.get_by_text("Những gì bạn đã nhập vẫn được giữ nguyên.")).to_be_visible()
    yield "gửi phản ánh thiếu thông tin (khách)", guest
    yield "tra cứu phản ánh (khách)", at(guest, f"{site}/tra-cuu/", "Tra cứu phản ánh, kiến nghị")
    at(guest, f"{site}/tra-cuu/?ma=PA-2026-AAAAAA", "Tra cứu phản ánh, kiến nghị")
    yield "tra cứu phản ánh, mã sai (khách)", guest
    at(guest, f"{site}/tra-cuu/?ma={answered.code}", "Tra cứu phản ánh, kiến nghị")
    expect(guest.get_by_text("bố trí thêm một công chức")).to_be_visible()
    yield "tra cứu phản ánh đã trả lời (khách)", guest
    at(guest, f"{site}/tra-loi/", "Trả lời phản ánh, kiến nghị")
    yield "các câu trả lời đã công khai (khách)", guest
    at(guest, f"{site}/tra-loi/?q=thoi+gian+cho", "Trả lời phản ánh, kiến nghị")
    expect(guest.get_by_role("link", name="Thời gian chờ tại bộ phận một cửa")).to_be_visible()
    yield "các câu trả lời đã công khai, tìm không dấu (khách)", guest
    guest.goto(f"{site}/tra-loi/{answered.pk}/")
    expect(guest.get_by_text("bố trí thêm một công chức")).to_be_visible()
    yield "một câu trả lời đã công khai (khách)", guest
    former = data["former"]
    at(guest, f"{base_url}/cong-cong-khai/{former.code}/", "Xã Thúc Kháng")
    expect(guest.get_by_text("đã kết thúc hoạt động từ ngày 01/07/2025")).to_be_visible()
    yield "trang công khai của xã cũ đã sắp xếp (khách)", guest
    guest.goto(f"{site}/thu-tuc/?linh_vuc=Ch%E1%BB%A9ng+th%E1%BB%B1c&bai_bo=on")
    expect(guest.get_by_role("link", name="Chứng thực bản sao từ bản chính")).to_be_visible()
    expect(guest.get_by_text("(đã bãi bỏ từ 15/03/2026)")).to_be_visible()
    yield "thủ tục hành chính theo lĩnh vực, gồm cả đã bãi bỏ (khách)", guest
    abolished = data["abolished"]
    at(guest, f"{site}/thu-tuc/{abolished.pk}/", abolished.name)
    expect(guest.get_by_text("Thủ tục này đã bị bãi bỏ từ ngày 15/03/2026")).to_be_visible()
    yield "một thủ tục hành chính đã bãi bỏ (khách)", guest

    officer = signed_in(personas["officer_a"])
    yield (
        "quản lý chuyên mục, cán bộ",
        at(officer, f"{admin}/{unit.pk}/tin-bai/", "Chuyên mục tin, bài cải cách hành chính"),
    )
    yield (
        "viết tin, bài mới, cán bộ",
        at(officer, f"{admin}/{unit.pk}/tin-bai/viet-moi/", "Viết tin, bài mới"),
    )
    officer.get_by_role("button", name="Lưu", exact=True).click()
    expect(officer.get_by_role("alert")).to_be_visible()
    yield "viết tin, bài thiếu thông tin, cán bộ", officer
    officer.goto(f"{admin}/tin-bai/{data['waiting'].pk}/")
    expect(officer.get_by_role("heading", level=1)).to_contain_text("Tin đang chờ duyệt")
    yield "xem tin, bài chờ duyệt, cán bộ", officer
    officer.goto(f"{admin}/{unit.pk}/phan-anh/")
    expect(officer.get_by_role("link", name=data["received"].code)).to_be_visible()
    yield "phản ánh gửi đơn vị, cán bộ", officer
    officer.goto(f"{admin}/phan-anh/{data['received'].pk}/")
    expect(officer.get_by_role("button", name="Tiếp nhận xử lý")).to_be_visible()
    yield "một phản ánh mới nhận, cán bộ", officer
    officer.goto(f"{admin}/phan-anh/{answered.pk}/")
    expect(officer.get_by_role("heading", name="Văn bản trả lời")).to_be_visible()
    yield "một phản ánh đã trả lời, cán bộ", officer
    officer.goto(f"{admin}/{unit.pk}/truyen-thanh/")
    expect(officer.get_by_role("link", name=data["bulletin"].title)).to_be_visible()
    yield "chuyên mục truyền thanh, cán bộ", officer
    officer.goto(f"{admin}/truyen-thanh/{data['bulletin'].pk}/")
    expect(officer.get_by_role("button", name="Lưu nội dung")).to_be_visible()
    yield "một chuyên mục truyền thanh, cán bộ", officer
    officer.goto(f"{admin}/truyen-thanh/{data['bulletin'].pk}/in/")
    expect(officer.get_by_text("Kính thưa quý vị và các bạn!")).to_be_visible()
    yield "bản in chuyên mục truyền thanh, cán bộ", officer

    yield (
        "niêm yết thủ tục hành chính, cán bộ",
        at(officer, f"{admin}/{unit.pk}/thu-tuc/", "Niêm yết thủ tục hành chính"),
    )

    yield (
        "khảo sát mức độ hài lòng, cán bộ",
        at(
            officer,
            f"{admin}/{unit.pk}/khao-sat/",
            "Khảo sát mức độ hài lòng của người dân, tổ chức",
        ),
    )
    yield (
        "tạo cuộc khảo sát, cán bộ",
        at(officer, f"{admin}/{unit.pk}/khao-sat/tao-moi/", "Tạo cuộc khảo sát"),
    )
    yield (
        "soạn cuộc khảo sát theo mẫu SIPAS, cán bộ",
        at(officer, f"{admin}/khao-sat/{data['survey'].pk}/", "Khảo sát quý IV"),
    )

    yield (
        "kết quả khảo sát, cán bộ",
        at(
            officer,
            f"{admin}/khao-sat/{data['survey'].pk}/ket-qua/",
            "Kết quả khảo sát: Khảo sát quý IV",
        ),
    )

    province = signed_in(personas["supervisor_p"])
    yield (
        "nhập danh mục thủ tục, cán bộ tỉnh",
        at(province, f"{admin}/thu-tuc/nhap-excel/", "Nhập danh mục thủ tục hành chính"),
    )
    province.get_by_label("Số quyết định công bố").fill("1234/QĐ-UBND")
    province.get_by_label("Ngày quyết định").fill("2026-03-15")
    province.get_by_label("Tệp Excel danh mục (.xlsx)").set_input_files(str(data["sheet"]))
    province.get_by_role("button", name="Kiểm tra tệp").click()
    expect(province.get_by_role("heading", level=1)).to_have_text("Kiểm tra tệp “danh-muc.xlsx”")
    expect(province.get_by_text("Lỗi:").first).to_be_visible()
    yield "kiểm tra tệp danh mục có dòng lỗi, cán bộ tỉnh", province

    leader = signed_in(personas["leader_a"])
    leader.goto(f"{admin}/tin-bai/{data['waiting'].pk}/")
    expect(leader.get_by_role("button", name="Duyệt và đăng")).to_be_visible()
    yield "duyệt tin, bài, lãnh đạo", leader
