from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    name = "loa.documents"
    verbose_name = "Văn bản"
