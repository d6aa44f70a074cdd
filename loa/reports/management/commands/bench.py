"""`make bench`: report compilation at national scale, on PostgreSQL.

Builds (once, then reuses) a synthetic country: every current commune of the 34 provinces,
150 activities a year for 3 years (about 1.5 million activities). Then times, as medians:
one commune's annual report, a province's roll-up and the national figures, each beside the
hand-written SQL aggregate that is the floor for the same figures. Then the bounded work of
one request: reading hostile spreadsheets of at most 5 MB, and rendering a plan of 5,000
paragraphs to DOCX and PDF, and whatever else an app measures in its `benchmarks.run`
(found through the app registry, so that no app imports one above it).
"""

import datetime
import random
import statistics
import time
from importlib import import_module

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.db.models import Sum

from loa.activities.models import Activity, Tally
from loa.activities.tallies import live_figures, tallies_rebuild, tallies_vacuum
from loa.plans.models import Channel, ReformArea
from loa.reports.drafting import draft
from loa.reports.figures import channel_totals, consolidated_figures, log_figures
from loa.reports.models import Report, ReportSum
from loa.reports.periods import period_of
from loa.units.models import Level, Unit

YEARS = (2024, 2025, 2026)
PER_YEAR = 150
TARGETS_MS = {"commune_report": 100, "province_rollup": 300, "national_rollup": 100}
# the dashboard's live figures from the tallies (ADR 0033), and what the triggers cost a write
LIVE_TARGETS_MS = {"national_live": 100, "province_live": 20}
WRITE_TARGET = 1.5
WRITE_DAY = datetime.date(2026, 5, 20)

# The floor: the same figures (by channel and month, by office, by area), hand-written.
FLOOR_SQL = """
SELECT a.channel_id, EXTRACT(MONTH FROM a.started_on), SUM(a.quantity), SUM(a.participants),
       COUNT(*)
  FROM activities_activity a
 WHERE {units} a.started_on BETWEEN %(start)s AND %(end)s
 GROUP BY 1, 2;
SELECT a.office_id, SUM(a.quantity)
  FROM activities_activity a
 WHERE {units} a.started_on BETWEEN %(start)s AND %(end)s
 GROUP BY 1;
SELECT ar.reformarea_id, SUM(a.quantity)
  FROM activities_activity_reform_areas ar
  JOIN activities_activity a ON a.id = ar.activity_id
 WHERE {units} a.started_on BETWEEN %(start)s AND %(end)s
 GROUP BY 1;
"""


# What the drafted prose reads besides the figures: the period's activities of the unit, in
# order, as plain rows (the titles and topics it cites).
LOG_ROWS_SQL = """
SELECT c.code, a.title, a.description, a.led_by, a.started_on
  FROM activities_activity a JOIN plans_channel c ON c.id = a.channel_id
 WHERE a.unit_id = %(unit)s AND a.started_on BETWEEN %(start)s AND %(end)s
 ORDER BY a.started_on, a.id
"""

# One activity written as the log view writes it, then edited and deleted (links first,
# as Django deletes them).
WRITE_INSERT_SQL = """
INSERT INTO activities_activity
    (unit_id, channel_id, title, description, started_on, quantity, participants, link,
     location, import_key, led_by, created_at, updated_at)
VALUES (%(unit)s, %(channel)s, 'Hội nghị tuyên truyền CCHC (đo tốc độ)', '', %(day)s,
        2, 40, '', '', '', '', now(), now())
RETURNING id
"""
WRITE_LINKS_SQL = (
    "INSERT INTO activities_activity_reform_areas (activity_id, reformarea_id) "
    "SELECT %(activity)s, unnest(%(areas)s::bigint[])"
)
WRITE_UPDATE_SQL = (
    "UPDATE activities_activity SET quantity = 3, participants = 45, updated_at = now() "
    "WHERE id = %(activity)s"
)
WRITE_DELETE_LINKS_SQL = (
    "DELETE FROM activities_activity_reform_areas WHERE activity_id = %(activity)s"
)
WRITE_DELETE_SQL = "DELETE FROM activities_activity WHERE id = %(activity)s"

LAST_YEAR_SQL = """
SELECT a.channel_id, SUM(a.quantity), SUM(a.participants), COUNT(*)
  FROM activities_activity a
 WHERE a.unit_id = %(unit)s AND a.started_on BETWEEN %(start)s AND %(end)s
 GROUP BY 1
"""


def _median_ms(fn, runs: int) -> float:
    fn()  # warm caches and connections
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


class Command(BaseCommand):
    help = "Đo thời gian lập báo cáo, tổng hợp tỉnh và toàn quốc trên dữ liệu giả lập cả nước."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=7)

    def handle(self, *args, runs, **options):
        if connection.vendor != "postgresql":
            raise CommandError("make bench chạy trên PostgreSQL (DATABASE_URL).")
        communes = list(
            Unit.objects.filter(level=Level.COMMUNE, valid_to__isnull=True).values_list(
                "pk", flat=True
            )
        )
        if len(communes) < 3000:
            raise CommandError("Chưa nạp danh mục đơn vị hành chính (manage.py load_units).")
        self._ensure_data(len(communes))
        self._ensure_tallies()
        self._ensure_reports(communes)

        period = period_of("annual", 2026)
        rng = random.Random(7)
        sample = rng.sample(communes, 15)
        provinces = list(Unit.objects.filter(level=Level.PROVINCE, valid_to__isnull=True))
        big = max(provinces, key=lambda p: p.children.count())
        province_units = list(big.children.values_list("pk", flat=True))
        units = {u.pk: u for u in Unit.objects.filter(pk__in=sample)}

        def commune_report():
            unit = units[rng.choice(sample)]
            figures = log_figures([unit.pk], period.start, period.end)
            last = channel_totals([unit.pk], *_last_year(period))
            draft(unit=unit, period=period, plan=None, figures=figures, last_year=last)

        def commune_floor():
            unit = rng.choice(sample)
            self._floor([unit], period.start, period.end)
            with connection.cursor() as cursor:
                cursor.execute(
                    LAST_YEAR_SQL,
                    {"unit": unit, "start": _last_year(period)[0], "end": _last_year(period)[1]},
                )
                cursor.fetchall()
                cursor.execute(
                    LOG_ROWS_SQL, {"unit": unit, "start": period.start, "end": period.end}
                )
                cursor.fetchall()

        results = {
            "commune_report": (
                _median_ms(commune_report, runs * 3),
                _median_ms(commune_floor, runs * 3),
            ),
            # the upper level consolidates the communes' sent reports (frozen figures)
            "province_rollup": (
                _median_ms(lambda: consolidated_figures(big, "annual", 2026, 1), runs),
                _median_ms(lambda: self._rollup_floor(big.pk), runs),
            ),
            "national_rollup": (
                _median_ms(lambda: consolidated_figures(None, "annual", 2026, 1), runs),
                _median_ms(lambda: self._rollup_floor(None), runs),
            ),
        }
        total = Unit.objects.count()
        self.stdout.write(
            f"# {self._count():,} activities, {len(communes):,} communes, "
            f"{total:,} units; province: {big.name} ({len(province_units)} "
            f"communes); medians of {runs}+ runs"
        )
        live_province = _median_ms(
            lambda: log_figures(None, period.start, period.end, parent=big), runs
        )
        live_country = _median_ms(lambda: log_figures(None, period.start, period.end), 3)
        self.stdout.write(
            f"# live from the activity log (before reports are sent): province "
            f"{live_province:.1f} ms, country {live_country:.1f} ms"
        )
        live = {
            "national_live": _median_ms(lambda: live_figures(None, period.start, period.end), runs),
            "province_live": _median_ms(
                lambda: live_figures(big, period.start, period.end, below_only=True), runs * 3
            ),
        }
        for name, ms in live.items():
            target = LIVE_TARGETS_MS[name]
            self.stdout.write(
                f"{name}: {ms:.1f} ms (target ≤ {target} ms) {'OK' if ms <= target else 'MISS'}"
            )
        times = self._write_cost(province_units[0], runs)
        on, off = times["app"]
        ratio = on / off
        self.stdout.write(
            f"activity_write: {ratio:.2f}x (target ≤ {WRITE_TARGET}x) "
            f"{'OK' if ratio <= WRITE_TARGET else 'MISS'}"
        )
        bare_on, bare_off = times["bare"]
        self.stdout.write(
            f"# activity_write as the log view writes it: {off:.2f} → {on:.2f} ms; as bare "
            f"SQL statements: {bare_off:.2f} → {bare_on:.2f} ms ({bare_on / bare_off:.2f}x)"
        )
        for name, (ms, floor) in results.items():
            target = TARGETS_MS[name]
            ok = ms <= target and ms <= 2 * floor
            self.stdout.write(
                f"{name}: {ms:.1f} ms (floor {floor:.1f} ms, target {target} ms) "
                f"{'OK' if ok else 'MISS'}"
            )
        # bounded work per request (issue #10): a hostile spreadsheet, a very long plan;
        # the procedures search (issue #11)
        for module in app_benchmarks():
            module.run(self.stdout)

    def _write_cost(self, unit_id: int, rounds: int) -> dict:
        """Median times (ms) of one activity's insert with two reform areas, its update and
        its delete, with the triggers on and off, each in a transaction rolled back: as
        the log view writes it (history included), and as bare SQL statements."""
        unit = Unit.objects.get(pk=unit_id)
        channel = Channel.objects.first()
        areas = list(ReformArea.objects.all()[:2])

        def app():
            activity = Activity.objects.create(
                unit=unit,
                channel=channel,
                title="Hội nghị tuyên truyền CCHC (đo tốc độ)",
                started_on=WRITE_DAY,
                quantity=2,
                participants=40,
            )
            activity.reform_areas.set(areas)
            activity.quantity, activity.participants = 3, 45
            activity.save()
            activity.delete()

        def bare():
            with connection.cursor() as cursor:
                cursor.execute(
                    WRITE_INSERT_SQL, {"unit": unit_id, "channel": channel.pk, "day": WRITE_DAY}
                )
                activity = cursor.fetchone()[0]
                ids = [a.pk for a in areas]
                cursor.execute(WRITE_LINKS_SQL, {"activity": activity, "areas": ids})
                cursor.execute(WRITE_UPDATE_SQL, {"activity": activity})
                cursor.execute(WRITE_DELETE_LINKS_SQL, {"activity": activity})
                cursor.execute(WRITE_DELETE_SQL, {"activity": activity})

        def once(write, triggers: bool) -> float:
            with transaction.atomic():
                if not triggers:
                    with connection.cursor() as cursor:
                        # user triggers off, for this transaction only
                        cursor.execute("SET LOCAL session_replication_role = replica")
                started = time.perf_counter()
                write()
                elapsed = time.perf_counter() - started
                transaction.set_rollback(True)
            return elapsed * 1000

        times = {}
        for name, write in (("app", app), ("bare", bare)):
            on, off = [], []
            # in blocks, alternated: switching the triggers makes the next write plan again
            for _ in range(rounds):
                on += [once(write, True) for _ in range(10)][1:]
                off += [once(write, False) for _ in range(10)][1:]
            times[name] = (statistics.median(on), statistics.median(off))
        return times

    def _floor(self, units, start, end):
        condition = "a.unit_id = ANY(%(units)s) AND" if units is not None else ""
        sql = FLOOR_SQL.format(units=condition)
        with connection.cursor() as cursor:
            for statement in filter(None, (s.strip() for s in sql.split(";"))):
                cursor.execute(statement, {"units": list(units or []), "start": start, "end": end})
                cursor.fetchall()

    def _rollup_floor(self, parent_id):
        where = "u.parent_id = %(parent)s" if parent_id else "u.level = 3 AND u.valid_to IS NULL"
        with connection.cursor() as cursor:
            for part in ("channels", "months", "areas"):
                value = (
                    "SUM((e.value->>'quantity')::int), SUM((e.value->>'participants')::int)"
                    if part == "channels"
                    else "SUM(e.value::text::int)"
                )
                cursor.execute(
                    f"SELECT e.key, {value} FROM reports_report r "  # noqa: S608 (constants)
                    f"JOIN units_unit u ON u.id = r.unit_id, jsonb_each(r.frozen->'{part}') e "
                    f"WHERE {where} AND r.kind = 'annual' AND r.year = 2026 AND r.index = 1 "
                    "AND r.status = 'sent' AND NOT r.is_consolidated GROUP BY e.key",
                    {"parent": parent_id},
                )
                cursor.fetchall()

    def _ensure_reports(self, communes) -> None:
        """Every commune's 2026 annual report, sent, with its frozen figures."""

        sent = Report.objects.filter(kind="annual", year=2026, status="sent")
        if sent.count() >= len(communes) * 0.95:
            summed = ReportSum.objects.filter(kind="annual", year=2026).aggregate(n=Sum("reports"))
            below = sent.filter(is_consolidated=False, unit__parent__isnull=False)
            if summed["n"] != below.count():
                # written by an earlier bench, without the services that keep the sums
                call_command("reportsums_rebuild", stdout=self.stdout)
            return
        self.stdout.write("Lập và gửi báo cáo năm 2026 giả lập của mọi xã (một lần)…")
        Report.objects.filter(kind="annual", year=2026).delete()
        period = period_of("annual", 2026)
        units = {u.pk: u for u in Unit.objects.filter(pk__in=communes)}
        reports = []
        for pk in communes:
            unit = units[pk]
            reports.append(
                Report(
                    unit=unit,
                    kind="annual",
                    year=2026,
                    index=1,
                    period_start=period.start,
                    period_end=period.end,
                    title="Kết quả tuyên truyền cải cách hành chính năm 2026",
                    status="sent",
                    frozen=log_figures([pk], period.start, period.end),
                    place=unit.short_name,
                )
            )
        Report.objects.bulk_create(reports, batch_size=500)
        # bulk_create bypasses report_send, which keeps the sums the roll-ups read (ADR 34)
        call_command("reportsums_rebuild", stdout=self.stdout)

    def _count(self) -> int:
        with connection.cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM activities_activity")
            return cursor.fetchone()[0]

    def _ensure_data(self, communes: int) -> None:
        wanted = communes * PER_YEAR * len(YEARS)
        if self._count() >= wanted * 0.95:
            return  # generated by an earlier run
        self.stdout.write(f"Sinh {wanted:,} hoạt động giả lập (một lần, vài phút)…")
        channels = list(Channel.objects.values_list("pk", flat=True))
        areas = list(ReformArea.objects.values_list("pk", flat=True))
        started = time.perf_counter()
        with transaction.atomic(), connection.cursor() as cursor:
            # the triggers would count 1.5 million rows one by one: off for the load, then
            # one recount (_ensure_tallies)
            cursor.execute("SET LOCAL session_replication_role = replica")
            cursor.execute(
                "TRUNCATE activities_activity_reform_areas, activities_activity "
                "RESTART IDENTITY CASCADE"
            )
            cursor.execute(
                """
                INSERT INTO activities_activity
                    (unit_id, office_id, channel_id, title, description, started_on, quantity,
                     participants, link, location, import_key, led_by, created_at, updated_at)
                SELECT u.id,
                       (SELECT o.id FROM units_office o WHERE o.unit_id = u.id
                         ORDER BY o.id OFFSET (g %% 5) LIMIT 1),
                       (%(channels)s::bigint[])[1 + (g * 7 + u.id) %% %(n_channels)s],
                       'Hoạt động tuyên truyền (dữ liệu giả lập)', '',
                       DATE '2023-12-15' + ((g * 37 + u.id) %% (365 * %(years)s))::int,
                       1 + (g %% 4),
                       CASE WHEN g %% 6 = 0 THEN 10 + (g * 13 %% 90) END,
                       '', '', '', '', now(), now()
                  FROM units_unit u CROSS JOIN generate_series(1, %(per_unit)s) g
                 WHERE u.level = 3 AND u.valid_to IS NULL
                """,
                {
                    "channels": channels,
                    "n_channels": len(channels),
                    "years": len(YEARS),
                    "per_unit": PER_YEAR * len(YEARS),
                },
            )
            cursor.execute(
                "INSERT INTO activities_activity_reform_areas (activity_id, reformarea_id) "
                "SELECT id, (%(areas)s::bigint[])[1 + id %% %(n)s] FROM activities_activity",
                {"areas": areas, "n": len(areas)},
            )
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE activities_activity")
            cursor.execute("ANALYZE activities_activity_reform_areas")
        self.stdout.write(f"… xong trong {time.perf_counter() - started:.0f} s.")

    def _ensure_tallies(self) -> None:
        """Recount the tallies when they do not hold the whole log (a database filled
        before migration 0003 of activities, or by a load with the triggers off)."""
        counted = Tally.objects.filter(distance=0).aggregate(n=Sum("rows"))["n"] or 0
        if counted == self._count():
            return
        self.stdout.write("Đếm lại số liệu tổng hợp nhanh từ nhật ký hoạt động (một lần)…")
        started = time.perf_counter()
        tallies_rebuild()
        tallies_vacuum()
        self.stdout.write(f"… xong trong {time.perf_counter() - started:.0f} s.")


def app_benchmarks() -> list:
    """The `benchmarks` module of every installed app that has one, in the apps' order."""
    found = []
    for config in apps.get_app_configs():
        name = f"{config.name}.benchmarks"
        try:
            found.append(import_module(name))
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
    return found


def _last_year(period):
    return (
        period.start.replace(year=period.start.year - 1),
        period.end.replace(year=period.end.year - 1),
    )
