"""One ratio more: what part of a whole a subject's figure is (占全省工业投资的64.3%, 高新技术产业占比超过98%). Such
shares were left unread, as no growth rate. The row is frozen here, copied from loaders/extract/tables/metrics.py,
as 0016 to 0023 did. Ratios have no target or cumulative variants.
"""
from django.db import migrations

METRICS = [
    ('share_ratio', '占比', 'share', 'ratio', 'ratio', "What part of a whole the subject's figure is (占全省工业投资的64.3%, 高新技术产业占比超过98%), as a ratio; the whole is in the evidence."),
]


def add_metrics(apps, schema_editor):
    Metric = apps.get_model("projects", "Metric")
    for code, label_zh, label_en, unit, kind, description in METRICS:
        Metric.objects.update_or_create(code=code, defaults={
            "label_zh": label_zh, "label_en": label_en, "unit": unit, "kind": kind, "description": description})


def remove_metrics(apps, schema_editor):
    apps.get_model("projects", "Metric").objects.filter(code__in=[row[0] for row in METRICS]).delete()


class Migration(migrations.Migration):
    dependencies = [("projects", "0023_occupancy_and_start_ratio_metrics")]

    operations = [migrations.RunPython(add_metrics, remove_metrics)]
