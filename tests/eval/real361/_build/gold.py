# real361 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real52: evidence verbatim (all eight items simplified script as published); names as written in
# the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); an amount not written as digits+亿元/万元
# (“3.7亿多元”, “1个亿”) is kept in a fact whose metric does not end in _cny. Growth rates and shares as ratios. Projects: the
# park is the one the text places the project in, null if none (a county or district is not a park). Status from the text's
# words (投产 → 投产; 正在建设 / 正在施工 / 安装 → 在建; 签约 → 签约). “预计” / “力争” / “可形成” figures are kind target; “累计”
# figures cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/ovNN.raw as returned.

# ---------------------------------------------------------------- ov01 玉柴工业园今朝蓄势再出发 (玉林晚报 2016)
YC = "玉柴工业园"
XC = "玉柴产业新城"
A1 = "目前,入园企业73个、项目108个,项目合同总投资197.47亿元,玉柴工业园2015年工业总产值达到495.12亿元,占全市工业总产值的三分之一"
A2 = "玉柴产业新城规划面积10957亩,目前已初步完成一期2817亩土地征地、拆迁工作,确定第一批11家企业进入产业新城"
AS1 = "2016年1月"
G["ov01"] = dict(
 article=art("玉柴工业园今朝蓄势再出发", "玉林晚报，载于 yybnet.net（地方网·陆川新闻栏；存段无署名）", "2016-01-15", "day",
  "City evening paper via a regional news site, Guangxi (玉林): an industrial park's Twelfth Five-Year review — firms and projects entered, contract investment, 2015 industrial output and its share of the city, a park-in-park (玉柴产业新城) with area, land acquired and first firms",
  "https://www.yybnet.net/yulin/luchuan/201601/1327807.html",
  "日期取页面“来源:玉林晚报 2016-01-15 18:41”。标题照录；栏目导航、来源行已删。首段开头为图片说明（“玉柴工业园被国家工信部授予\"国家新型工业化产业示范基地\"玉柴产业新城入城投资协议书签约仪式。玉柴产业新城工地近照。 ▲玉柴动力公司\"8S\"管理生产车间。玉柴产业新城鸟瞰图”）与正文连排，已切去（make_txt.py LINE_PREFIX），正文自“一台台挖掘机忙碌作业”起。存段末段“就玉柴工业园的建设,市委书记王凯强调,…也是玉林”在句中中断，整段删去，正文截至“…水、电、路基础设施配套建设。”，共四段。园区：玉柴工业园（玉林市，广西；文中又作“玉柴工业园园区”；区县未说）；玉柴产业新城为其“园中园”（parent 玉柴工业园）。“玉柴”只在“服务玉柴”等语中出现（玉柴集团），列可选公司。事实：入园企业73个、项目108个、项目合同总投资197.47亿元（“目前”，reported）；2015年工业总产值495.12亿元；占全市工业总产值三分之一（ratio，可选）；产业新城规划面积10957亩、一期征地2817亩（可选）、第一批11家企业。",
  "ov01"),
 parks=[
  park(YC, "玉林", "广西", "工业园", A1, note="文中又作“玉柴工业园园区”；区县未说"),
  park(XC, "玉林", "广西", "园中园（产业新城）", "谋划建设园中园——玉柴产业新城", parent=YC, note="玉柴工业园的园中园"),
 ],
 companies=[
  comp("玉柴", YC, "全力服务玉柴,充分发挥放大玉柴的影响力和聚积力", opt=True, note="即玉柴集团（文中只作“玉柴”）；园区以其命名"),
 ],
 projects=[],
 aggregate_facts=[
  fact(YC, "park", "firms", 73, "count", A1, AS1),
  fact(YC, "park", "projects", 108, "count", A1, AS1),
  fact(YC, "park", "contract_investment_cny", 1.9747e10, "cny", "项目合同总投资197.47亿元", AS1, chk=True),
  fact(YC, "park", "industrial_output_cny", 4.9512e10, "cny", "玉柴工业园2015年工业总产值达到495.12亿元", "2015年", chk=True),
  fact(YC, "park", "industrial_output_share_of_city", 1/3, "ratio", "占全市工业总产值的三分之一", "2015年", kind="ratio", opt=True),
  fact(XC, "park", "planned_area_mu", 10957, "mu", A2, AS1),
  fact(XC, "park", "phase1_land_acquired_mu", 2817, "mu", A2, AS1, opt=True),
  fact(XC, "park", "firms_first_batch", 11, "count", A2, AS1),
 ])

# ---------------------------------------------------------------- ov02 百色新山铝产业示范园区 (压铸网 2012)
XS = "百色新山铝产业示范园区"
B1 = "该项目计划投资30亿元,利用5年时间在园区分两期建设年产50万吨铝深加工项目,一期投资16亿元,建设年产20万吨的铝材产品,投产后年销售收入50亿元,利税6.5亿元"
B2 = "目前,广银铝业一期已累计完成投资3.5亿元,预计年底可累计完成投资7亿元;该项目一号厂房从法国进口的立式氧化车间已经开始安装,二号厂房的挤压大型设备也陆续进厂安装,预计年底前就可完成安装调试并试产"
B3 = "百色新山铝产业示范园规划占地面积13.68平方公里,计划总投资250亿元,项目完成后,年工业产值达270亿元,年税收达21亿元,并可新增6500个就业岗位"
AS2 = "2012年7月"
G["ov02"] = dict(
 article=art("百色新山铝产业示范园区各项建设如火如荼", "压铸网（yzw.cc；原发媒体与署名未注明）", "2012-07-20", "day",
  "Trade portal relaying a county item, Guangxi (百色 田阳县): an aluminium industry demonstration park — its lead firm's two-phase project with planned investment, phase-1 investment and cumulative spending, equipment installation and trial production date, the park's area, planned investment and expected output, tax and jobs",
  "http://www.yzw.cc/news/201207/20/62821.html",
  "日期取页面“2012-07-20来源:压铸网”。标题照录；“客服热线”行、来源行与“核心摘要”行（正文首句的截断重复）已删。存段末句“目前,已有广银铝业、中金公司、奋城机械、烁城纸业、广西苏源投资股份有限公司投资的煤热电铝一体化项目等近30家企业签约进驻,合”在句中中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…的模式进行开发建设。”，共三段。园区：百色新山铝产业示范园区（文中又作“百色新山铝产业示范园”“园区”；百色市田阳县，广西）。公司：广银铝业（首批进驻，在园）。项目：广银铝业“年产50万吨铝深加工项目”（文中又作“广银铝业项目”），计划投资30亿元，分两期；一期投资16亿元（年产20万吨铝材），设备正在安装、预计年底试产→在建；一期另列为可选项目。事实：一期累计完成投资3.5亿元（cumulative，项目）；预计年底累计7亿元、投产后年销售收入50亿元、利税6.5亿元（target，项目）；园区规划面积13.68平方公里、计划总投资250亿元、年工业产值270亿元、年税收21亿元、新增就业6500个（规划/预期，target）。",
  "ov02"),
 parks=[
  park(XS, "百色", "广西", "产业示范园区（铝）", "不断优化对进驻百色新山铝产业示范园区企业项目的服务工作", district="田阳县",
       aliases=["百色新山铝产业示范园"], note="文中又作“园区”；2009年11月开工建设；市县共管"),
 ],
 companies=[
  comp("广银铝业", XS, "广银铝业是首批进驻百色新山铝产业示范园区的自治区统筹推进重大企业项目之一", note="首批进驻企业"),
 ],
 projects=[
  proj("年产50万吨铝深加工项目", XS, B1, companies=["广银铝业"], inv="计划投资30亿元", status="在建", status_text="已经开始安装",
       aliases=["广银铝业项目"], note="分两期；一期设备安装中，预计2012年底前安装调试并试产"),
  proj("广银铝业一期", XS, "一期投资16亿元,建设年产20万吨的铝材产品", companies=["广银铝业"], inv="一期投资16亿元", phase="一期",
       status="在建", status_text="已经开始安装", opt=True, note="年产20万吨铝材；文中作“广银铝业一期”"),
 ],
 aggregate_facts=[
  fact("年产50万吨铝深加工项目", "project", "investment_completed_cny", 3.5e8, "cny", "广银铝业一期已累计完成投资3.5亿元", AS2, kind="cumulative", chk=True, note="一期累计完成投资"),
  fact("年产50万吨铝深加工项目", "project", "investment_completed_cny", 7e8, "cny", "预计年底可累计完成投资7亿元", "2012年底（预计）", kind="target", opt=True, chk=True),
  fact("年产50万吨铝深加工项目", "project", "expected_annual_revenue_cny", 5e9, "cny", "投产后年销售收入50亿元,利税6.5亿元", "投产后（预期）", kind="target", chk=True, note="一期投产后"),
  fact("年产50万吨铝深加工项目", "project", "expected_annual_profit_tax_cny", 6.5e8, "cny", "利税6.5亿元", "投产后（预期）", kind="target", chk=True),
  fact(XS, "park", "planned_area_km2", 13.68, "km2", B3, AS2),
  fact(XS, "park", "planned_investment_cny", 2.5e10, "cny", "计划总投资250亿元,项目完成后,年工业产值达270亿元", "规划", kind="target", chk=True),
  fact(XS, "park", "expected_annual_output_cny", 2.7e10, "cny", "年工业产值达270亿元,年税收达21亿元", "建成后（预期）", kind="target", chk=True),
  fact(XS, "park", "expected_annual_tax_cny", 2.1e9, "cny", "年税收达21亿元", "建成后（预期）", kind="target", chk=True),
  fact(XS, "park", "expected_new_jobs", 6500, "count", B3, "建成后（预期）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- ov03 梧州深度融入粤港澳大湾区 (广西日报 2019)
ZS = "梧州再生资源加工园区"
YG = "梧州粤桂合作特别试验区"
HT = "梧州市鸿图精密压铸有限公司"
FG = "梧州丰冠新能源有限公司"
C1 = "作为梧州再生资源加工园区内港资企业,鸿图公司去年营业收入同比增长27.9%"
C2 = "该公司去年底实现投产,今年一季度已达到自治区工业企业上规标准,1-5月产值3900万元,力争今年完成产值2亿元"
G["ov03"] = dict(
 article=art("全力“东融”展现“东大门”作为 ――梧州深度融入粤港澳大湾区观察", "广西日报（广西新闻网-广西日报记者潘登，通讯员杨涛、杨远航），载于 yuleba.org", "2019-07-01", "day",
  "Provincial daily's feature relayed by a news aggregator, Guangxi (梧州): a city's links with the Greater Bay Area — a Hong Kong-funded die-caster in a recycling park with revenue growth, a cross-provincial cooperation zone and a firm there with production start, output and output target",
  "https://www.yuleba.org/a/35-39971-0.html",
  "日期取页面“时间:2019-07-01 20:10:08 来源:广西新闻网-广西日报”。标题取文中主题与副题（“全力“东融”展现“东大门”作为”“――梧州深度融入粤港澳大湾区观察”，以空格相连）；导航行、页面标题行、时间行与署名行“广西新闻网-广西日报记者潘登通讯员杨涛杨远航”已删。存段末句“作为两广“联姻”在句中中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“这是梧州市积极融入大湾区引进企业的成功案例。”，含小标题一行，共七段。园区：梧州再生资源加工园区（鸿图公司所在）；梧州粤桂合作特别试验区（文中作“横跨东西部省际流域合作试验区――梧州粤桂合作特别试验区”）。公司：梧州市鸿图精密压铸有限公司（又作“鸿图公司”，港资，在再生资源加工园区）；梧州丰冠新能源有限公司（路灯制造，文中紧接试验区描写，园区由语境推定为试验区）。事实：鸿图去年（2018年）营业收入增长27.9%（ratio）；丰冠1-5月产值3900万元（cumulative）；力争全年产值2亿元（target）。“外来投资项目中有60%以上来自粤港澳地区”为全市数，列可选 region 事实。",
  "ov03"),
 parks=[
  park(ZS, "梧州", "广西", "产业园区（再生资源）", C1),
  park(YG, "梧州", "广西", "合作试验区", "走进全国唯一的横跨东西部省际流域合作试验区――梧州粤桂合作特别试验区", note="跨广东肇庆与广西梧州的省际合作区（梧州片区）"),
 ],
 companies=[
  comp(HT, ZS, "每个季度,梧州市鸿图精密压铸有限公司董事长冯就图都会乘坐高铁,往返广东和梧州数次", aliases=["鸿图公司"], note="港资企业，在梧州再生资源加工园区"),
  comp(FG, YG, "梧州丰冠新能源有限公司董事长曹小飞介绍,该公司去年底实现投产", note="园区由语境推定为粤桂合作特别试验区"),
 ],
 projects=[],
 aggregate_facts=[
  fact(HT, "company", "revenue_yoy_growth", 0.279, "ratio", C1, "2018年", kind="ratio"),
  fact(FG, "company", "output_cny", 3.9e7, "cny", "1-5月产值3900万元,力争今年完成产值2亿元", "2019年1–5月", kind="cumulative", chk=True),
  fact(FG, "company", "output_target_cny", 2e8, "cny", "力争今年完成产值2亿元", "2019年全年（目标）", kind="target", chk=True),
  fact("梧州", "region", "investment_projects_share_from_gba", 0.6, "ratio", "在梧州引进的外来投资项目中,有60%以上来自粤港澳地区", "2019年", kind="ratio", qual="超", qtext="以上", opt=True),
 ])

# ---------------------------------------------------------------- ov04 贺州华润循环经济产业示范区 (广西日报 2022)
HR = "贺州华润循环经济产业示范区"
D1 = "通过推行“热电联供”的发展模式,规划建设了绿色食品加工产业园、医药健康和乳胶制品产业园、绿色建材产业园3个“园中园”"
D2 = "示范区已建成蒸汽管道7.2公里,年供汽能力达176万吨,引进了10余家用汽企业,企业建成达产后预计每年使用华润电厂蒸汽超过100万吨,节约能耗12万吨标煤"
G["ov04"] = dict(
 article=art("贺州推动全产业链绿色化转型发展 不断为产业发展注入源头活水", "广西日报，载于 news.cncjw.com.cn（中国财经网“精华推荐”栏；存段无署名）", "2022-08-15", "day",
  "Provincial daily relayed by a finance portal, Guangxi (贺州): a circular-economy demonstration zone around a power plant — a firm using its steam, three parks-in-park, steam network and capacity, firms introduced, expected steam use and energy saving; a degradable-materials project under construction in a district",
  "http://news.cncjw.com.cn/jinghuatuijian/2022/0815/65192.html",
  "日期取页面“时间:2022-08-15 09:24:09来源:广西日报”。标题照录；时间来源行已删。存段末句“按照计划,该项目第一个洗矿车间将在今年9月”在句中中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…“碳中和”赛道上。”，共七段。第四段“去年4月,视察广西时强调”缺主语、第六段“桂区黄田镇东水村”（当为“平桂区”）均原文如此，照录。园区：贺州华润循环经济产业示范区（文中又作“华润循环经济产业示范区”“示范区”；贺州市，广西；区县未说）；绿色食品加工产业园、医药健康和乳胶制品产业园、绿色建材产业园为规划建设的3个“园中园”（parent 示范区，可选）。公司：康信德公司（示范区引进的用能企业）；华润电厂（示范区内，可选）。项目：贺州市降解新材料全产业链项目（“正在开足马力建设”→在建；位于“桂区黄田镇”，园区未说，park null）。事实：蒸汽管道7.2公里、年供汽能力176万吨（可选）、引进10余家用汽企业；预计年用汽超100万吨、节能12万吨标煤（target，可选）；华润电厂年可供蒸汽300多万吨（可选）。",
  "ov04"),
 parks=[
  park(HR, "贺州", "广西", "循环经济产业示范区", "8月8日,贺州华润循环经济产业示范区的康信德公司生产车间里", aliases=["华润循环经济产业示范区"],
       note="文中又作“示范区”；以华润电厂热电联供为依托"),
  park("绿色食品加工产业园", "贺州", "广西", "园中园", D1, parent=HR, opt=True, note="规划建设的园中园"),
  park("医药健康和乳胶制品产业园", "贺州", "广西", "园中园", D1, parent=HR, opt=True, note="规划建设的园中园"),
  park("绿色建材产业园", "贺州", "广西", "园中园", D1, parent=HR, opt=True, note="规划建设的园中园"),
 ],
 companies=[
  comp("康信德公司", HR, "康信德公司是该示范区引进的用能企业之一"),
  comp("华润电厂", HR, "示范区内的华润电厂每年可提供300多万吨蒸汽资源", opt=True, note="热电联供的电厂"),
 ],
 projects=[
  proj("贺州市降解新材料全产业链项目", None, "桂区黄田镇东水村一个山坳里,贺州市降解新材料全产业链项目正在开足马力建设", status="在建", status_text="正在开足马力建设",
       note="位于“桂区”（平桂区）黄田镇；园区未说"),
 ],
 aggregate_facts=[
  fact(HR, "park", "steam_pipeline_km", 7.2, "km", D2, "2022年8月", opt=True),
  fact(HR, "park", "steam_supply_capacity_t", 1.76e6, "t/yr", D2, "2022年8月", opt=True),
  fact(HR, "park", "firms_introduced", 10, "count", D2, "2022年8月", qual="余", qtext="余", note="用汽企业"),
  fact(HR, "park", "expected_steam_use_t", 1e6, "t/yr", D2, "达产后（预计）", kind="target", qual="超", qtext="超过", opt=True),
  fact(HR, "park", "energy_saving_tce", 1.2e5, "tce/yr", D2, "达产后（预计）", kind="target", opt=True),
  fact("华润电厂", "company", "steam_supply_t", 3e6, "t/yr", "示范区内的华润电厂每年可提供300多万吨蒸汽资源", "2022年", qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- ov05 罗城 牛毕港工业园 (中新网广西 2022)
NB = "牛毕港工业园"
E1 = "广西河池市2022年第一季度重大项目集中开工仪式在罗城仫佬族自治县牛毕港工业园举行,罗城集中开工项目5个,总投资约25亿元(人民币,下同)"
E2 = "当日同时举行罗城招商引资项目集中签约仪式,集中签约项目8个,总投资81亿元"
AS5 = "2022年1月10日"
G["ov05"] = dict(
 article=art("广西罗城招商引资实现开门红 牛毕港工业园开园", "中新网广西（杨志雄 杨卉）", "2022-01-11", "day",
  "Regional channel of a national news agency, Guangxi (河池 罗城): a city's first-quarter groundbreaking held in a county's new industrial park — the county's projects started and signed with totals, the county's resources and investment incentives",
  "http://www.gx.chinanews.com.cn/cj/2022-01-11/detail-ihausqcy0630926.shtml",
  "日期取页面“发表时间:2022-01-11 18:48:16来源:中新网广西”（电头1月10日）。标题照录；导航、字号、发表时间行与“摘要提示”（导语重复）已删；两则图片说明（“图为签约仪式现场。彭良飞 摄”“开工奠基仪式现场。杨卉 摄”）已删。存段末句“深化“一窗通办”…大力优化营”在句中中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…有关工业园区开发的优惠政策。”，共三段。园区：牛毕港工业园（罗城仫佬族自治县，河池市，广西；标题称“开园”）。开工、签约项目均未点名；5个开工项目（约25亿元）与8个签约项目（81亿元）为罗城县数（subject 罗城，region），文中未说它们位于该园。县域资源数字（森林面积等）不计。",
  "ov05"),
 parks=[
  park(NB, "河池", "广西", "工业园", E1, district="罗城仫佬族自治县", note="标题称“开园”"),
 ],
 companies=[],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact("罗城", "region", "projects_started", 5, "count", E1, AS5),
  fact("罗城", "region", "projects_started_investment_cny", 2.5e9, "cny", "罗城集中开工项目5个,总投资约25亿元", AS5, qual="约", qtext="约", chk=True),
  fact("罗城", "region", "projects_signed", 8, "count", E2, AS5),
  fact("罗城", "region", "signed_investment_cny", 8.1e9, "cny", "集中签约项目8个,总投资81亿元", AS5, chk=True),
 ])

# ---------------------------------------------------------------- ov06 来宾 “十三五” (北部湾在线 2021)
ZP = "广西中沛电子信息产业园"
HN = "来宾市河南工业园区"
ZT = "广西兆拓电子科技有限公司"
F1 = "这个产业园是自治区重点发展的“双百双新”产业项目,是来宾市实施“东融”战略,承接“湾企入桂”的重要平台,规划打造新一代电子信息产业集群,建成达产后可形成产值达55亿元"
F2 = "据统计,来宾市2015至2020年,全市生产总值由478.59亿元增至705.72亿元,增长了47.5%"
G["ov06"] = dict(
 article=art("“十三五”期间来宾市转型升级成效凸显 全市生产总值超700亿元", "北部湾在线（广西广播电视台 bbrtv.com，“开局十四五 奋进新征程”栏；存段无署名）", "2021-09-04", "day",
  "Provincial broadcaster's website, Guangxi (来宾): a city's Thirteenth Five-Year review — an electronics park under construction (a key project) with expected output, an electronics firm in another industrial park with expected output and growth, the city's GDP then and now",
  "http://bbrtv.com/2021/0904/672026.html",
  "日期取网址 2021/0904。标题照录；栏目题“【开局十四五 奋进新征程】”已删。存段末句“来宾市工业和信息化局党组书记”在句中中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…增长了47.5%。”，共四段（首段为导语）。园区：广西中沛电子信息产业园（来宾市，广西；自治区“双百双新”产业项目，二期在施工）；来宾市河南工业园区（兆拓所在）。广西中沛电子信息产业园同时是项目（“这个产业园是…产业项目”；二期正在施工→在建），项目另列，园区 null，可选。公司：广西兆拓电子科技有限公司（河南工业园区）；来宾市高投发展集团有限公司（中沛产业园施工方/开发方，可选，park null）。事实：中沛产业园达产后产值55亿元（target）；兆拓今年产值预计“1个亿”（target；非“亿元”写法，metric 不带 _cny）、年增30%（target，可选）；来宾市生产总值2015年478.59亿元（可选）、2020年705.72亿元、增长47.5%（region）。",
  "ov06"),
 parks=[
  park(ZP, "来宾", "广西", "产业园（电子信息）", "在来宾市广西中沛电子信息产业园,处处可见一派火热的建设场面", note="自治区“双百双新”产业项目；二期在施工"),
  park(HN, "来宾", "广西", "工业园区", "而来宾市河南工业园区的广西兆拓电子科技有限公司"),
 ],
 companies=[
  comp(ZT, HN, "而来宾市河南工业园区的广西兆拓电子科技有限公司"),
  comp("来宾市高投发展集团有限公司", None, "来宾市高投发展集团有限公司工程中心经理龙越峰", opt=True, note="中沛产业园建设方（由语境推定）"),
 ],
 projects=[
  proj(ZP, None, "这个正在施工的是二期", status="在建", status_text="正在施工", phase="二期", opt=True,
       note="产业园本身即“双百双新”产业项目；二期在施工，计划次年7月竣工验收"),
 ],
 aggregate_facts=[
  fact(ZP, "park", "expected_annual_output_cny", 5.5e9, "cny", "建成达产后可形成产值达55亿元", "达产后（预期）", kind="target", chk=True),
  fact(ZT, "company", "expected_annual_output", 1e8, "cny", "我们今年(产值预计)到1个亿", "2021年全年（预计）", kind="target", note="“1个亿”"),
  fact(ZT, "company", "expected_output_growth", 0.30, "ratio", "每年按照30%的速度增长", "今后每年（预期）", kind="target", opt=True),
  fact("来宾市", "region", "gdp_cny", 7.0572e10, "cny", "增至705.72亿元", "2020年", chk=True),
  fact("来宾市", "region", "gdp_cny", 4.7859e10, "cny", "全市生产总值由478.59亿元增至705.72亿元", "2015年", opt=True, chk=True),
  fact("来宾市", "region", "gdp_growth_2015_2020", 0.475, "ratio", F2, "2015–2020年", kind="ratio"),
 ])

# ---------------------------------------------------------------- ov07 鹿寨县经济开发区 汽配基地 (gxcounty 2016)
LZ = "鹿寨县经济开发区"
OL = "柳州欧仑催化有限公司"
H1 = "先后引进卡迪韦特公司年产100万辆汽车座椅纱套面料项目、欧仑催化公司年产10万套BM3消声排气系统项目、柳鹿东方公司年产100万套汽车塑料燃油箱项目、维安公司年产100万套汽车零部件项目、骏福公司汽车内外饰件项目、舜泽尔公司年产200万只碳罐项目等6家汽配企业,总投资3.7亿多元"
H2 = "10月欧仑催化公司首先投产;到12月底,6家企业投产了5家;另一家近期也将投产"
AS7 = "2015年12月底"
G["ov07"] = dict(
 article=art("[鹿寨县]汽配基地4个月投产 服务引进企业刷新速度", "gxcounty.com（广西县域经济网；记者/覃伟立 通讯员/赖建辉，原发媒体未注明）", "2016-01", "month",
  "County-economy portal, Guangxi (柳州 鹿寨县): an economic development zone turns reclaimed idle land into an auto-parts base — six named firms' projects, the first in production within four months, five of six in production, total investment, land buy-back cost",
  "http://m.gxcounty.com/show-20-118389-0.html",
  "存段无日期行。文中“2015年12月30日…说”“到12月底,6家企业投产了5家”，发布日当在2015年12月30日之后不久，记 2016-01（month，推定）。标题照录（含“[鹿寨县]”栏目标）。正文四段，完整（末句“…总投资3.7亿多元。”）。园区：鹿寨县经济开发区（文中照此写法；柳州市鹿寨县，广西）；“汽车零部件生产基地”为区内一宗地上的基地（泛称，不列园区）。公司：柳州欧仑催化有限公司（又作“欧仑催化公司”）及卡迪韦特公司、柳鹿东方公司、维安公司、骏福公司、舜泽尔公司，均在开发区。项目：六个汽配项目；欧仑催化公司年产10万套BM3消声排气系统项目“10月…首先投产”→投产；其余五个中四个已投产、一个“近期也将投产”，未指明哪家，状态不记（note）。六家“总投资3.7亿多元”为合计（“亿多元”非 digits+亿元 写法，metric 不带 _cny，qual 余）；县土地储备中心“出资约6000万元”回收闲置地（可选）。",
  "ov07"),
 parks=[
  park(LZ, "柳州", "广西", "经济开发区", "欧仑催化公司位于鹿寨县经济开发区内一宗被闲置数年的土地上", district="鹿寨县"),
 ],
 companies=[
  comp(OL, LZ, "2015年12月30日,柳州欧仑催化有限公司车间经理邓木生说", aliases=["欧仑催化公司"]),
  comp("卡迪韦特公司", LZ, H1),
  comp("柳鹿东方公司", LZ, H1),
  comp("维安公司", LZ, H1),
  comp("骏福公司", LZ, H1),
  comp("舜泽尔公司", LZ, H1),
 ],
 institutions=[
  inst("县土地储备中心", "县土地储备中心出资约6000万元回收该闲置土地及土地上不动产", note="鹿寨县土地储备中心"),
 ],
 projects=[
  proj("卡迪韦特公司年产100万辆汽车座椅纱套面料项目", LZ, H1, companies=["卡迪韦特公司"], note="六家中五家已投产，未指明哪家"),
  proj("欧仑催化公司年产10万套BM3消声排气系统项目", LZ, H1, companies=[OL], status="投产", status_text="首先投产", note="2015年10月投产"),
  proj("柳鹿东方公司年产100万套汽车塑料燃油箱项目", LZ, H1, companies=["柳鹿东方公司"], note="同上"),
  proj("维安公司年产100万套汽车零部件项目", LZ, H1, companies=["维安公司"], note="同上"),
  proj("骏福公司汽车内外饰件项目", LZ, H1, companies=["骏福公司"], note="同上"),
  proj("舜泽尔公司年产200万只碳罐项目", LZ, H1, companies=["舜泽尔公司"], note="同上"),
 ],
 aggregate_facts=[
  fact(LZ, "park", "firms_introduced", 6, "count", H1, AS7, note="汽配企业（汽车零部件生产基地）"),
  fact(LZ, "park", "firms_in_production", 5, "count", H2, AS7, note="六家汽配企业中"),
  fact(LZ, "park", "projects_total_investment", 3.7e8, "cny", "6家汽配企业,总投资3.7亿多元", AS7, qual="余", qtext="多", note="“3.7亿多元”"),
  fact("县土地储备中心", "institution", "land_buyback_cny", 6e7, "cny", "县土地储备中心出资约6000万元回收该闲置土地", "2014年底", qual="约", qtext="约", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- ov08 桂林 东博会签约 (桂林日报 2022)
GL = "桂林"
K1 = "本届东博会期间,我市共签约招商引资项目57个,项目投资总额达581.13亿元"
K2 = "投资额60亿元的经开区桂林电子电路产业园、投资额60亿元的阳朔县天意木国文化博览园、投资额50亿元的临桂区超硬材料产业园等为代表的一批大项目"
ASK = "2022年9月（第19届东博会期间）"
G["ov08"] = dict(
 article=art("今年东博会期间我市签约招商引资项目57个投资总额达581.13亿", "桂林日报（记者徐莹波 通讯员邱景），载于桂林生活网 news.guilinlife.com", "2022-09-29", "day",
  "City daily on the city portal, Guangxi (桂林): projects signed at the China–ASEAN Expo — count and total, manufacturing share, investor types, three named large projects with amounts (an electronic-circuit park in the economic development zone, a culture park in a county, a superhard-materials park in a district)",
  "http://news.guilinlife.com/article/4qgxb32621534ab3e309.html",
  "日期取页面“来源: 桂林生活网-桂林日报 2022-09-29 15:01:35”。标题取页面标题（“…581.13亿”无“元”，照录）；来源行与报纸版三行标题（“今年东博会期间 / 我市签约招商引资项目57个 / 投资总额达581.13亿元”）已删。存段末句“此外,东博会期间签约的项目…经多次调度及有关部门联合会”在句中中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…签约项目数量和投资总额均位居全区前列。”，共三段；第二段末“…增添新动能”无句号，原文如此。园区：“经开区”（即桂林经济技术开发区；文中只作“经开区”，可选）。项目（均为东博会期间签约→签约）：桂林电子电路产业园（60亿元，在经开区）；阳朔县天意木国文化博览园（60亿元，县，park null）；临桂区超硬材料产业园（50亿元，区，park null）。桂林电子电路产业园、临桂区超硬材料产业园本身是产业园，另列为可选园区。事实（subject 桂林，region）：签约项目57个、投资总额581.13亿元；制造业项目31个、投资额301.46亿元、占51.87%；“三类”500强4家、行业龙头和专精特新企业13家（可选）。市投资促进局列可选机构。",
  "ov08"),
 parks=[
  park("经开区", "桂林", "广西", "经济技术开发区", K2, opt=True, note="即桂林经济技术开发区（文中只作“经开区”）"),
  park("桂林电子电路产业园", "桂林", "广西", "产业园（电子电路）", K2, parent="经开区", opt=True, note="签约的产业园项目"),
  park("临桂区超硬材料产业园", "桂林", "广西", "产业园（超硬材料）", K2, district="临桂区", opt=True, note="签约的产业园项目"),
 ],
 companies=[],
 institutions=[
  inst("市投资促进局", "记者从市投资促进局获悉", note="桂林市投资促进局"),
 ],
 projects=[
  proj("桂林电子电路产业园", "经开区", K2, inv="投资额60亿元", status="签约", status_text="签约", note="东博会期间签约；位于经开区"),
  proj("阳朔县天意木国文化博览园", None, "投资额60亿元的阳朔县天意木国文化博览园", inv="投资额60亿元", status="签约", status_text="签约", note="阳朔县（县，不是园区）"),
  proj("临桂区超硬材料产业园", None, "投资额50亿元的临桂区超硬材料产业园", inv="投资额50亿元", status="签约", status_text="签约", note="临桂区（区，不是园区）"),
 ],
 aggregate_facts=[
  fact(GL, "region", "projects_signed", 57, "count", K1, ASK),
  fact(GL, "region", "signed_investment_cny", 5.8113e10, "cny", "项目投资总额达581.13亿元", ASK, chk=True),
  fact(GL, "region", "manufacturing_projects_signed", 31, "count", "制造业项目31个,投资额301.46亿元,占总投资额51.87%", ASK),
  fact(GL, "region", "manufacturing_signed_investment_cny", 3.0146e10, "cny", "投资额301.46亿元,占总投资额51.87%", ASK, chk=True),
  fact(GL, "region", "manufacturing_share_of_signed_investment", 0.5187, "ratio", "占总投资额51.87%", ASK, kind="ratio"),
  fact(GL, "region", "fortune500_class_investors", 4, "count", "项目投资企业涉及4家“三类”500强、13家行业龙头和专精特新企业", ASK, opt=True),
  fact(GL, "region", "leading_or_specialized_investors", 13, "count", "13家行业龙头和专精特新企业", ASK, opt=True),
 ])
