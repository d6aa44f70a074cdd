"""The plan's outline: sections with their paragraphs, edited in place (htmx), and the
quarterly schedule."""

from django.contrib import messages
from django.db import transaction
from django.db.models import Max
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from .. import queries
from ..forms import ScheduleForm, SectionAddForm, SectionForm, paragraphs_from_text
from ..models import PlanParagraph, PlanSection
from .access import get_plan_for_user


def _section_for_user(request, pk, section_pk):
    plan = get_plan_for_user(request, pk, "plans.change_plan")
    return plan, get_object_or_404(
        PlanSection.objects.select_related("plan"), pk=section_pk, plan=plan
    )


def _page(request, plan, add_form=None, schedule_form=None, status=200):
    outline = queries.plan_outline(plan)
    context = {
        "plan": plan,
        "rows": [
            (s, label, depth, SectionForm(instance=s, prefix=f"s{s.pk}"))
            for s, label, depth in outline
        ],
        "add_form": add_form or SectionAddForm(plan=plan),
        "schedule_form": schedule_form or ScheduleForm(plan=plan),
        "has_schedule": any(s.kind == "schedule" for s, _, _ in outline),
    }
    return render(request, "plans/sections.html", context, status=status)


def sections(request, pk):
    plan = get_plan_for_user(request, pk, "plans.change_plan")
    return _page(request, plan)


@transaction.atomic
def section_save(request, pk, section_pk):
    plan, section = _section_for_user(request, pk, section_pk)
    form = SectionForm(request.POST or None, instance=section, prefix=f"s{section.pk}")
    label = request.GET.get("so", "")
    if request.method == "POST" and form.is_valid():
        form.save()
        section.paragraphs.all().delete()
        PlanParagraph.objects.bulk_create(
            PlanParagraph(section=section, order=i, style=style, text=text)
            for i, (style, text) in enumerate(paragraphs_from_text(form.cleaned_data["text"]))
        )
        plan.save(update_fields=["updated_at"])
        form = SectionForm(instance=section, prefix=f"s{section.pk}")
        saved = True
    else:
        saved = False
    status = 400 if form.errors else 200
    context = {
        "plan": plan,
        "section": section,
        "form": form,
        "label": label,
        "saved": saved,
        "depth": section.depth,
    }
    if request.htmx:
        return render(request, "plans/_section_form.html", context, status=status)
    if saved:
        messages.success(request, f"Đã lưu mục “{section.title}”.")
        return redirect("plans:sections", pk=plan.pk)
    return render(request, "plans/section_edit.html", context, status=status)


@require_POST
@transaction.atomic
def section_add(request, pk):
    plan = get_plan_for_user(request, pk, "plans.change_plan")
    form = SectionAddForm(request.POST, plan=plan)
    if not form.is_valid():
        messages.error(request, "Chưa thêm được mục: xin sửa các ô được đánh dấu.")
        return _page(request, plan, add_form=form, status=400)
    parent = form.cleaned_data["parent"]
    last = plan.sections.filter(parent=parent).aggregate(m=Max("order"))["m"]
    PlanSection.objects.create(
        plan=plan,
        parent=parent,
        order=(last or 0) + 1,
        title=form.cleaned_data["title"].strip(),
        kind=form.cleaned_data["kind"],
    )
    plan.save(update_fields=["updated_at"])
    messages.success(request, "Đã thêm mục mới ở cuối; nhập nội dung cho mục.")
    return redirect("plans:sections", pk=plan.pk)


@require_POST
@transaction.atomic
def section_delete(request, pk, section_pk):
    plan, section = _section_for_user(request, pk, section_pk)
    title = section.title
    section.delete()
    plan.save(update_fields=["updated_at"])
    messages.success(request, f"Đã xóa mục “{title}” cùng các mục con.")
    return redirect("plans:sections", pk=plan.pk)


@require_POST
@transaction.atomic
def section_move(request, pk, section_pk, direction):
    plan, section = _section_for_user(request, pk, section_pk)
    siblings = list(plan.sections.filter(parent_id=section.parent_id).order_by("order", "pk"))
    i = siblings.index(section)
    if direction not in ("len", "xuong"):
        raise Http404
    j = i - 1 if direction == "len" else i + 1
    if 0 <= j < len(siblings):
        siblings[i], siblings[j] = siblings[j], siblings[i]
        for order, s in enumerate(siblings):
            if s.order != order:
                s.order = order
                s.save(update_fields=["order"])
        plan.save(update_fields=["updated_at"])
    return redirect("plans:sections", pk=plan.pk)


@require_POST
@transaction.atomic
def schedule_save(request, pk):
    plan = get_plan_for_user(request, pk, "plans.change_plan")
    form = ScheduleForm(request.POST, plan=plan)
    if not form.is_valid():
        return _page(request, plan, schedule_form=form, status=400)
    plan.schedule.all().delete()
    for entry in form.entries():
        entry.save()
    plan.save(update_fields=["updated_at"])
    messages.success(request, "Đã lưu tiến độ theo quý.")
    return redirect("plans:sections", pk=plan.pk)
