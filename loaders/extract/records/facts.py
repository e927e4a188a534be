"""Facts: figures reported about a park, a group of parks, a company or a project.

A figure becomes a fact only when its clause says what it measures (metrics.METRICS,
chosen by keyword) and who it is about.  Subject: the nearest park / park group /
project named before the figure in its sentence (or right after it: '总投资100亿元的
黄石科技城'), else the park the story is about (园区, 全区, 该街道 refer to it).  Figures
inside quotation marks (slogans, programme names), per-unit figures (每个园区1家),
figures attributed to outside reports (《…报告》显示) and figures already stored as a
project's investment or a fund's size are not facts.
"""
from __future__ import annotations

import bisect
import calendar
import re
from datetime import date

from ..mentions.amounts import find_amounts
from ..tables.lexicon import CITY_RE, LIMITED_FORM_RE, NAME_CHAR_RE, PLACE_PREFIX_RE, PLACES
from ..tables.metrics import variant
from ..tables.vocab import BARE_PARK_WORDS, ENDS_WITH_PARK_RE, PARK_WORDS, PARTS_VERB, ZONE_WORDS
from ..mentions.names import is_generic_stem
from ..scope import ANAPHOR_REGION_RE, HOME_REGION_RE, ParkScope
from ..mentions.tagger import tokens_around
from ..mentions.projects import LIST_NUMBER, NUMBERED_HEADING_RE
from ..mentions.parks import (TERRITORY_GROUP_RE, ParkOcc, find_park_groups, find_territory_groups, group_full_names,
                              same_kind, territory_of)
from ..text.sentences import DATELINE_RE, Doc
from ..types import Amount, CompanyMention, FactMention, FundMention, ParkMention, ProjectMention, Span


_PARK_THEN_AREA_RE = re.compile(f"(?:{PARK_WORDS}|园)$")  # a park word right before an area
_OTHER_MEASURE_BEFORE_RE = re.compile(r"(?:产值|营收|营业收入|销售收入|销售额|税收|利税|利润)[^，,。；;]{0,5}$")
_MONEY = ("cny", "usd", "eur", "hkd", "jpy", "twd")
_FUND_COUNT_RE = re.compile(r"(?:\d+|[一二两三四五六七八九十百]+)(?:支|只|个)[\u4e00-\u9fff]{0,6}基金|基金[\u4e00-\u9fff]{0,4}(?:\d+|[一二两三四五六七八九十百]+)(?:支|只|个)")
_AVERAGE_RE = re.compile(r"平均|人均|户均|亩均|单个")
_FORECAST_RE = re.compile(r"有望|预计|预期|可望")
# named items closed by 等 right before the count that opens the clause: a sample of what is counted
_SAMPLE_BEFORE_COUNT_RE = re.compile(r"[^，,。；;：:]{2,60}?等")
# a clause that ends with a facility described (…同步开园的玉山公园，): the topic of the clauses after it
_FACILITY_TOPIC_RE = re.compile(r"的[\u4e00-\u9fff]{1,10}(?:公园|广场|景区|大厦|酒店|医院|学校|小区|体育馆|博物馆|展览馆|会展中心)[，,]$")
_GROWTH_METRICS = ("growth_ratio", "average_growth_ratio")
_YEAR_OVER_RE = re.compile(r"去年|上年|上一年")
_YEAR_AHEAD_RE = re.compile(r"今年|本年|明年|全年|20\d\d年")
_PAST_PERIOD_RE = re.compile(r"(?:一季度|第一季度|上半年|前三季度|\d{1,2}[-—至~]\d{1,2}月|前\d{1,2}个月)(?!末)")
_GROWTH_MEASURE_RE = re.compile(r"产值|营收|收入|规模|销售|增加值|投资|税|出口|进口|GDP|生产总值|利润|交易额|产量|总额|业务量|内资|外资|固定资产|"
                                r"企业数|主体|客流|吞吐量|营业额|用电量|总量|企业?[\u4e00-\u9fff]{0,4}\d+(?:余|多)?[户家]")
# (澳企总量达到6208户，同比增长12.3%: the growth of a count of firms)
# (metric, pattern over the clause text before the figure), first match wins.
_MONEY_RULES = [
    ("fund_paid_in", r"实缴"), ("fund_invested", r"对外投资"),
    ("fund_size", r"基金.*规模|规模.*基金"),
    ("registered_capital", r"注册(?:资金|资本金?)(?:达到?|为|共|合计)?$"),  # 注册资本4000万欧元, 台资注册资本3.59亿美元
    ("value_added", r"增加值"), ("gdp", r"生产总值|GDP"), ("fdi_contracted", r"合同(?:利用)?外资|外资合同|协议(?:外资|台资|港资)|注册外资"),
    ("fdi_used", r"(?:利用|使用|到位|实到|引进|吸引|到账)外资|外资(?:到位|到账)|(?:实际)?到位外商(?:直接)?投资"
                 r"|(?<=元、)外资$"),  # (利用内资15.5亿元、外资4101万美元: the second of the pair)
    ("investment_in_place", r"到位资金|资金到位|(?:内资|资金)(?:实际)?到位|到位(?:[省市州县区]?[内外])?(?:内资|资金)"
                            r"|利用(?:[省市州县区]外)?内资"),  # (到位州外资金)
    ("", r"设备投资|设备购置"),  # 其中设备投资624.6亿元: a part of the investment, which no metric holds
    ("fixed_asset_investment", r"固定资产投资"),
    # 已完成投资15.5亿元, 累计完成投资20.81亿元: spent, not planned (计划完成投资4亿元 is the plan)
    ("completed_investment", r"(?<!计划)(?<!预计)完成(?:了)?(?:年度)?(?:项目|工业技改|工业|技改|产业|基础设施|设备)?投资|投资完成(?!率)"),
    # (完成工业技改投资2.85亿元, 完成工业投资14.49亿元: spent on a kind of works, not planned)
    # 累计投入资金50多亿元, 共投入35.23亿元, 累计投入基础设施建设资金55亿元: money already put in (拟投入/计划投入
    # is a plan, and no adverb says so)
    ("completed_investment", r"(?:累计|共|已|先后)投入(?:[\u4e00-\u9fff]{0,14}资金)?(?:达到?|为|了)?$"),
    ("", r"(?:拿出|奖励|奖补|补贴|补助|扶持资金|奖金)[^，,。；;]{0,6}$"),  # 拿出256.77万元奖励…: an award, no statistic
    # 投放首笔贷款1.5亿元, 贷款审批额度9.7亿元: lent by a bank, not invested (以…贷款模式…募集的资金: a sum raised)
    ("loans", r"(?:贷款|授信|信贷)(?:[\u4e00-\u9fff]{0,4}(?:额度|金额|总额))?(?:达到?|为|共|合计)?$"),
    ("import_export", r"进出口|外贸|贸易(?:总)?额"), ("exports", r"出口(?:创汇|额|总额|总值|货值)?(?:达到?|为)?$"),
    ("transaction_value", r"交易额|成交额"),
    ("fiscal_revenue", r"财政(?:总)?(?:税收)?收入|(?:一般)?公共(?:财政)?预算(?:税收)?收入"),
    ("net_profit", r"净利润"), ("total_profit", r"利润"), ("rd_spending", r"研发(?:经费|费用|投入|支出)|科研(?:课题)?经费"),
    ("annual_revenue", r"应税销售"),  # 年应税销售20亿元: taxable sales, not tax
    ("annual_tax", r"税收|创税|纳税|(?<!保)税"), ("output_value", r"产值"),  # (保税区: a kind of zone, no tax)
    ("annual_revenue", r"营收|营业收入|营业额|收入|销售"),
    ("planned_investment", r"投资|引资|引进[\u4e00-\u9fff]{0,2}资金|签约(?:金)?额|签约资金|合同(?:总)?(?:金)?额|合同资金|协议资金|签约[^，,；;。]{0,12}、(?:总)?金额"), ("industry_scale", r"产业规模|规模"),
]
_COUNT_RULES = [
    ("high_tech_enterprises", r"高新技术企业"), ("listed_companies", r"上市企业|上市公司"),
    ("fund_count", r"基金"), ("enterprises", r"厂商"), ("parks_count", f"园区|{ZONE_WORDS}"),
    ("research_institutions", r"研究院|研发机构|科研院所|实验室|创新中心|研究中心"),
    ("universities", r"高校|大学"), ("incubators", r"孵化器|众创空间|加速器|孵化基地"),
    ("platforms", r"平台"), ("patents", r"专利"),
    ("market_entities", r"经营主体|市场主体"),
    ("organizations", r"单位|医疗机构|金融机构|服务机构"),
    ("enterprises", r"企业|公司|龙头|团队|厂商|[外台港澳侨民国央私]企(?!业)"),  # (澳企总量达6208户: firms of Macau)
    ("infrastructure_units", r"基站|充电|终端|机架"),
    ("employees", r"从业人员|就业|员工|人才|职工|用工"),
]
_ONCE_DONE_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,4}?项目(?:全部|均|都)?(?:建成|投产|达产|建成投产)(?:后|之后|以后)")
_EXPECTED_STAGE_RE = re.compile(r"(?:有望|可望)[^，,。；;]{0,6}(?:签约|开工|动工|投产|落地)")
_COUNTED_ITEM_RE = re.compile(r"(?:\d+(?:多|余)?|[一二两三四五六七八九十]+)[个宗项家](?!月)")
_STAGE_JUST_BEFORE_RE = re.compile(r"(?:已|已经)?(?:开工|动工|签约|投产|竣工|开复工)(?:建设)?(?:达到?|有)?$")
_COUNT_RULES_RE = [(m, re.compile(p), re.compile(f"(?:{p})" + r"[\u4e00-\u9fff]{0,4}$")) for m, p in _COUNT_RULES]
_PROJECT_STAGE = [("projects_target", r"力争|目标"),
                  ("projects_under_construction", r"在建"), ("projects_signed", r"签约|签订"),
                  ("projects_started", r"开工|动工|开[(（]|开复工|复工"), ("projects_negotiating", r"洽谈|在谈"),
                  ("projects_target", r"计划|将"), ("projects_landed", r"引进|引入|落户|落地|吸引|集聚")]
# 17个带动能力强、经济效益好的重大项目: a count of projects, a description between the figure and the noun
_DESCRIBED_PROJECTS_RE = re.compile(r"([^，,。；;：:]{2,30}?)的(?:重大|重点|新建|续建|产业|工业)?项目")
# 50亿元以上项目 / 10-20亿元项目 / 5亿至10亿元项目 before a count: a size class of projects
_BAND = (r"\d+(?:\.\d+)?(?:(?:万|亿)?元?[-－~～至]\d+(?:\.\d+)?)?(?:万|亿)?元(?:以上|以下|及以上|以内)?(?:的)?项目"
         r"(?:达到?|有)?")
_BAND_RE = re.compile(_BAND)
_BAND_BEFORE_RE = re.compile(_BAND + "$")
# 投资上10亿元的协议项目有5个, 合同项目中投资上10亿元的有4个: the projects of a size class (上 = above)
_OVER_CLASS_BEFORE_RE = re.compile(r"上\d+(?:\.\d+)?(?:万|亿)元的[\u4e00-\u9fff]{0,6}?(?:有|达|为)?$")
# 其中亿元以上项目28个: a class of one 亿, written without its 一
_UNNUMBERED_BAND_BEFORE_RE = re.compile(r"(?<![\d.])(?:万|亿)元(?:及)?以上(?:的)?项目(?:达到?|有)?$")


def _run_start(text: str, sent: Span, s: int) -> int:
    """Where the run of clauses holding offset s starts: after the last ；/; of its sentence before s."""
    return max(sent.start, text.rfind("；", sent.start, s) + 1, text.rfind(";", sent.start, s) + 1)


def _size_breakdown(doc: Doc, s: int) -> bool:
    """True when a count of projects is one size class of a breakdown: a range (20-50亿元项目2个), a class after
    其中, or one of several classes in the sentence. A single threshold (引进5000万元以上项目超过841个) is the
    park's own statistic."""
    text = doc.text
    band = _BAND_BEFORE_RE.search(text, max(0, s - 24), s)
    sent = doc.sentence_at(s)
    if band is None:
        band = _UNNUMBERED_BAND_BEFORE_RE.search(text, max(0, s - 12), s)
        run_start = _run_start(text, sent, s)
        return band is not None and "其中" in text[run_start:band.start()]
    return bool(re.search(r"[-－~～至]", band.group())) or "其中" in text[sent.start:band.start()] \
        or len(_BAND_RE.findall(text, sent.start, sent.end)) >= 2


# (截止 is written for 截至; a date of founding, 1992年成立的…, dates the park, not the figure after it)
_NOT_FOUNDING = r"(?!(?:\d{1,2}月)?(?:\d{1,2}日)?(?:成立|设立|建立|组建|创建|始建|获批|批准|开园|建园))"
# 3月18日开工的X项目: the day one thing happened (its verb, then 的), not the date of the figures after it
_NOT_ONE_THINGS_DAY = r"(?![\u4e00-\u9fff]{2}的)"
_AS_OF_RE = re.compile(r"(截[至止][^，,。；;]{0,12}?(?:月底|月末|年底|年末|底|末|目前|月|日)|今年前\d+个月|今年以来|"
                       r"\d{4}年(?:前\d+个月|上半年|全年)?" + _NOT_FOUNDING + r"|\d{1,2}月\d{1,2}日" + _NOT_FOUNDING + _NOT_ONE_THINGS_DAY +
                       r"|上半年|运营首年|年内)")
_THRESHOLD_AFTER_RE = re.compile(r"(?:的)?[\u4e00-\u9fff]{0,3}?(?:项目|企业|工业企业)")
_BRACKETED_THRESHOLD_RE = re.compile(r"(?:以上|以下|及以上)?[)）]")
_CLAUSE_SPLIT = re.compile(r"[，,；;：:]")
# 该项目是…，建成后，预计年创产值…: a clause about the project just named, whatever its verb
_ANAPHOR_PROJECT = re.compile(r"(?:^|[，,；;。：:])(?:(?:该|本|此|整个|这个|这一)(?:签约|合作|重点)?项目|项目(?:整合|建成|达产|投产|总投资|投资(?!同比|增速|增长)|一期|首期))")
_PROJECT_TOPIC = re.compile(r"(?<![^\n，,：:；;。])(?:该|本|此|整个|这个)?项目(?:选址|全部|建成|达产|投产后|计划总投资|总?占地|总?用地|总?建筑面积"
                            r"|分[一二两三四五]期)")  # (项目分二期建设，其中一期固定资产投资6亿元)
# X公司，坐落在Y示范园，项目总投资62亿元: the project named before, not its site (a site may be long: 落户中国(新疆)自由贸易
# 试验区喀什片区三师区块(以下简称三师区块)的企业，项目总投资…)
_SITED_THEN_TOTAL_RE = re.compile(r"(?:位于|坐落(?:在|于)|落户(?:在|于)?)[^，,。；;]{2,48}[，,](?:该|本)?项目总投资")
# X产业园项目位于高新区火炬大道南侧，总投资12亿元: a sentence that opens with a project and where it stands is about
# the project, whether or not it is one the rules record
_PROJECT_SITED_OPENING_RE = re.compile(r"\s*(?P<name>[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9·()（）]{1,29}?)项目"
                                       r"(?:位于|坐落(?:在|于)|选址(?:在|于)?)")
# 项目A区：…, 本项目3号地块…: a sentence about a lettered or numbered part of the project
_PROJECT_PART_OPENING_RE = re.compile(r"\s*(?:该|本)?项目(?:[A-Za-z甲乙丙丁](?:区|地块|栋)|[A-Za-z\d一二三四五六七八九十]{1,3}号?(?:地块|分区))")
_COUNTED_IN_RE = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)(?:多|余)?[个项家宗]")
# …此次开工的项目是…。项目总投资10亿元 (or quoted: “项目总投资10亿元，…”): a sentence that opens with the total of the
# one project just named; after a count of projects (7个项目开工。项目总投资约9.6亿元) it is theirs together
_PROJECT_TOTAL_OPENING_RE = re.compile(r"\s*“?项目总投资")
_PROJECTS_COUNTED_RE = re.compile(r"(?:\d+|[一二两三四五六七八九十百]+)(?:个|项|宗)[^。；;]{0,12}项目|项目[^。；;，,]{0,6}(?:\d+|[一二两三四五六七八九十百]+)(?:个|项|宗)")
_INVESTED_BEFORE_RE = re.compile(r"投资(?:额)?(?:约|达|为)?$")
_PROJECT_NAMED_AFTER_RE = re.compile(r"(?!(?:\d+|[一二两三四五六七八九十]+)[个宗]|一批|多个|各|这)[^，,。；;、]{2,50}?项目")  # (not 16个…项目)


def _names_a_project(text: str, start: int) -> bool:
    """True when a project's own name (not a kind: 储备项目) is written at start, closed by 项目."""
    m = _PROJECT_NAMED_AFTER_RE.match(text, start)
    return m is not None and len(m.group()) >= 6 and not is_generic_stem(m.group()[:-2])


# (X项目是Y高新区重点打造的…项目，计划总投资…: the project, described as one of the park's, is the subject)
_SITED_RE = re.compile(r"(?:位于|落户于?|选址于?|坐落于?|是(?=[^，,。；;]{2,40}项目)"
                       r"|由(?=[^，,。；;]{2,40}?(?:投资|出资|建设|承建)[，,]))")  # (X项目由Y公司投资，总投资约4亿元)
_PICKED_FROM_COUNT_RE = re.compile(r"[\u4e00-\u9fff]{0,6}?中[，,]")
# what may stand between a figure and the 的 that makes it a modifier of the next name: 、占地面积290亩
_CITY_BEFORE_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,3}[省市]")
_MODIFIER_TAIL_RE = re.compile(r"(?:、[^、，,。；;的]{1,14})*的")
# (not 湖南省“五个一百”重点项目: a programme's name in quotes, no count)
_AGGREGATE_PROJECTS = re.compile(r"(?<![“\"\d])(?:\d+|[一二三四五六七八九十])(?:多|余)?[个宗](?:[\u4e00-\u9fff“”]{0,8})项目|这些项目|(?<![该本此])(?<!这个)(?<!这一)项目总(?!占地|用地|建筑面积)"
                                 r"|项目(?:有|共|共有|达|达到)?(?:\d+|[一二三四五六七八九十]+)(?:多|余)?[个项宗]"  # 新签约项目72个, 超大项目有18个, 项目共41项
                                 r"|(?:[二三四五六七八九十]|\d+)大(?:[\u4e00-\u9fff]{0,4})项目"  # 四大项目, 4大项目: the four projects
                                 r"|(?<![\u4e00-\u9fff])(?:共计|合计|总计)(?:\d+|[一二三四五六七八九十]+)个(?![\u4e00-\u9fff])")
# (…A项目、B工程、C基地项目，共计7个，总投资27.78亿元: the count that closes a list of projects)
# A clause that ends an enumeration of projects: “A”“B”及“C”项目, A、B、C项目
_LIST_CLOSED_RE = re.compile(r"(?:[”」]|、[^、，,。；;]{2,40})(?:等)?项目$"
                             r"|、[^、，,。；;]{2,40}等(?:\d+|[一二两三四五六七八九十]+)[个项]$")  # (包括:A、B…E等15个,总投资…)


# what a count may count that no metric measures: 国家级企业品牌2个, 高新技术产品53项
_OTHER_COUNTED_RE = re.compile(r"(?:品牌|产品|商标|称号|奖项|标准)$")


# rates listed one after another before a figure (…增长10.3%、7.6%、)
_RATE_CHAIN_END_RE = re.compile(r"(?:\d+(?:\.\d+)?[%％](?:、|和|及))+$")


_SHARE_RATIOS = ("occupancy_ratio", "start_ratio", "share_ratio")
# 平均每15家规上企业就有1家…: the two counts of a proportion
_PROPORTION_RE = re.compile(r"每$|每(?:\d+|[一二两三四五六七八九十百千]+)[家个户][^，,。；;]{0,12}?就?有$")


# “…”公司董事长黎富华说: a quotation a firm's officer is said to speak, in the first person
_FIRM_SPEAKER_AFTER_RE = re.compile(r"[”」][，,]?[^，,。；;“”]{0,16}?(?:公司|企业|集团|厂)[^，,。；;“”]{0,6}?"
                                    r"(?:董事长|总经理|负责人|总裁|厂长|经理)[^，,。；;“”]{0,6}?(?:说|表示|介绍|告诉记者)")


# …(共46家综合保税区)中 / 在全国154个综合保税区中: the class of parks something ranks among
_JOINT_WITH_REGIONS_RE = re.compile(r"(?:全市|全省|全区|全县)[^，,。；;]{0,12}?(?:地区|县区|区县|县市区|市县区|县\(市、区\))[和及与]")
_AMONG_BEFORE_RE = re.compile(r"[区园]中$")  # (13个重点园区中12个园区)
_OF_WHICH_BEFORE_RE = re.compile(r"其中[，,]?$")
_PARKS_COUNT_BEFORE_RE = re.compile(r"\d+个[^，,。；;]{0,8}?[区园]")
_AMONG_AFTER_RE = re.compile(r"[^，,。；;()（）]{0,12}?[)）]?中[，,]")


def _firm_speaks(text: str, s: int) -> bool:
    """True when the figure at s is inside a quotation a firm's officer speaks in the first person (我们): the figures
    are the firm's, which the quote does not name."""
    open_ = text.rfind("“", max(0, s - 300), s)
    if open_ < 0 or text.rfind("”", open_, s) >= 0:
        return False
    close = text.find("”", s, s + 300)
    if close < 0 or "\n" in text[open_:close]:
        return False
    return re.search(r"我们|我公司|我厂", text[open_:close]) is not None and _FIRM_SPEAKER_AFTER_RE.match(text, close) is not None


def _metric(amount: Amount, before: str, after: str, sentence: str) -> str | None:
    if _AVERAGE_RE.search(before[-8:]):
        return None  # 平均投资规模达6亿元: an average, not a total of anything
    if amount.unit in _MONEY:
        named_after = re.match(r"的([\u4e00-\u9fff]{2,6})", after)
        if named_after:  # 带来超过8500万元的税收: the noun the sum qualifies says what it measures
            for metric, pat in _MONEY_RULES:
                if metric and re.match(f"(?:{pat})", named_after.group(1)) and not metric.startswith("fund_"):
                    return metric
        # the words after the clause's last figure name this one's metric (年应税销售20亿元、税收1200万元: tax),
        # else the clause's words before it
        tail = re.split(r"\d", before)[-1]
        if tail != before and any(metric and re.search(pat, tail) for metric, pat in _MONEY_RULES):
            before = tail
        for metric, pat in _MONEY_RULES:
            if re.search(pat, before):
                if metric.startswith("fund_") and not re.search("基金", sentence):
                    continue
                if metric == "industry_scale" and "产业规模" not in before and "基金" in sentence:
                    # 设立产业基金26支，总规模为172.6亿元: the funds' total; 母基金为该区首个产业引导基金，
                    # 总规模100亿元: one fund's size, which is the fund's record, not a figure of the park
                    return "fund_size" if _FUND_COUNT_RE.search(sentence) else None
                return metric or None
        return None
    if amount.unit == "mu":
        return "area_mu" if re.search(r"占地|用地|面积|规划|土地", before + after[:8]) else None
    if amount.unit == "m2":
        if re.search(r"建筑面积|厂房|楼宇|孵化面积|载体面积", before):
            return "floor_area_m2"
        return "area_m2" if re.search(r"占地|面积", before) else None
    if amount.unit == "ha":  # 批准面积由原有的133.3公顷拓展至594.44公顷
        return "area_ha" if re.search(r"面积|占地|用地|规划|土地|拓展|扩区", before + after[:8]) else None
    if amount.unit == "km2":
        # (高峰园29.26平方公里，重点发展…: a park, then its area, the word 面积 unsaid)
        return "area_km2" if re.search(r"面积|规划|范围", before) or _PARK_THEN_AREA_RE.search(before) else None
    if amount.unit == "ratio":
        before = _RATE_CHAIN_END_RE.sub("", before)  # 分别增长10.3%、7.6%、12.1%: the words before the first rate
        if re.search(r"研发(?:经费)?投入|R&D(?:经费)?(?:投入)?强度|研发强度", before):
            return "rd_intensity_ratio"
        if re.search(r"(?:出租|入驻|入住)率(?:达到|达|为|超过|超)?$", before):
            return "occupancy_ratio"  # 标准厂房出租率达99%: the space let, no growth
        if re.search(r"开(?:复|竣)?工率(?:达到|达|为|超过|超)?$", before):
            return "start_ratio"  # 开复工率83%: the projects started of those listed
        if re.search(r"(?:比重|占比)(?:达到|达|为|超过|超|已达|约|不足)?$|占[^，,。；;占]{1,16}的?$", before[-20:]):
            if re.search(r"占有率|市场份额|采购|项目\d+(?:个|项)、", before) or re.match(r"\s*(?:相关)?(?:企业|公司|产品)", before):
                return None  # 相关产品…市场占有率超60%, 企业省内供应链采购占比不足6%: firms' or products' shares;
                # 其中工业项目53个、占比达52%: a class of a batch's projects
            return "share_ratio"  # 占全省工业投资的64.3%, 高新技术产业占比超过98%: a part of a whole
        if re.search(r"比重|占比|比例|(?:提高|提升|增长)(?:到|至)$", before[-12:]):
            return None  # a share or a level reached, not a growth rate
        grown = re.search(r"增长|增速|增幅|提高|提升|成长|年增|比增", before[-12:]) \
            or re.match(r"的(?:同比)?(?:增长|增幅)", after)  # 与去年同期相比，实现了13%的增长
        if not grown or (
                _FORECAST_RE.search(before) and not (re.search(r"预计增长$", before) and _PAST_PERIOD_RE.search(sentence))):
            return None  # 有望增长50%: a forecast, not a reported rate (一季度规模工业总产值预计增长38.95%: the estimate of
            # a period that is over, as the first figures are reported)
        # the rate of a quantity the park reports (产值、营收、规模 …), in this clause or the one before
        # it (实现产值162.4亿元、同比增长12.17%); 效率提升30% measures nothing a park reports
        if not _GROWTH_MEASURE_RE.search(sentence[:sentence.find(before) + len(before)][-40:]):
            return None
        return "average_growth_ratio" if re.search(r"年均(?:增长|增速|增幅)", before[-12:]) else "growth_ratio"
    if amount.unit != "count":
        return None
    if after.startswith("次"):
        return None  # 惠及企业70余万家次: visits to firms, counted over and over, not firms
    if _PROPORTION_RE.search(before):
        return None  # 平均每15家规上企业就有1家在A股上市: a proportion, not a count of firms
    measure = re.sub(r"[(（][^)）]*[)）]$", "", amount.text)[-1:]  # 300台(套): the measure is 台
    if measure == "件" and re.search(r"专利", before[-12:]):
        return "patents"
    if measure in "只支" and re.search(r"基金$", before[-6:]):
        return "fund_count"  # 累计设立各类产业基金26只
    if measure in "台套条款种件批辆只块场":
        return None  # equipment, product lines, documents: not park statistics
    near_after = after[:10]
    near_before = re.sub(r"[“”「」\"]", "", before)[-12:]  # “四上企业”达到81家: the quotes mark a term, not a boundary
    staged = _STAGE_JUST_BEFORE_RE.search(near_before) is not None and "项目" in sentence  # (已开工建设24个, 开复工8项)
    if _OTHER_COUNTED_RE.search(near_before) or (
            measure == "项" and not re.search(r"专利|项目", near_before + near_after) and not staged):
        return None  # 国家级企业品牌2个, 高新技术产品53项: brands and products, not firms or projects
    if measure == "人" or re.search(r"万人|人$", amount.text):
        if _ATTENDED_RE.match(after):
            return None  # 干部职工、施工单位代表等约1000人参加: the people at an event, not a workforce
        return "employees" if re.search(r"从业|就业|员工|人才|职工|人员|用工", near_before + near_after) else None
    described = _DESCRIBED_PROJECTS_RE.match(after) if measure == "个" else None
    if described and not re.search(f"园|{ZONE_WORDS}|企业|公司", described.group(1)):
        # 高新区有17个带动能力强、经济效益好…的重大项目集中开工: projects, described before their noun (not the parks)
        for metric, pat in _PROJECT_STAGE:
            if re.search(pat, after[described.end():described.end() + 8]):
                return metric
        return "projects"
    if re.search(r"^[\u4e00-\u9fff“”]{0,8}?项目", near_after) or (
            re.search(r"项目[\u4e00-\u9fff]{0,3}$", near_before) and not re.search(r"(?:建成|投产|达产)后$", near_before)):
        # (项目建成后，将吸引超过100家…企业: what the project is to bring, counted after it, not projects)
        # (工业项目27个、计划投资额…: what follows 、 is the next item; 落地项目达到60宗、动工项目达到25宗、建成投产项目
        # 达到10宗: what precedes it is the item before, when that item is counted and this one names its own stage)
        own = before.split("、")[-1]
        if not (_COUNTED_ITEM_RE.search(before.rpartition("、")[0])
                and any(re.search(pat, own) for _, pat in _PROJECT_STAGE + [("", r"投产|竣工|建成")])):
            own = before
        if _EXPECTED_STAGE_RE.search(own[-6:] + near_after[:12]):
            return None  # 其中4个项目有望近期签约: projects expected to reach a stage, at none yet
        if _ONCE_DONE_AFTER_RE.match(near_after):
            return None  # 72个项目全部建成后，将…: what the projects will do once built, no count of a stage
        for metric, pat in _PROJECT_STAGE + [("projects_completed", r"投产|(?<!开)竣工|建成|完工")]:  # (开竣工: a joint event)
            if re.search(pat, own + near_after[:8].split("、")[0]):
                return metric
        return "projects"
    if measure in "个宗项" and staged:
        for metric, pat in _PROJECT_STAGE:  # 共引进项目41个，…，已开工建设24个: the projects at that stage
            if re.search(pat, near_before):
                return metric
    noun_after = re.match(r"[\u4e00-\u9fff“”]{0,12}", near_after).group()
    came = re.match(r"来自[^，,。；;]{2,20}?(?=(?:的)?(?:企业|公司))", after)
    if came:  # 已有超过60间来自海外、内地及本地企业或机构陆续进驻: where the firms come from, then the firms
        noun_after = re.match(r"(?:的)?[\u4e00-\u9fff“”]{0,12}", after[came.end():]).group().removeprefix("的")
    if re.match(r"(?:国家|地区)(?:和地区|和国家)?(?:的|[，,、]|$)", noun_after):
        return None  # 引入50个国家和地区的企业1400余家: countries, not firms
    if re.match(r"(?:全资|控股)?(?:子公司|分公司|分支机构|门店|网点)", noun_after):
        return None  # 在全球拥有200多家子公司: a firm's own companies, no park's statistic
    if re.search(r"向[^，,。；;]{0,40}$", sentence[:max(0, sentence.find(amount.text))]) \
            and re.search(r"推荐|推介|介绍|展示|宣传", near_after):
        return None  # 向来自佛山…等60余家企业重点推荐了…: the audience of a pitch, no park's firms
    if re.match(r"(?:类别|类型|种类|门类|大类|方面|领域|行业|批次)", noun_after):
        return None  # …十强企业等12个类别共96个…: kinds of something counted, not firms
    if re.match(r"(?:区市县|县市区|区县|县区|市县|县市|区市|乡镇|镇街|街镇|镇|乡|街道|村|社区)(?![\u4e00-\u9fff]{0,4}(?:企业|公司|项目))", noun_after):
        return None  # …园区以及6个区市县: places counted, no park's statistic
    if _PARKS_COUNTED_RE.match(noun_after) or (_PARK_NOUN_RE.match(noun_after) and measure in "个家座"):
        return "parks_count"  # 53个省产业园新建…: the parks of a kind (入驻X产业园8个: what entered it, not parks)
    # the noun the figure counts (35家重点企业) first, then the one just before it (企业数达35家):
    # 园区已集聚35家企业 counts firms, not parks
    rules = [(metric, pat, tail) for metric, pat, tail in _COUNT_RULES_RE
             if metric != "parks_count" or re.search(r"[个家]", amount.text)]  # (parks are counted in 个 or 家)
    for metric, pat, tail in rules:
        if (park := pat.search(noun_after[:10])) is None:
            continue
        if metric == "parks_count":
            # (18家企业参与园区建设: the noun right after the figure, 企业, not a park word further on)
            nearer = min(((m.start(), other) for other, p, _ in rules if other != metric
                          and (m := p.search(noun_after[:park.start()]))), default=None)
            if nearer is not None:
                return nearer[1]
        return metric
    if re.search(r"(?:专精特新|小巨人)(?:企业)?$", near_before):
        return "specialised_enterprises"  # 国家级专精特新“小巨人”企业28家: firms of that programme, not all the firms
    # (园区落户企业101家: the noun nearest the figure, 企业, not the park it stands in)
    nearest = None
    for metric, pat, tail in rules:
        m = tail.search(near_before)
        if m is None:
            continue
        last = max(x.end() for x in pat.finditer(near_before, m.start()))
        if nearest is None or last > nearest[1]:
            nearest = (metric, last)
    if nearest is not None:
        return nearest[0]
    if measure == "处" and re.search(r"基站|开通|建设", before + noun_after):
        return "infrastructure_units"
    return None


# What one investor puts into a fund (湖北省投资引导基金认缴7.5亿元, 其中引导基金出资2亿元, 认缴规模5亿元的X基金) and a
# fund's first close (首期规模6亿元): figures of the fund, not of a park, a project or the investor.
# (带动社会出资近4800亿元: the money a fund draws in beside it, no one investor's commitment)
_FUND_FIGURE_BEFORE_RE = re.compile(r"(?:(?P<commit>认缴(?:出资)?(?:规模)?|(?<![总共会动])出资)|(?P<first>首期(?:规模|募集|募资|(?:到位)?资金)?))"
                                    r"(?:额|金额|资金)?(?:为|达|约)?$")
_FUND_ANAPHOR_RE = re.compile(r"该(?:母|子)?基金|(?:^|(?<=[。；;\n]))母?基金(?=(?:总|目标)?规模|首期)")
_INVESTOR_AFTER_RE = re.compile(r"[^，,。；;：:]{0,12}?(?:认缴|出资)")
_INTO_FUND_RE = re.compile(r"[^，,。；;]{0,4}?(?:注入|投入|参与设立|参股)")


def _fund_occurrences(doc: Doc, funds: list[FundMention]) -> list[tuple[int, int, FundMention]]:
    """Where each fund is written (its name, an alias, or 该基金 after it within two sentences), in text order."""
    text = doc.text
    occ: list[tuple[int, int, FundMention]] = []
    for f in funds:
        for form in sorted({f.name, *f.aliases}, key=len, reverse=True):
            for m in re.finditer(re.escape(form), text):
                if not any(s <= m.start() < e for s, e, _ in occ):
                    occ.append((m.start(), m.end(), f))
    occ.sort(key=lambda o: o[0])
    for m in _FUND_ANAPHOR_RE.finditer(text):
        prior = [o for o in occ if o[1] <= m.start()]
        if prior and doc.sentence_index(prior[-1][0]) >= doc.sentence_index(m.start()) - 2:
            occ.append((m.start(), m.end(), prior[-1][2]))
    occ.sort(key=lambda o: o[0])
    return occ


def _fund_figures(doc: Doc, funds: list[FundMention]) -> list[FactMention]:
    """A fund's commitments and first close, where the fund they belong to is plain: named right after the
    figure (认缴规模5亿元的X基金, 出资5000万元注入X基金), or the fund the sentence or the one before it is about,
    written before the clause that names the investor (该基金总规模30亿元，其中引导基金出资2亿元)."""
    if not funds:
        return []
    text = doc.text
    occ = _fund_occurrences(doc, funds)
    out: list[FactMention] = []
    for a in find_amounts(text):
        if a.unit not in _MONEY:
            continue
        s, e = a.span.start, a.span.end
        sent = doc.sentence_at(s)
        clause_start = max([sent.start] + [sent.start + c.end() for c in re.finditer(r"[，,；;：:]", text[sent.start:s])])
        m = _FUND_FIGURE_BEFORE_RE.search(text, clause_start, s)
        if m is None:
            continue
        fund = None
        if text[e:e + 1] == "的":  # 认缴规模5亿元的力合长江基金
            fund = next((f for os_, _, f in occ if os_ == e + 1), None)
        if fund is None:
            into = _INTO_FUND_RE.match(text, e)  # 出资5000万元注入X基金
            if into is not None:
                fund = next((f for os_, _, f in occ if os_ == into.end()), None)
        if fund is None:
            # the fund the sentence (or the one before it) is about, written before the investor's clause
            # (not an investor named in a clause of its own: 咸宁市引导基金认缴15亿元，湖北省投资引导基金认缴7.5亿元)
            prior = [o for o in occ if o[1] <= clause_start and doc.sentence_index(o[0]) >= doc.sentence_index(s) - 1
                     and not _INVESTOR_AFTER_RE.match(text, o[1])]
            if prior and not any(clause_start <= o[0] < s for o in occ if o[2] is prior[-1][2]):
                fund = prior[-1][2]
        if fund is None:
            continue
        if any(x is not None and x.value == a.value for x in (fund.size, fund.paid_in, fund.invested)):
            continue  # the fund's own size, said again
        metric = "fund_commitment" if m.group("commit") else "fund_first_close"
        kind = _kind_of_figure(text, clause_start, clause_start, s, e, money=True)  # (该基金预计目标规模…: the size's goal)
        out.append(FactMention(subject=fund.name, subject_type="fund", metric=variant(metric, kind), amount=a,
                               sentence=sent, as_of_text=None, rule="fact_fund"))
    return out


# a word that names what a figure measures, as the rules below read it
_MEASURE_WORD_RE = re.compile("|".join(p for m, p in _MONEY_RULES if m) + "|" + _GROWTH_MEASURE_RE.pattern)
# X由A增至B: B is the figure now, measuring X (the noun before 由); A is where it grew from
_GREW_FROM_RE = re.compile(r"(?:数量|总数|总量|规模)?由[^，,。；;]{1,24}?(?P<to>增至|增加到|增加至|增长到|增长至|提高到|提高至|提升到|提升至|扩大到|扩大至)"
                           r"(?:目前的|现在的|今年的|\d{4}年的|去年的)?$")
_LIST_JOIN_RE = re.compile(r"[、和及与]")


def _respective_measure(doc: Doc, clause_start: int, s: int) -> str | None:
    """The measure a figure takes from a list written before 分别 (A、B、C分别达到x、y、z): the k-th of the
    list for the k-th figure, when the clause lists as many measures as figures; None otherwise."""
    text = doc.text
    head = text.rfind("分别", clause_start, s)
    if head < 0:
        return None
    verb = _RESPECTIVELY_RE.match(text, head)
    tail = text[verb.end():s]
    if re.search(r"[，,；;。]", tail):
        return None
    k = len(_LIST_JOIN_RE.findall(re.sub(r"[\d.,% ]+|[万亿千百]|元|美元|人民币|亩|平方(?:公|千)?米|家|个|项|户", "", tail)))
    items = _LIST_JOIN_RE.split(text[clause_start:head].removesuffix("同比"))
    if len(items) < 2 or k >= len(items) or any(not 2 <= len(i) <= 14 or not _MEASURE_WORD_RE.search(i) for i in items):
        return None  # (A园区、B园区投资分别增长…: parks listed, each with its figure; 新能源、新材料…分别完成: industries)
    figures = len(_LIST_JOIN_RE.findall(text, verb.end(), doc.clause(verb.end()).end)) + 1
    return items[k] if figures == len(items) else None


def find_facts(doc: Doc, parks: list[ParkMention], occs: list[ParkOcc], projects: list[ProjectMention],
               funds: list[FundMention], companies: list[CompanyMention] | None = None,
               scope: ParkScope | None = None) -> list[FactMention]:
    text = doc.text
    taken: set[tuple[int, int]] = set()
    for p in projects:
        if p.investment is not None:
            taken.add((p.investment.span.start, p.investment.span.end))
    for f in funds:
        for a in (f.size, f.paid_in, f.invested):
            if a is not None:
                taken.add((a.span.start, a.span.end))
    fund_figures = _fund_figures(doc, funds)
    taken |= {(x.amount.span.start, x.amount.span.end) for x in fund_figures}
    invested = {(p.investment.unit, p.investment.value) for p in projects if p.investment is not None}
    invested |= {(a.unit, a.value) for f in funds for a in (f.size, f.paid_in) if a is not None}
    proj_occ: list[tuple[int, int, str, str]] = []
    for p in projects:
        for m in re.finditer(re.escape(p.name), text):
            proj_occ.append((m.start(), m.end(), p.name, "project"))
        for alias in p.aliases:  # (核心区项目总投资…: the project written without its park's name)
            if len(alias) >= 5:
                proj_occ += [(m.start(), m.end(), p.name, "project") for m in re.finditer(re.escape(alias), text)
                             if not any(x[0] <= m.start() < x[1] for x in proj_occ)]
    # (every place a project is written: a park inside its name there is part of the name)
    project_spans = [(p.span.start, p.span.end) for p in projects] + [(x[0], x[1]) for x in proj_occ]
    groups = find_park_groups(doc)
    full_names = group_full_names(doc, tuple(occs))
    # subject candidates in text order: (start, end, name, type)
    in_project = lambda o: any(ps <= o.start and o.end <= pe and (pe - ps) > (o.end - o.start) for ps, pe in project_spans)
    # a zone's name that opens a company's (无锡高新区新发集团) names the firm, not the place of a figure
    in_firm = lambda o: _FIRM_AFTER_RE.match(text, o.end) is not None
    # A、B、C、D、E等5个…区域上半年实现…: the parks of a list a count closes are a group, none of them a figure's subject
    in_counted_list = lambda o: _PARKS_LISTED_THEN_COUNTED_RE.match(text, o.end) is not None or (
        text[o.start - 1:o.start] == "、" and _LAST_ITEM_COUNTED_RE.match(text, o.end) is not None)
    subjects: list[tuple[int, int, str, str]] = [(o.start, o.end, o.key, "park") for o in occs
                                                 if not in_project(o) and not in_firm(o) and not in_counted_list(o)]
    # (园区是福鼎市三个锂电新能源千亿产业园之一，…，共入驻企业62家: the park is one of the group; what follows is its own)
    subjects += [(s, e, name, "park_group") for s, e, name, n in groups if n > 1 and not text.startswith("之一", e)]
    subjects += [(s, e, name, "park_group") for s, e, name in find_territory_groups(doc)]
    subjects += _batch_group_mentions(text, [(s, e, name) for s, e, name, n in groups if n > 1])
    subjects += proj_occ
    subjects.sort()
    doc._subject_starts = [x[0] for x in subjects]  # per-Doc caches for _subject's bisect windows
    doc._project_sums = {p.name: p.investment.span.start for p in projects if p.investment is not None}
    doc._project_forms = {p.name: [a for a in p.aliases if len(a) >= 5] for p in projects if p.aliases}
    doc._occ_starts = [o.start for o in occs]
    facts: list[FactMention] = list(fund_figures)
    # a fund's own size, paid-in capital and investment made are figures reported about it too (基金募集规模约3亿元),
    # each traceable to its sentence like any other
    for f in funds:
        for metric, a in (("fund_size", f.size), ("fund_paid_in", f.paid_in), ("fund_invested", f.invested)):
            if a is not None:
                facts.append(FactMention(subject=f.name, subject_type="fund", metric=metric, amount=a,
                                         sentence=doc.sentence_at(a.span.start), as_of_text=None, rule="fact_fund"))
    seen: set[tuple[str, str, str]] = set()
    last_park_led: tuple[int, str, str] = (-1, "", "")  # (sentence, unit, metric) of the last figure a park led
    one_park = _one_park_named(text, occs)  # (whether the story names one park: its rates need not name it)
    for a in find_amounts(text):
        s, e = a.span.start, a.span.end
        if (s, e) in taken or any(ps <= s and e <= pe for ps, pe in project_spans):
            continue
        if doc.in_quotes(s, e):
            continue
        if a.unit == "count" and _PICKED_FROM_COUNT_RE.match(text, e):
            continue  # 17个项目中，X项目…: the count named again to pick one out, not a figure
        if a.unit in _MONEY and (a.unit, a.value) in invested and not _OTHER_MEASURE_BEFORE_RE.search(text, max(0, s - 12), s):
            continue  # a project's investment restated (in a headline, a summary): not a park figure (年产值不低于5亿元
            # measures something else, whatever the sum invested)
        if a.unit in _MONEY and text[s - 1:s] == "上" and text[e:e + 1] == "的":
            continue  # 投资上10亿元的协议项目: a size class (above 1 billion), not a sum
        if a.unit == "count" and (_size_breakdown(doc, s) or _OVER_CLASS_BEFORE_RE.search(text, max(0, s - 20), s)):
            continue  # 其中50亿元以上项目1个，20-50亿元项目2个: how the projects fall in size classes, not a figure
        if _THRESHOLD_AFTER_RE.match(text, e) and (a.qualifier == "超" or a.text.endswith("级") or text[s - 1:s] == "过"):
            continue  # 10亿元以上项目9个, 投资过10亿元大项目: a size class of projects, not a figure
        if a.unit in _MONEY and (_CLASS_COUNTED_AFTER_RE.match(text, e) or _EACH_ABOVE_BEFORE_RE.search(text, max(0, s - 4), s)
                                 or (text[s - 1:s] == "过" and text[e:e + 1] == "的" and re.match(_COUNT, text[e + 1:e + 6]))):
            continue  # 10亿元以上重大产业化项目47个, 5亿元至10亿元项目17个, 过10亿元的5家, 项目投资均超过亿元以上: a size
            # class the projects or firms are counted in, or what each of them passes, not a sum
        if text[s - 1:s] in "(（" and _BRACKETED_THRESHOLD_RE.match(text, e):
            continue  # 工业总产值(2000万元以上)65.82亿元: the statistic's threshold, not a figure
        sent = doc.sentence_at(s)
        sentence = text[sent.start:sent.end]
        if re.search(r"《[^》]+》[^，,。]{0,4}显示", sentence) and not any(sent.start <= o.start < sent.end for o in occs):
            continue  # a figure from an outside report, not about a park
        if re.search(r"每(?:个|家|年|平方)?[\u4e00-\u9fff]{0,4}$", text[max(sent.start, s - 10):s]) and re.search(r"每个|每家|每平方米?|每亩|每吨|每月|每天|每日|每周", text[max(sent.start, s - 10):s]):
            continue
        if re.match(r"[^，,。；;]{0,24}之一", text[e:]):
            continue  # 成为…首批授牌的10家国际合作产业园之一: the size of a class the subject is one of
        if re.search(r"(?:最高|最多|上限)(?:可)?(?:达|为)?$", text[max(sent.start, s - 5):s]):
            continue  # 可给予最高1000万元直接投资: a cap on what each gets, no statistic
        if re.search(r"各(?:投资|投入|出资|增资|新增)?(?:约|达)?$", text[max(sent.start, s - 6):s]):
            continue  # A公司、B公司…各投资1亿元: what each item has, no total of anything
        clause_start = sent.start
        for m in _CLAUSE_SPLIT.finditer(text, sent.start, s):
            clause_start = m.end()
        if a.unit == "ratio" and a.qualifier in _LOWER_BOUNDS and _COUNT_OPENING_RE.match(text, clause_start):
            continue  # 20个开发区规上工业增加值同比增速超过20%: the threshold the counted parks pass, not a figure
        before = text[clause_start:s]
        after_end = e
        while after_end < sent.end and not _CLAUSE_SPLIT.match(text[after_end]) and text[after_end] not in "。！？!?\n":
            after_end += 1
        after = text[e:after_end]
        if a.unit in _MONEY and text[e:e + 1] == "的" and _INVESTED_BEFORE_RE.search(before) \
                and (any(text.startswith(p.name, e + 1) for p in projects) or _names_a_project(text, e + 1)):
            continue  # 总投资6亿元的X项目: the project's investment, seen again (or a project not read: never the park's)
        if a.unit != "ratio" and _CHANGE_BEFORE_RE.search(before):
            continue  # 较去年同期增加15.5亿元: how much a figure grew, not the figure (a rate is growth_ratio)
        if a.unit != "ratio" and _BASE_BEFORE_RE.search(before):
            continue  # 引进厂商26家，较2014年同期引进厂商2家增加24家: the figure compared with, a past period's
        if _firm_speaks(text, s):
            continue  # “…我们每天…，投产7个月以来生产总值近5000万元。”公司董事长X说: the speaker's firm's, not the park's
        if _INCIDENT_RE.search(sentence):
            continue  # 过火面积800平方米, 责令5家企业停产整改: an accident's toll, not the park's statistics
        # 达拉特旗实施…项目10项。截至目前，开复工10项: a sentence that opens with only its date counts what the one
        # before it counted
        item = _respective_measure(doc, clause_start, s)
        if item is not None:  # 技工贸总收入、规模工业总产值、年缴税收分别达到220亿元、200亿元、5亿元: the k-th figure, the k-th measure
            # (固定资产、工业技改投资分别同比增长23.5%、29.5%: a rate keeps the verb that makes it a growth rate)
            before = item + (text[text.rfind("分别", clause_start, s):s] if a.unit == "ratio" else "")
        grew = _GREW_FROM_RE.search(before)
        dated_from = sent.start
        if grew is not None:  # 经营主体数量由2019年的不足1000家增至目前的1.5万余家: the figure now, of the noun before 由
            before, dated_from = before[:grew.start()], clause_start + grew.start("to")
        metric = _metric(a, before, after, _with_topic(doc, sent) if a.unit == "count" else sentence)
        if metric is None and clause_start > sent.start and a.unit != "ratio" and not _OTHER_COUNTED_RE.search(before) \
                and not _UNREAD_MEASURE_RE.search(before[-8:]) and not _PROPORTION_RE.search(before) \
                and not re.search(r"[；;]", text[max(sent.start, clause_start - 2):clause_start]):
            # the measured noun may sit in the previous clause: 高新技术企业实现倍增,达到了108家
            prev = sent.start
            for m in _CLAUSE_SPLIT.finditer(text, sent.start, clause_start - 1):
                prev = m.end()
            # its own figure cut off: 新增高新技术企业386家，总数达到2150家 -> 新增高新技术企业 (a date is no figure:
            # 南部科学园区今年1至10月营业额表现持续亮眼，整体约2.36兆元)
            prev_figures = find_amounts(text[prev:clause_start - 1])
            # (已签约18家企业,已投产4家: the noun the figure before counts after it, 企业, is this one's too)
            counted_after = bool(prev_figures) and a.unit == "count" and prev_figures[0].text[-1:] == a.text[-1:] \
                and not re.match(r"[\u4e00-\u9fff]", after) \
                and re.fullmatch(r"[\u4e00-\u9fff]{2,6}", text[prev + prev_figures[0].span.end:clause_start - 1]) is not None
            metric = _metric(a, text[prev:prev + prev_figures[0].span.start] if prev_figures and not counted_after
                             else text[prev:clause_start - 1], after, sentence)
        park_led = a.unit in _MONEY and any(o.start == clause_start and o.end == s for o in occs)
        if metric is None and park_led and last_park_led[0] == sent.start and last_park_led[1] == a.unit:
            # 其中A开发区主营业务收入494.82亿元…;B开发区325.44亿元…: a park then its figure alone, in a series whose
            # first item said what the figures measure
            metric = last_park_led[2]
        if metric is None:
            continue
        if a.unit == "count" and _BREAKDOWN_OPEN_RE.search(text, max(sent.start, s - 24), s):
            continue  # 進駐廠商達3,446家(包括企業總部26家、研發中心12家): the parts of a count, in brackets, no count of their own
        if a.unit in _MONEY and any(clause_start - 2 <= o.start <= clause_start + 2 and o.end <= s for o in occs):
            last_park_led = (sent.start, a.unit, metric)
        counts_projects = metric.startswith("projects")
        respective = _respective_subject(doc, a, occs, scope) if item is None else None  # (a list of measures)
        if respective == "":
            continue  # …分别为218.5亿元、196亿元 where the text's list of whose is not readable: whose is unknown
        if respective is not None:
            subject, stype = respective
        else:
            subject, stype = _subject(doc, a, subjects, occs, scope, clause_start, after_end,
                                      counts_projects=counts_projects)
        if stype == "park_group" and a.unit == "count" and metric != "parks_count" \
                and any(name == subject and gs <= s < ge for gs, ge, name, _ in groups):
            metric = "parks_count"  # 竹科、中部及南部3个科学工业园区引进厂商26家: the 3 counts the parks, whatever follows
        if stype == "park" and companies:
            firm = _sited_firm(doc, companies, sent, subject, s)
            if firm is not None:  # X公司位于Y开发区，占地1000余亩，总投资12亿元: the firm's, not the park's
                subject, stype = firm, "company"
        if stype == "park" and companies and not metric.startswith(_NOT_A_FIRMS_OWN) and a.unit != "count":
            at = clause_start + len(text[clause_start:s]) - len(text[clause_start:s].lstrip(" \u3000"))
            firm = next((c.name for c in companies if c.kind == "enterprise" and c.rule == "company_reporting"
                         and any(text.startswith(f, at) for f in [c.name, *c.aliases] if f)), None)
            if firm is not None:  # 1-8月,特斯拉完成产值688.6亿元、增长269.8%: the firm the clause opens with reports it
                subject, stype = firm, "company"
        if stype == "park" and companies:
            firm = _tenant_firm(doc, companies, occs, sent, s)
            if firm is not None:  # 1号厂房入驻企业是X公司,主要生产…,总投资2000万元,年产值4000万元: the tenant's own
                subject, stype = firm, "company"
        if stype == "park" and a.unit in _MONEY and text[e:e + 1] == "的":
            firm = next((c.name for c in companies if c.kind == "enterprise" and text.startswith(c.name, e + 1)
                         and LIMITED_FORM_RE.search(c.name)), None)
            if firm is not None:  # 投资总额3000万美元的福建X钢铁制品有限公司将于本月投产: the firm's investment
                subject, stype = firm, "company"
        if metric in _COMPANY_METRICS and companies and stype != "project":  # (年产值250亿元的X基地: X's, not the firm's)
            firm = _company_subject(doc, companies, occs, clause_start, s)
            if firm is not None:
                subject, stype = firm, "company"
        if metric == "registered_capital" and companies and stype != "company":
            # 该项目由X有限公司负责建设运营，注册资本1.8亿美元: the capital of the firm the sentence names last, never a
            # project's
            named = _last_firm_named(text, [c for c in companies if c.kind == "enterprise"], sent.start, s)
            if named is not None:
                subject, stype = named, "company"
            elif stype == "project":
                continue
        if stype == "park" and _CITY_FIRMS_RE.search(text, sent.start, after_end) \
                and not any(sent.start <= o.start < after_end for o in occs):
            continue  # 有30多家南京企业在境外投资，总投资额高达4.3亿美元: a city's firms, not the park in scope's
        if stype == "park" and _THIS_COMPANY_RE.search(text, clause_start, s) \
                and not any(clause_start <= o.start < s for o in occs):
            continue  # 推动该企业年营收突破35亿元 where no firm is read: the firm's figure, never the park's
        if stype == "park" and subject and _JOINT_WITH_REGIONS_RE.search(text, sent.start, s) \
                and subject in text[sent.start:s]:
            continue  # 当天全市12个地区和太平湾合作创新区新开工项目共24个: the city's total, its areas' and the zone's together
        if metric == "parks_count" and (_AMONG_BEFORE_RE.search(text, max(sent.start, s - 8), s) or (
                _OF_WHICH_BEFORE_RE.search(text, max(sent.start, s - 8), s)
                and _PARKS_COUNT_BEFORE_RE.search(text, sent.start, max(sent.start, s - 3)))):
            continue  # 13个重点园区中12个园区营收实现增长,其中11个园区…: the parks of a group that did so, no group's size
            # (其中,20个开发区… after a sentence that counted all the zones: a figure of its own, as its truth gives it)
        if metric == "parks_count" and _AMONG_AFTER_RE.match(text, e):
            continue  # 在西部和东北地区(共46家综合保税区)中，X荣登榜首: the parks a ranking is among, no park's figure
        if metric == "parks_count" and stype == "park_group" and _PARK_NOUN_RE.match(_NOUN_AFTER_RE.match(text, e).group()) \
                and not re.search(r"(?<!\d)" + re.escape(a.text), subject or ""):
            continue  # 14个特色产业园区和3个民营企业总部集聚区: another group, counted beside the subject
        if metric == "parks_count" and stype == "park" and _CLASS_OF_ZONES_RE.search(
                text, max([clause_start] + [o.end for o in occs if o.key == subject and o.end <= s]), s):
            subject, stype = None, ""  # 湖北国家级高新区增至9个: zones of a rank counted, not the park named before
        if metric == "parks_count" and stype == "park" and not text[clause_start:s].strip():
            continue  # 28家园区生产总值占…: parks counted as the clause's subject, not the park in scope's figure
        if metric == "parks_count" and stype == "park" and text[:s].rstrip()[-1:] == "等" \
                and any(o.key == subject and clause_start <= o.start < s for o in occs):
            continue  # A产业园等34家产业园上榜: the size of a list the park opens, not a figure of the park
        if metric == "parks_count" and stype == "park" \
                and _NAMES_LISTED_BEFORE_RE.search(text, max(clause_start, s - 30), s) \
                and not any(o.key == subject and clause_start <= o.start < s for o in occs):
            continue  # 批准瑞丽、畹町、河口3个国家级边境经济合作区: the zones of the places just listed, not the park in scope
        if stype == "project" and counts_projects:
            continue  # (a count of projects is never one project's figure, not even one named after 的)
        if stype == "company" and _PROJECTION_RE.search(text, sent.start, s):
            continue  # 项目投产后将形成…年销售收入60亿元: what a project is to yield, not the firm's revenue
        if stype == "park" and _FACILITY_TOPIC_RE.search(text, max(sent.start, clause_start - 30), clause_start) \
                and not any(clause_start <= o.start < s for o in occs):
            continue  # 与X工业园同步开园的玉山公园，占地60亩: the figure of the facility the clause before ends with
        tail = _MODIFIER_TAIL_RE.match(text, e)
        described = stype in ("project", "park") and tail is not None and text.startswith(subject, tail.end())
        # 巴南区进出口额…, 公司计划总投资…: the clause names its own subject, not the park
        # (京翰林高强铝合金等8个新建项目已经开工: projects named as a sample of the ones counted own no count)
        sample = counts_projects and _SAMPLE_BEFORE_COUNT_RE.fullmatch(text, clause_start, s) is not None
        # (X公司，坐落在Y示范园，项目总投资62亿元: the project's, though its site is named in the clause before)
        sited_total = stype == "project" and _SITED_THEN_TOTAL_RE.search(text, sent.start, s) is not None
        owned = subject is not None and stype != "company" and respective is None and not described and not sample \
            and not sited_total \
            and _owned_by_other(doc, occs, subject, sent.start, clause_start, s,
                                region=stype == "park_group" and scope is not None and subject == scope.region_at(s)) \
            and not (stype == "park_group" and scope is not None and subject == scope.region_at(s, here=True))
        region_rule = ""
        if (subject is None or owned) \
                and (counts_projects or metric == "parks_count"
                     or (metric in ("planned_investment", "fdi_contracted") and _AGGREGATE_PROJECTS.search(text, sent.start, s))):
            # 东胜区实施亿元以上重点工业项目10项…，截至目前，开复工8项: the projects of the county that opens the
            # sentence (a county's, a district's or a city's projects, counted or summed, are that place's; so are
            # the parks it counts: 咸阳市创建省级高新区5个、省级经开区3个)
            place = _place_owner(doc, occs, sent.start, clause_start, s)
            if place is None and subject is None and scope is not None:
                place = scope.paragraph_place(s)  # 上虞区召开…。…截至目前，新增签约项目共14个: the paragraph's county
            item_start = max(sent.start, *(text.rfind(c, sent.start, s) + 1 for c in "；;:："))
            if place is None and subject is None and not _PLACE_ITEM_OPENING_RE.match(text, item_start):
                place = _event_host_place(doc, sent.start, s)  # 此次活动…项目共有33个: the lead's city held the event
            if place is not None and not _in_brackets(text, sent.start, s):  # (新建2项,续建8项): a breakdown
                subject, stype, region_rule = place, "park_group", "fact_region"
        if subject is None or (owned and not region_rule):
            continue
        if a.unit == "count" and _BREAKDOWN_OPENING_RE.match(text, clause_start) \
                and "、" in re.split(r"[，,。；;]", text[clause_start:sent.end], maxsplit=1)[0]:
            continue  # 引進高科技廠商6家，包含積體電路1家、精密機械2家…: the count broken down by kind, no figure of its own
        if _CITY_CLAUSE_END_RE.search(after):
            continue  # 作为西北地区首个GDP超万亿元的城市: a figure that describes a city
        if metric in _GROWTH_METRICS and not _names(text, occs, subject, sent) \
                and not (_DETAIL_OPENING_RE.match(text, sent.start) and sent.start > 0
                         and _names(text, occs, subject, doc.sentence_at(sent.start - 1))) \
                and not (_PERIOD_OPENING_RE.match(text, sent.start) and sent.start > 0
                         and _opens_with(text, occs, subject, doc.sentence_at(sent.start - 1))) \
                and not (stype == "park" and _PARK_REF_OPENING_RE.search(text, sent.start, s)) \
                and not (stype == "park" and one_park and not _OTHER_PLACE_IN_RUN_RE.search(text, sent.start, s)) \
                and not (stype == "park_group" and TERRITORY_GROUP_RE.search(text, sent.start, s)) \
                and not (stype == "park_group" and any(name == subject and sent.start <= gs < s for gs, _, name, _ in groups)):
            # (这49个国家级开发区…分别比上年同期增长…: the group, written as the text wrote it first)
            continue  # a growth rate whose park the sentence does not name: too often another quantity's
        if a.qualifier in ("超", "超过") and _SIZE_CLASS_RE.search(before.rstrip("超过")):
            continue
        kind = _kind_of_figure(text, sent.start, clause_start, s, e, money=a.unit in _MONEY)
        if metric in _SHARE_RATIOS and kind == "target":
            continue  # 确保新增项目开工率90%以上: a goal for a share, which has no target variant to hold it
        metric = variant(metric, kind)
        key = (subject, metric, str(a.value))
        if key in seen:
            continue
        seen.add(key)
        as_of = None
        m = None
        for m in _AS_OF_RE.finditer(text, dated_from, s):
            pass
        if m is not None:
            as_of = m.group()
        batch = stype == "park_group" and scope is not None and subject == scope.region_at(s)
        if stype == "park_group":
            subject = full_names.get(subject, subject)  # 全市13个产业园区 -> 绵阳市13个产业园区
        facts.append(FactMention(subject=subject, subject_type=stype, metric=metric, amount=a, sentence=sent,
                                 as_of_text=as_of, rule=region_rule or ("fact_batch" if batch else "")))
    return _without_restatements(facts)


_LOWER_BOUNDS = {"超", "超过", "突破", "逾", "以上", "多", "余"}
_ROUGHLY = {"约", "近", "左右"}
# a clause that opens with a count of parks or firms (其中，20个开发区…, 12家企业…)
_COUNT_OPENING_RE = re.compile(r"\s*(?:其中)?(?:\d+|[一二两三四五六七八九十]+)(?:个|家)")


def _without_restatements(facts: list[FactMention]) -> list[FactMention]:
    """Drop a rounded figure the article also gives exactly (总投资1020.9亿元，首次突破千亿元; a headline's 超145亿 for
    the body's 145.96亿元): the same subject, metric and unit, the exact value within a tenth above a lower bound
    (超, 突破 …) or within a tenth either side of a rough one (约, 近)."""
    def restated(f: FactMention) -> bool:
        q, v = f.amount.qualifier, float(f.amount.value)
        if v <= 0 or (q not in _LOWER_BOUNDS and q not in _ROUGHLY):
            return False
        lo, hi = (v, v * 1.1) if q in _LOWER_BOUNDS else (v * 0.9, v * 1.1)
        return any(g is not f and g.subject == f.subject and g.metric.split("_target")[0] == f.metric.split("_target")[0]
                   and g.amount.unit == f.amount.unit and not g.amount.qualifier
                   and lo <= float(g.amount.value) <= hi and float(g.amount.value) != v for g in facts)
    return [f for f in facts if not restated(f)]


# Words that make a figure a goal (争取…突破1300亿, 力争到2025年…) or a running total (累计, 3年来).
_TARGET_SENTENCE_RE = re.compile(r"力争|争取|(?<![元个家])(?<!为)目标(?!完成|任务的)|(?<=为)目标(?![，,])|到20\d\d年|确保")  # 目标完成率: the achieved share of a goal; 以建设…为目标，共实施项目109项: a purpose, not a goal's figure;
# (1600亿元目标任务: a goal named after its figure, which 超额完成 says was met)
# …预计, 将实现, 达产后当年可实现, 可带动, 未来…将达到, 全年上看8千亿元: what is to come, not what was achieved (未来产业
# is a sector; 预计总投资 is the planned investment, a figure of the plan as it stands; 年度投资 is the part of it planned
# for the year)
# 建成后, 达产后: once a project is built or producing, what follows is a projection
_ONCE_BUILT = r"(?:建成|投产|达产|达效|(?:投入)?运营)后"
_TARGET_CLAUSE_RE = re.compile(r"(?<!投资)预计(?!总?投资)|上看|(?<!完成)年度(?:计划)?(?:完成)?投资|(?<![\u4e00-\u9fff])年计划(?:完成)?投资|有望|将(?:达|实现|突破|新增|形成|带动|为|$)|拟|未来(?!产业)|" + _ONCE_BUILT +
                               r"|可(?:实现|带动|达到?|形成|新增|创造?|提供|吸纳)")
# 园区建成后，14个…项目每年需…: a clause that is only 'once built' makes the clause after it a projection
# 达产后可年产…，预计可实现…，税收3000万元: a sentence that opens with 'once producing' is a projection throughout,
# and about the project just named
_SITED_ANAPHOR_RE = re.compile(r"(?:^|(?<=[，,：:。；;\n]))(?:该|这个|此|这一)(?:签约|合作|重点)?项目(?:位于|落户于?|选址于?|坐落于?)")
_THIS_PROJECT_OPENING_RE = re.compile(r"(?:该|本|此|整个|这个|这一)(?:签约|合作|重点)?项目"  # (整个项目建成后…: the whole of it)
                                      r"|(?:此次|本次)[^，,。；;]{0,6}的[一二三四五]期项目"  # (此次开工的二期项目: its phase)
                                      r"|作为[^，,。；;]{2,30}?的(?:重点|重大)?项目[，,]")  # (作为…首个开工的重点项目，…)
_ONCE_BUILT_OPENING_RE = re.compile(r"(?:(?:该|整个|这个)?项目|[一二三四五首]期项目)?(?:全部)?" + _ONCE_BUILT)  # (一期项目投产后…)
_PROJECTION_OPENER_RE = re.compile(r"(?:^|(?<=[。！？!?；;\n])|[，,：:])[^，,。；;]{0,10}" + _ONCE_BUILT + r"[，,]$")
# 建成后预计年产值20亿元，年纳税1亿元: the clauses after a projection go on projecting, unless one says what is
# already done or dates itself (…，目前已完成投资5亿元; …，2023年园区实现产值100亿元)
_PROJECTION_RUN_RE = re.compile(_ONCE_BUILT + r"[，,]?[^，,。；;]{0,20}\d")
_ACHIEVED_CLAUSE_RE = re.compile(r"已|目前|截至|累计|去年|上年|今年|同比|\d{4}年|当年|批复|该|这|值得")


def _projection_runs_on(text: str, sentence_start: int, clause_start: int, s: int) -> bool:
    """Whether the figure at s carries on a projection an earlier clause of its sentence made: its clause is
    only a measure before it (年纳税, 实现税收), and nothing since the projection says what is done or when."""
    m = None
    for m in _PROJECTION_RUN_RE.finditer(text, sentence_start, clause_start):
        pass
    return m is not None and s - clause_start <= 12 and not _ACHIEVED_CLAUSE_RE.search(text, m.end(), s)
_PARKS_COUNTED_RE = re.compile(r"(?:省级?|市级?|国家级)?[\u4e00-\u9fff]{0,4}?产业园(?![区项])")
_NOUN_AFTER_RE = re.compile(r"[\u4e00-\u9fff“”]{0,12}")
# 3个民营企业总部集聚区: a noun that ends in a park word counts parks, whatever words describe them
_PARK_NOUN_RE = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:%s)(?=$|[和及与、])" % PARK_WORDS)
_GOAL_AFTER_RE = re.compile(r"(?:的)?(?:目标|任务目标)")
_CUMULATIVE_RE = re.compile(r"累计|[\d一二两三四五六七八九十]+年(?:来|间|内|累计)|历年|以来")
# A clause whose subject is a company or the firm (公司计划总投资…): the figure is the firm's.
_NAMED_FIRM_OPENING_RE = re.compile(r"(?![由与和向对经被从为])[\u4e00-\u9fffA-Za-z]{2,16}(?:[(（][\u4e00-\u9fff]{2,6}[)）])?[\u4e00-\u9fff]{0,8}?"
                                    r"(?:有限责任公司|有限公司|股份公司|投资公司|公司|集团)(?=计划|拟|将|投资|总投资|已|在|于)")
_FIRM_SUBJECT_RE = re.compile(r"^(?:(?:该|本|这家|此)?(?:公司|集团)|(?:该|本|这家|此)企业)")  # a bare 企业 is the park's firms together
# a plot of land put up for sale (该地块位于…，占地面积约11.6万平方米): the plot's figures, not the park's
_LAND_SUBJECT_RE = re.compile(r"^(?:该|此|本|这)(?:宗|块|幅)?(?:地块|宗地|用地)")
# an incubator or a building named as the clause's subject (高科孵化器建筑面积3.28万平方米, X孵化器将链接高校院所10余所):
# its own figures, not the park's where it stands
_INCUBATOR_SUBJECT_RE = re.compile(r"^[\u4e00-\u9fffA-Za-z]{2,12}(?:孵化器|加速器|众创空间|大厦)(?!内|里|中|的|企业|已?入驻)")


_AS_OF_PARTS_RE = re.compile(r"(?:(?P<year>\d{4})年|(?P<this>今年|本年))?(?:(?P<half>上半年)|前(?P<months>\d{1,2})个?月|"
                             r"(?P<month>\d{1,2})月(?:(?P<day>\d{1,2})日)?)?")


def as_of_date(as_of_text: str | None, year_hint: int | None = None) -> date | None:
    """The last day of the period a figure refers to: 截至2024年3月底 -> 2024-03-31, 2023年 -> 2023-12-31.

    今年 / a month without a year take `year_hint` (the article's year); None when no year is known.
    """
    if not as_of_text:
        return None
    for m in _AS_OF_PARTS_RE.finditer(as_of_text):
        if not m.group(0):
            continue
        year = int(m.group("year")) if m.group("year") else year_hint
        if year is None or not 1949 <= year <= 2100:
            return None
        if m.group("half"):
            return date(year, 6, 30)
        month = m.group("months") or m.group("month")
        if month is None:
            return date(year, 12, 31) if m.group("year") or m.group("this") else None
        month = int(month)
        if not 1 <= month <= 12:
            return None
        last = calendar.monthrange(year, month)[1]
        day = int(m.group("day")) if m.group("day") else last
        return date(year, month, day) if 1 <= day <= last else None
    return None


def _kind_of_figure(text: str, sentence_start: int, clause_start: int, s: int, e: int | None = None, *,
                    money: bool = False) -> str:
    """reported, target or cumulative, from the words before the figure (and a goal named right after it:
    超额完成…1600亿元目标任务; such a goal, met, makes no later figure of the sentence a target)."""
    clause_target = any(not (m.group() == "预计" and _YEAR_OVER_RE.search(text, clause_start, m.start())
                             and not _YEAR_AHEAD_RE.search(text, clause_start, s))
                        for m in _TARGET_CLAUSE_RE.finditer(text, clause_start, s))
    # (去年澳资产业增加值预计达到20.5亿元: the estimate of a year that is over, reported as first figures are)
    if _TARGET_SENTENCE_RE.search(text, sentence_start, s) or clause_target \
            or _ONCE_BUILT_OPENING_RE.match(text, sentence_start) \
            or _PROJECTION_OPENER_RE.search(text, sentence_start, clause_start) \
            or _projection_runs_on(text, sentence_start, clause_start, s) \
            or (e is not None and _GOAL_AFTER_RE.match(text, e)):
        return "target"
    if _CUMULATIVE_RE.search(text, clause_start, s) or (money and _SINCE_OPENING_RE.match(text, sentence_start, s)
                                                        and not _PLAN_TOTAL_RE.search(text, clause_start, s)):
        return "cumulative"  # (建区以来，共吸引投资1350亿元: the sentence's sums since the park began; a count of
        # firms there is how many there are)
    return "reported"


_PORT_WORDS = ("口岸", "港口", "机场", "码头", "火车站")


def _opening_subject(doc: Doc, occs: list[ParkOcc], start: int, end: int) -> str | None:
    """What a clause opens with: 'park:<key>', 'kind:<word>' (a park written as its bare kind, 高新区…),
    'aggregate' (the projects just listed), 'other' (a place, an organisation, the firm, the city) or None when it opens without a subject (a verb, a number, a time)."""
    text = doc.text
    m = DATELINE_RE.match(text, start, end)
    if m is not None:
        start = m.end()
    if text.startswith("其中", start):
        start += 2  # 其中广梅产业园项目13个: 'among them' picks out the subject that follows
    clause = text[start:end].lstrip(" \u3000“\"")
    if _PARK_BODY_SAYS_RE.search(clause.rstrip("，, ")):
        return None  # 經濟部產業園區管理局今天新聞稿表示，…: the park's body speaks; what it says has the park as subject
    if _BOUNDS_CLAUSE_RE.match(clause):
        return None  # X产业园东起磁湖路，西接…，南连…，北至…，总面积8.14平方公里: the park's bounds, no subject of their own
    if _TIME_CLAUSE_RE.fullmatch(clause.rstrip("，, ")):
        return None  # 建区以来，共吸引投资…: a time, however the tagger reads its words (建区/LOC)
    if _FIRM_CLASS_OPENING_RE.match(clause):
        return None  # 世界500强企业4家, 上市公司12家: a class of firms counted, no subject of its own
    if _FIRM_SUBJECT_RE.match(clause) or _ADMIN_SUBJECT_RE.match(clause) or _NAMED_FIRM_OPENING_RE.match(clause) \
            or _LAND_SUBJECT_RE.match(clause) or _INCUBATOR_SUBJECT_RE.match(clause):
        return "other"  # (X(北京)投资公司计划投资55亿元: the firm's plan, whatever the tagger reads its name as)
    m = _BARE_ZONE_OPENING_RE.match(clause)
    if m and not _ZONE_BODY_RE.match(clause, m.end()):
        at = end - len(clause)
        named = next((o.key for o in occs if o.start == at and o.end == at + len(m.group(1))
                      and not same_kind(m.group(1), o.key)), None)
        if named is not None:
            return f"park:{named}"  # 经开区(头区)6个项目 where the text calls its 乌鲁木齐开发区 so: that park
        return f"kind:{m.group(1)}"  # 高新区成立以来…: a park of that kind, written as its bare kind
    if _AGGREGATE_SUBJECT_RE.match(clause) or _LISTED_PROJECTS_RE.search(clause):
        return "aggregate"  # 3个项目总投资…: the projects just listed, in the park in scope
    for o in occs:
        # 福建漳州台商投资区…: a place written before the park's name is part of how it is named
        if start <= o.start < end and (not text[start:o.start].strip(" \u3000“\"")
                                       or PLACE_PREFIX_RE.fullmatch(text[start:o.start])):
            if _PARKS_LISTED_THEN_COUNTED_RE.match(text, o.end):
                return "other"  # A、B、C…等5个…区域上半年实现…: the parks together, a group no record names
            return f"park:{o.key}"
    sibling = _AREA_OPENING_RE.match(clause)
    if sibling and _paired_with_a_park(text, occs, sibling.group(1)):
        return "other"  # 唐河产业集聚区和特色商业区…。特色商业区完成固定资产投资9.3亿元: the area written beside the park
    for t in tokens_around(text, start):
        if t.end <= start:
            continue
        if t.word in _territories(doc) and t.start < end and not _MODIFIED_NOUN_RE.match(text, t.end) \
                and not any(o.start == t.start for o in occs):  # (去年新竹科學園區營業額…: the city opens the park's name)
            return "other"  # “雄安力争…: the city, whatever tag the tagger gave the short name
        if t.tag in _SKIP_BEFORE_SUBJECT or t.word in ("此次", "本次"):
            continue  # (此次伊犁州签约专场共有22个项目: 'this time', then the subject)
        if t.start >= end or t.tag == "p":
            break  # 与武汉错位发展: a prepositional phrase, not a subject
        park = next((o.key for o in occs if o.start <= t.start < o.end or t.start <= o.start < t.end), None)
        if park is not None:
            return f"park:{park}"
        if text.startswith(_PORT_WORDS, t.end):
            return "other"  # 巴克图口岸辐射…, 货值约6.27亿美元: a port (whatever the tagger reads its name as), not the park
        if _STAT_CLASS_RE.match(t.word):
            return None  # 其中，规模以上工业企业400个: a statistical class of firms (the tagger may call it ORG), no subject
        tag = "LOC" if t.word in _territories(doc) else t.tag  # 雄安已汇聚…: the tagger may miss a short place name
        if tag in ("LOC", "ORG") and _MODIFIED_NOUN_RE.match(text, t.end):
            return None  # 澳门企业68家: a place that qualifies the noun, not the clause's subject
        return "other" if tag in ("LOC", "ORG") else None
    return None


# a clause giving one of a place's bounds by its compass point (东起…, 西至…, 南连…, 北临…)
_BOUNDS_CLAUSE_RE = re.compile(r"[东西南北](?:起|至|到|连|接|临|靠|邻|抵|依|濒|达|沿)(?!\d)")
# an area's name opening a clause (特色商业区完成…, 商务中心区实现…): 2 to 6 characters ending in 区 or 城
_AREA_OPENING_RE = re.compile(r"([\u4e00-\u9fff]{2,6}(?:区|城))(?=[\u4e00-\u9fff])")


def _paired_with_a_park(text: str, occs: list[ParkOcc], area: str) -> bool:
    """True when the text joins `area` to a park it names with 和, 与, 及 or 、 (产业集聚区和特色商业区), so it is the
    park's sibling, an area with figures of its own, not a spelling of the park."""
    if ENDS_WITH_PARK_RE.search(area) or any(area in o.key or o.key.endswith(area) for o in occs):
        return False  # (全市工业园区和高新区: parks together, a group, each a park)
    for o in occs:
        if text[o.end:o.end + 1] in ("和", "与", "及", "、") and text.startswith(area, o.end + 1):
            return True
        if text[o.start - 1:o.start] in ("和", "与", "及", "、") and text[:o.start - 1].endswith(area):
            return True
    return False


_COUNTED_CLOSE = r"等(?:\d+|[两二三四五六七八九十]+)个"  # (…等5个…区域: the count that closes a list)
_LAST_ITEM_COUNTED_RE = re.compile(_COUNTED_CLOSE)
_PARKS_LISTED_THEN_COUNTED_RE = re.compile(r"(?:、[^，,。；;、]{2,20}){1,}" + _COUNTED_CLOSE)
# 增速高居54个国家级高新区首位, 位列全省开发区第3: the parks a figure is ranked among, not its subject
_IN_A_CITY_RE = re.compile(r"在(?:%s)(?:市|省)?(?:的|内|境内|周边|全市)" % CITY_RE.pattern)
_PARKS_COUNTED_AFTER_LIST_RE = re.compile(r"、[^，,。；;]{2,30}等[^，,。；;]{0,24}$")
_PARKS_NUMBER_OPENING_RE = re.compile(r"(?:据介绍|据悉|目前)?[，,]?[^，,。；;]{0,10}园区(?:数量|总数|个数)")
_FUND_OPENING_RE = re.compile(r"(?:目前[，,]?)?(?:(?:该|本)基金|[“\"][^”\"]{0,10}基金[”\"]|(?:(?!设立|成立|发起|累计|撬动|签约|引进|已|各类)[\u4e00-\u9fff]){2,10}基金(?!总?规模|管理|公司)"
                              r"|基金首期)")
# …设立政府投资引导基金(以下简称“引导基金”)，首期规模100亿元: the size of the fund the clause before names
_FUND_CLOSE_OPENING_RE = re.compile(r"(?:首期|一期)?(?:认缴|募集|目标)?规模")
_STAT_CLASS_RE = re.compile(r"(?:规模以上|规上|限额以上|限上)")
_FIRM_CLASS_OPENING_RE = re.compile(r"(?:世界|全球|中国|国内)?500强(?:企业)?|(?:境内外|国内外)?上市(?:公司|企业)|(?:国家级)?高新技术企业"
                                    r"|(?:国家级|省级)?专精特新|独角兽|瞪羚")
_RANKED_AMONG_BEFORE_RE = re.compile(r"(?:居|列|排名|排在|排|位于|跻身|进入)(?:全国|全省|全市)?$")
_RANKED_AMONG_AFTER_RE = re.compile(r"(?:的)?(?:首位|第[\d一二三四五六七八九十]|前[\d一二三四五六七八九十列]|榜首|之首|前列|末位)")


def _ranked_among(text: str, start: int, end: int) -> bool:
    return bool(_RANKED_AMONG_BEFORE_RE.search(text, max(0, start - 4), start)) \
        and _RANKED_AMONG_AFTER_RE.match(text, end) is not None


def _settled_elsewhere(text: str, occs: list[ParkOcc], start: int, end: int) -> bool:
    """True when the clause at [start, end) opens by placing what it counts (入驻, 落户 …) somewhere no park is named."""
    m = _SETTLE_OPEN_RE.match(text, start, end)
    return m is not None and not any(m.start("place") <= o.start < m.end() for o in occs)


# the verb, then a part of town (主城区, 市区, 老城区 …): not a firm (入驻石化企业28家)
_SETTLE_OPEN_RE = re.compile(r"(?:拟|将|计划)?(?:入驻|落户|进驻|落地|布局)(?:在|于|到)?"
                             r"(?P<place>[\u4e00-\u9fff]{0,4}?(?:城区|市区|城|县城|镇|乡))")


# 上海市首批26个特色产业园区…。首批特色园区新签约项目…: a group of parks named again by its batch and its kind
_BATCH_BEFORE_GROUP_RE = re.compile(r"(首批|第[一二三四五六七八九十\d]+批)$")
_GROUP_KIND_RE = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)个([\u4e00-\u9fff]{1,6}?)(?:产业)?园区$")


def _batch_group_mentions(text: str, groups: list[tuple[int, int, str]]) -> list[tuple[int, int, str, str]]:
    """Where a group of parks the text named with its batch (首批26个特色产业园区) is named again by its batch and
    kind alone (首批特色园区, 第二批特色产业园区): (start, end, group name, 'park_group') for each such mention."""
    out = []
    for gs, ge, name in groups:
        batch = _BATCH_BEFORE_GROUP_RE.search(text, max(0, gs - 4), gs)
        kind = _GROUP_KIND_RE.search(name)
        if batch is None or kind is None:
            continue
        for m in re.finditer(re.escape(batch.group(1) + kind.group(1)) + r"(?:产业)?园区", text):
            if m.start() != batch.start():
                out.append((m.start(), m.end(), name, "park_group"))
    return out


_BUILDS_BEFORE_RE = re.compile(r"(?:新建|建设|投建|兴建)$")
_BARE_COUNT_RE = re.compile(r"\d+个")  # (88个省重点在建项目: a batch counted, none of its items named)


def _clauses_back(text: str, sent_start: int, clause_start: int, s: int) -> list[tuple[int, int]]:
    """(start, end) of the figure's clause (ending at the figure s) and of each clause before it in its sentence,
    nearest first."""
    bounds = sorted({clause_start, sent_start} | {m.end() for m in _CLAUSE_SPLIT.finditer(text, sent_start, clause_start - 1)},
                    reverse=True)
    return [(b, min([x for x in bounds if x > b] + [s])) for b in bounds]


def _owned_by_other(doc: Doc, occs: list[ParkOcc], subject: str, sent_start: int, clause_start: int, s: int, *,
                    region: bool = False) -> bool:
    """True when the figure's own subject is something other than the park it was given to.

    The subject is the nearest clause, going back from the figure's within its sentence, that
    opens with one (巴南区进出口额达…、同比增长21%: both figures are 巴南区's); a park named
    in between keeps the figure.
    """
    text = doc.text
    # (孝感持续…，此次集中开工…项目128个: a city's batch, the city written without its 市)
    forms = [subject] + ([subject[:-1]] if region and len(subject) >= 3 and subject[-1] in "市县" else []) \
        + getattr(doc, "_project_forms", {}).get(subject, [])  # (易商基地项目 for 易商…产业基地项目: its short form)
    counted = _COUNTED_GROUP_RE.match(subject)
    if counted and len(subject) - counted.end() >= 5:
        forms.append(subject[counted.end():])  # (13个自贸港重点园区, written again as 自贸港重点园区实现税收…)
    if any(text.find(f, clause_start, s + len(f)) >= 0 for f in forms):
        return False
    for b, stop in _clauses_back(text, sent_start, clause_start, s):
        opener = _opening_subject(doc, occs, b, stop)
        if opener and opener.startswith("kind:"):
            if same_kind(opener[5:], subject):
                return False  # 高新区成立以来…: the park in scope (a 高新区), written as its bare kind
            opener = "other"  # 经开区18个项目 in a story about a 高新区: another park
        at = next((i for f in forms if (i := text.find(f, b, s)) >= 0), -1)
        if at >= 0 and (opener in (None, f"park:{subject}") or not text[b:at].strip(" \u3000“\"")
                        or text[at - 1:at] == "的"  # 格力电器此次开建的X基地占地…，总建筑面积…: X, described, is the subject
                        or _APPROVED_BEFORE_RE.search(text, max(b, at - 6), at)  # 省政府批复同意X扩区，批准面积…: X's
                        or (_FOUNDED_BEFORE_RE.search(text, max(b, at - 6), at)
                            and _CLAUSE_SPLIT.match(text, at + len(subject)))
                        or (_LOCATION_BEFORE_RE.search(text, max(b, at - 3), at)
                            and not _FIRM_SUBJECT_RE.match(text[b:stop].lstrip(" \u3000“\"")))
                        # 骆蓄公司投资7亿元在X工业园新建Y项目,…可新增产值30亿元: what the firm builds is the subject
                        # (not 做出…建设X的重大战略决策: X, built, only qualifies what was decided)
                        or (_BUILDS_BEFORE_RE.search(text, max(b, at - 4), at)
                            and not text.startswith("的", at + len(subject)))):
            return False  # 已在青岛高新区开通…, …计划开通100余处: the park is named on the way, as the place
        if opener is None or (region and opener == "other" and _OWN_REGION_RE.match(text, b, stop)):
            continue  # (全市7个县(市)区73个项目…, where the subject is the article's city's batch: the city itself)
        if opener == "aggregate" and b > sent_start and text[b - 1] in "；;" and _BARE_COUNT_RE.match(text, b):
            continue  # 厦门市88个省重大在建项目完成投资…;88个省重点在建项目完成投资…: a batch in a run after the first
            # is counted alongside that one, whose subject opens the sentence
        return opener != f"park:{subject}" and opener.startswith("other")
    return False


_COUNTED_GROUP_RE = re.compile(r"^.*?(?:\d+|[一二两三四五六七八九十]+)(?:个|家|座|大)")
_NOT_A_FIRMS_OWN = ("planned_investment", "investment", "projects", "parks", "area", "fixed_asset")
_BREAKDOWN_OPEN_RE = re.compile(r"(?:家|个|项)[(（](?:包括|其中|含)[^)）]*$")


def _in_brackets(text: str, sent_start: int, s: int) -> bool:
    opened = max(text.rfind("(", sent_start, s), text.rfind("（", sent_start, s))
    return opened >= 0 and max(text.rfind(")", opened, s), text.rfind("）", opened, s)) < 0


def _bracketed_note(text: str, sent_start: int, s: int, e: int) -> bool:
    """True when the name at [s, e) is inside brackets that add a note (来宾高新区2015年3月获批), not a short name
    (下称“X”) or the name itself in another script (Sino-Singapore…Island（中新南京生态科技岛）)."""
    opened = max(text.rfind("(", sent_start, s), text.rfind("（", sent_start, s))
    return _in_brackets(text, sent_start, s) and not _ALIAS_NOTE_RE.match(text, opened + 1) \
        and not (opened + 1 == s and text[e:e + 1] in (")", "）"))


def _project_heading_above(text: str, subjects: list[tuple[int, int, str, str]], starts: list[int],
                           sent_start: int) -> str | None:
    """The project whose name alone makes up the line above the paragraph of a sentence that opens it, if any; ""
    where that line is a project's name the rules do not record (…滑板底盘项目 alone on its line: no park's figures
    either)."""
    line_start = text.rfind("\n", 0, sent_start) + 1
    if text[line_start:sent_start].strip():
        return None  # (the sentence does not open its paragraph)
    above_end = text.rfind("\n", 0, line_start)
    while above_end > 0 and not text[text.rfind("\n", 0, above_end) + 1:above_end].strip():
        above_end = text.rfind("\n", 0, above_end)  # (past blank lines)
    if above_end <= 0:
        return None
    above_start = text.rfind("\n", 0, above_end) + 1
    line = text[above_start:above_end]
    mark = _HEADING_MARK_RE.match(line)  # (● X项目, 1.X项目, 一、X项目: a list's mark before the name)
    lo, hi = above_start + mark.end(), above_start + len(line.rstrip())
    named = _project_named_at(subjects, starts, lo, hi)
    if named is None and line.strip().endswith("项目") and hi - lo <= 40 and not _SENTENCE_MARK_RE.search(text, lo, hi):
        return ""
    return named


def _numbered_paragraph_project(text: str, subjects: list[tuple[int, int, str, str]], starts: list[int],
                                sent_start: int) -> str | None:
    """The project whose name alone, after its number, opens the paragraph of a sentence that follows it there (1.X基地。
    选址于…,占地面积约417亩: the paragraph goes on about X)."""
    line_start = text.rfind("\n", 0, sent_start) + 1
    head = NUMBERED_HEADING_RE.match(text, line_start)
    if head is None or head.end() > sent_start:
        return None
    return _project_named_at(subjects, starts, *head.span("name"))


def _project_named_at(subjects: list[tuple[int, int, str, str]], starts: list[int], lo: int, hi: int) -> str | None:
    """The project whose name is written exactly at [lo, hi), if any."""
    k = bisect.bisect_left(starts, lo)
    return next((x[2] for x in subjects[k:k + 4] if x[0] == lo and x[1] == hi and x[3] == "project"), None)


_SENTENCE_MARK_RE = re.compile(r"[，,。；;：:！!？?]")
_HEADING_MARK_RE = re.compile(r"[\s●■◆▲►·•*\-]*(?:" + LIST_NUMBER + r"\s*)?")


_ALIAS_NOTE_RE = re.compile(r"(?:以下|下文)?(?:简称|下称|称)")


def _first_of_places_listed(text: str, occs: list[ParkOcc], end: int) -> bool:
    """True when the park ending at `end` is the first item of a list whose next item is a park-like place the
    rules do not read as a park (17个分布在高新区铁山园、临桂秧塘园和永福苏桥园的重点建设项目…总投资达31.2亿元): the
    figure is of the places together."""
    nxt = _NEXT_PLACE_ITEM_RE.match(text, end)
    return nxt is not None and not any(o.start == end + 1 for o in occs)


_NEXT_PLACE_ITEM_RE = re.compile(r"、[\u4e00-\u9fff]{2,10}?[园区](?=[、和及与的])")


def _in_quoted_words(text: str, sent_start: int, s: int, e: int, figure: int) -> bool:
    """True when the name at [s, e) is inside someone's quoted words that close before the figure (“我们…最终落户X园区,
    就是看中…”Y说,公司…项目…年产值将达5亿元): the words are a speaker's, the figure the reporter's. A name quoted on
    its own (入驻“X产业园”) is no speech."""
    opened = text.rfind("“", sent_start, s)
    if opened < 0 or text.find("”", opened, s) >= 0:
        return False
    closed = text.find("”", e, figure)
    return closed >= 0 and _SPEECH_MARK_RE.search(text, opened, closed) is not None


_SPEECH_MARK_RE = re.compile(r"[，,。！？!?…]")


def _place_owner(doc: Doc, occs: list[ParkOcc], sent_start: int, clause_start: int, s: int) -> str | None:
    """The county, district or city (a place word ending in its unit: 东胜区, 肇州县, 达拉特旗) that opens the
    figure's clause or, when that clause opens with no subject of its own, the nearest clause before it in the
    sentence; None when a park, a firm or anything else opens it first."""
    text = doc.text
    clauses = _clauses_back(text, sent_start, clause_start, s)
    prev = _topic_sentence(doc, sent_start)
    if prev is not None:  # 达拉特旗实施…10项(…)。截至目前，开复工10项: the place the sentence before opened with
        clauses += _clauses_back(text, prev.start, prev.end, prev.end)
    for b, stop in clauses:
        opener = _opening_subject(doc, occs, b, stop)
        if opener is None:
            continue
        if opener != "other":
            return None
        start = b + 2 if text.startswith("其中", b) else b
        m = _PLACE_UNIT_OPENING_RE.match(text, start, stop)
        if m is None or any(o.start < m.end() and m.start() < o.end for o in occs):
            return None
        if m.group(1) == "全市":  # 全市新签约项目33个: the article's city, when the text says which
            city = territory_of(text, "市")
            return city + "市" if city else None
        if m.group(1) == "全县":  # 全县共实施…项目57项: the article's county, when the text says which
            county = territory_of(text, "县")
            return county + "县" if county else None
        if m.group(1).endswith("全市") and len(m.group(1)) > 2:
            return m.group(1)[:-2] + "市"  # 淮安全市新签约…: the whole of the city
        return None if m.group(1)[0] in "全本该我各" else m.group(1)
    return None


def _event_host_place(doc: Doc, sent_start: int, s: int) -> str | None:
    """The city, county or district whose event the story's lead reports (德阳市2023年第一季度重大项目现场推进…活动在
    罗江经开区举行; X市2023年一季度…活动2月8日在…举行), for a batch of 'this event' (本次现场推进的…重大项目共87个;
    此次活动…的项目共有33个, and the rest of that paragraph): the place as the lead writes it, then a date."""
    text = doc.text
    para = text.rfind("\n", 0, sent_start) + 1
    first = doc.sentences[doc.sentence_index(para)] if para < len(text) else None
    if not (_THIS_EVENT_RE.search(text, sent_start, s) or (first and _THIS_EVENT_RE.search(text, first.start, first.end))):
        return None
    lead = next((x for x in doc.sentences if not any(h.start <= x.start < h.end for h in doc.headings)), None)
    if lead is None or lead.start >= sent_start or not _HELD_RE.search(text, lead.start, lead.end):
        return None
    words = [t for t in tokens_around(text, lead.start) if lead.start <= t.start < lead.end]
    for k, t in enumerate(words):  # (the first place or organisation the lead names, past its dateline)
        if t.tag in ("LOC", "ORG"):
            placed = t.tag == "LOC" and len(t.word) >= 3 and t.word[-1] in "市县区旗"
            return t.word if placed and k + 1 < len(words) and words[k + 1].tag == "TIME" else None
    return None


_THIS_EVENT_RE = re.compile(r"此次|本次|这次")
# 其中:西秀区项目10个,…;平坝区项目4个: a place's share of the batch, each clause opening with its place
_PLACE_ITEM_OPENING_RE = re.compile(r"\s*(?:其中[:：，,]?)?[\u4e00-\u9fff]{2,5}?(?:区|县|市|旗|州)项目")
_HELD_RE = re.compile(r"举行|召开|举办")


def _topic_sentence(doc: Doc, sent_start: int) -> Span | None:
    """The sentence before, in the same paragraph, when this one opens with only its date (截至目前，开复工10项):
    such a sentence goes on about what the one before it was about."""
    i = doc.sentence_index(sent_start)
    if i <= 0 or not _TIME_ONLY_OPENING_RE.match(doc.text, sent_start):
        return None
    prev = doc.sentences[i - 1]
    return prev if "\n" not in doc.text[prev.end:sent_start] else None


def _with_topic(doc: Doc, sent: Span) -> str:
    prev = _topic_sentence(doc, sent.start)
    return doc.text[prev.start if prev else sent.start:sent.end]


# 截至目前，…, 1-9月份，…: a sentence whose first clause is only its date
_TIME_ONLY_OPENING_RE = re.compile(r"\s*(?:截至|截止)?(?:目前|当前|\d{1,2}(?:-|—|至)\d{1,2}月份?|\d{1,2}月(?:底|末)?)[，,]")
# 东胜区实施…, 达拉特旗…, 肇州县已新签约…: a county, district, banner or city word opening a clause
# (此次伊犁州签约专场共有22个项目: a prefecture's session, this time)
_PLACE_UNIT_OPENING_RE = re.compile(r"\s*(?:此次|本次)?(全市|(?!中[美欧日韩俄德法英意澳]城市)[\u4e00-\u9fff]{1,5}?(?:区|县|旗|市|州)(?=(?:同时)?(?:实施|新签约|签约|开工|开复工|复工|新开工|引进|共|已|今年|全年|计划|创建|争创|拥有|现有|新增)))")


# A city, county or new district the article names (雄安新区, 阳新县): its short form opens clauses too.
_TERRITORY_RE = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?:新区|市|县)(?![\u4e00-\u9fff]{0,8}(?:园|%s))" % ZONE_WORDS)


_TIME_STEM_RE = re.compile(r"季度|[年月日]|^[上下]半")


def _territories(doc: Doc) -> frozenset[str]:
    """Places of the article that may open a clause as its subject: known cities and provinces,
    and the stems of the cities, counties and new districts it names."""
    cached = getattr(doc, "_territories", None)
    if cached is None:
        found = {m.group(1) for m in _TERRITORY_RE.finditer(doc.text)}
        found = {x for x in found if not is_generic_stem(x) and not _TIME_STEM_RE.search(x)}  # (一季度新区: not a place)
        cached = doc._territories = frozenset(found) | PLACES
    return cached


# 无锡高新区集成电路产业重大项目: the park's own projects (not 在X举行, where X is only the venue)
_PARKS_PROJECTS_RE = re.compile(r"(?:[“\"][^”\"]{1,8}[”\"])?(?:\d{4}年(?:第[一二三四]季度|[上下]半年|度)?(?=重[点大]))?"
                                r"(?:\d+[个项宗])?[\u4e00-\u9fff]{0,10}?项目")
# (X开发区“一区多园”51个重点项目, X园区2024年第三季度重大项目; not X产业园1期项目, a project's name)
# 三菱树脂、横滨轮胎…等7个外资项目: firms named as items of a count of projects, not as the subject
_LISTED_PROJECTS_RE = re.compile(r"等(?:\d+|[一二两三四五六七八九十]+)(?:多|余)?[个宗][\u4e00-\u9fff]{0,8}项目")
# The district itself (区内, 全区, 该区): a park can be meant only when it is a 区 itself.
_DISTRICT_REF_RE = re.compile(r"(?:^|(?<=[，,。；;：:]))(?:区内|全区|该区|本区)")
# 我市, 本县, 全市: the region the article is from
# (matched at the clause's start; 该市 is the region the text named before)
_OWN_REGION_RE = re.compile(r"(?:其中[，,]?)?(?:%s|%s)" % (HOME_REGION_RE.pattern, ANAPHOR_REGION_RE.pattern))
# the rest of a place set before a sentence's clauses (在A开发区B片区，…): a few words of the place, then the comma
_PLACE_RUN_END_RE = re.compile(r"[\u4e00-\u9fff]{0,6}?[，,]")
# a measure no metric reads (市值1000亿元的X公司): its figure is no other clause's measure either
_UNREAD_MEASURE_RE = re.compile(r"股本|市值")
# 为咸阳高新区推动X先行区建设注入动能: a park whose building a verb serves is a goal, no holder of the figures after it
_GOAL_VERB_BEFORE_RE = re.compile(r"(?:推动|推进|助力|加快|支撑|服务|融入)$")
# 在X工业园区集中开工, 在X设置分会场: the park named after 在 is where an event is held
_VENUE_BEFORE_RE = re.compile(r"[在于][^，,。；;]{0,4}$")
# 举行筹建经济技术开发区暨项目签约仪式: a park being set up is what the event is about, not whose the batch is
_BEING_BUILT_RE = re.compile(r"(?:筹建|设立|成立|建设|打造|规划)$")
_SUM_RE = re.compile(r"(?:已)?(?:累计)?(?:完成)?(?:计划)?(?:合计|共计|总计|累计)?(?:总)?投资")
_FIRM_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:集团|有限公司|股份|公司)")
_PROJECTION_RE = re.compile(r"(?:建成|投产|达产|达效|竣工)后")
_MODIFIED_NOUN_RE = re.compile(r"(?:企业|公司|厂商|客商|投资者|籍)")
# X紧邻A与B，…: the parks a park lies next to, which the sentence only places it by
_NEIGHBOUR_BEFORE_RE = re.compile(r"(?:紧邻|毗邻|邻近|靠近|临近|相邻)[^，,。；;]{0,12}$")
_PARK_BODY_SAYS_RE = re.compile(r"(?:管理局|管委会|管理委员会|园管局|管理处)[^，,。；;]{0,12}(?:表示|指出|说|称|介绍)[：:]?$")
_CITY_CLAUSE_END_RE = re.compile(r"的(?:城市|省份|地区|国家|县城|区县)$")
# a sentence that opens with a name and 是 (据了解，X是…): about X
_NAMED_OPENER_RE = re.compile(r"(?:据了解|据悉|据介绍)?[，,]?[\u4e00-\u9fffA-Za-z0-9]{2,16}?(?:是|系|为)")
# 该区设在X: a sentence that opens with the park in scope, then says where it stands
_ANAPHOR_SITED_RE = re.compile(r"(?:该|本|此|其)(?:区|园|园区|基地|产业园|工业园|科技园)?(?:设在|设于|位于|坐落在|坐落于|地处)")
# zones of a rank, counted as a class (湖北国家级高新区增至9个, 全省省级经开区达…)
_CLASS_OF_ZONES_RE = re.compile(r"(?:国家级|省级|自治区级|国家)(?:高新技术产业开发区|经济技术开发区|高新区|经开区|开发区)")
_SITED_IN_RE = re.compile(r"(?:设在|设于|位于|坐落在|坐落于|地处)(?:[我本](?:省|市|区|县))?$")  # (位于本市津南区X工业区)
_LOCATION_BEFORE_RE = re.compile(r"(?:在|于|位于|落户|入驻|进驻)$")
# 国务院批准设立X保税港区，面积8.37平方公里: the park just founded is what the next clause describes
_APPROVED_BEFORE_RE = re.compile(r"(?:批复同意|同意|批准|批复)$")
_FOUNDED_BEFORE_RE = re.compile(r"(?:批准|批复|同意)(?:设立|成立|设置)$")
_SKIP_BEFORE_SUBJECT = frozenset({"TIME", "w", "m", "c", "d", "u", "t", "f", "q", "xc", "ad"})
# The city or county itself as the subject: 该市确定了…, 全市…
_ADMIN_SUBJECT_RE = re.compile(r"^(?:该|本|全)(?:市|县|省|镇)(?![\u4e00-\u9fff\d]{0,16}(?:园区|%s))(?!第|前列|前[一二三四五六七八九十\d]|首位|最)"
                               % PARK_WORDS)  # (全省第二: a rank, no subject)
_AGGREGATE_SUBJECT_RE = re.compile(r"^(?:(?:\d+|[一二两三四五六七八九十]+)个|这些|上述|以上)")
# '17个项目总投资超1亿元', '有5个总投资超过10亿元': a size class of projects, not a figure.
_COUNT = r"(?:有|达)?(?:\d+|[一二两三四五六七八九十]+)(?:个|家|项)"
_CLASS_COUNTED_AFTER_RE = re.compile(r"(?:(?:或|至|到|[-－~～])(?:\d+(?:\.\d+)?)?(?:万|亿)?(?:美元|元))?(?:"
                                     r"(?:以上|以下|及以上|人民币)*(?:的)?[\u4e00-\u9fff]{0,8}?(?:项目|企业)" + _COUNT +
                                     r"|(?:以上|以下|及以上)(?:的)?" + _COUNT + r")")
_EACH_ABOVE_BEFORE_RE = re.compile(r"(?<![平人户亩])均(?:超过|超|在|达到?|过)?$")
_SIZE_CLASS_RE = re.compile(r"(?:\d+|[一二三四五六七八九十]+)个(?:项目)?(?:中有\d+个)?(?:总)?投资(?:额)?$")


_STATE_OPENING_RE = re.compile(r"\s*(?:(?:截至|截止)?(?:目前|当前|现在)|(?:截至|截止)\d{4}年(?:\d{1,2}月)?(?:底|末)?)[，,]"
                               r"(?:该|这个)?园区")  # (截至2019年2月，园区已累计引进…: the park's state then)
_PLAN_TOTAL_RE = re.compile(r"总投资|计划投资")  # (…项目已开复工27个，总投资22.02亿元: what the projects plan, not a sum)
# 建区以来, 开园以来, 成立以来: since the park began (今年以来 is the year so far, a reported figure)
_SINCE_OPENING_RE = re.compile(r"[\u4e00-\u9fff]{0,6}(?:建区|建园|开园|成立|设立|获批|批准|运营|创建|开发建设)以来[，,]")
_BESIDES_OPENING_RE = re.compile(r"\s*除[^。；;]{2,40}?(?:外|以外|之外)[，,]")
_TIME_CLAUSE_RE = re.compile(r"[\u4e00-\u9fff]{1,8}(?:以来|之初|期间|以后|之后)|(?:自|从)[^，,。；;]{2,16}以来")  # (自去年3月…开工以来)
_BASE_BEFORE_RE = re.compile(r"(?:较|比)(?:上年|去年|前年|\d{4}年)(?:同期)?[^，,。；;\d]{0,8}$")
_CHANGE_BEFORE_RE = re.compile(r"(?:较|比)[^，,。；;]{0,10}?(?:增加|增长|多|减少|下降|净增)了?$")
_INCIDENT_RE = re.compile(r"火灾|过火|起火|爆炸|泄漏|事故|受伤|伤亡|死亡|遇难|烧伤|停产整改|责令|罚款|处罚")
# A whole administrative area as the clause's subject (全市, 全县, 全省 …), unless parks of it are meant.
# 全市…: the city's figure; not after a comparison (高出全市平均增速7个百分点, 占全市的): then the park's
_ADMIN_SCOPE_RE = re.compile(r"(?<!高出)(?<!高于)(?<!低于)(?<!快于)(?<!慢于)(?<!领先)(?<![比占])(?<!作为)(?<!作为推动)"
                             r"全(?:市|县|省|国|州|盟|镇|乡)(?![\u4e00-\u9fff]{0,6}(?:园区|%s))"
                             r"(?!前列|第|首位|最|领先)" % PARK_WORDS)  # (位居全国前列: a rank, not the nation's figure;
# 作为全市经济建设的主战场，经开区…: what the park is to the city, said of the park)
# a clause that opens with the park in scope written as 园区 / 该园区 / 开发区 … (园区实现工业总产值…)
# a sentence that opens (after a time word) with the park as the actor: 目前，园区落地了…, 该园区引进…
_PARK_OPENED_RE = re.compile(r"(?:(?:目前|当前|近年来|近年|今年|去年|此外|同时)[，,]?)?(?:该|本)?(?:%s)(?:已|已经|先后|还|又|共)?"
                             r"(?:落地|引进|吸引|建成|打造|建设|布局|拥有)" % BARE_PARK_WORDS)
# a sentence that goes into the detail of the one before (具体来看，规上工业增加值增长19.4%…): the same subject's
_DETAIL_OPENING_RE = re.compile(r"(?:具体(?:来|而)?(?:看|言|说)|分(?:项|行业|指标)(?:来)?看)[，,：:]"
                                # 在产业项目的强势带动下，地区生产总值年均增长7.5%: what the sentence before did, as cause
                                r"|在[^，,。；;]{0,16}(?:带动|推动|拉动|支撑|引领|助推|驱动)下[，,]")


# a sentence that opens with the period its figures cover (一季度规模工业总产值同比增长33.5%) after one that opens with
# the park: the park's figures, the subject carried over
_PERIOD_OPENING_RE = re.compile(r"(?:今年|去年|\d{4}年)?(?:一季度|二季度|三季度|四季度|第[一二三四]季度|上半年|下半年|前三季度|"
                                r"\d{1,2}[-—至~]\d{1,2}月|前\d{1,2}个月)[，,]?(?![\u4e00-\u9fff]{0,12}(?:%s))" % BARE_PARK_WORDS)


def _opens_with(text: str, occs, subject: str, sent) -> bool:
    """Whether the sentence's first words are the subject, as written or by one of its mentions."""
    return text.startswith(subject, sent.start) or any(o.key == subject and o.start == sent.start for o in occs)


def _names(text: str, occs, subject: str, sent) -> bool:
    """Whether the sentence names the subject, as written or by one of its mentions."""
    return text.find(subject, sent.start, sent.end) >= 0 or any(o.key == subject and sent.start <= o.start < sent.end for o in occs)


_PARK_REF_OPENING_RE = re.compile(r"(?:^|(?<=[，,。；;：:“]))(?:(?:(?:20\d\d|19\d\d)年|去年|今年|上年)?(?:全年|上半年|前三季度|[一二三四]季度"
                                  r"|\d{1,2}[-—至~]\d{1,2}月)?[，,]?)?"
                                  r"(?:(?:该|本|全)?(?:%s)(?:内)?|全区|该(?:保税区|综保区|保税港区|新区|试验区|示范区|合作区))"
                                  r"(?:[(（][^()（）]{1,12}[)）])?"  # (该保税区(含双流园区)实现…: what the zone's figures take in)
                                  r"(?:规模以上|规上)?(?:工业)?(?:企业)?"
                                  r"(?:实现|完成|共|新增|累计|全年|上半年|前)" % BARE_PARK_WORDS)
# (前三季度，该开发区规模以上工业企业实现总产值…，分别同比增长15.5%、…: the zone's firms above the scale, by its period)
# (2022年全区实现地区生产总值…、同比增长4.9%: the zone a zone's officer speaks of, by its year)
# a clause that opens with a park's bare kind (高新区成立以来…, 该园区…), not its body (高新区党工委书记…)
# names listed with 、 right before a count (瑞丽、畹町、河口3个…): what the count counts
_NAMES_LISTED_BEFORE_RE = re.compile(r"[\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})+$")
_BARE_ZONE_OPENING_RE = re.compile(r"(?:(?:20\d\d|19\d\d)年[，,]?|(?:目前|当前|现阶段|现在|如今|眼下|今天|当天|今年|去年|上半年|前三季度)[，,]?)?(?:该|本)?(%s|综保区|新区)"
                                   r"(?![\u4e00-\u9fff]{0,2}(?:园|区)|外)"  # (经开区外大兴部分面积…: what lies outside it)
                                   % BARE_PARK_WORDS)  # (2019年高新区开发面积扩展到…, 现阶段经开区面积…: the time, then the zone)
# what people counted right before it did: attended an event (…约1000人参加了开工仪式, 共计1000余人参加)
_ATTENDED_RE = re.compile(r"[^，,。；;]{0,4}?(?:参加|出席|参会|与会|到场|观摩|见证)")
_ZONE_BODY_RE = re.compile(r"(?:党工委|管委会|党委|工委|政府|办公室|书记|主任|负责人|相关负责人|干部|领导)")


_COMPANY_METRICS = {"annual_revenue", "annual_tax", "net_profit", "total_profit", "registered_capital"}
_THIS_FIRM_RE = re.compile(r"这家(?:公司|企业)")
_CITY_FIRMS_RE = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)(?:多|余)?家(?:%s)(?:市)?(?:企业|公司)" % CITY_RE.pattern)
_THIS_COMPANY_RE = re.compile(r"(?:该|这家|本)(?:公司|企业)")
_BARE_COMPANY_RE = re.compile(r"(?:^|(?<=[，,。；;：:\s]))(?:该|本)?公司|该(?:公司|企业)")  # (推动该企业年营收突破35亿元)


# 据了解，…: where the news came from, before a sentence's subject
_SOURCE_LEAD_RE = re.compile(r"\s*(?:据了解|据悉|据介绍|目前|据[^，,。；;“”]{2,30}?(?:介绍|表示|透露))?[，,]?")


def _sited_firm(doc: Doc, companies: list[CompanyMention], sent: Span, park: str, s: int) -> str | None:
    """The firm a sentence opens with and sites in the park (X公司位于Y开发区，…), when the figure at s follows."""
    text = doc.text
    lead = _SOURCE_LEAD_RE.match(text, sent.start).end()
    for c in companies:
        if c.kind != "enterprise":
            continue
        for form in [c.name] + c.aliases:
            if form and text.startswith(form, lead):
                sited = _SITED_RE.match(text, lead + len(form))
                if sited and sited.group() != "是" and sited.end() < s and text.startswith(park, sited.end()):
                    return c.name
    return None


# 入驻企业是X公司 / 入驻的是X公司: a tenant introduced by a copula, whose own figures the run that follows gives
_TENANT_IS_RE = re.compile(r"入驻(?:的)?(?:企业|厂商|公司)?(?:是|为)$")


def _tenant_firm(doc: Doc, companies: list[CompanyMention], occs: list[ParkOcc], sent: Span, s: int) -> str | None:
    """The firm a copula introduces as a tenant earlier in the figure's run (up to ；), when no park is named
    after it before the figure."""
    text = doc.text
    run_start = _run_start(text, sent, s)
    named = [(text.find(f, run_start, s), c.name) for c in companies if c.kind == "enterprise"
             for f in [c.name] + c.aliases if f]
    named = [x for x in named if x[0] >= 0 and _TENANT_IS_RE.search(text, max(run_start, x[0] - 8), x[0])]
    if len(named) != 1:
        return None
    at, name = named[0]
    if any(at < o.start < s for o in occs):
        return None
    return name


def _last_firm_named(text: str, firms: list[CompanyMention], lo: int, hi: int) -> str | None:
    """The firm whose name or alias text[lo:hi] writes last, or None."""
    named = [(text.rfind(f, lo, hi), c.name) for c in firms for f in [c.name] + c.aliases if f]
    named = [x for x in named if x[0] >= 0]
    return max(named)[1] if named else None


def _company_subject(doc: Doc, companies: list[CompanyMention], occs: list[ParkOcc], clause_start: int,
                     s: int) -> str | None:
    """A firm's own revenue: the company named in the clause, or '（该）公司' in the sentence, when no park is."""
    text = doc.text
    k = bisect.bisect_left(doc._occ_starts, clause_start)
    if k < len(occs) and occs[k].start < s:
        return None
    firms = [c for c in companies if c.kind == "enterprise"]
    named = _last_firm_named(text, firms, clause_start, s)
    if named is not None:
        return named
    sent = doc.sentence_at(s)
    m = None
    for m in _BARE_COMPANY_RE.finditer(text, sent.start, s):
        pass
    if m is None:
        # 零起步到年营收4.6亿元，在X区，这家公司仅用了一年: the firm named after the figure
        m = _THIS_FIRM_RE.search(text, s, sent.end)
    if m is None:
        return None
    # （该）公司 points back to the firm last named, in this sentence or the ones just before it
    back = 3 if m.group().startswith(("该", "这家")) else 1
    lo = doc.sentences[max(0, doc.sentence_index(s) - back)].start
    return _last_firm_named(text, firms, lo, m.start())


# 已新引进迈为股份、联东U谷、TSV封装等一批优质项目270个: the names are items of what is counted
_LIST_END_RE = re.compile(r"[^，,。；;]{0,30}?(等)[^，,。；;等]{0,8}?(?:项目|企业|公司|单位)")


# 以巴克图口岸、X经济合作区为主要载体的…: a park named as what something else is built on
_CARRIER_AFTER_RE = re.compile(r"(?:、[^、，,。；;]{1,14})*为[^，,。；;]{0,8}的")
_CARRIER_BEFORE_RE = re.compile(r"以[^，,。；;以]{0,20}$")
# 先行发展区, 核心区, 起步区 …: a part of the park named right after it
_PART_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,4}(?:发展区|核心区|起步区|拓展区|先行区|片区)")


def _carrier_of(text: str, start: int, end: int) -> bool:
    """True when the name at [start, end) sits in 以…为…的, a description of the noun that follows."""
    return bool(_CARRIER_AFTER_RE.match(text, end)) and bool(_CARRIER_BEFORE_RE.search(text, max(0, start - 20), start))


def _skip_brackets_back(text: str, pos: int) -> int:
    """Where the bracketed note ending at pos starts (广梅产业园(梅州高新区): at the bracket), or pos."""
    if text[pos - 1:pos] in (")", "）"):
        k = max(text.rfind("(", 0, pos), text.rfind("（", 0, pos))
        if k >= 0 and pos - k <= 16:
            return k
    return pos


def _listed_with_others(text: str, occs: list[ParkOcc], start: int, end: int) -> bool:
    """True when the park at [start, end) is a later item of a 、-list whose item before it is no park, and
    the list is what acts (各县(市、区)、广梅产业园(梅州高新区)达成签约项目30个) or a list of examples
    (伊利二期、汉特曼、钲泰产业园等): the subject is all of them together, not the park. A bracketed alias
    counts as the park it follows; a list of titles (…管委会副主任、东江科技园党委书记) is no such list."""
    if text[start - 1:start] in ("(", "（"):
        outer = next((o for o in occs if o.end == start - 1), None)
        if outer is None:
            return False
        start, end = outer.start, end + 1
    if text[start - 1:start] != "、" or any(o.end == _skip_brackets_back(text, start - 1) for o in occs):
        return False
    close = re.match(r"[(（][^()（）]{1,14}[)）]", text[end:end + 16])
    after = end + (close.end() if close else 0)
    for t in tokens_around(text, after):  # past the items after it, to what the list does
        if t.end <= after:
            continue
        if t.start > after + 30:
            return False
        if t.word in ("、", "·") or t.tag in ("LOC", "ORG", "nz", "n", "nw"):
            continue
        return t.tag in ("v", "vd") or t.word == "等"
    return False


def _listed_item(text: str, start: int, end: int, limit: int) -> bool:
    """True when the name at [start, end) is an item of a 、-list of projects or firms that ends before limit, or
    the one example a count of them is written after (集中开工项目有湘潭万洋众创城等9个项目)."""
    if _EXAMPLE_THEN_COUNT_RE.match(text, end) and end < limit:
        return True
    if text[end:end + 1] != "、" and text[start - 1:start] != "、":
        return False
    m = _LIST_END_RE.match(text, end)
    return m is not None and m.start(1) < limit  # 等17个项目: the count may close the list itself


_EXAMPLE_THEN_COUNT_RE = re.compile(r"等(?:\d+|[一二两三四五六七八九十]+)(?:个|项|家)")
# …分别为218.5亿元、196亿元: figures given respectively, in the order of a list written before
_RESPECTIVELY_RE = re.compile(r"(?:分别|依次)(?:为|是|达到?|实现|完成|有|(?:同比|比上年|较上年)?(?:增长|下降|提高)了?)?")
_FIGURE_LIST_SEP_RE = re.compile(r"、|和|及|与")


# An item of such a list that is a county or a district (兴安县, 象山区), not a park
_PLACE_ITEM_RE = re.compile(r"[\u4e00-\u9fff]{1,4}(?:县|区|市|旗)")


def _respective_subject(doc: Doc, a: Amount, occs: list[ParkOcc],
                        scope: ParkScope | None = None) -> tuple[str, str] | str | None:
    """For a figure of '甲、乙…分别为X、Y' (or 甲和乙), the (subject, type) it belongs to by its place in the list
    (甲 gets X): a park, or inside a city's batch a county or district item as its share (park_group); ''
    when the figure is one of such a list but whose it is cannot be read (the list of names before has
    another length, or its item is neither); None when the figure is not given respectively."""
    text = doc.text
    sent = doc.sentence_at(a.span.start)
    head = None
    for m in _RESPECTIVELY_RE.finditer(text, sent.start, a.span.start):
        head = m
    if head is None:
        return None
    chain, pos = [], head.end()
    for f in find_amounts(text[head.end():sent.end]):  # the figures right after 分别为, joined by 、/和
        start, end = head.end() + f.span.start, head.end() + f.span.end
        if start != pos and not _FIGURE_LIST_SEP_RE.fullmatch(text[pos:start]):
            break
        chain.append((start, end))
        pos = end
    if len(chain) < 2 or (a.span.start, a.span.end) not in chain:
        return None
    n, i = len(chain), chain.index((a.span.start, a.span.end))
    # the names: the last run of n items joined by 、 (or by a last 和/及) before 分别 in the sentence
    for m in reversed(list(re.finditer(r"[^，,。；;：:、]+(?:、[^，,。；;：:、]+)+|[^，,。；;：:、和及]+[和及][^，,。；;：:、和及]+",
                                       text[sent.start:head.start()]))):
        items = re.split(r"、|[和及](?=[^、]*$)", m.group())
        if len(items) != n:
            continue
        offsets = [sent.start + m.start()]
        for x in items[:-1]:
            offsets.append(offsets[-1] + len(x) + 1)
        item_start = offsets[i] + len(items[i]) - len(items[i].lstrip(" “"))
        item_end = offsets[i] + len(items[i].rstrip(" ”"))
        park = next((o.key for o in occs if o.start == item_start), None)
        if park is None and i == 0 and n == 2:
            # 签约额排在前两位的是高新区和兴安县: the first of two items may end a longer clause
            park = next((o.key for o in occs if o.end == item_end and o.start >= item_start), None)
        if park is None and scope is not None and scope.region_at(item_start) is not None:
            place = _PLACE_ITEM_RE.fullmatch(items[i].strip(" “”"))
            if place:
                return place.group(), "park_group"  # 高新区和兴安县，分别为33亿元和23亿元: the county's share of the batch
        if park is None and a.unit == "ratio" and all(_MEASURE_WORD_RE.search(x) for x in items):
            return None  # 工业总产值、工业增加值…等各项指标同比依次增长…: the measures', of the sentence's subject
        return (park, "park") if park else ""
    # (…工业总产值6084.6亿元，工业增加值1664.55亿元…，同比分别增长42.4%、37.1%…: the rates of the measures just
    # given, whose subject is the sentence's, not a list of names)
    return None if a.unit == "ratio" and _MEASURES_GIVEN_BEFORE_RE.search(text, sent.start, head.start()) else ""


_MEASURES_GIVEN_BEFORE_RE = re.compile(r"(?:[\u4e00-\u9fff]{2,8}[\d.]+(?:万|亿)?(?:美元|元)[，,、]){2,}")
_BARE_PARK_WORD = r"(?:该|本)?园区(?:内)?(?![\u4e00-\u9fff]{0,2}(?:群|们))"
_BARE_PARK_OPENING_RE = re.compile(r"\s*" + _BARE_PARK_WORD)
# a clause of the sentence, up to the figure, that opens with the bare word for the park (…，园区建设面积突破…)
_BARE_PARK_CLAUSE_RE = re.compile(r"(?:^|(?<=[，,；;。\n]))\s*(?:目前[，,]?)?" + _BARE_PARK_WORD)
# 江陵经济开发区包含城东工业园、沿江产业园和X产业新城，规划面积55平方公里: the parts a park is said to hold
_PARTS_AFTER_RE = re.compile(r"(?:包含|包括|涵盖|分为|划分为)[^，,。；;]*$")


_BASIS_BEFORE_RE = re.compile(r"在[^，,。；;]{0,40}$")
_BASIS_AFTER_RE = re.compile(r"[^，,。；;]{0,40}?(?:的)?基础上")


def _parks_by_run(text: str, near: list, sent: Span) -> dict[int, tuple[int, str]]:
    """{start of a ；-run: (where, park)} for each run of the sentence that names exactly one park."""
    bounds = [sent.start] + [i + 1 for i in range(sent.start, sent.end) if text[i] in "；;"]
    out = {}
    for k, b in enumerate(bounds):
        e = bounds[k + 1] if k + 1 < len(bounds) else sent.end
        parks = {(x[0], x[2]) for x in near if x[3] == "park" and b <= x[0] and x[1] <= e}
        if len({name for _, name in parks}) == 1:
            out[b] = min(parks)
    return out


def _part_listed(text: str, sent_start: int, start: int) -> bool:
    """True when a name at start is one of the parts a clause lists after a park that holds them, or one of the
    parks a park was founded on."""
    lo = max([text.rfind(c, sent_start, start) for c in "，,；;"] + [sent_start - 1]) + 1
    if _BASIS_BEFORE_RE.search(text, lo, start) and _BASIS_AFTER_RE.match(text, start):
        return True  # X是在A及B、C基础上成立的…，总规划面积62平方公里: the parks X grew from, not X
    verb = _PARTS_AFTER_RE.search(text, lo, start)
    divided = _DIVIDED_OPENING_RE.match(text, lo)  # (…3.8平方公里，分A和B，目前已入驻…: the park's parts)
    divided = divided if divided is not None and divided.end() <= start else None
    if divided is None and (verb is None or verb.start() == lo):
        return False
    hi = min([i for i in (text.find(c, start, len(text)) for c in "，,。；;") if i >= 0] + [len(text)])
    return any(c in text[lo if divided else verb.start():hi] for c in "、和及")  # (a list of them, not one part the
    # clause is about)


# a clause that opens with the verb dividing the park just named into its parts (分A和B, 分为A、B)
_DIVIDED_OPENING_RE = re.compile(PARTS_VERB + r"(?=[\u4e00-\u9fff])")
_BREAKDOWN_OPENING_RE = re.compile(r"(?:包含|包括|含)(?=[^，,。；;]{0,12}?(?:\d+|[一二两三四五六七八九十]+)[家个项件])")
# a place other than the park written before a rate in its sentence (全市, 该县, 省内): whose rate it may be
_OTHER_PLACE_IN_RUN_RE = re.compile(r"(?<!占)全[市县区省国]|[该本我][市县省]|[市县省]内|同比[^，,。；;]{0,4}[市县]")


def _project_in_reach(doc: Doc, subjects: list[tuple[int, int, str, str]], starts: list[int], s: int) -> str | None:
    """The project named last before s, when a sentence that speaks of a project without naming it can still mean
    it: named at most three sentences back, or within three sentences of a chain of sentences that each open with
    该项目 (据了解，该项目由…投资建设。项目分二期建设…。一期项目投产后…: one project, all the way)."""
    projs = [x for x in subjects[:bisect.bisect_right(starts, s)] if x[3] == "project" and x[1] <= s]
    if not projs:
        return None
    text, named, k = doc.text, doc.sentence_index(projs[-1][0]), doc.sentence_index(s)
    reach = named
    for j in range(named + 1, k):
        if j - reach <= 3 and _THIS_PROJECT_OPENING_RE.match(text, _SOURCE_LEAD_RE.match(text, doc.sentences[j].start).end()):
            reach = j
    if reach > named and any(doc.sentences[reach].end <= x[0] < s for x in subjects[bisect.bisect_right(starts, doc.sentences[reach].end - 1):]
                             if x[3] != "project"):
        reach = named  # (该项目是…。X产业园开工奠基仪式…举行。项目建成后…: the chain ends where another thing is named)
    return projs[-1][2] if k - reach <= 3 else None


_BARE_PROJECT_OPENING_RE = re.compile(r"项目(?:采用|主要建设|建设内容|预计)")


def _project_opening_sentence_before(doc: Doc, subjects: list[tuple[int, int, str, str]], starts: list[int],
                                     sent) -> str | None:
    """The project the sentence before `sent` opens with (past a lead such as 据了解), in the same paragraph."""
    k = doc.sentence_index(sent.start)
    if k == 0:
        return None
    prev = doc.sentences[k - 1]
    if "\n" in doc.text[prev.end:sent.start] or "\n" in doc.text[prev.start:prev.end].rstrip("\n"):
        return None
    at = _SOURCE_LEAD_RE.match(doc.text, prev.start).end()
    j = bisect.bisect_left(starts, at)
    first = [x for x in subjects[j:j + 4] if x[0] == at and x[3] == "project"]
    return max(first, key=lambda x: x[1])[2] if first else None


# 工业总产值(不含阳和工业新区): a park a figure leaves out, in a note; the story is about one park all the same
_EXCLUDED_NOTE_RE = re.compile(r"[(（](?:不含|不包括|未含)$")


def _one_park_named(text: str, occs: list[ParkOcc]) -> bool:
    """True when the story names one park, a park a figure leaves out in a note aside."""
    return len({o.key for o in occs if not _EXCLUDED_NOTE_RE.search(text, max(0, o.start - 4), o.start)}) == 1


# a run of a sentence that opens with a place and its count (市湖滨新区5个项目, 宿豫区5个项目): the place's own figures
_SPREAD_OVER_RE = re.compile(r"分布(?:在|于)[^，,。；;]{2,40}、[^，,。；;]{2,40}")
_THIS_BATCH = r"(?:这批|这些|上述)(?:重大|重点)?项目"
_THIS_BATCH_OPENING_RE = re.compile(r"\s*" + _THIS_BATCH)
_BATCH_OPENING_RE = re.compile(r"\s*(?:(?:\d+|[一二两三四五六七八九十]+)(?:多|余)?[个项宗][\u4e00-\u9fff]{0,6}项目|%s)"
                               r"(?!中|分别|包括|依次)" % _THIS_BATCH)  # (17个项目中，X项目…: one of them)
_PLACE_BATCH_RUN_RE = re.compile(r"\s*(?P<place>[\u4e00-\u9fff]{2,4}?(?:县|区|市|旗))的[^，,。；;]{2,60}?等"
                                 r"(?:\d+|[一二两三四五六七八九十]+)个[\u4e00-\u9fff]{0,6}项目")
_PLACE_OPENS_RUN_RE = re.compile(r"\s*(?:市|县|区)?[\u4e00-\u9fff]{2,5}(?:县|区|新区|市|镇|乡)(?:共|有|共有)?"
                                 r"(?:\d+|[一二两三四五六七八九十]+)(?:个|家|项)")


def _aggregate_not_named(text: str, subjects: list[tuple[int, int, str, str]], start: int, end: int) -> bool:
    """Whether [start, end) speaks of projects together (_AGGREGATE_PROJECTS), not of one named project's total:
    X项目总投资10亿元，已完成投资3亿元 is X's own (a project named right before 项目总 is what 总 sums)."""
    for m in _AGGREGATE_PROJECTS.finditer(text, start, end):
        if not (m.group().startswith("项目总") and any(x[3] == "project" and x[1] == m.start() + 2 for x in subjects)):
            return True
    return False


def _subject(doc: Doc, a: Amount, subjects: list[tuple[int, int, str, str]], occs: list[ParkOcc],
             scope: ParkScope | None, clause_start: int, clause_end: int, *,
             counts_projects: bool = False) -> tuple[str | None, str]:
    text = doc.text
    sent = doc.sentence_at(a.span.start)
    s = a.span.start
    # …等13个内资项目，合计总投资37.7亿元: the count may sit in the clause before the sum
    prev_clause = max([m.end() for m in _CLAUSE_SPLIT.finditer(text, sent.start, max(sent.start, clause_start - 1))]
                      + [sent.start])
    # a count of projects (…新引进产业优质项目不少于30个) is never one project's: like a sum of projects, it is the park's
    aggregate = counts_projects or bool(_AGGREGATE_PROJECTS.search(text, clause_start, clause_end)) or (
        _SUM_RE.match(text, clause_start) is not None and (
            _aggregate_not_named(text, subjects, prev_clause, clause_start)
            or bool(_LIST_CLOSED_RE.search(text[prev_clause:clause_start].rstrip("，, ")))))
    # 51个重点项目总投资达224.54亿元，项目用地6817亩，预计达产后…: a sentence about a counted batch; its later clauses'
    # 项目 is the batch, not the last project named before
    aggregate = aggregate or _BATCH_OPENING_RE.match(text, sent.start) is not None
    starts = [x[0] for x in subjects] if not hasattr(doc, "_subject_starts") else doc._subject_starts
    lo = bisect.bisect_left(starts, sent.start)
    hi = bisect.bisect_right(starts, max(clause_end, sent.end))
    near = subjects[lo:hi]
    numbered = _numbered_paragraph_project(text, subjects, starts, sent.start)
    if numbered is not None and not aggregate and not any(x[3] in ("project", "company") for x in near if x[0] < s):
        return numbered, "project"  # 1.X基地。选址于…,占地面积约417亩,…年产值132.87亿元: the paragraph's project
    # 总投资约13亿元、占地面积290亩的X项目: the figure describes the name its 的 leads to
    m = _MODIFIER_TAIL_RE.match(text, a.span.end)
    if m is not None:
        k = bisect.bisect_left(starts, m.end())
        # …的绥芬河市恒驰…基地: a project's name is kept without the city it is written after
        if k < len(subjects) and (subjects[k][0] == m.end()
                                  or _CITY_BEFORE_NAME_RE.fullmatch(text, m.end(), subjects[k][0])):
            # (总投资达八亿元的A高新区B产业园: the longest name written there, the zone's park, not the zone)
            same = [x for x in subjects[k:k + 8] if x[0] == subjects[k][0]]
            best = max(same, key=lambda x: x[1])
            return best[2], best[3]
    spread = _SPREAD_OVER_RE.search(text, s, clause_end) is not None
    if not spread and _THIS_BATCH_OPENING_RE.match(text, sent.start):
        k = doc.sentence_index(s)
        before = doc.sentences[k - 1] if k > 0 else None
        spread = before is not None and _SPREAD_OVER_RE.search(text, before.start, before.end) is not None
    if spread:
        # 当天集中开工的47个重大项目分布在赣州经开区、章贡区…等7个县(市、区)。这批项目总投资223.9亿元: a batch spread over
        # several places, a park among them, is none of theirs
        return None, ""
    run_start = _run_start(text, sent, s)  # (the figure's run of clauses, read again below)
    place_batch = _PLACE_BATCH_RUN_RE.match(text, run_start) if run_start > sent.start else None
    if place_batch is not None and place_batch.end("place") <= s:
        # …;临渭区的双创中学建设、棚户区改造等16个项目,总投资70.5亿元;高新区的A、B等12个项目,总投资53亿元: each run's
        # count and sums are the place's it opens with (the park, where the place is one the text names)
        p0, p1 = place_batch.span("place")
        own_park = next((x for x in near if x[0] == p0 and x[1] == p1 and x[3] == "park"), None)
        return (own_park[2], "park") if own_park is not None else (place_batch.group("place"), "park_group")
    # the figure itself counts a group of parks: '8个新兴产业专业园区'
    for gs, ge, name, typ in subjects[max(0, bisect.bisect_right(starts, s) - 8):bisect.bisect_right(starts, s)]:
        if typ == "park_group" and gs <= s < ge:
            return name, typ
    # 河源市…集中签约动工活动在X工业园举行…新签约项目72个: a city's or county's batch, held in a park (its venue)
    # or nowhere; the figure is the batch's, unless its own clause names a park or group as its subject
    # (a project named before it, or a park or group that is not where the event is held: theirs, as below)
    # (…32项重点项目总投资120.58亿元,其中2018年计划投资28.41亿元: the batch counted before it in the sentence)
    batch = aggregate or bool(_AGGREGATE_PROJECTS.search(text, sent.start, s))
    region = scope.region_at(s, here=not batch) if scope is not None else None
    if region is not None and _STATE_OPENING_RE.match(text, sent.start) and scope.region_at(s, here=True) is None:
        region = None  # …推介会在X工业园举行…。目前，园区洽谈项目…: how the park stands now, not the event's batch
    own = _opening_subject(doc, occs, clause_start, s) if region is not None else None
    if own == "aggregate" or (own and (text.find(region, clause_start, s) >= 0
                                       or (own == "other" and _OWN_REGION_RE.match(text, clause_start, s)))):
        own = None  # (此次集中开工项目有23个: the batch; 金东区本级25个项目, 我市…: the region itself)
    if region is not None and "占" in text[clause_start:s]:
        region = None  # 6个项目中，工业项目占到5个，分别是X开发区的…: a part of the batch, whose own place follows
    k = doc.sentence_index(s)
    if region is not None and batch and k > 0 and _BESIDES_OPENING_RE.match(text, doc.sentences[k - 1].start):
        region = None  # 除X项目外，同步动工的还有A、B和C。三个项目总投资5.6亿元: the others, a part of the batch
    # (a project named in an earlier clause does not own a count of projects or their sum, nor a figure after
    # such a count: 3月18日开工的X项目，本次开工25个重点项目，总投资额94.15亿元; …C项目，共计7个，今年计划投资4.65亿元)
    own_subject = lambda x: not (x[1] < clause_start and (aggregate or _AGGREGATE_PROJECTS.search(text, x[1], clause_start))) \
        if x[3] == "project" else not (
        _VENUE_BEFORE_RE.search(text, max(sent.start, x[0] - 6), x[0])
        or _BEING_BUILT_RE.search(text, max(sent.start, x[0] - 4), x[0])
        or _listed_item(text, x[0], x[1], s) or _listed_with_others(text, occs, x[0], x[1]))
    if region is not None and own is None and not any(sent.start <= x[0] and x[1] <= s and own_subject(x) for x in near) \
            and not _owned_by_other(doc, occs, region, scope.region_event_end(s) or sent.start, clause_start, s,
                                    region=True):
        # (其中高新区23个项目 after it, or 郑州市举行…,其中,高新区有17个…,总投资76.6亿元: the park's part)
        return region, "park_group"
    # 项目选址位于X高新区，用地面积约320亩 / 项目全部达产后…年销售收入40亿元: the project's figure, even
    # though a park is named as its site; the named project if there is one, else no subject at all
    k = doc.sentence_index(s)
    total_opening = _PROJECT_TOTAL_OPENING_RE.match(text, sent.start) is not None and k > 0 \
        and not _PROJECTS_COUNTED_RE.search(text, doc.sentences[k - 1].start, doc.sentences[k - 1].end)
    sited_total = not counts_projects and _SITED_THEN_TOTAL_RE.search(text, sent.start, s) is not None \
        and not _COUNTED_IN_RE.search(text, sent.start, s)
    opening = _PROJECT_SITED_OPENING_RE.match(text, sent.start) if not aggregate else None
    if opening is not None:
        # X项目位于…，总投资12亿元: X项目's figures if it is a project the rules record, X's if X is a park (the park
        # the project builds), else nobody's (not the park in scope, nor another project named before)
        name = opening.group("name")
        own = next((x for x in near if x[2] in (name, name + "项目") and x[0] >= sent.start), None)
        return (own[2], own[3]) if own is not None else (None, "")
    if _PROJECT_PART_OPENING_RE.match(text, sent.start):
        return None, ""  # 项目A区：总用地面积…: a part of the project, whose figures are neither the park's nor the whole's
    if (not aggregate and (_PROJECT_TOPIC.search(text, sent.start, s) or _ONCE_BUILT_OPENING_RE.match(text, sent.start)
                           or total_opening)) or (total_opening and not counts_projects) or sited_total:
        project = _project_in_reach(doc, subjects, starts, s)
        if project is not None:
            return project, "project"
        return None, ""
    # 据了解,X项目是…。项目采用…工艺,投资约90亿元,投产后预计实现年营业收入186亿元: a sentence that opens with the
    # bare word goes on about the project the sentence before it opened with, in the same paragraph
    if not aggregate and _BARE_PROJECT_OPENING_RE.match(text, _SOURCE_LEAD_RE.match(text, sent.start).end()):
        project = _project_opening_sentence_before(doc, subjects, starts, sent)
        if project is not None:
            return project, "project"
    # 该项目是今年X开发区集中开工的…大项目之一，截至目前，已经完成固定资产投资额3.6亿元: a sentence that opens
    # with 该项目 is about the project just named, whatever park its description names
    # (据了解，该项目由…投资建设，…其中固定资产投资13亿元: past a lead that says where the news came from)
    if not aggregate and _THIS_PROJECT_OPENING_RE.match(text, _SOURCE_LEAD_RE.match(text, sent.start).end()):
        project = _project_in_reach(doc, subjects, starts, s)
        if project is not None:
            return project, "project"
        return None, ""
    # X项目位于Y高新区，由…投资建设，…达产后可实现年产值60亿元: the sentence is about the project; where it
    # stands is no subject (unless the figure's own clause names one)
    if not aggregate and not any(clause_start <= x[0] and x[1] <= s for x in near):
        sited = [x for x in near if x[3] == "project" and sent.start <= x[0] and x[1] <= s
                 and _SITED_RE.match(text, x[1])]
        if sited:
            return sited[-1][2], "project"
    if _settled_elsewhere(text, occs, clause_start, s) or (
            _SUM_RE.match(text, clause_start) and _settled_elsewhere(text, occs, prev_clause, clause_start)):
        return None, ""  # 拟入驻X产业园8个…，入驻主城区…项目2个，总投资额110亿元: projects placed somewhere else
    listed = [o for o in occs if clause_start <= o.start and o.end <= s]
    if not counts_projects and len({o.key for o in listed}) >= 2 and _PARKS_COUNTED_AFTER_LIST_RE.search(text, clause_start, s):
        return None, ""  # A高新区、B经开区等来自长沙、株洲…的35家园区入盟: the parks listed, counted with others
    if _PARKS_NUMBER_OPENING_RE.match(text, clause_start, s) or _FUND_OPENING_RE.match(text, clause_start, s) \
            or _FUND_OPENING_RE.match(text, sent.start, s) \
            or (_FUND_CLOSE_OPENING_RE.match(text, clause_start, s) and "基金" in text[prev_clause:clause_start]):
        return None, ""  # 长株潭省级及以上园区数量达到28家: a class of parks; 基金首期认缴规模1.5亿元: the fund's
    if text[s - 1:s] == "等" and "、" in text[clause_start:s] and len({o.key for o in listed}) >= 2 \
            and (not counts_projects or any(NAME_CHAR_RE.match(text, o.end) and text[o.end] not in "等和及与" for o in listed)):
        return None, ""  # A园区X、B园区Y等8个项目, A开发区、B开发区等5家: the items of several parks, counted together
        # (A产业园、B产业园等17个项目 with no more to their names: parks built as the projects of the park in scope)
    if not aggregate and _SITED_ANAPHOR_RE.search(text, sent.start, s):
        # 新媒体称，这一签约项目位于X新城，总用地面积154亩: the project just named, not its site
        project = _project_in_reach(doc, subjects, starts, s)
        if project is not None:
            return project, "project"
    before = [x for x in near if sent.start <= x[0] and x[1] <= s and not _listed_item(text, x[0], x[1], s)
              and not _carrier_of(text, x[0], x[1]) and not _ranked_among(text, x[0], x[1])
              and not _part_listed(text, sent.start, x[0])
              and not _NEIGHBOUR_BEFORE_RE.search(text, max(sent.start, x[0] - 14), x[0])
              and not (_GOAL_VERB_BEFORE_RE.search(text, max(sent.start, x[0] - 4), x[0]) and text.startswith("建设", x[1]))
              and not (_bracketed_note(text, sent.start, x[0], x[1]) and not _in_brackets(text, sent.start, s))
              and not _in_quoted_words(text, sent.start, x[0], x[1], s)
              and not _first_of_places_listed(text, occs, x[1])]
    # (6个高新区(来宾高新区2015年3月获批)工业总产值…: a park named in a note in brackets is not the figure's subject)
    if aggregate:
        before = [x for x in before if x[3] != "project"]
    # a project named in an earlier clause is not the subject of a figure that (a) follows a count of projects
    # (A项目及B项目属…产业，3个项目总投资达10亿元，建成后可实现工业产值17亿元: the three together), (b) sits in a
    # later run of the sentence (X项目一期已安装生产线22条；今年…，产业规模力争增长60%以上), or (c) counts something
    # in a sentence that opens with the park (园区落地了A和B两大集群，聚集…企业200余家: the park's)
    if run_start > sent.start and _PLACE_OPENS_RUN_RE.match(text, run_start) \
            and not any(run_start <= o.start and o.end <= s for o in occs):
        # …；宿迁经济技术开发区4个项目,…；市湖滨新区5个项目,年度计划投资26.2亿元: a run that opens with a place of
        # its own (no park) is about that place; the park of an earlier run is not its subject
        before = [x for x in before if x[0] >= run_start]
    park_opened = a.unit not in _MONEY and _PARK_OPENED_RE.match(text, sent.start) is not None
    before = [x for x in before if not (x[3] == "project" and x[0] < clause_start and (
        _AGGREGATE_PROJECTS.search(text, x[1], clause_start) or x[0] < run_start or park_opened))]
    # 累计投入4.2亿元,完成A产业园…;累计投入4.85亿元,完成B产业园…: a sentence whose runs each name their own park
    # after their figure gives each figure to its own run's park
    run_parks = _parks_by_run(text, near, sent) if a.unit in _MONEY and not counts_projects else {}
    if len(run_parks) >= 2 and not any(x[0] >= run_start and x[3] in ("park", "park_group") for x in before):
        own = run_parks.get(run_start)
        if own is not None and s < own[0] <= a.span.end + 12:  # (the sum, then what it built in the park)
            return own[1], "park"
    # a park named inside a company name (中国移动青岛高新区分公司) still locates the figure
    if before:
        best = max(before, key=lambda x: (x[1], x[1] - x[0]))
        if best[3] == "park_group" and best[1] <= clause_start and _BARE_PARK_OPENING_RE.match(text, clause_start, s) \
                and scope is not None and scope.section_park(s) is not None:
            return scope.section_park(s), "park"  # …这两个园区都是…工业用地，目前，园区平整土地…: one park again
        joined = [x for x in before if x[3] == "park_group" and x[1] == best[0] - 1]
        if best[3] == "park" and text[best[0] - 1:best[0]] in ("和", "及", "与") and joined:
            best = joined[-1]  # 全市工业园区和高新区完成工业总产值…: the parks of the city with the zone, together
        if best[3] == "park":
            if _SITED_IN_RE.search(text, max(sent.start, best[0] - 4), best[0]) \
                    and _ANAPHOR_SITED_RE.match(text, sent.start) and scope is not None:
                park = scope.section_park(s)  # 该区设在X工业园，总体规划用地2.57平方公里: the park in scope's figure,
                return (park, "park") if park and park != best[2] else (None, "")  # not its site's
            ends = {o.end: o.start for o in occs}
            chain = best[0]
            while chain in ends:  # 设在凤冈经济开发区彰教园区: the zone, then its park
                chain = ends[chain]
            sited = _SITED_IN_RE.search(text, max(sent.start, chain - 6), chain) is not None
            # (据了解，清华产业园位于电子产业园内，占地约340亩: past a lead that says where the news came from)
            opener = _opening_subject(doc, occs, _SOURCE_LEAD_RE.match(text, sent.start).end(), chain) if sited else None
            if opener and opener.startswith("park:") and opener[5:] != best[2]:
                return opener[5:], "park"  # X保税港区Y功能区位于Z开发区，总规划面积约6平方公里: the park the sentence
                # opens with (or its part), not its site
            if sited and opener in ("other", None) and _NAMED_OPENER_RE.match(text, sent.start):
                return None, ""  # 据了解，X茶酒是…项目，设在Y园区内，预计总投资5亿元: X's figures, not its site's
        if best[3] != "project" and _PART_AFTER_RE.match(text, best[1]):
            return None, ""  # 试验区先行发展区今年入驻企业40家: a part of the park, which has no record
        if best[3] == "park" and _listed_with_others(text, occs, best[0], best[1]):
            return None, ""  # 各县(市、区)、广梅产业园达成签约项目30个: the figure of all of them together
        # prefer a project only when it is in the same clause, or when what the project is to yield follows
        # it (A新签约X项目，总投资10亿元，建成后预计年产值20亿元: X's output once built, not A's)
        if best[3] == "project" and best[0] < clause_start:
            # (将在A开发区投资18亿元建设X项目，…，规划引进企业10家以上: A is where X is built, X the sentence's subject)
            # (在A园区B集中区，X项目已建设厂房…，累计完成投资2.1亿元: a place set before the clauses, whose subject
            # is X; the place is read from 在 to the comma, whichever of its parks or parts the name ends with)
            set_before = {x[0] for x in before if x[3] != "project" and _PLACE_RUN_END_RE.match(text, x[1])}
            parks_before = [x for x in before if x[3] != "project" and not (
                text[x[0] - 1:x[0]] == "在" and x[1] < best[0]
                and (not _CLAUSE_SPLIT.search(text, x[1], best[0]) or x[0] in set_before))]
            # (位于A新片区的X项目，总建筑面积约11.37万平方米: A is where X stands, X the subject)
            sited = any(x[1] + 1 == best[0] and text[x[1]] == "的" for x in parks_before)
            yields = _PROJECTION_RE.search(text, best[1], s) is not None \
                and all(x[1] <= best[0] for x in parks_before)
            # (由A共同建设X项目，总投资约300亿元，用地面积1760亩: the project's total right after its name, then more
            # of its figures)
            summed = best[1] <= getattr(doc, "_project_sums", {}).get(best[2], -1) < s \
                and not any(best[1] <= x[0] < s for x in near if x[3] != "project")
            if parks_before and not yields and not summed and not sited:
                best = max(parks_before, key=lambda x: x[1])
        return best[2], best[3]
    after = [x for x in near if s < x[0] and x[1] <= clause_end and x[3] != "project"]
    if after:
        if after[0][3] == "park" and any(o.start == after[0][1] + 1 for o in occs) \
                and text[after[0][1]:after[0][1] + 1] in ("、", "和", "与", "及"):
            return None, ""  # 总投资500亿元 A、B同时开园: the figure of both parks named after it
        return after[0][2], after[0][3]
    if not aggregate and _ANAPHOR_PROJECT.search(text[sent.start:s]):
        project = _project_in_reach(doc, subjects, starts, s)
        if project is not None:
            return project, "project"
        if _THIS_PROJECT_OPENING_RE.match(text, _SOURCE_LEAD_RE.match(text, sent.start).end()):
            return None, ""  # 该项目由…引进，计划用地58.4亩: a project's figures, whatever project it is, never the park's
            # (据X项目总工介绍,该项目总投资1.84亿元: past the one who told it)
    if _ADMIN_SCOPE_RE.search(text, run_start, s):
        return None, ""  # 全市地区生产总值…: a city's or county's own figure, not the park's (within its clause run)
    if aggregate:
        # 无锡高新区…重大项目集中签约同时举行。签约的19个项目总投资303.4亿元: the projects just
        # reported, in the park the sentence before named last
        k = doc.sentence_index(s)
        if k > 0:
            prev = doc.sentences[k - 1]
            listed = [o for o in occs if prev.start <= o.start and o.end <= prev.end
                      and (text[o.end:o.end + 1] == "、" or text[o.start - 1:o.start] == "、")]
            if len(listed) >= 2:
                return None, ""  # 长沙县、长沙经开区、自贸临空区举行…开工仪式。60个项目…: the projects of several
            last = [o for o in occs if prev.start <= o.start and o.end <= prev.end
                    and _PARKS_PROJECTS_RE.match(text, o.end) and text[o.start - 1:o.start] != "在"]
            if last:
                return last[-1].key, "park"
    if _IN_A_CITY_RE.search(text, clause_start, s) and not any(clause_start <= o.start < s for o in occs):
        return None, ""  # 仅在重庆的配套产品生产厂家就有两百多家: counted in a city, not in the park in scope
    # 中环领先…大硅片项目\n\n年度计划投资10.5亿元,厂房面积6万平方米: a paragraph under a line that is one project's
    # name alone, with no subject of its own, gives that project's figures
    heading = _project_heading_above(text, subjects, starts, sent.start)
    if heading is not None:
        return (heading, "project") if heading else (None, "")
    # the park in scope: the paragraph's, the section's or the story's (scope.ParkScope)
    park = scope.section_park(s) if scope is not None else None
    if park is None and _BARE_PARK_CLAUSE_RE.search(text, sent.start, s):
        # 松滋市…加快建设高标码头及临港工业园。目前，…，园区建设面积突破17平方公里: the one park the paragraph named
        # before, as what is built, is the 园区 a later sentence speaks of
        paragraph = text.rfind("\n", 0, sent.start) + 1
        named = {o.key for o in occs if paragraph <= o.start and o.end <= sent.start}
        park = named.pop() if len(named) == 1 else None
    if park and not park.endswith("区") and _DISTRICT_REF_RE.search(text, sent.start, s):
        return None, ""  # 区内注册基金总规模达700余亿元 in a story about a 创新园: the district's figure
    return (park, "park") if park else (None, "")
