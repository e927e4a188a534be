"""Two metrics with their variants. Projects completed or put into production (竣工投产项目22个), a count of its own:
such counts were stored as the bare `projects`, which says nothing of their stage. A firm's registered capital
(注册资本4000万欧元): it was stored as planned investment, or given another clause's measure. Rows frozen here, copied
from loaders/extract/tables/metrics.py, as 0016 to 0021 did.
"""
from django.db import migrations

METRICS = [
    ('registered_capital', '注册资本', 'registered capital', 'money', 'reported', "A firm's registered capital (注册资本, 注册资金), as against what it or its project invests."),
    ('registered_capital_target', '注册资本(目标)', 'registered capital (target)', 'money', 'target', "A goal, not an achieved figure (争取, 力争, 目标, 到…年): A firm's registered capital (注册资本, 注册资金), as against what it or its project invests."),
    ('registered_capital_cumulative', '注册资本(累计)', 'registered capital (cumulative)', 'money', 'cumulative', "A total over several periods (累计, N年来): A firm's registered capital (注册资本, 注册资金), as against what it or its project invests."),
    ('projects_completed', '竣工项目数', 'projects completed', 'count', 'reported', 'Projects completed or put into production (竣工, 建成, 投产).'),
    ('projects_completed_target', '竣工项目数(目标)', 'projects completed (target)', 'count', 'target', 'A goal, not an achieved figure (争取, 力争, 目标, 到…年): Projects completed or put into production (竣工, 建成, 投产).'),
    ('projects_completed_cumulative', '竣工项目数(累计)', 'projects completed (cumulative)', 'count', 'cumulative', 'A total over several periods (累计, N年来): Projects completed or put into production (竣工, 建成, 投产).'),
]


def add_metrics(apps, schema_editor):
    Metric = apps.get_model("projects", "Metric")
    for code, label_zh, label_en, unit, kind, description in METRICS:
        Metric.objects.update_or_create(code=code, defaults={
            "label_zh": label_zh, "label_en": label_en, "unit": unit, "kind": kind, "description": description})


def remove_metrics(apps, schema_editor):
    apps.get_model("projects", "Metric").objects.filter(code__in=[row[0] for row in METRICS]).delete()


class Migration(migrations.Migration):
    dependencies = [("projects", "0021_average_growth_metric")]

    operations = [migrations.RunPython(add_metrics, remove_metrics)]
