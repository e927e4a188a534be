"""Article metadata: title, outlet, bylines and the publication date (stated or inferred).

Outlets are read from how papers sign their copy: 'X讯' datelines (科技日报讯), '告诉X
记者', '(X记者 Y)' and '□X记者 Y' credits.  '本报讯' and '本报记者' name no outlet by
themselves.  A date is 'stated' only when a full 年月日 dateline is present; otherwise
it is inferred from the latest 'M月D日' event and the year the text implies.
"""
from __future__ import annotations

import re
from datetime import date

from .sentences import is_headline
from ..types import ArticleMeta, Byline

_ROLE = r"(?:本报记者|记者|通讯员|实习生|特约记者|见习记者|摄影|摄)"
_NAME = r"[\u4e00-\u9fff]{2,4}"


def _title(text: str) -> str | None:
    for line in text.split("\n"):
        s = line.strip()
        if s.startswith("## ") or s.startswith("# ") and len(s) > 6:
            return s.lstrip("#").strip()
    # A lead paragraph (导语) often comes before the headline: look at the first few lines.
    lines = [line.strip() for line in text.split("\n") if line.strip()][:4]
    for s in lines:
        if is_headline(s) and not re.search(r"(记者|讯|通讯员)", s):
            return s
    return None


def _outlet(text: str) -> str | None:
    m = re.search(r"(?:^|\n|[(（□◎])([\u4e00-\u9fff/]{2,12}?)(?:讯|记者)", text)
    for m in re.finditer(r"(?:^|\n|[(（□◎►])\s*([\u4e00-\u9fff]{2,8}(?:/[\u4e00-\u9fff]{2,8})?)(?:讯|记者)", text):
        name = m.group(1)
        if name.startswith("本报"):
            continue
        if re.search(r"(日报|晚报|早报|时报|新闻|报|网|社|电视台)$", name):
            return name
    m = re.search(r"告诉([\u4e00-\u9fff]{2,8}?(?:日报|晚报|时报|报))记者", text)
    return m.group(1) if m else None


def _authors(text: str) -> list[Byline]:
    out: list[Byline] = []
    seen: set[str] = set()

    def add(name: str, role: str) -> None:
        if name not in seen and not re.search(r"(记者|通讯员|日报|新闻|本报)", name):
            seen.add(name)
            out.append(Byline(name=name, role=role))

    for line in text.split("\n"):
        s = line.strip()
        m = re.match(r"^[◎□►▶]\s*(?:[\u4e00-\u9fff/]{0,14}?)(本报记者|记者|通讯员)?\s*((?:" + _NAME + r"\s*){1,4})$", s)
        if m:
            for n in m.group(2).split():
                add(n, "记者" if not m.group(1) or "记者" in m.group(1) else m.group(1))
            continue
        m = re.match(r"^(通讯员|实习生)\s+((?:" + _NAME + r"\s*){1,4})$", s)
        if m:
            for n in m.group(2).split():
                add(n, m.group(1))
    for m in re.finditer(r"讯[(（]([^)）]{2,40})[)）]", text):
        inner = m.group(1)
        role = "记者"
        for tok in inner.split():
            r = re.match(_ROLE, tok)
            if r:
                role = r.group().replace("本报", "")
                tok = tok[r.end():]
            if re.fullmatch(_NAME, tok):
                add(tok, role)
    for m in re.finditer(r"[(（□][\u4e00-\u9fff/]{2,16}记者\s*(" + _NAME + r")[)）]?", text):
        add(m.group(1), "记者")
    return out


def _date(text: str) -> tuple[date | None, str | None, str | None]:
    m = re.search(r"(20\d{2})年(\d{1,2})月(\d{1,2})日", text)
    if m and _real_date(int(m.group(1)), int(m.group(2)), int(m.group(3))):  # not 2月30日, 13月45日
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))), "day", f"stated: '{m.group()}'"
    # '到2022年' / '至2025年' is a target, but '截至2024年3月底' is the past the article reports.
    reported = text.replace("截至", "截止")
    years = [int(y) for y in re.findall(r"(?<![到至])(20\d{2})(?:年|青岛|中国|全球)", reported)]
    targets = {int(y) for y in re.findall(r"(?:到|至)(20\d{2})", reported)}
    years = [y for y in years if y not in targets] or years
    if not years:
        return None, None, None
    year = max(years)
    days = [(int(mm), int(dd)) for mm, dd in re.findall(r"(?<![\d年])(\d{1,2})月(\d{1,2})日", text)]
    days = [(mm, dd) for mm, dd in days if _real_date(year, mm, dd)]
    if days:
        mm, dd = max(days)
        return date(year, mm, dd), "day", f"inferred: latest event {mm}月{dd}日, year {year} from context"
    months = [int(x) for x in re.findall(r"(?<![\d年])(\d{1,2})月(?!\d)", text) if 1 <= int(x) <= 12]
    if months:
        return date(year, max(months), 1), "month", f"inferred: latest month {max(months)}月, year {year} from context"
    return date(year, 1, 1), "year", f"inferred: year {year} from context"


def _real_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def extract_meta(text: str) -> ArticleMeta:
    published, precision, basis = _date(text)
    return ArticleMeta(title=_title(text), outlet=_outlet(text), authors=_authors(text), published_on=published,
                       published_precision=precision, date_basis=basis)
