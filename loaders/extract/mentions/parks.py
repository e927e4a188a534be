"""Park names (高新区, 经济技术开发区, 产业园, 科技园, 科技城 …) with kind, city, parent and aliases.

A park is found by its suffix; its name reaches left to the name boundary
(names.name_start).  A bare generic word (园区, 该园, 高新区, 这个产业园) or a category
(6个数字经济试点园区, 全国一流的高新技术产业园区) is never a park.  Within one article,
variants are one park: 园区/园 spellings, 以下简称 short names, and a short form that
is the tail of a longer name (东江科技园 of 惠州仲恺高新区东江科技园).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache, wraps
from dataclasses import dataclass, field

from ..tables.vocab import BARE_PARK_WORDS, BUILT_AS_PROJECT_KINDS, DEFINED_AS, ENDS_WITH_PARK_RE, ENDS_WITH_ZONE_RE, GROUP_ZONE_WORDS, PARK_SUFFIXES, PARK_WORDS, PARTS_VERB, SUFFIX_RE, VALLEY_WORDS, ZONE_KINDS, ZONE_WORDS
from ..tables.lexicon import (MACRO_REGION_RE, CITIES, CITIES_BY_PROVINCE, CITY_RE, COUNTRIES, DESCRIPTORS, DESCRIPTOR_WORDS, CITY_SHI_RE, CN_DIGITS, numeral, MUNICIPALITIES, NAME_CHAR_RE, PROVINCE_NAMED_RE, PROVINCE_OF_CITY,
                              PLACE_PREFIX_RE, PLACES, PROVINCE_INITIALS, PROVINCES, STATE_NEW_AREA_STEMS, VERBISH_RE)
from .tagger import LEADING_BREAK_TAGS, refine_start, tag_sentence, tokens_around, word_tag
from .names import in_order, is_generic_stem, leading_place, name_start, norm_key, preceded_by_count, strip_province, strip_quotes, unbalanced_brackets
from ..text.sentences import Doc
from ..types import ParkGroupMention, ParkMention, Span

# （以下简称“江宁开发区”）, also after an English name: （Nanjing … Zone，以下简称“江宁开发区”）
# X产业园管理委员会(简称“Y产业园管委会”): the committee's short name holds the park's (Y产业园)
_BODY_ALIAS_RE = re.compile(r"(?:管理委员会|管委会)[(（]" + DEFINED_AS + r"[“\"]?([^)）”\"]{2,16}?)(?:管委会|管理委员会)[”\"]?[)）]")
_ALIAS_RE = re.compile(r"[(（](?:[A-Za-z][A-Za-z0-9&.,'\- ]{2,100}[，,；;]\s*)?" + DEFINED_AS + r"[“\"]?([^)）”\"]{2,20})[”\"]?[)）]")
# A park word followed by a legal form is a company (香港科技园公司), not the park.
_SECURITIES_FUND_AFTER_RE = re.compile(r"(?:封闭式|开放式)?[\u4e00-\u9fff]{0,8}?证券投资基金|\s?REITs?(?![A-Za-z])")
_COMPANY_AFTER_RE = re.compile(r"(?:(?:管理|运营|开发|建设|投资)?(?:有限|股份|集团|公司|联合体)|支行|分行|分中心)")  # X孵化园管理有限公司,
# X产业园投资联合体,
# 上海农商银行临港新片区支行: a firm
# 建设项目含X产业园: the words that introduce a list of projects, after which a park's name starts
_LIST_INTRO_WORDS = "含|包括|包含|涵盖"
_LIST_INTRO_IN_STEM_RE = re.compile(r"项目(?:%s)" % _LIST_INTRO_WORDS)
_PROJECT_INSIDE_STEM_RE = re.compile(r"项目(?!%s)(?=.)" % _LIST_INTRO_WORDS)  # (one that opens a list is read above)
_SITED_AREA_RE = re.compile(r"临港|临空|临海|沿海|沿江|[东西南北]部|[\u4e00-\u9fff]{2,3}[县市](?=[\u4e00-\u9fff]{2})")
# (zones counted by 个 or 家 anywhere in the stem are dropped further on, with a count in digits too)
# (…电子信息、智能制造、汽车配件三大新型产业园区: the count, then only words that describe)
_COUNTED_CLASS_END_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})[一二两三四五六七八九十]+[大类](?:%s)*$" % DESCRIPTOR_WORDS)
_TITLE_STEM_RE = re.compile(r"(?:(?:%s)省)?(?:十佳|十强|百强|五强|百佳|优秀|明星)(?:省级|国家级|市级)?(?:产业)?" % "|".join(PROVINCES))
_CONJUNCTION_END_RE = re.compile(r"(?:[及和与]其?)$")
# 第四批 in front of a park word: the parks of one batch, a class
_BATCH_ORDINAL_RE = re.compile(r"第(?:\d+|[一二三四五六七八九十]+)批")
_REGION_CLASS_STEM_RE = re.compile(r"地区(?:国家级|省级|市级)?$")
# 咸阳市创建省级高新区5个, 安顺市各开发区: a place, then a verb or 各 — a clause about its parks, no park's name
_PLACE_THEN_CLAUSE_RE = re.compile(r"[市县区省](?:各|所有|创建|争创|设立|获批|申报|认定|新增|现有|共有|拥有)")
# A region or the country as the stem: a class of parks (2024中国产业园区, 港澳台科技园区, 长三角开发区).
_REGION_STEM_RE = re.compile(r"^(?:\d{4}年?(?:度)?)?(?:中国|全国|我国|国内|海内外|港澳台|港澳|两岸|长三角|珠三角|京津冀|粤港澳|"
                             r"大湾区|成渝)$")
# what a planning region's name ends in: land, water and the country's parts (中原, 平原, 湖, 流域), or a bare hub
_LAND_REGION_STEM_RE = re.compile(r"(?:中原|平原|盆地|流域|沿海|沿边|沿江|湖(?:生态)?|生态|枢纽|地区|城市群|都市圈|半岛(?:蓝色)?)$")
_MACRO_REGION_RE = MACRO_REGION_RE
# 中新, 中德, 中韩, 马中 …: a bilateral park's prefix belongs to its name (中新南京生态科技岛, 中马钦州产业园).
_PARTNERS = "新德韩以欧日俄法意瑞美澳英奥荷芬丹比马泰白哈埃阿蒙柬老缅越乌葡沙"
# (以 first is the preposition far more often than Israel: 以中粮大悦城综合体项目为代表; Israel's parks are written 中以)
_BILATERAL = f"(?:中[{_PARTNERS}]|[{_PARTNERS.replace('以', '')}]中)"
_BILATERAL_RE = re.compile(f"^{_BILATERAL}$")
# the two countries, then a dot and the zone's own name: 中埃·泰达苏伊士经贸合作区 (a zone abroad, its partners its place)
_BILATERAL_DOT_RE = re.compile(f"{_BILATERAL}[·・]")
_RANKED_AMONG_AFTER_RE = re.compile(r"中(?:位列|排名|名列|居|排在|位居|排位)")
_ZONE_STARTUP_PARK_RE = re.compile(r"(?P<part>[\u4e00-\u9fff]{2,6}?)(?:创业园|孵化园)")
_ZONE_PART_PARK_RE = re.compile(r"(?P<part>[\u4e00-\u9fff]{2,6}?)园区")
# a park word, then a count and 大 (…小机电产业园2大特色产业园): the parks just listed, counted
_LIST_THEN_COUNT_RE = re.compile(r"(?:%s)(?:\d+|[两二三四五六七八九十]+)大" % PARK_WORDS)
_PLACE_PART_PARK_RE = re.compile(r"(?P<place>[\u4e00-\u9fff]{2})(?:园区|分园)")
# 新邵经开区各个园区: the zone's parks, every one of them, where no part is named
_EVERY_PART_RE = re.compile(r"各|每|其[他它余]|所有|全部|上述|部分|一些|若干|[这那该][个些]|多个|几个")
# provinces, cities and counties written before a park's own name (安徽, 滁州市凤阳县)
_PLACES_OPENING_RE = re.compile(r"^(?:(?:%s)(?:省|市|自治区)?|[\u4e00-\u9fff]{2,3}[县区](?=[\u4e00-\u9fff]{4}))+"
                                % "|".join(sorted(PLACES, key=len, reverse=True)))
_PROVINCE_OPENING_RE = re.compile("(?:%s)省?" % "|".join(sorted(PROVINCES, key=len, reverse=True)))
_BRACKETED_PART_RE = re.compile(r"[(（][\u4e00-\u9fff]{2,6}[)）]")
# 济青烟(莱西)国际招商产业园: a wider place, the park's own place in brackets, then the rest of the name
_PLACE_IN_BRACKETS_RE = re.compile(r"(?P<wider>[^(（]+)[(（]([\u4e00-\u9fff]{2,6})[)）](.+)$")
# a park's short name in brackets right after it, ending as a park word does: X经贸合作区(X合作区)
_BRACKETED_SHORT_RE = re.compile(r"[(（]([\u4e00-\u9fff]{2,10}(?:%s))[)）]" % PARK_WORDS)
# A bilateral zone without a common park suffix: 中新吉林食品区, 中新天津生态城, 中德生态园 (not 中新社, 中新网).
_BILATERAL_ZONE_RE = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[在与和的于到及]))%s(?![社网])(?P<city>%s)?[\u4e00-\u9fff]{1,4}?(?:区|城|园)"
                                % (_BILATERAL, CITY_RE.pattern))
# 漳州开发区项目建设热潮: what follows a zone's projects when they are spoken of in general
_ZONE_PROJECTS_WORK_RE = re.compile(r"(?:建设|推进|落地|招商)(?:热潮|提速|加速|全面|进展|如火如荼|成效|工作|再|又|持续)")
_DEFINED_SHORT_RE = re.compile(r"(?:^|(?<=[从在于与和，,。；;：:\n地户驻]))(?P<full>中国[(（][\u4e00-\u9fff]{2,3}[)）][\u4e00-\u9fff]{4,20}?)"
                               r"(?:[(（][\u4e00-\u9fff]{2,12}[)）])?[(（]" + DEFINED_AS + r"[“\"](?P<short>[^”\"]{3,20})[”\"][)）]")
# 云南自贸试验区昆明片区: a free trade zone's part in one city
_FTZ_PART_RE = re.compile(r"(?![一二三四五六七八九十两几各多数])[\u4e00-\u9fff]{2,4}片区")  # (not 三大片区: its parts counted)
# A free trade zone's spellings: 中国(黑龙江)自由贸易试验区, its short form 黑龙江自贸试验区 and the press's 黑龙江自贸区
_FTZ_WORDS = ("自由贸易试验区", "自贸试验区", "自贸区")
_CITY_FTZ_PART_RE = re.compile(r"(%s)自贸片区" % CITY_RE.pattern)
_CITY_PART_RE = re.compile(r"(%s)片区" % CITY_RE.pattern)
_FTZ_KEY_RE = re.compile(r"^(?:中国)?(?P<province>%s)(?:%s)(?P<rest>.*)$" % (
    "|".join(sorted(PROVINCES, key=len, reverse=True)), "|".join(_FTZ_WORDS)))
# …高新区·掇刀区, …经济开发区兵团分区: the zone's part, named after the zone
_CENTRE_MODEL_RE = re.compile(r"[(（][AB]型[)）](?!项目)")
_EXT_RE = re.compile(r"·[\u4e00-\u9fff]{1,4}区|[\u4e00-\u9fff]{2}分区")
# the part of a park name that is generic: leading place, then descriptors.
# N个…园区, the words between naming parks (6个项目在X工业园区 counts projects, not parks)
_GROUP_OF_PARKS = r"个(?:已挂牌)?(?:(?!项目|企业)[\u4e00-\u9fff]){0,10}?(?:园区|产业园(?![区项]))"
_GROUP_RE = re.compile(r"(?:(?:[\u4e00-\u9fff]{2,3}?)(?:市)?)?(?:\d+|[一二三四五六七八九十]+)" + _GROUP_OF_PARKS)


_GROUP_HEAD_RE = re.compile(r"(%s|全市|全省)$" % CITY_RE.pattern)
_GROUP_COUNT_RE = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)(?:" + _GROUP_OF_PARKS
                             + r"|[个家](?:国家级?|省级|自治区级?)?(?:%s)|[个家]高新技术产业开发区|大(?:产业|工业)?园区)" % GROUP_ZONE_WORDS)
# (打造A、B、C、D四大园区: the parks a place builds, counted as 'the four big' ones)


_PROVINCE_ONLY = frozenset(PROVINCES) - frozenset(CITIES)
_MADE_INTO_RE = re.compile(r"(?:开发|建设|打造|建成|改造|改建|发展|升级|提升)(?:成为|为|成)")
# a verb that makes a park one of a class, or says it won a title of one (核准为, 晋升为, 获): what follows it, a rank and
# a kind, names the class
_DESIGNATED_IN_STEM_RE = re.compile(r"(?:核准为|批准为|批复为|晋升为|升级为|升格为|认定为|确定为|列为|评为|命名为|成为|获批|荣获|获)")
_PART_OF_PROJECT_RE = re.compile(r"[一二三四五六七八九十]期|[(（][一二三四五六七八九十]期[)）](?=项目|工程)|(?:配套|建设|配套建设)?等?项目|及[^、，,。；;“”]{2,16}?项目")  # (X产业园及乘用车生产基地项目; X创业园(一期)项目, not X综保区(一期)通过验收)
# What policy does to parks (促进开发区改革, 推动园区发展): a verb, then the park word as its object
_POLICY_VERB_RE = re.compile(r"促进|推动|推进|加快|支持|规范|优化|深化|鼓励|引导|扶持|做强|做大|提升")
_HONOUR_OPENING_RE = re.compile(r"(?:获评|获批|荣获|获得|入选|被评为|评为|被认定为|认定为)")
# verbs of a meeting, a policy or a standing: after a place they open a clause (湛江市召开产业园区发展大会)
_CLAUSE_VERB_RE = re.compile(r"召开|举行|举办|落实|坚持|具备|靠近|获评|入选|印发|出台|发布|实施|开展|计划|力争|预计|%s" % _POLICY_VERB_RE.pattern)
# 靖江计划开发区…突破2000亿元: a place, then a verb the tagger read into the place's name
_PLACE_THEN_CLAUSE_VERB_RE = re.compile(r"[\u4e00-\u9fff]{2,3}?[市县区]?(?:%s)" % _CLAUSE_VERB_RE.pattern)
# 在河南焦作建设氢能产业园: where a firm builds (after 在 and a province), then the verb of building
_PLACE_THEN_BUILD_RE = re.compile(r"(?:%s)[市县区]?(?:建设|新建|兴建|投建|打造|建)(?=[\u4e00-\u9fff]{2})" % CITY_RE.pattern)
_AT_PLACE_BEFORE_RE = re.compile(r"[在于到](?:%s)?$" % "|".join(PROVINCES))


_PROJECT_MEETING_RE = re.compile(r"推介|洽谈会|招商会|说明会|对接会|路演")
_PHASES_RE = re.compile(r"(?:[一二三四五六七八九十]期[、和及]?){2,}(?!项目|工程|建设)")
# 柳东新区中欧产业园: a new area, then a park of its own; 宜昌高新区湖北深圳工业园: a 高新区, then a park named after
# places of its own (西安高新区曲率引擎产业聚集区, a part of the zone named by what it does, keeps the zone's name)
_NEW_AREA_BEFORE_RE = re.compile(r"[\u4e00-\u9fff]{2,3}(?:(?<!高)新区(?=[\u4e00-\u9fff]{2,})|(?<!科技)新城(?=[\u4e00-\u9fff]{4,})|高新区(?=%s))"
                                 % "|".join(sorted({*PROVINCES, *CITIES}, key=len, reverse=True)))
_ITS_TRADE_AFTER_RE = re.compile(r"的?(?:主导|支柱|首位|特色|核心|优势)(?:产业|行业)")
_AS_A_RE = re.compile(r"作为[^，,。；;]{0,12}的$|作为$")  # (作为西部集成电路产业发展聚集区，成都高新区…: what it is, as)
_AREA_RE = re.compile(r"\d(?:平方公里|平方千米|公顷|亩|万?平方米)")
_COUNT_RE = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)个")
_PROJECT_NAMED_BEFORE_RE = re.compile(r"项目名称(?:暂定|拟定|定)?为[：:]?$")
_CITY_PART_AFTER_RE = re.compile(r"[(（](?:%s)[)）]" % CITY_RE.pattern)
_SETTLED_IN_RE = re.compile(r"(?:入驻|进驻|落户|位于|迁入|搬入|在)$")


@dataclass
class ParkOcc:
    """One occurrence of a park (or a park alias) in the text."""

    start: int
    end: int
    key: str  # canonical key of the park it belongs to


@dataclass
class _Cand:
    name: str
    kind: str
    start: int
    end: int
    aliases: list[str] = field(default_factory=list)
    place_ok: bool = False


# Official long forms and the short forms the press uses for them.
_ABBREV = {"经济技术开发区": "经开区", "高新技术产业开发区": "高新区", "高新产业开发区": "高新区", "新技术产业开发区": "高新区",
           "高新技术开发区": "高新区", "新技术开发区": "高新区", "高新技术产业园区": "高新区",
           "高新技术产业园": "高新区", "高技术产业开发区": "高新区", "国家自主创新示范区": "示范区",
           "综合保税区": "综保区", "临空经济区": "临空区", "边境经济合作区": "边合区"}  # merge keys spell 园区 as 园
_ABBREV_RE = re.compile("(?:国家级?)?(?:%s)$" % "|".join(sorted(_ABBREV, key=len, reverse=True)))
# 昆山开发区 for 昆山经济技术开发区: a place and 开发区 is the short form of the place's one 经开区.
_TRADE_ZONE_HEAD_RE = re.compile(r"(?:汽车|航空|航天|化工|石化|冶金)$")
_ZONE_SHORT_RE = re.compile(r"(?:国家级?)?(?:经济技术开发区|经济开发区|经开区)$")


def _abbrev_of(word: str) -> str:
    """The short kind a zone's full kind is written as (国家级经济技术开发区 -> 经开区)."""
    return _ABBREV.get(word) or _ABBREV[re.sub(r"^国家级?", "", word)]


_PROVINCE_CITY_ZONE_RE = re.compile(r"^(?P<province>%s)(?P<city>[\u4e00-\u9fff]{2})(?P<kind>经济技术开发区|经济开发区|高新技术产业开发区)$"
                                    % "|".join(PROVINCES))


def _short_forms(key: str) -> set[str]:
    """The press's short spellings of a zone's full name (merge keys)."""
    out = set()
    pc = _PROVINCE_CITY_ZONE_RE.match(key)
    if pc and not is_generic_stem(pc.group("city")):
        out.add(pc.group("province")[0] + pc.group("city")[0] + ("高新区" if pc.group("kind").startswith("高新") else "经开区"))
        # (安巢经开区 for 安徽巢湖经济开发区: the zone by the first characters of its province and its city)
    m = _ABBREV_RE.search(key)
    if m:
        out.add(key[:m.start()] + _abbrev_of(m.group()))
        if m.group().startswith("国家"):
            out.add(key[:m.start()] + m.group()[:m.group().find("家") + 1] + _abbrev_of(m.group()))
            # (荣昌国家高新区 for 荣昌国家高新技术产业开发区: the short form keeps the state's word)
        if m.group() == "高新技术产业开发区":
            out.add(key[:m.start()] + "高开区")  # 长沙高开区: 高新技术产业开发区 by the first characters of its two parts
        trade = _TRADE_ZONE_HEAD_RE.search(key[:m.start()]) if m.group() == "经济技术开发区" else None
        if trade and trade.start() >= 2:
            out.add(key[:trade.start() + 1] + "开区")  # 长春汽开区: 长春汽车经济技术开发区 by its trade's first character
        head = key[:m.start()]
        if m.group() in ("新技术开发区", "新技术产业开发区") and 2 <= len(head) <= 3 and not CITY_RE.fullmatch(head) \
                and not is_generic_stem(head):
            out.add(head + "开发区")  # 东湖开发区 for 东湖新技术开发区 (not a city's: its 开发区 is its 经开区)
    m = _ZONE_SHORT_RE.search(key)
    if m:
        city, _ = leading_place(key)
        head = key[:m.start()]
        if city and head in (city, city + "市"):
            out.add(city + "开发区")
        elif m.group() == "经济开发区" and len(head) >= 2 and not is_generic_stem(head):
            out.add(head + "开发区")  # 贵州大龙开发区 for 贵州大龙经济开发区: the zone's short form
        elif m.group() == "经济技术开发区" and 2 <= len(head) <= 3 and not is_generic_stem(head):
            out.add(head + "开发区")  # 库尔勒开发区 for 库尔勒经济技术开发区: a county town the lexicon does not list
        if not m.group().endswith("经开区"):
            out.add(head + "经开发区")  # 拉萨经开发区: 经开区 and 开发区 run together, as headlines write it
        if m.group().endswith("经济开发区") and len(head) >= 2 and not is_generic_stem(head):
            out.add(head + "经开区")  # 交城经开区 for 交城经济开发区: the press shortens 经济开发区 as it does 经济技术开发区
            if len(head) == 2 and not CITY_RE.fullmatch(head):
                out.add(head + "县开发区")  # 交城县开发区: the county's zone, written with its 县
    pair = _TWO_CITIES_RE.match(key)
    if pair:  # 阜阳合肥现代产业园 -> 阜合现代产业园: a park two cities build, by their first characters
        out.add(pair.group(1)[0] + pair.group(2)[0] + key[pair.end():])
    m = _CLUSTER_SHORT_RE.match(key) or _BASE_SHORT_RE.match(key)
    if m:  # 马寨产业集聚区 -> 马寨集聚区
        out.add(m.group(1) + m.group(2))
    m = _SCIENCE_PARK_PART_RE.match(key)
    if m:  # 橋頭科學園區 -> 橋頭園區: a science park by its place and 园区
        out.add(m.group(1) + m.group(3))
    city, _ = leading_place(key)
    suffix = ENDS_WITH_PARK_RE.search(key)
    if city and suffix and key.startswith(city) and len(key) - len(city) - len(suffix.group()) >= 2 \
            and PARK_SUFFIXES[suffix.group()] not in ZONE_KINDS and suffix.group() not in _MANY_PER_CITY:
        out.add(city + suffix.group())  # 重庆两路寸滩保税港区 -> 重庆保税港区 (not 重庆工业园区: a city has many)
    out.discard(key)
    return out


# park words a city has many of: city + word names its parks together, never one of them by a short form
_MANY_PER_CITY = frozenset(k for k, kind in PARK_SUFFIXES.items() if kind in BUILT_AS_PROJECT_KINDS | {"集聚区"}) \
    | {"综合保税区", "综保区"}  # (海口综合保税区 and 海口空港综合保税区: two zones of one city)
_TWO_CITIES_RE = re.compile(r"(%s)市?(%s)市?(?=[\u4e00-\u9fff]{2,})" % (CITY_RE.pattern, CITY_RE.pattern))
# A cluster zone's name drops 产业 in its short form: X产业集聚区 / X集聚区, X产业集中区 / X集中区.
_ZONE_DOT_DISTRICT_RE = re.compile(r"^(.{2,}(?:%s))·[\u4e00-\u9fff]{1,4}区$" % ZONE_WORDS)
_SCIENCE_PARK_PART_RE = re.compile(r"^([\u4e00-\u9fff]{2})(科学|科學)(园区?|園區?)$")
_CLUSTER_SHORT_RE = re.compile(r"^(.{2,})产业(集聚区|聚集区|集中区|示范园)$")  # (宁夏生态纺织产业示范园 / …示范园区)
_BASE_SHORT_RE = re.compile(r"^(.{2,}?)(?:能源化工|石化产业|石化)(基地)$")  # 宁东能源化工基地 -> 宁东基地


_REGION_BRACKETED_CITY_RE = re.compile(r"^(?:[东西南北中]部|西南|东北|西北|东南|华[东南北中])[(（]([\u4e00-\u9fff]{2,4})[)）]"
                                       r"([\u4e00-\u9fff]{2,})$")


_SCIENCE_PARK_SHORT_RE = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]科园区")


# a city's name and 市 right before a zone's kind, the zone being all the rest (莱阳市开发区, 龙口市经济开发区)
_CITY_BEFORE_ZONE_RE = re.compile(r"^([\u4e00-\u9fff]{2,3})市(?=(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区"
                                  r"|开发区|工业园区?)$)")


@lru_cache(maxsize=8192)
def merge_key(name: str) -> str:
    """Key under which spellings of one park meet: 园区 -> 园, 青岛市X -> 青岛X, 'ABC' punctuation-free."""
    k = norm_key(name)
    city, _ = leading_place(k)
    if city and k[len(city):len(city) + 1] == "市":
        k = city + k[len(city) + 1:]
    elif city is None and (m := _CITY_BEFORE_ZONE_RE.match(k)):
        k = m.group(1) + k[m.end():]  # 莱阳市开发区 = 莱阳开发区: a city the place table lacks, right before the zone's kind
    if k.endswith("园区"):
        k = k[:-1]
    return k


def _after_zone_verb(text: str, start: int, end: int) -> int:
    """在中新食品区/建设/泰国食品产业园: a zone the tagger reads as a name, then a verb, open a clause;
    the park's name starts after the verb."""
    tokens = [t for t in tokens_around(text, start) if start <= t.start and t.end <= end]
    for prev, t in zip(tokens, tokens[1:]):
        if t.tag == "v" and (len(t.word) >= 2 or t.word in _ONE_CHARACTER_BUILD_VERBS) and t.end <= end \
                and prev.tag in ("ORG", "LOC", "nz") and prev.word[-1] in "区园城" and end - t.end >= 2:
            # (赣州开发区/建/飞地工业园; 徐水经济开发区/做大/开发区创新平台: the bare word after the verb; not one
            # character: 斗门区/预制/菜产业园 is a district's park of a trade the tagger splits, 预制菜)
            start = t.end
        elif t.word in _BUILD_VERBS and prev.tag == "LOC":
            start = t.end  # 在格尔木/建设/藏青工业园区: a place, the verb, then the park's name
        elif t.word in _BUILD_VERBS and t.end < end and _zone_before_verbs(tokens, prev):
            start = t.end  # 开发区/规划/建设/羊绒工业园区: the zone builds, the park's name starts after the verbs
        elif t.word in _BUILD_VERBS and prev.tag == "v" and t.end < end:
            start = t.end  # 省政府/提出/建设/济青烟国际招商产业园: a verb of deciding, then the one that builds
    if tokens and tokens[0].start == start and tokens[0].word in _BUILD_VERBS and tokens[0].end < end:
        start = tokens[0].end  # 签订了A项目和建设B产业园项目: a name never starts with the verb that builds it
    approved = None
    for approved in _APPROVAL_RE.finditer(text, start, end):
        pass
    return approved.end() if approved is not None else start  # 省政府批复同意X工业园区扩区: the park is what was approved


_BUILD_VERBS = {"建设", "打造", "建立", "设立", "新建", "筹建", "筹划", "兴建", "规划"}
_ONE_CHARACTER_BUILD_VERBS = {"建", "设", "办"}


def _verb_stem_after_verb(text: str, start: int, head: int) -> bool:
    """True when text[start:head] is one verb (评选) right after a preposition, a verb or an adverb (通过/评选/开发区):
    the clause's verb and its object, the bare kind of park."""
    words = tokens_around(text, max(0, start - 1))
    stem = next((t for t in words if t.start == start and t.end == head), None)
    before = next((t for t in words if t.end == start), None)
    return stem is not None and stem.tag in ("v", "vn") and before is not None and before.tag in ("p", "v", "d", "ad")


def _zone_before_verbs(tokens, prev) -> bool:
    """True when `prev`, or the word before a run of build verbs ending at `prev`, is a zone word or a zone
    the tagger reads as a noun (开发区/规划/建设, 园区/建设): the zone is the clause's subject."""
    k = tokens.index(prev)
    while k > 0 and tokens[k].word in _BUILD_VERBS:
        k -= 1
    t = tokens[k]
    return t.word not in _BUILD_VERBS and t.tag in ("n", "nz", "vn", "LOC", "ORG") and t.word[-1] in "区园城" \
        and len(t.word) >= 2


_APPROVAL_RE = re.compile(r"批复同意|同意|批准|批复")


def _city_shi(name: str) -> bool:
    """True when the name writes 市 after its leading city (郑州市高新区)."""
    k = norm_key(name)
    city, _ = leading_place(k)
    return bool(city) and k[len(city):len(city) + 1] == "市"


# A rank written before a zone's name: 国家级望城经济技术开发区, 省级…, 自治区级日喀则经济开发区
RANKS = ("国家级", "省级", "自治区级")
_RANK_RE = re.compile("(?:%s)" % "|".join(RANKS))
_PARK_THEN_COPULA_RE = re.compile(r"(?:%s)(?:为|是|系)" % PARK_WORDS)
_INNER_RANK_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:国家级|省级)$")
_INNER_NATIONAL_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})国家$")
# A figure or a verb of intent inside the words before a park suffix means a clause ran into it.
# 东部产业园区, 中西部地区: the parks of a region of the country, no one park
_REGION_OF_COUNTRY_RE = re.compile(r"(?:东|西|南|北|中|中西|东北|西北|西南|东南|东中西)部")


def _compares_regions(doc: Doc, start: int) -> bool:
    """True when the sentence names two regions of the country (东部…中西部): their parks, compared (南部科學園區
    alone is a park's name)."""
    sent = doc.sentence_at(start)
    return len(_REGION_OF_COUNTRY_RE.findall(doc.text, sent.start, sent.end)) >= 2


_NOT_A_NAME_RE = re.compile(r"\d+(?:\.\d+)?\s*[亿万千百]|[千百万]亿级?|(?<!\d)[千百万]亩|千万元|最(?:佳|具|美|强|大|[东南西北])|首个|高标准|世界级|一流|[拟将]投|投建|(?<=[区市县])以|拟(?:在|于|建|新建|设|打造)")


_DIVIDED_INTO_RE = re.compile(r"(?:划分为|分为|分成)(?=[\u4e00-\u9fff]{2})")
_PARTS_VERB_RE = re.compile(PARTS_VERB + r"(?=[\u4e00-\u9fff]{2})")  # (分A和B: the verb, then a name)
# a firm's legal form inside the words before a park's suffix: the park's name starts after it
_FIRM_IN_STEM_RE = re.compile(r"有限责任公司|股份有限公司|有限公司")


def _split_place(stem: str) -> tuple[str | None, str]:
    """The place a stem opens with, if any, and the stem after it (青岛市新兴产业: 青岛, 新兴产业)."""
    city, _ = leading_place(stem)
    return city, (stem[len(city):].lstrip("市") if city else stem)


# 小微企业园, 小微园, 小微工业园, 小微企业创业园: a park for small and micro firms, a class a city or county builds
_SMALL_FIRMS_PARK_RE = re.compile(r"小微(?:企业)?(?:工业|创业)?园")
_TOWN_END_RE = re.compile(r"(?:镇|乡|街道|村|社区)$")


def _small_firms_class(before: str) -> bool:
    """True when what stands before 小微…园 is only a city or county, a description, or nothing: the class, not
    one park (a town's park or one with a name of its own is one)."""
    place, rest = _split_place(before)
    rest = re.sub(r"^(?:[\u4e00-\u9fff]{1,3}[市县区])+", "", rest) if place is None else rest
    if _TOWN_END_RE.search(before):
        return False
    return not rest or is_generic_stem(rest) or bool(re.search(r"(?:类|级|建设|新增|新建|在建|投运)$", rest))


# what shows a new town is run as a park: a committee of its own (沣东新城党委委员、管委会副主任)
_NEW_TOWN_BODY_RE = re.compile(r"(?:党工委|管委会|管理委员会|党委)")


# a trade's 'valley' word followed, with no break, by more of a name and a park word: one park's name
_VALLEY_IN_LONGER_NAME_RE = re.compile(f"[\u4e00-\u9fff]{{0,12}}?(?:{PARK_WORDS})")


def _candidates(doc: Doc) -> list[_Cand]:
    text = doc.text
    out: list[_Cand] = []
    for m in SUFFIX_RE.finditer(text):
        s, e = m.start(), m.end()
        if m.group() == "合作创新区" and not any(t.end == s and t.tag == "LOC" for t in tokens_around(text, s - 1)):
            continue  # 新型经营主体合作创新区: what an area is to be; 大连太平湾合作创新区: a zone, a place right before it
        if m.group().endswith("区") and text[e:e + 1] == "域":
            continue  # 淮海经济区域协同发展: a region (区域), no park word
        if m.group() in VALLEY_WORDS and _VALLEY_IN_LONGER_NAME_RE.match(text, e):
            continue  # 海口药谷工业园, 深圳国际生物谷生命科学产业园: the valley is the brand of the park named on
        ext = _EXT_RE.match(text, e)
        if ext and m.group() in ("开发区", "经济技术开发区", "高新区", "经济开发区"):
            e = ext.end()
        model = _CENTRE_MODEL_RE.match(text, e) if m.group() == "保税物流中心" else None
        if model:
            e = model.end()  # 内江保税物流中心(B型): the centre's model is part of its name
        part = _FTZ_PART_RE.match(text, e)
        if m.group() == "自贸区" and not part:
            continue  # 上海自贸区, 中国—东盟自贸区: the press's word for a free trade zone, or a trade agreement; a park
            # only as the short form of a zone's part (黑龙江自贸区黑河片区)
        if part and (m.group() in _FTZ_WORDS or (m.group().endswith("经济区") and CITY_RE.match(text, e))):
            e = part.end()  # 云南自贸试验区昆明片区, X临空经济区廊坊片区: the zone's part in one city, named with the zone
        start = name_start(text, s)
        br = max(text.rfind("(", start, s), text.rfind("（", start, s))
        if br > start:
            # 电(王婷婷)西部(重庆)科学城: a bracket closed before the place's bracket ends what came before it (a
            # reporter's name after a dateline); 专家学者共同见证西部(重庆)科学城: so does a verb there
            closed = max(text.rfind(")", start, br), text.rfind("）", start, br))
            if closed >= 0:
                start = closed + 1
            verbs = [t.end for t in tokens_around(text, start) if start <= t.start and t.end <= br and t.tag == "v"]
            if verbs and br - max(verbs) >= 2:
                start = max(verbs)
        if text[start:start + 1] in "(（" and re.search(r"中国[ \u3000]$", text[max(0, start - 3):start]):
            start -= 3  # 中国 (南京)软件谷: the country, spaced off the bracketed place, opens the name
        parts = _PARTS_VERB_RE.match(text, start, s) if text[start - 1:start] in "，,：:" else None
        if parts and not CITY_RE.match(text, start):
            start = parts.end()  # …总规划面积3.8平方公里,分建材…加工园区和…: the verb that divides a park into parts
        divided = _DIVIDED_INTO_RE.search(text, start, s)
        if divided:
            # 园区分为高新区板块和广清产业园(清城片区)板块: the parts a park is divided into, the last after its conjunction
            start = max([divided.end()] + [text.rfind(c, divided.end(), s) + 1 for c in "和及与、"])
        opened = max(text.rfind("“", max(0, s - 20), s), text.rfind("「", max(0, s - 20), s))
        if text[e:e + 1] in "”」" and opened >= 0 and opened + 1 < start \
                and not re.search(r"[“”「」，,。；;、]", text[opened + 1:s]):
            start = opened + 1  # 设置之「和發產業園區」, 入驻“粤澳合作产业园”: the quoted words are the whole name
        # (广西凭祥—越南同登跨境经济合作区: a county after its province)
        # (嘉善—庆元—九寨沟“飞地”产业园: three places, each joined by a dash)
        for _ in range(3):
            pair = _PAIRED_PLACE_RE.search(text[max(0, start - 8):start])
            place = 0 if pair else _place_before_dash(text, start - 1)  # (落户奎屯-独山子经济技术开发区)
            size = len(pair.group()) if pair else place + 1 if place else 0
            if not (size and re.match(r"[\u4e00-\u9fff]{2}", text[start:s])):
                break
            start -= size
            if text[start - 2:start] == "中国" and any(text.startswith(c, start + size) for c in COUNTRIES):
                start -= 2  # 中国百色-越南高平边境经济合作区: the two countries' places, each after its country
                break
        if "—" in text[start:s]:
            zone = next((c for c in reversed(out) if c.kind in ZONE_KINDS and c.end == start), None)
            if zone is not None:
                start = zone.start  # …经济技术开发区淄山—河滨化工区: the zone's part, named with the zone
        clause_start, start = start, _after_zone_verb(text, start, s)
        closed = max(text.rfind("”", start, s), text.rfind("」", start, s))
        if closed >= 0 and text[start] == "“" and closed - start <= 7 and "“" not in text[start + 1:closed]:
            closed = -1  # “两湾”产业融合发展先行试验区: a short quoted label opens the name
        label = text.rfind("“", start, closed) if closed == s - 1 else -1
        if start < label and closed - label <= 5 and "—" in text[start:closed]:
            closed = -1  # 嘉善—庆元—九寨沟“飞地”产业园: places a dash joins, then a short quoted label of the park's kind
        if closed >= 0:  # “…配套工程”“兵团草湖产业园: a quoted name ends before this one starts
            start = closed + 1
            while start < s and text[start] in "“「 \u3000":
                start += 1
        stem = text[start:s]
        joined = None
        for joined in re.finditer(r"(?:%s)(?:[一二三四五六七八九十]期)?(?:和|及|与|以及)" % SUFFIX_RE.pattern, stem):
            pass
        if joined is not None:  # 动漫衍生产业园二期和生物医药产业园: two parks joined, this one starts after 和
            start += joined.end()
            stem = text[start:s]
        # 楠梓及台中潭子科技产业园区: two places joined, then their parks' shared kind; this park is the second place's
        # (the first place's park is read only where the text writes it in full: 楠梓科技产业园区)
        placed = re.search(r"^[\u4e00-\u9fff]{2,4}(?:及|和|与|以及)(?=%s)" % CITY_RE.pattern, stem)
        if placed is not None and not SUFFIX_RE.search(placed.group()) and not CITY_RE.fullmatch(placed.group()[:-1]):
            start += placed.end()
            stem = text[start:s]
        if PARK_SUFFIXES.get(m.group()) in ZONE_KINDS:
            inner = None
            for inner in re.finditer(ZONE_WORDS, stem):
                pass
            if inner is not None and CITY_RE.match(stem, inner.end()) and len(stem) - inner.end() >= 2:
                start += inner.end()  # 咸宁高新区黄冈高新区晋升国家级: two zones written one after the other
                stem = text[start:s]
        made = None
        for made in _MADE_INTO_RE.finditer(stem):
            pass
        if made is not None:
            continue  # 将原X砖厂共同开发为集约化工业园区: what a place is made into, a description, not a park's name
        designated = None
        for designated in _DESIGNATED_IN_STEM_RE.finditer(stem):
            pass
        if designated is not None and is_generic_stem(stem[designated.end():]):
            continue  # 国家发改委核准为省级工业园区, X工业园区获省级高新区“三连冠”: the class a park was made or won
        if m.group() == "项目区" and (len(stem) > 4 or re.search(r"(?:建设|工程|产业)$", stem)) and not CITY_RE.match(stem) \
                and "走廊" not in stem:
            continue  # X建设项目区 where a ceremony is held: one project's site, no park (杏山项目区, 大庆项目区: parks)
        if _TITLES_AFTER_RE.match(text, e):
            continue  # 获得国家级双创示范基地、收获国家知识产权示范园区…等多块国字号招牌: titles a zone holds, no parks
        if _BUILT_CONTENT_BEFORE_RE.search(text, max(0, start - 60), start) and not CITY_RE.match(text, start):
            continue  # 该项目主要建设…研究院、精细化工中间体产业园区、植保产业园区: what a project builds, not a park
        if _DESCRIBED_BEFORE_RE.search(text, max(0, start - 16), start) or re.search(r"定位(?:为|是|于)", text[start:s]):
            continue  # 全国最大的单体动漫游戏产业园, 集…于一体的创新型科技产业园, 定位为：X示范区: what a park is said to be
        if m.group() in ("专业园区", "专业园") and (is_generic_stem(_split_place(text[start:s])[1]) or any(
                is_generic_stem(text[k:s]) for k in range(start + 1, s - 3))):  # (X新兴产业专业园区: a class however placed)
            continue  # 青岛新兴产业专业园区: the parks of a class a city lays out, no one park (箱包专业园: a trade's)
        small = _SMALL_FIRMS_PARK_RE.search(text, start, e)
        if small is not None and _small_firms_class(text[start:small.start()]):
            continue  # 安吉县小微企业园, 制造类小微园, 新增小微工业园52个: the class a city or county builds, no one park
            # (南浔镇小微园, 越溪小微企业园, 乐清智能电气小微园: a town's, or one with a name of its own)
        if m.group() in ("分园", "分园区") and not _branch_place_before(text, start, s, e):
            continue  # 希望分园, 相信分园: a branch is named by the place it stands in (X科学园深圳分园, 宿迁分园)
        intro = None
        for intro in _LIST_INTRO_IN_STEM_RE.finditer(stem):
            pass
        if intro is not None and len(stem) - intro.end() >= 2:  # 建设项目含X产业园: the list starts after 含
            start += intro.end()
            stem = text[start:s]
        firm = None
        for firm in _FIRM_IN_STEM_RE.finditer(stem):
            pass
        if firm is not None and len(stem) - firm.end() >= 2:  # X有限公司兰州新区防水…基地项目: the firm, then the park
            start += firm.end()
            stem = text[start:s]
        # a place that starts inside the window (中国移动青岛高新区 -> 青岛高新区; 中国宜兴…工业园 is the park's own name)
        pm = CITY_RE.search(stem)
        if pm and pm.start() > 0 and "(" not in stem[:pm.start()] and "（" not in stem[:pm.start()] \
                and stem[pm.start() - 1] not in "·—―－-":
            before = stem[:pm.start()]
            if (not re.search(r"(省|自治区)$", before) or re.search(r"[我本全](?:省|自治区)$", text[max(0, start - 1):start + pm.start()])) \
                    and not CITY_RE.fullmatch(before) and before != "中国" \
                    and not _BILATERAL_RE.match(before) \
                    and not (tagged_place(text, start, start + pm.start()) and not re.search(r"[区县镇市省]$", before)) \
                    and not (m.group() in ("分园", "分园区") and ENDS_WITH_PARK_RE.search(before)) \
                    and not any(t.tag == "LOC" and t.start <= start < start + pm.start() < t.end
                                for t in tokens_around(text, start)):  # (X科学园深圳分园: the parent's)
                # (中堂北海现代化产业园: the tagger reads the town and the village, 中堂北海, as one place, not the city 北海)
                start += pm.start()
                stem = text[start:s]
        # 前往芜湖参加芜湖江北新区…: a city, a verb, then the park's name opening with a place
        lead = CITY_RE.match(stem)
        again = CITY_RE.search(stem, lead.end()) if lead else None
        if again is not None and again.start() > lead.end() and again.start() - lead.end() <= 3:
            words = [w for w in tokens_around(text, start + lead.end())
                     if start + lead.end() <= w.start and w.end <= start + again.start()]
            if words and words[0].start == start + lead.end() and words[-1].end == start + again.start() \
                    and all(w.tag == "v" for w in words):
                start += again.start()
                stem = text[start:s]
        # 边境经济合作区俄蜜源蜂业产业园区: a bare zone word, then a park of the zone with its own name
        if text.startswith("来", start) and text[start - 1:start] == "年":
            start += 1  # 今年来海沧保税港区…: 年来 is 'since', not the name's first character
            stem = text[start:s]
        if text[start - 4:start] == "工业走廊" and CITY_RE.match(text, start):
            corridor = next((c for c in reversed(out) if c.end == start), None)
            if corridor is not None:
                start = corridor.start  # 哈大齐工业走廊大庆项目区: a corridor's part in one city, named with the corridor
                stem = text[start:s]
        start = _past_conjunction(text, start, s)  # (“十连冠”和优秀省级高新区)
        stem = text[start:s]
        if _PROJECT_INSIDE_STEM_RE.search(stem):
            continue  # X产业园项目定位发展新型…产业园区, X产业园区一期项目工业物流园: a project's name, then what it is or
            # builds; no park's name runs across a project (X项目区, X重点项目集聚区 end the stem with the word)
        if m.group() == "产业区" and (not (PLACE_PREFIX_RE.match(stem) or _SITED_AREA_RE.match(stem)) or "及" in stem):
            continue  # 电力产业区, 有色金属冶炼产业区: an area of a park named by its trade; a park of the kind is named by
            # its place or where it lies (宁波象山产业区, 滨州临港产业区, 临空产业区, 北部产业区)
        if _RANKED_AMONG_AFTER_RE.match(text, e) and text[start - 1:start] == "在":
            continue  # 综合实力在重庆市特色工业园区中位列前茅: the parks of a kind a ranking is among, a class; no name
        if _TITLE_STEM_RE.fullmatch(stem):
            continue  # 辽宁省十佳省级经济开发区, 河南省十强产业集聚区: a title zones win, a class; no park's name
        if _COUNTED_CLASS_END_RE.search(stem):
            continue  # …在合肥经济运行综合考核中位列四大开发区第二位: the four zones a ranking counts, a class; no name
        conj = _CONJUNCTION_END_RE.search(stem)
        if conj and PLACE_PREFIX_RE.fullmatch(stem[:conj.start()]):
            continue  # 苏州及高新区, 杭州及其经济技术开发区: a place and its zone, the zone's kind alone after the conjunction;
            # no name (the zone is the place's, written in full elsewhere)
        rank = _RANK_RE.match(stem)
        if rank and len(stem) - rank.end() >= 2:
            start += rank.end()  # 国家级望城经济技术开发区: the zone's rank, not its name
            start = _past_conjunction(text, start, s)  # (培育国家级和优秀高新区: two ranks or qualities joined)
            stem = text[start:s]
        bare_zone = re.match(f"(?:{ZONE_WORDS})", stem)
        if bare_zone and len(stem) - bare_zone.end() >= 2:
            start += bare_zone.end()
            stem = text[start:s]
        elif bare_zone and bare_zone.end() == len(stem) and PARK_SUFFIXES[m.group()] == "综合保税区":
            continue  # 经开区保税物流中心: the zone's bonded centre, named by no name of its own (the zone's is elsewhere)
        area = _NEW_AREA_BEFORE_RE.match(stem)
        area_form = None
        if area and not is_generic_stem(stem[area.end():]):
            # 柳东新区中欧产业园: the new area it stands in, then the park's own name (the full form an alias)
            area_form = text[start:e]
            start += area.end()
            stem = text[start:s]
        town = None
        for town in _TOWN_IN_STEM_RE.finditer(stem):
            pass
        if town is not None and town.start() >= 2 and len(stem) - town.end() >= 2 \
                and not is_generic_stem(stem[town.end():]):
            # 福安市溪尾镇下邳工业区: the town it lies in, then the park's own name (the full form an alias)
            area_form = area_form or text[start:e]
            start += town.end()
            stem = text[start:s]
        body = _BODY_IN_STEM_RE.match(stem)
        if body and len(stem) - body.end() <= 2:
            # 經濟部加工出口區管理處, 科技部科學工業園區審議委員會: the ministry that runs parks of a kind is no part of
            # a park's name (what is left is the kind, or nothing)
            start += body.end()
            stem = text[start:s]
        district = _DISTRICT_IN_STEM_RE.match(stem)
        if district and 2 <= len(stem) - district.end() <= 4 and not is_generic_stem(stem[district.end():]) \
                and (PARK_SUFFIXES[m.group()] in ZONE_KINDS
                     or (PARK_SUFFIXES[m.group()] == "工业园" and _one_place(text, start + district.end(), e))) \
                and leading_place(stem)[0] is None and tagged_place(text, start, start + district.end()):
            # 芗城区金峰开发区, 镇远县黔东工业园区: the district it lies in, then the zone's own name (the full form an
            # alias; an industrial park only when the tagger reads the rest as one place, not 旬阳县生态工业集中区)
            area_form = area_form or text[start:e]
            start += district.end()
            stem = text[start:s]
        if text[start:start + 1] in "市县区" and text[start - 1:start] in ("我", "本", "该") and s - start >= 3:
            start += 1  # 我市新泰经济开发区: 'our city', then the zone's own name (该县X工业园: 'the county')
            stem = text[start:s]
        if text[start:start + 1] == "原" and s - start >= 3 and word_tag(text, start, start + 1) is not None \
                and not leading_place(text[start:s])[0]:
            start += 1  # 原凯里经济开发区: the zone as it was called, 'former' is no part of its name (原平…: a city)
            stem = text[start:s]
        inner = next((c for c in reversed(out) if c.kind and c.start < start < c.end <= s), None)
        if inner is not None:  # 新疆塔城重点开发开放试验区先行发展区: the zone's part, named with the zone it cut into
            start = inner.start
            stem = text[start:s]
        copula = None
        for copula in _PARK_THEN_COPULA_RE.finditer(text, start, s):
            pass
        if copula is not None:
            start = copula.end()  # 大庆高新区为国家级高新区: what the park named first is, no longer name
            stem = text[start:s]
        dot = None
        for dot in re.finditer(r"[·・⋅‧∙]", text[start:s]):
            pass
        if dot is not None and (PARK_SUFFIXES[m.group()] in ZONE_KINDS or m.group().endswith("新区")) \
                and CITY_RE.match(text, start + dot.end()):
            start += dot.end()  # 北京⋅沧州渤海新区生物医药产业园: the zone is 沧州渤海新区; the place before the dot is the park's
            stem = text[start:s]
        if text[start:start + 1] == "含" and text[start - 1:start] in "(（，,、" and s - start >= 3:
            start += 1  # (含凭祥综合保税区1.01平方公里): 'including', then the park's name
            stem = text[start:s]
        written = strip_quotes(text[start:e])
        name = strip_quotes(strip_province(text[start:e]))
        twice = CITY_RE.match(name)
        if twice and name.startswith(twice.group(), twice.end()):  # 安徽合肥合肥高新…: the city written twice
            name, written = name[twice.end():], written.replace(twice.group() * 2, twice.group(), 1)
        province = written[:-len(name)] if written != name and written.endswith(name) else ""
        start = e - len(name) if text[start:e].endswith(name) else start
        if len(name) > 32 or len(name) <= len(m.group()):
            out.append(_Cand(name=name, kind="", start=start, end=e))  # bare generic: kept only for alias lookup
            continue
        if re.match(r"(?:最|不同|各个|各类)", name):
            continue  # 坐落于X经开区不同园区, 最高效经开区: which parks, described, not a name
        stem = name[: len(name) - (e - s)] if e == m.end() else name[: name.rfind(m.group())]
        ranked = None
        inner_rank = _INNER_RANK_RE.search(stem) or (
            (nat := _INNER_NATIONAL_RE.search(stem)) and name[:nat.start()] + name[nat.end():] in text and nat)
        # (海口国家高新区 where the text also writes 海口高新区: one zone, the 国家 of its rank left out)
        if not inner_rank:
            lead, _ = leading_place(stem)
            nat = re.compile("国家").match(stem, len(lead)) if lead else None
            if nat and len(stem) - nat.end() >= 2 and name[:nat.start()] + name[nat.end():] in text:
                inner_rank = nat  # 厦门国家火炬高新区 where the text also writes 厦门火炬高新区
        if inner_rank and e == m.end() and PARK_SUFFIXES[m.group()] in ZONE_KINDS:
            # 曹妃甸国家级经济技术开发区: the rank is no part of the zone's name (the form written is an alias)
            ranked, name = name, name[:inner_rank.start()] + name[inner_rank.end():]
            stem = stem[:inner_rank.start()]
        city, rest = _split_place(stem)
        place_ok = city is not None or (stem.startswith("中国") and leading_place(stem[2:])[0] is not None
                                        and re.search(r"[—―－-]", stem) is not None) \
            or _BILATERAL_DOT_RE.match(stem) is not None \
            or bool((dashed := _PLACE_THEN_DASH_RE.match(stem)) and tagged_place(text, start, start + dashed.end())) \
            or bool((held := _REGION_CITY_BRACKET_RE.match(stem)) and (
                held.group(1) in PLACES or tagged_place(text, start + held.start(1), start + held.end(1))))
        # (长三角(湖州)产业合作区: a region, then the city that holds the zone in brackets)
        # (中国百色-越南高平…; 中埃·泰达苏伊士经贸合作区; 奎屯-独山子…: a place the tagger reads, then a dash)
        kind = PARK_SUFFIXES[m.group()]
        if re.search(r"各$", stem):
            continue  # 旨在系统反映各综合保税区建设进展: every park of a kind, no one park
        if len(stem) >= 3 and stem[-1] == "及" and m.group() in BARE_PARK_WORDS.split("|"):
            continue  # 管委会副主任赵红斌及开发区招商局: a bare kind joined to who comes before, no park's name
        unit = stem[:1] if stem[:1] in ("县", "市") and (len(stem) == 1 or is_generic_stem(stem[1:])) else ""
        if unit and e == m.end() and _OWN_UNIT_PARK_RE.match(text, max(0, start - 1)) and (place := territory_of(text, unit)):
            # 鹿邑县在县产业集聚区举行…, 。县工业园…: the county's (the city's) own park, written with the bare unit
            # for the place the article is about; named with that place
            out.append(_Cand(name=place + text[start:e], kind=kind, start=start, end=e, place_ok=True,
                             aliases=[text[start:e]]))  # (the form written, so a name after it is cut there)
            continue
        if preceded_by_count(text, start) or (start > 0 and text[start - 1] in "这那该此本其各每一两几个首") \
                or (city and rest in ("一", "某", "一个", "一家")):
            continue  # (九江一工业园区: 'a park of 九江', counted, not named)
        if len(stem) < 2 or re.match(r"[个家座所]", stem) \
                or re.search(r"(?:\d+|[一二两三四五六七八九十]+)[个家座所位名处单]|全(?:省|市|国|县)|多个|若干|各个", stem):
            continue  # (前30位产业集聚区: parks of a ranking, counted)
        if _LIST_THEN_COUNT_RE.search(stem):
            continue  # 钟表产业园、小机电产业园2大特色产业园: a list's parks, then their count and kind; no park of its own
        if re.search(r"我国|我省|我市|新时代", stem) or re.match(r"(?:\d+|[两二三四五六七八九十]+)[类代]", stem):
            continue  # 新时代我国产业园区, 两类国家级产业园区, 最高效经开区, 不同园区: a country's, kinds, descriptions; no name
        if re.search(r"(?:省|市|国家)?级(?:及|或)?以上$", stem):
            continue  # 湖南省级以上产业园区: the parks of a level and above, a class (find_territory_groups), not one park
        if _AREA_RE.search(stem):
            continue  # 规划17.65平方公里高新技术产业园: a park described by its size, not named
        if word_tag(text, start, s) in ("a", "ad") or _adjective_then_class(text, start, s):
            continue  # 优秀经开区的排名: an adjective before a park word describes parks, it names none
            # (优秀省级高新区“三连冠”: an adjective, then a rank)
        if _verb_before_generic(text, start, s):
            continue  # 占产业集聚区工业的比重: a verb, then a park word that names no park
        if re.search(r"[+＋]", stem):
            continue  # “自贸港+综保区”叠加效应: a slogan joining two kinds, not a park
        if _POLICY_VERB_RE.fullmatch(rest or ""):
            continue  # 江西省促进开发区改革…: a policy verb and its object, not a park (青岛远望产业园: a name)
        if _NOT_A_NAME_RE.search(text, clause_start, s) or (
                _REGION_OF_COUNTRY_RE.fullmatch(stem) and m.group() in ("产业园区", "产业园", "工业园区", "开发区")
                and _compares_regions(doc, start)):
            continue  # 科达新材拟25亿元投建电子材料产业园, 湘江新区以产业园区: a headline or clause, not a name
        if _clause_in_stem(text, start, s) or _PLACE_THEN_CLAUSE_VERB_RE.fullmatch(stem) \
                or (_PLACE_THEN_BUILD_RE.match(stem) and _AT_PLACE_BEFORE_RE.search(text, max(0, start - 4), start)):
            continue  # 邢台市全面落实开发区, 湛江市召开产业园区, 正以特色产业园: a clause ran into a park word, no name
            # (X投资40亿元在河南焦作建设氢能产业园: where a firm builds what, no park of the place)
        if _REGION_STEM_RE.match(stem) or _COMPANY_AFTER_RE.match(text, e):
            continue
        if city is None and len(stem) == 2 and s - start == 2 and m.group() in ("开发区", "高新区", "经开区", "园区") \
                and _verb_stem_after_verb(text, start, s):
            continue  # 通过/评选/开发区“10强20户”企业: a verb whose object is the bare zone, no park's name
        if kind in ("先行区", "示范区", "先导区") and city is None and not place_ok \
                and _common_words(text, start, s) \
                and any(t.end == start and t.tag in ("v", "vn") for t in tokens_around(text, max(0, start - 1))):
            continue  # 提升供给体系质量先行区: what a verb is to build, common words and a kind, no park's name
        if kind in ("先行区", "示范区", "先导区") and ((city is None and not place_ok) or (city and not rest)) \
                and any(t.start == (start if not city else start - 2) and t.tag == "v" and t.end - t.start >= 2
                        for t in tokens_around(text, max(0, start - 2))):
            continue  # 向西开放的重要战略平台和承接产业转移示范区: what the area serves as, a verb and its object; no name
            # (全面接轨上海示范区建设: a verb, a city and the kind, a programme's name)
        if kind in ("先行区", "示范区", "先导区") and city is None and not place_ok and _slogan_list(text, start, e):
            continue  # 加快建设腾笼换鸟示范区、人才集聚示范区、…高效服务示范区: what a verb is to build, a list of goals
        if kind == "功能区" and (not place_ok or (start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff" and any(
                t.end == start and t.tag in ("n", "nz", "ns", "LOC", "ORG") for t in tokens_around(text, start - 1)))):
            continue  # 城市功能区, 主体功能区, 特殊经济功能区: a planning word; a functional zone is a park only where a
            # place names it (扬州市邗江区北洲功能区, 福州新区福清功能区)
        if m.group() == "经济区" and (_LAND_REGION_STEM_RE.search(stem) or rest in ("", "省")):
            continue  # 中原经济区, 成都平原经济区, 鄱阳湖生态经济区, 天水经济区: a planning region of land, not a park
        if _ONE_OF_CLASS_AFTER_RE.match(text, e) and text[start - 1:start] in ("是", "为"):
            continue  # X是重庆特色工业园区的代表之一: a class of parks X is one of, not a park
        if _SECURITIES_FUND_AFTER_RE.match(text, e):
            continue  # X东久新经济产业园封闭式基础设施证券投资基金, X产业园REIT: a fund named after its assets
        macro = _MACRO_REGION_RE.match(stem)
        region_end = macro.end() + (2 if macro and stem.startswith("地区", macro.end()) else 0) if macro else 0
        if macro and (is_generic_stem(stem[macro.end():]) or _common_words(text, start + region_end, start + len(stem))):
            continue  # 加快建设粤港澳大湾区工业科技新城: a region's kind of place, a goal, not a park (长三角地区产城融合
            # 发展示范区: a title made of common words)
        if CITY_SHI_RE.fullmatch(stem) and _city_parks_together(m.group(), text):
            continue  # 岳阳市产业园区签约工业项目41个: the city's parks together (find_territory_groups), not one park;
            # so is 上饶市工业园区 where the story goes on about 全市工业园区
        if kind == "化工园" and ENDS_WITH_ZONE_RE.search(stem) \
                and not (text[start - 1:start] == "、" or text[e:e + 1] == "、"):
            continue  # 滨江经济开发区化工园区: the zone's chemical area, not a park of its own (an item of a list of
            # chemical parks, …、X经济开发区化工园区、…, is one: the list names it as a park)
        if stem.strip("“”\"") in COUNTRIES and kind == "经济特区":
            continue  # 柬埔寨“经济特区”: a country's special zones, a class, not one park (新加坡科技园 is one)
        if stem.rstrip("省") in _PROVINCE_ONLY and kind != "自贸区":
            continue  # 江西开发区, 全省开发区: a province's parks as a class, not one park (a province has one free-trade
            # zone: 湖南自贸试验区 is one)
        if kind == "产业基地" and (not (place_ok or stem.startswith("国家")) or _in_title(text, start, e)
                                  or _GOAL_BEFORE_RE.search(text, max(0, start - 5), start)
                                  or _PROJECTS_COUNTED_AFTER_RE.match(text, e)):
            continue  # 格力电器西南产业基地, 打造船舶动力产业基地: a firm's plant or a goal; a base is a park only where
            # a place or the state names it (宁波集成电路装备及模组产业基地, 国家动漫游戏原创产业基地), and not as an item
            # of projects counted (…、广州电缆转型升级产业基地等46个重大项目)
        if not place_ok and _GOAL_BEFORE_RE.search(text, max(0, start - 5), start) and not text.startswith("内", e) \
                and not (text.startswith("、", e) and not is_generic_stem(rest) and _next_item_is_park(text, e + 1)):
            continue  # 将用5年建成宜居宜业宜创示范园区: what a place is to become, not a park (成为X产业园内…示范园区:
            # X is where it stands)
            # (打造中日生态科技产业园、徐圩石化产业基地…等特色产业园区: the parks it builds, named in a list of parks)
        if kind in ("先行区", "示范区", "先导区") and city and rest and _GOAL_BEFORE_RE.search(text, max(0, start - 5), start) \
                and _common_words(text, s - len(rest), s):
            continue  # 打造浙江制造业高质量发展示范区: what a place is to become, common words after the place, no park
        if _BATCH_ORDINAL_RE.search(stem) or _REGION_CLASS_STEM_RE.search(stem) or _PLACE_THEN_CLAUSE_RE.search(stem):
            continue  # 山东公布第四批化工园区, 第二批省级开发区: a batch of parks a list names, not one park; 沿边地区国家级
            # 开发区: the parks of a region, a class; 咸阳市创建省级高新区, 安顺市各开发区: a clause about a place's parks
        if city and rest and any(t.start == start + len(stem) - len(rest) and t.end - t.start == 1 and t.tag in ("v", "p")
                                 for t in tokens_around(text, start + len(stem) - len(rest))):
            continue  # 此次梅州获省产业园扩能增效扶持资金: a place, then a verb; a clause, not a name
        if re.search(r"\d{4}年", stem) or (m.group() == "新区" and ENDS_WITH_ZONE_RE.search(stem)):
            continue  # X经济开发区自2017年迁址新区, X经济开发区新区: the zone's new part, not a park of its own
        if not place_ok and ((_AS_A_RE.search(text, max(0, start - 16), start)
                              and not _ITS_TRADE_AFTER_RE.match(text, e))
                             or re.search(f"(?:{PARK_WORDS})[:：]$", text[max(0, start - 20):start])):
            continue  # 成都高新区作为全国知名的IT产业优势聚集区, 成都高新区：西部…聚集区: what the park is known as
            # (制冷作为民权高新区主导产业: the park's own trade, the park named as its holder)
        if text[start - 1:start] in "“\"" and _PROJECT_NAMED_BEFORE_RE.search(text, max(0, start - 12), start - 1):
            continue  # 项目名称暂定为“太阳鸟麓谷工业园”: a project's name, not a park
        if re.search(r"[—–\-－]$", stem):
            continue  # “苗圃—众创空间—孵化器—产业园”阶梯式孵化体系: the last stage of a chain, the bare word after a dash
        if text[start - 1:start] in "“\"" and _TITLE_AFTER_RE.match(text, e):
            continue  # 获得“郑州市五强产业集聚区”等荣誉称号: a title, not a park
        quote = re.search(r"[“\"][\u4e00-\u9fff]{0,4}$", text[max(0, start - 5):start])  # (“河南省二星级…: the quote, then
        quote_at = start - len(quote.group()) + 1 if quote else start  # the province, then the name the rule kept)
        if text[quote_at - 1:quote_at] in "“\"" and _TITLES_GIVEN_BEFORE_RE.search(text, max(0, quote_at - 120), quote_at):
            continue  # 先后被授予广东省“环境友好贡献奖”、“化工产业集群升级示范区”: a title given to the park, not a park
        if _TITLES_LISTED_BEFORE_RE.search(text, max(0, start - 200), start):
            continue  # 先后被评为国家外贸转型升级基地、…、自治区承接产业转移示范区、…和自治区党建工作示范园区等: titles
        if text[start - 1:start] in "“\"" and re.search(r"[\u4e00-\u9fff]{2}的[\u4e00-\u9fff]{2}", text[start:e]):
            continue  # 打造“具有全球影响力的卓越科创园区”, 从“承担三废转移的传统工业园区”到…: a park described in quotes, no name
        if text[start - 1:start] in "“\"" and re.match(r"[”\"][(（]\d{4}年", text[e:e + 7]):
            continue  # “全省二星级产业集聚区”(2015年)、“南阳市两强产业集聚区”(2012年): titles a zone won, each with its year
        if (not place_ok or is_generic_stem(rest)) and _in_title(text, start, e):
            continue  # 《关于深化经济开发区体制机制改革的意见》, 《重庆市数字文化产业园区(基地)创建管理办法》: a document's
            # title, not a park (a place's parks of a kind, which such a title governs, are no park either)
        quoted = text[start - 1:start] in "“\"" and text[e:e + 1] in "”\""
        part = _PART_OF_PROJECT_RE.match(text, e + 1 if quoted else e)  # (“X产业园”项目: a project so named)
        if part and part.group() == "项目" and (_COUNT_RE.match(text, part.end())
                                               or _PROJECT_MEETING_RE.match(text, part.end())):
            part = None  # 广梅产业园项目13个: the park's projects, counted; X试验区项目推介会: a meeting for them
        if part and part.group() == "项目" and PARK_SUFFIXES.get(m.group()) in ZONE_KINDS \
                and _ZONE_PROJECTS_WORK_RE.match(text, part.end()):
            part = None  # 漳州开发区项目建设热潮涌动: the zone's projects being built, in general; the zone is named
        phases = _PHASES_RE.match(text, e)
        if part and phases and "、" in phases.group():
            part = None  # 机器人产业港一期、二期累计签约…企业: the park's phases, as the park
        if part and part.group().endswith("期") and _PHASE_OF_FIRMS_RE.match(text, part.end()):
            part = None  # 头屯河工业园三期的X有限公司Y基地、…同时开工: the phase where the firms are, the park
        if part and (part.group().endswith("项目") or not _SETTLED_IN_RE.search(text, max(0, start - 3), start)):
            continue  # …配套产业园二期项目, …一体化产业园一期, …物流基地配套项目: the park word is inside a project's name
            # (入驻X科技园一期: the park's first phase, where a firm moved in, is the park)
        own = _TRAILING_DESCRIPTORS_RE.sub("", stem)  # (角美工业综合开发区: the zone's own name is 角美)
        if own != stem and (not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", own) or is_generic_stem(own)):
            own = stem
        if kind in ZONE_KINDS and not place_ok and (len(own) > 4 or _stem_is_no_name(text, start, start + len(stem))):
            continue  # 创新探索符合高新区: a zone's own name is short unless it starts with a place (占市下达高新区: a clause)
        generic = (not place_ok) and is_generic_stem(rest.removeprefix("中国")) \
            and ((kind in ZONE_KINDS and stem in _DESCRIPTOR_WORDS) or not tagged_place(text, start, start + len(stem)))
        # (中国国家级产业园区: a class; 新和工业园区: a county's; 扎堆投资开发区: a word the tagger took for a place,
        # which one word of the table never is before a zone's kind)
        if kind in _PLACE_NAMED_KINDS and not place_ok:
            if not _own_named_new_area(text, start, e, stem):
                continue  # 城南新区: a part of town; 天津滨海新区, 福州新区: a state-level new area
            # 青云新区, 玉屏新区: a new area with a name of its own (not a city's, so not state-level, unless one of the
            # state-level areas so named: 雄安新区)
            kind = "国家级新区" if stem in STATE_NEW_AREA_STEMS else "新区"
        bare = stem
        for prov in _PROVINCE_ONLY:
            if stem.startswith(prov) and not stem.startswith(prov + "州"):  # (海南州: a prefecture, no province)
                bare = stem[len(prov):].lstrip("省")
                break
        if (province or bare != stem) and is_generic_stem(bare) and kind != "自贸区" \
                and not (len(bare) >= 2 and kind not in ZONE_KINDS and kind != "集聚区" and text.count(name) >= 2
                         and not re.search(r"[\u4e00-\u9fff](?<![在于和与及的是了，,。；;：:、])" + re.escape(name), text)) \
                and not (bare and text[start - 1:start] == "、" and out and out[-1].end == start - 1 and out[-1].kind
                         and out[-1].place_ok and text[out[-1].start:out[-1].end].endswith(m.group())):
            continue  # 河南产业集聚区, 浙江省开发区: a province's parks as a class, not one park (listed after a park of
            # its kind that is named, 西安经济技术开发区、陕西航天经济技术开发区, it is one by the name it holds)
        if generic and kind not in ZONE_KINDS and (_named_sub_park(text, name, stem) or _PHASE_AFTER_RE.match(text, e)):
            generic = False  # 海洋生物科技园已签约入驻企业16家: a zone's park, named by what it does (机器人产业港一期、
            # 二期累计签约…: one built in phases, which a class of parks is not)
        if m.group() in _FTZ_WORDS and e > m.end():
            kind = "自贸片区"  # 黑龙江自贸试验区黑河片区: a free trade zone's part, a zone as 临港新片区 is
        out.append(_Cand(name=name, kind=kind if not generic else "", start=start, end=e, place_ok=place_ok))
        part_of = _CITY_PART_AFTER_RE.match(text, e)
        if part_of and out[-1].kind and not place_ok and re.search(r"合作|共建", name):
            # 粤桂合作特别试验区(梧州): a zone two places build, named with the city of its part the text is about
            out[-1].aliases.append(name)
            out[-1].name, out[-1].end = name + part_of.group(), part_of.end()
        if province and out[-1].kind:
            out[-1].aliases.append(written)  # 浙江省上虞经济开发区: the name as written, province and all
        elif out[-1].kind and bare != stem and _placed_after_province(text, start + len(stem) - len(bare), stem[:len(stem) - len(bare)]):
            # 青海柴达木循环经济试验区: a province written bare before the name stays in it (other texts and
            # sources write it so), and the name from the place after it is an alias
            out[-1].aliases.append(name[len(stem) - len(bare):])
        if ranked and out[-1].kind:
            out[-1].aliases.append(ranked)
        if area_form and out[-1].kind and area_form != name:
            out[-1].aliases.append(area_form)
        al = _ALIAS_RE.match(text, e) or _BODY_ALIAS_RE.match(text, e)
        if al is None and (between := _BRACKETED_PART_RE.match(text, e)):
            al = _ALIAS_RE.match(text, between.end())  # X自贸试验区昆明片区(昆明经开区)(以下简称“Y”): past the other name
        if al and out[-1].kind:
            out[-1].aliases.append(al.group(1))
        district = _BRACKETED_PART_RE.match(text, e)
        if district and len(district.group()) <= 5 and not al and out[-1].kind in ZONE_KINDS \
                and tagged_place(text, e + 1, district.end() - 1) \
                and not re.fullmatch(r"(?:%s)|[东西南北中]区|[一二三四五六七八九十]期" % ZONE_WORDS, district.group()[1:-1]):
            out[-1].aliases.append(name + district.group())  # 杭州高新区(滨江): the zone and the district it is one with
        short = _BRACKETED_SHORT_RE.match(text, e)
        if short and not al and out[-1].kind and (in_order(short.group(1), name) or (
                out[-1].kind in ZONE_KINDS and not short.group(1).endswith(("片区", "分区", "园区"))
                and len(short.group(1)) >= 5)):
            out[-1].aliases.append(short.group(1))  # 中埃·泰达苏伊士经贸合作区(泰达合作区): its short name, 简称 unsaid
            # (梅州高新区(广梅产业园): a zone's second name, a park of its own name, in brackets)
    # 中国(云南)自由贸易试验区昆明片区(昆明经开区)(以下简称“云南自贸试验区昆明片区”): the full name a park's short name is
    # defined by is the park's own name, even where it ends in no park word the table lists
    names = {c.name for c in out if c.kind}
    for m in _DEFINED_SHORT_RE.finditer(text):
        short = m.group("short")
        if short not in names or short[-2:] != m.group("full")[-2:] or len(m.group("full")) <= len(short):
            continue
        full_start = m.start("full")
        kind = next(c.kind for c in out if c.kind and c.name == short)
        out.append(_Cand(name=m.group("full"), kind=kind, start=full_start, end=m.end("full"), place_ok=True,
                         aliases=[short]))
    zones = [m for m in _BILATERAL_ZONE_RE.finditer(text) if not SUFFIX_RE.search(m.group())]  # 中马钦州产业园: above
    # 中新食品区 where the text also writes 中新吉林食品区: the same zone without its city
    full = {m.group().replace(m.group("city"), "", 1): m.group() for m in zones if m.group("city")}
    for m in zones:
        if text.startswith("项目", m.end()):
            continue  # 中日国际康养城项目: a project named after what it builds, not a zone
        out.append(_Cand(name=full.get(m.group(), m.group()), kind="国际合作园区", start=m.start(), end=m.end(),
                         place_ok=True))
    for m in _SCIENCE_PARK_SHORT_RE.finditer(text):
        # 中科园区, 竹科园区: a science park by the short form the press uses, one character of its place and 科
        out.append(_Cand(name=m.group(), kind="科技园", start=m.start(), end=m.end(), place_ok=True,
                         aliases=[m.group()[:2]]))  # (中科持續積極招商: the park by its shortest form)
    for c in out:
        # 新竹科学园区 and 竹科 (竹科管理局统计…): a science park by one character of its place and 科, where the text
        # names it in full
        stem = c.name[:-4] if c.name.endswith("科学园区") else ""
        short = stem.rstrip("部")[-1:] + "科" if len(stem) == 2 else ""
        if short and re.search(re.escape(short) + r"(?![学技研院大])", text) and short not in c.aliases:
            c.aliases.append(short)
    # 西咸新区空港新城, 经开区泾渭新城, 沣东新城党委: a new town run as a zone's part, or with a committee of its own, is a park
    # (新城 alone is no park word: 东部新城, 现代化海滨新城 are parts of a city or what one is to be); named so once, it is
    # the park wherever the text writes it
    towns: set[str] = set()
    for m in re.finditer("新城", text):
        zone = next((k for k in range(m.start() - 4, m.start() - 1) if k > 0 and (
            any(c.kind and c.end == k and (c.kind in ZONE_KINDS or c.kind == "国家级新区") for c in out)
            or re.search(f"(?:{ZONE_WORDS}|新区)$", text[max(0, k - 7):k]))), None)
        if zone is not None:
            stem = text[zone:m.start()]
        elif _NEW_TOWN_BODY_RE.match(text, m.end()):
            stem = text[name_start(text, m.start(), max_len=4):m.start()]
        else:
            continue
        if 2 <= len(stem) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", stem) and not is_generic_stem(stem) \
                and not re.match(r"[和及与]|[东西南北中]部$", stem) and "区" not in stem \
                and not VERBISH_RE.search(stem) and not CITY_RE.fullmatch(stem):
            towns.add(stem + "新城")
    # (市委常委、临港新城管委会主任薛良率临港新城管委会: a name read once with words before it is the shorter one)
    for name in sorted(t for t in towns if not any(o != t and t.endswith(o) for o in towns)):
        for m in re.finditer(re.escape(name), text):
            if not any(c.start < m.end() and m.start() < c.end for c in out):
                out.append(_Cand(name=name, kind="新城", start=m.start(), end=m.end(), place_ok=True))
    for m in _CO_BUILT_RE.finditer(text):
        # 青岛-安顺共建产业园: a park two places build together, named after both (共建 is otherwise a verb)
        out.append(_Cand(name=m.group(), kind="共建产业园", start=m.start(), end=m.end(), place_ok=True))
    # 新泰经济开发区数字经济园区: a zone, then words that only describe, then 园区: the zone's park of that industry,
    # named with the zone (a bare X园区 is too often not a name; after a zone it is the zone's part)
    for z in list(out):
        m = _PLACE_PART_PARK_RE.match(text, z.end)
        if m and z.kind and any(t.start == z.end and t.end == m.end("place") and t.tag == "LOC"
                                for t in tokens_around(text, z.end)) \
                and text.count(m.group()) == text.count(text[z.start:m.end()]):
            # 西部(重庆)科学城江津园区: a zone's part in one of its districts, named with the zone and the place (where
            # the text also writes the part alone, 柏川园区作为…组成园区, it is named so, as before)
            out.append(_Cand(name=text[z.start:m.end()], kind="产业园", start=z.start, end=m.end(), place_ok=z.place_ok))
    for z in [c for c in out if c.kind in ZONE_KINDS]:
        m = _ZONE_PART_PARK_RE.match(text, z.end)
        if m and is_generic_stem(m.group("part")) and not VERBISH_RE.search(m.group("part")) \
                and not _EVERY_PART_RE.match(m.group("part")) \
                and not ENDS_WITH_PARK_RE.search(m.group()):  # (X开发区化工园区: the zone's area, see above)
            out.append(_Cand(name=text[z.start:m.end()], kind="产业园", start=z.start, end=m.end(), place_ok=z.place_ok))
        m = _ZONE_STARTUP_PARK_RE.match(text, z.end)
        if m and is_generic_stem(m.group("part")) and not VERBISH_RE.search(m.group("part")) \
                and text.count(text[z.start:m.end()]) >= 2:
            # 库尔勒经济技术开发区中小企业创业园 (written so more than once): the zone's startup park, named with the zone
            out.append(_Cand(name=text[z.start:m.end()], kind="创业园", start=z.start, end=m.end(), place_ok=z.place_ok))
    for m in _CITY_LIST_ZONES_RE.finditer(text):
        # 南宁、桂林、柳州、北海4个国家高新区; 柳州、南宁国家高新区: each city listed has a zone of that kind
        cities = re.split(r"、|和|及", m.group("cities"))
        n = m.group("n")
        count = numeral(n) if n else len(cities)
        if count != len(cities) or len(set(cities)) != len(cities):
            continue
        kind_word = m.group("national") + m.group("kind")
        pos = m.start("cities")
        for city in cities:
            pos = text.find(city, pos)
            out.append(_Cand(name=city + kind_word, kind=PARK_SUFFIXES[m.group("kind")], start=pos,
                             end=pos + len(city), place_ok=True))
            pos += len(city)
    for m in _ZONE_SUB_PARK_RE.finditer(text):
        for group in ("name", "next"):
            name = m.group(group)
            if name and not is_generic_stem(name[:-2]) and not _NOT_A_NAME_RE.search(name) \
                    and not any(t.start == m.start(group) and (t.tag in LEADING_BREAK_TAGS
                                                               and (t.tag != "v" or len(t.word) >= 2)
                                                               or t.word in ("是", "为", "系"))
                                for t in tokens_around(text, m.start(group))):
                # (泸州国家高新区将提升园区承载能力, 全省高新区实现园区生产总值: a verb's clause, not the zone's park;
                # X经济开发区是省级园区: what the zone is said to be)
                out.append(_Cand(name=name, kind="产业园", start=m.start(group), end=m.end(group)))
                _add_wherever_written(text, out, name)  # (伊宁园区作为…: the park, written later without its zone)
    for m in _PLACE_PARTS_LIST_RE.finditer(text):
        # 范围包括台中园区、虎尾园区、后里园区: a park's parts, each a place and 园区, three or more listed together
        items = [(i.start(), i.end()) for i in re.finditer(r"[\u4e00-\u9fff]{2}园区", m.group())]
        stems = [text[m.start() + a:m.start() + b - 2] for a, b in items]
        if len(items) >= 3 and not any(is_generic_stem(st) or VERBISH_RE.search(st) for st in stems):
            for (a, b) in items:
                out.append(_Cand(name=text[m.start() + a:m.start() + b], kind="产业园", start=m.start() + a,
                                 end=m.start() + b))
    for m in _ZONE_GARDEN_RE.finditer(text):
        name = m.group("name")
        if not _NOT_A_PART_RE.search(name) and not is_generic_stem(name[:-1]) and not _NOT_A_NAME_RE.search(name):
            # 位于桂林国家高新区七星园的…项目: a zone's park named by its place and the bare 园
            out.append(_Cand(name=name, kind="产业园", start=m.start("name"), end=m.end("name")))
            _add_wherever_written(text, out, name)
    for m in _LISTED_PARTS_RE.finditer(text):
        # 郭守敬园、祖冲之园、…这四大园区; “一区五园”即按照高峰园、天子园、…的总体布局: parks of one zone, each named
        # with the bare 园, a list the text counts or calls its parks
        items = list(_PART_ITEM_RE.finditer(text, m.start(), m.end()))
        count = _PARTS_COUNT_RE.match(text, m.end())
        zone_parts = _ONE_ZONE_PARTS_RE.search(text, max(0, m.start() - 30), m.start())
        told = count or zone_parts
        n = (told.group("n") if told else "") or ""
        if not told or (n.isdigit() and int(n) != len(items)) or (n in CN_DIGITS and CN_DIGITS[n] != len(items)):
            continue
        first = items[0]
        start = refine_start(text, first.start(), first.end() - 1)  # (即按照/高峰园: the words before the name)
        if any(_NOT_A_PART_RE.search(i.group()) for i in items):
            continue
        for i, item in enumerate(items):
            name = text[start if i == 0 else item.start():item.end()]
            if len(name) < 3:
                continue
            _add_wherever_written(text, out, name)  # (其中，高峰园29.26平方公里: each part, wherever written)
    for m in _COUNTED_PARKS_LIST_RE.finditer(text):
        # “数字家电城、化工环保产业园、食品医药产业园”三大特色产业园区: the list the text counts as its parks names
        # parks, each item, also one written without a park word
        items = m.group("items").split("、")
        n = m.group("n")
        if numeral(n) != len(items) or not any(ENDS_WITH_PARK_RE.search(i) for i in items):
            continue
        for item in items:
            if ENDS_WITH_PARK_RE.search(item) or len(item) < 3 or VERBISH_RE.search(item) or leading_place(item)[0]:
                continue
            _add_wherever_written(text, out, item)
    for m in _SHARED_PARK_WORD_LIST_RE.finditer(text):
        # 江门、中山(潮州)、…、广州海珠(丰顺)产业园等14个园区: a list the text counts as parks, as many as its items, whose
        # last item alone writes the park word: every item is a park of that kind, the word shared
        items = m.group("items").split("、")
        if numeral(m.group("n")) != len(items) + 1:
            continue
        pos = m.start("items")
        for item in items:
            at = text.index(item, pos)
            pos = at + len(item)
            if VERBISH_RE.search(item) or ENDS_WITH_PARK_RE.search(item) or unbalanced_brackets(item):
                continue
            out.append(_Cand(name=item + m.group("word"), kind=m.group("word"), start=at, end=pos, place_ok=True))
    if _BASE_AS_PARK_RE.search(text):
        for m in _PLACE_BASE_RE.finditer(text):
            # “北京高端制造基地”落户房山区…入驻企业…基地管委会: a base a place names is a park when the text speaks of
            # the base as one (firms enter it, it has its own committee), not of works being built
            name = m.group("name")
            city, rest = leading_place(name)
            if city is None or len(rest) - len(city) < 4 or VERBISH_RE.search(rest) \
                    or any(c.kind and c.start <= m.start() < c.end for c in out):
                continue
            out.append(_Cand(name=name, kind="产业基地", start=m.start(), end=m.end(), place_ok=True))
    taken = [(c.start, c.end) for c in out if c.kind]
    for m in _ZONE_BY_ITS_BODY_RE.finditer(text):
        # 潍坊滨海区党工委书记、管委会主任: an area run by a 党工委 or 管委会 is a zone, however it is named (a city's
        # districts have a 区委 and a 区政府)
        start, end = m.start("name"), m.end("name")
        city, rest = leading_place(m.group("name"))
        if city is None and m.group("name").endswith("新区") and not m.group("name").endswith("高新区") \
                and len(m.group("name")) >= 4 and not is_generic_stem(m.group("name")[:-2]) \
                and text.count(m.group("name")) >= 2 and not any(c.kind and c.name.endswith(m.group("name")) for c in out):
            city, rest = "", m.group("name")  # (郑东新区党工委书记…；郑东新区在…举行: a new area no table lists, run by its body,
            # unless a park named with its city holds it: 芜湖江北新区 … 江北新区管委会)
        if city is None or len(rest.lstrip("市")) < 3 or any(s0 <= start < e0 or start <= s0 < end for s0, e0 in taken) \
                or re.match(r"[省市州盟县]?(?:和|与|以及)", rest[len(city):]):
            continue  # (在省、海西州和试验区管委会的…: a place, then the committee of another body after the conjunction)
        for k in re.finditer(re.escape(m.group("name")), text):
            out.append(_Cand(name=m.group("name"), kind="开发区", start=k.start(), end=k.end(), place_ok=True))
        taken.append((start, end))
    # 郑州片区、开封片区和洛阳片区 in a story that names the free trade zone (中国(河南)自由贸易试验区): a city's part of the
    # zone, named by the city and 片区 alone (片区 alone is no park word: 老城片区, 东部片区)
    if any(c.kind and any(w in c.name for w in _FTZ_WORDS) for c in out):
        full = {c.name: c for c in out if c.kind == "自贸片区"}
        for m in _CITY_PART_RE.finditer(text):
            if m.group(1) in CITIES and not any(s0 <= m.start() < e0 for s0, e0 in taken) \
                    and not any(c.kind and c.start <= m.start() < c.end for c in out):
                # (辽宁自贸试验区沈阳片区, then 沈阳片区: the part named in full before, its short form here)
                named = next((n for n in full if n.endswith(m.group()) and n != m.group()), None)
                out.append(_Cand(name=named or m.group(), kind="自贸片区", start=m.start(), end=m.end(), place_ok=True))
    return out


# a place, then a dash, before the places a park is named after (江阴—靖江工业园区; 广西凭祥—越南同登…)
# (石嘴山经济技术开发区淄山—河滨化工区: two names a dash joins, right after the zone they lie in)
_PAIRED_PLACE_RE = re.compile(r"(?:%s|(?:%s)[\u4e00-\u9fff]{2}|(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2}|(?<=区)[\u4e00-\u9fff]{2})[—―－-]$"
                              % (CITY_RE.pattern, "|".join(_PROVINCE_ONLY)))
_DESCRIPTOR_WORDS = frozenset(DESCRIPTORS)
_TRAILING_DESCRIPTORS_RE = re.compile("(?:%s)+$" % DESCRIPTOR_WORDS)
_ONE_OF_CLASS_AFTER_RE = re.compile(r"的?(?:代表|典范|缩影|样板)?之一")
# a ministry or a bureau the words before a park word open with (经济部, 科技部, 商务厅; not 西部, 总部)
_BODY_IN_STEM_RE = re.compile(r"[\u4e00-\u9fff]{2,5}?(?<![东西南北中总内外全])(?:部(?!件)|厅|局|署)")  # (零部件 is no 部)
_DISTRICT_IN_STEM_RE = re.compile(r"[\u4e00-\u9fff]{2}[区县]")  # (a district or county no table lists: 芗城区)
_TOWN_IN_STEM_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:镇|乡|街道)")
_CITY_LIST_ZONES_RE = re.compile(r"(?P<cities>(?:%s)(?:(?:、|和|及)(?:%s))+)(?:(?P<n>\d+|[一二两三四五六七八九十])个)?"
                                 r"(?:省级|自治区级|自治区|省)?(?P<national>国家级?|)(?P<kind>%s)" % (CITY_RE.pattern, CITY_RE.pattern,
                                                                                    GROUP_ZONE_WORDS))
# a base a place names (北京高端制造业基地), and how a text speaks of a base as a park: firms enter it, it has a committee
_PLACE_BASE_RE = re.compile(r"(?<=[“\"，,。；;：:\n])(?P<name>[\u4e00-\u9fff]{5,14}?基地)(?!项目|建设|工程)")
_BASE_AS_PARK_RE = re.compile(r"(?:入驻|进驻|该)基地|基地(?:管委会|管理委员会|党工委|(?:已|累计)?入驻)")
_ZONE_BY_ITS_BODY_RE = re.compile(r"(?<![\u4e00-\u9fff])(?P<name>[\u4e00-\u9fff]{3,7}区)(?:党工委|管委会|管理委员会)")


# a list of two or more parks named with the bare 园 (高峰园、天子园、五桥园), each item up to its 园
_PART_ITEM = r"[\u4e00-\u9fff]{2,6}?园(?!区)"
_PART_ITEM_RE = re.compile(_PART_ITEM)
_LISTED_PARTS_RE = re.compile(r"(?:%s、)+%s(?:(?:和|及|与)%s)?" % (_PART_ITEM, _PART_ITEM, _PART_ITEM))
# … 这四大园区 / 等3个园区 after the list, or “一区五园” before it: the text counts the items as parks
def _add_wherever_written(text: str, out: list[_Cand], name: str) -> None:
    """A park named as an item of a list the text counts as parks: a candidate at every place its name is written
    that no named candidate holds already."""
    for k in re.finditer(re.escape(name), text):
        if not any(c.start <= k.start() < c.end for c in out if c.kind):
            out.append(_Cand(name=name, kind="产业园", start=k.start(), end=k.end()))


# a list in quotes, or after a break, that the text counts as parks: “A、B、C”三大特色产业园区
_COUNTED_PARKS_LIST_RE = re.compile(r"(?:(?<=[“\"])|(?<=[，,。；;：:\n]))(?P<items>[\u4e00-\u9fff]{2,10}(?:、[\u4e00-\u9fff]{2,10})+)[”\"]?"
                                    r"(?:这|等)?(?P<n>\d+|[两二三四五六七八九十])大[\u4e00-\u9fff]{0,4}?(?:园区|产业园)")
_SHARED_ITEM = r"[\u4e00-\u9fff(（](?:(?!的)[\u4e00-\u9fff()（）]){1,11}"
_SHARED_PARK_WORD_LIST_RE = re.compile(r"(?:(?<=[“\"的])|(?<=[，,。；;：:\n]))(?P<items>%s(?:、%s)+)、%s(?P<word>产业园|工业园|产业转移工业园)"
                                       r"等(?P<n>\d+|[两二三四五六七八九十]+)个(?:园区|产业园|工业园)" % ((_SHARED_ITEM,) * 3))
_PARTS_COUNT_RE = re.compile(r"(?:这|等)?(?P<n>\d+|[两二三四五六七八九十])(?:大|个)?园区?")
_ONE_ZONE_PARTS_RE = re.compile(r"一区(?P<n>\d+|[两二三四五六七八九十多])园")
# what ends with 园 and is no park (公园, 花园, 校园, 家园, 乐园 …)
_NOT_A_PART_RE = re.compile(r"(?:公|花|校|家|乐|庄|陵|果|菜|动物|植物|幼儿|游)园$")
_CO_BUILT_RE = re.compile(r"(?:%s)[—―－-](?:%s)共建(?:%s)" % (CITY_RE.pattern, CITY_RE.pattern, PARK_WORDS))
# 高新区七里河园区: a zone's park named by its place with the bare word 园区 (too common a word to be a
# park suffix anywhere else)
# (X经开区不同园区, 等几大园区: which of its parks, described or counted, not one named)
_SUB_PARK_NAME = (r"(?!不同|各个|各类|其他|相关|几|数|多|[一二两三四五六七八九十](?:大|个|类))[\u4e00-\u9fff]{2,4}园区"
                  r"(?![\u4e00-\u9fff]{0,2}(?:项目|企业|公司))")
_PLACE_PARTS_LIST_RE = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=包括|包含|涵盖|分为))[\u4e00-\u9fff]{2}园区"
                                  r"(?:(?:、|及|和)[\u4e00-\u9fff]{2}园区){2,}")
_ZONE_GARDEN_RE = re.compile(r"(?:%s)(?P<name>(?!区|等)[\u4e00-\u9fff]{2}园)(?![区林艺])"
                             r"(?![\u4e00-\u9fff]{0,6}(?:公司|集团))(?!(?:有|共|达)?(?:\d|[一二两三四五六七八九十]+个))" % ZONE_WORDS)
# (not 高新区电科园投资管理有限公司: a firm's name; not 高新区直管园有14个: parks counted by how they are run)
_ZONE_SUB_PARK_RE = re.compile(r"(?:%s|产业园|工业园|示范园)(?P<name>(?!区|等)%s)(?:(?:和|及|与|、)(?P<next>%s))?"
                               % (ZONE_WORDS, _SUB_PARK_NAME, _SUB_PARK_NAME))  # (深江产业园A园区和B园区: two)


def _final_park_word(name: str) -> re.Match | None:
    """The park word that ends `name` (the last one SUFFIX_RE reads in it), or None when none ends it."""
    suffix = None
    for suffix in SUFFIX_RE.finditer(name):
        pass
    return suffix if suffix is not None and suffix.end() == len(name) else None


_UNLISTED_CITY_RE = re.compile(r"[\u4e00-\u9fff]{2,3}市")


def _city_free_form(name: str) -> str | None:
    """A park's name less the city written before it with 市 (中山市翠亨新区 -> 翠亨新区), when what is left still
    names one park: a stem of two characters or more that is not a kind of industry or place (青岛市人工智能产业园
    keeps its city)."""
    city, rest = leading_place(name)
    unlisted = city is None
    if unlisted and (m := _UNLISTED_CITY_RE.match(name)) and tag_sentence(name)[0] == (m.group(), "LOC"):
        city, rest = m.group()[:-1], name  # 福鼎市龙安化工园区: a county-level city the place table lacks, which the tagger reads
    if not city or not rest.startswith(city + "市"):
        return None
    bare = rest[len(city) + 1:]
    suffix = _final_park_word(bare)
    if suffix is None:
        return None
    stem = bare[:suffix.start()]
    if unlisted and tag_sentence(bare)[0][1] not in ("LOC", "ORG", "nz", "PER"):
        return None  # (晋州市优质生猪示范园区: what is left names a trade's park, which every city may have)
    return bare if len(stem) >= 2 and not is_generic_stem(stem) and not CITY_RE.match(stem) else None


def _county_zone_form(name: str) -> str | None:
    """A zone named by its city and then its county without 市 or 县 (温州乐清经开区, 宁波北仑开发区): the county's zone, as
    the press also calls it (乐清经开区), when the tagger reads the city and the rest as places."""
    city, rest = leading_place(name)
    if not city or rest.startswith(city + "市") or rest != name:
        return None
    bare = name[len(city):]
    suffix = _final_park_word(bare)
    if suffix is None or suffix.start() != 2 or PARK_SUFFIXES[suffix.group()] not in ZONE_KINDS:
        return None
    stem = bare[:2]
    if stem in _SHARED_ZONE_STEMS or is_generic_stem(stem) or tag_sentence(stem) != ((stem, "LOC"),):
        return None  # (宁波石化经济技术开发区, 沧州临港经济技术开发区: a stem many cities' zones share, no county)
    words = tag_sentence(name)
    return bare if len(words) == 2 and words[0] == (city, "LOC") and words[1] == (bare, "LOC") else None


# stems that name where a zone lies, shared by many cities' zones (滨海, 临港 …), not a county
_SHARED_ZONE_STEMS = frozenset({"滨海", "临港", "临空", "空港", "海港", "滨江", "沿江", "沿海", "港口", "新港", "保税", "江北",
                                "江南", "城东", "城西", "城南", "城北", "东部", "西部", "南部", "北部", "中部", "高新", "经济"})


def _district_free_form(name: str) -> str | None:
    """A park's name less the county or district written before it (金山区山阳工业园 -> 山阳工业园, 昌图县辽宁换热设备
    产业基地 -> 辽宁换热设备产业基地), when what is left still names one park (as _city_free_form)."""
    m = _DISTRICT_OPENING_RE.match(name)
    if m is None or _NOT_A_DISTRICT_RE.search(m.group("district")):
        return None
    bare = name[m.end():]
    suffix = _final_park_word(bare)
    if suffix is None or PARK_SUFFIXES[suffix.group()] in ZONE_KINDS:
        return None  # (a zone keeps its county: 芗城区金峰开发区 is named by it)
    stem = bare[:suffix.start()]
    if len(stem) < 2 or is_generic_stem(stem) or CITY_RE.fullmatch(stem):
        return None
    words = tag_sentence(bare)
    if words[0][1] not in ("LOC", "ORG", "nz", "PER") or any(tag == "v" for _, tag in words):
        return None  # (费县粘合剂化工产业园: what is left names an industry's park, which every county may have)
    return bare


# a county or a district (with its city before it) that opens a park's name
_DISTRICT_OPENING_RE = re.compile(r"^(?:(?:%s)市?)?(?P<district>[\u4e00-\u9fff]{1,3}?[区县])(?=[\u4e00-\u9fff]{2})" % CITY_RE.pattern)
# words ending in 区 or 县 that are no county or district
_NOT_A_DISTRICT_RE = re.compile(r"(?:%s|园区|新区|片区|城区|社区|矿区|景区|港区|厂区|校区|库区|林区|牧区|垦区|山区|湖区|市区|郊区|"
                                r"示范区|保税区|集聚区|聚集区|功能区|核心区|起步区|[该全本各此我])[区县]?$" % ZONE_WORDS)


_PLACE_BARE_ZONE_RE = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,3}?)(?:市|县)?(?P<zone>开发区|园区|工业园区|高新区|经开区)")


def find_parks(doc: Doc) -> tuple[list[ParkMention], list[ParkOcc]]:
    """All parks of an article (one mention per park, with aliases) and every occurrence of each."""
    text = doc.text
    cands = _candidates(doc)
    # (3.0总部式产业园区时代: a name never starts inside a number)
    good = [c for c in cands if c.kind and not (c.name[:1].isdigit() and c.start > 0 and
                                                (text[c.start - 1] in ".．" or text[c.start - 1].isdigit()))]
    # group spellings
    groups: dict[str, list[_Cand]] = {}
    alias_of: dict[str, str] = {}
    for c in good:
        groups.setdefault(merge_key(c.name), []).append(c)
    # the full and the standard short form of one zone (西安经济技术开发区 / 西安经开区) are one park,
    # named by its full, official form; the short form is its alias
    longs: dict[str, list[str]] = {}
    for k in list(groups):
        for short in sorted(_short_forms(k)):
            longs.setdefault(short, []).append(k)
    for short, ks in longs.items():
        if len(ks) == 1 and short in groups and ks[0] in groups:
            groups[ks[0]].extend(groups.pop(short))
    # X高新园区 beside X高新区 or its full form (青山河高新园区 / 青山河高新区 / 青山河高新技术产业园区): the zone, as the
    # press also writes it
    for k in list(groups):
        if not k.endswith("高新园") or len(k) < 5 or is_generic_stem(k[:-3]):
            continue
        zone = k[:-3] + "高新区"
        owners = [o for o in groups if o != k and (o == zone or zone in _short_forms(o))]
        if len(owners) == 1:
            groups[owners[0]].extend(groups.pop(k))
    # 荆门高新区·掇刀区: the zone and the district it is run as one with, written together; the zone, by its own name
    for k in list(groups):
        dotted = next((d for c in groups.get(k, []) if (d := _ZONE_DOT_DISTRICT_RE.match(c.name))), None)
        zone = merge_key(dotted.group(1)) if dotted else None
        if zone and zone != k and zone in groups and k in groups:
            groups[zone].extend(groups.pop(k))
    # the short form written after the zone's province (山西原平经开区 / 原平经济技术开发区) or its city (武汉东湖开发区 /
    # 东湖新技术开发区): the same park (not a city's zone its long form names with the city)
    for k in list(groups):
        province = _PROVINCE_OPENING_RE.match(k)
        city, _ = leading_place(k)
        for opening in filter(None, (province.group() if province else None, city)):
            ks = longs.get(bare := k[len(opening):])
            if ks and len(ks) == 1 and ks[0] in groups and k in groups and ks[0] != k and bare not in groups \
                    and not (opening == city and ks[0].startswith(city)):
                groups[ks[0]].extend(groups.pop(k))
                break
    # the full form written after the province (安徽肥西经济开发区) and the short form of it without the province
    # (肥西经开区): the same park, named in full
    for k in list(groups):
        province = _PROVINCE_OPENING_RE.match(k)
        bare = k[province.end():] if province else ""
        if k not in groups or len(bare) < 5 or is_generic_stem(ENDS_WITH_PARK_RE.sub("", bare)) or bare in groups:
            continue
        shorts = [o for o in _short_forms(bare) if o in groups and o != k and len(longs.get(o, [])) <= 1]
        if len(shorts) == 1:
            groups[k].extend(groups.pop(shorts[0]))
    # two full forms of one zone (铁岭高新技术开发区 / 铁岭高新技术产业园区: both 铁岭高新区) are one park, named by
    # the form the text writes first
    by_abbrev: dict[str, list[str]] = {}
    for k in groups:
        m = _ABBREV_RE.search(k)
        if m:
            by_abbrev.setdefault(k[:m.start()] + _abbrev_of(m.group()), []).append(k)
    for short, ks in by_abbrev.items():
        target = short if short in groups else min(ks, key=lambda k: min(c.start for c in groups[k]))
        for k in ks:
            if k != target and k in groups and len(k) > len(short):
                groups[target].extend(groups.pop(k))
        # 北京中关村国家自主创新示范区 / 中关村示范区: the short form without the city in front
        city, _ = leading_place(short)
        bare = short[len(city):].lstrip("市") if city else ""
        if len(ks) == 1 and len(bare) >= 4 and bare in groups and target in groups and bare != target:
            groups[target].extend(groups.pop(bare))
    # 中国(黑龙江)自由贸易试验区黑河片区 / 黑龙江自贸试验区黑河片区 / 黑龙江自贸区黑河片区: one free trade zone (or one
    # part of it), named by the fullest form the text writes; so is the part after its province alone (上海临港新片区)
    by_ftz: dict[str, list[str]] = {}
    for k in groups:
        if ftz := _FTZ_KEY_RE.match(k):
            by_ftz.setdefault(ftz.group("province") + ftz.group("rest"), []).append(k)
    for k in groups:
        own = _CITY_FTZ_PART_RE.fullmatch(k)
        province = PROVINCE_OF_CITY.get(own.group(1)) if own else None
        if province and province + own.group(1) + "片区" in by_ftz:
            by_ftz[province + own.group(1) + "片区"].append(k)  # 大连自贸片区: the part by its city and kind
    for bare, ks in by_ftz.items():
        if bare in groups and bare not in ks:
            ks.append(bare)
        target = max(ks, key=len)
        for k in ks:
            if k != target:
                groups[target].extend(groups.pop(k))
    for c in good:
        for a in c.aliases:
            alias_of[merge_key(a)] = merge_key(c.name)
    # an explicitly defined short name is not a park of its own
    for ak, target in list(alias_of.items()):
        if ak in groups and ak != target:
            groups.setdefault(target, []).extend(groups.pop(ak))
    # 荆州市江陵工业园区更名为湖北江陵经济开发区: one park, named by its new name
    starts = {c.start: merge_key(c.name) for c in good}
    renamed_to: list[str] = []  # the new names, in the order the text gives them (the first is the name now)
    for c in good:
        renamed = _RENAMED_RE.match(text, c.end)
        new = starts.get(renamed.end()) if renamed else None
        old_key = merge_key(c.name)
        if new is not None and _RENAME_SOUGHT_BEFORE_RE.search(text, max(0, c.start - 12), c.start):
            # 围绕X开发区更名为Y高新区扎实推进各项工作: a new name sought, not given; one park, by the name it has now
            if new != old_key and old_key in groups and new in groups:
                groups[old_key].extend(groups.pop(new))
            continue
        if new is not None:
            renamed_to.append(new)
        if new is not None and new != old_key and old_key in groups and new in groups:
            groups[new].extend(groups.pop(old_key))
        # 江阴高新区前身江阴市滨江经济技术开发区: the park, then what it was called before; one park, by its name now
        former = _FORMER_NAME_RE.match(text, c.end)
        old = starts.get(former.end()) if former else None
        if old is not None and old != old_key and old in groups and old_key in groups:
            groups[old_key].extend(groups.pop(old))
    # a district's, county's or town's name written with and without its unit before one park (高坪区X产业园 /
    # 高坪X产业园, 剑河县工业园区 / 剑河工业园区, 港口镇生态园区 / 港口生态园区) is one park, named as the park names itself,
    # without the unit (as 郑州高新区, not 郑州市高新区); a town's two forms listed together stay two
    for k in list(groups):
        for unit in "区县市镇乡":
            i = k.find(unit, 2, 5)
            bare = k[:i] + k[i + 1:] if i > 0 else ""
            if not bare or k not in groups or len(bare) - i < (3 if unit in "县镇乡" else 4):
                continue
            owner = bare
            if unit == "县" and bare not in groups:  # (肥西县经开区, where 肥西经开区 was merged into 安徽肥西经济开发区)
                owners = [o for o in groups if o != k and any(merge_key(c.name) == bare for c in groups[o])]
                owner = owners[0] if len(owners) == 1 else bare
            if owner in groups and not (unit in "镇乡" and _listed_together(text, groups[k], groups[owner])):
                groups[owner].extend(groups.pop(k))
    # 咸阳市新兴纺织工业园 … 市新兴纺织工业园: the city's park written with the bare unit for the city
    for k in list(groups):
        if k[:1] in "市县区" and len(k) >= 5 and k in groups:
            fuller = [o for o in groups if o != k and len(o) > len(k) and o.endswith(k[1:])
                      and leading_place(o[:len(o) - len(k) + 1])[0]]  # (merge keys drop the 市 after a city)
            if len(fuller) == 1:
                groups[fuller[0]].extend(groups.pop(k))
    # 岱山经济开发区新材料产业园 and (舟山)岱山新材料产业园: a zone's park written after the zone and after the zone's
    # place (and the city before it) is one park, named after the zone
    placed_forms: dict[str, str] = {}
    placed_in: dict[str, str] = {}  # (…and the zone it lies in, by key)
    for k in list(groups):
        zone, word = next(((z, w) for z in groups if z != k and k.startswith(z) and len(k) - len(z) >= 4
                           and (w := _final_park_word(z)) is not None and PARK_SUFFIXES[w.group()] in ZONE_KINDS
                           and 2 <= w.start() <= 4), (None, None))
        if zone is None or k not in groups:
            continue
        place = zone[:word.start()]  # (the zone's stem: its county, 岱山)
        same = place + k[len(zone):]
        for o in [o for o in groups if o != k and o.endswith(same)]:
            prefix = o[:len(o) - len(same)]
            if not prefix or leading_place(prefix) == (prefix, prefix):
                alias_of[o] = k
                groups[k].extend(groups.pop(o))
                placed_forms[k] = same  # (岱山新材料产业园: how both spellings name it)
                placed_in[k] = zone
    # a short form that is the tail of exactly one longer name is that park
    keys = list(groups)
    member_keys = {k: {merge_key(c.name) for c in groups[k]} for k in keys}
    for k in keys:
        longer = [o for o in keys if o != k and o in groups
                  and any(len(mk) > len(k) and mk.endswith(k) for mk in member_keys[o])
                  and not any(_BRACKET_CLOSE_RE.search(c.name[-len(k) - 2:]) for c in groups[o])]
        # (凤阳工业园区 and 浙商(凤阳)工业园: a tail that runs through a bracket is another park's name)
        if len(longer) == 1 and k in groups and (not groups[k][0].place_ok or k.endswith(("分园", "分园区"))
                                                 or _always_after_prefix(doc.text, groups[k], groups[longer[0]])):
            # (深圳分园 for X科学园深圳分园: a branch is named by its place, which names no park of its own)
            # (北海现代化产业园区, every time written after 中堂, is 中堂北海现代化产业园区: the tagger split the town)
            alias_of[k] = longer[0]
            groups[longer[0]].extend(groups.pop(k))
    # one park written after different places (安徽小岗国家农业科技园区 / 滁州市凤阳县小岗国家农业科技园区): the
    # name after its province, city and county is the same, and long enough to be its own
    by_bare: dict[str, list[str]] = {}
    for k in groups:
        bare = _PLACES_OPENING_RE.sub("", k)
        if bare != k and len(bare) >= 6 and not is_generic_stem(ENDS_WITH_PARK_RE.sub("", bare)):
            by_bare.setdefault(bare, []).append(k)
    for bare, ks in by_bare.items():
        if len(ks) == 2 and all(k in groups for k in ks) and len(_last_cities(ks, bare)) < 2:
            # (佛山(清远)产业转移工业园 / 佛山(云浮)产业转移工业园: one city's parks in two others, two parks)
            keep, other = sorted(ks, key=lambda k: min(c.start for c in groups[k]))
            alias_of[other] = keep
            groups[keep].extend(groups.pop(other))
    # 漳州招商局开发区 and 漳州开发区 in one article: the short form leaves out the developer's name between the place
    # and the park word (招商局); one park, named in full (南京江宁开发区 and 南京开发区 are two: 江宁 is a place)
    for k in list(groups):
        city, name = leading_place(k)
        suffix = name[len(city):] if city else ""
        if not suffix or suffix not in PARK_SUFFIXES or k not in groups:
            continue
        head = k[:len(k) - len(suffix)]
        longer = [o for o in groups if o != k and o.startswith(head) and o.endswith(suffix)
                  and 2 <= len(o) - len(k) <= 4 and _names_no_place(text, groups[o], o[len(head):len(o) - len(suffix)])]
        if len(longer) == 1:
            alias_of[k] = longer[0]
            groups[longer[0]].extend(groups.pop(k))
    # 高雄软体科技园区 and 高雄软体园区 in one article: one park, named by the longer form (科技 only describes it)
    for k in list(groups):
        bare = k.replace("科技", "", 1)
        if bare != k and bare in groups and k in groups and len(bare) >= 5 and not is_generic_stem(ENDS_WITH_PARK_RE.sub("", bare)):
            alias_of[bare] = k
            groups[k].extend(groups.pop(bare))
    # a name with a place in brackets and the same name without it (深中合作(黄圃)产业园 / 深中合作产业园): one park,
    # named with the place
    for k in list(groups):
        # 济青烟(莱西)国际招商产业园 where the text also writes 莱西国际招商产业园: the park of the place in brackets,
        # named as the place's (the name without the brackets, 济青烟国际招商产业园, is the wider one)
        placed = next((p for c in groups.get(k, []) if (m := _PLACE_IN_BRACKETS_RE.match(c.name))
                       and _wider_place(m.group("wider")) and (p := merge_key(m.group(2) + m.group(3))) != k), None)
        # (湖南(湘潭)万洋众创城: a province; 济青烟(莱西)…: cities of one province by their first characters; not
        # 浙商(凤阳)工业园, an investors' park, another than 凤阳工业园区)
        if placed is not None and placed in groups and k in groups and len(placed) >= 5:
            alias_of[k] = placed
            groups[placed].extend(groups.pop(k))
            continue
        bare = next((b for c in groups.get(k, []) if (b := merge_key(_BRACKETED_PART_RE.sub("", c.name))) != k), None)
        if bare is not None and bare in groups and k in groups and len(bare) >= 5:
            alias_of[bare] = k
            groups[k].extend(groups.pop(bare))
    # 石英砂资源和循环经济示范园, where 循环经济示范园 is how the text calls a park it names in full (张掖经济技术开发区
    # 循环经济示范园): what the conjunction joins to that park is no part of its name
    for k in list(groups):
        m = re.search(r"[和与及]([^和与及]{4,})$", k)
        if not m or k not in groups:
            continue
        tail = m.group(1)
        owners = [o for o in groups if o != k and (o == tail or (o.endswith(tail) and len(o) > len(tail)))]
        if len(owners) == 1:
            groups.pop(k)  # (the joined form is no spelling of that park, nor a park of its own)
    # a region, then a city in brackets, then the kind (西部(成都)科学城) and the city's own name for it (成都科学城):
    # one park, named as the city names it
    for k in list(groups):
        for c in groups.get(k, []):
            m = _REGION_BRACKETED_CITY_RE.match(c.name)
            own = merge_key(m.group(1) + m.group(2)) if m else None
            if own and own != k and own in groups and k in groups:
                alias_of[k] = own
                groups[own].extend(groups.pop(k))
                break
    # a contraction of exactly one longer name of the same kind, first and last characters kept (西港经济特区 /
    # 西哈努克港经济特区): that park, unless the short stem is a place of its own
    for k in list(groups):
        found = ENDS_WITH_PARK_RE.search(k)
        suffix = found.group() if found else None
        stem = k[:found.start()] if found else ""
        if len(stem) < 2 or k not in groups or groups[k][0].place_ok or leading_place(stem)[0] is not None:
            continue
        longer = [o for o in groups if o != k and o.endswith(suffix) and len(o) > len(k)
                  and o[0] == stem[0] and stem[-1] in o[len(o) - len(suffix) - 2:len(o) - len(suffix)]
                  and in_order(stem, o[:-len(suffix)])]
        # (深港科创合作区 / 深港科技创新合作区: the last word's first character, as 科技创新 is cut to 科创)
        if len(longer) == 1 and not _listed_together(text, groups[k], groups[longer[0]]):
            alias_of[k] = longer[0]
            groups[longer[0]].extend(groups.pop(k))
    # the name's first words and its kind, the words between left out (沈抚示范区 / 沈抚改革创新示范区): one park, named
    # in full, where exactly one longer name of the kind opens with those words and they are no place of their own
    for k in list(groups):
        found = ENDS_WITH_PARK_RE.search(k)
        if not found or k not in groups or len(k[:found.start()]) != 2 or leading_place(k)[0] is not None:
            continue
        head, suffix = k[:found.start()], found.group()
        longer = [o for o in groups if o != k and o.startswith(head) and o.endswith(suffix)
                  and len(o) - len(k) >= 2 and not ENDS_WITH_PARK_RE.search(o[:len(o) - len(suffix)])]
        if len(longer) == 1 and not _listed_together(text, groups[k], groups[longer[0]]):
            alias_of[k] = longer[0]
            groups[longer[0]].extend(groups.pop(k))
    # generic-stem short forms (氢能产业园) that are tails of a real name become aliases too
    for c in cands:
        if c.kind:
            continue
        k = merge_key(c.name)
        if len(k) < 4:
            continue
        longer = [o for o in groups if o.endswith(k) and len(o) > len(k)]
        if len(longer) == 1:
            alias_of[k] = longer[0]
            groups[longer[0]].append(_Cand(name=c.name, kind="", start=c.start, end=c.end))
    mentions: list[ParkMention] = []
    occs: list[ParkOcc] = []
    for key, members in groups.items():
        real = [c for c in members if c.kind]
        if not real:
            continue
        every = _PLACE_BARE_ZONE_RE.fullmatch(real[0].name)
        if every and re.search(re.escape(every.group("place")) + "(?:市|县)?(?:各|所有|各类|各级)" + every.group("zone"), text):
            continue  # 吕梁市开发区 where the text writes 吕梁市各开发区: the city's zones together, no one park
        # canonical: the longest-prefixed form of the key (city kept), the park's own form (郑州高新区
        # rather than 郑州市高新区) when the text writes both, most frequent, then shortest
        same = [c for c in real if merge_key(c.name) == key] or real
        names = Counter(c.name for c in same)
        canonical = sorted(names, key=lambda n: (-len(merge_key(n)), _city_shi(n), -names[n], len(n)))[0]
        new_name = next((k for k in renamed_to if any(merge_key(c.name) == k for c in real)), None)
        if new_name is not None and merge_key(canonical) != new_name:
            # 襄樊汽车工业园升级定名为襄樊经济技术开发区 … 襄樊汽车产业经济技术开发区…更名为…: the name the text
            # first says it was given, not a longer old one
            canonical = Counter(c.name for c in real if merge_key(c.name) == new_name).most_common(1)[0][0]
        kind = next(c.kind for c in real if c.name == canonical)
        if placed_forms.get(key):
            canonical = placed_forms[key]  # 岱山新材料产业园: the park by its place, as the zone's and the city's forms name it
        first = min(members, key=lambda c: c.start)
        aliases: list[str] = []
        derived: list[str] = []
        for c in members:
            if c.name != canonical and c.name not in aliases:
                aliases.append(c.name)
            for a in c.aliases:
                if a not in aliases and a != canonical:
                    aliases.append(a)
        for bare in (_city_free_form(canonical), _district_free_form(canonical), _county_zone_form(canonical)):
            if bare and bare not in aliases and merge_key(bare) not in groups:
                aliases.append(bare)  # 中山市翠亨新区: 翠亨新区, as the press also calls it (金山区山阳工业园: 山阳工业园)
        inner = _INNER_PARK_RE.match(canonical)
        if inner and inner.group(1) not in aliases:
            aliases.append(inner.group(1))  # 浒关开发区莱克工业园: the park inside the zone, by its own name
            derived.append(inner.group(1))  # (…是新滩新区引进的重大项目: where the text writes it so, it is this park)
        city, _ = leading_place(canonical)
        district = None
        ext = next((x for n in [canonical] + [c.name for c in real]
                    if (x := re.search(r"·([\u4e00-\u9fff]{1,4}区)$", n))), None)
        if ext:
            district = ext.group(1)  # (荆门高新区·掇刀区: the district the zone is one with, however the park is named)
        mentions.append(ParkMention(name=canonical, kind=kind, city=city, district=district, parent=None,
                                    span=Span(first.start, first.end), sentence=doc.sentence_at(first.start),
                                    aliases=aliases))
        for c in members:
            occs.append(ParkOcc(c.start, c.end, canonical))
        defined = [a for c in members for a in c.aliases] + derived
        if defined:
            _alias_occurrences(text, defined, canonical, occs)
    _short_form_occurrences(text, mentions, occs)
    _inner_stem_short_names(mentions, occs)
    _quoted_contractions(text, mentions, occs)
    _city_zone(doc, mentions, occs)
    _county_park(doc, mentions, occs)
    _set_parents(doc, mentions, occs)
    by_key = {merge_key(m.name): m for m in mentions}
    for key, zone in placed_in.items():
        park = next((m for m in mentions if m.name == placed_forms[key]), None)
        if park is not None and park.parent is None and zone in by_key:
            park.parent = by_key[zone].name  # (岱山新材料产业园 lies in 岱山经济开发区, as the zone's spelling says)
    occs.sort(key=lambda o: (o.start, -o.end))
    # drop occurrences nested inside a longer occurrence (惠州仲恺高新区 inside …东江科技园)
    # only for subject resolution; parents are already set.
    return mentions, occs


# (X经济开发区正式升级为国家级经济技术开发区,定名为“Y经济技术开发区”: upgraded, then given its new name)
# the clause before a park's rename that seeks it (围绕, 推进, 申报, 争取 …): the new name is not yet the park's
_RENAME_SOUGHT_BEFORE_RE = re.compile(r"(?:围绕|推进|推动|申报|申请|争取|力争|筹备|积极|拟|计划)[^，,。；;“”]{0,4}$")
_RENAMED_RE = re.compile(r"[”\"]?(?:正式)?(?:更名为|改名为|(?:升级|晋升|升格)为[^，,。；;“”]{0,16}[，,]?并?(?:定名为|命名为|更名为))[“\"]?")
_FORMER_NAME_RE = re.compile(r"(?:(?:的)?前身(?:为|是)?|原名(?:为|是)?|原称|曾用名(?:为|是)?)[“\"]?")
# A zone's name followed by a park's own name: the inner park is also named without the zone.
_INNER_PARK_RE = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:%s)([\u4e00-\u9fff]{2,12}(?:%s))$" % (
    ZONE_WORDS, "|".join(k for k, kind in PARK_SUFFIXES.items() if kind not in ZONE_KINDS)))


# …what a place is to become or was found to be (被认定为/申报/符合自治区高质量发展示范园区…): a title, not a park
# …等46个重大项目: the items before it are projects
_PROJECTS_COUNTED_AFTER_RE = re.compile(r"等(?:\d+|[一二两三四五六七八九十百]+)个[^，。；]{0,6}项目")
_GOAL_BEFORE_RE = re.compile(r"(?:建成|打造成?为?|建设成为?|争创|创建|成为|命名为|评为|认定为|确定为|列为|晋升为|升级为|"
                             r"授予|荣获|申报|符合)$")


# 加快建设A示范区、B示范区、C示范区和打造…: a verb of building, then three or more items of one such kind
_GOAL_KIND = r"(?:示范区|先行区|先导区|试验区|聚集区|集聚区)"  # (three characters each: see _slogan_list)
_SLOGAN_LIST_RE = re.compile(r"(?:建设|打造|创建|争创|建成|创建成)(?P<items>(?:[^、，,。；;：:]{2,10}?" + _GOAL_KIND + r"[、和及与]){2,}"
                             r"[^、，,。；;：:]{2,10}?" + _GOAL_KIND + ")")


def _slogan_list(text: str, start: int, end: int) -> bool:
    """True when the park word at text[start:end] is an item of a list of three or more goals of one kind after a
    verb of building, two or more of whose items are common words (腾笼换鸟示范区、人才集聚示范区、金融改革示范区): the
    list names what the place is to become; none of its items is a park, even one with an idiom for a stem."""
    lo = max(0, text.rfind("。", 0, start) + 1)
    for m in _SLOGAN_LIST_RE.finditer(text, lo, min(len(text), end + 80)):
        if not (m.start("items") <= start and end <= m.end("items")):
            continue
        items = [(i.start(), i.end() - 3) for i in re.finditer(r"[^、和及与]{2,10}?" + _GOAL_KIND, m.group("items"))]
        base = m.start("items")
        return sum(_common_words(text, base + a, base + b) for a, b in items) >= 2
    return False


def _always_after_prefix(text: str, short: list[_Cand], long: list[_Cand]) -> bool:
    """True when every mention of the short name stands right after the words the longer name adds before it (the
    longer name split by the tagger, not another park)."""
    prefixes = {c.name[:-len(short[0].name)] for c in long if c.name.endswith(short[0].name) and len(c.name) > len(short[0].name)}
    return bool(prefixes) and all(any(text[c.start - len(p):c.start] == p for p in prefixes if p) for c in short)


def _past_conjunction(text: str, start: int, end: int) -> int:
    """Where a name that would open with a conjunction (和, 及, 与) starts: after it, since no name opens with the word
    that joins it to what came before, unless the tagger reads it as the first character of a place (和平, 及第)."""
    if text[start:start + 1] in "和及与" and end - start >= 3 and not tagged_place(text, start, start + 2):
        return start + 1
    return start


def _adjective_then_class(text: str, start: int, end: int) -> bool:
    """True when the words before a park word are an adjective and then a rank (优秀/省级)."""
    words = [t for t in tokens_around(text, start) if start <= t.start and t.end <= end]
    return len(words) >= 2 and words[0].start == start and words[0].tag == "a" \
        and _RANK_RE.fullmatch(text, words[0].end, end) is not None


def _common_words(text: str, start: int, end: int) -> bool:
    """True when the tagger reads text[start:end] as common nouns and verbs only (产城/融合/发展), no proper name."""
    words = [t for t in tokens_around(text, start) if start <= t.start and t.end <= end]
    return bool(words) and sum(t.end - t.start for t in words) == end - start \
        and all(t.tag in ("n", "v", "vn", "a", "ad", "an") for t in words)


def _next_item_is_park(text: str, at: int) -> bool:
    """True when the list item from `at` (to the next 、 or clause mark) ends in a park word: 打造中日生态科技产业园、
    徐圩石化产业基地…, the parks a place builds (not 打造高端制造业集聚区、现代商贸物流业新兴区…, what it is to become)."""
    item = re.match(r"[^、，,。；;：:]{2,30}?(?=等|、|[，,。；;：:]|$)", text[at:at + 31])
    return item is not None and (ENDS_WITH_PARK_RE.search(item.group()) is not None or item.group().endswith(("园", "基地")))

# “郑州市五强产业集聚区”、“…示范区”等荣誉称号: a title the park was given, not a park
_TITLE_AFTER_RE = re.compile(r"[”\"]?(?:[、，,]?[“\"][^“”\"。]{2,30}[”\"])*[、，,]?等?(?:荣誉)?称号")


_CLAUSE_OPEN_RE = re.compile(r"(?:^|[，,。；;：:！？\n]|其中[，,]?)\s*$")
_ZONE_IN_TEXT_RE = re.compile(f"(?:{ZONE_WORDS})")


# titles given, in quotes, one after another (被授予广东省“环境友好贡献奖”、“X示范区”): the last quote opens another title
_TITLES_GIVEN_BEFORE_RE = re.compile(r"(?:授予|荣获|被评为|评为|获评)[\u4e00-\u9fff]{0,4}(?:[“\"][^“”\"。，,]{1,30}[”\"][、和及]?)*[“\"]$")
# titles listed after the verb that gives them, unquoted (先后被评为A基地、国家火炬B基地…和C园区等): the item's 、 or 和
# (and the words the name rule left before it) follows the verb with no pause but the list's own
_TITLES_LISTED_BEFORE_RE = re.compile(r"(?:被评为|获评|荣获|被授予|被认定为|被命名为)[^，,。；;：:“”]*[、和及][\u4e00-\u9fff]{0,6}$")
# a list closed by the titles it names (…等多块国字号招牌, 等称号)
_TITLES_AFTER_RE = re.compile(r"[^。；;，,：:]{0,60}?等[^。；;，,]{0,10}?(?:招牌|称号|牌子|荣誉|头衔|金字招牌)")
# the construction content of a project, up to the park's name (该项目主要建设A、B和C)
_BUILT_CONTENT_BEFORE_RE = re.compile(r"(?:项目|工程)(?:主要)?(?:建设内容(?:包括|包含|为|有)?|主要建设|建设内容主要(?:包括|为)?)[：:]?[^。；;，,：:]*$")
# what a park is described or positioned as, written before the words that describe it: a superlative, 集…于一体,
# 定位为 (a goal the text sets, not a park's name)
_DESCRIBED_BEFORE_RE = re.compile(r"(?:最[\u4e00-\u9fff]{1,2}的|[于为]一体的|定位(?:为|是)[：:]?"
                                  r"|具有[^，,。；;的]{1,10}(?:特色|特点|优势|影响力|竞争力)的"  # (建设具有地域特点的X聚集区)
                                  r"|(?:成为|建成|建设成|打造成|发展成)[^，,。；;“”]{1,14}的)$")  # (将成为辐射全国的X物流园区)
_PHASE_AFTER_RE = re.compile(r"(?:[一二三四五六七八九]|首)期")


def _named_sub_park(text: str, name: str, stem: str) -> bool:
    """A park named only by descriptive words (海洋生物科技园) is a park of its own when the article is
    about a zone, names it at least twice, and makes it the subject of a clause at least once."""
    if len(stem) < 2 or len(stem) < 4 and text.count(name) < 3 or not _ZONE_IN_TEXT_RE.search(text) or text.count(name) < 2:
        return False
    i = text.find(name)
    while i >= 0:
        if _CLAUSE_OPEN_RE.search(text, max(0, i - 4), i) and not text.startswith(("项目", "建设"), i + len(name)):
            return True
        i = text.find(name, i + len(name))
    return False


_PHASE_OF_FIRMS_RE = re.compile(r"的[^，,。；;、“”]{2,24}?(?:有限公司|有限责任公司|股份公司|集团)")


def _in_title(text: str, start: int, end: int) -> bool:
    """True when [start, end) sits inside 《…》 (a document's or a book's title)."""
    opened = text.rfind("《", max(0, start - 40), start)
    if opened < 0 or text.rfind("》", opened, start) >= 0:
        return False
    close = text.find("》", end, end + 40)
    return close >= 0 and text.find("《", end, close) < 0


# 高新区 / 经开区 written alone where a name would stand: after a mark, or after a conjunction that follows a place
# (永福县和高新区, 农科区、经开区); not 全国高新区, 各高新区, 国家高新区, 的高新区, which speak of zones in general
_BARE_CITY_ZONE_RE = re.compile(r"(?:(?<=^)|(?<=[，,。；;：:、\s“\"（(是在到])|(?<=[省市县区旗][和及与暨]))"
                                r"(高新区|经开区|经济技术开发区)(?![\u4e00-\u9fff]{0,2}(?:园|之一|等))")


def same_kind(word: str, park: str) -> bool:
    """True when a bare park word (高新区, 园区) can refer to the park named `park`."""
    if word == "园区" or park.endswith(word):  # 开发区 for 沧州经济开发区
        return True
    m = ENDS_WITH_PARK_RE.search(park)
    return m is not None and PARK_SUFFIXES.get(m.group()) == PARK_SUFFIXES.get(word)


def _city_zone(doc: Doc, mentions: list[ParkMention], occs: list[ParkOcc]) -> None:
    """A 高新区 or 经开区 a story about one city writes without its name (永福县和高新区分别签约4个项目) is that city's:
    a park named after the city (桂林高新区), when the article names no zone of the kind and says which city it is
    about (territory_of). Each such mention marks it."""
    text = doc.text
    hits = [m for m in _BARE_CITY_ZONE_RE.finditer(text) if not doc.in_quotes(m.start(), m.end())
            and not any(o.start <= m.start() < o.end or (o.end == m.start() - 1 and text[o.end] in "(（")
                        for o in occs)]  # (龙岩高新区(经开区): the park's other name, in brackets)
    if not hits:
        return
    city = territory_of(text, "市")
    if city is None:
        return
    county = territory_of(text, "县")
    if county is not None and len(re.findall(r"(?:(?<![\u4e00-\u9fff])|(?<=[市省]))" + re.escape(county) + "县", text)) >= max(
            1, len(re.findall(re.escape(city) + "(?!县)", text))):
        city = county + "县"  # (岳阳县举行…集中开工…其中，高新区标准厂房建设项目: a county's story, whose zone is the county's)
    for word in dict.fromkeys(m.group(1) for m in hits):
        kind = PARK_SUFFIXES[word]
        if any(same_kind(word, p.name) for p in mentions):
            continue  # the article names a zone of this kind: the bare word is that one (scope.one_of_kind)
        if re.search(r"(?:简称|下称)[“\"]?{0}|(?:\d+|[一二两三四五六七八九十百]+)个(?:国家级)?{0}|全国(?:\d+个)?{0}|各{0}".format(word), text):
            continue  # 我国国家级经济技术开发区(以下简称“经开区”), 全国232个经开区: the kind as a class, no city's zone
        name = city + word
        mine = [m for m in hits if m.group(1) == word]
        first = mine[0]
        named = next((p for p in mentions if name in (p.name, *p.aliases)), None)
        if named is not None:
            # 雅安经济开发区(雅安经开区) … 经开区营业收入110.4亿元: the bare word is the short form of the zone named
            occs.extend(ParkOcc(m.start(), m.end(), named.name) for m in mine)
            continue
        if kind != "高新区" and any(p.name == city + "开发区" for p in mentions):
            # 乌鲁木齐开发区 … 经开区(头区)6个项目: the city's 开发区, as the press calls its economic zone
            occs.extend(ParkOcc(m.start(), m.end(), city + "开发区") for m in mine)
            continue
        mentions.append(ParkMention(name=name, kind=kind, city=city, district=None, parent=None,
                                    span=Span(first.start(), first.end()), sentence=doc.sentence_at(first.start()),
                                    rule="park_city_bare"))
        occs.extend(ParkOcc(m.start(), m.end(), name) for m in mine)


# 新田园区完成规模工业总产值…, where the text writes 新田县: the county's park, named by the county's bare name
_COUNTY_PARK_RE = re.compile(r"(?<![\u4e00-\u9fff])(?P<county>[\u4e00-\u9fff]{2})园区(?=[\u4e00-\u9fff]{0,2}(?:完成|实现|新增|共|已|累计|入园|入驻|引进|落户|的|内|，|,))")
_CLAUSE_OPENERS = "，,。；;：:\n“"


def _county_park(doc: Doc, mentions: list[ParkMention], occs: list[ParkOcc]) -> None:
    """X园区 opening a clause, where the text writes X县 (or X市): the county's park by the county's bare name (新田园区),
    twice or more, or once under a headline that opens with the county. A county's parks together are written 全县园区; a
    park of its own has a name the table reads."""
    text = doc.text
    known = {m.name for m in mentions} | {a for m in mentions for a in m.aliases}
    found: dict[str, list[re.Match]] = {}
    for m in _COUNTY_PARK_RE.finditer(text):
        if m.start() > 0 and text[m.start() - 1] not in _CLAUSE_OPENERS and not text[:m.start()].endswith(("今年以来", "目前")):
            continue
        county = m.group("county")
        if not re.search(re.escape(county) + "[县市]", text) or is_generic_stem(county) or county + "园区" in known:
            continue
        found.setdefault(county, []).append(m)
    for county, ms in found.items():
        if text.count(county + "园区") < 2 and not text.lstrip().startswith(county):
            continue
        name = county + "园区"
        first = ms[0]
        mentions.append(ParkMention(name=name, kind="产业园", city=None, district=county + "县", parent=None,
                                    span=Span(first.start(), first.end()), sentence=doc.sentence_at(first.start()),
                                    rule="park_city_bare"))
        occs.extend(ParkOcc(m.start(), m.start() + len(name), name) for m in ms)


# 珠海市金湾区(珠海经济技术开发区): a district and, in brackets, the zone it is one body with
_DISTRICT_THEN_ZONE_RE = re.compile(r"(?:%s)?市?(?P<district>[\u4e00-\u9fff]{2,3}区)[(（](?P<zone>[^()（）]{4,20})[)）]"
                                    % CITY_RE.pattern)


def districts_of_zones(text: str, parks: list[ParkMention]) -> dict[str, str]:
    """District -> zone, for each district written with a zone in brackets after it (金湾区(珠海经济技术开发区)): one
    body with the zone (区政合一), so a firm that signs with the district's government signs with the zone. (The
    district stays a place of its own: its own figures are the district's.)"""
    by_form = {form: p for p in parks if p.kind in ZONE_KINDS for form in [p.name] + p.aliases}
    out = {}
    for m in _DISTRICT_THEN_ZONE_RE.finditer(text):
        p = by_form.get(m.group("zone"))
        district = m.group("district")
        if p is not None and not SUFFIX_RE.search(district) and not is_generic_stem(district[:-1]):
            out[district] = p.name
    return out


def _short_form_occurrences(text: str, mentions: list[ParkMention], occs: list[ParkOcc]) -> None:
    """A short spelling the text writes without a park word of its own (宁东基地 for 宁东能源化工基地, which no
    suffix finds as a park): an alias of the one park it shortens, marked wherever it occurs."""
    shorts = {p.name: sorted(_short_forms(merge_key(p.name))) for p in mentions}  # (sorted: the same order every run)
    owners: dict[str, set[str]] = {}
    for p in mentions:
        for short in shorts[p.name]:
            owners.setdefault(short, set()).add(p.name)
    for p in mentions:
        for short in shorts[p.name]:
            if len(owners[short]) == 1 and short not in p.aliases and len(short) >= 4 and short in text \
                    and not SUFFIX_RE.search(short):
                p.aliases.append(short)
                _alias_occurrences(text, [short], p.name, occs)


# (中国图们江区域(珲春)国际合作示范区: the country's region, then the city in brackets, which the tagger reads as a place)
_REGION_CITY_BRACKET_RE = re.compile(r"(?:长三角|珠三角|京津冀|粤港澳|成渝|长江|黄河|西部|东部|中部|东北|沪苏|苏浙皖|闽西南"
                                     r"|中国[\u4e00-\u9fff]{2,6}?区域)"
                                     r"[(（]([\u4e00-\u9fff]{2,3})[)）]")
_QUOTED_SHORT_RE = re.compile(r"[“「\"]([\u4e00-\u9fff]{2,3})[”」\"]")


def _quoted_contractions(text: str, mentions: list[ParkMention], occs: list[ParkOcc]) -> None:
    """A quoted contraction of two or three characters («南軟» for 南港軟體工業園區): its characters in order in exactly one
    park's name, the first its first, is that park's short name, wherever it is written."""
    for m in _QUOTED_SHORT_RE.finditer(text):
        short = m.group(1)
        if any(short == p.name or short in p.aliases for p in mentions):
            continue
        owners = [p for p in mentions if p.name[0] == short[0] and len(p.name) >= len(short) + 3
                  and in_order(short[1:], p.name[1:])]
        if len(owners) == 1:
            owners[0].aliases.append(short)
            _alias_occurrences(text, [short], owners[0].name, occs)


def _inner_stem_short_names(mentions: list[ParkMention], occs: list[ParkOcc]) -> None:
    """A park written as its stem and kind (该县空港经济区) where the text names one longer park of that kind holding the
    stem after its place and more of its name (南宁空港扶绥经济区): the same park, its short name an alias. (Not 科學工業園區
    beside 新竹科學工業園區: the place alone before the short name, which is the kind all such parks share.)"""
    for p in list(mentions):
        if p.parent or leading_place(p.name)[0] is not None:
            continue
        m = ENDS_WITH_PARK_RE.search(p.name)
        stem = p.name[:m.start()] if m else ""
        longer = [q for q in mentions if q is not p and q.name.endswith(m.group()) and len(q.name) > len(p.name) + 1
                  and stem in q.name[:-len(m.group())] and not q.name.startswith(stem) and not q.name.endswith(p.name)
                  and leading_place(q.name)[0] is not None] if len(stem) >= 2 and not is_generic_stem(stem) else []
        if not longer and len(p.name) >= 4:
            # 中德装备园 for 中德(沈阳)高端装备制造产业园: the press's contraction, its first two characters the long name's,
            # the rest in order in it, the same last character
            longer = [q for q in mentions if q is not p and len(q.name) >= len(p.name) + 3 and q.name[:2] == p.name[:2]
                      and q.name[-1] == p.name[-1] and not q.name.startswith(p.name[:-1])
                      and in_order(p.name[2:], q.name[2:])]
        if len(longer) != 1:
            continue
        q = longer[0]
        q.aliases += [a for a in [p.name, *p.aliases] if a not in q.aliases and a != q.name]
        mentions.remove(p)
        for k, o in enumerate(occs):
            if o.key == p.name:
                occs[k] = ParkOcc(o.start, o.end, q.name)


def _alias_occurrences(text: str, defined: list[str], canonical: str, occs: list[ParkOcc]) -> None:
    """A 以下简称 short name (长春汽开区) and its city-less form (汽开区) mark the park wherever they occur."""
    forms = set()
    for a in defined:
        forms.add(a)
        city, _ = leading_place(a)
        rest = a[len(city):].lstrip("市") if city else ""
        if len(rest) >= 3 and rest[-1] in "区园城":
            forms.add(rest)
    taken = set()
    for o in occs:
        taken.update(range(o.start, o.end))
    for form in sorted(forms, key=len, reverse=True):
        i = text.find(form)  # str.find: a compiled pattern per alias would churn the re cache
        while i >= 0:
            j = i + len(form)
            if i not in taken and j - 1 not in taken:
                occs.append(ParkOcc(i, j, canonical))
                taken.update(range(i, j))
            i = text.find(form, j)


def _set_parents(doc: Doc, mentions: list[ParkMention], occs: list[ParkOcc]) -> None:
    by_name = {p.name: p for p in mentions}
    for p in mentions:
        for q in mentions:
            if q is p:
                continue
            for form in [q.name] + q.aliases:
                if len(form) >= 4 and p.name.startswith(form) and len(p.name) > len(form) + 1 and form not in p.name[len(form):]:
                    if not p.name[len(form):].startswith("·"):
                        p.parent = q.name
                        inner = p.name[len(form):]
                        suffix = ENDS_WITH_PARK_RE.search(inner)
                        if suffix and suffix.start() >= 3 and not is_generic_stem(inner[:suffix.start()]) \
                                and inner not in p.aliases and not CITY_RE.match(inner) \
                                and not re.search(r"[\d(（—·]|片区|及|和", inner) and not VERBISH_RE.search(inner):
                            p.aliases.append(inner)  # 上杭工业园区白砂新材料产业园: the inner park, by its own name
    text = doc.text
    for m in re.finditer(r"位于", text):
        after = [o for o in occs if m.end() <= o.start <= m.end() + 2]
        if not after:
            continue
        zone = by_name.get(after[0].key)
        if zone is None or zone.kind not in ZONE_KINDS and zone.kind != "产业园":
            continue
        # 位于P的Q
        follow = [o for o in occs if after[0].end < o.start <= after[0].end + 2 and text[after[0].end:o.start] == "的"]
        targets = [follow[0].key] if follow else []
        if not targets:
            # Q、R位于P: parks in the same clause before 位于
            clause_start = doc.clause(m.start()).start
            targets = [o.key for o in occs if clause_start <= o.start and o.end <= m.start()]
        for t in targets:
            q = by_name.get(t)
            if q is not None and q.name != zone.name and q.parent is None:
                q.parent = zone.name
    for p in mentions:
        if p.city is None and p.parent and p.parent in by_name:
            p.city = by_name[p.parent].city


TERRITORY_GROUP_RE = re.compile(r"(?:全省|全市|全国|全区|全县|该县|该市)(?:各类|各级|各)?(?:国家级|省级)?(?:%s|(?:产业|工业)?园区|小微企业园)"
                                % GROUP_ZONE_WORDS)
# 岳阳市产业园区: a city's parks together, named with the city (a park of its own has a name between: 绵阳市X产业园区)
_CITY_PARKS_RE = re.compile(r"(?:%s)市(?:各类|各)?(?P<word>产业园区|工业园区)" % CITY_RE.pattern)
_LEVEL_PARKS_RE = re.compile(r"(?:%s)(?:省|市)?(?:省级|国家级|市级)?(?:及|或)?以上(?:产业园区|工业园区|园区|开发区)"
                             % CITY_RE.pattern)


def _city_parks_together(word: str, text: str) -> bool:
    """True when a city's 产业园区 or 工业园区 (X市产业园区) means its parks together: 产业园区 always, 工业园区 where the
    story also writes 全市工业园区 (上饶市工业园区…。全市工业园区实现…)."""
    return word == "产业园区" or (word == "工业园区" and "全市工业园区" in text)


# Kinds whose name is a park's only when it opens with a known place (福州新区, not 城南新区).
_PLACE_NAMED_KINDS = {"国家级新区"}


# The stem of a part of town: a direction, or the water or the old town it lies by (城南, 河西, 滨湖, 老城)
_TOWN_PART_STEM_RE = re.compile(r"[东西南北中内外上下前后]|^(?:城|滨|江|河|湖|海|港|老|新|高|旧)")


def _own_named_new_area(text: str, start: int, end: int, stem: str) -> bool:
    """True for X新区 where X is a short proper name the tagger reads as one place with the word (青云新区,
    玉屏新区), not a part of town named by where it lies (城南新区, 河西新区), in an article about a 新区 (the
    word comes again: …推动新区高质量发展) or where the area is itself what the clause is about (X新区已累计实施…,
    …的先导区——X新区。), not one that names it in passing as where something else is (面向X新区的…, X新区的产业园)."""
    if stem in STATE_NEW_AREA_STEMS:
        return True  # 雄安新区工信科技数据局局长…: a state-level new area, one of a closed class
    if 2 <= len(stem) <= 3 and text.lstrip().startswith(stem + "新区") and text.count(stem + "新区") >= 3 \
            and not is_generic_stem(stem):
        return True  # 滨海新区82个重点项目…: the area a headline opens with and the story keeps naming is its subject
    if _two_provinces_initials(stem) and not is_generic_stem(stem[2:]):
        return True  # 川渝高竹新区: an area two provinces build together, named after both and its own place
    # (南太湖新区 …落户新区…新区主导产业: a stem with a direction in it is still the area's name where the story goes on
    # about 新区 bare, the area it is about)
    bare_refs = len(_NEW_AREA_WORD_RE.findall(text)) - text.count(stem + "新区")
    return 2 <= len(stem) <= 3 and (not _TOWN_PART_STEM_RE.search(stem) or _two_city_initials(text, stem)
                                    or (bare_refs >= 2 and len(stem) == 3)) \
        and not is_generic_stem(stem) \
        and (len(_NEW_AREA_WORD_RE.findall(text)) >= 2 or not text.startswith("的", end)) \
        and any(t.start == start and t.end == end and t.tag == "LOC" for t in tokens_around(text, start))


_NEW_AREA_WORD_RE = re.compile(r"(?<!高)新区")  # (高新区 is another word)


def _two_provinces_initials(stem: str) -> bool:
    """True when a four-character stem opens with the one-character names of two provinces (川渝高竹: 四川 and 重庆)."""
    first, second = PROVINCE_INITIALS.get(stem[:1]), PROVINCE_INITIALS.get(stem[1:2])
    return len(stem) == 4 and first is not None and second is not None and first != second


def _names_no_place(text: str, cands: list, middle: str) -> bool:
    """True when `middle`, written inside a park's name, is its developer's name (招商局), no place: not in the
    tables, and not read as one by the tagger where the text writes it."""
    if not re.search(r"(?:局|集团|公司|控股)$", middle) or middle in PLACES or leading_place(middle)[0] is not None:
        return False  # (a developer's name, 招商局; not 海口空港综合保税区 and 海口综合保税区, two zones)
    for c in cands:
        i = text.find(middle, c.start, c.end)
        if i >= 0 and word_tag(text, i, i + len(middle)) == "LOC":
            return False
    return True


def _last_cities(keys: list[str], bare: str) -> set[str]:
    """The last city named before `bare` in each key, where it is one (a province or a county is none)."""
    out = set()
    for k in keys:
        cities = [m.group() for m in CITY_RE.finditer(k[:len(k) - len(bare)]) if m.group() in CITIES]
        if cities:
            out.add(cities[-1])
    return out


def _wider_place(words: str) -> bool:
    """True when `words` name a province (湖南, 山东省), or several cities of one province by their first characters
    (济青烟: 济南, 青岛 and 烟台)."""
    words = words.removesuffix("省")
    if words in PROVINCES:
        return True
    if not 2 <= len(words) <= 4:
        return False
    return any(all(any(c[0] == ch for c in cities.split()) for ch in words) for cities in CITIES_BY_PROVINCE.values())


def _two_city_initials(text: str, stem: str) -> bool:
    """True when a two-character stem is the first characters of two cities of one province, one of which the
    text names (西咸新区: 西安 and 咸阳), as a new area two cities share is named."""
    if len(stem) != 2:
        return False
    for a in CITIES:
        if a[0] != stem[0] or a not in text:
            continue
        province = PROVINCE_OF_CITY.get(a)
        if any(b != a and b[0] == stem[1] and PROVINCE_OF_CITY.get(b) == province for b in CITIES):
            return True
    return False


def _stem_is_no_name(text: str, start: int, end: int) -> bool:
    """True when the words before a zone's suffix (with no place the table knows) name nothing: the tagger reads
    the first as a verb with more words after it, or one of two or more characters among them as a verb
    (占/市/下达/高新区), or they open with a bare unit (市下达高新区)."""
    if text[start:start + 1] in "市县省区镇" and not re.match(r"市[东南西北中](?!部)", text[start:start + 2] + text[start + 2:start + 3]):
        return True  # (市北高新区: 市北 is a district's name, 'north of the city')  # (完成/市下达/高新区: a zone's name never opens with a bare unit, 'the city's')
    words = [t for t in tokens_around(text, start) if start <= t.start and t.end <= end]
    return bool(words) and ((words[0].tag == "v" and words[0].end < end)
                            or any(t.tag == "v" and len(t.word) >= 2 for t in words))


def _clause_in_stem(text: str, start: int, head: int) -> bool:
    """True when the words before a park suffix open with a verb of winning a title (同时获评国家绿色工业园区) or an
    adverb (正以特色产业园, 不像产业园), hold an adverb and a preposition, or hold a verb of meetings, policy, plans or
    standing right after a place, an adverb or the start (邢台市/全面/落实/开发区, 湛江市/召开/产业园区): a clause ran into
    a park word, no park's name. (A place and an industry's verb is a name: 兰州铸造工业园区.)"""
    if _HONOUR_OPENING_RE.match(text, start, head):
        return True  # (同时获评国家绿色工业园区: the title a park won, after the verb; the park is named before)
    words = [t for t in tokens_around(text, start) if t.start >= start and t.end <= head]
    if words and words[0].tag in ("d", "ad") \
            or any(a.tag in ("d", "ad") and b.tag == "p" for a, b in zip(words, words[1:])):
        return True  # (内江各县正以特色产业园: an adverb and a preposition, inside)
    return any(t.tag == "v" and _CLAUSE_VERB_RE.fullmatch(t.word) and (k == 0 or words[k - 1].tag in ("LOC", "d", "ad"))
               for k, t in enumerate(words))


def _verb_before_generic(text: str, start: int, head: int) -> bool:
    """True when the words before a park suffix are a one-character verb and words that only describe
    (占/产业/集聚区). Elsewhere a lone 'verb' is more often a brand's first character (联/东U谷)."""
    first = next((t for t in tokens_around(text, start) if t.start == start), None)
    return first is not None and first.tag == "v" and len(first.word) == 1 and first.end < head \
        and is_generic_stem(text[first.end:head])


def _placed_after_province(text: str, at: int, province: str) -> bool:
    """True when a place of that province opens the name at `at` (青海/柴达木…, 辽宁/台安…): not a description
    (宁夏/生态纺织…), and not a city of another province (湖北/深圳工业园, 河北-平武: a park two places build)."""
    tokens = tokens_around(text, at)
    if any(t.start == at - len(province) and t.end > at and t.tag in ("LOC", "ORG") for t in tokens):
        return True  # 辽宁台安高新农业产业开发区: the tagger reads the whole as one proper name
    token = next((t for t in tokens if t.start == at), None)
    if token is None or token.tag != "LOC" or len(token.word) < 2:
        return False
    home = PROVINCE_OF_CITY.get(token.word[:2])
    return home is None or home == province.rstrip("省")


def generic_park_name(name: str) -> bool:
    """True when a park's name is only a kind with descriptive words (综合保税区, 氢能产业园, 经济技术开发区): every
    such park in China is written so, so the name points at none of them outside its own article."""
    key = norm_key(name)
    stem = ENDS_WITH_PARK_RE.sub("", key)
    return stem != key and is_generic_stem(stem)


def _listed_together(text: str, these: list[_Cand], those: list[_Cand]) -> bool:
    """True when two names stand side by side in one list (凤阳工业园区、凤阳硅工业园、…三大省级园区): two parks."""
    return any(a.end + 1 == b.start and text[a.end] in "、和及与" for x, y in ((these, those), (those, these))
               for a in x for b in y)


def _one_place(text: str, start: int, end: int) -> bool:
    """True when the tagger reads text[start:end] as one place name (黔东工业园区)."""
    return word_tag(text, start, end) == "LOC"


_PLACE_THEN_DASH_RE = re.compile(r"[\u4e00-\u9fff]{2,3}(?=[—―－-])")


def _place_before_dash(text: str, dash: int) -> int:
    """How long the place a dash at `dash` is written after, when the tagger reads the two or three characters
    before it as one place no table lists and not as part of a longer one (奎屯-独山子…); 0 when there is none."""
    if dash < 2 or text[dash] not in "—―－-":
        return 0
    return next((n for n in (2, 3) if n <= dash and tagged_place(text, dash - n, dash)
                 and not (n < dash and tagged_place(text, dash - n - 1, dash))), 0)


def _branch_place_before(text: str, start: int, s: int, e: int) -> bool:
    """True when the words before a 分园 at s end with the place the branch stands in (a city, or one short
    place the tagger reads), the parent park's name before it if any (X科学园深圳分园)."""
    if s - start < 2:
        return False
    if CITY_RE.search(text, max(start, s - 4), s) and re.search(f"(?:{CITY_RE.pattern})$", text[start:s]):
        return True
    # (双东分园: the tagger reads the branch with its place as one place name)
    # (南安分园区: with its 区 too; e is where the word ends)
    return any(tagged_place(text, s - n, s) or any(_one_place(text, s - n, end) for end in {s + 2, e})
               for n in (2, 3) if s - n >= start)


def tagged_place(text: str, start: int, end: int) -> bool:
    """True when the tagger reads text[start:end] as one short place name (于田, 新和: counties no table
    lists; a longer stem it calls a place is too often a descriptive phrase)."""
    return end - start <= 3 and _one_place(text, start, end)


def _once_per_doc(find):
    """`find(doc)` computed once per article: the group finders are asked by the facts, the group members and
    group_full_names alike. What they return is shared, so callers only read it. (group_full_names also takes
    the article's park occurrences: every caller passes the final ones, so the first call's answer holds.)"""
    attr = "_" + find.__name__

    @wraps(find)
    def once(doc: Doc, *args):
        if attr not in doc.__dict__:
            doc.__dict__[attr] = find(doc, *args)
        return doc.__dict__[attr]
    return once


@_once_per_doc
def find_territory_groups(doc: Doc) -> list[tuple[int, int, str]]:
    """'全省开发区', '全市园区': all the parks of a territory, a subject of its own (start, end, name).

    Named after the territory when the article says which it is (全市工业园区 in a story about 玉溪
    -> 玉溪市工业园区): 全省开发区 of two stories about two provinces are not one group.
    """
    found = [(m.start(), m.end(), m.group()) for m in _CITY_PARKS_RE.finditer(doc.text)
             if _city_parks_together(m.group("word"), doc.text)]
    # 湖南省级以上产业园区: a province's parks of a level and above, named as the text writes them
    found += [(m.start(), m.end(), m.group()) for m in _LEVEL_PARKS_RE.finditer(doc.text)]
    places: dict[str, str | None] = {}  # 省 / 市 -> the territory, read from the text once each
    for m in TERRITORY_GROUP_RE.finditer(doc.text):
        level = m.group()[1]
        if level not in places:
            places[level] = territory_of(doc.text, level)
        place = places[level]
        name = place + m.group()[1:] if place else m.group()
        if place and place + level + m.group() in doc.text:
            name = place + level + m.group()  # 山西省全省开发区: as the text writes it, where it does
        found.append((m.start(), m.end(), name))
    return sorted(found)


_TERRITORY_PLACE_RE = re.compile(r"[\u4e00-\u9fff]{1,8}?[省市区国]")
_GENERIC_GROUP_WORD_RE = re.compile(r"(?:%s|园区)$" % GROUP_ZONE_WORDS)


def _generic_word(name: str) -> str:
    """The kind a group of parks is counted in: 园区 for 产业园区 and 园区, else its zone word."""
    m = _GENERIC_GROUP_WORD_RE.search(name)
    return m.group() if m else ""


def territory_of(text: str, level: str) -> str | None:
    """The province (省), city (市) or county (县) an article is about: the only province it names with 省 (else, when it
    names none so, the province its cities and bare province names belong to: see _province_of_places), or
    the city it names most, at least twice as often as any other; None when the text does not say."""
    if level == "省":
        named = {m.group(1) for m in PROVINCE_NAMED_RE.finditer(text)}
        if not named:
            return _province_of_places(text)
        return next(iter(named)) if len(named) == 1 else None
    if level == "市":
        city = _most_named(m.group() for m in CITY_RE.finditer(text) if m.group() in CITIES)
        return city if city not in PROVINCES else None
    if level == "县":  # (据统计，该县园区…: the county the article names most)
        return _most_named(m.group(1) for m in _COUNTY_RE.finditer(text) if m.group(1)[-1] not in "该全本各每两个")
    return None


def _most_named(names) -> str | None:
    """The name written most, at least twice as often as any other; None when there is none such."""
    ranked = Counter(names).most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]) else None


_BRACKET_CLOSE_RE = re.compile(r"[)）]")
_COUNTY_RE = re.compile(r"([\u4e00-\u9fff]{2})县")
# 在县产业集聚区, 。县工业园: the bare unit after a break or a preposition (not a place's last character; 我市开发区, 该县集中区:
# a class of parks, or the place itself)
_OWN_UNIT_PARK_RE = re.compile(r"(?:^|[^\u4e00-\u9fff]|[在到于和与及对从])[县市]")


def _province_of_places(text: str) -> str | None:
    """The province a provincial paper's story is about when it never writes 某省 (我省…，全省产业园区; 成都
    高新区, 崇州经济开发区): the province of the cities and bare province names it writes, when one province has
    at least two of them and twice as many as any other; never a province that is one city (北京, 上海)."""
    provinces: Counter[str] = Counter()
    for m in CITY_RE.finditer(text):
        place = m.group()
        province = place if place in PROVINCES else PROVINCE_OF_CITY.get(place)
        if province:
            provinces[province] += 1
    ranked = provinces.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return None if ranked[0][0] in MUNICIPALITIES else ranked[0][0]


# a group written as a count and a bare park word, no name of its own (两个园区; not 6个南北共建园区)
_HEADLESS_GROUP_RE = re.compile(r"(?:这|该|上述|以上)?(?:\d+|[两二三四五六七八九十]+)个(?:工业|产业)?(?:园区|开发区|园|高新区|经开区)$")


def _named_just_before(doc: Doc, occs: list[ParkOcc], start: int, count: int) -> list[ParkOcc]:
    """The parks a group written with no place (两个园区) counts back to: exactly `count` parks named in its
    paragraph before it and the paragraph before that, in the order first written."""
    text = doc.text
    lo = text.rfind("\n", 0, start)
    while lo > 0 and not text[text.rfind("\n", 0, lo) + 1:lo].strip():
        lo = text.rfind("\n", 0, lo)  # (blank lines between paragraphs)
    lo = text.rfind("\n", 0, max(0, lo)) + 1 if lo > 0 else 0
    first: dict[str, ParkOcc] = {}
    for o in occs:
        if lo <= o.start and o.end <= start and o.key not in first:
            first[o.key] = o
    return list(first.values()) if len(first) == count else []


def _listed_name(keys: list[str]) -> str:
    return keys[0] if len(keys) == 1 else "、".join(keys[:-1]) + "和" + keys[-1]


@_once_per_doc
def group_full_names(doc: Doc, occs: tuple[ParkOcc, ...] = ()) -> dict[str, str]:
    """The names groups of parks are known by outside the article, for those the text writes with 全市 / 全省
    (全市13个产业园区 in a story about 绵阳 -> 绵阳市13个产业园区), when the text says which territory it is; and
    a territory's parks (绵阳市园区, 宜宾市产业园区: find_territory_groups) under the name of the group of them the
    text has counted, when it counts one."""
    out = {}
    counted = {name for _, _, name, n in find_park_groups(doc) if n > 1}
    for name in counted:
        head = re.match(r"全([市省])", name)
        place = territory_of(doc.text, head.group(1)) if head else None
        if place:
            out[name] = place + name[1:]
    for s, _, name, n in find_park_groups(doc):
        if n > 1 and name not in out and _HEADLESS_GROUP_RE.match(name):
            named = _named_just_before(doc, list(occs), s, n)
            if named:  # …北方石蜡工业园区也将…。目前，两个园区已有…项目17个: the two parks just named
                out[name] = _listed_name([o.key for o in named])
    for _, _, name in find_territory_groups(doc):
        place = _TERRITORY_PLACE_RE.match(name)
        same = [c for c in counted if place and _generic_word(c) == _generic_word(name)
                and re.match(re.escape(place.group()) + r"(?:\d+|[一二三四五六七八九十]+)个", out.get(c, c))]
        if len(same) == 1:
            out[name] = out.get(same[0], same[0])
    return out


@_once_per_doc
def find_park_groups(doc: Doc) -> list[tuple[int, int, str, int]]:
    """Groups of parks ('青岛8个新兴产业专业园区'): (start, end, canonical name, count)."""
    text = doc.text
    found: list[tuple[int, int, str, int]] = []
    for m in _GROUP_COUNT_RE.finditer(text):
        if doc.in_quotes(m.start(), m.end()):
            continue
        head = text[max(0, m.start() - 3):m.start()]
        pm = _GROUP_HEAD_RE.search(head)
        if pm and text[m.start() - len(pm.group()) - 1:m.start() - len(pm.group())] in ("、", "和", "及"):
            pm = None  # 南宁、桂林、柳州、北海4个国家高新区: the last city listed, not the group's place
        start = m.start() - len(pm.group()) if pm else m.start()
        name = text[start:m.end()]
        n = re.match(r"\d+|[一二两三四五六七八九十]+", m.group()).group()
        count = numeral(n)
        # 6个数字经济试点园区 after 等: a list summary, not a subject group; keep it all the same
        found.append((start, m.end(), name, count))
    # canonical per count: a form that starts with a city, else the longest
    best: dict[int, str] = {}
    for _, _, name, count in found:
        cur = best.get(count)
        score = (bool(CITY_RE.match(name)), len(name))
        if cur is None or score > (bool(CITY_RE.match(cur)), len(cur)):
            best[count] = name
    out = [(s, e, best[c], c) for s, e, _, c in found]
    # 13个自贸港重点园区…。预计全年自贸港重点园区实现营业收入…: the group written again without its count
    taken = [(s, e) for s, e, _, _ in found]
    for s0, e0, _, c in list(out):
        noun = re.sub(r"^.*?(?:\d+|[一二两三四五六七八九十]+)(?:个|家|座|大)", "", text[s0:e0])
        stem = re.sub(r"(?:园区|产业园|%s)$" % GROUP_ZONE_WORDS, "", noun)
        if stem == noun or len(stem) < 3 or is_generic_stem(stem):
            continue  # (8个园区, 5个工业园区: no words of the group's own to find it by again)
        for again in re.finditer(re.escape(noun), text):
            if any(a <= again.start() < b for a, b in taken) or NAME_CHAR_RE.match(text, again.start() - 1) \
                    and not re.match(r"[，,。；;：:\n、年月日末底前后内外其中全]", text[again.start() - 1]):
                continue  # (inside the counted mention, or the tail of a longer name)
            out.append((again.start(), again.end(), best[c], c))
            taken.append((again.start(), again.end()))
    return sorted(out)


_LIST_LINE_RE = re.compile(r"[ \t]*[-*•·]\s*(.+?)\s*$")
# X(园区)，是…的8个新兴产业专业园区之一: X is one of the group
_ONE_OF_BEFORE_RE = re.compile(r"^(?:园区)?[，,]?\s*(?:是|为|系|作为)[^。；;！？]{0,24}?$")


def find_group_members(doc: Doc, occs: list[ParkOcc]) -> list[ParkGroupMention]:
    """Groups of parks with the parks the text names as their members.

    Two ways the press lists them: the group on a line of its own followed by one line per park
    ('青岛8个新兴产业专业园区' then '- 青岛市氢能产业园' …), taken when the lines name exactly as many
    parks as the group counts; and 'X，是…的8个…园区之一'.
    """
    text = doc.text
    occ_at = {(o.start, o.end): o.key for o in occs}
    out: dict[str, ParkGroupMention] = {}
    full = group_full_names(doc, tuple(occs))
    for s, e, name, count in find_park_groups(doc):
        members: list[tuple[str, Span]] = []
        if count > 1 and _HEADLESS_GROUP_RE.match(name):
            named = _named_just_before(doc, occs, s, count)
            members = [(o.key, Span(o.start, o.end), doc.sentence_at(o.start)) for o in named]
        line_start = text.rfind("\n", 0, s) + 1
        line_end = text.find("\n", e)
        line_end = len(text) if line_end < 0 else line_end
        if members:
            pass
        elif len(text[line_start:s].strip(" #")) <= 4 and not text[e:line_end].strip(" ：:"):  # a place may lead
            pos = line_end + 1
            while pos < len(text):
                end = text.find("\n", pos)
                end = len(text) if end < 0 else end
                line = text[pos:end]
                m = _LIST_LINE_RE.fullmatch(line)
                if m is None:
                    if line.strip() or members:
                        break
                else:
                    key = occ_at.get((pos + m.start(1), pos + m.end(1)))
                    if key is None:
                        members = []
                        break
                    members.append((key, Span(pos + m.start(1), pos + m.end(1)), Span(line_start, end)))
                pos = end + 1
            if len(members) != count:
                members = []
        elif text.startswith("之一", e):
            sent = doc.sentence_at(s)
            before = [o for o in occs if sent.start <= o.start and o.end <= s and _ONE_OF_BEFORE_RE.match(text[o.end:s])]
            members = [(before[-1].key, Span(before[-1].start, before[-1].end), sent)] if before else []
        if members:
            name = full.get(name, name)
            group = out.setdefault(name, ParkGroupMention(name=name, members=[], span=Span(s, e),
                                                          sentence=doc.sentence_at(s)))
            # each member's source: the group's line down to the member's (a list), or the sentence
            for key, span, source in members:
                if key not in group.members:
                    group.members.append(key)
                    group.member_spans.append(span)
                    group.member_sentences.append(source)
    return list(out.values())
