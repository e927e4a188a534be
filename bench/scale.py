"""Fill an empty, migrated database to issue 12's million-row scale, in SQL, for timing pages and views.

At factor 1: 10,000 articles, 20,000 parks, 500 park groups, 100,000 companies, 130,000 projects,
10,000 funds, 440,000 facts and 1.3 million evidence rows. Names are generated Chinese (a city
and random characters; one company in a hundred is a 海信 and one park in twenty is in 青岛, so
the issue's searches find something); 2% of records are rejected, 8% verified, 3% of facts
conflict. What matters for page timing is the shape and the size, not the text.
"""
from __future__ import annotations

from django.db import connection

CITIES = ["青岛", "深圳", "成都", "武汉", "西安", "苏州", "杭州", "合肥", "无锡", "长沙", "郑州", "济南",
          "南京", "宁波", "厦门", "福州", "天津", "重庆", "沈阳", "大连"]
METRICS = ["planned_investment", "annual_revenue", "output_value", "annual_tax", "enterprises",
           "projects_signed", "projects_under_construction", "employees", "patents", "area_mu"]


def build(*, factor: float = 1.0) -> dict[str, int]:
    n = {name: max(10, int(count * factor)) for name, count in {
        "articles": 10_000, "parks": 20_000, "groups": 500, "companies": 100_000, "projects": 130_000,
        "funds": 10_000, "facts": 440_000, "evidence": 1_300_000}.items()}
    cities = "ARRAY[" + ",".join(f"'{c}'" for c in CITIES) + "]"
    metrics = "ARRAY[" + ",".join(f"'{m}'" for m in METRICS) + "]"
    # Random Chinese characters, two to four of them.
    chars = "(SELECT string_agg(chr(19968 + (random() * 8000)::int), '') FROM generate_series(1, 2 + (g % 3)))"
    status = "(CASE WHEN g % 50 = 0 THEN 'rejected' WHEN g % 12 = 0 THEN 'verified' ELSE 'unreviewed' END)"
    named = f"""{status}, '{{}}', NULL, false, now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval,
                nm, nm, '{{}}', ARRAY[nm], ARRAY[nm], text_bigrams(nm) || string_to_array(nm, NULL)"""
    statements = [
        f"""INSERT INTO loaders_sourcearticle (id, file_name, path, sha256, text, encoding, title, outlet, authors,
                published_on, published_precision, date_basis, char_count, extractor_version, first_loaded_at,
                last_loaded_at, duplicate_of_id, sentence_count)
            SELECT g, lpad(g::text, 6, '0') || '.txt', '', md5(g::text) || md5((g + 1)::text),
                   repeat('园区新闻正文。', 40), 'utf-8', '园区新闻' || g, '青岛日报', '[]', date '2024-01-01' + g % 700,
                   'day', '', 280, 'bench', now(), now(), CASE WHEN g % 10 = 9 THEN g - 1 END, 40
              FROM generate_series(1, {n['articles']}) g""",
        f"""INSERT INTO parks_park (id, review_status, locked_fields, reviewed_at, source_lost, created_at, updated_at,
                name, normalised_name, aliases, alias_keys, match_keys, search_bigrams, kind, city, district, industries, area_mu,
                parent_id)
            SELECT g, {named}, '产业园', c, '', '{{}}', NULL, CASE WHEN g % 7 = 0 AND g > 1 THEN g / 7 END
              FROM (SELECT g, c, c || {chars} || g || '产业园' AS nm
                      FROM (SELECT g, ({cities})[1 + g % 20] AS c FROM generate_series(1, {n['parks']}) g) x) y""",
        f"""INSERT INTO parks_parkgroup (id, review_status, locked_fields, reviewed_at, source_lost, created_at,
                updated_at, name, normalised_name, aliases, alias_keys, match_keys, search_bigrams, city)
            SELECT g, {named}, '' FROM (SELECT g, '第' || g || '组新兴产业专业园区' AS nm
                                          FROM generate_series(1, {n['groups']}) g) y""",
        f"""INSERT INTO parks_company (id, review_status, locked_fields, reviewed_at, source_lost, created_at,
                updated_at, name, normalised_name, aliases, alias_keys, match_keys, search_bigrams, kind)
            SELECT g, {named}, 'enterprise'
              FROM (SELECT g, CASE WHEN g % 100 = 0 THEN '海信' ELSE '' END || {chars} || g || '科技' AS nm
                      FROM generate_series(1, {n['companies']}) g) y""",
        f"""INSERT INTO parks_company_parks (company_id, park_id)
            SELECT g, 1 + g % {n['parks']} FROM generate_series(1, {n['companies']}) g""",
        f"""INSERT INTO projects_project (id, review_status, locked_fields, reviewed_at, source_lost, created_at,
                updated_at, name, normalised_name, aliases, alias_keys, match_keys, search_bigrams, investment_cny,
                investment_amount, investment_currency, investment_qualifier, investment_text, phase, status, park_id)
            SELECT g, {named}, (g % 97) * 10000000, (g % 97) * 10000000, 'cny', '', (g % 97) || '千万元', '',
                   (ARRAY['签约', '开工', '在建', '投产', ''])[1 + g % 5], 1 + g % {n['parks']}
              FROM (SELECT g, {chars} || g || '项目' AS nm FROM generate_series(1, {n['projects']}) g) y""",
        f"""INSERT INTO projects_fund (id, review_status, locked_fields, reviewed_at, source_lost, created_at,
                updated_at, name, normalised_name, aliases, alias_keys, match_keys, search_bigrams, size_cny, size_qualifier,
                size_text, paid_in_cny, paid_in_text, invested_cny, invested_text, park_id)
            SELECT g, {named}, g * 1000000::numeric, '', '', NULL, '', NULL, '', 1 + g % {n['parks']}
              FROM (SELECT g, {chars} || g || '产业基金' AS nm FROM generate_series(1, {n['funds']}) g) y""",
        f"""INSERT INTO projects_fact (id, review_status, locked_fields, reviewed_at, source_lost, created_at,
                updated_at, subject_type, subject_id, subject_name, metric, value, unit, qualifier, value_text,
                as_of, as_of_text, has_conflict, article_id)
            SELECT g, {status}, '{{}}', NULL, false, now(), now() - (g || ' seconds')::interval,
                   CASE WHEN g % 10 < 7 THEN 'park' ELSE 'company' END,
                   CASE WHEN g % 10 < 7 THEN 1 + g % {n['parks']} ELSE 1 + g % {n['companies']} END,
                   CASE WHEN g % 10 < 7 THEN (SELECT name FROM parks_park WHERE id = 1 + g % {n['parks']})
                        ELSE (SELECT name FROM parks_company WHERE id = 1 + g % {n['companies']}) END,
                   ({metrics})[1 + g % 10], g, 'count', '', g || '家', NULL,
                   (2015 + g % 10) || CASE WHEN g % 33 = 0 THEN '年上半年' ELSE '年' END, false,
                   1 + g % {n['articles']}
              FROM generate_series(1, {n['facts']}) g""",
        # Every 33rd fact gets a real disagreement: the same subject, metric and period wording (one no
        # other fact of its subject has), another value, from the next article. The flags are then set
        # from live_conflict_pairs below, as the loader sets them, so every flagged fact has a pair.
        f"""INSERT INTO projects_fact (id, review_status, locked_fields, reviewed_at, source_lost, created_at,
                updated_at, subject_type, subject_id, subject_name, metric, value, unit, qualifier, value_text,
                as_of, as_of_text, has_conflict, article_id)
            SELECT {n['facts']} + g / 33, review_status, '{{}}', NULL, false, now(), updated_at, subject_type,
                   subject_id, subject_name, metric, value + 1, unit, '', (value + 1) || '家', NULL, as_of_text,
                   false, 1 + (article_id % {n['articles']})
              FROM projects_fact AS f, LATERAL (SELECT f.id AS g) x
             WHERE f.id % 33 = 0""",
        f"""INSERT INTO loaders_evidence (entity_type, entity_id, field, start_offset, end_offset, quote, span_start,
                span_end, value, article_id)
            SELECT t, CASE t WHEN 'park' THEN 1 + g % {n['parks']} WHEN 'company' THEN 1 + g % {n['companies']}
                             WHEN 'project' THEN 1 + g % {n['projects']} ELSE 1 + g % {n['facts']} END,
                   CASE t WHEN 'fact' THEN 'value' ELSE 'name' END, 0, 40,
                   CASE WHEN g % 97 = 0 THEN '海信' ELSE '' END || ({cities})[1 + g % 20] || {chars} || {chars}
                       || '园区今年签约项目' || (g % 50) || '个，总投资' || (g % 90) || '亿元。',
                   g, g + 4, NULL, 1 + g % {n['articles']}
              FROM (SELECT g, (ARRAY['park', 'company', 'project', 'fact', 'fact', 'fact'])[1 + g % 6] AS t
                      FROM generate_series(1, {n['evidence']}) g) x""",
        # Both sides of each disagreement cite their own article, so each is given by an article that does
        # not give the other.
        """INSERT INTO loaders_evidence (entity_type, entity_id, field, start_offset, end_offset, quote, span_start,
                span_end, value, article_id)
            SELECT 'fact', id, 'value', 0, 40, subject_name || as_of_text || '入驻企业' || value_text || '。', 0, 4,
                   NULL, article_id
              FROM projects_fact WHERE as_of_text LIKE '%%上半年'""",
    ]
    with connection.cursor() as cursor:
        # Columns added since these inserts were written, NOT NULL without a database default: give
        # them the model's default for the build only, so the inserts need not name every column.
        cursor.execute("""SELECT table_name, column_name, data_type FROM information_schema.columns
                           WHERE table_schema = 'public' AND is_nullable = 'NO' AND column_default IS NULL
                             AND table_name IN ('parks_park', 'parks_parkgroup', 'parks_company',
                                                'projects_project', 'projects_fund', 'projects_fact')
                             AND column_name IN ('extraction_rules', 'size_currency', 'paid_in_currency',
                                                 'invested_currency')""")
        defaulted = cursor.fetchall()
        for table, column, data_type in defaulted:
            cursor.execute(f"ALTER TABLE {table} ALTER COLUMN {column} SET DEFAULT "
                           + ("'{}'" if data_type == "ARRAY" else "''"))
        for sql in statements:
            cursor.execute(sql)
        for table, column, _ in defaulted:
            cursor.execute(f"ALTER TABLE {table} ALTER COLUMN {column} DROP DEFAULT")
        for table in ("loaders_sourcearticle", "parks_park", "parks_parkgroup", "parks_company", "projects_project",
                      "projects_fund", "projects_fact", "loaders_evidence", "parks_company_parks"):
            cursor.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
        cursor.execute("VACUUM ANALYZE" if connection.get_autocommit() else "ANALYZE")
        # has_conflict from the pairs, as curation/conflicts.py sets it on load.
        cursor.execute("""WITH ids AS (SELECT ARRAY(SELECT id FROM projects_fact WHERE as_of_text LIKE '%%上半年') AS ids)
                          UPDATE projects_fact SET has_conflict = true
                           WHERE id IN (SELECT unnest(ARRAY[fact_id_a, fact_id_b]) FROM live_conflict_pairs, ids
                                         WHERE fact_id_a = ANY(ids.ids) AND fact_id_b = ANY(ids.ids))""")
        cursor.execute("VACUUM ANALYZE projects_fact" if connection.get_autocommit() else "ANALYZE projects_fact")
        counts = {}
        for table in ("loaders_sourcearticle", "parks_park", "parks_company", "projects_project", "projects_fund",
                      "projects_fact", "loaders_evidence"):
            cursor.execute(f"SELECT count(*) FROM {table}")
            counts[table] = cursor.fetchone()[0]
    return counts
