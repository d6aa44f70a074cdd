from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from loa.accounts.rules import may

from ..models import Report

MESSAGES = {
    "reports.view_report": "Bạn không có quyền xem báo cáo này (cấp trên chỉ xem báo cáo đã gửi).",
    "reports.change_report": "Báo cáo này không sửa được: chỉ cán bộ của đơn vị sửa dự thảo.",
    "reports.submit_report": "Chỉ cán bộ của đơn vị trình được dự thảo báo cáo.",
    "reports.sign_report": "Chỉ lãnh đạo đơn vị ký được báo cáo đã trình.",
    "reports.send_report": "Chỉ gửi được báo cáo đã ký ban hành của đơn vị mình.",
}


def get_report_for_user(request, pk, perm: str) -> Report:
    report = get_object_or_404(Report.objects.select_related("unit", "unit__parent", "plan"), pk=pk)
    if not may(request.user, perm, report):
        raise PermissionDenied(MESSAGES.get(perm, "Bạn không có quyền với báo cáo này."))
    return report


def current_unit(request, perm: str, message: str):
    if request.unit is None or not may(request.user, perm, request.unit):
        raise PermissionDenied(message)
    return request.unit
