"""live_conflict_pairs_of() keeps one plan for the session, as 0014 meant it to.

0014 relied on PL/pgSQL switching to a generic plan after five calls. The server switches only when the generic
plan's estimate is no worse than the custom plans', and for this query it never was: every call was planned
afresh, 7-9 ms of planning for under 1 ms of execution (profiled at 5,200 loaded articles; at the million-row
scale 10-15 ms a call against 1-6 ms with the generic plan). The plan is now generic from the first call; it
reads the facts by id whatever the arrays hold.
"""
from django.db import migrations

SIGNATURE = "bigint[], bigint[]"


class Migration(migrations.Migration):
    dependencies = [("analytics", "0014_conflict_pairs_with_a_cached_plan")]

    operations = [
        migrations.RunSQL(
            sql=f"ALTER FUNCTION public.live_conflict_pairs_of({SIGNATURE}) SET plan_cache_mode = force_generic_plan;",
            reverse_sql=f"ALTER FUNCTION public.live_conflict_pairs_of({SIGNATURE}) RESET plan_cache_mode;"),
    ]
