"""Checking and storing proof files: by content, never by name; size-limited; images get a
thumbnail. Files go through Django's storage API, so S3-compatible storage can replace the
disk by settings alone."""

import io
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from PIL import Image, ImageOps, UnidentifiedImageError

KINDS = {
    "image/jpeg": "ảnh JPEG",
    "image/png": "ảnh PNG",
    "image/webp": "ảnh WebP",
    "application/pdf": "PDF",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word (DOCX)",
}
THUMBNAIL_SIZE = (360, 360)
MAX_PIXELS = 40_000_000  # a 40-megapixel photo; larger would eat the server's memory


def max_size() -> int:
    return getattr(settings, "LOA_EVIDENCE_MAX_BYTES", 10 * 1024 * 1024)


def sniff(head: bytes, upload) -> str | None:
    """The content type the bytes really are, among those Loa accepts; None otherwise."""
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            upload.seek(0)
            with zipfile.ZipFile(upload) as archive:
                if "word/document.xml" in archive.namelist():
                    return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        except zipfile.BadZipFile:
            return None
    return None


def evidence_check(upload) -> str:
    """Return the file's real content type, or raise a ValidationError saying, in
    Vietnamese, what is wrong with it."""
    name = upload.name
    if upload.size > max_size():
        raise ValidationError(
            f"Tệp “{name}” nặng {filesizeformat(upload.size)}, vượt mức "
            f"{filesizeformat(max_size())} cho phép. Vui lòng thu nhỏ ảnh hoặc chia nhỏ tệp."
        )
    upload.seek(0)
    head = upload.read(16)
    content_type = sniff(head, upload)
    upload.seek(0)
    if content_type is None:
        raise ValidationError(
            f"Tệp “{name}” không phải ảnh (JPEG, PNG, WebP), PDF hay Word (DOCX) — nội dung "
            "tệp không khớp với tên đuôi. Vui lòng chọn đúng tệp."
        )
    if content_type.startswith("image/"):
        try:
            with Image.open(upload) as image:
                if image.width * image.height > MAX_PIXELS:
                    raise ValidationError(
                        f"Ảnh “{name}” quá lớn ({image.width}×{image.height} điểm ảnh). Vui "
                        "lòng chụp hoặc lưu lại ở độ phân giải thấp hơn."
                    )
                image.verify()
        except (
            UnidentifiedImageError,
            OSError,
            SyntaxError,
            Image.DecompressionBombError,
        ) as error:
            raise ValidationError(f"Ảnh “{name}” bị hỏng hoặc quá lớn, không mở được.") from error
        finally:
            upload.seek(0)
    return content_type


def thumbnail_of(upload) -> ContentFile | None:

    upload.seek(0)
    try:
        with Image.open(upload) as image:
            image = ImageOps.exif_transpose(image)
            image.thumbnail(THUMBNAIL_SIZE)
            buffer = io.BytesIO()
            image.convert("RGB").save(buffer, "JPEG", quality=80)
    except OSError:
        return None
    finally:
        upload.seek(0)
    return ContentFile(buffer.getvalue())
