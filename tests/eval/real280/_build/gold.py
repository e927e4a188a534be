# real280 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; build_all.py is
# real52's, copied unchanged). Conventions as real52 (real28–real52): evidence verbatim (all eight items simplified script as
# published); names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the
# word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it where the amount has
# digits). Growth rates and shares as ratios. Projects: the park is the one the text places the project in, null if none (a
# county, district or city is a region, not a park). Status from the text's words (集中开工 / 开工建设 / 已开工 → 开工; 正在施工
# / 正在…作业 / 有序推进 / 进入设备安装调试 → 在建; 陆续投产 → 投产; 即将动工 / 计划 / 推进…开工 / 排上日程 → planned); no
# status where the text gives no stage. “计划投资”, “预计”, “将达” figures are kind target; year-to-date (“今年1至5月”) counts
# and sums are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/rsNN.raw as returned.

# ---------------------------------------------------------------- rs01 杭州湾新区项目攻坚劲头足 (宁波日报 2021)
HW = "杭州湾新区"
A0 = "62个项目今年计划投资近百亿元"
A1 = "省重点工程吉利SEA浩瀚工厂已经进入设备安装调试阶段,首款车型ZERO CONCEPT纯电汽车将于今年第三季度正式投产。总投资145亿元的SEA浩瀚工厂曾入选浙江省首批“未来工厂”"
A2 = "在杭州湾新区,除SEA浩瀚工厂外,熊出没小镇、吉利50万套电池包项目、方太理想城、十一塘高速公路、拓普轻量化底盘系统模块项目等18个2021年度省市重点项目均驶入“项目争速”的快车道"
A3 = "作为省重点工程,宁波至杭州湾新区引水工程已经顺利完成海曙、慈溪几个关键隧洞的爆破工作"
A4 = "省级重点民生工程十一塘高速公路(一期)项目的施工人员,正在加班加点进行桩基及承台作业"
A5 = "项目一期总投资26.22亿元,当前已累计完成形象进度20%"
G["rs01"] = dict(
 article=art("62个项目今年计划投资近百亿元 杭州湾新区项目攻坚劲头足", "宁波日报（记者黄程 杭州湾新区报道组虞昌胜），A1版要闻，daily.cnnb.com.cn", "2021-03-21", "day",
  "City daily's front-page item, Zhejiang (宁波): a provincial new area's project push — its year's project count and planned investment, a carmaker's flagship EV plant in equipment commissioning with total investment and expected output, the year's key projects named, a water-supply project and an expressway phase under construction with investment and progress",
  "http://daily.cnnb.com.cn/nbrb/html/2021-03/21/content_1265670.htm?div=-1",
  "日期取版面“2021年03月21日 星期日”与网址。标题两行（引题“62个项目今年计划投资近百亿元”，主题“杭州湾新区项目攻坚劲头足”）按页面次序以一空格连成一行。版面导航已删。存段末段“去年底,总投资超过32亿元的熊出没小镇项目开工,仅一个季度,该项”在句中中断，整段删去（只在段落边界删），正文截至“…共同组成宁波市北部区域的环线高速。”，共四段。园区：杭州湾新区（宁波杭州湾新区，宁波，浙江；文中又作“新区”）。项目：吉利SEA浩瀚工厂（总投资145亿元，已进入设备安装调试阶段→在建，首款车型今年三季度投产；预计达产后年产值超600亿元、税收36亿元为 target）；熊出没小镇、吉利50万套电池包项目、方太理想城、拓普轻量化底盘系统模块项目（18个省市重点项目之列，“均驶入‘项目争速’的快车道”，阶段未明说，status 空）；十一塘高速公路(一期)（桩基及承台作业→在建；一期总投资26.22亿元）；宁波至杭州湾新区引水工程（在建，今年计划投资3亿元为年度计划，不作总投资；隧洞在海曙、慈溪，园区记杭州湾新区，可选）。事实：62个项目、今年计划投资近百亿元（约，target）、18个省市重点项目。吉利、方太、拓普只在项目名中，列可选公司。",
  "rs01"),
 parks=[
  park(HW, "宁波", "浙江", "新区", "记者从杭州湾新区管委会获悉", note="宁波杭州湾新区；文中又作“新区”"),
 ],
 companies=[
  comp("吉利", HW, A1, opt=True, note="只在项目名中（吉利SEA浩瀚工厂、吉利50万套电池包项目）"),
  comp("方太", HW, A2, opt=True, note="只在项目名“方太理想城”中"),
  comp("拓普", HW, A2, opt=True, note="只在项目名“拓普轻量化底盘系统模块项目”中"),
 ],
 institutions=[
  inst("杭州湾新区管委会", "记者从杭州湾新区管委会获悉", park=HW),
 ],
 projects=[
  proj("吉利SEA浩瀚工厂", HW, A1, companies=["吉利"], inv="总投资145亿元", status="在建", status_text="已经进入设备安装调试阶段",
       aliases=["SEA浩瀚工厂"], note="省重点工程；首款车型今年第三季度正式投产；年产30万台纯电汽车"),
  proj("熊出没小镇", HW, A2, note="2021年度省市重点项目；阶段未明说（删去的末段称去年底开工、总投资超过32亿元）"),
  proj("吉利50万套电池包项目", HW, A2, companies=["吉利"], note="2021年度省市重点项目；阶段未明说"),
  proj("方太理想城", HW, A2, companies=["方太"], note="2021年度省市重点项目；阶段未明说"),
  proj("十一塘高速公路(一期)", HW, A5, inv="总投资26.22亿元", status="在建", status_text="正在加班加点进行桩基及承台作业", phase="一期",
       aliases=["十一塘高速公路"], note="省级重点民生工程，位于新区“北门户”；形象进度20%"),
  proj("拓普轻量化底盘系统模块项目", HW, A2, companies=["拓普"], note="2021年度省市重点项目；阶段未明说"),
  proj("宁波至杭州湾新区引水工程", HW, A3, status="在建", status_text="已经顺利完成…关键隧洞的爆破工作", opt=True,
       note="省重点工程；总进度过半；今年计划投资3亿元（年度计划，不作总投资）；隧洞在海曙、慈溪，园区归属由语境推定"),
 ],
 aggregate_facts=[
  fact(HW, "park", "projects_planned", 62, "count", A0, "2021年"),
  fact(HW, "park", "annual_planned_investment_cny", 1e10, "cny", A0, "2021年（计划）", kind="target", qual="约", qtext="近"),
  fact(HW, "park", "key_projects", 18, "count", A2, "2021年", note="2021年度省市重点项目"),
  fact("吉利SEA浩瀚工厂", "project", "expected_annual_output_cny", 6e10, "cny", "预计达产后年产值超600亿元,税收36亿元", "达产后（预期）", kind="target", qual="超", qtext="超", chk=True),
  fact("吉利SEA浩瀚工厂", "project", "expected_annual_tax_cny", 3.6e9, "cny", "税收36亿元", "达产后（预期）", kind="target", chk=True),
  fact("吉利SEA浩瀚工厂", "project", "annual_capacity_vehicles", 300000, "vehicles", "年产30万台纯电汽车", "建成后", kind="target", opt=True),
  fact("宁波至杭州湾新区引水工程", "project", "annual_planned_investment_cny", 3e8, "cny", "项目今年计划投资3亿元", "2021年（计划）", kind="target", opt=True, chk=True),
  fact("十一塘高速公路(一期)", "project", "construction_progress", 0.20, "ratio", A5, "2021年3月", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- rs02 舟山22个重大项目集中开工 (浙江在线 / 浙江日报 2016)
ZS = "舟山群岛新区海洋产业集聚区"
B0 = "在舟山群岛新区海洋产业集聚区新奥LNG主体工程项目现场,舟山群岛新区党工委书记、管委会主任、市委书记周江勇宣布舟山22个重大项目集中开工"
B1 = "新奥舟山LNG主体工程项目在22个项目中投资最大,计划总投资100亿元"
B2 = "定海区蓝天水产精深加工项目,将建设精深加工车间,2万吨级冷藏库及附属用房"
B3 = "定海区兴业集团拆建项目,将建设水产品精深加工车间、冷藏库及相应配套设施"
B4 = "舟山产业集聚区丽宝堂文化保税孵化区项目,该项目总建筑面积约7万平米"
AS2 = "2016年1月（集中开工）"
G["rs02"] = dict(
 article=art("舟山|22个重大项目集中开工 项目总投资305亿元", "浙江在线（浙江日报记者 郑元丹 史朵朵），载于 hangzhou.baogaosu.com（聚合站转载）", "2016-01-04", "day",
  "Provincial portal's item relayed by an aggregator, Zhejiang (舟山): a city's round of 22 major projects started at the site of an LNG project in the marine industry cluster zone — totals, industrial projects, the LNG project's investment and phases, named fishery and culture projects",
  "https://hangzhou.baogaosu.com/xinwen/%E4%B8%AA%E9%87%8D%E5%A4%A7%E9%A1%B9%E7%9B%AE%E9%9B%86%E4%B8%AD%E5%BC%80%E5%B7%A5%E9%A1%B9%E7%9B%AE/42213591",
  "存段无日期行；日期据电头“浙江在线01月04日讯”与文中“2016年计划完成投资额”推定为2016-01-04（年份为推断）。标题照录（含“|”）；图片说明“周江勇讲话并宣布…郑元丹/摄”在正文前，保留为一段。存段末段“此外,还有宁波—舟山港主通道(富翅门大桥段)等三项工程…和新城香格里拉大酒店等”在句中中断，整段删去，正文截至“…将给舟山海洋文化注入新活力。”，共七段（含图片说明）。园区：舟山群岛新区海洋产业集聚区（文中又作“舟山产业集聚区”——推定同一，列 alias；舟山，浙江）；舟山群岛新区（国家级新区，可选）。项目：新奥舟山LNG主体工程项目（文中又作“新奥LNG主体工程项目”；集中开工现场，计划总投资100亿元；三期实施，一期58.5亿元；2016年计划投资18.9亿元、年销售额约500亿元、年税收60亿元以上为 target，可选）；定海区蓝天水产精深加工项目、定海区兴业集团拆建项目（22个集中开工项目之列，园区未说，park null）；丽宝堂文化保税孵化区项目（在舟山产业集聚区）。均记 status 开工（“集中开工”）。事实：舟山（region）22个项目、总投资305亿元、今年计划投资79亿元（target），产业类13个、242亿元、今年计划61亿元（可选）。",
  "rs02"),
 parks=[
  park(ZS, "舟山", "浙江", "产业集聚区", B0, aliases=["舟山产业集聚区"], note="文中又作“舟山产业集聚区”（推定同一）"),
  park("舟山群岛新区", "舟山", "浙江", "国家级新区", B0, opt=True, note="国家级新区；“舟山群岛新区党工委书记、管委会主任、市委书记”"),
 ],
 companies=[
  comp("新奥", ZS, B1, opt=True, note="只在项目名中"),
  comp("兴业集团", None, B3, opt=True, note="只在项目名中；定海区"),
 ],
 institutions=[],
 projects=[
  proj("新奥舟山LNG主体工程项目", ZS, B1, companies=["新奥"], inv="计划总投资100亿元", status="开工", status_text="集中开工",
       aliases=["新奥LNG主体工程项目"], note="集中开工现场；三期实施，一期总投资58.5亿元；争取2018年6月第一船LNG靠港"),
  proj("定海区蓝天水产精深加工项目", None, B2, status="开工", status_text="集中开工", note="22个集中开工项目之一；定海区，园区未说"),
  proj("定海区兴业集团拆建项目", None, B3, companies=["兴业集团"], status="开工", status_text="集中开工", note="同上"),
  proj("丽宝堂文化保税孵化区项目", ZS, B4, status="开工", status_text="集中开工", note="“舟山产业集聚区丽宝堂文化保税孵化区项目”；总建筑面积约7万平米"),
 ],
 aggregate_facts=[
  fact("舟山", "region", "projects_started", 22, "count", B0, AS2),
  fact("舟山", "region", "projects_started_investment_cny", 3.05e10, "cny", "项目总投资305亿元,其中今年计划投资79亿元", AS2, chk=True),
  fact("舟山", "region", "annual_planned_investment_cny", 7.9e9, "cny", "其中今年计划投资79亿元", "2016年（计划）", kind="target", chk=True),
  fact("舟山", "region", "industrial_projects_started", 13, "count", "产业类项目唱主角,有13个,总投资242亿元", AS2, opt=True),
  fact("舟山", "region", "industrial_projects_investment_cny", 2.42e10, "cny", "有13个,总投资242亿元", AS2, opt=True, chk=True),
  fact("舟山", "region", "industrial_projects_annual_planned_investment_cny", 6.1e9, "cny", "今年计划完成投资61亿元", "2016年（计划）", kind="target", opt=True, chk=True),
  fact("新奥舟山LNG主体工程项目", "project", "phase1_investment_cny", 5.85e9, "cny", "其中一期总投资58.5亿元", "一期", opt=True, chk=True),
  fact("新奥舟山LNG主体工程项目", "project", "annual_planned_investment_cny", 1.89e9, "cny", "2016年计划完成投资额18.9亿元", "2016年（计划）", kind="target", opt=True, chk=True),
  fact("新奥舟山LNG主体工程项目", "project", "expected_annual_sales_cny", 5e10, "cny", "年总销售额约500亿元", "建成后（预期）", kind="target", qual="约", qtext="约", opt=True, chk=True),
  fact("新奥舟山LNG主体工程项目", "project", "expected_annual_tax_cny", 6e9, "cny", "年总税收达60亿元以上", "建成后（预期）", kind="target", qual="超", qtext="以上", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- rs03 沙门:建设滨港工业城 (浙江日报 2017)
SM = "沙门滨港工业城"
C0 = "滨港工业城位于省级中心镇沙门镇,东临大海,北接S226省道,总规划用地面积近万亩,迄今共有落户企业258家(含3家上市企业),解决就业人数超1.6万人"
AS3 = "2017年3月"
G["rs03"] = dict(
 article=art("沙门:建设滨港工业城", "浙江日报（董西青），00008版“电商”", "2017-03-31", "day",
  "Provincial daily's short feature, Zhejiang (台州 玉环): a town's coastal industrial park — planned area, firms landed (listed firms), jobs, supporting small firms, the town's industrial output, leading industries, a bridge link nearing completion",
  "http://zjrb.zjol.com.cn/html/2017-03/31/content_3045303.htm?div=-1",
  "日期取报头“2017-03-31 … 2017年03月31日 星期五”。标题照录；“浙江日报 数字报纸”“00008版:电商”与版面尾行已删；署名“(董西青)”在文末，保留。正文完整，共三段。园区：沙门滨港工业城（文中作“滨港工业城”“沙门滨港工业城”“玉环县沙门滨港工业城”；台州市玉环县沙门镇，浙江；文中称其形成“产业集聚区”，不另列园区）。无具名企业、无具名项目；“浙江省乐清湾大桥连接线工程”今年底即将建成（在建，园区外交通工程，可选项目）。事实：落户企业258家、上市企业3家（可选）、就业超1.6万人、引进小微配套企业50家（可选）、总规划用地面积近万亩（约，可选）；沙门镇（region）去年工业总产值超百亿元（2016年）。",
  "rs03"),
 parks=[
  park(SM, "台州", "浙江", "工业园区", C0, district="玉环县", aliases=["滨港工业城", "玉环县沙门滨港工业城"], note="位于沙门镇；文中又作“工业园区”"),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj("浙江省乐清湾大桥连接线工程", None, "今年底即将建成的沿海高速公路玉环段——浙江省乐清湾大桥连接线工程的第一个互通落户沙门", status="在建",
       status_text="今年底即将建成", aliases=["沿海高速公路玉环段"], opt=True, note="交通工程；第一个互通落户沙门；不在园区内"),
 ],
 aggregate_facts=[
  fact(SM, "park", "firms", 258, "count", C0, AS3, kind="cumulative", note="迄今落户企业"),
  fact(SM, "park", "listed_firms", 3, "count", C0, AS3, opt=True),
  fact(SM, "park", "employment", 16000, "persons", C0, AS3, qual="超", qtext="超"),
  fact(SM, "park", "planned_area_mu", 10000, "mu", C0, AS3, qual="约", qtext="近", opt=True),
  fact(SM, "park", "supporting_small_firms_introduced", 50, "count", "建设过程中,优化引进50家小微配套企业", AS3, kind="cumulative", opt=True),
  fact("沙门镇", "region", "industrial_output_cny", 1e10, "cny", "去年,沙门镇实现工业总产值超百亿元", "2016年", qual="超", qtext="超"),
 ])

# ---------------------------------------------------------------- rs04 奉化经济开发区 firms (宁波日报 2020)
FH = "奉化经济开发区"
D0 = "昨天,在奉化经济开发区滨海新区内的宁波信泰科技有限公司里,车间灯火通明"
D1 = "我们最近打了用地报告,计划投资1.25亿元,建一个占地40亩的新工厂"
D2 = "亿森海公司是国内燃气热水器烟道产品的龙头企业,不仅订单满满,而且占地20亩的二期厂房项目即将动工,建成投产后年产值将达3亿元"
D3 = "今年,开发区排定21个重大项目,计划投资13.5亿元,推进兰生智能制造园、竣盛电器等项目开工"
D4 = "但在奉化经济开发区,一批像“信泰”这样的科技型、智能制造企业危中求机、逆势飞扬。商用饮水机制造商艾迪卫环保科技公司生产线满负荷运转"
AS4 = "2020年4月"
G["rs04"] = dict(
 article=art("（无标题）奉化经济开发区企业逆势扩产 今年排定21个重大项目", "宁波日报（记者余建文 奉化区委报道组严世君），daily.cnnb.com.cn", "2020-04-03", "day",
  "City daily's report, Zhejiang (宁波 奉化): an economic development zone's firms during the epidemic — a magnet maker's growth and planned new plant with investment, other named firms' output and expansions, the zone's year's major projects with planned investment and two named projects to start, projects under negotiation and land to be offered",
  "http://daily.cnnb.com.cn/nbrb/html/2020-04/03/content_1215790.htm?div=-1",
  "日期取网址 2020-04/03（文中“昨天”即2020年4月2日）。存段无标题（title 为编者概括）、无版面行。存段为一行：原文各段以空格连在一起，照原样保留为一段（行内不拆不改）；该行在“近期将推出近300亩工地用地,引入一批优质企”处被存段截断，因全文只此一段，按存段原样保留至截断处（未在段内删字）。园区：奉化经济开发区（宁波市奉化区，浙江；文中又作“开发区”）；“滨海新区”为开发区内区块（可选，parent 奉化经济开发区）。公司（均在开发区）：宁波信泰科技有限公司（又作“信泰”；160名员工、年销售额近亿元——“近亿元”无数字，不作 *_cny 事实）；艾迪卫环保科技公司；亿森海公司；宁波吉田智能洁具公司；安佳厨房系统公司；竣盛电器（项目名即企业名，可选公司）。项目：兰生智能制造园、竣盛电器（“推进…等项目开工”→planned）；亿森海“二期厂房项目”（即将动工→planned；建成投产后年产值将达3亿元，target）；信泰新工厂（计划投资1.25亿元，打了用地报告→planned；未命名，可选）；安佳厨房系统公司新厂房建设工程（已排上日程表→planned，可选）。事实：今年排定重大项目21个（reported）、计划投资13.5亿元（target）；在谈招商项目近20个（约，可选）。",
  "rs04"),
 parks=[
  park(FH, "宁波", "浙江", "经济开发区", D0, district="奉化区", note="文中又作“开发区”"),
  park("滨海新区", "宁波", "浙江", "开发区区块", D0, district="奉化区", parent=FH, opt=True, note="“奉化经济开发区滨海新区”"),
 ],
 companies=[
  comp("宁波信泰科技有限公司", FH, D0, aliases=["信泰"], note="钕铁硼磁铁；“苹果”二级供应商；160名员工"),
  comp("艾迪卫环保科技公司", FH, D4, note="商用饮水机制造商"),
  comp("亿森海公司", FH, D2, note="燃气热水器烟道产品龙头企业"),
  comp("宁波吉田智能洁具公司", FH, "宁波吉田智能洁具公司新型卫浴产品受市场热捧,一季度销售“飘红”"),
  comp("安佳厨房系统公司", FH, "安佳厨房系统公司的新厂房建设工程也已排上日程表"),
  comp("竣盛电器", FH, D3, opt=True, note="只在项目名中（项目名即企业名）"),
 ],
 institutions=[],
 projects=[
  proj("兰生智能制造园", FH, D3, status="planned", status_text="推进…等项目开工", note="今年推进开工的重大项目"),
  proj("竣盛电器", FH, D3, companies=["竣盛电器"], status="planned", status_text="推进…等项目开工", note="项目名即企业名"),
  proj("二期厂房项目", FH, D2, companies=["亿森海公司"], phase="二期", status="planned", status_text="即将动工", note="亿森海公司二期厂房；占地20亩"),
  proj("新工厂", FH, D1, companies=["宁波信泰科技有限公司"], inv="计划投资1.25亿元", status="planned", status_text="打了用地报告", opt=True,
       note="信泰拟建新工厂，占地40亩；未命名"),
  proj("新厂房建设工程", FH, "安佳厨房系统公司的新厂房建设工程也已排上日程表", companies=["安佳厨房系统公司"], status="planned", status_text="已排上日程表", opt=True),
 ],
 aggregate_facts=[
  fact(FH, "park", "major_projects", 21, "count", D3, "2020年"),
  fact(FH, "park", "annual_planned_investment_cny", 1.35e9, "cny", "计划投资13.5亿元,推进兰生智能制造园、竣盛电器等项目开工", "2020年（计划）", kind="target", chk=True),
  fact(FH, "park", "projects_under_negotiation", 20, "count", "目前,在谈招商项目近20个", AS4, qual="约", qtext="近", opt=True),
  fact("二期厂房项目", "project", "expected_annual_output_cny", 3e8, "cny", "建成投产后年产值将达3亿元", "投产后（预期）", kind="target", chk=True),
  fact("宁波信泰科技有限公司", "company", "employees", 160, "persons", "从一个4人技术团队成长为拥有160名员工、年销售额近亿元的规模企业", AS4, opt=True),
 ])

# ---------------------------------------------------------------- rs05 舟山岱山新材料产业园正加速成形 (浙江新闻 2021)
DS = "岱山经济开发区"
XC = "岱山新材料产业园"
E0 = "与舟山绿色石化基地仅一桥之隔的岱山经济开发区,一座占地近5000亩的新材料产业园正加速成形"
E1 = "据统计,今年1至5月,该产业园新注册石化产业链企业11家、总投资额11.4亿元,园内注册企业累计达35家"
E2 = "总投资20亿元、年产10万吨催化新材料的润和催化剂项目开工建设"
E3 = "近日,岱山经济开发区新材料产业园内两块用地同时成功拍卖出让。一块用于建设年产3000吨预浓缩色母粒项目,另一块用于建设年产3000吨的高性能润滑改性材料项目"
E4 = "“一期工程的创研中心和智控中心目前均已开工,新材料产业园污水厂一期工程目前桩基工程正在施工"
AS5 = "2021年1–5月"
G["rs05"] = dict(
 article=art("舟山岱山新材料产业园正加速成形", "浙江新闻客户端（浙报集团融媒共享联盟岱山站 周婷 夏秉挺 记者 黄宁璐），浙江在线 zjnews.zjol.com.cn 舟山栏", "2021-06-04", "day",
  "Provincial portal's city channel, Zhejiang (舟山 岱山): a new-materials park inside a county economic development zone — land for two named projects auctioned, year-to-date new firms and investment, a catalyst project started, a research base, a firm in production, park infrastructure under construction",
  "https://zjnews.zjol.com.cn/zjnews/zsnews/202106/t20210604_22625676.shtml",
  "日期取页面“2021年06月04日 08:37:32”。标题照录；面包屑、时间来源行与“标签:”已删。正文完整，共五段。园区：岱山经济开发区（舟山市岱山县，浙江）；岱山新材料产业园（标题作“舟山岱山新材料产业园”，文中作“新材料产业园”“该产业园”“园区”；parent 岱山经济开发区）；舟山绿色石化基地（可选）。公司：浙江瑞程石化技术有限公司（陆续投产，在园）；浙石化（只在“承接浙石化产业外溢”中，可选）；润和（只在项目名中，可选）。机构：中科院宁波材料所（建基地，可选）。项目：年产3000吨预浓缩色母粒项目、年产3000吨的高性能润滑改性材料项目（用地拍卖出让→planned）；润和催化剂项目（总投资20亿元，开工建设→开工）；中科院宁波材料所岱山新材料研究和试验基地（建设有序推进→在建）；新材料产业园污水厂一期工程（桩基施工→在建）；一期工程创研中心、智控中心（已开工，可选）；小微企业园区（未命名，不列）。事实：今年1至5月新注册企业11家、总投资额11.4亿元（cumulative）；园内注册企业累计35家；占地近5000亩（约，可选）。",
  "rs05"),
 parks=[
  park(DS, "舟山", "浙江", "经济开发区", E0, district="岱山县"),
  park(XC, "舟山", "浙江", "产业园（新材料）", E0, district="岱山县", parent=DS, aliases=["新材料产业园"], note="标题作“舟山岱山新材料产业园”；文中又作“该产业园”“园区”"),
  park("舟山绿色石化基地", "舟山", "浙江", "石化基地", E0, district="岱山县", opt=True, note="“与舟山绿色石化基地仅一桥之隔”"),
 ],
 companies=[
  comp("浙江瑞程石化技术有限公司", XC, "中科院宁波材料所岱山新材料研究和试验基地建设正有序推进;浙江瑞程石化技术有限公司等企业陆续投产", note="陆续投产"),
  comp("润和", XC, E2, opt=True, note="只在项目名中"),
  comp("浙石化", None, "将承接浙石化产业外溢作为招商引资第一要务", opt=True),
 ],
 institutions=[
  inst("中科院宁波材料所", "中科院宁波材料所岱山新材料研究和试验基地建设正有序推进", kind="research", park=XC),
  inst("岱山经济开发区管委会", "岱山经济开发区管委会招商服务科工作人员介绍", park=DS),
 ],
 projects=[
  proj("年产3000吨预浓缩色母粒项目", XC, E3, status="planned", status_text="用地…成功拍卖出让", note="用地已拍卖出让；园区前期孵化企业的扩产项目或高附加值新材料项目之一"),
  proj("年产3000吨的高性能润滑改性材料项目", XC, E3, status="planned", status_text="用地…成功拍卖出让", note="同上"),
  proj("润和催化剂项目", XC, E2, companies=["润和"], inv="总投资20亿元", status="开工", status_text="开工建设", note="年产10万吨催化新材料"),
  proj("中科院宁波材料所岱山新材料研究和试验基地", XC, "中科院宁波材料所岱山新材料研究和试验基地建设正有序推进", status="在建", status_text="建设正有序推进",
       aliases=["岱山新材料研究和试验基地"]),
  proj("新材料产业园污水厂一期工程", XC, E4, phase="一期", status="在建", status_text="桩基工程正在施工"),
  proj("创研中心", XC, E4, phase="一期", status="开工", status_text="均已开工", opt=True, note="园区一期工程"),
  proj("智控中心", XC, E4, phase="一期", status="开工", status_text="均已开工", opt=True, note="园区一期工程"),
 ],
 aggregate_facts=[
  fact(XC, "park", "new_firms_registered", 11, "count", E1, AS5, kind="cumulative", note="新注册石化产业链企业"),
  fact(XC, "park", "new_firms_investment_cny", 1.14e9, "cny", E1, AS5, kind="cumulative", chk=True),
  fact(XC, "park", "firms", 35, "count", E1, "2021年5月底", kind="cumulative", note="园内注册企业累计"),
  fact(XC, "park", "site_area_mu", 5000, "mu", E0, "2021年6月", qual="约", qtext="近", opt=True),
  fact("润和催化剂项目", "project", "annual_capacity_t", 100000, "t", E2, "建成后", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- rs06 宁海 小微企业园 (宁海新闻网 via investchn 2020)
F0 = "近日,刚刚结束的2019年小微产业园绩效评价,西店小家电创业园获评为A类园区,模具产业园等3家小微园获评B类园区"
F1 = "目前,我县共有9家小微企业园通过县、市、省三级认定审核,总占地面积2185亩、建筑面积74.9万平方米、接纳入园企业562家"
F2 = "与此同时,大佳何小微企业园和越溪小微企业园正在加紧建设中"
AS6 = "2020年4月"
G["rs06"] = dict(
 article=art("我县高质量推进小微企业园建设", "宁海新闻网，载于 investchn.com（中国投资促进网“开发区新闻·宁波”栏，发布开发区:浙江宁海经济开发区）", "2020-04-30", "day",
  "County news site relayed by an investment-promotion portal, Zhejiang (宁波 宁海): a county's small and micro enterprise parks — a performance rating with named parks, certified parks' count, area, floor space and firms, two named parks under construction",
  "https://investchn.com/home/news/detail/id/94719.html",
  "日期取页面“发布时间:2020-04-30 来源:宁海新闻网”。标题照录（“我县”即宁海县，县名只在来源行，正文未出现）；站名、面包屑与发布行已删。存段末段“坚持集约集聚发展。…全方位推”在句中中断，整段删去，正文截至“…有力地推动了小微企业园的发展活力。”，共三段。园区（宁波市宁海县，浙江）：西店小家电创业园（2019年绩效评价A类）；模具产业园（B类之一）；大佳何小微企业园、越溪小微企业园（正在加紧建设→亦列为可选项目，在建）。事实（subject 宁海县，region）：通过认定的小微企业园9家、总占地面积2185亩、建筑面积74.9万平方米、入园企业562家；B类园区3家（可选）。",
  "rs06"),
 parks=[
  park("西店小家电创业园", "宁波", "浙江", "小微企业园", F0, district="宁海县", note="2019年小微产业园绩效评价A类"),
  park("模具产业园", "宁波", "浙江", "小微企业园", F0, district="宁海县", note="B类园区之一"),
  park("大佳何小微企业园", "宁波", "浙江", "小微企业园", F2, district="宁海县", note="正在加紧建设"),
  park("越溪小微企业园", "宁波", "浙江", "小微企业园", F2, district="宁海县", note="正在加紧建设"),
 ],
 companies=[],
 institutions=[
  inst("县经信局", "县经信局中小企业和企业服务相关工作人员表示", note="宁海县经济和信息化局（文中简称）"),
 ],
 projects=[
  proj("大佳何小微企业园", None, F2, status="在建", status_text="正在加紧建设中", opt=True, note="园区建设本身；也列为园区"),
  proj("越溪小微企业园", None, F2, status="在建", status_text="正在加紧建设中", opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact("宁海县", "region", "certified_micro_parks", 9, "count", F1, AS6, kind="cumulative", note="通过县、市、省三级认定审核的小微企业园"),
  fact("宁海县", "region", "micro_parks_site_area_mu", 2185, "mu", F1, AS6, kind="cumulative"),
  fact("宁海县", "region", "micro_parks_floor_area_m2", 749000, "m2", F1, AS6, kind="cumulative"),
  fact("宁海县", "region", "micro_parks_firms", 562, "count", F1, AS6, kind="cumulative", note="接纳入园企业"),
  fact("宁海县", "region", "micro_parks_rated_b", 3, "count", F0, "2019年绩效评价", opt=True),
 ])

# ---------------------------------------------------------------- rs07 乐清 小微园 (温州网·乐清网 2018)
YQ1 = "乐清智能电气小微园"
YQ2 = "乐清智能装备小微园"
G0 = "目前,乐清已有16个小微园全部建成或部分建成投用,根据新三年(2017-2019年)行动计划,全市还将再布局建设18个小微园"
G1 = "目前,已有40家企业完成主体建设并结顶,21家进驻生产,预计今年底实现全部竣工投用"
G2 = "该小微园占地面积108亩,前期基建已投入2亿元,市财政还将投入2.2亿元"
AS7 = "2018年6月"
G["rs07"] = dict(
 article=art("林亦俊督查小微园建设时强调 加快推动小微企业高质量发展", "温州网·乐清网（yqcn.com；存段无署名）", "2018-06-26", "day",
  "City news site's county channel, Zhejiang (温州 乐清): a county-level city party secretary's inspection of small and micro enterprise parks — parks built and planned, one park's firms topped out and in production with completion target, a government-built park's area, investment made and to come, firms entered",
  "http://www.yqcn.com/system/2018/06/26/013326905.shtml",
  "日期取页面“2018年06月26日 09:11:57”（文中“昨天下午”即2018年6月25日）。标题照录；频道菜单、面包屑与时间行已删。存段末段“林亦俊强调,一”在句中中断，整段删去，正文截至“…目前,这里已引进16家入驻企业。”，共四段。园区（温州市乐清市，浙江）：乐清智能电气小微园（40家企业结顶、21家进驻生产，预计今年底全部竣工投用）；乐清智能装备小微园（市政府投资建设；占地108亩；前期基建已投入2亿元（cumulative），市财政还将投入2.2亿元（target）；已引进16家企业）。市委书记等人物不列。事实：乐清（region）16个小微园建成或部分建成投用、新三年再布局18个（target）。智能电气小微园的“全部竣工投用”记为园区事实，不另列项目。",
  "rs07"),
 parks=[
  park(YQ1, "温州", "浙江", "小微企业园", "林亦俊一行首先来到乐清智能电气小微园", district="乐清市", note="文中又作“该园区”"),
  park(YQ2, "温州", "浙江", "小微企业园", "乐清智能装备小微园聚焦智能装备制造、智能电气产业这一细分领域", district="乐清市", note="由市政府投资建设；科创小微园"),
 ],
 companies=[],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact("乐清", "region", "micro_parks_in_use", 16, "count", G0, AS7, kind="cumulative", note="全部建成或部分建成投用"),
  fact("乐清", "region", "micro_parks_planned", 18, "count", G0, "2017–2019年（计划）", kind="target"),
  fact(YQ1, "park", "firms_topped_out", 40, "count", G1, AS7),
  fact(YQ1, "park", "firms_in_production", 21, "count", G1, AS7),
  fact(YQ2, "park", "site_area_mu", 108, "mu", G2, AS7),
  fact(YQ2, "park", "infrastructure_investment_cny", 2e8, "cny", "前期基建已投入2亿元,市财政还将投入2.2亿元", AS7, kind="cumulative", chk=True),
  fact(YQ2, "park", "planned_additional_investment_cny", 2.2e8, "cny", "市财政还将投入2.2亿元", "2018年6月以后（计划）", kind="target", chk=True),
  fact(YQ2, "park", "firms", 16, "count", "目前,这里已引进16家入驻企业", AS7, kind="cumulative"),
 ])

# ---------------------------------------------------------------- rs08 宁波石化经济技术开发区 化工园区30强 (中国宁波网 2020)
NS = "宁波石化经济技术开发区"
H0 = "中国石油和化学工业联合会公布了“2020中国化工园区30强”评选名单,宁波石化经济技术开发区位列第二,大榭开发区位列第四"
H1 = "宁波石化经济技术开发区总用地面积约40平方公里,是国家级经济技术开发区"
AS8 = "2019年"
G["rs08"] = dict(
 article=art("（无标题）宁波石化经济技术开发区位列2020中国化工园区30强第二", "中国宁波网（记者 成良田 通讯员 郭明豪 朱寅寅），news.cnnb.com.cn", "2020-10-15", "day",
  "City news portal's short report, Zhejiang (宁波): a national chemical economic and technological development zone ranked second among China's top-30 chemical parks (another local zone fourth) — its area, designations, and 2019 output, value added, fixed-asset investment and tax with growth rates",
  "http://news.cnnb.com.cn/system/2020/10/15/030196331.shtml",
  "日期取网址 2020/10/15（论坛在10月14日）。存段无标题（title 为编者概括）；记者署名行在正文前，保留为一段；“编辑: 陈晓怡纠错:…”已删。正文完整，共六段。园区：宁波石化经济技术开发区（文中又作“宁波石化开发区”；宁波，浙江；位于镇海区——区名文中未出现）；大榭开发区（宁波，排名第四，可选）。“中国化工园区30强”的合计数（2.75万亿元、1737亿元、6.3%）为全国30家园区合计，不归入单个园区，不列。机构：中国石油和化学工业联合会、国家发改委办公厅、财政部办公厅、工信部（可选）。事实（宁波石化经济技术开发区，2019年）：规上工业总产值1958亿元、增长2.57%；规上工业增加值537亿元、增长9%；固定资产投资97亿元、增长85%；税收198.46亿元；总用地面积约40平方公里；化工园区30强排名第二（2020）。",
  "rs08"),
 parks=[
  park(NS, "宁波", "浙江", "国家级经济技术开发区", H0, district="镇海区", aliases=["宁波石化开发区"], note="文中又作“宁波石化开发区”；区名文中未出现"),
  park("大榭开发区", "宁波", "浙江", "开发区", H0, district="北仑区", opt=True, note="化工园区30强第四"),
 ],
 companies=[],
 institutions=[
  inst("中国石油和化学工业联合会", H0, kind="association"),
  inst("国家发改委办公厅", "被国家发改委办公厅、财政部办公厅联合确定为国家循环化改造示范试点园区"),
  inst("财政部办公厅", "被国家发改委办公厅、财政部办公厅联合确定为国家循环化改造示范试点园区"),
  inst("工信部", "2017年被工信部认定为全国第一批绿色园区"),
 ],
 projects=[],
 aggregate_facts=[
  fact(NS, "park", "chemical_park_rank", 2, "rank", H0, "2020年（2020中国化工园区30强）"),
  fact("大榭开发区", "park", "chemical_park_rank", 4, "rank", H0, "2020年（2020中国化工园区30强）", opt=True),
  fact(NS, "park", "area_km2", 40, "km2", H1, "2020年", qual="约", qtext="约"),
  fact(NS, "park", "above_scale_industrial_output_cny", 1.958e11, "cny", "实现规上工业总产值1958亿元,同比增长2.57%", AS8, chk=True),
  fact(NS, "park", "above_scale_industrial_output_yoy_growth", 0.0257, "ratio", "实现规上工业总产值1958亿元,同比增长2.57%", AS8, kind="ratio"),
  fact(NS, "park", "above_scale_industrial_value_added_cny", 5.37e10, "cny", "实现规上工业增加值537亿元,同比增长9%", AS8, chk=True),
  fact(NS, "park", "above_scale_industrial_value_added_yoy_growth", 0.09, "ratio", "实现规上工业增加值537亿元,同比增长9%", AS8, kind="ratio"),
  fact(NS, "park", "fixed_asset_investment_cny", 9.7e9, "cny", "完成固定资产投资97亿元,同比增长85%", AS8, chk=True),
  fact(NS, "park", "fixed_asset_investment_yoy_growth", 0.85, "ratio", "完成固定资产投资97亿元,同比增长85%", AS8, kind="ratio"),
  fact(NS, "park", "tax_revenue_cny", 1.9846e10, "cny", "实现税收198.46亿元", AS8, chk=True),
 ])
