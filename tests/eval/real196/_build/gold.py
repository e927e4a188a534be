# real196 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six simplified as published); names as written; 约/近 → 约, 超/超过 → 超,
# 余/多 → 余. Rankings are facts (metric *_rank, unit rank). Aggregates over groups of parks use subject_type park_group.
# Growth rates and shares as ratios. Sources are `search` (corpus pages) excerpts typed into _raw/pages/umNN.raw as returned.

# ---------------------------------------------------------------- um01 招商证券 产业园公募REITs分析 (报告厅 2021)
SK, SZ, ZJ = "蛇口网谷产业园", "苏州工业园区", "张江科学城"
E1 = "a.博时招商蛇口产业园REIT:底层资产位处蛇口网谷产业园,区位优势明显"
E2 = "b.东吴苏州工业园区产业园REIT:底层资产位处苏州工业产业园,基础设施完善"
E3 = "c.华安张江光大园REIT:底层资产位处张江科学城,地处长三角核心城市"
E0 = "我国国家级开发区超600 家,省级开发区超2000 家,各类产业园区超15000 家"
G["um01"] = dict(
 article=art("公用事业行业REITs系列研究:产业园公募REITs分析-20210530-招商证券-44页", "招商证券（撰写机构），报告摘要载于报告厅 baogaoting.com", "2021-05-30", "day",
  "Report-sharing site's abstract of a securities research report: the industrial-park market in figures and the first three industrial-park public REITs (underlying parks, occupancy, units, subscription multiples, issue prices)",
  "https://www.baogaoting.com/info/42485",
  "日期取页面“出版日期: 2021-05-30”（上架 2021-06-01）。标题为报告厅所列报告名。页面导航、二维码、标签行、大小/页数/上传者等元数据、“摘要:”、“展开>> 收起<<”与评论提示已删；摘要两段完整。园区：蛇口网谷产业园（深圳南山，广东）、苏州工业园区（文中写作“苏州工业产业园”，全称见基金名“东吴苏州工业园区产业园REIT”）、张江科学城（上海浦东）。基金：三只首批产业园公募REIT，各以其底层资产所在园区为 park；份额数（9亿份、5亿份）不是元金额，size_cny 留空。出租率、认购倍数、发行价为基金事实（subject_type fund）。全国开发区数量等为 park_group 事实。",
  "um01"),
 parks=[
  park(SK, "深圳", "广东", "产业园", E1, district="南山区"),
  park(SZ, "苏州", "江苏", "工业园区", E2, aliases=["苏州工业产业园"], note="文中单独写作“苏州工业产业园”；“苏州工业园区”只在基金名中"),
  park(ZJ, "上海", "上海", "科学城", E3, district="浦东新区"),
 ],
 companies=[],
 institutions=[inst("招商证券", "公用事业行业REITs系列研究:产业园公募REITs分析-20210530-招商证券-44页", kind="securities_firm", note="报告撰写机构（标题行）")],
 projects=[],
 funds=[
  fund("博时招商蛇口产业园REIT", SK, E1, note="首批产业园公募REIT；拟发行9亿份，发行价2.310元/份（规模未以元写出）"),
  fund("东吴苏州工业园区产业园REIT", SZ, E2, note="拟发行9亿份，发行价3.880元/份"),
  fund("华安张江光大园REIT", ZJ, E3, note="拟发行5亿份，发行价2.990元/份"),
 ],
 aggregate_facts=[
  fact("国家级开发区", "park_group", "parks_count", 600, "count", E0, "2021年（报告时）", qual="超", qtext="超"),
  fact("省级开发区", "park_group", "parks_count", 2000, "count", E0, "2021年（报告时）", qual="超", qtext="超"),
  fact("各类产业园区", "park_group", "parks_count", 15000, "count", E0, "2021年（报告时）", qual="超", qtext="超"),
  fact("经开区", "park_group", "east_share", 0.5, "ratio", "以经开区为例,截至2020 年末,东部地区占比约5 成", "2020年末", kind="ratio", qual="约", qtext="约", opt=True),
  fact("国家级高新区及经开区", "park_group", "gdp_share_national", 0.23, "ratio", "截至2019 年末,国家级高新区及经开区占全国GDP 总量的23%", "2019年末", kind="ratio"),
  fact("博时招商蛇口产业园REIT", "fund", "occupancy_rate", 0.90, "ratio", "2020 年平均出租率约90%", "2020年平均", kind="ratio", qual="约", qtext="约"),
  fact("博时招商蛇口产业园REIT", "fund", "units_to_issue", 9e8, "units", "REIT 拟发行9 亿份(另有3 亿并购贷)", "发行时", opt=True),
  fact("博时招商蛇口产业园REIT", "fund", "offline_subscription_multiple", 15.31, "times", "网下认购倍数15.31 倍", "发行时"),
  fact("博时招商蛇口产业园REIT", "fund", "issue_price_cny_per_unit", 2.31, "cny_per_unit", "发行价格2.310 元/份", "发行时"),
  fact("东吴苏州工业园区产业园REIT", "fund", "occupancy_rate", 0.80, "ratio", "2020年平均出租率约80%", "2020年平均", kind="ratio", qual="约", qtext="约"),
  fact("东吴苏州工业园区产业园REIT", "fund", "units_to_issue", 9e8, "units", "REIT 拟发行9 亿份,网下认购倍数3.613 倍", "发行时", opt=True),
  fact("东吴苏州工业园区产业园REIT", "fund", "offline_subscription_multiple", 3.613, "times", "网下认购倍数3.613 倍", "发行时"),
  fact("东吴苏州工业园区产业园REIT", "fund", "issue_price_cny_per_unit", 3.88, "cny_per_unit", "发行价格3.880 元/份", "发行时"),
  fact("华安张江光大园REIT", "fund", "occupancy_rate", 0.995, "ratio", "2020 年平均出租率约99.5%", "2020年平均", kind="ratio", qual="约", qtext="约"),
  fact("华安张江光大园REIT", "fund", "units_to_issue", 5e8, "units", "REIT 拟发行5 亿份", "发行时", opt=True),
  fact("华安张江光大园REIT", "fund", "offline_subscription_multiple", 8.85, "times", "网下认购倍数8.85 倍", "发行时"),
  fact("华安张江光大园REIT", "fund", "issue_price_cny_per_unit", 2.99, "cny_per_unit", "发行价格2.990元/份", "发行时"),
 ])

# ---------------------------------------------------------------- um02 张江高科 research summary (九方智投 9fzt, 2023)
F0 = "公司是张江科学城的开发主体,具有上海市国资背景"
CO = "张江高科"
NB = "文中只作“公司”；名称与代码见网址 sh_600895（张江高科）"
G["um02"] = dict(
 article=art("（无标题）张江高科：张江科学城开发主体的经营与产业投资（券商研报摘要）", "9fzt.com（九方智投个股研报页；研报机构存段未示）", "2023-11", "month",
  "Stock-information portal's summary of a securities research report on a listed park developer: its role in 张江科学城, 2023 Q1–Q3 revenue, profit and margins, funds raised, cumulative industrial investment",
  "https://9fzt.com/detail/sh_600895_10_752352827968.html",
  "存段无标题、无日期；文中最新数据为“2023 年前三季度”与“2023 年至今”，发布时间推定为2023年11月前后（month，推断）。存段末行“随”为断句，已删（make_txt.py ITEMS 截至上一段），正文四段。文中公司只作“公司”，未写名称：张江高科（600895，上海张江高科技园区开发股份有限公司）一名只见于网址，故公司及其财务事实列为可选（subject 张江高科，note 说明）。园区：张江科学城（上海浦东；文中又称“张江区域”）。895孵化器为公司孵化平台，列可选机构；上海市浦东新区国资委列可选机构。",
  "um02"),
 parks=[park(ZJ, "上海", "上海", "科学城", F0, district="浦东新区", note="文中又作“张江区域”")],
 companies=[comp(CO, ZJ, F0, opt=True, note=NB)],
 institutions=[
  inst("895孵化器", "并通过895孵化器培育众多科技企业", kind="incubator", park=ZJ, note="公司的孵化平台"),
  inst("上海市浦东新区国资委", "公司是上海市浦东新区国资委下属的园区开发商"),
 ],
 projects=[], funds=[],
 aggregate_facts=[
  fact(CO, "company", "revenue_cny", 1.75e9, "cny", "2023 年前三季度,公司的营业收入为17.5亿元,同比上升7.1%", "2023年1–9月", kind="cumulative", opt=True, note=NB, chk=True),
  fact(CO, "company", "revenue_yoy_growth", 0.071, "ratio", "公司的营业收入为17.5亿元,同比上升7.1%", "2023年1–9月", kind="ratio", opt=True),
  fact(CO, "company", "gross_profit_cny", 1.15e9, "cny", "毛利润为11.5 亿元,同比增长16.2%,毛利率为65.9%", "2023年1–9月", kind="cumulative", opt=True, chk=True),
  fact(CO, "company", "gross_profit_yoy_growth", 0.162, "ratio", "毛利润为11.5 亿元,同比增长16.2%", "2023年1–9月", kind="ratio", opt=True),
  fact(CO, "company", "gross_margin", 0.659, "ratio", "毛利率为65.9%", "2023年1–9月", kind="ratio", opt=True),
  fact(CO, "company", "gross_margin_change_pp", 3.8, "pp", "相较2022 年全年增长3.8 个百分点", "2023年1–9月 vs 2022年", opt=True),
  fact(CO, "company", "net_profit_attributable_cny", 7.6e8, "cny", "归母净利润为7.6 亿元,同比增长3.6%,归母净利率为43.7%", "2023年1–9月", kind="cumulative", opt=True, chk=True),
  fact(CO, "company", "net_profit_yoy_growth", 0.036, "ratio", "归母净利润为7.6 亿元,同比增长3.6%", "2023年1–9月", kind="ratio", opt=True),
  fact(CO, "company", "net_margin", 0.437, "ratio", "归母净利率为43.7%", "2023年1–9月", kind="ratio", opt=True),
  fact(CO, "company", "funds_raised_cny", 5.3e9, "cny", "2023 年至今通过多元化的融资手段合计募集资金53亿元", "2023年至报告时", kind="cumulative", opt=True, chk=True),
  fact(CO, "company", "financing_cost", 0.033, "ratio", "2022 年公司综合融资成本为3.3%,同比下降29BPs", "2022年", kind="ratio", opt=True),
  fact(CO, "company", "industrial_investment_cny", 8.713e9, "cny", "截至2023 年6 月末,公司累计产业投资规模已达87.13 亿元", "2023年6月末", kind="cumulative", opt=True, chk=True),
  fact(CO, "company", "equity_investment_cny", 4.7e9, "cny", "2020-2022 年是公司对外股权投资高峰,总计投资47 亿元", "2020–2022年", kind="cumulative", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- um03 中研普华 园区经济区域竞争力报告 (idcnm 2025)
LY, XZ, XZH, SD = "溧阳高新区", "合肥新站高新区", "南京徐庄高新区", "顺德高新区"
H1 = "江苏溧阳高新区依托动力电池产业风口,建成全国县域最大产业基地,集聚宁德时代、比亚迪等龙头企业"
H2 = "合肥新站高新区则以京东方、维信诺为龙头,建成全球最大显示面板生产基地"
H3 = "江苏省南京徐庄高新区通过构建“新药苗圃”创新生态,集聚先声药业、柯菲平生物等企业,建成百家汇创新药物孵化平台,累计孵化3家海外上市企业"
H4 = "顺德高新区美的洗碗机工厂通过数字化改造,实现“场地不变、人员减半、产能翻倍”,带动供应链上下游180余家中小企业协同转型"
H0 = "中国园区经济已形成覆盖国家级经开区、高新区、特色产业园区及综合保税区等多层级的体系,总量突破2700家,覆盖全国31个省份"
G["um03"] = dict(
 article=art("长三角、成渝、大湾区三极对标:2025-2030园区经济行业区域竞争力报告", "idcnm.cn（市场分析栏；引中研普华研究院报告，存段无署名）", "2025-08-26", "day",
  "Consultancy-style market-analysis write-up citing a research institute's report: the size of China's park economy and named cases — parks with their lead firms, an incubation platform, a digitalised factory",
  "https://www.idcnm.cn/scfx/20250826/185807307.html",
  "日期取网址 20250826。标题照录；小标题“前言”“一、行业发展现状分析”“(一)…”“(二)…”保留为段落。存段在“绿色发展方面,浙江乍浦经开区构建…副产氢年产10万吨,”处中断，该未完句已删（make_txt.py LINE_SUFFIX），正文截至“…协同转型。”；乍浦经开区因此不在文中。园区：江苏溧阳高新区（文中“江苏溧阳高新区”，名作“溧阳高新区”，别名含省名）、合肥新站高新区、南京徐庄高新区（文中“江苏省南京徐庄高新区”）、顺德高新区。公司：宁德时代、比亚迪（溧阳）；京东方、维信诺（新站）；先声药业、柯菲平生物（徐庄）；美的（顺德，只在“美的洗碗机工厂”中，可选）。百家汇创新药物孵化平台为机构（徐庄）。“总量突破2700家”“45%以上”为全国园区事实。中研普华研究院列可选机构（报告出处）。",
  "um03"),
 parks=[
  park(LY, "常州", "江苏", "高新区", H1, district="溧阳市", aliases=["江苏溧阳高新区"]),
  park(XZ, "合肥", "安徽", "高新区", H2),
  park(XZH, "南京", "江苏", "高新区", H3, district="玄武区", aliases=["江苏省南京徐庄高新区"]),
  park(SD, "佛山", "广东", "高新区", H4, district="顺德区"),
 ],
 companies=[
  comp("宁德时代", LY, H1), comp("比亚迪", LY, H1),
  comp("京东方", XZ, H2), comp("维信诺", XZ, H2),
  comp("先声药业", XZH, H3), comp("柯菲平生物", XZH, H3),
  comp("美的", SD, H4, opt=True, note="只在“美的洗碗机工厂”中"),
 ],
 institutions=[
  inst("百家汇创新药物孵化平台", H3, kind="incubator", park=XZH, opt=False),
  inst("中研普华研究院", "根据中研普华研究院《2025-2030年版园区经济项目可行性研究咨询报告》显示", kind="consultancy"),
 ],
 projects=[], funds=[],
 aggregate_facts=[
  fact("中国园区", "park_group", "parks_count", 2700, "count", H0, "2025年（报告时）", qual="超", qtext="突破"),
  fact("中国园区", "park_group", "provinces_covered", 31, "count", H0, "2025年（报告时）", opt=True),
  fact("长三角、珠三角、京津冀三大经济圈园区", "park_group", "share_of_parks", 0.45, "ratio", "长三角、珠三角、京津冀三大经济圈集聚效应显著,占园区总数的45%以上", "2025年（报告时）", kind="ratio", qual="超", qtext="以上"),
  fact(XZH, "park", "incubated_overseas_listed_firms", 3, "count", H3, "2025年（报告时）", kind="cumulative"),
  fact(SD, "park", "smes_in_coordinated_transformation", 180, "count", H4, "2025年（报告时）", qual="余", qtext="余", note="美的洗碗机工厂带动的上下游中小企业"),
 ])

# ---------------------------------------------------------------- um04 陕西三园区入选2023园区高质量发展百强 (西安日报 via f-cn 2023)
XG, XJ, BG = "西安高新技术产业开发区", "西安经济技术开发区", "宝鸡高新技术产业开发区"
K0 = "西安高新技术产业开发区、西安经济技术开发区、宝鸡高新技术产业开发区分别位列第10位、第31位、第93位"
K1 = "西安经济技术开发区位列第31位,比去年提升6位"
AS4 = "2023园区高质量发展百强（赛迪顾问，2023年7月5日）"
G["um04"] = dict(
 article=art("陕西三园区入选“2023园区高质量发展百强”", "西安日报（西安报业全媒体记者 黄晓巍），载于 f-cn.cn（风口财经，转自头条号“全国党媒信息公共平台”）", "2023-07", "month",
  "Finance portal relaying a city daily, Shaanxi: a consultancy's park ranking explained — three provincial parks' ranks and changes, the ranking's scope, thresholds and indicators",
  "https://f-cn.cn/news/show-39146.html",
  "页面无可读日期（“133608/16”为计数）；榜单7月5日发布，西安日报刊发推定为2023年7月（month）。标题照录；导航、作者/来源行、摘要行、“标签:”“来源:【西安日报】”已删；末行署名“文/西安报业全媒体记者 黄晓巍 图/西安报业全媒体记者”（摄影者名在存段中缺失）整行删去，署名记入 outlet。正文五段。园区：三家名称照录（全称）；苏州工业园区只在“(含苏州工业园区)”中，可选。赛迪顾问园区经济研究中心列机构（可选）。名次为事实（national_rank，unit rank）；西安高新区“与去年排位相同”、西安经开区“比去年提升6位”；入围门槛（600亿元、200亿元、50亿元、100家）是评选标准，不是园区事实，不列。国家高新区177家、国家级经开区230家、百强中52/48席为 park_group 事实。",
  "um04"),
 parks=[
  park(XG, "西安", "陕西", "高新区", K0),
  park(XJ, "西安", "陕西", "经济技术开发区", K0),
  park(BG, "宝鸡", "陕西", "高新区", K0),
  park("苏州工业园区", "苏州", "江苏", "工业园区", "截至2022年底,国家高新区共计177家(含苏州工业园区)", opt=True, note="只在括注中"),
 ],
 companies=[],
 institutions=[inst("赛迪顾问园区经济研究中心", "7月5日,赛迪顾问园区经济研究中心发布“2023园区高质量发展百强”名单", kind="consultancy")],
 projects=[], funds=[],
 aggregate_facts=[
  fact(XG, "park", "national_rank", 10, "rank", K0, AS4),
  fact(XJ, "park", "national_rank", 31, "rank", K0, AS4),
  fact(BG, "park", "national_rank", 93, "rank", K0, AS4),
  fact(XJ, "park", "rank_change", 6, "places", K1, AS4 + " 较2022年", opt=True, note="提升6位"),
  fact("陕西", "region", "parks_in_top100", 3, "count", "我省有三个园区入选", AS4, opt=True),
  fact("国家高新区", "park_group", "parks_count", 177, "count", "截至2022年底,国家高新区共计177家(含苏州工业园区),国家级经开区共计230家", "2022年底"),
  fact("国家级经开区", "park_group", "parks_count", 230, "count", "国家级经开区共计230家", "2022年底"),
  fact("2023园区高质量发展百强", "park_group", "national_hi_tech_zones_in_list", 52, "count", "2023园区高质量发展百强中,国家高新区占52席,国家级经开区占48席", AS4),
  fact("2023园区高质量发展百强", "park_group", "national_etdz_in_list", 48, "count", "国家级经开区占48席", AS4),
 ])

# ---------------------------------------------------------------- um05 2023园区高质量发展百强榜发布 (21世纪经济报道 via baitongwang 2023)
L0 = "2023年园区高质量发展百强中,共有54个生产总值超过1000亿元的园区,较上年增长6个"
L1 = "67个园区拥有高新技术企业数量超过300家,较上年增长2个,49个园区进出口额超过500亿元,较上年增长9个"
L2 = "剔除中关村科技园区、上海张江、深圳高新区三大头部高新区的影响,其余14家高新区与13家经开区的差距也近4.7倍"
L3 = "52家国家高新区企业营业收入达379336亿元,占所有国家高新区企业营业收入的77%"
T = "2023园区高质量发展百强"
AS5 = "2023园区高质量发展百强（赛迪顾问，2023年7月5日；数据多为2021年）"
G["um05"] = dict(
 article=art("2023园区高质量发展百强榜发布 全国千亿级园区已达54个", "21世纪经济报道（记者缴翼飞），载于 liaoning.baitongwang.com", "2023-07-07", "day",
  "Aggregator relaying a national business paper: a consultancy's park ranking analysed — counts of trillion-yuan parks, high-tech-zone vs development-zone seats, the listed high-tech zones' revenue, firms, taxes and exports and their shares, regional distribution",
  "http://liaoning.baitongwang.com/huapian/2023/0707/38427.html",
  "日期取页面“时间:2023-07-07 12:02:27来源:21世纪经济报道”。标题照录；时间来源行、“(资料图片)”、图注“图:2023园区高质量发展百强”已删；电头“21世纪经济报道记者缴翼飞北京报道”保留为首段。存段末段在“具体省份中,江苏省”处中断，该未完句已删（LINE_SUFFIX），正文截至“…但西部数量仍较少。”。园区：中关村科技园区、上海张江、深圳高新区（文中简称，照录）。事实均为百强整体（park_group）：千亿园区54个（+6）、高企超300家园区67个、进出口超500亿元园区49个、52/48席、头尾名次分布、52家国家高新区营收379336亿元（77%）、高企92714家（81%）、上缴税费15295亿元（72%）、出口42264亿元（81%）、区域分布57/21/15/7。“约10倍”“近4.7倍”等比较数列为可选。",
  "um05"),
 parks=[
  park("中关村科技园区", "北京", "北京", "科技园区", L2),
  park("上海张江", "上海", "上海", "高新区", L2, district="浦东新区", note="上海张江高新技术产业开发区的简称，照录"),
  park("深圳高新区", "深圳", "广东", "高新区", L2),
 ],
 companies=[],
 institutions=[inst("赛迪顾问园区经济研究中心", "赛迪顾问园区经济研究中心指出", kind="consultancy")],
 projects=[], funds=[],
 aggregate_facts=[
  fact(T, "park_group", "parks_gdp_over_100bn", 54, "count", L0, AS5),
  fact(T, "park_group", "parks_gdp_over_100bn_change", 6, "count", L0, AS5, opt=True),
  fact(T, "park_group", "parks_with_300plus_high_tech_firms", 67, "count", L1, AS5),
  fact(T, "park_group", "parks_with_300plus_high_tech_firms_change", 2, "count", L1, AS5, opt=True),
  fact(T, "park_group", "parks_trade_over_50bn", 49, "count", L1, AS5),
  fact(T, "park_group", "parks_trade_over_50bn_change", 9, "count", L1, AS5, opt=True),
  fact(T, "park_group", "national_hi_tech_zones_in_list", 52, "count", "共有52家高新区、48家经开区", AS5),
  fact(T, "park_group", "national_etdz_in_list", 48, "count", "共有52家高新区、48家经开区", AS5),
  fact(T, "park_group", "hi_tech_zones_in_top30", 17, "count", "头部1-30名中,高新区占17席,经开区占13席", AS5, opt=True),
  fact(T, "park_group", "etdz_in_top30", 13, "count", "头部1-30名中,高新区占17席,经开区占13席", AS5, opt=True),
  fact(T, "park_group", "etdz_in_71_100", 18, "count", "尾部71-100名中,经开区占18席,高新区占12席", AS5, opt=True),
  fact(T, "park_group", "hi_tech_zones_in_71_100", 12, "count", "尾部71-100名中,经开区占18席,高新区占12席", AS5, opt=True),
  fact("百强中52家国家高新区", "park_group", "revenue_cny", 3.79336e13, "cny", L3, AS5, chk=True),
  fact("百强中52家国家高新区", "park_group", "revenue_share", 0.77, "ratio", L3, AS5, kind="ratio"),
  fact("百强中52家国家高新区", "park_group", "high_tech_firms", 92714, "count", "高新技术企业数量达92714家,占所有国家高新区高新技术企业数量的81%", AS5),
  fact("百强中52家国家高新区", "park_group", "high_tech_firms_share", 0.81, "ratio", "高新技术企业数量达92714家,占所有国家高新区高新技术企业数量的81%", AS5, kind="ratio"),
  fact("百强中52家国家高新区", "park_group", "taxes_paid_cny", 1.5295e12, "cny", "上缴税费达15295亿元,占所有国家高新区上缴税费的72%", AS5, chk=True),
  fact("百强中52家国家高新区", "park_group", "taxes_share", 0.72, "ratio", "上缴税费达15295亿元,占所有国家高新区上缴税费的72%", AS5, kind="ratio"),
  fact("百强中52家国家高新区", "park_group", "exports_cny", 4.2264e12, "cny", "出口额达42264亿元,占所有国家高新区的81%", AS5, chk=True),
  fact("百强中52家国家高新区", "park_group", "exports_share", 0.81, "ratio", "出口额达42264亿元,占所有国家高新区的81%", AS5, kind="ratio"),
  fact(T, "park_group", "parks_east", 57, "count", "2023年东部、中部、西部、东北入围园区数量分别为57、21、15、7家", AS5, opt=True),
  fact(T, "park_group", "parks_central", 21, "count", "2023年东部、中部、西部、东北入围园区数量分别为57、21、15、7家", AS5, opt=True),
  fact(T, "park_group", "parks_west", 15, "count", "2023年东部、中部、西部、东北入围园区数量分别为57、21、15、7家", AS5, opt=True),
  fact(T, "park_group", "parks_northeast", 7, "count", "2023年东部、中部、西部、东北入围园区数量分别为57、21、15、7家", AS5, opt=True),
  fact(T, "park_group", "indicator_weight", 0.30, "ratio", "科技创新和产业跃升指标权重较大(各占30%)", AS5, kind="ratio", opt=True),
  fact(T, "park_group", "high_tech_firms_ratio_hz_vs_etdz_top30", 10, "times", "入围高新区是入围经开区的约10倍", AS5, qual="约", qtext="约", opt=True),
  fact(T, "park_group", "high_tech_firms_ratio_hz_vs_etdz_excl_top3", 4.7, "times", L2, AS5, qual="约", qtext="近", opt=True),
 ])

# ---------------------------------------------------------------- um06 赛迪顾问2024园区报告 河南三园区 (大河财立方 via cnrepark 2024)
M0 = "河南上榜的3大园区为:郑州高新技术产业开发区、郑州经济技术开发区、洛阳高新技术产业开发区"
M1 = "55家入围的国家级高新区高新技术企业数量约11.2万家、企业营业收入约41.0亿元,占所有国家级高新区总量分别高达78%、80%"
M2 = "45家入围的国家级经开区实际利用外资约310亿美元,进出口总额约5.9万亿美元,分别占所有国家级经开区总量的72%、59%"
AS6 = "园区高质量发展百强（2024）（赛迪顾问，2024年8月14日）"
G["um06"] = dict(
 article=art("（无标题）赛迪顾问发布2024年中国园区经济高质量发展研究报告 河南3大园区上榜", "大河财立方（大河报财经；实习编辑陈星冉），载于 cnrepark.com", "2024-08-14", "day",
  "Park portal relaying a provincial finance news brand, Henan: a consultancy's park report — parks per province, the province's three listed parks, trillion-yuan parks, the listed zones' firms, revenue, FDI and trade with shares, policy advice",
  "https://cnrepark.com/news/detail/250310.html",
  "存段无标题、无日期行；报告发布日“8月14日”与报告名（2024年）定日期为2024-08-14（day，以发布日计；转载日可能稍晚）。title 为编者概括。末行“实习编辑:陈星冉 | 审核:李震 | 监审:万军伟”已删。园区：郑州高新技术产业开发区、郑州经济技术开发区、洛阳高新技术产业开发区（全称照录）。“企业营业收入约41.0亿元”照录（按常理应为万亿元级，疑原文笔误），作可选事实，数值按文中写法。各省上榜园区数只记河南（3，必填），其余省份可选从略。赛迪顾问列机构（可选）。",
  "um06"),
 parks=[
  park("郑州高新技术产业开发区", "郑州", "河南", "高新区", M0),
  park("郑州经济技术开发区", "郑州", "河南", "经济技术开发区", M0),
  park("洛阳高新技术产业开发区", "洛阳", "河南", "高新区", M0),
 ],
 companies=[],
 institutions=[inst("赛迪顾问", "8月14日,赛迪顾问发布《2024年中国园区经济高质量发展研究报告》", kind="consultancy")],
 projects=[], funds=[],
 aggregate_facts=[
  fact("河南", "region", "parks_in_top100", 3, "count", "河南3个", AS6),
  fact("江苏", "region", "parks_in_top100", 19, "count", "江苏19个", AS6, opt=True),
  fact("广东", "region", "parks_in_top100", 9, "count", "广东9个", AS6, opt=True),
  fact("百强园区", "park_group", "parks_gdp_over_100bn", 59, "count", "百强园区中,已有59个园区GDP超过千亿元,比上年新增5个", AS6),
  fact("百强园区", "park_group", "parks_gdp_over_100bn_change", 5, "count", "百强园区中,已有59个园区GDP超过千亿元,比上年新增5个", AS6, opt=True),
  fact("百强中55家国家级高新区", "park_group", "national_hi_tech_zones_in_list", 55, "count", M1, AS6),
  fact("百强中55家国家级高新区", "park_group", "high_tech_firms", 112000, "count", M1, AS6, qual="约", qtext="约"),
  fact("百强中55家国家级高新区", "park_group", "revenue_cny", 4.1e9, "cny", "企业营业收入约41.0亿元", AS6, qual="约", qtext="约", opt=True, note="照录；疑为41.0万亿元之误"),
  fact("百强中55家国家级高新区", "park_group", "high_tech_firms_share", 0.78, "ratio", M1, AS6, kind="ratio"),
  fact("百强中55家国家级高新区", "park_group", "revenue_share", 0.80, "ratio", M1, AS6, kind="ratio"),
  fact("百强中45家国家级经开区", "park_group", "national_etdz_in_list", 45, "count", M2, AS6),
  fact("百强中45家国家级经开区", "park_group", "actual_fdi_usd", 3.1e10, "usd", "45家入围的国家级经开区实际利用外资约310亿美元", AS6, qual="约", qtext="约"),
  fact("百强中45家国家级经开区", "park_group", "trade_usd", 5.9e12, "usd", "进出口总额约5.9万亿美元", AS6, qual="约", qtext="约"),
  fact("百强中45家国家级经开区", "park_group", "actual_fdi_share", 0.72, "ratio", M2, AS6, kind="ratio"),
  fact("百强中45家国家级经开区", "park_group", "trade_share", 0.59, "ratio", M2, AS6, kind="ratio"),
 ])
