# real310 ground truth, read by build_all.py (real52's, copied unchanged; helpers park/comp/inst/proj/fund/fact/art/amt
# defined there). Conventions as real52: evidence verbatim (all four items simplified script as published); names as
# written; 逾/超过/超/以上 → 超, 余/多 → 余, 约/近/左右 → 约. Money: yuan in investment_cny / *_cny facts (first amount of the
# evidence; chk=True asserts it). Projects: the park the text places the project in, null if none. Status from the text's
# words: an investment agreement signed (签署《项目投资协议书》) → 签约; a board-approved plan or an intention (拟/预计/规划) →
# planned; 开工 → 开工. Sources are `search` (corpus pages) excerpts typed into _raw/pages/qwNN.raw as returned.

# ---------------------------------------------------------------- qw01 渝三峡A 彭山经济开发区 (中国证券网 / 中化新网 2017)
PS = "四川彭山经济开发区"
A0 = "公司于11月20日与四川彭山经济开发区管理委员会签署了《项目投资协议书》,项目内容为年产3万吨石墨烯涂料、水性工业涂料,计划总投资2亿元,建设周期约18个月"
G["qw01"] = dict(
 article=art("拟新建涂料生产基地", "中化新网（“中化新网讯”），页面署来源“中国证券网”，载于 lookchem.cn", "2017-11-24", "day",
  "Chemical-trade site relaying a securities-press brief (中国证券网), Sichuan: a listed paint maker signs an investment agreement with an economic development zone's management committee for a coatings plant — capacity, planned total investment, construction period, registration requirement",
  "http://www.lookchem.cn/news/price/2017/11/24/84342.html",
  "日期取页面“来源:中国证券网发布时间:2017/11/24 10:51:01”（公告为11月21日晚间，签约为2017年11月20日）。标题照录（页面标题行重复一次，已删）；正文一段，三句间以空格相隔，照录。正文278字，略短于300字。园区：四川彭山经济开发区（眉山市彭山区，四川；文中只见“四川彭山经济开发区管理委员会”）。公司：渝三峡A（重庆三峡油漆股份有限公司的证券简称，文中只作“渝三峡A”）、成都渝三峡油漆有限公司（搬迁改造对象，原址成都，园区未说，可选）。项目：年产3万吨石墨烯涂料、水性工业涂料项目（名称由“项目内容为…”得出，签约→签约；计划总投资2亿元；建设周期约18个月）。管委会列可选机构。",
  "qw01"),
 parks=[
  park(PS, "眉山", "四川", "经济开发区", A0, district="彭山区", note="文中只作“四川彭山经济开发区管理委员会”"),
 ],
 companies=[
  comp("渝三峡A", PS, "中化新网讯 渝三峡A11月21日晚间公告", note="证券简称；在园区签约建厂，须在眉山市彭山区注册独立企业法人"),
  comp("成都渝三峡油漆有限公司", None, "为尽快完成成都渝三峡油漆有限公司的搬迁改造工作", opt=True, note="搬迁改造对象；迁入地由语境推定为彭山，文中未明说"),
 ],
 institutions=[
  inst("四川彭山经济开发区管理委员会", A0, park=PS, note="签约方"),
 ],
 projects=[
  proj("年产3万吨石墨烯涂料、水性工业涂料项目", PS, A0, companies=["渝三峡A"], inv="计划总投资2亿元", status="签约", status_text="签署了《项目投资协议书》",
       aliases=["年产3万吨石墨烯涂料、水性工业涂料"], note="项目名由“项目内容为…”得出；建设周期约18个月；标题称“涂料生产基地”"),
 ],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- qw02 振华科技 振华新天工业园 (智通财经 2022)
ZH = "振华新天工业园"
B0 = "公司位于贵州省贵阳市的振华新天工业园建于上世纪80年代"
B1 = "为“七五”时期三线调迁的中国振华集团永光电子有限公司、中国振华电子集团宇光电工有限公司、原中国振华电子集团建新机电有限公司、中国振华电子集团新天动力有限公司等4户企业规划用地,占地257亩"
B2 = "经贵阳市乌当区人民政府同意,并指定其平台公司贵阳乌当工业投资有限公司利用振华新天工业园相邻土地149.36亩(合计99573.83平方米),为公司订制厂房179,602.76平方米,公司预计以自有资金10.65亿元购买订制厂房"
AS2 = "2022年11月"
G["qw02"] = dict(
 article=art("振华科技(000733.SZ)拟斥10.65亿元购买订制厂房 解决生产场地不足问题", "智通财经（作者 谢炯）", "2022-11-03", "day",
  "Financial newswire on a listed company's announcement, Guizhou: a listed electronics group's own industrial park (a 1980s third-front relocation site) — its founding firms, area and present number of firms, and the company's plan to buy made-to-order plants on adjacent land supplied by a district platform company",
  "https://zhitongcaijing.com/content/detail/822943.html",
  "日期取页面“作者: 智通财经 谢炯 2022-11-03 17:47:51”。标题照录；作者日期行、摘要行（“…建于上世纪...”，正文首句的截断重复）与“智通声明”及分享按钮已删。正文两段，完整。园区：振华新天工业园（贵阳市，贵州；区县按文意为乌当区——文中只说乌当区政府同意、相邻土地，园区本身的区县未明说，district 记乌当区并注明）。公司：振华科技（000733.SZ，上市公司，园区所属）；园区原规划用地的4户企业（中国振华集团永光电子有限公司等，均在园区）；贵阳乌当工业投资有限公司（乌当区平台公司，订制厂房方，园区 null）。项目：订制厂房——公司拟以自有资金10.65亿元购买乌当工投在园区相邻土地上为其订制的厂房179,602.76平方米；“相邻土地”不在园区内，park 记 null 并注明（可选地与园区相关）；状态 planned（“预计”）。事实：园区占地257亩（原规划）、园区内现有企业8户；相邻土地149.36亩。",
  "qw02"),
 parks=[
  park(ZH, "贵阳", "贵州", "工业园（企业园区）", B0, district="乌当区", note="区县由语境推定（乌当区政府同意、相邻土地）；上世纪80年代三线调迁企业规划用地"),
 ],
 companies=[
  comp("振华科技", ZH, "智通财经APP讯,振华科技(000733.SZ)公告,公司位于贵州省贵阳市的振华新天工业园建于上世纪80年代", note="000733.SZ；园区为公司所有"),
  comp("中国振华集团永光电子有限公司", ZH, B1),
  comp("中国振华电子集团宇光电工有限公司", ZH, B1),
  comp("原中国振华电子集团建新机电有限公司", ZH, B1, aliases=["中国振华电子集团建新机电有限公司"], note="文中带“原”字"),
  comp("中国振华电子集团新天动力有限公司", ZH, B1),
  comp("贵阳乌当工业投资有限公司", None, B2, opt=True, note="乌当区人民政府指定的平台公司，订制厂房方"),
 ],
 institutions=[
  inst("贵阳市乌当区人民政府", B2, note="同意并指定平台公司"),
 ],
 projects=[
  proj("订制厂房", None, B2, companies=["振华科技", "贵阳乌当工业投资有限公司"], inv="10.65亿元", status="planned", status_text="预计以自有资金10.65亿元购买",
       opt=True, note="购买订制厂房（179,602.76平方米，建于振华新天工业园相邻土地149.36亩）；是否算项目有疑，列可选；park null（相邻土地，不在园区内）"),
 ],
 aggregate_facts=[
  fact(ZH, "park", "site_area_mu", 257, "mu", B1, "上世纪80年代（规划）", note="4户企业规划用地"),
  fact(ZH, "park", "firms", 8, "count", "目前振华新天工业园内共有8户企业", AS2),
  fact(ZH, "park", "adjacent_land_mu", 149.36, "mu", B2, AS2, opt=True, note="园区相邻土地，用于订制厂房"),
 ])

# ---------------------------------------------------------------- qw03 贵研铂业 昆明高新区 (智通财经 via 新浪财经 2022)
KM = "昆明高新区"
CY = "云南省贵金属新材料产业园"
C0 = "公司参与昆明高新区东区GX-MJP2-A2-02-01地块使用权的竞拍,并以6628万元成功竞得该地块"
C1 = "该地块面积约132亩,将用于建设云南省贵金属新材料产业园(二期)。项目总投资5.18亿元,其中:建设投资4.94亿元,建设期利息2391.23万元"
C2 = "公司规划在昆明高新区(马金铺园区)建设“云南省贵金属新材料产业园(二期)”"
G["qw03"] = dict(
 article=art("贵研铂业(600459.SH)拟5.18亿元投建贵金属新材料产业园厂房及设施项目(二期)", "智通财经网，载于新浪财经（finance.sina.com.cn 港股频道）", "2022-11-09", "day",
  "Financial newswire on a portal, Yunnan: a listed precious-metals company wins a land plot in a national high-tech zone and plans phase 2 of its new-materials park — land price and area, total investment with its parts, the two plots' use, the sub-park location",
  "https://finance.sina.com.cn/stock/hkstock/ggscyd/2022-11-09/doc-imqqsmrp5525704.shtml",
  "日期取页面“2022年11月09日 17:36 智通财经网”。标题照录（页面重复一次，已删）；新浪广告行、标签与“人气榜”等已删。正文三段，完整。园区：昆明高新区（昆明，云南；文中又作“昆明高新区东区”“昆明高新区(马金铺园区)”）；马金铺园区为其分园（可选，parent 昆明高新区）；云南省贵金属新材料产业园（公司在高新区内建设的产业园，二期即本项目；列园区，parent 昆明高新区，可选）。公司：贵研铂业（600459.SH）。项目：云南省贵金属新材料产业园(二期)（标题作“贵金属新材料产业园厂房及设施项目(二期)”），总投资5.18亿元（建设投资4.94亿元、建设期利息2391.23万元），地块已竞得；状态 planned（“拟”“规划”）。事实：竞得地块价6628万元、面积约132亩；1号地块84.61亩，预留2号地块47.96亩（可选）。",
  "qw03"),
 parks=[
  park(KM, "昆明", "云南", "高新技术产业开发区", C0, aliases=["昆明高新区东区"], note="文中又作“昆明高新区(马金铺园区)”"),
  park("马金铺园区", "昆明", "云南", "分园", C2, parent=KM, opt=True, note="只在括注中"),
  park(CY, "昆明", "云南", "产业园（企业建设）", C2, parent=KM, opt=True, note="公司建设的产业园；二期为本项目"),
 ],
 companies=[
  comp("贵研铂业", KM, "贵研铂业(600459.SH)发布公告", note="600459.SH；在昆明高新区竞得地块建设产业园二期"),
 ],
 projects=[
  proj("云南省贵金属新材料产业园(二期)", KM, C1, companies=["贵研铂业"], inv="项目总投资5.18亿元", status="planned", status_text="拟…投建；规划…建设",
       phase="二期", aliases=["贵金属新材料产业园厂房及设施项目(二期)", "产业园(二期)"], note="地块已竞得；分期实施，先建1号地块"),
 ],
 aggregate_facts=[
  fact("云南省贵金属新材料产业园(二期)", "project", "land_price_cny", 6.628e7, "cny", "以6628万元成功竞得该地块", "2022年11月", chk=True),
  fact("云南省贵金属新材料产业园(二期)", "project", "site_area_mu", 132, "mu", "该地块面积约132亩", "2022年11月", qual="约", qtext="约"),
  fact("云南省贵金属新材料产业园(二期)", "project", "construction_investment_cny", 4.94e8, "cny", "建设投资4.94亿元,建设期利息2391.23万元", "2022年11月（计划）", kind="target", chk=True, opt=True),
  fact("云南省贵金属新材料产业园(二期)", "project", "construction_interest_cny", 2.39123e7, "cny", "建设期利息2391.23万元", "2022年11月（计划）", kind="target", chk=True, opt=True),
  fact("云南省贵金属新材料产业园(二期)", "project", "plot1_area_mu", 84.61, "mu", "其中先建设1号地块,用地面积为84.61亩", "2022年11月", opt=True),
  fact("云南省贵金属新材料产业园(二期)", "project", "reserved_plot_area_mu", 47.96, "mu", "预留的东南角47.96亩(2号地块)", "2022年11月", opt=True),
 ])

# ---------------------------------------------------------------- qw04 池州 2022年第三批全省重大项目开工 (池州日报 via investchn 2022)
D0 = "我市今年第三批开工动员项目52个,总投资312.9亿元,年度计划投资45.5亿元"
D1 = "其中,制造业项目41个,总投资212.4亿元,亩均投资507万元"
D2 = "我市开工代表性项目有:池州电厂二期项目,总投资50.4亿元;池州起帆电线电缆制造基地项目,总投资25亿元;粤浦电子信息产业制造基地项目,总投资20亿元;杰羽智能高端装备制造项目,总投资16.2亿元"
AS4 = "2022年7月1日（第三批开工动员）"
G["qw04"] = dict(
 article=art("2022年第三批全省重大项目开工动员会举行", "池州日报，载于 investchn.com（“发布开发区:池州经济技术开发区”）", "2022-07-05", "day",
  "City daily relayed by an investment-promotion portal under a development zone's tab, Anhui: a city's third batch of provincial major projects started — counts, total and annual planned investment by category, four named projects with sums (one a listed cable maker's plant)",
  "https://investchn.com/index.php/home/news/detail/id/278439.html",
  "日期取页面“发布时间:2022-07-05 来源:池州日报 发布开发区:池州经济技术开发区”（该行已删；开工动员会为7月1日）。标题照录。正文两段，完整。正文未点名任何园区——“池州经济技术开发区”只出现在已删的页面栏目行中，故 parks 为空，项目 park 为 null（不可由栏目推定）。项目：池州电厂二期项目（50.4亿元）、池州起帆电线电缆制造基地项目（25亿元；起帆电缆为上市公司，文中未说，不列公司）、粤浦电子信息产业制造基地项目（20亿元）、杰羽智能高端装备制造项目（16.2亿元），均为“开工代表性项目”→开工。事实（subject 池州，region）：第三批项目52个、总投资312.9亿元、年度计划投资45.5亿元；制造业41个、212.4亿元、亩均投资507万元；高技术19个、148.6亿元；民生3个、5.6亿元。市领导不列。",
  "qw04"),
 parks=[],
 companies=[],
 projects=[
  proj("池州电厂二期项目", None, D2, inv="总投资50.4亿元", phase="二期", status="开工", status_text="开工代表性项目", note="正文未说园区"),
  proj("池州起帆电线电缆制造基地项目", None, D2, inv="总投资25亿元", status="开工", status_text="开工代表性项目", note="正文未说园区"),
  proj("粤浦电子信息产业制造基地项目", None, D2, inv="总投资20亿元", status="开工", status_text="开工代表性项目", note="正文未说园区"),
  proj("杰羽智能高端装备制造项目", None, D2, inv="总投资16.2亿元", status="开工", status_text="开工代表性项目", note="正文未说园区"),
 ],
 aggregate_facts=[
  fact("池州", "region", "projects_started", 52, "count", D0, AS4),
  fact("池州", "region", "projects_started_investment_cny", 3.129e10, "cny", "总投资312.9亿元,年度计划投资45.5亿元", AS4, chk=True),
  fact("池州", "region", "planned_annual_investment_cny", 4.55e9, "cny", "年度计划投资45.5亿元", "2022年（计划）", kind="target", chk=True),
  fact("池州", "region", "manufacturing_projects_started", 41, "count", D1, AS4, opt=True),
  fact("池州", "region", "manufacturing_projects_investment_cny", 2.124e10, "cny", "总投资212.4亿元,亩均投资507万元", AS4, chk=True, opt=True),
  fact("池州", "region", "high_tech_projects_started", 19, "count", "高技术项目19个,总投资148.6亿元", AS4, opt=True),
  fact("池州", "region", "high_tech_projects_investment_cny", 1.486e10, "cny", "总投资148.6亿元;民生项目3个", AS4, chk=True, opt=True),
 ])
