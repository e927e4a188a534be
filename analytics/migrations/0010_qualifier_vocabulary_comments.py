"""The report views' qualifier columns say what the five stored qualifiers mean (as projects 0008 does for
the tables): 以上 and 不少于 are 超, 多 is 余, and the wording stays in value_text / investment_text.

Only comments change; the files in analytics/sql/ carry the new text for any later re-creation.
"""
from django.db import migrations

COMMENTS = [('report_facts', 'qualifier', 'Qualifier written with the figure: 约, 超, 余, 近, 突破, 以上, 多 ...; NULL when exact.', 'one of 约 (about), 超 (more than or at least: 超过, 逾, 以上, 不少于), 余 (and more: 余, 多), 近 (nearly, under: 近, 不足), 突破 (past); NULL when exact; the wording as written is in value_text.'), ('report_fact_series', 'qualifier', '约, 超, 余, 近, 突破, 以上, 多 ...; NULL when exact.', 'one of 约 (about), 超 (more than or at least: 超过, 逾, 以上, 不少于), 余 (and more: 余, 多), 近 (nearly, under: 近, 不足), 突破 (past); NULL when exact; the wording as written is in value_text.'), ('report_park_figures', 'qualifier', '约, 超, 余, 近, 突破, 以上, 多 ...; NULL when exact.', 'one of 约 (about), 超 (more than or at least: 超过, 逾, 以上, 不少于), 余 (and more: 余, 多), 近 (nearly, under: 近, 不足), 突破 (past); NULL when exact; the wording as written is in value_text.'), ('report_projects', 'investment_qualifier', 'Qualifier written with the amount: 约, 超, 余, 近, 突破, 以上, 多 ...; NULL when the amount is exact.', 'one of 约 (about), 超 (more than or at least: 超过, 逾, 以上, 不少于), 余 (and more: 余, 多), 近 (nearly, under: 近, 不足), 突破 (past); NULL when exact; the wording as written is in investment_text.')]


def literal(text: str) -> str:
    return "'" + "''".join(text.split("'")) + "'"  # quotes doubled


def sql(*, new: bool) -> list[str]:
    return [f"COMMENT ON COLUMN public.{view}.{column} IS {literal(n if new else o)};" for view, column, o, n in COMMENTS]


class Migration(migrations.Migration):
    dependencies = [("analytics", "0009_database_without_jit"), ("projects", "0008_qualifier_vocabulary_comments")]

    operations = [migrations.RunSQL(sql=sql(new=True), reverse_sql=sql(new=False))]
