"""Feedback deadlines in activities' daily `send_reminders`: a reminder two working days
before, one when the deadline has passed, nothing on other days; the kept files of
refused forms are deleted by the same run (ADR 26, ADR 30)."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.urls import reverse

from conftest import morning
from loa.core.tests.smtp import loopback_smtp
from loa.portal.feedback_services import feedback_accept, feedback_forward
from loa.portal.models import FeedbackUpload

from .test_feedback_workflow import EMAIL, PHONE, receive

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def smtp(settings):
    settings.SITE_URL = "https://loa.example.gov.vn"
    with loopback_smtp(settings) as inbox:
        yield inbox


def run(day: str) -> str:
    from io import StringIO

    out = StringIO()
    call_command("send_reminders", ngay=day, stdout=out)
    return out.getvalue()


@pytest.fixture
def received(offices, time_machine):
    time_machine.move_to(morning(2026, 12, 4))  # a Friday: to be decided by Fri 11/12
    return receive(offices["A"])


def test_an_item_to_decide_is_reminded_two_working_days_before_and_once_overdue(
    smtp, received, personas
):
    run("2026-12-08")  # three working days ahead: nothing
    assert smtp.messages == []
    run("2026-12-09")
    [message], [parsed], [body] = smtp.messages, smtp.parsed(), smtp.bodies()
    assert parsed["Subject"] == (
        "[Loa] Phản ánh, kiến nghị sắp đến hạn xem xét, tiếp nhận (còn 2 ngày làm việc): "
        f"{received.code}"
    )
    assert sorted(message.rcpt_tos) == sorted(
        [personas["officer_a"].email, personas["leader_a"].email]
    )
    assert "có hạn xem xét, tiếp nhận là ngày 11/12/2026 (còn 2 ngày làm việc)" in body
    assert (
        f"https://loa.example.gov.vn{reverse('portal:feedback_desk_item', args=[received.pk])}"
        in body
    )
    # never the sender's contact in a mail
    assert PHONE not in body and EMAIL not in body and "Thôn Đông" not in body
    for day in ("2026-12-10", "2026-12-11", "2026-12-12", "2026-12-13"):
        run(day)
    assert len(smtp.messages) == 1
    run("2026-12-14")  # Monday: the first working day after Friday's deadline
    assert len(smtp.messages) == 2
    subject = smtp.parsed()[1]["Subject"]
    assert subject == f"[Loa] Phản ánh, kiến nghị quá hạn xem xét, tiếp nhận: {received.code}"
    assert "đã quá hạn xem xét, tiếp nhận (hạn là ngày 11/12/2026)" in smtp.bodies()[1]
    run("2026-12-15")  # flagged on the desk from now on, not mailed every day
    assert len(smtp.messages) == 2


def test_an_accepted_item_is_reminded_of_its_answer_to_the_office_and_the_leader(
    smtp, received, personas, offices
):
    office = offices["A"].offices.first()
    feedback_accept(
        feedback=received, by=personas["officer_a"], about_procedure=False, field="", office=office
    )
    assert received.answer_by == datetime.date(2026, 12, 18)
    run("2026-12-09")  # the deadline to decide no longer counts
    assert smtp.messages == []
    run("2026-12-16")
    [message], [body] = smtp.messages, smtp.bodies()
    assert personas["leader_a"].email in message.rcpt_tos
    assert body.startswith(f"Kính gửi: {office.name}, UBND xã An Lạc.\n")
    assert "có hạn trả lời là ngày 18/12/2026" in body and "Văn bản trả lời: chưa soạn." in body


def test_closed_items_are_not_reminded(smtp, received, personas):
    feedback_forward(feedback=received, by=personas["officer_a"], to="UBND tỉnh", note="")
    run("2026-12-09")
    run("2026-12-14")
    assert smtp.messages == []


def test_the_daily_run_deletes_files_kept_from_refused_forms_a_day_on(time_machine):
    time_machine.move_to(morning(2026, 12, 3))
    old = FeedbackUpload(token="cu", original_name="a.pdf", content_type="application/pdf", size=4)
    old.file.save("a.pdf", ContentFile(b"%PDF"), save=False)
    old.save()
    time_machine.move_to(morning(2026, 12, 5))
    fresh = FeedbackUpload(
        token="moi", original_name="b.pdf", content_type="application/pdf", size=4
    )
    fresh.file.save("b.pdf", ContentFile(b"%PDF"), save=False)
    fresh.save()
    storage, name = old.file.storage, old.file.name
    said = run("2026-12-05")
    assert "Đã xóa 1 tệp đính kèm của phản ánh gửi không thành quá một ngày." in said
    assert list(FeedbackUpload.objects.values_list("token", flat=True)) == ["moi"]
    assert not storage.exists(name) and storage.exists(fresh.file.name)


def test_the_desk_counts_the_overdue_and_flags_those_the_reminders_speak_of(
    client, offices, personas, time_machine
):
    time_machine.move_to(morning(2026, 12, 1))
    receive(offices["A"], title="Phản ánh đã quá hạn")  # to decide by Tue 8/12
    time_machine.move_to(morning(2026, 12, 4))
    receive(offices["A"], title="Phản ánh sắp đến hạn")  # by Fri 11/12
    time_machine.move_to(morning(2026, 12, 9))
    receive(offices["A"], title="Phản ánh còn hạn")  # by Wed 16/12
    client.force_login(personas["officer_a"])
    page = client.get(reverse("portal:feedback_desk", kwargs={"pk": offices["A"].pk}))
    rows = {
        row.split("<td>", 2)[2].split("</td>")[0]: row
        for row in page.text.split("<tr>")[2:]
        if "<td>" in row
    }
    assert "Có 1 phản ánh, kiến nghị quá hạn" in page.text
    assert "Quá hạn" in rows["Phản ánh đã quá hạn"]
    assert "Sắp đến hạn" in rows["Phản ánh sắp đến hạn"]
    assert "hạn</strong>" not in rows["Phản ánh còn hạn"]
