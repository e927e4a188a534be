"""What a stored record may hold: amounts, dates, codes and names, checked in one place, refused in Chinese.

Admin forms, spreadsheet imports and the editor-change function all call `record_errors`; the loader can call
the plain checks (`amount_error`, `fact_value_error`, `as_of_error`, `metric_error`) on what it extracted, so an
editor and an article are held to the same rules. Every message is Chinese, wrapped for the English catalog.
"""
from __future__ import annotations

import datetime
from decimal import Decimal, InvalidOperation

from django.db import models
from django.utils.translation import gettext

from loaders.extract.metrics import METRICS
from curation.names import normalise_name

#: Larger than any real figure (China's GDP is about 1.3e14 yuan) and far inside NUMERIC(24,2).
MAX_AMOUNT = Decimal(10) ** 15
#: Fact values are NUMERIC(30,6); counts and areas never come near this.
MAX_FACT_VALUE = Decimal(10) ** 18
CURRENCIES = ("cny", "usd", "eur", "hkd", "jpy")
EARLIEST_AS_OF = datetime.date(1949, 1, 1)
#: Targets name years ahead (到2035年); nothing else may be dated after today.
TARGET_YEARS_AHEAD = 30

# Decimal columns holding money, per model name; a fund's paid-in and invested never exceed its size.
MONEY_COLUMNS = {
    "Project": ("investment_cny", "investment_amount"),
    "Fund": ("size_cny", "paid_in_cny", "invested_cny"),
    "Park": ("area_mu",),
}


def amount_error(value) -> str | None:
    """Why an amount (yuan, or any currency's base unit) cannot be stored; None when it can."""
    if value is None or value == "":
        return None
    try:
        value = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        return gettext("不是数字：%(value)s") % {"value": value}
    if not value.is_finite():
        return gettext("不是数字：%(value)s") % {"value": value}
    if value < 0:
        return gettext("金额不能为负数")
    if value >= MAX_AMOUNT:
        return gettext("金额过大（超过1000万亿），请检查单位")
    return None


def metric_error(code: str) -> str | None:
    if code in METRICS:
        return None
    return gettext("未知的指标：%(code)s（请从指标表中选择）") % {"code": code}


def unit_error(code: str, unit: str) -> str | None:
    """A money metric takes a currency; any other metric takes its own unit."""
    metric = METRICS.get(code)
    if metric is None:
        return None
    if metric.unit == "money":
        ok = unit in CURRENCIES
    else:
        ok = unit == metric.unit
    if ok:
        return None
    return gettext("指标“%(metric)s”的单位不能是 %(unit)s") % {"metric": metric.label_zh, "unit": unit or "-"}


def fact_value_error(code: str, value) -> str | None:
    """Counts, areas and amounts are never negative; a growth ratio may be; nothing is astronomically large."""
    if value is None or value == "":
        return gettext("数值不能为空")
    try:
        value = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        return gettext("不是数字：%(value)s") % {"value": value}
    if not value.is_finite() or abs(value) >= MAX_FACT_VALUE:
        return gettext("数值过大，请检查单位")
    metric = METRICS.get(code)
    if value < 0 and (metric is None or metric.unit != "ratio"):
        return gettext("数值不能为负数")
    return None


def as_of_error(code: str, as_of: datetime.date | None, *, today: datetime.date | None = None) -> str | None:
    if as_of is None:
        return None
    today = today or datetime.date.today()
    metric = METRICS.get(code)
    latest = today.replace(year=today.year + TARGET_YEARS_AHEAD) if metric and metric.kind == "target" else today
    if as_of > latest:
        return gettext("时点不能晚于 %(date)s") % {"date": latest.isoformat()}
    if as_of < EARLIEST_AS_OF:
        return gettext("时点不能早于 %(date)s") % {"date": EARLIEST_AS_OF.isoformat()}
    return None


def _choice_errors(record: models.Model, names) -> dict[str, str]:
    errors = {}
    for field in record._meta.concrete_fields:
        if field.choices and field.name in names:
            value = getattr(record, field.attname)
            allowed = {str(k) for k, _label in field.flatchoices}
            if field.blank:
                allowed.add("")
            if str(value) not in allowed:
                labels = "、".join(str(label) for _k, label in field.flatchoices)
                errors[field.name] = gettext("“%(value)s”不是有效的%(field)s，可选：%(choices)s") % {
                    "value": value, "field": field.verbose_name, "choices": labels}
    return errors


def duplicate_of(record: models.Model) -> models.Model | None:
    """Another record with the same natural key (normalised name, plus city for parks), if there is one."""
    from curation.models import NamedRecord

    if not isinstance(record, NamedRecord):
        return None
    lookup = {"normalised_name": normalise_name(record.name)}
    if type(record).__name__ == "Park":
        lookup["city"] = record.city
    return type(record).objects.filter(**lookup).exclude(pk=record.pk).first()


def record_errors(record: models.Model, *, changed=None) -> dict[str, str]:
    """Field name -> why the record as it stands cannot be saved; only fields in `changed` (all when None) count.

    Natural keys are checked here, before the database's unique constraint would end the request in a 500.
    """
    from curation.models import NamedRecord

    names = {f.name for f in record._meta.concrete_fields} if changed is None else set(changed)
    errors: dict[str, str] = {}
    if isinstance(record, NamedRecord) and names & {"name", "city"}:
        if not normalise_name(record.name or ""):
            errors["name"] = gettext("名称不能为空")
        elif (other := duplicate_of(record)) is not None:
            errors["name"] = gettext("已有同名记录：%(name)s（编号 %(id)s）") % {"name": other.name, "id": other.pk}
    errors.update(_choice_errors(record, names))
    model_name = type(record).__name__
    for column in MONEY_COLUMNS.get(model_name, ()):
        if column in names and (problem := amount_error(getattr(record, column))):
            errors[column] = problem
    if model_name == "Fund" and names & {"size_cny", "paid_in_cny", "invested_cny"}:
        size = record.size_cny
        for column, label in (("paid_in_cny", gettext("实缴")), ("invested_cny", gettext("已投资"))):
            value = getattr(record, column)
            if size is not None and value is not None and column not in errors and "size_cny" not in errors \
                    and Decimal(value) > Decimal(size):
                errors[column] = gettext("%(label)s不能超过基金规模") % {"label": label}
    if model_name == "Fact":
        checks = {
            "metric": lambda: metric_error(record.metric),
            "unit": lambda: unit_error(record.metric, record.unit),
            "value": lambda: fact_value_error(record.metric, record.value),
            "as_of": lambda: as_of_error(record.metric, record.as_of),
        }
        for name, check in checks.items():
            if name in names or (name in ("unit", "value", "as_of") and "metric" in names):
                if problem := check():
                    errors[name] = problem
    return errors
