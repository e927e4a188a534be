"""A smaller sentence-key index: two integer keys per sentence, one index, rebuilt from the article texts."""

from django.db import migrations, models


def rebuild_index(apps, schema_editor):
    # The keys are a function of the text alone (loaders/dedupe.py), so the index is rebuilt from it.
    from loaders.bulk import copy_rows
    from loaders.dedupe import index_keys, sentence_sketch

    SourceArticle = apps.get_model("loaders", "SourceArticle")
    SentenceKey = apps.get_model("loaders", "SentenceKey")
    ids = list(SourceArticle.objects.filter(duplicate_of__isnull=True).order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), 500):  # texts read a slice at a time, never during a COPY
        texts = SourceArticle.objects.filter(pk__in=ids[start:start + 500]).values_list("pk", "text")
        rows = [(pk, key) for pk, text in texts for key in index_keys(sentence_sketch(text))]
        copy_rows(SentenceKey, ["article_id", "key"], rows)


class Migration(migrations.Migration):

    dependencies = [
        ('loaders', '0004_sentence_count'),
    ]

    operations = [
        # Hex string keys cannot be cast to the new integer ones: the rows are rebuilt below.
        migrations.RunSQL("DELETE FROM loaders_sentencekey", reverse_sql=migrations.RunSQL.noop),
        migrations.AlterModelTableComment(
            name='sentencekey',
            table_comment='Sentence fingerprints used to link near-duplicate editions; only original articles are indexed',
        ),
        migrations.RemoveConstraint(
            model_name='sentencekey',
            name='sentencekey_unique',
        ),
        migrations.RemoveField(
            model_name='sentencekey',
            name='sentence',
        ),
        migrations.AlterField(
            model_name='sentencekey',
            name='key',
            field=models.BigIntegerField(db_comment="one of a sentence's smallest min-hash band keys, as a signed 64-bit integer"),
        ),
        migrations.AddIndex(
            model_name='sentencekey',
            index=models.Index(fields=['key', 'article'], name='sentencekey_key_idx'),
        ),
        migrations.RunPython(rebuild_index, migrations.RunPython.noop),
    ]
