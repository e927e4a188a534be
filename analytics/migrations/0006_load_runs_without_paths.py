"""report_load_runs.report without the server's file paths: each file by its base name, no list of arguments.

load_seeds keeps the paths it was given (possibly absolute, naming the server's folders) in the run's
report; analysts see the same report with every file reduced to its base name, like report_articles.
The definition is analytics/sql/report_load_runs.sql; this re-creates the views from their files.
"""
from django.db import migrations

from analytics import views


class Migration(migrations.Migration):
    dependencies = [("analytics", "0005_views_from_files")]

    operations = [
        # The files are the definitions: both directions re-create the views from them.
        migrations.RunSQL(sql=views.drop_sql() + views.apply_sql(), reverse_sql=views.drop_sql() + views.apply_sql()),
    ]
