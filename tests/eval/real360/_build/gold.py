# real360 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written
# in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects:
# the park is the one the text places the project in, null if none (a district is not a park). Status from the text's words
# (集中签约 / 签订…协议 → 签约; 开工 → 开工; 正在施工 / 设备安装 / 内部装修 → 在建; 计划新开工 → planned, status_alt 开工).
# “预计” figures are kind target; “截至…” / “累计” stocks are cumulative. Sources are `search` (corpus pages) excerpts typed
# into _raw/pages/ouNN.raw as returned.

# ---------------------------------------------------------------- ou01 本溪 中国药都绿色原料药产业 signing (辽宁省工信厅 2023)
YL = "绿色原料药产业园"
A0 = "集中签约的中化学建设投资集团有限公司原料药产业园污水处理厂项目、上药集团北方制药有限公司化药中试平台项目、辽宁北峰药业有限公司创新化学原料药项目等10个绿色原料药产业园项目计划投资30.5亿元"
A1 = "11月11日,辽宁省工业和信息化厅、本溪市人民政府、沈阳药科大会、中国化学工程集团有限公司在本溪联合举办“中国药都绿色原料药产业发展大会暨项目集中签约仪式”"
AS1 = "2023年11月11日（集中签约）"
G["ou01"] = dict(
 article=art("丁广军副厅长参加中国药都绿色原料药产业发展大会暨项目集中签约仪式", "辽宁省工业和信息化厅网站（gxt.ln.gov.cn，领导之窗；来源:医药处）", "2023-11-13", "day",
  "Provincial department's website, Liaoning: a deputy head attends a green active-pharmaceutical-ingredient (API) industry conference in 本溪 with a collective signing — three named park projects by three firms, ten park projects with their planned investment and first-phase amount",
  "https://gxt.ln.gov.cn/gxt/ldzc/dgj/ldhd/2023112014393232124/index.shtml",
  "日期取页面“发文时间:2023-11-13 14:16:29”；会议在11月11日。标题在页面上断成两行（“…绿色原料药产业”/“发展大会暨项目集中签约仪式”），make_txt.py HEAD_JOIN 原样拼接、中间不加字。页面左栏厅领导名单、位置栏、发文时间、来源、字号、打印行已删。存段末句“同期,本溪高新”在句中中断，该残句已删（LINE_SUFFIX），正文截至“…其中一期将投资18.5亿元。”，共三段。“沈阳药科大会”原文如此（应为沈阳药科大学），照录。园区：绿色原料药产业园（本溪，辽宁；“中国药都”为本溪的称号，不作园区；项目名中又作“原料药产业园”，列 alias）。公司：中化学建设投资集团有限公司、上药集团北方制药有限公司、辽宁北峰药业有限公司——三个签约项目的业主，园区记绿色原料药产业园（“10个绿色原料药产业园项目”）；中国化学工程集团有限公司为会议主办方之一（可选，park null）。项目：三个点名项目均为集中签约，无单项金额；10个项目“计划投资30.5亿元”、一期18.5亿元为园区事实（不分摊）。机构：辽宁省工业和信息化厅、本溪市人民政府、沈阳药科大会（可选）。",
  "ou01"),
 parks=[
  park(YL, "本溪", "辽宁", "产业园（原料药）", A0, aliases=["原料药产业园"], note="“中国药都绿色原料药”产业；项目名中作“原料药产业园”；区县与母园区文中未说"),
 ],
 companies=[
  comp("中化学建设投资集团有限公司", YL, A0, note="原料药产业园污水处理厂项目业主"),
  comp("上药集团北方制药有限公司", YL, A0, note="化药中试平台项目业主"),
  comp("辽宁北峰药业有限公司", YL, A0, note="创新化学原料药项目业主"),
  comp("中国化学工程集团有限公司", None, A1, opt=True, note="会议联合主办方"),
 ],
 institutions=[
  inst("辽宁省工业和信息化厅", A1, note="会议联合主办方；文中又作“省工信厅”"),
  inst("本溪市人民政府", A1),
  inst("沈阳药科大会", A1, kind="university", note="原文如此（沈阳药科大学）"),
 ],
 projects=[
  proj("中化学建设投资集团有限公司原料药产业园污水处理厂项目", YL, A0, companies=["中化学建设投资集团有限公司"], status="签约", status_text="集中签约",
       aliases=["原料药产业园污水处理厂项目"], note="无单项金额"),
  proj("上药集团北方制药有限公司化药中试平台项目", YL, A0, companies=["上药集团北方制药有限公司"], status="签约", status_text="集中签约",
       aliases=["化药中试平台项目"], note="无单项金额"),
  proj("辽宁北峰药业有限公司创新化学原料药项目", YL, A0, companies=["辽宁北峰药业有限公司"], status="签约", status_text="集中签约",
       aliases=["创新化学原料药项目"], note="无单项金额"),
 ],
 aggregate_facts=[
  fact(YL, "park", "projects_signed", 10, "count", A0, AS1),
  fact(YL, "park", "signed_investment_cny", 3.05e9, "cny", "等10个绿色原料药产业园项目计划投资30.5亿元", AS1, chk=True, note="计划投资"),
  fact(YL, "park", "signed_phase1_investment_cny", 1.85e9, "cny", "其中一期将投资18.5亿元", AS1, opt=True, chk=True),
 ])

# ---------------------------------------------------------------- ou02 辽宁激光产业园十年 (laserfair 2022; 澎湃新闻)
JG = "辽宁激光产业园"
AH = "鞍山高新区"
B0 = "2011年11月,辽宁省政府、鞍山市委市政府决定在鞍山高新区建设辽宁激光产业园,大力发展激光等光电产业"
B1 = "如今,在4.2平方公里建成区内,已经建立由政府投资的128栋楼宇式标准厂房,打造出115万平方米的生产、研发空间"
B2 = "截至2022年6月30日,园区累计注册企业1033家,2022年预计实现销售收入100亿元"
B3 = "2020年激光产业园实现经济高质量发展,完成销售收入68亿元,同比增长近70%"
B4 = "成功引进鞍钢集团信息产业有限公司、鞍钢节能技术有限公司,当年,两家企业完成销售收入11亿元"
B5 = "形成了“南园”“北园”、智能终端器件中心、光通讯工业园、哈工大科技园等十余个独立的园中园"
G["ou02"] = dict(
 article=art("（无标题）从“0”到“1033”,辽宁激光产业园十年发展之路", "激光制造网 laserfair.com（原发澎湃新闻，据同文的 news.portalaser.com.cn 转载页；存段无署名）", "2022-09-28", "day",
  "Industry news site relaying a feature, Liaoning: a laser industrial park in 鞍山高新区 ten years on — built-up area, standard factory buildings, registered firms, expected and cumulative sales, 2020 sales and growth, two steel-group subsidiaries brought in with their sales, a digital park opened",
  "http://laserfair.com/news/202209/28/81726.html",
  "日期取网址 202209/28（同文 news.portalaser.com.cn/hydd/59762.html 标“时间:2022-09-29 08:50 来源:澎湃新闻”）。存段无标题（title 取 portalaser 转载页标题，编者补）。存段在“它依托鞍山市和高新区内的数字产业资源,深耕”处中断，该残句已删（LINE_SUFFIX），正文截至“…更为产业振兴插上“数字翅膀”。”，共两段（第二段为存段原样的一长行）。“总体规划面积为36万平方公里”原文如此（数值显误），不作事实。园区：辽宁激光产业园（文中又作“激光产业园”，鞍山，辽宁；母园区鞍山高新区，文中又作“高新区”）；园中园光通讯工业园、哈工大科技园列可选；鞍山数字产业园2021年9月开园，可选（母园区未明说）。公司：鞍钢集团信息产业有限公司、鞍钢节能技术有限公司（“成功引进”，园区记辽宁激光产业园）。事实：建成区4.2平方公里、标准厂房128栋、生产研发空间115万平方米；截至2022年6月30日累计注册企业1033家（cumulative）；2022年预计销售收入100亿元（target）；累计销售收入240亿元（cumulative）；2020年销售收入68亿元、增长近70%（约）；两家企业当年销售收入11亿元（可选，合计）。",
  "ou02", title_note="存段无标题；标题取同文转载页 news.portalaser.com.cn（2022-09-29，来源澎湃新闻）"),
 parks=[
  park(JG, "鞍山", "辽宁", "产业园（激光）", B0, parent=AH, aliases=["激光产业园"], note="位于鞍山高新区；文中又作“园区”"),
  park(AH, "鞍山", "辽宁", "高新区", B0, aliases=["高新区"], note="文中又作“高新区”"),
  park("光通讯工业园", "鞍山", "辽宁", "园中园", B5, parent=JG, opt=True),
  park("哈工大科技园", "鞍山", "辽宁", "园中园", B5, parent=JG, opt=True),
  park("鞍山数字产业园", "鞍山", "辽宁", "产业园（数字）", "那么2021年9月鞍山数字产业园正式开园", opt=True, note="2021年9月开园；母园区未明说"),
 ],
 companies=[
  comp("鞍钢集团信息产业有限公司", JG, B4, note="“双鞍”融合引进；文中又作“信息产业公司”"),
  comp("鞍钢节能技术有限公司", JG, B4, note="“双鞍”融合引进"),
 ],
 projects=[],
 aggregate_facts=[
  fact(JG, "park", "built_up_area_km2", 4.2, "km2", B1, "2022年9月"),
  fact(JG, "park", "standard_factory_buildings", 128, "count", B1, "2022年9月", kind="cumulative"),
  fact(JG, "park", "production_rd_floor_area_m2", 1.15e6, "m2", B1, "2022年9月", opt=True),
  fact(JG, "park", "registered_firms", 1033, "count", B2, "2022年6月30日", kind="cumulative"),
  fact(JG, "park", "sales_revenue_cny", 1e10, "cny", "2022年预计实现销售收入100亿元", "2022年全年（预计）", kind="target", chk=True),
  fact(JG, "park", "sales_revenue_cny", 2.4e10, "cny", "累计实现销售收入240亿元", "2012年至2022年", kind="cumulative", chk=True),
  fact(JG, "park", "sales_revenue_cny", 6.8e9, "cny", B3, "2020年", chk=True),
  fact(JG, "park", "sales_revenue_yoy_growth", 0.70, "ratio", B3, "2020年", kind="ratio", qual="约", qtext="近"),
  fact("鞍钢集团信息产业有限公司、鞍钢节能技术有限公司", "company", "sales_revenue_cny", 1.1e9, "cny", "两家企业完成销售收入11亿元", "2020年", opt=True, chk=True, note="两家合计"),
 ])

# ---------------------------------------------------------------- ou03 盘锦高新区80个建设项目 (盘锦日报 2020)
PJ = "盘锦高新区"
C0 = "截至8月底,高新区共有建设项目80个,其中开复工项目40个,续建项目26个,新开工项目14个"
C1 = "投资6.9亿元的光学产业基地项目(一期)场地已经清理完毕,正在进行厂房桩基础施工"
C2 = "投资7.8亿元的东跃绿筑装配式产业园项目、装配式PSC绿色建筑材料智能生产车间,正在进行部分设备安装及剩余厂房基础施工"
C3 = "投资9.2亿元的盘锦高新区创新创业基地项目,正在进行创新大厦内部装修"
C4 = "投资3亿元的百思特达氮化镓半导体芯片项目,正在进行生产、研发、仓储建筑的施工,预计年底前部分厂房具备投产条件"
C5 = "投资1.5亿元的华益医用显影剂研发、生产项目,研发办公楼主体施工完成,生产车间正在进行设备安装调试,预计年底前具备投产条件"
C6 = "东跃绿筑、百思特达、华益派特、光学基地等重大项目厂房、研发中心快速崛起"
AS3 = "2020年8月底"
G["ou03"] = dict(
 article=art("盘锦高新区80个建设项目快速崛起", "盘锦日报，载于盘锦市政府网站 panjin.gov.cn（盘锦要闻；存段无署名）", "2020-10-22", "day",
  "City daily on the city government's site, Liaoning: a high-tech zone's project round-up — counts of projects (total, started or resumed, continued, new), five named projects with amounts and construction stage, two expected to be production-ready by year-end",
  "http://www.panjin.gov.cn/html/1737/2020-10-22/content-84889.html",
  "日期取页面“发布时间:2020-10-22 信息来源:盘锦日报”。标题照录；位置栏、发布时间行已删。正文三段，存段止于“…预计年底前具备投产条件。”（句末完整；原文其后是否还有段落不详）。园区：盘锦高新区（文中又作“高新区”；盘锦，辽宁）。项目五个，均在建（施工、设备安装、内部装修）：光学产业基地项目(一期) 6.9亿元、东跃绿筑装配式产业园项目 7.8亿元（“东跃绿筑装配式产业园”为项目，不作园区）、盘锦高新区创新创业基地项目 9.2亿元、百思特达氮化镓半导体芯片项目 3亿元、华益医用显影剂研发、生产项目 1.5亿元；后两者“预计年底前（部分厂房）具备投产条件”记于 note。公司：东跃绿筑、百思特达、华益派特（简称，可选，在园）。事实：截至8月底建设项目80个、开复工40个、续建26个、新开工14个（cumulative）。",
  "ou03"),
 parks=[
  park(PJ, "盘锦", "辽宁", "高新区", "近日,盘锦高新区项目建设工地机声轰鸣,人影忙碌,一派秋日胜春朝的火热建设景象", aliases=["高新区"], note="文中又作“高新区”"),
 ],
 companies=[
  comp("东跃绿筑", PJ, C6, opt=True, note="简称；装配式产业园项目业主"),
  comp("百思特达", PJ, C6, opt=True, note="简称；氮化镓半导体芯片项目业主"),
  comp("华益派特", PJ, C6, opt=True, note="简称；医用显影剂项目业主（推定）"),
 ],
 projects=[
  proj("光学产业基地项目(一期)", PJ, C1, inv="投资6.9亿元", phase="一期", status="在建", status_text="正在进行厂房桩基础施工",
       aliases=["光学基地"], note="施工方预计年底前完成主体框架"),
  proj("东跃绿筑装配式产业园项目", PJ, C2, companies=["东跃绿筑"], inv="投资7.8亿元", status="在建", status_text="正在进行部分设备安装及剩余厂房基础施工"),
  proj("盘锦高新区创新创业基地项目", PJ, C3, inv="投资9.2亿元", status="在建", status_text="正在进行创新大厦内部装修"),
  proj("百思特达氮化镓半导体芯片项目", PJ, C4, companies=["百思特达"], inv="投资3亿元", status="在建", status_text="正在进行生产、研发、仓储建筑的施工",
       note="预计2020年底前部分厂房具备投产条件"),
  proj("华益医用显影剂研发、生产项目", PJ, C5, companies=["华益派特"], inv="投资1.5亿元", status="在建", status_text="生产车间正在进行设备安装调试",
       note="预计2020年底前具备投产条件；业主推定为华益派特"),
 ],
 aggregate_facts=[
  fact(PJ, "park", "construction_projects", 80, "count", C0, AS3, kind="cumulative"),
  fact(PJ, "park", "projects_started_or_resumed", 40, "count", C0, AS3, kind="cumulative"),
  fact(PJ, "park", "projects_continued", 26, "count", C0, AS3, kind="cumulative", opt=True),
  fact(PJ, "park", "projects_started", 14, "count", C0, AS3, kind="cumulative", note="新开工"),
 ])

# ---------------------------------------------------------------- ou04 浑南区 2018 (国际在线辽宁频道)
HN = "浑南高新区"
D0 = "根据科技部火炬中心评价结果,浑南高新区在全国综合排名由44位上升到39位,高新技术产业产值增长超过20%"
D1 = "2018年,浑南区完成地区生产总值471亿元,增长6%;固定资产投资230亿元,增长20%;一般公共预算收入78.5亿元,增长11.8%"
D2 = "今年,浑南区全社会科研经费支出占地区生产总值比重达到4%,新增高新技术企业112家、科技小巨人企业49家,电子商务产业年交易额突破800亿元"
AS4 = "2018年"
G["ou04"] = dict(
 article=art("（无标题）浑南区2018年经济指标与浑南高新区排名", "国际在线辽宁频道 ln.cri.cn（记者 李子平）", "2018-12-22", "day",
  "Radio group's provincial channel, Liaoning: a district party plenum — the district's 2018 GDP, investment and revenue, the national high-tech zone's ranking and high-tech output growth, new high-tech firms, the district's 2019 tasks",
  "https://ln.cri.cn/20181222/91e5e4c6-b9d8-3576-3eb1-24d750c73c33.html",
  "日期取网址 20181222；全会在12月20日。存段无标题（title 为编者概括）。存段末段“浑南区将全力打造沈阳开放创新主阵地。主动参与…进一步提高浑南的知名度和影响力”在句中中断，残句已删（LINE_SUFFIX），该段只留首句，正文共八段。园区：浑南高新区（沈阳浑南区，辽宁；国家高新区，文中只作“浑南高新区”）。浑南区为行政区，不是园区（事实 subject_type region）。事实：浑南高新区全国综合排名39位（由44位上升）、高新技术产业产值增长超过20%（超；句中归浑南高新区）；浑南区2018年 GDP 471亿元、固定资产投资230亿元、一般公共预算收入78.5亿元及增速，新增高新技术企业112家、科技小巨人49家、科研经费占比4%、电子商务年交易额突破800亿元（后几项可选）。科技部火炬中心列可选机构。2019年工作安排不计。",
  "ou04"),
 parks=[
  park(HN, "沈阳", "辽宁", "高新区", D0, district="浑南区", note="国家高新区；文中只此一处"),
 ],
 companies=[],
 institutions=[
  inst("科技部火炬中心", D0),
 ],
 projects=[],
 aggregate_facts=[
  fact(HN, "park", "national_ranking", 39, "rank", D0, AS4, note="由44位上升到39位（科技部火炬中心评价）"),
  fact(HN, "park", "national_ranking", 44, "rank", D0, "2017年（上一年度评价）", opt=True),
  fact(HN, "park", "high_tech_output_yoy_growth", 0.20, "ratio", D0, AS4, kind="ratio", qual="超", qtext="超过"),
  fact("浑南区", "region", "gdp_cny", 4.71e10, "cny", D1, AS4, chk=True),
  fact("浑南区", "region", "gdp_yoy_growth", 0.06, "ratio", D1, AS4, kind="ratio", opt=True),
  fact("浑南区", "region", "fixed_asset_investment_cny", 2.3e10, "cny", "固定资产投资230亿元,增长20%", AS4, chk=True),
  fact("浑南区", "region", "general_budget_revenue_cny", 7.85e9, "cny", "一般公共预算收入78.5亿元,增长11.8%", AS4, chk=True),
  fact("浑南区", "region", "new_high_tech_firms", 112, "count", D2, AS4),
  fact("浑南区", "region", "new_tech_little_giant_firms", 49, "count", D2, AS4, opt=True),
  fact("浑南区", "region", "rd_spending_share_of_gdp", 0.04, "ratio", D2, AS4, kind="ratio", opt=True),
  fact("浑南区", "region", "ecommerce_transaction_value_cny", 8e10, "cny", "电子商务产业年交易额突破800亿元", AS4, qual="超", qtext="突破", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- ou05 旅顺口区一季度项目签约和开工 (大连天健网 2022)
LS = "旅顺开发区"
E0 = "一季度旅顺口区签约和开工项目23个,总投资184.32亿元"
E1 = "据介绍,签约项目13个,同比增长18.2%,总投资105.02亿元,同比增长171.2%。主要包括新城区商业综合体、中石化科学研发中心和产业化基地、储氢装备部件制造项目等"
E2 = "计划新开工项目10个,同比增长25%,总投资79.3亿元,同比增长205%。主要包括城市更新医养产业提升一期工程、北师大旅顺实验学校、汽车自动化装备关键部件研制等项目"
AS5 = "2022年一季度（1月14日誓师大会）"
G["ou05"] = dict(
 article=art("旅顺口区举行一季度项目签约和开工誓师大会", "大连天健网 dalian.runsky.com（大连新闻传媒集团记者 冉嬛）", "2022-01-15", "day",
  "City news portal, Liaoning: a district's first-quarter signing and groundbreaking rally — counts and totals of projects signed and to be started with growth rates, named projects of each kind; the district's development zone among the units pledging",
  "https://dalian.runsky.com/2022-01/15/content_6173616.html",
  "日期取页面“2022-01-15 19:13来源:大连天健网”；大会在1月14日。标题照录；日期来源行与“编辑:姜贇”已删。正文四段，完整。园区：旅顺开发区（大连旅顺口区，辽宁；只作表态发言单位出现，文中未把项目归入园区）。旅顺口区为行政区，不是园区；龙头街道、水师营街道为街道，不列。项目：签约的新城区商业综合体、中石化科学研发中心和产业化基地、储氢装备部件制造项目（签约，园区 null，无单项金额）；计划新开工的城市更新医养产业提升一期工程、北师大旅顺实验学校、汽车自动化装备关键部件研制（planned，status_alt 开工；园区 null）。“中石化”只在项目名中（可选公司）。事实归旅顺口区（region）：签约和开工23个、184.32亿元；签约13个、105.02亿元及增速；计划新开工10个、79.3亿元及增速（增速可选）。",
  "ou05"),
 parks=[
  park(LS, "大连", "辽宁", "开发区", "旅顺开发区、龙头街道、水师营街道对推进项目建设做了表态发言", district="旅顺口区", note="只作表态发言单位"),
 ],
 companies=[
  comp("中石化", None, E1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("新城区商业综合体", None, E1, status="签约", status_text="签约项目", note="旅顺口区项目；无单项金额"),
  proj("中石化科学研发中心和产业化基地", None, E1, companies=["中石化"], status="签约", status_text="签约项目", note="同上"),
  proj("储氢装备部件制造项目", None, E1, status="签约", status_text="签约项目", note="同上"),
  proj("城市更新医养产业提升一期工程", None, E2, phase="一期", status="planned", status_alt="开工", status_text="计划新开工", note="旅顺口区项目；开工誓师大会"),
  proj("北师大旅顺实验学校", None, E2, status="planned", status_alt="开工", status_text="计划新开工", note="同上"),
  proj("汽车自动化装备关键部件研制", None, E2, status="planned", status_alt="开工", status_text="计划新开工", note="同上"),
 ],
 aggregate_facts=[
  fact("旅顺口区", "region", "projects_signed_and_started", 23, "count", E0, AS5),
  fact("旅顺口区", "region", "projects_signed_and_started_investment_cny", 1.8432e10, "cny", E0, AS5, chk=True),
  fact("旅顺口区", "region", "projects_signed", 13, "count", E1, AS5),
  fact("旅顺口区", "region", "signed_investment_cny", 1.0502e10, "cny", "总投资105.02亿元,同比增长171.2%", AS5, chk=True),
  fact("旅顺口区", "region", "signed_projects_yoy_growth", 0.182, "ratio", E1, AS5, kind="ratio", opt=True),
  fact("旅顺口区", "region", "signed_investment_yoy_growth", 1.712, "ratio", E1, AS5, kind="ratio", opt=True),
  fact("旅顺口区", "region", "projects_planned_start", 10, "count", E2, AS5, kind="target"),
  fact("旅顺口区", "region", "planned_start_investment_cny", 7.93e9, "cny", "总投资79.3亿元,同比增长205%", AS5, kind="target", chk=True),
  fact("旅顺口区", "region", "planned_start_projects_yoy_growth", 0.25, "ratio", E2, AS5, kind="ratio", opt=True),
  fact("旅顺口区", "region", "planned_start_investment_yoy_growth", 2.05, "ratio", E2, AS5, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- ou06 省工信厅副厅长赴大连医药产业园区调研 (辽宁省工信厅 2023)
JP = "大连金普新区"
CX = "大连长兴岛开发区"
F0 = "调研组先后考察了大连金普新区的雅立峰、艾美诚信等疫苗生产企业"
F1 = "大连长兴岛开发区精细化工产业共性技术创新中心和大连万福药业,并就如何推动大连建设原料药集中生产基地展开了座谈交流"
G["ou06"] = dict(
 article=art("省工业和信息化厅副厅长丁广军赴大连医药产业园区和企业调研", "辽宁省工业和信息化厅网站（gxt.ln.gov.cn，辽宁工信动态；来源:医药处）", "2023-03-10", "day",
  "Provincial department's website, Liaoning: a deputy head's visit to pharmaceutical parks and firms in 大连 — vaccine makers in a national new area, a development zone's technology centre and a drug maker, plans for an API production base",
  "https://gxt.ln.gov.cn/gxt/lngxdt/2023031014210873562/index.shtml",
  "日期取页面“发文时间:2023-03-10 14:16:25”；调研在3月8日—9日。标题照录；位置栏、发文时间、来源、字号、打印行及页脚（附件下载、主办单位、地址、邮编、备案号等）已删。正文两段，完整。园区：大连金普新区（国家级新区，大连，辽宁）、大连长兴岛开发区（文中又作“长兴岛”；即长兴岛经济技术开发区，文中不补全称）。公司：雅立峰、艾美诚信（“大连金普新区的…疫苗生产企业”，园区金普新区）；大连万福药业（与长兴岛开发区的创新中心并列考察，园区记长兴岛开发区，推定）。机构：省工业和信息化厅（标题；文中又作“省工信厅”）、大连长兴岛开发区精细化工产业共性技术创新中心（可选）。无金额、无项目状态；“原料药集中生产基地”为规划方向，不列项目。",
  "ou06"),
 parks=[
  park(JP, "大连", "辽宁", "国家级新区", F0, note="文中只此一处"),
  park(CX, "大连", "辽宁", "开发区", F1, aliases=["长兴岛"], note="文中又作“长兴岛”"),
 ],
 companies=[
  comp("雅立峰", JP, F0, note="疫苗生产企业（简称）"),
  comp("艾美诚信", JP, F0, note="疫苗生产企业（简称）"),
  comp("大连万福药业", CX, F1, note="园区由语境推定"),
 ],
 institutions=[
  inst("省工业和信息化厅", "省工业和信息化厅副厅长丁广军赴大连医药产业园区和企业调研", note="辽宁省；文中又作“省工信厅”"),
  inst("大连长兴岛开发区精细化工产业共性技术创新中心", F1, kind="research", park=CX),
 ],
 projects=[],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- ou07 恒力聚酯科技产业园开工暨重大项目签约 (daguchem 2022)
CXJ = "长兴岛经济技术开发区"
HL = "恒力聚酯科技产业园"
H0 = "本次开工的一期项目,总投资260亿元,重点建设260万吨/年功能性聚酯、160万吨/年高性能树脂及配套码头、储运等项目,计划于2023年建成投产"
H1 = "长兴岛经济技术开发区管委会与恒力集团签订恒力高端临海装备制造基地项目投资合作协议"
H2 = "根据协议,恒力集团拟新增投资400亿元建设160万吨/年丙烯腈、苯乙烯、聚醚多元醇等精细化工项目"
H3 = "仪式上,大连市人民政府、长兴岛经济技术开发区管委会、恒力集团三方签订产业深化投资合作协议"
G["ou07"] = dict(
 article=art("（无标题）大连长兴岛恒力聚酯科技产业园开工暨重大项目签约仪式举行", "daguchem.com（化工企业网站“新闻”栏转载；原发媒体与署名未注明）", "2022-02", "month",
  "Chemical firm's website relaying a news item, Liaoning: groundbreaking of a polyester park's first phase in a national development zone with its investment, products, production year and expected output, plus investment agreements for an equipment base and fine-chemical projects",
  "https://www.daguchem.com/news/428.html",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“2月8日…开工暨重大项目签约仪式”；同一仪式的繁体转换副本（njim.cn/yaowen/20220209，未用）页址为2022-02-09，故记 2022-02（month），daguchem 页面本身的发布日不详。正文四段，完整（存段原样）。园区：长兴岛经济技术开发区（大连，辽宁；文中又作“大连长兴岛”）；恒力聚酯科技产业园为园区型项目，列可选园区（母园区长兴岛经济技术开发区）。项目：恒力聚酯科技产业园项目——分三期，本次一期开工，总投资260亿元（一期金额），计划2023年建成投产，预计年产值420亿元、利税100亿元（target）；恒力高端临海装备制造基地项目——签订投资合作协议（签约；“新增投资100亿元建设…现代化绿色制造基地”应即此项目，但文中未明说，金额不记入项目，放 note）；“丙烯腈、苯乙烯、聚醚多元醇等精细化工项目”——据协议拟新增投资400亿元（签约）。公司：恒力集团（园区长兴岛经济技术开发区）。机构：大连市人民政府、长兴岛经济技术开发区管委会（可选）。",
  "ou07"),
 parks=[
  park(CXJ, "大连", "辽宁", "国家级经济技术开发区", H1, note="文中又作“大连长兴岛”"),
  park(HL, "大连", "辽宁", "产业园（聚酯）", "2月8日,大连长兴岛恒力聚酯科技产业园开工暨重大项目签约仪式举行", parent=CXJ, opt=True, note="园区型项目；分三期建设"),
 ],
 companies=[
  comp("恒力集团", CXJ, H3),
 ],
 institutions=[
  inst("大连市人民政府", H3),
  inst("长兴岛经济技术开发区管委会", H3, park=CXJ),
 ],
 projects=[
  proj("恒力聚酯科技产业园项目", CXJ, H0, companies=["恒力集团"], inv="总投资260亿元", phase="一期", status="开工", status_text="本次开工的一期项目",
       note="260亿元为一期金额；计划2023年建成投产；分三期建设"),
  proj("恒力高端临海装备制造基地项目", CXJ, H1, companies=["恒力集团"], status="签约", status_text="签订…投资合作协议",
       note="“新增投资100亿元建设重工、高端装备为代表的现代化绿色制造基地”应指此项目，文中未明说，金额不记入"),
  proj("丙烯腈、苯乙烯、聚醚多元醇等精细化工项目", CXJ, H2, companies=["恒力集团"], inv="新增投资400亿元", status="签约", status_text="根据协议,恒力集团拟新增投资",
       opt=True, note="160万吨/年；按产业深化投资合作协议拟投资"),
 ],
 aggregate_facts=[
  fact("恒力聚酯科技产业园项目", "project", "expected_annual_output_cny", 4.2e10, "cny", "预计可实现年产值420亿元,利税100亿元", "一期建成后（预期）", kind="target", chk=True),
  fact("恒力聚酯科技产业园项目", "project", "expected_annual_profit_tax_cny", 1e10, "cny", "利税100亿元", "一期建成后（预期）", kind="target", opt=True, chk=True),
 ])
