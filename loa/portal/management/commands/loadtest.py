"""`make loadtest`: 200 anonymous visitors on the public side, through gunicorn with the
production settings on PostgreSQL (and Redis when REDIS_URL is set), on loopback only.

Starts gunicorn on a free port of 127.0.0.1 (loadtest_server.served), fills the cache with
one pass over the pages, lets the visitors read for `--seconds`, stops gunicorn, and prints
`name: value (target …) OK|MISS` lines. Everything it starts it stops, error or not.
"""

import os

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from loa.portal import loadtest
from loa.portal.loadtest_pages import page_groups
from loa.portal.loadtest_server import get, served

TARGET_P95_MS = 100


class Command(BaseCommand):
    help = "Đo tải trang công khai: 200 người xem đồng thời qua gunicorn (chỉ 127.0.0.1)."

    def add_arguments(self, parser):
        parser.add_argument("--visitors", type=int, default=200)
        parser.add_argument("--seconds", type=float, default=30.0)

    def handle(self, *args, visitors, seconds, **options):
        if connection.vendor != "postgresql" or not os.environ.get("DATABASE_URL"):
            raise CommandError("Đo tải cần PostgreSQL: đặt DATABASE_URL (make loadtest tự đặt).")
        groups = page_groups()
        with served() as port:
            self._warm(port, groups)
            outcomes = loadtest.run(port=port, groups=groups, visitors=visitors, seconds=seconds)
        self._print(outcomes, visitors, seconds)

    def _warm(self, port, groups):
        for paths in groups.values():
            for path in paths:
                status = get(port, path)
                if status != 200:
                    raise CommandError(f"Trang {path} trả về {status} trước khi đo.")

    def _print(self, outcomes, visitors, seconds):
        w = self.stdout.write
        total = loadtest.merged(outcomes)
        done = len(total.latencies_ms)
        w(f"{visitors} người xem, {seconds:.0f} giây, {done} yêu cầu ({done / seconds:.0f}/giây)")
        for name, outcome in outcomes.items():
            w(
                f"  {name}: {len(outcome.latencies_ms)} yêu cầu, trung vị "
                f"{outcome.median:.1f} ms, p95 {outcome.p(0.95):.1f} ms, "
                f"lỗi {len(outcome.errors)}"
            )
        p95 = total.p(0.95)
        verdict = "OK" if p95 <= TARGET_P95_MS else "MISS"
        w(f"portal_load_{visitors}_p95_ms: {p95:.1f} (target ≤ {TARGET_P95_MS}) {verdict}")
        errors = len(total.errors)
        w(f"portal_load_{visitors}_errors: {errors} (target 0) {'OK' if errors == 0 else 'MISS'}")
        for error in sorted(set(total.errors))[:10]:
            w(f"  {error}")
