"""A contest's last evening, for `make loadtest` (ADR 32): participants, each with attempts
already drawn, open their sheet, take a few seconds to answer, submit it (the CSRF token
of the page with its cookie, as a browser sends them), and open the next one, until the
time is up. Every submission counts: the ones the server answered with its redirect, the
failures, and — after the run — how many attempts the database holds as submitted, which
must equal the number sent. Loopback only, like loa/portal/loadtest.py, whose `Outcome`
it shares.
"""

import asyncio
import random
import re
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db import transaction
from django.urls import reverse

from loa.portal.loadtest import HOST, Outcome, read_response
from loa.units.models import Unit

from . import services
from .models import Attempt, Contest, ContestStatus, Option, Participant, Question

TITLE = "Cuộc thi đo tải (make loadtest)"
_CSRF_INPUT = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')
_CSRF_COOKIE = re.compile(r"csrftoken=([^;]+)")


@dataclass
class Sheet:
    path: str
    data: dict


@dataclass
class Run:
    sheets: Outcome = field(default_factory=Outcome)  # GET of a sheet
    submissions: Outcome = field(default_factory=Outcome)  # POST of a sheet
    scores: Outcome = field(default_factory=Outcome)  # the page with the score after it
    sent: int = 0


@transaction.atomic
def prepare(*, organiser: Unit, by, participants: int, attempts_each: int) -> tuple[Contest, list]:
    """A fresh open contest of `organiser` (the previous run's is deleted) with a bank of 30
    questions, 10 drawn per attempt, and `participants` people of the units below it, each
    with `attempts_each` attempts drawn by the contest's own service. Returns the contest
    and, per person, their sheets with the answers they will give."""
    Contest.objects.filter(title=TITLE).delete()
    contest = Contest.objects.create(
        unit=organiser,
        title=TITLE,
        questions_per_attempt=10,
        seconds_per_attempt=3600,
        attempts_per_person=attempts_each,
        status=ContestStatus.OPEN,
        created_by=by,
    )
    for n in range(30):
        question = Question.objects.create(
            contest=contest, text=f"Câu hỏi đo tải số {n + 1}?", order=n
        )
        Option.objects.bulk_create(
            Option(question=question, text=f"Phương án {k}", is_correct=k == 0) for k in range(4)
        )
    units = list(organiser.children.filter(valid_to__isnull=True)[:50]) or [organiser]
    people = Participant.objects.bulk_create(
        Participant(
            contest=contest,
            name=f"Người dự thi {n + 1}",
            phone=f"09{n:08d}",
            place="Đo tải",
            age_group="31-45",
            unit=units[n % len(units)],
        )
        for n in range(participants)
    )
    rng = random.Random(11)
    out = []
    for person in people:
        sheets = []
        for _ in range(attempts_each):
            attempt = services.attempt_start(participant=person)
            data = {
                f"q{qid}": rng.choice(attempt.option_ids[str(qid)]) for qid in attempt.question_ids
            }
            data["prediction"] = rng.randint(100, 5000)
            path = reverse(
                "contests:attempt",
                kwargs={"code": organiser.code, "pk": contest.pk, "token": attempt.token},
            )
            sheets.append(Sheet(path, data))
        out.append(sheets)
    return contest, out


def submitted(contest: Contest) -> int:
    return Attempt.objects.filter(participant__contest=contest, submitted=True).count()


async def _exchange(reader, writer, request: bytes) -> tuple[int, list[tuple[str, str]], bytes]:
    writer.write(request)
    status, headers, body, _ = await asyncio.wait_for(read_response(reader), 10)
    return status, headers, body


async def _participant(n: int, port: int, sheets: list[Sheet], until: float, think, arrive, run):
    address = f"10.{n // 250 % 250}.{n % 250}.{random.randint(1, 250)}"
    rng = random.Random(n)
    common = (
        f"Host: {HOST}\r\nX-Forwarded-For: {address}\r\nX-Forwarded-Proto: https\r\n"
        "User-Agent: loa-loadtest\r\n"
    )
    await asyncio.sleep(rng.uniform(0, arrive))  # the last evening: all arrive at once
    reader, writer = await asyncio.open_connection(HOST, port)
    try:
        for sheet in sheets:
            if time.monotonic() >= until:
                return
            started = time.perf_counter()
            request = f"GET {sheet.path} HTTP/1.1\r\n{common}Accept: text/html\r\n\r\n"
            try:
                status, headers, body = await _exchange(reader, writer, request.encode())
            except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError) as e:
                run.sheets.errors.append(f"{sheet.path}: {type(e).__name__}")
                return
            run.sheets.latencies_ms.append((time.perf_counter() - started) * 1000)
            cookie = next(
                (
                    m.group(1)
                    for k, v in headers
                    if k == "set-cookie" and (m := _CSRF_COOKIE.search(v))
                ),
                None,
            )
            token = _CSRF_INPUT.search(body)
            if status != 200 or not cookie or not token:
                run.sheets.errors.append(f"{sheet.path}: HTTP {status}, no form")
                continue
            await asyncio.sleep(rng.uniform(*think))  # reading and answering
            form = urlencode({**sheet.data, "csrfmiddlewaretoken": token.group(1).decode()})
            request = (
                f"POST {sheet.path} HTTP/1.1\r\n{common}Cookie: csrftoken={cookie}\r\n"
                f"Origin: https://{HOST}\r\nReferer: https://{HOST}{sheet.path}\r\n"
                "Content-Type: application/x-www-form-urlencoded\r\n"
                f"Content-Length: {len(form)}\r\n\r\n{form}"
            )
            started = time.perf_counter()
            run.sent += 1
            try:
                status, _, _ = await _exchange(reader, writer, request.encode())
            except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError) as e:
                run.submissions.errors.append(f"POST {sheet.path}: {type(e).__name__}")
                return
            run.submissions.latencies_ms.append((time.perf_counter() - started) * 1000)
            if status != 302:
                run.submissions.errors.append(f"POST {sheet.path}: HTTP {status}")
                continue
            # the browser follows the redirect to the score
            request = f"GET {sheet.path} HTTP/1.1\r\n{common}Accept: text/html\r\n\r\n"
            started = time.perf_counter()
            try:
                status, _, body = await _exchange(reader, writer, request.encode())
            except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError) as e:
                run.scores.errors.append(f"{sheet.path}: {type(e).__name__}")
                return
            run.scores.latencies_ms.append((time.perf_counter() - started) * 1000)
            if status != 200 or "trả lời đúng".encode() not in body:
                run.scores.errors.append(f"{sheet.path}: HTTP {status}, no score")
    finally:
        writer.close()


async def _run(port, people, seconds, think, arrive) -> Run:
    until = time.monotonic() + seconds
    run = Run()
    await asyncio.gather(
        *(
            _participant(n, port, sheets, until, think, arrive, run)
            for n, sheets in enumerate(people)
        )
    )
    return run


def run(
    *, port: int, people: list[list[Sheet]], seconds: float, think=(5.0, 20.0), arrive=5.0
) -> Run:
    """Every person at once for `seconds`, each taking `think` seconds over a sheet of ten
    questions (a fast reader in a hurry: most people take a minute or more); on its own
    thread, as loa/portal/loadtest.run."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, _run(port, people, seconds, think, arrive)).result()
