"""Every figure of a report is of its period, target progress included: an activity on
the period's first and last day counts, one a day before or after does not, for each kind
of period (15th of the month before to the 14th)."""

import datetime

import pytest

from loa.activities.tests.factories import ActivityFactory
from loa.plans.models import Channel
from loa.plans.tests.factories import IssuedPlanFactory, TargetFactory
from loa.reports.figures import report_figures
from loa.reports.periods import period_of
from loa.reports.tests.factories import ReportFactory

DAY = datetime.timedelta(days=1)


@pytest.mark.parametrize(
    ("kind", "index"),
    [
        ("quarter", 1),
        ("quarter", 2),
        ("quarter", 3),
        ("quarter", 4),
        ("half_year", 1),
        ("nine_months", 1),
        ("annual", 1),
    ],
)
def test_figures_and_target_progress_count_the_period_only(offices, personas, kind, index):
    unit, officer = offices["A"], personas["officer_a"]
    year = 2025
    period = period_of(kind, year, index)
    plan = IssuedPlanFactory(
        unit=unit,
        year=year,
        by=officer,
        signer=personas["leader_a"],
        issued_on=datetime.date(2025, 1, 5),
    )
    radio = Channel.objects.get(code="radio")
    TargetFactory(plan=plan, text="Đăng 12 tin, bài trên đài truyền thanh", channels=[radio])
    inside = {period.start: 1, period.end: 2}
    outside = {period.start - DAY: 100, period.end + DAY: 1000}
    for day, quantity in {**inside, **outside}.items():
        ActivityFactory(unit=unit, channel=radio, started_on=day, quantity=quantity)

    report = ReportFactory(unit=unit, kind=kind, year=year, index=index, by=officer)
    figures = report_figures(report)
    assert figures["channels"]["radio"]["quantity"] == 3
    target = next(t for t in figures["targets"] if t["text"].startswith("Đăng 12 tin"))
    assert (target["value"], target["goal"], target["reached"]) == (3, 12, False)
    # the drafted text says what the period holds, and nothing of the days around it
    assert "phát 03 tin, bài" in report.results_text
    assert "mới thực hiện được 3/12 tin, bài" in report.shortcomings
    for wrong in ("103", "1003", "1103"):
        assert wrong not in report.results_text + report.shortcomings
