-- report_article_coverage: what each article contributed. Key: article_id.
-- Counted per article (a LATERAL subquery over that article's evidence, by loaders_evidence's article_id
-- index, with one primary-key probe into live_records a row), not by joining all evidence to all records and
-- grouping: `LIMIT 100` then reads 100 articles' evidence instead of the whole table.
CREATE VIEW public.report_article_coverage AS
SELECT a.id AS article_id, a.file_name::text AS file_name, NULLIF(a.title, '')::text AS title,
       a.published_on, a.duplicate_of_id, COALESCE(a.duplicate_of_id, a.id) AS story_id,
       a.first_loaded_at, a.last_loaded_at,
       c.park_count, c.park_group_count, c.company_count, c.project_count, c.fund_count, c.fact_count,
       c.evidence_count,
       (SELECT count(*) FROM public.live_facts f WHERE f.article_id = a.id)::bigint AS first_reported_fact_count,
       (CASE WHEN a.published_on IS NOT NULL THEN COALESCE(NULLIF(a.published_precision, ''), 'day') END)::text
           AS published_precision
FROM loaders_sourcearticle a
CROSS JOIN LATERAL (
    SELECT count(DISTINCT e.entity_id) FILTER (WHERE e.entity_type = 'park')::bigint AS park_count,
           count(DISTINCT e.entity_id) FILTER (WHERE e.entity_type = 'park_group')::bigint AS park_group_count,
           count(DISTINCT e.entity_id) FILTER (WHERE e.entity_type = 'company')::bigint AS company_count,
           count(DISTINCT e.entity_id) FILTER (WHERE e.entity_type = 'project')::bigint AS project_count,
           count(DISTINCT e.entity_id) FILTER (WHERE e.entity_type = 'fund')::bigint AS fund_count,
           count(DISTINCT e.entity_id) FILTER (WHERE e.entity_type = 'fact')::bigint AS fact_count,
           count(*)::bigint AS evidence_count
      FROM loaders_evidence e
     WHERE e.article_id = a.id
       -- The record is shown in the reports (live_records: not rejected, a fact's subject not rejected
       -- either). Asked per row with the type as a constant, so each probe is one primary-key lookup;
       -- a plain EXISTS on live_records is planned as a hash join over all of it, per article.
       AND CASE e.entity_type
           WHEN 'fact' THEN EXISTS (SELECT 1 FROM public.live_facts lf WHERE lf.fact_id = e.entity_id)
           WHEN 'park' THEN EXISTS (SELECT 1 FROM public.live_subjects s
                                     WHERE s.entity_type = 'park' AND s.entity_id = e.entity_id)
           WHEN 'park_group' THEN EXISTS (SELECT 1 FROM public.live_subjects s
                                           WHERE s.entity_type = 'park_group' AND s.entity_id = e.entity_id)
           WHEN 'company' THEN EXISTS (SELECT 1 FROM public.live_subjects s
                                        WHERE s.entity_type = 'company' AND s.entity_id = e.entity_id)
           WHEN 'project' THEN EXISTS (SELECT 1 FROM public.live_subjects s
                                        WHERE s.entity_type = 'project' AND s.entity_id = e.entity_id)
           WHEN 'fund' THEN EXISTS (SELECT 1 FROM public.live_subjects s
                                     WHERE s.entity_type = 'fund' AND s.entity_id = e.entity_id)
           ELSE false END
) c;

COMMENT ON VIEW public.report_article_coverage IS 'One row per article (key article_id): how many records of each type it supports (has evidence for). Rejected records, and facts of rejected records, are not counted. Editions of one story share story_id; sum over DISTINCT story_id to avoid counting a story twice.';
COMMENT ON COLUMN public.report_article_coverage.article_id IS 'article_id (report_articles), the key.';
COMMENT ON COLUMN public.report_article_coverage.file_name IS 'Base name the article was first loaded under.';
COMMENT ON COLUMN public.report_article_coverage.title IS 'Headline; NULL when none was found.';
COMMENT ON COLUMN public.report_article_coverage.published_on IS 'Publication date (see published_precision); NULL when unknown.';
COMMENT ON COLUMN public.report_article_coverage.duplicate_of_id IS 'article_id of the earlier edition of the same story; NULL for an original.';
COMMENT ON COLUMN public.report_article_coverage.story_id IS 'coalesce(duplicate_of_id, article_id): the same for every edition of one story.';
COMMENT ON COLUMN public.report_article_coverage.first_loaded_at IS 'When the article was first loaded (timestamptz).';
COMMENT ON COLUMN public.report_article_coverage.last_loaded_at IS 'When it was last loaded or re-extracted (timestamptz).';
COMMENT ON COLUMN public.report_article_coverage.park_count IS 'Parks this article supports; bigint.';
COMMENT ON COLUMN public.report_article_coverage.park_group_count IS 'Park groups this article supports; bigint.';
COMMENT ON COLUMN public.report_article_coverage.company_count IS 'Companies and institutions this article supports; bigint.';
COMMENT ON COLUMN public.report_article_coverage.project_count IS 'Projects this article supports; bigint.';
COMMENT ON COLUMN public.report_article_coverage.fund_count IS 'Funds this article supports; bigint.';
COMMENT ON COLUMN public.report_article_coverage.fact_count IS 'Facts this article supports (including facts first reported elsewhere); bigint.';
COMMENT ON COLUMN public.report_article_coverage.evidence_count IS 'Evidence rows (quoted sentences supporting a field) of records shown in the reports; bigint.';
COMMENT ON COLUMN public.report_article_coverage.first_reported_fact_count IS 'Facts whose first source (report_facts.article_id) is this article; bigint.';
COMMENT ON COLUMN public.report_article_coverage.published_precision IS 'Precision of published_on: day, month or year; NULL when unknown.';
