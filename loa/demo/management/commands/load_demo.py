from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from loa.demo.services import DEMO_PASSWORD, demo_load


class Command(BaseCommand):
    help = "Nạp dữ liệu mẫu (người dùng cho mọi vai trò) để dùng thử Loa."

    def handle(self, *args, **options):
        if settings.PRODUCTION:
            raise CommandError("Không nạp dữ liệu mẫu trên môi trường production.")
        try:
            loaded = demo_load()
        except RuntimeError as error:
            raise CommandError(str(error)) from error
        w = self.stdout.write
        w("")
        w(f"Tài khoản dùng thử (mật khẩu chung: {DEMO_PASSWORD})")
        w("-" * 78)
        for demo, units in loaded:
            roles = "; ".join(
                f"{role.label} — {unit.name}{' (trước 01/7/2025)' if unit.is_legacy else ''}"
                for (_, role, _), unit in zip(demo.grants, units, strict=True)
            )
            w(f"  {demo.username:<13} {roles}")
        w(f"  {'admin':<13} Quản trị hệ thống (trang /quan-tri-he-thong/)")
        w("-" * 78)
        w("Mở http://127.0.0.1:8000 và đăng nhập bằng một tài khoản ở trên.")
        w("")
