"""Reminders by e-mail before a task falls due. Sent by a background task (Django's tasks
framework: in-process by default, a real worker at scale), which a daily scheduler starts
with `manage.py send_reminders`. The wording is in templates/activities/email/.

Apps above activities add their own reminders and daily chores without activities
importing them: `register_reminder_source` and `register_daily_job`, called from their
AppConfig.ready (the portal's feedback deadlines, its kept uploads)."""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.core.mail import EmailMessage
from django.tasks import task
from django.urls import reverse
from django.utils import timezone

from loa.accounts.queries import officer_emails
from loa.core.mail import render_email, site_url
from loa.plans.models import Task
from loa.plans.queries import plans_in_force

from .queries import TaskStatus, task_progress

DAYS_BEFORE = (7, 1)  # a week ahead, and the day before


@dataclass
class Reminder:
    to: list[str]
    subject: str
    body: str


# name → (today) -> list[Reminder]; name → (today) -> int (how many things it did)
REMINDER_SOURCES: dict[str, Callable[[datetime.date], list[Reminder]]] = {}
DAILY_JOBS: dict[str, tuple[Callable[[datetime.date], int], str]] = {}


def register_reminder_source(name: str, source: Callable[[datetime.date], list[Reminder]]):
    """Add the reminders of an upper app to the daily run; a name registered twice (a
    reloaded AppConfig) replaces the first."""
    REMINDER_SOURCES[name] = source


def register_daily_job(name: str, job: Callable[[datetime.date], int], *, said: str):
    """A chore for the daily run; `said` is what the command prints when it did something,
    with {} for the count ("Đã xóa {} tệp …")."""
    DAILY_JOBS[name] = (job, said)


def daily_jobs_run(today: datetime.date) -> list[str]:
    """Run the registered daily chores; a line for each that did something."""
    lines = []
    for job, said in DAILY_JOBS.values():
        done = job(today)
        if done:
            lines.append(said.format(done))
    return lines


def reminders_due(today: datetime.date) -> list[Reminder]:
    """The plan tasks' reminders, then those of every registered source."""
    out = task_reminders_due(today)
    for source in REMINDER_SOURCES.values():
        out.extend(source(today))
    return out


def task_reminders_due(today: datetime.date) -> list[Reminder]:
    # tasks the upper level hands down are carried out, and reminded, in the lower plans;
    # a unit that no longer exists (merged on 1/7/2025) is not reminded
    tasks = Task.objects.filter(
        plan__in=plans_in_force(years=(today.year, today.year + 1)),
        for_lower_units=False,
    ).exclude(plan__unit__valid_to__lt=today)
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
        out.append(
            Reminder(to, *render_email("activities/email/task_reminder", _context(row, days)))
        )
    return out


def _context(row, days: int) -> dict:
    plan_task = row.task
    return {
        "task": plan_task,
        "plan": plan_task.plan,
        "unit": plan_task.plan.unit,
        "office": plan_task.lead_office,
        "deadline": row.deadline,
        "when": "ngày mai" if days == 1 else f"còn {days} ngày",
        "percent": row.percent,
        "status": row.status,
        "done": row.done_quantity,
        "log_url": site_url(f"{reverse('activities:create')}?nhiem_vu={plan_task.pk}"),
        "tasks_url": site_url(f"{reverse('activities:tasks')}?nam={plan_task.plan.year}"),
    }


@task()
def send_reminders(day: str | None = None) -> int:
    """Send the day's reminders; return how many e-mails went out."""
    today = datetime.date.fromisoformat(day) if day else timezone.localdate()
    sent = 0
    for reminder in reminders_due(today):
        EmailMessage(reminder.subject, reminder.body, to=reminder.to).send()
        sent += 1
    return sent
