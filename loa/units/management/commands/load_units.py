from django.core.management.base import BaseCommand

from loa.units.services import units_load


class Command(BaseCommand):
    help = "Nạp danh mục đơn vị hành chính (trước và sau 01/7/2025) từ gói vietnam-provinces."

    def handle(self, *args, **options):
        result = units_load()
        c = result.counts
        self.stdout.write(
            f"Đơn vị hành chính: thêm {result.created}, cập nhật {result.updated}, "
            f"liên kết sáp nhập mới {result.successions_created}, "
            f"cơ quan mặc định mới {result.offices_created}."
        )
        self.stdout.write(
            f"Hiện hành: {c['provinces']} tỉnh, thành phố; {c['communes']} xã, phường, đặc khu. "
            f"Trước 01/7/2025: {c['legacy_provinces']} tỉnh, {c['legacy_districts']} huyện, "
            f"{c['legacy_communes']} xã."
        )
