"""The investment-in-place metric the extraction now reads (到位资金, 招商引资到位资金), with its variants.

Money that has arrived is not money planned: it was read as planned_investment. Rows frozen here, copied
from loaders/extract/tables/metrics.py, as 0005, 0007 and 0009 did.
"""
from django.db import migrations

METRICS = [
    ('investment_in_place', '到位资金', 'investment in place', 'money', 'reported', 'Investment actually arrived from the projects brought in (到位资金, 资金到位, 招商引资到位).'),
    ('investment_in_place_target', '到位资金(目标)', 'investment in place (target)', 'money', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Investment actually arrived from the projects brought in (到位资金, 资金到位, 招商引资到位).'),
    ('investment_in_place_cumulative', '到位资金(累计)', 'investment in place (cumulative)', 'money', 'cumulative', 'A total over several periods (累计, N年来): Investment actually arrived from the projects brought in (到位资金, 资金到位, 招商引资到位).'),
]


def add_metrics(apps, schema_editor):
    Metric = apps.get_model("projects", "Metric")
    for code, label_zh, label_en, unit, kind, description in METRICS:
        Metric.objects.update_or_create(code=code, defaults={
            "label_zh": label_zh, "label_en": label_en, "unit": unit, "kind": kind, "description": description})


def remove_metrics(apps, schema_editor):
    apps.get_model("projects", "Metric").objects.filter(code__in=[row[0] for row in METRICS]).delete()


class Migration(migrations.Migration):
    dependencies = [("projects", "0010_fact_value_index")]

    operations = [migrations.RunPython(add_metrics, remove_metrics)]
