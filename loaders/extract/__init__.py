"""Extraction core: normalised article text -> typed mentions with spans (no Django, no database).

The stages, one folder each, run in this order by _extract below:
    text/      1. the text: script conversion, sentences and clauses (sentences.Doc), dateline and headline
    mentions/  2. names and amounts: the tagger and one finder per record type (parks, companies, projects, funds)
    scope.py   3. which park each stretch of text is about
    records/   4. records with links: figures and their subjects (facts), and each record's rule and confidence
    tables/    the closed vocabularies (park kinds, places, metrics) the patterns are generated from

    from loaders.extract import extract
    result = extract(text, known_names={"海信": "company"})

The loader resolves the returned mentions against the database; everything here is
a pure function of the text and the editor-verified names passed in.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from .mentions.companies import _ok as firm_name_ok, company_key, find_companies
from .records.confidence import assign as assign_confidence
from .records.facts import as_of_date, find_facts
from .tables.metrics import METRICS
from .mentions.funds import find_funds
from .mentions.known import apply_known_names
from .text.meta import extract_meta
from .mentions.names import is_generic_stem, leading_place
from .mentions.parks import (RANKS, ParkOcc, districts_of_zones, find_group_members, find_parks, generic_park_name,
                             merge_key)
from .mentions.projects import LISTED_PROJECT_RULES, PHASE_TAIL_RE, find_projects, list_site, opening_forms, project_key, sited_in_a_place
from .mentions.tagger import tokens_around
from .scope import ParkScope
from .text.sentences import build_doc
from .text.tradsimp import is_traditional, to_simplified
from .tables.lexicon import CITIES, LIMITED_FORM_RE, MUNICIPALITIES, PROVINCES
from .tables.vocab import BUILT_AS_PROJECT_KINDS, INVESTED_AS_PROJECT_KINDS, ENDS_WITH_PARK_RE, PARK_SUFFIXES, PARK_WORDS, ZONE_KINDS, ZONE_WORDS
from .types import Amount, CompanyMention, Extraction, ParkMention, ProjectMention, Span

from .version import EXTRACTOR_VERSION

__all__ = ["extract", "METRICS", "EXTRACTOR_VERSION", "company_key", "merge_key", "project_key"]


def extract(text: str, *, known_names: Mapping[str, str] | None = None) -> Extraction:
    """Everything the rules find in one article: parks, companies, projects, funds, facts, metadata."""
    if is_traditional(text):
        # The rules read simplified script; names are copied back from the original text.
        result = _extract(to_simplified(text), known_names=known_names)
        _restore_script(result, to_simplified(text), text)
        result.meta = extract_meta(text)
        if _TAIWAN_RE.search(text) and "人民幣" not in text and "人民币" not in text:
            _yuan_as_new_taiwan_dollars(result)
        return result
    return _extract(text, known_names=known_names)


# A story from Taiwan, in traditional script: its bodies, its science parks, its cities, its dollar
_TAIWAN_RE = re.compile(r"新臺幣|新台幣|臺幣|台幣|經濟部|國科會|行政院|立法院|科學園區管理局|竹科|新竹|臺中|台中|臺南|台南|高雄|桃園"
                        r"|屏東|苗栗|彰化|雲林|嘉義|宜蘭|花蓮|臺東|台東|基隆|臺北|台北|新北")


def _yuan_as_new_taiwan_dollars(result: Extraction) -> None:
    """元 in a story from Taiwan is the New Taiwan dollar (中科園區上半年營業額5,335.64億元), never the renminbi:
    every sum read as cny is twd (foreign currency is kept, never converted)."""
    def twd(a):
        return replace(a, unit="twd") if a is not None and a.unit == "cny" else a
    for f in result.facts:
        f.amount = twd(f.amount)
    for p in result.projects:
        p.investment = twd(p.investment)
    for fm in result.funds:
        fm.size, fm.paid_in, fm.invested = twd(fm.size), twd(fm.paid_in), twd(fm.invested)


def _restore_script(result: Extraction, converted: str, original: str) -> None:
    """Every name found in the converted text, as the original text writes it (same length, same place)."""
    cache: dict[str, str] = {}

    def back(name: str | None) -> str | None:
        if not name:
            return name
        if name not in cache:
            i = converted.find(name)
            cache[name] = original[i:i + len(name)] if i >= 0 else name
        return cache[name]

    for p in result.parks:
        p.name, p.parent, p.city, p.district = back(p.name), back(p.parent), back(p.city), back(p.district)
        p.aliases = [back(a) for a in p.aliases]
    for c in result.companies:
        c.name, c.park = back(c.name), back(c.park)
        c.aliases = [back(a) for a in c.aliases]
    for j in result.projects:
        j.name, j.park = back(j.name), back(j.park)
        j.aliases, j.companies = [back(a) for a in j.aliases], [back(c) for c in j.companies]
        if j.investment is not None:
            j.investment = _restore_amount(j.investment, original)
    for f in result.funds:
        f.name, f.park = back(f.name), back(f.park)
        f.aliases = [back(a) for a in f.aliases]
        f.size, f.paid_in, f.invested = (_restore_amount(a, original) if a is not None else None
                                         for a in (f.size, f.paid_in, f.invested))
    for g in result.park_groups:
        g.name, g.members = back(g.name), [back(k) for k in g.members]
    for x in result.facts:
        x.subject, x.as_of_text = back(x.subject), back(x.as_of_text)
        x.amount = _restore_amount(x.amount, original)


def _restore_amount(a: Amount, original: str) -> Amount:
    return replace(a, text=original[a.span.start:a.span.end])


# (A、B、C等10个项目代表与X区政府签订…: every firm of the list; X区 a zone's name only where it is one body with the zone)
_SIGNS_WITH_ZONE = (r"(?:、[^，,。；;、与和]{1,20})*(?:等[^，,。；;与、]{0,12})?"
                    r"与(?P<zone>[^，,。；;、与和]{2,24}?)(?:管委会|管理委员会|政府)?(?:正式)?(?:签署|签订|签约)")
_ZONE_SIGNS_WITH_RE = re.compile(r"(?:管委会|管理委员会)(?:主任|副主任|负责人)?[\u4e00-\u9fff]{0,4}?(?:分别)?与"
                                 r"(?P<firms>[^，,。；;]{2,200}?)(?:分别)?(?:正式)?(?:签订|签约|签署)")
_SETTLED_FIRM_BEFORE_RE = re.compile(r"(?:入驻|落户|进驻)(?:园区|该园|本园|园内)?的(?:企业|公司)?(?:[\u4e00-\u9fff]{0,24}、)?$")
_MOVES_INTO_AFTER_RE = re.compile(r"[^，,。；;：:\n]{0,160}?(?:入驻|进驻|落户|迁入|搬迁至|搬入)(?:到|于|在)?")
# …等四家创业投资公司将作为主要发起人: the firms found something; the text places what they found, not them
_FOUNDER_AFTER_RE = re.compile(r"[^。；;，,]{0,40}?(?:作为|是|为)(?:主要|共同)?发起人")
_IN_TOWN_BEFORE_RE = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,4}(?:街道|镇|乡)的$|(?:[及和、，,]|以及)[\u4e00-\u9fff]{2,4}(?:街道|镇|乡)的$")
_FINANCIAL_RE = re.compile(r"(?:银行|证券|保险|信托|期货)(?:股份有限公司|有限公司|集团|公司)?$|(?:银行|证券|行).{0,6}[分支]行$")


def _company_park(text: str, c, scope: ParkScope, districts: Mapping[str, str]) -> str | None:
    """A firm's park: one the text names beside it at any of its mentions (位于P的X, P已集聚X), else
    the park in scope at its first mention, unless it is named there as a partner, an investor or a
    customer (scope._outside_role). A bank or a broker serves parks; the story does not place it."""
    if _FINANCIAL_RE.search(c.name):
        return None
    for form in [c.name] + c.aliases:  # X公司与Y开发区管委会签署的…项目: the firm invests in the zone it signs with
        for m in re.finditer(re.escape(form) + _SIGNS_WITH_ZONE, text):
            park = next((o.key for o in scope.occs if o.start == m.start("zone") and o.end == m.end("zone")), None) \
                or districts.get(m.group("zone"))  # (与金湾区政府签订 where 金湾区(珠海经济技术开发区) is one body)
            if park:
                return park
    for o in scope.occs:  # X经开区管委会主任Y分别与A公司、B公司签订项目合作协议: the firms the zone signs with invest in it
        m = _ZONE_SIGNS_WITH_RE.match(text, o.end)
        if m and m.start("firms") <= c.span.start and c.span.end <= m.end("firms"):
            return o.key
    if _FOUNDER_AFTER_RE.match(text, c.span.end):
        return None  # A、B等四家公司将作为主要发起人，在X科技园成立…: founders of what is set up there, placed nowhere
    if _IN_TOWN_BEFORE_RE.search(text, max(0, c.span.start - 12), c.span.start):
        return None  # 来到X经开区的A产业园及东关街道的B公司: the text places the firm in a town, not in the park
    if sited_in_a_place(scope.doc, c.span.start, c.span.end, (text[o.start:o.end] for o in scope.occs)):
        return None  # …、B等一大批企业落户肥东: the text settles the firm in a county, not in the park named before
    for form in [c.name] + c.aliases:  # 美国X公司在南京化工园的Y项目: the park the firm's project stands in
        for m in re.finditer(re.escape(form) + "在", text):
            park = next((o.key for o in scope.occs if o.start == m.end() and text.startswith("的", o.end)), None)
            if park:
                return park
    landed = _signs_and_lands(text, c, scope)
    if landed:
        return landed
    moves = _MOVES_INTO_AFTER_RE.match(text, c.span.end)
    if moves:  # 其中，A公司、B公司…将抱团入驻X产业园: the park the firm moves into, named after it
        park = next((o.key for o in scope.occs if o.start == moves.end()), None)
        if park:
            return park
    for form in [c.name] + c.aliases:
        i, seen = text.find(form), 0
        while i >= 0 and seen < 20:
            park = scope.explicit_park_at(i, end=i + len(form), firm=True)
            if park:
                return park
            i, seen = text.find(form, i + len(form)), seen + 1
    if _SETTLED_FIRM_BEFORE_RE.search(text, max(0, c.span.start - 40), c.span.start):
        # …分别与首批入驻园区的企业A公司、B公司进行签约: a firm the text says moved into the park, whoever it signs with
        only = {o.key for o in scope.occs}
        return scope.park_at(c.span.start, end=c.span.end) or (only.pop() if len(only) == 1 else None)
    park = scope.park_at(c.span.start, end=c.span.end, firm=True)
    if park is None and c.aliases:
        # 在北京与X公司…签约 (a partner, placed nowhere), then X等一批项目正在加紧建设 in the park's story: the firm where
        # the text goes on to write it by its short name
        park = next((p for a in c.aliases for m in re.finditer(re.escape(a), text)
                     if not (c.sentence.start <= m.start() < c.sentence.end)  # (another sentence: not its 简称 note)
                     and (p := scope.park_at(m.start(), end=m.end(), firm=True))), None)
    return park


def _signs_and_lands(text: str, c, scope: ParkScope) -> str | None:
    """成都高新区…与A公司、B公司等4家企业进行了现场签约，宣布4个项目正式落户成都高新区: the zone signs with the firm and
    the same sentence lands their projects in that zone: the firm stands there (a partner elsewhere stays placed nowhere)."""
    sent = c.sentence
    joint = text.rfind("与", sent.start, c.span.start)
    if joint < 0 or not re.fullmatch(r"(?:[^，,。；;与和]{2,40}、)*", text[joint + 1:c.span.start]):
        return None
    signers = {o.key for o in scope.occs if sent.start <= o.start and o.end <= joint}
    for o in scope.occs:
        if c.span.end <= o.start < sent.end and o.key in signers \
                and re.search(r"(?:落户|落地|入驻|进驻)(?:到|于|在)?$", text[max(c.span.end, o.start - 6):o.start]) \
                and re.search(r"签约|签署|签订", text[c.span.end:o.start]):
            inner = next((q.key for q in scope.occs if q.start == o.end), None)
            longer = max((q for q in scope.occs if q.start == o.start), key=lambda q: q.end - q.start)
            # (落户宜昌高新区湖北深圳工业园: the zone's park, the most specific place named)
            return inner or longer.key
    return None


# 公司及子公司与X经济技术开发区管理委员会签署项目投资合同: a contract a zone's body signs for a project
_CONTRACT_AFTER_ZONE_RE = re.compile(r"(?:管理委员会|管委会)?(?:签署|签订)(?:了)?[^，,。；;]{0,8}?(?:投资|合作)?(?:合同|协议)")
# 拟由公司全资子公司X作为项目实施主体: the firm that carries the project out
_CARRIER_RE = re.compile(r"由(?:公司|其)?(?:全资|控股)?(?:子公司)?(?P<name>[\u4e00-\u9fffA-Za-z]{2,16}?)作为项目(?:实施|建设|运营)主体")


def _projects_of_a_contract(doc, projects, occs, companies) -> None:
    """A zone's body signs a project's investment contract (与X开发区管理委员会签署项目投资合同) and the next sentences
    name the project (项目名称为“Y项目”): Y stands in that zone, signed, and the firm the text makes its carrier
    (由Z作为项目实施主体) builds it."""
    text = doc.text
    firms = {c.name for c in companies if c.kind == "enterprise"}
    for o in occs:
        if not (text[o.start - 1:o.start] == "与" and _CONTRACT_AFTER_ZONE_RE.match(text, o.end)):
            continue
        k = doc.sentence_index(o.start)
        end = doc.sentences[min(len(doc.sentences) - 1, k + 2)].end
        if re.search(r"(?:^|[，,。；;：:\n《])(?:公司)(?:及(?:其)?(?:全资|控股)?子公司)?$", text[max(0, o.start - 12):o.start - 1]):
            for c in companies:  # 蓝黛科技:公司及子公司与X开发区管理委员会签署…: the announcing firm invests in the zone
                if c.rule == "company_listed" and c.park is None:
                    c.park = o.key
        for pm in projects:
            if pm.park in (None, o.key) and o.start < pm.span.start < end:  # (the zone a headline set in scope, too)
                pm.park = o.key
                if pm.status in (None, "planned"):
                    pm.status = "签约"
                carrier = _CARRIER_RE.search(text, pm.span.end, doc.sentence_at(pm.span.start).end)
                if carrier and carrier.group("name") in firms and carrier.group("name") not in pm.companies:
                    pm.companies.append(carrier.group("name"))


def _listed_not_parks(text, parks, occs, projects) -> set[str]:
    """Keys of the parks of a kind one firm builds the text names only as projects (开工的有A产业园、B、C和D4个
    重点项目; 投资2亿的X产业园; 力促A产业园、B厂…等5个项目…开工): what is built there is a project; that it is a park
    is not what the text says."""
    spans = {(pm.span.start, pm.span.end) for pm in projects if pm.rule in LISTED_PROJECT_RULES
             or (pm.rule == "project_list" and (closed := _COUNTED_PROJECTS_AFTER_RE.match(text, pm.span.end))
                 and not (closed.group().endswith("等项目") and _PLACE_UNIT_OPENING_RE.match(pm.name)))}
    # (…、尤溪县香精香料产业园、…等项目: a park a county names stays a park in a bare list; counted, it is a project)
    invested = {(pm.span.start, pm.span.end) for pm in projects if pm.rule == "project_invested_park"}
    out = set()
    for p in parks:
        if p.kind not in BUILT_AS_PROJECT_KINDS and p.kind not in INVESTED_AS_PROJECT_KINDS:
            continue
        key = merge_key(p.name)
        mine = [o for o in occs if o.key == key]
        if p.kind not in BUILT_AS_PROJECT_KINDS and not (mine and all((o.start, o.end) in invested for o in mine)):
            continue  # (a science city is a project only where its every mention is written after its sum)
        if mine and all((o.start, o.end) in spans or any(pe == o.end and text[ps:o.start] in RANKS for ps, pe in spans)
                        for o in mine):  # the whole item (not 园区…配套工程; 国家级X科技园: the item, its rank before it)
            out.add(key)
    return out


# 联东U谷江阴创新企业港、…: the first item's name goes on after the park (not 大丰经济开发区的A、B…, 钱塘新区与X合作——A:
# the park whose list it is)
_NAME_GOES_ON_RE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9](?<![的与和在及对为])")
# (…，)A、B、C等30个项目在建: a list of items the text counts as projects
_COUNTED_LIST_RE = re.compile(r"(?:^|[，,；;。：:\n])([^，,；;。：:\n]{2,160}?)等(?:\d+|[一二两三四五六七八九十]+)个[\u4e00-\u9fff]{0,6}项目")
# …、B、C等5个项目: the list the text counts as projects, up to its count
_COUNTED_PROJECTS_AFTER_RE = re.compile(r"[^。；;，,]{0,80}?等(?:(?:\d+|[一二两三四五六七八九十几]+)个[\u4e00-\u9fff]{0,6}"
                                        r"|(?:\d+|[两三四五六七八九十]+)个(?:[\u4e00-\u9fff]{2,12}、){1,3}[\u4e00-\u9fff]{2,12}的"
                                        r"[\u4e00-\u9fff]{0,6}"
                                        r"|一大?批(?:\d+亿元以上)?[\u4e00-\u9fff]{0,8}|(?:重点|重大)?"
                                        r"|一大?批(?:[\u4e00-\u9fff]{2,6}、){1,3}[\u4e00-\u9fff]{2,8}的"
                                        r"[\u4e00-\u9fff]{0,6})项目")
# (…、安智科为光伏产业园等一批前景好、品质高的优势项目: what the batch is like, then 项目)
# (海湾电气、X产业园等一批10亿元以上项目相继开工建设: the park is one of a batch of projects)
_PLACE_UNIT_OPENING_RE = re.compile(r"[\u4e00-\u9fff]{2,4}?[县市区]")


# X产业园项目, X产业园二期项目, X产业园建设项目: a project that builds the park it is named after
_BUILDS_PARK_RE = re.compile(r"^(?P<park>.{2,40}?(?:%s))(?:[一二三四五六七八九十]期)?(?:建设)?项目$" % PARK_WORDS)
# (not X创业园(一期)项目: a phase in brackets names the works of a park, see parks._PART_OF_PROJECT_RE)


# a county, district or town that opens a park's name (永春县…, 南林桥镇…, 临港…区…)
_PLACE_LED_RE = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:省|市|县|区|镇|乡|旗|街道)(?![\u4e00-\u9fff]?(?:园|基地)$)")
_NOT_A_PARKS_NAME_RE = re.compile(r"有限|公司|集团|股份|年产|\d|[及和与、]|基地|配套")  # (X汽车基地配套产业园: a base's)


def _written_with_park(text, projects, parks) -> None:
    """楚雄高新区海棠湖文旅小镇项目: a project the rules name without the park written before it (its park) is also
    known by the name as written, park and all; the press writes it so as often as not. Added last, as a name only:
    the figures were read with the project's own name."""
    forms = {p.name: [p.name, *p.aliases] for p in parks}
    for pm in projects:
        for form in forms.get(pm.park or "", []):
            full = form + pm.name
            if len(form) >= 3 and full not in pm.aliases and full != pm.name and full in text:
                pm.aliases.append(full)
                break


# a firm's full legal name opening a project's name (X实业有限公司信息国际广场项目)
_LEGAL_NAME_OPENING_RE = re.compile(r"^[^、，,。；;]{2,30}?(?:%s)" % LIMITED_FORM_RE.pattern)


def _written_without_firm(projects) -> None:
    """河南中耀实业有限公司信息国际广场项目: a project named with its firm's full legal name before its own words is
    also known by those words alone, as the press and the truths name it as often as not. An alias only, added last;
    not where the words left say nothing of their own (X有限公司二期项目, X有限公司建设项目)."""
    names = {pm.name for pm in projects}
    for pm in projects:
        m = _LEGAL_NAME_OPENING_RE.match(pm.name)
        rest = pm.name[m.end():] if m else ""
        stem = rest[:-2] if rest.endswith("项目") else rest
        if len(stem) >= 6 and rest not in names and rest not in pm.aliases and not is_generic_stem(stem) \
                and not PHASE_TAIL_RE.search(stem) and not re.match(r"(?:建设|新建|扩建|投资|年产\d+万?吨?项目)", rest):
            pm.aliases.append(rest)


def _parks_named_by_projects(doc, projects, parks, occs) -> None:
    """A project that builds a park and is named after it (永春县轻工智造产业园项目), which no rule places, stands in
    that park: the park is recorded, first seen where the project is named. Not a bare kind (产业园项目), nor a park
    the name only describes (国家级…示范园区: see parks.generic_park_name)."""
    known = {merge_key(a): p.name for p in parks for a in [p.name, *p.aliases]}
    if re.search(f"{ZONE_WORDS}|工业园区|科技园区|集聚区", doc.text):
        return  # (a story that names a zone: a firm's park is most often built inside it, which scope may not tell)
    for pm in projects:
        m = _BUILDS_PARK_RE.match(pm.name)
        if pm.park is not None or m is None or pm.rule != "project_word":
            continue
        name = m.group("park")
        if merge_key(name) in known:
            pm.park = known[merge_key(name)]
            continue
        stem = ENDS_WITH_PARK_RE.sub("", name)
        if generic_park_name(name) or is_generic_stem(stem) or len(name) < 6 or _NOT_A_PARKS_NAME_RE.search(stem) \
                or re.fullmatch(r"[A-Za-z0-9]+", stem):
            continue  # (X有限公司Y产业园: a firm's plant; 年产2000万台…产业园: a capacity; A及B: two things; LED产业园)
        city, _ = leading_place(name)
        kind = PARK_SUFFIXES.get(ENDS_WITH_PARK_RE.search(name).group(), "产业园")
        if kind == "产业基地" and city is None:
            continue  # X(唐山)新能源产业基地项目, built by two firms: a firm's plant, as a base no place names is
        if city is None and not _PLACE_LED_RE.match(name):
            continue  # 中南高科·胶西智造产业园项目, 新能源智能输变电装备产业园项目: a developer's or a trade's park the
            # project builds is the project; a park is recorded only when a place names it (永春县轻工智造产业园项目)
        start = pm.span.start + (pm.name.find(name) if pm.name.find(name) >= 0 else 0)
        parks.append(ParkMention(name=name, kind=kind, city=city, district=None, parent=None,
                                 span=Span(start, start + len(name)), sentence=pm.sentence, rule="park_built_by_project"))
        occs.append(ParkOcc(start, start + len(name), name))
        occs.sort(key=lambda o: (o.start, -o.end))  # (the order find_parks gives them)
        known[merge_key(name)] = name
        pm.park = name


def _parks_projects_build(projects, parks) -> None:
    """A project named after a park the text names (杏陈云生工业园项目 and 云生工业园, X产业园二期项目 and X产业园)
    that no other rule places stands in that park. (A park known only from the project's name is recorded only by
    _parks_named_by_projects, in a story that names no zone.)"""
    for pm in projects:
        # (常州恒生科技园二期开工: a park's phase, named without 项目, stands in that park whatever the scope says)
        phase = not pm.name.endswith("项目") and PHASE_TAIL_RE.search(pm.name) is not None
        if (pm.park is not None and not phase) or not (pm.name.endswith("项目") or phase):
            continue
        built = PHASE_TAIL_RE.sub("", pm.name if phase else pm.name[:-2])
        known = [p.name for p in parks for form in [p.name, *p.aliases] if len(form) >= 4
                 and (built == form if phase else built.endswith(form))]
        if known:
            pm.park = known[0]


# Kinds of park that many build, never one investment: a project named after one is the park itself
_BUILT_BY_MANY_KINDS = ZONE_KINDS | {"科技城", "新区", "新城"}


def _without_areas_as_projects(text, projects, parks, occs) -> tuple[list, bool]:
    """Without a project named after a park of a kind many build (贵阳大数据科创城项目位于…，已陆续开工项目14个): the
    text speaks of the park's development as a project; where it is so written, the park is named (occs gains those
    occurrences), and its figures are the park's. Returns the projects kept and whether occs changed."""
    areas = {merge_key(form): p.name for p in parks if p.kind in _BUILT_BY_MANY_KINDS for form in [p.name, *p.aliases]}
    kept, added = [], False
    for pm in projects:
        park = areas.get(merge_key(pm.name[:-2])) if pm.name.endswith("项目") else None
        if park is None:
            kept.append(pm)
            continue
        for m in re.finditer(re.escape(pm.name), text):
            if not any(o.start == m.start() for o in occs):
                occs.append(ParkOcc(m.start(), m.end() - 2, park))
                added = True
    occs.sort(key=lambda o: (o.start, -o.end))  # (the order find_parks gives them)
    return kept, added


def _unplace_by_inner_parks(projects, occs, parks, doc) -> None:
    """A park the text names only inside projects' names (…与四川志利公司签约投资28亿元的民勤红沙岗工业园区基础设施
    建设项目) is where those projects stand, not the other projects' of the story (凉州区政府与…签约…的LED产业园项目),
    except those whose own names open with it (江东新区安居房项目 beside …海口江东新区节点项目). The others stand
    where the scope puts them without it (确保A、美食林台湾食品工业园等7个项目建成投产，B、C等16个项目主体完工: B and C
    in the story's zone, not in the park one item's name holds)."""
    opening = opening_forms(parks)
    without = None  # the scope without the parks named only inside projects' names, made when first needed
    spans = [(pm.span.start, pm.span.end) for pm in projects]
    inner: dict[str, list[tuple[int, int]]] = {}
    for o in occs:
        holder = next((sp for sp in spans if sp[0] <= o.start and o.end <= sp[1] and (sp[0], sp[1]) != (o.start, o.end)), None)
        inner.setdefault(o.key, []).append(holder)
    only_inside = {k for k, holders in inner.items() if all(h is not None for h in holders)}
    for pm in projects:
        if pm.park in only_inside and not any(h == (pm.span.start, pm.span.end) for h in inner[pm.park]) \
                and not any(pm.name.startswith(f) and p.name == pm.park for f, p in opening.items()):
            if without is None:
                without = ParkScope(doc, [o for o in occs if o.key not in only_inside])
            pm.park = without.park_at(pm.span.start, end=pm.span.end)


# What may follow a firm's brand at the head of its project's name: a capacity, a model, a product (比亚迪10GWH动力电池…,
# 云内动力D25/D30…生产线, 晶盛机电第三代半导体…)
_AFTER_BRAND_RE = re.compile(r"[A-Za-z0-9]|年产|第[一二三四五六七八九十]代")


def _firms_opening_projects(doc, projects, companies, park_keys) -> list[CompanyMention]:
    """A brand the tagger reads as an organisation at the head of a project's name, then a capacity, a model or a
    generation (比亚迪10GWH动力电池及配套项目, 云内动力D25/D30…生产线): the firm whose project it is, with no legal
    form written; it is the project's carrier."""
    text = doc.text
    known = {company_key(c.name) for c in companies} | {company_key(a) for c in companies for a in c.aliases}
    out: dict[str, CompanyMention] = {}
    for pm in projects:
        for m in re.finditer(re.escape(pm.name), text):
            head = next((t for t in tokens_around(text, m.start()) if t.start == m.start()), None)
            if head is None or head.tag != "ORG" or head.end - head.start < 2 or head.end >= m.end() - 2 \
                    or not _AFTER_BRAND_RE.match(text, head.end) or not firm_name_ok(head.word, park_keys) \
                    or leading_place(head.word)[0]:
                continue
            key = company_key(head.word)
            if key not in known and key not in out:
                out[key] = CompanyMention(name=head.word, kind="enterprise", span=Span(head.start, head.end),
                                          sentence=doc.sentence_at(head.start), rule="company_brand")
            if head.word not in pm.companies:
                pm.companies.append(head.word)
            break
    return list(out.values())


_CITY_IN_BRACKETS_RE = re.compile(r"[(（]([\u4e00-\u9fff]{2,3})[)）]")


def _projects_named_after_a_city(projects: list[ProjectMention], parks: list[ParkMention]) -> None:
    """A project whose name opens with a city, or holds it in brackets (烟台X新材料, 氢普(德州)…项目), in a story about
    the parks of several cities, is in the one park it names of that city, when it has no park or one of another city."""
    by_city: dict[str, list[ParkMention]] = {}
    for p in parks:
        if p.city and not p.parent:
            by_city.setdefault(p.city, []).append(p)
    if len(by_city) < 2:
        return
    city_of = {p.name: p.city for p in parks}
    for pm in projects:
        if pm.park is not None and city_of.get(pm.park) is None:
            continue  # (a park with no city of its own: nothing to compare the name's city with)
        city = leading_place(pm.name)[0]
        if city and any(firm.startswith(city) for firm in pm.companies):
            city = None  # 武汉地产集团投资黄冈项目: the city opens the firm's name, not where the project is
        bracket = _CITY_IN_BRACKETS_RE.search(pm.name)
        for c in filter(None, (city, bracket.group(1) if bracket else None)):
            c = c.removesuffix("市")
            if pm.park is not None and city_of.get(pm.park) == c:
                break  # (the park it has is in the city its name gives)
            if c in PROVINCES and c not in CITIES and c not in MUNICIPALITIES:
                continue  # (河南X学校 beside 河南Y物流园: a province holds many places, it names no one park)
            if len(by_city.get(c, [])) == 1:
                pm.park = by_city[c][0].name  # (烟台X项目 given 德州's park by the story's scope: the name's city wins)
                break


def _sums_of_parks_built_as_projects(projects, parks, facts):
    """A park the text also names as one project (现场签约的A和B两大项目。其中，位于X区的A总投资500亿元): the sum read on
    the park is the project's investment, when the project has none of its own. Only the first such sum moves (a
    phase's sum after it, 一期投资10亿元, stays a figure)."""
    park_names = {p.name for p in parks}
    moved = set()
    for pm in projects:
        if pm.investment is not None or pm.name not in park_names:
            continue
        f = next((f for f in facts if f.subject == pm.name and f.subject_type == "park"
                  and f.metric == "planned_investment" and id(f) not in moved), None)
        if f is not None:
            pm.investment = f.amount
            moved.add(id(f))
    return [f for f in facts if id(f) not in moved]


# what a zone's own bodies and platform firms are named by after the zone (X开发区投资控股集团有限公司, X高新区投促中心,
# X新区招商集团): the zone is part of their names
_PLATFORM_FIRM_WORD_RE = re.compile(r"开发|建设|投资|发展|控股|运营|管理|服务|招商|投促|秘书|注册|基金|中心|办|委|城投|资产|置业|^区")
_LEGAL_END_RE = re.compile(r"(?:%s)$|股份$|集团$" % LIMITED_FORM_RE.pattern)


def _firms_after_their_park(companies: list, parks: list, projects: list) -> tuple[list, dict[str, str]]:
    """A firm read with the park written before it (城东工业园区金鹏电器有限公司, X集聚区中来股份): the firm, by its own
    name, in that park unless the text places it elsewhere. A zone's own platform firm (X开发区投资控股集团有限公司)
    keeps the zone in its name."""
    forms = sorted({(f, p.name) for p in parks for f in [p.name, *p.aliases] if len(f) >= 4}, key=lambda x: -len(x[0]))
    known = {c.name for c in companies}
    out, prefix_parks = [], {}
    for c in companies:
        hit = next(((f, park) for f, park in forms if c.kind == "enterprise" and c.name.startswith(f)), None)
        rest = c.name[len(hit[0]):] if hit else ""
        stem = _LEGAL_END_RE.sub("", rest)
        if hit and (rest in known or (stem != rest and len(stem) >= 4 and not _PLATFORM_FIRM_WORD_RE.search(stem)
                                      and not is_generic_stem(stem) and not ENDS_WITH_PARK_RE.search(stem))):
            for pm in projects:  # (the projects keep their names as written; their firm is named anew)
                pm.companies = [rest if n == c.name else n for n in pm.companies]
            if rest in known:
                continue  # (the firm is read by its own name elsewhere: one record)
            c.name, c.span = rest, Span(c.span.start + len(hit[0]), c.span.end)
            prefix_parks[rest] = hit[1]  # (where the text places the firm says more; else the park written before it)
            known.add(rest)
        out.append(c)
    return out, prefix_parks


def _extract(text: str, *, known_names: Mapping[str, str] | None) -> Extraction:
    doc = build_doc(text)
    parks, occs = find_parks(doc)
    park_keys = {merge_key(p.name) for p in parks} | {merge_key(a) for p in parks for a in p.aliases}
    companies, list_projects = find_companies(doc, park_keys)
    if known_names:
        apply_known_names(doc, known_names, parks, occs, companies)
    scope = ParkScope(doc, occs)
    # a park written inside a firm's name (与中山火炬开发区临海工业园开发有限公司签署…协议) is the firm's name, not
    # where the projects of that clause stand
    firm_spans = [(m.start(), m.end()) for c in companies if c.kind == "enterprise"
                  for m in re.finditer(re.escape(c.name), text)]
    placed = [o for o in occs if not any(fs <= o.start and o.end < fe for fs, fe in firm_spans)]
    # A、X产业园、B等30个项目在建: a park that is an item of a counted list of projects is one of the projects, not
    # where the others stand
    # (山东X开发区Y钢绳等8个项目正在谈判: a headline that opens with the park, the story's, before its first item)
    items = [(m.start(1), m.end(1)) for m in _COUNTED_LIST_RE.finditer(text)]
    headings = {h.start for h in doc.headings}
    placed = [o for o in placed if not any(a <= o.start and o.end <= b and (text[o.end:o.end + 1] in ("、", "等")
                                                                              or text[o.start - 1:o.start] == "、"
                                                                              or (o.start == a and _NAME_GOES_ON_RE.match(text, o.end)
                                                                                  and text.rfind("\n", 0, o.start) + 1 not in headings))
                                           for a, b in items)]
    project_scope = ParkScope(doc, placed) if len(placed) < len(occs) else scope
    projects = find_projects(doc, parks, companies, list_projects, project_scope)
    listed = _listed_not_parks(text, parks, occs, projects)
    # 总投资100亿元的黄石科技城, a park the text names again as a park elsewhere: the sum is the park's
    projects = [pm for pm in projects if pm.rule != "project_invested_park" or merge_key(pm.name) in listed]
    if listed:
        parks = [p for p in parks if merge_key(p.name) not in listed]
        occs = [o for o in occs if o.key not in listed]
        scope = ParkScope(doc, occs)
        park_by_form = {f: p for p in parks for f in [p.name, *p.aliases]}
        for pm in projects:
            if pm.park and merge_key(pm.park) in listed:
                # (the park the text is about there, if any, unless the clause settles it in a county: …落户肥东)
                sited = sited_in_a_place(doc, pm.span.start, pm.span.end, park_by_form)
                site = list_site(text, pm.span.end, park_by_form)  # (…等7个项目在X区集中开工)
                pm.park = site or (None if sited or site == "" else scope.park_at(pm.span.start, end=pm.span.end))
    _unplace_by_inner_parks(projects, occs, parks, doc)
    projects, areas_written = _without_areas_as_projects(text, projects, parks, occs)
    if areas_written:
        scope = ParkScope(doc, occs)
    funds = find_funds(doc, parks, scope)
    # …引导基金有限公司: a fund set up as a company is the fund's record, not a firm's
    fund_names = {a for f in funds for a in f.aliases}
    companies = [c for c in companies if c.name not in fund_names]
    # 中启(海口)…股权投资合伙企业(有限合伙): a brand read before a bracketed place inside a fund's name opens the
    # fund's name, no firm of its own
    fund_spans = [(m.start(), m.end()) for f in funds for m in re.finditer(re.escape(f.name), text)]
    companies = [c for c in companies if not (c.rule == "company_brand"
                                              and any(s <= c.span.start and c.span.end < e for s, e in fund_spans))]
    _projects_of_a_contract(doc, projects, occs, companies)
    companies += _firms_opening_projects(doc, projects, companies, park_keys)
    companies, prefix_parks = _firms_after_their_park(companies, parks, projects)
    districts = districts_of_zones(text, parks)
    for c in companies:
        # (an investment firm known by what it does with a fund, 中银资本旗下的X基金, stands where it is, not where
        # the fund lands)
        if c.park is None and c.kind == "enterprise" and c.rule not in ("company_capital", "company_manager"):
            c.park = _company_park(text, c, scope, districts) or prefix_parks.get(c.name)
        if c.park is None and c.kind == "enterprise" and not _FINANCIAL_RE.search(c.name):
            # 由A公司投资兴建的X项目 in a park: the firm that builds a project stands where the project does (a bank's
            # service named as a project, 招商银行…金融服务项目, places no bank)
            c.park = next((pm.park for pm in projects if c.name in pm.companies and pm.park), None)
    _parks_projects_build(projects, parks)
    _parks_named_by_projects(doc, projects, parks, occs)
    park_of_firm = {c.name: c.park for c in companies if c.park}
    for pm in projects:
        firm_parks = {park_of_firm[name] for name in pm.companies if name in park_of_firm}
        if pm.park is None and len(firm_parks) == 1:
            pm.park = firm_parks.pop()  # A与X区政府签约…。其中，A的Y项目总投资120亿元: the project of a firm the text places
    _projects_named_after_a_city(projects, parks)
    facts = find_facts(doc, parks, occs, projects, funds, companies, scope)
    facts = _sums_of_parks_built_as_projects(projects, parks, facts)
    _written_with_park(text, projects, parks)
    _written_without_firm(projects)
    meta = extract_meta(text)
    year = meta.published_on.year if meta.published_on else None
    for f in facts:
        f.as_of = as_of_date(f.as_of_text, year)
    result = Extraction(meta=meta, parks=parks, companies=companies, projects=projects, funds=funds, facts=facts,
                        park_groups=find_group_members(doc, occs))
    assign_confidence(result, text)
    return result
