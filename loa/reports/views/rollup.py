"""The upper level follows the reports of the units below, reminds the late, consolidates."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from loa.accounts.access import checked_object
from loa.accounts.queries import officer_emails
from loa.core.mail import send_email, site_url
from loa.core.params import year_param
from loa.plans.models import ReportKind

from .. import queries
from ..figures import channel_rows, consolidated_figures
from ..forms import DeadlineForm
from ..models import ReportDeadline
from ..periods import period_of
from ..services import deadline_for

NOT_SUPERVISOR = "Chỉ cấp trên theo dõi được báo cáo của các đơn vị trực thuộc."


def _latest_closed_quarter():
    today = timezone.localdate()
    for year in (today.year, today.year - 1):
        for index in (4, 3, 2, 1):
            period = period_of(ReportKind.QUARTER, year, index)
            if period.end < today:
                return period
    return period_of(ReportKind.QUARTER, today.year, 1)


def _period(request):
    if not (request.GET.get("loai") or request.POST.get("loai")):
        return _latest_closed_quarter()  # what the upper level is waiting for now
    kind = request.GET.get("loai") or request.POST.get("loai") or ReportKind.QUARTER
    if kind not in ReportKind.values or kind == ReportKind.AD_HOC:
        kind = ReportKind.QUARTER
    year = year_param(request.POST if request.method == "POST" else request.GET)
    try:
        index = int(request.GET.get("ky") or request.POST.get("ky") or 1)
    except ValueError:
        index = 1
    index = index if kind == ReportKind.QUARTER and 1 <= index <= 4 else 1
    return period_of(kind, year, index)


def rollup(request):
    unit = checked_object(request)
    period = _period(request)
    rows = queries.rollup(unit, period)
    totals = consolidated_figures(unit, period.kind, period.year, period.index)
    counts = {state: sum(1 for r in rows if r.state == state) for state in queries.STATE_LABELS}
    context = {
        "unit": unit,
        "period": period,
        "rows": rows,
        "labels": queries.STATE_LABELS,
        "counts": counts,
        "totals": channel_rows(totals),
        "kinds": [k for k in ReportKind if k != ReportKind.AD_HOC],
        "deadline_form": DeadlineForm(
            initial={"kind": period.kind, "year": period.year, "index": period.index}
        ),
        "deadlines": ReportDeadline.objects.filter(unit=unit, year=period.year),
    }
    return render(request, "reports/rollup.html", context)


@require_POST
def remind(request):
    unit = checked_object(request)
    period = _period(request)
    missing = [r for r in queries.rollup(unit, period) if r.state not in ("on_time", "late")]
    sent = 0
    for row in missing:
        to = officer_emails(row.unit)
        if to:
            send_email(
                "reports/email/rollup_reminder", _reminder(request, unit, row, period), to=to
            )
            sent += 1
    messages.success(request, f"Đã gửi thư nhắc tới {sent} đơn vị chưa gửi báo cáo.")
    return redirect(
        f"{reverse('reports:rollup')}?loai={period.kind}&nam={period.year}&ky={period.index}"
    )


def _reminder(request, upper, row, period) -> dict:
    due_on = deadline_for(row.unit, period)
    if row.report is not None:
        path = reverse("reports:detail", args=[row.report.pk])
    else:
        path = f"{reverse('reports:index')}?nam={period.year}"
    return {
        "upper": upper,
        "unit": row.unit,
        "period": period,
        "due_on": due_on,
        "overdue": due_on < timezone.localdate(),
        "report": row.report,
        "link": site_url(path, request),
    }


@require_POST
def deadline_set(request):
    unit = checked_object(request)
    form = DeadlineForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        ReportDeadline.objects.update_or_create(
            unit=unit,
            kind=data["kind"],
            year=data["year"],
            index=data["index"],
            defaults={"due_on": data["due_on"]},
        )
        messages.success(request, "Đã đặt hạn gửi báo cáo cho các đơn vị trực thuộc.")
    else:
        messages.error(
            request,
            "Chưa đặt được hạn: " + "; ".join(e for errors in form.errors.values() for e in errors),
        )
    return redirect("reports:rollup")
