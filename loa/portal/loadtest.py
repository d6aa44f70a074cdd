"""A bounded load of anonymous visitors on loopback, for `make loadtest` (ADR 28).

Each visitor is one keep-alive HTTP/1.1 connection that asks for a page, reads all of it,
waits a little as a reader does, and asks for the next, until the time is up. The
visitors come from different addresses (X-Forwarded-For, as behind the reverse proxy
production expects), so per-address limits see many people, not one.
Only 127.0.0.1 is ever reached: the host is not a parameter.
"""

import asyncio
import random
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

HOST = "127.0.0.1"


@dataclass
class Outcome:
    latencies_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    bytes_read: int = 0

    def p(self, q: float) -> float:
        if not self.latencies_ms:
            return float("nan")
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

    @property
    def median(self) -> float:
        return statistics.median(self.latencies_ms) if self.latencies_ms else float("nan")


async def read_response(reader) -> tuple[int, list[tuple[str, str]], bytes, int]:
    """Status, headers (lower-case names, in order: Set-Cookie may repeat), body, and the
    bytes read in all."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = [
        (name.strip().lower(), value.strip())
        for name, value in (line.split(":", 1) for line in lines[1:] if ":" in line)
    ]
    length = int(dict(headers).get("content-length", "0"))
    body = await reader.readexactly(length) if length else b""
    return status, headers, body, len(head) + length


async def _read_response(reader) -> tuple[int, bool, int]:
    """Status, whether the server keeps the connection, and the bytes read."""
    status, headers, _, size = await read_response(reader)
    keep = dict(headers).get("connection", "").lower() != "close"
    return status, keep, size


async def _visitor(n: int, port: int, paths: list[str], until: float, think: tuple, out):
    address = f"10.{n // 250 % 250}.{n % 250}.{random.randint(1, 250)}"
    rng = random.Random(n)
    reader = writer = None
    await asyncio.sleep(rng.uniform(0, think[1]))  # visitors do not all arrive at once
    while time.monotonic() < until:
        path = rng.choice(paths)
        request = (
            f"GET {path} HTTP/1.1\r\nHost: {HOST}\r\nX-Forwarded-For: {address}\r\n"
            "X-Forwarded-Proto: https\r\nAccept: text/html\r\n"
            "User-Agent: loa-loadtest\r\n\r\n"
        ).encode()
        started = time.perf_counter()
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection(HOST, port)
            writer.write(request)
            status, keep, size = await asyncio.wait_for(_read_response(reader), 10)
        except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError) as e:
            out.errors.append(f"{path}: {type(e).__name__}")
            if writer is not None:
                writer.close()
            reader = writer = None
            await asyncio.sleep(0.2)
            continue
        elapsed = (time.perf_counter() - started) * 1000
        out.latencies_ms.append(elapsed)
        out.bytes_read += size
        if status != 200:
            out.errors.append(f"{path}: HTTP {status}")
        if not keep:
            writer.close()
            reader = writer = None
        await asyncio.sleep(rng.uniform(*think))
    if writer is not None:
        writer.close()


async def _run(port, groups, visitors, seconds, think) -> dict[str, Outcome]:
    until = time.monotonic() + seconds
    outcomes = {name: Outcome() for name in groups}
    names = list(groups)
    tasks = []
    for n in range(visitors):
        name = names[n % len(names)]
        tasks.append(_visitor(n, port, groups[name], until, think, outcomes[name]))
    await asyncio.gather(*tasks)
    return outcomes


def run(
    *, port: int, groups: dict[str, list[str]], visitors: int, seconds: float, think=(0.5, 1.5)
) -> dict[str, Outcome]:
    """`visitors` concurrent visitors for `seconds`, shared evenly among the page groups
    (each visitor keeps to one group: the column's readers, the procedure searchers …).

    The loop runs on its own thread, so the generator also works where the calling thread
    already runs one (Playwright's sync API in the same test process does)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, _run(port, groups, visitors, seconds, think)).result()


def merged(outcomes: dict[str, Outcome]) -> Outcome:
    total = Outcome()
    for outcome in outcomes.values():
        total.latencies_ms += outcome.latencies_ms
        total.errors += outcome.errors
        total.bytes_read += outcome.bytes_read
    return total
