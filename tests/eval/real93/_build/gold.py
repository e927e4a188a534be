# real93 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth rates and shares as
# ratios. Projects: the park is the one the text places the project in, null if none (a city or county is not a park).
# Status from the text's words (集中开工 → 开工; 正在建设 / 引进实施 with money already spent → 在建; “相继开工建设、投产运营”
# → 开工 with status_alt 投产). “预计” figures are kind target with “（预计）” in as_of, “计划” figures kind target with
# “（计划）”; “截至…”/“累计” figures are cumulative; a figure for a named period (“1月至11月”, “一季度”) is reported with
# the period in as_of. Sources are `search` (corpus pages) excerpts typed into _raw/pages/xkNN.raw as returned.

# ---------------------------------------------------------------- xk01 兴义市(义龙新区) 30 projects started (兴义市融媒体中心 via rexun 2023)
YL = "义龙新区"
YLC = "义龙新材料产业园"
A0 = "其中兴义市(义龙新区)2023年第一季度集中开工的有30个重大项目,总投资224.8亿元,2023年计划投资70.97亿元"
A1 = "义龙新区振华新材料有限公司锂离子电池正极材料生产线(三期)项目位于兴义市义龙新材料产业园,项目总投资80亿元,计划到2025年底前全部建成投产"
A2 = "此次集中开工项目包括17个新型工业化项目,总投资183.71亿元,义龙新区振华新材料有限公司锂离子电池正极材料生产线(三期)项目就是其中一个"
A3 = "此次开工黔西南州重大项目共68个,总投资351.67亿元,年度投资目标119.15亿元"
PJ1 = "义龙新区振华新材料有限公司锂离子电池正极材料生产线(三期)项目"
AS1 = "2023-02-01"
G["xk01"] = dict(
 article=art("总投资224.8亿元 兴义市(义龙新区)2023年第一季度集中开工重大项目30个", "兴义市融媒体中心，载于 rexun.cn（热讯网“深度”栏；页面标题前有栏目标签“【聚看点】”）", "2023-02-03", "day",
  "County-level media centre's item relayed by a news aggregator, Guizhou: a provincial groundbreaking's prefecture venue — the city / new area's 30 projects started with total and planned investment and a breakdown by kind, one named plant project (phase 3) in a materials park with investment, completion target, expected output and jobs; the prefecture's totals",
  "http://www.rexun.cn/shendu/2023/0203/020393779.html",
  "日期取网址 2023/0203；开工仪式为2月1日。标题照录，页面标题前的栏目标签“【聚看点】”已删（make_txt.py HEAD_PREFIX）；“首页 >深度 >”“(资料图片仅供参考)”与末行“来源:兴义市融媒体中心”已删（来源记于 outlet）。正文五段，完整。园区：义龙新区（文中作“兴义市(义龙新区)”“义龙新区”“兴义市义龙新区”；黔西南州，贵州；kind 记“新区”）；义龙新材料产业园（文中作“兴义市义龙新材料产业园”，母园区由名称推定为义龙新区）。项目：义龙新区振华新材料有限公司锂离子电池正极材料生产线(三期)项目——在义龙新材料产业园，总投资80亿元，本次集中开工（分会场设在该项目点，且“就是其中一个”）→开工，三期；“今年计划投资12亿,目前1月份已投资1.12亿”两数无“元”字，不记为 *_cny 事实；预期年产值200亿元、带动就业3500人以上（target）。公司：贵州振华义龙新材料有限公司（文中又以“义龙新区振华新材料有限公司”出现在项目名中），在产业园。事实：兴义市(义龙新区)的30个项目、224.8亿元、2023年计划投资70.97亿元（target），及其新型工业化10个 / 157.79亿元等分类数，主体记义龙新区（文中市、区并称）；“此次集中开工项目包括17个新型工业化项目,总投资183.71亿元”与后文兴义市(义龙新区)“新型工业化项目10个”不合，当指全州，记为黔西南州的可选事实；全州68个、351.67亿元、年度投资目标119.15亿元记黔西南州（region）。",
  "xk01"),
 parks=[
  park(YL, "黔西南州", "贵州", "新区", A0, district="兴义市", note="文中作“兴义市(义龙新区)”“义龙新区”“兴义市义龙新区”"),
  park(YLC, "黔西南州", "贵州", "产业园", A1, district="兴义市", parent=YL, aliases=["兴义市义龙新材料产业园"], note="母园区由名称推定"),
 ],
 companies=[
  comp("贵州振华义龙新材料有限公司", YLC, "贵州振华义龙新材料有限公司总工程师梅铭表示", aliases=["义龙新区振华新材料有限公司", "振华新材料有限公司"],
       note="项目名中作“义龙新区振华新材料有限公司”"),
 ],
 projects=[
  proj(PJ1, YLC, A1, companies=["贵州振华义龙新材料有限公司"], inv="项目总投资80亿元", phase="三期", status="开工", status_text="集中开工",
       aliases=["锂离子电池正极材料生产线(三期)项目"], note="本次集中开工项目之一，黔西南州分会场设在项目点；计划2025年底前全部建成投产"),
 ],
 aggregate_facts=[
  fact(YL, "park", "projects_started", 30, "count", A0, AS1, note="文中为“兴义市(义龙新区)”"),
  fact(YL, "park", "projects_started_investment_cny", 2.248e10, "cny", "总投资224.8亿元,2023年计划投资70.97亿元", AS1, chk=True),
  fact(YL, "park", "planned_annual_investment_cny", 7.097e9, "cny", "2023年计划投资70.97亿元", "2023年（计划）", kind="target", chk=True),
  fact(YL, "park", "industrial_projects_started", 10, "count", "新型工业化项目10个、总投资157.79亿元", AS1),
  fact(YL, "park", "industrial_projects_started_investment_cny", 1.5779e10, "cny", "新型工业化项目10个、总投资157.79亿元", AS1, chk=True),
  fact(YL, "park", "urbanization_projects_started", 5, "count", "包括新型城镇化项目5个、总投资22.31亿元", AS1, opt=True),
  fact(YL, "park", "agriculture_projects_started", 9, "count", "农业现代化项目9个、总投资16.43亿元", AS1, opt=True),
  fact(YL, "park", "tourism_projects_started", 4, "count", "旅游产业化项目4个、总投资21.14亿元", AS1, opt=True),
  fact(YL, "park", "infrastructure_projects_started", 2, "count", "基础设施项目2个、总投资6.18亿元", AS1, opt=True),
  fact(PJ1, "project", "expected_annual_output_cny", 2e10, "cny", "项目全部投产后将达成年产值200亿元", "全部投产后（预期）", kind="target", chk=True),
  fact(PJ1, "project", "expected_jobs", 3500, "count", "带动就业3500人以上", "全部投产后（预期）", kind="target", qual="超", qtext="以上"),
  fact("黔西南州", "region", "projects_started", 68, "count", A3, AS1),
  fact("黔西南州", "region", "projects_started_investment_cny", 3.5167e10, "cny", "总投资351.67亿元,年度投资目标119.15亿元", AS1, chk=True),
  fact("黔西南州", "region", "annual_investment_target_cny", 1.1915e10, "cny", "年度投资目标119.15亿元", "2023年（计划）", kind="target", chk=True),
  fact("黔西南州", "region", "industrial_projects_started", 17, "count", A2, AS1, opt=True, note="与兴义市(义龙新区)的10个不合，推定为全州数"),
  fact("黔西南州", "region", "industrial_projects_started_investment_cny", 1.8371e10, "cny", "总投资183.71亿元,义龙新区振华新材料有限公司", AS1, opt=True, chk=True),
 ])

# ---------------------------------------------------------------- xk02 贵阳高新区 招商引资测评第一 (贵州日报 2023)
GY = "贵阳高新区"
B0 = "本报讯(记者 杨唯)记者从贵阳高新区获悉,该区以综合得分104.76分,在2022年贵阳市各区(市、县、开发区)招商引资目标测评中排名第一"
B1 = "我们依托中航发黎阳、枣庄北航机床创新研究院有限公司、贵阳长之琳等企业,携手共建中航发黎阳发动机生态圈,已聚集了20余家企业和单位,今年产值有望突破百亿元"
B2 = "累计引进优强企业50家,其中“专精特新”等高科技企业42家,占总项目数的84%"
G["xk02"] = dict(
 article=art("（无标题）贵阳高新区2022年招商引资目标测评全市第一", "贵州日报（记者 杨唯），载于 szb.eyesnews.cn（贵州日报数字报）", "2023-03-14", "day",
  "Provincial party daily, Guizhou: a high-tech zone ranked first in the city's investment-attraction assessment — its score, an engine-maker ecosystem with named firms and its expected output, the zone's 2022 shares and counts of quality and high-tech firms introduced",
  "http://szb.eyesnews.cn/pc/cont/202303/14/content_88686.html",
  "日期取网址 202303/14。存段以“本报讯”起，无标题行（title 为编者概括）。存段末段“在贵州振华新材料股份有限公司的锂离子电池正极材料生产线建设项目沙文二期现场,自动化车间内机器运转,厂”在句中中断，整段删去，正文截至“…占总项目数的84%。”，共六段。园区：贵阳高新区（贵阳，贵州；文中未称“国家”，kind 记“高新区”）。公司：中航发黎阳、枣庄北航机床创新研究院有限公司、贵阳长之琳（全称“贵阳长之琳发动机零部件制造有限公司”）——园区负责人所说“我们依托…”，推定在园。“中航发黎阳发动机生态圈”（20余家企业和单位，今年产值有望突破百亿元）不是园区，其两项数字为可选事实（subject_type cluster）。事实：综合得分104.76分（可选）、2022年招商引资目标测评全市第一（rank 1）；“两主一特”项目数占比83.3%（可选）；累计引进优强企业50家（cumulative）、其中高科技企业42家、占84%（可选）。",
  "xk02"),
 parks=[
  park(GY, "贵阳", "贵州", "高新区", B0, note="文中又作“该区”"),
 ],
 companies=[
  comp("中航发黎阳", GY, B1, note="发动机生态圈龙头；在园由语境推定"),
  comp("枣庄北航机床创新研究院有限公司", GY, B1, note="在园由语境推定"),
  comp("贵阳长之琳发动机零部件制造有限公司", GY, "贵阳长之琳发动机零部件制造有限公司销售部部长张军说", aliases=["贵阳长之琳"], note="先作“贵阳长之琳”"),
 ],
 projects=[],
 aggregate_facts=[
  fact(GY, "park", "city_rank", 1, "rank", "在2022年贵阳市各区(市、县、开发区)招商引资目标测评中排名第一", "2022年度", note="招商引资目标测评；连续三年第一"),
  fact(GY, "park", "investment_promotion_score", 104.76, "points", "该区以综合得分104.76分", "2022年度", opt=True),
  fact("中航发黎阳发动机生态圈", "cluster", "firms", 20, "count", "已聚集了20余家企业和单位", "2023年3月", qual="余", qtext="余", opt=True),
  fact("中航发黎阳发动机生态圈", "cluster", "expected_annual_output_cny", 1e10, "cny", "今年产值有望突破百亿元", "2023年（预期）", kind="target", qual="超", qtext="突破", opt=True),
  fact(GY, "park", "industrial_projects_share", 0.833, "ratio", "“两主一特”产业项目数占引进工业项目数的83.3%", "2022年", kind="ratio", opt=True),
  fact(GY, "park", "quality_firms_introduced", 50, "count", B2, "截至2022年", kind="cumulative"),
  fact(GY, "park", "high_tech_firms_introduced", 42, "count", B2, "截至2022年", kind="cumulative"),
  fact(GY, "park", "high_tech_firms_share", 0.84, "ratio", "占总项目数的84%", "截至2022年", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- xk03 大龙开发区 2024 (铜仁日报 2025)
DL = "大龙开发区"
C0 = "2024年1月至11月,开发区完成规模以上工业产值222.09亿元,完成外贸进出口16.92亿元"
G["xk03"] = dict(
 article=art("（无标题）大龙开发区2024年新型工业化与招商引资", "铜仁日报，载于 szb.tongren.gov.cn（铜仁日报数字报）；存段无署名", "2025-01-13", "day",
  "City daily's digital edition, Guizhou: a county-level development zone's 2024 review — above-scale industrial output and foreign trade for eleven months, its investment-promotion teams, target industries and trips",
  "http://szb.tongren.gov.cn/trrb/content/202501/13/content_58802.html",
  "日期取网址 202501/13。存段无标题行（title 为编者概括），以“2024年,大龙开发区坚持…”起。存段在“成功引进广东凯金磨粉造粒”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…达成投资意向合作10家。”，含小标题一行，共四段。园区：大龙开发区（文中又作“开发区”；铜仁，贵州；kind 记“开发区”，级别文中未说）。事实：2024年1月至11月规上工业产值222.09亿元、外贸进出口16.92亿元（期间数，reported）；外出招商考察10余次、达成投资意向合作10家（可选）。无公司、项目（广东凯金在删去的残句中）。",
  "xk03"),
 parks=[
  park(DL, "铜仁", "贵州", "开发区", "2024年,大龙开发区坚持把新型工业化作为高质量发展的首要任务", note="文中又作“开发区”"),
 ],
 aggregate_facts=[
  fact(DL, "park", "industrial_output_above_scale_cny", 2.2209e10, "cny", C0, "2024年1月至11月", chk=True),
  fact(DL, "park", "import_export_cny", 1.692e9, "cny", "完成外贸进出口16.92亿元", "2024年1月至11月", chk=True),
  fact(DL, "park", "investment_trips", 10, "count", "先后赴福建、江苏、广东、湖南等地外出招商考察10余次", "2024年", qual="余", qtext="余", opt=True),
  fact(DL, "park", "investment_intentions", 10, "count", "达成投资意向合作10家", "2024年", opt=True),
 ])

# ---------------------------------------------------------------- xk04 金普新区 36 projects signed + Q1 (021cf 2025)
JP = "金普新区"
D0 = "3月27日,大连金普新区举行冲刺2025全年目标动员大会暨一季度招商项目集中签约仪式,仪式上36个项目集中签约,投资总额147亿元"
D1 = "一汽大柴中重型发动机技改、松木岛化工新材料中试基地、氢能产业园等一批重点项目相继开工建设、投产运营"
ASQ = "2025年一季度（预计）"
G["xk04"] = dict(
 article=art("大连金普新区:36个项目集中签约投资总额147亿元", "dalian.021cf.cn（地方资讯站“大连”分站；原发媒体与署名未注明）", "2025-03", "month",
  "Local news site, Liaoning: a state-level new area's first-quarter signing — 36 projects and their total, the quarter's estimated GDP, investment, output, FDI and trade figures with growth, planned project starts, three named projects started or in operation, a service park opened",
  "http://dalian.021cf.cn/index.php/post/8525.html",
  "存段无日期行；签约仪式为3月27日，且为“冲刺2025全年目标动员大会”，记 2025-03（month）。标题照录。存段末句“四是人工智能开辟新赛道。大连数谷500P高性能算力投入使用,工业互联网通用平台、工业”在句中中断，连同其小标题句一并删去（make_txt.py LINE_SUFFIX），正文截至“…千套人才公寓加快建设。”，共三段。园区：金普新区（文中作“大连金普新区”“新区”；大连，辽宁；kind 记“新区”）；数字人力资源服务产业园“投入运营”，列可选园区。项目：一汽大柴中重型发动机技改、松木岛化工新材料中试基地、氢能产业园——“相继开工建设、投产运营”，分不出各自阶段，status 记开工、status_alt 记投产；“氢能产业园”作为重点项目列项目。公司：一汽大柴（只在项目名中）、产控集团、德泰集团（信用评级）均可选。事实：36个项目、147亿元（签约日）；一季度“预计”的GDP增速、规上工业总产值900亿元与增加值增速、实际利用外资6550万美元及增速、进出口572亿元及增速为 target（as_of 注“预计”）；固定资产投资65亿元、增长5.3%为已完成数（reported / ratio）；“计划新开工项目60个,总投资284亿元,其中亿元以上项目35个”为 target（计划）。“所有项目投资额均为5000万以上”不计。",
  "xk04"),
 parks=[
  park(JP, "大连", "辽宁", "新区", D0, aliases=["大连金普新区"], note="文中又作“新区”"),
  park("数字人力资源服务产业园", "大连", "辽宁", "产业园（服务业）", "数字人力资源服务产业园投入运营", parent=JP, opt=True, note="投入运营；母园区由语境推定"),
 ],
 companies=[
  comp("一汽大柴", JP, D1, opt=True, note="只在项目名中"),
  comp("产控集团", JP, "产控集团和德泰集团携手取得双AAA信用评级", opt=True, note="信用评级；名称不全"),
  comp("德泰集团", JP, "产控集团和德泰集团携手取得双AAA信用评级", opt=True, note="同上"),
 ],
 projects=[
  proj("一汽大柴中重型发动机技改", JP, D1, companies=["一汽大柴"], status="开工", status_text="相继开工建设、投产运营", status_alt="投产"),
  proj("松木岛化工新材料中试基地", JP, D1, status="开工", status_text="相继开工建设、投产运营", status_alt="投产"),
  proj("氢能产业园", JP, D1, status="开工", status_text="相继开工建设、投产运营", status_alt="投产", note="重点项目，名为产业园"),
 ],
 aggregate_facts=[
  fact(JP, "park", "projects_signed", 36, "count", D0, "2025-03-27"),
  fact(JP, "park", "signed_investment_cny", 1.47e10, "cny", "仪式上36个项目集中签约,投资总额147亿元", "2025-03-27", chk=True),
  fact(JP, "park", "gdp_yoy_growth", 0.065, "ratio", "新区地区生产总值预计增长6.5%", ASQ, kind="target"),
  fact(JP, "park", "fixed_asset_investment_cny", 6.5e9, "cny", "固定资产投资完成65亿元,同比增长5.3%", "2025年一季度", chk=True),
  fact(JP, "park", "fixed_asset_investment_yoy_growth", 0.053, "ratio", "固定资产投资完成65亿元,同比增长5.3%", "2025年一季度", kind="ratio"),
  fact(JP, "park", "industrial_output_above_scale_cny", 9e10, "cny", "规上工业总产值预计完成900亿元、增加值增长7.5%", ASQ, kind="target", chk=True),
  fact(JP, "park", "above_scale_industrial_value_added_yoy_growth", 0.075, "ratio", "规上工业总产值预计完成900亿元、增加值增长7.5%", ASQ, kind="target"),
  fact(JP, "park", "actual_fdi_usd", 6.55e7, "usd", "实际利用外资预计完成6550万美元,同比增长107%", ASQ, kind="target"),
  fact(JP, "park", "actual_fdi_yoy_growth", 1.07, "ratio", "实际利用外资预计完成6550万美元,同比增长107%", ASQ, kind="target"),
  fact(JP, "park", "import_export_cny", 5.72e10, "cny", "外贸进出口总额预计完成572亿元,同比增长15%", ASQ, kind="target", chk=True),
  fact(JP, "park", "import_export_yoy_growth", 0.15, "ratio", "外贸进出口总额预计完成572亿元,同比增长15%", ASQ, kind="target"),
  fact(JP, "park", "projects_started", 60, "count", "一季度,计划新开工项目60个,总投资284亿元,其中亿元以上项目35个", "2025年一季度（计划）", kind="target"),
  fact(JP, "park", "projects_started_investment_cny", 2.84e10, "cny", "总投资284亿元,其中亿元以上项目35个", "2025年一季度（计划）", kind="target", chk=True),
  fact(JP, "park", "projects_started_over_100m", 35, "count", "其中亿元以上项目35个", "2025年一季度（计划）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- xk05 锦州 沿海经济带 (辽宁日报 via ln.cri.cn 2019)
BH = "锦州市滨海新区"
E0 = "在位于锦州市滨海新区的东旭(锦州)光电产业园项目工地上,机器轰鸣声不绝于耳,工人们正忙着进行项目建设,施工现场一派火热景象。这个投资140亿元的项目"
E1 = "今年以来,东旭集团、汉能集团等一批科技含量高,工艺先进,领先于同行业技术水平的项目相继落户锦州"
E2 = "截至5月份,锦州共引进外资765.44万美元,引进内资55.01亿元,同比增长15.4%"
E3 = "截至目前,锦州市新开工3000万元以上项目49个,总投资101亿元"
G["xk05"] = dict(
 article=art("锦州以沿海经济带为抓手加速新旧动能转换", "辽宁日报，载于 ln.cri.cn（国际在线辽宁频道；编辑:李静，责编:董健雄）", "2019-07-24", "day",
  "Provincial daily relayed by a national broadcaster's provincial channel, Liaoning: a coastal city's drive — a 140亿元 photoelectric industrial park project under construction in the city's coastal new area, investors landed, the city's park layout and planned reform zone, foreign and domestic capital introduced to May, projects started",
  "https://ln.cri.cn/20190724/b628db5b-1c63-5ece-7526-9e44f74c250c.html",
  "日期取页面“2019-07-24 17:33:50 | 来源:辽宁日报”。标题照录；日期来源行已删。同稿另有 big5.cri.cn 网关繁体页，未用。存段在“已开(复)工亿元以上项目105个,开(复)”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…完成序时进度的24.5%。”，共四段。园区：锦州市滨海新区（锦州，辽宁；kind 记“新区”）；“凌海市县域沿海经济改革试验区”为“加快设立”中，列可选。“2+5+2”园区只给个数，不列园区。项目：东旭(锦州)光电产业园项目——在滨海新区，投资140亿元，工地“正忙着进行项目建设”→在建；名为产业园，按项目列；企业由名称与下句“东旭集团…项目相继落户锦州”推定为东旭集团。公司：东旭集团、汉能集团（项目落户锦州，园区未说，park null）。事实：均为锦州市（region）：截至5月引进外资765.44万美元、引进内资55.01亿元（cumulative），“同比增长15.4%”记于内资（句读如此）；截至目前新开工3000万元以上项目49个、总投资101亿元（cumulative）。",
  "xk05"),
 parks=[
  park(BH, "锦州", "辽宁", "新区", E0),
  park("凌海市县域沿海经济改革试验区", "锦州", "辽宁", "试验区", "加快设立凌海市县域沿海经济改革试验区", district="凌海市", opt=True, note="拟设立"),
 ],
 companies=[
  comp("东旭集团", None, E1, note="项目落户锦州；东旭(锦州)光电产业园项目的投资方（推定）"),
  comp("汉能集团", None, E1),
 ],
 projects=[
  proj("东旭(锦州)光电产业园项目", BH, E0, companies=["东旭集团"], inv="投资140亿元", status="在建", status_text="正忙着进行项目建设",
       aliases=["东旭(锦州)光电产业园"], note="名为产业园，按项目列；企业由名称推定"),
 ],
 aggregate_facts=[
  fact("锦州市", "region", "foreign_investment_introduced_usd", 7654400, "usd", E2, "2019年1月至5月", kind="cumulative"),
  fact("锦州市", "region", "domestic_investment_introduced_cny", 5.501e9, "cny", "引进内资55.01亿元,同比增长15.4%", "2019年1月至5月", kind="cumulative", chk=True),
  fact("锦州市", "region", "domestic_investment_introduced_yoy_growth", 0.154, "ratio", "引进内资55.01亿元,同比增长15.4%", "2019年1月至5月", kind="ratio"),
  fact("锦州市", "region", "projects_started", 49, "count", E3, "2019年（截至7月）", kind="cumulative", note="3000万元以上项目"),
  fact("锦州市", "region", "projects_started_investment_cny", 1.01e10, "cny", "总投资101亿元,完成序时进度的24.5%", "2019年（截至7月）", kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- xk06 湟中县 县属工业园区 (huangzhong.gov.cn 2011)
SXZ = "上新庄工业园区"
DB = "多巴粮油精深加工暨设施农业示范园区"
F0 = "规划面积12平方公里的上新庄工业园区以建材产业为主导产业"
F1 = "规划面积12.5平方公里的多巴粮油精深加工暨设施农业示范园区以农副产品精深加工为主的综合性农业产业示范园区"
F2 = "今年上新庄工业区引进实施的工业项目有青海顺翔矿业有限公司投资8000万元的年产50万吨碳酸钙生产线和青海祁连山水泥有限公司投资58800万元的新型干法水泥二期生产线及底温余热发电机组项目等4项"
F3 = "项目建成后可实现年产值10亿元,上缴税金4600万元,实现利润1.5亿元"
AS6 = "2011年"
G["xk06"] = dict(
 article=art("湟中县 “三措并举”大力推进县属工业园区快速发展", "湟中县政府网站（huangzhong.gov.cn，“时政要闻”栏，来源:本站）", "2011-12-12", "day",
  "County government website, Qinghai: a county's own industrial parks — two parks' planned areas and roles, two named plant projects by two firms with their investments in the industrial park, the year's four projects with total and completed investment and expected output, tax and profit",
  "https://huangzhong.gov.cn/html/dzdt/4366.html",
  "日期取页面“时间:2011-12-12 来源:本站”。标题照录（“湟中县”后有一空格，原样）；面包屑、浏览时间行与页面残留代码“exit();?>”已删。存段在“多巴粮油精深加工暨设施农业示范园区实施的工业项目有湟中弘大”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…实现利润1.5亿元。”，共三段；段首“---”与半角引号原样。园区：上新庄工业园区（文中又作“上新庄工业区”；湟中县，西宁，青海）；多巴粮油精深加工暨设施农业示范园区；甘河工业区、西纳川现代高效农业示范园区只作参照，列可选；上新庄规划的建材产业园等“分园”不列。项目：青海顺翔矿业有限公司年产50万吨碳酸钙生产线（投资8000万元）、青海祁连山水泥有限公司新型干法水泥二期生产线及底温余热发电机组项目（投资58800万元，二期）——“今年上新庄工业区引进实施”，4项已完成投资3.6亿元→在建。事实：两园规划面积；上新庄4项在建项目、总投资6.93亿元、已完成投资3.6亿元（cumulative）；建成后年产值10亿元、税金4600万元、利润1.5亿元（target）。",
  "xk06"),
 parks=[
  park(SXZ, "西宁", "青海", "工业园区", F0, district="湟中县", aliases=["上新庄工业区"], note="文中又作“上新庄工业区”"),
  park(DB, "西宁", "青海", "农业产业示范园区", F1, district="湟中县"),
  park("甘河工业区", "西宁", "青海", "工业区", "以甘河工业区及周边工业的配套产业为补充", opt=True, note="只作参照"),
  park("西纳川现代高效农业示范园区", "西宁", "青海", "农业示范园区", "承接互补西纳川现代高效农业示范园区功能", district="湟中县", opt=True, note="只作参照"),
 ],
 companies=[
  comp("青海顺翔矿业有限公司", SXZ, F2),
  comp("青海祁连山水泥有限公司", SXZ, F2),
 ],
 projects=[
  proj("年产50万吨碳酸钙生产线", SXZ, "青海顺翔矿业有限公司投资8000万元的年产50万吨碳酸钙生产线", companies=["青海顺翔矿业有限公司"], inv="投资8000万元",
       status="在建", status_text="引进实施"),
  proj("新型干法水泥二期生产线及底温余热发电机组项目", SXZ, "青海祁连山水泥有限公司投资58800万元的新型干法水泥二期生产线及底温余热发电机组项目",
       companies=["青海祁连山水泥有限公司"], inv="投资58800万元", phase="二期", status="在建", status_text="引进实施"),
 ],
 aggregate_facts=[
  fact(SXZ, "park", "planned_area_km2", 12, "km2", F0, AS6),
  fact(DB, "park", "planned_area_km2", 12.5, "km2", F1, AS6),
  fact(SXZ, "park", "projects_under_construction", 4, "count", F2, AS6, note="今年引进实施的工业项目"),
  fact(SXZ, "park", "projects_under_construction_investment_cny", 6.93e8, "cny", "总投资6.93亿元,目前已完成投资3.6亿元", AS6, chk=True),
  fact(SXZ, "park", "investment_completed_cny", 3.6e8, "cny", "目前已完成投资3.6亿元", "截至2011年12月", kind="cumulative", chk=True),
  fact(SXZ, "park", "expected_annual_output_cny", 1e9, "cny", F3, "4项目建成后（预期）", kind="target", chk=True),
  fact(SXZ, "park", "expected_annual_tax_cny", 4.6e7, "cny", "上缴税金4600万元,实现利润1.5亿元", "4项目建成后（预期）", kind="target", chk=True),
  fact(SXZ, "park", "expected_annual_profit_cny", 1.5e8, "cny", "实现利润1.5亿元", "4项目建成后（预期）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- xk07 银川经开区 千亿园区 (经济日报 2024)
YC = "银川经济技术开发区"
H0 = "作为宁夏回族自治区的国家经济技术开发区,银川经济技术开发区(以下简称“银川经开区”)全力以赴拼经济"
H1 = "依托TCL中环、隆基绿能建成全球重要单晶硅棒和光伏材料生产基地"
H2 = "依托晶盛机电、天通银厦打造了全球重要工业蓝宝石生产基地"
H3 = "威力传动在我国风电减速器领域率先上市,巨能机器人成为全面实行注册制后率先在北交所上市的宁夏企业"
H4 = "蒙牛特仑苏、沃福百瑞、顶新集团、同仁堂形成西北生态健康食品产业集群"
H5 = "舍弗勒、小巨人机床等外资企业持续增资扩产,全年进出口总额同比增长41.27%,新增27家有进出口实绩企业"
AS7 = "2023年"
G["xk07"] = dict(
 article=art("“四上”企业营收突破千亿元大关 银川经开区:千亿新起点 扬帆再出发", "经济日报（paper.ce.cn 数字报；存段无署名、版次）", "2024-01-30", "day",
  "National economic daily's feature page, Ningxia: a national economic and technological development zone becomes a 100-billion zone — estimated revenue of above-quota firms, growth in industrial value added, investment and budget revenue, named firms by industry, foreign firms expanding, trade growth and new trading firms",
  "http://paper.ce.cn/pc/content/202401/30/content_288816.html",
  "日期取网址 202401/30。标题取引题“‘四上’企业营收突破千亿元大关”与主题“银川经开区:千亿新起点 扬帆再出发”，以空格相连；“上一篇”“放大+ 缩小- 默认o”已删。存段末句“面对新的形势,银川经开区紧紧围绕…锚定重点项目、头部企业、核心技术“三”在句中中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…招商引资难度加大。”，含小标题一行，共六段。园区：银川经济技术开发区（文中又作“银川经开区”；银川，宁夏；“国家经济技术开发区”）；“算力小镇”列可选。公司：TCL中环、隆基绿能、晶盛机电、天通银厦、威力传动、巨能机器人、沃福百瑞、顶新集团、同仁堂、舍弗勒、小巨人机床——文中以园区为主语列举，均记在园；“蒙牛特仑苏”为品牌名，可选。事实：“全年预计完成‘四上’企业营业收入超1120亿元”（target，超）；工业增加值、固定资产投资、一般公共预算收入增速与进出口总额增速（ratio，2023年）；新增有进出口实绩企业27家。",
  "xk07"),
 parks=[
  park(YC, "银川", "宁夏", "国家级经济技术开发区", H0, aliases=["银川经开区"], note="文中作“国家经济技术开发区”；简称“银川经开区”"),
  park("算力小镇", "银川", "宁夏", "特色小镇", "以人工智能服务器、数据算法业态为基础的“算力小镇”建设初具成效", parent=YC, opt=True, note="母园区由语境推定"),
 ],
 companies=[
  comp("TCL中环", YC, H1), comp("隆基绿能", YC, H1),
  comp("晶盛机电", YC, H2), comp("天通银厦", YC, H2),
  comp("威力传动", YC, H3, note="风电减速器领域率先上市"), comp("巨能机器人", YC, H3, note="北交所上市"),
  comp("蒙牛特仑苏", YC, H4, opt=True, note="品牌名"), comp("沃福百瑞", YC, H4), comp("顶新集团", YC, H4), comp("同仁堂", YC, H4),
  comp("舍弗勒", YC, H5, note="外资企业，增资扩产"), comp("小巨人机床", YC, H5, note="外资企业，增资扩产"),
 ],
 projects=[],
 aggregate_facts=[
  fact(YC, "park", "four_above_firms_revenue_cny", 1.12e11, "cny", "全年预计完成“四上”企业营业收入超1120亿元", "2023年全年（预计）", kind="target", qual="超", qtext="超", chk=True),
  fact(YC, "park", "industrial_value_added_yoy_growth", 0.323, "ratio", "工业增加值同比增长32.3%", AS7, kind="ratio"),
  fact(YC, "park", "fixed_asset_investment_yoy_growth", 0.209, "ratio", "固定资产投资同比增长20.9%", AS7, kind="ratio"),
  fact(YC, "park", "fiscal_revenue_yoy_growth", 0.191, "ratio", "一般公共预算收入同比增长19.1%", AS7, kind="ratio", note="一般公共预算收入"),
  fact(YC, "park", "import_export_yoy_growth", 0.4127, "ratio", "全年进出口总额同比增长41.27%", AS7, kind="ratio"),
  fact(YC, "park", "new_trading_firms", 27, "count", "新增27家有进出口实绩企业", AS7),
 ])

# ---------------------------------------------------------------- xk08 中卫 “凤凰城” (上游新闻 2018)
ZW = "中卫市中关村科技产业园"
I0 = "美国亚马逊将在中卫总投资15亿美元,一期建成3栋机房,实现900个机架3.5万台服务器的上线运营"
G["xk08"] = dict(
 article=art("（无标题）中卫喊出打造中国“凤凰城” 中关村科技产业园引来亚马逊15亿美元投资", "上游新闻（重庆晨报，m.cqcb.com “头条”栏）；存段无署名", "2018-06-14", "day",
  "City paper's news app, reporting from Ningxia: a desert city's cloud-computing and big-data drive — its science park's five advantages (location, geology, energy cost, climate, policy), a US cloud leader's planned investment and its first phase",
  "https://m.cqcb.com/headline/2018-06-14/900218_pc.html",
  "日期取网址 2018-06-14（文中“6月14日,上游新闻记者…”）。存段无标题、无日期行（title 为编者概括）。存段在末句“与此同时,中国移动也在中卫投资超25”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…3.5万台服务器的上线运营。”，共六段；中国移动只在删去的残句中。园区：中卫市中关村科技产业园（中卫，宁夏；文中一处作“中卫市中关村科技产园”，原文如此，列 alias）。公司：亚马逊（文中作“美国亚马逊”；园区负责人说“我们吸引了美国亚马逊的目光”，在园由语境推定）。亚马逊的投资未给项目名，不另列项目：“将在中卫总投资15亿美元”记为公司的计划投资（usd，target），一期3栋机房、900个机架、3.5万台服务器为可选。中卫的区位、气温、清洁能源占比等不计。",
  "xk08"),
 parks=[
  park(ZW, "中卫", "宁夏", "科技产业园", "中卫市中关村科技产业园相关负责人介绍,中卫地处黑河腾冲线以西", aliases=["中卫市中关村科技产园"],
       note="文中一处作“中卫市中关村科技产园”"),
 ],
 companies=[
  comp("亚马逊", ZW, I0, aliases=["美国亚马逊"], note="文中作“美国亚马逊”；在园由园区负责人所说推定"),
 ],
 projects=[],
 aggregate_facts=[
  fact("亚马逊", "company", "planned_investment_usd", 1.5e9, "usd", I0, "2018年6月（计划）", kind="target"),
  fact("亚马逊", "company", "phase1_racks", 900, "count", I0, "一期（计划）", kind="target", opt=True),
  fact("亚马逊", "company", "phase1_servers", 35000, "count", I0, "一期（计划）", kind="target", opt=True),
 ])
