"""Units after the 2025 reorganisation, through the pages: a commune merged on 1/7/2025
keeps its history to read, is asked for nothing after its end (no plan, no report, no
"late", no reminder) and cannot be written for a period after it; the supervisors of the
unit that took it over read its issued plans and sent reports as history.

The world: province P with communes A and C (conftest.py), and the former tree: old province
O, its district H and H's commune T ("Thúc Kháng"), all ended on 30/06/2025, T merged into A
as load_units links them (UnitSuccession old → new)."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from conftest import member
from loa.accounts.models import Role
from loa.activities.models import Activity
from loa.activities.reminders import reminders_due
from loa.plans.models import Channel, Plan
from loa.plans.tests.factories import IssuedPlanFactory
from loa.reports.models import Report, ReportReminder
from loa.reports.periods import default_deadline, period_of
from loa.reports.tests.factories import ReportFactory, SentReportFactory
from loa.units.models import LEGACY_END_DATE, Kind, Level, UnitSuccession
from loa.units.services import offices_create_default
from loa.units.tests.factories import CommuneFactory, ProvinceFactory, UnitFactory

END = "30/06/2025"
NOTICE = (
    "Xã Thúc Kháng đã kết thúc hoạt động từ ngày 01/07/2025 theo sắp xếp đơn vị hành chính, "
    "nay thuộc xã An Lạc."
)


@pytest.fixture
def merged(offices, personas):
    old_province = ProvinceFactory(short_name="Hải Dương", valid_to=LEGACY_END_DATE)
    district = UnitFactory(
        kind=Kind.RURAL_DISTRICT,
        level=Level.DISTRICT,
        parent=old_province,
        short_name="Bình Giang",
        valid_to=LEGACY_END_DATE,
    )
    former = CommuneFactory(parent=district, short_name="Thúc Kháng", valid_to=LEGACY_END_DATE)
    UnitSuccession.objects.create(old=former, new=offices["A"])
    offices_create_default(units=[former, district])
    return {
        "H": district,
        "T": former,
        "officer_t": member(former, Role.OFFICER),
        "leader_t": member(former, Role.LEADER),
    }


def _signed_in(client, user):
    client.force_login(user)
    return client


def _history(merged):
    """T's issued 2024 plan and its sent 2024 annual report."""
    by, signer = merged["officer_t"], merged["leader_t"]
    plan = IssuedPlanFactory(
        unit=merged["T"], year=2024, by=by, signer=signer, issued_on=datetime.date(2024, 1, 5)
    )
    report = SentReportFactory(unit=merged["T"], kind="annual", year=2024, by=by, signer=signer)
    return plan, report


# --- the former unit's own pages ------------------------------------------------------


def test_home_of_a_former_unit_says_it_has_ended_and_asks_for_no_plan_or_report(client, merged):
    text = _signed_in(client, merged["officer_t"]).get(reverse("home")).text
    assert NOTICE in text
    assert f"Kế hoạch, báo cáo và nhật ký hoạt động của đơn vị đến ngày {END} vẫn xem được" in text
    assert "Đơn vị chưa có kế hoạch năm" not in text
    assert "Báo cáo cần gửi" not in text and "Quá hạn" not in text
    assert f"{reverse('reports:index')}?nam=2025" in text


def test_a_plan_for_a_year_after_the_end_is_refused_with_the_reason_and_one_before_is_made(
    client, merged
):
    client = _signed_in(client, merged["officer_t"])
    year = timezone.localdate().year + 1
    response = client.post(reverse("plans:create"), {"way": "template", "year": year})
    assert response.status_code == 400
    assert NOTICE in response.text
    assert f"Không lập kế hoạch năm {year} cho thời gian sau ngày {END}" in response.text
    assert not Plan.objects.filter(unit=merged["T"]).exists()
    # its own past can still be written down
    response = client.post(reverse("plans:create"), {"way": "template", "year": 2025})
    assert response.status_code == 302
    assert Plan.objects.get(unit=merged["T"]).year == 2025


def test_reports_of_periods_after_the_end_are_not_due_not_late_and_not_made(client, merged):
    client = _signed_in(client, merged["officer_t"])
    page = client.get(reverse("reports:index")).text  # the unit's last year, 2025
    assert '<option value="2025" selected>' in page
    assert "Quý I năm 2025" in page and "6 tháng đầu năm 2025" in page
    assert "Quý III năm 2025" not in page and "Năm 2025" not in page  # they end after 30/06
    year = timezone.localdate().year
    later = client.get(reverse("reports:index"), {"nam": year}).text
    assert f"Không có báo cáo định kỳ nào phải gửi trong năm {year}." in later
    assert "Quá hạn" not in later and "Lập báo cáo<span" not in later

    response = client.post(reverse("reports:create"), {"kind": "quarter", "year": year, "index": 1})
    assert response.status_code == 400
    assert f"Không lập báo cáo quý I năm {year} cho thời gian sau ngày {END}" in response.text
    assert not Report.objects.filter(unit=merged["T"]).exists()
    # a period that began while the unit existed can be reported, Q3/2025 (15/06–14/09) too
    for kind, index in (("annual", 1), ("quarter", 3)):
        response = client.post(
            reverse("reports:create"), {"kind": kind, "year": 2025, "index": index}
        )
        assert response.status_code == 302, response.text
    assert Report.objects.filter(unit=merged["T"]).count() == 2


def test_an_activity_after_the_end_is_refused_and_one_before_is_logged(client, merged):
    client = _signed_in(client, merged["officer_t"])
    assert 'value="2025-06-30"' in client.get(reverse("activities:create")).text
    data = {
        "channel": Channel.objects.get(code="radio").pk,
        "title": "Chuyên mục CCHC trên đài truyền thanh xã",
        "quantity": 1,
    }
    response = client.post(reverse("activities:create"), {**data, "started_on": "2025-07-02"})
    assert response.status_code == 400
    assert f"Không ghi nhận hoạt động cho thời gian sau ngày {END}" in response.text
    response = client.post(reverse("activities:create"), {**data, "started_on": "2025-06-20"})
    assert response.status_code == 302
    assert Activity.objects.get(unit=merged["T"]).started_on == datetime.date(2025, 6, 20)


def test_a_document_for_a_period_after_the_end_stays_readable_and_is_not_changed(client, merged):
    """A plan made before the rule (Long Xuyên's 2027 plan) is history now: read, not edited."""
    year = timezone.localdate().year + 1
    plan = Plan.objects.create(
        unit=merged["T"], year=year, title="Kế hoạch năm sau", created_by=merged["officer_t"]
    )
    client = _signed_in(client, merged["officer_t"])
    assert client.get(reverse("plans:detail", args=[plan.pk])).status_code == 200
    edit = client.get(reverse("plans:edit", args=[plan.pk]))
    assert edit.status_code == 403
    assert "kế hoạch cho thời gian sau khi đơn vị kết thúc hoạt động chỉ xem được" in edit.text
    assert client.post(reverse("plans:submit", args=[plan.pk])).status_code == 403


# --- reminders -----------------------------------------------------------------------------


def test_deadline_reminders_reach_a_former_unit_only_for_periods_it_owed(merged, mailoutbox):
    IssuedPlanFactory(
        unit=merged["T"],
        year=2025,
        by=merged["officer_t"],
        signer=merged["leader_t"],
        issued_on=datetime.date(2025, 1, 5),
    )
    second_quarter = default_deadline(period_of("quarter", 2025, 2))
    call_command("send_report_reminders", ngay=f"{second_quarter - datetime.timedelta(days=5)}")
    assert "[Loa] Báo cáo quý II năm 2025 sắp đến hạn (còn 5 ngày)" in [
        m.subject for m in mailoutbox
    ]
    mailoutbox.clear()
    third_quarter = default_deadline(period_of("quarter", 2025, 3))
    call_command("send_report_reminders", ngay=f"{third_quarter - datetime.timedelta(days=5)}")
    assert mailoutbox == []


def test_task_reminders_stop_at_the_units_end(merged):
    task = {"content": "Pa nô tuyên truyền CCHC", "lead_text": "Văn hóa - Xã hội"}
    IssuedPlanFactory(
        unit=merged["T"],
        year=2025,
        by=merged["officer_t"],
        signer=merged["leader_t"],
        issued_on=datetime.date(2025, 1, 5),
        tasks=[
            {**task, "due_date": datetime.date(2025, 6, 20)},
            {**task, "due_date": datetime.date(2025, 9, 8)},
        ],
    )
    before = reminders_due(datetime.date(2025, 6, 13))  # a week ahead, while T existed
    assert [r.subject for r in before] and all("20/06/2025" in r.body for r in before)
    assert reminders_due(datetime.date(2025, 9, 1)) == []


def test_the_roll_up_reminder_skips_a_unit_that_has_ended(client, merged, mailoutbox):
    supervisor = member(merged["H"], Role.SUPERVISOR)
    client = _signed_in(client, supervisor)
    rollup = client.get(reverse("reports:rollup"), {"loai": "quarter", "nam": 2025, "ky": 2})
    assert "Xã Thúc Kháng" in rollup.text  # it owed Q2/2025 (ended 14/06)
    response = client.post(
        reverse("reports:remind"), {"loai": "quarter", "nam": 2025, "ky": 2}, follow=True
    )
    assert (
        "Không gửi tới 1 đơn vị đã kết thúc hoạt động (sắp xếp đơn vị hành chính): "
        "xã Thúc Kháng." in response.text
    )
    assert mailoutbox == [] and not ReportReminder.objects.exists()
    # Q3/2025 it did not owe: not even a row
    later = client.get(reverse("reports:rollup"), {"loai": "quarter", "nam": 2025, "ky": 3})
    assert "Không có đơn vị trực thuộc nào phải gửi báo cáo quý III năm 2025" in later.text


# --- the successor's supervisors -----------------------------------------------------------


def test_the_successors_supervisor_reads_the_former_units_plans_and_reports(
    client, merged, personas
):
    plan, report = _history(merged)
    draft = ReportFactory(
        unit=merged["T"], kind="quarter", year=2025, index=1, by=merged["officer_t"]
    )
    urls = [reverse("plans:detail", args=[plan.pk]), reverse("reports:detail", args=[report.pk])]
    client = _signed_in(client, personas["supervisor_p"])
    assert [client.get(u).status_code for u in urls] == [200, 200]
    assert client.get(reverse("reports:detail", args=[draft.pk])).status_code == 403
    assert client.get(reverse("reports:edit", args=[report.pk])).status_code == 403
    page = client.get(reverse("reports:former"))
    assert page.status_code == 200
    text = page.text
    assert "Xã Thúc Kháng" in text and "Huyện Bình Giang" in text and "Xã An Lạc" in text
    assert all(u in text for u in urls) and reverse("reports:detail", args=[draft.pk]) not in text
    # not the supervisor of another province, nor an officer of another commune below P
    for other in (personas["supervisor_q"], personas["officer_c"]):
        client = _signed_in(client, other)
        assert [client.get(u).status_code for u in urls] == [403, 403]


def test_the_roll_up_of_a_period_before_the_reorganisation_shows_the_former_units(
    client, merged, personas, tree
):
    for commune in (tree["A"], tree["C"]):  # the new communes, from 1/7/2025
        commune.valid_from = datetime.date(2025, 7, 1)
        commune.save(update_fields=["valid_from"])
    _, report = _history(merged)
    client = _signed_in(client, personas["supervisor_p"])
    text = client.get(reverse("reports:rollup"), {"loai": "annual", "nam": 2024}).text
    assert "Không có đơn vị trực thuộc nào phải gửi báo cáo năm 2024" in text
    assert "Gửi thư nhắc các đơn vị chưa gửi" not in text
    assert "Đơn vị trước sắp xếp đã gửi báo cáo kỳ này" in text
    assert "Xã Thúc Kháng" in text and reverse("reports:detail", args=[report.pk]) in text
    assert reverse("reports:former") in text
