"""Corrections net into the one figure the report shows everywhere; none makes a figure
negative; a withdrawn one stops counting and stays in the history with who and why."""

import datetime
import io

import openpyxl
import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loa.activities.tests.factories import ActivityFactory
from loa.documents.docx import render_docx
from loa.documents.inspect import docx_text
from loa.plans.models import Channel
from loa.reports import services
from loa.reports.document import report_document
from loa.reports.exports import appendix_workbook
from loa.reports.figures import report_figures
from loa.reports.phrases import number
from loa.reports.tests.factories import ReportFactory


def _radio_everywhere(report) -> dict:
    """The radio figure as the appendix table, the Excel appendix and the body say it."""
    document = report_document(report)
    table = document.appendices[0].table
    row = next(r for r in table.rows if r[1].startswith("Tin, bài, chuyên mục CCHC"))
    sheet = openpyxl.load_workbook(io.BytesIO(appendix_workbook(report))).active
    excel = next(
        row[3].value
        for row in sheet.iter_rows()
        if isinstance(row[1].value, str) and row[1].value.startswith("Tin, bài, chuyên mục CCHC")
    )
    return {"appendix": int(row[3]), "excel": int(excel), "figures": report_figures(report)}


@pytest.fixture
def report(offices, personas):
    unit = offices["A"]
    radio = Channel.objects.get(code="radio")
    ActivityFactory(unit=unit, channel=radio, quantity=3, started_on=datetime.date(2025, 5, 10))
    return ReportFactory(unit=unit, kind="annual", year=2025, by=personas["officer_a"])


def test_a_correction_cannot_make_a_figure_negative(report, personas):
    radio = Channel.objects.get(code="radio")
    with pytest.raises(ValidationError, match="không được âm"):
        services.correction_add(
            report=report,
            by=personas["officer_a"],
            channel=radio,
            quantity_delta=-50,
            participants_delta=0,
            reason="Nhập nhầm",
        )
    assert report.corrections.count() == 0


def test_withdrawing_keeps_the_history_and_restores_the_figure(client, report, personas):
    radio = Channel.objects.get(code="radio")
    correction = services.correction_add(
        report=report,
        by=personas["officer_a"],
        channel=radio,
        quantity_delta=2,
        participants_delta=0,
        reason="Hai tin chưa ghi nhận",
    )
    assert _radio_everywhere(report)["appendix"] == 5
    client.force_login(personas["officer_a"])
    response = client.post(
        reverse("reports:correction_withdraw", args=[report.pk, correction.pk]),
        {"reason": "Hai tin đã có trong nhật ký"},
        follow=True,
    )
    assert "Đã thu hồi điều chỉnh" in response.text
    correction.refresh_from_db()
    assert correction.withdrawn_by == personas["officer_a"]
    assert correction.withdraw_reason == "Hai tin đã có trong nhật ký"
    assert "Đã thu hồi" in response.text and "Hai tin đã có trong nhật ký" in response.text
    report.refresh_from_db()
    assert _radio_everywhere(report)["appendix"] == 3
    # the signed document shows the corrected figure, never the list of corrections
    text = docx_text(render_docx(report_document(report)))
    assert "Điều chỉnh" not in text and "Hai tin" not in text


def test_a_huge_correction_is_refused_in_vietnamese(client, report, personas):
    client.force_login(personas["officer_a"])
    radio = Channel.objects.get(code="radio")
    response = client.post(
        reverse("reports:correction_add", args=[report.pk]),
        {
            "channel": radio.pk,
            "quantity_delta": "99999999999999999999",
            "participants_delta": "0",
            "reason": "Thử",
        },
    )
    assert response.status_code == 400
    assert "không quá 100.000" in response.text


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=st.lists(st.tuples(st.integers(-6, 6), st.booleans()), min_size=1, max_size=6))
def test_any_corrections_and_withdrawals_keep_figures_whole_and_in_agreement(
    report, personas, steps
):
    radio = Channel.objects.get(code="radio")
    officer = personas["officer_a"]
    report.corrections.all().delete()  # each example starts from the log alone
    services.report_redraft(report=report)
    for delta, withdraw_one in steps:
        try:
            if withdraw_one and report.corrections.filter(withdrawn_at=None).exists():
                services.correction_withdraw(
                    correction=report.corrections.filter(withdrawn_at=None).last(),
                    by=officer,
                    reason="Thu hồi thử",
                )
            elif delta:
                services.correction_add(
                    report=report,
                    by=officer,
                    channel=radio,
                    quantity_delta=delta,
                    participants_delta=0,
                    reason="Điều chỉnh thử",
                )
        except ValidationError:
            pass  # refused: it would have made the figure negative
        report.refresh_from_db()
        seen = _radio_everywhere(report)
        figure = seen["figures"]["channels"].get("radio", {}).get("quantity", 0)
        assert figure >= 0
        assert seen["appendix"] == seen["excel"] == figure
        if figure:
            assert f"phát {number(figure)} tin, bài" in report.results_text


def test_redrafting_takes_new_figures_and_keeps_what_the_officer_wrote(client, report, personas):
    radio = Channel.objects.get(code="radio")
    report.shortcomings = "Một số thôn chưa treo băng rôn đúng thời gian."
    report.save(update_fields=["shortcomings"])
    ActivityFactory(
        unit=report.unit, channel=radio, quantity=4, started_on=datetime.date(2025, 6, 1)
    )
    client.force_login(personas["officer_a"])
    response = client.post(reverse("reports:redraft", args=[report.pk]), follow=True)
    report.refresh_from_db()
    assert "phát 07 tin, bài" in report.results_text  # 3 + 4, the new figure
    assert report.shortcomings == "Một số thôn chưa treo băng rôn đúng thời gian."
    assert "các phần bạn đã tự viết được giữ nguyên" in response.text
    assert "Tồn tại, hạn chế" in response.text
