"""App config for projects: investment projects, funds and reported figures (facts)."""
from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def refill_metric_vocabulary(sender, using="default", **kwargs) -> None:
    """Put the metric vocabulary back when a flush emptied it (the test runner's, `manage.py flush`).

    Migrations insert the vocabulary (projects.0005 and later); a flush deletes every row of every table,
    vocabulary included, then emits post_migrate. On a migrated database the table is never empty, so
    this does nothing there.
    """
    from loaders.extract.tables.metrics import METRICS
    from projects.models import Metric

    from django.db import connections

    if Metric._meta.db_table not in connections[using].introspection.table_names():
        return  # migrated to a state before the vocabulary existed
    if Metric.objects.using(using).exists():
        return
    Metric.objects.using(using).bulk_create(
        [Metric(code=m.code, label_zh=m.label_zh, label_en=m.label_en, unit=m.unit, kind=m.kind,
                description=m.description) for m in METRICS.values()],
        ignore_conflicts=True)


class ProjectsConfig(AppConfig):
    name = "projects"
    verbose_name = _("项目、基金与数据")

    def ready(self) -> None:
        post_migrate.connect(refill_metric_vocabulary, sender=self)
