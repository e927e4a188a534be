# real407 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt from real52's build_all.py, unchanged).
# Angle: 乡镇工业集中区 / 镇级工业园 / 工业集聚区 at town and township level. Conventions as real52: evidence verbatim (all six
# items simplified script as published); names as written; 超过/过 → 超, 多 → 余, 约 → 约 (qualifier_text keeps the word).
# Yuan in investment_cny / *_cny facts (chk=True asserts the first amount of the evidence). An amount not written as
# digits+万元/亿元 (“1.1亿”, “1.2亿多元”) stays in investment_text with investment_cny null, or in a fact whose metric does not
# end in _cny. Projects: the park the text places the project in, null where only a town or county is named (a town or county
# is a region, not a park). Status from the text's words (正在加快建设 / 加快推动…建设 → 在建; 开工 / 正式启动 → 开工;
# 签约 → 签约; “将…签约” → planned). Sources are `search` (corpus pages) excerpts typed into _raw/pages/mpNN.raw as returned.

# ---------------------------------------------------------------- mp01 珊瑚镇 工业集聚区 (taixing.cn 2009)
SH = "珊瑚工业集聚区"
A1 = "9月9日,记者在珊瑚工业集聚区看到,投资4000万元的汽车制动器项目正在加快建设厂房,这个项目6月份签约,上个月开工建设,11月份将竣工投产,成为珊瑚镇今年实施进度最快的项目"
A2 = "与此同时,投资5000万元的久保联实业有限公司两幢厂房已经建成,部分设备开始投入生产,二期工程即将开工建设"
A3 = "珊瑚镇镇长肖强华介绍,今年珊瑚镇在建项目投资过5000万元的有3个,经洽会上的签约项目投资也将超过1亿元,为来年的经济增长奠定了基础"
A4 = "今年经贸科技洽谈会上,他们将与上海新沪玻璃公司签约落实电弧坩埚项目,这个项目总投资超过1亿元"
G["mp01"] = dict(
 article=art("（无标题）珊瑚镇工业集聚区项目建设", "泰兴网 www.taixing.cn（“泰兴新闻”栏；存段无署名）", "2009-09-10", "day",
  "County-city news portal, Jiangsu: a town's industrial cluster zone — a project signed, started and due in production, a firm's plant built and partly producing, the town's projects under construction and a signing to come",
  "http://www.taixing.cn/html/news/taixing/2009/0910/16839.html",
  "日期取网址 2009/0910；文中“9月9日”为记者采访日。存段无标题、无日期行（title 为编者概括）。存段为一行，段间以“。 ”（句号加一空格）分隔，按此分为四段（make_txt.py SPLIT）；行末表格竖线“ |”已删。正文完整。园区：珊瑚工业集聚区（珊瑚镇；文中未写县市，泰兴市、泰州市由来源网站推定）。项目：汽车制动器项目（投资4000万元；6月签约、上月开工、11月将竣工投产 → 在建）；久保联实业有限公司（投资5000万元，厂房建成、部分设备投产、二期即将开工；无项目名，项目条目可选）；电弧坩埚项目（将在经贸科技洽谈会上与上海新沪玻璃公司签约，总投资超过1亿元 → planned；园区未说，null）。事实：珊瑚镇在建5000万元以上项目3个；经洽会签约项目投资“也将超过1亿元”（target）。",
  "mp01"),
 parks=[
  park(SH, "泰州", "江苏", "工业集聚区", A1, district="泰兴市", note="镇级集聚区（珊瑚镇）；县市由来源网站推定，文中未写"),
 ],
 companies=[
  comp("久保联实业有限公司", SH, A2, note="园区由语境推定（记者在集聚区所见）"),
  comp("上海新沪玻璃公司", None, A4, note="将签约的投资方，园区未说"),
 ],
 projects=[
  proj("汽车制动器项目", SH, A1, inv="投资4000万元", status="在建", status_text="正在加快建设厂房",
       note="2009年6月签约、8月开工，计划11月竣工投产"),
  proj("久保联实业有限公司", SH, A2, companies=["久保联实业有限公司"], inv="投资5000万元", status="在建", status_alt="投产",
       status_text="两幢厂房已经建成,部分设备开始投入生产", opt=True, note="无项目名，以企业名作项目名；二期工程即将开工"),
  proj("电弧坩埚项目", None, A4, companies=["上海新沪玻璃公司"], inv="总投资超过1亿元", qual="超", qual_text="超过", status="planned",
       status_alt="签约", status_text="将与上海新沪玻璃公司签约落实", note="经贸科技洽谈会上将签约；园区未说"),
 ],
 aggregate_facts=[
  fact("珊瑚镇", "region", "projects_under_construction_over_50m", 3, "count", A3, "2009年（截至9月）", qual="超", qtext="过",
       note="“在建项目投资过5000万元的有3个”：qualifier 属门槛，不属个数"),
  fact("珊瑚镇", "region", "signed_investment_cny", 1e8, "cny", "经洽会上的签约项目投资也将超过1亿元", "2009年经贸科技洽谈会（预计）",
       kind="target", qual="超", qtext="超过", chk=True),
 ])

# ---------------------------------------------------------------- mp02 蒙城 乡镇工业功能区 (亳州新报 2012)
SJ = "双涧镇工业功能区"
B1 = "近年来,亳州市计划在2010年至2012年,建设50个乡镇工业功能区,加快亳州市工业经济发展步伐"
B2 = "蒙城县按照市委、市政府的要求,并结合自身产业特色,一直在大力推进乡镇工业功能区建设,该县的8个乡镇工业功能区内"
B3 = "双涧镇工业功能区是亳州市乡镇示范工业功能区,规划面积2平方公里,一期启动区1000亩,功能区主导产业以化纤纺织、农副产品加工、服装制造为主"
B4 = "目前,该功能区已经入区并投产的有混凝土搅拌、鬃业企业、纸品制造、面粉公司等7家企业,它们的总投资达1.2亿多元"
B5 = "同时,该区还有9家企业正在加紧施工建设"
G["mp02"] = dict(
 article=art("乡镇工业春意浓", "亳州新报（本报记者 蒋海涛），载于 yybnet.net（蒙城新闻栏）", "2012-04-15", "day",
  "City paper relayed by a regional news portal, Anhui: a city's plan for 50 township industrial zones, a county's eight zones, and one town zone visited — area, first phase, leading industries, firms in production with their total investment, firms building",
  "https://www.yybnet.net/bozhou/mengcheng/201204/514876.html",
  "日期取页面“来源:亳州新报 2012-04-15 17:16”；文中“4月10日下午”为采访日。标题照录，同行的署名“□本报记者 蒋海涛”已删（make_txt.py HEAD_SUFFIX）；栏目导航、来源行与图片说明一行（“东升公司屠宰车间金源化工厂生产厂区通孚礼品公司华洋纺织车间”）已删，所以图片说明中的企业不列。“建设现场如火如荼”为小标题，作一段保留。**截断**：存段末段“为了帮助小微企业和返乡创业者发”在句中中断，整段删去；正文截至“…工人李师傅说。”。园区：双涧镇工业功能区（蒙城县，亳州市，安徽；亳州市乡镇示范工业功能区）。入区企业只按行业写（混凝土搅拌、鬃业企业、纸品制造、面粉公司），不列公司。事实：亳州市2010—2012年计划建50个乡镇工业功能区（target）；蒙城县8个；双涧镇功能区规划2平方公里、一期1000亩、投产企业7家（总投资“1.2亿多元”，非“数字+亿元”格式，记于不以 _cny 结尾的指标）、在建企业9家。",
  "mp02"),
 parks=[
  park(SJ, "亳州", "安徽", "乡镇工业功能区", B3, district="蒙城县", note="文中又作“该功能区”“该区”；亳州市乡镇示范工业功能区"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact("亳州市", "region", "township_industrial_zones_planned", 50, "count", B1, "2010年至2012年（计划）", kind="target"),
  fact("蒙城县", "region", "township_industrial_zones", 8, "count", B2, "2012年4月"),
  fact(SJ, "park", "planned_area_km2", 2, "km2", B3, "2012年4月"),
  fact(SJ, "park", "first_phase_area_mu", 1000, "mu", B3, "2012年4月", opt=True, note="一期启动区"),
  fact(SJ, "park", "firms_in_production", 7, "count", B4, "2012年4月"),
  fact(SJ, "park", "firms_in_production_total_investment", 1.2e8, "cny", B4, "2012年4月", qual="余", qtext="多", opt=True,
       note="“1.2亿多元”：多在亿与元之间，非“数字+亿元”格式，指标名不以 _cny 结尾"),
  fact(SJ, "park", "firms_under_construction", 9, "count", B5, "2012年4月"),
 ])

# ---------------------------------------------------------------- mp03 龙港曙光工业园 (龙港网 2012)
SG = "龙港曙光工业园"
YS = "龙港印刷礼品标准工业园"
C1 = "近日,记者从龙港曙光工业园管委会了解到,园区内26幢厂房中已全部结顶,目前已有多家企业入驻开始装修,园区配套的道路、电网建设也在有序推进之中"
C2 = "据了解,目前,曙光工业园内26幢厂房已全部结顶,有两家企业进园开始生产"
C3 = "据了解,曙光工业园和新雅印刷工业园、印刷标准工业园统称为龙港印刷礼品标准工业园,总占地面积746.2亩,以标准厂房模式建设,主要生产高档印刷品及礼品"
C4 = "全面投产后预计年产值可达48.2亿元,约占全镇工业总产值的五分之一"
G["mp03"] = dict(
 article=art("（无标题）龙港曙光工业园26幢厂房全部结顶", "龙港网 cnlg.cn（“龙港网6月26日讯”；存段无署名）", "2012-06-26", "day",
  "Town news portal, Zhejiang: a town's standard-factory park — buildings topped out, firms fitting out, two in production, the umbrella park's area and expected output",
  "http://m.cnlg.cn/news/20120626/42796.htm",
  "日期取网址 20120626 与导语“龙港网6月26日讯”。存段无标题、无日期行（title 为编者概括）。正文三段，完整。园区：龙港曙光工业园（文中又作“曙光工业园”；龙港镇，当时属温州市苍南县，浙江——县市文中未写，由龙港推定）；与新雅印刷工业园、印刷标准工业园“统称为”龙港印刷礼品标准工业园（母园区；两个兄弟园区列可选）。管委会列可选机构。事实：曙光工业园26幢厂房全部结顶、两家企业开始生产；龙港印刷礼品标准工业园总占地746.2亩、全面投产后预计年产值48.2亿元（target）、约占全镇工业总产值五分之一（ratio 0.2，约，可选）。",
  "mp03"),
 parks=[
  park(SG, "温州", "浙江", "工业园", C1, district="苍南县", parent=YS, aliases=["曙光工业园"],
       note="龙港镇（2012年属苍南县；县市由龙港推定）；标准厂房园区"),
  park(YS, "温州", "浙江", "工业园", C3, district="苍南县", note="曙光工业园、新雅印刷工业园、印刷标准工业园的统称"),
  park("新雅印刷工业园", "温州", "浙江", "工业园", C3, district="苍南县", parent=YS, opt=True),
  park("印刷标准工业园", "温州", "浙江", "工业园", C3, district="苍南县", parent=YS, opt=True),
 ],
 companies=[],
 institutions=[
  inst("龙港曙光工业园管委会", C1, park=SG),
 ],
 projects=[],
 aggregate_facts=[
  fact(SG, "park", "factory_buildings_topped_out", 26, "count", C2, "2012年6月"),
  fact(SG, "park", "firms_in_production", 2, "count", C2, "2012年6月", note="“两家企业”"),
  fact(YS, "park", "area_mu", 746.2, "mu", C3, "2012年6月"),
  fact(YS, "park", "expected_annual_output_cny", 4.82e9, "cny", C4, "全面投产后（预计）", kind="target", chk=True),
  fact(YS, "park", "share_of_town_industrial_output", 0.2, "ratio", C4, "全面投产后（预计）", kind="ratio", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- mp04 镇安工业集中区 (陕西工人报 2012)
ZA = "镇安工业集中区"
D1 = "本报讯 今年以来,镇安工业集中区管委会以“建设、管理、协调、服务”为主抓手,积极探索县域工业发展之路,努力推动集中区又好又快发展"
D2 = "在努力促进入区企业实现满负荷生产下,继续加快推动富兴鞋材、景虹塑编等项目二期工程建设"
D3 = "该县加快新入园企业盛华茶叶项目建设,尽早实现当年建设当年投产"
D4 = "项目招商工作取得一定进展,投资1.1亿世纪开元板栗深加工项目已完成项目选址和前期策划、设计等工作,并已于日前在西洽会成功签约"
D5 = "在一期公租房四栋252套面积10123平方米主体完成60%的情况,又启动二期公租房84套面积4000平方米的建设"
G["mp04"] = dict(
 article=art("（无标题）镇安工业集中区项目建设", "陕西工人报（szb.sxworker.com 数字报；署名 高波）", "2012-07-06", "day",
  "Provincial workers' paper, Shaanxi: a county industrial concentration zone — second phases of two firms' projects, a new firm's project, a chestnut-processing project signed, public rental housing for workers",
  "http://szb.sxworker.com/m/content/2012-07/06/159912.html",
  "日期取网址 2012-07/06。存段无标题（title 为编者概括）。正文两段，完整，署名“(高波)”在末段末，保留。园区：镇安工业集中区（镇安县，商洛市，陕西；县级集中区——本集取镇级园区角度，此条为县域工业集中区，见 SOURCES）。管委会列可选机构。项目：富兴鞋材、景虹塑编二期工程（在建；无金额）；盛华茶叶项目（新入园企业，在建）；世纪开元板栗深加工项目（“投资1.1亿”无“元”字，investment_cny 为 null；西洽会签约；园区由语境推定为集中区）；一期公租房（主体完成60%，在建，可选）、二期公租房（启动建设 → 开工，可选）。",
  "mp04"),
 parks=[
  park(ZA, "商洛", "陕西", "工业集中区", D1, district="镇安县", note="文中又作“集中区”；县级"),
 ],
 companies=[
  comp("富兴鞋材", ZA, D2, opt=True, note="只在项目名中；入区企业"),
  comp("景虹塑编", ZA, D2, opt=True, note="只在项目名中；入区企业"),
  comp("盛华茶叶", ZA, D3, opt=True, note="新入园企业；只在项目名中"),
 ],
 institutions=[
  inst("镇安工业集中区管委会", D1, park=ZA),
 ],
 projects=[
  proj("富兴鞋材二期工程", ZA, D2, companies=["富兴鞋材"], phase="二期", status="在建", status_text="继续加快推动", aliases=["富兴鞋材"],
       note="文中“富兴鞋材、景虹塑编等项目二期工程建设”"),
  proj("景虹塑编二期工程", ZA, D2, companies=["景虹塑编"], phase="二期", status="在建", status_text="继续加快推动", aliases=["景虹塑编"]),
  proj("盛华茶叶项目", ZA, D3, companies=["盛华茶叶"], status="在建", status_text="加快", note="新入园企业；力争当年投产"),
  proj("世纪开元板栗深加工项目", ZA, D4, inv="投资1.1亿", unparsed=True, status="签约", status_text="在西洽会成功签约",
       note="“1.1亿”无“元”字，investment_cny 为 null；已完成选址和前期策划、设计；园区由语境推定"),
  proj("一期公租房", ZA, D5, phase="一期", status="在建", status_text="主体完成60%", opt=True, note="四栋252套，10123平方米；集中区职工住宿"),
  proj("二期公租房", ZA, D5, phase="二期", status="开工", status_text="又启动", opt=True, note="84套，4000平方米"),
 ],
 aggregate_facts=[
  fact("一期公租房", "project", "floor_area_m2", 10123, "m2", D5, "2012年7月", opt=True),
 ])

# ---------------------------------------------------------------- mp05 镇坪县 重点项目集中开工 (安康市发改委 2021)
E1 = "本次集中开工的镇坪县环卫设备制造园区、边贸物流园、水务产业孵化园、富硒产品加工厂、田园康养苑、老旧小区改造配套基础设施等36个重点项目,其中民生项目5个、产业项目17个、城建项目3个、基础设施项目11个,总投资20.2亿元,年度计划投资7.5亿元"
E0 = "5月20日,镇坪县举行2021年第二季度重点项目集中开工现场会"
AS5 = "2021年5月20日（集中开工）"
G["mp05"] = dict(
 article=art("（无标题）镇坪县2021年第二季度重点项目集中开工", "安康市发展和改革委员会网站 fgw.ankang.gov.cn（存段无署名、无来源行）", "2021-05", "month",
  "City development-and-reform commission site, Shaanxi: a county's quarterly groundbreaking — 36 projects including an equipment-making park, a trade-logistics park and an incubator park, with counts by type, total and planned annual investment",
  "https://fgw.ankang.gov.cn/Content-2258224.html",
  "存段无标题、无日期行；开工现场会在2021年5月20日，发布日期只知到月（2021-05）。正文两段，完整。镇坪县为县（安康市，陕西），不是园区。点名项目六个：镇坪县环卫设备制造园区、边贸物流园、水务产业孵化园（园区建设类项目，另列为可选园区）、富硒产品加工厂、田园康养苑、老旧小区改造配套基础设施，均“集中开工”→开工，园区 null，无单项金额。事实：36个项目、分类个数、总投资20.2亿元、年度计划投资7.5亿元（target）。与会县领导不列。",
  "mp05"),
 parks=[
  park("镇坪县环卫设备制造园区", "安康", "陕西", "园区", E1, district="镇坪县", opt=True, note="作为开工项目出现"),
  park("边贸物流园", "安康", "陕西", "物流园", E1, district="镇坪县", opt=True, note="作为开工项目出现"),
  park("水务产业孵化园", "安康", "陕西", "孵化园", E1, district="镇坪县", opt=True, note="作为开工项目出现"),
 ],
 companies=[],
 projects=[
  proj("镇坪县环卫设备制造园区", None, E1, status="开工", status_text="集中开工", note="园区建设项目"),
  proj("边贸物流园", None, E1, status="开工", status_text="集中开工", note="园区建设项目"),
  proj("水务产业孵化园", None, E1, status="开工", status_text="集中开工", note="园区建设项目"),
  proj("富硒产品加工厂", None, E1, status="开工", status_text="集中开工"),
  proj("田园康养苑", None, E1, status="开工", status_text="集中开工"),
  proj("老旧小区改造配套基础设施", None, E1, status="开工", status_text="集中开工", opt=True, note="城建类"),
 ],
 aggregate_facts=[
  fact("镇坪县", "region", "projects_started", 36, "count", E1, AS5),
  fact("镇坪县", "region", "projects_started_investment_cny", 2.02e9, "cny", "总投资20.2亿元,年度计划投资7.5亿元", AS5, chk=True),
  fact("镇坪县", "region", "planned_annual_investment_cny", 7.5e8, "cny", "年度计划投资7.5亿元", "2021年（计划）", kind="target", chk=True),
  fact("镇坪县", "region", "industrial_projects_started", 17, "count", E1, AS5, opt=True),
  fact("镇坪县", "region", "livelihood_projects_started", 5, "count", E1, AS5, opt=True),
  fact("镇坪县", "region", "urban_construction_projects_started", 3, "count", E1, AS5, opt=True),
  fact("镇坪县", "region", "infrastructure_projects_started", 11, "count", E1, AS5, opt=True),
 ])

# ---------------------------------------------------------------- mp06 寨里镇小寺州村工业园二期 (东南网 2022)
XS = "小寺州村工业园"
F1 = "东南网7月7日讯(通讯员 元喆翰)7月5日,在一阵机器的轰鸣声中,光泽县寨里镇小寺州村工业园二期工程的建设正式启动"
F2 = "据园区负责人介绍,此次建设厂房占地面积约2304平方,规划建设2栋钢架结构的现代化厂房,能够容纳2条常规加工生产线"
F3 = "随着二期工程的落实,小寺州工业园将继续扩大规模,厂房总面积将达到8000平方米"
G["mp06"] = dict(
 article=art("光泽县寨里镇小寺州食品厂二期厂房建设开始动工", "东南网（通讯员 元喆翰；责任编辑 肖练冰），载于 m.folksfolks.com（东南网南平频道页面的镜像）", "2022-07-07", "day",
  "Provincial news portal's county channel, Fujian: a village industrial park in a town starts its second phase — floor area, buildings, schedule, firms' demand, total floor area after expansion",
  "https://m.folksfolks.com/np/2022-07/07/content_31079624.htm",
  "日期取页面“2022-07-07 18:14:38 来源:东南网”。标题照录；导航、日期来源行、“分享到:”及页尾“打印 | 收藏…”“心情版”“更多>>视频现场”已删。正文三段，完整。页面在 folksfolks.com 域名下，路径与版式同东南网南平频道（镜像，简体，未转换）。园区：小寺州村工业园（文中又作“小寺州工业园”“工业园”；寨里镇小寺州村，光泽县，南平市，福建；村级工业园）。标题的“小寺州食品厂”只见于标题，列可选公司。项目：小寺州村工业园二期工程（7月5日建设正式启动 → 开工；计划11月建成投用；无金额）。事实：二期厂房占地约2304平方（原文无“米”）、2栋厂房（可选）；扩建后厂房总面积8000平方米（target）。",
  "mp06"),
 parks=[
  park(XS, "南平", "福建", "村级工业园", F1, district="光泽县", aliases=["小寺州工业园"], note="寨里镇小寺州村"),
 ],
 companies=[
  comp("小寺州食品厂", XS, "光泽县寨里镇小寺州食品厂二期厂房建设开始动工", opt=True, note="只见于标题"),
 ],
 projects=[
  proj("小寺州村工业园二期工程", XS, F1, phase="二期", status="开工", status_text="建设正式启动", aliases=["工业园二期"],
       note="2022年7月5日启动，工期约3个月，预计11月建成投用"),
 ],
 aggregate_facts=[
  fact("小寺州村工业园二期工程", "project", "factory_land_area_m2", 2304, "m2", F2, "2022年7月", qual="约", qtext="约", opt=True,
       note="原文“约2304平方”"),
  fact("小寺州村工业园二期工程", "project", "factory_buildings", 2, "count", F2, "2022年7月", opt=True),
  fact(XS, "park", "total_factory_floor_area_m2", 8000, "m2", F3, "二期建成后（预计）", kind="target"),
 ])
