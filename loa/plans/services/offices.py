"""Which office of a unit does what: the offices a lower unit has for each role, the upper
units' offices (Sở, Phòng) and the role each plays, and the office that would lead a task
handed down. Names are compared as officials type them (either tone placement, any
punctuation)."""

import unicodedata

from loa.units.models import Level, Office

from ..models import Task

# --- the lower unit's offices, by what they do --------------------------------------------

# Candidates in order, matched as a phrase in the name of one of the unit's offices. Since
# 1 July 2025 a commune's Phòng Văn hóa - Xã hội also holds home affairs (CCHC included),
# and its Văn phòng HĐND và UBND holds justice and the chairman's dialogues.
ROLES = {
    "office": ["Văn phòng HĐND và UBND", "Văn phòng"],
    "home_affairs": ["Văn hóa - Xã hội", "Nội vụ", "Văn phòng HĐND và UBND"],
    "culture": ["Văn hóa - Xã hội", "Văn hóa", "Văn phòng HĐND và UBND"],
    "justice": ["Tư pháp", "Văn phòng HĐND và UBND"],
    "finance": ["Tài chính", "Kinh tế"],
    "economy": ["Kinh tế", "Địa chính"],
    "land": ["Địa chính", "Kinh tế"],
    "one_stop": [
        "Trung tâm Phục vụ hành chính công",
        "Tiếp nhận và Trả kết quả",
        "Một cửa",
        "Văn phòng HĐND và UBND",
    ],
    "radio": ["Đài truyền thanh", "Truyền thanh", "Văn hóa - Xã hội"],
    "front": ["Ủy ban MTTQ", "Mặt trận"],
    "schools": ["Trường học", "Văn hóa - Xã hội"],
}

# What an upper office does, read from its name (first match wins).
UPPER_ROLES = [
    ("phục vụ hành chính công", "one_stop"),
    ("tiếp nhận và trả kết quả", "one_stop"),
    ("một cửa", "one_stop"),
    ("phát thanh", "radio"),
    ("truyền hình", "radio"),
    ("truyền thanh", "radio"),
    ("nội vụ", "home_affairs"),
    ("tư pháp", "justice"),
    ("tài chính", "finance"),
    ("kế hoạch và đầu tư", "finance"),
    ("giáo dục", "schools"),
    ("văn hóa", "culture"),
    ("thông tin", "culture"),
    ("du lịch", "culture"),
    ("khoa học", "culture"),
    ("y tế", "culture"),
    ("lao động", "culture"),
    ("dân tộc", "culture"),
    ("tài nguyên", "land"),
    ("xây dựng", "land"),
    ("nông nghiệp", "economy"),
    ("công thương", "economy"),
    ("kinh tế", "economy"),
    ("mttq", "front"),
    ("mặt trận", "front"),
    ("văn phòng", "office"),
]

# Offices an upper plan may name besides the upper unit's own list.
UPPER_OFFICE_NAMES = {
    Level.PROVINCE: [
        "Văn phòng UBND",
        "Văn phòng Ủy ban nhân dân",
        "Sở Nội vụ",
        "Sở Tư pháp",
        "Sở Tài chính",
        "Sở Kế hoạch và Đầu tư",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Sở Văn hóa và Thể thao",
        "Sở Du lịch",
        "Sở Thông tin và Truyền thông",
        "Sở Khoa học và Công nghệ",
        "Sở Giáo dục và Đào tạo",
        "Sở Y tế",
        "Sở Lao động - Thương binh và Xã hội",
        "Sở Dân tộc và Tôn giáo",
        "Sở Xây dựng",
        "Sở Nông nghiệp và Môi trường",
        "Sở Nông nghiệp và Phát triển nông thôn",
        "Sở Tài nguyên và Môi trường",
        "Sở Công Thương",
        "Báo và Phát thanh, Truyền hình",
        "Đài Phát thanh và Truyền hình",
        "Trung tâm Phục vụ hành chính công",
    ],
    Level.DISTRICT: [
        "Phòng Nội vụ",
        "Phòng Tư pháp",
        "Phòng Tài chính - Kế hoạch",
        "Phòng Văn hóa và Thông tin",
        "Phòng Văn hóa - Thông tin",
        "Phòng Giáo dục và Đào tạo",
        "Phòng Y tế",
        "Phòng Lao động - Thương binh và Xã hội",
        "Phòng Tài nguyên và Môi trường",
        "Phòng Kinh tế và Hạ tầng",
        "Phòng Kinh tế",
        "Phòng Nông nghiệp và Phát triển nông thôn",
        "Phòng Quản lý đô thị",
        "Trung tâm Văn hóa, Thông tin và Thể thao",
        "Trung tâm Văn hóa - Thể thao và Truyền thông",
        "Bộ phận Tiếp nhận và Trả kết quả",
        "Văn phòng HĐND và UBND",
    ],
}

# Who leads a task handed down, by its channel; else by words of its content; else the
# office in charge of administrative reform.
LEAD_BY_CHANNEL = {
    "radio": "radio",
    "web_portal": "culture",
    "social_media": "culture",
    "press_tv": "culture",
    "bulletin": "culture",
    "banner": "culture",
    "panel_poster": "culture",
    "leaflet": "culture",
    "e_board": "culture",
    "mobile": "culture",
    "staged": "culture",
    "contest": "culture",
    "online_contest": "culture",
    "conference": "home_affairs",
    "seminar": "home_affairs",
    "sent_to_training": "home_affairs",
    "training": "justice",
    "dialogue": "office",
    "procedure_posting": "one_stop",
}
LEAD_BY_WORDS = [
    ("truyền thanh", "radio"),
    ("niêm yết", "one_stop"),
    ("một cửa", "one_stop"),
    ("tiếp nhận", "one_stop"),
    ("pháp luật", "justice"),
    ("đối thoại", "office"),
    ("tiếp dân", "office"),
    ("trường học", "schools"),
    ("học sinh", "schools"),
    ("đoàn viên", "front"),
    ("hội viên", "front"),
    ("mặt trận", "front"),
    ("trang thông tin", "culture"),
    ("cổng thông tin", "culture"),
    ("zalo", "culture"),
    ("facebook", "culture"),
    ("mạng xã hội", "culture"),
    ("băng rôn", "culture"),
    ("pano", "culture"),
]

# Old and new placement of the tone mark ("hoá" / "hóa"): both are in use.
TONES = [
    ("óa", "oá"),
    ("òa", "oà"),
    ("ỏa", "oả"),
    ("õa", "oã"),
    ("ọa", "oạ"),
    ("óe", "oé"),
    ("òe", "oè"),
    ("úy", "uý"),
    ("ùy", "uỳ"),
    ("ủy", "uỷ"),
    ("ũy", "uỹ"),
    ("ụy", "uỵ"),
]


def norm(text: str) -> str:
    """Lower case, one tone placement, punctuation as spaces: for comparing names."""
    text = unicodedata.normalize("NFC", text).lower()
    for new, old in TONES:
        text = text.replace(old, new)
    return " ".join("".join(c if c.isalnum() else " " for c in text).split())


def has_phrase(name: str, phrase: str) -> bool:
    return f" {norm(phrase)} " in f" {norm(name)} "


def office_for_role(role: str, offices: list[Office]) -> Office | None:
    for candidate in ROLES[role]:
        for office in offices:
            if has_phrase(office.name, candidate):
                return office
    return None


def role_of(upper_office_name: str) -> str | None:
    return next((role for words, role in UPPER_ROLES if has_phrase(upper_office_name, words)), None)


def lead_default(task: Task, offices: list[Office]) -> Office | None:
    """The office of the unit that would lead `task`: by its channel, by its words, else the
    one in charge of administrative reform, else the first."""
    roles = []
    if task.channel_id and task.channel.code in LEAD_BY_CHANNEL:
        roles.append(LEAD_BY_CHANNEL[task.channel.code])
    content = norm(task.content)
    roles += [role for words, role in LEAD_BY_WORDS if f" {norm(words)} " in f" {content} "]
    for role in [*roles, "home_affairs"]:
        office = office_for_role(role, offices)
        if office is not None:
            return office
    return offices[0] if offices else None
