"""The access map's vocabulary and its checker.

`config/access.py` names, for every URL of Loa, who may reach it. `AccessMapMiddleware`
applies the rule before any view runs: it refuses a URL missing from the map, requires a
signed-in user where due, and for an object rule fetches the object named in the URL
(404 when there is none) and checks the permission on it (403 with a Vietnamese reason).
The view then reads what was checked with `checked_object(request)`: no view names a permission
for its own object, so none can forget one.
"""

from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.http import Http404
from django.utils.module_loading import import_string

from .rules import denied_message, may

PUBLIC = "public"  # anyone, signed in or not
LOGIN = "login"  # any signed-in user; the view shows only the user's own units' data
STAFF = "staff"  # Django admin: staff users only (the admin checks this itself)


@dataclass(frozen=True)
class On:
    """The permission `perm` on the object of model `model` (an "app.Model" label) whose
    primary key (or `field`: "key" for a unit named by its key) is the URL argument
    `kwarg`. `via` is the attribute path from that object to the one the rule takes
    ("plan" for a task checked on its plan). `write_perm`, when given, is what a POST needs
    instead (a page that shows to readers and saves for editors)."""

    model: str
    perm: str
    kwarg: str = "pk"
    via: str = ""
    related: tuple[str, ...] = ()
    write_perm: str = ""
    field: str = "pk"

    def fetch(self, view_kwargs: dict):
        value = view_kwargs.get(self.kwarg)
        model = apps.get_model(self.model)
        if value is None:
            raise ImproperlyConfigured(f"{self.model} rule needs the URL argument {self.kwarg}")
        objects = model.objects.select_related(*self.related) if self.related else model.objects
        found = objects.filter(**{self.field: value}).first()
        if found is None:
            raise Http404(f"Không tìm thấy {model._meta.verbose_name}.")
        return found

    def subject(self, obj):
        for name in filter(None, self.via.split(".")):
            obj = getattr(obj, name)
        return obj


@dataclass(frozen=True)
class OnUnit:
    """The permission `perm` on the unit the user works in now (the unit switcher's)."""

    perm: str
    write_perm: str = ""


Rule = str | On | OnUnit


def access_map() -> dict[str, Rule]:
    return import_string(settings.ACCESS_MAP)


def rule_for(view_name: str) -> Rule | None:
    mapping = access_map()
    if view_name in mapping:
        return mapping[view_name]
    namespace = view_name.rsplit(":", 1)[0] if ":" in view_name else None
    if namespace and f"{namespace}:*" in mapping:
        return mapping[f"{namespace}:*"]
    return None


SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


def check(request, rule: Rule, view_kwargs: dict) -> None:
    """Apply `rule` to the request; keep what it checked for the view (`checked_object`)."""
    if not isinstance(rule, On | OnUnit):
        return
    perm = rule.perm
    if rule.write_perm and request.method not in SAFE_METHODS:
        perm = rule.write_perm
    if isinstance(rule, On):
        obj = rule.fetch(view_kwargs)
        subject = rule.subject(obj)
    else:
        if request.unit is None:
            raise PermissionDenied("Tài khoản chưa có vai trò tại đơn vị nào.")
        obj = subject = request.unit
    if not may(request.user, perm, subject):
        raise PermissionDenied(denied_message(perm))
    request.target = obj


def checked_object(request):
    """The object the access map checked for this request: the document, activity, unit…
    named in the URL, or the current unit for a rule on it."""
    try:
        return request.target
    except AttributeError:
        raise ImproperlyConfigured(
            f"{request.resolver_match.view_name} reads checked_object(), but its access rule "
            "names no object"
        ) from None
