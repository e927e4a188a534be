# real251 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a city, league or banner is not a park). Status from the text's
# words (开工 / 集中开工 / 拉开序幕 → 开工; 在建 where the text shows the site under construction or equipment being installed;
# 签约 / 签约仪式 … 落户 → 签约). Construction-contract values (EPC) are not investment amounts. “预计 / 可实现 / 计划” output and
# profit figures are kind target; year-to-date figures (“截至目前”, “1月至8月”) are cumulative. Sources are `search` (corpus
# pages) excerpts typed into _raw/pages/spNN.raw as returned.

# ---------------------------------------------------------------- sp01 宁东 (宁夏新闻网 via cri.cn 2016)
ND = "宁东能源化工基地"
A0 = "宁东能源化工基地位于宁夏中东部,规划区总面积3484平方公里,现已探明煤炭资源地质储量386亿吨,约占宁夏总探明储量的84%"
G["sp01"] = dict(
 article=art("工业重镇也有绿水青山 宁东颠覆媒体记者认识", "宁夏新闻网（记者 姜盼/文 祁瀛涛/图），载于国际在线 news.cri.cn（编辑:黄蓉）", "2016-09-05", "day",
  "Regional news site relayed by a national portal, Ningxia: a press tour (第十二届全国网络媒体宁夏行) visits a national energy and chemical base — the base's planned area, coal reserves and share, its national designations",
  "http://news.cri.cn/20160905/dbe0f946-39f8-8e07-f334-a02178ce233e.html",
  "日期取页面“2016-09-05 11:39:42|来源:宁夏新闻网|编辑:黄蓉”。标题照录；栏目路径、时间来源行、“原标题:…”行及两处作图片说明重复出现的标题已删。存段在“自2003年以来,宁东基地已形成了煤炭”处中断，该残句整行未收；正文四段，截至“…工业生产过程。”。园区：宁东能源化工基地（文中又作“宁东基地”“宁东”；银川市郊，宁夏；国务院批准的国家重点开发区）。无具名项目与企业。事实：规划区总面积3484平方公里、已探明煤炭地质储量386亿吨、约占全区84%（均 reported；储量与占比为可选）。",
  "sp01"),
 parks=[
  park(ND, "银川", "宁夏", "能源化工基地", A0, aliases=["宁东基地"], note="文中又作“宁东”；“银川市郊的宁东基地”；国家重点开发区、煤化工产业基地、循环经济示范区"),
 ],
 aggregate_facts=[
  fact(ND, "park", "planned_area_km2", 3484, "km2", A0, "2016年9月"),
  fact(ND, "park", "coal_reserves_t", 3.86e10, "t", A0, "2016年9月", opt=True, note="已探明煤炭资源地质储量386亿吨"),
  fact(ND, "park", "share_of_region_coal_reserves", 0.84, "ratio", "约占宁夏总探明储量的84%", "2016年9月", kind="ratio", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- sp02 库尔勒开发区 第二批集中开工 (中新新疆网 via cnipai 2017)
KE = "库尔勒开发区"
B0 = "开发区目前集中开工的项目多达17个,总投资近75亿元"
B1 = "开发区第二批开工的项目有5个,投资总额超过18亿元"
B2 = "悠美染织年产3万吨筒子纱染色、2万吨色织布生产线及配套项目,计划总投资7.5亿元"
B3 = "新疆悠美染织有限公司总经理刘立富说,他们计划在今年实现建成投产,总投资7.5亿元,分两期建成,正常年产值约30亿元,实现利润约3亿元,上缴税收约5000万元,可带动就业约4000人。"
ST = "2017年4月1日（第二批集中开工）"
G["sp02"] = dict(
 article=art("新疆库尔勒开发区:第二批项目集中开工纺织服装唱主角", "中新新疆网（马艺轩），载于工业园网新疆站 xj.cnipai.com", "2017-04-03", "day",
  "Regional news agency site relayed by an industrial-park portal, Xinjiang: a development zone's second batch of groundbreakings of the year — the year's started projects and their total, the batch's five projects led by textiles, four named projects with amounts, one firm's plans (production this year, output, profit, tax, jobs)",
  "https://xj.cnipai.com/news/detail/160642.html",
  "日期取页面“2017 04/03 16:35”及电头“中新新疆网4月3日电”；仪式在4月1日。标题照录；站点导航“新疆切换/新闻”、日期行与图片文件名“1.jpg”已删。存段在末段“…这一技术”处中断，该未完句（自“他们将建设综合楼”起）已删（make_txt.py LINE_SUFFIX），正文截至“…可带动就业约4000人。”，共五段。园区：库尔勒开发区（文中只作“库尔勒开发区”“开发区”；即库尔勒经济技术开发区，巴音郭楞蒙古自治州库尔勒市，新疆；级别文中未说）。纺织服装城、织造家纺园、纺织服装印染园为开发区内的功能片区，列为可选园区（parent 库尔勒开发区）。项目：第二批开工5个，文中具名4个，均记开工（status_text 取“第二批开工”），园区记库尔勒开发区；投资额照录“计划总投资/计划投资”。悠美染织项目企业为新疆悠美染织有限公司（总经理称“计划在今年实现建成投产”）。事实：开发区今年集中开工17个、总投资近75亿元（cumulative，“近”→约）；第二批5个、超过18亿元；“纺织服装产业…近14亿”无“元”字，不计。企业：计划年产值约30亿元、利润约3亿元、税收约5000万元、就业约4000人（target）。",
  "sp02"),
 parks=[
  park(KE, "库尔勒", "新疆", "开发区", "4月1日,新疆巴音郭楞蒙古自治州4月份项目集中开工分会场仪式在库尔勒开发区举行", note="即库尔勒经济技术开发区；文中又作“开发区”"),
  park("纺织服装城", "库尔勒", "新疆", "功能片区", "纺织服装城生态绿化项目,计划总投资2.7亿元", parent=KE, opt=True, note="开发区内片区；名称只在项目名与“提升纺织服装城生产生活环境”中"),
  park("织造家纺园", "库尔勒", "新疆", "功能片区", "织造家纺园基础设施建设项目,计划投资1.7亿元", parent=KE, opt=True, note="只在项目名中；又作“家纺园”"),
  park("纺织服装印染园", "库尔勒", "新疆", "功能片区", "纺织服装印染园污水收集管网及中水回用管网工程项目,计划总投资1.67亿元", parent=KE, opt=True, note="只在项目名中；又作“印染园”"),
 ],
 companies=[
  comp("新疆悠美染织有限公司", KE, B3, aliases=["悠美染织"], note="第二批开工项目业主"),
 ],
 projects=[
  proj("悠美染织年产3万吨筒子纱染色、2万吨色织布生产线及配套项目", KE, B2, companies=["新疆悠美染织有限公司"], inv="计划总投资7.5亿元",
       status="开工", status_text="第二批开工", note="计划今年建成投产、分两期建成（总经理语）；全部达产后产值30亿元"),
  proj("纺织服装城生态绿化项目", KE, "纺织服装城生态绿化项目,计划总投资2.7亿元", inv="计划总投资2.7亿元", status="开工", status_text="第二批开工"),
  proj("织造家纺园基础设施建设项目", KE, "织造家纺园基础设施建设项目,计划投资1.7亿元", inv="计划投资1.7亿元", status="开工", status_text="第二批开工"),
  proj("纺织服装印染园污水收集管网及中水回用管网工程项目", KE, "纺织服装印染园污水收集管网及中水回用管网工程项目,计划总投资1.67亿元", inv="计划总投资1.67亿元",
       status="开工", status_text="第二批开工"),
 ],
 aggregate_facts=[
  fact(KE, "park", "projects_started", 17, "count", B0, "2017年1月至4月1日", kind="cumulative", note="今年集中开工项目累计"),
  fact(KE, "park", "projects_started_investment_cny", 7.5e9, "cny", B0, "2017年1月至4月1日", kind="cumulative", qual="约", qtext="近", chk=True),
  fact(KE, "park", "projects_started", 5, "count", B1, ST, note="第二批"),
  fact(KE, "park", "projects_started_investment_cny", 1.8e9, "cny", B1, ST, qual="超", qtext="超过", chk=True, note="第二批"),
  fact("新疆悠美染织有限公司", "company", "expected_annual_output_cny", 3e9, "cny", "正常年产值约30亿元", "达产后（预计）", kind="target", qual="约", qtext="约", chk=True),
  fact("新疆悠美染织有限公司", "company", "expected_annual_profit_cny", 3e8, "cny", "实现利润约3亿元", "达产后（预计）", kind="target", qual="约", qtext="约", chk=True, opt=True),
  fact("新疆悠美染织有限公司", "company", "expected_annual_tax_cny", 5e7, "cny", "上缴税收约5000万元", "达产后（预计）", kind="target", qual="约", qtext="约", chk=True, opt=True),
  fact("新疆悠美染织有限公司", "company", "expected_jobs", 4000, "persons", "可带动就业约4000人", "达产后（预计）", kind="target", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- sp03 鄂尔多斯市 大项目 (baogaosu 2018)
DL = "大路煤化工基地"
ER = "鄂尔多斯市"
C0 = "时值寒冬,内蒙古博瑞得供应链有限公司煤化工产品供应链金融物流服务项目和内蒙古畅鸿塑业科技有限公司年产2000万条重包装膜袋项目工地,却是一派热火朝天的场景"
C1 = "内蒙古伊泰煤制油有限责任公司年产200万吨煤炭间接液化示范项目,正在准格尔旗大路煤化工基地有序推进"
C2 = "截至目前,确定的304项亿元以上项目开复工280项,完成投资1163.6亿元"
C3 = "自治区调度的59项重大项目开复工53项,完成投资449.3亿元"
C4 = "计划实施的107项亿元以上重点工业项目完成投资490.6亿元,完成固定资产投资3017亿元,居自治区第一位"
AS3 = "2017年（截至报道时）"
G["sp03"] = dict(
 article=art("鄂尔多斯市:体量更大质量更优的大项目全线发力", "baogaosu.com（呼和浩特站；原刊未注明）", "2018-01-25", "day",
  "Aggregator relaying a regional report, Inner Mongolia: a prefecture city's major projects in winter — two named firms' projects under construction, a coal-to-liquids demonstration project in a coal-chemical base, the city's counts of projects started and investment completed, industrial growth, fixed-asset investment",
  "http://huhehaote.baogaosu.com/xinwen/%E5%B8%82%E4%BD%93%E9%87%8F%E6%9B%B4%E5%A4%A7%E8%B4%A8%E9%87%8F%E6%9B%B4%E4%BC%98%E7%9A%84%E5%A4%A7%E9%A1%B9%E7%9B%AE/64367255/",
  "日期取页面“25.01.2018 12:41”（聚合站转载时间；原刊与署名未示）。标题照录。存段在“目前,鄂安沧输气管道,纳林河、准格尔中部和新街台格庙3个矿区”处中断，该残句整行未收；正文五段，截至“…转型踏上新征程的新局面。”。园区：大路煤化工基地（准格尔旗，鄂尔多斯市，内蒙古）。鄂尔多斯市为城市（region）。项目：博瑞得、畅鸿两项目“工地…热火朝天”→在建，园区文中未说（null）；伊泰煤制油200万吨煤炭间接液化示范项目“正在…大路煤化工基地有序推进”→在建，园区大路煤化工基地。“项目建成后,每年销售额能达到14.6亿元”出自“项目负责人李志凯”，未说是哪一项目，不计。事实：文中“今年”“截至目前”所指年份——报道在2018年1月下旬，数字（完成投资1163.6亿元、固定资产投资3017亿元）应为2017年全年或截至年末，as_of 记“2017年（截至报道时）”，见 SOURCES 不确定点。",
  "sp03"),
 parks=[
  park(DL, "鄂尔多斯", "内蒙古", "煤化工基地", C1, district="准格尔旗"),
 ],
 companies=[
  comp("内蒙古博瑞得供应链有限公司", None, C0, note="项目所在园区文中未说"),
  comp("内蒙古畅鸿塑业科技有限公司", None, C0, note="项目所在园区文中未说"),
  comp("内蒙古伊泰煤制油有限责任公司", DL, C1),
 ],
 projects=[
  proj("内蒙古博瑞得供应链有限公司煤化工产品供应链金融物流服务项目", None, C0, companies=["内蒙古博瑞得供应链有限公司"], status="在建", status_text="工地,却是一派热火朝天的场景"),
  proj("内蒙古畅鸿塑业科技有限公司年产2000万条重包装膜袋项目", None, C0, companies=["内蒙古畅鸿塑业科技有限公司"], status="在建", status_text="工地,却是一派热火朝天的场景"),
  proj("内蒙古伊泰煤制油有限责任公司年产200万吨煤炭间接液化示范项目", DL, C1, companies=["内蒙古伊泰煤制油有限责任公司"], status="在建", status_text="有序推进"),
 ],
 aggregate_facts=[
  fact(ER, "region", "major_projects_listed", 304, "count", C2, AS3, note="亿元以上项目"),
  fact(ER, "region", "projects_started", 280, "count", C2, AS3, kind="cumulative", note="开复工"),
  fact(ER, "region", "investment_completed_cny", 1.1636e11, "cny", C2, AS3, kind="cumulative", chk=True),
  fact(ER, "region", "region_major_projects_started", 53, "count", C3, AS3, kind="cumulative", opt=True, note="自治区调度的59项重大项目中开复工53项"),
  fact(ER, "region", "region_major_projects_investment_completed_cny", 4.493e10, "cny", C3, AS3, kind="cumulative", chk=True, opt=True),
  fact(ER, "region", "industrial_value_added_growth", 0.073, "ratio", "规模以上工业增加值增速7.3%", AS3, kind="ratio"),
  fact(ER, "region", "industrial_projects_investment_completed_cny", 4.906e10, "cny", C4, AS3, kind="cumulative", chk=True, opt=True, note="107项亿元以上重点工业项目"),
  fact(ER, "region", "fixed_asset_investment_cny", 3.017e11, "cny", "完成固定资产投资3017亿元,居自治区第一位", AS3, kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- sp04 宁夏80个重点建设项目 (宁夏日报 on nxnews 2019)
WZ = "吴忠奶产业园"
NX = "宁夏"
D0 = "当天,记者在吴忠奶产业园伊利乳制品绿色智能制造项目建设现场看到,联合车间、污水处理、动力车间等车间的装饰装修工程已经完成,各种生产线设备正进行安装"
D1 = "中国自动化绿色精密铸锻产业园项目建设也正紧锣密鼓进行,项目研发中心、职工餐厅、员工宿舍楼、主体建设工程已完成封顶"
D2 = "这个项目总投资30亿元,其中今年计划完成投资6亿元,截至9月底已完成年度计划的80%"
D3 = "1月至8月,80个重点建设项目累计完成投资378.1亿元,完成年度投资计划的74.27%"
D4 = "截至目前,自治区80个重点建设项目中79个开工建设,开工率达98.75%"
AS4 = "2019年1月至8月"
G["sp04"] = dict(
 article=art("宁夏80个重点建设项目开工率达98.75% 前8个月累计完成投资378.1亿元", "宁夏日报，载于宁夏新闻网 nxnews.net（专题“推动高质量发展看宁夏”）", "2019-10-12", "day",
  "Provincial daily on the regional news portal, Ningxia: progress of the region's 80 key construction projects — two named industrial projects visited (one in a dairy industrial park, equipment being installed; a precision-casting park project topped out with its total), the region's start rate and investment completed by sector",
  "http://www.nxnews.net/zt/2019/fdxsd/td/201910/t20191012_6444556.html",
  "日期取页面“2019-10-12 07:01:58 来源:宁夏日报”。标题与副题两行以一个空格连写。栏目路径与时间来源行已删。存段在“18个民生及”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文三段，截至“…完成年度投资计划的65.30%。”。园区：吴忠奶产业园（吴忠市，宁夏）。“中国自动化绿色精密铸锻产业园项目”为项目（名称含“产业园”，文中未说其所在园区，park null）。项目：伊利乳制品绿色智能制造项目（吴忠奶产业园；生产线设备正进行安装→在建；一期今年已完成投资8.3亿元——为年度完成投资，不作总投资；预计今年内投产）；中国自动化绿色精密铸锻产业园项目（主体工程已封顶→在建；总投资30亿元）。“伊利”只在项目名中，列为可选公司。事实：宁夏（region）80个重点项目、1—8月完成投资378.1亿元、79个开工、开工率98.75%；分行业数列可选。",
  "sp04"),
 parks=[
  park(WZ, "吴忠", "宁夏", "产业园", D0),
 ],
 companies=[
  comp("伊利", WZ, D0, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("伊利乳制品绿色智能制造项目", WZ, D0, companies=["伊利"], status="在建", status_text="各种生产线设备正进行安装",
       note="分二期建设；一期今年已完成投资8.3亿元（年度完成额，非总投资）；预计今年内投入生产，形成828吨/日液态奶生产能力"),
  proj("中国自动化绿色精密铸锻产业园项目", None, D2, inv="这个项目总投资30亿元", status="在建", status_text="主体建设工程已完成封顶",
       note="项目名含“产业园”；所在园区文中未说；满负荷后年产40万件高端承压合金件"),
 ],
 aggregate_facts=[
  fact(NX, "region", "major_projects_listed", 80, "count", "今年年初,宁夏共安排重点建设项目80个", "2019年"),
  fact(NX, "region", "investment_completed_cny", 3.781e10, "cny", D3, AS4, kind="cumulative", chk=True),
  fact(NX, "region", "annual_plan_completion_ratio", 0.7427, "ratio", D3, AS4, kind="ratio", opt=True),
  fact(NX, "region", "projects_started", 79, "count", D4, "2019年10月11日", kind="cumulative"),
  fact(NX, "region", "projects_start_ratio", 0.9875, "ratio", D4, "2019年10月11日", kind="ratio", opt=True),
  fact(NX, "region", "industrial_projects_investment_completed_cny", 1.653e10, "cny", "39个工业项目全部开工建设,完成投资165.3亿元", AS4, kind="cumulative", chk=True, opt=True),
  fact("伊利乳制品绿色智能制造项目", "project", "investment_completed_cny", 8.3e8, "cny", "截至目前一期项目已完成年度投资8.3亿元", "2019年（截至10月11日）", kind="cumulative", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- sp05 阿拉善高新区 沪蒙能源 (yf116 relay, 2021-02 inferred)
AL = "阿拉善高新区"
HM = "阿拉善盟沪蒙能源实业有限公司"
DH = "阿拉善盟东海新能源实业有限公司"
E0 = "1月12日,阿拉善盟沪蒙能源实业有限公司、阿拉善盟东海新能源实业有限公司在高新区举行高新新材料产业园项目采购、施工总承包合同签约仪式,签约总金额达35亿元"
E1 = "2020年4月10日,阿拉善高新区管委会与阿拉善盟沪蒙能源实业有限公司就新材料产业基地项目举行合作签约仪式,标志着又一项百亿元投资项目落户高新区"
E2 = "2020年4月29日,阿拉善盟沪蒙能源公司600万吨/年焦化项目一期工程拉开序幕。"
E3 = "本次合同内容包括一期300万吨/年焦化工程、40万吨/年甲醇、40万吨/年合成氨工程,工期289天。"
CT = "分别签订了高新新材料产业园项目采购、施工总承包和分包合同"
G["sp05"] = dict(
 article=art("（无标题）阿拉善盟行署与沪蒙能源签约；高新新材料产业园项目总承包合同签约35亿元（阿拉善高新区）", "yf116.cn 转载（原刊未注明；存段无标题、无日期行）", "2021-02（推定）", "month",
  "Unattributed relay of a league-level item, Inner Mongolia: an investor's timeline in a high-tech zone — a cooperation agreement with the league government, the EPC and subcontract signing for a new-materials park project (35亿元), the phase-1 contract's scope, a coking project's phase 1 started, the zone's signing of a new-materials base project",
  "http://yf116.cn/jishuwang/xinwen_mhg_xx.asp?id=204955",
  "存段无标题、无日期行（title 为编者概括）。日期推定：文中事件按倒序排列，“2020年12月15日”之前为“1月12日”“2月4日”，故后两者为2021年，发表不早于2021年2月4日，记2021-02（month，推定；见 SOURCES 不确定点与 Slips）。存段末行“高新新材料产业园项目位于阿拉善高新区巴音敖包工业园区,…预计总投资220亿元,分三期建设…活性炭”在句中中断，整行未收（总投资220亿元与巴音敖包工业园区因此不在文中）；正文六段，截至“…落户高新区”（原文此句无句号）。园区：阿拉善高新区（阿拉善盟，内蒙古；文中又作“高新区”）。公司：阿拉善盟沪蒙能源实业有限公司（文中又作“阿拉善沪蒙能源实业有限公司”“阿拉善盟沪蒙能源公司”）与阿拉善盟东海新能源实业有限公司为业主，在高新区；九家总承包/分包单位为可选公司（park null）。项目：高新新材料产业园项目——采购、施工总承包合同签约（35亿元为合同额，不作投资额；status 不记“签约”，见注）；新材料产业基地项目——2020年4月10日与高新区管委会合作签约、“百亿元投资项目落户高新区”→签约，“百亿元”为量级说法，不作投资额；600万吨/年焦化项目一期工程2020年4月29日“拉开序幕”→开工，园区文中未明说（推定高新区，记 null 并注明）。机构：阿拉善盟行政公署（与沪蒙能源签投资合作协议）、阿拉善高新区管委会（可选）。",
  "sp05"),
 parks=[
  park(AL, "阿拉善盟", "内蒙古", "高新区", E1, note="文中又作“高新区”"),
 ],
 companies=[
  comp(HM, AL, E1, aliases=["阿拉善沪蒙能源实业有限公司", "阿拉善盟沪蒙能源公司"], note="新材料产业基地项目签约落户高新区"),
  comp(DH, AL, E0, note="与沪蒙能源共同为高新新材料产业园项目发包方"),
  comp("中国化学赛鼎工程有限公司", None, "中国化学赛鼎工程有限公司", opt=True, note="总承包/分包单位"),
  comp("中国化学工程第六建设有限公司", None, "中国化学工程第六建设有限公司", opt=True, note="总承包/分包单位"),
  comp("重庆工业设备安装集团有限公司", None, "重庆工业设备安装集团有限公司", opt=True, note="总承包/分包单位"),
  comp("中国化学工程第十三建设有限公司", None, "中国化学工程第十三建设有限公司", opt=True, note="总承包/分包单位"),
  comp("陕西鼓风机(集团)有限公司", None, "陕西鼓风机(集团)有限公司", opt=True, note="总承包/分包单位"),
  comp("河南省中大工程监理有限公司", None, "河南省中大工程监理有限公司", opt=True, note="监理单位"),
  comp("聚光科技(杭州)股份有限公司", None, "聚光科技(杭州)股份有限公司", opt=True, note="总承包/分包单位"),
  comp("湖北黄冈华兴冶炼窑炉有限公司", None, "湖北黄冈华兴冶炼窑炉有限公司", opt=True, note="总承包/分包单位"),
  comp("湖北中兴窑炉工程有限责任公司", None, "湖北中兴窑炉工程有限责任公司", opt=True, note="总承包/分包单位"),
 ],
 institutions=[
  inst("阿拉善盟行政公署", "2月4日,阿拉善盟行政公署与阿拉善盟沪蒙能源实业有限公司举行投资合作协议签约仪式", opt=False, note="与沪蒙能源签投资合作协议"),
  inst("阿拉善高新区管委会", E1, park=AL, note="园区管理机构"),
 ],
 projects=[
  proj("高新新材料产业园项目", AL, E0, companies=[HM, DH], note="35亿元为采购、施工总承包合同签约总金额，不是项目投资额；合同签约仪式在高新区举行；2020年12月15日一期施工合同（300万吨/年焦化、40万吨/年甲醇、40万吨/年合成氨，工期289天）"),
  proj("新材料产业基地项目", AL, E1, companies=[HM], status="签约", status_text="举行合作签约仪式", note="“又一项百亿元投资项目落户高新区”：百亿元为量级说法，不作投资额；可能与高新新材料产业园项目为同一项目（文中未明说）"),
  proj("600万吨/年焦化项目", None, E2, companies=[HM], phase="一期", status="开工", status_text="一期工程拉开序幕", note="园区文中未明说（推定在阿拉善高新区）"),
 ],
 aggregate_facts=[
  fact("高新新材料产业园项目", "project", "contract_value_cny", 3.5e9, "cny", E0, "2021年1月12日", chk=True, opt=True, note="采购、施工总承包合同签约总金额"),
 ])

# ---------------------------------------------------------------- sp06 金山高新区 新能源汽车制造项目 (xinnengyuan100 2021 repost of a 2016 item)
JS = "金山高新区"
PJ = "呼和浩特市金山高新区新能源汽车制造项目"
F0 = "2016年5月116日,计划总投资约200亿元的内蒙古自治区呼和浩特市金山高新区新能源汽车制造项目“上马”,当天举行了集中开工仪式。"
F1 = "该项目占地2605亩、计划总投资约200亿元,其中基础设施、厂房投资35亿元,设计建筑面积102.7万平方米,拟入驻规模以上工业企业20家以上。"
F2 = "目前集中开工的6个项目是首期落户的项目,计划于2017年1月实现部分产能投产,预计当年产值可达100亿元左右,提供就业岗位6千余个。"
G["sp06"] = dict(
 article=art("呼和浩特新能源汽车制造项目“上马”总投资200亿元", "xinnengyuan100.com（汽车快讯；来源:互联网）", "2021-04-21", "day",
  "Sector news site reposting a 2016 report, Inner Mongolia: a 20-billion new-energy-vehicle manufacturing project in a high-tech zone starts — its land, total and infrastructure investment, firms to enter, expected output and jobs, six first-phase projects started with a production target",
  "https://xinnengyuan100.com/article/148456.html",
  "日期取页面“2021-04-21 06:58:47 来源:互联网”；所记事件在2016年5月（原文“2016年5月116日”，疑为16日之误，照录）。此页为转载，原刊未注明。标题照录；导航“首页/汽车快讯/正文”、时间来源行及页尾“相关文章/热门排行/编辑推荐/扫一扫…”已删。正文五段，完整。园区：金山高新区（呼和浩特市土左旗，内蒙古；文中“呼和浩特市金山高新区”）。项目：呼和浩特市金山高新区新能源汽车制造项目，计划总投资约200亿元（约），集中开工→开工；首期6个项目集中开工（未具名），计划2017年1月部分投产。事实：项目占地2605亩、基础设施厂房投资35亿元、年产值预计500亿元、就业3万个（target）；首期6个项目开工、2017年预计产值100亿元左右（target）。",
  "sp06"),
 parks=[
  park(JS, "呼和浩特", "内蒙古", "高新区", F0, district="土默特左旗", note="文中作“呼和浩特市金山高新区”；项目属土左旗"),
 ],
 projects=[
  proj(PJ, JS, F0, inv="计划总投资约200亿元", qual="约", qual_text="约", status="开工", status_text="举行了集中开工仪式",
       aliases=["新能源汽车制造项目"], note="2015年引进；PPP模式，分三期；首期6个项目集中开工，计划2017年1月部分产能投产"),
 ],
 aggregate_facts=[
  fact(PJ, "project", "land_area_mu", 2605, "mu", F1, "2016年5月（规划）", opt=True),
  fact(PJ, "project", "infrastructure_investment_cny", 3.5e9, "cny", "其中基础设施、厂房投资35亿元", "2016年5月（计划）", kind="target", chk=True, opt=True),
  fact(PJ, "project", "expected_annual_output_cny", 5e10, "cny", "年产值预计可达500亿元", "建成后（预计）", kind="target", chk=True),
  fact(PJ, "project", "expected_jobs", 30000, "persons", "提供就业岗位3万个", "建成后（预计）", kind="target", opt=True),
  fact(PJ, "project", "projects_started", 6, "count", F2, "2016年5月（集中开工）", note="首期落户的6个项目"),
  fact(PJ, "project", "expected_annual_output_cny", 1e10, "cny", "预计当年产值可达100亿元左右", "2017年（预计）", kind="target", qual="约", qtext="左右", chk=True, opt=True, note="首期6个项目"),
 ])
