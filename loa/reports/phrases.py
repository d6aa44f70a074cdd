"""How a commune clerk words each form of communication in a report: the form in the
list of forms (II.1), and the sentence of results (II.2) with its figure and its topics,
taken from what the officers logged. The words follow seed 004 and the usual register of
a UBND report; nothing here names the software."""

from dataclasses import dataclass, field

from loa.plans.services import lower_first


def number(n: int) -> str:
    """Counts below ten are written with a leading zero, as reports do: "05 cuộc"."""
    return f"{n:02d}" if 0 < n < 10 else f"{n:,}".replace(",", ".")


@dataclass
class Logged:
    """What the log holds for one channel over the period."""

    code: str
    name: str
    counting_unit: str
    quantity: int
    participants: int
    online: bool = False  # the CCHC index scores online and traditional forms apart
    titles: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)  # activities' descriptions
    leaders: list[str] = field(default_factory=list)  # who chaired (dialogues, conferences)
    months: set[int] = field(default_factory=set)


# II.1: how each form is named in the list of forms
FORM = {
    "radio": "phát thanh chuyên mục cải cách hành chính trên Đài truyền thanh",
    "web_portal": "đăng tải tin, bài trên trang thông tin điện tử",
    "social_media": "tuyên truyền qua Fanpage, nhóm Zalo",
    "press_tv": "đưa tin trên báo chí, truyền hình",
    "banner": "băng rôn, khẩu hiệu",
    "panel_poster": "pano, áp phích",
    "leaflet": "tờ rơi, tài liệu tuyên truyền",
    "e_board": "khẩu hiệu trên bảng điện tử, màn hình LED",
    "conference": "lồng ghép nội dung cải cách hành chính trong hội nghị, cuộc họp giao ban",
    "training": "tập huấn, bồi dưỡng, phổ biến pháp luật",
    "seminar": "tọa đàm",
    "dialogue": "tiếp xúc, đối thoại của lãnh đạo với người dân, doanh nghiệp",
    "contest": "cuộc thi tìm hiểu về cải cách hành chính",
    "online_contest": "cuộc thi trực tuyến về cải cách hành chính",
    "mobile": "tuyên truyền lưu động",
    "staged": "sân khấu hóa",
    "procedure_posting": "niêm yết công khai thủ tục hành chính tại Bộ phận tiếp nhận và trả "
    "kết quả",
    "bulletin": "bản tin cải cách hành chính",
}
# Not a form of communication: officials sent to trainings of the level above
SENT_TO_TRAINING = "sent_to_training"
# Forms a unit keeps up month by month: a month without them is worth saying
REGULAR = {
    "radio": "tin, bài trên Đài truyền thanh",
    "web_portal": "tin, bài mới trên trang thông tin điện tử",
    "social_media": "bài đăng trên Fanpage, nhóm Zalo",
}


def form_name(code: str, name: str) -> str:
    return FORM.get(code, lower_first(name))


# A drafted sentence names a few leaders and topics, each cut to a sentence's length, so the
# drafted text stays within a text field's limit (loa.core.limits) however long the log is.
TOPIC_CHARS = 300
NAMED_LEADERS = 5


def _clip(text: str, chars: int = TOPIC_CHARS) -> str:
    """`text` cut at a word before `chars` characters, with "…" when cut."""
    if len(text) <= chars:
        return text
    return text[:chars].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _topics(logged: Logged, limit: int = 4) -> str:
    seen: list[str] = []
    for topic in logged.topics:
        topic = _clip(lower_first(topic.strip().rstrip(".;")))
        if topic and topic not in seen:
            seen.append(topic)
            if len(seen) == limit:
                break
    return "; ".join(seen)


def _only_title(logged: Logged, word: str) -> str:
    """The one activity's subject without its leading counting word: "Lớp tuyên truyền
    phổ biến …" → "tuyên truyền phổ biến …" (to follow "01 lớp")."""
    title = logged.titles[0].strip().rstrip(".")
    if title.lower().startswith(word + " "):
        title = title[len(word) + 1 :]
    return lower_first(title)


def _people(n: int) -> str:
    return f"{number(n)} lượt người tham dự"


def result_sentence(logged: Logged, *, place: str, council: str) -> str:
    """One sentence of results for a channel, with its figure (said once) and topics."""
    q, unit, p = number(logged.quantity), logged.counting_unit, logged.participants
    topics = _topics(logged)
    code = logged.code
    if code == "radio":
        regular = " hằng tháng" if len(logged.months) >= 10 else ""
        text = (
            f"Đài truyền thanh {place} duy trì chuyên mục cải cách hành chính{regular}, phát {q} "
            f"{unit}"
        )
        return text + (f"; nội dung tập trung tuyên truyền về {topics}." if topics else ".")
    if code == "web_portal":
        text = f"Trang thông tin điện tử của {place} đăng tải {q} {unit} về cải cách hành chính"
        return text + (f", trong đó có {topics}." if topics else ".")
    if code == "social_media":
        text = f"Fanpage, nhóm Zalo của {place} có {q} {unit}"
        return text + (f" {topics}." if topics else " tuyên truyền về cải cách hành chính.")
    if code == "conference":
        text = (
            f"Lồng ghép nội dung chỉ đạo cải cách hành chính trong {q} {unit}, cuộc họp giao ban "
            f"của {council}"
        )
        return text + (f", có {_people(p)}." if p else ".")
    if code in ("training", "seminar") and len(logged.titles) == 1:
        word = "lớp" if code == "training" else "tọa đàm"
        lead = f"Tổ chức {q} {unit} {_only_title(logged, word)}"
        if code == "seminar":
            lead = f"Tổ chức {q} {unit} tọa đàm {_only_title(logged, word)}"
        if topics:
            lead += f" {topics}"
        return lead + (f", có {_people(p)}." if p else ".")
    if code == "dialogue":
        text = f"Tổ chức {q} {unit} tiếp xúc, đối thoại trực tiếp với người dân, doanh nghiệp"
        named = list(dict.fromkeys(_clip(x) for x in logged.leaders if x))[:NAMED_LEADERS]
        leaders = "; ".join(named)
        if leaders:
            text += f" do {lower_first(leaders)} chủ trì"
        if p:
            text += f", có {_people(p)}"
        return text + (f"; nội dung trao đổi tập trung vào {topics}." if topics else ".")
    if code == "procedure_posting":
        text = (
            f"Thực hiện niêm yết công khai, đầy đủ thủ tục hành chính tại Bộ phận tiếp nhận và "
            f"trả kết quả của {place} ({q} {unit})"
        )
        return text + (f"; đồng thời {topics}." if topics else ".")
    if code in ("banner", "panel_poster", "leaflet", "e_board"):
        return f"Thực hiện {q} {unit} tuyên truyền cải cách hành chính" + (
            f" ({topics})." if topics else "."
        )
    text = f"{logged.name}: {q} {unit}"
    if p and unit != "lượt người":
        text += f", {_people(p)}"
    return text + (f" ({topics})." if topics else ".")


def visuals_sentence(banner: Logged | None, panel: Logged | None) -> str:
    """Banners and panels, said together as reports do."""
    parts = [f"{number(x.quantity)} {x.counting_unit}" for x in (banner, panel) if x and x.quantity]
    topics = "; ".join(t for t in (_topics(x) for x in (banner, panel) if x) if t)
    text = f"Thiết kế, treo {' và '.join(parts)} tuyên truyền cải cách hành chính"
    return text + (f" ({topics})." if topics else ".")


def sent_to_training_sentence(logged: Logged, *, council: str, period_label: str) -> str:
    return (
        f"Trong {period_label}, {council} đã cử {number(logged.quantity)} lượt cán bộ, công chức "
        "tham gia các lớp tập huấn về cải cách hành chính do cấp trên tổ chức."
    )
