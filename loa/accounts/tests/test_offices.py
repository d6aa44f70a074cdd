from django.urls import reverse

from loa.core.tests.pages import form_data
from loa.units.models import Office


def test_unit_admin_adds_and_renames_an_office(client, personas, tree):
    client.force_login(personas["admin_a"])
    url = reverse("accounts:office_list", args=[tree["A"].pk])
    response = client.post(
        url, {"name": "Đài truyền thanh", "abbreviation": "ĐTT", "order": 70, "is_active": "on"}
    )
    assert response.status_code == 302
    office = Office.objects.get(unit=tree["A"], name="Đài truyền thanh")
    edit_url = reverse("accounts:office_edit", args=[office.pk])
    seen = form_data(client.get(edit_url).text, "seen_version")["seen_version"]
    edit = client.post(
        edit_url,
        {"name": "Đài truyền thanh xã", "abbreviation": "ĐTT", "order": 70, "seen_version": seen},
    )
    assert edit.status_code == 302
    office.refresh_from_db()
    assert office.name == "Đài truyền thanh xã" and office.is_active is False
    assert office.history.first().history_user == personas["admin_a"]


def test_duplicate_or_empty_name_is_explained_and_kept(client, personas, tree, office_factory):
    office_factory(unit=tree["A"], name="Tư pháp - Hộ tịch")
    client.force_login(personas["admin_a"])
    url = reverse("accounts:office_list", args=[tree["A"].pk])
    response = client.post(url, {"name": "tư pháp - hộ tịch", "abbreviation": "TPHT", "order": 5})
    assert response.status_code == 400
    assert "Đơn vị đã có cơ quan, bộ phận mang tên này." in response.text
    assert 'value="TPHT"' in response.text
    empty = client.post(url, {"name": "", "abbreviation": "X", "order": 5})
    assert empty.status_code == 400
    assert Office.objects.filter(unit=tree["A"]).count() == 1


def test_only_the_unit_admin_manages_offices(client, personas, tree, office_factory):
    office = office_factory(unit=tree["A"])
    for persona in ["officer_a", "leader_a", "supervisor_p", "officer_c"]:
        client.force_login(personas[persona])
        assert client.get(reverse("accounts:office_list", args=[tree["A"].pk])).status_code == 403
        assert (
            client.post(
                reverse("accounts:office_edit", args=[office.pk]), {"name": "Đổi", "order": 1}
            ).status_code
            == 403
        )
    office.refresh_from_db()
    assert office.name != "Đổi"
