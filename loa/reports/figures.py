"""The figures of a report: sums from the activity log over the period, never typed. A
report's figures = the log's sums + its corrections; once sent they are frozen as JSON and
later edits of activities show as differences."""

from collections import defaultdict

from django.db.models import Count, Sum
from django.db.models.functions import ExtractMonth

from loa.activities.models import Activity
from loa.plans.models import Channel

from .models import Report


def _empty():
    return {"quantity": 0, "participants": 0, "rows": 0}


def log_figures(unit_ids, start, end) -> dict:
    """Sums over the activities of the given units in [start, end], by channel, office,
    reform area and month. JSON-ready: keys are strings."""
    base = Activity.objects.filter(
        unit_id__in=unit_ids, started_on__gte=start, started_on__lte=end
    ).order_by()
    channels = {}
    for row in base.values("channel__code").annotate(
        quantity=Sum("quantity"), participants=Sum("participants"), rows=Count("id")
    ):
        channels[row["channel__code"]] = {
            "quantity": row["quantity"] or 0,
            "participants": row["participants"] or 0,
            "rows": row["rows"],
        }
    offices = {
        str(r["office__name"] or "Không ghi bộ phận"): r["quantity"] or 0
        for r in base.values("office__name").annotate(quantity=Sum("quantity"))
    }
    months = {
        f"{r['m']:02d}": r["quantity"] or 0
        for r in base.annotate(m=ExtractMonth("started_on"))
        .values("m")
        .annotate(quantity=Sum("quantity"))
    }
    areas = defaultdict(int)
    for r in (
        Activity.reform_areas.through.objects.filter(activity__in=base.values("pk"))
        .order_by()
        .values("reformarea__name")
        .annotate(quantity=Sum("activity__quantity"))
    ):
        areas[r["reformarea__name"]] += r["quantity"] or 0
    return {"channels": channels, "offices": offices, "months": months, "areas": dict(areas)}


def report_figures(report: Report) -> dict:
    """The report's figures now: the log (or, for a consolidated report, the sent reports
    of the units below) plus typed corrections."""
    if report.is_consolidated:
        figures = consolidated_figures(report.unit, report.kind, report.year, report.index)
    else:
        figures = log_figures([report.unit_id], report.period_start, report.period_end)
    channels = figures["channels"]
    for correction in report.corrections.select_related("channel"):
        entry = channels.setdefault(correction.channel.code, _empty())
        entry["quantity"] += correction.quantity_delta
        entry["participants"] += correction.participants_delta
    return figures


def consolidated_figures(unit, kind, year, index) -> dict:
    """Σ of the frozen figures of the sent reports of the units directly below `unit`."""
    total = {"channels": {}, "offices": {}, "months": {}, "areas": {}}
    for report in sent_reports_below(unit, kind, year, index):
        for code, entry in report.frozen["channels"].items():
            into = total["channels"].setdefault(code, _empty())
            for key in ("quantity", "participants", "rows"):
                into[key] += entry.get(key, 0)
        for part in ("months", "areas"):
            for key, value in report.frozen.get(part, {}).items():
                total[part][key] = total[part].get(key, 0) + value
        name = report.unit.name
        total["offices"][name] = sum(e["quantity"] for e in report.frozen["channels"].values())
    return total


def sent_reports_below(unit, kind, year, index):
    return Report.objects.filter(
        unit__parent=unit, kind=kind, year=year, index=index, status="sent", is_consolidated=False
    ).select_related("unit")


def channel_rows(figures: dict, last_year: dict | None = None) -> list[dict]:
    """Rows for tables and prose, in catalogue order, with last year's same period."""
    rows = []
    last = (last_year or {}).get("channels", {})
    for channel in Channel.objects.all():
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
