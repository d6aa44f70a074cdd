"""Failed sign-ins and reset requests are held back per (name, real address), and a name
tried from many addresses is slowed, never locked for its owner (ADR 20). The real address
is read from X-Forwarded-For only through the number of proxies the deployment trusts."""

import datetime

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse

from loa.accounts.clientip import client_ip
from loa.accounts.tests.factories import PASSWORD

PROXY = "10.0.0.1"
OWNER, STRANGER = "198.51.100.7", "203.0.113.9"


@pytest.fixture(autouse=True)
def _fresh_counters():
    cache.clear()
    yield
    cache.clear()


def _login(client, user, password, *, via=None, address):
    meta = {"REMOTE_ADDR": via or address}
    if via:
        meta["HTTP_X_FORWARDED_FOR"] = address
    return client.post(
        reverse("accounts:login"), {"username": user.username, "password": password}, **meta
    )


def test_owner_behind_the_proxy_signs_in_while_a_stranger_is_locked(client, personas, settings):
    settings.LOA_TRUSTED_PROXIES = 1
    owner = personas["officer_a"]
    for _ in range(8):
        _login(client, owner, "doan-bua", via=PROXY, address=STRANGER)
    locked = _login(client, owner, PASSWORD, via=PROXY, address=STRANGER)
    assert locked.status_code == 429
    assert "Tạm khóa đăng nhập" in locked.text
    response = _login(client, owner, PASSWORD, via=PROXY, address=OWNER)
    assert response.status_code == 302 and response["Location"] == reverse("home")


def test_a_forged_forwarded_address_is_ignored_without_trusted_proxies(client, personas, settings):
    settings.LOA_TRUSTED_PROXIES = 0
    owner = personas["officer_a"]
    for n in range(5):
        _login(client, owner, "doan-bua", via=STRANGER, address=f"192.0.2.{n}")
    locked = _login(client, owner, PASSWORD, via=STRANGER, address="192.0.2.200")
    assert locked.status_code == 429


def test_the_address_is_read_through_exactly_the_trusted_proxies(rf, settings):
    forged = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": f"1.2.3.4, {STRANGER}"}
    settings.LOA_TRUSTED_PROXIES = 0
    assert client_ip(rf.get("/", **forged)) == PROXY
    settings.LOA_TRUSTED_PROXIES = 1
    assert client_ip(rf.get("/", **forged)) == STRANGER
    settings.LOA_TRUSTED_PROXIES = 2
    chain = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": f"1.2.3.4, {STRANGER}, 10.0.0.2"}
    assert client_ip(rf.get("/", **chain)) == STRANGER
    # a header shorter than the chain of proxies, or not an address, is not believed
    assert client_ip(rf.get("/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="10.0.0.2")) == PROXY
    assert client_ip(rf.get("/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="x, <b>")) == PROXY


def test_a_name_tried_from_many_addresses_is_slowed_not_locked(
    client, personas, settings, time_machine
):
    time_machine.move_to(datetime.datetime(2026, 12, 2, 9, tzinfo=datetime.UTC), tick=False)
    owner = personas["officer_a"]
    assert _login(client, owner, PASSWORD, address=OWNER).status_code == 302
    client.logout()
    for n in range(30):
        _login(client, owner, "doan-bua", address=f"192.0.2.{n}")
    # from an address the owner has signed in from, no wait at all
    assert _login(client, owner, PASSWORD, address=OWNER).status_code == 302
    client.logout()
    # from a new one: told to wait some seconds, the name kept, never a lock
    slowed = _login(client, owner, PASSWORD, address="198.51.100.99")
    assert slowed.status_code == 429
    assert "vui lòng đợi" in slowed.text and "giây rồi đăng nhập lại" in slowed.text
    assert f'value="{owner.username}"' in slowed.text
    time_machine.shift(datetime.timedelta(seconds=61))
    response = _login(client, owner, PASSWORD, address="198.51.100.99")
    assert response.status_code == 302


def _reset(client, email, *, address):
    return client.post(
        reverse("accounts:password_reset"),
        {"email": email},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR=address,
        follow=True,
    )


def test_password_reset_is_limited_per_real_address_behind_the_proxy(client, db, settings):
    settings.RATELIMIT_ENABLE, settings.LOA_TRUSTED_PROXIES = True, 1
    for n in range(5):
        _reset(client, f"khong-co-{n}@example.vn", address=STRANGER)
    blocked = _reset(client, "khong-co-9@example.vn", address=STRANGER)
    assert "Đã gửi quá nhiều yêu cầu đặt lại mật khẩu từ máy này" in blocked.text
    other = _reset(client, "khong-co-9@example.vn", address=OWNER)
    assert "quá nhiều yêu cầu" not in other.text


def test_password_reset_mails_an_account_at_most_three_times_an_hour_silently(
    client, personas, settings
):
    settings.RATELIMIT_ENABLE, settings.LOA_TRUSTED_PROXIES = True, 1
    user = personas["officer_a"]
    pages = [_reset(client, user.email.upper(), address=f"192.0.2.{n}") for n in range(5)]
    assert len(mail.outbox) == 3
    # the page says the same each time: nothing tells a stranger that the account exists
    assert {page.redirect_chain[-1][0] for page in pages} == {
        reverse("accounts:password_reset_done")
    }
    assert all("quá nhiều" not in page.text for page in pages)
