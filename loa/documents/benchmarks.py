"""`make bench`: the DOCX and PDF of a plan of 5,000 paragraphs (issue #10, finding 4),
each the median of a few renderings after one that loads the fonts and templates:

    plan_docx_5000_paragraphs_s: 0.30 (target ≤ 1.5 s) OK
    plan_pdf_5000_paragraphs_s: 1.22 (target ≤ 1.5 s) OK

Times are the process's CPU seconds: a rendering is single-threaded work of the request
that asks for it, and on a machine shared with other jobs the wall clock mostly measures
those (on an idle machine the two agree).

The plan is built in memory as the writers receive it (`model.Document`): the Decree 30
header, 10 parts of 5 sections of 100 paragraphs (plain, dash items and lettered points,
some with a bold lead-in, some over two lines), a closing, recipients and a signature.
Paragraphs average about 155 characters, as the demo's plans do; the longest demo plan has
49 paragraphs, so this is a hundred times the largest real plan, about 460 pages."""

import statistics
import time

from .docx import render_docx
from .model import Document, Header, Heading, Paragraph, Signature
from .pdf import render_pdf

PARAGRAPHS = 5000
TARGET_S = 1.5
_SENTENCE = (
    "Tuyên truyền, phổ biến các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về "
    "cải cách hành chính đến cán bộ, công chức và Nhân dân"
)


def long_plan(paragraphs: int = PARAGRAPHS) -> Document:
    """A plan of `paragraphs` body paragraphs under numbered parts and sections."""
    body: list = []
    per_section, sections_per_part = 100, 5
    for i in range(paragraphs):
        if i % (per_section * sections_per_part) == 0:
            part = i // (per_section * sections_per_part) + 1
            body.append(Heading(level=1, label=f"{part}.", text="NỘI DUNG TUYÊN TRUYỀN"))
        if i % per_section == 0:
            section = i // per_section % sections_per_part + 1
            body.append(Heading(level=2, label=f"{section}.", text="Hình thức tuyên truyền"))
        text = f"{_SENTENCE} (nội dung {i + 1})."
        if i % 10 == 0:
            body.append(Paragraph(runs=[("Quý I/2026:", "b"), (f" {text}", "")], label="-"))
        elif i % 4 == 0:
            body.append(Paragraph(text=f"{text}\nThực hiện thường xuyên.", label="a)"))
        else:
            body.append(Paragraph(text=text, label="-" if i % 2 else ""))
    return Document(
        header=Header(
            issuer="ỦY BAN NHÂN DÂN XÃ ĐƯỜNG AN",
            number_line="Số: 14/KH-UBND",
            place_date="Đường An, ngày 05 tháng 01 năm 2026",
        ),
        doc_type="KẾ HOẠCH",
        summary="Tuyên truyền cải cách hành chính năm 2026",
        intro=[Paragraph(text="Căn cứ Kế hoạch số 01/KH-UBND của UBND thành phố Hải Phòng;")],
        body=body,
        closing=[Paragraph(text="Trên đây là Kế hoạch tuyên truyền cải cách hành chính./.")],
        recipients=["UBND thành phố Hải Phòng;", "Lưu: VT."],
        signature=Signature(
            authority_lines=["TM. ỦY BAN NHÂN DÂN"], position="CHỦ TỊCH", name="Nguyễn Văn An"
        ),
    )


def median_seconds(render, doc: Document, runs: int) -> float:
    render(doc)  # fonts, the Word template and the properties built once
    samples = []
    for _ in range(runs):
        start = time.process_time()
        render(doc)
        samples.append(time.process_time() - start)
    return statistics.median(samples)


def run(stdout, runs: int = 3, paragraphs: int = PARAGRAPHS) -> None:
    doc = long_plan(paragraphs)
    for kind, render in (("docx", render_docx), ("pdf", render_pdf)):
        seconds = median_seconds(render, doc, runs)
        verdict = "OK" if seconds <= TARGET_S else "MISS"
        stdout.write(
            f"plan_{kind}_{paragraphs}_paragraphs_s: {seconds:.2f} "
            f"(target ≤ {TARGET_S} s) {verdict}\n"
        )
