"""Admin entries for the analysts' pages. No tables: each model only gives the admin index a link."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class Overview(models.Model):
    """The overview page: charts of what the database holds (analytics.admin.OverviewAdmin)."""

    class Meta:
        managed = False
        default_permissions = ("view",)
        verbose_name = _("概览图表")
        verbose_name_plural = _("概览图表")


class Report(models.Model):
    """CSV downloads of the report_* views (analytics.admin.ReportAdmin)."""

    class Meta:
        managed = False
        default_permissions = ("view",)
        verbose_name = _("报表下载 (CSV)")
        verbose_name_plural = _("报表下载 (CSV)")
