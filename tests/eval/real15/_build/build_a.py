"""Ground truth for real15 b01-b08 (written from the texts only; see SOURCES.md)."""
from lib import *

# ---------------- b01 济南高新区 2009年上半年利用外资 (2009)
P = "济南高新区"
A = "2009年上半年"
write("b01", {
    "title": None,
    "title_note": "存档页无标题（页首只有“时间:2009-08-07 00:00:00 点击量:”）；内容：济南高新区2009年上半年合同利用外资、实际到位外资“双过半”，获全市通报表彰",
    "outlet": "jinanhi.com（济南高新区相关网站“hydt”栏目；原刊与作者未注明）", "published": "2009-08-07",
    "published_precision": "day",
    "register": "zone-side website short item: a high-tech zone's half-year foreign-investment figures, its rank among the city's districts, new foreign firms and entry agreements",
    "source_url": "http://jinanhi.com/html/2009/hydt_0807/6856.html",
    "note": "页首“时间:2009-08-07 00:00:00 点击量:”与文末的“|”已删。正文在存档中为一段，“予以奖励。 上半年”中的空格照录。文中先写“高新区”，末句写全称“济南高新区”"},
    parks=[
        park(P, "上半年,济南高新区新设立7个外资合资企业", city="济南", province="山东", kind="国家高新区",
             note="文中多处只写“高新区”，末句点名“济南高新区”；“高新区”不作别名"),
    ],
    facts=[
        fact(P, "park", "contract_foreign_investment_usd", 93180000.0, "高新区实现合同利用外资9318万美元", as_of=A),
        ratio(P, "park", "contract_foreign_investment_plan_share", 0.621, "占市下达高新区全年计划的62.1%", as_of=A,
              note="占全年计划的比例"),
        fact(P, "park", "actual_foreign_investment_usd", 70650000.0, "实际到位外资7065万美元", as_of=A),
        ratio(P, "park", "actual_foreign_investment_growth", 0.032, "同比增长3.2%", as_of=A),
        ratio(P, "park", "actual_foreign_investment_plan_share", 0.744, "占市下达高新区全年计划的74.4%", as_of=A),
        fact(P, "park", "actual_foreign_investment_over_target_usd", 20000000.0,
             "上半年实际外资超出半年任务目标2000万美元", as_of=A, optional=True, note="超出半年目标的差额"),
        rank(P, "park", "contract_foreign_investment_city_rank", 2, "分别居济南市各县区的第二位和第三位", as_of=A,
             note="汉字序数；合同利用外资居第二"),
        rank(P, "park", "actual_foreign_investment_city_rank", 3, "分别居济南市各县区的第二位和第三位", as_of=A,
             note="汉字序数；实际利用外资居第三"),
        fact(P, "park", "new_foreign_enterprises", 7, "济南高新区新设立7个外资合资企业", as_of=A),
        fact(P, "park", "foreign_projects_funded", 28, "28个外资项目实现实际到位资金", as_of=A),
        fact(P, "park", "entry_agreements", 15, "签订了15项入区协议", as_of=A),
    ])

# ---------------- b02 衡阳综合保税区通过验收 (2013)
P = "衡阳综合保税区"
BSZ = "白沙洲工业园"
EVE = "衡阳综合保税区已有立新世纪、日通物流、优传酒业、言鼎电脑、金沃电子、鼎航电子、威盛威电子、兴荣新能源科技等8个项目进驻"
firms = ["立新世纪", "日通物流", "优传酒业", "言鼎电脑", "金沃电子", "鼎航电子", "威盛威电子", "兴荣新能源科技"]
write("b02", {
    "title": None,
    "title_note": "存档页无标题，正文起于“近日”；内容：衡阳综合保税区（一期）通过国家10部委联合验收，湖南首个综合保税区诞生，已有8个项目进驻",
    "outlet": "scswl.cn（原刊媒体与作者未注明）", "published": "2013-12-16", "published_precision": "day",
    "register": "reposted item on a bonded zone passing the state acceptance inspection: approval, area, built facilities, firms moved in and their expected output",
    "source_url": "http://scswl.cn/html/82/2013-12-16/content-82259.html",
    "note": "日期取自网址路径（2013-12-16）。存档即五段，明显短于截断长度，以收束句结尾，无需删除。省份湖南、城市衡阳均在文中"},
    parks=[
        park(P, "衡阳综合保税区于2012年10月25日经国务院批复同意设立", city="衡阳", province="湖南", kind="综合保税区",
             parent=BSZ, note="“该区设在衡阳市白沙洲工业园”"),
        park(BSZ, "该区设在衡阳市白沙洲工业园", city="衡阳", province="湖南", kind="工业园",
             note="只作为综合保税区的所在地出现（同 real13 z03 的处理，保留为必选）"),
    ],
    companies=[company(n, EVE, park=P, optional=True,
                       note="文中以“项目”列举的企业简称（“等8个项目进驻”）：企业还是项目有争议，故可选")
               for n in firms],
    institutions=[inst("国家海关总署", "由国家海关总署牵头组成的国家10部委联合验收组"),
                  inst("国务院", "衡阳综合保税区于2012年10月25日经国务院批复同意设立")],
    facts=[
        rank(P, "park", "national_order", 28, "是全国第28个、湖南省首个综合保税区", note="全国第28个获批的综合保税区（序次）"),
        fact(P, "park", "planned_area_km2", 2.57, "总体规划用地2.57平方公里", unit="km2"),
        fact(P, "park", "phase1_area_km2", 0.845, "其中一期用地0.845平方公里", unit="km2"),
        fact(P, "park", "planned_floor_area_m2", 887700, "规划总建筑面积88.77万平方米", unit="m2"),
        fact(P, "park", "inspection_items", 8, "8大必验项目建设", optional=True, note="验收的必验项目数"),
        fact(P, "park", "days_to_acceptance", 410, "仅用410余天", unit="days", qualifier="余", optional=True,
             note="从获批到验收的天数"),
        fact(P, "park", "projects_entered", 8, EVE, as_of="2013年12月", note="已进驻项目数"),
        fact("衡阳综合保税区已进驻的8个项目", "park_group", "expected_output_value_cny", 3000000000.0,
             "一年可创总产值30亿元以上", qualifier="超", qualifier_text="以上", as_of="达产后", kind="target"),
    ])

# ---------------- b03 曹妃甸在北京举行招商推介会 (2013)
CF = "曹妃甸"
ZB, JK, GY, XQ = "曹妃甸综合保税区", "曹妃甸经济技术开发区", "曹妃甸工业区", "曹妃甸新区"
EVP = ("首钢京唐钢铁厂、华润曹妃甸电厂、华电重工、中石油渤海湾生产支持基地等一大批项目建成投产;中兴绿色能源产业基地等79个项目开工建设;"
       "益海嘉里精细化工等180多个项目成功签约,总投资1700亿元")
DONE = dict(park=None, status="投产", status_text="建成投产")
A = "截至2013年6月"
write("b03", {
    "title": None,
    "title_note": "存档页无标题，正文起于“6月8日”；内容：唐山曹妃甸区在北京举行招商推介会，曹妃甸综合保税区、国家级经开区获批，曹妃甸工业区与曹妃甸新区的累计投资、项目与2012年经济指标",
    "outlet": "58188.com（原刊媒体与作者未注明）", "published": "2013-06-13", "published_precision": "day",
    "register": "reposted item on a district's investment fair in Beijing: approvals of a bonded zone and a state-level ETDZ, cumulative investment and land, projects in production, started and signed, a new area's project totals and 2012 figures",
    "source_url": "http://58188.com/news/2013/6-13/8752.html",
    "note": "日期取自网址路径（2013/6-13），推介会在“6月8日”。存档即四段，明显短于截断长度，以数字句结尾（无页脚），判为全文。"
            "“曹妃甸”单独作主语的句子（累计投入资金、2012年地区生产总值、财政收入）主体写作“曹妃甸”（区/新区开发建设，文中即如此）"},
    parks=[
        park(ZB, "同时批准设立曹妃甸综合保税区", city="唐山", district="曹妃甸区", province="河北", kind="综合保税区"),
        park(JK, "2013年1月,国务院正式批准设立曹妃甸国家级经济技术开发区", city="唐山", district="曹妃甸区", province="河北",
             kind="国家级经济技术开发区", aliases=["曹妃甸国家级经济技术开发区"],
             note="文中写作“曹妃甸国家级经济技术开发区”；名称用通行写法，原文写法作别名（check_gold 提示名称不逐字，有意）"),
        park(GY, "曹妃甸工业区已累计形成陆域面积230多平方公里", city="唐山", district="曹妃甸区", province="河北", kind="工业区"),
        park(XQ, "曹妃甸新区已累计实施亿元以上项目352个", city="唐山", district="曹妃甸区", province="河北", kind="新区",
             note="省级新区；文中未说明与工业区、经开区的关系，不设上级园区"),
    ],
    companies=[
        company("首钢京唐", EVP, park=None, optional=True, note="只出现在项目名“首钢京唐钢铁厂”中"),
        company("华润", EVP, park=None, optional=True, note="只出现在项目名“华润曹妃甸电厂”中"),
        company("华电重工", EVP, park=None, optional=True, note="企业名作项目列举"),
        company("中石油", EVP, park=None, optional=True, note="只出现在项目名中"),
        company("中兴", EVP, park=None, optional=True, note="只出现在项目名“中兴绿色能源产业基地”中"),
        company("益海嘉里", EVP, park=None, optional=True, note="只出现在项目名“益海嘉里精细化工”中"),
    ],
    institutions=[inst("国务院", "2013年1月,国务院正式批准设立曹妃甸国家级经济技术开发区")],
    projects=[
        project("首钢京唐钢铁厂", EVP, **DONE, note="项目“抢滩落户”曹妃甸（区），文中未点名所在园区"),
        project("华润曹妃甸电厂", EVP, **DONE),
        project("华电重工", EVP, **DONE, optional=True, note="企业名作项目，项目实体不明"),
        project("中石油渤海湾生产支持基地", EVP, **DONE),
        project("中兴绿色能源产业基地", EVP, park=None, status="开工", status_text="等79个项目开工建设", status_alt="在建"),
        project("益海嘉里精细化工", EVP, park=None, status="签约", status_text="成功签约"),
    ],
    facts=[
        fact(CF, "park_group", "participants", 200, "200多家世界500强企业、央企、大型民企、国外财团和知名中介公司等参加了推介会",
             qualifier_text="多", as_of="2013年6月8日", optional=True, note="推介会参会单位数"),
        fact(CF, "park_group", "cumulative_investment", 300000000000.0, "已累计投入资金3000多亿元", unit="cny",
             qualifier_text="多", as_of=A, kind="cumulative",
             note="“3000多亿元”：check_gold 读不出“多亿元”，metric 不带 _cny；多 → qualifier null；主语为“曹妃甸”（开发建设）"),
        fact(GY, "park", "reclaimed_land_area_km2", 230, "曹妃甸工业区已累计形成陆域面积230多平方公里", unit="km2",
             qualifier_text="多", as_of=A, kind="cumulative"),
        fact("曹妃甸港口", "park_group", "port_capacity_t", 315000000, "曹妃甸港口吞吐能力达到3.15亿吨", unit="t", as_of=A,
             optional=True, note="港口，非园区"),
        rank("曹妃甸港口", "park_group", "national_port_rank_band", 10, "跨入了全国10强港口行列", as_of=A),
        fact(CF, "park_group", "projects_started", 79, "中兴绿色能源产业基地等79个项目开工建设", as_of=A),
        fact(CF, "park_group", "projects_signed", 180, "益海嘉里精细化工等180多个项目成功签约", qualifier_text="多", as_of=A),
        fact(CF, "park_group", "planned_investment_cny", 170000000000.0, "总投资1700亿元", as_of=A,
             note="180多个签约项目的总投资"),
        fact(XQ, "park", "projects_over_1e8", 352, "曹妃甸新区已累计实施亿元以上项目352个", as_of=A, kind="cumulative"),
        fact(XQ, "park", "planned_investment_cny", 561120000000.0, "总投资5611.2亿元", as_of=A, kind="cumulative",
             note="352个亿元以上项目的总投资"),
        fact(XQ, "park", "projects_under_construction", 217, "其中在建项目217个", as_of=A),
        fact(XQ, "park", "under_construction_investment_cny", 283110000000.0, "总投资2831.1亿元", as_of=A,
             note="217个在建项目的总投资"),
        fact(XQ, "park", "fixed_asset_investment_cny", 61700000000.0, "2012年,完成固定资产投资617亿元", as_of="2012年",
             note="段落主语为曹妃甸新区"),
        ratio(XQ, "park", "fixed_asset_investment_growth", 0.06, "比上年同期增长6.0%", as_of="2012年"),
        fact(XQ, "park", "industrial_investment_cny", 24786000000.0, "工业完成247.86亿元", as_of="2012年"),
        ratio(XQ, "park", "industrial_investment_share", 0.4016, "占总数的40.16%", as_of="2012年"),
        fact(CF, "park_group", "gdp_cny", 35600000000.0, "2012年曹妃甸共实现地区生产总值356亿元", as_of="2012年",
             note="主语“曹妃甸”（与上文曹妃甸新区同段）"),
        ratio(CF, "park_group", "gdp_growth", 0.117, "同比增长11.7%", as_of="2012年"),
        fact(CF, "park_group", "fiscal_revenue_cny", 5050000000.0, "全部财政收入50.5亿元", as_of="2012年"),
        ratio(CF, "park_group", "fiscal_revenue_growth", 0.348, "同比增长34.8%", as_of="2012年"),
    ])

# ---------------- b04 青岛-安顺共建产业园重点项目签约 (2014)
P = "青岛-安顺共建产业园"
EVL = ("此次签约的项目分别是:西秀健康生态产业园、安顺市中心城区北片区污水处理厂、环保装备基地、安顺市西五号路北段建设、禾软科技园、"
       "多功能生态包装和农地膜投资项目、电气设备生产、油漆生产等")
SIGN = dict(park=P, status="签约", status_text="青岛-安顺共建产业园重点项目签约仪式")
write("b04", {
    "title": None,
    "title_note": "存档页无标题，正文起于电头“青岛新闻网12月25日讯”；内容：青岛-安顺共建产业园8个重点项目签约，投资约21.8亿元",
    "outlet": "青岛新闻网（记者 孙璐璐，实习记者 窦翰）", "published": "2014-12-25", "published_precision": "day",
    "register": "city news portal item on a cross-regional (east-west pairing) co-built industrial park's signing of eight key projects",
    "source_url": "https://news.qingdaonews.com/content/2014-12/24/content_10836499.htm",
    "note": "日期取电头“12月25日讯”（网址路径为2014-12/24，签约在“昨天上午”）。文末“提示:支持← →箭头翻页”已删。"
            "园区所在城市（安顺）与省份（贵州）文中未明说，据“青岛对口帮扶安顺”“引企入安”与项目地名推断"},
    parks=[
        park(P, "青岛-安顺共建产业园重点项目签约仪式在府新大厦举行", city="安顺", province="贵州", kind="共建产业园",
             note="青岛对口帮扶安顺的共建园区；城市据文意推断"),
        park("西秀健康生态产业园", EVL, city="安顺", province="贵州", kind="产业园", optional=True,
             note="签约项目本身是一个产业园（项目兼园区，同 real13 z11），故可选"),
        park("禾软科技园", EVL, city="安顺", province="贵州", kind="科技园", optional=True, note="签约项目兼园区，可选"),
    ],
    projects=[
        project("西秀健康生态产业园", EVL, **SIGN),
        project("安顺市中心城区北片区污水处理厂", EVL, **SIGN, optional=True,
                note="城市基础设施项目，是否在共建产业园内不明，可选"),
        project("环保装备基地", EVL, **SIGN),
        project("安顺市西五号路北段建设", EVL, **SIGN, optional=True, note="城市道路项目，可选"),
        project("禾软科技园", EVL, **SIGN),
        project("多功能生态包装和农地膜投资项目", EVL, **SIGN),
        project("电气设备生产", EVL, **SIGN, optional=True, note="名称只是产品门类，可选"),
        project("油漆生产", EVL, **SIGN, optional=True, note="名称只是产品门类，可选"),
    ],
    facts=[
        fact(P, "park", "projects_signed", 8, "共签约8个重点项目", as_of="2014年12月24日"),
        fact(P, "park", "planned_investment_cny", 2180000000.0, "投资约21.8亿元", qualifier="约", as_of="2014年12月24日",
             note="8个签约项目合计"),
    ])

# ---------------- b05 葫芦岛向中关村协同创新母基金注资 (2015)
F = "中关村协同创新母基金"
EVF = "由中关村发展集团发起设立"
write("b05", {
    "title": "我市向中关村协同创新母基金注资五千万元",
    "outlet": "葫芦岛日报（来源栏），中关村社区 newzgc.com 转载", "published": "2015-10-13", "published_precision": "day",
    "register": "city party paper item reposted by a Zhongguancun community site: a city's commitment to a cross-regional fund-of-funds set up by a zone's development group, the fund's and sub-funds' sizes",
    "source_url": "http://www.newzgc.com/news/zgctz/201510/60662.htm",
    "note": "面包屑“您的位置:首页 > 新闻 > 中关村投资 > 正文”、日期来源行“日期:2015-10-13  来源:葫芦岛日报”、“[字体: ]”与页脚（发布人、验证码、版权、链接）已删。"
            "存档中的断字空格（“中 关村”“子 基金”“据 介绍”“区 域”）照录。“我市”为葫芦岛（据标题之外的来源栏“葫芦岛日报”）"},
    parks=[
        park("中关村", "以充分发挥中关村的辐射带动作用为目的", city="北京", province="北京", kind="国家自主创新示范区",
             optional=True, note="只以“中关村”“中关村管委会”出现，未写园区全称，可选"),
    ],
    companies=[
        company("中关村发展集团", EVF, park=None, note="基金发起方（国有企业）；文中未把它放在某一园区"),
    ],
    institutions=[
        inst("中关村管委会", "在北京市委、市政府和中关村管委会的支持下"),
        inst("市招商局", "日前,记者从市招商局了解到", note="葫芦岛市招商局"),
    ],
    funds=[
        fund(F, "母基金总规模为20.02亿元", park=None, size=2002000000.0, size_type="总规模",
             aliases=["中关村协同创新投资基金(有限合伙)"],
             note="正式名“中关村协同创新投资基金(有限合伙)”（原文“中 关村…”有断字空格）；跨区域基金，不属某一园区"),
    ],
    facts=[
        fact(F, "fund", "fund_commitment_cny", 50000000.0, "我市将出资5000万元注入中关村协同创新母基金", as_of="2015年10月",
             kind="target", note="葫芦岛市（“我市”）的认缴出资，“将出资”"),
        fact("中关村协同创新母基金子基金", "fund", "fund_size_cny", 8000000000.0, "子基金总规模为80亿元", as_of="2015年10月",
             note="子基金合计规模"),
        fact(F, "fund", "fund_size_cny", 2002000000.0, "母基金总规模为20.02亿元", as_of="2015年10月", optional=True,
             note="已存于基金的 size 字段，作事实可选"),
    ])

# ---------------- b06 天津武清开发区 (中国企业报 2015)
P = "天津武清开发区"
A = "建区以来（至2015年6月）"
write("b06", {
    "title": "天津武清开发区:京津城际之间的璀璨明珠",
    "outlet": "中国企业报（本报记者 林瑞泉，摄影报道），epaper.zqcn.com.cn", "published": "2015-06-09", "published_precision": "day",
    "register": "national business paper profile of a state-level development zone: status, planned and built area by phase, cumulative investment, firms, output and tax",
    "source_url": "http://epaper.zqcn.com.cn/content/2015-06/09/content_8759.htm",
    "note": "存档页首把标题拆成两行（“天津武清开发区:”“京津城际之间的璀璨明珠”）并有“来源:中国企业报”，随后重复整行标题：拆行与来源行已删，整行标题作首行。"
            "文末“本报记者林瑞泉/摄影报道”接在末段后，照录。日期取自电子版网址（2015-06/09）"},
    parks=[
        park(P, "天津武清开发区:京津城际之间的璀璨明珠", city="天津", district="武清区", province="天津",
             kind="国家级经济技术开发区", aliases=["武清开发区"]),
        park("天津滨海高新区", "并纳入天津滨海高新区国家自主创新示范区核心区", city="天津", province="天津", kind="国家高新区",
             optional=True, note="只作为“国家自主创新示范区核心区”的归属出现；不设上下级"),
    ],
    facts=[
        fact(P, "park", "planned_area_km2", 93, "远期规划总面积93平方公里", unit="km2", kind="target", note="远期规划"),
        fact(P, "park", "built_area_km2", 50, "建成和在建50平方公里", unit="km2", as_of="2015年6月"),
        fact(P, "park", "phase1_2_built_area_km2", 15, "一期、二期15平方公里已建成", unit="km2", as_of="2015年6月",
             optional=True, note="分期面积"),
        fact(P, "park", "phase3_area_km2", 15, "三期15平方公里基本建成", unit="km2", as_of="2015年6月", optional=True),
        fact(P, "park", "phase4_planned_area_km2", 20, "四期规划20平方公里", unit="km2", kind="target", optional=True),
        fact(P, "park", "startup_area_km2", 5, "其中起步区5平方公里招商在建", unit="km2", optional=True),
        fact(P, "park", "attracted_investment_cny", 135000000000.0, "共吸引投资1350亿元", as_of=A, kind="cumulative"),
        fact(P, "park", "foreign_investment_usd", 8000000000.0, "外资近80亿美元", qualifier="约", qualifier_text="近",
             as_of=A, kind="cumulative"),
        fact(P, "park", "source_countries", 50, "引入50个国家和地区的企业1400余家", as_of=A, optional=True,
             note="投资来源国家和地区数"),
        fact(P, "park", "enterprises", 1400, "企业1400余家", qualifier="余", as_of=A, kind="cumulative"),
        fact(P, "park", "leading_industries", 6, "六大主导产业", optional=True, note="汉字数目"),
        fact(P, "park", "gdp_cny", 157400000000.0, "累计实现地区生产总值1574亿元", as_of=A, kind="cumulative"),
        fact(P, "park", "tax_revenue_cny", 50700000000.0, "税收507亿元", as_of=A, kind="cumulative"),
        fact(P, "park", "employees", 130000, "吸引直接就业13余万人", qualifier="余", as_of=A, kind="cumulative",
             note="“13余万人”照录"),
    ])

# ---------------- b07 中关村示范区 2016年1到7月 (新华社)
P = "中关村国家自主创新示范区"
A = "2016年1-7月"
E = "截至2016年7月底"
write("b07", {
    "title": None,
    "title_note": "存档页无标题，正文起于电头“新华社北京9月3日专电”；内容：中关村示范区2016年1到7月规模以上企业总收入突破2.1万亿元，研发、从业人员与专利数据",
    "outlet": "新华社（专电），gongxiaoshang.com 转载", "published": "2016-09-03", "published_precision": "day",
    "register": "national news agency item on a national innovation zone's January–July statistics: revenue, output, profit, R&D spending, staff and patents",
    "source_url": "https://m.gongxiaoshang.com/news3356503",
    "note": "日取电头“9月3日”，年据“截至2016年7月底”。文末的五条相关链接（“上海婚博会面孔…2016-11-29”等）已删"},
    parks=[
        park(P, "新华社北京9月3日专电北京中关村国家自主创新示范区最新统计数据显示", city="北京", province="北京",
             kind="国家自主创新示范区", aliases=["中关村示范区"], note="“中关村”单独出现，不作别名"),
    ],
    facts=[
        fact(P, "park", "revenue_cny", 2100000000000.0, "实现总收入突破2.1万亿元", qualifier="超", qualifier_text="突破",
             as_of=A, optional=True, note="下文精确值21427.6亿元的取整说法"),
        fact(P, "park", "revenue_cny", 2142760000000.0, "实现总收入21427.6亿元", as_of=A, note="规模以上企业"),
        ratio(P, "park", "revenue_growth", 0.16, "总收入21427.6亿元,同比增长16.0%", as_of=A),
        ratio(P, "park", "profit_growth", 0.064, "利润同比增长6.4%", as_of=A),
        fact(P, "park", "output_value_cny", 482610000000.0, "工业总产值4826.1亿元", as_of=A),
        ratio(P, "park", "output_value_share_of_beijing", 0.512, "占北京市的51.2%", as_of=A),
        fact(P, "park", "profit_cny", 164220000000.0, "利润总额1642.2亿元", as_of=A),
        fact(P, "park", "rd_expenditure_cny", 72750000000.0, "日常研发经费支出达到727.5亿元", as_of=A),
        ratio(P, "park", "rd_expenditure_growth", 0.18, "同比增长18.0%", as_of=A),
        fact(P, "park", "employees", 2032000, "区域从业人员203.2万人", as_of="截至2016年7月末"),
        fact(P, "park", "rd_staff", 535000, "其中研发人员53.5万人", as_of="截至2016年7月末"),
        ratio(P, "park", "rd_staff_share", 0.263, "占从业人员26.3%", as_of="截至2016年7月末"),
        ratio(P, "park", "patent_applications_growth", 0.143, "企业申请专利同比增长14.3%", as_of=A),
        fact(P, "park", "invention_patent_applications", 19777, "发明专利申请量达到19777件", as_of=A),
        ratio(P, "park", "invention_patent_applications_growth", 0.137, "同比增长13.7%", as_of=A),
        fact(P, "park", "valid_invention_patents", 57191, "中关村示范区企业拥有有效发明专利57191件", as_of=E),
    ])

# ---------------- b08 太仓高新区 2018年上半年 (太仓日报)
P = "太仓高新区"
A = "2018年上半年"
write("b08", {
    "title": "高新区发展态势良好 主要经济指标实现“双过半”",
    "outlet": "太仓日报（记者 戴周华），太仓高新区在中国投资指南（investchn）的园区页面 tcxq.investchn.com 转载",
    "published": "2018-08-10", "published_precision": "day",
    "register": "zone's own promotional page reposting the city paper: a high-tech zone's half-year work meeting and its main indicators",
    "source_url": "https://tcxq.investchn.com/news/detail/id/16119.html",
    "note": "“发布时间:2018-08-10 来源:太仓日报”一行已删；会议在“8月3日”。文中只写“高新区”：园区名补作“太仓高新区”（据来源太仓日报与网站 tcxq，有意，check_gold 提示名称不逐字）"},
    parks=[
        park(P, "8月3日,高新区召开党工委扩大会议暨2018年半年度工作会议", city="太仓", province="江苏", kind="高新区",
             note="文中只写“高新区”；城市据来源“太仓日报”与网站；“高新区”不作别名"),
    ],
    facts=[
        fact(P, "park", "fiscal_tax_revenue_cny", 6846000000.0, "全口径财政税收收入68.46亿元", as_of=A),
        ratio(P, "park", "fiscal_tax_revenue_growth", 0.133, "增长13.3%", as_of=A),
        fact(P, "park", "budget_tax_revenue_cny", 3562000000.0, "公共财政预算税收收入35.62亿元", as_of=A),
        ratio(P, "park", "budget_tax_revenue_growth", 0.142, "增长14.2%", as_of=A),
        fact(P, "park", "output_value_cny", 48310000000.0, "工业总产值483.1亿元", as_of=A),
        ratio(P, "park", "output_value_growth", 0.066, "增长6.6%", as_of=A),
        fact(P, "park", "above_scale_output_value_cny", 40650000000.0, "规上工业产值406.5亿元", as_of=A),
        ratio(P, "park", "above_scale_output_value_growth", 0.127, "增长12.7%", as_of=A),
        fact(P, "park", "service_value_added_cny", 8640000000.0, "服务业增加值86.4亿元", as_of=A),
        ratio(P, "park", "service_value_added_growth", 0.139, "增长13.9%", as_of=A),
        ratio(P, "park", "service_share_of_gdp", 0.5, "服务业增加值占GDP比重达50%", as_of=A),
        fact(P, "park", "fixed_asset_investment_cny", 5150000000.0, "固定资产投资51.5亿元", as_of=A),
        ratio(P, "park", "fixed_asset_investment_growth", 0.082, "增长8.2%", as_of=A),
        fact(P, "park", "industrial_investment_cny", 2070000000.0, "工业投资20.7亿元", as_of=A),
        ratio(P, "park", "industrial_investment_growth", 0.412, "增长41.2%", as_of=A),
    ])
