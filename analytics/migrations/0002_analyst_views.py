"""Views analysts asked for beyond the contract: park summaries, article coverage, load runs, conflicts, series.

They read the base tables, not the contract views, so a later migration may drop and re-create a contract
view without first dropping these. Like the contract views: rejected records are left out, arrays and
jsonb are never NULL, money is numeric yuan, and a story told in several editions (duplicate_of) is
counted once, as coalesce(duplicate_of_id, id).
"""
from django.db import migrations

from analytics.dbcomments import comment_sql

# Non-rejected curated records of every type, with the name analysts know them by.
LIVE_RECORDS = """
    SELECT 'park'::text AS entity_type, id AS entity_id, name::text AS name, review_status, source_lost,
           created_at, updated_at FROM parks_park WHERE review_status <> 'rejected'
    UNION ALL
    SELECT 'park_group', id, name, review_status, source_lost, created_at, updated_at
      FROM parks_parkgroup WHERE review_status <> 'rejected'
    UNION ALL
    SELECT 'company', id, name, review_status, source_lost, created_at, updated_at
      FROM parks_company WHERE review_status <> 'rejected'
    UNION ALL
    SELECT 'project', id, name, review_status, source_lost, created_at, updated_at
      FROM projects_project WHERE review_status <> 'rejected'
    UNION ALL
    SELECT 'fund', id, name, review_status, source_lost, created_at, updated_at
      FROM projects_fund WHERE review_status <> 'rejected'
    UNION ALL
    SELECT 'fact', id, subject_name || ' ' || metric, review_status, source_lost, created_at, updated_at
      FROM projects_fact WHERE review_status <> 'rejected'
"""

# Non-rejected facts with their subject's current name and their first article's date.
LIVE_FACTS = """
    SELECT f.*, COALESCE(CASE f.subject_type
               WHEN 'park' THEN (SELECT name FROM parks_park WHERE id = f.subject_id)
               WHEN 'park_group' THEN (SELECT name FROM parks_parkgroup WHERE id = f.subject_id)
               WHEN 'company' THEN (SELECT name FROM parks_company WHERE id = f.subject_id)
               WHEN 'project' THEN (SELECT name FROM projects_project WHERE id = f.subject_id)
               WHEN 'fund' THEN (SELECT name FROM projects_fund WHERE id = f.subject_id)
           END, f.subject_name)::text AS current_subject_name,
           a.file_name::text AS article_file, a.published_on,
           (SELECT e.quote FROM loaders_evidence e
             WHERE e.entity_type = 'fact' AND e.entity_id = f.id AND e.article_id = f.article_id
             ORDER BY e.start_offset LIMIT 1)::text AS quote,
           (SELECT count(DISTINCT COALESCE(sa.duplicate_of_id, sa.id))
              FROM loaders_evidence e JOIN loaders_sourcearticle sa ON sa.id = e.article_id
             WHERE e.entity_type = 'fact' AND e.entity_id = f.id)::bigint AS story_count
    FROM projects_fact f
    LEFT JOIN loaders_sourcearticle a ON a.id = f.article_id
    WHERE f.review_status <> 'rejected'
"""

# The latest figure of each metric for each park: latest as-of date, then latest article, then newest fact.
PARK_FIGURES = f"""
    SELECT park_id, park_name, metric, fact_id, value, unit, qualifier, value_text, as_of, as_of_text,
           published_on, has_conflict, article_id, article_file, figures_reported
    FROM (
        SELECT p.id AS park_id, p.name::text AS park_name, f.metric::text AS metric, f.id AS fact_id,
               f.value::numeric AS value, f.unit::text AS unit, NULLIF(f.qualifier, '')::text AS qualifier,
               NULLIF(f.value_text, '')::text AS value_text, f.as_of, NULLIF(f.as_of_text, '')::text AS as_of_text,
               f.published_on, f.has_conflict, f.article_id, f.article_file,
               (count(*) OVER (PARTITION BY p.id, f.metric))::bigint AS figures_reported,
               row_number() OVER (PARTITION BY p.id, f.metric
                                  ORDER BY f.as_of DESC NULLS LAST, f.published_on DESC NULLS LAST,
                                           f.id DESC) AS recency
        FROM parks_park p
        JOIN ({LIVE_FACTS}) f ON f.subject_type = 'park' AND f.subject_id = p.id
        WHERE p.review_status <> 'rejected'
    ) ranked
    WHERE recency = 1
"""

PROJECT_STATUSES = {
    "projects_planned": "planned",
    "projects_signed": "签约",
    "projects_started": "开工",
    "projects_under_construction": "在建",
    "projects_in_production": "投产",
    "projects_completed": "竣工",
}
STATUS_COUNTS = ",\n".join(
    f"count(*) FILTER (WHERE pr.status = '{status}')::bigint AS {column}"
    for column, status in PROJECT_STATUSES.items()
)

VIEWS = {
    "report_records": f"""
        SELECT r.entity_type, r.entity_id, r.name, r.review_status::text AS review_status, r.source_lost,
               r.created_at, r.updated_at,
               (SELECT count(DISTINCT COALESCE(a.duplicate_of_id, a.id))
                  FROM loaders_evidence e JOIN loaders_sourcearticle a ON a.id = e.article_id
                 WHERE e.entity_type = r.entity_type AND e.entity_id = r.entity_id)::bigint AS story_count
        FROM ({LIVE_RECORDS}) r
    """,
    "report_park_figures": PARK_FIGURES,
    "report_park_summary": f"""
        SELECT p.id AS park_id, p.name::text AS name, NULLIF(p.city, '')::text AS city,
               NULLIF(p.kind, '')::text AS kind, p.review_status::text AS review_status,
               COALESCE(pj.project_count, 0)::bigint AS project_count,
               {", ".join(f"COALESCE(pj.{c}, 0)::bigint AS {c}" for c in PROJECT_STATUSES)},
               COALESCE(pj.projects_status_unknown, 0)::bigint AS projects_status_unknown,
               COALESCE(pj.planned_investment_cny, 0)::numeric AS planned_investment_cny,
               COALESCE(pj.projects_with_investment, 0)::bigint AS projects_with_investment,
               (SELECT count(*) FROM parks_company_parks cp JOIN parks_company c ON c.id = cp.company_id
                 WHERE cp.park_id = p.id AND c.review_status <> 'rejected')::bigint AS company_count,
               (SELECT count(*) FROM projects_fund fu
                 WHERE fu.park_id = p.id AND fu.review_status <> 'rejected')::bigint AS fund_count,
               (SELECT COALESCE(sum(fu.size_cny), 0) FROM projects_fund fu
                 WHERE fu.park_id = p.id AND fu.review_status <> 'rejected')::numeric AS fund_size_cny,
               (SELECT count(*) FROM projects_fact f WHERE f.subject_type = 'park' AND f.subject_id = p.id
                   AND f.review_status <> 'rejected')::bigint AS fact_count,
               (SELECT count(DISTINCT COALESCE(a.duplicate_of_id, a.id))
                  FROM loaders_evidence e JOIN loaders_sourcearticle a ON a.id = e.article_id
                 WHERE e.entity_type = 'park' AND e.entity_id = p.id)::bigint AS story_count,
               COALESCE((SELECT jsonb_object_agg(lf.metric, jsonb_build_object(
                                    'value', lf.value, 'unit', lf.unit, 'qualifier', lf.qualifier,
                                    'value_text', lf.value_text, 'as_of', lf.as_of, 'as_of_text', lf.as_of_text,
                                    'fact_id', lf.fact_id, 'article_file', lf.article_file))
                           FROM ({PARK_FIGURES}) lf WHERE lf.park_id = p.id), '{{}}'::jsonb) AS latest_figures
        FROM parks_park p
        LEFT JOIN (
            SELECT pr.park_id, count(*) AS project_count,
                   {STATUS_COUNTS},
                   count(*) FILTER (WHERE pr.status = '') AS projects_status_unknown,
                   sum(pr.investment_cny) FILTER (WHERE pr.investment_currency IN ('', 'cny'))
                       AS planned_investment_cny,
                   count(pr.investment_cny) FILTER (WHERE pr.investment_currency IN ('', 'cny'))
                       AS projects_with_investment
            FROM projects_project pr
            WHERE pr.review_status <> 'rejected' AND pr.park_id IS NOT NULL
            GROUP BY pr.park_id
        ) pj ON pj.park_id = p.id
        WHERE p.review_status <> 'rejected'
    """,
    "report_article_coverage": f"""
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
               (SELECT count(*) FROM projects_fact f
                 WHERE f.article_id = a.id AND f.review_status <> 'rejected')::bigint AS first_reported_fact_count
        FROM loaders_sourcearticle a
        LEFT JOIN loaders_evidence e ON e.article_id = a.id
        LEFT JOIN ({LIVE_RECORDS}) r ON r.entity_type = e.entity_type AND r.entity_id = e.entity_id
        GROUP BY a.id
    """,
    "report_load_runs": """
        SELECT r.id AS run_id, r.started_at, r.finished_at,
               (EXTRACT(EPOCH FROM r.finished_at - r.started_at))::numeric AS duration_seconds,
               r.extractor_version::text AS extractor_version, r.dry_run,
               r.files_seen::integer AS files_seen, r.files_loaded::integer AS files_loaded,
               r.files_unchanged::integer AS files_unchanged, r.files_refused::integer AS files_refused,
               r.records_created::integer AS records_created, r.records_updated::integer AS records_updated,
               r.records_unchanged::integer AS records_unchanged, r.records_locked::integer AS records_locked,
               COALESCE(r.report, '{}'::jsonb) AS report
        FROM loaders_loadrun r
    """,
    "report_conflicts": f"""
        SELECT a.subject_type::text AS subject_type, a.subject_id, a.current_subject_name AS subject_name,
               a.metric::text AS metric, a.unit::text AS unit,
               (COALESCE(a.as_of_text, '') = COALESCE(b.as_of_text, '')) AS same_period,
               a.id AS fact_id_a, a.value::numeric AS value_a, NULLIF(a.value_text, '')::text AS value_text_a,
               NULLIF(a.as_of_text, '')::text AS as_of_text_a, a.article_id AS article_id_a,
               a.article_file AS article_file_a, a.quote AS quote_a,
               b.id AS fact_id_b, b.value::numeric AS value_b, NULLIF(b.value_text, '')::text AS value_text_b,
               NULLIF(b.as_of_text, '')::text AS as_of_text_b, b.article_id AS article_id_b,
               b.article_file AS article_file_b, b.quote AS quote_b
        FROM ({LIVE_FACTS}) a
        JOIN ({LIVE_FACTS}) b ON b.subject_type = a.subject_type AND b.subject_id = a.subject_id
                              AND b.metric = a.metric AND b.unit = a.unit
                              AND b.value <> a.value AND b.id > a.id
    """,
    "report_fact_series": f"""
        SELECT s.*,
               lag(s.value) OVER series AS previous_value,
               (s.value / NULLIF(lag(s.value) OVER series, 0) - 1)::numeric AS change_ratio
        FROM (
            SELECT f.subject_type::text AS subject_type, f.subject_id, f.current_subject_name AS subject_name,
                   f.metric::text AS metric, f.unit::text AS unit,
                   COALESCE(f.as_of, f.published_on) AS period_date,
                   (CASE WHEN f.as_of IS NOT NULL THEN 'as_of'
                         WHEN f.published_on IS NOT NULL THEN 'published_on' END)::text AS period_basis,
                   NULLIF(f.as_of_text, '')::text AS as_of_text,
                   f.value::numeric AS value, NULLIF(f.qualifier, '')::text AS qualifier,
                   NULLIF(f.value_text, '')::text AS value_text, f.has_conflict,
                   f.id AS fact_id, f.article_id, f.article_file, f.published_on, f.story_count
            FROM ({LIVE_FACTS}) f
        ) s
        WINDOW series AS (PARTITION BY s.subject_type, s.subject_id, s.metric, s.unit
                          ORDER BY s.period_date NULLS FIRST, s.as_of_text NULLS FIRST, s.fact_id)
    """,
}

RECORD_TYPES = "park, park_group, company, project, fund or fact"
STORY = "distinct stories (editions linked by duplicate_of count once)"

COMMENTS = {
    "report_records": (
        "One row per curated record of any type, with when it was created and last changed: "
        "use it with report_load_runs to see what a load changed. Rejected records are left out.",
        {
            "entity_type": f"Code of the record type: {RECORD_TYPES}.",
            "entity_id": "Id of the record in its view (park_id, company_id, project_id, fund_id, fact_id, park group id).",
            "name": "The record's name; for a fact, its subject's name and metric code.",
            "review_status": "Editorial state: unreviewed or verified.",
            "source_lost": "true when every article supporting this editor-kept record was unloaded.",
            "created_at": "When the record was created (timestamptz).",
            "updated_at": "When the record last changed, by a load or an editor (timestamptz).",
            "story_count": f"Number of {STORY} with evidence for the record; bigint.",
        },
    ),
    "report_park_figures": (
        "The latest figure of each metric for each park: one row per park and metric. Latest means latest "
        "as_of date, then latest publication date of its first article, then newest fact. Rejected parks and "
        "facts are left out.",
        {
            "park_id": "park_id (report_parks).",
            "park_name": "The park's name.",
            "metric": "Metric code (see report_facts.metric).",
            "fact_id": "fact_id of the latest figure (report_facts).",
            "value": "The figure in the base unit of unit (yuan for cny), numeric.",
            "unit": "Unit code: cny (yuan), usd, mu, m2, count, ratio ...",
            "qualifier": "约, 超, 余, 近, 突破, 以上, 多 ...; NULL when exact.",
            "value_text": "The figure verbatim; NULL when not kept.",
            "as_of": "Date the figure refers to; NULL when not a readable date.",
            "as_of_text": "Period as written; NULL when none.",
            "published_on": "Publication date of the article that first reported it; NULL when unknown.",
            "has_conflict": "true when another fact gives a different value for the same subject and metric.",
            "article_id": "article_id of the first article that reported it.",
            "article_file": "file_name of that article.",
            "figures_reported": "How many facts (values or periods) exist for this park and metric; 1 means no "
                                "history; bigint.",
        },
    ),
    "report_park_summary": (
        "One row per park: its projects by status, planned investment in yuan, companies, funds, and the latest "
        "figure of each metric (latest_figures, also one row per metric in report_park_figures). Rejected "
        "records are left out of every count and sum.",
        {
            "park_id": "park_id (report_parks).",
            "name": "The park's name.",
            "city": "City without 市; NULL when unknown.",
            "kind": "Kind of park in Chinese (高新区, 产业园 ...); NULL when unknown.",
            "review_status": "Editorial state of the park: unreviewed or verified.",
            "project_count": "Projects in the park; bigint, 0 when none.",
            "projects_planned": "Projects with status planned; bigint.",
            "projects_signed": "Projects with status 签约 (signed); bigint.",
            "projects_started": "Projects with status 开工 (construction started); bigint.",
            "projects_under_construction": "Projects with status 在建 (under construction); bigint.",
            "projects_in_production": "Projects with status 投产 (in production); bigint.",
            "projects_completed": "Projects with status 竣工 (completed); bigint.",
            "projects_status_unknown": "Projects whose status no article states; bigint.",
            "planned_investment_cny": "Sum of the park's projects' investment in yuan (numeric; 0 when no yuan "
                                      "amount is known). Dollar amounts are not converted and not included.",
            "projects_with_investment": "Projects whose yuan investment is known (the ones summed); bigint.",
            "company_count": "Companies and institutions in the park; bigint.",
            "fund_count": "Funds serving the park; bigint.",
            "fund_size_cny": "Sum of those funds' sizes in yuan (numeric; 0 when none known).",
            "fact_count": "Facts (reported figures) about the park; bigint.",
            "story_count": f"Number of {STORY} that mention the park; bigint.",
            "latest_figures": "jsonb object, never NULL ({} when none): metric code -> {value, unit, qualifier, "
                              "value_text, as_of, as_of_text, fact_id, article_file} of the latest figure, as in "
                              "report_park_figures. Example: latest_figures->'annual_revenue_cny'->>'value'.",
        },
    ),
    "report_article_coverage": (
        "One row per article: how many records of each type it supports (has evidence for). Rejected records "
        "are not counted. Editions of one story share story_id; sum over DISTINCT story_id to avoid counting "
        "a story twice.",
        {
            "article_id": "article_id (report_articles).",
            "file_name": "Base name the article was first loaded under.",
            "title": "Headline; NULL when none was found.",
            "published_on": "Publication date; NULL when unknown.",
            "duplicate_of_id": "article_id of the earlier edition of the same story; NULL for an original.",
            "story_id": "coalesce(duplicate_of_id, article_id): the same for every edition of one story.",
            "first_loaded_at": "When the article was first loaded (timestamptz).",
            "last_loaded_at": "When it was last loaded or re-extracted (timestamptz).",
            "park_count": "Parks this article supports; bigint.",
            "park_group_count": "Park groups this article supports; bigint.",
            "company_count": "Companies and institutions this article supports; bigint.",
            "project_count": "Projects this article supports; bigint.",
            "fund_count": "Funds this article supports; bigint.",
            "fact_count": "Facts this article supports (including facts first reported elsewhere); bigint.",
            "evidence_count": "Evidence rows (quoted sentences supporting a field) of non-rejected records; bigint.",
            "first_reported_fact_count": "Facts whose first source (report_facts.article_id) is this article; bigint.",
        },
    ),
    "report_load_runs": (
        "One row per load_seeds run: when, which extractor version, and the files and records it counted.",
        {
            "run_id": "Run id (loaders_loadrun.id).",
            "started_at": "When the run started (timestamptz).",
            "finished_at": "When it finished; NULL when it did not finish.",
            "duration_seconds": "finished_at - started_at in seconds (numeric); NULL when not finished.",
            "extractor_version": "Version of the extractor used; articles from an older version are re-extracted.",
            "dry_run": "true when the run wrote nothing (--dry-run).",
            "files_seen": "Files found.",
            "files_loaded": "Files loaded or re-extracted.",
            "files_unchanged": "Files already loaded by this extractor version (no-op).",
            "files_refused": "Files refused (empty, binary, undecodable ...).",
            "records_created": "Records created.",
            "records_updated": "Records updated.",
            "records_unchanged": "Records found unchanged.",
            "records_locked": "Changes skipped because an editor had locked the field.",
            "report": "The run's report as load_seeds --json prints it (per-file outcome, warnings); jsonb, never NULL.",
        },
    ),
    "report_conflicts": (
        "Figures that disagree: one row per pair of facts about the same subject, metric and unit with "
        "different values, with both sources (fact, value, article, quote). Facts _a and _b are ordered by "
        "fact_id. Rejected facts are left out; check same_period before calling a pair a contradiction.",
        {
            "subject_type": f"Code of the subject type: {RECORD_TYPES}.",
            "subject_id": "Id of the subject in its view.",
            "subject_name": "Current name of the subject.",
            "metric": "Metric code (see report_facts.metric).",
            "unit": "Unit code shared by both values.",
            "same_period": "true when both facts give the same period text (or neither gives one): a real "
                           "contradiction; false when they may be figures for different periods.",
            "fact_id_a": "fact_id of the first fact (the smaller id).",
            "value_a": "Its value in the base unit, numeric.",
            "value_text_a": "Its figure verbatim; NULL when not kept.",
            "as_of_text_a": "Its period as written; NULL when none.",
            "article_id_a": "article_id of its first source.",
            "article_file_a": "file_name of that article.",
            "quote_a": "The sentence of that article it comes from, verbatim.",
            "fact_id_b": "fact_id of the second fact (the larger id).",
            "value_b": "Its value in the base unit, numeric.",
            "value_text_b": "Its figure verbatim; NULL when not kept.",
            "as_of_text_b": "Its period as written; NULL when none.",
            "article_id_b": "article_id of its first source.",
            "article_file_b": "file_name of that article.",
            "quote_b": "The sentence of that article it comes from, verbatim.",
        },
    ),
    "report_fact_series": (
        "Facts as time series: one row per fact, a series being one subject, metric and unit. Order a series "
        "by period_date, as_of_text, fact_id (the order previous_value uses). Rejected facts are left out.",
        {
            "subject_type": f"Code of the subject type: {RECORD_TYPES}.",
            "subject_id": "Id of the subject in its view.",
            "subject_name": "Current name of the subject.",
            "metric": "Metric code (see report_facts.metric).",
            "unit": "Unit code: cny (yuan), usd, mu, m2, count, ratio ...",
            "period_date": "as_of when known, else the first article's published_on; NULL when neither is known.",
            "period_basis": "Which date period_date is: as_of or published_on; NULL when period_date is NULL.",
            "as_of_text": "Period as written, e.g. 截至2024年3月底; NULL when none.",
            "value": "The figure in the base unit, numeric (yuan for cny; ratio 0.1217 for 12.17%).",
            "qualifier": "约, 超, 余, 近, 突破, 以上, 多 ...; NULL when exact.",
            "value_text": "The figure verbatim; NULL when not kept.",
            "has_conflict": "true when another fact gives a different value for the same subject and metric.",
            "fact_id": "fact_id (report_facts).",
            "article_id": "article_id of the first article that reported it.",
            "article_file": "file_name of that article.",
            "published_on": "Publication date of that article; NULL when unknown.",
            "story_count": f"Number of {STORY} reporting this figure; bigint.",
            "previous_value": "value of the previous fact in the same series; NULL for the first.",
            "change_ratio": "value / previous_value - 1 (0.25 = up 25%); NULL when there is no previous value "
                            "or it is 0.",
        },
    ),
}


def create_sql() -> list[str]:
    return [f"CREATE VIEW public.{name} AS {sql};" for name, sql in VIEWS.items()] + comment_sql(COMMENTS)


def drop_sql() -> list[str]:
    # report_park_summary reads report_park_figures' SQL, not the view, so the order does not matter.
    return [f"DROP VIEW IF EXISTS public.{name};" for name in reversed(list(VIEWS))]


class Migration(migrations.Migration):
    dependencies = [
        ("analytics", "0001_report_view_comments"),
        ("loaders", "0002_report_views"),
        ("parks", "0001_initial"),
        ("projects", "0001_initial"),
    ]

    operations = [migrations.RunSQL(sql=create_sql(), reverse_sql=drop_sql())]
