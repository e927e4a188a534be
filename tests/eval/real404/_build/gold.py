# real404 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim; names as written; 超过/超/以上 → 超, 余/多 → 余, 约/近 → 约. Yuan in investment_cny /
# *_cny facts. Amount ranges (“5亿元及以上”, “10亿元以上”) are not investment amounts. Projects: the park the text places the
# project in, null if none (a city / county / port area is not a park). Status from the text's words (签约 → 签约; 开工 / 开建 →
# 开工; 封顶 / 建设中 → 在建; 投产 / 全面生产 → 投产). “预计” figures are kind target.

# ---------------------------------------------------------------- mm01 泉州 海洋文化论坛 签约 (福建省海洋与渔业局 2023)
A0 = "11月7日,在泉举行的第二届福建省海洋文化论坛上,33个海洋经济项目对接签约,总投资302亿元"
A1 = "其中,12个项目现场集中签约。"
A2 = "泉州湾港区石湖作业区7—9号泊位项目主要建设1个10万吨级多用途泊位和2个10万吨级集装箱泊位及配套设施,设计用海总面积为218公顷,投资额50.8亿元"
A3 = "八仙过海动物王国乐园项目以沉浸式的动物主题体验和互动为特色,致力于打造国内最具体验感的动物主题乐园,投资额30亿元"
A4 = "闽投海洋牧场系列项目分3期建设,分别建设种业科研示范园、“渔旅融合深海装备”“海洋立体综合牧场”项目,投资额20亿元"
A5 = "和泰通航运总部回归项目将建设集办公、五星级酒店功能于一体的总部大楼以及仓储物流基地,投资额15亿元"
A6 = "此外,兴通海运股份有限公司运力提升项目、凯源兴海洋加工园项目、福安达渔业综合加工基地项目投资额达5亿元及以上"
A7 = "旅享桥头滨海文旅综合体项目、西商·崇武渔业城项目、石狮港顺海洋产业园项目投资额达3亿元及以上"
A8 = "泉州海洋公园项目、闽南深海数字渔业示范区项目投资额均为2亿元"
FORUM = "第二届福建省海洋文化论坛"
R5 = "区间“5亿元及以上”，不作投资额；现场签约的12个项目之一"
R3 = "区间“3亿元及以上”，不作投资额；现场签约的12个项目之一"
G["mm01"] = dict(
 article=art("海洋文化论坛:33个海洋经济项目对接签约 总投资超300亿元", "福建省海洋与渔业局（作者：泉州市海洋与渔业局 傅成志）", "2023-11-14", "day",
  "Provincial ocean-and-fisheries bureau site, Fujian: a forum's marine-economy signing in Quanzhou — 33 projects (302亿元), twelve named projects signed on site with sums (port berths, marine ranch, fish-processing base, a marine industrial park)",
  "http://hyyyj.fujian.gov.cn/xxgk/hydt/stdt/202311/t20231114_6297207.htm",
  "日期取页面“发布时间:2023-11-14 11:49”。导航、来源行、“相关文章”已删。末段“海洋是高质量发展的战略要地……海洋产业已经成为泉州经济社”在摘录中断句，整段删去。文中无园区（泉州湾港区石湖作业区为港区；“石狮港顺海洋产业园项目”“凯源兴海洋加工园项目”为项目名，作项目列出，不列园区）。现场签约12个项目全部列为项目（签约），园区均为 null。“5亿元及以上”“3亿元及以上”为区间，不作投资额；“均为2亿元”作投资额。33个项目、302亿元记在论坛名下。",
  "mm01"),
 parks=[],
 companies=[
  comp("兴通海运股份有限公司", None, A6, note="运力提升项目的企业；无园区"),
 ],
 institutions=[],
 projects=[
  proj("泉州湾港区石湖作业区7—9号泊位项目", None, A2, inv="50.8亿元", status="签约", status_text="现场签约"),
  proj("八仙过海动物王国乐园项目", None, A3, inv="30亿元", status="签约", status_text="现场签约"),
  proj("闽投海洋牧场系列项目", None, A4, inv="20亿元", status="签约", status_text="现场签约", note="分3期建设"),
  proj("和泰通航运总部回归项目", None, A5, inv="15亿元", status="签约", status_text="现场签约"),
  proj("兴通海运股份有限公司运力提升项目", None, A6, companies=["兴通海运股份有限公司"], status="签约", status_text="现场签约", note=R5),
  proj("凯源兴海洋加工园项目", None, A6, status="签约", status_text="现场签约", note=R5),
  proj("福安达渔业综合加工基地项目", None, A6, status="签约", status_text="现场签约", note=R5),
  proj("旅享桥头滨海文旅综合体项目", None, A7, status="签约", status_text="现场签约", note=R3),
  proj("西商·崇武渔业城项目", None, A7, status="签约", status_text="现场签约", note=R3),
  proj("石狮港顺海洋产业园项目", None, A7, status="签约", status_text="现场签约", note=R3),
  proj("泉州海洋公园项目", None, A8, inv="2亿元", status="签约", status_text="现场签约"),
  proj("闽南深海数字渔业示范区项目", None, A8, inv="2亿元", status="签约", status_text="现场签约"),
 ],
 aggregate_facts=[
  fact(FORUM, "event", "projects_signed", 33, "count", A0, "2023-11-07"),
  fact(FORUM, "event", "signed_investment_cny", 3.02e10, "cny", A0, "2023-11-07", chk=True),
  fact(FORUM, "event", "projects_signed_on_site", 12, "count", A1, "2023-11-07", opt=True),
  fact(FORUM, "event", "projects_signed_over_1bn", 4, "count", "现场签约的项目中,投资额超过10亿元以上的项目共有4个", "2023-11-07", opt=True),
 ])

# ---------------------------------------------------------------- mm02 厦门 海洋经济发展示范区 (中国海洋发展战略研究中心 2019)
XM = "厦门国家海洋经济发展示范区"
B0 = "厦门将以“一区两带三园”的发展模式建设国家海洋经济发展示范区,使2020年全市海洋产业增加值达到800亿元"
B1 = "一区:厦门国家海洋经济发展示范区。"
B2 = "三园:海沧园区,重点发展海洋生物产业、海洋高端装备产业等。同集园区,重点发展海洋特色食品、水产品加工、冷链物流等。翔安园区,重点发展游艇帆船产业、海洋高端装备制造业、海洋高技术服务业等。"
B3 = "园区总面积92平方公里,引领带动厦门海洋经济协调发展。"
B4 = "示范区已策划开展首批95个项目建设,总投资748亿元"
B5 = "示范区近期建设目标是到2020年海洋产业总产值占全市的比重要达到15%,年均增速10.2%"
G["mm02"] = dict(
 article=art("福建省厦门力争全面建成海洋强市 首批项目投资748亿", "中国海洋发展战略研究中心（载于 hycfw.com）", "2019-07-18", "day",
  "Research-centre news relayed on a marine portal, Fujian: Xiamen's national marine-economy demonstration zone — one zone, two belts, three parks (海沧 / 同集 / 翔安) with their industries, 95 first-batch projects (748亿元), targets, investment-promotion directions",
  "http://www.hycfw.com/Article/223350",
  "日期取页面“发布时间:2019-07-18 17:04:29”。来源行已删；小标题（“发展模式  “一区两带三园””等）照录为段落。摘录在末段“……嘉康生物科技有限公司在厦引资,构建集水产饲料、水产品加工、”处中断：自“目前有3个项目已确定将在7月初进行签约”起的未完句删去，正文止于“重点引进大企业、好企业。”。园区：厦门国家海洋经济发展示范区（示范区）及其三园（海沧园区、同集园区、翔安园区，parent 为示范区）。“园区总面积92平方公里”指三园合计（由上下文推断），记在示范区名下。95个项目、748亿元为“策划开展”（无状态）。2020年增加值800亿元、15%、10.2%为目标（target）。",
  "mm02"),
 parks=[
  park(XM, "厦门", "福建", "海洋经济发展示范区", B1, aliases=["示范区"], note="2018年底获批全国首批14个海洋经济发展示范区之一"),
  park("海沧园区", "厦门", "福建", "园区（海洋生物、海洋高端装备）", B2, parent=XM, note="三园之一"),
  park("同集园区", "厦门", "福建", "园区（海洋特色食品、水产品加工、冷链物流）", B2, parent=XM, note="三园之一"),
  park("翔安园区", "厦门", "福建", "园区（游艇帆船、海洋高端装备、海洋高技术服务）", B2, parent=XM, note="三园之一"),
 ],
 companies=[],
 institutions=[
  inst("厦门市海洋发展局", "据厦门市海洋发展局6月26日发布"),
 ],
 projects=[],
 aggregate_facts=[
  fact(XM, "park", "planned_projects", 95, "count", B4, "2019年6月", kind="cumulative", note="首批策划开展的项目"),
  fact(XM, "park", "planned_projects_investment_cny", 7.48e10, "cny", B4, "2019年6月", kind="cumulative", chk=True),
  fact(XM, "park", "area_km2", 92, "km2", B3, "2019年", note="三园合计（由上下文推断）"),
  fact("厦门", "region", "marine_industry_value_added_cny", 8e10, "cny", B0, "2020年（目标）", kind="target", chk=True),
  fact(XM, "park", "marine_output_share_of_city", 0.15, "ratio", B5, "2020年（目标）", kind="target", opt=True),
  fact(XM, "park", "annual_growth_rate", 0.102, "ratio", B5, "2020年（目标）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- mm03 马尾船政(连江)工业园区开建 (福建日报 2011)
MW = "马尾船政(连江)工业园区"
C0 = "12月23日,马尾船政(连江)工业园区在连江县粗芦岛开建。"
C1 = "23日开建的马尾船政(连江)工业园区,由福建华闽海洋船舶工业发展有限公司等投资开发,是福建省打好五大战役、大干开局之年的60个重点项目之一。"
C2 = "园区位于海上丝绸之路的重要驿站——连江粗芦岛,规划总面积约5000亩,涉及岸线约6000米"
C3 = "园区规划总投资约80亿元"
C4 = "建成达产后,可形成年产特种船舶、海工产品和高技术、高附加值大型船舶250万吨生产能力"
C5 = "预计可实现年销售收入150亿元"
G["mm03"] = dict(
 article=art("（无标题：马尾船政(连江)工业园区在连江县粗芦岛开建）", "福建日报，载于 page.lgmi.com", "2011-12-26", "day",
  "Provincial daily relayed on a trade site, Fujian: groundbreaking of a shipbuilding industrial park — developer, area, shoreline, planned investment (约80亿元), capacity and expected sales",
  "http://page.lgmi.com/html/201112/26/5962.htm",
  "摘录无标题行，正文自“12月23日”起；日期取自网址（201112/26），开建日为2011年12月23日。末尾“(福建日报) |”的表格竖线已删，来源署名保留。园区：马尾船政(连江)工业园区（福州市连江县粗芦岛；文中又作“园区”）。园区开发本身作项目列出（开建→开工，约80亿元，qualifier 约）。开发商福建华闽海洋船舶工业发展有限公司为公司，园区为本园。年产250万吨、年销售收入150亿元为建成达产后预计（target）。",
  "mm03"),
 parks=[
  park(MW, "福州", "福建", "工业园区（船舶）", C0, district="连江县", note="文中又作“园区”；位于连江粗芦岛"),
 ],
 companies=[
  comp("福建华闽海洋船舶工业发展有限公司", MW, C1, note="园区投资开发方之一（“等投资开发”）"),
 ],
 institutions=[],
 projects=[
  proj(MW, MW, C3, companies=["福建华闽海洋船舶工业发展有限公司"], inv="80亿元", qual="约", qual_text="约", status="开工", status_text="开建",
       note="园区开发项目；福建省60个重点项目之一；拟在“十二五”期间全面建成"),
 ],
 aggregate_facts=[
  fact(MW, "park", "planned_area_mu", 5000, "mu", C2, "2011年（规划）", kind="target", qual="约", qtext="约"),
  fact(MW, "park", "shoreline_m", 6000, "m", C2, "2011年（规划）", kind="target", qual="约", qtext="约", opt=True),
  fact(MW, "park", "planned_investment_cny", 8e9, "cny", C3, "2011年（规划）", kind="target", qual="约", qtext="约", chk=True),
  fact(MW, "park", "annual_capacity_tonnes", 2500000, "t", C4, "建成达产后（预计）", kind="target", opt=True),
  fact(MW, "park", "expected_annual_sales_cny", 1.5e10, "cny", C5, "建成达产后（预计）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- mm04 宜昌绿色智能船舶产业园项目开工 (每日产业园区网 2023)
YC = "宜昌绿色智能船舶产业园"
D0 = "5月18日,总投资80亿元的宜昌绿色智能船舶产业园项目开工。"
D1 = "宜昌绿色智能船舶产业园项目位于宜都市陆城街道办事处,总规划用地面积1588亩。"
D2 = "建成后预计船舶总装及配套制造产值达100亿元以上,年税收5亿元以上"
D3 = "项目一、二期占地面积768亩,主要承接达门船厂和宜昌船厂搬迁配套,开展宜都现有船企搬迁入园,计划2025年建成。"
D4 = "据了解,宜昌二季度集中开工225个重大项目,包括3个百亿重大项目,计划总投资1404.3亿元。"
G["mm04"] = dict(
 article=art("（无标题：宜昌绿色智能船舶产业园项目开工）", "每日产业园区网（cyyq.jdgod.com；原载媒体未注明）", "2023-05-19", "day",
  "Park-news aggregator, Hubei: groundbreaking of an 80亿元 green smart-ship industrial park in Yidu — land, three sections, expected output and tax, shipyards to be relocated; the city's second-quarter groundbreaking total",
  "http://m.cyyq.jdgod.com/redian/2023/0519/3397.html",
  "摘录无标题行；日期取自网址（2023/0519），开工日为5月18日。“【资料图】”及其后站点杂项、版权行已删。园区：宜昌绿色智能船舶产业园（宜昌市宜都市陆城街道；园区开发本身即项目，开工，80亿元）。达门船厂、宜昌船厂为拟搬迁入园的船厂（可选公司）。“100亿元以上”“5亿元以上”为建成后预计（target，超）。宜昌二季度225个项目为全市数。",
  "mm04"),
 parks=[
  park(YC, "宜昌", "湖北", "产业园（船舶）", D1, district="宜都市", note="园区开发项目本身；位于宜都市陆城街道办事处"),
 ],
 companies=[
  comp("达门船厂", YC, D3, opt=True, note="搬迁入园（计划）"),
  comp("宜昌船厂", YC, D3, opt=True, note="搬迁入园（计划）"),
 ],
 institutions=[],
 projects=[
  proj("宜昌绿色智能船舶产业园项目", YC, D0, inv="80亿元", status="开工", status_text="开工", note="一、二期计划2025年建成"),
 ],
 aggregate_facts=[
  fact(YC, "park", "planned_area_mu", 1588, "mu", D1, "2023年（规划）", kind="target"),
  fact(YC, "park", "expected_output_cny", 1e10, "cny", D2, "建成后（预计）", kind="target", qual="超", qtext="以上", chk=True),
  fact(YC, "park", "expected_annual_tax_cny", 5e8, "cny", "年税收5亿元以上", "建成后（预计）", kind="target", qual="超", qtext="以上", chk=True, opt=True),
  fact(YC, "park", "phase1_2_area_mu", 768, "mu", D3, "2023年（规划）", kind="target", opt=True),
  fact("宜昌", "region", "projects_started", 225, "count", D4, "2023年二季度"),
  fact("宜昌", "region", "projects_started_investment_cny", 1.4043e11, "cny", D4, "2023年二季度", chk=True),
 ])

# ---------------------------------------------------------------- mm05 青岛西海岸新区 海洋生物医药科技园 (大众网 2021)
QD = "海洋生物医药科技园"
E0 = "近日,青岛西海岸新区海洋生物医药科技园项目一期6栋楼全部封顶,即将进行室内外装修及配套管网等工程。"
E1 = "该项目共分为两期建设,工程一期预计今年6月可交付;工程二期将于今年8月开工,2023年年底前完工。"
E2 = "据介绍,该项目由青岛聚大洋藻业集团有限公司投资建设,计划总投资12亿元,总占地86亩,建筑面积约15万平方米"
E3 = "预计一期形成年产500吨、销售10亿元规模"
E4 = "海洋生物医药科技园是一座集总部经济、科研、创新创客为一体的海洋生命医药5G高科技智慧园区。"
G["mm05"] = dict(
 article=art("青岛西海岸新区:海洋生物医药科技园项目一期", "大众网·海报新闻（记者 赵怡然，通讯员 王晓拓），载于 zghyywzzs.cn（《中国海洋药物》网站）", "2021-04-06", "day",
  "Provincial news portal relayed on a journal site, Shandong: a marine-biomedicine science park's phase 1 topped out — developer, 12亿元 investment, phases, planned functions, expected sales",
  "http://zghyywzzs.cn/zonghexinwen/2021/0406/618.html",
  "日期取自网址（2021/0406）。站点栏目列表、“作者:网站采编关键词:”与摘要行已删；标题为转载站所列标题；记者行保留为首段。摘录在末段“……打造一批具有高成长潜力”处中断：自“届时”起的未完句删去，正文止于“……5G高科技智慧园区。”。园区：海洋生物医药科技园（青岛西海岸新区；该项目即园区开发，文中作“海洋生物医药科技园项目”）。青岛西海岸新区为国家级新区，按区域处理，不列园区。项目状态：一期封顶（在建），二期将于8月开工（planned，放在 phase_status 注）。",
  "mm05"),
 parks=[
  park(QD, "青岛", "山东", "科技园（海洋生物医药）", E4, district="青岛西海岸新区", note="文中作“青岛西海岸新区海洋生物医药科技园项目”；园区开发即项目"),
 ],
 companies=[
  comp("青岛聚大洋藻业集团有限公司", QD, E2, aliases=["聚大洋"], note="项目投资建设方；园区作集团运营总部"),
 ],
 institutions=[],
 projects=[
  proj("青岛西海岸新区海洋生物医药科技园项目", QD, E2, companies=["青岛聚大洋藻业集团有限公司"], inv="12亿元", status="在建",
       status_text="一期6栋楼全部封顶", aliases=["海洋生物医药科技园项目"], status_alt="planned",
       note="一期封顶、预计6月交付；二期将于2021年8月开工、2023年底前完工（status_alt planned 指二期）"),
 ],
 aggregate_facts=[
  fact(QD, "park", "site_area_mu", 86, "mu", E2, "2021年（规划）", kind="target", opt=True),
  fact(QD, "park", "floor_area_m2", 150000, "m2", E2, "2021年（规划）", kind="target", qual="约", qtext="约", opt=True),
  fact("青岛聚大洋藻业集团有限公司", "company", "expected_sales_cny", 1e9, "cny", E3, "一期（预计）", kind="target", chk=True,
       note="一期形成年产500吨、销售10亿元规模"),
 ])

# ---------------------------------------------------------------- mm06 启东海工园(寅阳镇) 盘活土地 (南通市政府专题网站 2025)
QT = "启东海工园"
F0 = "为充分盘活存量土地资源,去年3月,启东海工园(寅阳镇)成立宏强重工盘活攻坚领导小组"
F1 = "启东象屿海洋装备项目位于原宏强重工地块。"
F2 = "盘活占地700亩的江苏宏强重工有限公司,成功引进启东象屿海洋装备项目,一期投资5亿元,预计今年6月全面生产。"
F3 = "中集太平洋海工成功收购丰顺船舶建立西厂区后,不断升级改造,实现整船全链条在启生产"
F4 = "目前,该公司现有在手订单超过160亿元,全年计划完成产值60亿元。"
F5 = "今年,启东海工园(寅阳镇)将持续推进宏华海洋西区、东恒盛、中海阔等闲置低效用地盘活,全年力争盘活闲置低效用地超1000亩。"
F6 = "昨天,启东象屿海洋装备有限责任公司厂区,船舶维修、翻新、升级等业务全速推进。"
G["mm06"] = dict(
 article=art("（无标题：启东海工园(寅阳镇)盘活闲置土地、引进启东象屿海洋装备项目）", "南通市人民政府专题网站 zt.nantong.gov.cn（动态信息；原载媒体未注明）", "2025", "year",
  "City government topic site relaying a local item, Jiangsu: an offshore-engineering and shipbuilding park reuses idle land — a 700-mu bankrupt yard turned into a ship-repair project (一期5亿元), a shipbuilder's orders and output plan, idle plots to be reused",
  "https://zt.nantong.gov.cn/zt2025/dtxx/content/0d9bf57d-e089-467e-942d-97962288b663.html",
  "摘录无标题、无日期行；年份取自网址栏目“zt2025”，文中“去年3月”“今年6月”据此分别为2024年、2025年（推断）。“本页位置:首页>动态信息”已删。摘录在末段“……不断擦亮省级高”处中断：该未完句删去，正文止于“土地盘活“不断线”,项目招引“不断链”。”。园区：启东海工园(寅阳镇)（文中名称带括注“(寅阳镇)”，区镇合一；name 取“启东海工园”，文中写法“启东海工园(寅阳镇)”作别名）。项目：启东象屿海洋装备项目（一期5亿元，厂房改造接近尾声、设备已采购→在建，预计今年6月全面生产）。中集太平洋海工在手订单、计划产值记在公司名下。宏强重工为被盘活的原企业（可选）；宏华海洋西区、东恒盛、中海阔为待盘活地块/企业（可选）。",
  "mm06"),
 parks=[
  park(QT, "南通", "江苏", "海工船舶工业园", F0, district="启东市", aliases=["启东海工园(寅阳镇)"], note="与寅阳镇区镇合一；文中又作“园区”"),
 ],
 companies=[
  comp("启东象屿海洋装备有限责任公司", QT, F6, note="项目公司（船舶维修、翻新、升级）"),
  comp("江苏宏强重工有限公司", QT, F2, aliases=["宏强重工"], opt=True, note="被盘活的原企业，地块引进象屿项目"),
  comp("中集太平洋海工", QT, F3, note="收购丰顺船舶建立西厂区"),
  comp("丰顺船舶", QT, F3, opt=True, note="被中集太平洋海工收购"),
  comp("宏华海洋", QT, F5, opt=True, note="“宏华海洋西区”闲置低效用地待盘活"),
  comp("东恒盛", QT, F5, opt=True, note="闲置低效用地待盘活"),
  comp("中海阔", QT, F5, opt=True, note="闲置低效用地待盘活"),
 ],
 institutions=[],
 projects=[
  proj("启东象屿海洋装备项目", QT, F2, companies=["启东象屿海洋装备有限责任公司"], inv="5亿元", phase="一期", status="在建",
       status_text="8万平方米厂房改造接近尾声", note="一期投资5亿元；预计今年（2025年）6月全面生产；位于原宏强重工地块"),
 ],
 aggregate_facts=[
  fact("中集太平洋海工", "company", "order_backlog_cny", 1.6e10, "cny", F4, "2025年", qual="超", qtext="超过", chk=True),
  fact("中集太平洋海工", "company", "planned_annual_output_cny", 6e9, "cny", "全年计划完成产值60亿元", "2025年（计划）", kind="target", chk=True),
  fact(QT, "park", "idle_land_to_reuse_mu", 1000, "mu", F5, "2025年（目标）", kind="target", qual="超", qtext="超"),
  fact(QT, "park", "shoreline_km", 18.8, "km", "推动18.8公里有限岸线资源集约高效利用", "2025年", opt=True),
  fact("江苏宏强重工有限公司", "company", "land_reused_mu", 700, "mu", F2, "2024年", opt=True, note="盘活占地700亩"),
 ])

# ---------------------------------------------------------------- mm07 湛江 预制菜产业园 与 国际水产城 (shifair 2022)
SX = "遂溪县预制菜产业园"
WC = "吴川市预制菜产业园"
SC = "湛江国际水产城"
H0 = "遂溪县预制菜产业园入园投产企业5家,入园正在建设和近期建设的企业3家,累计实现产值3.2亿元"
H1 = "吴川市预制菜产业园入园投产企业4家,其中2家投产2家在建,实现产值19.75亿元"
H2 = "湛江国际水产城现已完成相关规划,正在申请2022年国家骨干冷链物流基地建设项目,预计总投资143亿元,规划用地2000亩,已有39家企业有意向投资。"
G["mm07"] = dict(
 article=art("（无标题：湛江市预制菜产业发展和国际水产城建设汇报会召开）", "shifair.com（资讯；编辑 温志勇；原载媒体未注明）", "2022-09", "month",
  "Trade-fair site relaying a city report, Guangdong: Zhanjiang's prepared-seafood parks (firms in production / under construction, output) and the planned international aquatic-products city (143亿元, 2000 mu, 39 interested firms)",
  "https://shifair.com/informationDetails/45370.html",
  "摘录无标题、无日期行；正文作“近日”。同一次检索返回的湛江日报（2022-09-30，记者黎阳明）另一转载页记此会于9月29日召开，故日期记为2022年9月（月精度；推断）。“分享: |”与末尾“【编辑】温志勇”“【实习生】张巧”已删。园区：遂溪县预制菜产业园、吴川市预制菜产业园（湛江）；湛江国际水产城为规划中的园区项目（143亿元预计总投资，正在申请国家骨干冷链物流基地建设项目→planned）。",
  "mm07"),
 parks=[
  park(SX, "湛江", "广东", "预制菜产业园", H0, district="遂溪县"),
  park(WC, "湛江", "广东", "预制菜产业园", H1, district="吴川市"),
  park(SC, "湛江", "广东", "水产城（冷链物流、水产交易）", H2, aliases=["国际水产城"], opt=True, note="规划中；亦作项目列出"),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj(SC, SC, H2, inv="143亿元", status="planned", status_text="现已完成相关规划,正在申请", aliases=["国际水产城"],
       note="预计总投资；正在申请2022年国家骨干冷链物流基地建设项目"),
 ],
 aggregate_facts=[
  fact(SX, "park", "firms_in_production", 5, "count", H0, "2022年9月"),
  fact(SX, "park", "firms_under_construction", 3, "count", H0, "2022年9月", note="入园正在建设和近期建设的企业"),
  fact(SX, "park", "output_cny", 3.2e8, "cny", H0, "2022年9月", kind="cumulative", chk=True),
  fact(WC, "park", "firms_entered", 4, "count", H1, "2022年9月", note="入园投产企业4家，其中2家投产2家在建"),
  fact(WC, "park", "firms_in_production", 2, "count", H1, "2022年9月"),
  fact(WC, "park", "firms_under_construction", 2, "count", H1, "2022年9月", opt=True),
  fact(WC, "park", "output_cny", 1.975e9, "cny", H1, "2022年9月", chk=True),
  fact(SC, "park", "planned_area_mu", 2000, "mu", H2, "2022年9月（规划）", kind="target", opt=True),
  fact(SC, "park", "interested_investor_firms", 39, "count", H2, "2022年9月", opt=True),
 ])

# ---------------------------------------------------------------- mm08 天津 海洋经济创新发展区域示范 (天津北方网 2014)
TJ = "天津临港经济区"
K0 = "财政部、国家海洋局今年投入7845万元,支持本市47个海洋经济创新项目,预计投产后增加值将达到848亿元。"
K1 = "启动仪式上,全国首个“海水淡化与综合利用创新服务平台”落户天津临港经济区。"
K2 = "该平台占地面积54.8亩,总投资4亿元,将于2017年建成投入使用"
K3 = "使海洋装备、海水淡化等海洋战略性新兴产业增加值3年内达到1000亿元,占全市海洋生产总值15%,年均增长22%"
G["mm08"] = dict(
 article=art("（无标题：天津海洋经济创新发展区域示范项目启动，海水淡化平台落户临港经济区）", "天津北方网（news.enorth.com.cn）", "2014-10-22", "day",
  "City news portal, Tianjin: launch of the marine-economy innovation demonstration — central funds for 47 projects, a 4亿元 desalination R&D platform placed in the Lingang Economic Zone, three-year targets",
  "http://news.enorth.com.cn/system/2014/10/22/012218571.shtml",
  "摘录无标题行；日期取自网址（2014/10/22），文中“昨天”即10月21日。图片与表格残留行（“![]() |”“|”“|||”）已删。园区：天津临港经济区。项目：海水淡化与综合利用创新服务平台（落户临港经济区；总投资4亿元；将于2017年建成；文中只说“落户”，status 不填）。国家海洋局天津海水淡化所为机构（可选）。7845万元为财政部、国家海洋局投入（资金，非基金）；848亿元、1000亿元为预计/目标（target）。",
  "mm08"),
 parks=[
  park(TJ, "天津", "天津", "经济区（临港）", K1),
 ],
 companies=[],
 institutions=[
  inst("国家海洋局天津海水淡化所", "据国家海洋局天津海水淡化所副所长康健介绍", kind="research"),
  inst("财政部", K0),
  inst("国家海洋局", K0),
 ],
 projects=[
  proj("海水淡化与综合利用创新服务平台", TJ, K2, inv="4亿元", status=None, status_text="落户", note="全国首个；将于2017年建成投入使用；落户天津临港经济区"),
 ],
 aggregate_facts=[
  fact("天津", "region", "central_funding_cny", 7.845e7, "cny", "财政部、国家海洋局今年投入7845万元", "2014年", chk=True),
  fact("天津", "region", "supported_projects", 47, "count", K0, "2014年"),
  fact("天津", "region", "expected_value_added_cny", 8.48e10, "cny", "预计投产后增加值将达到848亿元", "投产后（预计）", kind="target", chk=True),
  fact("天津", "region", "emerging_marine_value_added_cny", 1e11, "cny", K3, "3年内（目标）", kind="target", chk=True, opt=True),
  fact("天津", "region", "key_firms_to_cultivate", 35, "count", "本市将培育骨干企业35家", "下一阶段（目标）", kind="target", opt=True),
 ])
