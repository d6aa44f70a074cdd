"""Localising an upper plan for a lower unit, as a commune clerk does with the city's plan:
the upper unit's name, level and offices become the lower unit's, and the tasks the upper
plan hands to "UBND các xã, phường, đặc khu" get the lower unit's office that will lead
them. Every replacement is proposed, not made: `plan_adaptation` lists them for the
officer to review, and `plan_create_from_upper` applies those the officer kept.

What stays: a citation of an upper document ("Kế hoạch số 01/KH-UBND … của UBND thành
phố Hải Phòng"), and the upper unit named as the recipient of the lower unit's reports
("gửi UBND thành phố Hải Phòng (qua Sở Nội vụ)")."""

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from loa.units.models import Level, Office, Unit

from ..document import roman
from ..models import QUARTERS, Plan, PlanSection, Task
from .offices import (
    TONES,
    UPPER_OFFICE_NAMES,
    lead_default,
    norm,
    office_for_role,
    role_of,
)


@dataclass(frozen=True)
class Piece:
    """A run of a text: kept as it is (`new` is None), or replaced by `new`."""

    text: str
    new: str | None = None

    @property
    def changed(self) -> bool:
        return self.new is not None


@dataclass
class Change:
    """One text of the upper plan (a title, a paragraph, a target…) with its replacements."""

    key: str
    where: str
    pieces: list[Piece]

    @property
    def before(self) -> str:
        return "".join(p.text for p in self.pieces)

    @property
    def after(self) -> str:
        return "".join(p.text if p.new is None else p.new for p in self.pieces)


@dataclass
class LeadChoice:
    """A task the upper plan hands to the lower units: which office of the unit leads it."""

    key: str
    where: str
    content: str
    before: str
    default: Office | None


@dataclass
class Untouched:
    """A mention of the upper unit that stays, and why."""

    where: str
    phrase: str
    reason: str


@dataclass
class Adaptation:
    """What localising `upper` for `unit` would change. `applied` holds the keys of the
    changes and lead choices to make (all of them unless decided otherwise), `offices` the
    office chosen for each task."""

    unit: Unit
    upper: Plan
    changes: list[Change]
    leads: list[LeadChoice]
    untouched: list[Untouched]
    applied: set[str] = field(default_factory=set)
    offices: dict[str, Office | None] = field(default_factory=dict)

    def __post_init__(self):
        self._changes = {c.key: c for c in self.changes}
        if not self.applied:
            self.applied = set(self._changes) | {lead.key for lead in self.leads}
        if not self.offices:
            self.offices = {lead.key: lead.default for lead in self.leads}

    def decide(self, *, applied: Iterable[str], offices: dict[str, Office | None]) -> None:
        self.applied = set(applied)
        self.offices = {**self.offices, **offices}

    def text(self, key: str, original: str) -> str:
        change = self._changes.get(key)
        return change.after if change is not None and key in self.applied else original

    def lead_office(self, task: Task) -> Office | None:
        key = f"l{task.pk}"
        return self.offices.get(key) if key in self.applied else None


# --- replacing phrases ---------------------------------------------------------------------


def _loose(phrase: str) -> str:
    """A regex for `phrase` as people type it: any spacing, "-" or "–", either tone mark."""
    out = []
    i = 0
    while i < len(phrase):
        pair = phrase[i : i + 2].lower()
        tone = next(((n, o) for n, o in TONES if pair in (n, o)), None)
        if tone:
            out.append(f"(?:{tone[0]}|{tone[1]})")
            i += 2
            continue
        c = phrase[i]
        if c == " ":
            out.append(r"\s+")
        elif c in "-–":
            out.append(r"\s*[-–]\s*")
        else:
            out.append(re.escape(c))
        i += 1
    return "".join(out).replace(r"\s+\s*[-–]\s*\s+", r"\s*[-–]\s*")


def _cased(found: str, new: str) -> str:
    """`new` in the case of `found`: a heading in capitals stays in capitals, a sentence
    that starts with the phrase still starts with a capital."""
    letters = [c for c in found if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return new.upper()
    if found[:1].isupper() and new[:1].islower():
        return new[:1].upper() + new[1:]
    return new


CITATION = re.compile(r"(?:\d+|…|\.\.\.)\s*/\s*(?:\d{4}\s*/\s*)?[A-ZĐ]{2}")
_COUNCIL = r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân)\s+"
RECIPIENT = re.compile(rf"\bgửi(?:\s+về)?\s+(?:{_COUNCIL})?$", re.IGNORECASE)
# "báo cáo kết quả về UBND thành phố": "về" names a recipient only in a sentence on reports
REPORTED_TO = re.compile(rf"\bvề\s+(?:{_COUNCIL})?$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,.;:!?()\n]")
_SENTENCE_END = re.compile(r"[.;:!?\n]")


def _after_last(pattern: re.Pattern, text: str) -> str:
    ends = list(pattern.finditer(text))
    return text[ends[-1].end() :] if ends else text


@dataclass
class _Rule:
    pattern: re.Pattern
    replace: Callable[[re.Match], str]
    names_upper: bool  # a mention of the upper unit or its offices: may have to stay


class Localiser:
    """The replacements that turn the upper unit's wording into the lower unit's."""

    def __init__(self, *, upper: Unit, unit: Unit, offices: list[Office]):
        self.rules: list[_Rule] = []
        kind, short = _loose(upper.kind_word), _loose(upper.short_name)
        level_word = "xã" if unit.level == Level.COMMUNE else "huyện"
        lower_kinds = (
            ["thị trấn", "đặc khu", "phường", "xã"]
            if unit.level == Level.COMMUNE
            else ["thành phố", "thị xã", "huyện", "quận"]
        )
        own = f"{unit.kind_word} {unit.short_name}"

        def add(regex: str, replace, names_upper: bool = False):
            self.rules.append(
                _Rule(re.compile(regex, re.IGNORECASE), replace, names_upper=names_upper)
            )

        # upper offices → the unit's ("Sở Nội vụ" → "Phòng Văn hóa - Xã hội"), with the
        # upper unit's name or level word after them ("Sở Tư pháp thành phố Hải Phòng")
        names = {norm(o.name): o.name for o in upper.offices.all()}
        for name in UPPER_OFFICE_NAMES.get(Level(upper.level), []):
            names.setdefault(norm(name), name)
        mapped = []
        for name in names.values():
            role = role_of(name)
            office = office_for_role(role, offices) if role else None
            if office is not None:
                mapped.append((name, office.name))
        trail = rf"\s+(?:{kind}\s+{short}|{kind}|{short})\b"
        for name, new in sorted(mapped, key=lambda pair: -len(pair[0])):
            # an office of the same name needs no change, unless the upper unit follows it
            # ("Trung tâm Phục vụ hành chính công thành phố")
            optional = "" if norm(new) == norm(name) else "?"
            add(
                rf"\b{_loose(name)}(?:{trail}){optional}(?!\w)",
                lambda m, new=new: new,
                names_upper=True,
            )
        # the units below, now the unit itself: "100% xã, phường, đặc khu có …",
        # "UBND các xã, phường, đặc khu", "UBND cấp xã" → "UBND xã Đường An"
        kinds = "|".join(lower_kinds)
        several = rf"(?:{kinds})(?:\s*(?:,|và)\s*(?:{kinds}))*"
        council = r"UBND|Ủy ban nhân dân|Uỷ ban nhân dân"
        add(
            rf"\b100\s*%\s+(?:(?:{council})\s+)?(?:các\s+)?{several}\b",
            lambda m: unit.council_name,
        )
        add(
            rf"\b({council})\s+(?:cấp\s+{level_word}|các\s+{several})\b",
            lambda m: unit.council_name if m.group(1).upper() == "UBND" else unit.council_full_name,
        )
        # "thành phố Hải Phòng", "TP. Hải Phòng" → "xã Đường An"
        add(rf"\b(?:{kind}|TP\.?)\s+{short}\b", lambda m: own, names_upper=True)
        # the level word without the name, where it can only mean the upper unit itself
        add(
            rf"\b(UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân|Nhân dân|người dân"
            rf"|địa bàn|toàn)\s+{kind}\b(?!\s+{short})",
            lambda m: f"{m.group(1)} {unit.kind_word}",
            names_upper=True,
        )
        add(rf"\bcấp\s+{kind}\b", lambda m: f"cấp {level_word}", names_upper=True)
        # the level below, now the unit itself: "công chức cấp xã" → "công chức xã", and
        # its radio and portal by their names ("đài truyền thanh cấp xã" → "Đài truyền thanh
        # xã", as seed 002 writes "Trang thông tin điện tử phường")
        if unit.level > upper.level:
            organs = "đài truyền thanh|trang thông tin điện tử|cổng thông tin điện tử"
            add(
                rf"\b({organs})\s+cấp\s+{level_word}\b",
                lambda m: f"{m.group(1)[:1].upper()}{m.group(1)[1:].lower()} {unit.kind_word}",
            )
            add(rf"\bcấp\s+{level_word}\b", lambda m: unit.kind_word)
        # the upper unit's departments as a whole → the unit's offices
        group = (
            r"(các\s+)?sở,\s*ban,\s*ngành|(các\s+)?sở,\s*ngành"
            if upper.level == Level.PROVINCE
            else r"(các\s+)?phòng,\s*ban,\s*ngành|(các\s+)?phòng,\s*ban\s+chuyên\s+môn"
        )
        add(
            rf"\b(?:{group})\b",
            lambda m: (
                "các bộ phận chuyên môn" if (m.group(1) or m.group(2)) else "bộ phận chuyên môn"
            ),
        )
        # "công chức Văn hóa - Xã hội" → "Phòng Văn hóa - Xã hội", as the unit names it
        for office in offices:
            if office.name.startswith("Phòng "):
                core = _loose(office.name.removeprefix("Phòng "))
                add(
                    rf"\b(?:công\s+chức|cán\s+bộ|bộ\s+phận|phòng)\s+{core}(?!\w)",
                    lambda m, name=office.name: name,
                )

    def pieces(self, text: str) -> tuple[list[Piece], list[tuple[str, str]]]:
        """`text` cut into kept and replaced runs, and the mentions left as they are with
        the reason."""
        taken: list[tuple[int, int, str]] = []
        untouched: list[tuple[str, str]] = []
        for rule in self.rules:
            for m in rule.pattern.finditer(text):
                start, end = m.span()
                if any(start < e and s < end for s, e, _ in taken):
                    continue
                reason = self._stays(text, start) if rule.names_upper else None
                if reason:
                    untouched.append((m.group(0), reason))
                    taken.append((start, end, m.group(0)))
                    continue
                new = _cased(m.group(0), rule.replace(m))
                taken.append((start, end, new))
        pieces, at = [], 0
        for start, end, new in sorted(taken):
            if start > at:
                pieces.append(Piece(text[at:start]))
            found = text[start:end]
            pieces.append(Piece(found) if new == found else Piece(found, new))
            at = end
        if at < len(text):
            pieces.append(Piece(text[at:]))
        return _merged(pieces), untouched

    @staticmethod
    def _stays(text: str, start: int) -> str | None:
        clause = _after_last(_CLAUSE_END, text[:start])
        if CITATION.search(clause):
            return "trích dẫn văn bản của cấp trên"
        sentence = _after_last(_SENTENCE_END, text[:start])
        reports = re.search(r"\bbáo cáo\b", sentence, re.IGNORECASE)
        if RECIPIENT.search(clause) or (reports and REPORTED_TO.search(clause)):
            return "nơi nhận báo cáo của đơn vị"
        if re.search(r"\bqua\s+$", sentence) and (reports or re.search(r"\bgửi\b", sentence)):
            return "cơ quan cấp trên nhận báo cáo của đơn vị"
        return None


def _merged(pieces: list[Piece]) -> list[Piece]:
    out: list[Piece] = []
    for piece in pieces:
        if out and not piece.changed and not out[-1].changed:
            out[-1] = Piece(out[-1].text + piece.text)
        else:
            out.append(piece)
    return out


# --- the adaptation of one upper plan ------------------------------------------------------


def plan_adaptation(*, unit: Unit, upper: Plan) -> Adaptation:
    """Every replacement that localising `upper` for `unit` proposes, in reading order."""
    offices = list(unit.offices.filter(is_active=True))
    localiser = Localiser(upper=upper.unit, unit=unit, offices=offices)
    changes: list[Change] = []
    untouched: list[Untouched] = []

    def consider(key: str, where: str, text: str) -> str:
        if not text:
            return text
        pieces, kept = localiser.pieces(text)
        untouched.extend(Untouched(where, phrase, reason) for phrase, reason in kept)
        if any(p.changed for p in pieces):
            change = Change(key, where, pieces)
            changes.append(change)
            return change.after
        return text

    sections = list(upper.sections.prefetch_related("paragraphs"))
    children_of: dict[int | None, list[PlanSection]] = {}
    for s in sections:
        children_of.setdefault(s.parent_id, []).append(s)

    def walk(parent_id, prefix: str):
        for i, section in enumerate(children_of.get(parent_id, []), start=1):
            label = f"{roman(i)}." if not prefix else f"{prefix}{i}."
            consider(f"s{section.pk}", f"Tiêu đề mục {label}", section.title)
            for n, p in enumerate(section.paragraphs.all(), start=1):
                consider(f"p{p.pk}", f"Mục {label} {section.title}, đoạn {n}", p.text)
            walk(section.pk, label)

    walk(None, "")
    consider("budget", "Nguồn kinh phí", upper.budget_source)
    for n, target in enumerate(upper.targets.all(), start=1):
        consider(f"t{target.pk}", f"Chỉ tiêu {n}", target.text)
    quarters = dict(QUARTERS)
    for entry in upper.schedule.all():
        consider(f"e{entry.pk}", f"Tiến độ {quarters[entry.quarter]}", entry.text)
    leads = []
    tasks = upper.tasks.filter(for_lower_units=True).select_related("channel", "lead_office")
    for n, task in enumerate(tasks, start=1):
        where = f"Nhiệm vụ {n} (phụ lục)"
        consider(f"k{task.pk}", f"{where}: nội dung", task.content)
        consider(f"d{task.pk}", f"{where}: sản phẩm", task.product)
        consider(f"c{task.pk}", f"{where}: cơ quan phối hợp", task.coordinating_text)
        leads.append(
            LeadChoice(
                key=f"l{task.pk}",
                where=where,
                content=task.content,
                before=task.lead_label or "Theo phân công",
                default=lead_default(task, offices),
            )
        )
    return Adaptation(
        unit=unit,
        upper=upper,
        changes=changes,
        leads=leads,
        untouched=untouched,
    )
