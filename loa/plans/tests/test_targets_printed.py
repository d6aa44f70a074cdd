"""A plan's targets (chỉ tiêu) are printed in the document: the preview, the DOCX and the
PDF all show them where a clerk puts them."""

from loa.documents.docx import render_docx
from loa.documents.inspect import docx_text, missing_lines, pdf_text
from loa.documents.pdf import render_pdf
from loa.plans.document import plan_document
from loa.plans.models import PlanSection, SectionKind, Target
from loa.plans.services import plan_create_blank

TEMPLATE_TARGETS = [
    "- Đăng ít nhất 12 chuyên mục, tin bài về cải cách hành chính trên Đài truyền thanh.",
    "- Đăng ít nhất 24 tin, bài về cải cách hành chính trên trang thông tin điện tử.",
    "- 100% thủ tục hành chính thuộc thẩm quyền giải quyết được niêm yết, công khai đầy đủ.",
    "- Tổ chức ít nhất 01 hội nghị đối thoại với người dân, doanh nghiệp.",
]


def _lines(document) -> list[str]:
    return document.plain_text().splitlines()


def test_template_plan_prints_its_targets_as_point_3_of_purposes_and_requirements(draft):
    lines = _lines(plan_document(draft))
    start = lines.index("I. MỤC ĐÍCH, YÊU CẦU")
    heading = lines.index("3. Chỉ tiêu cụ thể")
    assert (
        start
        < lines.index("2. Yêu cầu")
        < heading
        < lines.index("II. ĐỐI TƯỢNG, NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN")
    )
    assert lines[heading + 1 : heading + 5] == TEMPLATE_TARGETS


def test_targets_appear_in_the_docx_and_the_pdf(draft):
    document = plan_document(draft)
    expected = "\n".join(["3. Chỉ tiêu cụ thể", *TEMPLATE_TARGETS])
    docx = docx_text(render_docx(document))
    pdf = pdf_text(render_pdf(document))
    assert missing_lines(docx, expected) == []
    assert missing_lines(pdf.replace("\f", "\n"), expected) == []
    # and everything else still reads in the same order
    assert missing_lines(docx, document.plain_text()) == []


def test_a_target_added_later_is_printed_too(draft):
    Target.objects.create(plan=draft, order=9, text="Có ít nhất 01 mô hình dân vận khéo về CCHC.")
    lines = _lines(plan_document(draft))
    assert lines[lines.index("3. Chỉ tiêu cụ thể") + 5] == (
        "- Có ít nhất 01 mô hình dân vận khéo về CCHC."
    )


def test_a_section_of_the_targets_kind_holds_them_instead(draft):
    part = draft.sections.get(title="MỤC ĐÍCH, YÊU CẦU")
    PlanSection.objects.create(
        plan=draft, parent=part, order=5, title="Chỉ tiêu", kind=SectionKind.TARGETS
    )
    lines = _lines(plan_document(draft))
    assert "Chỉ tiêu cụ thể" not in " ".join(lines)
    heading = lines.index("3. Chỉ tiêu")
    assert lines[heading + 1 : heading + 5] == TEMPLATE_TARGETS
    assert sum(line == TEMPLATE_TARGETS[0] for line in lines) == 1


def test_a_plan_without_purposes_prints_its_targets_in_a_part_of_their_own(offices, personas):
    plan = plan_create_blank(
        unit=offices["A"], year=2026, title="Tuyên truyền CCHC", by=personas["officer_a"]
    )
    PlanSection.objects.create(plan=plan, order=0, title="NỘI DUNG", kind=SectionKind.CONTENTS)
    Target.objects.create(plan=plan, text="Đăng 12 tin, bài về CCHC.")
    lines = _lines(plan_document(plan))
    assert lines[lines.index("I. NỘI DUNG") + 1 :][:2] == [
        "II. CHỈ TIÊU",
        "- Đăng 12 tin, bài về CCHC.",
    ]


def test_a_plan_without_targets_prints_no_targets_heading(draft):
    draft.targets.all().delete()
    text = plan_document(draft).plain_text()
    assert "Chỉ tiêu cụ thể" not in text and "CHỈ TIÊU" not in text
