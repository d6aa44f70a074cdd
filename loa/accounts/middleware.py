import logging

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

from loa.units.models import Unit

from .access import PUBLIC, STAFF, check, rule_for
from .rules import grants_of

log = logging.getLogger(__name__)


class AccessMapMiddleware:
    """Refuse every URL that `config/access.py` does not name; require sign-in where due;
    check the rule's permission on the URL's object before the view runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        view_name = match.view_name if match else None
        rule = rule_for(view_name) if view_name else None
        if rule is None:
            log.error("URL %s (%s) has no entry in the access map", request.path, view_name)
            raise PermissionDenied("Đường dẫn này chưa được cấp quyền truy cập.")
        if rule in (PUBLIC, STAFF):
            return None  # the admin enforces staff itself
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        check(request, rule, view_kwargs)
        return None


class CurrentUnitMiddleware:
    """Set `request.unit`: the unit the user works in now, chosen with the unit switcher."""

    SESSION_KEY = "loa_unit_id"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.unit = None
        request.unit_choices = []
        if request.user.is_authenticated:
            unit_ids = list(dict.fromkeys(g.unit_id for g in grants_of(request.user)))
            if unit_ids:
                units = Unit.objects.in_bulk(unit_ids)
                request.unit_choices = [units[i] for i in unit_ids if i in units]
                chosen = request.session.get(self.SESSION_KEY)
                request.unit = units.get(chosen) or request.unit_choices[0]
        return self.get_response(request)
