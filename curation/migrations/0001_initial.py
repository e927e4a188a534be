"""MergeLog and NotSame move from parks to curation: the tables stay as they are (parks_mergelog, parks_notsame),
only Django's record of which app owns them changes, and their content types (with the merge and review
permissions editors hold) follow them."""

import django.contrib.postgres.fields
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def move_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="parks", model__in=["mergelog", "notsame"]).update(app_label="curation")


def move_content_types_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="curation", model__in=["mergelog", "notsame"]).update(app_label="parks")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("parks", "0005_labels"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(database_operations=[], state_operations=[
            migrations.CreateModel(
                name='MergeLog',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('action', models.CharField(choices=[('merge', '合并'), ('split', '拆分')], db_comment='merge (merged_ids went into survivor_id) or split (merged_ids[0] split off survivor_id)', default='merge', max_length=8, verbose_name='操作')),
                    ('entity_type', models.CharField(choices=[('park', '园区'), ('park_group', '园区组'), ('company', '企业/机构'), ('project', '项目'), ('fund', '基金'), ('fact', '数据')], db_comment='type of the merged records', max_length=12, verbose_name='类型')),
                    ('survivor_id', models.BigIntegerField(db_comment='id of the record that survived', verbose_name='保留记录')),
                    ('merged_ids', django.contrib.postgres.fields.ArrayField(base_field=models.BigIntegerField(), db_comment='ids of the records merged into the survivor', size=None, verbose_name='被合并记录')),
                    ('snapshot', models.JSONField(db_comment='state before the merge, used to undo it', default=dict)),
                    ('performed_at', models.DateTimeField(auto_now_add=True, db_comment='when the merge happened', verbose_name='合并时间')),
                    ('undone_at', models.DateTimeField(blank=True, db_comment='when the merge was undone', null=True, verbose_name='撤销时间')),
                    ('performed_by', models.ForeignKey(blank=True, db_comment='editor who merged', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='操作人')),
                    ('undone_by', models.ForeignKey(blank=True, db_comment='editor who undid the merge', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='撤销人')),
                ],
                options={
                    'verbose_name': '合并记录',
                    'verbose_name_plural': '合并记录',
                    'db_table': 'parks_mergelog',
                    'db_table_comment': 'Merges of duplicate records, kept so each can be undone',
                    'permissions': [('merge_records', '可合并、拆分、更改类型及撤销合并'), ('review_records', '可核实或拒绝记录')],
                },
            ),
            migrations.CreateModel(
                name='NotSame',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('entity_type', models.CharField(choices=[('park', '园区'), ('park_group', '园区组'), ('company', '企业/机构'), ('project', '项目'), ('fund', '基金'), ('fact', '数据')], db_comment='type of both records', max_length=12, verbose_name='类型')),
                    ('left_id', models.BigIntegerField(db_comment='smaller id of the pair', verbose_name='记录一（编号）')),
                    ('right_id', models.BigIntegerField(db_comment='larger id of the pair', verbose_name='记录二（编号）')),
                    ('created_at', models.DateTimeField(auto_now_add=True, db_comment='when it was said', verbose_name='标记时间')),
                    ('created_by', models.ForeignKey(blank=True, db_comment='editor who said so', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='标记人')),
                ],
                options={
                    'verbose_name': '非同一记录',
                    'verbose_name_plural': '非同一记录',
                    'db_table': 'parks_notsame',
                    'db_table_comment': 'Pairs of records editors marked as not the same entity',
                    'constraints': [models.UniqueConstraint(fields=('entity_type', 'left_id', 'right_id'), name='notsame_unique_pair'), models.CheckConstraint(condition=models.Q(('left_id__lt', models.F('right_id'))), name='notsame_ordered_pair')],
                },
            ),
        ]),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
