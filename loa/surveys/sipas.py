"""The SIPAS template (FACTS.md, section c): the procedure field first, then for each of
the five factors what the citizen saw (perception) and how satisfied they are on the five
levels, then what they expect, then a free comment. Wording as a commune's form has it."""

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

# (factor, aspect, kind, text, choices, required); a choice list is for single/multiple;
# ("if", n, label) as the last item makes the question conditional on question n's label
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
    (
        Factor.SERVANT,
        Aspect.PERCEPTION,
        Kind.SINGLE,
        "Công chức có gây phiền hà, sách nhiễu hoặc đề nghị Ông/Bà nộp thêm tiền ngoài quy "
        "định không?",
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
        ("if", 7, "Có"),
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
    (
        Factor.FEEDBACK,
        Aspect.PERCEPTION,
        Kind.SINGLE,
        "Trong quá trình giải quyết hồ sơ, Ông/Bà có góp ý, phản ánh, kiến nghị với cơ quan không?",
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
        ("if", 14, "Có"),
    ),
]

EXPECTATION = "Theo Ông/Bà, cơ quan cần ưu tiên cải thiện những nội dung nào để phục vụ tốt hơn?"
COMMENT = "Ý kiến khác của Ông/Bà để cơ quan phục vụ người dân, doanh nghiệp tốt hơn"
FIELD_QUESTION = "Ông/Bà đến giải quyết thủ tục hành chính thuộc lĩnh vực nào?"
INTRO = (
    "Nhằm nâng cao chất lượng phục vụ người dân, tổ chức, {unit} trân trọng đề nghị Ông/Bà "
    "dành ít phút trả lời phiếu khảo sát dưới đây. Phiếu không ghi họ tên; ý kiến của "
    "Ông/Bà chỉ dùng để tổng hợp, đánh giá mức độ hài lòng."
)
