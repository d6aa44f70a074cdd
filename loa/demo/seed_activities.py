"""Seed 004 (xã Thúc Kháng, 2023) as the activity log behind its figures: the rows an
officer would have logged during the year. The report's figures are sums of these rows.

Each row: (date, channel code, title, quantity, participants, office abbreviation).
"""

import datetime

from loa.activities.models import Activity
from loa.plans.models import Channel

THUC_KHANG = "old-3-10969"

# Dates fall inside the 2023 annual period (15/12/2022–14/12/2023).
# "gần 30 tin, bài" on the commune radio: a monthly CCHC column, two or three items each.
_RADIO = [2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 2]  # 29
# "trên 30 tin bài CCHC lên cổng thông tin điện tử": 32 items, posted in batches.
_WEB = [4, 4, 4, 4, 4, 4, 4, 4]  # 32

ROWS = (
    [
        (
            datetime.date(2023, month, 10),
            "radio",
            f"Chuyên mục cải cách hành chính tháng {month}/2023 trên Đài truyền thanh xã",
            n,
            None,
            "ĐTT",
        )
        for month, n in enumerate(_RADIO, start=1)
    ]
    + [
        (
            datetime.date(2023, 1 + i, 10),
            "web_portal",
            f"Đăng tin, bài CCHC lên trang thông tin điện tử (đợt {i + 1})",
            n,
            None,
            "VP",
        )
        for i, n in enumerate(_WEB)
    ]
    + [
        (
            datetime.date(2023, 3, 1),
            "banner",
            "Căng băng rôn tuyên truyền CCHC tại các tuyến đường trung tâm xã",
            15,
            None,
            "VHXH",
        ),
        (
            datetime.date(2023, 3, 2),
            "panel_poster",
            "Thiết kế pano, áp phích tuyên truyền CCHC",
            12,
            None,
            "VHXH",
        ),
        (
            datetime.date(2023, 6, 15),
            "training",
            "Lớp tuyên truyền phổ biến giáo dục pháp luật phối hợp với Sở Tư pháp",
            1,
            100,
            "TP",
        ),
        (
            datetime.date(2023, 9, 12),
            "seminar",
            "Tọa đàm về cải cách hành chính với cán bộ, công chức",
            1,
            18,
            "VHXH",
        ),
        (
            datetime.date(2023, 11, 20),
            "sent_to_training",
            "Cử cán bộ, công chức dự tập huấn CCHC do Sở Nội vụ và huyện tổ chức",
            35,
            35,
            "VP",
        ),
    ]
    + [
        (
            datetime.date(2023, month, 25),
            "dialogue",
            f"Tiếp xúc, đối thoại với người dân, doanh nghiệp (lần {i + 1})",
            1,
            None,
            "VP",
        )
        for i, month in enumerate((3, 5, 7, 9, 11))
    ]
)

# What seed 004 reports, by channel: quantity and participants.
EXPECTED_2023 = {
    "radio": (29, None),
    "web_portal": (32, None),
    "banner": (15, None),
    "panel_poster": (12, None),
    "training": (1, 100),
    "seminar": (1, 18),
    "dialogue": (5, None),
    "sent_to_training": (35, 35),
}

# What seed 004 says of the same work in words: the topics of the radio column and the
# portal, where banners hung, who chaired the dialogues. By activity title:
# (description, led_by).
_RADIO_TOPICS = [
    "các chương trình, kế hoạch, biện pháp cải cách thủ tục hành chính của UBND xã",
    "việc đầu tư cơ sở vật chất, trang thiết bị cho Bộ phận một cửa",
    "các lớp tập huấn nghiệp vụ, triển khai nhiệm vụ cải cách hành chính cấp xã",
    "hoạt động của Bộ phận tiếp nhận và trả kết quả theo cơ chế một cửa",
    "kết quả lấy ý kiến sự hài lòng của người dân khi thực hiện thủ tục hành chính",
    "cải cách hành chính gắn với chuyển đổi số",
]
_WEB_TOPICS = [
    "báo cáo công khai quyết toán ngân sách",
    "chương trình hành động chống lãng phí",
    "lịch tiếp công dân",
    "văn bản chỉ đạo tăng cường kỷ cương, kỷ luật công vụ",
    "các kế hoạch thi tuyển, xét tuyển",
    "văn bản chỉ đạo thực hiện nhiệm vụ cải cách hành chính",
    "kết quả giải quyết thủ tục hành chính của xã",
    "hướng dẫn nộp hồ sơ trực tuyến",
]
DETAILS = {
    **{
        f"Chuyên mục cải cách hành chính tháng {m}/2023 trên Đài truyền thanh xã": (
            _RADIO_TOPICS[(m - 1) % len(_RADIO_TOPICS)],
            "",
        )
        for m in range(1, 13)
    },
    **{
        f"Đăng tin, bài CCHC lên trang thông tin điện tử (đợt {i + 1})": (_WEB_TOPICS[i], "")
        for i in range(8)
    },
    "Căng băng rôn tuyên truyền CCHC tại các tuyến đường trung tâm xã": (
        "tại các tuyến đường trung tâm xã và trụ sở UBND xã",
        "",
    ),
    "Lớp tuyên truyền phổ biến giáo dục pháp luật phối hợp với Sở Tư pháp": (
        "cho cán bộ, hội viên, đoàn viên các tổ chức chính trị - xã hội",
        "",
    ),
    **{
        f"Tiếp xúc, đối thoại với người dân, doanh nghiệp (lần {i + 1})": (
            "thủ tục hành chính về đất đai, hộ tịch",
            "đồng chí Bí thư Đảng ủy và lãnh đạo HĐND, UBND xã",
        )
        for i in range(5)
    },
}

# Work seed 004 describes without a figure of its own, logged as an officer would:
# the Fanpage and Zalo groups, the posting of procedures at the one-stop desk, CCHC folded
# into the briefings. (date, channel, title, quantity, participants, office, description,
# led_by)
EXTRA_ROWS = [
    *[
        (
            datetime.date(2023, month, 5),
            "social_media",
            f"Bài đăng trên Fanpage “Thúc Kháng” và nhóm Zalo của xã (quý {q})",
            6,
            None,
            "VHXH",
            "hướng dẫn người dân quy trình, các bước thực hiện thủ tục hành chính trực tuyến "
            "trên Cổng Dịch vụ công quốc gia",
            "",
        )
        for q, month in enumerate((2, 5, 8, 11), start=1)
    ],
    (
        datetime.date(2023, 1, 16),
        "procedure_posting",
        "Niêm yết công khai bộ thủ tục hành chính tại Bộ phận một cửa",
        1,
        None,
        "VP",
        "công khai tại phòng làm việc của các bộ phận chuyên môn",
        "",
    ),
    (
        datetime.date(2023, 7, 3),
        "procedure_posting",
        "Cập nhật niêm yết theo Quyết định công bố thủ tục hành chính mới",
        1,
        None,
        "VP",
        "thông báo kịp thời khi có Quyết định công bố thủ tục hành chính mới",
        "",
    ),
    *[
        (
            datetime.date(2023, month, 28),
            "conference",
            f"Giao ban quý {q} của UBND xã lồng ghép nội dung chỉ đạo cải cách hành chính",
            3,
            None,
            "VP",
            "",
            "đồng chí Chủ tịch UBND xã",
        )
        for q, month in enumerate((3, 6, 9, 11), start=1)
    ],
]


def log_seed_004(*, unit, by) -> None:
    """Xã Thúc Kháng's 2023 log: seed 004's figures, with the topics and the work it
    describes in words."""
    channels = {c.code: c for c in Channel.objects.all()}
    offices = {o.abbreviation: o for o in unit.offices.all()}
    rows = [(*row, *DETAILS.get(row[2], ("", ""))) for row in ROWS] + EXTRA_ROWS
    Activity.objects.bulk_create(
        Activity(
            unit=unit,
            started_on=day,
            channel=channels[code],
            title=title,
            quantity=quantity,
            participants=participants,
            office=offices.get(office),
            description=description,
            led_by=led_by,
            created_by=by,
        )
        for day, code, title, quantity, participants, office, description, led_by in rows
    )
