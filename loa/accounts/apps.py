from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "loa.accounts"
    verbose_name = "Tài khoản và phân quyền"
