"""Transitions of a report and its documents."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_POST
from django_fsm import ConcurrentTransition, TransitionNotAllowed

from loa.accounts.rules import may

from .. import services
from ..document import report_document
from ..forms import IssueForm
from .access import get_report_for_user

_TOO_LATE = "Báo cáo vừa được chuyển sang trạng thái khác; không có gì bị thay đổi."


@require_POST
def submit(request, pk):
    report = get_report_for_user(request, pk, "reports.submit_report")
    try:
        services.report_submit(report=report, by=request.user)
    except (TransitionNotAllowed, ConcurrentTransition):
        messages.error(request, _TOO_LATE)
    else:
        messages.success(request, "Đã trình lãnh đạo ký báo cáo.")
    return redirect("reports:detail", pk=report.pk)


@require_POST
def send_back(request, pk):
    report = get_report_for_user(request, pk, "reports.sign_report")
    try:
        services.report_send_back(
            report=report, by=request.user, reason=request.POST.get("reason", "")
        )
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, "Đã trả lại dự thảo báo cáo.")
    return redirect("reports:detail", pk=report.pk)


def issue(request, pk):
    report = get_report_for_user(request, pk, "reports.sign_report")
    form = IssueForm(request.POST or None, initial={"issued_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            services.report_issue(report=report, by=request.user, on=form.cleaned_data["issued_on"])
        except (TransitionNotAllowed, ConcurrentTransition):
            messages.error(request, _TOO_LATE)
        else:
            messages.success(request, f"Đã ký ban hành báo cáo số {report.number_text}.")
        return redirect("reports:detail", pk=report.pk)
    status = 400 if form.errors else 200
    return render(request, "reports/issue.html", {"report": report, "form": form}, status=status)


@require_POST
def send(request, pk):
    report = get_report_for_user(request, pk, "reports.send_report")
    try:
        services.report_send(report=report, by=request.user)
    except (TransitionNotAllowed, ConcurrentTransition):
        messages.error(request, _TOO_LATE)
    else:
        messages.success(
            request, f"Đã gửi báo cáo lên {report.addressee}; số liệu được chốt tại thời điểm gửi."
        )
    return redirect("reports:detail", pk=report.pk)


def _download(report, content: bytes, extension: str, content_type: str):
    response = HttpResponse(content, content_type=content_type)
    number = f"{report.number:02d}-" if report.number else "du-thao-"
    response["Content-Disposition"] = content_disposition_header(
        True, f"bao-cao-{number}{report.year}-{report.unit.code}.{extension}"
    )
    patch_cache_control(response, private=True, no_store=True)
    return response


def download_docx(request, pk):
    from loa.documents.docx import render_docx

    report = get_report_for_user(request, pk, "reports.view_report")
    return _download(
        report,
        render_docx(report_document(report)),
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )


def download_pdf(request, pk):
    from loa.documents.pdf import render_pdf

    report = get_report_for_user(request, pk, "reports.view_report")
    return _download(report, render_pdf(report_document(report)), "pdf", "application/pdf")


def download_xlsx(request, pk):
    from ..exports import appendix_workbook

    report = get_report_for_user(request, pk, "reports.view_report")
    return _download(
        report,
        appendix_workbook(report),
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


@require_POST
def next_year_plan(request, pk):
    report = get_report_for_user(request, pk, "reports.view_report")
    if not may(request.user, "plans.add_plan", report.unit):
        raise PermissionDenied("Chỉ cán bộ, lãnh đạo của đơn vị lập được kế hoạch.")
    try:
        plan = services.plan_next_year_from_report(report=report, by=request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect("reports:detail", pk=report.pk)
    messages.success(
        request,
        f"Đã lập dự thảo kế hoạch năm {plan.year}; phương hướng của báo "
        "cáo năm là các nhiệm vụ đề xuất, vui lòng xem xét.",
    )
    return redirect("plans:detail", pk=plan.pk)
