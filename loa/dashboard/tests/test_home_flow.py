"""The report's way through the home pages and the reports page: the leader finds the report
awaiting signature, the officer finds it returned with the reason; past years are one
choice away; a second report of a period points to the first."""

from django.urls import reverse
from django.utils import timezone

from loa.reports.models import Report
from loa.reports.tests.factories import ReportFactory


def _home(client, user) -> str:
    client.force_login(user)
    return client.get(reverse("home")).text


def test_leader_finds_the_submitted_report_and_the_officer_finds_it_returned_with_the_reason(
    client, offices, personas
):
    officer, leader = personas["officer_a"], personas["leader_a"]
    year = timezone.localdate().year - 1
    client.force_login(officer)
    response = client.post(reverse("reports:create"), {"kind": "annual", "year": year})
    report = Report.objects.get(unit=offices["A"], kind="annual", year=year)
    assert response["Location"] == reverse("reports:detail", args=[report.pk])
    assert "Văn bản chờ duyệt, ký" not in _home(client, officer)
    client.post(reverse("reports:submit", args=[report.pk]))

    home = _home(client, leader)
    detail = reverse("reports:detail", args=[report.pk])
    assert f'Báo cáo: <a href="{detail}">{report.title}</a> — trình lúc' in home
    assert "Không có văn bản nào đang chờ đồng chí duyệt, ký." not in home
    assert client.get(detail).status_code == 200

    response = client.post(
        reverse("reports:send_back", args=[report.pk]),
        {"reason": "Bổ sung số liệu tuyên truyền tháng 12."},
    )
    assert response.status_code == 302
    assert "Không có văn bản nào đang chờ đồng chí duyệt, ký." in _home(client, leader)
    home = _home(client, officer)
    assert "Báo cáo bị trả lại" in home
    assert (
        f'<a href="{detail}">{report.title}</a> — <strong class="late">bị trả lại</strong>: '
        "Bổ sung số liệu tuyên truyền tháng 12." in home
    )
    # submitted again, it is no longer flagged
    client.post(reverse("reports:submit", args=[report.pk]))
    assert "Báo cáo bị trả lại" not in _home(client, officer)


def test_the_reports_page_picks_a_past_year(client, offices, personas):
    report = ReportFactory(unit=offices["A"], kind="annual", year=2023, by=personas["officer_a"])
    client.force_login(personas["officer_a"])
    this_year = timezone.localdate().year
    page = client.get(reverse("reports:index")).text
    assert '<label for="nam">Năm báo cáo</label>' in page
    assert f'<option value="{this_year}" selected>' in page
    assert '<option value="2023">2023</option>' in page  # a year the unit has a report of
    past = client.get(reverse("reports:index"), {"nam": 2023}).text
    assert '<option value="2023" selected>' in past
    assert "Báo cáo kết quả tuyên truyền năm 2023" in past
    assert reverse("reports:detail", args=[report.pk]) in past


def test_a_second_report_of_a_period_is_refused_once_with_a_link_to_the_first(
    client, offices, personas
):
    client.force_login(personas["officer_a"])
    first = ReportFactory(unit=offices["A"], kind="annual", year=2023, by=personas["officer_a"])
    quarter = ReportFactory(
        unit=offices["A"], kind="quarter", year=2023, index=2, by=personas["officer_a"]
    )
    for data, report, what in (
        ({"kind": "annual", "year": 2023}, first, "báo cáo năm 2023"),
        ({"kind": "quarter", "year": 2023, "index": 2}, quarter, "báo cáo quý II năm 2023"),
    ):
        response = client.post(reverse("reports:create"), data)
        assert response.status_code == 400
        link = reverse("reports:detail", args=[report.pk])
        assert f'Đơn vị đã có {what}: <a href="{link}">{report.title}</a> (dự thảo).' in (
            response.text
        )
        assert "năm năm" not in response.text and "quý quý" not in response.text
    assert Report.objects.filter(unit=offices["A"]).count() == 2
