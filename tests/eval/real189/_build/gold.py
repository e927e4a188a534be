# real189 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in. Status from the text's words (工地一派火热建设场面 / 正在加紧建设 → 在建; targets
# “力争…建设 / 启动…建设” → planned). “力争” year figures are kind target with “（目标）” in as_of; year-to-date figures
# (“今年1月至2月”, “今年1-8月份”) are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/ufNN.raw
# as returned.

# ---------------------------------------------------------------- uf01 九江城区临港工业基地 (《港口经济》2009年第7期, abstract)
JJ = "九江城区临港工业基地"
A0 = "九江城区临港工业基地位于《九江港总体规划》中城区港区的东部,园区规划总面积125平方公里"
A1 = "共落实亿元以上项目17个"
A2 = "力争今年年内完成固定资产投资1亿元以上"
A3 = "同时力争在年内引进亿元以上项目10个,开工亿元项目3个,投产亿元项目7个,实现税收6000万元"
A4 = "建设6条区内道路、5个5000吨级长江深水码头和新港基地污水处理厂(一期),启动姑塘污水处理厂、110千伏变电站及配电工程建设"
AT = "2009年全年（目标）"
G["uf01"] = dict(
 article=art("（无标题）九江城区临港工业基地 “300天行动计划”", "《港口经济》（Port Economy）2009年第7期第62页，摘要，载于期刊库 218.28.6.71:81（维普式摘要页；作者存段未示）", "2009-07", "month",
  "Trade magazine (port economy), abstract as stored in a journal database, Jiangxi: a riverside industrial base in 九江 — planned area, 17 projects of 亿元 or more secured, the city's “300天行动计划” with this year's targets for investment, roads, wharves and sewage works, projects to bring in, start and put in production, tax",
  "http://218.28.6.71:81/Qikan/Article/Detail?id=30979514",
  "存段只有摘要与“出处 《港口经济》 2009年第7期62-62,共1页 Port Economy”，无篇名（title 为编者概括），日期取期号（2009年第7期，精度到月）。“摘要”“出处”及刊期行已删，正文一段，完整。“今年”=2009年（由期号推断）。园区：九江城区临港工业基地（九江港城区港区东部，江西九江）；末句“城东临港工业园区”应指同一园区（位于城区港区东部），列为别名（推断）。“新港基地”只出现在污水处理厂名中，不另列园区。“力争今年年内…”“力争在年内…”为年度目标（kind target，as_of 注“目标”）。基础设施（码头、污水处理厂、变电站）为计划工程，列为可选项目（planned），金额无。",
  "uf01"),
 parks=[
  park(JJ, "九江", "江西", "临港工业基地", A0, aliases=["城东临港工业园区"],
       note="末句“城东临港工业园区”按位置（城区港区东部）视为同一园区，推断"),
 ],
 projects=[
  proj("新港基地污水处理厂(一期)", JJ, A4, phase="一期", status="planned", status_text="力争今年年内…建设", opt=True, note="年度目标中的基础设施工程"),
  proj("姑塘污水处理厂", JJ, A4, status="planned", status_text="启动…建设", opt=True, note="年度目标中的基础设施工程"),
  proj("110千伏变电站及配电工程", JJ, A4, status="planned", status_text="启动…建设", opt=True, note="年度目标中的基础设施工程"),
 ],
 aggregate_facts=[
  fact(JJ, "park", "planned_area_km2", 125, "km2", A0, "2009年"),
  fact(JJ, "park", "projects_landed", 17, "count", A1, "2009年年中", kind="cumulative", note="亿元以上项目，已落实"),
  fact(JJ, "park", "fixed_asset_investment_cny", 1e8, "cny", A2, AT, kind="target", qual="超", qtext="以上", chk=True),
  fact(JJ, "park", "projects_signed", 10, "count", A3, AT, kind="target", note="引进亿元以上项目"),
  fact(JJ, "park", "projects_started", 3, "count", A3, AT, kind="target", note="开工亿元项目"),
  fact(JJ, "park", "projects_in_production", 7, "count", A3, AT, kind="target", note="投产亿元项目"),
  fact(JJ, "park", "tax_revenue_cny", 6e7, "cny", "实现税收6000万元", AT, kind="target", chk=True),
  fact(JJ, "park", "deepwater_berths_planned", 5, "count", A4, AT, kind="target", opt=True, note="5000吨级长江深水码头"),
  fact(JJ, "park", "roads_planned", 6, "count", A4, AT, kind="target", opt=True),
 ])

# ---------------------------------------------------------------- uf02 南丰县富溪工业园区 (bkrnk.com 2011-10-06)
FX = "南丰县富溪工业园区"
B0 = "南丰县富溪工业园区于1996年9月开始兴建,位于琴城镇富溪村境内"
B1 = "第一期工程规划的394亩土地现已全部到位,12户企业全部建成投产"
B2 = "现已落户企业5家,其中一家建成投产,四家在建"
B3 = "据统计,今年1-8月份,12户投产企业实现产值11224万元,销售收入8945万元,上交税金302。1万元,安排就业人数1233人"
B4 = "与去年同比分别增加62。9%、67。1%、90%、32。6%"
BS = "2011年1–8月"
G["uf02"] = dict(
 article=art("南丰县富溪工业园区", "bkrnk.com（抚州园区栏“工业园区”；原出处未注明）", "2011-10-06", "day",
  "Park-directory aggregator, Jiangxi: a county industrial park's profile — founding, planned area, three phases with firms in production and under construction, January–August output, sales, tax, jobs and their growth",
  "http://bkrnk.com/fuzhouyuanqu/50965.html",
  "日期取页面“| 工业园区 |2011-10-06”（该行已删）。标题照录，正文一段，完整。“今年1-8月份”=2011年1–8月（由发布日期推断）。园区：南丰县富溪工业园区（抚州市南丰县琴城镇，江西）。无企业名称。页面以句号“。”作小数点（“0。55平方公里”“302。1万元”“62。9%”等），照录；税金302。1万元读作302.1万元，因文字异常且 check_gold 的金额解析会误读，指标名不带 _cny 后缀并列为可选；62。9% 等增速同样可选。一期12户投产、二期落户5家（1家投产、4家在建）为截至发稿的累计数。",
  "uf02"),
 parks=[
  park(FX, "抚州", "江西", "工业园区", B0, district="南丰县"),
 ],
 aggregate_facts=[
  fact(FX, "park", "planned_area_km2", 3, "km2", "园区总体规划面积3平方公里", "2011年"),
  fact(FX, "park", "industrial_land_km2", 2.45, "km2", "其中工业用地2.45平方公里", "2011年", opt=True),
  fact(FX, "park", "firms_in_production", 12, "count", B1, "2011年10月", kind="cumulative", note="一期12户企业全部建成投产"),
  fact(FX, "park", "firms_landed_phase2", 5, "count", B2, "2011年10月", kind="cumulative", opt=True, note="二期落户5家，1家投产、4家在建"),
  fact(FX, "park", "output_cny", 1.1224e8, "cny", B3, BS, kind="cumulative", chk=True, note="12户投产企业产值"),
  fact(FX, "park", "sales_revenue_cny", 8.945e7, "cny", "销售收入8945万元", BS, kind="cumulative", chk=True),
  fact(FX, "park", "taxes_paid", 3.021e6, "cny", "上交税金302。1万元", BS, kind="cumulative", opt=True, note="原文“302。1万元”，以句号作小数点"),
  fact(FX, "park", "employment", 1233, "persons", "安排就业人数1233人", BS),
  fact(FX, "park", "output_yoy_growth", 0.629, "ratio", B4, BS, kind="ratio", opt=True, note="原文“62。9%”"),
  fact(FX, "park", "sales_yoy_growth", 0.671, "ratio", B4, BS, kind="ratio", opt=True, note="原文“67。1%”"),
  fact(FX, "park", "tax_yoy_growth", 0.90, "ratio", B4, BS, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- uf03 景德镇陶瓷工业园区 国家陶瓷产业基地 (jdztci.com 2012-02-26)
JDZ = "景德镇陶瓷工业园区"
C0 = "由景德镇陶瓷工业园区申报的国家陶瓷产业基地名列其中"
C1 = "到2014年,陶瓷产业发展规模可达到420亿元"
C2 = "形成综合实力国内领先的结构陶瓷、功能陶瓷元器件高技术陶瓷产业集群,集群工业总产值达到100亿元"
G["uf03"] = dict(
 article=art("（无标题）景德镇陶瓷工业园区申报的国家陶瓷产业基地入选第三批国家新型工业化产业示范基地", "jdztci.com（陶瓷新闻栏；站名与署名存段未示）", "2012-02-26", "day",
  "Ceramics trade news site, Jiangxi: a city ceramics park's national demonstration-base listing — the base's 2014 scale target and its high-tech ceramics cluster output target",
  "http://jdztci.com/new/ceramics/news/2012-2-26/20122261620502907.htm",
  "存段无标题、无日期行（title 为编者概括）；日期取网址 2012-2-26。正文两段，完整。同文的繁体转换副本（m.moreambermoore.com，同一路径）与前瞻网转载未用。园区：景德镇陶瓷工业园区（文中又作“景德镇陶瓷工业园”，列为别名；景德镇市，江西）。“国家陶瓷产业基地”是该园区申报获评的国家新型工业化产业示范基地（称号/基地），列为可选园区，父园区为景德镇陶瓷工业园区；“国家陶瓷科技城产业化基地”“国家火炬计划陶瓷新材料及制品产业基地”为景德镇既有称号，不列。事实：到2014年陶瓷产业发展规模420亿元、高技术陶瓷集群工业总产值100亿元均为目标（target），主体记园区。",
  "uf03"),
 parks=[
  park(JDZ, "景德镇", "江西", "工业园区", C0, aliases=["景德镇陶瓷工业园"], note="首句作“景德镇陶瓷工业园”"),
  park("国家陶瓷产业基地", "景德镇", "江西", "国家新型工业化产业示范基地", C0, parent=JDZ, opt=True,
       note="园区申报获评的示范基地称号"),
 ],
 aggregate_facts=[
  fact(JDZ, "park", "ceramics_industry_scale_cny", 4.2e10, "cny", C1, "2014年（目标）", kind="target", chk=True,
       note="国家陶瓷产业基地建成后陶瓷产业发展规模"),
  fact(JDZ, "park", "high_tech_ceramics_cluster_output_cny", 1e10, "cny", "集群工业总产值达到100亿元", "2014年（目标）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- uf04 吉州 省级开发区扩区调区调研 (吉安庐陵网 via jxjaw 2012)
JZ = "吉州工业园区"
D0 = "认为吉州工业园区产业规划高、基础设施完善,产业发展态势好、科技含量高"
D1 = "调研组先后到江西杰克机床有限公司、友利电电子(江西)有限公司、江西华阳电子公司等企业调研,并听取了吉州区关于工 业园区建设情况以及发展规划工作的介绍"
D2 = "工业经济初步形成了“城北电子信息产业园、城南机械装备产业园”的“一区两园”的发展格局"
G["uf04"] = dict(
 article=art("省级开发区扩区调区工作调研组到吉州调研", "吉安庐陵网（jxjaw.cn 吉安市新闻栏；吉州讯，张春颖、史延辉）", "2012-05-11", "day",
  "City news portal, Jiangxi: a provincial survey team on expanding and adjusting provincial development zones visits a district's industrial park — three named firms visited, the district's two sub-parks",
  "https://www.jxjaw.cn/viewnews-18081.html",
  "日期取页面“时间:2012年5月11日 15:03”。标题照录；频道菜单、热度/浏览/评论行与文末打分、表态栏已删。正文四段，完整。“工 业园区”中的空格照录。园区：吉州工业园区（吉安市吉州区，江西；省级开发区，正筹备扩区调区）；“城北电子信息产业园”“城南机械装备产业园”为吉州区“一区两园”中的两园，父园区记吉州工业园区（推断：“一区”即工业园区）。企业：江西杰克机床有限公司、友利电电子(江西)有限公司、江西华阳电子公司为调研组所到企业，园区记吉州工业园区（由语境推断：调研的是工业园区建设）。机构：省发改委外资处（可选）。无金额、无项目、无数字事实。",
  "uf04"),
 parks=[
  park(JZ, "吉安", "江西", "工业园区", D0, district="吉州区", note="省级开发区"),
  park("城北电子信息产业园", "吉安", "江西", "产业园", D2, district="吉州区", parent=JZ, note="“一区两园”之一；父园区推断"),
  park("城南机械装备产业园", "吉安", "江西", "产业园", D2, district="吉州区", parent=JZ, note="“一区两园”之一；父园区推断"),
 ],
 companies=[
  comp("江西杰克机床有限公司", JZ, D1, note="调研企业；园区由语境推断"),
  comp("友利电电子(江西)有限公司", JZ, D1, note="调研企业；园区由语境推断"),
  comp("江西华阳电子公司", JZ, D1, note="调研企业；园区由语境推断"),
 ],
 institutions=[
  inst("省发改委外资处", "5月3日,省发改委外资处处长邓强率领的省级开发区扩区调区工作组来吉州调研扩区调区工作"),
 ])

# ---------------------------------------------------------------- uf05 赣州开发区 省重点工程 (赣南日报 via gzjrw.cn 2013)
GZ = "赣州开发区"
E0 = "近日,盛川新能源发电设备成套集成项目、生之源人体干细胞制品、赣州综合商贸物流园、铜铝产业园基础设施一期、香港产业园基础设施建设与二期路网建设5个省重点工程项目工地一派火热建设场面"
E1 = "海盛硬质合金、钜磁科技永磁材料、百美达科技金属材料、大田精密高级碳纤维自行车、泰欣德电子、首诺铜业等一批项目正在加紧建设"
E2 = "今年1月至2月,开发区实现规模以上工业增加值20.7亿元、主营业务收入83.58亿元,同比分别增长13.54%、22.36%"
ES = "2013年1–2月"
ST1 = "工地一派火热建设场面"
ST2 = "正在加紧建设"
G["uf05"] = dict(
 article=art("（无标题）赣州开发区5个省重点工程项目加快建设", "赣南日报（陈琦），经中国赣州网，载于 gzjrw.cn", "2013-04-16", "day",
  "Local daily relayed by a city news site, Jiangxi: a national economic development zone's five province-key projects under construction (two of them sub-park infrastructure), six more named projects being built, the zone's January–February value added and revenue with growth",
  "http://gzjrw.cn/Item/158377.aspx",
  "日期取页面“发布时间:2013年04月16日”；来源行“来源:中国赣州网-赣南日报”与发布时间行已删。存段无标题（title 为编者概括）。正文两段，完整（署名“(陈琦)”在末）。园区：赣州开发区（即赣州经济技术开发区，文中只作“赣州开发区”“开发区”；江西赣州）；铜铝产业园、香港产业园只出现在项目名中，列为可选子园区。项目：五个省重点工程（“工地一派火热建设场面”→在建），六个“正在加紧建设”的项目（→在建），名称照录（“生之源人体干细胞制品”“海盛硬质合金”等以产品/企业简称为名）。企业名只在项目名中，列为可选公司（园区赣州开发区）。事实：“今年1月至2月”=2013年1–2月（cumulative），增长率为 ratio。",
  "uf05"),
 parks=[
  park(GZ, "赣州", "江西", "经济技术开发区", "今年以来,赣州开发区优化发展环境,一个个大项目、好项目快速推进", note="即赣州经济技术开发区；文中只作“赣州开发区”"),
  park("铜铝产业园", "赣州", "江西", "产业园", E0, parent=GZ, opt=True, note="只在项目名中"),
  park("香港产业园", "赣州", "江西", "产业园", E0, parent=GZ, opt=True, note="只在项目名中"),
 ],
 companies=[
  comp("盛川新能源", GZ, E0, opt=True, note="只在项目名中"),
  comp("生之源", GZ, E0, opt=True, note="只在项目名中"),
  comp("海盛", GZ, E1, opt=True, note="只在项目名中（海盛硬质合金）"),
  comp("钜磁科技", GZ, E1, opt=True, note="只在项目名中"),
  comp("百美达科技", GZ, E1, opt=True, note="只在项目名中"),
  comp("大田精密", GZ, E1, opt=True, note="只在项目名中"),
  comp("泰欣德电子", GZ, E1, opt=True, note="以企业简称作项目名"),
  comp("首诺铜业", GZ, E1, opt=True, note="以企业简称作项目名"),
 ],
 projects=[
  proj("盛川新能源发电设备成套集成项目", GZ, E0, companies=["盛川新能源"], status="在建", status_text=ST1, note="省重点工程"),
  proj("生之源人体干细胞制品", GZ, E0, companies=["生之源"], status="在建", status_text=ST1, note="省重点工程"),
  proj("赣州综合商贸物流园", GZ, E0, status="在建", status_text=ST1, note="省重点工程"),
  proj("铜铝产业园基础设施一期", GZ, E0, phase="一期", status="在建", status_text=ST1, note="省重点工程；园区基础设施"),
  proj("香港产业园基础设施建设与二期路网建设", GZ, E0, phase="二期", status="在建", status_text=ST1, note="省重点工程；园区基础设施"),
  proj("海盛硬质合金", GZ, E1, status="在建", status_text=ST2),
  proj("钜磁科技永磁材料", GZ, E1, companies=["钜磁科技"], status="在建", status_text=ST2),
  proj("百美达科技金属材料", GZ, E1, companies=["百美达科技"], status="在建", status_text=ST2),
  proj("大田精密高级碳纤维自行车", GZ, E1, companies=["大田精密"], status="在建", status_text=ST2),
  proj("泰欣德电子", GZ, E1, companies=["泰欣德电子"], status="在建", status_text=ST2),
  proj("首诺铜业", GZ, E1, companies=["首诺铜业"], status="在建", status_text=ST2),
 ],
 aggregate_facts=[
  fact(GZ, "park", "industrial_value_added_cny", 2.07e9, "cny", E2, ES, kind="cumulative", chk=True, note="规模以上工业增加值"),
  fact(GZ, "park", "main_business_revenue_cny", 8.358e9, "cny", "主营业务收入83.58亿元", ES, kind="cumulative", chk=True),
  fact(GZ, "park", "industrial_value_added_growth", 0.1354, "ratio", E2, ES, kind="ratio"),
  fact(GZ, "park", "main_business_revenue_growth", 0.2236, "ratio", E2, ES, kind="ratio"),
  fact(GZ, "park", "province_key_projects_under_construction", 5, "count", E0, "2013年4月", opt=True),
 ])

# ---------------------------------------------------------------- uf06 九江 县域经济 (nanchang.baogaosu 2014-02-20)
JK = "九江开发区"
HK = "湖口县工业园"
F0 = "沿线有瑞昌市、九江县、九江开发区、浔阳区、庐山区、湖口县和彭泽县"
F1 = "目前,该县工业园内有工业企业135家,总投资近1500亿元,其中有30家企业投资超过10亿元,最多的投资达300亿元"
G["uf06"] = dict(
 article=art("谁家新燕啄春泥——九江推进县域经济转型发展纪实", "nanchang.baogaosu.com（聚合站；原刊未注明）", "2014-02-20", "day",
  "News aggregator relaying a provincial/city feature, Jiangxi: 九江's county economies after the city's “五年决战工业主营业务收入一万亿元” goal — the riverside counties and zone, 瑞昌's project pipeline, 湖口's industrial park with firm count and total investment (opening of a long feature)",
  "http://nanchang.baogaosu.com/xinwen/%E8%B0%81%E5%AE%B6%E6%96%B0%E7%87%95%E5%95%84%E6%98%A5%E6%B3%A5%E4%B9%9D%E6%B1%9F%E6%8E%A8%E8%BF%9B%E5%8E%BF%E5%9F%9F%E7%BB%8F%E6%B5%8E%E8%BD%AC%E5%9E%8B%E5%8F%91%E5%B1%95/17839639",
  "日期取页面“20.02.2014  09:06”（该行已删）。标题照录。存段为长篇通讯的开头，断在“工业结构优化升级,”，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…最多的投资达300亿元。”，含小标题“立足沿江优势,推进产业转型升级”一段。“去年”=2013年。园区：九江开发区（即九江经济技术开发区，文中只在沿江县区名单中出现一次）；湖口县的“工业园”文中无专名（“该县工业园”），以“湖口县工业园”记（非原文名称，可选），其企业数、总投资等事实记在该名下。瑞昌“4个…百亿元产业园”无名称，不列。城市/县级数字（全市财政总收入、瑞昌重大工业项目总投资）为地区事实，可选。",
  "uf06"),
 parks=[
  park(JK, "九江", "江西", "经济技术开发区", F0, note="即九江经济技术开发区；只在名单中出现"),
  park(HK, "九江", "江西", "工业园区", "在荒沙滩上建起了工业园", district="湖口县", opt=True,
       note="文中作“工业园”“该县工业园”，无专名；名称为编者所拟"),
 ],
 aggregate_facts=[
  fact(HK, "park", "industrial_firms", 135, "count", F1, "2014年2月"),
  fact(HK, "park", "total_investment_cny", 1.5e11, "cny", F1, "2014年2月", kind="cumulative", qual="约", qtext="近", chk=True),
  fact(HK, "park", "firms_investing_over_1bn", 30, "count", F1, "2014年2月", opt=True, note="投资超过10亿元的企业"),
  fact("瑞昌市", "region", "major_industrial_projects_investment_cny", 4.2e10, "cny", "目前,该市正在推进的重大工业项目总投资达420亿元", "2014年2月", kind="cumulative", opt=True, chk=True),
  fact("九江市", "region", "fiscal_revenue_cny", 2.802e10, "cny", "去年全市财政总收入280.2亿元,增长26.87%", "2013年", opt=True, chk=True),
 ])
