-- Question: how far along are each park's projects (signed, started, under construction, in production ...)?
-- One row per park and status; projects with no known park are grouped under "(no park)", and a status no
-- article states is shown as "(not stated)".
-- Run: psql "$DATABASE_URL" -f reports/projects_by_status_per_park.sql
-- Reads: report_projects.
SELECT COALESCE(park_name, '(no park)') AS park,
       COALESCE(status, '(not stated)') AS status,
       count(*) AS projects,
       round(sum(investment_cny) / 1e8, 2) AS investment_yi_yuan,  -- yuan amounts only, in 亿元
       string_agg(name, '; ' ORDER BY name) AS project_names
FROM report_projects
GROUP BY park_name, status
ORDER BY park_name NULLS LAST,
         array_position(ARRAY['planned', '签约', '开工', '在建', '投产', '竣工'], status) NULLS LAST;
