"""Reads of citizens' feedback: the published answers and their folded search, the
officers' inbox, the figures for the unit's reports, the items to remind about."""

import datetime

from django.db.models import Q
from django.utils import timezone

from loa.core.text import fold

from .feedback_services import working_days_between
from .models import Feedback, FeedbackStatus
from .models.feedback import OPEN_STATUSES


def published(unit, *, search: str = ""):
    """The unit's answered feedback, newest first; with `search`, those whose folded public
    question, answer or field holds every folded word of it. Nothing personal is read."""
    qs = Feedback.objects.filter(unit=unit, status=FeedbackStatus.ANSWERED).select_related("answer")
    for word in fold(search).split():
        qs = qs.filter(search_text__contains=word)
    return qs.order_by("-published_at", "-pk")


def inbox(unit, *, status: str = "", overdue: bool = False, search: str = ""):
    qs = Feedback.objects.filter(unit=unit).select_related("office", "answer")
    if status:
        qs = qs.filter(status=status)
    if overdue:
        qs = overdue_only(qs, timezone.localdate())
    search = search.strip()
    if search:
        qs = qs.filter(Q(code__iexact=search) | Q(title__icontains=search))
    return qs


def overdue_only(qs, today: datetime.date):
    return qs.filter(
        Q(status=FeedbackStatus.RECEIVED, accept_by__lt=today)
        | Q(status=FeedbackStatus.ACCEPTED, answer_by__lt=today)
    )


def due_soon(feedback: Feedback, today: datetime.date, *, within: int) -> bool:
    """Still open, not overdue, and due within `within` working days (the reminders')."""
    if feedback.status not in OPEN_STATUSES or feedback.due_on < today:
        return False
    return working_days_between(today, feedback.due_on) <= within


def open_count(unit) -> int:
    return Feedback.objects.filter(unit=unit, status__in=OPEN_STATUSES).count()


def figures(unit, start: datetime.date, end: datetime.date) -> dict:
    """Received in the period, answered in it, answered on time."""
    received = Feedback.objects.filter(
        unit=unit, received_at__date__gte=start, received_at__date__lte=end
    ).count()
    answered = list(
        Feedback.objects.filter(
            unit=unit,
            status=FeedbackStatus.ANSWERED,
            published_at__date__gte=start,
            published_at__date__lte=end,
        ).only("status", "answer_by", "published_at")  # what answered_on_time reads
    )
    on_time = sum(1 for f in answered if f.answered_on_time)
    forwarded = Feedback.objects.filter(
        unit=unit,
        status=FeedbackStatus.FORWARDED,
        closed_at__date__gte=start,
        closed_at__date__lte=end,
    ).count()
    return {
        "received": received,
        "answered": len(answered),
        "on_time": on_time,
        "forwarded": forwarded,
    }


def open_items():
    return Feedback.objects.filter(status__in=OPEN_STATUSES).select_related("unit", "office")
