"""What a stored record may hold: amounts, dates, codes and names, checked in one place, refused in Chinese.

Admin forms, spreadsheet imports and the editor-change function call `record_errors`; the loader holds every
extracted value to the same plain checks (`amount_error`, `fact_value_error`, `as_of_error`, `metric_error`,
`unit_error`, `qualifier_error`, `field_error`, `fund_part_error`, `published_on_error`; see
loaders/validate.py), so an editor and an article are refused the same values for the same reasons: the editor
sees the reason on the form, the operator in the value's `dropped` warning. Every message is Chinese, wrapped
for the English catalog.

The bounds are wide — they catch misreadings and mistyped units (99999999999% growth, a 26-digit amount, a
publication date in 2099), not surprising news — and one table says them all: per unit, with a few metrics
narrower than their unit.
"""
from __future__ import annotations

import datetime
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext

from loaders.extract.mentions.amounts import QUALIFIER_PREFIX, QUALIFIER_SUFFIX
from loaders.extract.tables.metrics import METRICS
from curation.names import normalise_name

#: Currencies an amount may be in: every money unit the amount parser (loaders.extract.mentions.amounts) produces.
CURRENCIES = ("cny", "usd", "eur", "hkd", "jpy", "twd")

# unit -> (lowest, highest) a value in that unit may be, both included. Money: 200万亿 (more than China's GDP,
# about 1.3e14 yuan); yen are counted in smaller units. Every bound is far inside its column (NUMERIC(24,2) for
# amounts, NUMERIC(30,6) for facts), so nothing that passes can overflow one.
UNIT_BOUNDS: dict[str, tuple[Decimal, Decimal]] = {
    **{code: (Decimal(0), Decimal("2e14")) for code in CURRENCIES},
    "jpy": (Decimal(0), Decimal("5e15")),
    "count": (Decimal(0), Decimal("1e8")),
    "ratio": (Decimal(-1), Decimal(100)),  # -100% .. +10000%
    "mu": (Decimal(0), Decimal("1e8")),  # 66,667 km²
    "m2": (Decimal(0), Decimal("1e11")),
    "km2": (Decimal(0), Decimal("1e5")),
    "ha": (Decimal(0), Decimal("1e7")),
    "tonne": (Decimal(0), Decimal("1e11")),
}
FALLBACK_BOUNDS = (Decimal("-1e15"), Decimal("1e15"))

# metric (and its target and cumulative variants) -> bounds narrower than its unit's.
METRIC_BOUNDS: dict[str, tuple[Decimal, Decimal]] = {
    "rd_intensity_ratio": (Decimal(0), Decimal(1)),
    "growth_ratio": (Decimal(-1), Decimal(100)),
    "average_growth_ratio": (Decimal(-1), Decimal(100)),
    "occupancy_ratio": (Decimal(0), Decimal(1)),  # space let: never more than all of it
    "start_ratio": (Decimal(0), Decimal(2)),  # projects started of those listed (开复工率, resumed ones counted too)
    "share_ratio": (Decimal(0), Decimal(10)),  # a part of a whole, or of a plan (占年度计划的101.3%)
    "parks_count": (Decimal(0), Decimal(100000)),
    "universities": (Decimal(0), Decimal(10000)),
    "fund_count": (Decimal(0), Decimal(100000)),
}

#: The qualifiers a figure is stored with: what the amount parser turns 大约, 超过, 以上, 多 … into.
QUALIFIERS = tuple(dict.fromkeys(q for q in (*QUALIFIER_PREFIX.values(), *QUALIFIER_SUFFIX.values()) if q))

EARLIEST_AS_OF = datetime.date(1949, 1, 1)
EARLIEST_PUBLICATION = datetime.date(1980, 1, 1)
#: Targets name years ahead (到2035年); anything else refers at latest to the year under way (今年 -> 31 December).
TARGET_YEARS_AHEAD = 30

# Decimal columns checked as amounts, per model name: column -> its unit, or the column naming its currency.
AMOUNT_COLUMNS: dict[str, dict[str, str]] = {
    "Project": {"investment_cny": "cny", "investment_amount": "investment_currency"},
    "Fund": {"size_cny": "cny", "size_amount": "size_currency", "paid_in_cny": "cny",
             "paid_in_amount": "paid_in_currency", "invested_cny": "cny", "invested_amount": "invested_currency"},
    "Park": {"area_mu": "mu"},
}
MONEY_COLUMNS = {model: tuple(columns) for model, columns in AMOUNT_COLUMNS.items()}
QUALIFIER_COLUMNS = {"Project": ("investment_qualifier",), "Fund": ("size_qualifier",), "Fact": ("qualifier",)}


#: The largest id a record can have (PostgreSQL bigint).
BIGINT_MAX = 2**63 - 1


def parse_id(value) -> int | None:
    """A record id as typed in a URL or a spreadsheet cell ('12', 12, 12.0 from Excel), or None when it cannot be
    one: letters, fractions, zero, negatives and numbers past bigint, which would otherwise reach the database."""
    text = str(value).strip()
    try:
        number = Decimal(text) if text.isascii() else None
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite() or number != number.to_integral_value():
        return None
    return int(number) if 0 < number <= BIGINT_MAX else None


def _limit(value: Decimal, unit: str) -> str:
    """A bound as the reader writes it: 2000000亿元 in Chinese; 200,000,000,000,000 cny in English."""
    from django.utils.translation import get_language

    from curation.forms import format_figure

    if (get_language() or "").startswith("en"):
        return f"{value * 100:,f}%" if unit == "ratio" else f"{value:,f} {'' if unit == 'count' else unit}".rstrip()
    return format_figure(value, unit=unit)


def _number(value) -> Decimal | str:
    """The value as a finite Decimal, or why it is not a number."""
    try:
        number = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        number = None
    if number is None or not number.is_finite():
        return gettext("不是数字：%(value)s") % {"value": value}
    return number


def _bounds_error(value: Decimal, bounds: tuple[Decimal, Decimal], unit: str) -> str | None:
    low, high = bounds
    money = unit in CURRENCIES
    if value < low:
        if low == 0:
            return gettext("金额不能为负数") if money else gettext("数值不能为负数")
        return gettext("数值不能小于 %(limit)s") % {"limit": _limit(low, unit)}
    if value > high:
        if money:
            return gettext("金额过大（超过%(limit)s），请检查单位") % {"limit": _limit(high, unit)}
        return gettext("数值过大（超过%(limit)s），请检查单位") % {"limit": _limit(high, unit)}
    return None


def amount_error(value, *, unit: str = "cny") -> str | None:
    """Why an amount (a base-unit value in `unit`: yuan, dollars … or mu) cannot be stored; None when it can."""
    if value is None or value == "":
        return None
    number = _number(value)
    if isinstance(number, str):
        return number
    return _bounds_error(number, UNIT_BOUNDS.get(unit or "cny", FALLBACK_BOUNDS), unit or "cny")


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
    from curation.forms import unit_label
    return gettext("指标“%(metric)s”的单位不能是 %(unit)s") % {"metric": metric.label_zh, "unit": unit_label(unit) or "-"}


def _metric_bounds(code: str) -> tuple[Decimal, Decimal] | None:
    metric = METRICS.get(code)
    base = code.removesuffix(f"_{metric.kind}") if metric is not None else code
    return METRIC_BOUNDS.get(code) or METRIC_BOUNDS.get(base)


def fact_value_error(code: str, value, *, unit: str | None = None) -> str | None:
    """Why a fact's value cannot be stored: outside its metric's bounds, else its unit's (the metric's unit when
    `unit` is not given); a growth ratio may be negative, a count or an amount may not."""
    if value is None or value == "":
        return gettext("数值不能为空")
    number = _number(value)
    if isinstance(number, str):
        return number
    metric = METRICS.get(code)
    if not unit:
        unit = "cny" if metric is not None and metric.unit == "money" else (metric.unit if metric else "")
    bounds = _metric_bounds(code) or UNIT_BOUNDS.get(unit, FALLBACK_BOUNDS)
    return _bounds_error(number, bounds, unit)


def qualifier_error(qualifier: str | None) -> str | None:
    if not qualifier or qualifier in QUALIFIERS:
        return None
    return gettext("“%(value)s”不是有效的限定词，可选：%(choices)s") % {
        "value": qualifier, "choices": "、".join(QUALIFIERS)}


def as_of_error(code: str, as_of: datetime.date | None, *, today: datetime.date | None = None) -> str | None:
    """A figure refers to a period that has begun: at latest the end of the current year (a whole-year figure of
    2026 is dated 2026-12-31), or up to TARGET_YEARS_AHEAD years ahead for a target."""
    if as_of is None:
        return None
    today = today or datetime.date.today()
    metric = METRICS.get(code)
    ahead = TARGET_YEARS_AHEAD if metric and metric.kind == "target" else 0
    latest = datetime.date(today.year + ahead, 12, 31)
    if as_of > latest:
        return gettext("时点不能晚于 %(date)s") % {"date": latest.isoformat()}
    if as_of < EARLIEST_AS_OF:
        return gettext("时点不能早于 %(date)s") % {"date": EARLIEST_AS_OF.isoformat()}
    return None


def published_on_error(published_on: datetime.date | None, *, today: datetime.date | None = None) -> str | None:
    """An article appeared between 1980 and tomorrow (a date stated in China's time zone may be ahead of ours)."""
    if published_on is None:
        return None
    latest = (today or datetime.date.today()) + datetime.timedelta(days=1)
    if EARLIEST_PUBLICATION <= published_on <= latest:
        return None
    return gettext("发布日期应在 %(start)s 至 %(end)s 之间") % {
        "start": EARLIEST_PUBLICATION.isoformat(), "end": latest.isoformat()}


def fund_part_error(*, size, part, label: str) -> str | None:
    """A fund's paid-in or invested amount (`label` names which) is never more than its size."""
    if size is None or part is None or size == "" or part == "" or Decimal(part) <= Decimal(size):
        return None
    return gettext("%(label)s不能超过基金规模") % {"label": label}


def field_error(model: type[models.Model], name: str, value) -> str | None:
    """Why `value` cannot be stored in the text column `name`: a code outside its choices (company kind, project
    status, review status …), or longer than the column."""
    field = model._meta.get_field(name)
    if field.choices:
        allowed = {str(k) for k, _label in field.flatchoices}
        if field.blank:
            allowed.add("")
        if str(value) not in allowed:
            labels = "、".join(str(label) for _k, label in field.flatchoices)
            return gettext("“%(value)s”不是有效的%(field)s，可选：%(choices)s") % {
                "value": value, "field": field.verbose_name, "choices": labels}
    if isinstance(field, models.CharField) and field.max_length and isinstance(value, str) \
            and len(value) > field.max_length:
        return gettext("%(field)s过长：最多 %(max)s 个字") % {"field": field.verbose_name, "max": field.max_length}
    return None


def text_error(value) -> str | None:
    """PostgreSQL stores no NUL character in text; a pasted one is refused rather than ending the save."""
    items = value if isinstance(value, (list, tuple)) else [value]
    if any(isinstance(item, str) and "\x00" in item for item in items):
        return gettext("不能包含空字符（NUL）")
    return None


def integer_error(field: models.Field, value) -> str | None:
    """An integer outside its column (a bigint id typed with 25 digits)."""
    try:
        field.run_validators(value)
    except ValidationError as exc:
        return exc.messages[0]
    return None


def parent_error(park: models.Model) -> str | None:
    """A park is not its own parent, nor the parent of any park above it."""
    if park.parent_id is None or park.pk is None:  # a park not yet saved is no park's parent
        return None
    if park.parent_id == park.pk:
        return gettext("上级园区不能是它自己")
    seen, above = {park.parent_id}, park.parent_id
    while above is not None:
        above = type(park).objects.filter(pk=above).values_list("parent_id", flat=True).first()
        if above == park.pk:
            return gettext("上级园区不能是它的下级园区")
        if above in seen:
            break  # an older loop above: not this edit's doing
        seen.add(above)
    return None


def subject_error(fact: models.Model) -> str | None:
    """A fact is about a record that exists."""
    from django.apps import apps

    from curation.models import ENTITY_MODELS, EntityType

    if fact.subject_type not in ENTITY_MODELS:
        return None  # an unknown type is field_error's to refuse
    if apps.get_model(ENTITY_MODELS[fact.subject_type]).objects.filter(pk=fact.subject_id).exists():
        return None
    return gettext("没有编号为 %(ids)s 的%(type)s") % {"ids": fact.subject_id,
                                                     "type": EntityType(fact.subject_type).label}


#: A fact's natural key (its unique constraint): one figure per subject, metric, unit, value and period wording.
FACT_KEY = ("subject_type", "subject_id", "metric", "unit", "value", "as_of_text")


def duplicate_fact(fact: models.Model) -> models.Model | None:
    """Another fact with the same subject, metric, unit, value and period: the same figure twice."""
    return type(fact).objects.filter(**{k: getattr(fact, k) for k in FACT_KEY}).exclude(pk=fact.pk).first()


def duplicate_of(record: models.Model) -> models.Model | None:
    """Another record with the same natural key (normalised name, plus city for parks), if there is one."""
    from curation.models import NamedRecord

    if not isinstance(record, NamedRecord):
        return None
    lookup = {"normalised_name": normalise_name(record.name)}
    if type(record).__name__ == "Park":
        lookup["city"] = record.city
    return type(record).objects.filter(**lookup).exclude(pk=record.pk).first()


def _amount_unit(record: models.Model, unit_or_column: str) -> str:
    if unit_or_column in UNIT_BOUNDS:
        return unit_or_column
    return getattr(record, unit_or_column) or "cny"


def record_errors(record: models.Model, *, changed=None) -> dict[str, str]:
    """Field name -> why the record as it stands cannot be saved; only fields in `changed` (all when None) count.

    Natural keys are checked here, before the database's unique constraint would end the request in a 500.
    """
    from curation.models import NamedRecord

    names = {f.name for f in record._meta.concrete_fields} if changed is None else set(changed)
    model_name = type(record).__name__
    errors: dict[str, str] = {}
    for field in record._meta.concrete_fields:  # first: a NUL would end the duplicate lookup below in the database
        if field.name in names and (problem := text_error(getattr(record, field.attname))):
            errors[field.name] = problem
    if isinstance(record, NamedRecord) and names & {"name", "city"} and not {"name", "city"} & set(errors):
        if not normalise_name(record.name or ""):
            errors["name"] = gettext("名称不能为空")
        elif (other := duplicate_of(record)) is not None:
            errors["name"] = gettext("已有同名记录：%(name)s（编号 %(id)s）") % {"name": other.name, "id": other.pk}
    for field in record._meta.concrete_fields:
        if field.name not in names or field.name in errors:
            continue
        value = getattr(record, field.attname)
        if isinstance(field, models.IntegerField) and value is not None and (
                problem := integer_error(field, value)):
            errors[field.name] = problem
        elif (field.choices or isinstance(field, models.CharField)) and (
                problem := field_error(type(record), field.name, value)):
            errors[field.name] = problem
    if model_name == "Park" and "parent" in names and "parent" not in errors and (problem := parent_error(record)):
        errors["parent"] = problem
    if model_name == "Fact" and names & {"subject_type", "subject_id"} and not {"subject_type", "subject_id"} & set(
            errors) and (problem := subject_error(record)):
        errors["subject_id"] = problem
    if model_name == "Fact" and names & set(FACT_KEY) and not errors and (other := duplicate_fact(record)):
        errors["value"] = gettext("已有同样的数据：%(fact)s（编号 %(id)s）") % {"fact": other, "id": other.pk}
    for column, unit in AMOUNT_COLUMNS.get(model_name, {}).items():
        if column in names and (problem := amount_error(getattr(record, column), unit=_amount_unit(record, unit))):
            errors[column] = problem
    for column in QUALIFIER_COLUMNS.get(model_name, ()):
        if column in names and column not in errors and (problem := qualifier_error(getattr(record, column))):
            errors[column] = problem
    if model_name == "Fund" and names & {"size_cny", "paid_in_cny", "invested_cny"}:
        for column, label in (("paid_in_cny", gettext("实缴")), ("invested_cny", gettext("已投资"))):
            if column not in errors and "size_cny" not in errors and (problem := fund_part_error(
                    size=record.size_cny, part=getattr(record, column), label=label)):
                errors[column] = problem
    if model_name == "Fact":
        checks = {
            "metric": lambda: metric_error(record.metric),
            "unit": lambda: unit_error(record.metric, record.unit),
            "value": lambda: fact_value_error(record.metric, record.value, unit=record.unit),
            "as_of": lambda: as_of_error(record.metric, record.as_of),
        }
        for name, check in checks.items():
            if name in names or (name in ("unit", "value", "as_of") and "metric" in names):
                if name not in errors and (problem := check()):
                    errors[name] = problem
    return errors
