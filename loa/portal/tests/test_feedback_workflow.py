"""The officers' side of feedback, persona by persona: accept and assign, reject, forward,
draft, submit, the leader's approval, the public answer without anything personal, the
downloads, deadlines in working days, overdue items (ADR 26)."""

import datetime
import subprocess

import pytest
from django.urls import reverse
from django.utils import timezone

from conftest import morning
from loa.documents.models import DocumentStatus
from loa.portal import feedback_queries
from loa.portal.feedback_document import answer_document, public_answer_document
from loa.portal.feedback_services import (
    add_working_days,
    feedback_receive,
    masked,
    working_days_between,
)
from loa.portal.models import Feedback, FeedbackStatus

pytestmark = pytest.mark.django_db

PHONE = "0912 345 678"
EMAIL = "nguyenvana@example.vn"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def receive(unit, **overrides) -> Feedback:
    data = {
        "sender_name": "Nguyễn Văn An",
        "sender_address": "Thôn Đông, xã An Lạc",
        "sender_phone": PHONE,
        "sender_email": EMAIL,
        "title": "Chờ lâu tại bộ phận một cửa",
        "content": f"Tôi là Nguyễn Văn An, chờ hơn 2 giờ. Gọi {PHONE} hoặc {EMAIL}.",
        "consent": True,
    }
    data.update(overrides)
    return feedback_receive(unit=unit, data=data)


def item(feedback):
    return reverse("portal:feedback_desk_item", kwargs={"pk": feedback.pk})


def post(client, name, pk, data=None):
    return client.post(reverse(f"portal:{name}", kwargs={"pk": pk}), data or {})


def answer_it(client, feedback, personas):
    client.force_login(personas["officer_a"])
    office = feedback.unit.offices.first()
    accepted = post(
        client, "feedback_accept", feedback.pk, {"field": "Hộ tịch", "office": office.pk}
    )
    assert accepted.status_code == 302
    page = client.get(item(feedback)).content.decode()
    assert "[đã ẩn]" in page  # the public text proposed without phone, e-mail, name
    data = {
        "public_title": "Thời gian chờ tại bộ phận một cửa",
        "public_content": f"Người dân phản ánh phải chờ lâu; liên hệ {PHONE}.",
        "body": "UBND xã đã bố trí thêm một công chức tiếp nhận hồ sơ vào buổi sáng.\n"
        "Người dân có thể đặt lịch hẹn trên Cổng Dịch vụ công quốc gia.",
    }
    seen = client.get(item(feedback)).context["answer_form"]["seen_version"].value()
    drafted = post(client, "feedback_answer_edit", feedback.pk, {**data, "seen_version": seen})
    assert drafted.status_code == 302
    feedback.refresh_from_db()
    submitted = post(client, "feedback_answer_submit", feedback.answer.pk)
    assert submitted.status_code == 302
    client.force_login(personas["leader_a"])
    issued = post(
        client,
        "feedback_answer_issue",
        feedback.answer.pk,
        {"issued_on": timezone.localdate().isoformat()},
    )
    assert issued.status_code == 302
    feedback.refresh_from_db()
    return feedback


def test_officer_answers_leader_approves_and_the_public_reads_it(client, offices, personas):
    feedback = answer_it(client, receive(offices["A"]), personas)
    assert feedback.status == FeedbackStatus.ANSWERED
    assert feedback.answer.status == DocumentStatus.ISSUED and feedback.answer.number == 1
    assert feedback.answered_on_time is True
    client.logout()
    code = offices["A"].code
    listing = client.get(reverse("portal:answer_list", kwargs={"code": code}))
    detail = client.get(reverse("portal:answer_detail", kwargs={"code": code, "pk": feedback.pk}))
    lookup = client.get(
        reverse("portal:feedback_lookup", kwargs={"code": code}), {"ma": feedback.code}
    )
    for page in (listing, detail, lookup):
        text = page.content.decode()
        assert page.status_code == 200
        assert "Thời gian chờ tại bộ phận một cửa" in text
        assert PHONE not in text and EMAIL not in text and "Nguyễn Văn An" not in text
        assert "Thôn Đông" not in text
    assert "bố trí thêm một công chức" in detail.content.decode()


def test_the_published_answers_are_searched_without_diacritics(client, offices, personas):
    feedback = answer_it(client, receive(offices["A"]), personas)
    client.logout()
    url = reverse("portal:answer_list", kwargs={"code": offices["A"].code})
    found = client.get(url, {"q": "cong chuc tiep nhan"}).content.decode()
    assert feedback.public_title in found
    missing = client.get(url, {"q": "nguyen van an"}).content.decode()  # who asked: not searched
    assert feedback.public_title not in missing
    assert "Chưa có" not in client.get(url).content.decode()


def test_the_answer_downloads_as_docx_and_pdf_and_the_public_copy_names_nobody(
    client, offices, personas, tmp_path
):
    feedback = answer_it(client, receive(offices["A"]), personas)
    officer_text = answer_document(feedback.answer).plain_text()
    public_text = public_answer_document(feedback.answer).plain_text()
    assert "Kính gửi: Ông/Bà Nguyễn Văn An" in officer_text
    assert "V/v trả lời phản ánh, kiến nghị" in officer_text
    assert "Nguyễn Văn An" not in public_text and PHONE not in public_text
    assert "Số: 01/UBND-VP" in public_text
    client.force_login(personas["officer_a"])
    docx = client.get(reverse("portal:feedback_answer_docx", kwargs={"pk": feedback.answer.pk}))
    assert docx.status_code == 200 and docx.content[:2] == b"PK"
    client.logout()
    pdf = client.get(
        reverse("portal:answer_pdf", kwargs={"code": offices["A"].code, "pk": feedback.pk})
    )
    assert pdf.status_code == 200 and pdf.content[:5] == b"%PDF-"
    out = tmp_path / "tra-loi.pdf"
    out.write_bytes(pdf.content)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Nguyễn Văn An" not in text and "UBND-VP" in text


def test_an_unpublished_answer_is_not_public(client, offices, personas):
    feedback = receive(offices["A"])
    code = offices["A"].code
    assert (
        client.get(
            reverse("portal:answer_detail", kwargs={"code": code, "pk": feedback.pk})
        ).status_code
        == 404
    )


def test_the_leader_sends_the_draft_back_with_a_reason(client, offices, personas):
    feedback = receive(offices["A"])
    client.force_login(personas["officer_a"])
    post(client, "feedback_accept", feedback.pk, {"field": "Hộ tịch"})
    seen = client.get(item(feedback)).context["answer_form"]["seen_version"].value()
    post(
        client,
        "feedback_answer_edit",
        feedback.pk,
        {"public_title": "T", "public_content": "N", "body": "Trả lời.", "seen_version": seen},
    )
    feedback.refresh_from_db()
    post(client, "feedback_answer_submit", feedback.answer.pk)
    # the officer may not sign
    assert post(client, "feedback_answer_issue", feedback.answer.pk).status_code == 403
    client.force_login(personas["leader_a"])
    back = post(
        client, "feedback_answer_send_back", feedback.answer.pk, {"reason": "Bổ sung căn cứ."}
    )
    assert back.status_code == 302
    feedback.answer.refresh_from_db()
    assert feedback.answer.status == DocumentStatus.DRAFT
    assert "Bổ sung căn cứ." in client.get(item(feedback)).content.decode()


def test_officers_of_another_unit_and_supervisors_see_nothing(client, offices, personas):
    feedback = receive(offices["A"])
    for persona in ("officer_c", "supervisor_p", "admin_a"):
        client.force_login(personas[persona])
        assert client.get(item(feedback)).status_code == 403
        assert post(client, "feedback_accept", feedback.pk, {"field": "x"}).status_code == 403


def test_rejected_as_spam_with_a_reason_and_never_published(client, offices, personas):
    feedback = receive(offices["A"], title="Quảng cáo vay tiền nhanh")
    client.force_login(personas["officer_a"])
    assert post(client, "feedback_reject", feedback.pk, {"reason": ""}).status_code == 400
    assert post(client, "feedback_reject", feedback.pk, {"reason": "Thư rác."}).status_code == 302
    feedback.refresh_from_db()
    assert feedback.status == FeedbackStatus.REJECTED
    assert not feedback_queries.published(offices["A"]).exists()


def test_outside_competence_it_is_forwarded_with_a_note_the_citizen_reads(
    client, offices, personas
):
    feedback = receive(offices["A"], title="Cấp giấy chứng nhận quyền sử dụng đất chậm")
    client.force_login(personas["officer_a"])
    response = post(
        client,
        "feedback_forward",
        feedback.pk,
        {"to": "Sở Nông nghiệp và Môi trường tỉnh", "note": "Thuộc thẩm quyền cấp tỉnh."},
    )
    assert response.status_code == 302
    client.logout()
    page = client.get(
        reverse("portal:feedback_lookup", kwargs={"code": offices["A"].code}), {"ma": feedback.code}
    ).content.decode()
    assert "Đã chuyển cơ quan có thẩm quyền" in page and "Sở Nông nghiệp và Môi trường" in page
    assert PHONE not in page


def test_a_transition_already_made_is_reported_not_repeated(client, offices, personas):
    feedback = receive(offices["A"])
    client.force_login(personas["officer_a"])
    post(client, "feedback_reject", feedback.pk, {"reason": "Thư rác."})
    again = post(client, "feedback_accept", feedback.pk, {"field": "Hộ tịch"})
    assert again.status_code in (302, 400)
    feedback.refresh_from_db()
    assert feedback.status == FeedbackStatus.REJECTED


def test_lookup_by_code_shows_status_and_dates_only(client, offices):
    feedback = receive(offices["A"])
    url = reverse("portal:feedback_lookup", kwargs={"code": offices["A"].code})
    page = client.get(url, {"ma": feedback.code.lower()}).content.decode()
    assert "Chờ xử lý" in page and feedback.title in page
    assert PHONE not in page and EMAIL not in page and "Nguyễn Văn An" not in page
    assert client.get(url, {"ma": "PA-2026-ZZZZZZ"}).status_code == 400
    assert client.get(url, {"ma": "gì đó"}).status_code == 400
    other = reverse("portal:feedback_lookup", kwargs={"code": offices["C"].code})
    assert client.get(other, {"ma": feedback.code}).status_code == 400  # another unit's


def test_lookups_are_rate_limited(client, offices, own_limits, still_clock):
    url = reverse("portal:feedback_lookup", kwargs={"code": offices["A"].code})
    codes = [client.get(url, {"ma": "PA-2026-ZZZZZZ"}).status_code for _ in range(31)]
    assert codes[-1] == 429 and 429 not in codes[:30]


def test_masking_removes_phones_emails_and_the_name():
    text = "Tôi là Trần Thị Bình, số 0987.654.321, +84 912 345 678, thư binh@gmail.com."
    out = masked(text, names=("Trần Thị Bình",))
    assert "0987" not in out and "912" not in out and "gmail" not in out and "Bình" not in out
    assert masked("Năm 2025 có 120 hồ sơ") == "Năm 2025 có 120 hồ sơ"


def test_deadlines_count_working_days_only():
    friday = datetime.date(2026, 12, 4)
    assert add_working_days(friday, 5) == datetime.date(2026, 12, 11)
    assert add_working_days(datetime.date(2026, 12, 31), 1) == datetime.date(2027, 1, 4)  # 1/1
    assert add_working_days(datetime.date(2026, 4, 29), 1) == datetime.date(2026, 5, 4)
    assert working_days_between(friday, datetime.date(2026, 12, 7)) == 1


@pytest.mark.time_machine(morning(2026, 12, 4))
def test_deadlines_are_set_at_receipt_and_at_acceptance(offices, personas):
    from loa.portal.feedback_services import feedback_accept

    feedback = receive(offices["A"])
    assert feedback.accept_by == datetime.date(2026, 12, 11)
    feedback_accept(feedback=feedback, by=personas["officer_a"], about_procedure=False, field="")
    assert feedback.answer_by == datetime.date(2026, 12, 18)


def test_overdue_items_are_flagged_and_filtered(client, offices, personas, time_machine):
    time_machine.move_to(morning(2026, 12, 1))
    late = receive(offices["A"], title="Phản ánh quá hạn")
    time_machine.move_to(morning(2026, 12, 14))
    fresh = receive(offices["A"], title="Phản ánh mới")
    assert late.is_overdue and not fresh.is_overdue
    client.force_login(personas["officer_a"])
    url = reverse("portal:feedback_desk", kwargs={"pk": offices["A"].pk})
    page = client.get(url, {"qua_han": "on"}).content.decode()
    assert "Phản ánh quá hạn" in page and "Phản ánh mới" not in page and "Quá hạn" in page
    everything = client.get(url).content.decode()
    assert "Phản ánh mới" in everything


def test_the_unit_page_links_the_feedback_pages_and_the_desk_for_officers(
    client, offices, personas
):
    url = reverse("portal:unit_site", kwargs={"code": offices["A"].code})
    desk = reverse("portal:feedback_desk", kwargs={"pk": offices["A"].pk})
    public = client.get(url).content.decode()
    assert reverse("portal:feedback_form", kwargs={"code": offices["A"].code}) in public
    assert desk not in public
    client.force_login(personas["officer_a"])
    assert desk in client.get(url).content.decode()


def test_the_officer_downloads_an_attachment_the_public_cannot(client, offices, personas):
    from django.core.files.base import ContentFile

    from loa.portal.models import FeedbackAttachment

    feedback = receive(offices["A"])
    att = FeedbackAttachment(
        feedback=feedback, original_name="don.pdf", content_type="application/pdf", size=9
    )
    att.file.save("don.pdf", ContentFile(b"%PDF-1.4\n"), save=True)
    url = reverse("portal:feedback_attachment", kwargs={"pk": feedback.pk, "attachment_pk": att.pk})
    assert client.get(url).status_code == 302  # to the login page
    client.force_login(personas["officer_a"])
    response = client.get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content) == b"%PDF-1.4\n"
