"""App config for loaders: source articles, load runs, evidence, and the loading pipeline."""
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LoadersConfig(AppConfig):
    name = "loaders"
    verbose_name = _("来源与导入")
