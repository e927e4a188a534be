"""Two money metrics the extraction now reads: exports alone (出口, 出口创汇) and foreign investment agreed in
contracts (合同外资, 合同利用外资), with their variants.

A park's exports were dropped (no metric: only 进出口 had one), and contracted foreign investment was stored as
foreign investment used. Rows frozen here, copied from loaders/extract/tables/metrics.py, as 0015 and 0016 did.
"""
from django.db import migrations

METRICS = [
    ('exports', '出口额', 'exports', 'money', 'reported', 'Exports alone (出口, 出口创汇, 出口额), as against 进出口.'),
    ('exports_target', '出口额(目标)', 'exports (target)', 'money', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Exports alone (出口, 出口创汇, 出口额), as against 进出口.'),
    ('exports_cumulative', '出口额(累计)', 'exports (cumulative)', 'money', 'cumulative', 'A total over several periods (累计, N年来): Exports alone (出口, 出口创汇, 出口额), as against 进出口.'),
    ('fdi_contracted', '合同外资', 'foreign investment contracted', 'money', 'reported', 'Foreign investment agreed in contracts (合同外资, 合同利用外资), as against what arrived.'),
    ('fdi_contracted_target', '合同外资(目标)', 'foreign investment contracted (target)', 'money', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Foreign investment agreed in contracts (合同外资, 合同利用外资), as against what arrived.'),
    ('fdi_contracted_cumulative', '合同外资(累计)', 'foreign investment contracted (cumulative)', 'money', 'cumulative', 'A total over several periods (累计, N年来): Foreign investment agreed in contracts (合同外资, 合同利用外资), as against what arrived.'),
]


def add_metrics(apps, schema_editor):
    Metric = apps.get_model("projects", "Metric")
    for code, label_zh, label_en, unit, kind, description in METRICS:
        Metric.objects.update_or_create(code=code, defaults={
            "label_zh": label_zh, "label_en": label_en, "unit": unit, "kind": kind, "description": description})


def remove_metrics(apps, schema_editor):
    apps.get_model("projects", "Metric").objects.filter(code__in=[row[0] for row in METRICS]).delete()


class Migration(migrations.Migration):
    dependencies = [("projects", "0016_profit_rd_fiscal_metrics")]

    operations = [migrations.RunPython(add_metrics, remove_metrics)]
