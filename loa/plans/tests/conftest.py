import datetime

import pytest

from conftest import member
from loa.accounts.models import Role
from loa.plans import services
from loa.plans.models import Channel, Task
from loa.units.services import offices_create_default


@pytest.fixture
def offices(tree):
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
    return services.plan_create_from_template(
        unit=offices["A"], year=2026, by=personas["officer_a"]
    )
