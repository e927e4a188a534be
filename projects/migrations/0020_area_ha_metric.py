"""Areas in hectares (公顷), as written: a unit code `ha` and the metric area_ha (批准面积由原有的133.3公顷拓展至594.44
公顷). Such areas were dropped, having no metric; they are stored as written, never converted. The unit columns'
comments name the new code (COMMENT ON COLUMN only: the report views read these columns, so no ALTER COLUMN is
issued, as 0008 did); the metric row is frozen here, copied from loaders/extract/tables/metrics.py.
"""
from django.db import migrations, models

FACT_OLD = "the currency for money (cny, usd ...), else mu, m2, km2, count or ratio"
FACT_NEW = "the currency for money (cny, usd ...), else mu, m2, km2, ha, count or ratio"
METRIC_OLD = "money (the fact's unit is its currency), count, mu, m2, km2 or ratio"
METRIC_NEW = "money (the fact's unit is its currency), count, mu, m2, km2, ha or ratio"
COLUMNS = [("fact", FACT_OLD, FACT_NEW), ("historicalfact", FACT_OLD, FACT_NEW), ("metric", METRIC_OLD, METRIC_NEW)]

METRICS = [
    ("area_ha", "面积(公顷)", "area (ha)", "ha", "reported", "Area in hectares (公顷), as written; never converted."),
]


def literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def comments(*, old: bool) -> list[str]:
    return [f'COMMENT ON COLUMN "projects_{model}"."unit" IS {literal(o if old else n)};' for model, o, n in COLUMNS]


def add_metrics(apps, schema_editor):
    Metric = apps.get_model("projects", "Metric")
    for code, label_zh, label_en, unit, kind, description in METRICS:
        Metric.objects.update_or_create(code=code, defaults={
            "label_zh": label_zh, "label_en": label_en, "unit": unit, "kind": kind, "description": description})


def remove_metrics(apps, schema_editor):
    apps.get_model("projects", "Metric").objects.filter(code__in=[row[0] for row in METRICS]).delete()


class Migration(migrations.Migration):
    dependencies = [("projects", "0019_fund_commitment_first_close_metrics")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.AlterField(model_name=model, name="unit", field=models.CharField(
                db_comment=new, max_length=10, verbose_name="单位")) for model, _, new in COLUMNS],
            database_operations=[migrations.RunSQL(sql=comments(old=False), reverse_sql=comments(old=True))],
        ),
        migrations.RunPython(add_metrics, remove_metrics),
    ]
