# real368 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; build_all.py is real52's,
# copied unchanged). Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as
# written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); US dollars kept as investment_value +
# investment_currency (nc01). Growth rates and shares as ratios. Projects: the park is the one the text places the project in;
# a park-development project goes to the park it lies in (as real52's zv05); null if only a town / district is named (a town or
# district is a region, not a park). Status from the text's words (动工 / 开工仪式 / 奠基启动 / 启动建设 → 开工; 在建 / 正在建设 /
# 封顶 → 在建; 投产 → 投产; 签约 → 签约; 谋划中 → planned). “预计 / 计划” figures are kind target; counts of an event are
# reported. Sources are `search` (corpus pages) excerpts typed into _raw/pages/ncNN.raw as returned.

# ---------------------------------------------------------------- nc01 大亚湾 前三季度 (南方日报 via dutenews 2021)
DYW = "惠州大亚湾经济技术开发区"
SH = "大亚湾石化区"
XX = "新兴产业园"
A0 = "在惠州大亚湾经济技术开发区(下称“大亚湾区”)工地上的项目建设、车间里的生产场景依旧热火朝天"
A1 = "在大亚湾石化区,埃克森美孚惠州乙烯项目、恒力(惠州)PTA项目两大“巨无霸”项目同时在建"
A2 = "在新兴产业园,光弘科技第三智能产业园项目投产、科达利动力锂电池精密结构件项目厂房封顶"
A3 = "数据显示,今年1—9月,大亚湾区地区生产总值(GDP)可比增长9.5%,固定资产投资增长27%,工业投资增长67.2%"
A4 = "在大亚湾石化区,乐金化学(惠州)化工有限公司正在建设2.5期项目,投产后将是华南地区最大的ABS项目,将新增年产值18亿元,其三期项目也在谋划中"
A5 = "同在大亚湾石化区,两大“巨无霸”项目同时在建,总投资100亿美元的埃克森美孚惠州乙烯项目、总投资150亿元的恒力(惠州)PTA项目稳步推进"
AS1 = "2021年1—9月"
G["nc01"] = dict(
 article=art("前三季度工业投资增67.2%,大亚湾加快打造“1+3”产业平台", "南方日报（记者 马发洲），载于读特 dutenews.com", "2021-11-13", "day",
  "Provincial daily on a city news app, Guangdong: a national-level development zone's first three quarters — growth of GDP, fixed-asset and industrial investment; projects under construction, in production and topped out in its petrochemical zone and its emerging-industry park, with amounts",
  "https://www.dutenews.com/n/article/6294419",
  "日期取页面“2021-11-13 22:58”。标题照录；记者署名行、日期行、“摘要”及摘要段（与正文第二段同文）已删；图片说明“今年4月,位于大亚湾石化区的中海壳牌SMPO/POD项目正式投产。大亚湾区供图”作为图注删去（其中的项目因此不在正文）。存段在“将进一步提升大亚湾石化区仓储、原料运输等公用工程配”处中断，该句（“今年1月,欧德油储I3地块石化仓储项目动工…”）已删（make_txt.py LINE_SUFFIX），正文截至“…这一生动场景在大亚湾区不断上演。”，含小标题一行，共六段。园区：惠州大亚湾经济技术开发区（文中简称“大亚湾区”；惠州，广东；级别文中未说）；大亚湾石化区、新兴产业园为区内园区（parent 记大亚湾区）。项目：埃克森美孚惠州乙烯项目（在建，总投资100亿美元——美元记 investment_value/currency，investment_cny 为空）、恒力(惠州)PTA项目（在建，150亿元）、乐金化学(惠州)化工有限公司2.5期项目（在建；新增年产值18亿元为预期）、其三期项目（谋划中，可选）、光弘科技第三智能产业园项目（投产）、科达利动力锂电池精密结构件项目（厂房封顶→在建）。公司：乐金化学(惠州)化工有限公司在石化区；只在项目名中的埃克森美孚、恒力、光弘科技、科达利及“中海壳牌”为可选。事实：1—9月 GDP 可比增长9.5%、固投增长27%、工业投资增长67.2%（ratio，subject 大亚湾区）。",
  "nc01"),
 parks=[
  park(DYW, "惠州", "广东", "经济技术开发区", A0, aliases=["大亚湾区"], note="文中简称“大亚湾区”；标题作“大亚湾”"),
  park(SH, "惠州", "广东", "石化产业园区", A1, parent=DYW, note="文中又作“园区”"),
  park(XX, "惠州", "广东", "产业园", A2, parent=DYW, note="大亚湾区内的新兴产业园（文中只作“新兴产业园”）"),
 ],
 companies=[
  comp("乐金化学(惠州)化工有限公司", SH, A4, note="2.5期项目在建，三期在谋划"),
  comp("埃克森美孚", SH, A1, opt=True, note="只在项目名中"),
  comp("恒力", SH, A1, opt=True, note="只在项目名“恒力(惠州)PTA项目”中"),
  comp("光弘科技", XX, A2, opt=True, note="只在项目名中"),
  comp("科达利", XX, A2, opt=True, note="只在项目名中"),
  comp("中海壳牌", SH, "这个中海壳牌“隔墙供应”的中下游项目", opt=True, note="只作供应方被提及"),
 ],
 projects=[
  proj("埃克森美孚惠州乙烯项目", SH, A5, companies=["埃克森美孚"], inv="100亿美元", currency="usd", value=1e10,
       status="在建", status_text="同时在建", note="总投资100亿美元（非人民币）"),
  proj("恒力(惠州)PTA项目", SH, A5, companies=["恒力"], inv="150亿元", status="在建", status_text="同时在建"),
  proj("乐金化学(惠州)化工有限公司2.5期项目", SH, A4, companies=["乐金化学(惠州)化工有限公司"], phase="2.5期", status="在建",
       status_text="正在建设", aliases=["2.5期项目"], note="文中作“乐金化学(惠州)化工有限公司正在建设2.5期项目”；名称由公司名+期次拼成"),
  proj("乐金化学(惠州)化工有限公司三期项目", SH, A4, companies=["乐金化学(惠州)化工有限公司"], phase="三期", status="planned",
       status_text="也在谋划中", aliases=["三期项目"], opt=True),
  proj("光弘科技第三智能产业园项目", XX, A2, companies=["光弘科技"], status="投产", status_text="投产"),
  proj("科达利动力锂电池精密结构件项目", XX, A2, companies=["科达利"], status="在建", status_text="厂房封顶", note="厂房封顶，记在建"),
 ],
 aggregate_facts=[
  fact(DYW, "park", "gdp_yoy_growth", 0.095, "ratio", A3, AS1, kind="ratio", note="可比增长"),
  fact(DYW, "park", "fixed_asset_investment_yoy_growth", 0.27, "ratio", A3, AS1, kind="ratio"),
  fact(DYW, "park", "industrial_investment_yoy_growth", 0.672, "ratio", A3, AS1, kind="ratio"),
  fact("乐金化学(惠州)化工有限公司2.5期项目", "project", "expected_new_annual_output_cny", 1.8e9, "cny",
       "投产后将是华南地区最大的ABS项目,将新增年产值18亿元", "投产后（预期）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- nc02 谢岗镇 银瓶现代产业园 (东莞 i东莞 sun0769 2023)
YP = "银瓶现代产业园"
YPQ = "银瓶产业片区"
B0 = "银瓶现代产业园位于东莞市十大标准化产业片区——银瓶产业片区核心C位"
B1 = "银瓶现代产业园项目占地约300亩,容积率3.5,总建筑面积75.5万㎡,由谢岗镇属企业东莞市银瓶工业园区开发有限公司作为开发主体,总投资约32亿元"
B2 = "今年动工建设一期,明年动工建设二期,预计2024年底基本建成,2025年全面建成"
B3 = "其中,签约产业项目14个、竣工投产项目15个、新动工项目10个"
AS2 = "2023年9月28日（集中签约、动工、竣工投产仪式）"
G["nc02"] = dict(
 article=art("谢岗镇举行银瓶现代产业园发布会暨重点项目签约、动工、竣工投产仪式", "东莞阳光网 news.sun0769.com（i东莞；存段无署名）", "2023-09-28", "day",
  "City news portal, Guangdong (Dongguan): a town's launch of a new industrial park — location, area, developer, investment and building schedule — and the town's count of projects signed, completed and started at the same ceremony",
  "https://news.sun0769.com/dg/headnews/202309/t20230928_16319639.shtml",
  "日期取页面“2023年09月28日 17:16”。标题照录；客户端推广行、日期评论行与五个图片文件名行已删。存段在“2019年,”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…有山有水有资源。”，共五段。园区：银瓶现代产业园（东莞市谢岗镇，广东；文中又作“园区”）位于“银瓶产业片区”核心（东莞市十大标准化产业片区之一，记为母园区）。项目：银瓶现代产业园项目（园区开发项目，园区记银瓶产业片区；总投资约32亿元；开发主体东莞市银瓶工业园区开发有限公司；“今年动工建设一期”——本年开工计划，status 开工、status_alt planned）。事实：园区占地约300亩、总建筑面积75.5万㎡（可选）；谢岗镇当天签约产业项目14个、竣工投产15个、新动工10个（subject 谢岗镇，region；项目未点名、园区未说）。",
  "nc02"),
 parks=[
  park(YP, "东莞", "广东", "产业园", B0, district="谢岗镇", parent=YPQ, note="文中又作“园区”；新型产业社区"),
  park(YPQ, "东莞", "广东", "产业片区", B0, district="谢岗镇", note="东莞市十大标准化产业片区之一"),
 ],
 companies=[
  comp("东莞市银瓶工业园区开发有限公司", YP, B1, note="谢岗镇属企业，银瓶现代产业园开发主体"),
 ],
 projects=[
  proj("银瓶现代产业园项目", YPQ, B1, companies=["东莞市银瓶工业园区开发有限公司"], inv="总投资约32亿元", qual="约", qual_text="约",
       status="开工", status_text="今年动工建设一期", status_alt="planned",
       note="园区开发项目；一期2023年动工（文中为本年安排），二期2024年动工，预计2024年底基本建成、2025年全面建成"),
 ],
 aggregate_facts=[
  fact(YP, "park", "site_area_mu", 300, "mu", B1, "2023年9月", qual="约", qtext="约"),
  fact(YP, "park", "planned_floor_area_m2", 7.55e5, "m2", B1, "2023年9月（规划）", kind="target", opt=True),
  fact("谢岗镇", "region", "projects_signed", 14, "count", B3, AS2, note="签约产业项目"),
  fact("谢岗镇", "region", "projects_completed", 15, "count", B3, AS2, note="竣工投产项目"),
  fact("谢岗镇", "region", "projects_started", 10, "count", B3, AS2, note="新动工项目"),
 ])

# ---------------------------------------------------------------- nc03 中山港口镇 南洲智造港产业园 (中山+ via dutenews 2022)
NZ = "南洲智造港产业园"
QJ = "岐江新城高端制造产业园"
C0 = "中山港口镇总投资超4.5亿元的南洲智造港产业园项目已举行动工仪式"
C1 = "南洲智造港产业园位于中山市重大产业平台岐江新城高端制造产业园规划范围内"
C2 = "南洲集团是南洲智造港产业园项目的投资方,自2001年扎根港口"
AS3 = "2022年9月"
G["nc03"] = dict(
 article=art("预计年产值5亿元!中山港口镇南洲智造港产业园项目正式动工", "中山+（中山日报社客户端），载于读特 dutenews.com；存段无署名", "2022-09-07", "day",
  "City news app on a regional news portal, Guangdong (Zhongshan): a town's local group starts building an industrial park inside a city-level manufacturing platform — investment, floor area, expected output and jobs, the investor",
  "https://www.dutenews.com/n/article/7038889",
  "日期取页面“2022-09-07 15:59”。标题照录；来源“中山+”与日期行、两条图片说明（“奠基仪式。 通讯员供图”“南洲智造港产业园效果图。通讯员供图”）已删。存段末段（“‘港口镇党委、政府始终坚持…具有积极作用。’港口镇镇长周昭坚表示,希望…做好高质量的招”）在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文共四段。园区：南洲智造港产业园（中山市港口镇，广东；在建）位于岐江新城高端制造产业园规划范围内（parent）。项目：南洲智造港产业园项目（开工，“已举行动工仪式”；总投资超4.5亿元；园区记岐江新城高端制造产业园，与 real52 zv05 同法）。公司：南洲集团（投资方，扎根港口镇；不在园区内落户，park 记 null）。事实：项目建成后预计年产值5亿元（target）；总建筑面积超12万平方米、就业岗位1000多个（可选）。",
  "nc03"),
 parks=[
  park(NZ, "中山", "广东", "产业园", C1, district="港口镇", parent=QJ, note="在建；文中又作“该产业园”"),
  park(QJ, "中山", "广东", "产业平台（高端制造产业园）", C1, note="“中山市重大产业平台”"),
 ],
 companies=[
  comp("南洲集团", None, C2, note="项目投资方；港口镇本土企业（增资扩产）"),
 ],
 projects=[
  proj("南洲智造港产业园项目", QJ, C0, companies=["南洲集团"], inv="总投资超4.5亿元", qual="超", qual_text="超",
       status="开工", status_text="已举行动工仪式", note="园区开发项目；标题作“正式动工”"),
 ],
 aggregate_facts=[
  fact("南洲智造港产业园项目", "project", "expected_annual_output_cny", 5e8, "cny", "项目建成后预计年产值5亿元", "建成后（预期）", kind="target", chk=True),
  fact("南洲智造港产业园项目", "project", "floor_area_m2", 1.2e5, "m2", "该产业园总建筑面积超12万平方米", AS3, qual="超", qtext="超", opt=True),
  fact("南洲智造港产业园项目", "project", "expected_jobs", 1000, "count", "可提供就业岗位1000多个", "建成后（预期）", kind="target", qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- nc04 中山火炬高新区 上榜 (xbswyy-expo 2024)
ZH = "中山火炬高新区"
JK = "中山国家健康基地"
D0 = "在2023年国家生物医药产业园区竞争力50强榜单中,中山火炬高新区位列第33名"
D1 = "中山火炬高新区也是广东省三个上榜园区之一,其余两个上榜园区分别是广州高新区、深圳高新区"
D2 = "目前火炬高新区已形成以中山国家健康基地为核心的产业集聚态势"
D3 = "集聚540家大健康类企业、46家省级以上平台、6个一类新药"
AS4 = "2024年11月"
G["nc04"] = dict(
 article=art("中山火炬高新区上榜国家生物医药产业园区50强", "西部(成都)生物医药及技术装备展览会网站 xbswyy-expo.com“行业资讯”（转载；原发媒体未注明）", "2024-11-04", "day",
  "Trade-fair website relaying a local item, Guangdong (Zhongshan): a national high-tech zone's rank in a biomedicine-park competitiveness list, and its national health-industry base with counts of firms, platforms and new drugs",
  "http://xbswyy-expo.com/news/show-2309.html",
  "日期取页面“2024-11-04”。标题照录；栏目行、“当前位置…”、“By: 西部(成都)生物医药及技术装备展览会”与两条图片说明“中山国家健康基地。”已删。存段末段“为更好地擦亮中山国家健康基地‘国字号’招牌,…统一到”在句中中断，整段删去，正文共三段。园区：中山火炬高新区（文中又作“火炬高新区”；中山，广东）；中山国家健康基地（“以…为核心”，在火炬高新区内，parent）；广州高新区、深圳高新区只作同榜园区被提及（可选）。机构：中国生物技术发展中心（报告发布方，可选）。事实：2023年竞争力50强第33名（rank）；健康基地集聚540家大健康类企业（firms）、46家省级以上平台与6个一类新药（可选）。206家园区参评为报告数字，不计。",
  "nc04"),
 parks=[
  park(ZH, "中山", "广东", "高新区", D0, aliases=["火炬高新区"], note="文中又作“火炬高新区”"),
  park(JK, "中山", "广东", "国家级健康产业园", D2, parent=ZH, note="“我国第一个按国际医药园区标准建设的国家级健康产业园”"),
  park("广州高新区", "广州", "广东", "高新区", D1, opt=True, note="同榜园区，只被提及"),
  park("深圳高新区", "深圳", "广东", "高新区", D1, opt=True, note="同榜园区，只被提及"),
 ],
 companies=[],
 institutions=[
  inst("中国生物技术发展中心", "近日,中国生物技术发展中心发布《2024中国生物医药产业园区竞争力评价及分析报告》", kind="research"),
 ],
 projects=[],
 aggregate_facts=[
  fact(ZH, "park", "biomedicine_park_competitiveness_rank", 33, "rank", D0, "2023年（榜单）"),
  fact(JK, "park", "firms", 540, "count", D3, AS4, note="大健康类企业"),
  fact(JK, "park", "provincial_platforms", 46, "count", D3, AS4, opt=True, note="省级以上平台"),
  fact(JK, "park", "class1_new_drugs", 6, "count", D3, AS4, opt=True),
 ])

# ---------------------------------------------------------------- nc05 顺德高新区 13个项目联合动工 (佛山日报 via fzg360 2016)
SD = "顺德高新区"
ZN = "广东省智能装备制造产业基地"
E0 = "昨日上午,顺德区战略性产业项目联合动工现场会在顺德高新区核心片区广东省智能装备制造产业基地内举行"
E1 = "总投资额124.38亿元的13个战略性产业项目联合动工"
E2 = "其中产业类项目7个,投资总额87.68亿元;平台类项目共6个,总投资额36.7亿元"
E3 = "布局顺德高新区的广东千山医疗器械装备大健康产业基地项目在去年首届珠西装洽会上签约,昨日正式奠基启动。该项目总投资达50亿元"
E4 = "项目投资方湖南千山制药机械股份有限公司董事长、总经理刘祥华表示"
AS5 = "2016年7月22日（联合动工）"
G["nc05"] = dict(
 article=art("顺德高新区冲刺国家高新区 13项目总投资额超124亿", "佛山日报，载于佛山房掌柜 fs.fzg360.com（佛山房地产网）；存段无署名", "2016-07-23", "day",
  "Real-estate portal relaying a city daily, Guangdong (Foshan): a district's joint groundbreaking of 13 strategic projects in its high-tech zone's core base — totals by type, one named medical-equipment base with investment, area, schedule and investor",
  "http://fs.fzg360.com/news/201607/107331_1.html",
  "日期取页面“2016-07-23 01:05:26”；文中“昨日”即2016年7月22日。标题照录；站点菜单、分享栏、来源行与“[摘要]”段（正文首段的截断复本）已删。存段末句“包括千山医疗装备基地在内,共有5个动工项目落子顺德高新区”无句号、其后中断，整段删去，正文共四段。园区：顺德高新区（佛山市顺德区，广东；文中说正“冲刺国家级高新区”，kind 记“高新区”）；广东省智能装备制造产业基地为其核心片区（parent）。项目：广东千山医疗器械装备大健康产业基地项目（去年签约，昨日奠基启动→开工，status_alt 签约；总投资50亿元；占地约600亩、首期200亩；2018年底建成投产）。13个项目为顺德区的联合动工（subject 顺德区，region；其中落在高新区的数目在删去的末段）。公司：湖南千山制药机械股份有限公司（投资方，湖南企业，park null）；“千山集团”可选。",
  "nc05"),
 parks=[
  park(SD, "佛山", "广东", "高新区", E0, district="顺德区", note="正冲刺国家级高新区"),
  park(ZN, "佛山", "广东", "产业基地", E0, district="顺德区", parent=SD, note="顺德高新区核心片区"),
 ],
 companies=[
  comp("湖南千山制药机械股份有限公司", None, E4, note="广东千山医疗器械装备大健康产业基地项目投资方"),
  comp("千山集团", None, "未来,广东千山医疗器械装备大健康产业基地将成为整个千山集团全国最大的生产和出口基地", opt=True),
 ],
 projects=[
  proj("广东千山医疗器械装备大健康产业基地项目", SD, E3, companies=["湖南千山制药机械股份有限公司"], inv="总投资达50亿元",
       status="开工", status_text="正式奠基启动", status_alt="签约",
       note="2015年首届珠西装洽会签约；2016年7月22日奠基；计划2018年底建成投产"),
 ],
 aggregate_facts=[
  fact("顺德区", "region", "projects_started", 13, "count", E1, AS5, note="战略性产业项目联合动工"),
  fact("顺德区", "region", "projects_started_investment_cny", 1.2438e10, "cny", E1, AS5, chk=True),
  fact("顺德区", "region", "industrial_projects_started", 7, "count", E2, AS5, opt=True),
  fact("顺德区", "region", "industrial_projects_started_investment_cny", 8.768e9, "cny", "产业类项目7个,投资总额87.68亿元", AS5, opt=True, chk=True),
  fact("顺德区", "region", "platform_projects_started", 6, "count", E2, AS5, opt=True),
  fact("顺德区", "region", "platform_projects_started_investment_cny", 3.67e9, "cny", "平台类项目共6个,总投资额36.7亿元", AS5, opt=True, chk=True),
  fact("广东千山医疗器械装备大健康产业基地项目", "project", "site_area_mu", 600, "mu", "项目占地约600亩,其中首期占地200亩", AS5, qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- nc06 新会 “两看两比” (江门日报 via kcqsx 2020)
SJ = "深江产业园"
F0 = "本次“两看两比”活动中,最引人瞩目的当属位于深江产业园(大泽园区)的江门(新会)万洋众创城项目"
F1 = "据悉,江门(新会)万洋众创城项目,总投资60亿元,一期项目计划投资15亿元"
F2 = "本次是新会区连续第13次举办“两看两比”活动,共展示13个项目,启动项目总投资超过70亿元"
F3 = "对于今年的发展,万洋集团有限公司董事长苏孝锋非常有信心"
AS6 = "2020年3月30日（一季度集中动工）"
G["nc06"] = dict(
 article=art("新会“两看两比”活动展示13个项目 传导加快发展动力", "江门日报（文/图 张奕维 刘倩），载于新岭南 kcqsx.com", "2020-04-02", "day",
  "City daily on a regional news site, Guangdong (Jiangmen): a district's quarterly groundbreaking and project showcase — 13 projects and their total, the headline project in an industrial park with total and phase-1 investment, the investor's chairman",
  "http://m.kcqsx.com/jiangmen/202004/913147.html",
  "日期取页面“江门日报 2020-04-02 07:38”；活动在3月30日。标题照录；日期行与署名行“文/图张奕维刘倩”已删（署名记于 outlet）。存段末段“当天,珠西新材料集聚区的威立雅废旧动力电池综合回收项目正”在句中中断，整段删去，正文截至万洋集团董事长语，含导语与小标题各一行，共七段。园区：深江产业园（江门市新会区，广东；文中作“深江产业园(大泽园区)”）；大泽园区为其分园（可选，parent 深江产业园）。“中心城区产城融合示范区”为规划片区，不列。项目：江门(新会)万洋众创城项目（动工仪式→开工；总投资60亿元；一期计划投资15亿元——记为可选事实）。公司：万洋集团有限公司（项目方；园区外企业，park null）。事实：新会区第13次“两看两比”展示13个项目、启动项目总投资超过70亿元（subject 新会区，region）。",
  "nc06"),
 parks=[
  park(SJ, "江门", "广东", "产业园", F0, district="新会区"),
  park("大泽园区", "江门", "广东", "分园", F0, district="新会区", parent=SJ, opt=True, note="只在“深江产业园(大泽园区)”中"),
 ],
 companies=[
  comp("万洋集团有限公司", None, F3, note="万洋众创城项目方"),
 ],
 projects=[
  proj("江门(新会)万洋众创城项目", SJ, F1, companies=["万洋集团有限公司"], inv="总投资60亿元", status="开工", status_text="动工仪式",
       note="2020年3月30日动工仪式；一期计划投资15亿元"),
 ],
 aggregate_facts=[
  fact("新会区", "region", "projects_showcased", 13, "count", F2, AS6),
  fact("新会区", "region", "projects_started_investment_cny", 7e9, "cny", "启动项目总投资超过70亿元", AS6, qual="超", qtext="超过", chk=True),
  fact("江门(新会)万洋众创城项目", "project", "phase1_planned_investment_cny", 1.5e9, "cny", "一期项目计划投资15亿元", "一期（计划）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- nc07 珠海 鹤洲新区(筹) 一季度签约开工 (fishrc 2024)
HZ = "鹤洲新区(筹)"
BZH = "“标准海”先行示范产业园"
H0 = "鹤洲新区(筹)2024年一季度10个重点产业项目集中签约"
H1 = "据了解,2024年一季度鹤洲新区(筹)计划签约项目19个,总投资额21.3亿元,包括海发蓝色粮仓、海岛无人机、东港兴桂山岛酒店、鹤洲南船舶修造生产基地等"
H2 = "计划动工项目30个,包括永绅深海智能养殖平台、十字门中学、东澳海水淡化工程、外伶仃保障房市政配套工程等,总投资达85.34亿元"
H3 = "其中,珠海市海洋发展集团启动建设的“标准海”先行示范产业园(隘洲)项目,位于鹤洲新区(筹)担杆镇隘洲岛海域"
H4 = "共24万立方养殖水体,总投资3亿元,预计今年8月前建成投产,年产海鱼3100多吨,年产值将达9800多万元"
AS7 = "2024年第一季度"
G["nc07"] = dict(
 article=art("总投资额21.3亿元,这场开工活动为珠海高质量发展蓄势积能", "fishrc.com（水产人才网资讯栏转载；原发媒体未注明）", "2024-02-23", "day",
  "Trade website relaying a city item, Guangdong (Zhuhai): a city's first-quarter signing and groundbreaking — a new area's planned signings and starts with totals and named projects, a marine-ranching industrial park project with investment, schedule and expected output, a fishing firm",
  "http://www.fishrc.com/article.asp?artid=5534",
  "日期取页面“发布时间:2024/2/23”。标题照录；客服电话行与图片文件名“1.png”已删。存段在末段引语“‘这次集中签约开工活动给我们鼓足了干劲,…宣传海”处中断，该引语已删（make_txt.py LINE_SUFFIX），正文截至“…心潮澎湃。”，共四段。园区：鹤洲新区(筹)（珠海；筹建中的新区，列为可选园区——也可视为行政区域）；“标准海”先行示范产业园（隘洲岛海域，项目即建园，parent 鹤洲新区(筹)）。项目：“标准海”先行示范产业园(隘洲)项目（珠海市海洋发展集团启动建设→开工；总投资3亿元；预计2024年8月前建成投产）；计划签约的海发蓝色粮仓、海岛无人机、东港兴桂山岛酒店、鹤洲南船舶修造生产基地与计划动工的永绅深海智能养殖平台、十字门中学、东澳海水淡化工程、外伶仃保障房市政配套工程只列名称（可选；status 为计划，status_alt planned）。事实：鹤洲新区(筹)一季度集中签约10个；计划签约19个、总投资额21.3亿元，计划动工30个、总投资85.34亿元（target）；项目年产值9800多万元（target，余）等。",
  "nc07"),
 parks=[
  park(HZ, "珠海", "广东", "新区（筹）", H0, opt=True, note="筹建中的新区；下辖担杆镇等海岛镇；是否算园区有疑问，列可选"),
  park(BZH, "珠海", "广东", "海洋牧场产业园", H3, district="担杆镇", parent=HZ, note="在隘洲岛海域；文中作“‘标准海’先行示范产业园(隘洲)项目”"),
 ],
 companies=[
  comp("珠海市海洋发展集团", BZH, H3, note="“标准海”先行示范产业园(隘洲)项目建设方；珠海市海洋资源开发管控平台"),
  comp("珠海市东港兴远洋渔业有限公司", None, "金铲挥舞,机械轰鸣,珠海市东港兴远洋渔业有限公司副董事长王建平心潮澎湃", note="东港兴桂山岛酒店项目相关企业（引语已删）"),
 ],
 projects=[
  proj("“标准海”先行示范产业园(隘洲)项目", HZ, H3 + ",将建造包括伶仃牧场1号、2号、3号三台创新型养殖装备," + H4, companies=["珠海市海洋发展集团"],
       inv="总投资3亿元", status="开工", status_text="启动建设", note="预计2024年8月前建成投产"),
  proj("海发蓝色粮仓", HZ, H1, status="签约", status_text="计划签约", status_alt="planned", opt=True),
  proj("海岛无人机", HZ, H1, status="签约", status_text="计划签约", status_alt="planned", opt=True),
  proj("东港兴桂山岛酒店", HZ, H1, status="签约", status_text="计划签约", status_alt="planned", opt=True),
  proj("鹤洲南船舶修造生产基地", HZ, H1, status="签约", status_text="计划签约", status_alt="planned", opt=True),
  proj("永绅深海智能养殖平台", HZ, H2, status="开工", status_text="计划动工", status_alt="planned", opt=True),
  proj("十字门中学", HZ, H2, status="开工", status_text="计划动工", status_alt="planned", opt=True, note="学校；开工活动现场"),
  proj("东澳海水淡化工程", HZ, H2, status="开工", status_text="计划动工", status_alt="planned", opt=True),
  proj("外伶仃保障房市政配套工程", HZ, H2, status="开工", status_text="计划动工", status_alt="planned", opt=True),
 ],
 aggregate_facts=[
  fact(HZ, "park", "projects_signed", 10, "count", H0, AS7, note="重点产业项目集中签约"),
  fact(HZ, "park", "projects_signed", 19, "count", H1, "2024年第一季度（计划）", kind="target", note="计划签约"),
  fact(HZ, "park", "signed_investment_cny", 2.13e9, "cny", "计划签约项目19个,总投资额21.3亿元", "2024年第一季度（计划）", kind="target", chk=True),
  fact(HZ, "park", "projects_started", 30, "count", H2, "2024年第一季度（计划）", kind="target", note="计划动工"),
  fact(HZ, "park", "projects_started_investment_cny", 8.534e9, "cny", "总投资达85.34亿元", "2024年第一季度（计划）", kind="target", chk=True),
  fact("“标准海”先行示范产业园(隘洲)项目", "project", "expected_annual_output_value", 9.8e7, "cny", "年产值将达9800多万元", "投产后（预期）", kind="target", qual="余", qtext="多",
       note="“9800多万元”（多在数与单位间）不是“数字+万元”形式，metric 不以 _cny 结尾；value 为元"),
  fact("“标准海”先行示范产业园(隘洲)项目", "project", "expected_annual_fish_output_t", 3100, "t", "年产海鱼3100多吨", "投产后（预期）", kind="target", qual="余", qtext="多", opt=True),
  fact("“标准海”先行示范产业园(隘洲)项目", "project", "aquaculture_volume_m3", 2.4e5, "m3", "共24万立方养殖水体", "建成后（规划）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- nc08 南海有色金属产业园南园——汇海科创园 (佛山造 via wxredian 2024)
NH = "南海有色金属产业园"
HH = "汇海科创园"
K0 = "2024年南海有色金属产业园南园——汇海科创园开工仪式在狮山镇隆重举行"
K1 = "南海有色金属产业园南园——汇海科创园,坐落于狮山镇上柏社区"
K2 = "总投资额高达50亿元,这一巨资投入不仅体现了政府对新材料产业的重视与支持"
K3 = "园区将重点引入华建铝业等龙头企业的上下游配套产业链"
G["nc08"] = dict(
 article=art("投资50亿!南海区有色金属产业园南园在狮山启建!", "微信公众号“佛山造”，载于 wxredian.com；存段无署名", "2024-11-13", "day",
  "WeChat industry account mirrored on an aggregator, Guangdong (Foshan): groundbreaking of the south part of a district's nonferrous-metals industrial park — location, area, total investment, development approach, target industries and an anchor firm",
  "https://wxredian.com/art?id=82be85ad30a4e7b91eb89b6e4487239c",
  "日期取页面“民生 2024-11-13 17:13 广东”（开工仪式在11月11日）。标题照录；日期栏目行与公众号尾注“佛山造 / 汇聚一个3万亿工业之城的最新产业资讯”已删。正文完整，共六段。园区：南海有色金属产业园（佛山市南海区，广东；标题作“南海区有色金属产业园”）；其南园即汇海科创园（佛山市南海区狮山镇上柏社区，parent 南海有色金属产业园；“南海有色金属产业园南园”列 alias）。项目：南海有色金属产业园南园——汇海科创园（开工，“开工仪式”；总投资额50亿元；园区开发项目，园区记南海有色金属产业园）。公司：华建铝业（拟引入其上下游配套产业链，自身未说入园，可选，park null）。事实：占地705亩；税收将达原年税收10倍左右（可选，target）。",
  "nc08"),
 parks=[
  park(NH, "佛山", "广东", "产业园（有色金属）", K0, district="南海区", aliases=["南海区有色金属产业园"], note="标题作“南海区有色金属产业园”"),
  park(HH, "佛山", "广东", "产业园（新型材料智能制造）", K1, district="南海区（狮山镇）", parent=NH, aliases=["南海有色金属产业园南园"],
       note="即南海有色金属产业园南园；文中又作“园区”"),
 ],
 companies=[
  comp("华建铝业", None, K3, opt=True, note="拟引入其上下游配套产业链；自身入园与否未说"),
 ],
 projects=[
  proj("南海有色金属产业园南园——汇海科创园", NH, K2, inv="总投资额高达50亿元", status="开工", status_text="开工仪式",
       aliases=["汇海科创园"], note="园区开发项目；2024年11月11日开工；“边整理边开发,园中园”分期分区开发"),
 ],
 aggregate_facts=[
  fact(HH, "park", "site_area_mu", 705, "mu", "占地面积达705亩", "2024年11月"),
  fact(HH, "park", "tax_multiple_vs_previous", 10, "ratio", "其税收贡献将达到该地块原年税收总额的10倍左右", "建成后（预期）", kind="target", qual="约", qtext="左右", opt=True),
 ])
