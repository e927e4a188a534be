"""report_article_coverage counts each article's records on their own, so `LIMIT 100` reads 100 articles.

The first definition joined every evidence row of every article to every live record and grouped
the lot: a page of 100 rows cost the whole table (5-8 s at a million evidence rows). The same
counts taken per article in a LATERAL subquery, with a primary-key lookup per evidence row to
leave out rejected records, let PostgreSQL stop after the rows it returns.
Same columns, types and values, so CREATE OR REPLACE keeps the view's comments.
"""
import importlib

from django.db import migrations

views = importlib.import_module("analytics.migrations.0002_analyst_views")

TABLES = {"park": "parks_park", "park_group": "parks_parkgroup", "company": "parks_company",
          "project": "projects_project", "fund": "projects_fund", "fact": "projects_fact"}
LIVE_JOINS = "\n        ".join(
    f"LEFT JOIN {table} live_{kind} ON e.entity_type = '{kind}' AND live_{kind}.id = e.entity_id "
    f"AND live_{kind}.review_status <> 'rejected'"
    for kind, table in TABLES.items())
LIVE_ANY = " OR ".join(f"live_{kind}.id IS NOT NULL" for kind in TABLES)

PER_ARTICLE = f"""
    SELECT a.id AS article_id, a.file_name::text AS file_name, NULLIF(a.title, '')::text AS title,
           a.published_on, a.duplicate_of_id, COALESCE(a.duplicate_of_id, a.id) AS story_id,
           a.first_loaded_at, a.last_loaded_at,
           c.park_count, c.park_group_count, c.company_count, c.project_count, c.fund_count, c.fact_count,
           c.evidence_count,
           (SELECT count(*) FROM projects_fact f
             WHERE f.article_id = a.id AND f.review_status <> 'rejected')::bigint AS first_reported_fact_count
    FROM loaders_sourcearticle a
    CROSS JOIN LATERAL (
        SELECT count(DISTINCT e.entity_id) FILTER (WHERE e.entity_type = 'park' AND l.live)::bigint AS park_count,
               count(DISTINCT e.entity_id) FILTER (WHERE e.entity_type = 'park_group' AND l.live)::bigint
                   AS park_group_count,
               count(DISTINCT e.entity_id) FILTER (WHERE e.entity_type = 'company' AND l.live)::bigint AS company_count,
               count(DISTINCT e.entity_id) FILTER (WHERE e.entity_type = 'project' AND l.live)::bigint AS project_count,
               count(DISTINCT e.entity_id) FILTER (WHERE e.entity_type = 'fund' AND l.live)::bigint AS fund_count,
               count(DISTINCT e.entity_id) FILTER (WHERE e.entity_type = 'fact' AND l.live)::bigint AS fact_count,
               count(e.id) FILTER (WHERE l.live)::bigint AS evidence_count
        FROM loaders_evidence e
        -- Is the record live (not rejected)? At most one primary-key lookup an evidence row.
        {LIVE_JOINS}
        CROSS JOIN LATERAL (SELECT ({LIVE_ANY}) AS live) l
        WHERE e.article_id = a.id
    ) c
"""


class Migration(migrations.Migration):
    dependencies = [("analytics", "0004_article_count_counts_stories"), ("loaders", "0006_search_and_queue_indexes")]

    operations = [
        migrations.RunSQL(
            sql=f"CREATE OR REPLACE VIEW public.report_article_coverage AS {PER_ARTICLE};",
            reverse_sql=f"CREATE OR REPLACE VIEW public.report_article_coverage AS "
                        f"{views.VIEWS['report_article_coverage']};",
        ),
    ]
