# real381 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real52: evidence verbatim (all seven items simplified script as published); names as written in
# the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios.
# Projects: the park is the one the text places the project in, null if none (a district is not a park). Status from the
# text's words (签约 / 签约落户 / 现场签约 → 签约; 开工 → 开工; 整车下线 → 投产, optional). Expected figures (“预计”, “全部投产
# 后”) are kind target; counts of firms stated as a standing total are reported. Sources are `search` (corpus pages) excerpts
# typed into _raw/pages/npNN.raw as returned.

# ---------------------------------------------------------------- np01 东方美谷 / 上海市工业综合开发区 (经济日报 via 中国经济网 2017)
GZ = "上海市工业综合开发区"
A0 = "12家美丽健康产业代表性企业落户上海市工业综合开发区"
A1 = "12家企业总投资额达26亿元,全部投产后预计可增加税收12.7亿元"
A2 = "目前,奉贤区内聚集了纳税达6亿元的如新、获得“2014年度上海市政府质量金奖”的伽蓝、本土知名企业百雀羚等近70家美容化妆品企业"
A3 = "从全球角度来看,这里有世界知名直销企业美国如新、化妆品ODM企业韩国科丝美诗"
AS1 = "2017年2月（集中开工、开业、开租仪式）"
G["np01"] = dict(
 article=art("上海奉贤: 发力健康产业 建设“东方美谷”", "经济日报（吴凯 李治国），载于中国经济网 district.ce.cn（“来源:中国经济网-《经济日报》”）", "2017-02-20", "day",
  "National economic daily on its web portal, Shanghai: a district's beauty-and-health brand — 12 firms settle in a municipal development zone with their total investment and expected tax, the district's cosmetics firms named",
  "http://district.ce.cn/zg/201702/20/t20170220_20345235.shtml",
  "日期取页面“2017年02月20日 13:33 来源:中国经济网-《经济日报》 吴 凯 李治国”（该行已删）。标题照录。存段末段“在上海加快推进…“世界”在句中中断，整段删去；正文截至“…加快集聚……”，含小标题“勾画美好蓝图”一行，共五段。园区：上海市工业综合开发区（奉贤区，上海；12家企业落户于此）。“东方美谷”文中明说“不是一个物理概念上的园区”，是以奉贤区全域为载体的产业品牌，不列园区。公司：12家落户企业未点名；如新（美国如新）、伽蓝、百雀羚、科丝美诗（韩国科丝美诗）为奉贤区内企业，文中未放入园区（park null，可选）。事实：12家企业落户、总投资26亿元（开发区，2017年2月）；“全部投产后预计可增加税收12.7亿元”为预期（target）；如新纳税6亿元、奉贤区近70家化妆品企业为可选。",
  "np01"),
 parks=[
  park(GZ, "上海", "上海", "开发区", A0, district="奉贤区", note="12家美丽健康产业企业落户；文中只此一处"),
 ],
 companies=[
  comp("如新", None, A2, aliases=["美国如新"], opt=True, note="奉贤区内企业；园区未说"),
  comp("伽蓝", None, A2, opt=True, note="奉贤区内企业；园区未说"),
  comp("百雀羚", None, A2, opt=True, note="奉贤区内企业；园区未说"),
  comp("韩国科丝美诗", None, A3, opt=True, note="化妆品ODM企业，在奉贤；园区未说"),
 ],
 institutions=[
  inst("奉贤区委", "奉贤区委书记庄木弟说", note="区委书记庄木弟"),
 ],
 aggregate_facts=[
  fact(GZ, "park", "firms_settled", 12, "count", A0, AS1),
  fact(GZ, "park", "settled_firms_investment_cny", 2.6e9, "cny", A1, AS1, chk=True, note="12家落户企业总投资额"),
  fact(GZ, "park", "expected_annual_tax_cny", 1.27e9, "cny", "全部投产后预计可增加税收12.7亿元", "全部投产后（预计）", kind="target", chk=True,
       note="12家企业全部投产后预计新增税收"),
  fact("如新", "company", "tax_paid_cny", 6e8, "cny", "纳税达6亿元的如新", "2017年初", opt=True, chk=True),
  fact("奉贤区", "region", "cosmetics_firms", 70, "count", A2, "2017年初", qual="约", qtext="近", opt=True),
 ])

# ---------------------------------------------------------------- np02 东方美谷不断迸发创新火花 (中国经济导报 2017)
DM = "东方美谷"
B0 = "“东方美谷”又传佳讯,该谷核心区23号楼,即将新添一对“新朋友”,他们一个是全球最大的化妆品代工制造商——莹特丽集团,另一个是上海惟一拥有化妆品专业的高校——上海应用技术大学"
B1 = "东方美谷规模以上企业,完成总产值180.1亿元,实现税收24亿元"
B2 = "2016年6月,伽蓝(集团)股份有限公司、如新(中国)日用保健品有限公司、上海凯宝药业股份有限公司、上海中西三维药业有限公司联合发起成立了东方美谷产业促进中心"
G["np02"] = dict(
 article=art("东方美谷不断迸发创新火花", "中国经济导报（记者 鲍筱兰），数字报 ceh.com.cn 2017-08-25 第A05版“聚焦上海”", "2017-08-25", "day",
  "National economic weekly's e-paper, Shanghai: a district's cosmetics cluster — a contract manufacturer and a university move into its core-area building, the cluster's output and tax, firms founding a promotion centre",
  "https://www.ceh.com.cn/epaper/uniflows/html/2017/08/25/A05/A05_62.htm",
  "日期取版面“出版日期: 2017-08-25 … 第A05版:聚焦上海”。标题照录；版面导航、日期版次行与“作者来源:中国经济导报 字数:817”已删。存段在末段“从研发、生产、营销等方面全方位整”处中断，该句（“通过跟踪…全方位整”）已删（make_txt.py LINE_SUFFIX），正文截至“…成立了东方美谷产业促进中心。”，共四段。园区：东方美谷（奉贤区的美丽健康产业集聚区；文中有“该谷核心区23号楼”，作产业园区处理，kind 记“产业集聚区”；同期经济日报文称其“不是一个物理概念上的园区”，见 np01）。公司：莹特丽集团（入驻核心区23号楼）；发起东方美谷产业促进中心的四家企业，园区推定为东方美谷（note）。机构：上海应用技术大学（入驻23号楼）、东方美谷产业研究院、东方美谷产业促进中心（可选）。事实：东方美谷规模以上企业总产值180.1亿元、税收24亿元（年份未明说，紧接“2016年”句，推定为2016年）；化妆品品牌3000多个、亩均产税100万元、奉贤纳税十强中6家为可选。",
  "np02"),
 parks=[
  park(DM, "上海", "上海", "产业集聚区", B0, district="奉贤区", note="文中有“该谷核心区23号楼”；奉贤区美丽健康产业品牌园区"),
 ],
 companies=[
  comp("莹特丽集团", DM, B0, note="全球最大的化妆品代工制造商，入驻核心区23号楼"),
  comp("伽蓝(集团)股份有限公司", DM, B2, note="东方美谷产业促进中心发起企业；园区推定"),
  comp("如新(中国)日用保健品有限公司", DM, B2, note="同上"),
  comp("上海凯宝药业股份有限公司", DM, B2, note="同上"),
  comp("上海中西三维药业有限公司", DM, B2, note="同上"),
 ],
 institutions=[
  inst("上海应用技术大学", B0, kind="university", park=DM, note="入驻核心区23号楼"),
  inst("东方美谷产业研究院", "上海应用技术大学注册的东方美谷产业研究院为莹特丽提供全产业链服务", kind="research", park=DM),
  inst("东方美谷产业促进中心", B2, kind="association", park=DM),
 ],
 aggregate_facts=[
  fact(DM, "park", "output_cny", 1.801e10, "cny", B1, "2016年（推定）", chk=True, note="规模以上企业总产值；年份未明说"),
  fact(DM, "park", "tax_revenue_cny", 2.4e9, "cny", "实现税收24亿元", "2016年（推定）", chk=True, note="规模以上企业税收"),
  fact(DM, "park", "cosmetics_brands", 3000, "count", "化妆品品牌更是多达3000多个", "2017年8月", qual="余", qtext="多", opt=True),
  fact(DM, "park", "tax_per_mu_cny", 1e6, "cny", "东方美谷相关产业亩均产税却已达到100万元", "2016年", chk=True, opt=True),
  fact("奉贤区", "region", "top10_taxpayers_in_cluster", 6, "count", "奉贤区纳税十强企业中有6个是东方美谷相关企业", "2016年", opt=True),
 ])

# ---------------------------------------------------------------- np03 临港新片区 24个智能网联新能源汽车重点项目签约 (新京报 via 慧聪 2019)
LG = "临港新片区"
LC = "临港产业区"
WL = "临港物流园区"
C0 = "新京报记者了解到,包含制造、应用、服务和功能平台四大类型共24个智能网联新能源汽车重点项目签约,涉及总投资近80亿元"
C1 = "从2007年开始,上汽自主品牌整车和新能源整车项目、奔驰再制造、延锋百利得等上下游产业配套企业落地,构成了功能齐全的产业链"
C2 = "2018年,上汽大通EV31项目整车下线;同年,特斯拉落地临港产业区,成为国内电动车外资股比开放以后第一个项目"
C3 = "临港物流园区和洋山保税港区陆域部分,集聚了宝马、大众保时捷等知名车企亚太分拨中心,以及马士基等大批航运物流贸易服务企业"
C4 = "已建成上海临港智能网联汽车综合测试示范区,无人智能网联汽车封闭测试和体验区总面积达7平方公里"
C5 = "依托无人驾驶综合示范区建设,已经集聚地平线、图森未来等企业"
AS3 = "2019年9月26日（签约仪式）"
G["np03"] = dict(
 article=art("80亿!24个智能网联新能源汽车重点项目签约", "新京报（“新京报记者了解到”），经 5G智联车，载于慧聪汽服网 qipei.hczyw.com", "2019-09-30", "day",
  "Trade portal relaying a Beijing daily, Shanghai: a new free-trade-zone area signs 24 connected-vehicle projects with their total, its car industry's earlier projects and firms, output, logistics park and test zone",
  "https://qipei.hczyw.com/zh/2019/0930/7602.html",
  "日期取页面“慧聪汽服网 … 2019-09-30 出处:5G智联车”（该行已删）；签约仪式在9月26日。标题照录。正文六段，至“…一系列有力举措。”；其后“免责声”为网站声明残文，已删。园区：临港新片区（全称“中国(上海)自由贸易试验区临港新片区”，作别名；文中又作“新片区”）；临港产业区（特斯拉落地处，母园区推定为临港新片区）；临港物流园区（宝马、大众保时捷分拨中心，马士基等）；洋山保税港区、上海临港智能网联汽车综合测试示范区为可选。项目：24个签约项目未点名（合计“近80亿元”记事实，约）；上汽大通EV31项目“整车下线”（可选，投产）；上汽自主品牌整车和新能源整车项目“落地”（可选，无状态）。公司：特斯拉（临港产业区）、延锋百利得、地平线、图森未来（临港新片区）、宝马、大众保时捷、马士基（临港物流园区；同句并列洋山保税港区陆域部分）等。基金：临创基金（规模未说）。事实：2018年临港汽车整车及零部件产业工业总产值380亿元（subject 记临港新片区，note 注明文中作“临港”）。",
  "np03"),
 parks=[
  park(LG, "上海", "上海", "自由贸易试验区新片区", "9月26日上午,中国(上海)自由贸易试验区临港新片区推动智能网联新能源汽车产业发展和重点项目签约仪式举行",
       district="浦东新区", aliases=["中国(上海)自由贸易试验区临港新片区", "新片区"], note="文中又作“临港”"),
  park(LC, "上海", "上海", "产业区", C2, district="浦东新区", parent=LG, note="特斯拉落地处；母园区由语境推定"),
  park(WL, "上海", "上海", "物流园区", C3, district="浦东新区", parent=LG, note="车企亚太分拨中心集聚"),
  park("洋山保税港区", "上海", "上海", "保税港区", C3, parent=LG, opt=True, note="只作“洋山保税港区陆域部分”"),
  park("上海临港智能网联汽车综合测试示范区", "上海", "上海", "测试示范区", C4, parent=LG, opt=True, note="测试场地，非产业园区"),
 ],
 companies=[
  comp("特斯拉", LC, C2),
  comp("上汽大通", LG, C2, opt=True, note="只在项目名中"),
  comp("延锋百利得", LG, C1, note="上下游产业配套企业落地"),
  comp("上汽", LG, C1, opt=True, note="只在“上汽自主品牌整车和新能源整车项目”中"),
  comp("奔驰", LG, C1, opt=True, note="只在“奔驰再制造”中"),
  comp("宝马", WL, C3, note="亚太分拨中心；同句并列洋山保税港区陆域部分"),
  comp("大众保时捷", WL, C3, note="同上"),
  comp("马士基", WL, C3, note="航运物流贸易服务企业"),
  comp("地平线", LG, C5, note="集聚于无人驾驶综合示范区"),
  comp("图森未来", LG, C5, note="同上"),
 ],
 projects=[
  proj("上汽大通EV31项目", LG, C2, companies=["上汽大通"], status="投产", status_text="整车下线", opt=True, note="2018年整车下线"),
  proj("上汽自主品牌整车和新能源整车项目", LG, C1, companies=["上汽"], opt=True, note="2007年起落地；无状态词"),
  proj("奔驰再制造", LG, C1, companies=["奔驰"], opt=True, note="落地的配套项目/企业；名称不全"),
 ],
 funds=[
  fund("临创基金", LG, "此外,临创基金把智能网联汽车作为重点投资方向,已经推进车载芯片、激光雷达等领域一批重点项目投资", note="规模未说"),
 ],
 aggregate_facts=[
  fact(LG, "park", "projects_signed", 24, "count", C0, AS3),
  fact(LG, "park", "signed_investment_cny", 8e9, "cny", "涉及总投资近80亿元", AS3, qual="约", qtext="近", chk=True),
  fact(LG, "park", "auto_industry_output_cny", 3.8e10, "cny", "2018年,临港汽车整车及零部件产业实现工业总产值达380亿元", "2018年", chk=True,
       note="文中作“临港汽车整车及零部件产业”"),
  fact("上海南港", "region", "vehicles_handled", 400000, "vehicles", "2018年整车装卸40万辆", "2018年", opt=True),
  fact("上海临港智能网联汽车综合测试示范区", "park", "test_area_km2", 7, "km2", C4, "2019年9月", opt=True),
 ])

# ---------------------------------------------------------------- np04 金桥5G产业生态园开园 (guangdiancheng 2020)
JQ = "金桥开发区"
JG = "金桥5G产业生态园"
D0 = "坐落于浦东金桥开发区的上海首个5G产业生态园昨天开园,一大批重点项目同步集中开工"
D1 = "在金桥这个5G产业生态园里,华为上海研究所、诺基亚贝尔等巨头纷纷亮出“看家本领”"
D2 = "而上海烟草机械、中微电子、沪东造船等企业率先尝鲜,让工业场景插上5G、AI智能翅膀"
D3 = "昨天,5G产业园入驻和签约42家企业、重点项目,总投资额达130亿元,大多为产业项目,既有创新平台、研发中心,又有企业总部和投资基金"
AS4 = "2020年3月12日（开园）"
G["np04"] = dict(
 article=art("上海首个5G产业园开园 新动能蓄势发力", "guangdiancheng.com“新闻资讯”栏转载（原发媒体与署名存段未示）", "2020-03-13", "day",
  "Company site relaying a Shanghai news item: a 5G industrial park opens inside a national development zone — firms using 5G there, 42 firms and projects entered or signed with their total investment",
  "http://www.guangdiancheng.com/newsList/644.html",
  "日期取页面标题后“(2020-03-13 11:03:31)”（make_txt.py HEAD_SUFFIX 删去）；文中“昨天开园”即2020年3月12日。栏目“新闻资讯”与“关键词: 5G 上海”已删。存段末段“2019年是5G商用元年…以及一批技术创新和相关应用领”全段为一句，在句中中断，整段删去；正文截至“…又有企业总部和投资基金。”，共三段。园区：金桥开发区（文中作“浦东金桥开发区”，作别名）；金桥5G产业生态园（又作“5G产业生态园”“5G产业园”，标题作“上海首个5G产业园”；母园区金桥开发区）。公司：华为上海研究所、诺基亚贝尔（“在金桥这个5G产业生态园里”）；上海烟草机械、中微电子、沪东造船（5G应用企业，同段，园区按语境记生态园，可选性低，note）。事实：入驻和签约42家企业、重点项目，总投资额130亿元（2020年3月12日）；集中开工项目未点名未计数。上海烟草机械产能提升3倍为可选。",
  "np04"),
 parks=[
  park(JQ, "上海", "上海", "开发区", D0, district="浦东新区", aliases=["浦东金桥开发区"], note="文中又作“金桥”"),
  park(JG, "上海", "上海", "产业园", "作为上海5G全覆盖、提供完整5G产研条件的创新园,金桥5G产业生态园主要面向全球招引“国内顶尖、国际一流”的5G产业链相关平台、龙头企业和重要项目",
       district="浦东新区", parent=JQ, aliases=["5G产业生态园", "5G产业园"], note="标题作“上海首个5G产业园”；2020年3月12日开园"),
 ],
 companies=[
  comp("华为上海研究所", JG, D1),
  comp("诺基亚贝尔", JG, D1),
  comp("上海烟草机械", JG, D2, note="5G应用企业；园区按语境（同段“在金桥这个5G产业生态园里”）"),
  comp("中微电子", JG, D2, note="同上"),
  comp("沪东造船", JG, D2, note="同上"),
 ],
 aggregate_facts=[
  fact(JG, "park", "firms_and_projects_signed", 42, "count", D3, AS4, note="入驻和签约的企业、重点项目合计"),
  fact(JG, "park", "signed_investment_cny", 1.3e10, "cny", "总投资额达130亿元", AS4, chk=True),
  fact("上海烟草机械", "company", "capacity_increase_multiple", 3, "times", "以上海烟草机械一条5G生产线为例,产能目前提升了3倍", "2020年3月", opt=True),
 ])

# ---------------------------------------------------------------- np05 松江 25个项目签约、5个开工 (央视总台 via gsick 2022)
SJ = "松江区"
E0 = "上海松江区有25个重大产业项目签约、5个项目开工,总投资285亿元"
E1 = "其中,上海某高新技术研究院总部基地项目进行了现场签约。该项目分为三期,总投资30亿元,计划用地169.73亩"
E2 = "当天集中开工的5个重大产业项目总投资20亿元,涵盖新材料、新能源、高端装备等多个领域"
E3 = "本次大会发布的上海第三批13个特色产业园区中,位于松江的G60信创产业基地也位列其中"
AS5 = "2022年6月16日（全球投资促进大会）"
G["np05"] = dict(
 article=art("上海松江一批重大产业项目签约及开工,总投资285亿元", "央视总台（记者 胡祎玮 庞清珊，编辑 杨伊宁），载于 gsick.com（昆山高实创科公司网站“行业新闻”栏转载）", "2022-11-08", "day",
  "Company site relaying a national broadcaster's item, Shanghai: a district's projects signed and started at the city's investment-promotion conference — one anonymised HQ project with its amount, the started projects' total, a designated featured industrial park",
  "https://www.gsick.com/industry/3497.html",
  "日期取转载页“时间:2022-11-08”；所报事件为2022年6月16日上海全球投资促进大会（as_of 用事件日）。标题照录；面包屑、时间行与页脚（地址、电话、邮箱、版权、备案）已删。正文四段完整，至“…(总台记者 胡祎玮 庞清珊 编辑 杨伊宁)”。园区：G60信创产业基地（上海第三批特色产业园区，位于松江）。“长三角G60科创走廊”为跨区域走廊，不列园区。项目：上海某高新技术研究院总部基地项目（文中即匿名，照录；现场签约→签约；总投资30亿元；分三期；园区未说，park null）。事实：松江区（region）25个签约、5个开工，合计总投资285亿元；5个开工项目总投资20亿元；上海第三批特色产业园区13个为可选。松江区经委列可选机构。",
  "np05"),
 parks=[
  park("G60信创产业基地", "上海", "上海", "特色产业园区", E3, district="松江区", note="上海第三批特色产业园区之一"),
 ],
 institutions=[
  inst("松江区经委", "松江区经委主任陈超表示", note="主任陈超"),
 ],
 projects=[
  proj("上海某高新技术研究院总部基地项目", None, E1, inv="总投资30亿元", status="签约", status_text="现场签约",
       note="名称匿名照录；分三期，计划用地169.73亩；园区未说"),
 ],
 aggregate_facts=[
  fact(SJ, "region", "projects_signed", 25, "count", E0, AS5),
  fact(SJ, "region", "projects_started", 5, "count", E0, AS5),
  fact(SJ, "region", "signed_and_started_investment_cny", 2.85e10, "cny", E0, AS5, chk=True, note="25个签约与5个开工项目合计"),
  fact(SJ, "region", "projects_started_investment_cny", 2e9, "cny", E2, AS5, chk=True),
  fact("上海", "region", "featured_parks_announced", 13, "count", E3, AS5, opt=True, note="第三批特色产业园区"),
 ])

# ---------------------------------------------------------------- np06 上海湾区高新区 2023年半年度项目集中签约 (17car 2023)
WQ = "上海湾区高新区"
F0 = "今天(6月16日)下午,上海湾区高新区举行2023年半年度项目集中签约,12个项目签约落户"
F1 = "此次签约的项目涵盖了智能制造、新一代信息技术及航空航天等产业领域,计划总投资43亿元"
F2 = "其中,金海芯半导体(上海)有限公司主要致力于对晶圆及芯片进行测试和加工,未来将在园区内建设年测试加工6万片晶圆/36000万颗芯片项目"
F3 = "此外,上海申银集团是一家拥有40年历史的粉体混合装备生产商,将投资5.5亿元,用地40亩,建设锂电专用粉体智能混合装备及预制菜混合装备的研发总部和生产基地"
F4 = "而上海张江金山高科技产业开发有限公司,计划总投资5.21亿元,开发建设48.9亩土地,建设生物医药标准产业园,计划总建筑面积为7.48万平方米"
F5 = "上海民航龙华机场有限公司(以下简称“龙华机场”)作为上海中心城区唯一拥有民航通用直升机机场的企业"
AS6 = "2023年6月16日（集中签约）"
G["np06"] = dict(
 article=art("（无标题）上海湾区高新区举行2023年半年度项目集中签约 12个项目签约落户", "shanghai.17car.com.cn 转载（原发媒体与署名存段未示；文中“今天(6月16日)”）", "2023-06-16", "day",
  "Auto-news site relaying a district item, Shanghai: a high-tech zone's half-year signing of 12 projects with their total — a chip-testing project, an equipment maker's HQ and plant, a biomedicine standard-factory park with amounts, an airport operator's HQ",
  "http://shanghai.17car.com.cn/shanghai/2023/0616/480542.html",
  "日期取网址 2023/0616 与文中“今天(6月16日)”。存段无标题（title 为编者概括）。图片说明“(相关资料图)”“生物医药标准产业园效果图”已删。存段在末段“技术咨”处中断，该句（“此次与园区在…技术咨”）已删（make_txt.py LINE_SUFFIX），正文截至“…航空服务等运营业务。”，共五段。园区：上海湾区高新区（金山区，上海；文中又作“园区”）。项目（均属12个签约项目，签约落户→签约）：金海芯半导体“年测试加工6万片晶圆/36000万颗芯片项目”（无金额）；上海申银集团“锂电专用粉体智能混合装备及预制菜混合装备的研发总部和生产基地”（将投资5.5亿元）；上海张江金山高科技产业开发有限公司“生物医药标准产业园”（计划总投资5.21亿元，园区开发项目）。龙华机场为研发/地区总部签约企业，项目未点名，只列公司。事实：12个项目签约、计划总投资43亿元。",
  "np06"),
 parks=[
  park(WQ, "上海", "上海", "高新区", F0, district="金山区", note="文中又作“园区”；“金山经济发展的主战场”"),
 ],
 companies=[
  comp("金海芯半导体(上海)有限公司", WQ, F2),
  comp("上海申银集团", WQ, F3),
  comp("上海张江金山高科技产业开发有限公司", WQ, F4, note="园区开发建设方"),
  comp("上海民航龙华机场有限公司", WQ, F5, aliases=["龙华机场"], note="研发总部和地区总部项目签约企业"),
 ],
 projects=[
  proj("年测试加工6万片晶圆/36000万颗芯片项目", WQ, F2, companies=["金海芯半导体(上海)有限公司"], status="签约", status_text="签约落户",
       note="12个签约项目之一；无金额"),
  proj("锂电专用粉体智能混合装备及预制菜混合装备的研发总部和生产基地", WQ, F3, companies=["上海申银集团"], inv="投资5.5亿元",
       status="签约", status_text="签约落户", note="用地40亩"),
  proj("生物医药标准产业园", WQ, F4, companies=["上海张江金山高科技产业开发有限公司"], inv="计划总投资5.21亿元", status="签约", status_text="签约落户",
       note="园区开发项目；48.9亩，建筑面积7.48万平方米"),
 ],
 aggregate_facts=[
  fact(WQ, "park", "projects_signed", 12, "count", F0, AS6),
  fact(WQ, "park", "signed_investment_cny", 4.3e9, "cny", F1, AS6, chk=True),
 ])

# ---------------------------------------------------------------- np07 静安 市北高新园区 (高质量发展在申城 2023)
SB = "市北高新园区"
H0 = "静安区市北高新园区,全市首个大数据产业基地、首个区块链创新应用综合性试点建设的核心区,注册企业4900余家,园区企业总营收最高突破2400亿元,总税收突破90亿元"
AS7 = "2023年9月（发布会）"
G["np07"] = dict(
 article=art("高质量发展在申城|静安:“十四五”内亿元楼将突破百幢", "luomall.com“最新资讯”栏转载（原发媒体与署名存段未示）", "2023-09-21", "day",
  "Aggregator relaying a Shanghai news item: a city-centre district's press conference — its big-data industrial park with registered firms, peak revenue and tax, the district's service-economy share",
  "http://www.luomall.com/news/160.html",
  "日期取页面“时间:09-21”；年份页面未示，据“高质量发展在申城”系列市政府新闻发布会推定为2023年（不确定）；文中“昨天…举行静安区专场”。标题照录（页面重复一次，第二处已删）；导航、“加入收藏”、时间来源行已删。正文为一长段：开头“市北政企通服务中心内的自助办税区和远程办税区。”为图片说明、“数智产业拔节生长”为小标题，均与正文粘连，照录未改。存段在“为高质”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…拥有三分之一全市核心大数据企业。”。园区：市北高新园区（静安区，上海）。事实：注册企业4900余家（余）、园区企业总营收“最高突破2400亿元”（超；“最高”指历年峰值，年份未说）、总税收突破90亿元（超）；面积3.31平方公里可选；静安区服务经济比重96%以上（region，可选）。",
  "np07"),
 parks=[
  park(SB, "上海", "上海", "高新园区", H0, district="静安区", note="全市首个大数据产业基地；3.31平方公里"),
 ],
 institutions=[
  inst("市北政企通服务中心", "市北政企通服务中心内的自助办税区和远程办税区", kind="government", park=SB, note="图片说明中"),
 ],
 aggregate_facts=[
  fact(SB, "park", "registered_firms", 4900, "count", "注册企业4900余家", AS7, qual="余", qtext="余"),
  fact(SB, "park", "revenue_cny", 2.4e11, "cny", "园区企业总营收最高突破2400亿元", AS7, qual="超", qtext="最高突破", chk=True, note="历年最高值；年份未说"),
  fact(SB, "park", "tax_revenue_cny", 9e9, "cny", "总税收突破90亿元", AS7, qual="超", qtext="突破", chk=True),
  fact(SB, "park", "area_km2", 3.31, "km2", "实际上全都诞生于一块3.31平方公里的土地上", AS7, opt=True),
  fact("静安区", "region", "service_economy_share", 0.96, "ratio", "目前静安区服务经济比重达96%以上", AS7, kind="ratio", qual="超", qtext="以上", opt=True),
 ])
