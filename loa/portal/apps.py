from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "loa.portal"
    verbose_name = "Cổng công khai"
