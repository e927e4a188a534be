"""name_records() plans its query for each call's keys, and never with parallel workers.

PL/pgSQL keeps a statement's plan for the session, and after five calls it may switch to a generic plan, made
without the keys. For the load's lookups that plan was a parallel one: two workers started for each call, 8-11 ms,
to read indexes that answer in 0.05 ms (found profiling the load at 0 and 5,200 articles: the lookup grew from
2.4 to 11 ms an article). A plan made for the call's keys takes 0.4 ms all told; and a few rows read by index
never repay starting a worker.
"""
from django.db import migrations

SIGNATURE = "varchar[], varchar[], varchar[], varchar[], varchar[]"
SETTINGS = {"plan_cache_mode": "force_custom_plan", "max_parallel_workers_per_gather": "0"}


class Migration(migrations.Migration):
    dependencies = [("loaders", "0011_name_records_function")]

    operations = [
        migrations.RunSQL(
            sql=[f"ALTER FUNCTION public.name_records({SIGNATURE}) SET {name} = {value};"
                 for name, value in SETTINGS.items()],
            reverse_sql=[f"ALTER FUNCTION public.name_records({SIGNATURE}) RESET {name};" for name in SETTINGS]),
    ]
