"""An online contest in a browser: a participant on a phone registers on the province's
contest page (the proof of work done by the page's script), answers the drawn questions
within the time, sees their score; the organiser closes the contest, submits the results
decision, the leader signs it, and the public results name the winner without the phone.
Every page is checked by axe-core."""

import re

import pytest
from playwright.sync_api import expect

from loa.contests.tests.helpers import RIGHT, contest_open
from loa.e2e.a11y import assert_accessible

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_participant_takes_an_attempt_and_the_organiser_publishes_the_ranking(
    open_page, signed_in, live_server, offices, province_officer, province_leader, settings
):
    settings.LOA_POW_MIN_SECONDS = 0  # a person takes longer to type than a test does
    contest = contest_open(offices["P"], province_officer)
    public = f"{live_server.url}/cong-cong-khai/{offices['P'].code}/cuoc-thi/{contest.pk}/"

    phone = open_page(phone=True)
    phone.goto(public)
    expect(phone.get_by_role("heading", level=1)).to_have_text(contest.title)
    assert_accessible(phone)
    phone.get_by_role("textbox", name="Họ và tên", exact=True).fill("Lê Thị Thu")
    phone.get_by_role("textbox", name="Số điện thoại", exact=True).fill("0987 654 321")
    phone.get_by_role("textbox", name="Địa chỉ hoặc nơi công tác", exact=True).fill(
        "Thôn Đông, xã An Lạc"
    )
    phone.get_by_label("Độ tuổi").select_option(index=2)
    phone.get_by_label(re.compile("^Đơn vị")).select_option(label=offices["A"].name)
    phone.get_by_role("button", name="Đăng ký và vào thi").click()
    expect(phone.get_by_role("button", name="Nộp bài")).to_be_visible()
    assert_accessible(phone)
    for question in phone.locator("fieldset.contest-q").all():
        question.get_by_label(re.compile(f"^{RIGHT} ")).check()
    phone.get_by_label(re.compile("^Câu hỏi phụ")).fill("150")
    phone.get_by_role("button", name="Nộp bài").click()
    expect(phone.get_by_text("Ông/Bà trả lời đúng 4/4 câu hỏi.")).to_be_visible()
    assert_accessible(phone)

    organiser = signed_in(province_officer)
    organiser.goto(f"{live_server.url}/cong-cong-khai/quan-tri/cuoc-thi/{contest.pk}/")
    assert_accessible(organiser)
    organiser.get_by_role("button", name="Đóng cuộc thi").click()
    assert_accessible(organiser)
    organiser.goto(f"{live_server.url}/cong-cong-khai/quan-tri/cuoc-thi/{contest.pk}/ket-qua/")
    expect(organiser.get_by_role("cell", name="Lê Thị Thu")).to_be_visible()
    assert_accessible(organiser)
    organiser.get_by_role("button", name="Trình dự thảo quyết định công nhận kết quả").click()
    assert_accessible(organiser)

    leader = signed_in(province_leader)
    leader.goto(f"{live_server.url}/cong-cong-khai/quan-tri/cuoc-thi/{contest.pk}/ket-qua/")
    assert_accessible(leader)
    leader.get_by_role("button", name="Ký ban hành và công bố kết quả").click()
    assert_accessible(leader)

    phone.goto(public)
    assert_accessible(phone)
    phone.get_by_role("link", name="Xem kết quả cuộc thi").click()
    expect(phone.get_by_role("cell", name="Lê Thị Thu")).to_be_visible()
    assert "0987" not in phone.locator("main").inner_text()
    assert_accessible(phone)
