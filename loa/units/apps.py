from django.apps import AppConfig


class UnitsConfig(AppConfig):
    name = "loa.units"
    verbose_name = "Đơn vị hành chính"

    def ready(self):
        from . import collation  # noqa: F401  registers the "vi" collation on SQLite
