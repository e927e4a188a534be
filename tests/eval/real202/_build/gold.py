# real202 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence). Growth rates and shares as ratios. Projects: the park is the one the text
# places the project in, null if none (a county / district is a region, not a park). Status from the text's words
# (开工 / 动建 / 开工奠基 → 开工; 已投产 → 投产; 签约 / 累计签约 → 签约; 即将投产 / 主体施工过半 / 推动…建设 → 在建;
# 择期开建 / 计划…动工 → planned; 落户 / 落地 alone → no status). Logistics parks named as projects (“…物流园”) are projects;
# where the text treats one as a place (a park firms sit in) it is also a park. Sources are `search` (corpus pages)
# excerpts typed into _raw/pages/usNN.raw as returned.

# ---------------------------------------------------------------- us01 连江经济开发区 物流项目 (福州市交通运输局 2020)
LJ = "连江经济开发区"
A0 = "促进了永盛现代物流园、正祥海峡国际农产品物流园、普洛斯(连江)物流园、可门港物流等一批大项目、好项目接连落地"
A1 = "目前,连江经济开发区有物流项目11个,其中宏东水产品交易中心(电商)物流园、普洛斯物流园一期已投产,宏晟海产品冷链物流园、平安汽车物流园一号二号标准仓库等项目即将投产,正祥海峡国际农产品物流园、普洛斯物流园二期等3个项目已动建"
G["us01"] = dict(
 article=art("（无标题）连江经济开发区物流项目11个 一批物流园已投产、即将投产、已动建", "福州市交通运输局网站（fzjt.fuzhou.gov.cn，政务公开·城乡建设栏；存段无署名）", "2020-12-15", "day",
  "Municipal government (transport bureau) site, Fujian: a county development zone's logistics projects by stage — logistics parks in production, about to start production and under construction; the county's plan to become a logistics city",
  "https://fzjt.fuzhou.gov.cn/zwgk/cxjs/202012/t20201215_3828966.htm",
  "日期取网址 202012/t20201215。存段无标题、无日期行（title 为编者概括）；页尾“扫一扫在手机上查看当前页面”已删。正文两段，看来完整。园区：连江经济开发区（福州市连江县，福建）。项目：第二句“连江经济开发区有物流项目11个,其中…”所列各物流园归连江经济开发区：宏东水产品交易中心(电商)物流园、普洛斯物流园一期（已投产→投产）；宏晟海产品冷链物流园、平安汽车物流园一号二号标准仓库（即将投产→在建）；正祥海峡国际农产品物流园、普洛斯物流园二期（已动建→开工，status_alt 在建）。第一句的永盛现代物流园、普洛斯(连江)物流园、可门港物流只说在连江“接连落地”，无园区、无状态：永盛、可门港物流列为可选项目（园区 null）；普洛斯(连江)物流园作为“普洛斯物流园”的别名。普洛斯只在项目名中（可选公司）。事实：开发区物流项目11个（reported，2020年12月）；已动建3个（可选）。",
  "us01"),
 parks=[
  park(LJ, "福州", "福建", "经济开发区", A1, district="连江县"),
 ],
 companies=[
  comp("普洛斯", LJ, A1, opt=True, note="只在项目名“普洛斯物流园”“普洛斯(连江)物流园”中"),
 ],
 projects=[
  proj("宏东水产品交易中心(电商)物流园", LJ, A1, status="投产", status_text="已投产"),
  proj("普洛斯物流园一期", LJ, A1, companies=["普洛斯"], phase="一期", status="投产", status_text="已投产",
       aliases=["普洛斯(连江)物流园"], note="首句“普洛斯(连江)物流园”为同一物流园（不分期）"),
  proj("宏晟海产品冷链物流园", LJ, A1, status="在建", status_text="即将投产"),
  proj("平安汽车物流园一号二号标准仓库", LJ, A1, status="在建", status_text="即将投产", aliases=["平安汽车物流园"]),
  proj("正祥海峡国际农产品物流园", LJ, A1, status="开工", status_alt="在建", status_text="已动建",
       note="首句亦列为“接连落地”的项目"),
  proj("普洛斯物流园二期", LJ, A1, companies=["普洛斯"], phase="二期", status="开工", status_alt="在建", status_text="已动建"),
  proj("永盛现代物流园", None, A0, opt=True, note="只说在连江“接连落地”；园区未明说"),
  proj("可门港物流", None, A0, opt=True, note="同上；名称泛"),
 ],
 aggregate_facts=[
  fact(LJ, "park", "logistics_projects_count", 11, "count", "目前,连江经济开发区有物流项目11个", "2020年12月"),
  fact(LJ, "park", "projects_under_construction", 3, "count", "正祥海峡国际农产品物流园、普洛斯物流园二期等3个项目已动建", "2020年12月", opt=True),
 ])

# ---------------------------------------------------------------- us02 温州传化公路港开工 (中国物流与采购联合会网站 2016)
PQ = "潘桥国际物流园"
B0 = "昨天上午,温州传化公路港项目正式开工。项目总占地约520亩,位于瓯海区潘桥国际物流园福州路附近"
B1 = "主要布局瓯江口物流园区(保税)、乐清湾物流园区、潘桥物流园区、江南物流园区等综合性物流园区"
B2 = "作为瓯海区浙商回归重点项目,温州传化公路港由国内领先的公路物流业平台运营商传化物流投资建设"
B3 = "据了解,项目一期总占地131亩,计划投资7亿元"
G["us02"] = dict(
 article=art("温州传化公路港开工 投用后将集聚500余家物流企业", "中国物流与采购联合会网站（service.chinawuliu.com.cn 会员资讯；原出处存段未示，文称“昨天上午”）", "2016-04-27", "day",
  "Logistics trade association's site, Zhejiang: a road-freight hub (公路港) started in a city logistics park — site area, investor, phase-one investment and schedule, the city's planned logistics parks",
  "http://service.chinawuliu.com.cn/center/member/article/select.aspx?id=290",
  "日期取页面“2016-04-27”（文中“昨天上午”开工，当为4月26日，原载报纸未示）。标题照录；栏目字“新闻”与日期行已删。存段末句“根据传化…推算,温州项目投 用后,将集聚500余家物流企业,…缩减为平均6小时,车”在句中中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…整体提升温州物流业发展水平。”，共五段。页面原有的词中空格（“发展困 境”“投 用后”“依托 传化”“物流中心 功能区”“海西区 的”）与“围绕”“”“三大物流主体”的缺字照录。园区：潘桥国际物流园（温州市瓯海区，浙江；下文“潘桥物流园区”作别名）；规划布局的瓯江口物流园区(保税)、乐清湾物流园区、江南物流园区亦为园区。项目：温州传化公路港项目（正式开工→开工，园区潘桥国际物流园，传化物流投资建设；全项目无金额）；一期（计划投资7亿元，预计2017年建成）另列可选项目。公司：传化物流（在园区建设并运营公路港，园区记潘桥国际物流园）。事实：项目占地约520亩、一期131亩（可选）；标题“投用后将集聚500余家物流企业”为预期（target，可选）。",
  "us02"),
 parks=[
  park(PQ, "温州", "浙江", "物流园区", B0, district="瓯海区", aliases=["潘桥物流园区"], note="下文作“潘桥物流园区”"),
  park("瓯江口物流园区", "温州", "浙江", "物流园区（保税）", B1, note="规划布局；原文“瓯江口物流园区(保税)”"),
  park("乐清湾物流园区", "温州", "浙江", "物流园区", B1, note="规划布局"),
  park("江南物流园区", "温州", "浙江", "物流园区", B1, note="规划布局"),
 ],
 companies=[
  comp("传化物流", PQ, B2, note="投资建设温州传化公路港；园区由项目所在推定"),
 ],
 projects=[
  proj("温州传化公路港项目", PQ, B0, companies=["传化物流"], status="开工", status_text="正式开工", aliases=["温州传化公路港"],
       note="全项目占地约520亩，无总投资；一期计划投资7亿元另列"),
  proj("温州传化公路港一期", PQ, B3, companies=["传化物流"], inv="7亿元", phase="一期", opt=True,
       note="“项目一期…计划投资7亿元…预计到2017年,一期项目将全面建成使用”；状态随全项目开工，未单独说明"),
 ],
 aggregate_facts=[
  fact("温州传化公路港项目", "project", "land_area_mu", 520, "mu", "项目总占地约520亩", "2016年4月", qual="约", qtext="约", opt=True),
  fact("温州传化公路港一期", "project", "land_area_mu", 131, "mu", B3, "2016年4月", opt=True),
  fact("温州传化公路港项目", "project", "logistics_firms_expected", 500, "count", "投用后将集聚500余家物流企业", "投用后（预计）",
       kind="target", qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- us03 鄂州航空物流产业园 (wybstv 转腾讯网 2023)
EZ = "鄂州航空物流产业园"
LK = "鄂州临空经济区"
C0 = "鄂州航空物流产业园内度边电子一期精密制造厂房主体施工过半,一路之隔的富春网营物联物流用地平整完毕将择期开建"
C1 = "到目前,该园区已盘活土地资源约2900亩,招商签约落地的项目资金总计40亿元"
C2 = "鄂州航空物流产业园位于鄂州临空经济区,是由中交二航局、顺丰集团、中交一公院投资建设的湖北省重点项目"
C3 = "今年3月17日,度边电子精密制造开工奠基"
C4 = "明年上半年投产后,可实现汽车配件、电脑一体机、智能通讯终端精密金属组件的“鄂州制造”,一期年产2000万件、产值近5亿元"
G["us03"] = dict(
 article=art("总计40亿元的项目落地鄂州航空物流产业园", "wybstv.com.cn（焦点栏，“出处:腾讯网”；原载报纸未示）", "2023-08-11", "day",
  "Aggregator relaying a news portal, Hubei: an aviation-logistics park in an airport economic zone — land revitalised, signed project funds, a precision-manufacturing plant under construction, a logistics project to start, the park's developers",
  "http://www.wybstv.com.cn/jd/2023/0811/392313.html",
  "日期取页面“2023-08-11 13:24:00 出处:腾讯网”。标题照录（页面重复一次，已删）；导航、日期出处行与“(资料图片仅供参考)”已删。存段末段“同时,为进一步激发园区开发、产业招商,临空经济区不断优化政务服务流程,实”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…生态优良的临空新城。”，共五段。园区：鄂州航空物流产业园（母园区鄂州临空经济区，文中明说“位于鄂州临空经济区”；鄂州，湖北）；鄂州临空经济区（文中又作“临空经济区”）。项目：度边电子精密制造（一期厂房主体施工过半→在建；3月17日开工奠基→status_alt 开工；年底竣工、明年上半年投产；无投资额，“产值近5亿元”为预期产值，列事实）；富春网营物联物流（用地平整完毕将择期开建→planned）。公司：度边电子、富春网营在园区；投资建设园区的中交二航局、顺丰集团、中交一公院列为可选公司（园区记鄂州航空物流产业园）。事实：盘活土地约2900亩、签约落地项目资金总计40亿元（截至目前，cumulative）；规划面积约10平方公里（可选）；度边电子一期年产2000万件、产值近5亿元（target）。鄂州花湖机场为机场，不列园区。",
  "us03"),
 parks=[
  park(EZ, "鄂州", "湖北", "物流园区（航空物流产业园）", C2, parent=LK),
  park(LK, "鄂州", "湖北", "临空经济区", C2, aliases=["临空经济区"], note="末段作“临空经济区”"),
 ],
 companies=[
  comp("度边电子", EZ, C0),
  comp("富春网营", EZ, C0, note="“富春网营物联物流用地平整完毕将择期开建”"),
  comp("中交二航局", EZ, C2, opt=True, note="园区投资建设方；园区负责人属中交二航局"),
  comp("顺丰集团", EZ, C2, opt=True, note="园区投资建设方"),
  comp("中交一公院", EZ, C2, opt=True, note="园区投资建设方"),
 ],
 projects=[
  proj("度边电子精密制造", EZ, C3, companies=["度边电子"], status="在建", status_alt="开工", status_text="主体施工过半（3月17日开工奠基）",
       aliases=["度边电子一期精密制造厂房", "度边电子精密制造厂房"], phase="一期", note="年底竣工、明年上半年投产；无投资额"),
  proj("富春网营物联物流", EZ, C0, companies=["富春网营"], status="planned", status_text="用地平整完毕将择期开建"),
 ],
 aggregate_facts=[
  fact(EZ, "park", "signed_investment_cny", 4e9, "cny", C1, "2023年8月（截至目前）", kind="cumulative"),
  fact(EZ, "park", "land_revitalized_mu", 2900, "mu", C1, "2023年8月（截至目前）", kind="cumulative", qual="约", qtext="约"),
  fact(EZ, "park", "planned_area_km2", 10, "km2", "规划面积约10平方公里", "2023年", qual="约", qtext="约", opt=True),
  fact("度边电子", "company", "projected_output_value_cny", 5e8, "cny", C4, "投产后（一期，预计）", kind="target", qual="约", qtext="近"),
  fact("度边电子", "company", "projected_annual_units", 2e7, "pieces", C4, "投产后（一期，预计）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- us04 南宁临空经济示范区 第十二届中国临空经济论坛 (cbic 2021)
NN = "南宁临空经济示范区"
D0 = "南宁经济技术开发区管理委员会、广西民航产业发展有限公司协办的第十二届中国临空经济论坛在南宁举办"
D1 = "南宁临空经济示范区是我国第十五个国家级临空经济示范区,2020年7月21日,经国家发展改革委、民航局正式批复设立"
D2 = "9月13日,由《民用机场》杂志主办,广西南宁市人民政府、广西机场管理集团有限责任公司承办"
G["us04"] = dict(
 article=art("（无标题）第十二届中国临空经济论坛在南宁举办 南宁临空经济示范区获批一周年", "cbic.org.cn（资讯栏；原出处与署名存段未示）", "2021-09-13", "day",
  "Industry site reporting a trade forum, Guangxi: a national airport economic demonstration zone one year after approval — planned area and layout, co-organisers (an ETDZ committee, the airport group, an aviation-industry firm), new international cargo routes",
  "https://www.cbic.org.cn/zixun/4334.html",
  "日期：论坛“9月13日”举办，示范区2020年7月21日获批、论坛在“获批建设一周年之际”，文称“2021年以来”，故为2021-09-13（发布日或稍后；precision day 指论坛日）。存段无标题、无日期行（title 为编者概括）。存段末句“今年1—6月,新开通运营5条…国际货运航线,在营国际货运航”在句中中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“目前,已有52家航空公司入驻南宁机场运营。”，共七段（存段第三、四段间原有空行）。园区：南宁临空经济示范区（国家级临空经济示范区，南宁，广西；文中又作“示范区”）；南宁经济技术开发区（只以其管委会协办出现）。公司：广西机场管理集团有限责任公司（承办；又作“广西机场管理集团”）、广西民航产业发展有限公司（协办），文中未把二者放进园区（park null）。机构：《民用机场》杂志（主办）、南宁经济技术开发区管理委员会、南宁市人民政府、国家发展改革委、民航局（均可选）。无项目。事实：示范区规划面积118平方公里；入驻南宁机场运营的航空公司52家（主体为机场，可选）。",
  "us04"),
 parks=[
  park(NN, "南宁", "广西", "临空经济示范区（国家级）", D1, aliases=["示范区"], note="文中又作“示范区”"),
  park("南宁经济技术开发区", "南宁", "广西", "经济技术开发区", D0, note="只以“南宁经济技术开发区管理委员会”出现"),
 ],
 companies=[
  comp("广西机场管理集团有限责任公司", None, D2, aliases=["广西机场管理集团"], note="论坛承办；与示范区会同开拓航空货运"),
  comp("广西民航产业发展有限公司", None, D0, note="论坛协办"),
 ],
 institutions=[
  inst("《民用机场》杂志", D2, kind="media", note="论坛主办"),
  inst("南宁经济技术开发区管理委员会", D0, park="南宁经济技术开发区"),
  inst("广西南宁市人民政府", D2),
  inst("国家发展改革委", D1),
  inst("民航局", D1),
 ],
 aggregate_facts=[
  fact(NN, "park", "planned_area_km2", 118, "km2", "示范区规划面积118平方公里", "2021年"),
  fact("南宁机场", "other", "airlines_operating", 52, "count", "目前,已有52家航空公司入驻南宁机场运营", "2021年9月", opt=True),
 ])

# ---------------------------------------------------------------- us05 海州 顺丰物流区域运营中心暨分拨基地项目开工 (连云港在线 2024)
LYG = "连云港高新区"
E0 = "近日,顺丰物流区域运营中心暨分拨基地项目举行开工仪式。区委书记,连云港高新区党工委书记李锋出席并宣布项目开工"
E1 = "顺丰速运苏北区公共事务总经理王尊浩、连云港海州物流有限公司总经理陈大威分别作了发言"
E2 = "2024年全区重点项目投资计划,重点围绕产业发展、基础设施、民生工程、生态环保等四大领域安排项目252个,总投资649.4亿元,年度计划投资233.8亿元"
E3 = "安排产业项目209个,总投资584.9亿元,年度计划投资204亿元,产业项目平均单体投资2.8亿元"
G["us05"] = dict(
 article=art("海州:顺丰物流区域运营中心暨分拨基地项目开工", "连云港在线（0518lc.com 县区新闻栏；作者空）", "2024-01-18", "day",
  "City news portal, Jiangsu: a courier firm's regional operations centre and sorting base started in a district whose party and government leaders also head the city high-tech zone; the district's 2024 key-project plan (counts, totals, annual plan)",
  "http://www.0518lc.com/a/xianquxinwen/2024/0118/357871.html",
  "日期取页面“发布时间:2024-01-18 20:22 | 作者: | 来源:连云港在线”。标题照录（页面列表符“• ”已删，make_txt.py HEAD_PREFIX；首段行首“•”同删，LINE_PREFIX）；发布时间行已删。存段末句“同时,全区还将着力推动54个亿元以上项目一季度开工建设,”未完，该句已删（LINE_SUFFIX），正文截至“…产业项目平均单体投资2.8亿元。”，共五段。园区：连云港高新区（连云港，江苏；海州区与高新区领导兼任，文中又作“高新区”）。项目：顺丰物流区域运营中心暨分拨基地项目（举行开工仪式→开工；无金额）。文中只以标题“海州:”与区领导定位，未说项目在连云港高新区内，园区记 null（注明）。公司：顺丰速运（苏北区）、连云港海州物流有限公司，园区未说（null，可选）。事实主体“全区”为海州区（region）：2024年重点项目252个、总投资649.4亿元、年度计划投资233.8亿元；产业项目209个、总投资584.9亿元、年度计划204亿元、平均单体2.8亿元（计划，kind target）。",
  "us05"),
 parks=[
  park(LYG, "连云港", "江苏", "高新区", E0, district="海州区", aliases=["高新区"], note="区领导兼任高新区党工委书记、管委会主任"),
 ],
 companies=[
  comp("顺丰速运", None, E1, opt=True, note="“顺丰速运苏北区”负责人发言；项目名中作“顺丰物流”"),
  comp("连云港海州物流有限公司", None, E1, opt=True),
 ],
 projects=[
  proj("顺丰物流区域运营中心暨分拨基地项目", None, E0, companies=["顺丰速运"], status="开工", status_text="举行开工仪式",
       note="位置只以海州区给出；连云港高新区领导出席，文中未说项目在高新区内"),
 ],
 aggregate_facts=[
  fact("海州区", "region", "projects_count", 252, "count", E2, "2024年（计划）", kind="target", note="全区重点项目"),
  fact("海州区", "region", "planned_investment_cny", 6.494e10, "cny", "安排项目252个,总投资649.4亿元", "2024年（计划）", kind="target"),
  fact("海州区", "region", "annual_planned_investment_cny", 2.338e10, "cny", "年度计划投资233.8亿元", "2024年（计划）", kind="target"),
  fact("海州区", "region", "industrial_projects_count", 209, "count", E3, "2024年（计划）", kind="target", opt=True),
  fact("海州区", "region", "industrial_planned_investment_cny", 5.849e10, "cny", "安排产业项目209个,总投资584.9亿元", "2024年（计划）", kind="target", opt=True),
  fact("海州区", "region", "average_investment_cny", 2.8e8, "cny", "产业项目平均单体投资2.8亿元", "2024年（计划）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- us06 成都双流区 中国航展签约 (每日经济新闻 on 东方财富 2024)
SL = "双流航空经济区"
F0 = "现场,双流区成功签约18个项目,总投资额超过72亿元"
F1 = "其中星际荣耀公司的火箭总装及试验基地项目以32亿元的投资额成为当天的焦点"
F2 = "据双流航空经济区管委会相关负责人介绍,双流区目前已累计签约包括大飞机高原研究中心、西部生鲜港等项目,并推动17个项目建设,如机场提质改造、顺丰西部航空货运枢纽等"
G["us06"] = dict(
 article=art("打造临空高端产业集聚区 中国航展首日成都双流区签约项目超72亿元", "每日经济新闻，载于东方财富网（finance.eastmoney.com）", "2024-11-13", "day",
  "Business daily on a financial portal, Sichuan: an airport district's signings at the Zhuhai air show — 18 projects and their total, a rocket-assembly base with its amount, projects signed and under construction, the district's aviation-industry scale",
  "http://finance.eastmoney.com/a/202411133238756866.html",
  "日期取页面“2024年11月13日 19:55 来源: 每日经济新闻”。标题照录；日期、来源行与东方财富 APP 推广词（“东方财富APP…朋友圈”）已删。存段末句“此次航展活动,双”未完，已删（LINE_SUFFIX），正文截至“…航空会议会展等业态。”，共五段。园区：双流航空经济区（只以其管委会出现；成都市双流区，四川）；双流空港商务区（只在“双流空港商务区和双流国际机场的特色文创产品”中，可选）。签约与在建项目均以“双流区”给出，园区记 null。项目：星际荣耀公司的火箭总装及试验基地项目（签约，32亿元）；大飞机高原研究中心、西部生鲜港（累计签约→签约）；机场提质改造、顺丰西部航空货运枢纽（推动建设→在建）。公司：星际荣耀公司（park null）；顺丰只在项目名中（可选）。事实主体双流区（region）：签约18个项目、超72亿元；推动建设17个项目（可选）；航空产业规模2023年1170.9亿元；国际货运航线24条（可选）。",
  "us06"),
 parks=[
  park(SL, "成都", "四川", "航空经济区", F2, district="双流区", note="只以“双流航空经济区管委会”出现"),
  park("双流空港商务区", "成都", "四川", "商务区", "以及双流空港商务区和双流国际机场的特色文创产品", district="双流区", opt=True),
 ],
 companies=[
  comp("星际荣耀公司", None, F1, aliases=["星际荣耀"], note="签约项目在双流区；园区未说"),
  comp("顺丰", None, F2, opt=True, note="只在项目名“顺丰西部航空货运枢纽”中"),
 ],
 institutions=[
  inst("双流航空经济区管委会", F2, park=SL),
 ],
 projects=[
  proj("火箭总装及试验基地项目", None, F1, companies=["星际荣耀公司"], inv="32亿元", status="签约", status_text="签约（航展首日签约18个项目之一）",
       note="文中“星际荣耀公司的火箭总装及试验基地项目以32亿元的投资额”；双流区"),
  proj("大飞机高原研究中心", None, F2, status="签约", status_text="累计签约"),
  proj("西部生鲜港", None, F2, status="签约", status_text="累计签约"),
  proj("机场提质改造", None, F2, status="在建", status_text="推动…建设", opt=True, note="名称泛"),
  proj("顺丰西部航空货运枢纽", None, F2, companies=["顺丰"], status="在建", status_text="推动…建设"),
 ],
 aggregate_facts=[
  fact("双流区", "region", "projects_signed", 18, "count", F0, "2024-11-12（中国航展首日）"),
  fact("双流区", "region", "signed_investment_cny", 7.2e9, "cny", F0, "2024-11-12（中国航展首日）", qual="超", qtext="超过"),
  fact("双流区", "region", "projects_under_construction", 17, "count", F2, "2024年11月", opt=True),
  fact("双流区", "region", "industry_scale_cny", 1.1709e11, "cny", "双流区航空产业规模在2023年达到1170.9亿元", "2023年", note="航空产业规模"),
  fact("双流区", "region", "international_cargo_routes", 24, "count", "24条覆盖“欧美亚”的国际货运航线网络", "2024年11月", opt=True),
 ])

# ---------------------------------------------------------------- us07 广州空港经济区 项目签约动工 (中国日报网 广东 2020)
GZ = "广州空港经济区"
H0 = "45个项目集中签约动工,总投资超570亿元"
H1 = "九元航空有限公司董事长纪广平作为签约企业代表发言"
H2 = "广东空港城投资有限公司总裁王利群作为项目动工企业代表发言"
H3 = "广东省机场集团以及南航、国航、东航、九元航空、广州飞机维修工程有限公司(GAMECO)、京东、苏宁易购、唯品会、圆通速递、穗佳集团、嘉里物流、香港维龙物流等企业代表近百人参加了活动"
G["us07"] = dict(
 article=art("广州空港经济区举行项目签约动工暨龙港路通车活动", "中国日报网（gd.chinadaily.com.cn 广东频道）", "2020-03-26", "day",
  "National newspaper's website, provincial channel, Guangdong: an airport economic zone's joint signing and groundbreaking of 45 projects with their total, signing and groundbreaking firms, the airlines, logistics and e-commerce firms present",
  "https://gd.chinadaily.com.cn/a/202003/26/WS5e7caa61a3107bb6b57a8fbb.html",
  "日期取页面“来源: 中国日报网 2020-03-26 21:13”。标题照录（页面重复一次，已删）；来源、日期与分享按钮行已删；副题“45个项目集中签约动工,总投资超570亿元”作为一段保留。存段末句“疫情期间,广州空港经济区全力打好“组合拳”,先后出”未完，已删（LINE_SUFFIX），正文截至“…定力比财富更宝贵。”，共四段（含副题）。园区：广州空港经济区（广州，广东；国家级临空经济示范区，文中又作“空港经济区”）。45个项目在存段中未点名，不列项目；龙港路通车为道路，不列项目。公司：九元航空有限公司（签约企业代表，园区记广州空港经济区）、广东空港城投资有限公司（项目动工企业代表，同）；与会的广东省机场集团、南航、国航、东航、广州飞机维修工程有限公司(GAMECO)、京东、苏宁易购、唯品会、圆通速递、穗佳集团、嘉里物流、香港维龙物流只是出席（可选，park null）。机构：广州空港经济区管委会（又作“广州空港委”）。事实：45个项目签约动工、总投资超570亿元（2020-03-26）。",
  "us07"),
 parks=[
  park(GZ, "广州", "广东", "空港经济区", "3月26日,2020年广州空港经济区项目签约动工暨龙港路通车活动举行", aliases=["空港经济区"],
       note="国家级临空经济示范区（本段未说）；跨白云区、花都区"),
 ],
 companies=[
  comp("九元航空有限公司", GZ, H1, aliases=["九元航空"], note="签约企业代表"),
  comp("广东空港城投资有限公司", GZ, H2, note="项目动工企业代表"),
  comp("广东省机场集团", None, H3, opt=True, note="出席"),
  comp("南航", None, H3, opt=True, note="出席"),
  comp("国航", None, H3, opt=True, note="出席"),
  comp("东航", None, H3, opt=True, note="出席"),
  comp("广州飞机维修工程有限公司", None, H3, aliases=["GAMECO"], opt=True, note="出席"),
  comp("京东", None, H3, opt=True, note="出席"),
  comp("苏宁易购", None, H3, opt=True, note="出席"),
  comp("唯品会", None, H3, opt=True, note="出席"),
  comp("圆通速递", None, H3, opt=True, note="出席"),
  comp("穗佳集团", None, H3, opt=True, note="出席"),
  comp("嘉里物流", None, H3, opt=True, note="出席"),
  comp("香港维龙物流", None, H3, opt=True, note="出席"),
 ],
 institutions=[
  inst("广州空港经济区管委会", "广州空港经济区管委会党组书记、主任孙秀清作主题推介", park=GZ, note="又作“广州空港委”"),
 ],
 aggregate_facts=[
  fact(GZ, "park", "projects_count", 45, "count", H0, "2020-03-26（集中签约动工）", note="签约与动工合计"),
  fact(GZ, "park", "planned_investment_cny", 5.7e10, "cny", H0, "2020-03-26（集中签约动工）", qual="超", qtext="超"),
 ])

# ---------------------------------------------------------------- us08 中山 黄圃港 / 黄圃临港产业园 (rmjtxw 2018)
HP = "黄圃临港产业园"
K0 = "据中山市黄圃临港产业园开发有限公司总经理韩小红介绍,平台招商引资方面,万科物流投资8亿元的万科中山云服务物流产业园,以及丰树集团投资2.5亿元的华南电商综合物流园项目已落户平台"
K1 = "“黄圃港二期项目计划于2018年三四月份动工建设,投资金额约2亿元。”"
K2 = "“今年前两月,黄圃港集装箱吞吐量同比增长8倍。”黄圃港货运联营有限公司珠江船务董事总经理侯日先激动地说"
K3 = "今年1月至2月集装箱吞吐量同比增长829%,格兰仕、美的、长虹等出口大户已有货物在黄圃港出口"
G["us08"] = dict(
 article=art("中山助力现代物流业平台高质量发展", "rmjtxw.com（物流栏；原载报纸未示，文称“我市”，当为中山本地报）", "2018-03", "month",
  "Transport news site relaying a city paper, Guangdong: a river port's container growth and phase-two plan, and the town's municipal logistics platform (临港产业园) with two logistics-park projects and their investors' amounts",
  "http://rmjtxw.com/news/wl/27444.html",
  "日期：页面存段无日期；文称“3月8日”、“今年前两月”、“2018年外贸货量计划”，“黄圃港二期项目计划于2018年三四月份动工”，故为2018年3月（推定，precision month）。标题照录；站点菜单、“您的位置:首页 > 物流”与图片说明“黄圃港是该镇现代物流发展的重要平台”已删。存段末句“其中,万科中山云服务物流产业园将打造…供应链服务配送基地,这将填补黄圃”未完，已删（LINE_SUFFIX），正文截至“…已落户平台。”，共三段。园区：黄圃临港产业园（只在“中山市黄圃临港产业园开发有限公司”中出现；文中称“市级现代物流业平台”“平台”，在中山市黄圃镇，广东）。项目：万科中山云服务物流产业园（万科物流投资8亿元；已落户→无状态）、华南电商综合物流园项目（丰树集团投资2.5亿元；已落户），园区记黄圃临港产业园（“已落户平台”）；黄圃港二期项目（投资金额约2亿元，计划2018年三四月份动工→planned；港口，园区 null）。“2018-2020年将持续投资共约3700万元增设…吊机”为设备投资，不列项目。公司：中山市黄圃临港产业园开发有限公司（园区开发公司）、万科物流、丰树集团在园区；黄圃港货运联营有限公司（港口经营方，park null）、珠江船务（可选）；格兰仕、美的、长虹为经港出口的企业（可选，park null）。事实：黄圃港1—2月集装箱吞吐量同比增长829%（ratio 8.29；另说“增长8倍”）。",
  "us08"),
 parks=[
  park(HP, "中山", "广东", "临港产业园（市级现代物流业平台）", K0, district="黄圃镇",
       note="只在公司名“中山市黄圃临港产业园开发有限公司”中；文中作“市级现代物流业平台”“平台”"),
 ],
 companies=[
  comp("中山市黄圃临港产业园开发有限公司", HP, K0, note="园区开发公司"),
  comp("万科物流", HP, K0),
  comp("丰树集团", HP, K0),
  comp("黄圃港货运联营有限公司", None, K2, note="黄圃港经营方"),
  comp("珠江船务", None, K2, opt=True, note="“黄圃港货运联营有限公司珠江船务董事总经理”"),
  comp("格兰仕", None, K3, opt=True, note="经黄圃港出口"),
  comp("美的", None, K3, opt=True, note="经黄圃港出口"),
  comp("长虹", None, K3, opt=True, note="经黄圃港出口"),
 ],
 projects=[
  proj("万科中山云服务物流产业园", HP, K0, companies=["万科物流"], inv="8亿元", status=None, status_text="已落户平台"),
  proj("华南电商综合物流园项目", HP, K0, companies=["丰树集团"], inv="2.5亿元", status=None, status_text="已落户平台"),
  proj("黄圃港二期项目", None, K1, inv="约2亿元", qual="约", qual_text="约", status="planned", status_text="计划于2018年三四月份动工建设"),
 ],
 aggregate_facts=[
  fact("黄圃港", "port", "container_throughput_growth", 8.29, "ratio", K3, "2018年1—2月", kind="ratio", note="同段另作“同比增长8倍”"),
 ])
