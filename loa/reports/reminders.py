"""Reminders by e-mail before a report deadline, through the tasks framework; a daily
scheduler runs `manage.py send_report_reminders`."""

import datetime

from django.core.mail import EmailMessage
from django.tasks import task
from django.utils import timezone

from loa.accounts.queries import officer_emails
from loa.units.models import Unit

from .queries import due_reports

DAYS_BEFORE = (5, 1)


@task()
def send_report_reminders(day: str | None = None) -> int:
    today = datetime.date.fromisoformat(day) if day else timezone.localdate()
    units = Unit.objects.filter(plans__status="issued", plans__year=today.year).distinct()
    sent = 0
    for unit in units:
        for due in due_reports(unit, today.year):
            if due.report is not None and due.report.status == "sent":
                continue
            days = (due.due_on - today).days
            if days not in DAYS_BEFORE:
                continue
            to = officer_emails(unit)
            if not to:
                continue
            when = "ngày mai" if days == 1 else f"còn {days} ngày"
            EmailMessage(
                f"[Loa] Báo cáo {due.period.label} sắp đến hạn ({when})",
                f"{unit.council_name} cần gửi báo cáo kết quả tuyên truyền cải cách hành chính "
                f"{due.period.label} trước ngày {due.due_on:%d/%m/%Y}. Số liệu được Loa tổng hợp "
                "sẵn từ nhật ký hoạt động: mục Báo cáo → Lập báo cáo.\n\nLoa — thư tự động, xin "
                "không trả lời.",
                to=to,
            ).send()
            sent += 1
    return sent
