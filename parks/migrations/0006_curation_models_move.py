"""MergeLog and NotSame now belong to the curation app (curation/migrations/0001_initial.py): parks forgets them
without touching their tables, and the editors group is given the permissions under their new app label."""

from django.db import migrations


def refresh_editors_group(apps, schema_editor):
    from curation.editing import ensure_editors_group

    ensure_editors_group(apps)


class Migration(migrations.Migration):

    dependencies = [
        ("parks", "0005_labels"),
        ("curation", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(database_operations=[], state_operations=[
            migrations.RemoveField(model_name="notsame", name="created_by"),
            migrations.DeleteModel(name="MergeLog"),
            migrations.DeleteModel(name="NotSame"),
        ]),
        migrations.RunPython(refresh_editors_group, migrations.RunPython.noop),
    ]
