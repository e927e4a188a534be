"""Ground truth for real14 a01-a07 (written from the texts only; see SOURCES.md)."""
from lib import *


def ratio(subject, subject_type, metric, value, evidence, **kw):
    """A rate, share or multiple: always optional, kind ratio."""
    kw.setdefault("unit", "ratio")
    return fact(subject, subject_type, metric, value, evidence, kind="ratio", optional=True, **kw)


# ---------------- a01 宁东能源化工基地 (2010)
P = "宁东能源化工基地"
A = "截至2010年上半年"
EVP = "神华宁煤集团25万吨甲醇、21万吨二甲醚项目,宝丰集团年产220万吨焦化项目等大项目已建成投产"
EVB = ("四川化工集团40万吨合成氨、山东盛大科技集团30万吨二甲醚、宁夏阳光能源发展有限公司40万吨二甲醚项目"
       "等一大批项目正在加紧建设中")
EVG = "吸引了神华、华电、华能等10多家国内能源开发巨头"
DONE = dict(park=P, status="投产", status_text="已建成投产")
BUILD = dict(park=P, status="在建", status_text="正在加紧建设中")
write("a01", {
    "title": None,
    "title_note": "存档页无标题，正文起于“8月17日”；内容：宁东能源化工基地获“中国新能源产业基地”“中国最具投资价值工业园区”两项称号，截至2010年上半年累计投资突破1000亿元，若干大项目已投产或在建",
    "outlet": "原刊媒体与作者未注明（“记者从银川市经济技术合作局获悉”），cnpec.net 新闻页", "published": "2010-08-17",
    "published_precision": "day",
    "register": "reposted local item on an energy and chemical base's two awards, its cumulative investment and the firms' projects in production and under construction",
    "source_url": "http://cnpec.net/news/show-34939.html",
    "note": "页面未给日期：日取文中“8月17日”，年份据“截至2010年上半年”与“第六届中国工业园区招商引资高层论坛”推断（属推断）。摘录即全文（两段，明显短于截断长度，以收束句结尾），无需删除。城市（银川）据消息来源“银川市经济技术合作局”，省份据“宁夏阳光能源发展有限公司”与常识"},
    parks=[
        park(P, "宁东能源化工基地荣获“中国新能源产业基地”和“中国最具投资价值工业园区”两项殊荣", city="银川", province="宁夏",
             kind="能源化工基地", aliases=["宁东基地"], note="“宁东基地”“宁东”为文中简称；“宁东”单独出现，不作别名"),
    ],
    companies=[
        company("神华", EVG, park=P, optional=True,
                note="集团名只在“吸引了…等10多家…巨头”的列举中出现；项目主体是其子公司神华宁煤集团"),
        company("华电", EVG, park=P, note="“华能、华电等国内大企业也纷纷抢滩宁东基地”"),
        company("华能", EVG, park=P),
        company("神华宁煤集团", EVP, park=P),
        company("宝丰集团", EVP, park=P),
        company("四川化工集团", EVB, park=P),
        company("山东盛大科技集团", EVB, park=P),
        company("宁夏阳光能源发展有限公司", EVB, park=P),
    ],
    institutions=[inst("银川市经济技术合作局", "8月17日,记者从银川市经济技术合作局获悉")],
    projects=[
        project("25万吨甲醇项目", EVP, companies=["神华宁煤集团"], aliases=["神华宁煤集团25万吨甲醇"], **DONE,
                note="“25万吨甲醇、21万吨二甲醚项目”读作同一企业的两个项目（两种产品分列）；文中无“25万吨甲醇项目”字样"),
        project("21万吨二甲醚项目", EVP, companies=["神华宁煤集团"], **DONE),
        project("年产220万吨焦化项目", EVP, companies=["宝丰集团"], aliases=["宝丰集团年产220万吨焦化项目"], **DONE),
        project("40万吨合成氨项目", EVB, companies=["四川化工集团"], aliases=["四川化工集团40万吨合成氨"], **BUILD,
                note="列举末尾的“项目”统摄三项"),
        project("30万吨二甲醚项目", EVB, companies=["山东盛大科技集团"], aliases=["山东盛大科技集团30万吨二甲醚"], **BUILD),
        project("40万吨二甲醚项目", EVB, companies=["宁夏阳光能源发展有限公司"],
                aliases=["宁夏阳光能源发展有限公司40万吨二甲醚项目"], **BUILD),
    ],
    facts=[
        fact(P, "park", "cumulative_investment_cny", 100000000000.0, "宁东基地累计投资已突破1000亿元", qualifier="超",
             qualifier_text="突破", as_of=A, kind="cumulative"),
        fact(P, "park", "major_energy_enterprises", 10, EVG, qualifier_text="多", as_of=A, optional=True,
             note="“10多家国内能源开发巨头”，约数、只计大企业"),
    ])

# ---------------- a02 绵阳市13个产业园区 上半年 (2011)
G = "绵阳市13个产业园区"
A = "截止2011年6月底"
H = "2011年上半年"
YT, NK, ZT, GX_NEW, JK, ST, PW, GX = ("盐亭工业园区", "绵阳农科区", "梓潼工业园区", "高新新区", "绵阳经开区",
                                      "三台工业园区", "平武“飞地”工业园", "绵阳高新区")
EV1 = ("江油市、安县、盐亭工业园区的标准厂房建设、农科区、梓潼工业园区的中小企业孵化器平台、高新新区的骨架道路和配套设施建设进展顺利,"
       "经开区、农科区、三台工业园区和平武“飞地”工业园的土地整理和拆迁工作有序推进")
EVR = "在建项目中,江油市56个、高新区32个、安县24个分别排在全市前三位"
EVJ = ("上半年安县集中开工的17个项目,华晨汽车花荄项目和好医生二期技改项目、农科区的好圣汽车零部件、丰谷万吨优质曲酒、蓝剑饮料食品"
       "和经开区的“501”、江油的攀长钢新区等重点项目建设稳步推进")
ON = dict(status="在建", status_text="重点项目建设稳步推进")
write("a02", {
    "title": "上半年绵阳市产业园区工业增加值总量保持快速增长",
    "outlet": "原刊媒体与作者未注明（责任编辑 秦晓庆），pitimail.com 转载", "published": "2011-07-27",
    "published_precision": "day",
    "register": "reposted item on a city's 13 industrial parks in the first half-year: infrastructure spending, built area, firms, projects by county and park, named projects, investment promotion",
    "source_url": "https://pitimail.com/10462/10464/10465/10595/2011/7/27/10171794.shtml",
    "note": "日期取自网址路径（2011/7/27）；文末“责任编辑: 秦晓庆”与“扫一扫在手机打开当前页”已删。标题说“工业增加值总量”，存档正文却无增加值数字（存档即此两段，照录）。城市绵阳据标题“绵阳市”，省份四川不在文中"},
    parks=[
        park(YT, EV1, city="绵阳", district="盐亭县", province="四川", kind="工业园区",
             note="“江油市、安县、盐亭工业园区”读作三地园区并列；江油、安县的园区无名称，不另立园区"),
        park(NK, EV1, city="绵阳", province="四川", kind="农业科技园区",
             note="文中只写“农科区”；按本市园区补“绵阳”二字，check_gold 提示名称不在文中（有意）；“农科区”不作别名"),
        park(ZT, EV1, city="绵阳", district="梓潼县", province="四川", kind="工业园区"),
        park(GX_NEW, EV1, city="绵阳", province="四川", kind="高新区新区", parent=GX, optional=True,
             note="高新区的新建片区，只出现在基础设施工作中"),
        park(JK, EV1, city="绵阳", province="四川", kind="经济开发区",
             note="文中只写“经开区”；名称补“绵阳”（有意，check_gold 提示）；通用词“经开区”不作别名"),
        park(ST, EV1, city="绵阳", district="三台县", province="四川", kind="工业园区"),
        park(PW, EV1, city="绵阳", district="平武县", province="四川", kind="飞地工业园", note="名称含引号，照录"),
        park(GX, EVR, city="绵阳", province="四川", kind="高新区",
             note="文中只写“高新区”；名称补“绵阳”（有意，check_gold 提示）"),
    ],
    companies=[
        company("华晨汽车", EVJ, park=None, optional=True, note="只出现在项目名中；项目属安县，无园区名"),
        company("好医生", EVJ, park=None, optional=True, note="只出现在项目名中"),
        company("攀长钢", EVJ, park=None, optional=True, note="只出现在项目名中"),
    ],
    projects=[
        project("华晨汽车花荄项目", EVJ, park=None, companies=["华晨汽车"], **ON, note="安县项目，文中未给园区"),
        project("好医生二期技改项目", EVJ, park=None, companies=["好医生"], phase="二期", **ON),
        project("好圣汽车零部件", EVJ, park=NK, **ON, note="“农科区的”统摄好圣、丰谷、蓝剑三项"),
        project("丰谷万吨优质曲酒", EVJ, park=NK, **ON),
        project("蓝剑饮料食品", EVJ, park=NK, **ON),
        project("“501”", EVJ, park=JK, optional=True, **ON, note="只有代号“501”的项目"),
        project("攀长钢新区", EVJ, park=None, companies=["攀长钢"], **ON,
                note="企业的新厂区项目（“江油的”），不是园区；名称含“新区”"),
    ],
    facts=[
        fact(G, "park_group", "infrastructure_investment_cny", 3523000000.0, "全市园区基础设施建设共投入35.23亿元", as_of=H),
        fact(G, "park_group", "built_area_km2", 82.46, "共建成面积82.46平方公里", as_of=A),
        fact(G, "park_group", "area_under_construction_km2", 55.3, "在建面积55.3平方公里", as_of=A),
        fact(G, "park_group", "parks_count", 13, "全市13个产业园区入园企业数达到1280个", as_of=A),
        fact(G, "park_group", "enterprises", 1280, "入园企业数达到1280个", as_of=A),
        fact(G, "park_group", "above_scale_enterprises", 400, "规模以上工业企业400个", as_of=A),
        fact(G, "park_group", "projects_under_construction", 226, "在建项目226个", as_of=A),
        fact(G, "park_group", "projects_trial_production", 55, "试产项目55个", as_of=A),
        fact("江油市产业园区", "park_group", "projects_under_construction", 56, "江油市56个", as_of=A,
             note="全市园区在建项目中江油市的部分（县市口径）"),
        fact(GX, "park", "projects_under_construction", 32, "高新区32个", as_of=A),
        fact("安县产业园区", "park_group", "projects_under_construction", 24, "安县24个", as_of=A),
        fact("安县上半年集中开工项目", "park_group", "projects_started", 17, "上半年安县集中开工的17个项目", as_of=H),
        fact(G, "park_group", "projects_introduced", 166, "全市园区引进项目166个", as_of=A),
        fact(G, "park_group", "agreed_investment_cny", 31593000000.0, "协议引资315.93亿元", as_of=A),
    ])

# ---------------- a03 西咸新区 第十五届西洽会签约 (2011)
XX, FW, JW = "西咸新区", "沣渭新区", "泾渭新区"
G = "第十五届西洽会西咸新区首日签约项目"
A = "2011年4月6日"
EVI = "沣河景观提升、渭河堤防综合治理、渭河横桥、三桥街区综合改造和居民安置小区等一批项目正在加紧建设"
INF = dict(park=XX, status="在建", status_text="正在加紧建设", optional=True)
write("a03", {
    "title": "西安沣渭新区一举签下四大项目 引进投资总额430亿元",
    "outlet": "华商网 hsw.cn（华商网讯，作者未署名）", "published": "2011-04-06", "published_precision": "day",
    "register": "provincial news portal item on a new area's signing at a provincial fair: totals, two sub-areas' shares, the new area's award, plan and infrastructure works",
    "source_url": "http://news.hsw.cn/system/2011/04/06/050879516.shtml",
    "note": "日期取自网址路径与文中“4月6日下午”；标题前的图片说明“陕西省委常委、常务副省长娄勤俭(左起第5位)出席第十五届西洽会西咸新区签约仪式”与文末“|”已删；原文错字“基础设置”“以及编制完成”照录"},
    parks=[
        park(XX, "第十五届西洽会西咸新区重大项目集中签约仪式隆重举行", city="西安", province="陕西", kind="新区",
             note="西安、咸阳间的新区；城市取西安（标题“西安沣渭新区”）"),
        park(FW, "沣渭新区签约项目4个,总投资430亿元", city="西安", province="陕西", kind="新区片区", parent=XX,
             aliases=["西安沣渭新区"], note="“西咸新区签约的8个项目中,沣渭新区签约项目4个”，读作西咸新区的组成部分"),
        park(JW, "泾渭新区签约项目4个,总投资335.5亿元", city="西安", province="陕西", kind="新区片区", parent=XX),
    ],
    institutions=[inst("陕西省发改委", "陕西省发改委主任祝作利介绍")],
    projects=[
        project("沣河景观提升", EVI, **INF, note="新区基础设施工程，非产业项目，可选"),
        project("渭河堤防综合治理", EVI, **INF),
        project("渭河横桥", EVI, **INF),
        project("三桥街区综合改造", EVI, **INF),
        project("居民安置小区", EVI, **INF),
    ],
    facts=[
        fact(G, "park_group", "projects_signed", 8, "首日集中签约8个基础设置和特色产业重大项目", as_of=A),
        fact(G, "park_group", "planned_investment_cny", 76550000000.0, "引进投资总额765.5亿元", as_of=A),
        fact("第十五届西洽会西咸新区意向签约项目", "park_group", "intended_projects_signed", 26, "总签约意向项目26个",
             as_of="2011年4月（第十五届西洽会）"),
        fact("第十五届西洽会西咸新区意向签约项目", "park_group", "planned_investment_cny", 298600000000.0, "总投资预计达2986亿元",
             as_of="2011年4月（第十五届西洽会）", note="意向项目的预计总投资"),
        fact(FW, "park", "projects_signed", 4, "沣渭新区签约项目4个", as_of=A),
        fact(FW, "park", "planned_investment_cny", 43000000000.0, "总投资430亿元。泾渭新区", as_of=A,
             note="标题“引进投资总额430亿元”同值"),
        fact(JW, "park", "projects_signed", 4, "泾渭新区签约项目4个", as_of=A),
        fact(JW, "park", "planned_investment_cny", 33550000000.0, "总投资335.5亿元", as_of=A),
    ])

# ---------------- a04 海南老城经济开发区 (经济日报 2012)
P = "海南老城经济开发区"
T12 = "2012年"
write("a04", {
    "title": "海南老城经济开发区“二次创业”",
    "outlet": "经济日报（本报海南老城5月23日电，记者 陈发卿），新浪财经 msn.finance.sina.com.cn 转载", "published": "2012-05-24",
    "published_precision": "day",
    "register": "national economic daily item on a provincial development zone's firms, output, cumulative investment, infrastructure and targets",
    "source_url": "http://msn.finance.sina.com.cn/gdxw/20120524/0439918927.html",
    "note": "与正文连写的页面行“http://msn.finance.sina.com.cn 2012-05-24 04:39 来源: 经济日报”与文末“上一篇:缤纷舞台”已删；正文自“本报海南老城”起。城市（澄迈县）不在文中"},
    parks=[
        park(P, "海南老城经济开发区已有676家企业入驻、项目903个", city="澄迈", province="海南", kind="经济开发区",
             aliases=["老城经济开发区"], note="城市据常识（老城镇属澄迈县），文中无"),
    ],
    facts=[
        fact(P, "park", "enterprises", 676, "已有676家企业入驻", as_of="截至2012年3月"),
        fact(P, "park", "projects", 903, "项目903个", as_of="截至2012年3月"),
        fact(P, "park", "output_value_cny", 30600000000.0, "去年底实现企业总产值306亿元", as_of="2011年"),
        ratio(P, "park", "indicators_growth", 0.2, "均以20%以上的幅度增长", qualifier="超", qualifier_text="以上",
              as_of="2010年以来"),
        fact(P, "park", "cumulative_investment_cny", 38000000000.0, "已累计完成投资380亿元", as_of="1988—2012年（建区20余年来）",
             kind="cumulative"),
        fact(P, "park", "infrastructure_funds_cny", 5400000000.0, "基础设施建设资金达54亿元", kind="cumulative",
             note="以政府投资、贷款和BT模式募集，累计"),
        fact(P, "park", "roads_km", 78.7, "建成道路78.7公里", unit="km", kind="cumulative", optional=True),
        fact(P, "park", "sewer_pipes_km", 109, "铺设污水管道109公里", unit="km", kind="cumulative", optional=True),
        fact(P, "park", "gas_pipes_km", 82, "天然气管道82公里", unit="km", kind="cumulative", optional=True),
        fact(P, "park", "power_lines_km", 235, "供电线路235公里", unit="km", kind="cumulative", optional=True),
        fact(P, "park", "fiber_km", 450, "通信光缆450公里", unit="km", kind="cumulative", optional=True),
        fact(P, "park", "output_value_cny", 38000000000.0, "力争实现企业总产值380亿元", as_of=T12, kind="target"),
        fact(P, "park", "gdp_cny", 11000000000.0, "生产总值110亿元", as_of=T12, kind="target"),
        fact(P, "park", "fiscal_revenue_cny", 2600000000.0, "全口径财政收入26亿元", as_of=T12, kind="target"),
        fact(P, "park", "annual_tax_cny", 1250000000.0, "税收收入12.5亿元", as_of=T12, kind="target"),
        fact(P, "park", "fixed_asset_investment_cny", 13000000000.0, "完成固定资产投资130亿元", as_of=T12, kind="target"),
        fact(P, "park", "output_value_cny", 100000000000.0, "力争实现企业总产值1000亿元", as_of="到2016年底", kind="target"),
    ])

# ---------------- a05 第十二届东博会桂林市签约 (2015)
GX, LG = "桂林高新区", "临桂新区"
G = "第十二届东博会桂林市签约项目"
A = "2015年9月18日"
EVC = ("合同项目中投资上10亿元的有4个,分别是广西·兴安盛和旅游文化城项目、高新区“千微+大桂林”电商项目、永福风电项目、"
       "象山区桂林仙源健康产业园项目")
EVA = ("投资上10亿元的协议项目有5个,分别是灵川莱克汽车桂林汽贸物流中心项目、草坪小镇旅游休闲项目、临桂新区桂林福济医院项目、"
       "高新区甲天下广场提升改造项目、临桂区桂林中药材仓储物流基地项目")
EVN = "永福县和高新区分别签约4个项目"
CON = dict(status="签约", status_text="合同项目（签约仪式）")
AGR = dict(status="签约", status_text="协议项目（签约仪式）")
write("a05", {
    "title": None,
    "title_note": "存档页无标题，正文起于“9月18日上午”；内容：第十二届中国—东盟博览会桂林市签约33个项目、总签约额205.46亿元，投资上10亿元的合同、协议项目及各县区（含高新区）签约数",
    "outlet": "原刊媒体未注明（记者 赵忠洪 李云波，摄影 何平江），新浪广西 gx.sina.com.cn", "published": "2015-09-22",
    "published_precision": "day",
    "register": "city signing batch at an international fair: totals, contract and agreement projects over 1 billion, the high-tech zone's and counties' shares",
    "source_url": "http://gx.sina.com.cn/news/gx/2015-09-22/detail-ifxhzevf0922147.shtml",
    "note": "日期取自网址路径；活动“9月18日上午”。第一段后的两条图片说明（“9月18日上午,…周家斌等市领导出席签约仪式。 记者何平江 摄”，重复两次）已删；段首缩进与第一段末的空格已去"},
    parks=[
        park(GX, "高新区“千微+大桂林”电商项目", city="桂林", province="广西", kind="高新区",
             note="文中只写“高新区”；名称补“桂林”（有意，check_gold 提示）；通用词不作别名"),
        park(LG, "临桂新区桂林福济医院项目", city="桂林", district="临桂区", province="广西", kind="城市新区", optional=True,
             note="城市新区，只作为医院项目的地点出现"),
    ],
    companies=[
        company("莱克汽车", EVA, park=None, optional=True, note="只出现在项目名中"),
    ],
    projects=[
        project("广西·兴安盛和旅游文化城项目", "其中投资规模最大的是广西·兴安盛和旅游文化城项目,该项目投入18亿元",
                park=None, inv=1800000000.0, inv_text="该项目投入18亿元", **CON, note="兴安县项目，不在园区"),
        project("“千微+大桂林”电商项目", EVC, park=GX, aliases=["高新区“千微+大桂林”电商项目"], **CON,
                note="投资额只知“上10亿元”（规模段），不给金额"),
        project("永福风电项目", EVC, park=None, **CON),
        project("桂林仙源健康产业园项目", EVC, park=None, aliases=["象山区桂林仙源健康产业园项目"], **CON,
                note="象山区的产业园建设项目；园区未另立"),
        project("莱克汽车桂林汽贸物流中心项目", EVA, park=None, companies=["莱克汽车"],
                aliases=["灵川莱克汽车桂林汽贸物流中心项目"], **AGR),
        project("草坪小镇旅游休闲项目", EVA, park=None, **AGR),
        project("桂林福济医院项目", EVA, park=LG, aliases=["临桂新区桂林福济医院项目"], **AGR),
        project("甲天下广场提升改造项目", EVA, park=GX, aliases=["高新区甲天下广场提升改造项目"], **AGR),
        project("桂林中药材仓储物流基地项目", EVA, park=None, aliases=["临桂区桂林中药材仓储物流基地项目"], **AGR),
    ],
    facts=[
        fact(G, "park_group", "projects_signed", 33, "现场签约33个项目", as_of=A),
        fact(G, "park_group", "contract_value_cny", 20546000000.0, "总签约额达205.46亿元", as_of=A),
        fact(G, "park_group", "contract_projects", 24, "有24个合同项目", as_of=A),
        fact(G, "park_group", "agreement_projects", 9, "9个协议项目", as_of=A),
        fact(G, "park_group", "contract_projects_over_1e9", 4, "合同项目中投资上10亿元的有4个", as_of=A, optional=True,
             note="规模段"),
        fact(G, "park_group", "agreement_projects_over_1e9", 5, "投资上10亿元的协议项目有5个", as_of=A, optional=True,
             note="规模段"),
        fact(GX, "park", "projects_signed", 4, EVN, as_of=A),
        fact(GX, "park", "contract_value_cny", 3300000000.0, "分别为33亿元和23亿元", as_of=A),
        fact("永福县签约项目", "park_group", "projects_signed", 4, EVN, as_of=A),
        fact("兴安县签约项目", "park_group", "projects_signed", 3, "其次是兴安县和象山区,分别签约3个项目", as_of=A),
        fact("象山区签约项目", "park_group", "projects_signed", 3, "其次是兴安县和象山区,分别签约3个项目", as_of=A),
        fact("兴安县签约项目", "park_group", "contract_value_cny", 2300000000.0, "和23亿元", as_of=A),
        fact("广西·兴安盛和旅游文化城项目", "project", "area_mu", 500, "打造占地约500亩", qualifier="约", optional=True),
    ])

# ---------------- a06 楚雄工业园区 (中新网 2016)
P = "楚雄工业园区"
C = "楚雄市“十三五”预期目标"
T20 = "“十三五”时期（2016—2020年）"
write("a06", {
    "title": "云南楚雄启航“十三五” 打造千亿级工业园区",
    "outlet": "中国新闻网（中新网楚雄3月29日电，龙文驰），baogaosu.com 昆明频道转载", "published": "2016-03-30",
    "published_precision": "day",
    "register": "national news agency item on a city's five-year plan to build a thousand-billion industrial park and five hundred-billion clusters",
    "source_url": "http://kunming.baogaosu.com/xinwen/%E6%A5%9A%E9%9B%84%E5%90%AF%E8%88%AA%E5%8D%81%E4%B8%89%E4%BA%94%E6%89%93%E9%80%A0%E5%8D%83%E4%BA%BF%E7%BA%A7%E5%B7%A5%E4%B8%9A/45276504/",
    "note": "页面时间行“30.03.2016  11:37”已删（作发布日期）；段首缩进已去；文末“(完)”照录；原文“生产总值年均增长突破500亿”等不通顺处照录"},
    parks=[
        park(P, "将着力打造千亿元工业园楚雄工业园区", city="楚雄", province="云南", kind="工业园区",
             note="楚雄州楚雄市的工业园区；“千亿元工业园”指它"),
    ],
    facts=[
        fact(P, "park", "sales_revenue_cny", 100000000000.0, "到2020年,力争实现销售收入1000亿元", as_of="到2020年",
             kind="target", note="紧接“楚雄市将打造千亿元工业园”，读作该园区的销售收入目标（“千亿元工业园”）"),
        fact(P, "park", "industry_clusters_over_1e10", 5, "5个销售收入超百亿元产业集群", as_of=T20, kind="target",
             optional=True, note="规模段计数"),
        fact("云南省千亿级工业园区", "park_group", "parks_count", 10, "云南省着力打造的10个千亿级工业园区之一",
             kind="target", optional=True, note="全省口径"),
        fact(C, "park_group", "gdp", 50000000000.0, "生产总值年均增长突破500亿", unit="cny", qualifier="超",
             qualifier_text="突破", as_of=T20, kind="target", optional=True, note="全市目标，非园区；无“元”字"),
        fact(C, "park_group", "fiscal_revenue", 3000000000.0, "一般公共预算收入年均达到30亿", unit="cny", as_of=T20,
             kind="target", optional=True, note="全市目标"),
        fact(C, "park_group", "fixed_asset_investment", 65000000000.0, "规模以上固定资产投资年均增长达650亿", unit="cny",
             as_of=T20, kind="target", optional=True, note="全市目标"),
        fact(C, "park_group", "unemployment_rate", 0.045, "登记失业率控制在4.5%以内", unit="ratio", qualifier_text="以内",
             as_of=T20, kind="ratio", optional=True, note="全市目标"),
    ])

# ---------------- a07 广东省产业园2016年度考评 (人民网 2017)
G = "广东省产业园"
A = "2016年"
EVL = ("湛江、广州(清远)、江门、惠州、汕头、河源龙川、河源东源、梅州平远、湛江吴川、茂名信宜、阳江万象、韶关翁源、河源江东、韶关乳源、"
       "揭阳揭东产业园等15个园区予以全省通报表扬")
PARKS15 = [("湛江产业园", "湛江", None), ("广州(清远)产业园", "清远", None), ("江门产业园", "江门", None),
           ("惠州产业园", "惠州", None), ("汕头产业园", "汕头", None), ("河源龙川产业园", "河源", "龙川县"),
           ("河源东源产业园", "河源", "东源县"), ("梅州平远产业园", "梅州", "平远县"), ("湛江吴川产业园", "湛江", "吴川市"),
           ("茂名信宜产业园", "茂名", "信宜市"), ("阳江万象产业园", "阳江", None), ("韶关翁源产业园", "韶关", "翁源县"),
           ("河源江东产业园", "河源", None), ("韶关乳源产业园", "韶关", "乳源县"), ("揭阳揭东产业园", "揭阳", "揭东区")]
parks15 = []
for name, city, district in PARKS15:
    if name == "揭阳揭东产业园":
        parks15.append(park(name, EVL, city=city, district=district, province="广东", kind="省产业园（产业转移工业园）",
                            note="列举中唯一写全“产业园”的名称"))
    else:
        parks15.append(park(name, EVL, city=city, district=district, province="广东", kind="省产业园（产业转移工业园）",
                            optional=True,
                            note="列举“湛江、…、揭阳揭东产业园”共用末尾的“产业园”，名称按省略补全，不在文中（check_gold 提示，有意）；补全的名称形式可议，故可选"))
INSTS = ["省经信委", "省发改委", "财政厅", "人社厅", "国土资源厅", "环境保护厅", "住建厅", "统计局"]
EVI = "此次考核评价工作由省经信委同省发改委、财政厅、人社厅、国土资源厅、环境保护厅、住建厅、统计局组织开展"
write("a07", {
    "title": "广东产业园2016年考评结果公布 15个产业园区全省通报表扬",
    "outlet": "人民网广东频道 gd.people.com.cn（记者/苏力），baogaosu.com 广州频道转载", "published": "2017-08-09",
    "published_precision": "day",
    "register": "provincial evaluation of 53 provincial industrial-transfer parks: 15 commended by name, 6 criticised, 1 disqualified, and the parks' 2016 totals",
    "source_url": "http://guangzhou.baogaosu.com/xinwen/%E4%BA%A7%E4%B8%9A%E5%9B%AD/59789791",
    "note": "页面时间行“09.08.2017 11:24”与“本文来源: Gd.People.Com.Cn”（文前文后各一次）及其后的无关条目（“故 事”“河源3个省级产业园获评优秀等次…”“中山民众镇…”）已删；结果“8日对外公布”"},
    parks=parks15,
    institutions=[inst(n, EVI) for n in INSTS],
    facts=[
        fact("2016年度广东省产业园考评优秀园区", "park_group", "parks_count", 15, "湛江、广州(清远)、江门等15个园区获全省通报表扬和奖励",
             as_of="2016年度"),
        fact("2016年度广东省产业园考评不达标园区", "park_group", "parks_count", 6, "对考评不达标的6个园区予以全省通报批评",
             as_of="2016年度"),
        fact("2016年度被取消资格的省产业园", "park_group", "parks_count", 1, "1个连续两年考核评价黄牌警告的园区被取消省产业园资格",
             as_of="2016年度"),
        fact(G, "park_group", "parks_count", 53, "53个省产业园新建、续建工业项目完成固定资产投资1628.6亿元", as_of=A),
        fact(G, "park_group", "fixed_asset_investment_cny", 162860000000.0, "完成固定资产投资1628.6亿元", as_of=A,
             note="新建、续建工业项目"),
        fact(G, "park_group", "equipment_investment_cny", 62460000000.0, "其中设备投资624.6亿元", as_of=A),
        fact(G, "park_group", "fixed_asset_investment_cny", 160000000000.0, "2016年度固定资产投资1600亿元目标任务", as_of=A,
             kind="target", note="已超额完成的年度目标"),
        fact(G, "park_group", "industrial_value_added_cny", 225720000000.0, "实现规上工业增加值2257.2亿元", as_of=A),
        ratio(G, "park_group", "industrial_value_added_growth", 0.147, "同比增长14.7%", as_of=A),
        ratio(G, "park_group", "industrial_value_added_growth_multiple", 1.7, "是全省规上工业增加值增速的1.7倍", unit="times",
              as_of=A),
        fact(G, "park_group", "annual_tax_cny", 40710000000.0, "实现全口径税收407.1亿元", as_of=A),
        ratio(G, "park_group", "tax_growth", 0.204, "同比增长20.4%", as_of=A),
        ratio(G, "park_group", "tax_growth_multiple", 2.8, "是全省税收增速的2.8倍", unit="times", as_of=A),
        ratio(G, "park_group", "industrial_value_added_share", 0.28, "园区占粤东西北地区规模以上工业增加值比重达到28%", as_of=A),
        ratio(G, "park_group", "industrial_value_added_share_change", 2.2, "较2015年提高了2.2个百分点",
              unit="percentage_points", as_of=A),
        fact(G, "park_group", "parks_output_over_1e10", 27, "年产值超100亿元的园区达到27个", as_of=A,
             optional=True, note="规模段计数"),
        fact(G, "park_group", "parks_output_over_5e10", 4, "其中超500亿元4个", as_of=A, optional=True,
             note="规模段计数"),
        fact(G, "park_group", "employees", 1000000, "园区吸纳就业超过100万人", qualifier="超", qualifier_text="超过",
             as_of="截至2016年底"),
        ratio(G, "park_group", "local_employees_share", 0.7, "其中约70%为本地劳动力", qualifier="约", as_of="截至2016年底"),
    ])
