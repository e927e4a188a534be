-- Question: what did the last load change?
-- Takes the latest run that wrote something (not --dry-run) from report_load_runs and counts, per record
-- type, the records created and the records updated (by the load or by an editor) during that run's
-- window; one row per record type, next to the run's own counters. Records rejected since are not shown.
-- Run: psql "$DATABASE_URL" -f reports/last_load_changes.sql
-- Reads: report_load_runs, report_records.
WITH last_run AS (
    SELECT run_id, started_at, COALESCE(finished_at, now()) AS ended_at, extractor_version,
           files_seen, files_loaded, files_unchanged, files_refused,
           records_created, records_updated, records_unchanged, records_locked
    FROM report_load_runs
    WHERE NOT dry_run
    ORDER BY started_at DESC, run_id DESC
    LIMIT 1
),
record_types(entity_type, position) AS (
    VALUES ('park', 1), ('park_group', 2), ('company', 3), ('project', 4), ('fund', 5), ('fact', 6)
)
SELECT r.run_id,
       r.started_at,
       r.extractor_version,
       format('%s seen, %s loaded, %s unchanged, %s refused',
              r.files_seen, r.files_loaded, r.files_unchanged, r.files_refused) AS files,
       t.entity_type,
       count(rec.entity_id) FILTER (WHERE rec.created_at >= r.started_at) AS created_in_run,
       count(rec.entity_id) FILTER (WHERE rec.created_at < r.started_at) AS updated_in_run,
       string_agg(rec.name, '; ' ORDER BY rec.name) FILTER (WHERE rec.created_at >= r.started_at) AS created_names
FROM last_run r
CROSS JOIN record_types t
LEFT JOIN report_records rec
       ON rec.entity_type = t.entity_type AND rec.updated_at BETWEEN r.started_at AND r.ended_at
GROUP BY r.run_id, r.started_at, r.extractor_version, r.files_seen, r.files_loaded, r.files_unchanged,
         r.files_refused, t.entity_type, t.position
ORDER BY t.position;
