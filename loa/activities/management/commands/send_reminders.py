import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from loa.activities.importing import pending_imports_remove
from loa.activities.reminders import daily_jobs_run, send_reminders
from loa.core.once import forget_old_submissions


class Command(BaseCommand):
    help = "Gửi thư nhắc nhiệm vụ sắp đến hạn (chạy hằng ngày, ví dụ bằng cron)."

    def add_arguments(self, parser):
        parser.add_argument("--ngay", help="Ngày tính nhắc (YYYY-MM-DD); mặc định hôm nay.")

    def handle(self, *args, **options):
        result = send_reminders.enqueue(options.get("ngay"))
        self.stdout.write(f"Đã đưa việc gửi thư nhắc vào hàng đợi ({result.status}).")
        # the same daily run clears what abandoned Excel imports left behind
        removed = pending_imports_remove()
        if removed:
            self.stdout.write(f"Đã xóa {removed} tệp nhập Excel bỏ dở quá một ngày.")
        # and the one-time tokens of forms sent more than a day ago (loa/core/once.py)
        forget_old_submissions()
        # and what the apps above registered (loa/activities/reminders.py)
        day = options.get("ngay")
        today = datetime.date.fromisoformat(day) if day else timezone.localdate()
        for line in daily_jobs_run(today):
            self.stdout.write(line)
