-- report_park_figures: the latest figure of each metric for each park. Key: (park_id, metric, unit).
-- Latest: latest as_of date, then latest publication of its first article; within one article the largest
-- figure (an article that gives a park's total and a part of it gives the total first in this order).
CREATE VIEW public.report_park_figures AS
SELECT park_id, park_name, metric, fact_id, value, unit, qualifier, value_text, as_of, as_of_text,
       published_on, has_conflict, article_id, article_file, figures_reported, published_precision
FROM (
    SELECT f.subject_id AS park_id, f.subject_name AS park_name, f.metric, f.fact_id, f.value, f.unit,
           f.qualifier, f.value_text, f.as_of, f.as_of_text, f.published_on, f.published_precision,
           f.has_conflict,
           f.article_id, f.article_file,
           (count(*) OVER (PARTITION BY f.subject_id, f.metric, f.unit))::bigint AS figures_reported,
           row_number() OVER (PARTITION BY f.subject_id, f.metric, f.unit
                              ORDER BY COALESCE(f.as_of, f.published_on) DESC NULLS LAST,
                                       f.published_on DESC NULLS LAST, f.value DESC, f.fact_id DESC) AS recency
    FROM public.live_facts f
    WHERE f.subject_type = 'park'
) ranked
WHERE recency = 1;

COMMENT ON VIEW public.report_park_figures IS 'The latest figure of each metric for each park: one row per park, metric and unit; key (park_id, metric, unit). Latest means latest as_of date (else publication date of its first article), then latest publication, then the largest value (an article giving a park''s total and a part of it). Rejected parks and facts are left out.';
COMMENT ON COLUMN public.report_park_figures.park_id IS 'park_id (report_parks).';
COMMENT ON COLUMN public.report_park_figures.park_name IS 'The park''s name.';
COMMENT ON COLUMN public.report_park_figures.metric IS 'Metric code (report_metrics.code).';
COMMENT ON COLUMN public.report_park_figures.fact_id IS 'fact_id of the latest figure (report_facts).';
COMMENT ON COLUMN public.report_park_figures.value IS 'The figure in the base unit of unit (yuan for cny), numeric.';
COMMENT ON COLUMN public.report_park_figures.unit IS 'Unit code: the currency for money (cny, usd ...), mu, m2, km2, ha, count, ratio.';
COMMENT ON COLUMN public.report_park_figures.qualifier IS 'one of 约 (about), 超 (more than or at least: 超过, 逾, 以上, 不少于), 余 (and more: 余, 多), 近 (nearly, under: 近, 不足), 突破 (past); NULL when exact; the wording as written is in value_text.';
COMMENT ON COLUMN public.report_park_figures.value_text IS 'The figure verbatim; NULL when not kept.';
COMMENT ON COLUMN public.report_park_figures.as_of IS 'Date the figure refers to; NULL when not a readable date.';
COMMENT ON COLUMN public.report_park_figures.as_of_text IS 'Period as written; NULL when none.';
COMMENT ON COLUMN public.report_park_figures.published_on IS 'Publication date of the article that first reported it (see published_precision); NULL when unknown.';
COMMENT ON COLUMN public.report_park_figures.has_conflict IS 'true when the fact is in a pair of report_conflicts.';
COMMENT ON COLUMN public.report_park_figures.article_id IS 'article_id of the first article that reported it.';
COMMENT ON COLUMN public.report_park_figures.article_file IS 'file_name of that article.';
COMMENT ON COLUMN public.report_park_figures.figures_reported IS 'How many facts (values or periods) exist for this park, metric and unit; 1 means no history; bigint.';
COMMENT ON COLUMN public.report_park_figures.published_precision IS 'Precision of published_on: day, month or year.';
