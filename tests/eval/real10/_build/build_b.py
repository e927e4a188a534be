from lib import *

# ---------------- y09 西青区集中签约31个高端制造业项目 (津云 2018)
XQ = "西青经济技术开发区"
G = "西青区2018年8月9日集中签约高端制造业项目"
EV5 = "包括一汽丰田发动机、中车青岛四方机车、华润联通医药、国药控股4个世界500强项目"
EVQ = "日本岛津液压、美国科尔摩根伺服电机等优质项目签约落户西青"
ST = dict(status="签约", status_text="集中签约")
NP = "签约落户西青（区），文中未说落在哪个园区"
NC = "只出现在项目名中（世界500强项目/优质项目）"
write("y09", {
    "title": "西青区集中签约31个高端制造业项目 总投资额超145亿",
    "outlet": "津云（津云新闻编辑 刘颖），天津 72177.com 打印页 app.72177.com",
    "published": "2018-08-16", "published_precision": "day",
    "register": "municipal news-app item (reposted on a Tianjin portal) on a district's signing of 31 high-end manufacturing projects held in its development zone, with named Fortune 500 and foreign projects",
    "source_url": "http://app.72177.com/print.php?contentid=4402750",
    "note": "打印页页首“打印纸张 字号选择:超大 行高 带图打印 返回原文”、“首页 > 资讯中心 天津”、日期行“2018年08月16日 00:21”和文末“文章来源:http://news.72177.com/2018/0816/4402750.shtml”已删；“招商理念, 持续优化”中的空格照录；签约日 8月9日"},
    parks=[
        park(XQ, "8月9日,西青区高端制造业重点项目集中签约仪式在开发区赛达企业家服务中心成功举行", city="天津",
             district="西青区", province="天津", kind="经济技术开发区", optional=True,
             note="文中只作“开发区”（签约地点），全称不在文中（check_gold 警告）；项目未说落在该区"),
    ],
    companies=[
        company("一汽丰田", EV5, optional=True, note=NC),
        company("中车青岛四方机车", EV5, optional=True, note=NC),
        company("华润联通医药", EV5, optional=True, note=NC),
        company("国药控股", EV5, optional=True, note=NC),
        company("岛津", EVQ, optional=True, note=NC),
        company("科尔摩根", EVQ, optional=True, note=NC),
    ],
    projects=[
        project("一汽丰田发动机", EV5, companies=["一汽丰田"], **ST, note=NP),
        project("中车青岛四方机车", EV5, companies=["中车青岛四方机车"], **ST, note=NP),
        project("华润联通医药", EV5, companies=["华润联通医药"], **ST, note=NP),
        project("国药控股", EV5, companies=["国药控股"], **ST, note=NP + "；项目以企业名称呼"),
        project("日本岛津液压", EVQ, companies=["岛津"], **ST, aliases=["岛津液压"], note=NP),
        project("美国科尔摩根伺服电机", EVQ, companies=["科尔摩根"], **ST, aliases=["科尔摩根伺服电机"], note=NP),
    ],
    facts=[
        fact(G, "park_group", "projects_signed", 31, "本次集中签约项目共计31个", as_of="2018年8月9日"),
        fact(G, "park_group", "planned_investment_cny", 14596000000.0, "计划总投资145.96亿元,其中现场签约项目8个",
             as_of="2018年8月9日"),
        fact(G, "park_group", "projects_signed_onsite", 8, "其中现场签约项目8个", as_of="2018年8月9日"),
        fact(G, "park_group", "planned_investment_onsite_cny", 4833000000.0, "计划总投资48.33亿元", as_of="2018年8月9日",
             note="现场签约的8个项目"),
        fact(G, "park_group", "projects_over_1bn", 4, "本次签约投资十亿元以上项目4个", as_of="2018年8月9日",
             optional=True, note="规模档（汉字“十亿元”）"),
        fact(G, "park_group", "projects_over_1bn_investment_cny", 9100000000.0, "计划总投资91亿元", as_of="2018年8月9日",
             optional=True, note="规模档合计"),
        fact(G, "park_group", "projects_over_100m", 22, "投资亿元以上项目22个", as_of="2018年8月9日", optional=True,
             note="规模档"),
        fact(G, "park_group", "projects_over_100m_investment_cny", 14217000000.0, "计划总投资142.17亿元",
             as_of="2018年8月9日", optional=True, note="规模档合计"),
        fact(G, "park_group", "fortune500_projects", 4, "国药控股4个世界500强项目", as_of="2018年8月9日",
             optional=True),
    ])

# ---------------- y10 滁州经开区招商引资项目集中签约 (滁州日报 2022)
P = "滁州经开区"
G = "滁州经开区2022年4月7日集中签约项目"
write("y10", {
    "title": "滁州经开区举行招商引资项目集中签约仪式",
    "outlet": "滁州日报 2022-04-08 第A01版 要闻（全媒体记者 王太新），szbk.chuzhou.cn",
    "published": "2022-04-08", "published_precision": "day",
    "register": "municipal party paper front-page item on a national ETDZ's signing ceremony: number of projects and agreed investment, leaders' remarks",
    "source_url": "http://szbk.chuzhou.cn/czrb/pc/content/202204/08/content_64916.html",
    "note": "页首“2022年04月08日”“第A01版:要闻”和文末版面元数据行（“2022-04-08 滁州经开区举行… /enpproperty-->”）已删；副题“许继伟吴劲王图强汪建中见证签约”照录；签约日 4月7日"},
    parks=[
        park(P, "滁州经开区是国家级经济技术开发区", city="滁州", province="安徽", kind="国家级经济技术开发区"),
    ],
    institutions=[
        inst("滁州经开区管委会", "滁州经开区管委会主任吴孝水上台签约", park=P),
    ],
    facts=[
        fact(G, "park_group", "projects_signed", 6, "此次共签约6个项目", as_of="2022年4月7日"),
        fact(G, "park_group", "planned_investment_cny", 6000000000.0, "协议总投资60亿元", as_of="2022年4月7日",
             note="协议总投资"),
    ])

# ---------------- y11 海口综保产业发展投资基金 首次投资决策 (海口综合保税区网站 2022)
P = "海口综合保税区"
F = "海口综保产业发展投资基金合伙企业(有限合伙)"
SUB = "海口综保基金两支子基金"
write("y11", {
    "title": None,
    "title_note": "(no headline) 海口综保产业发展投资基金首次投资决策会通过对两支子基金的投资，海南首支园区基金落地运作",
    "outlet": "海口综合保税区网站 ftz.haikou.gov.cn（园区新闻；作者未署名）",
    "published": "2022-07", "published_precision": "month",
    "register": "zone's own government website item on its park fund's first investment decision: sub-funds, amounts, leverage and the first firms attracted",
    "source_url": "http://ftz.haikou.gov.cn/ywdt/yqxw/202207/t1052938.shtml",
    "note": "存档页无标题，文件从正文开始；日期据页面路径 202207（文中“近日”）；未删任何内容"},
    parks=[
        park(P, "在海口综合保税区的积极推动下", city="海口", province="海南", kind="综合保税区"),
    ],
    companies=[
        company("海口金控资本", "海口综保基金由海口金控资本作为管理人", note="基金管理人"),
    ],
    funds=[
        fund(F, "海口综保产业发展投资基金合伙企业(有限合伙)(以下简称海口综保基金)第一次投资决策会在海口金控大厦顺利召开",
             park=P, aliases=["海口综保基金"], invested=35000000.0,
             note="文中无基金规模；已决策对两支子基金合计投资0.35亿元（invested）；“我省首支园区基金”"),
    ],
    facts=[
        fact(F, "fund", "fund_invested_cny", 35000000.0, "海口综保基金对两支子基金合计投资金额0.35亿元", kind="reported",
             as_of="2022年7月", optional=True, note="与基金 invested 字段重复，设为可选"),
        fact(SUB, "fund", "fund_size_cny", 517000000.0, "两支子基金总规模5.17亿元", as_of="2022年7月"),
        fact(F, "fund", "sub_funds_invested", 2, "会议审议通过海口综保基金对两支子基金的投资", as_of="2022年7月",
             optional=True, note="汉字“两支”"),
        fact(F, "fund", "leverage_multiple", 15, "出资实现15倍放大", kind="ratio", as_of="2022年7月", optional=True),
        fact(SUB, "fund", "enterprises_attracted", 3, "其中一只子基金已通过投资引入3家跨境电商企业落地海口",
             as_of="2022年7月", note="引入落地海口的跨境电商企业"),
        fact(SUB, "fund", "planned_investment_cny", 36000000.0, "子基金对3家企业拟投资金额约0.36亿元", qualifier="约",
             kind="target", as_of="2022年7月", note="拟投资"),
    ])

# ---------------- y12 中关村发展集团 协同创新投资基金 100亿元 (中国经济网 2015)
ZG = "中关村发展集团"
F = "协同创新投资基金"
EVF = "将建设总规模100亿元的协同创新投资基金"
write("y12", {
    "title": None,
    "title_note": "(no headline) 中关村发展集团与京津冀14个地方政府及机构达成协议，建设总规模100亿元的协同创新投资基金",
    "outlet": "中国经济网 district.ce.cn（地方经济·新区；责任编辑 庄彧；原出处与作者未注明）",
    "published": "2015-09-26", "published_precision": "day",
    "register": "national economic news portal item on a science-park operator's 10-billion-yuan fund with local governments, its mother/sub-fund structure and a new park-development company",
    "source_url": "http://district.ce.cn/newarea/roll/201509/26/t20150926_6588685.shtml",
    "note": "存档页无标题，文件从正文开始；日期据页面路径 201509/26（文中“25日”达成协议）；文末“(责任编辑:庄彧)”已删"},
    parks=[
        park("中关村", "北京市围绕中关村的市场资源配置平台——中关村发展集团", city="北京", province="北京",
             kind="国家自主创新示范区", optional=True, note="只作为集团的依托出现，基金不落在园区"),
    ],
    companies=[
        company(ZG, "北京市围绕中关村的市场资源配置平台——中关村发展集团25日与河北保定、承德、张家口及天津宝坻、静海县等14个地方政府及机构达成协议",
                note="基金发起方"),
        company("中关村协同发展投资有限公司", "中关村协同发展投资有限公司也正式成立", note="新成立"),
    ],
    funds=[
        fund(F, EVF, park=None, size=10000000000.0, size_type="总规模",
             note="发起方中关村发展集团；合作方14个地方政府及机构；文中未给所在园区"),
        fund("协同创新子基金", "母基金下设一支协同创新子基金", optional=True, note="子基金，无规模"),
        fund("协同发展子基金", "面向各合作区域的“协同发展子基金”重点投向创客空间和当地优质产业项目等", optional=True,
             note="按区域“成熟一支、设立一支”，无规模"),
    ],
    facts=[
        fact(F, "fund", "fund_size_cny", 10000000000.0, "基金总规模达到100亿元", as_of="2015年9月25日", optional=True,
             note="与基金 size 重复，设为可选"),
        fact(F, "fund", "partners", 14, "14个地方政府及机构达成协议", as_of="2015年9月25日",
             note="达成协议的地方政府及机构数"),
    ])

# ---------------- y13 绍兴56个项目集体启动 总投资788亿元 (浙江日报 / 浙江在线 2016)
BH = "滨海工业园区"
G = "绍兴市2016年1月4日集中开工项目"
PJ = "浙能绍兴滨海热电厂二期扩建工程"
EVB = "位于柯桥区北部的滨海工业园区内的浙能绍兴滨海热电厂二期扩建工程投产后"
EV56 = "包括绍兴青旅羊山生态城建设项目、诸暨华东LED光电产业园项目等在内的56个破土动工"
EVW = "卧龙电气集团股份有限公司新能源汽车动力总成产业化项目建成后"
write("y13", {
    "title": "绍兴|56个项目集体启动 总投资788亿元",
    "outlet": "浙江日报（见习记者 史健岚）/ 浙江在线“浙江新闻”，转载于 hangzhou.baogaosu.com",
    "published": "2016-01-04", "published_precision": "day",
    "register": "provincial party paper item (news portal) on a city's share of a province-wide groundbreaking: 56 projects by size band, the venue's power-plant expansion in an industrial park, and the city's annual investment targets",
    "source_url": "https://hangzhou.baogaosu.com/xinwen/%E7%BB%8D%E5%85%B4%E7%BB%8D%E5%85%B456%E4%B8%AA%E9%A1%B9%E7%9B%AE%E9%9B%86%E4%BD%93%E5%90%AF%E5%8A%A8/42213583",
    "note": "页首与页尾的时间行“04.01.2016 12:48”、“本文来源: 浙江新闻”（两处）、图注“现场启动仪式”（两处）和页尾“故”“事”两字已删；开工日 1月4日"},
    parks=[
        park(BH, EVB, city="绍兴", district="柯桥区", province="浙江", kind="工业园区", aliases=["滨海工业区"],
             note="文中又作“柯桥区滨海工业区”"),
        park("诸暨华东LED光电产业园", EV56, city="绍兴", district="诸暨市", province="浙江", kind="产业园(项目)",
             optional=True, note="以开工项目出现"),
    ],
    companies=[
        company("卧龙电气集团股份有限公司", EVW, note="项目业主；文中未说所在园区"),
        company("浙能", "浙能绍兴滨海热电二期工程建设现场", park=BH, optional=True, note="只出现在项目名中"),
    ],
    projects=[
        project(PJ, EVB, park=BH, companies=["浙能"], phase="二期", status="开工",
                status_text="绍兴分会场设在浙能绍兴滨海热电二期工程建设现场", aliases=["浙能绍兴滨海热电二期工程"]),
        project("绍兴青旅羊山生态城建设项目", EV56, status="开工", status_text="破土动工"),
        project("诸暨华东LED光电产业园项目", EV56, status="开工", status_text="破土动工",
                note="建园项目，文中未给所在园区"),
        project("卧龙电气集团股份有限公司新能源汽车动力总成产业化项目", EVW, companies=["卧龙电气集团股份有限公司"],
                aliases=["新能源汽车动力总成产业化项目"],
                note="在开工报道中作为例子出现，未明说本批开工，status 不记"),
    ],
    facts=[
        fact(G, "park_group", "projects_started", 56, "等在内的56个破土动工", as_of="2016年1月4日"),
        fact(G, "park_group", "planned_investment_cny", 78800000000.0, "总投资788亿元,包括绍兴青旅羊山生态城建设项目",
             as_of="2016年1月4日"),
        fact(G, "park_group", "projects_over_2bn", 7, "20亿元以上的项目有7个", as_of="2016年1月4日", optional=True,
             note="规模档"),
        fact(G, "park_group", "projects_over_2bn_investment_cny", 55200000000.0, "总投资552亿元", as_of="2016年1月4日",
             optional=True, note="规模档合计"),
        fact(G, "park_group", "projects_1bn_to_2bn", 8, "10到20亿元之间的项目8个", as_of="2016年1月4日", optional=True),
        fact(G, "park_group", "projects_1bn_to_2bn_investment_cny", 9900000000.0, "总投资99亿元", as_of="2016年1月4日",
             optional=True),
        fact(G, "park_group", "projects_500m_to_1bn", 9, "5到10亿元之间的项目9个", as_of="2016年1月4日", optional=True),
        fact(G, "park_group", "projects_500m_to_1bn_investment_cny", 5900000000.0, "总投资59亿元", as_of="2016年1月4日",
             optional=True),
        fact(G, "park_group", "projects_under_500m", 32, "5亿元以下的项目32个", as_of="2016年1月4日", optional=True),
        fact(G, "park_group", "projects_under_500m_investment_cny", 7800000000.0, "合计投资78亿元", as_of="2016年1月4日",
             optional=True),
        fact(PJ, "project", "steam_capacity_tph", 1300, "形成1300吨/时供汽能力", unit="t/h", kind="target",
             optional=True),
        fact("卧龙电气集团股份有限公司新能源汽车动力总成产业化项目", "project", "annual_capacity_units", 100000,
             "将形成年产10万台套新能源汽车动力总成的生产能力", kind="target", optional=True),
        fact("绍兴市", "park_group", "effective_investment_target_cny", 286000000000.0, "全市确保完成有效投资2860亿元",
             kind="target", as_of="2016年", optional=True, note="全市目标，非园区"),
        fact("绍兴市2016年省市重点建设项目", "park_group", "projects_count", 630, "安排省市重点建设项目630个",
             kind="target", as_of="2016年", optional=True, note="全市，非园区"),
        fact("绍兴市2016年省市重点建设项目", "park_group", "planned_investment_cny", 525000000000.0, "总投资5250亿元",
             kind="target", as_of="2016年", optional=True, note="全市，非园区"),
    ])

# ---------------- y14 金山工业区 如意航空无人机项目签约；浦东老港镇签约 (新民晚报 2022)
P = "金山工业区"
PJ = "CH2000无人机研发制造项目"
EVP = "如意航空计划在金山投资建设CH2000无人机研发制造项目"
EVL = ("浦东老港镇人民政府与上海张江(集团)有限公司、上海城投老港基地管理有限公司、中交公路规划设计院有限公司、"
       "上海农商银行临港新片区支行、上海春秋旅行社有限公司等5家重点企业共同举办“携手共前行 建功引领区”签约仪式")
NL = "老港镇签约的重点企业；文中未说所在园区"
G = "金山工业区2022年开年以来签约项目"
write("y14", {
    "title": None,
    "title_note": "(no headline; 区县简讯两则，分别以“金山”“浦东”起头) 如意航空CH2000无人机研发制造项目签约，金山工业区开年签约5个项目总投资34.4亿元；浦东老港镇与5家企业签约",
    "outlet": "新民晚报 2022-02-18 第9版（屠瑜；宋宁华），paper.xinmin.cn",
    "published": "2022-02-18", "published_precision": "day",
    "register": "metropolitan evening paper district-news briefs: a foreign-invested drone project signed for an industrial zone with the zone's signings since New Year, and a town's signing with five firms",
    "source_url": "https://paper.xinmin.cn/html/xmwb/2022-02-18/9/130243.html",
    "note": "存档页无总标题，文件从第一则的区名“金山”开始；两则简讯及其区名行、文末署名（“屠瑜”“ 宋宁华”，含空格）照录；未删任何内容"},
    parks=[
        park(P, "金山工业区已经有5个项目成功签约", city="上海", district="金山区", province="上海", kind="工业区"),
    ],
    companies=[
        company("如意航空", EVP, park=P, note="项目计入金山工业区开年签约项目（“至此…金山工业区已经有5个项目成功签约”）"),
        company("上海张江(集团)有限公司", EVL, note=NL),
        company("上海城投老港基地管理有限公司", EVL, note=NL),
        company("中交公路规划设计院有限公司", EVL, note=NL),
        company("上海农商银行临港新片区支行", EVL, optional=True, note="银行支行"),
        company("上海春秋旅行社有限公司", EVL, note=NL),
    ],
    institutions=[
        inst("浦东老港镇人民政府", EVL),
    ],
    projects=[
        dict(project(PJ, EVP + ",并参加了市政府举行的2022年度首次外资项目集中签约仪式。该项目计划年产量约300架左右,项目总投资1.61亿美元",
                     park=P, companies=["如意航空"], inv=None, inv_text="项目总投资1.61亿美元", status="签约",
                     status_text="参加了…外资项目集中签约仪式",
                     note="美元计价：investment_cny 留空，currency/amount_original 记原值（同 dev h01）；计划2024年投产"),
             currency="USD", amount_original=161000000.0),
    ],
    facts=[
        fact(PJ, "project", "planned_investment_usd", 161000000.0, "项目总投资1.61亿美元", unit="usd", optional=True,
             note="与项目的 investment_text/amount_original 重复（DESIGN：已存入项目字段的金额不再作 Fact），设为可选"),
        fact(PJ, "project", "annual_capacity_units", 300, "该项目计划年产量约300架左右", kind="target", qualifier="约",
             qualifier_text="约…左右", optional=True),
        fact(G, "park_group", "projects_signed", 5, "金山工业区已经有5个项目成功签约", as_of="2022年2月"),
        fact(G, "park_group", "planned_investment_cny", 3440000000.0, "总投资34.4亿元,其中外资项目2个", as_of="2022年2月"),
        fact(G, "park_group", "foreign_projects_signed", 2, "其中外资项目2个", as_of="2022年2月"),
        fact(G, "park_group", "foreign_investment_usd", 200000000.0, "总投资额约2亿美元", unit="usd", qualifier="约",
             as_of="2022年2月"),
        fact(G, "park_group", "expansion_share", 0.6, "本土优质企业增资扩产占全部签约项目的六成", kind="ratio",
             as_of="2022年2月", optional=True, note="汉字“六成”"),
        fact("浦东老港镇签约企业", "park_group", "enterprises_signed", 5, "等5家重点企业共同举办", optional=True,
             note="镇级签约，非园区"),
    ])

# ---------------- y15 柳州二季度58个重大项目集中开竣工 (柳州新闻网 2018)
BB = "北部生态新区"
LD = "柳东新区"
ZO = "中欧产业园"
G = "柳州市2018年二季度集中开竣工重大项目"
GS = "柳州市2018年二季度集中开工项目"
GC = "柳州市2018年二季度集中竣工项目"
EVS = ("主要包括:北部生态新区湿地公园、柳长路(鹧鸪江路口至沙塘收费站)道路拓宽改建工程、柳东新区中欧产业园纵四路、"
       "上汽通用五菱DCT360(30万台)扩能变速器项目等项目")
EVC = "主要包括:五岔路口改造工程、曙光大道工程、上汽通用五菱CN202S产品项目(宝骏530)、融水元宝山——贝江旅游开发项目(一期)等项目"
SS = dict(status="开工", status_text="今天开工")
SC = dict(status="竣工", status_text="竣工项目")
write("y15", {
    "title": "柳州二季度58个重大项目集中开竣工,总投资330亿",
    "outlet": "柳州新闻网 m.lzxinwenwang.com（本站原创，记者 江宏坤；责任编辑 韦树朗）",
    "published": "2018-05-02", "published_precision": "day",
    "register": "municipal news portal item on a city's quarterly batch of starts and completions: totals by stage and named projects, one a road in an industrial park of a new area",
    "source_url": "http://m.lzxinwenwang.com/article/1162d085-1e1e-4112-be8d-7d2c5476e807/64450.aspx",
    "note": "“本地时政|时间:2018-05-02 09:42 来源:本站原创 评论:0 点击:3428”行、“责任编辑:韦树朗”和版权行“本文未经柳州日报社许可不得转载…”已删；文末“记者 江宏坤”照录；文中“今天”=5月2日"},
    parks=[
        park(ZO, EVS, city="柳州", province="广西", kind="产业园", parent=LD,
             note="只出现在项目名“柳东新区中欧产业园纵四路”中，作为该道路项目的所在地"),
        park(LD, EVS, city="柳州", province="广西", kind="新区", optional=True, note="只作为中欧产业园的所在新区出现"),
        park(BB, "我市2018年二季度重大项目集中开竣工仪式在北部生态新区湿地公园举行", city="柳州", province="广西",
             kind="城市新区", optional=True, note="城市生态新区，仪式地点"),
    ],
    companies=[
        company("上汽通用五菱", EVS, optional=True, note="只出现在项目名中"),
    ],
    projects=[
        project("北部生态新区湿地公园", EVS, park=BB, **SS),
        project("柳长路(鹧鸪江路口至沙塘收费站)道路拓宽改建工程", EVS, **SS),
        project("柳东新区中欧产业园纵四路", EVS, park=ZO, **SS, aliases=["中欧产业园纵四路"]),
        project("上汽通用五菱DCT360(30万台)扩能变速器项目", EVS, companies=["上汽通用五菱"], **SS),
        project("五岔路口改造工程", EVC, **SC),
        project("曙光大道工程", EVC, **SC),
        project("上汽通用五菱CN202S产品项目(宝骏530)", EVC, companies=["上汽通用五菱"], **SC),
        project("融水元宝山——贝江旅游开发项目(一期)", EVC, phase="一期", **SC),
    ],
    facts=[
        fact(G, "park_group", "projects_count", 58, "这次集中开竣工的重大项目有58项", as_of="2018年5月2日"),
        fact(G, "park_group", "planned_investment_cny", 33000000000.0, "总投资达330亿元,涵盖了基础设施", as_of="2018年5月2日"),
        fact(GS, "park_group", "projects_started", 41, "今天开工的项目共41项", as_of="2018年5月2日"),
        fact(GS, "park_group", "planned_investment_cny", 28676000000.0, "总投资286.76亿元", as_of="2018年5月2日"),
        fact(GC, "park_group", "projects_completed", 17, "竣工项目共17项", as_of="2018年5月2日"),
        fact(GC, "park_group", "planned_investment_cny", 4330000000.0, "总投资43.3亿元", as_of="2018年5月2日"),
    ])
