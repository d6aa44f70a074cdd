"""A report's text fields hold at most 50,000 characters each (issue #10, finding 4): past
that the page says so in Vietnamese and keeps what was typed."""

from django.urls import reverse

from loa.core.tests.pages import form_data
from loa.reports.tests.factories import ReportFactory


def test_report_text_over_50000_characters_is_refused_and_kept(client, personas, tree):
    client.force_login(personas["officer_a"])
    report = ReportFactory(unit=tree["A"], by=personas["officer_a"], year=2026)
    url = reverse("reports:edit", args=[report.pk])
    data = form_data(client.get(url).content.decode(), "results_text")
    data["results_text"] = "Đã đăng 12 tin, bài trên cổng thông tin điện tử của xã. " * 1000
    response = client.post(url, data)
    assert response.status_code == 400
    assert "50.000 ký tự" in response.text
    assert response.context["form"]["results_text"].value() == data["results_text"]
    report.refresh_from_db()
    assert not report.results_text.startswith("Đã đăng 12 tin")
