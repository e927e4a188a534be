-- report_fact_series: facts as time series, one series per subject, metric and unit. Key: fact_id.
-- Order within a series: the date the figure refers to (as_of, else its article's publication date), then
-- publication date, then fact_id: the order previous_value and change_ratio use.
CREATE VIEW public.report_fact_series AS
SELECT s.*,
       lag(s.value) OVER series AS previous_value,
       (s.value / NULLIF(lag(s.value) OVER series, 0) - 1)::numeric AS change_ratio,
       (row_number() OVER series)::bigint AS position
FROM (
    SELECT f.subject_type, f.subject_id, f.subject_name, f.metric, f.unit,
           COALESCE(f.as_of, f.published_on) AS period_date,
           (CASE WHEN f.as_of IS NOT NULL THEN 'as_of'
                 WHEN f.published_on IS NOT NULL THEN 'published_on' END)::text AS period_basis,
           f.as_of_text, f.value, f.qualifier, f.value_text,
           f.has_conflict,
           f.fact_id, f.article_id, f.article_file, f.published_on, f.story_count,
           f.as_of, f.published_precision
    FROM public.live_facts f
) s
WINDOW series AS (PARTITION BY s.subject_type, s.subject_id, s.metric, s.unit
                  ORDER BY s.period_date NULLS FIRST, s.published_on NULLS FIRST, s.fact_id);

COMMENT ON VIEW public.report_fact_series IS 'Facts as time series: one row per fact (key fact_id), a series being one subject, metric and unit. Order a series by position (period_date, then publication date, then fact_id), the order previous_value uses. A target or cumulative figure has its own metric code, so it is its own series. Rejected facts, and facts of rejected records, are left out.';
COMMENT ON COLUMN public.report_fact_series.subject_type IS 'Code of the subject type: park, park_group, company, project or fund.';
COMMENT ON COLUMN public.report_fact_series.subject_id IS 'Id of the subject in its view.';
COMMENT ON COLUMN public.report_fact_series.subject_name IS 'Current name of the subject.';
COMMENT ON COLUMN public.report_fact_series.metric IS 'Metric code (report_metrics.code).';
COMMENT ON COLUMN public.report_fact_series.unit IS 'Unit code: the currency for money (cny, usd ...), mu, m2, km2, ha, count, ratio.';
COMMENT ON COLUMN public.report_fact_series.period_date IS 'as_of when known, else the first article''s published_on (see published_precision: a year-only date is not 1 January); NULL when neither is known.';
COMMENT ON COLUMN public.report_fact_series.period_basis IS 'Which date period_date is: as_of or published_on; NULL when period_date is NULL.';
COMMENT ON COLUMN public.report_fact_series.as_of_text IS 'Period as written, e.g. 截至2024年3月底; NULL when none.';
COMMENT ON COLUMN public.report_fact_series.value IS 'The figure in the base unit, numeric (yuan for cny; ratio 0.1217 for 12.17%).';
COMMENT ON COLUMN public.report_fact_series.qualifier IS 'one of 约 (about), 超 (more than or at least: 超过, 逾, 以上, 不少于), 余 (and more: 余, 多), 近 (nearly, under: 近, 不足), 突破 (past); NULL when exact; the wording as written is in value_text.';
COMMENT ON COLUMN public.report_fact_series.value_text IS 'The figure verbatim; NULL when not kept.';
COMMENT ON COLUMN public.report_fact_series.has_conflict IS 'true when the fact is in a pair of report_conflicts.';
COMMENT ON COLUMN public.report_fact_series.fact_id IS 'fact_id (report_facts), the key.';
COMMENT ON COLUMN public.report_fact_series.article_id IS 'article_id of the first article that reported it.';
COMMENT ON COLUMN public.report_fact_series.article_file IS 'file_name of that article.';
COMMENT ON COLUMN public.report_fact_series.published_on IS 'Publication date of that article (see published_precision); NULL when unknown.';
COMMENT ON COLUMN public.report_fact_series.story_count IS 'Number of distinct stories (editions linked by duplicate_of count once) reporting this figure; bigint.';
COMMENT ON COLUMN public.report_fact_series.as_of IS 'Date the figure refers to, when the text gives a readable period; NULL otherwise.';
COMMENT ON COLUMN public.report_fact_series.published_precision IS 'Precision of published_on: day, month or year; NULL when unknown.';
COMMENT ON COLUMN public.report_fact_series.previous_value IS 'value of the previous fact in the same series; NULL for the first.';
COMMENT ON COLUMN public.report_fact_series.change_ratio IS 'value / previous_value - 1 (0.25 = up 25%); NULL when there is no previous value or it is 0.';
COMMENT ON COLUMN public.report_fact_series.position IS 'Place of the fact in its series, 1 for the earliest; bigint.';
