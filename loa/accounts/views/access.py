"""Fetch an object for the current user or refuse: the one place views check rules."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from loa.units.models import Office, Unit

from ..models import Membership
from ..rules import may


def get_unit_for_user(request, pk, perm: str) -> Unit:
    unit = get_object_or_404(Unit, pk=pk)
    if not may(request.user, perm, unit):
        raise PermissionDenied("Bạn không có quyền với đơn vị này.")
    return unit


def get_membership_for_admin(request, pk) -> Membership:
    membership = get_object_or_404(Membership.objects.select_related("unit", "user"), pk=pk)
    if not may(request.user, "accounts.manage_members", membership.unit):
        raise PermissionDenied("Bạn không có quyền quản lý người dùng của đơn vị này.")
    return membership


def get_office_for_admin(request, pk) -> Office:
    office = get_object_or_404(Office.objects.select_related("unit"), pk=pk)
    if not may(request.user, "units.manage_offices", office.unit):
        raise PermissionDenied("Bạn không có quyền quản lý cơ quan, bộ phận của đơn vị này.")
    return office
