"""List, start, read and edit the header of a plan."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render

from loa.accounts.access import checked_object
from loa.accounts.rules import may
from loa.documents.layout import HEADER_LEFT, HEADER_SMALL, fit_lines

from .. import queries, services
from ..document import plan_document
from ..forms import PlanCreateForm, PlanHeaderForm
from ..models import PlanStatus
from .drafts import editing_draft


def index(request):
    unit = request.unit
    if unit is None:
        return render(request, "plans/index.html", {"unit": None})
    plans = queries.plans_of(unit)
    context = {
        "unit": unit,
        "plans": plans,
        "upper_plans": queries.issued_upper_plans(unit)[:10],
        "can_add": may(request.user, "plans.add_plan", unit),
        "can_follow": may(request.user, "plans.follow_lower_plans", unit),
    }
    return render(request, "plans/index.html", context)


def create(request):
    unit = checked_object(request)
    form = PlanCreateForm(
        request.POST or None,
        unit=unit,
        initial={
            "way": request.GET.get("cach", "template"),
            "upper_plan": request.GET.get("cap_tren"),
        },
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if data["way"] == "upper":
                plan = services.plan_create_from_upper(
                    unit=unit, upper=data["upper_plan"], by=request.user, title=data["title"]
                )
            elif data["way"] == "previous":
                plan = services.plan_create_from_previous(
                    unit=unit, year=data["year"], previous=data["previous_plan"], by=request.user
                )
            elif data["way"] == "blank":
                plan = services.plan_create_blank(
                    unit=unit, year=data["year"], title=data["title"], by=request.user
                )
            else:
                plan = services.plan_create_from_template(
                    unit=unit, year=data["year"], by=request.user, title=data["title"]
                )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, "Đã tạo dự thảo kế hoạch. Vui lòng rà soát từng phần.")
            return redirect("plans:detail", pk=plan.pk)
    status = 400 if form.errors else 200
    return render(request, "plans/create.html", {"form": form, "unit": unit}, status=status)


def detail(request, pk):
    plan = checked_object(request)
    user = request.user
    document = plan_document(plan)
    context = {
        "plan": plan,
        "document": document,
        "blocks": [(type(block).__name__, block) for block in document.body],
        # break the issuer's name where the DOCX and PDF break it
        "issuer_lines": fit_lines(document.header.issuer, "b", HEADER_SMALL, HEADER_LEFT),
        "outline": queries.plan_outline(plan),
        "tasks": plan.tasks.select_related("lead_office", "channel").prefetch_related(
            "coordinating_offices"
        ),
        "targets": plan.targets.prefetch_related("channels"),
        "schedule": plan.schedule.all(),
        "can_change": may(user, "plans.change_plan", plan),
        "can_submit": may(user, "plans.submit_plan", plan),
        "can_sign": may(user, "plans.sign_plan", plan),
        "can_amend": may(user, "plans.amend_plan", plan) and not hasattr(plan, "next_version"),
        "problems": queries.plan_problems(plan) if plan.status == PlanStatus.DRAFT else [],
        "history": queries.plan_history(plan),
        # only the lower plans this user may read: communes do not see each other's drafts
        "lower_plans": [
            p
            for p in plan.lower_plans.select_related("unit", "unit__parent")
            if may(user, "plans.view_plan", p)
        ],
        "statuses": PlanStatus,
    }
    return render(request, "plans/detail.html", context)


@editing_draft
def edit(request, pk):
    plan = checked_object(request)
    form = PlanHeaderForm(request.POST or None, instance=plan)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Đã lưu thông tin chung của kế hoạch.")
        return redirect("plans:detail", pk=plan.pk)
    status = 400 if form.errors else 200
    return render(request, "plans/edit.html", {"plan": plan, "form": form}, status=status)
