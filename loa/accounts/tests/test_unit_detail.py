from django.urls import reverse


def _get(client, user, unit):
    client.force_login(user)
    return client.get(reverse("accounts:unit_detail", args=[unit.pk]))


def test_member_sees_own_unit_with_offices(client, personas, tree, office_factory):
    office_factory(unit=tree["A"], name="Phòng Văn hóa - Xã hội")
    response = _get(client, personas["officer_a"], tree["A"])
    assert response.status_code == 200
    assert "Phòng Văn hóa - Xã hội" in response.text
    assert tree["A"].name in response.text


def test_officer_cannot_open_another_commune(client, personas, tree):
    assert _get(client, personas["officer_a"], tree["C"]).status_code == 403


def test_supervisor_opens_commune_below_but_not_in_another_province(client, personas, tree):
    assert _get(client, personas["supervisor_p"], tree["C"]).status_code == 200
    assert _get(client, personas["supervisor_p"], tree["D"]).status_code == 403


def test_supervisor_lists_subunits_in_vietnamese_order_and_searches(client, personas, tree):
    response = _get(client, personas["supervisor_p"], tree["P"])
    text = response.text
    assert text.index("An Lạc") < text.index("Cẩm Khê")
    client.force_login(personas["supervisor_p"])
    found = client.get(reverse("accounts:unit_detail", args=[tree["P"].pk]), {"q": "cẩm"})
    assert "Cẩm Khê" in found.text and "An Lạc" not in found.text


def test_unknown_unit_is_404(client, personas):
    client.force_login(personas["officer_a"])
    assert client.get(reverse("accounts:unit_detail", args=[999999])).status_code == 404


def test_anonymous_is_sent_to_login(client, tree):
    response = client.get(reverse("accounts:unit_detail", args=[tree["A"].pk]))
    assert response.status_code == 302 and "/dang-nhap/" in response["Location"]
