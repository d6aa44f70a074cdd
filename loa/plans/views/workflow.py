"""What a plan does besides the shared workflow (loa/documents/views.py): amend, delete a
draft."""

from django.contrib import messages
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from loa.accounts.access import checked_object
from loa.documents.views import run_transition

from .. import services


@require_POST
def amend(request, pk):
    plan = checked_object(request)
    done = run_transition(
        request,
        services.plan_amend,
        plan,
        success="Đã tạo dự thảo sửa đổi; kế hoạch đã ban hành được giữ nguyên đến khi bản "
        "sửa đổi được ban hành.",
    )
    if done:
        return redirect("plans:detail", pk=plan.next_version.pk)
    return redirect(plan)


@require_POST
def delete_draft(request, pk):
    plan = checked_object(request)
    title = plan.title
    services.plan_delete_draft(plan=plan, by=request.user)
    messages.success(request, f"Đã xóa dự thảo “{title}”.")
    return redirect("plans:index")
