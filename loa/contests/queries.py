"""Reads of contests (ADR 32): participants per unit, the ranking, the prize list, the
suspicious entries, and the figures of a unit's report."""

from dataclasses import dataclass

from django.db.models import Count

from loa.units.models import Unit

from .models import Attempt, Contest, ContestStatus, Participant

PRIZES = [
    ("first_prizes", "Giải Nhất"),
    ("second_prizes", "Giải Nhì"),
    ("third_prizes", "Giải Ba"),
    ("consolation_prizes", "Giải Khuyến khích"),
]
FAST_SECONDS_PER_QUESTION = 2  # nobody reads a question and four options faster
MANY_FROM_ONE_ADDRESS = 5


@dataclass(frozen=True)
class UnitRow:
    unit: Unit
    participants: int
    attempts: int


def participants_per_unit(contest: Contest) -> list[UnitRow]:
    """Units whose people took part (a submitted attempt), with their people and attempts."""
    counted = (
        Participant.objects.filter(contest=contest, attempts__submitted=True)
        .values("unit")
        .annotate(people=Count("pk", distinct=True), attempts=Count("attempts", distinct=True))
    )
    units = Unit.objects.in_bulk([row["unit"] for row in counted])
    rows = [UnitRow(units[r["unit"]], r["people"], r["attempts"]) for r in counted]
    return sorted(rows, key=lambda row: (-row.participants, row.unit.short_name))


def actual_participants(contest: Contest) -> int:
    return Participant.objects.filter(contest=contest, attempts__submitted=True).distinct().count()


@dataclass(frozen=True)
class Ranked:
    rank: int
    participant: Participant
    attempt: Attempt
    gap: int | None  # |prediction − actual participants|
    seconds: float
    prize: str = ""


def ranking(contest: Contest) -> list[Ranked]:
    """Each participant's best attempt: score desc, then the closeness of the prediction,
    then the time taken (ADR 32). The prize list follows the counts the organiser set."""
    actual = actual_participants(contest)
    best: dict[int, tuple] = {}
    attempts = Attempt.objects.filter(participant__contest=contest, submitted=True).select_related(
        "participant__unit"
    )
    for attempt in attempts:
        gap = abs(attempt.prediction - actual) if attempt.prediction is not None else None
        key = (-(attempt.score or 0), gap if gap is not None else 10**9, attempt.seconds_taken)
        held = best.get(attempt.participant_id)
        if held is None or key < held[0]:
            best[attempt.participant_id] = (key, attempt, gap)
    ordered = sorted(best.values(), key=lambda item: (item[0], item[1].pk))
    prizes = [label for field, label in PRIZES for _ in range(getattr(contest, field))]
    return [
        Ranked(
            rank=n,
            participant=attempt.participant,
            attempt=attempt,
            gap=gap,
            seconds=attempt.seconds_taken or 0,
            prize=prizes[n - 1] if n <= len(prizes) else "",
        )
        for n, (_, attempt, gap) in enumerate(ordered, start=1)
    ]


def winners(contest: Contest) -> list[Ranked]:
    return [row for row in ranking(contest) if row.prize]


@dataclass(frozen=True)
class Suspicion:
    what: str
    detail: str
    participants: list[Participant]


def _digits(phone: str) -> str:
    return phone[-9:]


def suspicious(contest: Contest) -> list[Suspicion]:
    """What the organiser should look at before the prizes: many registrations from one
    address, attempts finished faster than a person reads, phones that differ by one digit."""
    found = []
    crowded = (
        Participant.objects.filter(contest=contest)
        .exclude(ip_hash="")
        .values("ip_hash")
        .annotate(n=Count("pk"))
        .filter(n__gte=MANY_FROM_ONE_ADDRESS)
    )
    for row in crowded:
        people = list(Participant.objects.filter(contest=contest, ip_hash=row["ip_hash"]))
        found.append(
            Suspicion(
                "Nhiều người đăng ký từ một địa chỉ mạng",
                f"{row['n']} người, mã địa chỉ {row['ip_hash'][:8]}",
                people,
            )
        )
    for attempt in Attempt.objects.filter(
        participant__contest=contest, submitted=True
    ).select_related("participant"):
        limit = FAST_SECONDS_PER_QUESTION * max(len(attempt.question_ids), 1)
        if attempt.seconds_taken is not None and attempt.seconds_taken < limit:
            found.append(
                Suspicion(
                    "Làm bài nhanh bất thường",
                    f"Lượt {attempt.number}: {len(attempt.question_ids)} câu trong "
                    f"{attempt.seconds_taken:.0f} giây",
                    [attempt.participant],
                )
            )
    people = list(Participant.objects.filter(contest=contest))
    for i, one in enumerate(people):
        for other in people[i + 1 :]:
            a, b = _digits(one.phone), _digits(other.phone)
            if sum(x != y for x, y in zip(a, b, strict=False)) == 1:
                found.append(
                    Suspicion(
                        "Số điện thoại gần giống nhau",
                        f"{one.phone} và {other.phone} chỉ khác một chữ số",
                        [one, other],
                    )
                )
    return found


def figures(unit, start, end) -> dict:
    """The contests a unit's report counts: those it organised and closed in the period,
    and their participants and attempts (a consolidated report sums its units' reports, so
    each unit counts only its own, as surveys do)."""
    contests = Contest.objects.filter(
        unit=unit,
        status__in=[ContestStatus.CLOSED, ContestStatus.PUBLISHED],
        closed_at__date__gte=start,
        closed_at__date__lte=end,
    )
    attempts = Attempt.objects.filter(participant__contest__in=contests, submitted=True)
    return {
        "contests": contests.count(),
        "participants": Participant.objects.filter(contest__in=contests, attempts__submitted=True)
        .distinct()
        .count(),
        "attempts": attempts.count(),
    }
