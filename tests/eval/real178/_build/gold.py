# real178 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/接近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); US dollars as investment_value +
# investment_currency "usd" / *_usd facts. Growth rates and shares as ratios (35.04% → 0.3504). Projects: the park is the one
# the text places the project in, null if none (a district or county is not a park). Status from the text's words (开工 /
# 上马 / 已启动 → 开工; 已成雏形 / 在建设中 → 在建; 将…兴建 → planned; 引进 alone → no status). Plan / “力争” / “到2015年”
# figures are kind target; year-to-date or since-founding totals are cumulative. A district or county is subject_type
# region. Sources are `search` (corpus pages) excerpts typed into _raw/pages/vuNN.raw as returned.

# ---------------------------------------------------------------- vu01 嘉兴南湖区 / 嘉兴工业园区 (工人日报 2008)
JX = "嘉兴工业园区"
A0 = "今年上半年,南湖区香精香料、通信电子、汽配机电、钢铁制品四大产业累计实现工业总产值47.4亿元,同比增长35.04%"
A1 = "园区目前已初步形成了以敏惠汽配、明新皮业等为首的汽配产业,以天通电子、泽领通讯等为主的通信电子产业,中华化工、卫星化工等为重点的精细化工产业"
A2 = "这几大产业的总产值已占到了整个工业园区总产值的70%以上"
A3 = "力争通过4年的努力,使产业集群度达到50%以上"
G["vu01"] = dict(
 article=art("浙江嘉兴南湖区产业集群“雪球”显现", "工人日报（记者李刚殷），2008年11月19日 006版，www.workercn.cn（中工网）", "2008-11-19", "day",
  "National trade-union daily's news item, Zhejiang: a district's industrial clusters in the 2008 slowdown — four industries' half-year output and growth, the district's cluster target, and the industrial park's named leading firms by industry with their share of the park's output",
  "https://www.workercn.cn/papers/grrb/2008/11/19/6/news-10.html",
  "日期取页面“工人日报 2008年11月19日”与“《工人日报》(2008年11月19日 006版)”（版头“星期一”照页面，未改）。标题照录；版头行、版次行与中工网页脚已删。正文三段，完整。园区：嘉兴工业园区（南湖区，嘉兴，浙江；文中又作“园区”“工业园区”）。南湖区为区（region），不是园区。公司：敏惠汽配、明新皮业、天通电子、泽领通讯、中华化工、卫星化工——文中“园区目前已初步形成了以…为首的汽配产业…”，均置于嘉兴工业园区。事实：南湖区四大产业上半年工业总产值47.4亿元、增长35.04%（region）；通信设备等增长149.8%、交通运输设备制造业增长63.3%（行业，可选）；南湖区4年内产业集群度50%以上（target，可选）；几大产业占园区总产值70%以上（ratio，超）。无项目、无基金。",
  "vu01"),
 parks=[
  park(JX, "嘉兴", "浙江", "工业园区", "几年前,汽配、通信电子等产业的产值在嘉兴工业园区只占很小一部分", district="南湖区",
       note="文中又作“园区”“工业园区”"),
 ],
 companies=[
  comp("敏惠汽配", JX, A1, note="汽配产业为首企业"),
  comp("明新皮业", JX, A1, note="汽配产业为首企业"),
  comp("天通电子", JX, A1, note="通信电子产业"),
  comp("泽领通讯", JX, A1, note="通信电子产业"),
  comp("中华化工", JX, A1, note="精细化工产业"),
  comp("卫星化工", JX, A1, note="精细化工产业"),
 ],
 institutions=[
  inst("南湖区经贸局", "南湖区经贸局局长许翔在接受记者采访时一语道破天机"),
 ],
 aggregate_facts=[
  fact("南湖区", "region", "industrial_output_cny", 4.74e9, "cny", A0, "2008年上半年", note="香精香料、通信电子、汽配机电、钢铁制品四大产业累计", chk=True),
  fact("南湖区", "region", "industrial_output_yoy_growth", 0.3504, "ratio", A0, "2008年上半年", kind="ratio", note="四大产业工业总产值同比"),
  fact("南湖区", "region", "electronics_output_yoy_growth", 1.498, "ratio", "特别是以通信电子为主的通信设备、计算机及其它电子设备同比增长更达到了149.8%", "2008年上半年", kind="ratio", opt=True),
  fact("南湖区", "region", "transport_equipment_output_yoy_growth", 0.633, "ratio", "以汽车配件为主的交通运输设备制造业同比也实现了63.3%的增长", "2008年上半年", kind="ratio", opt=True),
  fact("南湖区", "region", "industrial_cluster_degree", 0.50, "ratio", A3, "4年内（2008年起）", kind="target", qual="超", qtext="以上", opt=True),
  fact(JX, "park", "leading_industries_output_share", 0.70, "ratio", A2, "2008年", kind="ratio", qual="超", qtext="以上", note="汽配、通信电子、精细化工几大产业占园区总产值"),
 ])

# ---------------------------------------------------------------- vu02 秀洲 产业集群 plan (秀洲新闻网 2011)
XZ = "秀洲工业园区"
XX = "秀洲新区"
B0 = "提升秀洲新区、秀洲工业园区能级,整合提升市镇工业园区,加快构建“秀洲工业园区—市镇工业园区—产业集聚区”三级发展平台"
B1 = "力争2011年,产业集聚区累计基础设施投入4亿元,新开发面积1550亩,集约利用存量空间650亩"
B2 = "2011年,秀洲新区、秀洲工业园区和各市镇工业区内力争引进与建设总投资在1亿元以上的新兴产业项目和生产性服务业项目不少于35项,当年完成投资不少于25亿元"
B3 = "形成销售收入超200亿元产业集群一个(现代纺织业)"
G["vu02"] = dict(
 article=art("（无标题）秀洲新区、秀洲工业园区2011年产业集群培育目标任务与工作重点", "秀洲新闻网（jxxznews.zjol.com.cn，浙江在线嘉兴秀洲频道）；发文单位未在存段中示出", "2011-04-02", "day",
  "District news site carrying a government work plan, Zhejiang: targets for five industrial clusters in 2011, the three-level park platform (秀洲工业园区 — town industrial parks — cluster zones), infrastructure and land targets, and a target for major projects in 秀洲新区 / 秀洲工业园区",
  "http://jxxznews.zjol.com.cn/xznews/system/2011/04/02/013558402.shtml",
  "日期取自网址（2011/04/02）；存段无标题、无日期行、无发文单位，从“一、目标任务”起，标题为概括（无标题）。存段在“当年完成投资不少于25亿元。实”处中断，残字“实”已删（make_txt.py LINE_SUFFIX），正文止于第（三）项首句。公文体：各段照录，含小标题“一、目标任务”“二、工作重点”。园区：秀洲工业园区、秀洲新区（嘉兴秀洲区，浙江）；“市镇工业园区”“产业集聚区”“各市镇工业区”为泛称，不列。事实均为2011年目标（target）：产业集聚区基础设施投入4亿元、新开发1550亩、集约利用650亩（主体原文只写“产业集聚区”——泛称，照记“产业集聚区”，均可选）；秀洲新区、秀洲工业园区和各市镇工业区亿元以上项目不少于35项、当年完成投资不少于25亿元（主体记秀洲工业园区，秀洲新区另列可选）；现代纺织业集群销售收入超200亿元（行业，可选）。无公司、无项目名、无基金。",
  "vu02"),
 parks=[
  park(XZ, "嘉兴", "浙江", "工业园区", B0, district="秀洲区", note="三级发展平台之首"),
  park(XX, "嘉兴", "浙江", "新区", B0, district="秀洲区"),
 ],
 aggregate_facts=[
  fact(XZ, "park", "major_projects_target", 35, "count", B2, "2011年", kind="target", qual="超", qtext="不少于",
       note="秀洲新区、秀洲工业园区和各市镇工业区合计，总投资1亿元以上项目"),
  fact(XZ, "park", "annual_investment_target_cny", 2.5e9, "cny", "当年完成投资不少于25亿元", "2011年", kind="target", qual="超", qtext="不少于",
       note="同上，合计", chk=True),
  fact(XX, "park", "major_projects_target", 35, "count", B2, "2011年", kind="target", qual="超", qtext="不少于", opt=True, note="同一合计数，主体并列"),
  fact("产业集聚区", "park", "infrastructure_investment_cny", 4e8, "cny", B1, "2011年（累计）", kind="target", opt=True, note="主体为泛称“产业集聚区”", chk=True),
  fact("产业集聚区", "park", "new_development_area_mu", 1550, "mu", B1, "2011年", kind="target", opt=True),
  fact("产业集聚区", "park", "stock_land_reused_mu", 650, "mu", B1, "2011年", kind="target", opt=True),
  fact("现代纺织业", "industry", "cluster_sales_cny", 2e10, "cny", B3, "2011年", kind="target", qual="超", qtext="超", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- vu03 北仑区 重大项目 (中国宁波网 2011)
MS = "梅山保税港区"
C0 = "敏实集团投资7.3亿元上马汽车零部件项目"
C1 = "引人注目的不仅是百个项目高达1088亿元的总投资"
C2 = "已完成24亿美元总投资的台塑一期项目后续16个扩建项目已启动,预计还将新增投资20亿美元以上"
C3 = "其中,城镇污水处理、环境监控指挥中心、“宁波钢铁”脱硫改造及固废处理、“千和环保”油污水回收等10个大项目总投入超过30亿元"
C4 = "“中外运物流”在6月建成,“普洛斯物流”完成一期建设"
G["vu03"] = dict(
 article=art("（无标题）北仑区重大项目开工“井喷” 百个项目总投资1088亿元", "中国宁波网（news.cnnb.com.cn）；存段无标题、无署名", "2011-03-09", "day",
  "City news portal's item, Zhejiang: a port district's start of major projects — named firms' projects with amounts, 100 projects totalling 1088亿元, a petrochemical firm's expansion in US dollars, circular-economy and environmental projects, and a bonded port area as the hub of its logistics cluster",
  "http://news.cnnb.com.cn/system/2011/03/09/006866212.shtml",
  "日期取自网址（2011/03/09）；存段无标题，从“中国宁波网讯”起，标题为概括（无标题）。存段在“预计到“十二五”,全区将形成矿产品交易中心、”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文止于“…商贸核心区将现出雄姿……”。园区：梅山保税港区（北仑区，宁波；“北仑正形成以梅山保税港区为龙头…的港口服务业集聚区”）。“国家生态工业示范园区”为称号（“该区启动国家生态工业示范园区”），不列园区。北仑区为区（region）。文中的项目均只落在北仑区，没有放进某个园区：park 记 null。公司：敏实集团、新桥化工、宁波钢铁、台塑、千和环保、中外运物流、普洛斯物流（园区 null）。项目：敏实集团汽车零部件项目（7.3亿元，“上马”→开工）；新桥化工工程塑料（4.1亿元）、宁波钢铁余能发电（12亿元）为可选（项目名系概括）；台塑一期项目（24亿美元，已完成投资，状态不记）及其后续16个扩建项目（已启动→开工，新增20亿美元以上，可选）；中外运物流（6月建成，planned）、普洛斯物流一期（planned）可选。事实：百个项目总投资1088亿元（region）；121个循环经济项目；10个环保大项目总投入超过30亿元；六大临港工业去年总产值接近千亿元（约，可选）。",
  "vu03"),
 parks=[
  park(MS, "宁波", "浙江", "保税港区", "北仑正形成以梅山保税港区为龙头,以国际集装箱中转、国际采购、转口贸易等业务为主体的港口服务业集聚区", district="北仑区"),
 ],
 companies=[
  comp("敏实集团", None, C0, note="北仑区；园区未写"),
  comp("新桥化工", None, "“新桥化工”投入4.1亿元进军工程塑料领域"),
  comp("宁波钢铁", None, "“宁波钢铁”要花12亿元实现余能发电"),
  comp("台塑", None, C2, note="只在项目名“台塑一期项目”中", opt=True),
  comp("千和环保", None, C3, opt=True, note="只在项目名中"),
  comp("中外运物流", None, C4, opt=True),
  comp("普洛斯物流", None, C4, opt=True),
 ],
 projects=[
  proj("敏实集团汽车零部件项目", None, C0, companies=["敏实集团"], inv="投资7.3亿元", status="开工", status_text="上马",
       aliases=["汽车零部件项目"], note="名称按文中“敏实集团…汽车零部件项目”；北仑区，园区未写"),
  proj("新桥化工工程塑料项目", None, "“新桥化工”投入4.1亿元进军工程塑料领域", companies=["新桥化工"], inv="投入4.1亿元", opt=True, note="名称系概括"),
  proj("宁波钢铁余能发电项目", None, "“宁波钢铁”要花12亿元实现余能发电", companies=["宁波钢铁"], inv="12亿元", opt=True, note="名称系概括"),
  proj("台塑一期项目", None, C2, companies=["台塑"], inv="24亿美元", currency="usd", value=2.4e9, note="“已完成24亿美元总投资”"),
  proj("台塑一期项目后续16个扩建项目", None, C2, companies=["台塑"], inv="20亿美元", currency="usd", value=2.0e9, qual="超", qual_text="以上",
       status="开工", status_text="已启动", opt=True, note="预计新增投资20亿美元以上"),
  proj("中外运物流", None, C4, status="planned", status_text="在6月建成", opt=True),
  proj("普洛斯物流", None, C4, phase="一期", status="planned", status_text="完成一期建设", opt=True),
 ],
 aggregate_facts=[
  fact("北仑区", "region", "projects_started_investment_cny", 1.088e11, "cny", C1, "2011年初", chk=True, note="百个重大项目"),
  fact("北仑区", "region", "projects_started", 100, "count", C1, "2011年初", opt=True, note="“百个项目”"),
  fact("北仑区", "region", "circular_economy_projects", 121, "count", "实施了121个循环经济项目", "2011年3月", kind="cumulative"),
  fact("北仑区", "region", "environmental_projects_investment_cny", 3e9, "cny", "等10个大项目总投入超过30亿元", "2011年", qual="超", qtext="超过", chk=True),
  fact("北仑区", "region", "port_industry_output_cny", 1e11, "cny", "六大临港工业已进入集群时代,去年总产值接近千亿元", "2010年", qual="约", qtext="接近", opt=True),
 ])

# ---------------------------------------------------------------- vu04 吉利—沃尔沃中国设计及试验中心开工 (宁波日报 2014)
HB = "杭州湾新区"
D0 = "昨日,宁波市重点工程项目吉利-沃尔沃中国设计及试验中心项目在吉利汽车杭州湾新区基地开工"
D1 = "据悉,该项目总投资62亿元"
D2 = "项目全部投入运营后,将引进各类汽车研发人员8000人以上,可实现年技术服务营业收入20亿元"
D3 = "目前,新区已经集聚吉利汽车和上海大众两家整车龙头企业以及高端零部件供应商百余家"
G["vu04"] = dict(
 article=art("吉利—沃尔沃中国设计及试验中心开工", "宁波日报（记者 黄程，杭州湾新区记者站 袁红薇 郑添明），载于慈溪新闻网（cxnews.cnnb.com.cn，外媒聚焦）", "2014-08-07", "day",
  "City daily relayed by a county news site, Zhejiang: a carmaker's 62亿元 design and test centre started in a new area, its expected staff and revenue, and the new area's two vehicle makers and 100-odd suppliers",
  "http://cxnews.cnnb.com.cn/system/2014/08/07/011019337.shtml",
  "日期取页面“2014-08-07 08:43 稿源:宁波日报”（开工为“昨日”，即8月6日）。标题照录（标题用“—”，正文作“吉利-沃尔沃”，照录）；导航、责任编辑与报料行已删。末段“杭州湾新区经发局有关负责人表示,今年上”在存段中中断，整段未收，正文三段。园区：杭州湾新区（宁波，浙江；文中又作“新区”）。项目：吉利-沃尔沃中国设计及试验中心项目（总投资62亿元，开工，在杭州湾新区）。公司：吉利汽车、上海大众（新区集聚的整车企业）。事实：项目投运后研发人员8000人以上、年技术服务营业收入20亿元（target）；新区高端零部件供应商百余家（余）。",
  "vu04"),
 parks=[
  park(HB, "宁波", "浙江", "新区", "杭州湾新区千亿级汽车产业又添新“拼图”", note="文中又作“新区”"),
 ],
 companies=[
  comp("吉利汽车", HB, D3, note="整车龙头企业；项目开工地为“吉利汽车杭州湾新区基地”"),
  comp("上海大众", HB, D3, note="整车龙头企业"),
 ],
 projects=[
  proj("吉利-沃尔沃中国设计及试验中心项目", HB, D1, inv="总投资62亿元", status="开工", status_text="开工",
       aliases=["吉利—沃尔沃中国设计及试验中心"], note="开工句见“" + D0 + "”；标题作“吉利—沃尔沃中国设计及试验中心”"),
 ],
 aggregate_facts=[
  fact("吉利-沃尔沃中国设计及试验中心项目", "project", "expected_annual_revenue_cny", 2e9, "cny", "可实现年技术服务营业收入20亿元", "全部投入运营后", kind="target", chk=True),
  fact("吉利-沃尔沃中国设计及试验中心项目", "project", "expected_rd_staff", 8000, "count", D2, "全部投入运营后", kind="target", qual="超", qtext="以上", opt=True),
  fact(HB, "park", "auto_parts_suppliers", 100, "count", D3, "2014年8月", kind="cumulative", qual="余", qtext="百余家"),
  fact(HB, "park", "vehicle_makers", 2, "count", D3, "2014年8月", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- vu05 衢州绿色产业集聚区 (浙江日报 2014)
QZ = "衢州绿色产业集聚区"
E0 = "这是衢州绿色产业集聚区从产业园区向东南新城转型迈进的一个缩影"
E1 = "目前,投资42亿元的衢州碧桂园·凤凰城已成雏形"
E2 = "规划面积约200亩、总投资15亿元的衢州电子商务(物流)创业园项目也将在综合物流园区内兴建"
E3 = "今年基础设施和政府投资建设项目共151个,总投资48.31亿元。其中续建项目45个,新建项目63个,前期项目35个"
E4 = "连日来,位于衢州东港新城的凤凰湖公园建设正如火如荼地进行着"
G["vu05"] = dict(
 article=art("冲破藩篱天地宽 衢州集聚区从产业园向东南新城迈进", "浙江日报（通讯员 周宪彪 叶颖），zjrb.zjol.com.cn 数字报", "2014-06-23", "day",
  "Provincial daily's news item, Zhejiang: a city's green industry cluster zone turning from industrial park to new town — a park project under way, a 42亿元 property project taking shape, a 15亿元 e-commerce park planned, the year's 151 infrastructure and government projects",
  "http://zjrb.zjol.com.cn/html/2014-06/23/content_2711534.htm?div=-1",
  "日期取自网址（2014-06/23）。主标题“冲破藩篱天地宽”与副题“衢州集聚区从产业园向东南新城迈进”两行以空格连为标题行；署名行“通讯员 周宪彪 叶颖”已删。末段“此外,集聚区还不断加快东港新城建设进度,加大生活区”在存段中中断，整段未收，正文三段。园区：衢州绿色产业集聚区（衢州，浙江；标题作“衢州集聚区”，文中又作“集聚区”）；综合物流园区（集聚区内，可选）。东南新城、东港新城为新城片区，不列园区。项目：衢州碧桂园·凤凰城（投资42亿元，“已成雏形”→在建）；衢州电子商务(物流)创业园项目（总投资15亿元，“也将…兴建”→planned，位于综合物流园区）；凤凰湖公园（在建，预计8月底建成）；市民健身公园建设项目（今年启动，可选）。事实：集聚区今年基础设施和政府投资建设项目151个、总投资48.31亿元、续建45、新建63、前期35（2014年计划表，kind target）。",
  "vu05"),
 parks=[
  park(QZ, "衢州", "浙江", "产业集聚区", E0, aliases=["衢州集聚区"], note="文中又作“集聚区”"),
  park("综合物流园区", "衢州", "浙江", "物流园区", E2, parent=QZ, opt=True, note="集聚区内的园区；名称泛"),
 ],
 projects=[
  proj("衢州碧桂园·凤凰城", QZ, E1, inv="投资42亿元", status="在建", status_text="已成雏形"),
  proj("衢州电子商务(物流)创业园项目", QZ, E2, inv="总投资15亿元", status="planned", status_text="也将在综合物流园区内兴建",
       note="位于集聚区内的综合物流园区"),
  proj("凤凰湖公园", QZ, E4, status="在建", status_text="建设正如火如荼地进行着", note="位于衢州东港新城；预计8月底建成"),
  proj("市民健身公园建设项目", QZ, "市民健身公园建设项目也将在今年启动", status="planned", status_text="也将在今年启动", opt=True),
 ],
 aggregate_facts=[
  fact(QZ, "park", "infrastructure_projects", 151, "count", E3, "2014年", kind="target", note="基础设施和政府投资建设项目（年度计划）"),
  fact(QZ, "park", "infrastructure_projects_investment_cny", 4.831e9, "cny", E3, "2014年", kind="target", chk=True),
  fact(QZ, "park", "projects_continuing", 45, "count", E3, "2014年", kind="target", opt=True),
  fact(QZ, "park", "projects_new", 63, "count", E3, "2014年", kind="target", opt=True),
  fact(QZ, "park", "projects_preparatory", 35, "count", E3, "2014年", kind="target", opt=True),
  fact("衢州电子商务(物流)创业园项目", "project", "site_area_mu", 200, "mu", E2, "规划", kind="target", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- vu06 海盐经济开发区 2010 (relay, 2011-01)
HY = "海盐经济开发区"
F0 = "截至2010年12月底,该区规模以上工业企业总产值达93亿元,全部工业产值达到102亿元,同比增长31%"
F1 = "2010年,开发区引进了9个“零耗地”项目,总投资达2.7亿元"
F2 = "其中,大宇标准件、新东方紧固件、豪能玻璃等都通过股权转让、增资扩股等形式,实现了产业转型"
F3 = "大宇标准件有限公司通过兼并重组,还引进了全国标准件龙头企业——中国航空工业标准件有限责任公司"
F4 = "目前,在已开发的10.13平方公里上,开发区累计引进内外资项目121个,仅2010年就新开工项目19个,新竣工项目17个"
F5 = "亚威朗光电、艾迪西暖通器材、MOCVD设备研发制造、久燃甲醇汽油及展硕LCD液晶屏模块……一个个高、新、尖的大项目的引进和投产"
F6 = "到2010年底,规模以上企业增至94家,其中亿元以上企业15家"
G["vu06"] = dict(
 article=art("（无标题）海盐经济开发区2010年工业产值突破百亿元", "bshib.com（资讯转载站；原刊未具名，署“笔者”）", "2011-01", "month",
  "Relay site carrying a local (county) item, Zhejiang: a provincial economic development zone's 2010 year-end figures — output and growth, zero-land-use projects, firms transformed through equity deals, a central SOE brought in, cumulative and new projects, named high-tech projects, above-scale firms",
  "https://bshib.com/news/show-65471.html",
  "存段无标题、无日期行；文中“笔者1月16日从县开发区获悉,截至2010年12月底…”，故日期定为2011年1月（月精度，推断）；标题为概括（无标题）。存段末句在“…新兴产业雏”处中断，自“,形成了以LED光电为代表的…”起的残句已删（make_txt.py LINE_SUFFIX），正文止于“…其中亿元以上企业15家”（无句号）。园区：海盐经济开发区（嘉兴海盐县，浙江；文中又作“县开发区”“开发区”“该区”）。公司（均在开发区）：大宇标准件（又作“大宇标准件有限公司”）、新东方紧固件、豪能玻璃、中国航空工业标准件有限责任公司（大宇兼并重组引进）；亚威朗光电、艾迪西暖通器材在项目列举中，列为可选公司。项目：亚威朗光电、艾迪西暖通器材、MOCVD设备研发制造、久燃甲醇汽油、展硕LCD液晶屏模块（“引进和投产”并举，状态不记）。事实：2010年规上工业总产值93亿元、全部工业产值102亿元、增长31%；零耗地项目9个、总投资2.7亿元；2004年工业总产值24亿元（可选）；已开发10.13平方公里；累计项目121个；2010年新开工19个、新竣工17个；规上企业94家、亿元以上企业15家。",
  "vu06"),
 parks=[
  park(HY, "嘉兴", "浙江", "经济开发区", "实现了“十一五”期间把海盐经济开发区打造成环杭州湾先进临港产业基地的蓝图", district="海盐县",
       note="文中又作“县开发区”“开发区”"),
 ],
 companies=[
  comp("大宇标准件有限公司", HY, F3, aliases=["大宇标准件"]),
  comp("新东方紧固件", HY, F2),
  comp("豪能玻璃", HY, F2),
  comp("中国航空工业标准件有限责任公司", HY, F3, note="由大宇标准件兼并重组引进"),
  comp("亚威朗光电", HY, F5, opt=True, note="只在项目列举中"),
  comp("艾迪西暖通器材", HY, F5, opt=True, note="只在项目列举中"),
 ],
 projects=[
  proj("亚威朗光电", HY, F5, note="“引进和投产”，状态不记"),
  proj("艾迪西暖通器材", HY, F5, note="同上"),
  proj("MOCVD设备研发制造", HY, F5, note="同上"),
  proj("久燃甲醇汽油", HY, F5, note="同上"),
  proj("展硕LCD液晶屏模块", HY, F5, note="同上"),
 ],
 aggregate_facts=[
  fact(HY, "park", "above_scale_industrial_output_cny", 9.3e9, "cny", F0, "2010年", chk=True),
  fact(HY, "park", "industrial_output_cny", 1.02e10, "cny", "全部工业产值达到102亿元,同比增长31%", "2010年", chk=True),
  fact(HY, "park", "industrial_output_yoy_growth", 0.31, "ratio", "全部工业产值达到102亿元,同比增长31%", "2010年", kind="ratio"),
  fact(HY, "park", "zero_land_projects", 9, "count", F1, "2010年"),
  fact(HY, "park", "zero_land_projects_investment_cny", 2.7e8, "cny", F1, "2010年", chk=True),
  fact(HY, "park", "industrial_output_cny", 2.4e9, "cny", "据了解,2004年该开发区工业总产值只有24亿元", "2004年", opt=True, chk=True),
  fact(HY, "park", "developed_area_km2", 10.13, "km2", F4, "2011年1月"),
  fact(HY, "park", "projects_attracted", 121, "count", F4, "2011年1月", kind="cumulative", note="累计引进内外资项目"),
  fact(HY, "park", "projects_started", 19, "count", F4, "2010年"),
  fact(HY, "park", "projects_completed", 17, "count", F4, "2010年"),
  fact(HY, "park", "above_scale_firms", 94, "count", F6, "2010年末"),
  fact(HY, "park", "firms_output_over_100m", 15, "count", F6, "2010年末", note="亿元以上企业"),
 ])

# ---------------------------------------------------------------- vu07 金西开发区 (婺城新闻网 2012)
JXK = "金西开发区"
H0 = "先后引进190多家企业,投资规模达150亿,更有中石油、伊利、蒙牛、中国五矿、三一重工、大连佐源、尖峰药业、宁波热电等一批国内外500强及知名龙头企业相继签约落户金西"
H1 = "把171平方公里金西土地统筹划分为产业集聚区、商贸人居新城区、现代农业观光区和生态旅游区四大功能区块"
H2 = "开发区还先后引进了九峰温泉体验馆、九峰水上乐园等一批助推旅游产业的优好项目"
G["vu07"] = dict(
 article=art("（无标题）金华市委政研室调研组到金西开发区调研", "婺城新闻网（jhwcw.zjol.com.cn，浙江在线金华婺城频道）；存段无标题、无署名", "2012-09-19", "day",
  "County-district news site's short item, Zhejiang: a city research group's visit to a development zone — the zone's area and four functional blocks, firms attracted and investment scale, eight named big firms signed and settled, public and tourism projects",
  "https://jhwcw.zjol.com.cn/wcnews/system/2012/09/19/015503223.shtml",
  "日期取自网址（2012/09/19）；存段无标题，标题为概括（无标题）；新闻热线与站内搜索行已删。正文四段，完整。园区：金西开发区（金华婺城区，浙江；文中又作“开发区”“园区”“金西”）。“产业集聚区”为开发区内功能区块之泛称，不列。公司（签约落户金西）：中石油、伊利、蒙牛、中国五矿、三一重工、大连佐源、尖峰药业、宁波热电。项目：九峰温泉体验馆、九峰水上乐园（“引进”，无状态，可选）。事实：171平方公里（金西土地）；引进190多家企业（cumulative，余）；投资规模150亿（原文无“元”字；记作人民币150亿元，metric 不带 _cny 后缀以免误作带“元”金额）。机构：金华市委政研室（可选）、金西开发区管委会（可选）。",
  "vu07"),
 parks=[
  park(JXK, "金华", "浙江", "开发区", "近日,金华市委政研室调研组一行到金西开发区考察开发建设和园区新型城市化建设情况", district="婺城区",
       note="文中又作“开发区”“园区”“金西”"),
 ],
 companies=[
  comp("中石油", JXK, H0), comp("伊利", JXK, H0), comp("蒙牛", JXK, H0), comp("中国五矿", JXK, H0),
  comp("三一重工", JXK, H0), comp("大连佐源", JXK, H0), comp("尖峰药业", JXK, H0), comp("宁波热电", JXK, H0),
 ],
 institutions=[
  inst("金华市委政研室", "近日,金华市委政研室调研组一行到金西开发区考察开发建设和园区新型城市化建设情况"),
  inst("金西开发区管委会", "金西开发区管委会相关领导以及建设环保局、规划分局、组织人事劳动局负责人陪同调研", park=JXK),
 ],
 projects=[
  proj("九峰温泉体验馆", JXK, H2, opt=True, note="引进，无状态"),
  proj("九峰水上乐园", JXK, H2, opt=True, note="引进，无状态"),
 ],
 aggregate_facts=[
  fact(JXK, "park", "area_km2", 171, "km2", H1, "2012年9月"),
  fact(JXK, "park", "firms_attracted", 190, "count", "先后引进190多家企业", "2012年9月", kind="cumulative", qual="余", qtext="多"),
  fact(JXK, "park", "investment_scale", 1.5e10, "cny", "先后引进190多家企业,投资规模达150亿", "2012年9月", kind="cumulative",
       note="原文“150亿”无“元”字"),
 ])

# ---------------------------------------------------------------- vu08 温州高新区晋级“国字号” (前瞻网 2012)
WZ = "温州高新技术产业开发区"
K0 = "温州高新技术产业开发区总规划面积25平方公里,西接温州行政中心区、南靠温州生态园、北临瓯江、东邻龙湾城市中心区"
K1 = "涵盖两个园区:东园为原温州工业园区,面积4.42平方公里;西园为原温州经济技术开发区状蒲片和温州农业对外综合开发区,面积20.23平方公里"
K2 = "此外,温州博纳激光科技有限公司等5家高端激光与光电产业项目和中科院上海技术转移中心温州分中心等4个国字号科研机构也已相继入驻高新区"
K3 = "到2015年国内生产总值达173.8亿元,年均增长10%,财政总收入达26.48亿元,年均增长10%"
G["vu08"] = dict(
 article=art("温州高新区晋级“国字号” 产值年均增长10%", "前瞻网（qianzhan.com，产业集群频道；责任编辑 QZ080）", "2012-08-30", "day",
  "Industry-research portal's business news item, Zhejiang: a city high-tech zone upgraded to national level — its area and two sub-parks (former parks merged in), firms and innovation platforms, a laser firm and research institutes settled, three leading industries and 2015 GDP and fiscal targets",
  "https://www.qianzhan.com/cluster/detail/178/120830-2117abf6.html",
  "日期取页面“2012-08-30 15:59:14 … 来源:前瞻网”（页头“2024年5月19日”为抓取日，已删）。标题照录；“前瞻网摘要:”标签与广告词“企查猫”已删；末段“有关人士说,…一些产业集群项目”在存段中中断，整段未收，正文五段。园区：温州高新技术产业开发区（标题作“温州高新区”，文中又作“高新区”；温州，浙江；东园、西园为其分园，不另列）；温州生态园（相邻园区）；原温州工业园区、原温州经济技术开发区（状蒲片）、温州农业对外综合开发区（并入高新区的原园区，可选）；温州科技城（核心区在高新区，可选）。公司：温州博纳激光科技有限公司（入驻高新区）。机构：中科院上海技术转移中心温州分中心（科研机构，入驻高新区）；温州高新技术产业开发区管委会（可选）。事实：总规划面积25平方公里；东园4.42、西园20.23平方公里（可选）；企业2000多家（余）；5家激光与光电项目、4个国字号科研机构（可选）；到2015年GDP 173.8亿元、财政总收入26.48亿元、年均增长10%（target）。",
  "vu08"),
 parks=[
  park(WZ, "温州", "浙江", "国家级高新区", "近日获国务院批准,升级为国家级高新技术产业开发区", aliases=["温州高新区"], note="文中又作“高新区”"),
  park("温州生态园", "温州", "浙江", "生态园", K0, note="与高新区相邻"),
  park("温州工业园区", "温州", "浙江", "工业园区", K1, parent=WZ, opt=True, note="“原温州工业园区”，今为高新区东园"),
  park("温州经济技术开发区", "温州", "浙江", "经济技术开发区", K1, opt=True, note="“原温州经济技术开发区状蒲片”并入高新区西园"),
  park("温州农业对外综合开发区", "温州", "浙江", "农业开发区", K1, parent=WZ, opt=True, note="并入高新区西园"),
  park("温州科技城", "温州", "浙江", "科技城", "温州科技城核心区", opt=True, note="核心区在高新区"),
 ],
 companies=[
  comp("温州博纳激光科技有限公司", WZ, K2, note="高端激光与光电产业项目，入驻高新区"),
 ],
 institutions=[
  inst("中科院上海技术转移中心温州分中心", K2, kind="research", park=WZ, opt=False, note="国字号科研机构，入驻高新区"),
  inst("温州高新技术产业开发区管委会", "并于去年5月挂牌成立了温州高新技术产业开发区管委会", park=WZ),
 ],
 aggregate_facts=[
  fact(WZ, "park", "planned_area_km2", 25, "km2", K0, "2012年8月"),
  fact(WZ, "park", "east_park_area_km2", 4.42, "km2", K1, "2012年8月", opt=True),
  fact(WZ, "park", "west_park_area_km2", 20.23, "km2", K1, "2012年8月", opt=True),
  fact(WZ, "park", "firms", 2000, "count", "目前,高新区共有2000多家企业", "2012年8月", kind="cumulative", qual="余", qtext="多"),
  fact(WZ, "park", "laser_projects_settled", 5, "count", K2, "2012年8月", kind="cumulative", opt=True),
  fact(WZ, "park", "national_research_institutions", 4, "count", K2, "2012年8月", kind="cumulative", opt=True),
  fact(WZ, "park", "gdp_cny", 1.738e10, "cny", K3, "2015年", kind="target", chk=True),
  fact(WZ, "park", "fiscal_revenue_cny", 2.648e9, "cny", "财政总收入达26.48亿元,年均增长10%", "2015年", kind="target", chk=True),
  fact(WZ, "park", "gdp_annual_growth", 0.10, "ratio", K3, "至2015年（年均）", kind="target"),
 ])
