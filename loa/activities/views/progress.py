"""Tasks and targets in motion: what the log adds up to against the plan."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from loa.accounts.access import checked_object
from loa.accounts.rules import may
from loa.core.params import year_param
from loa.plans.models import Task
from loa.plans.queries import plans_in_force

from .. import queries, services
from ..forms import TargetEntryForm


def my_tasks(request):
    """ "Việc của tôi": tasks of the unit's plans in force, for my office by default."""
    unit = checked_object(request)
    year = year_param(request.GET)
    my_offices = {
        m.office_id
        for m in request.user.memberships.filter(unit=unit, is_active=True)
        if m.office_id
    }
    shown = request.GET.get("bo_phan", "cua-toi" if my_offices else "tat-ca")
    offices = unit.offices.filter(is_active=True)
    if shown not in ("cua-toi", "tat-ca") and shown not in {str(o.pk) for o in offices}:
        shown = "tat-ca"  # not one of this unit's offices (or not a number at all): all
    tasks = Task.objects.filter(plan__in=plans_in_force(unit=unit, years=[year]))
    if shown == "cua-toi":
        tasks = tasks.filter(lead_office_id__in=my_offices)
    elif shown != "tat-ca":
        tasks = tasks.filter(lead_office_id=int(shown))
    rows = queries.task_progress(tasks.order_by("plan", "order"))
    context = {
        "unit": unit,
        "year": year,
        "rows": rows,
        "shown": shown,
        "offices": offices,
        "has_office": bool(my_offices),
        "can_log": may(request.user, "activities.add_activity", unit),
    }
    return render(request, "activities/tasks.html", context)


@require_POST
def task_manual_progress(request, task_pk):
    task = checked_object(request)
    try:
        value = int(request.POST.get("phan_tram", ""))
    except ValueError:
        value = -1
    if task.expected_quantity:
        messages.error(
            request,
            "Nhiệm vụ có số lượng dự kiến: tiến độ được tính từ các hoạt "
            "động ghi nhận, không nhập tay.",
        )
    elif not 0 <= value <= 100:
        messages.error(request, "Tiến độ phải là số từ 0 đến 100.")
    else:
        task.manual_progress = value
        task.save(update_fields=["manual_progress"])
        messages.success(request, f"Đã cập nhật tiến độ tự đánh giá: {value}%.")
    # back to the page the form was on: a path of this site, never a name to reverse
    target = request.POST.get("tiep", "")
    if not target.startswith("/") or not url_has_allowed_host_and_scheme(
        target, {request.get_host()}, request.is_secure()
    ):
        target = reverse("activities:tasks")
    return redirect(target)


def targets(request):
    unit = checked_object(request)
    year = year_param(request.GET)
    plans = []
    for plan in plans_in_force(unit=unit, years=[year]):
        progress = queries.target_progress(plan)
        plans.append((plan, progress, queries.plan_completion(progress)))
    context = {
        "unit": unit,
        "year": year,
        "plans": plans,
        "can_enter": may(request.user, "activities.enter_target_value", unit),
        "form": TargetEntryForm(),
    }
    return render(request, "activities/targets.html", context)


def target_entry(request, target_pk):
    target = checked_object(request)
    form = TargetEntryForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k != "evidence_file"}
        try:
            services.target_entry_add(
                target=target, data=data, by=request.user, upload=form.cleaned_data["evidence_file"]
            )
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
        else:
            messages.success(request, "Đã ghi số liệu chỉ tiêu.")
            return redirect(f"{reverse('activities:targets')}?nam={target.plan.year}")
    status = 400 if form.errors else 200
    context = {"target": target, "form": form, "entries": target.entries.all()}
    return render(request, "activities/target_entry.html", context, status=status)
