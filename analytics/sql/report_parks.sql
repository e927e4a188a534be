-- report_parks: one row per park that is not rejected. Key: park_id.
CREATE VIEW public.report_parks AS
SELECT p.id AS park_id, p.name::text AS name, p.aliases::text[] AS aliases,
       NULLIF(p.city, '')::text AS city, NULLIF(p.district, '')::text AS district,
       NULLIF(p.kind, '')::text AS kind,
       (SELECT pp.id FROM parks_park pp WHERE pp.id = p.parent_id AND pp.review_status <> 'rejected') AS parent_park_id,
       p.review_status::text AS review_status,
       (SELECT count(DISTINCT COALESCE(a.duplicate_of_id, a.id))
          FROM loaders_evidence e JOIN loaders_sourcearticle a ON a.id = e.article_id
         WHERE e.entity_type = 'park' AND e.entity_id = p.id)::bigint AS article_count,
       p.confidence
FROM parks_park p
WHERE p.review_status <> 'rejected';

COMMENT ON VIEW public.report_parks IS 'One row per industrial park (产业园, 高新区, 开发区 ...); key park_id. Rejected records are left out.';
COMMENT ON COLUMN public.report_parks.park_id IS 'Park id (parks_park.id), the key; park_id in the other report views points here.';
COMMENT ON COLUMN public.report_parks.name IS 'Park name as editors want it shown (Chinese).';
COMMENT ON COLUMN public.report_parks.aliases IS 'Other names of the park (variants, names merged into it); text[], never NULL (empty array).';
COMMENT ON COLUMN public.report_parks.city IS 'City without 市, e.g. 青岛; NULL when unknown. With the normalised name, the park''s natural key.';
COMMENT ON COLUMN public.report_parks.district IS 'District or host area (区县); NULL when unknown.';
COMMENT ON COLUMN public.report_parks.kind IS 'Kind of park in Chinese as the articles call it (高新区, 经济技术开发区, 新兴产业专业园区, 产业园 ...); free text, not a code; NULL when unknown.';
COMMENT ON COLUMN public.report_parks.parent_park_id IS 'park_id of the park this one lies in (东江科技园 in 仲恺高新区); NULL for a top-level park or when the parent was rejected.';
COMMENT ON COLUMN public.report_parks.review_status IS 'Editorial state: unreviewed or verified (rejected rows are not in this view).';
COMMENT ON COLUMN public.report_parks.article_count IS 'Number of stories with evidence for the park: distinct articles, where editions of one story (linked by duplicate_of) count once.';
COMMENT ON COLUMN public.report_parks.confidence IS 'How sure extraction is of the record, 0-1 (the best of the rules that produced it); NULL for records editors made.';
