# real338 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); an amount written without 元 (“总投资18亿”, “1.5个亿”)
# is kept verbatim with investment_cny null (unparsed=True, as real25 q04) or as a fact whose metric does not end in _cny.
# Growth rates and shares as ratios. Projects: the park the text places the project in. Status from the text's words
# (集中开工 / 开工建设 → 开工; 建成投用 → 竣工; 签约入驻 → 签约). Multi-year running totals (“三年来…累计”) are cumulative;
# “预计” / “计划” figures are target. Sources are `search` (corpus pages) excerpts typed into _raw/pages/pyNN.raw as returned.

# ---------------------------------------------------------------- py01 两江半导体产业园 (拓墣产业研究 via chinaaet 2020)
LJ = "两江新区"
BP = "重庆两江半导体产业园"
P0 = "12月22日,重庆两江新区水土新城,重庆两江半导体产业园(重庆芯中心)举行企业签约暨展厅开放仪式"
P1 = "本次签约入驻项目招商面积近5万方,预计总投资5亿元,园区完全建成后,预计引入芯片上下游企业300家左右"
P2 = "入驻企业广州中科检测负责人唐毅介绍道,企业于2018年首批入驻水土园区,总投资规模超过7000万,本次新增投资1.5个亿"
P3 = "另一家入驻企业,重庆致贯科技董事长苏孟波告诉记者,企业主要为京东方提供芯片材料配套"
P4 = "产业园总占地面积377亩,建筑面积约44万平米,总投资18亿。去年8月,产业园一期工程正式开工建设,预计明年12月建成投用"
P5 = "据悉,两江半导体产业园由武汉东湖高新集团和两江产业集团携手打造"
P6 = "协同京东方、莱宝科技、万国半导体等多家当地代表企业助推重庆半导体产业蓬勃发展"
G["py01"] = dict(
 article=art("总投资5亿!这块土地上将聚集300家芯片企业", "拓墣产业研究（“来源:拓墣产业研究”），载于 chinaaet.com（电子技术应用网）", "2020-12-23", "day",
  "Industry-news site relaying a semiconductor research outlet, Chongqing: a park-in-zone's signing ceremony — the signed floor space and investment, two entering firms with their new investment, the park's developers, area, total investment, phase 1 under construction and target firm count",
  "http://chinaaet.com/article/3000126865",
  "日期取页面“2020-12-23 来源:拓墣产业研究”。标题照录；日期、来源行与末尾残句“本站内容除特别声”已删；首段行首的图片标记“图片”已删（make_txt.py LINE_PREFIX）。正文七段，完整。园区：两江新区（重庆；国家级新区）；重庆两江半导体产业园（文中又作“两江半导体产业园”“产业园”“园区”，括注“重庆芯中心”，位于两江新区水土新城）；水土园区（“首批入驻水土园区”，可选）。公司：广州中科检测、重庆致贯科技为入驻企业（园区记为重庆两江半导体产业园）；武汉东湖高新集团、两江产业集团为园区建设方（可选，园区 null）；京东方、莱宝科技、万国半导体为“当地代表企业”（可选，园区 null）。项目：重庆两江半导体产业园（“总投资18亿”无“元”，investment_cny 留空，金额 18亿 记在 note；一期工程去年8月开工建设、预计明年12月建成投用 → 开工，status_alt 在建）。事实：本次签约入驻预计总投资5亿元（target，预计）、招商面积近5万方、园区占地377亩、建筑面积约44万平米、预计引入企业300家左右（target）；两家企业的新增投资 1.5个亿 / 1.2亿 无“元”，记为可选事实（metric 不以 _cny 结尾）。",
  "py01"),
 parks=[
  park(LJ, "重庆", "重庆", "国家级新区", P0, aliases=["重庆两江新区"], note="文中作“重庆两江新区”“两江新区”；水土新城在区内"),
  park(BP, "重庆", "重庆", "产业园", P0, parent=LJ, aliases=["两江半导体产业园", "重庆芯中心"], note="位于两江新区水土新城"),
  park("水土园区", "重庆", "重庆", "园区", P2, parent=LJ, opt=True, note="只在“首批入驻水土园区”中；即水土新城的园区"),
 ],
 companies=[
  comp("广州中科检测", BP, P2, note="入驻企业；2018年首批入驻水土园区，本次新增投资"),
  comp("重庆致贯科技", BP, P3, note="入驻企业；2015年来到水土"),
  comp("武汉东湖高新集团", None, P5, opt=True, note="园区建设方"),
  comp("两江产业集团", None, P5, opt=True, note="园区建设方"),
  comp("京东方", None, P6, opt=True, note="“当地代表企业”；文中未说所在园区"),
  comp("莱宝科技", None, P6, opt=True, note="同上"),
  comp("万国半导体", None, P6, opt=True, note="同上"),
 ],
 projects=[
  proj(BP, LJ, P4, inv="总投资18亿", unparsed=True, status="开工", status_text="产业园一期工程正式开工建设", status_alt="在建",
       aliases=["两江半导体产业园"], note="园区开发项目；“总投资18亿”无“元”（1.8e9）；一期2019年8月开工，预计2021年12月建成投用"),
 ],
 aggregate_facts=[
  fact(BP, "park", "signed_investment_cny", 5e8, "cny", P1, "2020年12月22日（签约入驻，预计）", kind="target", chk=True),
  fact(BP, "park", "signed_floor_area_m2", 5e4, "m2", P1, "2020年12月22日（签约入驻）", qual="约", qtext="近", opt=True),
  fact(BP, "park", "target_firms", 300, "count", P1, "园区完全建成后（预计）", kind="target", qual="约", qtext="左右"),
  fact(BP, "park", "land_area_mu", 377, "mu", P4, "2020年12月"),
  fact(BP, "park", "floor_area_m2", 4.4e5, "m2", P4, "2020年12月", qual="约", qtext="约", opt=True),
  fact("广州中科检测", "company", "new_investment_yuan", 1.5e8, "cny", P2, "2020年12月（本次新增投资）", opt=True, note="“1.5个亿”无“元”"),
  fact("重庆致贯科技", "company", "new_investment_yuan", 1.2e8, "cny", "本次新增投资1.2亿", "2020年12月（本次新增投资）", opt=True, note="“1.2亿”无“元”"),
 ])

# ---------------------------------------------------------------- py02 西部(重庆)科学城107个重点项目集中开工 (重庆日报 2021)
KX = "西部(重庆)科学城"
KH = "西部(重庆)科学城核心区"
Q0 = "4月15日,西部(重庆)科学城举行2021年重点项目集中开工暨中电重庆软件园开工仪式。本次集中开工重点项目共计107个,总投资1062.3亿元,其中市级重点项目17个,总投资516.6亿元"
Q1 = "从地域分布来看,位于西部(重庆)科学城核心区的重点项目33个,总投资361.7亿元"
Q2 = "其中,中电重庆软件园项目整体建筑面积约50万平方米,将打造以网信+电子信息产业为主的网信软硬件产业集群"
Q3 = "种质创制大科学中心项目由西南大学推动建设,聚焦长江上游重要特色物种"
Q4 = "科学大道二期项目分为南北两个标段"
ASQ = "2021年4月15日（集中开工）"
G["py02"] = dict(
 article=art("西部(重庆)科学城107个重点项目集中开工", "重庆日报（张亦筑），载于华龙网 cq.cqnews.net", "2021-04-16", "day",
  "City daily on the city news portal, Chongqing: a science city's first 2021 groundbreaking — 107 projects with total, city-level key projects, counts and totals by type, the core area's projects with three named projects and their plans",
  "https://cq.cqnews.net/html/2021-04/16/content_51313215.html",
  "日期取页面“来源:华龙网-重庆日报2021-04-16”。标题照录（副题“总投资1062.3亿元,涉及科技创新、产业发展、基础设施、社会民生等方面”、页首重复的导语、重复的标题行和来源行已删）。存段末段“重庆高新区永祥实验中学项目…计划2022年9月投用”无句末标点，按在句中中断处理，整段删去；正文截至“…计划2023年建成通车。”，共五段。园区：西部(重庆)科学城（重庆）；西部(重庆)科学城核心区（母园区为科学城；文中未说即重庆高新区直管园；三个点名项目记在核心区）。项目：中电重庆软件园项目（开工仪式 → 开工，计划2023年建成投用）、种质创制大科学中心项目（核心区重点项目之一，计划今年6月投入运营；列入本次集中开工 → 开工，推定）、科学大道二期项目（同，计划2023年建成通车；基础设施，可选）。均无单项金额。西南大学为推动建设单位（可选机构）。事实：107个、1062.3亿元；市级重点项目17个、516.6亿元；四类项目个数与总投资（可选）；核心区33个、361.7亿元。",
  "py02"),
 parks=[
  park(KX, "重庆", "重庆", "科学城", Q0),
  park(KH, "重庆", "重庆", "科学城核心区", Q1, parent=KX, note="科学城的核心区（文中未说即重庆高新区直管园）；三个点名项目位于此"),
 ],
 companies=[],
 institutions=[
  inst("西南大学", Q3, kind="university", note="种质创制大科学中心项目的推动建设单位"),
 ],
 projects=[
  proj("中电重庆软件园", KH, Q0, status="开工", status_text="开工仪式", aliases=["中电重庆软件园项目"], note="计划2023年建成投用；整体建筑面积约50万平方米"),
  proj("种质创制大科学中心项目", KH, Q3, status="开工", status_text="集中开工", note="核心区重点项目之一（列入集中开工，推定）；计划今年6月投入运营"),
  proj("科学大道二期项目", KH, Q4, status="开工", status_text="集中开工", opt=True, note="道路基础设施；计划2023年建成通车"),
 ],
 aggregate_facts=[
  fact(KX, "park", "projects_started", 107, "count", Q0, ASQ),
  fact(KX, "park", "projects_started_investment_cny", 1.0623e11, "cny", "总投资1062.3亿元,其中市级重点项目17个", ASQ, chk=True),
  fact(KX, "park", "city_key_projects_started", 17, "count", "其中市级重点项目17个,总投资516.6亿元", ASQ, opt=True),
  fact(KX, "park", "city_key_projects_started_investment_cny", 5.166e10, "cny", "总投资516.6亿元", ASQ, opt=True, chk=True),
  fact(KX, "park", "sci_tech_projects_started", 9, "count", "包括科技创新类项目9个,总投资130.3亿元", ASQ, opt=True),
  fact(KX, "park", "industry_projects_started", 44, "count", "产业发展类项目44个,总投资466.2亿元", ASQ, opt=True),
  fact(KX, "park", "industry_projects_started_investment_cny", 4.662e10, "cny", "总投资466.2亿元", ASQ, opt=True, chk=True),
  fact(KH, "park", "projects_started", 33, "count", Q1, ASQ),
  fact(KH, "park", "projects_started_investment_cny", 3.617e10, "cny", "总投资361.7亿元", ASQ, chk=True),
 ])

# ---------------------------------------------------------------- py03 两江新区 2021 一季度 (via herich 2021)
R0 = "直管区规上工业总产值970亿元、同比增长77%,GDP541.8亿元、较2019年两年平均增长11.1%"
R1 = "重庆两江新区今年一季度经济发展交出“高分答卷”"
R2 = "两江新区车企赛力斯与华为联合推出高性能电驱轿跑SUV——赛力斯华为智选SF5"
R3 = "上汽红岩推出的智能纯电动重卡、长安汽车第二代CS55PLUS、长安福特EVOS以及林肯冒险家PHEV等“重庆造”汽车同样备受消费者关注"
ASR = "2021年一季度（直管区）"
G["py03"] = dict(
 article=art("（无标题）重庆两江新区2021年一季度直管区规上工业总产值970亿元、增长77%", "herich.com.cn（转载页；原发媒体存段未示）", "2021-05-18", "day",
  "Relay of a feature on a national new area's first quarter, Chongqing: the directly-administered area's industrial output and GDP with growth, ten-plus indicators first in the city, the area's founding, and named car makers at the Shanghai auto show",
  "http://www.herich.com.cn/zixun/zhongguojingji/2021-05-18/499148.html",
  "日期取网址 2021-05-18。存段无标题、无日期行（title 为编者概括）；原发媒体未示。存段末句“时间倒回几年前,重庆作为全国重要的汽车生产基地,”在句中中断，整段删去；正文截至“…同样备受消费者关注。”，共八段（含两行小标题）。园区：两江新区（文中又作“重庆两江新区”；“直管区”为其直管范围，数字归两江新区，as_of 注“直管区”）。公司：赛力斯（“两江新区车企”）；华为（合作方，可选，园区 null）；上汽红岩、长安汽车、长安福特为“重庆造”车企，文中未说在两江新区，可选、园区 null。无项目。事实：直管区规上工业总产值970亿元、同比增长77%；GDP541.8亿元、较2019年两年平均增长11.1%（ratio）；“10多项主要指标位居重庆市第一”不计。",
  "py03"),
 parks=[
  park(LJ, "重庆", "重庆", "国家级新区", R1, aliases=["重庆两江新区"], note="2010年成立；“直管区”为其直管范围"),
 ],
 companies=[
  comp("赛力斯", LJ, R2, note="“两江新区车企”"),
  comp("华为", None, R2, opt=True, note="合作方"),
  comp("上汽红岩", None, R3, opt=True, note="“重庆造”车企；文中未说所在园区"),
  comp("长安汽车", None, R3, opt=True, note="同上"),
  comp("长安福特", None, R3, opt=True, note="同上"),
 ],
 projects=[],
 aggregate_facts=[
  fact(LJ, "park", "industrial_output_cny", 9.7e10, "cny", R0, ASR, chk=True, note="规上工业总产值，直管区"),
  fact(LJ, "park", "industrial_output_yoy_growth", 0.77, "ratio", R0, ASR, kind="ratio"),
  fact(LJ, "park", "gdp_cny", 5.418e10, "cny", "GDP541.8亿元、较2019年两年平均增长11.1%", ASR, chk=True),
  fact(LJ, "park", "gdp_two_year_avg_growth", 0.111, "ratio", "GDP541.8亿元、较2019年两年平均增长11.1%", ASR, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- py04 西部(重庆)科学城50个重点项目集中开工 (科技日报 via 重庆大学新闻网 2021)
ZG = "重庆高新区直管园"
S0 = "科学城2021年四季度重点项目集中开工正式举行——涉及50个重点项目集中开工,总投资额1063亿元"
S1 = "按片区划分,科学城核心区(重庆高新区直管园)项目15个、总投资660亿元,占集中开工项目总投资额的62%"
S2 = "项目包括了科学会堂、重庆大学科学中心、科学谷二期、中国平安科学城大健康科技园一期、重庆大学附属肿瘤医院科学城院区等重点项目"
S3 = "据了解,科学会堂项目位于科学大道青龙咀立交旁,总投资50亿元,占地面积约397亩"
ASS = "2021年12月22日（四季度集中开工）"
G["py04"] = dict(
 article=art("【科技日报】总投资1063亿元 西部(重庆)科学城50个重点项目集中开工", "科技日报（雍黎、李梦一），载于重庆大学新闻网 news.cqu.edu.cn（媒体报道栏）", "2021-12-23", "day",
  "National science daily relayed by a university news site, Chongqing: a science city's Q4 2021 groundbreaking — 50 projects and total, counts by size and by type, the core area (the high-tech zone's directly-administered park) with its share and five named projects, one with its amount",
  "https://news.cqu.edu.cn/archives/medias/content/2021/12/23/fdc01209f90eda589f0453b7e29e0114923ecd8b.html",
  "日期取网址 2021/12/23（开工活动在12月22日）。标题照录（含“【科技日报】”）；站点导航、作者行、“阅读 : 0”、“摘要”框（与首段相同，make_txt.py SKIP）、图片文件名与图注“金凤城市中心一期(效果图)”已删；小标题“科学会堂等一批重点项目开工”保留为段。存段末段“中国平安科学城大健康科技园一期,…配套”在句中中断，整段删去（其“总投资约200亿元”因此不在文中）；正文截至“…展示科学城形象。”，共五段。园区：西部(重庆)科学城；重庆高新区直管园（文中作“科学城核心区(重庆高新区直管园)”，别名“科学城核心区”，母园区为科学城）。项目：科学会堂（总投资50亿元）、重庆大学科学中心、科学谷二期、中国平安科学城大健康科技园一期、重庆大学附属肿瘤医院科学城院区，均在核心区、集中开工 → 开工。事实：50个、1063亿元；按金额与类型的个数及总投资（部分可选）；核心区15个、660亿元、占62%。",
  "py04"),
 parks=[
  park(KX, "重庆", "重庆", "科学城", S0, note="文中又作“科学城”"),
  park(ZG, "重庆", "重庆", "高新区直管园", S1, parent=KX, aliases=["科学城核心区"], note="“科学城核心区(重庆高新区直管园)”"),
 ],
 companies=[],
 institutions=[
  inst("重庆大学", S2, kind="university", note="只在项目名中"),
 ],
 projects=[
  proj("科学会堂", ZG, S3, inv="总投资50亿元", status="开工", status_text="集中开工", aliases=["科学会堂项目"], note="占地约397亩，建筑面积约33万平方米"),
  proj("重庆大学科学中心", ZG, S2, status="开工", status_text="集中开工"),
  proj("科学谷二期", ZG, S2, phase="二期", status="开工", status_text="集中开工"),
  proj("中国平安科学城大健康科技园一期", ZG, S2, phase="一期", status="开工", status_text="集中开工", note="金额所在段落在存段中中断，已删"),
  proj("重庆大学附属肿瘤医院科学城院区", ZG, S2, status="开工", status_text="集中开工", opt=True, note="医院项目"),
 ],
 aggregate_facts=[
  fact(KX, "park", "projects_started", 50, "count", S0, ASS),
  fact(KX, "park", "projects_started_investment_cny", 1.063e11, "cny", "总投资额1063亿元", ASS, chk=True),
  fact(KX, "park", "projects_started_over_20bn", 1, "count", "投资200亿元以上项目1个、50亿元以上项目5个、10亿元以上项目27个", ASS, opt=True),
  fact(KX, "park", "projects_started_over_1bn", 27, "count", "投资200亿元以上项目1个、50亿元以上项目5个、10亿元以上项目27个", ASS, opt=True),
  fact(KX, "park", "industry_projects_started", 29, "count", "产业发展类29个、总投资563亿元", ASS, opt=True),
  fact(KX, "park", "industry_projects_started_investment_cny", 5.63e10, "cny", "总投资563亿元", ASS, opt=True, chk=True),
  fact(ZG, "park", "projects_started", 15, "count", S1, ASS),
  fact(ZG, "park", "projects_started_investment_cny", 6.6e10, "cny", "总投资660亿元,占集中开工项目总投资额的62%", ASS, chk=True),
  fact(ZG, "park", "share_of_started_investment", 0.62, "ratio", S1, ASS, kind="ratio"),
 ])

# ---------------------------------------------------------------- py05 渝北 空港工业园 (via jiadian.hnshkx 2023)
KG = "空港工业园"
T0 = "天实精工公司于2017年入驻渝北区空港工业园,先后建设了10多条全自动化进口摄像头模组封装生产线"
T1 = "占地16.79平方公里的空港工业园是渝北区发展临空经济的重要载体,这里聚集了智能制造企业500多家"
T2 = "空港工业园布局发展智能终端、航空维修等产业,建设了中新航空产业园、临空智能制造产业园等载体项目,2022年,园区规模以上工业总产值达587亿元"
T3 = "数据显示,2022年,渝北区共签约临空产业项目60个、合同额达724亿元"
T4 = "初步形成了以长安新能源、大明电子为主的新能源智能汽车产业集群和以OPPO、传音为主的智能终端产业集群"
G["py05"] = dict(
 article=art("（无标题）重庆渝北空港工业园：天实精工摄像头模组空运出口 园区2022年规上工业总产值587亿元", "jiadian.hnshkx.cn（转载页；原发媒体存段未示）", "2023-05-02", "day",
  "Relay of a news feature on an airport industrial park, Chongqing: a camera-module maker in the park, the park's area, firm count, carrier projects and 2022 industrial output, the district's airport-economy signings and industry clusters",
  "http://jiadian.hnshkx.cn/zixun/2023/0502/1890.html",
  "日期取网址 2023/0502。存段无标题、无日期行（title 为编者概括）；原发媒体未示；“(资料图)”已删。存段末段“在渝北区,临空物流业发展同样欣欣向荣。…引进了极兔速递、复兴国”在句中中断，整段删去；正文截至“…智能终端产业集群。”，共五段。园区：空港工业园（渝北区，重庆；文中作“渝北区空港工业园”“空港工业园”“园区”）；中新航空产业园、临空智能制造产业园为园内“载体项目”（列为项目，无状态；亦列为可选子园区）。公司：重庆天实精工科技有限公司（别名天实精工，2017年入驻空港工业园）；重庆空港经济开发建设有限公司（园区开发公司，可选）；长安新能源、大明电子、OPPO、传音为渝北区产业集群龙头，文中未说所在园区（可选，园区 null）。事实：园区占地16.79平方公里、智能制造企业500多家（余）、2022年规上工业总产值587亿元；渝北区2022年签约临空产业项目60个、合同额724亿元（subject 渝北区，region）。",
  "py05"),
 parks=[
  park(KG, "重庆", "重庆", "工业园", T1, district="渝北区", note="文中又作“渝北区空港工业园”“园区”"),
  park("中新航空产业园", "重庆", "重庆", "产业园", T2, district="渝北区", parent=KG, opt=True, note="园内“载体项目”"),
  park("临空智能制造产业园", "重庆", "重庆", "产业园", T2, district="渝北区", parent=KG, opt=True, note="园内“载体项目”"),
 ],
 companies=[
  comp("重庆天实精工科技有限公司", KG, "近日,由重庆天实精工科技有限公司生产的一批摄像头模组搭乘国际货运航班,从重庆飞往英国", aliases=["天实精工"], note="2017年入驻渝北区空港工业园"),
  comp("重庆空港经济开发建设有限公司", KG, "重庆空港经济开发建设有限公司产业招商部负责人杨议策说", opt=True, note="园区开发公司"),
  comp("长安新能源", None, T4, opt=True, note="渝北区产业集群龙头；文中未说所在园区"),
  comp("大明电子", None, T4, opt=True, note="同上"),
  comp("OPPO", None, T4, opt=True, note="同上"),
  comp("传音", None, T4, opt=True, note="同上"),
 ],
 projects=[
  proj("中新航空产业园", KG, T2, note="“载体项目”；“建设了”，无状态"),
  proj("临空智能制造产业园", KG, T2, note="同上"),
 ],
 aggregate_facts=[
  fact(KG, "park", "area_km2", 16.79, "km2", T1, "2023年"),
  fact(KG, "park", "firms", 500, "count", T1, "2023年", qual="余", qtext="多", note="智能制造企业"),
  fact(KG, "park", "industrial_output_cny", 5.87e10, "cny", "2022年,园区规模以上工业总产值达587亿元", "2022年", chk=True),
  fact("重庆天实精工科技有限公司", "company", "production_lines", 10, "count", T0, "2023年", qual="余", qtext="多", opt=True),
  fact("渝北区", "region", "projects_signed", 60, "count", T3, "2022年"),
  fact("渝北区", "region", "signed_investment_cny", 7.24e10, "cny", "合同额达724亿元", "2022年", chk=True),
 ])

# ---------------------------------------------------------------- py06 西部(重庆)科学城三年建设成果 (中新网 via blog.bobobk 2023)
GX = "重庆高新区"
V0 = "“三年来,西部(重庆)科学城累计签约项目375个、合同资金3879亿元,3年累计开工项目746个、总投资6332亿元,对外合作交流中心、科学谷一期、科学大道一期等标志性项目已建成投用"
V1 = "2022年高新区直管园实现地区生产总值706.1亿元、同比增长5.9%"
V2 = "年均签约项目投资额超1000亿元,集聚市级及以上科技创新创业人才140余人,国家高新技术企业315家"
V3 = "30日,在重庆高新区举办的“2023城市价值研讨会”上"
ASV = "2023年6月（三年来累计）"
G["py06"] = dict(
 article=art("总投资达6332亿元 西部(重庆)科学城“晒出”三年建设成果", "中国新闻网（中新网，王婷婷），载于 blog.bobobk.com（转载站）", "2023-06-30", "day",
  "National news agency item relayed on a repost site, Chongqing: a science city's three-year results — cumulative signed projects and contract value, projects started and total investment, three landmark projects completed, the high-tech zone's 2022 GDP and growth, annual signing value, talents, high-tech firms, planned rail network",
  "https://blog.bobobk.com/financial/2023/06-30/10034803.html",
  "日期取导语“中新网重庆6月30日电”与网址 2023/06-30。标题照录。存段末段“‘在城市基建及公共服务配套上,三年来,…新增学位近2万个。”为未结束的引语（引号未闭合，下文缺失），整段删去；正文截至“…规划总里程132公里。”，共四段。园区：西部(重庆)科学城；重庆高新区（文中又作“西部科学城重庆高新区”“高新区直管园”；直管园数字归重庆高新区，as_of 注“直管园”；与科学城的隶属文中未明说，不设母园区）。项目：对外合作交流中心、科学谷一期、科学大道一期（“已建成投用”→竣工；科学城内）。事实：三年累计签约项目375个、合同资金3879亿元、累计开工项目746个、总投资6332亿元（cumulative）；2022年直管园GDP706.1亿元、增长5.9%；年均签约投资额超1000亿元（可选）；国家高新技术企业315家；市级及以上人才140余人（可选）。",
  "py06"),
 parks=[
  park(KX, "重庆", "重庆", "科学城", "西部(重庆)科学城成立三年来城市建设进度如何", note="成立三年（2020年起）"),
  park(GX, "重庆", "重庆", "高新区", V3, aliases=["西部科学城重庆高新区"], note="文中又作“高新区直管园”"),
 ],
 companies=[],
 projects=[
  proj("对外合作交流中心", KX, V0, status="竣工", status_text="已建成投用", note="标志性项目"),
  proj("科学谷一期", KX, V0, phase="一期", status="竣工", status_text="已建成投用"),
  proj("科学大道一期", KX, V0, phase="一期", status="竣工", status_text="已建成投用", opt=True, note="道路"),
 ],
 aggregate_facts=[
  fact(KX, "park", "projects_signed", 375, "count", V0, ASV, kind="cumulative"),
  fact(KX, "park", "signed_investment_cny", 3.879e11, "cny", "合同资金3879亿元", ASV, kind="cumulative", chk=True),
  fact(KX, "park", "projects_started", 746, "count", V0, ASV, kind="cumulative"),
  fact(KX, "park", "projects_started_investment_cny", 6.332e11, "cny", "总投资6332亿元", ASV, kind="cumulative", chk=True),
  fact(GX, "park", "gdp_cny", 7.061e10, "cny", V1, "2022年（直管园）", chk=True),
  fact(GX, "park", "gdp_yoy_growth", 0.059, "ratio", V1, "2022年（直管园）", kind="ratio"),
  fact(GX, "park", "annual_signed_investment_cny", 1e11, "cny", "年均签约项目投资额超1000亿元", "2020–2023年（年均）", qual="超", qtext="超", opt=True, chk=True),
  fact(GX, "park", "high_tech_firms", 315, "count", V2, "2023年6月", note="国家高新技术企业"),
  fact(GX, "park", "talents_city_level_plus", 140, "count", V2, "2023年6月", qual="余", qtext="余", opt=True),
 ])
