"""Live figures from the tallies (models/tally.py, ADR 0033): the log's sums by channel,
month and reform area for a unit, its subtree or the whole country, in a few indexed
reads whatever the size of the log.

    live_figures(province, period.start, period.end, below_only=True)
    figures_by_unit([c.pk for c in communes], period.start, period.end)

Periods are whole half-month buckets (the 1st–14th, the 15th–end): every report period
(15th → 14th) and every calendar month is."""

import calendar
import datetime

from django.db import connections, transaction
from django.db.models import Sum
from django.db.models.functions import ExtractMonth

from loa.units.models import Unit

from .models import AreaTally, Tally


def bucket_of(day: datetime.date) -> datetime.date:
    return day.replace(day=1 if day.day < 15 else 15)


def _check_edges(start: datetime.date, end: datetime.date) -> None:
    last = calendar.monthrange(end.year, end.month)[1]
    if start.day not in (1, 15) or end.day not in (14, last) or end < start:
        raise ValueError(f"{start}–{end} is not a run of whole half-month buckets")


def _scope(queryset, unit: Unit | None, start, end, below_only: bool):
    queryset = queryset.filter(bucket__gte=start, bucket__lte=end, rows__gt=0)
    if unit is None:
        # every activity is under exactly one root, within distance 2. The roots' ids are
        # given as a list: joined to units_unit instead, PostgreSQL read the whole
        # area tally table (89 ms on the bench's country) rather than probe its index (5 ms)
        roots = list(Unit.objects.filter(parent__isnull=True).values_list("pk", flat=True))
        return queryset.filter(unit_id__in=roots)
    queryset = queryset.filter(unit=unit)
    return queryset.filter(distance__gte=1) if below_only else queryset


def live_figures(
    unit: Unit | None, start: datetime.date, end: datetime.date, *, below_only: bool = False
) -> dict:
    """The sums of log_figures (channels, months, areas) and a month × channel grid of
    rows, over `unit`'s subtree (or only the units below it), or the country if None."""
    _check_edges(start, end)
    channels, months, grid = {}, {}, {}
    by_channel = (
        _scope(Tally.objects, unit, start, end, below_only)
        .values("channel__code", month=ExtractMonth("bucket"))
        .annotate(q=Sum("quantity"), p=Sum("participants"), n=Sum("rows"), proven=Sum("proven"))
        .order_by()
    )
    for row in by_channel:
        code, month = row["channel__code"], f"{row['month']:02d}"
        entry = channels.setdefault(
            code, {"quantity": 0, "participants": 0, "rows": 0, "proven": 0}
        )
        entry["quantity"] += row["q"]
        entry["participants"] += row["p"]
        entry["rows"] += row["n"]
        entry["proven"] += row["proven"]
        months[month] = months.get(month, 0) + row["q"]
        grid.setdefault(month, {})[code] = row["n"]
    areas = dict(
        _scope(AreaTally.objects, unit, start, end, below_only)
        .values("area__name")
        .annotate(q=Sum("quantity"))
        .order_by()
        .values_list("area__name", "q")
    )
    return {"channels": channels, "months": months, "areas": areas, "grid": grid}


def _zeros() -> dict:
    return {
        "rows": 0,
        "quantity": 0,
        "participants": 0,
        "proven": 0,
        "online": 0,
        "traditional": 0,
        "channels": {},
        "months": {},
    }


def figures_by_unit(
    unit_ids: list[int], start: datetime.date, end: datetime.date
) -> dict[int, dict]:
    """For each unit, the sums over its whole subtree, by channel kind, channel and
    month (of rows); zeros for a unit with nothing. One query for any number of units."""
    _check_edges(start, end)
    out = {pk: _zeros() for pk in unit_ids}
    rows = (
        Tally.objects.filter(
            unit_id__in=list(unit_ids), bucket__gte=start, bucket__lte=end, rows__gt=0
        )
        .values("unit_id", "channel__code", "channel__kind", month=ExtractMonth("bucket"))
        .annotate(q=Sum("quantity"), p=Sum("participants"), n=Sum("rows"), proven=Sum("proven"))
        .order_by()
    )
    for row in rows:
        entry = out[row["unit_id"]]
        channel = entry["channels"].setdefault(
            row["channel__code"], {"rows": 0, "quantity": 0, "participants": 0, "proven": 0}
        )
        for key, value in (
            ("rows", row["n"]),
            ("quantity", row["q"]),
            ("participants", row["p"]),
            ("proven", row["proven"]),
        ):
            entry[key] += value
            channel[key] += value
        entry[row["channel__kind"]] += row["n"]
        month = f"{row['month']:02d}"
        entry["months"][month] = entry["months"].get(month, 0) + row["n"]
    return out


def totals_by_unit(
    unit_ids: list[int], start: datetime.date, end: datetime.date
) -> dict[int, dict]:
    """figures_by_unit without the channels and months: each unit's rows, quantity,
    participants, proven and rows by channel kind, summed by the database (two rows a
    unit, where figures_by_unit reads one a channel and month): the tables of units."""
    _check_edges(start, end)
    keys = ("rows", "quantity", "participants", "proven", "online", "traditional")
    out = {pk: dict.fromkeys(keys, 0) for pk in unit_ids}
    rows = (
        Tally.objects.filter(
            unit_id__in=list(unit_ids), bucket__gte=start, bucket__lte=end, rows__gt=0
        )
        .values_list("unit_id", "channel__kind")
        .annotate(q=Sum("quantity"), p=Sum("participants"), n=Sum("rows"), proven=Sum("proven"))
        .order_by()
    )
    for unit_id, kind, quantity, participants, n, proven in rows:
        entry = out[unit_id]
        entry["rows"] += n
        entry["quantity"] += quantity
        entry["participants"] += participants
        entry["proven"] += proven
        entry[kind] += n
    return out


def _bucket_sql(vendor: str, day: str) -> str:
    # the same expression as the triggers' (migration 0003)
    if vendor == "sqlite":
        return (
            f"(substr({day}, 1, 8) || CASE WHEN substr({day}, 9, 2) < '15' THEN '01' ELSE '15' END)"
        )
    return (
        f"({day} - (extract(day FROM {day})::int"
        f" - CASE WHEN extract(day FROM {day}) < 15 THEN 1 ELSE 15 END))"
    )


_REBUILD = [
    # distance 0: each unit's own activities
    """INSERT INTO activities_tally
           (unit_id, distance, channel_id, bucket, "rows", quantity, participants, proven)
       SELECT a.unit_id, 0, a.channel_id, {bucket}, COUNT(*), SUM(a.quantity),
              SUM(COALESCE(a.participants, 0)), COUNT(e.activity_id)
         FROM activities_activity a
         LEFT JOIN (SELECT DISTINCT activity_id FROM activities_evidence) e
           ON e.activity_id = a.id
        GROUP BY a.unit_id, a.channel_id, 4""",
    """INSERT INTO activities_areatally (unit_id, distance, area_id, bucket, "rows", quantity)
       SELECT a.unit_id, 0, ar.reformarea_id, {bucket}, COUNT(*), SUM(a.quantity)
         FROM activities_activity_reform_areas ar
         JOIN activities_activity a ON a.id = ar.activity_id
        GROUP BY a.unit_id, ar.reformarea_id, 4""",
]
# distances 1 and 2: the rows one step down, summed at their parent
for _below in ("0", "1"):
    _REBUILD += [
        """INSERT INTO activities_tally
               (unit_id, distance, channel_id, bucket, "rows", quantity, participants, proven)
           SELECT u.parent_id, t.distance + 1, t.channel_id, t.bucket, SUM(t."rows"),
                  SUM(t.quantity), SUM(t.participants), SUM(t.proven)
             FROM activities_tally t JOIN units_unit u ON u.id = t.unit_id
            WHERE t.distance = {below} AND u.parent_id IS NOT NULL
            GROUP BY u.parent_id, t.distance, t.channel_id, t.bucket""".replace("{below}", _below),
        """INSERT INTO activities_areatally
               (unit_id, distance, area_id, bucket, "rows", quantity)
           SELECT u.parent_id, t.distance + 1, t.area_id, t.bucket, SUM(t."rows"),
                  SUM(t.quantity)
             FROM activities_areatally t JOIN units_unit u ON u.id = t.unit_id
            WHERE t.distance = {below} AND u.parent_id IS NOT NULL
            GROUP BY u.parent_id, t.distance, t.area_id, t.bucket""".replace("{below}", _below),
    ]


def tallies_vacuum(*, using: str = "default") -> None:
    """After a recount, on PostgreSQL: VACUUM marks the freshly written pages all-visible,
    so that the tables' covering index answers without reading the heap (the province
    table's read: 225 ms before, about 12 ms after, on the bench's country) instead of
    waiting for autovacuum's next visit. Outside any transaction, as VACUUM must be."""
    connection = connections[using]
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        return
    with connection.cursor() as cursor:
        cursor.execute("VACUUM (ANALYZE) activities_tally, activities_areatally")


def tallies_rebuild(*, using: str = "default") -> None:
    """Count every tally again from the log: after a load that bypassed the triggers
    (the bench's), or to check them (`manage.py tallies_rebuild`)."""
    connection = connections[using]
    with transaction.atomic(using=using), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # writers wait until the recount is in: none is counted twice or missed
            cursor.execute(
                "LOCK TABLE activities_activity, activities_activity_reform_areas, "
                "activities_evidence, units_unit IN SHARE MODE"
            )
            # TRUNCATE refuses while foreign keys written earlier in the transaction wait
            # to be checked at commit: check them now
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute("TRUNCATE activities_tally, activities_areatally")
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        else:
            cursor.execute("DELETE FROM activities_tally")
            cursor.execute("DELETE FROM activities_areatally")
        bucket = _bucket_sql(connection.vendor, "a.started_on")
        for sql in _REBUILD:
            cursor.execute(sql.replace("{bucket}", bucket))
        if connection.vendor == "postgresql":
            # the planner learns the tables' new size at once, not at the next autovacuum
            cursor.execute("ANALYZE activities_tally, activities_areatally")
