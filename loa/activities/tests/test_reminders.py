"""Reminders reach a real SMTP server on loopback, through the background task."""

import datetime

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command

from loa.plans import services
from loa.plans.models import Plan, TaskState


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        self.messages.append(envelope)
        return "250 OK"


@pytest.fixture
def smtp(settings):
    import socket

    with socket.socket() as probe:  # a free port on loopback
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": port},
        }
    }
    yield inbox
    controller.stop()


def test_task_falling_due_in_a_week_is_reminded_by_email(smtp, upper_plan, offices, personas):
    plan = services.plan_create_from_upper(
        unit=offices["A"], upper=upper_plan, by=personas["officer_a"]
    )
    plan.tasks.update(state=TaskState.ACCEPTED)
    services.plan_submit(plan=plan, by=personas["officer_a"])
    services.plan_issue(plan=plan, by=personas["leader_a"], on=datetime.date(2026, 1, 10))
    task = Plan.objects.get(pk=plan.pk).tasks.get(channel__code="radio")  # due 15/12/2026
    call_command("send_reminders", ngay="2026-12-08")
    assert len(smtp.messages) == 1
    import email
    from email import policy

    message = smtp.messages[0]
    parsed = email.message_from_bytes(message.content, policy=policy.default)
    body = parsed.get_content()
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
