# real65 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a city or county is not a park). Status from the text's words
# (开工 / 开复工 → 开工; 正在建设 / 正火热推进 → 在建; 投产 → 投产; 新建成 → 竣工; 计划于…开工 / 已完成备案 → planned;
# 落地 / 引进 alone → no status). “预计” and plan figures are kind target with the period in as_of; year-to-date counts
# are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/yiNN.raw as returned.

# ---------------------------------------------------------------- yi01 宜宾 产业园区 2014 review (sc.cnipai, early 2015)
CJ = "四川长江工业园"
YP = "盐坪坝产业园区"
XW = "兴文县工业园区"
P0 = "在翠屏区宋家乡西部和北部,高规格、高起点规划36平方公里的四川长江工业园区"
P1 = "丝丽雅“低聚木糖”项目用地114亩正在抓紧建设中,厂房主体工程已完成,预计年底投产,建成后年产值达2亿元"
P2 = "力源电机“电动汽车驱动电机”技改项目用地15亩已提供企业使用,一期已建成投产,二期正在扩建中"
P3 = "润兴印务项目完成办公大楼主体工程,正在开展厂房建设"
P4 = "2014年,工业园区共完成招商引资新落地项目14个,完成新投产项目6个"
P5 = "全年预计实现工业总产值113亿元,销售收入137亿元,利润3.63亿元,入库税金2.04亿元"
G["yi01"] = dict(
 article=art("（无标题）宜宾产业园区2014年盘点：四川长江工业园、盐坪坝产业园区、兴文县工业园区",
  "宜宾市报纸（“□本报记者王悠璐”“我市”；报名存段未示，当为宜宾日报），载于 sc.cnipai.com（中国工业园网四川站）",
  "2015-01/02 (inferred)", "month",
  "City paper via an industrial-park portal, Sichuan: the city's parks' 2014 review — a new riverside park planned (area, plan steps), a park's estimated year figures with two firms' projects at different stages, a county park's 2014 counts and money figures with two projects",
  "https://sc.cnipai.com/news/detail/85410.html",
  "存段无标题、无日期行（title 为编者概括）。日期由正文推断：回顾“2014年”，“力争今年3月…6月…9月”及“2015年先期启动”为来年计划，盐坪坝“全年预计”为2014年预计数，故当发于2015年初（published 记“2015-01/02 (inferred)”）。报名未示：署“□本报记者王悠璐”、称“我市”（宜宾市），当为宜宾日报，未能证实；署名行已删。分栏小标题（园区名、“轨迹:”“发展:”“数据:”“亮点:”）各成一段，照录。**截断**：存段在“华鑫风选复合煤项目已完成场地硬化、设备安”处中断，该行整行删去，正文止于“润兴印务项目完成办公大楼主体工程,正在开展厂房建设;”。园区：四川长江工业园（文中又作“四川长江工业园区”；翠屏区，规划36平方公里）、盐坪坝产业园区、兴文县工业园区（兴文县）。项目：丝丽雅“低聚木糖”项目（“正在抓紧建设中…预计年底投产”→在建）、力源电机“电动汽车驱动电机”技改项目（一期已建成投产、二期正在扩建→在建，status_alt 投产）、润兴印务项目（正在开展厂房建设→在建）；三者均在所属园区栏下，园区由栏目归属确定。丝丽雅、力源电机、润兴印务只在项目名中，列为可选公司。德国巴伐利亚州化工集群签谅解备忘录（意向），列为可选机构，不作项目。事实：盐坪坝“全年预计”四项为 target（as_of 2014年全年（预计））；兴文县工业园区2014年各项为 reported；四川长江工业园的规划面积与一期约1平方公里为规划数（target，可选后者）；“力争今年…”为规划步骤，无数值。",
  "yi01"),
 parks=[
  park(CJ, "宜宾", "四川", "工业园区", P0, district="翠屏区", aliases=["四川长江工业园区"], note="文中两种写法；2014年规划"),
  park(YP, "宜宾", "四川", "产业园区", "盐坪坝产业园区", note="只见栏目标题；所在区县文中未明"),
  park(XW, "宜宾", "四川", "工业园区", "兴文县工业园区", district="兴文县", note="只见栏目标题，正文作“工业园区”"),
 ],
 companies=[
  comp("丝丽雅", YP, P1, opt=True, note="只在项目名中"),
  comp("力源电机", YP, P2, opt=True, note="只在项目名中"),
  comp("润兴印务", XW, P3, opt=True, note="以企业名作项目名"),
 ],
 institutions=[
  inst("德国巴伐利亚州化工集群", "与德国巴伐利亚州化工集群签署了谅解备忘录", kind="association",
       note="与四川长江工业园签谅解备忘录（合作意向）；在德国，不属园区"),
 ],
 projects=[
  proj("丝丽雅“低聚木糖”项目", YP, P1, companies=["丝丽雅"], status="在建", status_text="正在抓紧建设中", aliases=["丝丽雅低聚木糖项目", "低聚木糖项目"],
       note="厂房主体工程已完成，预计年底投产"),
  proj("力源电机“电动汽车驱动电机”技改项目", YP, P2, companies=["力源电机"], status="在建", status_text="一期已建成投产,二期正在扩建中",
       status_alt="投产", aliases=["电动汽车驱动电机技改项目"], note="一期投产、二期在建：两个状态都可"),
  proj("润兴印务项目", XW, P3, companies=["润兴印务"], status="在建", status_text="正在开展厂房建设"),
 ],
 aggregate_facts=[
  fact(CJ, "park", "planned_area_km2", 36, "km2", P0, "2014年（规划）", kind="target"),
  fact(CJ, "park", "phase1_area_km2", 1, "km2", "2015年先期启动一期约1平方公里土地利用总体规划调整和土地报征工作", "2015年（计划）", kind="target",
       qual="约", qtext="约", opt=True),
  fact(YP, "park", "industrial_output_cny", 1.13e10, "cny", P5, "2014年全年（预计）", kind="target", chk=True),
  fact(YP, "park", "sales_revenue_cny", 1.37e10, "cny", "销售收入137亿元", "2014年全年（预计）", kind="target", chk=True),
  fact(YP, "park", "profit_cny", 3.63e8, "cny", "利润3.63亿元", "2014年全年（预计）", kind="target", chk=True),
  fact(YP, "park", "tax_revenue_cny", 2.04e8, "cny", "入库税金2.04亿元", "2014年全年（预计）", kind="target", chk=True),
  fact("丝丽雅“低聚木糖”项目", "project", "expected_annual_output_cny", 2e8, "cny", "建成后年产值达2亿元", "建成后（预计）", kind="target", chk=True),
  fact("丝丽雅“低聚木糖”项目", "project", "land_mu", 114, "mu", P1, "2014年", opt=True),
  fact("力源电机“电动汽车驱动电机”技改项目", "project", "land_mu", 15, "mu", P2, "2014年", opt=True),
  fact(XW, "park", "projects_landed", 14, "count", P4, "2014年", note="招商引资新落地项目"),
  fact(XW, "park", "projects_in_production", 6, "count", P4, "2014年", note="新投产项目"),
  fact(XW, "park", "investment_attracted_cny", 1.008e9, "cny", "完成招商引资到位资金10.08亿元", "2014年", chk=True),
  fact(XW, "park", "fixed_asset_investment_cny", 5.85e8, "cny", "完成固定资产投资5.85亿元", "2014年", chk=True),
  fact(XW, "park", "financing_cny", 3.4e8, "cny", "完成融资3.4亿元", "2014年", chk=True),
 ])

# ---------------------------------------------------------------- yi02 渭南高新区 2022年3月 集中开工 (中国高新网 2022)
WN = "渭南高新区"
WNP = "渭南高新区汽车核心零部件产业园"
Q0 = "3月14日,渭南高新区举行2022年3月项目集中开工动员会暨汽车核心零部件产业园一期项目开工仪式"
Q1 = "本次集中开工项目5个,总投资12.45亿元,年度投资4.55亿元,其中产业项目3个,总投资11.52亿元"
Q2 = "截至3月,56个市级重点项目已开复工38个,开复工率67.9%,其中新建市级重点项目开工12个,开工率42.9%"
Q3 = "当天开工的渭南高新区汽车核心零部件产业园一期项目是由陕西威楠高科(集团)实业有限责任公司投资建设,总占地面积为110亩,计划总投资9.45亿元,其中厂房建设投资4.45亿元"
Q4 = "可引进入驻汽车零部件生产企业20余家,实现年产值10亿元、税收8000万元,提供就业岗位1200余个"
PJ2 = "渭南高新区汽车核心零部件产业园一期项目"
AS2 = "2022-03-14"
G["yi02"] = dict(
 article=art("渭南高新区举行2022年3月项目集中开工动员会暨汽车核心零部件产业园一期项目开工仪式",
  "中国高新网（chinahightech.com，园区动态；来源:渭南高新区，作者:左苏阳一）", "2022-03-15", "day",
  "National high-tech-zone portal relaying a zone's own release, Shaanxi: a monthly groundbreaking — five projects with total and year's investment, the zone's municipal key projects started / resumed with rates, the lead project (an auto-parts park, phase 1) with its investor, amount and expectations",
  "http://www.chinahightech.com/html/yuanqu/yqdt/2022/0315/5631768.html",
  "日期取页面“2022-03-15 11:11:27”，来源:渭南高新区。标题照录；栏目路径、日期来源行、“(摄影:左苏阳一)”“(责任编辑:王丹萍)”及其后版权声明已删。正文四段，完整。园区：渭南高新区（渭南市，陕西）。汽车核心零部件产业园一期项目为园中园建设项目，其园区名“渭南高新区汽车核心零部件产业园”列为可选园区（parent 渭南高新区）。项目：渭南高新区汽车核心零部件产业园一期项目（当天开工→开工；计划总投资9.45亿元；投资方陕西威楠高科(集团)实业有限责任公司）。事实：本次开工5个项目、总投资12.45亿元（reported，2022-03-14）；“年度投资4.55亿元”为年度计划（target）；产业项目3个、11.52亿元（可选）；市级重点项目“截至3月”开复工38个、开复工率67.9%、新建开工12个、开工率42.9%（cumulative / ratio）；项目的厂房投资、入驻企业数、年产值、税收、就业为项目事实（预计者 target）。",
  "yi02"),
 parks=[
  park(WN, "渭南", "陕西", "高新区", Q0),
  park(WNP, "渭南", "陕西", "产业园", Q3, parent=WN, aliases=["汽车核心零部件产业园"], opt=True,
       note="园中园；以“一期项目”出现，文中未单独称园区"),
 ],
 companies=[
  comp("陕西威楠高科(集团)实业有限责任公司", WN, Q3, aliases=["陕西威楠高科（集团）实业有限责任公司"], note="项目投资方；项目在渭南高新区"),
 ],
 projects=[
  proj(PJ2, WN, Q3, companies=["陕西威楠高科(集团)实业有限责任公司"], inv="计划总投资9.45亿元", status="开工", status_text="当天开工",
       phase="一期", aliases=["汽车核心零部件产业园一期项目"], note="园中园建设项目，主要建厂房"),
 ],
 aggregate_facts=[
  fact(WN, "park", "projects_started", 5, "count", Q1, AS2, note="本次集中开工项目"),
  fact(WN, "park", "started_projects_investment_cny", 1.245e9, "cny", Q1, AS2, chk=True),
  fact(WN, "park", "started_projects_annual_investment_cny", 4.55e8, "cny", "年度投资4.55亿元", "2022年（计划）", kind="target", chk=True),
  fact(WN, "park", "industrial_projects_started", 3, "count", "其中产业项目3个,总投资11.52亿元", AS2, opt=True),
  fact(WN, "park", "industrial_projects_started_investment_cny", 1.152e9, "cny", "总投资11.52亿元", AS2, opt=True, chk=True),
  fact(WN, "park", "municipal_key_projects", 56, "count", Q2, "2022年", opt=True, note="市级重点项目总数"),
  fact(WN, "park", "municipal_key_projects_started_or_resumed", 38, "count", Q2, "截至2022年3月", kind="cumulative"),
  fact(WN, "park", "municipal_key_projects_start_rate", 0.679, "ratio", "开复工率67.9%", "截至2022年3月", kind="ratio"),
  fact(WN, "park", "new_municipal_key_projects_started", 12, "count", "其中新建市级重点项目开工12个,开工率42.9%", "截至2022年3月", kind="cumulative", opt=True),
  fact(WN, "park", "new_municipal_key_projects_start_rate", 0.429, "ratio", "开工率42.9%", "截至2022年3月", kind="ratio", opt=True),
  fact(PJ2, "project", "land_mu", 110, "mu", Q3, AS2, opt=True),
  fact(PJ2, "project", "plant_investment_cny", 4.45e8, "cny", "其中厂房建设投资4.45亿元", AS2, opt=True, chk=True),
  fact(PJ2, "project", "expected_annual_output_cny", 1e9, "cny", "实现年产值10亿元", "建成后（预计）", kind="target", chk=True),
  fact(PJ2, "project", "expected_annual_tax_cny", 8e7, "cny", "税收8000万元", "建成后（预计）", kind="target", chk=True),
  fact(PJ2, "project", "expected_tenant_firms", 20, "count", Q4, "建成后（预计）", kind="target", qual="余", qtext="余", opt=True),
  fact(PJ2, "project", "expected_jobs", 1200, "count", Q4, "建成后（预计）", kind="target", qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- yi03 天水经开区 三阳高新技术产业园 (天水日报 2022)
TS = "天水经济技术开发区"
SY = "三阳高新技术产业园"
JC = "冀城产业园"
R0 = "加快推进国家级天水经济技术开发区“扩区增容”,高标准建设三阳高新技术产业园、冀城产业园,推动形成“一区多园”发展新格局"
R1 = "2月16日,天水经济技术开发区三阳高新技术产业园建设现场,平整后的川道上机声隆隆,一辆辆挖掘机和渣土车来回穿梭,一派忙碌的施工景象"
R2 = "该产业园计划总投资约104亿元,其中包括征地40亿元、拆迁42亿元、基础设施建设22亿元"
R3 = "预计到“十四五”末,产业园总产值达到300亿元以上"
G["yi03"] = dict(
 article=art("天水经开区打造产业聚集新引擎", "天水日报（新天水·天水日报记者 张文都），01版", "2022-02-22", "day",
  "City daily's front page, Gansu: a national ETDZ's expansion — a new high-tech sub-park under construction with its planned investment (and breakdown), area, build time, industries and a 2025 output target; a second sub-park named",
  "http://60.165.100.97:9999/epaper/htm/tsrb/content/20220222/Articel01004WD.htm",
  "日期取版面“时间:2022年02月22日 来源:天水日报”（数字报，01版）。标题照录；版面导航、日期来源行及记者署名行“□新天水·天水日报记者 张文都”已删（署名行在导语段之后，作为段间整行删去）。**截断**：存段末段“‘去年6月份启动产业园建设工作,通过各种渠道筹集资金,力争三年内完成工业区基”在引语中中断，整段删去；正文止于“…产业园总产值达到300亿元以上。”。real28 的检索曾见此页，以截断为由未用，未入任何集。园区：天水经济技术开发区（文中又作“天水经开区”；天水市，甘肃）；三阳高新技术产业园（“天水经济技术开发区三阳高新技术产业园”，parent 天水经济技术开发区）；冀城产业园（与三阳并列为扩区增容、“一区多园”之园，parent 由语境推断）。项目：三阳高新技术产业园建设（园区开发项目；“计划总投资约104亿元”→约；“建设现场…一派忙碌的施工景象”→在建）。事实：征地40亿元、拆迁42亿元、基础设施建设22亿元为项目投资构成（可选）；规划面积15.8平方公里；“预计到‘十四五’末，产业园总产值达到300亿元以上”为 target（超）。",
  "yi03"),
 parks=[
  park(TS, "天水", "甘肃", "经济技术开发区", R0, aliases=["天水经开区"], note="国家级"),
  park(SY, "天水", "甘肃", "高新技术产业园", R1, parent=TS, note="经开区扩区增容建设"),
  park(JC, "天水", "甘肃", "产业园", R0, parent=TS, note="与三阳并列；parent 由“扩区增容…一区多园”推断"),
 ],
 projects=[
  proj("三阳高新技术产业园", TS, R2, inv="计划总投资约104亿元", qual="约", qual_text="约", status="在建", status_text="建设现场…一派忙碌的施工景象",
       aliases=["三阳高新技术产业园建设"], note="园区开发项目（征地、拆迁、基础设施）；计划三年建成"),
 ],
 aggregate_facts=[
  fact(SY, "project", "land_acquisition_cny", 4e9, "cny", "征地40亿元", "计划", kind="target", opt=True, chk=True),
  fact(SY, "project", "demolition_cny", 4.2e9, "cny", "拆迁42亿元", "计划", kind="target", opt=True, chk=True),
  fact(SY, "project", "infrastructure_cny", 2.2e9, "cny", "基础设施建设22亿元", "计划", kind="target", opt=True, chk=True),
  fact(SY, "park", "planned_area_km2", 15.8, "km2", "规划面积15.8平方公里,计划三年建成", "规划", kind="target"),
  fact(SY, "park", "industrial_output_cny", 3e10, "cny", R3, "“十四五”末（2025年）", kind="target", qual="超", qtext="以上", chk=True),
 ])

# ---------------------------------------------------------------- yi04 石嘴山 2026 招商引资与项目 (宁夏日报 2026)
SZS = "石嘴山市"
SJ = "石嘴山经开区"
S0 = "全年共谋划招商引资项目269个,计划总投资720.7亿元"
S1 = "其中,在谈线索111个,计划总投资262.1亿元,计划实施项目158个,计划总投资458.6亿元"
S2 = "位于石嘴山经开区的宁夏鑫隆恒业新材料科技有限公司年产10亿包水晶饰品建设项目正火热推进,厂房建设与生产线设备建设同步推进"
S3 = "宁夏祥源化工有限公司拟盘活闲置土地,投资建设年产20万吨电子级盐酸等多条高附加值化工产品生产线及配套储运设施,计划于3月开工"
S4 = "宁夏天地奔牛实业集团有限公司的矿山机械工业制造领域高质量数据集平台建设及场景应用示范项目已完成备案"
AS4 = "2026年（计划）"
G["yi04"] = dict(
 article=art("（无标题）石嘴山市2026年谋划招商引资项目269个 计划总投资720.7亿元", "宁夏日报（本报讯，记者 姬禹；数字报 szb.nxrb.cn）",
  "2026-01-15", "day",
  "Provincial daily, Ningxia: a city's 2026 investment-promotion and project plan (counts and planned totals), one firm's project under way in an ETDZ, two firms' projects planned or filed, measures",
  "http://szb.nxrb.cn/nxrb/pc/con/202601/15/content_185820.html",
  "日期取网址 202601/15（数字报）；消息称“1月13日”获悉。存段无标题、无日期行（title 为编者概括）。**截断**：末段为一段引语，其后说话人“石嘴山高新区规建”在此中断；该段整段删去（连同其中唯一出现的“石嘴山高新区”），正文止于“…确保新建项目前期手续办结率。”。园区：石嘴山经开区（石嘴山市，宁夏）。“10个特色产业示范园”为泛称，不列园区。公司：宁夏鑫隆恒业新材料科技有限公司（“位于石嘴山经开区的”）；宁夏祥源化工有限公司、宁夏天地奔牛实业集团有限公司（文中未说所在园区→null）。项目：鑫隆恒业年产10亿包水晶饰品建设项目（正火热推进→在建，石嘴山经开区）；祥源化工年产20万吨电子级盐酸等生产线及配套储运设施（计划于3月开工→planned，park null）；天地奔牛数据集平台建设及场景应用示范项目（已完成备案→planned，park null）；均无金额。事实：石嘴山市2026年谋划招商引资项目269个、计划总投资720.7亿元，在谈线索111个（262.1亿元），计划实施项目158个（458.6亿元）——全为市级计划数（subject_type region，kind target），不属任何园区。",
  "yi04"),
 parks=[
  park(SJ, "石嘴山", "宁夏", "经开区", S2),
 ],
 companies=[
  comp("宁夏鑫隆恒业新材料科技有限公司", SJ, S2),
  comp("宁夏祥源化工有限公司", None, S3, note="文中未说所在园区"),
  comp("宁夏天地奔牛实业集团有限公司", None, S4, note="文中未说所在园区"),
 ],
 projects=[
  proj("宁夏鑫隆恒业新材料科技有限公司年产10亿包水晶饰品建设项目", SJ, S2, companies=["宁夏鑫隆恒业新材料科技有限公司"],
       status="在建", status_text="正火热推进", aliases=["年产10亿包水晶饰品建设项目"]),
  proj("年产20万吨电子级盐酸等多条高附加值化工产品生产线及配套储运设施", None, S3, companies=["宁夏祥源化工有限公司"],
       status="planned", status_text="计划于3月开工", aliases=["年产20万吨电子级盐酸项目"], note="盘活闲置土地；所在园区未说"),
  proj("矿山机械工业制造领域高质量数据集平台建设及场景应用示范项目", None, S4, companies=["宁夏天地奔牛实业集团有限公司"],
       status="planned", status_text="已完成备案", note="数据平台项目；所在园区未说"),
 ],
 aggregate_facts=[
  fact(SZS, "region", "investment_projects_planned", 269, "count", S0, AS4, kind="target", note="谋划招商引资项目"),
  fact(SZS, "region", "investment_projects_planned_investment_cny", 7.207e10, "cny", S0, AS4, kind="target", chk=True),
  fact(SZS, "region", "projects_in_negotiation", 111, "count", S1, AS4, kind="target", note="在谈线索"),
  fact(SZS, "region", "projects_in_negotiation_investment_cny", 2.621e10, "cny", "在谈线索111个,计划总投资262.1亿元", AS4, kind="target", chk=True),
  fact(SZS, "region", "projects_to_implement", 158, "count", "计划实施项目158个,计划总投资458.6亿元", AS4, kind="target"),
  fact(SZS, "region", "projects_to_implement_investment_cny", 4.586e10, "cny", "计划实施项目158个,计划总投资458.6亿元", AS4, kind="target", chk=True),
  fact(SZS, "region", "featured_industrial_parks", 10, "count", "石嘴山市依托10个特色产业示范园招商图谱开展精准对接", "2026年1月", opt=True),
 ])

# ---------------------------------------------------------------- yi05 安顺经开区 “十四五” 发布会 (安顺广播电视台 2025)
AS = "安顺经开区"
HK = "安顺航空配套制造产业园"
GH = "贵州航空产业城"
T0 = "“十四五”以来,该区培育新增55家规上工业企业,规上工业增加值占全市比重从2021年的25.3%提高到2024年的28.8%"
T1 = "高标准推进安顺航空配套制造产业园建设,成功引进上海速威、上海先越、铭航兰德等11家优质企业"
T2 = "全力推进贵州航空产业城“112”工程项目,极大提升了航空主机企业贵飞公司核心能力,有望支撑贵飞明年产值突破50亿元大关"
T3 = "该区成功引进了全球首家四证齐全的eVTOL(电动垂直起降飞行器)企业——亿航智能"
T4 = "安顺经开区还推动落地了铭智新能源汽车配件生产制造项目,投产后预计可实现年产值5亿元以上,带动就业超1500人"
T5 = "全国最大的苗药研制生产企业贵州百灵持续领跑,成为全市首家产值突破40亿元企业"
T6 = "新建成的百灵医药物流园预计可支撑年50亿元规模的药品、医疗器械及设备流通"
T7 = "重点引进的亚东药业项目投产后预计可实现年产能6亿支液体制剂"
T8 = "得宝、聚福菌、金尘茶等一批特色食品企业快速成长"
G["yi05"] = dict(
 article=art("（无标题）安顺高质量完成“十四五”规划系列主题新闻发布会安顺经开区专场", "安顺广播电视台（gzastv.cn；存段无署名）",
  "2025-12", "month",
  "City broadcaster's website, Guizhou: an ETDZ's five-year review at a city press conference — new above-scale firms and share of city value added, an aviation sub-park with firms brought in, a maker's output outlook, projects landed / completed / brought in with expectations, named firms",
  "http://www.gzastv.cn/ac/b/content_186339.shtml",
  "存段无标题、无日期行（title 为编者概括）。发布会在“12月5日”，回顾“十四五”（2021–2025），并说“2024年”比重、“贵飞明年产值”，故发布于2025年12月（month）。正文三段，存段止于句末（是否为全文之末未知）。园区：安顺经开区（安顺市，贵州）；安顺航空配套制造产业园（经开区“高标准推进…建设”，parent 安顺经开区）；贵州航空产业城（安顺经开区为其“主战场”，为省级产业基地，列为可选园区，不设 parent）。公司：上海速威、上海先越、铭航兰德（“成功引进…11家优质企业”，主语为安顺经开区；是否入驻航空配套制造产业园文意两可，记安顺经开区）；亿航智能（该区引进）；贵州百灵（段落语境在经开区，推断）；贵飞公司（航空主机企业，文中未明说在经开区→null，可选）；亚东药业只在项目名中（可选）；得宝、聚福菌、金尘茶（特色食品企业，可选）。项目：铭智新能源汽车配件生产制造项目（“推动落地了”→无状态）；百灵医药物流园（“新建成的”→竣工）；亚东药业项目（“重点引进的”→无状态）；贵州航空产业城“112”工程项目（“全力推进”，可选，无状态、park null）。事实：新增规上工业企业55家（“十四五”以来，cumulative）；规上工业增加值占全市比重2021年25.3%、2024年28.8%（ratio）；11家（cumulative，可选）；贵飞明年产值突破50亿元（target，超）；铭智年产值5亿元以上（target，超）、就业超1500人；贵州百灵产值突破40亿元（超）；物流园年50亿元流通规模（target，可选）；亚东年产能6亿支（target，可选）。",
  "yi05"),
 parks=[
  park(AS, "安顺", "贵州", "经开区", "作为贵州航空产业城的主战场,5年来,安顺经开区紧紧围绕“一中心、两园区、两基地”功能定位"),
  park(HK, "安顺", "贵州", "产业园", T1, parent=AS),
  park(GH, "安顺", "贵州", "产业基地", "作为贵州航空产业城的主战场", opt=True, note="省级产业基地；安顺经开区为其主战场"),
 ],
 companies=[
  comp("上海速威", AS, T1, note="引进企业；或在航空配套制造产业园"),
  comp("上海先越", AS, T1, note="同上"),
  comp("铭航兰德", AS, T1, note="同上"),
  comp("亿航智能", AS, T3),
  comp("贵州百灵", AS, T5, note="所在由段落语境推断"),
  comp("贵飞公司", None, T2, aliases=["贵飞"], opt=True, note="航空主机企业；文中未明说所在园区"),
  comp("亚东药业", AS, T7, opt=True, note="只在项目名中"),
  comp("得宝", AS, T8, opt=True),
  comp("聚福菌", AS, T8, opt=True),
  comp("金尘茶", AS, T8, opt=True, note="亦为产品名"),
 ],
 projects=[
  proj("铭智新能源汽车配件生产制造项目", AS, T4, status=None, status_text="推动落地了", note="落地，无状态；投产后预计年产值5亿元以上"),
  proj("百灵医药物流园", AS, T6, companies=["贵州百灵"], status="竣工", status_text="新建成的", note="所在由语境推断"),
  proj("亚东药业项目", AS, T7, companies=["亚东药业"], status=None, status_text="重点引进的"),
  proj("贵州航空产业城“112”工程项目", None, T2, status=None, status_text="全力推进", opt=True, note="产业城工程，非单一项目"),
 ],
 aggregate_facts=[
  fact(AS, "park", "new_above_scale_industrial_firms", 55, "count", T0, "2021–2025年（“十四五”以来）", kind="cumulative"),
  fact(AS, "park", "share_of_city_industrial_value_added", 0.253, "ratio", T0, "2021年", kind="ratio"),
  fact(AS, "park", "share_of_city_industrial_value_added", 0.288, "ratio", T0, "2024年", kind="ratio"),
  fact(HK, "park", "firms_attracted", 11, "count", T1, "2021–2025年", kind="cumulative", opt=True),
  fact("贵飞公司", "company", "output_cny", 5e9, "cny", "有望支撑贵飞明年产值突破50亿元大关", "2026年（预计）", kind="target", qual="超", qtext="突破", chk=True),
  fact("铭智新能源汽车配件生产制造项目", "project", "expected_annual_output_cny", 5e8, "cny", "投产后预计可实现年产值5亿元以上", "投产后（预计）", kind="target",
       qual="超", qtext="以上", chk=True),
  fact("铭智新能源汽车配件生产制造项目", "project", "expected_jobs", 1500, "count", "带动就业超1500人", "投产后（预计）", kind="target", qual="超", qtext="超", opt=True),
  fact("贵州百灵", "company", "output_cny", 4e9, "cny", T5, "2025年", qual="超", qtext="突破", chk=True),
  fact("百灵医药物流园", "project", "expected_annual_distribution_cny", 5e9, "cny", "预计可支撑年50亿元规模的药品、医疗器械及设备流通", "建成后（预计）", kind="target", opt=True, chk=True),
  fact("亚东药业项目", "project", "expected_annual_capacity_units", 6e8, "支", T7, "投产后（预计）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- yi06 玉溪高新区一季度经济运行 (玉溪网 / 玉溪日报 2023)
YX = "玉溪高新区"
V0 = "一季度,完成规上工业总产值271亿元,同比增长5.4%;完成规上工业增加值199.1亿元,同比增长6.1%;完成固定资产投资8.58亿元,同比增长20.5%"
V1 = "卷烟及配套产业是玉溪高新区最具竞争力产业,拥有红塔集团、恩捷新材料、中烟施伟策等一批骨干企业"
V2 = "一季度,完成规上工业总产值225.7亿元、同比增长6.1%,占玉溪高新区规上工业总产值的83.3%,约占全市规上工业总产值的25%"
V3 = "生物医药产业方面,玉溪高新区先后集聚了玉溪沃森、九洲生物、泽润生物、嘉和生物、维和药业、红云制药等23家企业"
V4 = "一季度,完成规上工业总产值16.5亿元,同比增长13.2%"
AS6 = "2023年一季度"
G["yi06"] = dict(
 article=art("玉溪高新区一季度经济运行平稳", "玉溪网（玉溪日报记者 李文雯），载于通海县政府网站 zzb.tonghai.gov.cn", "2023-05-16", "day",
  "City news site relayed on a county government site, Yunnan: a national high-tech zone's Q1 figures with growth rates, its tobacco and biomedicine clusters with named firms, sector output, growth and shares",
  "http://zzb.tonghai.gov.cn/yxs/zxdt/20230516/1444816.html",
  "日期取页面“公开日期 | 2023-05-16”，来源“玉溪网”；文末“(玉溪日报记者 李文雯)”保留。标题照录；索引号、来源行及“相关阅读”已删。正文三段，完整。另：real44 zn02 为同一记者的玉溪高新区上半年稿（2023-07-28），不是同一则新闻。园区：玉溪高新区（玉溪市，云南）；“国家火炬玉溪高新区生物医药特色产业基地”为称号，列为可选园区（parent 玉溪高新区）。公司（均在玉溪高新区）：红塔集团、恩捷新材料、中烟施伟策（卷烟及配套骨干企业）；玉溪沃森、九洲生物、泽润生物、嘉和生物、维和药业、红云制药（生物医药）。无项目。事实（2023年一季度）：园区规上工业总产值271亿元（+5.4%）、规上工业增加值199.1亿元（+6.1%）、固定资产投资8.58亿元（+20.5%）；卷烟及配套产业产值225.7亿元（+6.1%，占园区83.3%，约占全市25%）；生物医药企业23家，产值16.5亿元（+13.2%）。产业数据以园区为主体、以产业作 metric。",
  "yi06"),
 parks=[
  park(YX, "玉溪", "云南", "高新区", "今年以来,玉溪高新区认真贯彻中央、省委、市委经济工作会议精神"),
  park("国家火炬玉溪高新区生物医药特色产业基地", "玉溪", "云南", "产业基地", "被科技部火炬中心命名为“国家火炬玉溪高新区生物医药特色产业基地”",
       parent=YX, opt=True, note="称号"),
 ],
 companies=[
  comp("红塔集团", YX, V1),
  comp("恩捷新材料", YX, V1),
  comp("中烟施伟策", YX, V1),
  comp("玉溪沃森", YX, V3, note="以玉溪沃森为龙头"),
  comp("九洲生物", YX, V3),
  comp("泽润生物", YX, V3),
  comp("嘉和生物", YX, V3),
  comp("维和药业", YX, V3),
  comp("红云制药", YX, V3),
 ],
 aggregate_facts=[
  fact(YX, "park", "above_scale_industrial_output_cny", 2.71e10, "cny", V0, AS6, chk=True),
  fact(YX, "park", "above_scale_industrial_output_yoy_growth", 0.054, "ratio", V0, AS6, kind="ratio"),
  fact(YX, "park", "above_scale_industrial_value_added_cny", 1.991e10, "cny", "完成规上工业增加值199.1亿元,同比增长6.1%", AS6, chk=True),
  fact(YX, "park", "above_scale_industrial_value_added_yoy_growth", 0.061, "ratio", "完成规上工业增加值199.1亿元,同比增长6.1%", AS6, kind="ratio"),
  fact(YX, "park", "fixed_asset_investment_cny", 8.58e8, "cny", "完成固定资产投资8.58亿元,同比增长20.5%", AS6, chk=True),
  fact(YX, "park", "fixed_asset_investment_yoy_growth", 0.205, "ratio", "完成固定资产投资8.58亿元,同比增长20.5%", AS6, kind="ratio"),
  fact(YX, "park", "tobacco_industry_output_cny", 2.257e10, "cny", V2, AS6, chk=True, note="卷烟及配套产业规上工业总产值"),
  fact(YX, "park", "tobacco_industry_output_yoy_growth", 0.061, "ratio", V2, AS6, kind="ratio"),
  fact(YX, "park", "tobacco_industry_share_of_park_output", 0.833, "ratio", V2, AS6, kind="ratio"),
  fact(YX, "park", "tobacco_industry_share_of_city_output", 0.25, "ratio", V2, AS6, kind="ratio", qual="约", qtext="约"),
  fact(YX, "park", "biomedicine_firms", 23, "count", V3, AS6),
  fact(YX, "park", "biomedicine_output_cny", 1.65e9, "cny", V4, AS6, chk=True),
  fact(YX, "park", "biomedicine_output_yoy_growth", 0.132, "ratio", V4, AS6, kind="ratio"),
 ])

# ---------------------------------------------------------------- yi07 昌吉国家高新区 5 projects (2015)
CH = "昌吉国家高新区"
W0 = "5月26日,笔者在昌吉国家高新区采访时获悉,今年,该区共有5个项目被列入昌吉州“100个重点项目”和“100个民生项目”"
W9 = "截至目前,5个项目均已按计划开复工建设,开复工率达到100%"
ST = dict(status="开工", status_text="均已按计划开复工建设", status_alt="在建")
G["yi07"] = dict(
 article=art("昌吉国家高新区5个项目纳入昌吉州“双百”计划", "wulumuqi.baogaosu.com（报告速递，乌鲁木齐站；原刊未示，署“笔者”）", "2015-05-28", "day",
  "Local-news relay site, Xinjiang: a national high-tech zone's five projects in the prefecture's key and livelihood lists, each with its amount, all started or resumed",
  "http://wulumuqi.baogaosu.com/xinwen/%E5%8F%8C%E7%99%BE%E8%AE%A1%E5%88%92%E4%B8%AA%E9%A1%B9%E7%9B%AE%E7%BA%B3%E5%85%A5%E6%98%8C%E5%90%89/33501439/",
  "日期取页面“28.05.2015 12:45”（转载站的时间；采访在5月26日）。原刊未示（通讯员稿，署“笔者”）。标题照录；正文三段，完整；短稿（不足300字）。园区：昌吉国家高新区（正文又作“昌吉高新区”，见于项目名；昌吉州，新疆）。项目（均在昌吉国家高新区）：浦煜国际物流汇算中心项目（投资12亿元）、自治区质量技术监督检验检测中心项目（4.95亿元）、北辰天然气母站项目（15亿元）、昌吉建材110千伏输变电工程（4725万元）、G30与昌吉高新区吉祥南路互通式立交建设项目（9447万元）；“均已按计划开复工建设”→开工（开复工含复工，status_alt 在建）。“昌吉建材”“北辰”可能为企业名，文中只在项目名中，不另列公司。事实：5个项目列入州“双百”计划（其中重点3个、民生2个）；开复工率100%（ratio 1.0）。",
  "yi07"),
 parks=[
  park(CH, "昌吉", "新疆", "高新区", W0, aliases=["昌吉高新区"], note="国家级；“昌吉高新区”见于项目名"),
 ],
 projects=[
  proj("浦煜国际物流汇算中心项目", CH, "投资12亿元的浦煜国际物流汇算中心项目", inv="投资12亿元", **ST),
  proj("自治区质量技术监督检验检测中心项目", CH, "投资4.95亿元的自治区质量技术监督检验检测中心项目", inv="投资4.95亿元", **ST),
  proj("北辰天然气母站项目", CH, "投资15亿元的北辰天然气母站项目", inv="投资15亿元", **ST),
  proj("昌吉建材110千伏输变电工程", CH, "投资4725万元的昌吉建材110千伏输变电工程", inv="投资4725万元", **ST),
  proj("G30与昌吉高新区吉祥南路互通式立交建设项目", CH, "投资9447万元的G30与昌吉高新区吉祥南路互通式立交建设项目", inv="投资9447万元",
       aliases=["吉祥南路互通式立交建设项目"], **ST),
 ],
 aggregate_facts=[
  fact(CH, "park", "projects_in_prefecture_lists", 5, "count", W0, "2015年"),
  fact(CH, "park", "projects_start_rate", 1.0, "ratio", W9, "截至2015年5月26日", kind="ratio"),
 ])
