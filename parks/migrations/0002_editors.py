"""Custom merge/review permissions, and the "editors" group (a Group and its permissions, not records)."""

from django.db import migrations


def create_editors_group(apps, schema_editor):
    from curation.editing import ensure_editors_group

    ensure_editors_group(apps)


class Migration(migrations.Migration):

    dependencies = [
        ("parks", "0001_initial"),
        ("projects", "0001_initial"),
        ("loaders", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="mergelog",
            options={
                "permissions": [("merge_records", "可合并、拆分、更改类型及撤销合并"), ("review_records", "可核实或拒绝记录")],
                "verbose_name": "合并记录",
                "verbose_name_plural": "合并记录",
            },
        ),
        migrations.RunPython(create_editors_group, migrations.RunPython.noop),
    ]
