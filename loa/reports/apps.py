from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "loa.reports"
    verbose_name = "Báo cáo"
