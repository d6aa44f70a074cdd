"""What every response shares (issue #10, finding 11): Loa's own Vietnamese error pages
under DEBUG (`make run`) too, Django's technical ones only when LOA_DEBUG_TECHNICAL asks
for them; `Cache-Control: private, no-store` on whatever a signed-in user is sent."""

import pytest
from django.core.exceptions import BadRequest
from django.test import Client
from django.urls import reverse

from loa.core import views

TECHNICAL_404 = "Using the URLconf defined in"


@pytest.fixture
def web(db):
    """A client that gets the error page a browser would, instead of the exception."""
    return Client(raise_request_exception=False)


@pytest.fixture
def debug(settings):
    settings.DEBUG = True
    settings.LOA_DEBUG_TECHNICAL = False
    return settings


def test_under_debug_a_bad_url_is_loas_vietnamese_404(web, debug, personas):
    web.force_login(personas["officer_a"])
    response = web.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert "<h1>Không tìm thấy trang</h1>" in response.text
    assert TECHNICAL_404 not in response.text and "lap-moi/" not in response.text
    assert personas["officer_a"].display_name in response.text  # the signed-in header


def test_under_debug_a_guest_gets_the_vietnamese_404_too(web, debug):
    response = web.get("/ke-hoach/khong-co/")
    assert response.status_code == 404
    assert "<h1>Không tìm thấy trang</h1>" in response.text


def test_under_debug_a_missing_object_is_loas_404(web, debug, personas):
    web.force_login(personas["officer_a"])
    response = web.get(reverse("plans:detail", args=[999999]))
    assert response.status_code == 404
    assert "<h1>Không tìm thấy trang</h1>" in response.text
    assert "Traceback" not in response.text


def test_under_debug_a_slash_forgotten_still_redirects(web, debug, personas):
    web.force_login(personas["officer_a"])
    response = web.get("/ke-hoach")
    assert response.status_code == 301 and response["Location"] == "/ke-hoach/"


def test_under_debug_a_refusal_is_loas_403(web, debug, personas, draft):
    web.force_login(personas["officer_c"])
    response = web.get(reverse("plans:detail", args=[draft.pk]))
    assert response.status_code == 403
    assert "<h1>Không có quyền truy cập</h1>" in response.text


class _Broken:
    def __init__(self, error):
        self.error = error

    def cursor(self):
        raise self.error


def test_under_debug_a_server_error_is_loas_500_and_the_traceback_goes_to_the_log(
    web, debug, monkeypatch, caplog
):
    monkeypatch.setattr(views, "connection", _Broken(RuntimeError("hỏng")))
    response = web.get(reverse("healthz"))
    assert response.status_code == 500
    assert "Hệ thống gặp sự cố" in response.text and "Traceback" not in response.text
    assert "RuntimeError" in caplog.text  # for whoever runs `make run`


def test_under_debug_a_bad_request_is_loas_400(web, debug, monkeypatch):
    monkeypatch.setattr(views, "connection", _Broken(BadRequest("sai")))
    response = web.get(reverse("healthz"))
    assert response.status_code == 400
    assert "<h1>Yêu cầu không hợp lệ</h1>" in response.text


def test_django_technical_pages_only_when_asked_for(web, debug):
    debug.LOA_DEBUG_TECHNICAL = True
    response = web.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert TECHNICAL_404 in response.text


# --- Cache-Control ------------------------------------------------------------------------


def _directives(response) -> set[str]:
    return {d.strip() for d in response.get("Cache-Control", "").split(",") if d.strip()}


def test_signed_in_pages_are_neither_cached_nor_kept(client, personas, draft):
    client.force_login(personas["officer_a"])
    for url in [
        reverse("home"),
        reverse("plans:detail", args=[draft.pk]),
        reverse("plans:docx", args=[draft.pk]),
        reverse("plans:detail", args=[999999]),  # an error page says what the user may see
    ]:
        assert {"private", "no-store"} <= _directives(client.get(url)), url


def test_guest_pages_and_static_files_are_left_alone(client, personas):
    assert "Cache-Control" not in client.get(reverse("portal:index"))
    client.force_login(personas["officer_a"])
    assert "no-store" not in _directives(client.get("/static/css/loa.css"))
