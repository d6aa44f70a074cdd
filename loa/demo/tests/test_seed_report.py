"""Seed 004: xã Thúc Kháng's 2023 annual report, compiled from its activity log, has the
same sections and the same figures, in the rendered DOCX and PDF too."""

import datetime

from conftest import member
from loa.accounts.models import Role
from loa.activities.tests.factories import ActivityFactory
from loa.documents.docx import render_docx
from loa.documents.inspect import docx_text, pdf_text
from loa.documents.pdf import render_pdf
from loa.reports.document import report_document
from loa.reports.figures import report_figures
from loa.reports.tests.factories import ReportFactory, report_send_up

from ..seed_activities import EXPECTED_2023, ROWS
from .test_seed_activities import thuc_khang  # noqa: F401 (fixture)


def test_annual_report_2023_of_thuc_khang_reads_like_seed_004(thuc_khang):  # noqa: F811
    officer, leader = member(thuc_khang, Role.OFFICER), member(thuc_khang, Role.LEADER)
    offices = {o.abbreviation: o for o in thuc_khang.offices.all()}
    for day, code, title, quantity, participants, office in ROWS:
        ActivityFactory(
            unit=thuc_khang,
            started_on=day,
            channel__code=code,
            title=title,
            quantity=quantity,
            participants=participants,
            office=offices[office],
        )
    report = ReportFactory(unit=thuc_khang, kind="annual", year=2023, by=officer)
    figures = report_figures(report)
    got = {
        code: (e["quantity"], e["participants"] or None) for code, e in figures["channels"].items()
    }
    assert got == EXPECTED_2023

    report_send_up(report, by=officer, signer=leader, issued_on=datetime.date(2023, 12, 21))
    assert report.number_text == "01/BC-UBND"

    text = docx_text(render_docx(report_document(report)))
    flat = " ".join(text.split())
    sections = [
        "BÁO CÁO",
        "Kết quả tuyên truyền cải cách hành chính năm 2023",
        "I. CÔNG TÁC CHỈ ĐẠO THỰC HIỆN TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH",
        "II. KẾT QUẢ THỰC HIỆN CÔNG TÁC TUYÊN TRUYỀN",
        "1. Hình thức tuyên truyền",
        "2. Kết quả tuyên truyền",
        "(Có phụ lục kết quả tuyên truyền chi tiết gửi kèm)",
        "3. Tồn tại, hạn chế",
        "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024",
        "Nơi nhận:",
        "TM. ỦY BAN NHÂN DÂN",
        "Phụ lục",
    ]
    position = 0
    for wanted in sections:
        found = flat.find(wanted, position)
        assert found >= 0, wanted
        position = found + len(wanted)
    # the seed's figures, in the text and in the appendix
    for phrase in [
        "29 tin, bài",
        "32 tin, bài",
        "15 băng rôn",
        "12 pano, áp phích",
        "01 lớp, 100 lượt người tham dự",
        "01 cuộc, 18 lượt người tham dự",
        "05 cuộc",
        "35 lượt người",
    ]:
        assert phrase in flat, phrase
    assert "Lớp tuyên truyền phổ biến giáo dục pháp luật" in flat  # the largest audience
    pdf = " ".join(pdf_text(render_pdf(report_document(report))).split())
    assert "15 băng rôn" in pdf and "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024" in pdf
