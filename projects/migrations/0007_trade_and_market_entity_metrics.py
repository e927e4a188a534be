"""Two metrics the extraction now reads: 交易额 (transaction_value) and 经营主体 (market_entities), with variants.

Rows frozen here, copied from loaders/extract/tables/metrics.py, as 0005 did for the first vocabulary.
"""
from django.db import migrations

METRICS = [
    ('transaction_value', '交易额', 'transaction value', 'money', 'reported', 'Value of trade done in a market or logistics park (交易额, 成交额).'),
    ('transaction_value_target', '交易额(目标)', 'transaction value (target)', 'money', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Value of trade done in a market or logistics park (交易额, 成交额).'),
    ('transaction_value_cumulative', '交易额(累计)', 'transaction value (cumulative)', 'money', 'cumulative', 'A total over several periods (累计, N年来): Value of trade done in a market or logistics park (交易额, 成交额).'),
    ('market_entities', '经营主体数', 'market entities', 'count', 'reported', 'Registered market entities of every form, firms and sole traders (经营主体, 市场主体).'),
    ('market_entities_target', '经营主体数(目标)', 'market entities (target)', 'count', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Registered market entities of every form, firms and sole traders (经营主体, 市场主体).'),
    ('market_entities_cumulative', '经营主体数(累计)', 'market entities (cumulative)', 'count', 'cumulative', 'A total over several periods (累计, N年来): Registered market entities of every form, firms and sole traders (经营主体, 市场主体).'),
]


def add_metrics(apps, schema_editor):
    Metric = apps.get_model("projects", "Metric")
    for code, label_zh, label_en, unit, kind, description in METRICS:
        Metric.objects.update_or_create(code=code, defaults={
            "label_zh": label_zh, "label_en": label_en, "unit": unit, "kind": kind, "description": description})


def remove_metrics(apps, schema_editor):
    apps.get_model("projects", "Metric").objects.filter(code__in=[row[0] for row in METRICS]).delete()


class Migration(migrations.Migration):
    dependencies = [("projects", "0006_comments_for_currency_free_codes")]

    operations = [migrations.RunPython(add_metrics, remove_metrics)]
