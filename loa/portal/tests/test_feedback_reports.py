"""Feedback counts in the unit's reports without anyone typing them: received, answered,
answered on time in the report's period (15/6–14/9 for Q3), shown in the figures and
cited in the drafted results; frozen when sent; summed in the upper level's report
(loa/reports/sources.py, ADR 11, ADR 14)."""

import datetime

import pytest
from django.urls import reverse

from conftest import morning
from loa.reports.tests.factories import ReportFactory, report_send_up

from .test_feedback_workflow import answer_it, receive

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def q3(client, offices, personas, time_machine):
    """Commune A, Q3 2026: two received in the period, one of them answered on time;
    one received the day after the period closed."""
    a = offices["A"]
    time_machine.move_to(morning(2026, 6, 12))  # before the period: neither counted
    receive(a, title="Phản ánh trước kỳ")
    time_machine.move_to(morning(2026, 7, 1))
    answer_it(client, receive(a, title="Phản ánh đã trả lời"), personas)
    time_machine.move_to(morning(2026, 8, 3))
    receive(a, title="Phản ánh chưa trả lời")
    time_machine.move_to(morning(2026, 9, 15))
    receive(a, title="Phản ánh sau kỳ")
    time_machine.move_to(morning(2026, 9, 16))
    return ReportFactory(unit=a, kind="quarter", year=2026, index=3, by=personas["officer_a"])


def test_the_unit_report_shows_and_cites_the_feedback_of_its_period(client, q3, personas):
    client.force_login(personas["officer_a"])
    page = client.get(reverse("reports:detail", args=[q3.pk])).content.decode()
    flat = " ".join(page.split())
    assert "<h2>Tiếp nhận, trả lời phản ánh, kiến nghị</h2>" in flat
    assert '<th scope="row">Phản ánh, kiến nghị tiếp nhận</th><td>2</td>' in flat
    assert '<th scope="row">Đã trả lời</th><td>1</td>' in flat
    assert '<th scope="row">Trong đó trả lời đúng hạn</th><td>1</td>' in flat
    assert (
        "Tiếp nhận 02 phản ánh, kiến nghị của tổ chức, cá nhân qua trang thông tin điện tử; "
        "đã trả lời 01, tất cả đúng hạn." in q3.results_text
    )
    assert "Tiếp nhận 02 phản ánh, kiến nghị" in flat  # the drafted text, on the page


def test_the_figures_are_frozen_when_sent_and_summed_above(
    client, q3, offices, personas, province_officer, time_machine
):
    report_send_up(
        q3,
        by=personas["officer_a"],
        signer=personas["leader_a"],
        issued_on=datetime.date(2026, 9, 16),
    )
    assert q3.frozen["extras"]["feedback"] == {
        "received": 2,
        "answered": 1,
        "on_time": 1,
        "forwarded": 0,
    }
    # a feedback answered late within the period, after the report went: the sent report
    # keeps its figures; the roll-up sums what was sent
    time_machine.move_to(morning(2026, 9, 10))
    receive(offices["A"], title="Phản ánh ghi sau")
    time_machine.move_to(morning(2026, 9, 17))
    q3.refresh_from_db()
    assert q3.frozen["extras"]["feedback"]["received"] == 2
    upper = ReportFactory(
        unit=offices["P"],
        kind="quarter",
        year=2026,
        index=3,
        consolidated=True,
        by=province_officer,
    )
    client.force_login(province_officer)
    page = " ".join(client.get(reverse("reports:detail", args=[upper.pk])).content.decode().split())
    assert '<th scope="row">Phản ánh, kiến nghị tiếp nhận</th><td>2</td>' in page
    assert "Tiếp nhận 02 phản ánh, kiến nghị" in upper.results_text
