-- live_facts (internal, not granted to analysts): facts that are not rejected and whose subject exists and
-- is not rejected, with the subject's current name, their first article and its date, their first quote,
-- every article that reports them, and the range of values their wording allows (value_low .. value_high:
-- 约30亿 is 27亿 .. 33亿, 超万人 is 10000 .. unbounded, 50余家 is 50 .. 59.9, 近200 is 180 .. 200), used to tell a
-- disagreement from equivalent wording.
CREATE VIEW public.live_facts AS
SELECT f.id AS fact_id, f.subject_type::text AS subject_type, f.subject_id,
       COALESCE(sp.name, sg.name, sc.name, spr.name, sf.name)::text AS subject_name,
       f.metric::text AS metric, f.value::numeric AS value, f.unit::text AS unit,
       NULLIF(f.qualifier, '')::text AS qualifier, NULLIF(f.value_text, '')::text AS value_text,
       f.as_of, NULLIF(f.as_of_text, '')::text AS as_of_text, f.review_status::text AS review_status,
       f.confidence, f.source_lost, f.created_at, f.updated_at, f.has_conflict,
       f.article_id, a.file_name::text AS article_file, a.published_on,
       NULLIF(a.published_precision, '')::text AS published_precision,
       (SELECT e.quote FROM loaders_evidence e
         WHERE e.entity_type = 'fact' AND e.entity_id = f.id AND e.article_id = f.article_id
         ORDER BY e.start_offset LIMIT 1)::text AS quote,
       COALESCE((SELECT array_agg(DISTINCT e.article_id ORDER BY e.article_id) FROM loaders_evidence e
                  WHERE e.entity_type = 'fact' AND e.entity_id = f.id), '{}')::bigint[] AS article_ids,
       (SELECT count(DISTINCT COALESCE(sa.duplicate_of_id, sa.id))
          FROM loaders_evidence e JOIN loaders_sourcearticle sa ON sa.id = e.article_id
         WHERE e.entity_type = 'fact' AND e.entity_id = f.id)::bigint AS story_count,
       (CASE WHEN f.qualifier IN ('约', '左右', '上下', '大约') THEN f.value * 0.9
             WHEN f.qualifier IN ('近', '将近', '接近') THEN f.value * 0.9
             WHEN f.qualifier IN ('不到', '不足', '以内', '以下', '不超过', '低于') THEN 0
             ELSE f.value END)::numeric AS value_low,
       (CASE WHEN f.qualifier IN ('约', '左右', '上下', '大约') THEN f.value * 1.1
             -- 30余家 is 30 .. 39, 200余家 200 .. 299: up to the next step of the last non-zero digit
             WHEN f.qualifier IN ('余', '多') THEN f.value + 0.99 * (CASE
                  WHEN f.value > 0 AND f.value = trunc(f.value)
                  THEN power(10::numeric, length(trunc(f.value)::text) - length(rtrim(trunc(f.value)::text, '0')))
                  ELSE 1 END)
             WHEN f.qualifier IN ('超', '超过', '逾', '突破', '以上', '不少于', '至少', '多于', '高于') THEN NULL
             ELSE f.value END)::numeric AS value_high
FROM projects_fact f
-- One join per subject type (not live_subjects' UNION), so a query about a few subjects reads only their rows.
LEFT JOIN parks_park sp ON f.subject_type = 'park' AND sp.id = f.subject_id
LEFT JOIN parks_parkgroup sg ON f.subject_type = 'park_group' AND sg.id = f.subject_id
LEFT JOIN parks_company sc ON f.subject_type = 'company' AND sc.id = f.subject_id
LEFT JOIN projects_project spr ON f.subject_type = 'project' AND spr.id = f.subject_id
LEFT JOIN projects_fund sf ON f.subject_type = 'fund' AND sf.id = f.subject_id
LEFT JOIN loaders_sourcearticle a ON a.id = f.article_id
WHERE f.review_status <> 'rejected'
  AND COALESCE(sp.review_status, sg.review_status, sc.review_status, spr.review_status, sf.review_status)
      <> 'rejected';
