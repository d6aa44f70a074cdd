"""The PDF writer: `render_pdf(doc)` draws the same Decree 30 layout as `docx.render_docx`,
with reportlab's platypus and the Liberation Serif 2 fonts (metric-compatible with Times New
Roman; Debian package fonts-liberation2, or fonts-liberation from Debian 13)."""

import re
from dataclasses import replace
from functools import cache
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Paragraph as Para
from reportlab.platypus import Table as Grid
from reportlab.platypus.paragraph import cleanBlockQuotedText

from . import layout as L
from .model import Appendix, Document, Heading, Paragraph, Table

MM = L.PT_PER_MM
# Streams stored as compressed binary, not also ASCII85-encoded: a quarter smaller to
# download and no time spent encoding (every PDF reader takes binary streams).
rl_config.useA85 = 0
_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}
_ASCENT = 0.891  # Times New Roman / Liberation Serif ascent, in em


def render_pdf(doc: Document) -> bytes:
    """The document as a PDF (A4, Liberation Serif, Decree 30 layout)."""
    if not L.register_fonts():
        raise RuntimeError(
            "Liberation Serif 2 (with Vietnamese letters) not found in "
            f"{', '.join(map(str, L.FONT_DIRS))}: run scripts/system-deps.sh"
        )
    out = BytesIO()
    pdf = BaseDocTemplate(
        out,
        pagesize=_points(L.page_size(doc.landscape)),
        title=L.nfc(doc.title),
        author=L.nfc(doc.header.issuer),
        subject=L.nfc(doc.header.letter_summary if doc.is_letter else doc.summary),
        creator="Loa",
        lang="vi-VN",
        pageTemplates=_page_templates(doc),
        initialFontName=L.FONT_FAMILY,  # no Helvetica in the page resources
        initialFontSize=L.BODY,
    )
    pdf.build(_story(doc))
    return out.getvalue()


# Pages -----------------------------------------------------------------------------------


def _page_templates(doc: Document) -> list[PageTemplate]:
    """Page 1 of the document and of each appendix starts a numbering and shows no number;
    the pages after it show their number in the top margin."""
    templates = [
        _template("first", doc.landscape, numbered=False),
        _template("body", doc.landscape),
    ]
    for i, appendix in enumerate(doc.appendices):
        templates += [
            _template(f"appendix{i}-first", appendix.landscape, numbered=False),
            _template(f"appendix{i}", appendix.landscape),
        ]
    return templates


def _template(name: str, landscape: bool, numbered: bool = True) -> PageTemplate:
    width, height = L.page_size(landscape)
    frame = Frame(
        L.MARGIN_LEFT * MM,
        L.MARGIN_BOTTOM * MM,
        L.text_width(landscape) * MM,
        (height - L.MARGIN_TOP - L.MARGIN_BOTTOM) * MM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=name,
    )

    def start_numbering(canvas, pdf):
        pdf.loa_first_page = canvas.getPageNumber()

    def page_number(canvas, pdf):
        number = canvas.getPageNumber() - pdf.loa_first_page + 1
        canvas.saveState()
        canvas.setFont(L.FONT_NAMES[""], L.PAGE_NUMBER)
        canvas.setFillColor(colors.black)
        x = (L.MARGIN_LEFT + L.text_width(landscape) / 2) * MM
        y = height * MM - L.HEADER_DISTANCE * MM - _ASCENT * L.PAGE_NUMBER
        canvas.drawCentredString(x, y, str(number))
        canvas.restoreState()

    return PageTemplate(
        id=name,
        frames=[frame],
        pagesize=_points((width, height)),
        onPage=page_number if numbered else start_numbering,
    )


def _points(size_mm: tuple[float, float]) -> tuple[float, float]:
    return size_mm[0] * MM, size_mm[1] * MM


# Story -----------------------------------------------------------------------------------


def _story(doc: Document) -> list[Flowable]:
    story: list[Flowable] = [NextPageTemplate("body"), _header_boxes(doc)]
    story += _title(doc)
    story += _addressees(doc.addressees)
    story += [_body_paragraph(p) for p in doc.intro]
    for block in doc.body:
        story += _block(block, L.text_width(doc.landscape))
    story += [
        _body_paragraph(p, keep_with_next=i == len(doc.closing) - 1)
        for i, p in enumerate(doc.closing)
    ]
    story += _signature_block(doc)
    for i, appendix in enumerate(doc.appendices):
        story += [
            NextPageTemplate(f"appendix{i}-first"),
            PageBreak(),
            NextPageTemplate(f"appendix{i}"),
        ]
        story += _appendix(appendix)
    return story


def _header_boxes(doc: Document) -> Flowable:
    """Boxes 1–4 in a borderless two-column table: issuer and number on the left, Quốc hiệu,
    Tiêu ngữ and the place and date on the right."""
    h = doc.header
    left_w = L.HEADER_LEFT
    right_w = L.text_width(doc.landscape) - left_w
    names: list[Flowable] = []
    parent = L.fit_lines(h.parent_body, "", L.HEADER_SMALL, left_w)
    if parent:
        names.append(_para("\n".join(parent), L.HEADER_SMALL, align="center"))
    issuer = L.fit_lines(h.issuer, "b", L.HEADER_SMALL, left_w)
    names += [
        _para("\n".join(issuer), L.HEADER_SMALL, "b", align="center"),
        _Rule(L.short_rule(issuer, "b", L.HEADER_SMALL, left_w), L.HEADER_SMALL),
    ]
    motto = "Độc lập - Tự do - Hạnh phúc"
    national = [
        _para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", L.HEADER_SMALL, "b", align="center"),
        _para(motto, L.BODY, "b", align="center"),
        _Rule(L.width_mm(motto, "b", L.BODY), L.BODY),
    ]
    number = [_para(h.number_line, L.HEADER_SMALL, align="center")]
    summary = L.fit_lines(h.letter_summary, "", L.LETTER_SUMMARY, left_w)
    if summary:  # box 5b of a công văn, 6 pt under the number
        number.append(_para("\n".join(summary), L.LETTER_SUMMARY, align="center", before=6))
    place = L.fit_lines(h.place_date, "i", L.BODY, right_w)
    date = [_para("\n".join(place), L.BODY, "i", align="center")] if place else []
    table = Grid([[names, national], [number, date]], colWidths=[left_w * MM, right_w * MM])
    table.setStyle(_layout_style() + [("TOPPADDING", (0, 1), (-1, 1), 6)])
    return table


def _title(doc: Document) -> list[Flowable]:
    if doc.is_letter:  # no box 5a: the "Kính gửi" or the body follows the header
        return [Spacer(1, 18)]
    lines = L.fit_lines(doc.summary, "b", L.BODY, L.text_width(doc.landscape))
    return [
        _para(doc.doc_type, L.BODY, "b", align="center", before=18, keep_with_next=True),
        _para(doc.summary, L.BODY, "b", align="center", keep_with_next=True),
        _Rule(L.short_rule(lines, "b", L.BODY, L.text_width(doc.landscape)), L.BODY),
        Spacer(1, 6),
    ]


def _addressees(addressees: list[str]) -> list[Flowable]:
    """One addressee on a centred line; several: the first after "Kính gửi:", the others
    under it, so the text reads as `Document.plain_text` has it."""
    if not addressees:
        return []
    if len(addressees) == 1:
        return [_para(f"Kính gửi: {addressees[0]}", L.BODY, align="center", before=6, after=6)]
    label = "Kính gửi:"
    label_w = L.width_mm(label + " ", "", L.BODY)
    lines = [f"{a};" for a in addressees[:-1]] + [addressees[-1]]
    lines_w = max(L.width_mm(line, "", L.BODY) for line in lines) + 1
    table = Grid(
        [[_para(label, L.BODY), _para("\n".join(lines), L.BODY)]],
        colWidths=[label_w * MM, lines_w * MM],
        hAlign="CENTER",
    )
    table.setStyle(
        _layout_style()
        + [("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]
    )
    return [table]


def _block(block, width: float) -> list[Flowable]:
    if isinstance(block, Heading):
        style = {1: "b", 2: "b", 3: "bi"}.get(block.level, "b")
        text = f"{block.label} {block.text}" if block.label else block.text
        return [
            _para(
                text,
                L.BODY,
                style,
                align="justify",
                first_line=True,
                after=L.SPACE_AFTER,
                spacing=L.LINE_SPACING,
                keep_with_next=True,
            )
        ]
    if isinstance(block, Paragraph):
        return _body_lines(block)
    if isinstance(block, Table):
        return [_data_table(block, width), Spacer(1, L.BODY * L.FONT_LINE)]
    return []


def _body_lines(paragraph: Paragraph) -> list[Flowable]:
    """A plain body paragraph with line breaks in its text, drawn as one flowable per line
    run, the later ones without the first-line indent and the space after only under the
    last: what the breaks look like, on reportlab's fast path for plain text instead of
    through its markup parser (a fifth of a long plan's paragraphs hold one)."""
    lines = paragraph.text.split("\n")
    if paragraph.runs or len(lines) == 1 or not all(line.strip() for line in lines):
        return [_body_paragraph(paragraph)]
    base = L.style_of(paragraph.bold, paragraph.italic)
    out = [_body_paragraph(replace(paragraph, text=lines[0]), after=0)]
    for i, line in enumerate(lines[1:], start=2):
        out.append(
            _para_markup(
                _markup(line, base),
                L.BODY,
                align="justify",
                after=L.SPACE_AFTER if i == len(lines) else 0,
                spacing=L.LINE_SPACING,
            )
        )
    return out


def _body_paragraph(
    paragraph: Paragraph,
    keep_with_next: bool = False,
    before: float = 0,
    after: float = L.SPACE_AFTER,
) -> Flowable:
    base = L.style_of(paragraph.bold, paragraph.italic)
    runs = paragraph.runs or [(paragraph.text, "")]
    markup = "".join(
        _markup(text, "".join(s for s in "bi" if s in base or s in style)) for text, style in runs
    )
    if paragraph.label:
        markup = _markup(f"{paragraph.label} ", base) + markup
    return _para_markup(
        markup,
        L.BODY,
        align="center" if paragraph.centered else "justify",
        first_line=not paragraph.centered,
        before=before,
        after=after,
        spacing=L.LINE_SPACING,
        keep_with_next=keep_with_next,
    )


def _data_table(table: Table, width: float) -> Flowable:
    """Grid lines, a bold centred header row repeated on every page, 13 pt cells, group rows
    spanning the full width."""
    widths = L.column_widths(table, width)
    n = len(table.columns)
    data = [[_para(c.title, L.CELL, "b", align="center") for c in table.columns]]
    style = [
        ("GRID", (0, 0), (-1, -1), L.GRID, colors.black),
        ("FONTNAME", (0, 0), (-1, -1), L.FONT_FAMILY),  # else the empty cells set Helvetica
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), L.CELL_PADDING_H * MM),
        ("RIGHTPADDING", (0, 0), (-1, -1), L.CELL_PADDING_H * MM),
        ("TOPPADDING", (0, 0), (-1, -1), L.CELL_PADDING_V),
        ("BOTTOMPADDING", (0, 0), (-1, -1), L.CELL_PADDING_V),
    ]
    groups = set(table.group_rows)
    for index, values in enumerate(table.rows):
        row = index + 1
        if index in groups:
            data.append([_para(values[0] if values else "", L.CELL, "b")] + [""] * (n - 1))
            style.append(("SPAN", (0, row), (-1, row)))
            if index + 1 < len(table.rows):  # keep a group heading with its first row
                style.append(("NOSPLIT", (0, row), (-1, row + 1)))
            continue
        values = (list(values) + [""] * n)[:n]
        data.append(
            [_para(v, L.CELL, align=c.align) for v, c in zip(values, table.columns, strict=True)]
        )
    grid = Grid(data, colWidths=[w * MM for w in widths], repeatRows=1, hAlign="CENTER")
    grid.setStyle(TableStyle(style))
    return grid


def _signature_block(doc: Document) -> list[Flowable]:
    """Boxes 7 and 9b: "Nơi nhận:" and its list on the left, the signer on the right."""
    sig = doc.signature
    if not doc.recipients and not sig:
        return []
    left: list[Flowable] = []
    if doc.recipients:
        left.append(_para("Nơi nhận:", L.RECIPIENTS_LABEL, "bi"))
        left += [_para(f"- {r}", L.RECIPIENT) for r in doc.recipients]
    right: list[Flowable] = []
    if sig:
        right += [
            _para(line, L.BODY, "b", align="center")
            for line in [*sig.authority_lines, sig.position]
            if line
        ]
        if sig.name:
            right += [Spacer(1, L.SIGNATURE_SPACE), _para(sig.name, L.BODY, "b", align="center")]
    left_w = L.SIGNATURE_LEFT
    table = Grid(
        [[left, right]], colWidths=[left_w * MM, (L.text_width(doc.landscape) - left_w) * MM]
    )
    table.setStyle(_layout_style() + [("TOPPADDING", (0, 0), (-1, -1), 6)])
    return [table]


def _appendix(appendix: Appendix) -> list[Flowable]:
    story: list[Flowable] = [
        _para(appendix.label, L.BODY, "b", align="center", keep_with_next=True),
        _para(appendix.title, L.BODY, "b", align="center", keep_with_next=True),
    ]
    if appendix.subtitle:
        story.append(_para(appendix.subtitle, L.BODY, "i", align="center", keep_with_next=True))
    story.append(Spacer(1, L.BODY * L.FONT_LINE))
    if appendix.table:
        story.append(_data_table(appendix.table, L.text_width(appendix.landscape)))
    story += [_body_paragraph(p, before=6 if i == 0 else 0) for i, p in enumerate(appendix.notes)]
    return story


# Building blocks -------------------------------------------------------------------------


class _Rule(Flowable):
    """A solid rule `length` mm long, centred in the space it is given, under a line of
    `size` pt text; placed as the DOCX places its rule (the top border of an empty 6 pt
    paragraph with 2 pt before). Platypus sets a baseline 1 em below the top of its line
    box, Word 0.891 em, so the gap is measured from the baseline."""

    def __init__(self, length: float, size: float):
        super().__init__()
        self.length = length * MM
        self.gap = L.rule_gap(size) - (L.FONT_LINE - 1) * size
        self.height = self.gap + 6

    def wrap(self, available_width, available_height):
        self.width = available_width
        return self.width, self.height

    def draw(self):
        x = (self.width - self.length) / 2
        y = self.height - self.gap
        self.canv.setLineWidth(L.RULE)
        self.canv.setStrokeColor(colors.black)
        self.canv.line(x, y, x + self.length, y)


def _para(text: str, size: float, style: str = "", **kwargs) -> Flowable:
    return _para_markup(_markup(text, style), size, **kwargs)


def _para_markup(
    markup: str,
    size: float,
    *,
    align: str = "left",
    first_line: bool = False,
    before: float = 0,
    after: float = 0,
    spacing: float = 1.0,
    keep_with_next: bool = False,
) -> Flowable:
    style = ParagraphStyle(
        "loa",
        fontName=L.FONT_FAMILY,
        fontSize=size,
        leading=size * L.FONT_LINE * spacing,
        alignment=_ALIGN[align],
        firstLineIndent=L.FIRST_LINE_INDENT * MM if first_line else 0,
        spaceBefore=before,
        spaceAfter=after,
        textColor=colors.black,
        keepWithNext=int(keep_with_next),
        allowWidows=0,
        allowOrphans=0,
    )
    if "<" in markup or "&" in markup:
        return Para(markup, style)
    # Plain text (most paragraphs): the one fragment reportlab's parser would make, without
    # running the parser (a tenth of a long plan's PDF time).
    text = cleanBlockQuotedText(markup)
    return Para(text, style, frags=[_plain_fragment(size).clone(text=text)])


@cache
def _plain_fragment(size: float):
    """The fragment reportlab's parser makes of a plain word at `size` points."""
    style = ParagraphStyle("loa", fontName=L.FONT_FAMILY, fontSize=size, textColor=colors.black)
    return Para("x", style).frags[0]


def _markup(text: str, style: str = "") -> str:
    """Escape text for platypus markup; keep runs of spaces; newlines become line breaks."""
    text = escape(L.nfc(text))
    text = re.sub(r" {2,}", lambda m: "\u00a0" * (len(m.group()) - 1) + " ", text)
    text = text.replace("\n", "<br/>")
    if "i" in style:
        text = f"<i>{text}</i>"
    if "b" in style:
        text = f"<b>{text}</b>"
    return text


def _layout_style() -> list[tuple]:
    return [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), L.FONT_FAMILY),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
