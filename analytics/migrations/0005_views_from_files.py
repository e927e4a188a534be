"""Every report view re-created from its file in analytics/sql/ (one file per view, comments included).

Until now a view's current SQL existed only as the sum of migrations (0004 patched loaders.0002's text by
string replacement). From here the file is the definition. The views also change in what they show:

- facts and evidence of a rejected or deleted record are left out (internal live_* views);
- conflicts are pairs from different articles, for the same period, with values no single number
  satisfies as written (no pair from inside one article, none of equivalent wording);
- report_park_summary separates project_investment_cny from reported_planned_investment_cny (NULL, not 0,
  when unknown); funds and projects give every amount with its currency;
- new: report_metrics, report_park_groups; published_precision, confidence, park_ids, company_ids.

The reverse drops them and re-creates the definitions the earlier migrations made, taken from those
migrations themselves.
"""
import importlib

from django.db import migrations

from analytics import views
from analytics.dbcomments import comment_sql

OLD_VIEWS = ("report_articles", "report_parks", "report_companies", "report_projects", "report_funds",
             "report_facts", "report_evidence", "report_records", "report_park_figures", "report_park_summary",
             "report_article_coverage", "report_load_runs", "report_conflicts", "report_fact_series")


def previous_definitions() -> list[str]:
    contract = importlib.import_module("loaders.migrations.0002_report_views")
    comments = importlib.import_module("analytics.migrations.0001_report_view_comments")
    added = importlib.import_module("analytics.migrations.0002_analyst_views")
    stories = importlib.import_module("analytics.migrations.0004_article_count_counts_stories")
    return (contract.create_sql() + comment_sql(comments.VIEW_COMMENTS) + added.create_sql()
            + stories.definitions(stories=True) + stories.comments())


class Migration(migrations.Migration):
    dependencies = [
        ("analytics", "0004_article_count_counts_stories"),
        ("loaders", "0004_sentence_count"),
        ("parks", "0003_confidence"),
        ("projects", "0005_metric_vocabulary"),
    ]

    operations = [
        migrations.RunSQL(sql=views.drop_sql(OLD_VIEWS) + views.drop_sql() + views.apply_sql(),
                          reverse_sql=views.drop_sql() + previous_definitions()),
    ]
