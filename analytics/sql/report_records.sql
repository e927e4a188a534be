-- report_records: every curated record shown in the reports, with when it was created and last changed.
-- Key: (entity_type, entity_id).
CREATE VIEW public.report_records AS
SELECT r.entity_type, r.entity_id, r.name, r.review_status, r.source_lost, r.created_at, r.updated_at,
       (SELECT count(DISTINCT COALESCE(a.duplicate_of_id, a.id))
          FROM loaders_evidence e JOIN loaders_sourcearticle a ON a.id = e.article_id
         WHERE e.entity_type = r.entity_type AND e.entity_id = r.entity_id)::bigint AS story_count,
       r.confidence
FROM public.live_records r;

COMMENT ON VIEW public.report_records IS 'One row per curated record of any type (key (entity_type, entity_id)), with when it was created and last changed: use it with report_load_runs to see what a load changed. Rejected records, and facts of rejected records, are left out.';
COMMENT ON COLUMN public.report_records.entity_type IS 'Code of the record type: park, park_group, company, project, fund or fact.';
COMMENT ON COLUMN public.report_records.entity_id IS 'Id of the record in its view (park_id, company_id, project_id, fund_id, fact_id, park group id).';
COMMENT ON COLUMN public.report_records.name IS 'The record''s name; for a fact, its subject''s name and metric code.';
COMMENT ON COLUMN public.report_records.review_status IS 'Editorial state: unreviewed or verified.';
COMMENT ON COLUMN public.report_records.source_lost IS 'true when every article supporting this editor-kept record was unloaded.';
COMMENT ON COLUMN public.report_records.created_at IS 'When the record was created (timestamptz).';
COMMENT ON COLUMN public.report_records.updated_at IS 'When the record last changed, by a load or an editor (timestamptz).';
COMMENT ON COLUMN public.report_records.story_count IS 'Number of distinct stories (editions linked by duplicate_of count once) with evidence for the record; bigint.';
COMMENT ON COLUMN public.report_records.confidence IS 'How sure extraction is of the record, 0-1; NULL for records editors made.';
