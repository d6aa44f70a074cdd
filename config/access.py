"""Who may reach each URL of Loa. Every URL name must be here (a test checks it, and the
middleware refuses any URL that is missing). Values: PUBLIC, LOGIN, STAFF, or the name of
a rules permission that the view checks on the object it serves."""

from loa.accounts.access import LOGIN, PUBLIC, STAFF

ACCESS = {
    "home": LOGIN,
    "healthz": PUBLIC,
    "admin:*": STAFF,
    # accounts
    "accounts:login": PUBLIC,
    "accounts:logout": PUBLIC,
    "accounts:password_reset": PUBLIC,
    "accounts:password_reset_done": PUBLIC,
    "accounts:password_reset_confirm": PUBLIC,
    "accounts:password_reset_complete": PUBLIC,
    "accounts:password_change": LOGIN,
    "accounts:password_change_done": LOGIN,
    "accounts:switch_unit": LOGIN,
    "accounts:unit_detail": "units.view_unit",
    "accounts:member_list": "accounts.manage_members",
    "accounts:member_edit": "accounts.manage_members",
    "accounts:member_deactivate": "accounts.manage_members",
    "accounts:office_list": "units.manage_offices",
    "accounts:office_edit": "units.manage_offices",
    # the parts of the cycle still to come show a page that says so
    "plans:index": LOGIN,
    "activities:index": LOGIN,
    "reports:index": LOGIN,
    "dashboard:index": LOGIN,
    "portal:index": PUBLIC,
}
