"""The few WordprocessingML details python-docx has no API for: elements put in the order
the schema requires, Times New Roman in every script slot, fields, twips; and blocks added
to the body in constant time.

python-docx's `add_paragraph()` looks for the body's closing w:sectPr among all the
paragraphs before it, so a 40,000-line section took 100 s: here every block goes just
before that element, taken as the body's last child. Body paragraphs, the bulk of a long
document, are written as XML text around properties built once per kind (`xml_of`) and
parsed by libxml2, an order of magnitude faster than building each element in Python.
"""

from copy import deepcopy
from functools import cache
from xml.sax.saxutils import escape

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.table import CT_Tbl
from docx.section import Section
from docx.shared import Emu, Mm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from . import layout as L


def _order(names: str) -> dict[str, int]:
    return {qn(f"w:{name}"): i for i, name in enumerate(names.split())}


# Child order the schema requires inside w:pPr, w:rPr, w:sectPr and w:tblPr.
PPR = _order(
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers "
    "pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct "
    "autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing "
    "mirrorIndents suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl "
    "divId cnfStyle rPr sectPr pPrChange"
)
RPR = _order(
    "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint "
    "noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u "
    "effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath"
)
SECTPR = _order(
    "headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders "
    "lnNumType pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi rtlGutter "
    "docGrid printerSettings sectPrChange"
)
TBLPR = _order(
    "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
    "tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption "
    "tblDescription tblPrChange"
)


def el(tag: str, **attrs: str):
    """A new w: element with w: attributes: el("w:sz", val="28")."""
    element = OxmlElement(tag)
    for name, value in attrs.items():
        element.set(qn(f"w:{name}"), value)
    return element


def put(parent, child, order: dict[str, int]) -> None:
    """Insert `child` where the schema wants it, replacing any element with the same tag."""
    for old in parent.findall(child.tag):
        parent.remove(old)
    position = order[child.tag]
    for existing in parent:
        if order.get(existing.tag, -1) > position:
            existing.addprevious(child)
            return
    parent.append(child)


def set_font(rpr, size: float, bold: bool = False, italic: bool = False) -> None:
    """Times New Roman in all four script slots, the size, black, Vietnamese."""
    name = L.WORD_FONT
    put(rpr, el("w:rFonts", ascii=name, hAnsi=name, cs=name, eastAsia=name), RPR)
    for tag, on in (("w:b", bold), ("w:i", italic)):
        if on:
            put(rpr, el(tag), RPR)
    put(rpr, el("w:color", val="000000"), RPR)
    half_points = str(round(size * 2))
    put(rpr, el("w:sz", val=half_points), RPR)
    put(rpr, el("w:szCs", val=half_points), RPR)
    put(rpr, el("w:lang", val="vi-VN", eastAsia="vi-VN", bidi="ar-SA"), RPR)


def font_rpr(size: float, bold: bool = False, italic: bool = False):
    """A new w:rPr holding what `set_font` writes, copied from one built once: a run costs a
    copy, not seven schema-ordered insertions."""
    return deepcopy(_font_rpr(size, bold, italic))


@cache
def _font_rpr(size: float, bold: bool, italic: bool):
    rpr = el("w:rPr")
    set_font(rpr, size, bold, italic)
    return rpr


def set_mark_font(p, size: float) -> None:
    """`set_font` on the paragraph mark's run properties (see `mark_rpr`)."""
    ppr = p._p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        put(ppr, font_rpr(size), PPR)
    else:
        set_font(rpr, size)


def mark_rpr(p):
    """The run properties of a paragraph's mark (the ¶), which set an empty line's height."""
    ppr = p._p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = el("w:rPr")
        put(ppr, rpr, PPR)
    return rpr


def add_field(p, instruction: str, shown: str, size: float) -> None:
    """A field such as PAGE, as Word writes it: begin, instruction, separate, result, end."""
    for kind in ("begin", "instr", "separate", "shown", "end"):
        run = p.add_run()
        set_font(run._r.get_or_add_rPr(), size)
        if kind == "instr":
            text = el("w:instrText")
            text.set(qn("xml:space"), "preserve")
            text.text = f" {instruction} "
            run._r.append(text)
        elif kind == "shown":
            run.text = shown
        else:
            run._r.append(el("w:fldChar", fldCharType=kind))


def twips(mm: float) -> int:
    return round(mm * 1440 / 25.4)


ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


def format_paragraph(
    p,
    *,
    align: str = "left",
    first_line: bool = False,
    before: float = 0,
    after: float = 0,
    line: float = 1.0,
    keep_with_next: bool = False,
):
    """Alignment, indent, spacing and keep-with-next; a new paragraph gets a copy of the
    properties built once for the same arguments."""
    args = (align, first_line, before, after, line, keep_with_next)
    if p._p.pPr is None:
        p._p.insert(0, deepcopy(_paragraph_properties(*args)))
        return p
    return _apply_format(p, *args)


@cache
def _paragraph_properties(*args):
    return _apply_format(Paragraph(OxmlElement("w:p"), None), *args)._p.pPr


def _apply_format(p, align, first_line, before, after, line, keep_with_next):
    pf = p.paragraph_format
    pf.alignment = ALIGN[align]
    if first_line:
        pf.first_line_indent = Mm(L.FIRST_LINE_INDENT)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.line_spacing = line
    pf.widow_control = True
    if keep_with_next:
        pf.keep_with_next = True
    return p


# Blocks at the end of the body --------------------------------------------------------------


def end_of_body(word):
    """The body's last child: the w:sectPr of the last section, which every block precedes."""
    sentinel = word.element.body[-1]
    assert sentinel.tag == qn("w:sectPr")
    return sentinel


def add_paragraph(word) -> Paragraph:
    """A new paragraph at the end of the body (`word.add_paragraph()` without its search)."""
    p = OxmlElement("w:p")
    end_of_body(word).addprevious(p)
    return Paragraph(p, word._body)


def add_table(word, *, rows: int, cols: int) -> Table:
    """A new table at the end of the body, as `word.add_table(rows, cols)` makes it."""
    sentinel = end_of_body(word)
    section = Section(sentinel, word.part)
    width = Emu(section.page_width - section.left_margin - section.right_margin)
    tbl = CT_Tbl.new_tbl(rows, cols, width)
    sentinel.addprevious(tbl)
    table = Table(tbl, word._body)
    table.style = None
    return table


def add_paragraph_xml(word, ppr_xml: str, runs: list[tuple[str, str]], size: float) -> None:
    """A paragraph at the end of the body from its properties as XML text (`xml_of`) and
    (text, style) runs, exactly as `font_rpr` runs with `add_br` and `add_t` write it."""
    xml = f"<w:body {nsdecls('w')}><w:p>{ppr_xml}{_runs_xml(runs, size)}</w:p></w:body>"
    end_of_body(word).addprevious(parse_xml(xml)[0])


def xml_of(element) -> str:
    """An element as XML text to write inside the body, without its namespace declaration."""
    text = etree.tostring(element, encoding="unicode").replace(f" {nsdecls('w')}", "", 1)
    assert "xmlns" not in text
    return text


def _runs_xml(runs: list[tuple[str, str]], size: float) -> str:
    parts = []
    for text, style in runs:
        start = _run_start(size, "b" in style, "i" in style)
        for i, piece in enumerate(L.nfc(text).split("\n")):
            parts.append(start)
            if i:
                parts.append("<w:br/>")
            if piece:
                space = ' xml:space="preserve"' if len(piece.strip()) < len(piece) else ""
                parts.append(f"<w:t{space}>{escape(piece)}</w:t>")
            parts.append("</w:r>")
    return "".join(parts)


@cache
def _run_start(size: float, bold: bool, italic: bool) -> str:
    return f"<w:r>{xml_of(_font_rpr(size, bold, italic))}"
