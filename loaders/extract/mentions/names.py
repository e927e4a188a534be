"""Where a name starts: the left-boundary rule shared by the park, company, project and fund finders.

Chinese has no spaces, so a finder that sees a suffix (…产业园, …有限公司, …项目)
must decide how far left the name reaches.  The rule: walk left over name
characters up to a limit, stop at punctuation, then cut after the last verb or
function word that cannot sit inside a name (位于, 签约, 的, 在 …).  A conjunction
(和/与/及) cuts only when the words before it already form an entity
(崂山区政府和…), because it also occurs inside names (生物医药及医疗器械产业园).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .tagger import FACING, refine_start, tokens_around
from ..tables.lexicon import CITY_RE, COUNTRIES, MUNICIPALITIES, PROVINCE_OF_CITY, PROVINCES
from ..tables.lexicon import (BOUNDARY_WORDS, CONJUNCTIONS, COUNT_BEFORE_RE, DEMONSTRATIVE_RE, DESCRIPTOR_RE,
                      ENTITY_END_RE, PLACE_PREFIX_RE, PLACES, PROVINCE_PREFIX_RE, PUNCT_STOP, SINGLE_BOUNDARY)

_BOUNDARY_RE = re.compile("|".join(sorted(set(BOUNDARY_WORDS), key=len, reverse=True)
                                   + [re.escape(c) for c in SINGLE_BOUNDARY]))
_ALLOWED_RE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·・⋅‧∙“”\"+()（）×]")  # (北京⋅沧州…产业园: the dot as typeset)
# A boundary character that is inside a word here: 数据 (not 据悉), 依据, 证据, 及其 (X及其配套生产项目), 金属.
_NOT_BOUNDARY_AFTER = {"据": set("数证依根占"), "至": set("甚乃直"), "及": set("普涉"), "由": set("自理缘"), "其": set("及"),
                       "属": set("金附直")}  # (盾安金属…有限公司, X大学附属…: 属 inside a word, not 区属)
# a boundary word that opens a word with the character after it: 就地技改, 就近 (on the spot, nearby)
_NOT_BOUNDARY_BEFORE = {"就": set("地近"), "企业": set("孵管服发咨创"),  # (X企业孵化器有限公司, X企业管理有限公司: a trade)
                        "对": FACING,  # (对俄贸易工业园区, 对台经贸合作区: 'facing Russia' is part of the name)
                        "并": set("购网"),  # (产业整合并购基金, 光伏并网发电项目: 并购, 并网 are words, no 'and')
                        "启动": set("区"),  # (X产业园启动区(一期)工程项目: the park's start-up area, a noun)
                        "续建": set("项工")}  # (X景观改造续建工程, X续建项目: the name of the works carried on)
# …and inside a firm's name only: 哈尔滨新合作喜供…有限公司 (新合作 is a brand; 中新合作项目 is a kind of project)
_NOT_BOUNDARY_AFTER_IN_FIRM = {"合作": set("新")}
# Prepositions that are not boundary words in general (华为, 为民) but are when a place follows:
# '会议还为合肥国盛…有限公司颁奖' -> the name starts at 合肥.
_PREP_BEFORE_PLACE = set("为给使帮替")
# 安徽合肥高新区, 江苏无锡…: a province written without 省 before a city.
_BARE_PROVINCE_RE = re.compile(r"^(?:%s)(?=%s)" % ("|".join(PROVINCES), CITY_RE.pattern))
# verbs of having or setting up, never a firm's trade even right before its legal form (在广州设有分公司)
_HAS_WORDS = frozenset({"设有", "建有", "拥有", "现有", "共有", "已有", "设立", "成立", "组建", "创办", "创立"})
_YEAR_PREFIX_RE = re.compile(r"(?:\d{4}年(?:度)?|\d{1,2}月(?:份)?|\d{1,2}日|(?:19|20)\d\d(?=[\u4e00-\u9fff])(?!中国))+")
# (2020中德(沈阳)…产业园高质量发展大会: a year written before an event's name, without 年)
_PUNCT_NORM = re.compile(r"[\s\"'“”‘’()（）《》「」『』【】\[\]<>〈〉·•・,，、.。:：;；!！?？\-—–_/|]+")


@lru_cache(maxsize=8192)
def in_order(short: str, long: str) -> bool:
    """True when every character of `short` occurs in `long`, in order, and `short` is the shorter (中联重科 in
    中联重工科技…, 南軟 in 南港軟體工業園區)."""
    rest = iter(long)
    return len(short) < len(long) and all(ch in rest for ch in short)


def norm_key(name: str) -> str:
    """The comparison key of a name: NFKC, lower case, spaces and punctuation removed."""
    return _PUNCT_NORM.sub("", unicodedata.normalize("NFKC", name or "").lower())


_ZONE_WORD_INSIDE_RE = re.compile(r"(?:合作|示范|开发|先行|保税|集聚|聚集)(?:示范|试验|先行)?区")


_GENERATION_RE = re.compile(r"\d\.\d+代")


# the decimal part of a capacity inside a name (年产2.5万吨…项目, 1.5GW…): the point belongs to the name
_CAPACITY_DECIMAL_RE = re.compile(r"\.\d+\s*(?:万|亿)?(?:吨|台|套|件|辆|片|平方米|千瓦|兆瓦|GW|MW|GWh|MWh|万千瓦)")


def _spaced_number(text: str, k: int) -> bool:
    """A lone space between a Chinese character and a digit (年产 20000台): a typesetting gap inside a name;
    a slash after a unit (6200t/d熟料生产线, 100MW/200MWh储能), a hyphen between Latin letters (TFT-LCD) and a
    decimal point in a generation (第8.5代) or a capacity (年产2.5万吨) are part of the name too, as is a space between capitals (SOLAR LONG)."""
    if text[k] == "/":  # (40万吨/年含腈废液…项目: a capacity per year)
        return 0 < k < len(text) - 1 and ((text[k - 1].isascii() and text[k - 1].isalpha()
                                           and text[k + 1].isascii() and text[k + 1].isalnum())
                                          or (text[k - 1] in "吨台套件辆只片" and text[k + 1] in "年日天"))
    if text[k] in "-.":  # TFT-LCD, 第8.5代: a hyphen between Latin letters, a point between digits
        return 0 < k < len(text) - 1 and text[k - 1].isascii() and text[k + 1].isascii() and (
            (text[k] == "-" and text[k - 1].isalpha() and text[k + 1].isalpha())
            or (text[k] == "." and text[k - 1].isdigit() and text[k + 1].isdigit()
                and (_GENERATION_RE.match(text, k - 1) or _CAPACITY_DECIMAL_RE.match(text, k))))
    if text[k] == " " and 0 < k < len(text) - 1 and text[k - 1].isascii() and text[k - 1].isupper() \
            and text[k + 1].isascii() and text[k + 1].isupper():
        return True  # SOLAR LONG光伏科技…有限公司: a space between words of a Latin brand in capitals
    if text[k] == " " and 0 < k < len(text) - 1 and (
            (text[k - 1].isdigit() and text[k + 1] in _MEASURES)
            or (text[k - 1] in _MEASURES and text[k + 1].isascii() and text[k + 1].isalpha())):
        return True  # 年产15 万吨X项目, 年产 7 万吨 BOPP薄膜项目: a capacity typeset with gaps
    if text[k] == " " and 0 < k < len(text) - 2 and "\u4e00" <= text[k - 1] <= "\u9fff" \
            and re.match(r"[A-Z]{2,}", text[k + 1:k + 3]):
        return True  # 富力新城 CBD项目: a space before capitals the name goes on in
    return text[k] == " " and k > 0 and "\u4e00" <= text[k - 1] <= "\u9fff" and text[k + 1:k + 2].isdigit()


_MEASURES = frozenset("万亿千百吨台套件辆只片条米瓦")


# 格尔木市领导及X工业园区: people before a conjunction are no part of the name after it (a title joins no name)
_PEOPLE_END_RE = re.compile(r"(?:领导|负责人|嘉宾|代表|干部|官员|书记|主任|局长|区长|市长|县长|省长|部长|主席|处长|科长)$")


# what 有 ('there are') follows when it opens a list of firms: the firms' noun (企业有, 公司有) or an adverb (还有, 仅有)
_HAVE_AFTER = frozenset("业司仅还也都均内中共则就又")


def name_start(text: str, end: int, *, max_len: int = 24, floor: int = 0, conj: bool = True,
               org: bool = False) -> int:
    """Index where a name ending at `end` starts (== end when nothing name-like is there).

    The word rules give a first start; the tagger (tagger.refine_start) then moves it past
    leading verbs, adverbs, prepositions, particles, pronouns and titles still in front.
    org: the name ends in a legal form, so an organisation the tagger sees there is the name.
    """
    lo = max(floor, end - max_len)
    i = end
    while i > lo and (_ALLOWED_RE.match(text[i - 1]) and text[i - 1] not in PUNCT_STOP
                      or _spaced_number(text, i - 1)
                      or (text[i - 1] == "/" and text[i:i + 1] == "年")  # (13万吨/年聚醚项目: a rate in the name)
                      # (开元路-建元路通道工程项目: two roads the works join; N-甲基吡咯烷酮…项目: a chemical's name opens
                      # with a letter and a hyphen)
                      or (text[i - 1] == "-" and _CJK_RE.match(text, i)
                          and (text[i - 2:i - 1] in ("路", "街", "道") or re.match(r"[A-Za-z]", text[i - 2:i - 1])))):
        i -= 1
    window = text[i:end]
    cut = 0
    for m in _BOUNDARY_RE.finditer(window):
        word = m.group()
        if m.start() > 0 and (window[m.start() - 1] in _NOT_BOUNDARY_AFTER.get(word, ())
                              or org and window[m.start() - 1] in _NOT_BOUNDARY_AFTER_IN_FIRM.get(word, ())) \
                or window[m.end():m.end() + 1] in _NOT_BOUNDARY_BEFORE.get(word, ()):
            continue
        if m.start() == 0 and word in ("同", "和", "与") and text[i - 1:i] == "、" and len(window) - m.end() >= 4:
            continue  # …、同耀汽车配件及车载气瓶项目: right after 、 the character opens the next item's name, it joins nothing
        if _ZONE_WORD_INSIDE_RE.match(text, i + m.start()):
            continue  # 经济合作区: the word is part of a zone's name
        if window[m.end():m.end() + 1] in ("·", "(", "（") and m.end() < len(window) and len(word) >= 2:
            continue  # 通汉合作·西乡国动产业园, 深中合作(黄圃)产业园: a label a dot or a bracketed place joins to the name
        if window.count("“", 0, m.start()) > window.count("”", 0, m.start()) and "”" in window[m.start():]:
            continue  # X“功能平台和孵化基地”项目: inside the quoted part of a name
        if _inside_proper_noun(text, i + m.start(), i + m.end()):
            continue  # 于田, 和田, 新和: the word is part of a place's name
        if len(word) == 1 and word not in CONJUNCTIONS and word not in "等地的及或属" and m.start() > 0 and any(
                t.tag == "ORG" and t.start < i + m.start() and i + m.end() < t.end and t.end - t.start >= 4
                and (t.start <= i + cut or text[i + cut:t.start] in COUNTRIES or text[i + cut:t.start] in PLACES)
                for t in tokens_around(text, i + m.start())):
            continue  # 法国米其林轮胎…项目: the character inside a firm's name the tagger reads whole (米其林轮胎), no pronoun
            # (where the name so far opens with the firm, or a country or place before it; not 所在/地乐至…, where
            # the name so far starts inside another word)
        if len(word) == 1 and word != "的" and _inside_word(text, i + m.start(), i + m.end(), ("a", "b")):
            continue  # 外向型综合产业园: the tagger reads the character inside a longer adjective (外向型), no word of
            # its own (only adjectives: its organisations and nouns run over conjunctions and verbs, 桂林吉星电子等平衡
            # 动力有限公司, 下属子, which do end names)
        if word == "的" and (_inside_word(text, i + m.start(), i + m.end(), ("ORG",))
                             or de_ends_brand(text, i + m.start())):
            continue  # 芜湖美的厨热…产业园: the tagger reads a firm's name across 的 (a brand), no particle; so where
            # the brand ends with it (美的/制冷, 美的/通用)
        if len(word) == 1 and _opens_word_into_head(text, i + m.start(), end):
            continue  # 位于/将军澳创新园: the tagger reads the character and the head as one word
        if len(word) >= 2 and m.start() > 0 and window[:m.start()] in COUNTRIES and m.end() < len(window) \
                and not word.endswith("商"):
            continue  # 英国联合食品: a country, then a word of the firm's name, not a verb after a subject (中国开发商X集团:
            # a country's developer, then the firm)
        if org and m.end() == len(window) and len(word) >= 2 and word not in CONJUNCTIONS and word not in _HAS_WORDS:
            continue  # 中航工业科技咨询有限公司: the word right before a legal form is the firm's trade
        if org and word == "联合" and m.start() >= 2 and is_generic_stem(window[m.end():]):
            continue  # 中电光谷联合控股有限公司: 联合 inside the name, before a stem no firm is named by alone
        if word == "联合" and m.start() >= 2 and any(
                t.tag == "ORG" and i + cut <= t.start <= i + m.start() - 2 and t.end >= min(end, i + m.end() + 2)
                for t in tokens_around(text, i + m.start())):
            continue  # 浙江森林联合纸业有限公司: the tagger reads one firm across 联合
        if word in CONJUNCTIONS:
            if not conj:
                continue
            if m.start() > 0 and not ENTITY_END_RE.search(window[:m.start()]) \
                    and not _PEOPLE_END_RE.search(window[:m.start()]) \
                    and not (word in ("与", "和") and window[cut:m.start()] in PLACES and window[cut - 1:cut] == "在") \
                    and not (org and _org_ends_at(text, i + m.start(), i + m.end())):
                continue  # (在北京与X公司签约: a place, then 'with' the firm; 中电光谷与彩虹集团: the tagger's firm before it)
        cut = m.end()
    start = i + cut
    for money in MONEY_RE.finditer(text, start, end):
        start = money.end()  # 出资5000万元注入X基金: a sum of money ends the clause before a name
    if end - start > 3 and text[start] in _PREP_BEFORE_PLACE and PLACE_PREFIX_RE.match(text[start + 1:end]):
        start += 1
    # Years and dates in front (2021年红五月…, 2020年10月,台光…) are not part of a name.
    m = _YEAR_PREFIX_RE.match(text, start, end)
    if m and m.end() > start:
        start = m.end()
    if start < end:
        start = refine_start(text, start, end, org=org)
    start = _balance(text, start, end)
    if text[start:start + 1] == "暨" and end - start >= 3 and any(
            t.end == start and t.tag in ("v", "vn") for t in tokens_around(text, max(0, start - 1))):
        start += 1  # 集中开工暨鼎信集团…: after an event, 'and', which the tagger may read into the firm after it, opens no
        # name (暨阳湖科学城, 暨达…公司: names that open with the character)
    if start >= 2 and text[start - 1] == " " and _CJK_RE.match(text, start - 2) and end - start >= 2 \
            and (start == 2 or text[start - 3] in PUNCT_STOP or text[start - 3] == "\n"):
        start -= 2  # 中 关村…基金 at a line's start: a character a line break cut off, then a stray space
    if text[start - 1:start] in (")", "）") and text[start:start + 1] in ("和", "及", "与") and end - start >= 3:
        start += 1  # 各县(市、区)和广梅产业园: after a bracket a conjunction opens the next item
    # “两湾”产业融合发展先行试验区: a short quoted label that opens a clause opens the name
    q = _QUOTED_LABEL_BEFORE_RE.search(text, max(0, start - 8), start)
    if q is not None and end - start >= 4 and (q.start() == 0 or not _CJK_RE.match(text, q.start() - 1)):
        start = q.start()
    # 中国—印度尼西亚经贸创新发展示范园区, 中国—东盟…: China and a partner joined by a dash open the name
    if _CHINA_DASH_RE.search(text, max(0, start - 3), start) and end - start >= 4:
        start -= 3
    # 是继X项目落户开发区后: 'following' X, no part of its name
    if text[start:start + 1] == "继" and text[start - 1:start] in ("是", "，", ",", "", "\n", "。") and end - start >= 3 \
            and _FOLLOWING_RE.match(text, start):
        start += 1
    # ——访X管委会主任…: an interview's subtitle; 'visiting' opens no name
    if text[start:start + 1] == "访" and _SUBTITLE_DASH_RE.search(text, max(0, start - 3), start) and end - start >= 3:
        start += 1
    # X继A、B等公司之后签约入园: X, 'following' A and B; the list opens after the word
    k = text.find("继", start + 2, end - 1)
    if k > 0 and _FOLLOWING_AFTER_RE.match(text, k):
        start = k + 1
    # 主要落户企业有X公司、…, 区域内不仅有X药业: 'there are' after the firms or the place it speaks of opens the list,
    # no part of its first name (有研科技, 有孚网络 after a mark or 与 keep it)
    if text[start:start + 1] == "有" and text[start - 1:start] in _HAVE_AFTER and end - start >= 3:
        start += 1
    # 我省/本市/全区 + a name: the writer's own province or city (or country, 我国) is no part of the name
    for at in (max(0, start - 1), start):
        ours = _OUR_PLACE_RE.match(text, at, end)
        if ours is not None and ours.end() > start and end - ours.end() >= 2:
            start = ours.end()
            break
    return start


_FOLLOWING_RE = re.compile(r"继[^，,。；;]{2,40}?(?:之)?后")
_FOLLOWING_AFTER_RE = re.compile(r"继[^，,。；;继]{2,80}?(?:之后|以来)")  # (继A与B合资项目、C基地签约落户以来: since)
_OUR_PLACE_RE = re.compile(r"(?:我|本|该)(?:国|省|市|区|县|州|旗|镇)")  # (以该市长丰…有限公司为核心: this city, then the firm)


_CHINA_DASH_RE = re.compile(r"中国[—―－]$")
_SUBTITLE_DASH_RE = re.compile(r"[—―－-][ \u3000]*$")
_QUOTED_LABEL_BEFORE_RE = re.compile(r"“[\u4e00-\u9fff]{1,6}”$")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
_STRAY_SPACE_RE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
#: a sum of money (5000万元, 6亿美元): it ends the clause before a name
MONEY_RE = re.compile(r"\d+(?:\.\d+)?(?:万亿|亿|万|千)?(?:美)?元")


def _inside_proper_noun(text: str, start: int, end: int) -> bool:
    """True when the tagger reads text[start:end] as a strict part of a place's name
    (…和和田昆冈经济技术开发区: the second 和 opens 和田; 于田天津工业园区: 于 opens 于田)."""
    return any(t.start <= start and end <= t.end and t.end - t.start > end - start and t.tag == "LOC"
               for t in tokens_around(text, start))


def _org_ends_at(text: str, start: int, end: int) -> bool:
    """True when the tagger reads an organisation of three or more characters ending right before the conjunction
    at text[start:end], or running on over it alone (中电光谷与/ORG, 彩虹集团/ORG: its quirk)."""
    return any(t.tag == "ORG" and t.end - t.start >= 3 and (t.end == start or t.end == end)
               for t in tokens_around(text, start))


def _inside_word(text: str, start: int, end: int, tags: tuple[str, ...]) -> bool:
    """True when the tagger reads text[start:end] inside a longer word of one of `tags`, with characters of that word
    on both sides (an organisation's name across 的: 芜湖美的厨热; an adjective across 向: 外向型)."""
    return any(t.start < start and end < t.end and t.tag in tags for t in tokens_around(text, start))


def de_ends_brand(text: str, at: int) -> bool:
    """True when the 的 at text[at] is the last character of a word the tagger reads as an organisation (美的/制冷)."""
    return any(t.tag == "ORG" and t.start < at and t.end == at + 1 for t in tokens_around(text, at))


def _opens_word_into_head(text: str, start: int, end: int) -> bool:
    """True when the tagger reads the character at start as the first of a noun that runs on past end, into the
    head of the name (将军澳创新园: 将 is no 'will' there)."""
    return any(t.start == start and t.end > end and t.tag in ("n", "nz", "LOC", "ORG")
               for t in tokens_around(text, start))


def _balance(text: str, start: int, end: int) -> int:
    """Move start right past an unbalanced closing quote/bracket or a dangling opener."""
    s = text[start:end]
    depth = 0
    last_bad = -1
    for k, ch in enumerate(s):
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            if depth == 0:
                last_bad = k
            else:
                depth -= 1
    if last_bad >= 0:
        start += last_bad + 1
        s = text[start:end]
    # an opening bracket never closed inside the name: the name starts after it
    opens = [k for k, ch in enumerate(s) if ch in "(（"]
    closes = [k for k, ch in enumerate(s) if ch in ")）"]
    if len(opens) > len(closes):
        start += opens[len(closes)] + 1 if not closes else opens[-1] + 1
        s = text[start:end]
    q_open, q_close = s.count("“"), s.count("”")
    if q_close > q_open:
        start += s.rfind("”") + 1 if s.find("“") == -1 else s.find("”") + 1
    elif q_open > q_close:
        start += s.rfind("“") + 1  # an opening quote never closed: the name starts inside it
    while start < end and text[start] in "”\"":
        start += 1
    # a bracket that opens the name closes a note on what came before it: 正定高新区(南区)河北…有限公司
    m = LEADING_NOTE_RE.match(text, start, end)
    if m and end - m.end() >= 2:
        start = m.end()
    return start


#: a short bracketed note: 正定高新区(南区)…
LEADING_NOTE_RE = re.compile(r"[(（][^)）(（]{1,8}[)）]")


def unbalanced_brackets(name: str) -> bool:
    """True when a name opens more brackets than it closes, or the other way round (灵北路): cut out of a note."""
    return name.count("(") + name.count("（") != name.count(")") + name.count("）")


def strip_quotes(name: str) -> str:
    """'“特变电工云集5G科技产业园”' -> without the outer quotes (inner ones kept), and without a stray space
    between two Chinese characters (中 关村: a line break's)."""
    name = _STRAY_SPACE_RE.sub("", name.strip())
    while len(name) > 1 and name[0] in "“\"" and name.count("“") + name.count('"') > name.count("”") :
        name = name[1:]
    while len(name) > 1 and name[-1] in "”\"" and name.count("”") > name.count("“"):
        name = name[:-1]
    if name.startswith("“") and name.endswith("”") and name.count("“") == 1:
        name = name[1:-1]
    return name


_TRAILING_COUNT_RE = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)(?:个|大|批|项)?$")


def is_generic_stem(stem: str) -> bool:
    """True when a stem only describes (数字经济试点, 高新技术, 该, 一个) and names nothing."""
    s = norm_key(stem)
    if not s:
        return True
    if DEMONSTRATIVE_RE.match(s) or re.match(r"^[\d一二两三四五六七八九十百千万]+(?:个|家|大|类|批|支|所|项)", s):
        return True
    counted = _TRAILING_COUNT_RE.search(s)
    if counted and counted.start() > 0 and DESCRIPTOR_RE.match(s[:counted.start()]):
        return True  # 新建4(项目), 重点10(个): a count of a kind of thing
    if re.fullmatch(r"(?:[省市县]级)?[A-Za-z][类级]", s):
        return True  # (河北省)A类(开发区): a grade of parks, not a name
    if re.fullmatch(r"[\u4e00-\u9fff]{1,4}[式型性]", s):
        return True  # 园林式(工业园), 都市型(工业区), 示范性(经济特区): a style or a quality, not a name
    if len(s) >= 3 and s.endswith("业") and DESCRIPTOR_RE.match(s[:-1]):
        return True  # 现代服务业, 装备制造业: a sector
    return bool(DESCRIPTOR_RE.match(s))


def preceded_by_count(text: str, start: int) -> bool:
    """'16个“主题产业园”', '6个数字经济试点园区': a count in front makes it a category."""
    return bool(COUNT_BEFORE_RE.search(text[max(0, start - 6):start]))


def leading_place(name: str) -> tuple[str | None, str]:
    """Split a province prefix off; return (city, rest) where city is the leading place if any."""
    m = PROVINCE_PREFIX_RE.match(name)
    if m:
        name = name[m.end():]
    for n in (4, 3, 2):
        head = name[:n]
        if head in PLACES:
            return head, name
    return None, name


def _names_two_places(name: str, end: int) -> bool:
    """True when the city after the province at name[:end] is another province's: 湖北深圳工业园, a park one
    place builds with another, is named after both."""
    city = CITY_RE.match(name, end)
    province = PROVINCE_OF_CITY.get(city.group()) if city else None
    return province is not None and not name.startswith(province) and province not in MUNICIPALITIES


def strip_bare_province(name: str) -> str:
    """'安徽宣城市X' -> '宣城市X': a province written without 省 right before a city is dropped (not before
    another province's city: 湖北深圳工业园)."""
    m = _BARE_PROVINCE_RE.match(name)
    return name[m.end():] if m and len(name) - m.end() >= 3 and not _names_two_places(name, m.end()) else name


def strip_province(name: str) -> str:
    """'江苏省无锡高新区' -> '无锡高新区' (a province prefix is dropped; cities are kept)."""
    m = PROVINCE_PREFIX_RE.match(name)
    if m and len(name) - m.end() >= 3 and not _names_two_places(name, m.end()):
        return name[m.end():]
    return strip_bare_province(name)
