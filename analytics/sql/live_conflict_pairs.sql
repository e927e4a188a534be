-- live_conflict_pairs (internal): every pair of facts that disagree, computed from live_facts. Key: (fact_id_a, fact_id_b).
-- curation/conflicts.py sets Fact.has_conflict from it; report_conflicts shows the flagged pairs.
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
-- Fact.has_conflict is set from this view (loaders/conflicts.py), so the flag, this view and the editors'
-- queue agree.
CREATE VIEW public.live_conflict_pairs AS
SELECT a.subject_type, a.subject_id, a.subject_name, a.metric, a.unit,
       TRUE AS same_period,
       a.fact_id AS fact_id_a, a.value AS value_a, a.value_text AS value_text_a,
       a.as_of_text AS as_of_text_a, a.article_id AS article_id_a, a.article_file AS article_file_a,
       a.quote AS quote_a,
       b.fact_id AS fact_id_b, b.value AS value_b, b.value_text AS value_text_b,
       b.as_of_text AS as_of_text_b, b.article_id AS article_id_b, b.article_file AS article_file_b,
       b.quote AS quote_b,
       a.as_of AS as_of_a, b.as_of AS as_of_b,
       a.article_ids AS article_ids_a, b.article_ids AS article_ids_b,
       a.has_conflict AS flagged_a, b.has_conflict AS flagged_b
FROM public.live_facts a
JOIN public.live_facts b
  ON b.subject_type = a.subject_type AND b.subject_id = a.subject_id AND b.metric = a.metric
 AND b.unit = a.unit AND b.fact_id > a.fact_id
WHERE (a.as_of = b.as_of
       OR (a.as_of IS NULL AND b.as_of IS NULL
           AND a.as_of_text IS NOT DISTINCT FROM b.as_of_text
           AND (a.published_on IS NULL OR b.published_on IS NULL
                OR date_part('year', a.published_on) = date_part('year', b.published_on))))
  AND (a.value_high < b.value_low OR b.value_high < a.value_low)
  AND NOT (a.article_ids <@ b.article_ids) AND NOT (b.article_ids <@ a.article_ids);
