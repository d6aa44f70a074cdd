"""The SIPAS template (FACTS.md, section c): the procedure field first, then for each of
the five factors the three things SIPAS measures: what the citizen saw (perception), how
satisfied they are on the five levels (satisfaction) and what they most want improved
(expectation, one short single-choice question, not required); then a free comment.
Wording as a commune's form has it."""

from .models import Aspect, Factor, Kind

FIELDS = [
    "Hộ tịch",
    "Chứng thực",
    "Đất đai, môi trường",
    "Xây dựng",
    "Bảo trợ xã hội, người có công",
    "Đăng ký kinh doanh hộ kinh doanh",
    "Lĩnh vực khác",
]

HOW = "Mức độ hài lòng của Ông/Bà về "

HARASSED = (
    "Công chức có gây phiền hà, sách nhiễu hoặc đề nghị Ông/Bà nộp thêm tiền ngoài quy định không?"
)
GAVE_FEEDBACK = (
    "Trong quá trình giải quyết hồ sơ, Ông/Bà có góp ý, phản ánh, kiến nghị với cơ quan không?"
)
EXPECT = "Về {}, Ông/Bà mong muốn cơ quan ưu tiên cải thiện nội dung nào nhất?"


def _expectation(factor, subject: str, labels: list[str]) -> tuple:
    return (factor, Aspect.EXPECTATION, Kind.SINGLE, EXPECT.format(subject), labels, False)


# (factor, aspect, kind, text, choices, required); a choice list is for single/multiple;
# ("if", text, label) as the last item makes the question conditional on the earlier
# question of that text having `label` ticked
QUESTIONS = [
    (
        Factor.ACCESS,
        Aspect.PERCEPTION,
        Kind.MULTIPLE,
        "Ông/Bà biết đến thủ tục hành chính này qua những kênh thông tin nào?",
        [
            "Đài truyền thanh xã, phường",
            "Trang thông tin điện tử của đơn vị",
            "Trang Zalo, Facebook của đơn vị",
            "Niêm yết tại Bộ phận Một cửa",
            "Cán bộ thôn, tổ dân phố",
            "Người thân, bạn bè",
            "Kênh khác",
        ],
        True,
    ),
    (
        Factor.ACCESS,
        Aspect.SATISFACTION,
        Kind.SCALE,
        HOW + "chỗ ngồi chờ tại Bộ phận Một cửa",
        [],
        True,
    ),
    (
        Factor.ACCESS,
        Aspect.SATISFACTION,
        Kind.SCALE,
        HOW + "trang thiết bị phục vụ người dân (bàn viết, máy tra cứu, máy lấy số thứ tự…)",
        [],
        True,
    ),
    _expectation(
        Factor.ACCESS,
        "việc tiếp cận dịch vụ",
        [
            "Thông tin về thủ tục hành chính đầy đủ, dễ tìm hơn",
            "Chỗ ngồi chờ, trang thiết bị tại Bộ phận Một cửa tốt hơn",
            "Mở rộng nộp hồ sơ, thanh toán trực tuyến",
        ],
    ),
    (
        Factor.PROCEDURE,
        Aspect.PERCEPTION,
        Kind.SINGLE,
        "Ông/Bà đã phải đi lại bao nhiêu lần để hoàn thành hồ sơ?",
        ["1 lần", "2 lần", "3 lần", "Trên 3 lần"],
        True,
    ),
    (
        Factor.PROCEDURE,
        Aspect.SATISFACTION,
        Kind.SCALE,
        HOW + "việc thủ tục hành chính được niêm yết công khai đầy đủ, chính xác",
        [],
        True,
    ),
    (
        Factor.PROCEDURE,
        Aspect.SATISFACTION,
        Kind.SCALE,
        HOW + "thành phần hồ sơ, phí, lệ phí và thời hạn giải quyết theo quy định",
        [],
        True,
    ),
    _expectation(
        Factor.PROCEDURE,
        "thủ tục hành chính",
        [
            "Niêm yết, hướng dẫn thủ tục rõ ràng, dễ hiểu hơn",
            "Giảm thành phần hồ sơ, giấy tờ phải nộp",
            "Rút ngắn thời hạn giải quyết",
            "Giảm phí, lệ phí",
        ],
    ),
    (
        Factor.SERVANT,
        Aspect.PERCEPTION,
        Kind.SINGLE,
        HARASSED,
        ["Không", "Có"],
        True,
    ),
    (
        Factor.SERVANT,
        Aspect.PERCEPTION,
        Kind.LONG,
        "Xin Ông/Bà cho biết cụ thể sự việc (không ghi họ tên công chức nếu không muốn)",
        [],
        False,
        ("if", HARASSED, "Có"),
    ),
    (
        Factor.SERVANT,
        Aspect.SATISFACTION,
        Kind.SCALE,
        HOW + "thái độ giao tiếp, tinh thần phục vụ của công chức",
        [],
        True,
    ),
    (
        Factor.SERVANT,
        Aspect.SATISFACTION,
        Kind.SCALE,
        HOW + "việc công chức hướng dẫn kê khai hồ sơ tận tình, dễ hiểu",
        [],
        True,
    ),
    _expectation(
        Factor.SERVANT,
        "công chức giải quyết công việc",
        [
            "Thái độ giao tiếp, tinh thần phục vụ",
            "Năng lực, sự tận tình khi hướng dẫn hồ sơ",
            "Tuân thủ quy định, không gây phiền hà, sách nhiễu",
        ],
    ),
    (
        Factor.RESULT,
        Aspect.PERCEPTION,
        Kind.SINGLE,
        "Ông/Bà có nhận được kết quả đúng hẹn không?",
        [
            "Đúng hẹn hoặc sớm hơn hẹn",
            "Trễ hẹn, có nhận được văn bản xin lỗi và hẹn lại",
            "Trễ hẹn, không nhận được văn bản xin lỗi",
        ],
        True,
    ),
    (
        Factor.RESULT,
        Aspect.SATISFACTION,
        Kind.SCALE,
        HOW + "kết quả nhận được (đầy đủ, chính xác, đúng quy định)",
        [],
        True,
    ),
    (
        Factor.RESULT,
        Aspect.SATISFACTION,
        Kind.SCALE,
        HOW + "thời gian giải quyết hồ sơ",
        [],
        True,
    ),
    _expectation(
        Factor.RESULT,
        "kết quả giải quyết công việc",
        [
            "Trả kết quả đúng hẹn hoặc sớm hơn",
            "Kết quả đầy đủ, chính xác, đúng quy định",
            "Thông báo, xin lỗi và hẹn lại khi trễ hẹn",
        ],
    ),
    (
        Factor.FEEDBACK,
        Aspect.PERCEPTION,
        Kind.SINGLE,
        GAVE_FEEDBACK,
        ["Không", "Có"],
        True,
    ),
    (
        Factor.FEEDBACK,
        Aspect.SATISFACTION,
        Kind.SCALE,
        HOW + "việc cơ quan tiếp nhận, xử lý và trả lời góp ý, phản ánh, kiến nghị",
        [],
        True,
        ("if", GAVE_FEEDBACK, "Có"),
    ),
    _expectation(
        Factor.FEEDBACK,
        "việc tiếp nhận, xử lý góp ý, phản ánh, kiến nghị",
        [
            "Gửi góp ý, phản ánh, kiến nghị dễ dàng hơn (hòm thư, đường dây nóng, trực tuyến)",
            "Trả lời góp ý, phản ánh, kiến nghị kịp thời hơn",
            "Công khai kết quả xử lý góp ý, phản ánh, kiến nghị",
        ],
    ),
]

COMMENT = "Ý kiến khác của Ông/Bà để cơ quan phục vụ người dân, doanh nghiệp tốt hơn"
FIELD_QUESTION = "Ông/Bà đến giải quyết thủ tục hành chính thuộc lĩnh vực nào?"
INTRO = (
    "Nhằm nâng cao chất lượng phục vụ người dân, tổ chức, {unit} trân trọng đề nghị Ông/Bà "
    "dành ít phút trả lời phiếu khảo sát dưới đây. Phiếu không ghi họ tên; ý kiến của "
    "Ông/Bà chỉ dùng để tổng hợp, đánh giá mức độ hài lòng."
)
