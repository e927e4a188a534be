"""The value-added metric the extraction now reads (增加值, 工业增加值), with its variants.

Rows frozen here, copied from loaders/extract/tables/metrics.py, as 0005 and 0007 did.
"""
from django.db import migrations

METRICS = [
    ('value_added', '增加值', 'value added', 'money', 'reported', 'Value added (增加值, 工业增加值).'),
    ('value_added_target', '增加值(目标)', 'value added (target)', 'money', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Value added (增加值, 工业增加值).'),
    ('value_added_cumulative', '增加值(累计)', 'value added (cumulative)', 'money', 'cumulative', 'A total over several periods (累计, N年来): Value added (增加值, 工业增加值).'),
]


def add_metrics(apps, schema_editor):
    Metric = apps.get_model("projects", "Metric")
    for code, label_zh, label_en, unit, kind, description in METRICS:
        Metric.objects.update_or_create(code=code, defaults={
            "label_zh": label_zh, "label_en": label_en, "unit": unit, "kind": kind, "description": description})


def remove_metrics(apps, schema_editor):
    apps.get_model("projects", "Metric").objects.filter(code__in=[row[0] for row in METRICS]).delete()


class Migration(migrations.Migration):
    dependencies = [("projects", "0008_qualifier_vocabulary_comments")]

    operations = [migrations.RunPython(add_metrics, remove_metrics)]
