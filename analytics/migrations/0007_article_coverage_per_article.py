"""report_article_coverage counts each article's records on their own, so `LIMIT 100` reads 100 articles.

The definition from analytics/sql/ (0005) joined every evidence row of every article to live_records and
grouped the lot: a page of 100 rows cost the whole table (0.8-8 s at 1.3 million evidence rows). The
file now takes the same counts per article in a LATERAL subquery over the article's evidence (its
article_id index), with a primary-key probe into live_records a row. An earlier rewrite of this kind
(perf branch, analytics 0005_article_coverage_per_article) was lost when the views moved to files.

Same columns, types and values. The reverse puts back the grouped definition, kept here; CREATE OR
REPLACE keeps the comments, which are the same.
"""
from django.db import migrations

from analytics import views

GROUPED = """
CREATE OR REPLACE VIEW public.report_article_coverage AS
SELECT a.id AS article_id, a.file_name::text AS file_name, NULLIF(a.title, '')::text AS title,
       a.published_on, a.duplicate_of_id, COALESCE(a.duplicate_of_id, a.id) AS story_id,
       a.first_loaded_at, a.last_loaded_at,
       count(DISTINCT r.entity_id) FILTER (WHERE r.entity_type = 'park')::bigint AS park_count,
       count(DISTINCT r.entity_id) FILTER (WHERE r.entity_type = 'park_group')::bigint AS park_group_count,
       count(DISTINCT r.entity_id) FILTER (WHERE r.entity_type = 'company')::bigint AS company_count,
       count(DISTINCT r.entity_id) FILTER (WHERE r.entity_type = 'project')::bigint AS project_count,
       count(DISTINCT r.entity_id) FILTER (WHERE r.entity_type = 'fund')::bigint AS fund_count,
       count(DISTINCT r.entity_id) FILTER (WHERE r.entity_type = 'fact')::bigint AS fact_count,
       count(e.id) FILTER (WHERE r.entity_id IS NOT NULL)::bigint AS evidence_count,
       (SELECT count(*) FROM public.live_facts f WHERE f.article_id = a.id)::bigint AS first_reported_fact_count,
       (CASE WHEN a.published_on IS NOT NULL THEN COALESCE(NULLIF(a.published_precision, ''), 'day') END)::text
           AS published_precision
FROM loaders_sourcearticle a
LEFT JOIN loaders_evidence e ON e.article_id = a.id
LEFT JOIN public.live_records r ON r.entity_type = e.entity_type AND r.entity_id = e.entity_id
GROUP BY a.id;
"""


class Migration(migrations.Migration):
    dependencies = [("analytics", "0006_load_runs_without_paths")]

    operations = [
        migrations.RunSQL(sql=views.drop_sql() + views.apply_sql(),
                          reverse_sql=views.drop_sql() + views.apply_sql() + [GROUPED]),
    ]
