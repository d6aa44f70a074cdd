import re

from django.core import mail
from django.urls import reverse

from loa.accounts.tests.factories import PASSWORD


def test_login_page_is_vietnamese(client):
    response = client.get(reverse("accounts:login"))
    assert response.status_code == 200
    assert "Đăng nhập Loa" in response.text
    assert "Tên đăng nhập" in response.text and "Mật khẩu" in response.text


def test_officer_signs_in_and_lands_on_home(client, personas):
    user = personas["officer_a"]
    response = client.post(
        reverse("accounts:login"), {"username": user.username, "password": PASSWORD}, follow=True
    )
    assert response.redirect_chain[-1][0] == reverse("home")
    assert "Việc cần làm hôm nay" in response.text


def test_wrong_password_is_explained_and_keeps_the_user_name(client, personas):
    user = personas["officer_a"]
    response = client.post(
        reverse("accounts:login"), {"username": user.username, "password": "sai-mat-khau"}
    )
    assert response.status_code == 200
    assert "Tên đăng nhập hoặc mật khẩu không đúng" in response.text
    assert f'value="{user.username}"' in response.text


def test_too_many_failures_lock_the_login(client, personas):
    user = personas["officer_a"]
    for _ in range(5):
        client.post(reverse("accounts:login"), {"username": user.username, "password": "sai"})
    locked = client.post(
        reverse("accounts:login"), {"username": user.username, "password": PASSWORD}
    )
    assert locked.status_code == 429
    assert "Tạm khóa đăng nhập" in locked.text


def test_logout_needs_post_and_ends_the_session(client, personas):
    client.force_login(personas["officer_a"])
    response = client.post(reverse("accounts:logout"))
    assert response.status_code == 302
    assert client.get(reverse("home")).status_code == 302


def test_password_change(client, personas):
    user = personas["officer_a"]
    client.force_login(user)
    response = client.post(
        reverse("accounts:password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": "Moi-mat-khau-2026",
            "new_password2": "Moi-mat-khau-2026",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("Moi-mat-khau-2026")


def test_password_change_with_wrong_old_password_is_refused(client, personas):
    user = personas["officer_a"]
    client.force_login(user)
    response = client.post(
        reverse("accounts:password_change"),
        {
            "old_password": "khong-dung",
            "new_password1": "Moi-mat-khau-2026",
            "new_password2": "Moi-mat-khau-2026",
        },
    )
    assert response.status_code == 200
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


def test_password_reset_by_email_end_to_end(client, personas):
    user = personas["officer_a"]
    response = client.post(reverse("accounts:password_reset"), {"email": user.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "Đặt lại mật khẩu Loa" and message.to == [user.email]
    link = re.search(r"https?://[^/]+(/\S+)", message.body).group(1)
    form_page = client.get(link, follow=True)
    assert "Đặt mật khẩu mới" in form_page.text
    done = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "Dat-lai-2026-ok", "new_password2": "Dat-lai-2026-ok"},
    )
    assert done.status_code == 302
    user.refresh_from_db()
    assert user.check_password("Dat-lai-2026-ok")


def test_password_reset_for_unknown_email_sends_nothing_and_reveals_nothing(client, db):
    response = client.post(reverse("accounts:password_reset"), {"email": "khong@co.vn"})
    assert response.status_code == 302
    assert mail.outbox == []


def test_switch_unit_changes_the_home_page(client, tree, personas):
    from loa.accounts.models import Role
    from loa.accounts.tests.factories import MembershipFactory

    user = personas["officer_a"]
    MembershipFactory(user=user, unit=tree["D"], role=Role.LEADER)
    client.force_login(user)
    assert tree["A"].short_name in client.get(reverse("home")).text
    response = client.post(reverse("accounts:switch_unit"), {"unit": tree["D"].pk}, follow=True)
    assert f"xã {tree['D'].short_name}" in response.text
    assert "Văn bản chờ duyệt, ký" in response.text


def test_switching_to_a_unit_without_a_role_is_refused(client, tree, personas):
    client.force_login(personas["officer_a"])
    response = client.post(reverse("accounts:switch_unit"), {"unit": tree["C"].pk})
    assert response.status_code == 403
    assert client.post(reverse("accounts:switch_unit"), {"unit": "abc"}).status_code == 403


def test_password_reset_is_rate_limited_per_address(client, personas, settings):
    from django.core.cache import cache

    settings.RATELIMIT_ENABLE = True  # off for every other test (conftest.py)
    cache.clear()
    user = personas["officer_a"]
    for n in range(5):
        client.post(reverse("accounts:password_reset"), {"email": f"khong-co-{n}@example.vn"})
    blocked = client.post(reverse("accounts:password_reset"), {"email": user.email}, follow=True)
    assert "Đã gửi quá nhiều yêu cầu đặt lại mật khẩu" in blocked.text
    assert mail.outbox == []
