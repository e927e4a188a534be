"""report_conflicts shows the pairs whose facts carry has_conflict; report_facts, report_fact_series and
report_park_figures read the stored flag.

Every pair used to be computed again for each query (a self-join of all live facts), and report_facts,
report_fact_series and report_park_figures each asked report_conflicts whether a fact was in a pair:
23-26 s for LIMIT 100 at the million-row scale. The pairs are now defined once, in the internal view
live_conflict_pairs; curation/conflicts.py sets Fact.has_conflict from it whenever a load, an edit, a
merge, a rejection or an unload can make or break a pair (as it did from report_conflicts), and the
report views read only flagged facts. Same columns, same rows. Both directions re-create the views from
their files, as 0006 does.
"""
from django.db import migrations

from analytics import views


class Migration(migrations.Migration):
    dependencies = [("analytics", "0010_qualifier_vocabulary_comments")]

    operations = [
        migrations.RunSQL(sql=views.drop_sql() + views.apply_sql(), reverse_sql=views.drop_sql() + views.apply_sql()),
    ]
