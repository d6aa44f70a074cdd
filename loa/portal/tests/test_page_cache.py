"""Guests' public pages come from the cache until the next public write (ADR 28)."""

import pytest
from django.core.cache import cache

from conftest import member
from loa.accounts.models import Role
from loa.portal.caching import public_pages_changed
from loa.portal.middleware import HEADER
from loa.portal.tests.factories import ProcedureFactory, UnitContactFactory


@pytest.fixture
def page_cache(settings):
    """The cache on, in a local-memory store of this test's own (the suite's shared Redis
    is left alone)."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "portal-page-cache-test",
        }
    }
    settings.LOA_PUBLIC_PAGE_CACHE = True
    cache.clear()
    yield
    cache.clear()


def _site(tree):
    return f"/cong-cong-khai/{tree['A'].code}/"


def test_a_guest_gets_the_second_visit_from_the_cache(client, tree, page_cache):
    first = client.get(_site(tree))
    second = client.get(_site(tree))
    assert first.status_code == second.status_code == 200
    assert first[HEADER] == "miss"
    assert second[HEADER] == "hit"
    assert second.content == first.content


def test_a_public_write_shows_at_once(client, tree, page_cache):
    client.get(_site(tree))
    UnitContactFactory(unit=tree["A"], hotline="0210 3999 888")
    public_pages_changed()  # what every public write calls (the contact page does)
    response = client.get(_site(tree))
    assert response[HEADER] == "miss"
    assert "0210 3999 888" in response.content.decode()


def test_the_contact_page_moves_the_cache_on(client, tree, page_cache):
    admin = member(tree["A"], Role.UNIT_ADMIN)
    guest = client.__class__()
    guest.get(_site(tree))
    client.force_login(admin)
    response = client.post(
        f"/cong-cong-khai/quan-tri/{tree['A'].pk}/lien-he/",
        {"address": "Số 1 đường Hùng Vương", "hotline": "0210 3851 000", "email": ""},
    )
    assert response.status_code == 302
    page = guest.get(_site(tree))
    assert page[HEADER] == "miss"
    assert "0210 3851 000" in page.content.decode()


def test_a_procedure_saved_moves_the_cache_on(client, tree, page_cache):
    url = f"{_site(tree)}thu-tuc/?q=khai+sinh"
    assert "Đăng ký khai sinh" not in client.get(url).content.decode()
    ProcedureFactory(name="Đăng ký khai sinh")
    assert "Đăng ký khai sinh" in client.get(url).content.decode()


def test_a_signed_in_user_never_gets_or_leaves_a_copy(client, tree, page_cache):
    client.force_login(member(tree["A"], Role.OFFICER))
    for _ in range(2):
        response = client.get(_site(tree))
        assert HEADER not in response
    assert "private" in response["Cache-Control"]


def test_officers_pages_and_queries_out_of_bounds_are_never_kept(client, tree, page_cache):
    long = client.get(f"{_site(tree)}thu-tuc/?q=" + "a" * 300)
    assert HEADER not in long
    admin_page = client.get(f"/cong-cong-khai/quan-tri/{tree['A'].pk}/lien-he/")
    assert HEADER not in admin_page


def test_query_order_does_not_make_a_second_copy(client, tree, page_cache):
    base = f"{_site(tree)}thu-tuc/"
    client.get(f"{base}?q=ho+tich&trang=1")
    assert client.get(f"{base}?trang=1&q=ho+tich")[HEADER] == "hit"


def test_a_missing_unit_is_not_kept(client, tree, page_cache):
    for _ in range(2):
        response = client.get("/cong-cong-khai/99999999/")
        assert response.status_code == 404
        assert HEADER not in response
