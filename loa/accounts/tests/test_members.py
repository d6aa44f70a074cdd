from django.urls import reverse

from loa.accounts.models import Membership, Role, User
from loa.core.tests.pages import form_data


def _version(client, url) -> dict:
    """The version the edit page was drawn from, as the browser sends it back."""
    return {"seen_version": form_data(client.get(url).text, "seen_version")["seen_version"]}


def _url(unit):
    return reverse("accounts:member_list", args=[unit.pk])


def test_unit_admin_adds_a_new_officer_who_can_then_sign_in(client, personas, tree, office_factory):
    office = office_factory(unit=tree["A"], name="Văn hóa - Xã hội")
    client.force_login(personas["admin_a"])
    response = client.post(
        _url(tree["A"]),
        {
            "username": "hoa.nt",
            "full_name": "Nguyễn Thị Hoa",
            "position": "Công chức VHXH",
            "email": "hoa@example.vn",
            "role": Role.OFFICER,
            "office": office.pk,
            "password": "Tuyen-truyen-2026",
        },
    )
    assert response.status_code == 302
    user = User.objects.get(username="hoa.nt")
    assert user.full_name == "Nguyễn Thị Hoa" and user.check_password("Tuyen-truyen-2026")
    membership = Membership.objects.get(user=user)
    assert (membership.unit, membership.role, membership.office) == (
        tree["A"],
        Role.OFFICER,
        office,
    )
    client.logout()
    login = client.post(
        reverse("accounts:login"), {"username": "hoa.nt", "password": "Tuyen-truyen-2026"}
    )
    assert login.status_code == 302 and login["Location"] == reverse("home")


def test_adding_an_existing_account_gives_it_a_role_without_a_password(client, personas, tree):
    colleague = personas["officer_c"]
    client.force_login(personas["admin_a"])
    response = client.post(_url(tree["A"]), {"username": colleague.username, "role": Role.OFFICER})
    assert response.status_code == 302
    assert Membership.objects.filter(user=colleague, unit=tree["A"], role=Role.OFFICER).exists()


def test_half_filled_form_keeps_what_was_typed_and_explains_in_vietnamese(client, personas, tree):
    client.force_login(personas["admin_a"])
    response = client.post(
        _url(tree["A"]),
        {"username": "moi.nguoi", "full_name": "", "position": "Phó Chủ tịch", "role": Role.LEADER},
    )
    assert response.status_code == 400
    assert "Vui lòng nhập họ và tên cho tài khoản mới." in response.text
    assert "Vui lòng đặt mật khẩu ban đầu cho tài khoản mới." in response.text
    assert 'value="moi.nguoi"' in response.text and 'value="Phó Chủ tịch"' in response.text
    assert not User.objects.filter(username="moi.nguoi").exists()


def test_weak_password_is_refused(client, personas, tree):
    client.force_login(personas["admin_a"])
    response = client.post(
        _url(tree["A"]),
        {"username": "yeu", "full_name": "Yếu", "role": Role.OFFICER, "password": "123"},
    )
    assert response.status_code == 400
    assert not User.objects.filter(username="yeu").exists()


def test_duplicate_role_is_refused(client, personas, tree):
    client.force_login(personas["admin_a"])
    response = client.post(
        _url(tree["A"]), {"username": personas["officer_a"].username, "role": Role.OFFICER}
    )
    assert response.status_code == 400
    assert "Người này đã có vai trò này tại đơn vị." in response.text


def test_officer_and_supervisor_and_other_units_cannot_manage_members(client, personas, tree):
    for persona in ["officer_a", "leader_a", "officer_c", "supervisor_p", "supervisor_q"]:
        client.force_login(personas[persona])
        assert client.get(_url(tree["A"])).status_code == 403, persona
        response = client.post(_url(tree["A"]), {"username": "x", "role": Role.LEADER})
        assert response.status_code == 403, persona
    assert not User.objects.filter(username="x").exists()


def test_admin_changes_a_role_and_revokes_it(client, personas, tree):
    membership = Membership.objects.get(user=personas["officer_a"])
    client.force_login(personas["admin_a"])
    url = reverse("accounts:member_edit", args=[membership.pk])
    edit = client.post(url, {"role": Role.SUPERVISOR, "is_active": "on"} | _version(client, url))
    assert edit.status_code == 302
    membership.refresh_from_db()
    assert membership.role == Role.SUPERVISOR
    client.post(reverse("accounts:member_deactivate", args=[membership.pk]))
    membership.refresh_from_db()
    assert membership.is_active is False
    # created, role changed, revoked: each kept, with who changed it
    history = membership.history.order_by("history_date")
    assert [(h.history_type, h.role, h.is_active) for h in history] == [
        ("+", Role.OFFICER, True),
        ("~", Role.SUPERVISOR, True),
        ("~", Role.SUPERVISOR, False),
    ]
    assert [h.history_user for h in history][1:] == [personas["admin_a"]] * 2


def test_admin_cannot_revoke_own_role(client, personas):
    admin = personas["admin_a"]
    own = Membership.objects.get(user=admin)
    client.force_login(admin)
    response = client.post(reverse("accounts:member_deactivate", args=[own.pk]), follow=True)
    assert "Bạn không thể tự thu hồi vai trò của chính mình." in response.text
    own.refresh_from_db()
    assert own.is_active


def test_admin_of_a_cannot_touch_memberships_of_c(client, personas):
    other = Membership.objects.get(user=personas["officer_c"])
    client.force_login(personas["admin_a"])
    assert client.get(reverse("accounts:member_edit", args=[other.pk])).status_code == 403
    assert client.post(reverse("accounts:member_deactivate", args=[other.pk])).status_code == 403
    other.refresh_from_db()
    assert other.is_active


def test_deactivate_needs_post(client, personas):
    other = Membership.objects.get(user=personas["officer_a"])
    client.force_login(personas["admin_a"])
    assert client.get(reverse("accounts:member_deactivate", args=[other.pk])).status_code == 405


def test_an_admin_cannot_raise_their_own_role(client, personas, tree):
    admin = personas["admin_a"]
    own = Membership.objects.get(user=admin)
    client.force_login(admin)
    assert (
        client.post(
            reverse("accounts:member_edit", args=[own.pk]), {"role": Role.LEADER, "is_active": "on"}
        ).status_code
        == 403
    )
    response = client.post(_url(tree["A"]), {"username": admin.username, "role": Role.LEADER})
    assert response.status_code == 400
    assert "Bạn không thể tự thêm vai trò cho chính mình." in response.text
    assert not Membership.objects.filter(user=admin, role=Role.LEADER).exists()


def test_usernames_must_be_plain_ascii(client, personas, tree):
    client.force_login(personas["admin_a"])
    response = client.post(
        _url(tree["A"]),
        {
            "username": "nguyễn",
            "full_name": "Nguyễn",
            "role": Role.OFFICER,
            "password": "Mat-khau-dai-9",
        },
    )
    assert response.status_code == 400
    assert not User.objects.filter(username="nguyễn").exists()
