# real315 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied unchanged
# from real52). Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as
# written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Projects: the park is the one the text
# places the project in, null if none (a county or city is a region, not a park). Status from the text's words (开工 /
# 集中开工 → 开工; 签约 / 签订 → 签约; 引进 / 列入重点项目清单 alone → no status). Plan figures (“到2025年”, “今年年底前”)
# and “预计” figures are kind target; year-end counts are reported; “从去年开始…引进” counts are cumulative. Sources are
# `search` (corpus pages) excerpts typed into _raw/pages/pbNN.raw as returned.

# ---------------------------------------------------------------- pb01 台州 100个小微企业工业园 (浙江在线 2019)
TZ = "台州"
A0 = "今年年底前,我市将新建和投运100个小微企业工业园"
A1 = "根据2018年底统计数据显示,全市一年里共新增小微工业园52个,建筑面积450余万平方米,入驻小微企业1260余家"
A2 = "拥有在建小微工业园51个,建筑面积522.6万平方米"
G["pb01"] = dict(
 article=art("台州今年将新建和投运100个小微企业工业园", "浙江在线（浙江新闻·浙江纵横·台州栏；来源栏空；责任编辑 汪江军）", "2019-03-22", "day",
  "Provincial news portal's city channel, Zhejiang: a city's plan for 100 new or newly operating small and micro enterprise parks in 2019, with the 2018 year-end count of new parks, floor area and firms settled, parks under construction, and the counties selected by the province",
  "https://zjnews.zjol.com.cn/zjnews/tznews/201903/t20190322_9733593.shtml",
  "日期取页面“2019年03月22日 10:21:32”（文中“昨天”即2019年3月21日）。标题照录；导航、日期来源行、标签/责任编辑行与版权声明已删。正文六段，完整。无具体园区名：文中“小微企业工业园”“小微园”均为泛称，不列园区。事实归台州市（region）：2019年底前新建和投运100个（target）；2018年新增小微工业园52个、建筑面积450余万平方米、入驻小微企业1260余家（reported，as_of 2018年末）；在建51个、建筑面积522.6万平方米。椒江、温岭、玉环入选全省小微园建设提升地区，为县市区名，不列园区。市经信局列可选机构。",
  "pb01"),
 parks=[],
 companies=[],
 institutions=[
  inst("市经信局", "昨天,记者从市经信局获悉", note="台州市经济和信息化局（文中简称）"),
 ],
 projects=[],
 aggregate_facts=[
  fact(TZ, "region", "small_micro_parks_planned", 100, "count", A0, "2019年底（目标）", kind="target", note="新建和投运小微企业工业园"),
  fact(TZ, "region", "small_micro_parks_added", 52, "count", A1, "2018年"),
  fact(TZ, "region", "small_micro_parks_added_floor_area_m2", 4.5e6, "m2", A1, "2018年", qual="余", qtext="余"),
  fact(TZ, "region", "small_micro_firms_settled", 1260, "count", A1, "2018年", qual="余", qtext="余", note="入驻小微企业"),
  fact(TZ, "region", "small_micro_parks_under_construction", 51, "count", A2, "2018年末"),
  fact(TZ, "region", "small_micro_parks_under_construction_floor_area_m2", 5.226e6, "m2", A2, "2018年末", opt=True),
 ])

# ---------------------------------------------------------------- pb02 兰溪 八个项目集中开工 (兰溪新闻网 2018)
LX = "兰溪市新兴产业园"
B0 = "在兰溪市新兴产业园、光膜小镇、安置房建设地块、城防提标工程现场"
B1 = "此次开工的华宇年产6万辆纯电动物流车项目是落地新兴产业园建设的首个项目,投资额达15亿元"
B2 = "该项目由华宇方圆国际物流有限公司投资,总用地310亩,将建成年产6万辆纯电动物流车生产线,预计年产值可达50多亿元"
B3 = "总投资44.68亿元的8个项目宣告开工建设"
AS2 = "2018年10月25日（集中开工）"
G["pb02"] = dict(
 article=art("总投资近45亿!八个项目集中开工 兰溪为高质量发展再注新动能", "兰溪新闻网（浙江在线兰溪站 lxnews.zjol.com.cn；记者 项柔刚）", "2018-10-25", "day",
  "County news site on the provincial portal, Zhejiang: a county-level city's joint groundbreaking of eight projects in a new industrial park, a film-industry town and two public works — the largest project in the park with its investor, investment, site and expected output",
  "http://lxnews.zjol.com.cn/lxnews/system/2018/10/25/031219992.shtml",
  "日期取页面“2018/10/25 来源:兰溪新闻网”（文中“今天下午”即当日）。标题与副题两行以空格连写。导航与日期来源行已删。存段末段（光膜小镇5个项目……“其中,投资最大的怡钛积科技项目达到了10亿元。这些”）在句中中断，按本集要求整段删去；正文截至“…开启了新兴产业园的产业发展之路。”，共四段（光膜小镇5个项目因此不在文本中）。园区：兰溪市新兴产业园（文中又作“新兴产业园”；金华市代管兰溪市，浙江）；光膜小镇为特色小镇，只在开工地点中出现，列可选园区。项目：华宇年产6万辆纯电动物流车项目（新兴产业园，投资额达15亿元，开工；“达”不作限定词）；投资方华宇方圆国际物流有限公司（在园）。事实：兰溪8个项目总投资44.68亿元（region，集中开工）；项目用地310亩（可选）；预计年产值50多亿元（target，余；“50多亿元”非数字+亿元格式，metric 记 expected_annual_output、unit cny、值按50亿元）。市领导不列。",
  "pb02"),
 parks=[
  park(LX, "金华", "浙江", "产业园", B0, district="兰溪市", aliases=["新兴产业园"], note="文中又作“新兴产业园”"),
  park("光膜小镇", "金华", "浙江", "特色小镇", B0, district="兰溪市", opt=True, note="只作开工地点出现（存段删去的末段中有5个项目）"),
 ],
 companies=[
  comp("华宇方圆国际物流有限公司", LX, B2, note="华宇纯电动物流车项目投资方"),
 ],
 projects=[
  proj("华宇年产6万辆纯电动物流车项目", LX, B1, companies=["华宇方圆国际物流有限公司"], inv="投资额达15亿元", status="开工", status_text="开工",
       note="新兴产业园首个落地项目；此次集中开工中投资最大"),
 ],
 aggregate_facts=[
  fact("兰溪市", "region", "projects_started", 8, "count", B3, AS2),
  fact("兰溪市", "region", "projects_started_investment_cny", 4.468e9, "cny", B3, AS2, chk=True),
  fact("华宇年产6万辆纯电动物流车项目", "project", "site_area_mu", 310, "mu", B2, AS2, opt=True),
  fact("华宇年产6万辆纯电动物流车项目", "project", "expected_annual_output", 5e9, "cny", "预计年产值可达50多亿元", "建成投产后（预期）", kind="target", qual="余", qtext="多",
       note="“50多亿元”不是数字+亿元格式（check_gold 读不出），故 metric 不带 _cny 后缀；值按50亿元、余"),
 ])

# ---------------------------------------------------------------- pb03 湖州长兴42个重大项目集中开工 (csjcs 2020)
CX = "长兴县经济技术开发区"
C0 = "长兴县2020年一季度42个重大项目集中开工,总投资达122.7亿元"
C1 = "长兴县经济技术开发区的优全护理新型医疗卫生材料和用品项目为上市募投项目,占地157亩,计划投资15亿元,达产后将实现年销售收入30亿元"
AS3 = "2020年3月21日（集中开工）"
G["pb03"] = dict(
 article=art("湖州长兴42个重大项目集中开工", "csjcs.com（“长三角经济圈·长三角观察”栏转载；原发媒体未注明；记者 叶诗蕾 县委报道组 张泽民）", "2020-03", "month",
  "Regional-economy portal relaying a local item, Zhejiang: a county's first-quarter joint groundbreaking of 42 major projects with their total, one named project in the county's economic and technological development zone with land, investment and expected sales",
  "https://csjcs.com/news/show/236/1462355_0.html",
  "存段无日期行：文中“3月21日上午,长兴县2020年一季度42个重大项目集中开工”，开工日2020年3月21日，发布日不详，记 2020-03（month）。标题照录；栏目名、面包屑、转载声明与计数行已删。正文三段，完整；署名“(记者 叶诗蕾 县委报道组 张泽民)”在末段末，保留。园区：长兴县经济技术开发区（即长兴经济技术开发区；湖州市长兴县，浙江；文中只此一称）。项目：优全护理新型医疗卫生材料和用品项目（在园；计划投资15亿元；“项目2月刚签约,能这么快就开工建设”→开工；上市募投项目）。“优全护理”只在项目名中，列可选公司。事实：长兴县42个项目、总投资122.7亿元（region）；项目占地157亩（可选）、达产后年销售收入30亿元（target）。",
  "pb03"),
 parks=[
  park(CX, "湖州", "浙江", "经济技术开发区", C1, district="长兴县"),
 ],
 companies=[
  comp("优全护理", CX, C1, opt=True, note="只在项目名中；上市募投项目的企业"),
 ],
 projects=[
  proj("优全护理新型医疗卫生材料和用品项目", CX, C1, companies=["优全护理"], inv="计划投资15亿元", status="开工", status_text="开工建设",
       note="2020年2月签约、3月21日集中开工；上市募投项目"),
 ],
 aggregate_facts=[
  fact("长兴县", "region", "projects_started", 42, "count", C0, AS3),
  fact("长兴县", "region", "projects_started_investment_cny", 1.227e10, "cny", C0, AS3, chk=True),
  fact("优全护理新型医疗卫生材料和用品项目", "project", "site_area_mu", 157, "mu", C1, AS3, opt=True),
  fact("优全护理新型医疗卫生材料和用品项目", "project", "expected_annual_revenue_cny", 3e9, "cny", "达产后将实现年销售收入30亿元", "达产后（预期）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- pb04 龙泉 13个项目列入丽水重点 (mysteel 2018)
LQ = "龙泉市"
D0 = "近日,丽水市发改委下发了丽水市2018年重点建设项目清单,龙泉市共有13个项目列入丽水重点(不包含预备项目4个),总投资97.99亿元,2018年计划投资15.58亿元"
D1 = "主要项目有G322(原53省道)龙泉安仁至西街段公路改建工程、龙泉市赵麻淤至下堡公路工程、龙泉市南大洋小学工程、龙泉市中等职业学校扩建(二期)—龙泉青瓷学院(筹)、龙泉溪流域综合治理(武潭—五梅垟段)生态修复工程、浙西南大宗商品物流集散市场项目(龙泉市)、龙渊公园及地下空间开发PPP项目、三田(集团)产业园建设项目等"
D2 = "今年丽水市共安排重点建设项目202(不含预备项目11个),总投资1383.85亿元,年度计划投资232.04亿元"
AS4 = "2018年"
G["pb04"] = dict(
 article=art("（无标题）丽水市2018年重点建设项目清单 龙泉市13个项目列入", "我的钢铁网（m.mysteel.com；原发媒体与署名未注明）", "2018-04-24", "day",
  "Steel-trade news site relaying a local item, Zhejiang: a county-level city's 13 projects on the prefecture's 2018 key-project list with total and planned investment, eight named projects (roads, schools, river works, a logistics market, a park, an industrial park), and the prefecture's totals",
  "http://m.mysteel.com/18/0424/14/BBC685DEAF0D14F3_abc.html",
  "存段无标题、无日期行（title 为编者概括）；日期取网址 /18/0424/。正文一段，完整。无园区名：龙泉市为县级市（丽水，浙江），丽水市为地级市，均为 region。项目（园区 null，无状态——只说列入重点建设项目清单）：8个主要项目照录；三田(集团)产业园建设项目与浙西南大宗商品物流集散市场项目(龙泉市)为产业类，其余6个公路、学校、流域治理、公园项目列为可选（公共工程）。“三田(集团)”只在项目名中，列可选公司。事实：龙泉市13个项目、总投资97.99亿元、2018年计划投资15.58亿元（target）、预备项目4个（可选）；丽水市202个、1383.85亿元、年度计划投资232.04亿元（target）。",
  "pb04"),
 parks=[],
 companies=[
  comp("三田(集团)", None, D1, opt=True, note="只在项目名“三田(集团)产业园建设项目”中"),
 ],
 projects=[
  proj("三田(集团)产业园建设项目", None, D1, companies=["三田(集团)"], note="列入丽水市2018年重点建设项目；产业园开发项目"),
  proj("浙西南大宗商品物流集散市场项目(龙泉市)", None, D1, note="列入丽水市2018年重点建设项目"),
  proj("G322(原53省道)龙泉安仁至西街段公路改建工程", None, D1, opt=True, note="公共工程"),
  proj("龙泉市赵麻淤至下堡公路工程", None, D1, opt=True, note="公共工程"),
  proj("龙泉市南大洋小学工程", None, D1, opt=True, note="公共工程"),
  proj("龙泉市中等职业学校扩建(二期)—龙泉青瓷学院(筹)", None, D1, phase="二期", opt=True, note="公共工程"),
  proj("龙泉溪流域综合治理(武潭—五梅垟段)生态修复工程", None, D1, opt=True, note="公共工程"),
  proj("龙渊公园及地下空间开发PPP项目", None, D1, opt=True, note="公共工程"),
 ],
 aggregate_facts=[
  fact(LQ, "region", "key_projects_listed", 13, "count", D0, AS4),
  fact(LQ, "region", "key_projects_total_investment_cny", 9.799e9, "cny", "总投资97.99亿元,2018年计划投资15.58亿元", AS4, chk=True),
  fact(LQ, "region", "planned_annual_investment_cny", 1.558e9, "cny", "2018年计划投资15.58亿元", "2018年（计划）", kind="target", chk=True),
  fact(LQ, "region", "reserve_projects", 4, "count", "不包含预备项目4个", AS4, opt=True),
  fact("丽水市", "region", "key_projects_listed", 202, "count", D2, AS4),
  fact("丽水市", "region", "key_projects_total_investment_cny", 1.38385e11, "cny", "总投资1383.85亿元,年度计划投资232.04亿元", AS4, chk=True),
  fact("丽水市", "region", "planned_annual_investment_cny", 2.3204e10, "cny", "年度计划投资232.04亿元", "2018年（计划）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- pb05 安吉 美丽小微园集群 (杭州写字楼网 2021)
AJ = "安吉县"
E0 = "到2025年建成以工业为主的小微园30个以上,新建小微园建筑面积600万平方米以上,实现小微园工业总产值150亿元"
E1 = "绿色智造产业区以开发区为主平台,集聚带动上墅、天荒坪"
E2 = "先进装备制造区以示范区为主,集聚带动溪龙、天子湖、梅溪,并与开发区联动"
E3 = "文化时尚集聚区以鄣吴、溪龙、报福、杭垓为重点区块,发展印刷包装、竹制工艺礼品等产业"
E4 = "绿色循环产业区以孝丰、梅溪为承载区,集聚带动报福、杭垓,发展竹加工智能装备、新材竹建筑材料等绿色循环产业"
AS5 = "2025年（目标）"
G["pb05"] = dict(
 article=art("湖州安吉打造美丽小微园集群样板", "杭州写字楼网（o571.com 转载；原标题“安吉打造美丽小微园集群样板”，通讯员 林泽宇 记者 杨君左；原发媒体未注明）", "2021-03-16", "day",
  "Office-property portal relaying a local news item, Zhejiang: a county's 2021–2025 small and micro enterprise park plan — targets for parks, floor area and output, and four functional zones with the towns they draw on",
  "https://o571.com/news/html/f1/47289.html",
  "日期取页面“2021/3/16 15:32:30”。转载站标题（“湖州安吉打造美丽小微园集群样板”）照录，原标题记于 title_note；站名行、日期行、“导读”（与首段同文）和“(原标题:… 通讯员:林泽宇 记者:杨君左)”行已删。存段末段“据悉,安吉县将在2021-2023年安排每年不少于300亩、5年累计不少于1300亩新增建设用地,”在句中中断，整段删去；正文截至“…绿色循环产业。”，共三段。无具体小微园名。文中“开发区”“示范区”为泛称（未写全名），不列园区；四大功能布局区（绿色智造产业区、先进装备制造区、文化时尚集聚区、绿色循环产业区）为规划功能区，列可选园区（湖州市安吉县，浙江）。事实归安吉县（region），均为2025年目标（target）：小微园30个以上（超）、新建建筑面积600万平方米以上（超）、小微园工业总产值150亿元。县经信局列可选机构。",
  "pb05", title_note="原标题：安吉打造美丽小微园集群样板"),
 parks=[
  park("绿色智造产业区", "湖州", "浙江", "功能区（规划）", E1, district="安吉县", opt=True, note="小微园功能布局之一；以开发区为主平台"),
  park("先进装备制造区", "湖州", "浙江", "功能区（规划）", E2, district="安吉县", opt=True, note="小微园功能布局之一；以示范区为主"),
  park("文化时尚集聚区", "湖州", "浙江", "功能区（规划）", E3, district="安吉县", opt=True, note="小微园功能布局之一"),
  park("绿色循环产业区", "湖州", "浙江", "功能区（规划）", E4, district="安吉县", opt=True, note="小微园功能布局之一"),
 ],
 companies=[],
 institutions=[
  inst("县经信局", "县经信局相关负责人介绍", note="安吉县经济和信息化局（文中简称）"),
 ],
 projects=[],
 aggregate_facts=[
  fact(AJ, "region", "small_micro_parks_planned", 30, "count", E0, AS5, kind="target", qual="超", qtext="以上", note="以工业为主的小微园"),
  fact(AJ, "region", "small_micro_parks_new_floor_area_m2", 6e6, "m2", E0, AS5, kind="target", qual="超", qtext="以上"),
  fact(AJ, "region", "small_micro_parks_industrial_output_cny", 1.5e10, "cny", "实现小微园工业总产值150亿元", AS5, kind="target", chk=True),
 ])

# ---------------------------------------------------------------- pb06 龙游招商引资迎来开门红 (浙江日报 2021)
LY = "龙游"
F0 = "2月20日,总投资达58.6亿元的3个项目签约落户龙游"
F1 = "浙江蓝宇新材料有限公司与龙游签订年产4万吨特种亚克力保护纸等生产线项目"
F2 = "引进“云墨碳谷”碳材料产业园、水发全竹产业园、建州智汇创谷、禾川科技产业园等10亿元以上重大产业项目8个"
AS6 = "2021年2月20日（集中签约）"
G["pb06"] = dict(
 article=art("龙游招商引资迎来开门红 3个项目总投资达58.6亿元", "浙江日报（第2版 要闻；共享联盟龙游站 求张锋 罗意 记者 梅玲玲）", "2021-02-21", "day",
  "Provincial party daily, Zhejiang: a county's first signing of the year — three projects with their total, one named firm's production-line project, and eight 1-billion-plus industrial projects (four named industrial parks) brought in since the previous year",
  "http://zjrb.zjol.com.cn/html/2021-02/21/content_3413005.htm?div=-1",
  "日期取版面“2021年02月21日”（电头“本报龙游2月20日电”）。标题与副题两行以空格连写；报头、版次行与版面尾行已删。正文三段，完整。无园区在文中被写作项目所在地；龙游为县（衢州，浙江；文中只作“龙游”），region。项目：浙江蓝宇新材料有限公司“年产4万吨特种亚克力保护纸等生产线项目”（签订→签约；无单项金额；园区 null）。“单体新投资50亿元”的项目未点名，不列。“云墨碳谷”碳材料产业园、水发全竹产业园、建州智汇创谷、禾川科技产业园：去年以来“引进”的10亿元以上重大产业项目（只有区间，不作投资额；无状态），列为项目，并列为可选园区。事实：3个项目签约、总投资58.6亿元（region，集中签约）；去年以来引进10亿元以上重大产业项目8个（cumulative）。",
  "pb06"),
 parks=[
  park("“云墨碳谷”碳材料产业园", "衢州", "浙江", "产业园（碳材料）", F2, district="龙游县", opt=True, note="引进的重大产业项目，以园区名出现"),
  park("水发全竹产业园", "衢州", "浙江", "产业园（竹）", F2, district="龙游县", opt=True, note="同上"),
  park("建州智汇创谷", "衢州", "浙江", "产业园", F2, district="龙游县", opt=True, note="同上"),
  park("禾川科技产业园", "衢州", "浙江", "产业园", F2, district="龙游县", opt=True, note="同上"),
 ],
 companies=[
  comp("浙江蓝宇新材料有限公司", None, F1, note="与龙游签订生产线项目；园区未说"),
 ],
 projects=[
  proj("年产4万吨特种亚克力保护纸等生产线项目", None, F1, companies=["浙江蓝宇新材料有限公司"], status="签约", status_text="签订",
       note="2021年2月20日签约；无单项金额"),
  proj("“云墨碳谷”碳材料产业园", None, F2, note="10亿元以上重大产业项目（区间，不作投资额）；“引进”，无状态"),
  proj("水发全竹产业园", None, F2, note="同上"),
  proj("建州智汇创谷", None, F2, note="同上"),
  proj("禾川科技产业园", None, F2, note="同上"),
 ],
 aggregate_facts=[
  fact(LY, "region", "projects_signed", 3, "count", F0, AS6),
  fact(LY, "region", "signed_investment_cny", 5.86e9, "cny", F0, AS6, chk=True),
  fact(LY, "region", "major_industrial_projects_introduced", 8, "count", F2, "2020年至2021年2月", kind="cumulative", note="10亿元以上重大产业项目"),
 ])
