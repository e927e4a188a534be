"""Amounts the way editors read and write them: 6亿元, 约3.9亿元, 2000万元 — shown and edited, never 600000000.00."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from loaders.extract.mentions.amounts import parse_amount
from curation.names import join_list, split_list

CURRENCY_SUFFIX = {"cny": "元", "usd": "美元", "eur": "欧元", "hkd": "港元", "jpy": "日元"}
# Where each stored qualifier is written around the figure: 约3亿元, 700余亿元, 3亿元以上.
_PREFIX_QUALIFIERS = {"约", "超", "近", "突破", "逾", "达", "不少于"}
_INFIX_QUALIFIERS = {"余", "多"}
_PLAIN_NUMBER = re.compile(r"^[+-]?\d+(?:,\d{3})*(?:\.\d+)?$")
_HAS_CURRENCY = re.compile(r"(元|美元|欧元|港元|港币|日元|人民币)\s*(以上|左右|上下)?$")


@dataclass(frozen=True)
class EditedAmount:
    """An amount an editor typed: value in the currency's base unit, currency code, qualifier, verbatim text."""

    value: Decimal
    currency: str
    qualifier: str
    text: str


def _trim(number: Decimal) -> str:
    text = format(number.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_amount(value: Decimal | int | None, *, qualifier: str = "", currency: str = "cny") -> str:
    """600000000 -> '6亿元'; (390000000, 约) -> '约3.9亿元'; 20000000 -> '2000万元'; None -> ''."""
    if value is None or value == "":
        return ""
    value = Decimal(value)
    if abs(value) >= Decimal(10) ** 8:
        number, multiplier = _trim(value / Decimal(10) ** 8), "亿"
    elif abs(value) >= Decimal(10) ** 4:
        number, multiplier = _trim(value / Decimal(10) ** 4), "万"
    else:
        number, multiplier = _trim(value), ""
    suffix = CURRENCY_SUFFIX.get(currency or "cny", currency)
    if qualifier in _INFIX_QUALIFIERS:
        return f"{number}{qualifier}{multiplier}{suffix}"
    if qualifier and qualifier not in _PREFIX_QUALIFIERS:
        return f"{number}{multiplier}{suffix}{qualifier}"
    return f"{qualifier}{number}{multiplier}{suffix}"


# How a fact's unit is written after its number; money units go through format_amount.
UNIT_SUFFIX = {"count": "", "mu": "亩", "m2": "平方米", "km2": "平方公里", "ha": "公顷"}


def format_figure(value: Decimal | None, *, unit: str, qualifier: str = "") -> str:
    """A fact's value as it is read: (50, count, 多) -> '50多'; (285, mu, 约) -> '约285亩'; ratio 0.125 -> '12.5%'."""
    if value is None:
        return ""
    if unit in CURRENCY_SUFFIX:
        return format_amount(value, qualifier=qualifier, currency=unit)
    value = Decimal(value)
    if unit == "ratio":
        return f"{qualifier}{_trim(value * 100)}%"
    number = _trim(value)
    suffix = UNIT_SUFFIX.get(unit, unit)
    if qualifier in _INFIX_QUALIFIERS:
        return f"{number}{qualifier}{suffix}"
    if qualifier and qualifier not in _PREFIX_QUALIFIERS:
        return f"{number}{suffix}{qualifier}"
    return f"{qualifier}{number}{suffix}"


def metric_label(code: str) -> str:
    """A metric in the editor's language, from the one vocabulary (loaders.extract.tables.metrics); unknown codes as is."""
    from django.utils.translation import get_language

    from loaders.extract.tables.metrics import METRICS

    metric = METRICS.get(code) or METRICS.get(code.removesuffix("_cny"))  # older codes named the currency
    if metric is None:
        return code
    return metric.label_en if (get_language() or "").startswith("en") else metric.label_zh


def metric_code(typed: str) -> str:
    """The metric code for a metric typed as its code or its label in either language (metric_label's inverse)."""
    from loaders.extract.tables.metrics import METRICS

    return next((m.code for m in METRICS.values() if typed in (m.code, m.label_zh, m.label_en)), typed)


def unit_label(code: str) -> str:
    """A fact's unit in the editor's language: the amount parser's own description in Chinese (人民币元, 亩,
    比例 …), the code in English; an unknown code as is."""
    from django.utils.translation import get_language

    from loaders.extract.mentions.amounts import UNITS

    if code not in UNITS or (get_language() or "").startswith("en"):
        return code
    return UNITS[code]


def unit_code(typed: str) -> str:
    """The unit code for a unit typed as its code or its Chinese label (unit_label's inverse); else as typed."""
    from loaders.extract.mentions.amounts import UNITS

    return next((code for code, label in UNITS.items() if typed in (code, label)), typed)


def parse_edited_amount(text: str) -> EditedAmount | None:
    """What an editor typed ('6亿', '3.9亿元', '约2000万', '1.5亿美元', '600000000') -> EditedAmount; '' -> None.

    Raises ValueError when the text is not an amount. Uses the loader's own parser, so an editor and
    an article mean the same thing by 约3.9亿元.
    """
    text = (text or "").strip()
    if not text:
        return None
    plain = text.replace(",", "")
    if _PLAIN_NUMBER.match(plain):
        return EditedAmount(value=Decimal(plain), currency="cny", qualifier="", text=format_amount(Decimal(plain)))
    phrase = text if _HAS_CURRENCY.search(text) else f"{text}元"
    amount = parse_amount(phrase)
    if amount is None or amount.unit not in CURRENCY_SUFFIX:
        raise ValueError(text)
    # The whole text must be the figure: '6亿元 and junk' is refused rather than half-read.
    if phrase[amount.span.start : amount.span.end].strip() != phrase.strip():
        leftover = (phrase[: amount.span.start] + phrase[amount.span.end :]).strip()
        if leftover and leftover not in {"元", "人民币"}:
            raise ValueError(text)
    return EditedAmount(value=amount.value, currency=amount.unit, qualifier=amount.qualifier,
                        text=amount.text if amount.text else phrase)


class AmountWidget(forms.TextInput):
    """Shows a stored EditedAmount or Decimal the way it is written in Chinese."""

    def format_value(self, value):
        if isinstance(value, EditedAmount):
            return format_amount(value.value, qualifier=value.qualifier, currency=value.currency)
        if isinstance(value, (Decimal, int)):
            return format_amount(value)
        return super().format_value(value)


class AmountField(forms.Field):
    """A form field accepting 6亿, 3.9亿元, 约2000万, 1.5亿美元 or plain yuan; cleans to EditedAmount or None."""

    widget = AmountWidget
    default_error_messages = {"invalid": _("无法识别的金额：%(value)s（例如 6亿、约3.9亿元、2000万、1.5亿美元）")}

    def to_python(self, value):
        if isinstance(value, EditedAmount) or value is None:
            return value
        try:
            return parse_edited_amount(str(value))
        except (ValueError, InvalidOperation):
            raise ValidationError(self.error_messages["invalid"], code="invalid", params={"value": value})

    def has_changed(self, initial, data):
        try:
            new = self.to_python(data)
        except ValidationError:
            return True
        old = initial
        if isinstance(old, str):
            try:
                old = parse_edited_amount(old)
            except ValueError:
                return True
        if old is None or new is None:
            return (old is None) != (new is None)
        return (old.value, old.currency, old.qualifier) != (new.value, new.currency, new.qualifier)


class NameListField(forms.CharField):
    """A list of names in one text box: '，', '、', ',' and ';' all separate (curation.names.split_list)."""

    def prepare_value(self, value):
        return join_list(value) if isinstance(value, (list, tuple)) else value

    def to_python(self, value):
        if isinstance(value, (list, tuple)):
            return list(value)
        return split_list(super().to_python(value))

    def has_changed(self, initial, data):
        return self.to_python(initial or []) != self.to_python(data)
