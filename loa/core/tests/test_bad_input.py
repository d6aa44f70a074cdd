"""Input an official would not type, or an attacker would: every page answers it with a
Vietnamese 404, 400 or a form error, never a server error (issue #10, finding 6)."""

import pytest
from django.test import Client
from django.urls import reverse

from loa.plans.models import Channel

HUGE = "99999999999999999999"  # beyond a 64-bit integer


@pytest.fixture
def web(db):
    """A client that returns the server error page instead of raising, as a browser sees."""
    return Client(raise_request_exception=False)


@pytest.mark.parametrize("year", ["0", "1", "-5", "10000", HUGE, "２０２６", "2026\x00"])
def test_the_reports_page_of_a_year_loa_cannot_hold_is_a_vietnamese_404(web, personas, year):
    web.force_login(personas["officer_a"])
    response = web.get(reverse("reports:index"), {"nam": year})
    assert response.status_code == 404
    assert "Không tìm thấy" in response.text


@pytest.mark.parametrize("year", ["0", "-1", HUGE])
def test_the_rollup_of_a_year_loa_cannot_hold_is_a_vietnamese_404(web, personas, year):
    web.force_login(personas["supervisor_p"])
    response = web.get(reverse("reports:rollup"), {"loai": "quarter", "nam": year, "ky": "2"})
    assert response.status_code == 404
    assert "Không tìm thấy" in response.text


@pytest.mark.parametrize("index", ["0", "-1", "5", HUGE, "abc"])
def test_the_rollup_of_a_quarter_that_does_not_exist_shows_the_first(web, personas, index):
    web.force_login(personas["supervisor_p"])
    response = web.get(reverse("reports:rollup"), {"loai": "quarter", "nam": "2026", "ky": index})
    assert response.status_code == 200
    assert response.context["period"].index == 1


@pytest.mark.parametrize("year", ["0", HUGE])
def test_reminding_for_a_year_loa_cannot_hold_is_a_vietnamese_404(web, personas, year):
    web.force_login(personas["supervisor_p"])
    response = web.post(reverse("reports:remind"), {"loai": "quarter", "nam": year, "ky": "1"})
    assert response.status_code == 404
    assert "Không tìm thấy" in response.text


@pytest.mark.parametrize(
    "start, end",
    [
        ("0001-01-01", "0001-01-31"),
        ("0001-01-01", "2026-01-31"),
        ("1900-01-01", "1900-12-31"),
        ("2026-02-30", "2026-03-10"),
        ("31/12/99999", "31/12/99999"),
        ("9999-12-31", "9999-12-31"),
    ],
)
def test_an_ad_hoc_report_from_a_day_loa_cannot_hold_is_a_form_error(web, personas, start, end):
    web.force_login(personas["officer_a"])
    response = web.post(
        reverse("reports:create"),
        {"kind": "ad_hoc", "year": "2026", "start": start, "end": end, "requested": "Thử"},
    )
    assert response.status_code == 400
    assert start in response.text  # what was typed is still in the form
    errors = response.context["form"].errors
    assert errors and all(e for e in errors.values())


@pytest.mark.parametrize("field", ["quantity_delta", "participants_delta"])
@pytest.mark.parametrize("value", [HUGE, "-" + HUGE, "1e400", "NaN"])
def test_a_correction_beyond_any_integer_is_a_vietnamese_form_error(
    web, report, personas, field, value
):
    web.force_login(personas["officer_a"])
    data = {
        "channel": Channel.objects.get(code="radio").pk,
        "quantity_delta": "1",
        "participants_delta": "0",
        "reason": "Thử",
    }
    response = web.post(reverse("reports:correction_add", args=[report.pk]), {**data, field: value})
    assert response.status_code == 400
    assert value in response.text
    assert "Vui lòng nhập một số nguyên" in response.text or "không quá 100.000" in response.text


@pytest.mark.parametrize("channel", [HUGE, "-1", "0", "abc"])
def test_a_correction_of_a_channel_that_does_not_exist_is_a_form_error(
    web, report, personas, channel
):
    web.force_login(personas["officer_a"])
    data = {"channel": channel, "quantity_delta": "1", "participants_delta": "0", "reason": "T"}
    response = web.post(reverse("reports:correction_add", args=[report.pk]), data)
    assert response.status_code == 400


@pytest.fixture
def report(offices, personas):
    from loa.reports.tests.factories import ReportFactory

    return ReportFactory(unit=offices["A"], kind="annual", year=2025, by=personas["officer_a"])


@pytest.mark.parametrize("office", [HUGE, "-" + HUGE, "0", "abc", "1\x00"])
def test_my_tasks_of_an_office_beyond_any_integer_shows_all_offices(web, personas, office):
    web.force_login(personas["officer_a"])
    response = web.get(reverse("activities:tasks"), {"bo_phan": office})
    assert response.status_code == 200
    assert response.context["shown"] == "tat-ca"


@pytest.mark.parametrize("value", [HUGE, "-" + HUGE, "2147483648"])
def test_an_activity_in_a_reform_area_beyond_any_integer_is_a_form_error(web, personas, value):
    web.force_login(personas["officer_a"])
    response = web.post(
        reverse("activities:create"),
        {
            "started_on": "2026-06-01",
            "channel": Channel.objects.get(code="radio").pk,
            "title": "Tin CCHC",
            "quantity": "1",
            "reform_areas": value,
        },
    )
    assert response.status_code in (200, 400)
    assert "reform_areas" in response.context["form"].errors


@pytest.mark.parametrize("value", [HUGE, "-" + HUGE])
def test_a_task_coordinated_with_an_office_beyond_any_integer_is_a_form_error(
    web, personas, draft, value
):
    web.force_login(personas["officer_a"])
    response = web.post(
        reverse("plans:task_add", args=[draft.pk]),
        {"new-content": "Tuyên truyền trên đài", "new-coordinating_offices": value},
    )
    assert response.status_code in (200, 400)
    assert "coordinating_offices" in response.context["form"].errors


def test_searching_the_log_for_a_very_long_text_says_the_filter_is_left_out(web, personas):
    web.force_login(personas["officer_a"])
    response = web.get(reverse("activities:index"), {"q": "x" * 100_000})
    assert response.status_code == 200
    assert "bộ lọc này không được áp dụng" in response.text


@pytest.fixture
def issued_task(offices, personas):
    from loa.plans.tests.factories import IssuedPlanFactory

    plan = IssuedPlanFactory(
        unit=offices["A"],
        year=2026,
        by=personas["officer_a"],
        signer=personas["leader_a"],
        tasks=[{"order": 1, "content": "Hội nghị quán triệt CCHC"}],
    )
    return plan.tasks.get()


@pytest.mark.parametrize("then", ["0", HUGE, "2026-02-30", "a\x00b", "//evil.example/"])
def test_manual_progress_with_a_next_page_that_is_no_page_goes_to_my_tasks(
    web, personas, issued_task, then
):
    web.force_login(personas["officer_a"])
    response = web.post(
        reverse("activities:task_manual_progress", args=[issued_task.pk]),
        {"phan_tram": "50", "tiep": then},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("activities:tasks")


@pytest.mark.parametrize("reason", ["Nhập\x00nhầm", "x" * 100_000])
def test_withdrawing_a_correction_with_a_reason_no_database_keeps_is_refused(
    web, report, personas, reason
):
    """PostgreSQL refuses a NUL in text: the reason is checked as a form checks it."""
    from loa.reports import services

    correction = services.correction_add(
        report=report,
        by=personas["officer_a"],
        channel=Channel.objects.get(code="radio"),
        quantity_delta=2,
        participants_delta=0,
        reason="Hai tin chưa ghi nhận",
    )
    web.force_login(personas["officer_a"])
    response = web.post(
        reverse("reports:correction_withdraw", args=[report.pk, correction.pk]),
        {"reason": reason},
        follow=True,
    )
    assert response.status_code == 200
    assert "Chưa thu hồi được điều chỉnh" in response.text
    correction.refresh_from_db()
    assert correction.withdrawn_at is None
