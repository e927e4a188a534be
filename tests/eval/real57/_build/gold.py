# real57 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Angle: foreign and Hong Kong/Taiwan investment in mainland zones. Conventions as real28–real52: evidence verbatim (all
# eight items simplified script as published); names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余,
# 约/近/左右/接近 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of the
# evidence; chk=True asserts it); US dollars as investment_value + investment_currency "usd" (investment_cny null) and in
# *_usd facts. Projects: the park is the one the text places the project in, null if none (a city is not a park). Status
# from the text's words (签约 / 集中签约 → 签约; 奠基 → 开工; “将于年内动工建设” → planned; 落地 / 落户 alone → no status).
# Growth rates and shares as ratios (81.4% → 0.814). City- or province-level figures have subject_type region. Sources are
# `search` (corpus pages) excerpts typed into _raw/pages/yaNN.raw as returned.

USD = "usd"

# ---------------------------------------------------------------- ya01 绍兴 利用外资重点项目签约 (中国宁波网 2007)
PJ = "袍江工业区"
A1 = "绍兴市昨日签约的项目共有32个,总投资额8亿美元,协议利用外资3.4亿美元"
A2 = "落户袍江工业区的环保型电子节能灯项目和环保型氨纶项目,总投资均达1.3亿美元"
G["ya01"] = dict(
 article=art("（无标题）绍兴市在宁波举行利用外资重点项目签约仪式：32个项目总投资8亿美元，袍江工业区两个项目各1.3亿美元", "中国宁波网（记者冯军）", "2007-06-09", "day",
  "City news portal, Zhejiang: a city's foreign-investment signing ceremony held during the 浙洽会 — projects signed, total investment and contracted foreign capital in US dollars, two named projects landing in an industrial zone",
  "http://zt.cnnb.com.cn/system/2007/06/09/005297841.shtml",
  "日期取网址 2007/06/09（文中“昨日”即 2007-06-08 签约）。存段无标题、无日期行（title 为编者概括）。正文两段，完整；短文（213字）。园区：袍江工业区（绍兴，浙江）。项目：环保型电子节能灯项目、环保型氨纶项目——“落户袍江工业区”，“总投资均达1.3亿美元”（美元，investment_value 1.3e8；“达”不作限定词）；二者属“昨日签约的项目”，status 签约（由上下文推断，文中对这两个项目只说“落户”）。事实：绍兴市（region）签约项目32个、总投资额8亿美元、协议利用外资3.4亿美元。客商来自23个国家和地区不计。",
  "ya01"),
 parks=[
  park(PJ, "绍兴", "浙江", "工业区", A2),
 ],
 projects=[
  proj("环保型电子节能灯项目", PJ, A2, inv="总投资均达1.3亿美元", currency=USD, value=1.3e8, status="签约", status_text="签约（落户）",
       note="“总投资均达1.3亿美元”；状态由“昨日签约的项目”推断"),
  proj("环保型氨纶项目", PJ, A2, inv="总投资均达1.3亿美元", currency=USD, value=1.3e8, status="签约", status_text="签约（落户）",
       note="同上"),
 ],
 aggregate_facts=[
  fact("绍兴市", "region", "projects_signed", 32, "count", A1, "2007-06-08"),
  fact("绍兴市", "region", "signed_total_investment_usd", 8e8, "usd", A1, "2007-06-08"),
  fact("绍兴市", "region", "agreed_foreign_investment_usd", 3.4e8, "usd", "协议利用外资3.4亿美元", "2007-06-08"),
 ])

# ---------------------------------------------------------------- ya02 电装(常州) 奠基 (常州市商务局 2007)
CZ = "常州高新区"
B0 = "2007年9月28日上午,总投资达5840万美元的电装(常州)燃油喷射系统有限公司在常州高新区举行奠基仪式"
DC = "电装(常州)燃油喷射系统有限公司"
G["ya02"] = dict(
 article=art("（无标题）总投资5840万美元的电装(常州)燃油喷射系统有限公司在常州高新区奠基", "常州市商务局网站（swj.changzhou.gov.cn；署名未示）", "2007-09-28", "day",
  "City commerce bureau's news page, Jiangsu: groundbreaking of a Japanese auto-parts maker's plant in a high-tech zone — investment in US dollars, parent company, planned production year, the city's foreign-invested firm count",
  "https://swj.changzhou.gov.cn/html/swj/2007/IMDOOPEA_0929/4550.html",
  "日期取正文首句“2007年9月28日上午…举行奠基仪式”（页面路径 2007/…_0929 为次日归档）。存段无标题（title 为编者概括）；末尾表格竖线“|”已删。正文六段，完整。园区：常州高新区（常州，江苏）。公司：电装(常州)燃油喷射系统有限公司（在常州高新区）；日本电装株式会社（母公司，文中又作“日本电装”，园区 null）；电装(中国)投资有限公司（可选，园区 null）。项目：以企业名作项目名（文中“这个项目”即该公司工厂），“总投资达5840万美元”（美元）；“举行奠基仪式”→开工；“将于2009年投入正式生产”（计划，不改 status）。事实：常州市（region）外商投资企业5500多家、世界500强44家；日本电装世界500强第207位、在华20家生产企业（可选）。",
  "ya02"),
 parks=[
  park(CZ, "常州", "江苏", "高新区", B0),
 ],
 companies=[
  comp(DC, CZ, B0, note="日本电装在华第21家企业"),
  comp("日本电装株式会社", None, "日本电装株式会社位居世界500强第207位,在汽车部件生产领域排名日本第一", aliases=["日本电装"], note="母公司，日本"),
  comp("电装(中国)投资有限公司", None, "公司于2003年2月成立了电装(中国)投资有限公司", opt=True),
 ],
 projects=[
  proj(DC, CZ, B0, companies=[DC, "日本电装株式会社"], inv="总投资达5840万美元", currency=USD, value=5.84e7, status="开工", status_text="举行奠基仪式",
       note="项目名即企业名；计划2009年投入正式生产"),
 ],
 aggregate_facts=[
  fact("常州", "region", "foreign_invested_firms", 5500, "count", "在常州投资的中外合资和外商独资企业达5500多家", "2007-09", kind="cumulative", qual="余", qtext="多"),
  fact("常州", "region", "fortune500_firms", 44, "count", "其中世界500强企业已有44家落户于此", "2007-09", kind="cumulative"),
  fact("日本电装株式会社", "company", "fortune500_rank", 207, "rank", "日本电装株式会社位居世界500强第207位", "2007", opt=True),
  fact("日本电装株式会社", "company", "china_production_firms", 20, "count", "设立了20家生产企业", "2007-09", opt=True),
 ])

# ---------------------------------------------------------------- ya03 松山湖台湾高科技园 (中新社 2010)
SSH = "松山湖高新产业园区"
TW = "松山湖台湾高科技园"
C0 = "位于广东东莞市的松山湖高新产业园区去年启动台湾高科技园建设"
C1 = "截至目前,台湾高科技园累计吸引台资近40亿元人民币"
C2 = "截至目前,松山湖台湾高科技园已经聚集了胜华科技、中盟光电和前进国际等十多家台湾高科技企业,累计引资接近40亿人民币"
C3 = "其中,将于年内动工建设的胜华科技项目,首笔3000万美元的注册资金已经到位"
C4 = "该项目在原计划投资19亿元人民币的基础上,已增加投资至37亿元,预计明年在松山湖正式投产运营"
G["ya03"] = dict(
 article=art("一大批台湾高科技企业落户东莞松山湖", "中国新闻网（中新社，李映民 徐立青）", "2010-09-12", "day",
  "National news agency's wire from Dongguan, Guangdong: a Taiwan high-tech park inside a high-tech zone — Taiwanese capital attracted, named Taiwanese firms, one firm's project with registered capital in US dollars, its raised investment and planned start and production",
  "http://www.chinanews.com.cn/df/2010/09-12/2527535.shtml",
  "日期取页面“2010年09月12日 22:06 来源:中国新闻网”。标题照录（页面标题行“…——中新网”、导航、日期行、“参与互动”“编辑”及页脚已删）。正文四段，完整（以“(完)”结束）。园区：松山湖高新产业园区（东莞，广东；文中又作“松山湖”）；松山湖台湾高科技园（文中又作“台湾高科技园”，在松山湖园区内——parent）。公司：胜华科技、中盟光电、前进国际（均在台湾高科技园）。项目：胜华科技项目——“将于年内动工建设”→planned；投资由原计划19亿元人民币增至37亿元（investment_cny 取现值 37亿元；19亿元记为可选项目事实）；首笔3000万美元注册资金到位（项目事实）；预计明年投产。事实：台湾高科技园累计吸引台资近40亿元人民币（约，cumulative）；台湾高科技企业十多家（余）。",
  "ya03"),
 parks=[
  park(SSH, "东莞", "广东", "高新产业园区", C0, aliases=["松山湖"], note="文中又作“松山湖”"),
  park(TW, "东莞", "广东", "台湾高科技园（园中园）", C2, parent=SSH, aliases=["台湾高科技园"], note="松山湖园区去年启动建设的对台主题园区"),
 ],
 companies=[
  comp("胜华科技", TW, C2),
  comp("中盟光电", TW, C2),
  comp("前进国际", TW, C2),
 ],
 projects=[
  proj("胜华科技项目", TW, C3 + "。" + C4, companies=["胜华科技"], inv="已增加投资至37亿元", status="planned", status_text="将于年内动工建设",
       note="原计划投资19亿元人民币，已增至37亿元；首笔3000万美元注册资金到位；将于年内动工，预计明年投产"),
 ],
 aggregate_facts=[
  fact(TW, "park", "taiwan_investment_cny", 4e9, "cny", C1, "2010-09-12", kind="cumulative", qual="约", qtext="近", chk=True),
  fact(TW, "park", "taiwan_high_tech_firms", 10, "count", C2, "2010-09-12", kind="cumulative", qual="余", qtext="十多家"),
  fact("胜华科技项目", "project", "registered_capital_paid_usd", 3e7, "usd", C3, "2010-09-12"),
  fact("胜华科技项目", "project", "original_planned_investment_cny", 1.9e9, "cny", "该项目在原计划投资19亿元人民币的基础上", "原计划", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- ya04 四川海峡两岸产业合作区 (中新网 via 中国经济网 2018)
HX = "四川海峡两岸产业合作区"
D0 = "投资总额达36亿元人民币的5个产业合作项目现场签约,正式落户四川海峡两岸产业合作区"
D1 = "当日的交流会上,海峡两岸产业合作区成都产业园、德阳产业园与台湾企业台玻集团台嘉成都玻纤有限公司、宏宇国际投资控股有限公司、嘉合置业集团有限公司、中江湧德电子有限公司、颖创实业有限公司等进行了5个产业合作项目的现场签约"
D2 = "未来两天,与会台商还将分批到海峡两岸产业合作区成都、德阳、眉山三个产业园"
G["ya04"] = dict(
 article=art("总额36亿元项目落户四川海峡两岸产业合作区", "中国新闻网（中新网成都，王鹏），载于中国经济网 district.ce.cn", "2018-10-17", "day",
  "National news agency's wire relayed by an economic news portal, Sichuan: a cross-strait trade fair — five Taiwanese projects signed into a cross-strait industrial cooperation zone and its Chengdu and Deyang sub-parks, the investors named, the zone's background",
  "http://district.ce.cn/newarea/roll/201810/17/t20181017_30554192.shtml",
  "日期取页面“2018年10月17日 17:17 来源:中国新闻网”。标题照录；日期来源行已删。**删节**：存段末段“截至今年9月,四川省累计登记注册台资企业2069家,项目投资总额超过189亿美元,投资1000万美元以上企业223家,”在逗号处中断，整段删去；正文截至“…增强交流会促进合作的实效。”，共六段。园区：四川海峡两岸产业合作区（四川；文中又作“海峡两岸产业合作区”；2017年底设立，全国第二个）；其成都产业园、德阳产业园（现场签约方）与眉山产业园（仅在考察行程中，名称不全，可选）。公司：五家台湾企业（台嘉成都玻纤有限公司属台玻集团）——文中只说五个项目“落户四川海峡两岸产业合作区”，未写各项目落在哪个产业园，公司园区记合作区整体（中江湧德电子疑在德阳产业园，属推断，不记）。项目：五个项目无名称，不列；合作区签约项目5个、投资总额36亿元记为事实。",
  "ya04"),
 parks=[
  park(HX, None, "四川", "海峡两岸产业合作区", D0, aliases=["海峡两岸产业合作区"], note="2017年底设立，全国第二个；含成都、德阳、眉山三个产业园"),
  park("海峡两岸产业合作区成都产业园", "成都", "四川", "产业园", D1, parent=HX, aliases=["成都产业园"]),
  park("德阳产业园", "德阳", "四川", "产业园", D1, parent=HX, note="即海峡两岸产业合作区德阳产业园"),
  park("眉山产业园", "眉山", "四川", "产业园", D2, parent=HX, opt=True, note="文中只作“成都、德阳、眉山三个产业园”，名称不全"),
 ],
 companies=[
  comp("台嘉成都玻纤有限公司", HX, D1, note="台玻集团旗下；具体产业园未写"),
  comp("台玻集团", None, D1, opt=True, note="母公司，台湾"),
  comp("宏宇国际投资控股有限公司", HX, D1),
  comp("嘉合置业集团有限公司", HX, D1),
  comp("中江湧德电子有限公司", HX, D1),
  comp("颖创实业有限公司", HX, D1),
 ],
 institutions=[
  inst("四川省台办", "据四川省台办主任罗治平介绍", note="主任罗治平"),
 ],
 aggregate_facts=[
  fact(HX, "park", "projects_signed", 5, "count", D0, "2018-10-17"),
  fact(HX, "park", "signed_investment_cny", 3.6e9, "cny", D0, "2018-10-17", chk=True),
  fact(HX, "park", "sub_parks", 3, "count", D2, "2018-10", opt=True),
 ])

# ---------------------------------------------------------------- ya05 苏州高新区东京揽资 (苏州日报 via 中国企业报道 2019)
SND = "苏州高新区"
E1 = "在活动现场,骊住建材、明治乳业、镁格氢动、凡纳克、科玛化妆品等5个产业类项目,松下财务共享中心、日本电波在华综合型总部、科玛化妆品研发总部、松下机电研发销售总部、富士发条等5个总部类项目集中签约"
E2 = "集中签约项目总投资额近10亿美元"
E3 = "其中,明治乳业项目计划利用在高新区现有厂房,完成三期扩产项目,年产4.5万吨低温液态乳、酸奶,预计达产后产出20亿元,税收1.4亿元"
E4 = "科玛化妆品研发总部将导入日本研发的健康食品等新产品的产线,未来其浒墅关工厂将发展为集团在华研发、管理总部,预计达产后产值超10亿元,税收超2亿元"
E5 = "自1993年第一家外商独资企业日本电波落户高新区以来"
S = "签约"; ST = "集中签约"
G["ya05"] = dict(
 article=art("共享发展新机遇 苏州高新区东京揽资近10亿美元", "苏州日报，载于中国企业报道 cenr.com.cn（科技园区栏）", "2019-06-04", "day",
  "City daily relayed by a business portal, Jiangsu: a high-tech zone's investment promotion in Tokyo — ten named Japanese industrial and headquarters projects signed, their total in US dollars, two projects' expected output and tax",
  "https://cenr.com.cn/kj/kjyq/2019/06/04/115306.html",
  "日期取页面“2019年06月04日 来源:苏州日报”（推介会在5月31日）。标题照录；面包屑与日期来源行已删。**删节**：存段末句“数据显示,至目前,苏州高新区已拥有日资企业550家,其中世界500强企业近20”中断，整段删去；正文截至“…共享中国发展新机遇。”，共三段。园区：苏州高新区（苏州，江苏；文中又作“高新区”）；“浒墅关工厂”是科玛的工厂，浒墅关不列园区。项目：十个集中签约项目（5个产业类、5个总部类），status 签约，园区苏州高新区（推介会为苏州高新区举办，明治乳业“利用在高新区现有厂房”）；各项目无单独金额；总额“近10亿美元”（约）记为园区事实。明治乳业项目为三期扩产（phase 三期），预计达产产出20亿元、税收1.4亿元（target）；科玛化妆品研发总部预计产值超10亿元、税收超2亿元（target，超）。公司：明治乳业、科玛化妆品、日本电波（1993年落户高新区）列为园区企业；其余项目名中的企业（骊住、松下、富士发条等）可选。",
  "ya05"),
 parks=[
  park(SND, "苏州", "江苏", "高新区", "5月31日,苏州高新区在日本东京举行以“携手共赢,同享长三角日资高地新机遇”为主题的招商引资推介会", note="文中又作“高新区”"),
 ],
 companies=[
  comp("明治乳业", SND, E3, note="利用在高新区现有厂房扩产"),
  comp("科玛化妆品", SND, E1, note="浒墅关工厂"),
  comp("日本电波", SND, E5, note="1993年高新区第一家外商独资企业"),
  comp("骊住建材", SND, E1, opt=True, note="只在项目名中"),
  comp("镁格氢动", SND, E1, opt=True, note="只在项目名中"),
  comp("凡纳克", SND, E1, opt=True, note="只在项目名中"),
  comp("富士发条", SND, E1, opt=True, note="只在项目名中"),
  comp("松下", SND, E1, opt=True, note="只在项目名中（松下财务共享中心、松下机电研发销售总部）"),
 ],
 projects=[
  proj("骊住建材", SND, E1, companies=["骊住建材"], status=S, status_text=ST, note="产业类项目"),
  proj("明治乳业项目", SND, E3, companies=["明治乳业"], status=S, status_text=ST, phase="三期", aliases=["明治乳业"], note="产业类；三期扩产，年产4.5万吨低温液态乳、酸奶"),
  proj("镁格氢动", SND, E1, companies=["镁格氢动"], status=S, status_text=ST, note="产业类项目"),
  proj("凡纳克", SND, E1, companies=["凡纳克"], status=S, status_text=ST, note="产业类项目"),
  proj("科玛化妆品", SND, E1, companies=["科玛化妆品"], status=S, status_text=ST, note="产业类项目"),
  proj("松下财务共享中心", SND, E1, status=S, status_text=ST, note="总部类项目"),
  proj("日本电波在华综合型总部", SND, E1, companies=["日本电波"], status=S, status_text=ST, note="总部类项目"),
  proj("科玛化妆品研发总部", SND, E4, companies=["科玛化妆品"], status=S, status_text=ST, note="总部类项目；见 E1"),
  proj("松下机电研发销售总部", SND, E1, status=S, status_text=ST, note="总部类项目"),
  proj("富士发条", SND, E1, companies=["富士发条"], status=S, status_text=ST, note="总部类项目"),
 ],
 aggregate_facts=[
  fact(SND, "park", "projects_signed", 10, "count", E1, "2019-05-31", note="5个产业类+5个总部类"),
  fact(SND, "park", "signed_investment_usd", 1e9, "usd", E2, "2019-05-31", qual="约", qtext="近"),
  fact("明治乳业项目", "project", "expected_output_cny", 2e9, "cny", "预计达产后产出20亿元,税收1.4亿元", "达产后（预期）", kind="target", chk=True),
  fact("明治乳业项目", "project", "expected_tax_cny", 1.4e8, "cny", "税收1.4亿元", "达产后（预期）", kind="target", chk=True),
  fact("明治乳业项目", "project", "annual_capacity_t", 45000, "t", E3, "达产后", kind="target", opt=True),
  fact("科玛化妆品研发总部", "project", "expected_output_cny", 1e9, "cny", "预计达产后产值超10亿元,税收超2亿元", "达产后（预期）", kind="target", qual="超", qtext="超", chk=True),
  fact("科玛化妆品研发总部", "project", "expected_tax_cny", 2e8, "cny", "税收超2亿元", "达产后（预期）", kind="target", qual="超", qtext="超", chk=True),
 ])

# ---------------------------------------------------------------- ya06 中德装备园 高质量发展大会 (辽宁日报 2020)
ZD = "中德(沈阳)高端装备制造产业园"
F1 = "线下,总投资380亿元的30个项目热闹签约"
F2 = "中德装备园5年引进362个优质项目"
F3 = "区域研发投入强度从2.06%增长到5.2%"
F4 = "亩均投资强度、税收强度高于沈阳市控制指标均值35%和85%"
G["ya06"] = dict(
 article=art("（无标题）2020中德(沈阳)高端装备制造产业园高质量发展大会：30个项目签约总投资380亿元，园区5年引进362个项目", "辽宁日报（本报记者 金晓玲），epaper.lnd.com.cn", "2020-12-21", "day",
  "Provincial party daily's feature, Liaoning: a Sino-German equipment-manufacturing park's development conference — projects signed and their total, projects introduced over five years, R&D intensity, investment and tax intensity, the park's founding",
  "http://epaper.lnd.com.cn/lnrbepaper/pc/con/202012/21/content_96991.html",
  "日期取报纸电子版网址 202012/21（大会在12月17日至18日）。存段无标题（title 为编者概括），以署名“本报记者 金晓玲”起首，该行已删。长篇通讯只存开头；**删节**：末段“‘重任在肩,使命光荣。’沈阳市铁西区委书记…持续扩”在引语中中断，整段删去；正文截至“…中德装备园建设正式上升为国家战略。”，含小标题“引力释放,‘弹丸之地’形成全球磁场”一行，共十一段。园区：中德(沈阳)高端装备制造产业园（文中又作“中德装备园”“园区”；沈阳，辽宁；2015年12月17日国务院批复建设方案）。项目：30个签约项目未具名，不列；签约数与总投资记为园区事实（总投资380亿元，人民币）。事实：5年引进362个项目（cumulative）；研发投入强度由2.06%升至5.2%（ratio）；亩均投资强度、税收强度高于沈阳市控制指标均值35%和85%（可选）。“经济总量翻一番”“主要经济指标年均两位数增长”无确数，不计。机构：德国驻沈阳总领事馆（可选）。",
  "ya06"),
 parks=[
  park(ZD, "沈阳", "辽宁", "中外合作产业园（中德）", "以国务院批复中德(沈阳)高端装备制造产业园建设方案为标志,中德装备园建设正式上升为国家战略", aliases=["中德装备园"],
       note="文中又作“中德装备园”“园区”；2015年12月17日国务院批复建设方案"),
 ],
 institutions=[
  inst("德国驻沈阳总领事馆", "德国驻沈阳总领事馆总领事毕满天给予了高度评价", note="总领事毕满天"),
 ],
 aggregate_facts=[
  fact(ZD, "park", "projects_signed", 30, "count", F1, "2020-12-17/18（大会）"),
  fact(ZD, "park", "signed_investment_cny", 3.8e10, "cny", F1, "2020-12-17/18（大会）", chk=True),
  fact(ZD, "park", "projects_introduced", 362, "count", F2, "2015-12至2020-12（5年）", kind="cumulative"),
  fact(ZD, "park", "rd_intensity", 0.052, "ratio", F3, "2020年", kind="ratio"),
  fact(ZD, "park", "rd_intensity", 0.0206, "ratio", F3, "2015年（5年前）", kind="ratio", opt=True),
  fact(ZD, "park", "investment_intensity_above_city_benchmark", 0.35, "ratio", F4, "2020年", kind="ratio", opt=True),
  fact(ZD, "park", "tax_intensity_above_city_benchmark", 0.85, "ratio", F4, "2020年", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- ya07 苏州工业园区 2020 开放型经济 (交汇点 via 网易号 2021)
SIP = "苏州工业园区"
H1 = "全年实际利用外资达19.7亿美元,创历史新高"
H2 = "注册外资35.2亿美元,增长81.4%"
H3 = "新设外资项目295个、增资项目142个,新兴产业占比70%以上"
H4 = "进出口总额941亿美元,增长8.1%"
H5 = "一年来,参天全球眼科制药基地、丹纳赫诊断研发制造基地、罗氏组织诊断及系统试剂项目、恒瑞研究院及总部基地、微软亚太研发集团苏州二期等一批重大项目落地"
H6 = "东曜、碧迪、沛嘉、通富、群策等一批优质项目增资扩产"
AS7 = "2020年"
G["ya07"] = dict(
 article=art("五连冠!苏州工业园区蝉联国家级经开区综合排名第一", "新华日报交汇点（交汇点记者 孟旭），载于网易号 163.com", "2021-01-27", "day",
  "Provincial daily's news app relayed on a portal's publisher platform, Jiangsu: a national development zone tops the national ranking — the zone's 2020 actual FDI, registered foreign capital and growth, new and expanded foreign projects, import-export value and growth, named foreign projects landed",
  "https://www.163.com/dy/article/G1BUB0IU0550D6TP.html",
  "日期：正文“今天上午,商务部公布最新国家级经济技术开发区综合发展水平考核评价结果”，商务部于2021年1月27日公布该结果（同文另一转载作“昨天(1月27日)”），故记 2021-01-27；网易页面日期未在存段中。标题照录；网易导航、“0 分享至”、署名行“交汇点记者 孟旭”与平台声明已删。正文五段，完整。园区：苏州工业园区（苏州，江苏；国家级经开区）。事实（2020年，reported）：实际利用外资19.7亿美元；注册外资35.2亿美元、增长81.4%；新设外资项目295个、增资项目142个；新兴产业占比70%以上（超，可选）；进出口总额941亿美元、增长8.1%。文中无数量目标（“面向‘十四五’…加速建设世界一流高科技园区”为定性方向，不记 target）。项目：五个“落地”的重大项目，园区苏州工业园区，status 不记（“落地”）。东曜、碧迪、沛嘉、通富、群策为“增资扩产”的项目/企业简称，列为可选公司。排名“五连冠”不计。",
  "ya07"),
 parks=[
  park(SIP, "苏州", "江苏", "国家级经济技术开发区", "苏州工业园区再次以优异成绩蝉联综合排名第一,实现五连冠", note="文中又作“园区”"),
 ],
 companies=[comp(n, SIP, H6, opt=True, note="增资扩产的项目/企业简称") for n in ("东曜", "碧迪", "沛嘉", "通富", "群策")],
 projects=[
  proj("参天全球眼科制药基地", SIP, H5, note="落地"),
  proj("丹纳赫诊断研发制造基地", SIP, H5, note="落地"),
  proj("罗氏组织诊断及系统试剂项目", SIP, H5, note="落地"),
  proj("恒瑞研究院及总部基地", SIP, H5, note="落地"),
  proj("微软亚太研发集团苏州二期", SIP, H5, phase="二期", note="落地"),
 ],
 aggregate_facts=[
  fact(SIP, "park", "actual_fdi_usd", 1.97e9, "usd", H1, AS7),
  fact(SIP, "park", "registered_foreign_capital_usd", 3.52e9, "usd", H2, AS7),
  fact(SIP, "park", "registered_foreign_capital_yoy_growth", 0.814, "ratio", H2, AS7, kind="ratio"),
  fact(SIP, "park", "new_foreign_projects", 295, "count", H3, AS7),
  fact(SIP, "park", "foreign_capital_increase_projects", 142, "count", H3, AS7),
  fact(SIP, "park", "emerging_industry_share_of_new_foreign_projects", 0.70, "ratio", H3, AS7, kind="ratio", qual="超", qtext="以上", opt=True),
  fact(SIP, "park", "import_export_usd", 9.41e10, "usd", H4, AS7),
  fact(SIP, "park", "import_export_yoy_growth", 0.081, "ratio", H4, AS7, kind="ratio"),
 ])

# ---------------------------------------------------------------- ya08 金普新区 日资 (中国发展网 2021)
JP = "金普新区"
JST = "金石滩国家旅游度假区"
K1 = "日资累计在金普新区注册企业1800余家,投资总额超亿美元的企业有20余家"
K2 = "其中日资企业的出口总额占全区出口总额的近20%"
K3 = "在金石滩国家旅游度假区投资60亿元建设金石滩京都风情街项目"
AS8 = "2021-06-28"
G["ya08"] = dict(
 article=art("大连金普新区日资累计注册企业1800余家 投资总额超亿美元的企业有20余家", "中国发展网（中国经济导报、中国发展网讯，见习记者施文郁）", "2021-06-28", "day",
  "National economic news site, Liaoning: a state-level new area's press briefing on opening to Japan — Japanese-funded firms registered, firms with investment above 100 million US dollars, Japanese firms' export share, a named tourism project with its investment",
  "http://chinadevelopment.com.cn/xc/2021/0628/1732375.shtml",
  "日期取页面“2021-06-28 17:22 中国发展网 施文郁”。标题照录；栏目行、日期行与电头署名行“中国经济导报、中国发展网讯 见习记者施文郁报道”已删。**删节**：存段末句“建设早稻田大学附属中学,在区内部分学校开设日”中断，已删（make_txt.py LINE_SUFFIX）；正文截至“…实现‘到大连、游京都’。”，共四段。园区：金普新区（大连，辽宁；标题作“大连金普新区”；文中又作“新区”）；金石滩国家旅游度假区（旅游度假区，位于金普新区——parent 为推断，可选）。保税区、综合保税区、自贸区只作泛称，不列。事实（均为发布会所述截至2021年6月的累计数）：日资注册企业1800余家（余）；投资总额超亿美元的日资企业20余家（余）；日资企业出口占全区出口近20%（约，ratio）；贸易往来160多个国家和地区、300多个港口（可选）。项目：金石滩京都风情街项目，投资60亿元（人民币），园区金石滩国家旅游度假区，文中未写阶段（status null）；东北亚艺术中心“全力筹备…建设”→planned（可选）。本篇无增速、无目标。",
  "ya08"),
 parks=[
  park(JP, "大连", "辽宁", "国家级新区", "金普新区是全国最早对日开放的区域", aliases=["大连金普新区"], note="标题作“大连金普新区”；文中又作“新区”"),
  park(JST, "大连", "辽宁", "国家旅游度假区", K3, parent=JP, opt=True, note="旅游度假区；在金普新区内为推断"),
 ],
 projects=[
  proj("金石滩京都风情街项目", JST, K3, inv="投资60亿元", note="文中未写阶段；“实现‘到大连、游京都’”"),
  proj("东北亚艺术中心", JP, "全力筹备东北亚艺术中心建设", status="planned", status_text="全力筹备…建设", opt=True),
 ],
 aggregate_facts=[
  fact(JP, "park", "japanese_funded_firms_registered", 1800, "count", K1, AS8, kind="cumulative", qual="余", qtext="余"),
  fact(JP, "park", "japanese_firms_investment_over_100m_usd", 20, "count", K1, AS8, kind="cumulative", qual="余", qtext="余"),
  fact(JP, "park", "japanese_firms_export_share", 0.20, "ratio", K2, AS8, kind="ratio", qual="约", qtext="近"),
  fact(JP, "park", "trade_partner_countries_regions", 160, "count", "与160多个国家和地区的300多个港口有贸易往来", AS8, qual="余", qtext="多", opt=True),
  fact(JP, "park", "trade_partner_ports", 300, "count", "与160多个国家和地区的300多个港口有贸易往来", AS8, qual="余", qtext="多", opt=True),
 ])
