-- report_projects: one row per investment project that is not rejected. Key: project_id.
CREATE VIEW public.report_projects AS
SELECT pr.id AS project_id, pr.name::text AS name, pr.aliases::text[] AS aliases,
       pa.id AS park_id, pa.name::text AS park_name,
       COALESCE((SELECT array_agg(c.name::text ORDER BY c.name, c.id)
                   FROM projects_project_companies pc JOIN parks_company c ON c.id = pc.company_id
                  WHERE pc.project_id = pr.id AND c.review_status <> 'rejected'), '{}')::text[] AS company_names,
       (CASE WHEN pr.investment_currency IN ('', 'cny') THEN pr.investment_cny END)::numeric AS investment_cny,
       (CASE WHEN COALESCE(pr.investment_amount, pr.investment_cny) IS NOT NULL
             THEN COALESCE(NULLIF(pr.investment_currency, ''), 'cny') END)::text AS investment_currency,
       NULLIF(pr.investment_qualifier, '')::text AS investment_qualifier,
       NULLIF(pr.investment_text, '')::text AS investment_text,
       NULLIF(pr.phase, '')::text AS phase, NULLIF(pr.status, '')::text AS status,
       pr.review_status::text AS review_status,
       (SELECT count(DISTINCT COALESCE(a.duplicate_of_id, a.id))
          FROM loaders_evidence e JOIN loaders_sourcearticle a ON a.id = e.article_id
         WHERE e.entity_type = 'project' AND e.entity_id = pr.id)::bigint AS article_count,
       pr.confidence,
       COALESCE((SELECT array_agg(c.id ORDER BY c.name, c.id)
                   FROM projects_project_companies pc JOIN parks_company c ON c.id = pc.company_id
                  WHERE pc.project_id = pr.id AND c.review_status <> 'rejected'), '{}')::bigint[] AS company_ids,
       COALESCE(pr.investment_amount, pr.investment_cny)::numeric AS investment_amount
FROM projects_project pr
LEFT JOIN parks_park pa ON pa.id = pr.park_id AND pa.review_status <> 'rejected'
WHERE pr.review_status <> 'rejected';

COMMENT ON VIEW public.report_projects IS 'One row per named investment project, with its park, companies, investment, phase and status; key project_id. Rejected records are left out.';
COMMENT ON COLUMN public.report_projects.project_id IS 'Project id (projects_project.id), the key.';
COMMENT ON COLUMN public.report_projects.name IS 'Project name (Chinese), usually ending in 项目.';
COMMENT ON COLUMN public.report_projects.aliases IS 'Other names of the project; text[], never NULL (empty array).';
COMMENT ON COLUMN public.report_projects.park_id IS 'park_id of the project''s park in report_parks; NULL when unknown or the park was rejected.';
COMMENT ON COLUMN public.report_projects.park_name IS 'Name of that park; NULL when park_id is NULL.';
COMMENT ON COLUMN public.report_projects.company_names IS 'Names of the (non-rejected) companies behind the project, sorted by name; text[], never NULL. company_ids holds their ids in the same order.';
COMMENT ON COLUMN public.report_projects.investment_cny IS 'Total investment in yuan (元, numeric, 万/亿 applied: 总投资6亿元 = 600000000). NULL when unknown or when the figure is in another currency (see investment_amount and investment_currency).';
COMMENT ON COLUMN public.report_projects.investment_currency IS 'Currency code of the investment as written: cny, usd ...; never converted. NULL when no investment is known.';
COMMENT ON COLUMN public.report_projects.investment_qualifier IS 'one of 约 (about), 超 (more than or at least: 超过, 逾, 以上, 不少于), 余 (and more: 余, 多), 近 (nearly, under: 近, 不足), 突破 (past); NULL when exact; the wording as written is in investment_text.';
COMMENT ON COLUMN public.report_projects.investment_text IS 'The investment figure verbatim, e.g. 总投资6亿元 or 3.3亿美元; NULL when none.';
COMMENT ON COLUMN public.report_projects.phase IS 'Phase as written: 一期, 二期, 首期 ...; NULL when not stated.';
COMMENT ON COLUMN public.report_projects.status IS 'Code of the project''s stage: 签约 (signed), 开工 (started), 在建 (under construction), 投产 (in production), 竣工 (completed) or planned; NULL when not stated.';
COMMENT ON COLUMN public.report_projects.review_status IS 'Editorial state: unreviewed or verified (rejected rows are not in this view).';
COMMENT ON COLUMN public.report_projects.article_count IS 'Number of stories with evidence for the project: distinct articles, where editions of one story (linked by duplicate_of) count once.';
COMMENT ON COLUMN public.report_projects.confidence IS 'How sure extraction is of the record, 0-1 (the best of the rules that produced it); NULL for records editors made.';
COMMENT ON COLUMN public.report_projects.company_ids IS 'company_id (report_companies) of each company in company_names, in the same order; bigint[], never NULL (empty array).';
COMMENT ON COLUMN public.report_projects.investment_amount IS 'The investment in its own currency (investment_currency), numeric, never converted: 3.3亿美元 = 330000000 with usd. NULL when unknown.';
