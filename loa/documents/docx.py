"""The Word writer: `render_docx(doc)` lays a `Document` out as Decree 30/2020/NĐ-CP asks.

Everything is direct formatting on the "Normal" style (Times New Roman on every run), so the
file looks the same in Word, LibreOffice and WPS, and a clerk can edit it as if typed by hand.

Time is linear in the document's size (see `wordxml`): blocks are added without python-docx's
search of the body, body paragraphs are written as XML text, and the properties of other
paragraphs and runs are copies of ones built once per kind.
"""

from functools import cache
from io import BytesIO

from docx import Document as new_word_document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph as WordParagraph

from . import layout as L
from .model import Appendix, Document, Heading, Paragraph, Table
from .wordxml import (
    PPR,
    SECTPR,
    TBLPR,
    add_field,
    add_paragraph_xml,
    el,
    font_rpr,
    put,
    set_font,
    set_mark_font,
    twips,
    xml_of,
)
from .wordxml import add_paragraph as _add_paragraph
from .wordxml import add_table as _add_table
from .wordxml import format_paragraph as _format


def render_docx(doc: Document) -> bytes:
    """The document as a .docx file (A4, Times New Roman, Decree 30 layout)."""
    word = new_word_document()
    _set_defaults(word, doc)
    section = word.sections[0]
    _set_page(section, landscape=doc.landscape)
    _page_number_header(section)

    _header_boxes(word, doc)
    _title(word, doc)
    _addressees(word, doc.addressees, L.text_width(doc.landscape))
    for p in doc.intro:
        _body_paragraph(word, p)
    for block in doc.body:
        _block(word, block, L.text_width(doc.landscape))
    for i, p in enumerate(doc.closing):
        _body_paragraph(word, p, keep_with_next=i == len(doc.closing) - 1)
    _signature_block(word, doc)
    for appendix in doc.appendices:
        _appendix(word, appendix)

    out = BytesIO()
    word.save(out)
    return out.getvalue()


# Document, page and header ---------------------------------------------------------------


def _set_defaults(word, doc: Document) -> None:
    """Times New Roman 14 pt, black, Vietnamese, single spacing, as the file's defaults."""
    styles = word.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_font(rpr, L.BODY)
    ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    for child in list(ppr):
        ppr.remove(child)
    put(ppr, el("w:spacing", after="0", line="240", lineRule="auto"), PPR)
    normal = word.styles["Normal"].element
    set_font(normal.get_or_add_rPr(), L.BODY)

    settings = word.settings.element
    # Word 2013+ layout: a table's border, not its text, lines up with the margin.
    for setting in settings.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), "15")
    lang = settings.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:val"), "vi-VN")

    # The template's thumbnail is a picture of another document: leave none.
    rels = word.part.package.rels
    for rel_id, rel in list(rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            rels.pop(rel_id)

    props = word.core_properties
    props.title = L.nfc(doc.title)
    props.author = L.nfc(doc.header.issuer)
    props.language = "vi-VN"


def _set_page(section, *, landscape: bool) -> None:
    width, height = L.page_size(landscape)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(width), Mm(height)
    section.top_margin, section.bottom_margin = Mm(L.MARGIN_TOP), Mm(L.MARGIN_BOTTOM)
    section.left_margin, section.right_margin = Mm(L.MARGIN_LEFT), Mm(L.MARGIN_RIGHT)
    section.header_distance, section.footer_distance = (
        Mm(L.HEADER_DISTANCE),
        Mm(L.FOOTER_DISTANCE),
    )
    section.gutter = 0
    # Numbering starts at 1 in each section; the first page shows no number.
    put(section._sectPr, el("w:pgNumType", start="1"), SECTPR)
    section.different_first_page_header_footer = True


def _page_number_header(section) -> None:
    """Centred PAGE field in the top margin; an empty header on the section's first page."""
    header = section.header
    header.is_linked_to_previous = False
    p = header.paragraphs[0]
    _format(p, align="center")
    add_field(p, "PAGE", "1", L.PAGE_NUMBER)
    first = section.first_page_header
    first.is_linked_to_previous = False
    _format(first.paragraphs[0], align="center")
    for part in (section.footer, section.first_page_footer):
        part.is_linked_to_previous = False


def _header_boxes(word, doc: Document) -> None:
    """Boxes 1–4: issuer and number on the left, Quốc hiệu, Tiêu ngữ and date on the right."""
    h = doc.header
    left_w = L.HEADER_LEFT
    right_w = L.text_width(doc.landscape) - left_w
    table = _layout_table(word, rows=2, widths=[left_w, right_w])
    names, national = table.rows[0].cells
    number, date = table.rows[1].cells

    parent = L.fit_lines(h.parent_body, "", L.HEADER_SMALL, left_w)
    if parent:
        _cell_paragraph(names, [("\n".join(parent), "")], L.HEADER_SMALL, align="center")
    issuer = L.fit_lines(h.issuer, "b", L.HEADER_SMALL, left_w)
    _cell_paragraph(names, [("\n".join(issuer), "b")], L.HEADER_SMALL, align="center")
    _rule(names.add_paragraph(), L.short_rule(issuer, "b", L.HEADER_SMALL, left_w), left_w)

    _cell_paragraph(
        national, [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b")], L.HEADER_SMALL, align="center"
    )
    motto = "Độc lập - Tự do - Hạnh phúc"
    _cell_paragraph(national, [(motto, "b")], L.BODY, align="center")
    _rule(national.add_paragraph(), L.width_mm(motto, "b", L.BODY), right_w)

    _cell_paragraph(number, [(h.number_line, "")], L.HEADER_SMALL, align="center", before=6)
    summary = L.fit_lines(h.letter_summary, "", L.LETTER_SUMMARY, left_w)
    if summary:  # box 5b of a công văn, 6 pt under the number
        _cell_paragraph(
            number, [("\n".join(summary), "")], L.LETTER_SUMMARY, align="center", before=6
        )
    place = L.fit_lines(h.place_date, "i", L.BODY, right_w)
    if place:
        _cell_paragraph(date, [("\n".join(place), "i")], L.BODY, align="center", before=6)
    for cell in (names, national, number, date):
        _drop_first_paragraph(cell)


def _title(word, doc: Document) -> None:
    """Box 5a: the document type and its summary, centred and bold, with a short rule; a
    công văn has none, only the space before what follows the header."""
    if doc.is_letter:
        _format(_add_paragraph(word), before=6)
        return
    p = _add_paragraph(word)
    _format(p, align="center", before=18, keep_with_next=True)
    _runs(p, [(doc.doc_type, "b")], L.BODY)
    p = _add_paragraph(word)
    _format(p, align="center", keep_with_next=True)
    _runs(p, [(doc.summary, "b")], L.BODY)
    lines = L.fit_lines(doc.summary, "b", L.BODY, L.text_width(doc.landscape))
    _rule(
        _add_paragraph(word),
        L.short_rule(lines, "b", L.BODY, L.text_width(doc.landscape)),
        L.text_width(doc.landscape),
        after=6,
    )


def _addressees(word, addressees: list[str], width: float) -> None:
    """Box 9a. One addressee: a centred line. Several: the first after the colon, the
    others under it, so the text reads "Kính gửi: A; B" as in `Document.plain_text`."""
    if not addressees:
        return
    p = _add_paragraph(word)
    if len(addressees) == 1:
        _format(p, align="center", before=6, after=6)
        _runs(p, [(f"Kính gửi: {addressees[0]}", "")], L.BODY)
        return
    label = "Kính gửi: "
    label_w = L.width_mm(label, "", L.BODY)
    lines = [f"{a};" for a in addressees[:-1]] + [addressees[-1]]
    block = label_w + max(L.width_mm(line, "", L.BODY) for line in lines)
    left = max((width - block) / 2, 0)
    _format(p, align="left", before=6, after=6)
    p.paragraph_format.left_indent = Mm(left + label_w)
    p.paragraph_format.first_line_indent = -Mm(label_w)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(left + label_w))
    _runs(p, [(label.strip(), "")], L.BODY)
    p.runs[-1].add_tab()
    _runs(p, [("\n".join(lines), "")], L.BODY)


# Body ------------------------------------------------------------------------------------


def _block(word, block, width: float) -> None:
    if isinstance(block, Heading):
        _heading(word, block)
    elif isinstance(block, Paragraph):
        _body_paragraph(word, block)
    elif isinstance(block, Table):
        _data_table(word, block, width)
        _format(_add_paragraph(word))  # an empty line after the table, as typed in Word


def _heading(word, heading: Heading) -> None:
    style = {1: "b", 2: "b", 3: "bi"}.get(heading.level, "b")
    text = f"{heading.label} {heading.text}" if heading.label else heading.text
    outline = min(heading.level, 9) - 1
    add_paragraph_xml(word, _body_ppr(True, 0, outline), [(text, style)], L.BODY)


def _body_paragraph(
    word, paragraph: Paragraph, keep_with_next: bool = False, before: float = 0
) -> None:
    ppr = _body_ppr(keep_with_next, before, None, centered=paragraph.centered)
    add_paragraph_xml(word, ppr, _paragraph_runs(paragraph), L.BODY)


@cache
def _body_ppr(
    keep_with_next: bool, before: float, outline: int | None, centered: bool = False
) -> str:
    """The properties of a body paragraph or heading (justified, first-line indent, 6 pt
    after, 1.15 lines; the mark at 14 pt; a centered one without indent) as XML text,
    built once."""
    p = _format(
        WordParagraph(OxmlElement("w:p"), None),
        align="center" if centered else "justify",
        first_line=not centered,
        before=before,
        after=L.SPACE_AFTER,
        line=L.LINE_SPACING,
        keep_with_next=keep_with_next,
    )
    if outline is not None:
        put(p._p.get_or_add_pPr(), el("w:outlineLvl", val=str(outline)), PPR)
    set_mark_font(p, L.BODY)
    return xml_of(p._p.pPr)


def _paragraph_runs(paragraph: Paragraph) -> list[tuple[str, str]]:
    """(text, style) runs with the label in front and the paragraph's own bold/italic."""
    base = L.style_of(paragraph.bold, paragraph.italic)
    runs = paragraph.runs or [(paragraph.text, "")]
    merged = [(text, "".join(s for s in "bi" if s in base or s in style)) for text, style in runs]
    if paragraph.label:
        merged.insert(0, (f"{paragraph.label} ", base))
    return merged


def _data_table(word, table: Table, width: float) -> None:
    """A bordered table: bold centred header row (repeated on each page), 13 pt cells,
    group rows merged across the full width."""
    widths = L.column_widths(table, width)
    n = len(table.columns)
    t = _add_table(word, rows=1 + len(table.rows), cols=n)
    _table_frame(t, widths, borders=True)
    header = t.rows[0]
    _row_props(header, header_row=True)
    for cell, column in zip(header.cells, table.columns, strict=True):
        _cell_paragraph(
            cell,
            [(column.title, "b")],
            L.CELL,
            align="center",
            before=L.CELL_PADDING_V,
            after=L.CELL_PADDING_V,
        )
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        _drop_first_paragraph(cell)
    groups = set(table.group_rows)
    for index, (row, values) in enumerate(zip(t.rows[1:], table.rows, strict=True)):
        _row_props(row)
        cells = row.cells
        if index in groups:
            merged = cells[0].merge(cells[-1]) if n > 1 else cells[0]
            # Keep-with-next on a row's paragraphs keeps a group heading with its first row.
            _cell_paragraph(
                merged,
                [(values[0] if values else "", "b")],
                L.CELL,
                align="left",
                before=L.CELL_PADDING_V,
                after=L.CELL_PADDING_V,
                keep_with_next=True,
            )
            merged.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            _drop_first_paragraph(merged)
            continue
        values = list(values) + [""] * (n - len(values))
        for cell, column, value in zip(cells, table.columns, values[:n], strict=True):
            _cell_paragraph(
                cell,
                [(value, "")],
                L.CELL,
                align=column.align,
                before=L.CELL_PADDING_V,
                after=L.CELL_PADDING_V,
            )
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            _drop_first_paragraph(cell)


def _signature_block(word, doc: Document) -> None:
    """Boxes 7 and 9b side by side: "Nơi nhận:" and the list on the left, the signer on the
    right, on the same first line."""
    sig = doc.signature
    if not doc.recipients and not sig:
        return
    left_w = L.SIGNATURE_LEFT
    table = _layout_table(word, rows=1, widths=[left_w, L.text_width(doc.landscape) - left_w])
    _row_props(table.rows[0])
    left, right = table.rows[0].cells
    if doc.recipients:
        _cell_paragraph(left, [("Nơi nhận:", "bi")], L.RECIPIENTS_LABEL, align="left", before=6)
        for recipient in doc.recipients:
            _cell_paragraph(left, [(f"- {recipient}", "")], L.RECIPIENT, align="left")
    if sig:
        for i, line in enumerate(sig.authority_lines):
            _cell_paragraph(right, [(line, "b")], L.BODY, align="center", before=6 if i == 0 else 0)
        if sig.position:
            _cell_paragraph(
                right,
                [(sig.position, "b")],
                L.BODY,
                align="center",
                before=0 if sig.authority_lines else 6,
            )
        if sig.name:
            _cell_paragraph(
                right, [(sig.name, "b")], L.BODY, align="center", before=L.SIGNATURE_SPACE
            )
    for cell in (left, right):
        _drop_first_paragraph(cell)


def _appendix(word, appendix: Appendix) -> None:
    """A new section (landscape when asked) with its own page numbers from 1."""
    section = word.add_section(WD_SECTION.NEW_PAGE)
    # The paragraph that now holds the previous section's settings: keep it 1 pt high, so
    # it never spills onto a page of its own.
    breaker = WordParagraph(word.element.body.findall(qn("w:p"))[-1], word._body)
    _format(breaker)
    breaker.paragraph_format.line_spacing = Pt(1)
    set_mark_font(breaker, 1)
    _set_page(section, landscape=appendix.landscape)
    _page_number_header(section)
    width = L.text_width(appendix.landscape)
    p = _add_paragraph(word)
    _format(p, align="center", keep_with_next=True)
    _runs(p, [(appendix.label, "b")], L.BODY)
    p = _add_paragraph(word)
    _format(p, align="center", keep_with_next=True)
    _runs(p, [(appendix.title, "b")], L.BODY)
    if appendix.subtitle:
        p = _add_paragraph(word)
        _format(p, align="center", keep_with_next=True)
        _runs(p, [(appendix.subtitle, "i")], L.BODY)
    _format(_add_paragraph(word), keep_with_next=True)
    if appendix.table:
        _data_table(word, appendix.table, width)
    for i, note in enumerate(appendix.notes):
        _body_paragraph(word, note, before=6 if i == 0 else 0)


# Building blocks -------------------------------------------------------------------------


def _runs(p, runs: list[tuple[str, str]], size: float) -> None:
    """Add (text, style) runs; a newline in the text becomes a line break."""
    for text, style in runs:
        bold, italic = "b" in style, "i" in style
        for i, piece in enumerate(L.nfc(text).split("\n")):
            r = p._p.add_r()
            r.append(font_rpr(size, bold, italic))
            if i:
                r.add_br()  # a line break, as run.add_break() writes it
            if piece:
                r.add_t(piece)
    # The paragraph mark takes the same size, so an empty line is as tall as the text.
    set_mark_font(p, size)


def _cell_paragraph(
    cell,
    runs,
    size: float,
    *,
    align: str,
    before: float = 0,
    after: float = 0,
    keep_with_next: bool = False,
) -> None:
    p = cell.add_paragraph()
    _format(p, align=align, before=before, after=after, keep_with_next=keep_with_next)
    _runs(p, runs, size)


def _drop_first_paragraph(cell) -> None:
    """Remove the empty paragraph python-docx puts in each new cell (it must keep one)."""
    paragraphs = cell.paragraphs
    if len(paragraphs) > 1 and not paragraphs[0].text and not paragraphs[0].runs:
        cell._tc.remove(paragraphs[0]._p)


def _rule(p, length: float, box: float, after: float = 0) -> None:
    """A centred solid rule `length` mm long: the top border of a short empty paragraph,
    2 pt below the line above."""
    inset = max((box - length) / 2, 0)
    _format(p, align="center", before=2, after=after)
    pf = p.paragraph_format
    pf.left_indent = pf.right_indent = Mm(inset)
    pf.line_spacing = Pt(6)
    borders = el("w:pBdr")
    borders.append(el("w:top", val="single", sz=str(round(L.RULE * 8)), space="0", color="000000"))
    put(p._p.get_or_add_pPr(), borders, PPR)
    set_mark_font(p, 6)


def _layout_table(word, *, rows: int, widths: list[float]):
    """A borderless table used only to place blocks side by side."""
    t = _add_table(word, rows=rows, cols=len(widths))
    _table_frame(t, widths, borders=False)
    for row in t.rows:
        for cell in row.cells:
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
    return t


def _table_frame(t, widths: list[float], *, borders: bool) -> None:
    """Fixed column widths filling the text width; grid lines or none; cell margins."""
    t.autofit = False
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl_pr = t._tbl.tblPr
    put(tbl_pr, el("w:tblW", w=str(twips(sum(widths))), type="dxa"), TBLPR)
    put(tbl_pr, el("w:tblInd", w="0", type="dxa"), TBLPR)
    edges = ("top", "left", "bottom", "right", "insideH", "insideV")
    frame = el("w:tblBorders")
    for edge in edges:
        if borders:
            frame.append(
                el(f"w:{edge}", val="single", sz=str(round(L.GRID * 8)), space="0", color="000000")
            )
        else:
            frame.append(el(f"w:{edge}", val="nil"))
    put(tbl_pr, frame, TBLPR)
    margin = twips(L.CELL_PADDING_H) if borders else 0
    cell_margins = el("w:tblCellMar")
    for edge in ("top", "left", "bottom", "right"):
        value = margin if edge in ("left", "right") else 0
        cell_margins.append(el(f"w:{edge}", w=str(value), type="dxa"))
    put(tbl_pr, cell_margins, TBLPR)
    grid = t._tbl.tblGrid
    for col, w in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(twips(w)))
    for row in t.rows:
        for cell, w in zip(row.cells, widths, strict=True):
            cell.width = Mm(w)


def _row_props(row, *, header_row: bool = False) -> None:
    """Rows never break across pages; the header row repeats on each page."""
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(el("w:cantSplit"))
    if header_row:
        tr_pr.append(el("w:tblHeader"))
