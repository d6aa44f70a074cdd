from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from loa.accounts.rules import may

from ..models import Activity


def current_unit_for(request, perm: str, message: str):
    unit = request.unit
    if unit is None or not may(request.user, perm, unit):
        raise PermissionDenied(message)
    return unit


def get_activity_for_user(request, pk, perm: str) -> Activity:
    activity = get_object_or_404(Activity.objects.select_related("unit", "channel"), pk=pk)
    if not may(request.user, perm, activity.unit):
        raise PermissionDenied("Bạn không có quyền với hoạt động này.")
    return activity
