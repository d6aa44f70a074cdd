"""Who may reach each URL of Loa. Every URL name must be here: the middleware refuses any
URL that is missing, and applies the rule before the view runs (loa/accounts/access.py).

Values: PUBLIC, LOGIN, STAFF; `On(model, perm)`: the rules permission `perm` on the object
the URL names (its `pk`, or another argument); `OnUnit(perm)`: `perm` on the unit the
user works in now. The expected outcome of every URL for every persona is kept in
loa/accounts/tests/access_table.txt, and a test compares the two.
"""

from loa.accounts.access import LOGIN, PUBLIC, STAFF, On, OnUnit

PLAN = "plans.Plan"
REPORT = "reports.Report"
ACTIVITY = "activities.Activity"
UNIT = "units.Unit"
_PLAN_RELATED = ("unit", "unit__parent")
_REPORT_RELATED = ("unit", "unit__parent", "plan")


def _plan(perm: str) -> On:
    return On(PLAN, perm, related=_PLAN_RELATED)


def _report(perm: str) -> On:
    return On(REPORT, perm, related=_REPORT_RELATED)


def _activity(perm: str) -> On:
    return On(ACTIVITY, perm, related=("unit", "channel"))


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
    "accounts:unit_detail": On(UNIT, "units.view_unit"),
    "accounts:unit_settings": On(UNIT, "units.manage_unit_settings"),
    "accounts:member_list": On(UNIT, "accounts.manage_members", kwarg="unit_pk"),
    "accounts:member_edit": On(
        "accounts.Membership", "accounts.manage_members", related=("unit", "user")
    ),
    "accounts:member_deactivate": On(
        "accounts.Membership", "accounts.manage_members", related=("unit", "user")
    ),
    "accounts:office_list": On(UNIT, "units.manage_offices", kwarg="unit_pk"),
    "accounts:office_edit": On("units.Office", "units.manage_offices", related=("unit",)),
    # plans
    "plans:index": LOGIN,  # a user without a unit sees a page that says so
    "plans:create": OnUnit("plans.add_plan"),
    "plans:lower": OnUnit("plans.follow_lower_plans"),
    "plans:lower_xlsx": OnUnit("plans.follow_lower_plans"),
    "plans:detail": _plan("plans.view_plan"),
    "plans:docx": _plan("plans.view_plan"),
    "plans:pdf": _plan("plans.view_plan"),
    "plans:edit": _plan("plans.change_plan"),
    "plans:sections": _plan("plans.change_plan"),
    "plans:section_add": _plan("plans.change_plan"),
    "plans:section_save": _plan("plans.change_plan"),
    "plans:section_delete": _plan("plans.change_plan"),
    "plans:section_move": _plan("plans.change_plan"),
    "plans:schedule_save": _plan("plans.change_plan"),
    "plans:reporting_add": _plan("plans.change_plan"),
    "plans:reporting_delete": _plan("plans.change_plan"),
    "plans:tasks": _plan("plans.change_plan"),
    "plans:task_add": _plan("plans.change_plan"),
    "plans:task_edit": _plan("plans.change_plan"),
    "plans:task_row": _plan("plans.change_plan"),
    "plans:task_delete": _plan("plans.change_plan"),
    "plans:task_accept": _plan("plans.change_plan"),
    "plans:task_move": _plan("plans.change_plan"),
    "plans:targets": _plan("plans.change_plan"),
    "plans:target_edit": _plan("plans.change_plan"),
    "plans:target_delete": _plan("plans.change_plan"),
    "plans:submit": _plan("plans.submit_plan"),
    "plans:send_back": _plan("plans.sign_plan"),
    "plans:issue": _plan("plans.sign_plan"),
    "plans:amend": _plan("plans.amend_plan"),
    "plans:delete_draft": _plan("plans.change_plan"),
    # activities
    "activities:index": OnUnit("activities.view_activity"),
    "activities:create": OnUnit("activities.add_activity"),
    "activities:export": OnUnit("activities.view_activity"),
    "activities:import": OnUnit("activities.add_activity"),
    "activities:import_template": OnUnit("activities.add_activity"),
    "activities:import_confirm": OnUnit("activities.add_activity"),
    "activities:tasks": OnUnit("activities.track_unit"),
    "activities:task_manual_progress": On(
        "plans.Task",
        "activities.add_activity",
        kwarg="task_pk",
        via="plan",
        related=("plan__unit",),
    ),
    "activities:targets": OnUnit("activities.track_unit"),
    "activities:target_entry": On(
        "plans.Target",
        "activities.enter_target_value",
        kwarg="target_pk",
        via="plan",
        related=("plan__unit",),
    ),
    "activities:detail": On(
        ACTIVITY,
        "activities.view_activity",
        related=("unit", "channel"),
        write_perm="activities.change_activity",
    ),
    "activities:delete": _activity("activities.change_activity"),
    "activities:evidence": _activity("activities.view_activity"),
    "activities:evidence_thumb": _activity("activities.view_activity"),
    "activities:evidence_delete": _activity("activities.change_activity"),
    # reports
    "reports:index": OnUnit("units.view_unit"),
    "reports:create": OnUnit("reports.add_report"),
    "reports:rollup": OnUnit("reports.follow_lower_reports"),
    "reports:remind": OnUnit("reports.follow_lower_reports"),
    "reports:former": OnUnit("reports.follow_lower_reports"),
    "reports:deadline_set": OnUnit("reports.follow_lower_reports"),
    "reports:detail": _report("reports.view_report"),
    "reports:docx": _report("reports.view_report"),
    "reports:pdf": _report("reports.view_report"),
    "reports:xlsx": _report("reports.view_report"),
    "reports:edit": _report("reports.change_report"),
    "reports:redraft": _report("reports.change_report"),
    "reports:correction_add": _report("reports.change_report"),
    "reports:correction_withdraw": _report("reports.change_report"),
    "reports:submit": _report("reports.submit_report"),
    "reports:send_back": _report("reports.sign_report"),
    "reports:issue": _report("reports.sign_report"),
    "reports:send": _report("reports.send_report"),
    "reports:next_year_plan": _report("reports.plan_next_year"),
    # the parts of the cycle still to come show a page that says so
    "dashboard:index": LOGIN,
    "portal:index": PUBLIC,
    "portal:unit_site": PUBLIC,
    "portal:procedure_list": PUBLIC,
    "portal:procedure_detail": PUBLIC,
    "portal:contact_edit": On(UNIT, "portal.edit_contact"),
}
