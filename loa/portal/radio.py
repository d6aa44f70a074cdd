"""The monthly radio script, compiled from what the unit made public that month (ADR 29),
and the airings that log themselves as radio activities."""

import calendar
import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from loa.activities.models import Activity
from loa.plans.models import Channel
from loa.units.models import Unit

from .models import (
    Article,
    Broadcast,
    ChangeStatus,
    Feedback,
    FeedbackStatus,
    ProcedureChange,
    RadioBulletin,
    UnitContact,
)
from .spoken import month_words, number_words, phone_words, sentences, spoken

RADIO = "radio"
# A bulletin runs ten minutes or so: a few items of each kind, the rest are on the site.
MAX_ITEMS = 5


@dataclass
class Part:
    """One part of the script: what the presenter announces, then what is read."""

    heading: str
    paragraphs: list[str]


# Each source gives the parts it has for (unit, first day, last day). The column and the
# feedback add theirs (articles published, answers published) beside the procedures.
SOURCES: list[Callable[[Unit, datetime.date, datetime.date], list[Part]]] = []


def source(fn):
    SOURCES.append(fn)
    return fn


def month_bounds(year: int, month: int) -> tuple[datetime.date, datetime.date]:
    last = calendar.monthrange(year, month)[1]
    return datetime.date(year, month, 1), datetime.date(year, month, last)


def _lower_first(text: str) -> str:
    """ "Xã Đường An" → "xã Đường An" inside a sentence; "UBND …" stays as it is."""
    return text[0].lower() + text[1:] if text[:1].isupper() and text[1:2].islower() else text


def _spoken_unit(unit: Unit) -> str:
    return _lower_first(unit.name)


_CHANGE_WORDS = {
    ChangeStatus.NEW: "mới ban hành",
    ChangeStatus.AMENDED: "được sửa đổi, bổ sung",
    ChangeStatus.ABOLISHED: "bị bãi bỏ",
    ChangeStatus.REPLACED: "được thay thế",
}


@source
def procedure_changes(unit: Unit, start, end) -> list[Part]:
    changes = (
        ProcedureChange.objects.filter(
            procedure__level=unit.level, decision_date__range=(start, end)
        )
        .select_related("procedure")
        .order_by("decision_date", "procedure__name")
    )
    paragraphs = [
        spoken(
            f"Thủ tục {c.procedure.name.rstrip('.')}, lĩnh vực {c.procedure.field.lower()}, "
            f"{_CHANGE_WORDS[c.status]} theo Quyết định số {_number(c.decision_number)} "
            f"ngày {c.decision_date:%d/%m/%Y}."
        )
        for c in changes[: MAX_ITEMS * 2]
    ]
    if not paragraphs:
        return []
    return [Part("Thủ tục hành chính mới được công bố", paragraphs)]


def _as_sentence(text: str) -> str:
    """A title read as a sentence: its own question or exclamation mark kept, else a full
    stop."""
    text = text.strip()
    return text if text.endswith(("?", "!", ".")) else text + "."


def _first_sentences(text: str, count: int) -> str:
    """The opening of a text for the ear: its first sentences, its links dropped."""
    return " ".join(sentences(spoken(" ".join(text.split())))[:count])


@source
def articles_published(unit: Unit, start, end) -> list[Part]:
    """The column's month: each article by its title and lead, as the presenter reads a
    news item."""
    articles = (
        Article.objects.visible()
        .filter(unit=unit, published_at__date__range=(start, end))
        .order_by("published_at")[:MAX_ITEMS]
    )
    paragraphs = []
    for article in articles:
        lead = _first_sentences(article.lead, 3) if article.lead else ""
        paragraphs.append(f"{_as_sentence(spoken(article.title))} {lead}".strip())
    if not paragraphs:
        return []
    return [Part("Tin, bài về cải cách hành chính", paragraphs)]


@source
def answers_published(unit: Unit, start, end) -> list[Part]:
    """Answers published in the month: the question as published (nothing personal), then
    the opening of the answer. Who asked is never read out."""
    answered = (
        Feedback.objects.filter(
            unit=unit, status=FeedbackStatus.ANSWERED, published_at__date__range=(start, end)
        )
        .select_related("answer")
        .order_by("published_at")[:MAX_ITEMS]
    )
    paragraphs = []
    for item in answered:
        question = item.public_title or item.title
        answer = getattr(item, "answer", None)
        reply = _first_sentences(answer.body, 3) if answer and answer.body else ""
        paragraphs.append(
            f"Người dân hỏi về việc {_lower_first(spoken(question.rstrip('.?')))}. "
            f"Ủy ban nhân dân trả lời như sau: {reply}".strip()
        )
    if not paragraphs:
        return []
    return [Part("Trả lời phản ánh, kiến nghị của người dân", paragraphs)]


def _number(decision_number: str) -> str:
    return decision_number.removeprefix("Số").removeprefix("số").strip(" :")


def bulletin_title(year: int, month: int) -> str:
    return f"Chuyên mục Cải cách hành chính tháng {month}/{year}"


def draft_script(unit: Unit, year: int, month: int) -> str:
    """The month's script in plain text, paragraphs apart, ready to be read."""
    start, end = month_bounds(year, month)
    place = _spoken_unit(unit)
    when = f"tháng {month_words(month)} năm {number_words(year)}"
    parts = [part for fn in SOURCES for part in fn(unit, start, end)]
    lines = [
        f"CHUYÊN MỤC CẢI CÁCH HÀNH CHÍNH {when.upper()}",
        "Kính thưa quý vị và các bạn!",
        f"Đài truyền thanh {place} xin gửi tới quý vị chuyên mục Cải cách hành chính {when}.",
    ]
    if parts:
        lines.append(
            "Trong chuyên mục hôm nay, mời quý vị cùng nghe: "
            + "; ".join(p.heading.lower() for p in parts)
            + "."
        )
        for number, part in enumerate(parts, start=1):
            if len(parts) > 1:  # "Phần thứ nhất" of a single part only sounds odd
                lines.append(f"Phần thứ {_ordinal(number)}: {part.heading}.")
            for paragraph in part.paragraphs:
                lines.append(" ".join(sentences(paragraph)))
    else:
        lines.append(
            "Người dân có thể tra cứu thủ tục hành chính, nộp hồ sơ và thanh toán trực tuyến "
            "trên Cổng Dịch vụ công quốc gia, hoặc đến Bộ phận Một cửa để được hướng dẫn."
        )
    lines.append(_closing(unit, place, when))
    return "\n\n".join(lines)


def _ordinal(n: int) -> str:
    return {1: "nhất", 4: "tư"}.get(n, number_words(n))


def _closing(unit: Unit, place: str, when: str) -> str:
    contact = UnitContact.objects.filter(unit=unit).first()
    reach = f"Ủy ban nhân dân {place}"
    if contact and contact.hotline:
        reach += f", hoặc gọi đường dây nóng số {phone_words(contact.hotline)}"
    return (
        f"Mọi phản ánh, kiến nghị về thủ tục hành chính, xin quý vị gửi về {reach}, hoặc gửi "
        f"trên trang thông tin điện tử của {place}. Chuyên mục Cải cách hành chính {when} đến "
        "đây là hết. Cảm ơn quý vị và các bạn đã chú ý lắng nghe."
    )


def bulletin_create(*, unit: Unit, year: int, month: int, by) -> RadioBulletin:
    """The month's bulletin, compiled; the one already made if there is one."""
    found = RadioBulletin.objects.filter(unit=unit, year=year, month=month).first()
    if found:
        return found
    return RadioBulletin.objects.create(
        unit=unit,
        year=year,
        month=month,
        title=bulletin_title(year, month),
        script=draft_script(unit, year, month),
        created_by=by,
    )


def bulletin_recompile(*, bulletin: RadioBulletin) -> RadioBulletin:
    bulletin.script = draft_script(bulletin.unit, bulletin.year, bulletin.month)
    bulletin.save(update_fields=["script", "updated_at"])
    return bulletin


@transaction.atomic
def broadcast_done(*, broadcast: Broadcast, by) -> Broadcast:
    """The airing went out: it counts as one item on the radio channel, dated the day of
    the airing."""
    if broadcast.done:
        return broadcast
    bulletin = broadcast.bulletin
    broadcast.activity = Activity.objects.create(
        unit=bulletin.unit,
        channel=Channel.objects.get(code=RADIO),
        title=f"Phát {bulletin.title[0].lower()}{bulletin.title[1:]} trên đài truyền thanh",
        description="Chuyên mục Cải cách hành chính trên đài truyền thanh: "
        f"{broadcast.at:%H:%M} ngày {broadcast.on:%d/%m/%Y}.",
        started_on=broadcast.on,
        quantity=1,
        created_by=by,
    )
    broadcast.done_by = by
    broadcast.done_at = timezone.now()
    broadcast.save(update_fields=["activity", "done_by", "done_at"])
    return broadcast


@transaction.atomic
def broadcast_undo(*, broadcast: Broadcast) -> Broadcast:
    """Marked done by mistake: the activity it logged goes with it."""
    if broadcast.activity_id:
        Activity.objects.filter(pk=broadcast.activity_id).delete()
    broadcast.activity = None
    broadcast.done_by = None
    broadcast.done_at = None
    broadcast.save(update_fields=["activity", "done_by", "done_at"])
    return broadcast
