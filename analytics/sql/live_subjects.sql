-- live_subjects (internal, not granted to analysts): every curated record but facts that is not rejected,
-- one row per (entity_type, entity_id). The report views use it to leave out what belongs to a rejected
-- or deleted record: a fact about a park nobody can see, the evidence of a rejected company.
CREATE VIEW public.live_subjects AS
SELECT 'park'::text AS entity_type, p.id AS entity_id, p.name::text AS name, p.review_status::text AS review_status,
       p.source_lost, p.confidence, p.created_at, p.updated_at
  FROM parks_park p WHERE p.review_status <> 'rejected'
UNION ALL
SELECT 'park_group', g.id, g.name, g.review_status, g.source_lost, g.confidence, g.created_at, g.updated_at
  FROM parks_parkgroup g WHERE g.review_status <> 'rejected'
UNION ALL
SELECT 'company', c.id, c.name, c.review_status, c.source_lost, c.confidence, c.created_at, c.updated_at
  FROM parks_company c WHERE c.review_status <> 'rejected'
UNION ALL
SELECT 'project', pr.id, pr.name, pr.review_status, pr.source_lost, pr.confidence, pr.created_at, pr.updated_at
  FROM projects_project pr WHERE pr.review_status <> 'rejected'
UNION ALL
SELECT 'fund', fu.id, fu.name, fu.review_status, fu.source_lost, fu.confidence, fu.created_at, fu.updated_at
  FROM projects_fund fu WHERE fu.review_status <> 'rejected';
