-- report_evidence: one row per source of a value of a record that is shown. Key: none (a record's field
-- may have several sources); join on (entity_type, entity_id).
CREATE VIEW public.report_evidence AS
SELECT e.entity_type::text AS entity_type, e.entity_id, e.field::text AS field,
       e.article_id, a.file_name::text AS article_file,
       e.start_offset::integer AS start_offset, e.end_offset::integer AS end_offset, e.quote::text AS quote
FROM loaders_evidence e
JOIN loaders_sourcearticle a ON a.id = e.article_id
JOIN public.live_records r ON r.entity_type = e.entity_type AND r.entity_id = e.entity_id;

COMMENT ON VIEW public.report_evidence IS 'One row per source of a value: which article and sentence supports which field of which record. Every source of every record shown in the other views, facts and park groups included; the evidence of a rejected or deleted record (and of facts about one) is left out. No single key: join on (entity_type, entity_id).';
COMMENT ON COLUMN public.report_evidence.entity_type IS 'Code of the record type: park, park_group, company, project, fund or fact.';
COMMENT ON COLUMN public.report_evidence.entity_id IS 'Id of the record (park_id, company_id, project_id, fund_id, fact_id or report_park_groups.group_id).';
COMMENT ON COLUMN public.report_evidence.field IS 'Which field of the record the quote supports, e.g. name, investment, value.';
COMMENT ON COLUMN public.report_evidence.article_id IS 'article_id of the article the quote is from (report_articles).';
COMMENT ON COLUMN public.report_evidence.article_file IS 'file_name of that article.';
COMMENT ON COLUMN public.report_evidence.start_offset IS 'Start (character offset, 0-based) of the quoted sentence in the article''s normalised text.';
COMMENT ON COLUMN public.report_evidence.end_offset IS 'End (exclusive) of the quoted sentence.';
COMMENT ON COLUMN public.report_evidence.quote IS 'The sentence, verbatim.';
