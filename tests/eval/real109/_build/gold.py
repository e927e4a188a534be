# real109 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (ya03 traditional script as published, the other seven simplified as
# published); names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the
# word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); an amount written
# “…亿” without 元 (ya04) goes in a fact whose metric has no _cny suffix (unit cny), as real103 did. Growth rates and shares as
# ratios. Projects: the park is the one the text places the project in, null if none (a county or district is not a park).
# Status from the text's words (开工 / 开工建设 → 开工; 正在…施工 / 加快建设 → 在建; 争取新开工 → planned; 签约 → 签约;
# 引进 / 落户 alone → no status). Plans for the year (“将全力实施”, “争取新开工”, “将新开工”, “预计”) are kind target;
# year-to-date counts and values (“今年1到10月”, “1至11月”, “去年以来”) are cumulative. Sources are `search` (corpus pages)
# excerpts typed into _raw/pages/yaNN.raw as returned.

# ---------------------------------------------------------------- ya01 绵阳经开区68个项目集中开工竣工 (四川新闻网 2020)
MY = "绵阳经济技术开发区"
A0 = "8月28日,绵阳经济技术开发区举行2020年重点项目集中开工竣工仪式"
A1 = "此次经开区集中开工竣工项目共68个,涵盖了工业、基础设施、民生和社会事业、服务业和房地产四大领域,总投资达238亿元"
A2 = "本次集中开工项目共43个,计划总投资184.8亿元"
A3 = "利尔化学技改扩能项目总投资28亿元,建成达产后预计可实现年产值56亿元,年利税不低于8亿元,提供就业岗位1000余个"
AS1 = "2020-08-28"
G["ya01"] = dict(
 article=art("总投资238亿元!绵阳经开区68个项目集中开工竣工", "四川新闻网（卿招，记者杨宗友），载于 mianyang.021cf.cn（“绵阳产业信息”栏转载）", "2020-08", "month",
  "Provincial news portal's item relayed by a factory-rental site, Sichuan: a national-level economic development zone's joint groundbreaking and completion ceremony — 68 projects and their total, the 43 started by category with planned investment, one named firm's renovation project with amount and expected output, profit-tax and jobs",
  "http://mianyang.021cf.cn/index.php/post/4049.html",
  "日期：仪式在“8月28日”，正文写“2020年重点项目集中开工竣工仪式”；转载页只示“8个月前 (09-29)”，无年份——发布月份记2020-08（推定，四川新闻网原发当在8月28日后数日内）。标题照录；面包屑、“admin8个月前 (09-29)绵阳产业信息12”行已删。存段在第三段末“木龙河“一河两岸”水”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…提供就业岗位1000余个。”，共三段。园区：绵阳经济技术开发区（文中又作“经开区”“绵阳经开区”标题；绵阳，四川）。项目：利尔化学技改扩能项目，总投资28亿元；它紧接“本次集中开工项目共43个…”之后列出，状态记开工（由段落推定，竣工亦非不可能——见 note）。事实：开工竣工项目68个、总投资238亿元；开工43个、计划总投资184.8亿元，及四类分项（工业20个88.5亿元为主，其余可选）；利尔化学项目达产后年产值56亿元、年利税不低于8亿元、就业1000余个（target）。开工与竣工之差25个文中未写，不计。",
  "ya01"),
 parks=[
  park(MY, "绵阳", "四川", "经济技术开发区", A0, aliases=["绵阳经开区"], note="标题作“绵阳经开区”；文中又作“经开区”"),
 ],
 companies=[
  comp("利尔化学", MY, A3, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("利尔化学技改扩能项目", MY, A3, companies=["利尔化学"], inv="总投资28亿元", status="开工", status_text="本次集中开工项目共43个…利尔化学技改扩能项目",
       note="状态由所在段落（集中开工项目）推定；技改扩能"),
 ],
 aggregate_facts=[
  fact(MY, "park", "projects_started_or_completed", 68, "count", A1, AS1),
  fact(MY, "park", "started_completed_projects_investment_cny", 2.38e10, "cny", A1, AS1, chk=True),
  fact(MY, "park", "projects_started", 43, "count", A2, AS1),
  fact(MY, "park", "projects_started_investment_cny", 1.848e10, "cny", A2, AS1, chk=True),
  fact(MY, "park", "industrial_projects_started", 20, "count", "其中,工业项目20个,计划投资88.5亿元", AS1),
  fact(MY, "park", "industrial_projects_started_investment_cny", 8.85e9, "cny", "工业项目20个,计划投资88.5亿元", AS1, chk=True),
  fact(MY, "park", "infrastructure_projects_started", 12, "count", "基础设施项目12个,计划投资15亿元", AS1, opt=True),
  fact(MY, "park", "infrastructure_projects_started_investment_cny", 1.5e9, "cny", "基础设施项目12个,计划投资15亿元", AS1, opt=True, chk=True),
  fact(MY, "park", "livelihood_projects_started", 6, "count", "民生和社会事业项目6个,计划投资33.9亿元", AS1, opt=True),
  fact(MY, "park", "livelihood_projects_started_investment_cny", 3.39e9, "cny", "民生和社会事业项目6个,计划投资33.9亿元", AS1, opt=True, chk=True),
  fact(MY, "park", "services_projects_started", 5, "count", "服务业和房地产项目5个,计划投资47.4亿元", AS1, opt=True),
  fact(MY, "park", "services_projects_started_investment_cny", 4.74e9, "cny", "服务业和房地产项目5个,计划投资47.4亿元", AS1, opt=True, chk=True),
  fact("利尔化学技改扩能项目", "project", "expected_annual_output_cny", 5.6e9, "cny", "建成达产后预计可实现年产值56亿元", "达产后（预期）", kind="target", chk=True),
  fact("利尔化学技改扩能项目", "project", "expected_annual_profit_tax_cny", 8e8, "cny", "年利税不低于8亿元", "达产后（预期）", kind="target", chk=True,
       note="“不低于”：下限，qualifier 不在 约/超/余 之列，记 null"),
  fact("利尔化学技改扩能项目", "project", "expected_jobs", 1000, "count", "提供就业岗位1000余个", "达产后（预期）", kind="target", qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- ya02 泸州龙马潭区、长开区招商 (sc.cnipai 2022)
CK = "四川泸州(长江)经济开发区"
B0 = "龙马潭区、四川泸州(长江)经济开发区把招商引资作为推动区域经济高质量发展的强劲引擎"
B1 = "11月3日,龙马潭区、长开区“拼经济、搞建设”2022年招商引资项目集中签约仪式举行,近20个招商引资项目顺利签约"
B2 = "签约的项目涉及食品饮料、装备制造、新材料、现代物流、文化旅游等产业,计划投资金额141亿元"
B3 = "今年1到10月,龙马潭区、长开区先后引进四川航天川南火工(泸州)龙马潭区生产能力统筹建设项目、航空航天零部件生产加工等项目14个,其中10亿元以上项目5个,签约金额97.5亿元"
B4 = "在泸州市龙马潭区蜀泸大道景宏自贸中心项目建设现场,各类机械运转不停,工人们在紧张有序地施工"
ASB = "2022年1–10月"
G["ya02"] = dict(
 article=art("泸州龙马潭:聚焦产业强招商 持续赋能高质量发展", "sc.cnipai.com（四川站“新闻”栏；原发媒体与署名存段未示）", "2022-11-15", "day",
  "Industrial-investment portal's Sichuan channel: a district and its provincial economic development zone (区园合一) — a November signing of about 20 projects with planned investment, January–October projects introduced (two named) with signed amount, funds in place, foreign investment, a named project under construction",
  "https://sc.cnipai.com/news/detail/300032.html",
  "日期取页面“2022 / 11/15 / 15:02”。标题照录；“四川切换 / 新闻”与日期行已删；签约仪式图片说明一行（“龙马潭区、长开区“拼经济、搞建设”2022年招商引资项目集中签约仪式”）已删。存段末段“大项目、好项目接续而来的背后…还有“服务好、效率高”的营商环境”无句末标点、下文缺失，连同其上小标题“优化营商环境 提升城市吸力”一并不收；正文截至“…工人们在紧张有序地施工。”，含小标题“聚焦重点产业 大力开展招商”一行。园区：四川泸州(长江)经济开发区（文中又作“长开区”；泸州市龙马潭区，四川；与龙马潭区联合署名“龙马潭区、长开区”）。区县：龙马潭区（region）。数字的主语都是“龙马潭区、长开区”并称；事实记于园区（subject 长开区全称），note 标明并称。项目：四川航天川南火工(泸州)龙马潭区生产能力统筹建设项目（“引进”，无状态；园区由并称主语推定）；航空航天零部件生产加工（可选，名称泛）；景宏自贸中心项目（“紧张有序地施工”→在建；只写在龙马潭区蜀泸大道，园区 null）。机构：四川泸州(长江)经济开发区投资促进局（可选）。",
  "ya02"),
 parks=[
  park(CK, "泸州", "四川", "经济开发区", B0, district="龙马潭区", aliases=["长开区"], note="与龙马潭区并称“龙马潭区、长开区”"),
 ],
 institutions=[
  inst("四川泸州(长江)经济开发区投资促进局", "四川泸州(长江)经济开发区投资促进局局长闵川介绍说", park=CK),
 ],
 projects=[
  proj("四川航天川南火工(泸州)龙马潭区生产能力统筹建设项目", CK, B3, note="“引进”，无状态；园区由“龙马潭区、长开区”并称主语推定"),
  proj("航空航天零部件生产加工", CK, B3, opt=True, note="名称泛（…等项目）；“引进”"),
  proj("景宏自贸中心项目", None, B4, status="在建", status_text="工人们在紧张有序地施工", note="只写在泸州市龙马潭区蜀泸大道；不在园区（文中未置于长开区）"),
 ],
 aggregate_facts=[
  fact(CK, "park", "projects_signed", 20, "count", B1, "2022-11-03", qual="约", qtext="近", note="与龙马潭区并称"),
  fact(CK, "park", "signed_investment_cny", 1.41e10, "cny", B2, "2022-11-03", chk=True, note="计划投资金额；与龙马潭区并称"),
  fact(CK, "park", "projects_introduced", 14, "count", B3, ASB, kind="cumulative", note="与龙马潭区并称"),
  fact(CK, "park", "projects_over_1bn", 5, "count", "其中10亿元以上项目5个,签约金额97.5亿元", ASB, kind="cumulative", opt=True),
  fact(CK, "park", "signed_investment_cny", 9.75e9, "cny", "签约金额97.5亿元", ASB, kind="cumulative", chk=True, note="与龙马潭区并称"),
  fact(CK, "park", "investment_attracted_cny", 5.5e9, "cny", "招商引资省外国内到位资金55亿元", ASB, kind="cumulative", chk=True, note="省外国内到位资金"),
  fact(CK, "park", "actual_foreign_investment_cny", 7.293e7, "cny", "实际利用外资完成7293万元", ASB, kind="cumulative", chk=True),
  fact(CK, "park", "actual_fdi_usd", 4.3e6, "usd", "外商直接投资(FDI)完成430万美元", ASB, kind="cumulative"),
 ])

# ---------------------------------------------------------------- ya03 成都高新綜保區 2017 (香港商報網 2018, traditional)
ZB = "成都高新綜合保稅區"
C0 = "成都高新綜合保稅區(以下簡稱“成都高新綜保區”)2017年外貿進出口成績單正式出爐"
C1 = "該區域 全年實現進出口總額2381億元(不含雙流園區),同比增長51%,占全省外貿進出口總額的52%"
C2 = "其中,出口1206億元,同比增長60%,占全省外貿出口的48%"
C3 = "進口1175 億元,同比增長44%,占全省外貿進口的57%"
C4 = "截至目前,已吸引英特爾、德州儀器、富士康、戴爾、莫仕等世界500強及跨國企業入區發展"
C5 = "2017年我省實現貨物貿易進出口總值4605.9億元,位列西部地區第一,同比增長41.2%"
AS3 = "2017年"
G["ya03"] = dict(
 article=art("成都高新綜保區進出口總額邁上2000億台階", "香港商報網（hkcd.com，“四川 > 地市简讯”；無記者署名）", "2018-01-24", "day",
  "Hong Kong paper's web Sichuan channel, traditional script as published: a comprehensive bonded zone's 2017 trade results — imports and exports with growth and shares of the province, leading industries, multinational firms in the zone, the province's trade and customs clearance times",
  "https://www.hkcd.com/content_p/2018-01/24/content_54233.html",
  "日期取页面“2018-01-24”。繁體照錄，未轉換（頁面欄目與圖片說明“位于成都高新综保区内的英特尔成都公司”為簡體，均屬頁面框架，已刪）。標題照錄；“香港商报官网 > 四川 > 地市简讯”、日期、“来源:香港商報網”行已刪。存段末段“受益於世界經濟溫和複蘇…2017年四川外貿突破4600億元,增速”在句中中斷，整段不收；正文截至“…助力四川外貿持續向好發展。”，含小標題“支撐作用顯著 進出口總額占全省一半”一行，共六段。園區：成都高新綜合保稅區（簡稱“成都高新綜保區”；成都，四川；由成都高新區發布，parent 記成都高新區）；成都高新區（消息來源，可選）；雙流園區（綜保區的另一園區，數字不含，可選）。公司：英特爾、德州儀器、富士康、戴爾、莫仕（“已吸引…入區發展”→在綜保區）。事實：進出口2381億元、增長51%、占全省52%；出口1206億元、增長60%、占48%；進口1175億元（原文“1175 億元”有空格）、增長44%、占57%；全國與四川的數字為可選（region）；通關時間不計。",
  "ya03"),
 parks=[
  park(ZB, "成都", "四川", "综合保税区", C0, parent="成都高新區", aliases=["成都高新綜保區"], note="文中又作“該區域”“區域內”；不含雙流園區的數字"),
  park("成都高新區", "成都", "四川", "高新区", "記者從成都高新區獲悉", opt=True, note="消息來源；綜保區所屬"),
  park("雙流園區", "成都", "四川", "综合保税区园区", C1, parent=ZB, opt=True, note="成都高新綜保區的雙流園區；只出現在“不含雙流園區”"),
 ],
 companies=[
  comp("英特爾", ZB, C4, note="世界500強及跨國企業入區"),
  comp("德州儀器", ZB, C4),
  comp("富士康", ZB, C4),
  comp("戴爾", ZB, C4),
  comp("莫仕", ZB, C4),
 ],
 aggregate_facts=[
  fact(ZB, "park", "import_export_cny", 2.381e11, "cny", C1, AS3, chk=True, note="不含雙流園區"),
  fact(ZB, "park", "import_export_yoy_growth", 0.51, "ratio", C1, AS3, kind="ratio"),
  fact(ZB, "park", "import_export_share_of_province", 0.52, "ratio", "占全省外貿進出口總額的52%", AS3, kind="ratio", opt=True),
  fact(ZB, "park", "exports_cny", 1.206e11, "cny", C2, AS3, chk=True),
  fact(ZB, "park", "exports_yoy_growth", 0.60, "ratio", C2, AS3, kind="ratio"),
  fact(ZB, "park", "exports_share_of_province", 0.48, "ratio", "占全省外貿出口的48%", AS3, kind="ratio", opt=True),
  fact(ZB, "park", "imports_cny", 1.175e11, "cny", C3, AS3, chk=True),
  fact(ZB, "park", "imports_yoy_growth", 0.44, "ratio", C3, AS3, kind="ratio"),
  fact(ZB, "park", "imports_share_of_province", 0.57, "ratio", "占全省外貿進口的57%", AS3, kind="ratio", opt=True),
  fact("四川", "region", "import_export_cny", 4.6059e11, "cny", C5, AS3, opt=True, chk=True),
  fact("四川", "region", "import_export_yoy_growth", 0.412, "ratio", C5, AS3, kind="ratio", opt=True),
  fact("四川", "region", "exports_cny", 2.5385e11, "cny", "出口值達2538.5億元,增長37.4%", AS3, opt=True, chk=True),
  fact("四川", "region", "imports_cny", 2.0674e11, "cny", "進口值達2067.4億元,增長46.2%", AS3, opt=True, chk=True),
  fact("中国", "region", "import_export_cny", 2.779e13, "cny", "我國貨物貿易進出口總值27.79萬億元人民幣,比2016年增長14.2%", AS3, opt=True),
 ])

# ---------------------------------------------------------------- ya04 成都高新区2021年经济运行 (川观新闻 via cdqssd)
GX = "成都高新区"
ZB4 = "成都高新综合保税区"
D0 = "数据显示,成都高新区全年实现地区生产总值2800.6亿元,同比增长11.1%"
D1 = "其中,电子信息产业延续高位运行,规上企业产值4702亿,增长24.2%"
D2 = "引进产业链项目65个(含重大项目9个),总投资564.28亿"
D3 = "2021年,成都高新区医药健康产业规模突破1000亿元,规上工业产值突破300亿元,同比增长15.8%"
D4 = "去年成都高新区规上新经济属性服务业企业实现营收1252亿元,同比增长26.09%"
D5 = "其中信息传输、软件和信息技术服务业企业实现营收1134.52亿元,同比增长21.21%"
D6 = "该区去年对外贸易平稳增长,全年完成外贸进出口总额5819亿,占全省61%,连续4年保持进出口总额全国第一"
AS4 = "2021年"
G["ya04"] = dict(
 article=art("同比增长11.1% 成都高新区2021年GDP突破2800亿", "川观新闻（“来源:川观新闻”；署名存段未示），载于 cdqssd.com", "2022-07-14", "day",
  "Provincial paper's news app relayed by a site, Sichuan: a national high-tech zone's 2021 results — GDP and growth, electronic-information output, industrial-chain projects introduced with total investment, pharma and new-economy revenue, a named lighthouse factory, the comprehensive bonded zone's trade total",
  "http://www.cdqssd.com/4/21387/854962",
  "日期取转载页“2022-07-14 09:53:52”；川观新闻原发当在2022年1月28日成都高新区发布数据后（正文首句）。标题照录（页内重复一次，已删）；“来源:川观新闻”行已删。正文中的栏目标记“>>看主导产业”“>>看对外贸易”和小标题照录为段。存段末段在“其中,数智综保区建设成效显著,“高级认证企业免除担”处中断，该残句已删（LINE_SUFFIX），正文截至“…连续4年保持进出口总额全国第一。”。园区：成都高新区（成都，四川；全称未出现）；成都高新综合保税区（文中又作“成都高新综保区”“该区”；parent 成都高新区）。公司：鸿富锦（“头部企业…鸿富锦获评成都第二家世界灯塔工厂”，在园区）。事实：GDP 2800.6亿元、增长11.1%；电子信息规上企业产值4702亿（原文无“元”，metric 不带 _cny）、增长24.2%；“去年以来”引进产业链项目65个（含重大项目9个）、总投资564.28亿（无“元”）；医药健康产业规模突破1000亿元、规上工业产值突破300亿元（超）、增长15.8%；新经济服务业营收1252亿元、增长26.09%；软件信息服务业营收1134.52亿元（可选）；综保区进出口总额5819亿（无“元”）、占全省61%。小标题“规上电子信息制造业产值增长超4000亿”与正文“产值4702亿”不一致（原文如此），不另记。",
  "ya04"),
 parks=[
  park(GX, "成都", "四川", "高新区", D0, note="全称未出现；文中又作“该区”不计"),
  park(ZB4, "成都", "四川", "综合保税区", "2021年是成都高新综合保税区正式封关运行的第十年", parent=GX, aliases=["成都高新综保区"]),
 ],
 companies=[
  comp("鸿富锦", GX, "头部企业均实现正增长,鸿富锦获评成都第二家世界灯塔工厂", note="电子信息头部企业；世界灯塔工厂"),
 ],
 aggregate_facts=[
  fact(GX, "park", "gdp_cny", 2.8006e11, "cny", D0, AS4, chk=True),
  fact(GX, "park", "gdp_yoy_growth", 0.111, "ratio", D0, AS4, kind="ratio"),
  fact(GX, "park", "electronic_info_output_above_scale", 4.702e11, "cny", D1, AS4, note="原文“4702亿”无“元”"),
  fact(GX, "park", "electronic_info_output_above_scale_yoy_growth", 0.242, "ratio", D1, AS4, kind="ratio"),
  fact(GX, "park", "projects_introduced", 65, "count", D2, "2021年以来（“去年以来”）", kind="cumulative", note="产业链项目"),
  fact(GX, "park", "major_projects_introduced", 9, "count", D2, "2021年以来（“去年以来”）", kind="cumulative", opt=True),
  fact(GX, "park", "projects_introduced_investment", 5.6428e10, "cny", D2, "2021年以来（“去年以来”）", kind="cumulative", note="原文“564.28亿”无“元”"),
  fact(GX, "park", "health_industry_scale_cny", 1e11, "cny", D3, AS4, qual="超", qtext="突破", chk=True),
  fact(GX, "park", "pharma_industrial_output_above_scale_cny", 3e10, "cny", "规上工业产值突破300亿元,同比增长15.8%", AS4, qual="超", qtext="突破", chk=True),
  fact(GX, "park", "pharma_industrial_output_above_scale_yoy_growth", 0.158, "ratio", "规上工业产值突破300亿元,同比增长15.8%", AS4, kind="ratio"),
  fact(GX, "park", "pharma_services_revenue_cny", 2.75e9, "cny", "规上营利性服务业营收27.5亿元,同比增长18%", AS4, opt=True, chk=True),
  fact(GX, "park", "pharma_trade_sales_cny", 1.76e10, "cny", "限上医药商贸业销售额176亿元,同比增长14.1%", AS4, opt=True, chk=True),
  fact(GX, "park", "new_economy_services_revenue_cny", 1.252e11, "cny", D4, AS4, chk=True),
  fact(GX, "park", "new_economy_services_revenue_yoy_growth", 0.2609, "ratio", D4, AS4, kind="ratio"),
  fact(GX, "park", "software_it_services_revenue_cny", 1.13452e11, "cny", D5, AS4, opt=True, chk=True),
  fact(GX, "park", "software_it_services_revenue_yoy_growth", 0.2121, "ratio", D5, AS4, kind="ratio", opt=True),
  fact(ZB4, "park", "import_export", 5.819e11, "cny", D6, AS4, note="原文“5819亿”无“元”"),
  fact(ZB4, "park", "import_export_share_of_province", 0.61, "ratio", D6, AS4, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- ya05 宜宾长宁 竹产业项目集中签约 (四川新闻网 2025)
CN = "长宁经开区"
ZZ = "竹产业园区"
E0 = "4月3日,宜宾市长宁县第二季度重点项目现场推进暨竹产业项目集中签约活动在长宁经开区竹产业园区举行"
E1 = "此次5个优质项目的集中签约,总投资8.5亿元,涵盖动力电池配套、竹纤维、竹食品等多个领域"
E2 = "今年以来,长宁县全力聚焦“项目攻坚”,一季度新开工入库30个项目,预计完成投资15.4亿元"
E3 = "2025年,长宁县谋划实施“四个一批”重点项目370个,计划总投资685亿元"
E4 = "2025年计划实施174个,总投资335亿元,年度计划投资104亿元"
E5 = "一季度22个重点项目开工建设,完成投资39亿元"
E6 = "二季度全县将新开工55个项目,总投资29.6亿元"
E7 = "集团围绕国家“双碳”“以竹代塑”战略,在长宁县投资建设新材料公司,已建成2条5000吨竹原纤维生产线,形成年产1万吨竹原纤维产能"
G["ya05"] = dict(
 article=art("宜宾长宁:第二季度重点项目集中开工 激活竹产业发展新引擎", "四川新闻网（scnews.newssc.org，“市州联播”栏；署名存段未示）", "2025-04-04", "day",
  "Provincial news portal's city-and-prefecture column, Sichuan: a county's second-quarter project drive held in its economic development zone's bamboo-industry park — five projects signed with total investment, the county's first-quarter starts and investment, the year's project plan, a provincial forestry group's bamboo-fibre capacity",
  "https://scnews.newssc.org/system/20250404/001517289.html",
  "日期取页面“2025年04月04日 11:59:44 来源:四川新闻网”。标题照录；导航、位置行、日期来源行与“四川新闻网-首屏新闻”已删。存段在末段“接下来,集团将…打造国内一”处中断，该残句已删（LINE_SUFFIX），正文截至“…形成年产1万吨竹原纤维产能。”，共四段。园区：长宁经开区（宜宾市长宁县，四川；全称未出现）；竹产业园区（“长宁经开区竹产业园区”，parent 长宁经开区；末段又作“竹产业园”）。区县：长宁县（region）——县级数字全部记于长宁县。签约5个项目未具名（不列项目）；“总投资8.5亿元”记为签约额，主语长宁县（签约活动在园区举行，文中未说项目落在园区）。公司：四川林业集团（在长宁县投资建设新材料公司；园区未说，park null）；“新材料公司”名称不全（可选）。“一季度新开工入库30个项目”与“一季度22个重点项目开工建设”口径不同，两者都记。标题“第二季度重点项目集中开工”在存段正文中只见“二季度全县将新开工55个项目”（target）。",
  "ya05"),
 parks=[
  park(CN, "宜宾", "四川", "经济开发区", E0, district="长宁县", note="全称未出现"),
  park(ZZ, "宜宾", "四川", "产业园区（竹产业）", E0, district="长宁县", parent=CN, aliases=["长宁经开区竹产业园区"], note="末段又作“竹产业园”"),
 ],
 companies=[
  comp("四川林业集团", None, "出席活动的四川林业集团负责人表示", note="在长宁县投资建设新材料公司；园区文中未说"),
  comp("新材料公司", None, E7, opt=True, note="四川林业集团在长宁县投资建设；名称不全"),
 ],
 aggregate_facts=[
  fact("长宁县", "region", "projects_signed", 5, "count", E1, "2025-04-03", note="竹产业项目集中签约，活动在长宁经开区竹产业园区举行"),
  fact("长宁县", "region", "signed_investment_cny", 8.5e8, "cny", E1, "2025-04-03", chk=True),
  fact("长宁县", "region", "projects_started", 30, "count", E2, "2025年一季度", note="新开工入库项目"),
  fact("长宁县", "region", "investment_completed_cny", 1.54e9, "cny", "一季度新开工入库30个项目,预计完成投资15.4亿元", "2025年一季度（预计）", kind="target", opt=True, chk=True),
  fact("长宁县", "region", "key_projects", 370, "count", E3, "2025年（计划）", kind="target"),
  fact("长宁县", "region", "key_projects_total_investment_cny", 6.85e10, "cny", "重点项目370个,计划总投资685亿元", "2025年（计划）", kind="target", chk=True),
  fact("长宁县", "region", "projects_planned", 174, "count", E4, "2025年（计划）", kind="target", opt=True),
  fact("长宁县", "region", "projects_planned_investment_cny", 3.35e10, "cny", "2025年计划实施174个,总投资335亿元", "2025年（计划）", kind="target", opt=True, chk=True),
  fact("长宁县", "region", "planned_annual_investment_cny", 1.04e10, "cny", "年度计划投资104亿元", "2025年（计划）", kind="target", opt=True, chk=True),
  fact("长宁县", "region", "key_projects_started", 22, "count", E5, "2025年一季度"),
  fact("长宁县", "region", "investment_completed_cny", 3.9e9, "cny", "完成投资39亿元", "2025年一季度", chk=True),
  fact("长宁县", "region", "projects_planned_to_start", 55, "count", E6, "2025年二季度（计划）", kind="target"),
  fact("长宁县", "region", "projects_planned_to_start_investment_cny", 2.96e9, "cny", "总投资29.6亿元,涵盖产业、基础设施、社会事业等多个重要领域", "2025年二季度（计划）", kind="target", chk=True),
  fact("四川林业集团", "company", "annual_capacity_t", 10000, "t", E7, "2025年4月", opt=True, note="竹原纤维；在长宁县的新材料公司"),
 ])

# ---------------------------------------------------------------- ya06 遂宁高新区 中科华联锂电隔膜项目 (川观新闻 2023)
SN = "遂宁高新区"
F0 = "10月25日,位于遂宁高新区栖凤路的中科华联湿法锂电池隔膜生产项目建设现场,吊塔林立、机械轰鸣"
F1 = "“目前,我们已完成厂房及配套设施基础部分建设,正在进行主体结构部分施工,其中1#、2#厂房钢结构施工进度已达40%。”"
F2 = "项目建成后,可年产高性能湿法锂电池隔膜约8亿平方米,年产值达25亿元"
F3 = "今年7月,西南地区首家碳酸锂期货指定交割库落户遂宁高新区西部铁路物流园"
G["ya06"] = dict(
 article=art("（无标题）遂宁高新区中科华联湿法锂电池隔膜生产项目加紧建设", "川观新闻（cbgc.scol.com.cn；李宜佳，遂宁观察雷朋，川观新闻记者秦勇）", "2023-10", "month",
  "Provincial paper's news app, Sichuan: a high-tech zone's lithium-battery separator project under construction — progress, expected capacity and output; a futures delivery warehouse placed in the zone's railway logistics park; the zone's lithium-industry strategy",
  "https://cbgc.scol.com.cn/news/4518549",
  "存段无标题、无日期行（title 为编者概括）。日期推定：现场在“10月25日”；“今年7月…碳酸锂期货指定交割库落户”——碳酸锂期货2023年7月上市，且同一项目于2023年1月3日集中开工（本集检索第6次见到的另一页），故为2023年10月（推定）。首行署名“李宜佳 遂宁观察 雷朋 川观新闻记者 秦勇”已删（记于 outlet）。正文五段，末句完整。园区：遂宁高新区（遂宁，四川）；西部铁路物流园（“遂宁高新区西部铁路物流园”，parent 遂宁高新区，可选）。项目：中科华联湿法锂电池隔膜生产项目（遂宁高新区栖凤路；“正在进行主体结构部分施工”→在建；存段无投资额）；碳酸锂期货指定交割库（“落户”，无状态，可选）。公司：中科华联（只在项目名中，可选）。事实：项目建成后年产隔膜约8亿平方米、年产值25亿元（target）；1#、2#厂房钢结构进度40%（可选）。",
  "ya06"),
 parks=[
  park(SN, "遂宁", "四川", "高新区", F0, note="文中又作“高新区”“园区”"),
  park("西部铁路物流园", "遂宁", "四川", "物流园区", F3, parent=SN, opt=True, note="“遂宁高新区西部铁路物流园”"),
 ],
 companies=[
  comp("中科华联", SN, F0, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("中科华联湿法锂电池隔膜生产项目", SN, F0, companies=["中科华联"], status="在建", status_text="正在进行主体结构部分施工",
       note="遂宁市首个锂电隔膜项目；存段无投资额"),
  proj("碳酸锂期货指定交割库", "西部铁路物流园", F3, opt=True, note="“落户”，无状态；西南地区首家"),
 ],
 aggregate_facts=[
  fact("中科华联湿法锂电池隔膜生产项目", "project", "expected_annual_capacity_m2", 8e8, "m2", F2, "建成后（预期）", kind="target", qual="约", qtext="约"),
  fact("中科华联湿法锂电池隔膜生产项目", "project", "expected_annual_output_cny", 2.5e9, "cny", "年产值达25亿元", "建成后（预期）", kind="target", chk=True),
  fact("中科华联湿法锂电池隔膜生产项目", "project", "construction_progress", 0.40, "ratio", F1, "2023-10-25", kind="ratio", opt=True, note="1#、2#厂房钢结构施工进度"),
 ])

# ---------------------------------------------------------------- ya07 高坪:乘势而上实现“开门红” (南充晚报 2023)
HK = "南充航空港经开区"
YH = "南充溢辉电子科技有限公司"
H0 = "1月1日,位于临江新区高坪片区的南充航空港经开区科创中心的南充溢辉电子科技有限公司生产车间内,自动化机械忙碌运转"
H1 = "2022年,该公司先后投入资金1亿元,购入片式电阻镭切机181台"
H2 = "目前该公司生产车间10条先进生产线在有序运行,实现了电阻日产量4亿颗的目标,产能较2021年提高60%,产值也翻了一番"
H3 = "同样在奋力夺取“满堂彩”迎接“开门红”的企业还有三环电子、富安娜、燎原机械、科华石油、首创科技等"
H4 = "2022年1至11月,高坪区全区82户规上工业企业实现总产值439.3亿元,同比增长0.35%"
H5 = "实现主营业务收入417.9亿元,同比增长1.18%"
H6 = "实现利润32.6亿元,同比增长9.53%"
AS7 = "2022年1–11月"
G["ya07"] = dict(
 article=art("高坪:乘势而上实现“开门红”", "南充晚报（“来源:南充晚报”；署名存段未示），载于南充经济网 ncjjwang.com（“魅力乡镇”栏）", "2023-01-03", "day",
  "City evening paper relayed by a city economic site, Sichuan: a district's year-end industry round-up — a named electronics firm in the airport economic development zone with its 2022 equipment investment, capacity and output growth, other district firms, the district's January–November above-scale output, revenue and profit",
  "http://www.ncjjwang.com/show-19-77187-1.html",
  "日期取页面“2023-01-03 17:08:28 来源:南充晚报”。标题照录；面包屑与图片说明“嘉陵江特大桥右幅合龙”已删。存段末句在“;为地方经济”处中断，删去该残分句（LINE_SUFFIX），正文截至“…实现利润32.6亿元,同比增长9.53%”（无句末标点），含小标题“工业发展步入新进程”，共八段。园区：南充航空港经开区（南充市高坪区，四川；全称未出现）；临江新区（省级新区，“临江新区高坪片区”，可选）。“科创中心”为园区内载体，不列园区。公司：南充溢辉电子科技有限公司（在南充航空港经开区科创中心）；三环电子、富安娜、燎原机械、科华石油、首创科技（高坪区企业，园区未说，可选，park null）。事实：溢辉2022年投入资金1亿元（company，investment_cny）、产能较2021年提高60%、产值翻一番（可选）、日产电阻4亿颗（可选）；高坪区（region）1至11月规上工业企业82户、总产值439.3亿元及增长0.35%、主营业务收入417.9亿元及增长1.18%、利润32.6亿元及增长9.53%（cumulative）。",
  "ya07"),
 parks=[
  park(HK, "南充", "四川", "经济开发区", H0, district="高坪区", note="全称未出现；其科创中心内有南充溢辉电子"),
  park("临江新区", "南充", "四川", "省级新区", H0, opt=True, note="“临江新区高坪片区”"),
 ],
 companies=[
  comp(YH, HK, H0, note="电子信息高新技术企业，生产片式电阻和插件电阻"),
  comp("三环电子", None, H3, opt=True, note="高坪区企业；园区未说"),
  comp("富安娜", None, H3, opt=True, note="同上"),
  comp("燎原机械", None, H3, opt=True, note="同上"),
  comp("科华石油", None, H3, opt=True, note="同上"),
  comp("首创科技", None, H3, opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact(YH, "company", "investment_cny", 1e8, "cny", H1, "2022年", chk=True, note="购入片式电阻镭切机"),
  fact(YH, "company", "equipment_purchased", 181, "count", H1, "2022年", opt=True, note="片式电阻镭切机"),
  fact(YH, "company", "production_lines", 10, "count", H2, "2023年1月", opt=True),
  fact(YH, "company", "daily_output_units", 4e8, "count", H2, "2023年1月", opt=True, note="电阻日产量4亿颗"),
  fact(YH, "company", "capacity_yoy_growth", 0.60, "ratio", H2, "2022年", kind="ratio", note="产能较2021年提高60%"),
  fact(YH, "company", "output_yoy_growth", 1.0, "ratio", H2, "2022年", kind="ratio", opt=True, note="“产值也翻了一番”"),
  fact("高坪区", "region", "above_scale_firms", 82, "count", H4, AS7),
  fact("高坪区", "region", "industrial_output_above_scale_cny", 4.393e10, "cny", H4, AS7, kind="cumulative", chk=True),
  fact("高坪区", "region", "industrial_output_above_scale_yoy_growth", 0.0035, "ratio", H4, AS7, kind="ratio"),
  fact("高坪区", "region", "main_business_revenue_cny", 4.179e10, "cny", H5, AS7, kind="cumulative", chk=True),
  fact("高坪区", "region", "main_business_revenue_yoy_growth", 0.0118, "ratio", H5, AS7, kind="ratio"),
  fact("高坪区", "region", "profit_cny", 3.26e9, "cny", H6, AS7, kind="cumulative", chk=True),
  fact("高坪区", "region", "profit_yoy_growth", 0.0953, "ratio", H6, AS7, kind="ratio"),
 ])

# ---------------------------------------------------------------- ya08 广安经开区 “擂响春天的战鼓②” (广安新闻网 2022)
GA = "广安经开区"
K0 = "作为国家级经济技术开发区,近年来,广安经开区一直锚定了一个大目标—“千亿级”"
K1 = "2021年,在全国217个“国开区”综合考核中,广安经开区晋升至排名68位"
K2 = "广安经开区还将全力实施总投资451.3亿元的重点项目135个"
K3 = "争取新开工丰山农化、恒生中央广场等总投资157.1亿元的项目70个"
K4 = "加快建设吉兴新材料、利华化学等总投资94.6亿元的项目11个"
K5 = "竣工投运暄洋新材料、沃肯新材料等总投资109.8亿元的项目33个"
AS8 = "2022年（计划）"
G["ya08"] = dict(
 article=art("【擂响春天的战鼓②】广安经开区: 以项目之大 实力之强 品质之优赋能“千亿级”宏伟蓝图", "广安新闻网（“来源:广安新闻网”），载于 gatv.com.cn（编辑:滕云）", "2022-03-30", "day",
  "City news site's series item relayed by the city broadcaster's site, Sichuan: a national economic and technological development zone's 2022 project plan — key projects with total investment, named projects to start, under construction and to be completed, the zone's national ranking",
  "http://www.gatv.com.cn/Article/detail?infoid=92496&modelid=2",
  "日期取页面“编辑:滕云 发布时间:2022-03-30”。标题照录；“来源:广安新闻网”、“(原标题:…)”（与标题相同）、图片名“1.jpg”与页脚已删。正文两段，完整。园区：广安经开区（国家级经济技术开发区；广安，四川；全称未出现）。项目都只以企业简称或项目简称列出（丰山农化、恒生中央广场、吉兴新材料、利华化学、暄洋新材料、沃肯新材料），都在广安经开区，均无单项金额：“争取新开工”→planned；“加快建设”→在建；“竣工投运”（今年计划）→在建，status_alt 竣工。这些简称同时可读作企业名（不另列公司）。事实：均为“今年…将…”的计划（kind target，as_of 2022年（计划））：重点项目135个 / 451.3亿元；争取新开工70个 / 157.1亿元；加快建设11个 / 94.6亿元；竣工投运33个 / 109.8亿元；2021年国家级经开区综合考核排名第68位（217个中）。",
  "ya08"),
 parks=[
  park(GA, "广安", "四川", "国家级经济技术开发区", K0, note="全称未出现"),
 ],
 projects=[
  proj("丰山农化", GA, K3, status="planned", status_text="争取新开工", note="简称；2022年争取新开工"),
  proj("恒生中央广场", GA, K3, status="planned", status_text="争取新开工"),
  proj("吉兴新材料", GA, K4, status="在建", status_text="加快建设", note="简称"),
  proj("利华化学", GA, K4, status="在建", status_text="加快建设", note="简称"),
  proj("暄洋新材料", GA, K5, status="在建", status_text="竣工投运（今年计划）", status_alt="竣工", note="简称；计划年内竣工投运"),
  proj("沃肯新材料", GA, K5, status="在建", status_text="竣工投运（今年计划）", status_alt="竣工", note="简称；计划年内竣工投运"),
 ],
 aggregate_facts=[
  fact(GA, "park", "national_rank", 68, "rank", K1, "2021年"),
  fact(GA, "park", "zones_evaluated", 217, "count", K1, "2021年", opt=True, note="全国“国开区”综合考核参评数"),
  fact(GA, "park", "key_projects", 135, "count", K2, AS8, kind="target"),
  fact(GA, "park", "key_projects_total_investment_cny", 4.513e10, "cny", "总投资451.3亿元的重点项目135个", AS8, kind="target", chk=True),
  fact(GA, "park", "projects_planned_to_start", 70, "count", K3, AS8, kind="target"),
  fact(GA, "park", "projects_planned_to_start_investment_cny", 1.571e10, "cny", "总投资157.1亿元的项目70个", AS8, kind="target", chk=True),
  fact(GA, "park", "projects_under_construction", 11, "count", K4, AS8, kind="target"),
  fact(GA, "park", "projects_under_construction_investment_cny", 9.46e9, "cny", "总投资94.6亿元的项目11个", AS8, kind="target", chk=True),
  fact(GA, "park", "projects_to_complete", 33, "count", K5, AS8, kind="target"),
  fact(GA, "park", "projects_to_complete_investment_cny", 1.098e10, "cny", "总投资109.8亿元的项目33个", AS8, kind="target", chk=True),
 ])
