"""Transitions of a plan (submit, send back, issue, amend) and its official documents."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_POST
from django_fsm import ConcurrentTransition, TransitionNotAllowed

from .. import services
from ..document import plan_document
from ..forms import IssueForm, SendBackForm
from .access import get_plan_for_user

_TOO_LATE = (
    "Kế hoạch vừa được người khác chuyển sang trạng thái khác; không có gì bị thay "
    "đổi. Vui lòng xem lại trạng thái hiện tại."
)


def _messages_of(error: ValidationError) -> list[str]:
    return [m for m in error.messages]


@require_POST
def submit(request, pk):
    plan = get_plan_for_user(request, pk, "plans.submit_plan")
    try:
        services.plan_submit(plan=plan, by=request.user)
    except ValidationError as error:
        for message in _messages_of(error):
            messages.error(request, f"Chưa trình được: {message}")
    except (TransitionNotAllowed, ConcurrentTransition):
        messages.error(request, _TOO_LATE)
    else:
        messages.success(request, "Đã trình lãnh đạo duyệt, ký ban hành.")
    return redirect("plans:detail", pk=plan.pk)


def send_back(request, pk):
    plan = get_plan_for_user(request, pk, "plans.sign_plan")
    form = SendBackForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.plan_send_back(plan=plan, by=request.user, reason=form.cleaned_data["reason"])
        except (TransitionNotAllowed, ConcurrentTransition):
            messages.error(request, _TOO_LATE)
        else:
            messages.success(request, "Đã trả lại dự thảo cho cán bộ kèm lý do.")
        return redirect("plans:detail", pk=plan.pk)
    status = 400 if form.errors else 200
    return render(request, "plans/send_back.html", {"plan": plan, "form": form}, status=status)


def issue(request, pk):
    plan = get_plan_for_user(request, pk, "plans.sign_plan")
    form = IssueForm(request.POST or None, plan=plan)
    if request.method == "POST" and form.is_valid():
        try:
            services.plan_issue(plan=plan, by=request.user, on=form.cleaned_data["issued_on"])
        except ValidationError as error:
            for message in _messages_of(error):
                form.add_error(None, message)
        except (TransitionNotAllowed, ConcurrentTransition):
            messages.error(request, _TOO_LATE)
            return redirect("plans:detail", pk=plan.pk)
        else:
            messages.success(request, f"Đã ban hành {plan.reference}.")
            return redirect("plans:detail", pk=plan.pk)
    status = 400 if form.errors else 200
    return render(request, "plans/issue.html", {"plan": plan, "form": form}, status=status)


@require_POST
def amend(request, pk):
    plan = get_plan_for_user(request, pk, "plans.amend_plan")
    try:
        new = services.plan_amend(plan=plan, by=request.user)
    except ValidationError as error:
        for message in _messages_of(error):
            messages.error(request, message)
        return redirect("plans:detail", pk=plan.pk)
    messages.success(
        request,
        "Đã tạo dự thảo sửa đổi; kế hoạch đã ban hành được giữ nguyên "
        "đến khi bản sửa đổi được ban hành.",
    )
    return redirect("plans:detail", pk=new.pk)


def _filename(plan, extension: str) -> str:
    number = f"{plan.number:02d}-" if plan.number else "du-thao-"
    return f"ke-hoach-{number}{plan.year}-{plan.unit.code}.{extension}"


def download_docx(request, pk):
    from loa.documents.docx import render_docx

    plan = get_plan_for_user(request, pk, "plans.view_plan")
    response = HttpResponse(
        render_docx(plan_document(plan)),
        content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )
    response["Content-Disposition"] = content_disposition_header(True, _filename(plan, "docx"))
    patch_cache_control(response, private=True, no_store=True)
    return response


def download_pdf(request, pk):
    from loa.documents.pdf import render_pdf

    plan = get_plan_for_user(request, pk, "plans.view_plan")
    response = HttpResponse(render_pdf(plan_document(plan)), content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(True, _filename(plan, "pdf"))
    patch_cache_control(response, private=True, no_store=True)
    return response


@require_POST
def delete_draft(request, pk):
    plan = get_plan_for_user(request, pk, "plans.change_plan")
    title = plan.title
    services.plan_delete_draft(plan=plan, by=request.user)
    messages.success(request, f"Đã xóa dự thảo “{title}”.")
    return redirect("plans:index")
