"""Funds keep each amount with its currency: the *_cny columns hold yuan only.

Each stored amount takes the currency its evidence gave (the loader kept the extracted value, currency
included, in Evidence.value); a size of 5亿美元 stored as size_cny 500000000 moves to size_amount with
size_currency 'usd' and leaves size_cny NULL.
"""
from decimal import Decimal

from django.db import migrations
from django.db.models import F

FIELDS = ("size", "paid_in", "invested")


def forwards(apps, schema_editor):
    Fund = apps.get_model("projects", "Fund")
    Evidence = apps.get_model("loaders", "Evidence")
    for fund in Fund.objects.all():
        changes = {}
        for field in FIELDS:
            amount = getattr(fund, f"{field}_cny")
            if amount is None:
                continue
            currency = "cny"
            for value in (Evidence.objects.filter(entity_type="fund", entity_id=fund.pk, field=field,
                                                  value__isnull=False).values_list("value", flat=True)):
                if isinstance(value, dict) and Decimal(str(value.get("amount"))) == amount:
                    currency = value.get("currency") or "cny"
                    break
            changes.update({f"{field}_amount": amount, f"{field}_currency": currency,
                            f"{field}_cny": amount if currency == "cny" else None})
        if changes:
            Fund.objects.filter(pk=fund.pk).update(**changes)


def backwards(apps, schema_editor):
    Fund = apps.get_model("projects", "Fund")
    for field in FIELDS:
        Fund.objects.filter(**{f"{field}_amount__isnull": False}).update(
            **{f"{field}_cny": F(f"{field}_amount")})


class Migration(migrations.Migration):
    dependencies = [("projects", "0003_fund_currencies_metrics"), ("loaders", "0004_sentence_count")]

    operations = [migrations.RunPython(forwards, backwards)]
