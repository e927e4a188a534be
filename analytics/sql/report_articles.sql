-- report_articles: one row per loaded article. Key: article_id.
CREATE VIEW public.report_articles AS
SELECT a.id AS article_id, a.file_name::text AS file_name, a.sha256::text AS sha256,
       NULLIF(a.title, '')::text AS title, NULLIF(a.outlet, '')::text AS outlet,
       a.published_on, a.char_count::integer AS char_count, a.duplicate_of_id,
       (CASE WHEN a.published_on IS NOT NULL THEN COALESCE(NULLIF(a.published_precision, ''), 'day') END)::text
           AS published_precision,
       (CASE WHEN a.published_on IS NULL THEN NULL
             WHEN a.published_precision = 'year' THEN to_char(a.published_on, 'YYYY')
             WHEN a.published_precision = 'month' THEN to_char(a.published_on, 'YYYY-MM')
             ELSE to_char(a.published_on, 'YYYY-MM-DD') END)::text AS published_text,
       COALESCE(a.duplicate_of_id, a.id) AS story_id
FROM loaders_sourcearticle a;

COMMENT ON VIEW public.report_articles IS 'One row per loaded article (distinct normalised text); key article_id. Editions of one story are separate rows linked by duplicate_of_id and share story_id; count stories with count(DISTINCT story_id).';
COMMENT ON COLUMN public.report_articles.article_id IS 'Article id (loaders_sourcearticle.id), the key; article_id in the other report views points here.';
COMMENT ON COLUMN public.report_articles.file_name IS 'Base name of the file the article was first loaded under, e.g. 000_6e0cfa05402543f3.txt.';
COMMENT ON COLUMN public.report_articles.sha256 IS 'SHA-256 (64 hex digits) of the normalised text: the article''s identity; a renamed copy has the same value.';
COMMENT ON COLUMN public.report_articles.title IS 'Headline as found in the text; NULL when none was found.';
COMMENT ON COLUMN public.report_articles.outlet IS 'Publishing outlet (媒体), e.g. 青岛日报; NULL when not stated.';
COMMENT ON COLUMN public.report_articles.published_on IS 'Publication date, stated in the text or inferred from it (loaders_sourcearticle.date_basis says how); NULL when unknown. Read it with published_precision: a date known only to the month or year is stored as the first day of that month or year, which is not the publication day (use published_text to show it).';
COMMENT ON COLUMN public.report_articles.char_count IS 'Characters in the normalised text (integer).';
COMMENT ON COLUMN public.report_articles.duplicate_of_id IS 'article_id of the earlier-loaded edition of the same story (40% or more of the shorter article''s sentences near-verbatim in the other); NULL for an original.';
COMMENT ON COLUMN public.report_articles.published_precision IS 'How much of published_on is known: day, month or year; NULL when published_on is NULL.';
COMMENT ON COLUMN public.report_articles.published_text IS 'published_on written to its precision: 2021-06-02, 2024-04 or 2021; NULL when unknown. Never shows a day that is not known.';
COMMENT ON COLUMN public.report_articles.story_id IS 'coalesce(duplicate_of_id, article_id): the same for every edition of one story.';
