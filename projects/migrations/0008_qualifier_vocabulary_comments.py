"""Qualifier columns say what the five stored qualifiers mean and which wording maps onto each.

The extraction stores a closed set (约, 超, 余, 近, 突破); 以上 and 不少于 are 超, 多 is 余, and the
text as written stays in value_text / investment_text. Only the comments change (COMMENT ON COLUMN;
the report views read these columns, so no ALTER COLUMN is issued).
"""
from django.db import migrations, models

OLD = {"fact": "约, 超, 余, 近, 突破, 以上, 多 ...",
       "project": "约, 超, 余, 近, 突破, 以上, 多 ... as written before/after the amount"}
NEW = 'one of 约 (about), 超 (more than or at least: 超过, 逾, 以上, 不少于), 余 (and more: 余, 多), 近 (nearly, under: 近, 不足), 突破 (past); NULL when exact. The wording as written is kept in value_text (facts) and investment_text (projects)'


def field(comment: str) -> models.CharField:
    return models.CharField(blank=True, db_comment=comment, default="", max_length=12, verbose_name="限定词")


def literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


COLUMNS = [("fact", "qualifier"), ("historicalfact", "qualifier"),
           ("project", "investment_qualifier"), ("historicalproject", "investment_qualifier")]


def comments(*, old: bool) -> list[str]:
    out = []
    for model, column in COLUMNS:
        text = OLD[model.replace("historical", "")] if old else NEW
        out.append(f'COMMENT ON COLUMN "projects_{model}"."{column}" IS {literal(text)};')
    return out


class Migration(migrations.Migration):

    dependencies = [
        ("projects", "0007_trade_and_market_entity_metrics"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.AlterField(model_name=model, name=column, field=field(NEW))
                              for model, column in COLUMNS],
            database_operations=[migrations.RunSQL(sql=comments(old=False), reverse_sql=comments(old=True))],
        ),
    ]
