from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

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
    if not request.user.has_perm(perm, plan):
        raise PermissionDenied(MESSAGES.get(perm, "Bạn không có quyền với kế hoạch này."))
    return plan
