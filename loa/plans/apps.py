from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "loa.plans"
    verbose_name = "Kế hoạch"
