"""Two ratios. A park's occupancy (出租率达99%, 入驻率73%) and the share of a year's listed projects started or
resumed (开复工率83%): both were left unread, as no growth rate. Rows frozen here, copied from
loaders/extract/tables/metrics.py, as 0016 to 0022 did. Ratios have no target or cumulative variants.
"""
from django.db import migrations

METRICS = [
    ('occupancy_ratio', '出租率', 'occupancy rate', 'ratio', 'ratio', "The share of a park's or its buildings' space let or taken up by firms (出租率, 入驻率), as a ratio (出租率达99% = 0.99)."),
    ('start_ratio', '开工率', 'start rate', 'ratio', 'ratio', "The share of a year's listed projects started or resumed (开复工率, 开工率), as a ratio (开复工率83% = 0.83)."),
]


def add_metrics(apps, schema_editor):
    Metric = apps.get_model("projects", "Metric")
    for code, label_zh, label_en, unit, kind, description in METRICS:
        Metric.objects.update_or_create(code=code, defaults={
            "label_zh": label_zh, "label_en": label_en, "unit": unit, "kind": kind, "description": description})


def remove_metrics(apps, schema_editor):
    apps.get_model("projects", "Metric").objects.filter(code__in=[row[0] for row in METRICS]).delete()


class Migration(migrations.Migration):
    dependencies = [("projects", "0022_projects_completed_registered_capital_metrics")]

    operations = [migrations.RunPython(add_metrics, remove_metrics)]
