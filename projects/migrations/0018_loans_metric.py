"""A money metric the extraction now reads: bank loans granted or approved (贷款, 授信), with its variants.

A loan to a project (向X项目投放首笔贷款1.5亿元) was dropped, having no metric, or read as investment. Rows frozen
here, copied from loaders/extract/tables/metrics.py, as 0016 and 0017 did.
"""
from django.db import migrations

METRICS = [
    ('loans', '贷款', 'loans', 'money', 'reported', 'Bank loans granted or approved for a project or a park (贷款, 授信, 信贷), as against investment.'),
    ('loans_target', '贷款(目标)', 'loans (target)', 'money', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Bank loans granted or approved for a project or a park (贷款, 授信, 信贷), as against investment.'),
    ('loans_cumulative', '贷款(累计)', 'loans (cumulative)', 'money', 'cumulative', 'A total over several periods (累计, N年来): Bank loans granted or approved for a project or a park (贷款, 授信, 信贷), as against investment.'),
]


def add_metrics(apps, schema_editor):
    Metric = apps.get_model("projects", "Metric")
    for code, label_zh, label_en, unit, kind, description in METRICS:
        Metric.objects.update_or_create(code=code, defaults={
            "label_zh": label_zh, "label_en": label_en, "unit": unit, "kind": kind, "description": description})


def remove_metrics(apps, schema_editor):
    apps.get_model("projects", "Metric").objects.filter(code__in=[row[0] for row in METRICS]).delete()


class Migration(migrations.Migration):
    dependencies = [("projects", "0017_exports_contracted_fdi_metrics")]

    operations = [migrations.RunPython(add_metrics, remove_metrics)]
