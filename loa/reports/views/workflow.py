"""What a report does besides the shared workflow (loa/documents/views.py): its Excel
appendix, and next year's plan from an annual report."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from loa.accounts.access import checked_object
from loa.core.http import download

from .. import services
from ..exports import appendix_workbook


def download_xlsx(request, pk):
    report = checked_object(request)
    return download(appendix_workbook(report), f"{report.file_stem}.xlsx")


@require_POST
def next_year_plan(request, pk):
    report = checked_object(request)
    try:
        plan = services.plan_next_year_from_report(report=report, by=request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect(report)
    messages.success(
        request,
        f"Đã lập dự thảo kế hoạch năm {plan.year}; phương hướng của báo "
        "cáo năm là các nhiệm vụ đề xuất, vui lòng xem xét.",
    )
    return redirect("plans:detail", pk=plan.pk)
