"""Reminders reach a real SMTP server on loopback, through the background task."""

import datetime

import pytest
from django.core.management import call_command

from loa.core.tests.smtp import loopback_smtp
from loa.plans.tests.factories import IssuedPlanFactory


@pytest.fixture
def smtp(settings):
    settings.SITE_URL = "https://loa.example.gov.vn"
    with loopback_smtp(settings) as inbox:
        yield inbox


@pytest.fixture
def commune_plan(upper_plan, offices, personas):
    return IssuedPlanFactory(
        unit=offices["A"],
        upper=upper_plan,
        by=personas["officer_a"],
        signer=personas["leader_a"],
        issued_on=datetime.date(2026, 1, 10),
    )


def test_task_falling_due_in_a_week_is_reminded_by_email(smtp, commune_plan, personas):
    task = commune_plan.tasks.get(channel__code="radio")  # due 15/12/2026
    call_command("send_reminders", ngay="2026-12-08")
    assert len(smtp.messages) == 1
    message, parsed, body = smtp.messages[0], smtp.parsed()[0], smtp.bodies()[0]
    assert parsed["Subject"].startswith("[Loa] Nhiệm vụ sắp đến hạn (còn 7 ngày)")
    assert sorted(message.rcpt_tos) == sorted(
        [personas["officer_a"].email, personas["leader_a"].email]
    )
    assert "Chuyên mục CCHC trên đài truyền thanh xã" in body and "15/12/2026" in body
    call_command("send_reminders", ngay="2026-12-10")  # neither a week nor a day ahead
    assert len(smtp.messages) == 1
    task.manual_progress = None
    task.save()
    call_command("send_reminders", ngay="2026-12-14")  # the day before
    assert len(smtp.messages) == 2


def test_reminder_body_names_the_task_its_plan_deadline_progress_and_links(smtp, commune_plan):
    task = commune_plan.tasks.get(channel__code="radio")
    call_command("send_reminders", ngay="2026-12-14")
    [parsed], [body] = smtp.parsed(), smtp.bodies()
    assert parsed["Subject"] == (
        "[Loa] Nhiệm vụ sắp đến hạn (ngày mai): Chuyên mục CCHC trên đài truyền thanh xã"
    )
    # addressed to the office that leads the task, of its unit
    assert body.startswith("Kính gửi: Đài truyền thanh, UBND xã An Lạc.\n")
    assert (
        "nhiệm vụ “Chuyên mục CCHC trên đài truyền thanh xã” thuộc Kế hoạch số "
        f"{commune_plan.number_text} ngày 10/01/2026 của UBND xã An Lạc có thời hạn hoàn thành là "
        "ngày 15/12/2026 (ngày mai)." in body
    )
    assert "- Tiến độ hiện tại: 0% (quá hạn)" not in body  # due tomorrow: not overdue yet
    assert "- Tiến độ hiện tại: 0% (chưa thực hiện); đã thực hiện 0/12 tin, bài." in body
    assert (
        "- Ghi nhận hoạt động cho nhiệm vụ này: "
        f"https://loa.example.gov.vn/hoat-dong/ghi-nhan/?nhiem_vu={task.pk}" in body
    )
    assert "https://loa.example.gov.vn/hoat-dong/viec-cua-toi/?nam=2026" in body
    assert "\n\n\n" not in body and body.rstrip().endswith("xin vui lòng không trả lời thư này.")


def test_without_a_site_address_the_reminder_says_where_to_go(smtp, settings, commune_plan):
    settings.SITE_URL, settings.CSRF_TRUSTED_ORIGINS = "", []
    call_command("send_reminders", ngay="2026-12-14")
    [body] = smtp.bodies()
    assert "http" not in body and "Trên Loa, chọn mục Hoạt động → Việc của tôi." in body
