from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "loa.core"
    verbose_name = "Nền tảng"

    def ready(self):
        from . import lookups  # noqa: F401 (registers __in for integers out of range)
