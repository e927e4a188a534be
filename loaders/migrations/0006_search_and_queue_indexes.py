"""Indexes for the pages that scanned whole tables: fact search, the review queue, sorting and filter lists.

Substring search without pg_trgm (the embedded server has no extensions): `text_bigrams(text)`
is the set of lower-cased two-character substrings of a text, GIN-indexed over the searched
columns; a search for 青岛 asks for rows whose bigrams contain {青岛} and then checks the LIKE on
those rows only. Evidence quotes are not indexed this way: at ~140 evidence rows an article, the
index's upkeep cut loading speed by a third to a half, a price the loader does not pay for one
search page. The review queue's sections sort unreviewed records by a column no index led
with; partial indexes give each section its rows in order, and its count, from the index. Facts
sorted by value, and the evidence list's filter of fields, read an index too.
"""

from django.db import migrations

# Two passes of non-overlapping pairs (from the first character and from the second) are every
# overlapping pair; regexp_matches is linear in the text, where substr(t, i, 2) for each i is not.
BIGRAMS = """
CREATE FUNCTION text_bigrams(t text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT COALESCE(array_agg(DISTINCT pair), '{}') FROM (
        SELECT (regexp_matches(lower(t), '..', 'g'))[1] AS pair
        UNION ALL
        SELECT (regexp_matches(substr(lower(t), 2), '..', 'g'))[1]) pairs
$$;
COMMENT ON FUNCTION text_bigrams(text) IS 'lower-cased two-character substrings of a text, for GIN-indexed substring search';
"""

INDEXES = [
    # (name, table, definition)
    ("fact_subject_name_bigrams", "projects_fact", "USING gin (text_bigrams(subject_name))"),
    ("fact_value_text_bigrams", "projects_fact", "USING gin (text_bigrams(value_text))"),
    ("fact_conflict_queue", "projects_fact", "(subject_type, subject_id, metric, value) "
                                             "WHERE has_conflict AND review_status = 'unreviewed'"),
    ("fact_review_queue", "projects_fact", "(subject_type, subject_id, metric) "
                                           "WHERE NOT has_conflict AND review_status = 'unreviewed'"),
    ("fact_value_order", "projects_fact", "(value, id)"),
    ("evidence_field", "loaders_evidence", "(field)"),  # the field filter's distinct values
    *[(f"{table.split('_')[1]}_review_queue", table, "(updated_at DESC) WHERE review_status = 'unreviewed'")
      for table in ("parks_park", "parks_parkgroup", "parks_company", "projects_project", "projects_fund")],
]


class Migration(migrations.Migration):

    dependencies = [
        ("loaders", "0005_sentence_key_index"),
        ("parks", "0002_editors"),
        ("projects", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(BIGRAMS, reverse_sql="DROP FUNCTION text_bigrams(text)"),
        *[migrations.RunSQL(f"CREATE INDEX {name} ON {table} {definition}", reverse_sql=f"DROP INDEX {name}")
          for name, table, definition in INDEXES],
    ]
