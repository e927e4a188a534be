"""Park kinds: the one table of the words that end a park's name, and the patterns made from it.

Adding a kind of park means adding a row to PARK_SUFFIXES; every rule that needs to know what a
park or a zone is called (the park finder, the fact rules' subject tests, the scope's park-class
test, the project finder) reads the patterns below.
"""
from __future__ import annotations

import re

# A trade's 'valley', named as the press names Silicon Valley (X药谷, X氢谷, 中国电谷, X生物谷): a park. Not 光谷 or 车谷,
# the press's names for one city's zones; not a developer's brand (X智谷, X智慧谷, X健康谷, X云谷, X创谷: as often one
# firm's building project as a park).
VALLEY_WORDS = ("药谷", "医谷", "电谷", "农谷", "生物谷", "美谷", "氢谷", "声谷", "网谷", "智造谷", "制造谷", "科技谷", "创意谷",
                "数谷", "芯谷", "生命谷", "能源谷")

# suffix -> kind.  Longest first so 经济技术开发区 wins over 开发区.
PARK_SUFFIXES: dict[str, str] = {
    "高新技术产业开发区": "高新区", "经济技术开发区": "经济技术开发区", "高新技术产业园区": "高新区",
    "经济开发区": "经济开发区", "高新区": "高新区", "经开区": "经济技术开发区", "开发区": "开发区",
    "产业园区": "产业园", "产业园": "产业园", "科技园区": "科技园", "科技园": "科技园", "工业园区": "工业园",
    "工业园": "工业园", "创新园": "创新园", "科技城": "科技城", "科学城": "科技城", "孵化园": "孵化园",
    "创新谷": "创新谷", "科创园区": "科创园", "科创园": "科创园", "高创园": "创新园", "软件园": "软件园", "物流园区": "物流园",
    "物流园": "物流园", "创业园": "创业园", "U谷": "产业园", "产业港": "产业园", "自贸片区": "自贸片区",
    "科学园区": "科技园", "科学园": "科技园", "新片区": "自贸片区", "创科园": "科技园",  # (港深创科园: Hong Kong's word)
    "科技岛": "科技园", "化工园区": "化工园", "化工产业区": "化工园", "能源化工基地": "化工园", "重化工基地": "化工园",
    "煤化工基地": "化工园", "石化基地": "化工园", "石化产业基地": "化工园",
    "综合保税区": "综合保税区", "保税区": "综合保税区", "保税物流区": "综合保税区", "保税物流中心": "综合保税区", "示范区": "示范区", "先行区": "先行区", "先行发展区": "先行区",
    "临空经济区": "临空经济区", "经济区": "经济区", "聚集区": "集聚区", "集聚区": "集聚区",
    "物流基地": "物流基地", "工业新区": "工业园", "产业发展园区": "产业园", "工业发展园区": "工业园", "智创园": "创新园",
    "产业新城": "产业新城", "工业功能区": "工业园", "功能区": "功能区", "工业集中发展区": "工业园", "集中发展区": "工业园",
    "工业区": "工业园", "示范园": "产业园", "临空区": "临空经济区",
    "工业集中区": "工业园", "集中区": "集聚区", "保税港区": "综合保税区", "综保区": "综合保税区",
    "投资区": "开发区", "新区": "国家级新区", "示范园区": "产业园", "总部园": "产业园",
    "边境经济合作区": "边境经济合作区", "边合区": "边境经济合作区", "跨境经济合作区": "边境经济合作区", "经济合作区": "经济合作区",
    "经济特别合作区": "经济合作区", "特别合作区": "经济合作区", "深度合作区": "经济合作区", "合作创新区": "经济合作区", "合作区": "经济合作区",
    "开发开放试验区": "开发开放试验区", "重点开发开放试验区": "开发开放试验区",
    "循环经济试验区": "试验区", "综合实验区": "试验区", "生态园区": "产业园",
    "经济开发试验区": "试验区", "先行试验区": "试验区", "特别试验区": "试验区", "合作特别试验区": "试验区",
    "国际边境合作中心": "国际合作园区", "国际边境合作中心配套区": "国际合作园区",
    "小微企业园": "产业园", "小微园": "产业园", "众创城": "产业园",
    "生态智慧区": "开发区", "科创城": "科技城", "科技新城": "科技城", "专属区": "开发区", "创意城": "科技城",
    "产业集聚带": "集聚区", "转移园": "产业园", "产业转移工业园": "工业园", "经济合作园区": "产业园", "合作园区": "产业园", "智造园": "产业园", "工业项目区": "工业园", "工业走廊": "经济区",
    "出口加工区": "出口加工区", "加工出口区": "出口加工区", "合作产业园": "产业园", "集中加工区": "工业园", "工业加工区": "工业园",
    "经济特区": "经济特区", "自贸试验区": "自贸区", "自由贸易试验区": "自贸区", "自贸区": "自贸区", "创新改革试验区": "试验区",
    "化工园": "化工园", "化工区": "化工园", "化工片区": "化工园", "石化片区": "化工园", "化工区块": "化工园",
    "化工集中区": "化工园", "产业区": "产业园", "化学工业区": "化工园", "协作园": "产业园", "分园": "产业园", "分园区": "产业园", "产业基地": "产业基地",
    "软体园区": "软件园", "软体园": "软件园", "软件谷": "软件园",  # (軟體: software, as Taiwan writes it)
    "项目区": "工业园", "农高区": "高新区", "农业高新技术产业示范区": "高新区",  # (晋中国家农高区: an agricultural high-tech zone)
    # a trade's park, written with the bare 园区 after the trade (X新材料园区, X农产品加工园区, X石材园区)
    "加工园区": "产业园", "智造园区": "产业园", "材料园区": "产业园", "石材园区": "产业园",
    "工业组团": "工业园",  # (集美区后溪工业组团: a city's planned industrial cluster zone)
    "工业园开发区": "开发区",  # (仙港工业园开发区: a park that became a zone keeps both words)
    "专业园区": "产业园", "专业园": "产业园",  # (X氟新材料专业园, 箱包专业园: a park of one trade)
    "中央商务区": "商务区",  # (三亚中央商务区: a city's business district, run as a park with its own authority)
    "新港区": "新区",  # (城陵矶新港区: a port city's new area, run as a zone)
    "石化区": "化工园",  # (大亚湾石化区: a petrochemical zone)
    "高新园区": "产业园",  # (青山河高新园区, 马尾高新园区: a high-tech park within a county or a zone, no zone itself)
    **{word: "产业园" for word in VALLEY_WORDS},
    "医药园区": "产业园", "循环经济园区": "产业园", "循环经济园": "产业园", "贸易园区": "产业园", "信息园区": "产业园", "食品园区": "产业园",
}
# Kinds of zone that contain other parks and projects (位于青岛高新区, 潍坊高新区凯信…项目).
ZONE_KINDS = {"高新区", "经济技术开发区", "经济开发区", "开发区", "自贸片区", "边境经济合作区", "经济合作区", "开发开放试验区",
              "出口加工区"}
# Kinds of park a firm builds as one investment (投资2亿的X食品产业园): named only as a project, such a park is one
# (not a 科技城, a 新区 or a zone, which are built by many).
BUILT_AS_PROJECT_KINDS = {"产业基地", "产业园", "工业园", "科技园", "创新园", "孵化园", "科创园", "软件园", "物流园", "创业园"}
# …and, written after the sum one investor puts in it (投资100亿元的X智慧科技城), a science city: a developer's project
INVESTED_AS_PROJECT_KINDS = BUILT_AS_PROJECT_KINDS | {"科技城"}
SUFFIX_RE = re.compile("|".join(sorted(PARK_SUFFIXES, key=len, reverse=True)))
# What public works and buildings are called by (太忻大道, 雄忻高铁, 西部广场): an item of a list of projects so
# named is a work built, not a firm
# (综合楼、监管仓库、隔离设施、巡逻通道等: the works a zone builds, listed like firms)
WORKS_END_RE = re.compile(r"(?:大道|大街|公路|高速|高铁|铁路|隧道|大桥|供水|管网|机场|码头|广场|大厦|商城|综合体"
                          r"|综合楼|大楼|仓库|设施|通道|用房|厂房|卡口)$")


def _alternation(words) -> str:
    return "|".join(sorted(set(words), key=len, reverse=True))


#: every suffix of a zone (高新区, 经开区, 经济技术开发区 …), as a regex alternation
ZONE_WORDS = _alternation(k for k, kind in PARK_SUFFIXES.items() if kind in ZONE_KINDS)
ENDS_WITH_ZONE_RE = re.compile(f"(?:{ZONE_WORDS})$")
#: every park suffix, as a regex alternation (longest first)
PARK_WORDS = _alternation(PARK_SUFFIXES)
#: a park word at the end of a string
ENDS_WITH_PARK_RE = re.compile(f"(?:{PARK_WORDS})$")
#: the zone words a count of zones is written with (8个高新区, 全省开发区); a longer form after 省级
#: (92家省级经济开发区) names a class of zones in a policy text, not a group the article reports on
GROUP_ZONE_WORDS = "经济技术开发区|高新区|经开区|开发区"
# A park written as its bare kind, standing for the park in scope (园区, 高新区 …)
BARE_PARK_WORDS = "园区|开发区|经开区|高新区|工业园区|工业园|边合区"  # (边合区: 边境经济合作区, as the press writes it)

# The verb that divides a park into the parts named after it (…总规划面积3.8平方公里,分A和B; 划分为A、B); 分别
# ('respectively') is no such verb. parks.py keeps the verb out of the first part's name; facts.py keeps a figure
# after the parts from the last one.
PARTS_VERB = r"(?:划分为|分为|分成|分(?!别))"

# What defines a short name for what was just named: X(以下简称“Y”), X(简称Y), X(下称“Y”)
DEFINED_AS = r"(?:(?:以下)?简称|下称)[:：]?"  # (以下简称:长合区: a colon before the short name)
