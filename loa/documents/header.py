"""The parts every official document prints the same way (Decree 30/2020): the issuer and
its parent body, the number line, the place and date line, the recipients; built once from
a stored document (any kind of `OfficialDocument`)."""

import re

from loa.units.models import Level, Unit

from .model import Document, Header, Paragraph
from .models import DocumentType
from .signature import signature_of


def council_upper(unit: Unit) -> str:
    return f"UBND {unit.kind_word.upper()} {unit.short_name.upper()}"


def issuer_upper(unit: Unit) -> str:
    return f"ỦY BAN NHÂN DÂN {unit.kind_word.upper()} {unit.short_name.upper()}"


# The blank a clerk fills in by hand on an unsigned draft: non-breaking spaces, so that no
# writer (HTML, PDF) folds it away.
BLANK = "\u00a0" * 6


def date_line(place: str, day) -> str:
    """ "Định Biên, ngày 05 tháng 01 năm 2022": days below 10 and months 1–2 get a 0."""
    if day is None:
        return f"{place}, ngày{BLANK}tháng{BLANK}năm{BLANK}"
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"


def parent_body(unit: Unit, wanted: bool) -> str:
    """ "UBND HUYỆN BÌNH GIANG" above a commune's name: only in the old tree, where the
    district was the commune's direct superior, and only when the document wants it."""
    parent = unit.parent
    if not wanted or parent is None or unit.level != Level.COMMUNE or not unit.is_legacy:
        return ""
    return council_upper(parent)


_LUU = re.compile(r"^Lưu\s*:?\s*(?=VT\b)", re.IGNORECASE)


def recipients_of(text: str) -> list[str]:
    """ "Nơi nhận" typed one per line, with or without the leading dash; the file copy's
    line is written "Lưu: VT, …" whatever was typed ("Lưu VT, VH&TT.")."""
    lines = [line.strip().lstrip("-").strip() for line in text.splitlines() if line.strip()]
    return [_LUU.sub("Lưu: ", line) if _LUU.match(line) else line for line in lines]


def paragraphs_of(text: str) -> list[Paragraph]:
    return [Paragraph(text=p.strip()) for p in text.split("\n") if p.strip()]


def header_of(document) -> Header:
    unit = document.unit
    return Header(
        parent_body=parent_body(unit, document.show_parent_body),
        issuer=issuer_upper(unit),
        number_line=f"Số: {document.number_text}",
        place_date=date_line(document.place or unit.short_name, document.issued_on),
    )


def letter_summary(title: str) -> str:
    """ "V/v trả lời phản ánh, kiến nghị" from the title "Trả lời phản ánh, kiến nghị"; a
    title that starts with an abbreviation ("UBND …") keeps its capitals."""
    title = title.strip()
    if title.lower().startswith("v/v "):
        return "V/v " + title[4:].lstrip()
    if len(title) > 1 and title[1].islower():
        title = title[0].lower() + title[1:]
    return f"V/v {title}"


def official_document(document, **parts) -> Document:
    """The neutral `Document` of a stored document: header, type, trích yếu, Kính gửi,
    recipients and signature from the core; `parts` (intro, body, closing, appendices…)
    from the kind. A công văn has no type name: its trích yếu "V/v …" is box 5b, under
    the number (Decree 30/2020, Phụ lục I)."""
    header = header_of(document)
    letter = document.document_type == DocumentType.OFFICIAL_LETTER
    if letter:
        header.letter_summary = letter_summary(document.title)
    return Document(
        header=header,
        doc_type="" if letter else document.document_type.label.upper(),
        summary="" if letter else document.title,
        recipients=recipients_of(document.recipients),
        signature=signature_of(document),
        addressees=[document.addressee] if document.addressee else [],
        **parts,
    )
