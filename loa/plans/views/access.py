from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from loa.accounts.rules import may

from ..models import Plan

MESSAGES = {
    "plans.view_plan": "Bạn không có quyền xem kế hoạch này.",
    "plans.change_plan": "Kế hoạch này không sửa được: chỉ cán bộ của đơn vị sửa dự thảo; kế "
    "hoạch đã trình hoặc đã ban hành thì không sửa trực tiếp.",
    "plans.submit_plan": "Chỉ cán bộ của đơn vị trình được dự thảo kế hoạch.",
    "plans.sign_plan": "Chỉ lãnh đạo đơn vị duyệt, ký ban hành được kế hoạch đã trình.",
    "plans.amend_plan": "Chỉ sửa đổi được kế hoạch đang có hiệu lực của đơn vị mình.",
}


def get_plan_for_user(request, pk, perm: str) -> Plan:
    plan = get_object_or_404(Plan.objects.select_related("unit", "unit__parent"), pk=pk)
    if not may(request.user, perm, plan):
        raise PermissionDenied(MESSAGES.get(perm, "Bạn không có quyền với kế hoạch này."))
    return plan


def editing_draft(view):
    """Views that change a draft: if the plan left the draft state meanwhile (submitted by
    a colleague), say so and show the plan; the transaction rolled everything back."""
    from functools import wraps

    from django.contrib import messages
    from django.http import HttpResponse
    from django.shortcuts import redirect
    from django.urls import reverse
    from django_fsm import ConcurrentTransition

    from ..services import PlanNotEditable

    @wraps(view)
    def wrapper(request, pk, *args, **kwargs):
        try:
            return view(request, pk, *args, **kwargs)
        except (PlanNotEditable, ConcurrentTransition):
            messages.error(request, PlanNotEditable().messages[0])
            if request.htmx:
                response = HttpResponse(status=204)
                response["HX-Redirect"] = reverse("plans:detail", args=[pk])
                return response
            return redirect("plans:detail", pk=pk)

    return wrapper
