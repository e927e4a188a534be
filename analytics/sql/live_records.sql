-- live_records (internal, not granted to analysts): every curated record the reports show, facts included
-- (a fact only while its subject is shown too).
CREATE VIEW public.live_records AS
SELECT entity_type, entity_id, name, review_status, source_lost, confidence, created_at, updated_at
  FROM public.live_subjects
UNION ALL
SELECT 'fact', fact_id, subject_name || ' ' || metric, review_status, source_lost, confidence, created_at, updated_at
  FROM public.live_facts;
