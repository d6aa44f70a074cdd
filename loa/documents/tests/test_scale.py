"""The writers do work in proportion to the document: a section of thousands of paragraphs
must not make each new paragraph cost more than the one before (issue #10, finding 4)."""

import pytest
from docx.oxml.document import CT_Body
from docx.oxml.xmlchemy import BaseOxmlElement

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
