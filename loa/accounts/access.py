"""The access map's vocabulary and its checker.

`config/access.py` names, for every URL of Loa, who may reach it. The middleware below
refuses any URL that is missing from the map, so a new view cannot go out unguarded;
a test walks the URL conf and fails on the first URL without an entry.
"""

from django.conf import settings
from django.utils.module_loading import import_string

PUBLIC = "public"  # anyone, signed in or not
LOGIN = "login"  # any signed-in user; the view narrows to the user's own units
STAFF = "staff"  # Django admin: staff users only (the admin checks this itself)
# Any other value is the name of a rules permission that the view checks on its object
# (a Unit, or an object that belongs to one); the middleware requires a signed-in user.


def access_map() -> dict[str, str]:
    return import_string(settings.ACCESS_MAP)


def rule_for(view_name: str) -> str | None:
    mapping = access_map()
    if view_name in mapping:
        return mapping[view_name]
    namespace = view_name.rsplit(":", 1)[0] if ":" in view_name else None
    if namespace and f"{namespace}:*" in mapping:
        return mapping[f"{namespace}:*"]
    return None
