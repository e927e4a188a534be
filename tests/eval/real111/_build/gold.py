# real111 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52 (see SOURCES.md): evidence verbatim (all eight items simplified script as published); names as
# written in the text; 逾/超过/超/以上/突破/上 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth rates
# and shares as ratios. Projects: the park the text places the project in, null if none (a district is a region, not a
# park). Status from the text's words (开工 / 开工建设 / 集中开工 → 开工; 签约 / 签约落地 → 签约; “将逐渐投产” of a plant being
# built → 在建). “预计” / “达产后” figures are kind target; year-to-date counts (“今年以来”, “截至目前”) are cumulative.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/ycNN.raw as returned.
CQ = "重庆"

# ---------------------------------------------------------------- yc01 两江新区 汽车产业半年报 (2012)
LJ = "两江新区"
QC = "两江国际汽车城"
A0 = "昨日,两江新区发布了汽车产业半年报,半年产值642.65亿元,增长8.5%,生产汽车63.35万辆,平均每天就有3500辆车出厂"
A1 = "上半年累计工业产值642.65亿元,增长8.5%,工业销售产值586.89亿元,增长2.9亿元"
A2 = "作为两江新区汽车产业重要载体的两江国际汽车城总计引进汽车项目41个,投资533亿元,其中外资12.1亿美元,预计总产值1732亿元,达产后可实现利税88亿元"
A3 = "下半年,两江新区内长安汽车鱼嘴基地、长安福特二工厂等项目将逐渐投产、上量,并确保长安福特的新福克斯、长安股份的欧诺等新产品生产供应以及长安股份首款SUV等新车型上市"
A4 = "还会有四家世界500强汽车零部件公司和30多家配套企业入驻国际汽车城,带来超过300亿元的直接投资和超过600亿元的工业产值"
H1 = "2012年上半年"
G["yc01"] = dict(
 article=art("（无标题）两江新区发布汽车产业半年报 半年产值642.65亿元", "站点 119.255.255.25（裸 IP 地址；存段无站名、无来源行、无署名）", "2012-07-30", "day",
  "News item on an unnamed site (bare IP address), Chongqing: a state-level new area's half-year automotive report — output, sales output, vehicles produced, its international auto city's projects introduced this year with investment, foreign capital, expected output and profit-tax, two plants to come into production",
  "http://119.255.255.25/25/20120730/251602_795967.shtml",
  "日期取网址 /20120730/（文中“昨日”发布半年报，即 2012-07-29 前后）。存段无标题、无日期行（title 为编者概括），首行只有表格竖线“|”，已删。小标题“每天生产汽车3500辆”“下半年将出现新增长点”照录为段。正文完整（末句“…不断升级的产品结构。”）。园区：两江新区（文中又作“新区”；国家级新区，未明说级别，kind 记“新区”）；两江国际汽车城（文中又作“国际汽车城”；“两江新区汽车产业重要载体”，parent 两江新区）。项目：长安汽车鱼嘴基地、长安福特二工厂（“将逐渐投产、上量”→在建，预期下半年投产）。公司：长安福特（二工厂、新福克斯）；长安汽车只在“长安汽车鱼嘴基地”中、长安股份（欧诺、首款SUV）为同一集团上市公司的称呼，均列可选。事实：汽车产业半年产值、增速、销售产值、产量（两江新区，reported，2012年上半年）；“工业销售产值586.89亿元,增长2.9亿元”中“增长2.9亿元”照录不计。国际汽车城“今年以来”引进项目41个、投资533亿元、外资12.1亿美元（cumulative），“预计总产值1732亿元”“达产后可实现利税88亿元”（target）；下半年将入驻的“超过300亿元的直接投资”（target，可选）。",
  "yc01"),
 parks=[
  park(LJ, CQ, CQ, "新区", A0, note="文中又作“新区”"),
  park(QC, CQ, CQ, "汽车城（产业园）", A2, parent=LJ, aliases=["国际汽车城"], note="两江新区汽车产业重要载体"),
 ],
 companies=[
  comp("长安福特", LJ, A3, note="二工厂在两江新区内"),
  comp("长安汽车", LJ, A3, opt=True, note="只在“长安汽车鱼嘴基地”中"),
  comp("长安股份", LJ, A3, opt=True, note="欧诺、首款SUV的生产方；与长安汽车为同一企业的不同称呼"),
 ],
 projects=[
  proj("长安汽车鱼嘴基地", LJ, A3, companies=["长安汽车"], status="在建", status_text="将逐渐投产、上量", note="下半年逐渐投产（预期）"),
  proj("长安福特二工厂", LJ, A3, companies=["长安福特"], status="在建", status_text="将逐渐投产、上量", note="下半年逐渐投产（预期）"),
 ],
 aggregate_facts=[
  fact(LJ, "park", "auto_industry_output_cny", 6.4265e10, "cny", A1, H1, chk=True, note="汽车产业工业产值"),
  fact(LJ, "park", "auto_industry_output_yoy_growth", 0.085, "ratio", A1, H1, kind="ratio"),
  fact(LJ, "park", "auto_industry_sales_output_cny", 5.8689e10, "cny", "工业销售产值586.89亿元,增长2.9亿元", H1, chk=True, opt=True),
  fact(LJ, "park", "vehicles_produced", 633500, "vehicles", "总计生产了汽车63.35万辆,增长8.6%,其中轿车39.36万辆,增长1.2%", H1),
  fact(LJ, "park", "vehicles_produced_yoy_growth", 0.086, "ratio", "总计生产了汽车63.35万辆,增长8.6%", H1, kind="ratio", opt=True),
  fact(LJ, "park", "sedans_produced", 393600, "vehicles", "其中轿车39.36万辆,增长1.2%", H1, opt=True),
  fact(LJ, "park", "auto_industry_market_share", 0.80, "ratio", "作为占据汽车产业80%以上份额的两江新区汽车产业", "2012年", kind="ratio", qual="超", qtext="以上", opt=True,
       note="两江新区汽车产业占（重庆）汽车产业的份额"),
  fact(QC, "park", "projects_introduced", 41, "count", A2, "2012年1月至7月下旬", kind="cumulative", note="“今年以来”引进汽车项目"),
  fact(QC, "park", "investment_attracted_cny", 5.33e10, "cny", "总计引进汽车项目41个,投资533亿元,其中外资12.1亿美元", "2012年1月至7月下旬", kind="cumulative", chk=True),
  fact(QC, "park", "foreign_investment_usd", 1.21e9, "usd", "其中外资12.1亿美元", "2012年1月至7月下旬", kind="cumulative"),
  fact(QC, "park", "expected_annual_output_cny", 1.732e11, "cny", "预计总产值1732亿元,达产后可实现利税88亿元", "达产后（预计）", kind="target", chk=True,
       note="今年引进的41个项目的预计总产值"),
  fact(QC, "park", "expected_annual_profit_tax_cny", 8.8e9, "cny", "达产后可实现利税88亿元", "达产后（预计）", kind="target", chk=True),
  fact(QC, "park", "expected_direct_investment_cny", 3e10, "cny", "带来超过300亿元的直接投资和超过600亿元的工业产值", "2012年下半年（预计）", kind="target",
       qual="超", qtext="超过", opt=True, chk=True, note="下半年将入驻的四家世界500强零部件公司和30多家配套企业"),
 ])

# ---------------------------------------------------------------- yc02 璧山工业园区 上半年 (重庆日报 via jctrans 2014)
BS = "璧山工业园区"
B0 = "记者7月28日从璧山区获悉,今年上半年,璧山工业园区实现工业产值650亿元,同比增长35.22%。其中,规上企业实现产值305.49亿元,同比增长14.3%"
B1 = "据介绍,璧山工业园区规划面积30平方公里,布局有“重庆台商工业园”、“微电园拓展区”和“光电装备产业园”,重点发展装备制造、电子信息、食品医药产业"
B2 = "截至目前,璧山工业园区已相继引进惠科、展运、精元等在内的208家笔电配套企业,其中39家开工建设,131家实现投产达效"
B3 = "引进中联重科、中国嘉陵、台湾统一等188家装备制造企业,其中中联重科等96家企业开工建设,嘉陵、统一等80家投产达效"
H2 = "2014年上半年"
C2 = "截至2014年7月下旬"
G["yc02"] = dict(
 article=art("上半年实现工业产值650亿元同比增幅超三成", "重庆日报，载于 info.jctrans.net（锦程物流网，产业经济栏）", "2014-07-29", "day",
  "Logistics portal relaying the city's party daily, Chongqing: a district industrial park's half-year output and growth, its planned area and three sub-parks, laptop-supplier and equipment firms introduced, started and in production",
  "http://info.jctrans.net/news/industry_economy/20147292054756.shtml",
  "日期取页面“www.jctrans.com 2014-7-29 14:55:00 重庆日报”。标题照录（锦程物流网的标题，存段未示原报标题）。栏目菜单、来源行和与首段重复的“导读:”行已删。存段末段“下一步,璧山将按照…抓好主导产业集群,提升”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…80家投产达效。”，共四段。园区：璧山工业园区（璧山区，重庆）；其布局的“重庆台商工业园”“微电园拓展区”“光电装备产业园”为子园区（parent 璧山工业园区）。公司：惠科、展运、精元（笔电配套）、中联重科、中国嘉陵（又作“嘉陵”）、台湾统一（又作“统一”）均为园区已引进企业。事实：上半年工业产值650亿元、增长35.22%，规上企业产值305.49亿元、增长14.3%（reported）；规划面积30平方公里；“截至目前”笔电配套企业208家（39家开工建设、131家投产达效）与装备制造企业188家（96家开工建设、80家投产达效）为 cumulative。准入门槛“投入低于45亿元/平方公里…产出低于80亿元/平方公里”是门槛，不作事实。",
  "yc02"),
 parks=[
  park(BS, CQ, CQ, "工业园区", B0, district="璧山区", note="文中又作“园区”"),
  park("重庆台商工业园", CQ, CQ, "工业园", B1, district="璧山区", parent=BS),
  park("微电园拓展区", CQ, CQ, "园区片区", B1, district="璧山区", parent=BS, note="西永微电园的拓展区，布局在璧山工业园区内"),
  park("光电装备产业园", CQ, CQ, "产业园", B1, district="璧山区", parent=BS),
 ],
 companies=[
  comp("惠科", BS, B2, note="笔电配套企业"),
  comp("展运", BS, B2, note="笔电配套企业"),
  comp("精元", BS, B2, note="笔电配套企业"),
  comp("中联重科", BS, B3, note="装备制造企业，开工建设"),
  comp("中国嘉陵", BS, B3, aliases=["嘉陵"], note="装备制造企业，投产达效"),
  comp("台湾统一", BS, B3, aliases=["统一"], note="装备制造企业，投产达效"),
 ],
 aggregate_facts=[
  fact(BS, "park", "industrial_output_cny", 6.5e10, "cny", "璧山工业园区实现工业产值650亿元,同比增长35.22%", H2, chk=True),
  fact(BS, "park", "industrial_output_yoy_growth", 0.3522, "ratio", "璧山工业园区实现工业产值650亿元,同比增长35.22%", H2, kind="ratio"),
  fact(BS, "park", "industrial_output_above_scale_cny", 3.0549e10, "cny", "规上企业实现产值305.49亿元,同比增长14.3%", H2, chk=True),
  fact(BS, "park", "industrial_output_above_scale_yoy_growth", 0.143, "ratio", "规上企业实现产值305.49亿元,同比增长14.3%", H2, kind="ratio"),
  fact(BS, "park", "planned_area_km2", 30, "km2", "璧山工业园区规划面积30平方公里", "2014年"),
  fact(BS, "park", "laptop_supplier_firms", 208, "count", B2, C2, kind="cumulative", note="已引进笔电配套企业"),
  fact(BS, "park", "laptop_supplier_firms_started", 39, "count", B2, C2, kind="cumulative", opt=True),
  fact(BS, "park", "laptop_supplier_firms_in_production", 131, "count", B2, C2, kind="cumulative"),
  fact(BS, "park", "equipment_firms", 188, "count", B3, C2, kind="cumulative", note="已引进装备制造企业"),
  fact(BS, "park", "equipment_firms_started", 96, "count", B3, C2, kind="cumulative", opt=True),
  fact(BS, "park", "equipment_firms_in_production", 80, "count", B3, C2, kind="cumulative"),
 ])

# ---------------------------------------------------------------- yc03 智博会长寿再签大单 (华龙网 2020)
CS = "长寿区"
D0 = "长寿区集中签约一个央地合作项目和一个外资项目,合同引资62.7亿元"
D1 = "据了解,长寿区签约的央地合作项目为年产30万立方硅基纳米气凝胶复合材料项目。该项目由中国化学工程股份有限公司全资子公司华陆工程科技有限责任公司投资40亿元兴建"
D2 = "单细胞生物蛋白质项目是长寿区2020年重点引进的外资项目之一,也是世界首个单细胞生物蛋白质项目,由calysseo和中国蓝星安迪苏公司联手打造,拟投资22.7亿元"
D3 = "占地938亩,拟分三期建设,达产后预计可实现年销售收入40亿元、综合税收8亿元"
QN = "年产30万立方硅基纳米气凝胶复合材料项目"
G["yc03"] = dict(
 article=art("智博会长寿再签大单 签约2项目合同引资62.7亿元", "华龙网—新重庆客户端（通讯员 孔祥波），h5.cqliving.com", "2020-09-17", "day",
  "City news portal's app, Chongqing: a district signs two projects at the online smart-industry expo — a central-SOE aerogel composite project and a foreign single-cell-protein project, with investors, amounts, site area and expected sales and tax",
  "https://h5.cqliving.com/info/detail/3069725.html?&cid=3069725",
  "日期取页面“2020-09-17 19:24”（签约在“昨(16)日”，2020-09-16）。标题照录；来源行“华龙网-新重庆客户端”与日期行已删。正文三段，完整。文中没有园区名：两个项目只写“长寿区”，park 均为 null（长寿区为区域）；“气凝胶新材料产业基地”是打造目标，不列园区。公司：华陆工程科技有限责任公司（投资方，中国化学工程股份有限公司全资子公司——母公司列可选）、calysseo、中国蓝星安迪苏公司（联手打造单细胞生物蛋白质项目）；园区均为 null。项目：年产30万立方硅基纳米气凝胶复合材料项目（投资40亿元，签约）；单细胞生物蛋白质项目（拟投资22.7亿元，签约）。事实：长寿区签约2个项目、合同引资62.7亿元（region，reported）；气凝胶项目占地938亩、达产后年销售收入40亿元与综合税收8亿元（project，后两项 target）。渝州宾馆为会场，不列。",
  "yc03"),
 parks=[],
 companies=[
  comp("华陆工程科技有限责任公司", None, D1, note="投资方；中国化学工程股份有限公司全资子公司；文中无园区"),
  comp("中国化学工程股份有限公司", None, D1, opt=True, note="华陆工程科技的母公司"),
  comp("calysseo", None, D2, note="与中国蓝星安迪苏公司联手打造；文中无园区"),
  comp("中国蓝星安迪苏公司", None, D2, note="文中无园区"),
 ],
 projects=[
  proj(QN, None, D1, companies=["华陆工程科技有限责任公司"], inv="投资40亿元", status="签约", status_text="签约",
       note="央地合作项目；长寿区，文中无园区；拟分三期建设"),
  proj("单细胞生物蛋白质项目", None, D2, companies=["calysseo", "中国蓝星安迪苏公司"], inv="拟投资22.7亿元", status="签约", status_text="集中签约（外资项目）",
       note="长寿区2020年重点引进的外资项目；文中无园区"),
 ],
 aggregate_facts=[
  fact(CS, "region", "projects_signed", 2, "count", D0, "2020-09-16（智博会签约）"),
  fact(CS, "region", "signed_investment_cny", 6.27e9, "cny", "合同引资62.7亿元", "2020-09-16（智博会签约）", chk=True),
  fact(QN, "project", "site_area_mu", 938, "mu", D3, "2020年（签约时）"),
  fact(QN, "project", "expected_annual_sales_cny", 4e9, "cny", "达产后预计可实现年销售收入40亿元、综合税收8亿元", "达产后（预计）", kind="target", chk=True),
  fact(QN, "project", "expected_annual_tax_cny", 8e8, "cny", "综合税收8亿元", "达产后（预计）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- yc04 涪陵临港经济区 一德粮油 开工 (涪陵 2020)
LG = "涪陵临港经济区"
E0 = "今天上午(12月21日),重庆一德粮油有限公司年产200万吨植物蛋白及食用油精炼深加工科技项目在临港经济区开工建设,这是临港经济区授牌成立以来第一个开工建设的重大产业项目"
E1 = "今年6月,南通一德实业有限公司与区政府达成协议,总投资30亿元,建设年产200万吨植物蛋白及食用油精炼深加工科技项目"
E2 = "项目位于临港经济区查家岩,占地约400亩"
YD = "年产200万吨植物蛋白及食用油精炼深加工科技项目"
G["yc04"] = dict(
 article=art("年产100亿!涪陵临港经济区首个重大产业项目开工建设", "涪陵区融媒体网站（web.chinamshare.com/flt，栏目“今日看点”；记者 文雯 庞建）", "2020-12-21", "day",
  "District media centre's website, Chongqing: the first major industrial project started in a newly designated port economic zone — a grain-and-oil firm's plant with investor, amount, site, production lines, expected output and completion date",
  "http://web.chinamshare.com/flt/sy/jrtt/28999585.shtml",
  "页面无年份：文中“今天上午(12月21日)”“今年6月…达成协议”“预计明年10月建成投产”；中国食品安全网（www2.cfsn.cn newsid=53997）同一项目报道写“涪陵区2020年6月与江苏南通一德实业有限公司达成协议”“预计2021年10月建成投产”，故定为 2020-12-21。标题照录；站点导航、栏目路径与图片说明“开工”已删；署名“记者/文雯 庞建”在正文末，保留。正文六段，完整。园区：涪陵临港经济区（文中多作“临港经济区”；涪陵区，重庆；kind 记“经济区”）。公司：重庆一德粮油有限公司（项目业主，在临港经济区）；南通一德实业有限公司（与区政府达成协议的投资方，外地母公司，park null）。项目：年产200万吨植物蛋白及食用油精炼深加工科技项目（总投资30亿元；开工建设→开工；预计2021年10月建成投产）。事实：项目预计年产值100亿元（target）、占地约400亩。区政府列可选机构；出席的区领导不列。",
  "yc04"),
 parks=[
  park(LG, CQ, CQ, "经济区", "为涪陵临港经济区产业聚集添砖加瓦", district="涪陵区", aliases=["临港经济区"],
       note="文中多作“临港经济区”；授牌成立不久"),
 ],
 companies=[
  comp("重庆一德粮油有限公司", LG, E0, note="项目业主"),
  comp("南通一德实业有限公司", None, E1, note="与区政府达成协议的投资方（江苏南通）"),
 ],
 institutions=[
  inst("区政府", "南通一德实业有限公司与区政府达成协议", note="涪陵区人民政府（文中简称）"),
 ],
 projects=[
  proj(YD, LG, E1, companies=["重庆一德粮油有限公司", "南通一德实业有限公司"], inv="总投资30亿元", status="开工", status_text="开工建设",
       aliases=["重庆一德粮油有限公司年产200万吨植物蛋白及食用油精炼深加工科技项目"],
       note="2020年12月21日开工；临港经济区授牌成立以来第一个开工的重大产业项目；预计2021年10月建成投产"),
 ],
 aggregate_facts=[
  fact(YD, "project", "expected_annual_output_cny", 1e10, "cny", "项目建成投产后,预计年产值可达100亿元", "建成投产后（预计）", kind="target", chk=True),
  fact(YD, "project", "site_area_mu", 400, "mu", E2, "2020年", qual="约", qtext="约"),
 ])

# ---------------------------------------------------------------- yc05 璧山区 2021 首期集中签约 26 项目 (cqcb 2021)
BG = "璧山高新区"
BQ = "璧山区"
F0 = "1月8日,璧山区2021年首期重大招商引资项目集中签约活动举行,共签约26个项目,总投资达239亿元、预计新增产值约384亿元"
F1 = "璧山签约的26个项目中现代工业类项目20个,现代服务业类项目5个,现代农业类项目1个,分别落户璧山高新区,服务业发展区,国家农业科技园区"
F2 = "高端装备制造项目方面,包括创力国际新型绿色建材产业园项目,以及立足重庆第二国际机场临空产业生态区,总投资70亿元,建成后将形成百亿级交易市场"
F3 = "川铁电气通过收购法国ADETEL公司超级电容技术,引入法国专家团队,在璧进行产业转化"
F4 = "博张机电拥有2个独立研发平台,固体碱蒸发设备等方面共获得50项国家专利,其全球首套氯碱智能成套装备生产项目落地后将为我区智能制造产业注入新活力"
F5 = "消费品项目方面:和睿KBH未来空间梦工场及国际高端家居生产基地和民意高端教具生产基地签约落地"
F6 = "新材料项目方面:中国500强企业山东玉皇化工环保新材料西南生产销售总部、重玻节能玻璃有限公司高性能低碳玻璃研发生产项目的签约落地"
AS5 = "2021-01-08（首期集中签约）"
NB = "签约的现代工业类项目落户璧山高新区（由“分别落户璧山高新区,服务业发展区,国家农业科技园区”推定）"
G["yc05"] = dict(
 article=art("（无标题）璧山区2021年首期重大招商引资项目集中签约 26个项目总投资239亿元", "上游新闻 / 重庆晨报网站 cqcb.com（财富频道；存段无署名，文中“记者获悉”）", "2021-01-08", "day",
  "City evening-paper website, Chongqing: a district's first signing of the year — 26 projects by category and destination zone (high-tech zone, service zone, agricultural park), total and expected output, named equipment, consumer-goods and new-materials projects and firms",
  "http://cqcb.com/wealth/2021-01-08/3548836_pc.html",
  "日期取网址 /2021-01-08/（签约在1月8日当天）。存段无标题、无日期行（title 为编者概括）。存段末段“现代服务业项目中…补齐现”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…奠定坚实基础。”，共五段。园区：璧山高新区（璧山区，重庆）；服务业发展区、国家农业科技园区（璧山区内，文中只作此称）列可选；“重庆第二国际机场临空产业生态区”为规划中的区域，列可选。签约项目按类别“分别落户”三处：现代工业类项目（高端装备、消费品、新材料）的 park 推定为璧山高新区（note 注明）。项目：创力国际新型绿色建材产业园项目（签约；其后“以及立足重庆第二国际机场临空产业生态区,总投资70亿元…”一句缺项目名，70亿元归属不明，不作其投资额）；全球首套氯碱智能成套装备生产项目（博张机电）；和睿KBH未来空间梦工场及国际高端家居生产基地；民意高端教具生产基地；山东玉皇化工环保新材料西南生产销售总部；高性能低碳玻璃研发生产项目（重玻节能玻璃有限公司）——均为签约（“签约落地”）。川铁电气只写“在璧进行产业转化”，无项目名，列公司，不造项目；法国ADETEL公司为被收购技术的来源，可选、park null。事实：签约26个项目、总投资239亿元、预计新增产值约384亿元（璧山区，region）；工业/服务业/农业项目数 20/5/1（可选）。",
  "yc05"),
 parks=[
  park(BG, CQ, CQ, "高新区", F1, district="璧山区", note="现代工业类项目落户地"),
  park("服务业发展区", CQ, CQ, "功能区", F1, district="璧山区", opt=True, note="现代服务业类项目落户地；只作此称"),
  park("国家农业科技园区", CQ, CQ, "农业科技园区", F1, district="璧山区", opt=True, note="现代农业类项目落户地；只作此称"),
  park("重庆第二国际机场临空产业生态区", CQ, CQ, "临空产业区（规划）", F2, district="璧山区", opt=True, note="项目“立足”的规划区域"),
 ],
 companies=[
  comp("川铁电气", BG, F3, note="在璧山进行超级电容技术产业转化；园区推定"),
  comp("博张机电", BG, F4, note="园区推定"),
  comp("重玻节能玻璃有限公司", BG, F6, note="签约方；园区推定"),
  comp("山东玉皇化工", BG, F6, opt=True, note="只在项目名中（中国500强企业）"),
  comp("创力国际", BG, F2, opt=True, note="只在项目名中"),
  comp("法国ADETEL公司", None, F3, opt=True, note="超级电容技术被川铁电气收购"),
 ],
 projects=[
  proj("创力国际新型绿色建材产业园项目", BG, F2, companies=["创力国际"], status="签约", status_text="签约（26个签约项目之一）",
       note="其后“总投资70亿元”的一句缺项目名，金额归属不明，不作投资额；园区推定。" + NB),
  proj("全球首套氯碱智能成套装备生产项目", BG, F4, companies=["博张机电"], status="签约", status_text="签约（26个签约项目之一）；落地", note=NB),
  proj("和睿KBH未来空间梦工场及国际高端家居生产基地", BG, F5, status="签约", status_text="签约落地", note=NB),
  proj("民意高端教具生产基地", BG, F5, status="签约", status_text="签约落地", note=NB),
  proj("山东玉皇化工环保新材料西南生产销售总部", BG, F6, companies=["山东玉皇化工"], status="签约", status_text="签约落地", note=NB),
  proj("高性能低碳玻璃研发生产项目", BG, F6, companies=["重玻节能玻璃有限公司"], status="签约", status_text="签约落地",
       aliases=["重玻节能玻璃有限公司高性能低碳玻璃研发生产项目"], note=NB),
 ],
 aggregate_facts=[
  fact(BQ, "region", "projects_signed", 26, "count", F0, AS5),
  fact(BQ, "region", "signed_investment_cny", 2.39e10, "cny", "共签约26个项目,总投资达239亿元、预计新增产值约384亿元", AS5, chk=True),
  fact(BQ, "region", "expected_new_output_cny", 3.84e10, "cny", "预计新增产值约384亿元", "签约项目达产后（预计）", kind="target", qual="约", qtext="约", chk=True),
  fact(BQ, "region", "industrial_projects_signed", 20, "count", F1, AS5, opt=True, note="现代工业类项目，落户璧山高新区"),
  fact(BQ, "region", "service_projects_signed", 5, "count", F1, AS5, opt=True),
  fact(BQ, "region", "agricultural_projects_signed", 1, "count", F1, AS5, opt=True),
 ])

# ---------------------------------------------------------------- yc06 川渝高竹新区首次集中签约 (重庆日报 2021)
GZ = "川渝高竹新区"
K0 = "3月30日,川渝高竹新区投资推介暨项目集中签约活动在重庆举行。这是川渝高竹新区成立以来举行的首次投资促进活动,引资上千亿元"
K1 = "签约产业项目18个、总投资230亿元,基础设施项目18个、协议投资1250亿元,23家金融机构意向授信1160亿元"
K2 = "梓源PET特纤汽车零部件生产基地项目拟投资1.5亿元,主要开展特种复合纤维纺织材料的研发与应用"
K3 = "龙科自动化设备生产基地项目拟投资3.5亿元,主要开展新能源电动车、集成装配式智能防护平台的研发与生产"
K4 = "活动中,重庆水务集团、长江环保集团与川渝高竹新区筹委会签订战略合作框架协议,将共同成立合资公司"
K5 = "此外,重庆工业职业技术学院将在川渝高竹新区选址建设高竹校区"
K6 = "川渝高竹新区规划面积262平方公里,包括广安市邻水县高滩镇、坛同镇和渝北区茨竹镇、大湾镇的部分行政区域"
K7 = "目前,川渝高竹新区建成区面积约6平方公里,现有户籍人口17.6万人,入驻企业129户"
AS6 = "2021-03-30（首次集中签约）"
G["yc06"] = dict(
 article=art("川渝高竹新区首次集中签约 引资上千亿元", "重庆日报（记者 崔曜），载于华龙网财经频道 finance.cqnews.net", "2021-03-31", "day",
  "City party daily on the city news portal, Chongqing: a new cross-border (Sichuan–Chongqing) development area's first investment-promotion signing — industrial and infrastructure projects with totals, credit lines, two named equipment projects with amounts, water-utility cooperation, a college campus, the area's planned and built-up area, population and firms",
  "http://finance.cqnews.net/html/2021-03/31/content_826766650248216576.html",
  "日期取网址 /2021-03/31/（活动在3月30日）。标题照录；正文五段，完整。园区：川渝高竹新区（跨四川广安市邻水县与重庆渝北区，city/district 记两地；kind 记“新区（川渝合作）”）。项目：梓源PET特纤汽车零部件生产基地项目（拟投资1.5亿元）、龙科自动化设备生产基地项目（拟投资3.5亿元），均为签约的装备制造项目，park 川渝高竹新区；重庆工业职业技术学院高竹校区（“将…选址建设”→planned，可选）。公司：重庆水务集团、长江环保集团（与筹委会签战略合作框架协议，将成立合资公司；park 记川渝高竹新区，合作范围在新区内）。机构：川渝高竹新区筹委会（government）；重庆工业职业技术学院（university）。事实：产业项目18个/230亿元、基础设施项目18个/协议投资1250亿元、23家金融机构意向授信1160亿元、“引资上千亿元”（可选，超）；规划面积262平方公里、建成区约6平方公里、户籍人口17.6万、入驻企业129户。",
  "yc06"),
 parks=[
  park(GZ, "广安、重庆", "四川、重庆", "新区（川渝合作）", K0, district="邻水县、渝北区",
       note="跨省新区：广安市邻水县高滩镇、坛同镇和渝北区茨竹镇、大湾镇的部分行政区域"),
 ],
 companies=[
  comp("重庆水务集团", GZ, K4, note="与筹委会签战略合作框架协议；合作范围在新区"),
  comp("长江环保集团", GZ, K4, note="同上"),
 ],
 institutions=[
  inst("川渝高竹新区筹委会", K4, park=GZ, opt=False),
  inst("重庆工业职业技术学院", K5, kind="university", park=GZ, note="将在新区选址建设高竹校区"),
 ],
 projects=[
  proj("梓源PET特纤汽车零部件生产基地项目", GZ, K2, inv="拟投资1.5亿元", status="签约", status_text="签约的装备制造项目",
       aliases=["梓源PET特纤汽车零部件生产基地"]),
  proj("龙科自动化设备生产基地项目", GZ, K3, inv="拟投资3.5亿元", status="签约", status_text="签约的装备制造项目",
       aliases=["龙科自动化设备生产基地"]),
  proj("高竹校区", GZ, K5, companies=[], status="planned", status_text="将在川渝高竹新区选址建设", opt=True,
       note="重庆工业职业技术学院的新校区"),
 ],
 aggregate_facts=[
  fact(GZ, "park", "projects_signed", 18, "count", K1, AS6, note="产业项目"),
  fact(GZ, "park", "signed_investment_cny", 2.3e10, "cny", "签约产业项目18个、总投资230亿元", AS6, chk=True, note="产业项目"),
  fact(GZ, "park", "infrastructure_projects_signed", 18, "count", K1, AS6),
  fact(GZ, "park", "infrastructure_signed_investment_cny", 1.25e11, "cny", "基础设施项目18个、协议投资1250亿元", AS6, chk=True),
  fact(GZ, "park", "intended_credit_cny", 1.16e11, "cny", "23家金融机构意向授信1160亿元", AS6, chk=True, note="23家金融机构意向授信"),
  fact(GZ, "park", "investment_attracted_cny", 1e11, "cny", "引资上千亿元", AS6, qual="超", qtext="上", opt=True, note="“上千亿元”"),
  fact(GZ, "park", "planned_area_km2", 262, "km2", K6, "2021年"),
  fact(GZ, "park", "built_up_area_km2", 6, "km2", K7, "2021年3月", qual="约", qtext="约"),
  fact(GZ, "park", "registered_population", 176000, "persons", K7, "2021年3月", opt=True),
  fact(GZ, "park", "firms", 129, "count", K7, "2021年3月", note="入驻企业"),
 ])

# ---------------------------------------------------------------- yc07 涪陵区 2022 工业投资项目集中开工 (国际在线 2022)
FL = "涪陵区"
ZB = "涪陵综保区"
YY = "涪陵国家页岩油气与新能源科创产业园"
M0 = "2月25日,重庆市涪陵区举行2022年工业投资项目集中开工活动,现场集中开工项目14个,总投资180.4亿元,今年计划投资54.4亿元,建成达产后将新增产值386.5亿元"
M1 = "此次集中开工的14个重点项目,包括凯宏全降解全球动漫衍生品及礼赠品项目、涪陵国家页岩油气与新能源科创产业园(一期)、国仪量子涪陵页岩气智能钻探与量子传感工程研究中心、湖南巨星UHPC智能制造项目、德仁铝业年产10万吨高精铝箔项目、涪陵综保区一期B区贸易加工产业园(一期)等"
AS7 = "2022-02-25（集中开工）"
G["yc07"] = dict(
 article=art("（无标题）涪陵区2022年工业投资项目集中开工 14个项目总投资180.4亿元", "国际在线重庆频道 cq.cri.cn（田渝兵）", "2022-02-26", "day",
  "National broadcaster's city channel, Chongqing: a district's groundbreaking of 14 industrial projects — total, this year's planned investment, expected new output, the district's 2021 GDP and industry figures, six named projects including a shale-gas science park's first phase and a bonded-zone trade-processing park",
  "https://cq.cri.cn/2022-02-26/5da9bf88-2c7b-b816-97b3-1b61fda8662c.html",
  "日期取网址 /2022-02-26/（活动在2月25日）。存段无标题、无日期行（title 为编者概括）。图片说明“涪陵区2022年工业投资项目集中开工活动现场 供图 涪陵区委宣传部”已删。存段末句在“…等多个领域,建成后将进一步增强产业链供应链稳定性,加快”处中断，自“,建成后”起的残句已删（make_txt.py LINE_SUFFIX），正文末段止于“…等多个领域”（无句号）。项目（均“集中开工”→开工）：凯宏全降解全球动漫衍生品及礼赠品项目、涪陵国家页岩油气与新能源科创产业园(一期)、国仪量子涪陵页岩气智能钻探与量子传感工程研究中心、湖南巨星UHPC智能制造项目、德仁铝业年产10万吨高精铝箔项目、涪陵综保区一期B区贸易加工产业园(一期)；前五个文中只写涪陵区，park null；后一个在涪陵综保区。园区：涪陵综保区（只在项目名中，可选）；涪陵国家页岩油气与新能源科创产业园（园区开发项目，本身也是园区，可选）。公司：国仪量子、湖南巨星、德仁铝业、凯宏只在项目名中（前三者列可选，park null）。事实（涪陵区，region）：开工14个、总投资180.4亿元、今年计划投资54.4亿元、达产后新增产值386.5亿元（target）；2021年GDP“突破1400亿元”、工业增加值“突破600亿元”、工业投资“突破200亿元”（超）。",
  "yc07"),
 parks=[
  park(ZB, CQ, CQ, "综合保税区", M1, district="涪陵区", opt=True, note="只在项目名“涪陵综保区一期B区贸易加工产业园(一期)”中"),
  park(YY, CQ, CQ, "产业园（在建）", M1, district="涪陵区", opt=True, note="园区开发项目（一期开工），本身也是园区"),
 ],
 companies=[
  comp("国仪量子", None, M1, opt=True, note="只在项目名中"),
  comp("湖南巨星", None, M1, opt=True, note="只在项目名中"),
  comp("德仁铝业", None, M1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("凯宏全降解全球动漫衍生品及礼赠品项目", None, M1, status="开工", status_text="集中开工", note="涪陵区，文中无园区"),
  proj("涪陵国家页岩油气与新能源科创产业园(一期)", None, M1, phase="一期", status="开工", status_text="集中开工", note="园区开发项目；涪陵区"),
  proj("国仪量子涪陵页岩气智能钻探与量子传感工程研究中心", None, M1, companies=["国仪量子"], status="开工", status_text="集中开工", note="涪陵区，文中无园区"),
  proj("湖南巨星UHPC智能制造项目", None, M1, companies=["湖南巨星"], status="开工", status_text="集中开工", note="涪陵区，文中无园区"),
  proj("德仁铝业年产10万吨高精铝箔项目", None, M1, companies=["德仁铝业"], status="开工", status_text="集中开工", note="涪陵区，文中无园区"),
  proj("涪陵综保区一期B区贸易加工产业园(一期)", ZB, M1, phase="一期", status="开工", status_text="集中开工", note="园区基础设施配套类"),
 ],
 aggregate_facts=[
  fact(FL, "region", "projects_started", 14, "count", M0, AS7),
  fact(FL, "region", "projects_started_investment_cny", 1.804e10, "cny", "现场集中开工项目14个,总投资180.4亿元,今年计划投资54.4亿元", AS7, chk=True),
  fact(FL, "region", "planned_annual_investment_cny", 5.44e9, "cny", "今年计划投资54.4亿元", "2022年（计划）", kind="target", chk=True, note="14个开工项目的年度计划投资"),
  fact(FL, "region", "expected_new_output_cny", 3.865e10, "cny", "建成达产后将新增产值386.5亿元", "建成达产后（预计）", kind="target", chk=True),
  fact(FL, "region", "gdp_cny", 1.4e11, "cny", "2021年,全区地区生产总值突破1400亿元", "2021年", qual="超", qtext="突破", chk=True),
  fact(FL, "region", "industrial_value_added_cny", 6e10, "cny", "工业增加值突破600亿元、工业投资突破200亿元", "2021年", qual="超", qtext="突破", chk=True),
  fact(FL, "region", "industrial_investment_cny", 2e10, "cny", "工业投资突破200亿元", "2021年", qual="超", qtext="突破", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- yc08 长寿经开区打造新材料高地纪实 (ccin 2023)
CJ = "长寿经开区"
N0 = "长寿经开区始建于2001年,2010年经国务院批准升级为国家级经济技术开发区"
N1 = "形成了天然气化工新材料、硅基新材料、新能源材料、新能源装备、钢铁材料、绿色医药、生产性服务业等七大产业集群"
N2 = "在商务部国家级经开区综合发展水平考核列第35位,居西部第三、重庆第一"
Y22 = "2022年"
G["yc08"] = dict(
 article=art("慢生活中的快发展——长寿经开区打造新材料高地纪实", "ccin.com.cn（中国化工报网站，据域名；存段无署名、无日期行）", "2023", "year",
  "Chemical-industry trade paper's website, feature: a state-level economic development zone's history, industrial clusters and its 2022 main indicators (revenue, industrial output, fixed-asset investment, trade, investment attracted, tax) with growth, and its national ranking",
  "http://www.ccin.com.cn/detail/69610ae791bc3103147b3d349088e14f/news",
  "存段无日期：文中报2022年全年指标与国家级经开区考核名次，发布不早于2023年初；published 记“2023”（year，推定）。标题照录；图片文件名（640 (5).jpg 等）与图片说明（图为长寿经开区全景、图为调研组走进长寿经开区、图为调研组听取…）已删。存段末段第二句“长寿区第十四次党代会确定了…长寿经开区正以实现“两地一城”总体愿景”在句中中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“这份成绩单的背后缘于长寿经开区主政者前瞻性的谋篇布局。”，共四段。园区：长寿经开区（长寿区，重庆；2010年升级为国家级经济技术开发区）。无公司、项目。事实（2022年，reported）：“四上企业”营收1627亿元、规上工业总产值1209亿元、固定资产投资166亿元、外贸进出口123亿元、引资451亿元、税收总贡献39亿元（扣除留抵退税因素后）及各自增速；国家级经开区综合发展水平考核第35位；七大产业集群（可选）。",
  "yc08"),
 parks=[
  park(CJ, CQ, CQ, "国家级经济技术开发区", N0, district="长寿区", note="2001年始建，2010年升级为国家级"),
 ],
 aggregate_facts=[
  fact(CJ, "park", "above_designated_size_firms_revenue_cny", 1.627e11, "cny", "实现“四上企业”营收1627亿元,增长4.4%", Y22, chk=True, note="“四上企业”营收"),
  fact(CJ, "park", "above_designated_size_firms_revenue_yoy_growth", 0.044, "ratio", "实现“四上企业”营收1627亿元,增长4.4%", Y22, kind="ratio"),
  fact(CJ, "park", "industrial_output_above_scale_cny", 1.209e11, "cny", "规上工业总产值1209亿元,增长9.7%", Y22, chk=True),
  fact(CJ, "park", "industrial_output_above_scale_yoy_growth", 0.097, "ratio", "规上工业总产值1209亿元,增长9.7%", Y22, kind="ratio"),
  fact(CJ, "park", "fixed_asset_investment_cny", 1.66e10, "cny", "固定资产投资166亿元,增长19.5%", Y22, chk=True),
  fact(CJ, "park", "fixed_asset_investment_yoy_growth", 0.195, "ratio", "固定资产投资166亿元,增长19.5%", Y22, kind="ratio"),
  fact(CJ, "park", "import_export_cny", 1.23e10, "cny", "外贸进出口123亿元,增长33%", Y22, chk=True),
  fact(CJ, "park", "import_export_yoy_growth", 0.33, "ratio", "外贸进出口123亿元,增长33%", Y22, kind="ratio"),
  fact(CJ, "park", "investment_attracted_cny", 4.51e10, "cny", "引资451亿元,增长34.7%", Y22, chk=True),
  fact(CJ, "park", "investment_attracted_yoy_growth", 0.347, "ratio", "引资451亿元,增长34.7%", Y22, kind="ratio"),
  fact(CJ, "park", "tax_revenue_cny", 3.9e9, "cny", "税收总贡献39亿元,增长9.3%", Y22, chk=True, note="扣除留抵退税因素后的税收总贡献"),
  fact(CJ, "park", "tax_revenue_yoy_growth", 0.093, "ratio", "税收总贡献39亿元,增长9.3%", Y22, kind="ratio", opt=True),
  fact(CJ, "park", "national_rank", 35, "rank", N2, "2022年（商务部国家级经开区综合发展水平考核）"),
  fact(CJ, "park", "industrial_clusters", 7, "count", N1, "2023年", opt=True),
 ])
