-- Question: which parks attract the most planned investment, and how sure are we?
-- Ranked by the planned-investment total articles report for the park (reported_planned_investment_cny:
-- the latest figure, e.g. 潍坊高新区 计划建设产业项目174个, 总投资1436亿元), with its wording, period and
-- source article. Beside it, for comparison only, the sum of the park's named projects' yuan amounts
-- (project_investment_cny): articles name a few projects, so that sum is not the park's total, and the two
-- are never added. NULL means no article gives the figure (not 0). "How sure": how many distinct stories
-- mention the park and whether an editor has verified it.
-- Run: psql "$DATABASE_URL" -f reports/top_parks_by_planned_investment.sql
-- Reads: report_park_summary, report_articles.
SELECT s.name AS park,
       s.city,
       round(s.reported_planned_investment_cny / 1e8, 2) AS reported_planned_investment_yi_yuan,  -- 亿元
       s.reported_planned_investment_text AS reported_as,
       s.reported_planned_investment_period AS reported_for,
       a.file_name AS reported_in,
       round(s.project_investment_cny / 1e8, 2) AS named_projects_investment_yi_yuan,
       s.projects_with_investment,
       s.project_count,
       s.story_count,
       s.review_status
FROM report_park_summary s
LEFT JOIN report_articles a ON a.article_id = s.reported_planned_investment_article_id
WHERE s.reported_planned_investment_cny IS NOT NULL OR s.project_investment_cny IS NOT NULL
ORDER BY s.reported_planned_investment_cny DESC NULLS LAST, s.project_investment_cny DESC NULLS LAST, s.name
LIMIT 20;
