-- report_metrics: the metric vocabulary, one row per code facts may carry. Key: code.
-- Rows come from loaders/extract/tables/metrics.py through migrations (projects_metric).
CREATE VIEW public.report_metrics AS
SELECT m.code::text AS code, m.label_zh::text AS label_zh, m.label_en::text AS label_en, m.unit::text AS unit,
       m.kind::text AS kind, m.description::text AS description,
       COALESCE(used.fact_count, 0)::bigint AS fact_count
FROM projects_metric m
-- live_fact_metrics has the rows of live_facts, read from indexes: counting them does not visit every fact.
LEFT JOIN (SELECT f.metric, count(*) AS fact_count FROM public.live_fact_metrics f GROUP BY f.metric) used
       ON used.metric = m.code;

COMMENT ON VIEW public.report_metrics IS 'The metric vocabulary: one row per code report_facts.metric may hold, with its labels, unit and kind; key code. A code names a quantity, never a currency; each countable quantity has a target (<code>_target) and a cumulative (<code>_cumulative) variant.';
COMMENT ON COLUMN public.report_metrics.code IS 'The metric code, the key; report_facts.metric, report_conflicts.metric and report_fact_series.metric point here.';
COMMENT ON COLUMN public.report_metrics.label_zh IS 'Chinese label, e.g. 营业收入.';
COMMENT ON COLUMN public.report_metrics.label_en IS 'English label, e.g. revenue.';
COMMENT ON COLUMN public.report_metrics.unit IS 'What values are measured in: money (each fact''s unit is its currency: cny, usd ...), count, mu, m2, km2, ha or ratio.';
COMMENT ON COLUMN public.report_metrics.kind IS 'reported (a figure the text states as achieved), target (争取, 力争, 目标, 到2030年 ...), cumulative (累计, N年来) or ratio (growth rates and shares).';
COMMENT ON COLUMN public.report_metrics.description IS 'What the metric counts, with the words that signal it in articles.';
COMMENT ON COLUMN public.report_metrics.fact_count IS 'Facts with this code in report_facts; bigint, 0 when none.';
