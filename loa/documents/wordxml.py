"""The few WordprocessingML details python-docx has no API for: elements put in the order
the schema requires, Times New Roman in every script slot, fields, twips."""

from copy import deepcopy
from functools import cache

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

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
