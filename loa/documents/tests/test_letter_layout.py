"""The công văn layout of the document core (Decree 30/2020, Phụ lục I, box 5b): no type
name, the "V/v …" summary in 12 pt under the number on the left, "Kính gửi:" next,
"Nơi nhận" beside the signature; both writers, the screen and the plain text agree."""

from io import BytesIO

import docx
import pytest
from django.template.loader import render_to_string
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as WordParagraph
from pypdf import PdfReader

from loa.documents import layout
from loa.documents.docx import render_docx
from loa.documents.header import letter_summary
from loa.documents.inspect import docx_text, missing_lines, pdf_text
from loa.documents.model import Document, Header, Paragraph, Signature
from loa.documents.pdf import render_pdf

SUMMARY = "V/v trả lời phản ánh, kiến nghị mã PA-2026-7K3QX9"


@pytest.fixture(scope="module")
def letter():
    return Document(
        header=Header(
            issuer="ỦY BAN NHÂN DÂN XÃ AN LẠC",
            number_line="Số: 12/UBND-VP",
            place_date="An Lạc, ngày 07 tháng 12 năm 2026",
            letter_summary=SUMMARY,
        ),
        doc_type="",
        summary="",
        addressees=["Ông Nguyễn Văn An"],
        intro=[Paragraph(text="Ngày 02/12/2026, UBND xã An Lạc nhận được phản ánh, kiến nghị.")],
        closing=[Paragraph(text="Trên đây là nội dung trả lời của UBND xã An Lạc./.")],
        recipients=["Như trên;", "Lưu: VT, VP."],
        signature=Signature(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "PHÓ CHỦ TỊCH", "Trần Văn B"),
    )


def test_the_summary_of_a_letter_is_made_from_its_title():
    assert letter_summary("Trả lời phản ánh, kiến nghị") == "V/v trả lời phản ánh, kiến nghị"
    assert letter_summary("UBND xã đề nghị") == "V/v UBND xã đề nghị"  # capitals kept
    assert letter_summary("V/v  tăng cường") == "V/v tăng cường"  # not twice
    assert layout.fit_lines(SUMMARY, "", layout.LETTER_SUMMARY, layout.HEADER_LEFT) == [
        "V/v trả lời phản ánh, kiến nghị",  # broken before "mã", never inside "kiến nghị"
        "mã PA-2026-7K3QX9",
    ]


def test_the_docx_puts_the_summary_under_the_number_and_has_no_type_name(letter):
    data = render_docx(letter)
    assert missing_lines(docx_text(data), letter.plain_text()) == []
    word = docx.Document(BytesIO(data))
    number_cell = word.tables[0].cell(1, 0)
    texts = [p.text for p in number_cell.paragraphs]
    assert texts == ["Số: 12/UBND-VP", "V/v trả lời phản ánh, kiến nghị\nmã PA-2026-7K3QX9"]
    summary = number_cell.paragraphs[1]
    assert {r.font.size.pt for r in summary.runs if r.text} == {12}
    assert not any(r.font.bold for r in summary.runs)
    assert summary.paragraph_format.space_before.pt == 6
    body = [WordParagraph(p, None) for p in word.element.body.iterchildren(qn("w:p"))]
    # after the header: no empty bold type line and no rule, but "Kính gửi" first
    first = next(p for p in body if p.text.strip())
    assert first.text == "Kính gửi: Ông Nguyễn Văn An"
    assert not any(
        p._p.find(f"{qn('w:pPr')}/{qn('w:pBdr')}") is not None for p in body[: body.index(first)]
    )
    assert word.core_properties.title == SUMMARY


def test_the_pdf_puts_the_summary_under_the_number_on_the_left(letter):
    data = render_pdf(letter)
    assert missing_lines(pdf_text(data), letter.plain_text()) == []
    reader = PdfReader(BytesIO(data))
    assert reader.metadata.title == SUMMARY
    pieces = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            pieces.append((text.strip(), tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], size))

    reader.pages[0].extract_text(visitor_text=visit)

    def at(starts):
        return next(p for p in pieces if p[0].startswith(starts))

    number, summary, date = at("Số: 12"), at("V/v trả lời"), at("An Lạc, ngày")
    kinh_gui = at("Kính gửi")
    assert summary[2] < number[2] - 12  # under the number …
    assert summary[1] < (layout.MARGIN_LEFT + layout.HEADER_LEFT) * layout.PT_PER_MM  # left
    assert number[2] == pytest.approx(date[2], abs=2)  # the number still faces the date
    assert kinh_gui[2] < at("mã PA-2026")[2]  # "Kính gửi" after the whole header
    # no gap the height of a missing type name: Kính gửi within 3 lines of the summary
    assert at("mã PA-2026")[2] - kinh_gui[2] < 3 * layout.BODY * layout.FONT_LINE


def test_the_screen_shows_the_letter_as_the_writers_do(letter):
    html = render_to_string(
        "documents/_document.html", {"document": letter, "blocks": [], "issuer_lines": None}
    )
    assert '<p class="letter-summary">' + SUMMARY + "</p>" in html
    assert 'class="doc-type"' not in html
    assert "Kính gửi: Ông Nguyễn Văn An" in html
    assert 'aria-label="Toàn văn công văn"' in html
