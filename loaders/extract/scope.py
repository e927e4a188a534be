"""Scope: which park each stretch of an article is about.

News about parks is written in sections: a headline or a lead sentence introduces a
park, and the sentences after it speak of its companies, projects and funds without
naming it again (园区, 这里, 其 point back to it). A record named in a sentence takes
the park that sentence places it in; failing that, the park in scope.

    scope = ParkScope(doc, occs)
    scope.park_at(pos)   # the park key for a record mentioned at pos, or None

The scope changes at a heading (the park it names, or none: a new story) and at a
sentence whose subject is a park (a park named in its first clause).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from .mentions.names import is_generic_stem
from .text.sentences import DATELINE_RE, RUN_MARKS, Doc
from .tables.vocab import BARE_PARK_WORDS, DEFINED_AS, ENDS_WITH_ZONE_RE, PARK_SUFFIXES, ZONE_WORDS
from .tables.lexicon import CITIES, CITY_RE, CITY_SHI_RE, MUNICIPALITIES, PROVINCES, VERBISH_RE
from .mentions.parks import same_kind, tagged_place, territory_of
from .mentions.tagger import tokens_around

_FIRST_CLAUSE_END = re.compile(r"[，,；;：:]")
# A park named after one of these is a place the sentence mentions, not its subject:
# 与青岛高新区合作, 比潍坊高新区多.
_NOT_SUBJECT_BEFORE = re.compile(r"(?:与|和|同|跟|比|对|向|为|给|除)$")
# What may stand before a sentence's subject: spaces, bullets, quotes, a speaker (答：), 据悉, a date.
# A wire line (科技日报讯(记者…)), a date, and how the reporter learnt it (记者获悉) come first too.
_LEAD_RE = re.compile(r"[\s●■◆▲►·•\-“\"]*(?:[\u4e00-\u9fff]{1,4}[：:]\s*)?"
                      r"(?:(?:[\u4e00-\u9fff]{0,6}讯(?:[(（][^)）]{0,40}[)）])?|据悉|据了解|据介绍|目前|近日|日前|近年来|今年以来|今年(?!全年)|同时|此外|其中"
                      r"|[今昨前][天日](?:上午|下午|晚上|晚间)?"
                      r"|[\u4e00-\u9fff]{0,8}记者(?:[\u4e00-\u9fff]{0,4}?从[^，,。]{1,16})?(?:获悉|了解到)"
                      # (北市產業發展局表示, 市商务局相关负责人介绍: a body speaks, then what it says opens)
                      r"|[\u4e00-\u9fff]{2,12}(?:局|委|管委会|政府|办公室|厅)(?:相关负责人|负责人)?(?:表示|介绍|指出)"
                      r"|(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月(?:\d{1,2}日)?)(?:上午|下午|晚上|晚间)?"
                      r"|(?:第[\d一二三四五六七八九十]+届|本届|首届)[^，,。；;\s]{1,12}?会(?:期间|上)?)[，,]?\s*)*[“\"]?")
# A setting before the park: 在青岛市人工智能产业园, 位于…的.
_MODIFIED_SUBJECT_BEFORE = re.compile(r"[^，,。；;：:“”]{2,24}的")
# a province written before a park's name and left out of it (广西南宁X工业园区是…, 在甘肃武威工业园区)
_PROVINCE = "|".join(sorted({*PROVINCES, *(p + "省" for p in PROVINCES)}, key=len, reverse=True))
_STREET_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:路|大道|大街)(?=[，,、“”（(\s])")
_SETTING_BEFORE = re.compile(r"(?:在|位于|于|这是|这里是)*(?:%s)?(?:该县|该市|该区|该旗|全县|本县)?" % _PROVINCE)  # (该县X经济区大力发展…)
# Clauses that open a sentence without being its subject: 作为…, 随着…, 为了…
_ADVERBIAL_RE = re.compile(r"(?:作为|随着|为了|为|经过|通过|根据|按照|面对|对于|截至|截止|自|从)")
# 开园以来, 成立之初: a time clause before the subject
_SINCE_RE = re.compile(r"(?:以来|之初|期间|之际|以后|之后)$")
_PLACE_OR_FIGURE_RE = re.compile(r"\d|(?:%s)|[\u4e00-\u9fff]{1,3}(?:省|(?<!城)市|县)" % CITY_RE.pattern)
# 此次集中开工的项目涵盖…: a paragraph about the story's batch itself, whichever county the one before named last
_THIS_BATCH_OPENING_RE = re.compile(r"(?:此次|本次|这次)(?:集中)?(?:开工|签约|开复工|投产|竣工|动工)的?(?:重大|重点)?项目")
# 徐州经开区共有7个产业项目列入清单: a park, then the count of its own projects
_OWN_PROJECTS_COUNTED_RE = re.compile(r"(?:共有|共|有)(?:\d+|[一二两三四五六七八九十]+)(?:个|项)[\u4e00-\u9fff]{0,6}?项目")
# A park that holds an event: X(…)举行/召开/举办
# a park's own session of a city's event, the park written bare (高新区·掇刀区分会场, 经开区分会场)
_PARK_SESSION_RE = re.compile(r"(高新区|经开区|开发区)(?:·[\u4e00-\u9fff]{2,4})?分会场")
_HOSTS_RE = re.compile(r"(?:[(（][^)）]{0,20}[)）])?(?:日前|近日|今天|今日|昨天|昨日|\d{1,2}月\d{1,2}日)?(?:上午|下午)?"
                       r"(?:举行|召开|举办|集中(?:开工|签约|开竣工|开复工|竣工|投产)"
                       r"|(?:开工|签约|开竣工|开复工|竣工|投产)(?:了)?[\d一二两三四五六七八九十]+(?:个|项|宗))")
# (X经济开发区开工2个重点项目、签约7个项目: the park reports the batch as its own; X高新区日前举行…: a time word between)
# A kind of park as a sentence's subject: 新兴产业专业园区, 各开发区 (a bare 园区 points back instead).
_PARK_CLASS_RE = re.compile(r"([\u4e00-\u9fff]{2,10}?)(?:园区|产业园|%s)" % ZONE_WORDS)
# What a park word modifies when it stands inside a longer noun: a fund, a project, a firm, an office.
_MODIFIED_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,6}(?:基金|项目|公司|企业|集团|管委会|管理委员会|财政局)")
_PHASE_AFTER_RE = re.compile(r"[(（]?[一二三四五六七八九十首]期[)）]?、")
_NO_PARK = object()  # a paragraph about no one park
# (位于X新区东南角的Y镇,…: the town the lead is about, which stands in the park; the story is the town's)
_PLACE_IT_HOLDS_RE = re.compile(r"[^，,。；;的]{0,8}的[\u4e00-\u9fff]{1,6}(?:镇|乡|村|街道|县|区)(?![\u4e00-\u9fff])")
# a park's name that runs on into a project's, which 等 then closes as the first item of a batch (X基地1000兆瓦…项目等16个)
_OPENS_FIRST_ITEM_RE = re.compile(r"[^，,。；;：:、“”]{1,30}?项目等")
# a park's name that runs on into a project's in its own clause (…,总投资10.4亿元的X基地中小企业工业园项目,…): the park is
# where that project stands, no other clause's
_OPENS_PROJECT_NAME_RE = re.compile(r"[^，,。；;：:、“”]{1,30}?项目(?=[，,；;。])")
# 在位于云龙镇的X产业基地，…: a sentence set in a place (a base, a town, a centre) before its subject
_SETTING_OPENING_RE = re.compile(r"在(?:位于)?[^，,。；;在]{2,30}?(?:基地|小镇|镇|村|中心|街道)(?:内|里|上)?[，,]")
# a known city, with or without 市, then a word that is not a park's (包头多角度…): the city as the subject
_CITY_SUBJECT_RE = re.compile(r"(?:%s)市?(?![\u4e00-\u9fff]{0,8}(?:园|%s|基地|[(（]|日报|晚报|讯))"
                              % ("|".join(sorted(CITIES, key=len, reverse=True)), ZONE_WORDS))
# 我县, 本市: the county or city the paper is from (not 我区: a zone's own site calls itself so), as a subject
_PARK_WORD_SOON = r"[\u4e00-\u9fff]{0,8}(?:园|%s|基地)" % ZONE_WORDS  # (a place that opens a park's name, not a subject)
_HOME_SUBJECT_RE = re.compile(r"(?:我|本|该)(县|市)(?!%s)" % _PARK_WORD_SOON)
# 上虞区召开…, 东海县举办…: a county or district word, then a verb of what a government does (珲春市计划实施重点项目148个:
# a city, then the projects it carries out)
_COUNTY_SUBJECT_RE = re.compile(r"[\u4e00-\u9fff]{2,4}(?:(?:县|旗)(?=将)|市(?=计划实施|共实施|实施重点)|(?:县|区|旗)(?=召开|举办|举行|出台|印发|组织|开展|加大|坚持|全力|大力|积极|以|把|今年|[一二三四]季度|上半年|前[一二三四五六七八九十\d]+个?月))")
# 哈尔滨市双城区…: the district or county the city is written before
_COUNTY_AFTER_CITY_RE = re.compile(r"[\u4e00-\u9fff]{2,3}(?:区|县|旗)(?!的|%s)" % _PARK_WORD_SOON)
# 进入四季度以来，…: a time clause before the subject
_SINCE_CLAUSE_RE = re.compile(r"[\u4e00-\u9fff\d]{1,10}以来[，,]")
_PERIOD_OPENING_RE = re.compile(r"(?:今年|去年|\d{4}年)?(?:\d{1,2}[~～\-—至]\d{1,2}月份?|[上下]半年|前三季度|第?[一二三四]季度)[，,]")
# A paragraph that opens by pointing back to a park (目前，园区内…, 该园区…)
_POINTS_BACK_RE = re.compile(r"^(?:[^，,。]{0,6}[，,])?(?:该|这个)?园区(?:内|里)?|^其中[，,]")  # (其中，X项目…: one of its)
# 据了解，该园区成立于2012年: a sentence that opens with 该园区 is about the park the sentence before named
_THIS_PARK_OPENING_RE = re.compile(r"^(?:据了解|据悉|据介绍)?[，,]?(?:该|这个|这一)园区")
# '- 青岛市氢能产业园': an item of a list of parks, which sets no scope.
_LIST_ITEM_RE = re.compile(r"^[-*•·]\s")
# Words that place a company in the park in scope: 入驻, 落户, 引进 …
PLACEMENT_RE = re.compile(r"入驻|落户|引进|引入|集聚|聚集|落地|扎根|投资建设|建设|投产|培育|孵化|汇聚|园区内|园内|区内|这里|园区企业"
                          r"|在内的(?:\d+|[一二两三四五六七八九十]+)个[\u4e00-\u9fff]{0,6}项目")  # 包括A公司在内的9个项目: theirs
# The reporter's visit names the story's park: 记者在X采访, 走进X, 来到X, 位于X.
# (在甘肃武威工业园区: the province before the park's name may be written and left out of it)
# X项目由Y公司投资1.8亿元建设，位于Z园区: where a project stands, not what the story is about
_PROJECT_SITED_RE = re.compile(r"项目[^。；;]*位于$")
# a short name the text defines for what it has just named: X(以下简称Y), X（简称“Y”）
_DEFINED_AFTER_RE = re.compile(r"[(（]" + DEFINED_AS)
_VISIT_BEFORE = re.compile(r"(?:在|位于|(?:走进|来到|探访|走访)了?)(?:%s)?$" % _PROVINCE)  # (记者走进了X)
# 记者近日在X产业园看到: the reporter's own visit, which places the scenes the lead opened with
_REPORTER_AT_BEFORE_RE = re.compile(r"记者[^，,。；;]{0,8}(?:在|(?:走进|来到|探访|走访)了?)(?:[^，,。；;—]{2,12}——)?$")
# 采访团走进位于伊金霍洛旗的X开发区 in a story with no headline: the park visited, after where it lies (under a
# headline about something else, 走进位于…的中关村综合保税区 is one example the story visits)
_VISIT_SITED_BEFORE = re.compile(r"(?:走进|来到|探访|走访)位于[^，,。；;的]{2,10}的$")
# 在5日举行的X经开区2023年招商引资项目集中签约…活动上: the park whose event the lead reports
_HOSTED_BEFORE = re.compile(r"在[^，,。；;在]{0,12}?(?:举行|举办|召开)的$")
_HOSTED_AFTER = re.compile(r"[^，,。；;]{0,40}?(?:活动|大会|仪式|会议|推介会|签约会)(?:上|中)")
# …石家庄(正定县)秋季项目集中开工仪式在X高新区…举行, …全市招商引资项目现场会在X高新区…, 甘肃省…动员大会张掖分会场在X产业园举行: a
# province's, city's or county's event (or its session) held in the park; the park
# is its venue, not what the story is about
_VENUE_OF_RE = re.compile(r"(?:省|市|县|区|州|盟|旗)\)?[^，,。；;]{0,60}(?:仪式|活动|会|会场)在$")
# 1月31日,五峰2023年一季度重大项目集中开工活动在X工业园举行: a place the tagger reads, written without 县 or 市, whose
# event is held in the park: the park is its venue, as above
_PLACE_EVENT_BEFORE_RE = re.compile(r"(?:^|[，,\s])(?P<place>[\u4e00-\u9fff]{2,3})(?=\d{4}年|今年|首季|一季度|二季度|三季度|四季度|春季|秋季)"
                                    r"[^，,。；;]{0,40}(?:仪式|活动|会场)在$")


# 2020年长春市农安县重点项目集中开工、X合作区揭牌仪式: a county's batch of projects, then (、) the park's own event
_PLACE_BATCH_THEN_RE = re.compile(r"[\u4e00-\u9fff]{1,3}[县区旗市](?:\d{4}年)?[^，,。、；;]{0,12}项目[^，,。、；;]{0,4}"
                                  r"(?:开工|签约|竣工|投产|开竣工)、$")


def _place_event_held_in(text: str, start: int, end: int) -> bool:
    """Whether [start, end) ends in a place's event held in what follows (_PLACE_EVENT_BEFORE_RE), the place read as one."""
    m = _PLACE_EVENT_BEFORE_RE.search(text, start, end)
    return m is not None and tagged_place(text, m.start("place"), m.end("place"))


# X县…开工仪式在该县Y工业园区举行: a county's event held in the county's own park, which the story is then about
_OWN_VENUE_BEFORE_RE = re.compile(r"(?:仪式|活动)在(?:该|本)县$")
# …so does the park the reporter learnt it from: 记者昨天从X管委会获悉.
# (记者从X建园20周年座谈会上获悉: a meeting the park held is where the reporter learnt it)
_SOURCE_AFTER = re.compile(r"(?:管委会|管理委员会|管委|管理局)?(?:[^，,。；;]{0,16}?(?:会|会议|仪式|活动)上)?(?:获悉|了解到)")
# A byline, a photo credit or a source line: neither a heading nor a lead.
_BYLINE_RE = re.compile(r"记者|通讯员|实习生|摄影?$|供图|图片来源|来源[:：]|编辑[:：]|◎")


# Meetings held to bring in investment, at which projects are signed: 泉港区举办石化项目招商推介会, 梅州…专场推介会在广州举办
_MEETINGS = ("推介会", "洽谈会", "说明会", "招商会", "签约会", "投洽会")
# A clause whose subject is such a meeting, named in full (梅州招商引资推进“百千万工程”专场推介会在广州…举办): the projects
# signed there are the meeting's batch, named after it
_MEETING_HELD_RE = re.compile(r"[^，,。；;：:、]{2,40}?(?:%s|(?:产业|投资|招商|合作)[\u4e00-\u9fff]{0,6}大会)(?=”?(?:暨[^，,。；;]{2,30}?(?:仪式|活动|节))?[^，,。；;]{0,4}(?:在[^，,。；;]{1,30}?)?"
                              r"(?:举行|举办|召开|开幕)(?!在即|前夕|之际))"
                              % "|".join(_MEETINGS))
# 在海口近日举行的X投资大会签署了55个合作协议: a meeting named after the verb that held it, at which deals are signed
_HELD_MEETING_SIGNS_RE = re.compile(r"(?:在[^，,。；;]{1,12}?)?(?:近日|日前|昨天|昨日|今天|今日)?(?:举行|举办|召开)的"
                                    r"(?P<name>[^，,。；;的]{2,40}?(?:%s|大会|博览会))(?:上)?(?=签署|签约|共签约|集中签约|现场签约)"
                                    % "|".join(_MEETINGS))
# A city's or county's batch of projects, signed or started together: 河源市…重大项目集中签约动工竣工投产活动
# 在X工业园举行, 凉州区6个项目在X工业园区集中开工, 广灵举行…项目签约落地仪式, 我市…集中开工28个项目. The park
# it is held in is its venue; the batch's figures are the city's or county's.
_BATCH_EVENT_RE = re.compile(r"集中(?:签约|开工|开竣工|开复工|开[(（]复[)）]工|竣工|投产|动工)"
                             r"|(?:签约|开工|开竣工|竣开工|开[(（]竣[)）]工|竣[(（]开[)）]工|竣工|投产|落地|奠基|动工)[^。；;，,]{0,12}(?:仪式|活动|大会)"
                             r"|(?:\d+|[一二两三四五六七八九十]+)个(?:[\u4e00-\u9fff]{0,4}?)项目[^。；;]{0,20}(?:签约|开工|竣工|投产|落地)"
                             r"|(?:签约|签下|开工|竣工|投产)(?:\d+|[一二两三四五六七八九十]+)个(?:[\u4e00-\u9fff]{0,4})项目"
                             r"|项目[^。；;]{0,30}在[^。；;]{0,30}(?:举行|集中)"
                             # 潼南区一批重点项目签约、开工、竣工投产: a batch and the stages it reaches together
                             r"|一批[\u4e00-\u9fff]{0,6}项目(?:签约|开工|动工|竣工|投产)(?:[、和](?:签约|开工|动工|竣工|投产)+)+"
                             r"|(?:举办|举行|召开)[^。；;，,]{0,16}(?:%s)" % "|".join(_MEETINGS))
# The words that open the clause, and where the region's name ends in them: a year, a count, where the event
# is held, the event itself.
_REGION_HEAD_RE = re.compile(r"[\u4e00-\u9fff]{2,16}")
_REGION_STOP_RE = re.compile(r"在|举行|举办|召开|组织|集中|重大|重点|项目|分?会场|\d")
# X园区Y项目，…: the rest of a project's name after a park that opens a sentence
_PROJECT_AFTER_RE = re.compile(r"[^，,。；;、：:（(\d]{2,30}项目[，,]")
# 石家庄(正定县): the county a city's name brackets
_BRACKETED_UNIT_RE = re.compile(r"[(（]([\u4e00-\u9fff]{1,6}(?:县|区|市|旗))[)）]")
# An administrative unit's last character, and the tags of words that are never one
_REGION_UNIT_END_RE = re.compile(r"(?:省|市|县|区|州|盟|旗|镇)$")  # (东莞凤岗镇: a town, as 东莞 has no counties)
_NOT_PLACE_TAGS = {"ORG", "PER", "v", "vn", "n", "nz"}
# An event named with the city whose signing or start it is (第十二届中国—东盟博览会桂林市经济合作项目签约仪式举行)
_EVENT_OF_CITY_RE = re.compile(r"[^，,。；;]{0,30}?(%s)市[^，,。；;]{0,12}?(?:签约|开工|竣工|投产)[^，,。；;]{0,4}(?:仪式|活动)"
                               r"[^，,。；;]{0,12}(?:举行|举办|召开)" % CITY_RE.pattern)
# 我市, 本县, 全市: the article's own city (or county, which no table names)
HOME_REGION_RE = re.compile(r"(?:我|本|全)(市|县|区)")
# 该市, 该县: the city or county the text named before
ANAPHOR_REGION_RE = re.compile(r"该(?:市|县|区|州|旗)")
# 由鄂尔多斯市援建, 一季度全市…: a preposition or a time before the region
_REGION_LEAD_RE = re.compile(r"(?:由|[一二三四]季度|[上下]半年|今年|去年|年初|当天|当日)+")
# 长春市市长…出席开工仪式, 镇宁自治县政府…参加: the region's officials attend an event, which is not theirs for that
_OFFICIALS_RE = re.compile(r"出席|参加")
# an official with a title and no place of their own, then 出席: whose event it is comes after the verb
_ATTENDED_BY_RE = re.compile(r"([\u4e00-\u9fff]{1,6}?(?:主任|书记|部长|厅长|局长|主席|委员|市长|省长|县长|区长|秘书长))(?:出席|参加)了?")
_REGION_UNIT_IN_RE = re.compile(r"[省市县区州旗盟]")
_OFFICIAL_AFTER_RE = re.compile(r"[省市县区州旗]?长|委|政府")
# 阳新会场由县长…主持: the part of a city's event a county holds, whose batch the text then reports
_SUB_VENUE_RE = re.compile(r"分?会场")
# A park named in the event (举行黑龙江呼兰经济开发区揭牌仪式、重点项目集中签约仪式) makes it the park's batch,
# unless the park is only where it is held (在X举行) or what is being set up (筹建经济技术开发区)
_NOT_HOLDER_BEFORE_RE = re.compile(r"(?:[在于][^，,。；;]{0,10}|筹建|设立|成立)$")
_BARE_PARK_RE = re.compile(BARE_PARK_WORDS + "|产业园")
# 2019年开发区共实施…, 开发区党工委书记…: a clause that opens with a zone written as its bare kind, which is the one
# park of that kind the article names (a bare 园区 points back instead: _POINTS_BACK_RE)
_BARE_ZONE_RE = re.compile(r"(?:该|本)?(开发区|经开区|高新区|保税区|综保区)(?![\u4e00-\u9fff]{0,2}(?:园|区))")
# a clause that opens with a park word other than a zone's (协作园, 产业园, 科技城): the one park named with it
_BARE_SUFFIX_RE = re.compile(r"(?:该|本)?(%s)(?![\u4e00-\u9fff]{0,2}(?:园|区))"
                             % "|".join(w for w in sorted(PARK_SUFFIXES, key=len, reverse=True)
                                        if len(w) >= 3 and re.search(r"(?:园|城|谷|港|岛|基地)$", w)))
_PARK_UNIT_RE = re.compile(r"(?:新|开发|园|高新|经开|保税|试验|示范|合作|功能|片|景|厂|社|保税港|城)区$")


def _home_city(text: str) -> str | None:
    """The city 我市 means: the one city the text writes with 市 (周口市委…, where the dateline and the venue name
    郑州 more often), else the city it names most (mentions.parks.territory_of)."""
    written = {m.group(1) for m in CITY_SHI_RE.finditer(text)}
    return written.pop() if len(written) == 1 else territory_of(text, "市")


def _home_place(text: str, unit: str) -> str | None:
    """The county or city 我县 / 我市 means, when the text says: the one county it writes with 县, the home city."""
    if unit == "市":
        city = _home_city(text)
        return city + "市" if city else None
    named = {m.group() for m in _COUNTY_NAMED_RE.finditer(text)}
    return named.pop() if len(named) == 1 else None


_COUNTY_NAMED_RE = re.compile(r"(?<![我本全该各])[\u4e00-\u9fff]{2,3}县(?![内外委里城域])")


class ParkScope:
    def __init__(self, doc: Doc, occs: Sequence) -> None:
        self.doc = doc
        self.occs = sorted(occs, key=lambda o: o.start)
        self._occ_starts = [o.start for o in self.occs]
        self._regions: list[tuple[str | None, list[tuple[int, str]]]] = []  # per sentence: (carried in, held here)
        self._places: dict[int, str] = {}  # sentence index: the county or city its paragraph is about, if one
        self._section = self._sections()

    def _in(self, start: int, end: int) -> list:
        lo = bisect.bisect_left(self._occ_starts, start)
        hi = bisect.bisect_left(self._occ_starts, end)
        return self.occs[lo:hi]

    def _first_clause_park(self, start: int, end: int) -> str | None:
        """The park a sentence opens with: as its subject (青岛国际创新园是…) or its setting (在X,…); "" when it opens
        with two parks written with one suffix (A、B经济开发区…: both, no one park)."""
        text = self.doc.text
        dateline = DATELINE_RE.match(text, start, end)  # 河北新闻网2月26日电唐山(记者…)今天上午,X…
        lead = _LEAD_RE.match(text, dateline.end() if dateline else start, end)
        begin = lead.end() if lead else start
        m = _FIRST_CLAUSE_END.search(text, begin, end)
        for _ in range(2):  # (连日来，随着气温回升，距…的X园区，…: a lead-in, then an adverbial, then the subject)
            if m and (_ADVERBIAL_RE.match(text, begin, m.start()) or (
                    _SINCE_RE.search(text, begin, m.start()) and not any(o.start == begin for o in self._in(begin, m.start())))):
                # 作为…园区,青岛市虚拟现实产业园开园以来…: the subject opens the clause after the adverbial
                begin = m.end()
                m = _FIRST_CLAUSE_END.search(text, begin, end)
            elif m and not self._in(begin, m.start()) and text[m.start()] in "，," and (
                    m.start() - begin <= 12
                    or (m.start() - begin <= 14 and not _PLACE_OR_FIGURE_RE.search(text, begin, m.start()))):
                # 抓住这一关键，青岛市人工智能产业园内建立了…: a short lead-in clause before the subject (深度融入…建设,全面支撑
                # “五个中心城市”建设,X开发区…: two; a longer one that names a place or a figure is a clause of its own)
                begin = m.end()
                m = _FIRST_CLAUSE_END.search(text, begin, end)
            else:
                break
        first_end = m.start() if m else end
        for o in self._in(begin, first_end):
            if text.startswith("所在", o.end) or _STREET_AFTER_RE.match(text, o.end):
                continue  # 集成电路产业园所在的西海岸新区…: the subject is the district (X高新区云飞路，…: a road in it)
            if o.start == begin and text.startswith("、", o.end) and not _with_its_district(text, o):
                return None  # A产业园、B项目、C等项目…: the first item of a list, not the sentence's one park
            if _OPENS_FIRST_ITEM_RE.match(text, o.end):
                continue  # X基地1000兆瓦太阳能电池项目等16个项目集中开工: the park opens the first item's name, not the batch's
            if _shares_its_suffix(text, begin, o.start):
                return ""  # 喀什、霍尔果斯经济开发区兵团分区认真落实…: two places' parks written with one suffix, both
                # ("": no one park, and not the story's either)
            if text.startswith("位于", begin) and _PLACE_IT_HOLDS_RE.match(text, o.end):
                continue  # 位于上海浦东新区东南角的泥城镇,…: the town the sentence is about stands in the park, not the park
            if _SETTING_BEFORE.fullmatch(text, begin, o.start) \
                    or (o.start == begin + 1 and text[begin] == "以" and text.startswith("为例", o.end)):
                return o.key  # (以X为例，该园区…: the park the paragraph takes as its example is what it is about)
            if _MODIFIED_SUBJECT_BEFORE.fullmatch(text, begin, o.start) and (text.startswith(("是", "为", "把", "将", "已是", "已成为",
                                                                                             "已经是", "已经成为", "成为"), o.end)
                                                                            or o.end == first_end):
                return o.key  # 今年4月18日实现正式运营的X合作中心是…, 定位…先导区的X产业园把算力建设作为…: the park,
                # described, is the subject (so is one a whole clause describes: 距县城12公里外的X工业园区，呈现出…)
        m = _BARE_ZONE_RE.match(text, begin, first_end)
        if m and not self._in(begin, m.end()):
            return self.one_of_kind(m.group(1))
        m = _BARE_SUFFIX_RE.match(text, begin, first_end)
        if m and not self._in(begin, m.end()) and not ("\u4e00" <= text[begin - 1:begin] <= "\u9fff"):
            # 目前，协作园已有16家企业…: the one park the article names that ends in the word
            keys = {o.key for o in self.occs if o.key.endswith(m.group(1))}
            return keys.pop() if len(keys) == 1 else None
        if re.match(r"(?:该|本)?园区(?:内|里)?(?:拥有|现有|共有|已有|有|集聚|聚集|入驻|引进)", text[begin:first_end]) \
                and not self._in(begin, first_end):
            # 化工产业是衡东经开区的一个主导产业。目前,园区拥有…: the one park the sentence before names
            k = self.doc.sentence_index(begin)
            keys = {o.key for o in self._in(self.doc.sentences[k - 1].start, self.doc.sentences[k - 1].end)} \
                if k > 0 else set()
            return keys.pop() if len(keys) == 1 else None
        return None

    def one_of_kind(self, word: str) -> str | None:
        """The one park the article names that a bare kind (开发区) can stand for, if there is just one."""
        keys = {o.key for o in self.occs if same_kind(word, o.key)}
        return keys.pop() if len(keys) == 1 else None

    def _bounds(self, start: int, end: int, marks: str) -> list[int]:
        """Where the parts of text[start:end] split at `marks` start."""
        return [start] + [start + m.end() for m in re.finditer(f"[{marks}]", self.doc.text[start:end])]

    def _run_openers(self, start: int, end: int) -> set[str]:
        """The parks that open the clause runs (split at ；) of a sentence."""
        return {k for b in self._bounds(start, end, "；;") if (k := self._first_clause_park(b, end))}

    def _hosts(self, start: int, end: int) -> set[str]:
        """The parks that open a clause (split at ，；) of a sentence as the host of an event (X举行…活动)."""
        text = self.doc.text
        found = set()
        for b in self._bounds(start, end, "，,；;"):
            key = self._first_clause_park(b, end)
            o = next((o for o in self._in(b, end) if o.key == key), None)
            if o is not None and _HOSTS_RE.match(text, o.end):
                found.add(key)
        return found

    def _region_events(self, start: int, end: int, carried: str | None = None) -> list[tuple[int, str]]:
        """(where, name) of each city or county a clause of the sentence opens with as the holder of a batch of
        projects (see _BATCH_EVENT_RE): 河源市…活动在X举行 -> 河源市, 甘肃省武威市凉州区6个项目在X集中开工 -> 凉州区,
        我市在X设置分会场同步举行开工仪式 -> the article's city. A park that holds one is a park's event, not this."""
        text = self.doc.text
        if not (_BATCH_EVENT_RE.search(text, start, end) or _SUB_VENUE_RE.search(text, start, end)
                or _MEETING_HELD_RE.search(text, start, end) or _HELD_MEETING_SIGNS_RE.search(text, start, end)):
            return []  # (what every clause below asks of the rest of the sentence, asked once)
        found = []
        for b in self._bounds(start, end, "，,；; \u3000"):  # (a headline's parts are set apart by spaces)
            dateline = DATELINE_RE.match(text, b, end)
            lead = _LEAD_RE.match(text, dateline.end() if dateline else b, end)
            begin = lead.end() if lead else b
            begin = m.end() if (m := _REGION_LEAD_RE.match(text, begin, end)) else begin
            attend = _ATTENDED_BY_RE.match(text, begin, end)
            if attend and not _REGION_UNIT_IN_RE.search(attend.group(1)):
                begin = attend.end()  # 熊林副主任出席了荣昌区…集中签约仪式: an outside official at the county's event
            signs = _HELD_MEETING_SIGNS_RE.match(text, begin, end)
            if signs and not self._in(signs.start("name"), signs.end("name")):
                found.append((begin, signs.group("name").strip("“”\" ")))  # 在海口近日举行的X大会签署了55个合作协议
                continue
            meeting = _MEETING_HELD_RE.match(text, begin, end)
            if meeting and not self._in(begin, meeting.end()):
                found.append((begin, meeting.group().strip("“”\" ")))
                continue
            head = _REGION_HEAD_RE.match(text, begin, end)
            if head is None:
                continue
            word = head.group()
            stop = _REGION_STOP_RE.search(word)
            word = word[:stop.start()] if stop else word
            after = begin + len(word)
            if not (_BATCH_EVENT_RE.search(text, begin, end) or _SUB_VENUE_RE.match(text, after)):
                continue
            clause_end = m.start() if (m := _FIRST_CLAUSE_END.search(text, begin, end)) else end
            if _OFFICIALS_RE.search(text, begin, clause_end):
                continue
            if len(word) < 2 or self._in(begin, after) or text[after:after + 1] == "、":
                continue  # a park holds it, or several hold it together
            if any(not _NOT_HOLDER_BEFORE_RE.search(text, max(begin, o.start - 12), o.start) for o in self._in(after, clause_end)) \
                    or any(not _NOT_HOLDER_BEFORE_RE.search(text, max(begin, bare.start() - 8), bare.start())
                           and not self._in(max(begin, bare.start() - 12), bare.end())
                           for bare in _BARE_PARK_RE.finditer(text, after, clause_end)):
                continue  # the park's own batch
            if any(text.startswith("分会场", o.end) for o in self._in(clause_end, end)):
                continue  # 南宁市举行…活动,广西—东盟经济技术开发区分会场在X举行: the park's own session, which the story reports
            if re.match(r"(?:我|本)省", word):  # (全省…活动: a province-wide event held in local sessions)
                province = territory_of(text, "省")  # 我省举行第四季度重大项目集中开工活动: the province the story is about
                if province and province not in MUNICIPALITIES:
                    found.append((begin, province + "省"))
                continue
            if ANAPHOR_REGION_RE.match(word):
                if carried:  # 该市还…，此次集中开工…: the region whose batch the story has reported
                    found.append((begin, carried))
                continue
            home = HOME_REGION_RE.match(word)
            if home:
                place = _home_city(text) if home.group(1) == "市" else None
                if place:
                    found.append((begin, place + "市"))
                continue
            places = self._places_at(begin, after)
            if (inner := _BRACKETED_UNIT_RE.match(text, after)) is not None:
                name = inner.group(1)  # 石家庄(正定县)秋季项目集中开工: the county the city's name brackets
            elif places:
                name = places[-1].word
                if _PARK_UNIT_RE.search(name) or _OFFICIAL_AFTER_RE.match(text, places[-1].end):
                    continue  # (长春市市长…, 副省长…: an official)
                if name in CITIES and name not in PROVINCES and name + "市" in text:
                    name += "市"  # 河北沧州150个项目开工 … 沧州市举行…: the city as the story writes it in full
            elif len(word) <= 3:
                # 广灵举行…: a county the text also writes in full (广灵县经济技术开发区), or a place the tagger knows;
                # 杨凌分会场…, where 杨凌 is written only as the start of a park's name (杨凌示范区): the park's
                # (柳州二季度…: a city the table knows is written with its 市)
                name = next((word + unit for unit in "县市区旗" if word + unit in text), None)
                if name is None and (any(o.key.startswith(word) for o in self.occs)
                                     or not (word in CITIES or tagged_place(text, begin, begin + len(word)))):
                    continue
                name = name or (word + "市" if word in CITIES and word not in PROVINCES else word)
            elif (inner := _EVENT_OF_CITY_RE.match(text, begin, clause_end)) is not None:
                name = inner.group(1) + "市"  # 第十二届中国—东盟博览会桂林市经济合作项目签约仪式举行: the city's session
            else:
                continue
            if self._headline_batch_of_park(name):
                continue  # 济宁高新区2020年…项目集中开工 / 济宁市…集中开工…在高新区举行: the headline says whose batch it is
            found.append((begin, name))
        return found

    def _headline_batch_of_park(self, region: str) -> bool:
        """True when the article's headline opens with a park named after `region` (济宁高新区 for 济宁市) and reports
        a batch of projects itself (…集中开工): the batch is that park's, whatever city holds the event."""
        text = self.doc.text
        head = self.doc.headings[0] if self.doc.headings else None
        stem = region[:-1] if len(region) >= 3 and region[-1] in "市县区" else region
        if head is None or text[:head.start].strip() or not _BATCH_EVENT_RE.search(text, head.start, head.end):
            return False
        return any(o.start <= head.start + 1 and o.key.startswith(stem) and o.key != region
                   for o in self._in(head.start, head.end))

    def _places_at(self, begin: int, end: int) -> list:
        """The run of place names the tagger reads from begin (甘肃省/武威市/凉州区), within [begin, end); the
        most specific is last. A firm named after its city (苏州市欧陆杰电器有限公司) is one word, not a place."""
        run = []
        for t in tokens_around(self.doc.text, begin):
            if t.end <= begin:
                continue
            if t.start != (run[-1].end if run else begin) or t.end > end or t.tag in _NOT_PLACE_TAGS \
                    or not 2 <= len(t.word) <= 6 or not (t.tag == "LOC" or _REGION_UNIT_END_RE.search(t.word)):
                break  # (a place, or a word ending in 市/县/区 the tagger gave an odd tag in context: 共青城市/d)
            run.append(t)
        while run and not _REGION_UNIT_END_RE.search(run[-1].word):
            run.pop()  # 潍坊/滨海区: the unit is the last word that ends like one
        return run

    def _reporter_visits(self, start: int, end: int) -> bool:
        """带着疑问，记者走进了X工业园区: the reporter's visit to a park, a sentence of the lead, not a byline."""
        return any(_REPORTER_AT_BEFORE_RE.search(self.doc.text, max(start, o.start - 24), o.start)
                   for o in self._in(start, end))

    def _park_headline(self, sent) -> bool:
        """'潍坊高新区: 重大项目建设释放新活力': a short line that opens with a park and a colon."""
        text = self.doc.text
        line_start = text.rfind("\n", 0, sent.start) + 1
        line_end = text.find("\n", sent.start)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        if len(line.strip()) > 40 or "。" in line:
            return False
        return any(o.start <= line_start + 2 and text[o.end:o.end + 1] in (":", "：")
                   for o in self._in(line_start, line_end))

    def _sections(self) -> list[str | None]:
        """The park in scope at each sentence, in order.

        Three levels: a story (from a top-level heading, '#'/'##' or an unmarked headline line
        naming a park, to the next) is about the park its heading names, else the park its lead
        opens with or visits (在X采访, 走进X) in its first three sentences; a section (from a '###'
        sub-heading) about the park its sub-heading names, else its story's; inside a
        paragraph, a sentence that opens with a park makes it the scope until the paragraph
        ends. Bylines and photo credits change nothing.
        """
        doc, text = self.doc, self.doc.text
        heading_starts = {h.start for h in doc.headings}
        story: str | None = None
        section: str | None = None
        lead_left = 3
        story_from = 0  # the first sentence of the story being read
        paragraph: object = None  # a park key, None (not set) or _NO_PARK
        last_line = -1
        out: list[str | None] = []
        region: str | None = None  # the city or county whose batch of projects the story reports
        story_region: str | None = None  # the first such the story names: whose batch "this" one (此次…) is
        paragraph_opener: str | None = None  # the park the paragraph's first sentence opens with
        city_paragraph = False  # the paragraph's first sentence opens with a city (and no park) as its subject
        place: str | None = None  # the county or city a paragraph is about, when it opens with one
        sector_park: str | None = None  # the park a paragraph named with the fields the paragraphs after it take in turn
        for i, sent in enumerate(doc.sentences):
            previous = doc.sentences[i - 1] if i else None
            self._regions.append((region, []))
            body = text[sent.start:sent.end].strip()
            line_start = text.rfind("\n", 0, sent.start) + 1
            dateline = DATELINE_RE.match(body)
            story_body = body[dateline.end():] if dateline else body  # 本报讯(记者 X)昨日,X高新区…: not a byline
            if (_BYLINE_RE.search(story_body) and len(body) <= 40 and not self._reporter_visits(sent.start, sent.end)) \
                    or _LIST_ITEM_RE.match(body):
                out.append(None if paragraph is _NO_PARK else (paragraph or section or story))
                continue
            if (line_start in heading_starts and sent.start <= line_start + 2) or self._park_headline(sent):
                named = [o for o in self._in(sent.start, sent.end)]
                park = named[0].key if named and not _shares_its_suffix(text, sent.start, named[0].start) else None
                if park is not None and len(named) >= 2 and named[1].key != park \
                        and text[named[0].end:named[1].start] in ("、", "和", "与", "及"):
                    park = None  # 浏阳经开区、浏阳高新区8个产业项目集中开工: two parks together, no one park's story
                if park is not None and _PLACE_BATCH_THEN_RE.search(text, sent.start, named[0].start):
                    park = None  # 2020年长春市农安县重点项目集中开工、新安合作区揭牌仪式…: the county's batch first, the park's
                    # unveiling beside it; the story reports the county's projects
                if text.startswith("###", line_start) or (not text.startswith("#", line_start) and park is None):
                    section = park  # a sub-heading: a new section of the same story
                else:
                    story, section, lead_left = park, None, (0 if park else 3)
                    story_from = len(out)
                paragraph, last_line = None, line_start
                # 总投资超182亿元 金东区签约32个项目: a headline that names a county's batch sets it for the story
                # (a county's: a city's or a province's headline sums up batches the story then gives to others)
                events = [e for e in self._region_events(sent.start, sent.end) if e[1][-1] in "区县旗"]
                region = story_region = events[-1][1] if events else None
                self._regions[-1] = (None, events)
                out.append(section or story)
                continue
            first_of_paragraph = line_start != last_line
            if first_of_paragraph:
                before = paragraph_opener
                previous_line = last_line
                paragraph, last_line, paragraph_opener = None, line_start, None
                if before is not None and before != (section or story) and _POINTS_BACK_RE.match(body):
                    # 数据显示，湖北深圳工业园…。\n目前，园区内…: the park the paragraph before opened with
                    paragraph = before
                if _FIELD_OPENING_RE.match(body):
                    if sector_park is None and before is not None and previous_line >= 0 \
                            and _FIELDS_NAMED_RE.search(text, previous_line, line_start):
                        sector_park = before
                    if sector_park is not None:
                        paragraph = sector_park  # 该县X经济区大力发展A、B等产业。\nA产业方面,…: the park's fields, one a paragraph
                else:
                    sector_park = None
            opener = self._first_clause_park(sent.start, sent.end)
            if opener == "":
                opener, paragraph = None, _NO_PARK
            if opener is None and not first_of_paragraph and _THIS_PARK_OPENING_RE.match(body) and previous is not None:
                named = {o.key for o in self._in(previous.start, previous.end)}
                if len(named) == 1:  # (其余5个项目均落户X园区。据了解，该园区…: X, from here to the paragraph's end)
                    paragraph = named.pop()
            if first_of_paragraph:
                paragraph_opener = opener
                # (a paragraph that points back, 其中，连云港…项目, is about the park before, not the city it names)
                city_paragraph, place = self._city_subject(sent.start, sent.end) \
                    if opener is None and not _POINTS_BACK_RE.match(body) else (False, None)
                if city_paragraph:
                    paragraph = _NO_PARK  # 包头多角度推动…，…等项目已开工: a paragraph about a city, not the story's park
            if place is not None and paragraph is _NO_PARK:
                self._places[len(self._regions) - 1] = place
            kept = paragraph  # X园区Y项目，是…: a park written as the first words of a project's name is where that
            # project stands, for this sentence only; the paragraph is not about the park
            opener_end = next((o.end for o in self._in(sent.start, sent.end) if o.key == opener), None)
            after = _PROJECT_AFTER_RE.match(text, opener_end) if opener_end is not None else None
            opens_project = after is not None and not VERBISH_RE.search(after.group())  # (X开发区预计再开工39个项目: a clause)
            if opener is not None:
                paragraph = opener
            if first_of_paragraph and story_region and _THIS_BATCH_OPENING_RE.match(body):
                # 前锋区…14个；华蓥市…21.2亿元。\n此次集中开工的项目涵盖…，其中基础设施项目28个: the story's whole batch
                # again, not the county's part named last
                region = story_region
                self._regions[-1] = (region, self._regions[-1][1])
            events = self._region_events(sent.start, sent.end, region)
            # a paragraph that opens with a park is about it, whatever batch the story reports
            self._regions[-1] = (None if paragraph is not None and not city_paragraph else region, events)
            if events:
                region = events[-1][1]
                story_region = story_region or region
            elif self._opens_with_park_class(sent.start, sent.end):
                paragraph = _NO_PARK  # 新兴产业专业园区布局以来…: all the parks of a kind, no one park
            if lead_left > 0 and body:
                # (这些项目进展如何？能否按时完工？带着疑问，记者走进了X: the lead's questions ask, they name nothing)
                if not body.endswith(("?", "？")):
                    lead_left -= 1
                # (…A、B、C榜上有名。其中B位列第25位: one of the parks just listed, not what the story is about)
                lead = (None if opens_project or body.startswith("其中") else opener) or next((o.key for o in self._in(sent.start, sent.end)
                                       if ((_VISIT_BEFORE.search(text[max(sent.start, o.start - 8):o.start])
                                            and not ("位于" in text[max(sent.start, o.start - 8):o.start]
                                                     and _PLACE_IT_HOLDS_RE.match(text, o.end))
                                            or (not text[:sent.start].strip()
                                                and _VISIT_SITED_BEFORE.search(text[max(sent.start, o.start - 18):o.start])))
                                           and not _VENUE_OF_RE.search(text, sent.start, o.start)
                                           and not _place_event_held_in(text, sent.start, o.start)
                                           and not _PROJECT_SITED_RE.search(text, sent.start, o.start))
                                       or (_HOSTED_BEFORE.search(text, max(sent.start, o.start - 16), o.start)
                                           and _HOSTED_AFTER.match(text, o.end))
                                       or (text[o.start - 1:o.start] == "从" and _SOURCE_AFTER.match(text, o.end))
                                       or _OWN_VENUE_BEFORE_RE.search(text, max(sent.start, o.start - 12), o.start)
                                       or _REPORTER_AT_BEFORE_RE.search(text, max(sent.start, o.start - 24), o.start)), None)
                if lead is None:
                    # …传来喜讯——X经贸合作区(以下简称Y)再度…: the one park the lead gives a short name is the story's
                    defined = {o.key for o in self._in(sent.start, sent.end) if _DEFINED_AFTER_RE.match(text, o.end)}
                    lead = defined.pop() if len(defined) == 1 else None
                if lead is None:
                    # 一年之计在于春，…，2月18日，青云新区举行…: the one park a later clause of the lead opens as host
                    inner = self._hosts(sent.start, sent.end)
                    lead = inner.pop() if len(inner) == 1 else None
                if lead is None:
                    # …发布《2025年重大项目名单》徐州经开区共有7个产业项目列入清单: the one park the lead counts the
                    # projects of is the story's
                    counted = {o.key for o in self._in(sent.start, sent.end) if _OWN_PROJECTS_COUNTED_RE.match(text, o.end)}
                    lead = counted.pop() if len(counted) == 1 else None
                if lead is None and (session := _PARK_SESSION_RE.search(text, sent.start, sent.end)) is not None:
                    # 荆门市…重大项目集中开工高新区·掇刀区分会场活动在X举行: the city's event, the park's own session of
                    # it, which the story reports; the bare word stands for the one park of its kind the text names
                    tail = {o.key for o in self.occs if o.key.endswith(session.group()[:-3])}  # (荆门高新区·掇刀区)
                    lead = tail.pop() if len(tail) == 1 else self.one_of_kind(session.group(1))
                if lead and len(self._run_openers(sent.start, sent.end)) > 1:
                    lead, paragraph, lead_left = None, None, 0  # a roundup of several parks: no one park
                if lead:
                    story, lead_left = lead, 0
                    at = next((o.start for o in self._in(sent.start, sent.end) if o.key == lead), None)
                    if at is not None and _REPORTER_AT_BEFORE_RE.search(text, max(sent.start, at - 24), at):
                        # 总投资50亿元的X基地里…；Y公司生产线上…。记者近日在Z产业园看到，园区内…: the lead's scenes
                        # before it are in the park the reporter then names as where they were seen
                        for k in range(story_from, len(out)):
                            s_k = doc.sentences[k]
                            if out[k] is None and text.rfind("\n", 0, s_k.start) >= 0 \
                                    and not self._in(s_k.start, s_k.end) and not self._regions[k][1]:
                                out[k] = lead
            elsewhere = opener is None and self._opens_somewhere_else(sent.start, sent.end)
            out.append(None if paragraph is _NO_PARK or elsewhere else (paragraph or section or story))
            if opens_project:
                paragraph = kept
            if paragraph is not _NO_PARK:
                # …武威工业园区开工建设项目117项…；黄羊工业园区开工建设项目65项…。X生产线…: a clause run after ；
                # that opens with another park makes it the scope of the sentences after it
                runs = self._bounds(sent.start, sent.end, "；;")
                last = self._first_clause_park(runs[-1], sent.end) if len(runs) > 1 else None
                if last is not None:
                    paragraph = last
        return out

    def _opens_somewhere_else(self, start: int, end: int) -> bool:
        """True when a sentence opens by setting itself in a place that is no park the text names (在位于云龙镇的X
        产业基地，Y项目正…): what it says is there, not in the park in scope."""
        text = self.doc.text
        lead = _LEAD_RE.match(text, start, end)
        m = _SETTING_OPENING_RE.match(text, lead.end() if lead else start, end)
        return m is not None and not self._in(m.start(), m.end())

    def _city_subject(self, start: int, end: int) -> tuple[bool, str | None]:
        """(True, place) when a sentence's subject is a city the lexicon knows (包头多角度…, 宁波市今年…), not a park
        named after it, or a county or district (上虞区召开…, 我县…); place is the county's or city's name when the
        text says it (a city the lexicon knows gives none: its paragraphs keep their figures as before)."""
        text = self.doc.text
        dateline = DATELINE_RE.match(text, start, end)
        begin = dateline.end() if dateline else start
        lead = _LEAD_RE.match(text, begin, end)
        begin = lead.end() if lead else begin
        since = _SINCE_CLAUSE_RE.match(text, begin, end) or _PERIOD_OPENING_RE.match(text, begin, end)
        begin = since.end() if since else begin  # 进入四季度以来，我县…; 1~8月,我市44家…: the period, then the subject
        home = _HOME_SUBJECT_RE.match(text, begin, end)
        if home:  # 我县举办了多场…恳谈会: the county the paper is from, not the park
            return True, _home_place(text, home.group(1))
        unit = _COUNTY_SUBJECT_RE.match(text, begin, end)
        if unit is not None and not self._in(unit.start(), unit.end() + 8) \
                and any(t.start == unit.start() and t.end == unit.end() and t.tag == "LOC"
                        for t in tokens_around(text, unit.start())):
            return True, unit.group()  # 上虞区召开招商引资现场会: a district, not a park, does what the paragraph tells
        m = _CITY_SUBJECT_RE.match(text, begin, end)
        city = m is not None and not self._in(m.start(), m.end() + 8) \
            and any(t.start == m.start() and t.tag == "LOC" for t in tokens_around(text, m.start()))
        county = _COUNTY_AFTER_CITY_RE.match(text, m.end()) if city and text[m.end() - 1:m.end()] == "市" else None
        if county is not None and any(t.start == county.start() and t.end == county.end() and t.tag == "LOC"
                                      for t in tokens_around(text, county.start())):
            return True, county.group()  # 哈尔滨市双城区深入推进…: the city's district, whose figures the paragraph gives
        return city, None

    def _opens_with_park_class(self, start: int, end: int) -> bool:
        """True when a sentence's subject is a kind of park (新兴产业专业园区, 各开发区), not one park."""
        text = self.doc.text
        lead = _LEAD_RE.match(text, start, end)
        begin = lead.end() if lead else start
        m = _PARK_CLASS_RE.match(text, begin, end)
        if m and (_MODIFIED_AFTER_RE.match(text, m.end()) or _PHASE_AFTER_RE.match(text, m.end())):
            return False  # 此次设立的开发区产业引导基金…: the park word modifies the subject, a fund (新开工航空航天产业园
            # 二期、…等重点项目: a park's phase, a project, the first of a list)
        if m and is_generic_stem(m.group(1)) and not self._in(begin, m.end()):
            # (化工园区以发展晶硅…为主导, where the article names one 化工园区: that park, written by its kind)
            return not (m.group().endswith(("园区", "园")) and len({o.key for o in self.occs
                                                                  if o.key.endswith(m.group())}) == 1)
        return False

    def region_event_end(self, pos: int) -> int | None:
        """Where the clause that holds the batch event of the sentence at pos ends (before pos), if it holds one."""
        _, events = self._regions[self.doc.sentence_index(pos)] if self._regions else (None, [])
        held = [where for where, _ in events if where <= pos]
        if not held:
            return None
        m = _FIRST_CLAUSE_END.search(self.doc.text, held[-1], pos)
        return m.end() if m else None

    def region_at(self, pos: int, *, here: bool = False) -> str | None:
        """The city or county whose batch of projects (see _BATCH_EVENT_RE) the text at pos reports, if any;
        here: only when the sentence at pos holds the event."""
        if not self._regions:
            return None
        carried, events = self._regions[self.doc.sentence_index(pos)]
        held = [name for where, name in events if where <= pos]
        return held[-1] if held else (None if here else carried)

    def paragraph_place(self, pos: int) -> str | None:
        """The county or city (上虞区, 我县 where the text says which) the paragraph around pos opens with as its
        subject, when that makes it no park's paragraph."""
        return self._places.get(self.doc.sentence_index(pos))

    def named_last_before(self, pos: int) -> str | None:
        """The park named last before pos in its paragraph (what 该区 at pos points back to)."""
        para = self.doc.text.rfind("\n", 0, pos) + 1
        before = [o for o in self._in(para, pos) if o.end <= pos]
        return before[-1].key if before else None

    def section_park(self, pos: int) -> str | None:
        """The park the section around pos is about."""
        if not self._section:
            return None
        return self._section[self.doc.sentence_index(pos)]

    def explicit_park_at(self, pos: int, *, end: int | None = None, firm: bool = False) -> str | None:
        """The park named in the clause run of [pos, end) (see park_at), never the section's."""
        return self.park_at(pos, end=end, section=False, firm=firm)

    def park_at(self, pos: int, *, end: int | None = None, placed: bool = False,
                section: bool = True, firm: bool = False) -> str | None:
        """The park a record mentioned at [pos, end) belongs to.

        The park named in the same clause run (up to ；/。) — the nearest before it, else the
        first after it — or else the park of the section. placed: the section's park only when the
        sentence places something in it (入驻, 落户, 引进 …), as for companies, which the press
        also names as customers, partners or examples.
        """
        end = pos if end is None else end
        sent = self.doc.sentence_at(pos)
        text = self.doc.text
        if firm and _outside_role(self.doc, pos, end):
            return None  # a partner, an investor or a customer of the park's firms, wherever it is
        run = self.doc.clause(pos, end, marks=RUN_MARKS)
        in_run = self._in(run.start, run.end)
        here = [o for o in in_run if not (o.start <= pos < o.end) and not (pos <= o.start < end)
                and not _co_listed(text, o, pos, end) and not _built(text, o)
                and not text.startswith("所在", o.end)  # 集成电路产业园所在的西海岸新区: a place's description
                and not _officers_park(text, o, in_run)  # (广州开发区管委会副主任X等领导出席: a guest's office)
                and not _sibling_project_item(text, o, pos, end)]
        before = [o for o in here if o.end <= pos]
        if before:  # (位于A开发区B工业园的X项目: the zone's park that ends nearest, the most specific place named)
            return max(before, key=lambda o: (o.end, o.end - o.start)).key
        after = [o for o in here if o.start >= end]
        if after:
            k = 0
            while k + 1 < len(after) and after[k + 1].start == after[k].end:
                k += 1  # 在长河高新区七里河园区: the zone's park, the most specific place named
            return after[k].key
        if not section or placed and not PLACEMENT_RE.search(text, sent.start, sent.end):
            return None
        return self.section_park(pos)


# Clauses that name firms by their relation to the park's firms, not as residents: partners
# (计算中心已与海尔、海信…等企业合作, A与B建立协同机制), investors (由A、B共同出资), customers (成为A的供应商).
_PARTNER_RE = re.compile(r"[与同跟]")
_COOPERATE_RE = re.compile(r"合作|携手|对接|协同|联合|签约|签署|协商")
_HAND_IN_HAND_RE = re.compile(r"携手|联手")  # 携手A、B等企业打造…: partners, named without 与
_INVESTOR_RE = re.compile(r"出资|发起设立|股东")
_CUSTOMER_RE = re.compile(r"供应商|供货|客户|配套商|订单")  # (承接起A、B等知名企业更多的订单: customers)
# a fund's manager or trustee (委托市国控集团作为受托管理人): it serves the fund, the park does not hold it
_MANAGER_RE = re.compile(r"受托|管理人|托管")
# a park's officer: 管委会副主任, 党工委书记 (the park is where the guest works, not where the records stand)
_OFFICER_OF_PARK_RE = re.compile(r"(?:党工委|管委会|管理委员会)(?:党工委)?(?:常务)?副?(?:主任|书记|委员)")


def _officers_park(text: str, o, occs) -> bool:
    """True when the park named at o is where an officer named after it works (X管委会副主任), or the zone
    that park is written inside (西部科学城重庆高新区党工委委员)."""
    while True:
        if _OFFICER_OF_PARK_RE.match(text, o.end):
            return True
        o = next((n for n in occs if n.start == o.end and n.end > n.start), None)
        if o is None:
            return False


# 市长X、TCL集团股份有限公司董事长Y等出席了开工仪式: who attends a park's ceremony is a guest, not a resident
_ATTENDS_RE = re.compile(r"出席|莅临|应邀参加")
# what officers do at a ceremony: attend, and witness (a zone that 见证了 projects is no guest, so 见证 is theirs only)
_GUESTS_RE = re.compile(_ATTENDS_RE.pattern + "|见证")
# a firm's officer named right after it: 党委书记、执行董事X, 董事长Y
_OFFICER_AFTER_FIRM_RE = re.compile(r"(?:党委|党组)?(?:副?书记|副?董事长|执行董事|董事|副?总经理|副?总裁|总工程师|首席执行官|负责人)")
# 全市工业园区和高新区(不含红塔集团): a firm the figures leave out
_EXCLUDED_RE = re.compile(r"不含|不包括|除(?:去|了)?(?=[\u4e00-\u9fff]{2,}[外以]?)")


_OTHER_PROJECT_ITEM_RE = re.compile(r"项目(?:等[^、]*)?$")


# 休闲食品产业方面, 现代物流方面: a paragraph that opens with one of the fields a park develops
_FIELD_OPENING_RE = re.compile(r"(?!另一|一|其他|其它|各)[\u4e00-\u9fff]{2,10}方面[，,]")
# …大力发展休闲食品、现代物流、电子科技、科教文化等产业: a park's fields, named in turn
_FIELDS_NAMED_RE = re.compile(r"发展[^。；;]{2,60}?(?:、[^。；;、]{2,12}){2,}等(?:产业|行业|领域)")


# 、黄埔区 after a zone: a district (no park word after it)
_DISTRICT_AFTER_RE = re.compile(r"、([\u4e00-\u9fff]{1,3}区)(?![\u4e00-\u9fff]{0,2}(?:园|区))")


def _with_its_district(text: str, o) -> bool:
    """True when a zone is written with a district after it (广州开发区、黄埔区), and the text writes that zone and that
    district together at least twice: the zone and the district run as one body (区政合一), whose sentences are the
    zone's, not a list of places."""
    m = _DISTRICT_AFTER_RE.match(text, o.end)
    if m is None or not ENDS_WITH_ZONE_RE.search(text, o.start, o.end):
        return False
    return len(re.findall(f"(?:{ZONE_WORDS}|新区)、" + re.escape(m.group(1)), text)) >= 2


def _shares_its_suffix(text: str, begin: int, start: int) -> bool:
    """True when the words from begin to a park's name at start are a place and 、 (喀什、霍尔果斯经济开发区兵团分区):
    two places' parks written with one suffix, of which the text names only the second as a park."""
    if not (start - begin >= 3 and text[start - 1] == "、") or text[start - 2] in "县市区省旗镇乡":
        return False  # (长沙县、长沙经开区…举行: a county and a park, each named in full)
    return CITY_RE.fullmatch(text, begin, start - 1) is not None or any(
        t.start == begin and t.end == start - 1 and t.tag == "LOC" for t in tokens_around(text, begin))


def _outside_role(doc: Doc, pos: int, end: int) -> bool:
    """True when the clause around a firm names it as a partner, an investor, a customer, a fund's manager or a
    guest at a ceremony.
    Another item of a list that is a project of its own (包括A投资20亿元的X项目、B与C合作办学项目等) says nothing of
    this firm's role."""
    clause = doc.clause(pos, end)
    run = doc.text_of(clause)
    if "、" in run:
        items, k = [], 0
        for part in run.split("、"):
            mine = clause.start + k <= pos < clause.start + k + len(part)
            if mine or not _OTHER_PROJECT_ITEM_RE.search(part):
                items.append(part)
            k += len(part) + 1
        run = "、".join(items)
    sent = doc.sentence_at(pos)
    if _OFFICER_AFTER_FIRM_RE.match(doc.text, end) and _GUESTS_RE.search(doc.text, end, sent.end):
        return True  # A公司党委书记、执行董事X，B公司董事长Y出席并见证签约: the firm of a guest, named by its officer
    return bool((_PARTNER_RE.search(run) and _COOPERATE_RE.search(run)) or _HAND_IN_HAND_RE.search(run)
                or _INVESTOR_RE.search(run) or _ATTENDS_RE.search(run)
                or _CUSTOMER_RE.search(run) or _MANAGER_RE.search(run)
                or _EXCLUDED_RE.search(doc.text, max(0, pos - 4), pos))
# 将建设…跨境电商产业园、…, 打造…“国际VR产业园”: a park a project is to build is what it builds, not where it is
_BUILDS_RE = re.compile(r"(?:建设|打造|建成|新建|规划建设|筹建)[^，,。；;：:]{0,40}$")


def _built(text: str, occ) -> bool:
    """True when the park is the object of a verb of building in its own clause."""
    lo = max(text.rfind(c, 0, occ.start) for c in "，,。；;：:\n") + 1
    return bool(_BUILDS_RE.search(text, lo, occ.start)) and not _SETTING_RE.search(text, lo, occ.start)


_SETTING_RE = re.compile(r"(?:在|于|位于|落户|落地|入驻|进驻|扎根)")  # (A项目和B新建…项目选择落地P: P is where they stand)
_GATHERS_RE = re.compile(r"集聚|聚集|聚合|汇聚|引进|引入|吸引|入驻|落户|拥有|包括|有")


def _sibling_project_item(text: str, occ, pos: int, end: int) -> bool:
    """True when the park opens one project's name and the record at [pos, end) another's, each in its own clause
    (…分别是:总投资10.4亿元的X基地中小企业工业园项目,总投资3亿元的Y平台建设项目,…): items of one list, the park
    where its own item stands only."""
    item = _OPENS_PROJECT_NAME_RE.match(text, pos) or (text[max(pos, end - 2):end] == "项目"
                                                         and text[end:end + 1] in "，,；;。")
    return bool(item and _OPENS_PROJECT_NAME_RE.match(text, occ.end)
                and _FIRST_CLAUSE_END.search(text, min(occ.end, pos), max(occ.start, end)))


def _co_listed(text: str, occ, pos: int, end: int) -> bool:
    """True when a park and a record are items of one enumeration (A、B、C等项目): siblings, not a location."""
    between = text[occ.end:pos] if occ.end <= pos else text[end:occ.start]
    between = re.sub(r"[(（][^)）]{0,12}[)）]", "", between)
    if occ.end <= pos and (_GATHERS_RE.search(between.split("、")[0]) or between.startswith("的")):
        return False  # 新型显示产业园已集聚京东方、海信视像…, 绥安开发区的A项目、B项目: the park holds the list, it is not
        # an item of it
    if occ.start >= end and re.search(r"(?:在|于|落户|入驻|进驻|均?属)$", between):
        return False  # A公司、B公司在南部科学工业园区设立, A、B属P内的…企业: the park after the list is where its items are
    # (an item written after 、 is a sibling of every park named in the items before it, however long the list)
    listed_item = occ.end <= pos and text[pos - 1:pos] == "、"
    # (…桂林航空航天产业园(一期)项目、…、七星园园区基础设施建设项目: a park that opens a later item's name, however long
    # the list between them)
    later_item = occ.start >= end and text[occ.start - 1:occ.start] == "、"
    return "、" in between and not re.search(r"[，,；;。：:]", between) and (len(between) <= 60 or listed_item or later_item) \
        or between in ("、", "和", "及", "以及", "与")
