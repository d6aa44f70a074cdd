"""`make loadtest`, second part: 500 participants of an online contest answering and
submitting their attempts at once, through gunicorn with the production settings on
PostgreSQL, on loopback only (ADR 32). Prints `name: value (target …) OK|MISS` lines: the
submissions' p95, the errors, and whether every attempt sent is in the database."""

import math
import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from loa.contests import loadtest
from loa.portal.loadtest_pages import DEMO_COMMUNE
from loa.portal.loadtest_server import served
from loa.units.models import Unit

TARGET_P95_MS = 200


class Command(BaseCommand):
    help = "Đo tải cuộc thi trực tuyến: 500 người cùng làm và nộp bài qua gunicorn (127.0.0.1)."

    def add_arguments(self, parser):
        parser.add_argument("--participants", type=int, default=500)
        parser.add_argument("--seconds", type=float, default=30.0)

    def handle(self, *args, participants, seconds, **options):
        if connection.vendor != "postgresql" or not os.environ.get("DATABASE_URL"):
            raise CommandError("Đo tải cần PostgreSQL: đặt DATABASE_URL (make loadtest tự đặt).")
        commune = Unit.objects.filter(key=DEMO_COMMUNE).select_related("parent").first()
        if commune is None or commune.parent is None:
            raise CommandError("Chưa có dữ liệu mẫu: chạy load_units và load_demo trước.")
        # a sheet takes 5–20 s to answer: enough attempts drawn that nobody runs out
        each = math.ceil(seconds / 5) + 1
        contest, people = loadtest.prepare(
            organiser=commune.parent,
            by=get_user_model().objects.order_by("pk").first(),
            participants=participants,
            attempts_each=each,
        )
        with served() as port:
            run = loadtest.run(port=port, people=people, seconds=seconds)
        saved = loadtest.submitted(contest)
        w = self.stdout.write
        sub = run.submissions
        w(
            f"{participants} người dự thi, {seconds:.0f} giây: {len(run.sheets.latencies_ms)} "
            f"lần mở đề (p95 {run.sheets.p(0.95):.1f} ms), {run.sent} bài nộp, "
            f"{saved} bài đã lưu, {len(run.scores.latencies_ms)} lần xem điểm "
            f"(p95 {run.scores.p(0.95):.1f} ms)"
        )
        p95 = sub.p(0.95)
        ok = p95 <= TARGET_P95_MS
        w(
            f"contest_load_{participants}_submit_p95_ms: {p95:.1f} (target ≤ {TARGET_P95_MS}) "
            f"{'OK' if ok else 'MISS'}"
        )
        errors = len(sub.errors) + len(run.sheets.errors) + len(run.scores.errors)
        w(
            f"contest_load_{participants}_errors: {errors} (target 0) "
            f"{'OK' if errors == 0 else 'MISS'}"
        )
        lost = run.sent - saved
        w(
            f"contest_load_{participants}_attempts_lost: {lost} of {run.sent} sent (target 0) "
            f"{'OK' if lost == 0 and run.sent else 'MISS'}"
        )
        for error in sorted(set(sub.errors + run.sheets.errors + run.scores.errors))[:10]:
            w(f"  {error}")
