# real139 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in. Status from the text's words (开工建设 / 开建 → 开工; 加快建设 / 继续推进建设 /
# 主体结构封顶 → 在建; 已建成投用 → 竣工; 签署…协议 → 签约; “将在此建设” / “尽早落地开工” → planned). Next-year goals
# (“…将…实现…增长…的目标”, “谋划建设”) are kind target with “（目标）” / “（计划）” in as_of; period totals (“‘十四五’期间”,
# “今年以来”, “2024年以来”, “目前…已”) are cumulative. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/wfNN.raw as returned.

# ---------------------------------------------------------------- wf01 天津经开区 2022年工作会议 (滨海时报 2022)
TJ = "天津经济技术开发区"
BZ = "滨海—中关村科技园"
A0 = "昨天,记者从天津经济技术开发区2022年工作会议上了解到,2021年,经开区迎难而上,奋力进取,规上工业增加值增长6.6%"
A1 = "规上生产性服务业、战略性新兴服务业、高技术服务业收入分别增长15.1%、14.8%和16.1%"
A2 = "实现地区生产总值增长7%、规上工业增加值增长8%、营利性服务业收入增长20%、实际利用外资增长13.5%的经济发展目标"
A3 = "新引进落地项目1916个,注册资金超1850亿元"
A4 = "滨海—中关村科技园新增注册企业907家,同比增长76.1%,其中来自北京企业274家,占比30.2%"
Y21 = "2021年"
T22 = "2022年（目标）"
G["wf01"] = dict(
 article=art("（无标题）天津经开区2022年工作会议：2021年规上工业增加值增长6.6% 新引进落地项目1916个", "滨海时报（天津滨海网 bhsb.tjbhnews.com；记者万红）", "2022-01-28", "day",
  "District newspaper, Tianjin: a national economic-technological development zone's annual work meeting — 2021 growth rates, 2022 targets, market entities, projects landed with registered capital, sector output values, a sub-park's new registered firms, factoring firms",
  "http://bhsb.tjbhnews.com/html/2022/0128/54994.html",
  "日期取网址 2022/0128（“昨天”即会议日，约2022-01-27）。存段无标题、无日期行（title 为编者概括）；末尾“凡注有“天津滨海网”…的电头。”版权声明已删；署名“(记者万红)”在正文末，保留。正文三段，完整。园区：天津经济技术开发区（文中又作“经开区”；天津市滨海新区）；滨海—中关村科技园列为园区，母园区推定为天津经开区（文中在经开区工作会议报道中叙述；推定）。无具名企业、无具名项目。事实：2021年增速（ratio）、2022年目标增速（target，as_of“2022年（目标）”）；新增市场主体、新引进落地项目1916个、注册资金超1850亿元、产业产值（2021年全年，reported）；滨海—中关村科技园新增注册企业907家等归该园；“保理融资余额、资产总额均突破千亿元”两项合述，列可选。",
  "wf01"),
 parks=[
  park(TJ, "天津", "天津", "经济技术开发区", A0, district="滨海新区", aliases=["经开区"], note="国家级经开区；文中又作“经开区”"),
  park(BZ, "天津", "天津", "科技园", A4, district="滨海新区", parent=TJ, note="母园区由语境推定（经开区工作会议所报）"),
 ],
 companies=[],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(TJ, "park", "above_scale_industrial_value_added_yoy_growth", 0.066, "ratio", A0, Y21, kind="ratio"),
  fact(TJ, "park", "actual_fdi_yoy_growth", 0.178, "ratio", "实际利用外资增长17.8%", Y21, kind="ratio"),
  fact(TJ, "park", "domestic_investment_yoy_growth", 0.248, "ratio", "内资增长24.8%", Y21, kind="ratio"),
  fact(TJ, "park", "fixed_asset_investment_yoy_growth", 0.106, "ratio", "固定资产投资增长10.6%", Y21, kind="ratio"),
  fact(TJ, "park", "producer_services_revenue_yoy_growth", 0.151, "ratio", A1, Y21, kind="ratio", opt=True, note="规上生产性服务业"),
  fact(TJ, "park", "strategic_emerging_services_revenue_yoy_growth", 0.148, "ratio", A1, Y21, kind="ratio", opt=True),
  fact(TJ, "park", "high_tech_services_revenue_yoy_growth", 0.161, "ratio", A1, Y21, kind="ratio", opt=True),
  fact(TJ, "park", "gdp_yoy_growth", 0.07, "ratio", A2, T22, kind="target"),
  fact(TJ, "park", "above_scale_industrial_value_added_yoy_growth", 0.08, "ratio", A2, T22, kind="target"),
  fact(TJ, "park", "for_profit_services_revenue_yoy_growth", 0.20, "ratio", A2, T22, kind="target", opt=True),
  fact(TJ, "park", "actual_fdi_yoy_growth", 0.135, "ratio", A2, T22, kind="target"),
  fact(TJ, "park", "new_market_entities", 12000, "count", "全年新增各类市场主体1.2万家,增长38%", Y21),
  fact(TJ, "park", "new_market_entities_yoy_growth", 0.38, "ratio", "全年新增各类市场主体1.2万家,增长38%", Y21, kind="ratio", opt=True),
  fact(TJ, "park", "projects_landed", 1916, "count", A3, Y21, note="新引进落地项目"),
  fact(TJ, "park", "registered_capital_cny", 1.85e11, "cny", "注册资金超1850亿元", Y21, qual="超", qtext="超", chk=True, note="新引进落地项目的注册资金"),
  fact(TJ, "park", "biomedicine_output_cny", 4.046e10, "cny", "生物医药产业全年产值实现404.6亿元,增长46.9%", Y21, chk=True),
  fact(TJ, "park", "biomedicine_output_yoy_growth", 0.469, "ratio", "生物医药产业全年产值实现404.6亿元,增长46.9%", Y21, kind="ratio"),
  fact(TJ, "park", "petrochemical_output_cny", 8.552e10, "cny", "石化产业全年产值实现855.2亿元,增长19.8%", Y21, chk=True),
  fact(TJ, "park", "petrochemical_output_yoy_growth", 0.198, "ratio", "石化产业全年产值实现855.2亿元,增长19.8%", Y21, kind="ratio", opt=True),
  fact(TJ, "park", "electronics_and_auto_output_cny", 2.5e11, "cny", "电子信息、汽车装备全年产值合计超过2500亿元", Y21, qual="超", qtext="超过", chk=True),
  fact(TJ, "park", "new_jobs", 100000, "persons", "新增用工突破10万人,增长30%", Y21, qual="超", qtext="突破", opt=True),
  fact(BZ, "park", "new_registered_firms", 907, "count", A4, Y21),
  fact(BZ, "park", "new_registered_firms_yoy_growth", 0.761, "ratio", A4, Y21, kind="ratio"),
  fact(BZ, "park", "new_registered_firms_from_beijing", 274, "count", A4, Y21, opt=True),
  fact(BZ, "park", "new_registered_firms_from_beijing_share", 0.302, "ratio", A4, Y21, kind="ratio", opt=True),
  fact(BZ, "park", "new_tech_firms_landed", 478, "count", "新落地企业中科技型企业达478家,占比52.7%", Y21, opt=True),
  fact(TJ, "park", "new_factoring_firms", 20, "count", "全年新增保理企业20家,同比增长5倍", Y21, opt=True),
 ])

# ---------------------------------------------------------------- wf02 生态城全年谋划建设566个项目 (滨城时报 via tjbh.gov.cn 2023)
ST = "生态城"
B0 = "2023年,生态城将统筹好生产、生活和生态空间,谋划建设566个项目,年投资达200亿元"
B1 = "加快推动美腾智能干选机研发生产基地、中电智慧科技产业园、优合智能冷链仓储基地、中农批四期等一批实体项目建设,在北部产业区形成高端装备和冷链产业的聚集态势"
B2 = "继续推进建设北方大数据交易中心大楼、生物医药产业园二期厂房和写字楼,完善智能科技和大健康产业项目载体"
B3 = "海天道道路及桥梁工程将首次连通中部片区和临海新城的钻石岛,年内将重点推进道路路基和桥梁下部结构完工"
P23 = "2023年（计划）"
G["wf02"] = dict(
 article=art("生态城全年谋划建设566个项目 涉及道路桥梁、公园湿地、产业园区、学校幼儿园等领域,年投资达200亿元", "滨城时报，载于天津市滨海新区人民政府网站 www.tjbh.gov.cn", "2023-02-27", "day",
  "District newspaper item on the district government site, Tianjin: an eco-city zone's 2023 construction plan — number of projects and annual investment, infrastructure and landscape works, named industrial projects to be pushed forward or continued",
  "https://www.tjbh.gov.cn/contents/12166/546802.html",
  "日期取页面“发布日期: 2023-02-27 08:19 来源: 滨城时报”。标题照录（原标题中有一空格，保留）；网站抬头、发布日期行、“字号:”“扫一扫…”已删。存段末行“其中,中电智慧科技产业园和天津软件园由生态城联”在句中中断，整行删去，正文截至“…完善智能科技和大健康产业项目载体。”；两个小标题保留为段落。园区：生态城（中新天津生态城，文中只作“生态城”，不补全称；天津市滨海新区）；北部产业区（可选，在生态城内）；生物医药产业园（可选，在生态城内，只在项目名中）。项目：美腾智能干选机研发生产基地、中电智慧科技产业园、优合智能冷链仓储基地、中农批四期（“加快推动…等一批实体项目建设”→在建，status_alt planned：文中为2023年计划）；北方大数据交易中心大楼、生物医药产业园二期厂房和写字楼（“继续推进建设”→在建）；均无单项金额。基础设施与景观工程只列海天道道路及桥梁工程（可选）；永盛路桥梁、中新友好花园等不列。事实：566个项目、年投资200亿元（2023年计划，target）。",
  "wf02"),
 parks=[
  park(ST, "天津", "天津", "生态城", B0, district="滨海新区", note="中新天津生态城；文中只作“生态城”"),
  park("北部产业区", "天津", "天津", "产业区", B1, district="滨海新区", parent=ST, opt=True),
  park("生物医药产业园", "天津", "天津", "产业园", B2, district="滨海新区", parent=ST, opt=True, note="只在项目名中"),
 ],
 companies=[
  comp("美腾智能", ST, B1, opt=True, note="只在项目名中"),
  comp("优合", ST, B1, opt=True, note="只在项目名中（优合智能冷链仓储基地）"),
  comp("中农批", ST, B1, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("生态城管委会", "近日从生态城管委会了解到"),
 ],
 projects=[
  proj("美腾智能干选机研发生产基地", ST, B1, status="在建", status_text="加快推动…建设", status_alt="planned", note="2023年计划加快推动建设；在北部产业区（推定）"),
  proj("中电智慧科技产业园", ST, B1, status="在建", status_text="加快推动…建设", status_alt="planned"),
  proj("优合智能冷链仓储基地", ST, B1, status="在建", status_text="加快推动…建设", status_alt="planned"),
  proj("中农批四期", ST, B1, phase="四期", status="在建", status_text="加快推动…建设", status_alt="planned"),
  proj("北方大数据交易中心大楼", ST, B2, status="在建", status_text="继续推进建设"),
  proj("生物医药产业园二期厂房和写字楼", ST, B2, phase="二期", status="在建", status_text="继续推进建设"),
  proj("海天道道路及桥梁工程", ST, B3, status="在建", status_text="年内将重点推进道路路基和桥梁下部结构完工", opt=True, note="基础设施"),
 ],
 aggregate_facts=[
  fact(ST, "park", "projects_planned", 566, "count", B0, P23, kind="target", note="谋划建设"),
  fact(ST, "park", "planned_annual_investment_cny", 2e10, "cny", B0, P23, kind="target", chk=True),
 ])

# ---------------------------------------------------------------- wf03 生态城东北部片区工业地块成功竞拍 (中新天津生态城投资开发有限公司 2023)
EC = "中新天津生态城"
CY = "生态创业园"
C0 = "2023年12月22日,天津:今日,中新天津生态城内一宗工业地块成功竞拍,将为生态城国家绿色发展示范区升级版建设注入新动力"
C1 = "最终,天津中环信息产业集团有限公司(中环信息产业集团)下属子公司天津中环光伏科技有限公司以1.3427亿元竞得此地块(该价格不含9%的增值税)"
C2 = "这次竞得的地块位于生态城东北部片区的生态创业园,中环信息产业集团将在此建设高效光伏电池片生产研发基地,进行新能源光伏领域的布局"
C3 = "园区内已有华海通信、特力佳风电、普洛斯等多家国内外知名企业入驻"
C4 = "此地块(津滨生转让(挂)G2023-3号)总面积为27.12公顷,由中新天津生态城投资开发有限公司(生态城合资公司)在天津滨海新区土地发展中心公开挂牌"
G["wf03"] = dict(
 article=art("生态城东北部片区优质工业地块成功竞拍 助力国家绿色发展示范区升级版建设", "中新天津生态城投资开发有限公司（生态城合资公司）网站 tianjineco-city.com，新闻稿", "2023-12-22", "day",
  "Zone developer's press release, Tianjin: an industrial plot in an eco-city's enterprise park won at auction by a state-owned group's subsidiary for a photovoltaic cell R&D and production base — plot area, price, the enterprise park's area and resident firms",
  "http://tianjineco-city.com/News/show/343",
  "日期取正文“2023年12月22日,天津:今日”。标题两行（主题+副题）以空格相连。存段末段为总裁张永昌引语，止于“…带来全新助力。”而无收引号，疑在引语中断，整段删去（无事实）；正文截至“…在中国北方的生产基地。”，共三段。园区：中新天津生态城（又作“生态城”）；生态创业园（在生态城东北部片区，由生态城合资公司建设运营，母园区中新天津生态城）。公司：中新天津生态城投资开发有限公司（生态城合资公司，开发运营主体）；天津中环信息产业集团有限公司（中环信息产业集团，将在此建设基地）与其子公司天津中环光伏科技有限公司（竞得地块）；华海通信、特力佳风电、普洛斯（已入驻生态创业园）。项目：高效光伏电池片生产研发基地（“将在此建设”→planned；无投资额——1.3427亿元为土地成交价，不作投资额，记为公司的 land_price_cny 事实）。天津滨海新区土地发展中心列可选机构。",
  "wf03"),
 parks=[
  park(EC, "天津", "天津", "生态城", C0, district="滨海新区", aliases=["生态城"], note="中新合作的国家绿色发展示范区"),
  park(CY, "天津", "天津", "产业园", C2, district="滨海新区", parent=EC, note="生态城东北部片区；由生态城合资公司建设运营"),
 ],
 companies=[
  comp("中新天津生态城投资开发有限公司", EC, C4, aliases=["生态城合资公司"], note="开发运营主体；挂牌出让地块"),
  comp("天津中环信息产业集团有限公司", CY, C1, aliases=["中环信息产业集团"], note="将在生态创业园建设基地（经下属子公司竞得地块）"),
  comp("天津中环光伏科技有限公司", CY, C1, note="竞得地块"),
  comp("华海通信", CY, C3),
  comp("特力佳风电", CY, C3),
  comp("普洛斯", CY, C3),
 ],
 institutions=[
  inst("天津滨海新区土地发展中心", C4),
 ],
 projects=[
  proj("高效光伏电池片生产研发基地", CY, C2, companies=["天津中环信息产业集团有限公司", "天津中环光伏科技有限公司"],
       status="planned", status_text="将在此建设", note="地块已竞得；1.3427亿元为土地价，不作投资额"),
 ],
 aggregate_facts=[
  fact("天津中环光伏科技有限公司", "company", "land_price_cny", 1.3427e8, "cny", C1, "2023-12-22", chk=True, note="不含9%增值税"),
  fact(EC, "park", "land_parcel_area_ha", 27.12, "ha", C4, "2023-12-22", opt=True, note="津滨生转让(挂)G2023-3号地块"),
  fact(CY, "park", "planned_area_ha", 175, "ha", "生态创业园由生态城合资公司建设运营,规划面积175公顷", "2023-12"),
 ])

# ---------------------------------------------------------------- wf04 京津中关村科技城建设全面启动 (csteelnews 2019)
JJ = "京津中关村科技城"
D0 = "京津中关村科技城位于宝坻城区西北部,规划面积14.5平方公里,预计总投资1100亿元,整体开发建设周期15年,未来将可提供12万个就业岗位,吸引常住人口7.5万人"
D1 = "当天,北京迪蒙数控技术有限责任公司、北京市射线应用研究中心等多家北京企业现场与京津中关村科技城签约"
D2 = "京津中关村科技城目前已与近百家企业达成合作意向,与16家企业正式签署协议"
D3 = "据宝坻区常务副区长刘程彦介绍,京津中关村科技城的建设已全面启动,签约企业已进场施工,项目一期的基础设施建设年内即可完工"
AS4 = "2019年8月"
G["wf04"] = dict(
 article=art("京津中关村科技城建设全面启动", "csteelnews.com（中国钢铁新闻网“用户行业”栏；作者白波；原刊未注明）", "2019-08-19", "day",
  "Trade-news site feature, Tianjin: a Beijing–Tianjin science city in a Tianjin district launched — developer's chairman quoted, planned area, total planned investment, jobs and population, Beijing firms signed on site, firms signed and in talks",
  "http://www.csteelnews.com/xwzx/yhhy/201908/t20190819_15983.html",
  "日期取页面“2019-08-19 10:20:00 作者:白波”。标题照录；栏目路径与日期作者行已删。存段末行“作为三地…平台的15个协同创新平台之一,京津中关村科技城志在打造北京”在句中中断，整行删去，正文截至“…支撑京津中关村科技城稳步发展的“智库”。”，共五段。园区：京津中关村科技城（天津市宝坻区；文中又作“宝坻京津中关村科技城”“科技城”），kind 科技城。公司：天津京津中关村科技城发展有限公司（开发主体，在科技城）；中关村协同发展投资有限公司（股东方，园区外，可选）；北京迪蒙数控技术有限责任公司（现场签约，园区记科技城）；北京市射线应用研究中心（文中列为“北京企业”，现场签约，可选）。京津中关村科技城企业家联合会列可选机构。项目：科技城整体开发“预计总投资1100亿元”记为 planned_investment_cny（target）；另列可选项目“京津中关村科技城”（在建：“建设已全面启动,签约企业已进场施工”）以免漏计。事实：规划面积、预计总投资、建设周期、就业、人口（target）；16家企业正式签约（cumulative）；近百家意向（约，可选）。",
  "wf04"),
 parks=[
  park(JJ, "天津", "天津", "科技城", D0, district="宝坻区", aliases=["宝坻京津中关村科技城"], note="文中又作“科技城”；中关村与宝坻区合作共建"),
 ],
 companies=[
  comp("天津京津中关村科技城发展有限公司", JJ, "日前,中关村协同发展投资有限公司兼天津京津中关村科技城发展有限公司董事长高中成说", note="开发运营主体"),
  comp("中关村协同发展投资有限公司", None, "日前,中关村协同发展投资有限公司兼天津京津中关村科技城发展有限公司董事长高中成说", opt=True, note="合作方，园区外"),
  comp("北京迪蒙数控技术有限责任公司", JJ, D1, note="现场签约"),
  comp("北京市射线应用研究中心", JJ, D1, opt=True, note="文中列为北京企业，现场签约"),
 ],
 institutions=[
  inst("京津中关村科技城企业家联合会", "京津中关村科技城企业家联合会应运而生", kind="association"),
 ],
 projects=[
  proj(JJ, JJ, D0, inv="预计总投资1100亿元", status="在建", status_text="建设已全面启动", opt=True,
       note="科技城整体开发；同时记为 planned_investment_cny 事实"),
 ],
 aggregate_facts=[
  fact(JJ, "park", "planned_area_km2", 14.5, "km2", D0, AS4),
  fact(JJ, "park", "planned_investment_cny", 1.1e11, "cny", D0, "2019年8月（预计，整体开发）", kind="target", chk=True),
  fact(JJ, "park", "development_period_years", 15, "years", D0, AS4, kind="target", opt=True),
  fact(JJ, "park", "expected_jobs", 120000, "jobs", D0, "建成后（预计）", kind="target"),
  fact(JJ, "park", "expected_resident_population", 75000, "persons", D0, "建成后（预计）", kind="target", opt=True),
  fact(JJ, "park", "firms_signed", 16, "count", D2, AS4, kind="cumulative"),
  fact(JJ, "park", "firms_intended", 100, "count", D2, AS4, kind="cumulative", qual="约", qtext="近", opt=True),
 ])

# ---------------------------------------------------------------- wf05 北京经开区招商引资 (cn.dailyeconomic relay 2024)
BJ = "北京经开区"
E0 = "10月9日,北京经开区管委会与中国能源建设集团有限公司(以下简称“中国能建”)正式签署战略合作框架协议,经开区将支持中国能建在区内设立高空风能实验室、绿色先进材料研究院等,合力推进绿色低碳发展"
E1 = "9月19日,国内EDA(电子设计自动化)行业的领军企业华大九天的全资子公司——北京华大九天工业软件研究院有限公司(以下简称“华大九天工业软件研究院”)正式进驻经开区"
G["wf05"] = dict(
 article=art("2024年北京经开区以招商引资实效赋能高质量发展", "cn.dailyeconomic.com（转载，文首“据北京市政府网站消息”；原刊未注明）", "2024-10-12", "day",
  "News site relaying a government-site item, Beijing: a national development zone's 2024 investment-attraction results — key projects landed, a strategic framework agreement with a central SOE for two research entities, Fortune 500 count, signings at two conferences, an EDA firm's subsidiary moving in",
  "https://cn.dailyeconomic.com/bj/2024/10/12/4506.html",
  "日期取网址 2024/10/12。转载站点（文首“据北京市政府网站消息”），原刊与日期未见；文字未见改写痕迹。标题照录。存段末句“华大九天工业软件研究院将依托北京亦庄在晶圆制造、”在引语中中断，已删（make_txt.py LINE_SUFFIX），正文截至“…是唯一跻身全球前十的中国EDA企业。”；两个小标题保留为段落。园区：北京经开区（北京经济技术开发区，文中只作“北京经开区”“经开区”；“亦庄新城”为其统筹开发的新城，不另列）。项目：中国能建拟在区内设立的高空风能实验室、绿色先进材料研究院（签署战略合作框架协议→签约，无金额）。公司：中国能源建设集团有限公司（中国能建）、北京华大九天工业软件研究院有限公司（进驻经开区）；华大九天（母公司，可选，园区外）。事实：2024年以来落地重点项目88个（cumulative）；世界500强企业104家；世界机器人大会签约22个、侨智大会签约落地17个、意向投资项目超过60个（可选）。北京经开区管委会列可选机构。",
  "wf05"),
 parks=[
  park(BJ, "北京", "北京", "经济技术开发区", "据北京市政府网站消息,“2024年以来,北京经开区已落地重点项目88个……”", aliases=["经开区"],
       note="北京经济技术开发区（北京亦庄）；文中又作“经开区”"),
 ],
 companies=[
  comp("中国能源建设集团有限公司", BJ, E0, aliases=["中国能建"], note="与经开区签署战略合作框架协议，拟在区内设立两个机构"),
  comp("北京华大九天工业软件研究院有限公司", BJ, E1, aliases=["华大九天工业软件研究院"], note="正式进驻经开区"),
  comp("华大九天", None, E1, opt=True, note="母公司；园区外"),
 ],
 institutions=[
  inst("北京经开区管委会", E0, park=BJ),
 ],
 projects=[
  proj("高空风能实验室", BJ, E0, companies=["中国能源建设集团有限公司"], status="签约", status_text="正式签署战略合作框架协议", note="经开区支持中国能建在区内设立"),
  proj("绿色先进材料研究院", BJ, E0, companies=["中国能源建设集团有限公司"], status="签约", status_text="正式签署战略合作框架协议", note="同上"),
 ],
 aggregate_facts=[
  fact(BJ, "park", "projects_landed", 88, "count", "“2024年以来,北京经开区已落地重点项目88个……”", "2024年（截至10月）", kind="cumulative", note="重点项目"),
  fact(BJ, "park", "fortune500_firms", 104, "count", "至此,北京经开区世界500强企业增至104家", "2024-10-09", kind="cumulative"),
  fact(BJ, "park", "projects_signed", 22, "count", "2024世界机器人大会上,北京经开区累计签约22个重点项目", "2024年8月（世界机器人大会）"),
  fact(BJ, "park", "projects_signed", 17, "count", "2024首都侨智发展大会上,北京经开区推动签约落地项目17个", "2024年（首都侨智发展大会）"),
  fact(BJ, "park", "projects_intended", 60, "count", "意向投资项目超过60个", "2024年（首都侨智发展大会）", qual="超", qtext="超过", opt=True),
 ])

# ---------------------------------------------------------------- wf06 中关村科学城国际医谷项目综合能源投资签约 (海国投集团 2024)
YG = "中关村科学城国际医谷"
KX = "中关村科学城"
F0 = "12月29日,上庄镇举行中关村科学城国际医谷项目综合能源投资战略合作协议签约仪式"
F1 = "上庄镇股份经济合作联合社董事长、上联中科总经理王海清与北京上庄燃气热电有限公司党总支书记、执行董事邓建平签署了《中关村科学城国际医谷项目综合能源投资战略合作框架协议》"
F2 = "项目已经纳入北京市 2024 年“三个一百”重点工程目录,受到区领导高度关注和大力支持,多次组织专题会研究,要求各部门打破常规,加快手续办理,尽早落地开工"
F3 = "将创新药、高端医疗器械和智能医疗这三大产业作为项目产业定位,打造海淀区产学研医成果转化区"
G["wf06"] = dict(
 article=art("上庄镇举行中关村科学城国际医谷项目综合能源投资战略合作协议签约仪式", "北京市海淀区国有资产投资集团有限公司（海国投集团）官方网站 hgtgroup.com.cn，集团新闻", "2024-01-16", "day",
  "District state-owned investment group's website, Beijing: a town's signing of an integrated-energy framework agreement for a planned medical-industry park in a science-city zone — parties, the park's industry focus, its place in the city's 2024 key-works list",
  "http://www.hgtgroup.com.cn/news/detail/40/1632.html",
  "日期取页面“日期:2024-01-16”（签约仪式在2023年12月29日）。标题照录；网站欢迎语、“微信公众号”、日期行与图片文件名行（图片9/10/11.jpg）已删。存段末句“要贯彻碳达”在句中中断，连同其前分号相连的“要以本次签约为契机,…减轻后期运营压力;”一并删去（make_txt.py LINE_SUFFIX），正文截至“…尽早落地开工。”，共四段。园区：中关村科学城国际医谷（文中只在“中关村科学城国际医谷项目”中，又作“国际医谷”；北京市海淀区上庄镇；规划中的医药健康产业园，母园区中关村科学城）；中关村科学城列可选园区。项目：中关村科学城国际医谷项目（已纳入2024年“三个一百”重点工程、要求尽早落地开工→planned，无金额；park 记中关村科学城）；其综合能源投资合作（签署框架协议→签约，可选）。公司：北京上庄燃气热电有限公司、上联中科（签约双方之一方，园区外记 null）；北京京能清洁能源电力股份有限公司、北京市海淀区国有资产投资集团有限公司（海国投集团）、北京海新域城市更新集团有限公司（出席，可选）。上庄镇、上庄镇股份经济合作联合社列可选机构。无数值事实。",
  "wf06"),
 parks=[
  park(YG, "北京", "北京", "产业园", F0, district="海淀区", parent=KX, aliases=["国际医谷"],
       note="规划中的医药健康产业园，在上庄镇；文中只在项目名中出现"),
  park(KX, "北京", "北京", "科学城", F0, district="海淀区", opt=True, note="中关村示范区海淀片区；只在项目名中"),
 ],
 companies=[
  comp("北京上庄燃气热电有限公司", None, F1, note="签约一方（综合能源投资）"),
  comp("上联中科", None, F1, note="签约一方（上庄镇股份经济合作联合社董事长兼总经理签署）"),
  comp("北京京能清洁能源电力股份有限公司", None, "北京京能清洁能源电力股份有限公司副总经理王刚", opt=True, note="出席"),
  comp("北京市海淀区国有资产投资集团有限公司", None, "北京市海淀区国有资产投资集团有限公司党委副书记、总经理于志伟", aliases=["海国投集团"], opt=True, note="出席；发布方"),
  comp("北京海新域城市更新集团有限公司", None, "北京海新域城市更新集团有限公司董事长张攀、副总经理张照世出席签约仪式", opt=True, note="出席"),
 ],
 institutions=[
  inst("上庄镇", F0, note="主办签约仪式（乡镇政府）"),
  inst("上庄镇股份经济合作联合社", F1, kind="collective"),
 ],
 projects=[
  proj("中关村科学城国际医谷项目", KX, F2, status="planned", status_text="纳入…重点工程目录…尽早落地开工", aliases=["国际医谷项目"],
       note="2024年北京市“三个一百”重点工程；无金额；产业定位创新药、高端医疗器械、智能医疗"),
  proj("中关村科学城国际医谷项目综合能源投资", KX, F1, companies=["北京上庄燃气热电有限公司", "上联中科"], status="签约",
       status_text="签署了《…战略合作框架协议》", opt=True, note="框架协议"),
 ],
 aggregate_facts=[])

# ---------------------------------------------------------------- wf07 央企机构和创新板块加速集聚雄安 (北京城市副中心报 via huashangw 2026)
XA = "雄安新区"
QD = "启动区"
G0 = "“‘十四五’期间,雄安新增省部级以上创新平台61个;认定国家高新技术企业454家。"
G1 = "2025年12月25日,中国农业发展集团有限公司雄安总部项目在启动区开工建设"
G2 = "紧接着,中国华电集团有限公司和中国诚通控股集团有限公司的雄安总部项目先后在启动区开工建设"
G3 = "至此,包括2025年6月先期在启动区开工建设的中国大唐集团雄安总部项目在内,第二批4家疏解央企雄安总部项目全部开工建设"
G4 = "中国矿产总部项目主体结构封顶,正抓紧进行室内装修"
G5 = "电信、移动、联通互联网产业园(一期)已建成投用,国能集团雄安基地等项目加快建设"
G6 = "坐落于启动区的中国星网总部大楼自迁驻运营以来已聚集60多家产业链企业,涵盖卫星集成与总装、运载服务、卫星载荷等7个细分领域"
G7 = "中国星网雄安总部及所属企业已于2024年10月入驻办公;中国中化、中国华能总部已于2025年10月迁驻雄安办公"
SW = "“十四五”期间（2021–2025年）"
G["wf07"] = dict(
 article=art("央企机构和创新板块加速集聚雄安", "北京城市副中心报（“来源:北京城市副中心报”），载于 huashangw.com", "2026-01-13", "day",
  "City-subcentre newspaper interview relayed by a news site, Hebei: a national new area's official on the 14th Five-Year period — innovation platforms and high-tech firms, relocated central-SOE headquarters (moved in, topped out, started), market-driven parks built or under construction, a satellite-network HQ clustering supply-chain firms",
  "http://www.huashangw.com/shangye/show-955509.html",
  "日期取转载页“2026-01-13 06:48:23”（原刊“日前”，原刊日期未见；文中最晚事件2025-12-25之后）。标题照录；转载页的“创始人”、时间行、“0”与“(来源:北京城市副中心报)”已删。存段止于“…就是其中一员。”（整句），其后未存；共十段（含两个小标题）。园区：雄安新区（国家级新区，河北；kind 新区）；启动区（新区率先建设区域，可选，母园区雄安新区）。项目（park 雄安新区，均在启动区）：中国农业发展集团有限公司雄安总部项目（2025-12-25开工）；中国华电集团有限公司雄安总部项目、中国诚通控股集团有限公司雄安总部项目（开工；名称由“中国华电集团有限公司和中国诚通控股集团有限公司的雄安总部项目”拆分）；中国大唐集团雄安总部项目（2025年6月开工）；中国矿产总部项目（主体结构封顶→在建）；电信、移动、联通互联网产业园(一期)（已建成投用→竣工，status_alt 投产；三园合述，作一条）；国能集团雄安基地（加快建设→在建）；中国星网雄安总部、中国中化/中国华能总部（入驻/迁驻办公，可选，竣工）。公司：各央企（中国星网、中国中化、中国华能、中国矿产、中国农业发展集团有限公司、中国华电集团有限公司、中国诚通控股集团有限公司、中国大唐集团；国电投、中核、中广核、三峡集团、国能集团可选）与蓝箭鸿擎(雄安)空间科技有限公司，园区均记雄安新区。事实：“十四五”新增省部级以上创新平台61个、认定国家高新技术企业454家（cumulative）；疏解落户央企总部8家（小标题）；星网总部大楼聚集60多家产业链企业（余）。王彦伟所在“雄安新区工信科技数据局”列可选机构。",
  "wf07"),
 parks=[
  park(XA, "雄安", "河北", "新区", G0, note="国家级新区；city 记“雄安”（省直管）"),
  park(QD, "雄安", "河北", "片区", G1, parent=XA, opt=True, note="雄安新区启动区"),
 ],
 companies=[
  comp("中国星网", XA, G7, note="总部大楼在启动区"),
  comp("中国中化", XA, G7),
  comp("中国华能", XA, G7),
  comp("中国矿产", XA, G4, opt=True, note="只在项目名中"),
  comp("中国农业发展集团有限公司", XA, G1),
  comp("中国华电集团有限公司", XA, G2),
  comp("中国诚通控股集团有限公司", XA, G2),
  comp("中国大唐集团", XA, G3, opt=True, note="只在项目名中"),
  comp("国电投", XA, "国电投、中核、中广核、三峡集团等能源型央企已在雄安布局产业", opt=True),
  comp("中核", XA, "国电投、中核、中广核、三峡集团等能源型央企已在雄安布局产业", opt=True),
  comp("中广核", XA, "国电投、中核、中广核、三峡集团等能源型央企已在雄安布局产业", opt=True),
  comp("三峡集团", XA, "国电投、中核、中广核、三峡集团等能源型央企已在雄安布局产业", opt=True),
  comp("国能集团", XA, G5, opt=True, note="只在项目名中"),
  comp("蓝箭鸿擎(雄安)空间科技有限公司", XA, "2025年年初入驻雄安的蓝箭鸿擎(雄安)空间科技有限公司就是其中一员", note="入驻雄安，星网产业链企业之一"),
 ],
 institutions=[
  inst("雄安新区工信科技数据局", "日前,雄安新区工信科技数据局局长王彦伟接受本报记者采访时表示", park=XA),
 ],
 projects=[
  proj("中国农业发展集团有限公司雄安总部项目", XA, G1, companies=["中国农业发展集团有限公司"], status="开工", status_text="开工建设", note="2025-12-25；在启动区"),
  proj("中国华电集团有限公司雄安总部项目", XA, G2, companies=["中国华电集团有限公司"], status="开工", status_text="先后在启动区开工建设", note="名称由合述拆分"),
  proj("中国诚通控股集团有限公司雄安总部项目", XA, G2, companies=["中国诚通控股集团有限公司"], status="开工", status_text="先后在启动区开工建设", note="名称由合述拆分"),
  proj("中国大唐集团雄安总部项目", XA, G3, companies=["中国大唐集团"], status="开工", status_text="先期在启动区开工建设", note="2025年6月开工"),
  proj("中国矿产总部项目", XA, G4, companies=["中国矿产"], status="在建", status_text="主体结构封顶,正抓紧进行室内装修"),
  proj("电信、移动、联通互联网产业园(一期)", XA, G5, phase="一期", status="竣工", status_alt="投产", status_text="已建成投用", note="三个产业园合述"),
  proj("国能集团雄安基地", XA, G5, companies=["国能集团"], status="在建", status_text="加快建设"),
  proj("中国星网雄安总部", XA, G7, companies=["中国星网"], status="竣工", status_text="已于2024年10月入驻办公", opt=True),
 ],
 aggregate_facts=[
  fact(XA, "park", "new_innovation_platforms", 61, "count", G0, SW, kind="cumulative", note="省部级以上创新平台"),
  fact(XA, "park", "high_tech_firms", 454, "count", G0, SW, kind="cumulative", note="“十四五”期间认定国家高新技术企业"),
  fact(XA, "park", "central_soe_headquarters_relocated", 8, "count", "疏解落户的央企总部达8家", "2025年末", kind="cumulative"),
  fact(XA, "park", "central_soe_headquarters_started", 4, "count", G3, "2025年末", kind="cumulative", opt=True, note="第二批4家全部开工"),
  fact("中国星网", "company", "supply_chain_firms_clustered", 60, "count", G6, "2025年末", kind="cumulative", qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- wf08 “雄安一号”下线 (长城网 2025)
ZS = "雄安新区科创中心中试基地"
LJ = "蓝箭鸿擎(雄安)空间科技有限公司"
H0 = "日前,雄安第一颗“本土造”卫星——“雄安一号”在雄安新区科创中心中试基地的卫星智能制造厂房里正式下线,这标志着雄安新区空天信息产业从布局迈向实质性产出阶段"
H1 = "从过去组装一颗卫星需要7天,到如今仅需30个小时,这条年产百颗卫星的智能产线,见证了“雄安速度”的诞生。创造这一速度的就是蓝箭鸿擎(雄安)空间科技有限公司"
H2 = "“新区用‘四个当年’的效率打动了我们——当年注册、当年建设、当年(产线)投产、当年(卫星)下线。”"
H3 = "一是链主企业中国星网落户雄安,便于与用户紧密合作"
G["wf08"] = dict(
 article=art("（无标题）“雄安一号”卫星在雄安新区科创中心中试基地下线", "长城网·冀云客户端（heb.hebccw.cn；记者刘梦妍、宋霈雯、李全、孙文宾、李征、姚杰）", "2025-11-23", "day",
  "Provincial news portal feature, Hebei: a new area's first home-built satellite rolls off a line in a pilot-production base — the satellite maker, its line's capacity and assembly time, why it chose the area, financial support, the satellite-network anchor firm",
  "http://heb.hebccw.cn/system/2025/11/23/102126012.shtml",
  "日期取网址 2025/11/23。存段无标题（title 为编者概括）；首行记者署名与三条图片说明（“…长城网·冀云客户端记者 李全 摄”）已删。存段末句“截至目前,新区已汇聚空天信息领域企业63家、创新平台7家,中国空天信息和卫星互联网创新联盟在雄安注册成立,形成了首个较为完备的”在句中中断，已删（make_txt.py LINE_SUFFIX），正文截至“…新区空天产业生态快速成型。”，共五段。园区：雄安新区（国家级新区）；雄安新区科创中心中试基地（母园区雄安新区；kind 中试基地）。公司：蓝箭鸿擎(雄安)空间科技有限公司（产线在中试基地的卫星智能制造厂房）；中国星网（链主，落户雄安）。项目：“这条年产百颗卫星的智能产线”无正式名称，列可选项目（当年(产线)投产→投产）。事实：年产百颗卫星（annual_capacity_units 100）；组装一颗卫星30小时（可选）；“8000万资金支持”无“元”字，记为可选事实（metric 不以 _cny 结尾）。",
  "wf08"),
 parks=[
  park(XA, "雄安", "河北", "新区", H0, note="国家级新区"),
  park(ZS, "雄安", "河北", "中试基地", H0, parent=XA, note="内有卫星智能制造厂房"),
 ],
 companies=[
  comp(LJ, ZS, H1, note="卫星智能产线在中试基地的卫星智能制造厂房（由首段推定）"),
  comp("中国星网", XA, H3, note="链主企业，落户雄安"),
 ],
 institutions=[],
 projects=[
  proj("年产百颗卫星的智能产线", ZS, H1, companies=[LJ], status="投产", status_text="当年(产线)投产", opt=True,
       note="无正式项目名；“四个当年”中的产线投产见另句"),
 ],
 aggregate_facts=[
  fact(LJ, "company", "annual_capacity_units", 100, "satellites", H1, "2025年11月"),
  fact(LJ, "company", "satellite_assembly_hours", 30, "hours", H1, "2025年11月", opt=True),
  fact(LJ, "company", "government_support_funds", 8e7, "cny", "8000万资金支持更助力科技成果快速转化", "2025年", opt=True, note="原文“8000万”无“元”字"),
 ])
