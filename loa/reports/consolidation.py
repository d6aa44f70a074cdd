"""What a consolidated report adds to its totals: every unit below that owed the period,
where it stands and what it sent, and the upper level's targets measured against the
units they are about. Part of the report's figures (frozen when it is sent)."""

from loa.activities.queries import target_progress
from loa.plans.models import TargetMeasure

from .models import Report
from .periods import period_of_report
from .queries import rollup


def unit_table(report: Report) -> dict:
    """The units below, each with its state, the day it sent and its figures by channel;
    and the counts: due, sent, on time, late, not sent."""
    units = []
    for row in rollup(report.unit, period_of_report(report)):
        sent = row.state in ("on_time", "late")
        units.append(
            {
                "name": row.unit.name,
                "state": row.state,
                "sent_on": row.report.sent_at.date().isoformat() if sent else None,
                "channels": {
                    code: entry["quantity"]
                    for code, entry in (row.report.frozen or {}).get("channels", {}).items()
                }
                if sent
                else {},
            }
        )
    count = {
        state: sum(1 for u in units if u["state"] == state)
        for state in ("on_time", "late", "missing", "in_progress")
    }
    return {
        "units": units,
        "counts": {
            "due": len(units),
            "sent": count["on_time"] + count["late"],
            "on_time": count["on_time"],
            "late": count["late"],
            "not_sent": count["missing"] + count["in_progress"],
        },
    }


def consolidated_targets(report: Report, units: list[dict]) -> list[dict]:
    """A count target of the upper plan is about the units below ("each commune posts 24
    news items"): the share of the units that reached it with what they sent. Any other
    target is the upper level's own, measured on its own log over the period."""
    if report.plan_id is None:
        return []
    due = len(units)
    out = []
    own = {
        p.target.pk: p
        for p in target_progress(report.plan, start=report.period_start, end=report.period_end)
    }
    for target in report.plan.targets.prefetch_related("channels"):
        codes = {c.code for c in target.channels.all()}
        if target.measure == TargetMeasure.COUNT and target.target_value and codes:
            goal = int(target.target_value)
            met = sum(
                1
                for u in units
                if sum(q for code, q in u["channels"].items() if code in codes) >= goal
            )
            out.append(
                {
                    "text": target.text,
                    "measure": "units",
                    "goal": goal,
                    "value": met,
                    "due": due,
                    "percent": met * 100 // due if due else None,
                    "reached": bool(due) and met == due,
                    "applies": bool(due),
                    "counting_unit": "đơn vị",
                }
            )
            continue
        p = own.get(target.pk)
        if p is None:
            continue
        out.append(
            {
                "text": target.text,
                "measure": target.measure,
                "goal": int(target.target_value) if target.target_value is not None else None,
                "value": float(p.value) if p.value is not None else None,
                "percent": p.percent,
                "reached": p.reached,
                "applies": p.applies,
                "counting_unit": "",
            }
        )
    return out
