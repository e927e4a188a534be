# real131 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); “7亿多元”-type amounts (not digits+亿元) go in a metric
# without the _cny suffix, unit cny (as real9 x10 / real25 q01). Growth rates and shares as ratios. Projects: the park is the
# one the text places the project in, null if none (a county is not a park). Status from the text's words (开工 / 动工兴建 /
# 进场施工 → 开工; 封顶 / 施工中 → 在建; 投产 → 投产; 签约 → 签约; 引进 / 落户 alone → no status). “预计” / “力争” / “可达”
# figures are kind target with “（预计）” in as_of; “截至目前” / “累计” are cumulative. Sources are `search` (corpus pages)
# excerpts typed into _raw/pages/ywNN.raw as returned.

# ---------------------------------------------------------------- yw01 辽阳县农产品精深加工园 (农民日报 via zgjgw 2022)
LY = "辽阳县农产品精深加工园区"
SS = "首山经济开发区"
A0 = "辽阳县农产品精深加工园区作为首山经济开发区的起步区,于2020年4月份开始筹建"
A1 = "日前,记者从辽宁省辽阳市辽阳县了解到,辽阳县农产品精深加工园综合服务中心及标准化厂房主体结构已近完工,开始封顶"
A2 = "5个亿元以上项目也开始陆续进场施工"
A3 = "园区引进投资超亿元的农产品精深加工项目5项,总投资8亿元"
A4 = "分别为辽宁鑫金家禽养殖有限公司蛋品深加工项目、辽宁鑫金家禽养殖有限公司饲料深加工项目、辽宁汤泉谷现代农业科技有限公司不老莓饮品项目、辽宁通明酒业有限公司果酒生产项目、辽宁今香溢食品有限公司速冻调理品生产基地项目"
A5 = "建设基础设施及服务类配套项目2项,总投资约7000万元"
N1 = "各项目的投资额文中未分列（5项合计8亿元，单项只知“超亿元”）；状态取首段“5个亿元以上项目也开始陆续进场施工”→开工（五个亿元以上项目与所列五项为同一批，由语境推断）"
G["yw01"] = dict(
 article=art("（无标题）辽阳县农产品精深加工园综合服务中心及标准化厂房开始封顶 5个亿元以上项目陆续进场施工", "农民日报（农民日报·中国农网记者 王壹），载于 news.zgjgw.com", "2022-11-14", "day",
  "National agricultural daily via a relay site, Liaoning: a county agri-food processing park (start-up area of an economic development zone) — service centre and standard workshops topping out, five named processing projects (8亿元 in all) entering construction, infrastructure investment",
  "http://news.zgjgw.com/20221114/2979246.html",
  "存储摘录无标题行，标题为概括（title_note）。日期取 URL“20221114”（文中“预计今年11月全部完工”相合）。末尾“农民日报·中国农网记者 王壹”“来源:农民日报”两行已删。正文三段，完整。园区：辽阳县农产品精深加工园区（首段作“辽阳县农产品精深加工园”，列为别名），为首山经济开发区的起步区（parent_park 首山经济开发区）。项目：五个农产品精深加工项目（投资额未分列，合计8亿元记为园区累计事实）；综合服务中心及标准化厂房（封顶→在建，可选）。公司：四家有限公司，园区为辽阳县农产品精深加工园区。",
  "yw01", title_note="存储摘录无标题行；此为概括，非原题"),
 parks=[
  park(LY, "辽阳", "辽宁", "农产品加工园区", A0, district="辽阳县", parent=SS, aliases=["辽阳县农产品精深加工园"],
       note="首段作“辽阳县农产品精深加工园”；首山经济开发区的起步区"),
  park(SS, "辽阳", "辽宁", "经济开发区", A0, district="辽阳县", note="只作为上级园区出现"),
 ],
 companies=[
  comp("辽宁鑫金家禽养殖有限公司", LY, A4, note="两个项目（蛋品深加工、饲料深加工）"),
  comp("辽宁汤泉谷现代农业科技有限公司", LY, A4),
  comp("辽宁通明酒业有限公司", LY, A4),
  comp("辽宁今香溢食品有限公司", LY, A4),
 ],
 projects=[
  proj("辽宁鑫金家禽养殖有限公司蛋品深加工项目", LY, A4, companies=["辽宁鑫金家禽养殖有限公司"], status="开工", status_text="开始陆续进场施工", note=N1),
  proj("辽宁鑫金家禽养殖有限公司饲料深加工项目", LY, A4, companies=["辽宁鑫金家禽养殖有限公司"], status="开工", status_text="开始陆续进场施工", note=N1),
  proj("辽宁汤泉谷现代农业科技有限公司不老莓饮品项目", LY, A4, companies=["辽宁汤泉谷现代农业科技有限公司"], status="开工", status_text="开始陆续进场施工", note=N1),
  proj("辽宁通明酒业有限公司果酒生产项目", LY, A4, companies=["辽宁通明酒业有限公司"], status="开工", status_text="开始陆续进场施工", note=N1),
  proj("辽宁今香溢食品有限公司速冻调理品生产基地项目", LY, A4, companies=["辽宁今香溢食品有限公司"], status="开工", status_text="开始陆续进场施工", note=N1),
  proj("综合服务中心及标准化厂房", LY, A1, status="在建", status_text="主体结构已近完工,开始封顶", opt=True,
       note="园区配套工程；预计今年11月全部完工；可能即“基础设施及服务类配套项目2项”（约7000万元），文中未明言，不作投资额"),
 ],
 aggregate_facts=[
  fact(LY, "park", "projects_introduced", 5, "count", A3, "2022年11月（截至目前）", kind="cumulative", note="投资超亿元的农产品精深加工项目"),
  fact(LY, "park", "projects_introduced_investment_cny", 8e8, "cny", A3, "2022年11月（截至目前）", kind="cumulative", chk=True),
  fact(LY, "park", "infrastructure_projects", 2, "count", A5, "2020年4月筹建以来", kind="cumulative", opt=True, note="基础设施及服务类配套项目"),
  fact(LY, "park", "infrastructure_investment_cny", 7e7, "cny", A5, "2020年4月筹建以来", kind="cumulative", qual="约", qtext="约", chk=True),
  fact(LY, "park", "projects_started", 5, "count", A2, "2022年11月", opt=True, note="亿元以上项目陆续进场施工"),
 ])

# ---------------------------------------------------------------- yw02 肇州工业园区 国家农业科技园区 (黑龙江日报 2013)
ZZ = "肇州工业园区"
B0 = "肇州工业园区作为全国46个申报园区之一,成功晋升国家农业科技园区"
B1 = "3年来,肇州县财政投资4.8亿元,基本完成了打造一个农业科技核心区"
B2 = "目前,园区已入驻江苏雨润、山东六和、长春皓月、黑龙江兴和生物、北京太爱肽等企业项目59个"
B3 = "建设种植基地3个、畜禽养殖基地7个,投资总额近100亿元"
B4 = "园区建成后,核心区年销售收入可达300亿元,可带来12亿元的财政收入"
AS2 = "建成后（预计）"
G["yw02"] = dict(
 article=art("肇州工业园区晋级国家农业科技园区", "黑龙江日报（王铁石 苗立辉 李飞），载于东北网 heilongjiang.dbw.cn", "2013-10-25", "day",
  "Provincial daily on the provincial portal, Heilongjiang: a county industrial park approved as a national agricultural science and technology park (5th batch) — county fiscal investment, firms and 59 projects landed, total investment, expected core-area sales and fiscal revenue",
  "https://heilongjiang.dbw.cn/system/2013/10/25/055178809.shtml",
  "日期取页面“2013-10-25 10:24:58 来源:黑龙江日报”。标题照录；“搜 索”、日期来源行与“责任编辑:杨禹”已删。正文三段，完整。园区：肇州工业园区（大庆市肇州县，黑龙江；2010年10月整合组建，本次晋升国家农业科技园区，kind 仍记工业园区，note 注明）。公司：江苏雨润等五家（简称，照录），园区肇州工业园区；无具名项目。“投资总额近100亿元”为园区入驻项目与基地的投资总额（cumulative，约）；“核心区年销售收入可达300亿元…12亿元的财政收入”为建成后预期（target）。全国118个、黑龙江4个为可选区域事实。",
  "yw02"),
 parks=[
  park(ZZ, "大庆", "黑龙江", "工业园区", B0, district="肇州县", note="晋升国家农业科技园区（第5批）；2010年10月整合组建"),
 ],
 companies=[
  comp("江苏雨润", ZZ, B2),
  comp("山东六和", ZZ, B2),
  comp("长春皓月", ZZ, B2),
  comp("黑龙江兴和生物", ZZ, B2),
  comp("北京太爱肽", ZZ, B2),
 ],
 institutions=[
  inst("科技部", "科技部会同农业部、水利部、国家林业局、中科院、中国农业银行公布了第5批即最后一批国家农业科技园区名单", note="公布名单的部门之一；其余部门同句"),
 ],
 aggregate_facts=[
  fact(ZZ, "park", "fiscal_investment_cny", 4.8e8, "cny", B1, "2010年10月—2013年10月（3年来）", kind="cumulative", chk=True, note="肇州县财政投入园区"),
  fact(ZZ, "park", "projects_landed", 59, "count", B2, "2013年10月（目前）", kind="cumulative", note="入驻企业项目"),
  fact(ZZ, "park", "planting_bases", 3, "count", B3, "2013年10月（目前）", kind="cumulative", opt=True),
  fact(ZZ, "park", "livestock_bases", 7, "count", B3, "2013年10月（目前）", kind="cumulative", opt=True),
  fact(ZZ, "park", "total_investment_cny", 1e10, "cny", B3, "2013年10月（目前）", kind="cumulative", qual="约", qtext="近", chk=True, note="投资总额近100亿元"),
  fact(ZZ, "park", "expected_annual_sales_cny", 3e10, "cny", B4, AS2, kind="target", chk=True, note="核心区年销售收入可达"),
  fact(ZZ, "park", "expected_fiscal_revenue_cny", 1.2e9, "cny", "可带来12亿元的财政收入", AS2, kind="target", chk=True),
  fact("全国", "region", "national_agri_sci_parks", 118, "count", "截至目前,全国共创建国家农业科技园区118个,我省占4个席位", "2013年10月", kind="cumulative", opt=True),
  fact("黑龙江", "region", "national_agri_sci_parks", 4, "count", "截至目前,全国共创建国家农业科技园区118个,我省占4个席位", "2013年10月", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- yw03 高台 谷满仓 in 南华工业园区 (zyrb 2023)
NH = "南华工业园区"
XY = "现代农业产业园"
C0 = "10月16日,总投资1.2亿元的甘肃高台谷满仓农产品冷链仓储及加工集散中心项目在南华工业园区开工"
C1 = "谷满仓农产品冷链仓储及加工集散中心项目占地102亩,分两期建设,其中一期投资8000万元"
C2 = "投产后预计年可实现经营收入1亿元以上,利润2000万元,解决300多人就业"
C3 = "先后引进香港文汇、百汇绿海等4家省内外产业化龙头企业入驻园区发展"
C4 = "目前,现代农业产业园累计完成投资2.5亿元,实现产值3.24亿元"
GM = "甘肃高台谷满仓农产品冷链仓储及加工集散中心项目"
AS3 = "投产后（预计）"
G["yw03"] = dict(
 article=art("（无标题）总投资1.2亿元的甘肃高台谷满仓农产品冷链仓储及加工集散中心项目在南华工业园区开工", "zyrb.com（张掖日报网站，据域名判断；电头“高台讯”，署名段海 雷景韬 杜平）", "2023-10-18", "day",
  "City daily website, Gansu: a county cold-chain and agri-processing project started in an industrial park — amount, phases, capacities, expected revenue, profit and jobs; the county's modern agricultural park's firms, investment and output",
  "http://zyrb.com/content/202310/18/content_6958.html",
  "存储摘录无标题行，标题为概括（title_note）。日期取 URL“202310/18”（开工在10月16日）。署名“(段 海 雷景韬 杜 平)”在正文末，保留。正文四段，完整。园区：南华工业园区（张掖市高台县，甘肃）；第三段的“现代农业产业园”（高台县的现代农业产业园，文中无专名）照录为可选园区，龙头企业“入驻园区”指它（由语境推断）；两园关系文中未交代，不设 parent。项目：甘肃高台谷满仓农产品冷链仓储及加工集散中心项目（1.2亿元，开工，南华工业园区），一期8000万元等记为项目事实。",
  "yw03", title_note="存储摘录无标题行；此为概括，非原题"),
 parks=[
  park(NH, "张掖", "甘肃", "工业园区", C0, district="高台县"),
  park(XY, "张掖", "甘肃", "现代农业产业园", C4, district="高台县", opt=True, note="文中无专名（高台县的现代农业产业园）"),
 ],
 companies=[
  comp("香港文汇", XY, C3, note="入驻园区的产业化龙头企业；园区由语境推断为现代农业产业园"),
  comp("百汇绿海", XY, C3, note="同上"),
 ],
 projects=[
  proj(GM, NH, C0, inv="1.2亿元", status="开工", status_text="开工", aliases=["谷满仓农产品冷链仓储及加工集散中心项目"],
       note="分两期；一期投资8000万元；预计2024年8月完工"),
 ],
 aggregate_facts=[
  fact(GM, "project", "phase1_investment_cny", 8e7, "cny", "其中一期投资8000万元", "2023年10月（计划）", kind="target", chk=True, opt=True),
  fact(GM, "project", "site_area_mu", 102, "mu", C1, "2023年10月", opt=True),
  fact(GM, "project", "cold_storage_capacity_t", 15000, "t", "主要建设农产品保鲜库4座,总库容1.5万吨", "建成后（设计）", kind="target", opt=True),
  fact(GM, "project", "expected_annual_capacity_t", 20000, "t", "年加工速冻蔬菜、玉米、辣椒2万吨", "建成后（设计）", kind="target", opt=True),
  fact(GM, "project", "expected_annual_revenue_cny", 1e8, "cny", C2, AS3, kind="target", qual="超", qtext="以上", chk=True),
  fact(GM, "project", "expected_annual_profit_cny", 2e7, "cny", "利润2000万元", AS3, kind="target", chk=True),
  fact(GM, "project", "expected_jobs", 300, "count", "解决300多人就业", AS3, kind="target", qual="余", qtext="多", opt=True),
  fact(XY, "park", "leading_firms_introduced", 4, "count", C3, "2023年10月（近年来）", kind="cumulative", opt=True),
  fact(XY, "park", "investment_completed_cny", 2.5e8, "cny", C4, "2023年10月（累计）", kind="cumulative", chk=True),
  fact(XY, "park", "output_cny", 3.24e8, "cny", "实现产值3.24亿元", "2023年10月（目前）", kind="cumulative", chk=True, note="与累计投资同句，时段未明"),
  fact(XY, "park", "park_workers", 2000, "count", "年带动周边群众2000人在产业园务工", "每年", opt=True),
 ])

# ---------------------------------------------------------------- yw04 曾都区农产品加工园 (中国曾都网 via bzbw 2012)
ZD = "曾都区农产品加工园"
D0 = "省委、省政府授予曾都区农产品加工园 “2011年度农产品加工业‘四个一批’工程先进园区”称号"
D1 = "累计投资7亿多元,完善园区水、电、路、讯、视等基础设施配套建设"
D2 = "新拓展园区面积2平方公里,园区总面积达8.6平方公里"
D3 = "建立了省级现代林业曾都创汇科技园、食用菌特色加工科技园等一批特色园中园"
D4 = "全国食用菌出口第一的三友食品、全省最大木本油料加工企业田丰土产等企业成为全市农产品加工龙头企业"
D5 = "2011年规模农产品加工企业实现总产值112亿元,同比增长83.7%"
G["yw04"] = dict(
 article=art("曾都区荣获全省农产品加工业“四个一批”工程先进园区称号", "中国曾都网（作者 山川），载于 bzbw.cn", "2012-09-10", "day",
  "District news site via a city portal, Hubei: a district agri-processing park named a provincial advanced park for 2011 — cumulative infrastructure investment, area expansion, parks-in-park, leading firms, processing output and growth",
  "http://bzbw.cn/news/xqsnews/2012-09-10/1597.html",
  "日期取页面“时间:2012-09-10 08:41:09 来源:中国曾都网 作者:山川”。标题照录；导航、时间来源行、末行所粘“编辑严茂林”（LINE_SUFFIX）与页尾栏目已删。正文三段，完整。园区：曾都区农产品加工园（随州市曾都区，湖北）；园中园“省级现代林业曾都创汇科技园”“食用菌特色加工科技园”为可选子园区（parent 曾都区农产品加工园）。公司：三友食品、田丰土产（园区内龙头企业，由语境推断）。“累计投资7亿多元”非整数+亿元，metric 不带 _cny。“2011年规模农产品加工企业实现总产值112亿元”句主语为“我区”，记为曾都区（区域）事实（也可读作园区，注明）。",
  "yw04"),
 parks=[
  park(ZD, "随州", "湖北", "农产品加工园区", D0, district="曾都区"),
  park("省级现代林业曾都创汇科技园", "随州", "湖北", "农业科技园区", D3, district="曾都区", parent=ZD, opt=True, note="园中园"),
  park("食用菌特色加工科技园", "随州", "湖北", "农产品加工园区", D3, district="曾都区", parent=ZD, opt=True, note="园中园"),
 ],
 companies=[
  comp("三友食品", ZD, D4, note="全国食用菌出口第一；园区归属由语境推断"),
  comp("田丰土产", ZD, D4, note="全省最大木本油料加工企业；园区归属由语境推断"),
 ],
 institutions=[
  inst("曾都区委农办", "8月28日,笔者从曾都区委农办获悉"),
 ],
 aggregate_facts=[
  fact(ZD, "park", "infrastructure_investment", 7e8, "cny", D1, "2011年（累计）", kind="cumulative", qual="余", qtext="多",
       note="“7亿多元”不是整数+亿元，metric 不带 _cny 后缀（as real9 x10 / real25 q01）"),
  fact(ZD, "park", "area_added_km2", 2, "km2", D2, "2011年", opt=True),
  fact(ZD, "park", "area_km2", 8.6, "km2", D2, "2011年末"),
  fact("曾都区", "district", "agri_processing_output_cny", 1.12e10, "cny", D5, "2011年", chk=True, note="规模农产品加工企业总产值；主语“我区”，也可读作园区"),
  fact("曾都区", "district", "agri_processing_output_yoy_growth", 0.837, "ratio", D5, "2011年", kind="ratio"),
 ])

# ---------------------------------------------------------------- yw05 眉山“中国泡菜城” (四川在线 2020)
PC = "中国泡菜城"
E0 = "眉山“中国泡菜城”等30家园区荣获省级农产品加工示范园区"
E1 = "预计今年年底园区规上企业实现工业产值120亿元,税收2.7亿元"
E2 = "2022年规上企业产值突破250亿元,税收突破5亿元"
G["yw05"] = dict(
 article=art("点赞!眉山“中国泡菜城”荣获省级农产品加工示范园区", "四川在线眉山频道（彭林 李骏豪），meishan.scol.com.cn", "2020-11-06", "day",
  "Provincial portal's city channel, Sichuan: a pickle-food park named a provincial agri-processing demonstration park — earlier titles, expected year-end output and tax of above-scale firms, 2022 targets, a planned development plan",
  "https://meishan.scol.com.cn/msgs/202011/57946213.html",
  "日期取页面“2020-11-06 11:05:30来源:四川在线眉山频道”。标题照录；日期来源行与“编辑推荐”已删。正文三段，完整。园区：眉山“中国泡菜城”（名称照录“中国泡菜城”；眉山市，四川；文中未写区县，district 留空）。文中“国家现代农业产业园”“省级高新技术产业园区”是该园区获得的称号，不另列园区。预计今年年底的产值/税收及2022年目标均为 target。“泡菜产业产值力争达到300亿元”主语为泡菜产业，记为可选目标。中国国际工程咨询公司为受托编制规划的单位，列可选公司（园区外，park null）。",
  "yw05"),
 parks=[
  park(PC, "眉山", "四川", "农产品加工园区", E0, note="文中称眉山“中国泡菜城”；首批国家现代农业产业园、省级高新技术产业园区等称号"),
 ],
 companies=[
  comp("中国国际工程咨询公司", None, "将委托中国国际工程咨询公司编制园区千亿产业发展规划", opt=True, note="受托编制规划"),
 ],
 institutions=[
  inst("眉山市经济和信息化局", "记者从眉山市经济和信息化局获悉"),
 ],
 aggregate_facts=[
  fact(PC, "park", "industrial_output_above_scale_cny", 1.2e10, "cny", E1, "2020年末（预计）", kind="target", chk=True),
  fact(PC, "park", "tax_revenue_cny", 2.7e8, "cny", "税收2.7亿元", "2020年末（预计）", kind="target", chk=True),
  fact(PC, "park", "industrial_output_above_scale_cny", 2.5e10, "cny", E2, "2022年（预计）", kind="target", qual="超", qtext="突破", chk=True),
  fact(PC, "park", "tax_revenue_cny", 5e8, "cny", "税收突破5亿元", "2022年（预计）", kind="target", qual="超", qtext="突破", chk=True),
  fact(PC, "park", "pickle_industry_output_cny", 3e10, "cny", "泡菜产业产值力争达到300亿元", "远期（力争）", kind="target", opt=True, chk=True),
  fact("四川", "region", "provincial_agri_processing_demo_parks_awarded", 30, "count", E0, "2020年11月", opt=True),
 ])

# ---------------------------------------------------------------- yw06 紫金县预制菜产业园 (chuju555 2024)
ZC = "紫城工业园"
YZ = "紫金县预制菜产业园"
F0 = "位于紫城工业园内的紫金县预制菜产业园项目是一家集生产 、研发、展览、销售为一体的农产品深加工项目"
F1 = "目前这一项目已经完成50%的工程量,预计今年底正式投产"
F2 = "根据规划设计,紫金县预制菜产业园用地面积近3万平方米,建筑面积6.5万平方米"
F3 = "一期建成后可孵化紫金县30家不同规模企业生产预制菜产品,达产后年产值2亿元以上,年税收1000万元以上"
G["yw06"] = dict(
 article=art("计划年底投产!紫金预制菜产业园项目已完工五成", "chuju555.com（厨具商务网转载；原发媒体未注明，页面“来源:”为空）", "2024-06-01", "day",
  "Trade portal relaying a local report, Guangdong: a county pre-made-food park project inside an industrial park — 50% built, topped out, area, phases, expected output and tax, quotes from the site engineer and a county official",
  "https://www.chuju555.com/buy/show-700752.html",
  "日期取页面“2024-06-01 09:37”（记者走访在4月15日）。标题照录；站点菜单、日期来源行与末行残字“来”（“来源…”起头，摘录在此断开）已删。正文六段。园区：紫城工业园（河源市紫金县，广东）；紫金县预制菜产业园既是园中园（parent 紫城工业园）又是建设项目（紫金县预制菜产业园项目，在建：完成50%工程量、已封顶，预计年底投产）。投资额文中未给。面积、产值、税收记为项目/园区事实（一期达产后，target）。",
  "yw06"),
 parks=[
  park(ZC, "河源", "广东", "工业园", F0, district="紫金县"),
  park(YZ, "河源", "广东", "食品产业园", "紫金县预制菜产业园是河源市首个落地建设的预制菜产业园项目", district="紫金县", parent=ZC,
       note="在建的园中园，亦作项目"),
 ],
 institutions=[
  inst("紫金县委农办", "紫金县委农办专职副主任邓富明说道"),
 ],
 projects=[
  proj("紫金县预制菜产业园项目", ZC, F0, status="在建", status_text="已经完成50%的工程量", aliases=["紫金县预制菜产业园", "紫金预制菜产业园项目"],
       note="已封顶；预计今年6月建成、年底投产；投资额文中未给"),
 ],
 aggregate_facts=[
  fact("紫金县预制菜产业园项目", "project", "construction_progress", 0.5, "ratio", F1, "2024年4月15日", kind="ratio", opt=True),
  fact(YZ, "park", "site_area_m2", 30000, "m2", F2, "规划", qual="约", qtext="近"),
  fact(YZ, "park", "floor_area_m2", 65000, "m2", F2, "规划"),
  fact(YZ, "park", "firms_incubated_planned", 30, "count", F3, "一期建成后（预计）", kind="target", opt=True),
  fact(YZ, "park", "expected_annual_output_cny", 2e8, "cny", "达产后年产值2亿元以上", "一期达产后（预计）", kind="target", qual="超", qtext="以上", chk=True),
  fact(YZ, "park", "expected_annual_tax_cny", 1e7, "cny", "年税收1000万元以上", "一期达产后（预计）", kind="target", qual="超", qtext="以上", chk=True),
 ])

# ---------------------------------------------------------------- yw07 兰西县开发区 two vegetable projects (聚农网 2015)
LX = "兰西县开发区"
H0 = "9月20日,总投资3亿元、年可储存保鲜加工蔬菜5万吨的立信蔬菜加工项目和中舜蔬菜加工项目,在兰西县开发区动工兴建"
H1 = "立信食品公司蔬菜加工项目、中舜蔬菜加工项目由山东莱阳食品企业商会投资建设,总投资达3亿元"
H2 = "山东莱阳食品企业商会会长、烟台东信集团董事长吴风信,烟台永青食品公司董事长董永秀等出席奠基仪式"
NOTE7 = "两项目合计总投资3亿元，单项投资未分列（不作项目投资额，合计记为园区事实）"
G["yw07"] = dict(
 article=art("绥化兰西县两个蔬菜加工项目动工兴建", "聚农网（jn720.com，作者 jn720_zx）", "2015-09-21", "day",
  "Agricultural trade portal, Heilongjiang: two vegetable-processing projects by a Shandong food-industry chamber started in a county development zone — combined investment, storage and processing capacity, officials and investors at the ceremony",
  "http://www.jn720.com/news/show.php?itemid=35528",
  "日期取页面“日期:2015-09-21 来源:聚农网”（动工在9月20日）。标题照录；子站菜单、日期来源行与页尾已删。正文四段，完整。园区：兰西县开发区（绥化市兰西县，黑龙江）。项目：立信蔬菜加工项目（第三段作“立信食品公司蔬菜加工项目”，别名）、中舜蔬菜加工项目，均动工兴建→开工；两项合计3亿元，单项未分列。投资方山东莱阳食品企业商会列为机构（association）；立信食品公司为项目主体（园区内）；烟台东信集团、烟台永青食品公司只作出席者职务出现，可选，park null。",
  "yw07"),
 parks=[
  park(LX, "绥化", "黑龙江", "开发区", H0, district="兰西县"),
 ],
 companies=[
  comp("立信食品公司", LX, H1, opt=True, note="只在项目名中"),
  comp("烟台东信集团", None, H2, opt=True, note="出席者所在企业"),
  comp("烟台永青食品公司", None, H2, opt=True, note="出席者所在企业"),
 ],
 institutions=[
  inst("山东莱阳食品企业商会", H1, kind="association", opt=False, note="两项目的投资方"),
 ],
 projects=[
  proj("立信蔬菜加工项目", LX, H0, companies=["立信食品公司"], status="开工", status_text="动工兴建", aliases=["立信食品公司蔬菜加工项目"], note=NOTE7),
  proj("中舜蔬菜加工项目", LX, H0, status="开工", status_text="动工兴建", note=NOTE7),
 ],
 aggregate_facts=[
  fact(LX, "park", "projects_started", 2, "count", H0, "2015-09-20"),
  fact(LX, "park", "projects_started_investment_cny", 3e8, "cny", H0, "2015-09-20", chk=True, note="两项目合计"),
  fact(LX, "park", "expected_annual_capacity_t", 50000, "t", H0, "建成投产后（设计）", kind="target", opt=True, note="两项目年储存保鲜加工蔬菜；第四段作“5万吨以上”"),
 ])

# ---------------------------------------------------------------- yw08 涪陵区国家现代农业产业园 榨菜博览会 (xiangzhen 2019)
FL = "重庆市涪陵区国家现代农业产业园"
EXPO = "第二届中国重庆·涪陵榨菜产业博览会"
K0 = "近日,重庆市涪陵区国家现代农业产业园举办第二届中国重庆·涪陵榨菜产业博览会"
K1 = "今年,涪陵青菜头种植遍及全区23个乡镇街道,面积、产量分别达72.5万亩、160万吨,外运鲜销青菜头54.4万吨,产销成品榨菜50万吨,榨菜产业总产值达114.6亿元"
K2 = "签订涪陵青菜头鲜销协议5万吨,成品榨菜销售协议6万吨,鲜销和成品协议销售金额分别达1.2亿元、9亿元"
G["yw08"] = dict(
 article=art("（无标题）重庆市涪陵区国家现代农业产业园举办第二届中国重庆·涪陵榨菜产业博览会", "xiangzhen.org 转载（“本报记者 常力强”；原发报纸未注明）", "2019-12-17", "day",
  "Newspaper report relayed by a rural-economy site, Chongqing: a national modern agricultural park holds a pickle (榨菜) industry expo — the district's mustard-tuber acreage, output and industry output value, sales agreements signed at the expo",
  "http://xiangzhen.org/ncjj/2019/1217/69640.html",
  "存储摘录无标题行，标题为概括（title_note）。日期取 URL“2019/1217”。行首署名“本报记者 常力强”（LINE_PREFIX）与行尾表格竖线“|”（LINE_SUFFIX）已删；四段原文以空格连在一行，照存为一段。园区：重庆市涪陵区国家现代农业产业园（重庆市涪陵区）。文中“国家现代农业产业园创建”为泛称，不另列。产业数字的主语为涪陵区（区域事实，as_of 2019年）；签约数字的主语为博览会（event）。无具名企业或项目。",
  "yw08", title_note="存储摘录无标题行；此为概括，非原题"),
 parks=[
  park(FL, "重庆", "重庆", "国家现代农业产业园", K0, district="涪陵区"),
 ],
 institutions=[
  inst("中国蔬菜流通协会", "中国蔬菜流通协会成员单位参展", kind="association"),
 ],
 aggregate_facts=[
  fact("涪陵区", "district", "planting_area_mu", 725000, "mu", K1, "2019年", note="青菜头种植面积"),
  fact("涪陵区", "district", "crop_output_t", 1600000, "t", K1, "2019年", note="青菜头产量"),
  fact("涪陵区", "district", "fresh_sales_t", 544000, "t", K1, "2019年", opt=True, note="外运鲜销青菜头"),
  fact("涪陵区", "district", "finished_product_output_t", 500000, "t", K1, "2019年", opt=True, note="产销成品榨菜"),
  fact("涪陵区", "district", "industry_output_cny", 1.146e10, "cny", "榨菜产业总产值达114.6亿元", "2019年", chk=True, note="榨菜产业总产值"),
  fact("涪陵区", "district", "towns_planting", 23, "count", K1, "2019年", opt=True),
  fact(EXPO, "event", "fresh_sales_agreements_t", 50000, "t", K2, "2019年12月", opt=True),
  fact(EXPO, "event", "finished_sales_agreements_t", 60000, "t", K2, "2019年12月", opt=True),
  fact(EXPO, "event", "fresh_sales_agreements_value_cny", 1.2e8, "cny", K2, "2019年12月", chk=True),
  fact(EXPO, "event", "finished_sales_agreements_value_cny", 9e8, "cny", "9亿元", "2019年12月", chk=True,
       note="“鲜销和成品协议销售金额分别达1.2亿元、9亿元”的第二个数；evidence 只取“9亿元”，使首个金额即本值"),
 ])
