# real72 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts or as a project's
# investment_value / investment_currency. Growth rates and shares as ratios. Projects: the park is the one the text places the
# project in (the most specific named sub-park), null if none (a county or city is not a park). Status from the text's words
# (开工建设 → 开工; 投产 / 竣工投产 → 投产; 正在建设 / 正在进行厂房建设 / 建设进度良好 → 在建; plans for coming years → planned);
# where the text describes finished steps but names no stage (设备安装已完成, 市场占有率提升) the status is left null. “预计”
# / “据预测” figures are kind target with “（预计）” / “（预测）” in as_of; “累计” / “截至” counts are cumulative. Amounts
# a project has spent so far (“累计完成投资”) are facts about the project, not its investment. Sources are `search` (corpus
# pages) excerpts typed into _raw/pages/ypNN.raw as returned.

# ---------------------------------------------------------------- yp01 绵阳经开区 (mytaofang relay, 2012)
MY = "绵阳经济开发区"
SZ = "数字家电城"
HG = "化工环保产业园"
SP = "食品医药产业园"
A0 = "这也标志着绵阳经济开发区(以下简称经开区)三大特色产业园区的加快建设"
A1 = "2012年4月10日,总投资11亿元的旭虹光电玻璃基板一期项目投产"
A2 = "今年来,经开区全力以赴推进总投资约190亿元的68个工业项目,推进了“数字家电城、化工环保产业园、食品医药产业园”三大特色产业园区加快建设"
A3 = "目前,经开区数字家电城已集聚了投资6.75亿美元的虹欧PDP显示器、国内首条PDP整机生产线、投资3亿元的国虹数码、投资4亿元的东元精密设备、投资11亿元的旭虹玻璃基板、投资8亿元的长虹电源新产业园、投资1亿元的长虹钣金件、投资2亿元的长虹信息化物流园等一大批重大项目"
A4 = "化工环保产业园已集聚利尔化学、日普、西普、久远化工、东材、美丰等10余家化工企业"
A5 = "食品医药产业园已聚集丰谷酒业、蓝剑饮品等多个龙头企业"
A6 = "记者了解到,经开区电子信息、化工环保、食品医药三大产业年内可分别实现产值150亿、50亿和30亿元"
AS1 = "2012年（4月）"
G["yp01"] = dict(
 article=art("新项目点火 绵阳经开区迈向千亿新区", "mytaofang.com（淘房家居网）转载；原发媒体与记者署名未注明（文中“记者了解到”）", "2012-04", "month",
  "Home-furnishing portal relaying a city news feature, Sichuan: a national-level economic development zone in spring 2012 — a glass-substrate project in production, a distillery's new base, 68 industrial projects (约190亿元), three themed sub-parks with named projects and their amounts and named chemical and food firms, the year's output expectations by industry",
  "https://mytaofang.com/news-content/424932.html",
  "页面“编辑:”“发布时间:”均为空，发布日不详；文中“2012年4月10日…一期项目投产”“自2月16日一期工程竣工投产”“去年8月刚跻身‘川酒新金花’”，推定2012年4月（月精度，推定）。标题照录；站名“淘房家居网”与空的编辑/时间行已删。首段“今年来,经开区全力以赴推进总投资约190亿元的68个工业项目经济开发区提出全力打造宜业宜商宜居的城南新区和产业新城”是原页的引题/副题两行连排（两句间无标点），照录为一段；小标题“190亿元投资经开区打造三大产业园”保留为一段。存段末为小标题“整合优势打造千亿城南新区”及残句“在提出千亿城南新区的目标后,今年经”，两行均删（make_txt.py ITEMS 截至上一段），正文截至“…蓝剑饮品等多个龙头企业。”，共九段。园区：绵阳经济开发区（文中简称“经开区”，标题作“绵阳经开区”；绵阳，四川）；其三大特色产业园区数字家电城、化工环保产业园、食品医药产业园（parent 绵阳经济开发区，文中明说）。项目：旭虹光电玻璃基板一期项目（总投资11亿元，2012-04-10投产；即后文“投资11亿元的旭虹玻璃基板”，列为别名）；数字家电城内已集聚的虹欧PDP显示器（6.75亿美元，记 investment_value/currency）、国内首条PDP整机生产线（无金额）、国虹数码、东元精密设备、长虹电源新产业园、长虹钣金件、长虹信息化物流园（各有金额；文中只说“已集聚”，不记状态）。公司：化工环保产业园的利尔化学、日普、西普、久远化工、东材、美丰，食品医药产业园的丰谷酒业、蓝剑饮品；只在项目名中的旭虹光电、虹欧、国虹数码、东元精密设备、长虹为可选公司。丰谷酒业“一期工程竣工投产”未给项目名，不另立项目（同 real52 zv06）。事实：经开区推进68个工业项目、总投资约190亿元；三大产业年内产值150亿、50亿、30亿元（target；原文前两个数无“元”字，故 metric 不用 _cny 后缀，单位记 cny）。",
  "yp01"),
 parks=[
  park(MY, "绵阳", "四川", "经济开发区", A0, aliases=["绵阳经开区"], note="文中简称“经开区”；标题作“绵阳经开区”"),
  park(SZ, "绵阳", "四川", "产业园区（数字家电）", A2, parent=MY, note="经开区三大特色产业园区之一"),
  park(HG, "绵阳", "四川", "产业园（化工环保）", A2, parent=MY, note="经开区三大特色产业园区之一"),
  park(SP, "绵阳", "四川", "产业园（食品医药）", A2, parent=MY, note="经开区三大特色产业园区之一"),
 ],
 companies=[
  comp("利尔化学", HG, A4),
  comp("日普", HG, A4),
  comp("西普", HG, A4),
  comp("久远化工", HG, A4),
  comp("东材", HG, A4),
  comp("美丰", HG, A4),
  comp("丰谷酒业", SP, A5, note="一期工程2月16日竣工投产（新基地）"),
  comp("蓝剑饮品", SP, A5),
  comp("旭虹光电", SZ, A1, opt=True, note="只在项目名中"),
  comp("虹欧", SZ, A3, opt=True, note="只在项目名“虹欧PDP显示器”中"),
  comp("国虹数码", SZ, A3, opt=True, note="以企业名作项目名"),
  comp("东元精密设备", SZ, A3, opt=True, note="以企业名作项目名"),
  comp("长虹", SZ, A3, opt=True, note="只在项目名中（长虹电源新产业园等）"),
 ],
 projects=[
  proj("旭虹光电玻璃基板一期项目", SZ, A1, companies=["旭虹光电"], inv="总投资11亿元", phase="一期", status="投产", status_text="投产",
       aliases=["旭虹玻璃基板"], note="2012年4月10日投产；后文“投资11亿元的旭虹玻璃基板”同一项目"),
  proj("虹欧PDP显示器", SZ, A3, companies=["虹欧"], inv="投资6.75亿美元", currency="usd", value=6.75e8, note="美元金额；无状态"),
  proj("国内首条PDP整机生产线", SZ, A3, opt=True, note="无金额、无状态；名称为描述语"),
  proj("国虹数码", SZ, A3, companies=["国虹数码"], inv="投资3亿元", note="以企业名作项目名；无状态"),
  proj("东元精密设备", SZ, A3, companies=["东元精密设备"], inv="投资4亿元", note="以企业名作项目名；无状态"),
  proj("长虹电源新产业园", SZ, A3, companies=["长虹"], inv="投资8亿元", note="无状态"),
  proj("长虹钣金件", SZ, A3, companies=["长虹"], inv="投资1亿元", note="无状态"),
  proj("长虹信息化物流园", SZ, A3, companies=["长虹"], inv="投资2亿元", note="无状态"),
 ],
 aggregate_facts=[
  fact(MY, "park", "industrial_projects_under_way", 68, "count", A2, AS1, note="今年来全力推进的工业项目"),
  fact(MY, "park", "industrial_projects_total_investment_cny", 1.9e10, "cny", A2, AS1, qual="约", qtext="约", chk=True),
  fact(MY, "park", "electronic_info_industry_output", 1.5e10, "cny", A6, "2012年全年（预计）", kind="target", note="原文“150亿”无“元”字"),
  fact(MY, "park", "chemical_environmental_industry_output", 5e9, "cny", A6, "2012年全年（预计）", kind="target", opt=True, note="原文“50亿”无“元”字"),
  fact(MY, "park", "food_pharma_industry_output", 3e9, "cny", A6, "2012年全年（预计）", kind="target", opt=True),
  fact("丰谷酒业", "company", "liquor_output_tonnes", 300, "t", "我们已经生产优质曲酒300多吨", "2012年2月16日至4月", kind="cumulative", qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- yp02 宜宾县工业强县结硕果 (成都商报 via yybnet, 2013)
XJB = "向家坝工业集中区"
B0 = "今年,向家坝工业集中区管委会成功组建,园区管理体制、运行机制更加规范,并全面启动省级经济开发区创建"
B1 = "高捷园总规修编获批、控规编制完成,豆坝园控规编制全面完成,双谊食品产业园供水设施建成投运,惊雷科技园产业发展规划全面完成并成功组建西南石油大学博士后工作基地"
B2 = "宜宾县预计园区建设完成投入55亿元,园区开发面积达14平方公里,入驻企业55户,实现工业总产值144亿元,工业集中度达75%"
AS2 = "2013年全年（预计）"
G["yp02"] = dict(
 article=art("宜宾县工业强县结硕果", "成都商报，载于 yybnet.net（宜宾 宜宾县频道）；存段无署名", "2013-12-26", "day",
  "City paper via a regional news aggregator, Sichuan: a county's year-end industry review — an industrial cluster zone's administration set up and its sub-parks' plans, the county's parks' expected investment, developed area, firms, output and concentration, leading industries' expected output",
  "https://m.yybnet.net/yibin/yibinxian/201312/4709730.html",
  "日期取页面“成都商报 2013-12-26 08:53”。标题照录；“看家乡事,品故乡情”、日期来源行已删。存段末行“向家坝水电站实现五台机组投产发电,双龙换流站主体工程”在句中中断，整行删去，正文截至“…宜宾县工业强县战略结出累累硕果。”，共四段。园区：向家坝工业集中区（宜宾县，宜宾，四川；今年管委会组建、启动省级经济开发区创建）；高捷园、豆坝园、双谊食品产业园、惊雷科技园（紧接集中区一句列出，推定为其组成园，parent 由语境推定）。公司：吉鑫酒业（厂房所在园区文中未说，park null）。机构（可选）：向家坝工业集中区管委会、西南石油大学。项目（可选）：渝昆高速宜宾县互通立交（交通工程，不在园区，有望年底竣工）；双谊食品产业园供水设施（建成投运）。事实：“宜宾县预计园区建设完成投入55亿元…工业集中度达75%”为全县园区合计的全年预计数，主体记宜宾县（region），kind target；“全年主导产业预计实现产值180亿元”亦记宜宾县（可选）。",
  "yp02"),
 parks=[
  park(XJB, "宜宾", "四川", "工业集中区", B0, district="宜宾县", note="今年管委会组建，启动省级经济开发区创建"),
  park("高捷园", "宜宾", "四川", "园区", B1, district="宜宾县", parent=XJB, note="母园区由语境推定"),
  park("豆坝园", "宜宾", "四川", "园区", B1, district="宜宾县", parent=XJB, note="母园区由语境推定"),
  park("双谊食品产业园", "宜宾", "四川", "产业园（食品）", B1, district="宜宾县", parent=XJB, note="母园区由语境推定"),
  park("惊雷科技园", "宜宾", "四川", "科技园", B1, district="宜宾县", parent=XJB, note="母园区由语境推定"),
 ],
 companies=[
  comp("吉鑫酒业", None, "在吉鑫酒业厂房,内搅拌机、冷却机轰轰作响", note="投产企业；园区文中未说"),
 ],
 institutions=[
  inst("向家坝工业集中区管委会", B0, park=XJB),
  inst("西南石油大学", B1, kind="university", park="惊雷科技园", note="在惊雷科技园组建博士后工作基地"),
 ],
 projects=[
  proj("渝昆高速宜宾县互通立交", None, "渝昆高速宜宾县互通立交工地现场一片忙碌", status="在建", status_text="工程已进入尾声,有望在年底竣工", opt=True,
       note="交通工程，不在园区"),
  proj("双谊食品产业园供水设施", "双谊食品产业园", B1, status="竣工", status_text="建成投运", opt=True, note="园区配套设施"),
 ],
 aggregate_facts=[
  fact("宜宾县", "region", "park_construction_investment_cny", 5.5e9, "cny", B2, AS2, kind="target", chk=True, note="全县园区合计"),
  fact("宜宾县", "region", "park_developed_area_km2", 14, "km2", B2, AS2, kind="target", note="全县园区开发面积"),
  fact("宜宾县", "region", "park_firms", 55, "count", B2, AS2, kind="target", note="全县园区入驻企业（户）"),
  fact("宜宾县", "region", "park_industrial_output_cny", 1.44e10, "cny", "实现工业总产值144亿元,工业集中度达75%", AS2, kind="target", chk=True, note="全县园区工业总产值"),
  fact("宜宾县", "region", "industrial_concentration_ratio", 0.75, "ratio", "工业集中度达75%", AS2, kind="target", note="园区产值占全县工业比重"),
  fact("宜宾县", "region", "leading_industries_output_cny", 1.8e10, "cny", "全年主导产业预计实现产值180亿元、占全县工业总产值的90%以上", AS2, kind="target", chk=True, opt=True),
  fact("宜宾县", "region", "leading_industries_output_share", 0.90, "ratio", "占全县工业总产值的90%以上", AS2, kind="target", qual="超", qtext="以上", opt=True),
 ])

# ---------------------------------------------------------------- yp03 曲靖经开区 (中国日报网, 2014)
QJ = "曲靖经济技术开发区"
C0 = "记者从云南曲靖经济技术开发区(简称“开发区”)获悉"
C1 = "“两园”即:围绕西城、南海子2个工业园区,调优产业布局,提升产业层次"
C2 = "截止目前,开发区累计引进各类项目378个,累计完成项目投资202.78亿元,累计利用外资5842多万美元"
C3 = "形成了以驰宏公司、昆明冶研新材料有限公司和三元德隆等一批代表国内、国际科技水平的化工产业集群"
C4 = "形成了以曲靖市科技孵化中心、中港西南珠宝商贸及加工等为基础的2.5产业园区"
AS3 = "2014年7月（累计）"
G["yp03"] = dict(
 article=art("云南曲靖经开区立足国际化 打造千亿产业园区", "中国日报网（cnews.chinadaily.com.cn）；存段无署名（文中“记者…获悉”）", "2014-07-15", "day",
  "National paper's Chinese web edition, Yunnan: a national economic and technological development zone's five-year ambition, its 'one core, two parks, seven clusters' layout with two named industrial parks, cumulative projects, investment and foreign capital, named chemical firms",
  "http://cnews.chinadaily.com.cn/2014-07/15/content_17781407.htm",
  "日期取网址 2014-07/15。标题照录；标题下手机报广告行“移动用户编辑短信CD到…”已删。存段末句在“形成了以曲靖博浩生物科技股份有限公司”处中断，该未完分句已删（make_txt.py LINE_SUFFIX），正文截至“…为基础的2.5产业园区;”（以分号结尾，前面各分句完整），共四段。园区：曲靖经济技术开发区（文中“云南曲靖经济技术开发区(简称‘开发区’)”，标题作“曲靖经开区”；曲靖，云南）；“西城、南海子2个工业园区”列为可选园区（名称只作“西城”“南海子”）；“中央商务区”“2.5产业园区”不列。公司：驰宏公司、昆明冶研新材料有限公司、三元德隆（开发区化工产业集群）；中港西南珠宝商贸及加工（可选，名称兼含业务描述）；曲靖市科技孵化中心列可选机构。被删分句中的曲靖博浩生物科技股份有限公司不计。事实：累计引进项目378个、累计完成项目投资202.78亿元、累计利用外资5842多万美元（余）——均 cumulative。“争取用5年时间打造成为‘千亿产业园区’”及“4个产值超200亿…3个产值超100亿”的产业集群为笼统目标，不计。",
  "yp03"),
 parks=[
  park(QJ, "曲靖", "云南", "经济技术开发区", C0, aliases=["云南曲靖经济技术开发区", "曲靖经开区"], note="文中简称“开发区”；标题作“曲靖经开区”"),
  park("西城", "曲靖", "云南", "工业园区", C1, parent=QJ, opt=True, note="“西城、南海子2个工业园区”；名称只作“西城”"),
  park("南海子", "曲靖", "云南", "工业园区", C1, parent=QJ, opt=True, note="名称只作“南海子”"),
 ],
 companies=[
  comp("驰宏公司", QJ, C3),
  comp("昆明冶研新材料有限公司", QJ, C3),
  comp("三元德隆", QJ, C3),
  comp("中港西南珠宝商贸及加工", QJ, C4, opt=True, note="名称兼含业务描述"),
 ],
 institutions=[
  inst("曲靖市科技孵化中心", C4, kind="incubator", park=QJ),
 ],
 aggregate_facts=[
  fact(QJ, "park", "projects_introduced", 378, "count", C2, AS3, kind="cumulative"),
  fact(QJ, "park", "project_investment_completed_cny", 2.0278e10, "cny", "累计完成项目投资202.78亿元", AS3, kind="cumulative", chk=True),
  fact(QJ, "park", "actual_fdi_usd", 5.842e7, "usd", "累计利用外资5842多万美元", AS3, kind="cumulative", qual="余", qtext="多"),
 ])

# ---------------------------------------------------------------- yp04 红塔工业园区 工业倍增计划 (玉溪网 on yuxi.gov.cn, 2021)
HT = "红塔工业园区"
D1 = "按照工业倍增计划,“十四五”期间园区计划每年新增投资5000万元以上项目5个以上,竣工投产投资5000万元以上项目5个以上,增加规模以上企业5户以上"
D2 = "作为“十四五”的开局之年,2021年预计新开工项目13个,其中亿元以上新开工项目5个"
D3 = "截至10月底,园区投资达3.61亿元的6个项目已相继开工、快速推进"
D4 = "投资达17.94亿元的小马国炬智慧供应链产业园、冷链物流及快递分拣中心、建筑工业化集成制造基地基础设施建设等13个项目已倒排工期,力争12月底前入库"
D5 = "创业南路、园区优化提升产城融合发展项目、小马国炬智慧供应链产业园、建筑工业化集成制造基地基础设施建设等4个项目列为市级重点观摩项目"
D6 = "重点推进计划申报专项债29亿元、总投资达42亿元的电子信息产业园、生物医药和绿色食品加工产业园、产城融合示范区等争取地方政府专项债的项目"
AS4 = "2021年1–10月（截至10月底）"
G["yp04"] = dict(
 article=art("红塔工业园区制定实施工业倍增计划", "玉溪网（来源），载于玉溪市人民政府网站 yuxi.gov.cn；存段无署名", "2021-11-10", "day",
  "City government site relaying the city news portal, Yunnan: an industrial park's doubling plan — yearly targets for new and completed projects and above-scale firms, the 2021 start target, six projects started by October with their investment, 13 named projects lined up, four inspection projects, 2022 projects seeking special bonds",
  "https://www.yuxi.gov.cn/yxs/ywdtsy/20211110/1302749.html",
  "日期取页面“公开日期 2021-11-10”（来源 玉溪网）。标题照录；索引号/来源表格行已删。存段末句“在加快建设2021年新开工项目的基础上,按计划推进总投”中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…争取地方政府专项债的项目。”，共四段。园区：红塔工业园区（玉溪市红塔区，云南）。项目：小马国炬智慧供应链产业园、冷链物流及快递分拣中心、建筑工业化集成制造基地基础设施建设（13个项目中点名的三个，“已倒排工期,力争12月底前入库”→ planned；17.94亿元为13个项目合计，记为事实，不分摊；前一、三个又列市级重点观摩项目）；创业南路（道路，可选）与园区优化提升产城融合发展项目（观摩项目，无状态）；2022年度谋划的电子信息产业园、生物医药和绿色食品加工产业园、产城融合示范区（争取专项债，planned；42亿元为合计）。已开工的6个项目未点名。事实：“十四五”每年新增5000万元以上项目5个以上、竣工投产5个以上、新增规上企业5户以上（target，以上→超）；2021年预计新开工13个、亿元以上5个（target）；截至10月底6个项目开工、投资3.61亿元（cumulative）；13个项目17.94亿元待入库；观摩项目4个（可选）；计划申报专项债29亿元、相关项目总投资42亿元。",
  "yp04"),
 parks=[
  park(HT, "玉溪", "云南", "工业园区", "今年以来,红塔工业园区全面落实省委省政府玉溪现场办公会精神、市第六次党代会精神", district="红塔区", note="文中又作“园区”"),
 ],
 projects=[
  proj("小马国炬智慧供应链产业园", HT, D4, status="planned", status_text="已倒排工期,力争12月底前入库",
       note="13个项目（合计17.94亿元）之一；又列市级重点观摩项目"),
  proj("冷链物流及快递分拣中心", HT, D4, status="planned", status_text="已倒排工期,力争12月底前入库", note="13个项目之一"),
  proj("建筑工业化集成制造基地基础设施建设", HT, D4, status="planned", status_text="已倒排工期,力争12月底前入库",
       note="13个项目之一；又列市级重点观摩项目"),
  proj("园区优化提升产城融合发展项目", HT, D5, note="市级重点观摩项目；状态未说"),
  proj("创业南路", HT, D5, opt=True, note="道路；市级重点观摩项目"),
  proj("电子信息产业园", HT, D6, status="planned", status_text="高起点谋划2022年度建设项目", note="2022年度谋划、争取专项债；42亿元为合计"),
  proj("生物医药和绿色食品加工产业园", HT, D6, status="planned", status_text="高起点谋划2022年度建设项目", note="同上"),
  proj("产城融合示范区", HT, D6, status="planned", status_text="高起点谋划2022年度建设项目", note="同上"),
 ],
 aggregate_facts=[
  fact(HT, "park", "projects_started", 5, "count", D1, "“十四五”期间每年（计划）", kind="target", qual="超", qtext="以上", note="每年新增投资5000万元以上项目"),
  fact(HT, "park", "projects_completed", 5, "count", D1, "“十四五”期间每年（计划）", kind="target", qual="超", qtext="以上", note="竣工投产投资5000万元以上项目"),
  fact(HT, "park", "above_scale_firms_added", 5, "count", D1, "“十四五”期间每年（计划）", kind="target", qual="超", qtext="以上"),
  fact(HT, "park", "projects_started", 13, "count", D2, "2021年全年（预计）", kind="target"),
  fact(HT, "park", "projects_started_over_100m", 5, "count", D2, "2021年全年（预计）", kind="target", opt=True, note="亿元以上新开工项目"),
  fact(HT, "park", "projects_started", 6, "count", D3, AS4, kind="cumulative"),
  fact(HT, "park", "projects_started_investment_cny", 3.61e8, "cny", D3, AS4, kind="cumulative", chk=True),
  fact(HT, "park", "projects_lined_up", 13, "count", D4, "2021年10月底", note="已倒排工期、力争12月底前入库"),
  fact(HT, "park", "projects_lined_up_investment_cny", 1.794e9, "cny", D4, "2021年10月底", chk=True),
  fact(HT, "park", "inspection_projects", 4, "count", D5, "2021年", opt=True, note="市级重点观摩项目"),
  fact(HT, "park", "special_bonds_planned_cny", 2.9e9, "cny", D6, "2022年（计划）", kind="target", chk=True, note="计划申报专项债"),
  fact(HT, "park", "planned_projects_investment_cny", 4.2e9, "cny", "总投资达42亿元的电子信息产业园、生物医药和绿色食品加工产业园、产城融合示范区等争取地方政府专项债的项目", "2022年（计划）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- yp05 贵阳经开区“十五五”5个百亿级产业集群 (贵州日报 2026)
GY = "贵阳经开区"
E0 = "本报讯(记者 陈露)记者近日从贵阳经开区获悉,“十五五”时期,该区将持续提升产业能级,拟打造5个百亿级产业集群"
E1 = "做优电子信息制造业,依托贵阳海信、航天电器、鼎盛铜业等企业,打造百亿级液晶电视和服务器产业集群、百亿级铜基新材料产业集群"
E2 = "做大新能源汽车产业,鼓励奇瑞万达、忠辉重工等企业,积极布局智能网联汽车、“三电”系统、变速箱等产业"
E3 = "巩固提升优势产业,推动贵阳烟厂技改、同济堂生产线扩建及科研大楼建设等项目"
G["yp05"] = dict(
 article=art("贵阳经开区“十五五”时期拟打造5个百亿级产业集群", "贵州日报（记者 陈露），贵州日报数字报 szb.eyesnews.cn", "2026-01-12", "day",
  "Provincial party daily's e-paper, Guizhou: a national economic and technological development zone's plan for the 15th five-year period — five 10-billion-yuan industrial clusters, the named firms each rests on, two named projects to be pushed",
  "http://szb.eyesnews.cn/pc/cont/202601/12/content_170985.html",
  "日期取网址 202601/12 与页尾元数据“2026-01-12 … 贵州日报”。标题照录；报头行与页尾元数据行已删。正文六段，完整。园区：贵阳经开区（贵阳经济技术开发区；文中只作“贵阳经开区”，不补全称；贵阳，贵州）。公司：贵阳海信、航天电器、鼎盛铜业（电子信息制造业依托企业）、奇瑞万达、忠辉重工（新能源汽车）、贵阳烟厂、同济堂（项目业主）——均为该区企业（“依托…等企业”“鼓励…等企业”，位置由语境推定）。项目：贵阳烟厂技改、同济堂生产线扩建及科研大楼建设（“十五五”拟推动→ planned；无金额）。事实：拟打造百亿级产业集群5个（target）。“百亿级”为集群规模级别，不记金额。",
  "yp05"),
 parks=[
  park(GY, "贵阳", "贵州", "经济技术开发区", E0, note="文中又作“该区”"),
 ],
 companies=[
  comp("贵阳海信", GY, E1),
  comp("航天电器", GY, E1),
  comp("鼎盛铜业", GY, E1),
  comp("奇瑞万达", GY, E2),
  comp("忠辉重工", GY, E2),
  comp("贵阳烟厂", GY, E3, note="项目业主"),
  comp("同济堂", GY, E3, note="项目业主"),
 ],
 projects=[
  proj("贵阳烟厂技改", GY, E3, companies=["贵阳烟厂"], status="planned", status_text="推动", note="“十五五”时期拟推动；无金额"),
  proj("同济堂生产线扩建及科研大楼建设", GY, E3, companies=["同济堂"], status="planned", status_text="推动", note="“十五五”时期拟推动；无金额"),
 ],
 aggregate_facts=[
  fact(GY, "park", "planned_10bn_clusters", 5, "count", E0, "“十五五”时期（2026–2030，规划）", kind="target", note="拟打造百亿级产业集群"),
 ])

# ---------------------------------------------------------------- yp06 六盘水高新区 (贵州日报 on 新华网贵州频道, 2021)
LP = "六盘水高新技术产业开发区"
TX = "贵州水钢同鑫晟金属制品有限公司"
F0 = "10月29日,走进位于六盘水高新技术产业开发区内的贵州水钢同鑫晟金属制品有限公司,只见车间内的生产火热忙碌"
F1 = "“最近我们的生产线升级改造项目一期二步工程正在如火如荼建设中,这几天主要忙着安装拉丝机。”"
F2 = "除了贵州水钢同鑫晟金属制品公司外,六盘水高新技术产业开发区还引进了泽长实业“矿山机电设备制造项目”、利晟资源“废料再生资源回收利用项目”等重点项目,建设进度良好"
F3 = "同时,开发区内的“10万吨金属表面处理项目”已成为省内第一个大型热镀锌生产项目,其市场占有率正逐步提升"
F4 = "并与中国交通、中国中铁、中国铁建等国有大型企业建立了长期合作关系"
AS6 = "2021年10月"
G["yp06"] = dict(
 article=art("六盘水:聚焦“项目为王”奋力实现工业大突破", "贵州日报（来源），载于新华网贵州频道 gz.news.cn；存段无署名", "2021-11-02", "day",
  "Provincial daily via a national news site's provincial channel, Guizhou: a city's industrial push seen in its high-tech zone — a steel-wire maker's upgrade project under construction with capacity and sales target, two more named firms' projects under construction, a surface-treatment project in operation",
  "http://gz.news.cn/2021-11/02/c_1128020645.htm",
  "日期取页面“2021-11-02 09:46:49  来源: 贵州日报”。标题取页面标题行“六盘水:聚焦‘项目为王’奋力实现工业大突破”；报纸引题“六盘水推动项目数量、建设质量、投资总量‘三量齐升’”与主题“聚焦‘项目为王’奋力实现工业大突破”两行及频道导航已删（title_note）。存段末行“六盘水高新技术产业开发区科技创新局(经济发展局)局长”在句中中断，整行删去，正文截至“…其市场占有率正逐步提升。”，共四段。园区：六盘水高新技术产业开发区（文中又作“开发区”；六盘水，贵州）。公司：贵州水钢同鑫晟金属制品有限公司（又作“贵州水钢同鑫晟金属制品公司”）、泽长实业、利晟资源（均在区内）；中国交通、中国中铁、中国铁建为客户（可选，park null）。项目：同鑫晟“生产线升级改造项目一期二步工程”（正在建设→在建；预计今年底完工投产；即后文“技改项目”）；泽长实业“矿山机电设备制造项目”、利晟资源“废料再生资源回收利用项目”（建设进度良好→在建）；“10万吨金属表面处理项目”（已是大型热镀锌生产项目、市场占有率提升——未写投产字样，状态不记）。事实：同鑫晟具备年产12万吨生产能力；技改全部完成后年销售收入7亿元（target）。",
  "yp06", title_note="报纸版引题：六盘水推动项目数量、建设质量、投资总量“三量齐升”；主题：聚焦“项目为王”奋力实现工业大突破"),
 parks=[
  park(LP, "六盘水", "贵州", "高新技术产业开发区", F0, note="文中又作“开发区”"),
 ],
 companies=[
  comp(TX, LP, F0, aliases=["贵州水钢同鑫晟金属制品公司"], note="贵州省专精特新“小巨人”企业"),
  comp("泽长实业", LP, F2),
  comp("利晟资源", LP, F2),
  comp("中国交通", None, F4, opt=True, note="同鑫晟的合作客户"),
  comp("中国中铁", None, F4, opt=True, note="同上"),
  comp("中国铁建", None, F4, opt=True, note="同上"),
 ],
 projects=[
  proj("生产线升级改造项目", LP, F1, companies=[TX], phase="一期二步", status="在建", status_text="正在如火如荼建设中",
       note="同鑫晟；一期二步工程预计今年底完工投产；后文“技改项目”"),
  proj("矿山机电设备制造项目", LP, F2, companies=["泽长实业"], status="在建", status_text="建设进度良好"),
  proj("废料再生资源回收利用项目", LP, F2, companies=["利晟资源"], status="在建", status_text="建设进度良好"),
  proj("10万吨金属表面处理项目", LP, F3, note="已成为省内第一个大型热镀锌生产项目、市场占有率提升（已运营；无投产字样，状态不记）"),
 ],
 aggregate_facts=[
  fact(TX, "company", "annual_capacity_tonnes", 1.2e5, "t", "具备年产12万吨的生产能力", AS6),
  fact(TX, "company", "expected_annual_sales_cny", 7e8, "cny", "待公司技改项目全部完成后,可实现年销售收入7亿元的目标", "技改项目全部完成后（目标）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- yp07 梧州 园区发展提速 (zxyzs relay, 2017)
WZJ = "梧州进口再生资源加工园区"
YG = "粤桂合作特别试验区"
WZG = "梧州工业园区"
TC = "梧州陶瓷产业园"
ZH = "藤县中和集中区"
H1 = "在梧州进口再生资源加工园区,年处理15万吨PET再生塑料加工项目已建设厂房19200平方米以及成品仓库、办公楼等配套设施8200平方米,一期生产线设备已安装完毕,累计完成投资21000万元"
H2 = "顶峰年产30万吨不锈钢冷连轧项目开工建设,选用先进的六机架连轧智能制造设备进行生产,预计建设周期十个月,年收入约40亿元"
H3 = "进入开发建设关键期的粤桂合作特别试验区产业项目落地、基础设施建设同步推进,江南片区航天北斗超电容组建(系列)产品、丰冠风光能发电系统应用等项目正在进行厂房建设或装修,部分生产设备已进场安装"
H4 = "梧州工业园区高新技术企业集聚,光通信元器件-光纤陶瓷插芯精密制造生产线(一期)基础设施改造、设备安装已完成,汽车动力锂离子电池自动化成套生产设备项目基本完成厂房建设"
H5 = "在梧州陶瓷产业园藤县中和集中区,金刚釉5D渗花喷墨高品质陶瓷生产项目已完成一条生产线建设,正在建设第二条生产线及办公楼,累计完成投资5000万元"
H6 = "据预测,1至3月全市工业园区完成工业总产值435亿元,同比增长7.5%;完成工业增加值108亿元,同比增长7%;完成工业项目投资20.8亿元"
AS7 = "2017年1–3月（预测）"
G["yp07"] = dict(
 article=art("梧州:园区发展提速 经济增长强劲", "zxyzs.com（招商选址网站“广西 招商”栏）转载；原发媒体与署名未注明（文中“我市”，当为梧州本地媒体）", "2017", "year",
  "Investment-promotion portal relaying a city news item, Guangxi: a city's industrial parks in the first quarter — named projects in four parks at different stages (started, under construction, installation done) with amounts spent, the city parks' forecast Q1 output, value added and investment",
  "http://zxyzs.com/guangxi/invest/2017/193875.html",
  "页面无日期行；网址含 /2017/，文中写一季度且“据预测,1至3月…”，推定约2017年4月发布（记年精度 2017，推定）。标题照录；站点导航行已删。存段末行“与此同时,县域产业园区建”在句中中断，整行删去，正文截至“…主导作用愈加突显。”，共两段。园区：梧州进口再生资源加工园区、粤桂合作特别试验区（其“江南片区”列可选子园区）、梧州工业园区、梧州陶瓷产业园及其藤县中和集中区（文中“梧州陶瓷产业园藤县中和集中区”，parent 明确）；均在梧州（广西）。项目：年处理15万吨PET再生塑料加工项目（厂房已建、一期设备安装完毕，未写投产→状态不记；“累计完成投资21000万元”为已完成投资，记为项目事实，不作总投资）；顶峰年产30万吨不锈钢冷连轧项目（开工建设→开工；园区按句式归梧州进口再生资源加工园区——该分句接在“在梧州进口再生资源加工园区,”一句内、以分号相连，归属由句式推定；年收入约40亿元为预期）；航天北斗超电容组建(系列)产品、丰冠风光能发电系统应用（粤桂合作特别试验区江南片区，正在进行厂房建设或装修→在建）；光通信元器件-光纤陶瓷插芯精密制造生产线(一期)（梧州工业园区，基础设施改造、设备安装已完成→状态不记）；汽车动力锂离子电池自动化成套生产设备项目（基本完成厂房建设→在建）；金刚釉5D渗花喷墨高品质陶瓷生产项目（藤县中和集中区，正在建设第二条生产线→在建；累计完成投资5000万元记为项目事实）。公司：顶峰、金刚釉只在项目名中（可选）。事实：全市工业园区1–3月工业总产值435亿元、增长7.5%，工业增加值108亿元、增长7%，工业项目投资20.8亿元——“据预测”，kind target，主体记梧州（region，全市工业园区合计）。",
  "yp07"),
 parks=[
  park(WZJ, "梧州", "广西", "加工园区（进口再生资源）", H1),
  park(YG, "梧州", "广西", "合作试验区", H3, note="文中又作“园区”"),
  park("江南片区", "梧州", "广西", "片区", H3, parent=YG, opt=True, note="粤桂合作特别试验区江南片区（由语境推定）"),
  park(WZG, "梧州", "广西", "工业园区", H4),
  park(TC, "梧州", "广西", "产业园（陶瓷）", H5),
  park(ZH, "梧州", "广西", "集中区", H5, district="藤县", parent=TC, note="梧州陶瓷产业园藤县中和集中区"),
 ],
 companies=[
  comp("顶峰", WZJ, H2, opt=True, note="只在项目名中；园区由句式推定"),
  comp("金刚釉", ZH, H5, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("年处理15万吨PET再生塑料加工项目", WZJ, H1, note="厂房已建、一期生产线设备安装完毕（未写投产，状态不记）；累计完成投资2.1亿元记为事实"),
  proj("顶峰年产30万吨不锈钢冷连轧项目", WZJ, H2, companies=["顶峰"], status="开工", status_text="开工建设",
       note="园区由句式推定（与上一项目同句，以分号相连）；预计建设周期十个月，年收入约40亿元"),
  proj("航天北斗超电容组建(系列)产品", "江南片区", H3, status="在建", status_text="正在进行厂房建设或装修", note="粤桂合作特别试验区江南片区"),
  proj("丰冠风光能发电系统应用", "江南片区", H3, status="在建", status_text="正在进行厂房建设或装修", note="同上"),
  proj("光通信元器件-光纤陶瓷插芯精密制造生产线(一期)", WZG, H4, phase="一期", note="基础设施改造、设备安装已完成（未写投产，状态不记）"),
  proj("汽车动力锂离子电池自动化成套生产设备项目", WZG, H4, status="在建", status_text="基本完成厂房建设"),
  proj("金刚釉5D渗花喷墨高品质陶瓷生产项目", ZH, H5, companies=["金刚釉"], status="在建", status_text="正在建设第二条生产线及办公楼",
       note="已完成一条生产线；累计完成投资5000万元记为事实"),
 ],
 aggregate_facts=[
  fact("年处理15万吨PET再生塑料加工项目", "project", "investment_completed_cny", 2.1e8, "cny", "累计完成投资21000万元", "2017年一季度末", kind="cumulative", chk=True),
  fact("年处理15万吨PET再生塑料加工项目", "project", "plant_floor_area_m2", 19200, "m2", H1, "2017年一季度末", kind="cumulative", opt=True),
  fact("顶峰年产30万吨不锈钢冷连轧项目", "project", "expected_annual_revenue_cny", 4e9, "cny", "预计建设周期十个月,年收入约40亿元", "建成后（预期）", kind="target", qual="约", qtext="约", chk=True),
  fact("金刚釉5D渗花喷墨高品质陶瓷生产项目", "project", "investment_completed_cny", 5e7, "cny", "累计完成投资5000万元", "2017年一季度末", kind="cumulative", chk=True),
  fact("梧州", "region", "parks_industrial_output_cny", 4.35e10, "cny", H6, AS7, kind="target", chk=True, note="全市工业园区合计；预测数"),
  fact("梧州", "region", "parks_industrial_output_yoy_growth", 0.075, "ratio", H6, AS7, kind="target"),
  fact("梧州", "region", "parks_industrial_value_added_cny", 1.08e10, "cny", "完成工业增加值108亿元,同比增长7%", AS7, kind="target", chk=True),
  fact("梧州", "region", "parks_industrial_value_added_yoy_growth", 0.07, "ratio", "完成工业增加值108亿元,同比增长7%", AS7, kind="target", opt=True),
  fact("梧州", "region", "parks_industrial_investment_cny", 2.08e9, "cny", "完成工业项目投资20.8亿元", AS7, kind="target", chk=True),
 ])

# ---------------------------------------------------------------- yp08 隆安 同心·百亿工业园 (中国发展门户网 2013)
BT = "宝塔医药产业园"
K0 = "6月25日,在隆安县宝塔医药产业园,广西宝塔工业园区开发投资有限公司副总裁李志强向记者介绍道"
K1 = "目前整个园区的“迎接”工作已经就绪,而经自治区党委统战部的引荐,目前已有3个企业有意向入驻园区"
K2 = "力争将隆安华侨管理区和宝塔医药产业园打造成为“同心·百亿工业园”和“招商引资一平方公里品牌示范区”,实现品牌叠加,助推隆安县“十二五”期末实现工业总产值超100亿元奋斗目标"
G["yp08"] = dict(
 article=art("广西打造“同心·百亿工业园” 实现品牌叠加", "中国发展门户网（cn.chinagate.cn，中国网旗下）；存段无署名（文中“向记者介绍”）", "2013-07-16", "day",
  "National web portal's special page, Guangxi: a county's 'united-front' industrial-park brand — a pharmaceutical park and an overseas-Chinese zone to be built up, the park's developer, firms intending to enter, the county's output target",
  "http://cn.chinagate.cn/zhuanti/gxx/2013-07/16/content_29437025.htm",
  "日期取页面“2013年07月16日15:06 | 中国发展门户网”。标题照录；日期来源行、“关键词”行已删。存段第三段“‘同心·百亿工业园’创建工作启动以来,…目前已逐步成为隆安县工业经济的重要载体,”在句中（逗号处）中断，整段删去，正文截至“…工业总产值超100亿元奋斗目标。”，共两段。园区：宝塔医药产业园（文中又作“宝塔医药产业园区”；隆安县，南宁市（文中未写市），广西）；隆安华侨管理区（与宝塔医药产业园并列为要打造的“同心·百亿工业园”，记为园区，kind 华侨管理区）。“同心·百亿工业园”为品牌/工程名（“项目之一”“工程”），列可选项目。公司：广西宝塔工业园区开发投资有限公司（园区开发方，在宝塔医药产业园）。机构（可选）：自治区党委统战部、中央统战部、自治区投资促进局。事实：已有3个企业有意向入驻宝塔医药产业园（2013-06-25）；隆安县“十二五”期末工业总产值超100亿元（target）。铁皮石斛价格为口语描述，不计。",
  "yp08"),
 parks=[
  park(BT, "南宁", "广西", "产业园（医药）", K0, district="隆安县", aliases=["宝塔医药产业园区"], note="文中又作“宝塔医药产业园区”“园区”；市名文中未写"),
  park("隆安华侨管理区", "南宁", "广西", "华侨管理区", K2, district="隆安县", note="与宝塔医药产业园并列打造“同心·百亿工业园”"),
 ],
 companies=[
  comp("广西宝塔工业园区开发投资有限公司", BT, K0, note="园区开发投资公司"),
 ],
 institutions=[
  inst("自治区党委统战部", K1, note="引荐企业入驻"),
  inst("中央统战部", "自治区党委统战部按照中央统战部打造“同心”品牌的总体部署"),
  inst("自治区投资促进局", "在自治区投资促进局的具体指导和帮助下"),
 ],
 projects=[
  proj("“同心·百亿工业园”工程", None, "“同心·百亿工业园”工程将在自治区党委统战部的指导和统一部署下", opt=True,
       aliases=["同心·百亿工业园"], note="品牌/工程名；涵盖隆安华侨管理区与宝塔医药产业园"),
 ],
 aggregate_facts=[
  fact(BT, "park", "firms_intending_to_enter", 3, "count", K1, "2013年6月25日"),
  fact("隆安县", "region", "industrial_output_cny", 1e10, "cny", "助推隆安县“十二五”期末实现工业总产值超100亿元奋斗目标", "“十二五”期末（2015年，目标）", kind="target", qual="超", qtext="超", chk=True),
 ])
