# real241 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Shares and rates as ratios. Projects: the park is the one
# the text places the project in, null if none (a city or county is not a park). Status from the text's words (集中开工 /
# 开工奠基 → 开工; 开工建设 with work still going on (“目前…施工”, “设备安装完成47.5%”) → 在建; 投产 / 正常生产 / 已正式投产
# → 投产; 试生产 → 在建 with status_alt 投产). “已完成投资” / “累计完成投资” are completed investment, never the project's
# investment amount. “预计” figures are kind target; year-to-date figures (“今年以来”, “截至7月底”, “截止3月底”) cumulative.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/sfNN.raw as returned.

# ---------------------------------------------------------------- sf01 临沂经济开发区30个项目集中奠基 (大众网 2009)
LY = "临沂经济开发区"
A0 = "4月24日,临沂经济开发区总投资86亿元的30个项目集中开工奠基"
A1 = "这是临沂经济开发区继去年6月份21个大项目集中奠基后"
G["sf01"] = dict(
 article=art("临沂经济开发区30个项目集中奠基", "大众网（临沂大众网 linyi.dzwww.com；无署名）", "2009-04-25", "day",
  "Provincial press group's city site, Shandong: a provincial-level (then) development zone's joint groundbreaking of 30 projects with their total investment, the leaders present, the mayor's remarks",
  "https://linyi.dzwww.com/news/lysz/200904/t20090425_4530954.htm",
  "日期取页面“2009-04-25 08:59:00 来源:临沂大众网”。**年份在本集角度（2010–2015）之外**：检索未找到可用的2010–2015年临沂条目，收录并注明。页面在正文前重复了一段导语（与正文首句相同），作为页面摘要删去；正文存为一段（存段中段落以空格相连，原样保留）。存段在末句“为企业提供优质”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…作出新的贡献。”。园区：临沂经济开发区（临沂市，山东；2011年升级为国家级临沂经济技术开发区，本文时为省级，kind 记“经济开发区”）。事实：30个项目集中开工奠基、总投资86亿元；去年6月21个大项目集中奠基（可选，as_of 2008年6月）。未列具体项目名称。出席领导所在机构（中国残联等）不计。",
  "sf01"),
 parks=[
  park(LY, "临沂", "山东", "经济开发区", A0, note="2011年升级为国家级临沂经济技术开发区；文中未写"),
 ],
 aggregate_facts=[
  fact(LY, "park", "projects_started", 30, "count", A0, "2009-04-24", note="集中开工奠基"),
  fact(LY, "park", "projects_started_investment_cny", 8.6e9, "cny", "总投资86亿元的30个项目集中开工奠基", "2009-04-24", chk=True),
  fact(LY, "park", "projects_started", 21, "count", A1, "2008年6月", opt=True, note="上一次集中奠基的大项目数"),
 ])

# ---------------------------------------------------------------- sf02 烟台 蓝色经济 (中国日报 2013)
DB = "东部海洋经济新区"
LZ = "莱州临港产业区"
B0 = "目前,东部海洋经济新区列入《全国海洋经济发展十二五规划》,投资15.9亿元的一批重点项目正紧张建设之中"
B1 = "烟台西部启动了100平方公里的莱州临港产业区"
G["sf02"] = dict(
 article=art("（无标题）烟台加快发展“蓝色经济”：去年海洋产业产值1727亿元，东部海洋经济新区、莱州临港产业区建设推进", "中国日报（chinadaily.com.cn 地方频道·山东；存段无署名）", "2013-03-01", "day",
  "National English-language group's Chinese regional channel, Shandong: the city's marine economy with its output, the mayor's words, new zones (东部海洋经济新区 with projects under way, 莱州临港产业区 launched), the total of hot-spot projects",
  "http://global.chinadaily.com.cn/dfpd/sd/bwzg/2013-03/01/content_16267558.htm",
  "日期取网址 2013-03/01。存段无标题、无日期行（title 为编者概括）；存段五段，末句完整，但可能只是全文的开头。“迅速极崛起”原文如此，保留。**市级综述**：园区只以两个新区/产业区出现。园区：东部海洋经济新区（烟台，kind 记“新区”）、莱州临港产业区（烟台莱州市，100平方公里）。东部新区“投资15.9亿元的一批重点项目正紧张建设之中”记为园区在建项目投资事实（不是单个项目）。公司：东方海洋（上市海洋企业，未置于园区，可选）。烟台市的海洋产业产值、规划目标、5000亿元热点项目与39个大项目为城市（region）事实，可选。丁字湾、龙口湾人工岛群、长岛规划不是园区，不列。",
  "sf02"),
 parks=[
  park(DB, "烟台", "山东", "新区", B0, note="列入《全国海洋经济发展十二五规划》"),
  park(LZ, "烟台", "山东", "产业区", B1, district="莱州市", note="100平方公里，刚启动"),
 ],
 companies=[
  comp("东方海洋", None, "包括东方海洋等一批海洋产业企业上市", opt=True, note="上市海洋产业企业；未置于园区"),
 ],
 aggregate_facts=[
  fact(DB, "park", "projects_under_construction_investment_cny", 1.59e9, "cny", "投资15.9亿元的一批重点项目正紧张建设之中", "2013年初", kind="cumulative", chk=True,
       note="一批重点项目，数目未给"),
  fact(LZ, "park", "planned_area_km2", 100, "km2", B1, "2013年初"),
  fact("烟台", "region", "marine_industry_output_cny", 1.727e11, "cny", "去年,这个城市海洋产业产值达到1727亿元,同比增长16.7%", "2012年", chk=True, opt=True),
  fact("烟台", "region", "marine_industry_output_yoy_growth", 0.167, "ratio", "去年,这个城市海洋产业产值达到1727亿元,同比增长16.7%", "2012年", kind="ratio", opt=True),
  fact("烟台", "region", "marine_industry_output_cny", 2e11, "cny", "今年烟台市海洋产业产值将突破2000亿元", "2013年（目标）", kind="target", qual="超", qtext="突破", chk=True, opt=True),
  fact("烟台", "region", "hotspot_projects_investment_cny", 5e11, "cny", "这些热点在建和储备项目总投资超过5000亿元", "2013年初", kind="cumulative", qual="超", qtext="超过", chk=True, opt=True),
  fact("烟台", "region", "projects_over_1bn", 39, "count", "其中过10亿元的大项目39个", "2013年初", opt=True),
 ])

# ---------------------------------------------------------------- sf03 济宁 10亿元以上制造业项目 (山东省工信厅网站 2013)
JN = "济宁"
C0 = "2013年全市投资10亿元以上制造业项目116项,总投资2092.7亿元,2013年计划投资603亿元"
C1 = "山推机械有限公司的重装叉车、桩工机械项目已累计完成投资5.1亿元,目前正在进行后续设备安装,试生产"
C2 = "山东泗水康得新复合材料有限公司的预涂膜基材生产基地建设项目预涂膜基材第一条生产线已正常生产"
C3 = "济宁娃哈哈饮料有限公司的灌装饮料生产项目一期超净车间、动力机房、成品仓库、污水处理厂已完工;设备安装完成,已正式投产"
C4 = "泗水利丰食品有限公司的甘薯产业高科园项目甘薯全粉、甘薯成型食品生产线已投产"
C5 = "山东华鲁生物制造有限公司的华鲁生物产业园项目色氨酸正常生产"
C6 = "山东百隆纺织有限公司的年产48万锭色纺纱项目2号车间正常生产,1号车间设备开始安装"
C7 = "济宁玉柴发动机股份有限公司的4W型发动机项目一期试生产"
AS3 = "2013年3月底"
G["sf03"] = dict(
 article=art("（无标题）2013年全市投资10亿元以上制造业项目116项 一季度完成投资76.8亿元（济宁，推断）", "山东省工业和信息化厅网站（gxt.shandong.gov.cn；2013年时为省经信委；存段无署名、无来源行）", "2013-04-27", "day",
  "Provincial government portal, Shandong: a city's progress report on its manufacturing projects over 1bn yuan — counts and investment, one project in trial production, named projects with parts in production",
  "http://gxt.shandong.gov.cn/art/2013/4/27/art_15166_1031041.html",
  "日期取页面“发布日期:2013-04-27 18:11:30”；“网站标识码”行已删。存段无标题（title 为编者概括）。城市为推断：文中只说“全市”，企业为济宁娃哈哈、济宁玉柴、泗水（济宁属县）、山推（济宁），故记济宁。**市级项目进度报告，不以园区为主题**：园区只出现在项目名中（华鲁生物产业园项目、甘薯产业高科园项目），华鲁生物产业园列为可选园区。存段在“(二)”段末句“辰欣药业股份有限公司的辰欣科技园项目…目前已经完成设备安装”处中断，该句已删（LINE_SUFFIX），正文截至“…4W型发动机项目一期试生产。”。小标题“一、在建项目进展顺利”保留为一段。状态：试生产→在建（status_alt 投产）；“已正常生产”“已正式投产”“已投产”“正常生产”→投产（部分生产线者 status_alt 在建）。“已累计完成投资5.1亿元”为完成投资，不作项目投资额（另记可选事实）。各项目不置于园区（park null）。",
  "sf03"),
 parks=[
  park("华鲁生物产业园", "济宁", "山东", "产业园", C5, opt=True, note="只在项目名中；企业自建园区"),
 ],
 companies=[
  comp("山推机械有限公司", None, C1),
  comp("山东泗水康得新复合材料有限公司", None, C2),
  comp("济宁娃哈哈饮料有限公司", None, C3),
  comp("泗水利丰食品有限公司", None, C4),
  comp("山东华鲁生物制造有限公司", None, C5),
  comp("山东百隆纺织有限公司", None, C6),
  comp("济宁玉柴发动机股份有限公司", None, C7),
 ],
 projects=[
  proj("重装叉车、桩工机械项目", None, C1, companies=["山推机械有限公司"], status="在建", status_text="正在进行后续设备安装,试生产", status_alt="投产",
       note="试生产；已累计完成投资5.1亿元（完成额，非总投资）"),
  proj("预涂膜基材生产基地建设项目", None, C2, companies=["山东泗水康得新复合材料有限公司"], status="投产", status_text="第一条生产线已正常生产", status_alt="在建",
       note="第二条线调试中，二期主车间框架基本完工"),
  proj("灌装饮料生产项目", None, C3, companies=["济宁娃哈哈饮料有限公司"], phase="一期", status="投产", status_text="已正式投产"),
  proj("甘薯产业高科园项目", None, C4, companies=["泗水利丰食品有限公司"], status="投产", status_text="生产线已投产", status_alt="在建",
       note="另有两条新生产线在做前期准备"),
  proj("华鲁生物产业园项目", None, C5, companies=["山东华鲁生物制造有限公司"], status="投产", status_text="色氨酸正常生产"),
  proj("年产48万锭色纺纱项目", None, C6, companies=["山东百隆纺织有限公司"], status="投产", status_text="2号车间正常生产", status_alt="在建"),
  proj("4W型发动机项目", None, C7, companies=["济宁玉柴发动机股份有限公司"], phase="一期", status="在建", status_text="一期试生产", status_alt="投产"),
 ],
 aggregate_facts=[
  fact(JN, "region", "projects_planned", 116, "count", C0, "2013年", note="投资10亿元以上制造业项目；城市为推断"),
  fact(JN, "region", "projects_total_investment_cny", 2.0927e11, "cny", "总投资2092.7亿元", "2013年", chk=True),
  fact(JN, "region", "annual_planned_investment_cny", 6.03e10, "cny", "2013年计划投资603亿元", "2013年", kind="target", chk=True),
  fact(JN, "region", "projects_started", 72, "count", "截止3月底已开工建设72项", AS3, kind="cumulative"),
  fact(JN, "region", "investment_completed_cny", 7.68e9, "cny", "一季度完成投资76.8亿元", "2013年一季度", chk=True),
  fact(JN, "region", "annual_plan_completion_ratio", 0.127, "ratio", "占当年计划投资的12.7%", "2013年一季度", kind="ratio", opt=True),
  fact(JN, "region", "investment_completed_since_start_cny", 3.292e10, "cny", "自开工累计完成投资329.2亿元", AS3, kind="cumulative", chk=True),
  fact(JN, "region", "total_investment_completion_ratio", 0.409, "ratio", "占项目总投资的40.9%", AS3, kind="ratio", opt=True),
  fact("重装叉车、桩工机械项目", "project", "investment_completed_cny", 5.1e8, "cny", "已累计完成投资5.1亿元", AS3, kind="cumulative", chk=True, opt=True),
  fact("山推机械有限公司", "company", "expected_new_sales_cny", 2e9, "cny", "预计年可新增销售收入20亿元", "投产后（预计）", kind="target", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- sf04 张裕葡萄酒城预计后年投用 (齐鲁晚报 2014)
KF = "开发区"
DH = "东海航空产业园"
D0 = "2013年,下一代赛欧轿车及其变型车等三条生产线改造项目开工建设,总投资约40亿元,目前已完成投资12亿元,预计年底可全部完工"
D1 = "总投资120亿元,总建筑面积65.6万平方米,包括4个子项目"
D2 = "总投资30亿元,建筑面积30万平方米"
D3 = "目前,正在进行场地基础施工,已累计完成投资3亿元,计划2015年完工"
G["sf04"] = dict(
 article=art("张裕葡萄酒城预计后年投用 67个工业项目加上98个服务业项目拉动经济发展,增加税收收入,促进人口就业", "齐鲁晚报（本报记者 张琪），epaper.qlwb.com.cn", "2014-08-23", "day",
  "Provincial evening paper's city page, Shandong: the city development commission's report on industrial projects — the GM plant's retooling in the development zone, 南山集团's aerospace industrial park, a tyre-cord project, with amounts, completed investment and stage",
  "https://epaper.qlwb.com.cn/qlwb/content/20140823/ArticelJ06002FM.htm",
  "日期取页面“2014年08月23日 来源:齐鲁晚报”。标题与副题照录（以空格相连）；日期行、“【PDF版】”与署名行“本报记者 张琪”已删。存段在“张裕国际葡萄酒城项目”小标题后的首句（“…葡萄酒研究院正进行主体施工”）处中断：该小标题和残句一并删去，正文截至玲珑项目段“…税收4亿元。”；张裕项目只在标题中（列为可选项目）。小标题（开发区通用汽车项目 等）保留为段。**市级项目综述**，园区只以“开发区”（烟台开发区，推断）和“东海航空产业园”出现。园区：“开发区”按原文记名，注明即烟台经济技术开发区（可选：名称不全）；东海航空产业园（南山集团项目园区，可选）。项目：下一代赛欧…生产线改造项目（开发区；2013年开工建设、目前已完成投资12亿元、预计年底完工→在建；总投资约40亿元）；南山集团东海航空产业园项目（总投资120亿元；设备安装完成47.5%→在建）；招远玲珑集团年产10万吨钢丝帘线生产项目（总投资30亿元；场地基础施工→在建；招远，不置园区）。2012年投用的汽车三期、动力总成二期扩能项目可选（投产）。“已完成投资”“累计完成投资”与“预计…新增营业收入/产值”作可选事实。",
  "sf04"),
 parks=[
  park(KF, "烟台", "山东", "经济技术开发区", "开发区通用汽车项目", opt=True, note="原文只作“开发区”；即烟台经济技术开发区（推断）"),
  park(DH, "烟台", "山东", "产业园", "南山集团东海航空产业园项目", opt=True, note="南山集团建设的产业园项目"),
 ],
 companies=[
  comp("通用汽车", KF, "开发区通用汽车项目", opt=True, note="小标题中；企业全称未给"),
  comp("南山集团", None, "南山集团东海航空产业园项目", opt=True, note="只在项目名中"),
  comp("招远玲珑集团", None, "招远玲珑集团年产10万吨 钢丝帘线生产项目", opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("下一代赛欧轿车及其变型车等三条生产线改造项目", KF, D0, companies=["通用汽车"], inv="总投资约40亿元", qual="约", qual_text="约",
       status="在建", status_text="开工建设", note="2013年开工建设，目前已完成投资12亿元、预计年底全部完工→在建；通用汽车项目"),
  proj("南山集团东海航空产业园项目", DH, D1, companies=["南山集团"], inv="总投资120亿元", status="在建", status_text="设备安装完成47.5%",
       note="4个子项目；园区名与项目名相同"),
  proj("招远玲珑集团年产10万吨 钢丝帘线生产项目", None, D2, companies=["招远玲珑集团"], inv="总投资30亿元", status="在建", status_text="正在进行场地基础施工",
       note="计划2015年完工"),
  proj("汽车三期、动力总成二期扩能项目", KF, "继2012年汽车三期、动力总成二期扩能项目投用后", companies=["通用汽车"], status="投产", status_text="投用", opt=True,
       note="2012年投用"),
  proj("年产2万吨航空航天用耐高温耐腐蚀高强度锻件项目", DH, "包括4个子项目,分别是年产2万吨航空航天用耐高温耐腐蚀高强度锻件项目、热轧项目、熔铸项目和硬质合金熔铸项目",
       companies=["南山集团"], opt=True, note="东海航空产业园项目的子项目之一（另三项：热轧、熔铸、硬质合金熔铸）"),
  proj("张裕葡萄酒城", None, "张裕葡萄酒城预计后年投用", status="在建", status_text="预计后年投用", opt=True, note="只在标题中；正文段落在存段中断处删去"),
 ],
 aggregate_facts=[
  fact("下一代赛欧轿车及其变型车等三条生产线改造项目", "project", "investment_completed_cny", 1.2e9, "cny", "目前已完成投资12亿元", "2014年8月", kind="cumulative", chk=True, opt=True),
  fact("南山集团东海航空产业园项目", "project", "expected_annual_output_cny", 2.35e10, "cny", "预计年新增产值235亿元", "达产后（预计）", kind="target", chk=True, opt=True),
  fact("招远玲珑集团年产10万吨 钢丝帘线生产项目", "project", "investment_completed_cny", 3e8, "cny", "已累计完成投资3亿元", "2014年8月", kind="cumulative", chk=True, opt=True),
  fact("招远玲珑集团年产10万吨 钢丝帘线生产项目", "project", "expected_annual_revenue_cny", 5e9, "cny", "投产后年可实现营业收入50亿元", "投产后（预计）", kind="target", chk=True, opt=True),
  fact("烟台", "region", "industrial_projects", 67, "count", "67个工业项目加上98个服务业项目拉动经济发展", "2014年", opt=True, note="副题；市重点项目"),
  fact("烟台", "region", "service_projects", 98, "count", "67个工业项目加上98个服务业项目拉动经济发展", "2014年", opt=True, note="副题"),
 ])

# ---------------------------------------------------------------- sf05 淄博高新区19个重大项目集中开工 (齐鲁网 2020)
ZB = "淄博高新区"
E0 = "10月24日,淄博高新区19个项目参加全省第二次重大项目集中开工"
E1 = "新型显示用ITO靶材及其他薄膜材料产业化项目是由广东先导稀材股份有限公司建设的新一代信息技术产业项目,总投资23.8亿元"
E2 = "淄博高新区面向市场提前布局,5G高速光通讯模块生产线项目,将建成5G高速光模块生产线"
G["sf05"] = dict(
 article=art("起跑就是冲刺 开局就要决战 淄博高新区19个重大项目集中开工", "齐鲁网·闪电新闻（zibo.iqilu.com 淄博频道；作者栏空）", "2020-10-26", "day",
  "Provincial broadcaster's news portal, Shandong: a national high-tech zone's 19 projects in the province's second joint groundbreaking — total, breakdown by type, the zone's industrial layout, two named projects",
  "http://zibo.iqilu.com/zbyaowen/2020/1026/4681379.shtml",
  "日期取页面“2020-10-26 08:48:10”（开工在10月24日）。**年份在本集角度（2010–2015）之外**：检索未找到可用的2010–2015年淄博条目，收录并注明。“全部”“来源:齐鲁网”“作者:”与日期行已删。存段在末段“项目引进德国最新…具有全自动生产能力,先”处中断，该残句已删（LINE_SUFFIX），正文截至“…设备123台(套)。”。小标题“项目质量高 多个项目打破国际垄断”保留为段。园区：淄博高新区（文中又作“高新区”）。项目：ITO靶材项目（广东先导稀材股份有限公司，总投资23.8亿元）与5G高速光通讯模块生产线项目（无金额）列在本次集中开工项目的介绍段中→开工（由上下文推断）。“电子信息、医疗健康、先进陶瓷等园区”为区内专业园区，未具名，不列。",
  "sf05"),
 parks=[
  park(ZB, "淄博", "山东", "高新区", E0, aliases=["高新区"], note="国家级高新区（文中未写级别）"),
 ],
 companies=[
  comp("广东先导稀材股份有限公司", ZB, E1, note="建设ITO靶材项目"),
 ],
 projects=[
  proj("新型显示用ITO靶材及其他薄膜材料产业化项目", ZB, E1, companies=["广东先导稀材股份有限公司"], inv="总投资23.8亿元", status="开工",
       status_text="参加全省第二次重大项目集中开工", note="状态由上下文推断（集中开工项目的介绍段）"),
  proj("5G高速光通讯模块生产线项目", ZB, E2, status="开工", status_text="参加全省第二次重大项目集中开工", note="状态由上下文推断；无金额"),
 ],
 aggregate_facts=[
  fact(ZB, "park", "projects_started", 19, "count", E0, "2020-10-24"),
  fact(ZB, "park", "projects_started_investment_cny", 1.585e10, "cny", "总投资额158.5亿元", "2020-10-24", chk=True),
  fact(ZB, "park", "projects_started_strategic_industry", 13, "count", "有省“十强”产业13个", "2020-10-24", opt=True),
  fact(ZB, "park", "projects_started_infrastructure", 4, "count", "基础设施和新基建类项目4个", "2020-10-24", opt=True),
 ])

# ---------------------------------------------------------------- sf06 济南新材料产业园区 (山东济南新材料产业园 via cadz 2021)
XC = "济南新材料产业园区"
F0 = "位于天桥区济南新材料产业园区的东方雨虹济南绿色材料产业基地项目"
F1 = "东方雨虹济南绿色材料产业基地项目,占地208亩,总投资8亿元"
F2 = "据了解,这个项目今年1月份签约、2份月拿地,6月开工建设,年底前就将正式投产使用"
F3 = "全力以赴推进了科佳智能装备城中南二期、旭天标识等24个"
F4 = "在建项目加快建设,普洛斯冷链物流,东方雨虹产业基地等,7个新建项目顺利实施,截至目前,完成新增建筑面积50万平方米"
G["sf06"] = dict(
 article=art("山东济南新材料产业园区:咬定建设现代化中心城区目标,天桥区交出高质量发展成绩单", "山东济南新材料产业园（来源行），载于中国开发区协会网 cadz.org.cn（省级开发区动态栏）", "2021-11-17", "day",
  "Development-zone association portal relaying a park's own item, Shandong: a provincial-level park's flagship project (signed, started, to be in production within the year) with its amount and expected sales, the park's projects advanced and new floor area",
  "https://www.cadz.org.cn/index.php/news/info/id/38636.html",
  "日期取页面“来源:山东济南新材料产业园 发布时间:2021年11月17日 15:43”。**年份在本集角度（2010–2015）之外**（同一园区2014年的集中投产开工签约稿已为 real165 vh04 所用）。网站菜单、当前位置、来源行已删。存段末段“今年以来,天桥区咬定建设现代化中心”中断，整段删去，正文截至“…完成新增建筑面积50万平方米。”。“2份月拿地”“等24个。在建项目”原文如此，保留。园区：济南新材料产业园区（济南市天桥区，省级开发区栏）。项目：东方雨虹济南绿色材料产业基地项目（总投资8亿元；1月签约、6月开工建设、年底前投产→在建；二期明年6月投产，可选 planned）。公司：济南东方雨虹建筑材料有限公司（园区内）；“北京东方雨虹”可选。“科佳智能装备城中南二期、旭天标识等24个”句义不全（24个什么未说），列为可选项目、无状态；普洛斯冷链物流为“新建项目顺利实施”→在建（可选）。“销售收入十五亿元”“利税…一亿元”为汉字数字，不入 *_cny（check_gold 不解析），不记。",
  "sf06"),
 parks=[
  park(XC, "济南", "山东", "产业园区", F0, district="天桥区", note="省级开发区（栏目：省级开发区动态）"),
 ],
 companies=[
  comp("济南东方雨虹建筑材料有限公司", XC, "济南东方雨虹建筑材料有限公司总经理赵海涛说,现在已经有一半的设备具备生产条件"),
  comp("北京东方雨虹", None, "是北京东方雨虹在北方建设的第一个总部型产业基地", opt=True, note="母公司简称"),
 ],
 projects=[
  proj("东方雨虹济南绿色材料产业基地项目", XC, F1, companies=["济南东方雨虹建筑材料有限公司"], inv="总投资8亿元", status="在建",
       status_text="6月开工建设,年底前就将正式投产使用", aliases=["东方雨虹产业基地"], note="1月签约、2月拿地、6月开工；一期年底前投产"),
  proj("东方雨虹济南绿色材料产业基地二期项目", XC, "而二期项目也将在明年6月份投用", companies=["济南东方雨虹建筑材料有限公司"], phase="二期",
       status="planned", status_text="明年6月份投用", opt=True),
  proj("科佳智能装备城中南二期", XC, F3, phase="二期", opt=True, note="“推进了…等24个”，状态未明"),
  proj("旭天标识", XC, F3, opt=True, note="同上"),
  proj("普洛斯冷链物流", XC, F4, status="在建", status_text="新建项目顺利实施", opt=True),
 ],
 aggregate_facts=[
  fact(XC, "park", "projects_advanced", 24, "count", F3, "2021年1月至11月", kind="cumulative", opt=True, note="句义不全"),
  fact(XC, "park", "new_projects_under_way", 7, "count", "7个新建项目顺利实施", "2021年1月至11月", kind="cumulative", opt=True),
  fact(XC, "park", "new_floor_area_m2", 5e5, "m2", "完成新增建筑面积50万平方米", "2021年11月", kind="cumulative"),
  fact("东方雨虹济南绿色材料产业基地项目", "project", "land_area_mu", 208, "mu", F1, "2021年", opt=True),
 ])

# ---------------------------------------------------------------- sf07 济南高新区推动项目建设多点突破 (大众日报 via cadz 2023)
JG = "济南高新区"
H0 = "9月23日上午,位于济南高新区的山东省大数据产业基地内,A栋和H栋正在进行装饰装修,B栋和D栋今年年初均已交付使用"
H1 = "总占地450亩,总投资约100亿元,分三期建设"
H2 = "截至7月底,高新区8个省级重点实施类项目和41个市级重点建设类项目均已全部开工"
H3 = "8个省级重点实施类项目总投资131.3亿元,年度计划投资30.7亿元,累计完成投资18.6亿元,投资完成率60.6%"
H4 = "41个市级重点建设类项目总投资1974.5亿元,年度计划投资267.2亿元,累计完成投资190.4亿元,投资完成率71.3%"
H5 = "5月31日,斯凯孚济南生产基地二期项目正式投产"
H6 = "6月28日上午,金威刻激光智能生产基地项目投产"
H7 = "8月26日,由临工重机股份有限公司投资建设的新能源矿山成套设备数字化工厂项目正式投产"
AS7 = "2023年7月底"
G["sf07"] = dict(
 article=art("济南高新区推动项目建设多点突破", "大众日报（来源行；存段无署名），载于中国开发区协会网 cadz.org.cn（国家级开发区动态栏）", "2023-09-28", "day",
  "Development-zone association portal relaying the provincial party daily, Shandong: a national high-tech zone's key projects — a big-data base under way with its amount, provincial and municipal key projects all started with totals, plans and completion rates, three firms' projects in production",
  "http://www.cadz.org.cn/index.php/News/info/id/61111.html",
  "日期取页面“来源:大众日报 发布时间:2023年09月28日 10:55”。**年份在本集角度（2010–2015）之外**：检索未找到可用的2010–2015年济南高新区条目，收录并注明。网站菜单、当前位置、来源行已删。存段在第三段“…该工厂最高年产宽体自卸车、新能源矿车、超大型挖掘机”处中断，该分句已删（LINE_SUFFIX），正文截至“…项目正式投产,”（以逗号结束，原句未完）。园区：济南高新区。项目：山东省大数据产业基地（总投资约100亿元，分三期；部分楼栋已交付、部分装修→在建）；斯凯孚济南生产基地二期项目、金威刻激光智能生产基地项目、新能源矿山成套设备数字化工厂项目（临工重机股份有限公司）→投产。公司：斯凯孚、金威刻激光（简称）、临工重机股份有限公司，均置于济南高新区。事实：截至7月底省级8个、市级41个重点项目全部开工，总投资、年度计划、累计完成、完成率（cumulative / ratio）。大数据基地“企业进驻率已近80%”记项目事实（约，可选）。",
  "sf07"),
 parks=[
  park(JG, "济南", "山东", "高新区", H0, aliases=["高新区"], note="国家级高新区（栏目：国家级开发区动态）"),
 ],
 companies=[
  comp("斯凯孚", JG, H5, note="简称；济南生产基地二期"),
  comp("金威刻激光", JG, H6, note="简称"),
  comp("临工重机股份有限公司", JG, H7),
 ],
 projects=[
  proj("山东省大数据产业基地", JG, "“该项目是济南市打造大数据产业集聚区的重要载体,总占地450亩,总投资约100亿元,分三期建设", inv="总投资约100亿元", qual="约", qual_text="约",
       status="在建", status_text="A栋和H栋正在进行装饰装修,B栋和D栋今年年初均已交付使用"),
  proj("斯凯孚济南生产基地二期项目", JG, H5, companies=["斯凯孚"], phase="二期", status="投产", status_text="正式投产", note="2023-05-31"),
  proj("金威刻激光智能生产基地项目", JG, H6, companies=["金威刻激光"], status="投产", status_text="投产", note="2023-06-28"),
  proj("新能源矿山成套设备数字化工厂项目", JG, H7, companies=["临工重机股份有限公司"], status="投产", status_text="正式投产", note="2023-08-26"),
 ],
 aggregate_facts=[
  fact(JG, "park", "provincial_key_projects_started", 8, "count", H2, AS7, kind="cumulative", note="省级重点实施类项目，全部开工"),
  fact(JG, "park", "municipal_key_projects_started", 41, "count", H2, AS7, kind="cumulative", note="市级重点建设类项目，全部开工"),
  fact(JG, "park", "provincial_key_projects_investment_cny", 1.313e10, "cny", H3, AS7, chk=True),
  fact(JG, "park", "provincial_key_projects_annual_planned_investment_cny", 3.07e9, "cny", "年度计划投资30.7亿元", "2023年", kind="target", chk=True),
  fact(JG, "park", "provincial_key_projects_investment_completed_cny", 1.86e9, "cny", "累计完成投资18.6亿元,投资完成率60.6%", AS7, kind="cumulative", chk=True),
  fact(JG, "park", "provincial_key_projects_completion_ratio", 0.606, "ratio", "投资完成率60.6%", AS7, kind="ratio", opt=True),
  fact(JG, "park", "municipal_key_projects_investment_cny", 1.9745e11, "cny", H4, AS7, chk=True),
  fact(JG, "park", "municipal_key_projects_annual_planned_investment_cny", 2.672e10, "cny", "年度计划投资267.2亿元", "2023年", kind="target", chk=True),
  fact(JG, "park", "municipal_key_projects_investment_completed_cny", 1.904e10, "cny", "累计完成投资190.4亿元,投资完成率71.3%", AS7, kind="cumulative", chk=True),
  fact(JG, "park", "municipal_key_projects_completion_ratio", 0.713, "ratio", "投资完成率71.3%", AS7, kind="ratio", opt=True),
  fact("山东省大数据产业基地", "project", "occupancy_ratio", 0.8, "ratio", "目前B栋和D栋企业进驻率已近80%", "2023年9月", kind="ratio", qual="约", qtext="近", opt=True),
  fact("山东省大数据产业基地", "project", "land_area_mu", 450, "mu", H1, "2023年", opt=True),
 ])
