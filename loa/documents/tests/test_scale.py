"""The writers do work in proportion to the document: a section of thousands of paragraphs
must not make each new paragraph cost more than the one before (issue #10, finding 4)."""

import io
import re

import pytest
from docx.oxml.document import CT_Body
from docx.oxml.xmlchemy import BaseOxmlElement

from loa.documents import benchmarks
from loa.documents.docx import render_docx
from loa.documents.model import Heading, Paragraph
from loa.documents.tests.sample import sample_plan


def long_plan(paragraphs: int):
    doc = sample_plan()
    doc.body.append(Heading(level=2, label="9.", text="Nội dung dài"))
    doc.body += [
        Paragraph(text=f"Dòng {i}: tuyên truyền cải cách hành chính.", label="-")
        for i in range(paragraphs)
    ]
    return doc


@pytest.fixture
def body_scans(monkeypatch):
    """How many children of the document body python-docx's searches went through."""
    scanned = {"children": 0}
    search = BaseOxmlElement.first_child_found_in

    def counting(self, *tagnames):
        if isinstance(self, CT_Body):
            scanned["children"] += len(self) * len(tagnames)
        return search(self, *tagnames)

    monkeypatch.setattr(BaseOxmlElement, "first_child_found_in", counting)
    return scanned


def test_docx_adds_paragraphs_without_searching_the_body_each_time(body_scans):
    # python-docx's add_paragraph() looks for the body's last element among all the
    # paragraphs before it: 2,000 paragraphs cost ~2,000,000 looks, 40,000 cost 800 million.
    render_docx(long_plan(2000))
    assert body_scans["children"] < 20 * 2000


def test_bench_prints_the_docx_and_pdf_lines_in_the_bench_form():
    out = io.StringIO()
    benchmarks.run(out, runs=1, paragraphs=200)
    lines = out.getvalue().splitlines()
    assert [line.split(":")[0] for line in lines] == [
        "plan_docx_200_paragraphs_s",
        "plan_pdf_200_paragraphs_s",
    ]
    for line in lines:
        assert re.fullmatch(r"plan_\w+_s: \d+\.\d\d \(target ≤ 1\.5 s\) (OK|MISS)", line), line


def test_bench_plan_has_5000_paragraphs():
    doc = benchmarks.long_plan()
    assert sum(isinstance(block, Paragraph) for block in doc.body) == 5000


def test_reportlab_runs_on_its_c_accelerators():
    """rl_accel (pinned) replaces reportlab's pure-Python number formatting, escaping and
    width sums, about a sixth of a long plan's PDF time; if its wheel stopped loading,
    reportlab would fall back silently and the 5,000-paragraph figure would slip."""
    from reportlab.lib import rl_accel

    assert not {"fp_str", "escapePDF", "sameFrag"} & set(rl_accel._py_funcs)
