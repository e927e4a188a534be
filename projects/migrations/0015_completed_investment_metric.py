"""The completed-investment metric the extraction now reads (已完成投资, 累计完成投资), with its variants.

Money a park's projects have already spent is not money planned: it was read as planned_investment. Rows
frozen here, copied from loaders/extract/tables/metrics.py, as 0005, 0007, 0009 and 0011 did.
"""
from django.db import migrations

METRICS = [
    ('completed_investment', '完成投资', 'investment completed', 'money', 'reported', "Investment the park's projects have already spent (完成投资, 已完成投资), as against what they plan."),
    ('completed_investment_target', '完成投资(目标)', 'investment completed (target)', 'money', 'target', "A goal, not an achieved figure (争取, 力争, 目标, 到…年): Investment the park's projects have already spent (完成投资, 已完成投资), as against what they plan."),
    ('completed_investment_cumulative', '完成投资(累计)', 'investment completed (cumulative)', 'money', 'cumulative', "A total over several periods (累计, N年来): Investment the park's projects have already spent (完成投资, 已完成投资), as against what they plan."),
]


def add_metrics(apps, schema_editor):
    Metric = apps.get_model("projects", "Metric")
    for code, label_zh, label_en, unit, kind, description in METRICS:
        Metric.objects.update_or_create(code=code, defaults={
            "label_zh": label_zh, "label_en": label_en, "unit": unit, "kind": kind, "description": description})


def remove_metrics(apps, schema_editor):
    apps.get_model("projects", "Metric").objects.filter(code__in=[row[0] for row in METRICS]).delete()


class Migration(migrations.Migration):
    dependencies = [("projects", "0014_fact_metric_order")]

    operations = [migrations.RunPython(add_metrics, remove_metrics)]
