# real232 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim; names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约
# (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts
# it). Growth rates and shares as ratios. Projects: the park is the one the text places the project in, null if none (a city,
# district or county is not a park). Status from the text's words (开工 / 集中开工 → 开工; 投产 / 建成投产 → 投产; 已经完成 → 竣工;
# 封顶 / 设备安装 / 内部装修 / 重点实施 → 在建; 有意 / 积极引进 → planned). “预计” figures are kind target with “（预计）” in
# as_of; “累计” / “截至目前” / “今年截至目前” figures are cumulative. tw03 is traditional script as published (文匯報); the other
# six are simplified as published; nothing was converted. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/twNN.raw as returned.

# ---------------------------------------------------------------- tw01 宁东基地 调研 (中广网 2010, via bilezu)
ND = "宁夏宁东能源重化工基地"
A0 = "9号上午,宁夏宁东能源重化工基地迎来这些风尘仆仆的客人"
A1 = "陈建国、王正伟先后调研了神华国华宁东发电有限公司、石槽村煤矿、宁东基地物流园区、神华宁煤集团60万吨甲醇项目投料试车等重点项目建设情况"
A2 = "截止目前,已累计完成投资超过900亿元,其中2007至2009年宁东基地投资年增幅达50%"
A3 = "2010年一季度,宁东基地大会战更是实现了开门红,完成投资39.4亿元,完成计划的101.1%,同比增长41%"
G["tw01"] = dict(
 article=art("陈建国、王正伟等宁夏回族自治区领导调研宁东基地", "中广网（记者许新霞 马玲艳），载于 bilezu.com（转载站；页面标题前缀“济宁王正申”与日期“2018-01-08”为转载站所加）", "2010-04-09", "day",
  "National radio's news site relayed by an aggregator, Ningxia: regional leaders inspect an energy and chemical base — a power company, a coal mine, the base's logistics park and a coal-to-methanol project at trial run; the base's cumulative investment, investment growth 2007–2009 and first-quarter 2010 investment",
  "https://bilezu.com/html/11448161.html",
  "日期：电头“中广网银川4月9日消息”，年份由正文“2010年一季度”推定（转载页日期2018-01-08与标题前缀“济宁王正申”为转载站所加，不取）。标题取页内第二次出现的原题行；转载站标题行、日期、“字体/浏览”与“文章简介”（正文开头的句号改点号的摘要）已删。存段在末句“同样令人振奋的,还有正加速发展的循环经济、明”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…同比增长41%。”，共四段。园区：宁夏宁东能源重化工基地（文中又作“宁东基地”；银川灵武境内，宁夏；city 记银川）；宁东基地物流园区为基地内园区（可选）。公司：神华国华宁东发电有限公司（调研点，在基地）；神华宁煤集团只在项目名中（可选）。项目：神华宁煤集团60万吨甲醇项目“投料试车”（status 投产，status_alt 在建）；石槽村煤矿列“重点项目建设”（可选，在建）。事实：累计投资超过900亿元（cumulative，超）；2007至2009年投资年增幅50%（ratio，可选）；2010年一季度完成投资39.4亿元、完成计划101.1%、同比增长41%。领导人不列。",
  "tw01"),
 parks=[
  park(ND, "银川", "宁夏", "能源化工基地", A0, aliases=["宁东基地"], note="文中又作“宁东基地”；即宁东能源化工基地"),
  park("宁东基地物流园区", "银川", "宁夏", "物流园区", A1, parent=ND, opt=True, note="调研点之一；列为重点项目"),
 ],
 companies=[
  comp("神华国华宁东发电有限公司", ND, A1, note="调研点"),
  comp("神华宁煤集团", ND, A1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("神华宁煤集团60万吨甲醇项目", ND, A1, companies=["神华宁煤集团"], status="投产", status_text="投料试车", status_alt="在建",
       note="投料试车：试车阶段，投产与在建均可接受"),
  proj("石槽村煤矿", ND, A1, status="在建", status_text="重点项目建设情况", opt=True, note="煤矿建设项目；调研点"),
 ],
 aggregate_facts=[
  fact(ND, "park", "cumulative_investment_cny", 9e10, "cny", A2, "2010年4月", kind="cumulative", qual="超", qtext="超过", chk=True),
  fact(ND, "park", "investment_annual_growth", 0.5, "ratio", "其中2007至2009年宁东基地投资年增幅达50%", "2007–2009年", kind="ratio", opt=True),
  fact(ND, "park", "investment_cny", 3.94e9, "cny", A3, "2010年一季度", chk=True),
  fact(ND, "park", "investment_plan_completion_rate", 1.011, "ratio", "完成计划的101.1%", "2010年一季度", kind="ratio", opt=True),
  fact(ND, "park", "investment_yoy_growth", 0.41, "ratio", A3, "2010年一季度", kind="ratio"),
 ])

# ---------------------------------------------------------------- tw02 石嘴山 29 projects (宁夏日报 2010, via nxtv)
SZS = "石嘴山市"
B0 = "9月3日,计划总投资78.25亿元的石嘴山秋季29个重点项目集中开工"
B1 = "确立了115个重点项目,计划总投资212亿元"
B2 = "在项目建设中,石嘴山把新兴产业作为主攻方向,建设国电科环2500吨多晶硅、中节能尚德40兆光伏发电等新材料、新能源项目"
B3 = "突出抓好中粮集团11万吨稻米种植基地及加工、雨润集团150万只肉羊屠宰加工等重点项目"
B4 = "突出抓好惠农陆路口岸、平罗金融大厦、大武口百花市场改造等项目建设"
B5 = "从大武口金海国际商贸中心到惠农摩尔骄子商住城,从汇源食品饮料公司到煤机三厂棚户区……9月3日,计划总投资78.25亿元的石嘴山秋季29个重点项目集中开工"
G["tw02"] = dict(
 article=art("石嘴山项目引擎提速工业“快车”", "宁夏日报（记者 李刚），载于 wap.nxtv.cn（宁夏网络广播电视台，石嘴山栏）", "2010-09-05", "day",
  "Provincial daily on the regional broadcaster's site, Ningxia: a city's autumn groundbreaking of 29 key projects with their total, the year's 115 key projects and total, named new-energy, agricultural-processing and service projects — no park named",
  "http://wap.nxtv.cn/newsinfo/128424.html",
  "日期取页面“石嘴山 2010-09-05 11:09 宁夏日报”（该行已删）；文末“网络传播2906015”已删。标题照录。正文三段，完整，署名“(记者 李刚)”在正文末，保留。文中未写任何园区（惠农陆路口岸为口岸项目，不作园区），parks 为空；城市级集中开工稿。项目：开篇所列与29个秋季项目同时出现的汇源食品饮料公司（可选，开工；其余三项为商贸、住宅与棚改，不列）；全年重点项目中的国电科环2500吨多晶硅、中节能尚德40兆光伏发电（状态未说，status null）；中粮、雨润两项农业加工与惠农陆路口岸等服务业项目（可选）。事实：29个项目集中开工、计划总投资78.25亿元；全年115个重点项目、计划总投资212亿元（subject 石嘴山市，subject_type region）。",
  "tw02"),
 parks=[],
 companies=[
  comp("国电科环", None, B2, opt=True, note="只在项目名中"),
  comp("中节能尚德", None, B2, opt=True, note="只在项目名中"),
  comp("中粮集团", None, B3, opt=True, note="只在项目名中"),
  comp("雨润集团", None, B3, opt=True, note="只在项目名中"),
  comp("汇源食品饮料公司", None, B5, opt=True, note="开篇所列项目之一"),
 ],
 projects=[
  proj("国电科环2500吨多晶硅", None, B2, companies=["国电科环"], note="全年重点项目；状态未说；未写园区"),
  proj("中节能尚德40兆光伏发电", None, B2, companies=["中节能尚德"], note="全年重点项目；状态未说；未写园区"),
  proj("中粮集团11万吨稻米种植基地及加工", None, B3, companies=["中粮集团"], opt=True, note="农业项目"),
  proj("雨润集团150万只肉羊屠宰加工", None, B3, companies=["雨润集团"], opt=True, note="农业加工项目"),
  proj("惠农陆路口岸", None, B4, opt=True, note="服务业（口岸）项目"),
  proj("汇源食品饮料公司", None, B5, companies=["汇源食品饮料公司"], status="开工", status_text="集中开工", opt=True,
       note="开篇“从…到…”所列，推定为9月3日集中开工项目之一"),
 ],
 aggregate_facts=[
  fact(SZS, "region", "projects_started", 29, "count", B0, "2010-09-03", note="秋季重点项目集中开工"),
  fact(SZS, "region", "projects_started_planned_investment_cny", 7.825e9, "cny", B0, "2010-09-03", kind="target", chk=True, note="计划总投资"),
  fact(SZS, "region", "key_projects", 115, "count", B1, "2010年"),
  fact(SZS, "region", "key_projects_planned_investment_cny", 2.12e10, "cny", B1, "2010年", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- tw03 烏蘭察布 商務考察 (香港文匯報 2011, traditional)
WL = "物流園區"
C0 = "考察期間香港鉅龍實業投資有限公司董事長李福昌關於高壓化成箔項目的技術研法、生產工藝、市場銷售等與蘇通電子負責人進行了深度探討"
C1 = "香港熙源發展投資有限公司已有意在集寧規劃的物流園區裡打造一個專業性的皮具批發市場"
G["tw03"] = dict(
 article=art("（無標題）香港貿易促進會商務考察團考察內蒙古烏蘭察布市", "香港文匯報（news.wenweipo.com；本報實習記者李倩）", "2011-08-22", "day",
  "Hong Kong daily's mainland news (traditional script as published), Inner Mongolia: a Hong Kong trade-promotion delegation's four-day business visit to a city — a framework agreement, talks between a Hong Kong investor and a local electronics firm on a project, a Hong Kong company's intention to build a leather wholesale market in a planned logistics park",
  "http://news.wenweipo.com/2011/08/22/NN1108220017.htm",
  "繁體原文，照錄，未轉換。日期取網址 2011/08/22 與電頭“內蒙古22日電”。存段無標題行（title 為編者概括）、無欄目行；正文兩段，完整。園區：集寧（烏蘭察布市集寧區）“規劃的物流園區”，未命名，列為可選園區（name 取“物流園區”）。公司：香港鉅龍實業投資有限公司、蘇通電子（就高壓化成箔項目探討，未說園區）、香港熙源發展投資有限公司（有意在物流園區建皮具批發市場）。項目：皮具批發市場（planned，園區 物流園區；可選）；高壓化成箔項目（僅探討，無狀態；可選）。機構：香港貿易促進會（可選）。無數字事實（“為期4天”不計）。",
  "tw03"),
 parks=[
  park(WL, "烏蘭察布", "內蒙古", "物流園區", C1, district="集寧區", opt=True, note="“集寧規劃的物流園區”，未命名，規劃中"),
 ],
 companies=[
  comp("香港鉅龍實業投資有限公司", None, C0, note="香港投資者；董事長李福昌"),
  comp("蘇通電子", None, C0, note="當地企業；園區未說"),
  comp("香港熙源發展投資有限公司", WL, C1, note="有意在集寧物流園區建皮具批發市場"),
 ],
 institutions=[
  inst("香港貿易促進會", "日前,香港貿易促進會商務考察團對內蒙古烏蘭察布市進行了為期4天的商務考察", kind="association", note="考察團組織方"),
 ],
 projects=[
  proj("皮具批發市場", WL, C1, companies=["香港熙源發展投資有限公司"], status="planned", status_text="已有意", opt=True,
       note="“專業性的皮具批發市場”，意向"),
  proj("高壓化成箔項目", None, C0, companies=["香港鉅龍實業投資有限公司", "蘇通電子"], opt=True, note="僅就技術、工藝、銷售探討"),
 ],
 aggregate_facts=[])

# ---------------------------------------------------------------- tw04 西夏区 (宁夏日报 2013, via 56china)
XX = "西夏区"
D0 = "今年,西夏区重点实施中石油“4580”、共享装备数字化铸造等22个新续建工业项目,总投资44.2亿元"
D1 = "今年1月至8月,实现地区生产总值157亿元,同比增长10.6%;固定资产投资完成63.5亿元,同比增长39.7%"
D2 = "1月至8月,该区67家规模以上企业完成工业总产值302.9亿元,同比增长11.9%"
D3 = "今年截至目前,该区洽谈签约引资项目达34个,概算总投资499亿元,其中,万达、润恒等投资40亿元以上的大项目6个"
D4 = "55项重点项目开工率达100%,撬动社会投资136.5亿元"
AS4 = "2013年1–8月"
G["tw04"] = dict(
 article=art("西夏区实现四个翻番 55项重点项目开工率达100%", "宁夏日报（记者 龚其云），载于 56china.com（“来源:宁夏日报”）", "2013-10-03", "day",
  "Provincial daily relayed by a logistics portal, Ningxia: a city district's January–August 2013 figures — GDP, fixed-asset investment, 22 industrial projects with their total, above-scale firms' output, signed projects, key projects' start rate — no park named",
  "http://56china.com/2013/1003/86666.html",
  "日期取网址 2013/1003（转载日；正文“昨天”为采访日，原刊日未示，可能早一两日）。标题照录；文末“来源:宁夏日报”与站点按钮行已删。正文三段，完整，署名“(记者 龚其云)”在正文末，保留。文中无园区（西夏区为市辖区，不作园区），parks 为空。项目：中石油“4580”、共享装备数字化铸造（“重点实施…新续建工业项目”→在建；未写园区）；西夏古城项目（A区主体基本完成、B区全面开工→在建，可选）。公司：中石油、共享装备/共享集团、西轴、万达、润恒均可选。事实均以西夏区为 subject（region）：1–8月地区生产总值、固定资产投资及增速，22个工业项目总投资，67家规上企业工业总产值及增速，签约项目数与概算总投资（cumulative），55项重点项目开工率100%，撬动社会投资。“四个翻番”不计。",
  "tw04"),
 parks=[],
 companies=[
  comp("中石油", None, D0, opt=True, note="项目“中石油“4580””"),
  comp("共享装备", None, D0, opt=True, aliases=["共享集团"], note="文中又作“共享集团”"),
  comp("西轴", None, "发挥西轴、共享集团国家级技术中心支撑带动作用", opt=True),
  comp("万达", None, D3, opt=True, note="投资40亿元以上的签约项目方"),
  comp("润恒", None, D3, opt=True, note="投资40亿元以上的签约项目方"),
 ],
 projects=[
  proj("中石油“4580”", None, D0, companies=["中石油"], status="在建", status_text="重点实施", note="22个新续建工业项目之一；未写园区"),
  proj("共享装备数字化铸造", None, D0, companies=["共享装备"], status="在建", status_text="重点实施", note="22个新续建工业项目之一；未写园区"),
  proj("西夏古城项目", None, "昨天,记者在银川市西夏区西夏古城项目工地看到,占地53亩的A区主体工程基本完成,占地50亩的B区已全面开工",
       status="在建", status_text="A区主体工程基本完成,B区已全面开工", opt=True, note="文旅项目"),
 ],
 aggregate_facts=[
  fact(XX, "region", "gdp_cny", 1.57e10, "cny", D1, AS4, chk=True),
  fact(XX, "region", "gdp_yoy_growth", 0.106, "ratio", D1, AS4, kind="ratio", opt=True),
  fact(XX, "region", "fixed_asset_investment_cny", 6.35e9, "cny", "固定资产投资完成63.5亿元,同比增长39.7%", AS4, chk=True),
  fact(XX, "region", "fixed_asset_investment_yoy_growth", 0.397, "ratio", "固定资产投资完成63.5亿元,同比增长39.7%", AS4, kind="ratio", opt=True),
  fact(XX, "region", "industrial_projects", 22, "count", D0, "2013年", note="新续建工业项目"),
  fact(XX, "region", "industrial_projects_total_investment_cny", 4.42e9, "cny", "22个新续建工业项目,总投资44.2亿元", "2013年", chk=True),
  fact(XX, "region", "above_scale_firms", 67, "count", D2, AS4),
  fact(XX, "region", "industrial_output_cny", 3.029e10, "cny", "67家规模以上企业完成工业总产值302.9亿元", AS4, chk=True, note="规上企业"),
  fact(XX, "region", "industrial_output_yoy_growth", 0.119, "ratio", D2, AS4, kind="ratio"),
  fact(XX, "region", "projects_signed", 34, "count", D3, "2013年1月至10月初", kind="cumulative", note="洽谈签约引资项目"),
  fact(XX, "region", "projects_signed_investment_cny", 4.99e10, "cny", "概算总投资499亿元", "2013年1月至10月初", kind="cumulative", chk=True),
  fact(XX, "region", "key_projects_start_rate", 1.0, "ratio", D4, "2013年1月至10月初", kind="ratio", opt=True, note="55项重点项目"),
  fact(XX, "region", "social_investment_leveraged_cny", 1.365e10, "cny", "撬动社会投资136.5亿元", "2013年1月至10月初", kind="cumulative", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- tw05 生态纺织示范园 贺兰园区 调研 (中国纺织报 2014, via webtex)
STF = "宁夏生态纺织产业示范园"
HL = "贺兰园区"
E0 = "5月14日,宁夏回族自治区主席刘慧调研宁夏生态纺织产业示范园贺兰园区"
E1 = "入驻园区的山东如意集团投资55.4亿元,建设25万锭如意纺高档纱线、10万头气流纺高档精梳纱线项目已进入设备安装阶段"
E2 = "园区一期项目自2013年5月启动建设以来,基础设施建设已完成70%,主体项目60多万平方米的厂房已经封顶"
E3 = "2015年一期项目建成投产后,将实现年产值近200亿元"
G["tw05"] = dict(
 article=art("宁夏回族自治区主席刘慧调研宁夏生态纺织示范园区", "中国纺织报（“稿件来源:中国纺织报”），载于 news.webtex.cn（第一纺织网）", "2014-05-23", "day",
  "Trade paper relayed by a textile portal, Ningxia: the regional chairwoman inspects a textile park's 贺兰 section — phase 1 started May 2013, infrastructure 70% done, plants topped out, an anchor firm's spinning project with its investment at equipment installation, the phase's expected output",
  "http://news.webtex.cn/info/2014-5-23@598404_1.htm",
  "日期取网址 2014-5-23（正文“5月14日”为调研日）。标题照录；“稿件来源:中国纺织报”与第一纺织网版权声明已删。正文两段，完整。园区：宁夏生态纺织产业示范园（标题作“宁夏生态纺织示范园区”；“一园两区”）及其贺兰园区（银川市贺兰县）。公司：山东如意集团（入驻园区）。项目：25万锭如意纺高档纱线、10万头气流纺高档精梳纱线项目（投资55.4亿元，设备安装→在建；两条产线作一个项目）。事实：基础设施完成70%、厂房60多万平方米封顶（可选）、一期建成投产后年产值近200亿元（target，约）。“轻重工业比”为全区指标，不计。",
  "tw05"),
 parks=[
  park(STF, "银川", "宁夏", "产业示范园（生态纺织）", E0, aliases=["宁夏生态纺织示范园区"], note="标题作“宁夏生态纺织示范园区”；文中又作“生态纺织示范园区”"),
  park(HL, "银川", "宁夏", "园区", E0, district="贺兰县", parent=STF, note="文中作“宁夏生态纺织产业示范园贺兰园区”；又作“园区”"),
 ],
 companies=[
  comp("山东如意集团", HL, E1, note="入驻园区"),
 ],
 projects=[
  proj("25万锭如意纺高档纱线、10万头气流纺高档精梳纱线项目", HL, E1, companies=["山东如意集团"], inv="投资55.4亿元",
       status="在建", status_text="已进入设备安装阶段", note="两条产线合为一个项目，投资合计"),
 ],
 aggregate_facts=[
  fact(HL, "park", "infrastructure_completion_rate", 0.70, "ratio", E2, "2014年5月", kind="ratio"),
  fact(HL, "park", "plant_floor_area_topped_out_m2", 600000, "m2", E2, "2014年5月", qual="余", qtext="多", opt=True),
  fact(HL, "park", "expected_annual_output_cny", 2e10, "cny", E3, "2015年一期建成投产后（预计）", kind="target", qual="约", qtext="近", chk=True),
 ])

# ---------------------------------------------------------------- tw06 如意工业园一期投产 (中国纺织品网 2014)
STF6 = "宁夏生态纺织产业示范园"
RY = "如意工业园"
F0 = "92日,宁夏生态纺织产业示范园区如意工业园一期项目投产暨二期项目启动仪式在宁夏银川市贺兰县举行"
F1 = "其中,贺兰园区批复总投资1289亿元"
F2 = "目前,一期建设的4个主体项目10个厂房已交付使用,预计今年园区可完成产值30亿元,实现税收1.5亿元"
F3 = "仅用1年左右的时间,10栋共68.2万平方米的现代化标准厂房建成并投产"
G["tw06"] = dict(
 article=art("宁夏生态纺织产业示范园区如意工业园一期项目投产", "中国纺织品网（tex.org.cn，纺织要闻栏；署名未示）", "2014-09-03", "day",
  "Textile trade portal, Ningxia: a textile park's anchor industrial park puts phase 1 into production and launches phase 2 — the park's two-section layout, the 贺兰 section's approved total investment, phase-1 plants delivered, the year's expected output and tax, standard plants built",
  "https://tex.org.cn/news/fangzhiyaowen/34/169406.html",
  "日期取页面“日期:2014-09-03”。标题照录；站名、频道菜单、“放大字体 缩小字体”与日期行已删。首句“92日,”原文如此（“9月2日”缺“月”字），照录。存段在末段“宁夏生态纺织产业示范园区如意工业园”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…纺织工业肩负着新的历史使命。”，共四段。园区：宁夏生态纺织产业示范园（标题作“…示范园区”；文中又作“示范园”；“一园两区”，南灵武、北贺兰）；贺兰园区（批复总投资1289亿元）；如意工业园（标题作“宁夏生态纺织产业示范园区如意工业园”，在贺兰县；母园区记示范园，贺兰园区由地点推定见 note）。公司：山东如意科技集团。项目：如意工业园一期项目（投产）、二期项目（启动→开工，status_alt planned）。事实：贺兰园区批复总投资1289亿元（target）；一期4个主体项目10个厂房交付使用；今年预计产值30亿元、税收1.5亿元（target；“园区”归贺兰园区，由上下文推定）；10栋共68.2万平方米标准厂房建成投产（可选）。机构：中国纺织工业联合会（可选）。",
  "tw06"),
 parks=[
  park(STF6, "银川", "宁夏", "产业示范园（生态纺织）", "宁夏生态纺织产业示范园地处银川市贺兰县和灵武市,采取“一园两区”的模式",
       aliases=["宁夏生态纺织产业示范园区"], note="标题作“宁夏生态纺织产业示范园区”；文中又作“示范园”；跨贺兰县、灵武市"),
  park("贺兰园区", "银川", "宁夏", "园区", F1, district="贺兰县", parent=STF6),
  park(RY, "银川", "宁夏", "工业园", F0, district="贺兰县", parent=STF6, note="在贺兰县，应属贺兰园区（推定）"),
 ],
 companies=[
  comp("山东如意科技集团", RY, "银川市、贺兰县以及山东如意科技集团紧密携手、精诚合作", note="如意工业园投资方"),
 ],
 institutions=[
  inst("中国纺织工业联合会", "中国纺织工业联合会副会长孙瑞哲表示", kind="association"),
 ],
 projects=[
  proj("如意工业园一期项目", RY, F0, companies=["山东如意科技集团"], phase="一期", status="投产", status_text="投产"),
  proj("如意工业园二期项目", RY, F0, companies=["山东如意科技集团"], phase="二期", status="开工", status_text="启动", status_alt="planned"),
 ],
 aggregate_facts=[
  fact("贺兰园区", "park", "approved_total_investment_cny", 1.289e11, "cny", F1, "2014年9月", kind="target", chk=True, note="批复总投资"),
  fact("贺兰园区", "park", "main_projects_delivered", 4, "count", F2, "2014年9月", opt=True, note="一期4个主体项目10个厂房交付使用"),
  fact("贺兰园区", "park", "expected_annual_output_cny", 3e9, "cny", "预计今年园区可完成产值30亿元,实现税收1.5亿元", "2014年全年（预计）", kind="target", chk=True,
       note="“园区”由上下文归贺兰园区"),
  fact("贺兰园区", "park", "expected_annual_tax_cny", 1.5e8, "cny", "实现税收1.5亿元", "2014年全年（预计）", kind="target", chk=True),
  fact(RY, "park", "standard_plant_floor_area_m2", 682000, "m2", F3, "2014年9月", opt=True, note="10栋标准厂房建成并投产"),
 ])

# ---------------------------------------------------------------- tw07 通辽开发区 (通辽日报 2015, via 内蒙古新闻网)
TL = "通辽经济技术开发区"
H0 = "一季度,开发区全部工业销售收入完成73.8亿元,同比增长8%;全部工业增加值完成21.5亿元,同比增长8.6%"
H1 = "其中,隆圣峰天然气项目母站、加气子站、燃气管线铺设工程已经完成,具备供气条件,6月底投入运营"
H2 = "食品产业园项目17.5万平方米生产车间已经封顶,正在进行内部装修,基础设施配套工程全面复工,8月份投入运行"
H3 = "兴合生物蓖麻加工一期项目正在进行设备安装,计划6月份正式投产"
H4 = "金煤动力站技能改造项目,已开始锅炉设备安装,6月份投入运行"
H5 = "永众新能源汽车二期项目正在进行改装车间、检测线车间的内部装修工程,6月份建成投产"
AS7 = "2015年一季度"
G["tw07"] = dict(
 article=art("通辽开发区项目建设为经济发展按下“快进键”", "通辽日报（“来源: 通辽日报”），载于 内蒙古新闻网 inews.nmgnews.com.cn（通辽新闻栏；署名存段未示）", "2015-05-13", "day",
  "Local daily on the regional news portal, Inner Mongolia: an economic and technological development zone's first-quarter 2015 figures, ten key industrial projects started with five named at different stages (completed, topped out, equipment installation), and its logistics projects",
  "http://inews.nmgnews.com.cn/system/2015/05/13/011683884.shtml",
  "日期取页面“内蒙古新闻网 15-05-13 17:50 … 来源: 通辽日报”（该行已删）。标题照录；导航、位置行、“转播到腾讯微博”已删。存段在末句“推进美林曲美家具1.3万平方米体验馆正式运营、2.2万平方米生”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…6月份投入运营。”，共三段。园区：通辽经济技术开发区（标题作“通辽开发区”，文中又作“开发区”；通辽市，内蒙古；级别文中未说）。项目（均在开发区）：隆圣峰天然气项目（工程已经完成→竣工）、食品产业园项目（封顶、内部装修→在建）、兴合生物蓖麻加工一期项目（设备安装→在建，计划6月投产）、金煤动力站技能改造项目（在建）、永众新能源汽车二期项目（内部装修→在建）；东北亚现货交易中心项目（积极引进→planned，可选）、蒙药物流园标准化智能库房（可选）、红星美凯龙（商业，可选）。公司只在项目名中，均可选。事实：一季度工业销售收入73.8亿元、增长8%；工业增加值21.5亿元、增长8.6%；规上工业增加值19.8亿元、增长8.3%；已开工重点工业项目10个（cumulative）。",
  "tw07"),
 parks=[
  park(TL, "通辽", "内蒙古", "经济技术开发区", "通辽经济技术开发区积极抓好在建项目加快推进、建成项目及早投产", aliases=["通辽开发区"],
       note="标题作“通辽开发区”；文中又作“开发区”"),
  park("食品产业园", "通辽", "内蒙古", "产业园（食品）", H2, parent=TL, opt=True, note="以“食品产业园项目”出现，园中园"),
  park("蒙药物流园", "通辽", "内蒙古", "物流园", "扎实推进蒙药物流园1.2万平方米标准化智能库房及配套设施建设并投入使用", parent=TL, opt=True),
 ],
 companies=[
  comp("隆圣峰", TL, H1, opt=True, note="只在项目名中"),
  comp("兴合生物", TL, H3, opt=True, note="只在项目名中"),
  comp("金煤", TL, H4, opt=True, note="只在项目名中"),
  comp("永众新能源汽车", TL, H5, opt=True, note="只在项目名中"),
  comp("红星美凯龙", TL, "加快红星美凯龙内部装修,6月份投入运营", opt=True, note="商业项目"),
 ],
 projects=[
  proj("隆圣峰天然气项目", TL, H1, companies=["隆圣峰"], status="竣工", status_text="已经完成,具备供气条件", note="6月底投入运营"),
  proj("食品产业园项目", TL, H2, status="在建", status_text="已经封顶,正在进行内部装修", note="8月份投入运行"),
  proj("兴合生物蓖麻加工一期项目", TL, H3, companies=["兴合生物"], phase="一期", status="在建", status_text="正在进行设备安装", note="计划6月份正式投产"),
  proj("金煤动力站技能改造项目", TL, H4, companies=["金煤"], status="在建", status_text="已开始锅炉设备安装", note="6月份投入运行"),
  proj("永众新能源汽车二期项目", TL, H5, companies=["永众新能源汽车"], phase="二期", status="在建", status_text="正在进行…内部装修工程", note="6月份建成投产"),
  proj("东北亚现货交易中心项目", TL, "积极引进东北亚现货交易中心项目", status="planned", status_text="积极引进", opt=True),
  proj("蒙药物流园标准化智能库房", TL, "扎实推进蒙药物流园1.2万平方米标准化智能库房及配套设施建设并投入使用", status="在建", status_text="扎实推进…建设并投入使用",
       status_alt="投产", opt=True),
  proj("红星美凯龙", TL, "加快红星美凯龙内部装修,6月份投入运营", companies=["红星美凯龙"], status="在建", status_text="内部装修", opt=True, note="商业项目"),
 ],
 aggregate_facts=[
  fact(TL, "park", "industrial_sales_revenue_cny", 7.38e9, "cny", H0, AS7, chk=True),
  fact(TL, "park", "industrial_sales_revenue_yoy_growth", 0.08, "ratio", H0, AS7, kind="ratio"),
  fact(TL, "park", "industrial_value_added_cny", 2.15e9, "cny", "全部工业增加值完成21.5亿元,同比增长8.6%", AS7, chk=True),
  fact(TL, "park", "industrial_value_added_yoy_growth", 0.086, "ratio", "全部工业增加值完成21.5亿元,同比增长8.6%", AS7, kind="ratio"),
  fact(TL, "park", "above_scale_industrial_value_added_cny", 1.98e9, "cny", "规模以上工业增加值完成19.8亿元,同比增长8.3%", AS7, chk=True, opt=True),
  fact(TL, "park", "above_scale_industrial_value_added_yoy_growth", 0.083, "ratio", "规模以上工业增加值完成19.8亿元,同比增长8.3%", AS7, kind="ratio", opt=True),
  fact(TL, "park", "key_industrial_projects_started", 10, "count", "现已开工重点工业项目10个", "2015年5月", kind="cumulative"),
 ])

# how each item was obtained (appended to article.note): the `search` call (numbered as in _raw/notes.md) whose excerpt is
# stored verbatim in _raw/pages/twNN.raw
OBTAINED = {"tw01": "5（又见于第18次）", "tw02": "8", "tw03": "21", "tw04": "3（又见于第11、22次）", "tw05": "9（又见于第16次）",
            "tw06": "9", "tw07": "19"}
for _k, _n in OBTAINED.items():
    G[_k]["article"]["note"] += "获取：search 工具（corpus pages）第%s次调用返回的摘录，照录于 _raw/pages/%s.raw，再由 _build/make_txt.py 生成正文。" % (_n, _k)
