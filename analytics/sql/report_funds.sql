-- report_funds: one row per fund that is not rejected. Key: fund_id.
CREATE VIEW public.report_funds AS
SELECT f.id AS fund_id, f.name::text AS name, f.aliases::text[] AS aliases,
       pa.id AS park_id, pa.name::text AS park_name,
       (CASE WHEN f.size_currency IN ('', 'cny') THEN f.size_cny END)::numeric AS size_cny,
       (CASE WHEN f.paid_in_currency IN ('', 'cny') THEN f.paid_in_cny END)::numeric AS paid_in_cny,
       (CASE WHEN f.invested_currency IN ('', 'cny') THEN f.invested_cny END)::numeric AS invested_cny,
       f.review_status::text AS review_status,
       (SELECT count(DISTINCT COALESCE(a.duplicate_of_id, a.id))
          FROM loaders_evidence e JOIN loaders_sourcearticle a ON a.id = e.article_id
         WHERE e.entity_type = 'fund' AND e.entity_id = f.id)::bigint AS article_count,
       f.confidence,
       COALESCE(f.size_amount, f.size_cny)::numeric AS size_amount,
       (CASE WHEN COALESCE(f.size_amount, f.size_cny) IS NOT NULL
             THEN COALESCE(NULLIF(f.size_currency, ''), 'cny') END)::text AS size_currency,
       NULLIF(f.size_text, '')::text AS size_text,
       COALESCE(f.paid_in_amount, f.paid_in_cny)::numeric AS paid_in_amount,
       (CASE WHEN COALESCE(f.paid_in_amount, f.paid_in_cny) IS NOT NULL
             THEN COALESCE(NULLIF(f.paid_in_currency, ''), 'cny') END)::text AS paid_in_currency,
       COALESCE(f.invested_amount, f.invested_cny)::numeric AS invested_amount,
       (CASE WHEN COALESCE(f.invested_amount, f.invested_cny) IS NOT NULL
             THEN COALESCE(NULLIF(f.invested_currency, ''), 'cny') END)::text AS invested_currency
FROM projects_fund f
LEFT JOIN parks_park pa ON pa.id = f.park_id AND pa.review_status <> 'rejected'
WHERE f.review_status <> 'rejected';

COMMENT ON VIEW public.report_funds IS 'One row per fund (基金) named in articles, with size, paid-in and invested amounts; key fund_id. The *_cny columns hold yuan only; every amount is also given in its own currency (*_amount, *_currency). Rejected records are left out.';
COMMENT ON COLUMN public.report_funds.fund_id IS 'Fund id (projects_fund.id), the key.';
COMMENT ON COLUMN public.report_funds.name IS 'Fund name (Chinese).';
COMMENT ON COLUMN public.report_funds.aliases IS 'Other names of the fund; text[], never NULL (empty array).';
COMMENT ON COLUMN public.report_funds.park_id IS 'park_id of the park the fund serves; NULL when unknown or the park was rejected.';
COMMENT ON COLUMN public.report_funds.park_name IS 'Name of that park; NULL when park_id is NULL.';
COMMENT ON COLUMN public.report_funds.size_cny IS 'Fund size (规模) in yuan, numeric; NULL when unknown or in another currency (see size_amount, size_currency).';
COMMENT ON COLUMN public.report_funds.paid_in_cny IS 'Paid-in capital (实缴) in yuan, numeric; NULL when unknown or in another currency.';
COMMENT ON COLUMN public.report_funds.invested_cny IS 'Amount already invested (已投资) in yuan, numeric; NULL when unknown or in another currency.';
COMMENT ON COLUMN public.report_funds.review_status IS 'Editorial state: unreviewed or verified (rejected rows are not in this view).';
COMMENT ON COLUMN public.report_funds.article_count IS 'Number of stories with evidence for the fund: distinct articles, where editions of one story (linked by duplicate_of) count once.';
COMMENT ON COLUMN public.report_funds.confidence IS 'How sure extraction is of the record, 0-1 (the best of the rules that produced it); NULL for records editors made.';
COMMENT ON COLUMN public.report_funds.size_amount IS 'Fund size in its own currency (size_currency), numeric, never converted: 5亿美元 = 500000000 with usd; NULL when unknown.';
COMMENT ON COLUMN public.report_funds.size_currency IS 'Currency code of size_amount: cny, usd ...; NULL when no size is known.';
COMMENT ON COLUMN public.report_funds.size_text IS 'The size verbatim, e.g. 规模50亿元; NULL when none.';
COMMENT ON COLUMN public.report_funds.paid_in_amount IS 'Paid-in capital in its own currency (paid_in_currency); NULL when unknown.';
COMMENT ON COLUMN public.report_funds.paid_in_currency IS 'Currency code of paid_in_amount; NULL when none is known.';
COMMENT ON COLUMN public.report_funds.invested_amount IS 'Amount invested in its own currency (invested_currency); NULL when unknown.';
COMMENT ON COLUMN public.report_funds.invested_currency IS 'Currency code of invested_amount; NULL when none is known.';
