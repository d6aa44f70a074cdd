from django.core.management.base import BaseCommand

from loa.reports.reminders import send_report_reminders


class Command(BaseCommand):
    help = "Gửi thư nhắc báo cáo sắp đến hạn (chạy hằng ngày, ví dụ bằng cron)."

    def add_arguments(self, parser):
        parser.add_argument("--ngay", help="Ngày tính nhắc (YYYY-MM-DD); mặc định hôm nay.")

    def handle(self, *args, **options):
        result = send_report_reminders.enqueue(options.get("ngay"))
        self.stdout.write(f"Đã đưa việc gửi thư nhắc báo cáo vào hàng đợi ({result.status}).")
