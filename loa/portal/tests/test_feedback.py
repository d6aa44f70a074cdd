"""A citizen sends feedback with a file, follows it with the receipt code; the officer
accepts and answers it, the leader signs, and the answer is public without anything
personal (ADR 26)."""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from loa.portal import challenge
from loa.portal.models import Feedback, FeedbackStatus, FeedbackUpload

pytestmark = pytest.mark.django_db

PHONE = "0912 345 678"
EMAIL = "nguyenvana@example.vn"


@pytest.fixture(autouse=True)
def _quick_challenge(settings, tmp_path):
    settings.LOA_POW_BITS = 8
    settings.LOA_POW_MIN_SECONDS = 0
    settings.MEDIA_ROOT = tmp_path


def form_url(unit):
    return reverse("portal:feedback_form", kwargs={"code": unit.code})


def png() -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), "red").save(buffer, "PNG")
    return SimpleUploadedFile("anh-hang-cho.png", buffer.getvalue(), content_type="image/png")


def fields(**overrides) -> dict:
    token = challenge.issue().token
    data = {
        "sender_name": "Nguyễn Văn An",
        "sender_address": "Thôn Đông, xã An Lạc",
        "sender_phone": PHONE,
        "sender_email": EMAIL,
        "title": "Chờ lâu tại bộ phận một cửa",
        "content": f"Tôi chờ hơn 2 giờ để nộp hồ sơ. Liên hệ {PHONE} hoặc {EMAIL}.",
        "consent": "on",
        "challenge": token,
        "pow_nonce": challenge.solve(token),
        "answer": "",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def send(client, unit, **overrides):
    return client.post(form_url(unit), fields(**overrides))


def test_the_form_page_shows_the_consent_line_and_the_challenge(client, tree):
    page = client.get(form_url(tree["A"])).content.decode()
    assert "13/2023/NĐ-CP" in page
    assert "data-pow=" in page and "js/pow.js" in page
    assert "cộng" in page  # the sum for a browser without JavaScript


def test_a_citizen_sends_feedback_with_a_file_and_gets_a_receipt_code(client, tree):
    response = send(client, tree["A"], attachments=png())
    assert response.status_code == 302
    feedback = Feedback.objects.get()
    assert re.fullmatch(r"PA-\d{4}-[2-9A-HJKMNP-Z]{6}", feedback.code)
    assert feedback.status == FeedbackStatus.RECEIVED and feedback.consent
    assert feedback.attachments.get().content_type == "image/png"
    receipt = client.get(response["Location"]).content.decode()
    assert feedback.code in receipt
    assert PHONE not in receipt and EMAIL not in receipt and "Nguyễn Văn An" not in receipt


def test_without_javascript_the_sum_is_answered_instead(client, tree):
    token = challenge.issue().token
    data = challenge.signing.loads(token, salt=challenge.SALT)
    wrong = send(client, tree["A"], challenge=token, pow_nonce="", answer="99")
    assert wrong.status_code == 400 and challenge.WRONG in wrong.content.decode()
    token = challenge.issue().token
    data = challenge.signing.loads(token, salt=challenge.SALT)
    right = send(
        client, tree["A"], challenge=token, pow_nonce="", answer=str(data["a"] + data["b"])
    )
    assert right.status_code == 302


def test_a_forged_nonce_or_challenge_is_refused(client, tree):
    token = challenge.issue().token
    bad_nonce = next(str(n) for n in range(10_000) if not challenge.solved(token, str(n), 8))
    assert send(client, tree["A"], challenge=token, pow_nonce=bad_nonce).status_code == 400
    assert send(client, tree["A"], challenge="gia-mao", pow_nonce="1").status_code == 400
    assert not Feedback.objects.exists()


def test_the_same_page_sent_twice_makes_one_feedback_and_leads_to_its_receipt(client, tree):
    data = fields()
    first = client.post(form_url(tree["A"]), data)
    second = client.post(form_url(tree["A"]), data)
    assert Feedback.objects.count() == 1
    assert second.status_code == 302 and second["Location"] == first["Location"]


def test_a_spent_challenge_is_refused(tree):
    token = challenge.issue().token
    nonce = challenge.solve(token)
    assert challenge.verify(token, nonce=nonce) == ""
    assert challenge.verify(token, nonce=nonce) == challenge.USED


def test_a_challenge_answered_too_fast_is_refused(settings, tree):
    settings.LOA_POW_MIN_SECONDS = 60
    token = challenge.issue().token
    assert challenge.verify(token, nonce=challenge.solve(token)) == challenge.TOO_FAST


def test_errors_keep_everything_typed_and_the_file_already_received(client, tree):
    response = send(client, tree["A"], sender_phone="gọi tôi", consent=None, attachments=png())
    assert response.status_code == 400
    page = response.content.decode()
    assert "Số điện thoại chỉ gồm chữ số" in page
    assert "Vui lòng đánh dấu đồng ý" in page
    assert 'value="Nguyễn Văn An"' in page and "Chờ lâu tại bộ phận một cửa" in page
    assert "Tệp đã nhận" in page and "anh-hang-cho.png" in page
    kept = FeedbackUpload.objects.get()
    again = send(client, tree["A"], kept=kept.token)
    assert again.status_code == 302
    assert Feedback.objects.get().attachments.get().original_name == "anh-hang-cho.png"
    assert not FeedbackUpload.objects.exists()


def test_a_program_renamed_pdf_is_refused_for_what_it_is(client, tree):
    exe = SimpleUploadedFile("don.pdf", b"MZ\x90\x00" + b"\x00" * 200, "application/pdf")
    response = send(client, tree["A"], attachments=exe)
    assert response.status_code == 400
    assert "không phải ảnh JPG, PNG, tệp PDF" in response.content.decode()
    assert not Feedback.objects.exists()


def test_an_old_word_file_with_a_macro_is_refused(client, tree):
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 20 + b"\xfe\xff\x09\x00"
    body = (
        header
        + b"\x00" * 100
        + "WordDocument".encode("utf-16-le")
        + "_VBA_PROJECT".encode("utf-16-le")
    )
    doc = SimpleUploadedFile("to-trinh.doc", body, "application/msword")
    response = send(client, tree["A"], attachments=doc)
    assert response.status_code == 400 and "có chứa macro" in response.content.decode()


def test_sending_is_limited_per_phone_number(client, tree, settings):
    settings.RATELIMIT_ENABLE = True
    from django.core.cache import cache

    cache.clear()
    for _ in range(5):
        assert send(client, tree["A"], sender_email="").status_code == 302
    refused = send(client, tree["A"], sender_email="")
    assert refused.status_code == 400
    assert "số điện thoại hoặc thư điện tử này" in refused.content.decode()
    assert 'value="Nguyễn Văn An"' in refused.content.decode()
    assert Feedback.objects.count() == 5
    # another person from another address still gets through
    other = send(client, tree["A"], sender_phone="0987 654 321", sender_email="")
    assert other.status_code == 302
    cache.clear()


def test_sending_is_limited_per_client_address(client, tree, settings):
    settings.RATELIMIT_ENABLE = True
    from django.core.cache import cache

    cache.clear()
    for i in range(10):
        phone = f"09123450{i:02d}"
        assert send(client, tree["A"], sender_phone=phone, sender_email="").status_code == 302
    refused = send(client, tree["A"], sender_phone="0900000099", sender_email="")
    assert refused.status_code == 400 and "địa chỉ mạng này" in refused.content.decode()
    cache.clear()


def test_a_former_unit_has_no_form(client, tree):
    import datetime

    old = tree["C"]
    old.valid_to = datetime.date(2025, 6, 30)
    old.save()
    assert client.get(form_url(old)).status_code == 404
