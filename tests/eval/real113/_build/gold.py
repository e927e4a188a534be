# real113 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); amounts written in Chinese numerals (十六亿八千万元,
# 一百四十二亿四千九百万元) or with 多 between number and unit (300多亿元) are not digits+亿元: kept in investment_text with
# investment_cny null (unparsed, as real25 q04) or in facts whose metric has no “_cny” suffix (as real51 zu01 / real66 yj01).
# Growth rates and shares as ratios. Projects: the park is the one the text places the project in, null if none (a city or
# district is not a park). Status from the text's words (开工 / 动工 / 破土动工 / 集体开工 → 开工; 投产 → 投产; 工程进展顺利 /
# 厂房部分完工 / 安装调试 → 在建; 拟入驻…对接洽谈 → planned; 入驻 alone → no status). “到2015年”“预计” figures are kind target;
# “截至目前” counts are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/yeNN.raw as returned.

# ---------------------------------------------------------------- ye01 绿园区人性化服务吸引项目落户 (长春市发改委 2008)
LY = "绿园经济开发区"
QC = "长春汽车产业开发区"
A0 = "今年,绿园区充分发挥地缘优势,围绕长春汽车产业开发区、长客股份开展项目建设,通过人性化的服务吸引项目落户"
A1 = "今年,绿园区项目建设进展迅速,新建投资3000万元以上项目160个,亿元以上项目16个,其中投资达到40亿元的长客轨道园高速列车制造基地实验中心已经破土动工"
A2 = "为了吸引投资者,绿园经济开发区先抓厂房建设、道路交通建设和水电配套等基础设施建设"
A3 = "原本还在犹豫是否落户开发区的神骏专用车制造有限公司,最终被开发区人的诚意打动,落户开发区"
A4 = "长春市绿园经济开发区从07年到今年3月份的储备项目是50个,其中亿元以上项目是12个,5000万元以上项目18个"
ASA = "2008年1月至7月中旬"
G["ye01"] = dict(
 article=art("绿园区人性化服务吸引项目落户", "长春市发展和改革委员会网站（drc.changchun.gov.cn，“工作动态”栏；来源：长春市发改委）", "2008-07-18", "day",
  "City development-and-reform commission's website, Jilin: a district's project work — new and continuing projects, projects over 30 million and over 100 million yuan, a 4-billion-yuan rail-vehicle test centre broken ground, a district development zone's service winning a special-vehicle maker, the zone's reserve projects",
  "http://drc.changchun.gov.cn/sygzdt/200807/t20080718_1283671.html",
  "日期取页面“来源:长春市发改委    日期:2008-07-18 10:20:07”。标题照录；站名、面包屑、阅读次数/来源/日期行与页脚（国务院客户端…关闭）已删。正文四段，完整。园区：绿园经济开发区（文中又作“长春市绿园经济开发区”“开发区”；长春市绿园区）；长春汽车产业开发区（“围绕长春汽车产业开发区、长客股份开展项目建设”，只作背景提及，仍列为园区）；“长客轨道园”只出现在项目名中，列为可选园区。公司：神骏专用车制造有限公司落户绿园经济开发区；长客股份（园区未说，park 为空）。项目：长客轨道园高速列车制造基地实验中心，“投资达到40亿元”，“已经破土动工”→开工；所在园区未明说（绿园区为行政区，不是园区），park 为空。事实：绿园区（行政区，region）“截至目前”新建续建项目199个、今年新建3000万元以上项目160个、亿元以上16个（cumulative）；绿园经济开发区“从07年到今年3月份”储备项目50个（其中亿元以上12个、5000万元以上18个，可选）。",
  "ye01"),
 parks=[
  park(LY, "长春", "吉林", "经济开发区", A2, district="绿园区", aliases=["长春市绿园经济开发区"], note="文中又作“长春市绿园经济开发区”“开发区”"),
  park(QC, "长春", "吉林", "开发区", A0, note="背景提及：绿园区围绕它开展项目建设"),
  park("长客轨道园", "长春", "吉林", "产业园", A1, district="绿园区", opt=True, note="只出现在项目名“长客轨道园高速列车制造基地实验中心”中"),
 ],
 companies=[
  comp("神骏专用车制造有限公司", LY, A3, note="落户开发区（绿园经济开发区）"),
  comp("长客股份", None, A0, note="绿园区围绕其开展项目建设；园区未说"),
 ],
 projects=[
  proj("长客轨道园高速列车制造基地实验中心", None, A1, inv="投资达到40亿元", status="开工", status_text="已经破土动工",
       note="绿园区项目（行政区，非园区）；名称含“长客轨道园”，园区未明说"),
 ],
 aggregate_facts=[
  fact("绿园区", "region", "projects_new_and_continuing", 199, "count", "截至目前,新建续建项目已达199个", "2008年7月中旬（截至目前）", kind="cumulative"),
  fact("绿园区", "region", "new_projects_over_30m", 160, "count", A1, ASA, kind="cumulative", note="新建投资3000万元以上项目"),
  fact("绿园区", "region", "new_projects_over_100m", 16, "count", A1, ASA, kind="cumulative", note="亿元以上项目（新建）"),
  fact(LY, "park", "projects_in_reserve", 50, "count", A4, "2007年至2008年3月", kind="cumulative"),
  fact(LY, "park", "projects_in_reserve_over_100m", 12, "count", A4, "2007年至2008年3月", kind="cumulative", opt=True),
  fact(LY, "park", "projects_in_reserve_over_50m", 18, "count", A4, "2007年至2008年3月", kind="cumulative", opt=True, note="5000万元以上项目18个（与亿元以上12个并列）"),
 ])

# ---------------------------------------------------------------- ye02 包头市装备制造产业园区初具规模 (中国广播网 via 新浪 2007)
BT = "包头装备制造产业园区"
B0 = "包头市青山区对位于青山区青山路以北、建华路以西、丹拉高速公路以南、民族东路以东总规划面积26平方公里的包头装备制造产业园区进行了精心打造"
B1 = "目前,园区共有各类装备制造业企业76户,产业集聚率已达82%点多,从业人员5万多人"
B2 = "截至2006年底,园区整体实现销售收入一百四十二亿四千九百万元,工业增加值达到四十二亿七千五百万元"
B3 = "一机集团、北方重工集团、北方创业公司、北方股份等驻区大型装备制造业企业入驻园区发展迅猛"
B4 = "总投资25亿元的高压锅炉管、重车曲轴精密锻造生产线、2兆瓦风力发电设备、风机主轴等项目工程进展顺利"
B5 = "总投资十六亿八千万元的北奔车桥扩能、新型驾驶室和北重安东特殊钢深孔制造合资项目先后入驻,3个项目厂房等基础设施建设已部分完工,预计年底前主体工程全部完成"
B6 = "与此同时,1.5兆瓦风机项目、火车轮饼项目、厂修基地项目、杭申中高压电器成套设备制造项目、丹东曲轴生产项目等拟入驻项目正在加紧进行对接洽谈"
ASB = "2007年10月（目前）"
G["ye02"] = dict(
 article=art("包头市装备制造产业园区初具规模", "中国广播网（中广网，记者那森宝音、包头台记者周建晖），载于新浪网 news.sina.com.cn", "2007-10-10", "day",
  "National radio network's news item on a portal, Inner Mongolia: an equipment-manufacturing park taking shape — planned area, firm count, 2006 sales and value added, half-year output, four resident state-owned groups, named projects in construction, entering and in negotiation with group totals",
  "http://news.sina.com.cn/s/2007-10-10/104912701058s.shtml",
  "日期取页面“2007年10月10日10:49 中国广播网”。标题照录；“不支持Flash”与网址日期行已删。存段末段“包头市装备制造产业园区在系统实现道路、供水、供电等“八通一平””在句中中断，整段删去（make_txt.py ITEMS），正文截至“…项目总体按照计划有序推进。”，共三段。园区：包头装备制造产业园区（标题作“包头市装备制造产业园区”，文中又作“包头市装备制造业园区”；包头市青山区，内蒙古）。公司：一机集团、北方重工集团、北方创业公司、北方股份（“驻区…企业入驻园区”）。项目：高压锅炉管、重车曲轴精密锻造生产线、2兆瓦风力发电设备、风机主轴（“工程进展顺利”→在建；“总投资25亿元”为四项合计，不分摊，记为园区事实 projects_total_investment_cny）；北奔车桥扩能、新型驾驶室、北重安东特殊钢深孔制造合资项目（先后入驻，厂房部分完工→在建；“总投资十六亿八千万元”为三项合计，中文数字，记为无 _cny 后缀的事实）；1.5兆瓦风机等五个“拟入驻项目正在加紧进行对接洽谈”→planned。事实：规划面积26平方公里、企业76户、从业人员5万多人（余）、产业集聚率82%点多（余，可选）；2006年销售收入、工业增加值为中文数字，metric 不带 _cny；2007年上半年产值88亿元、销售收入73亿元。",
  "ye02"),
 parks=[
  park(BT, "包头", "内蒙古", "产业园区", B0, district="青山区", aliases=["包头市装备制造产业园区", "包头市装备制造业园区"],
       note="标题作“包头市装备制造产业园区”；首段作“包头市装备制造业园区”"),
 ],
 companies=[
  comp("一机集团", BT, B3, note="驻区大型装备制造业企业"),
  comp("北方重工集团", BT, B3, note="驻区大型装备制造业企业"),
  comp("北方创业公司", BT, B3, note="驻区大型装备制造业企业"),
  comp("北方股份", BT, B3, note="驻区大型装备制造业企业"),
  comp("北重安东", BT, B5, opt=True, note="只在项目名中（合资项目）"),
  comp("杭申", BT, B6, opt=True, note="只在拟入驻项目名中"),
 ],
 projects=[
  proj("高压锅炉管", BT, B4, status="在建", status_text="项目工程进展顺利", note="与下三项合计总投资25亿元（不分摊）"),
  proj("重车曲轴精密锻造生产线", BT, B4, status="在建", status_text="项目工程进展顺利", note="四项合计25亿元"),
  proj("2兆瓦风力发电设备", BT, B4, status="在建", status_text="项目工程进展顺利", note="四项合计25亿元"),
  proj("风机主轴", BT, B4, status="在建", status_text="项目工程进展顺利", note="四项合计25亿元"),
  proj("北奔车桥扩能", BT, B5, status="在建", status_text="先后入驻,3个项目厂房等基础设施建设已部分完工", note="三项合计“总投资十六亿八千万元”（中文数字，不分摊）"),
  proj("新型驾驶室", BT, B5, status="在建", status_text="先后入驻,3个项目厂房等基础设施建设已部分完工", note="三项合计十六亿八千万元"),
  proj("北重安东特殊钢深孔制造合资项目", BT, B5, companies=["北重安东"], status="在建", status_text="先后入驻,3个项目厂房等基础设施建设已部分完工", note="三项合计十六亿八千万元"),
  proj("1.5兆瓦风机项目", BT, B6, status="planned", status_text="拟入驻项目正在加紧进行对接洽谈"),
  proj("火车轮饼项目", BT, B6, status="planned", status_text="拟入驻项目正在加紧进行对接洽谈"),
  proj("厂修基地项目", BT, B6, status="planned", status_text="拟入驻项目正在加紧进行对接洽谈"),
  proj("杭申中高压电器成套设备制造项目", BT, B6, companies=["杭申"], status="planned", status_text="拟入驻项目正在加紧进行对接洽谈"),
  proj("丹东曲轴生产项目", BT, B6, status="planned", status_text="拟入驻项目正在加紧进行对接洽谈"),
 ],
 aggregate_facts=[
  fact(BT, "park", "planned_area_km2", 26, "km2", B0, ASB),
  fact(BT, "park", "firms", 76, "count", B1, ASB, note="各类装备制造业企业"),
  fact(BT, "park", "industry_concentration_ratio", 0.82, "ratio", B1, ASB, kind="ratio", qual="余", qtext="多", opt=True, note="“82%点多”"),
  fact(BT, "park", "employees", 50000, "count", B1, ASB, qual="余", qtext="多"),
  fact(BT, "park", "sales_revenue", 1.4249e10, "cny", B2, "2006年", note="“一百四十二亿四千九百万元”（中文数字，不作 _cny）；“截至2006年底”即2006年全年"),
  fact(BT, "park", "industrial_value_added", 4.275e9, "cny", B2, "2006年", note="“四十二亿七千五百万元”（中文数字，不作 _cny）"),
  fact(BT, "park", "industrial_output_cny", 8.8e9, "cny", "今年上半年,园区实现产值88亿元,销售收入73亿元", "2007年上半年", chk=True),
  fact(BT, "park", "sales_revenue_cny", 7.3e9, "cny", "销售收入73亿元", "2007年上半年", chk=True),
  fact(BT, "park", "projects_total_investment_cny", 2.5e9, "cny", B4, ASB, chk=True, note="高压锅炉管等四项在建项目合计"),
  fact(BT, "park", "projects_total_investment", 1.68e9, "cny", B5, ASB, note="北奔车桥扩能等三项入驻项目合计“十六亿八千万元”（中文数字，不作 _cny）"),
  fact(BT, "park", "projects_entered_partly_built", 3, "count", B5, ASB, opt=True, note="3个项目厂房等基础设施已部分完工"),
 ])

# ---------------------------------------------------------------- ye03 吉林借长吉图东风打造国际级化工产业基地 (中国聚合物网 2010)
JH = "吉林化工园区"
C0 = "吉林市现有化工类汽车配套企业18户,有9户就坐落在吉林化工园区"
C1 = "吉林化工园区以汽车用化学品和三剂产业园为平台"
C2 = "园区共关闭98套技术落后、污染严重、缺乏竞争力的装置"
C3 = "围绕清洁生产,先后引进专利技术二十多套,30万吨/年含硫废水制酸项目,被列为吉林省2008年节能减排和发展循环经济建设专项资金扶持项目"
C4 = "2009年,吉林市化学工业循环经济示范园区实现地区生产总值256.86亿元"
G["ye03"] = dict(
 article=art("吉林借长吉图东风打造国际级化工产业基地", "中国聚合物网（polymer.cn，资讯·化工·企业动态栏；来源：中国聚合物网）", "2010-07-28", "day",
  "Polymer-industry portal's feature (second page only), Jilin: a city chemical park's role in Changchun–Jilin integration — auto-supplier chemical firms in the park, a sub-park platform, plants closed, a waste-acid project with provincial support, 2009 GDP",
  "http://polymer.cn/polymernews/2010-7-28/_2010728101527898_2.htm",
  "日期取页面“2010-7-28 来源:中国聚合物网”。网址末“_2”为文章第二页：存段即从第二页开头“对于促进长吉一体化具有重要意义。”起（上文在第一页，未存），不是本文开头。标题照录；面包屑、日期来源行、“关键词:碳纤维 精细化工”已删。存段在末句“园区基础设施建设投入资”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…实现地区生产总值256.86亿元。”；小标题“打造国际级化工产业基地”保留为一段。园区：吉林化工园区；末段“吉林市化学工业循环经济示范园区”紧接“打造国际级化工产业基地”小标题，按语境视为同一园区（别名；推定）；“三剂产业园”（“以汽车用化学品和三剂产业园为平台”）列为可选子园区。无具名企业。项目：30万吨/年含硫废水制酸项目（列为省专项资金扶持项目，状态未说；园区由语境推定）。事实：吉林市化工类汽车配套企业18户（region）、其中9户在园区；园区关闭装置98套（cumulative，可选）、引进专利技术二十多套（可选）；2009年地区生产总值256.86亿元。",
  "ye03"),
 parks=[
  park(JH, "吉林", "吉林", "化工园区", C0, aliases=["吉林市化学工业循环经济示范园区"],
       note="末段“吉林市化学工业循环经济示范园区”按语境视为同一园区（推定）"),
  park("三剂产业园", "吉林", "吉林", "专业产业园", C1, parent=JH, opt=True, note="“以汽车用化学品和三剂产业园为平台”；是否与“汽车用化学品”合为一园不明"),
 ],
 projects=[
  proj("30万吨/年含硫废水制酸项目", JH, C3, note="列为吉林省2008年节能减排和发展循环经济建设专项资金扶持项目；状态未说；园区由语境推定"),
 ],
 aggregate_facts=[
  fact("吉林市", "region", "chemical_auto_supplier_firms", 18, "count", C0, "2010年7月（现有）"),
  fact(JH, "park", "chemical_auto_supplier_firms", 9, "count", C0, "2010年7月（现有）"),
  fact(JH, "park", "obsolete_units_closed", 98, "count", C2, "2010年7月（截至目前）", kind="cumulative", opt=True),
  fact(JH, "park", "patented_technologies_introduced", 20, "count", C3, "2010年7月（先后）", kind="cumulative", qual="余", qtext="多", opt=True, note="“二十多套”"),
  fact(JH, "park", "gdp_cny", 2.5686e10, "cny", C4, "2009年", chk=True, note="主语作“吉林市化学工业循环经济示范园区”"),
 ])

# ---------------------------------------------------------------- ye04 吉林化工园区30万吨环氧丙烷产业链项目开工 (cnpec.net, year not stated)
D0 = "吉林化工园区深入贯彻“谋则新、动则速、言必信、行必果”的工作方针,经过多方协调、统筹兼顾,4月21日在吉林市龙潭区八家子施工现场隆重举行30万吨环氧丙烷产业链项目的开工启动仪式"
D1 = "赢创工业集团代表,林德-比欧西(中国)投资有限公司代表,伍德公司代表,吉神化学工业股份有限公司代表,亨斯迈聚氨酯(中国)有限公司代表出席仪式并为项目开工剪彩"
D2 = "当天集中新建开工项目25个,涉及工业、农业、基础设施、社会事业、房地产、服务业等多个行业和领域"
D3 = "吉林化工园区30万吨环氧丙烷产业链项目,是以中油吉化公司的丙烯为源头,以环氧丙烷、聚醚及聚氨酯为延展,以双氧水、制氢制氮为配套的国际化项目"
D4 = "吉神公司环氧丙烷项目的开工将带动林德公司制氢、制氮项目、美国亨斯迈公司基础聚醚及组合聚醚项目的推进"
G["ye04"] = dict(
 article=art("（无标题）吉林化工园区30万吨环氧丙烷产业链项目开工启动仪式 当天集中新建开工项目25个", "cnpec.net（新闻栏；原发媒体与作者存段未示）", None, None,
  "Chemical-industry news site relaying a local report, Jilin: a chemical park's groundbreaking ceremony for a propylene-oxide chain project with its foreign partners, the day's 25 projects started in the city, a vice-governor's remarks",
  "http://cnpec.net/news/show-82489.html",
  "发布日期不详：存段无标题、无日期行，正文只写“4月21日”，未写年份。文中“省委书记孙政才”“市长赵静波”“市委书记张晓霈”只能把仪式限定在孙政才任吉林省委书记期间（2009年末至2012年末）的某年4月21日；published 留空，不作推断。同站 show-34939 为2010-08-17（real14 a01），本页编号更大，发布不早于此。title 为编者概括。存段末行“市委书记张晓霈在30”在句中中断，整段删去（make_txt.py ITEMS），正文截至“…起到重要的推动作用。”，共三段。同文的 btm04.cn 繁体本为转换站副本，未用。园区：吉林化工园区（吉林市；仪式在龙潭区八家子施工现场）。公司：吉神化学工业股份有限公司（文中又作“吉神公司”“吉神化工”，项目主体，园区内）；林德-比欧西(中国)投资有限公司（“林德公司”制氢制氮项目，产业链配套）、亨斯迈聚氨酯(中国)有限公司（“美国亨斯迈公司”聚醚项目）——同在产业链项目内，园区记吉林化工园区；赢创工业集团、伍德公司（出席剪彩，角色未说）、中油吉化公司（丙烯原料来源）、中国石油天然气集团公司为可选、园区空。项目：30万吨环氧丙烷产业链项目（开工启动仪式→开工；别名“吉林化工园区30万吨环氧丙烷产业链项目”“吉神化工30万吨环氧丙烷产业链项目”“吉神公司环氧丙烷项目”）；林德公司制氢、制氮项目与美国亨斯迈公司基础聚醚及组合聚醚项目将由其“带动…推进”，状态未说（null）。事实：当天集中新建开工项目25个，涉及农业、房地产等，属全市（吉林市，region），不记为园区事实。",
  "ye04"),
 parks=[
  park(JH, "吉林", "吉林", "化工园区", D0, note="仪式在吉林市龙潭区八家子施工现场"),
 ],
 companies=[
  comp("吉神化学工业股份有限公司", JH, D1, aliases=["吉神公司", "吉神化工"], note="环氧丙烷项目主体"),
  comp("林德-比欧西(中国)投资有限公司", JH, D1, aliases=["林德公司"], note="产业链配套制氢、制氮项目"),
  comp("亨斯迈聚氨酯(中国)有限公司", JH, D1, aliases=["美国亨斯迈公司"], note="产业链配套基础聚醚及组合聚醚项目"),
  comp("赢创工业集团", None, D1, opt=True, note="出席剪彩；角色未说"),
  comp("伍德公司", None, D1, opt=True, note="出席剪彩；角色未说"),
  comp("中油吉化公司", None, D3, opt=True, note="丙烯原料来源"),
  comp("中国石油天然气集团公司", None, "中国石油天然气集团公司副总经理喻宝才", opt=True, note="其副总经理出席"),
 ],
 projects=[
  proj("30万吨环氧丙烷产业链项目", JH, D0, companies=["吉神化学工业股份有限公司"], status="开工", status_text="隆重举行30万吨环氧丙烷产业链项目的开工启动仪式",
       aliases=["吉林化工园区30万吨环氧丙烷产业链项目", "吉神化工30万吨环氧丙烷产业链项目", "吉神公司环氧丙烷项目"],
       note="环氧丙烷—聚醚—聚氨酯产业链，配套双氧水、制氢制氮"),
  proj("林德公司制氢、制氮项目", JH, D4, companies=["林德-比欧西(中国)投资有限公司"], note="将由环氧丙烷项目开工“带动…推进”；状态未说"),
  proj("美国亨斯迈公司基础聚醚及组合聚醚项目", JH, D4, companies=["亨斯迈聚氨酯(中国)有限公司"], note="将由环氧丙烷项目开工“带动…推进”；状态未说"),
 ],
 aggregate_facts=[
  fact("吉林市", "region", "projects_started", 25, "count", D2, "某年4月21日（年份未载）", note="当天全市集中新建开工项目，含农业、房地产等；非园区数字"),
 ])

# ---------------------------------------------------------------- ye05 霍林郭勒市:铝产业铸成金链条 (内蒙古新闻网 2013)
HL = "霍林郭勒市"
E0 = "目前,该市已引进建成铝深加工企业12家,投产电解铝产能达43万吨,铝深加工产能达36万吨"
E1 = "霍林郭勒市先后引进开工总投资300多亿元的霍煤锦江新材料产业园项目、总投资400亿元的创源高强高韧铝合金材料项目以及内蒙古霍煤万祥铝业有限责任公司冷轧项目(二期)和河南远洋铝业球型铝粉项目,进一步拉动了铝产业快速发展"
E2 = "江苏常发80万吨煤电铝及铝后加工等重点铝产业项目陆续入驻"
E3 = "按预期,到2015年,该市原铝产能将突破300万吨,铝后加工产能突破200万吨,铝水资源就地转化率达到70%,铝产业产值达1000亿元"
ASE = "2013年1月（目前）"
AT = "2015年（目标）"
G["ye05"] = dict(
 article=art("【新思路 新举措 新发展】霍林郭勒市:铝产业铸成金链条", "内蒙古新闻网（inews.nmgnews.com.cn，时政新闻栏；记者郭洪申、特约记者胡秀军；责任编辑魏佩）", "2013-01-15", "day",
  "Regional news portal's series item, Inner Mongolia: a county-level city's aluminium industry chain — processing firms and capacities, an aluminium new-materials park project and other named projects started with amounts, a project entering, 2015 targets",
  "http://inews.nmgnews.com.cn/system/2013/01/15/010898835.shtml",
  "日期取网址 system/2013/01/15。标题照录（含栏目标签【新思路 新举措 新发展】）；导航、位置行、“转播到腾讯微博”、“[责任编辑 魏佩 ]”及其后的相关链接已删。正文三段，完整；署名“(记者郭洪申 特约记者胡秀军)”在正文末，保留。地点：霍林郭勒市（通辽市代管，内蒙古；region）。园区：文中无具名开发区或工业园区，“霍煤锦江新材料产业园”只出现在项目名中，列为可选园区。项目（“先后引进开工”→开工，园区未说，park 为空）：霍煤锦江新材料产业园项目（“总投资300多亿元”，数字与“亿元”之间有“多”，不是数字+亿元写法，investment_cny 留空，qualifier 余）、创源高强高韧铝合金材料项目（总投资400亿元）、内蒙古霍煤万祥铝业有限责任公司冷轧项目(二期)、河南远洋铝业球型铝粉项目；江苏常发80万吨煤电铝及铝后加工（“陆续入驻”，无状态）。事实：铝深加工企业12家、电解铝产能43万吨、铝深加工产能36万吨（cumulative）；“到2015年”原铝产能突破300万吨、铝后加工产能突破200万吨、就地转化率70%、铝产业产值1000亿元（target）。",
  "ye05"),
 parks=[
  park("霍煤锦江新材料产业园", "通辽", "内蒙古", "产业园", E1, district="霍林郭勒市", opt=True, note="只出现在项目名“霍煤锦江新材料产业园项目”中"),
 ],
 companies=[
  comp("内蒙古霍煤万祥铝业有限责任公司", None, E1, note="冷轧项目(二期)；园区未说"),
  comp("河南远洋铝业", None, E1, opt=True, note="只在项目名中"),
  comp("江苏常发", None, E2, opt=True, note="只在项目名中"),
  comp("创源", None, E1, opt=True, note="只在项目名中；是否企业简称不明"),
 ],
 projects=[
  proj("霍煤锦江新材料产业园项目", None, E1, inv="总投资300多亿元", qual="余", qual_text="多", unparsed=True, status="开工", status_text="先后引进开工",
       note="“300多亿元”非数字+亿元写法，investment_cny 留空（as real25 q04）"),
  proj("创源高强高韧铝合金材料项目", None, E1, companies=["创源"], inv="总投资400亿元", status="开工", status_text="先后引进开工"),
  proj("内蒙古霍煤万祥铝业有限责任公司冷轧项目(二期)", None, E1, companies=["内蒙古霍煤万祥铝业有限责任公司"], phase="二期", status="开工", status_text="先后引进开工"),
  proj("河南远洋铝业球型铝粉项目", None, E1, companies=["河南远洋铝业"], status="开工", status_text="先后引进开工"),
  proj("江苏常发80万吨煤电铝及铝后加工", None, E2, companies=["江苏常发"], note="“等重点铝产业项目陆续入驻”；入驻无状态"),
 ],
 aggregate_facts=[
  fact(HL, "region", "aluminum_processing_firms", 12, "count", E0, ASE, kind="cumulative", note="已引进建成铝深加工企业"),
  fact(HL, "region", "electrolytic_aluminum_capacity_t", 430000, "t", E0, ASE, kind="cumulative", note="投产电解铝产能"),
  fact(HL, "region", "aluminum_processing_capacity_t", 360000, "t", E0, ASE, kind="cumulative", opt=True),
  fact(HL, "region", "primary_aluminum_capacity_t", 3000000, "t", E3, AT, kind="target", qual="超", qtext="突破"),
  fact(HL, "region", "aluminum_processing_capacity_t", 2000000, "t", E3, AT, kind="target", qual="超", qtext="突破", opt=True),
  fact(HL, "region", "local_conversion_ratio", 0.70, "ratio", E3, AT, kind="target", opt=True, note="铝水资源就地转化率"),
  fact(HL, "region", "aluminum_industry_output_cny", 1e11, "cny", "铝产业产值达1000亿元", AT, kind="target", chk=True),
 ])

# ---------------------------------------------------------------- ye06 呼和浩特 金桥开发区 / 鸿盛工业园区 (paper.com.cn 2013)
JQ = "金桥开发区"
HS = "鸿盛工业园区"
F0 = "今年7月,内蒙古晶环电子材料有限公司光伏电站、内蒙古爱信达教育印务公司印刷出版产业园等9个项目在呼和浩特市金桥开发区集体开工"
F1 = "今年进入5月份,创维电子(内蒙古)有限公司开始安装调试最新引进的模组一体化生产线"
F2 = "将从年产200万台整机提升到年产300万台整机,年产值可由2012年的43亿元提高到100亿元"
F3 = "与此同时,位于新城区鸿盛工业园区的TCL集团内蒙古液晶产业园,6条液晶电视生产线和4条一体化整机背光模组线正在加紧生产,从去年10月30日正式投产以来"
F4 = "移动、电信、联通云计算基地项目开工建设;中石油500万吨炼油项目投产"
F5 = "全力打造托清工业园区、沙尔沁新区盛乐园区、金桥开发区、金川金山裕隆工业园区4个千亿级重点园区和一个国家级高新区"
G["ye06"] = dict(
 article=art("（无标题）呼和浩特金桥开发区9个项目集体开工 一批非资源型新兴产业落地开花", "paper.com.cn（“每日新闻”栏；原发媒体与作者存段未示）", "2013-12-09", "day",
  "Paper-industry portal relaying a regional report, Inner Mongolia: a provincial capital's industrial year — nine projects started together in a development zone, a TV maker's new line and output, a TV industrial park in production in another park, the city's four 100-billion-yuan key parks",
  "http://paper.com.cn/news/daynews/2013/131209092511307361.htm",
  "日期取网址 2013/131209…（2013-12-09）。存段无标题、无日期行，从“今年7月,…”起（title 为编者概括）；小标题“一批非资源型新兴产业落地开花”“抓好实体经济打造重点园区”保留为段落。存段末句“通过集聚效应打造乳业、云计算、光伏、高铝粉煤灰综合利用4个在全国具有较大影”在句中中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…4个千亿级的特色支柱产业。”。园区：金桥开发区（“呼和浩特市金桥开发区”）、鸿盛工业园区（新城区）、托清工业园区、沙尔沁新区盛乐园区、金川金山裕隆工业园区（名称照录；“一个国家级高新区”未具名，不列）。公司：内蒙古晶环电子材料有限公司、内蒙古爱信达教育印务公司（项目在金桥开发区）；TCL集团（液晶产业园在鸿盛工业园区）；创维电子(内蒙古)有限公司（园区未说）；中石油（可选）。项目：晶环光伏电站、爱信达印刷出版产业园（“集体开工”→开工，金桥开发区）；TCL集团内蒙古液晶产业园（“去年10月30日正式投产”→投产，鸿盛工业园区）；创维模组一体化生产线（安装调试→在建，可选）；移动、电信、联通云计算基地项目（开工，可选）；中石油500万吨炼油项目（投产，园区未说）。事实：金桥开发区7月集体开工项目9个；创维2012年产值43亿元、预期100亿元（target）；TCL液晶电视生产线6条（可选）；呼和浩特市打造千亿级重点园区4个（target）。",
  "ye06"),
 parks=[
  park(JQ, "呼和浩特", "内蒙古", "开发区", F0, aliases=[], note="文中作“呼和浩特市金桥开发区”“金桥开发区”"),
  park(HS, "呼和浩特", "内蒙古", "工业园区", F3, district="新城区"),
  park("托清工业园区", "呼和浩特", "内蒙古", "工业园区", F5, note="四个千亿级重点园区之一"),
  park("沙尔沁新区盛乐园区", "呼和浩特", "内蒙古", "园区", F5, note="名称照录；四个千亿级重点园区之一"),
  park("金川金山裕隆工业园区", "呼和浩特", "内蒙古", "工业园区", F5, note="名称照录（金川、金山、裕隆合称）；四个千亿级重点园区之一"),
 ],
 companies=[
  comp("内蒙古晶环电子材料有限公司", JQ, F0),
  comp("内蒙古爱信达教育印务公司", JQ, F0),
  comp("创维电子(内蒙古)有限公司", None, F1, note="园区未说"),
  comp("TCL集团", HS, F3, note="TCL集团内蒙古液晶产业园在鸿盛工业园区"),
  comp("中石油", None, F4, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("内蒙古晶环电子材料有限公司光伏电站", JQ, F0, companies=["内蒙古晶环电子材料有限公司"], status="开工", status_text="集体开工"),
  proj("内蒙古爱信达教育印务公司印刷出版产业园", JQ, F0, companies=["内蒙古爱信达教育印务公司"], status="开工", status_text="集体开工"),
  proj("TCL集团内蒙古液晶产业园", HS, F3, companies=["TCL集团"], status="投产", status_text="从去年10月30日正式投产以来"),
  proj("模组一体化生产线", None, F1, companies=["创维电子(内蒙古)有限公司"], status="在建", status_text="开始安装调试", opt=True, note="创维新引进的生产线；园区未说"),
  proj("移动、电信、联通云计算基地项目", None, F4, status="开工", status_text="开工建设", opt=True, note="三家运营商的云计算基地；园区未说"),
  proj("中石油500万吨炼油项目", None, F4, companies=["中石油"], status="投产", status_text="投产"),
 ],
 aggregate_facts=[
  fact(JQ, "park", "projects_started", 9, "count", F0, "2013年7月"),
  fact("创维电子(内蒙古)有限公司", "company", "annual_output_cny", 4.3e9, "cny", "年产值可由2012年的43亿元提高到100亿元", "2012年", chk=True),
  fact("创维电子(内蒙古)有限公司", "company", "expected_annual_output_cny", 1e10, "cny", "提高到100亿元", "模组生产线投产后（预期）", kind="target", chk=True),
  fact("创维电子(内蒙古)有限公司", "company", "annual_capacity_units", 3000000, "units", F2, "模组生产线投产后（预期）", kind="target", opt=True, note="由年产200万台整机提升到300万台"),
  fact("TCL集团", "company", "production_lines", 6, "count", F3, "2013年", opt=True, note="6条液晶电视生产线（另有4条一体化整机背光模组线）"),
  fact("呼和浩特市", "region", "planned_100bn_parks", 4, "count", F5, "2013年起（目标）", kind="target", note="4个千亿级重点园区"),
 ])
