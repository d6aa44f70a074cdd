from django.urls import reverse


def test_theo_doi_is_no_longer_a_placeholder(client, personas):
    client.force_login(personas["officer_a"])
    response = client.get(reverse("dashboard:index"), follow=True)
    assert response.status_code == 200
    assert "đang được xây dựng" not in response.text
    assert "Theo dõi:" in response.text


def test_public_portal_is_open_to_anonymous_and_no_longer_a_placeholder(client, tree):
    response = client.get(reverse("portal:index"))
    assert response.status_code == 200
    assert "đang được xây dựng" not in response.text
    assert tree["P"].name in response.text  # the provinces, for a visitor without an account


def test_healthz_answers_ok(client, db):
    assert client.get(reverse("healthz")).json() == {"status": "ok"}


def test_pages_send_a_strict_content_security_policy(client, db):
    response = client.get(reverse("accounts:login"))
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert "https:" not in policy  # no CDN anywhere


def test_unknown_page_is_a_vietnamese_404(client, personas):
    client.force_login(personas["officer_a"])
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert '<html lang="vi">' in response.text
    assert "<title>Không tìm thấy trang" in response.text
    assert "<h1>Không tìm thấy trang</h1>" in response.text
    assert "Trang bạn tìm không có hoặc đã được chuyển đi." in response.text
    assert f'<a href="{reverse("home")}">Về trang chủ</a>' in response.text


def test_every_script_and_stylesheet_is_served_by_loa(client, personas):
    import re

    client.force_login(personas["officer_a"])
    html = client.get(reverse("home")).text
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sources and all(not s.startswith(("http://", "https://", "//")) for s in sources)
    for path in [s for s in sources if s.startswith("/static/")]:
        assert client.get(path).status_code == 200, path
