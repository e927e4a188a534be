"""Two money metrics of a fund the extraction now reads, with their variants: what one investor commits to it
(湖北省投资引导基金认缴7.5亿元, 其中引导基金出资2亿元) and its first close (首期规模6亿元).

Both were dropped, having no metric, or read as a park's or a project's investment. Rows frozen here, copied from
loaders/extract/tables/metrics.py, as 0016 to 0018 did.
"""
from django.db import migrations

METRICS = [
    ('fund_commitment', '基金认缴出资', 'fund commitment', 'money', 'reported', "What one investor commits to a fund (认缴, 出资), as against the fund's whole size."),
    ('fund_commitment_target', '基金认缴出资(目标)', 'fund commitment (target)', 'money', 'target', "A goal, not an achieved figure (争取, 力争, 目标, 到…年): What one investor commits to a fund (认缴, 出资), as against the fund's whole size."),
    ('fund_commitment_cumulative', '基金认缴出资(累计)', 'fund commitment (cumulative)', 'money', 'cumulative', "A total over several periods (累计, N年来): What one investor commits to a fund (认缴, 出资), as against the fund's whole size."),
    ('fund_first_close', '基金首期规模', 'fund first close', 'money', 'reported', "The size of a fund's first close (首期规模), as against its whole size."),
    ('fund_first_close_target', '基金首期规模(目标)', 'fund first close (target)', 'money', 'target', "A goal, not an achieved figure (争取, 力争, 目标, 到…年): The size of a fund's first close (首期规模), as against its whole size."),
    ('fund_first_close_cumulative', '基金首期规模(累计)', 'fund first close (cumulative)', 'money', 'cumulative', "A total over several periods (累计, N年来): The size of a fund's first close (首期规模), as against its whole size."),
]


def add_metrics(apps, schema_editor):
    Metric = apps.get_model("projects", "Metric")
    for code, label_zh, label_en, unit, kind, description in METRICS:
        Metric.objects.update_or_create(code=code, defaults={
            "label_zh": label_zh, "label_en": label_en, "unit": unit, "kind": kind, "description": description})


def remove_metrics(apps, schema_editor):
    apps.get_model("projects", "Metric").objects.filter(code__in=[row[0] for row in METRICS]).delete()


class Migration(migrations.Migration):
    dependencies = [("projects", "0018_loans_metric")]

    operations = [migrations.RunPython(add_metrics, remove_metrics)]
