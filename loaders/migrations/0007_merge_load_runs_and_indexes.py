# Joins the load-run status migration and the sentence-key and page index migrations.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('loaders', '0006_load_run_status'),
        ('loaders', '0006_search_and_queue_indexes'),
    ]

    operations = [
    ]
