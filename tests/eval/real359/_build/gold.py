# real359 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (all seven items simplified script as published); names as written in the text;
# 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny
# facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park the text
# places the project in, null if none (a city or county is not a park). Status from the text's words (开工 / 开工建设 / 集中开工
# / 启动建设 → 开工; 投产 / 全面投产 → 投产; 竣工 → 竣工). “预计” figures are kind target with “（预计）” in as_of; city- or
# province-wide totals of a collective groundbreaking are optional facts about a region. Sources are `search` (corpus pages)
# excerpts typed into _raw/pages/otNN.raw as returned.

# ---------------------------------------------------------------- ot01 洋浦27个重点项目集中投产和开工 (儋州广播电视台 2023)
YP = "洋浦经济开发区"
A0 = "2023年度洋浦经济开发区重点项目集中投产和开工仪式举行"
A1 = "据了解,本次集中投产和开工项目共27个,总投资约268亿元。"
A2 = "国际集装箱枢纽港扩建工程顺利开工,百万吨乙烯项目全面投产"
A3 = "工业增加值250.5亿元,增长29.1%"
G["ot01"] = dict(
 article=art("洋浦27个重点项目集中投产和开工,总投资约268亿元!", "儋州广播电视台（danzhoutv.net；存段无署名）", "2023-12-28", "day",
  "City broadcaster's news site, Hainan: a development zone's year-end collective start / commissioning ceremony — count and total of projects, the year's named projects started and in production, the city-and-zone's industrial value added",
  "https://danzhoutv.net/newstt/4300.html",
  "日期：文中“12 / 28日,2023年度洋浦经济开发区重点项目集中投产和开工仪式举行”（页面把“12”单列一行，月字缺；“12”行作残缺日期删去，正文以“28日,”起），发布日按活动日记 2023-12-28。标题照录（含“!”）；“来源: 儋州广播电视台 点击: 收藏”删。存段末句“其中,投产项目8个,开工项目19个,涵盖先进制造、石化”中断，整句删去（LINE_SUFFIX），正文截至“…总投资约268亿元。”。园区：洋浦经济开发区（文中又作“洋浦”；儋州市，海南）；“洋浦保税港区”只出现在“洋浦保税港区政策扩区试点”中，列为可选园区（母园区洋浦经济开发区）。项目：国际集装箱枢纽港扩建工程（顺利开工→开工）、百万吨乙烯项目（全面投产→投产），均为任延新致辞中“今年以来”的事项，园区归洋浦经济开发区（由语境推定）；27个集中项目未点名。工业增加值250.5亿元属“儋州洋浦”（市与开发区合计），列为可选事实。",
  "ot01"),
 parks=[
  park(YP, "儋州", "海南", "经济开发区", A0, note="文中又作“洋浦”"),
  park("洋浦保税港区", "儋州", "海南", "保税港区", "洋浦保税港区政策扩区试点顺利迈出第一步", parent=YP, opt=True, note="只在政策扩区试点一语中"),
 ],
 companies=[],
 institutions=[
  inst("洋浦经济开发区管委会", "市长、洋浦经济开发区管委会主任陈阳宣布2023年度洋浦经济开发区重点项目投产和开工", park=YP),
 ],
 projects=[
  proj("国际集装箱枢纽港扩建工程", YP, A2, status="开工", status_text="顺利开工", note="2023年内开工；园区由语境推定"),
  proj("百万吨乙烯项目", YP, A2, status="投产", status_text="全面投产", note="2023年内全面投产；园区由语境推定"),
 ],
 aggregate_facts=[
  fact(YP, "park", "projects_count", 27, "count", A1, "2023年12月28日（集中投产和开工）"),
  fact(YP, "park", "planned_investment_cny", 2.68e10, "cny", A1, "2023年12月28日（集中投产和开工）", qual="约", qtext="约", chk=True),
  fact("儋州洋浦", "region", "industrial_value_added_cny", 2.505e10, "cny", A3, "2023年", opt=True, chk=True, note="市与开发区合计（“儋州洋浦”）"),
  fact("儋州洋浦", "region", "industrial_value_added_growth", 0.291, "ratio", A3, "2023年", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- ot02 海口江东新区秀出亮眼“成绩单” (华人资讯网 2022)
JD = "海口江东新区"
B0 = "2020年6月3日,海南自由贸易港海口江东新区正式挂牌"
B1 = "从今年1-5月固投统计情况来看,预计完成固投138亿元,同比增长38%,占全市比重33%,其中社会投资74亿元,占比54%"
B2 = "2022年1-5月,预计完成营收840亿元,同比增长11%"
B3 = "2022年1-5月,预计完成税收22亿元,同比增长13%"
B4 = "民生公共服务领域已开工医院、学校、回迁房等27个项目,其中北师大海口附校、机场二期扩建项目灵山片区安置房等13个项目已投入使用"
AJ = "2022年1–5月（预计）"
G["ot02"] = dict(
 article=art("海口江东新区秀出亮眼“成绩单”", "华人资讯网（hr1.cn；“来源:华人资讯网 编辑:admin”，原发单位未示）", "2022-06-23", "day",
  "Aggregator news page relaying a park's two-year report, Hainan: a free-trade-port zone's Jan–May fixed investment, revenue and tax (estimates), roads, public-service projects started and in use",
  "https://hr1.cn/zixun/yazhou/zhishuxinxi/2022/0623/3073.html",
  "日期取页面“时间:2022-06-23 18:54”。标题照录；导航、来源行、“导读:…”（正文首段的截短）、图片占位“图片”与小节编号“01”“02”删去；图片说明“海口美兰空港一站式飞机维修基地”保留为段。存段末行“生态环保项目规划建设”中断，删去，正文截至“…南渡江东岸小学项目已实现全面封顶。”。园区：海口江东新区（文中又作“江东新区”“新区”“园区”）。1–5月固投、营收、税收均为“预计”数（target）。民生公共服务项目（北师大海口附校等）为园区配套，列为可选项目（“已投入使用”不对应状态词，status 留空）；海南省中医院新院区项目等三项只有进度描述，不列。",
  "ot02"),
 parks=[
  park(JD, "海口", "海南", "新区", B0, aliases=["江东新区"], note="海南自由贸易港重点园区"),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj("北师大海口附校", JD, B4, opt=True, note="已投入使用的民生配套项目"),
  proj("机场二期扩建项目灵山片区安置房", JD, B4, opt=True, note="已投入使用的民生配套项目"),
 ],
 aggregate_facts=[
  fact(JD, "park", "fixed_asset_investment_cny", 1.38e10, "cny", B1, AJ, kind="target", chk=True),
  fact(JD, "park", "fixed_asset_investment_yoy_growth", 0.38, "ratio", B1, AJ, kind="ratio"),
  fact(JD, "park", "fixed_asset_investment_share_of_city", 0.33, "ratio", B1, AJ, kind="ratio", opt=True),
  fact(JD, "park", "social_investment_cny", 7.4e9, "cny", "其中社会投资74亿元,占比54%", AJ, kind="target", chk=True, opt=True),
  fact(JD, "park", "social_investment_share", 0.54, "ratio", "其中社会投资74亿元,占比54%", AJ, kind="ratio", opt=True),
  fact(JD, "park", "revenue_cny", 8.4e10, "cny", B2, AJ, kind="target", chk=True),
  fact(JD, "park", "revenue_yoy_growth", 0.11, "ratio", B2, AJ, kind="ratio"),
  fact(JD, "park", "tax_revenue_cny", 2.2e9, "cny", B3, AJ, kind="target", chk=True),
  fact(JD, "park", "tax_revenue_yoy_growth", 0.13, "ratio", B3, AJ, kind="ratio"),
  fact(JD, "park", "road_planned_km", 630, "km", "路网方面总规划里程共630公里", "2022年6月", opt=True),
  fact(JD, "park", "roads_built_or_planned_km", 262, "km", "目前完工、在建和年内计划新开工道路262公里", "2022年6月", opt=True),
  fact(JD, "park", "public_service_projects_started", 27, "count", B4, "2022年6月（累计）", kind="cumulative"),
  fact(JD, "park", "public_service_projects_in_use", 13, "count", B4, "2022年6月（累计）", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- ot03 临高集中开工3个项目 (人民网海南 2022)
JP = "金牌港园区"
C0 = "2022年1月6日上午,海南自贸港建设项目2022年度第一批集中开工仪式临高分会场活动在金牌港园区隆重举行,临高集中开工3个项目,总投资10.25亿元"
C1 = "临高共开工建设3个项目,建设内容涵盖公共服务、基础设施等领域,分别为北汇绿建装配式建筑智造产业基地项目、龙庆东南(海南)装配式建筑产业基地项目、彩虹(临高)36MW农光互补光伏发电项目,总投资10.25亿元"
G["ot03"] = dict(
 article=art("临高集中开工3个项目 总投资10.25亿元", "人民网海南频道（hi.people.com.cn；存段无署名）", "2022-01-07", "day",
  "National portal's provincial channel, Hainan: a county's share of a province-wide collective groundbreaking held in its port industrial park — three named projects, total and year's planned investment",
  "http://hi.people.com.cn/n2/2022/0107/c231190-35086006.html",
  "日期取页面“2022年01月07日15:21”。标题照录；频道导航、“小字号”与三条图片说明（“集中开工仪式现场。”×2、“参加开工仪式的领导嘉宾视察开工项目。”）删去。存段末句“新开工的这批项目,是围绕…也代表培”中断，整句删去（LINE_SUFFIX），正文截至“…总投资10.25亿元。”。园区：金牌港园区（临高金牌港开发区；文中只作“金牌港园区”，不补全称；临高县，海南）。项目：三个项目均“开工建设”→开工；文中只说开工仪式在金牌港园区举行，未逐项说明项目所在地：两个装配式建筑产业基地项目推定在金牌港园区（opt 不设，注明推定），光伏发电项目（农光互补，多在农地）园区留空。总投资10.25亿元为三项合计，不分摊。临高县是县，不是园区。",
  "ot03"),
 parks=[
  park(JP, "临高", "海南", "开发区", C0, district="临高县", note="即临高金牌港开发区；文中只作“金牌港园区”"),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj("北汇绿建装配式建筑智造产业基地项目", JP, C1, status="开工", status_text="开工建设", note="园区由开工仪式地点推定"),
  proj("龙庆东南(海南)装配式建筑产业基地项目", JP, C1, status="开工", status_text="开工建设", note="园区由开工仪式地点推定"),
  proj("彩虹(临高)36MW农光互补光伏发电项目", None, C1, status="开工", status_text="开工建设", note="农光互补光伏，文中未置于园区"),
 ],
 aggregate_facts=[
  fact("临高县", "region", "projects_count", 3, "count", C0, "2022年1月6日（集中开工）"),
  fact("临高县", "region", "planned_investment_cny", 1.025e9, "cny", C0, "2022年1月6日（集中开工）", chk=True),
  fact("临高县", "region", "planned_investment_2022_cny", 4.5e8, "cny", "2022年度计划投资4.5亿元", "2022年", kind="target", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- ot04 琼海富海产业园首个项目开工 (新华网海南 2023)
FH = "富海产业园"
D0 = "10月27日上午,琼海富海产业园首个开工建设项目——海南省微创介入医械及新材料、手术机器人科技园项目正式开工。该项目总投资5.2亿元"
D1 = "目前,富海产业园已引进2家科技创新型企业项目,即将落地6家企业项目"
G["ot04"] = dict(
 article=art("琼海富海产业园首个项目开工", "新华网海南频道（hq.xinhuanet.com；记者陈子仪 见习记者邓雅薪 通讯员彭总岸，原题照录）", "2023-10-29", "day",
  "National news agency's provincial channel, Hainan: a new county park's first project started (amount), the park's firms introduced and to land, its tie to the 博鳌乐城 medical-tourism zone",
  "http://hq.xinhuanet.com./20231029/5ab212b2109f451c88c339baa9eb6170/c.html",
  "存段无标题行，以“原题:琼海富海产业园首个项目开工”“总投资5.2亿元”两行起（原题与副题，记入 title / title_note，不入正文）；日期取 URL 中的 20231029（开工为10月27日）。“【纠错】 【责任编辑:韩昊辰】”删。正文三段，完整。园区：富海产业园（文中又作“琼海富海产业园”，列为别名；琼海市，海南）；博鳌乐城先行区（博鳌乐城国际医疗旅游先行区；文中只作“博鳌乐城先行区”，“乐城”单独出现处不另列）。项目：海南省微创介入医械及新材料、手术机器人科技园项目（正式开工→开工，5.2亿元）。“已引进2家…即将落地6家”为园区累计数（cumulative）与计划数（target）。",
  "ot04", title_note="副题：总投资5.2亿元"),
 parks=[
  park(FH, "琼海", "海南", "产业园", D1, aliases=["琼海富海产业园"]),
  park("博鳌乐城先行区", "琼海", "海南", "先行区", "与博鳌乐城先行区形成“前店后厂”的分工模式", note="博鳌乐城国际医疗旅游先行区；文中只作此名"),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj("海南省微创介入医械及新材料、手术机器人科技园项目", FH, D0, inv="总投资5.2亿元", status="开工", status_text="正式开工", note="富海产业园首个开工项目；2023年10月27日"),
 ],
 aggregate_facts=[
  fact(FH, "park", "enterprise_projects_introduced", 2, "count", D1, "2023年10月（累计）", kind="cumulative", note="科技创新型企业项目"),
  fact(FH, "park", "enterprise_projects_to_land", 6, "count", D1, "2023年10月（即将落地）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- ot05 海南:压茬推进项目建设 (海南日报 via 中新网海南 2021)
WC = "文昌国际航天城"
E0 = "7月13日,海南自由贸易港建设项目2021年度第四批集中开工文昌分会场活动在文昌国际航天城起步区举行。文昌国际航天城科技创新平台等12个项目开工建设,计划总投资15.11亿元。"
E1 = "此次文昌集中开工的产业项目共8个,计划总投资13.83亿元"
E2 = "具体包括:文昌国际航天城科技创新公共平台一期——航天装配及异地协同中心项目、银联供应链荣邦南方金融中心项目、年产18万吨水产饲料加工项目、海南力得新型环保沥青混合料生产项目、海大集团现代海洋牧场及安全食品项目、文昌青牧原配套饲料厂项目、蓝海水族海水观赏鱼育苗养殖项目、文昌鲲诚现代海水养殖创新产业园项目"
E3 = "本次集中开工项目129个,总投资381亿元"
E4 = "集中开工8个项目,计划总投资近30亿元"
NOTE_WC = "文昌市集中开工项目之一；文中未置于园区（开工仪式在文昌国际航天城起步区举行）"
G["ot05"] = dict(
 article=art("海南:压茬推进项目建设 积攒长远发展动能", "海南日报（“来源:海南日报”，“海南日报讯”），载于中新网海南频道 hi.chinanews.com", "2021-07-14", "day",
  "Provincial daily relayed by a national agency's provincial site, Hainan: a province-wide collective groundbreaking — the province's totals, a space-city park's 12 projects with one park platform and seven city industrial projects named, a second city's projects",
  "http://www.hi.chinanews.com/hnnew/2021-07-14/590682.html",
  "日期取页面“2021年07月14日 08:47 来源:海南日报”。标题照录；“首页——正文 分享”与日期来源行删。存段末段“这8个项目包括万宁壹号项目、…市级储备粮增储仓库建设项目”中断，整段删去（ITEMS 截至上一段），正文截至“…计划总投资近30亿元。”；小标题“产业发展”“重点园区项目建设“多点开花””保留为段。园区：文昌国际航天城；“文昌国际航天城起步区”列为可选子园区（母园区文昌国际航天城）。项目：文昌国际航天城科技创新公共平台一期——航天装配及异地协同中心项目（园区文昌国际航天城，名称自带；开工建设→开工；标题句中“文昌国际航天城科技创新平台”为其简称，列为别名）；其余七个文昌产业项目文中只说是“文昌集中开工”，园区留空（仪式地点不等于项目所在）。海大集团只在项目名中，列为可选公司。全省129个 / 381亿元、文昌产业项目8个 / 13.83亿元、万宁8个 / 近30亿元为地区合计，列为可选事实；文昌分会场12个 / 15.11亿元的主体作文昌国际航天城（仪式在园区举行，题为“重点园区项目建设”），存疑，注明。",
  "ot05"),
 parks=[
  park(WC, "文昌", "海南", "航天城", E0),
  park("文昌国际航天城起步区", "文昌", "海南", "起步区", E0, parent=WC, opt=True, note="开工仪式地点"),
 ],
 companies=[
  comp("海大集团", None, E2, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("文昌国际航天城科技创新公共平台一期——航天装配及异地协同中心项目", WC, E2, aliases=["文昌国际航天城科技创新平台"], phase="一期", status="开工", status_text="开工建设",
       note="标题句作“文昌国际航天城科技创新平台等12个项目开工建设”"),
  proj("银联供应链荣邦南方金融中心项目", None, E2, status="开工", status_text="集中开工", note=NOTE_WC),
  proj("年产18万吨水产饲料加工项目", None, E2, status="开工", status_text="集中开工", note=NOTE_WC),
  proj("海南力得新型环保沥青混合料生产项目", None, E2, status="开工", status_text="集中开工", note=NOTE_WC),
  proj("海大集团现代海洋牧场及安全食品项目", None, E2, companies=["海大集团"], status="开工", status_text="集中开工", note=NOTE_WC),
  proj("文昌青牧原配套饲料厂项目", None, E2, status="开工", status_text="集中开工", note=NOTE_WC),
  proj("蓝海水族海水观赏鱼育苗养殖项目", None, E2, status="开工", status_text="集中开工", note=NOTE_WC),
  proj("文昌鲲诚现代海水养殖创新产业园项目", None, E2, status="开工", status_text="集中开工", note=NOTE_WC + "；名中“产业园”是项目名的一部分，不另列园区"),
 ],
 aggregate_facts=[
  fact(WC, "park", "projects_count", 12, "count", E0, "2021年7月13日（集中开工文昌分会场）", note="文昌分会场12个项目；主体作园区存疑"),
  fact(WC, "park", "planned_investment_cny", 1.511e9, "cny", E0, "2021年7月13日（集中开工文昌分会场）", chk=True, note="同上"),
  fact("文昌市", "region", "industrial_projects_count", 8, "count", E1, "2021年7月13日（集中开工）", opt=True),
  fact("文昌市", "region", "industrial_projects_investment_cny", 1.383e9, "cny", E1, "2021年7月13日（集中开工）", chk=True, opt=True),
  fact("海南省", "region", "projects_count", 129, "count", E3, "2021年7月13日（第四批集中开工）", opt=True),
  fact("海南省", "region", "planned_investment_cny", 3.81e10, "cny", E3, "2021年7月13日（第四批集中开工）", chk=True, opt=True),
  fact("万宁市", "region", "projects_count", 8, "count", E4, "2021年7月13日（集中开工）", opt=True),
  fact("万宁市", "region", "planned_investment_cny", 3e9, "cny", E4, "2021年7月13日（集中开工）", qual="约", qtext="近", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- ot06 海口以重点园区为载体推动产业集聚发展 (海口网 2022)
FX = "海口复兴城互联网信息产业园"
ZB = "海口综合保税区"
GX = "海口国家高新区"
YG = "药谷工业园"
F0 = "海口复兴城互联网信息产业园区位优势明显"
F1 = "3月24日,海口综合保税区钻石珠宝加工标准厂房项目现场,工人正在开展内部装修"
F2 = "7月20日,位于海口国家高新区药谷工业园的齐鲁制药(海南)有限公司1000车间,工作人员正在抽查药品包装"
F3 = "6月20日,位于海口江东新区总部经济区(生态CBD)的国投生态环境大厦项目现场,施工人员正在安装玻璃幕墙"
F4 = "6月27日,位于海口江东新区总部经济区的海南能源交易大厦举行启用仪式、海口金融中心项目正式竣工。同一天,包括江东新区山东国企国际业务集聚区项目在内的4个项目启动建设"
F5 = "江东新区当前在建项目127个"
G["ot06"] = dict(
 article=art("全球快播:海口以重点园区为载体推动产业集聚发展,打造一流营商环境——优化服务软环境 夯实发展硬支撑", "海口网（“来源:海口网”），载于 lifebb.we54.com（聚合站，标题前加“全球快播:”）", "2022-07-25", "day",
  "Aggregator relaying a city news site's feature, Hainan: a city's key parks — photo captions naming parks, a bonded-zone project and a firm, a new-district headquarters area with a project completed and four started, the district's projects under construction",
  "http://lifebb.we54.com/lifebb/2022/0725/9130.html",
  "日期取页面“来源:海口网时间:2022-07-25 16:01:54”。标题照录（含聚合站加的“全球快播:”）；“(相关资料图)”删。四条图片说明（含摄影署名）是原文的一部分，保留为段。存段末句“其中,国投生态环境大厦项目计划今年9月底完工,…航空发动机”中断，整句删去（LINE_SUFFIX），正文截至“…江东新区当前在建项目127个。”。园区：海口复兴城互联网信息产业园（文中作“海口复兴城互联网信息产业园区”的一部分，名称照“产业园”）、海口综合保税区、海口国家高新区、药谷工业园（母园区海口国家高新区）、海口江东新区（又作“江东新区”）；“总部经济区(生态CBD)”为江东新区片区，列为可选园区。项目：海口综合保税区钻石珠宝加工标准厂房项目（内部装修中，无状态词；status 留空）；国投生态环境大厦项目（施工中，在建语义但文中无“在建”字样，status 留空）；海口金融中心项目（正式竣工→竣工）；江东新区山东国企国际业务集聚区项目（启动建设→开工）。海南能源交易大厦“启用”不对应状态，列为可选项目。公司：齐鲁制药(海南)有限公司（药谷工业园）。",
  "ot06"),
 parks=[
  park(FX, "海口", "海南", "产业园", F0, note="文中作“海口复兴城互联网信息产业园区位优势明显”"),
  park(ZB, "海口", "海南", "综合保税区", F1),
  park(GX, "海口", "海南", "高新区", F2),
  park(YG, "海口", "海南", "工业园", F2, parent=GX),
  park(JD, "海口", "海南", "新区", F3, aliases=["江东新区"]),
  park("总部经济区", "海口", "海南", "片区", F4, parent=JD, opt=True, note="江东新区总部经济区(生态CBD)"),
 ],
 companies=[
  comp("齐鲁制药(海南)有限公司", YG, F2),
 ],
 institutions=[],
 projects=[
  proj("海口综合保税区钻石珠宝加工标准厂房项目", ZB, F1, note="3月24日内部装修中；无状态词"),
  proj("国投生态环境大厦项目", JD, F3, note="6月20日施工中（安装玻璃幕墙）；无状态词"),
  proj("海南能源交易大厦", JD, F4, opt=True, note="举行启用仪式"),
  proj("海口金融中心项目", JD, F4, status="竣工", status_text="正式竣工"),
  proj("江东新区山东国企国际业务集聚区项目", JD, F4, status="开工", status_text="启动建设"),
 ],
 aggregate_facts=[
  fact(JD, "park", "projects_started", 4, "count", F4, "2022年6月27日", note="含山东国企国际业务集聚区项目"),
  fact(JD, "park", "projects_under_construction", 127, "count", F5, "2022年7月"),
 ])

# ---------------------------------------------------------------- ot07 海口19个重点项目集中开工 (海口日报 via 中新网海南 2020)
MA = "海口美安科技新城"
H0 = "11月13日上午,在海南自由贸易港建设项目(第四批)集中开工活动中,海口19个重点项目集中开工。项目总投资131.47亿元,政府投资项目12个、社会投资项目7个"
H1 = "长江润发海灵药业研发生产基地项目成功落户海口美安科技新城"
H2 = "2016年初,长江润发带着11亿元募集资金投入海灵药业"
G["ot07"] = dict(
 article=art("海口19个重点项目集中开工", "海口日报（本报记者 曹马志/文 石中华/图），载于中新网海南频道 hi.chinanews.com.cn", "2020-11-16", "day",
  "City daily relayed by a national agency's provincial site, Hainan: a city's collective groundbreaking — count and total, one pharmaceutical project landed in a tech new town, the investor group's earlier capital injection",
  "http://www.hi.chinanews.com.cn/zt/14/2020/1116/82219.html",
  "日期取页面“2020年11月16日 10:12 来源:海口日报”（开工为11月13日）。标题照录；“首页——正文”、日期来源行与重复的图片说明“企业代表在…发言。石中华 摄”（两行）删；署名行“□本报记者 曹马志/文 石中华/图”与小标题“抢抓发展新机遇”“投身自贸港”保留为段。存段末句“近年来,海灵药业迎来快速发展,产值从2016年的12亿元,增长到现在的31亿元,税收从1”中断，整句删去（LINE_SUFFIX），正文截至“…实现了高质量发展。”。园区：海口美安科技新城（海口国家高新区美安生态科技新城；文中只作“海口美安科技新城”，不补全称）。项目：长江润发海灵药业研发生产基地项目（集中开工主会场所在→开工；落户海口美安科技新城）。公司：长江润发集团（又作“长江润发”）、海灵药业（项目方，园区美安科技新城由项目推定）。11亿元为2016年长江润发投入海灵药业的募集资金，不是项目投资额，列为可选事实。19个项目 / 131.47亿元为海口市合计（region）。",
  "ot07"),
 parks=[
  park(MA, "海口", "海南", "科技新城", H1, note="海口国家高新区的美安生态科技新城；文中只作此名"),
 ],
 companies=[
  comp("长江润发集团", None, "让长江润发集团总裁郁霞秋倍感振奋", aliases=["长江润发"], note="海灵药业的投资方；总部不在海南"),
  comp("海灵药业", MA, H1, note="项目方；园区由项目推定"),
 ],
 institutions=[],
 projects=[
  proj("长江润发海灵药业研发生产基地项目", MA, H1, companies=["长江润发集团", "海灵药业"], status="开工", status_text="集中开工",
       note="第四批集中开工海口主会场设在该项目现场；“成功落户海口美安科技新城”"),
 ],
 aggregate_facts=[
  fact("海口市", "region", "projects_count", 19, "count", H0, "2020年11月13日（集中开工）"),
  fact("海口市", "region", "planned_investment_cny", 1.3147e10, "cny", H0, "2020年11月13日（集中开工）", chk=True),
  fact("海口市", "region", "government_investment_projects", 12, "count", H0, "2020年11月13日（集中开工）", opt=True),
  fact("海口市", "region", "social_investment_projects", 7, "count", H0, "2020年11月13日（集中开工）", opt=True),
  fact("长江润发集团", "company", "capital_injected_cny", 1.1e9, "cny", H2, "2016年初", opt=True, chk=True, note="投入海灵药业的募集资金"),
 ])
