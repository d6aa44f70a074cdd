"""Who may do what to a plan, by role and by the plan's state."""

import datetime

import pytest

from conftest import member
from loa.accounts.models import Role
from loa.accounts.rules import may
from loa.plans import services
from loa.plans.tests.factories import PlanFactory

PERMS = [
    "plans.view_plan",
    "plans.change_plan",
    "plans.submit_plan",
    "plans.sign_plan",
    "plans.amend_plan",
]

# persona → state → permissions held on commune A's plan in that state
A_OFFICER = {
    "draft": {"plans.view_plan", "plans.change_plan", "plans.submit_plan"},
    "submitted": {"plans.view_plan"},
    "issued": {"plans.view_plan", "plans.amend_plan"},
}
A_LEADER = {
    "draft": {"plans.view_plan", "plans.change_plan", "plans.submit_plan"},
    "submitted": {"plans.view_plan", "plans.sign_plan"},
    "issued": {"plans.view_plan", "plans.amend_plan"},
}
READ_ONLY = {state: {"plans.view_plan"} for state in ("draft", "submitted", "issued")}
NOTHING = {state: set() for state in ("draft", "submitted", "issued")}
EXPECTED = {
    "officer_a": A_OFFICER,
    "leader_a": A_LEADER,
    "admin_a": READ_ONLY,
    "supervisor_p": READ_ONLY,
    "officer_c": NOTHING,
    "supervisor_q": NOTHING,
}


@pytest.mark.parametrize("state", ["draft", "submitted", "issued"])
def test_role_by_state_matrix(offices, personas, state):
    plan = PlanFactory(
        unit=offices["A"],
        year=2026,
        by=personas["officer_a"],
        status=state,
        signer=personas["leader_a"],
        issued_on=datetime.date(2026, 1, 5),
    )
    assert plan.status == state
    for persona, table in EXPECTED.items():
        for perm in PERMS:
            expected = perm in table[state]
            assert may(personas[persona], perm, plan) is expected, (persona, state, perm)


def test_a_superuser_has_no_role_in_a_commune_and_so_cannot_sign(draft, personas, user_factory):
    root = user_factory(is_superuser=True, is_staff=True)
    services.plan_submit(plan=draft, by=personas["officer_a"])
    assert not may(root, "plans.sign_plan", draft)
    assert not may(root, "plans.view_plan", draft)


def test_lower_units_read_issued_upper_plans_only(upper_plan, personas, offices):
    assert may(personas["officer_a"], "plans.view_plan", upper_plan)
    assert not may(personas["officer_a"], "plans.change_plan", upper_plan)
    other_province = member(offices["D"], Role.OFFICER)
    assert not may(other_province, "plans.view_plan", upper_plan)


def test_creating_and_following(personas, tree):
    assert may(personas["officer_a"], "plans.add_plan", tree["A"])
    assert not may(personas["officer_a"], "plans.add_plan", tree["C"])
    assert not may(personas["supervisor_p"], "plans.add_plan", tree["A"])
    assert may(personas["supervisor_p"], "plans.follow_lower_plans", tree["P"])
    assert not may(personas["officer_a"], "plans.follow_lower_plans", tree["P"])
