"""A satisfaction survey in a browser: the officer prints the desk poster of a survey made
from the SIPAS template; a citizen on a phone opens the link under its QR code, answers
every question shown (the conditional ones appear only when they apply), forgets nothing
twice, and sends; the officer's results move from "chưa có" to the index. Every page is
checked by axe-core."""

import re

import pytest
from playwright.sync_api import expect

from conftest import member
from loa.accounts.models import Role
from loa.e2e.a11y import assert_accessible
from loa.surveys.services import survey_from_sipas, survey_open
from loa.units.tests.factories import CommuneFactory, ProvinceFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def answer_every_visible_question(page) -> None:
    """ "Hài lòng" on every scale, the first choice elsewhere, a word in the text boxes."""
    for question in page.locator(".survey-q").all():
        if not question.is_visible():
            continue  # a conditional question that does not apply
        scale = question.get_by_label("Hài lòng", exact=True)
        if scale.count():
            scale.check()
        elif question.locator("input[type=radio], input[type=checkbox]").count():
            question.locator("input[type=radio], input[type=checkbox]").first.check()
        elif question.locator("textarea, input[type=text]").count():
            question.locator("textarea, input[type=text]").first.fill("Cán bộ hướng dẫn tận tình.")


def test_a_citizen_answers_from_the_poster_link_and_the_index_moves(
    signed_in, open_page, live_server
):
    province = ProvinceFactory(short_name="Hải Phòng", name="Thành phố Hải Phòng")
    commune = CommuneFactory(parent=province, short_name="Đường An", name="Xã Đường An")
    officer = member(commune, Role.OFFICER)
    survey = survey_from_sipas(unit=commune, by=officer, title="Khảo sát quý IV năm 2026")
    survey_open(survey=survey, by=officer)

    desk = signed_in(officer)
    desk.goto(f"{live_server.url}/cong-cong-khai/quan-tri/khao-sat/{survey.pk}/ket-qua/")
    expect(desk.get_by_text("Chỉ số hài lòng chung: chưa có")).to_be_visible()
    assert_accessible(desk)
    desk.goto(f"{live_server.url}/cong-cong-khai/quan-tri/khao-sat/{survey.pk}/ap-phich/")
    expect(desk.locator(".poster-qr svg")).to_be_visible()
    assert_accessible(desk)
    link = desk.locator(".poster-link").inner_text().strip()
    assert link.endswith(f"/cong-cong-khai/{commune.code}/khao-sat/{survey.pk}/")

    phone = open_page(phone=True)
    phone.goto(live_server.url + link[link.index("/cong-cong-khai/") :])
    expect(phone.get_by_role("heading", level=1)).to_have_text("Khảo sát quý IV năm 2026")
    assert_accessible(phone)
    # sent with nothing answered: refused, and it says which questions are left
    phone.get_by_role("button", name="Gửi phiếu").click()
    expect(phone.get_by_text("Chưa gửi được: còn câu cần trả lời")).to_be_visible()
    assert_accessible(phone)
    answer_every_visible_question(phone)
    phone.get_by_role("button", name="Gửi phiếu").click()
    expect(phone.get_by_role("heading", level=1)).to_contain_text("Cảm ơn")
    assert_accessible(phone)
    # the same phone again: one answer per device
    phone.goto(live_server.url + link[link.index("/cong-cong-khai/") :])
    expect(phone.get_by_text("Thiết bị này đã gửi phiếu cho cuộc khảo sát.")).to_be_visible()
    assert_accessible(phone)

    desk.goto(f"{live_server.url}/cong-cong-khai/quan-tri/khao-sat/{survey.pk}/ket-qua/")
    expect(
        desk.get_by_text(re.compile(r"Tổng số phiếu: 1 · Chỉ số hài lòng chung: \d+"))
    ).to_be_visible()
    # the expectations, per factor: the first choice of each was ticked
    expect(
        desk.get_by_role("table", name=re.compile(r"^Thủ tục hành chính: nội dung mong muốn"))
    ).to_contain_text("(1 phiếu trả lời)")
    assert_accessible(desk)
