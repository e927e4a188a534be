# real209 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as found); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Projects: the park is the one the text places the project
# in, null if none (a city, county or province is not a park). Status from the text's words (开工 / 动工 / 启动 / 开建 → 开工;
# 正在建设 / 施工 → 在建; 投产 / 开车投产 / 驶下生产线 → 投产; 签约 → 签约). Plans (“计划”“预计”“达产后”) are kind target with
# “（计划）”/“（预计）” in as_of; “截至目前” figures are cumulative. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/uzNN.raw as returned.

# ---------------------------------------------------------------- uz01 长春汽开区 signing (山西大院资讯网 2023-01-12)
CQ = "长春汽车经济技术开发区"
A0 = "总投资近442亿元的64个项目成功签约,总投资59.65亿元的12个项目落位启动……1月5日,吉林长春汽车经济技术开发区举行了长春市2023年第一场招商引资活动"
A1 = "标志着长春国际汽车城正在向世界级汽车整车及零部件生产研发基地扎实迈进"
A2 = "仅在2022年,奥迪一汽新能源汽车、一汽弗迪动力电池等重大项目便相继落位"
A3 = "总投资358亿元的奥迪一汽新能源汽车项目是奥迪打造在华首个专门生产纯电动汽车的生产基地"
A4 = "继奥迪一汽新能源汽车项目落地长春之后,一汽弗迪新能源科技有限公司动力电池项目于去年2月在长春正式开工"
AS1 = "2023-01-05"
G["uz01"] = dict(
 article=art("做大做强汽车产业链", "山西大院资讯网（shanxidayuan.com，“网络编辑”，财经栏；原出处未注明）", "2023-01-12", "day",
  "Regional aggregator relaying an unnamed Jilin item: a national automotive development zone's first investment event of 2023 — 64 projects signed and 12 launched with totals, and two flagship projects (an Audi-FAW EV plant under construction with its amount, an FAW-BYD battery plant started)",
  "http://www.shanxidayuan.com/zcjh/caijing/55911.html",
  "日期取页面“财经 2023-01-12 09:30:13”；活动在1月5日。网站名行、“0”、栏目/日期/标签行已删。存段在“全部建成达产后每年可”处中断，末句“这家公司由中国一汽集团、比亚迪股份有限公司共同注册成立,项目总投资135亿元,全部建成达产后每年可”已删（make_txt.py LINE_SUFFIX），故一汽弗迪项目的135亿元不在正文中。园区：长春汽车经济技术开发区（文中作“吉林长春汽车经济技术开发区”，简称“长春汽开区”；长春，吉林）；“长春国际汽车城”为品牌性区域，列为可选园区。项目：奥迪一汽新能源汽车项目（总投资358亿元；已暖封闭、正进行地面混凝土和机电系统施工→在建）；一汽弗迪新能源科技有限公司动力电池项目（“于去年2月在长春正式开工”→开工；两项目均在“长春汽开区…相继落位”语境中，园区记长春汽车经济技术开发区）。64个签约项目“总投资近442亿元”（近→约）、12个落位启动项目59.65亿元记为园区事实（2023-01-05）。项目达产后的产能、带动产值为可选项目事实（target）。合资股东中国一汽集团、比亚迪股份有限公司只在被删的末句中，不列；“一汽集团”（汽开区在其主机厂支持下发展）列为可选公司。",
  "uz01"),
 parks=[
  park(CQ, "长春", "吉林", "经济技术开发区", A0, aliases=["长春汽开区"], note="文中作“吉林长春汽车经济技术开发区”；国家级开发区（“全国唯一以汽车产业命名的国家级开发区”）"),
  park("长春国际汽车城", "长春", "吉林", "产业区", A1, opt=True, note="品牌性区域，范围与汽开区关系文中未明说"),
 ],
 companies=[
  comp("一汽弗迪新能源科技有限公司", CQ, A4, note="动力电池项目在长春开工；汽开区落位语境"),
  comp("一汽集团", CQ, "长春汽开区近年来在一汽集团各主机厂及零部件企业支持下", opt=True, note="支持汽开区的主机厂集团；位置由语境推断"),
 ],
 projects=[
  proj("奥迪一汽新能源汽车项目", CQ, A3, inv="总投资358亿元", status="在建",
       status_text="当前,该项目正进行地面混凝土和机电系统施工,即将进入设备安装阶段", aliases=["奥迪一汽新能源汽车"],
       note="2022年6月28日奠基，11月21日暖封闭；有望两年建成投产"),
  proj("一汽弗迪新能源科技有限公司动力电池项目", CQ, A4, companies=["一汽弗迪新能源科技有限公司"], status="开工",
       status_text="于去年2月在长春正式开工", aliases=["一汽弗迪动力电池"], note="金额在被删的末句中（135亿元），正文无"),
 ],
 aggregate_facts=[
  fact(CQ, "park", "projects_signed", 64, "count", A0, AS1),
  fact(CQ, "park", "signed_investment_cny", 4.42e10, "cny", A0, AS1, qual="约", qtext="近", chk=True),
  fact(CQ, "park", "projects_launched", 12, "count", "总投资59.65亿元的12个项目落位启动", AS1, note="落位启动"),
  fact(CQ, "park", "launched_investment_cny", 5.965e9, "cny", "总投资59.65亿元的12个项目落位启动", AS1, chk=True),
  fact("奥迪一汽新能源汽车项目", "project", "annual_capacity_vehicles", 300000, "vehicles",
       "全部建成后预计年产高端新能源汽车30万辆", "全部建成后（预计）", kind="target", opt=True),
  fact("奥迪一汽新能源汽车项目", "project", "induced_output_value_cny", 3e11, "cny",
       "达产后将直接带动上下游产值3000亿元", "达产后（预计）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- uz02 长春汽开区高质量发展观察 (kangbaishun 2025-09-29)
B0 = "金秋时节的长春汽车经济技术开发区(以下简称“长春汽开区”)呈现一派火热的生产建设发展场景"
B1 = "在奥迪一汽新能源公司长春基地,高度自动化的生产场景令人瞩目"
B2 = "与此同时,一汽旗新动力(长春)科技有限公司也在紧锣密鼓推进红旗、奔腾品牌乘用车动力总成的研发与制造"
G["uz02"] = dict(
 article=art("长春汽开区高质量发展观察 | 深培沃土万木兴", "康百顺（kangbaishun.com，“以车会友”栏；原出处未注明）", "2025-09-29", "day",
  "Car-themed aggregator relaying a Jilin feature: a national automotive development zone in autumn 2025 — the Audi-FAW EV base in production (automation figures, 80 days from approval to full start), an FAW powertrain company in the zone",
  "http://www.kangbaishun.com/25412.html",
  "日期取页面“发布时间:2025-09-29 10:10:15”。面包屑与日期行已删；标题与面包屑中的标题相同，取独立标题行。存段在“吹响了中国一”处中断，末句“中国一汽董事长、党委书记邱现东表示,…吹响了中国一”已删（LINE_SUFFIX），正文四段。园区：长春汽车经济技术开发区（简称“长春汽开区”）。公司：奥迪一汽新能源公司（长春基地在汽开区）、一汽旗新动力(长春)科技有限公司（“与此同时”承上，在汽开区）；中国一汽为汽开区服务对象，可选。项目：奥迪一汽新能源公司长春基地（“每两分钟便有一台新能源汽车驶下生产线”→投产；无金额）。自动化、车间面积等数字不计；“从立项到全面开工仅用80天”为可选项目事实。",
  "uz02"),
 parks=[
  park(CQ, "长春", "吉林", "经济技术开发区", B0, aliases=["长春汽开区"]),
 ],
 companies=[
  comp("奥迪一汽新能源公司", CQ, B1, note="长春基地在汽开区"),
  comp("一汽旗新动力(长春)科技有限公司", CQ, B2, note="红旗、奔腾乘用车动力总成"),
  comp("中国一汽", CQ, "作为服务中国一汽、服务全市汽车产业高质量发展的“主战场”和“主阵地”", opt=True, note="汽开区服务的主机厂集团"),
 ],
 projects=[
  proj("奥迪一汽新能源公司长春基地", CQ, B1, companies=["奥迪一汽新能源公司"], status="投产",
       status_text="每两分钟便有一台新能源汽车驶下生产线", aliases=["奥迪在华首个纯电动车型生产基地"],
       note="“该项目…从立项到全面开工仅用80天”；无金额"),
 ],
 aggregate_facts=[
  fact("奥迪一汽新能源公司长春基地", "project", "days_from_approval_to_full_start", 80, "days",
       "推动该项目实现从立项到全面开工仅用80天", "2025-09", opt=True),
 ])

# ---------------------------------------------------------------- uz03 松原 乾安天顺 (中国吉林网 2023-04)
TS = "天顺新能源装备制造产业园"
C0 = "4月10日上午,松原市能源领域重点项目春季集中开工活动在乾安天顺新能源装备制造产业园项目现场举行"
C1 = "位于松原市乾安县的天顺新能源装备制造产业园项目总投资50亿元,包含主机、叶片、塔筒、光伏支架及绿色智慧能源系统建设"
C2 = "目前,在产业园厂房内塔筒项目正在建设中,预计在4月中下旬投产"
C3 = "从活动中获悉,松原市“十四五”期间,计划建设能源项目101个,总投资1830亿元"
C4 = "2023年,计划实施能源项目57个,预计完成投资89.5亿元"
C5 = "本次集中开工能源项目20个,年度计划投资29.69亿元"
G["uz03"] = dict(
 article=art("（无标题）松原市能源领域重点项目春季集中开工活动在乾安天顺新能源装备制造产业园项目现场举行", "中国吉林网（吉刻APP，记者 高艺上/文 伦歆然 图/视频；编辑 金作超），sy.cnjiwang.com 松原频道", "2023-04", "month",
  "Provincial news portal's city channel, Jilin: a city's spring groundbreaking for energy projects held at a county's new-energy equipment park — the park project's amount and components, a tower plant under construction due to start production, the city's five-year and 2023 energy-project plans and the day's 20 projects",
  "http://sy.cnjiwang.com/ywq/202304/3709710.html",
  "存段无标题、无日期行（title 为编者概括）；日期取网址 202304，活动在4月10日。末尾署名行“中国吉林网 吉刻APP记者 高艺上/文 伦歆然 图/视频”与编辑/热线行已删。正文五段，完整。园区：天顺新能源装备制造产业园（文中又作“乾安天顺新能源装备制造产业园”“产业园”；松原市乾安县，吉林）——文中既是项目（“…产业园项目总投资50亿元”）也是园区（“在产业园厂房内塔筒项目正在建设中”），两者都列。项目：天顺新能源装备制造产业园项目（50亿元；开工活动在其现场举行、园内塔筒项目正在建设→在建，status_alt 开工）；塔筒项目（在建，预计4月中下旬投产）。“天顺”未以公司名出现，不列公司。松原市能源项目计划（101个/1830亿元，2023年57个/89.5亿元）与本次开工20个/29.69亿元为地区事实（region）。",
  "uz03"),
 parks=[
  park(TS, "松原", "吉林", "产业园", C1, district="乾安县", aliases=["乾安天顺新能源装备制造产业园"], note="文中又作“产业园”；本身也是一个项目"),
 ],
 companies=[],
 projects=[
  proj("天顺新能源装备制造产业园项目", TS, C1, inv="总投资50亿元", status="在建", status_alt="开工",
       status_text="在产业园厂房内塔筒项目正在建设中", aliases=["乾安天顺新能源装备制造产业园项目"],
       note="春季集中开工活动在其现场举行；园内塔筒项目在建"),
  proj("塔筒项目", TS, C2, status="在建", status_text="正在建设中", opt=True, note="名称泛称；预计4月中下旬投产"),
 ],
 aggregate_facts=[
  fact("松原市", "region", "energy_projects_planned", 101, "count", C3, "“十四五”期间（计划）", kind="target"),
  fact("松原市", "region", "energy_projects_planned_investment_cny", 1.83e11, "cny", C3, "“十四五”期间（计划）", kind="target", chk=True),
  fact("松原市", "region", "energy_projects_planned", 57, "count", C4, "2023年（计划）", kind="target"),
  fact("松原市", "region", "planned_annual_investment_cny", 8.95e9, "cny", C4, "2023年（预计）", kind="target", chk=True),
  fact("松原市", "region", "projects_started", 20, "count", C5, "2023-04-10", note="本次集中开工能源项目"),
  fact("松原市", "region", "planned_annual_investment_cny", 2.969e9, "cny", C5, "2023年（计划）", kind="target", chk=True,
       opt=True, note="本次开工20个项目的年度计划投资"),
 ])

# ---------------------------------------------------------------- uz04 中车松原新能源产业基地 (中国吉林网 via 云南网 2022-03-01)
ZC = "中车松原新能源产业基地"
D0 = "2月28日,中车松原新能源产业基地项目全面启动"
D1 = "该项目总投资450亿元,全力打造国内首家AAAA级工业生态产业园"
D2 = "山东中车风电有限公司副总经理吴树梁表示:切实感受到松原市优良的营商环境,也更加坚定了中车在松原扎根"
G["uz04"] = dict(
 article=art("100天!中车、松原携手!450亿!中车松原新能源产业基地项目全面启动!", "中国吉林网（吉刻APP，记者署名不全），云南网社会频道转载", "2022-03-01", "day",
  "Provincial news portal relaying another province's portal, Jilin: a 45-billion-yuan wind-power equipment base launched 100 days after signing — amount, this year's planned investment and output at full production, the investor's manager on the base and an industrial cluster",
  "http://society.yunnan.cn/system/2022/03/01/031946991.shtml",
  "日期取页面“发布时间:2022年03月01日 14:20:05  来源: 中国吉林网”；项目2月28日启动。栏目/位置行、日期来源行、与标题相同的“原标题:…”行、两处“松原市委宣传部供图”、图注“山东中车风电有限公司副总经理吴树梁 李煦 摄”、残缺署名“中国吉林网 吉刻APP记者 郭”已删。正文七段。项目：中车松原新能源产业基地项目（总投资450亿元；“全面启动”→开工；今年计划投资50亿元、达产后年产值170亿元为项目 target 事实）。“中车松原新能源产业基地”按文义是项目（“项目全面启动”），其目标是建成“工业生态产业园”，列为可选园区；项目园区记 null（文中无其他园区，松原为城市）。公司：山东中车风电有限公司（投资方，园区 null）；“中车”为集团简称，可选。“陆上风光三峡”与风光可开发量、装机规划不计。",
  "uz04"),
 parks=[
  park(ZC, "松原", "吉林", "产业基地", D0, opt=True, note="文中为项目名（“…产业基地项目全面启动”），规划为“工业生态产业园”"),
 ],
 companies=[
  comp("山东中车风电有限公司", None, D2, note="投资建设方；园区未给"),
  comp("中车", None, "从省委、省政府主要领导高位推动项目签约,到中车、松原携手推进全面启动", opt=True, note="集团简称"),
 ],
 projects=[
  proj("中车松原新能源产业基地项目", None, D1, companies=["山东中车风电有限公司"], inv="总投资450亿元", status="开工",
       status_text="全面启动", aliases=["中车松原新能源产业基地"], note="2021年11月签约，2022年2月28日全面启动；园区 null（基地本身即项目）"),
 ],
 aggregate_facts=[
  fact("中车松原新能源产业基地项目", "project", "planned_annual_investment_cny", 5e9, "cny", "今年计划投资50亿元", "2022年（计划）",
       kind="target", chk=True, opt=True),
  fact("中车松原新能源产业基地项目", "project", "annual_output_value_cny", 1.7e10, "cny", "达产后年产值可达到170亿元", "达产后（预计）",
       kind="target", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- uz05 吉林市 重大项目 (吉林市工业和信息化局 2025-03-21)
JJ = "吉林经开区"
E0 = "吉林经开区引进的总投资5亿元的低空飞行器制造及配套产业项目,将入驻无人机整机及零部件生产制造、低空应用展示交易、高端航空装备技术创新、综合起降场、测试飞行、无人机培训等相关企业,形成低空经济产业集聚效应"
E1 = "前几天,吉林市举行春季项目集中开工暨低空飞行器制造及配套产业项目启动仪式,一批化工、冰雪、低空产业项目开建"
E2 = "除了化工领域的吉化转型升级120万吨乙烯、吉化80万吨二氧化碳气体回收、吉化北方20万吨硫酸再生等23个重点项目外,还包括新材料领域的实施碳谷3万吨高性能碳纤维原丝、国兴2万吨风电主梁碳板等9个项目"
E3 = "而在前不久,吉林化纤年产3.5万吨生物质新型人造丝项目一期也开车投产"
G["uz05"] = dict(
 article=art("吉林市:重大项目引领产业提质升级 夯实高质量发展根基", "吉林市工业和信息化局（来源），载于 jlsmejl.cn“焦点新闻”", "2025-03-21", "day",
  "City industry bureau's item on an SME portal, Jilin: spring groundbreaking in a prefecture-level city — a low-altitude aircraft project launched in the economic-technological development zone with its amount, named chemical and new-material projects started, a chemical-fibre firm's rayon project in production",
  "http://jlsmejl.cn/jdxw-read-5758.html",
  "日期取页面“发布时间:2025-03-21|来源:吉林市工业和信息化局”。面包屑与日期来源行已删；存段末段“持续扩大有效投资,今年吉林市计划”未完，整段不收，正文五段。园区：吉林经开区（吉林市，吉林；全名未写）。项目：低空飞行器制造及配套产业项目（吉林经开区引进，总投资5亿元；“启动仪式”→开工）；春季开建项目中点名的吉化转型升级120万吨乙烯、吉化80万吨二氧化碳气体回收、吉化北方20万吨硫酸再生、碳谷3万吨高性能碳纤维原丝、国兴2万吨风电主梁碳板（“开建”→开工，status_alt 在建：集中开工含续建；园区文中未给→null）；吉林化纤年产3.5万吨生物质新型人造丝项目一期（开车投产→投产；园区文中未给→null）。公司：吉林化纤（园区 null）；吉化、吉化北方、碳谷、国兴只在项目名中，可选。23个化工、9个新材料项目为城市可选事实。",
  "uz05"),
 parks=[
  park(JJ, "吉林", "吉林", "经济技术开发区", E0, note="全名（吉林经济技术开发区）未写"),
 ],
 companies=[
  comp("吉林化纤", None, E3, note="全球产能最大的人造丝生产基地；文中未给园区"),
  comp("吉化", None, E2, opt=True, note="只在项目名中"),
  comp("吉化北方", None, E2, opt=True, note="只在项目名中"),
  comp("碳谷", None, E2, opt=True, note="只在项目名中"),
  comp("国兴", None, E2, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("低空飞行器制造及配套产业项目", JJ, E0, inv="总投资5亿元", status="开工", status_text="启动仪式",
       note="春季集中开工暨本项目启动仪式"),
  proj("吉化转型升级120万吨乙烯", None, E2, status="开工", status_alt="在建", status_text="开建", companies=["吉化"],
       note="春季集中开工（开复工）项目"),
  proj("吉化80万吨二氧化碳气体回收", None, E2, status="开工", status_alt="在建", status_text="开建", companies=["吉化"]),
  proj("吉化北方20万吨硫酸再生", None, E2, status="开工", status_alt="在建", status_text="开建", companies=["吉化北方"]),
  proj("碳谷3万吨高性能碳纤维原丝", None, E2, status="开工", status_alt="在建", status_text="开建", companies=["碳谷"]),
  proj("国兴2万吨风电主梁碳板", None, E2, status="开工", status_alt="在建", status_text="开建", companies=["国兴"]),
  proj("吉林化纤年产3.5万吨生物质新型人造丝项目一期", None, E3, companies=["吉林化纤"], status="投产", status_text="开车投产",
       phase="一期", aliases=["年产3.5万吨生物质新型人造丝项目"]),
 ],
 aggregate_facts=[
  fact("吉林市", "region", "chemical_projects_started", 23, "count", E2, "2025年春季", opt=True, note="化工领域重点项目"),
  fact("吉林市", "region", "new_material_projects_started", 9, "count", E2, "2025年春季", opt=True, note="新材料领域项目"),
 ])

# ---------------------------------------------------------------- uz06 吉林省72个医药健康项目 (中新社 via gaken.cn 2023-04)
F0 = "现已形成以通化医药高新区和长春国家生物产业基地“一区一基地”为双核心"
F1 = "当天,吉林敖东药业集团股份有限公司建设的中药配方颗粒工程项目开工建设"
F2 = "吉林敦化4月17日电(李丹)吉林省72个医药健康领域重大产业项目17日集中开复工,项目总投资396.8亿元,年度计划投资95.1亿元"
F3 = "吉林敖东药业集团股份有限公司总经理郭淑芹介绍,本次开工项目占地面积7.6万平方米,总投资10亿元"
F4 = "我们逐步打造了以敦化医药城、延龙图医药健康产业经济圈为集聚中心"
AS6 = "2023-04-17"
G["uz06"] = dict(
 article=art("吉林省72个医药健康领域重大产业项目集中开复工", "中国新闻网（中新社，李丹），载于 gaken.cn 企业网站文章页", "2023-04", "month",
  "Company website relaying a national news-agency wire, Jilin: a provincial groundbreaking for 72 pharmaceutical projects — totals, the province's pharmaceutical zones (a high-tech zone and a national bio-industry base), and one named firm's traditional-Chinese-medicine granule project started with its amount and expected revenue",
  "http://www.gaken.cn/article/177.html",
  "存段无日期行；电头“吉林敦化4月17日电”。年份2023取自同一电稿在检索中出现的另一转载页网址（calcsoftware.com/jlyw/2023-04-18/…，为繁体转换本，未采用其文字），故 published 记“2023-04”、精度 month。存段中的“11”（点击数）与两处重复标题（图注）已删；末段“吉林省科技厅厅长李岩介绍,为做好项目建设”未完，整段不收，正文六段。园区：通化医药高新区（通化，吉林）、长春国家生物产业基地（长春，吉林）；敦化医药城（敦化市，延边州）为集聚中心之一，可选。“辽源、梅河口、白山和敦化4个医药高新技术特色产业园区(基地)”未给名称，不列。项目：吉林敖东药业集团股份有限公司中药配方颗粒工程项目（总投资10亿元；开工建设→开工；文中未给园区→null，主会场在敦化市）。省级事实：72个项目、396.8亿元、年度计划95.1亿元（region 吉林省）；项目达产后营收12.6亿元、利税3.7亿元为项目 target 事实。",
  "uz06"),
 parks=[
  park("通化医药高新区", "通化", "吉林", "高新区", F0, note="“一区一基地”双核心之一"),
  park("长春国家生物产业基地", "长春", "吉林", "产业基地", F0, note="“一区一基地”双核心之一"),
  park("敦化医药城", "延边", "吉林", "产业区", F4, district="敦化市", opt=True, note="集聚中心之一；级别未说"),
 ],
 companies=[
  comp("吉林敖东药业集团股份有限公司", None, F1, note="文中未给园区"),
 ],
 projects=[
  proj("中药配方颗粒工程项目", None, F3, companies=["吉林敖东药业集团股份有限公司"], inv="总投资10亿元", status="开工",
       status_text="开工建设", note="省级集中开复工主会场在敦化市；园区未给"),
 ],
 aggregate_facts=[
  fact("吉林省", "region", "projects_started", 72, "count", F2, AS6, note="医药健康领域重大产业项目集中开复工"),
  fact("吉林省", "region", "projects_started_investment_cny", 3.968e10, "cny", F2, AS6, chk=True),
  fact("吉林省", "region", "planned_annual_investment_cny", 9.51e9, "cny", "年度计划投资95.1亿元", "2023年（计划）", kind="target", chk=True),
  fact("中药配方颗粒工程项目", "project", "expected_annual_revenue_cny", 1.26e9, "cny",
       "预计可实现年营业收入12.6亿元,利税总额3.7亿元", "达产后（预计）", kind="target", chk=True, opt=True),
  fact("中药配方颗粒工程项目", "project", "expected_profit_and_tax_cny", 3.7e8, "cny", "利税总额3.7亿元", "达产后（预计）",
       kind="target", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- uz07 绥芬河边境经济合作区 (cr-cbt.com, 2022-09 or later)
SF = "绥芬河边境经济合作区"
WL = "龙江交投绥芬河国际物流港加工园区"
H0 = "绥芬河边境经济合作区始建于1992年,由国务院特区办批准设立"
H1 = "边合区发挥土地储量、工业地产、产业集群和资源聚集优势,招引中林集团、曲美家俱集团、大自然地板、龙江交投集团、广东玛速玛、俄麦诺食品有限公司等央企、国企及行业领军企业入驻"
H2 = "在绥芬河边境经济合作区内,龙江交投绥芬河国际物流港加工园区经过紧锣密鼓的建设,从2021年4月到2022年9月,仅用了一年多的时间,就完成了11.23万平方米建筑面积的主体建设"
H3 = "截至目前,绥芬河国际物流港加工园区,总占地面积21.09万平方米,规划建筑面积11.23万平方米"
G["uz07"] = dict(
 article=art("（无标题）绥芬河边境经济合作区招引企业入驻，龙江交投绥芬河国际物流港加工园区完成主体建设", "cr-cbt.com 新闻页（newsshow.php?cid=37&id=624；网站主体与原出处在存段中未注明）", "2022-09 或稍后", "unknown",
  "Website news page (apparently of a border-trade / logistics operator), Heilongjiang: a border economic cooperation zone's history, area and resident firms, and a provincial transport-investment group's processing park inside it — main structure finished between April 2021 and September 2022, land and floor area",
  "https://cr-cbt.com/news/newsshow.php?cid=37&id=624",
  "存段无标题、无日期（title 为编者概括）；文中“从2021年4月到2022年9月…完成了…主体建设”，故发布不早于2022年9月，published 记“2022-09 或稍后”。存段在“建设有中央粮食收储库及厂”处中断，该残句已删（LINE_SUFFIX），正文五段。园区：绥芬河边境经济合作区（又作“边合区”；绥芬河市，牡丹江，黑龙江；国家级，1992年设立）；龙江交投绥芬河国际物流港加工园区（又作“绥芬河国际物流港加工园区”“加工园区”，在边合区内，parent 记边合区）；“边合区新区”（2012年筹建，规划14.7平方公里）列为可选园区。公司：中林集团、曲美家俱集团、大自然地板、龙江交投集团（又作“龙江交投”）、广东玛速玛、俄麦诺食品有限公司——“入驻”边合区。项目：加工园区建设本身（主体建设完成，尚在配套→在建），可选。面积数字为可选事实。",
  "uz07"),
 parks=[
  park(SF, "牡丹江", "黑龙江", "边境经济合作区", H0, district="绥芬河市", aliases=["边合区"], note="国家级；1992年设立"),
  park(WL, "牡丹江", "黑龙江", "加工园区", H2, district="绥芬河市", parent=SF, aliases=["绥芬河国际物流港加工园区", "加工园区"],
       note="在边合区内"),
  park("边合区新区", "牡丹江", "黑龙江", "边境经济合作区", "2012年,筹建边合区新区,规划面积14.7平方公里", district="绥芬河市", parent=SF,
       opt=True, note="边合区的新区"),
 ],
 companies=[
  comp("中林集团", SF, H1, note="入驻边合区"),
  comp("曲美家俱集团", SF, H1),
  comp("大自然地板", SF, H1),
  comp("龙江交投集团", SF, H1, aliases=["龙江交投"], note="建设运营加工园区"),
  comp("广东玛速玛", SF, H1),
  comp("俄麦诺食品有限公司", SF, H1),
 ],
 projects=[
  proj(WL, SF, H2, companies=["龙江交投集团"], status="在建", status_text="完成了11.23万平方米建筑面积的主体建设", opt=True,
       note="园区开发项目；主体建设完成，配套仍在建设"),
 ],
 aggregate_facts=[
  fact("边合区新区", "park", "planned_area_km2", 14.7, "km2", "2012年,筹建边合区新区,规划面积14.7平方公里", "2012年", opt=True),
  fact(WL, "park", "land_area_sqm", 210900, "sqm", H3, "截至目前（2022年9月后）", kind="cumulative", opt=True),
  fact(WL, "park", "floor_area_sqm", 112300, "sqm", H3, "截至目前（2022年9月后）", kind="cumulative", opt=True, note="规划建筑面积"),
 ])
