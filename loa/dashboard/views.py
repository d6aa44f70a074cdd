"""The home page: what each role has to do, for the unit the user works in now."""

from django.shortcuts import render

from loa.accounts.models import Membership, Role
from loa.accounts.queries import count_below
from loa.accounts.rules import grants_of


def home(request):
    unit = request.unit
    roles = {g.role for g in grants_of(request.user) if unit and g.unit_id == unit.pk}
    context = {
        "unit": unit,
        "is_officer": bool(roles & {Role.OFFICER, Role.LEADER}),
        "is_leader": Role.LEADER in roles,
        "is_supervisor": Role.SUPERVISOR in roles,
        "is_unit_admin": Role.UNIT_ADMIN in roles,
    }
    if context["is_supervisor"]:
        context["below"] = count_below(unit)
    if context["is_unit_admin"]:
        context["member_count"] = Membership.objects.active().filter(unit=unit).count()
        context["office_count"] = unit.offices.filter(is_active=True).count()
    return render(request, "dashboard/home.html", context)
