# real376 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all items simplified script as published); names as written in the text;
# 逾/超过/超/以上 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts
# (first amount of the evidence; chk=True asserts it). Growth rates as ratios. Projects: the park the text places the project
# in, null if none (a county / district / city is not a park). Status from the text's words (开工 / 开工建设 → 开工; 建成投产 →
# 投产; 签约 / 集中签约 → 签约; 快速推进 / 加快推进…建设 → 在建). Targets (“今年将确保”, “力争”) are kind target. Sources are
# `search` (corpus pages) excerpts typed into _raw/pages/nkNN.raw as returned.

# ---------------------------------------------------------------- nk01 昆明经开区 / 昆明高新区 (商务部网站 via 新浪 2011)
KG = "昆明高新区"
KJ = "昆明经开区"
A0 = "昆明高新区继今年1月6日开工建设第一批总投资33.7亿元的5大项目后,5月25日又开工建设总投资12亿余元的5个项目"
A1 = "官渡区上苜蓿村、马军场城中村改造回迁安置房建设、众天国际生物医药总部基地暨部分交通基础设施建设项目开工,总投资额超过70亿元"
A2 = "紧跟中国兵器、统一食品、昆明航空等一大批质量高、效益好的优质项目相继落户辖区的好势头,昆明经开区今年将确保17个亿元以上工业项目开工"
A3 = "实现17个重点项目开工,实现全区固定资产投资170亿元"
G["nk01"] = dict(
 article=art("昆明经开区今年将确保17个亿元以上工业项目开工", "商务部网站，载于新浪财经（finance.sina.com.cn 滚动新闻）", "2011-06-28", "day",
  "Portal relaying a ministry website's local item, Yunnan (昆明): districts' and zones' project starts — 官渡区 projects started (超70亿元), 昆明高新区's two batches of projects started with totals, 五华区's targets, 昆明经开区's target of 17 industrial projects started",
  "http://finance.sina.com.cn/roll/20110628/090110059121.shtml",
  "日期取页面“2011年06月28日 09:01 商务部网站”。标题照录；新浪页面的跳转、分享、版权行已删。正文一段，完整。园区：昆明高新区、昆明经开区（均为昆明市国家级园区，文中只作简称）。官渡区、五华区为城区，不是园区。项目：官渡区的众天国际生物医药总部基地暨部分交通基础设施建设项目等（开工；“总投资额超过70亿元”为三项合计，作事实，项目不分摊；园区 null）。昆明高新区两批开工项目未点名（5大项目33.7亿元、5个项目12亿余元，作事实）。昆明经开区“今年将确保17个亿元以上工业项目开工”为目标（target）；“中国兵器、统一食品、昆明航空”为落户辖区的项目/企业（可选公司，园区昆明经开区）。“该区力争…17个重点项目开工…170亿元”指五华区（区级目标，可选事实，主体五华区 region）。",
  "nk01"),
 parks=[
  park(KG, "昆明", "云南", "高新区", A0),
  park(KJ, "昆明", "云南", "经济技术开发区", A2),
 ],
 companies=[
  comp("中国兵器", KJ, A2, opt=True, note="“优质项目相继落户辖区”；以企业名指项目"),
  comp("统一食品", KJ, A2, opt=True, note="同上"),
  comp("昆明航空", KJ, A2, opt=True, note="同上"),
 ],
 projects=[
  proj("众天国际生物医药总部基地暨部分交通基础设施建设项目", None, A1, status="开工", status_text="开工",
       note="官渡区（城区，非园区）；“总投资额超过70亿元”为与两项城中村改造回迁安置房建设合计，不作单项金额"),
  proj("上苜蓿村、马军场城中村改造回迁安置房建设", None, A1, status="开工", status_text="开工", opt=True, note="官渡区；非产业项目"),
 ],
 aggregate_facts=[
  fact(KG, "park", "projects_started", 5, "count", A0, "2011-01-06（第一批）"),
  fact(KG, "park", "projects_started_investment_cny", 3.37e9, "cny", "1月6日开工建设第一批总投资33.7亿元的5大项目", "2011-01-06（第一批）", chk=True),
  fact(KG, "park", "projects_started", 5, "count", "5月25日又开工建设总投资12亿余元的5个项目", "2011-05-25"),
  fact(KG, "park", "projects_started_investment", 1.2e9, "cny", "5月25日又开工建设总投资12亿余元的5个项目", "2011-05-25", qual="余", qtext="余",
       note="“12亿余元”不是数字+亿元的连写，metric 不带 _cny 后缀（值按元记）"),
  fact(KJ, "park", "projects_started", 17, "count", A2, "2011年全年（目标）", kind="target", note="亿元以上工业项目"),
  fact("官渡区", "region", "projects_started_investment_cny", 7e9, "cny", A1, "2011年6月前", qual="超", qtext="超过", opt=True, chk=True),
  fact("五华区", "region", "projects_started", 17, "count", A3, "2011年上半年（目标）", kind="target", opt=True),
  fact("五华区", "region", "fixed_asset_investment_cny", 1.7e10, "cny", A3, "2011年上半年（目标）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- nk02 大理市“工业强市” (via kunming.baogaosu 2015)
CX = "创新工业园区"
B0 = "充分发挥创新工业园区主平台优势,优化工业园区产业布局"
B1 = "力帆骏马等9个技改扩能项目建成投产,嘉士伯大理啤酒搬迁等11个项目快速推进"
B2 = "调整完善天井、满江、上登和凤仪各片区控制性详细规划,实施满江18条道路、上登排水及再生水系统等17个基础设施项目,建成标准厂房8.21万平方米"
G["nk02"] = dict(
 article=art("大理市全力推进“工业强市”战略", "kunming.baogaosu.com（报告速；原发媒体存段未示）", "2015-05-15", "day",
  "Aggregator relaying a city item, Yunnan (大理): a city's industry drive — the 创新工业园区 as main platform, its sub-areas' infrastructure projects and standard workshops, projects in production and under way, the city's 2014 industrial output",
  "https://kunming.baogaosu.com/xinwen/%E5%A4%A7%E7%90%86%E5%B8%82%E5%85%A8%E5%8A%9B%E6%8E%A8%E8%BF%9B%E5%B7%A5%E4%B8%9A%E5%BC%BA%E5%B8%82%E6%88%98%E7%95%A5/32979538",
  "日期取页面“15.05.2015 14:32”。标题照录。存段第四段“打造品牌经济…截至目前,全市共有工业企”在句中中断，整段删去（make_txt.py ITEMS），正文三段，截至“…大理学院科技园建设进展顺利。”。园区：创新工业园区（大理创新工业园区，大理市，云南；文中只作“创新工业园区”）；天井、满江、上登、凤仪为其片区（不另列园区）。项目：力帆骏马等9个技改扩能项目（建成投产→投产；以企业名指项目）；嘉士伯大理啤酒搬迁（快速推进→在建）；上海交大(大理)研究院、大理学院科技园（建设进展顺利→在建，可选）。项目位于园区未明说，园区记 null 并注明。事实：“全市辖区工业总产值完成380.88亿元”为市级（region）；17个基础设施项目、8.21万平方米标准厂房归创新工业园区各片区（推定）。",
  "nk02"),
 parks=[
  park(CX, "大理", "云南", "工业园区", B0, district="大理市", note="大理创新工业园区；片区天井、满江、上登、凤仪"),
 ],
 companies=[
  comp("力帆骏马", None, B1, opt=True, note="以企业名指技改扩能项目；园区未明说"),
 ],
 institutions=[
  inst("上海交大(大理)研究院", "上海交大(大理)研究院、大理学院科技园建设进展顺利", kind="research"),
  inst("大理学院", "上海交大(大理)研究院、大理学院科技园建设进展顺利", kind="university"),
 ],
 projects=[
  proj("力帆骏马技改扩能项目", None, B1, companies=["力帆骏马"], status="投产", status_text="建成投产", aliases=["力帆骏马"],
       note="“力帆骏马等9个技改扩能项目建成投产”；项目名由企业名构成；园区未明说"),
  proj("嘉士伯大理啤酒搬迁", None, B1, status="在建", status_text="快速推进", note="园区未明说"),
  proj("上海交大(大理)研究院", None, "上海交大(大理)研究院、大理学院科技园建设进展顺利", status="在建", status_text="建设进展顺利", opt=True),
  proj("大理学院科技园", None, "上海交大(大理)研究院、大理学院科技园建设进展顺利", status="在建", status_text="建设进展顺利", opt=True),
 ],
 aggregate_facts=[
  fact("大理市", "region", "industrial_output_cny", 3.8088e10, "cny", "2014年,全市辖区工业总产值完成380.88亿元,增长9.8%", "2014年", chk=True),
  fact("大理市", "region", "industrial_output_yoy_growth", 0.098, "ratio", "2014年,全市辖区工业总产值完成380.88亿元,增长9.8%", "2014年", kind="ratio"),
  fact(CX, "park", "infrastructure_projects", 17, "count", B2, "2015年5月前", opt=True, note="片区属园区为推定"),
  fact(CX, "park", "standard_workshop_area_m2", 8.21e4, "m2", B2, "2015年5月前", opt=True, note="同上"),
  fact("大理市", "region", "projects_in_production", 9, "count", B1, "2015年5月前", opt=True, note="技改扩能项目"),
  fact("大理市", "region", "projects_under_construction", 11, "count", B1, "2015年5月前", opt=True),
 ])

# ---------------------------------------------------------------- nk03 滇中新区抓实项目建设 (云南日报 via ynmzly 2018)
DZ = "滇中新区"
KZ = "空港经济区"
C0 = "今年以来,滇中新区深入开展“项目大建设年”活动,采取有力措施,确保固定资产投资增长30%以上"
C1 = "空港经济区加快推进重点项目建设,机场北高速主线路基建工程已完成92%,呈黄路已累计完成投资近26.5亿元,航空物流园场地平整已基本完成"
C2 = "嵩明县16个招商引资项目集中签约,项目涉及汽车零部件、装备制造、食品加工、特色农业、房地产等产业,投资额达340.57亿元"
C3 = "空港经济区正加快推进出版集团物流交易中心、空港智慧金融总部创新园、中药产业园、国药中生、圆通速递云南区域管理总部基地等重点招商引资项目的落地建设"
C4 = "安宁市梳理建立了260个重点投资项目库,重点抓好神州汽车、中昆建和智能制造、城市配套打包等政府重点工程和招商引资项目的开工入库工作"
G["nk03"] = dict(
 article=art("滇中新区抓实项目建设确保开门红", "云南日报，载于云南民族旅游网（ynmzly.com，《环球游报》主办）", "2018-03-13", "day",
  "Travel-news site relaying the provincial daily, Yunnan: a state-level new area's early-year project drive — investment target, its 533 strategy, 安宁 / 嵩明 / 空港经济区 projects, 嵩明's 16 projects signed, 空港经济区's named investment projects being landed",
  "http://www.ynmzly.com/publish/2018/03/37_8829.html",
  "日期取页面“发表于:2018-03-13 10:25:45|来源:云南日报”。标题照录；站名、栏目行与日期来源行已删。存段末段“滇中新区经济发展部相关负责人表示,将集中精力保存”在句中中断，整段删去（make_txt.py ITEMS），正文四段，截至“…提供有力支撑。”。园区：滇中新区（国家级新区，昆明，云南）；空港经济区（昆明空港经济区，滇中新区内；文中只作“空港经济区”）；航空物流园、中药产业园为空港经济区内的园区/项目（航空物流园场地平整，可选园区；中药产业园作项目）。安宁市、嵩明县为县级行政区，不是园区。项目：空港经济区的出版集团物流交易中心、空港智慧金融总部创新园、中药产业园、国药中生、圆通速递云南区域管理总部基地（“加快推进…落地建设”→在建）；机场北高速主线路基建工程（完成92%，在建，可选）、呈黄路（累计完成投资近26.5亿元——完成投资额，不作总投资；在建，可选）；安宁市的神州汽车、中昆建和智能制造（“开工入库工作”，无状态，园区 null，可选）。嵩明县16个项目集中签约、投资额340.57亿元（县级，园区 null，作事实）。滇中新区“确保固定资产投资增长30%以上”为目标。",
  "nk03"),
 parks=[
  park(DZ, "昆明", "云南", "国家级新区", C0, note="云南滇中新区"),
  park(KZ, "昆明", "云南", "经济区", C1, parent=DZ, note="昆明空港经济区；滇中新区内"),
  park("航空物流园", "昆明", "云南", "物流园", C1, parent=KZ, opt=True, note="场地平整；亦可视为项目"),
 ],
 companies=[
  comp("国药中生", KZ, C3, opt=True, note="以企业名指项目"),
  comp("圆通速递", KZ, C3, opt=True, note="只在项目名中"),
  comp("神州汽车", None, C4, opt=True, note="安宁市项目；以企业名指项目"),
 ],
 projects=[
  proj("出版集团物流交易中心", KZ, C3, status="在建", status_text="加快推进…落地建设"),
  proj("空港智慧金融总部创新园", KZ, C3, status="在建", status_text="加快推进…落地建设"),
  proj("中药产业园", KZ, C3, status="在建", status_text="加快推进…落地建设"),
  proj("国药中生", KZ, C3, companies=["国药中生"], status="在建", status_text="加快推进…落地建设", note="以企业名作项目名"),
  proj("圆通速递云南区域管理总部基地", KZ, C3, companies=["圆通速递"], status="在建", status_text="加快推进…落地建设"),
  proj("机场北高速主线路基建工程", KZ, C1, status="在建", status_text="已完成92%", opt=True, note="交通基础设施"),
  proj("呈黄路", KZ, C1, status="在建", status_text="已累计完成投资近26.5亿元", opt=True, note="道路；26.5亿元为累计完成投资，不作总投资"),
  proj("神州汽车", None, C4, companies=["神州汽车"], opt=True, note="安宁市（县级市，非园区）；“开工入库工作”，无状态"),
  proj("中昆建和智能制造", None, C4, opt=True, note="安宁市；无状态"),
 ],
 aggregate_facts=[
  fact(DZ, "park", "fixed_asset_investment_yoy_growth", 0.30, "ratio", C0, "2018年（目标）", kind="target", qual="超", qtext="以上"),
  fact("呈黄路", "project", "investment_completed_cny", 2.65e9, "cny", C1, "2018年3月（累计）", kind="cumulative", qual="约", qtext="近", opt=True, chk=True),
  fact("嵩明县", "region", "projects_signed", 16, "count", C2, "2018年3月（集中签约）"),
  fact("嵩明县", "region", "signed_investment_cny", 3.4057e10, "cny", C2, "2018年3月（集中签约）", chk=True),
  fact("安宁市", "region", "key_projects_in_pool", 260, "count", C4, "2018年初", opt=True),
  fact("嵩明县", "region", "firms_newly_above_scale", 6, "count", "今年初又有6户企业顺利“入规”", "2018年初", opt=True),
 ])
