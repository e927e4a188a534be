-- report_load_runs: one row per load_seeds run. Key: run_id.
CREATE VIEW public.report_load_runs AS
SELECT r.id AS run_id, r.started_at, r.finished_at,
       (EXTRACT(EPOCH FROM r.finished_at - r.started_at))::numeric AS duration_seconds,
       r.extractor_version::text AS extractor_version, r.dry_run,
       r.files_seen::integer AS files_seen, r.files_loaded::integer AS files_loaded,
       r.files_unchanged::integer AS files_unchanged, r.files_refused::integer AS files_refused,
       r.records_created::integer AS records_created, r.records_updated::integer AS records_updated,
       r.records_unchanged::integer AS records_unchanged, r.records_locked::integer AS records_locked,
       (COALESCE(r.report, '{}'::jsonb) - 'paths'
                || CASE WHEN jsonb_typeof(r.report -> 'files') = 'array' THEN jsonb_build_object('files',
                     (SELECT COALESCE(jsonb_agg(CASE WHEN jsonb_typeof(f.item -> 'path') = 'string'
                                                     THEN jsonb_set(f.item, '{path}',
                                                          to_jsonb(regexp_replace(f.item ->> 'path', '^.*[/\\]', '')))
                                                     ELSE f.item END ORDER BY f.n), '[]'::jsonb)
                        FROM jsonb_array_elements(r.report -> 'files') WITH ORDINALITY AS f(item, n)))
                   ELSE '{}'::jsonb END) AS report
FROM loaders_loadrun r;

COMMENT ON VIEW public.report_load_runs IS 'One row per load_seeds run (key run_id): when, which extractor version, and the files and records it counted.';
COMMENT ON COLUMN public.report_load_runs.run_id IS 'Run id (loaders_loadrun.id), the key.';
COMMENT ON COLUMN public.report_load_runs.started_at IS 'When the run started (timestamptz).';
COMMENT ON COLUMN public.report_load_runs.finished_at IS 'When it finished; NULL when it did not finish.';
COMMENT ON COLUMN public.report_load_runs.duration_seconds IS 'finished_at - started_at in seconds (numeric); NULL when not finished.';
COMMENT ON COLUMN public.report_load_runs.extractor_version IS 'Version of the extractor used; articles from an older version are re-extracted.';
COMMENT ON COLUMN public.report_load_runs.dry_run IS 'true when the run wrote nothing (--dry-run).';
COMMENT ON COLUMN public.report_load_runs.files_seen IS 'Files found.';
COMMENT ON COLUMN public.report_load_runs.files_loaded IS 'Files loaded or re-extracted.';
COMMENT ON COLUMN public.report_load_runs.files_unchanged IS 'Files already loaded by this extractor version (no-op).';
COMMENT ON COLUMN public.report_load_runs.files_refused IS 'Files refused (empty, binary, undecodable ...).';
COMMENT ON COLUMN public.report_load_runs.records_created IS 'Records created.';
COMMENT ON COLUMN public.report_load_runs.records_updated IS 'Records updated.';
COMMENT ON COLUMN public.report_load_runs.records_unchanged IS 'Records found unchanged.';
COMMENT ON COLUMN public.report_load_runs.records_locked IS 'Changes skipped because an editor had locked the field.';
COMMENT ON COLUMN public.report_load_runs.report IS 'The run''s report as load_seeds --json prints it (per-file outcome, warnings), with each file''s path reduced to its base name and the list of paths given left out; jsonb, never NULL.';
