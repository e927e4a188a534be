"""report_metrics.fact_count and the overview's fact total count facts from an index, not through live_facts.

Both counted the rows of live_facts, which joins every fact to five subject tables and reads it from the
heap: at the million-row scale (440,000 facts) the overview took 0.5 s and report_metrics 0.35 s. The
internal view live_fact_metrics (analytics/sql/live_fact_metrics.sql) has the same rows, written as one
join per subject type; the new partial index fact_live_subject_metric holds every fact that is not
rejected by subject type, metric and subject, so counting them is an index-only scan joined to each
subject table's key (about 80 ms on one core for all 422,400, where live_facts took 0.5 s). The same index
finds a park's figures of one metric (the overview's planned-investment chart, report_park_summary)
without reading every fact of that metric. Same columns, same counts. Both directions re-create the views
from their files, as 0006 does; the index goes with the reverse.
"""
from django.db import migrations

from analytics import views

INDEX = ("CREATE INDEX fact_live_subject_metric ON projects_fact (subject_type, metric, subject_id) "
         "WHERE review_status <> 'rejected';")


class Migration(migrations.Migration):
    dependencies = [("analytics", "0011_conflicts_from_flags"), ("projects", "0008_qualifier_vocabulary_comments")]

    operations = [
        migrations.RunSQL(sql=INDEX, reverse_sql="DROP INDEX IF EXISTS fact_live_subject_metric;"),
        migrations.RunSQL(sql=views.drop_sql() + views.apply_sql(), reverse_sql=views.drop_sql() + views.apply_sql()),
    ]
