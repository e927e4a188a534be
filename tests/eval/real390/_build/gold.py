# real390 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a district or city is not a park). Status from the text's words
# (集中开工 / 正式开工 / 同时开工 → 开工; 投产 → 投产; “将于…开工” → planned). Project names as written; where the text names a
# project only by its firm (ny03's six 总部项目), the firm's name is the project name (as real52 zv01 海湾电气). Projects
# outside any park that are not industrial (schools, roads, housing: ny01, ny02) are optional. “预计” figures are kind target;
# year-to-date figures (“1至5月”, “1-11月”) and “累计” are cumulative. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/nyNN.raw as returned.

# ---------------------------------------------------------------- ny01 萧山35个重大项目集中开工 (杭州写字楼网 2021)
XS = "萧山经济技术开发区"
A0 = "昨天上午,在萧山经济技术开发区的采埃孚电驱动关键零部件项目现场,挖掘机、推土机一字排开整装待发,萧山区2021年一季度扩大有效投资重大项目集中开工仪式举行"
A1 = "本次集中开工共有35个项目,涵盖了新智造、新材料、新能源,文化事业、安置房、交通市政配套等多个行业和领域,总投资达224.8亿元,当年计划投资40亿元"
A2 = "北干街道集中安置房(一期)、益农区块安置房(二期)等保障性住房以及区职工文化中心等政府投资项目占16个,总投资达168.9亿元,当年计划投资27.9亿元"
A3 = "其中,亚太路东伸—沪昆铁路抬升工程,将于今年一季度内正式开工"
A4 = "此次集中开工项目中,还涌现出了19个新智造、新材料、新能源等科技含量高、市场效益佳、亩均税收强的产业项目,占比54.3%"
AS1 = "2021年1月11日（集中开工）"
G["ny01"] = dict(
 article=art("总投资224.8亿元!杭州萧山35个重大项目集中开工", "杭州写字楼网（o571.com，CBD城建栏转载；原标题“萧山35个重大项目集中开工”，通讯员 胡谌昊、张文杰，记者 方亮；原发媒体未注明）", "2021-01-12", "day",
  "Office-property site relaying a city news item, Zhejiang: a district's first-quarter groundbreaking of 35 major projects held at a foreign firm's project in the national economic and technological development zone — totals, government projects named, one road project to start, industrial projects' share",
  "https://o571.com/news/html/f3/47084.html",
  "日期取页面“2021/1/12 13:10:42”；文中“昨天上午”即2021年1月11日。标题照录（转载站标题）；“当前位置”、站名与时间行、“导读”（与首段同文）和“(原标题…通讯员…记者…)”行已删，原标题记于 title_note。存段止于“…占比54.3%。”（段末，句完整），其后未存；正文含两组两行小标题，共九段。园区：萧山经济技术开发区（杭州市萧山区，浙江；国家级，文中未说级别）。项目：采埃孚电驱动关键零部件项目——开工仪式在其现场举行，推定为35个开工项目之一（status 开工，note 注明推定），园区萧山经济技术开发区；采埃孚只在项目名中（可选公司）。北干街道集中安置房(一期)、益农区块安置房(二期)、区职工文化中心——政府投资项目，开工，园区 null，非产业项目，列可选；亚太路东伸—沪昆铁路抬升工程“将于今年一季度内正式开工”→planned，可选。事实：萧山区（region）35个项目、总投资224.8亿元、当年计划投资40亿元（target）；政府投资项目16个、168.9亿元（可选）；产业项目19个、占比54.3%（可选）。",
  "ny01", title_note="原标题：萧山35个重大项目集中开工"),
 parks=[
  park(XS, "杭州", "浙江", "经济技术开发区", A0, district="萧山区"),
 ],
 companies=[
  comp("采埃孚", XS, A0, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("采埃孚电驱动关键零部件项目", XS, A0, companies=["采埃孚"], status="开工", status_text="集中开工仪式",
       note="开工仪式在该项目现场举行；列为开工项目之一系推定"),
  proj("北干街道集中安置房(一期)", None, A2, phase="一期", status="开工", status_text="集中开工", opt=True, note="政府投资项目；非产业项目"),
  proj("益农区块安置房(二期)", None, A2, phase="二期", status="开工", status_text="集中开工", opt=True, note="政府投资项目；非产业项目"),
  proj("区职工文化中心", None, A2, status="开工", status_text="集中开工", opt=True, note="政府投资项目；非产业项目"),
  proj("亚太路东伸—沪昆铁路抬升工程", None, A3, status="planned", status_text="将于今年一季度内正式开工", opt=True, note="道路工程"),
 ],
 aggregate_facts=[
  fact("萧山区", "region", "projects_started", 35, "count", A1, AS1),
  fact("萧山区", "region", "projects_started_investment_cny", 2.248e10, "cny", "总投资达224.8亿元,当年计划投资40亿元", AS1, chk=True),
  fact("萧山区", "region", "planned_annual_investment_cny", 4e9, "cny", "当年计划投资40亿元", "2021年（计划）", kind="target", chk=True),
  fact("萧山区", "region", "government_projects_started", 16, "count", A2, AS1, opt=True),
  fact("萧山区", "region", "government_projects_investment_cny", 1.689e10, "cny", "总投资达168.9亿元,当年计划投资27.9亿元", AS1, opt=True, chk=True),
  fact("萧山区", "region", "industrial_projects_started", 19, "count", A4, AS1, opt=True),
  fact("萧山区", "region", "industrial_projects_share", 0.543, "ratio", A4, AS1, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- ny02 杭州集中开工146个重大项目 (工业园网 2016)
DJD = "大江东产业集聚区"
B0 = "10月19日下午,杭州大江东产业集聚区的吉利新能源汽车项目现场彩旗飘扬、人头攒动,今年杭州市第三批146个重大项目暨浙商回归重大项目在此集中开工,总投资达1381亿元"
B1 = "其中产业提升类项目43个,总投资达423亿元,包括吉利大江东新能源汽车项目、华为杭州生产基地改扩建项目、人福福斯特天然药物医药原料药及其中间体迁建改造项目等"
B2 = "吉利大江东新能源汽车项目总投资80亿元,项目达产达效后,年生产10万辆整车"
B3 = "此外,本次开工的基础设施类项目37个,总投资达457亿元,如千黄高速公路淳安段工程、杭州市青年路过江隧道工程等"
B4 = "公共服务类项目31个,总投资达116亿元,如杭州第二中学萧山分校项目、学军中学附属文渊初中项目、未来科技城第二幼儿园和九年一贯制学校项目等"
B5 = "所有项目中民间投资项目70个,总投资达780亿元,占比56%;浙商回归重大项目17个,总投资377亿元"
AS2 = "2016年10月19日（集中开工）"
G["ny02"] = dict(
 article=art("杭州集中开工146个重大项目 总投资达1381亿元", "工业园网（cnrepark.com 浙江站 zj.cnipai.com；用户上传，原发媒体与署名未注明）", "2016-10-20", "day",
  "Industrial-park portal (user upload), Zhejiang: a city's third batch of 146 major projects started at a carmaker's project in an industrial cluster zone — the flagship project's investment and capacity, projects by category with examples, private and returning-investor shares",
  "https://zj.cnipai.com/news/detail/145533.html",
  "日期取页面“2016 10/20 15:54”；文中“10月19日下午”即开工日。标题照录；“浙江切换”“新闻”、日期行与免责声明、举报行已删。正文四段，完整。园区：大江东产业集聚区（杭州，浙江；所属区文中未说，district 空）。“未来科技城”只出现在项目名“未来科技城第二幼儿园和九年一贯制学校项目”中，列可选园区。项目：吉利大江东新能源汽车项目（文中又作“吉利新能源汽车项目”，开工仪式所在，总投资80亿元，开工，园区大江东产业集聚区）；华为杭州生产基地改扩建项目、人福福斯特天然药物医药原料药及其中间体迁建改造项目（产业提升类，开工，园区未说→null）；基础设施与公共服务类五个项目（开工，园区 null；非产业项目列可选）。吉利、华为、人福福斯特只在项目名中（可选公司）。事实：杭州市（region）第三批146个项目、1381亿元；分类个数与金额、民间投资与浙商回归项目（可选）；吉利项目年产10万辆整车（可选）。",
  "ny02"),
 parks=[
  park(DJD, "杭州", "浙江", "产业集聚区", B0),
  park("未来科技城", "杭州", "浙江", "科技城", B4, opt=True, note="只在项目名中"),
 ],
 companies=[
  comp("吉利", DJD, B1, opt=True, note="只在项目名中"),
  comp("华为", None, B1, opt=True, note="只在项目名中"),
  comp("人福福斯特", None, B1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("吉利大江东新能源汽车项目", DJD, B2, companies=["吉利"], inv="总投资80亿元", status="开工", status_text="集中开工",
       aliases=["吉利新能源汽车项目"], note="开工仪式在该项目现场；达产后年产10万辆整车"),
  proj("华为杭州生产基地改扩建项目", None, B1, companies=["华为"], status="开工", status_text="集中开工", note="产业提升类；园区未说"),
  proj("人福福斯特天然药物医药原料药及其中间体迁建改造项目", None, B1, companies=["人福福斯特"], status="开工", status_text="集中开工", note="产业提升类；园区未说"),
  proj("千黄高速公路淳安段工程", None, B3, status="开工", status_text="集中开工", opt=True, note="基础设施类"),
  proj("杭州市青年路过江隧道工程", None, B3, status="开工", status_text="集中开工", opt=True, note="基础设施类"),
  proj("杭州第二中学萧山分校项目", None, B4, status="开工", status_text="集中开工", opt=True, note="公共服务类"),
  proj("学军中学附属文渊初中项目", None, B4, status="开工", status_text="集中开工", opt=True, note="公共服务类"),
  proj("未来科技城第二幼儿园和九年一贯制学校项目", None, B4, status="开工", status_text="集中开工", opt=True, note="公共服务类"),
 ],
 aggregate_facts=[
  fact("杭州市", "region", "projects_started", 146, "count", B0, AS2),
  fact("杭州市", "region", "projects_started_investment_cny", 1.381e11, "cny", "总投资达1381亿元", AS2, chk=True),
  fact("杭州市", "region", "industrial_projects_started", 43, "count", B1, AS2, opt=True),
  fact("杭州市", "region", "industrial_projects_investment_cny", 4.23e10, "cny", "总投资达423亿元", AS2, opt=True, chk=True),
  fact("杭州市", "region", "infrastructure_projects_started", 37, "count", B3, AS2, opt=True),
  fact("杭州市", "region", "infrastructure_projects_investment_cny", 4.57e10, "cny", "总投资达457亿元", AS2, opt=True, chk=True),
  fact("杭州市", "region", "public_service_projects_started", 31, "count", B4, AS2, opt=True),
  fact("杭州市", "region", "public_service_projects_investment_cny", 1.16e10, "cny", "总投资达116亿元", AS2, opt=True, chk=True),
  fact("杭州市", "region", "private_projects_started", 70, "count", B5, AS2, opt=True),
  fact("杭州市", "region", "private_projects_investment_cny", 7.8e10, "cny", "总投资达780亿元,占比56%", AS2, opt=True, chk=True),
  fact("杭州市", "region", "private_investment_share", 0.56, "ratio", B5, AS2, kind="ratio", opt=True),
  fact("杭州市", "region", "returning_zhejiang_projects_started", 17, "count", B5, AS2, opt=True),
  fact("杭州市", "region", "returning_zhejiang_projects_investment_cny", 3.77e10, "cny", "浙商回归重大项目17个,总投资377亿元", AS2, opt=True, chk=True),
  fact("吉利大江东新能源汽车项目", "project", "annual_capacity_vehicles", 100000, "vehicles", B2, "达产后（预计）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- ny03 富阳银湖新区九大项目同时开工 (浙江在线 2019)
FY = "富阳经济技术开发区"
YH = "银湖新区"
C0 = "10月24日,富阳经济技术开发区举行银湖新区项目集中开工仪式"
C1 = "总投资13.79亿元、总用地122.8亩的九大项目正式开工,预计建成后亩均税收约230万元"
C2 = "其中金固股份是深交所上市企业,为国内较大的钢制滚型车轮制造企业,此次建设的总部项目总投资5亿元,用地面积35亩"
C3 = "其余六个总部项目包括建东医药、创韵环境、集世迈、图南电子、安耐杰科技、岩土科技等投资均在1亿元到1.5亿元间"
C4 = "本次开工的九个项目中还包括富阳另一家深交所上市企业杭州星帅尔电器股份有限公司的星帅尔电器装配中心项目,一期总投资5240万元,用地面积12亩"
AS3 = "2019年10月24日（集中开工）"
JGP = "金固股份总部项目"
XSP = "星帅尔电器装配中心项目"
six = ["建东医药", "创韵环境", "集世迈", "图南电子", "安耐杰科技", "岩土科技"]
G["ny03"] = dict(
 article=art("投资13.79亿元 富阳银湖新区九大项目同时开工", "浙江在线（zzhz.zjol.com.cn，杭州·城市新闻栏；存段无署名）", "2019-10-28", "day",
  "Provincial news portal's city channel, Zhejiang: a sub-area of a district's economic and technological development zone starts nine projects — totals, land and expected tax per mu, the sub-area's plan and industries, a listed firm's headquarters project with investment and expected revenue and tax, six more headquarters projects by firm, a second listed firm's assembly-centre project with phase-1 investment and expectations",
  "http://zzhz.zjol.com.cn/hz/csxw/201910/t20191028_11265159.shtml",
  "日期取网址 201910/t20191028；文中“10月24日”为开工日。标题照录。页面先在“导语”框中印出首段，正文又印一遍：“导语”字样已删，重复的一行删去（make_txt.py DEDUP），首段只留一次。存段末句“富通银湖酒店项目总投资1 亿元,用地面积 13.4亩,项目拟建设成为旅游度假接待为主的餐饮住宿服务中心”无句末标点、存段在此中断，该句已删（LINE_SUFFIX），正文截至“…税收1520万元。”，含两行小标题，共六段。园区：富阳经济技术开发区（杭州市富阳区，浙江）；银湖新区（开发区举行“银湖新区项目集中开工仪式”，parent 记富阳经济技术开发区）。项目（均开工，园区银湖新区）：金固股份的“总部项目”（文中无完整项目名，name 记“金固股份总部项目”，总投资5亿元）；其余六个总部项目文中只以企业名列出（建东医药等，项目名即企业名；“投资均在1亿元到1.5亿元间”为区间，不作投资额）；星帅尔电器装配中心项目（一期总投资5240万元，phase 一期）。公司：金固股份、杭州星帅尔电器股份有限公司（在银湖新区建项目）；六家以企业名作项目名的企业列可选公司。事实：银湖新区九大项目、13.79亿元、122.8亩（可选）、预计亩均税收约230万元（target）、规划面积26.3平方公里；金固项目与星帅尔项目的预计营收、税收（target）及用地（可选）。",
  "ny03"),
 parks=[
  park(FY, "杭州", "浙江", "经济技术开发区", C0, district="富阳区"),
  park(YH, "杭州", "浙江", "新区（开发区片区）", C0, district="富阳区", parent=FY, note="富阳经济技术开发区举行“银湖新区项目集中开工仪式”；母园区由语境推定"),
 ],
 companies=[
  comp("金固股份", YH, C2, note="深交所上市企业；在银湖新区建总部项目"),
  comp("杭州星帅尔电器股份有限公司", YH, C4, note="深交所上市企业；在银湖新区建装配中心项目"),
 ] + [comp(n, YH, C3, opt=True, note="以企业名作项目名的总部项目") for n in six],
 projects=[
  proj(JGP, YH, C2, companies=["金固股份"], inv="总投资5亿元", status="开工", status_text="正式开工",
       note="文中作“此次建设的总部项目”；项目名为编者概括"),
 ] + [proj(n, YH, C3, companies=[n], status="开工", status_text="正式开工", note="总部项目；文中只以企业名列出；投资为1亿元到1.5亿元区间（不作投资额）") for n in six] + [
  proj(XSP, YH, C4, companies=["杭州星帅尔电器股份有限公司"], inv="一期总投资5240万元", phase="一期", status="开工", status_text="正式开工"),
 ],
 aggregate_facts=[
  fact(YH, "park", "projects_started", 9, "count", C1, AS3),
  fact(YH, "park", "projects_started_investment_cny", 1.379e9, "cny", C1, AS3, chk=True),
  fact(YH, "park", "projects_started_land_mu", 122.8, "mu", C1, AS3, opt=True),
  fact(YH, "park", "expected_tax_per_mu_cny", 2.3e6, "cny", "预计建成后亩均税收约230万元", "建成后（预计）", kind="target", qual="约", qtext="约", chk=True),
  fact(YH, "park", "planned_area_km2", 26.3, "km2", "银湖新区规划面积26.3平方公里", "2019年10月"),
  fact(YH, "park", "headquarters_projects_started", 7, "count", "本次银湖新区集中开工的九大项目包括七个总部项目", AS3, opt=True),
  fact(JGP, "project", "site_area_mu", 35, "mu", C2, AS3, opt=True),
  fact(JGP, "project", "expected_annual_revenue_cny", 2e9, "cny", "预计可实现营收20亿元、税收1.5亿元", "建成后（预计）", kind="target", chk=True),
  fact(JGP, "project", "expected_annual_tax_cny", 1.5e8, "cny", "税收1.5亿元", "建成后（预计）", kind="target", chk=True),
  fact(XSP, "project", "site_area_mu", 12, "mu", C4, AS3, opt=True),
  fact(XSP, "project", "expected_annual_revenue_cny", 8.01e7, "cny", "建成后预计可实现年营收8010万元,税收1520万元", "建成后（预计）", kind="target", chk=True),
  fact(XSP, "project", "expected_annual_tax_cny", 1.52e7, "cny", "税收1520万元", "建成后（预计）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- ny04 钱塘(新)区 一季度重大项目开工投产投运 (杭州网 2024)
QT = "钱塘(新)区"
D0 = "钱塘(新)区近日召开一季度重大项目开工投产投运现场会,为总投资421.8亿元的34个重大项目按下“启动键”"
D1 = "本次启动的34个重大项目中,开工项目18个,超过总数一半"
D2 = "以总投资50亿元的三花智控未来产业中心项目为例,该项目计划建设先途智能变频控制器等生产研发基地"
D3 = "我们的项目为高分子材料智能成型技术和高端装备研发,达产后预计可实现年产值5亿元"
D4 = "投产项目代表、泰瑞机器股份有限公司董事长郑建国表示"
D5 = "自2019年成立以来,该区累计完成固定资产投资2482亿元、年均增长18.7%,投资规模实现五年翻番"
D6 = "去年,该区完成固定资产投资709.14亿元,增长30.8%"
D7 = "制造业投资完成269.48亿元,增长68.8%"
D8 = "高新技术产业投资完成245.65亿元,增长78.8%"
AS4 = "2024年一季度（开工投产投运现场会）"
G["ny04"] = dict(
 article=art("钱塘(新)区以项目“加速度”冲刺“开门红”", "杭州网（hzyl.hangzhou.com.cn，“杭州有理”栏；存段无署名）", "2024-04-02", "day",
  "City news portal, Zhejiang: a provincial-level new area (merged with its district) holds a first-quarter on-site meeting for projects started, in production and in operation — totals, a named project started with its investment and completion year, a firm's project in production with expected output, cumulative and last year's fixed-asset, manufacturing and high-tech investment",
  "https://hzyl.hangzhou.com.cn/content/content_8710368.html",
  "日期取页面“发布时间:2024-04-02 16:17:57”。标题照录；“返 回”“所在位置: 杭州有理”与发布时间行已删。存段末段“以此次现场会为契机,钱塘(新)区将继续紧扣“深化改革”在句中中断，整段删去（ITEMS 截至上一段），正文截至“…增速全市第一。”，共四段。园区：钱塘(新)区（名称照录；“浙江首个、杭州唯一的省级新区”，2019年成立，与钱塘区合署；kind 记“省级新区”，作园区；文中又作“钱塘”“该区”）。项目：三花智控未来产业中心项目（集中开工的新项目之例，总投资50亿元，计划2027年竣工，开工）；泰瑞机器股份有限公司的项目“高分子材料智能成型技术和高端装备研发”（投产项目代表，投产；达产后预计年产值5亿元，target，subject 记项目）。公司：泰瑞机器股份有限公司（“在钱塘(新)区已经扎根了21年”）；三花智控只在项目名中（可选）。事实（subject 钱塘(新)区）：34个重大项目、总投资421.8亿元、其中开工18个；成立以来累计固定资产投资2482亿元（cumulative）、年均增长18.7%（可选）；去年（2023年）固定资产投资709.14亿元、增长30.8%；制造业投资269.48亿元、增长68.8%；高新技术产业投资245.65亿元、增长78.8%（增速可选）。",
  "ny04"),
 parks=[
  park(QT, "杭州", "浙江", "省级新区", D0, district="钱塘区", note="“浙江首个、杭州唯一的省级新区”；2019年成立；文中又作“钱塘”“该区”"),
 ],
 companies=[
  comp("泰瑞机器股份有限公司", QT, "“我们在钱塘(新)区已经扎根了21年,从几十个人的小厂发展为国内注塑机行业综合实力前三名的企业", note="投产项目代表"),
  comp("三花智控", QT, D2, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("三花智控未来产业中心项目", QT, D2, companies=["三花智控"], inv="总投资50亿元", status="开工", status_text="集中开工的新项目",
       note="计划2027年竣工；建设先途智能变频控制器等生产研发基地"),
  proj("高分子材料智能成型技术和高端装备研发", QT, D3, companies=["泰瑞机器股份有限公司"], status="投产", status_text="投产项目",
       note="泰瑞机器的项目（“我们的项目为…”）；达产后预计年产值5亿元"),
 ],
 aggregate_facts=[
  fact(QT, "park", "major_projects_launched", 34, "count", D0, AS4, note="开工、投产、投运合计"),
  fact(QT, "park", "major_projects_investment_cny", 4.218e10, "cny", "为总投资421.8亿元的34个重大项目按下“启动键”", AS4, chk=True),
  fact(QT, "park", "projects_started", 18, "count", D1, AS4),
  fact("高分子材料智能成型技术和高端装备研发", "project", "expected_annual_output_cny", 5e8, "cny", "达产后预计可实现年产值5亿元", "达产后（预计）", kind="target", chk=True),
  fact(QT, "park", "fixed_asset_investment_cny", 2.482e11, "cny", "该区累计完成固定资产投资2482亿元", "2019年至2024年初", kind="cumulative", chk=True),
  fact(QT, "park", "fixed_asset_investment_avg_annual_growth", 0.187, "ratio", D5, "2019年至2024年初", kind="ratio", opt=True),
  fact(QT, "park", "fixed_asset_investment_cny", 7.0914e10, "cny", "该区完成固定资产投资709.14亿元,增长30.8%", "2023年", chk=True),
  fact(QT, "park", "fixed_asset_investment_yoy_growth", 0.308, "ratio", D6, "2023年", kind="ratio"),
  fact(QT, "park", "manufacturing_investment_cny", 2.6948e10, "cny", D7, "2023年", chk=True),
  fact(QT, "park", "manufacturing_investment_yoy_growth", 0.688, "ratio", D7, "2023年", kind="ratio", opt=True),
  fact(QT, "park", "high_tech_industry_investment_cny", 2.4565e10, "cny", D8, "2023年", chk=True),
  fact(QT, "park", "high_tech_industry_investment_yoy_growth", 0.788, "ratio", D8, "2023年", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- ny05 高新区(滨江) 2021年GDP (xhyb 2022)
BJ = "高新区(滨江)"
E0 = "近日,高新区(滨江)发布最新经济数据,2021年,该区GDP实现2022.6亿元,按可比价格计算,同比增长11.3%,两年年均增长9.2%,皆位列全市第一"
E1 = "仅2021年上半年,公司营收就达7.88亿元,业绩远超2020年全年"
E2 = "2021年,高新区(滨江)实现规上工业增加值771.1亿元,工业总量持续问鼎全市第一,两年平均增速达13.6%"
E3 = "其中,通用设备制造业,专用设备制造业,计算机、通信和其他电子设备制造业增长较快,分别增长41.6%、17.0%和18.2%"
E4 = "高新技术产业、装备制造业和战略性新兴产业增加值总量持续全市领先,分别增长17.3%、18.4%和17.9%"
G["ny05"] = dict(
 article=art("（无标题）高新区(滨江)2021年GDP跨过两千亿", "wvvw.xhyb.net.cn（“时局”栏；原发媒体与署名存段未示）", "2022-01-26", "day",
  "News site (outlet not shown), Zhejiang: a national high-tech zone merged with its district passes 200 billion yuan of GDP in 2021 — GDP and growth, a PCR-equipment maker's half-year revenue, above-scale industrial value added and sector growth rates",
  "http://wvvw.xhyb.net.cn/wvvw/shiju/2022/0126/170234.html",
  "日期取网址 2022/0126。存段无标题、无日期行（title 为编者概括）；存段以残句“四年翻一番。”开头（所失标题或导语的末尾），已删（make_txt.py LINE_PREFIX）；末段在“近日,2021年浙江省电子信息产业百家重点企”处中断，该句已删（LINE_SUFFIX），正文截至“…重要引擎。”，共七段。站点域名 wvvw.xhyb.net.cn 为镜像式写法，原发媒体不详。园区：高新区(滨江)（即杭州高新区(滨江)；文中只作“高新区(滨江)”，又作“该区”；“国家高新区”；杭州，浙江）。公司：博日科技（在高新区(滨江)生产 PCR 检测装备）。事实：2021年 GDP 2022.6亿元、增长11.3%、两年年均9.2%（可选）；规上工业增加值771.1亿元、两年平均增速13.6%（可选）；三个行业增速与三类产业增加值增速（高新技术产业增速必列，其余可选）；博日科技2021年上半年营收7.88亿元。“全国27个‘两千亿区’中浙江省占12席”与园区无关，不列。",
  "ny05"),
 parks=[
  park(BJ, "杭州", "浙江", "国家高新区", E0, district="滨江区", note="即杭州高新区(滨江)；文中又作“该区”；与滨江区合署"),
 ],
 companies=[
  comp("博日科技", BJ, "眼下,在博日科技的生产车间里,工人们正在加紧生产PCR检测装备", note="PCR 检测装备生产企业"),
 ],
 projects=[],
 aggregate_facts=[
  fact(BJ, "park", "gdp_cny", 2.0226e11, "cny", "该区GDP实现2022.6亿元,按可比价格计算,同比增长11.3%", "2021年", chk=True),
  fact(BJ, "park", "gdp_yoy_growth", 0.113, "ratio", E0, "2021年", kind="ratio"),
  fact(BJ, "park", "gdp_two_year_avg_growth", 0.092, "ratio", E0, "2020–2021年", kind="ratio", opt=True),
  fact("博日科技", "company", "revenue_cny", 7.88e8, "cny", E1, "2021年上半年", chk=True),
  fact(BJ, "park", "above_scale_industrial_value_added_cny", 7.711e10, "cny", "实现规上工业增加值771.1亿元", "2021年", chk=True),
  fact(BJ, "park", "industrial_value_added_two_year_avg_growth", 0.136, "ratio", E2, "2020–2021年", kind="ratio", opt=True),
  fact(BJ, "park", "general_equipment_growth", 0.416, "ratio", E3, "2021年", kind="ratio", opt=True),
  fact(BJ, "park", "special_equipment_growth", 0.17, "ratio", E3, "2021年", kind="ratio", opt=True),
  fact(BJ, "park", "electronics_growth", 0.182, "ratio", E3, "2021年", kind="ratio", opt=True),
  fact(BJ, "park", "high_tech_value_added_growth", 0.173, "ratio", E4, "2021年", kind="ratio"),
  fact(BJ, "park", "equipment_manufacturing_value_added_growth", 0.184, "ratio", E4, "2021年", kind="ratio", opt=True),
  fact(BJ, "park", "strategic_emerging_value_added_growth", 0.179, "ratio", E4, "2021年", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- ny06 杭州高新区评价结果 (hbphgs 2023)
HZ = "杭州高新区"
XSG = "萧山高新区"
ZJG = "杭州紫金港数字信息高新区"
YHS = "余杭生物医药高新区"
LJ = "临江高新区"
F0 = "我市的4家高新区(杭州高新区、萧山高新区、杭州紫金港数字信息高新区、余杭生物医药高新区)荣获“2021 年度浙江省高新技术产业园区建设成绩突出集体”"
F1 = "根据评价结果,杭州高新区综合评价得分95.71分,居全省首位;临江高新区综合评价得分80.99分,居全省第三"
F2 = "杭州紫金港数字信息高新区、萧山高新区、余杭生物医药高新区分列第11、14、16位,位次较往年大幅提升"
F3 = "余杭高新区、青山湖高端装备高新区、建德功能性新材料高新区分别位列第29、33、45位"
F4 = "我市8家参评高新区2021年度综合评价平均得分73.77分,比全省平均分高4.3分,比上年提高12.61分"
F5 = "2022年1-11月,杭州高新区实现地区生产总值1565.3亿元,规上工业增加值683.2亿元,高新技术产业增加值658.5亿元,数字经济核心产业增加值1228.2亿元"
F6 = "2022年1-11月,萧山高新区规上工业增加值122.39亿元,高新技术产业增加值100.73亿元,固定资产投资150.73亿元"
F7 = "萧山高新区聚力发展数字经济、智能制造和生命健康三大产业,成功落地省技术创新中心1家,杭州湾信息港连续六年荣获A类国家级科技企业孵化器"
AS6 = "2022年1–11月"
AR = "2021年度评价（2023年初公布）"
G["ny06"] = dict(
 article=art("（无标题）2021年度浙江省高新区评价结果公布 杭州4家高新区获评建设成绩突出集体", "hbphgs.com（页面路径同杭州市政府部门网站的 art/2023/2/3 格式，疑为市科技局稿件的镜像；署名存段未示）", "2023-02-03", "day",
  "Mirror of a city government department's page, Zhejiang: the province's 2021 evaluation of high-tech zones — the city's eight zones with scores and ranks, four cited, and two zones' January–November 2022 figures (GDP, above-scale industrial, high-tech and digital-economy value added, fixed-asset investment)",
  "https://hbphgs.com/kj/art/2023/2/3/art_1228922127_58925072",
  "日期取网址 art/2023/2/3（存段无日期行）。存段无标题（title 为编者概括）。“我市”即杭州市。存段在“杭州紫金港数字信息高新区围绕…建有浙大西投脑机智能研”处中断：该句连同其小标题“省级创建高新区——杭州紫金港数字信息高新区”整行删去（ITEMS 截至萧山高新区一段），正文截至“…固定资产投资150.73亿元。”；两行标题“2021年度浙江省高新技术产业园区建设”“成绩突出集体”原样拼接（JOIN），共八段。园区：杭州高新区（国家高新区）、萧山高新区（省级）、杭州紫金港数字信息高新区（省级创建）、余杭生物医药高新区、临江高新区、余杭高新区、青山湖高端装备高新区、建德功能性新材料高新区（均在杭州，浙江）；杭州湾信息港（国家级科技企业孵化器，在萧山高新区内，可选，parent 萧山高新区）。事实：杭州高新区、临江高新区综合评价得分（required）；各园区全省排名（可选）；8家平均分（subject 杭州市，可选）；杭州高新区、萧山高新区2022年1–11月数字（年初至今，cumulative）；杭州高新区研发投入强度约10%（可选）；萧山高新区落地省技术创新中心1家（可选）。",
  "ny06"),
 parks=[
  park(HZ, "杭州", "浙江", "国家高新区", F0, note="“—杭州高新区国家高新区—”"),
  park(XSG, "杭州", "浙江", "省级高新区", F0, district="萧山区"),
  park(ZJG, "杭州", "浙江", "省级创建高新区", F0),
  park(YHS, "杭州", "浙江", "高新区", F0),
  park(LJ, "杭州", "浙江", "高新区", F1),
  park("余杭高新区", "杭州", "浙江", "高新区", F3),
  park("青山湖高端装备高新区", "杭州", "浙江", "高新区", F3),
  park("建德功能性新材料高新区", "杭州", "浙江", "高新区", F3, district="建德市"),
  park("杭州湾信息港", "杭州", "浙江", "科技企业孵化器", F7, district="萧山区", parent=XSG, opt=True, note="A类国家级科技企业孵化器"),
 ],
 companies=[],
 institutions=[
  inst("浙江省委科技强省建设领导小组办公室", "近日,浙江省委科技强省建设领导小组办公室公布了2021年度浙江省高新区评价结果"),
 ],
 projects=[],
 aggregate_facts=[
  fact(HZ, "park", "evaluation_score", 95.71, "points", F1, AR),
  fact(LJ, "park", "evaluation_score", 80.99, "points", F1, AR),
  fact(HZ, "park", "provincial_rank", 1, "rank", F1, AR, opt=True, note="居全省首位"),
  fact(LJ, "park", "provincial_rank", 3, "rank", F1, AR, opt=True),
  fact(ZJG, "park", "provincial_rank", 11, "rank", F2, AR, opt=True),
  fact(XSG, "park", "provincial_rank", 14, "rank", F2, AR, opt=True),
  fact(YHS, "park", "provincial_rank", 16, "rank", F2, AR, opt=True),
  fact("余杭高新区", "park", "provincial_rank", 29, "rank", F3, AR, opt=True),
  fact("青山湖高端装备高新区", "park", "provincial_rank", 33, "rank", F3, AR, opt=True),
  fact("建德功能性新材料高新区", "park", "provincial_rank", 45, "rank", F3, AR, opt=True),
  fact("杭州市", "region", "high_tech_zones_evaluated", 8, "count", "此次年度评价,全省共有48家高新区参评,其中我市8家", AR, opt=True),
  fact("杭州市", "region", "avg_evaluation_score", 73.77, "points", F4, AR, opt=True),
  fact(HZ, "park", "rd_intensity", 0.10, "ratio", "研发投入强度始终保持10%左右,居全省第一", "近年", kind="ratio", qual="约", qtext="左右", opt=True),
  fact(HZ, "park", "gdp_cny", 1.5653e11, "cny", "杭州高新区实现地区生产总值1565.3亿元", AS6, kind="cumulative", chk=True),
  fact(HZ, "park", "above_scale_industrial_value_added_cny", 6.832e10, "cny", "规上工业增加值683.2亿元", AS6, kind="cumulative", chk=True),
  fact(HZ, "park", "high_tech_value_added_cny", 6.585e10, "cny", "高新技术产业增加值658.5亿元", AS6, kind="cumulative", chk=True),
  fact(HZ, "park", "digital_economy_core_value_added_cny", 1.2282e11, "cny", "数字经济核心产业增加值1228.2亿元", AS6, kind="cumulative", chk=True),
  fact(XSG, "park", "above_scale_industrial_value_added_cny", 1.2239e10, "cny", "萧山高新区规上工业增加值122.39亿元", AS6, kind="cumulative", chk=True),
  fact(XSG, "park", "high_tech_value_added_cny", 1.0073e10, "cny", "高新技术产业增加值100.73亿元", AS6, kind="cumulative", chk=True),
  fact(XSG, "park", "fixed_asset_investment_cny", 1.5073e10, "cny", "固定资产投资150.73亿元", AS6, kind="cumulative", chk=True),
  fact(XSG, "park", "provincial_tech_innovation_centres", 1, "count", F7, "截至2022年", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- ny07 钱江世纪城32个重大项目集中开工 (杭州网 2018)
QJ = "钱江世纪城"
H0 = "6月19日,32个重大项目在杭州市萧山区钱江世纪城集中开工,总投资517亿元,力争在2022年亚运会前建成投用"
H1 = "本次开工项目涉及面广,包括G20杭州峰会史料展示厅、杭州国际博览中心国家级音乐产业基地、省妇保医院钱江院区、亚运林、奥体万科中心、亚运沿江公园、钱江世纪城初中等,其中政府投资项目19个,投资额145亿元;社会投资项目13个,投资额372亿元"
H2 = "省妇保医院钱江院区概算投资10.08亿元"
H3 = "盈丰小学、江南小学和中心幼儿园、钱江世纪城初中、奔竞大道下穿隧道、平澜路下穿隧道等民生工程也同时开工"
H4 = "特别是钱塘江金融城、图灵小镇等重大平台建设和北大研究院、网易、商汤科技等重大招商项目的推进,为钱江世纪城加速拥抱我省“大湾区”建设增添了动力"
H5 = "今年1月至5月,钱江世纪城实现财政总收入20.76亿元、地方财政收入11.72亿元,分别增长90.31%和76.92%"
AS7 = "2018年6月19日（集中开工）"
AS7b = "2018年1–5月"
G["ny07"] = dict(
 article=art("（无标题）钱江世纪城32个重大项目集中开工 总投资517亿元", "杭州网（hznews.hangzhou.com.cn，城市栏；原发媒体与署名存段未示）", "2018-06-20", "day",
  "City news portal, Zhejiang: 32 major projects start in a riverside new-town platform of a district before the Asian Games — total, named projects (venues, hospital, schools, tunnels), government and private shares, area of expansion, the platform's industries, sub-platforms and firms attracted, its fiscal revenue for January–May",
  "http://hznews.hangzhou.com.cn/chengshi/content/2018-06/20/content_7022374.htm",
  "日期取网址 2018-06/20（文中“6月19日”为开工日）。存段无标题、无日期行（title 为编者概括）。正文五段，完整。园区：钱江世纪城（杭州市萧山区，浙江；设管委会的城市新区／产业平台，有“3+3”产业结构与财政收入；kind 记“城市新区（产业平台）”——是否算园区有疑问，见 SOURCES）；钱塘江金融城、图灵小镇（“重大平台”，可选；图灵小镇 parent 推定为钱江世纪城，钱塘江金融城不记 parent）。项目（均开工，园区钱江世纪城）：G20杭州峰会史料展示厅、杭州国际博览中心国家级音乐产业基地、省妇保医院钱江院区（概算投资10.08亿元）、亚运林、奥体万科中心、亚运沿江公园、钱江世纪城初中、盈丰小学、奔竞大道下穿隧道、平澜路下穿隧道；“江南小学和中心幼儿园”一项名称含两所，列可选。公司：网易、商汤科技（“重大招商项目”，在钱江世纪城）；北大研究院为可选机构。事实：32个项目、517亿元；政府投资19个145亿元、社会投资13个372亿元（可选）；基本建成区12平方公里（可选）；1至5月财政总收入20.76亿元、地方财政收入11.72亿元（cumulative）及增速（ratio）。",
  "ny07"),
 parks=[
  park(QJ, "杭州", "浙江", "城市新区（产业平台）", H0, district="萧山区", note="设管委会的城市新区；“3+3”产业结构"),
  park("钱塘江金融城", "杭州", "浙江", "平台（金融城）", H4, opt=True, note="“重大平台”"),
  park("图灵小镇", "杭州", "浙江", "特色小镇", H4, district="萧山区", parent=QJ, opt=True, note="“重大平台”；母园区由语境推定"),
 ],
 companies=[
  comp("网易", QJ, H4, note="重大招商项目"),
  comp("商汤科技", QJ, H4, note="重大招商项目"),
 ],
 institutions=[
  inst("北大研究院", H4, kind="research", park=QJ, note="重大招商项目"),
  inst("省妇保医院", H2, kind="hospital", note="新院区项目业主"),
 ],
 projects=[
  proj("G20杭州峰会史料展示厅", QJ, H1, status="开工", status_text="集中开工"),
  proj("杭州国际博览中心国家级音乐产业基地", QJ, H1, status="开工", status_text="集中开工"),
  proj("省妇保医院钱江院区", QJ, H2, inv="概算投资10.08亿元", status="开工", status_text="集中开工", note="省妇保医院新院区"),
  proj("亚运林", QJ, H1, status="开工", status_text="集中开工"),
  proj("奥体万科中心", QJ, H1, status="开工", status_text="集中开工"),
  proj("亚运沿江公园", QJ, H1, status="开工", status_text="集中开工"),
  proj("钱江世纪城初中", QJ, H3, status="开工", status_text="同时开工"),
  proj("盈丰小学", QJ, H3, status="开工", status_text="同时开工"),
  proj("江南小学和中心幼儿园", QJ, H3, status="开工", status_text="同时开工", opt=True, note="一项名称含两所学校"),
  proj("奔竞大道下穿隧道", QJ, H3, status="开工", status_text="同时开工"),
  proj("平澜路下穿隧道", QJ, H3, status="开工", status_text="同时开工"),
 ],
 aggregate_facts=[
  fact(QJ, "park", "projects_started", 32, "count", H0, AS7),
  fact(QJ, "park", "projects_started_investment_cny", 5.17e10, "cny", "集中开工,总投资517亿元", AS7, chk=True),
  fact(QJ, "park", "government_projects_started", 19, "count", H1, AS7, opt=True),
  fact(QJ, "park", "government_projects_investment_cny", 1.45e10, "cny", "其中政府投资项目19个,投资额145亿元", AS7, opt=True, chk=True),
  fact(QJ, "park", "private_projects_started", 13, "count", H1, AS7, opt=True),
  fact(QJ, "park", "private_projects_investment_cny", 3.72e10, "cny", "社会投资项目13个,投资额372亿元", AS7, opt=True, chk=True),
  fact(QJ, "park", "built_up_area_km2", 12, "km2", "钱江世纪城城市建设将从12平方公里基本建成区", "2018年6月", opt=True),
  fact(QJ, "park", "fiscal_revenue_cny", 2.076e9, "cny", H5, AS7b, kind="cumulative", chk=True),
  fact(QJ, "park", "local_fiscal_revenue_cny", 1.172e9, "cny", "地方财政收入11.72亿元,分别增长90.31%和76.92%", AS7b, kind="cumulative", chk=True),
  fact(QJ, "park", "fiscal_revenue_yoy_growth", 0.9031, "ratio", H5, AS7b, kind="ratio"),
  fact(QJ, "park", "local_fiscal_revenue_yoy_growth", 0.7692, "ratio", H5, AS7b, kind="ratio"),
 ])
