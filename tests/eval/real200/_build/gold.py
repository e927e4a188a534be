# real200 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (uq02 traditional script as published, the rest simplified); names as
# written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); a figure without 元 (uq02 “六億”, “20億”)
# goes in a metric not ending in _cny. Growth rates and shares as ratios. Projects: the park the text places the project in,
# null if none (a county is not a park). Status from the text's words (开工 / 开工动建 / 顺利开工 → 开工; 竣工投产 / 投产 → 投产;
# 加快建设 / 正在进行…建设 / 建设现场 → 在建; 前期工作 → planned; 新引进 / 落户 alone → no status). “预计 / 力争 / 计划” figures
# are kind target; year-to-date or end-of-period totals are reported unless the text says 累计. Sources are `search` (corpus
# pages) excerpts typed into _raw/pages/uqNN.raw as returned.

# ---------------------------------------------------------------- uq01 渠县经开区 十三五 (渠县人民政府网 2021)
QX = "渠县经济开发区"
A0 = "渠县经济开发区位于渠县合力镇、李渡镇辖区,成立于2007年6月,2019年1月创建为省级经开区"
A1 = "现已建成2.35平方公里,正在谋划实施三期扩区,园区企业已达101家(其中投产66家,在建27家,停产8家),其中规上工业企业60家"
A2 = "2016年至2020年,经开区规上工业企业数量由26家充实到60家"
ASA = "2020年末（2021年3月发布）"
G["uq01"] = dict(
 article=art("专报--渠县经开区十三五期间经济运行分析", "渠县人民政府网（www.quxian.gov.cn，“招商投资·园区信息”栏；来源:县经开区管委会）", "2021-03-03", "day",
  "County government website, Sichuan: the county economic development zone's own report on its 13th Five-Year Plan period — built area, firms by stage, above-scale firms, industrial output and revenue 2016 vs 2020, yearly growth rates",
  "http://www.quxian.gov.cn/news-show-7110.html",
  "日期取页面“发布日期:2021-03-03”。标题照录；导航“您的位置…”与“来源:县经开区管委会 发布日期…点击数”行已删。存段在第二部分末句“现有25个正在装修和在建的工业企业,也将对于2011年的升”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…2017年至2020年,经开区分别新增了2家、13家、11家、8家。”；两个小标题（一、二）保留为段落，共五段。园区：渠县经济开发区（标题作“渠县经开区”；达州市渠县，四川；2019年1月创建为省级经开区）。文中无具名企业、项目。事实：建成面积2.35平方公里；园区企业101家（投产66、在建27、停产8）；规上工业企业60家（2016年26家）；工业总产值2016年68.23亿元→2020年146.75亿元；主营业务收入66.58亿元→145.86亿元；2020年总产值增速12.19%。“增长了2.15倍”“增长了2.3倍”为倍数说法，不另列。",
  "uq01"),
 parks=[
  park(QX, "达州", "四川", "经济开发区（省级）", A0, district="渠县", aliases=["渠县经开区"], note="标题作“渠县经开区”；文中又作“经开区”“园区”"),
 ],
 companies=[],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(QX, "park", "built_area_km2", 2.35, "km2", A1, ASA),
  fact(QX, "park", "firms", 101, "count", A1, ASA),
  fact(QX, "park", "firms_in_production", 66, "count", A1, ASA),
  fact(QX, "park", "firms_under_construction", 27, "count", A1, ASA, opt=True),
  fact(QX, "park", "firms_halted", 8, "count", A1, ASA, opt=True),
  fact(QX, "park", "above_scale_firms", 60, "count", A1, ASA),
  fact(QX, "park", "above_scale_firms", 26, "count", A2, "2016年", opt=True),
  fact(QX, "park", "industrial_output_cny", 1.4675e10, "cny", "猛增到146.75亿元", "2020年", chk=True),
  fact(QX, "park", "industrial_output_cny", 6.823e9, "cny", "经开区工业总产值从68.23亿元", "2016年", opt=True, chk=True),
  fact(QX, "park", "main_business_revenue_cny", 1.4586e10, "cny", "增长到145.86亿元", "2020年", chk=True),
  fact(QX, "park", "main_business_revenue_cny", 6.658e9, "cny", "主营业务收入也从66.58亿元", "2016年", opt=True, chk=True),
  fact(QX, "park", "industrial_output_yoy_growth", 0.1219, "ratio", "2020年因为新冠肺炎疫情影响,同比增长最低,只有12.19%", "2020年", kind="ratio"),
 ])

# ---------------------------------------------------------------- uq02 鹽亭縣經開區 鋰源 (香港商报网 2021, traditional)
YT = "鹽亭縣經開區"
LY = "綿陽鋰源新能源有限公司"
B0 = "去年4月,年產40億瓦時鋰離子動力電池新能源項目落地四川省鹽亭縣經開區"
B1 = "鋰離子動力電池廣泛用在新能源汽車、軌道交通等領域,该項目總投資10億元,佔地面積200畝,計劃分3期建成,目前正在進行一期工程建設,已完成工程量的80%"
B2 = "當前項目建設正在有序推進中就已經提前接到金額高達六億的訂單"
B3 = "該項目力爭在九月份順利投產,計劃完成年產值20億的目標"
PY = "年產40億瓦時鋰離子動力電池新能源項目"
G["uq02"] = dict(
 article=art("四川鹽亭鋰源新能源項目未投產已接六億訂單", "香港商报网（hkcd.com，“四川·特别报道”栏；张宝杉 任宗华）", "2021-08-24", "day",
  "Hong Kong newspaper's website, Sichuan channel, in traditional script as published: a county development zone's lithium-battery project — investment, area, phases, progress, orders before production, planned start of production and output target, the owner firm",
  "https://hkcd.com/content_p/2021-08/24/content_120850.html",
  "繁体原文（香港商报网四川频道原稿，夹有简体“该”与简体责编行），未转换。日期取页面“2021-08-24”。标题照录；栏目路径、日期、“来源:香港商报网”与“[责任编辑:薛正轩 ]”已删；署名“(張寶杉 任宗華)”在正文末，保留。正文三段，完整。园区：鹽亭縣經開區（文中又作“鹽亭經開區”；绵阳市盐亭县，四川）。项目：年產40億瓦時鋰離子動力電池新能源項目（2020年4月落地；總投資10億元；分3期，一期在建、完成工程量80%，力争9月底投产→在建）；业主綿陽鋰源新能源有限公司（在园）。事实：订单“金額高達六億”、年产值目标“20億”均无“元”字，记于非 _cny 指标（orders_value / expected_annual_output_value，单位 cny）；占地200亩、完成工程量80%、专利9项可选。中南大學为技术人员来源，可选机构。",
  "uq02"),
 parks=[
  park(YT, "绵阳", "四川", "经济开发区", B0, district="盐亭县", aliases=["鹽亭經開區"], note="繁体；文中又作“鹽亭經開區”"),
 ],
 companies=[
  comp(LY, YT, "綿陽鋰源新能源有限公司副總經理龍興家介紹說,公司已經獲得了九項專利", note="锂源项目业主；由语境推定在园"),
 ],
 institutions=[
  inst("中南大學", "主要技術人員均來自號稱鋰電行業的「黃埔軍校」--中南大學", kind="university", note="技术人员来源"),
 ],
 projects=[
  proj(PY, YT, B1, companies=[LY], inv="總投資10億元", status="在建", status_text="正在進行一期工程建設",
       aliases=["鋰源新能源項目"], note="2020年4月落地；分3期建成；一期完成工程量80%，力争2021年9月底投产"),
 ],
 aggregate_facts=[
  fact(PY, "project", "orders_value", 6e8, "cny", B2, "2021年8月", note="“六億”无“元”字；投产前已接订单"),
  fact(PY, "project", "expected_annual_output_value", 2e9, "cny", B3, "投产后（计划）", kind="target", note="“20億”无“元”字"),
  fact(PY, "project", "site_area_mu", 200, "mu", B1, "2021年8月", opt=True),
  fact(PY, "project", "phase1_progress_share", 0.80, "ratio", B1, "2021年8月", kind="ratio", opt=True),
  fact(LY, "company", "patents", 9, "count", "公司已經獲得了九項專利", "2021年8月", opt=True),
 ])

# ---------------------------------------------------------------- uq03 彭山经开区 一季度 (四川经济日报 via 今日西南 2021)
PS = "彭山经开区"
C1 = "其中,13个续建项目年度投资完成7.6亿元,乐凯新材料生产基地、茵地乐锂电池专用粘合剂项目等加快建设,精事达精细化学品研发中心生产基地、金高丽氟碳材料等项目竣工投产"
C2 = "13个新开工项目中,液化空气西部电子材料和供应链中心、研一锂电池功能性助剂和材料生产基地、金桐绿色表面活性剂生产线搬迁入园技改扩能等6个项目顺利开工,开工率46%,同比提高14个百分点"
C3 = "亿虎西部改性沥青生产基地及总部、金宏西南总部及电子材料生产基地等项目前期工作也在加速推进"
C4 = "一季度,该区26个省市区重点项目(产业项目19个,基础设施项目7个)完成投资10.6亿元,占年度投资的38.1%"
Q1 = "2021年一季度"
G["uq03"] = dict(
 article=art("彭山经开区一季度主要经济指标稳健开局", "四川经济日报（记者 常坚），载于今日西南 jinrixinan.com", "2021-05-12", "day",
  "Provincial economic daily relayed by a regional news site, Sichuan: a district development zone's first-quarter figures — fixed-asset, industrial and renovation investment, output and tax with growth rates, key projects' investment, nine named projects in construction, completed, started and in preparation",
  "https://jinrixinan.com/?p=55702",
  "日期取页面“2021-5-12 10:41:17 稿件来源: 四川经济日报”。标题照录；“热线…”“今日西南”、日期来源行与页尾“top”已删。正文两段，完整。园区：彭山经开区（眉山市彭山区，四川；文中只作“彭山经开区”“该区”，不补全称）。“该区26个省市区重点项目”归彭山经开区。项目九个，园区均记彭山经开区：乐凯新材料生产基地、茵地乐锂电池专用粘合剂项目（续建，加快建设→在建）；精事达精细化学品研发中心生产基地、金高丽氟碳材料（竣工投产→投产）；液化空气西部电子材料和供应链中心、研一锂电池功能性助剂和材料生产基地、金桐绿色表面活性剂生产线搬迁入园技改扩能（顺利开工→开工）；亿虎西部改性沥青生产基地及总部、金宏西南总部及电子材料生产基地（前期工作→planned）。各项目无单项金额。企业名只在项目名中（乐凯、茵地乐、精事达、金高丽、液化空气、研一、金桐、亿虎、金宏），列可选公司。事实：一季度固投10.6亿元（+32%）、工业投资9.4亿元（+16%）、规上工业总产值12.4亿元（+26%）、技改投资4.4亿元（+77%）、税收3500万元（+28%）；重点项目26个（产业19、基础设施7）完成投资10.6亿元、占年度38.1%；续建13个完成7.6亿元；新开工项目13个、开工率46%。基础设施/重点产业项目“年度投资额25.4%/39.5%”含义不明，不列。",
  "uq03"),
 parks=[
  park(PS, "眉山", "四川", "经济开发区", "记者日前从眉山市彭山区获悉,彭山经开区一季度主要经济指标稳健开局、表现优异", district="彭山区", note="文中又作“该区”"),
 ],
 companies=[
  comp(x, PS, ev, opt=True, note="只在项目名中") for x, ev in [
   ("乐凯", C1), ("茵地乐", C1), ("精事达", C1), ("金高丽", C1), ("液化空气", C2), ("研一", C2), ("金桐", C2), ("亿虎", C3), ("金宏", C3)]
 ],
 institutions=[],
 projects=[
  proj("乐凯新材料生产基地", PS, C1, status="在建", status_text="加快建设", note="续建项目"),
  proj("茵地乐锂电池专用粘合剂项目", PS, C1, status="在建", status_text="加快建设", note="续建项目"),
  proj("精事达精细化学品研发中心生产基地", PS, C1, status="投产", status_text="竣工投产"),
  proj("金高丽氟碳材料", PS, C1, status="投产", status_text="竣工投产"),
  proj("液化空气西部电子材料和供应链中心", PS, C2, status="开工", status_text="顺利开工"),
  proj("研一锂电池功能性助剂和材料生产基地", PS, C2, status="开工", status_text="顺利开工"),
  proj("金桐绿色表面活性剂生产线搬迁入园技改扩能", PS, C2, status="开工", status_text="顺利开工"),
  proj("亿虎西部改性沥青生产基地及总部", PS, C3, status="planned", status_text="前期工作也在加速推进"),
  proj("金宏西南总部及电子材料生产基地", PS, C3, status="planned", status_text="前期工作也在加速推进"),
 ],
 aggregate_facts=[
  fact(PS, "park", "fixed_asset_investment_cny", 1.06e9, "cny", "全社会固定资产投资完成10.6亿元,同比增长32%", Q1, chk=True),
  fact(PS, "park", "fixed_asset_investment_yoy_growth", 0.32, "ratio", "全社会固定资产投资完成10.6亿元,同比增长32%", Q1, kind="ratio"),
  fact(PS, "park", "industrial_investment_cny", 9.4e8, "cny", "工业投资完成9.4亿元,同比增长16%", Q1, chk=True),
  fact(PS, "park", "industrial_investment_yoy_growth", 0.16, "ratio", "工业投资完成9.4亿元,同比增长16%", Q1, kind="ratio", opt=True),
  fact(PS, "park", "above_scale_industrial_output_cny", 1.24e9, "cny", "规上工业总产值完成12.4亿元,同比增长26%", Q1, chk=True),
  fact(PS, "park", "above_scale_industrial_output_yoy_growth", 0.26, "ratio", "规上工业总产值完成12.4亿元,同比增长26%", Q1, kind="ratio"),
  fact(PS, "park", "tech_renovation_investment_cny", 4.4e8, "cny", "技改投资4.4亿元,同比增长77%", Q1, chk=True),
  fact(PS, "park", "tech_renovation_investment_yoy_growth", 0.77, "ratio", "技改投资4.4亿元,同比增长77%", Q1, kind="ratio", opt=True),
  fact(PS, "park", "tax_revenue_cny", 3.5e7, "cny", "实现税收3500万元,同比增长28%", Q1, chk=True),
  fact(PS, "park", "tax_revenue_yoy_growth", 0.28, "ratio", "实现税收3500万元,同比增长28%", Q1, kind="ratio", opt=True),
  fact(PS, "park", "key_projects", 26, "count", C4, Q1),
  fact(PS, "park", "key_projects_investment_cny", 1.06e9, "cny", C4, Q1, chk=True),
  fact(PS, "park", "key_projects_share_of_annual_plan", 0.381, "ratio", C4, Q1, kind="ratio", opt=True),
  fact(PS, "park", "continuing_projects", 13, "count", C1, Q1, opt=True),
  fact(PS, "park", "continuing_projects_investment_cny", 7.6e8, "cny", "13个续建项目年度投资完成7.6亿元", Q1, opt=True, chk=True),
  fact(PS, "park", "projects_started", 6, "count", C2, Q1, note="13个新开工项目中已开工6个"),
  fact(PS, "park", "project_start_rate", 0.46, "ratio", "开工率46%,同比提高14个百分点", Q1, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- uq04 垫江 / 垫江高新区 (xsqgt relay 2023)
DJ = "垫江高新区"
D0 = "2022年,“四大工程”正式启动,从各领域抽调的精兵强将分赴“四大战场”,全县开工在建重点项目81个,建成完工重点项目40个,全年完成计划投资98亿元"
D1 = "2023年3月23日,垫江县“四大工程”招商推介会暨2023年第一季度招商引资项目集中签约活动举行,签约项目23个,合同引资总额达131.8亿元,发布投资机会清单29个项目,总投资达500亿元"
D2 = "位于高新区澄溪组团的中材渝建硅酸钙板生产项目建设现场,其1号厂房已完成主钢结构建设和大型设备组装,工人正抓紧架设厂房电力线路,有望今年6月竣工投产"
D3 = "垫江晶芯频控电子超小型号频控元器件项目于去年2月开工动建,直接填补全市晶体谐振器生产空白"
G["uq04"] = dict(
 article=art("（无标题）垫江“四大工程”与垫江高新区项目建设（2023年春）", "xsqgt.com（转载；原发媒体、作者与标题存段未示）", "2023", "year",
  "Aggregator relay of a county feature, Chongqing: a county's 2022 project totals and its March 2023 signing, then its high-tech zone — a state-owned firm's silicate-board plant near completion and an electronic-component project started the year before",
  "https://xsqgt.com/archives/130698.html",
  "存段无标题、无日期行（title 为编者概括）。日期：文中有“2023年3月23日”签约活动、“今年…步入成势之年”“时下”，“今年6月竣工投产”，发表应在2023年3月下旬至6月，记 2023（year）。存段整篇为一行（各段以空格相连），按原样作一段，不拆分；在“遇见小黄鸭中央厨房西”处中断，该残片已删（make_txt.py LINE_SUFFIX），正文止于“…直接填补全市晶体谐振器生产空白;”（分号照录）。小标题“高新区三大产业体系集群成势”在行内，照录。园区：垫江高新区（垫江县，重庆；文中又作“高新区”）；“高新区澄溪组团”列可选园区（母园区垫江高新区）。项目：中材渝建硅酸钙板生产项目（位于高新区澄溪组团；1号厂房主钢结构与设备组装完成，“有望今年6月竣工投产”→在建；分两期、年产2000万平方米）；垫江晶芯频控电子超小型号频控元器件项目（“于去年2月开工动建”→开工，status_alt 在建；在高新区一节中，园区由语境推定为垫江高新区）。企业名只在项目名中（中材渝建、垫江晶芯频控电子），列可选。事实：全县2022年开工在建重点项目81个、建成完工40个、完成计划投资98亿元；2023年3月23日签约项目23个、合同引资131.8亿元；投资机会清单29个项目、总投资500亿元（可选）。均为县（region）数字。",
  "uq04"),
 parks=[
  park(DJ, "重庆", "重庆", "高新区", "时下的垫江高新区,处处呈现着马不停蹄抢进度、奋起直追抓生产的火热场景", district="垫江县", note="文中又作“高新区”"),
  park("澄溪组团", "重庆", "重庆", "组团（园区片区）", D2, district="垫江县", parent=DJ, opt=True, note="“高新区澄溪组团”"),
 ],
 companies=[
  comp("中材渝建", DJ, D2, opt=True, note="只在项目名中；“垫江首个央企投资控股先进制造业项目”"),
  comp("垫江晶芯频控电子", DJ, D3, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("中材渝建硅酸钙板生产项目", DJ, D2, companies=["中材渝建"], status="在建", status_text="1号厂房已完成主钢结构建设和大型设备组装…有望今年6月竣工投产",
       note="位于高新区澄溪组团；分两期建设年产2000万平方米硅酸钙板生产线；预计2023年6月投产"),
  proj("垫江晶芯频控电子超小型号频控元器件项目", DJ, D3, companies=["垫江晶芯频控电子"], status="开工", status_text="于去年2月开工动建",
       status_alt="在建", note="2022年2月开工；园区由语境推定"),
 ],
 aggregate_facts=[
  fact("垫江县", "region", "key_projects_under_construction", 81, "count", D0, "2022年"),
  fact("垫江县", "region", "key_projects_completed", 40, "count", D0, "2022年"),
  fact("垫江县", "region", "planned_investment_completed_cny", 9.8e9, "cny", "全年完成计划投资98亿元", "2022年", chk=True),
  fact("垫江县", "region", "projects_signed", 23, "count", D1, "2023年3月23日（集中签约）"),
  fact("垫江县", "region", "signed_investment_cny", 1.318e10, "cny", "合同引资总额达131.8亿元", "2023年3月23日（集中签约）", chk=True),
  fact("垫江县", "region", "investment_opportunity_list_projects", 29, "count", D1, "2023年3月23日", opt=True),
  fact("垫江县", "region", "investment_opportunity_list_investment_cny", 5e10, "cny", "发布投资机会清单29个项目,总投资达500亿元", "2023年3月23日", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- uq05 川南新材料化工园区 竣工投产 (中国报道 2024)
CN = "川南新材料化工园区"
E0 = "四川自贡川南新材料化工园区2024年第三季度重大项目竣工投产活动在中化蓝天自贡基地办公楼前广场举行,四川中蓝年产20万吨锂离子电池电解液项目、自贡东恒年产48000吨新能源导电材料项目、四川花语年产5万吨日用化工新材料项目将在三季度陆续竣工投产"
E1 = "3个项目总投资21亿元,占地550亩,达产后预计可实现年产值约63亿元,利润约7亿元,实现年税收约3亿元,可带动就业约1000人"
E2 = "到今年年底,该园区还将建成中昊晨光高性能有机氟材料等8个项目"
AS5 = "2024年7月13日（竣工投产活动）"
G["uq05"] = dict(
 article=art("奋进千亿目标丨四川自贡沿滩又一批重大项目竣工投产", "中国报道（中国报道杂志社官网 ctsc.apcreports.org.cn；郭远乐 通讯员熊丹 黄诗彬）", "2024-07-15", "day",
  "National magazine's website, Sichuan: a district chemical park's quarterly completion-and-production event — three named projects with their combined investment, area, expected output, profit, tax and jobs, the park's certifications, a further project to be completed by year-end",
  "http://ctsc.apcreports.org.cn/ctsc/news/19832.html",
  "日期取页面“发布时间:2024-07-15 11:13:16 推广 来源:中国报道”（页面标“推广”）；活动在7月13日。标题照录；站名行、“位置…”、日期来源行、“责任编辑:刘世彬”与版权页尾已删。首句“中国报道讯(郭远乐 通讯员熊丹 黄诗彬7月13日上午,”缺右括号，原文如此。正文四段，完整。园区：川南新材料化工园区（首见作“四川自贡川南新材料化工园区”，列 alias；自贡市沿滩区，四川；2022年4月省级认定、2024年1月扩区认定、入选2024年全国化工园区综合竞争力百强）。项目三个：四川中蓝年产20万吨锂离子电池电解液项目、自贡东恒年产48000吨新能源导电材料项目、四川花语年产5万吨日用化工新材料项目（竣工投产活动，“将在三季度陆续竣工投产”→投产）；各无单项金额，3个项目合计“总投资21亿元”记为事实。中昊晨光高性能有机氟材料（“到今年年底…还将建成”→在建）。企业简称四川中蓝、自贡东恒、四川花语、中昊晨光只在项目名或“某某项目”中，列可选公司；中化蓝天（“中化蓝天自贡基地”为活动地点）可选。事实：3个项目总投资21亿元、占地550亩（可选）、达产后年产值约63亿元、利润约7亿元、年税收约3亿元、就业约1000人（target）；年底前还将建成8个项目（target，可选）。",
  "uq05"),
 parks=[
  park(CN, "自贡", "四川", "化工园区", E0, district="沿滩区", aliases=["四川自贡川南新材料化工园区"], note="文中又作“该园区”"),
 ],
 companies=[
  comp("四川中蓝", CN, E0, opt=True, note="只在项目名及“四川中蓝项目”中"),
  comp("自贡东恒", CN, E0, opt=True, note="同上"),
  comp("四川花语", CN, E0, opt=True, note="同上"),
  comp("中昊晨光", CN, E2, opt=True, note="只在项目名中"),
  comp("中化蓝天", CN, E0, opt=True, note="“中化蓝天自贡基地”为活动地点"),
 ],
 institutions=[],
 projects=[
  proj("四川中蓝年产20万吨锂离子电池电解液项目", CN, E0, companies=["四川中蓝"], status="投产", status_text="将在三季度陆续竣工投产",
       note="竣工投产活动；达产后为电解液智能工厂"),
  proj("自贡东恒年产48000吨新能源导电材料项目", CN, E0, companies=["自贡东恒"], status="投产", status_text="将在三季度陆续竣工投产"),
  proj("四川花语年产5万吨日用化工新材料项目", CN, E0, companies=["四川花语"], status="投产", status_text="将在三季度陆续竣工投产"),
  proj("中昊晨光高性能有机氟材料", CN, E2, companies=["中昊晨光"], status="在建", status_text="到今年年底…还将建成", note="2024年底前建成"),
 ],
 aggregate_facts=[
  fact(CN, "park", "projects_in_production", 3, "count", E0, AS5),
  fact(CN, "park", "projects_in_production_investment_cny", 2.1e9, "cny", E1, AS5, chk=True),
  fact(CN, "park", "projects_in_production_site_area_mu", 550, "mu", E1, AS5, opt=True),
  fact(CN, "park", "expected_annual_output_cny", 6.3e9, "cny", "达产后预计可实现年产值约63亿元", "达产后（预计）", kind="target", qual="约", qtext="约", chk=True, note="3个项目合计"),
  fact(CN, "park", "expected_annual_profit_cny", 7e8, "cny", "利润约7亿元", "达产后（预计）", kind="target", qual="约", qtext="约", opt=True, chk=True),
  fact(CN, "park", "expected_annual_tax_cny", 3e8, "cny", "实现年税收约3亿元", "达产后（预计）", kind="target", qual="约", qtext="约", opt=True, chk=True),
  fact(CN, "park", "expected_jobs", 1000, "count", "可带动就业约1000人", "达产后（预计）", kind="target", qual="约", qtext="约", opt=True),
  fact(CN, "park", "projects_to_complete", 8, "count", E2, "2024年底（计划）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- uq06 酉阳工业园区 考察 (酉阳县政府网 2025)
YY = "酉阳工业园区"
F0 = "4月15日,由20余家粤港澳大湾区企业组成的“大湾区企业投资考察团”走进酉阳工业园区,围绕服装产业、制造业、农特产品等领域开展实地考察,并进行深度交流"
F1 = "考察团一行先后前往西部低空科技有限公司、重庆新凌达汽车部件有限公司、重庆博浩服饰有限公司、万源佳药业有限公司、华润三九酉阳制药有限公司等企业"
F2 = "据了解,今年以来,酉阳工业园区管委会紧紧围绕加快打造“三个百亿”产业,依托武陵山区特色资源禀赋,积极开展招商引资活动,新引进西部低空经济、中药材发酵熏灸粉、金丝鸟服饰等项目"
G["uq06"] = dict(
 article=art("大湾区20余家企业组团到酉考察", "酉阳土家族苗族自治县人民政府网（youyang.gov.cn，“酉阳要闻”类栏目；署名未示）", "2025-04-17", "day",
  "County government website, Chongqing: a delegation of Greater Bay Area firms tours the county industrial park — five named park firms visited, the park committee's newly introduced projects this year",
  "https://youyang.gov.cn/ysyy/yshd/202504/t20250417_14529570.html",
  "日期取网址 t20250417；考察在4月15日。标题照录；页尾“扫一扫…”与链接栏已删。正文四段，完整。园区：酉阳工业园区（酉阳县，重庆）。公司：考察团在园区内先后前往的五家企业——西部低空科技有限公司、重庆新凌达汽车部件有限公司、重庆博浩服饰有限公司、万源佳药业有限公司、华润三九酉阳制药有限公司（园区记酉阳工业园区：由“走进酉阳工业园区…先后前往”推定）。项目：园区管委会“今年以来…新引进”的西部低空经济、中药材发酵熏灸粉、金丝鸟服饰等项目（新引进→无状态；园区酉阳工业园区）。“酉阳800”展销中心、桃花源新城规划展示厅不列。“20余家”为考察团企业数，不作园区事实。酉阳工业园区管委会列可选机构。文中无金额。",
  "uq06"),
 parks=[
  park(YY, "重庆", "重庆", "工业园区", F0, district="酉阳县", note="文中又作“园区”"),
 ],
 companies=[
  comp("西部低空科技有限公司", YY, F1, note="园区由语境推定"),
  comp("重庆新凌达汽车部件有限公司", YY, F1, note="同上"),
  comp("重庆博浩服饰有限公司", YY, F1, note="同上"),
  comp("万源佳药业有限公司", YY, F1, note="同上"),
  comp("华润三九酉阳制药有限公司", YY, F1, note="同上"),
 ],
 institutions=[
  inst("酉阳工业园区管委会", F2, park=YY),
 ],
 projects=[
  proj("西部低空经济", YY, F2, note="2025年新引进；无金额、无状态"),
  proj("中药材发酵熏灸粉", YY, F2, note="同上"),
  proj("金丝鸟服饰", YY, F2, note="同上"),
 ],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- uq07 宝兴工业园 铝合金项目 (四川新闻联播 via lxbk 2025)
YA = "雅安经开区"
BX = "宝兴工业园"
TL = "宝兴铜铝循环产业园区"
H0 = "近日,雅安经开区宝兴工业园的年产12万吨铝合金制品项目一期工程正式竣工投产"
H1 = "该项目是宝兴县在雅安市招商引资暨优化营商环境大会后投产的首个“飞地经济”新项目,预计年产值25亿元"
H2 = "作为西部地区最大的有色金属循环产业园,宝兴铜铝循环产业园区也有了新的发展目标"
H3 = "力争园区的2025年全年铜铝循环产业综合产值突破230亿元"
PJ = "年产12万吨铝合金制品项目"
G["uq07"] = dict(
 article=art("四川新闻联播丨特色产业“加速跑” 激活县域经济发展新动能", "四川广播电视台《四川新闻联播》（记者 邓婕、王肖琳），文字稿载于 lxbk.net（“实时讯息”栏）", "2025-04-09", "day",
  "Provincial TV evening news transcript relayed by an aggregator, Sichuan: a county's enclave park inside a city development zone — an aluminium-products project's first phase in production with its firm and expected output, the copper-aluminium recycling park's land expansion and 2025 output target; then a city-district sports project",
  "https://lxbk.net/news/dBJ3kp5JoM.html",
  "日期取页面“发布时间:2025-04-09 21:13:00”（该行与正文首句粘连，make_txt.py LINE_PREFIX 删去“0次浏览 发布时间:2025-04-09 21:13:00”）。标题照录；“首页 实时讯息”已删。存段末行“中国五冶集团…项目负责人 李红进:…正加快推进内支撑拆除工作,四月下”在句中中断，整行删去，正文截至“…将提升高端体育产业要素聚集能力。”，共七段（采访同期声“姓名:…”行照录）。园区：雅安经开区（雅安市，四川）；宝兴工业园（“雅安经开区宝兴工业园”，宝兴县的“飞地”园区，parent 记雅安经开区）；宝兴铜铝循环产业园区（“西部地区最大的有色金属循环产业园”；可能与宝兴工业园为同一园区，文中未说明，另列）。项目：年产12万吨铝合金制品项目一期工程（正式竣工投产→投产，phase 一期，园区宝兴工业园）；业主四川求实铝业（董事长同期声；在园）。武侯区国际体育公园城项目（成都武侯区，非园区，“建设现场繁忙而有序”→在建；可选，park null）。事实：项目预计年产值25亿元（target）；铜铝循环产业2025年综合产值“突破230亿元”（target，超；subject 宝兴铜铝循环产业园区，文中作“园区”）；土地扩容42亩、新增工业用地196亩、就业岗位100多个（可选）。",
  "uq07"),
 parks=[
  park(YA, "雅安", "四川", "经济开发区", H0, note="只作“雅安经开区”"),
  park(BX, "雅安", "四川", "工业园（飞地园区）", H0, district="宝兴县", parent=YA, note="宝兴县在雅安经开区内的飞地园区；文中又作“工业园区”"),
  park(TL, "雅安", "四川", "产业园区（有色金属循环）", H2, district="宝兴县", note="可能与宝兴工业园为同一园区；文中又作“园区”"),
 ],
 companies=[
  comp("四川求实铝业", BX, "四川求实铝业董事长 姚小娇:我们会为当地提供100多个就业岗位", note="铝合金制品项目业主；由语境推定"),
 ],
 institutions=[],
 projects=[
  proj(PJ, BX, H0, companies=["四川求实铝业"], phase="一期", status="投产", status_text="正式竣工投产",
       aliases=["年产12万吨铝合金制品项目一期工程"], note="宝兴县“飞地经济”项目"),
  proj("武侯区国际体育公园城项目", None, "在成都,武侯区国际体育公园城项目的建设现场繁忙而有序", status="在建", status_text="建设现场繁忙而有序",
       opt=True, note="成都市武侯区；不在园区"),
 ],
 aggregate_facts=[
  fact(PJ, "project", "expected_annual_output_cny", 2.5e9, "cny", "预计年产值25亿元", "投产后（预计）", kind="target", chk=True),
  fact("四川求实铝业", "company", "jobs_created", 100, "count", "我们会为当地提供100多个就业岗位", "投产后（预计）", kind="target", qual="余", qtext="多", opt=True),
  fact(TL, "park", "annual_output_target_cny", 2.3e10, "cny", H3, "2025年（目标）", kind="target", qual="超", qtext="突破", chk=True,
       note="“铜铝循环产业综合产值”；文中作“园区”"),
  fact(BX, "park", "land_expansion_mu", 42, "mu", "雅安宝兴将尽快推进工业园区42亩土地扩容,加快完成196亩新增工业用地报批", "2025年（计划）", kind="target", opt=True),
  fact(BX, "park", "new_industrial_land_mu", 196, "mu", "加快完成196亩新增工业用地报批", "2025年（计划）", kind="target", opt=True),
 ])
