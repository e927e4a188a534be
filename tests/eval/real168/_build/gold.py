# real168 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts. Growth rates and shares as ratios. Projects: the park is the one the text places the project in, null if none
# (a county, district or city is not a park). Status from the text's words (开工 / 集中开工 → 开工; 建成投产 / 满负荷生产 → 投产;
# 签约 → 签约; 落地 / 落户 alone → no status; 工地繁忙 / 正在建设 → 在建). City / county / district totals are region facts,
# optional. Sources are `search` (corpus pages) excerpts typed into _raw/pages/vkNN.raw as returned.

# ---------------------------------------------------------------- vk01 抓项目 扩投资 促发展 (徐州日报 2021, 邳州)
GH = "官湖镇工业园区"
B0 = "眼前,位于官湖镇工业园区内的德鲁尼智能家居产业园项目工地一片繁忙景象,整个产业园项目预计5月1日完工,进入试生产阶段"
B1 = "同样位于园区的徐州格罗力家居科技有限公司,是邳州重大项目工程,今年初建成投产"
B2 = "预计今年开票收入超过两亿元"
G["vk01"] = dict(
 article=art("抓项目 扩投资 促发展", "徐州日报（颜子舒 / 魏杰 陈凯伟），载于中国徐州网 cnxz.com.cn", "2021-04-01", "day",
  "City daily on its news portal, Jiangsu (徐州 / 邳州): a county-level city's first-quarter project drive — a furniture industrial-park project in a township industrial park about to finish, a flooring firm in the same park in production with expected invoiced revenue",
  "https://www.cnxz.com.cn/newscenter/2021/20210401168994.shtml",
  "日期取页面“2021-04-01 来源:中国徐州网-徐州日报 编辑:崔东宁”。标题照录；导航、日期来源行、图片说明“徐州聚西廷新型材料科技有限公司生产车间。”已删（该公司只在图片说明中，不列）。存段在“上亿商贸城…重要组成部”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文五段，末段只剩首句。园区：官湖镇工业园区（邳州市，徐州，江苏；kind 工业园区）。德鲁尼智能家居产业园是园区内的项目（产业园项目，可选园区，parent 官湖镇工业园区）。项目：德鲁尼智能家居产业园项目（工地繁忙、预计5月1日完工→在建）；徐州格罗力家居科技有限公司（“邳州重大项目工程，今年初建成投产”→投产，项目名即企业名）。事实：格罗力“预计今年开票收入超过两亿元”（target，超；“两亿”为汉字数字）；德鲁尼新上生产线数、格罗力8条生产线全部开工为可选。",
  "vk01"),
 parks=[
  park(GH, "徐州", "江苏", "工业园区", B0, district="邳州市", note="镇级工业园区；文中又作“园区”"),
  park("德鲁尼智能家居产业园", "徐州", "江苏", "产业园（家居）", B0, district="邳州市", parent=GH, opt=True,
       note="园区内的产业园项目"),
 ],
 companies=[
  comp("徐州格罗力家居科技有限公司", GH, B1, aliases=["格罗力"], note="“同样位于园区”"),
  comp("德鲁尼", GH, "德鲁尼和格罗力两个家居项目相继建设投产", opt=True, note="只作项目名出现"),
 ],
 projects=[
  proj("德鲁尼智能家居产业园项目", GH, B0, status="在建", status_text="工地一片繁忙景象,整个产业园项目预计5月1日完工,进入试生产阶段",
       aliases=["德鲁尼智能家居产业园"], note="徐州市重大项目建设工程；预计5月1日完工"),
  proj("徐州格罗力家居科技有限公司", GH, B1, companies=["徐州格罗力家居科技有限公司"], status="投产", status_text="今年初建成投产",
       aliases=["格罗力"], note="邳州重大项目工程；项目名即企业名"),
 ],
 aggregate_facts=[
  fact("徐州格罗力家居科技有限公司", "company", "expected_invoiced_revenue", 2e8, "cny", B2, "2021年全年（预计）",
       kind="target", qual="超", qtext="超过", note="“两亿元”汉字数字；metric 不带 _cny 后缀，因 check_gold.py 只读阿拉伯数字金额（值仍为元）"),
  fact("德鲁尼智能家居产业园项目", "project", "furniture_production_lines_planned", 10, "count",
       "该项目新上家具生产线10条,生态板生产线50条", "建成后（计划）", kind="target", opt=True),
  fact("德鲁尼智能家居产业园项目", "project", "eco_board_production_lines_planned", 50, "count",
       "该项目新上家具生产线10条,生态板生产线50条", "建成后（计划）", kind="target", opt=True),
  fact("徐州格罗力家居科技有限公司", "company", "production_lines_running", 8, "count", "8条生产线全部开工", "2021年一季度", opt=True),
 ])

# ---------------------------------------------------------------- vk02 宿迁 2021 全市重大产业项目集中开工 (sihfc.cn)
SQ = "宿迁经济技术开发区"; SS = "苏宿工业园区"; HB = "湖滨新区"; YH = "洋河新区"
C0 = "开工仪式主会场设在市湖滨新区双星高端光学膜项目现场"
C1 = "宿迁经济技术开发区4个项目,年度计划投资38.2亿元"
C2 = "苏宿工业园区6个项目,年度计划投资16.5亿元"
C3 = "市湖滨新区5个项目,年度计划投资26.2亿元"
C4 = "市洋河新区3个项目,年度计划投资6亿元"
C5 = "据了解,本次集中开工项目共71个,计划总投资977.5亿元,年度计划投资516.1亿元"
AS2 = "2021年2月26日（集中开工）"
G["vk02"] = dict(
 article=art("102.5亿元!泗洪县15个项目集中开工!", "sihfc.cn（泗洪县一家企业网站“热点关注”栏转载；原出处未注）", "2021-02-26", "day",
  "Company website relaying a city item, Jiangsu (宿迁): the city's 2021 spring groundbreaking of 71 major industrial projects — the main venue project, projects and annual planned investment by county, district and zone (经开区, 苏宿工业园区, 湖滨新区, 洋河新区), manufacturing shares",
  "http://www.sihfc.cn/news/10009111.html",
  "日期取页面“发布时间:2021-02-26”。标题照录（页面列表符“• ”已删，make_txt.py HEAD_PREFIX）；标题说泗洪县，正文写全市集中开工。“开工大吉”贺词、两处图片文件名、资讯类型行已删。存段在“三是项目质态”处中断，已删（LINE_SUFFIX）。园区：宿迁经济技术开发区、苏宿工业园区（非可选）；市湖滨新区、市洋河新区为市属功能区（名称作“新区”，可选园区）。各县区（沭阳县等）不是园区，不列。项目：双星高端光学膜项目（主会场，位于市湖滨新区，集中开工→开工；金额未给）。事实：两园区及两新区各自开工项目数与年度计划投资（非可选/可选随园区）；全市71个、977.5亿元、516.1亿元等为 region（宿迁市，文中作“宿迁”“我市”），可选。",
  "vk02"),
 parks=[
  park(SQ, "宿迁", "江苏", "经济技术开发区", C1, note="文中又见“宿迁经济技术开发区党工委书记”"),
  park(SS, "宿迁", "江苏", "工业园区", C2, note="苏州宿迁合作共建园区（文中未说明）"),
  park(HB, "宿迁", "江苏", "新区", C3, aliases=["市湖滨新区"], opt=True, note="市属功能区"),
  park(YH, "宿迁", "江苏", "新区", C4, aliases=["市洋河新区"], opt=True, note="市属功能区"),
 ],
 projects=[
  proj("双星高端光学膜项目", HB, C0, status="开工", status_text="集中开工仪式主会场", note="主会场所在项目；投资额未给"),
 ],
 aggregate_facts=[
  fact(SQ, "park", "projects_started", 4, "count", C1, AS2),
  fact(SQ, "park", "planned_annual_investment_cny", 3.82e9, "cny", C1, AS2, kind="target", note="年度计划投资"),
  fact(SS, "park", "projects_started", 6, "count", C2, AS2),
  fact(SS, "park", "planned_annual_investment_cny", 1.65e9, "cny", C2, AS2, kind="target"),
  fact(HB, "park", "projects_started", 5, "count", C3, AS2, opt=True),
  fact(HB, "park", "planned_annual_investment_cny", 2.62e9, "cny", C3, AS2, kind="target", opt=True),
  fact(YH, "park", "projects_started", 3, "count", C4, AS2, opt=True),
  fact(YH, "park", "planned_annual_investment_cny", 6e8, "cny", C4, AS2, kind="target", opt=True),
  fact("宿迁市", "region", "projects_started", 71, "count", C5, AS2, opt=True, note="文中作“宿迁”"),
  fact("宿迁市", "region", "projects_started_investment_cny", 9.775e10, "cny", C5, AS2, opt=True, note="计划总投资"),
  fact("宿迁市", "region", "planned_annual_investment_cny", 5.161e10, "cny", "年度计划投资516.1亿元", AS2, kind="target", opt=True),
  fact("宿迁市", "region", "manufacturing_projects_started", 60, "count", "71个项目中,有60个是制造业项目,计划总投资918亿元,投资占比达到94%", AS2, opt=True),
 ])

# ---------------------------------------------------------------- vk03 我市63个重点产业项目集中开工 (连云港 2020)
XW = "徐圩新区"; XC = "徐圩新区化工产业园"
D0 = "在63个产业项目中,单体投资最大项目为徐圩新区丙烷产业链项目,位于徐圩新区化工产业园,总占地面积1017亩"
D1 = "63个项目中单体投资最大项目为徐圩新区丙烷产业链项目、总投资103亿元、年度投资40亿元"
D2 = "63个产业项目集中开工,总投资590.8亿元、年度投资215.1亿元"
AS3 = "2020年3月18日（集中开工）"
G["vk03"] = dict(
 article=art("我市63个重点产业项目集中开工", "连云港市融媒体平台 sharenew.lyg1.com（存段无署名、无来源行）", "2020-03-18", "day",
  "City media app's share page, Jiangsu (连云港): the city's 2020 spring groundbreaking of 63 key industrial projects, main venue in 徐圩新区 — the largest project (propane chain, 103亿元) in 徐圩新区化工产业园 with its land and stage, city totals",
  "https://sharenew.lyg1.com/folder17/folder18/folder27/folder72/2020-03-18/xzS66rRJOUxgs1pI.html",
  "日期取页面“2020-03-18 17:22:42”（网址同）。标题照录；开头的“/”与日期行已删。存段在“持续掀起项”处中断，该句（“这些项目的正式开工建设…”）已删（LINE_SUFFIX），正文五段。文中城市只作“我市”，由网址 lyg1（连云港）与徐圩新区定为连云港。园区：徐圩新区化工产业园（非可选，parent 徐圩新区）；徐圩新区（国家东中西区域合作示范区先导区的功能板块，文中只作会场与项目名前缀，可选）。项目：徐圩新区丙烷产业链项目（集中开工→开工；“目前已经完成场地平整,准备开始桩基施工”；总投资103亿元）。事实：全市63个、590.8亿元、215.1亿元、工业项目49个等为 region（连云港市，文中作“我市”），可选；丙烷项目占地1017亩、年度投资40亿元可选。",
  "vk03"),
 parks=[
  park(XC, "连云港", "江苏", "化工产业园", D0, parent=XW),
  park(XW, "连云港", "江苏", "新区", "在徐圩新区主会场,市领导项雪龙、方伟、王加培、石海波参加开工仪式", opt=True,
       note="功能板块；文中未说明级别"),
 ],
 projects=[
  proj("徐圩新区丙烷产业链项目", XC, D1, inv="总投资103亿元", status="开工", status_text="集中开工;目前已经完成场地平整,准备开始桩基施工",
       aliases=["丙烷产业链项目"], note="单体投资最大项目；位于徐圩新区化工产业园（D0）"),
 ],
 aggregate_facts=[
  fact("徐圩新区丙烷产业链项目", "project", "site_area_mu", 1017, "mu", D0, AS3, opt=True),
  fact("徐圩新区丙烷产业链项目", "project", "planned_annual_investment_cny", 4e9, "cny", "年度投资40亿元", "2020年（计划）", kind="target", opt=True),
  fact("连云港市", "region", "projects_started", 63, "count", D2, AS3, opt=True, note="文中作“我市”"),
  fact("连云港市", "region", "projects_started_investment_cny", 5.908e10, "cny", D2, AS3, opt=True),
  fact("连云港市", "region", "planned_annual_investment_cny", 2.151e10, "cny", "年度投资215.1亿元", "2020年（计划）", kind="target", opt=True),
  fact("连云港市", "region", "industrial_projects_started", 49, "count", "从项目类别看,工业项目49个,总投资489.6亿元,年度投资178.6亿元", AS3, opt=True),
 ])

# ---------------------------------------------------------------- vk04 2022铜山金秋投资洽谈会 (中新网 2022)
XG = "徐州高新区"; TJ = "铜山经开区"
E0 = "以徐州高新区、铜山经开区为龙头的“1+1+6”园区承载力不断提升,保持全市第一、苏北前列"
E1 = "现场集中签约30个项目,总投资额达387.1亿元"
G["vk04"] = dict(
 article=art("2022铜山金秋投资洽谈会签约项目总投资额387.1亿元", "中新网江苏新闻（朱志庚），载于华夏网 gd.huaxia.com", "2022-11-11", "day",
  "National news agency's provincial wire on a portal, Jiangsu (徐州 铜山区): a district investment fair — 30 projects signed (387.1亿元), the district's industry targets, its two lead parks (徐州高新区, 铜山经开区), industrial output and high-tech firms",
  "https://gd.huaxia.com/c/2022/11/14/1496961.shtml",
  "日期取电头“中新网江苏新闻11月11日电”（网址 2022/11/14 为转载日）。标题照录。存段在“公共服务体系稳”处中断，该句已删（LINE_SUFFIX），正文五段，末段只剩首句。园区：徐州高新区（铜山区，徐州；“铜山区拥有苏北第一家国家级高新区”——未明说即徐州高新区，kind 记“高新区”）、铜山经开区。签约30个项目未列名，无项目记录。事实：铜山区签约30个、387.1亿元；2021年底规上工业总产值765亿元；“四上”企业1068家（“十四五”末目标）；高新技术企业近300家——均为 region（铜山区），签约两项非可选，其余可选。产业集群目标（500亿元、200亿元、100亿元）不计。",
  "vk04"),
 parks=[
  park(XG, "徐州", "江苏", "高新区", E0, district="铜山区", note="文中称铜山区“拥有苏北第一家国家级高新区”"),
  park(TJ, "徐州", "江苏", "经济开发区", E0, district="铜山区"),
 ],
 aggregate_facts=[
  fact("铜山区", "region", "projects_signed", 30, "count", E1, "2022年11月11日（投资洽谈会）"),
  fact("铜山区", "region", "signed_investment_cny", 3.871e10, "cny", E1, "2022年11月11日（投资洽谈会）"),
  fact("铜山区", "region", "above_scale_industrial_output_cny", 7.65e10, "cny", "2021年底规上工业总产值达765亿元", "2021年", opt=True),
  fact("铜山区", "region", "high_tech_firms", 300, "count", "高新技术企业近300家", "2022年11月", qual="约", qtext="近", opt=True),
  fact("铜山区", "region", "key_laboratories_national", 2, "count", "境内国家重点实验室2个、省级以上工程技术中心52家", "2022年11月", opt=True),
 ])

# ---------------------------------------------------------------- vk05 淮安区重特大项目集中签约 (淮安区报 via 人民网江苏 2020)
HK = "淮安健康科技城及智能制造产业园"
F0 = "现场签约淮安健康科技城及智能制造产业园、淮安恒大运河梦都、琦威汽车配件等4个重特大项目,计划总投资额达320亿元,并实现了我区百亿元项目零的突破"
AS5 = "2020年8月8日（集中签约）"
G["vk05"] = dict(
 article=art("淮安市淮安区举行重特大项目集中签约仪式", "淮安区报，载于人民网江苏频道 js.people.com.cn", "2020-08-11", "day",
  "District paper relayed by a national portal's provincial channel, Jiangsu (淮安 淮安区): a district signing of four major projects (320亿元) — a health science city and smart-manufacturing industrial park, a canal resort, an auto-parts project; officials' speeches",
  "http://js.people.com.cn/n2/2020/0811/c360301-34218904.html",
  "日期取页面“2020年08月11日10:25 来源:淮安区报”；签约在8月8日。标题照录（人民网标题；“原标题:我区举行重特大项目集中签约仪式”行已删）。存段在“进一步”处中断，末句（“四个项目的签约既为…”）已删（LINE_SUFFIX），正文四段。园区：文中没有开发区名；“淮安健康科技城及智能制造产业园”是签约项目（含产业园），另列为可选园区（kind 产业园，计划中）。项目：淮安健康科技城及智能制造产业园、淮安恒大运河梦都、琦威汽车配件（签约；单项金额未给；园区均 null——文中只说“我区”即淮安区）。“百亿元项目零的突破”不作金额。事实：淮安区签约4个、320亿元（region，非可选）。",
  "vk05"),
 parks=[
  park(HK, "淮安", "江苏", "产业园（计划）", F0, district="淮安区", opt=True, note="签约项目，名称含“产业园”"),
 ],
 projects=[
  proj(HK, None, F0, status="签约", status_text="现场签约", note="4个重特大项目之一；单项金额未给"),
  proj("淮安恒大运河梦都", None, F0, status="签约", status_text="现场签约", note="同上"),
  proj("琦威汽车配件", None, F0, status="签约", status_text="现场签约", note="同上；项目名即企业简称"),
 ],
 companies=[
  comp("琦威汽车配件", None, F0, opt=True, note="只作项目名出现"),
 ],
 aggregate_facts=[
  fact("淮安区", "region", "projects_signed", 4, "count", F0, AS5, note="文中作“我区”"),
  fact("淮安区", "region", "signed_investment_cny", 3.2e10, "cny", F0, AS5),
 ])

# ---------------------------------------------------------------- vk06 逸达新材料二期项目开工 (ourjiangsu 2020)
SG = "宿迁高新区"
H0 = "今日上午9时08分,位于宿迁高新区的逸达新材料二期项目正式开工,该项目是去年落户宿迁市的四个百亿级项目之一"
H1 = "据了解,逸达新材料二期项目计划投资110亿元,规划建设50条纺丝生产线,先期将建设26条生产线"
H2 = "逸达新材料、国望高科纤维、恒力时尚产业园、天合光能4个超百亿元工业项目成功落地"
H3 = "2019年新签约10亿元以上项目数量、协议投资额分别增长135.5%、223.6%"
G["vk06"] = dict(
 article=art("（无标题）宿迁高新区逸达新材料二期项目开工 计划投资110亿元", "ourjiangsu.com（江苏网络电视台·我苏网；存段无署名）", "2020-06-11", "day",
  "Provincial broadcaster's news portal, Jiangsu (宿迁): groundbreaking of a 110亿元 second-phase polyester-fibre project in 宿迁高新区, the city's four 10-billion-yuan projects landed in 2019, signing growth",
  "http://www.ourjiangsu.com/a/20200611/1591847442631.shtml",
  "日期取网址 a/20200611（“今日上午”）。存段无标题行（title 为编者概括），图片说明“逸达新材料二期项目开工仪式现场”已删；正文四段，存段到“…生产能力。”为止，似完整。园区：宿迁高新区（宿迁，江苏）。项目：逸达新材料二期项目（宿迁高新区，正式开工→开工，计划投资110亿元，phase 二期）；国望高科纤维、恒力时尚产业园、天合光能（“成功落地”，宿迁市，园区未给→null，无状态，可选）；逸达新材料（一期）亦在四项之列。公司：浙江恒逸集团股份有限公司（董事长出席；园区未给，可选）。事实：逸达二期纺丝线50条（规划）、先期26条；“年产30吨短纤”照录（疑为30万吨之误，不计）；宿迁市2019年签约增长率为 region，可选。",
  "vk06", title_note="存段无标题，编者概括"),
 parks=[
  park(SG, "宿迁", "江苏", "高新区", H0),
 ],
 companies=[
  comp("浙江恒逸集团股份有限公司", None, "浙江恒逸集团股份有限公司董事长邱建林", opt=True, note="董事长出席开工仪式；与逸达的关系文中未说"),
  comp("逸达新材料", SG, H0, opt=True, note="只作项目名出现"),
 ],
 projects=[
  proj("逸达新材料二期项目", SG, H1, inv="计划投资110亿元", status="开工", status_text="正式开工", phase="二期",
       companies=["逸达新材料"], note="位于宿迁高新区（H0）；去年落户宿迁市的四个百亿级项目之一"),
  proj("逸达新材料", None, H2, opt=True, note="4个超百亿元工业项目之一；“成功落地”无状态"),
  proj("国望高科纤维", None, H2, opt=True, note="同上；园区未给"),
  proj("恒力时尚产业园", None, H2, opt=True, note="同上；园区未给"),
  proj("天合光能", None, H2, opt=True, note="同上；园区未给"),
 ],
 aggregate_facts=[
  fact("逸达新材料二期项目", "project", "spinning_lines_planned", 50, "count", H1, "规划", kind="target", opt=True),
  fact("逸达新材料二期项目", "project", "spinning_lines_first_stage", 26, "count", H1, "先期（计划）", kind="target", opt=True),
  fact("逸达新材料二期项目", "project", "planned_filament_capacity_t", 500000, "t", "形成年产30吨短纤、50万吨长丝的生产能力", "建成后（计划）", kind="target", opt=True),
  fact("宿迁市", "region", "signed_projects_yoy_growth", 1.355, "ratio", H3, "2019年", kind="ratio", opt=True, note="10亿元以上项目数量"),
  fact("宿迁市", "region", "signed_investment_yoy_growth", 2.236, "ratio", H3, "2019年", kind="ratio", opt=True, note="10亿元以上项目协议投资额"),
  fact("宿迁市", "region", "projects_over_10bn_landed", 4, "count", H2, "2019年", opt=True),
 ])

# ---------------------------------------------------------------- vk07 2022中外媒体盐城行活动走进我区 (盐城经开区管委会 2022)
ZH = "中韩(盐城)产业园"; YC = "盐城经济技术开发区"
K0 = "来自新华每日电讯、中央电视台、光明日报、新华网、中国新闻社、解放日报、新华日报、省广电总台、法新社、德国电视台、韩国SBS等三十多家中外主流媒体的记者齐聚我区,实地感受中韩(盐城)产业园建设发展成果"
K1 = "先后深入到江苏悦达起亚汽车有限公司第三工厂、SK新能源(江苏)有限公司、盐城智能制造联合创新中心、中韩文化客厅等采访点进行实地采访"
K2 = "SK新能源(江苏)有限公司是韩国SK集团全球布局中最大的动力电池投资项目"
K3 = "目前,项目一期一栋已满负荷生产,一期二栋部分产线已量产出货,二期项目正在紧锣密鼓建设中"
G["vk07"] = dict(
 article=art("2022中外媒体盐城行活动走进我区", "盐城经济技术开发区管委会党政办，载于中国投资指南网 investchn.com（开发区新闻栏）", "2022-09-22", "day",
  "Zone management committee's notice on an investment-promotion portal, Jiangsu (盐城): a foreign and domestic press tour of the zone's China–Korea industrial park — a carmaker's third plant, a Korean battery maker's phase 1 in production and phase 2 under construction, a smart-manufacturing service centre",
  "https://investchn.com/index.php/home/news/detail/id/306251.html",
  "日期取页面“发布时间:2022-09-22 来源:盐城经济技术开发区管委会党政办 发布开发区:盐城经济技术开发区”（已删，连同页眉与导航）；活动在9月20日。标题照录。存段在“记者们实地参观数字化制造展示”处中断，该残句已删（LINE_SUFFIX），正文五段。园区：中韩(盐城)产业园（非可选）；正文只作“我区”，发布单位为盐城经济技术开发区——列为可选园区（名称不在正文，evidence 用“走进我区”句）。公司：江苏悦达起亚汽车有限公司（第三工厂）、SK新能源(江苏)有限公司——记者在“我区”采访点，园区记中韩(盐城)产业园（由语境推断）。机构：盐城智能制造联合创新中心（公共服务平台，可选）。项目：SK新能源动力电池投资项目一期（一栋满负荷生产→投产）、二期（正在建设→在建）。悦达起亚“50秒即可‘智’造一台车”不计。",
  "vk07"),
 parks=[
  park(ZH, "盐城", "江苏", "产业园（国际合作）", K0, parent=YC, note="文中“我区”即发布单位盐城经济技术开发区"),
  park(YC, "盐城", "江苏", "经济技术开发区", "2022中外媒体盐城行活动走进我区", opt=True, note="正文只作“我区”；名称见已删的来源行"),
 ],
 companies=[
  comp("江苏悦达起亚汽车有限公司", ZH, "江苏悦达起亚汽车有限公司第三工厂采用国际先进的汽车制造设备和技术", note="第三工厂；园区由语境推断"),
  comp("SK新能源(江苏)有限公司", ZH, K2, aliases=["SK新能源"], note="园区由语境推断；母公司韩国SK集团"),
 ],
 institutions=[
  inst("盐城智能制造联合创新中心", "盐城智能制造联合创新中心是立足盐城、面向长三角的首个“一站式服务、实体化运营”的智能制造公共服务平台",
       kind="platform", park=ZH),
 ],
 projects=[
  proj("SK新能源(江苏)有限公司动力电池投资项目（一期）", ZH, K3, companies=["SK新能源(江苏)有限公司"], phase="一期", status="投产",
       status_text="一期一栋已满负荷生产,一期二栋部分产线已量产出货", aliases=["SK新能源"], note="“韩国SK集团全球布局中最大的动力电池投资项目”"),
  proj("SK新能源(江苏)有限公司动力电池投资项目（二期）", ZH, K3, companies=["SK新能源(江苏)有限公司"], phase="二期", status="在建",
       status_text="二期项目正在紧锣密鼓建设中", aliases=["SK新能源"]),
 ],
 aggregate_facts=[],
)
