"""name_records(park, park_group, company, project, fund): the records whose match keys meet the keys given per type.

What the loader asks once an article (loaders.resolve.prefetch_names). Asked as a plain query, PostgreSQL cannot
tell how few rows an overlap of match keys (&&) meets: every key is distinct, so ANALYZE keeps no element
statistics and the planner takes the default selectivity, which makes a sequential scan look cheaper than the
GIN index past a few thousand records (40 ms an article at 28,000 parks, growing with the table). The function
plans its query with sequential scans off, so each table is read through its match-keys index whatever its size.
"""
from django.db import migrations

TABLES = [("park", "parks_park", "t.city", "t.locked_fields @> ARRAY['city']::varchar[]"),
          ("park_group", "parks_parkgroup", "''::varchar", "false"),
          ("company", "parks_company", "''::varchar", "false"),
          ("project", "projects_project", "''::varchar", "false"),
          ("fund", "projects_fund", "''::varchar", "false")]

SELECTS = "\n        UNION ALL\n".join(
    f"        SELECT '{entity_type}'::text, t.id, t.alias_keys, t.match_keys, t.review_status, {city}, {locked}\n"
    f"          FROM public.{table} t WHERE cardinality({entity_type}_keys) > 0 AND t.match_keys && {entity_type}_keys"
    for entity_type, table, city, locked in TABLES)

ARGS = ", ".join(f"{entity_type}_keys varchar[]" for entity_type, *_ in TABLES)
SIGNATURE = ", ".join("varchar[]" for _ in TABLES)

CREATE = f"""
CREATE FUNCTION public.name_records({ARGS})
RETURNS TABLE (entity_type text, id bigint, alias_keys varchar[], match_keys varchar[], review_status varchar,
               city varchar, city_locked boolean)
LANGUAGE plpgsql STABLE SET enable_seqscan = off AS $$
#variable_conflict use_column
BEGIN
    RETURN QUERY
{SELECTS};
END
$$;
COMMENT ON FUNCTION public.name_records({SIGNATURE}) IS
    'The parks, park groups, companies, projects and funds whose match_keys overlap the keys given for their type, read through each table''s match-keys index.';
"""


class Migration(migrations.Migration):
    dependencies = [("loaders", "0010_derived_columns"), ("parks", "0008_match_keys_without_pending_list"),
                    ("projects", "0013_match_keys_without_pending_list")]

    operations = [
        migrations.RunSQL(sql=CREATE, reverse_sql=f"DROP FUNCTION IF EXISTS public.name_records({SIGNATURE});"),
    ]
