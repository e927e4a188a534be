# real306 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written
# in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts or as a non-yuan
# project amount (investment_value + investment_currency). Growth rates and shares as ratios. Projects: the park is the one
# the text places the project in, null if none (a county or district is not a park). Status from the text's words. “预计” /
# “按照规划” figures are kind target; year-to-date figures (“1~8月”, “今年1-8月”, “截至”) are cumulative. Sources are
# `search` (corpus pages) excerpts typed into _raw/pages/qsNN.raw as returned.

XX = "西咸新区"

# ---------------------------------------------------------------- qs01 空港新城 全国优秀物流园区 (华商报 2015)
KG = "空港新城"
A0 = "近日西咸新区空港新城被评为“2015年度全国优秀物流园区”"
A1 = "新加坡普洛斯集团、丰树集团、日本近铁物流等国际国内物流企业巨头入区,顺丰、邮政、申通、圆通、韵达等国内快递龙头企业纷纷入驻,总投资近百亿元"
A2 = "按照规划,到2020年园区建成区将达5平方公里,入区企业超过500家,产值达到1000亿元"
A3 = "到2025年,建成区将至8平方公里,企业超过1000家,产值达到1500亿元"
G["qs01"] = dict(
 article=art("西咸新区空港新城荣获 “全国优秀物流园区”称号", "华商报（记者 张艳丽），载于华商网 news.hsw.cn（政企资讯栏）", "2015-08-03", "day",
  "City daily on its portal, Shaanxi: a national new area's airport new town named an excellent logistics park — logistics and express firms entered, their total investment, the year's cargo estimate, 2020 and 2025 targets (built area, firms, output)",
  "http://news.hsw.cn/system/2015/0803/285916.shtml",
  "日期取页面“华商网-华商报 作者:张艳丽 2015-08-03 17:47:47”。标题照录（“荣获”后的空格为原文所有）；导航、作者日期行、“[摘要]”行及文末编辑、热词、上一篇等已删。正文三段，完整。园区：空港新城（文中作“西咸新区空港新城”，又称“园区”；西咸新区五大新城之一，地跨西安、咸阳，city 记西安）；西咸新区为母园区（国家级新区，可选）。公司：普洛斯、丰树、近铁物流（“入区”）与顺丰、申通、圆通、韵达（“入驻”）均在空港新城；“邮政”名称不全，可选。“总投资近百亿元”为入区企业合计（近 → 约；无单个项目）。“预计2015年货运吞吐量将达到50万吨以上”（target）；“按照规划”2020、2025年的建成区面积、企业数、产值为目标（target，2025年一组可选）。国家发改委、中国物流与采购联合会为评选组织方（可选机构）。",
  "qs01"),
 parks=[
  park(KG, "西安", "陕西", "新城（国家级新区组团）", A0, parent=XX, aliases=["西咸新区空港新城"], note="文中又作“园区”；获评2015年度全国优秀物流园区"),
  park(XX, "西安", "陕西", "国家级新区", A0, opt=True, note="只作空港新城的母园区出现"),
 ],
 companies=[
  comp("新加坡普洛斯集团", KG, A1, aliases=["普洛斯"]),
  comp("丰树集团", KG, A1),
  comp("日本近铁物流", KG, A1),
  comp("顺丰", KG, A1),
  comp("申通", KG, A1),
  comp("圆通", KG, A1),
  comp("韵达", KG, A1),
  comp("邮政", KG, A1, opt=True, note="名称不全"),
 ],
 institutions=[
  inst("国家发改委", "本次全国优秀物流园区评选是由国家发改委委托中国物流与采购联合会组织在全国范围内开展", note="评选委托方"),
  inst("中国物流与采购联合会", "本次全国优秀物流园区评选是由国家发改委委托中国物流与采购联合会组织在全国范围内开展", kind="association", note="评选组织方"),
 ],
 aggregate_facts=[
  fact(KG, "park", "firms_investment_cny", 1e10, "cny", "总投资近百亿元", "2015年8月", qual="约", qtext="近", note="入区物流、快递企业合计；“近百亿元”"),
  fact(KG, "park", "cargo_throughput_tonnes", 5e5, "tonnes", "预计2015年货运吞吐量将达到50万吨以上", "2015年全年（预计）", kind="target", qual="超", qtext="以上"),
  fact(KG, "park", "built_area_km2", 5, "km2", A2, "2020年（规划）", kind="target"),
  fact(KG, "park", "firms", 500, "count", A2, "2020年（规划）", kind="target", qual="超", qtext="超过"),
  fact(KG, "park", "output_cny", 1e11, "cny", "产值达到1000亿元", "2020年（规划）", kind="target", chk=True),
  fact(KG, "park", "built_area_km2", 8, "km2", A3, "2025年（规划）", kind="target", opt=True),
  fact(KG, "park", "firms", 1000, "count", A3, "2025年（规划）", kind="target", qual="超", qtext="超过", opt=True),
  fact(KG, "park", "output_cny", 1.5e11, "cny", "产值达到1500亿元", "2025年（规划）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- qs02 沣东新城 三季度经济运行 (360doc 2016)
FD = "沣东新城"
FX = "沣西新城"
B0 = "9月29日,西咸新区2016年三季度经济运行分析会在沣东新城召开"
B1 = "据悉,1~8月,沣东辖区固定资产投资平稳增长,省考口径完成245.33亿元,同比增长15.4%"
B2 = "地方财政一般预算收入7.91亿元,增长63.77%"
B3 = "工业总产值同比增长完成199.4亿元,同比增长12.27%"
B4 = "实际引进外资1214万美元,完成今年任务的101.17%"
B5 = "两个省考重点项目完成投资1.68亿元,完成年度计划的19.8%"
B6 = "其中,中兴深蓝科技产业园项目完成0.65亿元,菜鸟中国智能骨干网西北核心节点项目完成1.04亿元"
AS2 = "2016年1–8月"
G["qs02"] = dict(
 article=art("西咸新区三季度经济运行分析会在沣东新城召开", "360doc 个人图书馆（用户“A老虎”转载；原出处存段未示）", "2016-09-30", "day",
  "User-repost library relaying a new-area news item, Shaanxi: a quarterly economic meeting held in a new town — the town's January–August investment, fiscal revenue, industrial output, FDI, two key provincial projects with investment completed; the meeting's site visits to two other projects",
  "http://www.360doc.com/content/16/0930/08/27584707_594806466.shtml",
  "日期取页面“A老虎 2016-09-30”（网址 16/0930 同）；会议在9月29日。标题照录；“分享”、转载者日期行已删。存段末段（“在汇报沣东新城新城主要工作…启动了中央商务区沣东段启动区城”）在句中中断，整段删去，其前引出该节的小标题“城市基础设施建设取得新进展”一并删去；小标题“沣东经济“稳中有进稳中向好””保留为一段；正文截至“…项目完成1.04亿元。”，共五段。园区：沣东新城（文中又作“沣东”“沣东辖区”；西咸新区新城，city 记西安）；沣西新城（西部云谷项目所在，可选）；西咸新区（可选母园区）。项目：中兴深蓝科技产业园项目、菜鸟中国智能骨干网西北核心节点项目——沣东新城两个省考重点项目，文中只给1~8月完成投资额（不是总投资，不填 investment_cny；记为可选事实），状态文中无词（正在完成投资，未标）；西部云谷（沣西新城，现场会地点）、沣滨优美小镇（位置未说）为可选项目。事实：沣东新城1~8月固定资产投资、财政收入、工业总产值、实际引进外资及各增速（cumulative / ratio）。“工业总产值同比增长完成199.4亿元”原文如此。西咸新区经发局列可选机构。",
  "qs02"),
 parks=[
  park(FD, "西安", "陕西", "新城（国家级新区组团）", B0, parent=XX, aliases=["沣东"], note="文中又作“沣东辖区”"),
  park(FX, "西安", "陕西", "新城（国家级新区组团）", "西咸新区及各新城、园管办相关负责人先行在沣西新城西部云谷项目地参加现场会", parent=XX, opt=True, note="只作西部云谷所在地出现"),
  park(XX, "西安", "陕西", "国家级新区", B0, opt=True),
 ],
 institutions=[
  inst("西咸新区经发局", "西咸新区经发局通报了各新城、园管办三季度的经济增长情况"),
 ],
 projects=[
  proj("中兴深蓝科技产业园项目", FD, B6, note="沣东新城省考重点项目；1~8月完成投资0.65亿元（非总投资）"),
  proj("菜鸟中国智能骨干网西北核心节点项目", FD, B6, note="沣东新城省考重点项目；1~8月完成投资1.04亿元（非总投资）"),
  proj("西部云谷", FX, "西咸新区及各新城、园管办相关负责人先行在沣西新城西部云谷项目地参加现场会", opt=True, note="现场会地点"),
  proj("沣滨优美小镇", None, "随后,一行人来到沣滨优美小镇项目部现场调研", opt=True, note="调研地点；园区未说"),
 ],
 aggregate_facts=[
  fact(FD, "park", "fixed_asset_investment_cny", 2.4533e10, "cny", B1, AS2, kind="cumulative", chk=True, note="省考口径"),
  fact(FD, "park", "fixed_asset_investment_yoy_growth", 0.154, "ratio", B1, AS2, kind="ratio"),
  fact(FD, "park", "fiscal_revenue_cny", 7.91e8, "cny", B2, AS2, kind="cumulative", chk=True, note="地方财政一般预算收入"),
  fact(FD, "park", "fiscal_revenue_yoy_growth", 0.6377, "ratio", B2, AS2, kind="ratio"),
  fact(FD, "park", "industrial_output_cny", 1.994e10, "cny", B3, AS2, kind="cumulative", chk=True),
  fact(FD, "park", "industrial_output_yoy_growth", 0.1227, "ratio", B3, AS2, kind="ratio"),
  fact(FD, "park", "actual_fdi_usd", 1.214e7, "usd", B4, AS2, kind="cumulative"),
  fact(FD, "park", "actual_fdi_task_completion", 1.0117, "ratio", B4, AS2, kind="ratio", opt=True),
  fact(FD, "park", "key_projects_investment_completed_cny", 1.68e8, "cny", B5, AS2, kind="cumulative", chk=True, note="两个省考重点项目"),
  fact(FD, "park", "key_projects_annual_plan_completion", 0.198, "ratio", B5, AS2, kind="ratio", opt=True),
  fact("中兴深蓝科技产业园项目", "project", "investment_completed_cny", 6.5e7, "cny", "中兴深蓝科技产业园项目完成0.65亿元", AS2, kind="cumulative", opt=True, chk=True),
  fact("菜鸟中国智能骨干网西北核心节点项目", "project", "investment_completed_cny", 1.04e8, "cny", "菜鸟中国智能骨干网西北核心节点项目完成1.04亿元", AS2, kind="cumulative", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- qs03 西安 2016 市级重点项目 (西安日报 2016)
GX = "高新区"
JK = "经开区"
JW = "泾渭新城"
CB = "浐灞生态区"
C0 = "本报讯(记者 于京玄)昨日,82个2016年市级重点项目集中开工"
C1 = "●高新万达广场项目:总建筑面积约170万平方米,位于高新一期正中心,唐延路与科技六路东南角,总投资200亿元"
C2 = "●陕西华泽新材料项目:投资金额71.69亿元,生产耐蚀新材料、合金新材料、新能源电池材料等,年销售收入将达219.28亿元,利润总额24亿元"
C3 = "●军民融合发展中心项目:位于经开区泾渭新城的该项目,总建筑面积17.5万平方米,总投资12.89亿元"
C4 = "●西安华夏文化旅游综合体项目:总投资28亿元,项目位于浐灞生态区世博大道杏园立交交会处"
C5 = "●白鹿仓民俗文化旅游项目:总投资4亿元,位于灞桥区狄寨街办狄寨街村"
C6 = "●奶山羊***项目:蓝田县将在三官庙镇发展500-1000个家庭羊场,形成10个养羊专业村"
AS3 = "2016年5月21日（集中开工）"
G["qs03"] = dict(
 article=art("今年市级重点项目抢先看 哪个让您最期待?", "西安日报（记者 于京玄），载于 m.yybnet.net（西安新闻）", "2016-05-22", "day",
  "City daily via a regional news aggregator, Shaanxi: the day after 82 city-level key projects started, a reader's guide to some of them — projects in the high-tech zone, the economic development zone's 泾渭新城 and the 浐灞 ecological zone with sums, an industrial project with sales and profit figures, tourism projects in a district",
  "https://m.yybnet.net/xian/lantian/201605/4252347.html",
  "日期取页面“西安日报 2016-05-22 19:45”；文中“昨日”即2016年5月21日集中开工。标题照录；“看家乡事,品故乡情”与日期行已删。存段末条“●西安关中民俗艺术博物院二期项目:投资3.6亿元,建设民俗作”在句中中断，整段删去；正文截至白鹿仓一条，栏目字（商业、工业、脱贫、旅游）与“记者点评”各保留为段，共十四段。园区：高新区（“位于高新一期正中心”“高新区”，即西安高新区；文中不作全称）；经开区与其下的泾渭新城（“位于经开区泾渭新城”，即西安经开区）；浐灞生态区（西安）。项目状态：导语说82个市级重点项目“昨日集中开工”，文中所列为记者从中梳理的项目，记“开工”（status_text 集中开工；见 SOURCES 不确定处）。高新万达广场项目（高新区，200亿元）；军民融合发展中心项目（泾渭新城，12.89亿元）；西安华夏文化旅游综合体项目（浐灞生态区，28亿元，一期二期开业时间）；陕西华泽新材料项目（71.69亿元，位置未说，park null；年销售收入、利润总额为项目预期，target，可选）；白鹿仓民俗文化旅游项目（灞桥区狄寨街办，区县非园区，park null）；奶山羊项目（蓝田县，无金额，可选）。西关中民俗艺术博物院二期在删去段中，不列。82个项目为全市数（region，可选）。",
  "qs03"),
 parks=[
  park(GX, "西安", "陕西", "高新技术产业开发区", "记者点评:购物娱乐新场所,弥补高新区没有大型城市综合体的空白", note="即西安高新区；文中又作“高新一期”“高新”"),
  park(JK, "西安", "陕西", "经济技术开发区", C3, note="即西安经开区；只在“经开区泾渭新城”中"),
  park(JW, "西安", "陕西", "新城（经开区片区）", C3, parent=JK, note="“位于经开区泾渭新城”"),
  park(CB, "西安", "陕西", "生态区", C4),
 ],
 projects=[
  proj("高新万达广场项目", GX, C1, inv="总投资200亿元", status="开工", status_text="集中开工", note="位于高新一期；预计2017年9月底开业运营"),
  proj("陕西华泽新材料项目", None, C2, inv="投资金额71.69亿元", status="开工", status_text="集中开工", note="位置未说"),
  proj("军民融合发展中心项目", JW, C3, inv="总投资12.89亿元", status="开工", status_text="集中开工", note="位于经开区泾渭新城"),
  proj("西安华夏文化旅游综合体项目", CB, C4, inv="总投资28亿元", status="开工", status_text="集中开工", note="一期预计2017年3月、二期预计2017年6月开业"),
  proj("白鹿仓民俗文化旅游项目", None, C5, inv="总投资4亿元", status="开工", status_text="集中开工", note="灞桥区（区，不是园区）"),
  proj("奶山羊***项目", None, C6, status="开工", status_text="集中开工", opt=True, note="蓝田县；原文有星号；无金额"),
 ],
 companies=[
  comp("陕西华泽", None, C2, opt=True, note="只在项目名中；名称不全"),
 ],
 aggregate_facts=[
  fact("西安市", "region", "projects_started", 82, "count", C0, AS3, opt=True, note="2016年市级重点项目，全市数"),
  fact("陕西华泽新材料项目", "project", "expected_annual_sales_cny", 2.1928e10, "cny", "年销售收入将达219.28亿元,利润总额24亿元", "达产后（预计）", kind="target", opt=True, chk=True),
  fact("陕西华泽新材料项目", "project", "expected_annual_profit_cny", 2.4e9, "cny", "利润总额24亿元", "达产后（预计）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- qs04 西安高新区 重点项目 (aimsen, undated)
XG = "西安高新区"
D0 = "今年,高新区市级重点建设项目共计76个,总投资2035.05亿元,年度计划投资363.71亿元"
D1 = "截至10月底,西安高新区内重点建设项目完成投资385.25亿元,占比105.92%"
D2 = "这些项目包括三星电子高端存储芯片项目以及目前国内最大的汽车动力电池生产基地———三星环新汽车动力电池项目"
D3 = "其中, 三星环新汽车动力电池项目年产量可供应4万辆电动汽车,计划到2020年完成约6亿美元的投资,实现年销售额10亿美元"
ASD = "当年（年份文中未示）"
ASO = "当年截至10月底（年份文中未示）"
G["qs04"] = dict(
 article=art("（无标题）西安高新区市级重点建设项目76个 总投资2035.05亿元", "aimsen.com（资讯栏；原出处存段未示）", "unknown (2016 or 2017, inferred)", "unknown",
  "Business-information site relaying a zone item, Shaanxi: a national high-tech zone's city-level key projects — count, total and annual planned investment, investment completed by the end of October by category, provincial projects, new starts; two named Samsung projects, one with its planned dollar investment and sales",
  "https://www.aimsen.com/information/10710",
  "存段无标题、无日期行（title 为编者概括）；年份文中未示，据“西安自主创新示范区”（2015年9月获批）与三星环新项目“计划到2020年完成约6亿美元的投资”推定为2016或2017年，见 SOURCES 不确定处。存段第四段在“美国美光公司在连续三期投资共计7.66”处中断，整段删去；正文截至“…实现年销售额10亿美元。”，共三段；第三段开头的小标题“战略性新兴产业项目引领发展”与正文同在一行，照原样保留。园区：西安高新区（文中又作“高新区”）。事实：市级重点建设项目76个、总投资2035.05亿元、年度计划投资363.71亿元（target）；截至10月底完成投资385.25亿元、占比105.92%（cumulative / ratio）；分类完成数与省考项目列可选；7个新开工项目已开7个。项目：三星电子高端存储芯片项目、三星环新汽车动力电池项目（高新区重点项目，状态文中无词，不标）；三星环新项目“计划到2020年完成约6亿美元的投资”记为美元金额（investment_value 6e8 USD，约），年销售额10亿美元为目标（可选）。",
  "qs04", title_note="存段无标题"),
 parks=[
  park(XG, "西安", "陕西", "高新技术产业开发区", "项目是西安高新区发展的生命线", aliases=["高新区"], note="国家级高新区"),
 ],
 companies=[
  comp("三星电子", XG, D2, opt=True, note="只在项目名中"),
  comp("三星环新", XG, D3, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("三星电子高端存储芯片项目", XG, D2, companies=["三星电子"], note="高新区当年重点项目；状态文中未说"),
  proj("三星环新汽车动力电池项目", XG, D3, companies=["三星环新"], inv="约6亿美元", qual="约", qual_text="约", currency="usd", value=6e8,
       note="“计划到2020年完成约6亿美元的投资”；国内最大的汽车动力电池生产基地；状态文中未说"),
 ],
 aggregate_facts=[
  fact(XG, "park", "major_projects_listed", 76, "count", D0, ASD, note="市级重点建设项目"),
  fact(XG, "park", "major_projects_total_investment_cny", 2.03505e11, "cny", "总投资2035.05亿元,年度计划投资363.71亿元", ASD, chk=True),
  fact(XG, "park", "planned_annual_investment_cny", 3.6371e10, "cny", "年度计划投资363.71亿元", ASD + "（计划）", kind="target", chk=True),
  fact(XG, "park", "major_projects_investment_completed_cny", 3.8525e10, "cny", D1, ASO, kind="cumulative", chk=True),
  fact(XG, "park", "annual_plan_completion", 1.0592, "ratio", D1, ASO, kind="ratio"),
  fact(XG, "park", "industrial_projects_investment_completed_cny", 3.2774e10, "cny", "完成327.74亿元", ASO, kind="cumulative", opt=True, chk=True, note="产业类63个"),
  fact(XG, "park", "industrial_projects_listed", 63, "count", "产业类63个年度计划投资303.45亿元", ASD, opt=True),
  fact(XG, "park", "provincial_projects_investment_completed_cny", 1.0377e10, "cny", "截至10月完成103.77亿元", ASO, kind="cumulative", opt=True, chk=True, note="三个省考项目"),
  fact(XG, "park", "projects_started", 7, "count", "7个新开工项目,已开7个", ASO, kind="cumulative"),
  fact("三星环新汽车动力电池项目", "project", "expected_annual_sales_usd", 1e9, "usd", D3, "2020年（计划）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- qs05 西咸新区 1-8月签约 (央广网 2017)
E0 = "今年1-8月,西咸新区已签约43个10亿元以上项目,总投资额超过3000亿元"
E1 = "截至8月底,新区自贸区已注册企业584户、注册资本金达391亿元"
E2 = "培育10个产值过500亿元、5个产值过千亿元的主导产业集群"
AS5 = "2017年1–8月"
G["qs05"] = dict(
 article=art("今年1-8月陕西西咸新区签约10亿元以上项目43个", "央广网（记者 刘涛）", "2017-09-26", "day",
  "National broadcaster's news site, Shaanxi: a press conference on a national new area — projects over 1 billion yuan signed this year and their total, firms and registered capital in the area's free-trade zone, planned industrial clusters",
  "http://www.cnr.cn/newscenter/native/city/20170926/t20170926_523966101.shtml",
  "日期取页面“2017-09-26 17:13:00来源:央广网”。标题照录；站名、日期行与文末编辑、关键词、重复的标题与导语已删。正文四段，完整。园区：西咸新区（国家级新区；文中又作“新区”）；“新区自贸区”（中国（陕西）自由贸易试验区西咸新区片区，文中只作“新区自贸区”）列可选园区，母园区西咸新区。事实：1-8月签约10亿元以上项目43个、总投资额超过3000亿元（cumulative，超）；截至8月底自贸区注册企业584户、注册资本金391亿元（cumulative，subject 记自贸区所在的西咸新区，note 注明）；“培育10个产值过500亿元、5个产值过千亿元的主导产业集群”为目标（可选）。无具名项目与企业。陕西省政府新闻办列可选机构；喻建宏为人名，不列。",
  "qs05"),
 parks=[
  park(XX, "西安", "陕西", "国家级新区", E0, aliases=["新区"], note="地跨西安、咸阳；city 记西安"),
  park("新区自贸区", "西安", "陕西", "自由贸易试验区片区", E1, parent=XX, opt=True, note="即自贸试验区西咸新区片区；名称不全"),
 ],
 institutions=[
  inst("陕西省政府新闻办", "9月26日,陕西省政府新闻办举行新闻发布会"),
 ],
 aggregate_facts=[
  fact(XX, "park", "projects_signed", 43, "count", E0, AS5, kind="cumulative", note="10亿元以上项目"),
  fact(XX, "park", "signed_investment_cny", 3e11, "cny", "总投资额超过3000亿元", AS5, kind="cumulative", qual="超", qtext="超过", chk=True, note="43个10亿元以上项目合计"),
  fact(XX, "park", "ftz_registered_firms", 584, "count", E1, "2017年8月底", kind="cumulative", note="新区自贸区"),
  fact(XX, "park", "ftz_registered_capital_cny", 3.91e10, "cny", "注册资本金达391亿元", "2017年8月底", kind="cumulative", chk=True, note="新区自贸区"),
  fact(XX, "park", "target_clusters_over_50bn", 10, "count", E2, "规划（年份未说）", kind="target", opt=True),
  fact(XX, "park", "target_clusters_over_100bn", 5, "count", E2, "规划（年份未说）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- qs06 泾河新城 新恒业新能源产业基地 (yybnet 2019)
JH = "泾河新城"
F0 = "5月13日,西咸新区泾河新城与深圳新恒业科技集团主要负责人,就新恒业新能源产业基地项目召开对接工作会,洽谈细节推动项目尽快落地开工,并围绕深层次细节签署合作协议,此举距离双方正式签约仅仅过去3天"
F1 = "据悉,深圳新恒业科技集团落户泾河新城的新能源产业基地项目总投资75亿元,将建设年产能9GWh动力锂电池工程研究院、生产线和相关配套设施"
F2 = "从投资乐华城文旅项目到这次涉足新能源领域,企业的二次创业依然选择了泾河新城"
G["qs06"] = dict(
 article=art("（无标题）泾河新城与新恒业就新能源产业基地项目召开对接会 项目总投资75亿元", "yybnet.net（新闻栏；记者 张洋；原出处存段未示）", "2019-05", "month",
  "Regional news aggregator relaying a local item, Shaanxi: a new town signs a follow-up agreement three days after an expo signing for a firm's power-battery base — investment and capacity, the firm's earlier project in the town, the town's push for new-energy industry",
  "https://yybnet.net/news/china/201905/9079062.html",
  "存段无标题、无日期行（title 为编者概括）。日期：网址 201905，文中“5月13日”“第四届丝博会”（2019年5月）与“2019年来”，记 2019-05（month；对接会为2019年5月13日）。存段末段“1月21日,西咸新区泾河新城与西安丝路石”在句中中断，整段删去；正文截至“…不断加快新能源产业布局。”，两个小标题保留为段，共七段；首段末“记者 张洋”为原文署名，保留。园区：泾河新城（西咸新区新城；文中又作“新城”）；西咸新区（可选母园区）。公司：深圳新恒业科技集团（落户泾河新城）。项目：新恒业新能源产业基地项目（泾河新城，总投资75亿元，年产能9GWh动力锂电池；丝博会上正式签约，3天后签署合作协议 → 签约；证据取含金额一句，签约见首段）；乐华城文旅项目（该企业此前在泾河新城的投资，无状态，可选）。",
  "qs06"),
 parks=[
  park(JH, "西安", "陕西", "新城（国家级新区组团）", F0, parent=XX, note="文中又作“新城”；西咸新区五大新城之一"),
  park(XX, "西安", "陕西", "国家级新区", F0, opt=True),
 ],
 companies=[
  comp("深圳新恒业科技集团", JH, F1, aliases=["新恒业"], note="董事长秦敬轩"),
 ],
 projects=[
  proj("新恒业新能源产业基地项目", JH, F1, companies=["深圳新恒业科技集团"], inv="总投资75亿元", status="签约", status_text="正式签约；签署合作协议",
       aliases=["新能源产业基地项目"], note="第四届丝博会（2019年5月）签约，5月13日签署合作协议；年产能9GWh动力锂电池"),
  proj("乐华城文旅项目", JH, F2, companies=["深圳新恒业科技集团"], opt=True, note="企业此前在泾河新城的投资；状态未说"),
 ],
 aggregate_facts=[
  fact("新恒业新能源产业基地项目", "project", "planned_capacity_gwh", 9, "GWh", F1, "建成后（规划）", kind="target", opt=True),
 ])
