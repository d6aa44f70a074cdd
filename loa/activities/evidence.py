"""Checking and storing proof files: by content, never by name or first bytes alone;
size-limited; images re-encoded and given a thumbnail; PDFs without active content; Word
files checked as zips (loa/core/uploads.py). Files go through Django's storage API, so
S3-compatible storage can replace the disk by settings alone."""

import io
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile, File
from django.template.defaultfilters import filesizeformat
from PIL import Image, ImageOps

from loa.core import uploads

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
KINDS = {
    "image/jpeg": "ảnh JPEG",
    "image/png": "ảnh PNG",
    "image/webp": "ảnh WebP",
    "application/pdf": "PDF",
    DOCX: "Word (DOCX)",
}
EXTENSIONS = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/webp": "webp",
    "application/pdf": "pdf",
    DOCX: "docx",
}
THUMBNAIL_SIZE = (360, 360)
MAX_PIXELS = uploads.MAX_PIXELS


@dataclass(frozen=True)
class Checked:
    """What is stored of an upload that passed: its real type, a safe name, the content
    (an image as Pillow drew it again, any other file as it came)."""

    content_type: str
    name: str
    content: File

    @property
    def size(self) -> int:
        return self.content.size


def max_size() -> int:
    return getattr(settings, "LOA_EVIDENCE_MAX_BYTES", 10 * 1024 * 1024)


def sniff(head: bytes) -> str | None:
    """The content type the first bytes claim, among those Loa accepts; None otherwise.
    Only a claim: evidence_checked() then checks the whole file is what it claims."""
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"PK\x03\x04"):
        return DOCX
    return None


def evidence_checked(upload) -> Checked:
    """Check `upload` (once: the result is kept on it, as the form and the service both
    ask) and return what to store, or raise a ValidationError saying, in Vietnamese, what
    is wrong with it."""
    cached = getattr(upload, "loa_checked", None)
    if cached is not None:
        return cached
    name = uploads.safe_name(upload.name)
    if upload.size > max_size():
        raise ValidationError(
            f"Tệp “{name}” nặng {filesizeformat(upload.size)}, vượt mức "
            f"{filesizeformat(max_size())} cho phép. Vui lòng thu nhỏ ảnh hoặc chia nhỏ tệp."
        )
    upload.seek(0)
    content_type = sniff(upload.read(16))
    upload.seek(0)
    if content_type is None:
        raise ValidationError(
            f"Tệp “{name}” không phải ảnh (JPEG, PNG, WebP), PDF hay Word (DOCX) — nội dung "
            "tệp không khớp với tên đuôi. Vui lòng chọn đúng tệp."
        )
    content = upload
    if content_type.startswith("image/"):
        content = uploads.image_reencode(upload, name=name, content_type=content_type)
    elif content_type == "application/pdf":
        uploads.pdf_check(upload, name=name)
    else:
        uploads.zip_check(upload, name=name, kind="docx").close()
    upload.seek(0)
    checked = Checked(
        content_type, uploads.safe_name(upload.name, EXTENSIONS[content_type]), content
    )
    upload.loa_checked = checked
    return checked


def evidence_check(upload) -> str:
    """Return the file's real content type, or raise a ValidationError saying, in
    Vietnamese, what is wrong with it."""
    return evidence_checked(upload).content_type


def thumbnail_of(upload) -> ContentFile | None:
    upload.seek(0)
    try:
        with Image.open(upload) as image:
            image.draft("RGB", (THUMBNAIL_SIZE[0] * 2, THUMBNAIL_SIZE[1] * 2))  # JPEG: decode small
            image = ImageOps.exif_transpose(image)
            image.thumbnail(THUMBNAIL_SIZE)
            buffer = io.BytesIO()
            image.convert("RGB").save(buffer, "JPEG", quality=80)
    except OSError:
        return None
    finally:
        upload.seek(0)
    return ContentFile(buffer.getvalue())
