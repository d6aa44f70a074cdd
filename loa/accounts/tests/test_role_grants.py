"""Who may give the signing (leader) and unit-admin roles (ADR 17): only a unit admin of a
unit above, never to oneself nor to one's own appointer; a unit's own admin gives the
officer and supervisor roles. Tried through the pages, as the attack of issue #10 ran."""

from django.urls import reverse
from django.utils import timezone

from conftest import member
from loa.accounts.models import Membership, Role, User
from loa.core.tests.pages import form_data
from loa.plans import services as plans

PASSWORD = "Tuyen-truyen-2026"


def _add(client, unit, **data):
    return client.post(reverse("accounts:member_list", args=[unit.pk]), data)


def _edit(client, membership, **data):
    url = reverse("accounts:member_edit", args=[membership.pk])
    fields = {"role": membership.role, "position": membership.position, "is_active": "on"}
    page = client.get(url)
    if page.status_code == 200:  # the version the page was drawn from, as a browser sends it
        fields["seen_version"] = form_data(page.text, "seen_version")["seen_version"]
    return client.post(url, fields | data)


def _submitted_plan(unit, officer):
    plan = plans.plan_create_from_template(unit=unit, year=timezone.localdate().year, by=officer)
    return plans.plan_submit(plan=plan, by=officer)


def test_unit_admin_cannot_make_themselves_leader_through_a_second_account(
    client, offices, personas
):
    unit, quantri = offices["A"], personas["admin_a"]
    client.force_login(quantri)
    sock = {"username": "sock.admin", "full_name": "Tài Khoản Phụ", "password": PASSWORD}
    added = _add(client, unit, role=Role.UNIT_ADMIN, **sock)
    assert added.status_code == 400
    assert "do quản trị đơn vị cấp trên cấp" in added.text
    assert 'value="sock.admin"' in added.text  # what was typed is kept
    assert not Membership.objects.filter(role=Role.UNIT_ADMIN, user__username="sock.admin")

    # the officer role is the unit's own business; the second account then tries to raise
    # its creator
    assert _add(client, unit, role=Role.OFFICER, **sock).status_code == 302
    client.force_login(User.objects.get(username="sock.admin"))
    own = Membership.objects.get(user=quantri)
    assert _edit(client, own, role=Role.LEADER).status_code == 403
    again = _add(client, unit, username=quantri.username, role=Role.LEADER)
    assert again.status_code == 403
    own.refresh_from_db()
    assert own.role == Role.UNIT_ADMIN
    assert not Membership.objects.filter(user=quantri, role=Role.LEADER).exists()

    draft = _submitted_plan(unit, personas["officer_a"])
    client.force_login(quantri)
    assert client.get(reverse("plans:issue", args=[draft.pk])).status_code == 403


def test_unit_admin_cannot_raise_an_officer_to_leader_and_is_told_why(client, personas, tree):
    membership = Membership.objects.get(user=personas["officer_a"])
    client.force_login(personas["admin_a"])
    page = client.get(reverse("accounts:member_edit", args=[membership.pk]))
    roles = [value for value, _ in page.context["form"].fields["role"].choices]
    assert Role.LEADER not in roles and Role.UNIT_ADMIN not in roles
    assert "do quản trị đơn vị cấp trên" in page.text
    response = _edit(client, membership, role=Role.LEADER, position="Chủ tịch")
    assert response.status_code == 400
    assert 'value="Chủ tịch"' in response.text
    membership.refresh_from_db()
    assert membership.role == Role.OFFICER


def test_unit_admin_cannot_change_a_leaders_role_or_signature(client, personas):
    leader = Membership.objects.get(user=personas["leader_a"])
    client.force_login(personas["admin_a"])
    listing = client.get(reverse("accounts:member_list", args=[leader.unit_id]))
    assert reverse("accounts:member_edit", args=[leader.pk]) not in listing.text
    assert "Do quản trị đơn vị cấp trên quản lý" in listing.text
    response = _edit(client, leader, position="Phó Chủ tịch", delegation="acting")
    assert response.status_code == 403
    assert "do quản trị đơn vị cấp trên" in response.text
    leader.refresh_from_db()
    assert (leader.position, leader.delegation) == ("Chủ tịch", "")
    revoked = client.post(reverse("accounts:member_deactivate", args=[leader.pk]), follow=True)
    assert "do quản trị đơn vị cấp trên" in revoked.text
    leader.refresh_from_db()
    assert leader.is_active


def test_admin_above_appoints_the_leader_and_admin_of_a_commune(client, personas, tree):
    upper = member(tree["P"], Role.UNIT_ADMIN)
    client.force_login(upper)
    detail = client.get(reverse("accounts:unit_detail", args=[tree["P"].pk]))
    assert reverse("accounts:member_list", args=[tree["A"].pk]) in detail.text
    people = client.get(reverse("accounts:member_list", args=[tree["A"].pk]))
    assert "Lãnh đạo" in [label for _, label in people.context["form"].fields["role"].choices]
    assert reverse("accounts:unit_detail", args=[tree["A"].pk]) not in people.text  # 403 there
    assert reverse("accounts:unit_detail", args=[tree["P"].pk]) in people.text
    response = _add(
        client,
        tree["A"],
        username=personas["officer_a"].username,
        role=Role.LEADER,
        position="Phó Chủ tịch",
    )
    assert response.status_code == 302
    leader = Membership.objects.get(user=personas["officer_a"], role=Role.LEADER)
    assert leader.position == "Phó Chủ tịch"
    elsewhere = Membership.objects.get(user=member(tree["D"], Role.OFFICER))
    assert _edit(client, elsewhere, role=Role.LEADER).status_code == 403  # D is not under P
    other = Membership.objects.get(user=personas["leader_a"])
    assert _edit(client, other, position="Chủ tịch", delegation="acting").status_code == 302
    other.refresh_from_db()
    assert other.delegation == "acting"
    # and no one appoints themselves, even from above
    own = _add(client, tree["A"], username=upper.username, role=Role.LEADER)
    assert own.status_code == 400
    assert "Bạn không thể tự thêm vai trò cho chính mình." in own.text


def test_an_admin_appointed_from_above_cannot_appoint_their_appointer(client, tree):
    """Three levels (the tree before 07/2025): P's admin makes someone admin of district
    B; that admin cannot then make P's admin a leader of a commune of B."""
    from loa.units.models import Level
    from loa.units.tests.factories import CommuneFactory, UnitFactory

    district = UnitFactory(parent=tree["P"], level=Level.DISTRICT, short_name="Bình Giang")
    commune = CommuneFactory(parent=district, short_name="Thúc Kháng")
    upper = member(tree["P"], Role.UNIT_ADMIN)
    client.force_login(upper)
    data = {"username": "sock.huyen", "full_name": "Tài Khoản Phụ", "password": PASSWORD}
    assert _add(client, district, role=Role.UNIT_ADMIN, **data).status_code == 302
    client.force_login(User.objects.get(username="sock.huyen"))
    response = _add(client, commune, username=upper.username, role=Role.LEADER)
    assert response.status_code == 400
    assert "quản trị đơn vị cấp trên của bạn" in response.text
    assert not Membership.objects.filter(user=upper, unit=commune).exists()


def test_the_grant_rule_holds_in_the_service_too(personas, tree):
    import pytest

    from loa.accounts import services

    with pytest.raises(services.GrantRefused):
        services.member_add(
            unit=tree["A"],
            username=personas["officer_c"].username,
            role=Role.LEADER,
            by=personas["admin_a"],
        )
    membership = Membership.objects.get(user=personas["officer_a"])
    with pytest.raises(services.GrantRefused):
        services.membership_update(
            membership=membership, by=personas["admin_a"], role=Role.UNIT_ADMIN
        )
