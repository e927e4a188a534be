-- report_park_groups: which parks belong to which park group (青岛8个新兴产业专业园区). Key: (group_id, park_id).
CREATE VIEW public.report_park_groups AS
SELECT g.id AS group_id, g.name::text AS group_name, m.park_id, m.park_name,
       NULLIF(g.city, '')::text AS city, g.aliases::text[] AS group_aliases,
       g.review_status::text AS review_status, g.confidence,
       (SELECT count(DISTINCT COALESCE(a.duplicate_of_id, a.id))
          FROM loaders_evidence e JOIN loaders_sourcearticle a ON a.id = e.article_id
         WHERE e.entity_type = 'park_group' AND e.entity_id = g.id)::bigint AS article_count
FROM parks_parkgroup g
LEFT JOIN (SELECT gm.parkgroup_id, p.id AS park_id, p.name::text AS park_name
             FROM parks_parkgroup_members gm JOIN parks_park p ON p.id = gm.park_id
            WHERE p.review_status <> 'rejected') m ON m.parkgroup_id = g.id
WHERE g.review_status <> 'rejected';

COMMENT ON VIEW public.report_park_groups IS 'Park groups and their member parks: one row per group and member park; a group with no known member has one row with park_id NULL. Key: (group_id, park_id). Facts about a group have subject_type = ''park_group'' and subject_id = group_id; its sources are in report_evidence (entity_type = ''park_group''). Rejected groups and parks are left out.';
COMMENT ON COLUMN public.report_park_groups.group_id IS 'Park group id (parks_parkgroup.id).';
COMMENT ON COLUMN public.report_park_groups.group_name IS 'The group''s name as articles give it, e.g. 青岛8个新兴产业专业园区.';
COMMENT ON COLUMN public.report_park_groups.park_id IS 'park_id (report_parks) of a member park; NULL when no member is known.';
COMMENT ON COLUMN public.report_park_groups.park_name IS 'Name of that park; NULL when park_id is NULL.';
COMMENT ON COLUMN public.report_park_groups.city IS 'City of the group, if any; NULL when unknown.';
COMMENT ON COLUMN public.report_park_groups.group_aliases IS 'Other names of the group; text[], never NULL.';
COMMENT ON COLUMN public.report_park_groups.review_status IS 'Editorial state of the group: unreviewed or verified.';
COMMENT ON COLUMN public.report_park_groups.confidence IS 'How sure extraction is of the group, 0-1; NULL for groups editors made.';
COMMENT ON COLUMN public.report_park_groups.article_count IS 'Number of stories with evidence for the group (editions of one story count once); bigint.';
