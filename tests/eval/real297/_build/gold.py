# real297 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real52 (real28–real49): evidence verbatim (all seven items simplified script as published); names
# as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects:
# the park is the one the text places the project in, null if none (a county / town is not a park; a project that is itself
# the park being built has no other park → null). Status from the text's words (集中开工 → 开工; 正在建设 / 加紧施工 → 在建;
# “预计…投产” / “计划…投产” alone → no status, noted). “预计”/“计划”/“年内” figures are kind target; “累计”/“已完成”/“截至”
# figures are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/qjNN.raw as returned.

# ---------------------------------------------------------------- qj01 平湖 农开区(广陈镇) 2021年度第一批重点项目集中开工 (平湖报 2021)
NK = "农开区"
A0 = "农开区(广陈镇)再次擂响项目建设的战鼓,举行了2021年度第一批重点项目集中开工仪式"
A1 = "即将集中开工的5个重点项目:长三角优质草莓种源研发中心项目、万亩水稻全产业链集成创新项目、山塘康养酒店项目、博创联动数字无人化种植示范农场项目、书香悦府项目"
A2 = "据了解,此次开工的长三角优质草莓种源研发中心项目,总投资2亿元"
A3 = "涵盖了种源研发、数字农业、农旅融合等农开区(广陈镇)特色领域,总投资近8亿元"
A4 = "农开区的发展历经3年的时间,总共引进了46个项目,总投资52.5亿元,项目落地率高达78%"
AS1 = "2021年6月8日（集中开工）"
G["qj01"] = dict(
 article=art("（无标题）农开区(广陈镇)举行2021年度第一批重点项目集中开工仪式", "平湖报（szb.zjphol.com 数字报，“本报讯”；存段无署名）", "2021-06-10", "day",
  "County-level city paper, Zhejiang: an agricultural economic development zone's first groundbreaking batch of 2021 — five named projects started with their joint total, one seed-breeding project with its investment, expected output and investor's chairman, the zone's three-year count of projects introduced, investment and landing rate",
  "http://szb.zjphol.com/pc/content/202106/10/content_125170.html",
  "日期取网址 202106/10（数字报版面日）；开工仪式为6月8日。存段无标题、无日期行（title 为编者概括）。存段末段“重点项目的集聚落地…‘今年以来,农开区(广陈镇)已成功招引三产融合项目12个,全年排定开工14个项目,今天第一”在引语中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…农业经济开发区建设的“广陈模式”。”，共四段。刊名“平湖报”由站名 szb.zjphol.com（平湖新闻网数字报）推定。园区：“农开区”（平湖市农业经济开发区，与广陈镇合署，文中作“农开区(广陈镇)”；全称不见于文，不补；嘉兴市平湖市，浙江）。“中德农业科技示范园”仅现场揭牌，列可选园区（母园区推定为农开区）；“佳莓·山塘农庄”为农庄，不列。项目：5个重点项目集中开工（开工），园区农开区；只有长三角优质草莓种源研发中心项目有单项金额“总投资2亿元”；投资方未明说，嘉兴佳莓农业科技有限公司董事长在场讲话，列为该项目的公司（推定）。“博创联动”只在项目名中，不另列公司。事实：本批5个项目、总投资近8亿元（近→约）；草莓项目建成后年产值1.5亿元以上（target，超）；农开区3年引进项目46个、总投资52.5亿元、落地率78%（cumulative / ratio）。",
  "qj01"),
 parks=[
  park(NK, "嘉兴", "浙江", "农业经济开发区", A0, district="平湖市", aliases=["农开区(广陈镇)"],
       note="平湖市农业经济开发区（全称不见于文）；与广陈镇合署；文中称“农业经济开发区建设的‘广陈模式’”"),
  park("中德农业科技示范园", "嘉兴", "浙江", "农业科技示范园", "现场还揭牌了中德农业科技示范园和佳莓·山塘农庄", district="平湖市", parent=NK, opt=True,
       note="开工仪式现场揭牌；母园区由语境推定"),
 ],
 companies=[
  comp("嘉兴佳莓农业科技有限公司", NK, "嘉兴佳莓农业科技有限公司董事长尹淑萍说", note="草莓种源研发中心项目的企业（推定）；“专注于草莓26年”"),
 ],
 projects=[
  proj("长三角优质草莓种源研发中心项目", NK, A2, companies=["嘉兴佳莓农业科技有限公司"], inv="总投资2亿元", status="开工", status_text="集中开工",
       note="建成后年产400万株优质草莓种苗和1.2亿株生产苗，年产值1.5亿元以上；公司由语境推定"),
  proj("万亩水稻全产业链集成创新项目", NK, A1, status="开工", status_text="集中开工"),
  proj("山塘康养酒店项目", NK, A1, status="开工", status_text="集中开工"),
  proj("博创联动数字无人化种植示范农场项目", NK, A1, status="开工", status_text="集中开工"),
  proj("书香悦府项目", NK, A1, status="开工", status_text="集中开工"),
 ],
 aggregate_facts=[
  fact(NK, "park", "projects_started", 5, "count", A1, AS1),
  fact(NK, "park", "projects_started_investment_cny", 8e8, "cny", A3, AS1, qual="约", qtext="近", chk=True),
  fact("长三角优质草莓种源研发中心项目", "project", "expected_annual_output_cny", 1.5e8, "cny",
       "项目建成后,将年产400万株优质草莓种苗和1.2亿株生产苗,年产值达1.5亿元以上", "建成后（预期）", kind="target", qual="超", qtext="以上", chk=True),
  fact(NK, "park", "projects_introduced", 46, "count", A4, "建区3年（至2021年6月）", kind="cumulative"),
  fact(NK, "park", "introduced_projects_investment_cny", 5.25e9, "cny", "总共引进了46个项目,总投资52.5亿元", "建区3年（至2021年6月）", kind="cumulative", chk=True),
  fact(NK, "park", "project_landing_rate", 0.78, "ratio", "项目落地率高达78%", "建区3年（至2021年6月）", kind="ratio"),
 ])

# ---------------------------------------------------------------- qj02 天门 首批省级现代农业产业园创建单位 (天门网 2017)
SC = "市蔬菜现代农业产业园"
TH = "市天海龙休闲产业园"
B0 = "我市申报的市蔬菜现代农业产业园、市天海龙休闲产业园榜上有名"
B1 = "市蔬菜现代农业产业园以张港镇、多宝镇为核心,打造“天门市天西现代农业(蔬菜)产业园”"
B2 = "产业园占地面积13万亩,辐射带动蒋湖农场、拖市镇、渔薪镇、蒋场镇、黄潭镇、竟陵、岳口镇等七个乡镇,带动总面积约30万亩"
B3 = "天海龙集团总投资2.78亿元,现拥有万亩育秧工厂、留胚米加工生产线、粮食烘干仓储、万亩小麦高产示范园、3000亩稻鳅共作基地和一栋两层6800平方米的绿色食品加工厂"
B4 = "集团的一、二、三产业融合发展项目已被国家发改委列为重大建设项目,并被收录至国家重大建设项目库"
G["qj02"] = dict(
 article=art("首批省级现代农业产业园创建单位出炉 我市两产业园上榜", "天门网（记者 邓慧遐 通讯员 殷金臣），tmwcn.com", "2017-06-28", "day",
  "City news portal, Hubei: a county-level city's two parks named among the province's first creation units of provincial modern agricultural industrial parks — the vegetable park's core towns, area and reach, the leisure park's group with its total investment, facilities and a project listed as a national major project",
  "https://www.tmwcn.com/html/touzi/26/201706/t154242.html",
  "日期取页面“发布时间:2017年06月28日”（文中“27日”为获悉日）。标题照录；“发布时间/来源/打印/字体”行与页脚已删。正文五段，完整。园区：市蔬菜现代农业产业园（天门市，湖北省直管市；以张港镇、多宝镇为核心，打造“天门市天西现代农业(蔬菜)产业园”——后者列 alias）；市天海龙休闲产业园（天门市）。两园均为第一批省级现代农业产业园创建单位（kind 记此）。公司：天海龙集团（园区推定为市天海龙休闲产业园——文中“天海龙”段紧接园区名单，未明说）。“天海龙集团总投资2.78亿元”为集团累计投资，记为公司事实（cumulative），不作项目金额。项目：集团的“一、二、三产业融合发展项目”列入国家重大建设项目库，无状态、无金额，列可选项目。事实：蔬菜园占地13万亩、带动约30万亩（可选）；全省62个产业园为第一批创建单位（region 湖北省，可选）；天海龙5万亩示范基地（可选）。省农业厅、省发改委、省旅游委列可选机构。",
  "qj02"),
 parks=[
  park(SC, "天门", "湖北", "省级现代农业产业园（创建单位）", B0, aliases=["天门市天西现代农业(蔬菜)产业园"],
       note="以张港镇、多宝镇为核心；打造“天门市天西现代农业(蔬菜)产业园”"),
  park(TH, "天门", "湖北", "省级现代农业产业园（创建单位）", B0, note="天海龙集团所建（推定）"),
 ],
 companies=[
  comp("天海龙集团", TH, B3, aliases=["天海龙"], note="园区由语境推定"),
 ],
 institutions=[
  inst("省农业厅", "省农业厅、省发改委、省旅游委近日公布了第一批省级现代农业产业园创建单位名单", note="湖北省农业厅"),
  inst("省发改委", "省农业厅、省发改委、省旅游委近日公布了第一批省级现代农业产业园创建单位名单", note="湖北省发改委"),
  inst("省旅游委", "省农业厅、省发改委、省旅游委近日公布了第一批省级现代农业产业园创建单位名单", note="湖北省旅游委"),
 ],
 projects=[
  proj("一、二、三产业融合发展项目", TH, B4, companies=["天海龙集团"], opt=True, note="天海龙集团的项目；列入国家重大建设项目库；无状态、无金额"),
 ],
 aggregate_facts=[
  fact("天海龙集团", "company", "total_investment_cny", 2.78e8, "cny", B3, "2017年6月", kind="cumulative", chk=True),
  fact(SC, "park", "area_mu", 130000, "mu", B2, "2017年6月"),
  fact(SC, "park", "radiated_area_mu", 300000, "mu", B2, "2017年6月", qual="约", qtext="约", opt=True),
  fact("湖北省", "region", "provincial_modern_agri_parks_first_batch", 62, "count", "全省62个产业园被确定为第一批省级现代农业产业园创建单位", "2017年6月", opt=True),
  fact("天海龙集团", "company", "demonstration_base_area_mu", 50000, "mu", "天海龙已建设5万亩绿色有机特色农产品示范基地", "2017年6月", opt=True),
 ])

# ---------------------------------------------------------------- qj03 合川 龙市镇农产品加工园 (农业农村部 via yumi.com.cn 2022)
LS = "龙市镇农产品加工园"
C0 = "共谋划实施69个项目、111个子项目,项目预计总投资39.5亿元"
C1 = "5月22日,记者去到位于龙市镇农产品加工园的重庆市曾巧食品有限公司,只见1.3万吨泡菜池的两条生产线正在建设当中,预计7月全部完工"
C2 = "而与曾巧食品相隔不远的2万吨凯鸿食品二期工程也在加紧施工中,1.4万平方米厂房主体工程已完工,预计10月投产"
C3 = "在龙市镇农产品加工园内,还有7000吨昀余庄调味品厂、4000吨牧盟油菜加工厂等项目,预计10月投产"
C4 = "目前龙市镇农产品加工园入驻企业20家,在生产19家,1家正在建设中"
C5 = "其中,国家级龙头企业1家,市级龙头企业4家,去年实现工业生产总值16.9亿元,未来三年将实现工业生产总值35亿元"
AS3 = "2022年5月"
G["qj03"] = dict(
 article=art("合川争创国家粮油主导型现代农业产业园", "中国农业农村部（“来源:中国农业农村部”），载于 news.yumi.com.cn（中国玉米供应链服务平台“三农资讯”）；记者署名存段未示", "2022-05-24", "day",
  "Agricultural trade portal relaying a ministry item, Chongqing: a district's joint creation of three rural-industry labels aiming at a national grain-and-oil modern agricultural industrial park — planned projects and investment, a town's agricultural-products processing park with two firms' expansions under construction, two more plants due to produce, firm counts and output",
  "https://news.yumi.com.cn/threefarm/detail?id=307326",
  "日期取页面“发布:2022-05-24”（文中“5月22日”为记者走访日）。标题行后粘连的“来源:中国农业农村部 | 发布:2022-05-24”已删（make_txt.py HEAD_SUFFIX），站点菜单与面包屑已删。存段末段“在推进项目建设中…园区骨干道路网络已基本形成”句末无标点、在此中断，整段删去（ITEMS 截至上一段），正文截至“…未来三年将实现工业生产总值35亿元。”，共四段。园区：龙市镇农产品加工园（重庆市合川区龙市镇）。“三园共创”（国家农村产业融合示范园、全国农业产业强镇、市级现代农业产业园三块牌子共建）与“国家粮油主导型现代农业产业园”（争创目标）不是具名园区，不列；“三园共创”的69个项目、预计总投资39.5亿元记于 subject“合川区“三园共创””（region，target）。公司：重庆市曾巧食品有限公司（又作“曾巧食品”）、凯鸿食品（均在加工园）。项目：曾巧食品“1.3万吨泡菜池的两条生产线”（正在建设→在建，预计7月完工）；“2万吨凯鸿食品二期工程”（加紧施工→在建，预计10月投产）；“7000吨昀余庄调味品厂”“4000吨牧盟油菜加工厂”（只说“预计10月投产”，无状态，note）。昀余庄、牧盟只在项目名中，列可选公司。事实：加工园入驻企业20家、在生产19家、在建1家、国家级龙头1家、市级龙头4家；去年（2021年）工业生产总值16.9亿元；未来三年35亿元（target）。合川区农业农村委列可选机构。",
  "qj03", title_note="页面标题行后粘连“来源:中国农业农村部 | 发布:2022-05-24”"),
 parks=[
  park(LS, "重庆", "重庆", "农产品加工园", C1, district="合川区", note="合川区龙市镇；“三园共创”范围内"),
 ],
 companies=[
  comp("重庆市曾巧食品有限公司", LS, C1, aliases=["曾巧食品"]),
  comp("凯鸿食品", LS, C2, note="与曾巧食品相隔不远；扩建工程在加工园内"),
  comp("昀余庄", LS, C3, opt=True, note="只在项目名中"),
  comp("牧盟", LS, C3, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("合川区农业农村委", "近年来,合川区农业农村委以“三园共创”为载体", note="重庆市合川区农业农村委员会"),
 ],
 projects=[
  proj("1.3万吨泡菜池的两条生产线", LS, C1, companies=["重庆市曾巧食品有限公司"], status="在建", status_text="正在建设当中",
       note="曾巧食品扩建工程；预计2022年7月全部完工"),
  proj("2万吨凯鸿食品二期工程", LS, C2, companies=["凯鸿食品"], phase="二期", status="在建", status_text="加紧施工",
       note="1.4万平方米厂房主体工程已完工，预计2022年10月投产"),
  proj("7000吨昀余庄调味品厂", LS, C3, companies=["昀余庄"], note="预计2022年10月投产；文中无其他状态词"),
  proj("4000吨牧盟油菜加工厂", LS, C3, companies=["牧盟"], note="预计2022年10月投产；文中无其他状态词"),
 ],
 aggregate_facts=[
  fact("合川区“三园共创”", "region", "planned_projects", 69, "count", C0, "2022年5月（谋划）", kind="target"),
  fact("合川区“三园共创”", "region", "planned_investment_cny", 3.95e9, "cny", C0, "2022年5月（预计）", kind="target", chk=True),
  fact("合川区“三园共创”", "region", "area_mu", 100000, "mu", "涉及合川区龙市镇7个村、肖家镇2个村,面积约10万亩", AS3, qual="约", qtext="约", opt=True),
  fact(LS, "park", "firms", 20, "count", C4, AS3),
  fact(LS, "park", "firms_in_production", 19, "count", C4, AS3),
  fact(LS, "park", "firms_under_construction", 1, "count", C4, AS3, opt=True),
  fact(LS, "park", "national_leading_firms", 1, "count", C5, AS3, opt=True),
  fact(LS, "park", "municipal_leading_firms", 4, "count", C5, AS3, opt=True),
  fact(LS, "park", "industrial_output_cny", 1.69e9, "cny", "去年实现工业生产总值16.9亿元,未来三年将实现工业生产总值35亿元", "2021年", chk=True),
  fact(LS, "park", "target_industrial_output_cny", 3.5e9, "cny", "未来三年将实现工业生产总值35亿元", "三年后（2024/2025年，预期）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- qj04 鹤壁、濮阳国家农业科技园区通过验收 (河南日报 2017)
HB = "鹤壁国家农业科技园区"
PY = "濮阳国家农业科技园区"
D0 = "据了解,鹤壁国家农业科技园区位于浚县,核心区面积5.07万亩,自2013年9月被批准建设以来,已完成投资83亿元"
D1 = "2016年园区实现总产值62.74亿元、净利润8.93亿元,带动就业3万余人,核心区农民人均纯收入达21934元"
D2 = "几年来园区累计投入各项建设资金34.6亿元,核心区建设面积达39140亩,建成了设施蔬菜花卉、高效生态林果等5大功能区"
D3 = "目前,该园区共培育市级农业科技园区13家、市级以上农业产业化龙头企业60家、市级以上专业合作社26家,2016年园区总产值达27.3亿元,新增农民转移就业8000人"
G["qj04"] = dict(
 article=art("（无标题）鹤壁、濮阳两家国家农业科技园区通过验收", "河南日报（记者郭戈 王映 尹江勇 河南报业全媒体记者王风娇 通讯员张晓静），载于 xinwen.mlzgw.cn", "2017-12-22", "day",
  "Provincial daily via a local news site, Henan: two national agricultural science and technology parks pass the ministry's acceptance — each park's location, core area, investment completed or funds put in, 2016 output and profit, leading firms and cooperatives fostered, jobs",
  "http://xinwen.mlzgw.cn/news/yushi/2017/1222/1272.html",
  "日期取页面“2017-12-22 16:21:26 来源: 河南日报”（该行已删；文中“12月19日”为获悉日）。存段无标题（title 为编者概括）。正文三段，完整；署名在文末括号内，照录（原文姓名间无分隔）。园区：鹤壁国家农业科技园区（位于浚县，鹤壁市，河南；2013年9月批准建设）；濮阳国家农业科技园区（濮阳市，河南；2013年批准建设）。鹤壁园区内“智慧农业产业园”等为园内设施，不另列。无具名企业、项目。事实：鹤壁——核心区5.07万亩、已完成投资83亿元（cumulative，2013-09 至 2017-12）、2016年总产值62.74亿元、净利润8.93亿元、带动就业3万余人（余，可选）、核心区农民人均纯收入21934元（只以“元”计，metric 不用 _cny 后缀，可选）；濮阳——累计建设资金34.6亿元（cumulative）、核心区39140亩、5大功能区（可选）、市级农业科技园区13家（可选）、市级以上龙头企业60家、合作社26家（可选）、2016年总产值27.3亿元、新增转移就业8000人（可选）。科技部列可选机构。",
  "qj04"),
 parks=[
  park(HB, "鹤壁", "河南", "国家农业科技园区", D0, district="浚县", note="2013年9月批准建设；以粮食生产加工为主导产业"),
  park(PY, "濮阳", "河南", "国家农业科技园区", "濮阳国家农业科技园区于2013年经科技部批准建设", note="2013年批准建设"),
 ],
 companies=[],
 institutions=[
  inst("科技部", "科技部近日公布了第五批国家农业科技园区验收结果", note="中华人民共和国科学技术部"),
 ],
 projects=[],
 aggregate_facts=[
  fact(HB, "park", "core_area_mu", 50700, "mu", D0, "2017年12月"),
  fact(HB, "park", "investment_completed_cny", 8.3e9, "cny", "自2013年9月被批准建设以来,已完成投资83亿元", "2013年9月至2017年12月", kind="cumulative", chk=True),
  fact(HB, "park", "total_output_cny", 6.274e9, "cny", D1, "2016年", chk=True),
  fact(HB, "park", "net_profit_cny", 8.93e8, "cny", "净利润8.93亿元", "2016年", chk=True),
  fact(HB, "park", "jobs_created", 30000, "count", D1, "2016年", qual="余", qtext="余", opt=True),
  fact(HB, "park", "core_area_farmer_per_capita_net_income_yuan", 21934, "cny", D1, "2016年", opt=True, note="只以“元”计"),
  fact(PY, "park", "construction_funds_invested_cny", 3.46e9, "cny", D2, "2013年至2017年12月", kind="cumulative", chk=True),
  fact(PY, "park", "core_area_mu", 39140, "mu", D2, "2017年12月"),
  fact(PY, "park", "functional_areas", 5, "count", D2, "2017年12月", opt=True),
  fact(PY, "park", "municipal_agri_tech_parks_fostered", 13, "count", D3, "2017年12月", kind="cumulative", opt=True),
  fact(PY, "park", "leading_firms", 60, "count", D3, "2017年12月", kind="cumulative", note="市级以上农业产业化龙头企业"),
  fact(PY, "park", "cooperatives", 26, "count", D3, "2017年12月", kind="cumulative", opt=True, note="市级以上专业合作社"),
  fact(PY, "park", "total_output_cny", 2.73e9, "cny", "2016年园区总产值达27.3亿元,新增农民转移就业8000人", "2016年", chk=True),
  fact(PY, "park", "jobs_created", 8000, "count", "新增农民转移就业8000人", "2016年", opt=True),
 ])

# ---------------------------------------------------------------- qj05 斗门区预制菜产业园 (珠海 2022)
DM = "斗门区预制菜产业园"
E0 = "今年6月2日,《2022年省级现代农业产业园建设名单》正式公布,斗门区预制菜产业园成功上榜,成为省级产业园区"
E1 = "据了解,集元水产品产业链共享平台项目由珠海集元水产科技有限公司投资建设,项目占地面积12亩,总投资约0.71亿元"
E2 = "“该项目主体工程已封顶,本月底将拆除脚手架,计划2023年5月建成投产。”"
E3 = "一期项目占地面积约285亩,总投资近20亿元,重点建设预制菜加工区、冷链物流区"
E4 = "已引进强竞供应链、诚丰优品产业园等10家优质预制菜企业"
AS5 = "2022年12月"
G["qj05"] = dict(
 article=art("（无标题）珠海加快斗门区预制菜产业园建设 一期项目预计明年上半年全部投产", "珠海传媒集团 pub-static.hizh.cn（“我市”“记者”；原刊与署名存段未示，疑为珠海特区报）", "2022-12-21", "day",
  "City media group's news page, Guangdong: a district's prepared-food park newly listed as a provincial modern agricultural industrial park — one firm's aquatic-products project topped out with its investment and production plan, the park's planned area, zones and three phases, phase 1's area, investment, plant floor area, cold-storage capacity and firms introduced",
  "https://pub-static.hizh.cn/s/202212/21/AP63a2d715e4b0b58d949a4445.html",
  "日期取网址 202212/21 与文中“记者12月21日从市农业农村局获悉”。存段无标题、无日期行（title 为编者概括）。存段末段“二期项目开发范围面积约为340亩,计划”在句中中断，整段删去（ITEMS 截至上一段），正文截至“…有力推动了本地特色水产品精深加工和品牌建设。”，共五段。园区：斗门区预制菜产业园（珠海市斗门区，广东；2022年省级现代农业产业园）。项目：集元水产品产业链共享平台项目（珠海集元水产科技有限公司投资建设，总投资约0.71亿元→约，7100万元；主体工程已封顶→在建；计划2023年5月建成投产）；斗门区预制菜产业园一期项目（总投资近20亿元→约；园区开发项目，文中只说“正加快…建设”“预计明年上半年全部投产”，无状态词，status null）。公司：珠海集元水产科技有限公司（在园）；强竞供应链、诚丰优品产业园（“10家优质预制菜企业”之二，可选）。事实：园区规划总用地1250亩；一期约285亩（可选）；已建成深加工厂房30万平方米、冷库近20万吨（可选）；已引进企业10家（cumulative）。市农业农村局（珠海市）列可选机构。",
  "qj05"),
 parks=[
  park(DM, "珠海", "广东", "省级现代农业产业园（预制菜）", E0, district="斗门区", note="2022年省级现代农业产业园建设名单；分三期建设"),
 ],
 companies=[
  comp("珠海集元水产科技有限公司", DM, E1, note="集元水产品产业链共享平台项目投资方"),
  comp("强竞供应链", DM, E4, opt=True),
  comp("诚丰优品产业园", DM, E4, opt=True, note="文中列为预制菜企业之一"),
 ],
 institutions=[
  inst("市农业农村局", "记者12月21日从市农业农村局获悉", note="珠海市农业农村局"),
 ],
 projects=[
  proj("集元水产品产业链共享平台项目", DM, E1, companies=["珠海集元水产科技有限公司"], inv="总投资约0.71亿元", qual="约", qual_text="约",
       status="在建", status_text="主体工程已封顶", note="位于园区一期；计划2023年5月建成投产；占地12亩，冷库0.25万吨"),
  proj("斗门区预制菜产业园一期项目", DM, E3, inv="总投资近20亿元", qual="约", qual_text="近", phase="一期",
       note="园区开发项目；预计2023年上半年全部投产；文中无状态词"),
 ],
 aggregate_facts=[
  fact(DM, "park", "planned_area_mu", 1250, "mu", "斗门区预制菜产业园园区规划总用地面积为1250亩", AS5),
  fact(DM, "park", "phase1_site_area_mu", 285, "mu", E3, AS5, qual="约", qtext="约", opt=True),
  fact(DM, "park", "processing_plant_floor_area_m2", 3e5, "m2", "目前已建成水产品深加工厂房30万平方米,近20万吨冷库容量", AS5, kind="cumulative", opt=True),
  fact(DM, "park", "cold_storage_capacity_t", 2e5, "t", "目前已建成水产品深加工厂房30万平方米,近20万吨冷库容量", AS5, kind="cumulative", qual="约", qtext="近", opt=True),
  fact(DM, "park", "firms_introduced", 10, "count", E4, AS5, kind="cumulative"),
  fact("集元水产品产业链共享平台项目", "project", "site_area_mu", 12, "mu", E1, AS5, opt=True),
 ])

# ---------------------------------------------------------------- qj06 金昌·江楠农产品加工冷链物流园 (金昌日报 2020)
JC = "金昌·江楠农产品加工冷链物流园"
F0 = "该项目是2020年省列重大项目,也是今年兰治会重点签约项目,自6月30日奠基施工以来,目前已完成投资9000万元"
F1 = "金昌·江楠农产品加工冷链物流园项目由广州江楠集团投资建设"
F2 = "项目概算总投资16亿元,计划分三期建设,项目一期总占地面积为542亩"
G["qj06"] = dict(
 article=art("金昌·江楠农产品加工冷链物流园项目已完成投资9000万元", "金昌日报（记者李峰），载于 m.yybnet.net（金昌频道）", "2020-10-12", "day",
  "City daily via a regional news portal, Gansu: an agricultural-products processing and cold-chain logistics park under construction — provincial key project signed at a trade fair, groundbreaking date, investment completed, investor group, total estimated investment, three phases and phase-1 area and buildings",
  "https://m.yybnet.net/jinchang/news/202010/10920364.html",
  "日期取页面“金昌日报 2020-10-12 09:46”（该行已删；文中“10月5日”为记者走访日）。标题照录；页面“新闻推荐”等已删。正文三段，完整。园区/项目：金昌·江楠农产品加工冷链物流园（甘肃金昌；“现代农产品交易批发市场和加工物流园”）——既是园区也是项目，园区条目列可选；项目“金昌·江楠农产品加工冷链物流园项目”不在其他园区内，park 记 null。项目状态：“正在加紧施工”、6月30日奠基施工→在建（“兰治会重点签约项目”另记 note）。投资：“项目概算总投资16亿元”；已完成投资9000万元（project 事实，cumulative）。公司：广州江楠集团（投资方，园外企业，park null）。一期占地542亩（可选）。",
  "qj06"),
 parks=[
  park(JC, "金昌", "甘肃", "农产品加工冷链物流园", F1, opt=True, note="项目本身即物流园；“现代农产品交易批发市场和加工物流园”"),
 ],
 companies=[
  comp("广州江楠集团", None, F1, note="投资方（广州）"),
 ],
 projects=[
  proj("金昌·江楠农产品加工冷链物流园项目", None, F2, companies=["广州江楠集团"], inv="项目概算总投资16亿元", status="在建", status_text="正在加紧施工",
       note="2020年省列重大项目；兰治会重点签约项目；2020年6月30日奠基施工；计划分三期建设；项目即园区本身，未置于其他园区"),
 ],
 aggregate_facts=[
  fact("金昌·江楠农产品加工冷链物流园项目", "project", "investment_completed_cny", 9e7, "cny", F0, "2020年10月5日", kind="cumulative", chk=True),
  fact("金昌·江楠农产品加工冷链物流园项目", "project", "phase1_site_area_mu", 542, "mu", F2, "2020年10月", opt=True),
 ])

# ---------------------------------------------------------------- qj07 石家庄 农业园区建设 (河北日报 2022)
LC = "栾城同福现代农业产业园"
LQ = "鹿泉区高端乳品园区"
JZ = "晋州市优质生猪示范园区"
LSH = "灵寿县太行天宝现代农业(中药材种苗)园区"
H0 = "积极推进栾城同福现代农业产业园建设,年内完成投资8.5亿元"
H1 = "加快鹿泉区高端乳品园区建设,推动君乐宝君诚年产5万吨婴幼儿配方乳粉项目生产许可和顺利投产"
H2 = "与双鸽集团合作,加快晋州市优质生猪示范园区建设,年内生猪出栏达到3万头,新增产值2000万元"
H3 = "平山、行唐、赞皇、正定等4个君乐宝千头家庭牧场建设,总投资1.2亿元,今年投资1亿元,石家庄市财政安排1000万元专项支持,确保年内投产"
H4 = "赞皇县药用酸枣产业项目建设,总投资10.7亿元,力争打造全国最大的酸枣仁加工聚集区"
H5 = "与北京中医药大学合作建设灵寿县太行天宝现代农业(中药材种苗)园区,总投资1.9亿元,年投资4000万元,4年内建成"
AS7 = "2022年（计划）"
G["qj07"] = dict(
 article=art("2022年石家庄市全力推进农业园区建设 年内完成投资8.5亿元", "河北日报（记者郝东伟），载于 news.yktworld.com", "2022-03-22", "day",
  "Provincial daily via a news portal, Hebei: a provincial capital's 2022 plan for agricultural parks — a modern agricultural industrial park's planned annual investment, a dairy park with a formula-milk project, a hog park with a partner group, family dairy farms, a jujube-seed processing project and a herbal-seedling park with investments and timelines",
  "http://news.yktworld.com/china/2022032208534016435070.html",
  "日期取页面“发布日期: 2022-03-22 20:46:59 来源: 河北日报”（该行已删）。标题照录；“标签”行与页脚已删。正文四段，完整；署名“(记者郝东伟)”在文末，照录。全文为2022年计划（年内/今年/力争），金额与产量均按计划数处理。园区：栾城同福现代农业产业园（栾城区）；鹿泉区高端乳品园区（鹿泉区）；晋州市优质生猪示范园区（晋州市）；灵寿县太行天宝现代农业(中药材种苗)园区（灵寿县）；均在石家庄，河北。正定高端蔬菜生产区等示范带片区、“晋州市周家庄等24个重点园区”不列园区。项目：君乐宝君诚年产5万吨婴幼儿配方乳粉项目（鹿泉区高端乳品园区；“推动…顺利投产”为目标，无状态）；君乐宝千头家庭牧场（4个，分布平山、行唐、赞皇、正定，未在园区，park null；总投资1.2亿元；“确保年内投产”，无状态）；赞皇县药用酸枣产业项目（county，park null；总投资10.7亿元）；灵寿县太行天宝现代农业(中药材种苗)园区（园区开发项目，与北京中医药大学合作；总投资1.9亿元；4年内建成；项目即园区本身，park null）。公司：君乐宝（可选）、双鸽集团（晋州生猪园区合作方）。事实：栾城同福园年内完成投资8.5亿元（target）；晋州生猪出栏3万头、新增产值2000万元（target，可选）；君乐宝牧场今年投资1亿元、市财政1000万元（target，可选）；太行天宝年投资4000万元（target，可选）；市财政奖补500万元（可选）。河北省农业农村厅农业结构调整办、北京中医药大学列可选机构。",
  "qj07"),
 parks=[
  park(LC, "石家庄", "河北", "现代农业产业园", H0, district="栾城区"),
  park(LQ, "石家庄", "河北", "农业园区（乳品）", H1, district="鹿泉区"),
  park(JZ, "石家庄", "河北", "农业示范园区（生猪）", H2, district="晋州市"),
  park(LSH, "石家庄", "河北", "现代农业园区（中药材种苗）", H5, district="灵寿县", note="与北京中医药大学合作建设"),
 ],
 companies=[
  comp("双鸽集团", JZ, H2, note="晋州市优质生猪示范园区合作方"),
  comp("君乐宝", None, H3, opt=True, note="又见“君乐宝君诚”（项目名中）；千头家庭牧场与乳粉项目的企业"),
 ],
 institutions=[
  inst("河北省农业农村厅农业结构调整办", "从河北省农业农村厅农业结构调整办获悉"),
  inst("北京中医药大学", H5, kind="university", note="太行天宝园区合作方"),
 ],
 projects=[
  proj("君乐宝君诚年产5万吨婴幼儿配方乳粉项目", LQ, H1, companies=["君乐宝"], note="推动生产许可和顺利投产（2022年目标）；文中无状态词"),
  proj("君乐宝千头家庭牧场", None, H3, companies=["君乐宝"], inv="总投资1.2亿元", note="4个，位于平山、行唐、赞皇、正定；确保2022年内投产；今年投资1亿元"),
  proj("赞皇县药用酸枣产业项目", None, H4, inv="总投资10.7亿元", note="县内项目；力争打造全国最大的酸枣仁加工聚集区"),
  proj(LSH, None, H5, inv="总投资1.9亿元", note="园区开发项目（即园区本身）；与北京中医药大学合作；年投资4000万元，4年内建成"),
 ],
 aggregate_facts=[
  fact(LC, "park", "planned_annual_investment_cny", 8.5e8, "cny", H0, AS7, kind="target", chk=True),
  fact(JZ, "park", "hogs_marketed_head", 30000, "head", H2, AS7, kind="target", opt=True),
  fact(JZ, "park", "new_output_cny", 2e7, "cny", "年内生猪出栏达到3万头,新增产值2000万元", AS7, kind="target", opt=True, chk=True),
  fact("君乐宝千头家庭牧场", "project", "planned_annual_investment_cny", 1e8, "cny", "今年投资1亿元,石家庄市财政安排1000万元专项支持", AS7, kind="target", opt=True, chk=True),
  fact("君乐宝千头家庭牧场", "project", "municipal_fiscal_support_cny", 1e7, "cny", "石家庄市财政安排1000万元专项支持", AS7, kind="target", opt=True, chk=True),
  fact(LSH, "park", "planned_annual_investment_cny", 4e7, "cny", "年投资4000万元,4年内建成", AS7, kind="target", opt=True, chk=True),
  fact("石家庄市", "region", "fiscal_subsidy_cny", 5e6, "cny", "石家庄市财政安排资金500万元,重点奖补正定高端蔬菜生产区", AS7, kind="target", opt=True, chk=True),
 ])
