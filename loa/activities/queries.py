"""Progress of tasks and targets, computed from the activity log.

One rule, written down (docs/decisions/0010-progress-rules.md):
- a task with an expected quantity: progress = sum of its activities' quantities ÷ expected
  quantity, capped at 100 %; without one, the manual percentage if the officer set one,
  otherwise 0 % before the first activity and "in progress" after it;
- status: done at 100 %; overdue when its due date (or the last day of its quarter) has
  passed below 100 %; in progress above 0 %; not started otherwise;
- a count target: sum of the quantities of the unit's activities in the plan year whose
  channel is among the target's channels (any channel if none chosen) and, if areas are
  chosen, that touch one of them; ratio target: sum of numerators ÷ sum of denominators of
  its entries, entries marked "không phát sinh" left out; milestone: done once ticked.
- a plan's completion = targets reached ÷ targets that apply (those with no data that
  cannot apply are left out, never counted as zero).
A report asks for progress over its period (`start`, `end`): then only the activities and
entries of that period count, never one before or after it.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Sum
from django.utils import timezone

from loa.plans.models import Plan, Target, TargetMeasure, Task

from .models import Activity, TargetEntry


class TaskStatus:
    NOT_STARTED = "Chưa thực hiện"
    IN_PROGRESS = "Đang thực hiện"
    DONE = "Hoàn thành"
    OVERDUE = "Quá hạn"


def task_deadline(task: Task) -> datetime.date | None:
    if task.due_date:
        return task.due_date
    if task.due_quarter:
        end_month = task.due_quarter * 3
        next_month = datetime.date(task.plan.year + (end_month == 12), end_month % 12 + 1, 1)
        return next_month - datetime.timedelta(days=1)
    return datetime.date(task.plan.year, 12, 31)


@dataclass
class TaskProgress:
    task: Task
    done_quantity: int
    percent: int
    manual: bool
    status: str
    deadline: datetime.date | None


def _versions(model, ids) -> dict[int, list[int]]:
    """For each id, itself and the ids of the earlier versions it replaces (amendments)."""
    chains = {pk: [pk] for pk in ids}
    current = {pk: pk for pk in ids}
    while current:
        step = dict(
            model.objects.filter(pk__in=current.values(), replaces__isnull=False).values_list(
                "pk", "replaces_id"
            )
        )
        current = {origin: step[pk] for origin, pk in current.items() if pk in step}
        for origin, pk in current.items():
            chains[origin].append(pk)
    return chains


def task_progress(
    tasks, today: datetime.date | None = None, *, start=None, end=None
) -> list[TaskProgress]:
    today = today or timezone.localdate()
    tasks = list(tasks.select_related("plan", "lead_office", "channel"))
    # an amended plan's task keeps what was logged against the versions it replaces
    chains = _versions(Task, [t.pk for t in tasks])
    logged = Activity.objects.filter(task_id__in={pk for c in chains.values() for pk in c})
    if start is not None:
        logged = logged.filter(started_on__range=(start, end))
    sums = dict(
        logged.order_by().values("task_id").annotate(q=Sum("quantity")).values_list("task_id", "q")
    )
    out = []
    for task in tasks:
        done = sum(sums.get(pk) or 0 for pk in chains[task.pk])
        task.done_quantity = done
        manual = False
        if task.expected_quantity:
            percent = min(100, done * 100 // task.expected_quantity)  # 199/200 is not done
        elif task.manual_progress is not None:
            percent, manual = min(100, task.manual_progress), True
        else:
            percent = 0
        deadline = task_deadline(task)
        if percent >= 100:
            status = TaskStatus.DONE
        elif deadline and deadline < today:
            status = TaskStatus.OVERDUE
        elif percent > 0 or done > 0:
            status = TaskStatus.IN_PROGRESS
        else:
            status = TaskStatus.NOT_STARTED
        out.append(TaskProgress(task, done, percent, manual, status, deadline))
    return out


@dataclass
class TargetProgress:
    target: Target
    value: Decimal | None  # the measured value: a count, a percentage, 1/0 for a milestone
    percent: int | None  # progress towards the target; None when it does not apply yet
    reached: bool
    applies: bool


def count_for_target(target: Target, unit=None, *, start=None, end=None) -> int:
    """What the log adds up to for a count target: over the plan year, or over [start, end]."""
    plan = target.plan
    activities = Activity.objects.filter(unit=unit or plan.unit)
    if start is not None:
        activities = activities.filter(started_on__range=(start, end))
    else:
        activities = activities.filter(started_on__year=plan.year)
    channels = [c.pk for c in target.channels.all()]
    areas = [a.pk for a in target.reform_areas.all()]
    if channels:
        activities = activities.filter(channel_id__in=channels)
    if areas:
        activities = activities.filter(reform_areas__in=areas).distinct()
    return activities.aggregate(n=Sum("quantity"))["n"] or 0


def target_progress(plan: Plan, *, start=None, end=None) -> list[TargetProgress]:
    out = []
    targets = list(plan.targets.prefetch_related("channels", "reform_areas"))
    chains = _versions(Target, [t.pk for t in targets])
    entries_by_target: dict = {}
    entries = TargetEntry.objects.filter(target_id__in={pk for c in chains.values() for pk in c})
    if start is not None:  # entries whose own period lies within the report's
        entries = entries.filter(period_start__gte=start, period_end__lte=end)
    for entry in entries:
        entries_by_target.setdefault(entry.target_id, []).append(entry)
    for target in targets:
        goal = target.target_value
        all_entries = [e for pk in chains[target.pk] for e in entries_by_target.get(pk, [])]
        if target.measure == TargetMeasure.COUNT:
            value = Decimal(count_for_target(target, start=start, end=end))
            percent = min(100, int(value * 100 / goal)) if goal else None
            reached = bool(goal) and value >= goal
            out.append(TargetProgress(target, value, percent, reached, applies=bool(goal)))
        elif target.measure == TargetMeasure.RATIO:
            entries = [e for e in all_entries if not e.not_applicable]
            denominator = sum(e.denominator or 0 for e in entries)
            if not denominator:
                out.append(TargetProgress(target, None, None, False, applies=False))
                continue
            value = Decimal(sum(e.numerator or 0 for e in entries) * 100) / denominator
            value = value.quantize(Decimal("0.1"))
            reached = goal is None or value >= goal
            percent = 100 if reached else int(value * 100 / goal)
            out.append(TargetProgress(target, value, percent, reached, applies=True))
        else:
            done = any(e.done for e in all_entries)
            out.append(
                TargetProgress(target, Decimal(int(done)), 100 if done else 0, done, applies=True)
            )
    return out


def plan_completion(progress: list[TargetProgress]) -> tuple[int, int]:
    """(targets reached, targets that apply)."""
    applying = [p for p in progress if p.applies]
    return sum(1 for p in applying if p.reached), len(applying)


def totals_by_channel(activities) -> list[dict]:
    """Sum of quantities and participants per channel, in catalogue order."""
    # re-select by id: a filter through a many-to-many join must not count a row twice
    rows = Activity.objects.filter(pk__in=activities.values("pk"))
    return list(
        rows.order_by()
        .values("channel__name", "channel__counting_unit", "channel__order")
        .annotate(quantity=Sum("quantity"), participants=Sum("participants"))
        .order_by("channel__order")
    )
