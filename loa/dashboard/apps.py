from django.apps import AppConfig


class DashboardConfig(AppConfig):
    name = "loa.dashboard"
    verbose_name = "Theo dõi"
