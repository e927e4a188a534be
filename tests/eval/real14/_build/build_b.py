"""Ground truth for real14 a08-a14 (written from the texts only; see SOURCES.md)."""
import re
from lib import *


def ratio(subject, subject_type, metric, value, evidence, **kw):
    """A rate, share or multiple: always optional, kind ratio."""
    kw.setdefault("unit", "ratio")
    return fact(subject, subject_type, metric, value, evidence, kind="ratio", optional=True, **kw)


# ---------------- a08 重庆高新区 1—5月 (2017)
P = "重庆高新区"
A = "2017年1—5月"
EVS = "其中中信重工智能机器人和鑫源4.0高端摩托车生产项目达产后预计形成年产值200亿元智能制造产业集群"
SIGN = dict(park=P, status="签约", status_text="新签约工业项目12个（其中）")
write("a08", {
    "title": "重庆高新区工业经济扩量提质成效明显",
    "outlet": "原载九龙坡区人民政府官网（“记者从九龙坡区人民政府官网获悉”），来源栏“聘聘”，aimsen.com 转载", "published": "2017-06-22",
    "published_precision": "day",
    "register": "portal repost of a district government item on a high-tech zone's January–May industrial figures by sector and its new signings",
    "source_url": "https://www.aimsen.com/information/25712",
    "note": "存档页把标题放在正文之后（“重庆高新区工业经济扩量提质成效明显 / 来源:聘聘发布时间:2017-06-22”）：标题移到首行，来源与发布时间行已删。正文在存档中为一段（“一是…二是…”以句号加空格相连），照录为一段；“明显.”的半角句点照录"},
    parks=[
        park(P, "1—5月重庆高新区工业经济扩量提质成效明显", city="重庆", district="九龙坡区", province="重庆", kind="国家高新区",
             note="区县（九龙坡区）据消息来源"),
    ],
    companies=[
        company("中信重工", EVS, park=P, optional=True, note="只出现在项目名中"),
        company("鑫源", EVS, park=P, optional=True, note="只出现在项目名中"),
    ],
    institutions=[inst("九龙坡区人民政府", "记者从九龙坡区人民政府官网获悉")],
    projects=[
        project("智能机器人项目", EVS, companies=["中信重工"], aliases=["中信重工智能机器人"], **SIGN,
                note="“中信重工智能机器人和鑫源4.0高端摩托车生产项目”：末尾“项目”统摄两项；属新签约的12个工业项目"),
        project("4.0高端摩托车生产项目", EVS, companies=["鑫源"], aliases=["鑫源4.0高端摩托车生产项目"], **SIGN),
    ],
    facts=[
        fact(P, "park", "industrial_investment_cny", 3400000000.0, "完成工业投资34亿元", as_of=A),
        ratio(P, "park", "industrial_investment_growth", 0.368, "同比增长36.8%", as_of=A),
        fact(P, "park", "output_value_cny", 21630000000.0, "实现规上工业总产值216.3亿元", as_of=A),
        ratio(P, "park", "output_value_growth", 0.28, "增长28%", as_of=A),
        fact(P, "park", "electronics_output_value_cny", 14260000000.0, "电子信息产业实现产值142.6亿元", as_of=A),
        ratio(P, "park", "electronics_output_growth", 0.466, "同比增长46.6%", as_of=A),
        ratio(P, "park", "electronics_output_share", 0.66, "占规上工业总产值比重达66%", as_of=A),
        ratio(P, "park", "electronics_output_share_change", 8.5, "提升8.5个百分点", unit="percentage_points", as_of=A),
        fact(P, "park", "equipment_output_value_cny", 5150000000.0, "装备制造产业实现产值51.5亿元", as_of=A),
        ratio(P, "park", "equipment_output_growth", 0.044, "同比增长4.4%", as_of=A),
        fact(P, "park", "biomedicine_output_value_cny", 730000000.0, "生物医药产业实现产值7.3亿元", as_of=A),
        ratio(P, "park", "biomedicine_output_growth", 0.084, "增长8.4%", as_of=A),
        fact(P, "park", "strategic_emerging_output_value_cny", 8240000000.0, "实现战略性新兴制造业产值82.4亿元", as_of=A),
        ratio(P, "park", "strategic_emerging_output_growth", 0.373, "同比增长37.3%", as_of=A),
        ratio(P, "park", "strategic_emerging_output_share", 0.381, "比重达到38.1%", as_of=A),
        ratio(P, "park", "strategic_emerging_output_share_change", 2.5, "同比提升2.5个百分点", unit="percentage_points",
              as_of=A),
        fact(P, "park", "projects_signed", 12, "招商引资新签约工业项目12个", as_of=A),
        fact(P, "park", "contract_investment_cny", 2370000000.0, "合同投资额23.7亿元", as_of=A),
        fact(P, "park", "contract_output_value_cny", 14430000000.0, "合同工业产值144.3亿元", as_of=A, kind="target",
             note="新签约项目合同约定的工业产值（预期）"),
        fact("智能机器人项目和4.0高端摩托车生产项目", "project", "expected_output_value_cny", 20000000000.0,
             "预计形成年产值200亿元", as_of="达产后", kind="target", optional=True, note="两项目合计形成的产业集群"),
    ])

# ---------------- a09 鄂尔多斯 1-9月 亿元以上重点工业项目 (2019)
GXQ, KG = "鄂尔多斯高新技术产业园区", "鄂尔多斯空港物流园区"
G = "鄂尔多斯市2019年亿元以上重点工业项目"
Y, A = "2019年", "截至2019年9月"
txt09 = open(os.path.join(D, "a09.txt"), encoding="utf-8").read()
# unit, subject, subject type: the banners/districts' batches and the two parks
UNITS = [("东胜区", "东胜区亿元以上重点工业项目", "park_group"), ("达拉特旗", "达拉特旗亿元以上重点工业项目", "park_group"),
         ("准格尔旗", "准格尔旗亿元以上重点工业项目", "park_group"),
         ("伊金霍洛旗", "伊金霍洛旗亿元以上重点工业项目", "park_group"), ("乌审旗", "乌审旗亿元以上重点工业项目", "park_group"),
         ("杭锦旗", "杭锦旗亿元以上重点工业项目", "park_group"), ("鄂托克旗", "鄂托克旗亿元以上重点工业项目", "park_group"),
         ("鄂托克前旗", "鄂托克前旗亿元以上重点工业项目", "park_group"), ("高新技术产业园区", GXQ, "park"),
         ("空港物流园区", KG, "park")]
unit_facts = []
for unit, subj, stype in UNITS:
    # each unit's sentence: 实施…N项(新建a项,续建b项) … 开复工M项(新建c项,续建d项),开复工率r%
    m = re.search(r"(?<![^。:\n])" + unit + r"实施亿元以上重点工业项目(\d+)项\(([^)]*)\)[^。]*?。?[^。]*?((?:开)?复工(\d+)项\(([^)]*)\)),开复工率([\d.]+)%",
                  txt09)
    if not m:
        raise SystemExit("a09: no sentence for " + unit)
    n, split1, started_ev, started, split2, rate = m.groups()
    unit_facts.append(fact(subj, stype, "key_projects", int(n), unit + "实施亿元以上重点工业项目" + n + "项", as_of=Y))
    for kind_word, num in re.findall(r"(新建|续建)(\d+)项", split1):
        unit_facts.append(fact(subj, stype, "new_key_projects" if kind_word == "新建" else "continued_key_projects",
                               int(num), unit + "实施亿元以上重点工业项目" + n + "项(" + split1 + ")", as_of=Y,
                               optional=True, note="新建/续建细分"))
    unit_facts.append(fact(subj, stype, "projects_started", int(started), started_ev, as_of=A,
                           note="开复工（新开工与续建复工合计）"))
    for kind_word, num in re.findall(r"(新建|续建)(\d+)项", split2):
        unit_facts.append(fact(subj, stype, "new_projects_started" if kind_word == "新建" else "projects_resumed",
                               int(num), started_ev, as_of=A, optional=True, note="开复工的新建/续建细分"))
    unit_facts.append(ratio(subj, stype, "start_rate", round(float(rate) / 100, 4), "开复工率" + rate + "%", as_of=A))
write("a09", {
    "title": "1-9月份亿元以上重点工业项目进展情况",
    "outlet": "鄂尔多斯市工业和信息化局网站 gxj.ordos.gov.cn 信息公开·数据中心（作者栏“目 黄小瑞”）", "published": "2019-10-08",
    "published_precision": "day",
    "register": "municipal government department bulletin on the city's 106 key industrial projects: totals and, by banner or district and two parks, the projects implemented and started",
    "source_url": "http://gxj.ordos.gov.cn/xxgk_126422/fdzdgknr/sjzx/201910/t20191023_2498921.html",
    "note": "“来源 : 作者 : 目 黄小瑞发布时间 : 2019-10-08 11:20:00”一行已删。文中只说“我市”：城市鄂尔多斯、省份内蒙古据网站（市工信局）。各旗区与两园区的项目数之和为106、开复工数之和为84，与总数相符，故判定存档为全文"},
    parks=[
        park(GXQ, "高新技术产业园区实施亿元以上重点工业项目6项", city="鄂尔多斯", province="内蒙古", kind="高新技术产业园区",
             note="文中只写“高新技术产业园区”；名称补“鄂尔多斯”（据网站，有意，check_gold 提示）"),
        park(KG, "空港物流园区实施亿元以上重点工业项目2项", city="鄂尔多斯", province="内蒙古", kind="物流园区",
             note="文中只写“空港物流园区”；名称补“鄂尔多斯”（有意，check_gold 提示）"),
    ],
    facts=[
        fact(G, "park_group", "key_projects", 106, "我市实施亿元以上重点工业项目106项", as_of=Y),
        fact(G, "park_group", "new_key_projects", 43, "新建43项", as_of=Y),
        fact(G, "park_group", "continued_key_projects", 63, "续建63项", as_of=Y),
        fact(G, "park_group", "planned_investment_cny", 275705000000.0, "总投资2757.05亿元", as_of=Y),
        fact(G, "park_group", "annual_planned_investment_cny", 43768000000.0, "当年计划完成投资437.68亿元", as_of=Y,
             kind="target"),
        fact(G, "park_group", "projects_started", 84, "开复工84项", as_of=A),
        fact(G, "park_group", "new_projects_started", 33, "新建33项", as_of=A),
        fact(G, "park_group", "projects_resumed", 51, "续建51项", as_of=A),
        ratio(G, "park_group", "start_rate", 0.792, "开复工率79.2%", as_of=A),
        fact(G, "park_group", "completed_investment_cny", 20788000000.0, "完成投资207.88亿元", as_of=A),
        ratio(G, "park_group", "annual_plan_completion", 0.476, "完成年度计划投资的47.6%", as_of=A),
    ] + unit_facts)

# ---------------- a10 岳阳市产业园区 一季度 (2020)
G = "岳阳市产业园区"
A = "2020年一季度"
EVC = "投资20亿元的超威新能源动力电池和电动船驱动系统制造项目系中国500强超威集团投资建设"
EVS = "中韩合资智能显示、中创空天新材料、恒大岳阳新能源动力电池、永高复合材料等11个投资5亿元以上重大产业项目开工建设"
START = dict(park=None, status="开工", status_text="开工建设")
write("a10", {
    "title": "一季度岳阳市产业园区签约工业项目41个 签约总投资148.5亿元",
    "outlet": "原刊媒体与记者未注明（“记者昨天从岳阳市发改委获悉”），中国房地产报网站 creb.com.cn（编辑:本站编辑）", "published": "2020-05-19",
    "published_precision": "day",
    "register": "trade-press site repost of a municipal item on a city's industrial parks in the first quarter: signings, a 500-strong firm's project, starts, resumed and completed projects",
    "source_url": "http://www.creb.com.cn/cydc/124226.jhtml",
    "note": "页首“中房报·好房子”“A+”与时间行“2020-05-19 16:45”、文末“编辑:本站编辑”“标签:岳阳市产业园区”、计数、相关推荐与版权页脚已删。原文“500强“项目”的引号、“全部恢复建设, 完成投资”的半角逗号加空格照录。省份湖南不在文中"},
    parks=[],
    companies=[
        company("超威集团", EVC, park=None, note="签约项目落在“岳阳市产业园区”（未点名哪个园区），故无园区"),
        company("中创空天", EVS, park=None, optional=True, note="只出现在项目名中"),
        company("恒大", EVS, park=None, optional=True, note="只出现在项目名中"),
        company("永高", EVS, park=None, optional=True, note="只出现在项目名中"),
    ],
    institutions=[inst("岳阳市发改委", "记者昨天从岳阳市发改委获悉")],
    projects=[
        project("新能源动力电池和电动船驱动系统制造项目", EVC, park=None, companies=["超威集团"], inv=2000000000.0,
                inv_text="投资20亿元", status="签约", status_text="岳阳市产业园区签约（年度第一个“500强”项目）",
                aliases=["超威新能源动力电池和电动船驱动系统制造项目"], note="具体园区未给"),
        project("中韩合资智能显示", EVS, **START, note="投资额只知“5亿元以上”（规模段），不给金额；园区未点名"),
        project("中创空天新材料", EVS, companies=["中创空天"], **START),
        project("恒大岳阳新能源动力电池", EVS, companies=["恒大"], **START),
        project("永高复合材料", EVS, companies=["永高"], **START),
    ],
    facts=[
        fact(G, "park_group", "projects_signed", 41, "岳阳市产业园区签约工业项目41个", as_of=A),
        fact(G, "park_group", "planned_investment_cny", 14850000000.0, "签约总投资148.5亿元,较去年同期增加15.5亿元", as_of=A),
        fact(G, "park_group", "planned_investment_increase_cny", 1550000000.0, "较去年同期增加15.5亿元", as_of=A,
             optional=True, note="同比增加额"),
        fact(G, "park_group", "projects_started", 53, "全市产业园区新开工工业项目53个", as_of=A),
        fact(G, "park_group", "projects_started_increase", 9, "较去年同期增加9个", as_of=A, optional=True),
        fact(G, "park_group", "projects_started_over_5e8", 11, "11个投资5亿元以上重大产业项目开工建设", as_of=A,
             optional=True, note="规模段计数"),
        fact(G, "park_group", "projects_resumed", 116, "116个续建项目全部恢复建设", as_of=A),
        fact(G, "park_group", "completed_investment_cny", 3410000000.0, "完成投资34.1亿元", as_of=A,
             note="116个续建项目一季度完成投资"),
        fact(G, "park_group", "projects_completed", 13, "全市产业园区竣工工业项目13个", as_of=A),
    ])

# ---------------- a11 吉林市秋季重点项目集中开工 (吉林日报 2021)
P = "吉林经开区"
G = "吉林市2021年秋季集中开工项目"
A = "2021年10月9日"
EVV = "本次集中开工活动主会场设在吉林经开区军民融合航空维修保障基地项目现场"
write("a11", {
    "title": "吉林市举行秋季重点项目集中开工活动",
    "outlet": "吉林日报（本报讯，记者 李婷 丁美佳，实习生 冯荟羽），中国日报网吉林频道 jl.chinadaily.com.cn 转载（责任编辑 蔡东海）",
    "published": "2021-10-14", "published_precision": "day",
    "register": "provincial party paper item on a city's autumn batch of starts, its main venue at a project in an economic-technological development zone",
    "source_url": "http://jl.chinadaily.com.cn/a/202110/14/WS61677dd3a3107be4979f2599.html",
    "note": "页首的摘要段（与正文首句重复的“10月9日,吉林市举办秋季重点项目集中开工活动…推动项目早开工、快建设。”）、重复的标题、“来源: 吉林日报 / 2021-10-14 08:44 / 分享 / 分享到 / 分享到微信”、文末“【责任编辑:蔡东海】”与版权说明已删；活动“10月9日”"},
    parks=[
        park(P, EVV, city="吉林", province="吉林", kind="经济技术开发区", note="城市据“吉林市”与报名"),
    ],
    projects=[
        project("军民融合航空维修保障基地项目", EVV, park=P, status="开工", status_text="集中开工活动主会场设在该项目现场",
                note="主会场所在的项目，读作本批开工项目之一（文中未单列其开工）"),
    ],
    facts=[
        fact(G, "park_group", "projects_started", 56, "各县(市)区共新开工项目56个", as_of=A),
        fact(G, "park_group", "planned_investment_cny", 22200000000.0, "总投资222亿元", as_of=A),
        fact(G, "park_group", "projects_over_1e8", 33, "亿元以上项目33个", as_of=A, optional=True, note="规模段计数"),
        fact(G, "park_group", "projects_over_1e8_investment_cny", 20600000000.0, "总投资206亿元", as_of=A, optional=True,
             note="规模段的合计投资"),
        fact("吉林市优势产业", "park_group", "industries_count", 13, "谋划推动13个优势产业延链、补链、强链",
             as_of="2021年", optional=True, note="全市口径，非园区"),
    ])

# ---------------- a12 铁岭 春季重大项目集中开(复)工 (2022)
P = "铁岭高新技术开发区"
PJ = "年产15万吨新型装配式钢结构项目"
EVP = "辽宁中惟年产15万吨新型装配式钢结构项目由辽宁中惟钢结构有限公司投资1.8亿元建设,位于铁岭高新技术产业园区"
G1, G2, G3 = ("铁岭市2022年500万元以上建设项目", "铁岭市2022年春季集中开(复)工重大项目",
              "铁岭市截至2022年4月底开复工项目")
write("a12", {
    "title": "全市重大项目集中开(复)工仪式举行73个项目集中开复工",
    "outlet": "铁岭市发改委“工作动态”（来源栏），九派观察 eo-china.com.cn 转载", "published": "2022-04-27", "published_precision": "day",
    "register": "municipal government department release on a city's spring batch of starts held in a high-tech zone, with the zone's steel-structure project and the city's year programme",
    "source_url": "http://eo-china.com.cn/news/202204/22350.html",
    "note": "页首的“1”、重复的标题行与日期行“2022-04-27”、两处图片占位“开工仪式照片”、“【来源:铁岭市发改委_工作动态】”、转载声明与“来源:九派观察”已删。标题在存档中即连写为一行（“…仪式举行73个项目集中开复工”），照录。省份辽宁据“辽宁中惟”"},
    parks=[
        park(P, "开工仪式在铁岭高新技术开发区举行", city="铁岭", province="辽宁", kind="高新区",
             aliases=["铁岭高新技术产业园区"], note="同一园区在文中两种写法"),
    ],
    companies=[company("辽宁中惟钢结构有限公司", EVP, park=P)],
    projects=[
        project(PJ, EVP, park=P, companies=["辽宁中惟钢结构有限公司"], inv=180000000.0, inv_text="投资1.8亿元",
                status="开工", status_text="开工仪式", aliases=["辽宁中惟年产15万吨新型装配式钢结构项目"]),
    ],
    facts=[
        fact(PJ, "project", "area_mu", 100, "项目占地100亩"),
        fact(PJ, "project", "floor_area_m2", 39000, "总规划建筑面积3.9万平方米", optional=True),
        fact(PJ, "project", "annual_capacity_t", 150000, "投产后可年产钢架结构15万吨", unit="t", kind="target", optional=True),
        fact(PJ, "project", "expected_output_value_cny", 200000000.0, "预计实现产值2亿元", kind="target"),
        fact(PJ, "project", "expected_profit_tax_cny", 15000000.0, "利税1500万元", kind="target", optional=True),
        fact(PJ, "project", "new_jobs", 100, "新增就业100人", kind="target", optional=True),
        fact(G1, "park_group", "projects", 564, "我市共安排500万元以上建设项目564个", as_of="2022年"),
        fact(G1, "park_group", "planned_investment_cny", 105000000000.0, "计划总投资1050亿元", as_of="2022年"),
        fact(G1, "park_group", "annual_planned_investment_cny", 19200000000.0, "年度计划投资192亿元", as_of="2022年",
             kind="target"),
        fact(G2, "park_group", "projects_started", 73, "73个重大项目集中开(复)工", as_of="2022年4月20日至27日"),
        fact(G2, "park_group", "counties", 7, "全市7个县(市)区", optional=True),
        fact(G2, "park_group", "planned_investment_cny", 9300000000.0, "项目总投资93亿元", as_of="2022年4月20日至27日"),
        fact(G2, "park_group", "annual_planned_investment_cny", 2900000000.0, "年度计划投资29亿元", as_of="2022年",
             kind="target"),
        fact(G3, "park_group", "projects_started", 247, "已开复工将达到247个", as_of="截至2022年4月底", kind="target",
             note="“将达到”：发稿时（4月27日）对4月底的预计"),
        ratio(G3, "park_group", "start_rate", 0.5, "开(复)工率近50%", qualifier="约", qualifier_text="近",
              as_of="截至2022年4月底"),
        fact(G3, "park_group", "planned_investment_cny", 32200000000.0, "计划总投资322亿元", as_of="截至2022年4月底"),
        fact(G3, "park_group", "annual_planned_investment_cny", 10990000000.0, "年度计划投资109.9亿元", as_of="2022年",
             kind="target"),
        fact(G3, "park_group", "projects_increase", 35, "项目数量比去年同期增加35个", as_of="截至2022年4月底", optional=True),
    ])

# ---------------- a13 湖北3家高新区挺进全国50强 (荆楚网 2024)
DH, XY, YC = "武汉东湖新技术开发区", "襄阳高新技术产业开发区", "宜昌高新技术产业开发区"
EVL = "我省上榜的3家高新区分别为:武汉东湖新技术开发区、襄阳高新技术产业开发区、宜昌高新技术产业开发区"
G = "湖北省入围2024国家高新区综合评价前50名的高新区"
A = "2024年"
write("a13", {
    "title": "湖北3家高新区挺进全国50强 东湖高新区居第6位",
    "outlet": "荆楚网（来源栏），湖北工会网 hbzgh.org.cn 转载", "published": "2024-12-24", "published_precision": "day",
    "register": "provincial news portal item on a national evaluation of high-tech zones: the province's three zones in the top 50 and one zone's rank",
    "source_url": "https://www.hbzgh.org.cn/xw/szxw/1871353122157314049.html",
    "note": "站头“今天是: 投稿:…”、“湖北工会网”、面包屑、重复的标题与“发布时间:2024-12-24 08:31 |  来源:荆楚网”已删；正文三段，以收束句结尾"},
    parks=[
        park(DH, EVL, city="武汉", province="湖北", kind="国家高新区", aliases=["东湖高新区"]),
        park(XY, EVL, city="襄阳", province="湖北", kind="国家高新区"),
        park(YC, EVL, city="宜昌", province="湖北", kind="国家高新区"),
    ],
    institutions=[inst("省科技厅", "12月23日从省科技厅获悉"), inst("工业和信息化部", "在工业和信息化部公布的2024国家高新区综合评价前50名名单中")],
    facts=[
        fact(G, "park_group", "parks_count", 3, "湖北3家高新区上榜", as_of=A),
        fact(DH, "park", "national_rank", 6, "东湖高新区综合评价位居全国第6位", as_of=A, optional=True, note="排名"),
        fact("湖北省入围高新区数量在全国的位次", "park_group", "national_rank", 4, "入围数量居全国第四", as_of=A, optional=True,
             note="汉字序数，排名"),
        fact("湖北省入围高新区数量在中部的位次", "park_group", "regional_rank", 1, "中部第一", as_of=A, optional=True,
             note="汉字序数，排名"),
        fact("国家高新区", "park_group", "parks_count", 178, "2024年178家国家高新区综合评价工作", as_of=A, optional=True,
             note="全国口径"),
        fact("2024国家高新区综合评价", "park_group", "list_size", 50, "综合评价前50名名单", as_of=A, optional=True,
             note="榜单长度"),
        fact("2024国家高新区单项评价", "park_group", "list_size", 20, "前20名榜单", as_of=A, optional=True, note="榜单长度"),
    ])

# ---------------- a14 江西省兴赣科技创新股权投资基金 (中新网 2024)
F = "江西省兴赣科技创新股权投资基金"
GJ = "赣江新区"
EVF = "科创基金由江西省科技厅联手江西国控、赣江新区、赣锋锂业、申万宏源共同发起设立"
write("a14", {
    "title": "江西首支省级科创基金正式成立 预计目标规模20亿元",
    "outlet": "中国新闻网（中新网南昌2月28日电，朱莹；编辑 钱姣姣）", "published": "2024-02-28", "published_precision": "day",
    "register": "national news agency item on a provincial science-and-technology fund co-sponsored by a state-level new area, a provincial holding firm and listed firms: target size and two commitments",
    "source_url": "http://chinanews.com.cn/sh/2024/02-28/10171394.shtml",
    "note": "页首“分享到:”、重复的标题、日期来源行“2024年02月28日 18:18 来源:中国新闻网”、“大字体 小字体 分享到:”、图片说明“图为28日,…江西省科技厅供图”、文末“【编辑:钱姣姣】”与评论/版权行已删；“(完)”照录"},
    parks=[
        park(GJ, EVF, city="南昌", province="江西", kind="国家级新区", note="作为基金发起方之一出现；城市据常识"),
    ],
    companies=[
        company("江西国控", EVF, park=None, note="发起方"),
        company("赣锋锂业", EVF, park=None),
        company("申万宏源", EVF, park=None),
    ],
    institutions=[inst("江西省科技厅", EVF)],
    funds=[
        fund(F, "该基金预计目标规模20亿元", park=None, size=2000000000.0, size_type="目标规模", aliases=["科创基金"],
             note="省级基金；赣江新区只是发起方之一，基金并不投向或落在某一园区，故园区为空；“预计目标规模”"),
        fund("省现代产业引导基金", "其中省现代产业引导基金认缴出资6亿元", park=None, optional=True,
             note="出资的省级引导基金，规模未给"),
    ],
    facts=[
        fact("省现代产业引导基金", "fund", "fund_commitment_cny", 600000000.0, "省现代产业引导基金认缴出资6亿元",
             as_of="2024年2月28日"),
        ratio("省现代产业引导基金", "fund", "fund_commitment_share", 0.3, "占比30%", as_of="2024年2月28日"),
        fact("江西省科技厅指定出资主体", "company", "fund_commitment_cny", 400000000.0, "江西省科技厅指定出资主体认缴出资4亿元",
             as_of="2024年2月28日"),
        ratio("江西省科技厅指定出资主体", "company", "fund_commitment_share", 0.2, "占比20%", as_of="2024年2月28日"),
        fact(F, "fund", "fund_size_cny", 2000000000.0, "该基金预计目标规模20亿元", as_of="2024年2月28日", kind="target",
             optional=True, note="已存于基金的 size 字段，作事实可选"),
    ])
