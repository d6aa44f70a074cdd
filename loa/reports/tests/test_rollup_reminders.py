"""The roll-up's reminder: it says whom it wrote to and why it left the others out, its
e-mail carries the deadline, the link and the addresses, and a unit is reminded at most
once a day (a ReportReminder records each one)."""

import datetime

import pytest
from django.db import IntegrityError
from django.urls import reverse
from django.utils import timezone

from conftest import member
from loa.accounts.models import Role
from loa.reports.models import ReportReminder
from loa.reports.periods import default_deadline, period_of
from loa.reports.tests.factories import ReportFactory, SentReportFactory
from loa.units.tests.factories import CommuneFactory


@pytest.fixture
def below(tree, personas):
    """Province P's communes for last year's Q1: A has a draft, C nothing, E no e-mail
    address, G has sent its report."""
    year = timezone.localdate().year - 1
    e = CommuneFactory(parent=tree["P"], short_name="Ea Kar")
    member(e, Role.OFFICER, email="")
    g = CommuneFactory(parent=tree["P"], short_name="Gia Lộc")
    SentReportFactory(unit=g, kind="quarter", year=year, index=1)
    draft = ReportFactory(
        unit=tree["A"], kind="quarter", year=year, index=1, by=personas["officer_a"]
    )
    return {"year": year, "draft": draft, "E": e, "G": g}


def _remind(client, year):
    return client.post(
        reverse("reports:remind"), {"loai": "quarter", "nam": year, "ky": 1}, follow=True
    )


def _messages(response) -> list[str]:
    return [str(m) for m in response.context["messages"]]


def test_the_reminder_says_whom_it_wrote_to_and_why_it_skipped_the_others(
    client, below, personas, mailoutbox
):
    year = below["year"]
    due = default_deadline(period_of("quarter", year, 1))
    client.force_login(personas["supervisor_p"])
    response = _remind(client, year)
    assert _messages(response) == [
        f"Đã gửi thư nhắc báo cáo quý I năm {year} (hạn gửi {due:%d/%m/%Y}) tới 2 đơn vị "
        "(3 địa chỉ thư điện tử): xã An Lạc, xã Cẩm Khê.",
        "Không gửi tới 1 đơn vị đã gửi báo cáo.",
        "Không gửi tới 1 đơn vị chưa có cán bộ, lãnh đạo nào có địa chỉ thư điện tử trên Loa: "
        "xã Ea Kar.",
    ]
    to_a = sorted([personas["officer_a"].email, personas["leader_a"].email])
    mails = {tuple(sorted(m.to)): m for m in mailoutbox}
    assert set(mails) == {tuple(to_a), (personas["officer_c"].email,)}
    body = mails[tuple(to_a)].body
    assert f"Hạn gửi báo cáo là ngày {due:%d/%m/%Y}, đến nay đã quá hạn." in body
    assert f"Mở báo cáo: http://testserver/bao-cao/{below['draft'].pk}/" in body
    assert (
        "Thư này được gửi tới cán bộ, lãnh đạo của UBND xã An Lạc có địa chỉ thư điện tử trên "
        f"Loa: {', '.join(to_a)}." in body
    )
    assert (
        f"Lập báo cáo: http://testserver/bao-cao/?nam={year}"
        in mails[(personas["officer_c"].email,)].body
    )
    reminders = ReportReminder.objects.order_by("unit__short_name")
    assert [(r.unit.short_name, r.sent_by, r.sent_on) for r in reminders] == [
        ("An Lạc", personas["supervisor_p"], timezone.localdate()),
        ("Cẩm Khê", personas["supervisor_p"], timezone.localdate()),
    ]
    assert reminders[0].recipients.splitlines() == to_a
    # the roll-up shows when each unit was last reminded
    rollup = response.text
    assert "Nhắc lần cuối" in rollup
    assert rollup.count(f"{timezone.localtime(reminders[0].sent_at):%d/%m/%Y %H:%M}") >= 1


def test_a_unit_is_reminded_once_a_day(client, below, personas, mailoutbox, time_machine):
    year = below["year"]
    client.force_login(personas["supervisor_p"])
    _remind(client, year)
    assert len(mailoutbox) == 2
    again = _remind(client, year)
    assert len(mailoutbox) == 2
    assert _messages(again)[0] == f"Chưa gửi thư nhắc báo cáo quý I năm {year} nào."
    assert (
        "Không gửi tới 2 đơn vị đã được nhắc hôm nay (mỗi đơn vị được nhắc tối đa một lần mỗi "
        "ngày): xã An Lạc, xã Cẩm Khê." in _messages(again)
    )
    # another supervisor of the province is held to the same day
    colleague = member(below["G"].parent, Role.SUPERVISOR)
    client.force_login(colleague)
    _remind(client, year)
    assert len(mailoutbox) == 2
    # the next morning they can be reminded again (signed in afresh: sessions last 12 hours)
    time_machine.move_to(timezone.now() + datetime.timedelta(days=1))
    client.force_login(colleague)
    _remind(client, year)
    assert len(mailoutbox) == 4
    assert ReportReminder.objects.count() == 4


def test_the_record_allows_one_reminder_a_unit_period_and_day(below, tree, personas):
    fields = {
        "unit": tree["A"],
        "kind": "quarter",
        "year": below["year"],
        "index": 1,
        "sent_on": timezone.localdate(),
        "sent_at": timezone.now(),
        "sent_by": personas["supervisor_p"],
    }
    ReportReminder.objects.create(**fields)
    with pytest.raises(IntegrityError):
        ReportReminder.objects.create(**fields)
