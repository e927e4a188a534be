"""Funds: '…基金' names with size (规模/总规模), paid-in (实缴) and invested (对外投资) figures.

'20支基金', '1支产业基金', '注册基金', '基金项目' are counts or categories, not funds; a
size is attached only when written against the name ('规模500亿元的科创母基金').
"""
from __future__ import annotations

import re
from decimal import Decimal

from ..tables.lexicon import COUNTRIES, LIMITED_FORM_RE, PLACES, PROVINCES
from ..tables.vocab import DEFINED_AS, PARK_SUFFIXES
from .tagger import is_generic_head, tokens_around
from .names import is_generic_stem, name_start, norm_key, preceded_by_count, strip_bare_province, strip_quotes
from .projects import _amount_at, opening_forms
from ..scope import ParkScope
from ..text.sentences import RUN_MARKS, Doc
from ..types import Amount, FundMention, ParkMention, Span

# Stems that name a kind of fund, not a fund: 产业引导基金, 两只子基金, 国内新设政府引导基金.
_PLACE_OPENING_RE = re.compile(r"^(%s)[省市]?" % "|".join(sorted(PLACES, key=len, reverse=True)))
# a place, then words with one bracketed alternative (安徽省创业(风险)投资引导基金): a fund's formal name
_PLACE_BRACKETED_WORD_RE = re.compile(_PLACE_OPENING_RE.pattern
                                      + r"[\u4e00-\u9fff]{2,6}[(（][\u4e00-\u9fff]{2,4}[)）][\u4e00-\u9fff]{0,6}$")
# a brand, then its place in brackets (中启(海口)高新区科技创新…合伙企业): how a partnership fund is registered
_BRAND_PLACE_BRACKETED_RE = re.compile(r"^[\u4e00-\u9fff]{2,6}[(（](?:%s)[省市]?[)）]" % "|".join(sorted(PLACES, key=len, reverse=True)))
_PREDICATE_BEFORE_RE = re.compile(r"(?:是|为)[^。；;]{0,48}的$")
# X基金是由…设立…的政策性基金: what the fund is said to be, not another fund
_SAID_TO_BE_RE = re.compile(r"(?:是|为)[^，,。；;]{0,40}的[\u4e00-\u9fff]{0,4}")
_GENERIC_FUND_STEM = re.compile(
    r"^(?:区内|市内|全市|全区|全省|国内|境内|境外|海外|新设|新设立|产业|行业|若干|母|子|引导|投资|注册|股权|创投|创业|天使|专项|"
    r"政府|社会|配套|私募|公募|相关|区域|各类|各|多支|多只|一支|一只|单只|两只|两支|每只|每支|首只|首支|该|这|此|其|"
    r"参股|参与|设立|组建|县市区|县区|市县|省级|市级|区级|县级|国家级|国家|省|市|县|区|[十百千万]亿(?:元)?(?:级)?|亿元级|"
    r"一级|二级|顶尖|知名|优秀|本办法所称|所称)*$"
    r"|^[\u4e00-\u9fff]{1,3}性$")  # (政策性基金, 公益性基金: a kind of fund)
# (参股县市区基金, 省级政府投资基金; 百亿母基金: a fund described by its size)


# 基金 followed by a legal form or 管理/会 is a company or a foundation, not a fund; 基金合伙企业
# is the whole partnership name, read by _PARTNERSHIP_RE.
# 基金规模, 基金目标规模, 基金政策, 基金招商, 基金设立, 基金体系: 基金 as a modifier of another noun, not a name.
_FUND_RE = re.compile(r"(?<![的，,。；;、\s])基金(?!项目|公司|管理|会|\+|有限|股份|集团|发布|签约|协会|业|大会|合伙|政策|招商|投资项目|"
                      r"设立|运作|名称|均为|矩阵|体系|群)|(?<=[的，,。；;、\s])基金(?!(?:总|目标)?规模|项目|公司|管理|政策|招商|投资项目|设立|运作|体系|群)")
# A fund set up as a limited partnership: …股权投资合伙企业（有限合伙）, …创业投资基金合伙企业(有限合伙).
_PARTNERSHIP_RE = re.compile(r"(?:股权投资|创业投资|产业投资|投资|创投|基金)(?:基金)?合伙企业[（(]有限合伙[)）]")


# 该基金…, and a sentence that opens with the fund's size (…基金有限公司正式注册。基金规模50亿元): the fund just named
_ANAPHOR_RE = re.compile(r"(?:^|(?<=[。；;\n]))(?:该(?:母|子)?基金|母?基金(?=(?:总|目标)?规模)|这[一只支](?=规模[^，,。；;]{0,16}的[\u4e00-\u9fff]{0,4}基金))"
                         r"|(?<=[，,])该(?:母|子)?基金")  # (not 子基金总规模: the sub-funds')
# A fund set up as a company: …产业链投资引导基金有限公司 (not …基金管理有限公司, a fund manager)
_LEGAL_FORM_AFTER_RE = LIMITED_FORM_RE
_FUND_COMPANY_RE = re.compile(r"(?<![的，,。；;、\s])基金(?=%s)" % _LEGAL_FORM_AFTER_RE.pattern)
# 首支省级基金, 全省首支区域母基金, 本市首批…基金: the first of a kind, described, not named
_ORDINAL_RE = re.compile(r"(?:^|[全本我]?[省市国县区])(?:首支|首只|首个|首批|第一支|第一只)")  # (我省首支园区基金)


# 七大…子基金, 两类子基金, 第二批子基金: funds counted by kind or batch, no fund's name
_CLASS_OPENING_RE = re.compile(r"^第?(?:\d+|[一二两三四五六七八九十]+)(?:大|类|批次|批)")
# 百亿元级生物医药产业基金: the class of size the fund belongs to, then its name
_SIZE_CLASS_OPENING_RE = re.compile(r"^(?:\d+|[十百千万])亿元?级")
# 第二条 本办法所称X母基金, 运作X母基金: a measure's article and words, or a verb, before the fund's name (all optional:
# it always matches, perhaps empty)
_DOCUMENT_LEAD_RE = re.compile(r"^(?:第?[一二三四五六七八九十百]+条\s*)?(?:本(?:办法|细则|规定|制度|方案)(?:所称|中的?|规定的)?)?"
                               r"(?:运作|设立|组建|促进|提请|注资|发起|出资|管理)?")
# 国创母基金(二期), …子基金(第二批次): the phase or batch in brackets is part of the fund's name
_BRACKETED_PHASE_RE = re.compile(r"[(（]第?(?:\d+|[一二三四五六七八九十]+)(?:期|批次|批)[)）]")


_FUND_KIND_TAIL_RE = re.compile(r"(?:产业|投资|发展|引导|创投|创业|股权|母|子)+$")


def _only_inside_funds(text: str, park: str, parks: list[ParkMention], run: Span,
                       fund_names: list[tuple[int, int]]) -> bool:
    """True when every time the clause run names the park, it is inside a fund's name (the park's own fund);
    fund_names: (start, end) of every fund name in the text."""
    forms = [form for p in parks if p.name == park for form in [p.name, *p.aliases]]
    found = [(m.start(), m.end()) for form in forms for m in re.finditer(re.escape(form), text[run.start:run.end])]
    return bool(found) and all(any(ns <= run.start + a and run.start + b <= ne for ns, ne in fund_names)
                               for a, b in found)


def _industry_park(doc: Doc, fm: FundMention, parks: list[ParkMention]) -> str | None:
    """The one park whose name holds the fund's industry (the fund's name less its kind words, four
    characters at least), when that park is named in the fund's paragraph or the one before it."""
    text = doc.text
    industry = _FUND_KIND_TAIL_RE.sub("", fm.name[:-2])
    if len(industry) < 4:
        return None
    holders = [p for p in parks if industry in p.name]
    if len(holders) != 1:
        return None
    line_start = text.rfind("\n", 0, fm.span.start) + 1
    prev_start = text.rfind("\n", 0, max(0, line_start - 1))
    while prev_start > 0 and not text[prev_start + 1:line_start].strip():  # skip blank lines
        prev_start = text.rfind("\n", 0, prev_start)
    window = text[max(0, prev_start + 1):fm.span.start]
    return holders[0].name if any(form in window for form in [holders[0].name] + holders[0].aliases) else None


# Conjunctions that join clauses (既可以投资子基金，也可…), not names (A和B基金)
_CLAUSE_CONJUNCTIONS = frozenset({"既", "并", "而", "且", "但", "又", "或", "并且", "而且", "但是"})


def _clause_inside(text: str, start: int, end: int) -> bool:
    """True when an adverb or a preposition stands inside the words before 基金 (原则上不超过, 率先打响,
    负责审定): a clause ran into the word. Verbs alone say nothing: 引导, 转换 sit inside fund names."""
    return any((t.tag in ("d", "ad", "vd", "p") or t.tag == "c" and t.word in _CLAUSE_CONJUNCTIONS)
               and start <= t.start and t.end <= end for t in tokens_around(text, start))


# A fund's size written without 元 (规模100亿, 20亿规模的…基金): in that place the currency goes unsaid.
_BARE_SIZE_RE = re.compile(r"(?P<q>约|近|超过|超)?(?P<num>\d+(?:\.\d+)?)(?P<mult>万亿|亿|万)(?![元美港欧日]|(?!的)[\u4e00-\u9fff])|"
                           r"(?P<q2>约|近|超过|超)?(?P<num2>\d+(?:\.\d+)?)(?P<mult2>万亿|亿|万)(?=规模)")
_MULT = {"万亿": Decimal(10) ** 12, "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4}


# 、认缴规模5亿元的: what lies between a figure and the next fund's name when the figure describes that fund
_MODIFIES_NEXT_RE = re.compile(r"(?:[、，,][^，,。；;]{0,20})?的")


def _size_at(text: str, pos: int) -> Amount | None:
    """The amount at pos; a bare 亿/万 (规模100亿) is yuan in a fund's size."""
    a = _amount_at(text, pos)
    if a is not None:
        return a
    m = _BARE_SIZE_RE.match(text, pos)
    if not m:
        return None
    num, mult, q = (m.group("num"), m.group("mult"), m.group("q")) if m.group("num") else \
        (m.group("num2"), m.group("mult2"), m.group("q2"))
    value = (Decimal(num) * _MULT[mult]).normalize()
    value = value.quantize(Decimal(1)) if value == value.to_integral() else value
    return Amount(value=value, unit="cny", qualifier=q or "", text=m.group(), span=Span(m.start(), m.end()))


# '20亿规模的X基金', '规模50亿元的X基金': the size written before the name
_SIZE_BEFORE_RE = re.compile(r"(?:规模(?:为|达|约)?(?P<a>[^，,。；;]{2,12}?)|(?P<b>[约近超]?\d[\d.]*(?:万亿|亿|万)元?)(?:规模|元))的$"
                             r"|(?<=设立|成立|组建)(?P<c>[约近超]?\d[\d.]*(?:万亿|亿|万)元)[“\"]?$"  # (发起设立6亿元“X基金”)
                             r"|(?<![\d.])(?P<d>\d[\d.]*(?:万亿|亿|万)元)$")  # (上海浦东3.5亿元X基金成立: a headline's)


def _province_free(key: str) -> str:
    """The key without the 省 of a leading province (河南省X -> 河南X)."""
    for n in (3, 2):
        if key[:n] in PROVINCES and key[n:n + 1] == "省":
            return key[:n] + key[n + 1:]
    return key


_COUNTED_FUNDS_RE = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)(?:支|只|个)")  # 三支股权投资基金: funds counted
_FIRST_OF_KIND_RE = re.compile(r"首支|首只|第一支|第一只")
_FIRST_EVER_LEAD_RE = re.compile(r"(?:国内|全国|全省|省内|市内|本市|我国|业内)(?:首支|首只|第一支|第一只)")


def _absorb(g: FundMention, f: FundMention) -> None:
    """Another spelling `f` of the fund `g`: what it gives that `g` lacks, and its aliases, go to `g`."""
    g.size, g.paid_in, g.invested = g.size or f.size, g.paid_in or f.paid_in, g.invested or f.invested
    g.aliases += [a for a in [f.name, *f.aliases] if a not in g.aliases and a != g.name]


_LEGAL_FORM_END_RE = re.compile(f"(?:{_LEGAL_FORM_AFTER_RE.pattern})$")
_PARTNERSHIP_END_RE = re.compile(r"合伙企业(?:[(（]有限合伙[)）])?$")
_SHORT_NAME_RE = re.compile(r"[(（]" + DEFINED_AS + r"[“\"「]?(?P<short>[^“”\"「」()（）]{2,20}基金)[”\"」]?[)）]")
_SETTLES_IN_RE = re.compile(r"(?:落户|落地|注册|设在|入驻)(?:于|在|到)?(?P<at>)"
                            r"|在(?P<place>[^，,。；;在]{2,20}?)(?:完成|办理)?(?:工商)?(?:注册|落户|设立)")


def _settled_in(text: str, start: int, end: int, parks: list[ParkMention]) -> str | None:
    """The park a fund settles in, written after its name (落户X, 在X完成工商注册); a bare zone word (在高新区…)
    is the one park of that kind the article names."""
    m = _SETTLES_IN_RE.search(text, start, end)
    if m is None:
        return None
    if m.group("place") is None:
        return next((p.name for p in parks for form in [p.name] + p.aliases if text.startswith(form, m.end())), None)
    place = m.group("place")
    named = [p.name for p in parks if place in [p.name] + p.aliases]
    if named:
        return named[0]
    if place in PARK_SUFFIXES:  # 在高新区完成工商注册: the article's only 高新区
        of_kind = {p.name for p in parks if p.name.endswith(place) and p.name != place}
        return of_kind.pop() if len(of_kind) == 1 else None
    return None


_FOUNDED_AFTER_RE = re.compile(r"(?:正式)?(?:成立|设立|揭牌|落地|启动)")
_SETS_UP_RE = re.compile(r"发起|设立|成立|出资")
_SPACE_RE = re.compile(r"\s*")
_QUOTED_BEFORE_RE = re.compile(r"[“\"]([^“”\"，,。；;]{1,12})$")
# …北京经开区对外披露，设立…: the park whose sentence sets up the fund, written in the clause run before 设立
_FOUNDS_RE = re.compile(r"(?:设立|成立|组建|发起设立|出资设立)$")


def _founding_park(doc: Doc, parks: list[ParkMention], start: int) -> str | None:
    """The park named (as written) earlier in the sentence that sets up, with 设立 right before it, the fund at start."""
    text = doc.text
    if not _FOUNDS_RE.search(text, max(0, start - 5), start):
        return None
    sent = doc.sentence_at(start)
    found = {}
    for p in parks:
        at = max(((text.rfind(form, sent.start, start), form) for form in [p.name] + p.aliases), default=(-1, ""))
        if at[0] >= 0:
            found[p.name] = at
    if len(found) != 1:
        return None  # none, or two parks: whose fund it is is not for this rule to say
    return next(iter(found.values()))[1]


_RESPECTIVE_SIZES_RE = re.compile(r"规模分别(?:为|是|达)")
_FUND_SIZE_CLAUSE_RE = re.compile(r"(?:^|[，,])(?:该)?基金(?:募集|总|目标)?规模(?:为|达到?|逾)?")


def _park_then_short_name(name: str, short: str, park_forms: set[str]) -> bool:
    """True when name is a park's name, then a fund's short name that opens with the end of the park's
    (海口国家高新区 + 高新区科创基金 = 海口国家高新区科创基金)."""
    for form in park_forms:
        rest = name[len(form):] if name.startswith(form) else ""
        if len(rest) >= 4 and short.endswith(rest) and form.endswith(short[:len(short) - len(rest)]):
            return True
    return False


# verbs that take a fund as their object (反哺基金, 保障基金市场化运作, 用好基金): a clause, no fund's name
_CLAUSE_VERB_RE = re.compile(r"反哺|保障|支持|促进|用好|管好|用活|做大|做强|壮大|设立|成立|发起|组建|募集|撬动|吸引|引入|利用|运用")


def find_funds(doc: Doc, parks: list[ParkMention], scope: ParkScope | None = None) -> list[FundMention]:
    text = doc.text
    out: dict[str, FundMention] = {}
    matches = [(m, 2) for m in _FUND_RE.finditer(text)]
    matches += [(m, len(m.group())) for m in _PARTNERSHIP_RE.finditer(text)]
    matches += [(m, 2) for m in _FUND_COMPANY_RE.finditer(text)]
    fund_names: list[tuple[int, int]] | None = None
    openings = opening_forms(parks)
    for m, tail in sorted(matches, key=lambda mt: mt[0].start()):
        keyword_start = m.end() - tail if tail == 2 else m.start()
        # (X产业园封闭式基础设施证券投资基金: a securities fund's formal name is long)
        start = name_start(text, keyword_start, max_len=34 if text.endswith("证券投资", 0, keyword_start) else 20)
        joined = None
        for joined in re.finditer(r"(?:和|及|与)", text[start:keyword_start]):
            pass
        if joined is not None and any(t.start == start + joined.end() and t.end - t.start >= 2 and t.tag in ("LOC", "ORG")
                                      for t in tokens_around(text, start + joined.end())):
            start += joined.end()  # 设立A绿色通道和横琴粤澳发展基金: two things set up; the fund's name starts with its place
        name = strip_quotes(text[start:m.end()])
        start = m.end() - len(name)
        quoted = _QUOTED_BEFORE_RE.search(text, max(0, keyword_start - 13), keyword_start)
        if quoted and text[m.end():m.end() + 1] in "”\"" and len(quoted.group(1)) >= 4 \
                and not re.search(r"[+“”、—－\-\d一二两三四五六七八九十]", quoted.group(1)) \
                and not _GENERIC_FUND_STEM.match(quoted.group(1)):
            start = quoted.start(1)  # 共同出资成立“园区合作基金”: the quotes make the words a name, however plain
            name = text[start:m.end()]
        else:
            quoted = None
        stem = text[start:keyword_start]
        size_class = _SIZE_CLASS_OPENING_RE.match(stem)
        if size_class and len(stem) - size_class.end() >= 4 and not quoted:
            start += size_class.end()
            name, stem = text[start:m.end()], text[start:keyword_start]
        if _CLASS_OPENING_RE.match(stem) or stem.endswith("类"):
            continue  # (创业投资类基金, 产业投资类基金: a class of funds a measure speaks of)
        document = _DOCUMENT_LEAD_RE.match(stem).end()
        if document and document == len(stem):
            continue  # 第三条 母基金…: a measure's article about the fund, no name
        if document and len(stem) - document >= 4 and not quoted:
            start += document  # 第二条 本办法所称X母基金, 运作X母基金: the rule's words or a verb, then the name
            name, stem = text[start:m.end()], text[start:keyword_start]
        lead = _FIRST_EVER_LEAD_RE.match(stem)
        if lead and len(stem) - lead.end() >= 4 and not quoted:
            start += lead.end()  # 搭建国内首支生物安全发展基金: 'the country's first', then the fund's own name
            name, stem = text[start:m.end()], text[start:keyword_start]
        defined = _SHORT_NAME_RE.match(text, m.end()) if _GENERIC_FUND_STEM.match(stem) and len(stem) >= 2 else None
        owner = _founding_park(doc, parks, start) if defined else None
        if owner:  # 北京经开区…设立政府投资引导基金(以下简称“引导基金”): that park's own fund, named after it
            name = owner + name
        elif not quoted and (len(stem) < 2 or _GENERIC_FUND_STEM.match(stem) or _COUNTED_FUNDS_RE.match(stem)
                             or (is_generic_stem(stem) and _PREDICATE_BEFORE_RE.search(text, max(0, start - 52), start))
                             # (X基金…是…设立的大型综合性基金, 也是…的市场化母基金: what kind of fund X is)
                             or (re.search(r"[()（）]", stem) and not _PLACE_BRACKETED_WORD_RE.match(stem)
                                 and not (m.re is _PARTNERSHIP_RE and _BRAND_PLACE_BRACKETED_RE.match(stem))) \
                or (len(stem) <= 2 and is_generic_head(text, start, keyword_start)) or preceded_by_count(text, start) or re.search(r"[+“”]|\d(?!\d*号)", stem) or stem[-1] in "一二两三四五六七八九十"):
            continue
        if any(t.end == keyword_start and t.start >= start and _CLAUSE_VERB_RE.fullmatch(t.word)
               for t in tokens_around(text, keyword_start - 1)):
            continue  # 产业反哺基金的良性循环, 以专业化管理保障基金市场化运作: a verb and its object, no fund's name
        if name.endswith("子基金") and re.search(r"(?:\d+|[一二两三四五六七八九十]+)[支只个]" + re.escape(name), text):
            continue  # 先后完成设立的自贸港子基金还有…, 三支自贸港子基金: sub-funds of a kind, counted elsewhere
        if _FIRST_OF_KIND_RE.search(stem) and re.search(r"(?:成为|是|为)$", text[max(0, start - 2):start]):
            continue  # 成为西南地区首只科技成果转化股权投资基金: what the fund became, not another fund
        if _ORDINAL_RE.search(stem) or _clause_inside(text, start, keyword_start) or "基金" in stem \
                or stem.rstrip("省市") in PLACES or stem in COUNTRIES:
            continue  # 首支省级基金, 中国基金: a kind of fund; 投资原则上不超过基金: a clause ran into the word
        sent = doc.sentence_at(start)
        phase = _BRACKETED_PHASE_RE.match(text, m.end()) if m.re is _FUND_RE else None
        if phase is not None:
            name = text[start:phase.end()]
        legal = _LEGAL_FORM_AFTER_RE.match(text, m.end()) if m.re is _FUND_COMPANY_RE else None
        if legal is not None:  # 安徽宣城市…引导基金有限公司: the fund 宣城市…引导基金, its legal name an alias
            name = strip_bare_province(name)
        fm = out.get(name)
        if fm is None:
            fm = FundMention(name=name, span=Span(start, m.end()), sentence=sent)
            out[name] = fm
        if legal is not None and text[start:legal.end()] not in fm.aliases:
            fm.aliases.append(text[start:legal.end()])
        short = _SHORT_NAME_RE.match(text, m.end())
        if short and short.group("short") not in fm.aliases:  # …合伙企业(有限合伙)(以下简称海口综保基金)
            fm.aliases.append(short.group("short"))
        before = text[max(sent.start, start - 20):start]
        mm = _SIZE_BEFORE_RE.search(before)
        if mm and fm.size is None:  # 规模500亿元的X基金, 20亿规模的X基金, 100亿元的X基金, 设立6亿元“X基金”
            group = next(g for g in "abcd" if mm.group(g))
            at = max(sent.start, start - 20) + mm.start(group)
            a = _size_at(text, at)
            if group == "d" and not _FOUNDED_AFTER_RE.match(text, m.end()):
                a = None  # (a sum right before the name is its size only as a headline writes it: X基金成立)
            if a is not None and (re.fullmatch(r"(?:规模)?的|[“\"]?", text[a.span.end:start])
                                  or _MODIFIES_NEXT_RE.fullmatch(text, a.span.end, start)):
                fm.size = a
        # Figures written after the name, up to the next fund named in the sentence.
        # (a bracketed note, 基金(母基金)总规模30亿元, names no other fund)
        # nor does a bare 母基金 right after it (…基金10月25日揭牌 母基金计划募资规模100亿): the same fund
        following = [mt[0].start() for mt in matches if mt[0].start() > m.end()
                     and not re.fullmatch(r"[(（][^)）]{0,8}", text[m.end():mt[0].start()])
                     and not _SAID_TO_BE_RE.fullmatch(text, m.end(), mt[0].start())
                     and not (text[mt[0].start() - 1:mt[0].start()] == "母"
                              and text[mt[0].start() - 2:mt[0].start() - 1] in " \u3000，,。；;（(“\"")]
        stop = min([sent.end, m.end() + 60] + following[:1])
        after = text[m.end():stop]
        # 首期规模 is the first close, not the fund's size; 认缴 is committed, not paid in
        for label, attr in (("(?<!首期)(?:总|目标)?规模(?:已)?(?:预计|计划)?(?:为|达到?|约|逾)?", "size"), ("实缴(?:资金)?(?:为|达)?", "paid_in"), ("对外投资(?:为|达)?", "invested")):
            ma = re.search(label, after)
            if ma and getattr(fm, attr) is None:
                a = _size_at(text, m.end() + ma.end()) if attr == "size" else _amount_at(text, m.end() + ma.end())
                if a is not None and following \
                        and _MODIFIES_NEXT_RE.fullmatch(text, a.span.end, name_start(text, following[0], max_len=20)):
                    continue  # 设立总规模20亿元、认缴规模5亿元的力合长江基金: the size of the fund that follows
                if a is not None:
                    setattr(fm, attr, a)
        if fm.park is None:  # 哈尔滨新区先进装备制造产业投资基金: a fund named after a zone is that zone's, with or
            # without the city the zone's name opens with (滨海新区集成电路产业基金 of 绍兴滨海新区)
            fm.park = next((p.name for form, p in openings.items()
                            if len(form) >= 4 and len(name) - len(form) >= 4 and name.startswith(form)), None)
        if fm.park is None:
            # …发起设立的X基金，正式签约成立并落户Y科学城, X基金在高新区完成工商注册: where the fund settles,
            # not who set it up
            fm.park = _settled_in(text, m.end(), sent.end, parks)
        if fm.park is None and _SETS_UP_RE.search(text, sent.start, start):
            # X科技城作为基金发起人，联合A、B…共同出资成立“Y基金”: the park the sentence opens with sets it up
            opening = _SPACE_RE.match(text, sent.start).end()
            fm.park = next((p.name for p in parks for form in [p.name] + p.aliases if text.startswith(form, opening)), None)
        if fm.park is None and scope is not None:
            named = scope.explicit_park_at(start, end=m.end())
            run = doc.clause(start, m.end(), marks=RUN_MARKS)
            if named is not None and fund_names is None:  # (the names' starts read once, and only if needed)
                fund_names = [(name_start(text, mt.start(), max_len=30), mt.end()) for mt, _ in matches]
            if named is None or not _only_inside_funds(text, named, parks, run, fund_names):
                fm.park = scope.park_at(start, end=m.end())  # (其中哈市引导基金出资2亿元 in a sentence about the
                # 哈尔滨新区…基金: a park named only inside another fund's name places no fund)
    # the short name a fund is given (以下简称X基金) is that fund wherever it is written
    for fm in list(out.values()):
        for alias in fm.aliases:
            other = out.get(alias)
            if other is not None and other is not fm:
                _absorb(fm, out.pop(alias))
                fm.park = fm.park or other.park
    # 光谷中金基金暨武汉新城科创母基金: one fund under two names
    for name, fm in list(out.items()):
        if name not in out:
            continue
        for other in [g for g in out.values() if g is not fm and text.find(name + "暨" + g.name) >= 0]:
            _absorb(fm, out.pop(other.name))
    # 安徽省创业(风险)投资引导基金 … 安徽引导基金: the short form a place and the last words make is that fund, when
    # just one fund of the place ends with them
    for name, fm in list(out.items()):
        place = _PLACE_OPENING_RE.match(name)
        tail = name[place.end():] if place else ""
        if place is None or len(tail) < 4 or name not in out:
            continue
        owners = [g for g in out.values() if g is not fm and len(g.name) > len(name) + 2 and g.name.endswith(tail)
                  and (other := _PLACE_OPENING_RE.match(g.name)) and other.group(1) == place.group(1)]
        if len(owners) == 1:
            _absorb(owners[0], out.pop(name))
            owners[0].park = owners[0].park or fm.park
    # 江西首支省级科创基金 in a headline, 江西省兴赣…基金(以下简称“科创基金”) in the body: a fund described as the first
    # of its kind, ending with another fund's short name, is that fund
    for name, fm in list(out.items()):
        if not _FIRST_OF_KIND_RE.search(name):
            continue
        owners = [g for g in out.values() if g is not fm and any(len(a) >= 3 and name.endswith(a) for a in g.aliases)]
        if len(owners) == 1:
            _absorb(owners[0], out.pop(name))
            owners[0].park = owners[0].park or fm.park
    # 海口国家高新区科创基金 (a headline) of a fund the text calls 高新区科创基金 for short: the park's name, then
    # that short name
    park_forms = {form for p in parks for form in [p.name, *p.aliases]}
    for name, fm in list(out.items()):
        owners = [g for g in out.values() if g is not fm and any(
            len(a) >= 5 and _park_then_short_name(name, a, park_forms) for a in g.aliases)]
        if len(owners) == 1:
            _absorb(owners[0], out.pop(name))
    # 高新区科创基金定位为…，基金募集规模约3亿元: the size the sentence that opens with a fund's short name gives
    for fm in out.values():
        for a in fm.aliases:
            for occ in re.finditer(re.escape(a), text) if fm.size is None else ():
                sent = doc.sentence_at(occ.start())
                if text[sent.start:occ.start()].strip():
                    continue
                ma = _FUND_SIZE_CLAUSE_RE.search(text, occ.end(), sent.end)
                if ma is not None and (size := _size_at(text, ma.end())) is not None:
                    fm.size = size
                    break
    # A及B两支基金，两支基金规模分别为7亿元、5亿元: the sizes of the funds the sentence names, in their order
    for m in _RESPECTIVE_SIZES_RE.finditer(text):
        sent = doc.sentence_at(m.start())
        named = sorted((f for f in out.values() if sent.start <= f.span.start and f.span.end <= m.start()),
                       key=lambda f: f.span.start)
        sizes, at = [], m.end()
        while (size := _size_at(text, at)) is not None:
            sizes.append(size)
            nxt = re.match(r"(?:人民币)?[、和及]", text[size.span.end:size.span.end + 4])
            if nxt is None:
                break
            at = size.span.end + nxt.end()
        if len(named) >= 2 and len(sizes) == len(named) and all(f.size is None for f in named):
            for f, size in zip(named, sizes):
                f.size = size
    # '该基金…实缴资金10亿元' in a following sentence: the fund just named
    for m in _ANAPHOR_RE.finditer(text):
        prior = [f for f in out.values() if f.span.end <= m.start()]
        if not prior:
            continue
        fm = max(prior, key=lambda f: f.span.end)
        # (the fund's last mention counts: 黄河三角洲产业投资基金于…完成工商注册。基金总规模200亿元, named first in the headline)
        last = max(text.rfind(form, 0, m.start()) for form in [fm.name, *fm.aliases] if form)
        if doc.sentence_index(max(fm.span.start, last)) < doc.sentence_index(m.end()) - 2:
            continue
        sent = doc.sentence_at(m.end())
        for label, attr in (("(?:总|目标)?规模(?:为|达|约|逾)?", "size"), ("实缴(?:资金)?(?:为|达)?", "paid_in"),
                            ("对外投资(?:为|达)?", "invested")):
            pattern = re.compile(label)
            # the size only right after the word (基金规模50亿元), not a later one (…壮大基金规模)
            ma = pattern.match(text, m.end(), sent.end) if attr == "size" else pattern.search(text, m.end(), sent.end)
            if ma and getattr(fm, attr) is None:
                a = _size_at(text, ma.end()) if attr == "size" else _amount_at(text, ma.end())
                if a is not None:
                    setattr(fm, attr, a)
    # 仪器仪表产业基金 in the paragraph after the one about 青岛市精密仪器仪表产业园: an industry's fund
    # belongs to the park of that industry the text has just been about
    for fm in out.values():
        if fm.park is None:
            fm.park = _industry_park(doc, fm, parks)
    # a short spelling that is the tail of exactly one longer fund (a headline's 松山湖科创母基金
    # of 东莞松山湖科创母基金) is that fund
    funds = list(out.values())
    # 河南产业集聚区发展投资基金 in the headline, 河南省产业集聚区发展投资基金 in the body: one fund, named in full
    by_key: dict[str, FundMention] = {}
    for f in sorted(funds, key=lambda f: -len(f.name)):
        k = _province_free(norm_key(f.name))
        g = by_key.get(k)
        if g is None:
            by_key[k] = f
            continue
        _absorb(g, f)
        g.park = g.park or f.park
        funds.remove(f)
    # …基金有限公司 is a fund when the text gives a fund's size for it (正式注册。基金规模50亿元); acting on
    # its own (联合X基金有限公司共同发起) it is a firm
    funds = [f for f in funds if not any(_LEGAL_FORM_END_RE.search(a) for a in f.aliases) or f.size is not None]
    # 力合长江基金 after 湖北省力合长江科技创新供应链投资基金合伙企业(有限合伙): the short name of the partnership or
    # company whose name holds its stem, when just one does
    for f in list(funds):
        stem = f.name[:-2] if f.name.endswith("基金") else ""
        if len(stem) < 4 or is_generic_stem(stem):
            continue
        holders = [g for g in funds if g is not f and stem in g.name and len(g.name) > len(f.name)
                   and (_PARTNERSHIP_END_RE.search(g.name) or any(_LEGAL_FORM_END_RE.search(a) for a in g.aliases))]
        if len(holders) == 1:
            g = holders[0]
            _absorb(f, g)  # the short name is how the text goes on to call it
            f.park = f.park or g.park
            funds.remove(g)
    keys = {norm_key(f.name): f for f in funds}
    for k, f in list(keys.items()):
        longer = [g for kk, g in keys.items() if kk != k and kk.endswith(k)]
        if len(longer) == 1 and len(k) >= 5:
            g = longer[0]
            _absorb(g, f)
            funds.remove(f)
    return funds
