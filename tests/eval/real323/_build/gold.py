# real323 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts and in investment_value with
# investment_currency "usd". Growth rates and shares as ratios. Projects: the park is the one the text places the project in,
# null if none (a city or district is not a park). Status from the text's words (开工 / 集中开工 → 开工; 建成投产 → 投产;
# 签约 / 签约落户 / 集中签约 → 签约; 在建 → 在建; 等待开工 → planned; 落户 alone → no status). Targets (“力争”, “预计”) are kind
# target; year-to-date and multi-year counts (“今年以来”, “四年来累计”, “目前”) are cumulative. Non-park subjects (a city, a
# district) have subject_type "region". Sources are `search` (corpus pages) excerpts typed into _raw/pages/pjNN.raw as returned.

# ---------------------------------------------------------------- pj01 项目就是一切 江阴高新区2021 (科技日报 2021-11-05)
JYG = "江阴高新区"
A0 = "2021年,江阴高新区牢固树立“一切为了项目、为了项目一切”理念"
A1 = "全年签约超亿元项目超80个、总投资876亿元,其中超百亿元项目1个、超50亿元项目2个,外资项目45个、总投资超50亿美元"
A2 = "智建美住智慧移动建筑、新杰科技半导体设备、高德铁智卡车载环保装备等21个项目建成投产"
A3 = "联东U谷江阴创新企业港、谷田铝塑膜二期、星河科创产业园等30个项目在建"
A4 = "长电晶圆级微系统集成高端制造、前晨汽车智能网联新能源商用车、深业(江阴)科创产业园等15个项目等待开工"
A5 = "完成固定资产投资138.1亿元、到账外资3.05亿美元"
AS1 = "2021年（刊于11月5日）"
G["pj01"] = dict(
 article=art("项目就是一切 ——江阴高新区2021年项目招引建设概况", "科技日报（数字报 digitalpaper.stdaily.com；版末注“本版图文及数据来源:江阴高新技术产业开发区”）", "2021-11-05", "day",
  "National science daily, a zone-supplied page, Jiangsu: a national high-tech zone's 2021 project review — projects signed (count, sum, large and foreign projects), named projects in production, under construction and awaiting start, fixed-asset investment, foreign capital received, talent projects",
  "https://digitalpaper.stdaily.com/http_www.kjrb.com/kjrb/html/2021-11/05/content_524523.htm?div=-1",
  "日期取页面“2021年11月05日 星期五”与网址。标题为主题“项目就是一切”加副题“——江阴高新区2021年项目招引建设概况”，以空格连写。删去日期行、版末“(本版图文及数据来源:江阴高新技术产业开发区)”与备案号。正文四段，完整。园区：江阴高新区（文中又作“江阴国家高新区”“高新区”；无锡市代管江阴市，江苏）。项目（园区均为江阴高新区）：智建美住智慧移动建筑、新杰科技半导体设备、高德铁智卡车载环保装备（建成投产→投产）；联东U谷江阴创新企业港、谷田铝塑膜二期、星河科创产业园（在建）；长电晶圆级微系统集成高端制造、前晨汽车智能网联新能源商用车、深业(江阴)科创产业园（等待开工→planned）；均无单项金额。事实：文称“全年”，而刊于11月5日，as_of 记“2021年（刊于11月5日）”，kind reported；“今年以来”人才项目为 cumulative。项目名中的企业简称列为可选公司。",
  "pj01"),
 parks=[
  park(JYG, "无锡", "江苏", "高新区", A0, district="江阴市", aliases=["江阴国家高新区"], note="国家级高新区（文中“江阴国家高新区”）；又作“高新区”"),
 ],
 companies=[
  comp("智建美住", JYG, A2, opt=True, note="只在项目名中"),
  comp("新杰科技", JYG, A2, opt=True, note="只在项目名中"),
  comp("高德铁智", JYG, A2, opt=True, note="只在项目名中"),
  comp("联东U谷", JYG, A3, opt=True, note="只在项目名中"),
  comp("谷田", JYG, A3, opt=True, note="只在项目名“谷田铝塑膜二期”中"),
  comp("长电", JYG, A4, opt=True, note="只在项目名中"),
  comp("前晨汽车", JYG, A4, opt=True, note="只在项目名中"),
  comp("深业", JYG, A4, opt=True, note="只在项目名“深业(江阴)科创产业园”中"),
 ],
 projects=[
  proj("智建美住智慧移动建筑", JYG, A2, status="投产", status_text="建成投产"),
  proj("新杰科技半导体设备", JYG, A2, status="投产", status_text="建成投产"),
  proj("高德铁智卡车载环保装备", JYG, A2, status="投产", status_text="建成投产"),
  proj("联东U谷江阴创新企业港", JYG, A3, status="在建", status_text="在建"),
  proj("谷田铝塑膜二期", JYG, A3, phase="二期", status="在建", status_text="在建"),
  proj("星河科创产业园", JYG, A3, status="在建", status_text="在建"),
  proj("长电晶圆级微系统集成高端制造", JYG, A4, status="planned", status_text="等待开工"),
  proj("前晨汽车智能网联新能源商用车", JYG, A4, status="planned", status_text="等待开工"),
  proj("深业(江阴)科创产业园", JYG, A4, status="planned", status_text="等待开工"),
 ],
 aggregate_facts=[
  fact(JYG, "park", "projects_signed", 80, "count", A1, AS1, qual="超", qtext="超", note="超亿元项目"),
  fact(JYG, "park", "signed_investment_cny", 8.76e10, "cny", "全年签约超亿元项目超80个、总投资876亿元", AS1, chk=True),
  fact(JYG, "park", "projects_signed_over_10bn", 1, "count", "其中超百亿元项目1个、超50亿元项目2个", AS1, opt=True),
  fact(JYG, "park", "projects_signed_over_5bn", 2, "count", "其中超百亿元项目1个、超50亿元项目2个", AS1, opt=True),
  fact(JYG, "park", "foreign_projects_signed", 45, "count", "外资项目45个、总投资超50亿美元", AS1),
  fact(JYG, "park", "foreign_signed_investment_usd", 5e9, "usd", "外资项目45个、总投资超50亿美元", AS1, qual="超", qtext="超"),
  fact(JYG, "park", "key_projects_listed", 40, "count", "列入江阴市级以上重点重大项目40个", AS1, opt=True),
  fact(JYG, "park", "projects_completed", 21, "count", A2, AS1, note="建成投产"),
  fact(JYG, "park", "projects_under_construction", 30, "count", A3, AS1),
  fact(JYG, "park", "projects_awaiting_start", 15, "count", A4, AS1, opt=True),
  fact(JYG, "park", "fixed_asset_investment_cny", 1.381e10, "cny", A5, AS1, chk=True),
  fact(JYG, "park", "actual_fdi_usd", 3.05e8, "usd", "到账外资3.05亿美元", AS1),
  fact(JYG, "park", "talent_projects_introduced", 117, "count", "引进科技人才类项目117个,其中高层次人才创业项目60个", "2021年（今年以来，刊于11月5日）", kind="cumulative", opt=True),
  fact(JYG, "park", "high_level_talent_startups", 60, "count", "其中高层次人才创业项目60个", "2021年（今年以来，刊于11月5日）", kind="cumulative", opt=True),
  fact(JYG, "park", "high_level_talent_added", 120, "count", "新增高层次人才120名", "2021年（今年以来，刊于11月5日）", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- pj02 江阴临港开发区 2021 spring (js.cnipai.com)
LG = "江阴临港开发区"
YJ = "远景千亿级智慧能源产业园"
B0 = "2月18日,深国际高端制造供应链产业园等22个总投资178亿元的重大项目集中开工"
B1 = "江阴唯一的千亿级产业集群园区——远景千亿级智慧能源产业园敲定新一年推进路线图和时间表"
B2 = "四年来累计签约超亿元重大项目286个,其中竣工投产项目127个,完成投资495亿元"
B3 = "目前有开工及在建项目52个、在批拟建项目41个,总投资超1050亿元"
B4 = "力争全年新增超百亿元项目1个、超50亿元项目2个、超10亿元项目15个"
ASB4 = "截至2021年2月（四年来累计）"
G["pj02"] = dict(
 article=art("（无标题）江阴临港开发区牛年新春重大项目集中开工、攻坚推进", "js.cnipai.com（江苏站；原发媒体与署名存段未示）", "2021-02", "month",
  "Park-investment portal (Jiangsu channel): a provincial-level development zone after the 2021 Spring Festival — 22 projects started with their total, a thousand-billion park-in-zone, four-year signing and completion figures, projects under way and planned, the year's targets",
  "https://js.cnipai.com/news/detail/288132.html",
  "存段无标题、无日期行（title 为编者概括）；“牛年新春刚过”“2月18日…2月20日”定为2021年2月（2月20日之后），精度 month。存段第三段（“围绕5个千亿级…泰富临港医院加紧基础施工,中信医疗投资平台、中”）在句中中断，整段删去（make_txt.py ITEMS 截至第二段）；正文两段。园区：江阴临港开发区（文中又作“临港开发区”“该区”；省级开发区，江阴市，无锡，江苏）；远景千亿级智慧能源产业园（“江阴唯一的千亿级产业集群园区”，母园区由语境推定为临港开发区）。项目：深国际高端制造供应链产业园（2月18日集中开工，无单项金额；22个项目合计178亿元为事实）。事实：四年来累计签约286个、竣工投产127个、完成投资495亿元（cumulative）；目前开工在建52个、在批拟建41个、总投资超1050亿元（as_of 2021年2月）；“全年完成到位外资超4亿美元”与新增大项目个数为目标（target）。",
  "pj02"),
 parks=[
  park(LG, "无锡", "江苏", "经济开发区", "牛年新春刚过,江阴临港开发区推进重大项目建设动作频频", district="江阴市", aliases=["临港开发区"], note="省级开发区（“全省省级开发区的龙头地位”）"),
  park(YJ, "无锡", "江苏", "产业园", B1, district="江阴市", parent=LG, note="“千亿级产业集群园区”；母园区由语境推定"),
 ],
 institutions=[
  inst("临港开发区管委会", "临港开发区管委会相关负责人介绍"),
 ],
 projects=[
  proj("深国际高端制造供应链产业园", LG, B0, status="开工", status_text="集中开工", note="2021年2月18日集中开工；无单项金额"),
 ],
 aggregate_facts=[
  fact(LG, "park", "projects_started", 22, "count", B0, "2021年2月18日（集中开工）"),
  fact(LG, "park", "projects_started_investment_cny", 1.78e10, "cny", B0, "2021年2月18日（集中开工）", chk=True),
  fact(LG, "park", "actual_fdi_usd", 4e8, "usd", "全年完成到位外资超4亿美元", "2021年全年（目标）", kind="target", qual="超", qtext="超"),
  fact(LG, "park", "projects_signed", 286, "count", B2, ASB4, kind="cumulative", note="超亿元重大项目"),
  fact(LG, "park", "projects_completed", 127, "count", B2, ASB4, kind="cumulative", note="竣工投产"),
  fact(LG, "park", "completed_investment_cny", 4.95e10, "cny", "其中竣工投产项目127个,完成投资495亿元", ASB4, kind="cumulative", chk=True),
  fact(LG, "park", "projects_under_construction", 52, "count", B3, "2021年2月", note="开工及在建"),
  fact(LG, "park", "projects_planned", 41, "count", B3, "2021年2月", note="在批拟建"),
  fact(LG, "park", "pipeline_investment_cny", 1.05e11, "cny", B3, "2021年2月", qual="超", qtext="超", note="开工在建与在批拟建项目合计"),
  fact(LG, "park", "new_projects_over_10bn_target", 1, "count", B4, "2021年全年（目标）", kind="target", opt=True),
  fact(LG, "park", "new_projects_over_5bn_target", 2, "count", B4, "2021年全年（目标）", kind="target", opt=True),
  fact(LG, "park", "new_projects_over_1bn_target", 15, "count", B4, "2021年全年（目标）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- pj03 宜兴“深耕上海” (无锡日报 2023-04-24)
HKY = "环科园"
YXJ = "宜兴经开区"
C0 = "总投资达165亿元的25个产业、科创项目集中签约"
C1 = "具体包括总投资40亿元的半导体先进封装项目、总投资20亿元的氢能装备制造(三期)项目、总投资20亿元的POE胶膜产业项目、总投资2亿美元的新零售华东产业基地项目等"
C2 = "位于环科园的氢枫氢能装备制造宜兴项目共分三期建设"
C3 = "总投资20亿元的POE胶膜产业项目落户宜兴经开区"
ASC = "2023年4月21日（集中签约）"
G["pj03"] = dict(
 article=art("宜兴“深耕上海”再创佳绩", "无锡日报，载于 ynzx.mrce.com.cn", "2023-04-24", "day",
  "City daily relayed by a news site, Jiangsu: a county-level city's Shanghai investment drive — 25 projects signed with their total, four named projects with sums, one placed in 环科园 (with its three phases) and one in 宜兴经开区, two science-and-technology 'enclaves' opened",
  "http://ynzx.mrce.com.cn/zixun/2023/0424/3197.html",
  "日期取页面“2023-04-24 14:50:28 来源:无锡日报”；文中“21日”为签约日（2023年4月21日）。标题照录；删去日期来源行与“【资料图】”。存段末段“推动高质量发展,离不开”中断，整段删去；正文四段。园区：环科园（文中只作“环科园”，宜兴市，无锡；全称未出现，不补）、宜兴经开区（宜兴市）。项目（均为此次集中签约→签约）：半导体先进封装项目（40亿元，园区未说）、氢能装备制造(三期)项目（20亿元；即氢枫氢能装备制造宜兴项目三期，“三期计划投资20亿元”，位于环科园）、POE胶膜产业项目（20亿元，落户宜兴经开区）、新零售华东产业基地项目（2亿美元，园区未说）。氢枫氢能装备制造宜兴项目整体（三期）列为可选项目。事实：25个项目、165亿元归宜兴市（region）；科创项目5个、产业项目20个可选。“科创飞地”两处为创新中心，列可选机构。",
  "pj03"),
 parks=[
  park(HKY, "无锡", "江苏", "科技工业园", C2, district="宜兴市", note="文中只作“环科园”（宜兴环保科技工业园的简称，全称未出现）"),
  park(YXJ, "无锡", "江苏", "经济开发区", C3, district="宜兴市"),
 ],
 companies=[
  comp("氢枫", HKY, C2, opt=True, note="只在项目名“氢枫氢能装备制造宜兴项目”中"),
 ],
 institutions=[
  inst("宜兴宜城上海创新中心(松江)", "宜兴宜城上海创新中心(松江)、宜兴市徐舍镇在沪科技创新中心两个“科创飞地”揭牌成立", kind="innovation_center", note="科创飞地，揭牌成立"),
  inst("宜兴市徐舍镇在沪科技创新中心", "宜兴宜城上海创新中心(松江)、宜兴市徐舍镇在沪科技创新中心两个“科创飞地”揭牌成立", kind="innovation_center", note="科创飞地，揭牌成立"),
 ],
 projects=[
  proj("半导体先进封装项目", None, C1, inv="总投资40亿元", status="签约", status_text="集中签约", note="园区未说"),
  proj("氢能装备制造(三期)项目", HKY, C1, companies=["氢枫"], inv="总投资20亿元", phase="三期", status="签约", status_text="集中签约",
       aliases=["氢枫氢能装备制造宜兴项目"], note="下文“位于环科园的氢枫氢能装备制造宜兴项目…三期计划投资20亿元”"),
  proj("POE胶膜产业项目", YXJ, C3, inv="总投资20亿元", status="签约", status_text="落户", note="集中签约项目之一；落户宜兴经开区"),
  proj("新零售华东产业基地项目", None, C1, inv="总投资2亿美元", currency="usd", value=2e8, status="签约", status_text="集中签约", note="园区未说"),
  proj("氢枫氢能装备制造宜兴项目", HKY, C2, companies=["氢枫"], opt=True, note="整体三期；一期撬装式加氢站设备，二期千吨级镁合金储氢材料生产线，三期计划投资20亿元"),
 ],
 aggregate_facts=[
  fact("宜兴", "region", "projects_signed", 25, "count", C0, ASC),
  fact("宜兴", "region", "signed_investment_cny", 1.65e10, "cny", C0, ASC, chk=True),
  fact("宜兴", "region", "sci_tech_projects_signed", 5, "count", "此次集中签约的项目含科创项目5个、产业项目20个", ASC, opt=True),
  fact("宜兴", "region", "industrial_projects_signed", 20, "count", "此次集中签约的项目含科创项目5个、产业项目20个", ASC, opt=True),
 ])

# ---------------------------------------------------------------- pj04 宜兴环科园 超百亿级项目 (江苏经济报 2022-02-14)
HK = "宜兴环科园"
D0 = "近日,超级陶瓷电容器与智能传感器制造项目落户宜兴环科园,总投资达103亿元"
G["pj04"] = dict(
 article=art("首个超百亿级项目落户宜兴 成宜兴高端智能制造产业领域亮点", "江苏经济报（朱建达 盛开），载于 finance.itangjiu.com", "2022-02-14", "day",
  "Provincial economic paper relayed by a finance site, Jiangsu: a national high-tech zone signs a 10-billion-yuan-plus manufacturing project, with its expected output",
  "http://finance.itangjiu.com/caijing/20220214/83910.html",
  "日期取页面“2022-02-14 10:07:08 来源:江苏经济报”。标题照录；删去日期来源行与“相关阅读”。正文两段，完整，末署“(朱建达 盛 开)”。园区：宜兴环科园（文中又作“园区”；“全国唯一以环保为主题的国家级高新区”，宜兴市，无锡）。项目：超级陶瓷电容器与智能传感器制造项目（总投资达103亿元；“落户”，下文“从初次接触到正式签约”→签约）；预计年产值160亿元为项目 target。管委会列可选机构。",
  "pj04"),
 parks=[
  park(HK, "无锡", "江苏", "高新区", D0, district="宜兴市", note="“全国唯一以环保为主题的国家级高新区”；又作“园区”"),
 ],
 institutions=[
  inst("宜兴环科园管委会", "宜兴环科园管委会相关负责人透露"),
 ],
 projects=[
  proj("超级陶瓷电容器与智能传感器制造项目", HK, D0, inv="总投资达103亿元", status="签约", status_text="正式签约",
       note="“落户”；“从初次接触到正式签约,仅用了三个多月的时间”；2022年首个超百亿级项目"),
 ],
 aggregate_facts=[
  fact("超级陶瓷电容器与智能传感器制造项目", "project", "expected_annual_output_cny", 1.6e10, "cny", "将实现年产值160亿元", "建成后（预计）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- pj05 中新昆承湖园区开工 (苏州日报 2023-01-31)
KC = "中新昆承湖园区"
CSG = "常熟高新区"
E0 = "昨天,中新昆承湖园区开工仪式在常熟高新区举行"
E1 = "现场52个项目集中签约,总投资180亿元"
E2 = "中新昆承湖园区东至横泾塘,南至锡太公路,西至苏常快速路,北至常熟南三环,规划总面积46.4平方公里,是常熟融合创新区核心组成部分"
ASE = "2023年1月30日（开工仪式）"
G["pj05"] = dict(
 article=art("中新昆承湖园区开工 52个项目集中签约 总投资180亿元", "苏州日报（驻常熟记者 陈洁），载于 m.szdushi.com.cn（苏州都市网）", "2023-01-31", "day",
  "City daily on a city news portal, Jiangsu: groundbreaking of a jointly developed park inside a county-level city's high-tech zone — 52 projects signed with their total, the developer's cooperation, the park's boundaries, area and planned industries",
  "https://m.szdushi.com.cn/news/1675135831178019.shtml",
  "日期取页面“苏州日报 2023-01-31 11:30”；文中“昨天”即2023年1月30日。标题照录；删去栏目路径与日期行。存段第四段（“当前,中新昆承湖园区各类项目建设全面启动…载体类项”）在句中中断，整段删去；正文三段。园区：中新昆承湖园区（开工仪式在常熟高新区举行，母园区据此记为常熟高新区）；常熟高新区（苏州市代管常熟市）；苏州工业园区只作合作方出现（本集角度不以之为对象，列可选园区）；常熟融合创新区（片区，可选）。中新集团为开发合作方（可选公司，不归园区）。“中新昆承湖园区”开工列为可选项目（园区开工，无金额）。事实：52个项目、180亿元归中新昆承湖园区；规划总面积46.4平方公里。",
  "pj05"),
 parks=[
  park(KC, "苏州", "江苏", "产业园区", E0, district="常熟市", parent=CSG, note="苏州工业园区与常熟市合作；母园区由开工仪式地点推定"),
  park(CSG, "苏州", "江苏", "高新区", E0, district="常熟市"),
  park("苏州工业园区", "苏州", "江苏", "工业园区", "中新昆承湖园区是苏州工业园区和常熟市共同落实苏州市域一体化发展重大部署的实际行动", opt=True, note="合作方"),
  park("常熟融合创新区", "苏州", "江苏", "片区", E2, district="常熟市", opt=True, note="中新昆承湖园区为其核心组成部分"),
 ],
 companies=[
  comp("中新集团", None, "2021年10月,常熟市政府与中新集团签订片区开发合作协议", opt=True, note="开发合作方；董事长赵志松"),
 ],
 projects=[
  proj(KC, CSG, E0, status="开工", status_text="开工仪式", opt=True, note="园区整体开工，无金额"),
 ],
 aggregate_facts=[
  fact(KC, "park", "projects_signed", 52, "count", E1, ASE),
  fact(KC, "park", "signed_investment_cny", 1.8e10, "cny", E1, ASE, chk=True),
  fact(KC, "park", "planned_area_km2", 46.4, "km2", E2, "2023年1月（规划）"),
 ])

# ---------------------------------------------------------------- pj06 常熟经济技术开发区 声学 (新华日报 via cwan 2021-10-15)
CSJ = "常熟经济技术开发区"
SG = "苏州·中国声谷"
F0 = "9月30日,总投资2亿元的常熟菜根集成电路项目签约落户,专注于音频信号放大芯片、光电驱动芯片的设计和封测集成"
F1 = "9月22日,行业单打冠军——日本化研科技半导体超声波清洗设备项目签约落户"
F2 = "目前,“苏州·中国声谷”已落户产业项目、科创项目近50个,总投资超80亿元"
ASF = "2021年10月（刊于10月15日）"
G["pj06"] = dict(
 article=art("常熟经济技术开发区全力打造声学产业创新策源地 “苏州·中国声谷”吹响发展集结号", "新华日报，载于 chanye.cwan.com", "2021-10-15", "day",
  "Provincial daily relayed by an industry site, Jiangsu: a national development zone builds an acoustics cluster — a coming industry conference, two named projects signed into the cluster (one with its sum), the cluster's projects and investment to date",
  "http://chanye.cwan.com/guonei/2021/1015/29843.html",
  "日期取网址 2021/1015。标题为主题加副题““苏州·中国声谷”吹响发展集结号”，以空格连写；删去“来源: 新华日报”与重复的标题行。存段末段（“一座座产业载体拔地而起…在研究院不”）在句中中断，整段删去；小标题“叫响“声学看常熟”品牌”保留为一段；正文六段。园区：常熟经济技术开发区（苏州市代管常熟市）；苏州·中国声谷（声学产业集聚区，“自去年11月底‘横空出世’”；母园区据标题记为常熟经济技术开发区）。项目：常熟菜根集成电路项目（总投资2亿元，签约落户）、日本化研科技半导体超声波清洗设备项目（签约落户，无金额），均记于苏州·中国声谷。事实：声谷已落户项目“近50个”（约）、总投资“超80亿元”（cumulative）。",
  "pj06"),
 parks=[
  park(CSJ, "苏州", "江苏", "经济技术开发区", "常熟经济技术开发区全力打造声学产业创新策源地", district="常熟市"),
  park(SG, "苏州", "江苏", "产业集聚区", F2, district="常熟市", parent=CSJ, note="声学产业集聚区；母园区据标题推定"),
 ],
 companies=[
  comp("日本化研科技", SG, F1, opt=True, note="只在项目名中；“行业单打冠军”"),
 ],
 projects=[
  proj("常熟菜根集成电路项目", SG, F0, inv="总投资2亿元", status="签约", status_text="签约落户", note="2021年9月30日"),
  proj("日本化研科技半导体超声波清洗设备项目", SG, F1, companies=["日本化研科技"], status="签约", status_text="签约落户", note="2021年9月22日；无金额"),
 ],
 aggregate_facts=[
  fact(SG, "park", "projects_landed", 50, "count", F2, ASF, kind="cumulative", qual="约", qtext="近", note="产业项目、科创项目合计"),
  fact(SG, "park", "landed_investment_cny", 8e9, "cny", F2, ASF, kind="cumulative", qual="超", qtext="超", chk=True),
 ])

# ---------------------------------------------------------------- pj07 昆山开发区超400亿元项目签约、开工 (我苏网 2023-02-11)
KS = "昆山开发区"
H0 = "会上,22个项目集中签约,总投资超200亿元"
H1 = "丰田电装、铂金咖啡等9个重大产业项目和8个重点社会事业项目集中开工,总投资超200亿元,预计可实现年产值达225亿元"
H2 = "今年以来,昆山开发区累计签约项目39个,总投资超300亿元,预计年产值超500亿元"
ASH = "2023年2月11日（推进大会）"
ASH2 = "2023年（截至2月11日）"
G["pj07"] = dict(
 article=art("强信心 谋发展 基层一线在行动 | 打造全国一流现代化示范园区 昆山开发区超400亿元项目签约、开工", "我苏网（江苏广电，ourjiangsu.com；存段无署名）", "2023-02-11", "day",
  "Provincial broadcaster's news site, Jiangsu: a national development zone's promotion meeting — 22 projects signed and 17 started with their totals and expected output, two named projects started, the year-to-date signing figures, the zone's plans",
  "http://www.ourjiangsu.com/wap/a/20230211/1676106293462.shtml",
  "日期取页面“我苏网 2023-02-11 17:04”。标题照录（栏目语“强信心 谋发展 基层一线在行动 |”为标题行的一部分，保留）；删去日期行。存段末段“在推动昆台深度融合发展上,深化产业”中断，整段删去；正文四段。园区：昆山开发区（文中又作“苏州昆山开发区”；昆山市，苏州；文中未说级别，kind 记“经济开发区”）。项目：丰田电装、铂金咖啡（集中开工，无单项金额；项目名即企业名，另列可选公司）。事实：签约22个、总投资超200亿元；开工9个重大产业项目和8个社会事业项目、总投资超200亿元、预计年产值225亿元（target）；今年以来累计签约39个、超300亿元（cumulative）、预计年产值超500亿元（target）。标题“超400亿元”不另计。",
  "pj07"),
 parks=[
  park(KS, "苏州", "江苏", "经济开发区", H2, district="昆山市", aliases=["苏州昆山开发区"], note="级别文中未说"),
 ],
 companies=[
  comp("丰田电装", KS, H1, opt=True, note="以企业名作项目名"),
  comp("铂金咖啡", KS, H1, opt=True, note="以企业名作项目名"),
 ],
 projects=[
  proj("丰田电装", KS, H1, status="开工", status_text="集中开工", note="重大产业项目；无单项金额"),
  proj("铂金咖啡", KS, H1, status="开工", status_text="集中开工", note="重大产业项目；无单项金额"),
 ],
 aggregate_facts=[
  fact(KS, "park", "projects_signed", 22, "count", H0, ASH),
  fact(KS, "park", "signed_investment_cny", 2e10, "cny", H0, ASH, qual="超", qtext="超", chk=True),
  fact(KS, "park", "industrial_projects_started", 9, "count", H1, ASH),
  fact(KS, "park", "social_projects_started", 8, "count", H1, ASH, opt=True),
  fact(KS, "park", "projects_started_investment_cny", 2e10, "cny", H1, ASH, qual="超", qtext="超", chk=True, note="17个开工项目合计"),
  fact(KS, "park", "expected_annual_output_cny", 2.25e10, "cny", "预计可实现年产值达225亿元", "开工项目建成后（预计）", kind="target", chk=True),
  fact(KS, "park", "projects_signed", 39, "count", H2, ASH2, kind="cumulative"),
  fact(KS, "park", "signed_investment_cny", 3e10, "cny", "总投资超300亿元,预计年产值超500亿元", ASH2, kind="cumulative", qual="超", qtext="超", chk=True),
  fact(KS, "park", "expected_annual_output_cny", 5e10, "cny", "预计年产值超500亿元", "今年签约项目达产后（预计）", kind="target", qual="超", qtext="超", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- pj08 金坛 1—7月签约45个项目 (金坛时报 via jtfdc 2021-09-07)
JT = "金坛经开区"
ZD = "中德(常州)创新产业园"
K0 = "9月第一天,中德(常州)创新产业园传来喜讯,德国晟达传动设备项目签约落户"
K1 = "1—7月我区签约引进45个项目 协议投资额超500亿元"
K2 = "至此,中德(常州)创新产业园引进的德语区企业数量已达40家"
K3 = "特别在新能源板块,将围绕蜂巢能源和北电爱思特2家企业,实现上下游产业集聚"
G["pj08"] = dict(
 article=art("1—7月我区签约引进45个项目 协议投资额超500亿元", "金坛时报（融媒体中心），载于 jtfdc.com", "2021-09-07", "day",
  "District paper relayed by a local property site, Jiangsu: a district's January–July signings, a German drive-maker's project signed into a Sino-German park, the park's German-speaking firms, the development zone's investment promotion and two anchor new-energy firms",
  "http://www.jtfdc.com/UserNews/Contents_7659.html",
  "日期取页面“2021-09-07 16:01 浏览人数:1943次 来源:融媒体中心 金坛时报”。标题照录；删去日期来源行与正文中重复的标题行；正文中的副题“中德(常州)创新产业园引进的德语区企业达40家,对德合作招商名片不断擦亮”保留为一段。存段末段（“今年1—7月,金坛经开区累计签约项目19个,协议投资总额219.8亿元…计划2022年2月竣工。记”）在下一句开头中断，按规则整段删去；正文四段。园区：金坛经开区（文中又作“江苏省金坛经开区”；常州市金坛区）；中德(常州)创新产业园（与金坛经开区并提，隶属文中未明说，parent 留空）。项目：德国晟达传动设备项目（签约落户，中德(常州)创新产业园，无金额）。公司：德国晟达（可选，只在项目名中）、莱克斯诺工业集团（母集团，可选，不归园区）、蜂巢能源与北电爱思特（金坛经开区新能源板块龙头，位置由语境推定，可选）。事实：“我区”（金坛区）1—7月签约45个、协议投资额超500亿元（标题，cumulative）；中德(常州)创新产业园德语区企业40家（cumulative）。",
  "pj08"),
 parks=[
  park(JT, "常州", "江苏", "经济开发区", "今年以来,金坛经开区深化驻点招商、专业招商和产业链招商", district="金坛区", aliases=["江苏省金坛经开区"]),
  park(ZD, "常州", "江苏", "产业园", K0, district="金坛区", note="隶属文中未明说"),
 ],
 companies=[
  comp("德国晟达", ZD, K0, opt=True, note="只在项目名中；总部德国北威州哈恩市，属美国莱克斯诺工业集团"),
  comp("莱克斯诺工业集团", None, "目前属于美国莱克斯诺工业集团", opt=True, note="晟达所属集团"),
  comp("蜂巢能源", JT, K3, opt=True, note="新能源板块龙头；园区由语境推定"),
  comp("北电爱思特", JT, K3, opt=True, note="新能源板块龙头；园区由语境推定"),
 ],
 institutions=[
  inst("金坛经开区经济发展局", "江苏省金坛经开区经济发展局局长刘旭辉表示", park=JT),
 ],
 projects=[
  proj("德国晟达传动设备项目", ZD, K0, companies=["德国晟达"], status="签约", status_text="签约落户", note="2021年9月1日；无金额；该公司未来在中国最大的高端制造基地"),
 ],
 aggregate_facts=[
  fact("金坛区", "region", "projects_signed", 45, "count", K1, "2021年1—7月", kind="cumulative", note="文中作“我区”"),
  fact("金坛区", "region", "signed_investment_cny", 5e10, "cny", K1, "2021年1—7月", kind="cumulative", qual="超", qtext="超", chk=True, note="协议投资额"),
  fact(ZD, "park", "german_speaking_firms", 40, "count", K2, "2021年9月", kind="cumulative"),
 ])
