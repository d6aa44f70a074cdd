"""The home page: what each role has to do, for the unit the user works in now.

A unit that ended in the 2025 reorganisation is told so: its history stays to read, and
the page asks for no plan, report or task of a period after its end."""

import datetime

from django.shortcuts import render
from django.utils import timezone

from loa.accounts.models import Membership, Role
from loa.accounts.queries import count_below
from loa.accounts.rules import grants_of
from loa.activities.queries import TaskStatus, task_progress
from loa.plans.models import Plan, PlanStatus, Task
from loa.plans.queries import issued_upper_plans, lower_plan_status, plans_in_force
from loa.reports.models import Report, ReportStatus
from loa.reports.queries import due_reports

from ..queries import unit_glance


def home(request):
    unit = request.unit
    roles = {g.role for g in grants_of(request.user) if unit and g.unit_id == unit.pk}
    context = {
        "unit": unit,
        "is_officer": bool(roles & {Role.OFFICER, Role.LEADER}),
        "is_leader": Role.LEADER in roles,
        "is_supervisor": Role.SUPERVISOR in roles,
        "is_unit_admin": Role.UNIT_ADMIN in roles,
    }
    today = timezone.localdate()
    year = today.year
    context["year"] = year
    # a unit that no longer exists: no plan to make for this year, nothing due after its end
    context["ended"] = ended = unit is not None and unit.ended_before(datetime.date(year, 1, 1))
    if context["is_officer"] or context["is_leader"]:
        context["own_plans"] = list(
            Plan.objects.filter(unit=unit, year__gte=year)
            .exclude(status=PlanStatus.SUPERSEDED)
            .order_by("year")
        )
        context["upper_to_implement"] = [
            p
            for p in issued_upper_plans(unit).filter(year__gte=year)
            if not p.lower_plans.filter(unit=unit).exists()
            and not unit.ended_before(datetime.date(p.year, 1, 1))
        ]
    if context["is_officer"]:
        context["due_tasks"] = [] if ended else _tasks_needing_attention(request.user, unit)
        # this year's, and last year's that fall due this year (Q4, annual in January)
        context["due_reports"] = [
            d
            for y in (year - 1, year)
            for d in due_reports(unit, y)
            if not (d.report and d.report.status == ReportStatus.SENT)
            and (y == year or d.due_on.year == year)
            and (d.due_on - today).days <= 30
        ]
        context["returned_reports"] = Report.objects.filter(
            unit=unit, status=ReportStatus.DRAFT
        ).exclude(return_reason="")
    if (context["is_officer"] or context["is_leader"]) and not ended:
        context["glance"] = unit_glance(unit, year)
    if context["is_leader"]:
        context["awaiting_signature"] = Plan.objects.filter(unit=unit, status=PlanStatus.SUBMITTED)
        context["reports_to_sign"] = Report.objects.filter(
            unit=unit, status=ReportStatus.SUBMITTED
        ).order_by("submitted_at")
    if context["is_supervisor"]:
        context["below"] = count_below(unit)
        rows, deadline = lower_plan_status(unit, year)
        context["lower"] = {
            "deadline": deadline,
            "issued": sum(1 for r in rows if r.plan and r.plan.status == PlanStatus.ISSUED),
            "late": sum(1 for r in rows if r.on_time is False),
            "total": len(rows),
        }
    if context["is_unit_admin"]:
        context["member_count"] = Membership.objects.active().filter(unit=unit).count()
        context["office_count"] = unit.offices.filter(is_active=True).count()
    return render(request, "dashboard/home.html", context)


def _tasks_needing_attention(user, unit, days: int = 14, limit: int = 8):
    """Overdue tasks, and those due within `days`, of the unit's plans in force: the
    user's own office first."""
    today = timezone.localdate()
    tasks = Task.objects.filter(plan__in=plans_in_force(unit=unit, years=[today.year]))
    rows = [
        r
        for r in task_progress(tasks, today=today)
        if r.status == TaskStatus.OVERDUE
        or (r.status != TaskStatus.DONE and r.deadline and (r.deadline - today).days <= days)
    ]
    offices = set(
        Membership.objects.filter(user=user, unit=unit, office__isnull=False).values_list(
            "office_id", flat=True
        )
    )
    rows.sort(key=lambda r: (r.task.lead_office_id not in offices, r.deadline or today))
    return rows[:limit]
