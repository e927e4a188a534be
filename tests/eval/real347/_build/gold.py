# real347 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real52: evidence verbatim (all eight items simplified script as published); names as written in
# the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth rates
# and shares as ratios. Projects: the park is the one the text places the project in, null if none (a district such as
# 滨海新区 or 北辰区 is not a park). Status from the text's words (开工建设 / 开工 → 开工; 竣工投用 / 建成 → 竣工; 落户 /
# 进驻 alone → no status; 主体建筑已完工 … 正在做内装饰 → 在建). Targets (“预计”, “将达到”, “计划”, “到2020年”) are kind
# target; year-end stocks and “累计” / “先后吸引” counts are cumulative. Sources are `search` (corpus pages) excerpts typed
# into _raw/pages/ohNN.raw as returned. Chinese-numeral figures (一平方公里, 六十二万, 二十家, 三个, 五亿) are recorded with
# their value; a yuan figure written without digits+元 is given a metric without the _cny suffix (oh07) or no chk (oh05).

# ---------------------------------------------------------------- oh01 国家动漫产业综合示范园 开工 (中新社 2009)
ST = "中新天津生态城"
DM = "国家动漫产业综合示范园"
A0 = "中国首个国家动漫产业综合示范园一日在中新天津生态城开工建设"
A1 = "由中国文化部与天津市政府合作共建的国家动漫产业综合示范园,规划占地一平方公里,总建筑面积约六十二万平方米"
A2 = "目前已有包括国家动漫产业综合示范园、新加坡腾飞集团、皇明太阳能集团、瑞典恩华特集团等在内的重点项目和企业入驻生态城,累计登记注册二十家公司"
AS1 = "2009年7月1日"
G["oh01"] = dict(
 article=art("中国首个国家动漫产业示范园在天津开工建设", "中国新闻网（中新社，记者 田齐），载于搜狐新闻 news.sohu.com", "2009-07-02", "day",
  "National news agency item on a portal, Tianjin: groundbreaking of a national animation-industry park inside the Sino-Singapore eco-city — the park's builders, area and floor space, the eco-city's three planned industry parks, firms entered and companies registered",
  "https://news.sohu.com/20090702/n264910767.shtml",
  "日期取页面“2009年07月02日00:05”；电头“中新社天津七月一日电”，开工日为2009年7月1日。标题照录（页面标题作“国家动漫产业示范园”，正文作“国家动漫产业综合示范园”）；搜狐导航、日期行与“来源:中国新闻网”已删。存段末段“作为中国、新加坡两国政府…规划居住人口三十五万,于”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…奠定了基础。”，共五段。园区：中新天津生态城（文中又作“天津生态城”“生态城”；天津滨海新区）；国家动漫产业综合示范园（在生态城内，parent 记中新天津生态城；标题简作“国家动漫产业示范园”）。“动漫园”“科技园”“产业园”是生态城规划的产业方向（泛称），不另列园区；“四平方公里起步区”不列。项目：国家动漫产业综合示范园——开工（开工建设），无金额；文化部与天津市政府合作共建。公司：新加坡腾飞集团、皇明太阳能集团、瑞典恩华特集团（入驻生态城，名称照录含国别）。事实：动漫园规划占地一平方公里、总建筑面积约六十二万平方米；生态城累计登记注册二十家公司（cumulative）。",
  "oh01"),
 parks=[
  park(ST, "天津", "天津", "生态城（中新合作）", A0, district="滨海新区", aliases=["天津生态城"], note="文中又作“天津生态城”“生态城”"),
  park(DM, "天津", "天津", "产业园（动漫）", A0, district="滨海新区", parent=ST, aliases=["国家动漫产业示范园"], note="标题作“国家动漫产业示范园”；位于生态城内"),
 ],
 companies=[
  comp("新加坡腾飞集团", ST, A2, note="入驻生态城"),
  comp("皇明太阳能集团", ST, A2, note="入驻生态城"),
  comp("瑞典恩华特集团", ST, A2, note="入驻生态城"),
 ],
 institutions=[
  inst("中国文化部", A1, note="与天津市政府合作共建动漫园"),
  inst("天津市政府", A1, note="同上"),
  inst("中新天津生态城管委会", "中新天津生态城管委会负责人介绍", park=ST),
 ],
 projects=[
  proj(DM, ST, A0, status="开工", status_text="开工建设", note="园区开发项目；文化部与天津市政府合作共建；预计三至五年建成；无金额"),
 ],
 aggregate_facts=[
  fact(DM, "park", "planned_area_km2", 1, "km2", A1, AS1, note="“一平方公里”"),
  fact(DM, "park", "planned_floor_area_m2", 6.2e5, "m2", A1, AS1, qual="约", qtext="约", note="“约六十二万平方米”"),
  fact(ST, "park", "registered_companies", 20, "count", A2, "2009年7月", kind="cumulative", note="“累计登记注册二十家公司”"),
  fact(ST, "park", "start_up_area_km2", 4, "km2", "在全力推进四平方公里起步区开发建设的同时", "2009年", opt=True),
 ])

# ---------------------------------------------------------------- oh02 南港工业区 三个项目开工 (中国网滨海高新 2009)
NG = "南港工业区"
B0 = "天津市东南沿海的滩涂地带总投资约13.3亿元的三个项目同时开工"
B1 = "这片滩涂区域被天津命名为“南港工业区”,规划面积约200平方公里"
B2 = "目前,南港工业区已规划了石化产业园、冶金装备制造园、综合产业园、港口物流园、公用工程园等五大园区"
B3 = "统计显示,南港工业区现有在谈项目30个,意向总投资额约280亿美元,其中,生产型项目22个,仓储物流型项目8个"
AS2 = "2009年9月26日"
AT2 = "2020年（规划目标）"
G["oh02"] = dict(
 article=art("天津巨资打造世界级重化产业基地", "中国网滨海高新（www.022china.com）", "2009-09-28", "day",
  "Regional channel of a national news portal, Tianjin: the first three projects start in a new heavy-industry zone on reclaimed tidal flats — their combined investment, the zone's planned area, phases, 2020 investment / output / value-added / jobs targets, five planned sub-parks and the projects under negotiation",
  "http://news.022china.com/2009/09-28/157898_0.html",
  "日期取页面“时间: 2009-09-28 12:02:15”；文中“9月26日”为开工日。标题照录（标题行末表格竖线“ |”已删，make_txt.py HEAD_SUFFIX）；导航、时间行与“概要:”行已删。存段末行“宗国英说,26日三个项目同时开”在句中中断，整段删去，正文截至“…仓储物流型项目8个。”，共七段。园区：南港工业区（天津滨海新区东南滩涂；文中未说级别与归属管理机构）；规划的石化产业园、冶金装备制造园、综合产业园、港口物流园、公用工程园五个园区列为可选园区（parent 南港工业区，尚属规划）。项目：同时开工的三个项目未点名，不列项目；“总投资约13.3亿元”“三个”记为事实。事实：规划面积约200平方公里；2020年全部建成时累计总投资预计8000亿元、产值1万亿元、工业增加值3500亿元、直接就业约20万个（均 target）；在谈项目30个、意向总投资额约280亿美元（usd），生产型22个、仓储物流型8个（可选）。天津滨海新区管委会列可选机构。",
  "oh02", title_note="标题行原带表格竖线“ |”"),
 parks=[
  park(NG, "天津", "天津", "工业区（重化工）", B1, district="滨海新区", note="文中又作“南港”；2009年开发起步"),
  park("石化产业园", "天津", "天津", "产业园（规划）", B2, district="滨海新区", parent=NG, opt=True, note="南港工业区规划的五大园区之一"),
  park("冶金装备制造园", "天津", "天津", "产业园（规划）", B2, district="滨海新区", parent=NG, opt=True, note="同上"),
  park("综合产业园", "天津", "天津", "产业园（规划）", B2, district="滨海新区", parent=NG, opt=True, note="同上"),
  park("港口物流园", "天津", "天津", "产业园（规划）", B2, district="滨海新区", parent=NG, opt=True, note="同上"),
  park("公用工程园", "天津", "天津", "产业园（规划）", B2, district="滨海新区", parent=NG, opt=True, note="同上"),
 ],
 companies=[],
 institutions=[
  inst("天津滨海新区管委会", "天津滨海新区管委会副主任宗国英说", note="副主任宗国英介绍规划"),
 ],
 projects=[],
 aggregate_facts=[
  fact(NG, "park", "projects_started", 3, "count", B0, AS2, note="“三个项目同时开工”，项目未点名"),
  fact(NG, "park", "projects_started_investment_cny", 1.33e9, "cny", B0, AS2, qual="约", qtext="约", chk=True),
  fact(NG, "park", "planned_area_km2", 200, "km2", B1, AS2, qual="约", qtext="约"),
  fact(NG, "park", "planned_total_investment_cny", 8e11, "cny", "累计总投资预计将达8000亿元", AT2, kind="target", chk=True),
  fact(NG, "park", "output_cny", 1e12, "cny", "实现产值1万亿元", AT2, kind="target", note="“1万亿元”（amt 不读“万亿”连写，不加 chk；cny 读作 1e12）"),
  fact(NG, "park", "industrial_value_added_cny", 3.5e11, "cny", "实现工业增加值3500亿元", AT2, kind="target", chk=True),
  fact(NG, "park", "jobs", 2e5, "count", "创造直接就业岗位约20万个", AT2, kind="target", qual="约", qtext="约"),
  fact(NG, "park", "projects_under_negotiation", 30, "count", B3, "2009年9月"),
  fact(NG, "park", "intended_investment_usd", 2.8e10, "usd", B3, "2009年9月", qual="约", qtext="约", note="在谈项目意向总投资额"),
  fact(NG, "park", "projects_under_negotiation_production", 22, "count", B3, "2009年9月", opt=True),
  fact(NG, "park", "projects_under_negotiation_logistics", 8, "count", B3, "2009年9月", opt=True),
  fact(NG, "park", "planned_sub_parks", 5, "count", B2, "2009年9月", opt=True),
 ])

# ---------------------------------------------------------------- oh03 天津临港经济区 装备制造 (hczyw 2013)
LG = "天津临港经济区"
C0 = "中船重工、太原重工、和谐型大功率电力机车、博迈科海洋工程、中际装备制造……30余个装备制造项目纷纷进驻天津临港经济区,总投资达到470亿元"
C1 = "据测算,到2013年年底,临港经济区装备制造业全年工业总产值将达到200亿元左右,同比增幅达到260%,年度完成投资100亿元,从业人员达到10000人"
C2 = "继续引进一批如三易海工装备、海盛昊装备制造、威德福、斯瑞特特种轮胎胶囊、普洛斯临港物流等一批产业链延伸,附加值高的装备制造业配套、物流、服务性项目"
C3 = "天津临港经济区成立于2010年,由原临港工业区和原临港产业区整合而成,规划面积200平方公里"
C4 = "园区引进了天津大学滨海工业研究院、交通运输部天津水运工程科学研究院大型水动力实验室等国家级研发机构"
AT3 = "2013年全年（测算）"
def lgp(name, ev, note):
    return proj(name, LG, ev, status=None, status_text="进驻" if ev == C0 else "引进", note=note)
G["oh03"] = dict(
 article=art("（无标题）天津临港经济区30余个装备制造项目进驻 总投资470亿元", "hczyw.com（cm 频道转载；原发媒体与署名存段未示）", "2013-09-29", "day",
  "Relay of a news item, Tianjin: a port-industry zone on reclaimed land — named equipment-manufacturing projects entered and their total investment, the zone's 2013 equipment output / growth / investment / employment estimates, supporting firms attracted, research institutes and patents",
  "https://cm.hczyw.com/2013/0929/133528.html",
  "存段无标题、无日期行（title 为编者概括）；日期取网址 2013/0929。存段在第三段“截至目前,临港经济区认定科技型中小企业131家…9家公司完成签约,基本建成了高水平”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…促进科技型中小企业入驻、孵化、产业化。”，共三段。园区：天津临港经济区（文中又作“临港经济区”“经济区”“园区”；2010年由原临港工业区和原临港产业区整合而成——两旧区列可选园区）。项目：首句所列中船重工、太原重工、和谐型大功率电力机车、博迈科海洋工程、中际装备制造（“进驻”→无状态，无单项金额；“30余个…总投资达到470亿元”为事实）；第二段所列三易海工装备、海盛昊装备制造、威德福、斯瑞特特种轮胎胶囊、普洛斯临港物流（“引进…项目”→无状态）。以企业名作项目名者另列为可选公司（和谐型大功率电力机车为产品名，不列公司）。事实：装备制造项目30余个、总投资470亿元（cumulative）；2013年装备制造业工业总产值约200亿元、增幅260%、年度投资100亿元、从业10000人（“据测算…将达到”→target）；规划面积200平方公里；2012年有效发明专利215个。研发机构两家列机构；“国家工信部”授予示范基地称号，可选机构。",
  "oh03"),
 parks=[
  park(LG, "天津", "天津", "经济区（临港工业）", C0, district="滨海新区", aliases=["临港经济区"], note="文中又作“临港经济区”“经济区”“园区”；2010年成立"),
  park("临港工业区", "天津", "天津", "工业区（已整合）", C3, district="滨海新区", opt=True, note="“原临港工业区”，2010年并入天津临港经济区"),
  park("临港产业区", "天津", "天津", "产业区（已整合）", C3, district="滨海新区", opt=True, note="“原临港产业区”，同上"),
 ],
 companies=[
  comp("中船重工", LG, C0, opt=True, note="以企业名作项目名"),
  comp("太原重工", LG, C0, opt=True, note="同上"),
  comp("博迈科海洋工程", LG, C0, opt=True, note="同上"),
  comp("中际装备制造", LG, C0, opt=True, note="同上"),
  comp("三易海工装备", LG, C2, opt=True, note="以企业名作项目名；配套项目"),
  comp("海盛昊装备制造", LG, C2, opt=True, note="同上"),
  comp("威德福", LG, C2, opt=True, note="同上"),
  comp("斯瑞特特种轮胎胶囊", LG, C2, opt=True, note="同上"),
  comp("普洛斯临港物流", LG, C2, opt=True, note="同上；物流项目"),
 ],
 institutions=[
  inst("天津大学滨海工业研究院", C4, kind="research", park=LG, opt=False, note="国家级研发机构，文中又作“天大研究院”"),
  inst("交通运输部天津水运工程科学研究院大型水动力实验室", C4, kind="research", park=LG, opt=False, note="国家级研发机构"),
  inst("国家工信部", "2012年被国家工信部授予国家新型工业化产业示范基地称号", note="授予示范基地称号"),
 ],
 projects=[
  lgp("中船重工", C0, "以企业名作项目名；装备制造项目，进驻"),
  lgp("太原重工", C0, "同上"),
  lgp("和谐型大功率电力机车", C0, "以产品名作项目名；装备制造项目，进驻"),
  lgp("博迈科海洋工程", C0, "以企业名作项目名；装备制造项目，进驻"),
  lgp("中际装备制造", C0, "同上"),
  lgp("三易海工装备", C2, "装备制造业配套项目，引进"),
  lgp("海盛昊装备制造", C2, "同上"),
  lgp("威德福", C2, "同上"),
  lgp("斯瑞特特种轮胎胶囊", C2, "同上"),
  lgp("普洛斯临港物流", C2, "物流项目，引进"),
 ],
 aggregate_facts=[
  fact(LG, "park", "equipment_projects", 30, "count", C0, "2013年9月", kind="cumulative", qual="余", qtext="余"),
  fact(LG, "park", "equipment_projects_total_investment_cny", 4.7e10, "cny", C0, "2013年9月", kind="cumulative", chk=True),
  fact(LG, "park", "equipment_manufacturing_output_cny", 2e10, "cny", C1, AT3, kind="target", qual="约", qtext="左右", chk=True),
  fact(LG, "park", "equipment_manufacturing_output_yoy_growth", 2.6, "ratio", C1, AT3, kind="target"),
  fact(LG, "park", "annual_investment_cny", 1e10, "cny", "年度完成投资100亿元", AT3, kind="target", chk=True),
  fact(LG, "park", "employees", 10000, "count", "从业人员达到10000人", AT3, kind="target", opt=True),
  fact(LG, "park", "planned_area_km2", 200, "km2", C3, "2013年"),
  fact(LG, "park", "valid_invention_patents", 215, "count", "2012年,园区有效发明专利数量已达到215个", "2012年", opt=True),
 ])

# ---------------------------------------------------------------- oh04 中新天津生态城 文创企业 (新华社 2018)
D0 = "截至2017年底,生态城聚集文创企业已达1082家"
D1 = "近年来,华谊兄弟、博纳影业、光线传媒、蓝色光标等知名文创产业先后落子布局"
D2 = "这个占地1平方公里,规划总建筑面积77万平方米的园区,汇聚了近800家文创企业落户"
G["oh04"] = dict(
 article=art("上千家文创企业扎堆中新天津生态城打造产业生态圈", "新华社（记者 毛振华），载于 xinjiapo.news（新加坡眼/新加坡新闻网站转载）", "2018-03-01", "day",
  "National news agency item relayed by an overseas Chinese site, Tianjin: cultural and creative firms in the Sino-Singapore eco-city — firm count at end-2017 and new firms in 2017, named film / media firms, the national animation park inside it with area, floor space and firms, copyright platform",
  "https://xinjiapo.news/news/278310/amp",
  "存段无日期行；电头“新华社天津3月1日电”，年份由“截至2017年底”“仅2017年”推定为2018年（published 记 2018-03-01，年份为推定）。标题照录；页首“X”已删。正文五段，完整。园区：中新天津生态城（文中又作“生态城”；天津滨海新区）；国家动漫产业综合示范园（“生态城旗下”，parent 记中新天津生态城）；北京朝阳文化产业创新实验区（合作方，北京，可选园区）。公司：新经典文化（注册在辖区内，登陆上交所）、华谊兄弟、博纳影业、光线传媒、蓝色光标（在生态城“落子布局”），park 均记生态城。无项目。事实：截至2017年底文创企业1082家（cumulative）；2017年新增222家；动漫园占地1平方公里、规划总建筑面积77万平方米、近800家文创企业落户（约；cumulative）；版权库近12824项（可选）。机构：中新天津生态城管委会、商务局、文化部，可选。",
  "oh04"),
 parks=[
  park(ST, "天津", "天津", "生态城（中新合作）", D0, district="滨海新区", aliases=["生态城"], note="文中又作“生态城”"),
  park(DM, "天津", "天津", "产业园（动漫，国家级文化产业园区）", "生态城旗下国家动漫产业综合示范园是重要载体", district="滨海新区", parent=ST,
       note="“被文化部授牌的首个国家级文化产业园区”"),
  park("北京朝阳文化产业创新实验区", "北京", "北京", "文化产业园区", "生态城已与北京朝阳文化产业创新实验区合作", district="朝阳区", opt=True, note="合作方；不在天津"),
 ],
 companies=[
  comp("新经典文化", ST, "注册在辖区内的新经典文化成功登陆上交所A板", note="注册在生态城"),
  comp("华谊兄弟", ST, D1),
  comp("博纳影业", ST, D1),
  comp("光线传媒", ST, D1),
  comp("蓝色光标", ST, D1),
 ],
 institutions=[
  inst("中新天津生态城管委会", "记者日前从中新天津生态城管委会获悉", park=ST),
  inst("中新天津生态城商务局", "中新天津生态城商务局文创产业科科长李子彪介绍", park=ST),
  inst("文化部", "作为被文化部授牌的首个国家级文化产业园区", note="授牌"),
 ],
 projects=[],
 aggregate_facts=[
  fact(ST, "park", "cultural_creative_firms", 1082, "count", D0, "2017年末", kind="cumulative"),
  fact(ST, "park", "cultural_creative_firms_new", 222, "count", "仅2017年,生态城就新增文创企业222家", "2017年"),
  fact(DM, "park", "area_km2", 1, "km2", D2, "2018年3月"),
  fact(DM, "park", "planned_floor_area_m2", 7.7e5, "m2", D2, "2018年3月", opt=True),
  fact(DM, "park", "cultural_creative_firms", 800, "count", D2, "2018年3月", kind="cumulative", qual="约", qtext="近"),
  fact(ST, "park", "copyright_resources", 12824, "count", "版权库收集版权资源近12824项", "2018年3月", kind="cumulative", qual="约", qtext="近", opt=True),
 ])

# ---------------------------------------------------------------- oh05 东疆综保区 (tjbhnews 2022)
DJ = "东疆综保区"
E0 = "2021年,东疆外贸进出口继续保持千亿元规模,综保区范围内企业经营总收入首次突破千亿元,税收近百亿元"
E1 = "新增飞机租赁超170架,至2022年9月飞机租赁总数量突破2000架"
E2 = "阿里巴巴考拉智慧物流中心项目竣工投用,京东外贸综合体北方总部落户"
E3 = "中创智冷、北建通成、万科冷链等新一批智慧冷链载体陆续建成"
G["oh05"] = dict(
 article=art("（无标题）东疆综保区获评全国综合保税区发展绩效评估A类", "天津滨海新闻网（relun.tjbhnews.com，热论频道；存段无署名）", "2022-10-13", "day",
  "District news site, Tianjin: a comprehensive bonded zone's national performance rating — 2021 revenue, tax and trade of its firms, aircraft leased, leasing share, reforms, theme parks, named logistics projects completed or landed",
  "http://relun.tjbhnews.com/relun/2022/1013/85176.html",
  "存段无标题、无日期行（title 为编者概括）；日期取网址 2022/1013。正文五段，以整句结束（存段长度达存储上限，原文其后或尚有段落）。园区：东疆综保区（天津东疆综合保税区；文中又作“东疆”“综保区”；天津滨海新区）；“五大产业主题园区”未分别命名，不另列。项目：阿里巴巴考拉智慧物流中心项目（“竣工投用”→竣工）；京东外贸综合体北方总部（“落户”→无状态）；中创智冷、北建通成、万科冷链等智慧冷链载体（“陆续建成”→竣工；以企业名作载体名，列可选项目与可选公司）。公司：阿里巴巴、京东（项目业主，在园）；天津港集团（战略合作方，park null，可选）。事实：2021年综保区范围内企业经营总收入首次突破千亿元（超，1e11）、税收近百亿元（约，1e10）、外贸进出口保持千亿元规模（可选）；2021年新增飞机租赁超170架；至2022年9月飞机租赁总数量突破2000架（cumulative，超）；租赁业务全国占比80%；14项改革举措复制推广（可选）；137个参评区域中获评A类（不计）。“千亿元”“百亿元”无阿拉伯数字，事实不加 chk。海关总署列可选机构。",
  "oh05"),
 parks=[
  park(DJ, "天津", "天津", "综合保税区", "记者从东疆综保区获悉", district="滨海新区", aliases=["东疆"], note="即天津东疆综合保税区（原东疆保税港区）；文中又作“东疆”“综保区”"),
 ],
 companies=[
  comp("阿里巴巴", DJ, E2, note="考拉智慧物流中心项目业主"),
  comp("京东", DJ, E2, note="京东外贸综合体北方总部落户"),
  comp("中创智冷", DJ, E3, opt=True, note="智慧冷链载体"),
  comp("北建通成", DJ, E3, opt=True, note="同上"),
  comp("万科冷链", DJ, E3, opt=True, note="同上"),
  comp("天津港集团", None, "与天津港集团深化战略合作", opt=True, note="战略合作方"),
 ],
 institutions=[
  inst("海关总署", "近日海关总署发布2021年度全国综合保税区发展绩效评估结果", note="发布绩效评估"),
 ],
 projects=[
  proj("阿里巴巴考拉智慧物流中心项目", DJ, E2, companies=["阿里巴巴"], status="竣工", status_text="竣工投用"),
  proj("京东外贸综合体北方总部", DJ, E2, companies=["京东"], note="落户；无状态词"),
  proj("中创智冷", DJ, E3, status="竣工", status_text="陆续建成", opt=True, note="智慧冷链载体，以企业名称"),
  proj("北建通成", DJ, E3, status="竣工", status_text="陆续建成", opt=True, note="同上"),
  proj("万科冷链", DJ, E3, status="竣工", status_text="陆续建成", opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact(DJ, "park", "enterprise_revenue_cny", 1e11, "cny", "综保区范围内企业经营总收入首次突破千亿元", "2021年", qual="超", qtext="突破", note="“千亿元”"),
  fact(DJ, "park", "tax_revenue_cny", 1e10, "cny", "税收近百亿元", "2021年", qual="约", qtext="近", note="“近百亿元”"),
  fact(DJ, "park", "foreign_trade_cny", 1e11, "cny", "东疆外贸进出口继续保持千亿元规模", "2021年", opt=True, note="“千亿元规模”，量级"),
  fact(DJ, "park", "aircraft_leased_new", 170, "count", E1, "2021年", qual="超", qtext="超"),
  fact(DJ, "park", "aircraft_leased_total", 2000, "count", E1, "2022年9月", kind="cumulative", qual="超", qtext="突破"),
  fact(DJ, "park", "leasing_national_share", 0.80, "ratio", "业务在全国占比达80%", "2022年", kind="ratio"),
  fact(DJ, "park", "reforms_replicated", 14, "count", "船舶离岸融资租赁对外债权登记等14项改革举措在全市复制推广", "2022年", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- oh06 滨海新区 2023 春季开工 (北京日报 2023)
BH = "滨海新区"
BS = "天津港保税区"
JK = "天津经开区"
F0 = "此次开工重点项目共122个,总投资1208亿元,其中100亿元以上项目3个"
F1 = "此次开工的国鸿氢能燃料电池研发生产基地位于天津港保税区临港区域"
F2 = "位于天津经开区的富维海拉天津生产基地项目建成投产后"
F3 = "此外,总投资11.3亿元的大聚合物电池全自动快充产线、总投资6亿元的伊利乳液二期年产2.4万吨婴幼儿配方奶粉等项目的实施"
F4 = "据悉,2023年全年,滨海新区计划实施重点项目1181个,总投资规模1.54万亿元,预计年内完成投资2023亿元"
AS6 = "2023年2月3日（春季开工）"
G["oh06"] = dict(
 article=art("（无标题）天津滨海新区2023年春季重点项目开工 122个项目总投资1208亿元", "北京日报客户端（记者 白波 通讯员 高磊），转载于 hn.jjlmw.com", "2023-02", "month",
  "Beijing daily's app on a relay site, Tianjin: a coastal new area's spring groundbreaking — project count and investment, manufacturing share, a fuel-cell base in the bonded zone, a lamp plant in the economic-technological development zone, two further projects with amounts, the year's project plan",
  "http://hn.jjlmw.com/post/6281.html",
  "存段无标题、无日期行（title 为编者概括）；文中“2月3日上午…2023年春季重点项目开工活动”，开工日为2023年2月3日，发布日不详，记 2023-02（month）。“转自:北京日报客户端”、署名行与评论提示已删；正文七段，完整。园区：天津港保税区（项目“位于天津港保税区临港区域”——临港区域为保税区的片区，不另列）；天津经开区（文中只作此简称）。滨海新区为行政区（region），不是园区。项目：国鸿氢能燃料电池研发生产基地（开工，天津港保税区，无金额；预计年产能为可选事实）；富维海拉天津生产基地项目（开工，天津经开区，无金额）；大聚合物电池全自动快充产线（总投资11.3亿元）、伊利乳液二期年产2.4万吨婴幼儿配方奶粉（总投资6亿元，二期）——属本次开工项目（“此外…等项目的实施”，状态由语境推定为开工），园区文中未说，记 null。名称照录（“伊利乳液”原文如此）。公司：天津国鸿氢能科技有限公司（天津港保税区）；富维海拉、伊利只在项目名中（可选）。事实（subject 滨海新区，region）：开工重点项目122个、总投资1208亿元、百亿以上3个（可选）；先进制造业项目49个、649.3亿元、占54%（可选）；2023年计划实施重点项目1181个、总投资规模1.54万亿元、预计年内完成投资2023亿元（target）。",
  "oh06"),
 parks=[
  park(BS, "天津", "天津", "保税区", F1, district="滨海新区", note="项目位于其“临港区域”"),
  park(JK, "天津", "天津", "经济技术开发区", F2, district="滨海新区", note="即天津经济技术开发区（文中只作简称）"),
 ],
 companies=[
  comp("天津国鸿氢能科技有限公司", BS, "天津国鸿氢能科技有限公司常务副总经理师振表示", note="国鸿氢能燃料电池研发生产基地业主（由语境推定）"),
  comp("富维海拉", JK, F2, opt=True, note="只在项目名中"),
  comp("伊利", None, F3, opt=True, note="只在项目名“伊利乳液二期…”中"),
 ],
 projects=[
  proj("国鸿氢能燃料电池研发生产基地", BS, F1, companies=["天津国鸿氢能科技有限公司"], status="开工", status_text="此次开工",
       note="位于天津港保税区临港区域；预计年产大功率车用动力系统总成2000台等；无金额"),
  proj("富维海拉天津生产基地项目", JK, F2, companies=["富维海拉"], status="开工", status_text="此次开工项目中", note="车灯配套；无金额"),
  proj("大聚合物电池全自动快充产线", None, F3, inv="总投资11.3亿元", status="开工", status_text="（此次开工项目）此外…等项目的实施",
       note="状态由语境推定；园区未说"),
  proj("伊利乳液二期年产2.4万吨婴幼儿配方奶粉", None, F3, companies=["伊利"], inv="总投资6亿元", phase="二期", status="开工",
       status_text="（此次开工项目）此外…等项目的实施", note="状态由语境推定；园区未说；名称照录"),
 ],
 aggregate_facts=[
  fact(BH, "region", "projects_started", 122, "count", F0, AS6),
  fact(BH, "region", "projects_started_investment_cny", 1.208e11, "cny", F0, AS6, chk=True),
  fact(BH, "region", "projects_started_over_10bn", 3, "count", F0, AS6, opt=True),
  fact(BH, "region", "manufacturing_projects_started", 49, "count", "先进制造业项目达49个,总投资649.3亿元,占总规模的54%", AS6, opt=True),
  fact(BH, "region", "manufacturing_projects_started_investment_cny", 6.493e10, "cny", "先进制造业项目达49个,总投资649.3亿元,占总规模的54%", AS6, opt=True, chk=True),
  fact(BH, "region", "planned_key_projects", 1181, "count", F4, "2023年（计划）", kind="target"),
  fact(BH, "region", "planned_key_projects_investment_cny", 1.54e12, "cny", "总投资规模1.54万亿元", "2023年（计划）", kind="target", note="“1.54万亿元”（amt 不读“万亿”连写，不加 chk）"),
  fact(BH, "region", "planned_annual_investment_cny", 2.023e11, "cny", "预计年内完成投资2023亿元", "2023年（预计）", kind="target", chk=True),
  fact("国鸿氢能燃料电池研发生产基地", "project", "annual_capacity_vehicle_power_systems", 2000, "sets", "预计年产大功率车用动力系统总成2000台", "建成后（预期）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- oh07 北辰开发区 (北方网 2024)
BC = "北辰开发区"
G0 = "北辰开发区,2013年升级为国家级经济技术开发区,先后吸引26个国家和地区的2500多家企业注册投资,其中世界500强企业34家"
G1 = "也吸引弗兰德、西门子、SMC、欧梯克等企业,持续在这里增资扩产"
G2 = "从最早的核心区,陆续扩展出北辰科技园、高端装备制造产业园、陆路港物流装备产业园、医药医疗器械工业园四个园区"
G3 = "瑞士企业欧梯克,是汽车零部件产业链的核心企业,主要生产固定零件用的卡箍,2023年,年销售额达到五亿,今年上半年,同比再次增长5%"
def bcsub(name):
    return park(name, "天津", "天津", "园区（开发区分园）", G2, district="北辰区", parent=BC, note="北辰开发区扩展出的四个园区之一")
G["oh07"] = dict(
 article=art("（无标题）“走进园区看开放”：北辰开发区吸引外资企业增资扩产", "天津北方网（津云新闻编辑 张麒麟），news.enorth.com.cn", "2024-07-13", "day",
  "City news portal's series item, Tianjin: a national economic-technological development zone — firms and Fortune-500 firms attracted, named foreign firms expanding, one firm's sales and growth, four sub-parks, a supplier building a plant, two new 'valleys'",
  "http://news.enorth.com.cn/system/2024/07/13/057163314.shtml",
  "存段无标题、无日期行（title 为编者概括）；日期取网址 2024/07/13（文中“13日”）。正文三段，完整（末为“(津云新闻编辑张麒麟)”）。园区：北辰开发区（2013年升级为国家级经济技术开发区；天津北辰区）；其扩展出的北辰科技园、高端装备制造产业园、陆路港物流装备产业园、医药医疗器械工业园四个园区（parent 北辰开发区）；“智能制造谷”“京津医药谷”正在打造，列可选园区。北辰区为行政区。公司：弗兰德、西门子、SMC、欧梯克（在园增资扩产）；日本美达王公司（“正在北辰开发区建设新工厂”——未写项目名，按 real52 惯例只列公司，不另立项目）。事实：先后吸引2500多家企业（余，cumulative）、来自26个国家和地区（可选）、世界500强企业34家（cumulative）；欧梯克2023年年销售额“五亿”（原文无“元”字，metric 不带 _cny）、2024年上半年同比增长5%；分园4个（可选）。",
  "oh07"),
 parks=[
  park(BC, "天津", "天津", "国家级经济技术开发区", G0, district="北辰区", note="2013年升级为国家级经济技术开发区"),
  bcsub("北辰科技园"), bcsub("高端装备制造产业园"), bcsub("陆路港物流装备产业园"), bcsub("医药医疗器械工业园"),
  park("智能制造谷", "天津", "天津", "产业片区（在建）", "北辰开发区还在打造“智能制造谷”和“京津医药谷”", district="北辰区", parent=BC, opt=True,
       note="在高端装备制造产业园基础上升级"),
  park("京津医药谷", "天津", "天津", "产业片区（在建）", "北辰开发区还在打造“智能制造谷”和“京津医药谷”", district="北辰区", parent=BC, opt=True),
 ],
 companies=[
  comp("弗兰德", BC, G1, note="增资扩产"),
  comp("西门子", BC, G1, note="同上"),
  comp("SMC", BC, G1, note="同上"),
  comp("欧梯克", BC, G3, note="瑞士企业，汽车零部件（卡箍）"),
  comp("日本美达王公司", BC, "眼下,欧梯克的原材料供应商,日本美达王公司就正在北辰开发区建设新工厂", note="正在建设新工厂（未写项目名）"),
 ],
 projects=[],
 aggregate_facts=[
  fact(BC, "park", "registered_firms", 2500, "count", G0, "2024年7月", kind="cumulative", qual="余", qtext="多"),
  fact(BC, "park", "investor_countries", 26, "count", G0, "2024年7月", kind="cumulative", opt=True),
  fact(BC, "park", "fortune500_firms", 34, "count", G0, "2024年7月", kind="cumulative"),
  fact("欧梯克", "company", "annual_sales", 5e8, "cny", G3, "2023年", note="原文“年销售额达到五亿”，无“元”字"),
  fact("欧梯克", "company", "sales_yoy_growth", 0.05, "ratio", G3, "2024年上半年", kind="ratio"),
  fact(BC, "park", "sub_parks", 4, "count", G2, "2024年7月", opt=True),
 ])

# ---------------------------------------------------------------- oh08 空港经济区 航空产业 (hzgwyw relay 2012)
KG = "空港经济区"
MH = "中国民航科技产业化基地"
H0 = "岁末,空港经济区。总投资3亿元的中航国际天津航空产业物流基地主体建筑已完工,工人们正忙着在做内装饰,投入使用指日可待"
H1 = "毗邻中航国际天津航空产业物流基地的斯耐森航空结构(天津)有限公司是个小厂,仅有26名员工,却是空客A320的供应商"
H2 = "“像斯耐森这样围绕空客A320提供零部件供应或服务而落户在空港经济区的企业有50余家。”"
H3 = "吸引了ADB、FTG、左迪雅戈、天航创力等飞机零部件维修、飞机航电制造、地面特种设备制造、机场设备制造、空管设备研发等十余家国内外知名企业入驻"
H4 = "天津航空产业开发有限公司副总经理王立群告诉记者,“就以我们承担开发建设的中国民航科技产业化基地为例,我们建设有一万平方米的航空定制厂房及4万平方米的标准厂房"
H5 = "该航空产业基地目前正与美国铝业、法国拉迪瓜亚(LATECORE)、俄罗斯钛业商谈合作事宜"
G["oh08"] = dict(
 article=art("（无标题）空港经济区航空产业集聚：中航国际天津航空产业物流基地主体完工", "tj.hzgwyw.com（“天津公务员·报考指导”栏转载；原发媒体与署名未注明）", "2012-12-23", "day",
  "Relay of a news feature on an exam-preparation site, Tianjin: an airport economic zone's aviation cluster — a logistics base's investment and state, its expected scale and partners in talks, a small supplier of the A320 line, 50-odd suppliers in the zone, a civil-aviation technology base with its plants and firms",
  "http://tj.hzgwyw.com/tianjingongwuyuan/baokaozhidao/20121223/999.html",
  "存段无标题、无日期行（title 为编者概括）；日期取网址 20121223（文中“岁末”“自去年11月交付首批缝翼后”与2012年相合）。存段为一行（各段以空格相连），照录为一段；末句“这样的聚集效应不仅仅是”在句中中断，已删（make_txt.py LINE_SUFFIX），正文截至“…都是我们基地里的公司提供的。””。园区：空港经济区（天津空港经济区，天津滨海新区）；中国民航科技产业化基地（天津航空产业开发有限公司开发建设，位于空港经济区，parent 记空港经济区）。项目：中航国际天津航空产业物流基地——总投资3亿元，“主体建筑已完工…正忙着在做内装饰”→在建（status_alt 竣工）；预期“年可实现80亿元人民币经济规模”（target，项目事实）。公司：斯耐森航空结构(天津)有限公司（在园，26名员工）；天津航空产业开发有限公司（基地开发方）；ADB、FTG、左迪雅戈、天航创力（入驻中国民航科技产业化基地）；中航国际（项目业主，可选）；空客(天津)总装厂（可选）；美国铝业、法国拉迪瓜亚(LATECORE)、俄罗斯钛业（商谈中，park null，可选）；比利时索纳卡（斯耐森母公司，可选）。事实：围绕空客A320落户空港经济区的企业50余家；斯耐森员工26名（可选）；基地航空定制厂房一万平方米、标准厂房4万平方米（可选）；入驻基地企业十余家（可选）。",
  "oh08"),
 parks=[
  park(KG, "天津", "天津", "经济区（空港）", H0, district="滨海新区", note="即天津空港经济区"),
  park(MH, "天津", "天津", "产业基地（民航科技）", H4, district="滨海新区", parent=KG, note="天津航空产业开发有限公司开发建设；位于空港经济区（由语境推定）"),
 ],
 companies=[
  comp("斯耐森航空结构(天津)有限公司", KG, H1, aliases=["斯耐森"], note="空客A320缝翼供应商；母公司比利时索纳卡"),
  comp("天津航空产业开发有限公司", KG, H4, note="中国民航科技产业化基地开发方"),
  comp("ADB", MH, H3), comp("FTG", MH, H3), comp("左迪雅戈", MH, H3), comp("天航创力", MH, H3),
  comp("中航国际", KG, "中航国际天津航空产业物流基地是中航国际航空产业北方战略节点", opt=True, note="项目业主（由名称推定）"),
  comp("空客(天津)总装厂", KG, "之后运到空客(天津)总装厂进行安装", opt=True),
  comp("美国铝业", None, H5, opt=True, note="与物流基地商谈合作"),
  comp("法国拉迪瓜亚(LATECORE)", None, H5, opt=True, note="同上"),
  comp("俄罗斯钛业", None, H5, opt=True, note="同上"),
  comp("比利时索纳卡", None, "我们接收母公司比利时索纳卡寄来的缝翼零件", opt=True, note="斯耐森母公司"),
 ],
 projects=[
  proj("中航国际天津航空产业物流基地", KG, H0, companies=["中航国际"], inv="总投资3亿元", status="在建", status_alt="竣工",
       status_text="主体建筑已完工,工人们正忙着在做内装饰", note="投入使用指日可待；预期年经济规模80亿元"),
 ],
 aggregate_facts=[
  fact("中航国际天津航空产业物流基地", "project", "expected_annual_business_cny", 8e9, "cny", "年可实现80亿元人民币经济规模", "建成后（预期）", kind="target",
       note="“80亿元人民币”"),
  fact(KG, "park", "airbus_a320_supplier_firms", 50, "count", H2, "2012年末", kind="cumulative", qual="余", qtext="余"),
  fact("斯耐森航空结构(天津)有限公司", "company", "employees", 26, "count", H1, "2012年末", opt=True),
  fact(MH, "park", "custom_plant_floor_area_m2", 1e4, "m2", H4, "2012年末", opt=True, note="“一万平方米的航空定制厂房”"),
  fact(MH, "park", "standard_plant_floor_area_m2", 4e4, "m2", H4, "2012年末", opt=True),
  fact(MH, "park", "firms", 10, "count", H3, "2012年末", kind="cumulative", qual="余", qtext="十余", opt=True),
 ])
