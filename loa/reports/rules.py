"""Who may do what to a report. Objects: the Unit (to create) or a Report."""

import rules

from loa.accounts.rules import is_leader, is_member, is_officer, supervises

from .models import ReportStatus


@rules.predicate
def is_draft(user, report) -> bool:
    return report.status == ReportStatus.DRAFT


@rules.predicate
def is_submitted(user, report) -> bool:
    return report.status == ReportStatus.SUBMITTED


@rules.predicate
def is_issued(user, report) -> bool:
    return report.status == ReportStatus.ISSUED


@rules.predicate
def is_sent(user, report) -> bool:
    return report.status == ReportStatus.SENT


# the unit reads its own reports at every stage; the upper level once they are sent
rules.add_perm("reports.view_report", is_member | (supervises & is_sent))
rules.add_perm("reports.add_report", is_officer)  # object: the Unit
rules.add_perm("reports.change_report", is_officer & is_draft)
rules.add_perm("reports.submit_report", is_officer & is_draft)
rules.add_perm("reports.sign_report", is_leader & is_submitted)
rules.add_perm("reports.send_report", is_officer & is_issued)
rules.add_perm("reports.follow_lower_reports", supervises)  # object: the Unit
rules.add_perm("reports.set_deadlines", is_officer)  # object: the upper Unit
