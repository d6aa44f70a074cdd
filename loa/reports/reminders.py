"""Reminders by e-mail about report deadlines. The wording is in templates/reports/email/.

- Before a deadline, through the tasks framework: a daily scheduler runs
  `manage.py send_report_reminders`.
- From the roll-up, when the upper level asks: `rollup_remind` writes to the units below
  that have not sent their report, at most once a day each (ReportReminder), and says
  whom it wrote to and why it left the others out.

A unit that no longer exists (merged on 1/7/2025) is never reminded."""

import datetime
import smtplib
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.tasks import task
from django.urls import reverse
from django.utils import timezone

from loa.accounts.queries import officer_emails
from loa.core.mail import send_email, site_url
from loa.plans.queries import plans_in_force
from loa.units.models import Unit

from . import queries
from .deadlines import deadline_for
from .models import ReportReminder, ReportStatus
from .periods import Period

DAYS_BEFORE = (5, 1)


@task()
def send_report_reminders(day: str | None = None) -> int:
    today = datetime.date.fromisoformat(day) if day else timezone.localdate()
    # last year's too: its Q4 and annual reports often fall due in January
    years = [today.year - 1, today.year]
    units = (
        Unit.objects.filter(pk__in=plans_in_force(years=years).values("unit_id"))
        .exclude(valid_to__lt=today)
        .distinct()
    )
    sent = 0
    for unit in units:
        for year in years:
            for due in queries.due_reports(unit, year):
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


# Why the roll-up's reminder left a unit out, as the upper level reads it, in this order.
SKIPPED = {
    "sent": "đã gửi báo cáo",
    "ended": "đã kết thúc hoạt động (sắp xếp đơn vị hành chính)",
    "reminded": "đã được nhắc hôm nay (mỗi đơn vị được nhắc tối đa một lần mỗi ngày)",
    "no_email": "chưa có cán bộ, lãnh đạo nào có địa chỉ thư điện tử trên Loa",
    "failed": "chưa gửi được thư do lỗi máy chủ thư, vui lòng thử lại sau",
}


@dataclass
class RemindOutcome:
    period: Period
    due_on: datetime.date | None = None
    sent: list[tuple[Unit, list[str]]] = field(default_factory=list)
    skipped: dict[str, list[Unit]] = field(default_factory=lambda: {k: [] for k in SKIPPED})


def rollup_remind(*, upper: Unit, period: Period, by, request=None) -> RemindOutcome:
    """Remind each unit below `upper` that owes `period`'s report and has not sent it."""
    now = timezone.now()
    today = timezone.localdate(now)
    outcome = RemindOutcome(period)
    reminded = set(
        ReportReminder.objects.filter(
            unit__parent=upper,
            kind=period.kind,
            year=period.year,
            index=period.index,
            sent_on=today,
        ).values_list("unit_id", flat=True)
    )
    for row in queries.rollup(upper, period):
        unit = row.unit
        if row.state in ("on_time", "late"):
            outcome.skipped["sent"].append(unit)
            continue
        if unit.ended_before(today):
            outcome.skipped["ended"].append(unit)
            continue
        if unit.pk in reminded:
            outcome.skipped["reminded"].append(unit)
            continue
        to = officer_emails(unit)
        if not to:
            outcome.skipped["no_email"].append(unit)
            continue
        context = _reminder(request, upper, row, period, to)
        outcome.due_on = context["due_on"]
        try:
            # the record and the e-mail together: a failed send leaves no record behind
            with transaction.atomic():
                ReportReminder.objects.create(
                    unit=unit,
                    kind=period.kind,
                    year=period.year,
                    index=period.index,
                    sent_on=today,
                    sent_at=now,
                    sent_by=by,
                    recipients="\n".join(to),
                )
                send_email("reports/email/rollup_reminder", context, to=to)
        except IntegrityError:  # a colleague reminded it a moment ago
            outcome.skipped["reminded"].append(unit)
        except (smtplib.SMTPException, OSError):
            outcome.skipped["failed"].append(unit)
        else:
            outcome.sent.append((unit, to))
    return outcome


def _reminder(request, upper, row, period, to: list[str]) -> dict:
    due_on = deadline_for(row.unit, period)
    if row.report is not None:
        path = reverse("reports:detail", args=[row.report.pk])
    else:
        path = f"{reverse('reports:index')}?nam={period.year}"
    return {
        "upper": upper,
        "unit": row.unit,
        "period": period,
        "due_on": due_on,
        "overdue": due_on < timezone.localdate(),
        "report": row.report,
        "link": site_url(path, request),
        "to": to,
    }


def last_reminders(upper: Unit, period: Period) -> dict[int, ReportReminder]:
    """The latest roll-up reminder of `period` to each unit below `upper`."""
    latest: dict[int, ReportReminder] = {}
    for reminder in ReportReminder.objects.filter(
        unit__parent=upper, kind=period.kind, year=period.year, index=period.index
    ).order_by("sent_at"):
        latest[reminder.unit_id] = reminder
    return latest
