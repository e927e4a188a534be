# real120 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (yl01 traditional script as published by 文匯報, the rest simplified); names as
# written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); amounts written without 元 (“2000萬”) or with
# “多” between digits and unit (“6000多万元”) go to metrics without the _cny suffix. Growth rates and shares as ratios.
# Projects: the park the text places the project in; status from the text's words (开工 / 集中开工 → 开工). Where the text
# names a started project only by its firm (yl06) the firm name is the project name (as real52 zv01 海湾电气). Sources are
# `search` (corpus pages) excerpts typed into _raw/pages/ylNN.raw as returned.

# ---------------------------------------------------------------- yl01 小孟工業園 (文匯報 2012, traditional)
XM = "小孟裝備製造業生態工業園區"
B0 = "作為十大工業園區之一的小孟裝備製造業生態工業園區,隨著凱沃重工、詹陽重工和楓葉等龍頭企業的入駐"
B1 = "中煤盤江、凱沃重工和普天新能源等入駐企業及項目信息映入眼簾"
B2 = "小孟工業園已有貴陽海信、詹陽重工、凱沃重工、中煤盤江、險峰機床廠、普天新能源等多家整機、整車企業"
B3 = "已入駐該工業園的貴陽凱沃車輛有限公司自去年8月投產後,銷售額就已突破2000萬"
B4 = "全區規模以上工業企業也由2006年的49家飆升至去年年底的75家"
B5 = "公司今年至少能完成2.4億至3.2億的銷售額"
G["yl01"] = dict(
 article=art("（無標題）貴陽小孟工業園：「主機帶動」龍頭企業入駐", "文匯報（記者 虎靜，貴陽電），news.wenweipo.com", "2012-03-26", "day",
  "Hong Kong daily's mainland report (traditional script as published), Guizhou: a press tour of an equipment-manufacturing eco-industrial park in Guiyang — lead firms settled, the district's above-scale firm count, one firm's sales since start of production",
  "http://news.wenweipo.com/2012/03/26/NN1203260005.htm",
  "日期取自URL（2012/03/26）；存段無標題行，以導語“【記者 虎靜 貴陽電】”開頭；標題欄為編者概括（非原題）。繁體為原刊字體（文匯報），非轉換件。存段末的小標題“借力2號文件 9億債券資金注入”及其下一段（“…公司將發行9億元公司債券,主要”中斷）整段不收，正文截至“…2.4億至3.2億的銷售額。”；小標題“「主機帶動」:「龍頭」舞動產業興”保留為一段。園區：小孟裝備製造業生態工業園區（文中又作“小孟工業園”“小孟工業園區”；貴陽市小河區，貴州）。“十大工業園區”為貴陽園區總數（可選事實）。企業：凱沃重工、詹陽重工、中煤盤江、普天新能源、貴陽海信、險峰機床廠、貴陽凱沃車輛有限公司均在園內；“楓葉”名稱不全，可選。凱沃重工與貴陽凱沃車輛有限公司或為同一企業，文中未明示，分列。小河區規上工業企業75家（region）。凱沃車輛銷售額“突破2000萬”（無“元”字，用 sales_revenue，不帶 _cny）；今年“至少能完成2.4億至3.2億”為區間目標，可選。",
  "yl01"),
 parks=[
  park(XM, "貴陽", "貴州", "生態工業園區", B0, district="小河區", aliases=["小孟工業園", "小孟工業園區"],
       note="貴陽“十大工業園區”之一；文中又作小孟工業園、小孟工業園區"),
 ],
 companies=[
  comp("凱沃重工", XM, B0, note="龍頭企業入駐"),
  comp("詹陽重工", XM, B0, note="龍頭企業入駐"),
  comp("楓葉", XM, B0, opt=True, note="名稱不全"),
  comp("中煤盤江", XM, B1),
  comp("普天新能源", XM, B1),
  comp("貴陽海信", XM, B2),
  comp("險峰機床廠", XM, B2),
  comp("貴陽凱沃車輛有限公司", XM, B3, note="去年（2011年）8月投產；或即凱沃重工，文中未明示"),
 ],
 aggregate_facts=[
  fact("小河區", "region", "above_scale_firms", 75, "count", B4, "2011年末"),
  fact("小河區", "region", "above_scale_firms", 49, "count", B4, "2006年", opt=True),
  fact("貴陽凱沃車輛有限公司", "company", "sales_revenue", 20000000.0, "cny", B3, "2011年8月投產以來（至2012年3月）", qual="超", qtext="突破",
       note="原文“2000萬”無“元”字"),
  fact("貴陽凱沃車輛有限公司", "company", "expected_annual_sales", 240000000.0, "cny", B5, "2012年（預計）", kind="target", opt=True,
       note="區間“2.4億至3.2億”，取下限；無“元”字"),
  fact("貴陽", "region", "parks_count", 10, "count", "貴陽的十大工業園區已陸續上馬", "2012年3月", opt=True),
 ],
)

# ---------------------------------------------------------------- yl02 苏桥经济开发区 8个项目集中开工 (2011)
SQ = "苏桥经济开发区"
C0 = "12月14日上午,桂林锦韩汽车部件生产等8个项目在苏桥经济开发区集中开工"
C1 = "此次集中开工的8个项目分别为桂林锦韩汽车部件生产项目、桂林广津汽车线束总成生产项目、桂林市康派斯汽配生产项目、桂林澳林青霉素生产项目、桂林盛邦威铝电解配套生产项目、苏桥镇中心商业步行街项目、苏桥镇中心广场、桂林鲁山新型建材有限公司粉磨站二期项目"
C2 = "项目总投资约45.86亿元"
ST = dict(status="开工", status_text="集中开工")
G["yl02"] = dict(
 article=art("永福县苏桥经济开发区8个项目集中开工", "hscrg.com（“桂林动态”栏，“招商动态”；原出处未注明）", "2011-12-21", "day",
  "Investment-promotion site relaying a city news item, Guangxi: groundbreaking of eight named projects in a county economic development zone (Guilin), with their total",
  "http://hscrg.com/guilindongtai/71720.html",
  "日期取页面“| 招商动态 |2011-12-21”（开工在12月14日）。标题照录；栏目日期行已删。正文五段，完整。园区：苏桥经济开发区（桂林市永福县，广西；文末又作“苏桥经济区”）。项目：八个项目均在苏桥经济开发区集中开工（开工），无单项金额；合计“约45.86亿元”为事实。桂林鲁山新型建材有限公司粉磨站二期项目的企业列为公司；其余企业只在项目名中，不另列。“3个汽车配套生产项目”为锦韩、广津、康派斯（推定，不另作事实）。",
  "yl02"),
 parks=[
  park(SQ, "桂林", "广西", "经济开发区", C0, district="永福县", aliases=["苏桥经济区"], note="标题作“永福县苏桥经济开发区”"),
 ],
 companies=[
  comp("桂林鲁山新型建材有限公司", SQ, C1, note="粉磨站二期项目业主"),
 ],
 projects=[
  proj("桂林锦韩汽车部件生产项目", SQ, C1, aliases=["桂林锦韩汽车部件生产"], **ST),
  proj("桂林广津汽车线束总成生产项目", SQ, C1, **ST),
  proj("桂林市康派斯汽配生产项目", SQ, C1, **ST),
  proj("桂林澳林青霉素生产项目", SQ, C1, **ST),
  proj("桂林盛邦威铝电解配套生产项目", SQ, C1, **ST),
  proj("苏桥镇中心商业步行街项目", SQ, C1, **ST),
  proj("苏桥镇中心广场", SQ, C1, **ST),
  proj("桂林鲁山新型建材有限公司粉磨站二期项目", SQ, C1, companies=["桂林鲁山新型建材有限公司"], phase="二期", **ST),
 ],
 aggregate_facts=[
  fact(SQ, "park", "projects_started", 8, "count", C0, "2011-12-14"),
  fact(SQ, "park", "projects_started_investment_cny", 4586000000.0, "cny", C2, "2011-12-14", qual="约", qtext="约", chk=True),
 ],
)

# ---------------------------------------------------------------- yl03 中国-东盟经济园区 2007 (新华网 2008)
DM = "中国-东盟经济园区"
D0 = "位于广西首府南宁市北郊的中国-东盟经济园区,是2003年以南宁华侨投资区为基础建立的省级开发区"
D1 = "2007年园区新开工项目30个,竣工项目17个,目前有在建项目52个"
D2 = "全年共引进食品、电子、标准厂房等东部产业转移项目或企业9个,合同投资总额15亿元"
D3 = "广西广明药业有限公司、南宁天然纸业有限公司等多家企业相继进入亿元企业行列,亿元企业实现产值已占到园区工业总产值的44.25%"
D4 = "中国-东盟经济园区2007年工业产值达到22.22亿元,同比增长84.29%"
D5 = "合同引进内资28.49亿元,同比增长23.82%"
D6 = "合同引进外资7474.5万美元,同比增长103.22%"
D7 = "印尼金锋集团、新加坡蓬莱发集团等东盟国家的大型企业已经先后到中国-东盟经济园区考察并签订投资框架协议"
D8 = "2008年我们计划投资6500万元建设2000万平米标准厂房"
Y7 = "2007年"
G["yl03"] = dict(
 article=art("（无标题）中国-东盟经济园区2007年工业产值22.22亿元 一批亿元企业崛起", "新华网（潘云锋，南宁电），载于 news.sohu.com", "2008-01-08", "day",
  "National news agency's regional wire on a portal, Guangxi: a provincial-level development zone's 2007 year-end figures — projects started / completed / under construction, projects introduced, two firms passing 100 million yuan, output and contracted investment with growth, framework agreements, 2008 plan",
  "https://news.sohu.com/20080108/n254519269.shtml",
  "日期取电头“新华网南宁1月8日电”及URL（20080108）。存段无标题行，标题栏为编者概括（非原题）。正文七段，完整。园区：中国-东盟经济园区（首句作“中国-东盟 经济园区”，中间有空格，照录；南宁市北郊，广西；2003年以南宁华侨投资区为基础建立的省级开发区——南宁华侨投资区为前身，不另列园区）。企业：广西广明药业有限公司、南宁天然纸业有限公司在园内（亿元企业）；印尼金锋集团、新加坡蓬莱发集团考察并签订投资框架协议，可选。事实：2007年新开工30、竣工17、在建52（“目前”，即2008年1月）、引进项目或企业9个及合同投资15亿元、亿元企业产值占比44.25%、工业产值22.22亿元（初步统计）及增长、合同引进内资与外资（美元）及增长；2008年计划投资6500万元建标准厂房（target，可选）。",
  "yl03"),
 parks=[
  park(DM, "南宁", "广西", "省级开发区", D0, note="首句作“中国-东盟 经济园区”（有空格）；前身南宁华侨投资区"),
 ],
 companies=[
  comp("广西广明药业有限公司", DM, D3, note="进入亿元企业行列"),
  comp("南宁天然纸业有限公司", DM, D3, note="进入亿元企业行列"),
  comp("印尼金锋集团", DM, D7, opt=True, note="考察并签订投资框架协议"),
  comp("新加坡蓬莱发集团", DM, D7, opt=True, note="考察并签订投资框架协议"),
 ],
 aggregate_facts=[
  fact(DM, "park", "projects_started", 30, "count", D1, Y7),
  fact(DM, "park", "projects_completed", 17, "count", D1, Y7),
  fact(DM, "park", "projects_under_construction", 52, "count", D1, "2008年1月"),
  fact(DM, "park", "projects_introduced", 9, "count", D2, Y7),
  fact(DM, "park", "signed_investment_cny", 1500000000.0, "cny", "合同投资总额15亿元", Y7, chk=True,
       note="引进的9个东部产业转移项目或企业的合同投资总额"),
  fact(DM, "park", "yi_yuan_firms_output_share", 0.4425, "ratio", D3, Y7, kind="ratio"),
  fact(DM, "park", "industrial_output_cny", 2222000000.0, "cny", D4, Y7, chk=True, note="初步统计"),
  fact(DM, "park", "industrial_output_yoy_growth", 0.8429, "ratio", D4, Y7, kind="ratio"),
  fact(DM, "park", "contracted_domestic_investment_cny", 2849000000.0, "cny", D5, Y7, chk=True),
  fact(DM, "park", "contracted_domestic_investment_yoy_growth", 0.2382, "ratio", D5, Y7, kind="ratio"),
  fact(DM, "park", "contracted_foreign_investment_usd", 74745000.0, "usd", D6, Y7),
  fact(DM, "park", "contracted_foreign_investment_yoy_growth", 1.0322, "ratio", D6, Y7, kind="ratio"),
  fact(DM, "park", "planned_investment_cny", 65000000.0, "cny", D8, "2008年（计划）", kind="target", opt=True, chk=True,
       note="建设标准厂房"),
 ],
)

# ---------------------------------------------------------------- yl04 钦州港经济开发区 (广西日报 via gov.cn 2009)
QZ = "钦州港经济开发区"
E0 = "这就是1996年6月成立的省级开发区——钦州港经济开发区。"
E1 = "2008年5月,国家批准设立钦州保税港区"
G["yl04"] = dict(
 article=art("钦州港经济开发区成广西北部湾开放前沿的排头兵", "广西日报，载于中央政府门户网站 www.gov.cn（工作动态·地方政务）", "2009-09-22", "day",
  "Provincial daily's feature relayed by the central government portal, Guangxi: a port development zone's history — founding, milestones, an investment-promotion award",
  "http://www.gov.cn/gzdt/2009-09/22/content_1423032.htm",
  "日期取页面“2009年09月22日 来源:广西日报”。标题照录；导航与来源行已删。存段在大事记后以一行“……”结束，该行不收，正文截至“2008年5月,国家批准设立钦州保税港区;”（分号为原文）。园区：钦州港经济开发区（1996年6月成立的省级开发区；钦州市，广西）；钦州保税港区（2008年5月国家批准设立；与开发区关系文中未说，parent 不填）。“广西北部湾经济区”为区域规划，不列园区。无项目、企业、金额；“2008年度广西招商引资工作先进开发区”为荣誉，不作事实。",
  "yl04"),
 parks=[
  park(QZ, "钦州", "广西", "经济开发区", E0, note="省级开发区，1996年6月成立"),
  park("钦州保税港区", "钦州", "广西", "保税港区", E1, note="2008年5月国家批准设立"),
 ],
)

# ---------------------------------------------------------------- yl05 桂林市园区建设 (邱浩, ~2016)
GX = "高新区"
F0 = "今年桂林市加快推进工业园区建设,以重点项目建设为核心,启动各种项目25个,预计项目总投资42.8亿元"
F1 = "“十二五”期末,全市园区完成工业总产值达到1600亿元,是2010年的3倍"
F2 = "园区工业总产值占全市工业总产值比重达到64.5%,比2010年提高28个百分点"
F3 = "产值突破100亿元的园区达到5个,其中高新区工业总产值达到326亿元,排名首次跻身全国高新区前50强"
F4 = "在秧塘片区组建创新产业园"
F5 = "在苏桥片区和宝山片区,重点建设小微企业创业中心和8米以上单层机械标准厂房"
F6 = "同时,加快光通信产业园、花江生态科技园等专业园区建设,做大铁山园、信息产业园、英才园规模"
F7 = "推进高新区民华科技企业孵化基地、秀峰区琴潭创业创新孵化基地、叠彩区桂林智慧谷、象山区桂林工艺美术文化创意产业园、雁山区低碳产业园等城区园区、楼宇经济发展"
F8 = "力争引入上海复星、广州立白、华润医药、海南航空等世界500强、国内500强企业落户园区"
GLP = "桂林市工业园区"
T15 = "2015年末（“十二五”期末）"
G["yl05"] = dict(
 article=art("（无标题）桂林市今年启动园区项目25个 预计总投资42.8亿元", "qz0773.com（记者 邱浩；原出处未注明，似为桂林本地媒体）", "2016", "year",
  "Local news site, Guangxi: a city's industrial-park plan for the year (projects to start, investment), parks' output at the end of the 12th five-year plan, the high-tech zone's output and rank, named sub-parks and specialist parks to be built",
  "http://qz0773.com/html/77/n-9277.html",
  "存段无标题行、无日期行（标题栏为编者概括）。日期由正文推定：“‘十二五’期末”数据已出、“今年”启动项目，当为2016年（未能核实，notes #9 以原句搜索未得日期）。正文四段，完整，署名“(记者 邱浩)”在末，保留。园区：高新区（桂林高新区；文中只作“高新区”，照录）；创新产业园（拟在秧塘片区组建）；光通信产业园、花江生态科技园（专业园区）；铁山园、信息产业园、英才园（与高新区的隶属关系文中未说，parent 不填）；象山区桂林工艺美术文化创意产业园、雁山区低碳产业园（城区园区）；秧塘、苏桥、宝山片区为片区，可选；孵化基地与“桂林智慧谷”可选。企业：上海复星等四家为“力争引入”的目标企业，可选，park null。市工信委可选机构。事实：今年启动项目25个、预计总投资42.8亿元（target；主体为桂林市工业园区整体，subject_type park_group）；“十二五”期末园区工业总产值1600亿元、占全市64.5%、百亿元园区5个；高新区工业总产值326亿元。",
  "yl05"),
 parks=[
  park(GX, "桂林", "广西", "高新区", F3, note="桂林高新区（文中只作“高新区”）"),
  park("创新产业园", "桂林", "广西", "产业园", F4, note="拟在秧塘片区组建"),
  park("光通信产业园", "桂林", "广西", "产业园", F6, note="专业园区"),
  park("花江生态科技园", "桂林", "广西", "科技园", F6, note="专业园区"),
  park("铁山园", "桂林", "广西", "园区", F6),
  park("信息产业园", "桂林", "广西", "产业园", F6),
  park("英才园", "桂林", "广西", "园区", F6),
  park("桂林工艺美术文化创意产业园", "桂林", "广西", "产业园", F7, district="象山区", note="城区园区"),
  park("低碳产业园", "桂林", "广西", "产业园", F7, district="雁山区", note="城区园区；文中作“雁山区低碳产业园”"),
  park("秧塘片区", "桂林", "广西", "片区", F4, opt=True),
  park("苏桥片区", "桂林", "广西", "片区", F5, opt=True),
  park("宝山片区", "桂林", "广西", "片区", F5, opt=True),
  park("高新区民华科技企业孵化基地", "桂林", "广西", "孵化基地", F7, parent=GX, opt=True),
  park("琴潭创业创新孵化基地", "桂林", "广西", "孵化基地", F7, district="秀峰区", opt=True),
  park("桂林智慧谷", "桂林", "广西", "园区", F7, district="叠彩区", opt=True),
 ],
 companies=[
  comp("上海复星", None, F8, opt=True, note="力争引入的目标企业"),
  comp("广州立白", None, F8, opt=True, note="同上"),
  comp("华润医药", None, F8, opt=True, note="同上"),
  comp("海南航空", None, F8, opt=True, note="同上"),
 ],
 institutions=[
  inst("市工信委", "据来自市工信委的消息", note="桂林市工业和信息化委员会（文中简称）"),
 ],
 aggregate_facts=[
  fact(GLP, "park_group", "projects_planned", 25, "count", F0, "2016年（计划）", kind="target"),
  fact(GLP, "park_group", "planned_investment_cny", 4280000000.0, "cny", "预计项目总投资42.8亿元", "2016年（计划）", kind="target", chk=True),
  fact(GLP, "park_group", "industrial_output_cny", 160000000000.0, "cny", F1, T15, chk=True),
  fact(GLP, "park_group", "parks_output_share_of_city", 0.645, "ratio", F2, T15, kind="ratio"),
  fact(GLP, "park_group", "parks_over_10bn_output", 5, "count", F3, T15),
  fact(GX, "park", "industrial_output_cny", 32600000000.0, "cny", "其中高新区工业总产值达到326亿元", T15, chk=True),
  fact(GX, "park", "national_rank", 50, "rank", F3, T15, qual=None, opt=True, note="“首次跻身全国高新区前50强”：前50以内"),
 ],
)

# ---------------------------------------------------------------- yl06 河池·东莞工业加工区 (广西日报 2007, via gxcounty)
HD = "河池·东莞工业加工区"
H0 = "河池·东莞工业加工区二区“五喜临门”:广西宜州兆业丝绸有限公司、广西东生天然产物科技有限责任公司、宜州市同福丝绸有限公司、宜州市辉晶有限责任公司、宜州市飞龙机械工业公司等5个总投资1.58亿元的新项目同时开工"
H1 = "当天开工的同福丝绸有限公司是首家生产出口产品双宫丝的企业,项目总投资2000万元"
H2 = "建设项目为桑蚕业废弃物蚕沙综合治理项目的广西东生天然产物科技有限责任公司,计划在年内投资7000万元"
H3 = "项目建成后,年产双宫丝350吨,产值7000万元,实现利润300万元"
H4 = "去年新落户工业园区项目达39个,总投资达到10亿元,工业总产值达到8亿元,纳税6000多万元,安置农村劳动力就地转移3000多人"
ST6 = dict(status="开工", status_text="同时开工")
Y6 = "2006年"
G["yl06"] = dict(
 article=art("（无标题）河池·东莞工业加工区二区5个项目同时开工", "广西日报（韦焕良），载于 gxcounty.com（广西县域经济网）", "2007-02-21", "day",
  "Provincial daily relayed by a county-economy portal, Guangxi: five firms' projects starting together in an industrial processing zone (Hechi/Yizhou), two firms' project details, the zone's previous-year figures",
  "http://www.gxcounty.com/news/xyjjbd/20080306/22319.html",
  "日期取页面“2007年02月21日 来源:广西日报 作者:韦焕良”（URL 中 20080306 为该站入库日期）。2007年，略早于本集 2008–2016 的年份范围，为补足数量收入（见 SOURCES.md）。存段无标题行，标题栏为编者概括。页面工具行、“扫二维码”“编辑:admin”等已删。正文三段，完整。园区：河池·东莞工业加工区（文中“二区”为其第二区，不另列；宜州市，河池，广西；文中又作“该工业加工区”“工业园区”）。项目：五个新项目只以企业名称出现，以企业名作项目名（同 real52 zv01 海湾电气），均开工；同福丝绸项目总投资2000万元（第一期今年8月1日投产，第二期2008年开工）；东生公司项目为“桑蚕业废弃物蚕沙综合治理项目”，“计划在年内投资7000万元”记作其投资额（注明为年内计划投资）。五家企业列为公司。事实：5个项目总投资1.58亿元；去年（2006年）新落户项目39个、总投资10亿元、工业总产值8亿元、纳税6000多万元（“多”在数字与单位之间，用 tax_paid，不带 _cny）、安置就业3000多人；同福项目建成后年产值7000万元、利润300万元（target）。",
  "yl06"),
 parks=[
  park(HD, "河池", "广西", "工业加工区", H0, district="宜州市", note="文中“二区”为其第二区；又作“该工业加工区”"),
 ],
 companies=[
  comp("广西宜州兆业丝绸有限公司", HD, H0),
  comp("广西东生天然产物科技有限责任公司", HD, H0),
  comp("宜州市同福丝绸有限公司", HD, H0, aliases=["同福丝绸有限公司"]),
  comp("宜州市辉晶有限责任公司", HD, H0),
  comp("宜州市飞龙机械工业公司", HD, H0),
 ],
 projects=[
  proj("广西宜州兆业丝绸有限公司", HD, H0, companies=["广西宜州兆业丝绸有限公司"], note="项目只以企业名出现", **ST6),
  proj("桑蚕业废弃物蚕沙综合治理项目", HD, H2, companies=["广西东生天然产物科技有限责任公司"], inv="投资7000万元",
       aliases=["广西东生天然产物科技有限责任公司"], note="“计划在年内投资7000万元”；开工见首段（以企业名出现）", **ST6),
  proj("宜州市同福丝绸有限公司", HD, H1, companies=["宜州市同福丝绸有限公司"], inv="项目总投资2000万元",
       aliases=["同福丝绸有限公司"], note="第一期工程将于今年8月1日投产，第二期工程于2008年开工", **ST6),
  proj("宜州市辉晶有限责任公司", HD, H0, companies=["宜州市辉晶有限责任公司"], note="项目只以企业名出现", **ST6),
  proj("宜州市飞龙机械工业公司", HD, H0, companies=["宜州市飞龙机械工业公司"], note="项目只以企业名出现", **ST6),
 ],
 aggregate_facts=[
  fact(HD, "park", "projects_started", 5, "count", H0, "2007年2月"),
  fact(HD, "park", "projects_started_investment_cny", 158000000.0, "cny", "5个总投资1.58亿元的新项目同时开工", "2007年2月", chk=True),
  fact("宜州市同福丝绸有限公司", "company", "expected_annual_output_cny", 70000000.0, "cny", "产值7000万元", "建成后（预计）", kind="target", chk=True),
  fact("宜州市同福丝绸有限公司", "company", "expected_annual_profit_cny", 3000000.0, "cny", "实现利润300万元", "建成后（预计）", kind="target", chk=True, opt=True),
  fact(HD, "park", "projects_introduced", 39, "count", H4, Y6),
  fact(HD, "park", "introduced_projects_investment_cny", 1000000000.0, "cny", "总投资达到10亿元", Y6, chk=True),
  fact(HD, "park", "industrial_output_cny", 800000000.0, "cny", "工业总产值达到8亿元", Y6, chk=True),
  fact(HD, "park", "tax_paid", 60000000.0, "cny", "纳税6000多万元", Y6, qual="余", qtext="多", note="“6000多万元”"),
  fact(HD, "park", "rural_labor_employed", 3000, "persons", "安置农村劳动力就地转移3000多人", Y6, qual="余", qtext="多", opt=True),
 ],
)

# ---------------------------------------------------------------- yl07 钦州港集中开工18个项目 (2010)
QG = "钦州港"
K0 = "广西钦州港石油减载平台工程等18个项目集中开工建设仪式28日在钦州港隆重举行"
K1 = "此次新开工的18个项目涵盖范围广,涉及工业、港口、服务业、城建、房地产、水利等行业,总投资18.8亿元"
K2 = "其中钦州港石油减载平台、10万吨级航道拓宽工程是广西重大建设项目"
K3 = "也是中石油广西石化千万吨炼油一期、二期项目及中石油2000万方原油储备库的重要配套工程"
G["yl07"] = dict(
 article=art("钦州港集中开工18个项目", "56885.net（“来源:网络”；原出处未注明）", "2010-04-30", "day",
  "Logistics-industry site relaying a news brief, Guangxi: groundbreaking of 18 projects at a port area (two named port works), with their total; related petrochemical projects mentioned",
  "http://www.56885.net/news/2010430/206553.html",
  "日期取页面“2010-4-30 10:39:00 来源:网络”（开工仪式在“28日”，即2010-04-28）。标题照录；日期来源行已删。正文三段，完整。“钦州港”为港区地名（钦州港经济开发区所在地），文中未称开发区，列为可选园区，项目 park 记为“钦州港”。项目：钦州港石油减载平台工程、10万吨级航道拓宽工程（开工；“广西重大建设项目”）；中石油广西石化千万吨炼油一期、二期项目与中石油2000万方原油储备库只作为被配套对象提及，可选，无状态。中石油只在项目名中，可选。事实：18个项目、总投资18.8亿元。",
  "yl07"),
 parks=[
  park(QG, "钦州", "广西", "港区", K0, opt=True, note="港区地名；文中未称开发区"),
 ],
 companies=[
  comp("中石油", QG, K3, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("钦州港石油减载平台工程", QG, K0, aliases=["钦州港石油减载平台", "广西钦州港石油减载平台工程"], status="开工", status_text="集中开工建设"),
  proj("10万吨级航道拓宽工程", QG, K2, status="开工", status_text="集中开工建设", note="开工见首段“18个项目集中开工”"),
  proj("中石油广西石化千万吨炼油一期、二期项目", QG, K3, companies=["中石油"], opt=True, note="只作为配套对象提及"),
  proj("中石油2000万方原油储备库", QG, K3, companies=["中石油"], opt=True, note="只作为配套对象提及"),
 ],
 aggregate_facts=[
  fact(QG, "park", "projects_started", 18, "count", K0, "2010-04-28"),
  fact(QG, "park", "projects_started_investment_cny", 1880000000.0, "cny", "总投资18.8亿元", "2010-04-28", chk=True),
 ],
)
