import time

from django.core.management.base import BaseCommand

from loa.activities.models import Tally
from loa.activities.tallies import tallies_rebuild, tallies_vacuum


class Command(BaseCommand):
    help = (
        "Đếm lại toàn bộ số liệu tổng hợp nhanh từ nhật ký hoạt động (sau khi nạp dữ liệu "
        "trực tiếp vào cơ sở dữ liệu)."
    )

    def handle(self, *args, **options):
        started = time.perf_counter()
        tallies_rebuild()
        tallies_vacuum()
        self.stdout.write(
            f"Đã đếm lại {Tally.objects.count():,} dòng số liệu tổng hợp trong "
            f"{time.perf_counter() - started:.1f} giây."
        )
