"""Report periods that cannot be (issue #10, finding 8): an annual report of a year to come
or of a time before the unit existed, a deadline for "quý 7/2026". Refused with a
Vietnamese message that keeps what was typed; nothing is saved."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from conftest import member
from loa.accounts.models import Role
from loa.reports.models import Report, ReportDeadline
from loa.units.tests.factories import CommuneFactory


def _create(client, **fields):
    return client.post(reverse("reports:create"), {"index": "1", **fields})


@pytest.mark.parametrize("years_ahead", [1, 74])
def test_an_annual_report_of_a_year_to_come_is_refused(client, personas, years_ahead):
    year = timezone.localdate().year + years_ahead
    client.force_login(personas["officer_a"])
    response = _create(client, kind="annual", year=str(year))
    assert response.status_code == 400
    assert f"Chưa lập được báo cáo năm {year}: năm đó chưa tới" in response.text
    assert f'value="{year}"' in response.text
    assert not Report.objects.exists()


def test_a_quarter_of_next_year_is_refused_too(client, personas):
    year = timezone.localdate().year + 1
    client.force_login(personas["officer_a"])
    response = _create(client, kind="quarter", year=str(year), index="2")
    assert response.status_code == 400
    assert not Report.objects.exists()


def test_this_years_annual_report_is_drafted(client, personas, offices):
    client.force_login(personas["officer_a"])
    response = _create(client, kind="annual", year=str(timezone.localdate().year))
    assert response.status_code == 302
    assert Report.objects.filter(kind="annual").count() == 1


def test_no_report_of_a_time_before_the_unit_existed(client, tree):
    new_commune = CommuneFactory(
        parent=tree["P"], short_name="Tân Lập", valid_from=datetime.date(2025, 7, 1)
    )
    client.force_login(member(new_commune, Role.OFFICER))
    response = _create(client, kind="quarter", year="2025", index="1")
    assert response.status_code == 400
    assert "bắt đầu hoạt động từ ngày 01/07/2025" in response.text
    assert not Report.objects.exists()
    # the year it began in is reported on
    assert _create(client, kind="annual", year="2025").status_code == 302


# --- deadlines set by the upper level -----------------------------------------------------


def _deadline(client, **fields):
    data = {"kind": "quarter", "year": "2026", "index": "1", "due_on": "2026-03-17", **fields}
    return client.post(reverse("reports:deadline_set"), data)


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"index": "7"}, "Kỳ báo cáo quý phải là quý I, II, III hoặc IV."),
        ({"index": "0"}, "Kỳ báo cáo quý phải là quý I, II, III hoặc IV."),
        ({"year": "2100"}, "Năm phải từ 2000 đến"),
        ({"due_on": "2026-03-01"}, "phải từ ngày chốt số liệu 14/03/2026 trở đi"),
        ({"due_on": "2031-03-17"}, "phải trong năm 2026 hoặc 2027"),
        ({"kind": "ad_hoc"}, "Chỉ đặt hạn cho báo cáo quý, 6 tháng, 9 tháng hoặc năm."),
    ],
)
def test_a_deadline_for_a_period_that_cannot_be_is_refused(client, personas, fields, message):
    client.force_login(personas["supervisor_p"])
    response = _deadline(client, **fields)
    assert response.status_code == 400
    assert message in response.text
    typed = fields.get("due_on", "2026-03-17")
    assert f'value="{typed}"' in response.text
    assert not ReportDeadline.objects.exists()


def test_a_real_deadline_is_set(client, personas, tree):
    client.force_login(personas["supervisor_p"])
    response = _deadline(client, index="4", due_on="2027-01-05")
    assert response.status_code == 302
    deadline = ReportDeadline.objects.get()
    assert (deadline.unit, deadline.index, deadline.due_on) == (
        tree["P"],
        4,
        datetime.date(2027, 1, 5),
    )
