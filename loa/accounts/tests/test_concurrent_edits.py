"""Two unit admins editing the same membership or office: the second save from the older
page is refused, shows both versions and keeps what was typed (loa/core/concurrency.py)."""

import pytest
from django.test import Client
from django.urls import reverse

from conftest import member
from loa.accounts.models import Membership, Role
from loa.core.tests.pages import form_data
from loa.units.models import Office


@pytest.fixture
def two_admins(personas, tree):
    first = Client()
    first.force_login(member(tree["A"], Role.UNIT_ADMIN, full_name="Lê Văn Nam"))
    second = Client()
    second.force_login(personas["admin_a"])
    return first, second


def _membership(personas, tree):
    membership = Membership.objects.get(user=personas["officer_a"])
    url = reverse("accounts:member_edit", args=[membership.pk])
    return url, "position", lambda: Membership.objects.get(pk=membership.pk).position


def _office(personas, tree):
    office = Office.objects.create(unit=tree["A"], name="Văn phòng", order=1)
    url = reverse("accounts:office_edit", args=[office.pk])
    return url, "name", lambda: Office.objects.get(pk=office.pk).name


EDITS = {"membership": _membership, "office": _office}
FIRST, SECOND = "Văn phòng HĐND và UBND", "Văn phòng - Thống kê"


@pytest.mark.parametrize("what", EDITS)
def test_second_save_from_an_older_page_is_refused_with_both_versions(
    what, personas, tree, two_admins
):
    url, field, stored = EDITS[what](personas, tree)
    first, second = two_admins
    older = second.get(url).text
    saved = first.post(url, form_data(first.get(url).text, field) | {field: FIRST})
    assert saved.status_code == 302, saved.text
    assert stored() == FIRST

    refused = second.post(url, form_data(older, field) | {field: SECOND})
    assert refused.status_code == 400
    assert "đã được Lê Văn Nam sửa" in refused.text
    assert "Bản đang lưu" in refused.text and "Bản bạn nhập" in refused.text
    assert FIRST in refused.text
    assert stored() == FIRST
    kept = form_data(refused.text, field)
    assert kept[field] == SECOND
    assert second.post(url, kept).status_code == 302  # having seen both, saved knowingly
    assert stored() == SECOND


@pytest.mark.parametrize("what", EDITS)
def test_a_save_without_the_version_is_refused(what, personas, tree, two_admins):
    url, field, stored = EDITS[what](personas, tree)
    _, client = two_admins
    before = stored()
    data = form_data(client.get(url).text, field) | {field: SECOND}
    data.pop("seen_version", None)
    refused = client.post(url, data)
    assert refused.status_code == 400
    assert "không cho biết bạn sửa từ bản nào" in refused.text
    assert stored() == before
    assert form_data(refused.text, field)[field] == SECOND
