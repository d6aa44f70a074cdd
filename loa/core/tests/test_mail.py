from django.test import RequestFactory

from loa.core.mail import render_email, site_url


def test_site_url_from_the_request_the_setting_or_the_trusted_origin(settings):
    request = RequestFactory().get("/")
    assert site_url("/bao-cao/", request) == "http://testserver/bao-cao/"
    settings.SITE_URL, settings.CSRF_TRUSTED_ORIGINS = "https://loa.gov.vn/", []
    assert site_url("/bao-cao/") == "https://loa.gov.vn/bao-cao/"
    settings.SITE_URL, settings.CSRF_TRUSTED_ORIGINS = "", ["https://cchc.example.vn"]
    assert site_url("/bao-cao/") == "https://cchc.example.vn/bao-cao/"
    settings.CSRF_TRUSTED_ORIGINS = []
    assert site_url("/bao-cao/") == ""


def test_subject_is_one_line_and_body_is_not_html_escaped():
    subject, body = render_email(
        "reports/email/rollup_reminder",
        {
            "upper": _Unit("UBND tỉnh <Phú Thọ>"),
            "unit": _Unit("UBND xã An Lạc & Cẩm Khê"),
            "period": _Period("quý I\nnăm 2024"),
            "link": "",
        },
    )
    assert subject == "[Loa] Nhắc gửi báo cáo quý I năm 2024"
    assert "UBND tỉnh <Phú Thọ> đề nghị UBND xã An Lạc & Cẩm Khê" in body
    assert "&amp;" not in body and "&lt;" not in body


class _Unit:
    def __init__(self, name):
        self.council_name = name


class _Period:
    def __init__(self, label):
        self.label = label
