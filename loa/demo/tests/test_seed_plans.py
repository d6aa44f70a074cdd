"""Seeds 002 and 003 entered as plans: their DOCX and PDF read like the originals — same
sections, numbering, header and signature block."""

import datetime

import pytest

from loa.documents.docx import render_docx
from loa.documents.inspect import docx_text, missing_lines, pdf_text
from loa.documents.pdf import render_pdf
from loa.plans import services
from loa.plans.document import plan_document
from loa.plans.models import PlanStatus
from loa.units.models import LEGACY_END_DATE, Kind, Level
from loa.units.services import offices_create_default
from loa.units.tests.factories import UnitFactory

from ..seed_plan_text import SCHEDULE_003, SECTIONS_003
from ..seed_plans import SEED_002, SEED_003, seed_plan_build


def _legacy_commune(key, name, kind, district, district_kind, province):
    p = UnitFactory(
        short_name=province, kind=Kind.PROVINCE, level=Level.PROVINCE, valid_to=LEGACY_END_DATE
    )
    d = UnitFactory(
        short_name=district,
        kind=district_kind,
        level=Level.DISTRICT,
        parent=p,
        valid_to=LEGACY_END_DATE,
    )
    unit = UnitFactory(
        key=key, short_name=name, kind=kind, level=Level.COMMUNE, parent=d, valid_to=LEGACY_END_DATE
    )
    offices_create_default(units=[unit])
    return unit


@pytest.fixture
def admin(db, user_factory):
    return user_factory(is_superuser=True, full_name="Quản trị")


def _issued(spec, admin, on, signer):
    """Built by an officer, issued by the unit's chair (`signer`, the seed's signer)."""
    from conftest import member
    from loa.accounts.models import Role
    from loa.units.models import Unit

    unit = Unit.objects.get(key=spec["unit"])
    officer, leader = member(unit, Role.OFFICER), member(unit, Role.LEADER, full_name=signer)
    plan = seed_plan_build(spec, by=officer)
    services.plan_submit(plan=plan, by=officer)
    services.plan_issue(plan=plan, by=leader, on=on)
    plan.refresh_from_db()
    assert plan.status == PlanStatus.ISSUED
    return plan


SEED_002_OUTLINE = [
    # header, as Decree 30 lays it out for a ward before 1 July 2025
    "UBND THỊ XÃ KINH MÔN",
    "ỦY BAN NHÂN DÂN PHƯỜNG LONG XUYÊN",
    "Số: 01/KH-UBND",
    "Long Xuyên, ngày 08 tháng 01 năm 2024",
    "KẾ HOẠCH",
    "Tuyên truyền cải cách hành chính nhà nước phường Long Xuyên năm 2024",
    "Thực hiện Kế hoạch số 289/KH-UBND ngày 28/12/2023 của UBND thị xã Kinh Môn",
    # sections and numbering of the original
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "- Thông tin, tuyên truyền kịp thời các chủ trương",
    "- Phát huy vai trò tích cực của các cơ quan thông tin đại chúng",
    "- Tiếp tục đẩy mạnh tuyên truyền trên mạng xã hội, qua Zalo, Facebook",
    "- Tăng cường sự tham gia của Ủy ban Mặt trận Tổ quốc Việt Nam",
    "2. Yêu cầu",
    "- Tuyên truyền CCHC phải gắn với lộ trình thực hiện",
    "II. ĐỐI TƯỢNG, NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN",
    "1. Đối tượng",
    "Cán bộ, công chức, viên chức, người lao động làm việc",
    "2. Nội dung tuyên truyền",
    "a) Tuyên truyền, phổ biến, quán triệt các quan điểm",
    "b) Phổ biến nội dung kế hoạch, nhiệm vụ cụ thể",
    "c) Tuyên truyền về vai trò, trách nhiệm của cấp ủy Đảng",
    "Kết quả triển khai thực hiện công tác cải cách hành chính ở từng cấp",
    "3. Hình thức tuyên truyền",
    "a) Lồng ghép nội dung cải cách hành chính trong các hội nghị",
    "- Niêm yết công khai, minh bạch các thủ tục hành chính",
    "(Có Phụ lục các nhiệm vụ, sản phẩm thực hiện Kế hoạch kèm theo)",
    "III. KINH PHÍ THỰC HIỆN",
    "Kinh phí được bố trí từ nguồn kinh phí cải cách hành chính",
    "IV. TỔ CHỨC THỰC HIỆN",
    "1. Cơ quan thực hiện kế hoạch",
    "2. Thời gian thực hiện",
    "Thường xuyên trong năm 2024.",
    "3. Tổ chức triển khai",
    "3.1. Công chức văn hóa Thông tin phường",
    "3.2. Văn phòng HĐND-UBND phường",
    "3.3. Công chức địa chính",
    "3.4. Phòng Tài chính - Kế hoạch",
    "3.5. Phòng Lao động - Thương binh và Xã hội",
    "3.6. Công chức Tư pháp – Hộ tịch",
    "3.7. Các nhà trường",
    "3.8. Đài truyền thanh phường",
    "- Báo cáo kết quả công tác tuyên truyền theo quy định.",
    "4. Đề nghị Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội phường",
    "UBND phường Long Xuyên ban hành Kế hoạch tuyên truyền",
    # recipients and signature
    "Nơi nhận:",
    "- Lãnh đạo UBND phường;",
    "- Các cơ quan, đơn vị liên quan;",
    "- Lưu: VT, VH&TT.",  # Decree 30 writes the colon the seed omits
    "CHỦ TỊCH",
    "Phạm Văn Giang",
    # the appendix the original announces
    "Phụ lục",
    "NHIỆM VỤ, SẢN PHẨM THỰC HIỆN KẾ HOẠCH TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2024",
    "(Kèm theo Kế hoạch số 01/KH-UBND ngày 08/01/2024 của UBND phường Long Xuyên)",
    "Duy trì chuyên mục cải cách hành chính hằng tháng trên Đài truyền thanh phường",
]

SEED_003_OUTLINE = [
    "UBND HUYỆN ĐỊNH HÓA",
    "ỦY BAN NHÂN DÂN XÃ ĐỊNH BIÊN",
    "Số: 01/KH-UBND",
    "Định Biên, ngày 10 tháng 01 năm 2022",
    "KẾ HOẠCH",
    "Tuyên truyền cải cách hành chính xã Định Biên năm 2022",
    "Căn cứ Kế hoạch số 05/KH-UBND, ngày 05/01/2022 của UBND huyện Định Hóa",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "- Nâng cao vai trò, trách nhiệm của Thủ trưởng",
    "2. Yêu cầu",
    "- Kết hợp lồng ghép việc tuyên truyền CCHC",
    "3. Đối tượng tuyên truyền",
    "Cán bộ, công chức, viên chức làm việc trong các cơ quan",
    "II. NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN",
    "1. Nội dung tuyên truyền",
    "2. Hình thức tuyên truyền",
    "- Tuyên truyền trực quan như: Băng rôn, khẩu hiệu, panô",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Cơ quan thực hiện kế hoạch",
    "2. Thời gian thực hiện",
    # the quarterly schedule of the original
    "- Quý I/2022: Thực hiện tuyên truyền bằng băng zôn",
    "- Quý II/2022: Thực hiện tuyên truyền bằng qua các hội nghị",
    "- Quý III/2022: Thực hiện tuyên truyền tin bài trên cổng thông tin điện tử xã",
    "- Quý IV/2022: Tổ chức tổng kết đánh giá",
    "3. Trách nhiệm thực hiện",
    "3.1. Ban Văn hóa, Thông tin và tuyên truyền",
    "3.2. Ban tài chính- Ngân sách",
    "3.3. Văn phòng HĐND và UBND xã",
    "3.4. Công chức Tư pháp",
    "3.5. Cán bộ làm công tác Phát thanh -Truyền thông",
    "- Viết các tin, bài về CCHC và các chỉ số PAR INDEX, PCI, PAPI",
    "3.6. Các cơ quan, đơn vị, các ban ngành đoàn thể trên địa bàn xã",
    "Trên đây là kế hoạch Tuyên truyền cải cách hành chính xã Định Biên năm 2022.",
    "Nơi nhận:",
    "- UBND huyện Định Hóa;",
    "- Phòng VH&TT huyện;",
    "- TT Đảng ủy;",
    "- Các ban, ngành, đơn vị trên địa bàn xã;",
    "- Lưu: VP.",
    "TM. ỦY BAN NHÂN DÂN",
    "CHỦ TỊCH",
    "Ma Thịnh Giáp",
]


def _check(text: str, outline: list[str]):
    """Each outline entry appears in the text, in this order."""
    flat = " ".join(text.split())
    position = 0
    for wanted in outline:
        wanted = " ".join(wanted.split())
        found = flat.find(wanted, position)
        if found < 0:
            raise AssertionError(f"not found after {flat[position : position + 80]!r}: {wanted!r}")
        position = found + len(wanted)


def test_seed_002_long_xuyen_2024_reads_like_the_original(admin):
    _legacy_commune(SEED_002["unit"], "Long Xuyên", Kind.WARD, "Kinh Môn", Kind.TOWN, "Hải Dương")
    plan = _issued(SEED_002, admin, datetime.date(2024, 1, 8), "Phạm Văn Giang")
    document = plan_document(plan)
    docx = docx_text(render_docx(document))
    _check(docx, SEED_002_OUTLINE)
    assert missing_lines(docx, document.plain_text()) == []
    pdf = pdf_text(render_pdf(document))
    assert missing_lines(pdf, document.plain_text()) == []
    _check(pdf.replace("\f", "\n"), [line for line in SEED_002_OUTLINE if len(line) < 60])


def test_seed_003_dinh_bien_2022_reads_like_the_original(admin):
    _legacy_commune(
        SEED_003["unit"], "Định Biên", Kind.COMMUNE, "Định Hóa", Kind.RURAL_DISTRICT, "Thái Nguyên"
    )
    plan = _issued(SEED_003, admin, datetime.date(2022, 1, 10), "Ma Thịnh Giáp")
    assert plan.schedule.count() == 4
    document = plan_document(plan)
    docx = docx_text(render_docx(document))
    _check(docx, SEED_003_OUTLINE)
    assert missing_lines(docx, document.plain_text()) == []
    assert "Phụ lục" not in docx  # the original has no appendix
    pdf = pdf_text(render_pdf(document))
    assert missing_lines(pdf, document.plain_text()) == []


def test_seed_003_entered_through_the_pages_gives_the_same_document(client, admin):
    """An officer types seed 003 into Loa's pages: blank plan, header, every section with
    its paragraphs, the quarterly schedule. The document equals the one built directly."""
    from django.urls import reverse

    from conftest import member
    from loa.accounts.models import Role
    from loa.plans.forms import paragraphs_to_text
    from loa.plans.models import Plan

    unit = _legacy_commune(
        SEED_003["unit"], "Định Biên", Kind.COMMUNE, "Định Hóa", Kind.RURAL_DISTRICT, "Thái Nguyên"
    )
    officer = member(unit, Role.OFFICER)
    client.force_login(officer)
    client.post(reverse("plans:create"), {"way": "blank", "year": 2022, "title": SEED_003["title"]})
    plan = Plan.objects.get(unit=unit)
    header = client.get(reverse("plans:edit", args=[plan.pk])).context["form"]
    data = {k: v for k, v in header.initial.items() if v is not None}
    data["seen_version"] = header["seen_version"].value()
    data.update(
        {
            "intro": SEED_003["intro"],
            "closing": SEED_003["closing"],
            "recipients": "\n".join(SEED_003["recipients"]),
            "drafting_office": "",
        }
    )
    assert client.post(reverse("plans:edit", args=[plan.pk]), data).status_code == 302

    def add(tree, parent=None):
        for title, kind, paragraphs, children in tree:
            client.post(
                reverse("plans:section_add", args=[plan.pk]),
                {"title": title, "kind": kind, "parent": parent.pk if parent else ""},
            )
            section = plan.sections.get(title=title, parent=parent)
            lines = []
            for style, text in paragraphs:
                lines.append({"dash": f"- {text}", "point": f"a) {text}"}.get(style, text))
            prefix = f"s{section.pk}"
            page = client.get(reverse("plans:section_save", args=[plan.pk, section.pk]))
            response = client.post(
                reverse("plans:section_save", args=[plan.pk, section.pk]),
                {
                    f"{prefix}-title": title,
                    f"{prefix}-kind": kind,
                    f"{prefix}-office": section.office_id or "",
                    f"{prefix}-text": "\n".join(lines),
                    f"{prefix}-seen_version": page.context["form"]["seen_version"].value(),
                },
            )
            assert response.status_code == 302, response.content[:300]
            add(children, section)

    add(SECTIONS_003)
    quarters = {f"q{q}": text for q, text in SCHEDULE_003}
    sections = client.get(reverse("plans:sections", args=[plan.pk]))
    quarters["seen_version"] = sections.context["schedule_form"]["seen_version"].value()
    client.post(reverse("plans:schedule_save", args=[plan.pk]), quarters)

    reference = seed_plan_build(SEED_003, by=admin)
    plan.refresh_from_db()
    typed, built = plan_document(plan), plan_document(reference)
    assert typed.plain_text() == built.plain_text()
    assert [paragraphs_to_text(s) for s in plan.sections.order_by("pk")] == [
        paragraphs_to_text(s) for s in reference.sections.order_by("pk")
    ]
