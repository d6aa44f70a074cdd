"""One neutral model of an official document (Decree 30/2020/NĐ-CP): a "văn bản có tên
loại" (plan, report: type name and summary centred under the header, box 5a) or a công
văn (no type name; its "V/v …" summary under the number on the left, box 5b). Rendered
by two writers: `docx.render_docx` and `pdf.render_pdf`. Plans and reports build
a `Document`; the writers decide nothing about content, only about layout, so the DOCX and
the PDF always say the same thing.

All text is plain Unicode (NFC); the writers apply the typography of the decree.
"""

from dataclasses import dataclass, field


@dataclass
class Header:
    """Boxes 1–4 of the decree's layout."""

    issuer: str  # "ỦY BAN NHÂN DÂN XÃ ĐỊNH BIÊN" (upper case, bold, with a short rule)
    parent_body: str = ""  # "UBND HUYỆN ĐỊNH HÓA" (upper case, not bold); "" when none
    number_line: str = "Số:      /KH-UBND"  # "Số: 14/KH-UBND"; blanks while unnumbered
    place_date: str = ""  # "Định Biên, ngày 05 tháng 01 năm 2022" (italic)
    # box 5b, a công văn only: "V/v trả lời phản ánh, kiến nghị" under the number (12 pt)
    letter_summary: str = ""


@dataclass
class Heading:
    """A numbered heading: level 1 "I. MỤC ĐÍCH, YÊU CẦU" (upper case, bold), level 2
    "1. Mục đích" (bold), level 3 "3.1. Văn phòng HĐND và UBND xã" (bold italic)."""

    level: int
    label: str  # "I.", "1.", "3.1." — written before the text, followed by a space
    text: str


@dataclass
class Paragraph:
    """A body paragraph: justified, first-line indent, 6 pt after.

    `label` is written first: "-" for a dash item, "a)" for a point, "" for plain text.
    `runs` lets part of a paragraph be bold or italic: a list of (text, style) where style
    is "", "b", "i" or "bi"; when `runs` is given, `text` is ignored. `centered`: a line
    of its own in the middle, without indent ("QUYẾT ĐỊNH:" before the articles).
    """

    text: str = ""
    label: str = ""
    italic: bool = False
    bold: bool = False
    runs: list[tuple[str, str]] = field(default_factory=list)
    centered: bool = False


@dataclass
class Column:
    title: str
    width_mm: float
    align: str = "left"  # "left", "center", "right"


@dataclass
class Table:
    columns: list[Column]
    rows: list[list[str]]
    # Rows that are group headings spanning the whole width ("I. TUYÊN TRUYỀN TRÊN ĐÀI…"):
    # indexes into `rows`; such a row's first cell holds the text, the rest are ignored.
    group_rows: list[int] = field(default_factory=list)


@dataclass
class Signature:
    """Boxes 7a–7c. Each authority line is upper case bold ("TM. ỦY BAN NHÂN DÂN",
    "KT. CHỦ TỊCH"), then the position ("PHÓ CHỦ TỊCH"), space for the signature and seal,
    then the signer's name (bold, title case)."""

    authority_lines: list[str]
    position: str = ""
    name: str = ""


@dataclass
class Appendix:
    """An appendix on its own pages ("Phụ lục"), landscape when it holds a wide table,
    with its own page numbering."""

    label: str  # "Phụ lục" or "Phụ lục I"
    title: str  # upper case, bold
    subtitle: str = ""  # "(Kèm theo Kế hoạch số 14/KH-UBND ngày … của UBND xã …)" italic
    table: Table | None = None
    landscape: bool = True
    notes: list[Paragraph] = field(default_factory=list)


Block = Heading | Paragraph | Table


@dataclass
class Document:
    header: Header
    doc_type: str  # "KẾ HOẠCH", "BÁO CÁO"
    summary: str  # "Tuyên truyền cải cách hành chính xã Định Biên năm 2022"
    intro: list[Paragraph] = field(default_factory=list)  # căn cứ / lead-in paragraphs
    body: list[Block] = field(default_factory=list)
    closing: list[Paragraph] = field(default_factory=list)  # "Trên đây là …/."
    recipients: list[str] = field(default_factory=list)  # each rendered "- …"
    signature: Signature | None = None
    appendices: list[Appendix] = field(default_factory=list)
    # Kính gửi (reports sent upward); one line or several
    addressees: list[str] = field(default_factory=list)
    # the whole document on landscape pages: a list that is one wide table (a list of
    # procedures posted at the desk); appendices choose for themselves
    landscape: bool = False

    @property
    def is_letter(self) -> bool:
        """A công văn: its summary is box 5b, and there is no box 5a."""
        return bool(self.header.letter_summary) and not self.doc_type

    @property
    def title(self) -> str:
        """What the file's properties call it: "KẾ HOẠCH Tuyên truyền …", "V/v …"."""
        if self.is_letter:
            return self.header.letter_summary
        return f"{self.doc_type} {self.summary}".strip()

    def plain_text(self) -> str:
        """The document as plain text, in reading order: what both writers must show."""
        lines = [
            self.header.parent_body,
            self.header.issuer,
            self.header.number_line,
            self.header.letter_summary,
            self.header.place_date,
            self.doc_type,
            self.summary,
        ]
        if self.addressees:
            lines.append("Kính gửi: " + "; ".join(self.addressees))
        lines += [_paragraph_text(p) for p in self.intro]
        for block in self.body:
            lines += _block_text(block)
        lines += [_paragraph_text(p) for p in self.closing]
        if self.recipients:
            lines.append("Nơi nhận:")
            lines += [f"- {r}" for r in self.recipients]
        if self.signature:
            lines += self.signature.authority_lines + [self.signature.position, self.signature.name]
        for appendix in self.appendices:
            lines += [appendix.label, appendix.title, appendix.subtitle]
            if appendix.table:
                lines += _block_text(appendix.table)
            lines += [_paragraph_text(p) for p in appendix.notes]
        return "\n".join(line for line in lines if line)


def _paragraph_text(p: Paragraph) -> str:
    text = "".join(t for t, _ in p.runs) if p.runs else p.text
    return f"{p.label} {text}" if p.label else text


def _block_text(block: Block) -> list[str]:
    if isinstance(block, Heading):
        return [f"{block.label} {block.text}"]
    if isinstance(block, Paragraph):
        return [_paragraph_text(block)]
    return [" | ".join(c.title for c in block.columns)] + [" | ".join(r) for r in block.rows]
