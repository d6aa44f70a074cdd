"""The plan's outline: sections with their paragraphs, edited in place (htmx), and the
quarterly schedule."""

from django.contrib import messages
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from loa.accounts.access import checked_object

from .. import queries, services
from ..forms import (
    ReportingRuleForm,
    ScheduleForm,
    SectionAddForm,
    SectionForm,
    paragraphs_from_text,
)
from ..models import PlanSection, SectionKind
from .drafts import editing_draft


def _section_for_user(request, pk, section_pk):
    plan = checked_object(request)
    return plan, get_object_or_404(
        PlanSection.objects.select_related("plan"), pk=section_pk, plan=plan
    )


def _page(request, plan, add_form=None, schedule_form=None, rule_form=None, status=200):
    outline = queries.plan_outline(plan)
    context = {
        "plan": plan,
        "rows": [
            (s, label, depth, SectionForm(instance=s, prefix=f"s{s.pk}"))
            for s, label, depth in outline
        ],
        "add_form": add_form or SectionAddForm(plan=plan),
        "schedule_form": schedule_form or ScheduleForm(plan=plan),
        "has_schedule": any(s.kind == SectionKind.SCHEDULE for s, _, _ in outline),
        "rules": plan.reporting_rules.select_related("office"),
        "rule_form": rule_form or ReportingRuleForm(plan=plan, prefix="rule"),
    }
    return render(request, "plans/sections.html", context, status=status)


def sections(request, pk):
    plan = checked_object(request)
    return _page(request, plan)


@editing_draft
def section_save(request, pk, section_pk):
    plan, section = _section_for_user(request, pk, section_pk)
    form = SectionForm(request.POST or None, instance=section, prefix=f"s{section.pk}")
    saved = False
    if (
        request.method == "POST"
        and form.is_valid()
        and form.save_if_current(lambda: _section_save(form, section))
    ):
        form = SectionForm(instance=section, prefix=f"s{section.pk}")
        saved = True
    context = {
        "plan": plan,
        "section": section,
        "form": form,
        "saved": saved,
        "label": request.GET.get("so", ""),
        "depth": section.depth,
    }
    if request.htmx:
        # htmx swaps only 2xx answers: errors come back as 200 with the form and its messages
        return render(request, "plans/_section_form.html", context)
    if saved:
        messages.success(request, f"Đã lưu mục “{section.title}”.")
        return redirect("plans:sections", pk=plan.pk)
    status = 400 if form.errors else 200
    return render(request, "plans/section_edit.html", context, status=status)


def _section_save(form, section):
    form.save()
    services.section_paragraphs_replace(
        section=section, paragraphs=paragraphs_from_text(form.cleaned_data["text"])
    )


@require_POST
@editing_draft
def section_add(request, pk):
    plan = checked_object(request)
    form = SectionAddForm(request.POST, plan=plan)
    if not form.is_valid():
        messages.error(request, "Chưa thêm được mục: vui lòng sửa các ô được đánh dấu.")
        return _page(request, plan, add_form=form, status=400)
    parent = form.cleaned_data["parent"]
    with transaction.atomic():
        services.plan_touch(plan=plan)
        PlanSection.objects.create(
            plan=plan,
            parent=parent,
            order=services.next_order(plan.sections.filter(parent=parent)),
            title=form.cleaned_data["title"].strip(),
            kind=form.cleaned_data["kind"],
        )
    messages.success(request, "Đã thêm mục mới ở cuối; vui lòng nhập nội dung cho mục.")
    return redirect("plans:sections", pk=plan.pk)


@require_POST
@editing_draft
def section_delete(request, pk, section_pk):
    plan, section = _section_for_user(request, pk, section_pk)
    with transaction.atomic():
        services.plan_touch(plan=plan)
        section.delete()
    messages.success(request, f"Đã xóa mục “{section.title}” cùng các mục con.")
    return redirect("plans:sections", pk=plan.pk)


@require_POST
@editing_draft
def section_move(request, pk, section_pk, direction):
    if direction not in ("len", "xuong"):
        raise Http404
    plan, section = _section_for_user(request, pk, section_pk)
    siblings = list(plan.sections.filter(parent_id=section.parent_id).order_by("order", "pk"))
    services.items_reorder(plan=plan, items=siblings, item=section, direction=direction)
    return redirect("plans:sections", pk=plan.pk)


@require_POST
@editing_draft
def schedule_save(request, pk):
    plan = checked_object(request)
    form = ScheduleForm(request.POST, plan=plan)
    saved = form.is_valid() and form.save_if_current(
        lambda: services.schedule_replace(plan=plan, entries=list(form.entries()))
    )
    if not saved:
        return _page(request, plan, schedule_form=form, status=400)
    messages.success(request, "Đã lưu tiến độ theo quý.")
    return redirect("plans:sections", pk=plan.pk)


@require_POST
@editing_draft
def reporting_add(request, pk):
    plan = checked_object(request)
    form = ReportingRuleForm(request.POST, plan=plan, prefix="rule")
    if not form.is_valid():
        return _page(request, plan, rule_form=form, status=400)
    with transaction.atomic():
        services.plan_touch(plan=plan)
        form.save()
    messages.success(request, "Đã thêm vào chế độ báo cáo.")
    return redirect("plans:sections", pk=plan.pk)


@require_POST
@editing_draft
def reporting_delete(request, pk, rule_pk):
    plan = checked_object(request)
    rule = get_object_or_404(plan.reporting_rules, pk=rule_pk)
    with transaction.atomic():
        services.plan_touch(plan=plan)
        rule.delete()
    messages.success(request, "Đã xóa khỏi chế độ báo cáo.")
    return redirect("plans:sections", pk=plan.pk)
