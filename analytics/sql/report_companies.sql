-- report_companies: one row per company or institution that is not rejected. Key: company_id.
CREATE VIEW public.report_companies AS
SELECT c.id AS company_id, c.name::text AS name, c.aliases::text[] AS aliases, c.kind::text AS kind,
       COALESCE((SELECT array_agg(p.name::text ORDER BY p.name, p.id)
                   FROM parks_company_parks cp JOIN parks_park p ON p.id = cp.park_id
                  WHERE cp.company_id = c.id AND p.review_status <> 'rejected'), '{}')::text[] AS park_names,
       c.review_status::text AS review_status,
       (SELECT count(DISTINCT COALESCE(a.duplicate_of_id, a.id))
          FROM loaders_evidence e JOIN loaders_sourcearticle a ON a.id = e.article_id
         WHERE e.entity_type = 'company' AND e.entity_id = c.id)::bigint AS article_count,
       c.confidence,
       COALESCE((SELECT array_agg(p.id ORDER BY p.name, p.id)
                   FROM parks_company_parks cp JOIN parks_park p ON p.id = cp.park_id
                  WHERE cp.company_id = c.id AND p.review_status <> 'rejected'), '{}')::bigint[] AS park_ids
FROM parks_company c
WHERE c.review_status <> 'rejected';

COMMENT ON VIEW public.report_companies IS 'One row per company or institution named in articles; key company_id. Rejected records are left out.';
COMMENT ON COLUMN public.report_companies.company_id IS 'Company id (parks_company.id), the key.';
COMMENT ON COLUMN public.report_companies.name IS 'Full name, e.g. 青岛中微创芯电子有限公司.';
COMMENT ON COLUMN public.report_companies.aliases IS 'Other names, e.g. the 简称 the article ties to the full name; text[], never NULL (empty array).';
COMMENT ON COLUMN public.report_companies.kind IS 'Code: enterprise, university, research, government or other.';
COMMENT ON COLUMN public.report_companies.park_names IS 'Names of the (non-rejected) parks the company is in, sorted by name; text[], never NULL (empty array). park_ids holds their ids in the same order.';
COMMENT ON COLUMN public.report_companies.review_status IS 'Editorial state: unreviewed or verified (rejected rows are not in this view).';
COMMENT ON COLUMN public.report_companies.article_count IS 'Number of stories with evidence for the company: distinct articles, where editions of one story (linked by duplicate_of) count once.';
COMMENT ON COLUMN public.report_companies.confidence IS 'How sure extraction is of the record, 0-1 (the best of the rules that produced it); NULL for records editors made.';
COMMENT ON COLUMN public.report_companies.park_ids IS 'park_id (report_parks) of each park in park_names, in the same order; bigint[], never NULL (empty array). Join with unnest(park_ids) AS park_id.';
