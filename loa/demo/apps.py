from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo data for `make run`. It sits above every other app and nothing imports it."""

    name = "loa.demo"
    verbose_name = "Dữ liệu mẫu"
