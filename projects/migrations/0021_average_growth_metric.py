"""Average annual growth (年均增长7.5%), a rate of its own: such rates were stored as growth_ratio, which is one
year's growth (同比). The row is frozen here, copied from loaders/extract/tables/metrics.py, as 0016 to 0020 did.
"""
from django.db import migrations

METRICS = [
    ("average_growth_ratio", "年均增长率", "average annual growth rate", "ratio", "ratio",
     "Growth per year averaged over several years, as a ratio (年均增长7.5% = 0.075), as against one year's growth."),
]


def add_metrics(apps, schema_editor):
    Metric = apps.get_model("projects", "Metric")
    for code, label_zh, label_en, unit, kind, description in METRICS:
        Metric.objects.update_or_create(code=code, defaults={
            "label_zh": label_zh, "label_en": label_en, "unit": unit, "kind": kind, "description": description})


def remove_metrics(apps, schema_editor):
    apps.get_model("projects", "Metric").objects.filter(code__in=[row[0] for row in METRICS]).delete()


class Migration(migrations.Migration):
    dependencies = [("projects", "0020_area_ha_metric")]

    operations = [migrations.RunPython(add_metrics, remove_metrics)]
