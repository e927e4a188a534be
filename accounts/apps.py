"""App configs: accounts (users, groups, permissions, login records) and django-axes under a name in our language."""
from axes.apps import AppConfig as AxesAppConfig
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    default = True  # this module also holds AxesConfig
    name = "accounts"
    verbose_name = _("用户与登录")

    def ready(self):
        from accounts.names import name_in_active_language

        name_in_active_language()


class AxesConfig(AxesAppConfig):
    """django-axes, titled 登录记录 on the admin index: the package's own title is its name, "Axes"."""

    verbose_name = _("登录记录")
