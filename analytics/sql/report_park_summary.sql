-- report_park_summary: one row per park that is not rejected. Key: park_id.
-- Two different planned-investment quantities, never added together: project_investment_cny sums the
-- yuan amounts of the park's named projects; reported_planned_investment_cny is the latest park total an
-- article reports (metric planned_investment, in yuan). Unknown is NULL, never 0.
-- Per park (LATERAL, by projects_project.park_id and the facts' subject index), so `LIMIT 100` reads 100
-- parks' projects and figures, not all of them grouped first.
CREATE VIEW public.report_park_summary AS
SELECT p.id AS park_id, p.name::text AS name, NULLIF(p.city, '')::text AS city,
       NULLIF(p.kind, '')::text AS kind, p.review_status::text AS review_status,
       COALESCE(pj.project_count, 0)::bigint AS project_count,
       COALESCE(pj.projects_planned, 0)::bigint AS projects_planned,
       COALESCE(pj.projects_signed, 0)::bigint AS projects_signed,
       COALESCE(pj.projects_started, 0)::bigint AS projects_started,
       COALESCE(pj.projects_under_construction, 0)::bigint AS projects_under_construction,
       COALESCE(pj.projects_in_production, 0)::bigint AS projects_in_production,
       COALESCE(pj.projects_completed, 0)::bigint AS projects_completed,
       COALESCE(pj.projects_status_unknown, 0)::bigint AS projects_status_unknown,
       pj.project_investment_cny::numeric AS project_investment_cny,
       COALESCE(pj.projects_with_investment, 0)::bigint AS projects_with_investment,
       rp.value AS reported_planned_investment_cny,
       rp.article_id AS reported_planned_investment_article_id,
       COALESCE(rp.as_of, rp.published_on) AS reported_planned_investment_as_of,
       rp.value_text AS reported_planned_investment_text,
       COALESCE(rp.as_of_text,
                CASE rp.published_precision WHEN 'year' THEN to_char(rp.published_on, 'YYYY')
                                            WHEN 'month' THEN to_char(rp.published_on, 'YYYY-MM')
                                            ELSE to_char(rp.published_on, 'YYYY-MM-DD') END)::text
           AS reported_planned_investment_period,
       (SELECT count(*) FROM parks_company_parks cp JOIN parks_company c ON c.id = cp.company_id
         WHERE cp.park_id = p.id AND c.review_status <> 'rejected')::bigint AS company_count,
       (SELECT count(*) FROM projects_fund fu
         WHERE fu.park_id = p.id AND fu.review_status <> 'rejected')::bigint AS fund_count,
       (SELECT sum(fu.size_cny) FROM projects_fund fu
         WHERE fu.park_id = p.id AND fu.review_status <> 'rejected'
           AND fu.size_currency IN ('', 'cny'))::numeric AS fund_size_cny,
       (SELECT count(*) FROM public.live_facts f
         WHERE f.subject_type = 'park' AND f.subject_id = p.id)::bigint AS fact_count,
       (SELECT count(DISTINCT COALESCE(a.duplicate_of_id, a.id))
          FROM loaders_evidence e JOIN loaders_sourcearticle a ON a.id = e.article_id
         WHERE e.entity_type = 'park' AND e.entity_id = p.id)::bigint AS story_count,
       COALESCE(lf.figures, '{}'::jsonb) AS latest_figures
FROM parks_park p
LEFT JOIN LATERAL (
    SELECT pr.park_id, count(*) AS project_count,
           count(*) FILTER (WHERE pr.status = 'planned') AS projects_planned,
           count(*) FILTER (WHERE pr.status = '签约') AS projects_signed,
           count(*) FILTER (WHERE pr.status = '开工') AS projects_started,
           count(*) FILTER (WHERE pr.status = '在建') AS projects_under_construction,
           count(*) FILTER (WHERE pr.status = '投产') AS projects_in_production,
           count(*) FILTER (WHERE pr.status = '竣工') AS projects_completed,
           count(*) FILTER (WHERE pr.status = '') AS projects_status_unknown,
           sum(pr.investment_cny) FILTER (WHERE pr.investment_currency IN ('', 'cny')) AS project_investment_cny,
           count(pr.investment_cny) FILTER (WHERE pr.investment_currency IN ('', 'cny')) AS projects_with_investment
    FROM projects_project pr
    WHERE pr.review_status <> 'rejected' AND pr.park_id = p.id
    GROUP BY pr.park_id
) pj ON true
LEFT JOIN LATERAL (
    -- One jsonb object per park; a money metric reported in a second currency is keyed '<code>:<currency>'.
    SELECT f.park_id,
           jsonb_object_agg(CASE WHEN f.units = 1 OR f.unit = 'cny' THEN f.metric ELSE f.metric || ':' || f.unit END,
                            jsonb_build_object('value', f.value, 'unit', f.unit, 'qualifier', f.qualifier,
                                               'value_text', f.value_text, 'as_of', f.as_of,
                                               'as_of_text', f.as_of_text, 'fact_id', f.fact_id,
                                               'article_file', f.article_file)) AS figures
    FROM (SELECT fig.*, count(*) OVER (PARTITION BY fig.park_id, fig.metric) AS units
            FROM public.report_park_figures fig WHERE fig.park_id = p.id) f
    GROUP BY f.park_id
) lf ON true
LEFT JOIN public.report_park_figures rp
       ON rp.park_id = p.id AND rp.metric = 'planned_investment' AND rp.unit = 'cny'
WHERE p.review_status <> 'rejected';

COMMENT ON VIEW public.report_park_summary IS 'One row per park (key park_id): its projects by status, two planned-investment figures that are never added together (project_investment_cny: the sum of its named projects'' yuan amounts; reported_planned_investment_cny: the latest park total an article reports), companies, funds, and the latest figure of each metric (latest_figures, also one row per metric in report_park_figures). Unknown amounts are NULL, never 0. Rejected records are left out of every count and sum.';
COMMENT ON COLUMN public.report_park_summary.park_id IS 'park_id (report_parks), the key.';
COMMENT ON COLUMN public.report_park_summary.name IS 'The park''s name.';
COMMENT ON COLUMN public.report_park_summary.city IS 'City without 市; NULL when unknown.';
COMMENT ON COLUMN public.report_park_summary.kind IS 'Kind of park in Chinese (高新区, 产业园 ...); NULL when unknown.';
COMMENT ON COLUMN public.report_park_summary.review_status IS 'Editorial state of the park: unreviewed or verified.';
COMMENT ON COLUMN public.report_park_summary.project_count IS 'Projects in the park; bigint, 0 when none.';
COMMENT ON COLUMN public.report_park_summary.projects_planned IS 'Projects with status planned; bigint.';
COMMENT ON COLUMN public.report_park_summary.projects_signed IS 'Projects with status 签约 (signed); bigint.';
COMMENT ON COLUMN public.report_park_summary.projects_started IS 'Projects with status 开工 (construction started); bigint.';
COMMENT ON COLUMN public.report_park_summary.projects_under_construction IS 'Projects with status 在建 (under construction); bigint.';
COMMENT ON COLUMN public.report_park_summary.projects_in_production IS 'Projects with status 投产 (in production); bigint.';
COMMENT ON COLUMN public.report_park_summary.projects_completed IS 'Projects with status 竣工 (completed); bigint.';
COMMENT ON COLUMN public.report_park_summary.projects_status_unknown IS 'Projects whose status no article states; bigint.';
COMMENT ON COLUMN public.report_park_summary.project_investment_cny IS 'Sum of the yuan investment of the park''s named projects (report_projects.investment_cny), numeric; NULL when no project of the park has a yuan amount. Amounts in other currencies are not converted and not included. Not the park''s planned total: see reported_planned_investment_cny.';
COMMENT ON COLUMN public.report_park_summary.projects_with_investment IS 'Projects whose yuan investment is known (the ones summed); bigint.';
COMMENT ON COLUMN public.report_park_summary.reported_planned_investment_cny IS 'The latest planned-investment total an article reports for the park (report_facts with metric planned_investment and unit cny; latest as in report_park_figures), in yuan; NULL when no article gives one.';
COMMENT ON COLUMN public.report_park_summary.reported_planned_investment_article_id IS 'article_id (report_articles) of the first article that reported that figure; NULL when there is none.';
COMMENT ON COLUMN public.report_park_summary.reported_planned_investment_as_of IS 'Date that figure refers to: its as_of date, else the publication date of its article (whose precision report_articles gives); NULL when neither is known.';
COMMENT ON COLUMN public.report_park_summary.reported_planned_investment_text IS 'That figure verbatim, e.g. 1436亿元; NULL when there is none.';
COMMENT ON COLUMN public.report_park_summary.reported_planned_investment_period IS 'The period of that figure as written (今年以来, 截至2024年3月底), else its article''s publication date to its precision (2020-06-01, 2024-04, 2021); NULL when unknown.';
COMMENT ON COLUMN public.report_park_summary.company_count IS 'Companies and institutions in the park; bigint.';
COMMENT ON COLUMN public.report_park_summary.fund_count IS 'Funds serving the park; bigint.';
COMMENT ON COLUMN public.report_park_summary.fund_size_cny IS 'Sum of the yuan sizes of those funds (sizes in other currencies are not included), numeric; NULL when none is known.';
COMMENT ON COLUMN public.report_park_summary.fact_count IS 'Facts (reported figures) about the park; bigint.';
COMMENT ON COLUMN public.report_park_summary.story_count IS 'Number of distinct stories (editions linked by duplicate_of count once) that mention the park; bigint.';
COMMENT ON COLUMN public.report_park_summary.latest_figures IS 'jsonb object, never NULL ({} when none): metric code -> {value, unit, qualifier, value_text, as_of, as_of_text, fact_id, article_file} of the latest figure, as in report_park_figures (a money figure in a second currency is under ''<code>:<currency>''). Example: latest_figures->''annual_revenue''->>''value''.';
