"""The unit admin publishes the unit's contact details; nobody else may."""

import re

import pytest
from django.urls import reverse

from loa.accounts.models import Role
from loa.accounts.tests.factories import MembershipFactory, UserFactory
from loa.portal.models import UnitContact

pytestmark = pytest.mark.django_db


def edit(unit):
    return reverse("portal:contact_edit", kwargs={"pk": unit.pk})


def test_the_unit_admin_edits_the_contact_details_shown_to_the_public(client, tree, personas):
    client.force_login(personas["admin_a"])
    own = client.get(reverse("accounts:unit_detail", kwargs={"pk": tree["A"].pk}))
    public_url = reverse("portal:unit_site", kwargs={"code": tree["A"].code})
    assert f'href="{public_url}"' in own.content.decode()  # the signed-in unit page links it
    page = client.get(public_url)
    assert edit(tree["A"]) in page.content.decode()  # the public page links the editor
    response = client.post(
        edit(tree["A"]),
        {"address": "Số 1 đường Trần Phú", "hotline": "0210 3851 234", "email": "ub@anlac.vn"},
    )
    assert response.status_code == 302
    contact = UnitContact.objects.get(unit=tree["A"])
    assert (contact.address, contact.hotline, contact.email) == (
        "Số 1 đường Trần Phú",
        "0210 3851 234",
        "ub@anlac.vn",
    )
    client.logout()
    public = client.get(response["Location"]).content.decode()
    assert "Số 1 đường Trần Phú" in public and edit(tree["A"]) not in public


def test_bad_input_is_refused_in_vietnamese_and_nothing_typed_is_lost(client, tree, personas):
    client.force_login(personas["admin_a"])
    response = client.post(
        edit(tree["A"]),
        {"address": "Thôn Đông", "hotline": "gọi tôi", "email": "khong-phai-thu"},
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Số đường dây nóng chỉ gồm chữ số" in page
    assert "Địa chỉ thư điện tử chưa đúng" in page
    assert 'value="Thôn Đông"' in page and 'value="gọi tôi"' in page
    assert not UnitContact.objects.exists()


def test_another_units_admin_is_refused(client, tree):
    other_admin = UserFactory()
    MembershipFactory(unit=tree["C"], role=Role.UNIT_ADMIN, user=other_admin)
    client.force_login(other_admin)
    response = client.post(edit(tree["A"]), {"address": "Chiếm quyền", "hotline": "", "email": ""})
    assert response.status_code == 403
    assert not UnitContact.objects.exists()


@pytest.mark.parametrize("persona", ["officer_a", "leader_a", "supervisor_p"])
def test_the_units_other_roles_are_refused(client, tree, personas, persona):
    client.force_login(personas[persona])
    assert client.get(edit(tree["A"])).status_code == 403


def test_an_anonymous_visitor_is_sent_to_sign_in(client, tree):
    response = client.get(edit(tree["A"]))
    assert response.status_code == 302
    assert reverse("accounts:login") in response["Location"]


def _version(page) -> str:
    return re.search(r'name="seen_version" value="([^"]*)"', page).group(1)


def test_a_second_edit_carries_the_version_and_a_stale_one_is_refused(client, tree, personas):
    client.force_login(personas["admin_a"])
    client.post(edit(tree["A"]), {"address": "Thôn Đông", "hotline": "", "email": ""})
    seen = _version(client.get(edit(tree["A"])).content.decode())
    fields = {"address": "Thôn Tây", "hotline": "", "email": "", "seen_version": seen}
    assert client.post(edit(tree["A"]), fields).status_code == 302
    # the same stale page saved again: someone (here, oneself) changed it meanwhile
    stale = client.post(edit(tree["A"]), {**fields, "address": "Thôn Nam"})
    assert stale.status_code == 400
    assert 'value="Thôn Nam"' in stale.content.decode()
    assert UnitContact.objects.get(unit=tree["A"]).address == "Thôn Tây"
