# real357 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as
# written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth rates and
# shares as ratios. Projects: the park is the one the text places the project in, null if none (a county or city is not a
# park). Status from the text's words (开工 / 集中开工 → 开工; 主体施工 / 收尾 → 在建; 落户 alone → no status; “将同步落地”
# → planned). “将实施” / “计划” year figures are kind target; “累计” / “目前” counts are cumulative. Sources are `search`
# (corpus pages) excerpts typed into _raw/pages/orNN.raw as returned.

# ---------------------------------------------------------------- or01 金华开发区 1–6月 (浙江在线 2012)
JH = "金华经济技术开发区"
A0 = "昨天,金华经济技术开发区绿源电动车二期项目工地热火朝天"
A1 = "绿源公司相关负责人透露,这一项目建筑面积5万平方米,总投资3.2亿元,建成后将进一步提高其市场地位"
A2 = "瑞豪科技、沃能电气、高博材料等一批新项目纷纷落户开发区,投资额均超亿元"
A3 = "今泰汽车高档汽车轮毂生产线项目完成投资1.68亿元"
A4 = "金字火腿窖藏冷链物流基地项目完成投资1.2亿元"
A5 = "30个工业项目全部开工,其中已有8家企业投产或试生产,6家企业竣工"
AS1 = "2012年1–6月"
G["or01"] = dict(
 article=art("（无标题）金华开发区上半年多项指标列全市首位 绿源电动车二期项目加紧建设", "浙江在线（zjnews.zjol.com.cn；存段无署名）", "2012-07-26", "day",
  "Provincial news portal, Zhejiang: a national economic and technological development zone's first half of 2012 — a named firm's phase-2 project under construction with its investment, the zone's output, value added, power use and fixed-asset investment with growth, foreign and domestic capital, new firms landed, projects started / in production / completed, two projects' investment to date",
  "http://zjnews.zjol.com.cn/system/2012/07/26/018685938.shtml",
  "日期取网址 2012/07/26 与电头“浙江在线07月26日讯”。存段无标题、无日期行（title 为编者概括）。存段末段“金华开发区管委会负责人说,提高集约水平、提升发展质量是金”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…完成投资1.2亿元……”，共五段。“今年上半年, 30个工业项目”中的空格原文如此，照录。园区：金华经济技术开发区（文中又作“金华开发区”“开发区”；金华，浙江）。项目：绿源电动车二期项目——“今年5月开工…全面进入厂房主体施工，争取9月底结顶”→在建（status_alt 开工），总投资3.2亿元，业主“绿源公司”；今泰汽车高档汽车轮毂生产线项目、金字火腿窖藏冷链物流基地项目——只给“完成投资”（非总投资，不作 investment_cny，另记事实），状态未明说（与“30个工业项目全部开工”同段，不推定）。瑞豪科技、沃能电气、高博材料“一批新项目纷纷落户开发区,投资额均超亿元”——列公司（在园）；作为项目列可选（名称即企业简称，“超亿元”无数字，不作投资额，落户不给状态）。事实：1~6月规上工业总产值、增加值、用电量、固定资产投资及增速（reported，as_of 2012年1–6月）；上半年新批外资项目5个、增资3个、合同外资5408万美元、实到外资1586万美元、实到内资14.67亿元、浙商回归到位资金6.28亿元；30个工业项目全部开工、8家投产或试生产、6家竣工。",
  "or01"),
 parks=[
  park(JH, "金华", "浙江", "经济技术开发区", A0, aliases=["金华开发区"], note="文中又作“金华开发区”“开发区”"),
 ],
 companies=[
  comp("绿源公司", JH, A1, note="绿源电动车二期项目业主；文中只作“绿源公司”"),
  comp("瑞豪科技", JH, A2, note="新项目落户开发区，投资额超亿元"),
  comp("沃能电气", JH, A2, note="同上"),
  comp("高博材料", JH, A2, note="同上"),
  comp("今泰汽车", JH, A3, opt=True, note="只在项目名中"),
  comp("金字火腿", JH, A4, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("绿源电动车二期项目", JH, A1, companies=["绿源公司"], inv="总投资3.2亿元", phase="二期", status="在建", status_alt="开工",
       status_text="今年5月开工…全面进入厂房主体施工", note="2012年5月开工，争取9月底结顶"),
  proj("今泰汽车高档汽车轮毂生产线项目", JH, A3, companies=["今泰汽车"], note="完成投资1.68亿元（非总投资，记事实）；状态未明说"),
  proj("金字火腿窖藏冷链物流基地项目", JH, A4, companies=["金字火腿"], note="完成投资1.2亿元（非总投资，记事实）；状态未明说"),
  proj("瑞豪科技", JH, A2, companies=["瑞豪科技"], opt=True, note="“新项目”以企业简称列出；投资额均超亿元（无数字）；落户，无状态"),
  proj("沃能电气", JH, A2, companies=["沃能电气"], opt=True, note="同上"),
  proj("高博材料", JH, A2, companies=["高博材料"], opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact(JH, "park", "industrial_output_above_scale_cny", 1.8935e10, "cny", "实现规模以上工业总产值189.35亿元,同比增长18.39%", AS1, chk=True),
  fact(JH, "park", "industrial_output_above_scale_yoy_growth", 0.1839, "ratio", "实现规模以上工业总产值189.35亿元,同比增长18.39%", AS1, kind="ratio"),
  fact(JH, "park", "industrial_value_added_above_scale_cny", 3.685e9, "cny", "实现规模以上工业增加值36.85亿元,同比增长12.4%", AS1, chk=True),
  fact(JH, "park", "industrial_value_added_above_scale_yoy_growth", 0.124, "ratio", "实现规模以上工业增加值36.85亿元,同比增长12.4%", AS1, kind="ratio", opt=True),
  fact(JH, "park", "industrial_electricity_kwh", 3.6e8, "kwh", "规模以上工业用电量3.6亿千瓦时,同比增长22.2%", AS1, opt=True),
  fact(JH, "park", "industrial_electricity_yoy_growth", 0.222, "ratio", "规模以上工业用电量3.6亿千瓦时,同比增长22.2%", AS1, kind="ratio", opt=True),
  fact(JH, "park", "fixed_asset_investment_cny", 3.361e9, "cny", "固定资产投资33.61亿元,同比增长61.1%", AS1, chk=True),
  fact(JH, "park", "fixed_asset_investment_yoy_growth", 0.611, "ratio", "固定资产投资33.61亿元,同比增长61.1%", AS1, kind="ratio"),
  fact(JH, "park", "new_foreign_projects", 5, "count", "新批外资项目5个、增资项目3个", "2012年上半年", opt=True),
  fact(JH, "park", "foreign_capital_increase_projects", 3, "count", "新批外资项目5个、增资项目3个", "2012年上半年", opt=True),
  fact(JH, "park", "contracted_fdi_usd", 5.408e7, "usd", "实现合同利用外资5408万美元", "2012年上半年"),
  fact(JH, "park", "actual_fdi_usd", 1.586e7, "usd", "实到外资1586万美元", "2012年上半年"),
  fact(JH, "park", "actual_domestic_capital_cny", 1.467e9, "cny", "实到内资14.67亿元", "2012年上半年", chk=True),
  fact(JH, "park", "zhejiang_merchants_return_capital_cny", 6.28e8, "cny", "浙商回归到位资金6.28亿元", "2012年上半年", opt=True, chk=True),
  fact(JH, "park", "projects_started", 30, "count", A5, "2012年上半年", note="工业项目全部开工"),
  fact(JH, "park", "firms_in_production", 8, "count", A5, "2012年上半年", note="投产或试生产"),
  fact(JH, "park", "projects_completed", 6, "count", A5, "2012年上半年", note="6家企业竣工"),
  fact("今泰汽车高档汽车轮毂生产线项目", "project", "invested_to_date_cny", 1.68e8, "cny", A3, "2012年7月", kind="cumulative", chk=True),
  fact("金字火腿窖藏冷链物流基地项目", "project", "invested_to_date_cny", 1.2e8, "cny", A4, "2012年7月", kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- or02 丽水经开区 招商引资 (丽水日报 2021)
LS = "丽水经开区"
KC = "丽水国际科创中心"
B0 = "近日,在位于上海张江的丽水国际科创中心,泽璟制药(浙江)有限公司正在新研发中心进行新一轮药物产品的研发"
B1 = "泽璟公司负责人介绍说,企业将在丽水国际科创中心建设研发总部,未来原料药生产项目将同步落地丽水经开区"
B2 = "2021年上半年,丽水经开区累计直接从上海引进项目35个,总投资56.16亿元"
B3 = "目前,丽水经开区上海张江“科创飞地”已入园项目6个,已确定入园项目4个"
G["or02"] = dict(
 article=art("丽水经开区:招商引资构筑新增长极", "丽水日报（本报记者 叶浩博 通讯员 游千喻），paper.lsnews.com.cn 数字报 A01版", "2021-08-20", "day",
  "City daily's front page, Zhejiang: a national-level zone's investment promotion — its science-and-innovation enclave in Shanghai Zhangjiang, a listed drug-maker's R&D there and its planned raw-material plant in the zone, projects brought in from Shanghai in H1 with total investment, projects entered the enclave, the zone's national ranking",
  "http://paper.lsnews.com.cn/lsrb/pc/content/202108/20/content_278133.html",
  "日期取网址 202108/20（数字报 A01版要闻）。标题照录；版次行、图片说明“丽水经开区。记者 雷宁 摄”与署名行“本报记者 叶浩博 通讯员 游千喻”已删（署名记于 outlet）。存段在末段“在整个2020年,丽水经开”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…大步前进78位。”，共七段。园区：丽水经开区（丽水经济技术开发区，丽水，浙江；文中只作“丽水经开区”，不补全称；“全国国家级经开区的排名”→国家级）；丽水国际科创中心（位于上海张江的“科创飞地”，企业“入园”，列为园区，parent 丽水经开区，city 上海；文中又作“上海张江‘科创飞地’”）。公司：泽璟制药(浙江)有限公司（文中又作“泽璟制药”“泽璟公司”；入驻丽水国际科创中心，park 记该中心）。项目：泽璟“未来原料药生产项目将同步落地丽水经开区”→planned（名称泛指，可选）；“在丽水国际科创中心建设研发总部”同（可选）。事实：2021年上半年从上海引进项目35个、总投资56.16亿元（“累计”→cumulative）；科创飞地已入园项目6个（目前，cumulative）、已确定入园4个（可选）；2020年末国家级经开区排名第80位（由158位跃升，可选）。新药获批、上市标准等不计。",
  "or02"),
 parks=[
  park(LS, "丽水", "浙江", "国家级经济技术开发区", B2, note="即丽水经济技术开发区；文中只作“丽水经开区”"),
  park(KC, "上海", "上海", "科创飞地（异地孵化园）", B0, parent=LS, note="丽水经开区在上海张江的“科创飞地”；文中又作“上海张江‘科创飞地’”"),
 ],
 companies=[
  comp("泽璟制药(浙江)有限公司", KC, B0, aliases=["泽璟制药", "泽璟公司"], note="科创飞地首批入园签约企业；科创板上市（以第五套标准）"),
 ],
 projects=[
  proj("原料药生产项目", LS, B1, companies=["泽璟制药(浙江)有限公司"], status="planned", status_text="未来…将同步落地", opt=True, note="名称泛指"),
  proj("研发总部", KC, B1, companies=["泽璟制药(浙江)有限公司"], status="planned", status_text="将…建设", opt=True, note="名称泛指"),
 ],
 aggregate_facts=[
  fact(LS, "park", "projects_introduced", 35, "count", B2, "2021年上半年", kind="cumulative", note="直接从上海引进"),
  fact(LS, "park", "projects_introduced_investment_cny", 5.616e9, "cny", "累计直接从上海引进项目35个,总投资56.16亿元", "2021年上半年", kind="cumulative", chk=True),
  fact(KC, "park", "projects_entered", 6, "count", B3, "2021年8月", kind="cumulative"),
  fact(KC, "park", "projects_confirmed_to_enter", 4, "count", B3, "2021年8月", kind="cumulative", opt=True),
  fact(LS, "park", "national_etdz_ranking", 80, "rank", "丽水经开区在全国国家级经开区的排名也从158位跃升至80位", "2020年末", opt=True, note="由第158位升至第80位"),
 ])

# ---------------------------------------------------------------- or03 金华开发区 34个项目集中开工 (中新网 via 工业园网 2024)
C0 = "2024年金华经济技术开发区(以下简称“金华开发区”)第一期重点项目集中开工仪式在浙江金华举行,34个项目集中开工,总投资270.5亿元"
C1 = "此次开工的34个项目,总量大、结构优、覆盖广,以基础设施和产业发展项目为主,同时兼顾民生实事和社会事业项目,总投资达270.5亿元,年度计划投资81.14亿元"
AS3 = "2024年3月（第一期重点项目集中开工）"
G["or03"] = dict(
 article=art("浙江金华开发区34个项目集中开工 总投资270.5亿元", "中国新闻网（奚金燕 杨扬 周垚），载于 zj.cnipai.com（工业园网浙江站）", "2024-03-08", "day",
  "Park portal relaying a national news agency item, Zhejiang: a national economic and technological development zone's first batch of 2024 key projects started — count, total investment and this year's planned investment, the zone's aims",
  "http://zj.cnipai.com/news/detail/305836.html",
  "日期取页面“2024 03/08 15:28”（转载日）；中新网电头为“3月5日电”。标题照录；站点切换、栏目字、日期行、图片说明“2024年金华开发区第一期重点项目集中开工仪式现场。金华开发区供图”、“责任编辑:马牧青”与免责声明已删。正文以“(完)”结束，完整，共五段。园区：金华经济技术开发区（文中“以下简称‘金华开发区’”；金华，浙江）。项目未点名，不列项目。事实：第一期集中开工34个项目、总投资270.5亿元（reported）、年度计划投资81.14亿元（target）。“建设千亿级制造业平台”等为目标口号，不计。人物（王建中）不列。",
  "or03"),
 parks=[
  park(JH, "金华", "浙江", "经济技术开发区", C0, aliases=["金华开发区"], note="文中“以下简称‘金华开发区’”"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(JH, "park", "projects_started", 34, "count", C0, AS3),
  fact(JH, "park", "projects_started_investment_cny", 2.705e10, "cny", "34个项目集中开工,总投资270.5亿元", AS3, chk=True),
  fact(JH, "park", "planned_annual_investment_cny", 8.114e9, "cny", "年度计划投资81.14亿元", "2024年（计划）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- or04 衢州196个重点项目集中开工 (衢州日报 via 浙江在线 2017)
QZ = "衢州绿色产业集聚区"
D0 = "衢州分会场设在衢州绿色产业集聚区中来股份光伏产业园项目现场"
D1 = "现在,我们在中来股份光伏产业园项目现场,全市共有196个项目参加集中开工活动,总投资600亿元"
D2 = "2017年上半年,我市完成有效投资496亿元,同比增长10.5%"
D3 = "各县(市、区)、衢州绿色产业集聚区、西区管委会报告本区域扩大有效投资、集中开工项目情况"
G["or04"] = dict(
 article=art("衢州196个重点项目集中开工 总投资600亿元", "衢州日报（记者 方利军 倪晗），衢州新闻网，载于浙江在线 zjnews.zjol.com.cn 衢州栏", "2017-07-11", "day",
  "City daily on the provincial portal, Zhejiang: a city's third-quarter groundbreaking held at a listed firm's solar industrial-park project in an industrial cluster zone — the city's 196 projects and total investment, first-half effective investment",
  "https://zjnews.zjol.com.cn/zjnews/qznews/201707/t20170711_4538216.shtml",
  "日期取页面“2017年07月11日 09:36:18 来源: 衢州新闻网-衢州日报”。标题照录；位置栏与日期来源行已删。存段末段“徐文光强调,各级各部门要践行“”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…提供强有力的支撑。”，共五段。园区：衢州绿色产业集聚区（衢州，浙江）；“西区管委会”中的“西区”（衢州西区，性质文中未说）列可选园区。项目：中来股份光伏产业园项目——位于衢州绿色产业集聚区，衢州分会场所在；文中未明说该项目本身开工，但它是集中开工仪式的现场、业主代表中来股份发言，status 记开工（推定，note）；无单项金额。公司：中来股份（项目业主，在集聚区）。事实：全市196个项目参加集中开工、总投资600亿元（衢州市，region）；2017年上半年全市有效投资496亿元、增长10.5%（region，可选）；1月3日集中开工项目上半年预计完成投资51亿元（可选）。市领导不列。",
  "or04"),
 parks=[
  park(QZ, "衢州", "浙江", "产业集聚区", D0, note="省级产业集聚区；管委会报告集中开工情况"),
  park("西区", "衢州", "浙江", "城市新区（西区）", D3, opt=True, note="只在“西区管委会”中；性质文中未说"),
 ],
 companies=[
  comp("中来股份", QZ, "项目业主代表中来股份负责人发言", note="中来股份光伏产业园项目业主"),
 ],
 projects=[
  proj("中来股份光伏产业园项目", QZ, D0, companies=["中来股份"], status="开工", status_text="集中开工（分会场所在项目）",
       note="文中未明说本项目开工；作为集中开工仪式现场与业主发言推定"),
 ],
 aggregate_facts=[
  fact("衢州市", "region", "projects_started", 196, "count", D1, "2017年7月（三季度集中开工）"),
  fact("衢州市", "region", "projects_started_investment_cny", 6e10, "cny", "全市共有196个项目参加集中开工活动,总投资600亿元", "2017年7月（三季度集中开工）", chk=True),
  fact("衢州市", "region", "effective_investment_cny", 4.96e10, "cny", D2, "2017年上半年", opt=True, chk=True),
  fact("衢州市", "region", "effective_investment_yoy_growth", 0.105, "ratio", D2, "2017年上半年", kind="ratio", opt=True),
  fact("衢州市", "region", "jan_started_projects_investment_cny", 5.1e9, "cny", "上半年预计完成投资51亿元", "2017年上半年（预计）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- or05 兰溪高新区 (chinazj 2023)
LX = "兰溪高新区"
E0 = "近日,在位于兰溪高新区的华润英特现代中医药产业中心项目建设现场,施工人员正在进行收尾"
E1 = "华润英特现代中医药产业中心项目总建筑面积7万平方米,总投资3.2亿元,主要生产中药饮片、配方颗粒、医药制剂等"
E2 = "今年,兰溪高新区将实施重大项目63个,总投资334.82亿元,年度计划投资50亿元以上"
G["or05"] = dict(
 article=art("（无标题）兰溪高新区华润英特现代中医药产业中心项目收尾 今年将实施重大项目63个", "chinazj.com.cn（金华新闻栏 jhnews；原发媒体与署名未注明）", "2023-02-28", "day",
  "Local news site, Zhejiang: a county-level high-tech zone — a drug-maker's modern TCM centre finishing construction with its investment, a brake-system maker moved in and its first-year sales, the zone's planned major projects for the year with total and annual investment",
  "http://chinazj.com.cn/jhnews/12416.html",
  "日期取页面“2023-02-28 11:58:40”。存段无标题（title 为编者概括）；日期行已删。正文四段，完整。园区：兰溪高新区（金华市兰溪市，浙江；文中又作“高新区”）。项目：华润英特现代中医药产业中心项目——“施工人员正在进行收尾”→在建；总投资3.2亿元；业主由总经理发言推定为浙江华润英特中药有限公司。公司：浙江华润英特中药有限公司、浙江一速运动器材制造有限公司（又作“一速运动器材公司”；“落户高新区”）均在园。事实：一速去年（2022）全年“实现营销1亿元”（company，sales）；兰溪高新区今年“将实施”重大项目63个、总投资334.82亿元、年度计划投资50亿元以上（target，超）。",
  "or05"),
 parks=[
  park(LX, "金华", "浙江", "高新区", E0, district="兰溪市", note="文中又作“高新区”"),
 ],
 companies=[
  comp("浙江华润英特中药有限公司", LX, "浙江华润英特中药有限公司总经理唐玉英说", note="华润英特现代中医药产业中心项目业主（由语境推定）"),
  comp("浙江一速运动器材制造有限公司", LX, "该公司通过“腾笼换鸟”落户高新区", aliases=["一速运动器材公司"], note="成立于2022年1月，生产刹车系统"),
 ],
 projects=[
  proj("华润英特现代中医药产业中心项目", LX, E1, companies=["浙江华润英特中药有限公司"], inv="总投资3.2亿元", status="在建",
       status_text="施工人员正在进行收尾", note="开工约一年；总建筑面积7万平方米"),
 ],
 aggregate_facts=[
  fact("浙江一速运动器材制造有限公司", "company", "annual_sales_cny", 1e8, "cny", "去年全年实现营销1亿元", "2022年", chk=True),
  fact(LX, "park", "major_projects_planned", 63, "count", E2, "2023年（计划）", kind="target"),
  fact(LX, "park", "major_projects_total_investment_cny", 3.3482e10, "cny", "总投资334.82亿元,年度计划投资50亿元以上", "2023年（计划）", kind="target", chk=True),
  fact(LX, "park", "planned_annual_investment_cny", 5e9, "cny", "年度计划投资50亿元以上", "2023年（计划）", kind="target", qual="超", qtext="以上", chk=True),
 ])

# ---------------------------------------------------------------- or06 头门港经济开发区升级为国家级 (人民网 2021)
TZW = "台州湾经济技术开发区"
F0 = "浙江头门港经济开发区升级为国家级经济技术开发区,定名为台州湾经济技术开发区"
F1 = "区域内不仅有华海药业、九洲药业、海翔药业、仙琚药业等医药类上市企业,还拥有年产30万辆整车的吉利汽车项目"
F2 = "台州湾经济技术开发区以浙江头门港经济开发区为核心区,整合临港新城、南洋、北洋、红脚岩等托管区块,辐射带动临海经济开发区、医化园区椒江区块等拟托管区域发展"
G["or06"] = dict(
 article=art("浙江:头门港经济开发区升级为国家级", "人民网-浙江频道（张帆）", "2021-06-23", "day",
  "National news portal's provincial channel, Zhejiang: a provincial development zone upgraded to a national economic and technological development zone and renamed — its core area and trusteeship areas, founding and upgrade years, leading industries, listed drug-makers and a carmaker's plant inside it",
  "http://zj.people.com.cn/n2/2021/0623/c228592-34790925.html",
  "日期取页面“2021年06月23日19:21 来源:人民网-浙江频道”。标题照录；署名行“张帆”与日期来源行已删（署名记于 outlet）。存段末段“此外,还可形”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…推动传统产业优化升级。”，共六段（含设问一行）。园区：台州湾经济技术开发区——由浙江头门港经济开发区升级并“定名为”，旧名“浙江头门港经济开发区”“头门港经济开发区”“头门港经开区”列 aliases（台州临海，浙江；district 临海市为常识补充，文中只说“台州”）；临海经济开发区、医化园区椒江区块（拟托管区域）、河北张家口经济开发区、浙江自贸试验区舟山片区列可选园区。临港新城、南洋、北洋、红脚岩为托管区块，不列园区。公司：华海药业、九洲药业、海翔药业、仙琚药业（“区域内”医药类上市企业，在园）；吉利汽车只在项目名中（可选）。项目：吉利汽车项目（年产30万辆整车，在园，无金额、无状态）。事实：浙江国家级经开区数量扩容至22家（region 浙江省，可选）。国务院、浙江省商务厅列可选机构。",
  "or06"),
 parks=[
  park(TZW, "台州", "浙江", "国家级经济技术开发区", F0, district="临海市",
       aliases=["浙江头门港经济开发区", "头门港经济开发区", "头门港经开区"], note="2013年成立，2017年获批省级，2021年升级国家级并更名"),
  park("临海经济开发区", "台州", "浙江", "经济开发区", F2, district="临海市", opt=True, note="拟托管区域"),
  park("医化园区椒江区块", "台州", "浙江", "园区区块（医化）", F2, district="椒江区", opt=True, note="拟托管区域"),
  park("河北张家口经济开发区", "张家口", "河北", "经济开发区", "国务院批复同意河北张家口经济开发区等13个省级开发区升级为国家级经济技术开发区", opt=True, note="同批升级"),
  park("浙江自贸试验区舟山片区", "舟山", "浙江", "自贸试验区片区", "舟山设有浙江自贸试验区舟山片区", opt=True),
 ],
 companies=[
  comp("华海药业", TZW, F1, note="医药类上市企业"),
  comp("九洲药业", TZW, F1, note="医药类上市企业"),
  comp("海翔药业", TZW, F1, note="医药类上市企业"),
  comp("仙琚药业", TZW, F1, note="医药类上市企业"),
  comp("吉利汽车", TZW, F1, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("国务院", "国务院批复同意河北张家口经济开发区等13个省级开发区升级为国家级经济技术开发区"),
  inst("浙江省商务厅", "据浙江省商务厅开发区处处长杨威介绍"),
 ],
 projects=[
  proj("吉利汽车项目", TZW, F1, companies=["吉利汽车"], note="年产30万辆整车；已有项目，文中无状态词"),
 ],
 aggregate_facts=[
  fact("浙江省", "region", "national_etdz_count", 22, "count", "浙江省国家级经济技术开发区数量扩容至22家", "2021年6月", opt=True),
  fact("吉利汽车项目", "project", "annual_capacity_vehicles", 3e5, "vehicles", F1, "2021年6月", opt=True),
 ])

# ---------------------------------------------------------------- or07 台州湾经开区 临港经济 (台州日报 via tzcei 2023)
TZ2 = "台州湾经开区"
H0 = "今年1-7月,台州湾经开区完成规上工业总产值近241亿元,入库税收14.49亿元,同比增长34.18%,完成固定资产投资52.33亿元,同比增长26.4%,完成限上批发业39.16亿元,同比增长110%"
H1 = "今年1-7月,头门港区完成货物吞吐量606.98万吨,同比增长37.53%,实现集装箱吞吐量4672箱"
AS7 = "2023年1–7月"
G["or07"] = dict(
 article=art("台州湾经开区:全力打造临港经济重要增长极", "台州日报，载于 tzcei.com（记者署名存段未示）", "2023-09-21", "day",
  "City daily relayed by a local site, Zhejiang: a national economic and technological development zone built round a port — Jan–Jul output, tax, fixed-asset investment and wholesale sales with growth, a party secretary's visit, the port's berths and throughput",
  "http://tzcei.com/news_detail.aspx?c_kind=5&c_kind2=26&id=8923",
  "日期取页面“2023年09月21日 来源:台州日报”（页首“今天是:2024年09月20日…”为站点日历行，已删）。标题照录。页面把一句断成两行（“…头门港区完” / “成货物吞吐量…”），make_txt.py JOIN 原样拼接。存段末段“2021年12月,台州综合保税区获国务院正式批复;…台州率先在省”在句中中断，整段删去；其前一段“扩大对外开放,构建高能级平台。近年来,台州湾经开区迎来诸多高光时刻——”只是引出该段的破折号引语，一并删去；正文截至“…保持高速增长。”，含小标题一行，共六段。园区：台州湾经济技术开发区（文中又作“台州湾经开区”；台州临海，浙江）。头门港为港口（“头门港区”），不列园区。事实（1-7月）：规上工业总产值近241亿元（约，qualifier_text 近）、入库税收14.49亿元及增长34.18%、固定资产投资52.33亿元及增长26.4%、限上批发业39.16亿元及增长110%；头门港区货物吞吐量606.98万吨、增长37.53%、集装箱4672箱（subject 头门港区，港区，subject_type region，可选）。码头个数为设施，不计。",
  "or07"),
 parks=[
  park(TZW, "台州", "浙江", "国家级经济技术开发区", "台州湾经济技术开发区正全力发展临港经济,实现海洋经济跨越式发展", district="临海市",
       aliases=["台州湾经开区"], note="文中又作“台州湾经开区”"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(TZW, "park", "industrial_output_above_scale_cny", 2.41e10, "cny", "台州湾经开区完成规上工业总产值近241亿元", AS7, qual="约", qtext="近", chk=True),
  fact(TZW, "park", "tax_revenue_cny", 1.449e9, "cny", "入库税收14.49亿元,同比增长34.18%", AS7, chk=True),
  fact(TZW, "park", "tax_revenue_yoy_growth", 0.3418, "ratio", "入库税收14.49亿元,同比增长34.18%", AS7, kind="ratio"),
  fact(TZW, "park", "fixed_asset_investment_cny", 5.233e9, "cny", "完成固定资产投资52.33亿元,同比增长26.4%", AS7, chk=True),
  fact(TZW, "park", "fixed_asset_investment_yoy_growth", 0.264, "ratio", "完成固定资产投资52.33亿元,同比增长26.4%", AS7, kind="ratio"),
  fact(TZW, "park", "wholesale_sales_above_quota_cny", 3.916e9, "cny", "完成限上批发业39.16亿元,同比增长110%", AS7, chk=True),
  fact(TZW, "park", "wholesale_sales_above_quota_yoy_growth", 1.10, "ratio", "完成限上批发业39.16亿元,同比增长110%", AS7, kind="ratio", opt=True),
  fact("头门港区", "region", "cargo_throughput_t", 6.0698e6, "t", H1, AS7, opt=True),
  fact("头门港区", "region", "cargo_throughput_yoy_growth", 0.3753, "ratio", H1, AS7, kind="ratio", opt=True),
  fact("头门港区", "region", "container_throughput_teu", 4672, "box", H1, AS7, opt=True),
 ])
