"""Investment projects: names, phase, status, companies, park and the investment figure.

Found by: '…项目' with its left boundary; enumerations that share one 项目
('A、B、C项目动工仪式'); '核心项目之一——X'; '<company>一期工程'; facilities that are
built or opened ('…工厂建成', '…生产基地投产'); lists closed by '等…项目' (from
companies.py).  An investment is taken only when it is attached to the name:
'总投资6亿元的X项目' or 'X项目一期投资3.3亿元'; '3个项目总投资达10亿元' is a park fact.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import islice
from decimal import Decimal

from .amounts import AMOUNT_RE, _build
from ..tables.lexicon import BRAND_ADVERBS, CITY_RE, DEMONSTRATIVE_RE, LIMITED_FORM_RE, PROVINCE_PREFIX_RE, VERBISH_RE, numeral
from ..tables.lexicon import MACRO_REGION_RE, PROVINCES
from .companies import STAGED_LIST_CLOSE, STAGED_LIST_OPEN, FIRMS_LISTED_BEFORE_RE, HOUSED_FACILITY_RE, INVESTED_BEFORE_RE, INVESTS_A_SUM, LIMITED_END_RE
from .names import LEADING_NOTE_RE, MONEY_RE, is_generic_stem, leading_place, name_start, norm_key, preceded_by_count, strip_quotes, unbalanced_brackets
from ..tables.vocab import BUILT_AS_PROJECT_KINDS, INVESTED_AS_PROJECT_KINDS, ENDS_WITH_PARK_RE, PARK_SUFFIXES, PARK_WORDS, WORKS_END_RE, ZONE_KINDS, ZONE_WORDS
from ..scope import ParkScope
from .tagger import is_generic_head, tokens_around, word_tag
from ..text.sentences import RUN_MARKS, Doc
from ..types import Amount, CompanyMention, ParkMention, ProjectMention, Span

PHASE_RE = re.compile(r"(一期|二期|三期|四期|首期)")
# 计划 as a plan (not 按计划, 计划总投资, 计划分两期, nor 计划投资30亿元的A、B等项目正在建设: a planned sum describing the
# projects, no plan of their stage); the status table and the future clause (_FUTURE_RE) read it alike
_PLAN_WORD = (r"(?<!按)计划(?![，,。；;、）)])(?!总投资|分[两二三四五]期|投资[\d.]+[万亿]?元?的)(?!(?<=[，,]计划)投资[\d约])"
              r"(?!(?<=年度计划)投资)(?!(?<=今年计划)投资)")
# (X项目，计划投资1.7亿元，主要建设…: the sum after the name, as 计划总投资 is; 年度计划投资9.4亿元, 今年计划投资12亿:
# the year's share of the money, no stage)
# 争取, 力争: a target, which runs to the sentence's end
_AIM_RE = re.compile(r"力争|力促|争取|尽早|尽快")  # (尽早实现当年建设当年投产: an aim, no stage reached)
# A project's status is read from its own clause run (up to ；or 。), present aspect only:
# what follows 预计 / 将 / 计划 / 建成后 … up to the next comma is the future and says 'planned' at most.
# Checked in this order; the first that matches wins.
STATUS_WORDS: list[tuple[str, str]] = [
    # 正在全力开展前期工作, 前期工作正在积极开展, 正在开展土地预征工作: preparing, not building yet
    # (正筹备开工, 准备开工: preparing to start)
    ("planned", r"(?<!完成)前期工作(?![^，,；;。]{0,6}(?:已|完成|完毕|就绪|结束))|开展[^，,；;。]{0,6}(?:预征|征地|征收)"
                r"|(?:筹备|准备|等待|待)(?:开工|动工|开建|建设)"),  # (…等15个项目等待开工: not started yet)
    # 正在向全面竣工冲刺: still building; 正在进行4套新型保温节能板生产线安装: the lines are being fitted
    # (正在进行改装车间、检测线车间的内部装修工程, 已开始锅炉设备安装: the works inside, still being built)
    ("在建", r"正在[^，,；;。]{0,8}(?:竣工|建设|施工|冲刺|推进|封顶)|正在进行[^，,；;。]{0,24}?(?:安装|调试|装修)"
            r"|已?开始[^，,；;。]{0,8}?安装"
            # (5栋标准化厂房和围墙工程已完成建设, 主体工程已完工: parts of the works done, the whole still being built)
            r"|(?:厂房|围墙|主体|框架|钢结构|桩基|土建)(?:工程)?[^，,；;。]{0,8}?(?:已(?:经)?|均已|全部)(?:完成建设|建成|完工|封顶)"),
    ("投产", r"投产|投用|投入使用|投入生产|投入运行|投入运营|(?:正式)?对外营业|正式营业|开门营业|运营(?!中心|总部|结算|调度|商|管理|公司|主体|平台|模式|服务|于一体|为一体)|达产|量产|产能[\u4e00-\u9fff]{0,4}释放|(?<!线)上线(?!下)"
             r"|(?<!中)试生产|(?<!中)试产|试运行|成功下线|正常生产|(?:产品|首台|首批|首辆)[^，,；;。]{0,8}?下线|首批[^，,；;。]{0,4}?产品[^，,；;。]{0,4}?(?:发运|出厂|交付)"
             # (高纯多晶硅棒第一炉成功出炉: the plant's first batch out of the furnace, produced)
             r"|(?:首炉|第一炉)[^，,；;。]{0,8}?出炉"),  # (…产品成功下线: produced)  # (开始试生产: built, producing on trial; 中试生产基地 is a name)
    # (全球矿山维护及运营中心, X青海运营总部: a facility's name, not a stage)
    # (改造新建厂房,建成年产2000万台…生产线: the capacity the works are to make; 已建成年产…: built)
    ("竣工", r"(?<![开/])竣工|建成(?!(?:达产|投产)?后|年产|年加工|年处理)|已(?:经)?建成|落成|完成[^，,；;。]{0,6}?建设|如期交付|交付使用"),  # 已完成厂房建设 (建成达产后: a projection)
    ("开工", r"(?:开工|动工)(?!许可|证|手续|审批|前|条件)|开建|动建|奠基|打下(?:了)?(?:第一|首)根桩|开/?竣工|开复工|开[(（]复[)）]工|(?:施工|建设)启动|启动(?:施工|建设)|(?<!正式)启动(?= {4})|集中启动(?!签约|仪式)"),
    # (X公司,启动Y项目: the verb right before the project's own name, which the run blanks)
    # 办理开工许可: not started yet; 集中开竣工: a joint event (a project's own words may say 建成); 开复工: started
    # or resumed (a project halted for the winter is resumed in spring); 基础施工启动, 启动建设: started
    # (X、Y等19个项目2月底前已复工建设: resumed after the winter, so being built; 复工复产 is a firm's work resumed)
    # (已完成场地平整, 建设已接近尾声, 正进行内部装修, 对新安装的生产线进行调试, 厂房已具规模: works under way;
    # X项目现场，几十名工人正在忙着捆扎地基钢筋: workers at it)
    ("在建", r"在建|建设中|(?:完成|已)[^，,；;。]{0,4}场地平整|接近尾声|正?进行[^，,；;。]{0,10}?(?:装修|调试)|装修正?(?:加紧|抓紧|有序)?进行|已具规模|(?<!围绕)(?:正)?在实施(?!的|[^，,；;。]{0,8}战略)|(?<![开/])复工(?!复产)|(?<!即将)(?<!将)进入[^，,；;。]{0,6}(?:实施|建设|施工|完工|扫尾|收尾)阶段|工地|装修阶段|(?:进入|正在|抓紧)[^，,；;。]{0,8}装修|完成投资|投资完成率|加快实施|加速实施|施工(?!设计|图|许可)|加快建设|加速建设|快速建设|加紧建设|抓紧建设|加紧施工|抓紧施工|大干快建|建设正酣|建设如火如荼|设备(?:进场|运抵|到位)|正在建设|建设现场|建设进度|封顶|(?<!统筹)推进|抢工期|安装调试|收尾|观摩|工人们?正在|正?在?忙着"),
    # (检查观摩了A、B…四个项目: projects visited on a construction tour are being built)
    # (招引科技型企业入驻, 建成后可入驻50家企业: the tenants a park is to take in, no stage of the park)
    # (引进日本大口径…硅片切磨技术: a technique brought in, no signing of the project)
    ("签约", r"签约|签订|签署|签下|落户|落地|(?:引进|引入)(?![^，,；;。]{0,16}(?:技术|工艺|设备|人才|团队))"
            r"|(?<!企业)(?<!机构)(?<!可)入驻"),
    ("planned", _PLAN_WORD + r"|拟|规划(?!产能|面积|用地|建筑面积|总?占地|总面积)|洽谈|在谈|筹建|(?<!致力于)(?<!旨在)打造|共建(?!的)|办理[^，,；;。]{0,8}?(?:许可|手续|审批)"
                r"|(?:向|由)[^，,；;。]{0,12}?申报"  # (已向国家发改委申报, 已由市发改委向上申报: waiting for approval)
                r"|(?:环评|能评|安评|稳评|可研|可行性研究|立项|用地预审|安全预评价|规划许可)|(?:同意|批准|核准)建设"),
    # (已取得环评、能评和安全预评价批复, 正在编制可研报告, 同意建设X项目: approvals before building, so planned, unless
    # the run also says it has started or is built, which the rows above read first)
]
_SIGNED = dict(STATUS_WORDS)["签约"]


def status_of(words: str) -> str | None:
    """The status the table's first pattern that matches `words` gives (an event's word: 动工 is 开工, 落地 is 签约),
    or None when none does."""
    return next((status for status, pattern in STATUS_WORDS if re.search(pattern, words)), None)
# 这是…, 该项目…, 其中10亿元以上项目2个，分别为…: a sentence about what the one before it named or counted
_POINTS_BACK_RE = re.compile(r"\s*(?:这是|这里是|该项目|此|其中)")
# (建成后, 建成投产后, 投产达效后: what the project will do once built, a projection, no stage)
_PROJECTION_RE = re.compile(r"(?:建成|投产|达产|达效|达纲)+后")
_FUTURE_RE = re.compile(r"(?:预计|确保|将|" + _PLAN_WORD + r"|拟|有望|可望|" + _PROJECTION_RE.pattern +
                        r"|(?<![不即])可(?=(?:全面|全部)?(?:建成|投产|竣工|开工|达产|完工|投用)))[^，,；;。]*"
                        # (将开拓X板块，建成智能化综合工厂: the next clause, opening with the verb, goes on with the plan)
                        r"(?:[，,](?:建成|形成|打造|成为|实现|投产"
                        # (预计今年11月开工，2026年11月竣工: the next clause dates the next stage of the same plan)
                        r"|(?:明年|年内|年底|\d{4}年(?:\d{1,2}月)?|\d{1,2}月)(?:底|前|初|中旬|下旬)?(?:全面|正式)?"
                        r"(?:建成|竣工|投产|完工|投用|运营))[^，,；;。]*)*"
                        # (力促A、B等5个项目，在3、4月份开工建设: a target, to the sentence's end)
                        r"|(?:" + _AIM_RE.pattern + r")[^；;。]*")
_ADMIN_PREFIX = re.compile(r"^(?:(?:[\u4e00-\u9fff]{2,3}省)?(?:[\u4e00-\u9fff]{2,3}市)?)")
FACILITY_RE = re.compile(r"(?:制造工厂|智能工厂|工厂|生产基地|产业基地|制造基地|研发基地|研发中心|总部基地|数据中心|计算中心|智算中心|创享中心"
                         r"|中心仓|制造业中心)"
                         # (X制造业中心今年2月落成: a date may stand between the facility and its stage)
                         r"(?=(?:(?:今年|去年|\d{4}年)?\d{1,2}月(?:\d{1,2}日)?)?(?:已|正|将|于|建成|投产|开工|动工|上线|落地|竣工|封顶|落成)"
                         r"|在[^，,。；;]{2,30}?(?:举行[^，,。；;]{0,4}(?:奠基|开工|动工|投产)|奠基|开工|动工))"
                         # X国际创新中心正式开工: a centre that is built (one that 落地 is often a body, not a building)
                         r"|(?:创新中心|科创中心|物流中心|示范基地)(?=(?:预计[^，,。；;]{0,8}?)?(?:正式|全面)?(?:开工|动工|奠基|建成|竣工|封顶))"
                         # X生产线建设并已完成投资…, A生产线、B生产线建设已建成投产: lines being built
                         r"|生产线(?=(?:、[^，,。；;]{2,20}?生产线)?(?:建设(?!项目)|已|正在|建成|投产|开工|动工|竣工))")
# 今年企业在工业园内征地300亩，建设X西北生产基地: a facility a firm builds, named after the verb
_FACILITY_BUILT_RE = re.compile(r"(?:建设|新建|兴建|投建|筹建|开建)(?:[^，,。；;、“”\d]{0,10}\d[^，,。；;、“”]{0,16}的)?"
                                r"(?P<name>[^，,。；;、“”的]{2,24}?(?:生产基地|制造基地|产业基地|智能工厂|工厂))(?=[，,。；;])")
# (X项目由Y有限公司投资1.8亿元建设: the firm that invests, written between the name and its sum)
_INVEST_AFTER = re.compile(r"(?P<phase>一期|二期|首期|三期)?(?:项目)?(?:由[^，,。；;、]{2,30}?(?:公司|集团))?(?:[(（](?=(?:计划|拟)?总?投资))?"
                           r"(?:计划|拟)?(?:投资总额|(?:总)?投资(?:额)?)(?:预计|计划)?(?:达|为)?")
# (X项目总投资预计22亿元, X项目计划投资22亿元, X项目(计划总投资300亿元): the sum in brackets after the name)
# 总投资约13亿元、占地面积290亩的X项目: the investment may come first in a list of the name's modifiers
_INVEST_TAIL_RE = re.compile(r"(?:总投资|投资)(?:额)?(?:达|为)? ?(" + AMOUNT_RE.pattern + r") ?"
                             r"(?:、[^、，,。；;的]{1,14}|[，,](?![^、，,。；;的]*(?:投资|元))[^、，,。；;的]{0,10}\d[^、，,。；;的]{0,8})*"
                             r"(?:建设|兴建|新建|投建)?$")
# (…投资达250亿元，总建筑面积约30万平方米的X项目: a figure after a comma is one more modifier of the name; A公司投资13.1亿元
# 建设的X项目: the sum its firm spends building it)


# 项目 followed by these is a role, a slogan (项目为王) or an abstraction, not the end of a name.
# (X试验区项目推介会, 项目洽谈会, X招商引资项目(常州)推介会: a meeting at which a place's projects are promoted,
# the city it is held in bracketed or not, not a project)
_PROJECT_WORD_RE = re.compile(r"项目(?!各[一二两三四五六七八九十\d]+个|经理|专班|之一|负责人|化|管理|建设现场的|库|为王|为纲|为先|为要|至上|观摩|相关|区(?!块)|用地使用权|方(?![案面])"
                              r"|(?:[(（][\u4e00-\u9fff]{2,6}[)）])?(?:推介|洽谈会|招商会|说明会|对接会|路演)"
                              # (海南自由贸易港建设项目2021年度第四批集中开工: a programme's batches, not a project)
                              r"|(?:\d{4}年度?)?第(?:\d+|[一二三四五六七八九十]+)批)")
# '，项目总投资8.5亿元' / '。项目一期投资1.2亿美元' / '此次签约项目计划投资10亿元': the project named just before.
_ANAPHOR_RE = re.compile(r"(?:这个|这一|该|此)(?:[^。；;\n]{0,16}?[、，,])?(?:计划)?总投资(?:额)?(?:达|为)?(?=[^。；;\n]{0,12}?的项目)"
                         # 该项目由X有限公司投资建设,总投资10亿元: the project just named, its sum in the clause after its builder
                         r"|(?:^|(?<=[。；;\n]))(?:该|这个|这一)项目由[^。；;\n，,]{2,30}?(?:投资|出资)?(?:建设|兴建|投建)[，,](?:计划)?总投资(?:额)?(?:达|为)?"
                         r"|(?:^|(?<=[。；;\n，,]))(?:该|这个|这一|此次签约|此次)?项目(?P<phase>首期|一期|二期)?(?:计划|预计)?(?:总)?投资(?:额)?(?:预计|计划)?(?:达|为)?"
                         r"|(?:^|(?<=[。；;\n]))项目(?P<phase2>首期|一期|二期)?(?:(?!\d+个|方面)[^。；;\n]){0,40}?投资(?:达|为)?"
                         # 作为陆港区…首个开工的重点项目，计划总投资2.9亿元: the project the sentence before named
                         r"|(?:^|(?<=[。；;\n]))作为[^，,。；;]{2,30}?项目[，,](?:计划|预计)?(?:总)?投资(?:额)?(?:达|为)?")
# A table header: a 项目名称 column and an investment column with its unit (总投资(亿元), 投资额/万元).
_TABLE_SEP_RE = re.compile(r"\s*[|｜\t]\s*")
_TABLE_INVEST_HEAD_RE = re.compile(r"投资[^|｜\t]{0,4}?[(（/]?\s*(?P<unit>亿元|万元|亿美元|万美元)")
_TABLE_NAME_HEAD_RE = re.compile(r"项目(?:名称)?$|名称$")


# 具体有哪些项目?\n…\n遂宁经开区明泰电子二期\n遂宁经开区康佳电子科技产业园: a list a line announces, one project to a line
_LINES_HEADER_RE = re.compile(r"^[^\n]{0,20}(?:具体有哪些项目|项目(?:名单|清单)如下|清单如下|名单如下|项目如下|项目有哪些|具体项目如下)"
                              r"[？?：:]?[^\n]{0,6}$", re.M)
_LINE_MARK_RE = re.compile(r"[▲●■◆►·•\s]*(?:\d{1,2}[.、．]\s*|[(（][\d一二三四五六七八九十]{1,2}[)）]\s*|[一二三四五六七八九十]{1,3}、)?")
_LINE_SENTENCE_RE = re.compile(r"[，,。；;：:！!？?、]")


def _listed_lines(doc: Doc, parks: list[ParkMention]) -> list[Candidate]:
    """The lines of a list a line announces (具体有哪些项目?, 清单如下), each a project's name alone: one that opens with a
    park the text names (遂宁经开区明泰电子二期) or ends in 项目; category lines (一、产业发展, ▲电子信息) are passed over,
    and a line that reads as a sentence ends the list."""
    text = doc.text
    forms = sorted({f for p in parks for f in [p.name, *p.aliases] if len(f) >= 3}, key=len, reverse=True)
    out: list[Candidate] = []
    for header in _LINES_HEADER_RE.finditer(text):
        pos = header.end()
        while pos < len(text):
            nl = text.find("\n", pos + 1)
            nl = len(text) if nl < 0 else nl
            line = text[pos:nl]
            pos = nl
            if not line.strip():
                continue
            mark = _LINE_MARK_RE.match(line)
            start, end = text.find(line, pos - len(line)) + mark.end(), pos - (len(line) - len(line.rstrip()))
            item = text[start:end]
            if _LINE_SENTENCE_RE.search(item) or len(item) > 40:
                break  # (名单还公布了…, 总之,你关心的通通都有!: the story goes on)
            if len(item) >= 5 and (item.endswith("项目") or any(item.startswith(f) and len(item) - len(f) >= 3 for f in forms)):
                out.append((item, start, end, "project_list_line"))
    return out


# 项目名称:X项目 / 建设单位:… / 投资金额:55亿元: a project's card, a label and its value per line
_CARD_NAME_RE = re.compile(r"(?:^|\n)[ \t　]*(?:投资)?项目名称[:：][ \t　]*(?P<name>[^\n。；;，,]{2,60}?)[ \t　]*"
                           r"(?=[\n。；;，,]|[(（](?:以下|下称)|$)")
_CARD_SUM_RE = re.compile(r"(?:^|\n)[ \t　]*(?:投资金额|总投资|计划总投资|投资总额|计划投资)[:：][ \t　]*(?=[\d约])")


def _cards(text: str) -> list[tuple[str, int, int, Amount | None]]:
    """Projects written as cards (项目名称:X / 建设单位:… / 投资金额:55亿元): each label's name, with the sum its own
    card gives (up to the next card)."""
    out = []
    found = list(_CARD_NAME_RE.finditer(text))
    for k, m in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else len(text)
        name = m.group("name")
        if is_generic_stem(re.sub("项目$", "", name)):
            continue
        sum_at = _CARD_SUM_RE.search(text, m.end(), end)
        out.append((name, m.start("name"), m.end("name"), _amount_at(text, sum_at.end()) if sum_at else None))
    return out


# 1.益海嘉里粮油加工潮州基地。选址于…,计划总投资24.61亿人民币: a paragraph opened by its number and one project's
# name alone, as a sentence of its own; the paragraph goes on about that project (its sum the first it gives)
# the number a list's item opens with: 1. 2、 一、 (3) （四）
LIST_NUMBER = r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、．]|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])"
NUMBERED_HEADING_RE = re.compile(r"[ \t　]*" + LIST_NUMBER +
                                 r"[ \t　]*(?P<name>[^\n。；;，,：:！？!?、“”]{4,40}?)。(?=[^\n]{4,})")
_NUMBERED_HEAD_RE = re.compile(r"(?:项目|工程|基地|中心|工厂|厂|生产线|接收站|储配站|总部|研究院)$")
_NUMBERED_SUM_RE = re.compile(r"(?:计划总投资|总投资|投资总额|计划投资)(?:额)?(?:约|达|为)?(?=[\d约])")


_CONTENTS_BEFORE_RE = re.compile(r"(?:主要)?建设内容(?:主要)?(?:包括|包含|为|有)[:：]?")
_THIS_PROJECT_BUILDS_RE = re.compile(r"\s*(?:据悉|据了解|据介绍)?[，,]?(?:该|此|这一)项目(?:(?!其中|期)[^。；;])*[，,](?:将|拟|计划)?(?:新)?建设$")
# (not 该项目…总投资25亿元,其中第一期项目拟投资5亿元,建设X项目: what a phase builds, a project of its own)


def _part_of_another(doc: Doc, start: int) -> bool:
    """True when a name at `start` follows what its sentence says another project is made of or builds."""
    sent = doc.sentence_at(start).start
    return bool(_CONTENTS_BEFORE_RE.search(doc.text, sent, start) or _THIS_PROJECT_BUILDS_RE.match(doc.text, sent, start))


def _numbered_paragraphs(text: str) -> list[tuple[str, int, int, Amount | None]]:
    """Projects each opening a numbered paragraph of its own (1.X基地。选址于…), with the sum that paragraph gives."""
    out = []
    for m in re.finditer(r"(?:^|\n)", text):
        head = NUMBERED_HEADING_RE.match(text, m.end())
        if head is None:
            continue
        name = head.group("name")
        if not _NUMBERED_HEAD_RE.search(name) or is_generic_stem(re.sub("项目$", "", name)) or VERBISH_RE.search(name) \
                or ENDS_WITH_PARK_RE.search(name) or is_generic_head(text, head.start("name"), head.end("name"), max_len=8):
            continue
        end = text.find("\n", head.end())
        end = len(text) if end < 0 else end
        sum_at = _NUMBERED_SUM_RE.search(text, head.end(), end)
        out.append((name, head.start("name"), head.end("name"), _amount_at(text, sum_at.end()) if sum_at else None))
    return out


def _table_projects(text: str) -> list[tuple[str, int, int, Amount | None]]:
    """Rows of a '|' or tab separated table whose header has a 项目名称 and a 总投资(亿元) column."""
    out: list[tuple[str, int, int, Amount | None]] = []
    if "|" not in text and "\t" not in text and "｜" not in text:
        return out
    pos = 0
    header: tuple[int, int | None, str | None] | None = None  # (name column, investment column, unit)
    for line in text.split("\n"):
        lstart, pos = pos, pos + len(line) + 1
        cells, spans, k = [], [], 0
        for m in _TABLE_SEP_RE.finditer(line):
            cells.append(line[k:m.start()])
            spans.append(k)
            k = m.end()
        cells.append(line[k:])
        spans.append(k)
        if len(cells) < 3:
            header = None
            continue
        names = [i for i, c in enumerate(cells) if _TABLE_NAME_HEAD_RE.search(c.strip())]
        invest = [(i, _TABLE_INVEST_HEAD_RE.search(c)) for i, c in enumerate(cells) if _TABLE_INVEST_HEAD_RE.search(c)]
        if names and not re.search(r"\d", line.replace("(", "").split("|")[0] if False else "".join(cells[names[0]:names[0] + 1])):
            if any(re.fullmatch(r"\s*(?:项目名称|项目|名称)\s*", c) for c in cells):
                header = (names[0], invest[0][0] if invest else None, invest[0][1].group("unit") if invest else None)
                continue
        if header is None or header[0] >= len(cells):
            continue
        ni, ii, unit = header
        name = cells[ni].strip()
        ns = lstart + spans[ni] + (len(cells[ni]) - len(cells[ni].lstrip()))
        amount = None
        if ii is not None and ii < len(cells):
            num = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*", cells[ii])
            if num and unit:
                mult = Decimal(10) ** 8 if unit.startswith("亿") else Decimal(10) ** 4
                value = Decimal(num.group(1)) * mult
                value = value.quantize(Decimal(1)) if value == value.to_integral() else value.normalize()
                a0 = lstart + spans[ii] + num.start(1)
                amount = Amount(value=value, unit="usd" if "美元" in unit else "cny", qualifier="",
                                text=num.group(1) + unit, span=Span(a0, a0 + len(num.group(1))))
        if 4 <= len(name) <= 40 and not re.search(r"\d", name[:1]):  # a cell under 项目名称 is a name
            out.append((name, ns, ns + len(name), amount))
    return out


# A list of kinds of project: 一批A、B等项目, 各类…项目
_KINDS_LIST_RE = re.compile(r"(?:一批|一系列|各类|多个|若干)[^，,。；;]*$")
# Events whose entries the press calls 项目: a forum's, a contest's, a fair's.
_EVENT_STEM_RE = re.compile(r"论坛|大会|峰会|大赛|比赛|竞赛|博览会|展会|推介会|洽谈会|路演|杯[”\"]?")
# A place in front of a project's description: a known city or province, or a county, district or 片区.
_LEADING_AREA_RE = re.compile(r"^(?:%s)(?:省|市)?|^[\u4e00-\u9fff]{2,3}(?:片区|新区|县)" % CITY_RE.pattern)
# A stem that is only a place (兰州新区, 长河县): the place's projects, not one project
_ONLY_PLACE_RE = re.compile(r"^(?=.)(?:(?:%s)(?:省|市)?)?(?:[\u4e00-\u9fff]{0,3}(?:片区|新区|县)|[\u4e00-\u9fff]{2}[市区])?$" % CITY_RE.pattern)
# A capacity that opens a project's name: 20GWh储能电池项目, 年产10万吨…项目.
# 三宝新材料产业园: a park's own name may open with a numeral, when no classifier follows it (三个, 四大, 二期 are counts);
# so may a place's or a firm's the tagger reads there (九寨沟, 九江经开区, 三一重工)
_NUMERAL_NAMED_PARK_RE = re.compile(r"[一二两三四五六七八九十]{1,2}(?![个大项批类期家座条所种号次轮届区化])[\u4e00-\u9fff]{2,}(?:%s)$"
                                    % PARK_WORDS)
_CAPACITY_RE = re.compile(r"^(?:年产)?\d+(?:\.\d+)?(?:万|千|亿)?(?:吨|GWh|MWh|GW|MW|G瓦时|M瓦时|安时|瓦时|片|台|套|辆|颗|兆瓦|千瓦时|千瓦"
                          r"|立方米|平方米|英寸|纳米|锭|头|羽|件"
                          r"|双|张|只|支|瓶|米)")
# 四英寸蓝宝石衬底…项目, 三维打印…项目, 六氟磷酸锂项目: a numeral that is part of a word (a size, a dimension, a
# chemical's count of atoms), not a count of projects
_NUMERAL_WORD_RE = re.compile(r"[一二两三四五六七八九十]{1,3}(?:英寸|寸|维|元(?:材料|锂|前驱)|氟|氯|氧化|甲基|乙基|硝基)[\u4e00-\u9fffA-Za-z]{3,}")
# '…X项目今年5月开工，总投资48亿元' / '…建设X项目，预计总投资人民币15亿元': a clause that opens with the total.
# (X项目是…的重点项目,预计投资280.79亿元: the bare 投资 after a word of plan is the project's sum too)
_CLAUSE_TOTAL_RE = re.compile(r"[，,](?:项目)?(?:(?:预计|计划|拟)?(?:总投资(?:额)?|投资总额|投资金额|(?:合同|签约)金?额)|(?:预计|计划|拟)投资(?:额)?"
                              r"|(?P<bare>投资))(?:达|为)?(?=(?(bare)[约\d]|.))")
# X项目占地面积109亩,总建筑面积20万平方米,投资约3.5亿元: only the project's measures between its name and a bare 投资
_MEASURES_ONLY_RE = re.compile(r"(?:[，,]?(?:总)?(?:占地|用地|规划|建筑|厂房)[^，,。；;]{0,20})+")
_COUNTED_PROJECTS_RE = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)(?:个|大|宗)[\u4e00-\u9fff“”]{0,8}项目|等[\u4e00-\u9fff\d]{0,6}项目"
                                  r"|项目(?:共|有|达|合计)?(?:\d+|[一二两三四五六七八九十]+)[项个宗]")  # (重大项目有58项)


# X项目是本次集中开工的10个重点项目之一，总投资120亿元 / X项目在22个项目中投资最大，计划总投资100亿元: the project
# the clause opens with is one of the counted ones, and the sum after it is its own
_ONE_OF_COUNTED_RE = re.compile(r"(?:是|为|系|作为|属于)[^，,。；;]*项目之一$|在[^，,。；;]{0,20}项目中[^，,。；;]{0,8}$")
# 该项目是…: a sentence about the project the sentence before named
_THIS_PROJECT_OPENS_RE = re.compile(r"\s*(?:该|此|这一|这个)项目")
# '在签约的12个项目中，X项目…': X is one of the counted projects, named on its own
_AMONG_RE = re.compile(r"^\s*(?:在[^，,。]{0,20}中|其中)[，,]?")


def _clause_totals(doc: Doc, out: dict[str, ProjectMention]) -> None:
    """A total investment in the clause right after the only project named in the sentence."""
    text = doc.text
    for m in _CLAUSE_TOTAL_RE.finditer(text):
        a = _amount_at(text, m.end())
        if a is None or text[a.span.end:a.span.end + 1] == "的":
            continue  # 总投资195亿元的16个项目: the total belongs to what follows
        sent = doc.sentence_at(m.start())
        head = text[sent.start:m.start()]
        if "其中" in head:  # 另有14个项目自行开工，其中，X是重点项目，总投资约20亿元: X's own total
            head = head[head.rfind("其中"):]
        head = _AMONG_RE.sub("", head)
        named = {key for key, pm in out.items() if pm.name in head}
        if not named and _THIS_PROJECT_OPENS_RE.match(head) and not _COUNTED_PROJECTS_RE.search(head):
            # X项目由Y投资建设。该项目是…的重要组成部分，占地190亩，总投资21亿元: the one project the sentence before
            # names, in the same paragraph
            k = doc.sentence_index(sent.start)
            if k > 0 and "\n" not in text[doc.sentences[k - 1].end:sent.start]:
                before = text[doc.sentences[k - 1].start:doc.sentences[k - 1].end]
                if not _COUNTED_PROJECTS_RE.search(before):
                    named = {key for key, pm in out.items() if pm.name in before}
        if len(named) != 1:
            continue
        pm = out[named.pop()]
        if m.group("bare"):  # (a bare 投资 is the project's sum only right after its name and its measures)
            lead = head[_CLAUSE_LEAD_RE.match(head).end():]
            opening = next((f for f in [pm.name, *pm.aliases] if lead.startswith(f)), None)
            if opening is None or not _MEASURES_ONLY_RE.fullmatch(lead[len(opening):]):
                continue
        if _COUNTED_PROJECTS_RE.search(head) and not _ONE_OF_COUNTED_RE.match(head.lstrip(), len(pm.name)
                                                                                 if head.lstrip().startswith(pm.name) else 10**6):
            continue  # 12个项目…，总投资86亿元: the projects' sum, a park figure
        if pm.investment is None:
            pm.investment, pm.investment_sentence = a, sent


# The verbs that spend a sum on what follows: 投资10亿元用于X项目, 拟10亿元投资X项目
_SPEND_VERBS = "用于|投建|建设|新建|兴建|打造"
# (亿达集团投资30亿元在郑州高新区建设X项目: where, between the sum and the verb; 将投资10.82亿元,打造X项目: a comma;
# not 今年计划新增投资200亿元,建设X: a year's spending)
_SPENT_BEFORE_RE = re.compile(r"(?<!新增)(?<!年度)(?:总)?投资(?:额)?(?:达|为)?(" + AMOUNT_RE.pattern + r")(?:[，,]?在[^，,。；;、]{2,16}?)?"
                              + f"[，,]?(?:{_SPEND_VERBS})$")


_ZONE_AFTER_DE_RE = re.compile(r"的([^，,。；;、的：:]{2,16})$")


def _investment_written_against(text: str, start: int, end: int) -> tuple[Amount, str | None] | None:
    """总投资2亿元的X项目 / X项目（一期）总投资2亿元: the amount written against the name, with its phase if any."""
    before = text[max(0, start - 40):start]
    spent = _SPENT_BEFORE_RE.search(before)
    if spent and text[end:end + 1] not in ("和", "及", "与"):  # 拟分两期投资10亿元用于X项目 (not 投资28亿元,新建A项目和B
        # 项目: the sum of both)
        a = _amount_at(text, max(0, start - 40) + spent.start(1))
        if a is not None:
            return a, None
    zone = _ZONE_AFTER_DE_RE.search(before)
    if zone and ENDS_WITH_PARK_RE.search(zone.group(1)):
        before = before[:zone.start() + 1]  # 总投资6.8亿元的运城经济技术开发区X基地项目: the sum, then the zone the project is in
    if before.endswith("的") and _PARK_PHASE_END_RE.search(text, start, end) and _PHASE_STAGE_AFTER_RE.match(text, end):
        return None  # 总投资超100亿元的X产业园一期开工: the sum describes the park, not the phase that starts
    if before.endswith("的") or (before.endswith(("、", "可")) and text.startswith("年产", start)):
        # (总投资4.36亿元、年产16万吨的EPS项目, 总投资10亿元可年产100万吨焊接钢管项目: a sum, then the capacity the name opens with)
        mm = _INVEST_TAIL_RE.search(before[:-1])
        if mm and _COUNTED_LIST_GOES_ON_RE.match(text, end):
            mm = None  # 计划总投资达157.5亿元的A项目、B项目、C项目等3大…项目: the sum of the list the name opens, not its own
        if mm:
            a = _amount_at(text, max(0, start - 40) + mm.start(1))
            if a is not None:
                return a, None
    mm = _BARE_SUM_BEFORE_RE.search(before)
    if mm:  # 旅游商贸类的另外2个项目是:3.2亿元的X项目、3亿元的Y项目: a list's items, each after its sum
        a = _amount_at(text, max(0, start - 40) + mm.start(1))
        if a is not None:
            return a, None
    mm = _HEADLINE_SUM_BEFORE_RE.search(before)
    if mm and (mm.start() > 0 or start <= 40):
        # 总投资22亿元 绵阳经开区X产业园项目建设跑出“加速度”: a line that opens with a sum, then the zone and the project
        a = _amount_at(text, max(0, start - 40) + mm.start(1))
        if a is not None:
            return a, None
    mm = _SUM_RIGHT_BEFORE_RE.search(before)
    if mm:  # 总投资150亿元X项目: the sum the name follows without 的
        a = _amount_at(text, max(0, start - 40) + mm.start(1))
        if a is not None:
            return a, None
    mm = _INVEST_AFTER.match(text, end)
    if mm and "投资" in mm.group():
        a = _amount_at(text, mm.end())
        if a is not None:
            return a, mm.group("phase")
    mm = _THIS_PROJECT_SUM_AFTER_RE.match(text, end)
    if mm:  # 投资建设印制电路板(PCB)项目签订了书面协议，该项目总投资33亿元: the sum of the project just named
        a = _amount_at(text, mm.end())
        if a is not None:
            return a, None
    mm = _FIRM_SUM_NEXT_CLAUSE_RE.match(text, end)
    if mm and _CLAUSE_OPENS_BEFORE_RE.search(text, max(0, start - 4), start):
        # 其中,X产业园项目,由深圳市Y科技有限公司投资30亿元: the one project its clause opens with, the sum a firm puts in
        a = _amount_at(text, mm.end())
        if a is not None:
            return a, None
    mm = _INVEST_NEXT_CLAUSE_RE.match(text, end)
    if mm and (_CLAUSE_OPENS_BEFORE_RE.search(text, max(0, start - 4), start)
               or (text[start - 1:start] in ("的", "是") and text[start:start + 1] in ("“", "\"", "「"))
               or _FIRM_INVESTS_BEFORE_RE.search(text, max(0, start - 12), start)):
        # (…签订的“X”项目，拟投资200亿元: the quoted project the clause ends with, described before it; not a
        # kind of project the sentence calls it, 是…的延链补链项目，总投资30亿元)
        # …;以岭万洲国际医药产业项目,总投资13.2亿元: the one project its clause opens with, its sum in the next
        # (江苏X矿业有限公司等投资的船用不锈钢项目,总投资12.5亿元: what a firm by its legal name invests in, its sum next)
        a = _amount_at(text, mm.end())
        if a is not None:
            return a, None
    return None


_COUNTED_LIST_GOES_ON_RE = re.compile(r"(?:(?![\d.]+(?:亿|万))[^，,。；;]){0,40}?、(?:(?![\d.]+(?:亿|万))[^，,。；;]){2,80}?"
                                      r"等(?:\d+|[一二两三四五六七八九十]+)(?:个|大|项)")
# (not 投资6亿元的A、投资5亿元的B…等3个项目: each item after its own sum)
# a bare sum and 的 right before a name, after a list mark, a colon or a copula (是60亿元的X项目, 、3亿元的Y项目)
_BARE_SUM_BEFORE_RE = re.compile(r"(?:^|[、：:，,；;是])((?:约|近)?\d[\d.,]*(?:亿|万)元)的$")
_FIRM_SUM_NEXT_CLAUSE_RE = re.compile(r"[，,]由[^，,。；;]{2,30}?(?:公司|集团)(?:总)?投资(?:额)?(?:约|达)?(?=\d)")
_INVEST_NEXT_CLAUSE_RE = re.compile(r"[，,](?:总投资|投资总额|计划投资|计划总投资|拟总投资|拟投资)(?:额)?(?:达|为|约)?(?=[\d约]|不低于|不少于|超过?)")
_THIS_PROJECT_SUM_AFTER_RE = re.compile(r"[^，,。；;]{0,12}[，,。](?:该|此)项目(?:总投资|投资总额|(?:计划|拟)总?投资)(?:额)?(?:达|为|约)?(?=[\d约])")
# (…“X”项目。该项目拟投资26亿元: the sentence after the name opens with the project's sum)
# X项目由Y公司投资建设,总投资约1亿元: a firm builds what the name describes, and its sum follows; one project's name
_BUILT_BY_AFTER_RE = re.compile(r"由[^，,。；;]{2,30}?(?:投资|出资)?(?:建设|兴建|承建|投建)[，,]\s*(?:项目)?(?:总投资|投资总额|计划总?投资)")
_CLAUSE_OPENS_BEFORE_RE = re.compile(r"(?:^|[；;。：:\n]|其中[，,]?)$")


# A list closed by 等一批…项目 and its verb: 三峡全通涂镀板一期、兴发草甘膦等一批重点项目建成投产
# (A、B、C等8个总投资127亿元项目开工建设: the count, then the sum of them all)
_LIST_CLAUSE_END_RE = re.compile(r"等(?:一批|\d+个|[一二两三四五六七八九十]+个)?(?:总?投资[\d.]+[万亿]?元(?:以上)?的?)?[\u4e00-\u9fff]{0,6}项目")


def _opens_with_a_name(text: str, start: int, end: int) -> bool:
    """True when the tagger reads the words from start as one name (an organisation or a brand) longer than
    a character."""
    return any(t.start == start and t.end - t.start >= 3 and t.end <= end and t.tag in ("ORG", "nz")
               for t in tokens_around(text, start))


_NEGATED_STAGE_RE = re.compile(r"(?:暂未|尚未|还未|并未|仍未|未能|未|没有)(?:正式)?(?:开工|动工|建设|投产|竣工|建成|投用|签约)"
                               r"|(?<=在谈项目)推进(?:签约|落地)|(?:推进|争取|促进|促成)(?:尽快|早日)?(?:签约|落地)")
# (在谈项目推进签约, 争取项目早日签约落地: a signing worked towards, not made)
_INTEGRATES_RE = re.compile(r"集[^，,。；;]{2,60}?[为于]一体")
_MIXED_STAGES_RE = re.compile(r"(?:在建|新建|续建|已建)(?:和|及|与|、|或)(?:规划|拟建|待建|谋划|储备|计划|拟开工|新开工)")


def _blank(m: re.Match) -> str:
    return " " * len(m.group())


def _status(doc: Doc, start: int, end: int) -> str | None:
    """The status a project's clause run gives it: from the clause before the name to the next ；/。. A start the
    run dates a year or more back (去年11月8日开工) says the project is being built now."""
    ceremony = _OWN_CEREMONY_RE.match(doc.text, end)
    if ceremony and (own := status_of(ceremony.group("stage"))) is not None:
        return own  # 参加A项目投产仪式和B项目开工仪式: each project's own ceremony, right after its name
    status = _stage_words(doc, start, end)
    if status == "开工":
        run = doc.clause(start, end, marks=RUN_MARKS)
        if _STARTED_YEARS_AGO_RE.search(doc.text, run.start, run.end):
            return "在建"
    return status


_OWN_CEREMONY_RE = re.compile(r"(?:的)?(?P<stage>[\u4e00-\u9fff]{2,6}?)(?:仪式|典礼)")
# 落户X工业园的: a modifier that says where the projects are settled, no event of theirs
_SETTLED_MODIFIER_RE = re.compile(r"(?:落户|入驻|落地)(?:于|在|到)?[^，,。；;的]{2,24}的")
# …落户铁西,已全面开工建设 / ,目前已竣工投产: a clause with no subject of its own that says what the project has done
_ALREADY_NEXT_CLAUSE_RE = re.compile(r"[，,](?:并|且|目前|现|当前)?(?:已经|已)[^，,。；;]{0,12}")
_STARTED_YEARS_AGO_RE = re.compile(r"(?:去年|前年)[^，,；;。]{0,8}(?:开工|动工|开建)")


def _stage_words(doc: Doc, start: int, end: int) -> str | None:
    text = doc.text
    sent = doc.sentence_at(start)
    if text[sent.start:sent.end].rstrip().endswith(("?", "？")):
        return None  # …进展如何,开工了吗?: a question says nothing of how the project stands
    run_span, own_span = doc.clause(start, end, marks=RUN_MARKS), doc.clause(start, end)
    # (a stage denied is no stage: 项目…暂未动工, 尚未投产)
    run = _NEGATED_STAGE_RE.sub(_blank, _names_masked(text, run_span.start, run_span.end, start, end))
    # a signing in the project's own clause is its event, whatever other clauses describe
    # (…A项目、B项目等正式签约，占已建成厂房的60%: 签约, not 竣工)
    own_said = _NEGATED_STAGE_RE.sub(_blank, _names_masked(text, own_span.start, own_span.end, start, end))
    # (在建和规划的重点项目有A、B…: stages of different projects, together; no one project's)
    run, own_said = _MIXED_STAGES_RE.sub(_blank, run), _MIXED_STAGES_RE.sub(_blank, own_said)
    # (集…生产制造、应用培训、应用运营、应用研发为一体的产业基地: what a facility will combine, no stage)
    run, own_said = _INTEGRATES_RE.sub(_blank, run), _INTEGRATES_RE.sub(_blank, own_said)
    own = _FUTURE_RE.sub("", own_said)
    own = _SETTLED_MODIFIER_RE.sub("", own)  # (落户X工业园的A、B三个项目…也进行了集中开工: where they are, not their event)
    if re.search(_SIGNED, own) and not any(re.search(p, own) for st, p in STATUS_WORDS if st not in ("签约", "planned")):
        after = _ALREADY_NEXT_CLAUSE_RE.match(text, own_span.end)
        if after and after.end() <= run_span.end and status_of(after.group()) not in (None, "签约", "planned"):
            return status_of(after.group())  # X项目落户铁西，已全面开工建设: the next clause, the project's, says it started
        return "签约"
    # A项目预计4月进水调试、B项目基础施工启动: in a row of projects each with its own words, the words right after
    # the name, up to the next 、, say how it stands
    lo_sep, hi_sep = text.rfind("、", own_span.start, start), text.find("、", end, own_span.end)
    tail = text[end:hi_sep] if hi_sep >= 0 else (text[end:own_span.end] if lo_sep >= 0 else "")
    others = text[hi_sep:own_span.end] if hi_sep >= 0 else text[own_span.start:max(lo_sep, own_span.start)]
    if len(tail) >= 2 and not tail.startswith("等") and _PROJECT_HEAD_IN_RE.search(others):
        # (not 京东方…工厂建成模组产线53条、通过认证47条，产能加快释放: one project's own predicates)
        present = _FUTURE_RE.sub("", _NEGATED_STAGE_RE.sub(_blank, tail))
        if (status := status_of(present)) is not None:
            return status
        if _forecasts_completion(tail):
            return "在建"
    aimed = _AIM_RE.search(text, run_span.start, max(run_span.start, own_span.start))
    if not aimed and (_COUNTED_LIST_END_RE.search(own) or _LIST_CLAUSE_END_RE.search(own) or _OWN_STAGE_AFTER_RE.match(
            own, end - own_span.start if own_span.start <= end else 0)):
        # (争取新开工A等项目70个,加快建设B等项目11个,竣工投运C等项目33个: a target runs on over every clause after it)
        # A、B和C3个项目同时开工，年底…投产 / A、B等一批重点项目建成投产，C、D等…正在加紧建设: the list's own clause says
        # (A生产线、B生产线建设已建成投产，C…正在加紧建设: so does a clause that gives the stage right after the name)
        if (status := status_of(own)) is not None:
            return status
        if _forecasts_completion(own_said):
            return "在建"  # …已投产,C、D等项目即将投产: the list's own clause forecasts completion; the clause before is others'
        if _plans(own_said):
            # A等3个项目投入运行,B等项目即将开工建设: the list's own clause plans a start; the clause before is others'
            # (举行项目签约仪式,A和B两个项目将落户: the signing is theirs)
            run_status = status_of(_FUTURE_RE.sub("", run))
            return run_status if run_status == "签约" else "planned"
    if (status := status_of(_FUTURE_RE.sub("", run))) is not None:
        return status
    if _POINTS_BACK_RE.match(text, sent.start) and sent.start > 0:
        # 这是…的核心项目——X，建成后…: the sentence before says how X stands
        prev = text[text.rfind("。", 0, sent.start - 1) + 1:sent.start]
        prev = _SIGNIFICANCE_RE.sub("", prev)  # (…，对实验区打造产业集聚…具有重要意义: what they are good for)
        if (status := status_of(_FUTURE_RE.sub("", prev))) is not None:
            return status
    if _forecasts_completion(run):
        return "在建"  # 预计于今年9月建成, 计划年内投产: it is being built now
    # a plan (预计, 将, 拟 …) says it is not under way yet; a projection alone (达产后可实现…) says nothing
    return "planned" if _plans(run) else None


def _plans(words: str) -> bool:
    """True when the words plan (预计, 将, 拟 …), not only project what a project will yield (达产后可实现…)."""
    return any(not _PROJECTION_RE.match(m.group()) and not _YIELD_FORECAST_RE.match(m.group())
               for m in _FUTURE_RE.finditer(words))


# a clause that says what something is good for (对实验区打造产业集聚…具有重要意义): no stage of the projects
_SIGNIFICANCE_RE = re.compile(r"[^，,；;。]*(?:具有|有着)[^，,；;。]{0,12}(?:意义|作用)[^，,；;。]*")
# 预计实现年产值约100亿元, 预计年税收…: what the project is to yield, a projection, no plan of its own
_YIELD_FORECAST_RE = re.compile(r"(?:预计|将)(?:可)?(?:实现|新增|贡献|达到)?(?:年|年均)?(?:总)?(?:产值|销售|营业|营收|收入|税收|纳税|利税)"
                                r"|将(?:起到|发挥|产生)[^，,；;。]{0,12}?(?:作用|效应|影响)")
# (…对实验区加快实现以产兴城将起到重大的推动作用: what the projects will do for the place, no plan of their own)


# the stage written right after a project's name, in its own clause: X生产线建设已建成投产, X已投产
_OWN_STAGE_AFTER_RE = re.compile(r"(?:[、和及与][^，,、。；;]{2,30}?)*(?:(?:建设)?(?:已|已经|均已|全部|顺利|如期|正式)?(?:建成)?(?:投产|竣工|开工|动工|投用|交付)"
                                 r"|正?(?:稳步|加快|加速|有序|全力|快速|正在)(?:推进|建设|施工))")
# (X项目稳步推进，Y项目正式投产: each project's own predicate, right after its name, before the run's next clause)
# (A项目顺利投产，B项目如期交付，C…: each project's own predicate, right after its name; so is that of two joined:
# …已建成投入使用,A项目和B项目正加快推进)
# the items of a list of projects: A项目、B…运营及结算中心项目等
_LISTED_NAME_RE = re.compile(r"(?:(?!项目|\d+个|[一二两三四五六七八九十]+个)[^，,、；;。]){3,38}项目(?=[、等])")


def _names_masked(text: str, lo: int, hi: int, start: int, end: int) -> str:
    """text[lo:hi] with the project's own name and the names listed beside it blanked: a name is no clause about
    a stage (…供应链运营及结算中心项目 is not in operation)."""
    out = text[lo:start] + " " * (end - start) + text[end:hi] if lo <= start and end <= hi else text[lo:hi]

    def blank(m: re.Match) -> str:
        # (共签订A项目、B项目等8个项目: the verb before the first is the list's, also after the clause's subject:
        # X新区这次还集中开工了A项目、B项目…)
        lead = _LEAD_STAGE_RE.match(m.group()) or _CLAUSE_STAGE_RE.match(m.group())
        return (m.group()[:lead.end()] if lead else "") + " " * (len(m.group()) - (lead.end() if lead else 0))
    return _LISTED_NAME_RE.sub(blank, out)


_CLAUSE_STAGE_RE = re.compile(r"[^，,、；;。]{0,12}?(?:还|又|也|共|已|集中|正式|成功|现场)+(?:签订|签约|签署|开工|动工|引进|落户|投产|竣工)(?:了)?")
_LEAD_STAGE_RE = re.compile(r"(?:共|已|正式|成功|集中|现场)?(?:签订|签约|签署|开工|动工|引进|落户|投产|竣工)(?:了)?")


# A forecast of completion (预计于今年9月建成, 计划年内投产) says the project is being built; a plan to
# start (拟投资建设…, 计划开工, 将于…开工) says it is not yet.
_COMPLETION_FORECAST_RE = re.compile(r"^(?:(?:预计|计划|力争|有望|将)[^，,；;。]{0,12}?|确保[^，,；;。]{0,60}?)"
                                     r"(?:建成|投产|竣工|完工|投用|投入使用|达产|运营|调试|试产|试车|试运行)(?!后)")
# (年底前确保A、B等7个项目建成投产: a deadline for completion, however long the list before it)
_PLANNED_START_RE = re.compile(r"拟|(?:计划|将|预计)[^，,；;。]{0,8}?(?:开工|动工|建设|投资|新建|签约)|规划|洽谈|筹建")


def _forecasts_completion(run: str) -> bool:
    return any(_COMPLETION_FORECAST_RE.match(m.group()) for m in _FUTURE_RE.finditer(run)) \
        and not _PLANNED_START_RE.search(run)


# 世界500强某集团…基地: a ranking in front of the firm's name
_RANKING_RE = re.compile(r"^(?:世界|全球|中国|国内)?(?:500|100|50)强(?:企业)?")


# a slogan of two to four characters in quotes, with at most a place before it and a kind after it (“腾笼换鸟”,
# 海口市“十二五”重大投资, “崇本”人才): what a programme is called
_SLOGAN_STEM_RE = re.compile(r"([\u4e00-\u9fff]{0,10}?)“([^”]{2,4})”([\u4e00-\u9fff]{0,6})")
_PLAN_VERB_OPENING_RE = re.compile(r"^(?:拟|计划|将)(?:投资建设|投建|投资|建设|新建|兴建)(?=[\u4e00-\u9fff]{4})")


# 福清市的X项目, 福州长乐区的X项目: the place a listed project is in, then its name
_PLACE_OF_RE = re.compile(r"^([\u4e00-\u9fff]{2,6}(?:市|县|区))的(?=[\u4e00-\u9fff]{4,})")


def _clean(name: str) -> str:
    name = _RANKING_RE.sub("", strip_quotes(name))
    name = _PLAN_VERB_OPENING_RE.sub("", name)  # X公司拟投建Y基地项目 in a headline: the plan's verb is no part of the name
    m = PROVINCE_PREFIX_RE.match(name)
    if m:
        name = name[m.end():]
    m = re.match(r"^[\u4e00-\u9fff]{2,3}市(?![民场政容貌])(?=[\u4e00-\u9fff]{4,})", name)
    if m and not name.startswith(("市", )) and m.group()[-2] not in "县区镇乡":  # (上蔡县市民公园项目: 市民 is a word)
        name = name[m.end():]
    m = _PLACE_OF_RE.match(name)
    if m and not ENDS_WITH_PARK_RE.search(m.group(1)):
        name = name[m.end():]  # 福清市的元洪海鲜世界文化旅游项目, 福州长乐区的X项目: the place it is in, then the name
    elif name.startswith("的") and len(name) >= 6:
        name = name[1:]
    return name


def _amount_at(text: str, pos: int) -> Amount | None:
    while text[pos:pos + 1] == " ":
        pos += 1  # 总投资 5 亿元: copy that spaces its figures
    m = AMOUNT_RE.match(text, pos)
    if not m or not m.group("num"):
        return None
    a = _build(m, text)
    return a if a is not None and a.unit in ("cny", "usd", "eur", "hkd", "jpy", "twd") else None


Candidate = tuple[str, int, int, str]  # name, start, end, the rule that found it (confidence.RULES)


def _counted_elsewhere(text: str, name: str) -> bool:
    """True when the text writes the name right after a count somewhere (11个重大传统产业改造提升项目): a class of
    projects, wherever else it is written without its count."""
    return len(name) >= 6 and any(preceded_by_count(text, m.start()) for m in re.finditer(re.escape(name), text))


def _named_as_one(text: str, start: int, end: int) -> bool:
    """True when a name that only describes is one project's all the same: a deal's title names it, or a firm is said
    to build it and its sum follows (X项目由Y公司投资建设,总投资约1亿元), or it is sited in a place and its own
    size and sum follow (选址于P的数控高速机床制造项目,规划用地面积800亩,总投资20亿元)."""
    return _named_by_deal_title(text, start, end) or _BUILT_BY_AFTER_RE.match(text, end) is not None \
        or (end - start >= 8 and _CHOSEN_SITE_BEFORE_RE.search(text, max(0, start - 24), start) is not None
            and _OWN_SUM_AFTER_RE.match(text, end) is not None)


_SITED_IN_THIS_ZONE_RE = re.compile(r"(?:选址|位于|落户|坐落)(?:于|在)?(?:该区|该园区|该开发区|本区)内?的$")
_CHOSEN_SITE_BEFORE_RE = re.compile(r"(?:选址|位于|落户|坐落)(?:于|在)?[^，,。；;的]{2,20}的$")
_OWN_SUM_AFTER_RE = re.compile(r"[，,][^。；;]{0,30}?(?:总投资|投资总额|计划总?投资)(?:额)?(?:达|为|约)?(?=[\d约])")


def _named_by_deal_title(text: str, start: int, end: int) -> bool:
    """签署《新能源汽车配件智能生产基地项目投资合同》: a deal's title names the one project it is about, however
    generic its words."""
    return end - start >= 8 and text[start - 1:start] == "《" and text.endswith("项目", start, end) \
        and _DEAL_TITLE_END_RE.match(text, end) is not None


# …标准厂房建设项目: 建设 right before 项目 is the last word of the name, not a verb of the clause
_DEAL_TITLE_END_RE = re.compile(r"[^》，,。]{0,10}?(?:协议书?|合同|意向书|备忘录)》")
_NAME_WORD_END_RE = re.compile(r"(?<=[\u4e00-\u9fff]{4})建设$|(?<=[\u4e00-\u9fff]{2})建设(?=经营$|运营$)|系列(?=产品$)")  # (标准厂房建设经营项目,
# 医用硅胶器械系列产品项目: words that would read as a clause inside a name written before 项目)


# A sum of money and the verb that spends it, inside the words before 项目: a clause, the name follows it
_CAPACITY_OF_RE = re.compile(r"(?:日|年)(?:处理|产|加工|生产)\d+(?:\.\d+)?(?:万|千)?(?:吨|台|套|件|辆)[\u4e00-\u9fff]{0,6}的$")
_MONEY_BEFORE_RE = re.compile(MONEY_RE.pattern + "$")
# X基金揭牌暨首期投资项目签约仪式: an event before 暨, not a project's other name
_EVENT_WORD_RE = re.compile(r"揭牌|仪式|签约|开工|奠基|开园|周年|庆典|典礼|大会")
# 总投资150亿元X项目: the investment word, then the sum a name follows without 的
_INVEST_WORD = r"(?:总投资|投资总额|计划投资)(?:额)?"
_HEADLINE_SUM_BEFORE_RE = re.compile(r"(?:^|\n)" + _INVEST_WORD + r"(?:达|为|约|超)?(" + AMOUNT_RE.pattern
                                     + r")[ 　!！]+[\u4e00-\u9fff]{2,12}?(?:%s)$" % PARK_WORDS)
_SUM_RIGHT_BEFORE_RE = re.compile(_INVEST_WORD + r"(?:达|为)? ?(" + AMOUNT_RE.pattern + r") ?$")
_INVEST_WORD_END_RE = re.compile(_INVEST_WORD + r"(?:约|达|为)? ?$")
_SPENT_ON_RE = re.compile(r"\d+(?:\.\d+)?(?:万|亿)?元(?:人民币)?" + f"(?:投资|打造|{_SPEND_VERBS})")


def _generic_parts(text: str, start: int, end: int) -> bool:
    """True when text[start:end] joins kinds of project with 和/及 (实施智能医疗系统和智能安防监控项目等…工程): each
    part only describes a project."""
    joins = list(re.finditer(r"和|及", text[start:end]))
    if not joins:
        return False
    cuts = [start] + [start + j for m in joins for j in (m.start(), m.end())] + [end]
    parts = list(zip(cuts[::2], cuts[1::2]))
    return all(b - a >= 2 and is_generic_head(text, a, b, max_len=6) for a, b in parts)


# 项目建设, 项目推进: the works of projects in general, after 和/与/及 joining another activity
_ACTIVITY_AFTER_RE = re.compile(r"建设|推进|服务|管理|落地|招引|谋划")


# (A有限公司新厂房投用、B有限公司乔迁、C项目封顶: a row whose other items are firms and their plants, each with its stage)
_PROJECT_HEAD_IN_RE = re.compile(r"项目|工程|生产线|基地|工厂|厂房|有限公司")
_PROJECT_THEN_CLAUSE_RE = re.compile(r"项目(?![一二三四五六七八九十首]期$)[\u4e00-\u9fff\d]{2,}")
_BEFORE_BARE_ZONE_RE = re.compile(r"(?:[\u4e00-\u9fff]{0,3}项目)?(?:有|是)?")


# a firm's legal name and 的, then a name with no mark, clause or other project inside (X有限公司的4W型发动机项目)
_FIRM_OWNS_BEFORE_RE = re.compile(r"(?:有限(?:责任)?公司|集团)的(?=(?:(?!公司|集团|项目)[^，,。；;：:的等“”()（）])+$)")
# X公司等投资的, 共同出资建设的: who invests in what the name after it says
_INVESTS_IN_IT = r"等?(?:共同|联合)?(?:投资|投建|出资)(?:建设|兴建)?的"
_FIRM_INVESTS_BEFORE_RE = re.compile(r"(?:有限(?:责任)?公司|集团)" + _INVESTS_IN_IT + "$")


# 中钢集团打造的化工新材料产业基地项目: a firm, then what it builds
_BUILDER_BEFORE_RE = re.compile(r"(?<=[，,。；;：:\n])(?:其中)?(?P<firm>[^，,。；;：:、的]{2,24}?)(?:投资)?(?:打造|兴建|投建|新建)的$")


def _invested_by_firm(text: str, start: int) -> bool:
    """True when a firm the tagger knows (or one written with 集团 or 公司) invests the sum written right before the name
    (天元集团投资20亿元的绿色产业园项目) or builds what the name says (中钢集团打造的化工新材料产业基地项目): then even a
    name that only describes is one project's."""
    lo = max(0, start - 30)
    m = _INVESTOR_BEFORE_RE.search(text, lo, start) or _BUILDER_BEFORE_RE.search(text, lo, start)
    return m is not None and (m.group("firm").endswith(("集团", "公司")) or any(
        t.tag == "ORG" and m.start("firm") <= t.start and t.end <= m.end("firm")
        for t in tokens_around(text, m.start("firm"))))


# a capacity written bare after another a 年产 opens (…、年产6000吨X、4000吨Y项目): the one project's second product
_CAPACITY_GOES_ON_RE = re.compile(r"\d[\d.]*万?(?:吨|台|套|件|只|片|辆|平方米|立方米|千瓦|兆瓦|GWh|MW)")
_CAPACITY_BEFORE_RE = re.compile(r"(?:^|[、，,：:]|(?<=公司|集团))(年产[\d一二两三四五六七八九十百千万][^、，,。；;：:]{1,27})、$")
# what a capacity's product list goes on with: a product, short, of no firm, with no capacity of its own
# (not 年产10万吨X生产线、Y公司Z项目: a line, then a firm's project)
_FACILITY_ITEM_END_RE = re.compile(r"(?:生产线|基地|工厂|厂|园|园区|中心|项目|工程)$")


def _product_goes_on(text: str, first: str, start: int, end: int) -> bool:
    item = text[start:end]
    return 2 <= len(item) <= 14 and not _FACILITY_ITEM_END_RE.search(first) and not item.startswith("年产") \
        and not re.search(r"公司|集团|有限|\d", item) and "、" not in item
# the last item of a list that is one project's name: …、制剂及其它化工项目
_AND_OTHERS_RE = re.compile(r"[\u4e00-\u9fff]{1,10}及其[它他]")


# 高新区标准厂房建设项目(一期): a phase of the works, one project (not 园区基础设施建设项目 in general)
_PHASE_AFTER_RE = re.compile(r"[(（]?[一二三四五六七八九十]期")
# 基础设施建设项目、X产业园建设项目…同时动工: a kind of works, listed with named projects
_WORKS_KIND_RE = re.compile(r"^(?:基础设施|市政|公共服务|民生|配套)(?:配套)?(?:设施)?(?:建设)?(?:工程)?项目$")


def _brand_joined_start(text: str, start: int) -> int:
    """Where a name starts that a brand's words and 及 open at a clause's start (拓仕达智慧城市及安全智能建设项目、…等8个
    项目: one project), else `start`."""
    if text[start - 1:start] != "及":
        return start
    k = name_start(text, start - 1, max_len=24)
    first = text[k:start - 1]
    if len(first) >= 4 and (k == 0 or text[k - 1] in "。，,：:；;\n") and not is_generic_stem(first) \
            and not VERBISH_RE.search(first) and not _FIRM_FORM_RE.search(first) and "公司" not in first \
            and not first.endswith(("项目", "工程")) and _opens_with_proper_name(text, k, start - 1, tags=("ORG", "nz", "PER", "LOC")):
        return k
    return start


def _by_project_word(doc: Doc) -> list[Candidate]:
    """'…项目' with its left boundary (project_word), and the items of an enumeration that share
    the one 项目: 'A、B、C项目' (project_shared_word)."""
    text = doc.text
    out: list[Candidate] = []
    for m in _PROJECT_WORD_RE.finditer(text):
        start = name_start(text, m.start(), max_len=48)
        first = name_start(text, start - 1, max_len=24) if text[start - 1:start] == "暨" else start
        if start - 1 - first >= 4 and "项目" not in text[first:start - 1] and "集中" not in text[first:start - 1] \
                and not VERBISH_RE.search(text, first, start - 1) and not _EVENT_WORD_RE.search(text, first, start - 1):
            start = first  # X产业园暨Y综合体项目: one project under two names (not 重大项目集中开(复)工暨Y项目: an event)
        if text[start - 1:start].isdigit() and not text[start:start + 1].isdigit():
            k = start
            while k > 0 and (text[k - 1].isdigit() or text[k - 1] == "."):
                k -= 1
            if _CAPACITY_GOES_ON_RE.match(text, k):
                start = k  # (…、2000吨硅橡胶及5000吨涂料助剂项目: a name never starts inside a capacity)
        goes_on = _CAPACITY_BEFORE_RE.search(text, max(0, start - 32), start)
        if goes_on and not goes_on.group(1).endswith(("项目", "工程")) and (
                _CAPACITY_GOES_ON_RE.match(text, start) or _product_goes_on(text, goes_on.group(1), start, m.start())):
            # 年产6000吨高档环保软包装、4000吨食品类新型复合袋项目, 年产1200万重量箱超白光伏、超薄电子玻璃项目: the capacity
            # goes on, one project (with the firm that makes it: X有限公司年产3000吨硅油、2000吨硅橡胶…项目)
            start = goes_on.start(1)
            firm = name_start(text, start, max_len=30, org=True)
            if start - firm >= 4 and (LIMITED_END_RE.search(text, firm, start) or text[firm:start].endswith("集团")):
                start = firm
        if text[start - 1:start] in ("及", "和") and (is_generic_stem(text[start:m.start()])
                                                   or is_generic_head(text, start, m.start(), max_len=6)
                                                   or (HOUSED_FACILITY_RE.fullmatch(text, start, m.start())
                                                       and leading_place(text[start:m.start()])[0] is None)):
            # (格林免疫产业基地及中央研究院项目: a base and the institute it houses, one project)
            k = name_start(text, start - 1, max_len=24)
            if start - 1 - k >= 4 and not is_generic_stem(text[k:start - 1]) and _FACILITY_HEAD_END_RE.search(text, k, start - 1):
                start = k  # 福建谷风古典家具物流园及生产基地项目: what a bare second part joins is in the name
        elif m.start() - start >= 4:
            start = _brand_joined_start(text, start)
        if text[start:start + 3] == "限公司" and m.start() - start - 3 >= 4:
            start += 3  # 中交路桥建设有限公司宁德车里湾项目工区主任: a name never starts inside the firm's legal form
        if text[start:start + 2] in ("公司", "企业", "集团") and m.start() - start - 2 >= 4:
            start += 2  # 公司年产600万套…智能工厂项目: 'the firm's', the firm named before, then the project's name
            opens_with_verb = any(t.start == start and t.tag in ("v", "vd") and t.end - t.start >= 2
                                  for t in tokens_around(text, start))
            if VERBISH_RE.match(text, start) or (opens_with_verb and not text.startswith(("年产", "年加工", "年处理"), start)):
                continue  # 公司扩大生产规模和污水降解设备新项目: what the firm does, no name
        counted = _COUNTED_LIST_END_RE.search(text, start, m.end())
        if counted and counted.end() == m.end() and counted.start() > start:
            continue  # A、B…月塘生态新城五大百亿工程项目: the count of a list, its last item read by _counted_list
        capacity = _CAPACITY_OF_RE.search(text, max(0, start - 24), start)
        if capacity:
            start = capacity.start()  # 日处理1800吨番茄原料的大包装番茄酱生产线…项目: the capacity is part of the name
        spent = _SPENT_ON_RE.search(text, max(0, start - 14), m.start())
        if spent and spent.end() >= start:
            start = spent.end()  # 日上集团拟10亿元投资重工设备钢构项目: what the money is spent on
        elif (money := _MONEY_BEFORE_RE.search(text, max(0, start - 14), start)) \
                and not (_INVEST_WORD_END_RE.search(text, max(0, money.start() - 6), money.start())
                         and m.start() - start >= 4 and not is_generic_stem(text[start:m.start()])):
            continue  # 6亿美元LED项目: a project described by its sum, as a headline writes it, not named (总投资150亿元
            # X磷酸铁锂项目: the sum the project's investment is, then its name)
        if text[start:start + 1] == "年" and re.search(r"\d\s*$", text[max(0, start - 6):start]):
            start += 1  # 济宁市 2020 年“四个一批”项目: the year, spaced off its digits, is no part of a name
        owner = _FIRM_OWNS_BEFORE_RE.search(text, max(0, m.start() - 32), m.start())
        owned = owner is not None and m.start() - owner.end() >= 2
        if owned:
            start = owner.end()  # 山推机械有限公司的重装叉车、桩工机械项目: all a firm's 的 leads to is its project's name
        stem = text[start:m.start()]
        if ENDS_WITH_PARK_RE.search(stem) and re.match(r"集中(?:开工|签约|竣工|投产)|和重点项目推进", text[m.end():m.end() + 8]):
            continue  # 宣布X工业园区项目集中开工: the park's projects together, not one named after the park
        if text.startswith(("总量", "总数", "数量", "开工令", "开工指令"), m.end()):
            continue  # 项目数量、项目完成投资额均占高新区项目总量的50%以上: the projects counted, a statistic (书记X下达项目
            # 开工令: the order to start, no project)
        if re.search(r"项目(?:为|是|系)|项目(?:\d+|[两二三四五六七八九十])[个大]", stem):
            continue  # X项目为中科院“弘光专项”和…关键核心技术项目: what the project named first is, said of it, no second name
        if (stem.endswith(("以", "抓")) and text.startswith("建设", m.end())) \
                or (stem.endswith("以") and text.startswith("为", m.end())):
            continue  # X开发区以项目建设为中心: the works of projects in general, after a preposition or a verb (邵武以项目为
            # 引领: projects in general, what a place is led by)
        if re.fullmatch(r"[\u4e00-\u9fff]{2,6}地区", stem) or MACRO_REGION_RE.fullmatch(stem):
            continue  # 其中京津冀地区项目占51个, 引进的京津冀项目有500项左右: the projects from a region, counted, not one
        if re.search(r"(?:重大|重点)(?:建设)?$|业投资$|战略性新兴产业$", stem) and m.group().endswith("项目"):
            continue  # 成渝地区双城经济圈重大项目完成投资…: a class of projects a region or a list holds, not one
            # (高技术制造业投资项目: the investment of an industry, a class; so are X基地战略性新兴产业项目)
        if _CLASS_STEM_RE.search(stem) or (re.search(r"[和与及]", stem) and all(
                is_generic_stem(part) or _PROGRAMME_WORD_RE.fullmatch(part) for part in re.split(r"[和与及]", stem) if part)):
            continue  # 新能源和智能网联汽车领域项目, 罗城招商引资项目, 省十大技术攻关项目, 基础设施和产业发展项目: classes and
            # programmes of projects, not one
        if re.match(r"(?:更多|许多|诸多|一大批|大批|一?系列)", stem) or text[max(0, start - 3):start].endswith("一系列") \
                or re.search(r"(?:众多|诸多|许多|若干)$", stem):  # (不锈钢产业众多项目: many of a trade's projects)
            continue  # 吸引更多优质集成电路产业项目落地: more projects of a kind, not one
        if stem.endswith(("和", "与", "及")) and _ACTIVITY_AFTER_RE.match(text, m.end()):
            continue  # 为工业园区招商引资和项目建设创造环境: 项目 joined to an activity, the works in general
        slogan = _SLOGAN_STEM_RE.fullmatch(stem)
        if slogan and (not slogan.group(1) or CITY_RE.fullmatch(slogan.group(1).rstrip("市县区"))
                       or ENDS_WITH_PARK_RE.search(slogan.group(1))) \
                and (not slogan.group(3) or is_generic_stem(slogan.group(3))):
            continue  # “双十双百”项目, 瑞安“十大百亿”标志性项目: a programme named by a slogan, not one project (as is a
            # park's: 镇江新区“四个一”主导产业项目)
        short_ok = len(stem) == 2 and text[max(0, start - 3):start] in ("主会场", "分会场") \
            and _INVEST_NEXT_CLAUSE_RE.match(text, m.end()) is not None  # (主会场天倬项目,总投资20亿元: a brand)
        titled = _named_as_one(text, start, m.end()) or owned or short_ok
        if (len(stem) < 3 and not short_ok) or preceded_by_count(text, start) or text[start - 1:start] in ("各", "每") \
                or (not titled and is_generic_stem(strip_quotes(stem)) and not _invested_by_firm(text, start)
                    and not _THIS_PROJECT_SUM_AFTER_RE.match(text, m.end())) \
                or (not titled and (is_generic_head(text, start, m.start(), max_len=6)
                                    or (text.startswith("等", m.end()) and _generic_parts(text, start, m.start())))
                    and _investment_written_against(text, start, m.end()) is None):
            continue  # 科技型大项目, 光伏设备制造项目: a kind of project, not one (unless its investment is given)
        if _counted_elsewhere(text, text[start:m.end()]) and _investment_written_against(text, start, m.end()) is None:
            continue  # 实施的11个重大传统产业改造提升项目之一 … 在实施重大传统产业改造提升项目的同时: a class, counted
        if not titled and _WORKS_KIND_RE.match(stem + m.group()):
            continue  # 其中，基础设施项目总投资11.5亿元: a kind of works the batch counts, even with its sum
        if (re.match(r"^[\d一二两三四五六七八九十](?![星A]级|期\d.{9,}$)", stem) and not _CAPACITY_RE.match(stem) and not owned
                and not _NUMERAL_NAMED_PARK_RE.match(stem) and not _NUMERAL_WORD_RE.match(stem)
                and not _opens_with_proper_name(text, start, m.start(), tags=("ORG", "LOC"))) \
                or "个" in stem[:3] or re.search(r"\d+个|[一二两三四五六七八九十][个大]$|第[\d一二两三四五六七八九十]+个", stem) \
                or re.search(r"(?:\d+|[二两三四五六七八九十])[条座栋台套]$", stem) \
                or re.match(r"上(?:\d+|[二两三四五六七八九十])[条座栋台套]", stem) \
                or (len(stem) >= 3 and stem[-1] in "两三四五六七八九十" and (
                    leading_place(stem[:-1])[0] == stem[:-1] or word_tag(text, start, m.start() - 1) == "LOC")) \
                or re.search(r"(?<![\dA-Za-z.])\d+(?:大|新|多|余)?$", stem):  # (澳门50新项目: a count written in a headline)
            continue  # 3个项目, …和D四个项目 are counts (瓯江口三项目 in a headline, too); 20GWh储能电池项目 is named by its
            # capacity; 新建彩印包装生产线两条项目, 新上两条新型健康食品生产线项目: lines counted, no name
        if re.search(r"类(?:重大|重点|大|产业|工业)?$", stem) or _EVENT_STEM_RE.search(stem) or _ONLY_PLACE_RE.match(stem) \
                or (not titled and not ENDS_WITH_PARK_RE.search(stem) and is_generic_stem(_LEADING_AREA_RE.sub("", stem))):
            continue  # 论坛项目, “雄才杯”创新创业项目: an event's entries; 重庆本地集成电路项目: a place's kind of project
        own = LIMITED_FORM_RE.split(stem)[-1]  # X孵化园管理有限公司Y孵化园项目: the firm's name is no clause
        if own[:1] in "以为" and _opens_with_a_name(text, m.start() - len(own), m.start()):
            own = own[1:]  # 以岭万洲国际医药产业项目: a firm's name the tagger reads whole, not the preposition 以
        if VERBISH_RE.search(_NAME_WORD_END_RE.sub("", own)) \
                or (text[start - 1:start] == "是" and not _QUOTED_WHOLE_RE.fullmatch(stem)
                    and text[start - 3:start - 1] not in ("特别", "尤其")) \
                or _DESCRIBED_AS_RE.search(text, max(0, doc.sentence_at(start).start - 1, start - 40), start) \
                or re.match(r"\d+个", text[m.end():m.end() + 5]):
            continue  # a clause, a description (X是…项目) or a statistic (项目68个); 特别是X项目 names it
        if (re.search(r"\d{4}年(?:度)?$", text[max(0, start - 6):start])
                and not (_opens_with_proper_name(text, start, m.start(), tags=("ORG",)) and re.search("集团|公司", stem))) \
                or re.search(r"\d{4}年|第[\d一二三四五六七八九十]+批|\d{1,2}月", stem) \
                or re.match(r"[(（]?第[\d一二三四五六七八九十]+批", text[m.end():m.end() + 6]):
            continue  # 2021年红五月…项目, 新区2017年第二次招商引资项目, 地区9月招商引资项目: a batch named by its date
            # (海南自由贸易试验区建设项目(第五批): a batch numbered after its name; 自2019年山东魏桥集团…项目落地以来: when
            # a firm's project came, no batch)
        copula = re.search(r"(?<=[\u4e00-\u9fff])(?:为|是)(?=[\u4e00-\u9fff]{2})", stem)
        if copula and is_generic_head(text, start + copula.end(), m.start(), max_len=6):
            continue  # 其中,绝大部分为工业项目: a clause that says what kind the projects are
        if stem.endswith("暨"):
            continue  # 重大投资商座谈会暨项目集中签约仪式: an event and the signing held with it
        if text[start - 1:start] == "等" and not titled \
                and not _opens_with_proper_name(text, start, m.start(), tags=("ORG", "LOC")):
            continue  # A、B、C等校院地协同创新项目: the kind of the items listed before 等, not one project
        if _CLASS_OF_PROJECTS_RE.search(stem):
            continue  # …产业集群暨经济技术开发区重大项目: the projects of a park or a cluster, not one project
        title = text.rfind("《", max(0, start - 40), m.start())
        if title >= 0 and "》" not in text[title:m.start()] and "》" in text[m.end():m.end() + 30] \
                and not _DEAL_TITLE_END_RE.match(text, m.end()):
            continue  # 《招商引资项目跨区域利益共享办法》: words of a rule's title, not a project (《X项目投资协议》 is one)
        lead = _BEFORE_BARE_ZONE_RE.match(stem).end()  # (开工的项目有园区…建设项目: 'there are', then the works)
        bare = _BARE_ZONE_RE.match(stem[lead:])
        if bare and len(stem) > lead + bare.end() \
                and is_generic_head(text, start + lead + bare.end(), m.start(), max_len=8) \
                and not _PHASE_AFTER_RE.match(text, m.end()):
            continue  # (既)有园区基础设施建设项目,也有…工业发展项目: a kind of the park's works, not one project
        if text[start - 1:start] == "、" and _AND_OTHERS_RE.match(stem):
            # 建设农药原药、制剂及其它化工项目: one project named by what it makes, listed, and 'the others'
            j = start
            while j > 0 and text[j - 1] == "、" and start - j < 30:
                k = name_start(text, j - 1, max_len=12)
                verbs = list(VERBISH_RE.finditer(text, k, j - 1))
                k = verbs[-1].end() if verbs else k
                if j - 1 - k < 2:
                    break
                j = k
            if j < start:
                out.append((text[j:m.end()], j, m.end(), "project_word"))
                continue
        out.append((text[start:m.end()], start, m.end(), "project_word"))
        j = start
        if text[j - 1:j] == "、" and not _FIRM_FORM_RE.search(text, start, m.start()):
            k = name_start(text, j - 1, max_len=40)
            firm = _FIRM_FORM_RE.search(text, k, j - 1)
            if firm is not None and j - 1 - firm.end() >= 2 and _INVESTED_BEFORE_ITEM_RE.search(text, max(0, k - 16), k) \
                    and not text[k:j - 1].endswith(("项目", "工程")):
                # 总投资1.26亿元的X有限公司年产2万吨A、B建设项目: the firm's one project, its products listed
                out[-1] = (text[k:m.end()], k, m.end(), "project_word")
                continue
        if text[j - 1:j] == "、" and text[m.start() - 1:m.start()] != "等":
            k = j
            while text[k - 1:k] == "、":
                kk = name_start(text, k - 1, max_len=30)
                if k - 1 - kk < 2 or text[kk:k - 1].endswith(("项目", "工程")) or "的" in text[kk:k - 1]:
                    break
                k = kk
            if k < j and text[k - 1:k] != "、" and _INVESTED_BEFORE_ITEM_RE.search(text, max(0, k - 16), k):
                # 总投资1.18亿元的特高压电网建设用电抗器、放电线圈及特种变压器项目: one sum, then what one project makes,
                # listed (not A、B等项目, nor items each a project of its own: 投资12亿元的A项目、投资4.95亿元的B项目)
                out[-1] = (text[k:m.end()], k, m.end(), "project_word")
                continue
        if text[j - 1:j] == "、" and _SPEC_OPENING_RE.match(text, start):
            k = j
            while text[k - 1:k] == "、":  # (…年产2万吨异丁烯、5000吨聚异丁烯、3万吨丁基橡胶项目: back over the products)
                kk = name_start(text, k - 1, max_len=30)
                if k - 1 - kk >= 3 and _SPEC_OPENING_RE.match(text, kk) and k - 1 - kk <= 16:
                    k = kk
                    continue
                break
            k = name_start(text, k - 1, max_len=30) if text[k - 1:k] == "、" else k
            spec = _SPEC_OPENING_RE.search(text, k, j - 1)
            product = text[_SPEC_OPENING_RE.match(text, start).end():m.start()]
            yearly = re.search(r"年产\s*\d", text[k:j])
            if spec is not None and spec.start() - k >= 2 and (yearly or product and text[spec.end():j - 1] == product):
                # 德州有研8英寸硅片、12英寸硅片项目: one maker's product in two sizes, one project, as are the products of one
                # maker's yearly capacity (X化工年产2万吨A、5000吨B、3万吨C项目); not 25万吨甲醇、21万吨二甲醚项目)
                out[-1] = (text[k:m.end()], k, m.end(), "project_word")
                j = k  # (the items listed before it share 项目 as before)
        while j > 0 and text[j - 1] == "、":
            k = name_start(text, j - 1, max_len=30)
            k = _brand_joined_start(text, k) if j - 1 - k >= 4 else k
            item = text[k:j - 1]
            if _PROJECT_THEN_CLAUSE_RE.search(item):
                break  # A项目预计4月进水调试、B项目…: a project named with its own clause, not an item sharing 项目
            if len(item) >= 4 and not is_generic_stem(item) and not _WORKS_KIND_RE.match(item) \
                    and not _ONLY_PLACE_RE.match(re.sub("项目$", "", item)) \
                    and not _product_item(text, k, j - 1) and not is_generic_head(text, k, j - 1, max_len=6) \
                    and not (item.endswith("产业") and is_generic_head(text, k, j - 1, max_len=20)) \
                    and not (item.startswith("年产") and _CAPACITY_GOES_ON_RE.match(text, j)) \
                    and not (LIMITED_END_RE.search(item) or item.endswith("集团")):
                # (光伏产业、玻璃新材料产业、X项目: sectors before a project; 上海满电未来氢能产业: a firm's project;
                # 年产6000吨X、4000吨Y项目: the first product of one project; X造船有限公司、“Y”项目: a firm, then a project)
                out.append((item, k, j - 1, "project_shared_word"))  # (兰州新区项目: a place's projects)
            j = k
    return out


# a firm's legal form (有限公, as one paper printed it, too) inside a listed item
_FIRM_FORM_RE = re.compile(r"有限(?:责任)?公司?")
# 总投资1.26亿元的: the sum an item of a list of projects opens with (companies.INVESTED_BEFORE_RE is near it, but
# also takes 约/超 and needs 亿/万; folding the two is left for a change that measures it)
_INVESTED_BEFORE_ITEM_RE = re.compile(r"(?:总)?投资[\d.]+(?:万|亿)?元的$")
# 这是浙江首个跨省…共建的“飞地抱团”强村项目: what a copula says the thing named before is, a description, not a name
_DESCRIBED_AS_RE = re.compile(r"(?:^|[，,。；;\n])(?:这|此|它|其|该项目|这一项目|[^，,。；;：:\n“”\d]{2,40}?项目)(?:是|为|系)"
                              r"[^，,。；;：:]{2,30}的$"
                              # (投产后将是华南地区最大的ABS项目: what a project will be, by a superlative)
                              r"|(?:是|为|成为)[^，,。；;：:]{0,12}最[\u4e00-\u9fff]{1,2}的$")
# (X产业化项目是由Y公司建设的新一代信息技术产业项目: what the project named first is, no second project)


# a park's or a cluster's projects of a class: 经济技术开发区重大项目, 产业集群重点项目
# (佛山(云浮)产业转移工业园入园项目累计235个: a park of any kind, then the projects that entered it; 北湖未来科学城开复工项目
# 已达201个: the park's projects at a stage, counted)
_CLASS_OF_PROJECTS_RE = re.compile(f"(?:{ZONE_WORDS}|园区|产业园|集群|新区)(?:重大|重点|产业|工业|招商(?:引资)?(?:重大|重点)?|(?:首批)?入园)$"
                                   f"|(?:{PARK_WORDS})(?:首批|原)?入(?:园|区)$"
                                   f"|(?:{PARK_WORDS})(?:新开工|开复工|复工|开工|签约|在建|续建|竣工|投产)$")
# what a class or a programme of projects is named by: a field (…领域优质项目), investment promotion (招商引资), a count of
# the best (十大), a policy's aim alone (产业转型升级, 深化转型; X石化转型升级项目 is a firm's), the people's works (民生实事,
# 社会事业)
_CLASS_STEM_RE = re.compile(r"领域(?:优质|重点|重大|[“\"][^”\"]{1,6}[”\"])?$|招商引资|[十百千]大|^(?:重大|重点)?产业转型升级$|深化转型$"
                            r"|社会事业$|民生实事$|要素保障$|战略性产业$|代表$")
# the programme words a list of classes joins (基础设施和产业发展, 民生实事和社会事业, 工程和招商引资)
_PROGRAMME_WORD_RE = re.compile(r"(?:重大|重点)?(?:基础设施|产业发展|民生实事|民生|社会事业|招商引资|工程|产业|经济运行总体情况"
                                r"|物理承载空间|高技术产业|轻工食品)")


# (X产业转移工业园人工湿地项目, X产业转移园污水处理厂: the park's own works, in it)
_FACILITY_AFTER_PARK_RE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,20}(?:中心|基地|工厂|厂房|车间|生产线|污水处理厂|水厂|湿地|变电站)"
                                     r"(?:工程)?(?:项目)?")

# 'A、B、C和D4个项目同时开工', '…4个重点项目': an enumeration closed by its own count of projects
_COUNTED_LIST_END_RE = re.compile(r"(?P<n>\d+|[一二两三四五六七八九十])(?:个|大|(?<=两)(?=项目))(?:(?:[\d.]+|[一二两三四五六七八九十百千])?(?:亿|千万|万)元以上)?"
                                  r"(?:[十百千]亿级?|亿元级)?(?:重点|重大|重磅|产业|工业|高科技|高新技术|科技)?(?:工程)?项目")
# (A、B和C3个亿元以上项目: a count of a size class; A、B…E五大百亿工程项目: the count, the size and the word for works)


def _enumeration(text: str, start: int, end: int, *, conjunctions: bool = True,
                 joiner: str | None = None) -> list[tuple[str, int]]:
    """The items of 'A、B和C' in text[start:end], each with its offset: split at 、 and (conjunctions) at the last
    和/及/以及; or at 、 and the one conjunction `joiner`."""
    items, pos = [], start
    # (without conjunctions, 项目 before one still closes an item: A、B项目以及C项目等 is three)
    pattern = f"、|{joiner}" if joiner else r"、|(?:和|及|以及)(?=[^、]*$)" if conjunctions else r"、|(?<=项目)(?:以及|和|及)"
    for part in re.split(pattern, text[start:end]):
        pos = text.find(part, pos)
        items.append((part, pos))
        pos += len(part)
    return items


def _clause_like(text: str, start: int, part: str) -> bool:
    """Whether a listed item at text[start:] holds a verb, adverb or time word, so is a clause, not a name. An
    adverb that also opens firms' names (共同低碳…项目) opens a name when the tagger reads no verb after it."""
    hit = VERBISH_RE.search(part)
    if hit is None:
        return False
    if hit.start() > 0 or hit.group() not in BRAND_ADVERBS or VERBISH_RE.search(part, hit.end()):
        return True
    after = next((t for t in tokens_around(text, start) if t.start >= start + hit.end()), None)
    return after is None or after.tag.startswith("v")


def _counted_list(doc: Doc) -> list[Candidate]:
    """Items of an enumeration whose count the text gives right after it (A、B和C3个项目): each is a project."""
    text = doc.text
    out: list[Candidate] = []
    for m in _COUNTED_LIST_END_RE.finditer(text):
        n = numeral(m.group("n"))
        if n < 2:
            continue
        clause = doc.clause(m.start())
        seg_start = clause.start
        list_end = m.start() - 1 if text[m.start() - 1:m.start()] == "等" else m.start()  # (A、B等8个项目)
        parts = _enumeration(text, seg_start, list_end)
        if len(parts) != n:  # (A及B、C2个项目: the count says the 及 is inside a name)
            parts = _enumeration(text, seg_start, list_end, conjunctions=False)
        if len(parts) != n and n == 2:  # (A和B及C两大项目: 和 joins the two, 及 is inside the second)
            parts = _enumeration(text, seg_start, list_end, joiner="和")
        if len(parts) != n:
            continue
        first_end = seg_start + len(parts[0][0])
        first_start = name_start(text, first_end, max_len=30, floor=seg_start, conj=False)
        if FIRMS_LISTED_BEFORE_RE.search(text, max(seg_start, first_start - 12), first_start):
            continue  # 这次集体开工的企业分别是A、B…等6个项目: the firms whose projects are counted, not the projects
        besides = text.rfind("除", first_start, first_end - 4)
        if besides >= 0:
            first_start = besides + 1  # 除A、B和C5个亿元以上项目外: 'besides' is no part of the first name
        items = []
        for k, (part, s0) in enumerate(parts):
            if k == 0:
                part, s0 = text[first_start:first_end], first_start
            mod = _ITEM_MODIFIER_RE.match(part)
            if mod and len(part) - mod.end() >= 4:  # (由X公司总投资10.3亿元的Y产业园: who invests what, then the name)
                part, s0 = part[mod.end():], s0 + mod.end()
            if len(part) < 4 or is_generic_stem(part) or _clause_like(text, s0, part):
                break
            items.append((part, s0, s0 + len(part), "project_counted_list"))
        if len(items) == n:
            out.extend(items)
    return out


# 开工3个项目，…，分别是A、B、C: the items named after a count of projects
# (共有省属项目3个,分别为A、B和C: the count after the word for projects)
_ENUMERATED_RE = re.compile(r"(?:(?P<n>\d+|[一二两三四五六七八九十])个[\u4e00-\u9fff]{0,8}?项目"
                            r"|项目(?P<after>\d+|[一二两三四五六七八九十])个)"
                            r"(?:(?!项目(?:\d+|[一二两三四五六七八九十])个)[^。；;]){0,40}?"  # (the nearer count is the list's)
                            r"(?:分别(?:是|为)|依次(?:是|为))[:：]?")
# X公司在Y开发区的: the firm and the park in front of a listed project's name
_FIRM_IN_PARK_OPENING_RE = re.compile(r"^[^、，,。；;的]{2,24}?(?:公司|集团)在[^、，,。；;的]{2,20}?的")
# 投资3500万元的X: the modifiers in front of a listed name (its investment is read by _investment_written_against)
_ITEM_MODIFIER_RE = re.compile(r"^(?:[^、，,。；;的]{0,20}?\d[^、，,。；;的]{0,12}的)")


def _enumerated(doc: Doc) -> list[Candidate]:
    """Items named after a count of projects and 分别是 (开工3个项目，总投资0.44亿元，分别是投资3500万元的A、
    投资500万元的B、C): as many items as the count, each a project, whatever its head word."""
    text = doc.text
    out: list[Candidate] = []
    for m in _ENUMERATED_RE.finditer(text):
        count = m.group("n") or m.group("after")
        n = numeral(count)
        end = doc.sentence_at(m.end() - 1).end
        while end > m.end() and text[end - 1] in "。；;！!\n":
            end -= 1
        run = re.search(r"[；;]", text[m.end():end])
        end = m.end() + run.start() if run else end  # (分别为A、B和C;计划新开工项目3个,…: the list ends with its run)
        parts = _enumeration(text, m.end(), end)
        if n < 2 or len(parts) != n:
            continue
        items, unnamed = [], 0
        for part, s0 in parts:
            mod = _ITEM_MODIFIER_RE.match(part) or _FIRM_IN_PARK_OPENING_RE.match(part)
            if mod and len(part) - mod.end() >= 4:  # (美国X公司在南京化工园的Y基地项目: who, where, then the name)
                part, s0 = part[mod.end():], s0 + mod.end()
            # (高端医药及医疗器械项目: an item the count makes one of the projects, however descriptive its words)
            described = len(part) >= 8 and part.endswith("项目")
            if len(part) >= 4 and is_generic_stem(part) and not described and not VERBISH_RE.search(part) \
                    and not re.search(r"[，,：:]", part) and ENDS_WITH_PARK_RE.search(part):
                unnamed += 1  # (A产业园、科技产业园和B产业园: the count holds an item named only by its kind)
                continue
            if len(part) < 4 or (is_generic_stem(part) and not described) or VERBISH_RE.search(part) \
                    or re.search(r"[，,：:]", part):
                break
            items.append((part, s0, s0 + len(part), "project_enumerated"))
        if len(items) + unnamed == n and len(items) >= 2:
            out.extend(items)
    # (match, fewest items, whether 和/及 may join the last item): 分别是 lists as before; an 'include' list closed by
    # 等 joins no item with 和/及 (A、B、C及D等: C及D is one name)
    named = [(m, 3, True) for m in _NAMED_LIST_RE.finditer(text)]
    named += [(m, 2, False) for m in _PROJECTS_INCLUDE_RE.finditer(text)
              if m.group("such") is None or "项目" in text[doc.sentence_at(m.start()).start:m.start()]]
    for m, fewest, conjunctions in named:
        end = doc.sentence_at(m.end() - 1).end
        while end > m.end() and text[end - 1] in "。；;！!\n":
            end -= 1
        run = re.search(r"[；;]", text[m.end():end])
        end = m.end() + run.start() if run else end  # (…等;医疗器械类重大项目包括…: the list ends with its run)
        closed = re.search(r"等(?P<n>(?:\d+|[一二两三四五六七八九十]+)[个项])?(?=[，,])", text[m.end():end])
        if m.re is _PROJECTS_INCLUDE_RE and m.group("such") == "包括" and not (closed and closed.group("n")):
            continue  # (…项目是…的重头戏,包括:A、B等15个: a bare 包括 opens projects only where their count closes them)
        end = m.end() + closed.start() + 1 if closed else end  # (…、宝隆港食品产业园等,涉及…: the list ends at its 等;
        # …、河北X产业基地等15个,总投资…: at 等, before the count)
        parts = _enumeration(text, m.end(), end, conjunctions=conjunctions)
        if len(parts) < fewest or not parts[-1][0].endswith("等"):
            continue  # (a list closed by 等: the items the text names, not a clause that runs on)
        parts[-1] = (parts[-1][0][:-1], parts[-1][1])
        for part, s0 in parts:
            built_by = _BUILT_BY_OPENING_RE.match(part)
            if built_by and len(part) - built_by.end() >= 4:
                part, s0 = part[built_by.end():], s0 + built_by.end()  # 鄂尔多斯市援建的X项目: who built it, then the name
            if len(part) >= 4 and not is_generic_stem(part) and not VERBISH_RE.search(part) \
                    and not re.search(r"[，,：:]", part):
                out.append((part, s0, s0 + len(part), "project_enumerated"))
    return out


# 重大项目包括A、B等, 签约项目中…，如A、B、C等: the items named after 'the projects include' or 'such as' in a sentence
# about projects, closed by 等
_FACILITY_HEAD_END_RE = re.compile(r"(?:园|基地|中心|工厂|厂|城)$")  # what a named facility ends with
_BUILT_BY_OPENING_RE = re.compile(r"[^、，,]{0,20}?(?:援建|投资|兴建|建设|引进|承建|开发|打造)的")
_PROJECTS_INCLUDE_RE = re.compile(r"(?:(?:重点|重大|签约|开工)?项目(?:包括|主要有|有)|[，,](?P<such>如|比如|例如|包括))[:：]?")
# 此次签约的项目分别是:A、B、C等: the items named after 'the projects signed are', with no count
_NAMED_LIST_RE = re.compile(r"(?:签约|开工|投产|落户|引进|竣工)的(?:重点|重大)?项目(?:分别|依次)(?:是|为)[:：]?")


# 其中，X是示范区重点项目: a name the clause calls one of the projects
_COPULA_PROJECT_RE = re.compile(r"(?:^|(?<=[，,。；;：:\n]))(?:其中[，,]?)?(?P<name>[\u4e00-\u9fffA-Za-z0-9]{4,16}?)"
                                r"(?:是|系)[\u4e00-\u9fff]{0,8}?(?:重点|重大|龙头|核心|骨干|招商)项目(?:之一)?(?=[，,。；;])")


def _copula_projects(doc: Doc) -> list[Candidate]:
    """'其中，新动力新型建材是示范区重点项目，总投资约20亿元': the subject of 是…重点项目 names a project."""
    text = doc.text
    out: list[Candidate] = []
    for m in _COPULA_PROJECT_RE.finditer(text):
        name, s0 = m.group("name"), m.start("name")
        if DEMONSTRATIVE_RE.match(name) or is_generic_stem(name) or VERBISH_RE.search(name) \
                or ENDS_WITH_PARK_RE.search(name) or re.search(r"[的了在]|\d", name):
            continue
        if not _opens_with_proper_name(text, s0, s0 + len(name)) and is_generic_head(text, s0, s0 + len(name), max_len=6):
            continue
        out.append((name, s0, s0 + len(name), "project_copula"))
    return out


def _after_dash(doc: Doc) -> list[Candidate]:
    """'核心项目之一——X', '首批入园项目之一的“X”', '项目名称暂定为“X”': the name after the dash or in the quotes."""
    text = doc.text
    out: list[Candidate] = []
    for m in re.finditer(r"项目(?:之一)?——", text):
        e = m.end()
        k = e
        while k < len(text) and text[k] not in "，,。；;：:！!？?\n（(、":
            k += 1
        sum_before = _SUM_MODIFIER_RE.match(text, e, k)
        if sum_before and k - sum_before.end() >= 4:
            e = sum_before.end()  # 更大的项目——总投资达50亿元的新材料项目: the sum, then the name
        head = text.find("项目", e, k)
        if head >= 0 and head + 2 < k and head + 2 - e >= 4:
            k = head + 2  # 重点项目——X冷链物流建设项目建设进入到了收尾阶段: the name ends at its 项目; the clause goes on
        stage = _TRAILING_STAGE_RE.search(text, e, k)
        if stage and stage.start() - e >= 4 and "项目" not in text[e:stage.start()]:
            k = stage.start()  # 新能源产业项目——X科技园动工: the stage the clause then gives is no part of the name
        first = next((t for t in tokens_around(text, e) if t.start == e), None)
        if first is not None and first.tag in ("v", "p", "c") and "项目" not in text[e:k]:
            continue  # 是一个环保项目——利用无烟煤资源…: what the project does, a clause; no name
        if 4 <= k - e <= 24 and not VERBISH_RE.search(text, e, k):  # (…项目——X形成了完美配套: a clause, no name)
            out.append((text[e:k], e, k, "project_dash"))
    for m in _DASHED_FACILITY_RE.finditer(text):
        # 最先进的制造基地——ABB厦门工业中心正加速崛起。该项目投资20亿元: the facility the dash names is the project the
        # next sentence opens with
        name = m.group("name")
        sent = doc.sentence_at(m.start("name"))
        if text.startswith("该项目", sent.end) and not is_generic_stem(name) and not VERBISH_RE.search(name) \
                and not any(t.tag in ("v", "p", "c") for t in tokens_around(text, m.start("name"))
                            if t.start == m.start("name")):
            out.append((name, m.start("name"), m.end("name"), "project_dash"))
    for m in _ONE_OF_QUOTED_RE.finditer(text):  # 首批入园项目之一的“X”在Y县奠基: the quoted name is the project's
        name = m.group("name")
        if len(name) >= 4 and not is_generic_stem(name) and not VERBISH_RE.search(name):
            out.append((name, m.start("name"), m.end("name"), "project_dash"))  # (项目名称暂定为“X”: the project's name)
    return out


_SITED_WITH_DE_RE = re.compile(r"(?:位于|坐落于|坐落在|落户于|落户在|地处)(?:[\u4e00-\u9fff]{0,12}?(?:%s))?(?P<place>[^，,。；;的]{2,24})的$"
                              % ZONE_WORDS)
_SUM_MODIFIER_RE = re.compile(r"(?:总)?投资(?:额)?(?:约|达|超|近)?\d+(?:\.\d+)?(?:多|余)?[亿万]?(?:元|美元)的")
_ZONE_FIRM_HEAD_RE = re.compile(r"(?:投资|建设|发展|开发|城投|产业)(?:控股)?集团(?:有限公司)?|(?:投资|建设|发展|开发)(?:有限)?公司")
_TRAILING_STAGE_RE = re.compile(r"(?:正式|顺利|全面|集中)?(?:开工|动工|签约|投产|竣工|开建|落地|落户|启动|奠基|开园|封顶)(?:建设|仪式)?$")
_FINANCIAL_PRODUCT_RE = re.compile(r"REITs?|信托|基金项目|债券|证券化")
_INVESTS_AFTER_PARK_RE = re.compile(r"(?:投资建设|投资兴建|投资建|投资|投建|建设|新建|兴建)")
_DASHED_FACILITY_RE = re.compile(r"——(?P<name>[^，,。；;：:！!？?\n（(、——]{4,20}?(?:园|基地|中心|工厂|厂))(?=正|已|将|于|在|[，,。])")
_ONE_OF_QUOTED_RE = re.compile(r"(?:项目之一(?:的|是|为)?|项目名称(?:暂定|拟定|定)?为[：:]?)[“「](?P<name>[^“”「」，,。；;]{2,24})[”」]")


def _phase_works(doc: Doc) -> list[Candidate]:
    """'<company>一期工程'."""
    text = doc.text
    out: list[Candidate] = []
    for m in re.finditer(r"(一期|二期|三期|首期)工程", text):
        start = name_start(text, m.start(), max_len=10)
        stem = text[start:m.start()]
        if 2 <= len(stem) <= 8 and not is_generic_stem(stem) and not re.search(r"[的了]", stem):
            out.append((text[start:m.end()], start, m.end(), "project_phase_works"))
    for m in _PARK_PHASE_STAGED_RE.finditer(text):
        # 常州恒生科技园二期开工: a park's phase that reaches a stage is the works that build it, a project
        start = name_start(text, m.start("phase"), max_len=16)
        stem = text[start:m.start("kind")]
        if 2 <= len(stem) and not is_generic_stem(stem) and not VERBISH_RE.search(stem) \
                and not any(c[1] == start for c in out):
            out.append((text[start:m.end("phase")], start, m.end("phase"), "project_phase_works"))
    return out


PHASE_TAIL_RE = re.compile(r"(?:[一二三四五六七八九十]|首)期$")  # (a name's phase at its end: X产业园二期)
# the kinds of park one builds in phases (X科技园二期)
_PHASED_PARK_KINDS = r"(?:科技园|产业园|工业园|创业园|孵化园|软件园|物流园|创新园)"
_PARK_PHASE_END_RE = re.compile(_PHASED_PARK_KINDS + r"(?:[一二三四五六七八九十]期|首期)$")
_PHASE_STAGE_AFTER_RE = re.compile(r"(?:工程)?(?:正式|顺利|全面)?(?:开工|动工|奠基|竣工|投产|开园|建成|启用)")
_PARK_PHASE_STAGED_RE = re.compile(r"(?P<kind>" + _PHASED_PARK_KINDS + r")(?P<phase>[一二三四五六七八九十]期|首期)"
                                   r"(?=" + _PHASE_STAGE_AFTER_RE.pattern + ")")


def _facilities(doc: Doc) -> list[Candidate]:
    """A facility that is built or opened: '…工厂建成', '…生产基地投产' (FACILITY_RE)."""
    text = doc.text
    out: list[Candidate] = []
    for m in FACILITY_RE.finditer(text):
        start = name_start(text, m.start(), max_len=26)
        stem = text[start:m.start()]
        if len(stem) >= 3 and not is_generic_stem(stem) and "项目" not in stem:  # (X项目一期…生产线: a part of X)
            out.append((text[start:m.end()], start, m.end(), "project_facility"))
    for m in _FACILITY_BUILT_RE.finditer(text):
        start, end = m.start("name"), m.end("name")
        head = FACILITY_HEAD_RE.search(text, start, end)
        stem = text[start:head.start()] if head else ""
        described = text[start - 1:start] == "的"  # 开建年产值250亿元的西南产业基地: a short name, described before it
        sent = doc.sentence_at(start)
        if _PROJECT_OPENS_RE.match(text, sent.start, start):
            continue  # X项目，总投资91亿元，…，建设Y生产基地: what project X builds, not a project of its own
        if len(stem) >= (2 if described else 3) and not is_generic_stem(stem) and not VERBISH_RE.search(stem) \
                and not any(c[1] <= start < c[2] for c in out):
            out.append((text[start:end], start, end, "project_facility"))
    return out


# a sentence whose first clause is a project's name (X项目，总投资…)
_PROJECT_OPENS_RE = re.compile(r"\s*[^，,。；;：:]{2,40}项目[，,]")
_BARE_SITE_RE = re.compile(r"在(?:该|本)?(工业园区|工业园|产业园区|产业园|开发区|高新区|经开区)(?:内|里)?[^，,。；;]{0,12}[，,]"
                           r"[^。；;]{0,6}(?:建设|新建|兴建|投建)$")
FACILITY_HEAD_RE = re.compile(r"(?:生产基地|制造基地|产业基地|智能工厂|工厂)$")


# A sum invested, written with its word: 投资50亿元, 投资约2亿
_SUM_INVESTED = r"(?:约|超过?|近|逾)?\d+(?:\.\d+)?(?:亿|万)元?"
# X公司拟投资50亿元，在Y高新区建设Z研发制造中心: a sum invested, then the park where it builds a facility
_BUILT_IN_PARK_RE = re.compile(r"投资(?P<amount>" + _SUM_INVESTED + r")[，,]?在(?P<park>[^，,。；;在]{2,24}?)"
                               r"(?:建设|打造|新建|投建|兴建|建立)(?P<name>[^，,。；;…“”]{4,30}?"
                               r"(?:中心|基地|工厂|产业园|公园|综合体|总部|城))(?=[，,。；;…]|$)")


def _names_one_facility(name: str) -> bool:
    """A facility a sum builds is named, not only described (全球智慧健康医学中心: long enough to be this one
    facility's; 研发中心: any), and no verb runs into it."""
    return not ((is_generic_stem(name) and len(name) < 8) or VERBISH_RE.search(name))


def _built_in_parks(doc: Doc, parks: list[ParkMention]) -> list[tuple[Candidate, str, int]]:
    """Facilities a sum is invested to build in a named park (拟投资50亿元，在宁乡高新区建设储能…研发制造中心):
    each a project in that park, with the offset of its investment."""
    text = doc.text
    forms = {form: p.name for p in parks for form in [p.name] + p.aliases}
    out = []
    for m in _BUILT_IN_PARK_RE.finditer(text):
        park = forms.get(m.group("park")) or next(
            (forms[f] for f in sorted(forms, key=len, reverse=True) if len(f) >= 4 and m.group("park").startswith(f)
             and len(m.group("park")) - len(f) <= 6), None)  # (在天府新区鹿溪智谷打造…: a part of the park the text names)
        name = m.group("name")
        if park is None or not _names_one_facility(name):
            continue
        out.append(((name, m.start("name"), m.end("name"), "project_built_in_park"), park, m.start("amount")))
    for m in _FIRM_BUILDS_RE.finditer(text):
        name = m.group("name")
        if not _names_one_facility(name) or any(c[1] == m.start("name") for c, _, _ in out):
            continue
        # 言几又公司将投资30亿元打造一个占地20万平方米的超大型国际文创中心: what a firm puts its sum into, no park named
        out.append(((name, m.start("name"), m.end("name"), "project_built_in_park"), None, m.start("amount")))
    return out


_FIRM_BUILDS_RE = re.compile(r"(?:公司|集团)(?:将|拟|计划)?投资(?P<amount>" + _SUM_INVESTED + r")(?:打造|建设|新建|兴建)"
                             r"(?:一个|一座|一处)?(?:[^，,。；;…“”的]{2,24}的)?(?:超大型|大型|现代化|一流)?"
                             r"(?P<name>[^，,。；;…“”的]{4,20}?(?:中心|基地|工厂|产业园|综合体|总部))(?=[，,。；;…]|$)")


# Kinds of park named as towns (美安科技新城): a project written after one keeps it in its name
_TOWN_KINDS = {"科技城", "产业新城"}
# 投资逾30亿元、年产10万辆SUV越野车的中国恒天集团雅安汽车生产基地: a plant written after the sum invested in it
_INVESTED_FACILITY_RE = re.compile(r"投资(?P<amount>(?:约|逾|超过?|近)?\d[\d.]*(?:亿|万)元)(?:[、，,][^，,。；;、的]{2,16})?的"
                                   r"(?P<name>[^，,。；;、的“”]{3,30}?(?:生产基地|制造基地|产业基地|研发基地|总部基地|工厂))(?!项目)")


def _invested_facilities(doc: Doc) -> list[tuple[Candidate, int]]:
    """Plants written after the sum invested in them (投资50亿元的X生产基地): each a project, with the offset of its
    investment."""
    text = doc.text
    out = []
    for m in _INVESTED_FACILITY_RE.finditer(text):
        name = m.group("name")
        if is_generic_stem(name) or VERBISH_RE.search(name) or preceded_by_count(text, m.start("name")):
            continue
        out.append(((name, m.start("name"), m.end("name"), "project_facility"), m.start("amount")))
    return out


# What a project is called by: the thing built or done (…项目, …基地, …中心, …产业园, …生产线 ...).
_PROJECT_HEAD_RE = re.compile(r"(?:项目|工程|基地|中心|总部|工厂|厂|园|园区|谷|城|港|产业|生产线|平台|研究院|实验室|仓|站|馆|示范|小镇)$")
_FIRM_INSIDE_RE = re.compile(r"(?:公司|集团)(?=.{2,}$)")


def _product_item(text: str, start: int, end: int) -> bool:
    """An item of a list of projects that names a product or a technology, not a project: only
    common nouns (碱性电解槽: tagged so, and short), or a firm followed by what it makes
    (X公司视觉特征编码). A name with a project's head word (…中心, …基地, …项目) is never one."""
    item = text[start:end]
    if _PROJECT_HEAD_RE.search(item):
        return False
    firm = _FIRM_INSIDE_RE.search(item)
    if firm and _CAPACITY_RE.match(item[firm.end():]):
        return False  # 神华宁煤集团25万吨甲醇: a firm's plant of a stated capacity is a project
    return bool(firm) or is_generic_head(text, start, end, max_len=6)


def _opens_with_proper_name(text: str, start: int, end: int, tags=("ORG", "nz", "LOC")) -> bool:
    """True when the tagger reads the item's first word as an organisation, a brand or a place (申能/热电联产,
    伊利奶/产业园): a short item is then a named project, not a kind of one."""
    first = next((t for t in tokens_around(text, start) if t.start == start), None)
    return first is not None and first.end < end and first.tag in tags


_LIST_STAGED_RE = re.compile(r"(?:、[^，,。；;、]{2,12}){0,12}" + STAGED_LIST_CLOSE)
_LIST_OPENED_STAGED_RE = re.compile(STAGED_LIST_OPEN + r"(?:[^，,。；;、]{2,12}、){0,12}$")


# an event written after a listed project's name (X项目投料试车, X项目开工)
_EVENT_AFTER_NAME_RE = re.compile(r"(?<=项目)(?:投料试车|试车|试运行|试生产|投产|开工|竣工|奠基|签约)$")


_INVESTOR_ITEM_AFTER_RE = re.compile(_INVESTS_IN_IT)


def _listed(doc: Doc, list_projects: list[tuple[str, int, int]]) -> list[Candidate]:
    """Items of a list closed by '等…项目' (found by companies.py with the other enumerations)."""
    text = doc.text
    out: list[Candidate] = []
    kept: list[tuple[str, int, int, bool]] = []
    for name, s0, e0 in list_projects:
        sent = doc.sentence_at(s0)
        if _KINDS_LIST_RE.search(text, max(sent.start, s0 - 30), s0):
            continue  # 积极引进一批海洋生物科技、…、玻璃新材料产业等项目: kinds of project, not projects
        k = name.rfind("企业")
        if k >= 0:
            name, s0 = name[k + 2:], s0 + k + 2
        event = _EVENT_AFTER_NAME_RE.search(name)
        if event:  # 调研了A、B、X项目投料试车等重点项目: the item is X项目 at its event
            name, e0 = name[:event.start()], e0 - len(event.group())
        invested = INVESTED_BEFORE_RE.search(text, max(0, s0 - 16), s0) is not None  # (投资6亿元的X: named by its sum)
        staged = (_LIST_STAGED_RE.match(text, e0) is not None or _LIST_OPENED_STAGED_RE.search(
            text, max(sent.start, s0 - 200), s0) is not None) and len(name) >= 3
        if _INVESTOR_ITEM_AFTER_RE.match(text, e0):
            continue  # X矿业有限公司等投资的船用不锈钢项目: the items are who invests; the project is named after them
        if VERBISH_RE.search(name) or name.endswith("基金") \
                or (name.endswith("投资") and not _opens_with_proper_name(text, s0, e0, tags=("ORG", "nz"))) \
                or (not invested and not staged and _product_item(text, s0, s0 + len(name))) \
                or re.match(r"(?:相关|有关|其他|其它)|(?:\d+|[一二两三四五六七八九十百]+)(?:多|余)?个", name):
            continue  # (a fund among the signed 'projects' is recorded as a fund; 以及相关标准药仓厂房等配套性项目: works
            # of a kind, not named; 新型储能投资、充换电基础设施和氢能投资等重点项目投资: what is invested in, a kind, where
            # 正大制药投资 is a firm's)
        named = len(name) >= 7 or (len(name) >= 5 and _opens_with_proper_name(text, s0, s0 + len(name))) \
            or (len(name) >= 4 and WORKS_END_RE.search(name)) or invested
        kept.append((name, s0, e0, bool(named), staged))
    # a short item of a list whose other items are named projects is a project too (…冀凯智能装备二期、宝能临港物流、
    # 京新医药等项目), unless it only names a kind (新型环保设备制造)
    listed_named = Counter(doc.sentence_index(s0) for _, s0, _, named, _ in kept if named)
    for name, s0, e0, named, staged in kept:
        # (金冠食品、桂和堂、华林食品等项目相继竣工投产: short names the list's own clause gives a stage are projects)
        if named or (staged and not is_generic_stem(name)) or (
                listed_named[doc.sentence_index(s0)] >= 2 and len(name) >= 4 and not is_generic_stem(name)
                and not is_generic_head(text, s0, s0 + len(name), max_len=8)):
            out.append((name, s0, e0, "project_list"))
    return out


# What a park builds for itself, named after it: 园区市政基础设施…, 园区配套工程
_OWN_WORKS_RE = re.compile(r"(?:市政)?基础(?:及配套)?设施|配套(?:工程|设施)|道路|管网|[\u4e00-\u9fff\d]{1,5}(?:路|大道|大街)$")
# The rules that read the items of an enumeration
_LIST_RULES = ("project_list", "project_counted_list", "project_enumerated", "project_shared_word",
               "project_quoted_list")
# Projects named as parks are (…of an enumeration the text says is of projects: its count or its 分别是
# follows a count of projects; a park written after the sum invested in it)
LISTED_PROJECT_RULES = ("project_counted_list", "project_enumerated", "project_invested_park", "project_quoted_list",
                        "project_list_line")
# What follows a zone's name when the name goes on to a part of the zone, not a project: 开发区新区…, …片区
_ZONE_PART_RE = re.compile(r"[东西南北新老]区|片区")
# A zone word alone, written where the park's name would be: it means the park in scope
_BARE_ZONE_RE = re.compile(f"^(?:{ZONE_WORDS}|园区)")
# a list item's name and the sum written right after it
_NAME_THEN_SUM_RE = re.compile(r"(.{3,}?)(?:总投资|计划总?投资|投资)(?:额)?(?:达|约|为|超)?\d[\d.]*(?:亿|万)(?:美)?元")
# a count the name runs into (惠州有70多个项目), a slogan's words (新上项目, 高大上项目), a one-character verb before 项目
_HAS_COUNT_END_RE = re.compile(r"有(?:\d+|[一二两三四五六七八九十百]+)(?:多|余)?个项目$")
_SLOGAN_END_RE = re.compile(r"(?:^新上|高大上)项目$")
_VERB_BEFORE_HEAD_RE = re.compile(r"[聚抓谋招引促稳]项目$")
# a sum inside a name: 百亿元项目, 超亿元产业项目, 千万美元外资项目
_SUM_IN_NAME_RE = re.compile(r"(?:\d|[十百千万亿两])(?:亿|万)?(?:美)?元|^\s*\d+(?:\.\d+)?\s*亿(?:美元)?项目$")  # (除 200亿项目外: a size, no name)
# 一期项目, 二期工程: a phase of what the name opens with
_OWN_PHASE_RE = re.compile(r"(?:一期|二期|三期|四期|首期)(?:项目|工程)")
# 作为…首个…的: what follows is the class the subject is the first or the only one of
_AS_FIRST_OF_CLASS_RE = re.compile(r"作为[^，,。；;：:]{0,30}(?:首个|首家|第一个|唯一|首批)[^，,。；;：:]{0,20}的$")
# 项目总工, 项目经理, 项目负责人, 项目部: the people and the office that run a builder's works
_STAFF_AFTER_RE = re.compile(r"(?:总工|经理|负责人|总监|部(?![门署分])|办公室|(?:中心)?主任)")
# a model project (标杆项目, 样板项目, 标志性项目), what a project is said to be after 作为 or is to be made after 打造
_MODEL_CLASS_END_RE = re.compile(r"(?:标杆|样板|标志性|引领性?)项目$")
_AS_OR_MAKE_BEFORE_RE = re.compile(r"(?:作为|打造|成为)[^，,。；;：:]*$")
# a county, district or town opening a project's name, and a province written bare after it (the firm's own place)
_COUNTY_HEAD_RE = re.compile(r"[\u4e00-\u9fff]{1,3}?(?:县|市|区|镇|旗)")
# a county, district or banner opening an item of a list (含山县, 雨山区), not a zone or a kind of area (新区, 园区, 城区)
_LIST_ITEM_COUNTY_RE = re.compile(r"[\u4e00-\u9fff]{2}(?<![新园城片社景港厂校矿])(?:县|区|旗)")
_ITEM_OPENS_WITH_COUNTY_RE = re.compile(r"(?:^|(?<=[、：:]))" + _LIST_ITEM_COUNTY_RE.pattern)
_GOVERNMENT_HEAD_RE = re.compile(r"(?:人民)?政府|党委|[县区]委")  # (连江县人民政府X大学专项合作: the county's government is a party)
_BARE_PROVINCE_AT_RE = re.compile(r"(?:%s)[\u4e00-\u9fff]{2}" % "|".join(PROVINCES))
_BY_MEANS_RE = re.compile(r"(?:[区市县州旗]|要|%s)以(?P<rest>[\u4e00-\u9fff]{0,8})项目$" % CITY_RE.pattern)
_DRIVES_RE = re.compile(r"拉动|带动|推动|引领|驱动")
_BARE_BONDED_RE = re.compile("^(?:综合保税区|综保区|保税区)")  # (before a project's name, as a zone word is)


# 是“X产业园”项目: a name the text quotes whole after 是 is the project's own, not a description
_QUOTED_WHOLE_RE = re.compile(r"[“\"「][^“”\"「」，,。；;]{2,40}[”\"」]")
# “A”“B”及“C”项目: quoted names in a row, closed by 项目 right after the last quote
_QUOTED_ITEM_RE = re.compile(r"[“「]\s*([^“”「」，,。；;]{2,40}?)\s*[”」]")
_QUOTED_LIST_RE = re.compile(r"(?:[“「][^“”「」，,。；;]{2,40}?[”」](?:[、，,]|及|和|与|以及)?){2,}"
                             r"(?=(?:等)?(?:[\d一二两三四五六七八九十]+个)?(?:重点|重大)?项目)")


def _quoted_list(doc: Doc) -> list[Candidate]:
    """Each quoted name of “A”“B”及“C”项目 (分区实施的四大项目，既“…工程”“…工程”及“…”项目): a project."""
    out: list[Candidate] = []
    for m in _QUOTED_LIST_RE.finditer(doc.text):
        for item in _QUOTED_ITEM_RE.finditer(m.group()):
            name = item.group(1)
            if len(name) >= 4 and not is_generic_stem(name):  # the quotes bound the name: verbs inside are its own
                out.append((name, m.start() + item.start(1), m.start() + item.end(1), "project_quoted_list"))
    return out


# 投资15亿元的X产业园: an amount invested in the park, written before it as its modifier
_INVESTED_IN_RE = re.compile(r"投资" + _SUM_INVESTED + r"(?:人民币)?的")
_TOTAL_INVESTED_IN_RE = re.compile("总" + _INVESTED_IN_RE.pattern)  # (总投资50亿元的X: a total, each item its own)


# a phase before a capacity and what is made (二期200t/d复杂难处理金精矿综合回收项目; not 一期12GWh项目: too short to be
# named without its phase)
_LEADING_PHASE_RE = re.compile(r"^[一二三四五六七八九十]期(?=\d.{9,})")
# 查看了A、B、C的项目施工进度: works visited, named, then 'the projects' progress'
_PROGRESS_CHECKED_RE = re.compile(r"(?:查看|察看|检查|观摩|视察)了?(?P<items>[^，,。；;：:]{8,200}?)的项目(?:施工|建设)(?:进度|进展|情况)")


def _progress_checked(doc: Doc) -> list[Candidate]:
    """Items of a list of works a visit checked the progress of (查看了A、B、C的项目施工进度): each a project."""
    text = doc.text
    out: list[Candidate] = []
    for m in _PROGRESS_CHECKED_RE.finditer(text):
        parts = _enumeration(text, m.start("items"), m.end("items"), joiner="、")
        if len(parts) < 2:
            continue
        items = [(part, s0) for part, s0 in parts
                 if len(part) >= 4 and not is_generic_stem(part) and not VERBISH_RE.search(part)]
        if len(items) == len(parts):
            out.extend((part, s0, s0 + len(part), "project_list") for part, s0 in items)
    return out


def _invested_items(doc: Doc) -> list[Candidate]:
    """Items of a list each written after its sum (包括投资60亿元的X、投资20亿元的Y等): projects, named by what they
    build, whatever word closes the list."""
    text = doc.text
    out: list[Candidate] = []
    for m in _INVESTED_IN_RE.finditer(text):
        end = m.end()
        while end < len(text) and end - m.end() < 24 and text[end] not in "、，,。；;：:等的“”()（）\n":
            end += 1
        name = text[m.end():end]
        listed = (text[end:end + 1] in ("、", "等")
                  and (text[end:end + 1] == "等" or _INVESTED_IN_RE.match(text, end + 1))) \
            or (text[end:end + 1] in ("，", ",") and _TOTAL_INVESTED_IN_RE.match(text, end + 1) is not None
                and _TOTAL_INVESTED_IN_RE.match(text, m.start() - 1) is not None)
        # (其中有总投资50亿元的X中心,总投资30亿元的Y综合体,总投资20亿元的Z项目等: a run of items, each after its total)
        if listed and 4 <= len(name) <= 20 and not is_generic_stem(name) and not VERBISH_RE.search(name) \
                and not re.search(r"(?:公司|集团|股份|企业)$", name):
            out.append((name, m.end(), end, "project_invested_item"))
    return out


_NAME_GOES_ON_RE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{1,16}(?:项目|工程)")


def _invested_parks(doc: Doc, parks: list[ParkMention]) -> list[Candidate]:
    """A park of a kind one firm builds, written after the sum invested in it (投资2亿的X食品产业园已完成厂房建设): an investment
    project that builds a park, as a project list would name it."""
    text = doc.text
    kinds = {form: p.kind for p in parks if p.kind in INVESTED_AS_PROJECT_KINDS for form in [p.name] + p.aliases}
    forms = sorted(kinds, key=len, reverse=True)
    out: list[Candidate] = []
    for m in _INVESTED_IN_RE.finditer(text):
        form = next((f for f in forms if text.startswith(f, m.end())), None)
        if form is not None and kinds[form] not in BUILT_AS_PROJECT_KINDS \
                and text[m.start() - 1:m.start()] != "、" and text[m.end() + len(form):m.end() + len(form) + 1] != "、":
            continue  # (a science city after its sum is a project only as an item of a list of investments: 投资12亿元的
            # A、投资100亿元的X智慧科技城等…落户; 总投资100亿元的X科技城，将用5—10年建成示范园区 is the park)
        if form is not None and not PHASE_RE.match(text, m.end() + len(form)) \
                and not _NAME_GOES_ON_RE.match(text, m.end() + len(form)):  # (…的X产业港三期项目: a phase of it;
            # …的X产业园集中供汽项目: a project of the park, named on)
            out.append((form, m.end(), m.end() + len(form), "project_invested_park"))
    return out


_LIST_STARTED = r"(?:同时|集中|正式|相继|同步|一同)?(?:开工|动工|签约|投产|奠基|竣工)"
_LIST_STARTED_RE = re.compile(_LIST_STARTED)
_WORKS_AFTER_FIRM_RE = re.compile(r"[^、，,。；;：:“”()（）的在将已]{2,24}?(?:生产基地|研发基地|基地|物流园|产业园|工厂|厂区|项目)"
                                  r"(?=[、，,。；;和及]|%s)" % _LIST_STARTED)


def _occurrences(text: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(word), text)]


def _firm_works_listed(doc: Doc, companies: list[CompanyMention]) -> list[Candidate]:
    """A list of works, each written right after the legal name of the firm that builds it, that a start or a
    signing closes (X有限公司Y基地、Z有限公司W物流园同时开工建设): each item is a project, named with its firm."""
    text = doc.text
    forms = [c.name for c in companies if c.kind == "enterprise" and LIMITED_END_RE.search(c.name)]
    if len(forms) < 2:
        return []
    items = []
    for form in forms:
        for m in re.finditer(re.escape(form), text):
            works = _WORKS_AFTER_FIRM_RE.match(text, m.end())
            if works and not VERBISH_RE.search(works.group()) and not is_generic_stem(works.group()):
                items.append((m.start(), works.end(), works.start()))
    items.sort()
    out: list[Candidate] = []
    run: list[tuple[int, int]] = []
    for item in items + [(len(text) + 2, len(text) + 2, 0)]:
        if run and item[0] == run[-1][1] + 1 and text[run[-1][1]] == "、":
            run.append(item)
            continue
        if len(run) >= 2 and _LIST_STARTED_RE.match(text, run[-1][1]):
            for a, b, w in run:
                # (the works written again on their own, 京东…物流园项目, are named so: the firm is their carrier)
                alone = [i for i in _occurrences(text, text[w:b]) if not text.endswith(text[a:w], 0, i)]
                a = w if alone else a
                out.append((text[a:b], a, b, "project_firm_works"))
        run = [item]
    return out


def _firms_counted_as_projects(doc: Doc, cands: list[Candidate], companies: list[CompanyMention]) -> list[Candidate]:
    """Without the items of a list read as projects whose items are, two in three of them, firms: for a list counted as
    projects, firms by their short names or their legal ones (已有A电子、B物流、C酒业等8个项目进驻); for any other list
    of projects, firms by their legal names only (设立了A有限公司、B有限公司等326个项目). What the list names are firms,
    whose projects have no names."""
    short_spans = {(c.span.start, c.span.end) for c in companies if c.rule == "company_list"}
    # (已投资A有限公司、B有限公司两个项目: firms written with their legal form, invested in, are firms too; so are
    # they in a list the other rule reads: 设立了A有限公司、B有限公司等326个项目)
    legal_spans = {(c.span.start, c.span.end) for c in companies
                   if c.rule == "company_legal" and LIMITED_END_RE.search(c.name)}
    firm_spans = {"project_counted_list": short_spans | legal_spans, "project_list": legal_spans}
    by_clause: dict[tuple[int, str], list[Candidate]] = {}
    for c in cands:
        if c[3] in firm_spans:
            by_clause.setdefault((doc.clause(c[1]).start, c[3]), []).append(c)
    drop = set()
    for (_, rule), items in by_clause.items():
        if 3 * sum((c[1], c[2]) in firm_spans[rule] for c in items) >= 2 * len(items):
            drop.update((c[1], rule) for c in items)
    return [c for c in cands if (c[1], c[3]) not in drop]


_PLACES_PROJECTS_RE = re.compile(r"[\u4e00-\u9fff]{1,5}[省市县区镇](?:重大|重点|招商|引资|产业|工业|新开工|签约)+项目"
                                 r"|[\u4e00-\u9fff]{2,16}(?:节|博览会|交易会|洽谈会|推介会|论坛|峰会)项目")  # (…艺术节项目签约仪式: an event's)


_CAPACITY_RUN_BEFORE_RE = re.compile(r"(?:年产|日产)?(?:\d+(?:\.\d+)?(?:万|千|亿)?(?:[GMK]?瓦时|[GMK]?Wh|安时|[GMK]?W|兆瓦|吨))*"
                                     r"\d+\.$")


def _whole_number_start(text: str, c: Candidate) -> Candidate:
    """A name never starts inside a number (年产3000万片X生产线, not 0万片X生产线): move its start back over the
    digits, and over 年产 before them."""
    name, start = c[0], c[1]
    if start > 1 and text[start - 1] == "." and text[start - 2].isdigit() and name[:1].isdigit():
        # 年产1G瓦时3.2亿安时动力电池一期项目: a name cut at a decimal point opens with the whole capacity run
        run = _CAPACITY_RUN_BEFORE_RE.search(text, max(0, start - 30), start)
        return (text[run.start():start] + name, run.start(), *c[2:]) if run else c
    if not (start > 0 and text[start - 1].isdigit() and name[:1].isdigit()):
        return c
    k = start
    while k > 0 and (text[k - 1].isdigit() or text[k - 1] == "."):
        k -= 1
    if text[max(0, k - 2):k] in ("年产", "日产", "年处"):
        k -= 2
    return (text[k:start] + name, k, *c[2:])


_INVESTED_IN_PLACE_RE = re.compile(r"(?:%s|[\u4e00-\u9fff]{1,3})投资项目" % CITY_RE.pattern)


def opening_forms(parks: list[ParkMention]) -> dict[str, ParkMention]:
    """The forms a project's name may open with to say which park it stands in: each park's names, and its name
    without the city it starts with (江东新区安居房项目 in a story on 海口江东新区)."""
    out: dict[str, ParkMention] = {}
    for p in parks:
        for form in [p.name, *p.aliases]:
            out.setdefault(form, p)
        if p.city and p.name.startswith(p.city) and len(p.name) - len(p.city) >= 4:
            out.setdefault(p.name[len(p.city):], p)
    return out


def find_projects(doc: Doc, parks: list[ParkMention], companies: list[CompanyMention],
                  list_projects: list[tuple[str, int, int]], scope: ParkScope | None = None) -> list[ProjectMention]:
    text = doc.text
    cands = _by_project_word(doc) + _counted_list(doc) + _enumerated(doc) + _copula_projects(doc) + _after_dash(doc) + _phase_works(doc) + _facilities(doc) + _listed(doc, list_projects) + _invested_parks(doc, parks) + _quoted_list(doc) \
        + _invested_items(doc) + _listed_lines(doc, parks) + _progress_checked(doc)
    cands = _firms_counted_as_projects(doc, cands, companies) + _firm_works_listed(doc, companies)
    park_forms = {f for p in parks for f in [p.name, *p.aliases]}
    # (中一产业园一期建成: a park's phase is a project only where the park is one the text names)
    cands = [c for c in cands if not (c[3] == "project_phase_works" and _PARK_PHASE_END_RE.search(c[0])
                                      and PHASE_TAIL_RE.sub("", c[0]) not in park_forms)]
    # 除X项目外，本次同步动工的还有…: 'besides' is no part of the name
    cands = [(c[0][1:], c[1] + 1, *c[2:]) if c[0].startswith("除") and len(c[0]) >= 6
             and text.startswith(("外", "以外", "之外"), c[2]) else c for c in cands]
    cands = [c for c in cands if not (c[0].endswith("项目") and text.startswith("数", c[2]))  # (“152”项目数: a count)
             and not _PLACES_PROJECTS_RE.fullmatch(c[0])]  # (钟楼区重大项目集中签约: a district's projects, not one)
    cands = [_whole_number_start(text, c) for c in cands]
    counted_items = [c for c in cands if c[3] in ("project_counted_list", "project_enumerated")]
    # (分别为A、B和C: where the count splits the list, a name that runs over two of its items is none; one that stops
    # short of an item's end is a part of it: 孵化基地项目(D区))
    cands = [c for c in cands if sum(c[1] <= o[1] and o[2] <= c[2] and o[:3] != c[:3] for o in counted_items) < 2
             and not any(o[1] == c[1] and c[2] < o[2] and text[c[2]] in "(（" for o in counted_items)]
    # 在宁投资项目, 在美国投资项目: the projects invested in a place, no project's name
    cands = [c for c in cands if not (text[c[1] - 1:c[1]] == "在" and _INVESTED_IN_PLACE_RE.fullmatch(c[0]))]
    cands += _other_mentions(text, cands)
    table = _table_projects(text)
    given_amount = {}  # the investment a candidate's rule read with it (a table's column, 拟投资X，在P建设Y), by start
    built = _built_in_parks(doc, parks)
    built_park = {c[1]: park for c, park, _ in built}
    for c, _, at in built:
        cands.append(c)
        given_amount[c[1]] = _amount_at(text, at)
    for c, at in _invested_facilities(doc):
        if not any(o[1] <= c[1] < o[2] for o in cands):
            cands.append(c)
            given_amount[c[1]] = _amount_at(text, at)
    for name, s0, e0, amount in _cards(text):
        if not any(o[1] <= s0 < o[2] and o[0] != name for o in cands):
            cands = [c for c in cands if not (s0 <= c[1] < e0)]
            cands.append((name, s0, e0, "project_table"))
            if amount is not None:
                given_amount[s0] = amount
    for name, s0, e0, amount in table:
        cands = [c for c in cands if not (s0 <= c[1] < e0)]
        cands.append((name, s0, e0, "project_table"))
        given_amount[s0] = amount
    for name, s0, e0, amount in _numbered_paragraphs(text):
        cands = [c for c in cands if not (s0 <= c[1] < e0)]
        cands.append((name, s0, e0, "project_numbered"))
        if amount is not None:
            given_amount[s0] = amount
    # 建设内容包括:预计120万吨/年的X项目、60万吨/年的Y项目…; 该项目计划总投资106亿元,将利用…,建设X项目: what one project
    # is made of, or builds, is no project of its own
    cands = [c for c in cands if not _part_of_another(doc, c[1])]
    firm_forms = [f for c in companies if c.kind == "enterprise" for f in [c.name, *c.aliases] if len(f) >= 2]
    park_by_form = {}
    for p in parks:
        for form in [p.name] + p.aliases:
            park_by_form[form] = p
    lead_forms = {**park_by_form, **{f: p for f, p in opening_forms(parks).items() if f not in park_by_form}}
    out: dict[str, ProjectMention] = {}
    listed_park, listed_end = None, -1
    for raw, s, e, rule in sorted(cands, key=lambda c: c[1]):
        # 在低空/经济产业园…项目 (低空 read as a verb): a park's name the start cut into is whole in the name
        cut = next((k for form in park_by_form for k in [text.find(form, max(0, s - len(form) + 1), s + len(form))]
                    if 0 <= k < s < k + len(form) <= e), None)
        if cut is not None:
            raw, s = text[cut:e], cut
        invested_in = next((m for form in park_by_form if raw.startswith(form)
                            for m in [_INVESTS_AFTER_PARK_RE.match(raw, len(form))] if m and len(raw) - m.end() >= 4), None)
        if invested_in is not None and text[s - 1:s] == "在":
            raw, s = raw[invested_in.end():], s + invested_in.end()  # 在晋江分园投资X项目: where, the verb, then the name
        cand_start = s  # (where the name as written opens, before its province or city is taken off)
        phase_after = _PHASE_IN_BRACKETS_RE.match(text, e) if raw.endswith("项目") and text[e - 2:e] == "项目" else None
        if phase_after:  # 乌兰县…基础设施建设项目(二期): the phase in brackets is part of the name written
            raw, e = raw + phase_after.group(), phase_after.end()
        raw_start = s
        name = _clean(raw)
        summed = _NAME_THEN_SUM_RE.fullmatch(name)
        if summed:  # 其中,A总投资达400亿元、B总投资52亿元…等重大项目: the item's name, then its sum (read after the name)
            name = summed.group(1)
        if re.search(r"[”\"][“\"]", name):
            continue  # 围绕"追赶超越奋进年""招商项目落地年"的安排: slogans quoted one after another, no name
        if _SUM_IN_NAME_RE.search(name):
            continue  # 河源龙光城百亿元项目, 超千万美元外资项目22宗: projects by their size, a class; no name
        if _HAS_COUNT_END_RE.search(name) or _SLOGAN_END_RE.search(name) or (
                _VERB_BEFORE_HEAD_RE.search(name) and word_tag(text, s + len(name) - 3, s + len(name) - 2) == "v"):
            continue  # 惠州有70多个项目入列, 新上项目, 以更强信心和力度聚项目优产业, 立足优势谋项目: a clause, no name
        if name.endswith("项目") and _adverb_verb_before_head(text, s + len(name) - 2):
            continue  # 邓向阳认真听取项目情况介绍: an adverb and a verb whose object is 项目, a clause, no name
        if unbalanced_brackets(name):
            continue  # (…建设项目(灵南路、灵北路): an item cut out of a bracket is no name)
        # 绥芬河市恒驰…基地: the name is kept without its city or province, the written form as an alias
        written = strip_quotes(raw) if name != strip_quotes(raw) else None
        while name.startswith("项目") and len(name) > 6:
            name = name[2:]  # 已投产项目海尚水产食品项目: the word before the name
            if name[:1] in ("为", "是", "系", "有") and len(name) > 6:
                name = name[1:]  # 开工项目为X项目、Y项目: the copula after it (…的项目有X项目: what there is)
        label = re.match(r"^[\u4e00-\u9fff]{1,3}项目(?=[\u4e00-\u9fff]{6,})", name)
        if label:
            name = name[label.end():]  # 招标项目眉山…建设项目: a label before the name
        lead_phase = _LEADING_PHASE_RE.match(name)
        if lead_phase:  # 一期50万吨/年差别化功能性纤维项目: the phase, then the works; the form as written is an alias
            written, name = written or name, name[lead_phase.end():]
        s = e - len(name) if raw.endswith(name) else s
        park: str | None = built_park.get(s)
        zone_named = False
        # a project written after its zone, or after any area many build in when a firm's name follows (梧州临港经济区
        # 简一…项目): 潍坊高新区凯信…项目 -> park 潍坊高新区, name without it;
        # after any park when a capacity follows (P年产10万吨…项目)
        for form, p in park_by_form.items():
            if name.startswith(form) and (_OWN_WORKS_RE.match(name, len(form))
                                          or (_OWN_PHASE_RE.fullmatch(name, len(form))
                                              and p.kind not in BUILT_AS_PROJECT_KINDS)):
                park = p.name  # 喀什综合保税区市政基础设施…配套工程: the park's own works, named with it (钦州保税港区
                break  # 一期项目: a phase of the zone; a phase of a park one firm builds stands where that park does)
            if name.startswith(form) and len(name) - len(form) >= 2 \
                    and (p.kind in ZONE_KINDS
                         or (p.kind not in BUILT_AS_PROJECT_KINDS and p.kind not in _TOWN_KINDS
                             and any(name.startswith(f, len(form)) for f in firm_forms))
                         or _CAPACITY_RE.match(name[len(form):])
                         or _opens_with_proper_name(text, s + len(form), s + len(name), tags=("ORG", "LOC"))) \
                    and not _ZONE_PART_RE.match(name[len(form):]):  # 开发区新区…: a part of the zone
                park = p.name
                if rule == "project_list_line":
                    written = written or name  # (遂宁经开区明泰电子二期: a list's line as written, park and all, is an alias)
                rest = name[len(form):]
                works = not is_generic_stem(rest[:-2]) \
                    and is_generic_head(text, s + len(form), s + len(name) - 2, max_len=6)
                generic_park = ENDS_WITH_PARK_RE.search(rest[:-2]) and is_generic_stem(rest[:-2])
                # (计划总投资约200亿元的呼和浩特市金山高新区新能源汽车制造项目: a kind of project, its own sum written
                # against it, named by the zone it is the zone's one of)
                zone_named = len(rest) >= 6 and is_generic_stem(rest[:-2]) \
                    and _investment_written_against(text, cand_start, s + len(name)) is not None
                if rest.endswith("项目") and len(rest) >= 4 and (works or generic_park or zone_named):
                    break  # 襄垣县经济开发区基础设施项目, 高唐开发区电子信息产业园项目: the zone's own works, named with
                    # the zone (not a class of its projects: 临港新片区外资项目)
                name = name[len(form):]
                s += len(form)
                own_firm = _ZONE_FIRM_HEAD_RE.match(name)
                if own_firm and len(name) - own_firm.end() >= 4:
                    # 广州开发区投资集团高清光学显示芯片项目: the zone's own company, then the project's name
                    name, s = name[own_firm.end():], s + own_firm.end()
                note = LEADING_NOTE_RE.match(name)
                if note and len(name) - note.end() >= 4:  # 正定高新区(南区)X项目: the zone's part, then the name
                    name, s = name[note.end():], s + note.end()
                break
        bare = _BARE_ZONE_RE.match(name) or _BARE_BONDED_RE.match(name)
        if park is None and bare and scope is not None and (
                _opens_with_proper_name(text, s + bare.end(), s + len(name))
                or (bare.group() != "园区" and len(name) - bare.end() >= 6
                    and not is_generic_stem(_clean(name[bare.end():]).removesuffix("项目"))
                    and not VERBISH_RE.search(name[bare.end():]))):
            # 观摩了开发区甘肃电科院…基地: the bare zone word points back at the park in scope (保税区东风日产整车项目,
            # 高新区石油化工产品贸易园区项目: so it does before any name that is no class of works)
            park = scope.park_at(s, end=s + len(name)) or scope.one_of_kind(bare.group())
            written = written or name  # (the sum written before the zone word is the project's: 投资5亿元的高新区X项目)
            name, s = name[bare.end():], s + bare.end()  # (or the one park of that kind the article names)
        county = _COUNTY_HEAD_RE.match(name)
        if county and len(name) - county.end() >= 6 \
                and not any(len(f) > county.end() and name.startswith(f) for f in firm_forms) and (
                _BARE_PROVINCE_AT_RE.match(name, county.end())
                or any(len(f) >= 3 and name.startswith(f, county.end()) for f in firm_forms)):
            # 遂平县河南惠强新材…项目, 张浦镇春秋电子…: the county or town it stands in, then a firm's project; the
            # name starts with the firm (a county is no part of a firm's province-led name), the form as written
            # is an alias (not 上蔡县宏运鞋业有限公司…项目: the county is the firm's own name)
            written = written or name
            name, s = name[county.end():], s + county.end()
        elif rule in _LIST_RULES and (head := _LIST_ITEM_COUNTY_RE.match(name)) and len(name) - head.end() >= 4 \
                and not is_generic_stem(name[head.end():].removesuffix("项目")) \
                and not _GOVERNMENT_HEAD_RE.match(name, head.end()) and _items_open_with_counties(doc, s):
            # 含山县鼎立塑料制品、当涂县盛美…铝材、雨山区埃芮科…等项目: a list whose items each open with the county or
            # district they stand in; the project's name starts after it, the form as written is an alias
            written = written or name
            name, s = name[head.end():], s + head.end()
        if park is None and rule in _LIST_RULES:
            # A园区标准化厂房、B工业园区停车场等8个项目: an item named after a park stands in that park
            # (甲乙市预制菜产业园标准化厂房: the park as written, its place before the name, k characters back, kept)
            # (联东U谷(潍坊)X谷: a brand opens its name)
            park = next((p.name for k in range(5) for form, p in park_by_form.items()
                         if k < len(form) and len(name) - (len(form) - k) >= 2 and name[len(form) - k] not in "(（·"
                         and (name.startswith(form) if k == 0 else text.startswith(form, s - k) and (
                             CITY_RE.fullmatch(text[s - k:s]) or re.fullmatch(r"[\u4e00-\u9fff]{1,3}[市县区旗]", text[s - k:s])))),
                        None)
        if rule in _LIST_RULES:
            # 松岭工业园A、B等4个项目: the park written before a list's first item is every item's (not the park
            # a later item names itself: A、中北高新区B、C: C is not in it)
            later_item = re.search(r"(?:、|和|及|以及|与)$", text[max(0, raw_start - 2):raw_start]) is not None
            if park is None and listed_park and re.fullmatch(r"、|和|及|以及|与", text[listed_end:s]):
                park = listed_park
            elif not later_item:
                listed_park = park
            listed_end = s + len(name)
        counted = rule in ("project_counted_list", "project_enumerated") and len(name) >= 8  # see _enumerated
        if s not in given_amount and not counted and not zone_named and not _invested_by_firm(text, s) \
                and not _named_as_one(text, s, s + len(name)) \
                and (is_generic_stem(name[:-2] if name.endswith("项目") else name)
                     or len(name) < (3 if rule == "project_list" else 4)  # (a list's short item its stage names: _listed)
                     or len(re.findall(r"[\u4e00-\u9fff]", name)) < 2):
            continue
        if any(name == f for f in park_by_form) and not name.endswith("项目") \
                and rule not in ("project_list", "project_dash", *LISTED_PROJECT_RULES):
            continue  # the park itself, not a project (unless listed among projects: A、B科技创新谷等项目开工; or
            # introduced as one: 新能源产业项目——X科技园动工)
        by_means = _BY_MEANS_RE.search(name)
        if by_means and (is_generic_stem(by_means.group("rest")) or _DRIVES_RE.search(by_means.group("rest"))):
            continue  # 大连保税物流区以大产业项目为支撑, 邳州以项目为抓手, 沧州高新区要以项目开工为契机: a place's means, 'with
            # projects', no project (阳光建发以纸代塑项目: a firm's project named by an idiom)
        if re.fullmatch(r"(?:\d+|[两二三四五六七八九十]+)(?:条|座|台|栋|个)[\u4e00-\u9fff]{0,6}(?:生产线|产线|车间|厂房)", name):
            continue  # 年底将有25条生产线投产: lines counted, no project's name
        if name.endswith("基金"):
            continue  # a fund among the signed 'projects' (A、B基金、C项目) is recorded as a fund
        if name.endswith("项目") and _STAFF_AFTER_RE.match(text, s + len(name)):
            continue  # 据图们铁路工程总公司项目总工安玉波介绍: a builder's project staff, no project's name
        if name.endswith("园区项目") and name[:-2] in park_by_form and text.startswith("建设", s + len(name)):
            continue  # 惠州博罗产业园区项目建设延续良好势头: the zone's projects being built, no one project (a park of a
            # kind one project builds is: X产业园项目建设)
        if _AS_FIRST_OF_CLASS_RE.search(text, max(0, s - 40), s) or (
                _MODEL_CLASS_END_RE.search(name) and _AS_OR_MAKE_BEFORE_RE.search(text, max(0, s - 30), s)):
            continue  # 作为龙江镇首个全国资成分的村级工业园改造产业项目: the class the project just named is the first of;
            # 作为X纺织服装业升级版标杆项目, 打造三龙湾…示范区标杆项目: the model the project is or is to be, no name
        if _FINANCIAL_PRODUCT_RE.search(name):
            continue  # 不动产投资信托基金项目, 基础设施REITs项目: a financial product, not an investment project
        key = _key(name)
        sent = doc.sentence_at(s)
        if key in out:
            pm = out[key]
            if pm.rule == "project_invested_park" and rule not in LISTED_PROJECT_RULES:
                pm.rule = rule  # 总投资40亿元的X创业园 … X创业园项目: named as a project too, so X is a park and a project
            if name != pm.name and name not in pm.aliases:
                if len(norm_key(name)) > len(norm_key(pm.name)):  # the fuller spelling names it (…集团…), the shorter is an alias
                    pm.aliases.append(pm.name)
                    pm.name = name
                else:
                    pm.aliases.append(name)
        else:
            pm = ProjectMention(name=name, span=Span(s, s + len(name)), sentence=sent, rule=rule)
            out[key] = pm
        if written and written.endswith(pm.name) and written != pm.name and written not in pm.aliases:
            pm.aliases.append(written)
        site = list_site(text, s + len(name), park_by_form) if park is None else None
        if site:
            park = site  # A、B等7个项目在X园区集中开工: the site the list's own clause gives
        if park and not pm.park:
            pm.park = park
        sited_before = _SITED_WITH_DE_RE.search(text, max(sent.start, s - 30), s)
        if sited_before and (site_park := park_by_form.get(sited_before.group("place"))) is not None:
            pm.park = site_park.name  # 此外,位于高新区象山园的X项目: where a later mention sites it, over the park its first
            # mention's context gave
        if scope is not None and _SITED_IN_THIS_ZONE_RE.search(text, max(sent.start, s - 12), s):
            pm.park = scope.named_last_before(s) or pm.park  # 选址于该区的X项目,将A作业区、B物流园区捆绑招商: 'this zone',
            # the park named before, not one the clause goes on to name
        if not pm.park and scope is not None and not _several_parks_respectively(text, sent.start, s, park_by_form) \
                and not sited_in_a_place(doc, s, s + len(name), park_by_form) and site is None:
            pm.park = scope.park_at(s, end=s + len(name))
        if not pm.park and scope is not None:
            # 今年企业在工业园内征地300亩，建设X生产基地: the one park of the kind its clause run names bare
            bare = _BARE_SITE_RE.search(text, doc.clause(s, s + len(name), marks=RUN_MARKS).start, s)
            if bare:
                pm.park = scope.one_of_kind(bare.group(1))
        if not pm.park and name.endswith("项目") and name[:-2] in park_by_form:
            pm.park = park_by_form[name[:-2]].name  # 青岛国际虚拟现实产业园项目: the project builds that park
        elif not pm.park and name in park_by_form and park_by_form[name].kind in BUILT_AS_PROJECT_KINDS:
            pm.park = park_by_form[name].name  # A、B产业园、C等项目开工: the park started as a project is where it stands
        if not pm.park:
            # 青禾综合保税区光伏发电项目, where no park is in scope: the park the project's name opens with
            # (a zone, 区 but not 园区: a development named at the head of a project's name is often what it builds)
            pm.park = next((p.name for form, p in lead_forms.items() if name.startswith(form) and len(name) - len(form) >= 2
                            and form.endswith("区")
                            and not _ZONE_PART_RE.match(name[len(form):])), None)
        if not pm.park:
            # 低空经济产业园无人机生产制造中心项目: a facility named after the park it stands in
            pm.park = next((p.name for form, p in park_by_form.items() if name.startswith(form)
                            and _FACILITY_AFTER_PARK_RE.fullmatch(name, len(form))), None)
        ph = PHASE_RE.search(name) or (PHASE_RE.match(written) if written else None)
        if ph and not pm.phase:
            pm.phase = ph.group(1)
        if pm.status in (None, "planned"):
            # a later mention that gives a present stage says more than a plan (X项目…达产后将…; …X等78个项目均已开复工)
            pm.status = _status(doc, s, s + len(name)) or pm.status
        # the investment attached to the name
        if pm.investment is None and given_amount.get(s) is not None:
            pm.investment, pm.investment_sentence = given_amount[s], sent
        if pm.investment is None:
            written_start = s + len(name) - len(written) if written and written.endswith(name) else s
            found = _investment_written_against(text, written_start, s + len(name))
            if found is not None:
                (pm.investment, phase), pm.investment_sentence = found, sent
                pm.phase = pm.phase or phase
    _status_of_park_built(doc, out, park_by_form)
    _bracketed_phases(out)
    _anaphoric_investments(doc, out, companies)
    _clause_totals(doc, out)
    _opening_investments(doc, out)
    _heading_projects(doc, out)
    _phase_own_sums(doc, out)
    _anaphoric_parks(doc, out, parks)
    _status_from_summary(doc, out)
    _status_from_paragraph_event(doc, out)
    _status_from_list_header(doc, out)
    _status_from_category_header(doc, out)
    _status_from_stage_closed_list(doc, out)
    _status_from_lead_batch(doc, out)
    _status_from_batch_after_list(doc, out)
    _status_from_list_modifier(doc, out)
    _status_from_batch_among(doc, out)
    _status_from_forecast_after(doc, out)
    _status_from_anaphor(doc, out)
    _stem_mentions(doc, out, park_by_form)
    _headline_short_forms(doc, out)
    _park_tail_forms(doc, out, park_by_form)
    _tail_short_forms(out)
    _inner_short_forms(out)
    _inserted_short_forms(doc, out)
    _firmless_short_forms(out, companies)
    _elided_short_forms(out)
    _opening_short_forms(out)
    _described_long_forms(out)
    _status_from_headline_event(doc, out)
    _phase_forms(doc, out)
    _city_free_forms(out)
    names = [c for c in companies if c.kind == "enterprise"]
    _builders(doc, out, names)
    for pm in out.values():
        for c in names:
            # (福建省川田重工有限公司 / 川田重工有限公司(挖掘机)项目: the project's name drops the firm's province)
            for form in [c.name] + c.aliases + [PROVINCE_PREFIX_RE.sub("", c.name)]:
                if len(form) >= 2 and pm.name.startswith(form) and c.name not in pm.companies:
                    pm.companies.append(c.name)
            # 塘沥村三霸电子科技有限公司制造项目: a firm's legal name inside the project's, after the place it stands in
            if c.name not in pm.companies and LIMITED_FORM_RE.search(c.name) and c.name in pm.name \
                    and pm.name.index(c.name) <= 4 and not pm.name.startswith(c.name):
                pm.companies.append(c.name)
        # X(肇庆)有限公司Y项目: the press also writes it without the firm's legal form (XY项目)
        short = _LEGAL_FORM_INSIDE_RE.sub("", pm.name)
        if short != pm.name and len(short) >= 6 and short not in pm.aliases:
            pm.aliases.append(short)
        # 由A公司和B公司投资兴建的X项目: the firms that build it; A投资20亿元的X项目: the firm that invests in it;
        # A股份有限公司(以下简称A)X项目: the firm written right before the name
        # (A有限公司X物流园、B有限公司Y基地同时开工…X物流园项目: the firm right before the name written without 项目)
        bare = [pm.name[:-2]] if pm.name.endswith("项目") and len(pm.name) >= 8 else []
        for m in (hit for form in dict.fromkeys([pm.name, *pm.aliases, *bare]) for hit in re.finditer(re.escape(form), text)):
            for c in names:
                if c.name not in pm.companies and any(
                        re.search(re.escape(f) + _SHORT_NAME_NOTE + "$", text[max(0, m.start() - len(f) - 24):m.start()])
                        for f in [c.name] + c.aliases if len(f) >= 4):
                    pm.companies.append(c.name)
            starter = _STARTED_BY_RE.search(text, max(0, m.start() - 36), m.start())
            for c in names if starter else ():  # (头部企业X,启动Y项目: the firm whose clause the start follows)
                if c.name not in pm.companies and any(starter.group("firm").endswith(f) for f in [c.name] + c.aliases if f):
                    pm.companies.append(c.name)
            investor = _INVESTOR_BEFORE_RE.search(text, max(0, m.start() - 44), m.start())
            for c in names if investor else ():
                if c.name not in pm.companies and any(investor.group("firm").endswith(f) for f in [c.name] + c.aliases):
                    pm.companies.append(c.name)
            built_by = _BUILT_BY_RE.search(text, max(0, m.start() - 80), m.start())
            if built_by is None:
                continue
            for c in names:
                if c.name not in pm.companies and any(f in built_by.group("firms") for f in [c.name] + c.aliases):
                    pm.companies.append(c.name)
    _one_project_notice(doc, out, parks)
    _demonstrative_sums(doc, out)
    return list(out.values())


# 这个计划投资44亿元的项目，建成后…: the project just named, by a demonstrative, with its sum
_DEMONSTRATIVE_SUM_RE = re.compile(r"(?:这个|这一|该|此)(?:计划|预计|拟)?(?:总)?投资(?:额)?(?:约|达|近)?(?=\d)")


def _demonstrative_sums(doc: Doc, out: dict[str, ProjectMention]) -> None:
    """A sentence that opens with 这个…投资N的项目 gives N to the project named last before it, in the same
    paragraph and at most two sentences back."""
    text = doc.text
    for m in _DEMONSTRATIVE_SUM_RE.finditer(text):
        sent = doc.sentence_at(m.start())
        if m.start() != _CLAUSE_LEAD_RE.match(text, sent.start).end():
            continue
        a = _amount_at(text, m.end())
        if a is None or not re.match(r"的(?:重点|重大|产业)?项目", text[a.span.end:a.span.end + 5]):
            continue
        k = doc.sentence_index(sent.start)
        lo = doc.sentences[max(0, k - 2)].start
        para = text.rfind("\n", 0, sent.start) + 1
        named = [(max(text.rfind(f, max(lo, para), sent.start) for f in [pm.name, *pm.aliases]), pm) for pm in out.values()]
        named = [x for x in named if x[0] >= 0]
        if not named:
            continue
        pm = max(named, key=lambda x: x[0])[1]
        if pm.investment is None:
            pm.investment, pm.investment_sentence = a, sent


_CLAUSE_LEAD_RE = re.compile(r"\s*(?:据了解|据悉|据介绍|目前|其中)?[，,]?")


# 项目概况：本项目总投资130238.85万元 / 4、总投资及资金来源：项目计划总投资50003.66万元: this project, or the bare
# word after a form's label, opens a clause with a total (not 此次开工项目总投资…, a batch's)
_BARE_PROJECT_TOTAL_RE = re.compile(r"(?:(?:^|(?<=[\n。；;：:，,]))本项目|(?<=[：:])项目)(?:计划|预计|拟)?(?:总投资(?:额)?|投资总额)(?:为|约为|达|约)?"
                                    r"(?=[\d约近超逾])")


# 建设地点：湛江市开发区东海岛石化产业园区内: a notice's label for where its project is built
_SITE_LABEL_RE = re.compile(r"(?:^|(?<=[\n。；;，,]))(?:建设地点|建设地址|项目地点|项目地址|项目选址|选址)[：:]\s*(?P<site>[^\n。；;]{2,60})")


def _one_project_notice(doc: Doc, out: dict[str, ProjectMention], parks: list[ParkMention]) -> None:
    """A notice about one project (an approval, an assessment's public notice): the bare word's total is its sum,
    and the park its site label names (the longest form written there) is its park."""
    if len(out) != 1:
        return
    pm = next(iter(out.values()))
    text = doc.text
    if pm.investment is None:
        for m in _BARE_PROJECT_TOTAL_RE.finditer(text):
            a = _amount_at(text, m.end())
            if a is not None:
                pm.investment, pm.investment_sentence = a, doc.sentence_at(m.start())
                break
    for m in _SITE_LABEL_RE.finditer(text):
        site = m.group("site")
        forms = sorted(((f, p) for p in parks for f in [p.name, *p.aliases] if len(f) >= 3 and f in site),
                       key=lambda fp: len(fp[0]), reverse=True)
        if forms:
            pm.park = forms[0][1].name
            return


# a product's size or capacity opening an item (12英寸硅片, 5万吨…): what one maker's project makes, listed
_SPEC_OPENING_RE = re.compile(r"\d+(?:\.\d+)?(?:英寸|寸|万片|万吨|吨|GWh|GWH|GW|MW|兆瓦|千瓦|万台|万套|万辆|纳米|nm)")
_STARTED_BY_RE = re.compile(r"(?P<firm>[^，,。；;：:、]{2,24}?)[，,]?(?:正式|日前|近日|今天|今日)?(?:启动|开工建设|动工建设|开建)$")
_SHORT_NAME_NOTE = r"(?:[(（](?:以下)?简称[“\"]?[^)）]{2,12}?[”\"]?[)）])?"  # (以下简称明鑫制药)
_INVESTOR_BEFORE_RE = re.compile(r"(?P<firm>[^，,。；;：:、]{2,24}?)" + INVESTS_A_SUM + "$")


def _builders(doc: Doc, out: dict[str, ProjectMention], names: list[CompanyMention]) -> None:
    """项目建设单位X公司, X项目投资主体为Y: the firm that builds a project is its firm (the project named last before it, within two
    sentences, or the article's only one, however its first mention was written)."""
    text = doc.text
    for c in names:
        for form in [c.name] + c.aliases:
            for m in re.finditer(r"(?:项目)?(?:(?:建设|业主|实施)单位|投资主体)(?:为|是)?" + re.escape(form), text):
                if len(out) == 1:
                    pm = next(iter(out.values()))
                else:
                    at, pm = max(((max([text.rfind(f, 0, m.start()) for f in [q.name, *q.aliases]]
                                       + [q.span.start if q.span.start < m.start() else -1]), q) for q in out.values()),
                                 key=lambda x: (x[0], id(x[1])), default=(-1, None))
                    if at < 0 or doc.sentence_index(at) < doc.sentence_index(m.start()) - 2:
                        continue
                if c.name not in pm.companies:
                    pm.companies.append(c.name)
_LEGAL_FORM_INSIDE_RE = re.compile(r"(?:[(（][\u4e00-\u9fff]{2,6}[)）])?(?:股份)?有限(?:责任)?公司(?=[^，,。；;]{2})")
# (由A和B共同规划建设X项目: the verb right before the name, without 的)
_BUILT_BY_RE = re.compile(r"由(?P<firms>[^，,。；;：:]{4,70}?)(?:共同|联合|合资|独资)?(?:规划)?(?:投资)?(?:兴建|建设|投建|开发|打造)的?$")


# 该项目是…女岛船舶工业功能区的重点项目 / 该项目位于X高新区 / 投资地点位于X工业园: where the project named before stands
# (此次签约项目计划投资10亿元，拟落户P: the place may open a later clause of the sentence about the project)
_ANAPHOR_PLACE_RE = re.compile(r"(?:(?:该|这个|此|这一|此次)(?:签约|合作|重点)?项目|(?:投资|项目|建设)地点)"
                               r"(?:[^。；;！!？?\n]{0,30}?[，,](?:拟|将|已|计划)?(?=位于|落户|坐落于|选址|落地|在))?"
                               r"(?:是|位于|落户|坐落于|选址于?|落地|在(?=[^，,。；;]{2,20}?建设))[^。；;！!？?\n]{0,80}")
# (该项目分二期建设，计划总投资约10亿元，拟在西渡高新区建设…: where the project is to be built)


def _anaphoric_parks(doc: Doc, out: dict[str, ProjectMention], parks: list[ParkMention]) -> None:
    """The park a sentence about 该项目 places it in goes to the project named just before, if it has none."""
    text = doc.text
    for m in _ANAPHOR_PLACE_RE.finditer(text):
        found = []
        for p in parks:
            for form in [p.name] + p.aliases:
                i = text.find(form, m.start(), m.end())
                if i >= 0:
                    found.append((i, i + len(form), p.name))
        if not found:
            continue
        # the park whose project it is (…P的重点项目), else the one it stands in (位于P)
        owner = [f for f in found if re.match(r"的(?:重点|核心|重大|龙头)?项目|(?:首发|首个|首批|重点|重大)项目",
                                              text[f[1]:f[1] + 6])]  # (该项目是X科创城首发项目)
        if owner:
            park = owner[-1][2]
        elif re.match(r"(?:(?:该|这个|此|此次)(?:签约|合作|重点)?项目|(?:投资|项目|建设)地点)(?:[^。]*?[，,](?:拟|将|已|计划)?)?"
                      r"(?:位于|落户|坐落于|选址|落地|在(?=[^，,。；;]{2,20}?建设))", m.group()):
            park = min(found, key=lambda f: (f[0], -f[1]))[2]  # 位于华安经开区九龙工业园: the inner park
        else:
            continue
        k = doc.sentence_index(m.start())
        lo = doc.sentences[max(0, k - 3)].start
        named = [(text.rfind(pm.name, lo, m.start()), pm) for pm in out.values()]
        named = [x for x in named if x[0] >= 0]
        if named:
            pm = max(named, key=lambda x: x[0])[1]
            if not pm.park:
                pm.park = park
    # X项目总投资56.5亿元，位于P西部区域: a sentence that opens with the project and says where it stands
    # places it there, over a park it was near elsewhere
    for pm in out.values():
        for sent in doc.sentences:
            if not text.startswith(pm.name, sent.start):
                continue
            m = _OWN_SITE_RE.search(text, sent.start + len(pm.name), sent.end)
            if m is None:
                continue
            sites = [(text.find(form, m.end(), m.end() + 20), p.name) for p in parks for form in [p.name] + p.aliases]
            sites = [x for x in sites if x[0] == m.end()]
            if sites:
                pm.park = sites[0][1]
                break


# …，位于 / ，坐落于 / ，选址 opening a clause of the project's own sentence
_OWN_SITE_RE = re.compile(r"[，,](?:项目)?(?:位于|坐落于|选址于?|落户)")


# '总投资23亿元的6个新签约项目…' opening the sentence after a list of projects: their stage
_SUMMARY_RE = re.compile(r"^(?:[^，,。]{0,16}的)?(?P<n>\d+|[一二两三四五六七八九十]+)个(?P<words>[\u4e00-\u9fff]{0,6}?)项目")


_BRACKETED_SHORT_NAME_RE = re.compile(r"(?<=[\u4e00-\u9fff]{4})[(（]([\u4e00-\u9fff]{2,8})[)）]项目$")
_BRACKETED_PHASE = r"[(（](?P<phase>[一二三四五六七八九十首]期)[)）]"  # 项目(二期)
_PHASE_IN_BRACKETS_RE = re.compile(_BRACKETED_PHASE)
_BRACKETED_PHASE_RE = re.compile(_BRACKETED_PHASE + "$")


def _status_of_park_built(doc: Doc, out: dict[str, ProjectMention], park_by_form: dict[str, ParkMention]) -> None:
    """在高唐开发区电子信息产业园建设现场…, then 高唐开发区电子信息产业园项目是…: what is said of the park being
    built is said of the project that builds it, when the project's own words give no stage."""
    text = doc.text
    for pm in out.values():
        built = pm.name[:-2] if pm.name.endswith("项目") else None
        if pm.status is not None or built not in park_by_form:
            continue
        at = text.find(built)
        while at >= 0 and pm.status is None:
            if not text.startswith("项目", at + len(built)):
                pm.status = _status(doc, at, at + len(built))
            at = text.find(built, at + len(built))


def _bracketed_phases(out: dict[str, ProjectMention]) -> None:
    """X项目(一期) and X项目 read as two: one project, its phase written in brackets after its name. So are
    X配套基础设施(灵青东路)项目 and 灵青东路项目: the short name the long one gives in brackets."""
    for pm in list(out.values()):
        if pm not in out.values():
            continue
        m = _BRACKETED_PHASE_RE.search(pm.name)
        short = _BRACKETED_SHORT_NAME_RE.search(pm.name)  # (never both: one ends in 期), the other in 项目)
        bare_name = pm.name[:m.start()] if m else short.group(1) + "项目" if short else None
        bare = next((k for k, q in out.items() if q is not pm and q.name == bare_name), None)
        if bare is None:
            continue
        q = out.pop(bare)
        pm.aliases += [a for a in [q.name, *q.aliases] if a not in pm.aliases]
        pm.phase = pm.phase or (m.group("phase") if m else None)
        pm.status, pm.park = _stage_said(pm.status, q.status), pm.park or q.park
        if pm.investment is None and q.investment is not None:
            pm.investment, pm.investment_sentence = q.investment, q.investment_sentence


def _opening_investments(doc: Doc, out: dict[str, ProjectMention]) -> None:
    """A sentence that opens with the project's own name and gives what was invested in it
    (X（苏州）有限公司由X母公司投资15亿元设立): that is the project's investment."""
    text = doc.text
    for pm in out.values():
        if pm.investment is not None or len(pm.name) < 4:
            continue
        i = text.find(pm.name)
        while i >= 0:
            sent = doc.sentence_at(i)
            if text[sent.start:i].strip() == "":
                m = _OPENING_INVEST_RE.match(text, i + len(pm.name), sent.end)
                a = _amount_at(text, m.end()) if m else None
                if a is not None and _FOUNDED_RE.match(text, a.span.end):
                    pm.investment, pm.investment_sentence = a, sent
                    break
            i = text.find(pm.name, i + len(pm.name))


_OPENING_INVEST_RE = re.compile(r"[^，,。；;]{0,20}?(?:由[^，,。；;]{1,12}?)?(?:总)?投资(?:达|为)?")


def _heading_projects(doc: Doc, out: dict[str, ProjectMention]) -> None:
    """A project named alone on a line, as a heading, whose next paragraph opens with a sum (X项目 / 总投资120亿元,
    …目前,正在进行场地基础施工): the paragraph is about it; the sum is its investment, and the stage its sentences give
    now (not what they plan) is its stage."""
    text = doc.text
    for pm in out.values():
        for form in [pm.name, *pm.aliases]:
            m = re.search(r"(?:^|\n)[ \t　]*" + re.escape(form) + r"[ \t　]*\n\s*", text)
            if m is None:
                continue
            opening = _HEADING_SUM_RE.match(text, m.end())
            if opening is None:
                continue
            para_end = text.find("\n", m.end())
            para_end = len(text) if para_end < 0 else para_end
            a = _amount_at(text, opening.end())
            if pm.investment is None and a is not None:
                pm.investment, pm.investment_sentence = a, doc.sentence_at(m.end())
            if pm.status is None:
                for sent in doc.sentences:
                    if m.end() <= sent.start < para_end:
                        words = _FUTURE_RE.sub("", _NEGATED_STAGE_RE.sub(_blank, text[sent.start:sent.end]))
                        if (status := status_of(words)) is not None:
                            pm.status = status
                            break
            break


_HEADING_SUM_RE = re.compile(r"(?:项目)?(?:计划|拟)?(?:总投资|投资总额)(?:额)?(?:约|达|为)?(?=[\d约])")
_FOUNDED_RE = re.compile(r"(?:设立|成立|组建|兴建|建设)")


def _by_sentence(doc: Doc, out: dict[str, ProjectMention]) -> dict[int, list[ProjectMention]]:
    """The projects of each sentence (by its index), in the order found."""
    grouped: dict[int, list[ProjectMention]] = {}
    for pm in out.values():
        grouped.setdefault(doc.sentence_index(pm.span.start), []).append(pm)
    return grouped


def _status_from_summary(doc: Doc, out: dict[str, ProjectMention]) -> None:
    """Projects listed without a stage take the one the next sentence gives their count
    (A、B、C……迎来新势力。3个新签约项目…): the summary names exactly as many projects."""
    text = doc.text
    for k, pms in _by_sentence(doc, out).items():
        if k + 1 >= len(doc.sentences) or any(pm.status for pm in pms):
            continue
        nxt = doc.sentences[k + 1]
        said = _TIME_LEAD_RE.sub("", text[nxt.start:nxt.end].strip())  # (截至目前,5个项目均已…开复工建设)
        m = _SUMMARY_RE.match(said)
        if not m:
            continue
        n = numeral(m.group("n"))
        sent = doc.sentences[k]
        items = text[sent.start:sent.end].count("、") + 1
        if n not in (items, len(pms)):
            continue
        predicate = re.match(r"[^，,。；;]*", said[m.end():]).group()  # (…均已按计划开复工建设: what the count's clause says)
        status = status_of(m.group("words")) or (status_of(predicate) if _PRESENT_STAGE_RE.search(predicate) or "开复工" in predicate else None)
        if status is not None:
            for pm in pms:
                pm.status = status


_TIME_LEAD_RE = re.compile(r"^(?:截至目前|截止目前|目前|当前|至此|截至\d{1,2}月(?:底|末)?)[，,]")
# 目前，项目一期前6GWH已投产: a sentence that opens with the project, unnamed, and says how it stands now
_STAGE_ANAPHOR_RE = re.compile(r"\s*(?:目前|当前|现在|眼下|截至目前)?[，,]?(?:(?:该|此|这个)?项目(?:一期|二期|首期|整体)?|(?:一期|首期)(?=工程|建设))")
# (一期建设100兆瓦…，目前…已分别完成工程量的95%: the sentence after a project's, about its first phase)


# the stage such a sentence says the project has reached, in so many words (已投产, 已开工, 正在建设)
_PRESENT_STAGE_RE = re.compile(r"(?:已|已经|均已|正式)(?P<stage>投产|开工|动工|竣工|建成|投用|投入使用)|(?P<building>正在)(?:建设|施工)"
                               r"|(?P<done>已(?:分别)?完成(?:了)?(?:总)?工程量)"
                               # (项目于今年4月初开工建设: a start on a date past; 将于…: a plan, taken out before)
                               r"|^于[^，,。；;将拟预计]{1,12}?(?P<dated>开工|动工|开建|投产|竣工|建成)")


# 眼下在建的一期项目属于起步区: the phase of the project just named, said to stand at a stage
_STAGE_OF_PHASE_RE = re.compile(r"(?:眼下|目前|当前|现在)?(?P<stage>在建|正在建设|已投产|已开工|已建成)的(?:一期|二期|三期|首期)项目(?!中)")


def _status_from_anaphor(doc: Doc, out: dict[str, ProjectMention]) -> None:
    """A project with no stage takes the one a sentence of the same paragraph gives it, up to two sentences after it
    was last named, when that sentence opens with 项目 (目前，项目一期前6GWH已投产) and no other project is named
    in between."""
    text = doc.text
    named = sorted(((m.start(), pm) for pm in out.values() for m in re.finditer(re.escape(pm.name), text)), key=lambda x: x[0])
    for k, sent in enumerate(doc.sentences):
        m = _STAGE_ANAPHOR_RE.match(text, sent.start, sent.end)
        m = m if m is not None and ("项目" in m.group() or "期" in m.group()) else None
        phase = _STAGE_OF_PHASE_RE.search(text, sent.start, sent.end) if m is None else None
        if m is None and phase is None:
            continue
        before = [(at, pm) for at, pm in named if at < sent.start]
        # (the paragraphs between may each open with 项目, about the same project: 项目采用…策略。…眼下在建的一期项目…)
        breaks = [b.end() for b in re.finditer(r"\n\s*", text[before[-1][0]:sent.start])] if before else []
        if not before or any(not text.startswith("项目", before[-1][0] + b) for b in breaks) \
                or doc.sentence_index(before[-1][0]) < k - (4 if breaks else 2):
            continue
        pm = before[-1][1]
        if pm.status not in (None, "planned"):
            continue
        if phase is not None:
            pm.status = "在建" if phase.group("stage") in ("在建", "正在建设") else \
                status_of(phase.group("stage"))
            continue
        run = _FUTURE_RE.sub("", _NEGATED_STAGE_RE.sub(_blank, text[m.end():sent.end]))
        said = _PRESENT_STAGE_RE.search(run)
        if said is not None:
            if said.group("dated"):  # (项目于2019年11月开工,2021年2月竣工投产: the last stage the run dates)
                stages = re.findall(r"开工|动工|开建|竣工|建成|投产|试生产", run)
                pm.status = status_of(stages[-1]) if stages else None
                continue
            pm.status = "在建" if said.group("building") or said.group("done") else status_of(said.group("stage"))


# '此次集中开工的项目建设周期为1至3年…': a paragraph about the projects of one event
_EVENT_OPENER_RE = re.compile(r"(?:此次|本次|这次)(?:集中)?(?P<event>开工|签约|投产|竣工|落地|动工)")


def _status_from_paragraph_event(doc: Doc, out: dict[str, ProjectMention]) -> None:
    """Projects of a paragraph that opens with an event (此次集中开工的项目…) and give no present
    stage of their own (only a plan or a forecast) are at that event's stage."""
    text = doc.text
    for pm in out.values():
        own = text[pm.sentence.start:pm.sentence.end]
        if pm.status not in (None, "planned") and not (
                pm.status == "签约" and not re.search(_SIGNED, _SITED_ONLY_RE.sub(_blank, own))):
            continue  # (a project only sited, 落地P, read as signed, takes the event its batch is at)
        line_start = text.rfind("\n", 0, pm.span.start) + 1
        opening = text[line_start:pm.span.start].lstrip()
        lead = _LEAD_PHRASE_RE.match(opening)  # 值得注意的是，本次集中开工的12个项目…: a phrase before the event
        m = _EVENT_OPENER_RE.match(opening, lead.end() if lead else 0) or _BATCH_AMONG_OPENER_RE.match(opening)
        if m is None and line_start > 0 and not _ANY_STAGE_RE.search(text, line_start, _line_end(text, line_start)):
            # 开工的22个项目中,9个工业项目…。\n总投资10亿元的X项目,建成后…: a paragraph with no stage of its own goes on
            # describing the batch the paragraph before opened with
            prev_start = text.rfind("\n", 0, line_start - 1) + 1
            while prev_start > 0 and not text[prev_start:line_start].strip():
                prev_start = text.rfind("\n", 0, prev_start - 1) + 1
            m = _BATCH_AMONG_OPENER_RE.match(text[prev_start:line_start].lstrip())
        if m:
            # the event's word read by the status table: 动工 is 开工, 落地 is 签约
            pm.status = status_of(m.group("event"))


# 开工的22个项目中, 此次签约的12个项目中, 这次集中签约的19个项目，覆盖…: the batch of one event, whose items the
# paragraph (or the next) goes on to describe
# (集中开工项目中,A项目和B项目选择落地P: the batch, uncounted)
_BATCH_AMONG_OPENER_RE = re.compile(r"(?:当天|当日|此次|本次|这次)?(?:集中)?(?P<event>开工|签约|投产|竣工|动工)(?:的(?:\d+|[一二两三四五六七八九十]+)个"
                                    r"[\u4e00-\u9fff]{0,4}?项目(?:中|[，,](?=覆盖|涵盖|包括|涉及))|项目中[，,]|的项目中[，,])")
# (当日签约的项目中,外资项目有:A、B等。民资项目有:C…: the day's batch, its items listed by kind)
_ANY_STAGE_RE = re.compile(r"开工|动工|签约|投产|竣工|建成(?!后)|在建|建设中|试生产|落户|落地|入驻")


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


_LEAD_PHRASE_RE = re.compile(r"(?:值得注意的是|值得一提的是|据悉|据了解|据介绍|其中|同时)[，,]\s*")
# …集中签约17个项目，…。其中，A、B等项目，将以…为主导: the count of a batch and its event, in the sentence before
_BATCH_COUNTED_RE = re.compile(r"(?:集中|现场|共|此次|成功)?(?P<event>签约|开工|动工|投产|竣工|启动建设)(?:了)?"
                               r"(?:(?:\d+|[一二两三四五六七八九十]+)(?:个|项)|一批)[\u4e00-\u9fff]{0,6}项目")
# 现场24个项目集中签约: the count first, then the event
# 活动现场集中动工建设项目33个: the event, the word 项目, then the count
_BATCH_EVENT_FIRST_RE = re.compile(r"(?:集中|现场|共)(?P<event>签约|开工|动工|投产|竣工)(?:建设)?(?:的)?[\u4e00-\u9fff]{0,4}?项目"
                                   r"(?:共|有|达)?(?:\d+|[一二两三四五六七八九十]+)(?:个|项)")
# (此次文昌集中开工的产业项目共8个。具体包括：A、B…: a kind of project in the count too)
_BATCH_COUNTED_FIRST_RE = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)(?:个|项)[\u4e00-\u9fff]{0,6}?项目(?:集中|现场|成功|正式)?"
                                     r"(?P<event>签约|开工|动工|投产|竣工)")
# 这批重点项目包括A、B…: the batch a sentence before has named by its event (启动建设一批重点项目)
_THIS_BATCH_RE = re.compile(r"(?:据(?:了解|介绍|悉)[，,]\s*)?[^，,。；;]{0,6}?(?:这批|该批|此批|这些)[\u4e00-\u9fff]{0,6}项目(?:包括|有|为|分别是)"
                            # (…集中动工建设项目33个…。项目包括A、B等5个新引进项目，还有C等10个增资扩产项目: the bare word, opening
                            # the sentence, is the batch just counted)
                            r"|(?:据(?:了解|介绍|悉)[，,]\s*)?项目(?:包括|分别是|分别为)"
                            r"|具体(?:包括|为|是|有)[：:]?")


# 开工的项目有：A；B。 / 签约的项目有：C；D。: a paragraph that lists the projects of one stage
_LIST_HEADER_RE = re.compile(r"\s*(?:此次|本次|当天)?(?:集中)?(?P<event>开工|签约|投产|竣工|动工|开工建设|签约落户)的(?:重点|重大)?项目"
                             r"(?:有|包括|是|为|分别是)[：:]")


def _status_from_list_header(doc: Doc, out: dict[str, ProjectMention]) -> None:
    """Projects of a paragraph that opens by naming their stage (开工的项目有：…；…): with no present stage of their
    own, they are at that stage, each item after a ；as much as the first."""
    text = doc.text
    headers = [(h, "\n") for h in _LIST_HEADER_RE.finditer(text)
               if h.start() == 0 or text[h.start() - 1] in "\n。"]
    # 集中开工的10个重点项目总投资44.08亿元,其中,产业项目6个,…,分别为A,总投资5.2亿元;B;C…。: the batch counted with its
    # event, then its items one by one, each after a ; as much as the first, to the sentence's end
    headers += [(h, "。") for h in _COUNTED_BATCH_ITEMS_RE.finditer(text)]
    for header, closing in headers:
        end = text.find(closing, header.end())
        end = len(text) if end < 0 else end
        status = status_of(header.group("event"))
        for pm in out.values():
            if header.end() <= pm.span.start < end and pm.status in (None, "planned"):
                pm.status = status


_COUNTED_BATCH_ITEMS_RE = re.compile(r"集中(?P<event>开工|签约|投产|竣工|动工)的(?:\d+|[一二两三四五六七八九十]+)个(?:重点|重大)?项目"
                                     r"[^。：:]{0,60}?(?:分别为|分别是|包括)[：:]?")


# 新签合同项目7个。分别是:…, 续建项目18个。分别是:…: the projects of one stage, counted, then named
_CATEGORY_HEADER_RE = re.compile(r"(?P<cat>新签(?:约|合同)?|新开工|新建|续建|在建|在谈|前期|竣工|投产)(?:的)?(?:重点|重大|产业|工业)?项目"
                                 r"(?:共|有)?(?:\d+|[一二两三四五六七八九十百]+)(?:个|项)[。，,；;]?\s*(?:其中[，,]?)?"
                                 r"(?:分别是|分别为|包括|主要有|主要包括|具体是|为)[：:]?")
_CATEGORY_STATUS = {"新签": "签约", "新签约": "签约", "新签合同": "签约", "新开工": "开工", "新建": "开工", "续建": "在建",
                    "在建": "在建", "在谈": "planned", "前期": "planned", "竣工": "竣工", "投产": "投产"}


def _status_from_category_header(doc: Doc, out: dict[str, ProjectMention]) -> None:
    """Projects named after a stage's count (新建项目16个。分别是:A、B…；续建项目18个。分别是:…): with no stage of their own,
    at that stage, up to the next such count or the paragraph's end."""
    text = doc.text
    headers = list(_CATEGORY_HEADER_RE.finditer(text))
    for k, header in enumerate(headers):
        if header.start() > 0 and text[header.start() - 1] not in "\n。；;，,)）":
            continue  # (重点新建项目…: a header opens its sentence or run)
        end = text.find("\n", header.end())
        end = len(text) if end < 0 else end
        if k + 1 < len(headers):
            end = min(end, headers[k + 1].start())
        status = _CATEGORY_STATUS[header.group("cat")]
        for pm in out.values():
            if header.end() <= pm.span.start < end and pm.status in (None, "planned"):
                pm.status = status
    # 其中,续建项目9项,力争A、B等6个项目建成投产;稳步推进C、D等3个项目建设;新建项目12项,确保…: works carried on are being
    # built, whatever the clauses after their count aim them at, up to the next count of another stage
    for header in _ONGOING_HEADER_RE.finditer(text):
        end = text.find("\n", header.end())
        end = len(text) if end < 0 else end
        other = _OTHER_STAGE_HEADER_RE.search(text, header.end(), end)
        end = other.start() if other else end
        for pm in out.values():
            if header.end() <= pm.span.start < end and pm.status in (None, "planned"):
                pm.status = "在建"


_ONGOING_HEADER_RE = re.compile(r"(?:^|(?<=[，,。；;：:\n]))(?:其中[，,]?)?(?:续建|在建)(?:的)?(?:重点|重大|产业|工业)?项目(?:共|有)?"
                                r"(?:\d+|[一二两三四五六七八九十百]+)(?:个|项)[，,；;]")
_OTHER_STAGE_HEADER_RE = re.compile(r"(?:新建|新开工|新签约?|前期|储备|谋划|预备|拟建|竣工|投产)(?:的)?(?:重点|重大|产业|工业)?项目")


def _items_open_with_counties(doc: Doc, s: int) -> bool:
    """Whether two or more items of the list around `s` (within its clause) open with a county or a district."""
    clause = doc.clause(s)
    return len(_ITEM_OPENS_WITH_COUNTY_RE.findall(doc.text[clause.start:clause.end])) >= 2


# A、B…和C等续建项目13个: a list closed by its items' stage and count
_STAGE_CLOSED_LIST_RE = re.compile(r"等(?:(?:\d+|[一二两三四五六七八九十]+)个)?(?P<cat>新签(?:约|合同)?|新开工|续建|在建|竣工|投产)"
                                   r"(?:的)?(?:重点|重大|产业|工业)?项目(?:(?:\d+|[一二两三四五六七八九十]+)个)?")


def _status_from_stage_closed_list(doc: Doc, out: dict[str, ProjectMention]) -> None:
    """The items of a list closed by their stage (还包括A、B…和C等续建项目13个), with no present stage of their own, are at
    that stage: the list runs back to its clause's start."""
    text = doc.text
    for m in _STAGE_CLOSED_LIST_RE.finditer(text):
        start = doc.clause(m.start(), marks="，,；;：:").start
        status = _CATEGORY_STATUS[m.group("cat")]
        for pm in out.values():
            if start <= pm.span.start < m.start() and pm.status in (None, "planned"):
                pm.status = status


# 推进已签约供地的A、B、…等9个项目的开工、达产: the stage the list's own modifier gives its items now
_STAGED_MODIFIER_RE = re.compile(STAGED_LIST_OPEN +
                                 r"(?P<items>[^，,。；;：:]{4,200}?)等(?:\d+|[一二两三四五六七八九十]+)(?:多|余)?个[\u4e00-\u9fff]{0,4}项目")


def _status_from_list_modifier(doc: Doc, out: dict[str, ProjectMention]) -> None:
    """The items of a list a modifier says have reached a stage (已签约供地的A、B…等9个项目) are at that stage, whatever the
    clause goes on to plan for them (…的开工、达产)."""
    text = doc.text
    for m in _STAGED_MODIFIER_RE.finditer(text):
        status = status_of(m.group("stage"))
        for pm in out.values():
            if m.start("items") <= pm.span.start < m.end("items"):
                pm.status = status


# 这批项目涵盖…, 上述产业项目全部达产后…: a paragraph about the batch the story's lead reports
_BATCH_PARAGRAPH_RE = re.compile(r"\s*(?:(?:这批|该批|此批|上述|这些|这(?:\d+|[一二两三四五六七八九十]+)[个项])[\u4e00-\u9fff]{0,6}?项目"
                                 r"|按(?:领域|行业|类别|产业|类型)(?:分|划分)[，,])")  # (按领域分,先进制造业项目39个…,包括…: the batch by field)
# 按行业类别划分: a line that heads the batch's paragraphs by field
_BY_FIELD_HEADING_RE = re.compile(r"按(?:领域|行业|类别|产业|类型|资金来源)+(?:分|划分)")
# the lead's event: 西安经开区2022年一季度重点项目集中开工
_LEAD_EVENT_RE = re.compile(r"项目的?(?:集中|统一)?(?P<event>开工|签约|开竣工|竣工|投产|动工)(?:仪式|活动|建设)?"
                            r"|[“\"](?P<round>开工|签约|投产)一批[”\"]项目"  # (全市第七期“开工一批”项目93个: the round's)
                            r"|(?:集中|统一)(?P<done>开工|签约|竣工|投产|动工)(?:活动)?的[\u4e00-\u9fff]{0,6}项目"  # (集中开工的产业项目8个)
                            # (光明区2023年第二季度开工项目集中启动: the stage, then the projects, then the joint start)
                            r"|(?P<first>新开工|开工|签约|投产|竣工)的?(?:重点|重大|产业)?项目(?:集中|统一)(?:启动|举行|亮相)")
# …介绍说,这些项目分别是A、B…: the batch by reference, inside a sentence
_BATCH_LISTED_RE = re.compile(r"(?:这批|该批|此批|上述|这些|这(?:\d+|[一二两三四五六七八九十]+)[个项])[\u4e00-\u9fff]{0,6}?项目"
                              r"(?:分别|主要)?(?:是|为|包括|有|涵盖)[：:]?")


def _under_field_heading(text: str, line_start: int) -> bool:
    """True when the paragraph at line_start follows a line that heads the batch by field (按行业类别划分), directly or
    past other paragraphs of the same kind (产业发展项目5个,…包括…)."""
    lines = [x.strip() for x in text[:line_start].split("\n") if x.strip()]
    for line in reversed(lines[-4:]):
        if _BY_FIELD_HEADING_RE.fullmatch(line):
            return True
        if not _FIELD_COUNT_OPENING_RE.match(line):
            return False
    return False


# 产业发展项目5个,总投资51.6亿元…: a paragraph that opens with one field's count of the batch
_FIELD_COUNT_OPENING_RE = re.compile(r"[\u4e00-\u9fff]{2,10}项目(?:\d+|[一二两三四五六七八九十]+)个")


def _status_from_lead_batch(doc: Doc, out: dict[str, ProjectMention]) -> None:
    """The projects of paragraphs that open with the batch by reference (这批项目涵盖…包括A、B等; 上述产业项目全部达产后…，
    其中，C项目…), after a lead whose first sentences report that batch at one event (重点项目集中开工), are at that event
    when they give no stage of their own."""
    text = doc.text
    event = None
    # (the first two paragraphs, past a quote that opens the story: “今天的集中开工,…。”…表示。\n同日下午,…“开工一批”项目93个)
    lines = [m.end() for m in islice(re.finditer(r"[^\n]*\S[^\n]*", text), 2)]
    lead_end = lines[-1] if lines else len(text)
    for sent in [x for x in doc.sentences[:5] if x.start < lead_end]:
        m = _LEAD_EVENT_RE.search(text, sent.start, sent.end)
        if m:
            event = status_of(m.group("event") or m.group("round") or m.group("done") or m.group("first"))
            break
    if event is None:
        return
    for pm in out.values():
        if pm.status is not None:
            continue
        line_start = text.rfind("\n", 0, pm.span.start) + 1
        sent = doc.sentence_at(pm.span.start)
        if (line_start > 0 and _BATCH_PARAGRAPH_RE.match(text, line_start)) or _under_field_heading(text, line_start) \
                or _BATCH_LISTED_RE.search(text, sent.start, pm.span.start):
            pm.status = event


def _status_from_batch_after_list(doc: Doc, out: dict[str, ProjectMention]) -> None:
    """A paragraph that is only a list of names (A、B、C……), followed by one whose first sentence reports a batch of
    projects at one event (日前,…重大项目集中开工,12个项目…): the names are that batch, at that event, when they give
    no stage of their own."""
    text = doc.text
    for pm in out.values():
        if pm.status is not None:
            continue
        line_start = text.rfind("\n", 0, pm.span.start) + 1
        line_end = text.find("\n", pm.span.start)
        line_end = len(text) if line_end < 0 else line_end
        if not _BARE_LIST_LINE_RE.fullmatch(text, line_start, line_end):
            continue
        after = len(text) - len(text[line_end:].lstrip())
        if after >= len(text):
            continue
        first = doc.sentence_at(after)
        m = _LEAD_EVENT_RE.search(text, first.start, first.end)
        if m:
            pm.status = status_of(m.group("event") or m.group("round"))


# a line of names and 、 only, closed by an ellipsis or 等 (the lead of a feature that lists what it reports)
_BARE_LIST_LINE_RE = re.compile(r"\s*[^，,。；;：:！？!?\n]{2,40}(?:、[^，,。；;：:！？!?\n]{2,40}){2,}(?:……|…|等)?\s*")


# A、B等5个新引进项目: a kind of project in a batch (the newly brought in, beside 增资扩产项目), not its event
_NEW_CATEGORY_RE = re.compile(r"新(?:引进|签约|落户|引入)(?:的)?(?:重点|重大|产业|工业)?项目")


def _signed_by_category(doc: Doc, pm: ProjectMention) -> bool:
    """The project reads as signed only from the kind of project its list names (…等5个新引进项目)."""
    if pm.status != "签约":
        return False
    own = doc.clause(pm.span.start, pm.span.start + len(pm.name))
    return not re.search(_SIGNED, _NEW_CATEGORY_RE.sub(_blank, doc.text[own.start:own.end]))


def _status_from_batch_among(doc: Doc, out: dict[str, ProjectMention]) -> None:
    """Projects a sentence opening with 其中 names out of a batch the sentence before counts at its event (集中签约17个
    项目。其中，A、B等项目，将以…): with no present stage of their own, and no plan of one (将 says what they will do,
    not that they are not signed), they are at the batch's stage."""
    text = doc.text
    for pm in out.values():
        if pm.status not in (None, "planned") and not _signed_by_category(doc, pm):
            continue
        k = doc.sentence_index(pm.span.start)
        sent = doc.sentences[k]
        opening = text[sent.start:sent.end].lstrip()
        this_batch = _THIS_BATCH_RE.match(opening) is not None
        if k == 0 or not (opening.startswith("其中") or this_batch):
            continue
        run = doc.clause(pm.span.start, pm.span.start + len(pm.name), marks=RUN_MARKS)
        if pm.status == "planned" and _PLANNED_START_RE.search(text, run.start, run.end):
            continue  # (其中，A项目拟于明年开工: a plan of its own)
        m = None
        for back in range(k - 1, max(-1, k - (3 if this_batch else 2)), -1):  # (a sentence about who came may stand between)
            prev = doc.sentences[back]
            m = _BATCH_COUNTED_RE.search(text, prev.start, prev.end) or _BATCH_COUNTED_FIRST_RE.search(text, prev.start, prev.end) \
                or _BATCH_EVENT_FIRST_RE.search(text, prev.start, prev.end)
            if m:
                break
        if m:
            pm.status = status_of(m.group("event"))


# 预计明年6月底投产。 / 预计本月底开工点火。: a short sentence with no subject of its own that forecasts a stage
_FORECAST_SENTENCE_RE = re.compile(r"\s*(?:预计|计划|力争|争取|有望)[^，,；;。！？]{0,20}[。！!]?\s*$")
_FORECAST_START_RE = re.compile(r"(?:预计|计划|力争|争取|有望)[^，,；;。]{0,12}?(?:开工|动工)")
_SITED_ONLY_RE = re.compile(r"落地|落户|引进|引入|入驻")


def _status_from_forecast_after(doc: Doc, out: dict[str, ProjectMention]) -> None:
    """X项目，总投资91亿元，落地Y区…。预计明年6月底投产。: the short sentence after the one a project opens, forecasting
    its completion, says it is being built; forecasting its start, that it is planned. Such a sentence says more than
    where the project was sited (落地, 引进 read as signed); a signing of its own or a present stage stays."""
    text = doc.text
    for k, pms in _by_sentence(doc, out).items():
        if len(pms) != 1 or k + 1 >= len(doc.sentences):
            continue
        pm, sent, nxt = pms[0], doc.sentences[k], doc.sentences[k + 1]
        if text[sent.start:pm.span.start].strip() or "\n" in text[sent.end:nxt.start].strip(" \u3000") \
                or not _FORECAST_SENTENCE_RE.match(text, nxt.start, nxt.end):
            continue  # (the project must open its sentence, and the forecast follow in the same paragraph)
        own = text[sent.start:sent.end]
        if pm.status not in (None, "planned") and not (
                pm.status == "签约" and not re.search(_SIGNED, _SITED_ONLY_RE.sub(_blank, own))):
            continue
        forecast = text[nxt.start:nxt.end].strip()
        if _FORECAST_START_RE.search(forecast):
            pm.status = "planned"
        elif _forecasts_completion(forecast):
            pm.status = "在建"


# '新区12个项目集中签约引资34.8亿元': a headline that reports one event of the article's projects
_HEADLINE_EVENT_RE = re.compile(r"项目[^，,。]{0,6}?(?:集中)?(?P<event>签约|开工|动工|投产|竣工)"
                                # (福建集中开工265个重大项目: the event, then the projects counted)
                                r"|集中(?P<first>签约|开工|动工|投产|竣工)(?:了)?\d+个[\u4e00-\u9fff]{0,8}?项目")


_PLANNED_STAGE_RE = re.compile(r"(?:将|拟|计划|力争|力促|争取|预计|有望|准备)[^，,。；;]{0,12}?(?:开工|动工|开建|签约|落户|落地)"
                               r"|前期")


def _status_from_headline_event(doc: Doc, out: dict[str, ProjectMention]) -> None:
    """Projects the body gives no stage at all take the event the headline reports for the article's projects
    (or, in a story stored without its headline, its first sentence: 2025年一季度全市重大项目集中开工活动举行)."""
    if doc.headings and doc.headings[0].start == 0:
        lead = doc.headings[0]
    elif doc.sentences and (not doc.headings or doc.sentences[0].end <= doc.headings[0].start):
        lead = doc.sentences[0]  # (福建集中开工265个重大项目,含…28家!: a headline the line rules do not read as one)
    else:
        return
    said = doc.text_of(lead)
    m = _HEADLINE_EVENT_RE.search(said)
    if not m:
        return
    status = status_of(m.group("event") or m.group("first"))
    clause_start = max(said.rfind(c, 0, m.start()) for c in "，,；;") + 1  # (the event's own clause)
    # (今年新区将…,力争前两季度,10个项目在新区开工建设: a plan, no event; 一期项目年底前可建成投产: a forecast)
    planned_lead = _PLANNED_STAGE_RE.search(said) is not None or _AIM_RE.search(said, 0, m.start()) is not None \
        or any(clause_start <= f.start() < m.end() for f in _FUTURE_RE.finditer(said))
    for pm in out.values():
        if pm.status is None:
            pm.status = status
        elif pm.status == "planned" and not planned_lead and not lead.start <= pm.span.start < lead.end:
            # (a plan read only from what the project is to do, 是一个…的优质项目，将对标低碳工厂标准, or when it is to be
            # finished, 预计2022年1月建成投入使用: the headline's event; not a plan of its start, 也将开工, 力促…在3、4月份
            # 开工建设, 前期项目: a project still to come; nor a project the lead itself names, which has had its say
            # there: 在谈项目推进签约, 项目正筹备开工)
            run = doc.clause(pm.span.start, pm.span.end, marks=RUN_MARKS)
            if not _PLANNED_STAGE_RE.search(doc.text, run.start, run.end):
                pm.status = status


# 位于P的X工程建设现场: the park a mention of the project is said to stand in, right before it
_SITED_BEFORE_RE = re.compile(r"(?:位于|坐落于|地处)(?P<park>[^，,。；;、的]{2,30})的$")


def _stem_mentions(doc: Doc, out: dict[str, ProjectMention], park_by_form: dict[str, ParkMention]) -> None:
    """X项目 the text also writes without 项目, elsewhere and before it (位于P的X工程建设现场，塔吊林立…。据了解，X工程项目
    总投资…): that mention is the project's too; with no stage or park of its own, the project takes the stage that
    mention's clause run gives it, and the park it is said to stand in there."""
    text = doc.text
    longest_first = sorted(park_by_form.items(), key=lambda x: -len(x[0]))
    for pm in out.values():
        if not pm.name.endswith("项目") or len(pm.name) < 8 or (pm.status and pm.park):
            continue
        stem = pm.name[:-2]
        for m in re.finditer(re.escape(stem), text):
            if text.startswith("项目", m.end()) or any(h.start <= m.start() < h.end for h in doc.headings):
                continue  # (the project's own name; a headline is no clause)
            if not pm.status:
                pm.status = _status(doc, m.start(), m.end())
            if not pm.park:
                sited = _SITED_BEFORE_RE.search(text, max(0, m.start() - 34), m.start())
                p = park_by_form.get(sited.group("park")) if sited else None
                if p is None and sited:
                    # (位于绵阳高新区河北-平武工业园: the zone, then its park; the last park named is where it stands)
                    p = next((q for form, q in longest_first if sited.group("park").endswith(form)), None)
                if p is not None:
                    pm.park = p.name


def _headline_short_forms(doc: Doc, out: dict[str, ProjectMention]) -> None:
    """A headline's shortened name of a project the body names in full (大截面导线…设备生产基地 /
    大截面导线…生产厂及…设备生产基地项目: the same opening and the same head) is that project's alias."""
    heads = [h for h in doc.headings]
    for key, pm in list(out.items()):
        if not any(h.start <= pm.span.start < h.end for h in heads):
            continue
        short = re.sub("项目$", "", pm.name)
        full = [q for q in out.values() if q is not pm and not any(h.start <= q.span.start < h.end for h in heads)
                and len(q.name) > len(pm.name) and _common_prefix(q.name, short) >= 6
                and re.sub("项目$", "", q.name).endswith(short[-2:])]
        if len(full) != 1:
            continue
        q = full[0]
        if pm.name not in q.aliases:
            q.aliases.append(pm.name)
        q.status = _stage_said(q.status, pm.status)
        q.park = q.park or pm.park
        if q.investment is None:
            q.investment, q.investment_sentence = pm.investment, pm.investment_sentence
        del out[key]


# 吉港…液化天然气(LNG)项目: the abbreviation a name gives in brackets, which the text then writes as LNG项目
_ABBREVIATED_RE = re.compile(r"[(（]([A-Za-z][A-Za-z0-9]{1,7})[)）]项目$")


def _park_tail_forms(doc: Doc, out: dict[str, ProjectMention], park_by_form: dict[str, ParkMention]) -> None:
    """A project named after its park and a part of it (贵阳大数据科创城核心区项目), written again without the park
    (本次开工的核心区项目总投资约115亿元): the short form is its alias, and the sum written against it its investment."""
    text = doc.text
    for pm in out.values():
        form = next((f for f in sorted(park_by_form, key=len, reverse=True)
                     if len(f) >= 4 and pm.name.startswith(f) and pm.park == park_by_form[f].name), None)
        tail = pm.name[len(form):] if form else ""
        if len(tail) < 5 or not tail.endswith("项目") or PHASE_RE.match(tail) or re.match(r"[\d(（]", tail):
            continue  # (X高新区二期项目: a phase of the park; X产业园(一期)项目)
        written = [m.start() for m in re.finditer(re.escape(tail), text) if text[max(0, m.start() - len(form)):m.start()] != form]
        # (only where a sum is written against the short form: 基础设施项目 alone is more often a kind of works)
        found = next((f for i in written if (f := _investment_written_against(text, i, i + len(tail))) is not None), None)
        if found is None:
            continue
        pm.aliases.append(tail)
        if pm.investment is None:
            (pm.investment, phase), pm.investment_sentence = found, doc.sentence_at(text.find(tail))
            pm.phase = pm.phase or phase


def _abbreviated_key(name: str) -> str | None:
    m = _ABBREVIATED_RE.search(name)
    return _key(m.group(1) + "项目") if m else None


def _tail_short_forms(out: dict[str, ProjectMention]) -> None:
    """A name that is the tail of exactly one longer project's (元创未来中心项目 of 漕河泾元创未来中心项目), or
    the abbreviation one gives in brackets (LNG项目 of …液化天然气(LNG)项目), is that project, written again
    without its place."""
    for key, pm in list(out.items()):
        # (科技园项目 of X科技园项目: a park's bare kind, as the text calls the one project named so)
        reach = 5 if not (key in PARK_SUFFIXES and pm.name == key + "项目") else 3
        longer = [q for k, q in out.items() if k != key and (
            len(key) >= reach and len(k) > len(key) and k.endswith(key) or _abbreviated_key(q.name) == key)]
        if len(longer) == 1:
            _merge_into(longer[0], pm)
            del out[key]


def _stage_said(status: str | None, other: str | None) -> str | None:
    """The status of two mentions of one project: the first one's, unless it is none or only a plan and the other
    gives a stage (完成环评审批…, then 项目也已开工建设: started), as a later mention of the same name does."""
    return other if status in (None, "planned") and other not in (None, "planned") else status or other


def _merge_into(q: ProjectMention, pm: ProjectMention) -> None:
    """pm is q written again: its name (and the names it was written under) become aliases, and what q lacks
    comes from it."""
    q.aliases += [a for a in [pm.name, *pm.aliases] if a not in q.aliases and a != q.name]
    q.status = _stage_said(q.status, pm.status)
    q.park = q.park or pm.park
    if q.investment is None:
        q.investment, q.investment_sentence = pm.investment, pm.investment_sentence


# What a project's full name holds between its firm and its product that a second mention leaves out: a
# generation (第8.5代), a phase or a capacity
_INNER_DETAIL_RE = re.compile(r"第?\d+(?:\.\d+)?代|[一二三四首]期|(?:年产)?\d+(?:\.\d+)?(?:万|千|亿)?(?:吨|台|套|辆|片|件)")


def _inner_short_forms(out: dict[str, ProjectMention]) -> None:
    """A name that is exactly one longer project's without a detail inside it (旭硝子TFT-LCD玻璃基板项目 of
    旭硝子第8.5代TFT-LCD玻璃基板项目) is that project, written again more briefly."""
    for key, pm in list(out.items()):
        longer = []
        for k, q in out.items():
            if k == key or len(k) <= len(key) or len(key) < 6:
                continue
            for m in _INNER_DETAIL_RE.finditer(k):
                if m.start() >= 2 and k[:m.start()] + k[m.end():] == key:
                    longer.append(q)
                    break
        if len(longer) == 1:
            _merge_into(longer[0], pm)
            del out[key]


def _inserted_short_forms(doc: Doc, out: dict[str, ProjectMention]) -> None:
    """A name that is exactly one longer project's without one or two characters inside it, no figure in either
    (官井头低成本空间项目 of 官井头低成本产业空间项目, 蟠龙新区装备制造业园项目 of …装备制造产业园项目): one project,
    named by the form the body writes most (not a headline's, not one after 除), the longer on a tie."""
    text = doc.text
    headline_end = text.find("\n")

    def written(name: str) -> int:
        return sum(1 for m in re.finditer(re.escape(name), text)
                   if m.start() > headline_end >= 0 and text[m.start() - 1:m.start()] != "除")

    for key, pm in list(out.items()):
        if key not in out or len(pm.name) < 8:
            continue
        longer = [(k, q) for k, q in out.items() if k != key and len(q.name) - len(pm.name) in (1, 2)
                  and (_inserted_into(pm.name, q.name) or (q.name.endswith("工程项目") and q.name[:-4] + "项目" == pm.name))]
        # (X启动区(一期)项目 of X启动区(一期)工程项目: 工程 before 项目 left out)
        if len(longer) != 1:
            continue
        k, q = longer[0]
        if written(pm.name) > written(q.name):
            _merge_into(pm, q)  # (双城国际农产品采购中心 four times, 双城雨润国际农产品采购中心 once)
            del out[k]
        else:
            _merge_into(q, pm)
            del out[key]

def _adverb_verb_before_head(text: str, head: int) -> bool:
    """True when the words right before 项目 at `head` are an adverb and a verb (认真/听取/项目)."""
    words = [t for t in tokens_around(text, max(0, head - 1)) if t.end <= head]
    return len(words) >= 2 and words[-1].end == head and words[-1].tag == "v" and len(words[-1].word) >= 2 \
        and words[-2].tag in ("ad", "d") and len(words[-2].word) >= 2  # (not 回收再利用项目: 再 joins two verbs of a trade)


def _inserted_into(short: str, name: str, *, lo: int = 2, tail: int = 4) -> bool:
    """True when `name` is `short` with a few characters put in after its first `lo`, none of them a digit, and
    not right after a digit, and `tail` or more after them (60万吨新材料项目 in 60万吨钢铁新材料项目; not 6万吨 in 60万吨,
    1号 in 12号)."""
    d = len(name) - len(short)
    return d > 0 and any(name[:i] == short[:i] and name[i + d:] == short[i:] and not re.search(r"\d", name[i:i + d])
                         and not short[i - 1].isdigit() for i in range(lo, len(short) - tail + 1))


_OUTPUT_OPENING_RE = re.compile(r"^年产")


def _firmless_short_forms(out: dict[str, ProjectMention], companies: list[CompanyMention]) -> None:
    """A name that is exactly one longer project's without the firm it opens with, and perhaps a word or two inside
    (180万吨合金带钢项目 of 信钢公司180万吨合金带钢生产线项目, written 由信钢公司投资兴建的180万吨合金带钢项目): that
    project, written again without its firm."""
    firms = {f for c in companies for f in [c.name, *c.aliases] if len(f) >= 2}
    for c in companies:  # (康峰10萬噸…項目 of 福建省康峰新材料有限公司: the firm's own word, after its place)
        city, rest = leading_place(c.name)
        rest = rest[len(city):].lstrip("市") if city else rest
        if len(c.name) >= 8 and len(rest) >= 6:
            firms |= {rest[:2], rest[:3]}
    firms = sorted(firms, key=len, reverse=True)
    for key, pm in list(out.items()):
        if key not in out or len(pm.name) < 6 or not pm.name.endswith("项目"):
            continue
        short = _OUTPUT_OPENING_RE.sub("", pm.name)
        longer = []
        for k, q in out.items():
            firm = next((f for f in firms if q.name.startswith(f)), None)
            rest = _OUTPUT_OPENING_RE.sub("", q.name[len(firm):]) if firm and k != key else ""
            if rest and (rest == short or (len(rest) - len(short) in (1, 2, 3) and _inserted_into(short, rest, lo=4, tail=2))):
                longer.append(q)
        if len(longer) == 1:
            _merge_into(longer[0], pm)
            del out[key]


def _elided_short_forms(out: dict[str, ProjectMention]) -> None:
    """A name made of one longer project's opening (two or more characters) and its closing (four or more, 项目
    among them), the words between left out (易商基地项目 of 易商智能终端及核心零部件产业基地项目), and of no
    other project's: that project, written again by its short form."""
    for key, pm in list(out.items()):
        name = pm.name
        if len(name) < 6 or not name.endswith("项目") or re.search(r"\d", name):
            continue
        longer = [q for k, q in out.items() if k != key and len(q.name) >= len(name) + 3
                  and any(q.name.startswith(name[:i]) and q.name.endswith(name[i:]) for i in range(2, len(name) - 3))]
        if len(longer) == 1:
            _merge_into(longer[0], pm)
            del out[key]


def _opening_short_forms(out: dict[str, ProjectMention]) -> None:
    """A name with no 项目 of its own that opens exactly one longer project's, which goes on with what the works are
    and 项目 (赛孚士抗体药物 of 赛孚士抗体药物CDMO生产基地项目): that project, written again by its opening words (not a
    phase of it: A and A二期项目 are two)."""
    for key, pm in list(out.items()):
        name = pm.name
        if len(name) < 5 or name.endswith("项目") or re.search(r"\d", name):
            continue
        longer = [q for k, q in out.items() if k != key and q.name.startswith(name) and q.name.endswith("项目")
                  and _WORKS_AFTER_OPENING_RE.fullmatch(q.name, len(name))]
        if len(longer) == 1:
            _merge_into(longer[0], pm)
            del out[key]


_WORKS_AFTER_OPENING_RE = re.compile(r"[A-Za-z]{0,6}(?:(?!期)[\u4e00-\u9fff]){0,6}(?:基地|工厂|中心|产业园|生产线)项目")


# …等一大批企业落户肥东，既为…: the place the clause settles its projects in, a county or a city, written bare
_SITED_IN_RE = re.compile(r"(?:落户|落地|入驻|扎根)(?:于|在|到)?(?P<place>[\u4e00-\u9fff]{2,4}?)(?:县|市)?(?![\u4e00-\u9fff])")


# …、C等7个项目在P集中开工: the site a list of projects is given in its own clause (up to ；or 。)
_LIST_SITE_RE = re.compile(r"(?:、[^，,。；;、]{2,30})*等(?:\d+|[一二两三四五六七八九十]+)(?:个|宗|项|大)[\u4e00-\u9fff]{0,6}?项目"
                           r"(?:(?:在|落户于?|落地|入驻)(?P<place>[^，,。；;]{2,20}?)(?:集中|同时|同步|举行|开工|签约|奠基|动工)"
                           r"|(?:集中|正式)?签约(?:落户|落地|入驻)(?P<signed_in>[^，,。；;]{2,20}?)(?=[，,。；;]))")
# (…、C项目等3大招商引资项目签约落地曲靖经开区。: signed, then the site the clause ends with)


def list_site(text: str, end: int, park_by_form) -> str | None:
    """The park the clause of a listed item sites the whole list in (A、B、C等7个项目在X区集中开工 -> X区); '' where it
    sites it in a place no park of the text is (the list stands there, not in the park the story was about before);
    None where the clause gives no site."""
    m = _LIST_SITE_RE.match(text, end)
    if m is None:
        return None
    place = m.group("place") or m.group("signed_in")
    return next((p.name for form, p in park_by_form.items() if place == form or place.startswith(form)
                 or (len(place) >= 4 and form.endswith(place))), "" if m.group("place") else None)
    # (…等13个项目集中签约落户蓟州区: the district the story's park is in; no site that takes the list out of it)


# …企业与海原县签订了16.26亿元的农业综合项目，其中包括A、B: the projects signed with a county or city, not a park
_SIGNED_WITH_PLACE_RE = re.compile(r"与(?P<place>[\u4e00-\u9fff]{2,4}?[县市])(?:人民政府|政府|委|党委)?(?:正式)?(?:签订|签约|签署)")


def sited_in_a_place(doc: Doc, start: int, end: int, park_forms) -> bool:
    """The project's clause settles it in a place that is no park (…等一批项目落户肥东): it is in that county or city,
    not in the park the text was about before. So is a project its sentence says was signed with a county or city
    before naming it (与海原县签订了…项目，其中包括X项目), where no park is named between."""
    text = doc.text
    sent = doc.sentence_at(start)
    for w in _SIGNED_WITH_PLACE_RE.finditer(text, sent.start, start):
        if not any(f in text[w.start():start] for f in park_forms if len(f) >= 3) \
                and word_tag(text, w.start("place"), w.end("place")) == "LOC":
            return True
    own = doc.clause(start, end)
    m = _SITED_IN_RE.search(text, end, own.end)
    if m is None or any(form.startswith(m.group("place")) for form in park_forms):
        return False
    if re.fullmatch(f"(?:{ZONE_WORDS}|园区)", m.group("place")):
        return False  # 两个项目将落户经开区: a zone written as its bare kind, the zone the story is about, no place
    return word_tag(text, m.start("place"), m.end("place")) == "LOC"


def _several_parks_respectively(text: str, sent_start: int, s: int, park_by_form: dict[str, ParkMention]) -> bool:
    """'A新区、B新区、C新区分别与有关企业签署…，涉及X、Y等8个项目': the sentence spreads its projects over
    several parks without saying which is whose, so none takes a park from it."""
    k = text.rfind("分别", sent_start, s)
    if k < 0:
        return False
    named = {p.name for form, p in park_by_form.items() if len(form) >= 3 and text.find(form, sent_start, k) >= 0}
    return len(named) >= 2


def _described_long_forms(out: dict[str, ProjectMention]) -> None:
    """A project named again with a few words inside its name (歌尔…产业项目 / 歌尔…产业数字化技术项目 是…)
    and nothing of its own (no status, park, investment or phase) is a description of the one
    project that opens and closes the same way: its alias, not a second project."""
    for key, pm in list(out.items()):
        if pm.status or pm.park or pm.investment is not None or pm.phase or not pm.name.endswith("项目"):
            continue
        shorter = [q for k, q in out.items() if k != key and len(k) >= 4 and key.startswith(k)
                   and 2 <= len(key) - len(k) <= 8 and q.name.endswith("项目")
                   and not PHASE_RE.search(key[len(k):]) and not re.search(r"\d", key[len(k):])]
        if len(shorter) != 1:
            continue
        q = shorter[0]
        if pm.name not in q.aliases:
            q.aliases.append(pm.name)
        del out[key]


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _key(name: str) -> str:
    """Key of one project within an article: X项目, X建设项目 and X meet, and so do a firm's project written with
    and without 集团 (娲石集团6200t/d…项目 / 娲石6200t/d…项目)."""
    if name.endswith("建设项目") and len(name) > 8:
        name = name[:-4]  # X生产基地建设项目 and X生产基地: one project
    k = norm_key(name[:-2] if name.endswith("项目") and len(name) > 4 else name)
    return _GROUP_WORD_RE.sub("", k)


_GROUP_WORD_RE = re.compile(r"(?<=^[\u4e00-\u9fff]{2})集团(?=.{6,})")


# (…新开工项目15项，其中…，加速器项目3项，项目总投资93.7亿元: counted after the word, in 项; A、B、C、D4大项目…)
_PROJECTS_COUNTED_RE = re.compile(r"(?<![第\d一二两三四五六七八九十])(?:\d+|[一二两三四五六七八九十]+)(?:个|大)[^，,。；;]{0,8}项目"
                                  r"|项目(?:共|有|达)?(?:\d+|[一二两三四五六七八九十]+)(?:多|余)?[个项]")
_COUNTED_BEFORE_RE = re.compile(r"(?:(?:\d+|[一二两三四五六七八九十]+)(?:个|大)[^，,。；;]{0,8}项目"
                                r"|项目(?:共|有|达)?(?:\d+|[一二两三四五六七八九十]+)(?:多|余)?[个项])[^，,。；;]*[，,]$")


_THIS_PROJECT_IS_RE = re.compile(r"(?:此次|本次|该|这个)[^，,。；;]{0,6}项目(?:是|为|系)")


def _anaphoric_investments(doc: Doc, out: dict[str, ProjectMention], companies: list[CompanyMention]) -> None:
    """'项目首期建设…，投资约3.9亿元' right after a named facility: the facility is the project."""
    text = doc.text
    for m in _ANAPHOR_RE.finditer(text):
        a = _amount_at(text, m.end())
        if a is None:
            continue
        sent = doc.sentence_at(m.start())
        if _COUNTED_BEFORE_RE.search(text, sent.start, m.start()):
            continue  # 73个重大项目集中开工，项目总投资93亿元: the counted projects' sum, not the one named before
        k0 = doc.sentence_index(m.start())
        if text.startswith("项目", m.start()) and not text[sent.start:m.start()].strip() and k0 > 0:
            prev = doc.sentences[k0 - 1]
            last = max([text.rfind(c, prev.start, prev.end) for c in "，,；;"] + [prev.start])
            if _PROJECTS_COUNTED_RE.search(text, last, prev.end):
                continue  # 宣布舟山22个重大项目集中开工。项目总投资305亿元: the batch the sentence before ends with
        k = doc.sentence_index(m.end())
        lo = doc.sentences[max(0, k - 3)].start
        if k >= 4 and _THIS_PROJECT_IS_RE.search(text, doc.sentences[k - 1].start, doc.sentences[k - 1].end):
            lo = doc.sentences[k - 4].start  # (…出席开工仪式。…主持。此次开工的项目是…。项目总投资10亿元: the one started)
        best = None
        for c in companies:
            for form in [c.name]:
                i = text.rfind(form, lo, m.start() + 1)
                if i >= 0 and re.search(r"(中心|基地|工厂)$", form) and (best is None or i > best[0]):
                    best = (i, form)
        for pm in out.values():
            for form in [pm.name, *pm.aliases]:  # (项目名称暂定为“X”，该项目总投资…: the project by the form written)
                i = text.rfind(form, lo, m.start() + 1)
                if i >= 0 and (best is None or i > best[0]):
                    best = (i, pm.name)
        if best is None:
            continue
        head = sent.start + len(text[sent.start:m.start()]) - len(text[sent.start:m.start()].lstrip())
        opener = next((pm.name for pm in out.values() for form in [pm.name, *pm.aliases]
                       if text.startswith(form, head) and re.match(r"(?:是|为|系)", text[head + len(form):head + len(form) + 1])
                       and head + len(form) <= best[0]), None)
        if opener is not None and best[1] != opener and text.startswith(("该项目", "此项目"), m.start()):
            best = (head, opener)  # X项目是Y项目建设的重要部分,该项目总投资22亿元: the project the sentence is about, not
            # the one its predicate names
        key = _key(best[1])
        pm = out.get(key)
        if pm is None:
            pm = ProjectMention(name=best[1], span=Span(best[0], best[0] + len(best[1])), sentence=doc.sentence_at(best[0]),
                               rule="project_anaphor")
            out[key] = pm
        if pm.investment is None:
            pm.investment, pm.investment_sentence = a, doc.sentence_at(m.end())
            pm.phase = pm.phase or m.group("phase") or m.group("phase2")
            pm.status = pm.status or _status(doc, best[0], best[0] + len(best[1]))


# 此次正式投产的一期项目投资21亿元: the sum of one phase, the phase written before the word 项目
_PHASE_SUM_RE = re.compile(r"(?P<phase>一期|二期|三期|首期)(?:工程|项目)(?:计划|实际)?(?:总)?投资(?:额)?(?:约|达|为)?"
                           r"(?=" + AMOUNT_RE.pattern + ")")


def _phase_own_sums(doc: Doc, out: dict[str, ProjectMention]) -> None:
    """A project named as one phase (X一期项目) whose sum the text gives for that phase, in the sentence that gives it
    a sum (or names it) or the two after (项目总投资62亿元。此次正式投产的一期项目投资21亿元): the phase's sum is its
    own; the whole project's is no sum of the phase."""
    text = doc.text
    for pm in out.values():
        own = PHASE_RE.search(pm.name)
        if own is None or not pm.name.endswith(own.group() + "项目"):
            continue
        k = doc.sentence_index(pm.investment_sentence.start if pm.investment_sentence else pm.span.start)
        hi = doc.sentences[min(k + 2, len(doc.sentences) - 1)].end
        m = next((m for m in _PHASE_SUM_RE.finditer(text, pm.span.end, hi) if m.group("phase") == own.group()), None)
        a = _amount_at(text, m.end()) if m else None
        if a is not None and (pm.investment is None or pm.investment.value != a.value):
            pm.investment, pm.investment_sentence, pm.phase = a, doc.sentence_at(m.start()), own.group()


def _phase_forms(doc: Doc, out: dict[str, ProjectMention]) -> None:
    """X项目 written only as X项目三期, where X项目三期 is a project too: one project, the phase's."""
    text = doc.text
    names = {pm.name for pm in out.values()}
    for key, pm in list(out.items()):
        at = [m.end() for m in re.finditer(re.escape(pm.name), text)]
        phases = {m.group() if (m := PHASE_RE.match(text, i)) else None for i in at}
        if len(phases) == 1 and None not in phases and pm.name + phases.pop() in names:
            del out[key]


def _city_free_forms(out: dict[str, ProjectMention]) -> None:
    """驻马店华中正大项目 where the text also writes 华中正大项目: one project, named without its city (as project_key
    drops a city before a longer name); the form with the city an alias."""
    for key, pm in list(out.items()):
        city, _ = leading_place(key)
        rest = key[len(city):].lstrip("市") if city else ""
        q = out.get(rest) if len(rest) >= 2 else None
        if q is not None and q is not pm:
            _merge_into(q, pm)
            del out[key]


# where another mention of a project's name may start and end: a break, a list mark, a copula or a preposition
_MENTION_BEFORE = "，,。；;：:、“\"（(是为和及与在\n"
_MENTION_AFTER = "，,。；;：:、”\"）)等和及与将已于在的"


def _other_mentions(text: str, cands: list[Candidate]) -> list[Candidate]:
    """台玻技改项目 read where its sum is written (计划投资1.2亿元的台玻技改项目将…) is that project wherever the text
    writes its name as a list item or a clause's subject (分别是A项目、台玻技改项目、B项目): more mentions, each
    giving what its clause says (a signing, a park), where the name alone was too short to be read as one."""
    taken = [(c[1], c[2]) for c in cands]
    out: list[Candidate] = []
    names = {c[0]: c[3] for c in reversed(cands) if len(c[0]) >= 6 and (
        (c[3] == "project_word" and c[0].endswith("项目")) or c[3] == "project_counted_list")}
    for name, rule in names.items():
        for k in re.finditer(re.escape(name), text):
            s, e = k.start(), k.end()
            if any(a < e and s < b for a, b in taken) or (s > 0 and text[s - 1] not in _MENTION_BEFORE) \
                    or (rule == "project_word" and e < len(text) and text[e] not in _MENTION_AFTER) \
                    or (rule != "project_word" and not _HEADING_SUM_RE.match(text, e)):
                continue
            # (a counted list's item written again with its sum: A、B和C三大项目…。A总投资200亿元)
            out.append((name, s, e, rule))
            taken.append((s, e))
    return out


def project_key(name: str) -> str:
    """Key under which spellings of one project meet: trailing 项目 and a leading city dropped."""
    k = norm_key(re.sub("项目$", "", name))
    city, rest = leading_place(k)
    if city and len(k) - len(city) >= 6:
        k = k[len(city):].lstrip("市")
    return k
