"""Reminders about feedback deadlines, for activities' daily `send_reminders` (registered
in PortalConfig.ready: activities never imports the portal). An item still open is
reminded REMIND_BEFORE working days before its deadline, and once more on the first
working day after the deadline has passed; it stays flagged "Quá hạn" on the desk.

The mail goes to the office the item is assigned to (everyone's, when it has no one or
is not assigned yet) and to the unit's leaders; it never carries the sender's contact."""

import datetime

from django.urls import reverse

from loa.accounts.queries import leader_emails, officer_emails
from loa.activities.reminders import Reminder
from loa.core.mail import render_email, site_url

from .feedback_queries import open_items
from .feedback_services import (
    REMIND_BEFORE,
    is_working_day,
    uploads_forget_old,
    working_days_between,
)
from .models import FeedbackStatus


def _when(feedback, today: datetime.date) -> str | None:
    """ "còn 2 ngày làm việc", "quá hạn", or None: not a day to remind this item."""
    due = feedback.due_on
    if not is_working_day(today):
        return None
    if due >= today:
        return (
            f"còn {REMIND_BEFORE} ngày làm việc"
            if working_days_between(today, due) == (REMIND_BEFORE)
            else None
        )
    return "quá hạn" if working_days_between(due, today) == 1 else None


def feedback_reminders_due(today: datetime.date) -> list[Reminder]:
    out = []
    for feedback in open_items().exclude(unit__valid_to__lt=today).order_by("pk"):
        when = _when(feedback, today)
        if when is None:
            continue
        unit = feedback.unit
        to = sorted(
            set(officer_emails(unit, office_id=feedback.office_id)) | set(leader_emails(unit))
        )
        if not to:
            continue
        accepting = feedback.status == FeedbackStatus.RECEIVED
        context = {
            "feedback": feedback,
            "unit": unit,
            "office": feedback.office,
            "when": when,
            "overdue": when == "quá hạn",
            "what": "xem xét, tiếp nhận" if accepting else "trả lời",
            "link": site_url(reverse("portal:feedback_desk_item", args=[feedback.pk])),
        }
        out.append(Reminder(to, *render_email("portal/email/feedback_reminder", context)))
    return out


def kept_uploads_forget(today: datetime.date) -> int:
    """The daily job's side: files of refused forms, a day old, are deleted."""
    return uploads_forget_old()
