-- Question: how much of each fund's announced size has actually been paid in, and how much of that invested?
-- paid_in_ratio = paid_in / size; invested_ratio = invested / paid_in, each computed only when both amounts
-- are in the same currency (NULL where a figure is unknown). Amounts are shown in 亿 of their own currency.
-- Run: psql "$DATABASE_URL" -f reports/fund_paid_in_ratio.sql
-- Reads: report_funds.
SELECT name AS fund,
       park_name AS park,
       size_currency AS currency,
       round(size_amount / 1e8, 2) AS size_yi,
       round(paid_in_amount / 1e8, 2) AS paid_in_yi,
       round(invested_amount / 1e8, 2) AS invested_yi,
       CASE WHEN paid_in_currency = size_currency THEN round(paid_in_amount / NULLIF(size_amount, 0), 3) END
           AS paid_in_ratio,
       CASE WHEN invested_currency = paid_in_currency THEN round(invested_amount / NULLIF(paid_in_amount, 0), 3) END
           AS invested_ratio,
       article_count,
       review_status
FROM report_funds
ORDER BY paid_in_ratio DESC NULLS LAST, size_cny DESC NULLS LAST, size_amount DESC NULLS LAST, name;
