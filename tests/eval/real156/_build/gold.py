# real156 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth rates and shares as
# ratios (261% → 2.61). Projects: the park is the one the text places the project in, null if none (a town is not a park).
# Status from the text's words (签订项目投资协议 → 签约; 正在建设 / 重大建设项目 with investment under way → 在建; 引进 alone → no
# status). “预计” / “目标” / “达产后” figures are kind target with the expectation in as_of; “截至…” / “累计” / year-to-date
# counts are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/wwNN.raw as returned.

# ---------------------------------------------------------------- ww01 火炬开发区 “3·28” interview (中山, 2011)
HJ = "火炬开发区"
A0 = "近日,本报记者就开发区“3·28”亮点问题采访了火炬开发区管委会主任梁欣、管委会副主任欧阳锦全"
A1 = "在今年3月2日,火炬区签约项目的数量和投资额均超过中山市签约总量的40%"
A2 = "截至3月中旬,在“3·28”招商经贸洽谈会中,该区上台签约项目共有13个,签约金额超百亿元"
A3 = "累计项目总数21个,投资总额17.29亿美元,比增261%"
A4 = "注册资本22035万 美 元 , 比 增55.61%"
A5 = "此次活动可见大型内资项目唱主角,累计投资总额150907万美元,占投资总额87%"
AS = "截至2011年3月中旬"
G["ww01"] = dict(
 article=art("（无标题）中山火炬开发区“3·28”招商：管委会主任梁欣访谈", "chinavalue.com.cn（中国价值网）转载；原刊报纸未署名（“本报记者”）", "2011-03-29", "day",
  "Newspaper interview (Q&A) relayed by a business portal, Guangdong: a national high-tech zone's investment-fair results — signing share, projects signed on stage and their value, project count, investment and registered capital in US dollars with growth, last year's output",
  "https://chinavalue.com.cn/article/2011/3/29/731889.html",
  "日期取网址 2011/3/29。存段无标题、无日期行（title 为编者概括）。存段为访谈开头：两段导语、第一问答、第二问与答的开头；在“在工业化的道路上,近几年”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…去年产值超千亿元。”。“注册资本22035万 美 元 , 比 增55.61%”中的空格照原样保留。园区：火炬开发区（文中又作“火炬区”“开发区”；中山市，广东；级别文中未说，kind 记“开发区”）。无具名企业或项目。事实：3月2日签约数量和投资额均超中山全市40%（ratio，超）；截至3月中旬上台签约13个、签约金额超百亿元；累计项目21个、投资总额17.29亿美元（比增261%）、注册资本22035万美元（比增55.61%）；大型内资项目累计投资150907万美元，占87%；“去年产值超千亿元”（2010年，超）。“100家重点企业”为奖励办法名称中的数字，不计。",
  "ww01"),
 parks=[
  park(HJ, "中山", "广东", "开发区", A0, aliases=["火炬区"], note="文中又作“火炬区”“开发区”；国家级高新区（文中未说级别）"),
 ],
 companies=[],
 institutions=[
  inst("火炬开发区管委会", A0, park=HJ),
 ],
 projects=[],
 aggregate_facts=[
  fact(HJ, "park", "signing_share_of_city", 0.40, "ratio", A1, "2011-03-02", kind="ratio", qual="超", qtext="超过", opt=True, note="签约项目数量和投资额均超过中山市签约总量的40%"),
  fact(HJ, "park", "projects_signed", 13, "count", A2, AS, kind="cumulative", note="“3·28”招商经贸洽谈会上台签约项目"),
  fact(HJ, "park", "signed_contract_value_cny", 1e10, "cny", "该区上台签约项目共有13个,签约金额超百亿元", AS, kind="cumulative", qual="超", qtext="超"),
  fact(HJ, "park", "projects_count", 21, "count", A3, AS, kind="cumulative", note="累计项目总数"),
  fact(HJ, "park", "planned_investment_usd", 1.729e9, "usd", A3, AS, kind="cumulative"),
  fact(HJ, "park", "planned_investment_yoy_growth", 2.61, "ratio", A3, AS, kind="ratio"),
  fact(HJ, "park", "registered_capital_usd", 2.2035e8, "usd", A4, AS, kind="cumulative"),
  fact(HJ, "park", "registered_capital_yoy_growth", 0.5561, "ratio", A4, AS, kind="ratio", opt=True),
  fact(HJ, "park", "domestic_large_projects_investment_usd", 1.50907e9, "usd", A5, AS, kind="cumulative", opt=True),
  fact(HJ, "park", "domestic_large_projects_investment_share", 0.87, "ratio", A5, AS, kind="ratio", opt=True),
  fact(HJ, "park", "output_value_cny", 1e11, "cny", "去年产值超千亿元", "2010年", qual="超", qtext="超"),
 ])

# ---------------------------------------------------------------- ww02 佛山市政协 视察 “双转移” 园区 (佛山, 2012)
QY = "佛山(清远)产业转移工业园"
YF = "佛山(云浮)产业转移工业园"
B0 = "截至2012年6月中旬,佛山(清远)产业转移工业园入园项目达110个,投资总额达195.89亿元,建成项目97个,75个规模以上企业实现工业总产值68.67亿元"
B1 = "佛山(云浮)产业转移工业园入园项目累计235个,计划总投资346亿元"
B2 = "其他我市相关区、镇合作共建的产业转移园区累计入园项目221个,投资总额317.37亿元"
BS = "截至2012年6月中旬"
G["ww02"] = dict(
 article=art("（无标题）佛山市政协赴清远视察“双转移”产业园区", "ceramicschina.com（陶瓷信息网）转载；原刊为佛山本地报纸，未署报名（记者王轲 通讯员郑静）", "2012-06", "month",
  "City paper's local news relayed by a ceramics trade site, Guangdong: a city political-consultative inspection of its industry-transfer parks in another city — projects entered, investment, projects built, above-scale firms and their output for two named parks and the others",
  "https://www.ceramicschina.com/PG_ViewNews_42263.html",
  "存段无标题、无日期行（title 为编者概括）。日期由文中“截至2012年6月中旬”与“昨日”推定为2012年6月（月精度，推定）。“我市”“市政协”指佛山（文中“佛山将…企业转移到清远”）。删去页首“服务热线 400-115-2002”与页尾“- END -”等栏目行；正文五段，完整，署名“(记者王轲 通讯员郑静)”保留。园区：佛山(清远)产业转移工业园（又作“佛山(清远)产业转移园”；在清远）、佛山(云浮)产业转移工业园（在云浮）；“其他我市相关区、镇合作共建的产业转移园区”未具名，其数字列为可选事实。无具名企业或项目。事实均为截至2012年6月中旬的累计数（cumulative）：清远园入园项目110个、投资总额195.89亿元、建成项目97个、规上企业75个、工业总产值68.67亿元；云浮园入园项目235个、计划总投资346亿元。",
  "ww02"),
 parks=[
  park(QY, "清远", "广东", "产业转移工业园", B0, aliases=["佛山(清远)产业转移园"], note="佛山与清远共建；文中又作“佛山(清远)产业转移园”"),
  park(YF, "云浮", "广东", "产业转移工业园", B1, note="佛山与云浮共建"),
 ],
 companies=[],
 institutions=[
  inst("市政协", "昨日,市政协前往清远专题视察我市“双转移”产业园区建设情况", note="佛山市政协"),
 ],
 projects=[],
 aggregate_facts=[
  fact(QY, "park", "projects_count", 110, "count", B0, BS, kind="cumulative", note="入园项目"),
  fact(QY, "park", "planned_investment_cny", 195.89e8, "cny", "投资总额达195.89亿元", BS, kind="cumulative", chk=True),
  fact(QY, "park", "projects_completed", 97, "count", "建成项目97个", BS, kind="cumulative"),
  fact(QY, "park", "enterprises_above_scale", 75, "count", "75个规模以上企业实现工业总产值68.67亿元", BS, kind="cumulative"),
  fact(QY, "park", "output_value_cny", 68.67e8, "cny", "75个规模以上企业实现工业总产值68.67亿元", BS, kind="cumulative", chk=True, note="规上企业工业总产值；时段未明说"),
  fact(YF, "park", "projects_count", 235, "count", B1, BS, kind="cumulative", note="入园项目累计"),
  fact(YF, "park", "planned_investment_cny", 346e8, "cny", "计划总投资346亿元", BS, kind="cumulative", chk=True),
  fact("佛山市相关区、镇合作共建的其他产业转移园区", "park_group", "projects_count", 221, "count", B2, BS, kind="cumulative", opt=True),
  fact("佛山市相关区、镇合作共建的其他产业转移园区", "park_group", "planned_investment_cny", 317.37e8, "cny", "投资总额317.37亿元", BS, kind="cumulative", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- ww03 珠海高栏港经济开发区升级为国家级 (珠海, 2012)
GL = "珠海经济技术开发区"
C0 = "经国务院批准,珠海高栏港经济开发区正式升级为国家级经济技术开发区,定名为“珠海经济技术开发区”"
C1 = "目前,港区在建、筹建重点项目33个,总投资超过1500亿元"
C2 = "2011年,完成地区生产总值206.06亿元,工业总产值632.23亿元,工业增加值170.24亿元,固定资产投资101.03亿元,外贸进出口总额86.45亿美元"
C3 = "已设立外商投资企业171家、世界500强公司17家(共投资25个项目)"
CS = "2011年"
CN = "截至2012年3月"
G["ww03"] = dict(
 article=art("（无标题）珠海高栏港经济开发区升级为国家级经济技术开发区", "m.chinacrane.net（中国起重机械网）转载；原刊未署名", "2012-03-16", "day",
  "Trade portal relaying a local report, Guangdong: a provincial port-industry zone upgraded to a national economic and technological development zone under a new name — area, industries, key projects and their investment, the previous year's GDP, output, value added, fixed investment, trade, foreign-invested and Fortune-500 firms",
  "http://m.chinacrane.net/news/201203/16/49212.html",
  "日期取网址 201203/16（“昨日从…获悉”）。存段无标题、无日期行（title 为编者概括）。正文三段，完整。园区：珠海高栏港经济开发区升级并定名为“珠海经济技术开发区”——以新名为 name，旧名与“高栏港”为别名；珠海市，广东；国家级经济技术开发区（2006年设立的省级开发区，规划面积15.88平方公里）。无具名企业或项目。事实：在建、筹建重点项目33个、总投资超过1500亿元（截至2012年3月）；2011年地区生产总值206.06亿元、工业总产值632.23亿元、工业增加值170.24亿元、固定资产投资101.03亿元、外贸进出口86.45亿美元、货物吞吐量7170万吨；已设外资企业171家、世界500强17家（25个项目）。“近三年连续…排名第一”不计。",
  "ww03"),
 parks=[
  park(GL, "珠海", "广东", "国家级经济技术开发区", C0, aliases=["珠海高栏港经济开发区", "高栏港"], note="原省级珠海高栏港经济开发区（2006年设立），升级后定名珠海经济技术开发区；文中又作“高栏港”“港区”"),
 ],
 companies=[],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(GL, "park", "planned_area_km2", 15.88, "km2", "规划面积为15.88平方公里", "2012年3月", opt=True),
  fact(GL, "park", "projects_count", 33, "count", C1, CN, kind="cumulative", note="在建、筹建重点项目"),
  fact(GL, "park", "planned_investment_cny", 1500e8, "cny", "总投资超过1500亿元", CN, kind="cumulative", qual="超", qtext="超过", chk=True),
  fact(GL, "park", "gdp_cny", 206.06e8, "cny", "完成地区生产总值206.06亿元", CS, chk=True),
  fact(GL, "park", "output_value_cny", 632.23e8, "cny", "工业总产值632.23亿元", CS, chk=True),
  fact(GL, "park", "industrial_value_added_cny", 170.24e8, "cny", "工业增加值170.24亿元", CS, chk=True),
  fact(GL, "park", "fixed_asset_investment_cny", 101.03e8, "cny", "固定资产投资101.03亿元", CS, chk=True),
  fact(GL, "park", "trade_value_usd", 86.45e8, "usd", "外贸进出口总额86.45亿美元", CS),
  fact(GL, "park", "cargo_throughput_tonnes", 7170e4, "tonnes", "全港货物吞吐量7170万吨", CS, opt=True),
  fact(GL, "park", "foreign_invested_enterprises", 171, "count", C3, CN, kind="cumulative"),
  fact(GL, "park", "fortune500_enterprises", 17, "count", C3, CN, kind="cumulative"),
  fact(GL, "park", "fortune500_projects", 25, "count", C3, CN, kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- ww04 松山湖 2014 一季度 (东莞, 2014)
SS = "松山湖国家高新区"
D0 = "近日,松山湖国家高新区召开新闻发布会,对外通报今年一季度经济增长及其他相关情况"
D1 = "园区第一季度实现地区生产总值(GDP)48.77亿元,同比增长15.1%"
D2 = "规上工业总产值为272.38亿元,同比增长87.4%"
D3 = "工业增加值28.01亿元,同比增长35%"
D4 = "税收收入8.72亿元,同比增长9%"
D5 = "固定资产投资11.92亿元,同比增长4.3%"
D6 = "进出口总额26.61亿元,同比增长167.5%"
D7 = "一季度,松山湖协议引进57个项目,协议投资总额14.59亿元"
D8 = "2014年松山湖共有12个市重大项目,目标是推动4个新项目开工,2个项目竣工,完成总投资19.5亿元"
D9 = "1—4月份,12个重大建设项目累计完成投资约6.52亿元,占年度计划的33.44%"
D10 = "其中华为终端、东邦科技、中国电子及红珊瑚药业项目投资较快,分别占项目年度投资计划的114.9%、50%、50%、42%"
D11 = "台湾高科技园、两岸生物技术产业合作基地实行一体化运作,一季度共引进海普新材料、长盈生物、镁乐医疗、智基医疗、中健生物5个生物技术项目,德可森电子、品微电子等2家IC设计企业"
D12 = "机器人产业基地已完成项目咨询论证工作,作为基地的核心部分——松山湖国际机器人协同创新研究院的筹建办公室已于4月19日正式挂牌启用"
Q1 = "2014年第一季度"
G["ww04"] = dict(
 article=art("GDP比增15.1% 松山湖首季实现开门红", "xbgk.com（资讯频道）转载；原刊未署名", "2014", "year",
  "Regional business site relaying a zone's press-conference report, Guangdong: a national high-tech zone's first-quarter figures — GDP, above-scale output, value added, tax, fixed investment, trade, projects agreed; the year's major-project targets and progress with four named projects; platforms and the firms they brought in",
  "http://xbgk.com/show-14-56922-1.html",
  "存段无日期行；文中“今年一季度”“2014年松山湖共有12个市重大项目”“1—4月份”“4月19日”→发表于2014年（约4月底至5月；年精度）。删去栏目词“资讯频道”。存段在第四段末句“该基地由…李泽湘教授牵头,…打造…三大企业群”处中断（无句末标点），该句已删（make_txt.py LINE_SUFFIX），正文截至“…正式挂牌启用。”。园区：松山湖国家高新区（又作“松山湖”“园区”；东莞，广东）；园中平台台湾高科技园、两岸生物技术产业合作基地（一体化运作，parent 松山湖国家高新区）；大学创新城、机器人产业基地为可选。项目：华为终端、东邦科技、中国电子、红珊瑚药业四个市重大建设项目（“投资较快”→在建；无金额）；一季度引进的五个生物技术项目（以企业名称呼）列为可选项目，其企业列为公司（园区记松山湖国家高新区：文中只说由台湾高科技园、两岸生物技术产业合作基地共同引进，未分属）。IC设计企业德可森电子、品微电子同。事实：一季度GDP 48.77亿元（+15.1%）、规上工业总产值272.38亿元（+87.4%）、工业增加值28.01亿元（+35%）、税收8.72亿元（+9%）、固定资产投资11.92亿元（+4.3%）、进出口26.61亿元（+167.5%）、协议引进57个项目、协议投资14.59亿元；2014年目标：市重大项目12个、新开工4个、竣工2个、完成投资19.5亿元（target）；1—4月完成投资约6.52亿元（约），占年度计划33.44%。",
  "ww04"),
 parks=[
  park(SS, "东莞", "广东", "国家高新区", D0, aliases=["松山湖"], note="文中又作“松山湖”“园区”"),
  park("台湾高科技园", "东莞", "广东", "园中园", D11, parent=SS, note="与两岸生物技术产业合作基地一体化运作"),
  park("两岸生物技术产业合作基地", "东莞", "广东", "园中园", D11, parent=SS),
  park("机器人产业基地", "东莞", "广东", "产业基地", D12, parent=SS, opt=True, note="正在筹建"),
  park("大学创新城", "东莞", "广东", "园中园", "大学创新城加快推进基础设施建设", parent=SS, opt=True),
 ],
 companies=[
  comp("华为终端", SS, D10, opt=True, note="只在项目名中（市重大建设项目）"),
  comp("东邦科技", SS, D10, opt=True, note="只在项目名中"),
  comp("中国电子", SS, D10, opt=True, note="只在项目名中"),
  comp("红珊瑚药业", SS, D10, opt=True, note="只在项目名中"),
  comp("海普新材料", SS, D11, note="一季度引进的生物技术项目；由台湾高科技园、两岸生物技术产业合作基地引进"),
  comp("长盈生物", SS, D11, note="同上"),
  comp("镁乐医疗", SS, D11, note="同上"),
  comp("智基医疗", SS, D11, note="同上"),
  comp("中健生物", SS, D11, note="同上"),
  comp("德可森电子", SS, D11, note="一季度引进的IC设计企业"),
  comp("品微电子", SS, D11, note="同上"),
 ],
 institutions=[
  inst("松山湖国际机器人协同创新研究院", D12, kind="research", park=SS, note="筹建办公室挂牌启用"),
 ],
 projects=[
  proj("华为终端", SS, D10, companies=["华为终端"], status="在建", status_text="重大建设项目…投资较快", note="市重大建设项目；占年度投资计划114.9%"),
  proj("东邦科技", SS, D10, companies=["东邦科技"], status="在建", status_text="重大建设项目…投资较快", note="占年度投资计划50%"),
  proj("中国电子", SS, D10, companies=["中国电子"], status="在建", status_text="重大建设项目…投资较快", note="占年度投资计划50%"),
  proj("红珊瑚药业", SS, D10, companies=["红珊瑚药业"], status="在建", status_text="重大建设项目…投资较快", note="占年度投资计划42%"),
  proj("海普新材料", SS, D11, companies=["海普新材料"], opt=True, note="引进的生物技术项目（引进，无状态）"),
  proj("长盈生物", SS, D11, companies=["长盈生物"], opt=True, note="同上"),
  proj("镁乐医疗", SS, D11, companies=["镁乐医疗"], opt=True, note="同上"),
  proj("智基医疗", SS, D11, companies=["智基医疗"], opt=True, note="同上"),
  proj("中健生物", SS, D11, companies=["中健生物"], opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact(SS, "park", "gdp_cny", 48.77e8, "cny", D1, Q1, chk=True),
  fact(SS, "park", "gdp_yoy_growth", 0.151, "ratio", D1, Q1, kind="ratio"),
  fact(SS, "park", "output_value_cny", 272.38e8, "cny", D2, Q1, chk=True, note="规上工业总产值"),
  fact(SS, "park", "output_value_yoy_growth", 0.874, "ratio", D2, Q1, kind="ratio"),
  fact(SS, "park", "industrial_value_added_cny", 28.01e8, "cny", D3, Q1, chk=True),
  fact(SS, "park", "industrial_value_added_yoy_growth", 0.35, "ratio", D3, Q1, kind="ratio", opt=True),
  fact(SS, "park", "tax_revenue_cny", 8.72e8, "cny", D4, Q1, chk=True),
  fact(SS, "park", "tax_revenue_yoy_growth", 0.09, "ratio", D4, Q1, kind="ratio", opt=True),
  fact(SS, "park", "fixed_asset_investment_cny", 11.92e8, "cny", D5, Q1, chk=True),
  fact(SS, "park", "fixed_asset_investment_yoy_growth", 0.043, "ratio", D5, Q1, kind="ratio", opt=True),
  fact(SS, "park", "trade_value_cny", 26.61e8, "cny", D6, Q1, chk=True),
  fact(SS, "park", "trade_value_yoy_growth", 1.675, "ratio", D6, Q1, kind="ratio", opt=True),
  fact(SS, "park", "projects_signed", 57, "count", D7, Q1, note="协议引进项目"),
  fact(SS, "park", "signed_contract_value_cny", 14.59e8, "cny", "协议投资总额14.59亿元", Q1, chk=True),
  fact(SS, "park", "major_projects_count", 12, "count", D8, "2014年"),
  fact(SS, "park", "projects_started", 4, "count", D8, "2014年（目标）", kind="target", note="推动新项目开工"),
  fact(SS, "park", "projects_completed", 2, "count", D8, "2014年（目标）", kind="target"),
  fact(SS, "park", "planned_investment_cny", 19.5e8, "cny", "完成总投资19.5亿元", "2014年（目标）", kind="target", chk=True, note="12个市重大项目全年完成投资目标"),
  fact(SS, "park", "investment_completed_cny", 6.52e8, "cny", "累计完成投资约6.52亿元", "2014年1—4月", kind="cumulative", qual="约", qtext="约", chk=True),
  fact(SS, "park", "investment_completed_share_of_plan", 0.3344, "ratio", D9, "2014年1—4月", kind="ratio", opt=True),
  fact(SS, "park", "biotech_projects_introduced", 5, "count", D11, Q1, opt=True),
  fact(SS, "park", "ic_design_firms_introduced", 2, "count", D11, Q1, opt=True),
 ])

# ---------------------------------------------------------------- ww05 东升工业园推进二期建设 (梅州日报 2014)
DS = "东升生态工业园"
E0 = "记者日前在东升生态工业园看到,园区内推土机、挖掘机机声轰鸣,施工现场一派火热"
E1 = "预计明年园区将完成全面开发,届时工业总产值将达100亿元,税收达到4亿元,用工总人数3.5万人"
E2 = "在梅州国威电子有限公司厂区,计划投资30亿元的国威东升电子产业园、国威互联网产业园和国威电子产业链等项目正在建设"
E3 = "项目达产后,梅州国威电子有限公司预计年产值将实现180亿元,年税收8.7亿元"
E4 = "目前,东升生态工业园已开发用地4.26平方公里,待开发用地2.8平方公里"
E5 = "截至9月底,园区共引进企业105家,其中投产92家,企业用工总人数1.6万人"
ES = "截至2014年9月底"
ET = "2015年（预计）"
G["ww05"] = dict(
 article=art("东升工业园推进二期建设", "梅州日报（记者郑炜梅；林翔 摄），载于 news.xna8.com", "2014-10-10", "day",
  "City daily via a regional news site, Guangdong: an industrial park's phase-two build-out — next year's expected output, tax and jobs, a firm's three projects under construction with combined investment and expected output, land developed, firms entered and in production",
  "http://news.xna8.com/mz/201410/20846.html",
  "日期取页面“2014-10-10 梅州日报”。标题照录（“东升工业园”），正文作“东升生态工业园”，以正文全名为 name、标题形式为别名。删去日期行、“核心提示:…”摘要行（重复首段开头）、图片说明“工人们正在进行新厂房的建设。(林翔 摄)”与页尾栏目；正文三段，完整，署名“(记者郑炜梅)”保留。城市：文中未写园区所在市县，据报名与“梅州国威电子有限公司”记梅州（推断）。项目：国威东升电子产业园、国威互联网产业园、国威电子产业链（“正在建设”→在建）；“计划投资30亿元”为三者合计，不分给单个项目，另记为公司事实。园区“预计明年”工业总产值100亿元、税收4亿元、用工3.5万人为2015年预计（target）；国威电子“项目达产后”年产值180亿元、税收8.7亿元（target）。",
  "ww05"),
 parks=[
  park(DS, "梅州", "广东", "工业园", E0, aliases=["东升工业园"], note="标题作“东升工业园”；城市由报名与企业名推断"),
 ],
 companies=[
  comp("梅州国威电子有限公司", DS, E2, aliases=["国威电子"]),
 ],
 institutions=[],
 projects=[
  proj("国威东升电子产业园", DS, E2, companies=["梅州国威电子有限公司"], status="在建", status_text="正在建设", note="“计划投资30亿元”为三项合计，不作单项投资额"),
  proj("国威互联网产业园", DS, E2, companies=["梅州国威电子有限公司"], status="在建", status_text="正在建设", note="同上"),
  proj("国威电子产业链", DS, E2, companies=["梅州国威电子有限公司"], status="在建", status_text="正在建设", note="同上"),
 ],
 aggregate_facts=[
  fact(DS, "park", "output_value_cny", 100e8, "cny", "届时工业总产值将达100亿元", ET, kind="target", chk=True),
  fact(DS, "park", "tax_revenue_cny", 4e8, "cny", "税收达到4亿元", ET, kind="target", chk=True),
  fact(DS, "park", "jobs", 35000, "persons", E1, ET, kind="target"),
  fact("梅州国威电子有限公司", "company", "planned_investment_cny", 30e8, "cny", E2, "2014年10月", chk=True, note="三个项目合计计划投资"),
  fact("梅州国威电子有限公司", "company", "projected_output_value_cny", 180e8, "cny", "梅州国威电子有限公司预计年产值将实现180亿元", "达产后（预计）", kind="target", chk=True),
  fact("梅州国威电子有限公司", "company", "projected_tax_cny", 8.7e8, "cny", "年税收8.7亿元", "达产后（预计）", kind="target", chk=True),
  fact(DS, "park", "developed_land_km2", 4.26, "km2", E4, "2014年10月"),
  fact(DS, "park", "land_to_develop_km2", 2.8, "km2", E4, "2014年10月", opt=True),
  fact(DS, "park", "enterprises", 105, "count", E5, ES, kind="cumulative", note="引进企业"),
  fact(DS, "park", "enterprises_in_production", 92, "count", E5, ES, kind="cumulative"),
  fact(DS, "park", "jobs", 16000, "persons", E5, ES, kind="cumulative"),
 ])

# ---------------------------------------------------------------- ww06 中国电子东莞产业基地 (东莞 虎门, 2011)
ZD = "中国电子东莞产业基地"
F0 = "3月3日,中国电子组织所属中电熊猫、桑达电子、爱华电子、长城开发、中电器材、中电开发等6家企业与东莞市虎门镇政府签订项目投资协议,共同打造中国电子东莞产业基地"
F1 = "基地位于虎门镇龙眼-赤岗地块,占地1588亩,预计2011年9月份动工,总投资50多亿元,全部投产后年产值将达到150亿元"
G["ww06"] = dict(
 article=art("（无标题）中国电子6家企业与东莞虎门签约 共建中国电子东莞产业基地", "58188.com（资讯频道，责任编辑 Newshoo）转载；来源署“中国电子信息产业集团有限公司”", "2011-03-11", "day",
  "Securities-information site relaying a state group's press release, Guangdong: a group's six subsidiaries sign investment agreements with a town to build an industrial base — products, site area, planned start, total investment, expected output",
  "http://58188.com/news/2011/3-11/6469.html",
  "日期取网址 2011/3-11（签约在3月3日）。存段无标题（title 为编者概括）。正文一段（两句群之间原有一个空格，照录）；段末“来源中国电子信息产业集团有限公司) (责任编辑:Newshoo) 声明:…风险自担。”为转载站的来源、编辑与免责声明，已删（make_txt.py LINE_SUFFIX），下一行重复的声明亦删；正文截至“…增进产业协同的重要举措。”。“L E D产品”中的空格照原样保留。园区：中国电子东莞产业基地（一集团的产业基地，位于东莞市虎门镇龙眼-赤岗地块，占地1588亩；kind 记“产业基地”）。项目：同名的基地建设项目——签订项目投资协议→签约；“总投资50多亿元”不是“数字+亿元”的形式，investment_text 照录、investment_cny 为空、qualifier 余（同 real25 q04 的“2000多万元”）；项目的 park 记空（文中只给出镇名，基地即项目本身）。公司：中国电子及其所属六家企业，园区记中国电子东莞产业基地（它们共建该基地）。东莞市虎门镇政府为可选机构。“50多亿元”只记在项目上，不另立 *_cny 事实（check_gold.py 要求 *_cny 事实的证据含可解析金额）。",
  "ww06"),
 parks=[
  park(ZD, "东莞", "广东", "产业基地", F0, district="虎门镇", note="集团产业基地；位于虎门镇龙眼-赤岗地块；同名的建设项目另列"),
 ],
 companies=[
  comp("中国电子", ZD, F0, note="组织所属企业共建基地"),
  comp("中电熊猫", ZD, F0),
  comp("桑达电子", ZD, F0),
  comp("爱华电子", ZD, F0),
  comp("长城开发", ZD, F0),
  comp("中电器材", ZD, F0),
  comp("中电开发", ZD, F0),
 ],
 institutions=[
  inst("东莞市虎门镇政府", F0),
 ],
 projects=[
  proj(ZD, None, F1, companies=["中国电子", "中电熊猫", "桑达电子", "爱华电子", "长城开发", "中电器材", "中电开发"], inv="50多亿元", qual="余", qual_text="多", unparsed=True,
       status="签约", status_text="签订项目投资协议", note="evidence 为金额句；签约见“与东莞市虎门镇政府签订项目投资协议”；预计2011年9月份动工；park 空（只有镇名，基地即项目本身）"),
 ],
 aggregate_facts=[
  fact(ZD, "park", "land_area_mu", 1588, "mu", F1, "2011年3月"),
  fact(ZD, "park", "projected_output_value_cny", 150e8, "cny", "全部投产后年产值将达到150亿元", "全部投产后（预计）", kind="target", chk=True),
  fact(ZD, "park", "enterprises", 6, "count", F0, "2011-03-03", note="签约共建的所属企业"),
 ])
