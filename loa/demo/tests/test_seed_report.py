"""Seed 004: xã Thúc Kháng's 2023 annual report, compiled from its activity log and the
plan it carried out, reads as the commune wrote it: every figure with the words that name
its form, the opening that cites the plan, the full annual title, directions drawn from
the year, in the rendered DOCX and PDF."""

import datetime
import re

from conftest import member
from loa.accounts.models import Membership, Role
from loa.documents.docx import render_docx
from loa.documents.inspect import docx_text, pdf_text
from loa.documents.models import DocumentRegister
from loa.documents.pdf import render_pdf
from loa.plans import services as plans
from loa.reports.document import report_document
from loa.reports.figures import report_figures
from loa.reports.tests.factories import ReportFactory, report_send_up

from ..seed_activities import EXPECTED_2023, log_seed_004
from .test_seed_activities import thuc_khang  # noqa: F401 (fixture)

# seed 004's figures, each with the words that name its form
SEED_FIGURES = [
    "phát 29 tin, bài",  # the radio column
    "đăng tải 32 tin, bài",  # the portal
    "15 băng rôn",
    "12 pano, áp phích",
    "01 lớp tuyên truyền phổ biến giáo dục pháp luật",
    "100 lượt người tham dự",
    "01 cuộc tọa đàm",
    "18 lượt người tham dự",
    "05 cuộc tiếp xúc, đối thoại",
    "cử 35 lượt cán bộ, công chức tham gia các lớp tập huấn",
]
# what seed 004 says in words, and any commune would
SEED_WORDS = [
    "Thực hiện Kế hoạch số 14/KH-UBND ngày 14/02/2023 của UBND xã Thúc Kháng",
    "Kết quả tuyên truyền cải cách hành chính năm 2023 và phương hướng, nhiệm vụ năm 2024",
    "Fanpage, nhóm Zalo",
    "Cổng Dịch vụ công quốc gia",
    "niêm yết công khai, đầy đủ thủ tục hành chính tại Bộ phận tiếp nhận và trả kết quả",
    "cuộc họp giao ban",
    "do đồng chí Bí thư Đảng ủy và lãnh đạo HĐND, UBND xã chủ trì",
    "hoạt động của Bộ phận tiếp nhận và trả kết quả theo cơ chế một cửa",  # a radio topic
    "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024",
]


def _thuc_khang_2023(unit):
    officer = member(unit, Role.OFFICER)
    chair = member(unit, Role.LEADER, full_name="Bùi Quang Sơn")
    Membership.objects.filter(user=officer).update(office=unit.offices.get(abbreviation="VHXH"))
    DocumentRegister.objects.create(unit=unit, year=2023, symbol="KH-UBND", last_number=13)
    plan = plans.plan_create_from_template(
        unit=unit, year=2023, by=officer, title="Tuyên truyền cải cách hành chính nhà nước năm 2023"
    )
    plans.plan_submit(plan=plan, by=officer)
    plans.plan_issue(plan=plan, by=chair, on=datetime.date(2023, 2, 14))
    log_seed_004(unit=unit, by=officer)
    report = ReportFactory(unit=unit, kind="annual", year=2023, by=officer)
    return report_send_up(report, by=officer, signer=chair, issued_on=datetime.date(2023, 12, 21))


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.;:])\s+|\n", text) if s.strip()]


def test_annual_report_2023_of_thuc_khang_reads_like_seed_004(thuc_khang):  # noqa: F811
    report = _thuc_khang_2023(thuc_khang)
    figures = report_figures(report)
    for code, (quantity, participants) in EXPECTED_2023.items():
        entry = figures["channels"][code]
        assert (entry["quantity"], entry["participants"] or None) == (quantity, participants)

    document = report_document(report)
    for name, text in (
        ("docx", docx_text(render_docx(document))),
        ("pdf", pdf_text(render_pdf(document))),
    ):
        flat = " ".join(text.split())
        for wanted in SEED_FIGURES + SEED_WORDS:
            assert wanted in flat, (name, wanted)
        directions = flat.split("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024")[1].split("Trên đây")[0]
        assert directions.count(" - ") + directions.startswith("- ") >= 6, (name, directions)
        assert "Loa" not in re.findall(r"\bLoa\b", flat), name
        assert "đông người tham dự nhất" not in flat, name
        # no number said twice in one sentence of the body
        body = flat.split("Nơi nhận:")[0]
        for sentence in _sentences(body):
            # figures only: dates and document numbers ("14/KH-UBND ngày 14/02/2023") aside
            bare = re.sub(r"\d{1,2}/\d{1,2}/\d{4}|\d+/[A-ZĐ][\w-]*|năm \d{4}", "", sentence)
            counts = re.findall(r"\b\d[\d.]*\b", bare)
            assert len(counts) == len(set(counts)), (name, sentence)


def test_sections_follow_seed_004(thuc_khang):  # noqa: F811
    report = _thuc_khang_2023(thuc_khang)
    flat = " ".join(docx_text(render_docx(report_document(report))).split())
    position = 0
    for wanted in [
        "BÁO CÁO",
        "Kính gửi: UBND huyện Bình Giang",
        "I. CÔNG TÁC CHỈ ĐẠO THỰC HIỆN TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH",
        "II. KẾT QUẢ THỰC HIỆN CÔNG TÁC TUYÊN TRUYỀN",
        "1. Hình thức tuyên truyền",
        "2. Kết quả tuyên truyền",
        "(Có phụ lục kết quả tuyên truyền chi tiết gửi kèm)",
        "3. Tồn tại, hạn chế",
        "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024",
        "Nơi nhận:",
        "- Lưu: VT, VHXH.",
        "TM. ỦY BAN NHÂN DÂN",
        "Bùi Quang Sơn",
        "Phụ lục",
        "(Kèm theo Báo cáo số 01/BC-UBND ngày 21/12/2023 của UBND xã Thúc Kháng)",
    ]:
        found = flat.find(wanted, position)
        assert found >= 0, wanted
        position = found + len(wanted)
    assert "UBND HUYỆN BÌNH GIANG" not in flat  # seed 004 has no parent-body line
    # the one gap of the year: the portal had no news after August
    assert "các tháng 9, 10, 11 và 12 chưa có tin, bài nào" in flat
