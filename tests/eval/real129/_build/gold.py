# real129 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt copied from real52).
# Conventions as real52: evidence verbatim; names as written (yu06 in traditional script as published by 香港商報);
# 逾/超/以上 → 超, 余/多 → 余, 约/近 → 约. Yuan in investment_cny / *_cny facts; an amount without 元 (“15億”) keeps
# investment_text with investment_cny null (as real25 q04). Growth rates and shares as ratios. Status from the text's words
# (签约 → 签约; 开工仪式 / 开工建设 → 开工; “摘地” with start still ahead → planned; 引进 alone → no status).
# Year-to-date / since-opening counts are cumulative; “将 / 计划 / 预计” figures are target.

# ---------------------------------------------------------------- yu01 哈尔滨深圳产业园区 协议签约 (黑龙江日报 2019-05-10)
SZ = "哈尔滨深圳产业园区"
HX = "哈尔滨新区"
A1 = "哈尔滨深圳产业园区选址在哈尔滨新区江北一体发展区,规划面积约26平方公里"
A2 = "先期规划约1.53平方公里区域作为核心启动区"
A3 = "其中,科创总部项目为哈深对口合作首个启动项目,拟打造成为东北地区科技创新高地和新兴产业重要策源地"
A4 = "近期重点建设科创总部、科技创新与成果转化服务中心、人才住房等项目"
G["yu01"] = dict(
 article=art("（无标题）哈尔滨市政府与深圳市政府合作共建哈尔滨深圳产业园区协议签约", "黑龙江日报（记者李爱民、韩丽平），epaper.hljnews.cn", "2019-05-10", "day",
  "Provincial party daily, Heilongjiang: two city governments sign the agreement to co-build a park inside a national new area — site, planned area, core start-up area, first projects planned",
  "http://epaper.hljnews.cn/hljrb/20190510/420316.html",
  "日期取网址 hljrb/20190510（“本报9日讯”，签约在5月9日）。存段无标题（title 为编者概括），正文一行（原以空格分段，未拆）。存段末句在“加强与俄罗斯、以色列”处中断，该残句已删。园区：哈尔滨深圳产业园区（选址哈尔滨新区江北一体发展区，规划约26平方公里，核心启动区约1.53平方公里）；哈尔滨新区为其所在国家级新区；江北一体发展区为新区片区（可选）。项目：科创总部项目（“首个启动项目”，近期重点建设→planned，占地约20万平方米）；科技创新与成果转化服务中心、人才住房（可选，planned）。无公司、无金额。",
  "yu01"),
 parks=[
  park(SZ, "哈尔滨", "黑龙江", "产业园（深哈合作共建）", A1, parent=HX, note="哈深两市合作共建；后称深圳(哈尔滨)产业园区"),
  park(HX, "哈尔滨", "黑龙江", "国家级新区", A1),
  park("江北一体发展区", "哈尔滨", "黑龙江", "片区（新区内）", A1, parent=HX, opt=True, note="园区选址所在"),
 ],
 institutions=[
  inst("哈尔滨市政府", "哈尔滨市政府与深圳市政府合作共建哈尔滨深圳产业园区协议签约仪式在哈尔滨举行"),
  inst("深圳市政府", "哈尔滨市政府与深圳市政府合作共建哈尔滨深圳产业园区协议签约仪式在哈尔滨举行"),
 ],
 projects=[
  proj("科创总部项目", SZ, A3, status="planned", status_text="首个启动项目；近期重点建设", aliases=["科创总部"], note="位于核心启动区南部，占地面积约20万平方米，分期建设"),
  proj("科技创新与成果转化服务中心", SZ, A4, status="planned", status_text="近期重点建设", opt=True),
  proj("人才住房", SZ, A4, status="planned", status_text="近期重点建设", opt=True),
 ],
 aggregate_facts=[
  fact(SZ, "park", "planned_area_km2", 26, "km2", A1, "2019年5月", qual="约", qtext="约"),
  fact(SZ, "park", "core_area_km2", 1.53, "km2", A2, "2019年5月", qual="约", qtext="约"),
  fact("科创总部项目", "project", "site_area_m2", 200000, "m2", "该项目位于核心启动区南部,占地面积约20万平方米", "2019年5月", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- yu02 黑河片区启动建设 (新华丝路 2019-09-19)
HH = "中国(黑龙江)自由贸易试验区黑河片区"
B1 = "仪式现场共签约各类项目16项,总投资金额76.5亿元"
B2 = "在中国(黑龙江)自由贸易试验区黑河片区正式挂牌的同时,黑河月星中俄跨境物流枢纽项目同期启动。该项目占地约1平方公里,投资总额约30亿元"
G["yu02"] = dict(
 article=art("中国(黑龙江)自由贸易试验区黑河片区启动建设", "新华丝路（新华社，刘赫垚、孙晓宇；责任编辑顾雯丽）", "2019-09-19", "day",
  "State news agency's Belt-and-Road portal, Heilongjiang: a new free-trade-zone area launched with a logistics-hub groundbreaking and a batch signing",
  "https://www.imsilkroad.com/news/p/384877.html",
  "日期取页面“2019-09-19 16:07:02”（仪式在9月17日）。导航两行、来源行与三条图片说明已删。存段末行“今年8月,中国(黑龙江)自由贸易试验区”为残句，已删；正文止于秦恩亭一段。园区：中国(黑龙江)自由贸易试验区黑河片区（又作“黑龙江自贸区黑河片区”）；中国(黑龙江)自由贸易试验区只在片区名中（可选）。项目：黑河月星中俄跨境物流枢纽（开工仪式→开工；投资总额约30亿元→约；占地约1平方公里）。签约各类项目16项、76.5亿元为仪式当天数。",
  "yu02"),
 parks=[
  park(HH, "黑河", "黑龙江", "自贸试验区片区", B2, aliases=["黑龙江自贸区黑河片区"], parent="中国(黑龙江)自由贸易试验区"),
  park("中国(黑龙江)自由贸易试验区", None, "黑龙江", "自由贸易试验区", B2, opt=True, note="只在片区名中"),
 ],
 projects=[
  proj("黑河月星中俄跨境物流枢纽", HH, B2, inv="投资总额约30亿元", qual="约", qual_text="约", status="开工", status_text="开工仪式；同期启动",
       aliases=["黑河月星中俄跨境物流枢纽项目"], note="占地约1平方公里"),
 ],
 aggregate_facts=[
  fact(HH, "park", "projects_signed", 16, "count", B1, "2019-09-17（启动仪式）"),
  fact(HH, "park", "signed_investment_cny", 0, "cny", B1, "2019-09-17（启动仪式）", chk=True),
  fact("黑河月星中俄跨境物流枢纽", "project", "site_area_km2", 1, "km2", "该项目占地约1平方公里", "2019-09", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- yu03 黑河片区一周年 (中国经济网 2020-09-24)
HH3 = "黑龙江自贸试验区黑河片区"
C1 = "黑龙江自贸试验区黑河片区面积20平方公里,与黑龙江自贸试验区哈尔滨片区、黑龙江自贸试验区绥芬河片区共同构成了全面落实中央关于推动东北全面振兴全方位振兴、建成向北开放重要窗口的整体格局"
C2 = "截至8月末,区内企业共3200余家,新增注册企业810家,注册资本超52亿元"
C3 = "2019年,中国(黑龙江)自由贸易试验区(简称黑龙江自贸试验区)黑河片区挂牌"
G["yu03"] = dict(
 article=art("（无标题）黑龙江自贸试验区黑河片区获批一周年：制度创新与营商环境", "中国经济网 地方经济（district.ce.cn；“幸福东北”网络主题活动采访）", "2020-09-24", "day",
  "National economic portal's regional channel, Heilongjiang: a feature on a free-trade-zone area's first year — area, policies, an official quoted, firms and registered capital",
  "http://district.ce.cn/newarea/roll/202009/24/t20200924_35807883.shtml",
  "日期取网址 202009/24。存段无标题、无署名（title 为编者概括）。末行“谈到未来的产业规划发展方向,尹红梅表示,黑河自贸片区将立足”为残句，已删。园区：黑龙江自贸试验区黑河片区（又作“黑河片区”；20平方公里）；中国(黑龙江)自由贸易试验区（简称黑龙江自贸试验区）；同列的哈尔滨片区、绥芬河片区（可选）。边境经济合作区、跨境经济合作试验区、互市贸易区未写全名，不列。事实：截至2020年8月末区内企业3200余家（余）；新增注册企业810家、注册资本超52亿元（挂牌一年来，cumulative；“新增”口径由语境推断为挂牌以来）；出台10条创新政策（可选）。管委会政策法规局为可选机构。无项目、无公司名。",
  "yu03"),
 parks=[
  park(HH3, "黑河", "黑龙江", "自贸试验区片区", C1, aliases=["黑河片区"], parent="中国(黑龙江)自由贸易试验区", note="2019年挂牌；文中又作“中国最北自贸片区”"),
  park("中国(黑龙江)自由贸易试验区", None, "黑龙江", "自由贸易试验区", C3, aliases=["黑龙江自贸试验区"], note="获批一周年"),
  park("黑龙江自贸试验区哈尔滨片区", "哈尔滨", "黑龙江", "自贸试验区片区", C1, parent="中国(黑龙江)自由贸易试验区", opt=True),
  park("黑龙江自贸试验区绥芬河片区", "牡丹江", "黑龙江", "自贸试验区片区", C1, district="绥芬河市", parent="中国(黑龙江)自由贸易试验区", opt=True),
 ],
 institutions=[
  inst("黑龙江自贸试验区黑河片区管委会政策法规局", "黑龙江自贸试验区黑河片区管委会政策法规局局长尹红梅介绍", park=HH3),
 ],
 aggregate_facts=[
  fact(HH3, "park", "area_km2", 20, "km2", C1, "2020年9月"),
  fact(HH3, "park", "firms", 3200, "count", C2, "2020年8月末", qual="余", qtext="余"),
  fact(HH3, "park", "new_firms", 810, "count", C2, "挂牌至2020年8月末", kind="cumulative"),
  fact(HH3, "park", "registered_capital_cny", 0, "cny", "新增注册企业810家,注册资本超52亿元", "挂牌至2020年8月末", kind="cumulative", qual="超", qtext="超", chk=True, note="新增注册企业的注册资本"),
  fact(HH3, "park", "innovation_policies", 10, "count", "在财政奖补、土地出让金、人才引进等方面出台了10条创新政策", "2020年9月", opt=True),
 ])

# ---------------------------------------------------------------- yu04 沈阳片区6个项目摘地 (辽宁日报 via 环渤海财经 2022-03-14)
SY = "辽宁自贸试验区沈阳片区"
D0 = "辽宁自贸试验区沈阳片区6个项目于本月初同日“摘地”,项目计划总投资71.5亿元,总面积约60万平方米"
D1 = "其中包括中航发燃气轮机产业基地项目,计划投资30亿元"
D2 = "沈阳康恩德医疗科技有限公司投资建设医疗器械领域有眼系列产品研发生产基地项目,计划投资2亿元"
D3 = "辽宁省得一文化艺术产业发展有限公司投资建设国际文化艺术品展示交易中心项目,计划投资1亿元"
D4 = "3月份,沈阳片区将有83个项目陆续开复工,计划总投资423亿元,预计当年投资72亿元"
G["yu04"] = dict(
 article=art("（无标题）辽宁自贸试验区沈阳片区6个项目同日“摘地” 计划总投资71.5亿元", "辽宁日报（记者金晓玲），载于 hbhcj.cn（环渤海财经）", "2022-03-14", "day",
  "Provincial daily relayed by a regional finance site, Liaoning: a free-trade-zone area's six projects acquire land on one day — three named projects with firms and planned investment, March start-up plan",
  "http://hbhcj.cn/news/2022/0314/148418.html",
  "日期取网址 2022/0314（“记者3月10日获悉”）。存段无标题（title 为编者概括）；“责任编辑:辛欣”与环渤海财经免责声明已删。正文三段，完整。园区：辽宁自贸试验区沈阳片区（又作“沈阳片区”）。项目：中航发燃气轮机产业基地项目（30亿元）、有眼系列产品研发生产基地项目（沈阳康恩德医疗科技有限公司，2亿元）、国际文化艺术品展示交易中心项目（辽宁省得一文化艺术产业发展有限公司，1亿元）；均已“摘地”（取得用地），“最快将于本月底前开工建设”→status planned（status_text 摘地）。“计划投资”作投资额。6个项目71.5亿元、约60万平方米为摘地批次数；3月将开复工83个项目、计划总投资423亿元、预计当年投资72亿元为计划（target）。“中航发”只在项目名中（可选公司）。",
  "yu04"),
 parks=[
  park(SY, "沈阳", "辽宁", "自贸试验区片区", D0, aliases=["沈阳片区"], note="中国(辽宁)自由贸易试验区沈阳片区"),
 ],
 companies=[
  comp("沈阳康恩德医疗科技有限公司", SY, D2),
  comp("辽宁省得一文化艺术产业发展有限公司", SY, D3),
  comp("中航发", SY, D1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("中航发燃气轮机产业基地项目", SY, D1, companies=["中航发"], inv="计划投资30亿元", status="planned", status_text="摘地", note="已摘地，最快本月底前开工"),
  proj("有眼系列产品研发生产基地项目", SY, D2, companies=["沈阳康恩德医疗科技有限公司"], inv="计划投资2亿元", status="planned", status_text="摘地",
       aliases=["医疗器械领域有眼系列产品研发生产基地项目"], note="已摘地"),
  proj("国际文化艺术品展示交易中心项目", SY, D3, companies=["辽宁省得一文化艺术产业发展有限公司"], inv="计划投资1亿元", status="planned", status_text="摘地", note="已摘地"),
 ],
 aggregate_facts=[
  fact(SY, "park", "projects_land_acquired", 6, "count", D0, "2022年3月初"),
  fact(SY, "park", "projects_land_acquired_investment_cny", 0, "cny", "项目计划总投资71.5亿元,总面积约60万平方米", "2022年3月初", chk=True),
  fact(SY, "park", "land_acquired_area_m2", 600000, "m2", "总面积约60万平方米", "2022年3月初", qual="约", qtext="约", opt=True),
  fact(SY, "park", "share_of_city_land_acquired", 0.7692, "ratio", "沈阳片区项目占全部项目用地的76.92%", "2022年3月初", kind="ratio", opt=True),
  fact(SY, "park", "projects_started_or_resumed", 83, "count", D4, "2022年3月（计划）", kind="target"),
  fact(SY, "park", "projects_started_or_resumed_investment_cny", 0, "cny", "计划总投资423亿元,预计当年投资72亿元", "2022年3月（计划）", kind="target", chk=True),
  fact(SY, "park", "planned_annual_investment_cny", 0, "cny", "预计当年投资72亿元", "2022年（预计）", kind="target", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- yu05 黑龙江自贸试验区 上半年外贸 (中新网 via ssxww 2022-09-04)
HLJ = "中国(黑龙江)自由贸易试验区"
E1 = "今年1月至6月,中国(黑龙江)自由贸易试验区外贸额达166.87亿元(人民币,下同),同比增长48.3%,其中对俄贸易135.03亿元,同比增长72.8%,占该自贸试验区外贸额的80.9%"
E2 = "2019年8月30日挂牌成立的中国(黑龙江)自由贸易试验区是中国最北的自贸区,总面积119.85平方公里,设有哈尔滨片区、黑河片区和绥芬河片区"
E3 = "截至2022年6月底,该自贸试验区外贸额达690.84亿元,占黑龙江省同期外贸总额的12.8%;新设企业16539家,比挂牌前增长96.8%;实际利用外资3.4亿美元,占黑龙江省的19.7%"
AS5 = "2022年1–6月"
AC5 = "2019-08-30挂牌至2022年6月底"
G["yu05"] = dict(
 article=art("（无标题）黑龙江自贸试验区上半年外贸额166.87亿元 同比增长48.3%", "中新网（记者姜辉），载于 epaper.ssxww.com.cn", "2022-09-04", "day",
  "National news agency wire relayed by a local site, Heilongjiang: a provincial free-trade zone's half-year trade and its cumulative trade, new firms and FDI since opening",
  "http://epaper.ssxww.com.cn/jj/2022/0904/105178.html",
  "日期取电头“中新网哈尔滨9月4日电”与网址 2022/0904。存段无标题（title 为编者概括）；“【资料图】”、责任编辑行与栏目词“经济”已删。正文三段，完整（以“(完)”结束）。园区：中国(黑龙江)自由贸易试验区（又作“该自贸试验区”；119.85平方公里）及其哈尔滨片区、黑河片区、绥芬河片区（可选）。事实：2022年1–6月外贸额166.87亿元、增长48.3%，对俄贸易135.03亿元、增长72.8%、占80.9%；截至2022年6月底（挂牌以来）外贸额690.84亿元、占全省12.8%，新设企业16539家、比挂牌前增长96.8%，实际利用外资3.4亿美元、占全省19.7%（cumulative）；制度创新成果200余项（可选）。",
  "yu05"),
 parks=[
  park(HLJ, None, "黑龙江", "自由贸易试验区", E2, note="2019年8月30日挂牌；总面积119.85平方公里"),
  park("哈尔滨片区", "哈尔滨", "黑龙江", "自贸试验区片区", E2, parent=HLJ, opt=True),
  park("黑河片区", "黑河", "黑龙江", "自贸试验区片区", E2, parent=HLJ, opt=True),
  park("绥芬河片区", "牡丹江", "黑龙江", "自贸试验区片区", E2, district="绥芬河市", parent=HLJ, opt=True),
 ],
 institutions=[
  inst("黑龙江省商务厅", "记者4日从黑龙江省商务厅获悉"),
 ],
 aggregate_facts=[
  fact(HLJ, "park", "import_export_cny", 0, "cny", E1, AS5, chk=True),
  fact(HLJ, "park", "import_export_yoy_growth", 0.483, "ratio", E1, AS5, kind="ratio"),
  fact(HLJ, "park", "russia_trade_cny", 0, "cny", "其中对俄贸易135.03亿元,同比增长72.8%", AS5, chk=True),
  fact(HLJ, "park", "russia_trade_yoy_growth", 0.728, "ratio", "其中对俄贸易135.03亿元,同比增长72.8%", AS5, kind="ratio"),
  fact(HLJ, "park", "russia_trade_share", 0.809, "ratio", "占该自贸试验区外贸额的80.9%", AS5, kind="ratio", opt=True),
  fact(HLJ, "park", "area_km2", 119.85, "km2", E2, "2022年"),
  fact(HLJ, "park", "import_export_cny", 0, "cny", "截至2022年6月底,该自贸试验区外贸额达690.84亿元", AC5, kind="cumulative", chk=True),
  fact(HLJ, "park", "share_of_province_trade", 0.128, "ratio", "占黑龙江省同期外贸总额的12.8%", AC5, kind="ratio", opt=True),
  fact(HLJ, "park", "new_firms", 16539, "count", "新设企业16539家,比挂牌前增长96.8%", AC5, kind="cumulative"),
  fact(HLJ, "park", "new_firms_growth_vs_before_opening", 0.968, "ratio", "新设企业16539家,比挂牌前增长96.8%", AC5, kind="ratio", opt=True),
  fact(HLJ, "park", "actual_fdi_usd", 3.4e8, "usd", "实际利用外资3.4亿美元,占黑龙江省的19.7%", AC5, kind="cumulative"),
  fact(HLJ, "park", "share_of_province_fdi", 0.197, "ratio", "实际利用外资3.4亿美元,占黑龙江省的19.7%", AC5, kind="ratio", opt=True),
  fact(HLJ, "park", "institutional_innovations", 200, "count", "累计生成200余项制度创新成果", AC5, kind="cumulative", qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- yu06 哈新區平房片區 19個項目雲簽約 (香港商報 2020-03-22; traditional)
PF = "哈新區平房片區"
F0 = "哈新區平房片區設置了分會場,19個產業項目集中籤約,總投資額達150.4億元"
F1 = "醫藥健康產業園項目、系列中小渦噴渦扇發動機生產基地項目、東北基因產業創新中心公共服務平台項目、國家級機械人研發孵化創新中心項目、特種焊接材料生基地擴建項目、減震器生產項目、新型多功能複合材料產品項目、無人飛行器設計製造項目、5G戰略合作項目、新能源裝備產業園項目等19個項目進行了「屏對屏」網上集中籤約"
F2 = "其中,思哲睿醫療機械人項目簽約額3億元,投資方為哈爾濱思則睿公司"
F3 = "系列中小渦噴渦扇發動機生產基地項目簽約額15億,投資方為騰邁通用航空科技有限公司"
F4 = "雅福深哈供應鏈供應鏈項目投資額0.5億元,投資方為深圳金雅福珠寶集團有限公司"
SIGN = dict(status="签约", status_text="集中籤約")
G["yu06"] = dict(
 article=art("（无标题）哈新區平房片區19個產業項目雲視頻集中籤約 總投資額達150.4億元", "香港商報網（tp.hkcd.com）", "2020-03-22", "day",
  "Hong Kong daily's web edition (traditional script as published), Heilongjiang: an online batch signing at a new-area sub-zone — 19 projects named, three with investor and amount",
  "http://tp.hkcd.com/content_p/2020-03/22/content_92717.html",
  "日期取网址 2020-03/22 与正文“3月22日上午”。繁体为香港商報原刊字体，未转换。存段无标题（title 为编者概括）。末句“該項目擬在黑龍江開展…力爭打造百億級的供應”在存段中断，整句已删，正文止于“…深圳金雅福珠寶集團有限公司。”。园区：哈新區平房片區（哈尔滨新区平房片区；分会场）；哈經開區只在“哈經開區管委會主任”中（可选）；哈新區只在片区名中（可选）。项目：列名的10个项目与思哲睿醫療機械人項目、雅福深哈供應鏈供應鏈項目均按签约计（19个项目“集中籤約”）；“簽約額15億”无“元”字，investment_cny 留空；“簽約額3億元”“投資額0.5億元”作投资额。公司：哈爾濱思則睿公司、騰邁通用航空科技有限公司、深圳金雅福珠寶集團有限公司（投资方；园区按签约地推定）。",
  "yu06"),
 parks=[
  park(PF, "哈尔滨", "黑龙江", "片区（新区内）", F0, district="平房区", parent="哈新區", note="哈尔滨新区平房片区；又与哈經開區同一管理体制"),
  park("哈新區", "哈尔滨", "黑龙江", "国家级新区", F0, opt=True, note="只在片区名中"),
  park("哈經開區", "哈尔滨", "黑龙江", "经济技术开发区", "哈經開區管委會主任、平房區政府區長宋博岩", district="平房区", opt=True, note="只在职务名中"),
 ],
 companies=[
  comp("哈爾濱思則睿公司", PF, F2, note="投资方"),
  comp("騰邁通用航空科技有限公司", PF, F3, note="投资方"),
  comp("深圳金雅福珠寶集團有限公司", PF, F4, note="投资方"),
 ],
 institutions=[
  inst("哈爾濱市政府", "哈爾濱市政府舉行了「哈爾濱市招商引資項目雲視頻集中籤約儀式」活動"),
 ],
 projects=[
  proj("思哲睿醫療機械人項目", PF, F2, companies=["哈爾濱思則睿公司"], inv="簽約額3億元", status="签约", status_text="簽約額"),
  proj("系列中小渦噴渦扇發動機生產基地項目", PF, F3, companies=["騰邁通用航空科技有限公司"], inv="簽約額15億", unparsed=True, status="签约", status_text="簽約額",
       note="“15億”无“元”字，investment_cny 留空（即15亿元）"),
  proj("雅福深哈供應鏈供應鏈項目", PF, F4, companies=["深圳金雅福珠寶集團有限公司"], inv="投資額0.5億元", status="签约", status_text="集中籤約（19个项目之一，由语境推断）"),
  proj("醫藥健康產業園項目", PF, F1, **SIGN),
  proj("東北基因產業創新中心公共服務平台項目", PF, F1, **SIGN),
  proj("國家級機械人研發孵化創新中心項目", PF, F1, **SIGN),
  proj("特種焊接材料生基地擴建項目", PF, F1, **SIGN),
  proj("減震器生產項目", PF, F1, **SIGN),
  proj("新型多功能複合材料產品項目", PF, F1, **SIGN),
  proj("無人飛行器設計製造項目", PF, F1, **SIGN),
  proj("5G戰略合作項目", PF, F1, **SIGN),
  proj("新能源裝備產業園項目", PF, F1, **SIGN),
 ],
 aggregate_facts=[
  fact(PF, "park", "projects_signed", 19, "count", F0, "2020-03-22（云签约）"),
  fact(PF, "park", "signed_investment_cny", 0, "cny", F0, "2020-03-22（云签约）", chk=True),
 ])

# ---------------------------------------------------------------- yu07 大连片区 产业创新特区 (zxyzs relay of a TV item, 2021-08)
DL = "辽宁自贸试验区大连片区"
H1 = "8月18日,辽宁自贸试验区大连片区出台了《产业创新特区建设方案》"
H2 = "辽宁自贸区大连片区的“产业创新特区”建设,将围绕新能源、生命健康、数字信息和先进装备制造业4个产业园区,重点培育创新创业型企业"
H3 = "总规划面积440万平方米,将根据各产业园区定位重点引进氢能、干细胞、疫苗、新能源汽车、芯片、机器人等项目"
G["yu07"] = dict(
 article=art("辽宁自贸区大连片区将打造产业创新特区 15项政策重磅支持", "zxyzs.com（中小企业招商网类站点“新闻中心·辽宁·政策”，转载电视新闻稿；原出处未标）", "2021-08", "month",
  "Investment-promotion site relaying a TV news script, Liaoning: a free-trade-zone area's plan for an industry-innovation special zone — four industrial parks, planned area, 15 subsidy policies, an official and a firm's manager quoted",
  "http://zxyzs.com/liaoning/zhengce/2021/201570.html",
  "年份取网址 /2021/，方案出台于8月18日（published 记 2021-08，month）。站点导航行已删；电视稿的采访字幕行（单位、职务 姓名）保留为段。存段末尾“大连纳思达汽车设备有限公司 / 代理总经理 宋小佳 / “以前的话完全是由我们企业自主”中断，三行均删，正文止于嵇官成引语。园区：辽宁自贸试验区大连片区（又作“辽宁自贸区大连片区”“大连片区”“大连自贸片区”）；“产业创新特区”为片区内规划的特区（可选园区，总规划面积440万平方米）；4个产业园区未具名，不列。公司：名源科技(大连)有限公司（氢能企业，位于片区由语境推断）。政策奖励额（最高1亿元等）不是投资额、不作事实。上半年四产业同比增长、三产业增速10%以上为可选事实。",
  "yu07"),
 parks=[
  park(DL, "大连", "辽宁", "自贸试验区片区", H1, aliases=["辽宁自贸区大连片区", "大连片区", "大连自贸片区"]),
  park("产业创新特区", "大连", "辽宁", "特区（片区内规划）", H2, parent=DL, opt=True, note="规划中；围绕4个产业园区"),
 ],
 companies=[
  comp("名源科技(大连)有限公司", DL, "名源科技(大连)有限公司", note="总经理嵇官成受访，谈氢能产业；在片区由语境推断"),
 ],
 institutions=[
  inst("大连自贸片区经济发展局", "大连自贸片区经济发展局", park=DL),
 ],
 aggregate_facts=[
  fact("产业创新特区", "park", "planned_area_m2", 4400000, "m2", H3, "2021年8月（规划）", kind="target"),
  fact(DL, "park", "support_policies", 15, "count", "并同步出台了15项重磅扶持政策,最高奖励可达1亿元", "2021-08-18", opt=True),
  fact(DL, "park", "advanced_equipment_life_health_new_energy_output_yoy_growth", 0.10, "ratio",
       "其中先进装备制造、生命健康及新能源产业的同比增速都达到了10%以上", "2021年上半年", kind="ratio", qual="超", qtext="以上", opt=True),
 ])

# ---------------------------------------------------------------- yu08 大庆经开区 龙粤合作 (黑龙江日报 via sanhaostreet 2022-07-14)
DQ = "大庆经济技术开发区"
K0 = "黑龙江日报7月14日讯合作项目11个,签约额累计实现104.9亿元"
K1 = "截至目前,与广东地区对口合作项目已达11个,签约额累计实现104.9亿元,产业合作规模层次不断提升,重大合作平台建设取得显著成果,另外还有1个项目有望签约,3个项目正在洽谈"
K2 = "先后与深圳市大满包装有限公司、广东英联包装股份有限公司、腾讯云计算(北京)有限责任公司、深圳市科陆电子科技股份有限公司、中广核环保产业有限公司等行业领军企业签订了合作协议"
K3 = "成功引进了大满英联绿色包装产业园、腾讯云工业云基地、高端油服产业基地、氢能源产业园等一批投资规模大、产业链条长的重大项目"
AC8 = "2021年初至2022年7月"
INTRO = dict(status=None, status_text="成功引进", status_alt="签约")
G["yu08"] = dict(
 article=art("（无标题）大庆经开区龙粤合作 合作项目11个 签约额累计104.9亿元", "黑龙江日报（“黑龙江日报7月14日讯”），载于 digital.sanhaostreet.com", "2022-07-14", "day",
  "Provincial daily relayed by a content site, Heilongjiang: a national economic development zone's year of paired cooperation with Guangdong — projects and signed amount, partner firms, projects introduced",
  "http://digital.sanhaostreet.com/it/202207/1420202.html",
  "日期取电头“黑龙江日报7月14日讯”与网址 202207。“(资料图)”已删。存段末行“同时深化与中山大学惠州研究院、中国陶瓷工业协”为残句，已删；正文五段。园区：大庆经济技术开发区（又作“大庆经开区”“大庆市经济技术开发区”）。公司：签订合作协议的五家广东/北京企业（园区记大庆经开区，note 合作方）。项目：大满英联绿色包装产业园、腾讯云工业云基地、高端油服产业基地、氢能源产业园（“成功引进”，status 留空，status_alt 签约，无金额）。事实：龙粤合作项目11个、签约额累计104.9亿元（2021年初以来，cumulative）；1个有望签约、3个在谈（可选）；驻外招商专班2支（可选）。",
  "yu08"),
 parks=[
  park(DQ, "大庆", "黑龙江", "经济技术开发区", "去年以来,大庆经济技术开发区在龙粤合作中,充分发挥两地比较优势", aliases=["大庆经开区", "大庆市经济技术开发区"]),
 ],
 companies=[
  comp("深圳市大满包装有限公司", DQ, K2, note="签订合作协议的合作方"),
  comp("广东英联包装股份有限公司", DQ, K2, note="签订合作协议的合作方"),
  comp("腾讯云计算(北京)有限责任公司", DQ, K2, note="签订合作协议的合作方"),
  comp("深圳市科陆电子科技股份有限公司", DQ, K2, note="签订合作协议的合作方"),
  comp("中广核环保产业有限公司", DQ, K2, note="签订合作协议的合作方"),
 ],
 projects=[
  proj("大满英联绿色包装产业园", DQ, K3, companies=["深圳市大满包装有限公司", "广东英联包装股份有限公司"], note="公司由名称对应推断", **INTRO),
  proj("腾讯云工业云基地", DQ, K3, companies=["腾讯云计算(北京)有限责任公司"], note="公司由名称对应推断", **INTRO),
  proj("高端油服产业基地", DQ, K3, **INTRO),
  proj("氢能源产业园", DQ, K3, **INTRO),
 ],
 aggregate_facts=[
  fact(DQ, "park", "projects_signed", 11, "count", K1, AC8, kind="cumulative", note="与广东地区对口合作项目"),
  fact(DQ, "park", "signed_investment_cny", 0, "cny", K1, AC8, kind="cumulative", chk=True, note="签约额累计"),
  fact(DQ, "park", "projects_in_talks", 3, "count", "另外还有1个项目有望签约,3个项目正在洽谈", "2022年7月", opt=True),
  fact(DQ, "park", "investment_promotion_teams", 2, "count", "合作中,大庆经开区抽调精干力量组建2支驻外招商专班", AC8, opt=True),
 ])
