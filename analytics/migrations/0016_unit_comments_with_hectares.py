"""The report views' unit columns name the hectare code `ha` (projects 0020 adds it, with the metric area_ha).

Only comments change; the files in analytics/sql/ carry the new text for any later re-creation.
"""
from django.db import migrations

COMMENTS = [
    ("report_facts", "unit",
     "Unit code: the currency for money (cny, usd, twd ...; never converted), mu (亩), m2, km2, count, ratio.",
     "Unit code: the currency for money (cny, usd, twd ...; never converted), mu (亩), m2, km2, ha (公顷), count, ratio."),
    ("report_fact_series", "unit", "Unit code: the currency for money (cny, usd ...), mu, m2, km2, count, ratio.",
     "Unit code: the currency for money (cny, usd ...), mu, m2, km2, ha, count, ratio."),
    ("report_metrics", "unit",
     "What values are measured in: money (each fact's unit is its currency: cny, usd ...), count, mu, m2, km2 or ratio.",
     "What values are measured in: money (each fact's unit is its currency: cny, usd ...), count, mu, m2, km2, ha or ratio."),
    ("report_park_figures", "unit", "Unit code: the currency for money (cny, usd ...), mu, m2, km2, count, ratio.",
     "Unit code: the currency for money (cny, usd ...), mu, m2, km2, ha, count, ratio."),
]


def literal(text: str) -> str:
    return "'" + "''".join(text.split("'")) + "'"  # quotes doubled


def sql(*, new: bool) -> list[str]:
    return [f"COMMENT ON COLUMN public.{view}.{column} IS {literal(n if new else o)};" for view, column, o, n in COMMENTS]


class Migration(migrations.Migration):
    dependencies = [("analytics", "0015_conflict_pairs_generic_plan"), ("projects", "0020_area_ha_metric")]

    operations = [migrations.RunSQL(sql=sql(new=True), reverse_sql=sql(new=False))]
