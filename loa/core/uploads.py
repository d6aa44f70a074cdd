"""Checks every upload goes through, by what the file is rather than by its name or its first
bytes: office files (DOCX, XLSX) as zips of bounded uncompressed size with their parts and no
macros; PDFs as real PDF structures without active content; images re-encoded by Pillow
(which drops whatever rides along) with a bounded pixel count; and file names made safe
rather than dropped.

Each check raises a ValidationError whose message, in Vietnamese, names the file and says
what to do; none of them reads more than its limits allow (ADR 16)."""

import io
import re
import time
import unicodedata
import zipfile
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.http.multipartparser import MultiPartParser
from django.template.defaultfilters import filesizeformat

MB = 1024 * 1024


@dataclass(frozen=True)
class ZipLimits:
    members: int = 2_000  # parts in the archive
    total: int = 100 * MB  # all parts, uncompressed
    member: int = 50 * MB  # one part, uncompressed
    ratio: int = 200  # uncompressed / compressed of one part larger than 1 MB
    xml: int | None = None  # one XML part other than those `large_xml` names
    large_xml: str = ""  # a regular expression: the XML parts allowed up to `member`


OFFICE_LIMITS = ZipLimits()

# (the part every such file has, the words for the kind of file)
OFFICE_KINDS = {
    "docx": ("word/document.xml", "Word (DOCX)"),
    "xlsx": ("xl/workbook.xml", "Excel (XLSX)"),
}
MACRO_PART = re.compile(r"(^|/)vbaProject\.bin$|(^|/)vbaData\.xml$", re.IGNORECASE)
DOCTYPE = b"<!DOCTYPE"  # no entity declarations: they are how XML bombs expand


def zip_check(upload, *, name: str, kind: str, limits: ZipLimits = OFFICE_LIMITS):
    """Open `upload` as the office file `kind` ("docx", "xlsx") and return the ZipFile after
    checking, from the zip's own directory and before any part is parsed, that it has at
    most `limits` parts and bytes once uncompressed, its required parts and no macros."""
    required, words = OFFICE_KINDS[kind]
    broken = ValidationError(
        f"Tệp “{name}” không phải tệp {words} hợp lệ (tệp bị hỏng hoặc sai định dạng)."
    )
    upload.seek(0)
    try:
        archive = zipfile.ZipFile(upload)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise broken from error
    members = archive.infolist()
    names = {m.filename for m in members}
    if len(members) > limits.members:
        raise ValidationError(
            f"Tệp “{name}” có {len(members)} phần bên trong, vượt mức {limits.members}: "
            "tệp không giống tệp văn phòng thông thường."
        )
    total = sum(m.file_size for m in members)
    largest = max(members, key=lambda m: m.file_size, default=None)
    too_dense = [
        m
        for m in members
        if m.file_size > MB and m.file_size > limits.ratio * max(m.compress_size, 1)
    ]
    if limits.xml is not None:
        too_dense += [
            m
            for m in members
            if m.filename.endswith((".xml", ".rels"))
            and m.file_size > limits.xml
            and not (limits.large_xml and re.search(limits.large_xml, m.filename))
        ]
    if total > limits.total or (largest and largest.file_size > limits.member) or too_dense:
        raise ValidationError(
            f"Tệp “{name}” khi giải nén nặng {filesizeformat(total)}, vượt mức "
            f"{filesizeformat(limits.total)} (hoặc có phần bị nén bất thường): Loa không mở "
            "tệp này. Vui lòng lưu lại tệp bằng Word/Excel rồi tải lên lại."
        )
    if "[Content_Types].xml" not in names or required not in names:
        raise broken
    content_types = archive.read("[Content_Types].xml")
    if any(MACRO_PART.search(n) for n in names) or b"macroEnabled" in content_types:
        raise ValidationError(
            f"Tệp “{name}” có chứa macro (mã lệnh). Vui lòng lưu lại thành tệp .{kind} "
            "không có macro rồi tải lên lại."
        )
    for member in members:
        if member.filename.endswith((".xml", ".rels")) and _has_doctype(archive, member):
            raise broken
    return archive


def _has_doctype(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> bool:
    # read in chunks: a part is at most limits.member bytes, never held whole here
    tail = b""
    try:
        with archive.open(member) as part:
            while chunk := part.read(MB):
                if DOCTYPE in tail + chunk:
                    return True
                tail = chunk[-len(DOCTYPE) :]
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError):
        return True  # unreadable: treated as hostile
    return False


# --- spreadsheets ---------------------------------------------------------------------------

SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


class SheetTooWide(ValueError):
    def __init__(self, row: str):
        super().__init__(row)
        self.row = row


class SheetTooDense(ValueError):
    pass


@dataclass(frozen=True)
class SheetLimits:
    rows: int  # rows of one sheet (empty ones included)
    columns: int  # cells of one row
    cells: int  # cells of one sheet
    elements: int  # XML elements of all the workbook's parts together


def xlsx_scan(archive: zipfile.ZipFile, limits: SheetLimits) -> None:
    """Walk every XML part of a workbook once, with expat and no tree, and raise
    SheetTooWide(row) when a sheet's row has more than `limits.columns` cells,
    SheetTooDense when a sheet has more rows or cells, or the parts more elements, than
    the limits allow, or a part declares a DOCTYPE. openpyxl, even read-only, reads a whole
    sheet to find its size and builds each row whole before it hands it over, so this is
    what bounds its work on a hostile workbook (ADR 16)."""
    from xml.parsers import expat

    budget = {"elements": 0}
    for member in archive.infolist():
        if member.filename.endswith((".xml", ".rels")):
            with archive.open(member) as part:
                _scan_part(part, limits, budget, expat)


def _scan_part(part, limits: SheetLimits, budget: dict, expat) -> None:
    parser = expat.ParserCreate(namespace_separator=" ")
    sheet_data = f"{SHEET_NS} sheetData"
    state = {"depth": 0, "data": None, "rows": 0, "cells": 0, "row_cells": 0, "row": ""}

    def start(name, attrs):
        state["depth"] += 1
        depth, data = state["depth"], state["data"]
        budget["elements"] += 1
        if budget["elements"] > limits.elements:
            raise SheetTooDense
        if data is None:
            if name == sheet_data:
                state["data"] = depth
        elif depth == data + 1:  # a row (whatever its name: counted, never missed)
            state["rows"] += 1
            state["row_cells"] = 0
            state["row"] = str(attrs.get("r", ""))[:10] or str(state["rows"])
            if state["rows"] > limits.rows:
                raise SheetTooDense
        elif depth == data + 2:  # whatever a row holds, openpyxl reads as a cell
            state["row_cells"] += 1
            state["cells"] += 1
            if state["row_cells"] > limits.columns:
                raise SheetTooWide(state["row"])
            if state["cells"] > limits.cells:
                raise SheetTooDense

    def end(name):
        if state["data"] == state["depth"]:
            state["data"] = -10  # one sheetData only: what follows is not a row
        state["depth"] -= 1

    def doctype(*args):
        raise SheetTooDense

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = doctype
    try:
        while chunk := part.read(256 * 1024):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except expat.ExpatError as error:
        raise SheetTooDense from error


# --- PDF --------------------------------------------------------------------------------

# dictionary keys and action types that make a PDF do something when opened or clicked
ACTIVE_KEYS = {
    "/JS",
    "/JavaScript",
    "/AA",
    "/OpenAction",
    "/Launch",
    "/EmbeddedFile",
    "/EmbeddedFiles",
    "/RichMedia",
    "/XFA",
}
ACTIVE_ACTIONS = {
    "/JavaScript",
    "/Launch",
    "/SubmitForm",
    "/ImportData",
    "/RichMediaExecute",
    "/GoToE",
    "/GoToR",
}
SAFE_OPEN_ACTIONS = {"/GoTo"}  # opening at a page is what most writers put in /OpenAction
PDF_MAX_OBJECTS = 20_000  # a 200-page report has about 1,000; each costs pypdf ~0.2 ms
# an object stream may inflate to 75 MB (pypdf's own bound), so many of them could take
# long: the walk stops here, however few objects the file declares
PDF_MAX_SECONDS = 3.0
# what pypdf may inflate of one stream (it only inflates object and xref streams here): a
# PDF of at most 10 MB has no business holding more
PDF_INFLATE_LIMITS = {
    name: 10 * MB
    for name in (
        "zlib_maximum_output_length",
        "lzw_maximum_output_length",
        "run_length_maximum_output_length",
        "maximum_declared_stream_length",
    )
}


def pdf_check(upload, *, name: str) -> None:
    """Refuse what is not a real PDF (pypdf must read its structure and find a page) and a
    PDF with active content: JavaScript, launch or submit actions, embedded files, XFA
    forms, rich media. Names hidden with #xx escapes or in compressed object streams are
    seen, since pypdf decodes both."""
    from pypdf import apply_configuration
    from pypdf.errors import PyPdfError
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    broken = ValidationError(
        f"Tệp “{name}” không phải tệp PDF hợp lệ (tệp bị hỏng hoặc chỉ mang đuôi PDF)."
    )
    active = ValidationError(
        f"Tệp “{name}” là PDF có chứa mã lệnh, thao tác tự chạy hoặc tệp đính kèm bên trong: "
        "Loa không nhận. Vui lòng in lại thành PDF (Microsoft Print to PDF, Lưu dưới dạng "
        "PDF) hoặc chụp ảnh tài liệu rồi tải lên lại."
    )
    upload.seek(0)
    content = upload.read()
    upload.seek(0)
    if b"%%EOF" not in content:  # every PDF writer ends its file with it
        raise broken

    def visit(value, depth=0):
        if depth > 50:
            raise active
        if isinstance(value, DictionaryObject):
            keys = set(value.keys())
            if keys & ACTIVE_KEYS - {"/OpenAction"}:
                raise active
            action = value.get("/S")
            if action in ACTIVE_ACTIONS or value.get("/Type") == "/EmbeddedFile":
                raise active
            if "/OpenAction" in value:
                opened = value.raw_get("/OpenAction")
                if isinstance(opened, IndirectObject):
                    opened = opened.get_object()
                if isinstance(opened, DictionaryObject) and opened.get("/S") not in (
                    SAFE_OPEN_ACTIONS
                ):
                    raise active
            for item in value.values():
                if not isinstance(item, IndirectObject):
                    visit(item, depth + 1)
        elif isinstance(value, ArrayObject):
            for item in value:
                if not isinstance(item, IndirectObject):
                    visit(item, depth + 1)

    complex_ = ValidationError(
        f"Tệp “{name}” là PDF quá phức tạp để kiểm tra. Vui lòng in lại thành PDF (Lưu dưới "
        "dạng PDF) rồi tải lên lại."
    )
    deadline = time.monotonic() + PDF_MAX_SECONDS
    try:
        with apply_configuration(**PDF_INFLATE_LIMITS):
            _pdf_walk(content, visit, deadline, complex_, broken)
    except ValidationError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as error:
        raise broken from error
    except RecursionError as error:
        raise active from error


def _pdf_walk(content: bytes, visit, deadline: float, complex_, broken) -> None:
    from pypdf import PdfReader
    from pypdf.generic import IndirectObject

    reader = PdfReader(io.BytesIO(content), strict=False)
    if reader.is_encrypted or len(reader.pages) < 1:
        raise broken
    numbers = {(num, gen) for gen, table in reader.xref.items() for num in table}
    numbers |= {(num, 0) for num in reader.xref_objStm}
    if len(numbers) > PDF_MAX_OBJECTS:
        raise complex_
    visit(reader.trailer)
    for num, gen in numbers:
        if time.monotonic() > deadline:
            raise complex_
        obj = reader.get_object(IndirectObject(num, gen, reader))
        if obj is not None:
            visit(obj)


# --- images -------------------------------------------------------------------------------

IMAGE_FORMATS = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP"}
MAX_PIXELS = 40_000_000  # a 40-megapixel photo; larger would eat the server's memory


def image_reencode(upload, *, name: str, content_type: str) -> ContentFile:
    """The picture drawn again by Pillow in its own format, turned upright, without its
    metadata or anything appended after it; its size in pixels is read from the header and
    bounded before a single pixel is decoded."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    upload.seek(0)
    try:
        with Image.open(upload, formats=[IMAGE_FORMATS[content_type]]) as image:
            if image.width * image.height > MAX_PIXELS:
                raise ValidationError(
                    f"Ảnh “{name}” quá lớn ({image.width}×{image.height} điểm ảnh). Vui lòng "
                    "chụp hoặc lưu lại ở độ phân giải thấp hơn."
                )
            icc = image.info.get("icc_profile")
            drawn = ImageOps.exif_transpose(image, in_place=True) or image  # no second copy
            # nothing of the original's metadata (EXIF, comments, text chunks) is written
            drawn.info = {k: v for k, v in drawn.info.items() if k == "transparency"}
            if content_type == "image/jpeg" and drawn.mode not in ("RGB", "L", "CMYK"):
                drawn = drawn.convert("RGB")
            buffer = io.BytesIO()
            options = {"icc_profile": icc} if icc else {}
            if content_type in ("image/jpeg", "image/webp"):
                options.update(quality=90)
            drawn.save(buffer, IMAGE_FORMATS[content_type], **options)
    except ValidationError:
        raise
    except (
        UnidentifiedImageError,
        OSError,
        SyntaxError,
        ValueError,
        Image.DecompressionBombError,
    ) as error:
        raise ValidationError(f"Ảnh “{name}” bị hỏng hoặc quá lớn, không mở được.") from error
    finally:
        upload.seek(0)
    return ContentFile(buffer.getvalue())


# --- names --------------------------------------------------------------------------------

DEFAULT_STEM = "tep-dinh-kem"
MAX_NAME = 120
EQUIVALENT = {"jpg": ("jpeg", "jpe")}
UNSAFE_CHARACTERS = re.compile(r'[\\/:*?"<>|]+')


def safe_name(name: str | None, extension: str = "") -> str:
    """A name fit to store and to hand back in a download: no path, no control characters,
    no leading dots, Vietnamese letters kept; ending with `extension` (the file's real
    kind) if given; "tep-dinh-kem.<extension>" when nothing usable is left."""
    text = unicodedata.normalize("NFC", str(name or ""))
    text = re.split(r"[\\/]", text)[-1]
    text = "".join(c for c in text if unicodedata.category(c)[0] != "C")
    text = UNSAFE_CHARACTERS.sub("-", text)
    text = " ".join(text.split()).strip(" .-")
    stem, dot, ending = text.rpartition(".")
    if not dot:
        stem, ending = text, ""
    if extension and ending.lower() not in {extension, *EQUIVALENT.get(extension, ())}:
        stem, ending = text, extension  # "bao-cao.exe" of a PDF: "bao-cao.exe.pdf"
    stem = stem.strip(" .-")[: MAX_NAME - len(ending) - 1] or DEFAULT_STEM
    return f"{stem}.{ending}" if ending else stem


class SafeNameMultiPartParser(MultiPartParser):
    """Django drops a file part whose name is "", "." or ".." after sanitising, so a view
    would save the rest of the form and lose the file without a word; here such a file is
    kept under a safe name. (An empty name as a browser sends it, with no content, is still
    "no file chosen".)"""

    def sanitize_file_name(self, file_name):
        return super().sanitize_file_name(file_name) or DEFAULT_STEM


class SafeUploadNamesMiddleware:
    """Parse every multipart request with SafeNameMultiPartParser (before CSRF reads POST)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.multipart_parser_class = SafeNameMultiPartParser
        return self.get_response(request)
