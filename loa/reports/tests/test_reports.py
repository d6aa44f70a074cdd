"""Compiling, sending and rolling up reports."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import member, morning
from loa.accounts.models import Role
from loa.activities.tests.factories import ActivityFactory
from loa.plans.models import Channel
from loa.reports import services
from loa.reports.figures import consolidated_figures, differences, report_figures
from loa.reports.models import ReportStatus
from loa.reports.periods import period_of
from loa.reports.queries import rollup
from loa.reports.tests.factories import ReportFactory, SentReportFactory, report_send_up

ISSUED_ON = datetime.date(2026, 3, 16)  # a Q1 2026 report, the Monday after its cut-off


def test_quarter_report_counts_its_period_only_and_freezes_when_sent(tree, personas):
    a = tree["A"]
    radio = {"unit": a, "channel__code": "radio"}
    ActivityFactory(**radio, quantity=3, started_on=datetime.date(2025, 12, 20))  # Q1 from 15/12
    ActivityFactory(**radio, quantity=2, started_on=datetime.date(2026, 3, 14))
    ActivityFactory(**radio, quantity=9, started_on=datetime.date(2026, 3, 15))  # Q2
    report = ReportFactory(unit=a, kind="quarter", year=2026, index=1, by=personas["officer_a"])
    assert report_figures(report)["channels"]["radio"]["quantity"] == 5
    assert (
        "Đài truyền thanh xã An Lạc duy trì chuyên mục cải cách hành chính, phát 05 tin, bài"
        in report.results_text
    )
    report_send_up(
        report, by=personas["officer_a"], signer=personas["leader_a"], issued_on=ISSUED_ON
    )
    assert report.status == ReportStatus.SENT and report.number_text == "01/BC-UBND"
    # a later edit of the log shows as a difference; the sent figures stay
    ActivityFactory(**radio, quantity=1, started_on=datetime.date(2026, 3, 1))
    assert report.frozen["channels"]["radio"]["quantity"] == 5
    [diff] = differences(report)
    assert (diff["sent"]["quantity"], diff["now"]["quantity"]) == (5, 6)


def test_a_correction_is_kept_with_its_reason(tree, personas):
    report = ReportFactory(unit=tree["A"], kind="quarter", year=2026, by=personas["officer_a"])
    with pytest.raises(ValidationError, match="Vui lòng ghi lý do điều chỉnh."):
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
    report = ReportFactory(unit=tree["A"], kind="quarter", year=2026, by=personas["officer_a"])
    url = reverse("reports:detail", args=[report.pk])
    client.force_login(personas["supervisor_p"])
    assert client.get(url).status_code == 403
    report_send_up(
        report, by=personas["officer_a"], signer=personas["leader_a"], issued_on=ISSUED_ON
    )
    assert client.get(url).status_code == 200
    client.force_login(personas["supervisor_q"])
    assert client.get(url).status_code == 403


def test_rollup_shows_on_time_late_and_missing(client, tree, personas, settings):
    from loa.reports.models import ReportDeadline

    ReportDeadline.objects.create(
        unit=tree["P"], kind="quarter", year=2026, index=1, due_on=datetime.date(2026, 3, 18)
    )
    SentReportFactory(
        unit=tree["A"],
        kind="quarter",
        year=2026,
        by=personas["officer_a"],
        signer=personas["leader_a"],
        issued_on=ISSUED_ON,
        sent_at=datetime.datetime(2026, 3, 17, 9, tzinfo=datetime.UTC),
    )
    SentReportFactory(
        unit=tree["C"],
        kind="quarter",
        year=2026,
        by=personas["officer_c"],
        issued_on=ISSUED_ON,
        sent_at=datetime.datetime(2026, 3, 25, 9, tzinfo=datetime.UTC),
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

    february, january = datetime.date(2026, 2, 1), datetime.date(2026, 1, 5)

    province = ProvinceFactory()
    expected_radio = expected_banner = 0
    for radio, banner, sends in data:
        commune = CommuneFactory(parent=province)
        if radio:
            ActivityFactory(
                unit=commune, channel__code="radio", quantity=radio, started_on=february
            )
        if banner:
            ActivityFactory(
                unit=commune, channel__code="banner", quantity=banner, started_on=january
            )
        ReportFactory(
            unit=commune,
            kind="quarter",
            year=2026,
            status=ReportStatus.SENT if sends else ReportStatus.DRAFT,
            issued_on=ISSUED_ON,
        )
        if sends:
            expected_radio += radio
            expected_banner += banner
    total = consolidated_figures(province, "quarter", 2026, 1)["channels"]
    assert total.get("radio", {"quantity": 0})["quantity"] == expected_radio
    assert total.get("banner", {"quantity": 0})["quantity"] == expected_banner


def test_province_issues_its_consolidated_report_from_sent_reports(
    tree, personas, province_officer, province_leader
):
    ActivityFactory(
        unit=tree["A"], channel__code="dialogue", quantity=2, started_on=datetime.date(2026, 2, 2)
    )
    SentReportFactory(
        unit=tree["A"],
        kind="quarter",
        year=2026,
        by=personas["officer_a"],
        signer=personas["leader_a"],
        issued_on=ISSUED_ON,
    )
    # C has not sent: not counted
    ActivityFactory(
        unit=tree["C"], channel__code="dialogue", quantity=7, started_on=datetime.date(2026, 2, 2)
    )
    consolidated = ReportFactory(
        unit=tree["P"], kind="quarter", year=2026, by=province_officer, consolidated=True
    )
    assert report_figures(consolidated)["channels"]["dialogue"]["quantity"] == 2
    assert consolidated.title.endswith("(tổng hợp các đơn vị trực thuộc)")
    report_send_up(consolidated, by=province_officer, signer=province_leader, issued_on=ISSUED_ON)
    assert consolidated.status == ReportStatus.SENT


def test_next_years_plan_starts_from_the_annual_reports_directions(client, tree, personas, draft):
    from loa.plans import services as plans

    plans.plan_submit(plan=draft, by=personas["officer_a"])
    plans.plan_issue(plan=draft, by=personas["leader_a"], on=datetime.date(2026, 1, 5))
    report = SentReportFactory(
        unit=tree["A"],
        kind="annual",
        year=2026,
        by=personas["officer_a"],
        signer=personas["leader_a"],
        issued_on=datetime.date(2026, 11, 20),
        next_steps="Mở chuyên mục hỏi đáp thủ tục trên Zalo.\n- Tập huấn cho tổ trưởng.",
    )
    client.force_login(personas["officer_a"])
    response = client.post(reverse("reports:next_year_plan", args=[report.pk]))
    from loa.plans.models import Plan

    plan = Plan.objects.get(unit=tree["A"], year=2027)
    assert response.status_code == 302 and plan.sections.count() == draft.sections.count()
    proposed = list(plan.tasks.filter(state="proposed").values_list("content", flat=True))
    assert proposed == ["Mở chuyên mục hỏi đáp thủ tục trên Zalo.", "Tập huấn cho tổ trưởng."]


@pytest.mark.time_machine(morning(2026, 12, 11))
def test_report_deadline_reminder_and_home_page(client, tree, personas, draft, mailoutbox):
    from django.core.management import call_command

    from loa.plans import services as plans

    plans.plan_submit(plan=draft, by=personas["officer_a"])
    plans.plan_issue(plan=draft, by=personas["leader_a"], on=datetime.date(2026, 1, 5))
    # on Friday 11/12/2026, the daily run: Q4 2026 closes on Monday 14/12; two working
    # days later is Wednesday 16/12
    call_command("send_report_reminders")
    # the annual report closes the same day
    assert sorted(m.subject for m in mailoutbox) == [
        "[Loa] Báo cáo năm 2026 sắp đến hạn (còn 5 ngày)",
        "[Loa] Báo cáo quý IV năm 2026 sắp đến hạn (còn 5 ngày)",
    ]
    assert sorted(mailoutbox[0].to) == sorted(
        [personas["officer_a"].email, personas["leader_a"].email]
    )
    client.force_login(personas["officer_a"])
    home = client.get(reverse("home")).text
    assert "Báo cáo cần gửi" in home
    assert "Hạn 16/12/2026: báo cáo quý IV năm 2026 — " in home
    assert "Hạn 16/12/2026: báo cáo năm 2026 — " in home


def test_editing_an_activity_of_a_reported_period_flags_the_report(client, tree, personas):
    activity = ActivityFactory(
        unit=tree["A"], channel__code="banner", quantity=4, started_on=datetime.date(2026, 2, 3)
    )
    report = SentReportFactory(
        unit=tree["A"],
        kind="quarter",
        year=2026,
        by=personas["officer_a"],
        signer=personas["leader_a"],
        issued_on=ISSUED_ON,
    )
    client.force_login(personas["officer_a"])
    url = reverse("activities:detail", args=[activity.pk])
    client.post(
        url,
        {
            "started_on": "2026-02-03",
            "channel": activity.channel_id,
            "title": activity.title,
            "quantity": 6,
            "seen_version": client.get(url).context["form"]["seen_version"].value(),
        },
    )
    activity.refresh_from_db()
    assert activity.quantity == 6
    assert [h.quantity for h in activity.history.order_by("history_date")] == [4, 6]
    page = client.get(reverse("reports:index"), {"nam": 2026})
    assert "Số liệu đã thay đổi sau khi gửi báo cáo" in page.text
    detail = client.get(reverse("reports:detail", args=[report.pk]))
    assert "khi gửi 4, hiện nay 6" in detail.text
