"""The monthly radio bulletin: compiled to be read aloud, aired, counted in the log."""

import datetime

from django.utils import timezone

from conftest import member
from loa.accounts.models import Role
from loa.activities.models import Activity
from loa.demo.seed_radio import radio_load
from loa.portal import radio
from loa.portal.models import Article, Broadcast, ChangeStatus, ProcedureChange
from loa.portal.spoken import number_words, spoken
from loa.portal.tests.articles_factories import published
from loa.portal.tests.factories import ProcedureFactory
from loa.portal.tests.test_feedback_workflow import answer_it, receive


def test_numbers_dates_and_abbreviations_are_written_as_spoken():
    assert number_words(2025) == "hai nghìn không trăm hai mươi lăm"
    assert number_words(21) == "hai mươi mốt"
    assert number_words(105) == "một trăm lẻ năm"
    text = spoken("Ngày 05/01/2026, UBND xã đạt 68% kế hoạch CCHC (xem https://a.vn/b).")
    assert text == (
        "Ngày mùng năm tháng một năm hai nghìn không trăm hai mươi sáu, Ủy ban nhân dân xã "
        "đạt sáu mươi tám phần trăm kế hoạch cải cách hành chính."
    )


def test_the_script_reads_the_months_procedure_changes_aloud(tree):
    procedure = ProcedureFactory(name="Đăng ký khai sinh", field="Hộ tịch")
    ProcedureChange.objects.create(
        procedure=procedure,
        status=ChangeStatus.AMENDED,
        decision_number="1234/QĐ-UBND",
        decision_date=datetime.date(2026, 5, 12),
    )
    script = radio.draft_script(tree["A"], 2026, 5)
    assert "CHUYÊN MỤC CẢI CÁCH HÀNH CHÍNH THÁNG NĂM NĂM HAI NGHÌN" in script
    assert "Thủ tục Đăng ký khai sinh, lĩnh vực hộ tịch, được sửa đổi, bổ sung theo " in script
    assert "Quyết định số một nghìn hai trăm ba mươi tư ngày mười hai tháng năm" in script
    assert not any(ch.isdigit() for ch in script)


def test_an_airing_marked_done_logs_one_radio_item_and_undo_removes_it(client, tree):
    officer = member(tree["A"], Role.OFFICER)
    client.force_login(officer)
    response = client.post(
        f"/cong-cong-khai/quan-tri/{tree['A'].pk}/truyen-thanh/", {"month": 5, "year": 2026}
    )
    assert response.status_code == 302
    bulletin = tree["A"].radio_bulletins.get()
    today = timezone.localdate()
    url = f"/cong-cong-khai/quan-tri/truyen-thanh/{bulletin.pk}/luot-phat/"
    assert client.post(url, {"on": today.isoformat(), "at": "17:00"}).status_code == 302
    again = client.post(url, {"on": today.isoformat(), "at": "17:00"})
    assert again.status_code == 400
    assert "Đã có lượt phát vào ngày giờ này." in again.content.decode()
    slot = Broadcast.objects.get(bulletin=bulletin)
    client.post(f"/cong-cong-khai/quan-tri/luot-phat/{slot.pk}/da-phat/")
    activity = Activity.objects.get(unit=tree["A"], channel__code="radio")
    assert activity.started_on == today and activity.quantity == 1
    client.post(f"/cong-cong-khai/quan-tri/luot-phat/{slot.pk}/bo-danh-dau/")
    assert not Activity.objects.filter(pk=activity.pk).exists()


def test_a_future_airing_cannot_be_marked_done(client, tree):
    officer = member(tree["A"], Role.OFFICER)
    client.force_login(officer)
    bulletin = radio.bulletin_create(unit=tree["A"], year=2026, month=5, by=officer)
    later = timezone.localdate() + datetime.timedelta(days=3)
    slot = Broadcast.objects.create(bulletin=bulletin, on=later, at=datetime.time(6, 0))
    response = client.post(f"/cong-cong-khai/quan-tri/luot-phat/{slot.pk}/da-phat/", follow=True)
    assert "chưa đến ngày" in response.content.decode()
    assert not Activity.objects.filter(unit=tree["A"], channel__code="radio").exists()


def test_the_plain_text_is_what_the_smart_radio_reads(client, tree):
    officer = member(tree["A"], Role.OFFICER)
    client.force_login(officer)
    bulletin = radio.bulletin_create(unit=tree["A"], year=2026, month=5, by=officer)
    response = client.get(f"/cong-cong-khai/quan-tri/truyen-thanh/{bulletin.pk}/van-ban.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode().startswith("CHUYÊN MỤC CẢI CÁCH HÀNH CHÍNH")


def test_the_script_reads_the_months_articles_and_answers_but_never_who_asked(
    client, offices, personas, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    unit = offices["A"]
    today = timezone.localdate()
    published(
        unit=unit,
        officer=personas["officer_a"],
        leader=personas["leader_a"],
        title="Xã tiếp nhận 120 hồ sơ trực tuyến: vì sao nhanh hơn?",
        lead="Trong tháng, 95% hồ sơ được giải quyết đúng hạn (https://dichvucong.gov.vn).",
    )
    old = published(
        unit=unit,
        officer=personas["officer_a"],
        leader=personas["leader_a"],
        title="Tin của hai tháng trước",
    )
    Article.objects.filter(pk=old.pk).update(
        published_at=timezone.now() - datetime.timedelta(days=62)
    )
    answer_it(client, receive(unit), personas)
    script = radio.draft_script(unit, today.year, today.month)
    assert "Phần thứ nhất: Tin, bài về cải cách hành chính." in script
    assert "Xã tiếp nhận một trăm hai mươi hồ sơ trực tuyến: vì sao nhanh hơn? Trong" in script
    assert "chín mươi lăm phần trăm hồ sơ được giải quyết đúng hạn" in script
    assert "Tin của hai tháng trước" not in script and "https" not in script
    assert "Trả lời phản ánh, kiến nghị của người dân." in script
    assert "Người dân hỏi về việc thời gian chờ tại bộ phận một cửa." in script
    assert "bố trí thêm một công chức tiếp nhận hồ sơ vào buổi sáng" in script
    assert "Nguyễn Văn An" not in script and "0912" not in script
    assert not any(ch.isdigit() for ch in script)


def test_the_demo_bulletins_load_once_and_their_airings_count(tree, time_machine):
    time_machine.move_to(datetime.datetime(2026, 12, 20, 9, 0))
    officer = member(tree["A"], Role.OFFICER)
    assert radio_load(unit_key=tree["A"].key, officer=officer.username) == 2
    assert radio_load(unit_key=tree["A"].key, officer=officer.username) == 0
    november, december = tree["A"].radio_bulletins.order_by("month")
    assert (november.month, december.month) == (11, 12)
    # the first and third Saturdays of each month, all before the 20th of December
    aired = Activity.objects.filter(unit=tree["A"], channel__code="radio")
    assert sorted(a.started_on for a in aired) == [
        datetime.date(2026, 11, 7),
        datetime.date(2026, 11, 21),
        datetime.date(2026, 12, 5),
        datetime.date(2026, 12, 19),
    ]
    assert "Kính thưa quý vị và các bạn!" in december.script
