"""The DOCX and PDF writers: same text, in order, in the Decree 30/2020/NĐ-CP layout."""

import unicodedata
from io import BytesIO

import docx
import pytest
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as WordParagraph
from pypdf import PdfReader

from loa.documents import layout
from loa.documents.docx import render_docx
from loa.documents.inspect import docx_text, missing_lines, pdf_text
from loa.documents.model import Document, Header, Paragraph
from loa.documents.pdf import render_pdf
from loa.documents.tests.sample import sample_plan

MM = layout.PT_PER_MM


@pytest.fixture(scope="module")
def plan():
    return sample_plan()


@pytest.fixture(scope="module")
def docx_bytes(plan):
    return render_docx(plan)


@pytest.fixture(scope="module")
def word(docx_bytes):
    return docx.Document(BytesIO(docx_bytes))


@pytest.fixture(scope="module")
def pdf_bytes(plan):
    return render_pdf(plan)


@pytest.fixture(scope="module")
def pdf(pdf_bytes):
    return PdfReader(BytesIO(pdf_bytes))


@pytest.fixture(scope="module")
def pdf_string(pdf_bytes):
    return pdf_text(pdf_bytes)


@pytest.fixture(scope="module")
def pdf_pages(pdf):
    """Per page: (width, height, [(text, x, y)]) with PDF coordinates in points."""
    pages = []
    for page in pdf.pages:
        pieces = []

        def visit(text, cm, tm, font, size, pieces=pieces):
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                pieces.append((text.strip(), x, y))

        page.extract_text(visitor_text=visit)
        pages.append((float(page.mediabox.width), float(page.mediabox.height), pieces))
    return pages


def word_paragraph(word, starts: str) -> WordParagraph:
    """The first paragraph, in the body or a table cell, whose text starts with `starts`."""
    for p in word.element.body.iter(qn("w:p")):
        paragraph = WordParagraph(p, None)
        if paragraph.text.replace("\n", " ").startswith(starts):
            return paragraph
    raise AssertionError(f"no paragraph starts with {starts!r}")


def run_format(paragraph: WordParagraph) -> set[tuple]:
    return {
        (r.font.size.pt, bool(r.font.bold), bool(r.font.italic)) for r in paragraph.runs if r.text
    }


def top_border(paragraph: WordParagraph):
    return paragraph._p.find(f"{qn('w:pPr')}/{qn('w:pBdr')}/{qn('w:top')}")


# DOCX ------------------------------------------------------------------------------------


def test_docx_shows_every_line_of_the_plain_text_in_order(plan, docx_bytes):
    text = docx_text(docx_bytes)
    assert missing_lines(text, plan.plain_text()) == []
    # docx_text writes table rows and split header lines as plain_text does.
    for line in plan.plain_text().splitlines():
        assert line in text
    assert text.index("Nơi nhận:") < text.index("Ma Thịnh Giáp") < text.index("CÁC NHIỆM VỤ")


def test_docx_page_setup_a4_margins_and_page_numbers(word):
    main, appendix = word.sections
    assert main.orientation == WD_ORIENT.PORTRAIT
    assert (round(main.page_width.mm), round(main.page_height.mm)) == (210, 297)
    margins = (main.top_margin, main.bottom_margin, main.left_margin, main.right_margin)
    assert [round(m.mm, 1) for m in margins] == [20, 20, 30, 15]
    assert main.different_first_page_header_footer
    header = main.header.paragraphs[0]
    assert header.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert header._p.xpath("string(.//w:instrText)").strip() == "PAGE"
    assert {r.font.size.pt for r in header.runs} == {13}
    first_page = main.first_page_header._element
    assert not first_page.xpath(".//w:instrText") and not first_page.xpath("string(.)").strip()

    assert appendix.start_type == WD_SECTION.NEW_PAGE
    assert appendix.orientation == WD_ORIENT.LANDSCAPE
    assert (round(appendix.page_width.mm), round(appendix.page_height.mm)) == (297, 210)
    assert appendix.different_first_page_header_footer
    for section in (main, appendix):
        assert section._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) == "1"
        assert section.header._element.xpath("string(.//w:instrText)").strip() == "PAGE"


def test_docx_uses_times_new_roman_everywhere(word):
    defaults = word.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}")
    fonts = defaults.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
    slots = ("ascii", "hAnsi", "cs", "eastAsia")
    assert {fonts.get(qn(f"w:{s}")) for s in slots} == {"Times New Roman"}
    assert fonts.get(qn("w:asciiTheme")) is None  # a theme font would win over Times
    runs = word.element.body.xpath(".//w:r[w:t]")
    assert len(runs) > 200
    for run in runs:
        run_fonts = run.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        assert {run_fonts.get(qn(f"w:{s}")) for s in slots} == {"Times New Roman"}
        assert run.find(f"{qn('w:rPr')}/{qn('w:color')}").get(qn("w:val")) == "000000"


def test_docx_header_boxes(word):
    parent = word_paragraph(word, "UBND HUYỆN ĐỊNH HÓA")
    assert run_format(parent) == {(13, False, False)}
    issuer = word_paragraph(word, "ỦY BAN NHÂN DÂN XÃ ĐỊNH BIÊN")
    assert issuer.text == "ỦY BAN NHÂN DÂN\nXÃ ĐỊNH BIÊN"  # broken before the place
    assert run_format(issuer) == {(13, True, False)}
    rule = WordParagraph(issuer._p.getnext(), None)
    assert top_border(rule).get(qn("w:val")) == "single"
    length = layout.HEADER_LEFT - 2 * rule.paragraph_format.left_indent.mm
    widest = layout.width_mm("ỦY BAN NHÂN DÂN", "b", 13)
    assert widest / 3 - 1 <= length <= widest / 2 + 1

    assert run_format(word_paragraph(word, "CỘNG HÒA XÃ HỘI")) == {(13, True, False)}
    motto = word_paragraph(word, "Độc lập - Tự do - Hạnh phúc")
    assert run_format(motto) == {(14, True, False)}
    rule = WordParagraph(motto._p.getnext(), None)
    right = layout.text_width() - layout.HEADER_LEFT
    length = right - 2 * rule.paragraph_format.left_indent.mm
    assert length == pytest.approx(layout.width_mm("Độc lập - Tự do - Hạnh phúc", "b", 14), 0.1)

    number = word_paragraph(word, "Số: 05/KH-UBND")
    assert number.text == "Số: 05/KH-UBND"
    assert run_format(number) == {(13, False, False)}
    date = word_paragraph(word, "Định Biên, ngày 05 tháng 01 năm 2022")
    assert run_format(date) == {(14, False, True)}
    header_table = word.tables[0]
    assert header_table.cell(1, 0).paragraphs[0].text == "Số: 05/KH-UBND"  # same row
    borders = header_table._tbl.tblPr.find(qn("w:tblBorders"))
    assert {b.get(qn("w:val")) for b in borders} == {"nil"}

    assert run_format(word_paragraph(word, "KẾ HOẠCH")) == {(14, True, False)}
    summary = word_paragraph(word, "Tuyên truyền cải cách hành chính xã Định Biên năm 2022")
    assert summary.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert top_border(WordParagraph(summary._p.getnext(), None)) is not None


def test_docx_body_headings_and_items(word):
    item = word_paragraph(word, "- Nâng cao vai trò")
    pf = item.paragraph_format
    assert item.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert round(pf.first_line_indent.mm, 1) == 12.7
    assert pf.space_after.pt == 6
    assert pf.line_spacing == 1.15
    assert run_format(item) == {(14, False, False)}
    assert word_paragraph(word, "a) Tuyên truyền, phổ biến sâu rộng")
    assert run_format(word_paragraph(word, "I. MỤC ĐÍCH, YÊU CẦU")) == {(14, True, False)}
    level2 = word_paragraph(word, "1. Mục đích")
    assert run_format(level2) == {(14, True, False)}
    assert level2.paragraph_format.keep_with_next
    assert round(level2.paragraph_format.first_line_indent.mm, 1) == 12.7
    assert run_format(word_paragraph(word, "2.1. Ban Văn hóa")) == {(14, True, True)}
    mixed = word_paragraph(word, "Thông tin, tuyên truyền về CCHC qua")
    styles = {r.text: (bool(r.font.bold), bool(r.font.italic)) for r in mixed.runs}
    assert styles["hệ thống truyền thanh của xã"] == (True, False)
    assert styles["(chi tiết tại Phụ lục kèm theo)"] == (False, True)


def test_docx_signature_block_beside_the_recipients(word):
    label = word_paragraph(word, "Nơi nhận:")
    assert run_format(label) == {(12, True, True)}
    assert run_format(word_paragraph(word, "- UBND huyện Định Hóa;")) == {(11, False, False)}
    assert run_format(word_paragraph(word, "- Lưu: VT, VP.")) == {(11, False, False)}
    authority = word_paragraph(word, "TM. ỦY BAN NHÂN DÂN")
    assert run_format(authority) == {(14, True, False)}
    assert authority.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert run_format(word_paragraph(word, "CHỦ TỊCH")) == {(14, True, False)}
    name = word_paragraph(word, "Ma Thịnh Giáp")
    assert run_format(name) == {(14, True, False)}
    assert name.paragraph_format.space_before.pt >= 60  # room for signature and seal
    # "Nơi nhận:" and the signer are the two cells of one row.
    row = label._p.getparent().getparent()
    assert row is authority._p.getparent().getparent()


def test_docx_tables_repeat_their_header_and_merge_group_rows(word, plan):
    schedule, tasks = word.tables[1], word.tables[3]
    assert schedule.cell(0, 0).text == "Thời gian"
    assert len(tasks.rows) == 1 + len(plan.appendices[0].table.rows) == 31
    header = tasks.rows[0]
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None
    assert run_format(header.cells[1].paragraphs[0]) == {(13, True, False)}
    assert header.cells[1].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.CENTER
    first_group = tasks.rows[1]._tr
    cells = first_group.findall(qn("w:tc"))
    assert len(cells) == 1
    assert cells[0].find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}").get(qn("w:val")) == "7"
    group = WordParagraph(cells[0].find(qn("w:p")), None)
    assert group.text == "I. TUYÊN TRUYỀN TRÊN HỆ THỐNG TRUYỀN THANH"
    assert run_format(group) == {(13, True, False)}
    assert group.paragraph_format.keep_with_next
    assert run_format(tasks.cell(2, 1).paragraphs[0]) == {(13, False, False)}
    borders = tasks._tbl.tblPr.find(qn("w:tblBorders"))
    assert {b.get(qn("w:val")) for b in borders} == {"single"}
    widths = [c.width.mm for c in tasks.rows[2].cells]
    assert sum(widths) == pytest.approx(layout.text_width(landscape=True), abs=0.5)


# PDF -------------------------------------------------------------------------------------


def test_pdf_shows_every_line_of_the_plain_text_in_order(plan, pdf_string):
    assert missing_lines(pdf_string, plan.plain_text()) == []


def test_pdf_pages_are_numbered_in_the_top_margin_from_page_two(pdf_pages):
    def numbers(page):
        width, height, pieces = page
        return [text for text, _, y in pieces if y > height - layout.MARGIN_TOP * MM]

    portrait = [p for p in pdf_pages if p[0] < p[1]]
    landscape = [p for p in pdf_pages if p[0] > p[1]]
    assert pdf_pages == portrait + landscape  # the appendix comes last
    assert len(portrait) >= 2 and len(landscape) >= 2
    assert (round(portrait[0][0]), round(portrait[0][1])) == (595, 842)  # A4
    assert (round(landscape[0][0]), round(landscape[0][1])) == (842, 595)
    assert [numbers(p) for p in portrait] == [[]] + [[str(n)] for n in range(2, len(portrait) + 1)]
    assert [numbers(p) for p in landscape] == [[]] + [
        [str(n)] for n in range(2, len(landscape) + 1)
    ]
    _, _, pieces = portrait[1]
    x = next(x for text, x, y in pieces if text == "2")
    centre = (layout.MARGIN_LEFT + layout.text_width() / 2) * MM
    assert centre - 6 < x < centre  # drawn centred on the text column


def test_pdf_lines_up_number_with_date_and_recipients_with_signer(pdf_pages):
    def y_of(starts):
        return next(y for _, _, pieces in pdf_pages for t, _, y in pieces if t.startswith(starts))

    assert y_of("Số: 05/KH-UBND") == pytest.approx(y_of("Định Biên, ngày 05"), abs=2)
    assert y_of("Nơi nhận:") == pytest.approx(y_of("TM. ỦY BAN NHÂN DÂN"), abs=3)


def test_pdf_keeps_vietnamese_letters_and_embeds_liberation_serif(pdf, pdf_string):
    text = pdf_string
    for words in (
        "Độc lập - Tự do - Hạnh phúc",
        "Định Biên",
        "Ủy ban",
        "nhiệm vụ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Ma Thịnh Giáp",
    ):
        assert words in text
    fonts = {
        f["/BaseFont"].split("+")[-1] for p in pdf.pages for f in p["/Resources"]["/Font"].values()
    }
    assert fonts == {
        "LiberationSerif",
        "LiberationSerif-Bold",
        "LiberationSerif-Italic",
        "LiberationSerif-BoldItalic",
    }


# Both ------------------------------------------------------------------------------------


def test_writers_escape_markup_normalise_text_and_keep_a_blank_number():
    doc = Document(
        header=Header(issuer="ỦY BAN NHÂN DÂN XÃ ĐỊNH BIÊN", place_date="Định Biên, ngày"),
        doc_type="BÁO CÁO",
        summary="Kết quả tuyên truyền cải cách hành chính quý I năm 2024",
        addressees=["Phòng Nội vụ huyện Định Hóa", "Ủy ban nhân dân huyện Định Hóa"],
        body=[
            Paragraph("Chi phí < 5 triệu đồng & không dùng <b>thẻ</b> in đậm."),
            Paragraph(unicodedata.normalize("NFD", "Xã Định Biên đã hoàn thành nhiệm vụ.")),
        ],
    )
    assert doc.header.number_line == "Số:      /KH-UBND"
    docx_bytes, pdf_bytes = render_docx(doc), render_pdf(doc)
    for text in (docx_text(docx_bytes), pdf_text(pdf_bytes)):
        assert missing_lines(text, doc.plain_text()) == []
        assert "<b>thẻ</b>" in text
        assert "Xã Định Biên đã hoàn thành nhiệm vụ." in text  # NFC, as typed
    assert "Số:      /KH-UBND" in docx_text(docx_bytes)  # blanks kept for the number
    assert len(docx.Document(BytesIO(docx_bytes)).sections) == 1
    assert len(PdfReader(BytesIO(pdf_bytes)).pages) == 1


def test_fit_lines_breaks_a_long_issuer_before_the_place():
    assert layout.fit_lines("ỦY BAN NHÂN DÂN XÃ ĐỊNH BIÊN", "b", 13, layout.HEADER_LEFT) == [
        "ỦY BAN NHÂN DÂN",
        "XÃ ĐỊNH BIÊN",
    ]
    assert layout.fit_lines("UBND HUYỆN ĐỊNH HÓA", "", 13, layout.HEADER_LEFT) == [
        "UBND HUYỆN ĐỊNH HÓA"
    ]
    assert layout.fit_lines("", "", 13, layout.HEADER_LEFT) == []


def test_column_widths_fill_the_text_width_and_keep_words_whole(plan):
    table = plan.appendices[0].table
    widths = layout.column_widths(table, layout.text_width(landscape=True))
    assert sum(widths) == pytest.approx(layout.text_width(landscape=True))
    padding = 2 * layout.CELL_PADDING_H
    assert widths[0] >= layout.width_mm("STT", "b", layout.CELL) + padding


def test_writers_drop_characters_xml_cannot_hold():
    # U+FFFE and U+FFFF arrive as valid UTF-8 from a form, but no XML file may contain them:
    # lxml refused them and the download was a server error.
    doc = Document(
        header=Header(issuer="ỦY BAN NHÂN DÂN XÃ ĐỊNH BIÊN"),
        doc_type="KẾ HOẠCH",
        summary="Tuyên truyền\ufffe cải cách hành chính",
        body=[Paragraph("Nội dung\uffff dán từ tệp\ud800 khác.", label="-")],
    )
    for text in (docx_text(render_docx(doc)), pdf_text(render_pdf(doc))):
        assert "- Nội dung dán từ tệp khác." in text
        assert "Tuyên truyền cải cách hành chính" in text


def test_a_centered_paragraph_stands_in_the_middle_without_indent(plan):
    """ "QUYẾT ĐỊNH:" before a decision's articles, in both renderings."""
    plan.intro.append(Paragraph(runs=[("QUYẾT ĐỊNH:", "b")], centered=True))
    word = docx.Document(BytesIO(render_docx(plan)))
    line = next(p for p in word.paragraphs if p.text == "QUYẾT ĐỊNH:")
    assert line.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert not line.paragraph_format.first_line_indent
    body = next(p for p in word.paragraphs if p.paragraph_format.first_line_indent)
    assert body.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY  # the others keep theirs
    text = pdf_text(render_pdf(plan))
    assert "QUYẾT ĐỊNH:" in text
