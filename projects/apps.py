"""App config for projects: investment projects, funds and reported figures (facts)."""
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "projects"
    verbose_name = _("项目、基金与数据")
