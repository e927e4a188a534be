"""Projects completed or put into production (竣工投产项目22个), a count of its own, with its variants: such counts
were stored as the bare `projects`, which says nothing of their stage. Rows frozen here, copied from
loaders/extract/tables/metrics.py, as 0016 to 0021 did.
"""
from django.db import migrations

METRICS = [
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
