from .models import ROLE_HELP, Role
from .rules import grants_of


def current_unit(request):
    unit = getattr(request, "unit", None)
    roles = []
    if unit is not None:
        roles = [Role(g.role) for g in grants_of(request.user) if g.unit_id == unit.pk]
    return {
        "current_unit": unit,
        "unit_choices": getattr(request, "unit_choices", []),
        "current_roles": roles,
        "role_help": ROLE_HELP,
    }
