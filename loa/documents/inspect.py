"""Read back what the writers produced: the text of a DOCX or a PDF in reading order, and
which lines of `Document.plain_text()` it lacks. For tests here and in other apps."""

import unicodedata
from io import BytesIO

import docx
from docx.oxml.ns import qn

_P, _TBL, _TR, _TC, _SDT = (qn(f"w:{t}") for t in ("p", "tbl", "tr", "tc", "sdt"))
_T, _TAB, _BR, _CR, _NBH = (qn(f"w:{t}") for t in ("t", "tab", "br", "cr", "noBreakHyphen"))


def docx_text(data: bytes) -> str:
    """The body of a .docx as text in reading order, headers and footers excluded.

    One line per paragraph; line breaks and tabs inside a paragraph become spaces. A table
    gives one line per row, its cells joined by " | " (a cell of several paragraphs keeps
    them on separate lines); a cell merged across n columns is followed by n - 1 empty
    cells, so a row reads as `Document.plain_text` writes it.
    """
    return "\n".join(_blocks(docx.Document(BytesIO(data)).element.body))


def _blocks(parent) -> list[str]:
    lines: list[str] = []
    for child in parent:
        if child.tag == _P:
            lines.append(_paragraph(child))
        elif child.tag == _TBL:
            for row in child.iter(_TR):
                if row.getparent() is not child:
                    continue  # a nested table's rows are read inside their cell
                cells: list[str] = []
                for cell in row.findall(_TC):
                    cells.append("\n".join(_blocks(cell)))
                    span = cell.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
                    if span is not None:
                        cells += [""] * (int(span.get(qn("w:val"))) - 1)
                lines.append(" | ".join(cells))
        elif child.tag == _SDT:
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                lines += _blocks(content)
    return lines


def _paragraph(p) -> str:
    parts = []
    for node in p.iter(_T, _TAB, _BR, _CR, _NBH):
        if node.tag == _T:
            parts.append(node.text or "")
        elif node.tag == _NBH:
            parts.append("-")
        else:
            parts.append(" ")
    return "".join(parts)


def pdf_text(data: bytes) -> str:
    """The text of a PDF, page by page, pages separated by a form feed ("\\f"), without the
    running page numbers (so a paragraph split across pages reads as one).
    Needs pypdf (a test dependency, requirements-dev.txt)."""
    from pypdf import PdfReader  # here: pypdf is installed with the test tools only

    pages = []
    for page in PdfReader(BytesIO(data)).pages:
        lines = (page.extract_text() or "").splitlines()
        if lines and lines[0].strip().isdigit():
            lines = lines[1:]
        pages.append("\n".join(lines))
    return "\f".join(pages)


def missing_lines(text: str, expected: str) -> list[str]:
    """The lines of `expected` (e.g. `doc.plain_text()`) that `text` does not show in the
    same order. Both sides are compared NFC, with whitespace collapsed and the " | " between
    table cells ignored, so a line wrapped by the PDF or a cell split in two still counts."""
    haystack = _normalise(text)
    position = 0
    missing = []
    for line in expected.splitlines():
        needle = _normalise(line)
        if not needle:
            continue
        found = haystack.find(needle, position)
        if found < 0:
            missing.append(line)
        else:
            position = found + len(needle)
    return missing


def _normalise(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).replace("|", " ").split())
