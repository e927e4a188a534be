-- Question: which figures do articles disagree on, and where does each value come from?
-- One row per pair of facts about the same subject, metric, unit and period whose values no single number
-- satisfies as written, each given by an article that does not give the other (report_conflicts says
-- exactly what is and is not a conflict), with both values, articles and quotes.
-- Run: psql "$DATABASE_URL" -f reports/conflicting_figures.sql
-- Reads: report_conflicts.
SELECT subject_name,
       metric,
       unit,
       value_a, value_text_a, as_of_text_a, article_file_a, quote_a,
       value_b, value_text_b, as_of_text_b, article_file_b, quote_b,
       round(abs(value_b - value_a) / NULLIF(greatest(abs(value_a), abs(value_b)), 0), 3) AS relative_difference
FROM report_conflicts
ORDER BY relative_difference DESC NULLS LAST, subject_name, metric;
