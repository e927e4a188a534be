-- Question: which figures do articles disagree on, and where does each value come from?
-- One row per pair of facts with the same subject, metric and unit but different values, with both
-- articles and quotes. same_period = false means the two may simply be figures for different periods.
-- Run: psql "$DATABASE_URL" -f reports/conflicting_figures.sql
-- Reads: report_conflicts.
SELECT subject_name,
       metric,
       unit,
       same_period,
       value_a, value_text_a, as_of_text_a, article_file_a, quote_a,
       value_b, value_text_b, as_of_text_b, article_file_b, quote_b,
       round(abs(value_b - value_a) / NULLIF(greatest(abs(value_a), abs(value_b)), 0), 3) AS relative_difference
FROM report_conflicts
ORDER BY same_period DESC, relative_difference DESC NULLS LAST, subject_name, metric;
