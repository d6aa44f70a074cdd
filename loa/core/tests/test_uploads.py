"""The shared upload checks (loa/core/uploads.py), each against the file that beat the check
before: a PDF that runs JavaScript, "%PDF-" in front of a program, a Word file that expands
a thousandfold, one with macros, a photo that carries more than its picture, and names
that are no names."""

import io
import time

import pytest
from django.core.exceptions import ValidationError
from PIL import Image
from reportlab.pdfgen import canvas

from loa.core import uploads
from loa.core.tests.files import (
    MB,
    attachment,
    document_js,
    objstm_pdf,
    office,
    open_action_js,
    open_action_page,
    page_action,
    pdf,
)


def test_a_plain_pdf_passes_with_a_page_open_action():
    uploads.pdf_check(pdf(), name="a.pdf")
    uploads.pdf_check(pdf(open_action_page), name="a.pdf")
    printed = io.BytesIO()
    sheet = canvas.Canvas(printed)
    sheet.drawString(72, 720, "Báo cáo kết quả tuyên truyền CCHC")
    sheet.save()
    printed.seek(0)
    uploads.pdf_check(printed, name="bao-cao.pdf")


@pytest.mark.parametrize("extra", [open_action_js, document_js, attachment, page_action])
def test_a_pdf_with_active_content_is_refused(extra):
    with pytest.raises(ValidationError, match="có chứa mã lệnh"):
        uploads.pdf_check(pdf(extra), name="a.pdf")


def test_active_content_hidden_by_escaped_names_is_refused():
    content = pdf(open_action_js).getvalue().replace(b"/JavaScript", b"/J#61vaScript")
    with pytest.raises(ValidationError, match="có chứa mã lệnh"):
        uploads.pdf_check(io.BytesIO(content), name="a.pdf")


def test_active_content_in_a_compressed_object_stream_is_refused():
    uploads.pdf_check(io.BytesIO(objstm_pdf()), name="a.pdf")
    script = objstm_pdf(body=b"<< /S /JavaScript /JS (app.alert(1)) >>")
    with pytest.raises(ValidationError, match="có chứa mã lệnh"):
        uploads.pdf_check(io.BytesIO(script), name="a.pdf")


def test_an_object_stream_that_inflates_a_thousandfold_is_refused_at_once():
    bomb = objstm_pdf(inflated=60 * MB)
    assert len(bomb) < 100_000
    started = time.perf_counter()
    with pytest.raises(ValidationError, match="không phải tệp PDF hợp lệ"):
        uploads.pdf_check(io.BytesIO(bomb), name="a.pdf")
    assert time.perf_counter() - started < 1


def test_a_pdf_too_long_to_check_is_refused(monkeypatch):
    monkeypatch.setattr(uploads, "PDF_MAX_SECONDS", -1)
    with pytest.raises(ValidationError, match="PDF quá phức tạp để kiểm tra"):
        uploads.pdf_check(pdf(), name="a.pdf")
    monkeypatch.setattr(uploads, "PDF_MAX_SECONDS", 3)
    monkeypatch.setattr(uploads, "PDF_MAX_OBJECTS", 2)
    with pytest.raises(ValidationError, match="PDF quá phức tạp để kiểm tra"):
        uploads.pdf_check(pdf(), name="a.pdf")


@pytest.mark.parametrize(
    "content",
    [
        b"%PDF-1.7\n" + b"MZ\x90\x00\x03" + bytes(4000),  # a program behind the magic bytes
        b"%PDF-1.4\n%%EOF\n",
        pdf().getvalue()[:-200],  # cut short
    ],
)
def test_what_only_starts_like_a_pdf_is_refused(content):
    with pytest.raises(ValidationError, match="không phải tệp PDF hợp lệ"):
        uploads.pdf_check(io.BytesIO(content), name="a.pdf")


def test_an_office_file_with_its_parts_passes():
    uploads.zip_check(office(), name="a.docx", kind="docx")
    uploads.zip_check(office("xlsx"), name="a.xlsx", kind="xlsx")


def test_a_docx_that_expands_a_thousandfold_is_refused_before_it_is_read():
    bomb = office(big=110 * MB)
    assert len(bomb.getvalue()) < MB / 5
    with pytest.raises(ValidationError, match="khi giải nén nặng 110"):
        uploads.zip_check(bomb, name="a.docx", kind="docx")


def test_a_dense_part_is_refused_even_under_the_total():
    limits = uploads.ZipLimits(total=500 * MB, member=500 * MB)
    with pytest.raises(ValidationError, match="nén bất thường"):
        uploads.zip_check(office(big=2 * MB), name="a.docx", kind="docx", limits=limits)


@pytest.mark.parametrize(
    ("parts", "message"),
    [
        ({"word/vbaProject.bin": "x"}, "có chứa macro"),
        (
            {
                "[Content_Types].xml": '<Types><Override ContentType="application/'
                'vnd.ms-word.document.macroEnabled.main+xml"/></Types>'
            },
            "có chứa macro",
        ),
        ({"[Content_Types].xml": None}, "không phải tệp Word"),
        ({"word/document.xml": None}, "không phải tệp Word"),
        (
            {"word/document.xml": '<!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;</d>'},
            "không phải tệp Word",
        ),
    ],
)
def test_an_office_file_without_its_parts_or_with_macros_is_refused(parts, message):
    with pytest.raises(ValidationError, match=message):
        uploads.zip_check(office(parts=parts), name="a.docx", kind="docx")


def test_a_zip_of_too_many_parts_is_refused():
    parts = {f"word/p{i}.xml": "" for i in range(30)}
    with pytest.raises(ValidationError, match="31 phần bên trong|32 phần bên trong"):
        uploads.zip_check(
            office(parts=parts), name="a.docx", kind="docx", limits=uploads.ZipLimits(members=20)
        )


def photo(format="JPEG", size=(64, 48), **options) -> io.BytesIO:
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buffer, format, **options)
    return buffer


def test_an_image_is_drawn_again_without_what_rides_along():
    exif = Image.Exif()
    exif[0x010E] = "mô tả"  # ImageDescription
    exif[0x0112] = 6  # taken rotated: stored upright
    source = photo(exif=exif.tobytes(), comment=b"<script>")
    source.write(b"PK\x03\x04<html><script>alert(1)</script>")  # a payload appended
    source.seek(0)
    drawn = uploads.image_reencode(source, name="a.jpg", content_type="image/jpeg")
    data = drawn.read()
    assert b"<script>" not in data and b"PK\x03\x04" not in data
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "JPEG" and image.size == (48, 64)
        assert not image.getexif() and "comment" not in image.info


@pytest.mark.parametrize("format", ["PNG", "WEBP"])
def test_png_and_webp_stay_what_they_are(format):
    content_type = f"image/{format.lower()}"
    drawn = uploads.image_reencode(photo(format), name="a", content_type=content_type)
    with Image.open(drawn) as image:
        assert image.format == format


def test_an_image_of_too_many_pixels_is_refused_before_it_is_decoded(monkeypatch):
    monkeypatch.setattr(uploads, "MAX_PIXELS", 1000)
    with pytest.raises(ValidationError, match=r"quá lớn \(64×48 điểm ảnh\)"):
        uploads.image_reencode(photo(), name="a.jpg", content_type="image/jpeg")


def test_a_broken_image_is_refused():
    with pytest.raises(ValidationError, match="bị hỏng"):
        uploads.image_reencode(
            io.BytesIO(b"\xff\xd8\xff\xe0" + bytes(100)), name="a.jpg", content_type="image/jpeg"
        )


@pytest.mark.parametrize(
    ("name", "extension", "safe"),
    [
        ("Ảnh hội nghị tháng 3.jpg", "jpg", "Ảnh hội nghị tháng 3.jpg"),
        ("ẢNH.JPEG", "jpg", "ẢNH.JPEG"),
        ("..", "pdf", "tep-dinh-kem.pdf"),
        ("", "docx", "tep-dinh-kem.docx"),
        (None, "", "tep-dinh-kem"),
        ("../../etc/passwd", "pdf", "passwd.pdf"),
        ("C:\\Users\\cb\\bao cao.pdf", "pdf", "bao cao.pdf"),
        ("bao\x00cao\x1b[31m.pdf", "pdf", "baocao[31m.pdf"),
        ("   .hidden", "pdf", "hidden.pdf"),
        ("bao-cao.exe", "pdf", "bao-cao.exe.pdf"),
        ('a<b>"c".pdf', "pdf", "a-b-c.pdf"),
        ("x" * 300 + ".pdf", "pdf", "x" * 116 + ".pdf"),
    ],
)
def test_a_name_is_made_safe_never_dropped(name, extension, safe):
    assert uploads.safe_name(name, extension) == safe
