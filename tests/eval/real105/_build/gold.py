# real105 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all nine items simplified script as published); names as written in the
# text at first mention; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth rates and
# shares as ratios (13% → 0.13). Projects: the park is the one the text places the project in; a park-development project
# whose park has no parent in the text gets park null (as real100 xr07 / real56 zz04). Status from the text's words
# (奠基 → 开工; 动工 → 开工; 开工项目 → 开工; 建设提速 / 如火如荼 / 明年可建成投产 → 在建; 竣工投用 → 竣工; 正式投产 → 投产).
# Figures of a completed period (2011年, 一季度, 前三季度) are kind reported; running totals (截至目前, 截至4月底, 目前已引进)
# are cumulative; “预计” / “建成后” / “达产后” figures are target. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/xwNN.raw as returned.

# ---------------------------------------------------------------- xw01 龙岩经济开发区 2011一季度 (tpjwww relay)
LY = "龙岩经济开发区"
A0 = "4月6日,记者从龙岩经济开发区管委会了解到,2011年一季度开发区累计完成工业产值32.6亿元,同比增长13%"
A1 = "1-3月份龙工完成装载机销量10645辆,实现工业产值11.45亿元,完成年计划的22%"
A2 = "龙工液压1-3月份,完成工业产值9790万元,同比增长134%"
A3 = "畅丰车桥(中国)有限公司自2010年上市以来,呈现出良好的发展态势,2011年1-3月份,完成工业产值5.45亿元,同比增长24%"
AQ = "2011年一季度"
G["xw01"] = dict(
 article=art("（无标题）龙岩经济开发区2011年一季度工业产值32.6亿元 机械产业龙头企业产值增长", "tpjwww.com（站名与原发媒体、署名存段未示）", "2011-04", "month",
  "Relay of a local news item, Fujian: a provincial economic development zone's first-quarter figures — industrial output, above-scale output and the machinery industry with growth rates — and three named machinery firms with their quarter's output, sales and growth",
  "http://tpjwww.com/news/show-4146.html",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“4月6日,记者从龙岩经济开发区管委会了解到,2011年一季度…”，记 2011-04（month）；原发媒体未注明。正文两段，完整。园区：龙岩经济开发区（龙岩市，福建；文中又作“开发区”；2012年升级为龙岩经济技术开发区——文中未说，不列 alias）。公司：龙工机械（文中又作“龙工”）、龙工液压、畅丰车桥(中国)有限公司——段落以“作为机械产业的龙头企业”承接开发区的机械产业，园区由语境推定为龙岩经济开发区。事实：开发区一季度工业产值32.6亿元（+13%）、规上工业产值31.9亿元（+29%）、机械产业产值28.26亿元（+25%）；龙工装载机销量10645辆、产值11.45亿元、完成年计划22%；龙工液压产值9790万元（+134%）；畅丰车桥产值5.45亿元（+24%）。“累计完成”指一季度合计，已结束的季度记 reported。龙岩经济开发区管委会列可选机构。",
  "xw01"),
 parks=[
  park(LY, "龙岩", "福建", "经济开发区", A0, note="文中又作“开发区”；一季度数据来源为其管委会"),
 ],
 companies=[
  comp("龙工机械", LY, "作为机械产业的龙头企业龙工机械发展形势喜人", aliases=["龙工"], note="园区由语境推定（开发区机械产业龙头企业）"),
  comp("龙工液压", LY, A2, note="园区由语境推定"),
  comp("畅丰车桥(中国)有限公司", LY, A3, note="园区由语境推定；2010年上市"),
 ],
 institutions=[
  inst("龙岩经济开发区管委会", A0, note="消息来源"),
 ],
 projects=[],
 aggregate_facts=[
  fact(LY, "park", "industrial_output_cny", 3.26e9, "cny", "2011年一季度开发区累计完成工业产值32.6亿元,同比增长13%", AQ, chk=True),
  fact(LY, "park", "industrial_output_yoy_growth", 0.13, "ratio", "2011年一季度开发区累计完成工业产值32.6亿元,同比增长13%", AQ, kind="ratio"),
  fact(LY, "park", "industrial_output_above_scale_cny", 3.19e9, "cny", "其中规模以上工业产值31.9亿元,同比增长29%", AQ, chk=True),
  fact(LY, "park", "industrial_output_above_scale_yoy_growth", 0.29, "ratio", "其中规模以上工业产值31.9亿元,同比增长29%", AQ, kind="ratio"),
  fact(LY, "park", "machinery_industry_output_cny", 2.826e9, "cny", "完成工业产值28.26亿元,同比增长25%", AQ, chk=True, note="机械产业"),
  fact(LY, "park", "machinery_industry_output_yoy_growth", 0.25, "ratio", "完成工业产值28.26亿元,同比增长25%", AQ, kind="ratio", opt=True),
  fact("龙工机械", "company", "loader_sales_units", 10645, "units", A1, AQ, note="装载机销量（辆）"),
  fact("龙工机械", "company", "industrial_output_cny", 1.145e9, "cny", A1, AQ, chk=True),
  fact("龙工机械", "company", "annual_plan_completion", 0.22, "ratio", A1, AQ, kind="ratio", opt=True),
  fact("龙工液压", "company", "industrial_output_cny", 9.79e7, "cny", A2, AQ, chk=True),
  fact("龙工液压", "company", "industrial_output_yoy_growth", 1.34, "ratio", A2, AQ, kind="ratio"),
  fact("畅丰车桥(中国)有限公司", "company", "industrial_output_cny", 5.45e8, "cny", "2011年1-3月份,完成工业产值5.45亿元,同比增长24%", AQ, chk=True),
  fact("畅丰车桥(中国)有限公司", "company", "industrial_output_yoy_growth", 0.24, "ratio", "2011年1-3月份,完成工业产值5.45亿元,同比增长24%", AQ, kind="ratio"),
 ])

# ---------------------------------------------------------------- xw02 莆田高新园区 2011 figures (莆田晚报 2012)
PT = "莆田高新园区"
B0 = "2011年,莆田高新园区工业总产值达312.05亿元,规模以上工业总值产值301.2亿元,贡献税收8.69亿元"
B1 = "新批外商投资项目6个,总投资额达3529万美元,实现出口创汇2.1亿美元"
B2 = "目前,莆田高新园区内共有各类工业企业339家,其中,规模以上企业139家,年产值超亿元企业63家"
G["xw02"] = dict(
 article=art("我市高新园区成绩斐然 连续6年位列省开发区十强", "莆田晚报（“晚报讯”；卓智鸿、王涵涵），载于 ptwbs.net（莆田晚报网，湄洲日报社主管页脚“中共莆田市委”）", "2012-07-10", "day",
  "City evening paper, Fujian: a city high-tech park's previous-year figures from the statistics bureau — industrial output, above-scale output, tax, fixed-asset investment, foreign projects approved and their investment in US dollars, exports — and its current firm counts",
  "http://www.ptwbs.net/news-813857.html",
  "日期取页面“【发布日期:2012-07-10】”；作者“卓智鸿 王涵涵”。标题照录；栏目行、发布日期行、“【关闭窗口】【打印本页】”与页脚已删。正文三段，完整。园区：莆田高新园区（莆田市，福建；标题与首句作“我市高新园区”；kind 记“高新园区”）。“连续6年位列省开发区十强”为排名说法，不计事实。2011年数据（reported，as_of 2011年）：工业总产值312.05亿元、规模以上工业总值产值301.2亿元（原文“总值产值”照录）、税收8.69亿元、固定资产投资26.7亿元、新批外商投资项目6个、其总投资额3529万美元（usd）、出口创汇2.1亿美元（usd）。“目前”企业数（as_of 2012年7月）：工业企业339家、规模以上139家、年产值超亿元63家。市统计局列可选机构。",
  "xw02"),
 parks=[
  park(PT, "莆田", "福建", "高新园区", B0, note="标题、首句作“我市高新园区”"),
 ],
 companies=[],
 institutions=[
  inst("市统计局", "据市统计局最新公布的数据显示", note="莆田市统计局（文中简称）"),
 ],
 projects=[],
 aggregate_facts=[
  fact(PT, "park", "industrial_output_cny", 3.1205e10, "cny", "2011年,莆田高新园区工业总产值达312.05亿元", "2011年", chk=True),
  fact(PT, "park", "industrial_output_above_scale_cny", 3.012e10, "cny", "规模以上工业总值产值301.2亿元", "2011年", chk=True),
  fact(PT, "park", "tax_revenue_cny", 8.69e8, "cny", "贡献税收8.69亿元", "2011年", chk=True),
  fact(PT, "park", "fixed_asset_investment_cny", 2.67e9, "cny", "完成固定资产投资26.7亿元", "2011年", chk=True),
  fact(PT, "park", "foreign_projects_approved", 6, "count", B1, "2011年", note="新批外商投资项目"),
  fact(PT, "park", "foreign_projects_investment_usd", 3.529e7, "usd", "总投资额达3529万美元", "2011年"),
  fact(PT, "park", "exports_usd", 2.1e8, "usd", "实现出口创汇2.1亿美元", "2011年"),
  fact(PT, "park", "firms", 339, "count", B2, "2012年7月", note="各类工业企业"),
  fact(PT, "park", "above_scale_firms", 139, "count", B2, "2012年7月"),
  fact(PT, "park", "firms_output_over_100m", 63, "count", B2, "2012年7月", note="年产值超亿元企业"),
 ])

# ---------------------------------------------------------------- xw03 泉州开发区 2013一季度 (泉州晚报 via 东南网)
QZ = "泉州开发区"
C0 = "今年第一季度,面对国内外复杂的经济形势,泉州开发区不负众望,再次写下一组激动人心的数字:地区生产总值23.63亿元,比增11.8%"
C1 = "全区40家亿元企业完成工业产值87.65亿元,比增17%"
C2 = "体育箱包、纺织服装、机电一体化、电子信息等四个支柱产业第一季度完成工业产值91亿元,占工业总产值的97.7%"
CQ = "2013年一季度"
G["xw03"] = dict(
 article=art("泉州开发区开局良好 将每寸土地功效发挥到最大", "泉州晚报，载于东南网泉州频道（qz.fjsen.com）", "2013-05-29", "day",
  "City evening paper on the provincial news portal, Fujian: an economic development zone's first-quarter figures — GDP, industrial output and fiscal revenue with growth, the zone's area, the output of its 40 firms above 100 million yuan and of its four pillar industries",
  "http://qz.fjsen.com/2013-05/29/content_11520237.htm",
  "日期取页面“qz.fjsen.com 2013-05-29 13:19 来源:泉州晚报”。标题照录；省委宣传部主管行、位置栏、日期来源行、“责任编辑:陈小妮”及页脚已删。首段为图片说明“构建产业转型发展平台…图为圣弗兰小镇创意产业园一角。”（页面所载，保留）。小标题“支柱产业撑起“一片天””保留为一段。存页至第二小节末（页面无更多正文；可能为分页长文的第一页），共四段。园区：泉州开发区（泉州市，福建；文中又作“开发区”“全区”；级别文中未说，kind 记“开发区”）；圣弗兰小镇创意产业园只见于图片说明，可选园区，母园区由语境推定。事实（as_of 2013年一季度，reported）：地区生产总值23.63亿元（+11.8%）、工业总产值96.7亿元（+16.2%）、财政总收入3.89亿元（+11.47%）；40家亿元企业产值87.65亿元（+17%）；四个支柱产业产值91亿元、占97.7%；面积9.5平方公里；开机率95%以上（可选）。",
  "xw03"),
 parks=[
  park(QZ, "泉州", "福建", "开发区", C0, note="文中又作“开发区”“全区”；面积9.5平方公里"),
  park("圣弗兰小镇创意产业园", "泉州", "福建", "创意产业园", "构建产业转型发展平台,大力发展生产性服务业。图为圣弗兰小镇创意产业园一角。", parent=QZ, opt=True,
       note="只见于图片说明；母园区由语境推定"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(QZ, "park", "gdp_cny", 2.363e9, "cny", "地区生产总值23.63亿元,比增11.8%", CQ, chk=True),
  fact(QZ, "park", "gdp_yoy_growth", 0.118, "ratio", "地区生产总值23.63亿元,比增11.8%", CQ, kind="ratio"),
  fact(QZ, "park", "industrial_output_cny", 9.67e9, "cny", "工业总产值96.7亿元,比增16.2%", CQ, chk=True),
  fact(QZ, "park", "industrial_output_yoy_growth", 0.162, "ratio", "工业总产值96.7亿元,比增16.2%", CQ, kind="ratio"),
  fact(QZ, "park", "fiscal_revenue_cny", 3.89e8, "cny", "财政总收入3.89亿元,比增11.47%", CQ, chk=True),
  fact(QZ, "park", "fiscal_revenue_yoy_growth", 0.1147, "ratio", "财政总收入3.89亿元,比增11.47%", CQ, kind="ratio"),
  fact(QZ, "park", "area_km2", 9.5, "km2", "一个面积仅有9.5平方公里的“弹丸之地”", "2013年5月"),
  fact(QZ, "park", "firms_output_over_100m", 40, "count", C1, CQ, note="亿元企业"),
  fact(QZ, "park", "output_of_firms_over_100m_cny", 8.765e9, "cny", "完成工业产值87.65亿元,比增17%", CQ, chk=True, note="40家亿元企业的工业产值"),
  fact(QZ, "park", "output_of_firms_over_100m_yoy_growth", 0.17, "ratio", "完成工业产值87.65亿元,比增17%", CQ, kind="ratio", opt=True),
  fact(QZ, "park", "pillar_industries_output_cny", 9.1e9, "cny", C2, CQ, chk=True, note="体育箱包、纺织服装、机电一体化、电子信息"),
  fact(QZ, "park", "pillar_industries_output_share", 0.977, "ratio", C2, CQ, kind="ratio", opt=True),
  fact(QZ, "park", "industrial_firms_operating_rate", 0.95, "ratio", "新年伊始,全区工业企业开机率即达到95%以上", "2013年初", kind="ratio", qual="超", qtext="以上", opt=True),
 ])

# ---------------------------------------------------------------- xw04 江阴经济开发区 (东南网 via 上海招商网 2013)
JY = "江阴经济开发区"
D0 = "截至目前,江阴经济开发区落地企业95家,签约项目100项,总投资1285亿元"
D1 = "已投产项目57项,在建项目21项,筹建项目22项"
D2 = "“东南电化、耀隆化工今年正式投产,天辰耀隆、中景石化科技园一期项目明年可建成投产,江阴化工新材料专区在第十三个五年规划中后期可望建成超千亿的临港产业集群。”"
D3 = "由福抗医药、福兴医药和海欣药业组成的医药产业"
D4 = "以中国化工集团(江阴)石化基地、中国软包装集团、东南电化、耀隆化工和己内酰胺项目为龙头组成的规划产值超千亿元的化工新材料产业"
D5 = "由和特供热、隆诚实业再生塑料工业园、濠锦化纤和联升新型墙材等组成的循环经济产业"
DS = "2013年（截至11月）"
G["xw04"] = dict(
 article=art("福清:千亿产业助推江阴开发区发展", "东南网（“来源:东南网”），载于上海招商网（zhaoshang-sh.com）", "2013-11-14", "day",
  "Investment-promotion portal relaying the provincial news portal, Fujian: a county-level economic development zone on a peninsula — firms landed, projects signed with total investment, projects in production / under construction / in preparation, named firms going into production this year and next, the zone's industries with their firms, and the year's industrial output and fixed-asset investment to September",
  "http://www.zhaoshang-sh.com/kfqxm/2013/11-14/1311141127DAK976ID7G8E76824AI1.html",
  "日期取页面“时间:2013-11-14 11:02:07 来源:东南网”。标题照录；站名、位置栏、时间来源行已删；小标题“千亿产业助推江阴开发区发展”保留为一段。存段在末段“化工新材料专区签”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…完成固定资产投资70.97亿元,比增31%;”（以分号结束，其前两分句完整），共五段。园区：江阴经济开发区（福州市福清市，福建；标题作“江阴开发区”）；江阴化工新材料专区（可选，母园区推定）；“江阴半岛”“福清江阴港区”“港区和保税港区”不列园区；隆诚实业再生塑料工业园为企业园区，可选。事实：落地企业95家、签约项目100项、总投资1285亿元（截至目前，cumulative）；已投产57项、在建21项、筹建22项（cumulative）；前三季度规上工业产值62.2亿元（+9%）、固定资产投资70.97亿元（+31%）（已结束的期间，reported）。首段“江阴半岛…落地企业已达95家…”与开发区数字相同，不另计。项目：东南电化、耀隆化工（“今年正式投产”→投产，企业名兼作项目名，如 real70 yn05）；天辰耀隆、中景石化科技园一期项目（“明年可建成投产”→在建）；己内酰胺项目（可选，无状态）。“超千亿”产业集群与“规划产值超千亿元”为规划数，不计事实。公司：文中列举的各产业企业均在开发区（园区由语境推定）；只在列举中出现者可选。中共福州市委宣传部列可选机构。",
  "xw04"),
 parks=[
  park(JY, "福州", "福建", "经济开发区", D0, district="福清市", aliases=["江阴开发区"], note="标题作“江阴开发区”；文中又作“开发区”"),
  park("江阴化工新材料专区", "福州", "福建", "化工专区", D2, district="福清市", parent=JY, opt=True, note="母园区由语境推定"),
  park("隆诚实业再生塑料工业园", "福州", "福建", "企业工业园", D5, district="福清市", parent=JY, opt=True, note="企业园区"),
 ],
 companies=[
  comp("东南电化", JY, D2, opt=True, note="企业名兼作项目名；今年正式投产"),
  comp("耀隆化工", JY, D2, opt=True, note="企业名兼作项目名；今年正式投产"),
  comp("天辰耀隆", JY, D2, opt=True, note="企业名兼作项目名；明年可建成投产"),
  comp("中景石化", JY, D2, opt=True, note="只在“中景石化科技园一期项目”中"),
  comp("福抗医药", JY, D3),
  comp("福兴医药", JY, D3),
  comp("海欣药业", JY, D3),
  comp("国电江阴电厂", JY, "以国电江阴电厂为龙头的电力能源产业"),
  comp("中国化工集团", JY, D4, opt=True, note="只在“中国化工集团(江阴)石化基地”中"),
  comp("中国软包装集团", JY, D4),
  comp("和特供热", JY, D5, opt=True),
  comp("隆诚实业", JY, D5, opt=True, note="只在“隆诚实业再生塑料工业园”中"),
  comp("濠锦化纤", JY, D5, opt=True),
  comp("联升新型墙材", JY, D5, opt=True),
 ],
 institutions=[
  inst("中共福州市委宣传部", "近日,记者从中共福州市委宣传部获悉", note="消息来源"),
 ],
 projects=[
  proj("东南电化", JY, D2, status="投产", status_text="今年正式投产", note="企业名兼作项目名"),
  proj("耀隆化工", JY, D2, status="投产", status_text="今年正式投产", note="企业名兼作项目名"),
  proj("天辰耀隆", JY, D2, status="在建", status_text="明年可建成投产", note="企业名兼作项目名"),
  proj("中景石化科技园一期项目", JY, D2, phase="一期", status="在建", status_text="明年可建成投产"),
  proj("己内酰胺项目", JY, D4, opt=True, note="化工新材料产业龙头之一；无状态"),
  proj("中国化工集团(江阴)石化基地", JY, D4, opt=True, note="化工新材料产业龙头之一；无状态"),
 ],
 aggregate_facts=[
  fact(JY, "park", "firms", 95, "count", D0, DS, kind="cumulative", note="落地企业"),
  fact(JY, "park", "projects_signed", 100, "count", D0, DS, kind="cumulative"),
  fact(JY, "park", "signed_investment_cny", 1.285e11, "cny", D0, DS, kind="cumulative", chk=True),
  fact(JY, "park", "projects_in_production", 57, "count", D1, DS, kind="cumulative"),
  fact(JY, "park", "projects_under_construction", 21, "count", D1, DS, kind="cumulative"),
  fact(JY, "park", "projects_in_preparation", 22, "count", D1, DS, kind="cumulative", note="筹建项目"),
  fact(JY, "park", "industrial_output_above_scale_cny", 6.22e9, "cny", "今年前三季度已完成规上工业产值62.2亿元,比增9%", "2013年1–9月", chk=True),
  fact(JY, "park", "industrial_output_above_scale_yoy_growth", 0.09, "ratio", "今年前三季度已完成规上工业产值62.2亿元,比增9%", "2013年1–9月", kind="ratio"),
  fact(JY, "park", "fixed_asset_investment_cny", 7.097e9, "cny", "完成固定资产投资70.97亿元,比增31%", "2013年1–9月", chk=True),
  fact(JY, "park", "fixed_asset_investment_yoy_growth", 0.31, "ratio", "完成固定资产投资70.97亿元,比增31%", "2013年1–9月", kind="ratio"),
 ])

# ---------------------------------------------------------------- xw05 福清元洪投资区 (福州晚报 via 福清侨乡报 / 东南网 2018)
YH = "福清元洪投资区"
FP = "元洪国际食品产业园"
E0 = "近日,国家发改委正式公布了2018年《中国开发区审核公告目录》,在这份报告中,福清元洪投资区再次被确认为国家级开发区"
E1 = "去年8月,一期项目的2300亩填方工程已完成,实现熟地招商,目前已引进20宗项目,总投资约186亿元"
E2 = "今年1月份开始,二期填方开始动工,目前已填10万方,二期4.83平方公里的报批工作也已进入尾声"
G["xw05"] = dict(
 article=art("福清元洪投资区重大项目进展迅速", "福州晚报（“福州晚报讯”），来源福清侨乡报，载于东南网福清频道（fq.fjsen.com）", "2018-03-20", "day",
  "City evening paper relayed by a county paper on the provincial portal, Fujian: a national-level investment zone reconfirmed in the 2018 catalogue — its international food industrial park under construction, phase 1 land filled and 20 projects introduced with their total investment, phase 2 filling begun and its area, a food project's site started",
  "http://fq.fjsen.com/2018-03-20/content_20842229.htm",
  "日期取页面“fq.fjsen.com 2018-03-20 08:57:49 来源:福清侨乡报”（正文作“福州晚报讯”）。标题照录；日期来源行已删。存段把全文放在一行（段落以空格相连），保留为一段、不拆分；行首“园区内的胜田食品项目场地已动工。”为图片说明，页面所载，保留。存段在“在园区配套方面,元洪码头泊位正在调整和改造升”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…六大产业功能区。”。园区：福清元洪投资区（首见名；文中又作“元洪投资区”“福州元洪投资区”；福州市福清市，福建；国家级开发区）；元洪国际食品产业园（文中又作“食品园”；母园区由语境推定为元洪投资区）。二期规划的码头物流园区等六个功能区不列园区。项目：元洪国际食品产业园项目（2016年启动建设，现“全面开花”→在建，园区记元洪投资区）；胜田食品项目（“场地已动工”→开工；图片说明中“园区内”，园区记元洪投资区，食品园亦可能）。事实：食品园一期已引进20宗项目、总投资约186亿元（cumulative，约）；一期填方2300亩已完成；二期报批面积4.83平方公里（可选）。机构：国家发改委、福州新区福清功能区管委会（可选）。王吓明等人名不列。",
  "xw05"),
 parks=[
  park(YH, "福州", "福建", "投资区（国家级开发区）", E0, district="福清市", aliases=["元洪投资区", "福州元洪投资区"],
       note="文中又作“元洪投资区”“福州元洪投资区”"),
  park(FP, "福州", "福建", "产业园（食品）", "2016年,元洪国际食品产业园项目启动建设", district="福清市", parent=YH, aliases=["食品园"],
       note="母园区由语境推定"),
 ],
 companies=[
  comp("胜田食品", YH, "园区内的胜田食品项目场地已动工", opt=True, note="只在项目名中（图片说明）"),
 ],
 institutions=[
  inst("国家发改委", E0),
  inst("福州新区福清功能区管委会", "2017年10月,福州新区福清功能区管委会成立", note="负责元洪投资区开发"),
 ],
 projects=[
  proj("元洪国际食品产业园项目", YH, "2016年,元洪国际食品产业园项目启动建设", status="在建", status_text="启动建设", note="2016年启动建设；一期填方完成、二期填方动工"),
  proj("胜田食品项目", YH, "园区内的胜田食品项目场地已动工", companies=["胜田食品"], status="开工", status_text="场地已动工", note="图片说明；园区记元洪投资区（或其食品园）"),
 ],
 aggregate_facts=[
  fact(FP, "park", "projects_introduced", 20, "count", E1, "2018年3月", kind="cumulative", note="食品园（一期）引进项目"),
  fact(FP, "park", "investment_attracted_cny", 1.86e10, "cny", "目前已引进20宗项目,总投资约186亿元", "2018年3月", kind="cumulative", qual="约", qtext="约", chk=True),
  fact(FP, "park", "phase1_land_filled_mu", 2300, "mu", E1, "2017年8月", opt=True),
  fact(FP, "park", "phase2_area_km2", 4.83, "km2", E2, "2018年3月", opt=True, note="报批面积"),
 ])

# ---------------------------------------------------------------- xw06 三都澳大黄鱼产业园奠基 (海峡风 2020)
DH = "中国宁德三都澳大黄鱼产业园"
F0 = "该项目建设用地总面积约869.21亩,总投资约48亿元,建筑总面积约91万平方米,建设期约6年"
G["xw06"] = dict(
 article=art("中国宁德三都澳大黄鱼产业园举行奠基仪式", "海峡风网（haixiafeng.com.cn；署名未示，编辑 bj001）", "2020-08-21", "day",
  "Regional news site, Fujian: groundbreaking of a marine-fisheries industrial park — builder and shareholders (provincial state-asset company, city transport investment group), land, investment, floor area and construction period",
  "http://www.haixiafeng.com.cn/2020/gundong_0821/85523.html",
  "日期取页面“2020-08-21 13:55:06 来源:海峡风”；奠基为2020年8月18日。标题照录；页脚、“分享到”“相关新闻”已删。正文三段，完整。园区：中国宁德三都澳大黄鱼产业园（文中又作“大黄鱼产业园”；宁德市，福建；区县文中未说）。项目：大黄鱼产业园项目（奠基→开工；总投资约48亿元，约；园区开发项目，母园区文中未给，park 记 null，如 real100 xr07）。公司：宁德海丝公司（园区建设单位）、省国资公司（股东方；福建省国有资产管理有限公司，文中简称）、宁德交投集团（股东方）、福建建工集团工程公司（一期参建单位，可选）、省建工集团（可选）——均为开发建设方，不在园内，park 记 null。事实：用地约869.21亩、建筑面积约91万平方米、建设期约6年（项目）。人名不列。",
  "xw06"),
 parks=[
  park(DH, "宁德", "福建", "产业园（大黄鱼/海洋经济）", "2020年8月18日上午,中国宁德三都澳大黄鱼产业园举行奠基仪式", aliases=["大黄鱼产业园"],
       note="文中又作“大黄鱼产业园”“园区”"),
 ],
 companies=[
  comp("宁德海丝公司", None, "仪式上,园区建设单位宁德海丝公司总经理韩辉对项目情况进行了介绍", note="园区建设单位"),
  comp("省国资公司", None, "也是省国资公司主动融入闽东北协同发展区建设的重要载体", note="股东方（文中简称）"),
  comp("宁德交投集团", None, "宁德交投集团副总经理兼宁德海丝公司副董事长张智瑜分别代表股东方致辞", note="股东方"),
  comp("福建建工集团工程公司", None, "一期项目参建单位代表福建建工集团工程公司总经理王辉就工程建设、工程质量作表态发言", opt=True, note="一期参建单位"),
  comp("省建工集团", None, "省建工集团党组成员、总工程师阮锦发等有关单位领导出席", opt=True),
 ],
 projects=[
  proj("大黄鱼产业园项目", None, F0, companies=["宁德海丝公司"], inv="总投资约48亿元", qual="约", qual_text="约", status="开工", status_text="奠基",
       note="省重点项目；省市区对接合作共同投资；园区开发项目，母园区未给"),
 ],
 aggregate_facts=[
  fact("大黄鱼产业园项目", "project", "site_area_mu", 869.21, "mu", F0, "2020年8月", qual="约", qtext="约"),
  fact("大黄鱼产业园项目", "project", "floor_area_m2", 910000, "m2", F0, "2020年8月", qual="约", qtext="约", opt=True),
  fact("大黄鱼产业园项目", "project", "construction_period_years", 6, "year", F0, "2020年8月", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- xw07 鸿锦产业园 (石狮日报 via 闽南网 2024)
HJ = "鸿锦产业园"
H0 = "鸿锦产业园项目规划总面积431亩,总投资30亿元,是我市纳入泉州“四个一批”项目库的园区"
H1 = "不久前,该园区新增美佳爽卫生用品、兴讯科技二期、鑫楷城针织面料、嘉辉针织服饰、宝卿泰织造、深宝新材料等6个开工项目,预计2025年产值可达50亿元"
G["xw07"] = dict(
 article=art("鸿锦产业园项目建设如火如荼", "石狮日报（周进文、李荣鑫），载于闽南网石狮频道（m.mnw.cn）", "2024-07-17", "day",
  "County-level city daily on a regional portal, Fujian: a textile industrial park under construction — planned area and total investment, six named projects started in it, expected output",
  "http://m.mnw.cn/shishi/news/2936850.html",
  "日期取页面“石狮日报 2024-07-17 16:37”。标题照录；“PC版”、位置栏、图片文件名与“频道推荐”已删；署名“(记者 周进文 李荣鑫)”在正文末，保留。正文三段，完整。园区：鸿锦产业园（石狮市，泉州，福建；“功能定位为高端智能纺织产业园区”；母园区文中未给）。项目：鸿锦产业园项目（建设“如火如荼”→在建；总投资30亿元；园区开发项目，park 记 null）；六个开工项目美佳爽卫生用品、兴讯科技二期、鑫楷城针织面料、嘉辉针织服饰、宝卿泰织造、深宝新材料（“新增…6个开工项目”→开工，园区鸿锦产业园；名称照录，多为企业简称兼项目名，不另列公司）。事实：规划总面积431亩、6个开工项目、预计2025年产值50亿元（target）。",
  "xw07"),
 parks=[
  park(HJ, "泉州", "福建", "产业园（纺织）", H0, district="石狮市", note="高端智能纺织产业园区；文中又作“该园区”"),
 ],
 companies=[],
 projects=[
  proj("鸿锦产业园项目", None, H0, inv="总投资30亿元", status="在建", status_text="项目建设如火如荼", note="园区开发项目；纳入泉州“四个一批”项目库"),
  proj("美佳爽卫生用品", HJ, H1, status="开工", status_text="新增…开工项目"),
  proj("兴讯科技二期", HJ, H1, phase="二期", status="开工", status_text="新增…开工项目"),
  proj("鑫楷城针织面料", HJ, H1, status="开工", status_text="新增…开工项目"),
  proj("嘉辉针织服饰", HJ, H1, status="开工", status_text="新增…开工项目"),
  proj("宝卿泰织造", HJ, H1, status="开工", status_text="新增…开工项目"),
  proj("深宝新材料", HJ, H1, status="开工", status_text="新增…开工项目"),
 ],
 aggregate_facts=[
  fact(HJ, "park", "planned_area_mu", 431, "mu", H0, "2024年7月"),
  fact(HJ, "park", "projects_started", 6, "count", H1, "2024年（至7月中旬）", note="不久前新增开工项目"),
  fact(HJ, "park", "expected_annual_output_cny", 5e9, "cny", "预计2025年产值可达50亿元", "2025年（预计）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- xw08 南翼高新区南安区域 (泉州晚报 2025)
NA = "南翼高新区南安区域"
LD = "联东U谷·南安半导体科技产业港"
K0 = "今年以来,南翼高新区南安区域持续推深做实“抓开放招商促项目落地”专项行动,推动高质量发展见行见效"
K1 = "截至4月底,已完成规上工业产值368.7亿元;新增签约招商项目30个、计划总投资114.8亿元;重点项目完成投资84.4亿元"
K2 = "作为福建省、泉州市两级重点项目,该项目于2021年11月开工,总投资超12亿元,占地约199亩,规划建筑面积约25万平方米"
K3 = "目前31家企业已投产,另有26家企业启动装修,预计下半年投产企业57家,争取投产率超80%"
KS = "2025年1–4月"
G["xw08"] = dict(
 article=art("（无标题）南翼高新区南安区域 截至4月底规上工业产值368.7亿元 联东U谷·南安半导体科技产业港竣工投用", "泉州晚报（融媒体记者 吴宗宝，通讯员 黄思炜、于淼），泉州晚报数字报 szb.qzwb.com", "2025-06-06", "day",
  "City evening paper's e-paper front-page feature (first part, continued on page 2), Fujian: the county part of a national high-tech zone — above-scale output, projects signed with planned investment and key-project investment to April; a semiconductor industrial estate completed, with its start date, investment, land, floor area, expected output and firms in production",
  "https://szb.qzwb.com/qzwb/pc/cons/202506/06/content_137737.html",
  "日期取网址 202506/06（数字报版面日）。存段无标题（title 为编者概括）；首段末的“□融媒体记者 吴宗宝”与下一行“通讯员 黄思炜 于淼”为署名，页面所载，保留；两行小标题“抢赛道铸链条”“点燃发展“源动力””各保留为一段。末尾转版提示“(下转第二版)”已删（make_txt.py LINE_SUFFIX），存段即止于此（第二版部分未存）。园区：南翼高新区南安区域（泉州南翼国家高新区的南安部分；泉州市南安市，福建；parent 南翼高新区，后者列可选）；联东U谷·南安半导体科技产业港（“高标准产业园区”，位于南安市石井镇，母园区由语境推定为南安区域）。项目：联东U谷·南安半导体科技产业港项目（2021年11月开工，“已全面竣工投用”→竣工；总投资超12亿元，超）。事实：南安区域截至4月底规上工业产值368.7亿元、新增签约项目30个、计划总投资114.8亿元、重点项目完成投资84.4亿元（cumulative）；产业港占地约199亩、规划建筑面积约25万平方米、达产后年产值超20亿元（target）、31家企业已投产、26家启动装修（可选）、预计下半年投产57家（target，可选）。“纳税超亿元”无数字金额，不计。联东U谷只在项目名中，可选公司。",
  "xw08"),
 parks=[
  park(NA, "泉州", "福建", "高新区（片区）", K0, district="南安市", parent="南翼高新区", note="泉州南翼国家高新区的南安区域"),
  park("南翼高新区", "泉州", "福建", "国家高新区", K0, opt=True, note="只在“南翼高新区南安区域”中"),
  park(LD, "泉州", "福建", "产业园（半导体）", "走进位于南安市石井镇成功大道南侧的联东U谷·南安半导体科技产业港项目现场", district="南安市", parent=NA,
       note="“高标准产业园区”；母园区由语境推定"),
 ],
 companies=[
  comp("联东U谷", NA, "走进位于南安市石井镇成功大道南侧的联东U谷·南安半导体科技产业港项目现场", opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("联东U谷·南安半导体科技产业港项目", NA, K2, inv="总投资超12亿元", qual="超", qual_text="超", status="竣工", status_text="已全面竣工投用",
       note="2021年11月开工；省、市两级重点项目；原文“该项目已全面竣工投用”在前一段"),
 ],
 aggregate_facts=[
  fact(NA, "park", "industrial_output_above_scale_cny", 3.687e10, "cny", "截至4月底,已完成规上工业产值368.7亿元", KS, kind="cumulative", chk=True),
  fact(NA, "park", "projects_signed", 30, "count", "新增签约招商项目30个、计划总投资114.8亿元", KS, kind="cumulative"),
  fact(NA, "park", "signed_investment_cny", 1.148e10, "cny", "计划总投资114.8亿元", KS, kind="cumulative", chk=True),
  fact(NA, "park", "investment_completed_cny", 8.44e9, "cny", "重点项目完成投资84.4亿元", KS, kind="cumulative", chk=True, note="重点项目"),
  fact("联东U谷·南安半导体科技产业港项目", "project", "site_area_mu", 199, "mu", K2, "2025年6月", qual="约", qtext="约"),
  fact("联东U谷·南安半导体科技产业港项目", "project", "floor_area_m2", 250000, "m2", K2, "2025年6月", qual="约", qtext="约", opt=True, note="规划建筑面积"),
  fact("联东U谷·南安半导体科技产业港项目", "project", "expected_annual_output_cny", 2e9, "cny", "达产后年产值超20亿元", "达产后（预期）", kind="target", qual="超", qtext="超", chk=True),
  fact(LD, "park", "firms_in_production", 31, "count", K3, "2025年6月"),
  fact(LD, "park", "firms_fitting_out", 26, "count", K3, "2025年6月", opt=True, note="启动装修"),
  fact(LD, "park", "firms_in_production", 57, "count", K3, "2025年下半年（预计）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- xw09 沙县沪明食品产业园 (今日沙县 2026)
SX = "沙县沪明食品产业园"
M0 = "沙县沪明食品产业园项目由上海鑫璟纳万企业管理有限公司投资建设,总投资10.3亿元,规划用地146.46亩,总建筑面积约16万平方米"
M1 = "项目建成后预计可引入50-70家生产型企业,20-30家办公型企业,带来超2000人就业岗位,实现年产值10亿元以上,纳税2500万元以上"
G["xw09"] = dict(
 article=art("【沪明情 向未来】沙县沪明食品产业园建设提速 基础施工稳步推进", "今日沙县（sxrmt.com，沙县区融媒体中心；作者、来源栏空）", "2026-02-10", "day",
  "District media centre's site, Fujian: a food industrial park under construction under Shanghai–Sanming pairing — investor, investment, land, floor area, planned functions, expected firms, jobs, output and tax, phase plan and topping-out target",
  "http://www.sxrmt.com/2026-02/10/content_2309799.htm",
  "日期取页面“2026-02-10 15:23:25”。标题照录（含栏目标“【沪明情 向未来】”）；站点菜单、举报电话行、日期作者行已删。存段末段“作为紧扣沙县小吃…助力三明高新区食品产业向规模化、规范化升级,更能深化沪明两地”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…工程部经理 徐元庆介绍。”，共五段；因此“三明高新区”不在 txt 中，园区不记母园区。园区：沙县沪明食品产业园（三明市沙县区，福建；“现代化食品产业园”）。项目：沙县沪明食品产业园项目（“建设提速 基础施工稳步推进”→在建；上海鑫璟纳万企业管理有限公司投资建设；总投资10.3亿元；园区开发项目，park 记 null）。事实：用地146.46亩、建筑面积约16万平方米、建成后年产值10亿元以上（超，target）、纳税2500万元以上（超，target）、就业超2000人（超，target）；引入企业“50-70家”“20-30家”为区间，不计；一期开发约35000平方米（可选）、计划6月一期封顶（不计）。",
  "xw09"),
 parks=[
  park(SX, "三明", "福建", "产业园（食品）", "连日来,沙县沪明食品产业园建设项目现场一片热火朝天", district="沙县区", note="现代化食品产业园；母园区在删去的末段中（三明高新区），txt 中无"),
 ],
 companies=[
  comp("上海鑫璟纳万企业管理有限公司", None, M0, note="投资建设方"),
 ],
 projects=[
  proj("沙县沪明食品产业园项目", None, M0, companies=["上海鑫璟纳万企业管理有限公司"], inv="总投资10.3亿元", status="在建", status_text="建设提速 基础施工稳步推进",
       aliases=["沙县沪明食品产业园建设项目"], note="园区开发项目；分三期建设；沪明对口合作标志性项目"),
 ],
 aggregate_facts=[
  fact("沙县沪明食品产业园项目", "project", "site_area_mu", 146.46, "mu", M0, "2026年2月"),
  fact("沙县沪明食品产业园项目", "project", "floor_area_m2", 160000, "m2", M0, "2026年2月", qual="约", qtext="约", opt=True),
  fact("沙县沪明食品产业园项目", "project", "expected_jobs", 2000, "count", M1, "建成后（预期）", kind="target", qual="超", qtext="超"),
  fact("沙县沪明食品产业园项目", "project", "expected_annual_output_cny", 1e9, "cny", "实现年产值10亿元以上,纳税2500万元以上", "建成后（预期）", kind="target", qual="超", qtext="以上", chk=True),
  fact("沙县沪明食品产业园项目", "project", "expected_annual_tax_cny", 2.5e7, "cny", "纳税2500万元以上", "建成后（预期）", kind="target", qual="超", qtext="以上", chk=True),
  fact("沙县沪明食品产业园项目", "project", "phase1_floor_area_m2", 35000, "m2", "目前一期开发约35000平方米", "2026年2月", qual="约", qtext="约", opt=True),
 ])
