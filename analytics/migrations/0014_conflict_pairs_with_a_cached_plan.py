"""live_conflict_pairs_of(a, b): the pairs of live_conflict_pairs with fact_id_a in `a` and fact_id_b in `b`.

What the loader asks after each article (curation/conflicts.py). Sent as a query on the view, PostgreSQL planned
it afresh every time: 8-10 ms of planning (the view joins live_facts to itself, each side five subject
tables and three subqueries on evidence) for well under 1 ms of execution when an article brings a few
figures. A PL/pgSQL function keeps its statement's plan for the session: after five calls the plan is
reused, and a call costs about 1 ms. The pairs are the view's: the function only reads it.
"""
from django.db import migrations

CREATE = """
CREATE FUNCTION public.live_conflict_pairs_of(a bigint[], b bigint[])
RETURNS TABLE (fact_id_a bigint, fact_id_b bigint)
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN QUERY SELECT p.fact_id_a, p.fact_id_b FROM public.live_conflict_pairs p
                  WHERE p.fact_id_a = ANY(a) AND p.fact_id_b = ANY(b);
END
$$;
COMMENT ON FUNCTION public.live_conflict_pairs_of(bigint[], bigint[]) IS
    'The pairs of live_conflict_pairs with fact_id_a in a and fact_id_b in b, with the plan kept for the session.';
"""


class Migration(migrations.Migration):
    dependencies = [("analytics", "0013_conflicts_pair_by_pair")]

    operations = [
        migrations.RunSQL(sql=CREATE, reverse_sql="DROP FUNCTION IF EXISTS public.live_conflict_pairs_of(bigint[], bigint[]);"),
    ]
