-- Question: which parks attract the most planned investment, and how sure are we?
-- Planned investment is the sum of the park's projects' yuan amounts (dollar amounts are not converted and
-- not included); "how sure" is how many projects carry an amount, how many distinct stories mention the
-- park, and whether an editor has verified it.
-- Run: psql "$DATABASE_URL" -f reports/top_parks_by_planned_investment.sql
-- Reads: report_park_summary.
SELECT name AS park,
       city,
       round(planned_investment_cny / 1e8, 2) AS planned_investment_yi_yuan,  -- 亿元 (100 million yuan)
       planned_investment_cny,
       projects_with_investment,
       project_count,
       story_count,
       review_status
FROM report_park_summary
ORDER BY planned_investment_cny DESC, project_count DESC, name
LIMIT 20;
