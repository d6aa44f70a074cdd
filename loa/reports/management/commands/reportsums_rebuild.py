"""`manage.py reportsums_rebuild`: the sums of the sent reports below each unit, counted
again from the reports (ADR 34). For after reports were written without the services
(a bulk load, the bench) or units were moved under another parent."""

import time

from django.core.management.base import BaseCommand

from loa.reports.services import report_sums_rebuild


class Command(BaseCommand):
    help = "Tính lại tổng số liệu báo cáo đã gửi của các đơn vị cấp dưới, từ các báo cáo."

    def handle(self, *args, **options):
        started = time.perf_counter()
        rows = report_sums_rebuild()
        # Vietnamese numbers: "1.234" kỳ, "0,5" giây
        count = f"{rows:,}".replace(",", ".")
        seconds = f"{time.perf_counter() - started:.1f}".replace(".", ",")
        self.stdout.write(
            f"Đã tính lại tổng số liệu của {count} kỳ báo cáo (theo đơn vị cấp trên) "
            f"trong {seconds} giây."
        )
