"""Reports across the turn of the year: last year's annual report is still due in January
when the upper level set its deadline there (clock bugs found while putting the suite on a
clock, now fixed): the daily reminder and the home page look at last year's periods too."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse

from conftest import morning
from loa.plans.tests.factories import IssuedPlanFactory
from loa.reports.models import ReportDeadline

LAST_YEARS_ANNUAL_DUE = datetime.date(2027, 1, 8)  # set by province P for 2026's report


@pytest.fixture
def annual_due_in_january(offices, personas):
    IssuedPlanFactory(
        unit=offices["A"],
        year=2026,
        by=personas["officer_a"],
        signer=personas["leader_a"],
        issued_on=datetime.date(2026, 1, 5),
    )
    ReportDeadline.objects.create(
        unit=offices["P"], kind="annual", year=2026, due_on=LAST_YEARS_ANNUAL_DUE
    )
    return offices["A"]


@pytest.mark.time_machine(morning(2027, 1, 3))
def test_last_years_annual_report_due_in_january_is_reminded(annual_due_in_january, mailoutbox):
    call_command("send_report_reminders")
    assert [m.subject for m in mailoutbox] == ["[Loa] Báo cáo năm 2026 sắp đến hạn (còn 5 ngày)"]


@pytest.mark.time_machine(morning(2027, 1, 5))
def test_last_years_annual_report_due_in_january_is_on_the_home_page(
    client, annual_due_in_january, personas
):
    client.force_login(personas["officer_a"])
    home = client.get(reverse("home")).text
    assert "Hạn 08/01/2027: báo cáo năm 2026 — " in home
