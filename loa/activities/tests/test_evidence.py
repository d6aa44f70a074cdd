"""Evidence files through the activity pages, by what they are (finding 9 of issue #10): a
PDF that runs JavaScript, "%PDF-" in front of a program, a Word file that expands a
thousandfold, macros, a photo carrying a payload, and names that are no names."""

import io
import zipfile

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.http import content_disposition_header
from PIL import Image

from loa.activities.models import Activity, Evidence
from loa.core.tests.files import office, open_action_js, pdf

MB = 1024 * 1024


def _data(channel, **values):
    return {
        "started_on": timezone.localdate().isoformat(),
        "channel": channel.pk,
        "title": "Hội nghị tuyên truyền CCHC",
        "quantity": 1,
        **values,
    }


def _named(content: bytes, name: str) -> io.BytesIO:
    buffer = io.BytesIO(content)
    buffer.name = name
    return buffer


def _post(client, channel, *files, **values):
    return client.post(reverse("activities:create"), {**_data(channel, **values), "files": files})


def _bomb() -> bytes:
    # 110 MB of zeros in about 110 KB: past the 100 MB limit as the 1 GB was, and
    # built ten times faster
    return office(big=110 * MB).getvalue()


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (pdf(open_action_js).getvalue(), "bien-ban.pdf", "có chứa mã lệnh"),
        (b"%PDF-1.7\nMZ\x90\x00\x03" + bytes(5000), "bien-ban.pdf", "không phải tệp PDF hợp lệ"),
        (
            office(parts={"word/vbaProject.bin": "x"}).getvalue(),
            "ke-hoach.docx",
            "có chứa macro",
        ),
        (office(parts={"[Content_Types].xml": None}).getvalue(), "a.docx", "không phải tệp Word"),
    ],
)
def test_a_file_that_only_looks_right_is_refused_and_the_form_kept(
    client, personas, channel, content, name, message
):
    client.force_login(personas["officer_a"])
    response = _post(client, channel, _named(content, name), location="Nhà văn hóa thôn 3")
    assert response.status_code == 400 and message in response.text
    assert 'value="Nhà văn hóa thôn 3"' in response.text
    assert not Activity.objects.exists() and not Evidence.objects.exists()


def test_a_docx_that_expands_a_thousandfold_is_refused(client, personas, channel):
    bomb = _bomb()
    assert len(bomb) < MB / 5
    with zipfile.ZipFile(io.BytesIO(bomb)) as archive:
        assert sum(m.file_size for m in archive.infolist()) >= 110 * MB
    client.force_login(personas["officer_a"])
    response = _post(client, channel, _named(bomb, "ke-hoach.docx"))
    assert response.status_code == 400 and "khi giải nén nặng 110,0\xa0MB" in response.text
    assert not Activity.objects.exists()


@pytest.mark.parametrize(
    ("name", "stored"),
    [("..", "tep-dinh-kem.jpg"), (".", "tep-dinh-kem.jpg"), ("ảnh\x01.jpg", "ảnh.jpg")],
)
def test_a_file_with_an_unsafe_name_is_kept_under_a_safe_one(
    client, personas, channel, photo, name, stored
):
    client.force_login(personas["officer_a"])
    upload = photo()
    upload.name = name
    response = _post(client, channel, upload)
    assert response.status_code == 302
    evidence = Evidence.objects.get()
    assert evidence.original_name == stored and evidence.activity == Activity.objects.get()
    served = client.get(reverse("activities:evidence", args=[evidence.activity.pk, evidence.pk]))
    assert served["Content-Disposition"] == content_disposition_header(False, stored)


def test_a_photo_is_stored_as_drawn_again_without_its_payload(client, personas, channel):
    buffer = io.BytesIO()
    exif = Image.Exif()
    exif[0x8825] = {2: (21.0, 1.0, 0.0)}  # GPS latitude
    Image.new("RGB", (80, 60), (20, 120, 60)).save(buffer, "JPEG", exif=exif.tobytes())
    payload = b"<html><script>alert(document.cookie)</script></html>"
    client.force_login(personas["officer_a"])
    response = _post(client, channel, _named(buffer.getvalue() + payload, "anh.jpg"))
    assert response.status_code == 302
    evidence = Evidence.objects.get()
    served = client.get(reverse("activities:evidence", args=[evidence.activity.pk, evidence.pk]))
    content = b"".join(served.streaming_content)
    assert payload not in content and evidence.size == len(content)
    with Image.open(io.BytesIO(content)) as image:
        assert image.size == (80, 60) and not image.getexif()
    assert served["X-Content-Type-Options"] == "nosniff"
    assert served["Content-Disposition"].startswith("inline")


def test_a_checked_pdf_is_shown_and_a_word_file_downloaded(client, personas, channel):
    from loa.documents.docx import render_docx
    from loa.documents.tests.sample import sample_plan

    client.force_login(personas["officer_a"])
    docx = _named(render_docx(sample_plan()), "ke-hoach.docx")
    response = _post(client, channel, _named(pdf().getvalue(), "bien-ban.pdf"), docx)
    assert response.status_code == 302
    for evidence in Evidence.objects.all():
        url = reverse("activities:evidence", args=[evidence.activity.pk, evidence.pk])
        served = client.get(url)
        assert served["X-Content-Type-Options"] == "nosniff"
        disposition = "inline" if evidence.content_type == "application/pdf" else "attachment"
        assert served["Content-Disposition"].startswith(disposition)
