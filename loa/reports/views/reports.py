"""Due reports, compiling a report, reading and editing it, corrections."""

import datetime

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.views.decorators.http import require_POST

from loa.accounts.access import checked_object
from loa.accounts.rules import may
from loa.core.params import FIRST_YEAR, year_param
from loa.documents.layout import HEADER_LEFT, HEADER_SMALL, fit_lines
from loa.plans.models import ReportKind
from loa.plans.rules import ended_refusal
from loa.units.models import UnitPeriod

from .. import queries, services
from ..deadlines import on_time
from ..document import report_document
from ..figures import channel_rows, differences, report_figures
from ..forms import CorrectionForm, ReportCreateForm, ReportTextForm, WithdrawForm
from ..models import Report, ReportStatus
from ..periods import Period, period_of
from ..sources import extra_rows


def _years(unit, year: int) -> list[int]:
    """The years the picker offers, newest first: the last five of the unit's life (up to
    this year, or the year it ended) and every year it has a report or a plan of."""
    last = timezone.localdate().year
    if unit.valid_to is not None:
        last = min(last, unit.valid_to.year)
    years = set(range(max(FIRST_YEAR, last - 4), last + 1)) | {year}
    years |= set(unit.reports.values_list("year", flat=True).distinct())
    years |= set(unit.plans.values_list("year", flat=True).distinct())
    return sorted(years, reverse=True)


def index(request):
    unit = checked_object(request)
    if not request.GET.get("nam") and unit.valid_to is not None:
        year = min(unit.valid_to.year, timezone.localdate().year)  # its last year, not today's
    else:
        year = year_param(request.GET)
    due = queries.due_reports(unit, year)
    for d in due:
        # asked of the rules for the period: none is made after the unit's end
        d.can_create = may(request.user, "reports.add_report", UnitPeriod(unit, d.period.start))
    context = {
        "unit": unit,
        "year": year,
        "years": _years(unit, year),
        "ended": unit.valid_to is not None and unit.valid_to.year <= year,
        "closed": unit.ended_before(datetime.date(year, 1, 1)),  # the whole year after it
        "due": due,
        "reports": unit.reports.filter(year=year).order_by("period_end"),
        # ad hoc and consolidated reports, which the table of due periods does not list
        "others": unit.reports.filter(year=year)
        .exclude(pk__in=[d.report.pk for d in due if d.report])
        .order_by("period_end"),
        # sent reports whose period the log has changed since: shown as affected
        "affected": [
            r for r in unit.reports.filter(year=year, status=ReportStatus.SENT) if differences(r)
        ],
        "can_add": may(request.user, "reports.add_report", unit),
        "can_follow": may(request.user, "reports.follow_lower_reports", unit),
        "create_form": ReportCreateForm(initial={"year": year}),
    }
    return render(request, "reports/index.html", context)


def create(request):
    unit = checked_object(request)
    form = ReportCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        consolidated = request.POST.get("tong_hop") == "1"
        refusal = _create_refusal(unit, data, consolidated)
        if refusal:
            form.add_error(None, refusal)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            report = services.report_create(
                unit=unit,
                kind=data["kind"],
                year=data["year"],
                index=data["index"] or 1,
                by=request.user,
                consolidated=consolidated,
                start=data["start"],
                end=data["end"],
                requested=data["requested"],
                due_on=data["due_on"],
            )
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
        else:
            messages.success(
                request,
                "Đã lập dự thảo báo cáo từ số liệu hoạt động. Vui lòng rà soát, chỉnh sửa lời văn.",
            )
            return redirect("reports:detail", pk=report.pk)
    status = 400 if form.errors else 200
    return render(request, "reports/create.html", {"unit": unit, "form": form}, status=status)


def _create_refusal(unit, data: dict, consolidated: bool):
    """Why this report cannot be made, checked before compiling: the unit had ended by the
    period's start, or it already has the period's report (linked)."""
    kind = data["kind"]
    if kind == ReportKind.AD_HOC:
        if not data.get("start"):
            return ""
        period = Period(kind, data["year"], 1, data["start"], data.get("end") or data["start"])
        return ended_refusal(unit, period.start, f"lập báo cáo đột xuất từ {period.start:%d/%m/%Y}")
    period = period_of(kind, data["year"], data["index"] or 1)
    refusal = ended_refusal(unit, period.start, f"lập báo cáo {period.label}")
    if refusal:
        return refusal
    existing = Report.objects.filter(
        unit=unit,
        kind=kind,
        year=period.year,
        index=period.index,
        is_consolidated=consolidated,
    ).first()
    if existing is None:
        return ""
    what = f"báo cáo {'tổng hợp ' if consolidated else ''}{period.label}"
    return format_html(
        'Đơn vị đã có {}: <a href="{}">{}</a> ({}). Mở báo cáo đó để sửa, trình hoặc gửi.',
        what,
        reverse("reports:detail", args=[existing.pk]),
        existing.title,
        existing.get_status_display().lower(),
    )


def detail(request, pk):
    report = checked_object(request)
    figures = report.frozen or report_figures(report)
    document = report_document(report, figures)
    user = request.user
    context = {
        "report": report,
        "document": document,
        "blocks": [(type(b).__name__, b) for b in document.body],
        "issuer_lines": fit_lines(document.header.issuer, "b", HEADER_SMALL, HEADER_LEFT),
        "rows": channel_rows(figures),
        "by_office": sorted(figures.get("offices", {}).items(), key=lambda kv: -kv[1]),
        "by_area": sorted(figures.get("areas", {}).items(), key=lambda kv: -kv[1]),
        "by_month": sorted(figures.get("months", {}).items()),
        "extras": extra_rows(figures),
        "differences": differences(report),
        "corrections": report.corrections.select_related("channel", "created_by"),
        "can_change": may(user, "reports.change_report", report),
        "can_submit": may(user, "reports.submit_report", report),
        "can_sign": may(user, "reports.sign_report", report),
        "can_send": may(user, "reports.send_report", report),
        "on_time": on_time(report),
        "can_plan": may(user, "plans.add_plan", report.unit),
    }
    return render(request, "reports/detail.html", context)


def edit(request, pk):
    report = checked_object(request)
    form = ReportTextForm(request.POST or None, instance=report)
    if request.method == "POST" and form.is_valid() and form.save_if_current():
        messages.success(request, "Đã lưu lời văn báo cáo.")
        return redirect("reports:detail", pk=report.pk)
    status = 400 if form.errors else 200
    return render(request, "reports/edit.html", {"report": report, "form": form}, status=status)


def correction_add(request, pk):
    report = checked_object(request)
    form = CorrectionForm(request.POST or None, report=report)
    if request.method == "POST" and form.is_valid():
        try:
            saved = form.save_if_current(
                lambda: services.correction_add(report=report, by=request.user, **_typed(form))
            )
        except ValidationError as error:
            saved = False
            for message in error.messages:
                form.add_error(None, message)
        if saved:
            messages.success(request, "Đã ghi điều chỉnh; số liệu gốc từ nhật ký vẫn được giữ.")
            return redirect("reports:detail", pk=report.pk)
    status = 400 if form.errors else 200
    return render(
        request, "reports/correction.html", {"report": report, "form": form}, status=status
    )


def _typed(form: CorrectionForm) -> dict:
    return {k: v for k, v in form.cleaned_data.items() if k != "seen_version"}


@require_POST
def redraft(request, pk):
    """Draft the text again from the figures as they are now; the officer's own parts stay."""
    report = checked_object(request)
    kept = services.report_redraft(report=report)
    if kept:
        messages.warning(
            request,
            "Đã soạn lại lời văn theo số liệu mới; các phần bạn đã tự viết được giữ nguyên, "
            f"vui lòng tự cập nhật số liệu trong đó: {', '.join(kept)}.",
        )
    else:
        messages.success(request, "Đã soạn lại lời văn theo số liệu mới.")
    return redirect("reports:detail", pk=report.pk)


@require_POST
def correction_withdraw(request, pk, correction_pk):
    report = checked_object(request)
    correction = get_object_or_404(report.corrections, pk=correction_pk)
    form = WithdrawForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError([e for errors in form.errors.values() for e in errors])
        services.correction_withdraw(
            correction=correction, by=request.user, reason=form.cleaned_data["reason"]
        )
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, f"Chưa thu hồi được điều chỉnh: {message}")
    else:
        messages.success(
            request, "Đã thu hồi điều chỉnh; số liệu trở lại như trước khi điều chỉnh."
        )
    return redirect("reports:detail", pk=report.pk)
