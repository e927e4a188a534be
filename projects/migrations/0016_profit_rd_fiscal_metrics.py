"""Three money metrics the extraction now reads: profit (利润总额), R&D spending (研发经费支出) and an area's
fiscal revenue (财政收入, 财政税收收入), with their variants.

A park's profit and R&D spending were dropped (no metric), and fiscal revenue was read as tax or as revenue.
Rows frozen here, copied from loaders/extract/tables/metrics.py, as 0005, 0007, 0009, 0011 and 0015 did.
"""
from django.db import migrations

METRICS = [
    ('total_profit', '利润总额', 'total profit', 'money', 'reported', 'Profit before tax (利润总额, 利润).'),
    ('total_profit_target', '利润总额(目标)', 'total profit (target)', 'money', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Profit before tax (利润总额, 利润).'),
    ('total_profit_cumulative', '利润总额(累计)', 'total profit (cumulative)', 'money', 'cumulative', 'A total over several periods (累计, N年来): Profit before tax (利润总额, 利润).'),
    ('rd_spending', '研发经费', 'R&D spending', 'money', 'reported', 'Money spent on research and development (研发经费支出, 研发投入).'),
    ('rd_spending_target', '研发经费(目标)', 'R&D spending (target)', 'money', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Money spent on research and development (研发经费支出, 研发投入).'),
    ('rd_spending_cumulative', '研发经费(累计)', 'R&D spending (cumulative)', 'money', 'cumulative', 'A total over several periods (累计, N年来): Money spent on research and development (研发经费支出, 研发投入).'),
    ('fiscal_revenue', '财政收入', 'fiscal revenue', 'money', 'reported', 'Government revenue an area collects (财政收入, 财政税收收入, 一般公共预算收入).'),
    ('fiscal_revenue_target', '财政收入(目标)', 'fiscal revenue (target)', 'money', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Government revenue an area collects (财政收入, 财政税收收入, 一般公共预算收入).'),
    ('fiscal_revenue_cumulative', '财政收入(累计)', 'fiscal revenue (cumulative)', 'money', 'cumulative', 'A total over several periods (累计, N年来): Government revenue an area collects (财政收入, 财政税收收入, 一般公共预算收入).'),
]


def add_metrics(apps, schema_editor):
    Metric = apps.get_model("projects", "Metric")
    for code, label_zh, label_en, unit, kind, description in METRICS:
        Metric.objects.update_or_create(code=code, defaults={
            "label_zh": label_zh, "label_en": label_en, "unit": unit, "kind": kind, "description": description})


def remove_metrics(apps, schema_editor):
    apps.get_model("projects", "Metric").objects.filter(code__in=[row[0] for row in METRICS]).delete()


class Migration(migrations.Migration):
    dependencies = [("projects", "0015_completed_investment_metric")]

    operations = [migrations.RunPython(add_metrics, remove_metrics)]
