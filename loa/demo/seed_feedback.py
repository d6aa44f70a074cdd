"""Citizens' feedback to Xã Đường An (ADR 26), taken through the feedback services as the
citizen, the officer and the leader would: two answered and published, one awaiting the
leader's approval, one overdue, one forwarded to the city's department, one refused as
spam, one just received. Dated back over the last weeks; run again, adds none twice.

Names, addresses and phones are made up (09xx 000 xxx): nobody real is named."""

import datetime

from django.utils import timezone

from loa.accounts.models import User
from loa.portal import feedback_services as services
from loa.portal.models import Feedback, Procedure
from loa.units.models import Unit

# (title, content, sender, days ago received, what happened to it)
ITEMS = [
    (
        "Thời gian chờ tại Bộ phận Một cửa buổi sáng",
        "Sáng thứ Hai tôi đến nộp hồ sơ chứng thực, phải chờ gần hai giờ vì chỉ có một công "
        "chức tiếp nhận. Đề nghị xã bố trí thêm người vào giờ cao điểm.",
        ("Phạm Văn Hùng", "Thôn Đông, xã Đường An", "0901 000 101"),
        16,
        (
            "answered",
            "Phòng Văn hóa - Xã hội",
            "",
            "Từ ngày 01 tháng này, Trung tâm Phục vụ hành chính công xã bố trí thêm một công "
            "chức tiếp nhận hồ sơ vào buổi sáng thứ Hai và thứ Sáu, là những ngày đông người.\n"
            "Người dân có thể đặt lịch hẹn trước trên Cổng Dịch vụ công quốc gia hoặc qua số "
            "điện thoại đường dây nóng của xã để được tiếp nhận đúng giờ.",
            9,
        ),
    ),
    (
        "Hỏi về đăng ký khai sinh cho con khi cha mẹ chưa đăng ký kết hôn",
        "Vợ chồng tôi chưa đăng ký kết hôn, nay sinh con thì làm khai sinh cho cháu ở đâu, "
        "có ghi tên cha được không và cần giấy tờ gì?",
        ("Nguyễn Thị Lan", "Thôn Tây, xã Đường An", "0901 000 102"),
        12,
        (
            "answered",
            "Tư pháp - Hộ tịch",
            "Đăng ký khai sinh",
            "Việc đăng ký khai sinh cho trẻ được thực hiện tại UBND xã nơi cư trú của cha hoặc "
            "mẹ; người đi đăng ký nộp tờ khai và giấy chứng sinh.\n"
            "Trường hợp cha, mẹ chưa đăng ký kết hôn, nếu người cha có yêu cầu nhận con thì "
            "giải quyết việc nhận cha, con kết hợp với đăng ký khai sinh; phần ghi về người cha "
            "được ghi theo kết quả giải quyết đó.\n"
            "Công dân có thể nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia hoặc đến "
            "Trung tâm Phục vụ hành chính công xã để được hướng dẫn.",
            5,
        ),
    ),
    (
        "Đèn chiếu sáng đường trục thôn Bắc bị hỏng",
        "Ba cột đèn trên đường trục thôn Bắc đoạn gần trường tiểu học bị hỏng đã hơn một "
        "tháng, buổi tối học sinh đi lại rất nguy hiểm.",
        ("Vũ Đức Thành", "Thôn Bắc, xã Đường An", "0901 000 103"),
        6,
        (
            "submitted",
            "Phòng Kinh tế",
            "",
            "UBND xã đã giao Phòng Kinh tế kiểm tra, phối hợp đơn vị quản lý điện chiếu sáng "
            "thay thế bóng đèn hỏng trên đường trục thôn Bắc trong tuần này.",
            0,
        ),
    ),
    (
        "Chậm trả kết quả chứng nhận quyền sử dụng đất",
        "Tôi nộp hồ sơ đăng ký biến động đất đai từ hơn hai tháng trước, đến nay chưa nhận "
        "được kết quả, cũng không được báo lý do.",
        ("Đỗ Văn Khoa", "Thôn Nam, xã Đường An", "0901 000 104"),
        24,
        ("overdue", "Phòng Kinh tế", "", "", 0),
    ),
    (
        "Ô nhiễm tiếng ồn, khói bụi từ cơ sở sản xuất trong cụm công nghiệp",
        "Cơ sở sản xuất ở cụm công nghiệp giáp thôn Đông chạy máy cả đêm, khói bụi bay vào "
        "khu dân cư. Đề nghị cơ quan chức năng kiểm tra.",
        ("Lê Thị Mai", "Thôn Đông, xã Đường An", "0901 000 105"),
        8,
        (
            "forwarded",
            "Sở Nông nghiệp và Môi trường thành phố Hải Phòng",
            "Việc kiểm tra, xử lý vi phạm về môi trường của cơ sở trong cụm công nghiệp thuộc "
            "thẩm quyền của Sở; UBND xã đã chuyển phản ánh kèm ý kiến của các hộ dân.",
            "",
            0,
        ),
    ),
    (
        "Vay tiền nhanh không cần thế chấp",
        "Hỗ trợ vay tiền nhanh trong ngày, liên hệ ngay.",
        ("Dịch vụ tài chính", "Không rõ", "0901 000 106"),
        3,
        ("rejected", "Nội dung quảng cáo, không phải phản ánh, kiến nghị.", "", "", 0),
    ),
    (
        "Đề nghị niêm yết thêm thủ tục về chứng thực tại nhà văn hóa thôn",
        "Người cao tuổi khó lên xã xem thủ tục; đề nghị niêm yết danh mục thủ tục chứng thực "
        "và lệ phí tại nhà văn hóa các thôn.",
        ("Hoàng Văn Bình", "Thôn Tây, xã Đường An", "0901 000 107"),
        1,
        ("received", "", "", "", 0),
    ),
]


def _back(feedback: Feedback, received: datetime.datetime, accepted=None, closed=None) -> None:
    """Dates of the demo as if it had happened on those days, deadlines recomputed."""
    day = timezone.localdate(received)
    values = {
        "received_at": received,
        "accept_by": services.add_working_days(day, services.ACCEPT_WITHIN),
    }
    if accepted is not None:
        values["accepted_at"] = accepted
        values["answer_by"] = services.add_working_days(
            timezone.localdate(accepted), services.ANSWER_WITHIN
        )
    if closed is not None:
        values["closed_at"] = closed
        if feedback.published_at:
            values["published_at"] = closed
    Feedback.objects.filter(pk=feedback.pk).update(**values)


def feedback_load(*, unit: Unit, officer: User, leader: User) -> int:
    """The demo's feedback to `unit`; returns how many items were added."""
    now = timezone.now()
    offices = {o.name: o for o in unit.offices.all()}
    added = 0
    for title, content, (name, address, phone), days_ago, outcome in ITEMS:
        if Feedback.objects.filter(unit=unit, title=title).exists():
            continue
        state, where, extra, body, answered_days_ago = outcome
        feedback = services.feedback_receive(
            unit=unit,
            data={
                "sender_name": name,
                "sender_address": address,
                "sender_phone": phone,
                "title": title,
                "content": content,
                "consent": True,
            },
        )
        received = now - datetime.timedelta(days=days_ago)
        accepted = closed = None
        if state == "rejected":
            services.feedback_reject(feedback=feedback, by=officer, reason=where)
            closed = received + datetime.timedelta(hours=3)
        elif state == "forwarded":
            services.feedback_forward(feedback=feedback, by=officer, to=where, note=extra)
            closed = received + datetime.timedelta(days=1)
        elif state != "received":
            procedure = Procedure.objects.filter(name=extra).first() if extra else None
            services.feedback_accept(
                feedback=feedback,
                by=officer,
                about_procedure=procedure is not None,
                procedure=procedure,
                field=procedure.field if procedure else "",
                office=offices.get(where),
            )
            accepted = received + datetime.timedelta(days=1)
            if body:
                answer = services.answer_save(
                    feedback=feedback,
                    by=officer,
                    body=body,
                    public_title=title,
                    public_content=content,
                )
                services.answer_submit(feedbackanswer=answer, by=officer)
                if state == "answered":
                    closed = now - datetime.timedelta(days=answered_days_ago)
                    services.answer_issue(
                        feedbackanswer=answer, by=leader, on=timezone.localdate(closed)
                    )
                    feedback.refresh_from_db()
        _back(feedback, received, accepted, closed)
        added += 1
    return added
