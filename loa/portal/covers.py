"""An article's cover picture: checked by what it is (ADR 16), then made small for the
public pages, which a phone on a slow line must load quickly (ADR 25): at most 640 pixels
wide for the article page and for Zalo/Facebook previews (a phone's screen at twice its
density, and above the 600 Facebook asks for a large preview), within the page's 60 KB on a
phone (ADR 28), and a thumbnail for the lists, both JPEG without the original's metadata."""

import io
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from PIL import Image

from loa.activities.evidence import sniff
from loa.core import uploads

MAX_BYTES = 8 * 1024 * 1024
COVER_WIDTH = 640
THUMBNAIL_SIZE = (160, 107)  # 3:2, the list shows it at this size or half of it
COVER_QUALITY, THUMBNAIL_QUALITY = 70, 60


@dataclass(frozen=True)
class Cover:
    image: ContentFile
    thumbnail: ContentFile


def _jpeg(image: Image.Image, quality: int) -> ContentFile:
    if image.mode != "RGB":
        background = Image.new("RGB", image.size, "white")
        rgba = image.convert("RGBA")
        background.paste(rgba, mask=rgba.getchannel("A"))
        image = background
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality, optimize=True, progressive=True)
    return ContentFile(buffer.getvalue())


def cover_made(upload) -> Cover:
    """The cover and its thumbnail from `upload`, or a ValidationError saying, in
    Vietnamese, why the file is not taken."""
    name = uploads.safe_name(upload.name)
    if upload.size > MAX_BYTES:
        raise ValidationError(
            f"Ảnh “{name}” nặng {filesizeformat(upload.size)}, vượt mức "
            f"{filesizeformat(MAX_BYTES)}. Vui lòng chọn ảnh nhỏ hơn."
        )
    upload.seek(0)
    content_type = sniff(upload.read(16))
    upload.seek(0)
    if content_type not in uploads.IMAGE_FORMATS:
        raise ValidationError(
            f"Tệp “{name}” không phải ảnh JPEG, PNG hay WebP (nội dung tệp không phải ảnh). "
            "Vui lòng chọn một tệp ảnh."
        )
    # drawn again by Pillow: metadata and anything riding along are dropped, size bounded
    clean = uploads.image_reencode(upload, name=name, content_type=content_type)
    with Image.open(clean) as image:
        image.load()
        cover = image.copy()
    if cover.width > COVER_WIDTH:
        cover = cover.resize(
            (COVER_WIDTH, round(cover.height * COVER_WIDTH / cover.width)), Image.LANCZOS
        )
    small = cover.copy()
    small.thumbnail(THUMBNAIL_SIZE)
    return Cover(_jpeg(cover, COVER_QUALITY), _jpeg(small, THUMBNAIL_QUALITY))
