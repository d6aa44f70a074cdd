import datetime

from loa.reports.periods import default_deadline, period_of, periods_of_year


def test_periods_run_from_the_15th_to_the_14th():
    q1 = period_of("quarter", 2026, 1)
    assert (q1.start, q1.end) == (datetime.date(2025, 12, 15), datetime.date(2026, 3, 14))
    q3 = period_of("quarter", 2026, 3)  # not cumulative
    assert (q3.start, q3.end) == (datetime.date(2026, 6, 15), datetime.date(2026, 9, 14))
    half = period_of("half_year", 2026)
    assert (half.start, half.end) == (datetime.date(2025, 12, 15), datetime.date(2026, 6, 14))
    year = period_of("annual", 2023)
    assert (year.start, year.end) == (datetime.date(2022, 12, 15), datetime.date(2023, 12, 14))
    assert year.label == "năm 2023" and q3.label == "quý III năm 2026"


def test_default_deadline_is_two_working_days_after_the_cutoff():
    # 14/3/2026 is a Saturday: Monday 16 and Tuesday 17 are the two working days
    assert default_deadline(period_of("quarter", 2026, 1)) == datetime.date(2026, 3, 17)


def test_a_year_of_quarterly_and_annual_reports_in_order():
    periods = periods_of_year({"quarter", "annual"}, 2026)
    assert [(p.kind, p.index) for p in periods] == [
        ("quarter", 1),
        ("quarter", 2),
        ("quarter", 3),
        ("annual", 1),
        ("quarter", 4),
    ]
