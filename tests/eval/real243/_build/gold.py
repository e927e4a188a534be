# real243 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a county, district or city is not a park). Status from the text's
# words (开工 / 集中开工 → 开工; 签约 → 签约; 开工后在建、设备调试 → 在建). Planned annual investment (年度计划投资 / 年计划投资)
# is kind target with “（计划）” in as_of. City / district figures have subject_type region. Sources are `search` (corpus
# pages) excerpts typed into _raw/pages/shNN.raw as returned.

# ---------------------------------------------------------------- sh01 汉中经济开发区(西安)招商推介会 (2016)
HZ = "汉中经济开发区"
A0 = "为进一步展示汉中经济开发区良好的投资环境与主导产业发展现状"
A1 = "会上,重点展示了航空配套产业园、装备制造产业园、陕南现代中药产业园、绿色食品工业基地四大园区及总投资251.88亿元的重大招商项目"
A2 = ("陕西省卫生产业监督协会、陕西健驰生物药业有限公司、陕西石羊集团股份有限公司、西安铁狮众创空间有限公司、九冶建设有限公司、"
      "西安西驰电气股份有限公司、宏大建设集团有限公司、中国城市建设研究院有限公司西安分院、西安万德机床有限公司等27家企业40余位客商参加")
A3 = "汉中珑津木本油业有限公司文化顾问张振国和陕西省卫生产业监督协会杨明会长先后发言,就食品医药和健康养老产业发展表达了合作意愿"
G["sh01"] = dict(
 article=art("（无标题）汉中经济开发区(西安)招商推介会", "xichidianqi.gongboshi.com（工博士网上的企业站，站名看来指西驰电气；原发单位未注明，文出汉中经开区方面）", "2016-05", "month",
  "Company sub-site on an industrial portal relaying a zone's own news item, Shaanxi: a national-level economic development zone's investment-promotion meeting in Xi'an during the 2016 Silk Road Expo — four sub-parks shown, total of the major projects offered, 27 visiting firms named",
  "http://xichidianqi.gongboshi.com/news/index.php?itemid=128310",
  "存段无标题、无日期行（title 为编者概括）。推介会在“2016丝博会暨第20届西洽会”期间的5月14日举行，发布日期只知年月（2016-05或稍后）。正文三段，照录；存段末句“…深入对接项目”无句号，可能在此截断（或原文即无标点），未改。园区：汉中经济开发区（文中又作“汉中经开区”“经开区”“开发区”；汉中市，陕西）；“四大园区”航空配套产业园、装备制造产业园、陕南现代中药产业园、绿色食品工业基地列为其下属园区。无具名项目；“总投资251.88亿元的重大招商项目”是推介的招商项目合计（事实，kind reported，可争议）。参会的27家企业是客商，不在园区内：列为可选公司，park null；汉中珑津木本油业有限公司表达合作意愿，同为可选。陕西省卫生产业监督协会、开发区招商局、经开公司为可选机构。",
  "sh01"),
 parks=[
  park(HZ, "汉中", "陕西", "经济开发区", A0, aliases=["汉中经开区"], note="文中又作“经开区”“开发区”"),
  park("航空配套产业园", "汉中", "陕西", "产业园", A1, parent=HZ, note="经开区“四大园区”之一"),
  park("装备制造产业园", "汉中", "陕西", "产业园", A1, parent=HZ, note="经开区“四大园区”之一"),
  park("陕南现代中药产业园", "汉中", "陕西", "产业园", A1, parent=HZ, note="经开区“四大园区”之一"),
  park("绿色食品工业基地", "汉中", "陕西", "工业基地", A1, parent=HZ, note="经开区“四大园区”之一"),
 ],
 companies=[
  comp("陕西健驰生物药业有限公司", None, A2, opt=True, note="参会客商，不在园区"),
  comp("陕西石羊集团股份有限公司", None, A2, opt=True, note="参会客商"),
  comp("西安铁狮众创空间有限公司", None, A2, opt=True, note="参会客商"),
  comp("九冶建设有限公司", None, A2, opt=True, note="参会客商"),
  comp("西安西驰电气股份有限公司", None, A2, opt=True, note="参会客商；亦为转载网站的企业"),
  comp("宏大建设集团有限公司", None, A2, opt=True, note="参会客商"),
  comp("中国城市建设研究院有限公司西安分院", None, A2, opt=True, note="参会客商"),
  comp("西安万德机床有限公司", None, A2, opt=True, note="参会客商"),
  comp("汉中珑津木本油业有限公司", None, A3, opt=True, note="发言表达合作意愿；所在地未说"),
 ],
 institutions=[
  inst("陕西省卫生产业监督协会", A2, kind="association", note="参会并发言"),
  inst("开发区招商局", "党工委委员、管委会副主任赵红斌及开发区招商局、经开公司等部门参加推介会", park=HZ, note="汉中经开区招商局"),
  inst("经开公司", "党工委委员、管委会副主任赵红斌及开发区招商局、经开公司等部门参加推介会", kind="enterprise", park=HZ, note="开发区平台公司（简称）"),
 ],
 projects=[],
 aggregate_facts=[
  fact(HZ, "park", "promoted_projects_investment_cny", 2.5188e10, "cny", "总投资251.88亿元的重大招商项目", "2016-05-14（推介会）", chk=True,
       note="推介的重大招商项目总投资（招商项目，不是已签约或在建）"),
  fact(HZ, "park", "sub_parks", 4, "count", A1, "2016-05", opt=True, note="“四大园区”"),
  fact(HZ, "park", "visiting_firms", 27, "count", "27家企业40余位客商参加", "2016-05-14（推介会）", opt=True, note="参会企业数，非园区企业"),
 ])

# ---------------------------------------------------------------- sh02 西安高新区丝博会首场签约38个项目 (阳光报 2017)
XG = "西安高新区"
B0 = "西安高新区共有38个项目完成首秀,投资总额超过400亿元"
B1 = "外资项目有:法国亚创集团研发中心项目、奇柯集团“奇科城—欧洲中心项目”、美国空气化工公司第二套空气分离装置项目等"
B2 = "民资项目有:投资5亿元的深圳海王陕西省医疗器械综合性服务平台项目、投资60亿元的“苏宁西北商业管理总部及高新商业综合体”项目等"
B2a = "投资5亿元的深圳海王陕西省医疗器械综合性服务平台项目"
B2b = "投资60亿元的“苏宁西北商业管理总部及高新商业综合体”项目"
B3 = "央资和内资项目有:中国建筑股份有限公司投资的高新区三次创业起步区综合开发及配套项目、中信建设有限责任公司投资的“中信建设—高新区百亿强基工程”项目等"
B4 = "中新控股有限公司投资3亿元在高新区设立投资管理公司"
B5 = "中民新能投资集团有限公司和协鑫新能源控股有限公司投资30亿元设立新能源管理总部平台公司"
AS2 = "2017-06-03（西洽会签约专场）"
G["sh02"] = dict(
 article=art("西安高新区丝博会首场签约38个项目", "阳光报（记者 杨涛），载于 m.yybnet.net", "2017-06-05", "day",
  "City paper relayed by a local-news site, Shaanxi: a national high-tech zone's signing session at the 2017 Silk Road Expo — 38 projects, named foreign, private, central-state and finance projects with their investors and two amounts",
  "https://m.yybnet.net/xian/news/201706/6169699.html",
  "日期取页面“阳光报 2017-06-05 04:10”；签约在6月3日。标题照录；网站口号“看家乡事,品故乡情”、日期行与“新闻推荐”以下他文已删。正文四段，完整。园区：西安高新区（西安市，陕西；文中又作“高新区”）。项目（均为6月3日签约→签约，园区西安高新区）：法国亚创集团研发中心项目、奇柯集团“奇科城—欧洲中心项目”、美国空气化工公司第二套空气分离装置项目、深圳海王陕西省医疗器械综合性服务平台项目（投资5亿元）、“苏宁西北商业管理总部及高新商业综合体”项目（投资60亿元）、高新区三次创业起步区综合开发及配套项目（中国建筑股份有限公司）、“中信建设—高新区百亿强基工程”项目（中信建设有限责任公司）。“科技金融项目”两项——中新控股有限公司投资3亿元设投资管理公司、中民新能与协鑫新能源投资30亿元设新能源管理总部平台公司——无项目名，按所设公司记为可选项目。投资方企业列为公司，园区西安高新区（签约落户该区）；“苏宁”只在项目名中，未另列；高科集团为高新区平台企业（可选）。事实：38个项目、投资总额超过400亿元（超）。",
  "sh02"),
 parks=[
  park(XG, "西安", "陕西", "高新区", B0, note="文中又作“高新区”；国家级高新区（文中未明说级别）"),
 ],
 companies=[
  comp("法国亚创集团", XG, B1, note="外资项目投资方"),
  comp("奇柯集团", XG, B1, note="外资项目投资方"),
  comp("美国空气化工公司", XG, B1, note="外资项目投资方"),
  comp("深圳海王", XG, B2a, opt=True, note="只在项目名中（民资项目）"),
  comp("中国建筑股份有限公司", XG, B3),
  comp("中信建设有限责任公司", XG, B3),
  comp("中新控股有限公司", XG, B4),
  comp("中民新能投资集团有限公司", XG, B5),
  comp("协鑫新能源控股有限公司", XG, B5),
  comp("高科集团", XG, "高新区管委会及高科集团相关负责人及区内重点企业代表出席签约仪式", opt=True, note="高新区平台企业（简称）"),
 ],
 institutions=[
  inst("高新区管委会", "高新区管委会及高科集团相关负责人及区内重点企业代表出席签约仪式", park=XG),
 ],
 projects=[
  proj("法国亚创集团研发中心项目", XG, B1, companies=["法国亚创集团"], status="签约", status_text="签约"),
  proj("奇科城—欧洲中心项目", XG, B1, companies=["奇柯集团"], status="签约", status_text="签约", aliases=["奇柯集团“奇科城—欧洲中心项目”"],
       note="文中企业作“奇柯”、项目作“奇科城”，照录"),
  proj("美国空气化工公司第二套空气分离装置项目", XG, B1, companies=["美国空气化工公司"], status="签约", status_text="签约", phase="第二套"),
  proj("深圳海王陕西省医疗器械综合性服务平台项目", XG, B2a, companies=["深圳海王"], inv="投资5亿元", status="签约", status_text="签约"),
  proj("苏宁西北商业管理总部及高新商业综合体", XG, B2b, inv="投资60亿元", status="签约", status_text="签约", note="投资方只在项目名中（苏宁）"),
  proj("高新区三次创业起步区综合开发及配套项目", XG, B3, companies=["中国建筑股份有限公司"], status="签约", status_text="签约"),
  proj("中信建设—高新区百亿强基工程", XG, B3, companies=["中信建设有限责任公司"], status="签约", status_text="签约",
       note="“百亿”为工程名的一部分，不作投资额"),
  proj("投资管理公司", XG, B4, companies=["中新控股有限公司"], inv="投资3亿元", status="签约", status_text="签约", opt=True,
       note="科技金融项目，无项目名；按所设公司记"),
  proj("新能源管理总部平台公司", XG, B5, companies=["中民新能投资集团有限公司", "协鑫新能源控股有限公司"], inv="投资30亿元", status="签约", status_text="签约", opt=True,
       note="科技金融项目，无项目名；按所设公司记"),
 ],
 aggregate_facts=[
  fact(XG, "park", "projects_signed", 38, "count", B0, AS2),
  fact(XG, "park", "signed_investment_cny", 4e10, "cny", "投资总额超过400亿元", AS2, qual="超", qtext="超过", chk=True),
 ])

# ---------------------------------------------------------------- sh03 西咸新区2017年第二批重点项目集中开工 (西咸新区管委会 2017)
XX = "西咸新区"
C0 = "9月4日上午,西安市2017年第三批扩大有效投资重大项目集中开工暨西咸新区2017年第二批重点项目集中开工仪式在西咸新区秦汉新城举行"
C1 = "本次西咸新区集中开工的项目共计53个,总投资300.6亿元,其中2017年计划投资55.67亿元"
AS3 = "2017-09-04（第二批集中开工）"
G["sh03"] = dict(
 article=art("西咸新区2017年第二批重点项目集中开工", "西咸新区管委会（作者 王鹏），载于 hnxjxq.rednet.cn（红网）", "2017-09-05", "day",
  "Zone administration's own item on a news portal, Shaanxi: a national-level new area's second 2017 batch of key projects started — count, total and planned investment, breakdown by category (infrastructure, industrial, livelihood, services)",
  "http://hnxjxq.rednet.cn/c/2017/09/05/4415808.htm",
  "日期取页面“来源:西咸新区管委会 作者:王鹏 编辑:刘艳芳 2017-09-05 11:13:19”；开工仪式在9月4日。标题照录；“当前位置:”、来源行、“时刻新闻”“—分享—”、两处图片占位（单独一个反斜杠）与两条图片说明已删。存段在末段“计划完成投资26.02亿”处中断：残缺金额已删（make_txt.py LINE_SUFFIX），正文止于“服务业项目17个,总投资208.62亿元,”（逗号照录）。园区：西咸新区（国家级新区，跨西安、咸阳，city 记西安；文中未说级别）；秦汉新城为西咸新区所属新城（仪式地点）。无具名项目。事实：本批53个项目、总投资300.6亿元、2017年计划投资55.67亿元（target）；四大类分项：基础设施15个/37.68亿元/计划18.26亿元，工业5个/11.03亿元/计划1.85亿元，民生16个/43.27亿元/计划9.54亿元，服务业17个/208.62亿元（其计划投资被截断，不记）；工业项目列为必选，其他分类可选。",
  "sh03"),
 parks=[
  park(XX, "西安", "陕西", "国家级新区", C1, note="跨西安、咸阳两市；文中又作“新区”"),
  park("秦汉新城", "咸阳", "陕西", "新城", C0, parent=XX, opt=True, note="西咸新区五新城之一；仪式地点"),
 ],
 companies=[],
 institutions=[
  inst("西咸新区改革创新发展局", "西咸新区改革创新发展局负责人首先介绍了开工项目的总体情况", park=XX),
 ],
 projects=[],
 aggregate_facts=[
  fact(XX, "park", "projects_started", 53, "count", C1, AS3),
  fact(XX, "park", "projects_started_investment_cny", 3.006e10, "cny", "总投资300.6亿元,其中2017年计划投资55.67亿元", AS3, chk=True),
  fact(XX, "park", "planned_annual_investment_cny", 5.567e9, "cny", "2017年计划投资55.67亿元", "2017年（计划；本批开工项目）", kind="target", chk=True),
  fact(XX, "park", "industrial_projects_started", 5, "count", "工业项目5个,总投资11.03亿元,计划完成投资1.85亿元", AS3),
  fact(XX, "park", "industrial_projects_started_investment_cny", 1.103e9, "cny", "总投资11.03亿元,计划完成投资1.85亿元", AS3, chk=True),
  fact(XX, "park", "industrial_projects_planned_investment_cny", 1.85e8, "cny", "计划完成投资1.85亿元", "2017年（计划；本批工业项目）", kind="target", opt=True, chk=True),
  fact(XX, "park", "infrastructure_projects_started", 15, "count", "基础设施建设项目15个,总投资37.68亿元", AS3, opt=True),
  fact(XX, "park", "infrastructure_projects_started_investment_cny", 3.768e9, "cny", "总投资37.68亿元,计划完成投资18.26亿元", AS3, opt=True, chk=True),
  fact(XX, "park", "livelihood_projects_started", 16, "count", "民生工程项目16个,总投资43.27亿元", AS3, opt=True),
  fact(XX, "park", "livelihood_projects_started_investment_cny", 4.327e9, "cny", "总投资43.27亿元,计划完成投资9.54亿元", AS3, opt=True, chk=True),
  fact(XX, "park", "service_projects_started", 17, "count", "服务业项目17个,总投资208.62亿元", AS3, opt=True),
  fact(XX, "park", "service_projects_started_investment_cny", 2.0862e10, "cny", "总投资208.62亿元,", AS3, opt=True, chk=True),
 ])

# ---------------------------------------------------------------- sh04 2017年度综合观摩活动剪影(二) (渭南日报 2017)
WG = "高新区"
D1 = "1.白水县牧原畜果结合产业化项目是2017年市级重点建设项目,总投资14.5亿元"
D2 = "2.高新区星美锂电池生产线项目是2017年省级重点项目,总投资50亿元,目前,一期项目厂房装修改造基本完成,主要设备正在调试,10月初开始试产"
D3 = "3.高新区天臣电芯总部基地是渭南新能源产业基地的重要组成部分,项目总投资60亿元,占地面积347亩"
AS4 = "2017年9月（观摩时）"
G["sh04"] = dict(
 article=art("经济发展亮点纷呈 真抓实干落地有声——2017年度综合观摩活动剪影(二)", "渭南的市级报纸（“本报记者王晓宁崔正博文/图”；报名存段未示，推定为渭南日报），载于 www.wmxa.cn", "2017-09", "month",
  "City paper's photo spread (outlet inferred) relayed by a news site, Shaanxi: a city's three-day inspection tour (观摩) of key projects — captions with a county agricultural project, two lithium-battery projects in the high-tech zone (amounts, stage, expected output), a tourism project",
  "http://www.wmxa.cn/shaanxi/201709/511792.html",
  "日期：网址 201709；文中“金色九月”“昨日,为期三天的2017年度综合观摩会圆满结束”，具体日不详（month）。标题照录；署名行保留为一段。存段在第5条图片说明“5.富平县北新建材纸面”处中断，该残行已删；正文止于第4条说明。园区：文中只作“高新区”（渭南高新技术产业开发区，渭南市，陕西；名称照录，note 注明）；“渭南新能源产业基地”为高新区内的产业基地（可选，母园区由语境推定）。项目：白水县牧原畜果结合产业化项目（县内，park null；2017年3月开工，已完成投资5.7亿元→在建）；高新区星美锂电池生产线项目（总投资50亿元；一期厂房基本完成、设备调试、10月初试产→在建）；高新区天臣电芯总部基地（总投资60亿元；阶段未说）；渭南老街（市区旅游项目，无金额，可选）。企业名只在项目名中（牧原、星美、天臣），列为可选公司。事实：星美一期达产后预计年产值80亿元、利税约4亿元，天臣达产后年产值150亿元（target）；牧原年度计划投资6亿元（target）与已完成投资5.7亿元（cumulative）可选。",
  "sh04"),
 parks=[
  park(WG, "渭南", "陕西", "高新区", D2, note="渭南高新技术产业开发区；文中只作“高新区”"),
  park("渭南新能源产业基地", "渭南", "陕西", "产业基地", D3, parent=WG, opt=True, note="天臣电芯总部基地是其组成部分；母园区由语境推定"),
 ],
 companies=[
  comp("牧原", None, D1, opt=True, note="只在项目名中；白水县"),
  comp("星美", WG, D2, opt=True, note="只在项目名中"),
  comp("天臣", WG, D3, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("白水县牧原畜果结合产业化项目", None, D1 + ",分畜果结合、有机肥研发和肉制品深加工三大板块。2017年3月开工", companies=["牧原"], inv="总投资14.5亿元",
       status="在建", status_text="2017年3月开工", status_alt="开工", note="县内项目，不在园区；已完成投资5.7亿元"),
  proj("高新区星美锂电池生产线项目", WG, D2, companies=["星美"], inv="总投资50亿元", status="在建", status_text="主要设备正在调试,10月初开始试产",
       note="一期厂房装修改造基本完成；2017年省级重点项目", aliases=["星美锂电池生产线项目"]),
  proj("高新区天臣电芯总部基地", WG, D3, companies=["天臣"], inv="项目总投资60亿元", note="阶段未说", aliases=["天臣电芯总部基地"]),
  proj("渭南老街", None, "4.坐落于市区湭河公园内的渭南老街以中国传统明清民居建筑风格为精髓", opt=True, note="市区旅游项目，无金额"),
 ],
 aggregate_facts=[
  fact("高新区星美锂电池生产线项目", "project", "expected_annual_output_cny", 8e9, "cny", "一期项目建成达产后预计年产值80亿元", "达产后（预计）", kind="target", chk=True),
  fact("高新区星美锂电池生产线项目", "project", "expected_profit_tax_cny", 4e8, "cny", "可实现利税约4亿元", "达产后（预计）", kind="target", qual="约", qtext="约", opt=True, chk=True),
  fact("高新区天臣电芯总部基地", "project", "expected_annual_output_cny", 1.5e10, "cny", "全部建成达产后,年产值可达150亿元", "达产后（预计）", kind="target", chk=True),
  fact("高新区天臣电芯总部基地", "project", "land_area_mu", 347, "mu", "占地面积347亩", AS4, opt=True),
  fact("白水县牧原畜果结合产业化项目", "project", "planned_annual_investment_cny", 6e8, "cny", "年度计划投资6亿元", "2017年（计划）", kind="target", opt=True, chk=True),
  fact("白水县牧原畜果结合产业化项目", "project", "completed_investment_cny", 5.7e8, "cny", "已完成投资5.7亿元", AS4, kind="cumulative", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- sh05 高陵区2018年第一批重大项目集中开工 (2018)
CX = "创新产业园"
E0 = "3月26日上午,高陵区在创新产业园项目建设现场,举行今年第一批扩大有效投资重大项目集中开工仪式"
E1 = "本次高陵区参加全市第一批扩大有效投资重大项目开工仪式项目共11个,总投资96.16亿元,年计划投资20.98亿元"
E2 = "项目名称:创新产业园(一期)项目\n\n建设单位:西安市高陵区招商局\n\n投资金额:55亿元"
E3 = "项目名称:大美高陵绿色家园建设农村绿化项目\n\n建设单位:西安市高陵区农林局\n\n投资金额:9.67亿元"
E4 = "去年,高陵先后引进中建、浙江海龟、恒大等31个、总投资510亿元的项目"
AS5 = "2018-03-26（第一批集中开工）"
G["sh05"] = dict(
 article=art("（无标题）高陵区2018年第一批扩大有效投资重大项目集中开工", "m.news.wmxa.cn（“gaoling”频道；存段无署名、无来源行，原发单位不详）", "2018-03", "month",
  "News site's district channel, Shaanxi: a district's first batch of 2018 major projects started at an industrial-park site — count, total and annual investment with growth rates, last year's intake, and a project list opening with the park's first phase (55亿元)",
  "http://m.news.wmxa.cn/gaoling/201803/544752.html",
  "存段无标题、无日期行（title 为编者概括）；网址 201803，开工仪式3月26日，发布日期只知年月。图片说明“区委书记杨晓东报告项目准备情况”已删；存段在第二个项目的“项目介绍”中（“…泾渭分明观景台绿”）中断，该残行整行删去，正文止于“投资金额:9.67亿元”。项目简介表每一栏一段，照录。园区：创新产业园（西安市高陵区，陕西；开工仪式地点；其一期项目“采取工业社区的建设模式”）；“高陵区工业园区”只在项目介绍中泛称（可选）。高陵区是区，不是园区（事实 subject_type region）。项目：创新产业园(一期)项目（投资金额55亿元，集中开工→开工，建设单位西安市高陵区招商局）；大美高陵绿色家园建设农村绿化项目（9.67亿元，开工，区内，不在园区，park null）。中建、浙江海龟、恒大为去年引进项目的企业（区内，园区未说，可选，park null）。事实：本批11个项目、96.16亿元、年计划投资20.98亿元（target）及同比增长率；去年引进31个项目510亿元、113个重点项目完成投资93.7亿元、全社会固定资产投资523.32亿元增长13.9%（可选）；今年70个区级重点项目总投资140亿元（target，可选）。",
  "sh05"),
 parks=[
  park(CX, "西安", "陕西", "产业园", E0, district="高陵区", note="开工仪式地点；一期55亿元"),
  park("高陵区工业园区", "西安", "陕西", "工业园区", "实现高陵区工业园区资源节约化、管理社区化和生产标准化的目标", district="高陵区", opt=True,
       note="项目介绍中的泛称"),
 ],
 companies=[
  comp("中建", None, E4, opt=True, note="去年引进项目的企业（简称）；区内，园区未说"),
  comp("浙江海龟", None, E4, opt=True, note="同上"),
  comp("恒大", None, E4, opt=True, note="同上"),
 ],
 institutions=[
  inst("西安市高陵区招商局", E2, park=None, note="创新产业园(一期)项目建设单位"),
  inst("西安市高陵区农林局", E3, note="农村绿化项目建设单位"),
 ],
 projects=[
  proj("创新产业园(一期)项目", CX, E2, inv="投资金额:55亿元", phase="一期", status="开工", status_text="集中开工",
       note="位于西高路与马船路东北角，总用地面积2070.1亩；建设单位西安市高陵区招商局"),
  proj("大美高陵绿色家园建设农村绿化项目", None, E3, inv="投资金额:9.67亿元", status="开工", status_text="集中开工", note="区内项目，不在园区"),
 ],
 aggregate_facts=[
  fact("高陵区", "region", "projects_started", 11, "count", E1, AS5),
  fact("高陵区", "region", "projects_started_investment_cny", 9.616e9, "cny", "总投资96.16亿元,年计划投资20.98亿元", AS5, chk=True),
  fact("高陵区", "region", "planned_annual_investment_cny", 2.098e9, "cny", "年计划投资20.98亿元", "2018年（计划；本批开工项目）", kind="target", chk=True),
  fact("高陵区", "region", "projects_started_yoy_growth", 0.8333, "ratio", "项目数量同比增长83.33%", AS5, kind="ratio", opt=True),
  fact("高陵区", "region", "projects_started_investment_yoy_growth", 7.0133, "ratio", "总投资同比增长701.33%", AS5, kind="ratio", opt=True),
  fact("高陵区", "region", "planned_annual_investment_yoy_growth", 3.1137, "ratio", "年计划投资同比增长311.37%", AS5, kind="ratio", opt=True),
  fact("高陵区", "region", "projects_introduced", 31, "count", E4, "2017年", opt=True),
  fact("高陵区", "region", "introduced_investment_cny", 5.1e10, "cny", "总投资510亿元的项目", "2017年", opt=True, chk=True),
  fact("高陵区", "region", "key_projects_completed_investment_cny", 9.37e9, "cny", "113个重点项目完成投资93.7亿元", "2017年", opt=True, chk=True),
  fact("高陵区", "region", "fixed_asset_investment_cny", 5.2332e10, "cny", "全社会固定资产投资完成523.32亿元,增长13.9%", "2017年", opt=True, chk=True),
  fact("高陵区", "region", "fixed_asset_investment_yoy_growth", 0.139, "ratio", "全社会固定资产投资完成523.32亿元,增长13.9%", "2017年", kind="ratio", opt=True),
  fact("高陵区", "region", "key_projects_planned", 70, "count", "抓好年度计划总投资140亿元的70个区级重点项目建设", "2018年（计划）", kind="target", opt=True),
  fact("高陵区", "region", "key_projects_planned_investment_cny", 1.4e10, "cny", "年度计划总投资140亿元的70个区级重点项目", "2018年（计划）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- sh06 兰州新区开工建设千亿级精细化工产业园 (甘肃日报 2018)
LX = "兰州新区"
JH = "兰州新区精细化工园区"
F0 = "总规划面积100平方公里的兰州新区精细化工园区今天全面启动基础设施建设序幕,首批入园的6个项目同时宣告开工"
F1 = "兰州新区已投资23亿元基本建成了园区“三纵七横”主次干路网和供水、供电等设施"
AS6 = "2018-10-18"
G["sh06"] = dict(
 article=art("兰州新区开工建设千亿级精细化工产业园", "甘肃日报（记者刘健），第01版:要闻，szb.gansudaily.com.cn 数字报", "2018-10-19", "day",
  "Provincial party daily's front page, Gansu: a national-level new area's fine-chemicals park launched — planned area by phase, first six projects started, infrastructure already invested, five-year output goal",
  "http://szb.gansudaily.com.cn/gsrb/201810/19/c90481.html",
  "日期取版面“2018年10月19日 第01版:要闻”；电头“本报兰州10月18日讯”，开工在10月18日。标题照录；报名、日期、版次和栏题“在习近平新时代中国特色社会主义思想指引下 / 新时代 新作为 新篇章”已删（栏题不属标题）。存段在第四段“…并制定了一整套”处中断：该未完句已删（make_txt.py LINE_SUFFIX），正文止于“…全方位保障企业投产。”，共四段。同文另见 yybnet 转载（未用）。园区：兰州新区精细化工园区（标题作“千亿级精细化工产业园”，文中又作“精细化工园区”“园区”；兰州市，甘肃）；兰州新区为其母区（国家级新区）。项目：首批入园的6个项目开工，均未具名，不列项目；园区基础设施建设启动列为可选项目（无金额）。事实：总规划面积100平方公里、一期30、中期60（规划，可选）；首批6个项目开工；已投资23亿元建成路网等（cumulative）；“5年内打造千亿元的精细化工产业集群”（target，可选）。被删的残句中提到的兰州大学（总顾问单位）、中国化工、宝塔石化等不在正文内，不列。",
  "sh06"),
 parks=[
  park(JH, "兰州", "甘肃", "化工园区", F0, parent=LX, aliases=["精细化工园区"], note="标题作“千亿级精细化工产业园”"),
  park(LX, "兰州", "甘肃", "国家级新区", "建设精细化工园区是兰州新区紧扣国务院赋予兰州新区的“国家重要的产业基地”和“承接产业转移示范区”定位"),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj("兰州新区精细化工园区基础设施建设", JH, F0, status="开工", status_text="全面启动基础设施建设序幕", opt=True, note="文中无项目名；首批6个入园项目未具名，不列"),
 ],
 aggregate_facts=[
  fact(JH, "park", "planned_area_km2", 100, "km2", F0, AS6),
  fact(JH, "park", "projects_started", 6, "count", F0, AS6, note="首批入园项目"),
  fact(JH, "park", "infrastructure_investment_cny", 2.3e9, "cny", F1, "2018-10（累计）", kind="cumulative", chk=True),
  fact(JH, "park", "phase1_planned_area_km2", 30, "km2", "园区一期规划面积30平方公里", "规划", kind="target", opt=True),
  fact(JH, "park", "midterm_planned_area_km2", 60, "km2", "中期规划面积60平方公里", "规划", kind="target", opt=True),
  fact(JH, "park", "target_output_cny", 1e11, "cny", "5年内打造千亿元的精细化工产业集群", "5年内（目标）", kind="target", opt=True, note="千亿元产业集群"),
 ])

# ---------------------------------------------------------------- sh07 渭南集中开工190个项目 (三秦都市报 2019)
WK = "渭南经开区"
G0 = "2月19日,渭南市委、市政府在渭南经开区举行2019年渭南市第一次项目集中开工动员会暨南京金龙纯电动商用车项目开工仪式"
G1 = "南京金龙纯电动商用车项目占地1000余亩,总投资80亿元"
G2 = "高新区的美联桥车用换热器总成生产线、棚户区改造等12个项目,总投资53亿元,年度投资20亿元"
G3 = "临渭区的双创中学建设、棚户区改造等16个项目,总投资70.5亿元,年度投资43亿元"
G4 = "蒲城县的公共文体服务中心建设、大唐秦东农副产品美食市场建设等28个项目,总投资69亿元,年度投资38.4亿元"
AS7 = "2019-02-19（第一次集中开工）"
G["sh07"] = dict(
 article=art("渭南集中开工190个项目 其中包含102个市级重点项目", "三秦都市报（记者 杨晶），载于 news.jsnol.com（苏北网，编辑“盈盈”）", "2019-02-20", "day",
  "Provincial metro paper relayed by a news portal, Shaanxi: a city's first 2019 groundbreaking held in its economic development zone — an 80亿元 EV project, the high-tech zone's 12 projects, county and district batches, city totals",
  "http://news.jsnol.com/local/20190220/4301.html",
  "日期取页面“2019-02-20 10:51 来源:三秦都市报”；开工在2月19日。标题照录；站名、“当前位置”、时间来源行与文末标签、版权链接已删。正文四段，完整。园区：渭南经开区（渭南经济技术开发区，渭南市，陕西；开工动员会地点）；“高新区”（渭南高新技术产业开发区；名称照录）。项目：南京金龙纯电动商用车项目（总投资80亿元，开工仪式→开工；园区由“在渭南经开区举行…暨南京金龙纯电动商用车项目开工仪式”推定为渭南经开区）；高新区的美联桥车用换热器总成生产线（开工，无单项金额）；临渭区双创中学建设、蒲城县公共文体服务中心建设、大唐秦东农副产品美食市场建设（区县项目，park null，可选）；两处“棚户区改造”不列。事实：全市190个项目591亿元、年度计划投资288亿元、102个市级重点项目366亿元（region）；高新区12个项目53亿元、年度投资20亿元（park）；金龙项目预计年产值约600亿元、税收约60亿元（target）。",
  "sh07"),
 parks=[
  park(WK, "渭南", "陕西", "经济开发区", G0, note="渭南经济技术开发区；开工动员会地点"),
  park("高新区", "渭南", "陕西", "高新区", G2, note="渭南高新技术产业开发区；文中只作“高新区”"),
 ],
 companies=[
  comp("南京金龙", WK, G1, opt=True, note="只在项目名中；园区由开工仪式地点推定"),
  comp("美联桥", "高新区", G2, opt=True, note="只在项目名中"),
  comp("大唐秦东", None, G4, opt=True, note="只在项目名中；蒲城县"),
 ],
 institutions=[],
 projects=[
  proj("南京金龙纯电动商用车项目", WK, G1, companies=["南京金龙"], inv="总投资80亿元", status="开工", status_text="开工仪式",
       note="园区推定：开工仪式在渭南经开区举行；占地1000余亩"),
  proj("美联桥车用换热器总成生产线", "高新区", G2, companies=["美联桥"], status="开工", status_text="集中开工", note="高新区12个项目之一，无单项金额"),
  proj("双创中学建设", None, G3, status="开工", status_text="集中开工", opt=True, note="临渭区项目"),
  proj("公共文体服务中心建设", None, G4, status="开工", status_text="集中开工", opt=True, note="蒲城县项目"),
  proj("大唐秦东农副产品美食市场建设", None, G4, companies=["大唐秦东"], status="开工", status_text="集中开工", opt=True, note="蒲城县项目"),
 ],
 aggregate_facts=[
  fact("高新区", "park", "projects_started", 12, "count", G2, AS7),
  fact("高新区", "park", "projects_started_investment_cny", 5.3e9, "cny", "总投资53亿元,年度投资20亿元", AS7, chk=True),
  fact("高新区", "park", "planned_annual_investment_cny", 2e9, "cny", "年度投资20亿元", "2019年（计划；本批开工项目）", kind="target", opt=True, chk=True),
  fact("南京金龙纯电动商用车项目", "project", "expected_annual_output_cny", 6e10, "cny", "实现年产值约600亿元人民币", "建成后（预计）", kind="target", qual="约", qtext="约", chk=True),
  fact("南京金龙纯电动商用车项目", "project", "expected_tax_cny", 6e9, "cny", "税收约60亿元人民币", "建成后（预计）", kind="target", qual="约", qtext="约", opt=True, chk=True),
  fact("南京金龙纯电动商用车项目", "project", "land_area_mu", 1000, "mu", "占地1000余亩", AS7, qual="余", qtext="余", opt=True),
  fact("渭南市", "region", "projects_started", 190, "count", "当天,渭南各县(市、区)共集中开工190个项目,总投资591亿元", AS7),
  fact("渭南市", "region", "projects_started_investment_cny", 5.91e10, "cny", "总投资591亿元。这些项目", AS7, chk=True),
  fact("渭南市", "region", "planned_annual_investment_cny", 2.88e10, "cny", "年度计划投资288亿元", "2019年（计划；本批开工项目）", kind="target", opt=True, chk=True),
  fact("渭南市", "region", "key_projects_planned", 360, "count", "今年共安排市级重点项目360个", "2019年（计划）", kind="target", opt=True),
  fact("渭南市", "region", "city_key_projects_started", 102, "count", "其中包含102个市级重点项目,总投资366亿元", AS7, opt=True),
  fact("渭南市", "region", "city_key_projects_started_investment_cny", 3.66e10, "cny", "总投资366亿元,年度计划投资148亿元", AS7, opt=True, chk=True),
  fact("临渭区", "region", "projects_started", 16, "count", G3, AS7, opt=True),
  fact("临渭区", "region", "projects_started_investment_cny", 7.05e9, "cny", "总投资70.5亿元,年度投资43亿元", AS7, opt=True, chk=True),
  fact("蒲城县", "region", "projects_started", 28, "count", G4, AS7, opt=True),
  fact("蒲城县", "region", "projects_started_investment_cny", 6.9e9, "cny", "总投资69亿元,年度投资38.4亿元", AS7, opt=True, chk=True),
 ])
