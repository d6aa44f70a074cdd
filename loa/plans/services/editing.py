"""Edits of a draft plan that touch more than one row: each checks, in the same transaction,
that the plan is still a draft (a colleague may have submitted it meanwhile)."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from ..models import Plan, PlanParagraph, PlanSection, PlanStatus, ScheduleEntry, Task, TaskState


class PlanNotEditable(ValidationError):
    def __init__(self):
        super().__init__(
            "Kế hoạch vừa được trình hoặc ban hành nên không sửa được nữa; thay "
            "đổi vừa rồi chưa được lưu."
        )


def plan_touch(*, plan: Plan) -> None:
    """Mark the draft as changed now, or raise PlanNotEditable if it left the draft state.
    An UPDATE, not save(): it neither writes a history row nor trips the state check."""
    changed = Plan.objects.filter(pk=plan.pk, status=PlanStatus.DRAFT).update(
        updated_at=timezone.now()
    )
    if not changed:
        raise PlanNotEditable


def next_order(queryset) -> int:
    return (queryset.aggregate(m=Max("order"))["m"] or 0) + 1


@transaction.atomic
def items_reorder(*, plan: Plan, items: list, item, direction: str) -> None:
    """Swap `item` with its neighbour ("len" = up, "xuong" = down) among `items`."""
    if direction not in ("len", "xuong"):
        raise ValueError(direction)
    plan_touch(plan=plan)
    i = items.index(item)
    j = i - 1 if direction == "len" else i + 1
    if not 0 <= j < len(items):
        return
    items[i], items[j] = items[j], items[i]
    for order, row in enumerate(items):
        if row.order != order:
            row.order = order
            row.save(update_fields=["order"])


@transaction.atomic
def section_paragraphs_replace(*, section: PlanSection, paragraphs: list[tuple[str, str]]):
    plan_touch(plan=section.plan)
    section.paragraphs.all().delete()
    PlanParagraph.objects.bulk_create(
        PlanParagraph(section=section, order=i, style=style, text=text)
        for i, (style, text) in enumerate(paragraphs)
    )


@transaction.atomic
def schedule_replace(*, plan: Plan, entries: list[ScheduleEntry]) -> None:
    plan_touch(plan=plan)
    plan.schedule.all().delete()
    # with history, so that a clash can say who changed the schedule and when
    bulk_create_with_history(entries, ScheduleEntry)


@transaction.atomic
def task_accept(*, task: Task) -> Task:
    """Take a task proposed by the upper plan into this plan."""
    plan_touch(plan=task.plan)
    task.state = TaskState.ACCEPTED
    task.save(update_fields=["state"])
    return task
