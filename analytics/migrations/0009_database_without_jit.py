"""Sessions of this database plan without JIT compilation: it cost more than the report queries themselves.

The report views that count per row (report_article_coverage, report_park_summary) are estimated at
hundreds of thousands of cost units for `LIMIT 100` (the planner costs every article's or park's
subquery, then scales by the limit), far above jit_above_cost (100,000). PostgreSQL then compiles
some 200 expressions with LLVM before the first row: 1.3 s of a 1.4 s query at the million-row scale,
where the query itself takes 60 ms. No query of this project runs long enough for compiled
expressions to pay that back, so JIT is turned off for the database (new sessions, analysts' psql
included). A role that may not alter the database gets a notice and the setting stays as it was.
"""
from django.db import migrations



def alter_database(setting: str) -> str:
    """`ALTER DATABASE <this one> <setting>`, or a notice when the role may not."""
    return f"""
DO $$
BEGIN
    EXECUTE format('ALTER DATABASE %I {setting}', current_database());
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'jit left as it was: this role may not alter database %', current_database();
END $$;
"""


class Migration(migrations.Migration):
    dependencies = [("analytics", "0008_park_summary_per_park")]

    operations = [
        migrations.RunSQL(sql=alter_database("SET jit = off"), reverse_sql=alter_database("RESET jit")),
    ]
