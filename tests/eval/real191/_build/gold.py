# real191 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence). Growth rates and shares as ratios. Projects: the park is the one the text
# places the project in, null if none. Status from the text's words (开工 / 开工建设 / 集中开工 → 开工; 投产 / 全面投产 → 投产;
# 签约 → 签约; 前期项目 → planned; 施工进度 / 正在进行…工程 → 在建; 落户 alone → no status). Plan figures “到2025年…” are kind
# target; year-to-date figures (“今年以来”, “截至目前”) are cumulative. A park that the text names only by a bare word
# (“试验区”) is recorded under its full name as optional, and projects there get park null.

# ---------------------------------------------------------------- uh01 柴达木循环经济试验区 1-10月 (cdm.qinghai.gov.cn 2022)
CDM = "柴达木循环经济试验区"
B1 = "全年重点推进招商引资项目37个,建成项目5个,开工项目24个,前期项目8个"
B2 = "截至目前,累计完成省外招商引资到位资金64.83亿元,完成省定目标任务的92.61%"
B3 = "加大力度协调解决高倍率熔盐储能供热和发电、牧上煌特色牦牛肉系列产品深加工等12个前期项目困难问题"
B4 = "持续推进年产5万吨高纯晶硅、年产5000万套医疗器械产品等项目施工进度"
AS1 = "2022年1-10月"
G["uh01"] = dict(
 article=art("试验区1-10月完成省外招商引资到位资金64.82亿元", "柴达木循环经济试验区（海西州）政府网站 cdm.qinghai.gov.cn，栏目 招商引资 / 招商成果（编辑 李宏才）", "2022-11-04", "day",
  "Government website of a national circular-economy zone, Qinghai: the zone's 1–10 month investment-attraction report — projects tracked, built, started and in preparation, funds received by industry, named preparatory projects and projects under construction",
  "http://cdm.qinghai.gov.cn/system/2022/11/04/010420945.shtml",
  "日期取页面“发布时间:2022-11-04 09:49”。标题照录；页眉导航、位置行与来源/发布时间行已删。正文两段，完整。园区：文中只作“试验区”，即柴达木循环经济试验区（页面所属网站、位置行“柴达木循环经济试验区 / 招商引资 / 招商成果”，已删）；列为可选园区，全名不在正文中，项目园区记 null。注意标题“64.82亿元”与正文“64.83亿元”不一致：正文数为主（非可选），标题数列为可选事实。项目：高倍率熔盐储能供热和发电、牧上煌特色牦牛肉系列产品深加工（“前期项目”→ planned）；年产5万吨高纯晶硅、年产5000万套医疗器械产品（“持续推进…施工进度”→ 在建）；均无企业名、无金额。“牧上煌”疑为企业/品牌，列可选公司。",
  "uh01"),
 parks=[
  park(CDM, "海西", "青海", "循环经济试验区", "今年以来,试验区深入贯彻州委州政府招商引资工作安排部署", opt=True,
       note="正文只作“试验区”；全名来自页面所属网站与位置行（已删）"),
 ],
 companies=[
  comp("牧上煌", None, B3, opt=True, note="只在项目名中；疑为企业或品牌"),
 ],
 projects=[
  proj("高倍率熔盐储能供热和发电", None, B3, status="planned", status_text="前期项目", note="试验区前期项目；正文无园区全名"),
  proj("牧上煌特色牦牛肉系列产品深加工", None, B3, companies=["牧上煌"], status="planned", status_text="前期项目", note="同上"),
  proj("年产5万吨高纯晶硅", None, B4, status="在建", status_text="持续推进…项目施工进度", note="试验区在建项目"),
  proj("年产5000万套医疗器械产品", None, B4, status="在建", status_text="持续推进…项目施工进度", note="同上"),
 ],
 aggregate_facts=[
  fact(CDM, "park", "projects_tracked", 37, "count", B1, "2022年全年", note="重点推进招商引资项目"),
  fact(CDM, "park", "projects_completed", 5, "count", B1, AS1, kind="cumulative", note="建成项目"),
  fact(CDM, "park", "projects_started", 24, "count", B1, AS1, kind="cumulative", note="开工项目"),
  fact(CDM, "park", "projects_preparatory", 8, "count", B1, AS1, kind="cumulative", opt=True, note="前期项目"),
  fact(CDM, "park", "out_of_province_investment_received_cny", None, "cny", B2, AS1, kind="cumulative", chk=False,
       note="省外招商引资到位资金（正文数）"),
  fact(CDM, "park", "out_of_province_investment_received_cny", None, "cny", "试验区1-10月完成省外招商引资到位资金64.82亿元", AS1,
       kind="cumulative", opt=True, note="标题数，与正文64.83亿元不一致"),
  fact(CDM, "park", "investment_target_completion_ratio", 0.9261, "ratio", B2, AS1, kind="ratio", note="完成省定目标任务的92.61%"),
  fact(CDM, "park", "new_energy_investment_received_cny", None, "cny", "新能源类项目8个,完成到位资金28.66亿元", AS1, kind="cumulative", opt=True),
  fact(CDM, "park", "new_materials_investment_received_cny", None, "cny", "新材料类项目7个,完成到位资金22.12亿元", AS1, kind="cumulative", opt=True),
  fact(CDM, "park", "chemical_investment_received_cny", None, "cny", "化工类项目6个,完成到位资金4.37亿元", AS1, kind="cumulative", opt=True),
 ],
)

# ---------------------------------------------------------------- uh02 西宁经开区 新兴产业千亿投资计划 (jkq.xining.gov.cn 2023)
XN = "西宁经济技术开发区"
C0 = "西宁经济技术开发区(青海国家高新技术产业开发区)(以下简称“开发区”)又一个千亿投资大手笔落子布局"
C1 = "美霖光伏制造垂直一体化大基地项目成功落户、天合光能青海基地全产业链项目全面贯通、中复神鹰年产2.5万吨高性能碳纤维项目全面投产"
AS2 = "到2025年（2023—2025年计划）"
G["uh02"] = dict(
 article=art("（西宁经济技术开发区新兴产业千亿投资计划）", "西宁经济技术开发区（青海国家高新技术产业开发区）官方网站 jkq.xining.gov.cn（存段无标题、无署名）", "2023", "year",
  "Park's own government website, Qinghai: a national development zone's 2023–2025 thousand-billion investment plan for emerging industries — investment and output targets by sector, three named projects landed / running / in production, production capacities",
  "https://jkq.xining.gov.cn/index.php?c=show&id=61280",
  "存段无标题、无日期行；标题为概括（非原题）。日期据文意推定：文中出台《开发区新兴产业千亿投资计划(2023—2025年)》且“临近年终”，应为2023年末（只记年份）。存段末行“建成全球海拔最高…1000吨高纯氧化铝、3300吨电子级多”在句中断开，整行删去（make_txt.py ITEMS 截至上一段）。园区：西宁经济技术开发区，括注“青海国家高新技术产业开发区”（同一管理机构的两块牌子，列为别名）；文中多作“开发区”。项目：美霖光伏制造垂直一体化大基地项目（成功落户→无状态）、天合光能青海基地全产业链项目（全面贯通→投产）、中复神鹰年产2.5万吨高性能碳纤维项目（全面投产→投产），均无金额。到2025年三大产业的累计投资与规上工业产值为目标（target）。产能数字列为可选事实。",
  "uh02", title_note="存段无标题，概括拟题"),
 parks=[
  park(XN, "西宁", "青海", "经济技术开发区", C0, aliases=["青海国家高新技术产业开发区"],
       note="括注青海国家高新技术产业开发区（同一管理机构）；文中又作“开发区”"),
 ],
 companies=[
  comp("天合光能", XN, C1, note="只在项目名中（天合光能青海基地）"),
  comp("中复神鹰", XN, C1, note="只在项目名中"),
  comp("美霖", XN, C1, opt=True, note="只在项目名“美霖光伏制造垂直一体化大基地项目”中"),
 ],
 projects=[
  proj("美霖光伏制造垂直一体化大基地项目", XN, C1, companies=["美霖"], status=None, status_text="成功落户", note="落户，无状态"),
  proj("天合光能青海基地全产业链项目", XN, C1, companies=["天合光能"], status="投产", status_text="全面贯通"),
  proj("中复神鹰年产2.5万吨高性能碳纤维项目", XN, C1, companies=["中复神鹰"], status="投产", status_text="全面投产"),
 ],
 aggregate_facts=[
  fact(XN, "park", "new_energy_investment_cny", None, "cny", "到2025年,新能源产业累计完成投资1000亿元", AS2, kind="target"),
  fact(XN, "park", "new_energy_output_cny", None, "cny", "规上工业产值达到2300亿元,成为全市工业经济发展的支柱产业", AS2, kind="target"),
  fact(XN, "park", "new_materials_investment_cny", None, "cny", "新材料产业累计完成投资500亿元", AS2, kind="target"),
  fact(XN, "park", "new_materials_output_cny", None, "cny", "规上工业产值达到1200亿元,成为带动传统产业转型升级的重要力量", AS2, kind="target"),
  fact(XN, "park", "bio_economy_investment_cny", None, "cny", "生物经济产业累计完成投资150亿元", AS2, kind="target"),
  fact(XN, "park", "bio_economy_output_cny", None, "cny", "规上工业产值达到200亿元,成为促进青海生态经济发展的新动能", AS2, kind="target"),
  fact(XN, "park", "polysilicon_capacity_t", 145000, "t", "形成14.5万吨多晶硅、102吉瓦单晶硅", "2023年末", opt=True),
  fact(XN, "park", "monocrystalline_silicon_capacity_gw", 102, "GW", "形成14.5万吨多晶硅、102吉瓦单晶硅", "2023年末", opt=True),
  fact(XN, "park", "lithium_battery_capacity_gwh", 37.5, "GWh", "37.5吉瓦时锂电池等产能规模", "2023年末", opt=True),
 ],
)

# ---------------------------------------------------------------- uh03 西宁市投资666亿元集中开工重大项目 (科技日报 via szworkshops 2021)
XN3 = "西宁(国家级)经济技术开发区"
NC = "南川工业园区"
D1 = "开工仪式中,西宁(国家级)经济技术开发区南川工业园区光伏制造业项目现场设主会场"
D2 = "据悉,南川工业园区开工投资的180亿元光伏制造业项目"
D3 = "今年以来,南川工业园区已落实招商引资项目38项,总投资达600亿元"
G["uh03"] = dict(
 article=art("西宁市投资666亿元集中开工重大项目", "科技日报（记者 张蕴），载于 szworkshops.com（来源标“实事新闻头条”，编辑 李丽）", "2021-06-29", "day",
  "Aggregator relaying a national science-and-technology daily, Qinghai: a city's Q2 groundbreaking of 252 projects with its main venue at a national zone's sub-park, the sub-park's 18-billion photovoltaic project started and its year-to-date attraction figures",
  "http://www.szworkshops.com/news/keji/39264.html",
  "日期取页面“时间:2021-06-29”（转载日；文中“近日”）。标题照录；页眉、位置行、来源行、署名行“科技日报记者 张蕴”、图中重复标题与图片说明“集中开工仪式现场。历超 摄”已删。存段末段“今年以来,西宁市把招商引资…全力以赴”在句中断开，整段删去（ITEMS 截至上一段）。园区：西宁(国家级)经济技术开发区（照录，含括注“国家级”）；南川工业园区（其下属园区）。项目：南川工业园区180亿元光伏制造业项目（开工，180亿元；无企业名）。南川工业园区今年以来落实招商引资项目38项、总投资600亿元（cumulative）。西宁市全市252个项目、666亿元及亿元以上项目数为城市层面事实，列为可选。",
  "uh03"),
 parks=[
  park(XN3, "西宁", "青海", "经济技术开发区", D1, note="照录，括注“国家级”"),
  park(NC, "西宁", "青海", "工业园区", D1, parent=XN3),
 ],
 projects=[
  proj("光伏制造业项目", NC, D2, inv="180亿元", status="开工", status_text="开工投资", aliases=["南川工业园区光伏制造业项目"],
       note="集中开工主会场；无企业名"),
 ],
 aggregate_facts=[
  fact(NC, "park", "projects_signed", 38, "count", D3, "2021年（截至6月）", kind="cumulative", note="落实招商引资项目"),
  fact(NC, "park", "signed_investment_cny", None, "cny", "已落实招商引资项目38项,总投资达600亿元", "2021年（截至6月）", kind="cumulative"),
  fact("西宁市", "city", "projects_started", 252, "count", "集中开工252个重大项目,总投资达666亿元", "2021年二季度（集中开工）", opt=True),
  fact("西宁市", "city", "projects_started_investment_cny", None, "cny", "总投资达666亿元", "2021年二季度（集中开工）", opt=True),
 ],
)

# ---------------------------------------------------------------- uh04 宁夏平罗工业园区 (zgsxzs.com park page, 2024)
PL = "平罗工业园区"
E1 = "丽珠制药、丰华生物、润阳硅材料、首朗吉元、滨泽新能源、神州轮胎、蓝天农业、新龙蓝天等一批批优质企业的落户"
E2 = "及时研究协调解决宁平炭素、益瑞宝箱、浦士达环保、华武农业、鑫昊缘合金、天禧极钻科技等项目推进中的困难和问题"
E3 = "吉元冶金、大地循环、贝利特化学、晟晏实业、滨河碳化硅等龙头企业上下游产业链支撑有力"
G["uh04"] = dict(
 article=art("（宁夏平罗工业园区）", "zgsxzs.com 园区介绍页（park/detail?id=346；原出处未注明）", "2024", "year",
  "Industrial-park directory page, Ningxia: a county industrial park's profile — national titles, leading industries, firms that settled, projects pushed in 2024, leading firms",
  "https://www.zgsxzs.com/index.php/index/park/detail?id=346",
  "存段为园区介绍页正文，无标题、无日期；标题为概括。日期据文意推定（文中“2024年,园区牢牢抓住项目建设…”，只记年份2024，可能稍后发布）。存段为一行，原有段落以空格相连，照录为一段（make_txt.py 不拆行）；末尾“作为自治区氰胺”在句中断开，已删（LINE_SUFFIX）。园区：平罗工业园区（首次作“宁夏平罗工业园区”；石嘴山市平罗县，宁夏）。公司：落户企业丽珠制药等八家、龙头企业吉元冶金等五家（园区平罗工业园区）。项目：宁平炭素、益瑞宝箱、浦士达环保、华武农业、鑫昊缘合金、天禧极钻科技——以企业简称指称的2024年推进中项目，文中无状态词（“项目推进中的困难和问题”），状态记 null；企业另列为可选公司。无数字事实（“20多年”不计）。",
  "uh04", title_note="存段无标题，概括拟题"),
 parks=[
  park(PL, "石嘴山", "宁夏", "工业园区", "经过20多年的发展,宁夏平罗工业园区从最初的“工业小镇”变身“工业主战场”", district="平罗县",
       aliases=["宁夏平罗工业园区"]),
 ],
 companies=[
  comp("丽珠制药", PL, E1), comp("丰华生物", PL, E1), comp("润阳硅材料", PL, E1), comp("首朗吉元", PL, E1),
  comp("滨泽新能源", PL, E1), comp("神州轮胎", PL, E1), comp("蓝天农业", PL, E1), comp("新龙蓝天", PL, E1),
  comp("吉元冶金", PL, E3), comp("大地循环", PL, E3), comp("贝利特化学", PL, E3), comp("晟晏实业", PL, E3), comp("滨河碳化硅", PL, E3),
  comp("宁平炭素", PL, E2, opt=True, note="以企业简称指称的项目"), comp("益瑞宝箱", PL, E2, opt=True, note="同上"),
  comp("浦士达环保", PL, E2, opt=True, note="同上"), comp("华武农业", PL, E2, opt=True, note="同上"),
  comp("鑫昊缘合金", PL, E2, opt=True, note="同上"), comp("天禧极钻科技", PL, E2, opt=True, note="同上"),
 ],
 projects=[
  proj(n, PL, E2, companies=[n], status=None, status_text="项目推进中", note="2024年推进中项目，以企业简称指称；无状态词、无金额")
  for n in ("宁平炭素", "益瑞宝箱", "浦士达环保", "华武农业", "鑫昊缘合金", "天禧极钻科技")
 ],
)

# ---------------------------------------------------------------- uh05 杉杉奥特莱斯小镇落户南川工业园区 (人民网青海 2020)
XN5 = "西宁经济技术开发区"
F1 = "西宁经济技术开发区投资控股集团有限公司、开发区南川工业园区管委会和杉杉商业集团有限公司举行青海西宁杉杉奥特莱斯小镇项目签约仪式"
F2 = "该项目计划总投资13亿元,占地面积约240亩"
F3 = "该项目的签约标志着西宁第一座奥特莱斯小镇落户西宁经济技术开发区南川工业园区"
G["uh05"] = dict(
 article=art("青海西宁杉杉奥特莱斯小镇落户南川工业园区", "人民网-青海频道（刘沛然）", "2020-06-16", "day",
  "Provincial channel of a national party-paper portal, Qinghai: a commercial project signed into a national zone's sub-park — signatories, planned investment, area, expected revenue",
  "http://qh.people.com.cn/n2/2020/0616/c378418-34091288.html",
  "日期取页面“2020年06月16日15:46 来源:人民网-青海频道”。标题照录；日期来源行、“(责编:刘沛然、杨阳)”与“推荐阅读”已删。正文四段，完整。注意：2020年，早于本集角度的2021–2026年（见 SOURCES.md）。园区：南川工业园区（西宁经济技术开发区下属；文中又作“开发区南川工业园区”）；西宁经济技术开发区（文中又作“西宁市经济开发区”，列为别名）。项目：青海西宁杉杉奥特莱斯小镇项目（签约；计划总投资13亿元）。公司：杉杉商业集团有限公司（项目方，园区南川工业园区）；西宁经济技术开发区投资控股集团有限公司（开发区平台公司，园区西宁经济技术开发区）；中国海外控股集团有限公司、中海外城市发展有限公司（出席嘉宾所在企业，可选，无园区）。开发区南川工业园区管委会列可选机构。项目占地约240亩、预计年主营业务收入约15亿元列为可选事实（主体为项目）。",
  "uh05"),
 parks=[
  park("南川工业园区", "西宁", "青海", "工业园区", F3, parent=XN5, note="文中又作“开发区南川工业园区”"),
  park(XN5, "西宁", "青海", "经济技术开发区", F3, aliases=["西宁市经济开发区"], note="“西宁市经济开发区”同指"),
 ],
 companies=[
  comp("杉杉商业集团有限公司", "南川工业园区", F1, note="项目方"),
  comp("西宁经济技术开发区投资控股集团有限公司", XN5, F1, note="开发区平台公司，签约方"),
  comp("中国海外控股集团有限公司", None, "中国海外控股集团有限公司党委委员、常务副总裁", opt=True, note="出席嘉宾所在企业"),
  comp("中海外城市发展有限公司", None, "中海外城市发展有限公司董事长刘伟等参加了此次签约仪式", opt=True, note="同上"),
 ],
 institutions=[
  inst("开发区南川工业园区管委会", F1, park="南川工业园区", note="签约方"),
 ],
 projects=[
  proj("青海西宁杉杉奥特莱斯小镇项目", "南川工业园区", F2, companies=["杉杉商业集团有限公司"], inv="13亿元",
       status="签约", status_text="签约仪式（见首段）", aliases=["青海西宁杉杉奥特莱斯小镇", "杉杉奥特莱斯小镇"],
       note="计划总投资；签约见首段“青海西宁杉杉奥特莱斯小镇项目签约仪式”"),
 ],
 aggregate_facts=[
  fact("青海西宁杉杉奥特莱斯小镇项目", "project", "land_area_mu", 240, "mu", F2, "2020年6月（签约）", qual="约", qtext="约", opt=True),
  fact("青海西宁杉杉奥特莱斯小镇项目", "project", "expected_annual_revenue_cny", None, "cny", "预计实现年主营业务收入约15亿元", "建成后（预计）",
       kind="target", qual="约", qtext="约", opt=True),
 ],
)

# ---------------------------------------------------------------- uh06 浩云长盛宁夏数据中心项目二期 (华兴时报 2024)
ZW = "中卫数据中心"
H1 = "由广东浩云长盛网络股份有限公司投资建设的浩云长盛宁夏数据中心项目二期是进入四季度以来,中卫数据中心新开工建设的项目"
H2 = "此次开工的项目二期计划投资11.9亿元,建设3号、4号2栋机房"
H3 = "今年7月,浩云长盛宁夏数据中心项目一期开工建设的项目是中卫市重点招商引资项目,也是该公司在中卫数据中心投资的第3个项目。项目总投资33.6亿元"
G["uh06"] = dict(
 article=art("（浩云长盛宁夏数据中心项目二期开工）", "华兴时报（记者 孙振星），hxsbs.com 数字报", "2024-11-07", "day",
  "Regional newspaper's e-paper, Ningxia: a company's data-centre project phase 2 started in a city's data-centre cluster — investor, phase-1 start, total and phase-2 investment, completion plan",
  "https://www.hxsbs.com/szb/con/202411/07/content_82770.html",
  "存段无标题；标题为概括。日期取 URL（202411/07）。正文三段，完整（以“本报讯”起）。园区：文中作“中卫数据中心”（中卫市数据中心集群/云基地），非一般称谓的产业园，列为可选园区；项目园区照文中“中卫数据中心新开工建设的项目”记为中卫数据中心。公司：广东浩云长盛网络股份有限公司（投资方）。项目：浩云长盛宁夏数据中心项目（一期2024年7月开工；“项目总投资33.6亿元”指整个项目）；浩云长盛宁夏数据中心项目二期（四季度开工，计划投资11.9亿元，计划2025年12月底建成运营）。110KV变电站项目、3号数据中心项目为二期之内的单体，列为可选项目。中卫市数据局列可选机构。",
  "uh06", title_note="存段无标题，概括拟题"),
 parks=[
  park(ZW, "中卫", "宁夏", "数据中心集群", H1, opt=True, note="中卫市数据中心集群；非一般称谓的园区"),
 ],
 companies=[
  comp("广东浩云长盛网络股份有限公司", ZW, H1, aliases=["浩云长盛"], note="投资方"),
 ],
 institutions=[
  inst("中卫市数据局", "近日,记者从中卫市数据局获悉"),
 ],
 projects=[
  proj("浩云长盛宁夏数据中心项目", ZW, H3, companies=["广东浩云长盛网络股份有限公司"], inv="33.6亿元", status="开工",
       status_text="一期开工建设", note="一期2024年7月开工；总投资指整个项目（5栋数据中心）"),
  proj("浩云长盛宁夏数据中心项目二期", ZW, H2, companies=["广东浩云长盛网络股份有限公司"], inv="11.9亿元", phase="二期", status="开工",
       status_text="此次开工", note="计划投资；计划2025年12月底建成运营"),
  proj("110KV变电站项目", ZW, "争取年底110KV变电站项目顺利完工", status="在建", status_text="正在进行土建收尾和机电安装", opt=True,
       note="二期配套单体；前文作“110K变电站项目”"),
  proj("3号数据中心项目", ZW, "同步建设的还有3号数据中心项目", status="在建", status_text="同步建设", opt=True, note="二期单体"),
 ],
 aggregate_facts=[
  fact("浩云长盛宁夏数据中心项目", "project", "land_area_mu", 200, "mu", "项目总投资33.6亿元,占地面积200亩", "2024年", opt=True),
  fact("浩云长盛宁夏数据中心项目二期", "project", "cabinets", 5200, "count", "二期项目建成后,可安装机柜5200台", "建成后（预计）", kind="target", opt=True),
 ],
)
