-- report_facts: one row per fact that is shown: not rejected, about a subject that exists and is not
-- rejected. Key: fact_id.
CREATE VIEW public.report_facts AS
SELECT f.fact_id, f.subject_type, f.subject_id, f.subject_name, f.metric, f.value, f.unit, f.qualifier,
       f.value_text, f.as_of, f.as_of_text,
       f.has_conflict,
       f.review_status, f.article_id, f.article_file, f.quote, f.confidence,
       m.kind::text AS metric_kind
FROM public.live_facts f
LEFT JOIN projects_metric m ON m.code = f.metric;

COMMENT ON VIEW public.report_facts IS 'One row per fact: a number reported about a park, park group, company, project or fund; key fact_id. A figure found in several articles (editions included) is one fact; its first source is article_id, all sources are in report_evidence (entity_type = ''fact''). Rejected facts, and facts about a rejected or deleted record, are left out.';
COMMENT ON COLUMN public.report_facts.fact_id IS 'Fact id (projects_fact.id), the key; entity_id of its rows in report_evidence.';
COMMENT ON COLUMN public.report_facts.subject_type IS 'Code of what the number is about: park, park_group, company, project or fund.';
COMMENT ON COLUMN public.report_facts.subject_id IS 'Id of the subject in its view (park_id, company_id, project_id, fund_id) or report_park_groups.group_id; always a row that is shown.';
COMMENT ON COLUMN public.report_facts.subject_name IS 'Current name of the subject.';
COMMENT ON COLUMN public.report_facts.metric IS 'Metric code from the vocabulary (report_metrics.code): planned_investment, annual_revenue, enterprises ...; a code names a quantity, never a currency (unit says which), and targets and cumulative figures have codes of their own (planned_investment_target, projects_signed_cumulative).';
COMMENT ON COLUMN public.report_facts.value IS 'The number in the base unit of unit, numeric: yuan for cny (万/亿 applied), dollars for usd, 亩 for mu, square metres for m2, a ratio for ratio (12.17% = 0.1217).';
COMMENT ON COLUMN public.report_facts.unit IS 'Unit code: the currency for money (cny, usd, twd ...; never converted), mu (亩), m2, km2, ha (公顷), count, ratio.';
COMMENT ON COLUMN public.report_facts.qualifier IS 'one of 约 (about), 超 (more than or at least: 超过, 逾, 以上, 不少于), 余 (and more: 余, 多), 近 (nearly, under: 近, 不足), 突破 (past); NULL when exact; the wording as written is in value_text.';
COMMENT ON COLUMN public.report_facts.value_text IS 'The figure verbatim, e.g. 约30亿元; NULL when not kept.';
COMMENT ON COLUMN public.report_facts.as_of IS 'Date the figure refers to (the end of the period the text gives: 截至2024年3月底 = 2024-03-31), when it could be read as a date; NULL otherwise.';
COMMENT ON COLUMN public.report_facts.as_of_text IS 'Period as written, e.g. 截至2024年3月底 or 2023年; NULL when the article gives none.';
COMMENT ON COLUMN public.report_facts.has_conflict IS 'true when the fact is in a pair of report_conflicts: another article gives an incompatible value for the same subject, metric and period.';
COMMENT ON COLUMN public.report_facts.review_status IS 'Editorial state: unreviewed or verified (rejected rows are not in this view).';
COMMENT ON COLUMN public.report_facts.article_id IS 'article_id of the first article that reported the figure (report_articles).';
COMMENT ON COLUMN public.report_facts.article_file IS 'file_name of that article.';
COMMENT ON COLUMN public.report_facts.quote IS 'The sentence of that article the figure comes from, verbatim; NULL when no evidence row exists.';
COMMENT ON COLUMN public.report_facts.confidence IS 'How sure extraction is of the figure, 0-1 (the best of the rules that produced it); NULL for facts editors made.';
COMMENT ON COLUMN public.report_facts.metric_kind IS 'Kind of the metric (report_metrics.kind): reported, target, cumulative or ratio; NULL for a code missing from the vocabulary.';
