"""The running sums of the sent reports below each unit (ADR 34): after every send they
equal a fresh sum of the reports' frozen figures; the country is its provinces' sums
merged; a consolidated report made from them says what the reports say."""

import datetime
import importlib
import threading
import time

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection, connections, transaction
from django_fsm import ConcurrentTransition

from conftest import member
from loa.accounts.models import Role
from loa.activities.tests.factories import ActivityFactory
from loa.plans.models import ReformArea
from loa.reports import services
from loa.reports.figures import (
    consolidated_figures,
    report_figures,
    sent_reports_below,
    sum_frozen,
)
from loa.reports.models import Report, ReportStatus, ReportSum
from loa.reports.sources import sum_extras
from loa.reports.sums import figures_empty, figures_merge
from loa.reports.tests.factories import ReportFactory, SentReportFactory
from loa.units.models import Level
from loa.units.tests.factories import CommuneFactory, UnitFactory

ISSUED_ON = datetime.date(2026, 3, 16)  # a Q1 2026 report, the Monday after its cut-off
Q1 = ("quarter", 2026, 1)


def _log(unit, *, radio=0, banner=0, participants=None):
    """Some of a unit's Q1 2026 log: radio items in February, a banner in January filed
    under a reform area, with an audience."""
    area = ReformArea.objects.order_by("pk").first()
    if radio:
        ActivityFactory(
            unit=unit, channel__code="radio", quantity=radio, started_on=datetime.date(2026, 2, 3)
        )
    if banner:
        ActivityFactory(
            unit=unit,
            channel__code="banner",
            quantity=banner,
            participants=participants,
            started_on=datetime.date(2026, 1, 6),
            reform_areas=[area],
        )


def _send(unit, **log) -> Report:
    _log(unit, **log)
    return SentReportFactory(unit=unit, kind="quarter", year=2026, issued_on=ISSUED_ON)


def _fresh(unit) -> dict:
    """The old computation: the frozen figures of the sent reports below, decoded and
    summed one by one."""
    return sum_frozen(sent_reports_below(unit, *Q1))


def _row(unit) -> ReportSum:
    return ReportSum.objects.get(unit=unit, kind="quarter", year=2026, index=1)


def test_each_report_sent_is_added_to_its_provinces_sums(tree):
    p = tree["P"]
    assert consolidated_figures(p, *Q1) == figures_empty()
    _send(tree["A"], radio=3, banner=2, participants=40)
    assert consolidated_figures(p, *Q1) == _fresh(p)
    assert consolidated_figures(p, *Q1)["channels"]["radio"]["quantity"] == 3
    _send(tree["C"], radio=5)
    summed = consolidated_figures(p, *Q1)
    assert summed == _fresh(p)
    assert summed["channels"]["radio"] == {"quantity": 8, "participants": 0, "rows": 2}
    assert summed["offices"] == {tree["A"].name: 5, tree["C"].name: 5}
    assert _row(p).reports == 2
    below = sent_reports_below(p, *Q1).values_list("frozen__extras", flat=True)
    assert sum_extras([_row(p).extras]) == sum_extras(below)
    # Q's commune sent nothing: Q has no sums
    assert consolidated_figures(tree["Q"], *Q1) == figures_empty()


def test_a_report_sent_back_counts_once_sent_and_sending_it_twice_adds_it_once(tree, personas):
    a, p = tree["A"], tree["P"]
    officer, leader = personas["officer_a"], personas["leader_a"]
    _log(a, radio=4)
    report = ReportFactory(unit=a, kind="quarter", year=2026, by=officer)
    services.report_submit(report=report, by=officer)
    services.report_send_back(report=report, by=leader, reason="Bổ sung số liệu tháng 3.")
    assert consolidated_figures(p, *Q1) == figures_empty()

    services.report_submit(report=report, by=officer)
    services.report_issue(report=report, by=leader, on=ISSUED_ON)
    twice = Report.objects.get(pk=report.pk)  # the same page sent from a second tab
    services.report_send(report=report, by=officer)
    assert consolidated_figures(p, *Q1) == _fresh(p)
    with pytest.raises(ConcurrentTransition):
        services.report_send(report=twice, by=officer)
    assert consolidated_figures(p, *Q1)["channels"]["radio"]["quantity"] == 4
    assert _row(p).reports == 1


def test_a_report_taken_out_of_the_sums_leaves_them_when_they_are_recounted(tree):
    p = tree["P"]
    first = _send(tree["A"], radio=3)
    _send(tree["C"], radio=5)
    first.supersede()  # what an amendment's issue would do to it
    first.save()
    services.report_sum_recount(unit=p, kind="quarter", year=2026, index=1)
    assert consolidated_figures(p, *Q1) == _fresh(p)
    assert consolidated_figures(p, *Q1)["channels"]["radio"]["quantity"] == 5
    assert _row(p).reports == 1


def test_the_country_is_its_provinces_sums_merged(tree):
    p, q = tree["P"], tree["Q"]
    namesake = CommuneFactory(parent=q, short_name=tree["A"].short_name)
    _send(tree["A"], radio=3, banner=1, participants=25)
    _send(tree["C"], radio=2)
    _send(tree["D"], banner=4, participants=60)
    _send(namesake, radio=7)
    country = consolidated_figures(None, *Q1)
    merged = figures_merge(figures_merge(figures_empty(), _fresh(p)), _fresh(q))
    assert country == merged == _fresh(None)
    assert country["channels"]["radio"]["quantity"] == 12
    # two communes of one name are one line of the per-unit totals
    assert country["offices"][tree["A"].name] == 4 + 7


def test_a_province_with_other_units_below_it_has_the_country_summed_afresh(tree):
    p = tree["P"]
    district = UnitFactory(parent=p, level=Level.DISTRICT, short_name="Cũ")
    member(district, Role.OFFICER)
    _send(tree["A"], radio=3)
    _send(district, radio=10)  # counts in P's sums, not in the country's communes
    assert consolidated_figures(p, *Q1)["channels"]["radio"]["quantity"] == 13
    country = consolidated_figures(None, *Q1)
    assert country == _fresh(None)
    assert country["channels"]["radio"]["quantity"] == 3


def test_a_consolidated_report_made_from_the_sums_says_what_the_reports_say(
    offices, province_officer
):
    p = offices["P"]
    _send(offices["A"], radio=3, banner=2, participants=40)
    _send(offices["C"], banner=6, participants=15)
    consolidated = ReportFactory(
        unit=p, kind="quarter", year=2026, by=province_officer, consolidated=True
    )
    figures = report_figures(consolidated)
    old = _fresh(p)
    for part in ("channels", "offices", "months", "areas"):
        assert figures[part] == old[part]
    below = sent_reports_below(p, *Q1).values_list("frozen__extras", flat=True)
    assert figures["extras"] == sum_extras(below)
    assert figures["channels"]["banner"] == {"quantity": 8, "participants": 55, "rows": 2}


def test_the_rebuild_counts_reports_written_without_the_services(tree, capsys):
    p, q = tree["P"], tree["Q"]
    sent = _send(tree["A"], radio=3)
    Report.objects.bulk_create(  # as the bench writes them: no service adds them up
        [
            Report(
                unit=tree["D"],
                kind="quarter",
                year=2026,
                index=1,
                period_start=sent.period_start,
                period_end=sent.period_end,
                title="Báo cáo nạp thẳng",
                status=ReportStatus.SENT,
                frozen=sent.frozen,
            )
        ]
    )
    ReportSum.objects.create(unit=q, kind="annual", year=2026)  # left over, no report
    call_command("reportsums_rebuild")
    assert "Đã tính lại tổng số liệu của 2 kỳ báo cáo" in capsys.readouterr().out
    assert consolidated_figures(q, *Q1) == _fresh(q) != figures_empty()
    assert consolidated_figures(p, *Q1) == _fresh(p)
    assert not ReportSum.objects.filter(kind="annual").exists()


def test_the_migration_fills_the_sums_of_the_reports_sent_before_it(tree):
    _send(tree["A"], radio=3, banner=1, participants=20)
    _send(tree["D"], radio=2)
    ReportSum.objects.all().delete()
    migration = importlib.import_module("loa.reports.migrations.0005_report_sums")
    migration.fill(apps, None)
    assert consolidated_figures(tree["P"], *Q1) == _fresh(tree["P"])
    assert consolidated_figures(tree["Q"], *Q1) == _fresh(tree["Q"])
    below = sent_reports_below(tree["P"], *Q1).values_list("frozen__extras", flat=True)
    assert sum_extras([_row(tree["P"]).extras]) == sum_extras(below)
    assert _row(tree["P"]).reports == _row(tree["Q"]).reports == 1


def _someone_waits_for_a_lock(timeout: float = 10) -> bool:
    with connections["default"].cursor() as cursor:
        for _ in range(int(timeout / 0.05)):
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE wait_event_type = 'Lock' AND datname = current_database()"
            )
            if cursor.fetchone()[0]:
                return True
            time.sleep(0.05)
    return False


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks: PostgreSQL")
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("row_there", [False, True], ids=["first-of-the-period", "later"])
def test_two_communes_sending_at_once_both_count(row_there):
    from loa.units.tests.factories import ProvinceFactory

    province = ProvinceFactory()
    first, second = CommuneFactory(parent=province), CommuneFactory(parent=province)
    if row_there:
        _send(CommuneFactory(parent=province), radio=1)
    reports = {}
    for commune, radio in ((first, 3), (second, 5)):
        _log(commune, radio=radio)
        reports[commune.pk] = ReportFactory(
            unit=commune, kind="quarter", year=2026, status=ReportStatus.ISSUED, issued_on=ISSUED_ON
        )
    first_sent, may_commit, errors = threading.Event(), threading.Event(), []

    def send(commune, *, hold: bool):
        try:
            report = reports[commune.pk]
            with transaction.atomic():
                services.report_send(report=report, by=report.created_by)
                if hold:  # keep the sums row locked until the other send waits for it
                    first_sent.set()
                    may_commit.wait(10)
        except Exception as error:  # noqa: BLE001 (reported by the test below)
            errors.append(error)
        finally:
            connections.close_all()

    holder = threading.Thread(target=send, args=(first,), kwargs={"hold": True})
    holder.start()
    assert first_sent.wait(10)
    other = threading.Thread(target=send, args=(second,), kwargs={"hold": False})
    other.start()
    waited = _someone_waits_for_a_lock()
    may_commit.set()
    holder.join(10)
    other.join(10)
    assert not errors
    assert waited  # the second send did wait for the first one's lock
    summed = consolidated_figures(province, *Q1)
    assert summed == _fresh(province)
    assert summed["channels"]["radio"]["quantity"] == 3 + 5 + (1 if row_there else 0)
    assert _row(province).reports == (3 if row_there else 2)
