"""Reminders by e-mail before a report deadline, through the tasks framework; a daily
scheduler runs `manage.py send_report_reminders`. The wording is in
templates/reports/email/."""

import datetime

from django.tasks import task
from django.urls import reverse
from django.utils import timezone

from loa.accounts.queries import officer_emails
from loa.core.mail import send_email, site_url
from loa.plans.queries import plans_in_force
from loa.units.models import Unit

from .models import ReportStatus
from .queries import due_reports

DAYS_BEFORE = (5, 1)


@task()
def send_report_reminders(day: str | None = None) -> int:
    today = datetime.date.fromisoformat(day) if day else timezone.localdate()
    units = Unit.objects.filter(
        pk__in=plans_in_force(years=[today.year]).values("unit_id")
    ).distinct()
    sent = 0
    for unit in units:
        for due in due_reports(unit, today.year):
            if due.report is not None and due.report.status == ReportStatus.SENT:
                continue
            days = (due.due_on - today).days
            if days not in DAYS_BEFORE:
                continue
            to = officer_emails(unit)
            if not to:
                continue
            send_email("reports/email/deadline_reminder", _context(unit, due, days), to=to)
            sent += 1
    return sent


def _context(unit, due, days: int) -> dict:
    if due.report is not None:
        path = reverse("reports:detail", args=[due.report.pk])
    else:
        path = f"{reverse('reports:index')}?nam={due.period.year}"
    return {
        "unit": unit,
        "upper": unit.parent,
        "period": due.period,
        "due_on": due.due_on,
        "when": "ngày mai" if days == 1 else f"còn {days} ngày",
        "report": due.report,
        "link": site_url(path),
    }
