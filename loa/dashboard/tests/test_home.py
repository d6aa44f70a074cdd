"""The home page shows each role what it has to do, for the unit chosen in the switcher."""

from django.urls import reverse

from conftest import member
from loa.accounts.models import Role


def _home(client, user):
    client.force_login(user)
    response = client.get(reverse("home"))
    assert response.status_code == 200
    return response.text


def test_officer_home_shows_todays_work_and_says_what_is_not_built(client, personas, tree):
    text = _home(client, personas["officer_a"])
    assert f"Ủy ban nhân dân xã {tree['A'].short_name}" in text
    assert "Việc cần làm hôm nay" in text
    assert "Đơn vị chưa có kế hoạch năm" in text
    assert "Văn bản chờ duyệt, ký" not in text
    assert "Quản trị đơn vị" not in text


def test_leader_home_adds_documents_awaiting_signature(client, personas):
    text = _home(client, personas["leader_a"])
    assert "Việc cần làm hôm nay" in text and "Văn bản chờ duyệt, ký" in text


def test_supervisor_home_counts_the_units_below(client, personas, tree):
    text = _home(client, personas["supervisor_p"])
    assert "Các đơn vị trực thuộc" in text
    assert "<strong>2</strong> đơn vị cấp xã" in text
    assert "<strong>0</strong>/2 đơn vị đã ban hành" in text
    assert "Việc cần làm hôm nay" not in text


def test_unit_admin_home_links_to_people_and_offices(client, personas, tree):
    text = _home(client, personas["admin_a"])
    assert reverse("accounts:member_list", args=[tree["A"].pk]) in text
    assert reverse("accounts:office_list", args=[tree["A"].pk]) in text
    assert "Việc cần làm hôm nay" not in text


def test_user_without_any_role_is_told_whom_to_ask(client, db, user_factory):
    text = _home(client, user_factory())
    assert "chưa được giao vai trò tại đơn vị nào" in text


def test_a_user_of_two_units_sees_the_first_then_the_switched_one(client, tree):
    user = member(tree["A"], Role.OFFICER)
    from loa.accounts.tests.factories import MembershipFactory

    MembershipFactory(user=user, unit=tree["C"], role=Role.LEADER)
    text = _home(client, user)
    assert 'id="unit-switch"' in text and tree["C"].name in text
    client.post(reverse("accounts:switch_unit"), {"unit": tree["C"].pk})
    assert "Văn bản chờ duyệt, ký" in client.get(reverse("home")).text


def test_officer_is_asked_to_implement_the_upper_plan_and_leader_sees_it_to_sign(
    client, personas, tree
):
    from loa.plans.models import PlanStatus
    from loa.plans.tests.factories import IssuedPlanFactory, PlanFactory
    from loa.units.services import offices_create_default

    offices_create_default(units=list(tree.values()))
    upper = IssuedPlanFactory(unit=tree["P"])  # this year's
    text = _home(client, personas["officer_a"])
    assert f"Lập kế hoạch thực hiện</strong> {upper.reference}" in text
    plan = PlanFactory(
        unit=tree["A"], upper=upper, by=personas["officer_a"], status=PlanStatus.SUBMITTED
    )
    # in the list to sign, not only among the unit's plans
    assert f"{plan.title}</a> — trình lúc" in _home(client, personas["leader_a"])
