"""article_count counts stories: editions of one story (duplicate_of) are one article, never two.

Same columns and types; only the count changes, so CREATE OR REPLACE keeps the views' comments.
"""
import importlib

from django.db import migrations

contract = importlib.import_module("loaders.migrations.0002_report_views")

OLD = """(SELECT count(DISTINCT e.article_id) FROM loaders_evidence e
                    WHERE e.entity_type = '{kind}' AND e.entity_id = {alias}.id)::bigint AS article_count"""
NEW = """(SELECT count(DISTINCT COALESCE(a.duplicate_of_id, a.id))
                      FROM loaders_evidence e JOIN loaders_sourcearticle a ON a.id = e.article_id
                    WHERE e.entity_type = '{kind}' AND e.entity_id = {alias}.id)::bigint AS article_count"""
COUNTED = {"report_parks": ("park", "p"), "report_companies": ("company", "c"),
           "report_projects": ("project", "pr"), "report_funds": ("fund", "f")}
COMMENT = ("Number of stories with evidence for the {noun}: distinct articles, where editions of one "
           "story (linked by duplicate_of) count once.")
NOUNS = {"report_parks": "park", "report_companies": "company", "report_projects": "project", "report_funds": "fund"}


def definitions(*, stories: bool) -> list[str]:
    statements = []
    for view, (kind, alias) in COUNTED.items():
        sql = contract.VIEWS[view]
        if stories:
            before = OLD.format(kind=kind, alias=alias)
            assert before in sql, view
            sql = sql.replace(before, NEW.format(kind=kind, alias=alias))
        statements.append(f"CREATE OR REPLACE VIEW public.{view} AS {sql};")
    return statements


def comments() -> list[str]:
    return [f"COMMENT ON COLUMN public.{view}.article_count IS '{COMMENT.format(noun=noun)}';"
            for view, noun in NOUNS.items()]


class Migration(migrations.Migration):
    dependencies = [("analytics", "0003_admin_entries"), ("loaders", "0003_sentence_numbers")]

    operations = [
        migrations.RunSQL(sql=definitions(stories=True) + comments(), reverse_sql=definitions(stories=False)),
    ]
