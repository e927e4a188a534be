# real76 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a county is not a park). Status from the text's words (开工 / 集中开工
# → 开工; 投产 / 投料生产成功 / 试运行 / 试生产 → 投产; 签约 → 签约; 正在推进 / 累计完成投资…预计竣工 → 在建; 落地 alone → no
# status). “预计” figures are kind target with “（预计）” in as_of; year-to-date counts (“截至目前”, “累计”) are cumulative.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/ytNN.raw as returned.

# ---------------------------------------------------------------- yt01 新疆轮台工业园区21个项目集中开工 (工业园网 2013)
LT = "轮台工业园区"
A0 = "新疆汇盈石化有限公司100万吨每年劣质油深加工项目、新疆北方福瑞生态工程有限公司年产60万吨高浓缩水溶性肥料一期30万吨生产线项目、新疆圣运化工有限公司一期20万吨/年粗苯加氢项目、新疆通奥油田技术服务有限公司管材修复、防腐内涂层现代化生产线项目……5月28日,新疆轮台工业园区21个项目集中开工"
A1 = "21个项目建成后可为社会提供就业岗位2400多个,实现工业产值约90亿元,实现利税约6.8亿元"
A2 = "目前,园区累计入园企业已达125家"
AS1 = "2013年5月28日（集中开工）"
G["yt01"] = dict(
 article=art("新疆轮台工业园区21个项目集中开工 总投资31亿元", "工业园网（cnipai.com 新疆频道；页注“本文为工业园网用户自行上传并发布”，原发媒体与署名未注明）", "2013-06-13", "day",
  "Industrial-park portal relaying a local item, Xinjiang: a county industrial park's joint groundbreaking — four named firms' projects among 21 started, their total, expected jobs, output and profit-tax, the park's firm count and 2012 output, value added and investment with growth",
  "https://xj.cnipai.com/news/detail/22403.html",
  "日期取页面“2013 06/13 09:51”。标题照录；“新疆切换”“新闻”、日期行与末尾免责声明已删。正文四段，完整。园区：轮台工业园区（文中又作“新疆轮台工业园区”“园区”；巴音郭楞蒙古自治州轮台县，新疆）。项目：首段列出的四个项目（5月28日集中开工→开工；无单项金额），企业名照录在项目名中，另列为公司（此次21家新入园企业之列，在园）。事实：21个项目投资总额31亿元；建成后就业岗位2400多个（余）、工业产值约90亿元、利税约6.8亿元（预期，target，主体记园区）；累计入园企业125家（cumulative，2013年6月）；2012年工业总产值45亿元、工业增加值13.5亿元（均“含产业单位”）、全社会固定资产投资35亿元及增速。管委会主任徐卫东（人名）不列。",
  "yt01"),
 parks=[
  park(LT, "巴音郭楞蒙古自治州", "新疆", "工业园区", A0, district="轮台县", aliases=["新疆轮台工业园区"], note="文中又作“新疆轮台工业园区”“园区”"),
 ],
 companies=[
  comp("新疆汇盈石化有限公司", LT, A0, note="新入园企业；项目集中开工"),
  comp("新疆北方福瑞生态工程有限公司", LT, A0, note="同上"),
  comp("新疆圣运化工有限公司", LT, A0, note="同上"),
  comp("新疆通奥油田技术服务有限公司", LT, A0, note="同上"),
 ],
 projects=[
  proj("新疆汇盈石化有限公司100万吨每年劣质油深加工项目", LT, A0, companies=["新疆汇盈石化有限公司"], status="开工", status_text="集中开工"),
  proj("新疆北方福瑞生态工程有限公司年产60万吨高浓缩水溶性肥料一期30万吨生产线项目", LT, A0, companies=["新疆北方福瑞生态工程有限公司"],
       phase="一期", status="开工", status_text="集中开工"),
  proj("新疆圣运化工有限公司一期20万吨/年粗苯加氢项目", LT, A0, companies=["新疆圣运化工有限公司"], phase="一期", status="开工", status_text="集中开工"),
  proj("新疆通奥油田技术服务有限公司管材修复、防腐内涂层现代化生产线项目", LT, A0, companies=["新疆通奥油田技术服务有限公司"], status="开工", status_text="集中开工"),
 ],
 aggregate_facts=[
  fact(LT, "park", "projects_started", 21, "count", "5月28日,新疆轮台工业园区21个项目集中开工,21个项目投资总额达31亿元", AS1),
  fact(LT, "park", "projects_started_investment_cny", 3.1e9, "cny", "21个项目投资总额达31亿元", AS1, chk=True),
  fact(LT, "park", "new_firms", 21, "count", "据悉,此次21家新入园企业,涉及石油化工、油田技术服务、机械加工制造等多个行业", AS1, opt=True),
  fact(LT, "park", "expected_jobs", 2400, "count", A1, "21个项目建成后（预期）", kind="target", qual="余", qtext="多", note="21个开工项目合计"),
  fact(LT, "park", "expected_annual_output_cny", 9e9, "cny", "实现工业产值约90亿元,实现利税约6.8亿元", "21个项目建成后（预期）", kind="target", qual="约", qtext="约", chk=True, note="21个开工项目合计"),
  fact(LT, "park", "expected_annual_profit_tax_cny", 6.8e8, "cny", "实现利税约6.8亿元", "21个项目建成后（预期）", kind="target", qual="约", qtext="约", chk=True, note="21个开工项目合计"),
  fact(LT, "park", "firms", 125, "count", A2, "2013年6月", kind="cumulative", note="累计入园企业"),
  fact(LT, "park", "industrial_output_cny", 4.5e9, "cny", "2012年全年完成工业总产值45亿元(含产业单位),同比增长38.5%", "2012年", chk=True, note="含产业单位"),
  fact(LT, "park", "industrial_output_yoy_growth", 0.385, "ratio", "2012年全年完成工业总产值45亿元(含产业单位),同比增长38.5%", "2012年", kind="ratio"),
  fact(LT, "park", "industrial_value_added_cny", 1.35e9, "cny", "完成工业增加值13.5亿元(含产业单位),同比增长36.8%", "2012年", chk=True, note="含产业单位"),
  fact(LT, "park", "industrial_value_added_yoy_growth", 0.368, "ratio", "完成工业增加值13.5亿元(含产业单位),同比增长36.8%", "2012年", kind="ratio"),
  fact(LT, "park", "fixed_asset_investment_cny", 3.5e9, "cny", "完成全社会固定资产投资35亿元,同比增长169.2%", "2012年", chk=True),
  fact(LT, "park", "fixed_asset_investment_yoy_growth", 1.692, "ratio", "完成全社会固定资产投资35亿元,同比增长169.2%", "2012年", kind="ratio"),
 ])

# ---------------------------------------------------------------- yt02 试验区大柴旦工业园 五大亮点 (青海日报 2018)
DC = "大柴旦工业园"
B0 = "近年来,试验区大柴旦工业园依托地区资源优势和工业基础,突出盐化工综合利用产业差异化发展"
B1 = "博华锂业、兴华锂盐公司分别建成年产0.1万吨氯化锂联产0.25万吨精硼酸和一期0.5万吨氯化锂联产1.25万吨精硼酸生产线并顺利投料生产成功"
B2 = "伯格溴业公司年产0.2万吨溴素项目建成试运行成功"
B3 = "中天硼锂公司年产1000吨电池级碳酸锂项目正在有序推进"
B4 = "全年完成氯化锂生产2161吨,同比增长405%,实现工业产值2.15亿元,完成工业增加值0.53亿元,同比增长393.33%,占全区增加值的比重为2.6%"
AS2 = "2017年"
G["yt02"] = dict(
 article=art("试验区大柴旦工业园工业经济稳步增长产业结构呈现五大亮点", "青海日报（“来源: 青海日报”），载于 cdm.qinghai.gov.cn（海西州人民政府所属站点；编辑:李宏才）", "2018-02-07", "day",
  "Provincial daily on a prefecture government site, Qinghai: a circular-economy zone's sub-park — its industrial chain and target base, four named firms' lithium / boron / bromine lines in production, on trial run or under way, the new-materials industry's year output, value added and growth",
  "http://cdm.qinghai.gov.cn/system/2018/02/07/010294664.shtml",
  "日期取页面“发布时间: 2018-02-07 09:22”。标题照录；站点抬头与来源行已删。存段在第二个“亮点”中“全区现有新能源企业16家,其中,风电企业14”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…千万千瓦级新能源产业集群。”，共三段（“五大亮点”只存前两点的开头）。园区：大柴旦工业园（文中作“试验区大柴旦工业园”；“试验区”即柴达木循环经济试验区，全称文中未出现，不列母园区；海西州大柴旦行委，青海）。“大柴旦五百亿元重大产业基地”是目标提法，不列园区。公司（均在园）：博华锂业、兴华锂盐公司、伯格溴业公司、中天硼锂公司。项目：博华、兴华两条生产线（“建成…并顺利投料生产成功”→投产；“分别”对应，兴华为一期）；伯格溴业溴素项目（“建成试运行成功”→投产）；中天硼锂碳酸锂项目（“正在有序推进”→在建）。事实：新材料产业全年（2017年）氯化锂产量、工业产值2.15亿元、工业增加值0.53亿元及增速，主体记园区（新材料产业口径，见 note）；“占全区增加值的比重为2.6%”中“全区”所指不明，可选。",
  "yt02"),
 parks=[
  park(DC, "海西蒙古族藏族自治州", "青海", "工业园", B0, district="大柴旦行委",
       note="文中作“试验区大柴旦工业园”；试验区=柴达木循环经济试验区（全称文中未出现，不列母园区）"),
 ],
 companies=[
  comp("博华锂业", DC, B1),
  comp("兴华锂盐公司", DC, B1),
  comp("伯格溴业公司", DC, B2),
  comp("中天硼锂公司", DC, B3),
 ],
 projects=[
  proj("年产0.1万吨氯化锂联产0.25万吨精硼酸生产线", DC, B1, companies=["博华锂业"], status="投产", status_text="建成…并顺利投料生产成功",
       note="“分别建成”：前者属博华锂业"),
  proj("一期0.5万吨氯化锂联产1.25万吨精硼酸生产线", DC, B1, companies=["兴华锂盐公司"], phase="一期", status="投产", status_text="建成…并顺利投料生产成功",
       note="“分别建成”：后者属兴华锂盐公司"),
  proj("伯格溴业公司年产0.2万吨溴素项目", DC, B2, companies=["伯格溴业公司"], status="投产", status_text="建成试运行成功"),
  proj("中天硼锂公司年产1000吨电池级碳酸锂项目", DC, B3, companies=["中天硼锂公司"], status="在建", status_text="正在有序推进"),
 ],
 aggregate_facts=[
  fact(DC, "park", "lithium_chloride_output_t", 2161, "t", B4, AS2, opt=True, note="新材料产业"),
  fact(DC, "park", "lithium_chloride_output_yoy_growth", 4.05, "ratio", B4, AS2, kind="ratio", opt=True, note="新材料产业"),
  fact(DC, "park", "new_materials_industrial_output_cny", 2.15e8, "cny", "实现工业产值2.15亿元,完成工业增加值0.53亿元", AS2, chk=True,
       note="新材料产业的工业产值（非园区全部）"),
  fact(DC, "park", "new_materials_industrial_value_added_cny", 5.3e7, "cny", "完成工业增加值0.53亿元,同比增长393.33%", AS2, chk=True,
       note="新材料产业"),
  fact(DC, "park", "new_materials_industrial_value_added_yoy_growth", 3.9333, "ratio", "完成工业增加值0.53亿元,同比增长393.33%", AS2, kind="ratio",
       note="新材料产业"),
  fact(DC, "park", "new_materials_value_added_share", 0.026, "ratio", "占全区增加值的比重为2.6%", AS2, kind="ratio", opt=True,
       note="“全区”所指不明（园区或试验区）"),
 ])

# ---------------------------------------------------------------- yt03 渭南经开区签下两项目 (陕西农村报 2017)
WN = "渭南经开区"
C0 = "11月5日,渭南经开区在杨凌农高会上招商引资签约9亿元"
C1 = "其中,食用菌深加工综合产业项目计划总投资5亿元,规划面积260亩"
C2 = "年加工82万吨小麦项目总投资7亿元(本次签约一期4亿元),一期年加工小麦37万吨,预计2020年初投产"
C3 = "建成投运后每年可生产猴头菇、蛹虫草、白灵菇等高端食用菌2.2万吨,产值约2.8亿元,可实现税收达1000万元"
AS3 = "2017年11月5日（农高会签约）"
G["yt03"] = dict(
 article=art("渭南经开区签下两项目", "陕西农村报（电子版 sxncb.joyhua.cn，“本报讯(记者 孙金龙)”；报名由站点名与“本报讯”推定）", "2017-11-08", "day",
  "Provincial rural newspaper's e-paper, Shaanxi: an economic development zone signs two food-processing projects at an agricultural fair — total signed, each project's investment, area, capacity, expected output and tax, phase and planned production date",
  "http://sxncb.joyhua.cn/sxncb/20171108/html/index_content_004.htm",
  "日期取网址 20171108（电子报版期）。标题照录；“日期检索:”与图片说明“渭南展馆。”已删。页面把全文重复了一遍（第二遍在“渭南经开区食”处中断），只取第一遍，重复部分整体删去（make_txt.py ITEMS 截至第一遍末段）；正文两段，完整。园区：渭南经开区（渭南经济技术开发区；渭南，陕西；文中只作“渭南经开区”，不补全称）。项目（签约，园区渭南经开区）：食用菌深加工综合产业项目（计划总投资5亿元）；年加工82万吨小麦项目（总投资7亿元，本次签约一期4亿元——alt_investment 记一期；一期预计2020年初投产）。投资方未点名，无公司。事实：签约9亿元（=5亿+一期4亿）、签约项目2个；两项目的规划面积、预期产值、税收。“杨凌农高会”为展会，不列。",
  "yt03"),
 parks=[
  park(WN, "渭南", "陕西", "经济技术开发区", C0, note="即渭南经济技术开发区；文中只作“渭南经开区”"),
 ],
 projects=[
  proj("食用菌深加工综合产业项目", WN, "据了解,此次签约的两个项目分别为食用菌深加工综合产业项目和年加工82万吨小麦项目。其中,食用菌深加工综合产业项目计划总投资5亿元",
       inv="计划总投资5亿元", status="签约", status_text="签约"),
  proj("年加工82万吨小麦项目", WN, C2, inv="总投资7亿元", status="签约", status_text="签约",
       alt_investment={"investment_text": "本次签约一期4亿元", "investment_cny": 4e8, "phase": "一期"},
       note="本次签约一期4亿元；一期预计2020年初投产，二期年加工小麦45万吨"),
 ],
 aggregate_facts=[
  fact(WN, "park", "signed_investment_cny", 9e8, "cny", C0, AS3, chk=True),
  fact(WN, "park", "projects_signed", 2, "count", "此次签约的两个项目分别为食用菌深加工综合产业项目和年加工82万吨小麦项目", AS3),
  fact("食用菌深加工综合产业项目", "project", "site_area_mu", 260, "mu", C1, AS3, note="规划面积"),
  fact("食用菌深加工综合产业项目", "project", "expected_annual_output_t", 22000, "t", C3, "建成投运后（预期）", kind="target", opt=True),
  fact("食用菌深加工综合产业项目", "project", "expected_annual_output_cny", 2.8e8, "cny", "产值约2.8亿元,可实现税收达1000万元", "建成投运后（预期）", kind="target",
       qual="约", qtext="约", chk=True),
  fact("食用菌深加工综合产业项目", "project", "expected_annual_tax_cny", 1e7, "cny", "可实现税收达1000万元", "建成投运后（预期）", kind="target", chk=True),
  fact("年加工82万吨小麦项目", "project", "phase1_investment_cny", 4e8, "cny", "本次签约一期4亿元", AS3, chk=True),
  fact("年加工82万吨小麦项目", "project", "expected_annual_output_cny", 2.5e9, "cny", "全部建成后,将达到16万吨的小麦仓储及82万吨小麦转化能力,年实现产值25亿元",
       "全部建成后（预期）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- yt04 榆林经开区 2022年一季度 (kongfen.org.cn relay)
YL = "榆林经济技术开发区"
CX = "创新创业产业园"
D0 = "上周从榆林经济技术开发区(榆神工业区)管委会获悉,榆林经开区加快推进重大能源化工项目建设"
D1 = "一季度预计完成固定资产投资27亿元,完成年度计划的21%"
D2 = "实现工业总产值150亿元、工业销售产值140亿元、营业收入140亿元,同比分别增长16.39%、21.14%和20.83%"
D3 = "据了解,2022年榆林经开区安排项目91个,总投资达4715亿元"
D4 = "截至目前,12个续建项目已全部复工,15个新开工项目已开工7个"
D5 = "国家能源集团榆林化工公司5万吨/年聚乙醇酸(PGA)项目预计6月底机械竣工"
D6 = "陕煤榆林化学180万吨/年乙二醇项目累计完成投资261.3亿元,总体进度完成97%,进入收尾阶段,预计7月底建成中交"
D7 = "陕煤120万吨/年煤热解启动工程累计完成投资27.53亿元,计划年底建成中交"
D8 = "延长石油50万吨/年煤基乙醇项目累计完成投资51.72亿元,计划6月底建成中交"
D9 = "榆林能源集团40万吨/年乙二醇项目累计完成投资31.43亿元,力争年内建成中交"
D10 = "榆林经开区还快速推进创新创业产业园建设,其中一期项目累计完成投资2.46亿元,8座定制化厂房已建成,7座定制化厂房正在建设"
D11 = "一批高端化工新技术中试项目落地,包括陕西省石化院榆神工业区检测公共平台、西交大能化产业两化融合平台、中德环保节能型输送带生产基地及技术服务中心、自干型纳米金属防腐新材料等15个项目,总投资5.4亿元"
D12 = "智能化信息管理中心项目主体工程即将实施"
AS4 = "2022年一季度"
AS4c = "2022年（截至4月）"
G["yt04"] = dict(
 article=art("（无标题）榆林经开区加快推进重大能源化工项目建设 一季度工业总产值150亿元", "kongfen.org.cn（行业站转载；存段无标题、日期行与来源，原发媒体与署名未注明）", "2022-04", "month",
  "Industry site relaying a local item, Shaanxi: a national economic and technological development zone's first quarter 2022 — investment (estimate), output, sales and revenue with growth, the year's project plan, five named provincial key projects with cumulative investment and completion dates, a start-up park's first phase, 15 pilot projects",
  "https://kongfen.org.cn/news/show-23563.html",
  "日期为推定：存段无日期行；文中“2022年榆林经开区安排项目91个”“一季度预计完成…”“上周…获悉”“预计6月底机械竣工”，发布当在2022年4月前后，记 2022-04（month，推定）。存段无标题（title 为编者概括）。存段末段“榆林经开区经发局局长王强表示,…佰木森120万吨甲醛”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…即将实施。”，共五段。园区：榆林经济技术开发区（文中又作“榆林经开区”“经开区”；即“榆神工业区”；榆林，陕西）；创新创业产业园（区内在建园区，母园区榆林经济技术开发区；名称泛，可选）。项目：五个省级重点项目（“预计…机械竣工”“累计完成投资…建成中交”→在建；只有累计完成投资，无总投资，记 cumulative 事实）；创新创业产业园一期（在建）；四个点名的中试项目（“落地”→无状态；15个合计5.4亿元为事实）；智能化信息管理中心项目（“主体工程即将实施”→planned，可选）。公司：国家能源集团榆林化工公司、陕煤榆林化学、陕煤、延长石油、榆林能源集团（项目业主，在园）。机构：陕西省石化院、西交大（只在中试平台名中，可选）。事实：一季度固投27亿元为“预计”（target）；工业总产值、工业销售产值、营业收入及增速（reported；与“预计”不在同一句）；年度安排项目91个/4715亿元、省级12个/1052亿元、市级27个/1150亿元；续建复工、新开工7个（cumulative）。",
  "yt04"),
 parks=[
  park(YL, "榆林", "陕西", "国家级经济技术开发区", D0, aliases=["榆林经开区", "榆神工业区"], note="“榆林经济技术开发区(榆神工业区)”；文中又作“榆林经开区”“经开区”"),
  park(CX, "榆林", "陕西", "产业园（创新创业）", D10, parent=YL, opt=True, note="区内在建园区；名称泛"),
 ],
 companies=[
  comp("国家能源集团榆林化工公司", YL, D5),
  comp("陕煤榆林化学", YL, D6),
  comp("陕煤", YL, D7, opt=True, note="煤热解启动工程业主；又见于“陕煤榆林化学”"),
  comp("延长石油", YL, D8),
  comp("榆林能源集团", YL, D9),
 ],
 institutions=[
  inst("陕西省石化院", D11, kind="research", note="只在中试平台名中"),
  inst("西交大", D11, kind="university", note="只在中试平台名中（西安交通大学简称）"),
 ],
 projects=[
  proj("国家能源集团榆林化工公司5万吨/年聚乙醇酸(PGA)项目", YL, D5, companies=["国家能源集团榆林化工公司"], status="在建", status_text="预计6月底机械竣工",
       note="省级重点项目"),
  proj("陕煤榆林化学180万吨/年乙二醇项目", YL, D6, companies=["陕煤榆林化学"], status="在建", status_text="总体进度完成97%,进入收尾阶段",
       note="省级重点项目；累计完成投资261.3亿元（非总投资）；预计7月底建成中交"),
  proj("陕煤120万吨/年煤热解启动工程", YL, D7, companies=["陕煤"], status="在建", status_text="累计完成投资…计划年底建成中交",
       note="省级重点项目；累计完成投资27.53亿元（非总投资）"),
  proj("延长石油50万吨/年煤基乙醇项目", YL, D8, companies=["延长石油"], status="在建", status_text="累计完成投资…计划6月底建成中交",
       note="省级重点项目；累计完成投资51.72亿元（非总投资）"),
  proj("榆林能源集团40万吨/年乙二醇项目", YL, D9, companies=["榆林能源集团"], status="在建", status_text="累计完成投资…力争年内建成中交",
       note="省级重点项目；累计完成投资31.43亿元（非总投资）"),
  proj("创新创业产业园一期", YL, D10, aliases=["创新创业产业园"], phase="一期", status="在建", status_text="8座定制化厂房已建成,7座定制化厂房正在建设",
       note="累计完成投资2.46亿元（非总投资）"),
  proj("陕西省石化院榆神工业区检测公共平台", YL, D11, note="中试项目，“落地”，无单项金额"),
  proj("西交大能化产业两化融合平台", YL, D11, note="同上"),
  proj("中德环保节能型输送带生产基地及技术服务中心", YL, D11, note="同上"),
  proj("自干型纳米金属防腐新材料", YL, D11, opt=True, note="同上；名称为产品名"),
  proj("智能化信息管理中心项目", YL, D12, status="planned", status_text="主体工程即将实施", opt=True, note="基础设施"),
 ],
 aggregate_facts=[
  fact(YL, "park", "fixed_asset_investment_cny", 2.7e9, "cny", D1, "2022年一季度（预计）", kind="target", chk=True),
  fact(YL, "park", "fixed_asset_investment_plan_completion", 0.21, "ratio", D1, "2022年一季度（预计）", kind="ratio", opt=True),
  fact(YL, "park", "industrial_output_cny", 1.5e10, "cny", D2, AS4, chk=True),
  fact(YL, "park", "industrial_sales_output_cny", 1.4e10, "cny", "工业销售产值140亿元、营业收入140亿元,同比分别增长16.39%、21.14%和20.83%", AS4, chk=True),
  fact(YL, "park", "operating_revenue_cny", 1.4e10, "cny", "营业收入140亿元,同比分别增长16.39%、21.14%和20.83%", AS4, chk=True),
  fact(YL, "park", "industrial_output_yoy_growth", 0.1639, "ratio", D2, AS4, kind="ratio"),
  fact(YL, "park", "industrial_sales_output_yoy_growth", 0.2114, "ratio", D2, AS4, kind="ratio"),
  fact(YL, "park", "revenue_yoy_growth", 0.2083, "ratio", D2, AS4, kind="ratio"),
  fact(YL, "park", "projects_planned", 91, "count", D3, "2022年（年度安排）"),
  fact(YL, "park", "planned_projects_investment_cny", 4.715e11, "cny", "2022年榆林经开区安排项目91个,总投资达4715亿元", "2022年（年度安排）", chk=True),
  fact(YL, "park", "provincial_key_projects", 12, "count", "其中省级重点项目12个,总投资1052亿元", "2022年（年度安排）"),
  fact(YL, "park", "provincial_key_projects_investment_cny", 1.052e11, "cny", "总投资1052亿元;市级重点项目27个,总投资1150亿元", "2022年（年度安排）", chk=True),
  fact(YL, "park", "municipal_key_projects", 27, "count", "市级重点项目27个,总投资1150亿元", "2022年（年度安排）", opt=True),
  fact(YL, "park", "municipal_key_projects_investment_cny", 1.15e11, "cny", "市级重点项目27个,总投资1150亿元", "2022年（年度安排）", opt=True, chk=True),
  fact(YL, "park", "projects_resumed", 12, "count", D4, AS4c, kind="cumulative", opt=True, note="续建项目全部复工"),
  fact(YL, "park", "projects_started", 7, "count", D4, AS4c, kind="cumulative", note="15个新开工项目中已开工7个"),
  fact("陕煤榆林化学180万吨/年乙二醇项目", "project", "investment_completed_cny", 2.613e10, "cny", D6, AS4c, kind="cumulative", chk=True),
  fact("陕煤榆林化学180万吨/年乙二醇项目", "project", "progress_share", 0.97, "ratio", D6, AS4c, kind="ratio", opt=True),
  fact("陕煤120万吨/年煤热解启动工程", "project", "investment_completed_cny", 2.753e9, "cny", D7, AS4c, kind="cumulative", chk=True),
  fact("延长石油50万吨/年煤基乙醇项目", "project", "investment_completed_cny", 5.172e9, "cny", D8, AS4c, kind="cumulative", chk=True),
  fact("榆林能源集团40万吨/年乙二醇项目", "project", "investment_completed_cny", 3.143e9, "cny", D9, AS4c, kind="cumulative", chk=True),
  fact("创新创业产业园一期", "project", "investment_completed_cny", 2.46e8, "cny", "其中一期项目累计完成投资2.46亿元,8座定制化厂房已建成", AS4c, kind="cumulative", chk=True),
  fact(YL, "park", "pilot_projects_landed", 15, "count", D11, AS4c, note="高端化工新技术中试项目"),
  fact(YL, "park", "pilot_projects_investment_cny", 5.4e8, "cny", "自干型纳米金属防腐新材料等15个项目,总投资5.4亿元", AS4c, chk=True),
 ])

# ---------------------------------------------------------------- yt05 平凉强工业行动 (平凉日报 on 每日甘肃网 2025)
PL = "平凉工业园区"
LT5 = "灵台县工业集中区"
E0 = "平凉工业园区(高新区)推行“管委会+开发运营公司”新体制改革,围绕合成生物等主导产业“按图索骥”精准招商"
E1 = "今年上半年,园区“走出去”“请进来”招商35批次,对接项目49项,签约10项、总投资32.3亿元,新入驻企业14家,吸纳投资25.64亿元"
E2 = "国维淀粉、量维生物、新仰韶科技等企业的集聚,正是这一思路的生动实践"
E3 = "崇信县组建工作专班,“保姆式”服务叶润豆制品项目,这个总投资6.75亿元的西北地区最大豆制品生产项目,2024年6月投入试生产,预计年产产品10.8万吨,实现营收10.8亿元,吸纳就业4000余人"
E4 = "灵台县工业集中区跻身省级开发区,推进化工园区规划建设,大力开展煤电化产业链招商"
E5 = "数据显示,今年上半年,全市7个园区完成地区生产总值73.67亿元,占全市GDP的15%;工业增加值41.21亿元,同比增长14%,占全市工业增加值的47%"
AS5 = "2025年上半年"
G["yt05"] = dict(
 article=art("煤海跃“智” 产业焕新——平凉强工业行动书写转型发展新篇章", "平凉日报（记者 张成龙），载于每日甘肃网平凉频道 pl.gansudaily.com.cn", "2025-12-08", "day",
  "City daily on the provincial news portal, Gansu: a city's industrial drive — the city industrial park (high-tech zone) with its half-year signings, new firms and investment, three named firms, a county's soybean-products project in trial production, a county zone upgraded, the seven parks' combined GDP and value added",
  "https://pl.gansudaily.com.cn/system/2025/12/08/031289369_01.shtml",
  "日期取页面“2025/12/08/ 16:37 来源:平凉日报 记者 张成龙”。标题照录；导航与日期来源行已删。存页网址以 _01 结尾，当为多页文章的第二页：正文从小标题“园区平台“强”变:筑巢引凤促集聚”起（保留为一段）。存段在下一小标题“服务保障“暖”变”后的段落中“94%的问”处中断，该小标题与残段整体删去（make_txt.py ITEMS 截至“数据显示…”段），正文共五段。“今年上半年”= 2025年上半年。园区：平凉工业园区（文中作“平凉工业园区(高新区)”“园区”；平凉，甘肃）；灵台县工业集中区（跻身省级开发区）。静宁县“工业园区”未具名，不列。公司：国维淀粉、量维生物、新仰韶科技（在平凉工业园区集聚）。项目：叶润豆制品项目（崇信县；园区文中未说→park null；总投资6.75亿元；2024年6月投入试生产→投产）。事实：平凉工业园区上半年签约10项/32.3亿元、新入驻企业14家、吸纳投资25.64亿元（招商批次、对接项目可选）；叶润项目预期年产量、营收、就业（target）；全市7个园区合计地区生产总值、工业增加值及增速与占比（主体记平凉市，region，note 7个园区合计）。",
  "yt05"),
 parks=[
  park(PL, "平凉", "甘肃", "工业园区（高新区）", E0, note="文中作“平凉工业园区(高新区)”“园区”"),
  park(LT5, "平凉", "甘肃", "工业集中区（省级开发区）", E4, district="灵台县"),
 ],
 companies=[
  comp("国维淀粉", PL, E2),
  comp("量维生物", PL, E2),
  comp("新仰韶科技", PL, E2),
 ],
 projects=[
  proj("叶润豆制品项目", None, E3, inv="总投资6.75亿元", status="投产", status_text="2024年6月投入试生产",
       note="崇信县；所在园区文中未说（“各县工业园区同样多点开花”之下），park null"),
 ],
 aggregate_facts=[
  fact(PL, "park", "investment_promotion_trips", 35, "count", E1, AS5, opt=True),
  fact(PL, "park", "projects_contacted", 49, "count", E1, AS5, opt=True),
  fact(PL, "park", "projects_signed", 10, "count", E1, AS5),
  fact(PL, "park", "signed_investment_cny", 3.23e9, "cny", "签约10项、总投资32.3亿元,新入驻企业14家,吸纳投资25.64亿元", AS5, chk=True),
  fact(PL, "park", "new_firms", 14, "count", E1, AS5),
  fact(PL, "park", "investment_attracted_cny", 2.564e9, "cny", "吸纳投资25.64亿元", AS5, chk=True),
  fact("叶润豆制品项目", "project", "expected_annual_output_t", 108000, "t", E3, "达产后（预计）", kind="target", opt=True),
  fact("叶润豆制品项目", "project", "expected_annual_sales_cny", 1.08e9, "cny", "实现营收10.8亿元,吸纳就业4000余人", "达产后（预计）", kind="target", chk=True),
  fact("叶润豆制品项目", "project", "expected_jobs", 4000, "count", "实现营收10.8亿元,吸纳就业4000余人", "达产后（预计）", kind="target", qual="余", qtext="余"),
  fact("平凉市", "region", "parks_gdp_cny", 7.367e9, "cny", "全市7个园区完成地区生产总值73.67亿元,占全市GDP的15%", AS5, chk=True, note="全市7个园区合计"),
  fact("平凉市", "region", "parks_gdp_share", 0.15, "ratio", E5, AS5, kind="ratio", opt=True, note="7个园区占全市GDP"),
  fact("平凉市", "region", "parks_industrial_value_added_cny", 4.121e9, "cny", "工业增加值41.21亿元,同比增长14%,占全市工业增加值的47%", AS5, chk=True, note="全市7个园区合计"),
  fact("平凉市", "region", "parks_industrial_value_added_yoy_growth", 0.14, "ratio", E5, AS5, kind="ratio", note="全市7个园区合计"),
  fact("平凉市", "region", "parks_industrial_value_added_share", 0.47, "ratio", E5, AS5, kind="ratio", opt=True, note="7个园区占全市工业增加值"),
  fact("平凉市", "region", "parks", 7, "count", E5, AS5, opt=True),
 ])

# ---------------------------------------------------------------- yt06 兴庆区与苏银产业园2026年第一批项目集中签约 (央广网 2026)
SY = "苏银产业园"
F0 = "1月19日,苏银产业园智慧研发大厦内暖意盎然、宾朋云集,银川市兴庆区与苏银产业园2026年第一批招商引资项目集中签约仪式在此举行"
F1 = "此次签约的10个项目总投资达62亿元,涵盖新能源、现代农业、教育医疗等多个关键领域"
F2 = "作为江苏、宁夏两省区携手共建的省级高新技术产业开发区,苏银产业园自2018年挂牌以来,将苏州工业园区的成功经验与宁夏的资源优势深度融合"
AS6 = "2026年1月19日（集中签约）"
G["yt06"] = dict(
 article=art("（无标题）兴庆区与苏银产业园2026年第一批招商引资项目集中签约 10个项目总投资62亿元", "央广网（记者 李畅，实习记者 黄成虎），载于 shanxishangren.com（商务网站转载）", "2026-01-19", "day",
  "National broadcaster's news site relayed by a business portal, Ningxia: a district and a provincial high-tech park co-built by two provinces hold their first 2026 signing — 10 projects and their total, the park's standing and founding year",
  "https://www.shanxishangren.com/b2b/news/show.php?itemid=181266",
  "日期取电头“央广网银川1月19日消息”与文中“2026年第一批”，记 2026-01-19（day；转载页的发布日存段未示）。存段无标题（title 为编者概括）。图片说明“签约仪式现场(央广网发 黄成虎 摄)”已删。存段在末段“数据见证成长:…R&D投入强度达5”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…五年间交出了亮眼答卷。”，共四段。园区：苏银产业园（江苏、宁夏共建的省级高新技术产业开发区，2018年挂牌；银川市兴庆区，宁夏）；苏州工业园区（只作经验来源，可选）。签约为“兴庆区与苏银产业园”联合举行，10个项目、62亿元记在苏银产业园名下（note 联合）。项目未点名；人名（张静、郝玉峰）不列；苏银产业园管委会列可选机构。",
  "yt06"),
 parks=[
  park(SY, "银川", "宁夏", "省级高新技术产业开发区", F0, district="兴庆区", note="江苏、宁夏共建；2018年挂牌"),
  park("苏州工业园区", "苏州", "江苏", "工业园区", F2, opt=True, note="只作经验来源"),
 ],
 institutions=[
  inst("苏银产业园管委会", "随后,苏银产业园管委会主任郝玉峰接续推介,细数园区叠加的发展红利", park=SY),
 ],
 aggregate_facts=[
  fact(SY, "park", "projects_signed", 10, "count", F1, AS6, note="兴庆区与苏银产业园联合签约"),
  fact(SY, "park", "signed_investment_cny", 6.2e9, "cny", F1, AS6, chk=True, note="兴庆区与苏银产业园联合签约"),
  fact(SY, "park", "established_year", 2018, "year", F2, "2026年1月", opt=True, note="挂牌年份"),
 ])

# ---------------------------------------------------------------- yt07 行进中国 喀什片区三师区块 (人民网 2025)
SS = "中国(新疆)自由贸易试验区喀什片区三师区块"
KS = "中国(新疆)自由贸易试验区喀什片区"
H0 = "新疆长辉电力科技有限公司是落户中国(新疆)自由贸易试验区喀什片区三师区块(以下简称三师区块)的援疆企业,项目总投资4.67亿元,分四期建设,一期主要进行35KV以下电线、电缆产品生产与加工,于今年5月投产运营"
G["yt07"] = dict(
 article=art("行进中国丨“新疆投资前景好,我把家都搬过来了”", "人民网新疆频道（xj.people.com.cn；图片署名人民网记者唐宋、陈新辉）", "2025-09-10", "day",
  "National party paper's regional channel, Xinjiang: a feature on a free-trade-zone block run by a Corps division — a cable maker's project with investment and phase 1 in production, the block's policies, a radiator maker exporting to Central Asia",
  "http://xj.people.com.cn/n2/2025/0910/c186332-41346781.html",
  "日期取网址 2025/0910。标题照录；两条图片说明已删。存段在末段“…凌红洋告诉记者,该企业年产1000万片铝制散热器及300万只压铸铝锅生产建设项目2024年落户三师区块,得益于当地”处中断，该句已删（make_txt.py LINE_SUFFIX；纳隆的项目因此不在正文中），正文截至“…都出口到中亚地区。””，共八段。“今年”= 2025年。园区：中国(新疆)自由贸易试验区喀什片区三师区块（文中简称“三师区块”；兵团第三师，喀什，新疆），母园区中国(新疆)自由贸易试验区喀什片区（只在全称中，可选）。公司：新疆长辉电力科技有限公司（落户三师区块的援疆企业）；新疆纳隆科技有限公司（落户三师区块的那句已删，位置由上下文推定，可选）。项目：长辉的项目未具名，以企业名作项目名（同 real52 zv02 成峰工程机械）；总投资4.67亿元，分四期，一期2025年5月投产运营→投产。人名（李杰玑、凌红洋）不列。",
  "yt07"),
 parks=[
  park(SS, "喀什地区", "新疆", "自贸试验区片区区块", H0, aliases=["三师区块"], parent=KS, note="兵团第三师；文中简称“三师区块”"),
  park(KS, "喀什地区", "新疆", "自贸试验区片区", H0, opt=True, note="只在三师区块全称中"),
 ],
 companies=[
  comp("新疆长辉电力科技有限公司", SS, H0, note="援疆企业"),
  comp("新疆纳隆科技有限公司", SS, "在新疆纳隆科技有限公司的生产车间,一边是自动化生产线高速运转,一边是工人在忙着包装铝制散热器", opt=True,
       note="落户三师区块的原句在截断处，已删；位置由上下文推定"),
 ],
 projects=[
  proj("新疆长辉电力科技有限公司", SS, H0, companies=["新疆长辉电力科技有限公司"], inv="项目总投资4.67亿元", phase="一期", status="投产", status_text="于今年5月投产运营",
       note="项目未具名，以企业名作项目名；分四期建设，一期2025年5月投产"),
 ],
 aggregate_facts=[
  fact("新疆长辉电力科技有限公司", "company", "investment_cny", 4.67e8, "cny", "项目总投资4.67亿元,分四期建设", "2025年9月", chk=True, opt=True, note="即其项目总投资"),
  fact("新疆纳隆科技有限公司", "company", "exports_share_central_asia", 0.9, "ratio", "“这些散热器90%以上都出口到中亚地区。”", "2025年9月", kind="ratio",
       qual="超", qtext="以上", opt=True),
 ])
