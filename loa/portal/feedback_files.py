"""The files a citizen may attach to a feedback, as the national PAKN system takes them
(JPG, PDF, DOC, DOCX, XLS, XLSX; PNG too), checked by what they are (ADR 16): images drawn
again by Pillow, PDFs without active content, DOCX/XLSX as bounded zips without macros,
and the old Word/Excel files (DOC, XLS) as OLE2 compound files of the right kind without
a macro project. A program renamed "don.pdf" is refused for what it is."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile, File
from django.template.defaultfilters import filesizeformat

from loa.core import uploads

MAX_FILES = 5
MAX_BYTES = 10 * 1024 * 1024

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOC = "application/msword"
XLS = "application/vnd.ms-excel"
EXTENSIONS = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "application/pdf": "pdf",
    DOCX: "docx",
    XLSX: "xlsx",
    DOC: "doc",
    XLS: "xls",
}
KINDS_TEXT = "ảnh JPG, PNG, tệp PDF, Word (DOC, DOCX) hoặc Excel (XLS, XLSX)"

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


# directory entry names of an OLE2 file, as stored (UTF-16LE)
WORD_STREAM = _utf16("WordDocument")
EXCEL_STREAMS = (_utf16("Workbook"), _utf16("Book"))
MACRO_STREAMS = (_utf16("_VBA_PROJECT"), _utf16("Macros"), _utf16("VBA"))


@dataclass(frozen=True)
class Checked:
    content_type: str
    name: str
    content: File

    @property
    def size(self) -> int:
        return self.content.size


def _ole_kind(upload, name: str) -> str:
    """DOC or XLS for an OLE2 compound file holding a Word or Excel stream and no macros."""
    upload.seek(0)
    data = upload.read(MAX_BYTES + 1)
    upload.seek(0)
    # header: byte order FFFE, sector size 2^9 or 2^12 (MS-CFB 2.2)
    if data[28:30] != b"\xfe\xff" or data[30:32] not in (b"\x09\x00", b"\x0c\x00"):
        raise ValidationError(f"Tệp “{name}” không phải tệp Word/Excel hợp lệ (tệp bị hỏng).")
    if any(stream in data for stream in MACRO_STREAMS):
        raise ValidationError(
            f"Tệp “{name}” có chứa macro: Loa không nhận. Vui lòng lưu lại dưới dạng DOCX, "
            "XLSX hoặc PDF rồi đính kèm lại."
        )
    if WORD_STREAM in data:
        return DOC
    if any(stream in data for stream in EXCEL_STREAMS):
        return XLS
    raise ValidationError(
        f"Tệp “{name}” không phải tệp Word (DOC) hay Excel (XLS). Vui lòng chọn {KINDS_TEXT}."
    )


def _zip_kind(upload, name: str) -> str:
    upload.seek(0)
    import zipfile

    try:
        names = set(zipfile.ZipFile(upload).namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise ValidationError(f"Tệp “{name}” bị hỏng, không mở được.") from error
    finally:
        upload.seek(0)
    kind = "xlsx" if "xl/workbook.xml" in names else "docx"
    uploads.zip_check(upload, name=name, kind=kind).close()
    return XLSX if kind == "xlsx" else DOCX


def attachment_checked(upload) -> Checked:
    """What to store of `upload`, or a ValidationError saying in Vietnamese what is wrong."""
    name = uploads.safe_name(upload.name)
    if upload.size > MAX_BYTES:
        raise ValidationError(
            f"Tệp “{name}” nặng {filesizeformat(upload.size)}, vượt mức "
            f"{filesizeformat(MAX_BYTES)} cho phép."
        )
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    content = upload
    if head.startswith(b"\xff\xd8\xff") or head.startswith(b"\x89PNG\r\n\x1a\n"):
        content_type = "image/jpeg" if head.startswith(b"\xff") else "image/png"
        content = uploads.image_reencode(upload, name=name, content_type=content_type)
    elif head.startswith(b"%PDF-"):
        content_type = "application/pdf"
        uploads.pdf_check(upload, name=name)
    elif head.startswith(b"PK\x03\x04"):
        content_type = _zip_kind(upload, name)
    elif head.startswith(OLE_MAGIC):
        content_type = _ole_kind(upload, name)
    else:
        raise ValidationError(
            f"Tệp “{name}” không phải {KINDS_TEXT}: nội dung tệp không khớp với tên đuôi. "
            "Vui lòng chọn đúng tệp."
        )
    upload.seek(0)
    if not isinstance(content, ContentFile):
        content = ContentFile(upload.read())
    return Checked(content_type, uploads.safe_name(upload.name, EXTENSIONS[content_type]), content)
