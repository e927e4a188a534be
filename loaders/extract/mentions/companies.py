"""Companies and institutions (enterprise, university, research, government, other).

Patterns over news prose rather than name lists:
- legal forms: …有限公司, …股份, …集团, …分公司, …银行 (name reaches left to the boundary);
- enumerations closed by a group noun: 'A、B、C等企业/龙头企业/多家企业/单位/高校/研发机构/项目';
- a role after the name: 'X董事长/总裁/副总经理/相关负责人 …';
- a label before it: '企业X', '链主企业X', '领军企业X';
- brand plus city in brackets: 'X(青岛)…'; '以X为例'; '以X牵头'.
The kind comes from the name's ending (大学/学院 -> university, 研究院/研究所/实验室/…中心 ->
research, 政府/管委会/局/委 -> government), else enterprise.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..tables.lexicon import BOUNDARY_WORDS, CITY_RE, COUNTRIES, MACRO_REGION_RE, PLACE_PREFIX_RE, PLACES, STATE_NEW_AREA_STEMS, VERBISH_RE, numeral
from .amounts import cn_to_int
from .names import de_ends_brand, in_order, is_generic_stem, leading_place, name_start, norm_key, strip_quotes, unbalanced_brackets
from ..tables.vocab import SUFFIX_RE as PARK_SUFFIX_RE
from ..tables.vocab import DEFINED_AS, ENDS_WITH_PARK_RE, ENDS_WITH_ZONE_RE, PARK_WORDS, WORKS_END_RE, ZONE_WORDS
from ..text.sentences import Doc
from .tagger import is_generic_head, tag_sentence, tokens_around, word_tag
from ..types import CompanyMention, Span

LEGAL_RE = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|股份公司|集团有限公司|集团公司|分公司|株式会社|公司|集团|股份|银行"
                      r"|(?<=[\u4e00-\u9fff]{2})(?:分行|支行))"  # 农发行北流市支行: a bank's branch (its stem names the bank)
                      r"(?:[\u4e00-\u9fff]{2,4}分公司|[\u4e00-\u9fff]{2,6}?(?:分行|支行))?(?![化权份]|制(?!造))")  # (公司制改革; X有限公司制造项目)
COMPANY_WORD_END = re.compile(
    r"(科技|电子|光电|通信|网络|智能|电气|重工|化学|股份|集团|公司|信息|软件|医药|药业|生物|材料|新材|能源|机械|汽车|装备|"
    r"微电子|半导体|数据|视像|视觉|精密|仪器|银行|证券|控股|实业|电器|电力|钢铁|特钢|物流|传媒|动力|氢能|VR|食品|乳业|酒业|纺织|服饰)$")
# (美的制冷、美的通用及相关配套企业: a list closed by 及相关 names its firms as 等 does; 等 inside a word, 高等院校,
# 同等, 中等, 平等, closes no list)
GROUP_NOUN_RE = re.compile(r"(?:(?<![高同中初平均])等(?!在内)|……(?=一大?批)|(?<!以)及(?:其)?相关)(?P<gap>(?:[^，,。；;：:、“”\n了和]|“[^，,。；;：:、“”\n]{1,6}”|(?<!研发|生产|制造)和(?!研发|制造|生产|加工|销售|服务)(?=[\u4e00-\u9fff]{2,4}(?:项目|企业))|、(?=[\u4e00-\u9fff]{2,4}项目)){0,16}?)(?P<noun>企事业单位|龙头企业|企业|公司|龙头(?!项目)|巨头|500强|单位|高校|院校|"
                           r"科研院所|研发机构|机构|项目|配套商|供应商|制造商|服务商|运营商|开发商|大厂|厂商)")
# (深圳天马、富士康、中芯国际……一大批国内外高新行业领军企业: the ellipsis closes the list as 等 does; A、B等整车和零部件
# 项目, A、B等新材料、新能源项目: two kinds of project joined before the noun; not 等研发和制造企业, what firms do)
# 鱼跃、碧水源、今日头条等一批关联度大、带动性强的行业龙头企业: a list closed by firms (or projects) described at length
_FIRMS_CARE_AFTER_RE = re.compile(r"(?:最|所|普遍|都|较为)?(?:关心|关注|关切|期盼|反映|需要|面临)")
_DESCRIBED_GROUP_RE = re.compile(r"等(?P<gap>(?:一批|(?:\d+|[两三四五六七八九十]+)个)[^，,。；;：:“”\n]{2,24}?的"
                                 r"(?:行业|优势|重大|重点|优质)?)(?P<noun>龙头企业|企业|项目)")
# (…等一批前景好、品质高的优势项目, …等一批体量大、效益好、紧贴民生的重大项目)
# 华阳电厂、…和长春化工等五家台湾著名财团和上市公司: firms counted in 家, then two kinds of firm joined by 和
_COUNTED_GROUP_RE = re.compile(r"等(?P<gap>(?:\d+|[一二两三四五六七八九十]+)(?:多|余)?家[^，,。；;：:、“”\n了]{2,14}?和[^，,。；;：:、“”\n了和]{0,6}?)"
                               r"(?P<noun>企业|公司)")
# 天能、其亚、麒臻三家企业总产值均突破40亿元: a list closed by its count of firms, with no 等
# (A、B、C五大焦化企业: counted as the 'N big' firms of a trade)
_COUNT_CLOSED_GROUP_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?<!等)(?P<gap>(?:[2-9]|[两三四五六七八九])(?:家|大[\u4e00-\u9fff]{0,4}?))"
                                    r"(?P<noun>企业|公司)")
_LISTED_BEFORE_RE = re.compile(r"(?:^|[，,。；;：:\n])[^，,。；;：:\n]{2,12}、[^，,。；;：:\n]{2,30}$")
# 规模以上企业主要有A、B、C等,…: firms introduced by 企业…有, the list closed by a bare 等
_BARE_CLOSE_RE = re.compile(r"(?<=[\u4e00-\u9fff）)])等(?P<gap>)(?P<noun>)(?=[，,。；;])")
_FIRMS_INTRODUCED_RE = re.compile(r"(?:企业|公司)(?:主要)?(?:有|包括|包含)[^，,。；;：:]{2,}、[^，,。；;：:]*$")
# a count of firms that closes a list inside a longer one (A、B2家合资公司、C等上市公司)
_COUNT_CLOSING_ITEM_RE = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)(?:多|余)?(?:家|大)[\u4e00-\u9fff]{0,6}(?:企业|公司|集团)$")
ROLE_RE = re.compile(r"(?:资深|常务|执行|高级|助理)?(?:董事长助理|董事长|行政总裁|总裁|副总裁|总经理|副总经理|创始人|项目经理|首席运营官|首席执行官|首席技术官|CEO|"
                     r"相关负责人|有关负责人|负责人|研发人员|工作人员|科研人员|副经理|经理)")
LABEL_RE = re.compile(r"(?:链主”?企业|龙头企业|领军企业|配套企业|骨干企业|[\u4e00-\u9fff]{0,6}企业)(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,10})")
_TOP_FIRMS_BEFORE_RE = re.compile(r"(?:500|五百)强$")
LABEL_CUT_RE = re.compile(r"(将|已|拥有|相关|董事长|总部|是|在|的|为|与|和|等|提供|研发|建成|投产|落户|入驻|进驻|表示|介绍|正|也|由此|通过|凭借|依托)")
_COUNTRY_PAIR = r"中[德新韩日法意英美俄瑞奥以荷欧非]"  # 中德, 中新: China and a partner, opening a park's name
_REGION_OR_PAIR_RE = re.compile(r"(?:东|西|南|北|中|中西|东北|西北|西南|东南)部|" + _COUNTRY_PAIR)
_PAIR_END_RE = re.compile(_COUNTRY_PAIR + "$")  # (国务院批复中德(沈阳)…产业园: a pair opens the park's name)
BRAND_CITY_RE = re.compile(r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,6})[(（](?P<city>[\u4e00-\u9fff]{2,3})[)）]")
EXAMPLE_RE = re.compile(r"以(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,8}?)(?:为例|牵头)")

UNIVERSITY_END = re.compile(r"(大学|学院)$")
RESEARCH_END = re.compile(r"(研究院|研究所|实验室|研究中心|创新中心|研发中心|技术转移中心|计算中心|科学院|检测中心|科创中心|所)$")
GOVERNMENT_END = re.compile(r"(发展部|运行局|人民政府|政府办|政府|管委会|工管委|党工委|委员会|局|委|办公室|街道|党委|区委|市委|"
                            r"镇|乡|社区|村委会|部门|招商部|服务中心|厅|署|组织部|宣传部|统战部|研究室)$")
# A ministry's or bureau's own unit: 科技部火炬中心, 商务厅外资处.
GOVERNMENT_UNIT_RE = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:部|厅|局|委)[\u4e00-\u9fff]{1,6}(?:中心|处|(?<!公)司|办)$")
# What a firm does, not who it is: '检测、改装、二手车交易等企业'.
ACTIVITY_END = re.compile(r"(交易|检测|改装|维修|销售|贸易|加工|租赁|咨询|设计|运营|培训|电商|零售|批发|仓储|回收|认证|服务|制造|生产|种植|养殖|管理)$")
NOT_NAME = re.compile(r"(书记|主任|创始人|董事|经理|负责人|主办方|承办方|协办方|各级|各部门|各有关|各相关|各(?:大|高|类|所|家|个)|相关$|团队$|^(?:我们|他们|该|这|那|其|本|各|每|多|一(?:批|个|些|家|大|系列|起|直|路)|全|第|首|旗下|下游|上游|相关|周边|附近|国内|国外|海外|"
                      r"行业|产业|当地|园区|区内|市内|企业|公司|集团|项目|平台|基地)|[的了着过]|^\d)")


# A foreign firm written in both scripts: 'Tesla（特斯拉）', '宁德时代(CATL)', '龙头阿斯麦ASML'.
# Found from the brackets and capitals outward: scanning every character for a Latin run is slow.
_LATIN = r"[A-Za-z][A-Za-z0-9&.,'\- ]{1,60}?[A-Za-z.]"
_LATIN_BEFORE_RE = re.compile(r"[A-Za-z][A-Za-z0-9&.,'\- ]{1,60}[A-Za-z.]$")
_LATIN_IN_RE = re.compile(rf"{_LATIN}[)）]")
_CN_IN_RE = re.compile(r"[\u4e00-\u9fff]{2,4}[)）]")
_CN_BEFORE_RE = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,4}$")
BRAND_CAPS_RE = re.compile(r"(?<=[\u4e00-\u9fff])[A-Z]{3,6}(?![A-Za-z0-9])")
_INTRODUCER_RE = re.compile(r"(巨头|龙头|企业|公司|集团|厂商)$")


@dataclass
class _Hit:
    name: str
    start: int
    end: int
    kind: str
    source: str


def kind_of(name: str) -> str:
    """enterprise / university / research / government from how the name ends."""
    if UNIVERSITY_END.search(name):
        return "university"
    if GOVERNMENT_END.search(name) or GOVERNMENT_UNIT_RE.match(name):
        return "government"
    if RESEARCH_END.search(name):
        return "research"
    return "enterprise"


_PHASE_END_RE = re.compile(r"[一二三四五六首]期(?:工程)?$")


_BARE_BODY_RE = re.compile(r"^(?:(?:[市县区省])?(?:%s|园区))?(?:党工委|工委)?(?:管委会|管理委员会|政府)$" % ZONE_WORDS)
# (党工委管委会: a zone's party and administrative bodies, written without the zone)


_REGION_NAME_ONLY_RE = re.compile(r"(?:%s)(?:区域|地区)?" % MACRO_REGION_RE.pattern)


#: verbs of clearing up and of carrying out, which open or run through a clause, never a firm's name
_CLEAN_UP_VERBS = frozenset({"进行", "淘汰", "关停", "取缔", "整治", "清理", "拆除", "腾退"})


def _ok(name: str, park_keys: set[str], *, at: tuple[str, int] | None = None) -> bool:
    """at: (text, start) where the name is written, so that a 的 the tagger reads inside a firm's name (美的) is kept."""
    bad = NOT_NAME.search(name)
    if bad and bad.group() == "的" and at is not None and not NOT_NAME.search(name, bad.end()) \
            and de_ends_brand(at[0], at[1] + bad.start()):
        bad = None
    if len(name) < 2 or len(name) > 30 or bad or name.endswith("项目") or "+" in name:
        return False  # (“智库+基金+园区”模式: a model, not a firm)
    if _PHASE_END_RE.search(name):
        return False  # (工投中小企业园一期: a phase of something built, never a firm)
    if unbalanced_brackets(name) or name.endswith("路"):
        return False  # (特色街区改造建设项目(灵南路、灵北路), 马岭路, 桂黄东二路: a bracket cut open, a road built)
    if name in PLACES or CITY_RE.fullmatch(name) or name in COUNTRIES or _REGION_NAME_ONLY_RE.fullmatch(name):
        return False  # (围绕长三角、珠三角和环渤海区域等…企业: the country's regions, no firms)
    pm = CITY_RE.search(name)
    if pm and len(name) - len(pm.group()) <= 1:
        return False  # 说黄石: a place plus a stray character
    if PARK_SUFFIX_RE.search(name) and PARK_SUFFIX_RE.search(name).end() == len(name):
        return False  # a park, not a company
    if norm_key(name) in park_keys:
        return False
    if _DESCRIBED_FIRMS_RE.search(_LEGAL_TAIL.sub("", name)):
        return False  # (隆基系列公司、…等骨干企业: a firm's companies described, not one named)
    if is_generic_stem(name) and not re.search(r"(大学|学院|研究院|研究所)$", name):
        return False
    stem = _LEGAL_TAIL.sub("", name)
    if stem != name and (not stem or is_generic_stem(stem) or _BODY_KIND_STEM_RE.fullmatch(stem)):
        return False  # 研究院有限公司, 科技有限公司: a kind of body and its legal form, no one's name
    if _BARE_BODY_RE.match(name):
        return False  # 高新区管委会: the body of whichever zone is meant; by this name every zone's would be one record
    return True


_BODY_KIND_STEM_RE = re.compile(r"(?:研究院|研究所|研发中心|中心|实验室|分公司|子公司|(?:基金|投资|资产)?管理)")  # (基金管理公司: a kind)
_BRAND_AT_OPENING_RE = re.compile(r"(?:^|(?<=[\n，,。；;：:“]))(?P<brand>[\u4e00-\u9fff]{2,3})$")
# Words that describe firms without naming one: a stem holding one is a description (知名中介公司).
# (政策支农性银行: a kind; 新三板上市公司, A股上市公司: firms of a market; 国有园区平台公司, 隆基系列公司, X集团成员公司,
# 不少专业服务公司: firms described, none named)
_DESCRIBED_FIRMS_RE = re.compile(r"知名|著名|^(?:国内|国外|境内外|海内外|国内外|境内|境外|国有|不少|许多|众多|一些|大批)"
                                 r"|性$|上市$|系列$|成员$")
# Kinds of ownership a country's firms are described by (中国上市公司): no name
_OWNERSHIP_KINDS_RE = re.compile(r"(?:上市|外资|民营|国有|跨国|私营|合资|独资)+")
# The kind of owner written in front of a firm's name: 区属国企, 镇国企, 央企, 民企.
_OWNER_KIND_RE = re.compile(r"(?:[区市省县]属|[区镇市县省])?(?:国企|央企|民企|外企|省企|市企|国有企业|民营企业)"
                            r"|(?:(?:[0-9]{2,4}|[一二三四五]百)|(?<=[0-9百]))强(?:企业)?")  # (中国企业500强双胞胎集团: a ranking, then the firm)


_DELEGATION_RE = re.compile(r"(?:组|考察|代表|参观|访问|商务)团$")
_TITLE_BEFORE_RE = re.compile(r"(?:书记|[省市县区州镇]长|主任|部长|经理|主席|董事长)$")
_PLACE_IN_NAME_RE = re.compile(r"[(（]([\u4e00-\u9fff]{2,5})[)）]$")


# 央企外贸信托, 上市公司安图生物: a list item opening with what kind of firm it is, then the firm
_DESCRIPTOR_OPENING_RE = re.compile(r"(?:央企|国企|民企|外企|上市公司|龙头企业|知名企业|世界500强|中国500强)")
# 电子零组件大厂国巨, 半导体供应链鸿海: a list item opening with its trade and its role in it, then the firm
_ROLE_OPENING_RE = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:大厂|龙头|巨头|供应链)(?=[\u4e00-\u9fff]{2})")
# an item of a list of firms that names a kind of firm or a sector, not a firm: 央企, 大型民企, 科技创新资源, 高端制造业和…
_CLASS_ITEM_RE = re.compile(r"^(?:大型|中小型?|知名|优质|重点|骨干|龙头)?(?:央企|国企|民企|外企|私企|港企|台企|侨企|名企)$"
                            r"|(?:制造业|服务业|产业|行业)(?:和|及|与|$)|资源$")
# 钢铁、炼化等重大项目, 部件厂、大宗原材料供应商等核心企业: a trade, or a kind of firm, as a whole item of any list (the
# class above is read in lists of firms only)
_SECTOR_ITEM_RE = re.compile(r"(?:钢铁|炼化|炼油|冶金|有色|建材|纺织|服装|造纸|纸业|食品|家具|石化|化工)"
                             r"|[\u4e00-\u9fff]{0,6}(?:部件厂|零件厂|配件厂|供应商|配套商|服务商)")
# 塘沥村 before a firm's name: the village it stands in (not 中关村, a science park's brand; not X村镇银行)
_VILLAGE_OPENING_RE = re.compile(r"(?!中关村)[\u4e00-\u9fff]{1,3}村(?!镇)(?=[\u4e00-\u9fff]{4})")


# a legal form inside a longer legal name: the parent's, written before its firm's own name
_INNER_LEGAL_RE = re.compile(r"(?:股份有限公司|有限责任公司|有限公司)")
# a park's name opening a firm's (杨凌示范区…有限公司)
_PARK_OPENING_RE = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:%s)" % PARK_WORDS)


def _legal(doc: Doc) -> list[_Hit]:
    text = doc.text
    hits = []
    for m in LEGAL_RE.finditer(text):
        start = name_start(text, m.start(), max_len=26, org=True)
        placed = _PLACE_IN_NAME_RE.search(text, max(0, start - 8), start)
        if placed is None and text[start:start + 1] in "(（":  # 盾安金属(泰国)有限公司: the bracket right before the form
            placed = _PLACE_IN_NAME_RE.fullmatch(text, start, m.start())
        if placed and (placed.group(1) in PLACES or placed.group(1) in COUNTRIES or placed.group(1) in STATE_NEW_AREA_STEMS
                       or (len(placed.group(1)) >= 4 and leading_place(placed.group(1))[0] is not None) or (
                any(text[max(0, placed.start() - n):placed.start()] in PLACES for n in (2, 3))
                and word_tag(text, placed.start(1), placed.end(1)) == "LOC")
                or (word_tag(text, placed.start(1), placed.end(1)) == "LOC"
                    and leading_place(text[start:m.start()])[0] is None)):
            # 颐海(漯河)食品有限公司: a brand, its city in brackets, then the rest of the name (桂林(灵川)天湖…有限公司: a
            # county the tables do not list, which the tagger reads as a place; 盾安金属(泰国)有限公司: a country;
            # X(雄安)空间科技有限公司: a state-level new area; 正洋(霍尔果斯)钢结构工程有限公司: a place the tables do not
            # list, the tagger's, before what it reads as one word, no name of its own)
            start = name_start(text, placed.start(), max_len=10, org=True)
        owner = _OWNER_KIND_RE.match(text, start, m.start())
        if owner and m.start() - owner.end() >= 2:
            start = owner.end()  # 区属国企合肥鑫城…公司, 镇国企广东…有限公司, 央企中林集团: what kind of owner it has is not
            # part of its name
        village = _VILLAGE_OPENING_RE.match(text, start, m.start())
        if village:
            start = village.end()  # 塘沥村三霸电子科技有限公司: the village, then the firm's name
        inner = [x for x in _INNER_LEGAL_RE.finditer(text, start, m.start()) if m.start() - x.end() >= 4]
        if inner:
            start = inner[-1].end()  # 中国五矿集团钢铁有限公司五矿蔡家坡配送加工有限公司: the parent, then the firm itself
        zone = _PARK_OPENING_RE.match(text, start, m.start())
        if zone and m.start() - zone.end() >= 4 and leading_place(text[zone.end():m.start()])[0] is not None:
            start = zone.end()  # 杨凌示范区杨凌现代农业开发建设有限公司: the park, then a firm named from its own place (a
            # park's own firm, 陕西省杨凌工业园区建设投资有限公司, names no place after the park)
        stem = text[start:m.start()]
        brand = _BRAND_AT_OPENING_RE.search(text, max(0, start - 4), start)
        if brand and stem and is_generic_stem(re.sub(r"[(（][^()（）]*[)）]", "", stem)) \
                and brand.group("brand") not in BOUNDARY_WORDS \
                and any(t.start == brand.start("brand") and t.end == start and t.tag == "v"
                        for t in tokens_around(text, start)):
            start = brand.start("brand")  # 洞见/科技（雄安）有限公司 opening a line: a firm is never just 科技, the 'verb' is its brand
            stem = text[start:m.start()]
        if len(stem) < 2 or is_generic_stem(stem) or _BODY_KIND_STEM_RE.fullmatch(stem) or re.match(r"^[第该这那此本其每各]", stem) \
                or text[start - 1:start] in ("各", "每") \
                or (m.group().endswith(("分行", "支行")) and "行" not in stem and "银" not in m.group()):
            continue  # (X分行 whose stem names no bank: not one; 各大商业银行: every bank of a kind, none named)
        if m.group() == "集团" and any(t.tag == "v" and t.end == m.start() and t.end - t.start >= 2 and t.start > start
                                     for t in tokens_around(text, m.start() - 1)):
            continue  # 在吴中区打造集团中国区总部: a verb, then 集团 as the firm's own group, no firm named X打造集团
        country = next((c for c in COUNTRIES if stem.startswith(c)), None)
        if country and _OWNERSHIP_KINDS_RE.fullmatch(stem, len(country)):
            continue  # 中国上市公司(市值500强): a kind of firm of a country, not one named (中国银行 is one)
        region = _REGION_NAME_ONLY_RE.match(stem)
        if region and _OWNERSHIP_KINDS_RE.fullmatch(stem, region.end()):
            continue  # 珠三角地区跨国公司: a kind of firm of a region, none named
        if _DESCRIBED_FIRMS_RE.search(stem):
            continue  # 国外财团和知名中介公司, 国内500强及知名跨国公司: who came, described, not named
        if m.group() == "公司" and (is_generic_head(text, start, m.start()) or any(
                t.tag == "v" for t in tokens_around(text, start) if start <= t.start and t.end <= m.start())):
            continue  # 时便加入公司, 做科研与开公司: the word 公司 after a verb, not a firm's name
        if m.group() == "公司" and ACTIVITY_END.search(stem) and all(t.tag in ("n", "vn", "a", "u") for t in tokens_around(
                text, start) if start <= t.start and t.end <= m.end()):
            continue  # 引进的高分子材料制造公司: a kind of firm, by what it makes, in common words (北京汽车制造公司 is a name)
        if m.group() == "股份" and any(t.tag == "v" and t.end - t.start >= 2 for t in tokens_around(text, start)
                                     if start <= t.start and t.end <= m.start()):
            continue  # 采取股份合作: 股份 after a verb is a way of owning, not a firm's name
        if re.match(r"^(?:公司|企业|集团)", stem) or re.search(r"(?:全资|控股|参股)[子孙]$|^[子孙]$|其[母子孙]$", stem):
            continue  # 公司全资子公司, X及其母公司: a relation, not a name
        if _COUNT_CLOSING_ITEM_RE.search(text, start, m.end()):
            continue  # 东格新能源2家合资公司: a count of the firms just listed, not a firm's name
        name = strip_quotes(text[start:m.end()])
        hits.append(_Hit(name, start, m.end(), "enterprise", "legal"))
    return hits


# What a conjunction joins inside one name: a second capacity (5万吨A及1万吨B项目) or words
# that are no name of their own (工业车辆制造及配套项目, …总部及研发生产项目).
_QUANTITY_START_RE = re.compile(r"^\s*(?:年产)?\s*(?:\d|[一二两三四五六七八九十百千]+[万千亿]?(?:吨|台|套|件|辆|片|米|吨|千瓦|兆瓦))")


def _joins_one_name(parts: list[str]) -> bool:
    """True when 'A及B' is one name: B opens with a quantity, or B is a short word that names nothing."""
    if all(s.endswith("项目") for s in parts[0::2]):
        return False  # A项目和100万吨B项目: each part closed by 项目 is a project of its own
    right = [re.sub(r"项目$", "", s) for s in parts[2::2]]
    return any(_QUANTITY_START_RE.match(s) or is_generic_stem(s.strip())
               or (HOUSED_FACILITY_RE.fullmatch(s.strip()) and _FACILITY_END_RE.search(parts[0].strip())) for s in right) \
        and len(parts[0].strip()) >= 5


# 格林免疫产业基地及中央研究院项目: a base and the institute it houses, one project (projects reads it too)
HOUSED_FACILITY_RE = re.compile(r"[\u4e00-\u9fff]{0,4}(?:研究院|研究中心|研发中心|总部)")
# 这次集体开工的企业分别是A、B…: a list the text says names firms, whatever noun closes it (projects reads it too)
FIRMS_LISTED_BEFORE_RE = re.compile(r"(?:企业|公司)(?:分别)?(?:是|为|有|包括)[：:]?$")
_FACILITY_END_RE = re.compile(r"(?:基地|产业园|工厂|园区|中心)$")


_ADVERB_BEFORE_CONJ = set("正已将也均还")
_ADVERBIAL_BEFORE_CONJ_RE = re.compile(r"(?:分别|共同|一同|一起|同时|当场|在会上|在现场|现场)$")


def _split_items(seg: str, *, projects: bool = False, one_org=lambda offset, length: False) -> list[tuple[int, str]]:
    """'A、B与C' -> [(offset, 'A'), …]; conjunctions split when the left part is a name. In a list of projects
    a conjunction between short parts joins what one project makes (有机硅及电子级磷酸、南玻多晶硅及硅片等…项目).
    one_org(offset, length): whether the tagger reads that stretch of seg as one organisation (中国科学院科学与艺术中心),
    which no conjunction splits."""
    out = []
    pos = 0
    parts = re.split(r"(、)", seg)
    for n, part in enumerate(parts):
        if part == "、":
            pos += 1
            continue
        sub = re.split(r"(以及|和|与|及)", part)
        if projects and "及" in sub and (min(len(x) for x in sub if x not in ("以及", "和", "与", "及")) < 6
                                        or n + 1 < len(parts)):
            sub = [part]  # (A物流中心及B物流中心: two projects, each a name of its own)
            # (A、B离子装置及配置设备生产基地、C等项目: 及 inside an item, not the list's last join, is in one name)
        if projects and len(sub) > 1 and ACTIVITY_END.search(sub[0]):
            sub = [part]  # X制造及营销基地项目: what one project does, then its head, not two projects
        if sub[0] == "" and n > 0:
            sub = [part]  # …、和盛堂高新技术产业化示范工程: after 、 a 和 opens an item's name, it joins nothing
        if len(sub) == 3 and len(part) <= 4 and min(len(sub[0]), len(sub[2])) == 1:
            sub = [part]  # 、桂和堂、: a conjunction that would leave one character on either side is inside a short name
        if len(sub) > 1 and not _joins_one_name(sub) and not one_org(pos, len(part)):
            p = pos
            for k, s in enumerate(sub):
                if s in ("以及", "和", "与", "及"):
                    p += len(s)
                    continue
                joined = k + 1 < len(sub) and len(s) > 4 and s[-1] in _ADVERB_BEFORE_CONJ
                adverbial = _ADVERBIAL_BEFORE_CONJ_RE.search(s) if k + 1 < len(sub) else None
                if adverbial and adverbial.start() >= 2:
                    s = s[:adverbial.start()]  # 皋兰县政府分别与…, X管委会在会上与…: how or where, no part of X
                    joined = False
                out.append((p, s[:-1] if joined else s))  # X管理中心正与Y: 'now' before 'with' is no part of X
                p += len(s)
        else:
            out.append((pos, part))
        pos += len(part)
    # (a list set one item to a line: the line breaks after each 、 are no part of the next name)
    return [(off + len(item) - len(item.lstrip()), item.strip()) if item[:1].isspace() else (off, item) for off, item in out]


# Residential compounds, villages and streets: where a project is, never a firm or a project's name.
_PLACE_ITEM_RE = re.compile(r"(?:苑|村|宅|小区|花园|社区|街道|(?<!小)镇|乡)(?:[(（][^)）]{1,8}[)）])?$")  # (…康养小镇: a project)


# The verb a list of firms follows (签约A、B等企业): the list starts after it
_LIST_OPENER_RE = re.compile(r"(?:累计)?(?:签约|引进|引入|吸引|落户|入驻|包括|聚集|集聚|新[(（]扩[)）]建|新扩建|改扩建)(?:了)?")
# What a list of sectors or activities follows, not firms: 重点投向A、B等项目, 以促进A、B等
_NOT_FIRMS_BEFORE_RE = re.compile(r"投向|投资于|涉及|涵盖|聚焦|促进|从事")
_MAKES_BEFORE_RE = re.compile(r"(?:开发|研发|研制)?(?<!年)(?:生产|制造|加工)(?!基地|线|车间|中心|项目|厂|园|企业|基金|能力|服务)"
                              r"(?=[^，,。；;、]{2})")
_MAKES_JUST_BEFORE_RE = re.compile(r"(?:开发|研发|研制)?(?:生产|制造|加工)$")
_FIRMS_COUNTED_RE = re.compile(r"(?:多|数|几|\d+|[一二两三四五六七八九十百]+)(?:余|多)?家")
_NOT_FIRMS_GAP_RE = re.compile(r"^(?:主导|重点|优势|特色|支柱|新兴)?(?:产业|行业|领域|业务|业态)(?!链)|于一体|基础|设施|基建|民生|市政|公益|政府"
                               r"|^(?:多|几|[一二两三四五六七八九十\d]+)?(?:类型|种类型)"  # (A、B及C等多类型生产企业: kinds of makers;
                               # 等各类工业企业347家 are firms)
                               r"|产品[由被向]"  # (生物寡糖制剂等系列产品由企业与…研发: products, made by firms)
                               r"|^(?:系列|各类|多种|主要)?产品"  # (集织造销售服装、高端针织、梭织面料等产品的…企业: what a firm makes)
                               r"|^(?:省|市|县|区|各级|有关|相关)?(?:领导|嘉宾|同志|负责人|官员|一行)"
                               r"|新闻(?:单位|机构)?$|媒体$")  # (A放送、B新闻社、人民网等海内外30余家新闻单位: the press at an event)  # (罗某、李某等领导为…奠基, 孙某等领导
                               # 来到X公司…: persons, whose words run on to the firm they visit)


_COUNT_OF_RE = re.compile(r"[\d一二两三四五六七八九十百千]+(?:余|多)?[家个种类批]")


def _common_noun(text: str, start: int, end: int) -> bool:
    """True when text[start:end], past a count in front (10余家口罩), is one word the tagger knows as a common
    noun (口罩, 防护服) or a building (标准厂房): a product or a thing, never a firm's name. (A firm the tagger
    does not know is cut into several words: 通产/智能, 悟/牛/科技.)"""
    count = _COUNT_OF_RE.match(text, start, end)
    if count and end - count.end() >= 2:
        start = count.end()
    while start < end and text[start].isspace():
        start += 1
    if _BUILDING_END_RE.search(text, start, end):
        return True
    if _PART_END_RE.search(text, start, end):  # 风电主机核心部件, 储能系统: a part or a system, in common nouns only
        words = [t for t in tokens_around(text, start) if start <= t.start and t.end <= end]
        if words and sum(t.end - t.start for t in words) == end - start and all(t.tag in ("n", "vn") for t in words):
            return True
    return word_tag(text, start, end) == "n"


_BUILDING_END_RE = re.compile(r"(?:厂房|车间|仓库|仓储设施)$")
# what firms make, by its head word (a firm named so, 天赐材料, has a proper noun the tagger reads before it)
_PART_END_RE = re.compile(r"(?:部件|系统|设备|装备|配件|组件|模组|器件)$")


#: the sum a listed item is written after (总投资26亿元的X): the item is a project
INVESTED_BEFORE_RE = re.compile(r"投资(?:额)?[约近超]?\d+(?:\.\d+)?(?:亿|万)元的$")
LIMITED_END_RE = re.compile(r"(?:有限公司|有限责任公司|股份公司)$")
_PLACES_GAP_RE = re.compile(r"(?:地(?!产)|国家|地区|省份?|城市|国(?![内企有际]))")
_CATEGORY_COUNT_RE = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)大(?!批|龙头|重点|重大|产业化|标志性)")  # (10大龙头项目: named projects)
_PROJECT_ITEM_RE = re.compile(r"(?:项目|工程|基地|产业园|工厂|生产线|[一二三四五六七八九十]期)$")


# 等项目相继竣工投产: a list of projects closed by the stage its own clause gives them (neither sectors nor firms)
STAGED_LIST_CLOSE = (r"等(?:\d+|[一二两三四五六七八九十]+)?(?:多|余)?(?:个|家|宗)?(?:重点|重大|产业|工业)?项目则?"
                     r"(?:相继|均已|均|已|已经|正式|先后|同时|陆续|顺利|集中)?(?:竣工|投产|开工|动工|签约|建成)")
# 推进已签约供地的A、B等9个项目的开工: a list its modifier says has reached a stage
STAGED_LIST_OPEN = r"已(?:经)?(?P<stage>签约|开工|动工|投产|竣工|建成)(?:供地|落地|入驻|落户)?的"
_STAGED_LIST_OPEN_RE = re.compile(STAGED_LIST_OPEN + "$")
_STAGED_LIST_CLOSE_RE = re.compile(STAGED_LIST_CLOSE)


_FACILITY_ITEM_RE = re.compile(r"[\d一二两三四五六七八九十首]期|楼$|厂房|宿舍|设施|道路|工程$|平方米|亩")


def _staged_item(item: str) -> bool:
    """An item a staged list of projects names as a project: a short name, not a building, a phase or a sector."""
    return 3 <= len(item) <= 12 and not is_generic_stem(item) and not _FACILITY_ITEM_RE.search(item) \
        and not re.search(r"\d", item)


def _adjective_ends_at(text: str, pos: int) -> bool:
    """True when the tagger reads an adjective ending right at `pos` (投资规模大/、)."""
    return any(w.tag == "a" and w.end == pos for w in tokens_around(text, max(0, pos - 1)))


def _counted_as_listed(text: str, m: re.Match) -> bool:
    """Whether a count that closes a list with no 等 (A、B、C、D、E五大焦化企业) counts its items: the 'N big' ones are
    then the firms named, not kinds of them."""
    if m.re is not _COUNT_CLOSED_GROUP_RE:
        return False
    start = max(text.rfind(c, 0, m.start()) for c in "，,。；;：:\n") + 1
    return text.count("、", start, m.start()) + 1 == numeral(m.group("gap")[0])


# 以A、B等企业(总部项目)为代表: what closes a list that 以 opens
_TAKEN_AS_AFTER_RE = re.compile(r"[^，,。；;为]{0,8}为")


def _lists(doc: Doc, park_keys: set[str]) -> tuple[list[_Hit], list[tuple[str, int, int]]]:
    """Enumerations closed by '等 … 企业/单位/项目'; returns companies and (project name, start, end)."""
    text = doc.text
    hits: list[_Hit] = []
    projects: list[tuple[str, int, int]] = []
    counted = [m for m in _COUNT_CLOSED_GROUP_RE.finditer(text)
               if _LISTED_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())]
    counted += [m for m in _BARE_CLOSE_RE.finditer(text)
                if _FIRMS_INTRODUCED_RE.search(text, max(0, m.start() - 120), m.start())]
    for m in sorted([*GROUP_NOUN_RE.finditer(text), *_DESCRIBED_GROUP_RE.finditer(text),
                     *_COUNTED_GROUP_RE.finditer(text), *counted], key=lambda m: m.start()):
        if m.group("noun") == "项目" and not m.group().startswith("等"):
            continue  # …及相关项目: the works that go with a project, not a list of projects
        end = m.start()
        # the list reaches back over items separated by 、 to the name boundary of the first item
        i = end
        if m.group("noun").endswith("商") and not re.search(r"\d+|[一二两三四五六七八九十百多数几]+(?:余|多)?家", m.group("gap")):
            continue  # 手术医疗床和手术光源等…解决方案服务商: what a firm provides; 本特勒、博斯等近40家配套商: firms
        if m.group("noun") in ("企业", "公司") and _FIRMS_CARE_AFTER_RE.match(text, m.end()):
            continue  # 在前期的政策和生产要素配套等企业最关心的诸多方面: what firms care about, listed; no firms
        if _PLACES_GAP_RE.match(m.group("gap")):
            continue  # 赴德国、韩国、长三角、京津冀等地考察对接项目: places visited, neither firms nor projects
        if re.match(r"(?:方面|领域|环节)", m.group("gap")):
            continue  # 在协同建设X、共建Y等方面分别完成重大项目投资: the fields of the work, neither firms nor projects
        if re.search(r"(打造|共同|建设|推动|开展|形成|实现|部门|吸引|^来)", m.group("gap")) \
                or (_CATEGORY_COUNT_RE.match(m.group("gap")) and not _counted_as_listed(text, m)):
            continue  # (…隔离设施、巡逻通道等8大必验项目: kinds of works counted as 'N big' ones, neither firms nor projects;
            # 通过创新管理体制、税收体制…等来吸引各类企业: the means that draw firms in, no firms)
        reach = 120
        while i > 0 and end - i < reach:
            if text[i - 1] == "\n":  # a line that ends in 、 goes on in the next (one item to a line, 等24个项目)
                j = i - 1
                while j > 0 and text[j - 1] in "\n \t　":
                    j -= 1
                if text[j - 1:j] != "、":
                    break
                i, reach = j, 400
                continue
            if text[i - 1] in "，,。；;：:！？!?—…":
                break
            i -= 1
        seg = text[i:end]
        k = seg.rfind("等")
        if k >= 0:  # the previous enumeration ends there
            i += k + 1
            seg = text[i:end]
        opener = None
        for opener in _LIST_OPENER_RE.finditer(seg):
            pass
        if opener is not None:  # 一期、二期累计签约德国尼玛克、汇天威等企业: the list starts after its verb
            i += opener.end()
            seg = text[i:end]
        elif text.startswith("还有", i) or (text[i:i + 1] == "有" and word_tag(text, i, i + 1) == "v"):
            i += 2 if text.startswith("还有", i) else 1  # 现代物流方面,有宇培、荣桂等上市公司…入驻: 'there are' opens
            seg = text[i:end]  # the list, no part of its first name (…，还有A、B…: 'and there are')
        # 对辖区…技术改造、壮大规模、加速发展的A、B等企业: a verb before the particle 的, after a 、, ends a row of what the
        # firms did, not of firms; the list starts after it (投资120亿元的A、50亿元的B, 农科区的A: each item's own
        # modifier; 的 inside a brand, 美的, is no particle)
        k = seg.rfind("的")
        if k > 0 and word_tag(text, i + k, i + k + 1) == "u" and "、" in seg[:k]:
            pred = [w for w in tokens_around(text, i + k) if i + seg.rfind("、", 0, k) < w.start and w.end <= i + k]
            if pred and pred[-1].tag in ("v", "vn") and all(w.tag in ("v", "vn", "vd", "d", "ad", "a") for w in pred):
                i += k + 1
                seg = text[i:end]
            elif pred and pred[-1].tag == "a" and len(pred[-1].word) == 1 and _adjective_ends_at(text, i + seg.rfind("、", 0, k)):
                i += k + 1  # 引进投资规模大、创新技术多的A、B等企业: what the firms are like, each ending in an adjective, then
                seg = text[i:end]  # the firms
        first_sep = text.find("、", i, end)
        if _MAKES_JUST_BEFORE_RE.search(text, max(0, i - 6), i) \
                or any(k == i or text[k - 1] in "将要可能" or text[k - 2:k] in ("主要", "重点", "计划", "专业", "从事")
                       for k in (m2.start() for m2 in _MAKES_BEFORE_RE.finditer(text, i, first_sep if first_sep >= 0 else end))):
            continue  # 开发生产高附加值的A和B等项目: what a plant is to make, neither firms nor projects
        # 重点投向科技金融、新三板等项目, 以促进…建设、开发等: what money goes to or a list of activities, no firms
        # (涉及A、B、C等多家行业内龙头企业: firms counted in 家 are firms, whatever verb the list follows)
        activities = _NOT_FIRMS_BEFORE_RE.search(text, max(0, i - 8), end) is not None \
            and not (_FIRMS_COUNTED_RE.match(m.group("gap")) and m.group("noun") != "项目")
        # trim the first item's left context with the name rule
        seps = [x for x in (seg.find("、"), seg.find("以及")) if x >= 0]
        head_end = i + (min(seps) if seps else len(seg))
        s0 = name_start(text, head_end, max_len=40 if m.group("noun") == "项目" else 30, floor=i, conj=False,
                        org=LIMITED_END_RE.search(text, i, head_end) is not None)  # (浏阳/引导/湖南…有限公司等企业)
        words = [t for t in tokens_around(text, max(s0, head_end - 1)) if s0 <= t.start and t.end <= head_end]
        org_end = next((t for t in words if t.tag == "ORG" and t.end == head_end and t.start > s0), None)
        if org_end is not None and any(t.tag == "p" and t.word not in ("与", "和", "同", "跟", "及")
                                       and t.end <= org_end.start for t in words):
            s0 = org_end.start  # 生物医药板块以施美药业、科伦药业等…企业为支柱: after the preposition, the firm the tagger reads
        yi = next((t for t in words if t.word == "以" and t.tag == "p"), None)
        if yi is not None and _TAKEN_AS_AFTER_RE.match(text, m.end()):
            s0 = yi.end  # …的月川片区和以A、B等企业总部项目为代表的…: the list opens after the preposition, what comes
            # before it is another clause's
        if text[s0:s0 + 1] == "中" and text[s0 - 2:s0] in ("企业", "公司", "项目"):
            s0 += 1  # 入园企业中名仕科技、巨久轮毂…: 'among the firms', then the list
        seg = text[s0:end]
        if not seg:
            continue
        noun = m.group("noun")
        if noun == "项目" and FIRMS_LISTED_BEFORE_RE.search(text, max(0, s0 - 12), s0):
            noun = "企业"  # 这次集体开工的企业分别是A、B…等6个项目: the list names the firms
        # 食品、物流、百货等产业于一体的…企业, 安置房、标准厂房等12个重点基础项目: sectors and facilities, no firms
        not_firms = bool(_NOT_FIRMS_GAP_RE.search(m.group("gap"))) or activities
        items = list(_split_items(seg, projects=noun == "项目", one_org=lambda off, n, s0=s0: any(
            t.tag == "ORG" and t.start == s0 + off and t.end == s0 + off + n for t in tokens_around(text, s0 + off))))
        if len(items) >= 2 and all(_REGION_NAME_RE.fullmatch(strip_quotes(item.strip())) for _, item in items):
            continue  # 渭滨区、金台区、凤翔县、眉县、太白县等还将举行小型项目推介会: counties and districts, neither firms nor projects
        if re.search(r"[延补强]链", m.group("gap")) and all(len(item.strip()) <= 10 and not re.search(r"\d|年产", item)
                                                          for _, item in items):
            continue  # 重点引入ABS树脂、对苯二甲酸(PTA)、电解液等延链补链项目: the products a chain lacks, neither firms nor
            # projects (精锐恒丰年产300万只汽车传动皮带轮、…等一批…强链壮链项目: projects, by what they make a year)
        if noun != "项目" and all(_common_noun(text, s0 + off, s0 + off + len(item)) for off, item in items):
            continue  # 10余家口罩、防护服、消毒液等应急物资生产企业, 利用现有标准厂房等…企业: what firms make or use, no firm named
        staged = noun == "项目" and (_STAGED_LIST_CLOSE_RE.match(text, end) is not None
                                    or _STAGED_LIST_OPEN_RE.search(text, max(0, s0 - 10), s0) is not None) and all(
            _staged_item(strip_quotes(item.strip())) for _, item in items)
        if len(items) >= 3 and 2 * sum(
                is_generic_stem(strip_quotes(item.strip())) or (noun == "项目" and not staged
                                                                and is_generic_head(text, s0 + off, s0 + off + len(item), max_len=6))
                for off, item in items) > len(items):
            continue  # 一批盐湖化工、新能源、新材料、装备制造、特色生物、文化旅游等项目, 新能源、新材料、汽车及零配件、精细化工等
            # 高端制造企业: sectors, neither firms nor projects
        # 海化集团硝盐升级项目、冀凯智能装备二期、宝能临港物流、京新医药等项目: where some items are named as
        # projects, the short ones are projects too, not the firms behind them
        of_projects = noun == "项目" and sum(bool(_PROJECT_ITEM_RE.search(item.strip())) for _, item in items) >= 2
        firms_before, long_firms = len(hits), []
        persons = False
        for off, item in items:
            a = s0 + off
            item = strip_quotes(item.strip())
            cut = max((k for k, ch in enumerate(item) if ch in "的了"
                       and word_tag(text, a + k, a + k + 1) is not None), default=-1)  # (美的机电: 的 inside a brand)
            if cut >= 0:
                a += cut + 1
                item = item[cut + 1:]
            if not item or len(item) > (40 if noun == "项目" else 22):
                continue  # (a project's name may hold its park, its firm and its capacity)
            counted = _COUNT_CLOSING_ITEM_RE.search(item)
            if counted and counted.start() >= 2 and noun != "项目":
                item = item[:counted.start()]  # 还有A、B2家合资公司、C等上市公司: B, then the count that closes the list
            described = _DESCRIPTOR_OPENING_RE.match(item) or (noun != "项目" and _ROLE_OPENING_RE.match(item))
            if described and len(item) - described.end() >= 2:
                a, item = a + described.end(), item[described.end():]  # 央企外贸信托, 上市公司安图生物: what kind, then who
            if noun != "项目" and _CLASS_ITEM_RE.search(item):
                continue  # 央企、国企、大型民企等50多家企业, 科技创新资源、高端制造业和科技金融等现代企业: kinds of firms, sectors
            if noun != "项目" and _CAPACITY_ITEM_RE.match(item):
                continue  # 年产16万吨硅铁、年产12万吨金属硅…等8家企业: plants by what they make a year, no firms' names
            if _EVENT_ITEM_RE.search(item):
                continue  # 借助浙洽会、广交会、…推介会等平台, 开渔节: fairs and festivals, no firms
            if _SECTOR_ITEM_RE.fullmatch(item):
                continue  # 钢铁、炼化等重大项目, 部件厂、大宗原材料供应商等核心企业: trades and kinds of firms, no firm
            proxy = item.rfind("代表")
            if proxy >= 0 and len(item) - proxy - 2 >= 2:
                a += proxy + 2  # 杨某代表X市人民政府与…签约: the body a person speaks for
                item = item[proxy + 2:]
            if _PERSON_TITLE_RE.match(item) or (persons and len(item) <= 3) or _officials_named(doc, a, item):
                persons = True
                continue  # 市级领导顾平、张学权、…: persons a title opens the list with, not firms
            if noun != "项目" and _REGION_NAME_RE.fullmatch(item) and any(
                    t.start == a and t.end == a + len(item) and t.tag == "LOC" for t in tokens_around(text, a)):
                continue  # 桂林经开区管委会、临桂区、永福县、市工信委等单位: places, whose governments came
            if _PLACE_ITEM_RE.search(item):
                continue  # 兰桂苑(A区块)、蟠龙村和陈宅等7个棚户区改造项目: places the projects are in
            if noun != "项目" and re.search(r"(?:基地|产业园|科技城|园区)$", item):
                continue  # 中韩企业科技孵化(盐城)基地、X产业园未来科技城等一批研发机构: places built, no bodies
            if noun == "项目" and re.search(r"类(?:项目)?$", item):
                continue  # 电子信息类项目、基础设施类项目等: classes of projects, not projects
            if item.endswith("产业") and is_generic_head(text, a, a + len(item), max_len=20):
                continue  # 玻璃新材料产业、…等项目: a sector the projects are in, not one of them (X公司氢能产业 is one)
            if not_firms and (noun != "项目" or len(item) < 7):
                continue
            partner = text[a - 1:a] == "与" and hits and hits[-1].end == a - 1 and len(item) <= 8
            if noun == "项目" and INVESTED_BEFORE_RE.search(text, max(0, a - 16), a) and len(item) >= 4 \
                    and not is_generic_stem(item):
                projects.append((item, a, a + len(item)))  # 投资12亿元的骏亚电子、…等一批大项目: a project its sum names
                continue
            if staged and not partner:
                projects.append((item, a, a + len(item)))  # 金冠食品、桂和堂、华林食品等项目相继竣工投产: projects,
                if not (len(item) <= 7 and COMPANY_WORD_END.search(item)):  # named after their firm where one reads so
                    continue
            if noun == "项目" and not partner:  # (A科技与德国B、C电子与意大利D等合作项目: B and D are A's and C's partners)
                if len(item) >= 7 or of_projects or not _ok(item, park_keys, at=(text, a)) \
                        or not (len(item) <= 4 or COMPANY_WORD_END.search(item)) \
                        or WORKS_END_RE.search(item) or is_generic_stem(item) \
                        or (len(items) == 1 and re.match(r"(?:\d+|[一二两三四五六七八九十]+)个", text[m.end():m.end() + 4])):
                    # 太忻大道、…等项目: a road is built, not a firm; 商贸物流等项目3个: one sector's projects
                    if not is_generic_stem(item) and len(item) >= 4:
                        projects.append((item, a, a + len(item)))
                        if not of_projects and COMPANY_WORD_END.search(item) and _ok(item, park_keys, at=(text, a)) \
                                and not _PROJECT_ITEM_RE.search(item) and len(item) <= 7:
                            long_firms.append(projects[-1])
                    continue
            if not _ok(item, park_keys, at=(text, a)) or len(item) > 16 or ACTIVITY_END.search(item):
                continue
            if len(item) >= 4 and word_tag(text, a, a + len(item)) in ("v", "vn"):
                continue  # 以招商引资和实施…等重大项目: an activity the tagger reads as one verb, no firm (a two-character
                # brand may read as a verb: 统一, 科兴)
            if any(t.word in _CLEAN_UP_VERBS and a <= t.start and t.end < a + len(item)
                   for t in tokens_around(text, a)):
                continue  # 对镇内河涌进行整治、淘汰废旧塑料等脏乱污企业: what is done to a place or to firms, no firm
            kind = kind_of(item)
            if noun in ("高校", "院校") and kind == "enterprise":
                kind = "university"
            if kind == "enterprise" and (noun in ("科研院所", "研发机构") or (
                    noun == "机构" and not re.search(r"(?:投资|金融|创投|资本|基金)$", m.group("gap"))
                    and not re.fullmatch(r"(?:著名|知名|多家|一批|各类|[\d一二两三四五六七八九十]+家)?", m.group("gap")))):
                kind = "research"  # 研发机构 are research; 投资机构 are firms; 著名机构 may be either, firms by default
            hits.append(_Hit(item, a, a + len(item), kind, "list"))
        short_firms = len(hits) - firms_before
        if long_firms and short_firms >= 3 and 3 * (short_firms + len(long_firms)) >= 2 * len(items):
            # A电子、B物流…、C新能源科技等8个项目进驻: where the list's short items are firms, a longer one named like
            # a firm is a firm too
            for item, a, b in long_firms:
                projects.remove((item, a, b))
                hits.append(_Hit(item, a, b, kind_of(item), "list"))
    return hits, projects


_LEGAL_INSIDE_RE = re.compile(r"(?:有限公司|有限责任公司|股份公司|公司|集团)")


# A kind of body (新型研发机构, 商协会) or a district, town or county (海淀区, 璜土镇): no firm, whoever speaks for it
_KIND_OF_BODY_RE = re.compile(r"[\u4e00-\u9fff]{0,4}(?:机构|商协会|协会|商会)")
_REGION_NAME_RE = re.compile(r"[\u4e00-\u9fff]{1,4}(?:省|市|区|县|镇|乡|旗)")
# the words of an official's rank or office (书记陈建国, 在自治区副主席…等领导陪同下)
_OFFICE_WORDS_RE = re.compile(r"领导|书记|主席|省长|市长|县长|区长|主任|局长|厅长|部长|常委")


def _officials_named(doc: Doc, a: int, item: str) -> bool:
    """True when the item is a person's name the tagger reads as one, just after words of officials (在自治区副主席A、B等
    领导陪同下,C、D先后调研了…): a visitor, no firm (a firm named after its founder, 李宁, is rarely so written)."""
    text = doc.text
    if len(item) > 4 or not any(t.start == a and t.end == a + len(item) and t.tag == "PER"
                                for t in tokens_around(text, a)):
        return False
    lo = max(doc.sentence_at(a).start, a - 11)  # (a list of firms far into a long sentence is none)
    return _OFFICE_WORDS_RE.search(text, lo, a) is not None


# where an officer stands, not whose (现场相关负责人介绍, 工地负责人): no firm
_SITE_WORD_RE = re.compile(r"(?:施工|项目)?(?:现场|工地)(?:相关)?")
_PERSON_TITLE_RE = re.compile(r"(?:[省市县区]级)?(?:领导|负责人|书记|副?市长|副?县长|副?区长|副?主任)(?=[\u4e00-\u9fff]{2,3}$)")
_TITLE_MODIFIER_RE = re.compile(r"(?:高级|常务|执行|首席|资深|联席|副|总|代理|名誉|荣誉)+")


def _roles(doc: Doc, park_keys: set[str]) -> list[_Hit]:
    text = doc.text
    hits = []
    for m in ROLE_RE.finditer(text):
        start = name_start(text, m.start(), max_len=20)
        name = strip_quotes(text[start:m.start()])
        cut = max(name.rfind("及"), name.rfind("、"))
        if cut >= 0 and len(name) - cut - 1 >= 2:
            name = name[cut + 1:]  # 市领导吴家农及格力电器董事长: the firm is what stands after 及
        start = m.start() - len(name)
        person = next((t for t in tokens_around(text, m.start() - 1)
                       if t.end == m.start() and t.tag == "PER" and t.start > start), None)
        if person is not None:
            name = text[start:person.start]  # 浦东科投李勇军总经理: the firm, then the person who holds the title
        inner = [t for t in tokens_around(text, start) if start < t.start and t.end < m.start()
                 and (t.tag == "PER" or (t.tag in ("v", "vd") and len(t.word) >= 2))]
        while inner and inner[0].tag != "PER":
            inner.pop(0)  # (a verb inside a body's own name, 促进外来投资局, 筹备执行组, cuts nothing; one after a person does)
        if inner and m.start() - inner[-1].end >= 2:
            name = text[inner[-1].end:m.start()]  # 司长黄祖信带领丰树物流中国区首席执行官: after the person and the verb,
            start = inner[-1].end  # the firm whose officer it is
        counted = re.search(r"(?:一位|一名|一)$", name)
        if counted and (GOVERNMENT_END.search(name[:counted.start()]) or ENDS_WITH_PARK_RE.search(name[:counted.start()])):
            name = name[:counted.start()]  # 市外经贸委一负责人: one official of the body, not part of its name (三一 keeps 一;
            # X经济开发区一负责人: one of the zone's officials)
        if name.endswith("副"):
            continue  # 邹某副董事长: a person, then the deputy's title; no firm ends in 副
        legal = list(_LEGAL_INSIDE_RE.finditer(name))
        if legal and legal[-1].end() < len(name):
            name = name[:legal[-1].end()]  # 兴澄特种钢铁公司技术负责人: the firm ends at its legal form
        if re.search(r"(?:人员|员工|职工)中?$", name):
            continue  # 从业人员中研发人员: the staff among whom the role is counted, no firm
        if not _ok(name, park_keys) or len(name) > 20 or _TITLE_MODIFIER_RE.fullmatch(name) \
                or re.search(r"(?:单位|部门)$", name) or _DESCRIBED_FIRMS_RE.search(name) \
                or _KIND_OF_BODY_RE.fullmatch(name) or _REGION_NAME_RE.fullmatch(name) or _SITE_WORD_RE.fullmatch(name):
            continue  # 高级总裁, 常务副总经理: the first words of a title; 施工单位负责人: a role's unit, no firm
            # (境内外知名商协会负责人, 新型研发机构负责人: bodies described; 海淀区相关负责人: the district's official)
        hits.append(_Hit(name, start, start + len(name), kind_of(name), "role"))
    return hits


def _labels(doc: Doc, park_keys: set[str]) -> list[_Hit]:
    text = doc.text
    hits = []
    for m in LABEL_RE.finditer(text):
        raw = m.group("name")
        c = LABEL_CUT_RE.search(raw)
        name = raw[:c.start()] if c else raw
        # (世界500强企业欧姆龙进驻…: a firm of the world's top 500, named after its class)
        strong = bool(re.match(r"(链主|龙头|领军)", m.group())) or (
            bool(_TOP_FIRMS_BEFORE_RE.search(text, max(0, m.start() - 4), m.start() + 1))
            and any(t.start == m.start("name") and t.end == m.start("name") + len(name) and t.tag == "ORG"
                    for t in tokens_around(text, m.start("name"))))
        # (国内…领域头部企业盛合晶微,: the head firm of its field, as a leading firm is, where the name is one word)
        head = bool(re.search(r"头部企业$", m.group()[:m.start("name") - m.start()])) and "等" not in m.group()
        if len(name) < 2 or not _ok(name, park_keys) or name[0] in "以为按由对从向":
            continue  # (入园企业以轻工机械、环保设备…为主: a preposition, then what the firms make)
        if name[0] == "有" and len(name) >= 3:
            continue  # 入驻企业有A公司、B公司: 'there are', then the firms (read by _lists and by their legal forms)
        if name[0] == "中" and text[m.start("name") - 2:m.start("name")] == "企业":
            continue  # 入园企业中名仕科技、…: 'among the firms', then a list (read by _lists)
        nxt = text[m.start("name") + len(name): m.start("name") + len(name) + 5]
        followed = bool(re.match(r"[，,、。；;]|将|已|拥有|相关|董事长|总部|是|在|正|也|由此|通过|凭借|依托|进驻|入驻|落户", nxt))
        if not followed:
            continue
        s = m.start("name")
        # (头部企业盛合晶微,: a name of four characters or more that the tagger reads as one verb, between a leading
        # firm's label and a mark, is a brand; the tagger splits a real verb phrase: 加速/集聚, 持续/壮大)
        brand = (strong or head) and len(name) >= 4 and nxt[:1] in "，,、" \
            and not re.match(r"持续|不断|纷纷|加快|加速|积极|大力|全面|继续|竞相|争相", name) and any(
                t.start == s and t.end == s + len(name) for t in tokens_around(text, s))
        if not (strong or brand or COMPANY_WORD_END.search(name) or re.match(r"相关负责人|董事长|负责人", nxt)):
            continue
        if not COMPANY_WORD_END.search(name) and not brand and any(
                t.start == s and t.end - t.start >= 2 and t.end <= s + len(name)
                and t.tag in ("v", "vn") for t in tokens_around(text, s)):
            continue  # 龙头企业带动集聚效应凸显: what the leading firms do, a verb, no firm's name (欢创科技 is one)
        words = [t for t in tokens_around(text, s) if s <= t.start and t.end <= s + len(name)]
        if words and words[0].tag in ("v", "vn") and sum(t.tag in ("v", "vn") for t in words) >= 2 \
                and all(t.tag in ("v", "vn", "n", "a") for t in words):
            continue  # 推进现有企业转换增长动力: what the firms are to do (转换/v 增长/v 动力/n), no firm's name (欢创/v
            # 科技/n is one; 为企业发展注入强劲动力: 发展/vn 注入/v 强劲/a 动力/n, what is done for firms)
        hits.append(_Hit(name, s, s + len(name), kind_of(name), "label"))
    for m in BRAND_CITY_RE.finditer(text):
        s = name_start(text, m.start("name") + len(m.group("name")), max_len=6)
        if text[s] in "以为对在原" and m.end("name") - s >= 3:
            s += 1  # (原深圳南山(潮州)产业转移工业园: 'former', then the region the park is named after)
        name = text[s:m.end("name")]
        if m.group("city") not in PLACES or not _ok(name, park_keys) or name in ("国家",) \
                or PLACE_PREFIX_RE.fullmatch(name):
            continue  # (2016年湖南邵阳(上海)招商会: a province and a city, the meeting's, not a brand)
        run = re.match(r"[\u4e00-\u9fff]{0,14}", text[m.end():m.end() + 14]).group()
        places = [t for t in tokens_around(text, s) if s <= t.start and t.end <= s + len(name)]
        if PARK_SUFFIX_RE.search(run) and (_REGION_OR_PAIR_RE.fullmatch(name) or _PAIR_END_RE.search(name) or (
                places and sum(t.end - t.start for t in places) == len(name) and all(t.tag == "LOC" for t in places))):
            continue  # 西部(重庆)科学城, 中德(沈阳)…产业园, 深圳南山(潮州)…工业园: a region, a country pair or places
            # open a park's name (a firm may: 中国电科(西安)电子信息产业园)
        hits.append(_Hit(name, s, s + len(name), "enterprise", "brand"))
    for m in EXAMPLE_RE.finditer(text):
        name = m.group("name")
        if _ok(name, park_keys) and (COMPANY_WORD_END.search(name) or "牵头" in m.group()):
            s = m.start("name")
            hits.append(_Hit(name, s, s + len(name), kind_of(name), "example"))
    for m in _LEADING_FIRMS_RE.finditer(text):
        # 以晶科能源为龙头,以展宇新能源、晶科光伏、中昱新材料为骨干: the firms a trade is led by, each a brand (the
        # tagger's organisation or name) and its trade; not 以科技创新为引领, 以新能源汽车为龙头 (what leads, a kind)
        items, pos, firsts = [], m.start("items"), []
        for item in m.group("items").split("、"):
            at = text.index(item, pos)
            pos = at + len(item)
            first = next((t for t in tokens_around(text, at) if t.start == at), None)
            if first is None or first.tag not in ("ORG", "PER", "nz") or first.end >= at + len(item) \
                    or not _ok(item, park_keys):
                items = []
                break
            items.append((item, at))
            firsts.append(first.tag)
        if items and "ORG" in firsts:
            hits.extend(_Hit(item, at, at + len(item), kind_of(item), "label") for item, at in items)
    return hits


_LEADING_FIRMS_RE = re.compile(r"以(?P<items>[\u4e00-\u9fffA-Za-z0-9]{3,8}(?:、[\u4e00-\u9fffA-Za-z0-9]{3,8}){0,5})"
                               r"为(?:龙头|骨干|主体|支撑)")


def _bilingual(doc: Doc, park_keys: set[str]) -> list[tuple[_Hit, str]]:
    """Foreign firms named in Chinese and Latin script: (hit on the Chinese name, the Latin name)."""
    text = doc.text
    out: list[tuple[_Hit, str]] = []
    if not re.search(r"[A-Za-z]{3}", text):
        return out

    def add(cn: str, s: int, lat: str) -> None:
        lat = lat.strip()
        if len(re.findall(r"[A-Za-z]", lat)) < 4 or cn in COUNTRIES or not _ok(cn, park_keys):
            return
        if re.match(r"(?:https?://|www\.)|.*\.(?:com|cn|net|org)(?:\.cn)?/?$", lat):
            return  # 澎湃新闻(www.thepaper.cn)从现场获悉: a news site and its address, no firm named in two scripts
        out.append((_Hit(cn, s, s + len(cn), "enterprise", "bilingual"), lat))

    for m in re.finditer(r"[（(]", text):
        o = m.start()
        cn = _CN_IN_RE.match(text, m.end())
        lat = _LATIN_BEFORE_RE.search(text, max(0, o - 62), o) if cn else None
        if cn and lat:
            add(cn.group()[:-1], m.end(), lat.group())
            continue
        lat = _LATIN_IN_RE.match(text, m.end())
        cn = _CN_BEFORE_RE.search(text, max(0, o - 5), o) if lat else None
        if lat and cn:
            add(cn.group(), cn.start(), lat.group()[:-1])
    for m in BRAND_CAPS_RE.finditer(text):
        s = name_start(text, m.start(), max_len=12)
        cn = text[s:m.start()]
        for c in COUNTRIES:  # 荷兰阿斯麦ASML
            if cn.startswith(c) and len(cn) - len(c) >= 2:
                cn, s = cn[len(c):], s + len(c)
        if 2 <= len(cn) <= 4 and _INTRODUCER_RE.search(text[max(0, s - 4):s]):
            add(cn, s, m.group())
    return out


_FIRST_OF_RE = re.compile(r"首[支只个家批]")
# 两座湿实验室, 当中两座…实验室, 3所大学: bodies of a kind counted, no body's name
_COUNTED_BODIES_RE = re.compile(r"(?:当中|其中)?(?:\d+|[一二两三四五六七八九十]+)[座个家所间栋处]")
_SPEECH_RE = re.compile(r"代表|致辞|讲话|表示|指出")
_LEVELS_RE = re.compile(r"[两三四五]级(?:政府|财政)$")  # (湖北省、武汉市、东湖高新区三级政府: levels of government, no body)
# 市委市政府, 省委省政府, 区政府, 县人民政府: a body named by its level alone, the writer's own place's, no name
_LEVEL_ONLY_RE = re.compile(r"^(?:[省市区县州旗镇乡]级)?(?:[省市区县州旗镇乡]?(?:党)?委)?[省市区县州旗镇乡]?(?:人民)?政府$")


def _institutions(doc: Doc, park_keys: set[str]) -> list[_Hit]:
    text = doc.text
    hits = []
    for m in re.finditer(r"(?:大学(?!城)|学院|研究院|研究所|实验室|管委会|人民政府|政府)(?![\u4e00-\u9fff]{0,1}(?:大学|学院|研究院))", text):
        start = name_start(text, m.start(), max_len=16)
        joint = max(text.rfind(c, start, m.start()) for c in "与和及获向由对")
        if joint >= 0:  # 国家和市政府, X项目投资方与市政府, 扩区调区获省政府: the body's name starts after the word
            start = joint + 1
        if text[start] == "经" and text[start + 1:start + 2] in "省市区县国":
            start += 1  # 经省政府批准: 'through' the body, no part of its name
        name = strip_quotes(text[start:m.end()])
        if _BUILT_BODY_RE.search(name):
            continue  # 研究院有限公司建设机器人学院: a firm's legal form, then what it builds; no body's name
        if text.startswith("项目", m.end()) and text[start - 1:start] in ("及", "和", "与"):
            continue  # X产业基地及中央研究院项目: the second facility of a project's name, no body of its own
        if m.group() in ("研究院", "研究所", "实验室") and is_generic_stem(name[:-len(m.group())]):
            continue  # 引进技术研究院及重点实验室: a kind of research body, none named
        if len(name) <= len(m.group()) + 1 or not _ok(name, park_keys) or _FIRST_OF_RE.search(name) \
                or _COUNTED_BODIES_RE.match(name) or _LEVELS_RE.search(name) or _LEVEL_ONLY_RE.match(name) \
                or _SPEECH_RE.search(name):  # (在致辞中代表市委市政府: who spoke for the body, no body's name)
            continue  # (哈尔滨市首支政府投资产业基金: the first fund of its kind, the government's; no body's name)
        hits.append(_Hit(name, m.end() - len(name), m.end(), kind_of(name), "institution"))
    return hits


_CAPACITY_ITEM_RE = re.compile(r"年(?:产|处理|加工|吞吐|货物吞吐|生产)")
_EVENT_ITEM_RE = re.compile(r"(?:洽会|交会|博会|展会|推介会|洽谈会|节)$")
_BUILT_BODY_RE = re.compile(r"(?:有限公司|有限责任公司|股份公司)(?:建设|设立|成立|组建|打造|筹建)")
# What an enumeration of firms ends in: 等多家投资机构, 等企业, 等一批龙头企业.
_LIST_TAIL_RE = re.compile(r"等(?:多家|一批|\d+家|[一二三四五六七八九十]+家)?[\u4e00-\u9fff]{0,4}(?:机构|企业|公司|集团|银行|券商|龙头)")


# 由A联合B、C投资建设, 联手A、B、C共同发起设立: the partners of a venture, named by their short names
_PARTNERS_RE = re.compile(r"(?:(?<=由)(?P<lead>[\u4e00-\u9fff]{2,10}?))?(?:联合|联手|携手)(?P<items>[^，,。；;：:“”()（）]{5,60}?)"
                          r"(?:共同|一起|合作)?(?:发起|出资|投资)?(?:设立|组建|成立|建设|打造)(?!项目|工程)")
# what is no firm among them: a fund, a place or zone, a government body, a people's group
_NOT_PARTNER_END_RE = re.compile(r"(?:基金|新区|政府|厅|局|委|办|部|中心|院所|高校|院校|机构|企业|单位|[省市县区])$")


def _partners(doc: Doc, park_keys: set[str]) -> list[_Hit]:
    text = doc.text
    hits = []
    for m in _PARTNERS_RE.finditer(text):
        items = m.group("items").removesuffix("等")  # (A、B等共同打造: the list closes at 等)
        parts = [(m.start("items") + k.start(), k.group()) for k in re.finditer(r"[^、]+", items)]
        if len(parts) < 2 or "项目" in items:  # (…国际联合研究中心项目、…: 联合 inside a name in a list of projects)
            continue  # 联合高校建设…: one partner, too often a kind of body
        if m.group("lead"):
            lead_start = name_start(text, m.end("lead"), max_len=10, floor=m.start("lead"))
            parts.insert(0, (lead_start, text[lead_start:m.end("lead")]))
        for start, item in parts:
            if not 3 <= len(item) <= 8 or not _ok(item, park_keys) or _NOT_PARTNER_END_RE.search(item) \
                    or _DESCRIBED_FIRMS_RE.search(item) or ACTIVITY_END.search(item):
                continue
            hits.append(_Hit(item, start, start + len(item), kind_of(item), "partner"))
    return hits


# 光谷中金基金由中金资本担任管理人: a fund's manager, named by its short name
_MANAGER_BY_RE = re.compile(r"(?<=由)(?P<name>[\u4e00-\u9fffA-Za-z]{2,10}?)(?:担任|作为|出任)(?:基金|该基金|其)?"
                            r"(?:基金管理人|管理人|受托管理机构|管理机构)")


def _managers(doc: Doc, park_keys: set[str]) -> list[_Hit]:
    text = doc.text
    hits = []
    for m in _MANAGER_BY_RE.finditer(text):
        name = m.group("name")
        if len(name) < 3 or not _ok(name, park_keys) or _NOT_PARTNER_END_RE.search(name) or _DESCRIBED_FIRMS_RE.search(name):
            continue  # (由市政府担任…, 由区财政局作为…: a body, not a firm)
        hits.append(_Hit(name, m.start("name"), m.end("name"), kind_of(name), "manager"))
    return hits


# 中银资本旗下的X基金, 英飞尼迪资本设立的Y: an investment firm by its short name, …资本, doing what firms do
_CAPITAL_FIRM_RE = re.compile(r"资本(?=旗下|设立|发起|作为|担任|出资|联合|领投)")
# …资本 that names a kind of money, not a firm: 社会资本参与, 国有资本出资
_KIND_OF_CAPITAL_RE = re.compile(r"(?:社会|国有|民间|民营|金融|产业|工商|外来|境外|外国|外商|私人|风险|战略|财政|政府|各类|各方|多方)$")


def _capital_firms(doc: Doc, park_keys: set[str]) -> list[_Hit]:
    text = doc.text
    hits = []
    for m in _CAPITAL_FIRM_RE.finditer(text):
        start = name_start(text, m.start(), max_len=8)
        stem = text[start:m.start()]
        if len(stem) < 2 or _KIND_OF_CAPITAL_RE.search(stem) or is_generic_stem(stem) or not _ok(stem + "资本", park_keys):
            continue
        hits.append(_Hit(stem + "资本", start, m.end(), "enterprise", "capital"))
    return hits


def _tagged_lists(doc: Doc, park_keys: set[str]) -> list[_Hit]:
    """Short names in an enumeration the tagger reads as organisations: 光大金控、华登国际、国开金融等多家投资机构."""
    text = doc.text
    hits: list[_Hit] = []
    for m in _LIST_TAIL_RE.finditer(text):
        sent = doc.sentence_at(m.start())
        if "、" not in text[sent.start:m.start()]:
            continue
        tokens = [t for t in tokens_around(text, m.start()) if t.end <= m.start()]
        items: list = []
        for t in reversed(tokens):
            if t.word == "、":
                continue
            if t.tag not in ("ORG", "nz") or (items and text[t.end:items[-1].start] != "、"):
                break
            items.append(t)
        if len(items) < 2 or (items and items[0].end != m.start()):
            continue
        for t in items:
            if _ok(t.word, park_keys) and kind_of(t.word) == "enterprise" and not _COUNT_CLOSING_ITEM_RE.search(t.word):
                hits.append(_Hit(t.word, t.start, t.end, "enterprise", "tagged_list"))  # (not B2家合资公司: a count)
    return hits


# …产业园的星爱、大生、九品三家轻纺企业集中开工: short names joined by 、, then their own count of firms (no 等)
_ITEMS_COUNTED_RE = re.compile(r"(?<=[的是有为括，,：:])(?!还有)(?P<items>[\u4e00-\u9fff]{2,6}(?:、[\u4e00-\u9fff]{2,6}){1,8}"
                               r"(?:和[\u4e00-\u9fff]{2,6})?)(?P<n>[两三四五六七八九十]|\d)家[\u4e00-\u9fff]{0,4}?(?:企业|公司)")


def _counted_short_lists(doc: Doc, park_keys: set[str]) -> list[_Hit]:
    """Short names listed and then counted as firms, the count the items' own (星爱、大生、九品三家轻纺企业): firms."""
    text = doc.text
    hits: list[_Hit] = []
    for m in _ITEMS_COUNTED_RE.finditer(text):
        items = [(i.start(), i.end()) for i in re.finditer(r"[^、和]+", m.group("items"))]
        if m.group("items").endswith("等"):  # (海斯福、三农公司、东莹化工、高宝矿业等4家企业: 'and so on', no part of a name)
            items[-1] = (items[-1][0], items[-1][1] - 1)
        if (int(m.group("n")) if m.group("n").isdigit() else cn_to_int(m.group("n"))) != len(items):
            continue
        base = m.start("items")
        names = [(text[base + a:base + b], base + a, base + b) for a, b in items]
        if all(_ok(name, park_keys) and kind_of(name) == "enterprise" and not is_generic_stem(name) for name, _, _ in names):
            hits += [_Hit(name, a, b, "enterprise", "list") for name, a, b in names]
    return hits


# 超百亿元企业有2家(华勤、欧菲): a count of firms, then the firms it counts, in brackets
_COUNTED_FIRMS_RE = re.compile(r"(?:企业|公司)[^，,。；;()（）]{0,4}?(?P<n>\d+|[一二两三四五六七八九十])家[(（](?P<items>[^()（），,。；;]{2,60})[)）]")


def _counted_in_brackets(doc: Doc, park_keys: set[str]) -> list[_Hit]:
    """The firms a count names in brackets right after it, when there are as many as it counts."""
    text = doc.text
    hits = []
    for m in _COUNTED_FIRMS_RE.finditer(text):
        n = int(m.group("n")) if m.group("n").isdigit() else cn_to_int(m.group("n"))
        items = m.group("items").split("、")
        if len(items) != n or not all(_ok(item, park_keys) for item in items):
            continue
        pos = m.start("items")
        for item in items:
            hits.append(_Hit(item, pos, pos + len(item), kind_of(item), "counted"))
            pos += len(item) + 1
    return hits


_PARTY_OR_COUNTED_RE = re.compile(r"^(?:投资|建设|合作|业主|开发|运营|出资|签约|承建|施工|甲|乙|外|中|双|多)方$"
                                  r"|^(?:\d+|[一二两三四五六七八九十百]+)(?:多|余)?[个家]")
_COUNTED_BEFORE_RE = re.compile(r"(?:\d+|[一二两三四五六七八九十百]+)(?:多|余)[个家]$")


# 包括A投资20亿元的X项目、B投资14亿元的Y项目; 既有A年产300万只X、B年产40万套Y等…项目; A40万吨/年X项目: who invests in or makes
# what a listed project is, named right before its sum or its capacity, is a firm
#: what an investor spends on a project written after it (A投资20亿元的X项目); projects.py reads the same words
INVESTS_A_SUM = r"(?:拟|计划)?(?:总)?投资(?:约|近|超过?|逾)?\d+(?:\.\d+)?(?:亿|万)(?:美)?元(?:人民币)?的"
_INVESTS_OR_MAKES_RE = re.compile(r"(?:" + INVESTS_A_SUM +
                                  r"|年产(?:能)?\d|(?<=[\u4e00-\u9fff])\d+(?:\.\d+)?(?:万|千)?(?:吨|台|套|辆)(?:/年)?(?=[\u4e00-\u9fff]))")
_ITEM_OPENS_RE = re.compile(r"(?:[、，,：:；;。\n]|包括|有|如|以及)$")
# 总投资52亿元的A年产2000万台X项目: the sum of the whole project, then who makes what
_SUM_OF_ITEM_RE = re.compile(INVESTS_A_SUM + "$")


def _investors_and_makers(doc: Doc, park_keys: set[str]) -> list[_Hit]:
    """Firms named as the investor or the maker of a listed project, in a sentence about projects. The tagger must
    read an organisation inside the name (台州/德仕乐, 精锐/恒丰), or one place-like word no lexicon place is
    (江苏润东): a bare place, a park or a body is not a firm."""
    text = doc.text
    hits = []
    unread: dict[int, list[_Hit]] = {}  # sentence start -> items whose firm the tagger does not read as one
    for m in _INVESTS_OR_MAKES_RE.finditer(text):
        sent = doc.sentence_at(m.start())
        if "项目" not in text[sent.start:sent.end] and "生产线" not in text[sent.start:sent.end]:
            continue
        start = name_start(text, m.start(), max_len=10)
        name_end = m.start()
        if text[name_end - 1:name_end] in ("和", "及", "与") and _SUM_OF_ITEM_RE.search(text, max(0, start - 20), start):
            name_end -= 1  # 投资10亿元的A和投资8亿元的B: A is the item the sum before it names, the conjunction no part of it
        name = text[start:name_end]
        if not 2 <= len(name) <= 10 or not (start == 0 or _ITEM_OPENS_RE.search(text, max(0, start - 2), start)
                                            or _SUM_OF_ITEM_RE.search(text, max(0, start - 20), start)) \
                or not _ok(name, park_keys) or kind_of(name) != "enterprise" or _PLACE_ITEM_RE.search(name) \
                or re.search(r"[区县市镇乡省州]$", name):
            continue
        tokens = [t for t in tokens_around(text, start) if start <= t.start and t.end <= name_end]
        named = any(t.tag == "ORG" for t in tokens) or (
            len(tokens) == 1 and tokens[0].tag == "LOC" and len(name) >= 4 and name not in PLACES
            and PLACE_PREFIX_RE.match(name) is not None and PLACE_PREFIX_RE.match(name).end() <= len(name) - 2)
        if named and not any(t.tag in ("v", "PER", "TIME") for t in tokens):
            hits.append(_Hit(name, start, name_end, "enterprise", "investor"))
        elif not named and 3 <= len(name) <= 6 and text[start - 1:start] == "、" and not is_generic_stem(name) \
                and name not in PLACES and all(t.tag in ("nz", "n", "nr", "a", "j", "LOC") for t in tokens):
            unread.setdefault(sent.start, []).append(_Hit(name, start, name_end, "enterprise", "investor"))
    # 荣信化工年产40万吨X、盛德源25万吨Y、新威远200吨Z…8个重大项目: in a list whose firms the tagger reads, at least
    # two, the other items open with their firms too
    for sent_start, items in unread.items():
        read = [h for h in hits if doc.sentence_at(h.start).start == sent_start]
        if len(read) >= 2:
            hits += items
    return hits


# a listed firm's stock code in brackets (铂科新材(300811), 长青股份（002391.SZ）), or the announcement a firm makes
# (金风科技公告，公司…): what follows a name the tagger reads as an organisation
_TICKER_AFTER_RE = re.compile(r"[(（](?:股票代码[:：]\s*)?\d{6}(?:\.(?:SH|SZ|BJ))?[)）]")
_ANNOUNCES_AFTER_RE = re.compile(r"(?:晚间|今日|日前|近日)?(?:发布)?公告(?:称|显示|披露)?[，,:：]")


def _listed(doc: Doc, park_keys: set[str]) -> list[_Hit]:
    text = doc.text
    hits = []
    for m in re.finditer(r"[(（](?:股票代码[:：]\s*)?\d{6}|公告", text):
        for t in tokens_around(text, m.start()):
            if t.end != m.start() or t.tag != "ORG" or not _ok(t.word, park_keys) or len(t.word) > 12:
                continue
            ticker = _TICKER_AFTER_RE.match(text, t.end)
            opens_clause = t.start == 0 or text[t.start - 1] in "\n，,。；;：:)）" or t.word[0] in "丨|｜"
            name = t.word.lstrip("丨|｜ ")  # (…丨新益昌(688383)公告: a feed's separator the tagger took in)
            if len(name) >= 2 and (ticker or (opens_clause and _ANNOUNCES_AFTER_RE.match(text, t.end))):
                hits.append(_Hit(name, t.end - len(name), t.end, "enterprise", "listed"))
        opening = _OPENS_WITH_TICKED_NAME_RE.search(text, max(0, m.start() - 9), m.start())
        if opening and _TICKER_AFTER_RE.match(text, m.start()) and not any(h.end == m.start() for h in hits) \
                and _ok(opening.group(1), park_keys):
            # 太阳鸟(300123)1月12日晚间公告: a name and its stock code opening a clause, however the tagger reads it
            hits.append(_Hit(opening.group(1), opening.start(1), m.start(), "enterprise", "listed"))
    headline = _ANNOUNCEMENT_HEADLINE_RE.match(text)
    if headline and _ok(headline.group("name"), park_keys) and not is_generic_stem(headline.group("name")) \
            and kind_of(headline.group("name")) == "enterprise":
        # 蓝黛科技:公司及子公司与X开发区管理委员会签署项目投资合同: a listed firm's announcement, headed by its short name
        hits.append(_Hit(headline.group("name"), headline.start("name"), headline.end("name"), "enterprise", "listed"))
    for m in _GOES_PUBLIC_RE.finditer(text):
        # 助推海天水务A股上市、盟升电子科创板上市: a firm that goes public on an exchange
        start = name_start(text, m.start(), max_len=14)
        helped = None
        for helped in _HELPS_RE.finditer(text, start, m.start()):
            pass
        start = helped.end() if helped else start  # (助推X上市: who helped it is no part of the firm)
        name = text[start:m.start()]
        if 2 <= len(name) <= 8 and _ok(name, park_keys) and not is_generic_stem(name) and kind_of(name) == "enterprise" \
                and not re.search(r"(?:企业|公司|家)$", name):
            hits.append(_Hit(name, start, m.start(), "enterprise", "listed"))
    return hits


_ANNOUNCEMENT_HEADLINE_RE = re.compile(r"\s*(?P<name>[\u4e00-\u9fffA-Za-z]{2,6})[:：]\s*(?:公司|关于|控股子公司|全资子公司)")
_HELPS_RE = re.compile(r"助推|推动|支持|助力|帮助|推进|促成|服务|扶持|培育|实现")
# an exchange, then 上市: who goes public there is a firm (not 产品上市, a product launched)
_GOES_PUBLIC_RE = re.compile(r"(?:A股|科创板|创业板|主板|港股|北交所|新三板|纳斯达克|港交所|深交所|上交所)(?:成功)?(?:挂牌)?上市")


_OPENS_WITH_TICKED_NAME_RE = re.compile(r"(?:^|(?<=[\n。；;]))((?:\*?ST)?[\u4e00-\u9fffA-Za-z]{2,8})$")


# 启迪控股(即清华科技园): what a bracket after a firm's name says the firm is
_THAT_IS_RE = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z]{2})[(（]即(?P<what>[^()（）]{2,20})[)）]$")
# 由公司控股子公司安徽八菱在…投资, 其全资子公司远致投资承诺: a subsidiary named right after the word, before its verb
_SUBSIDIARY_RE = re.compile(r"(?:控股|全资|其)子公司(?P<name>[\u4e00-\u9fff]{2,8}?)(?=在|将|拟|承诺|持有|负责|作为|投资建设)")


def _subsidiaries(doc: Doc, park_keys: set[str]) -> list[_Hit]:
    text = doc.text
    hits = []
    for m in _SUBSIDIARY_RE.finditer(text):
        name = m.group("name")
        if len(name) >= 3 and _ok(name, park_keys) and not is_generic_stem(name) and not VERBISH_RE.search(name) \
                and kind_of(name) == "enterprise" and not re.search(r"[区县市镇乡省州]$", name):
            hits.append(_Hit(name, m.start("name"), m.end("name"), "enterprise", "subsidiary"))
    return hits


# What a firm is, written before its name (缸套生产企业ATGL公司, 白洋工业园龙头企业宜化集团, 百年老字号安科余良卿), or the
# verb that lists it after a project or a park (代表性的项目有X有限公司, 双福工业园有X有限公司)
_DESCRIPTION_BEFORE_NAME_RE = re.compile(r"(?:生产|制造|加工|龙头|骨干|领军|重点|知名|配套)企业|老字号|(?:项目|园|园区)有(?!限)")


def _without_description(h: _Hit) -> _Hit:
    """The firm's name after what the text says it is (叉车转向桥驱动桥生产企业合力叉车: 合力叉车)."""
    last = None
    for last in _DESCRIPTION_BEFORE_NAME_RE.finditer(h.name):
        pass
    if last is None or len(h.name) - last.end() < 2 or h.name[last.end()] in "(（":
        return h
    return _Hit(h.name[last.end():], h.start + last.end(), h.end, h.kind, h.source)


def _without_park_prefix(h: _Hit, park_keys: set[str]) -> _Hit:
    """交城经济开发区华庆新材料科技有限公司: the park the firm stands in, written before its name, is no part of it
    (the firm's own name has a trade and a legal form of its own after the park)."""
    if not (LIMITED_END_RE.search(h.name) or h.name.endswith(("集团", "公司"))):
        return h  # (X开发区石家庄四药集团: a group's name after the zone, as a company's)
    for k in range(len(h.name) - (6 if LIMITED_END_RE.search(h.name) else 4), 3, -1):
        # (梧州陶瓷产业园岑溪大业集中区新鸿基陶瓷公司: a park of any kind the text names, then the firm)
        if norm_key(h.name[:k]) in park_keys and (ENDS_WITH_ZONE_RE.search(h.name[:k])
                                                 or (PARK_SUFFIX_RE.search(h.name[k - 3:k]) and not LIMITED_END_RE.search(h.name))):
            stem = _LEGAL_TAIL.sub("", h.name[k:])
            if len(stem) < 2 or PARK_SUFFIX_RE.search(stem) or any(tag in ("v", "vn") for _, tag in tag_sentence(stem)):
                return h  # 海口国家高新区国际投资咨询有限公司, X开发区临海工业园开发有限公司: the zone's own company
            return _Hit(h.name[k:], h.start + k, h.end, h.kind, h.source)
    return h


# 特斯拉完成产值688.6亿元、增长269.8%: a name opening a clause whose verb reports a firm's output or sales
_REPORTS_RE = re.compile(r"(?:^|(?<=[，,；;。：:]))(?:\d{1,2}[-—至]\d{1,2}月[，,]?|今年以来[，,]?|上半年[，,]?)?"
                         r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,10}?)(?:完成|实现)(?:工业)?(?:产值|营收|营业收入|销售收入|销售额)")
_FIRMS_TOPIC_RE = re.compile(r"(?:重点|龙头|骨干|规上|规模以上|头部)?企业")


def _firms_reporting(doc: Doc, park_keys: set[str]) -> list[_Hit]:
    """Two or more names that each open a clause reporting output or sales (重点企业也保持快速增长。1-8月,A完成产值…、增长…,
    B完成产值…), in a sentence that follows or holds the word 企业: firms."""
    text = doc.text
    hits: list[_Hit] = []
    for k, sent in enumerate(doc.sentences):
        found = [m for m in _REPORTS_RE.finditer(text, sent.start, sent.end)]
        if len(found) < 2:
            continue
        topic = text[doc.sentences[k - 1].start:sent.end] if k > 0 else text[sent.start:sent.end]
        if not _FIRMS_TOPIC_RE.search(topic):
            continue
        for m in found:
            name, a = m.group("name"), m.start("name")
            if not _ok(name, park_keys) or is_generic_stem(name) or PLACE_PREFIX_RE.fullmatch(name) \
                    or name in PLACES or _REGION_NAME_RE.fullmatch(name) or re.search(r"[的了在和与及]|^(?:其中|全年|全区|全市|园区|企业)", name) \
                    or word_tag(text, a, a + len(name)) in ("LOC", "TIME", "t", "v", "vn", "r", "d"):
                continue
            hits.append(_Hit(name, a, a + len(name), kind_of(name), "reporting"))
    return hits


def find_companies(doc: Doc, park_keys: set[str]) -> tuple[list[CompanyMention], list[tuple[str, int, int]]]:
    """Companies/institutions of an article (one mention per name) and project names seen in lists."""
    text = doc.text
    hits = _legal(doc)
    list_hits, list_projects = _lists(doc, park_keys)
    hits += list_hits + _roles(doc, park_keys) + _labels(doc, park_keys) + _institutions(doc, park_keys)
    hits += _tagged_lists(doc, park_keys) + _counted_short_lists(doc, park_keys) + _counted_in_brackets(doc, park_keys) + _partners(doc, park_keys) + _managers(doc, park_keys) \
        + _capital_firms(doc, park_keys)
    hits += _investors_and_makers(doc, park_keys) + _listed(doc, park_keys) + _subsidiaries(doc, park_keys)
    hits += _firms_reporting(doc, park_keys)
    hits = [_without_description(_without_park_prefix(h, park_keys)) for h in hits]
    latin_names: dict[str, list[str]] = {}
    for h, lat in _bilingual(doc, park_keys):
        hits.append(h)
        latin_names.setdefault(h.name, []).append(lat)
    # a hit inside a longer legal-form name is part of that name (中科仪 in 中科仪(南通)…公司)
    legal_spans = [(h.start, h.end) for h in hits if h.source == "legal"]
    kept: list[_Hit] = []
    for h in hits:
        if any(s <= h.start and h.end <= e and (e - s) > (h.end - h.start) for s, e in legal_spans) \
                and (h.source != "legal" or h.start in {s for s, _ in legal_spans}):
            continue  # (中国电建集团 in 中国电建集团核电工程公司: the whole is the firm named there)
        if h.source == "role" and any(h.start < s and e == h.end for s, e in legal_spans):
            continue  # 主任张守锐与安徽集源液压技术有限公司董事长: the firm is the legal name, not the words before it
        kept.append(h)
    # 以下简称 aliases
    alias_map: dict[str, str] = {}
    for h in kept:
        m = re.match(r"[(（]" + DEFINED_AS + r"[“\"]?([^)）”\"]{2,12})[”\"]?[)）]", text[h.end:h.end + 20])
        if m and h.source in ("legal", "list", "label", "role") and not h.name.endswith("项目") \
                and not is_generic_stem(m.group(1)) and not re.fullmatch(r"(?:本|该)?(?:公司|集团|企业)", m.group(1)):
            alias_map[m.group(1)] = h.name
    by_key: dict[str, CompanyMention] = {}
    order: list[str] = []
    for h in sorted(kept, key=lambda h: h.start):
        if _PARTY_OR_COUNTED_RE.search(h.name) or _COUNTED_BEFORE_RE.search(text, max(0, h.start - 6), h.start):
            continue  # 投资方, 20多个银行, 30多个…基金管理公司: a party to a deal or a counted class, no one firm's name
        if h.source == "list" and _DELEGATION_RE.search(h.name):
            continue  # 新加坡X集团组团、珠三角考察团、厦门泉州商会组团: delegations that visited, not firms
        if text.startswith("讯", h.end) and not text[max(0, h.start - 1):h.start].strip("\n"):
            continue  # 证券时报e公司讯,…: the news service a paragraph opens with, its source, not a firm in the story
        if h.source == "legal" and re.fullmatch(r"[\u4e00-\u9fff]{2,3}[省市](?:[\u4e00-\u9fff]{1,3}[区县市])?(?:公司|集团)", h.name) \
                and leading_place(h.name)[0]:
            continue  # 选址上海市金山区公司现有厂区内: 'the company's' after where it is, no firm's name
        if h.source == "role" and re.search(r"项目(?:现场|工地|部)?$|(?:出资|投资|建设|业主|承建|施工|运营|供销|合作|签约)[双各]?方$",
                                            h.name):
            continue  # X基地项目现场负责人: the project's site, not a firm; X项目出资方负责人: the project's investor, unnamed
        if (h.source == "role" or (h.source == "list" and _TITLE_BEFORE_RE.search(text, max(0, h.start - 4), h.start))) \
                and h.end - h.start <= 3 and any(
                t.start == h.start and t.end == h.end and t.tag == "PER" for t in tokens_around(text, h.start)):
            continue  # 县委书记邵建华、…, 刘超副总经理: a person the tagger knows as one, not a firm
        target = alias_map.get(h.name, h.name)
        that_is = _THAT_IS_RE.search(target)
        if that_is:  # 启迪控股(即清华科技园): the name, and what the bracket says it is (an alias)
            target, h = target[:that_is.start()], _Hit(target[:that_is.start()], h.start, h.end - len(that_is.group()),
                                                       h.kind, h.source)
        key = company_key(target)
        if key not in by_key:
            by_key[key] = CompanyMention(name=target, kind=kind_of(target) if h.kind == "enterprise" else h.kind,
                                         span=Span(h.start, h.end), sentence=doc.sentence_at(h.start),
                                         rule=f"company_{h.source}")
            order.append(key)
        cm = by_key[key]
        if h.name != cm.name and h.name not in cm.aliases:
            cm.aliases.append(h.name)
        if that_is and that_is.group("what") not in cm.aliases:
            cm.aliases.append(that_is.group("what"))
        if len(target) > len(cm.name) and company_key(target) == key:
            cm.aliases.append(cm.name)
            cm.name = target
    for cn, lats in latin_names.items():
        cm = by_key.get(company_key(cn))
        for lat in lats:
            if cm is not None and lat not in cm.aliases and lat != cm.name:
                cm.aliases.append(lat)
    for short, full in alias_map.items():
        key = company_key(full)
        if key in by_key and short not in by_key[key].aliases:
            by_key[key].aliases.append(short)
        by_key.pop(company_key(short), None) if company_key(short) != key else None
    # 宁波祈禧电器有限公司 and 祈禧电器有限公司 in one article: one firm, known by its full name
    for k in list(by_key):
        for place in _PLACE_PREFIXES:
            short = k[len(place):] if k.startswith(place) else None
            # (成都博昱有限公司 and 博昱有限公司: a short stem too, when both are written with a legal form)
            if short and (len(short) >= 4 or len(short) >= 2 and short in by_key
                          and all(_LEGAL_TAIL.search(by_key[x].name) for x in (k, short))) \
                    and short in by_key and by_key[short].kind == by_key[k].kind == "enterprise":
                _fold(by_key, short, into=k)
                break
    # 新加坡盛裕集团 and 盛裕集团 in one article: the country is a descriptor of the same firm
    for k in list(by_key):
        if k not in by_key:
            continue
        for c in COUNTRIES:
            short = k[len(c):] if c != "中国" and k.startswith(c) else None
            if short and short in by_key and by_key[short].kind == "enterprise":
                _fold(by_key, k, into=short)
                break
    # 宏运集团锦西钢管新疆有限公司 and 锦西钢管新疆有限公司: the group that owns the firm, written before its full name
    for k in list(by_key):
        if k not in by_key or by_key[k].kind != "enterprise" or not _LEGAL_TAIL.search(by_key[k].name):
            continue
        longer = [kk for kk in by_key if kk != k and kk.endswith(k) and by_key[kk].kind == "enterprise"
                  and re.fullmatch(r"[\u4e00-\u9fff]{2,8}集团", kk[:len(kk) - len(k)])]
        if len(longer) == 1 and len(k) >= 6:
            _fold(by_key, k, into=longer[0])
    _merge_abbreviations(by_key)
    _short_stems(text, by_key)
    return [by_key[k] for k in order if k in by_key], list_projects


def _fold(by_key: dict[str, CompanyMention], key: str, *, into: str) -> None:
    """The firm under `key` is the one under `into` written another way: its name becomes an alias there."""
    name = by_key.pop(key).name
    if name not in by_key[into].aliases:
        by_key[into].aliases.append(name)


# a province, city or county written before a firm's own name (河南荣光鞋业有限公司, 上蔡县宏运鞋业有限公司)
_UNIT_PLACE_OPENING_RE = re.compile(r"(?:%s)(?:省|市)?|[\u4e00-\u9fff]{2,3}县" % "|".join(sorted(PLACES, key=len, reverse=True)))


def _short_stems(text: str, by_key: dict[str, CompanyMention]) -> None:
    """A firm named with its place and legal form and written elsewhere by its bare stem (河南荣光鞋业有限公司 …
    荣光鞋业、宏运鞋业属X产业集聚区内的…企业): the stem is the same firm, an alias the park rules read."""
    stems: dict[str, str] = {}
    for cm in by_key.values():
        if cm.kind == "enterprise" and _LEGAL_TAIL.search(cm.name):
            place = _UNIT_PLACE_OPENING_RE.match(company_key(cm.name))
            stems[cm.name] = company_key(cm.name)[place.end():] if place else ""
    for key, cm in list(by_key.items()):
        stem = stems.get(cm.name, "")
        if len(stem) >= 4 and stem != key and stem in by_key and by_key[stem].kind == cm.kind \
                and sum(other == stem for other in stems.values()) == 1 and _LEGAL_TAIL.search(by_key[stem].name):
            _fold(by_key, stem, into=key)  # 武汉市X机器人集团 and X机器人集团 in one text: one firm, written with its city
    for cm in by_key.values():
        stem = stems.get(cm.name, "")
        if len(stem) < 4 or is_generic_stem(stem) or stem in cm.aliases:
            continue
        if sum(other == stem for other in stems.values()) > 1:
            continue  # 上海水木动画设计有限公司 and its 宁波水木动画设计有限公司: one stem, two firms, the alias of neither
        if text.count(stem) > sum(text.count(form) for form in {cm.name, *cm.aliases} if stem in form and form != stem):
            cm.aliases.append(stem)


# What a full name adds to a firm's stem without naming another firm: 山东如意(投资控股)集团.
_LONGER_FORM_RE = re.compile(r"(?:投资|控股|实业|发展|股份|科技|产业|国际|国有)+|(?:集团)?(?:香港|澳门|台湾|中国)")
# (武汉高科集团 / 武汉高科国有控股集团有限公司)
# 通策集团(香港)有限公司 after 通策集团: a place in brackets after a short stem names the same firm's local company
_PLACED_FORM_RE = re.compile(r"(?:集团)?(?:香港|澳门|台湾|中国)")


def _placed_contraction(short: str, long: str) -> bool:
    """浦东科投 for 上海浦东科技投资有限公司: the press's short form of the name after its city, its characters in order,
    starting with the first two."""
    place = _UNIT_PLACE_OPENING_RE.match(long)
    rest = long[place.end():] if place else ""
    return 3 <= len(short) <= 5 and len(rest) > len(short) + 1 and rest[:2] == short[:2] and in_order(short, rest)


def _opens_after_place(long: str, short: str) -> bool:
    place = _UNIT_PLACE_OPENING_RE.match(long)
    return place is not None and long.startswith(short, place.end()) and len(long) > place.end() + len(short) + 1


def _merge_abbreviations(by_key: dict[str, CompanyMention]) -> None:
    """One firm written twice in one article: 山东如意集团 / 山东如意投资控股集团 (the same stem, one legal
    form longer), 中联重科 / 中联重工科技发展股份有限公司 (the press's short form: characters of the full
    name, in order, starting with its first two). The short spelling becomes an alias of the full one."""
    firms = [(k, c) for k, c in by_key.items() if c.kind == "enterprise"]
    for k, c in firms:
        if k not in by_key or len(k) < 2:
            continue
        longer = [(kk, cc) for kk, cc in firms if kk != k and kk in by_key and len(kk) > len(k) + 1
                  and kk[:2] == k[:2] and (_LONGER_FORM_RE.fullmatch(kk[len(k):]) if kk.startswith(k) and len(k) >= 3
                                           else _PLACED_FORM_RE.fullmatch(kk[len(k):]) if kk.startswith(k)
                                           else 3 <= len(k) <= 4 and in_order(k, kk))
                  or _placed_contraction(k, kk)
                  # (长凯公司 for 长凯石油科技股份有限公司: the first two characters and 公司, of one firm named in full)
                  or (len(k) == 2 and kk.startswith(k) and c.name == k + "公司" and LIMITED_END_RE.search(cc.name))
                  # (延锋公司 for 柳州延锋汽车零部件有限公司: the same, after the city the full name opens with)
                  or (len(k) == 2 and c.name == k + "公司" and LIMITED_END_RE.search(cc.name)
                      and _opens_after_place(kk, k))]
        if len(longer) != 1:
            continue
        kk, cc = longer[0]
        if c.name not in cc.aliases:
            cc.aliases.append(c.name)
        cc.aliases += [a for a in c.aliases if a not in cc.aliases and a != cc.name]
        by_key.pop(k)


_PLACE_PREFIXES = sorted(PLACES, key=len, reverse=True)
_LEGAL_TAIL = re.compile(r"(股份有限公司|有限责任公司|有限公司|股份公司|集团公司|株式会社|集团|公司|股份)$")


def company_key(name: str) -> str:
    """Comparison key: punctuation-free, legal-form suffix dropped (歌尔集团 ~ 歌尔股份 ~ 歌尔)."""
    k = norm_key(name)
    s = k
    while True:  # 集团股份有限公司: legal forms stack
        shorter = _LEGAL_TAIL.sub("", s)
        if shorter == s or not shorter:
            break
        s = shorter
    return s or k
