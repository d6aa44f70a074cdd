"""Who may do what to a report, by role and by the report's state: the unit's officers
draft and send, its leader signs, the upper level reads only what was sent."""

import pytest

from loa.accounts.rules import may
from loa.reports.models import ReportStatus
from loa.reports.tests.factories import ReportFactory

PERMS = [
    "reports.view_report",
    "reports.change_report",
    "reports.submit_report",
    "reports.sign_report",
    "reports.send_report",
    "reports.plan_next_year",
]
STATES = [ReportStatus.DRAFT, ReportStatus.SUBMITTED, ReportStatus.ISSUED, ReportStatus.SENT]
VIEW, NEXT_YEAR = "reports.view_report", "reports.plan_next_year"

# persona → state → permissions held on commune A's annual report in that state
A_OFFICER = {
    "draft": {VIEW, "reports.change_report", "reports.submit_report", NEXT_YEAR},
    "submitted": {VIEW, NEXT_YEAR},
    "issued": {VIEW, "reports.send_report", NEXT_YEAR},
    "sent": {VIEW, NEXT_YEAR},
}
A_LEADER = {
    "draft": {VIEW, "reports.change_report", "reports.submit_report", NEXT_YEAR},
    "submitted": {VIEW, "reports.sign_report", NEXT_YEAR},
    "issued": {VIEW, "reports.send_report", NEXT_YEAR},
    "sent": {VIEW, NEXT_YEAR},
}
MEMBER_READS = {state: {VIEW} for state in STATES}
SENT_ONLY = {state: ({VIEW} if state == "sent" else set()) for state in STATES}
NOTHING = {state: set() for state in STATES}
EXPECTED = {
    "officer_a": A_OFFICER,
    "leader_a": A_LEADER,
    "admin_a": MEMBER_READS,
    "supervisor_p": SENT_ONLY,
    "officer_c": NOTHING,
    "supervisor_q": NOTHING,
}


@pytest.mark.parametrize("state", STATES)
def test_role_by_state_matrix(offices, personas, state):
    report = ReportFactory(
        unit=offices["A"],
        kind="annual",
        year=2025,
        by=personas["officer_a"],
        signer=personas["leader_a"],
        status=state,
    )
    assert report.status == state
    for persona, table in EXPECTED.items():
        for perm in PERMS:
            expected = perm in table[state]
            assert may(personas[persona], perm, report) is expected, (persona, state, perm)


def test_next_years_plan_only_from_an_annual_report(offices, personas):
    quarter = ReportFactory(
        unit=offices["A"], kind="quarter", year=2025, index=2, by=personas["officer_a"]
    )
    assert not may(personas["officer_a"], NEXT_YEAR, quarter)


def test_creating_and_following_reports(personas, tree):
    assert may(personas["officer_a"], "reports.add_report", tree["A"])
    assert may(personas["leader_a"], "reports.add_report", tree["A"])
    assert not may(personas["officer_a"], "reports.add_report", tree["C"])
    assert not may(personas["admin_a"], "reports.add_report", tree["A"])
    assert not may(personas["supervisor_p"], "reports.add_report", tree["A"])
    assert may(personas["supervisor_p"], "reports.follow_lower_reports", tree["P"])
    assert may(personas["supervisor_p"], "reports.follow_lower_reports", tree["A"])
    assert not may(personas["supervisor_q"], "reports.follow_lower_reports", tree["P"])
    assert not may(personas["officer_a"], "reports.follow_lower_reports", tree["A"])


def test_a_superuser_without_a_role_signs_nothing(offices, personas, user_factory):
    root = user_factory(is_superuser=True, is_staff=True)
    report = ReportFactory(
        unit=offices["A"], year=2025, by=personas["officer_a"], status=ReportStatus.SUBMITTED
    )
    assert not may(root, "reports.sign_report", report)
    assert not may(root, VIEW, report)
