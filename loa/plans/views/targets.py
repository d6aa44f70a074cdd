"""Targets (chỉ tiêu) of a plan: one list, one form per row."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from loa.accounts.access import checked_object

from .. import services
from ..forms import TargetForm
from ..models import Target
from .drafts import editing_draft


@editing_draft
def targets(request, pk):
    plan = checked_object(request)
    form = TargetForm(request.POST or None, plan=plan, prefix="new")
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            target = form.save(commit=False)
            services.plan_touch(plan=plan)
            target.order = services.next_order(plan.targets.all())
            target.save()
            form.save_m2m()
        messages.success(request, "Đã thêm chỉ tiêu.")
        return redirect("plans:targets", pk=plan.pk)
    status = 400 if form.errors else 200
    context = {
        "plan": plan,
        "targets": plan.targets.prefetch_related("channels", "reform_areas"),
        "form": form,
    }
    return render(request, "plans/targets.html", context, status=status)


@editing_draft
def target_edit(request, pk, target_pk):
    plan = checked_object(request)
    target = get_object_or_404(Target, pk=target_pk, plan=plan)
    form = TargetForm(request.POST or None, instance=target, plan=plan)
    if (
        request.method == "POST"
        and form.is_valid()
        and form.save_if_current(lambda: (services.plan_touch(plan=plan), form.save()))
    ):
        messages.success(request, "Đã lưu chỉ tiêu.")
        return redirect("plans:targets", pk=plan.pk)
    status = 400 if form.errors else 200
    return render(
        request,
        "plans/target_edit.html",
        {"plan": plan, "target": target, "form": form},
        status=status,
    )


@require_POST
@editing_draft
def target_delete(request, pk, target_pk):
    plan = checked_object(request)
    target = get_object_or_404(Target, pk=target_pk, plan=plan)
    with transaction.atomic():
        services.plan_touch(plan=plan)
        target.delete()
    messages.success(request, "Đã xóa chỉ tiêu.")
    return redirect("plans:targets", pk=plan.pk)
