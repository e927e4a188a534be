# real427 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Angle: 链主企业 / 产业链招商 in 开发区 and 高新区 — an anchor firm and the suppliers that follow it into the park.
# Conventions as real52: evidence verbatim (all eight items simplified script as published); names as written in the text;
# 逾/超过/超/以上 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts
# (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios (399% → 3.99). Projects: the park is
# the one the text places the project in, null if none (a district or county is not a park). Status from the text's words
# (开工建设 → 开工; 加快…建设 → 在建; 正式投产 / 满产 / 双班生产 → 投产; 签约 → 签约; 引进 / 落地 alone → no status).
# “预计” figures are kind target; year-to-date counts (“今年以来”, “1-3月”) are cumulative. An anchor firm (链主) and the
# firms said to follow it are companies; firms placed in the park by the text get the park, the rest null.

# ---------------------------------------------------------------- lj01 昌吉高新区 补链建链 (高新院 achie.org 2024)
CJ = "昌吉高新区"
A1 = "在输变电产业链上深挖存量,依托特变电工强链,加快智能电缆产业园三期项目建设,引进装备制造企业、电缆、变压器配套原材料及组件等项目,成功引入特变电工上下游关联企业南洋电缆、京宇电气、远洋线缆"
A2 = "在聚酯新材料产业链上补齐短板,依托蓝山屯河加快下游可降解聚酯材料、改性材料、瓶级纤维级PET等产业链延伸,引进蓝山屯河下游关联企业扬普实业"
A3 = "在新能源产业链上延链补链,依托明阳、易事特、成飞等企业建链,引进光伏电池组件等配套产业,引进中车株洲所、首航高科、明阳智能、达峰能源、东康金属等企业"
G["lj01"] = dict(
 article=art("补链建链!昌吉高新区持续发力提升产业集群效应", "高新院（achie.org，页面“来源:高新院 achie.org”；原发媒体与署名未注明）", "2024-11-22", "day",
  "High-tech-zone association site, Xinjiang: a national high-tech zone's chain-based investment drive — anchor firms (特变电工, 蓝山屯河, 明阳 …) and the upstream / downstream firms brought in after them, a cable park's phase 3, idle plants surveyed",
  "http://www.achie.org/news/cygh/2024/1122/23692.html",
  "日期取页面“日期:2024-11-22”。标题照录；来源日期行删；四个分条前的“-”为页面项目符号，已删（make_txt.py inner_drop）；小标题“今年,昌吉高新区外出招商18次”“全方位加大产业链招商力度”各保留为一段。存段在最后一个“-”处结束，正文完整到“…提高项目落地率。”。园区：昌吉高新区（昌吉回族自治州昌吉市，新疆；文中只作“昌吉高新区”，级别未说）。链主：特变电工（输变电）、蓝山屯河（聚酯新材料）、明阳 / 易事特 / 成飞（新能源），均为园区已有企业（“依托”）；跟进企业：南洋电缆、京宇电气、远洋线缆（特变电工上下游关联企业，“成功引入”）、扬普实业（蓝山屯河下游关联企业）、中车株洲所、首航高科、明阳智能、达峰能源、东康金属（“引进”）。项目：智能电缆产业园三期项目（“加快…建设”→在建；无金额）。“智能电缆产业园”只在项目名中，不另列园区。",
  "lj01"),
 parks=[
  park(CJ, "昌吉", "新疆", "高新区", "今年以来,昌吉高新区聚焦产业发展重点", note="文中只作“昌吉高新区”；昌吉回族自治州"),
 ],
 companies=[
  comp("特变电工", CJ, A1, note="输变电产业链链主（“依托特变电工强链”）"),
  comp("南洋电缆", CJ, A1, note="特变电工上下游关联企业，成功引入"),
  comp("京宇电气", CJ, A1, note="同上"),
  comp("远洋线缆", CJ, A1, note="同上"),
  comp("蓝山屯河", CJ, A2, note="聚酯新材料产业链链主（“依托”）"),
  comp("扬普实业", CJ, A2, note="蓝山屯河下游关联企业，引进"),
  comp("明阳", CJ, A3, opt=True, note="新能源建链依托企业；简称"),
  comp("易事特", CJ, A3, opt=True, note="新能源建链依托企业"),
  comp("成飞", CJ, A3, opt=True, note="新能源建链依托企业；简称"),
  comp("中车株洲所", CJ, A3, note="引进"),
  comp("首航高科", CJ, A3, note="引进"),
  comp("明阳智能", CJ, A3, note="引进"),
  comp("达峰能源", CJ, A3, note="引进"),
  comp("东康金属", CJ, A3, note="引进"),
 ],
 projects=[
  proj("智能电缆产业园三期项目", CJ, A1, phase="三期", status="在建", status_text="加快…建设", note="依托特变电工；无金额"),
 ],
 aggregate_facts=[
  fact(CJ, "park", "investment_promotion_trips", 18, "count", "今年,昌吉高新区外出招商18次", "2024年（截至11月）", kind="cumulative", opt=True),
  fact(CJ, "park", "idle_plants_surveyed", 44, "count", "摸清闲置厂区厂房44家", "2024年", opt=True),
 ])

# ---------------------------------------------------------------- lj02 重庆高新区 链长制 (上游新闻 cqcb 2021)
CQ = "重庆高新区"
B0 = "今年1-3月,重庆高新区新签约正式合同项目40个,投资额473亿元,同比增长高达399%"
B1 = "自2021年初“链长制”实行以来,重庆高新区“补链强链”进展明显,中国电子软件园、平安大健康产业园等百亿级项目开工建设,IBM赋能中心项目、小米华西区总部等知名龙头企业完成项目装修工作"
B2 = "北大重庆大数据研究院、中国自然人群资源库重庆中心等一批科研机构成功落户科学城"
AS2 = "2021年1–3月"
G["lj02"] = dict(
 article=art("（无标题）重庆高新区一季度新签约正式合同项目40个 投资额473亿元", "上游新闻（重庆晨报，cqcb.com 财富频道；存段无标题、无署名）", "2021-04-14", "day",
  "City news portal, Chongqing: a national high-tech zone's first-quarter signing figures credited to its industrial-chain chief (链长) system — 100-亿 projects started, anchor firms fitting out, research institutes landed, talent policy",
  "http://cqcb.com/wealth/2021-04-14/3999432_pc.html",
  "日期取网址 2021-04-14。存段无标题（title 为编者概括）。存段在末段“…使科学”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…招商引资是科学城建设的“奠基石”。”，共八段。园区：重庆高新区（文中又作“科学城”，即西部（重庆）科学城，重庆高新区所在；“科学城”不作别名，只在 note 说明）。项目：中国电子软件园、平安大健康产业园（“百亿级项目开工建设”→开工；“百亿级”为档次，不作投资额）；IBM赋能中心项目、小米华西区总部（“完成项目装修工作”，无状态词可对，status 空，可选）。机构：北大重庆大数据研究院、中国自然人群资源库重庆中心（落户科学城）。事实：1–3月新签约正式合同项目40个、投资额473亿元、同比增长399%（cumulative / ratio）；四类主导产业项目数量占比100%（可选）。",
  "lj02"),
 parks=[
  park(CQ, "重庆", "重庆", "高新区", B0, note="文中又作“科学城”（西部（重庆）科学城）"),
 ],
 companies=[
  comp("IBM", CQ, B1, opt=True, note="只在项目名“IBM赋能中心项目”中"),
  comp("小米", CQ, B1, opt=True, note="只在“小米华西区总部”中"),
 ],
 institutions=[
  inst("北大重庆大数据研究院", B2, kind="research", park=CQ, opt=False, note="落户科学城"),
  inst("中国自然人群资源库重庆中心", B2, kind="research", park=CQ, opt=False, note="落户科学城"),
 ],
 projects=[
  proj("中国电子软件园", CQ, B1, status="开工", status_text="开工建设", note="百亿级项目（档次，不作投资额）"),
  proj("平安大健康产业园", CQ, B1, status="开工", status_text="开工建设", note="百亿级项目（档次，不作投资额）"),
  proj("IBM赋能中心项目", CQ, B1, companies=["IBM"], opt=True, note="完成项目装修工作；无状态"),
  proj("小米华西区总部", CQ, B1, companies=["小米"], opt=True, note="完成项目装修工作；无状态"),
 ],
 aggregate_facts=[
  fact(CQ, "park", "projects_signed", 40, "count", B0, AS2, kind="cumulative", note="新签约正式合同项目"),
  fact(CQ, "park", "signed_investment_cny", 4.73e10, "cny", B0, AS2, kind="cumulative", chk=True),
  fact(CQ, "park", "signed_investment_yoy_growth", 3.99, "ratio", B0, AS2, kind="ratio"),
  fact(CQ, "park", "main_industry_share_of_signed_projects", 1.0, "ratio", "四类主导产业签约正式合同项目,数量占比高达100%", AS2, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- lj03 大足 前5月引进80个市外项目 (新渝报 via investchn 2022)
DZ = "大足区"
C0 = "今年1—5月大足区新招引市外招商项目80个,正式签约合同额253.3亿元"
C1 = "目前,已有黄埔教育、台州黄岩聚丰机车、温州庆瓯科技等一批优质企业项目签约落地,已招引1个链主企业、5个强链、5个延链、2个补链项目"
AS3 = "2022年1—5月"
G["lj03"] = dict(
 article=art("大足前5月引进80个市外项目", "新渝报（大足区报），载于 investchn.com（中国开发区网；页面注“发布开发区:大足高新技术产业开发区”）", "2022-06-22", "day",
  "District paper via a development-zone portal, Chongqing: a district's five-month investment figures — out-of-city projects and contract value, projects started, named firms signed, one chain-leader (链主) firm and chain-strengthening / extending / filling projects",
  "https://investchn.com/home/news/detail/id/286135.html",
  "日期取页面“发布时间:2022-06-22”（文中“6月21日”为获悉日）。标题照录；“发布时间…发布开发区:大足高新技术产业开发区”一行为转载站栏目信息，已删，故正文不含园区名，parks 为空（大足区为区，不是园区）。正文四段，完整。事实：1—5月新招引市外招商项目80个、正式签约合同额253.3亿元、新增市外开工项目12个、综合落地开工率43.2%（cumulative）；“新招引市外招商项目中合同额230.1亿元”所指口径不明（可选）；链主企业1个、强链5个、延链5个、补链2个项目。公司：黄埔教育、台州黄岩聚丰机车、温州庆瓯科技（签约落地大足，园区未说，park null）。",
  "lj03"),
 parks=[],
 companies=[
  comp("黄埔教育", None, C1, note="签约落地；园区未说"),
  comp("台州黄岩聚丰机车", None, C1, note="签约落地；园区未说"),
  comp("温州庆瓯科技", None, C1, note="签约落地；园区未说"),
 ],
 institutions=[
  inst("大足区招商投资局", "6月21日,记者从大足区招商投资局获悉", opt=True),
 ],
 projects=[],
 aggregate_facts=[
  fact(DZ, "region", "projects_signed", 80, "count", C0, AS3, kind="cumulative", note="新招引市外招商项目"),
  fact(DZ, "region", "signed_investment_cny", 2.533e10, "cny", "正式签约合同额253.3亿元", AS3, kind="cumulative", chk=True),
  fact(DZ, "region", "signed_investment_cny", 2.301e10, "cny", "今年大足区新招引市外招商项目中合同额230.1亿元", AS3, kind="cumulative", opt=True, chk=True, note="口径不明"),
  fact(DZ, "region", "projects_started", 12, "count", "新增市外开工项目12个,综合落地开工率43.2%", AS3, kind="cumulative"),
  fact(DZ, "region", "project_landing_start_rate", 0.432, "ratio", "综合落地开工率43.2%", AS3, kind="ratio", opt=True),
  fact(DZ, "region", "chain_leader_firms_attracted", 1, "count", C1, AS3, kind="cumulative", note="链主企业"),
  fact(DZ, "region", "chain_strengthening_projects", 5, "count", C1, AS3, kind="cumulative", opt=True),
  fact(DZ, "region", "chain_extending_projects", 5, "count", C1, AS3, kind="cumulative", opt=True),
  fact(DZ, "region", "chain_filling_projects", 2, "count", C1, AS3, kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- lj04 济北开发区“三个突破” (本报讯 via xjyszb 2020)
JB = "济北开发区"
D1 = "以生命科技产业园为中心,重点培育生物医药、医疗器械等产业"
D2 = "用好达沃智慧产业园、山东广电数字传媒产业园和连城数码港,大力引进大数据、云计算、物联网和半导体等新业态项目"
D3 = "依托长保新能源汽车产业园、金麒麟以及鲁得贝车灯等相关企业,培植壮大新能源汽车工业体系,拉动机器人和各类仪能仪表生产等配套产业"
G["lj04"] = dict(
 article=art("济北开发区“三个突破”开展“精准”招商", "济阳区报（“本报讯”，何晓艳），载于 xjyszb.cn", "2020-03-18", "day",
  "District paper, Shandong: a development zone's targeted investment plan — land a big firm to bring a big industry, chain-building around a home-furnishing ecosystem and new-energy-vehicle anchor firms that pull in supporting industries; sub-parks named",
  "http://xjyszb.cn/News/19992.aspx",
  "日期取页面“更新时间:2020-03-18”。标题照录；“点击数…更新时间”行删。正文两段，完整；署名“(何晓艳)”在末，保留。站名 xjyszb 推定为济阳区（新济阳）报，outlet 只按“本报讯”记。园区：济北开发区（济南市济阳区，山东；文中又作“我区”）；园中园：生命科技产业园、达沃智慧产业园、山东广电数字传媒产业园、连城数码港、长保新能源汽车产业园（母园区由语境推定为济北开发区，可选）。公司：金麒麟、鲁得贝车灯（新能源汽车依托企业，即链主型企业）；少海汇只在“少海汇家居产业体系”中（可选）。无项目名、无金额；“力争引进一个大企业、带动一个大产业”为方针，不作事实。",
  "lj04"),
 parks=[
  park(JB, "济南", "山东", "开发区", "本报讯 今年以来,济北开发区围绕全区“321”现代产业体系", district="济阳区", note="文中又作“我区”“全区”"),
  park("生命科技产业园", "济南", "山东", "产业园", D1, district="济阳区", parent=JB, opt=True, note="母园区由语境推定"),
  park("达沃智慧产业园", "济南", "山东", "产业园", D2, district="济阳区", parent=JB, opt=True, note="同上"),
  park("山东广电数字传媒产业园", "济南", "山东", "产业园", D2, district="济阳区", parent=JB, opt=True, note="同上"),
  park("连城数码港", "济南", "山东", "产业园", D2, district="济阳区", parent=JB, opt=True, note="同上；名称无“园”字"),
  park("长保新能源汽车产业园", "济南", "山东", "产业园", D3, district="济阳区", parent=JB, opt=True, note="同上"),
 ],
 companies=[
  comp("金麒麟", JB, D3, note="新能源汽车工业体系依托企业；园区由语境推定"),
  comp("鲁得贝车灯", JB, D3, note="同上"),
  comp("少海汇", JB, "深挖少海汇家居产业体系和关联资源优势", opt=True, note="只在“少海汇家居产业体系”中"),
 ],
 projects=[],
 aggregate_facts=[],
 )

# ---------------------------------------------------------------- lj05 深汕比亚迪汽车工业园四期 (深圳卫视深视新闻 via szhome 2024)
SS = "深汕特别合作区"
BYD = "深汕比亚迪汽车工业园"
E0 = "比亚迪将继续加大在深投资,与深汕特别合作区签约,建设深汕比亚迪汽车工业园四期"
E1 = "目前,深汕比亚迪汽车工业园一期零部件项目满产,二期整车项目双班生产,预计三期、四期项目建成满产后,深汕比亚迪汽车工业园年产值超2000亿元"
E2 = "已引进链主企业比亚迪和速腾聚创、东风李尔、力劲科技、京西重工、佛吉亚、延锋国际等近30家链上领军企业"
E3 = "推动落地德方纳米、长盛科技、瑞华泰等重大项目"
G["lj05"] = dict(
 article=art("（无标题）比亚迪与深汕特别合作区签约建设深汕比亚迪汽车工业园四期", "深圳卫视深视新闻（页面“来源:深圳卫视深视新闻”），载于 toutiao.szhome.com（深圳房地产信息网“产业快讯”）", "2024-11-20", "day",
  "Television newsroom item on a property portal's industry column, Guangdong: a carmaker anchor signs phase 4 of its industrial park in a Shenzhen-run cooperation zone; phases 1 and 2 in production, expected output; the zone names its chain-leader and ~30 chain firms and a chemicals park",
  "https://toutiao.szhome.com/detail/389625.html",
  "日期取页面“2024.11.20 09:51”（文中“11月19日”为大会日）。存段只有栏目名“产业快讯”（重复两次）而无标题（title 为编者概括）；栏目、时间、来源行删。正文三段，完整；“(点击阅读👉🏻1000万辆,全球首家!)”为页面内链接文字，在句中，照录未删。园区：深汕特别合作区（深圳市管辖、地处汕尾，广东；city 记深圳）；深汕比亚迪汽车工业园（合作区内，parent 推定）；深汕高端电子化学品产业园（“加快建设”，可选）。项目：深汕比亚迪汽车工业园四期（签约）；一期零部件项目（满产→投产）、二期整车项目（双班生产→投产）；三期只在预计句中，不列。德方纳米、长盛科技、瑞华泰“重大项目”（推动落地，无状态）列为公司。链主：比亚迪；链上领军企业：速腾聚创、东风李尔、力劲科技、京西重工、佛吉亚、延锋国际（“已引进”，园区为深汕特别合作区）。事实：近30家链上领军企业（约）；工业园三期四期满产后年产值超2000亿元（target）；比亚迪第1000万辆下线（公司事实，可选）。",
  "lj05"),
 parks=[
  park(SS, "深圳", "广东", "特别合作区", E0, note="深圳市管辖、地处汕尾；文中又作“深汕”"),
  park(BYD, "深圳", "广东", "产业园", E1, parent=SS, note="比亚迪自建工业园；母园区由语境推定"),
  park("深汕高端电子化学品产业园", "深圳", "广东", "产业园", "加快建设深汕高端电子化学品产业园", parent=SS, opt=True, note="在建；“化工园”"),
 ],
 companies=[
  comp("比亚迪", SS, E2, note="链主企业"),
  comp("速腾聚创", SS, E2, note="链上领军企业，已引进"),
  comp("东风李尔", SS, E2, note="同上"),
  comp("力劲科技", SS, E2, note="同上"),
  comp("京西重工", SS, E2, note="同上"),
  comp("佛吉亚", SS, E2, note="同上"),
  comp("延锋国际", SS, E2, note="同上"),
  comp("德方纳米", SS, E3, opt=True, note="推动落地的重大项目（以企业名称项目）"),
  comp("长盛科技", SS, E3, opt=True, note="同上"),
  comp("瑞华泰", SS, E3, opt=True, note="同上"),
 ],
 projects=[
  proj("深汕比亚迪汽车工业园四期", SS, E0, companies=["比亚迪"], phase="四期", status="签约", status_text="签约", note="2024年11月19日签约；无金额"),
  proj("深汕比亚迪汽车工业园一期零部件项目", BYD, E1, companies=["比亚迪"], phase="一期", status="投产", status_text="满产",
       aliases=["一期零部件项目"], note="文中作“深汕比亚迪汽车工业园一期零部件项目”"),
  proj("二期整车项目", BYD, E1, companies=["比亚迪"], phase="二期", status="投产", status_text="双班生产",
       note="名称照录；即深汕比亚迪汽车工业园二期"),
 ],
 aggregate_facts=[
  fact(SS, "park", "chain_leading_firms", 30, "count", E2, "2024年11月", kind="cumulative", qual="约", qtext="近"),
  fact(BYD, "park", "expected_annual_output_cny", 2e11, "cny", "深汕比亚迪汽车工业园年产值超2000亿元", "三期、四期建成满产后（预计）", kind="target", qual="超", qtext="超", chk=True),
  fact("比亚迪", "company", "nev_cumulative_output_units", 1e7, "vehicles", "11月18日,比亚迪第1000万辆新能源汽车下线", "2024-11-18", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- lj06 比亚迪电子二期 望城经开区 (中经联播 via cctv-company.video, 2024)
WC = "望城经开区"
F0 = "11月30日,总投资10亿元的比亚迪电子二期项目在望城经开区正式投产"
F1 = "作为一个中部省会城区,不靠海不沿边的望城,近年来却得到了比亚迪电子、德赛电池、永杉锂业等“链主”企业的青睐,纷纷在这里追加投资"
F2 = "2019年6月,比亚迪电子一期项目于签约落户望城经开区,并于同年9月投产"
F3 = "以比亚迪电子为引领,望城集聚了大华、恒茂高科、利亚德等上下游企业,实现全链条布局"
G["lj06"] = dict(
 article=art("从比亚迪电子二期投产,看“链主”企业缘何偏爱望城", "中经联播（“中经联播讯”，通讯员曾永明 李修竹），载于 cctv-company.video “产经”栏", "2024-11", "month",
  "Business-news wire item, Hunan: an electronics anchor's phase 2 goes into production in a national economic zone; its phase 1 history, chain-leader firms adding investment, upstream / downstream firms gathered and supporting projects attracted in the year",
  "https://cctv-company.video/nav2/95770.html",
  "存段无日期行。年份由文推定：比亚迪电子一期2019年6月签约、同年9月投产，文称“结缘5年”“自2019年在望城投产以来,连续5年”，故二期投产“11月30日”为2024年11月30日；published 记“2024-11”（推定，页面刊出日未知）。标题照录；栏目字“产经”删；图片文件名“4.jpg?x-oss-process=style/water”与图注“▲比亚迪电子二期”删；小标题“以“链”为媒 全力开展“二次招商””保留为一段。存段末段“今年初,得知比亚迪电子将要扩大产能,…得到了企业的”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…全年吸引产业链上下游配套项目30余个。”，共七段。园区：望城经开区（长沙市望城区，湖南）。项目：比亚迪电子二期项目（总投资10亿元，正式投产→投产）；比亚迪电子一期项目（2019年6月签约落户望城经开区、同年9月投产→投产）。公司：比亚迪电子（链主，望城经开区）；德赛电池、永杉锂业（“链主”企业，在望城追加投资，园区文中未说→null）；大华、恒茂高科、利亚德（上下游企业，集聚于望城→null）；比亚迪电子(国际)有限公司（可选）。事实：二期全面投产后年产值超100亿元（target）、新增智能终端年产量1000万台以上（可选）；全年吸引产业链上下游配套项目30余个（望城，region）。",
  "lj06"),
 parks=[
  park(WC, "长沙", "湖南", "经济技术开发区", F0, district="望城区", note="文中又作“望城”（区名）"),
 ],
 companies=[
  comp("比亚迪电子", WC, F0, note="链主企业；一期、二期均在望城经开区"),
  comp("比亚迪电子(国际)有限公司", WC, "比亚迪集团执行副总裁、比亚迪电子(国际)有限公司CEO王念强表示", opt=True, note="只作高管职衔"),
  comp("德赛电池", None, F1, note="“链主”企业，在望城追加投资；园区未说"),
  comp("永杉锂业", None, F1, note="同上"),
  comp("大华", None, F3, note="以比亚迪电子为引领集聚的上下游企业；园区未说"),
  comp("恒茂高科", None, F3, note="同上"),
  comp("利亚德", None, F3, note="同上"),
 ],
 projects=[
  proj("比亚迪电子二期项目", WC, F0, companies=["比亚迪电子"], inv="总投资10亿元", phase="二期", status="投产", status_text="正式投产",
       aliases=["比亚迪电子二期"], note="2024年11月30日投产（年份推定）"),
  proj("比亚迪电子一期项目", WC, F2, companies=["比亚迪电子"], phase="一期", status="投产", status_alt="签约", status_text="签约落户…同年9月投产",
       note="2019年6月签约落户、9月投产"),
 ],
 aggregate_facts=[
  fact("比亚迪电子二期项目", "project", "expected_annual_output_cny", 1e10, "cny", "项目全面投产后,将新增智能终端年产量1000万台以上,年产值将超100亿元", "全面投产后（预计）", kind="target", qual="超", qtext="超", chk=True),
  fact("比亚迪电子二期项目", "project", "new_capacity_units", 1e7, "units", "将新增智能终端年产量1000万台以上", "全面投产后（预计）", kind="target", qual="超", qtext="以上", opt=True),
  fact("望城", "region", "supporting_projects_attracted", 30, "count", "全年吸引产业链上下游配套项目30余个", "2024年", kind="cumulative", qual="余", qtext="余", note="望城（区）；以比亚迪电子为引领"),
 ])

# ---------------------------------------------------------------- lj07 发挥“链主”企业“领头羊”作用 (新江北 via nbjb.gov.cn 2024)
HT = "江北洪塘软件信息产业园"
G0 = "去年,重点打造的十大标志性产业链完成工业总产值1.42万亿元,占到全市规上工业总产值的近58%"
G["lj07"] = dict(
 article=art("发挥“链主”企业“领头羊”作用", "新江北（江北区融媒体；页面“信息来源: 新江北”），载于宁波市江北区人民政府网站 nbjb.gov.cn", "2024-05-07", "day",
  "District government site relaying its local news outlet, Zhejiang: a short commentary on chain-leader (链主) firms — a software park where each of three industries has a chain leader drawing in upstream and downstream firms, and the city's ten flagship chains' output",
  "https://www.nbjb.gov.cn/art/2024/5/7/art_1229105125_58957832.html",
  "日期取页面“发布时间:2024-05-07 08:32”。标题照录；导航“首页 > 透明政务 > 聚焦江北 > 江北资讯”、发布时间行与“信息来源: 新江北”删。正文四段，完整。园区：江北洪塘软件信息产业园（宁波市江北区，浙江；文中又作“产业园”“园区”）。链主企业未点名，无公司、无项目。事实：宁波十大标志性产业链2023年完成工业总产值1.42万亿元、占全市规上工业总产值近58%（region 宁波）。",
  "lj07"),
 parks=[
  park(HT, "宁波", "浙江", "产业园", "云通信、大数据、政府数智化项目,是江北洪塘软件信息产业园的三大产业", district="江北区", note="三大产业各设链主企业（未点名）"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact("宁波", "region", "flagship_chains_industrial_output_cny", 1.42e12, "cny", G0, "2023年", note="十大标志性产业链（build_all 的 amt() 不读“万亿”，故不加 chk；check_gold 核对）"),
  fact("宁波", "region", "flagship_chains_share_of_industrial_output", 0.58, "ratio", G0, "2023年", kind="ratio", qual="约", qtext="近"),
 ])

# ---------------------------------------------------------------- lj08 利州 园区 招商 (利州区政府网站 2019)
YQ = "园区"
H0 = "全年完成7个项目签约入园,预计引进到位市外资金6.6亿元,占目标任务6亿元的110%,到位省外资金2.23亿元,占目标任务2亿元的111.5%"
H1 = "新开工鑫盛三期食品包装扩建、纺织洗水技改扩能等1-5亿元项目4个,占目标任务2个的200%"
H2 = "新开工吉香居等5亿元以上项目1个,占目标任务1个的100%"
H3 = "通过落户项目业主发挥人脉资源、信息优势引进配套产业和同类项目落户,先后引进青岛海永昌集团广元电子接插件等项目"
H4 = "先后协助招商部门引进了西澳电梯、北京翰城电子项目等高科技项目"
H5 = "全年储备项目4个,占目标任务2个的200%,总投资达136.37亿元"
AS8 = "2019年（全年）"
G["lj08"] = dict(
 article=art("（无标题）利州区园区2019年招商引资工作（以商招商引进配套产业）", "广元市利州区人民政府网站（lzq.gov.cn；存段无标题、无署名）", "2019-11-28", "day",
  "District government site, Sichuan: a park's year's investment-promotion review — industrial transfer, homecoming investors, investors bringing their suppliers and peers (以商招商), projects signed and started, funds in place, reserve projects",
  "https://lzq.gov.cn/mshow/20191128100955666.html",
  "日期取网址 20191128（页面存段无日期行）。存段为一篇工作总结的中段，无标题（title 为编者概括），只一段，完整到“…保持了项目推进的良好态势。”。园区文中只作“园区”（利州区内，名称未给）：不列园区，项目 park 记 null，园区事实 subject 记“园区”（note 注明）。公司：西澳电梯、北京翰城电子（承接产业转移引进）、吉香居（返乡创业招商引进）、青岛海永昌集团（落户项目业主引荐的配套项目）。项目：北京翰城电子项目（引进，无状态）、吉香居项目（“新开工吉香居等5亿元以上项目1个”→开工，“5亿元以上”为档次不作金额）、鑫盛三期食品包装扩建与纺织洗水技改扩能（新开工，1-5亿元档）、广元电子接插件（青岛海永昌集团，引进，无状态）。事实：7个项目签约入园；预计到位市外资金6.6亿元（target）、到位省外资金2.23亿元；1-5亿元项目新开工4个、5亿元以上1个；储备项目4个总投资136.37亿元；接待客商40余次（可选）。",
  "lj08"),
 parks=[],
 companies=[
  comp("西澳电梯", None, H4, note="承接产业转移引进；入园区（未名）"),
  comp("北京翰城电子", None, H4, note="同上；只在“北京翰城电子项目”中"),
  comp("吉香居", None, "先后引进吉香居项目等重大食品项目", note="返乡创业招商引进"),
  comp("青岛海永昌集团", None, H3, note="以商招商：由落户项目业主引进的配套项目"),
 ],
 projects=[
  proj("北京翰城电子项目", None, H4, companies=["北京翰城电子"], note="引进；无状态"),
  proj("吉香居项目", None, H2, companies=["吉香居"], status="开工", status_text="新开工", note="5亿元以上项目（档次）；又见“先后引进吉香居项目等重大食品项目”"),
  proj("鑫盛三期食品包装扩建", None, H1, phase="三期", status="开工", status_text="新开工", note="1-5亿元项目（档次）"),
  proj("纺织洗水技改扩能", None, H1, status="开工", status_text="新开工", note="1-5亿元项目（档次）"),
  proj("广元电子接插件", None, H3, companies=["青岛海永昌集团"], note="引进；无状态；配套产业"),
 ],
 aggregate_facts=[
  fact(YQ, "park", "projects_signed", 7, "count", H0, AS8, note="签约入园；园区名未给"),
  fact(YQ, "park", "funds_in_place_outside_city_cny", 6.6e8, "cny", "预计引进到位市外资金6.6亿元,占目标任务6亿元的110%", AS8 + "（预计）", kind="target", chk=True),
  fact(YQ, "park", "funds_in_place_outside_province_cny", 2.23e8, "cny", "到位省外资金2.23亿元,占目标任务2亿元的111.5%", AS8, chk=True),
  fact(YQ, "park", "projects_started", 4, "count", H1, AS8, note="1-5亿元项目"),
  fact(YQ, "park", "projects_started_over_500m", 1, "count", H2, AS8, opt=True, note="5亿元以上项目"),
  fact(YQ, "park", "reserve_projects", 4, "count", H5, AS8, opt=True),
  fact(YQ, "park", "reserve_projects_investment_cny", 1.3637e10, "cny", "总投资达136.37亿元", AS8, opt=True, chk=True),
  fact(YQ, "park", "investor_visits", 40, "count", "全年共接待客商考察投资40余次400余人", AS8, qual="余", qtext="余", opt=True),
 ])
