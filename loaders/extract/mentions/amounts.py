"""Numbers in Chinese business news -> Amount (base-unit Decimal, unit code, qualifier, text, span).

Handles Arabic and Chinese numerals, the multipliers 万/亿/千/百, money (元, 美元 …
never converted), areas (亩, 平方米, 平方公里), ratios (%, ‰), counts with measure
words, and the qualifiers the press puts around a figure.  Things that look like
numbers but are not amounts (years, dates, ranges, ordinals, model numbers such as
5G / 4.0 / 100P / 10KV, fractions like 1/10) are skipped by construction: a figure
must be followed by a unit we know, and must not touch a Latin letter, a slash, a
plus sign or a range dash.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ..types import Amount, Span

#: unit code -> description; the only codes find_amounts produces.
UNITS: dict[str, str] = {
    "cny": "人民币元", "usd": "美元", "eur": "欧元", "hkd": "港元", "jpy": "日元", "twd": "新台币元",
    "mu": "亩", "m2": "平方米", "km2": "平方公里", "ha": "公顷", "ratio": "比例 (12.17% -> 0.1217)",
    "count": "个数 (家/个/项/人 …)", "tonne": "吨",
}

_CURRENCY = {"元": "cny", "人民币": "cny", "美元": "usd", "欧元": "eur", "港元": "hkd", "港币": "hkd", "日元": "jpy"}
_AREA = {"平方公里": "km2", "平方千米": "km2", "平方米": "m2", "㎡": "m2", "亩": "mu", "公顷": "ha"}
# Measure words that make a bare number a count.  台(套) is written with parentheses.
MEASURE_WORDS = ("台(套)", "台（套）", "家", "个", "项", "人", "名", "位", "支", "条", "台", "套", "所",
                 "件", "处", "座", "栋", "款", "种", "户", "批", "只", "辆", "场", "块", "宗", "间")
# (间: firms counted as Hong Kong and Macau copy counts them, 16間創科公司; rooms so counted measure nothing a rule reads)
_MULT = {"兆": Decimal(10) ** 12, "万亿": Decimal(10) ** 12, "千亿": Decimal(10) ** 11, "百亿": Decimal(10) ** 10, "亿": Decimal(10) ** 8,
         "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6, "万": Decimal(10) ** 4, "千": Decimal(1000), "百": Decimal(100)}

# How the press qualifies a figure -> the stored qualifier (as the gold data writes it:
# 超过/以上/不少于 -> 超, 多 -> 余; 达/达到 state the value plainly, so no qualifier).
QUALIFIER_PREFIX = {"约": "约", "大约": "约", "约有": "约", "约为": "约", "超过": "超", "超": "超", "逾": "超", "多于": "超", "高于": "超",
                    "不少于": "超", "不低于": "超", "近": "近", "将近": "近", "接近": "近", "突破": "突破",
                    "达到": "", "达": "", "不足": "近", "不到": "近"}
QUALIFIER_SUFFIX = {"余": "余", "多": "余", "以上": "超", "左右": "约", "上下": "约"}

_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNIT = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10 ** 4, "亿": 10 ** 8}

# 218. 5亿元: a typesetting gap inside the decimal; 5 000万元, 30 000 t: thousands set apart by a space (a gazetteer's
# typesetting), one number
_ARABIC = r"\d{1,3}(?: \d{3})+(?![\d.])|\d+(?:,\d{3})*(?:\. ?\d+)?"
# (二．七億元, 十九．六七公頃, 廿五億元: print in Taiwan writes decimals with a full-width point, 20 and 30 as 廿 and 卅)
_CN_NUM = r"[零〇一二两三四五六七八九十百千万亿廿卅]+(?:[．.点][零〇一二三四五六七八九]+)?"  # (一点五亿元)
_PRE = "|".join(sorted(QUALIFIER_PREFIX, key=len, reverse=True))
_UNIT_WORDS = sorted(list(_CURRENCY) + list(_AREA) + ["吨", "%", "％", "‰"] + list(MEASURE_WORDS), key=len, reverse=True)
_UNIT = "|".join(re.escape(u) for u in _UNIT_WORDS)

AMOUNT_RE = re.compile(
    rf"(?:(?P<pre>{_PRE}) ?(?=[\d零〇一二两三四五六七八九十百千万亿廿卅人新]))?"  # 达到 49 个: a typesetting gap after the qualifier
    r"(?P<cur>人民币|新台币)?"
    rf"(?P<num>{_ARABIC}|{_CN_NUM})"
    r"(?:(?<=\d) (?=[余多万亿千百兆]|(?:" + _UNIT + r")))?"  # 共 235 个、总投资 1035 亿元: a typesetting gap after a digit
    r"(?:个(?=(?:亿|千万|万)(?:元|美元)(?!以上|以下|及以上|级|的|项目|企业|[\u4e00-\u9fff]{0,2}项目)))?"  # 投资50个亿元: 50亿元 as it is spoken, not 50 of something
    r"(?P<q1>余|多)?"
    r"(?P<mult>万亿|千亿|百亿|亿|千万|百万|万|千|百|兆)?"
    r"(?:(?<=亿)(?P<num2>\d{1,4})(?P<mult2>万)(?=元|美元|港元|欧元|日元|人民币))?"  # 17亿2700万元: 亿, then 万
    r"(?:(?<=万)(?P<num3>\d,\d{3}|\d{4})(?=个|人|名|家|元|平方米|吨|台|套|辆|件))?"  # 2萬8,000個: 万, then its thousands
    r"(?P<q2>余|多)?"
    rf"(?P<unit>{_UNIT})?"
    r"(?P<post>以上|左右|上下)?"
)
# Words a sum of money follows: after them a bare 亿 or 万 is 亿元 or 万元, not a count.
_MONEY_BEFORE_RE = re.compile(r"(?:投资|投资额|总投资|产值|营收|营业收入|销售收入|收入|税收|销售额|金额|融资|出口额|"
                              r"进出口额|交易额|成交额)(?:为|了)?$")
_MONEY_MULTS = ("万亿", "千亿", "百亿", "亿", "千万", "百万", "万")
# A figure touching these is part of a code, a fraction, a formula or a range.
_BAD_BEFORE = re.compile(r"[A-Za-z0-9.\-—–~～/+第]$")
_BAD_AFTER = re.compile(r"^(?:[A-Za-z/+\-—–~～]|\.\d)")


def cn_to_int(s: str) -> int | None:
    """Chinese numeral string -> int ('一千三百亿' -> 130000000000, '万' -> 10000, '百' -> 100)."""
    total, section, number = 0, 0, None
    for ch in s:
        if ch in _CN_DIGIT:
            number = _CN_DIGIT[ch]
        elif ch in _CN_UNIT:
            section += (number if number is not None else 1) * _CN_UNIT[ch]
            number = None
        elif ch in _CN_BIG:
            section += number or 0
            if section == 0 and total == 0:
                section = 1  # a bare 万 or 亿; in 三万亿 the 亿 multiplies the 三万 before it
            total = (total + section) * _CN_BIG[ch] if ch == "亿" else total + section * _CN_BIG[ch]
            section, number = 0, None
        else:
            return None
    return total + section + (number or 0)


def _number(num: str) -> Decimal | None:
    if num[0].isdigit():
        try:
            return Decimal(num.replace(",", "").replace(" ", ""))
        except InvalidOperation:
            return None
    whole, _, frac = num.replace("．", ".").replace("点", ".").partition(".")
    value = cn_to_int(whole.replace("廿", "二十").replace("卅", "三十")) if whole else None
    if value is None or any(ch not in _CN_DIGIT for ch in frac):
        return None
    return Decimal(value) + Decimal("0." + "".join(str(_CN_DIGIT[ch]) for ch in frac)) if frac else Decimal(value)


def _unit_code(unit: str | None, has_mult: bool) -> str | None:
    if not unit:
        return "count" if has_mult else None
    if unit in _CURRENCY:
        return _CURRENCY[unit]
    if unit in _AREA:
        return _AREA[unit]
    if unit in ("%", "％", "‰"):
        return "ratio"
    if unit == "吨":
        return "tonne"
    return "count"


_PROJECTS_AFTER_RE = re.compile(r"(?:重点|重大|产业|工业|新建|新开工|续建|签约|招商)?(?:项目)")


# what 个 measures when the figure is a span of time (10个月, 3个多月, 48个小时)
_DURATION_AFTER_RE = re.compile(r"多?(?:月|小时|工作日|季度|星期|礼拜)")


def _build(m: re.Match[str], text: str, offset: int = 0) -> Amount | None:
    num, unit, mult = m.group("num"), m.group("unit"), m.group("mult")
    is_cn = not num[0].isdigit()
    # 本次集中动工的四个重点项目: projects counted in Chinese numerals are data (not 一个项目, one project)
    counted_projects = is_cn and unit == "个" and num not in ("一", "两", "二") and not mult \
        and _PROJECTS_AFTER_RE.match(text, m.end()) is not None
    if is_cn and not counted_projects:
        # Chinese numerals are everywhere in prose (一批, 两大, 十四五); only a figure
        # with a place value (十/百/千/万/亿) and a real unit is taken as an amount.
        if not re.search("[十百千万亿廿卅．.点]", num) or not unit:
            return None
        if unit in ("个", "种", "批", "家", "间") and not re.search("[百千万亿]", num) and not m.group("q1"):
            return None  # 十个 / 十家 read as wording more often than as data
    if is_cn and not (m.group("pre") or m.group("q1") or m.group("q2")) and not re.search("[零〇一二两三四五六七八九十廿卅]", num):
        return None  # a bare 万/亿/百亿 (亿元以上项目, 百亿级) is a scale word, not a figure
    start = m.start("pre") if m.group("pre") else m.start("cur") if m.group("cur") else m.start("num")
    # bounded look-around: slicing the whole text per figure made long articles quadratic
    before = text[max(0, m.start("num") - 8):m.start("num")]
    if not m.group("pre") and _BAD_BEFORE.search(before):
        return None
    if m.group("pre") is None and before.endswith(("每", "前", "第")):
        return None
    after = text[m.end():m.end() + 8]
    if unit == "项" and after.startswith("目") and not m.group("num")[0].isdigit():
        return None  # 超百亿项目: a size of project (百亿), not a count in 项
    if unit == "个" and after.startswith("百分点"):
        return None  # 拉动固投19.7个百分点: a difference of rates in points, not a count
    if unit == "个" and _DURATION_AFTER_RE.match(after):
        return None  # 短短10个月, 3个多月: a span of time, not a count of anything
    if _BAD_AFTER.match(after) or after.startswith("级"):
        return None  # 百亿元级, 千亿级: a size class, not a figure
    if not unit and not mult:
        return None
    # 预计总投资80亿, 投资2亿的X: a sum of money written without 元
    money = unit is None and mult in _MONEY_MULTS and _MONEY_BEFORE_RE.search(text, max(0, start - 8), start)
    if unit is None and not money and not re.match(r"(?:$|[\s,，。;；、:：)）”’!！?？])", after):
        return None  # a bare 3亿 is a count only when the phrase ends there (not 1000亿次, 1.5亿片)
    if is_cn and before.endswith(("数", "几", "上", "成")):
        return None  # 数百名, 几十个: vague, not a figure
    code = "cny" if money else _unit_code(unit, bool(mult))
    if code is None:
        return None
    if m.group("cur") == "新台币" and code == "cny":
        code = "twd"  # 新台币1.35兆元: the currency is written before the figure
    if mult == "兆" and code not in ("cny", "twd", "usd", "hkd", "jpy", "eur"):
        return None  # 兆 is 10^12 only for money (Taiwan usage); 兆瓦, 兆字节 are units
    value = _number(num)
    if value is None:
        return None
    if mult:
        value *= _MULT[mult]
    if m.group("num2"):
        value += Decimal(m.group("num2")) * _MULT[m.group("mult2")]
    if m.group("num3"):
        value += Decimal(m.group("num3").replace(",", ""))
    if unit in ("%", "％"):
        value /= 100
    elif unit == "‰":
        value /= 1000
    qualifier = QUALIFIER_PREFIX.get(m.group("pre") or "", "")
    if m.group("pre") in ("约", "约有") and text[m.start("pre") - 1:m.start("pre")] in _YUE_WORD_HEADS:
        qualifier, start = "", m.start("cur") if m.group("cur") else m.start("num")  # 签约32个项目: 约 ends a verb
    for q in (m.group("q1"), m.group("q2"), m.group("post")):
        if q:
            qualifier = QUALIFIER_SUFFIX[q]
    end = m.end()
    # quantize cannot hold more than 28 digits: a longer misreading goes on to the loader's bounds as it is
    integral = value == value.to_integral() and value.adjusted() < 27
    return Amount(value=value.quantize(Decimal(1)) if integral else value.normalize(), unit=code,
                  qualifier=qualifier, text=text[start:end], span=Span(offset + start, offset + end))


# The first characters of words that end in 约 (签约, 合约, 履约, 预约, 节约 …): there 约 is no 'about'.
_YUE_WORD_HEADS = frozenset("签合履预节制契条公特相违毁践邀")


def find_amounts(text: str) -> list[Amount]:
    """Every amount in text, left to right, with spans into text."""
    out: list[Amount] = []
    for m in AMOUNT_RE.finditer(text):
        if not m.group("num"):
            continue
        amount = _build(m, text)
        if amount is not None:
            out.append(amount)
    return out


def parse_amount(text: str) -> Amount | None:
    """The first amount in a short phrase such as '总投资6亿元' or '约285亩'; None if there is none."""
    found = find_amounts(text)
    return found[0] if found else None
