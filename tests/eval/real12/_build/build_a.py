from lib import *

EB = "likgjava/eb"
EB_COMMIT = "f8538e3d04bed1f4b1ed203f3e45f6df3f001096"

# ---------------- z01 义县七里河工业园区 (2010 春节, chinaacc.com 转载)
P = "七里河工业园区"
PJ = "乳品深加工项目"
GY = "义县国大乳业有限公司"
EVP = "义县全面规划了七里河工业园区、凌北经济区、高台子工业园区和凌岸畜牧养殖加工园区"
G9 = "义县2009年招商引资"
write("z01", {
    "title": "全面规划5个百亿产业集群 春节里感受“义县速度”",
    "outlet": "原刊媒体未注明（文中“记者”，未署名），转载于中华会计网校 chinaacc.com 新闻频道（网站责任编辑 辛歆）",
    "published": "2010-02-23", "published_precision": "day",
    "register": "local news feature (reposted) on a county industrial park during the Spring Festival: a dairy project under construction, the park's start-up area and settled firms, the county's four planned parks and its 2009 investment-promotion figures",
    "source_url": "http://chinaacc.com/new/403_425/2010_2_23_xi41544645291322010211776.shtml",
    "note": "页面日期取自网址路径（2010_2_23）；文中“正月初三上午”=2010年2月16日。文末“【我要纠错】 责任编辑:辛歆”和“相关资讯:/热点专题:”等网站栏目列表已删；“基本框架。 2009年”中的空格照录"},
    parks=[
        park(P, "记者来到义县七里河工业园区", city="锦州", district="义县", province="辽宁", kind="工业园区",
             aliases=["义县七里河工业园区"], note="城市（锦州）与省份（辽宁）不在文中；文中出现沈阳等地名"),
        park("高台子工业园区", EVP, city="锦州", district="义县", province="辽宁", kind="工业园区",
             note="县里“全面规划”的园区之一"),
        park("凌岸畜牧养殖加工园区", EVP, city="锦州", district="义县", province="辽宁", kind="农畜产品加工园区",
             note="县里“全面规划”的园区之一"),
        park("凌北经济区", EVP, city="锦州", district="义县", province="辽宁", kind="经济区", optional=True,
             note="“经济区”，是否为产业园区不明"),
    ],
    companies=[
        company(GY, "义县国大乳业有限公司乳品深加工项目投资5亿余元", park=P,
                note="其项目是“园区里的很多项目”之一，在七里河工业园区建设"),
    ],
    projects=[
        project(PJ, "义县国大乳业有限公司乳品深加工项目投资5亿余元", park=P, companies=[GY],
                inv=500000000.0, inv_text=None, qualifier="余", status="在建",
                status_text="2009年9月开始土建施工…2011年6月正式投产（春节期间未停工）",
                aliases=["义县国大乳业有限公司乳品深加工项目"],
                note="原文“投资5亿余元”：check_gold 的金额解析读不出“亿余元”，investment_text 留空，investment_cny 按5亿计、qualifier 余（同 real10 y03）；项目名不带投资方，带投资方的全名作别名（同 real10 y04）"),
    ],
    facts=[
        fact(P, "park", "enterprises", 32, "目前已落户企业32家", as_of="2010年2月"),
        fact(P, "park", "infrastructure_investment_cny", 260000000.0,
             "县里投资2.6亿元,完成了七里河工业园区3平方公里起步区的基础设施建设", as_of="2010年2月",
             note="县里为园区起步区基础设施的投资（已完成）"),
        fact(P, "park", "startup_area_km2", 3, "完成了七里河工业园区3平方公里起步区的基础设施建设", as_of="2010年2月",
             note="起步区面积"),
        fact(PJ, "project", "expected_revenue_cny", 2200000000.0, "可实现年销售收入22亿元", kind="target",
             note="建成后"),
        fact(PJ, "project", "annual_capacity_tonnes", 226000, "建成后年产22.6万吨乳制品", unit="tonnes", kind="target",
             optional=True, note="产能"),
        fact("义县百亿产业集群", "park_group", "clusters_count", 5, "形成了5个百亿产业集群的基本框架", optional=True,
             note="规划框架（标题亦称“全面规划5个百亿产业集群”）；非园区统计"),
        fact(G9, "park_group", "investment_promotion_events", 10, "2009年,义县开展主题概念招商活动10次", as_of="2009年",
             optional=True, note="县的招商数字，非园区"),
        fact(G9, "park_group", "agreements", 110, "达成合作意向及协议110项", as_of="2009年", optional=True,
             note="县的招商数字，非园区"),
        fact(G9, "park_group", "projects_signed", 45, "签约项目45项", as_of="2009年", optional=True,
             note="县的招商数字，非园区"),
        fact(G9, "park_group", "signed_contract_value_cny", 4250000000.0, "协议引资金额42.5亿元", as_of="2009年",
             optional=True, note="县的招商数字，非园区"),
    ])

# ---------------- z02 宜昌高新区 湖北深圳工业园(猇亭园区) (2011, page.lgmi.com)
YG = "宜昌高新区"
SZ = "湖北深圳工业园"
EV1 = ("宜昌高新区在北京与联邦电缆公司、德国斯凯特机械公司、瑞士布斯公司签约,投资20.2亿元的高分子电缆材料及新型电缆设备"
       "制造项目、国家级物流港保税区正式落户宜昌高新区湖北深圳工业园(猇亭园区)")
EVT = ("三峡全通涂镀板一期、兴发草甘膦、有机硅及电子级磷酸、南玻多晶硅及硅片、宜化高浓度复合肥及保险粉、三新磷化等一批"
       "重点项目建成投产")
EVB = "联邦电缆、中兴汽车、富程科技等一批优势项目正在加紧建设"
EVS = "宜化工业园、兴发精细化工园、三峡全通工业园、南玻光伏产业园等几大园区粗具规模"
A11 = "2011年3月"
NS = "“几大园区”之一，湖北深圳工业园内的园区"
PR = dict(status="投产", status_text="建成投产", park=SZ)
NCP = "只出现在项目名中"
write("z02", {
    "title": None,
    "title_note": "(no headline) 宜昌高新区湖北深圳工业园(猇亭园区)签约落户高分子电缆材料及新型电缆设备制造项目、国家级物流港保税区；园区累计完成投资215亿元",
    "outlet": "原刊媒体与作者未注明，存于 page.lgmi.com",
    "published": "2011-03-22", "published_precision": "day",
    "register": "repost of a local item on a high-tech zone's sub-park: a signed cable-materials project, the park's cumulative project figures, its sub-parks, firm counts and the year's targets",
    "source_url": "http://page.lgmi.com/html/201103/22/5044.htm",
    "note": "存档页无标题，文件从正文开始；页面日期取自网址路径（201103/22）；文末表格边框“ |”已删"},
    parks=[
        park(YG, "3月上旬,宜昌高新区在北京与联邦电缆公司", city="宜昌", province="湖北", kind="高新区",
             note="省份不在文中（“全省首家湖北深圳工业园”）"),
        park(SZ, "正式落户宜昌高新区湖北深圳工业园(猇亭园区)", city="宜昌", district="猇亭区", province="湖北",
             kind="工业园(加工贸易梯度转移承接园)", aliases=["猇亭园区"], parent=YG,
             note="“宜昌高新区湖北深圳工业园(猇亭园区)”；2008年设立"),
        park("宜化工业园", EVS, city="宜昌", province="湖北", kind="园中园", parent=SZ, note=NS),
        park("兴发精细化工园", EVS, city="宜昌", province="湖北", kind="园中园", parent=SZ, note=NS),
        park("三峡全通工业园", EVS, city="宜昌", province="湖北", kind="园中园", parent=SZ, note=NS),
        park("南玻光伏产业园", EVS, city="宜昌", province="湖北", kind="园中园", parent=SZ, note=NS),
    ],
    companies=[
        company("联邦电缆公司", EV1, park=SZ, aliases=["联邦电缆"],
                note="签约方，项目落户湖北深圳工业园；园区内“联邦电缆…优势项目正在加紧建设”"),
        company("德国斯凯特机械公司", EV1, park=SZ, note="签约方，项目落户湖北深圳工业园（同 real11 z12 签约方随项目所在园区）"),
        company("瑞士布斯公司", EV1, park=SZ, note="签约方，项目落户湖北深圳工业园"),
        company("中兴汽车", EVB, park=SZ, optional=True, note="以企业名称项目（“优势项目”）"),
        company("富程科技", EVB, park=SZ, optional=True, note="以企业名称项目（“优势项目”）"),
        company("三峡全通", EVT, park=SZ, optional=True, note=NCP),
        company("兴发", EVT, park=SZ, optional=True, note=NCP),
        company("南玻", EVT, park=SZ, optional=True, note=NCP),
        company("宜化", EVT, park=SZ, optional=True, note=NCP),
        company("三新", EVT, park=SZ, optional=True, note=NCP + "（“三新磷化”）"),
    ],
    projects=[
        project("高分子电缆材料及新型电缆设备制造项目", EV1, park=SZ,
                companies=["联邦电缆公司", "德国斯凯特机械公司", "瑞士布斯公司"], inv=2020000000.0,
                inv_text="投资20.2亿元", status="签约", status_text="签约…正式落户",
                note="“投资20.2亿元的”在语法上修饰电缆项目；是否也含并列的物流港保税区，文中不明"),
        project("国家级物流港保税区", EV1, park=SZ, status="签约", status_text="签约…正式落户",
                note="与电缆项目一同签约落户；未给金额"),
        project("三峡全通涂镀板一期", EVT, companies=["三峡全通"], phase="一期", **PR),
        project("兴发草甘膦", EVT, companies=["兴发"], **PR),
        project("有机硅及电子级磷酸", EVT, **PR),
        project("南玻多晶硅及硅片", EVT, companies=["南玻"], **PR),
        project("宜化高浓度复合肥及保险粉", EVT, companies=["宜化"], **PR),
        project("三新磷化", EVT, companies=["三新"], **PR),
        project("中兴汽车", EVB, park=SZ, companies=["中兴汽车"], status="在建", status_text="正在加紧建设",
                note="项目以企业名称称（同 real11 z02）"),
        project("富程科技", EVB, park=SZ, companies=["富程科技"], status="在建", status_text="正在加紧建设",
                note="项目以企业名称称"),
        project("联邦电缆", EVB, park=SZ, companies=["联邦电缆公司"], status="在建", status_text="正在加紧建设",
                optional=True, note="以企业名称称的在建项目；与3月签约的电缆项目是否同一项目不明，设为可选"),
    ],
    facts=[
        fact(SZ, "park", "projects_started", 75, "目前已开工建设投资过千万元的项目75个", kind="cumulative", as_of=A11,
             note="投资过千万元的已开工项目（累计）"),
        fact(SZ, "park", "projects_over_100m", 30, "其中过亿元的项目30个", kind="cumulative", as_of=A11, optional=True,
             note="规模档"),
        fact(SZ, "park", "completed_investment_cny", 21500000000.0, "累计完成投资215亿元", kind="cumulative", as_of=A11),
        fact(SZ, "park", "projects_in_production", 70, "有70个项目竣工投产、发挥效益", kind="cumulative", as_of=A11),
        fact(SZ, "park", "enterprises_above_scale", 33, "园区内规模以上企业发展到33家", as_of=A11),
        fact(SZ, "park", "enterprises_output_over_100m", 14, "其中产值过亿元企业14家", as_of=A11, optional=True,
             note="规模档"),
        fact(SZ, "park", "enterprises_output_over_1bn", 5, "过10亿元的5家", as_of=A11, optional=True, note="规模档"),
        fact(SZ, "park", "enterprises_output_over_10bn", 2, "过100亿元的2家", as_of=A11, optional=True, note="规模档"),
        fact(SZ, "park", "projects_planned", 40, "湖北深圳工业园今年还将有40个项目落地和开工建设", kind="target",
             as_of="2011年"),
        fact(SZ, "park", "planned_investment_cny", 15000000000.0, "总投资超过150亿元", qualifier="超",
             qualifier_text="超过", kind="target", as_of="2011年", note="今年拟落地、开工的40个项目"),
        fact(SZ, "park", "output_value_cny", 40600000000.0, "工业总产值确保达到406亿元", kind="target", as_of="2011年"),
    ])

# ---------------- z03 6亿美元LED项目落户增城 (阳光易购 2011, GitHub likgjava/eb)
P = "增城经济技术开发区"
PJ = "LED外延片、芯片项目"
EV = "增城经济技术开发区在凤凰城酒店隆重举行LED外延片、芯片项目落户签约仪式"
write("z03", {
    "title": "6亿美元LED项目落户增城",
    "outlet": "阳光易购（政府采购门户）“采购焦点资讯”栏目（发布人 郭尧 邱远祥；原刊媒体未注明）",
    "published": "2011-03-28", "published_precision": "day",
    "register": "short news item (reposted on a procurement portal) on a dollar-denominated LED chip project signed into an economic and technological development zone",
    "source_url": f"GitHub {EB} (commit {EB_COMMIT}), webapp/view/staticpags/cgxqzx/ff8080812eec2137012ef9fe0de406c8.jsp",
    "note": "取自 GitHub 仓库中存档的门户新闻页（JSP）：<h1> 标题和正文 <p> 段落，HTML 实体已解码；“发布时间：2011-03-28”“发布人：-郭尧 邱远祥”两行和页面框架已删；正文全角标点照录；签约日“26日”（2011年3月26日）"},
    parks=[
        park(P, EV, city="广州", district="增城", province="广东", kind="经济技术开发区",
             note="城市与省份不在文中（文中有“新广州新商机”推介会）"),
    ],
    projects=[
        dict(project(PJ, "LED外延片、芯片项目落户签约仪式，这是“新广州新商机”北京推介会首个落地项目。该项目投资总额达6亿美元",
                     park=P, inv=None, inv_text="投资总额达6亿美元", status="签约", status_text="落户签约仪式",
                     note="美元计价：investment_cny 留空，currency/amount_original 记原值（同 dev h01、real10 y14）"),
             currency="USD", amount_original=600000000.0),
    ],
    facts=[
        fact(PJ, "project", "planned_investment_usd", 600000000.0, "该项目投资总额达6亿美元", unit="usd", optional=True,
             note="与项目的 investment_text/amount_original 重复，设为可选"),
        fact(PJ, "project", "annual_capacity_units", 1800000, "预计项目投产后年产芯片可达180万片", kind="target",
             note="芯片年产量（片）"),
    ])

# ---------------- z04 连云港国家东中西区域合作示范区 特色产业园区 (2012, polymer.cn)
SF = "连云港国家东中西区域合作示范区"
ZR = "中日生态科技产业园"
XW = "徐圩石化产业基地"
XX = "徐圩新区"
LK = "连云港国家级经济技术开发区"
EV1 = ("该市全力打造中日生态科技产业园、徐圩石化产业基地、中德中小企业园、国家新能源产业及中小企业科技创新成果转化示范园等"
       "国家层面的特色产业园区")
EVZ = "中日生态科技产业园项目位于连云港国家级经济技术开发区,总投资60亿美元"
EVX = "虹港石化、珠江钢管、海通不锈钢等一大批投资过百亿元的重大产业项目纷纷落户"
EVS = "中石化输油管道、原油码头、炼化一体化项目正在全力开展前期工作,将在“十二五”期间开工建设"
NFP = "文中以企业字号称的“重大产业项目”"
PL = dict(status="planned", status_text="正在全力开展前期工作,将在“十二五”期间开工建设", park=XW, companies=["中石化"])
write("z04", {
    "title": None,
    "title_note": "(no headline) 连云港国家东中西区域合作示范区打造国家层面特色产业园区：中日生态科技产业园项目总投资60亿美元，徐圩石化产业基地百亿级项目落户",
    "outlet": "中国聚合物网 polymer.cn（转载，原刊媒体与作者未注明）",
    "published": "2012-07-20", "published_precision": "day",
    "register": "trade-portal repost on a city's national cooperation demonstration zone and its four special industrial parks: a dollar-denominated Sino-Japanese park project in an ETDZ, a petrochemical base in a new area with landed and planned projects",
    "source_url": "http://polymer.cn/polymernews/2012-7-20/_201272093735993.htm",
    "note": "存档页无标题，文件从正文开始；页面日期取自网址路径（2012-7-20）；“去年5月获批”指2011年5月"},
    parks=[
        park(SF, "连云港国家东中西区域合作示范区于去年5月获批后", city="连云港", province="江苏", kind="国家级区域合作示范区",
             note="省份不在文中"),
        park(ZR, EV1, city="连云港", province="江苏", kind="国际合作产业园", parent=LK,
             note="亦作项目（“中日生态科技产业园项目位于连云港国家级经济技术开发区”）"),
        park(XW, EV1, city="连云港", province="江苏", kind="石化产业基地", parent=XX,
             note="“徐圩石化产业基地项目位于…徐圩新区”"),
        park("中德中小企业园", EV1, city="连云港", province="江苏", kind="国际合作产业园"),
        park("国家新能源产业及中小企业科技创新成果转化示范园", EV1, city="连云港", province="江苏", kind="示范园"),
        park(LK, EVZ, city="连云港", province="江苏", kind="国家级经济技术开发区"),
        park(XX, "国家东中西区域合作示范区的先导区——徐圩新区", city="连云港", province="江苏", kind="新区", parent=SF,
             note="示范区的先导区"),
    ],
    companies=[
        company("日本国际协力银行", "该项目由连云港市与日本国际协力银行及日资企业合作共建", kind="other", optional=True,
                note="合作共建方（政策性银行）"),
        company("虹港石化", EVX, park=XW, optional=True, note=NFP),
        company("珠江钢管", EVX, park=XW, optional=True, note=NFP),
        company("海通不锈钢", EVX, park=XW, optional=True, note=NFP),
        company("中石化", EVS, optional=True, note="只出现在项目名中"),
    ],
    projects=[
        dict(project("中日生态科技产业园项目", EVZ, park=LK, companies=["日本国际协力银行"], inv=None,
                     inv_text="总投资60亿美元", status=None, status_text="全力打造…已纳入两国政府合作项目",
                     note="美元计价：investment_cny 留空，currency/amount_original 记原值；文中未给阶段"),
             currency="USD", amount_original=6000000000.0),
        project("徐圩石化产业基地项目", "徐圩石化产业基地项目位于沿海开发的主战场", park=XX, status=None,
                status_text="全力打造", note="建园项目，未给金额和阶段"),
        project("虹港石化", EVX, park=XW, companies=["虹港石化"], status=None, status_text="纷纷落户",
                note="“投资过百亿元的重大产业项目”之一；“落户”未说明阶段；金额为一批项目共用的“过百亿元”，不记（同 real10 y08）"),
        project("珠江钢管", EVX, park=XW, companies=["珠江钢管"], status=None, status_text="纷纷落户",
                note="同上"),
        project("海通不锈钢", EVX, park=XW, companies=["海通不锈钢"], status=None, status_text="纷纷落户",
                note="同上"),
        project("中石化输油管道", EVS, **PL),
        project("原油码头", EVS, **PL, note="前缀“中石化”按并列读作也适用于本项"),
        project("炼化一体化项目", EVS, **PL, note="前缀“中石化”按并列读作也适用于本项"),
    ],
    facts=[
        fact("中日生态科技产业园项目", "project", "planned_investment_usd", 6000000000.0, EVZ.split(",")[1], unit="usd",
             optional=True, note="与项目的 investment_text/amount_original 重复，设为可选"),
        fact("连云港国家东中西区域合作示范区国家层面特色产业园区", "park_group", "parks_count", 4, EV1, optional=True,
             note="文中列出4个，未写数字"),
    ])

# ---------------- z05 拉萨经开区打造“投资创业高地” (2013, 56china.com)
P = "拉萨经济技术开发区"
A = "2013年12月"
TD = "西藏天地绿色饮品发展有限公司"
WH = "西藏娃哈哈食品有限公司"
EVC = "西藏天地绿色饮品发展有限公司、西藏娃哈哈食品有限公司两家企业实现工业产值3.18亿元"
BQ = "开发区B区建设项目"
EVB = "“开发区B区建设项目正式启动以来,柳东路、乃岗路、拉青路等13条市政道路基本完成基础性工程"
write("z05", {
    "title": "拉萨经开发区打造“投资创业高地”",
    "outlet": "原刊媒体未注明（文末署名“杨正林”），存于 56china.com 新闻资讯·地方报道·西藏",
    "published": "2013-12-31", "published_precision": "day",
    "register": "news feature (reposted) on a national ETDZ's year: landed firms and their investment, its project pipeline by stage, two anchor firms' output and a new zone's road building",
    "source_url": "http://56china.com/2013/1231/93949.html",
    "note": "站点导航、面包屑“您现在的位置:首页新闻资讯地方报道西藏”、重复的标题、“2013-12-31 10:57:03 作者:admin 来源: 浏览次数:0 网友评论 0”、文中残留的 HTML 标记“</p>”（两处）、段首缩进和文末“重点阅读 / [错误报告] [推荐] [收藏] [打印]”已删；标题中“经开发区”照录"},
    parks=[
        park(P, "国家级拉萨经济技术开发区以当地资源的开发利用为招商引资突破口", city="拉萨", province="西藏",
             kind="国家级经济技术开发区", aliases=["拉萨经开区"], note="标题写作“拉萨经开发区”"),
    ],
    companies=[
        company(TD, EVC, park=P, note="开发区龙头企业"),
        company(WH, EVC, park=P, note="开发区龙头企业"),
    ],
    projects=[
        project(BQ, EVB, park=P, status="在建", status_text="正式启动以来…基本完成基础性工程",
                note="B区建设；13条市政道路的基础性工程基本完成"),
    ],
    facts=[
        fact(P, "park", "enterprises", 102, "开发区落地实体企业102家", as_of=A, note="落地实体企业"),
        fact(P, "park", "planned_investment_cny", 29390000000.0, "总投资293.9亿元,其中工业企业60家", as_of=A,
             note="落地实体企业的总投资"),
        fact(P, "park", "industrial_enterprises", 60, "其中工业企业60家", as_of=A),
        fact(P, "park", "projects_in_production", 30, "已投产运营项目30个", as_of=A),
        fact(P, "park", "projects_in_production_investment_cny", 2270000000.0, "总投资22.7亿元;主体完工待投产项目",
             as_of=A),
        fact(P, "park", "projects_completed_awaiting_production", 13, "主体完工待投产项目13个", as_of=A),
        fact(P, "park", "projects_completed_awaiting_production_investment_cny", 2360000000.0,
             "总投资23.6亿元;续建项目", as_of=A),
        fact(P, "park", "continuing_projects", 11, "续建项目11个", as_of=A),
        fact(P, "park", "continuing_projects_investment_cny", 2120000000.0, "总投资21.2亿元;已选址项目", as_of=A),
        fact(P, "park", "projects_sited", 6, "已选址项目6个", as_of=A),
        fact(P, "park", "projects_sited_investment_cny", 920000000.0, "总投资9.2亿元;意向项目", as_of=A),
        fact(P, "park", "projects_intended", 20, "意向项目20个", as_of=A),
        fact(P, "park", "projects_intended_investment_cny", 14230000000.0, "总投资142.3亿元。今年", as_of=A),
        fact(f"{TD}、{WH}", "company", "output_value_cny", 318000000.0, "实现工业产值3.18亿元,占开发区工业总产值的65%",
             as_of="2013年", note="两家企业合计"),
        fact(f"{TD}、{WH}", "company", "share_of_park_output", 0.65, "占开发区工业总产值的65%", unit="ratio",
             kind="ratio", as_of="2013年", optional=True),
        fact(BQ, "project", "roads", 13, "柳东路、乃岗路、拉青路等13条市政道路基本完成基础性工程", as_of=A),
        fact(BQ, "project", "road_length_km", 18.76, "总长18.76公里", unit="km", as_of=A),
        fact(BQ, "project", "planned_investment_cny", 1130000000.0, "总投资11.3亿元。开发区已由A区", as_of=A,
             note="13条市政道路的总投资"),
    ])

# ---------------- z06 桂平市园区经济 (广西日报 2015, gxcounty.com)
MP = "木乐镇工业园区"
GP = "桂平市园区"
G7 = "桂平市2015年6月下旬集中开工重大项目"
EV3 = "威颜食品生产项目、联汇盛鞋业生产项目、金谷农业(淮山)深加工项目等先后开工、竣工、投产或投入使用"
MIX = dict(status=None, status_text="先后开工、竣工、投产或投入使用")
A8 = "2015年1-8月"
NCP = "只出现在项目名中"
write("z06", {
    "title": None,
    "title_note": "(no headline) 桂平市园区经济撑起工业半壁江山：1-8月园区工业总产值120多亿元，7个重大项目集中开工，木乐镇工业园区服装城崛起",
    "outlet": "广西日报（“桂平讯”，未署名；网站编辑 芝洲莫鱼），转载于广西县域经济网 gxcounty.com",
    "published": "2015-10-12", "published_precision": "day",
    "register": "provincial party paper county item (reposted) on a county-level city's industrial parks: the parks' share of output, infrastructure spending, a batch of starts, named projects and a town park's garment cluster",
    "source_url": "http://gxcounty.com/news/xyjjbd/20151012/113092.html",
    "note": "存档页无标题，文件从正文开始；日期/来源行“2015年10月12日 来源:广西日报”、“0 收藏 打印 增大字体 减小字体”、段首缩进和文末“扫二维码,手机阅读本文 / 编辑:芝洲莫鱼 / 分享 / 首页”已删"},
    parks=[
        park(MP, "在桂平市木乐镇工业园区,休闲运动服装加工城迅猛崛起", city="贵港", district="桂平市", province="广西",
             kind="镇级工业园区", aliases=["桂平市木乐镇工业园区"], note="城市（贵港）与省份不在文中"),
    ],
    companies=[
        company("威颜食品", EV3, optional=True, note=NCP),
        company("联汇盛鞋业", EV3, optional=True, note=NCP),
        company("金谷农业", EV3, optional=True, note=NCP),
        company("广西贵通", "广西贵通新能源汽车项目等7个重大项目在6月下旬集中开工", optional=True, note=NCP),
    ],
    projects=[
        project("广西贵通新能源汽车项目", "广西贵通新能源汽车项目等7个重大项目在6月下旬集中开工", companies=["广西贵通"],
                status="开工", status_text="集中开工", note="文中未说在哪个园区"),
        project("威颜食品生产项目", EV3, companies=["威颜食品"], **MIX,
                note="“先后开工、竣工、投产或投入使用”未说明各项目阶段（同 real8 w12 记 null）"),
        project("联汇盛鞋业生产项目", EV3, companies=["联汇盛鞋业"], **MIX, note="阶段不明"),
        project("金谷农业(淮山)深加工项目", EV3, companies=["金谷农业"], **MIX, note="阶段不明"),
    ],
    facts=[
        fact(GP, "park_group", "output_value", 12000000000.0, "园区经济工业总产值120多亿元", unit="cny",
             qualifier_text="多", as_of=A8,
             note="“120多亿元”：check_gold 读不出“多亿元”，metric 不带 _cny（同 real8 w07）；多 → qualifier null"),
        fact(GP, "park_group", "output_share_of_city", 0.508, "占全市规模以上工业总产值50.8%", unit="ratio", kind="ratio",
             as_of=A8, optional=True),
        fact("桂平市四大工业园区", "park_group", "infrastructure_investment_cny", 200000000.0, "全市四大工业园区投入2亿元",
             as_of="2015年", note="基础设施投入"),
        fact("桂平市四大工业园区", "park_group", "parks_count", 4, "全市四大工业园区投入2亿元", optional=True,
             note="汉字“四大”"),
        fact(G7, "park_group", "projects_started", 7, "广西贵通新能源汽车项目等7个重大项目在6月下旬集中开工",
             as_of="2015年6月下旬"),
        fact(G7, "park_group", "planned_investment", 5400000000.0, "总投资额达54亿多元", unit="cny", qualifier_text="多",
             as_of="2015年6月下旬", note="“54亿多元”：check_gold 读不出，metric 不带 _cny"),
        fact("桂平市", "park_group", "above_scale_output_value", 24000000000.0, "全市完成规模以上工业总产值240多亿元",
             unit="cny", qualifier_text="多", as_of=A8, optional=True, note="全市数字，非园区"),
        fact("桂平市", "park_group", "above_scale_output_value_yoy_growth", 0.079, "同比增长7.9%", kind="ratio", as_of=A8,
             optional=True, note="全市"),
        fact("木乐镇", "park_group", "enterprises", 240, "目前全镇共有从事服装、针织、绣花等民营企业240多家",
             qualifier_text="多", as_of="2015年10月", optional=True, note="“全镇”的数字，是否只算园区不明"),
        fact("木乐镇", "park_group", "garment_enterprises", 60, "其中服装企业60多家", qualifier_text="多",
             as_of="2015年10月", optional=True, note="全镇"),
        fact("木乐镇", "park_group", "employees", 20000, "从业人员逾2万人", qualifier="超", qualifier_text="逾",
             as_of="2015年10月", optional=True, note="全镇"),
        fact("木乐镇", "park_group", "annual_output_units", 100000000, "每年生产休闲运动服1亿件(套)", optional=True,
             note="全镇"),
        fact("木乐镇", "park_group", "output_value", 3000000000.0, "产值达30多亿元", unit="cny", qualifier_text="多",
             optional=True, note="全镇；“30多亿元”读不出，metric 不带 _cny"),
    ])

# ---------------- z07 新疆准东开发区 (央广网 2017, 工业园网)
P = "准东开发区"
A16 = "截至2016年底"
write("z07", {
    "title": "砥砺奋进的五年 新疆准东工业经济步入“快车道”",
    "outlet": "央广网（记者 张雷，昌吉台记者 凯华），工业园网 xj.cnipai.com 新疆站（用户上传）",
    "published": "2017-10-19", "published_precision": "day",
    "register": "national radio network's website item (reposted on an industrial-park portal) on a coal-chemical development zone's five years: project counts, firm counts, population and cumulative investment",
    "source_url": "https://xj.cnipai.com/news/detail/177675.html",
    "note": "页首“新疆切换 / 新闻”、上传时间“2017 / 10/19 / 11:51”和文末工业园网免责声明、举报行已删；电头“央广网昌吉10月16日消息”"},
    parks=[
        park(P, "新疆准东开发区作为国家现代煤化工产业示范区", city="昌吉", province="新疆", kind="开发区(国家现代煤化工产业示范区)",
             aliases=["新疆准东开发区"], note="全称（新疆准东经济技术开发区）不在文中；昌吉州据文末“为昌吉州和新疆…”"),
    ],
    institutions=[
        inst("准东开发区经济发展局", "准东开发区经济发展局产业科科长张茂清介绍"),
    ],
    facts=[
        fact(P, "park", "continuing_projects", 20, "由2012年的20个续建项目、5个新建项目", as_of="2012年"),
        fact(P, "park", "new_projects", 5, "5个新建项目发展到2017年", as_of="2012年"),
        fact(P, "park", "planned_projects", 113, "2017年开发区计划实施项目113个", kind="target", as_of="2017年"),
        fact(P, "park", "planned_new_projects", 77, "其中新建项目77个", kind="target", as_of="2017年"),
        fact(P, "park", "projects_started", 77, "77个项目已开工建设,开工率100%", as_of="2017年10月",
             note="今年77个新建项目全部开工"),
        fact(P, "park", "tender_completion_rate", 1.0, "招投标率为100%", unit="ratio", kind="ratio",
             as_of="2017年10月", optional=True),
        fact(P, "park", "start_rate", 1.0, "开工率100%", unit="ratio", kind="ratio", as_of="2017年10月", optional=True),
        fact(P, "park", "enterprises", 572, "开发区入驻企业572家", as_of=A16),
        fact(P, "park", "enterprises_above_scale", 26, "其中规模以上26家", as_of=A16),
        fact(P, "park", "population", 100000, "常驻及流动人口达10万人", as_of=A16, note="常驻及流动人口"),
        fact(P, "park", "fixed_asset_investment_cny", 210000000000.0, "累计完成投资2100亿元", kind="cumulative",
             as_of=A16),
        fact(P, "park", "cumulative_investment_growth_multiple", 14.3, "累计投资增长了14.3倍", unit="multiple",
             kind="ratio", as_of="十八大以来", optional=True),
        fact(P, "park", "output_value_annual_growth_multiple", 2.9, "工业总产值年均增长2.9倍", unit="multiple",
             kind="ratio", as_of="十八大以来", optional=True),
        fact(P, "park", "value_added_annual_growth_multiple", 3.2, "工业增加值年均增长3.2倍", unit="multiple",
             kind="ratio", as_of="十八大以来", optional=True),
    ])

# ---------------- z08 望城经开区规模工业总产值迈入“千亿俱乐部” (长沙晚报 2018, 红网)
P = "望城经济技术开发区"
A = "2017年"
write("z08", {
    "title": "望城经开区规模工业总产值迈入“千亿俱乐部”",
    "outlet": "长沙晚报（记者 朱华；编辑 徐丹），红网 hn.rednet.cn 湖南频道",
    "published": "2018-02-03", "published_precision": "day",
    "register": "municipal evening paper year-end item on a national ETDZ's 2017 results (projects under construction and completed, firms attracted by size band) and its 2018 growth targets",
    "source_url": "https://hn.rednet.cn/c/2018/02/03/871977.htm",
    "note": "面包屑“当前位置:”、来源/作者/编辑/时间行、“时刻新闻 / —分享—”、段首缩进和文末来源/作者/编辑行、“阅读下一篇 / 返回红网首页 返回湖南频道首页”已删；文中“昨日”=2月2日"},
    parks=[
        park(P, "国家级望城经济技术开发区2017年度“产业强园”评先活动总结表彰暨2018年经济工作会议召开", city="长沙",
             district="望城区", province="湖南", kind="国家级经济技术开发区", aliases=["望城经开区"],
             note="城市（长沙）据报纸名，省份不在文中"),
    ],
    facts=[
        fact(P, "park", "above_scale_output_value", 100000000000.0, "规模工业总产值昂首迈入“千亿俱乐部”", unit="cny",
             qualifier="超", qualifier_text="迈入“千亿俱乐部”", as_of=A, optional=True,
             note="“千亿”无具体数字，亦无“元”"),
        fact(P, "park", "projects_under_construction", 51, "望城经开区51个单体项目、22个平台项目全面铺开建设", as_of=A,
             note="单体项目"),
        fact(P, "park", "platform_projects_under_construction", 22, "22个平台项目全面铺开建设", as_of=A),
        fact(P, "park", "floor_area_under_construction_m2", 1000000, "在建面积逾100万平方米", qualifier="超",
             qualifier_text="逾", as_of=A),
        fact(P, "park", "projects_completed", 42, "42个产业项目竣工投运", as_of=A),
        fact(P, "park", "signing_events", 3, "全年共举办三次重大项目集中签约活动", as_of=A, optional=True,
             note="汉字“三次”"),
        fact(P, "park", "enterprises_attracted", 28, "引进投资过亿元企业28家", as_of=A, note="投资过亿元"),
        fact(P, "park", "projects_over_10bn", 1, "其中投资过100亿元项目1个", as_of=A, optional=True, note="规模档"),
        fact(P, "park", "projects_over_5bn", 2, "过50亿元项目2个", as_of=A, optional=True, note="规模档"),
        fact(P, "park", "fortune500_enterprises", 4, "世界500强企业4家", as_of=A, note="引进企业中"),
        fact(P, "park", "listed_companies", 12, "上市公司12家", as_of=A, note="引进企业中"),
        fact(P, "park", "above_scale_output_value_growth_target", 0.125, "力争规模工业总产值同比增长12.5%", unit="ratio",
             kind="target", as_of="2018年", optional=True),
        fact(P, "park", "above_scale_value_added_growth_target", 0.125, "规模工业增加值同比增长12.5%", unit="ratio",
             kind="target", as_of="2018年", optional=True),
        fact(P, "park", "hitech_output_growth_target", 0.13, "高新技术产值同比增长13%", unit="ratio", kind="target",
             as_of="2018年", optional=True),
        fact(P, "park", "fiscal_revenue_growth_target", 0.1, "财政总收入同比增长10%", unit="ratio", kind="target",
             as_of="2018年", optional=True),
        fact(P, "park", "tax_revenue_growth_target", 0.1, "税收收入同比增长10%", unit="ratio", kind="target",
             as_of="2018年", optional=True),
    ])
