"""The analyst contract: the report_* views of DESIGN.md, with exactly its columns and types.

Rejected records are left out of every view but report_evidence. Arrays are text[] and never NULL.
"""
from django.db import migrations

ARTICLE_COUNT = """(SELECT count(DISTINCT e.article_id) FROM loaders_evidence e
                    WHERE e.entity_type = '{kind}' AND e.entity_id = {alias}.id)::bigint AS article_count"""

VIEWS = {
    "report_articles": """
        SELECT a.id AS article_id, a.file_name::text AS file_name, a.sha256::text AS sha256,
               NULLIF(a.title, '')::text AS title, NULLIF(a.outlet, '')::text AS outlet,
               a.published_on, a.char_count::integer AS char_count, a.duplicate_of_id
        FROM loaders_sourcearticle a
    """,
    "report_parks": f"""
        SELECT p.id AS park_id, p.name::text AS name, p.aliases::text[] AS aliases,
               NULLIF(p.city, '')::text AS city, NULLIF(p.district, '')::text AS district,
               NULLIF(p.kind, '')::text AS kind, p.parent_id AS parent_park_id,
               p.review_status::text AS review_status,
               {ARTICLE_COUNT.format(kind="park", alias="p")}
        FROM parks_park p
        WHERE p.review_status <> 'rejected'
    """,
    "report_companies": f"""
        SELECT c.id AS company_id, c.name::text AS name, c.aliases::text[] AS aliases, c.kind::text AS kind,
               COALESCE((SELECT array_agg(p.name::text ORDER BY p.name)
                         FROM parks_company_parks cp JOIN parks_park p ON p.id = cp.park_id
                         WHERE cp.company_id = c.id AND p.review_status <> 'rejected'), '{{}}')::text[] AS park_names,
               c.review_status::text AS review_status,
               {ARTICLE_COUNT.format(kind="company", alias="c")}
        FROM parks_company c
        WHERE c.review_status <> 'rejected'
    """,
    "report_projects": f"""
        SELECT pr.id AS project_id, pr.name::text AS name, pr.aliases::text[] AS aliases,
               pa.id AS park_id, pa.name::text AS park_name,
               COALESCE((SELECT array_agg(c.name::text ORDER BY c.name)
                         FROM projects_project_companies pc JOIN parks_company c ON c.id = pc.company_id
                         WHERE pc.project_id = pr.id AND c.review_status <> 'rejected'), '{{}}')::text[] AS company_names,
               (CASE WHEN pr.investment_currency IN ('', 'cny') THEN pr.investment_cny END)::numeric AS investment_cny,
               NULLIF(pr.investment_currency, '')::text AS investment_currency,
               NULLIF(pr.investment_qualifier, '')::text AS investment_qualifier,
               NULLIF(pr.investment_text, '')::text AS investment_text,
               NULLIF(pr.phase, '')::text AS phase, NULLIF(pr.status, '')::text AS status,
               pr.review_status::text AS review_status,
               {ARTICLE_COUNT.format(kind="project", alias="pr")}
        FROM projects_project pr
        LEFT JOIN parks_park pa ON pa.id = pr.park_id AND pa.review_status <> 'rejected'
        WHERE pr.review_status <> 'rejected'
    """,
    "report_funds": f"""
        SELECT f.id AS fund_id, f.name::text AS name, f.aliases::text[] AS aliases,
               pa.id AS park_id, pa.name::text AS park_name,
               f.size_cny::numeric AS size_cny, f.paid_in_cny::numeric AS paid_in_cny,
               f.invested_cny::numeric AS invested_cny,
               f.review_status::text AS review_status,
               {ARTICLE_COUNT.format(kind="fund", alias="f")}
        FROM projects_fund f
        LEFT JOIN parks_park pa ON pa.id = f.park_id AND pa.review_status <> 'rejected'
        WHERE f.review_status <> 'rejected'
    """,
    "report_facts": """
        SELECT f.id AS fact_id, f.subject_type::text AS subject_type, f.subject_id,
               COALESCE(CASE f.subject_type
                   WHEN 'park' THEN (SELECT name FROM parks_park WHERE id = f.subject_id)
                   WHEN 'park_group' THEN (SELECT name FROM parks_parkgroup WHERE id = f.subject_id)
                   WHEN 'company' THEN (SELECT name FROM parks_company WHERE id = f.subject_id)
                   WHEN 'project' THEN (SELECT name FROM projects_project WHERE id = f.subject_id)
                   WHEN 'fund' THEN (SELECT name FROM projects_fund WHERE id = f.subject_id)
               END, f.subject_name)::text AS subject_name,
               f.metric::text AS metric, f.value::numeric AS value, f.unit::text AS unit,
               NULLIF(f.qualifier, '')::text AS qualifier, NULLIF(f.value_text, '')::text AS value_text,
               f.as_of, NULLIF(f.as_of_text, '')::text AS as_of_text, f.has_conflict,
               f.review_status::text AS review_status,
               f.article_id, a.file_name::text AS article_file,
               (SELECT e.quote FROM loaders_evidence e
                 WHERE e.entity_type = 'fact' AND e.entity_id = f.id AND e.article_id = f.article_id
                 ORDER BY e.start_offset LIMIT 1)::text AS quote
        FROM projects_fact f
        LEFT JOIN loaders_sourcearticle a ON a.id = f.article_id
        WHERE f.review_status <> 'rejected'
    """,
    "report_evidence": """
        SELECT e.entity_type::text AS entity_type, e.entity_id, e.field::text AS field,
               e.article_id, a.file_name::text AS article_file,
               e.start_offset::integer AS start_offset, e.end_offset::integer AS end_offset, e.quote::text AS quote
        FROM loaders_evidence e
        JOIN loaders_sourcearticle a ON a.id = e.article_id
    """,
}


def create_sql() -> list[str]:
    return [f"CREATE VIEW public.{name} AS {sql};" for name, sql in VIEWS.items()]


def drop_sql() -> list[str]:
    return [f"DROP VIEW IF EXISTS public.{name};" for name in VIEWS]


class Migration(migrations.Migration):
    dependencies = [
        ("loaders", "0001_initial"),
        ("parks", "0001_initial"),
        ("projects", "0001_initial"),
    ]

    operations = [migrations.RunSQL(sql=create_sql(), reverse_sql=drop_sql())]
