"""Column comments that match the currency-free metric codes, the conflict definition and yuan-only columns.

Only the comments change. Django would also re-issue ALTER COLUMN ... TYPE, which PostgreSQL refuses for
columns the report views read, so the database side is just COMMENT ON COLUMN.
"""
from django.db import migrations, models

OLD = {
    "has_conflict": "another fact gives a different value for the same subject and metric",
    "metric": "code from the documented metric vocabulary, e.g. annual_revenue_cny",
    "unit": "cny, usd, mu, m2, count, ratio ...",
    "invested_cny": "amount invested in yuan",
    "paid_in_cny": "paid-in capital in yuan",
    "size_cny": "fund size in yuan",
}


def literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def comments(operations, *, old: bool) -> list[str]:
    return [f'COMMENT ON COLUMN "projects_{op.model_name}"."{op.name}" IS '
            f"{literal(OLD[op.name] if old else op.field.db_comment)};" for op in operations]



class Migration(migrations.Migration):

    dependencies = [
        ('projects', '0005_metric_vocabulary'),
    ]

    altered = [
        migrations.AlterField(
            model_name='fact',
            name='has_conflict',
            field=models.BooleanField(db_comment='the fact is in a pair of report_conflicts (incompatible values for one subject, metric and period from different articles)', db_index=True, default=False, verbose_name='数据冲突'),
        ),
        migrations.AlterField(
            model_name='fact',
            name='metric',
            field=models.CharField(db_comment='code from the metric vocabulary (projects_metric), e.g. annual_revenue', db_index=True, max_length=60, verbose_name='指标'),
        ),
        migrations.AlterField(
            model_name='fact',
            name='unit',
            field=models.CharField(db_comment='the currency for money (cny, usd ...), else mu, m2, km2, count or ratio', max_length=10, verbose_name='单位'),
        ),
        migrations.AlterField(
            model_name='fund',
            name='invested_cny',
            field=models.DecimalField(blank=True, db_comment='amount invested in yuan; NULL when in another currency', decimal_places=2, max_digits=24, null=True, verbose_name='已投资(元)'),
        ),
        migrations.AlterField(
            model_name='fund',
            name='paid_in_cny',
            field=models.DecimalField(blank=True, db_comment='paid-in capital in yuan; NULL when in another currency', decimal_places=2, max_digits=24, null=True, verbose_name='实缴(元)'),
        ),
        migrations.AlterField(
            model_name='fund',
            name='size_cny',
            field=models.DecimalField(blank=True, db_comment='fund size in yuan; NULL when in another currency', decimal_places=2, max_digits=24, null=True, verbose_name='规模(元)'),
        ),
        migrations.AlterField(
            model_name='historicalfact',
            name='has_conflict',
            field=models.BooleanField(db_comment='the fact is in a pair of report_conflicts (incompatible values for one subject, metric and period from different articles)', db_index=True, default=False, verbose_name='数据冲突'),
        ),
        migrations.AlterField(
            model_name='historicalfact',
            name='metric',
            field=models.CharField(db_comment='code from the metric vocabulary (projects_metric), e.g. annual_revenue', db_index=True, max_length=60, verbose_name='指标'),
        ),
        migrations.AlterField(
            model_name='historicalfact',
            name='unit',
            field=models.CharField(db_comment='the currency for money (cny, usd ...), else mu, m2, km2, count or ratio', max_length=10, verbose_name='单位'),
        ),
        migrations.AlterField(
            model_name='historicalfund',
            name='invested_cny',
            field=models.DecimalField(blank=True, db_comment='amount invested in yuan; NULL when in another currency', decimal_places=2, max_digits=24, null=True, verbose_name='已投资(元)'),
        ),
        migrations.AlterField(
            model_name='historicalfund',
            name='paid_in_cny',
            field=models.DecimalField(blank=True, db_comment='paid-in capital in yuan; NULL when in another currency', decimal_places=2, max_digits=24, null=True, verbose_name='实缴(元)'),
        ),
        migrations.AlterField(
            model_name='historicalfund',
            name='size_cny',
            field=models.DecimalField(blank=True, db_comment='fund size in yuan; NULL when in another currency', decimal_places=2, max_digits=24, null=True, verbose_name='规模(元)'),
        ),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=altered,
            database_operations=[migrations.RunSQL(sql=comments(altered, old=False),
                                                   reverse_sql=comments(altered, old=True))],
        ),
    ]
