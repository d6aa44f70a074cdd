"""Unit admins manage the people of their unit and their roles; the leaders and admins of a
unit are appointed by the unit admin above (ADR 17)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from loa.accounts.access import checked_object

from .. import services
from ..forms import MemberAddForm, MembershipForm
from ..models import ROLE_HELP
from ..queries import members_of
from ..rules import may


def member_list(request, unit_pk):
    unit = checked_object(request)
    form = MemberAddForm(request.POST or None, unit=unit, by=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            membership = services.member_add(
                unit=unit,
                username=data["username"],
                role=data["role"],
                by=request.user,
                office=data["office"],
                full_name=data["full_name"],
                position=data["position"],
                email=data["email"],
                password=data["password"],
            )
        except services.GrantRefused as refused:
            form.add_error("role", refused.message)
        else:
            messages.success(
                request, f"Đã thêm {membership.user} với vai trò {membership.get_role_display()}."
            )
            return redirect("accounts:member_list", unit_pk=unit.pk)
    if request.method == "POST":
        messages.error(request, "Chưa thêm được người dùng: vui lòng sửa các ô được đánh dấu.")
    members = members_of(unit)
    for m in members:
        m.refusal = services.membership_refusal(membership=m, by=request.user)
    context = {
        "unit": unit,
        "members": members,
        "form": form,
        "role_help": ROLE_HELP,
        # the unit admin above manages its people without reading the unit's own page
        "can_view_unit": may(request.user, "units.view_unit", unit),
    }
    return render(request, "accounts/member_list.html", context, status=400 if form.errors else 200)


def member_edit(request, pk):
    membership = checked_object(request)
    if membership.user_id == request.user.pk:
        # no one raises their own role: another admin of the unit does it
        raise PermissionDenied("Bạn không thể tự thay đổi vai trò của chính mình.")
    refusal = services.membership_refusal(membership=membership, by=request.user)
    if refusal:
        raise PermissionDenied(refusal)
    form = MembershipForm(request.POST or None, instance=membership, by=request.user)
    if request.method == "POST" and form.is_valid():
        changes = {name: form.cleaned_data[name] for name in services.MEMBERSHIP_FIELDS}
        try:
            saved = form.save_if_current(
                lambda: services.membership_update(
                    membership=membership, by=request.user, **changes
                )
            )
        except services.GrantRefused as refused:
            form.add_error("role", refused.message)
        else:
            if saved:
                messages.success(request, f"Đã cập nhật vai trò của {membership.user}.")
                return redirect("accounts:member_list", unit_pk=membership.unit_id)
    context = {"membership": membership, "unit": membership.unit, "form": form}
    return render(request, "accounts/member_edit.html", context, status=400 if form.errors else 200)


@require_POST
def member_deactivate(request, pk):
    membership = checked_object(request)
    if membership.user_id == request.user.pk:
        messages.error(request, "Bạn không thể tự thu hồi vai trò của chính mình.")
        return redirect("accounts:member_list", unit_pk=membership.unit_id)
    try:
        services.membership_update(membership=membership, by=request.user, is_active=False)
    except services.GrantRefused as refused:
        messages.error(request, refused.message)
    else:
        messages.success(request, f"Đã thu hồi vai trò của {membership.user}.")
    return redirect("accounts:member_list", unit_pk=membership.unit_id)
