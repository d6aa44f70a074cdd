"""The appendix of tasks as an editable table: add, edit, remove and reorder rows in place
(htmx), with full-page fallbacks when JavaScript is off."""

from django.contrib import messages
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from loa.accounts.access import checked_object

from .. import services
from ..forms import TaskForm
from ..models import Task
from .drafts import editing_draft


def _tasks(plan):
    return plan.tasks.select_related("lead_office", "channel", "reform_area").prefetch_related(
        "coordinating_offices"
    )


def _task_for_user(request, pk, task_pk):
    plan = checked_object(request)
    return plan, get_object_or_404(Task.objects.select_related("plan"), pk=task_pk, plan=plan)


def tasks(request, pk):
    plan = checked_object(request)
    return render(
        request,
        "plans/tasks.html",
        {"plan": plan, "tasks": _tasks(plan), "add_form": TaskForm(plan=plan, prefix="new")},
    )


def _rows(request, plan):
    return render(request, "plans/_task_rows.html", {"plan": plan, "tasks": _tasks(plan)})


@editing_draft
def task_add(request, pk):
    plan = checked_object(request)
    form = TaskForm(request.POST or None, plan=plan, prefix="new")
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            services.plan_touch(plan=plan)
            task = form.save(commit=False)
            task.order = services.next_order(plan.tasks.all())
            task.save()
            form.save_m2m()
        if request.htmx:
            # A fresh form in place, and the table body swapped out of band.
            return render(
                request,
                "plans/_task_added.html",
                {
                    "plan": plan,
                    "form": TaskForm(plan=plan, prefix="new"),
                    "tasks": _tasks(plan),
                    "added": task,
                },
            )
        messages.success(request, "Đã thêm nhiệm vụ.")
        return redirect("plans:tasks", pk=plan.pk)
    if request.htmx:
        return render(request, "plans/_task_add_form.html", {"plan": plan, "form": form})
    status = 400 if form.errors else 200
    return render(
        request,
        "plans/tasks.html",
        {"plan": plan, "tasks": _tasks(plan), "add_form": form},
        status=status,
    )


@editing_draft
def task_edit(request, pk, task_pk):
    plan, task = _task_for_user(request, pk, task_pk)
    form = TaskForm(request.POST or None, instance=task, plan=plan, prefix=f"t{task.pk}")
    if (
        request.method == "POST"
        and form.is_valid()
        and form.save_if_current(lambda: (services.plan_touch(plan=plan), form.save()))
    ):
        if request.htmx:
            return render(request, "plans/_task_row.html", {"plan": plan, "task": task})
        messages.success(request, "Đã lưu nhiệm vụ.")
        return redirect("plans:tasks", pk=plan.pk)
    context = {"plan": plan, "task": task, "form": form}
    if request.htmx:
        return render(request, "plans/_task_edit_row.html", context)
    status = 400 if form.errors else 200
    return render(request, "plans/task_edit.html", context, status=status)


def task_row(request, pk, task_pk):
    """The display row again (the edit row's Cancel button)."""
    plan, task = _task_for_user(request, pk, task_pk)
    return render(request, "plans/_task_row.html", {"plan": plan, "task": task})


@require_POST
@editing_draft
def task_delete(request, pk, task_pk):
    plan, task = _task_for_user(request, pk, task_pk)
    with transaction.atomic():
        services.plan_touch(plan=plan)
        task.delete()
    if request.htmx:
        return _rows(request, plan)
    messages.success(request, "Đã xóa nhiệm vụ.")
    return redirect("plans:tasks", pk=plan.pk)


@require_POST
@editing_draft
def task_accept(request, pk, task_pk):
    plan, task = _task_for_user(request, pk, task_pk)
    services.task_accept(task=task)
    if request.htmx:
        return render(request, "plans/_task_row.html", {"plan": plan, "task": task})
    messages.success(request, "Đã nhận nhiệm vụ vào kế hoạch.")
    return redirect("plans:tasks", pk=plan.pk)


@require_POST
@editing_draft
def task_move(request, pk, task_pk, direction):
    if direction not in ("len", "xuong"):
        raise Http404
    plan, task = _task_for_user(request, pk, task_pk)
    services.items_reorder(
        plan=plan, items=list(plan.tasks.order_by("order", "pk")), item=task, direction=direction
    )
    if request.htmx:
        return _rows(request, plan)
    return redirect("plans:tasks", pk=plan.pk)
