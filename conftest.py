"""Suite-wide fixtures: factories registered as fixtures, and the personas every view is
tried with (owner, colleague, another unit, the upper level, anonymous)."""

import datetime

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
    # Rate limits count in the shared cache (Redis in CI): only the test about them turns
    # them on, so that other tests and workers do not trip each other's counters.
    settings.RATELIMIT_ENABLE = False


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


# --- plans: a province plan issued for the communes, and a commune draft ------------------


@pytest.fixture
def offices(tree):
    from loa.units.services import offices_create_default

    offices_create_default(units=list(tree.values()))
    return tree


@pytest.fixture
def province_leader(tree):
    return member(tree["P"], Role.LEADER, full_name="Đỗ Thanh Bình")


@pytest.fixture
def province_officer(tree):
    return member(tree["P"], Role.OFFICER)


@pytest.fixture
def upper_plan(offices, province_officer, province_leader):
    """Province P's issued 2026 plan, with two tasks for the communes and one of its own."""
    from loa.plans import services
    from loa.plans.models import Channel, Task

    plan = services.plan_create_from_template(unit=offices["P"], year=2026, by=province_officer)
    plan.lower_plan_deadline = datetime.date(2026, 1, 31)
    plan.save()
    radio = Channel.objects.get(code="radio")
    Task.objects.create(
        plan=plan,
        order=1,
        content="Chuyên mục CCHC trên đài truyền thanh xã",
        channel=radio,
        expected_quantity=12,
        lead_text="UBND các xã",
        for_lower_units=True,
        due_date=datetime.date(2026, 12, 15),
    )
    Task.objects.create(
        plan=plan,
        order=2,
        content="Đối thoại với doanh nghiệp",
        lead_text="UBND các xã",
        for_lower_units=True,
        due_quarter=3,
    )
    Task.objects.create(
        plan=plan,
        order=3,
        content="Tập huấn cho công chức cấp xã",
        lead_office=offices["P"].offices.first(),
    )
    services.plan_submit(plan=plan, by=province_officer)
    services.plan_issue(plan=plan, by=province_leader, on=datetime.date(2025, 12, 26))
    return plan


@pytest.fixture
def draft(offices, personas):
    """Commune A's draft 2026 plan from the template."""
    from loa.plans import services

    return services.plan_create_from_template(
        unit=offices["A"], year=2026, by=personas["officer_a"]
    )
