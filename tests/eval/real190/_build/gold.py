# real190 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 超/突破/超过 → 超, 余/多 → 余, 约/近 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts
# (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios (8.9% → 0.089). Projects: the park
# the text places the project in, null where the text names none (a city or county is not a park; offshore wind farms in a
# sea area are not in a park). Status from the text's words (开工 / 开工建设 / 破土动工 → 开工; 建成交接 → 竣工; 全面运行 → 投产;
# 即将投产 / 推进中 → no status). Group totals (“产业发展项目3个…总投资10.89亿元”) are not per-project amounts. Sources are
# `search` (corpus pages) excerpts typed into _raw/pages/ugNN.raw as returned.

# ---------------------------------------------------------------- ug01 文昌 2023年度第一批集中开工 (中国侨网 via gqb.gov.cn)
HT = "文昌国际航天城"
FJW = "文昌市冯家湾现代化渔业产业园"
A0 = "文昌市本次集中开工的项目共17个,总投资77.19亿元,年度计划投资28.38亿元"
A1 = "包括文昌国际航天城科技创新公共平台二期-卫星研发中心、文昌国际航天城科技创新公共平台二期-火箭部件装配与测试中心、文昌市冯家湾现代化渔业产业园—科研中心,总投资10.89亿元"
A2 = "民生公共服务项目6个,包括航天城市综合体、文昌市基础教育工程、文昌市蓬莱中心小学典昌分园、会文镇沙港村水美乡村工程、文昌市级医院建设工程PPP项目、海南省文昌市文城镇青山岭公墓修建工程(二期),总投资50.9亿元"
S1 = "1月3日,海南省文昌市2023年度第一批集中开工活动在文昌市第六小学举行"
G["ug01"] = dict(
 article=art("海南侨乡文昌集中开工17个项目 总投资77.19亿元", "中国侨网（符宇群 郑晶晶），载于国务院侨务办公室网站 gqb.gov.cn（地方侨务栏）", "2023-01-04", "day",
  "Government website relaying an overseas-Chinese news wire, Hainan: a city's first batch of project starts of 2023 — 17 projects and their totals, three industrial projects in two parks (文昌国际航天城, 冯家湾现代化渔业产业园), six public-service projects",
  "http://www.gqb.gov.cn/news/2023/0104/55922.shtml",
  "日期取页面“2023年01月04日 14:35 来源:中国侨网”（电头1月3日）。标题照录；导航、日期来源行与图片说明（“图为开工现场。 文昌市委宣传部供图”）已删。存段在第五段“低碳、生态环保项目4个,包括…东阁镇”处中断，该段无完整句，整段删去；正文四段，止于“…年度计划投资19.24亿元。”。园区：文昌国际航天城（文昌市，海南；只在项目名中出现，但项目名明示其所在）；文昌市冯家湾现代化渔业产业园（同，只在项目名中）。项目：三个产业发展项目（开工，分类合计10.89亿元不作单项投资额），两个在航天城，一个在冯家湾产业园；六个民生公共服务项目（开工，园区 null；“航天城市综合体”文中未说在航天城园区内，park null，注明）。事实：文昌市（region）本批17个项目、77.19亿元、年度计划28.38亿元；分类合计为可选。",
  "ug01"),
 parks=[
  park(HT, "文昌", "海南", "航天城（产业园区）", A1, note="只在项目名中出现；项目名明示其所在"),
  park(FJW, "文昌", "海南", "产业园（渔业）", A1, note="只在项目名中出现"),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj("文昌国际航天城科技创新公共平台二期-卫星研发中心", HT, A1, phase="二期", status="开工", status_text="集中开工", note="产业发展项目；分类合计金额不作单项"),
  proj("文昌国际航天城科技创新公共平台二期-火箭部件装配与测试中心", HT, A1, phase="二期", status="开工", status_text="集中开工", note="同上"),
  proj("文昌市冯家湾现代化渔业产业园—科研中心", FJW, A1, status="开工", status_text="集中开工", note="同上"),
  proj("航天城市综合体", None, A2, status="开工", status_text="集中开工", note="民生公共服务项目；文中未言其在航天城园区内"),
  proj("文昌市基础教育工程", None, A2, status="开工", status_text="集中开工"),
  proj("文昌市蓬莱中心小学典昌分园", None, A2, status="开工", status_text="集中开工"),
  proj("会文镇沙港村水美乡村工程", None, A2, status="开工", status_text="集中开工"),
  proj("文昌市级医院建设工程PPP项目", None, A2, status="开工", status_text="集中开工"),
  proj("海南省文昌市文城镇青山岭公墓修建工程(二期)", None, A2, phase="二期", status="开工", status_text="集中开工"),
 ],
 funds=[],
 aggregate_facts=[
  fact("文昌市", "region", "projects_started", 17, "count", A0, "2023-01-03（本批）"),
  fact("文昌市", "region", "projects_started_investment_cny", 7.719e9, "cny", "总投资77.19亿元,年度计划投资28.38亿元", "2023-01-03（本批）", chk=True),
  fact("文昌市", "region", "planned_annual_investment_cny", 2.838e9, "cny", "年度计划投资28.38亿元", "2023年（本批计划）", kind="target", chk=True),
  fact("文昌市", "region", "industrial_projects_started_investment_cny", 1.089e9, "cny", "总投资10.89亿元,年度计划投资5.09亿元", "2023-01-03（本批，产业发展项目3个）", opt=True, chk=True),
  fact("文昌市", "region", "public_service_projects_started_investment_cny", 5.09e9, "cny", "总投资50.9亿元,年度计划投资19.24亿元", "2023-01-03（本批，民生公共服务项目6个）", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- ug02 博鳌乐城 医工转化平台 开工 (中国新闻网 via imsilkroad)
LC = "海南博鳌乐城国际医疗旅游先行区"
B0 = "海南博鳌乐城国际医疗旅游先行区(下称乐城先行区)医工转化平台项目2月6日在乐城先行区开工。该项目总投资约16亿元"
B1 = "当日在乐城先行区集中开工的还有上海交通大学医学院附属瑞金医院海南医院(海南博鳌研究型医院)二期等多个项目"
B2 = "2022年,园区接待医疗旅游人数18.93万人次,同比增长率为48.70%,全年特许药械使用患者达1.8万人次,同比增长58%"
G["ug02"] = dict(
 article=art("海南博鳌乐城先行区新建平台推动医疗科创项目转化落地", "中国新闻网，载于新华丝路 imsilkroad.com（责任编辑:黄秀环）", "2023-02-07", "day",
  "Belt-and-Road information platform relaying a national news site, Hainan: a medical-tourism pilot zone's platform project started (amount, completion year), a hospital's phase 2 started the same day, the zone's 2022 visitor and licensed-drug figures",
  "https://www.imsilkroad.com/news/p/502446.html",
  "日期取页面“来源:中国新闻网 责任编辑:黄秀环 2023-02-07 10:52:34”。标题照录；站名、来源行、图片说明（“2月6日,海南博鳌乐城国际医疗旅游先行区6个项目集中开工。乐城先行区供图”，故“6个项目”不在正文）及文末“相关推荐”已删。正文五段，完整。园区：海南博鳌乐城国际医疗旅游先行区（文中“下称乐城先行区”；琼海市，海南）。项目：博鳌乐城医工转化平台项目（开工，总投资约16亿元→约，预计2024年建成）；上海交通大学医学院附属瑞金医院海南医院(海南博鳌研究型医院)二期（开工）。医院与管理局作可选机构。事实：2022年医疗旅游人数18.93万人次及增长48.70%、特许药械使用患者1.8万人次及增长58%、累计引进特许药械超290款（cumulative，超）。注意：同一园区、同一“医工转化平台”名称见于 dev h18（人民日报2025年广告版，另一篇），本篇为2023年开工消息，非同一条目。",
  "ug02"),
 parks=[
  park(LC, "琼海", "海南", "医疗旅游先行区", B0, aliases=["乐城先行区"]),
 ],
 companies=[],
 institutions=[
  inst("上海交通大学医学院附属瑞金医院海南医院", B1, kind="hospital", park=LC, note="其二期项目开工；又称海南博鳌研究型医院"),
  inst("乐城先行区管理局", "乐城先行区管理局局长贾宁表示", park=LC),
 ],
 projects=[
  proj("博鳌乐城医工转化平台项目", LC, B0, inv="总投资约16亿元", qual="约", qual_text="约", status="开工", status_text="开工",
       aliases=["医工转化平台项目"], note="预计2024年建成投入使用"),
  proj("上海交通大学医学院附属瑞金医院海南医院(海南博鳌研究型医院)二期", LC, B1, phase="二期", status="开工", status_text="集中开工"),
 ],
 funds=[],
 aggregate_facts=[
  fact(LC, "park", "medical_tourists", 189300, "person_visits", B2, "2022年"),
  fact(LC, "park", "medical_tourists_yoy_growth", 0.487, "ratio", "同比增长率为48.70%", "2022年", kind="ratio"),
  fact(LC, "park", "licensed_drug_device_patients", 18000, "persons", "全年特许药械使用患者达1.8万人次,同比增长58%", "2022年"),
  fact(LC, "park", "licensed_drug_device_patients_yoy_growth", 0.58, "ratio", "全年特许药械使用患者达1.8万人次,同比增长58%", "2022年", kind="ratio"),
  fact(LC, "park", "licensed_drugs_devices_introduced", 290, "count", "截至目前,园区引进特许药械超290款", "截至2023-02", kind="cumulative", qual="超", qtext="超"),
 ])

# ---------------------------------------------------------------- ug03 洋浦海上风电产业园项目开工 (indunet 2022)
YP = "洋浦开发区"
FD = "海南洋浦海上风电产业园"
C0 = "4月22日,海南洋浦海上风电产业园项目在洋浦开发区开工,该项目由中国大唐、东方电气、中国电建三大央企强强联合建设"
C1 = "产业园区总投资48亿元,总用地面积1060亩,将建设年产百万千瓦级海上风电装备基地"
C2 = "项目建成投产后,年产值预计达124亿元,年纳税5.5亿元"
G["ug03"] = dict(
 article=art("三大央企联合建设!海南洋浦海上风电产业园项目开工", "m.indunet.net.cn（工业资讯站；存段未署原始来源与作者）", "2022-04-24", "day",
  "Industry trade-news site, Hainan: an offshore-wind industrial park started in 洋浦开发区 by three central SOEs — investment, land, expected output and tax, timetable; a related offshore wind farm",
  "http://m.indunet.net.cn/staticpage/20220424/042456943.html",
  "日期取网址 staticpage/20220424（开工在4月22日）。标题照录；标题下的导语摘要（正文首句的截断重复，以“海上风...”结尾）与文末“相关推荐/”已删。正文四段，完整。园区：洋浦开发区（如文所写；即洋浦经济开发区，儋州，海南；全称未在文中出现，不加别名）；海南洋浦海上风电产业园（文中又作“洋浦海上风电产业园”；在洋浦开发区内，parent）。项目：海南洋浦海上风电产业园项目（开工；“产业园区总投资48亿元”→48亿元；园区 洋浦开发区；中国大唐、东方电气、中国电建联合建设）。公司：三家央企，园区记洋浦开发区（其合建项目所在；记为海上风电产业园亦可，注明）。中国大唐配套在儋州西北部海域建设的海上风电未具名，不列项目。事实：年产值预计124亿元、年纳税5.5亿元（target），用地1060亩。",
  "ug03"),
 parks=[
  park(YP, "儋州", "海南", "经济开发区", C0, note="即洋浦经济开发区；全称未见于本文"),
  park(FD, "儋州", "海南", "产业园（海上风电）", C0, parent=YP, aliases=["洋浦海上风电产业园"], note="在建园区，亦为开工项目"),
 ],
 companies=[
  comp("中国大唐", YP, C0, note="合建海上风电产业园项目；园区亦可记海南洋浦海上风电产业园"),
  comp("东方电气", YP, C0, note="同上"),
  comp("中国电建", YP, C0, note="同上"),
 ],
 institutions=[],
 projects=[
  proj("海南洋浦海上风电产业园项目", YP, C0 + ",将布局百亿级海上风电产业集群基地", companies=["中国大唐", "东方电气", "中国电建"],
       status="开工", status_text="开工", aliases=["洋浦海上风电产业园项目"],
       note="投资额见“产业园区总投资48亿元”（另一段，见 alt_investment）",
       alt_investment={"investment_text": "产业园区总投资48亿元", "investment_cny": 4.8e9}),
 ],
 funds=[],
 aggregate_facts=[
  fact(FD, "park", "total_investment_cny", 4.8e9, "cny", C1, "2022-04（开工时）", kind="target", opt=True, chk=True, note="园区/项目总投资，与项目投资额同一数"),
  fact(FD, "park", "site_area_mu", 1060, "mu", C1, "2022-04（规划）", kind="target", opt=True),
  fact(FD, "park", "expected_annual_output_cny", 1.24e10, "cny", C2, "建成投产后（预计）", kind="target", chk=True),
  fact(FD, "park", "expected_annual_tax_cny", 5.5e8, "cny", "年纳税5.5亿元", "建成投产后（预计）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- ug04 崖州湾科技城 南繁 (海南日报 2022-02-27 003版)
YZW = "崖州湾科技城"
D0 = "近两年来,中科院海南种子创新研究院、中国农业科学院、中国热带农业科学院、非洲科学院等科研机构,引进先正达(中国)、隆平生物、九圣禾种业、敦煌种业等优质涉农企业陆续落户崖州湾科技城"
D1 = "隆平生物技术(海南)有限公司副总经理贾志伟博士告诉记者,自2019年落户崖州湾科技城后"
D2 = "已成为市场估值超过25亿元的高新技术种业企业"
G["ug04"] = dict(
 article=art("“南繁硅谷”做强种业“芯片”", "海南日报（数字报 news.hndaily.cn，003版，上接A01版）", "2022-02-27", "day",
  "Provincial daily's e-paper (continuation page), Hainan: seed-industry land figures and a science city's settled research institutes and seed firms, one firm's valuation",
  "http://news.hndaily.cn/html/2022-02/27/content_58466_14540305.htm",
  "日期取版面“2022年02月27日 星期日 … 当前版: 003版”。标题照录（A01版起文，此为转版部分，首段自“通过我省…”起、承接上版）；报头、版面导航与“上接A01版”已删。存段在末段“据统计,目前已有20多家科研机构和高校、420多家涉农企业进驻崖州湾科技城,…平台建”处中断，该段无完整句，整段删去；正文四段。园区：崖州湾科技城（三亚，海南；全称三亚崖州湾科技城未见于本文）。公司：先正达(中国)、隆平生物（即隆平生物技术(海南)有限公司，2019年落户）、九圣禾种业、敦煌种业，均落户崖州湾科技城。机构：中科院海南种子创新研究院等四家（可选，园区同）。事实：隆平估值超过25亿元（company，超）；168家南繁单位新流转土地2.72万亩、三市县划定783亩南繁配套服务区用地（海南省层面，可选）。",
  "ug04"),
 parks=[
  park(YZW, "三亚", "海南", "科技城", D0),
 ],
 companies=[
  comp("先正达(中国)", YZW, D0),
  comp("隆平生物技术(海南)有限公司", YZW, D1, aliases=["隆平生物"]),
  comp("九圣禾种业", YZW, D0),
  comp("敦煌种业", YZW, D0),
 ],
 institutions=[
  inst("中科院海南种子创新研究院", D0, kind="research", park=YZW),
  inst("中国农业科学院", D0, kind="research", park=YZW),
  inst("中国热带农业科学院", D0, kind="research", park=YZW),
  inst("非洲科学院", D0, kind="research", park=YZW),
 ],
 projects=[],
 funds=[],
 aggregate_facts=[
  fact("隆平生物技术(海南)有限公司", "company", "market_valuation_cny", 2.5e9, "cny", D2, "2022-02", qual="超", qtext="超过", chk=True),
  fact("海南省", "region", "nanfan_units_new_land_mu", 27200, "mu", "来自全国各地的168家南繁单位在已有南繁用地基础上,新流转土地2.72万亩", "2022-02", opt=True),
  fact("海南省", "region", "nanfan_units", 168, "count", "来自全国各地的168家南繁单位在已有南繁用地基础上,新流转土地2.72万亩", "2022-02", opt=True),
  fact("三亚、陵水、乐东", "region", "nanfan_service_land_mu", 783, "mu", "三亚、陵水、乐东三个市县共划定783亩南繁配套服务区用地建设", "2022-02", opt=True),
 ])

# ---------------------------------------------------------------- ug05 文昌两会 2026 (南海网)
E0 = "文昌国际航天城航天产业集群核心产业营收突破300亿元"
E1 = "文昌国际航天城园区顺利扩区,完成营收215亿元,获批培育百亿级航天产业集群区"
E2 = "累计推动设立航天领域产业基金3支、总规模50亿元"
E3 = "可重复使用火箭海上回收系统开工建设"
E4 = "火箭装配厂房全面运行,海南首家运载火箭总装总测复用工厂即将投产。卫星超级工厂建成交接"
G["ug05"] = dict(
 article=art("文昌市市长曹树育:加快建设世界一流的国际航天城,确保2030年商业航天发射能力跻身全球前列", "南海网、新海南客户端（记者 吴岳文），m.hinews.cn", "2026-02-05", "day",
  "Provincial news portal / app, Hainan: a city mayor's work report — the space city's 2025 revenue and expansion, space-industry funds (3, 50亿元 in all), facilities started / completed / running, a 2030 revenue target",
  "https://m.hinews.cn/page?m=1&n=2797927",
  "日期取页面“南海网、新海南客户端2026-02-05 22:42:54”。标题照录，标题后的栏目标签“ | 文昌两会”已删（HEAD_SUFFIX）；日期行、图片说明“海南商业航天发射场。记者 吴岳文 摄”与末尾残句“我国在海南商业”已删。正文三段。园区：文昌国际航天城（文昌，海南）。基金：“航天领域产业基金3支、总规模50亿元”——三支未具名，合计规模，记为一条可选基金（园区 null：文中主语为文昌市），并记事实。项目：文中列举的设施（可重复使用火箭海上回收系统开工；火箭装配厂房全面运行；运载火箭总装总测复用工厂即将投产；卫星超级工厂建成交接；海南首个专属雷达卫星星座启动建设；海南商业航天发射场）均未明言所在园区，记为可选项目、park null。事实：航天城2025年营收215亿元（reported）；2030年航天产业集群核心产业营收突破300亿元（target，超）；产业基金3支、50亿元（cumulative）；联合30家商业航天企业、新增高层次人才58名（可选）。",
  "ug05"),
 parks=[
  park(HT, "文昌", "海南", "航天城（产业园区）", E1),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj("可重复使用火箭海上回收系统", None, E3, status="开工", status_text="开工建设", opt=True, note="所在园区未言明"),
  proj("火箭装配厂房", None, E4, status="投产", status_text="全面运行", opt=True, note="所在园区未言明"),
  proj("海南首家运载火箭总装总测复用工厂", None, E4, status=None, status_text="即将投产", opt=True, note="所在园区未言明"),
  proj("卫星超级工厂", None, E4, status="竣工", status_text="建成交接", opt=True, note="所在园区未言明"),
  proj("海南首个专属雷达卫星星座", None, "海南首个专属雷达卫星星座启动建设", status="开工", status_text="启动建设", opt=True),
  proj("海南商业航天发射场", None, "海南商业航天发射场具备双工位高频次、常态化发射能力", opt=True, note="已运行的发射场"),
 ],
 funds=[
  fund("航天领域产业基金", None, E2, size="总规模50亿元", size_type="总规模（3支合计）", opt=True, note="三支未具名，合计规模"),
 ],
 aggregate_facts=[
  fact(HT, "park", "revenue_cny", 2.15e10, "cny", E1, "2025年", chk=True),
  fact(HT, "park", "core_industry_revenue_target_cny", 3e10, "cny", E0, "2030年（目标）", kind="target", qual="超", qtext="突破", chk=True),
  fact("文昌市", "region", "industry_funds_set_up", 3, "count", E2, "截至2025年末", kind="cumulative"),
  fact("文昌市", "region", "industry_funds_total_size_cny", 5e9, "cny", "总规模50亿元", "截至2025年末", kind="cumulative", chk=True),
  fact("文昌市", "region", "commercial_space_partner_firms", 30, "count", "文昌市联合30家商业航天企业,共建场箭星国际协同创新平台", "2025年", opt=True),
  fact(HT, "park", "high_level_talents_added", 58, "persons", "新增航天领域高层次人才58名", "2025年", opt=True),
 ])

# ---------------------------------------------------------------- ug06 13个重点园区 前三季度 2024 (WeChat mirror)
ZD = "海南省13个自贸港重点园区"
JD = "海口江东新区"
YPZ = "洋浦经济开发区"
ZB = "海口综合保税区"
JP = "临高金牌港开发区"
FX = "海口复兴城互联网信息产业园"
F0 = "海南省13个自贸港重点园区(以下简称重点园区)经济发展稳中有进,前三季度实现营收18538.69亿元,同比增长8.9%"
F1 = "前三季度,重点园区累计完成固定资产投资953.80亿元,同比增长4.1%"
F2 = "而文昌国际航天城和临高金牌港开发区的投资增长尤为迅速,分别增长50.1%和46.9%"
F3 = "前三季度,重点园区实现税收收入517.73亿元,同比增长6.7%"
F4 = "分别完成税收195.36亿元、43.31亿元24.88亿元,增长率分别为20.7%、18.0%34.6%"
F5 = "其中7个实现两位数增长海口江东新区、洋浦经济开发区、海口复兴城互联网信息产业园海口综合保税区是推动重点园区整体营收增长的重要力量"
AS6 = "2024年前三季度"
G["ug06"] = dict(
 article=art("前三季度,超1.85万亿元!", "微信公众号文章（账号显示为“文摘”，图片署海南日报全媒体记者），镜像于 wxredian.com", "2024-11-06", "day",
  "WeChat public-account article mirrored on a WeChat aggregator, Hainan: provincial statistics on the 13 free-trade-port key parks in Q1–Q3 2024 — revenue, fixed-asset investment and tax totals, named parks' investment growth and tax figures",
  "https://wxredian.com/art?id=0a610688bcae532e8f3089ed85278047",
  "日期取页面“文摘 2024-11-06 11:52 海南”。标题照录；该行与四条图片说明（海口复兴城、文昌航天超算中心、崖州湾科技城、洋浦经济开发区）及末尾“延伸阅读 / 海南自贸港共有13个重点园区,分”已删，故“崖州湾科技城”不在正文。正文五段；原文若干处缺顿号（“两位数增长海口江东新区”“产业园海口综合保税区”“43.31亿元24.88亿元”“18.0%34.6%”），照录。园区：文昌国际航天城、临高金牌港开发区、海口江东新区、洋浦经济开发区、海口复兴城互联网信息产业园、海口综合保税区。合计数的主语为“海南省13个自贸港重点园区”（subject_type region，园区群）。事实：营收18538.69亿元及增长8.9%；固投953.80亿元及4.1%；税收517.73亿元及6.7%；航天城、金牌港固投增长50.1%、46.9%；洋浦、江东、综保区税收与增长率（按“分别”对应）；行业增速与园区个数为可选。",
  "ug06"),
 parks=[
  park(HT, "文昌", "海南", "航天城（产业园区）", "文昌国际航天城和临高金牌港开发区的投资增长迅速"),
  park(JP, "临高", "海南", "开发区", "文昌国际航天城和临高金牌港开发区的投资增长迅速"),
  park(JD, "海口", "海南", "新区（重点园区）", F5),
  park(YPZ, "儋州", "海南", "经济开发区", F5),
  park(FX, "海口", "海南", "产业园（互联网信息）", F5),
  park(ZB, "海口", "海南", "综合保税区", F5),
 ],
 companies=[],
 institutions=[],
 projects=[],
 funds=[],
 aggregate_facts=[
  fact(ZD, "region", "revenue_cny", 1853869000000.0, "cny", F0, AS6, kind="cumulative", chk=True),
  fact(ZD, "region", "revenue_yoy_growth", 0.089, "ratio", "前三季度实现营收18538.69亿元,同比增长8.9%", AS6, kind="ratio"),
  fact(ZD, "region", "fixed_asset_investment_cny", 95380000000.0, "cny", F1, AS6, kind="cumulative", chk=True),
  fact(ZD, "region", "fixed_asset_investment_yoy_growth", 0.041, "ratio", F1, AS6, kind="ratio"),
  fact(ZD, "region", "tax_revenue_cny", 51773000000.0, "cny", F3, AS6, kind="cumulative", chk=True),
  fact(ZD, "region", "tax_revenue_yoy_growth", 0.067, "ratio", F3, AS6, kind="ratio"),
  fact(HT, "park", "fixed_asset_investment_yoy_growth", 0.501, "ratio", F2, AS6, kind="ratio"),
  fact(JP, "park", "fixed_asset_investment_yoy_growth", 0.469, "ratio", F2, AS6, kind="ratio"),
  fact(YPZ, "park", "tax_revenue_cny", 19536000000.0, "cny", F4, AS6, kind="cumulative", chk=True),
  fact(JD, "park", "tax_revenue_cny", 4331000000.0, "cny", "43.31亿元24.88亿元,增长率分别为20.7%、18.0%34.6%", AS6, kind="cumulative", chk=True),
  fact(ZB, "park", "tax_revenue_cny", 2488000000.0, "cny", "24.88亿元,增长率分别为20.7%、18.0%34.6%", AS6, kind="cumulative", chk=True),
  fact(YPZ, "park", "tax_revenue_yoy_growth", 0.207, "ratio", F4, AS6, kind="ratio"),
  fact(JD, "park", "tax_revenue_yoy_growth", 0.18, "ratio", F4, AS6, kind="ratio"),
  fact(ZB, "park", "tax_revenue_yoy_growth", 0.346, "ratio", F4, AS6, kind="ratio"),
  fact(ZD, "region", "parks_with_revenue_growth", 10, "count", "13个重点园区中有10个实现增长", AS6, opt=True),
  fact(ZD, "region", "parks_with_double_digit_growth", 7, "count", "其中7个实现两位数增长", AS6, opt=True),
  fact(ZD, "region", "manufacturing_revenue_yoy_growth", 0.198, "ratio", "制造业营收增长19.8%", AS6, kind="ratio", opt=True),
  fact(ZD, "region", "transport_revenue_yoy_growth", 0.183, "ratio", "交通运输、仓储和邮政业营收增长18.3%", AS6, kind="ratio", opt=True),
  fact(ZD, "region", "parks_with_fai_growth", 7, "count", "7个重点园区实现了固定资产投资增长", AS6, opt=True),
  fact(ZD, "region", "pull_on_provincial_investment_growth_pp", 3.7, "percentage_points", "合计拉动全省投资增长3.7个百分点", AS6, opt=True),
 ])

# ---------------------------------------------------------------- ug07 海口江东新区 2022 两会 (xunjk)
H0 = "目前海口江东新区已累计开工建设项目186个"
H1 = "开发建设白驹大道、琼山大道、江东大道等路网项目67个"
H2 = "桂林洋污水处理厂、高品质饮用水厂等市政配套项目17个"
H3 = "哈罗公学、寰岛中学、南渡江小学、中医院等民生公共服务项目42个"
H4 = "迈雅河、芙蓉河、道孟河等生态水系修复项目35个"
H5 = "中石化、中国银行、国投、大唐、圆通、京东等产业项目25个,目前上述项目已累计完工65个"
H6 = "目前,江东新区已招引落户龙头企业73家,其中世界500强企业有35家,离岸贸易企业14家,临空经济区融资租赁企业9家,航空物流企业7家,还有公务机和通航企业13家"
G["ug07"] = dict(
 article=art("海口江东新区高质量高标准推进开发建设 打造产业发展的“内动力”", "xunjk.com（讯jk 项目栏；存段未署原始来源与作者）", "2022-01-30", "day",
  "Aggregator site relaying a city-congress interview, Hainan: a new area's developer chairman on cumulative projects started by type with examples, projects completed, fixed-asset investment 2020 and 2021, leading firms attracted by type",
  "http://www.xunjk.com/xiangmu/2022/0130/189492.html",
  "日期取网址 2022/0130（采访在1月28日海口市两会）。标题照录；导航“首页 项目 > 正文”已删。存段在末段“2021年,海口江东新区累计实现营业收”处中断，该残句已删（LINE_SUFFIX），正文止于“…公务机和通航企业13家。”，共五段。园区：海口江东新区（又作“江东新区”；海口，海南）。公司：海口江东新区开发建设有限责任公司（园区开发平台）。“中石化、中国银行、国投、大唐、圆通、京东等产业项目”——六家以企业名指代其产业项目，列为可选公司（园区江东新区）。项目：各类项目举例（路网、市政、民生、水系）均为“累计开工建设”项目中的例子，列为可选项目（开工，园区江东新区）。事实：累计开工186个（cumulative），分类个数可选；累计完工65个；截至2020年固投总额246亿元（cumulative）；2021年固投313亿元；龙头企业73家及分类（cumulative，分类可选）。",
  "ug07"),
 parks=[
  park(JD, "海口", "海南", "新区（重点园区）", "海口江东新区是海南自由贸易港11个重点园区之一,于2020年6月3日挂牌", aliases=["江东新区"]),
 ],
 companies=[
  comp("海口江东新区开发建设有限责任公司", JD, "海口江东新区开发建设有限责任公司党委书记、董事长汪岩接受媒体采访时表示", note="园区开发平台公司"),
  comp("中石化", JD, H5, opt=True, note="以企业名指代其产业项目"),
  comp("中国银行", JD, H5, opt=True, note="同上"),
  comp("国投", JD, H5, opt=True, note="同上"),
  comp("大唐", JD, H5, opt=True, note="同上"),
  comp("圆通", JD, H5, opt=True, note="同上"),
  comp("京东", JD, H5, opt=True, note="同上"),
 ],
 institutions=[],
 projects=[
  proj("白驹大道", JD, H1, status="开工", status_text="累计开工建设", opt=True, note="路网项目举例"),
  proj("琼山大道", JD, H1, status="开工", status_text="累计开工建设", opt=True),
  proj("江东大道", JD, H1, status="开工", status_text="累计开工建设", opt=True),
  proj("桂林洋污水处理厂", JD, H2, status="开工", status_text="累计开工建设", opt=True),
  proj("高品质饮用水厂", JD, H2, status="开工", status_text="累计开工建设", opt=True),
  proj("哈罗公学", JD, H3, status="开工", status_text="累计开工建设", opt=True),
  proj("寰岛中学", JD, H3, status="开工", status_text="累计开工建设", opt=True),
  proj("南渡江小学", JD, H3, status="开工", status_text="累计开工建设", opt=True),
  proj("中医院", JD, H3, status="开工", status_text="累计开工建设", opt=True),
 ],
 funds=[],
 aggregate_facts=[
  fact(JD, "park", "projects_started", 186, "count", H0, "截至2022-01", kind="cumulative"),
  fact(JD, "park", "road_projects_started", 67, "count", H1, "截至2022-01", kind="cumulative", opt=True),
  fact(JD, "park", "municipal_projects_started", 17, "count", H2, "截至2022-01", kind="cumulative", opt=True),
  fact(JD, "park", "public_service_projects_started", 42, "count", H3, "截至2022-01", kind="cumulative", opt=True),
  fact(JD, "park", "ecological_water_projects_started", 35, "count", H4, "截至2022-01", kind="cumulative", opt=True),
  fact(JD, "park", "industrial_projects_started", 25, "count", H5, "截至2022-01", kind="cumulative", opt=True),
  fact(JD, "park", "projects_completed", 65, "count", "目前上述项目已累计完工65个", "截至2022-01", kind="cumulative"),
  fact(JD, "park", "fixed_asset_investment_cny", 2.46e10, "cny", "截至2020年,园区完成固定资产投资总额246亿元", "截至2020年末", kind="cumulative", chk=True),
  fact(JD, "park", "fixed_asset_investment_cny", 3.13e10, "cny", "2021年完成固定资产投资总额313亿元", "2021年", chk=True),
  fact(JD, "park", "leading_firms_attracted", 73, "count", H6, "截至2022-01", kind="cumulative"),
  fact(JD, "park", "fortune500_firms", 35, "count", "其中世界500强企业有35家", "截至2022-01", kind="cumulative"),
  fact(JD, "park", "offshore_trade_firms", 14, "count", "离岸贸易企业14家", "截至2022-01", kind="cumulative", opt=True),
  fact(JD, "park", "leasing_firms", 9, "count", "临空经济区融资租赁企业9家", "截至2022-01", kind="cumulative", opt=True),
  fact(JD, "park", "aviation_logistics_firms", 7, "count", "航空物流企业7家", "截至2022-01", kind="cumulative", opt=True),
  fact(JD, "park", "business_aviation_firms", 13, "count", "还有公务机和通航企业13家", "截至2022-01", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- ug08 洋浦海上风电产业园 2024 (海口网 hkwb)
FD2 = "洋浦海上风电产业园"
K0 = "2月28日,走进儋州洋浦海上风电产业园建设现场"
K1 = "截至目前共签约7个产业项目,包含5宗实体制造项目、2宗配套服务项目,覆盖产业链约80%,产值达119亿元"
K2 = "1月28日,随着海上打桩锤重重落下,儋州洋浦申能CZ2和大唐CZ3海上风电项目正式开工"
G["ug08"] = dict(
 article=art("洋浦海上风电产业园加快培育新质生产力", "海口网 hkwb.net（存段未署原始来源与作者；文中“我省”）", "2024-02-29", "day",
  "City news portal, Hainan: an offshore-wind industrial park's land plan, seven signed industrial projects with output, two offshore wind farms started",
  "http://hkwb.net/news/content/2024-02/29/content_4272929.htm",
  "日期取网址 2024-02/29（现场采访在2月28日）。标题取页面第二行；第一行“原标题:签约7个产业项目,覆盖产业链约80%,产值达119亿元”已删（记于 title_note）。存段在末段“…其中申能CZ2海上风场示范项目总装机容量120万千瓦,…;大唐CZ3海上风场”处中断，该句已删（LINE_SUFFIX），正文止于“…11个海上风场示范项目之一。”，共六段。园区：洋浦海上风电产业园（标题；正文作“儋州洋浦海上风电产业园”，儋州，海南；本文未提洋浦经济开发区，不设 parent）。项目：儋州洋浦申能CZ2海上风电项目、大唐CZ3海上风电项目（1月28日开工；在儋州市北部海域，不在园区内，park null）。公司：申能、大唐只在项目名中（可选，park null）。事实：园区签约产业项目7个（cumulative）、产值119亿元（签约项目产值；cumulative）、规划产业用地约1500亩、一期780亩、覆盖产业链约80%（可选）。",
  "ug08", title_note="原标题:签约7个产业项目,覆盖产业链约80%,产值达119亿元"),
 parks=[
  park(FD2, "儋州", "海南", "产业园（海上风电）", K0, aliases=["儋州洋浦海上风电产业园"], note="标题作“洋浦海上风电产业园”"),
 ],
 companies=[
  comp("申能", None, K2, opt=True, note="只在项目名中"),
  comp("大唐", None, K2, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("自然资源部", "第一批通过自然资源部审批的海上风电项目", opt=True),
 ],
 projects=[
  proj("儋州洋浦申能CZ2海上风电项目", None, K2, companies=["申能"], status="开工", status_text="正式开工", aliases=["申能CZ2"],
       note="在儋州市北部海域；文中两项目合写“儋州洋浦申能CZ2和大唐CZ3海上风电项目”"),
  proj("大唐CZ3海上风电项目", None, K2, companies=["大唐"], status="开工", status_text="正式开工", aliases=["大唐CZ3"],
       note="同上"),
 ],
 funds=[],
 aggregate_facts=[
  fact(FD2, "park", "projects_signed", 7, "count", K1, "截至2024-02", kind="cumulative"),
  fact(FD2, "park", "signed_projects_output_cny", 1.19e10, "cny", "产值达119亿元", "截至2024-02", kind="cumulative", chk=True, note="签约项目产值"),
  fact(FD2, "park", "manufacturing_projects_signed", 5, "count", K1, "截至2024-02", kind="cumulative", opt=True),
  fact(FD2, "park", "service_projects_signed", 2, "count", K1, "截至2024-02", kind="cumulative", opt=True),
  fact(FD2, "park", "industry_chain_coverage", 0.8, "ratio", "覆盖产业链约80%", "截至2024-02", kind="ratio", qual="约", qtext="约", opt=True),
  fact(FD2, "park", "planned_industrial_land_mu", 1500, "mu", "海上风电产业园规划了约1500亩的产业用地和风电码头", "规划", kind="target", qual="约", qtext="约", opt=True),
  fact(FD2, "park", "phase1_site_area_mu", 780, "mu", "一期项目占地780亩", "规划", opt=True),
 ])
