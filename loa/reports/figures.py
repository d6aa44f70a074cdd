"""The figures of a report: sums from the activity log over the period, never typed. A
report's figures = the log's sums + its corrections; once sent they are frozen as JSON and
later edits of activities show as differences."""

from collections import defaultdict

from django.db import connection
from django.db.models import Count, Q, Sum
from django.db.models.functions import ExtractMonth

from loa.activities.models import Activity
from loa.activities.queries import target_progress
from loa.plans.models import Channel, ReformArea
from loa.units.models import Level, Office, Unit

from .consolidation import consolidated_targets, unit_table
from .models import Report, ReportStatus, ReportSum
from .sources import extra_figures, sum_extras
from .sums import figures_add, figures_empty, figures_merge


class _Catalogue:
    """id → value maps of a small catalogue, read once per process and again whenever an
    id is missing (an admin added an item), so they never serve a stale answer."""

    def __init__(self, model, field):
        self.model, self.field, self.values = model, field, {}

    def __getitem__(self, pk):
        if pk not in self.values:
            self.values = dict(self.model.objects.values_list("pk", self.field))
        return self.values[pk]


_CHANNEL_CODES = _Catalogue(Channel, "code")
_AREA_NAMES = _Catalogue(ReformArea, "name")


def _empty():
    return {"quantity": 0, "participants": 0, "rows": 0}


_LOG_SQL = """
WITH a AS MATERIALIZED (
    SELECT id, office_id, channel_id, quantity, participants, started_on, title
      FROM activities_activity
     WHERE started_on BETWEEN %(start)s AND %(end)s {units}
)
SELECT 'c', channel_id, EXTRACT(MONTH FROM started_on)::int, SUM(quantity),
       SUM(participants), COUNT(*), NULL
  FROM a GROUP BY channel_id, 3
UNION ALL
SELECT 'o', g.office_id, NULL, g.q, NULL, NULL,
       (SELECT o.name FROM units_office o WHERE o.id = g.office_id)
  FROM (SELECT office_id, SUM(quantity) AS q FROM a GROUP BY office_id) g
UNION ALL
SELECT 'r', ar.reformarea_id, NULL, SUM(a.quantity), NULL, NULL, NULL
  FROM a JOIN activities_activity_reform_areas ar ON ar.activity_id = a.id
 GROUP BY ar.reformarea_id
UNION ALL
(SELECT 'x', id, NULL, participants, NULL, NULL, title
   FROM a WHERE participants > 0 ORDER BY participants DESC, id LIMIT 1)
"""


def _log_figures_postgresql(unit_ids, start, end, parent) -> dict:
    """The same figures in one round trip: the hot path of every report at scale."""
    if parent is not None:
        units, params = (
            "AND unit_id IN (SELECT id FROM units_unit WHERE parent_id = %(p)s)",
            {"p": parent.pk},
        )
    elif unit_ids is not None:
        units, params = "AND unit_id = ANY(%(units)s)", {"units": list(unit_ids)}
    else:
        units, params = "", {}
    with connection.cursor() as cursor:
        cursor.execute(_LOG_SQL.format(units=units), {"start": start, "end": end, **params})
        rows = cursor.fetchall()
    channels, months, offices, areas = {}, defaultdict(int), defaultdict(int), {}
    standout = None
    for part, key, month, quantity, participants, count, name in rows:
        quantity = int(quantity or 0)
        if part == "x":
            standout = {"title": name, "participants": quantity}
        elif part == "c":
            entry = channels.setdefault(_CHANNEL_CODES[key], _empty())
            entry["quantity"] += quantity
            entry["participants"] += int(participants or 0)
            entry["rows"] += count
            months[f"{month:02d}"] += quantity
        elif part == "o":
            offices[name or "Không ghi bộ phận"] += quantity
        else:
            areas[_AREA_NAMES[key]] = quantity
    return {
        "channels": channels,
        "offices": dict(offices),
        "months": dict(months),
        "areas": areas,
        "standout": standout,
    }


def log_figures(unit_ids, start, end, *, parent=None) -> dict:
    """Sums over the activities of the given units (or of every unit directly below
    `parent`, or of the whole country when both are None) in [start, end], by channel,
    office, reform area and month. JSON-ready: keys are strings.

    Three grouped queries: channel × month, office, reform area; on PostgreSQL one
    statement does all three."""
    if connection.vendor == "postgresql":
        return _log_figures_postgresql(unit_ids, start, end, parent)
    base = Activity.objects.filter(started_on__gte=start, started_on__lte=end).order_by()
    if parent is not None:
        base = base.filter(unit__parent=parent)
    elif unit_ids is not None:
        base = base.filter(unit_id__in=list(unit_ids))
    codes = _CHANNEL_CODES
    channels, months = {}, defaultdict(int)
    for row in (
        base.annotate(m=ExtractMonth("started_on"))
        .values("channel_id", "m")
        .annotate(quantity=Sum("quantity"), participants=Sum("participants"), rows=Count("id"))
    ):
        entry = channels.setdefault(codes[row["channel_id"]], _empty())
        entry["quantity"] += row["quantity"] or 0
        entry["participants"] += row["participants"] or 0
        entry["rows"] += row["rows"]
        months[f"{row['m']:02d}"] += row["quantity"] or 0
    # grouped by id, named afterwards: a join on the office table makes the planner read it
    offices = defaultdict(int)
    by_office = list(base.values("office_id").annotate(quantity=Sum("quantity")))
    names = dict(
        Office.objects.filter(
            pk__in=[r["office_id"] for r in by_office if r["office_id"]]
        ).values_list("pk", "name")
    )
    for r in by_office:
        offices[names.get(r["office_id"], "Không ghi bộ phận")] += r["quantity"] or 0
    area_names = _AREA_NAMES
    areas = {
        area_names[r["reformarea_id"]]: r["quantity"] or 0
        for r in Activity.reform_areas.through.objects.filter(activity__in=base)
        .order_by()
        .values("reformarea_id")
        .annotate(quantity=Sum("activity__quantity"))
    }
    top = (
        base.filter(participants__gt=0)
        .order_by("-participants", "pk")
        .values("title", "participants")
        .first()
    )
    return {
        "channels": channels,
        "offices": dict(offices),
        "months": dict(months),
        "areas": areas,
        "standout": top,
    }


def channel_totals(unit_ids, start, end) -> dict:
    """Just the sums by channel (for the same period of last year)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT channel_id, SUM(quantity), SUM(participants), COUNT(*) "
                "FROM activities_activity WHERE unit_id = ANY(%s) "
                "AND started_on BETWEEN %s AND %s GROUP BY channel_id",
                [list(unit_ids), start, end],
            )
            return {
                "channels": {
                    _CHANNEL_CODES[c]: {
                        "quantity": int(q or 0),
                        "participants": int(p or 0),
                        "rows": n,
                    }
                    for c, q, p, n in cursor.fetchall()
                }
            }
    rows = (
        Activity.objects.filter(
            unit_id__in=list(unit_ids), started_on__gte=start, started_on__lte=end
        )
        .order_by()
        .values("channel_id")
        .annotate(quantity=Sum("quantity"), participants=Sum("participants"), rows=Count("id"))
    )
    return {
        "channels": {
            _CHANNEL_CODES[r["channel_id"]]: {
                "quantity": r["quantity"] or 0,
                "participants": r["participants"] or 0,
                "rows": r["rows"],
            }
            for r in rows
        }
    }


def report_figures(report: Report) -> dict:
    """Every figure the report prints, in one place (body, appendix, Excel, consolidation
    all read these): the log over the report's period (or, for a consolidated report, the
    sent reports of the units below) with the corrections in force netted in, and the
    progress of the plan's targets over the same period."""
    if report.is_consolidated:
        figures = consolidated_figures(report.unit, report.kind, report.year, report.index)
    else:
        figures = log_figures([report.unit_id], report.period_start, report.period_end)
    channels = figures["channels"]
    for correction in report.corrections.filter(withdrawn_at__isnull=True).select_related(
        "channel"
    ):
        entry = channels.setdefault(correction.channel.code, _empty())
        entry["quantity"] += correction.quantity_delta
        entry["participants"] += correction.participants_delta
    if report.is_consolidated:
        figures.update(unit_table(report))
        figures["targets"] = consolidated_targets(report, figures["units"])
        figures["extras"] = consolidated_extras(report.unit, report.kind, report.year, report.index)
    else:
        figures["targets"] = target_figures(report)
        figures["extras"] = extra_figures(report.unit, report.period_start, report.period_end)
    return figures


def _plain(value):
    """A Decimal as JSON holds it: an int when whole."""
    if value is None:
        return None
    return int(value) if value == int(value) else float(value)


def target_figures(report: Report) -> list[dict]:
    """The plan's targets measured over the report's period only."""
    if report.plan_id is None:
        return []
    out = []
    for p in target_progress(report.plan, start=report.period_start, end=report.period_end):
        channels = list(p.target.channels.all())
        out.append(
            {
                "text": p.target.text,
                "measure": p.target.measure,
                "goal": _plain(p.target.target_value),
                "value": _plain(p.value),
                "percent": p.percent,
                "reached": p.reached,
                "applies": p.applies,
                "counting_unit": channels[0].counting_unit if len(channels) == 1 else "",
            }
        )
    return out


def consolidated_figures(unit, kind, year, index) -> dict:
    """Σ of the frozen figures of the sent reports of the units directly below `unit`
    (`unit` None: every commune-level unit of the country), read from the running sums
    that sending a report keeps (ReportSum, ADR 34): one row for a unit, the rows of the
    provinces merged for the country."""
    period = {"kind": kind, "year": year, "index": index}
    if unit is not None:
        row = ReportSum.objects.filter(unit=unit, **period).values_list("figures", flat=True)
        return row.first() or figures_empty()
    if _national_tree_is_mixed():
        return sum_frozen(sent_reports_below(None, kind, year, index))
    total = figures_empty()
    for figures in ReportSum.objects.filter(
        unit__in=Unit.objects.filter(pk__in=_COMMUNES.values("parent_id")), **period
    ).values_list("figures", flat=True):
        figures_merge(total, figures)
    return total


def consolidated_extras(unit, kind, year, index) -> dict:
    """Σ of the extras of the same reports, with a zero for every registered key."""
    row = ReportSum.objects.filter(unit=unit, kind=kind, year=year, index=index)
    return sum_extras(row.values_list("extras", flat=True))


# the units the national figures cover: every commune-level unit in force
_COMMUNES = Unit.objects.filter(level=Level.COMMUNE, valid_to__isnull=True)


def _national_tree_is_mixed() -> bool:
    """Whether the sums of the communes' parents would count other units' reports too, or
    miss a commune without a parent. Since 1/7/2025 a province has only communes in force
    below it, so this is False and the country is its provinces' sums merged."""
    covered = Q(level=Level.COMMUNE, valid_to__isnull=True)
    return Unit.objects.filter(
        (covered & Q(parent=None)) | (~covered & Q(parent__in=_COMMUNES.values("parent_id")))
    ).exists()


def sum_frozen(reports) -> dict:
    """The same Σ computed afresh from a queryset of the reports."""
    total = figures_empty()
    for frozen, name in reports.values_list("frozen", "unit__name").iterator(chunk_size=500):
        figures_add(total, frozen, name)
    return total


def sent_reports_below(unit, kind, year, index):
    reports = Report.objects.filter(
        kind=kind, year=year, index=index, status=ReportStatus.SENT, is_consolidated=False
    )
    if unit is not None:
        reports = reports.filter(unit__parent=unit)
    else:
        reports = reports.filter(unit__level=3, unit__valid_to__isnull=True)
    return reports.select_related("unit").only("frozen", "unit__name")


_CHANNELS: list = []


def _channels_in_order(codes: set) -> list:
    """The channel catalogue, cached; read again when it lacks a code it is asked for."""
    global _CHANNELS
    if not _CHANNELS or not codes <= {c.code for c in _CHANNELS}:
        _CHANNELS = list(Channel.objects.all())
    return _CHANNELS


def channel_rows(figures: dict, last_year: dict | None = None) -> list[dict]:
    """Rows for tables and prose, in catalogue order, with last year's same period."""
    rows = []
    last = (last_year or {}).get("channels", {})
    for channel in _channels_in_order(set(figures["channels"]) | set(last)):
        entry = figures["channels"].get(channel.code)
        before = last.get(channel.code)
        if not entry and not before:
            continue
        entry = entry or _empty()
        rows.append(
            {
                "channel": channel,
                "quantity": entry["quantity"],
                "participants": entry["participants"],
                "last_year": before["quantity"] if before else 0,
            }
        )
    return rows


def differences(report: Report) -> list[dict]:
    """For a sent report: channels whose figures changed in the log since it was sent."""
    if not report.frozen:
        return []
    now = report_figures(report)["channels"]
    sent = report.frozen["channels"]
    names = {c.code: c for c in Channel.objects.all()}
    out = []
    for code in sorted(set(now) | set(sent)):
        a, b = sent.get(code, _empty()), now.get(code, _empty())
        if a["quantity"] != b["quantity"] or a["participants"] != b["participants"]:
            out.append({"channel": names.get(code), "sent": a, "now": b})
    return out
