"""Seed 004 (xã Thúc Kháng, 2023) as the activity log behind its figures: the rows an
officer would have logged during the year. The report's figures are sums of these rows.

Each row: (date, channel code, title, quantity, participants, office abbreviation).
"""

import datetime

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
