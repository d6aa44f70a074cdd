"""When a report is due, and whether it went on time: read by the services, the roll-up
and the figures alike, so it sits below all of them."""

import datetime

from django.utils import timezone

from .models import Report, ReportDeadline, ReportStatus
from .periods import Period, default_deadline


def deadline_for(unit, period: Period) -> datetime.date:
    """The deadline the unit above set for this period, or the default one."""
    if unit.parent_id:
        set_by_upper = ReportDeadline.objects.filter(
            unit_id=unit.parent_id, kind=period.kind, year=period.year, index=period.index
        ).first()
        if set_by_upper:
            return set_by_upper.due_on
    return default_deadline(period)


def on_time(report: Report) -> bool | None:
    if report.status != ReportStatus.SENT or not report.due_on:
        return None
    return timezone.localtime(report.sent_at).date() <= report.due_on
