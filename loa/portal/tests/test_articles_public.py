"""The public column: what it shows and how it is found (search without diacritics, by
area, Atom feed, sitemap.xml, Open Graph tags), the body's sanitising, the cover checked
by content and made small, and a phone's first load of the column's home page."""

import gzip
import re
import xml.etree.ElementTree as ET

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from PIL import Image

from conftest import member
from loa.accounts.models import Role
from loa.plans.models import ReformArea
from loa.portal.models import Article

from .articles_factories import ArticleFactory, photo, published

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def publish(offices, personas):
    def publish(**fields):
        return published(
            unit=offices["A"], officer=personas["officer_a"], leader=personas["leader_a"], **fields
        )

    return publish


def column(unit, **query):
    return reverse("portal:column_home", kwargs={"code": unit.code})


def test_the_body_keeps_its_structure_and_loses_what_could_run(publish, client):
    article = publish(
        body='<h2 style="color:red">Kết quả</h2><script>alert(1)</script>'
        '<p onclick="steal()">Đoạn <strong>đậm</strong></p>'
        '<img src="/a.jpg" onerror="x()" alt="Ảnh">'
        '<a href="javascript:alert(1)">xấu</a> <a href="https://dichvucong.gov.vn">Cổng DVC</a>'
        "<iframe src='https://evil.example'></iframe><ul><li>Một</li></ul>"
    )
    body = article.body
    for gone in ("<script", "alert(1)", "onclick", "onerror", "style=", "javascript:", "<iframe"):
        assert gone not in body
    assert "<h2>Kết quả</h2>" in body and "<strong>đậm</strong>" in body
    assert '<img src="/a.jpg" alt="Ảnh">' in body and "<ul><li>Một</li></ul>" in body
    assert 'href="https://dichvucong.gov.vn" rel="noopener noreferrer"' in body
    page = client.get(article.get_absolute_url()).content.decode()
    assert "<h2>Kết quả</h2>" in page and "steal()" not in page


def test_a_file_that_is_not_a_picture_is_refused_by_its_content(client, offices, personas):
    client.force_login(personas["officer_a"])
    fake = SimpleUploadedFile("anh.jpg", b"<?php system($_GET['c']); ?>", content_type="image/jpeg")
    broken = SimpleUploadedFile(
        "anh2.jpg", b"\xff\xd8\xff\xe0" + b"0" * 200, content_type="image/jpeg"
    )
    for upload in (fake, broken):
        response = client.post(
            reverse("portal:article_create", kwargs={"pk": offices["A"].pk}),
            {
                "title": "Tin có ảnh giả",
                "lead": "Sa pô",
                "body": "Nội dung",
                "reform_area": ReformArea.objects.first().pk,
                "cover_alt": "Ảnh minh họa",
                "anh": upload,
            },
        )
        assert response.status_code == 400
        assert (
            "không phải ảnh" in response.content.decode() or "bị hỏng" in response.content.decode()
        )
        assert 'value="Tin có ảnh giả"' in response.content.decode()
    assert not Article.objects.exists()


def test_the_cover_is_resized_and_given_a_small_thumbnail(publish, client):
    article = publish(cover=photo(size=(1800, 1200), kind="PNG"), cover_alt="Bộ phận một cửa")
    with Image.open(article.cover.open("rb")) as cover:
        assert cover.format == "JPEG" and cover.size == (640, 427)
        assert "exif" not in cover.info
    with Image.open(article.thumbnail.open("rb")) as thumb:
        assert thumb.size == (160, 107)
    assert article.thumbnail.size < 12_000
    response = client.get(
        reverse("portal:article_cover", kwargs={"code": article.unit.code, "pk": article.pk})
    )
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    assert response["Cache-Control"].startswith("public")


def test_a_drafts_picture_is_only_for_its_units_officers(client, offices, personas):
    draft = ArticleFactory(
        unit=offices["A"], by=personas["officer_a"], cover=photo(size=(400, 300)), cover_alt="Ảnh"
    )
    url = reverse("portal:article_thumbnail", kwargs={"code": offices["A"].code, "pk": draft.pk})
    assert client.get(url).status_code == 404
    client.force_login(personas["officer_c"])
    assert client.get(url).status_code == 404
    client.force_login(personas["leader_a"])
    response = client.get(url)
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]


def test_open_graph_tags_let_zalo_and_facebook_show_title_lead_and_picture(publish, client):
    article = publish(
        title="Hướng dẫn kích hoạt tài khoản định danh điện tử mức độ 2",
        lead="Công an xã hỗ trợ người dân kích hoạt VNeID tại nhà văn hóa thôn.",
        cover=photo(size=(1600, 900)),
        cover_alt="Cán bộ hướng dẫn người dân",
    )
    page = client.get(article.get_absolute_url()).content.decode()
    meta = dict(re.findall(r'<meta property="([^"]+)" content="([^"]*)"', page))
    assert meta["og:type"] == "article"
    assert meta["og:title"] == article.title
    assert meta["og:description"] == article.lead
    assert meta["og:url"] == "http://testserver" + article.get_absolute_url()
    assert meta["og:image"].startswith("http://testserver/cong-cong-khai/")
    assert client.get(meta["og:image"].removeprefix("http://testserver")).status_code == 200
    assert f'<link rel="canonical" href="{meta["og:url"]}">' in page


def test_a_wrong_slug_leads_to_the_one_address(publish, client):
    article = publish()
    wrong = reverse(
        "portal:article_detail",
        kwargs={"code": article.unit.code, "pk": article.pk, "slug": "ten-cu"},
    )
    response = client.get(wrong)
    assert response.status_code == 301 and response["Location"] == article.get_absolute_url()


def test_search_without_diacritics_and_pages_by_area(publish, client, offices):
    areas = list(ReformArea.objects.order_by("order")[:2])
    vneid = publish(title="Kích hoạt định danh điện tử VNeID", reform_area=areas[0])
    payment = publish(title="Thanh toán trực tuyến lệ phí", reform_area=areas[1])
    found = client.get(column(offices["A"]), {"q": "dinh danh dien tu"}).content.decode()
    assert vneid.title in found and payment.title not in found
    none = client.get(column(offices["A"]), {"q": "zzz khong thay"}).content.decode()
    assert "Không tìm thấy tin, bài nào" in none
    by_area = client.get(
        reverse("portal:column_area", kwargs={"code": offices["A"].code, "area": areas[1].code})
    ).content.decode()
    assert payment.title in by_area and vneid.title not in by_area
    assert client.get(column(offices["A"]), {"q": "x" * 101}).status_code == 400


def test_the_atom_feed_and_the_sitemap_are_valid_xml_listing_the_article(publish, client, offices):
    article = publish(title="Bộ phận một cửa & người dân: đối thoại <tháng 12>")
    ArticleFactory(unit=offices["A"], by=article.created_by, title="Bản nháp không được lộ")
    feed = client.get(reverse("portal:article_feed", kwargs={"code": offices["A"].code}))
    assert feed["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(feed.content)
    entries = root.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}title").text for e in entries] == [article.title]
    link = entries[0].find(f"{ATOM}link").get("href")
    assert link == "http://testserver" + article.get_absolute_url()

    sitemap = client.get("/sitemap.xml")
    assert sitemap.status_code == 200
    locations = [u.find(f"{SITEMAP}loc").text for u in ET.fromstring(sitemap.content)]
    assert "http://testserver" + article.get_absolute_url() in locations
    assert "http://testserver" + column(offices["A"]) in locations
    unit_site = reverse("portal:unit_site", kwargs={"code": offices["A"].code})
    assert "http://testserver" + unit_site in locations
    assert not any("ban-nhap" in loc for loc in locations)


def test_the_print_view_and_the_unit_sites_latest_three(publish, client, offices):
    articles = [publish(title=f"Tin cải cách hành chính số {n}") for n in range(4)]
    printed = client.get(
        reverse("portal:article_print", kwargs={"code": offices["A"].code, "pk": articles[0].pk})
    )
    assert printed.status_code == 200
    assert "bản in" in printed.content.decode() and articles[0].lead in printed.content.decode()
    site = client.get(reverse("portal:unit_site", kwargs={"code": offices["A"].code})).content
    shown = [a.title for a in articles if a.title.encode() in site]
    assert shown == [a.title for a in articles[1:]]  # the newest three


@pytest.fixture
def served_static(settings, tmp_path):
    """The static files as production serves them: collected by WhiteNoise's compressed
    manifest storage (hashed names and a .gz beside each file worth compressing) and read
    by WhiteNoise from the collected folder, not from the app folders."""
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    settings.WHITENOISE_USE_FINDERS = False
    settings.WHITENOISE_AUTOREFRESH = False
    call_command("collectstatic", interactive=False, verbosity=0)


def _sent(client, url) -> tuple[int, bytes]:
    """The bytes on the wire for `url` as a phone asks for it (Accept-Encoding: gzip), and
    the body once unpacked."""
    response = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200, url
    body = b"".join(response.streaming_content) if response.streaming else response.content
    plain = gzip.decompress(body) if response.get("Content-Encoding") == "gzip" else body
    return len(body), plain


def _transferred(client, path) -> dict[str, int]:
    """What a phone pulls on a first visit of `path`: the page as sent, each style sheet,
    script, icon and picture it loads (and what the style sheets load), each once."""
    sizes, html = {}, None
    size, html = _sent(client, path)
    sizes[path] = size
    page = html.decode()
    wanted = re.findall(r'<link rel="(?:stylesheet|icon)"[^>]* href="([^"]+)"', page)
    wanted += re.findall(r'<script[^>]* src="([^"]+)"', page)
    wanted += re.findall(r'<img[^>]* src="([^"]+)"', page)
    while wanted:
        url = wanted.pop(0).replace("&amp;", "&")
        if url in sizes:
            continue
        sizes[url], body = _sent(client, url)
        if url.split("?")[0].endswith(".css"):
            base = url.rsplit("/", 1)[0]
            for ref in re.findall(r"url\(['\"]?([^'\")]+)", body.decode()):
                if not ref.startswith(("data:", "#")):
                    wanted.append(ref if ref.startswith("/") else f"{base}/{ref}")
    return sizes


def _weigh(client, path, label) -> int:
    sizes = _transferred(client, path)
    total = sum(sizes.values())
    print(f"{label}: {total} bytes", sizes)
    return total


def test_the_column_home_and_an_article_on_a_phone_weigh_at_most_60_kb(
    publish, client, offices, served_static
):
    for n in range(12):  # more than a page, every one with a photo
        article = publish(
            title=f"Cải cách thủ tục hành chính: kết quả tháng {n + 1} năm nay tại xã",
            cover=photo(f"anh{n}.jpg", size=(2000, 1500)),
            cover_alt="Ảnh minh họa",
        )
    path = column(offices["A"])
    page = client.get(path, HTTP_ACCEPT_ENCODING="gzip")
    assert page["Content-Encoding"] == "gzip" and "Accept-Encoding" in page["Vary"]
    html = gzip.decompress(page.content).decode()
    assert html.count('loading="lazy"') == 10  # one page of thumbnails, loaded as needed
    assert "htmx" not in html  # the public column needs no script
    assert _weigh(client, path, "column home") <= 60 * 1024
    assert _weigh(client, article.get_absolute_url(), "article") <= 60 * 1024


def test_pages_with_a_csrf_token_or_for_one_person_are_not_compressed(client, offices):
    """BREACH (ADR 28): only what is the same for every guest is gzipped."""
    unit = offices["A"]
    form = client.get(
        reverse("portal:feedback_form", kwargs={"code": unit.code}), HTTP_ACCEPT_ENCODING="gzip"
    )
    assert "csrfmiddlewaretoken" in form.content.decode()
    assert "Content-Encoding" not in form
    lookup = client.get(
        reverse("portal:feedback_lookup", kwargs={"code": unit.code}),
        {"ma": "PA-2026-ZZZZZZ"},
        HTTP_ACCEPT_ENCODING="gzip",
    )
    assert "Content-Encoding" not in lookup
    site = reverse("portal:unit_site", kwargs={"code": unit.code})
    assert client.get(site, HTTP_ACCEPT_ENCODING="gzip")["Content-Encoding"] == "gzip"
    assert "Content-Encoding" not in client.get(site)  # a client that cannot unpack it
    client.force_login(member(unit, Role.OFFICER))
    assert "Content-Encoding" not in client.get(site, HTTP_ACCEPT_ENCODING="gzip")
