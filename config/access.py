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


def _bulletin(perm: str, write_perm: str = "") -> On:
    return On("portal.RadioBulletin", perm, related=("unit",), write_perm=write_perm)


def _broadcast(perm: str) -> On:
    return On("portal.Broadcast", perm, via="bulletin", related=("bulletin__unit",))


def _article(perm: str) -> On:
    return On("portal.Article", perm, related=("unit", "reform_area"))


def _feedback(perm: str) -> On:
    return On("portal.Feedback", perm, related=("unit",))


def _answer(perm: str) -> On:
    return On("portal.FeedbackAnswer", perm, related=("unit", "feedback"))


def _survey(perm: str) -> On:
    return On("surveys.Survey", perm, related=("unit",))


def _question(perm: str) -> On:
    return On("surveys.Question", perm, via="survey", related=("survey__unit",))


def _contest(perm: str) -> On:
    return On("contests.Contest", perm, related=("unit",))


def _contest_question(perm: str) -> On:
    return On("contests.Question", perm, via="contest", related=("contest__unit",))


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
    # Theo dõi: the country's pages check "dashboard.view_country" in the view (a Django
    # permission of the user, not a role on a unit)
    "dashboard:index": LOGIN,
    "dashboard:country": LOGIN,
    "dashboard:country_xlsx": LOGIN,
    "dashboard:unit": On(UNIT, "dashboard.view_picture", kwarg="key", field="key"),
    "dashboard:unit_xlsx": On(UNIT, "dashboard.view_below", kwarg="key", field="key"),
    "dashboard:unit_pdf": On(UNIT, "dashboard.view_picture", kwarg="key", field="key"),
    "dashboard:score": On(UNIT, "dashboard.view_score", kwarg="key", field="key"),
    "dashboard:rules": On(
        UNIT,
        "dashboard.view_rules",
        kwarg="key",
        field="key",
        write_perm="dashboard.change_rules",
    ),
    "portal:index": PUBLIC,
    "portal:unit_site": PUBLIC,
    "portal:procedure_list": PUBLIC,
    "portal:procedure_detail": PUBLIC,
    "portal:contact_edit": On(UNIT, "portal.edit_contact"),
    "portal:procedure_desk": On(
        UNIT, "portal.view_procedure_desk", write_perm="portal.post_procedures"
    ),
    "portal:procedure_list_docx": On(UNIT, "portal.view_procedure_desk"),
    "portal:procedure_list_pdf": On(UNIT, "portal.view_procedure_desk"),
    "portal:procedure_import": OnUnit("portal.import_procedures"),
    "portal:procedure_import_template": OnUnit("portal.import_procedures"),
    "portal:procedure_import_confirm": OnUnit("portal.import_procedures"),
    "portal:radio_list": On(UNIT, "portal.view_radio", write_perm="portal.run_radio"),
    "portal:radio_detail": _bulletin("portal.view_radio", write_perm="portal.run_radio"),
    "portal:radio_recompile": _bulletin("portal.run_radio"),
    "portal:radio_slot_add": _bulletin("portal.run_radio"),
    "portal:radio_print": _bulletin("portal.view_radio"),
    "portal:radio_text": _bulletin("portal.view_radio"),
    "portal:radio_slot_done": _broadcast("portal.run_radio"),
    "portal:radio_slot_undo": _broadcast("portal.run_radio"),
    "portal:radio_slot_delete": _broadcast("portal.run_radio"),
    # the CCHC column (ADR 25)
    "portal:column_home": PUBLIC,
    "portal:column_area": PUBLIC,
    "portal:article_detail": PUBLIC,
    "portal:article_print": PUBLIC,
    "portal:article_feed": PUBLIC,
    "portal:article_cover": PUBLIC,  # the view lets only officers see a draft's picture
    "portal:article_thumbnail": PUBLIC,
    "portal:column_admin": On(UNIT, "portal.manage_column"),
    "portal:article_create": On(UNIT, "portal.manage_column"),
    "portal:article_review": _article("portal.manage_column"),
    "portal:article_edit": _article("portal.change_article"),
    "portal:article_submit": _article("portal.submit_article"),
    "portal:article_publish": _article("portal.approve_article"),
    "portal:article_send_back": _article("portal.approve_article"),
    "portal:article_withdraw": _article("portal.withdraw_article"),
    "sitemap": PUBLIC,
    # citizens' feedback (ADR 26): the public side is PUBLIC and shows nothing personal;
    # the desk is the unit's officers' and leaders'
    "portal:feedback_form": PUBLIC,
    "portal:feedback_sent": PUBLIC,
    "portal:feedback_lookup": PUBLIC,
    "portal:answer_list": PUBLIC,
    "portal:answer_detail": PUBLIC,
    "portal:answer_docx": PUBLIC,
    "portal:answer_pdf": PUBLIC,
    "portal:feedback_desk": On(UNIT, "portal.handle_feedback"),
    "portal:feedback_desk_item": _feedback("portal.handle_feedback"),
    "portal:feedback_accept": _feedback("portal.handle_feedback"),
    "portal:feedback_reject": _feedback("portal.handle_feedback"),
    "portal:feedback_forward": _feedback("portal.handle_feedback"),
    "portal:feedback_answer_edit": _feedback("portal.handle_feedback"),
    "portal:feedback_attachment": _feedback("portal.handle_feedback"),
    "portal:feedback_answer_submit": _answer("portal.submit_feedbackanswer"),
    "portal:feedback_answer_send_back": _answer("portal.sign_feedbackanswer"),
    "portal:feedback_answer_issue": _answer("portal.sign_feedbackanswer"),
    "portal:feedback_answer_docx": _answer("portal.view_feedbackanswer"),
    "portal:feedback_answer_pdf": _answer("portal.view_feedbackanswer"),
    # citizens' satisfaction surveys (ADR 31)
    "surveys:list": On(UNIT, "surveys.manage_survey"),
    "surveys:create": On(UNIT, "surveys.manage_survey"),
    "surveys:edit": _survey("surveys.manage_survey"),
    "surveys:question_add": _survey("surveys.edit_questions"),
    "surveys:open": _survey("surveys.run_survey"),
    "surveys:close": _survey("surveys.run_survey"),
    "surveys:results": _survey("surveys.manage_survey"),
    "surveys:xlsx": _survey("surveys.manage_survey"),
    "surveys:poster": _survey("surveys.manage_survey"),
    "surveys:question_edit": _question("surveys.edit_questions"),
    "surveys:question_delete": _question("surveys.edit_questions"),
    "surveys:question_move": _question("surveys.edit_questions"),
    "surveys:public": PUBLIC,
    "surveys:thanks": PUBLIC,
    # online contests (ADR 32)
    "contests:list": On(UNIT, "contests.manage_contest"),
    "contests:create": On(UNIT, "contests.manage_contest"),
    "contests:edit": _contest("contests.manage_contest"),
    "contests:question_add": _contest("contests.edit_questions"),
    "contests:question_import": _contest("contests.edit_questions"),
    "contests:open": _contest("contests.run_contest"),
    "contests:close": _contest("contests.run_contest"),
    "contests:results": _contest("contests.manage_contest"),
    "contests:xlsx": _contest("contests.manage_contest"),
    "contests:decision_submit": _contest("contests.run_contest"),
    "contests:decision_file": _contest("contests.manage_contest"),
    "contests:publish": _contest("contests.publish_results"),
    "contests:decision_send_back": _contest("contests.publish_results"),
    "contests:suspicious": _contest("contests.manage_contest"),
    "contests:question_edit": _contest_question("contests.edit_questions"),
    "contests:question_delete": _contest_question("contests.edit_questions"),
    "contests:public": PUBLIC,
    "contests:attempt": PUBLIC,
    "contests:public_results": PUBLIC,
}
