from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "loa.core"
    verbose_name = "Nền tảng"
