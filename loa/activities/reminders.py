"""Reminders by e-mail before a task falls due. Sent by a background task (Django's tasks
framework: in-process by default, a real worker at scale), which a daily scheduler starts
with `manage.py send_reminders`. Report deadlines join here once reports exist."""

import datetime
from dataclasses import dataclass

from django.core.mail import EmailMessage
from django.tasks import task
from django.utils import timezone

from loa.accounts.queries import officer_emails
from loa.plans.models import PlanStatus, Task

from .queries import TaskStatus, task_progress

DAYS_BEFORE = (7, 1)  # a week ahead, and the day before


@dataclass
class Reminder:
    to: list[str]
    subject: str
    body: str


def reminders_due(today: datetime.date) -> list[Reminder]:
    # tasks the upper level hands down are carried out, and reminded, in the lower plans
    tasks = Task.objects.filter(
        plan__status=PlanStatus.ISSUED,
        for_lower_units=False,
        plan__year__in=(today.year, today.year + 1),
    )
    out = []
    for row in task_progress(tasks, today=today):
        if row.status == TaskStatus.DONE or row.deadline is None:
            continue
        days = (row.deadline - today).days
        if days not in DAYS_BEFORE:
            continue
        to = officer_emails(row.task.plan.unit, office_id=row.task.lead_office_id)
        if not to:
            continue
        plan = row.task.plan
        when = "ngày mai" if days == 1 else f"còn {days} ngày"
        out.append(
            Reminder(
                to=to,
                subject=f"[Loa] Nhiệm vụ sắp đến hạn ({when}): {row.task.content[:60]}",
                body=(
                    f"Nhiệm vụ “{row.task.content}” trong {plan.reference} của "
                    f"{plan.unit.council_name} đến hạn ngày {row.deadline:%d/%m/%Y} ({when}).\n"
                    f"Tiến độ hiện tại: {row.percent}% — {row.status.lower()}.\n\n"
                    "Vui lòng ghi nhận các hoạt động đã thực hiện kèm tài liệu kiểm chứng trên "
                    "Loa, mục Hoạt động → Việc của tôi.\n\nLoa — thư tự động, xin không trả lời."
                ),
            )
        )
    return out


@task()
def send_reminders(day: str | None = None) -> int:
    """Send the day's reminders; return how many e-mails went out."""
    today = datetime.date.fromisoformat(day) if day else timezone.localdate()
    sent = 0
    for reminder in reminders_due(today):
        EmailMessage(reminder.subject, reminder.body, to=reminder.to).send()
        sent += 1
    return sent
