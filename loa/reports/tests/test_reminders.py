"""Report reminders, read as the recipients get them from a real SMTP server on loopback:
the daily deadline reminder, and the one the upper level sends from the roll-up."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse

from loa.core.tests.smtp import loopback_smtp
from loa.plans.tests.factories import IssuedPlanFactory
from loa.reports.tests.factories import ReportFactory


@pytest.fixture
def smtp(settings):
    settings.SITE_URL = "https://loa.example.gov.vn/"
    with loopback_smtp(settings) as inbox:
        yield inbox


def test_deadline_reminder_names_the_period_its_dates_and_the_way_in(smtp, offices, personas):
    IssuedPlanFactory(
        unit=offices["A"],
        year=2026,
        by=personas["officer_a"],
        signer=personas["leader_a"],
        issued_on=datetime.date(2026, 1, 5),
    )
    report = ReportFactory(unit=offices["A"], kind="annual", year=2026, by=personas["officer_a"])
    call_command("send_report_reminders", ngay="2026-12-11")
    mails = dict(zip((m["Subject"] for m in smtp.parsed()), smtp.bodies(), strict=True))
    assert sorted(mails) == [
        "[Loa] Báo cáo năm 2026 sắp đến hạn (còn 5 ngày)",
        "[Loa] Báo cáo quý IV năm 2026 sắp đến hạn (còn 5 ngày)",
    ]
    quarter = mails["[Loa] Báo cáo quý IV năm 2026 sắp đến hạn (còn 5 ngày)"]
    assert quarter.startswith(
        "Kính gửi: Lãnh đạo và cán bộ phụ trách công tác cải cách hành chính, UBND xã An Lạc.\n"
    )
    assert (
        "UBND xã An Lạc cần gửi báo cáo kết quả công tác tuyên truyền cải cách hành chính "
        "quý IV năm 2026 (số liệu từ ngày 15/09/2026 đến ngày 14/12/2026) tới UBND tỉnh "
        "Phú Thọ chậm nhất ngày 16/12/2026 (còn 5 ngày)." in quarter
    )
    assert "Đơn vị chưa lập báo cáo kỳ này." in quarter
    assert "Lập báo cáo: https://loa.example.gov.vn/bao-cao/?nam=2026" in quarter
    annual = mails["[Loa] Báo cáo năm 2026 sắp đến hạn (còn 5 ngày)"]
    assert "Báo cáo của đơn vị hiện ở trạng thái “dự thảo”." in annual
    assert f"Mở báo cáo: https://loa.example.gov.vn/bao-cao/{report.pk}/" in annual


def test_rollup_reminder_is_sent_by_the_upper_level_with_deadline_and_link(
    client, smtp, tree, personas
):
    report = ReportFactory(unit=tree["A"], kind="quarter", year=2024, by=personas["officer_a"])
    client.force_login(personas["supervisor_p"])
    response = client.post(reverse("reports:remind"), {"loai": "quarter", "nam": 2024, "ky": 1})
    assert response.status_code == 302
    by_recipient = {
        tuple(sorted(m.rcpt_tos)): body
        for m, body in zip(smtp.messages, smtp.bodies(), strict=True)
    }
    assert [m["Subject"] for m in smtp.parsed()] == ["[Loa] Nhắc gửi báo cáo quý I năm 2024"] * 2
    a = by_recipient[tuple(sorted([personas["officer_a"].email, personas["leader_a"].email]))]
    c = by_recipient[(personas["officer_c"].email,)]
    assert (
        "UBND tỉnh Phú Thọ đề nghị UBND xã An Lạc gửi báo cáo kết quả công tác tuyên truyền "
        "cải cách hành chính quý I năm 2024 (số liệu từ ngày 15/12/2023 đến ngày 14/03/2024) "
        "trên hệ thống Loa. Hạn gửi báo cáo là ngày " in a
    )
    assert ", đến nay đã quá hạn." in a
    assert "Báo cáo của đơn vị đang ở trạng thái “dự thảo”, chưa được gửi." in a
    assert f"Mở báo cáo: http://testserver/bao-cao/{report.pk}/" in a
    assert "Đơn vị chưa lập báo cáo kỳ này." in c and "UBND xã Cẩm Khê" in c
    assert "Lập báo cáo: http://testserver/bao-cao/?nam=2024" in c
