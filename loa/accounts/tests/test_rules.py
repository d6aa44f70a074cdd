"""The role × action matrix on units. Personas are named by what they are to commune A
(conftest.py): A and C are communes of province P; D is a commune of province Q."""

import pytest

from conftest import member
from loa.accounts.models import Role

PERMS = [
    "units.view_unit",
    "units.work_in_unit",
    "units.sign_for_unit",
    "units.supervise_unit",
    "units.manage_offices",
    "accounts.manage_members",
]

# persona → unit → the permissions it has there (all others must be refused)
EXPECTED = {
    "officer_a": {"A": {"units.view_unit", "units.work_in_unit"}},
    "leader_a": {"A": {"units.view_unit", "units.work_in_unit", "units.sign_for_unit"}},
    "admin_a": {"A": {"units.view_unit", "units.manage_offices", "accounts.manage_members"}},
    "officer_c": {"C": {"units.view_unit", "units.work_in_unit"}},
    "supervisor_p": {
        "P": {"units.view_unit", "units.supervise_unit"},
        "A": {"units.view_unit", "units.supervise_unit"},
        "C": {"units.view_unit", "units.supervise_unit"},
    },
    "supervisor_q": {
        "Q": {"units.view_unit", "units.supervise_unit"},
        "D": {"units.view_unit", "units.supervise_unit"},
    },
}


@pytest.mark.parametrize("persona", sorted(EXPECTED))
def test_role_by_action_matrix(personas, tree, persona):
    user = personas[persona]
    for unit_name, unit in tree.items():
        granted = EXPECTED[persona].get(unit_name, set())
        for perm in PERMS:
            assert user.has_perm(perm, unit) is (perm in granted), (persona, unit_name, perm)


def test_officer_of_commune_a_cannot_read_or_change_commune_c(personas, tree):
    officer = personas["officer_a"]
    for perm in PERMS:
        assert not officer.has_perm(perm, tree["C"])


def test_supervisor_reads_communes_below_but_changes_nothing_there(personas, tree):
    supervisor = personas["supervisor_p"]
    assert supervisor.has_perm("units.view_unit", tree["C"])
    assert not supervisor.has_perm("units.view_unit", tree["D"])
    for perm in [
        "units.work_in_unit",
        "units.sign_for_unit",
        "units.manage_offices",
        "accounts.manage_members",
    ]:
        assert not supervisor.has_perm(perm, tree["C"])


def test_inactive_membership_grants_nothing(tree):
    from loa.accounts.models import Membership

    user = member(tree["A"], Role.LEADER)
    Membership.objects.filter(user=user).update(is_active=False)
    user = type(user).objects.get(pk=user.pk)
    assert not user.has_perm("units.view_unit", tree["A"])


def test_deactivated_account_has_no_permission(personas, tree):
    user = personas["leader_a"]
    user.is_active = False
    user.save(update_fields=["is_active"])
    user = type(user).objects.get(pk=user.pk)
    assert not user.has_perm("units.view_unit", tree["A"])


def test_anonymous_has_no_permission(tree):
    from django.contrib.auth.models import AnonymousUser

    assert not AnonymousUser().has_perm("units.view_unit", tree["A"])


def test_a_user_with_two_units_holds_each_role_only_where_granted(tree):
    user = member(tree["A"], Role.OFFICER)
    from loa.accounts.tests.factories import MembershipFactory

    MembershipFactory(user=user, unit=tree["D"], role=Role.LEADER)
    user = type(user).objects.get(pk=user.pk)
    assert user.has_perm("units.work_in_unit", tree["A"])
    assert not user.has_perm("units.sign_for_unit", tree["A"])
    assert user.has_perm("units.sign_for_unit", tree["D"])
