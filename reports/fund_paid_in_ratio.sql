-- Question: how much of each fund's announced size has actually been paid in, and how much of that invested?
-- paid_in_ratio = paid_in / size; invested_ratio = invested / paid_in (NULL where a figure is unknown).
-- Run: psql "$DATABASE_URL" -f reports/fund_paid_in_ratio.sql
-- Reads: report_funds.
SELECT name AS fund,
       park_name AS park,
       round(size_cny / 1e8, 2) AS size_yi_yuan,
       round(paid_in_cny / 1e8, 2) AS paid_in_yi_yuan,
       round(invested_cny / 1e8, 2) AS invested_yi_yuan,
       round(paid_in_cny / NULLIF(size_cny, 0), 3) AS paid_in_ratio,
       round(invested_cny / NULLIF(paid_in_cny, 0), 3) AS invested_ratio,
       article_count,
       review_status
FROM report_funds
ORDER BY paid_in_ratio DESC NULLS LAST, size_cny DESC NULLS LAST, name;
