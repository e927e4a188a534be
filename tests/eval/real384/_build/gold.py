# real384 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (ns01 traditional script as published by 香港商报; the rest simplified);
# names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word).
# Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); an amount written without
# 元 (“65亿”, “百亿”) stays in investment_text with investment_cny null (unparsed=True) or in a fact whose metric does not
# end in _cny (unit cny, value in yuan). Growth rates and shares as ratios. Projects: the park the text places the project
# in, null if none (a district is not a park). Status from the text's words (开工 / 动工 / 集中开工 → 开工; 加快建设 → 在建;
# 签署 / 签约 → 签约; 竣工 → 竣工). “预计” / “力争” figures are kind target; “累计” / “截至” counts are cumulative.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/nsNN.raw as returned.

# ---------------------------------------------------------------- ns01 光明科學城配套區 (香港商报 2019, traditional)
GM = "光明科學城配套區"
GS = "光明科學城"
A0 = "此次集中開工的重點項目有4個,均位於光明科學城配套區域內,分別為光明雲谷一期、中山大學深圳校區保障性住房、科學城智慧公園和市政基礎設施綜合工程一期項目,總投資達107.64億元"
A1 = "光明科學城配套區(光明雲谷片區)是光明科學城重要組成部分,位於光明區東北部"
A2 = "圳美五路和衛光生物醫藥產業園(一期)等重點項目加快建設"
AS1 = "2019年6月27日（集中開工）"
G["ns01"] = dict(
 article=art("總投資107.64億,光明科學城配套區重點項目開工", "香港商报网（hkcd.com，记者黄凤鸣）", "2019-06-27", "day",
  "Hong Kong newspaper's website (traditional script as published), Shenzhen: four key projects started in the support zone of 光明科学城 with their total investment, the zone's area and role, other projects under construction",
  "https://hkcd.com/content/2019-06/27/content_1144997.html",
  "日期取页面“2019-06-27”（文中“6月27日上午”开工）。香港商报原文即繁体，未转换。标题照录；日期、来源行与图片说明“開工儀式現場”已删。存段第三段（“此次集中開工的重點項目總投資約107.64億元,其中,光明雲谷項目(一期)…總投”）是一句话，在句中中断，整段删去（make_txt.py ITEMS 截至第二段），光明雲谷一期的单项投资约56亿元因此不在文中。正文两段。园区：光明科學城配套區（又作“光明雲谷片區”，“光明科學城重要組成部分”，parent 光明科學城）；光明科學城（深圳光明区）。項目：四个集中開工项目（开工，无单项金额；合计107.64億元为事实）；衛光生物醫藥產業園(一期)“加快建設”→在建（亦列为可选园区）；光明科學城展示中心加快建設（在建，可选）；中山大學深圳附屬學校項目“今年3月動工建設”（开工，可选）；圳美五路为道路（不列）。中山大學為机构（可选）。",
  "ns01"),
 parks=[
  park(GM, "深圳", "广东", "科学城配套区", A1, district="光明区", parent=GS, aliases=["光明雲谷片區"], note="光明科學城重要組成部分；文中又作“該片區”"),
  park(GS, "深圳", "广东", "科学城", A1, district="光明区", note="文中又作“科學城”"),
  park("衛光生物醫藥產業園", "深圳", "广东", "产业园（生物医药）", A2, district="光明区", opt=True, note="只在项目名“衛光生物醫藥產業園(一期)”中"),
 ],
 companies=[],
 institutions=[
  inst("中山大學", "中山大學深圳校區人才保障性住房項目現場舉行", kind="university", note="深圳校區保障性住房為項目之一"),
 ],
 projects=[
  proj("光明雲谷一期", GM, A0, status="开工", status_text="集中開工", phase="一期"),
  proj("中山大學深圳校區保障性住房", GM, A0, status="开工", status_text="集中開工"),
  proj("科學城智慧公園", GM, A0, status="开工", status_text="集中開工"),
  proj("市政基礎設施綜合工程一期項目", GM, A0, status="开工", status_text="集中開工", phase="一期"),
  proj("衛光生物醫藥產業園(一期)", GM, A2, status="在建", status_text="加快建設", phase="一期", note="园区由语境推定（“目前該片區規劃建設…”）"),
  proj("光明科學城展示中心", GM, "光明科學城展示中心加快建設,將於8月上旬投入使用", status="在建", status_text="加快建設", opt=True),
  proj("中山大學深圳附屬學校項目", GM, "中山大學深圳附屬學校項目於今年3月動工建設,將於明年8月交付使用", status="开工", status_text="動工建設", opt=True, note="2019年3月動工"),
 ],
 aggregate_facts=[
  fact(GM, "park", "projects_started", 4, "count", A0, AS1),
  fact(GM, "park", "projects_started_investment_cny", 1.0764e10, "cny", A0, AS1, chk=True),
  fact(GM, "park", "planned_area_km2", 2.2, "km2", "規劃面積約2.2平方公里", "2019年6月", qual="约", qtext="約"),
 ])

# ---------------------------------------------------------------- ns02 光明区 2023年第二季度开工 (深圳光明 WeChat 2023)
B0 = "光明区参加本次集中开工活动的项目共31个,总投资93.4亿元,年度计划投资24.8亿元"
B1 = "产业发展项目5个,总投资51.6亿元,年度计划投资9.4亿元,包括生命健康产业专业化园区、科学城大装置集群中试转化基地项目、光明智能传感产业园项目、联想基地二期项目、光明区公明街道优质产业空间供给等项目"
B2 = "城市建设项目26个,总投资41.8亿元,年度计划投资15.4亿元包括深圳中国计量科学研究院技术创新研究院建设工程(一期)、荔园学校(暂定名)、合水口人才房学校、月亮路(南环大道-周家大道)、光明区少年儿童图书馆改建等项目"
AS2 = "2023年第二季度（集中开工）"
GMQ = "光明区"
G["ns02"] = dict(
 article=art("总投资93.4亿元!光明区2023年第二季度开工项目集中启动", "深圳光明（光明区官方微信公众号），载于 changxintong.com 镜像", "2023-08-09", "day",
  "District government WeChat account via a mirror site, Shenzhen: a district's 31 projects in a city-wide quarterly groundbreaking — totals by sector and funding source, named industrial-park projects, two projects with site, floor area and investment",
  "https://changxintong.com/fwc/a/MzA3NTcxNDc2MQ==/2650318587/1",
  "日期取页面“深圳光明 2023-08-09”（镜像页所示日期；文中活动日作“524日上午”，原文应为5月24日，格式丢失，照录）。标题照录；“查看原文”“其他”与日期行已删。微信排版把两句各断成数行（“重大项目”/“是推动…”；“524日上午”/“深圳市2023年第二季度新开工项目”/“集中启动活动举行”），make_txt.py JOIN 原样拼接、中间不加字。存段止于第二个项目介绍段末（句子完整），其后项目介绍未存。小标题（按行业类别划分、部分项目介绍、项目名）各作一段保留。光明区为行政区（region），不是园区。项目：产业发展项目五个、城市建设项目五个（列举的），均为本次集中开工→开工；生命健康产业专业化园区项目（总投资22亿元，预计2025年12月建成）、科学城大装置集群中试转化基地项目（总投资12.2亿元）有金额；城市建设项目列可选。“生命健康产业专业化园区”“光明智能传感产业园”是园区开发项目，亦列为园区；园区归属文中未说，project park 记 null。",
  "ns02"),
 parks=[
  park("生命健康产业专业化园区", "深圳", "广东", "专业化园区（生命健康）", B1, district="光明区", note="园区开发项目，位于凤凰街道"),
  park("光明智能传感产业园", "深圳", "广东", "产业园（智能传感）", B1, district="光明区", note="只在项目名“光明智能传感产业园项目”中"),
 ],
 companies=[
  comp("联想", None, B1, opt=True, note="只在项目名“联想基地二期项目”中"),
 ],
 institutions=[
  inst("区发展和改革局", "记者从区发展和改革局获悉", note="光明区发展和改革局（文中简称）"),
  inst("深圳中国计量科学研究院技术创新研究院", B2, kind="research", note="只在项目名中"),
 ],
 projects=[
  proj("生命健康产业专业化园区项目", None, "项目位于光明区凤凰街道麒麟山脚下,龙大高速与外环高速交界处;用地面积8.02万平方米,总建筑面积23.5万平方米。总投资22亿元",
       inv="总投资22亿元", status="开工", status_text="集中开工", aliases=["生命健康产业专业化园区"], note="预计2025年12月建成；年度计划投资3.2亿元"),
  proj("科学城大装置集群中试转化基地项目", None, "项目位于光明区公明街道全宏一路与虾地路交界处;用地面积3.3万平方米,总建筑面积12.3万平方米。项目总投资12.2亿元",
       inv="项目总投资12.2亿元", status="开工", status_text="集中开工", note="年度计划总投资1.5亿元"),
  proj("光明智能传感产业园项目", None, B1, status="开工", status_text="集中开工"),
  proj("联想基地二期项目", None, B1, companies=["联想"], phase="二期", status="开工", status_text="集中开工"),
  proj("光明区公明街道优质产业空间供给", None, B1, status="开工", status_text="集中开工", opt=True),
  proj("深圳中国计量科学研究院技术创新研究院建设工程(一期)", None, B2, phase="一期", status="开工", status_text="集中开工", opt=True),
  proj("荔园学校(暂定名)", None, B2, status="开工", status_text="集中开工", opt=True),
  proj("合水口人才房学校", None, B2, status="开工", status_text="集中开工", opt=True),
  proj("月亮路(南环大道-周家大道)", None, B2, status="开工", status_text="集中开工", opt=True),
  proj("光明区少年儿童图书馆改建", None, B2, status="开工", status_text="集中开工", opt=True),
 ],
 aggregate_facts=[
  fact(GMQ, "region", "projects_started", 31, "count", B0, AS2),
  fact(GMQ, "region", "projects_started_investment_cny", 9.34e9, "cny", "总投资93.4亿元,年度计划投资24.8亿元", AS2, chk=True),
  fact(GMQ, "region", "planned_annual_investment_cny", 2.48e9, "cny", "年度计划投资24.8亿元", "2023年（计划）", kind="target", chk=True),
  fact(GMQ, "region", "industrial_projects_started", 5, "count", B1, AS2),
  fact(GMQ, "region", "industrial_projects_investment_cny", 5.16e9, "cny", B1, AS2, chk=True),
  fact(GMQ, "region", "urban_projects_started", 26, "count", B2, AS2, opt=True),
  fact(GMQ, "region", "urban_projects_investment_cny", 4.18e9, "cny", B2, AS2, opt=True, chk=True),
  fact(GMQ, "region", "social_investment_projects", 14, "count", "社会投资项目14个,总投资61.8亿元", AS2, opt=True),
  fact(GMQ, "region", "social_investment_projects_investment_cny", 6.18e9, "cny", "社会投资项目14个,总投资61.8亿元", AS2, opt=True, chk=True),
  fact(GMQ, "region", "government_investment_projects", 17, "count", "政府投资项目17个,总投资31.6亿元", AS2, opt=True),
  fact(GMQ, "region", "government_investment_projects_investment_cny", 3.16e9, "cny", "政府投资项目17个,总投资31.6亿元", AS2, opt=True, chk=True),
 ])

# ---------------------------------------------------------------- ns03 深汕 产业投资促进大会 (南方都市报 2024)
SS = "深汕特别合作区"
C0 = "当天总额超百亿元19个项目意向签约,比亚迪现场签署深汕比亚迪汽车工业园三期项目,总投资65亿"
G["ns03"] = dict(
 article=art("深汕产业投资促进大会吸引19个项目意向签约 比亚迪拟向“飞地”投65亿", "南方都市报（曾海城），南都电子报 epaper.oeeee.com 版次 NA03", "2024-07-10", "day",
  "Metropolitan daily's e-paper, Shenzhen–Shanwei co-built zone: an investment-promotion conference — 19 projects signed in intent, the carmaker's phase-3 industrial park signed with its investment, the zone's industrial growth, the carmaker's view of the business environment",
  "https://epaper.oeeee.com/epaper/H/html/2024-07/10/content_12233.htm",
  "日期取页面“2024年07月10日 版次:NA03”（大会在7月8日）。标题为引题与主题两行，以一个空格连接；“·”、来源行与图片说明“深汕比亚迪汽车工业园二期。 深汕融媒体中心供图”已删。存段在末段引语“在合作区优良的营商环境下,一”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…一流营商环境。”。小标题“重点突破”“前5月规上工业增加值同比增213%”各作一段保留。园区：深汕特别合作区（深圳市管理、位于汕尾；文中又作“深汕”“合作区”“飞地”）；深汕比亚迪汽车工业园（只在项目名与图片说明中，可选园区，parent 深汕特别合作区）。项目：深汕比亚迪汽车工业园三期项目——“现场签署”→签约，“总投资65亿”无“元”字，investment_cny 记 null（unparsed，investment_text 照录）。事实：19个项目意向签约、总额超百亿元（“百亿元”无阿拉伯数字）；前5月规上工业增加值同比增213%（ratio 2.13）。公司：比亚迪（又作“比亚迪集团”）。",
  "ns03"),
 parks=[
  park(SS, "深圳", "广东", "特别合作区", "深汕特别合作区,是广东、深圳贯彻落实国家区域协调发展战略、探索城乡区域协调发展、创新区域合作模式的创举", aliases=["深汕"],
       note="深圳与汕尾共建、深圳管理；文中又作“合作区”“飞地”"),
  park("深汕比亚迪汽车工业园", "深圳", "广东", "产业园（汽车）", C0, parent=SS, opt=True, note="只在项目名中"),
 ],
 companies=[
  comp("比亚迪", SS, C0, aliases=["比亚迪集团"], note="“比亚迪集团副总裁何龙”"),
 ],
 projects=[
  proj("深汕比亚迪汽车工业园三期项目", SS, C0, companies=["比亚迪"], inv="总投资65亿", unparsed=True, phase="三期", status="签约", status_text="现场签署",
       note="“65亿”无“元”字，investment_cny 留空（按 real52 的 unparsed 约定）；金额即65亿元"),
 ],
 aggregate_facts=[
  fact(SS, "park", "projects_signed", 19, "count", C0, "2024年7月8日（投资促进大会，意向签约）"),
  fact(SS, "park", "signed_investment_cny", 1e10, "cny", "当天总额超百亿元19个项目意向签约", "2024年7月8日（投资促进大会，意向签约）", qual="超", qtext="超",
       note="“百亿元”无阿拉伯数字"),
  fact(SS, "park", "industrial_value_added_yoy_growth", 2.13, "ratio", "前5月规上工业增加值同比增213%", "2024年1–5月", kind="ratio"),
 ])

# ---------------------------------------------------------------- ns04 前海 10周年 10个项目开工 (中新社 via kshoulu 2020)
QH = "前海深港现代服务业合作区"
QC = "前海城市新中心"
D0 = "深圳前海27日举行前海城市新中心2020年第三季度重大项目集中开工仪式和前海深港现代服务业合作区成立10周年成果发布会,10个项目集中开工,总投资303亿元"
D1 = "开工的项目包括国深博物馆(暂用名)、前海国际教科文中心、泰康深圳前海医院、前海天境花园、弘毅人才住房项目装修工程等"
D2 = "建成前海深港青年梦工厂、深港创新中心、深港设计创意产业园、深港基金小镇等深港合作平台"
D3 = "截至今年上半年,前海累计注册港资企业1.17万家,注册资本1.3万亿元,累计实际利用港资累计203亿美元、占利用外资的89.9%"
AS4 = "2020年8月27日（集中开工）"
G["ns04"] = dict(
 article=art("深圳前海成立10周年 10个新项目开工总投资超300亿元", "中国新闻社（朱族英，“深圳8月27日电”），载于 kshoulu.com（“来源网络”）", "2020-08-27", "day",
  "National news agency item relayed by an aggregator, Shenzhen: a Qianhai cooperation zone's tenth anniversary — ten projects started with total investment, the year's cumulative groundbreakings, cooperation platforms built, Hong Kong firms registered and Hong Kong capital used",
  "https://www.kshoulu.com/article/726.html",
  "日期取页面“2020-08-27 23:12:02”与电头“深圳8月27日电”。标题取页首标题行；页内重复的中新网标题“(特区40年)深圳前海成立10周年…”、“首页财经”、来源时间行与两行图片说明已删。存段在末段“其中包括…深圳市前海国际商事调解”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“会上同时举行了一系列项目揭牌、启动和签约活动。”。园区：前海深港现代服务业合作区（文中又作“前海”）；前海城市新中心（前海的城区开发片区，可选，parent 前海）；深港设计创意产业园、深港基金小镇、前海深港青年梦工厂、深港创新中心为深港合作平台（可选园区，parent 前海）。项目：五个点名的开工项目（开工，无单项金额），park 记前海深港现代服务业合作区（文中“前海城市新中心…重大项目集中开工”）。事实：10个项目、303亿元；前三季度累计32个、732亿元（cumulative）；港资企业1.17万家、注册资本1.3万亿元、实际利用港资203亿美元、占比89.9%（截至上半年，cumulative）。前海管理局为机构（可选）。",
  "ns04"),
 parks=[
  park(QH, "深圳", "广东", "深港现代服务业合作区", D0, district="南山区、宝安区", aliases=["前海"], note="文中又作“前海”"),
  park(QC, "深圳", "广东", "城市新中心（片区）", D0, parent=QH, opt=True),
  park("深港设计创意产业园", "深圳", "广东", "产业园（设计创意）", D2, parent=QH, opt=True),
  park("深港基金小镇", "深圳", "广东", "基金小镇", D2, parent=QH, opt=True),
  park("前海深港青年梦工厂", "深圳", "广东", "创业园", D2, parent=QH, opt=True),
  park("深港创新中心", "深圳", "广东", "创新中心", D2, parent=QH, opt=True),
 ],
 companies=[
  comp("泰康", QH, D1, opt=True, note="只在项目名“泰康深圳前海医院”中"),
 ],
 institutions=[
  inst("前海管理局", "前海管理局局长田夫表示"),
 ],
 projects=[
  proj("国深博物馆(暂用名)", QH, D1, status="开工", status_text="集中开工", note="前海城市新中心项目"),
  proj("前海国际教科文中心", QH, D1, status="开工", status_text="集中开工", note="同上"),
  proj("泰康深圳前海医院", QH, D1, companies=["泰康"], status="开工", status_text="集中开工", note="同上"),
  proj("前海天境花园", QH, D1, status="开工", status_text="集中开工", note="同上"),
  proj("弘毅人才住房项目装修工程", QH, D1, status="开工", status_text="集中开工", note="同上"),
 ],
 aggregate_facts=[
  fact(QH, "park", "projects_started", 10, "count", D0, AS4),
  fact(QH, "park", "projects_started_investment_cny", 3.03e10, "cny", "10个项目集中开工,总投资303亿元", AS4, chk=True),
  fact(QC, "park", "projects_started", 32, "count", "2020年前三季度,前海城市新中心累计集中开工32个项目,总投资732亿元", "2020年前三季度", kind="cumulative"),
  fact(QC, "park", "projects_started_investment_cny", 7.32e10, "cny", "前海城市新中心累计集中开工32个项目,总投资732亿元", "2020年前三季度", kind="cumulative", chk=True),
  fact(QH, "park", "hk_firms_registered", 11700, "count", D3, "截至2020年上半年", kind="cumulative"),
  fact(QH, "park", "hk_firms_registered_capital_cny", 1.3e12, "cny", "注册资本1.3万亿元", "截至2020年上半年", kind="cumulative"),
  fact(QH, "park", "hk_capital_used_usd", 2.03e10, "usd", "累计实际利用港资累计203亿美元", "截至2020年上半年", kind="cumulative"),
  fact(QH, "park", "hk_share_of_fdi", 0.899, "ratio", "占利用外资的89.9%", "截至2020年上半年", kind="ratio"),
  fact(QH, "park", "hk_favourable_policies", 100, "count", "前海累计推出100余项惠港利港政策", "2010–2020年", kind="cumulative", qual="余", qtext="余", opt=True),
  fact(QH, "park", "visitors_hk_macao_taiwan", 43000, "count", "累计接待港澳台来访4.3万人次", "2010–2020年", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- ns05 深港科技创新合作区深圳园区 集中开工 (深圳侨报 2019)
HT = "深港科技创新合作区深圳园区"
E0 = "近日,深港科技创新合作区深圳园区项目举行集中开工仪式。位于深圳园区的深港开放创新中心、深港科创综合服务中心以及周边14个卫星园区和配套项目同时开工建设"
E1 = "其中,深港开放创新中心位于福田保税区市花路以北,规划总建筑面积约20万平方米"
E2 = "深港科创综合服务中心位于福田保税区市花路4号,规划总建筑面积约10万平方米"
E3 = "以上两个中心将为深圳园区新增30万平方米高品质科研空间,与先期建成的深港协同创新中心、深港国际科技园、国际生物医药产业园、国际量子研究中心四大科研载体一并构成合作区深圳园区核心启动区,为高端科研资源入驻提供约67万平方米科研空间"
AS5 = "2019年11月（集中开工）"
G["ns05"] = dict(
 article=art("（无标题）深港科技创新合作区深圳园区项目集中开工", "深圳侨报（伍思晗），sz-qb.com", "2019-11-27", "day",
  "City overseas-Chinese weekly's website, Shenzhen: groundbreaking in the Shenzhen part of the Shenzhen–Hong Kong science and technology cooperation zone — two centres with their floor areas and roles, satellite parks started, research space added, earlier research carriers",
  "http://www.sz-qb.com/MB/content/201911/27/content_27692.html",
  "日期取网址 201911/27（文中“近日”；开工仪式为2019年11月22日，见同日他报）。存段无标题行（title 为编者概括）。存段末行“以合作区为”为下一段残文，已删；正文四段。园区：深港科技创新合作区深圳园区（文中又作“深圳园区”；即后称“河套深港科技创新合作区深圳园区”，福田区）；深港科技创新合作区（文中又作“合作区”，可选）；福田保税区（深圳园区西翼，可选园区）；深港国际科技园、国际生物医药产业园（先期建成的科研载体，可选园区，parent 深圳园区）。项目：深港开放创新中心、深港科创综合服务中心（开工，无金额）；皇岗口岸重建工程（6月底开工，可选）。事实：14个卫星园区和配套项目同时开工（可选）；新增科研空间30万平方米（target）；核心启动区提供约67万平方米科研空间（target）。深港协同创新中心、国际量子研究中心为科研载体（可选机构）。",
  "ns05"),
 parks=[
  park(HT, "深圳", "广东", "科技创新合作区（深圳园区）", E0, district="福田区", aliases=["深圳园区"], note="后称河套深港科技创新合作区深圳园区"),
  park("深港科技创新合作区", "深圳", "广东", "科技创新合作区", E0, district="福田区", opt=True, note="深港两园；文中又作“合作区”"),
  park("福田保税区", "深圳", "广东", "保税区", E1, district="福田区", parent=HT, opt=True, note="深圳园区西翼"),
  park("深港国际科技园", "深圳", "广东", "科技园", E3, district="福田区", parent=HT, opt=True),
  park("国际生物医药产业园", "深圳", "广东", "产业园（生物医药）", E3, district="福田区", parent=HT, opt=True),
 ],
 companies=[],
 institutions=[
  inst("深港协同创新中心", E3, kind="research", note="先期建成的科研载体"),
  inst("国际量子研究中心", E3, kind="research", note="先期建成的科研载体"),
 ],
 projects=[
  proj("深港开放创新中心", HT, E0, status="开工", status_text="开工建设", note="福田保税区内首个新建项目；规划总建筑面积约20万平方米"),
  proj("深港科创综合服务中心", HT, E0, status="开工", status_text="开工建设", note="深圳园区首个城市更新项目；规划总建筑面积约10万平方米"),
  proj("皇岗口岸重建工程", HT, "是深圳园区继皇岗口岸重建工程于6月底开工之后又一批新开工项目", status="开工", status_text="开工", opt=True, note="2019年6月底开工"),
 ],
 aggregate_facts=[
  fact(HT, "park", "projects_started", 14, "count", E0, AS5, opt=True, note="周边14个卫星园区和配套项目（另加两个中心）"),
  fact(HT, "park", "new_research_space_m2", 3e5, "m2", E3, "两个中心建成后", kind="target"),
  fact(HT, "park", "research_space_m2", 6.7e5, "m2", E3, "核心启动区（两个中心建成后）", kind="target", qual="约", qtext="约"),
  fact("深港开放创新中心", "project", "floor_area_m2", 2e5, "m2", E1, AS5, qual="约", qtext="约", opt=True),
  fact("深港科创综合服务中心", "project", "floor_area_m2", 1e5, "m2", E2, AS5, qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- ns06 龙华高新区未来产业集聚区 (宝安日报/龙华新闻 2017)
LH = "龙华高新区未来产业集聚区"
LP = "龙华高新园区"
F0 = "着重推介深圳首批7个未来产业集聚区之一——龙华高新区未来产业集聚区(原“观澜高新园未来产业集聚区”)"
F1 = "规划用地面积约7.03平方公里,除龙华高新园区4.23平方公里外,还包括鹭湖科技文化片区横坑水库周边2.8平方公里的区域"
G["ns06"] = dict(
 article=art("龙华高新区未来产业集聚区:2020年产值规模预计超300亿", "宝安日报（龙华新闻，记者康碧艳），载于深圳新闻网龙华频道 ilonghua.sznews.com（编辑陶倩）", "2017-11-20", "day",
  "District daily on the city news portal's district channel, Shenzhen: a district promotes its future-industry cluster zone at the hi-tech fair — former name, positioning, output target for 2020, area and its core high-tech park",
  "http://ilonghua.sznews.com/content/2017-11/20/content_17792942.htm",
  "日期取页面“2017-11-20 09:02 内容来源:宝安日报”（推介活动在11月18日）。标题照录；“龙华新闻”“编辑…”行与“新闻提要”已删。存段末段“区科创局相关负责人表示,…包括约6”是一句话，在句中中断，整段删去；正文三段。园区：龙华高新区未来产业集聚区（原“观澜高新园未来产业集聚区”，文中又作“龙华高新园未来产业集聚区”；龙华区观澜）；龙华高新园区（原“观澜高新园片区”，集聚区的核心，4.23平方公里；parent 记集聚区）；鹭湖科技文化片区为城市片区（可选）。无具名企业（“重点企业”未点名），汇德大厦为楼宇，不列。事实：2020年产值规模超过300亿元（target，超）；集聚区规划用地约7.03平方公里；龙华高新园区4.23平方公里；横坑水库周边2.8平方公里（可选）。",
  "ns06"),
 parks=[
  park(LH, "深圳", "广东", "未来产业集聚区", F0, district="龙华区", aliases=["观澜高新园未来产业集聚区", "龙华高新园未来产业集聚区"],
       note="深圳首批7个未来产业集聚区之一"),
  park(LP, "深圳", "广东", "高新园区", "参观了龙华高新园区(原“观澜高新园片区”)及重点企业", district="龙华区", parent=LH, aliases=["观澜高新园片区"],
       note="集聚区的核心；parent 按“以龙华高新园区为核心”记集聚区"),
  park("鹭湖科技文化片区", "深圳", "广东", "片区", F1, district="龙华区", parent=LH, opt=True),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(LH, "park", "expected_output_cny", 3e10, "cny", "预计到2020年,产值规模超过300亿元", "2020年（预计）", kind="target", qual="超", qtext="超过", chk=True),
  fact(LH, "park", "planned_area_km2", 7.03, "km2", F1, "2017年11月", qual="约", qtext="约"),
  fact(LP, "park", "area_km2", 4.23, "km2", F1, "2017年11月"),
  fact("鹭湖科技文化片区", "park", "area_km2", 2.8, "km2", F1, "2017年11月（横坑水库周边部分）", opt=True),
 ])

# ---------------------------------------------------------------- ns07 深圳国家生物产业基地 (坪山新闻网 2017)
BP = "深圳国家生物产业基地"
H0 = "深圳国家生物产业基地是2005年6月由国家发改委批准认定的国家首批三个生物产业基地之一,规划面积3.29平方公里"
H1 = "2014年基地企业实现工业总产值65亿,同比增长41%,预计2020年基地将实现总产值达到600亿,税收超60亿"
G["ns07"] = dict(
 article=art("深圳国家生物产业基地", "坪山新闻网（ipingshan.sznews.com，深圳新闻网坪山频道；来源栏空）", "2017-11-16", "day",
  "District news portal's profile page, Shenzhen: a national bio-industry base in 坪山 — approval, planned area, positioning beside another bio-park, spatial structure, 2014 output and growth, 2020 output and tax targets, firms to be cultivated, development model",
  "http://ipingshan.sznews.com/content/2017-11/16/content_17768611_0.htm",
  "日期取页面“发布日期:2017-11-16 13:06 坪山新闻网”。介绍页（非消息稿），小标题（基地定位、空间规划、基地发展目标、基地发展模式）各作一段保留；“我的位置”、来源日期行已删。存段末段“孵化阶段:生物企业孵化器、留学生创业园是新区为初创型项目量身定做的专”在句中中断，整段删去；正文截至“…高新技术和科技成果转化基地。”。园区：深圳国家生物产业基地（又作“坪山国家生物产业基地”“国家生物产业基地”“基地”；坪山新区）；坝光生物谷（大鹏，可选）。金额“65亿”“600亿”“60亿”均无“元”字：事实 metric 不以 _cny 结尾（unit cny，value 以元计）。事实：规划面积3.29平方公里；2014年工业总产值65亿、增长41%；2020年预计总产值600亿、税收超60亿（target）；计划培育2/20/100家企业（target，可选）。无具名企业。",
  "ns07"),
 parks=[
  park(BP, "深圳", "广东", "国家生物产业基地", H0, district="坪山区", aliases=["坪山国家生物产业基地", "国家生物产业基地"], note="文中又作“基地”；2005年6月国家发改委认定"),
  park("坝光生物谷", "深圳", "广东", "生物产业园区", "坝光生物谷主要定位于生物科研与科技服务", district="大鹏新区", opt=True),
 ],
 companies=[],
 institutions=[
  inst("国家发改委", H0, note="认定机关"),
 ],
 projects=[],
 aggregate_facts=[
  fact(BP, "park", "planned_area_km2", 3.29, "km2", H0, "2017年"),
  fact(BP, "park", "industrial_output", 6.5e9, "cny", H1, "2014年", note="“65亿”无“元”字"),
  fact(BP, "park", "industrial_output_yoy_growth", 0.41, "ratio", H1, "2014年", kind="ratio"),
  fact(BP, "park", "expected_output", 6e10, "cny", H1, "2020年（预计）", kind="target", note="“600亿”无“元”字"),
  fact(BP, "park", "expected_tax", 6e9, "cny", "税收超60亿", "2020年（预计）", kind="target", qual="超", qtext="超", opt=True),
  fact(BP, "park", "target_firms_revenue_over_10bn", 2, "count", "计划培育2家销售收入超百亿元的龙头企业,20家超十亿元企业,100家超亿元企业", "计划", kind="target", opt=True),
  fact(BP, "park", "target_firms_revenue_over_1bn", 20, "count", "计划培育2家销售收入超百亿元的龙头企业,20家超十亿元企业,100家超亿元企业", "计划", kind="target", opt=True),
  fact(BP, "park", "target_firms_revenue_over_100m", 100, "count", "计划培育2家销售收入超百亿元的龙头企业,20家超十亿元企业,100家超亿元企业", "计划", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- ns08 大鹏 坝光-葵涌中心区 (南方都市报 2022)
DB = "东部滨海先进制造业园区"
BK = "坝光-葵涌中心区"
K0 = "其中大鹏新区和盐田区将聚焦生物医药、高端医疗器械、大健康以及海洋产业,共同打造东部滨海先进制造业园区"
K1 = "“坝光-葵涌中心区”以坝光片区为核心,葵涌中心区工业区作为配套圈层,总规划用地面积8.06平方公里,工业用地面积2.33平方公里"
K2 = "“坝光-葵涌中心区”已建成深圳国际生物谷生命科学产业园等一批优质产业空间,集聚了比亚迪半导体、乐土沃森生命中心、蓝韵实业、蓝韵影像等一批重点企业,年产值超百亿"
K3 = "目前,“坝光-葵涌中心区”已储备净地1平方公里,未来可释放新增工业用地面积约2.19平方公里"
AS8 = "2022年6月"
G["ns08"] = dict(
 article=art("（无标题）大鹏“坝光-葵涌中心区”打造东部滨海先进制造业园区", "南方都市报（南都讯，记者陈杏花，通讯员陈晓旭、李星鑫），南都电子报 epaper.oeeee.com", "2022-06-13", "day",
  "Metropolitan daily's e-paper, Shenzhen: a district's core area in one of the city's 20 advanced-manufacturing parks — planned and industrial land, land reserve and space target, a park carrier completed with its investment, a life-science park with its firms and output",
  "https://epaper.oeeee.com/epaper/H/html/2022-06/13/content_11329.htm",
  "日期取网址 2022-06/13（文中“近日”）。存段无标题行（title 为编者概括）。存段末行“在空间承载方面,坝光片区首”为下一段残文，已删；正文七段，含小标题两行（“重点布局发展海洋、生物医药等”“生物家园竣工,总投资近10亿元”）。园区：东部滨海先进制造业园区（大鹏新区与盐田区共建，深圳20大先进制造业园区之一）；坝光-葵涌中心区（其重要引擎，parent 东部滨海先进制造业园区）；坝光片区（核心，可选，parent 坝光-葵涌中心区）；葵涌中心区工业区（配套圈层，可选）；深圳国际生物谷生命科学产业园（已建成的产业空间，parent 坝光-葵涌中心区）。项目：生物家园——小标题“生物家园竣工,总投资近10亿元”→竣工、约10亿元（近→约），园区记坝光-葵涌中心区（由语境推定）。公司：比亚迪半导体、乐土沃森生命中心、蓝韵实业、蓝韵影像（“集聚了”，园区记坝光-葵涌中心区）。事实：规划用地8.06、工业用地2.33平方公里；储备净地1、可释放约2.19平方公里（可选）；“十四五”力争建成75万平方米产业空间（target）；年产值超百亿（无“元”字，metric 不以 _cny 结尾）。",
  "ns08"),
 parks=[
  park(DB, "深圳", "广东", "先进制造业园区", K0, district="大鹏新区、盐田区", note="深圳20大先进制造业园区之一"),
  park(BK, "深圳", "广东", "先进制造业园区片区", K1, district="大鹏新区", parent=DB, note="文中带引号“坝光-葵涌中心区”"),
  park("坝光片区", "深圳", "广东", "片区", K1, district="大鹏新区", parent=BK, opt=True),
  park("葵涌中心区工业区", "深圳", "广东", "工业区", K1, district="大鹏新区", parent=BK, opt=True),
  park("深圳国际生物谷生命科学产业园", "深圳", "广东", "产业园（生命科学）", K2, district="大鹏新区", parent=BK),
 ],
 companies=[
  comp("比亚迪半导体", BK, K2),
  comp("乐土沃森生命中心", BK, K2),
  comp("蓝韵实业", BK, K2),
  comp("蓝韵影像", BK, K2),
 ],
 projects=[
  proj("生物家园", BK, "生物家园竣工,总投资近10亿元", inv="总投资近10亿元", qual="约", qual_text="近", status="竣工", status_text="竣工",
       note="小标题；园区由语境推定（坝光片区）"),
 ],
 aggregate_facts=[
  fact(BK, "park", "planned_area_km2", 8.06, "km2", K1, AS8),
  fact(BK, "park", "industrial_land_km2", 2.33, "km2", K1, AS8),
  fact(BK, "park", "land_reserve_km2", 1, "km2", K3, AS8, opt=True),
  fact(BK, "park", "releasable_industrial_land_km2", 2.19, "km2", K3, "未来", kind="target", qual="约", qtext="约", opt=True),
  fact(BK, "park", "industrial_space_target_m2", 7.5e5, "m2", "力争“十四五”期间建成75万平方米优质产业空间", "“十四五”期间（力争）", kind="target"),
  fact(BK, "park", "annual_output", 1e10, "cny", "集聚了比亚迪半导体、乐土沃森生命中心、蓝韵实业、蓝韵影像等一批重点企业,年产值超百亿", AS8, qual="超", qtext="超", note="“百亿”无“元”字"),
 ])
