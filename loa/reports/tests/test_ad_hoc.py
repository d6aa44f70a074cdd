"""Ad hoc reports: the period the upper level asks for, compared with the same days a year
before, even when the period starts on a 29 February (a year before, it starts on the
28th)."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from loa.activities.tests.factories import ActivityFactory
from loa.reports.models import Report
from loa.reports.tests.factories import ReportFactory

START, END = datetime.date(2024, 2, 29), datetime.date(2024, 3, 10)


@pytest.fixture
def leap_log(tree):
    """Commune A's radio items in 29/02–10/03/2024 and around 28/02–10/03/2023."""
    radio = {"unit": tree["A"], "channel__code": "radio"}
    ActivityFactory(**radio, quantity=4, started_on=START)
    ActivityFactory(**radio, quantity=2, started_on=END)
    ActivityFactory(**radio, quantity=3, started_on=datetime.date(2023, 2, 28))  # a year before
    ActivityFactory(**radio, quantity=1, started_on=datetime.date(2023, 3, 10))  # a year before
    ActivityFactory(**radio, quantity=50, started_on=datetime.date(2023, 2, 27))  # too early
    ActivityFactory(**radio, quantity=70, started_on=datetime.date(2023, 3, 11))  # too late
    return tree["A"]


def test_an_ad_hoc_report_from_29_february_compares_with_28_february_a_year_before(
    leap_log, personas
):
    report = ReportFactory(
        unit=leap_log, kind="ad_hoc", year=2024, start=START, end=END, by=personas["officer_a"]
    )
    assert (report.period_start, report.period_end) == (START, END)
    assert report.title.endswith("đột xuất (29/02/2024–10/03/2024)")
    # the same days of 2023 (28/02–10/03) are last year's figure, beside this year's
    assert "phát 06 tin, bài" in report.results_text
    assert "tăng từ 04 lên 06" in report.results_text


def test_an_ad_hoc_report_from_29_february_through_the_page(client, leap_log, personas):
    client.force_login(personas["officer_a"])
    response = client.post(
        reverse("reports:create"),
        {
            "kind": "ad_hoc",
            "year": 2024,
            "start": START.isoformat(),
            "end": END.isoformat(),
            "requested": "Báo cáo kết quả tuyên truyền dịp đầu xuân.",
        },
    )
    report = Report.objects.get(unit=leap_log, kind="ad_hoc")
    assert response.status_code == 302
    assert response["Location"] == reverse("reports:detail", args=[report.pk])
    detail = client.get(response["Location"])
    assert detail.status_code == 200
    assert "phát 06 tin, bài" in detail.text and "tăng từ 04 lên 06" in detail.text


def test_an_ad_hoc_report_cannot_reach_past_today(client, personas):
    today = timezone.localdate()
    client.force_login(personas["officer_a"])
    response = client.post(
        reverse("reports:create"),
        {
            "kind": "ad_hoc",
            "year": today.year,
            "start": today.isoformat(),
            "end": (today + datetime.timedelta(days=1)).isoformat(),
        },
    )
    assert response.status_code == 400
    assert "Không báo cáo số liệu của ngày chưa tới." in response.text
    assert not Report.objects.exists()
