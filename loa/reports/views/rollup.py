"""The upper level follows the reports of the units below, reminds the late, consolidates."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from loa.accounts.access import checked_object
from loa.accounts.rules import may
from loa.core.params import year_param
from loa.plans.models import ReportKind
from loa.units.models import Unit

from .. import queries, reminders
from ..figures import channel_rows, consolidated_figures
from ..forms import DeadlineForm
from ..models import Report, ReportDeadline
from ..periods import period_of

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


def rollup(request, deadline_form=None):
    """The period's roll-up of the units below; `deadline_form`: a deadline refused, shown
    again with what was typed."""
    unit = checked_object(request)
    period = _period(request)
    rows = queries.rollup(unit, period)
    last = reminders.last_reminders(unit, period)
    for row in rows:
        row.last_reminder = last.get(row.unit.pk)
    totals = consolidated_figures(unit, period.kind, period.year, period.index)
    counts = {state: sum(1 for r in rows if r.state == state) for state in queries.STATE_LABELS}
    context = {
        "unit": unit,
        "period": period,
        "rows": rows,
        # history: the former units now under this one that sent the period's report
        "former": queries.former_rollup(unit, period),
        "has_former": Unit.objects.former_below(unit).exists(),
        "labels": queries.STATE_LABELS,
        "counts": counts,
        "totals": channel_rows(totals),
        "kinds": [k for k in ReportKind if k != ReportKind.AD_HOC],
        "deadline_form": deadline_form
        if deadline_form is not None
        else DeadlineForm(
            initial={"kind": period.kind, "year": period.year, "index": period.index}
        ),
        "deadlines": ReportDeadline.objects.filter(unit=unit, year=period.year),
        # the unit's own consolidated report of the period, made from this page
        "consolidated": Report.objects.filter(
            unit=unit,
            kind=period.kind,
            year=period.year,
            index=period.index,
            is_consolidated=True,
        ).first(),
        "can_compile": may(request.user, "reports.add_report", unit),
    }
    status = 400 if deadline_form is not None and deadline_form.errors else 200
    return render(request, "reports/rollup.html", context, status=status)


def former(request):
    """The history of the former units now under the user's unit (ended on 1/7/2025):
    the plans they issued and the reports they sent, read-only."""
    unit = checked_object(request)
    rows, total = queries.former_units(unit)
    return render(request, "reports/former.html", {"unit": unit, "rows": rows, "total": total})


@require_POST
def remind(request):
    unit = checked_object(request)
    period = _period(request)
    outcome = reminders.rollup_remind(upper=unit, period=period, by=request.user, request=request)
    for level, text in remind_messages(outcome):
        messages.add_message(request, level, text)
    return redirect(
        f"{reverse('reports:rollup')}?loai={period.kind}&nam={period.year}&ky={period.index}"
    )


def _names(units, limit: int = 10) -> str:
    """ "xã An Lạc, phường Ái Quốc và 12 đơn vị khác" """
    names = [f"{u.kind_word} {u.short_name}" for u in units[:limit]]
    if len(units) > limit:
        return ", ".join(names) + f" và {len(units) - limit} đơn vị khác"
    return ", ".join(names)


def remind_messages(outcome: reminders.RemindOutcome) -> list[tuple[int, str]]:
    """What the upper level reads after asking for reminders: whom Loa wrote to, and each
    group of units it left out with the reason."""
    period = outcome.period
    out = []
    if outcome.sent:
        units = [u for u, _ in outcome.sent]
        addresses = sum(len(to) for _, to in outcome.sent)
        out.append(
            (
                messages.SUCCESS,
                f"Đã gửi thư nhắc báo cáo {period.label} (hạn gửi "
                f"{outcome.due_on:%d/%m/%Y}) tới {len(units)} đơn vị ({addresses} địa chỉ "
                f"thư điện tử): {_names(units)}.",
            )
        )
    else:
        out.append((messages.WARNING, f"Chưa gửi thư nhắc báo cáo {period.label} nào."))
    for reason, units in outcome.skipped.items():
        if not units:
            continue
        text = f"Không gửi tới {len(units)} đơn vị {reminders.SKIPPED[reason]}"
        if reason != "sent":
            text += f": {_names(units)}"
        out.append((messages.INFO, text + "."))
    return out


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
        return redirect("reports:rollup")
    return rollup(request, deadline_form=form)  # the refusal, with what was typed
