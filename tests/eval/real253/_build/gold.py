# real253 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates as ratios (399% → 3.99). Projects: the park
# is the one the text places the project in, null if none (a county or city is a region, not a park). Status from the
# text's words (集中开工 / 开工仪式 → 开工; 竣工 → 竣工). “达产达标后可实现…” / “预计可年新增…” figures are kind target.
# Counts and sums of a collective start (“此次集中开工的…”) are reported for the day of the event. Sources are `search`
# (corpus pages) excerpts typed into _raw/pages/srNN.raw as returned.

# ---------------------------------------------------------------- sr01 黎川43个项目集中开工 (抚州, 2018)
LC = "黎川县"
A0 = "该县康舒陶瓷(三期)扩建项目、乐中瓷泥有限公司、江西同胜环境技术有限公司等15个工业项目"
A1 = "“一河两岸”景观改造续建工程、湖坊国防教育基地项目、黎滩河生态河滨带建设、聚龙湾创4A级乡村旅游点等28个重大项目集中开工仪式在这里举行"
A2 = "此次集中开工的43个项目总投资39.2亿元"
A3 = "此次集中开工的15个工业项目涵盖陶瓷、物流、能源、节能科技等多个领域,总投资约22.5亿元"
A4 = "28个重大项目涵盖交通基础设施、教育医疗基础设施、生态环境保护、文化旅游等方面,总投资达16.7亿元"
AS1 = "2018年7月26日（集中开工）"
G["sr01"] = dict(
 article=art("黎川43个项目集中开工", "“本报黎川讯”（通讯员王武辉；报名存段未示，当为抚州地方报），载于 qsjwater.com（“黎川新闻”栏）", "2018-07-29", "day",
  "County news relayed by a local-news site, Jiangxi (抚州 黎川县): a county's collective groundbreaking — 43 projects with their total, three named industrial projects (firms), four named public projects, the industrial and other subtotals, the county's investment-promotion measures",
  "http://qsjwater.com/a/lichuanxinwen/2018/0729/135363.html",
  "日期取页面“时间:2018-07-29 01:13”；开工仪式为7月26日上午。标题照录；“RSS”“当前位置 : 主页 > 黎川新闻 >”与时间行已删。正文三段，完整。文中未出现园区名称（只说“该县”），parks 为空；黎川县为县（region）。项目：康舒陶瓷(三期)扩建项目、乐中瓷泥有限公司、江西同胜环境技术有限公司（以企业名作项目名）为15个工业项目中点名者——开工；“一河两岸”景观改造续建工程等四个为非工业重大项目（可选）。金额只有合计：43个项目39.2亿元、15个工业项目约22.5亿元、28个重大项目16.7亿元。“组建8个专业招商团队”等招商举措不计。",
  "sr01"),
 parks=[],
 companies=[
  comp("乐中瓷泥有限公司", None, A0, note="以企业名作开工项目名；园区文中未说"),
  comp("江西同胜环境技术有限公司", None, A0, note="以企业名作开工项目名；园区文中未说"),
  comp("康舒陶瓷", None, A0, opt=True, note="只在项目名中（康舒陶瓷(三期)扩建项目）"),
 ],
 projects=[
  proj("康舒陶瓷(三期)扩建项目", None, A0, companies=["康舒陶瓷"], phase="三期", status="开工", status_text="集中开工",
       note="开工仪式在该项目工地举行；黎川县项目，园区未说"),
  proj("乐中瓷泥有限公司", None, A0, companies=["乐中瓷泥有限公司"], status="开工", status_text="集中开工", note="以企业名作项目名；15个工业项目之一"),
  proj("江西同胜环境技术有限公司", None, A0, companies=["江西同胜环境技术有限公司"], status="开工", status_text="集中开工", note="以企业名作项目名；15个工业项目之一"),
  proj("“一河两岸”景观改造续建工程", None, A1, status="开工", status_text="集中开工", opt=True, note="城建项目"),
  proj("湖坊国防教育基地项目", None, A1, status="开工", status_text="集中开工", opt=True, note="非工业项目"),
  proj("黎滩河生态河滨带建设", None, A1, status="开工", status_text="集中开工", opt=True, note="生态项目"),
  proj("聚龙湾创4A级乡村旅游点", None, A1, status="开工", status_text="集中开工", opt=True, note="旅游项目"),
 ],
 aggregate_facts=[
  fact(LC, "region", "projects_started", 43, "count", A2, AS1),
  fact(LC, "region", "projects_started_investment_cny", 3.92e9, "cny", A2, AS1, chk=True),
  fact(LC, "region", "industrial_projects_started", 15, "count", A3, AS1),
  fact(LC, "region", "industrial_projects_started_investment_cny", 2.25e9, "cny", A3, AS1, qual="约", qtext="约", chk=True),
  fact(LC, "region", "other_major_projects_started", 28, "count", A4, AS1, opt=True),
  fact(LC, "region", "other_major_projects_started_investment_cny", 1.67e9, "cny", A4, AS1, opt=True, chk=True),
 ])

# ---------------------------------------------------------------- sr02 弋阳 2019年第四次工业项目集中开(竣)工 (上饶, 2019/2020)
YY = "弋阳县"
B0 = "弋阳县此次开(竣)工项目共30个,总投资65.57亿元"
B1 = "其中,开工项目15个,总投资40.28亿元"
B2 = "竣工项目15个,总投资25.29亿元"
AS2 = "2019年12月30日（集中开竣工）"
G["sr02"] = dict(
 article=art("弋阳举行2019年第四次工业项目集中开(竣)工活动", "“本报讯”（揭剑华 记者陈绍鹏；报名存段未示，当为上饶地方报），载于 ycahj.com（“江西新闻”栏）", "2020-01-24", "day",
  "City paper item relayed by a local-news site, Jiangxi (上饶 弋阳县): a county's fourth collective start / completion of industrial projects in 2019 — counts and totals of projects started and completed, their expected sales and profit-tax, the county's industrial strategy, one named project visited",
  "http://www.ycahj.com/a/jiangxixinwen/2020/0124/218083.html",
  "日期取页面“时间:2020-01-24 03:33”（转载站时间；活动为2019年12月30日，原报刊发当在其后一两日）。标题照录；“RSS”、栏目行与时间行已删。正文三段，完整；第一段内“出席。   近年来”之间的三个空格照录（存段原样，一行即一段）。“市委书记马承祖”等为上饶市领导。文中未出现园区名称（“决战园区”为口号），parks 为空。事实：30个项目65.57亿元；开工15个40.28亿元，达产达标后年销售收入83.2亿元、利税17.77亿元（target）；竣工15个25.29亿元，年销售收入44.3亿元、利税4.76亿元（target，可选）。项目：弋阳海创固废处理项目——活动后调研，文中未说阶段，status null。",
  "sr02"),
 parks=[],
 companies=[],
 institutions=[],
 projects=[
  proj("弋阳海创固废处理项目", None, "活动结束后,马承祖还来到弋阳海创固废处理项目、三县岭镇政府及镇扶贫工作站进行调研",
       note="市委书记调研的项目；阶段文中未说"),
 ],
 aggregate_facts=[
  fact(YY, "region", "projects_started_or_completed", 30, "count", B0, AS2),
  fact(YY, "region", "projects_started_or_completed_investment_cny", 6.557e9, "cny", B0, AS2, chk=True),
  fact(YY, "region", "projects_started", 15, "count", B1, AS2),
  fact(YY, "region", "projects_started_investment_cny", 4.028e9, "cny", B1, AS2, chk=True),
  fact(YY, "region", "projects_started_expected_annual_sales_cny", 8.32e9, "cny", "可实现年销售收入83.2亿元、利税17.77亿元", "达产达标后（预计）", kind="target", chk=True),
  fact(YY, "region", "projects_started_expected_annual_profit_tax_cny", 1.777e9, "cny", "利税17.77亿元", "达产达标后（预计）", kind="target", opt=True, chk=True),
  fact(YY, "region", "projects_completed", 15, "count", B2, AS2),
  fact(YY, "region", "projects_completed_investment_cny", 2.529e9, "cny", B2, AS2, chk=True),
  fact(YY, "region", "projects_completed_expected_annual_sales_cny", 4.43e9, "cny", "可实现年销售收入44.3亿元、利税4.76亿元", "达产达标后（预计）", kind="target", opt=True, chk=True),
  fact(YY, "region", "projects_completed_expected_annual_profit_tax_cny", 4.76e8, "cny", "利税4.76亿元", "达产达标后（预计）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- sr03 吉安93个重大工业项目集中开工竣工 (新干县, 2018)
JA = "吉安市"
C0 = "2018年吉安市重大工业项目第三次集中开工竣工活动暨江西瀚茂精密制造项目开工仪式在新干县举行"
C1 = "吉安市此次共有93个项目集中开工竣工,项目总投资367.7亿元"
C2 = "其中新开工项目56个,投资总额239.7亿元"
C3 = "竣工项目37个,投资总额128亿元"
C4 = "电子信息等战略性新兴产业项目64个,投资额288.3亿元"
AS3 = "2018年10月18日（集中开工竣工）"
G["sr03"] = dict(
 article=art("吉安93个重大工业项目集中开工竣工", "“本报吉安讯”（记者刘之沛 通讯员谢炳华；报名存段未示，当为省报），载于 m.shzx.org（四海资讯，“江西新闻”栏）", "2018-10-25", "day",
  "Provincial-paper item relayed by a news aggregator, Jiangxi (吉安): a city's third collective start / completion of major industrial projects in 2018, held in a county (新干县) with one named project's groundbreaking — counts and totals started and completed, average size, expected revenue and profit-tax, the strategic-emerging share",
  "https://m.shzx.org/a/31-17741-0.html",
  "日期取页面“时间:2018-10-25”；活动为10月18日上午。标题照录；站名、栏目行、时间行及“上一篇 / 下一篇”已删。正文两段，完整。文中未出现园区名称，parks 为空；吉安市为市、新干县为县（region）。项目：江西瀚茂精密制造项目——“开工仪式”在新干县举行→开工，园区未说（null）。事实主体为吉安市：93个项目367.7亿元；新开工56个239.7亿元；竣工37个128亿元；平均投资额约4亿元（可选）；达产达标后预计年新增主营业务收入453亿元、利税55.5亿元（target）；战略性新兴产业项目64个288.3亿元（可选）。real23 曾见此页而未用（“no park named”）；本集用作市级集中开竣工登记之例。",
  "sr03"),
 parks=[],
 companies=[],
 projects=[
  proj("江西瀚茂精密制造项目", None, C0, status="开工", status_text="开工仪式", note="开工仪式在新干县举行；园区未说"),
 ],
 aggregate_facts=[
  fact(JA, "region", "projects_started_or_completed", 93, "count", C1, AS3),
  fact(JA, "region", "projects_started_or_completed_investment_cny", 3.677e10, "cny", C1, AS3, chk=True),
  fact(JA, "region", "projects_started", 56, "count", C2, AS3),
  fact(JA, "region", "projects_started_investment_cny", 2.397e10, "cny", C2, AS3, chk=True),
  fact(JA, "region", "projects_completed", 37, "count", C3, AS3),
  fact(JA, "region", "projects_completed_investment_cny", 1.28e10, "cny", C3, AS3, chk=True),
  fact(JA, "region", "average_investment_cny", 4e8, "cny", "平均投资额约4亿元", AS3, qual="约", qtext="约", opt=True, chk=True),
  fact(JA, "region", "expected_new_annual_revenue_cny", 4.53e10, "cny", "预计可年新增主营业务收入453亿元,利税55.5亿元", "达产达标后（预计）", kind="target", chk=True),
  fact(JA, "region", "expected_new_annual_profit_tax_cny", 5.55e9, "cny", "利税55.5亿元", "达产达标后（预计）", kind="target", opt=True, chk=True),
  fact(JA, "region", "strategic_emerging_projects", 64, "count", C4, AS3, opt=True),
  fact(JA, "region", "strategic_emerging_projects_investment_cny", 2.883e10, "cny", C4, AS3, opt=True, chk=True),
 ])

# ---------------------------------------------------------------- sr04 兴国县集中开工6个重大项目 (赣州, 2020)
XG = "兴国县"
D0 = "这次集中开工的6个重大项目为赣州新能源汽车兴国配套产业园、澳特莱恩智能家电产业园、翼辉达声学器件生产项目、兴瑞鑫光电项目、城市综合体、加大集团年出栏20万头生猪养殖及100万头生猪屠宰加工项目"
D1 = "总投资82.46亿元,投资额分别比第一批、第二批增长399%、102%"
AS4 = "2020年7月21日（第三批集中开工）"
G["sr04"] = dict(
 article=art("总投资超80亿元!兴国县集中开工6个重大项目", "大律师网（maxlaw.cn，“赣州动态”栏；转载，原出处存段未示）", "2020-08-02", "day",
  "Law-portal relay of a county news item, Jiangxi (赣州 兴国县): a county's third batch of collective starts in 2020 — six named projects (two industrial parks-in-the-making, two plants, a city complex, a hog project), their total and its growth over the first two batches",
  "http://www.maxlaw.cn/ganzhou/news/985184206084.shtml",
  "日期取页面“大律师网 时间:2020-08-02”；开工活动为7月21日。标题照录；栏目行、时间行、“导读:…翼......”（正文开头的截断摘要）、版权声明与网站广告已删。正文两段，完整。园区：赣州新能源汽车兴国配套产业园、澳特莱恩智能家电产业园为本次开工的项目，同时是在建的产业园（可选园区，city 赣州，district 兴国县）；其余项目园区未说（null）。项目全部“集中开工”→开工。加大集团只在项目名中（可选公司）。事实：6个项目总投资82.46亿元；比第一批、第二批增长399%、102%（ratio 3.99、1.02，可选）。标题“总投资超80亿元”与正文同一数字，不另计。",
  "sr04"),
 parks=[
  park("赣州新能源汽车兴国配套产业园", "赣州", "江西", "产业园", D0, district="兴国县", opt=True, note="本次开工的项目；建设中的配套产业园"),
  park("澳特莱恩智能家电产业园", "赣州", "江西", "产业园", D0, district="兴国县", opt=True, note="本次开工的项目；企业自建产业园"),
 ],
 companies=[
  comp("加大集团", None, D0, opt=True, note="只在项目名中"),
  comp("澳特莱恩", None, D0, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("赣州新能源汽车兴国配套产业园", None, D0, status="开工", status_text="集中开工", note="园区开发项目"),
  proj("澳特莱恩智能家电产业园", None, D0, companies=["澳特莱恩"], status="开工", status_text="集中开工", note="园区开发项目"),
  proj("翼辉达声学器件生产项目", None, D0, status="开工", status_text="集中开工"),
  proj("兴瑞鑫光电项目", None, D0, status="开工", status_text="集中开工"),
  proj("城市综合体", None, D0, status="开工", status_text="集中开工", opt=True, note="城建项目，名称泛称"),
  proj("加大集团年出栏20万头生猪养殖及100万头生猪屠宰加工项目", None, D0, companies=["加大集团"], status="开工", status_text="集中开工", note="农业项目"),
 ],
 aggregate_facts=[
  fact(XG, "region", "projects_started", 6, "count", D0, AS4),
  fact(XG, "region", "projects_started_investment_cny", 8.246e9, "cny", D1, AS4, chk=True),
  fact(XG, "region", "investment_growth_vs_first_batch", 3.99, "ratio", D1, AS4, kind="ratio", opt=True),
  fact(XG, "region", "investment_growth_vs_second_batch", 1.02, "ratio", D1, AS4, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- sr05 福建省二季度集中开工259个重大项目 (人民政协网 2018)
FJ = "福建省"
E0 = "省重点办筛选了259个、总投资1224亿元的具有代表性、示范性、导向性的重大项目,于6月20、21、22日三天,由各地组织集中开工"
E1 = "其中,产业项目138个、总投资676亿元"
E2 = "基础设施项目78个、总投资367亿元"
E3 = "社会民生43个、总投资182亿元"
E10 = "总投资10亿元以上的项目有:福清市的元洪海鲜世界文化旅游项目、罗源县的无醛热塑铆合板及系列产品生产建设项目、福州长乐区的利嘉国际航空物流项目、南靖凌日箱包生产项目、漳州台商投资区圣莉雅年产4000万卷PVC环保壁纸生产线迁建项目、惠安和邦网络人工智能园区项目、长汀东南农产品加工交易中心项目、连城菲尔姆锂电池膜产业化项目等"
ZZT = "漳州台商投资区"
AS5 = "2018年6月20日—22日（二季度集中开工）"
def p5(name, ev, inv=None, **kw):
    return proj(name, kw.pop("park", None), ev, inv=inv, status="开工", status_text="集中开工", **kw)
G["sr05"] = dict(
 article=art("福建省二季度集中开工259个重大项目", "人民政协网（rmzxw.com.cn，“国企·民企 / 财·知道”栏；记者从省发改委获悉，原出处存段未示）", "2018-06-25", "day",
  "National CPPCC news portal relaying a provincial item, Fujian: the province's second-quarter collective start of 259 major projects — totals by type and by city (including 三明, 南平, 龙岩, 宁德), five named industrial projects with amounts and eight named 10亿元-plus projects in counties and zones",
  "http://www.rmzxw.com.cn/c/2018-06-25/2092719.shtml",
  "日期取网址 2018-06-25；开工为6月20—22日。标题照录；栏目行与“资料图”已删。存段末行“基础设”为下一段残文，已删；正文截至“…连城菲尔姆锂电池膜产业化项目等。”，共三段。本条为省级汇总，非县级园区报道（写入 gaps）；列入因其点名三明、南平、龙岩所辖县市（邵武、连城、长汀）及漳州台商投资区的项目。园区：漳州台商投资区（圣莉雅项目所在）；平潭综合实验区只在分市统计中出现（可选园区）。项目：五个有金额者（50亿、30亿×2、20亿×2），八个“总投资10亿元以上”者（区间，不作投资额），全部集中开工→开工；园区除圣莉雅外均 null（所写为市县）。事实主体为福建省：259个1224亿元；产业138个676亿元；基础设施78个367亿元；社会民生43个182亿元（可选）；分市：三明、南平、龙岩、宁德个数与“约…亿元”（可选），其余城市不列。",
  "sr05"),
 parks=[
  park(ZZT, "漳州", "福建", "台商投资区", E10, note="文中只作项目所在地"),
  park("平潭综合实验区", "福州", "福建", "综合实验区", "平潭综合实验区5个、总投资约40亿元", opt=True, note="分市统计中与设区市并列；city 记福州为编者推定"),
 ],
 companies=[
  comp("永和", None, "总投资30亿元的邵武永和新型环保制冷剂及含氟聚合物等氟化工生产基地项目", opt=True, note="只在项目名中（邵武永和）"),
  comp("百氏耘谷", None, "总投资30亿元的连城百氏耘谷中草药种植田园综合体", opt=True, note="只在项目名中"),
  comp("三宝", None, "总投资20亿元的漳州芗城三宝耐腐蚀热轧卷板生产线项目", opt=True, note="只在项目名中"),
  comp("福建六建", None, "总投资20亿元的福建六建闽侯钢结构装配式建筑工业化产业基地建设项目", opt=True, note="只在项目名中"),
  comp("圣莉雅", ZZT, E10, opt=True, note="只在项目名中"),
  comp("菲尔姆", None, E10, opt=True, note="只在项目名中（连城菲尔姆）"),
 ],
 institutions=[
  inst("省发改委", "记者从省发改委获悉", note="福建省发展和改革委员会"),
  inst("省重点办", E0, note="福建省重点项目建设领导小组办公室"),
 ],
 projects=[
  p5("福清市食品交易中心", "总投资50亿元的福清市食品交易中心", inv="总投资50亿元"),
  p5("邵武永和新型环保制冷剂及含氟聚合物等氟化工生产基地项目", "总投资30亿元的邵武永和新型环保制冷剂及含氟聚合物等氟化工生产基地项目", inv="总投资30亿元", companies=["永和"], note="邵武市（南平）"),
  p5("连城百氏耘谷中草药种植田园综合体", "总投资30亿元的连城百氏耘谷中草药种植田园综合体", inv="总投资30亿元", companies=["百氏耘谷"], note="连城县（龙岩）"),
  p5("漳州芗城三宝耐腐蚀热轧卷板生产线项目", "总投资20亿元的漳州芗城三宝耐腐蚀热轧卷板生产线项目", inv="总投资20亿元", companies=["三宝"]),
  p5("福建六建闽侯钢结构装配式建筑工业化产业基地建设项目", "总投资20亿元的福建六建闽侯钢结构装配式建筑工业化产业基地建设项目", inv="总投资20亿元", companies=["福建六建"]),
  p5("元洪海鲜世界文化旅游项目", E10, note="福清市；10亿元以上（区间，不作投资额）"),
  p5("无醛热塑铆合板及系列产品生产建设项目", E10, note="罗源县；10亿元以上"),
  p5("利嘉国际航空物流项目", E10, note="福州长乐区；10亿元以上"),
  p5("南靖凌日箱包生产项目", E10, note="南靖县；10亿元以上"),
  p5("圣莉雅年产4000万卷PVC环保壁纸生产线迁建项目", E10, park=ZZT, companies=["圣莉雅"], note="漳州台商投资区；10亿元以上；迁建"),
  p5("惠安和邦网络人工智能园区项目", E10, note="惠安县；10亿元以上"),
  p5("长汀东南农产品加工交易中心项目", E10, note="长汀县（龙岩）；10亿元以上"),
  p5("连城菲尔姆锂电池膜产业化项目", E10, companies=["菲尔姆"], note="连城县（龙岩）；10亿元以上"),
 ],
 aggregate_facts=[
  fact(FJ, "region", "projects_started", 259, "count", E0, AS5),
  fact(FJ, "region", "projects_started_investment_cny", 1.224e11, "cny", E0, AS5, chk=True),
  fact(FJ, "region", "industrial_projects_started", 138, "count", E1, AS5),
  fact(FJ, "region", "industrial_projects_started_investment_cny", 6.76e10, "cny", E1, AS5, chk=True),
  fact(FJ, "region", "infrastructure_projects_started", 78, "count", E2, AS5, opt=True),
  fact(FJ, "region", "infrastructure_projects_started_investment_cny", 3.67e10, "cny", E2, AS5, opt=True, chk=True),
  fact(FJ, "region", "social_projects_started", 43, "count", E3, AS5, opt=True),
  fact(FJ, "region", "social_projects_started_investment_cny", 1.82e10, "cny", E3, AS5, opt=True, chk=True),
  fact("三明市", "region", "projects_started", 8, "count", "三明市8个、总投资约17亿元", AS5, opt=True),
  fact("三明市", "region", "projects_started_investment_cny", 1.7e9, "cny", "三明市8个、总投资约17亿元", AS5, qual="约", qtext="约", opt=True, chk=True),
  fact("南平市", "region", "projects_started", 13, "count", "南平市13个、总投资约51亿元", AS5, opt=True),
  fact("南平市", "region", "projects_started_investment_cny", 5.1e9, "cny", "南平市13个、总投资约51亿元", AS5, qual="约", qtext="约", opt=True, chk=True),
  fact("龙岩市", "region", "projects_started", 17, "count", "龙岩市17个、总投资约77亿元", AS5, opt=True),
  fact("龙岩市", "region", "projects_started_investment_cny", 7.7e9, "cny", "龙岩市17个、总投资约77亿元", AS5, qual="约", qtext="约", opt=True, chk=True),
  fact("宁德市", "region", "projects_started", 10, "count", "宁德市10个、总投资约59亿元", AS5, opt=True),
  fact("宁德市", "region", "projects_started_investment_cny", 5.9e9, "cny", "宁德市10个、总投资约59亿元", AS5, qual="约", qtext="约", opt=True, chk=True),
  fact("平潭综合实验区", "park", "projects_started", 5, "count", "平潭综合实验区5个、总投资约40亿元", AS5, opt=True),
  fact("平潭综合实验区", "park", "projects_started_investment_cny", 4e9, "cny", "平潭综合实验区5个、总投资约40亿元", AS5, qual="约", qtext="约", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- sr06 福建集中开工265个重大项目 (cam0598 2020)
SMG = "三明高端装备产业园"
SMA = "石门澳化工新材料产业园"
F0 = "福建省集中开工265个重大基础设施、产业发展、社会事业项目,总投资1950亿元"
FH = "福建集中开工265个重大项目,含三明高端装备产业园28家!"
AS6 = "2020年3月18日（集中开工）"
G["sr06"] = dict(
 article=art("福建集中开工265个重大项目,含三明高端装备产业园28家!", "cam0598.cn（站名存段未示；0598 为三明电话区号；原出处未注）", "2020-03-19", "day",
  "Local industry site's item with photo captions, Fujian: the province's collective start of 265 major projects (total), the headline's count for 三明高端装备产业园, and five captioned projects in parks and counties (莆田, 南平, 龙岩 上杭, 宁德 寿宁, 平潭)",
  "http://www.cam0598.cn/index.php?m=content&c=index&a=show&catid=115&id=6744",
  "日期取页面“发布时间:2020年03月19日”；“18日”即2020年3月18日。标题照录（“含三明高端装备产业园28家”只见于标题，正文存段无三明园区的下文）；发布时间行已删，空行不计。正文七段：两段导语与五条图片说明（原样，各一段；说明无阶段词，阶段取导语“集中开工”）。本条为省级汇总，非县级园区报道（写入 gaps）；real25 等曾见而未用（“photo captions only”）。园区：三明高端装备产业园（标题：28家开工，事实 projects_started 28，“家”记为项目/企业数）；石门澳化工新材料产业园（莆田秀屿区，园区基础设施项目）；平潭综合实验区（可选）。项目：五条说明中的项目，status 开工（由导语推定）；无金额。公司：泰盛纸业、时代思康、三祥只在项目名中（可选）。",
  "sr06"),
 parks=[
  park(SMG, "三明", "福建", "产业园", FH, note="只见于标题"),
  park(SMA, "莆田", "福建", "产业园", "莆田秀屿区石门澳化工新材料产业园基础设施项目", district="秀屿区"),
  park("平潭综合实验区", "福州", "福建", "综合实验区", "平潭综合实验区党工委党校项目,项目建成将为实验区人才培养提供基地保障", opt=True, note="city 记福州为编者推定"),
 ],
 companies=[
  comp("泰盛纸业", None, "南平泰盛纸业项目,项目终端产品为15万吨高档文化纸和23万吨生活用纸", opt=True, note="只在项目名中"),
  comp("时代思康", None, "龙岩上杭时代思康含氟新能源材料生产项目,项目将建成年产1万吨新型锂盐生产线", opt=True, note="只在项目名中"),
  comp("三祥", None, "宁德寿宁三祥锆基非晶合金项目", opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("石门澳化工新材料产业园基础设施项目", SMA, "莆田秀屿区石门澳化工新材料产业园基础设施项目", status="开工", status_text="集中开工",
       aliases=["莆田秀屿区石门澳化工新材料产业园基础设施项目"], note="园区基础设施；阶段由导语推定"),
  proj("南平泰盛纸业项目", None, "南平泰盛纸业项目,项目终端产品为15万吨高档文化纸和23万吨生活用纸", companies=["泰盛纸业"], status="开工", status_text="集中开工", note="阶段由导语推定"),
  proj("龙岩上杭时代思康含氟新能源材料生产项目", None, "龙岩上杭时代思康含氟新能源材料生产项目,项目将建成年产1万吨新型锂盐生产线", companies=["时代思康"], status="开工", status_text="集中开工", note="上杭县；阶段由导语推定"),
  proj("宁德寿宁三祥锆基非晶合金项目", None, "宁德寿宁三祥锆基非晶合金项目,将进一步打通锆产业与锂电池新能源、不锈钢新材料等主导产业的协作通道", companies=["三祥"], status="开工", status_text="集中开工", note="寿宁县；阶段由导语推定"),
  proj("平潭综合实验区党工委党校项目", "平潭综合实验区", "平潭综合实验区党工委党校项目,项目建成将为实验区人才培养提供基地保障", status="开工", status_text="集中开工", opt=True, note="非产业项目"),
 ],
 aggregate_facts=[
  fact(FJ, "region", "projects_started", 265, "count", F0, AS6),
  fact(FJ, "region", "projects_started_investment_cny", 1.95e11, "cny", F0, AS6, chk=True),
  fact(SMG, "park", "projects_started", 28, "count", FH, AS6, note="标题“含三明高端装备产业园28家”"),
 ])

# how each item was obtained (prefixed to the article note): search call number in _raw/notes.md
OBT = {"sr01": 9, "sr02": 14, "sr03": 3, "sr04": 2, "sr05": 15, "sr06": 1}
for _k, _n in OBT.items():
    G[_k]["article"]["note"] = "取得方式：search（corpus pages）第%d次调用返回的存段，原样录入 _raw/pages/%s.raw。" % (_n, _k) + G[_k]["article"]["note"]
