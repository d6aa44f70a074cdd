"""Compiling, sending and rolling up reports."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import member
from loa.accounts.models import Role
from loa.activities.models import Activity
from loa.plans.models import Channel
from loa.reports import services
from loa.reports.figures import consolidated_figures, differences, report_figures
from loa.reports.models import ReportStatus
from loa.reports.periods import period_of
from loa.reports.queries import rollup


def _log(unit, code, quantity, day, participants=None):
    return Activity.objects.create(
        unit=unit,
        channel=Channel.objects.get(code=code),
        title=f"{code} {day}",
        quantity=quantity,
        participants=participants,
        started_on=day,
    )


def _send(report, officer, leader, on=datetime.date(2026, 3, 16), at=None):
    services.report_submit(report=report, by=officer)
    services.report_issue(report=report, by=leader, on=on)
    services.report_send(report=report, by=officer, at=at)
    return report


def test_quarter_report_counts_its_period_only_and_freezes_when_sent(tree, personas):
    a = tree["A"]
    _log(a, "radio", 3, datetime.date(2025, 12, 20))  # in Q1 2026 (from 15/12)
    _log(a, "radio", 2, datetime.date(2026, 3, 14))
    _log(a, "radio", 9, datetime.date(2026, 3, 15))  # Q2
    report = services.report_create(
        unit=a, kind="quarter", year=2026, index=1, by=personas["officer_a"]
    )
    assert report_figures(report)["channels"]["radio"]["quantity"] == 5
    assert "Tin, bài, chuyên mục CCHC trên đài truyền thanh: 05 tin, bài" in report.results_text
    _send(report, personas["officer_a"], personas["leader_a"])
    assert report.status == ReportStatus.SENT and report.number_text == "01/BC-UBND"
    # a later edit of the log shows as a difference; the sent figures stay
    _log(a, "radio", 1, datetime.date(2026, 3, 1))
    assert report.frozen["channels"]["radio"]["quantity"] == 5
    [diff] = differences(report)
    assert (diff["sent"]["quantity"], diff["now"]["quantity"]) == (5, 6)


def test_a_correction_is_kept_with_its_reason(tree, personas):
    report = services.report_create(
        unit=tree["A"], kind="quarter", year=2026, index=1, by=personas["officer_a"]
    )
    with pytest.raises(ValidationError):
        services.correction_add(
            report=report,
            by=personas["officer_a"],
            channel=Channel.objects.get(code="banner"),
            quantity_delta=2,
            participants_delta=0,
            reason=" ",
        )
    services.correction_add(
        report=report,
        by=personas["officer_a"],
        channel=Channel.objects.get(code="banner"),
        quantity_delta=2,
        participants_delta=0,
        reason="Băng rôn do Đoàn thanh niên treo.",
    )
    assert report_figures(report)["channels"]["banner"]["quantity"] == 2


def test_one_report_per_period_and_roles(tree, personas):
    services.report_create(unit=tree["A"], kind="annual", year=2026, by=personas["officer_a"])
    with pytest.raises(ValidationError, match="đã có"):
        services.report_create(unit=tree["A"], kind="annual", year=2026, by=personas["leader_a"])
    with pytest.raises(PermissionDenied):
        services.report_create(
            unit=tree["A"], kind="half_year", year=2026, by=personas["supervisor_p"]
        )


def test_supervisor_reads_only_sent_reports(client, tree, personas):
    report = services.report_create(
        unit=tree["A"], kind="quarter", year=2026, index=1, by=personas["officer_a"]
    )
    url = reverse("reports:detail", args=[report.pk])
    client.force_login(personas["supervisor_p"])
    assert client.get(url).status_code == 403
    _send(report, personas["officer_a"], personas["leader_a"])
    assert client.get(url).status_code == 200
    client.force_login(personas["supervisor_q"])
    assert client.get(url).status_code == 403


def test_rollup_shows_on_time_late_and_missing(client, tree, personas, settings):
    from loa.reports.models import ReportDeadline

    ReportDeadline.objects.create(
        unit=tree["P"], kind="quarter", year=2026, index=1, due_on=datetime.date(2026, 3, 18)
    )
    on_time = services.report_create(
        unit=tree["A"], kind="quarter", year=2026, index=1, by=personas["officer_a"]
    )
    _send(
        on_time,
        personas["officer_a"],
        personas["leader_a"],
        at=datetime.datetime(2026, 3, 17, 9, tzinfo=datetime.UTC),
    )
    leader_c = member(tree["C"], Role.LEADER)
    late = services.report_create(
        unit=tree["C"], kind="quarter", year=2026, index=1, by=personas["officer_c"]
    )
    _send(
        late,
        personas["officer_c"],
        leader_c,
        at=datetime.datetime(2026, 3, 25, 9, tzinfo=datetime.UTC),
    )
    member(tree["P"], Role.OFFICER)  # a commune without any report:
    from loa.units.tests.factories import CommuneFactory

    CommuneFactory(parent=tree["P"], short_name="Yên Lập")
    states = {r.unit.short_name: r.state for r in rollup(tree["P"], period_of("quarter", 2026))}
    assert states == {"An Lạc": "on_time", "Cẩm Khê": "late", "Yên Lập": "missing"}
    client.force_login(personas["supervisor_p"])
    page = client.get(reverse("reports:rollup"), {"loai": "quarter", "nam": 2026, "ky": 1})
    assert "Đã gửi đúng hạn" in page.text and "Gửi muộn" in page.text and "Chưa gửi" in page.text


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.lists(
        st.tuples(st.integers(0, 30), st.integers(0, 30), st.booleans()), min_size=1, max_size=5
    )
)
def test_consolidated_totals_equal_the_sum_of_sent_reports(tree, data):
    """Communes under a fresh province log random figures; some send, some do not."""
    from loa.units.tests.factories import CommuneFactory, ProvinceFactory

    province = ProvinceFactory()
    expected_radio = expected_banner = 0
    for radio, banner, sends in data:
        commune = CommuneFactory(parent=province)
        officer, leader = member(commune, Role.OFFICER), member(commune, Role.LEADER)
        if radio:
            _log(commune, "radio", radio, datetime.date(2026, 2, 1))
        if banner:
            _log(commune, "banner", banner, datetime.date(2026, 1, 5))
        report = services.report_create(
            unit=commune, kind="quarter", year=2026, index=1, by=officer
        )
        if sends:
            _send(report, officer, leader)
            expected_radio += radio
            expected_banner += banner
    total = consolidated_figures(province, "quarter", 2026, 1)["channels"]
    assert total.get("radio", {"quantity": 0})["quantity"] == expected_radio
    assert total.get("banner", {"quantity": 0})["quantity"] == expected_banner


def test_province_issues_its_consolidated_report_from_sent_reports(
    tree, personas, province_officer, province_leader
):
    _log(tree["A"], "dialogue", 2, datetime.date(2026, 2, 2))
    report_a = services.report_create(
        unit=tree["A"], kind="quarter", year=2026, index=1, by=personas["officer_a"]
    )
    _send(report_a, personas["officer_a"], personas["leader_a"])
    _log(tree["C"], "dialogue", 7, datetime.date(2026, 2, 2))  # C has not sent: not counted
    consolidated = services.report_create(
        unit=tree["P"], kind="quarter", year=2026, index=1, by=province_officer, consolidated=True
    )
    assert report_figures(consolidated)["channels"]["dialogue"]["quantity"] == 2
    assert consolidated.title.endswith("(tổng hợp các đơn vị trực thuộc)")
    _send(consolidated, province_officer, province_leader)
    assert consolidated.status == ReportStatus.SENT


def test_next_years_plan_starts_from_the_annual_reports_directions(client, tree, personas, draft):
    from loa.plans import services as plans

    plans.plan_submit(plan=draft, by=personas["officer_a"])
    plans.plan_issue(plan=draft, by=personas["leader_a"], on=datetime.date(2026, 1, 5))
    report = services.report_create(
        unit=tree["A"], kind="annual", year=2026, by=personas["officer_a"]
    )
    report.next_steps = "Mở chuyên mục hỏi đáp thủ tục trên Zalo.\n- Tập huấn cho tổ trưởng."
    report.save()
    _send(report, personas["officer_a"], personas["leader_a"], on=datetime.date(2026, 11, 20))
    client.force_login(personas["officer_a"])
    response = client.post(reverse("reports:next_year_plan", args=[report.pk]))
    from loa.plans.models import Plan

    plan = Plan.objects.get(unit=tree["A"], year=2027)
    assert response.status_code == 302 and plan.sections.count() == draft.sections.count()
    proposed = list(plan.tasks.filter(state="proposed").values_list("content", flat=True))
    assert proposed == ["Mở chuyên mục hỏi đáp thủ tục trên Zalo.", "Tập huấn cho tổ trưởng."]


def test_report_deadline_reminder_and_home_page(client, tree, personas, draft, mailoutbox):
    from django.core.management import call_command

    from loa.plans import services as plans

    plans.plan_submit(plan=draft, by=personas["officer_a"])
    plans.plan_issue(plan=draft, by=personas["leader_a"], on=datetime.date(2026, 1, 5))
    # Q4 2026 closes on Monday 14/12; two working days later is Wednesday 16/12
    call_command("send_report_reminders", ngay="2026-12-11")
    # the annual report closes the same day
    assert sorted(m.subject for m in mailoutbox) == [
        "[Loa] Báo cáo năm 2026 sắp đến hạn (còn 5 ngày)",
        "[Loa] Báo cáo quý IV năm 2026 sắp đến hạn (còn 5 ngày)",
    ]
    assert sorted(mailoutbox[0].to) == sorted(
        [personas["officer_a"].email, personas["leader_a"].email]
    )
    client.force_login(personas["officer_a"])
    assert "Báo cáo cần gửi" in client.get(reverse("home")).text


def test_editing_an_activity_of_a_reported_period_flags_the_report(client, tree, personas):
    activity = _log(tree["A"], "banner", 4, datetime.date(2026, 2, 3))
    report = services.report_create(
        unit=tree["A"], kind="quarter", year=2026, index=1, by=personas["officer_a"]
    )
    _send(report, personas["officer_a"], personas["leader_a"])
    client.force_login(personas["officer_a"])
    client.post(
        reverse("activities:detail", args=[activity.pk]),
        {
            "started_on": "2026-02-03",
            "channel": activity.channel_id,
            "title": activity.title,
            "quantity": 6,
        },
    )
    activity.refresh_from_db()
    assert activity.quantity == 6
    assert [h.quantity for h in activity.history.order_by("history_date")] == [4, 6]
    page = client.get(reverse("reports:index"), {"nam": 2026})
    assert "Số liệu đã thay đổi sau khi gửi báo cáo" in page.text
    detail = client.get(reverse("reports:detail", args=[report.pk]))
    assert "khi gửi 4, hiện nay 6" in detail.text
