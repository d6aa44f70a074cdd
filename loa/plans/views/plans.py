"""List, start, read and edit the header of a plan."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render

from loa.accounts.access import checked_object
from loa.accounts.rules import may
from loa.documents.layout import HEADER_LEFT, HEADER_SMALL, fit_lines

from .. import queries, services
from ..document import plan_document
from ..forms import PlanAdaptationForm, PlanCreateForm, PlanHeaderForm
from ..models import PlanStatus
from ..services.adapting import plan_adaptation
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


UPPER_IGNORED = (
    "Kế hoạch cấp trên trong đường dẫn không phải kế hoạch đã ban hành của cấp trên của đơn "
    "vị, nên Loa không dùng. Vui lòng chọn kế hoạch cấp trên trong danh sách dưới đây."
)


def create(request):
    """Start a plan. From an upper plan, the page lists what localising it replaces, and
    nothing is made until the officer confirms that review (PlanAdaptationForm)."""
    unit = checked_object(request)
    chosen = request.GET.get("cap_tren") or request.GET.get("upper_plan")
    form = PlanCreateForm(
        request.POST or None,
        unit=unit,
        initial={"way": request.GET.get("cach", "template"), "upper_plan": chosen},
    )
    if form.ignored_upper and request.method == "GET":
        messages.warning(request, UPPER_IGNORED)
    review = None
    if request.method == "POST":
        valid = form.is_valid()
        data = form.cleaned_data
        if data.get("way") == "upper" and data.get("upper_plan"):
            adaptation = plan_adaptation(unit=unit, upper=data["upper_plan"])
            review = PlanAdaptationForm(request.POST, adaptation=adaptation)
            if not review.is_confirmed():
                # another plan than the one reviewed, or none yet: review it first
                review = PlanAdaptationForm(adaptation=adaptation)
                valid = False
        if valid and (review is None or review.is_valid()):
            try:
                plan = _create(unit, data, review, by=request.user)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _created_message(review))
                return redirect("plans:detail", pk=plan.pk)
    elif form.initial.get("upper_plan"):  # one the unit may adapt (PlanCreateForm)
        upper = form.fields["upper_plan"].queryset.get(pk=int(form.initial["upper_plan"]))
        review = PlanAdaptationForm(adaptation=plan_adaptation(unit=unit, upper=upper))
    refused = form.errors or (review is not None and review.is_bound and review.errors)
    context = {
        "form": form,
        "unit": unit,
        "review": review,
        # a plan chosen and sent without its review: the page shows the review first
        "review_first": request.method == "POST" and review is not None and not review.is_bound,
    }
    return render(request, "plans/create.html", context, status=400 if refused else 200)


def _create(unit, data: dict, review: PlanAdaptationForm | None, *, by):
    if data["way"] == "upper":
        review.decide()
        return services.plan_create_from_upper(
            unit=unit,
            upper=data["upper_plan"],
            by=by,
            title=data["title"],
            adaptation=review.adaptation,
        )
    if data["way"] == "previous":
        return services.plan_create_from_previous(
            unit=unit, year=data["year"], previous=data["previous_plan"], by=by
        )
    if data["way"] == "blank":
        return services.plan_create_blank(unit=unit, year=data["year"], title=data["title"], by=by)
    return services.plan_create_from_template(
        unit=unit, year=data["year"], by=by, title=data["title"]
    )


def _created_message(review: PlanAdaptationForm | None) -> str:
    done = "Đã tạo dự thảo kế hoạch."
    if review is None:
        return f"{done} Vui lòng rà soát từng phần."
    adaptation = review.adaptation
    made = len([c for c in adaptation.changes if c.key in adaptation.applied])
    leads = len([x for x in adaptation.leads if x.key in adaptation.applied])
    return (
        f"{done} Đã điều chỉnh {made} chỗ theo {adaptation.unit.council_name} và giao bộ phận "
        f"chủ trì {leads} nhiệm vụ; vui lòng rà soát từng phần."
    )


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
        "problems": services.plan_submit_problems(plan) if plan.status == PlanStatus.DRAFT else [],
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
    if request.method == "POST" and form.is_valid() and form.save_if_current():
        messages.success(request, "Đã lưu thông tin chung của kế hoạch.")
        return redirect("plans:detail", pk=plan.pk)
    status = 400 if form.errors else 200
    return render(request, "plans/edit.html", {"plan": plan, "form": form}, status=status)
