"""report_load_runs.report without the server's file paths: each file by its base name, no list of arguments.

load_seeds keeps the paths it was given (possibly absolute, naming the server's folders) in the run's
report; analysts see the same report with every file reduced to its base name, like report_articles.
Same columns and types, so CREATE OR REPLACE keeps the grants and other comments.
"""
import importlib

from django.db import migrations

from analytics.dbcomments import literal

previous = importlib.import_module("analytics.migrations.0002_analyst_views")

OLD_REPORT = "COALESCE(r.report, '{}'::jsonb) AS report"
# 'paths' (the command's arguments) goes; each files[].path keeps only what follows the last / or \.
NEW_REPORT = r"""(COALESCE(r.report, '{}'::jsonb) - 'paths'
                || CASE WHEN jsonb_typeof(r.report -> 'files') = 'array' THEN jsonb_build_object('files',
                     (SELECT COALESCE(jsonb_agg(CASE WHEN jsonb_typeof(f.item -> 'path') = 'string'
                                                     THEN jsonb_set(f.item, '{path}',
                                                          to_jsonb(regexp_replace(f.item ->> 'path', '^.*[/\\]', '')))
                                                     ELSE f.item END ORDER BY f.n), '[]'::jsonb)
                        FROM jsonb_array_elements(r.report -> 'files') WITH ORDINALITY AS f(item, n)))
                   ELSE '{}'::jsonb END) AS report"""
COMMENT = ("The run's report as load_seeds --json prints it (per-file outcome, warnings), with each file's path "
           "reduced to its base name and the list of paths given left out; jsonb, never NULL.")


def definition(*, without_paths: bool) -> list[str]:
    sql = previous.VIEWS["report_load_runs"]
    assert OLD_REPORT in sql
    if without_paths:
        sql = sql.replace(OLD_REPORT, NEW_REPORT)
    comment = COMMENT if without_paths else previous.COMMENTS["report_load_runs"][1]["report"]
    return [f"CREATE OR REPLACE VIEW public.report_load_runs AS {sql};",
            f"COMMENT ON COLUMN public.report_load_runs.report IS {literal(comment)};"]


class Migration(migrations.Migration):
    dependencies = [("analytics", "0004_article_count_counts_stories")]

    operations = [
        migrations.RunSQL(sql=definition(without_paths=True), reverse_sql=definition(without_paths=False)),
    ]
