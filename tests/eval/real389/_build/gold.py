# real389 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real52 (real28–real52): evidence verbatim (all six items simplified script as published); names
# as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); US dollars as investment_value +
# investment_currency (nx02). Projects: the park the text places the project in, null if none (a city or district is not a
# park). Status from the text's words (开工 / 开工建设 → 开工; 推进项目建设 → 在建; “开工开业” for a batch without saying which
# project did which → no status). Expected output / sales / tax “达产后” / “预计” are kind target; batch counts and totals of an
# event are reported. Sources are `search` (corpus pages) excerpts typed into _raw/pages/nxNN.raw as returned.

# ---------------------------------------------------------------- nx01 苏州工业园区建设25周年重点项目 (苏州日报 2019)
SIP = "苏州工业园区"
A0 = "昨天,苏州工业园区建设25周年重点项目集中签约、开工开业,150个项目总投资近500亿元"
A1 = "苏州工业园区是苏州最具创新创业活力的高地"
AS1 = "2019-04-11"
G["nx01"] = dict(
 article=art("苏州工业园区建设25周年重点项目集中签约开工开业 总投资近500亿", "苏州日报，载于 szee.com.cn（“新闻资讯”栏转载）", "2019-04-12", "day",
  "City daily relayed by a Suzhou finance site, Jiangsu: a national development zone's 25th-anniversary batch of projects signed, started and opened — count and total investment, officials present, the city leader's speech on the zone",
  "https://szee.com.cn/news/ynzx/2019-04-12/1076.html",
  "日期取页面“来源:苏州日报  2019-04-12 15:58:09”；“昨天”即2019年4月11日。标题照录；站点导航三行与来源行已删。存段在第二段末句“周乃翔指出,…为苏州争做“强富美高”处中断，该句整句删去（make_txt.py LINE_SUFFIX），正文截至“…提供新动力。”，共两段。园区：苏州工业园区（苏州，江苏；中新合作）。事实：150个项目集中签约、开工开业，总投资近500亿元（近→约）；三类各多少未说。未点名任何项目或企业。出席官员不列；商务部外资司等机构列为可选。",
  "nx01"),
 parks=[
  park(SIP, "苏州", "江苏", "国家级开发区（中新合作）", A0, note="文中又作“园区”；建设25周年"),
 ],
 institutions=[
  inst("商务部外资司", "商务部外资司副司长朱冰"),
  inst("省商务厅", "省商务厅副厅长孙津", note="江苏省商务厅"),
  inst("新加坡驻沪总领馆", "新加坡驻沪总领馆副总领事刘俐伶", kind="foreign_government"),
 ],
 aggregate_facts=[
  fact(SIP, "park", "projects_signed_started_opened", 150, "count", A0, AS1, note="集中签约、开工开业项目合计；三类未分列"),
  fact(SIP, "park", "projects_total_investment_cny", 5e10, "cny", A0, AS1, qual="约", qtext="近", chk=True, note="150个项目总投资"),
 ])

# ---------------------------------------------------------------- nx02 环普江阴国际产业园开工 (江阴日报 2020)
JY = "江阴高新区"
QY = "青阳工业园区"
HP = "环普江阴国际产业园"
B0 = "12月22日上午,高新区青阳工业园区首个外资项目——环普江阴国际产业园正式开工建设,这也是江阴高新区首个工业载体项目"
B1 = "该项目由新加坡普洛斯集团投资3亿美元建设,总建筑面积为13万平方米,其中一期总建筑面积7.5万平方米"
B2 = "建成投运后预计年可实现销售20亿元、税收2亿元"
G["nx02"] = dict(
 article=art("高新区环普江阴国际产业园 开工建设", "江阴日报，载于 investchn.com（投促中国“开发区新闻·无锡”栏，发布开发区:江阴国家高新技术产业开发区）", "2020-12-23", "day",
  "City daily relayed by an investment-promotion portal, Jiangsu: a foreign-funded industrial-carrier park starts construction in a sub-park of a national high-tech zone — investor, amount in US dollars, floor area, expected sales and tax, projects intending to enter",
  "https://investchn.com/home/news/detail/id/145727.html",
  "日期取页面“发布时间:2020-12-23  来源:江阴日报”；开工日12月22日。标题照录；站点导航、发布行、上下条与联系方式已删。正文三段，完整（正文291字，连标题310字，略短）。园区：江阴高新区（文中又作“高新区”；页面元数据作“江阴国家高新技术产业开发区”，不在正文）；青阳工业园区（“高新区青阳工业园区”，母园区江阴高新区）；环普江阴国际产业园本身是工业载体（可选园区，母园区青阳工业园区）。项目：环普江阴国际产业园，正式开工建设→开工，投资3亿美元（非人民币，investment_value/currency），投资方新加坡普洛斯集团（园区外投资者，park null）。事实：总建筑面积13万平方米、一期7.5万平方米（可选）；预计年销售20亿元、税收2亿元（target，项目）；3个欧美装备制造项目有意向入驻（可选）。",
  "nx02"),
 parks=[
  park(JY, "无锡", "江苏", "国家级高新区", B0, district="江阴市", aliases=["高新区"], note="文中又作“高新区”；页面元数据作“江阴国家高新技术产业开发区”"),
  park(QY, "无锡", "江苏", "工业园区", B0, district="江阴市", parent=JY, note="“高新区青阳工业园区”"),
  park(HP, "无锡", "江苏", "产业园（工业载体）", B0, district="江阴市", parent=QY, opt=True, note="本身为开工项目；“江阴高新区首个工业载体项目”"),
 ],
 companies=[
  comp("新加坡普洛斯集团", None, B1, note="投资方"),
 ],
 projects=[
  proj(HP, QY, B0 + "。市委常委、高新区党工委副书记陈兴华宣布项目开工并为项目奠基。\n\n" + B1, companies=["新加坡普洛斯集团"],
       inv="投资3亿美元", currency="usd", value=3e8, status="开工", status_text="正式开工建设",
       note="青阳工业园区首个外资项目；江阴高新区首个工业载体项目；金额为美元"),
 ],
 aggregate_facts=[
  fact(HP, "project", "floor_area_m2", 130000, "m2", B1, "规划", opt=True),
  fact(HP, "project", "phase1_floor_area_m2", 75000, "m2", B1, "规划", opt=True),
  fact(HP, "project", "expected_annual_sales_cny", 2e9, "cny", B2, "建成投运后（预计）", kind="target", chk=True),
  fact(HP, "project", "expected_annual_tax_cny", 2e8, "cny", "税收2亿元", "建成投运后（预计）", kind="target", chk=True),
  fact(HP, "park", "projects_intending_to_enter", 3, "count", "目前已经有3个以欧美装备制造业为主的项目有意向入驻产业园", "2020-12", opt=True),
 ])

# ---------------------------------------------------------------- nx03 武进区重点项目督查 (武进区政府网 2019)
HT = "湖塘科技产业园"
C0 = "江苏孜航精密五金有限公司在湖塘科技产业园规划建设高标准厂房及配套辅房3.38万平方米,总投资1.19亿元,主要从事吻合器生产"
C1 = "项目达产后,可实现年销售2.6亿元、利税超5000万元"
C2 = "计划投资30亿元的新科人居智能舒适系统,是新科环保科技有限公司投资开发的新项目"
C3 = "李林一行还查看了卓睿精密电子通讯设备、光大环保装备III期、达亚汽车车身和底盘部件、苏南博天超大型截面矩形顶管机等重点项目现场"
C4 = "区领导戴士福、顾伟国、是峰、薛红霞首先来到孟腾智能装备项目现场"
G["nx03"] = dict(
 article=art("（无标题）武进区领导督查重点项目推进情况", "常州市武进区人民政府网站（wj.gov.cn“政务动态·政务要闻”栏；存段无标题、无署名）", "2019-08-12", "day",
  "District government website, Jiangsu (常州武进): district leaders inspect key projects — a medical-device parts plant in a science-tech industrial park with floor area, investment, expected sales and profit-tax; a 30亿元 smart-home system project with land, lines and expected output; further named projects visited",
  "https://www.wj.gov.cn/html/czwj/2019/FAOHPMEF_0812/306288.html",
  "日期取网址“2019/…_0812”（2019-08-12）；督查日为8月9日。存段无标题（title 为编者概括）；面包屑已删。存段在末段“该项目位于西太湖科技产业园,…达产后预计实现年产值5”处中断，该句整句删去（make_txt.py LINE_SUFFIX），正文截至“…首先来到孟腾智能装备项目现场。”，共五段——因此孟腾项目的园区（西太湖科技产业园）与金额不在正文内。园区：湖塘科技产业园（常州市武进区）。武进为区，不作园区。项目：孜航医疗器械部件项目（江苏孜航精密五金有限公司，湖塘科技产业园，总投资1.19亿元；“按序时进度推进项目建设”→在建）；新科人居智能舒适系统（新科环保科技有限公司，计划投资30亿元，园区未说；“加快项目建设”→在建）；卓睿精密电子通讯设备、光大环保装备III期、达亚汽车车身和底盘部件、苏南博天超大型截面矩形顶管机、孟腾智能装备项目（只说“重点项目现场”，无金额、无园区，状态不记）。事实：孜航项目达产后年销售2.6亿元、利税超5000万元（target）；新科项目预计年产值60亿元（target）、一期用地170亩（可选）。",
  "nx03"),
 parks=[
  park(HT, "常州", "江苏", "科技产业园", C0, district="武进区"),
 ],
 companies=[
  comp("江苏孜航精密五金有限公司", HT, C0, note="医疗器械研发、设计、生产的高新技术企业"),
  comp("新科环保科技有限公司", None, C2, note="园区未说"),
 ],
 projects=[
  proj("孜航医疗器械部件项目", HT, C0, companies=["江苏孜航精密五金有限公司"], inv="总投资1.19亿元", status="在建",
       status_text="按序时进度推进项目建设", note="项目名见“孜航医疗器械部件项目现场”"),
  proj("新科人居智能舒适系统", None, C2, companies=["新科环保科技有限公司"], inv="计划投资30亿元", status="在建",
       status_text="加快项目建设", note="园区未说"),
  proj("卓睿精密电子通讯设备", None, C3, note="督查所见重点项目；无金额"),
  proj("光大环保装备III期", None, C3, phase="III期", note="督查所见重点项目；无金额"),
  proj("达亚汽车车身和底盘部件", None, C3, note="督查所见重点项目；无金额"),
  proj("苏南博天超大型截面矩形顶管机", None, C3, note="督查所见重点项目；无金额"),
  proj("孟腾智能装备项目", None, C4, note="园区与金额在被删去的残句中（西太湖科技产业园，1.5亿元），正文未载"),
 ],
 aggregate_facts=[
  fact("孜航医疗器械部件项目", "project", "floor_area_m2", 33800, "m2", C0, "规划", opt=True),
  fact("孜航医疗器械部件项目", "project", "expected_annual_sales_cny", 2.6e8, "cny", C1, "达产后（预期）", kind="target", chk=True),
  fact("孜航医疗器械部件项目", "project", "expected_annual_profit_tax_cny", 5e7, "cny", "利税超5000万元", "达产后（预期）", kind="target", qual="超", qtext="超", chk=True),
  fact("新科人居智能舒适系统", "project", "expected_annual_output_cny", 6e9, "cny", "预计实现年产值60亿元", "建成后（预期）", kind="target", chk=True),
  fact("新科人居智能舒适系统", "project", "phase1_site_area_mu", 170, "mu", "该项目一期用地170亩", "规划", opt=True),
 ])

# ---------------------------------------------------------------- nx04 太仓2017金秋经贸月重点项目开工开业 (2017)
ZD = "中德先进制造技术国际创新园"
OM = "欧美高新技术产业园"
D0 = "11月8日,我市举行了2017金秋经贸月重点项目开工开业活动,下设中德先进制造技术国际创新园、太仓恒大童世界和美国斯凯奇中国物流销售中心项目3个主会场"
D1 = "本次参加现场观摩的开工开业项目9个,包括中德先进制造技术国际创新园、欧美高新技术产业园、太仓恒大童世界、斯凯奇中国物流销售中心和一批高端制造业项目"
D2 = "旅游业地标性项目等领域,总投资409.3亿元"
D3 = "全部建成达产后预计实现产值264.5亿元(恒大100亿元为旅游年消费),利税23.7亿元"
AS4 = "2017-11-08"
G["nx04"] = dict(
 article=art("（无标题）太仓2017金秋经贸月重点项目开工开业活动", "yatelan098.com 转载（页面路径为政府信息公开栏式样“site_publicinfo…20171109…”；原发单位与署名未注明，行文为太仓市本地口吻“我市”）", "2017-11-09", "day",
  "City-level item relayed by an aggregator, Jiangsu (苏州太仓): a city's autumn trade-month event with nine projects started or opened — two industrial-carrier parks, a theme park and a logistics centre named; total investment, size bands, sector mix, expected output and profit-tax",
  "https://yatelan098.com/html/site_publicinfo00300200300200200300200200220171109ff064bcd-6fc2-4393-8a14-5eaa17f4f7d1.html",
  "存段无标题、无日期行（title 为编者概括）。日期：活动日“11月8日”、“2017金秋经贸月”；网址路径含“20171109”，记 2017-11-09（day，由网址推定）。正文两段，完整。园区：中德先进制造技术国际创新园、欧美高新技术产业园（“科创载体项目2个”，特色载体，太仓市；列为园区，同时作项目）。太仓为县级市，不作园区。项目：中德先进制造技术国际创新园、欧美高新技术产业园、太仓恒大童世界、斯凯奇中国物流销售中心（“开工开业项目”，未分别说哪个开工哪个开业→状态不记；金额未分列）。事实（太仓市本次活动）：9个项目、总投资409.3亿元、平均45.5亿元（可选）、5亿元以上7个/10亿元以上5个（可选）、制造业项目4个等结构（可选）；达产后预计产值264.5亿元、利税23.7亿元（target）。",
  "nx04"),
 parks=[
  park(ZD, "苏州", "江苏", "国际创新园（特色载体）", D0, district="太仓市", note="主会场之一；“科创载体项目”之一（推定）"),
  park(OM, "苏州", "江苏", "产业园（特色载体）", D1, district="太仓市", note="开工开业项目之一"),
 ],
 companies=[
  comp("斯凯奇", None, D0, opt=True, note="“美国斯凯奇中国物流销售中心项目”，只在项目名中"),
  comp("恒大", None, D3, opt=True, note="“太仓恒大童世界”“恒大100亿元”，只在项目名与括注中"),
 ],
 projects=[
  proj(ZD, None, D1, status_text="开工开业", note="园区开发项目；开工或开业未分别说明；主会场"),
  proj(OM, None, D1, status_text="开工开业", note="园区开发项目；开工或开业未分别说明"),
  proj("太仓恒大童世界", None, D0, companies=["恒大"], status_text="开工开业", note="旅游项目；主会场"),
  proj("斯凯奇中国物流销售中心", None, D1, companies=["斯凯奇"], status_text="开工开业", aliases=["美国斯凯奇中国物流销售中心项目"],
       note="主会场“美国斯凯奇中国物流销售中心项目”"),
 ],
 aggregate_facts=[
  fact("太仓", "region", "projects_started_or_opened", 9, "count", D1, AS4),
  fact("太仓", "region", "projects_total_investment_cny", 4.093e10, "cny", D2, AS4, chk=True),
  fact("太仓", "region", "projects_average_investment_cny", 4.55e9, "cny", "平均投资45.5亿元", AS4, opt=True, chk=True),
  fact("太仓", "region", "projects_over_500m_cny", 7, "count", "其中5亿元以上项目7个,10亿元以上项目5个", AS4, opt=True),
  fact("太仓", "region", "projects_over_1bn_cny", 5, "count", "10亿元以上项目5个", AS4, opt=True),
  fact("太仓", "region", "manufacturing_projects", 4, "count", "其中,制造业项目4个", AS4, opt=True),
  fact("太仓", "region", "expected_output_cny", 2.645e10, "cny", D3, "全部建成达产后（预期）", kind="target", chk=True),
  fact("太仓", "region", "expected_profit_tax_cny", 2.37e9, "cny", "利税23.7亿元", "全部建成达产后（预期）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- nx05 江南福地新常熟 活力名城再出发 (360doc copy, undated)
CS = "常熟开发区"
KC = "常熟开发区科创园"
E0 = "苏州艾科瑞思智能装备股份有限公司主要从事半导体微组装设备的研发与产业化工作,在考察市场后,他们发现常熟开发区科创园团队对双创项目高度重视、工作十分投入,为此落户开发区开始了属于自己的奋斗之路"
G["nx05"] = dict(
 article=art("江南福地新常熟 活力名城再出发", "360doc.cn 个人图书馆转存（原发媒体、署名与日期存段未示）", None, "unknown",
  "Feature on a county-level city (苏州常熟), relayed by a clipping site, Jiangsu: the city's profile and investment climate, then a semiconductor-equipment start-up that settled in the development zone's science-tech incubator park and was helped through a low point",
  "http://www.360doc.cn/article/22953_760067503.html",
  "存段无日期；从“高质量发展”“改革开放至今”等用语看约为2018年前后，未能核实，published 记 null。标题照录；360doc 页头（“打开APP”“开通VIP…”等）已删；小标题“高质量发展的活力之城”作一段保留。存段在末段“通过改进,艾科瑞思的设备…成为目前国内唯一能够批量进入集成电路封”处中断，该句整句删去（make_txt.py LINE_SUFFIX），正文截至“…在创新路上继续发力。”，共五段。园区：常熟开发区（文中“常熟开发区科创园”“落户开发区”；即常熟经济技术开发区，文中未用全称）；常熟开发区科创园（文中又作“科创园”，母园区常熟开发区）。公司：苏州艾科瑞思智能装备股份有限公司（落户开发区，在科创园孵化）。无项目、无金额、无园区数字。",
  "nx05"),
 parks=[
  park(CS, "苏州", "江苏", "开发区", E0, district="常熟市", note="只以“常熟开发区科创园”“开发区”出现"),
  park(KC, "苏州", "江苏", "科创园（孵化载体）", E0, district="常熟市", parent=CS, aliases=["科创园"], note="文中又作“科创园”"),
 ],
 companies=[
  comp("苏州艾科瑞思智能装备股份有限公司", KC, E0, note="半导体微组装设备；落户开发区，科创园服务"),
 ],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- nx06 太仓港区9个重点项目集中开工开业 (ziziw, year not stated)
TC = "太仓港区"
F0 = "3月18日 ,太仓港区9个重点项目集中开工开业,总投资65.89亿元"
F1 = "9个项目中,开工项目6个,总投资55.55亿元"
F2 = "竣工项目3个,总投资10.34亿元"
F3 = "此次开工的项目中,中集冷藏物流装备项目总投资15亿元,将建设最大规模的中集冷箱“梦工厂”"
F4 = "苏州天顺新能源科技有限公司3兆瓦及以上海上风电塔架建设项目,总投资11.54亿元"
F5 = "聚集了中远、中集、中外运、中石油、中化等23个央企项目,投资总额超过300亿元"
AS6 = "3月18日（年份未载）"
G["nx06"] = dict(
 article=art("（无标题）太仓港区9个重点项目集中开工开业", "ziziw.cn 转载（苏州交通类资讯聚合页；原发媒体、署名与年份未注明）", None, "unknown",
  "Aggregator copy of a local item, Jiangsu (苏州太仓): a port zone's nine projects started or completed — totals by type, two named projects started with amounts, one with expected sales; the city's central-SOE projects",
  "http://www.ziziw.cn/n1466692.htm",
  "存段无标题、无日期行（title 为编者概括）；正文只说“3月18日”，年份未载，published 记 null（as_of 注“年份未载”）。存段末尾一行为站点其他新闻标题连排（含“2020年度”“2013年”等，与本文无关），已删。正文四段，完整；首句“3月18日 ,”逗号前空格原样保留。园区：太仓港区（文中又作“港区”；即太仓港经济技术开发区，文中未用全称）。项目：中集冷藏物流装备项目（“此次开工的项目中”→开工，总投资15亿元）；苏州天顺新能源科技有限公司3兆瓦及以上海上风电塔架建设项目（开工，总投资11.54亿元，达产后年销售收入24亿元 target）。事实：港区9个项目总投资65.89亿元；开工6个/55.55亿元；竣工3个/10.34亿元；开工工业项目3个/28.38亿元、达产后年产值约66亿元（可选）；太仓市23个央企项目、投资总额超过300亿元（region）。",
  "nx06"),
 parks=[
  park(TC, "苏州", "江苏", "港区（开发区）", F0, district="太仓市", aliases=["港区"], note="文中又作“港区”"),
 ],
 companies=[
  comp("苏州天顺新能源科技有限公司", TC, F4),
  comp("中集", None, F5, opt=True, note="央企；又见“中集冷藏物流装备项目”“中集冷箱”"),
 ],
 projects=[
  proj("中集冷藏物流装备项目", TC, F3, companies=["中集"], inv="总投资15亿元", status="开工", status_text="此次开工的项目"),
  proj("苏州天顺新能源科技有限公司3兆瓦及以上海上风电塔架建设项目", TC, F4, companies=["苏州天顺新能源科技有限公司"],
       inv="总投资11.54亿元", status="开工", status_text="此次开工的项目", note="“此次开工的项目中”列举的第二个"),
 ],
 aggregate_facts=[
  fact(TC, "park", "projects_started_or_completed", 9, "count", F0, AS6),
  fact(TC, "park", "projects_total_investment_cny", 6.589e9, "cny", F0, AS6, chk=True),
  fact(TC, "park", "projects_started", 6, "count", F1, AS6),
  fact(TC, "park", "projects_started_investment_cny", 5.555e9, "cny", "开工项目6个,总投资55.55亿元", AS6, chk=True),
  fact(TC, "park", "projects_completed", 3, "count", F2, AS6),
  fact(TC, "park", "projects_completed_investment_cny", 1.034e9, "cny", "竣工项目3个,总投资10.34亿元", AS6, chk=True),
  fact(TC, "park", "industrial_projects_started_investment_cny", 2.838e9, "cny", "其中工业项目3个,总投资28.38亿元", AS6, opt=True, chk=True),
  fact(TC, "park", "expected_output_cny", 6.6e9, "cny", "达产后年产值约66亿元", "达产后（预期）", kind="target", qual="约", qtext="约", opt=True, chk=True),
  fact("苏州天顺新能源科技有限公司3兆瓦及以上海上风电塔架建设项目", "project", "expected_annual_sales_cny", 2.4e9, "cny",
       "项目全部达产后可实现年销售收入24亿元", "全部达产后（预期）", kind="target", chk=True),
  fact("太仓", "region", "central_soe_projects", 23, "count", F5, AS6, kind="cumulative"),
  fact("太仓", "region", "central_soe_investment_cny", 3e10, "cny", F5, AS6, kind="cumulative", qual="超", qtext="超过", chk=True),
 ])
