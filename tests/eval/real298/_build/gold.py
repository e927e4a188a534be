# real298 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real52 (real28–real52): evidence verbatim (all eight items simplified script as published);
# names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money:
# yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth
# rates and shares as ratios. Projects: the park is the one the text places the project in, null if none. Status from the
# text's words (签订…投资协议 → 签约; 开工奠基 → 开工; 在实施 / 主体完成 / 封顶 / 正在施工 → 在建; planned starts → planned);
# a park-development project with no stage word gets no status. “预计” / “计划” figures are kind target; year-to-date and
# “累计” / “已完成投资” figures are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/qkNN.raw.


def s_between(start, end, nid=None):
    """verbatim text of the current item's .txt from the end of `start` through `end` (used to build one evidence string)."""
    import glob
    for f in sorted(glob.glob(os.path.join(D, "qk0*.txt"))):
        t = open(f, encoding="utf-8").read()
        i = t.find(start)
        if i >= 0:
            j = t.index(end, i)
            return t[i + len(start):j + len(end)]
    raise KeyError(start)

# ---------------------------------------------------------------- qk01 舟山港综合保税区 冷链物流基地签约 (cnffc 2014)
ZS = "舟山港综合保税区"
A0 = "日前,浙江华易旅业发展有限公司联合北京建设股份有限公司,与舟山港综合保税区管委会签订了10万吨级大型冷链物流基地项目投资协议"
A1 = "项目计划总投资4.8亿元人民币,预期年销售额70亿元人民币以上,年利税8000万元人民币。计划于2014年8月动工建设,两年内建成投产"
AP = A0 + s_between(A0, "项目计划总投资4.8亿元人民币")
G["qk01"] = dict(
 article=art("（无标题）舟山港综合保税区签订10万吨级大型冷链物流基地项目投资协议", "cnffc.cn（存段无站名、无署名；原发媒体未注明）", "2014-02-25", "day",
  "Cold-chain trade site, Zhejiang: two firms sign an investment agreement with a comprehensive bonded zone for a 100,000-tonne cold-chain logistics base — site area, storage built, total investment, expected sales and profit-tax, planned start and completion; the inspection bureau's port support",
  "https://cnffc.cn/news/201402/25/2540.html",
  "日期取网址 201402/25。存段无标题、无日期行（title 为编者概括），两段，完整。园区：舟山港综合保税区（舟山，浙江；文中又作“综保区”）。公司：浙江华易旅业发展有限公司、北京建设股份有限公司（投资方，与综保区管委会签约；项目在综保区，公司 park 记综保区）。项目：10万吨级大型冷链物流基地项目——签订投资协议→签约；“计划总投资4.8亿元”；计划2014年8月动工、两年内建成投产（note）。事实：预期年销售额70亿元以上（超，target）、年利税8000万元（target），主体为项目；占地71亩（可选）。机构：舟山港综合保税区管委会、浙江舟山检验检疫局、国家质检总局（可选）。",
  "qk01"),
 parks=[
  park(ZS, "舟山", "浙江", "综合保税区", A0, aliases=["综保区"], note="文中又作“综保区”"),
 ],
 companies=[
  comp("浙江华易旅业发展有限公司", ZS, A0, note="投资方，与综保区管委会签约"),
  comp("北京建设股份有限公司", ZS, A0, note="联合投资方"),
 ],
 institutions=[
  inst("舟山港综合保税区管委会", A0, park=ZS, note="签约方"),
  inst("浙江舟山检验检疫局", "浙江舟山检验检疫局提前介入、现场指导", note="申请冰鲜水产品进口指定口岸"),
  inst("国家质检总局", "恰逢国家质检总局对冰鲜水产品进口的口岸能力建设有了新要求"),
 ],
 projects=[
  proj("10万吨级大型冷链物流基地项目", ZS, AP, companies=["浙江华易旅业发展有限公司", "北京建设股份有限公司"],
       inv="计划总投资4.8亿元", status="签约", status_text="签订了…项目投资协议", aliases=["10万吨级大型冷链物流基地"],
       note="签订投资协议；计划2014年8月动工建设，两年内建成投产"),
 ],
 aggregate_facts=[
  fact("10万吨级大型冷链物流基地项目", "project", "expected_annual_sales_cny", 7e9, "cny", "预期年销售额70亿元人民币以上", "建成后（预期）", kind="target", qual="超", qtext="以上", chk=True),
  fact("10万吨级大型冷链物流基地项目", "project", "expected_annual_profit_tax_cny", 8e7, "cny", "年利税8000万元人民币", "建成后（预期）", kind="target", chk=True),
  fact("10万吨级大型冷链物流基地项目", "project", "site_area_mu", 71, "mu", "总占地面积71亩", "2014年2月（签约时）", opt=True),
 ])

# ---------------------------------------------------------------- qk02 杭州青山湖科技城国际物流中心 (scswl 2014)
QS = "青山湖科技城"
B0 = "12月18日,杭州青山湖科技城国际物流中心项目一期4号仓库的5层完成浇筑工序,标志着该项目一期主体工程建设任务已全部完成"
B1 = "该项目位于青山湖科技城横畈产业区块内,建设用地270.6亩,建筑面积17.19万平方米,总投资4.29亿元,项目由浙江临安环球交通物流有限公司投资建设"
B2 = "二期工程占地149.1亩,将于2015年5月开工,用于建设电商物流、货运配载、仓储配送和海关商检等区块"
B3 = "三期工程占地38.5亩,拟于2016年4月动建,主要是物流商务、配套服务和附属工程的建设"
G["qk02"] = dict(
 article=art("（无标题）杭州青山湖科技城国际物流中心项目一期主体工程完成", "scswl.cn（存段无站名、无署名；原发媒体未注明）", "2014-12-23", "day",
  "Logistics trade site, Zhejiang: a logistics centre in a science-city park tops out its first phase — location in an industrial block, land, floor area, total investment, the investing firm, phase 1 start and hand-over, planned starts of phases 2 and 3",
  "http://www.scswl.cn/html/85/2014-12-23/content-111565.html",
  "日期取网址 2014-12-23；文中“12月18日”为浇筑完成日（2014年）。存段无标题、无日期行（title 为编者概括），三段，完整。园区：青山湖科技城（杭州临安，浙江）；“横畈产业区块”为其中区块，列可选园区（parent 青山湖科技城）。公司：浙江临安环球交通物流有限公司（投资建设方，在园）。项目：杭州青山湖科技城国际物流中心项目，总投资4.29亿元；一期主体工程完成（2014年8月30日破土，明年6月前交付）→在建；二期（2015年5月开工）、三期（2016年4月动建）为计划，列可选项目 status planned。事实：建设用地270.6亩、建筑面积17.19万平方米（项目）。",
  "qk02"),
 parks=[
  park(QS, "杭州", "浙江", "科技城", B1, district="临安", note="文中又作“杭州青山湖科技城”"),
  park("横畈产业区块", "杭州", "浙江", "产业区块", B1, district="临安", parent=QS, opt=True, note="项目所在区块"),
 ],
 companies=[
  comp("浙江临安环球交通物流有限公司", QS, B1, note="项目投资建设方"),
 ],
 projects=[
  proj("杭州青山湖科技城国际物流中心项目", QS, B1, companies=["浙江临安环球交通物流有限公司"], inv="总投资4.29亿元", status="在建",
       status_text="一期主体工程建设任务已全部完成", aliases=["物流中心项目", "青山湖科技城国际物流中心"],
       note="一期2014年8月30日破土动建、主体完成，明年6月前交付；二期、三期计划中"),
  proj("杭州青山湖科技城国际物流中心项目二期工程", QS, B2, phase="二期", status="planned", status_text="将于2015年5月开工", opt=True),
  proj("杭州青山湖科技城国际物流中心项目三期工程", QS, B3, phase="三期", status="planned", status_text="拟于2016年4月动建", opt=True),
 ],
 aggregate_facts=[
  fact("杭州青山湖科技城国际物流中心项目", "project", "site_area_mu", 270.6, "mu", B1, "2014年12月"),
  fact("杭州青山湖科技城国际物流中心项目", "project", "floor_area_m2", 1.719e5, "m2", "建筑面积17.19万平方米", "2014年12月", opt=True),
  fact("杭州青山湖科技城国际物流中心项目", "project", "phase1_floor_area_m2", 60360, "m2", "四幢建筑面积60360平方米", "2014年12月", opt=True),
 ])

# ---------------------------------------------------------------- qk03 海口综合保税区 中铁冷链 开工 (indodo / 南海网 2015)
HK = "海口综合保税区"
C0 = "6月14日,海南中铁保税冷链物流有限公司拟投资建设的中铁国际海南食品冷链中心项目开工奠基仪式在海口综合保税区园区内举行。项目总投资1.35亿元,预计明年5月份正式投运"
C1 = "该项目总建筑面积21374.2平方米,规划建设两座大型冷库,计容面积32481.2平方米,位于海口综合保税区内"
G["qk03"] = dict(
 article=art("投资1.35亿元的食品冷链项目海口综合保税区开工", "南海网（文末署“南海网”），载于 indodo.net（银多网）", "2015-07-13", "day",
  "Project-listing site relaying a provincial news portal, Hainan: a cold-chain firm starts its food cold-chain centre in a comprehensive bonded zone — investment, planned start of operation, floor area and cold stores, the zone official's comment",
  "http://indodo.net/News/1590.html",
  "日期取页面“发布时间:2015-7-13 18:28:00”；开工奠基为2015年6月14日。标题照录；站点菜单、发布时间行、“相关阅读”及页脚已删。正文三段，完整；首句“据银多网了解”为转载站改写，末尾“南海网”为来源署名，均照录。园区：海口综合保税区（海口，海南；文中又作“园区”“保税区”，“依托海口保税区政策优势”中的“海口保税区”按指同一综保区记 alias，存疑）。公司：海南中铁保税冷链物流有限公司（在园）。项目：中铁国际海南食品冷链中心项目（又作“中铁国际(海南)食品冷链中心”），开工奠基→开工，总投资1.35亿元，预计2016年5月投运。事实：总建筑面积21374.2平方米（可选）。机构：海口综合保税区管委会（可选）。",
  "qk03"),
 parks=[
  park(HK, "海口", "海南", "综合保税区", C0, aliases=["海口保税区"], note="文中又作“园区”“保税区”；“海口保税区”按同指记 alias"),
 ],
 companies=[
  comp("海南中铁保税冷链物流有限公司", HK, C0, note="项目投资建设方"),
 ],
 institutions=[
  inst("海口综合保税区管委会", "海口综合保税区管委会副主任王向东介绍", park=HK),
 ],
 projects=[
  proj("中铁国际海南食品冷链中心项目", HK, C0, companies=["海南中铁保税冷链物流有限公司"], inv="项目总投资1.35亿元", status="开工",
       status_text="开工奠基仪式", aliases=["中铁国际(海南)食品冷链中心", "食品冷链中心"], note="2015年6月14日开工奠基；预计2016年5月正式投运；园区内首个食品冷链中心"),
 ],
 aggregate_facts=[
  fact("中铁国际海南食品冷链中心项目", "project", "floor_area_m2", 21374.2, "m2", C1, "2015年6月", opt=True),
 ])

# ---------------------------------------------------------------- qk04 五师双河市冷链物流工业园 (cn156 / 中国青年网 2015)
JC = "荆楚工业园区"
LL = "中食五师双河市冷链物流工业园"
D0 = "近日,中食五师双河市冷链物流工业园项目现场建设一派火热。该项目作为五师重点项目和民生工程,自2015年6月26日奠基以来,各项建设进展顺利"
D1 = "中食五师双河市冷链物流工业园位于五师双河市荆楚工业园区东北角,项目规划用地922.74亩"
D2 = "总建筑面积为30万平方米,总投资15亿,建成后园区库存存量达12万吨(其中水果库存3万吨)"
G["qk04"] = dict(
 article=art("五师双河市冷链物流园建设进展顺利", "中国青年网（“来源:中国青年网”），载于 cn156.com（第一物流网）", "2015-10-13", "day",
  "Logistics portal relaying a national youth news site, Xinjiang (XPCC 5th Division): a cold-chain logistics industrial park project under construction in an industrial park — groundbreaking date, phase 1 progress, contractor's schedule, site, floor area, investment, storage capacity, jobs",
  "http://cn156.com/cms/guihua/59336.html",
  "日期取页面“日期:2015-10-13”。标题照录；站点标语、面包屑、来源行已删。存段末段“据悉,中食五师双河市冷链物流工业园是中食投资…其中一期年产值将达到20”在句中中断，整段删去，正文截至“…实现粮食的进口加工和食品出口”。”，共四段。园区：荆楚工业园区（五师双河市，新疆；兵团第五师）。项目：中食五师双河市冷链物流工业园（项目；文中又作“五师冷链物流园”“中食五师冷链物流园”），2015年6月26日奠基，一期厂房基础梁基本完成→在建；“总投资15亿”原文无“元”字：investment_text 照录，investment_cny 留空（unparsed，check_gold 不接受无“元”的金额）；实为15亿元，见 SOURCES。亦列为可选园区（parent 荆楚工业园区）。公司：华宸建设集团股份有限公司（承建方，可选，park null）。事实：规划用地922.74亩、总建筑面积30万平方米、库存12万吨、就业岗位3600多（可选）、一期建筑面积13.7万平方米（可选）。",
  "qk04"),
 parks=[
  park(JC, "双河", "新疆", "工业园区", D1, district="第五师", note="文中作“五师双河市荆楚工业园区”"),
  park(LL, "双河", "新疆", "冷链物流工业园", D1, district="第五师", parent=JC, opt=True, aliases=["五师冷链物流园", "中食五师冷链物流园"],
       note="本身是项目（又作“中食五师双河市冷链物流工业园项目”）"),
 ],
 companies=[
  comp("华宸建设集团股份有限公司", None, "华宸建设集团股份有限公司工程师万开俊说", kind="contractor", opt=True, note="承建方"),
 ],
 projects=[
  proj(LL, JC, D1 + s_between(D1, "总投资15亿"), inv="总投资15亿", unparsed=True, status="在建", status_text="自2015年6月26日奠基以来,各项建设进展顺利",
       aliases=["中食五师双河市冷链物流工业园项目", "五师冷链物流园", "中食五师冷链物流园"],
       note="2015年6月26日奠基，一期17栋厂房基础梁基本完成（状态证据见首段）；“总投资15亿”原文无“元”，investment_cny 留空（unparsed，如 real25 q04），应为 15亿元"),
 ],
 aggregate_facts=[
  fact(LL, "project", "site_area_mu", 922.74, "mu", D1, "2015年10月"),
  fact(LL, "project", "floor_area_m2", 3e5, "m2", D2, "2015年10月", opt=True),
  fact(LL, "project", "storage_capacity_t", 1.2e5, "t", D2, "建成后（规划）", kind="target", opt=True),
  fact(LL, "project", "phase1_floor_area_m2", 1.37e5, "m2", "一期建筑面积13.7万平方米的17栋厂房基础梁工作基本完成", "2015年10月", opt=True),
  fact(LL, "project", "jobs_expected", 3600, "count", "同时能为五师双河市的经济建设和繁荣提供3600多个就业岗位", "建成后（预期）", kind="target", qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- qk05 龙里 贵州快递物流园 / 万科综合物流园 观摩 (中国包装网 2016)
KD = "贵州快递物流园"
WK = "万科综合物流园"
E0 = "下午2:30分,观摩组驱车来到龙里贵州快递物流园万科综合物流园"
E1 = "万科综合物流园占地面积500亩,总投资10.5亿元,该项目是万科企业股份有限公司成立的第一家仓储物流公司"
E2 = "截止目前,该物流园一期建设已完成,二期已完成工程量的60%以上。已完成总投资8.4亿元"
E3 = "引进入驻了天地华宇、中铁物流、百世快递、中远物流、郑明冷链物流等8家企业,现有从业人员340人,预计2016年可实现营业收入1.5亿元以上,实现税收1000万元以上"
E4 = "在贵州万军包装产业园,观摩组看到了这里承接企业产品包装的发展方向。项目一期占地83亩,总投资1.5亿元,二期占地200亩,预计投资8亿元"
AS5 = "2016年5月"
G["qk05"] = dict(
 article=art("（无标题）黔南州2016年第一次项目建设现场观摩会第二观摩组走进龙里：贵州快递物流园万科综合物流园、贵州万军包装产业园", "中国包装网（news.pack.cn，“【中国包装网讯】”；存段无标题、无署名）", "2016-05", "month",
  "Packaging-industry news site, Guizhou: a prefecture's project inspection tour in a county — a logistics park inside the county's express-logistics park with area, investment, phases, completed investment, firms entered, staff, expected revenue and tax; a packaging industrial park's two phases and output",
  "http://news.pack.cn/news-323225.html",
  "存段无标题、无日期行（title 为编者概括）。日期：观摩在“5月23日”，文中“‘十三五’开局之年”“黔南州2016年第一次项目建设现场观摩会”→2016年5月，发布日不详（month）。两行图片说明（“观摩组在万科综合物流园仓储车间了解情况”“万科综合物流园外景”）已删；导语“【中国包装网讯】”保留。正文五段，末句完整。园区：贵州快递物流园（黔南州龙里县，贵州；文中作“龙里贵州快递物流园”）；万科综合物流园（在贵州快递物流园内，parent），亦是项目：总投资10.5亿元，一期建成、二期完成工程量60%以上→在建；已完成总投资8.4亿元（cumulative）。入驻企业天地华宇、中铁物流、百世快递、中远物流、郑明冷链物流（park 万科综合物流园）。万科企业股份有限公司为投资方（可选，park null）；“第一家仓储物流公司”指该项目公司，名未写。贵州万军包装产业园：项目一期总投资1.5亿元（已有生产线、实现产值3亿元，文中无阶段词，status 空），二期预计投资8亿元（可选，planned）；园区未说属贵州快递物流园，park null，并列为可选园区。",
  "qk05"),
 parks=[
  park(KD, "黔南", "贵州", "物流园", E0, district="龙里县", aliases=["龙里贵州快递物流园"], note="“贵州乃至西南最大的快递物流园”"),
  park(WK, "黔南", "贵州", "物流园", E0, district="龙里县", parent=KD, note="亦为项目；文中又作“该物流园”"),
  park("贵州万军包装产业园", "黔南", "贵州", "产业园（包装）", E4, district="龙里县", opt=True, note="文中作项目描述"),
 ],
 companies=[
  comp("万科企业股份有限公司", None, E1, opt=True, note="万科综合物流园投资方"),
  comp("天地华宇", WK, E3), comp("中铁物流", WK, E3), comp("百世快递", WK, E3), comp("中远物流", WK, E3), comp("郑明冷链物流", WK, E3),
 ],
 projects=[
  proj(WK, KD, E1, companies=["万科企业股份有限公司"], inv="总投资10.5亿元", status="在建", status_text="一期建设已完成,二期已完成工程量的60%以上",
       note="一期建成、二期在建"),
  proj("贵州万军包装产业园一期", None, E4, phase="一期", inv="总投资1.5亿元", aliases=["贵州万军包装产业园"],
       note="已有卫生纸、面巾纸、纸箱生产线，实现产值3亿元；文中无阶段词"),
  proj("贵州万军包装产业园二期", None, E4, phase="二期", inv="预计投资8亿元", status="planned", status_text="预计投资", opt=True),
 ],
 aggregate_facts=[
  fact(WK, "project", "site_area_mu", 500, "mu", E1, AS5, opt=True),
  fact(WK, "project", "completed_investment_cny", 8.4e8, "cny", "已完成总投资8.4亿元", AS5, kind="cumulative", chk=True),
  fact(WK, "park", "firms", 8, "count", E3, AS5),
  fact(WK, "park", "employees", 340, "count", "现有从业人员340人", AS5, opt=True),
  fact(WK, "park", "revenue_cny", 1.5e8, "cny", "预计2016年可实现营业收入1.5亿元以上", "2016年全年（预计）", kind="target", qual="超", qtext="以上", chk=True),
  fact(WK, "park", "tax_cny", 1e7, "cny", "实现税收1000万元以上", "2016年全年（预计）", kind="target", qual="超", qtext="以上", chk=True),
  fact("贵州万军包装产业园", "project", "output_cny", 3e8, "cny", "实现产值3亿元", AS5, chk=True),
 ])

# ---------------------------------------------------------------- qk06 漳龙物流园区 首批企业入驻 (jctrans 2016)
ZL = "漳龙物流园区"
F0 = "6月30日,漳州新农商市场开发有限公司、漳州市纸质包材印刷行业产业集群、福建省鸿发物流有限公司等三十多家省内外企业正式入驻漳龙物流园区,首批入驻企业综合年营业额达10亿元以上"
F1 = "漳龙物流园区是国家及省、市重点项目,规划总用地1659亩,总投资30亿元"
F2 = "其中,一期规划用地面积495亩,计划投资9亿元。截至6月,园区一期已完成投资4.5亿元,完成已建部分招商87%,将于近期正式投入运营"
AS6 = "2016年6月"
G["qk06"] = dict(
 article=art("（无标题）三十多家企业入驻漳龙物流园区", "锦程物流网 info.jctrans.net 转载（记者 洪跃辉；原发媒体未注明）", "2016-07-12", "day",
  "Logistics portal relaying a city news item, Fujian: thirty-odd firms enter a logistics park — named firms, their combined annual turnover, the park's area and total investment, phase 1 plan and completed investment, leasing share, a vice-mayor's visit",
  "http://info.jctrans.net/news/yq/2016712256829.shtml",
  "日期取网址 2016712…（2016-07-12）；入驻为2016年6月30日。存段无标题、无日期行（title 为编者概括），四段加署名“(记者 洪跃辉)”，完整。园区：漳龙物流园区（漳州，福建）。公司：漳州新农商市场开发有限公司、福建省鸿发物流有限公司（入驻，在园）；“漳州市纸质包材印刷行业产业集群”非企业，列可选。项目：园区开发本身——“漳龙物流园区”总投资30亿元（无阶段词，status 空）；“一期”计划投资9亿元，已完成投资4.5亿元、将于近期投入运营→不作投产，status 空（note）。事实：入驻企业三十多家（余）、首批企业年营业额10亿元以上（超）、规划总用地1659亩、一期已完成投资4.5亿元（cumulative）、已建部分招商87%（可选）。",
  "qk06"),
 parks=[
  park(ZL, "漳州", "福建", "物流园区", F1, note="文中又作“园区”"),
 ],
 companies=[
  comp("漳州新农商市场开发有限公司", ZL, F0),
  comp("福建省鸿发物流有限公司", ZL, F0),
  comp("漳州市纸质包材印刷行业产业集群", ZL, F0, kind="cluster", opt=True, note="行业集群，非单一企业"),
 ],
 projects=[
  proj("漳龙物流园区", ZL, F1, inv="总投资30亿元", note="园区开发项目；国家及省、市重点项目；无阶段词"),
  proj("漳龙物流园区一期", ZL, F2, phase="一期", inv="计划投资9亿元", note="已完成投资4.5亿元，将于近期正式投入运营；无阶段词"),
 ],
 aggregate_facts=[
  fact(ZL, "park", "firms_entered", 30, "count", F0, AS6, qual="余", qtext="多"),
  fact(ZL, "park", "firms_annual_revenue_cny", 1e9, "cny", "首批入驻企业综合年营业额达10亿元以上", AS6, qual="超", qtext="以上", chk=True),
  fact(ZL, "park", "planned_area_mu", 1659, "mu", F1, AS6),
  fact(ZL, "park", "phase1_completed_investment_cny", 4.5e8, "cny", "截至6月,园区一期已完成投资4.5亿元", AS6, kind="cumulative", chk=True),
  fact(ZL, "park", "phase1_leased_share", 0.87, "ratio", "完成已建部分招商87%", AS6, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- qk07 江阴福州保税港区 利嘉国际物流园 (海峡网 / 福州晚报 2017)
JY = "江阴福州保税港区"
LJ = "利嘉国际物流园"
H0 = "利嘉国际物流园位于江阴福州保税港区高港路与港前路交界处,保税港区国际物流园海关监管区内,用地规模518亩,建筑面积约57万平方米"
H1 = "而港区后方总投资30亿元的利嘉国际物流园将被打造成为福建省规模最大、国内领先、国际一流的综合保税仓库"
H2 = "项目一期主楼已封顶,正在进行外墙装修"
H3 = "2017年计划投资5亿元,截至7月31日已累计完成投资35245万元,完成年度任务的70.49%,预计年底前有近10万平方米保税仓库建成并交付使用"
G["qk07"] = dict(
 article=art("（原标题）江阴利嘉国际物流园近10万平方米保税仓库拟年内启用", "福州晚报（记者 管澍 通讯员 陈友灿），经福州新闻网，载于海峡网 hxnews.com", "2017-08-17", "day",
  "Provincial portal relaying a city evening paper, Fujian: a bonded logistics park project in a bonded port zone — total investment, site and floor area, phase 1 topped out, the year's investment plan and completion to date, bonded warehouses due by year-end, full completion planned for 2020",
  "http://hxnews.com/news/fj/fz/201708/17/1285204.shtml",
  "日期取网址 201708/17 与“福州新闻网8月17日讯”。存段无页面标题，仅“原标题:江阴利嘉国际物流园近10万平方米保税仓库拟年内启用”一行（已删，记于 title 与 title_note）；面包屑、“分享”、“责任编辑:陈锦娜”及频道推荐已删。正文三段，完整。园区：江阴福州保税港区（福州福清江阴，福建；文中又作“保税港区”）；“保税港区国际物流园海关监管区”不另列；“平潭利嘉国际物流园”为集团另一园区，可选。项目：利嘉国际物流园（总投资30亿元；一期主楼已封顶、外墙装修→在建；计划2020年全面建成）。公司：利嘉集团（业主集团，可选，park null）。事实：用地518亩、建筑面积约57万平方米、2017年计划投资5亿元（target）、截至7月31日累计完成35245万元（cumulative）、完成年度任务70.49%（可选）、年底前近10万平方米保税仓库交付（target，约）。",
  "qk07", title_note="页面存段只有“原标题”行"),
 parks=[
  park(JY, "福州", "福建", "保税港区", H0, district="福清市", aliases=["保税港区"], note="文中又作“保税港区”；江阴港区后方"),
  park("平潭利嘉国际物流园", "福州", "福建", "物流园", "联动平潭利嘉国际物流园", district="平潭", opt=True, note="利嘉集团另一物流园"),
 ],
 companies=[
  comp("利嘉集团", None, "为利嘉集团开启“前店后仓”商业模式提供强有力的支撑", opt=True, note="项目业主所属集团（由语境推断）"),
 ],
 projects=[
  proj(LJ, JY, H1, companies=["利嘉集团"], inv="总投资30亿元", status="在建", status_text="项目一期主楼已封顶,正在进行外墙装修",
       note="“海上福州”重点项目、攻坚2017项目；计划2020年全面建成"),
 ],
 aggregate_facts=[
  fact(LJ, "project", "site_area_mu", 518, "mu", H0, "2017年8月"),
  fact(LJ, "project", "floor_area_m2", 5.7e5, "m2", H0, "2017年8月", qual="约", qtext="约", opt=True),
  fact(LJ, "project", "planned_annual_investment_cny", 5e8, "cny", "2017年计划投资5亿元", "2017年（计划）", kind="target", chk=True),
  fact(LJ, "project", "completed_investment_cny", 3.5245e8, "cny", "截至7月31日已累计完成投资35245万元", "2017年1月至7月31日", kind="cumulative", chk=True),
  fact(LJ, "project", "annual_plan_completion_share", 0.7049, "ratio", "完成年度任务的70.49%", "2017年7月31日", kind="ratio", opt=True),
  fact(LJ, "project", "bonded_warehouse_area_m2", 1e5, "m2", "预计年底前有近10万平方米保税仓库建成并交付使用", "2017年底（预计）", kind="target", qual="约", qtext="近", opt=True),
 ])

# ---------------------------------------------------------------- qk08 成都高新综保区 2019 (landbridge 2020)
CD = "成都高新综合保税区"
K0 = "2019年,成都高新综合保税区(下称成都高新综保区)进出口总额达3827亿元(不含双流园区),同比增长24%,占四川省外贸进出口总额的57%"
K1 = "2019年,成都高新综保区内有6个新增投资项目在实施,包括英特尔骏马项目、宇芯生产线改造和三期新厂建设项目、芯源系统(MPS)增资和研发中心项目、莫仕扩产项目等,签约投资额达到30亿美元左右"
K2 = "截至目前,成都高新综保区入驻企业近40家,其中加工贸易企业20余家,从业人员近10万人"
K3 = "园区聚集了英特尔、德州仪器、戴尔、富士康、莫仕连接器等高端制造企业"
AS8 = "2019年"
G["qk08"] = dict(
 article=art("成都高新综保区进出口总额连续21个月居全国首位", "landbridge.com（Landbridge平台，大陆桥物流联盟公共信息平台；原发媒体与署名未注明）", "2020-02-06", "day",
  "Logistics-alliance portal, Sichuan: a comprehensive bonded zone's 2019 figures — trade value and growth, share of the province, approval history and area, six new investment projects in progress with their signed sum, above-scale output, firms and workforce, anchor firms",
  "http://landbridge.com/yaowen/2020-02-06/82473.html",
  "日期取页面“2020-02-06 11:00:12”。标题照录；“Landbridge平台”与日期行已删。存段末段“同时,苹果、戴尔…目前,园区”在句中中断，整段删去，正文截至“…较为完整的集成电路产业链。”，共五段。园区：成都高新综合保税区（又作“成都高新综保区”“综保区”“园区”；成都，四川）；成都高新区列可选母园区；“双流园区”（进出口额不含）列可选园区，parent 综保区（由语境推断）。项目：英特尔骏马项目、宇芯生产线改造和三期新厂建设项目、芯源系统(MPS)增资和研发中心项目、莫仕扩产项目——“在实施”→在建；无单项金额，合计“签约投资额达到30亿美元左右”为美元事实（约）。公司：英特尔、德州仪器、戴尔、富士康、莫仕连接器（在园）；宇芯、芯源系统(MPS) 只在项目名中（可选）。事实：进出口总额3827亿元、增长24%、占全省57%（可选）、规划面积4.68平方公里、新增项目6个、规上企业产值2760亿元、增长17.5%、入驻企业近40家（约）、加工贸易企业20余家（余）、从业人员近10万人（约，可选）。机构：成都高新区电子信息产业发展局（可选）。",
  "qk08"),
 parks=[
  park(CD, "成都", "四川", "综合保税区", K0, aliases=["成都高新综保区"], parent="成都高新区", note="2010年10月由成都出口加工区、成都保税物流中心整合扩展设立"),
  park("成都高新区", "成都", "四川", "高新区", "近几年成都高新区加快推进电子信息产业功能区建设,以成都高新综保区为核心区域", opt=True),
  park("双流园区", "成都", "四川", "综合保税区园区", K0, district="双流区", parent=CD, opt=True, note="进出口总额不含双流园区；归属由语境推断"),
 ],
 companies=[
  comp("英特尔", CD, K3), comp("德州仪器", CD, K3), comp("戴尔", CD, K3), comp("富士康", CD, K3),
  comp("莫仕连接器", CD, K3, aliases=["莫仕"]),
  comp("宇芯", CD, K1, opt=True, note="只在项目名中"),
  comp("芯源系统(MPS)", CD, K1, aliases=["芯源系统", "MPS"], opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("成都高新区电子信息产业发展局", "记者近日从成都高新区电子信息产业发展局获悉"),
 ],
 projects=[
  proj("英特尔骏马项目", CD, K1, companies=["英特尔"], status="在建", status_text="在实施"),
  proj("宇芯生产线改造和三期新厂建设项目", CD, K1, companies=["宇芯"], phase="三期", status="在建", status_text="在实施"),
  proj("芯源系统(MPS)增资和研发中心项目", CD, K1, companies=["芯源系统(MPS)"], status="在建", status_text="在实施"),
  proj("莫仕扩产项目", CD, K1, companies=["莫仕连接器"], status="在建", status_text="在实施"),
 ],
 aggregate_facts=[
  fact(CD, "park", "imports_exports_cny", 3.827e11, "cny", K0, AS8, chk=True, note="不含双流园区"),
  fact(CD, "park", "imports_exports_yoy_growth", 0.24, "ratio", K0, AS8, kind="ratio"),
  fact(CD, "park", "share_of_province_trade", 0.57, "ratio", K0, AS8, kind="ratio", opt=True),
  fact(CD, "park", "planned_area_km2", 4.68, "km2", "整合扩展设立成都高新综保区,规划面积4.68平方公里", "2010年10月（设立时）"),
  fact(CD, "park", "projects_in_progress", 6, "count", K1, AS8, note="新增投资项目在实施"),
  fact(CD, "park", "signed_investment_usd", 3e9, "usd", K1, AS8, qual="约", qtext="左右"),
  fact(CD, "park", "above_scale_output_cny", 2.76e11, "cny", "2019年,成都高新综保区规模以上企业产值2760亿元,同比增长17.5%", AS8, chk=True),
  fact(CD, "park", "above_scale_output_yoy_growth", 0.175, "ratio", "规模以上企业产值2760亿元,同比增长17.5%", AS8, kind="ratio"),
  fact(CD, "park", "firms", 40, "count", K2, "2020年初", qual="约", qtext="近"),
  fact(CD, "park", "processing_trade_firms", 20, "count", K2, "2020年初", qual="余", qtext="余", opt=True),
  fact(CD, "park", "employees", 1e5, "count", K2, "2020年初", qual="约", qtext="近", opt=True),
 ])
