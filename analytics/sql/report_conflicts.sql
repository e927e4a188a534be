-- report_conflicts: figures articles disagree on. Key: (fact_id_a, fact_id_b).
-- Two facts conflict when all of these hold:
--   * same subject, metric and unit (a target, a cumulative and an annual figure have different metric
--     codes, so a figure and its target are never a pair);
--   * same period: the same as_of date, or, when neither has one, the same period wording (or none) in
--     articles published in the same year;
--   * values no single number satisfies as written (value_low .. value_high in live_facts): 50余家 and
--     50多家, 超万人 and 超10000人, 约30亿 and 31亿 are equivalent wording, not a disagreement;
--   * different articles: each value is given by an article that does not give the other. Two values one
--     article gives side by side are two scopes (the park and one of its parts), not a disagreement; two
--     editions of one story that differ are a conflict, exactly what an editor must settle.
-- The pairs themselves are computed once, in live_conflict_pairs; Fact.has_conflict is set from there
-- (curation/conflicts.py) on every change that can make or break a pair, so only flagged facts need to
-- be read here. Candidate pairs are two flagged facts of one subject and metric (an index scan of the
-- flags and a hash of them); each is checked against live_conflict_pairs by its two fact ids, one pair at
-- a time (OFFSET 0 keeps that subquery from being merged into one join that sorts every flagged fact
-- before returning a row), so LIMIT 100 stops after about a hundred candidates: 37 ms at the million-row
-- scale with 25,000 flagged facts, where one merge join over both sides took 620 ms.
CREATE VIEW public.report_conflicts AS
SELECT p.subject_type, p.subject_id, p.subject_name, p.metric, p.unit, p.same_period,
       p.fact_id_a, p.value_a, p.value_text_a, p.as_of_text_a, p.article_id_a, p.article_file_a, p.quote_a,
       p.fact_id_b, p.value_b, p.value_text_b, p.as_of_text_b, p.article_id_b, p.article_file_b, p.quote_b,
       p.as_of_a, p.as_of_b, p.article_ids_a, p.article_ids_b
FROM public.projects_fact fa
JOIN public.projects_fact fb
  ON fb.subject_type = fa.subject_type AND fb.subject_id = fa.subject_id AND fb.metric = fa.metric
 AND fb.id > fa.id AND fb.has_conflict
CROSS JOIN LATERAL (SELECT * FROM public.live_conflict_pairs l
                     WHERE l.fact_id_a = fa.id AND l.fact_id_b = fb.id OFFSET 0) p
WHERE fa.has_conflict;

COMMENT ON VIEW public.report_conflicts IS 'Figures that disagree: one row per pair of facts about the same subject, metric, unit and period whose values no single number satisfies as written, each given by an article that does not give the other (editions of one story included). A figure and its target, a cumulative and an annual figure, two values one article gives side by side (two scopes), and equivalent wording (50余家 / 50多家) are not conflicts. Key: (fact_id_a, fact_id_b), ordered by fact_id. Rejected facts, and facts of rejected records, are left out.';
COMMENT ON COLUMN public.report_conflicts.subject_type IS 'Code of the subject type: park, park_group, company, project or fund.';
COMMENT ON COLUMN public.report_conflicts.subject_id IS 'Id of the subject in its view.';
COMMENT ON COLUMN public.report_conflicts.subject_name IS 'Current name of the subject.';
COMMENT ON COLUMN public.report_conflicts.metric IS 'Metric code (report_metrics.code).';
COMMENT ON COLUMN public.report_conflicts.unit IS 'Unit code shared by both values (the currency, for money).';
COMMENT ON COLUMN public.report_conflicts.same_period IS 'Always true: only figures for the same period are paired (kept for queries written when this view also paired different periods).';
COMMENT ON COLUMN public.report_conflicts.fact_id_a IS 'fact_id of the first fact (the smaller id).';
COMMENT ON COLUMN public.report_conflicts.value_a IS 'Its value in the base unit, numeric.';
COMMENT ON COLUMN public.report_conflicts.value_text_a IS 'Its figure verbatim; NULL when not kept.';
COMMENT ON COLUMN public.report_conflicts.as_of_text_a IS 'Its period as written; NULL when none.';
COMMENT ON COLUMN public.report_conflicts.article_id_a IS 'article_id of its first source.';
COMMENT ON COLUMN public.report_conflicts.article_file_a IS 'file_name of that article.';
COMMENT ON COLUMN public.report_conflicts.quote_a IS 'The sentence of that article it comes from, verbatim.';
COMMENT ON COLUMN public.report_conflicts.fact_id_b IS 'fact_id of the second fact (the larger id).';
COMMENT ON COLUMN public.report_conflicts.value_b IS 'Its value in the base unit, numeric.';
COMMENT ON COLUMN public.report_conflicts.value_text_b IS 'Its figure verbatim; NULL when not kept.';
COMMENT ON COLUMN public.report_conflicts.as_of_text_b IS 'Its period as written; NULL when none.';
COMMENT ON COLUMN public.report_conflicts.article_id_b IS 'article_id of its first source.';
COMMENT ON COLUMN public.report_conflicts.article_file_b IS 'file_name of that article.';
COMMENT ON COLUMN public.report_conflicts.quote_b IS 'The sentence of that article it comes from, verbatim.';
COMMENT ON COLUMN public.report_conflicts.as_of_a IS 'Date the first figure refers to; NULL when not a readable date.';
COMMENT ON COLUMN public.report_conflicts.as_of_b IS 'Date the second figure refers to; NULL when not a readable date.';
COMMENT ON COLUMN public.report_conflicts.article_ids_a IS 'Every article (article_id) that gives the first value; bigint[].';
COMMENT ON COLUMN public.report_conflicts.article_ids_b IS 'Every article that gives the second value; bigint[].';
