"""Suite-wide fixtures: factories registered as fixtures, and the personas every view is
tried with (owner, colleague, another unit, the upper level, anonymous)."""

import pytest
from pytest_factoryboy import register

from loa.accounts.models import Role
from loa.accounts.tests.factories import MembershipFactory, UserFactory
from loa.units.tests.factories import (
    CommuneFactory,
    OfficeFactory,
    ProvinceFactory,
    UnitFactory,
)

register(UnitFactory)
register(ProvinceFactory)
register(CommuneFactory)
register(OfficeFactory)
register(UserFactory)
register(MembershipFactory)


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _catalogues(request):
    """Transactional tests flush the tables, data migrations included: put the built-in
    catalogues back for them."""
    if "transactional_db" in request.fixturenames or "live_server" in request.fixturenames:
        request.getfixturevalue("transactional_db")
        from loa.plans.data.catalogues import load
        from loa.plans.models import Audience, Channel, ReformArea

        load(Channel, ReformArea, Audience)


@pytest.fixture
def tree(db):
    """Two provinces; P has communes A and C, Q has commune D."""
    p = ProvinceFactory(short_name="Phú Thọ")
    q = ProvinceFactory(short_name="Quảng Ninh")
    a = CommuneFactory(parent=p, short_name="An Lạc")
    c = CommuneFactory(parent=p, short_name="Cẩm Khê")
    d = CommuneFactory(parent=q, short_name="Đông Mai")
    return {"P": p, "Q": q, "A": a, "C": c, "D": d}


def member(unit, role, **user_fields):
    return MembershipFactory(unit=unit, role=role, user=UserFactory(**user_fields)).user


@pytest.fixture
def personas(tree):
    """A user for each role that matters, named by what they are to commune A."""
    return {
        "officer_a": member(tree["A"], Role.OFFICER),
        "leader_a": member(tree["A"], Role.LEADER),
        "admin_a": member(tree["A"], Role.UNIT_ADMIN),
        "officer_c": member(tree["C"], Role.OFFICER),
        "supervisor_p": member(tree["P"], Role.SUPERVISOR),
        "supervisor_q": member(tree["Q"], Role.SUPERVISOR),
    }
