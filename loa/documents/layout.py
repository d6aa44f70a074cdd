"""The layout both writers share: Decree 30/2020/NĐ-CP measures, fonts and text helpers.

Sizes are in points, lengths in millimetres. The DOCX uses Times New Roman; the PDF embeds
Liberation Serif, which has the same advance widths, so a line measured here breaks in the
same place in both.
"""

import re
import unicodedata
from functools import cache
from itertools import groupby
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from .model import Table

PT_PER_MM = 72 / 25.4

# Paper and margins (A4; top and bottom 20 mm, left 30 mm, right 15 mm).
A4 = (210.0, 297.0)
MARGIN_TOP = 20.0
MARGIN_BOTTOM = 20.0
MARGIN_LEFT = 30.0
MARGIN_RIGHT = 15.0
HEADER_DISTANCE = 10.0  # page number paragraph starts 10 mm from the top edge
FOOTER_DISTANCE = 10.0

# Type sizes (pt).
BODY = 14
HEADER_SMALL = 13  # parent body, issuer, Quốc hiệu, "Số:"
CELL = 13
PAGE_NUMBER = 13
LETTER_SUMMARY = 12  # "V/v …" of a công văn, box 5b
RECIPIENTS_LABEL = 12  # "Nơi nhận:"
RECIPIENT = 11

# Paragraphs: first-line indent 1.27 cm, 6 pt after, "multiple 1.15" line spacing.
FIRST_LINE_INDENT = 12.7
SPACE_AFTER = 6
LINE_SPACING = 1.15
# Times New Roman's single line is 1.15 em (ascent + descent + line gap), as Word sets it.
FONT_LINE = 1.15
CELL_PADDING_V = 2  # pt above and below the text in a bordered table cell
CELL_PADDING_H = 1.9  # mm, Word's default left/right cell margin

# Rules (pt): Word's thinnest usual line, and the grid of tables.
RULE = 0.75
GRID = 0.5

# Header boxes and signature block: column widths (mm) of the two borderless tables.
HEADER_LEFT = 65.0  # the right column must hold the Quốc hiệu (96 mm at 13 pt bold)
SIGNATURE_LEFT = 80.0
SIGNATURE_SPACE = 80  # pt left blank between the position and the signer's name

# Liberation Serif 2.x has the Vietnamese letters; 1.x (Debian 12's fonts-liberation) has
# not. Debian 12 ships 2.x as fonts-liberation2, Debian 13 and Ubuntu 24.04 as fonts-liberation.
FONT_DIRS = (
    Path("/usr/share/fonts/truetype/liberation2"),
    Path("/usr/share/fonts/truetype/liberation"),
)
VIETNAMESE = (
    "ĂăÂâĐđÊêÔôƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộ"
    "ỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ"
)
FONT_FILES = {
    "": "LiberationSerif-Regular.ttf",
    "b": "LiberationSerif-Bold.ttf",
    "i": "LiberationSerif-Italic.ttf",
    "bi": "LiberationSerif-BoldItalic.ttf",
}
FONT_NAMES = {style: file.removesuffix(".ttf") for style, file in FONT_FILES.items()}
FONT_FAMILY = FONT_NAMES[""]
WORD_FONT = "Times New Roman"
_STANDARD_FONTS = {
    "": "Times-Roman",
    "b": "Times-Bold",
    "i": "Times-Italic",
    "bi": "Times-BoldItalic",
}

# Words that start the place part of a body's name: "ỦY BAN NHÂN DÂN / XÃ ĐỊNH BIÊN".
_PLACE_WORDS = "XÃ|PHƯỜNG|THỊ TRẤN|THỊ XÃ|HUYỆN|QUẬN|THÀNH PHỐ|TỈNH|ĐẶC KHU".split("|")


# Words a clerk starts the second line of a trích yếu with, rather than split a phrase.
_PHRASE_WORDS = {"mã", "về", "của", "đối", "tại", "trên", "trong", "theo", "năm", "giai"}


def page_size(landscape: bool = False) -> tuple[float, float]:
    return (A4[1], A4[0]) if landscape else A4


def text_width(landscape: bool = False) -> float:
    return page_size(landscape)[0] - MARGIN_LEFT - MARGIN_RIGHT


# Control characters, lone surrogates and U+FFFE/U+FFFF: no XML file may hold them.
_NOT_IN_XML = re.compile("[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def nfc(text: str) -> str:
    """NFC text without characters XML cannot hold (a pasted \\x0b breaks Word's XML)."""
    return _NOT_IN_XML.sub("", unicodedata.normalize("NFC", text or ""))


def style_of(bold: bool = False, italic: bool = False) -> str:
    return ("b" if bold else "") + ("i" if italic else "")


@cache
def font_dir() -> Path | None:
    """The first folder with all four Liberation Serif faces covering Vietnamese."""

    for folder in FONT_DIRS:
        files = [folder / f for f in FONT_FILES.values()]
        if all(f.exists() for f in files) and all(
            _covers(TTFontFace(str(f)).charToGlyph) for f in files
        ):
            return folder
    return None


def _covers(char_to_glyph: dict) -> bool:
    return all(ord(c) in char_to_glyph for c in VIETNAMESE)


class MeasuredTTFont(TTFont):
    """A TrueType font that remembers the width of each word it measured (reportlab's line
    breaking asks for the same words again and again, and its pure Python width sum was a
    quarter of a long plan's PDF time) and encodes a line of known letters at once."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._widths: dict[tuple[str, float], float] = {}

    def stringWidth(self, text, size, encoding="utf8"):  # noqa: N802 (reportlab's name)
        key = (text, size)
        width = self._widths.get(key)
        if width is None:
            width = super().stringWidth(text, size, encoding)
            if len(text) <= 40 and len(self._widths) < 200_000:
                self._widths[key] = width
        return width

    def splitString(self, text, doc, encoding="utf-8"):  # noqa: N802 (reportlab's name)
        """reportlab's per-letter loop, skipped when every letter of the line already has
        its code in the document's font subset (all but the first lines): same result."""
        state = self.state.get(doc)
        if state is None or not isinstance(text, str):
            return super().splitString(text, doc, encoding)
        assigned = state.assignments
        try:
            codes = [assigned[c] for c in map(ord, text.replace("\u00a0", " "))]
        except KeyError:  # a letter new to this document: reportlab assigns it
            return super().splitString(text, doc, encoding)
        if not codes:
            return []
        if max(codes) < 256:
            return [(0, bytes(codes))]
        return [
            (subset, bytes(n & 0xFF for n in group))
            for subset, group in groupby(codes, key=lambda n: n >> 8)
        ]


@cache
def register_fonts() -> bool:
    """Register Liberation Serif with reportlab as one family; False when not installed."""
    folder = font_dir()
    if folder is None:
        return False

    for style, file in FONT_FILES.items():
        pdfmetrics.registerFont(MeasuredTTFont(FONT_NAMES[style], str(folder / file)))
    for style, name in FONT_NAMES.items():
        addMapping(FONT_FAMILY, "b" in style, "i" in style, name)
    return True


def width_mm(text: str, style: str = "", size: float = BODY) -> float:
    """Printed width of one line of text."""

    text = nfc(text)
    if register_fonts():
        return pdfmetrics.stringWidth(text, FONT_NAMES[style], size) / PT_PER_MM
    # Without the fonts (DOCX only), the Times metrics of the unaccented letters are close.
    bare = (
        "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
        .replace("Đ", "D")
        .replace("đ", "d")
    )
    return pdfmetrics.stringWidth(bare, _STANDARD_FONTS[style], size) / PT_PER_MM


def fit_lines(text: str, style: str, size: float, width: float) -> list[str]:
    """Break a header line that does not fit its box the way a clerk would: before the
    place ("ỦY BAN NHÂN DÂN / XÃ ĐỊNH BIÊN") when that fits, then before a phrase of a
    trích yếu ("V/v trả lời phản ánh, kiến nghị / mã PA-…"), else into balanced lines."""
    text = " ".join(nfc(text).split())
    room = width - 1.0  # keep a millimetre so Word does not wrap it again
    if not text or width_mm(text, style, size) <= room:
        return [text] if text else []
    words = text.split(" ")
    splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    fitting = [
        s for s in splits if max(width_mm(s[0], style, size), width_mm(s[1], style, size)) <= room
    ]
    for head, tail in fitting:
        if any(tail == w or tail.startswith(w + " ") for w in _PLACE_WORDS):
            return [head, tail]
    phrases = [s for s in fitting if s[1].split(" ", 1)[0] in _PHRASE_WORDS]
    if phrases:
        return list(min(phrases, key=lambda s: max(width_mm(p, style, size) for p in s)))
    if fitting:
        return list(min(fitting, key=lambda s: max(width_mm(p, style, size) for p in s)))
    lines = [words[0]]  # too long for two lines: fill greedily
    for word in words[1:]:
        if width_mm(f"{lines[-1]} {word}", style, size) <= room:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def short_rule(lines: list[str], style: str, size: float, box: float) -> float:
    """Length of the rule under the issuer or the summary: a third to a half of the text."""
    widest = min(max((width_mm(line, style, size) for line in lines), default=0.0), box)
    return max(widest / 3, min(20.0, widest / 2))


def column_widths(table: Table, total: float) -> list[float]:
    """The columns' widths scaled to fill the text width, as a clerk stretches a table, but
    never so narrow that a word ("STT", "HĐND") breaks inside."""
    given = [max(c.width_mm, 1.0) for c in table.columns]
    pad = 2 * CELL_PADDING_H + 0.5
    need = [
        max((width_mm(w, "b", CELL) for w in c.title.split()), default=0.0) + pad
        for c in table.columns
    ]
    groups = set(table.group_rows)
    for index, row in enumerate(table.rows):
        if index not in groups:
            for i, value in enumerate(row[: len(need)]):
                words = value.split()
                if words:
                    need[i] = max(need[i], max(width_mm(w, "", CELL) for w in words) + pad)
    fixed: dict[int, float] = {}
    for _ in given:  # widen the narrow columns, taking the room from the others
        free = [i for i in range(len(given)) if i not in fixed]
        room = total - sum(fixed.values())
        if not free or room <= 0:
            break
        widths = {i: given[i] * room / sum(given[i] for i in free) for i in free}
        narrow = {i: need[i] for i, w in widths.items() if w < need[i]}
        if not narrow:
            return [fixed.get(i, widths.get(i, 0.0)) for i in range(len(given))]
        fixed.update(narrow)
    return [g * total / sum(given) for g in given]


def rule_gap(size: float) -> float:
    """Points between the baseline of the last line above and a rule under it: Word's
    line box below the baseline (0.259 em) plus 2 pt of space before the rule."""
    return (FONT_LINE - 0.891) * size + 2
