"""A unit's public site and the index, as an anonymous visitor finds them."""

import datetime

import pytest
from django.urls import reverse

from loa.accounts.models import Role
from loa.accounts.tests.factories import MembershipFactory, UserFactory
from loa.core.text import fold
from loa.units.models import Level, UnitSuccession
from loa.units.tests.factories import CommuneFactory

from .factories import ProcedureFactory, UnitContactFactory

pytestmark = pytest.mark.django_db


def site(unit):
    return reverse("portal:unit_site", kwargs={"code": unit.code})


def test_fold_drops_tones_marks_case_and_d_stroke():
    assert fold("Đường  An") == "duong an"
    assert fold("CHỨNG THỰC Bản sao") == "chung thuc ban sao"
    assert fold("Ứng Hòe, Thượng Hồng") == "ung hoe, thuong hong"


def test_anonymous_visitor_opens_a_communes_site_with_its_contact_and_leaders(client, tree):
    a = tree["A"]
    UnitContactFactory(unit=a)
    MembershipFactory(
        unit=a,
        role=Role.LEADER,
        position="Chủ tịch",
        user=UserFactory(full_name="Nguyễn Văn Hùng", email="hung.rieng@example.vn"),
    )
    response = client.get(site(a))
    assert response.status_code == 200
    page = response.content.decode()
    assert "<h1>Xã An Lạc</h1>" in page
    assert "Tỉnh Phú Thọ" in page  # its parent
    assert "Thôn Đông, xã An Lạc" in page
    assert "0210 3851 234" in page
    assert "vanphong@anlac.gov.vn" in page
    assert "Nguyễn Văn Hùng" in page and "Chủ tịch" in page


def test_only_name_and_position_of_the_people_in_charge_are_shown(client, tree):
    user = UserFactory(full_name="Trần Thị Mai", username="mai.rieng", email="mai.rieng@example.vn")
    MembershipFactory(unit=tree["A"], role=Role.LEADER, position="Phó Chủ tịch", user=user)
    officer = UserFactory(full_name="Lê Văn Cán Bộ")
    MembershipFactory(unit=tree["A"], role=Role.OFFICER, user=officer)
    page = client.get(site(tree["A"])).content.decode()
    assert "Trần Thị Mai" in page and "Phó Chủ tịch" in page
    assert "mai.rieng" not in page  # neither the username nor the personal e-mail
    assert "Lê Văn Cán Bộ" not in page  # officers are not the people in charge


def test_an_inactive_leader_is_not_listed(client, tree):
    user = UserFactory(full_name="Phạm Văn Cũ")
    MembershipFactory(unit=tree["A"], role=Role.LEADER, user=user, is_active=False)
    assert "Phạm Văn Cũ" not in client.get(site(tree["A"])).content.decode()


def test_an_unknown_code_is_a_vietnamese_404(client, tree):
    response = client.get(reverse("portal:unit_site", kwargs={"code": "99999x"}))
    assert response.status_code == 404
    assert "Không tìm thấy đơn vị" in response.content.decode()


def test_a_former_unit_says_it_was_reorganised_and_links_its_successor(client, tree):
    old = CommuneFactory(
        parent=tree["P"], short_name="Thúc Kháng", valid_to=datetime.date(2025, 6, 30)
    )
    UnitSuccession.objects.create(old=old, new=tree["A"])
    page = client.get(site(old)).content.decode()
    assert "đã kết thúc hoạt động từ ngày 01/07/2025" in page
    assert f'href="{site(tree["A"])}"' in page
    assert "Thông tin liên hệ" not in page


def test_a_current_unit_wins_over_a_former_one_with_the_same_code(client, tree):
    CommuneFactory(
        parent=tree["P"],
        code=tree["A"].code,
        short_name="Cũ Trùng Mã",
        valid_to=datetime.date(2025, 6, 30),
    )
    assert "<h1>Xã An Lạc</h1>" in client.get(site(tree["A"])).content.decode()


def test_the_index_lists_provinces_and_a_province_lists_its_communes(client, tree):
    page = client.get(reverse("portal:index")).content.decode()
    assert f'href="{site(tree["P"])}"' in page and f'href="{site(tree["Q"])}"' in page
    assert site(tree["A"]) not in page
    province = client.get(site(tree["P"])).content.decode()
    assert f'href="{site(tree["A"])}"' in province and f'href="{site(tree["C"])}"' in province
    assert site(tree["D"]) not in province


def test_the_index_search_finds_a_commune_typed_without_diacritics(client, tree):
    duong_an = CommuneFactory(parent=tree["P"], short_name="Đường An", name="Xã Đường An")
    response = client.get(reverse("portal:index"), {"q": "  DUONG an "})
    page = response.content.decode()
    assert f'href="{site(duong_an)}"' in page
    assert site(tree["A"]) not in page
    assert 'value="  DUONG an "' in page  # what was typed stays in the box


def test_the_index_search_skips_former_units_and_says_when_nothing_matches(client, tree):
    CommuneFactory(short_name="Đường Cũ", name="Xã Đường Cũ", valid_to=datetime.date(2025, 6, 30))
    page = client.get(reverse("portal:index"), {"q": "duong cu"}).content.decode()
    assert "Không tìm thấy đơn vị nào" in page


def test_a_search_too_long_is_refused_in_vietnamese_and_kept(client, tree):
    response = client.get(reverse("portal:index"), {"q": "a" * 101})
    assert response.status_code == 400
    page = response.content.decode()
    assert "dài quá 100 ký tự" in page
    assert "a" * 101 in page


def test_a_province_site_has_no_procedures_of_communes(client, tree):
    ProcedureFactory(name="Đăng ký khai sinh", level=Level.COMMUNE)
    ProcedureFactory(name="Cấp giấy phép xây dựng", level=Level.PROVINCE)
    response = client.get(reverse("portal:procedure_list", kwargs={"code": tree["P"].code}))
    page = response.content.decode()
    assert "Cấp giấy phép xây dựng" in page and "Đăng ký khai sinh" not in page


def test_a_units_public_pages_carry_its_masthead_and_its_desks_do_not(client, tree, personas):
    a = tree["A"]
    for path in (site(a), reverse("portal:procedure_list", kwargs={"code": a.code})):
        page = client.get(path).content.decode()
        assert '<div class="masthead">' in page
        assert f"Ủy ban nhân dân {a.name}" in page
    assert '<div class="masthead">' not in client.get(reverse("portal:index")).content.decode()
    client.force_login(personas["admin_a"])
    desk = client.get(reverse("portal:contact_edit", kwargs={"pk": a.pk}))
    assert desk.status_code == 200 and '<div class="masthead">' not in desk.content.decode()
