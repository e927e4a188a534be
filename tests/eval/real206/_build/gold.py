# real206 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt copied from real52)
# Conventions as real28–real52: evidence verbatim (uw01 is traditional script as published on hkcd.com; the others are
# simplified); names as written in the text; 逾/超过/超/以上 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the
# word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence). Growth rates and shares as ratios.
# Projects: the park the text places the project in. Status from the text's words (已順利投產 → 投产; 代建 / 施工單位進場 →
# 在建; 建设如火如荼 → 在建; 签约 → 签约; “列入…白名单” alone → no status). Year-to-date or “截至目前” counts are
# cumulative; “今后…要” plans are target. A park operator signing with a district is a company (park null where the text
# names no park). Sources are `search` (corpus pages) excerpts typed into _raw/pages/uwNN.raw as returned.

# ---------------------------------------------------------------- uw01 安徽巢湖經開區 廠房「量身定製」 (香港商報網 2022)
CH = "安徽巢湖經開區"
B0 = "近年來,安徽巢湖經開區以「定製化廠房+預招商」破解企業需求與產業空間不匹配的難題"
B1 = "智能製造產業園一期位於成芳路與廣源大道交口東北側,佔地面積70畝,總建築面積5.7萬平方米,總投資1.3億元,分A區、B區兩個施工標段實施,A區已順利投產"
B2 = "為安徽弘徽科技有限公司提供「拎包入住」式的廠房和配套設施"
B3 = "高端新能源材料生產基地一期,選址於龍泉路與秀湖路交口,項目佔地面積約50畝,總建築面積約4.2萬平米,項目投資估算約0.8億元,是為安徽惠強科技有限公司代建項目"
B4 = "達產後將帶動就業人數300餘人,實現產值3億元,提供政府稅收約1500萬元"
G["uw01"] = dict(
 article=art("安徽巢湖經開區:廠房「量身定製」加速產業落地", "香港商報網（hkcd.com，安徽頻道“中华大地”）", "2022-11-24", "day",
  "Hong Kong paper's mainland web channel (traditional script as published), Anhui: a development zone's custom-built standard factories let to firms by a state-owned operator (以房招商, 代建 + rent) — two named factory projects with area, cost, stage and expected output",
  "https://hkcd.com/content_p/2022-11/24/content_144830.html",
  "日期取页面“2022-11-24 来源:香港商報網”。繁体照录（香港商报官网原页即繁体，非转换站）。面包屑、日期来源行、图片占位“图片1.jpg”已删；存段末行“半導體”为下一段开头（存段在此中断），整行删去；正文三段，截至“…計劃2023年12月前竣工投入使用。”。园区：安徽巢湖經開區（合肥代管巢湖市，安徽；文中又作“該區”“園區”）；“智能製造產業園”是园中园/项目名，不另列园区。项目：智能製造產業園一期（總投資1.3億元；A區已投產、B區施工中 → status 投产，status_alt 在建；为安徽弘徽科技有限公司定製）；高端新能源材料生產基地一期（投資估算約0.8億元 → 约；为安徽惠強科技有限公司代建，施工單位已進場 → 在建）。達產後產值3億元、稅收約1500萬元为智能製造產業園一期的预期（target）。",
  "uw01"),
 parks=[
  park(CH, "合肥", "安徽", "经济开发区", B0, district="巢湖市", note="文中又作“該區”“園區”"),
 ],
 companies=[
  comp("安徽弘徽科技有限公司", CH, B2, note="租用定製廠房（智能製造產業園一期）"),
  comp("安徽惠強科技有限公司", CH, B3, note="代建廠房的承租企业"),
 ],
 projects=[
  proj("智能製造產業園一期", CH, B1, companies=["安徽弘徽科技有限公司"], inv="1.3億元", status="投产", status_text="A區已順利投產",
       phase="一期", status_alt="在建", aliases=["智能製造產業園一期項目"], note="B區在施工，预计2023年9月底竣工"),
  proj("高端新能源材料生產基地一期", CH, B3, companies=["安徽惠強科技有限公司"], inv="0.8億元", qual="约", qual_text="約",
       status="在建", status_text="代建項目；已組織施工單位進場", phase="一期", note="计划2023年12月前竣工"),
 ],
 aggregate_facts=[
  fact("智能製造產業園一期", "project", "site_area_mu", 70, "mu", B1, "2022-11", opt=True),
  fact("智能製造產業園一期", "project", "floor_area_sqm", 57000, "sqm", B1, "2022-11", opt=True),
  fact("智能製造產業園一期", "project", "expected_annual_output_cny", 3e8, "cny", "實現產值3億元", "达产后（预期）", kind="target"),
  fact("智能製造產業園一期", "project", "expected_annual_tax_cny", 1.5e7, "cny", "提供政府稅收約1500萬元", "达产后（预期）", kind="target", qual="约", qtext="約"),
  fact("智能製造產業園一期", "project", "expected_jobs", 300, "count", B4, "达产后（预期）", kind="target", qual="余", qtext="餘", opt=True),
  fact("高端新能源材料生產基地一期", "project", "floor_area_sqm", 42000, "sqm", B3, "2022-11", qual="约", qtext="約", opt=True),
 ],
)

# ---------------------------------------------------------------- uw02 新乡经开区 2022年成绩 (新乡日报 via aggregator, 2023)
XX = "新乡经开区"
C0 = "2022年,经开区多项经济指标增速均居七区第2位:固定资产投资增速21.5%,高于全市7.8个百分点"
C1 = "一般公共预算收入完成8.49亿元,同比增长7.4%"
C2 = "新签约亿元以上项目32个,计划总投资224.9亿元"
C3 = "全年谋划实施项目473个,总投资1991.5亿元,年度投资完成率110%"
C4 = "新乡化纤总投资162亿元的绿色纤维新材料项目,列入省重大项目“白名单”"
C5 = "完成外贸进出口总额38亿元,新增外资企业4家"
CA = "2022年"
G["uw02"] = dict(
 article=art("（无标题）新乡经开区2022年多项经济指标增速居七区第2位（新闻发布会经开区专场）", "新乡日报（刘军旗，“新乡网讯”），载于 m.lvshi.hzdx.com", "2023-02-27", "day",
  "City daily relayed by an aggregator, Henan: a development zone's 2022 results at a press conference — 管委会 deputy director on investment-attraction mechanisms (全员招商, “8+X” 评估机制), signings, project totals, a firm's 162亿元 project, trade and rail freight",
  "http://m.lvshi.hzdx.com/xwzx/2023/0227/10642.html",
  "日期取 URL（2023/0227）；发布会在2月23日。存段无标题行，以“(资料图片仅供参考)”开头（删去）。末段“要素保障更有力——…新乡化纤1×360t/h和2×B25MW热电联产项目获省发改委审批并开”在句中中断，整段删去，正文截至“…全年累计开行国内外班列530列。”，共五段。园区：文中只作“经开区”（“新乡网讯”、“全市”“七区”指新乡市）；按人读作新乡经济技术开发区，名称记“新乡经开区”（非原文，原文形式“经开区”列为别名）。项目：新乡化纤的绿色纤维新材料项目（总投资162亿元；“列入省重大项目白名单”不定状态）。新签约亿元以上项目32个 / 224.9亿元、谋划实施473个 / 1991.5亿元为年度数（reported）。冠邦、申通、华通为物流企业（可选）。",
  "uw02"),
 parks=[
  park(XX, "新乡", "河南", "经济技术开发区", C0, aliases=["经开区"], note="原文只作“经开区”；新乡由“新乡网讯”“全市”推知"),
 ],
 companies=[
  comp("新乡化纤", XX, C4, note="纤维素长丝产能全国第一"),
  comp("冠邦", XX, "现代物流服务产业集聚了冠邦、申通、华通等重点物流企业", opt=True),
  comp("申通", XX, "现代物流服务产业集聚了冠邦、申通、华通等重点物流企业", opt=True),
  comp("华通", XX, "现代物流服务产业集聚了冠邦、申通、华通等重点物流企业", opt=True),
 ],
 institutions=[
  inst("经开区党工委", "经开区党工委委员、管委会副主任陈淑文说", park=XX, note="管委会副主任陈淑文发布"),
 ],
 projects=[
  proj("绿色纤维新材料项目", XX, C4, companies=["新乡化纤"], inv="162亿元", note="列入河南省重大项目“白名单”；未写状态"),
 ],
 aggregate_facts=[
  fact(XX, "park", "fixed_asset_investment_growth", 0.215, "ratio", C0, CA, kind="ratio"),
  fact(XX, "park", "general_budget_revenue_cny", 8.49e8, "cny", C1, CA),
  fact(XX, "park", "general_budget_revenue_yoy_growth", 0.074, "ratio", C1, CA, kind="ratio", opt=True),
  fact(XX, "park", "projects_signed", 32, "count", C2, CA, note="亿元以上项目"),
  fact(XX, "park", "signed_investment_cny", 2.249e10, "cny", "计划总投资224.9亿元", CA),
  fact(XX, "park", "projects_implemented", 473, "count", C3, CA),
  fact(XX, "park", "projects_implemented_investment_cny", 1.9915e11, "cny", "总投资1991.5亿元", CA),
  fact(XX, "park", "foreign_trade_cny", 3.8e9, "cny", C5, CA),
  fact(XX, "park", "new_foreign_firms", 4, "count", C5, CA, opt=True),
  fact(XX, "park", "leading_industries_gdp_share", 0.75, "ratio", "全区“2+1+N”主导产业GDP占比达到75%以上", CA, kind="ratio", qual="超", qtext="以上", opt=True),
  fact(XX, "park", "freight_trains", 530, "count", "全年累计开行国内外班列530列", CA, opt=True),
 ],
)

# ---------------------------------------------------------------- uw03 联东集团入驻贵阳白云区 (blog copy of district news, 2020)
D0 = "10月24日,贵阳市白云区人民政府与北京联东投资(集团)有限公司签约仪式在白云区会议中心二楼多功能厅举行"
D1 = "本次现场签约的联东U谷·贵阳科技创新产业综合体项目,是白云区“七大重点”特色产业中的重大项目"
D2 = "旗下的核心企业“联东U谷”已在全国50多个城市投资运营园区达到258个,引进新兴制造业企业和科技企业超过12000家"
G["uw03"] = dict(
 article=art("全国产业园区运营领头羊联东集团入驻贵阳白云区", "ZKX's LAB（zkxblog.com）转载（原出处未注；编辑李奕璇）", "2020-10-30", "day",
  "Blog repost of a district government item, Guizhou: a district signs with a national industrial-park operator (联东集团) — the operator's scale (parks run, firms brought in) and one named park-complex project signed",
  "https://zkxblog.com/lab/read-3313850.html",
  "日期取页面“2020-10-30”（签约在10月24日）。页头“ZKX's LAB”、日期行“2020-10-30新闻14”、文末“编辑:李奕璇”“统筹:汪”（残）已删；正文七段完整。园区：文中无具体开发区名（白云区是行政区，不列园区）；“联东U谷·贵阳科技创新产业综合体”是签约项目（产业园区载体），列项目，park 为 null。公司：北京联东投资(集团)有限公司（文中又作“联东集团”“北京联东集团”），园区运营商，park null；“联东U谷”为其品牌/核心企业，可选。事实：联东U谷在50多个城市运营园区258个、引进企业超过12000家（公司累计数，cumulative）。",
  "uw03"),
 parks=[],
 companies=[
  comp("北京联东投资(集团)有限公司", None, D0, aliases=["联东集团", "北京联东集团"], note="产业园区运营商；与白云区人民政府签约"),
  comp("联东U谷", None, D2, opt=True, note="联东集团旗下核心企业/品牌"),
 ],
 institutions=[
  inst("贵阳市白云区人民政府", D0, note="签约方（区政府）"),
 ],
 projects=[
  proj("联东U谷·贵阳科技创新产业综合体项目", None, D1, companies=["北京联东投资(集团)有限公司"], status="签约", status_text="现场签约",
       aliases=["联东U谷·贵阳科技创新产业综合体"], note="贵阳市白云区；无金额"),
 ],
 aggregate_facts=[
  fact("联东U谷", "company", "parks_operated", 258, "count", D2, "2020-10", kind="cumulative"),
  fact("联东U谷", "company", "firms_attracted", 12000, "count", D2, "2020-10", kind="cumulative", qual="超", qtext="超过"),
  fact("联东集团", "company", "cities_present", 50, "count", D2, "2020-10", kind="cumulative", qual="余", qtext="多", opt=True),
 ],
)

# ---------------------------------------------------------------- uw04 袁主任带队考察产业园建设运营 (company news 2023)
E0 = "党工委委员、管委会副主任袁宁带队赴杭州、上海考察学习,高新股份负责人陪同考察"
E1 = "袁宁一行首先来到浙江海外高层次人才创新园,实地参观杭州未来科技城城市展馆,详细了解绿城产业服务一体化合作模式"
E2 = "在上海御河科创中心,袁宁一行认真听取了万科物业在合作模式、费用模式、自持比例、管理模式及后期物业服务等方面的详细介绍"
E3 = "在杭州华电华源环境工程有限公司,袁宁一行认真听取了华电华源公司关于热储能方面技术介绍"
E4 = "袁宁还带队考察了同济大学建筑设计研究院(集团)有限公司"
G["uw04"] = dict(
 article=art("袁主任带队赴杭州、上海考察产业园建设运营", "ahruiyou.com 新闻中心（信息来源：市场开发部；作者：李晴）", "2023-05-31", "day",
  "Company news of a district park-development firm (高新股份), Anhui 蚌埠 蚌山区: a 管委会 deputy director's study tour of park operators in Hangzhou and Shanghai (operation models, property management, self-holding ratio) — no figures",
  "http://www.ahruiyou.com/article/5245.html",
  "日期取页面“日期:2023-05-31”（考察5月23日至26日）。栏目“新闻中心”与“信息来源/作者/浏览/日期”行已删。存段末句“未来蚌山区仍需更大体量…高新股份要…不断增强产业园区的”在句中中断，整句删去（LINE_SUFFIX），正文截至“…为蚌山区产业园发展开拓了新思路。”。文中未写管委会所属园区名称（只作“党工委委员、管委会副主任”“蚌山区”），不补。园区：浙江海外高层次人才创新园、杭州未来科技城（只在“杭州未来科技城城市展馆”中）、上海御河科创中心（可选，科创载体）。公司：高新股份（发稿方所在企业，园区开发运营；park null）、绿城（产业服务，可选）、万科物业、杭州华电华源环境工程有限公司（又作“华电华源公司”）、同济大学建筑设计研究院(集团)有限公司。“泛海项目”仅作考察对象的项目名（可选）。无数字事实。",
  "uw04"),
 parks=[
  park("浙江海外高层次人才创新园", "杭州", "浙江", "人才创新园", E1),
  park("杭州未来科技城", "杭州", "浙江", "科技城", E1, district="余杭区", note="只在“杭州未来科技城城市展馆”中"),
  park("上海御河科创中心", "上海", "上海", "科创中心", E2, opt=True, note="科创载体，是否园区存疑"),
 ],
 companies=[
  comp("高新股份", None, E0, note="陪同考察的园区开发运营企业（发稿方）；文中无园区名"),
  comp("绿城", None, E1, opt=True, note="只在“绿城产业服务一体化合作模式”中"),
  comp("万科物业", "上海御河科创中心", E2, note="该科创中心的物业/运营方（由语境推断）"),
  comp("杭州华电华源环境工程有限公司", None, E3, aliases=["华电华源公司"]),
  comp("同济大学建筑设计研究院(集团)有限公司", None, E4),
 ],
 institutions=[
  inst("管委会", E0, note="未写所属园区；副主任袁宁"),
 ],
 projects=[
  proj("泛海项目", None, "实地考察了泛海项目能源形式——冰蓄冷", opt=True, note="考察对象，位置未写"),
 ],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- uw05 高新区电气装备产业园区 盘活闲置厂房 (aggregator 2023)
EQ = "电气装备产业园区"
F0 = "今年以来,高新区电气装备产业园区将盘活闲置土地资源与项目建设相结合"
F1 = "6月16日,高新区电气科技产业园项目建设如火如荼,一派繁忙景象"
F2 = "先后引入昊顺电气等10余家企业入驻,盘活闲置厂房5万余平方米,厂房利用率由56%提高到97%"
G["uw05"] = dict(
 article=art("高新区:盘活闲置土地资源 激活企业内生动能", "zghuanqiuweeklywangw.zhoukan.cc（“天天要闻”栏，原出处未注）", "2023-06-16", "day",
  "Aggregator copy of a local item (city not named): a high-tech zone's electrical-equipment park lets idle factories to new firms through an idle-plant database — firms brought in, floor space revitalised, occupancy rate before and after; a park project under construction",
  "http://zghuanqiuweeklywangw.zhoukan.cc/zghuanqiuweeklywangw/2023/0616/227366.html",
  "日期取 URL（2023/0616）与正文“6月16日”。面包屑、“(相关资料图)”、文末“标签/热门资讯/图片新闻/精彩新闻”已删；标题行前的聚合站栏目字“天天要闻:”切去（HEAD_PREFIX）。正文五段完整。所在城市与高新区名称均未写（“高新区”为泛称，不列园区）。园区：电气装备产业园区（文中作“高新区电气装备产业园区”“园区”；母园区“高新区”未具名，parent 记 null）。项目：高新区电气科技产业园项目（建设如火如荼 → 在建；无金额；园区推定为电气装备产业园区）。公司：昊顺电气（引入入驻）。事实：引入企业10余家（余）、盘活闲置厂房5万余平方米（余）、厂房利用率56%→97%（ratio，as_of 截至目前）。",
  "uw05"),
 parks=[
  park(EQ, None, None, "产业园区", F0, aliases=["高新区电气装备产业园区"], note="所在高新区与城市未写"),
 ],
 companies=[
  comp("昊顺电气", EQ, F2, note="盘活闲置厂房后引入"),
 ],
 projects=[
  proj("高新区电气科技产业园项目", EQ, F1, status="在建", status_text="建设如火如荼", aliases=["电气科技产业园"],
       note="园区归属由语境推断（同文的电气装备产业园区）"),
 ],
 aggregate_facts=[
  fact(EQ, "park", "firms_attracted", 10, "count", F2, "2023年以来（截至2023-06）", kind="cumulative", qual="余", qtext="余"),
  fact(EQ, "park", "idle_plant_revitalised_sqm", 50000, "sqm", F2, "2023年以来（截至2023-06）", kind="cumulative", qual="余", qtext="余"),
  fact(EQ, "park", "plant_occupancy_rate", 0.97, "ratio", F2, "2023-06", kind="ratio", note="由56%提高到97%"),
  fact(EQ, "park", "plant_occupancy_rate_before", 0.56, "ratio", F2, "2023年初", kind="ratio", opt=True),
 ],
)

# ---------------------------------------------------------------- uw06 温州小微园 (copy domain, undated)
G0 = "自2014年至今,全市累计开工120个小微园,累计竣工厂房面积1608万平方米,入驻企业2659家"
G1 = "如温州汉风机械公司自入驻龙湾永兴南园小微企业创业园后"
G2 = "如瑞安阁巷高新产业小微园,高标准建设园区配套设施,并制定租金“一免两减半”等优惠政策,成功招引浙江中科光电有限公司等56家高新技术中小企业"
G3 = "该区永兴老工业区146家搬迁企业,经整合、筛选后,精简到50余家入驻永兴南园"
G4 = "全市要新建小微企业园30个以上,建成生产及配套用房1100万平方米,新增入驻企业3000家左右"
G5 = "全年新增入园企业218多家,居全市第一"
WA = "2014年至文中“至今”（发稿日未知）"
G["uw06"] = dict(
 article=art("（无标题）温州小微园：累计开工120个、入驻企业2659家", "wap.qwitaly.com（“cjxw”栏，转载，原出处与日期未注）", None, None,
  "Copy of a city item (温州, 浙江) on micro-enterprise parks (小微园) — city totals since 2014, two named parks with their operators' rent relief and tenants, a district's relocation of firms into a park, the city's targets",
  "http://wap.qwitaly.com/cjxw/1667.html",
  "存段无标题、无日期行，以“据悉,”开头（存段即从此开始）。日期不明：文中“自2014年至今”，内容像2018年前后的温州报道；published 记 null。末段最后一句“同步建设研发办公…提供…专业化服务,为小”在句中中断，切去（LINE_SUFFIX），正文截至“…新增入驻企业3000家左右;”（以分号结束）。城市由“温州汉风机械公司”“龙湾”“瑞安”“鹿城区”推知为温州。园区：龙湾永兴南园小微企业创业园（又作“永兴南园”）、瑞安阁巷高新产业小微园；“永兴老工业区”为搬迁来源的老工业区（可选）。公司：温州汉风机械公司（永兴南园）、浙江中科光电有限公司（阁巷小微园）。事实：全市累计开工120个、竣工厂房1608万平方米、入驻2659家（cumulative，主体记“温州市小微园”，subject_type region）；阁巷小微园招引56家；永兴南园接纳50余家搬迁企业；鹿城区全年新增入园218多家；今后目标30个以上 / 1100万平方米 / 3000家左右（target）。",
  "uw06"),
 parks=[
  park("龙湾永兴南园小微企业创业园", "温州", "浙江", "小微企业园", G1, district="龙湾区", aliases=["永兴南园"]),
  park("瑞安阁巷高新产业小微园", "温州", "浙江", "小微企业园", G2, district="瑞安市"),
  park("永兴老工业区", "温州", "浙江", "工业区", G3, district="龙湾区", opt=True, note="搬迁企业的来源地"),
 ],
 companies=[
  comp("温州汉风机械公司", "龙湾永兴南园小微企业创业园", G1, note="入驻后产值递增15%"),
  comp("浙江中科光电有限公司", "瑞安阁巷高新产业小微园", G2),
 ],
 aggregate_facts=[
  fact("温州市小微园", "region", "parks_started", 120, "count", G0, WA, kind="cumulative"),
  fact("温州市小微园", "region", "completed_plant_area_sqm", 1.608e7, "sqm", G0, WA, kind="cumulative"),
  fact("温州市小微园", "region", "firms_in_parks", 2659, "count", G0, WA, kind="cumulative"),
  fact("瑞安阁巷高新产业小微园", "park", "firms_attracted", 56, "count", G2, "至文中时点", kind="cumulative"),
  fact("龙湾永兴南园小微企业创业园", "park", "relocated_firms_admitted", 50, "count", G3, "至文中时点", kind="cumulative", qual="余", qtext="余"),
  fact("温州汉风机械公司", "company", "output_yoy_growth", 0.15, "ratio", "去年企业的产值递增15%", "“去年”", kind="ratio", opt=True),
  fact("鹿城区", "region", "new_firms_in_parks", 218, "count", G5, "全年", qual="余", qtext="多", opt=True),
  fact("温州市小微园", "region", "parks_to_build", 30, "count", G4, "今后（目标）", kind="target", qual="超", qtext="以上"),
  fact("温州市小微园", "region", "plant_area_to_build_sqm", 1.1e7, "sqm", G4, "今后（目标）", kind="target"),
  fact("温州市小微园", "region", "new_firms_target", 3000, "count", G4, "今后（目标）", kind="target", qual="约", qtext="左右"),
 ],
)
