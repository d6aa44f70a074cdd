"""Build the seed plans through the plan services, as an officer would enter them."""

from loa.plans import services
from loa.plans.models import Channel, Plan, ScheduleEntry, Task
from loa.units.models import Unit

from .seed_plan_text import SCHEDULE_003, SECTIONS_002, SECTIONS_003

LONG_XUYEN = "old-3-10738"
DINH_BIEN = "old-3-05575"

SEED_002 = {
    "unit": LONG_XUYEN,
    "year": 2024,
    "title": "Tuyên truyền cải cách hành chính nhà nước phường Long Xuyên năm 2024",
    "intro": "Thực hiện Kế hoạch số 289/KH-UBND ngày 28/12/2023 của UBND thị xã Kinh Môn về "
    "tuyên truyền cải cách hành chính thị xã Kinh Môn năm 2024, UBND phường Long Xuyên xây "
    "dựng kế hoạch tuyên truyền cải cách hành chính nhà nước phường Long Xuyên, cụ thể như sau:",
    "sections": SECTIONS_002,
    "closing": "UBND phường Long Xuyên ban hành Kế hoạch tuyên truyền công tác cải cách hành "
    "chính nhà nước năm 2024. Yêu cầu các cơ quan, đơn vị các công chức chuyên môn nghiêm túc "
    "triển khai thực hiện. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị phản "
    "ánh về Ủy ban nhân dân phường xem xét, giải quyết kịp thời./.",
    "recipients": ["Lãnh đạo UBND phường;", "Các cơ quan, đơn vị liên quan;", "Lưu VT, VH&TT."],
    "budget_source": "Kinh phí cải cách hành chính năm 2024",
    # The seed announces an appendix of tasks and products; these rows are Loa's example.
    "tasks": [
        (
            "Duy trì chuyên mục cải cách hành chính hằng tháng trên Đài truyền thanh phường",
            "Chuyên mục phát sóng",
            "radio",
            "Đài truyền thanh",
            12,
            None,
        ),
        (
            "Đăng tin, bài về cải cách hành chính trên Trang thông tin điện tử phường",
            "Tin, bài",
            "web_portal",
            "Văn hóa - Xã hội",
            24,
            None,
        ),
        (
            "Treo băng rôn, khẩu hiệu tuyên truyền cải cách hành chính tại trụ sở và khu dân cư",
            "Băng rôn, khẩu hiệu",
            "banner",
            "Văn hóa - Xã hội",
            10,
            1,
        ),
        (
            "Niêm yết, cập nhật thủ tục hành chính tại Bộ phận tiếp nhận và trả kết quả",
            "Bộ thủ tục được niêm yết",
            "procedure_posting",
            "Văn phòng HĐND và UBND",
            None,
            None,
        ),
        (
            "Khảo sát mức độ hài lòng của tổ chức, cá nhân",
            "Phiếu khảo sát, báo cáo kết quả",
            "other",
            "Văn phòng HĐND và UBND",
            None,
            4,
        ),
    ],
}

SEED_003 = {
    "unit": DINH_BIEN,
    "year": 2022,
    "title": "Tuyên truyền cải cách hành chính xã Định Biên năm 2022",
    "intro": "Căn cứ Kế hoạch số 05/KH-UBND, ngày 05/01/2022 của UBND huyện Định Hóa về việc "
    "cải cách hành chính huyện Định Hóa năm 2022; UBND xã Định Biên xây dựng kế hoạch tuyên "
    "truyền cải cách hành chính (CCHC) năm 2022 với những nội dung sau:",
    "sections": SECTIONS_003,
    "schedule": SCHEDULE_003,
    "closing": "Trên đây là kế hoạch Tuyên truyền cải cách hành chính xã Định Biên năm 2022. "
    "Đề nghị các cơ quan, đơn vị, các ban, ngành đoàn thể, bộ phận tiếp nhận và trả kết quả "
    "nghiêm túc thực hiện./.",
    "recipients": [
        "UBND huyện Định Hóa;",
        "Phòng VH&TT huyện;",
        "TT Đảng ủy;",
        "Các ban, ngành, đơn vị trên địa bàn xã;",
        "Lưu: VP.",
    ],
    "tasks": [],
}


def seed_plan_build(spec: dict, *, by) -> Plan:
    unit = Unit.objects.get(key=spec["unit"])
    plan = services.plan_create_blank(unit=unit, year=spec["year"], title=spec["title"], by=by)
    plan.intro, plan.closing = spec["intro"], spec["closing"]
    plan.recipients = "\n".join(spec["recipients"])
    plan.budget_source = spec.get("budget_source", "")
    plan.save()
    services.sections_create(plan=plan, tree=spec["sections"])
    for quarter, text in spec.get("schedule", []):
        ScheduleEntry.objects.create(plan=plan, quarter=quarter, text=text)
    channels = {c.code: c for c in Channel.objects.all()}
    offices = {o.name: o for o in unit.offices.all()}
    for order, (content, product, channel, office, quantity, quarter) in enumerate(spec["tasks"]):
        Task.objects.create(
            plan=plan,
            order=order,
            content=content,
            product=product,
            channel=channels[channel],
            lead_office=offices[office],
            expected_quantity=quantity,
            due_quarter=quarter,
        )
    return plan
