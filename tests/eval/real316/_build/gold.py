# real316 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real52 (real28–real52): evidence verbatim (all eight items simplified script as published); names
# as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios.
# Projects: the park is the one the text places the project in, null if none (a county / district / province is not a park).
# Status from the text's words (开工 / 奠基 / 正式开工 → 开工; 施工 / 正在建设 → 在建; 投产 / 竣工投产 / 已达产 / 批量生产 → 投产;
# 签约 / 签订协议 / 落户 by signing → 签约; 计划 / 将于…投资建设 → planned). “预计” figures are kind target with “（预计）” in as_of;
# “累计” / “两年多来” / “截至目前” are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/pcNN.raw.

# ---------------------------------------------------------------- pc01 泉州半导体高新区 (泉州网 via casmita 2020)
QZ = "泉州半导体高新区"
JJ, NA, AX = "晋江分园区", "南安分园区", "安溪分园区"
A0 = "今年园区生产总值预计突破120亿元"
A1 = "泉州半导体高新区执行“多规合一”,坚持高起点、高标准规划建设,累计投入160亿元"
A2 = "晋江分园区累计投入44亿元,基本完成科学园、设计园建设工作"
A3 = "南安分园区累计投入108亿元,完成成功大道、科创中心前期、人才房、中小学校等基础设施项目34个"
A4 = "安溪分园区累计投入8亿元,完成2000亩启动区建设,二期437亩工业用地建设进入招投标阶段"
A5 = "全力服务保障三安高端化合物半导体等重大产业项目顺利投产"
A6 = "两年多来,共洽谈对接项目230个,总投资2100亿元,落地项目41个,总投资820亿元"
A7 = "晋江分园区入驻36家企业,初步建成存储器“设计—制造—封测—应用”产业链"
A8 = "南安分园区入驻三安、富宸、安芯半导体等企业,初步建成氮化镓、砷化镓产业链"
A9 = "安溪分园区入驻晶安、天电、信达、中科生物等企业16家"
AS1 = "2020年12月"
G["pc01"] = dict(
 article=art("（无标题）泉州半导体高新区今年生产总值预计突破120亿元", "泉州网（“据泉州网报道”），载于 casmita.com（存段未示站名与署名）", "2020-12-30", "day",
  "Relay of a city news portal's item, Fujian: a semiconductor high-tech zone's year-end review — expected GDP, cumulative investment by the zone and its three sub-parks, a key project in production, projects negotiated and landed with totals, firms entered per sub-park",
  "http://casmita.com/merchant/202012/30/22.html",
  "日期取网址 202012/30 与文首“12月30日讯”。存段无标题（title 为编者概括）。存段末段“创新创业平台作用初显…中国生产力促进中心(泉州)特种通信”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文三段。园区：泉州半导体高新区（泉州，福建；文中又作“园区”）；晋江、南安、安溪三个分园区，母园区为泉州半导体高新区。项目：三安高端化合物半导体（“等重大产业项目顺利投产”→投产，无金额）。公司：三安、富宸、安芯半导体（南安分园区）；晶安、天电、信达、中科生物（安溪分园区）。事实：生产总值预计突破120亿元（target，超）；累计投入160亿元及分园区44/108/8亿元（cumulative）；洽谈230个/2100亿元、落地41个/820亿元（两年多来，cumulative）；入驻企业数。",
  "pc01"),
 parks=[
  park(QZ, "泉州", "福建", "高新区（半导体）", A1, note="文中又作“园区”；有晋江、南安、安溪三个分园区"),
  park(JJ, "泉州", "福建", "分园区", A2, district="晋江市", parent=QZ),
  park(NA, "泉州", "福建", "分园区", A3, district="南安市", parent=QZ),
  park(AX, "泉州", "福建", "分园区", A4, district="安溪县", parent=QZ),
 ],
 companies=[
  comp("三安", NA, A8, note="文中简称；亦为“三安高端化合物半导体”项目业主"),
  comp("富宸", NA, A8, note="文中简称"),
  comp("安芯半导体", NA, A8),
  comp("晶安", AX, A9, note="文中简称"),
  comp("天电", AX, A9, note="文中简称"),
  comp("信达", AX, A9, note="文中简称"),
  comp("中科生物", AX, A9, note="文中简称"),
 ],
 institutions=[
  inst("泉州半导体高新区管委会", "记者从泉州半导体高新区管委会了解到", kind="park_admin", park=QZ),
 ],
 projects=[
  proj("三安高端化合物半导体", QZ, A5, companies=["三安"], status="投产", status_text="顺利投产",
       note="“等重大产业项目”；分园区文中未说（三安入驻南安分园区）；无金额"),
 ],
 aggregate_facts=[
  fact(QZ, "park", "gdp_cny", 1.2e10, "cny", A0, "2020年全年（预计）", kind="target", qual="超", qtext="突破", chk=True),
  fact(QZ, "park", "cumulative_investment_cny", 1.6e10, "cny", "累计投入160亿元,致力打造产城融合的样板区", "截至2020年12月", kind="cumulative", chk=True),
  fact(JJ, "park", "cumulative_investment_cny", 4.4e9, "cny", A2, "截至2020年12月", kind="cumulative", chk=True),
  fact(NA, "park", "cumulative_investment_cny", 1.08e10, "cny", A3, "截至2020年12月", kind="cumulative", chk=True),
  fact(NA, "park", "infrastructure_projects_completed", 34, "count", A3, "截至2020年12月", kind="cumulative", opt=True),
  fact(AX, "park", "cumulative_investment_cny", 8e8, "cny", A4, "截至2020年12月", kind="cumulative", chk=True),
  fact(AX, "park", "startup_area_completed_mu", 2000, "mu", A4, "截至2020年12月", opt=True),
  fact(AX, "park", "phase2_industrial_land_mu", 437, "mu", A4, AS1, opt=True),
  fact(QZ, "park", "projects_negotiated", 230, "count", A6, "两年多来（至2020年12月）", kind="cumulative"),
  fact(QZ, "park", "projects_negotiated_investment_cny", 2.1e11, "cny", "总投资2100亿元,落地项目41个", "两年多来（至2020年12月）", kind="cumulative", chk=True),
  fact(QZ, "park", "projects_landed", 41, "count", A6, "两年多来（至2020年12月）", kind="cumulative"),
  fact(QZ, "park", "projects_landed_investment_cny", 8.2e10, "cny", "落地项目41个,总投资820亿元", "两年多来（至2020年12月）", kind="cumulative", chk=True),
  fact(JJ, "park", "firms", 36, "count", A7, AS1),
  fact(AX, "park", "firms", 16, "count", A9, AS1),
 ])

# ---------------------------------------------------------------- pc02 乐山高新区新能源产业园 (乐山新闻网 2023)
LS = "乐山高新区"
LSN = "乐山高新区新能源产业园"
B0 = "3月15日,乐山高新区新能源产业园内,航达光伏、风电储能锂电池项目施工现场塔吊高耸"
B1 = "航达项目规划设计有4栋生产厂房和办公楼、宿舍楼、库房各1栋,土建工程正在全面推进"
B2 = "该园区规划占地面积约3000亩"
B3 = "目前包含总投资120亿元的海创尚纬新能源西南制造基地首期4万吨负极材料暨配套基础设施项目"
B4 = "总投资50亿元的协鑫年产30万吨正极材料项目"
B5 = "总投资15亿元的航达光伏、风电储能锂电池产业园项目"
B6 = "同时,乐山市航达储能科技有限公司在乐山高新区浙江—乐山电子信息产业园示范区内的“临时用地”也是热火朝天"
G["pc02"] = dict(
 article=art("乐山高新区项目建设再提速", "乐山新闻网（刘春梅；编辑 曾小清），载于 leshan.scol.com.cn（四川在线乐山频道）", "2023-03-17", "day",
  "City news portal on a provincial portal's city channel, Sichuan: a new-energy park inside a high-tech zone — a battery project under construction with its firm, the park's planned area and three named projects with totals",
  "https://leshan.scol.com.cn/xzfc/202303/58833087.html",
  "日期取页面“2023-03-17 10:08:58来源:乐山新闻网编辑:曾小清”，该行与“编辑推荐”已删。标题照录。正文五段，完整；署名“(刘春梅)”在末段末，保留（原文前有两个空格，照录）。园区：乐山高新区（乐山，四川）；乐山高新区新能源产业园（母园区乐山高新区；文中又作“该园区”）；“浙江—乐山电子信息产业园示范区”（在乐山高新区内，可选）。项目：航达光伏、风电储能锂电池（产业园）项目——施工中（在建），总投资15亿元，预计今年底完工；海创尚纬新能源西南制造基地首期4万吨负极材料暨配套基础设施项目（120亿元）与协鑫年产30万吨正极材料项目（50亿元）“目前包含”在园区，状态未说。公司：乐山市航达储能科技有限公司（新能源产业园；其临时生产线在电子信息产业园示范区）；海创尚纬、协鑫只在项目名中（可选）。",
  "pc02"),
 parks=[
  park(LS, "乐山", "四川", "高新区", B0, note="文中又作“乐山高新区”"),
  park(LSN, "乐山", "四川", "产业园（新能源）", B0, parent=LS, note="文中又作“该园区”"),
  park("浙江—乐山电子信息产业园示范区", "乐山", "四川", "产业园示范区", B6, parent=LS, opt=True, note="写作“乐山高新区浙江—乐山电子信息产业园示范区”"),
 ],
 companies=[
  comp("乐山市航达储能科技有限公司", LSN, "乐山市航达储能科技有限公司总经理明林介绍", note="航达项目业主；临时生产线在浙江—乐山电子信息产业园示范区"),
  comp("海创尚纬", LSN, B3, opt=True, note="只在项目名中"),
  comp("协鑫", LSN, B4, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("航达光伏、风电储能锂电池产业园项目", LSN, B5, companies=["乐山市航达储能科技有限公司"], inv="总投资15亿元",
       status="在建", status_text="施工现场…土建工程正在全面推进", aliases=["航达光伏、风电储能锂电池项目", "航达项目"],
       note="文首作“航达光伏、风电储能锂电池项目”；预计2023年底完工"),
  proj("海创尚纬新能源西南制造基地首期4万吨负极材料暨配套基础设施项目", LSN, B3, companies=["海创尚纬"], inv="总投资120亿元", phase="首期",
       note="园区“目前包含”；状态未说"),
  proj("协鑫年产30万吨正极材料项目", LSN, B4, companies=["协鑫"], inv="总投资50亿元", note="园区“目前包含”；状态未说"),
 ],
 aggregate_facts=[
  fact(LSN, "park", "planned_area_mu", 3000, "mu", B2, "2023年3月", qual="约", qtext="约"),
  fact("航达光伏、风电储能锂电池项目", "project", "workers", 200, "count", "200多名工人正在忙碌", "2023年3月", qual="余", qtext="多", opt=True, note="临时用地生产线上"),
 ])

# ---------------------------------------------------------------- pc03 长宁县 星光坝储能产业园 (2023, relay on 021cf)
CN = "长宁县经开区"
XG = "星光坝储能产业园"
C0 = "6月14日上午,记者在长宁县经开区星光坝储能产业园看到,一期项目的场平工程正在加紧推进"
C1 = "星光坝储能产业园是宜宾市产业总体规划布局的储能产业基地,总规划面积4080亩"
C2 = "其中一期面积1776亩,园区一期建成后,预计新增工业产值300亿元,新增就业人口5000人"
C3 = "目前,一期工程已完成场平约700亩,计划2023年底前将全面完成1776亩的场平工程"
C4 = "已签约中芯能储能产业项目,总用地面积250亩,预计今年6月底动工建设一期项目"
C5 = "四川铭丰年产10万吨铜箔项目是落户长宁县的首个绿色新能源产业项目"
C6 = "在离此不远的四川铭丰年产10万吨铜箔项目施工现场,记者看到,部分厂房已完成建设,工人们正在安装调试设备"
AS3 = "2023年6月"
G["pc03"] = dict(
 article=art("长宁县竞逐新赛道储能产业园加快建设", "载于 shcn.021cf.cn（厂房网类站点转载；原发媒体与署名存段未示）", "2023-06-19", "day",
  "Relay of a local news item, Sichuan: a county development zone's energy-storage park — planned area, phase-1 area and expected output and jobs, land levelled, a signed project, a copper-foil project nearby nearly built with its firm",
  "http://shcn.021cf.cn/index.php/post/216.html",
  "日期取页面“发布日期:2023-06-19 09:25”（与重复标题同在一行，已删）。标题照录。存段末段“不仅如此,抢抓储能产”在句中中断，整段删去，正文七段。园区：长宁县经开区（文中又作“四川长宁经开区”；宜宾市长宁县，四川）；星光坝储能产业园（在长宁县经开区内，parent）。项目：中芯能储能产业项目——已签约（签约），预计6月底动工一期，无金额；四川铭丰年产10万吨铜箔项目——一期进度80%、装设备（在建），“落户长宁县”，文中只说“在离此不远”，园区未明说（park null）。公司：四川铭丰电子材料科技有限公司（园区未说）；四川时代（下游客户，可选）。事实：星光坝总规划4080亩、一期1776亩、一期建成后预计新增工业产值300亿元与就业5000人（target）、已完成场平约700亩。",
  "pc03"),
 parks=[
  park(CN, "宜宾", "四川", "经济开发区", C0, district="长宁县", aliases=["四川长宁经开区"], note="文中又作“四川长宁经开区”"),
  park(XG, "宜宾", "四川", "产业园（储能）", C1, district="长宁县", parent=CN, note="文中又作“园区”"),
 ],
 companies=[
  comp("四川铭丰电子材料科技有限公司", None, "四川铭丰电子材料科技有限公司总经理江骏介绍", aliases=["四川铭丰"], note="铜箔项目业主；落户长宁县，园区未明说"),
  comp("四川时代", None, "项目建成后将为四川时代等动力电池企业提供配套原材料", opt=True, note="下游客户"),
 ],
 institutions=[
  inst("四川长宁经开区管委会", "记者从四川长宁经开区管委会获悉", kind="park_admin", park=CN),
 ],
 projects=[
  proj("中芯能储能产业项目", XG, C4, status="签约", status_text="已签约", note="用地250亩；预计2023年6月底动工一期；无金额"),
  proj("四川铭丰年产10万吨铜箔项目", None, C6, companies=["四川铭丰电子材料科技有限公司"], status="在建", status_text="施工现场…正在安装调试设备",
       note="一期进度80%，预计6月底试运行；“落户长宁县”，园区未明说"),
 ],
 aggregate_facts=[
  fact(XG, "park", "planned_area_mu", 4080, "mu", C1, AS3),
  fact(XG, "park", "phase1_area_mu", 1776, "mu", C2, AS3),
  fact(XG, "park", "expected_new_output_cny", 3e10, "cny", "园区一期建成后,预计新增工业产值300亿元", "一期建成后（预计）", kind="target", chk=True),
  fact(XG, "park", "expected_new_jobs", 5000, "count", C2, "一期建成后（预计）", kind="target", opt=True),
  fact(XG, "park", "land_levelled_mu", 700, "mu", C3, AS3, kind="cumulative", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- pc04 湖南电子信息制造业重点项目 (湖南日报 2023)
XJ = "湖南湘江新区"
D0 = "2022年全省电子信息制造业40个重点项目,开工率100%;完成投资215.9亿元"
D1 = "在湖南湘江新区,湖南三安一期项目的长晶、衬底、外延、芯片车间全线批量生产"
D2 = "湖南三安二期扩产工程正在紧锣密鼓建设,预计2023年底完成"
D3 = "邵阳特种玻璃项目完成年度投资155.1%,世界计算·长沙智谷项目多栋建筑拔地而起,长沙惠科12条生产线全部竣工投产"
D4 = "项目建设跑步前进,21个项目实现投产或投入运营"
D5 = "蓝思科技智能终端设备项目部分产线投产,维仕科技电子声学科技产业园55条生产线加速运转"
D6 = "湘粤临武高新电池产业集聚区项目迎来声海科技电子、九翊云动、盛武新能源等产业链上下游企业入驻"
D7 = "世界计算·长沙智谷项目意向入驻企业达75家,长沙中电软件园二期扩大项目8栋独栋建筑全部签订入驻合同"
AS4 = "2022年"
G["pc04"] = dict(
 article=art("（无标题）2022年湖南电子信息制造业40个重点项目开工率100% 完成投资215.9亿元", "湖南日报（全媒体记者 曹娴，通讯员 陶韬），载于湖南日报数字报 epaper.voc.com.cn", "2023-01-18", "day",
  "Provincial daily's e-paper, Hunan: the year's electronic-information key projects — a silicon-carbide maker's phase 1 in mass production and phase 2 under construction in a state-level new area, other named projects in production or under way, park-platform projects with firms entering",
  "https://epaper.voc.com.cn/hnrb/html/2023-01/18/content_1613128.htm?div=-1",
  "日期取网址 2023-01/18（文中“1月17日讯”为电头）。存段无标题（title 为编者概括）。正文六段，完整。园区：湖南湘江新区（长沙，湖南；国家级新区，文中未说级别）；“湘粤临武高新电池产业集聚区”只作项目名出现，列可选园区（郴州临武县）。项目：湖南三安一期（全线批量生产→投产）、湖南三安二期扩产工程（正在建设→在建），均在湖南湘江新区；长沙惠科12条生产线（全部竣工投产→投产）；蓝思科技智能终端设备项目（部分产线投产→投产）；世界计算·长沙智谷项目（多栋建筑拔地而起→在建，可选）；邵阳特种玻璃项目、金康集团智能终端产业园、维仕科技电子声学科技产业园、弗兰德…生产基地建设项目、长沙中电软件园二期扩大项目、湘粤临武高新电池产业集聚区项目——状态未按词说明或不明确，不记状态（部分可选）。这些项目的园区文中未说（park null）。事实：全省40个重点项目、完成投资215.9亿元、21个项目投产或运营（subject 湖南省，region）；湖南三安出货突破1亿颗（可选）；长沙智谷意向入驻企业75家（可选）。",
  "pc04"),
 parks=[
  park(XJ, "长沙", "湖南", "国家级新区", D1),
  park("湘粤临武高新电池产业集聚区", "郴州", "湖南", "产业集聚区（电池）", D6, district="临武县", opt=True, note="只作“…产业集聚区项目”出现"),
 ],
 companies=[
  comp("湖南三安", XJ, D1),
  comp("长沙惠科", None, D3, opt=True, note="只在项目名中"),
  comp("蓝思科技", None, D5, opt=True, note="只在项目名中"),
  comp("金康集团", None, "金康集团智能终端产业园等20个项目超额完成年度计划投资", opt=True, note="只在项目名中"),
  comp("维仕科技", None, D5, opt=True, note="只在项目名中"),
  comp("声海科技电子", "湘粤临武高新电池产业集聚区", D6, opt=True),
  comp("九翊云动", "湘粤临武高新电池产业集聚区", D6, opt=True),
  comp("盛武新能源", "湘粤临武高新电池产业集聚区", D6, opt=True),
 ],
 institutions=[
  inst("省工信厅", "记者今天从省工信厅获悉", note="湖南省工业和信息化厅（文中简称）"),
 ],
 projects=[
  proj("湖南三安一期项目", XJ, D1, companies=["湖南三安"], phase="一期", status="投产", status_text="全线批量生产"),
  proj("湖南三安二期扩产工程", XJ, D2, companies=["湖南三安"], phase="二期", status="在建", status_text="正在紧锣密鼓建设", note="预计2023年底完成"),
  proj("长沙惠科12条生产线", None, D3, companies=["长沙惠科"], status="投产", status_text="全部竣工投产", status_alt="竣工"),
  proj("蓝思科技智能终端设备项目", None, D5, companies=["蓝思科技"], status="投产", status_text="部分产线投产"),
  proj("世界计算·长沙智谷项目", None, D3, status="在建", status_text="多栋建筑拔地而起", opt=True, note="意向入驻企业75家"),
  proj("邵阳特种玻璃项目", None, D3, opt=True, note="完成年度投资155.1%；状态未说"),
  proj("金康集团智能终端产业园", None, "金康集团智能终端产业园等20个项目超额完成年度计划投资", companies=["金康集团"], opt=True, note="状态未说"),
  proj("维仕科技电子声学科技产业园", None, D5, companies=["维仕科技"], opt=True, note="55条生产线加速运转"),
  proj("弗兰德光伏发电设备零部件、5G设备整机及零部件生产基地建设项目", None, "弗兰德光伏发电设备零部件、5G设备整机及零部件生产基地建设项目183台设备已进场“上岗”", opt=True, note="设备已进场"),
  proj("长沙中电软件园二期扩大项目", None, D7, phase="二期", opt=True, note="8栋独栋建筑全部签订入驻合同"),
  proj("湘粤临武高新电池产业集聚区项目", "湘粤临武高新电池产业集聚区", D6, opt=True, note="园区平台类项目；企业入驻"),
 ],
 aggregate_facts=[
  fact("湖南省", "region", "key_projects", 40, "count", D0, AS4, note="电子信息制造业重点项目"),
  fact("湖南省", "region", "completed_investment_cny", 2.159e10, "cny", "完成投资215.9亿元,超年度计划", AS4, chk=True, note="电子信息制造业40个重点项目"),
  fact("湖南省", "region", "projects_in_production", 21, "count", D4, AS4, note="投产或投入运营"),
  fact("湖南三安", "company", "sic_chip_shipments", 1e8, "count", "2022年湖南三安车规级和工业级碳化硅功率半导体出货突破1亿颗", AS4, qual="超", qtext="突破", opt=True),
  fact("世界计算·长沙智谷项目", "project", "intended_firms", 75, "count", D7, "2022年末", opt=True),
 ])

# ---------------------------------------------------------------- pc05 卫蓝新能源湖州基地二期 南太湖新区 (潮新闻 2023)
NT = "南太湖新区"
E0 = "7月4日上午,2023年全省“千项万亿”重大项目集中开工湖州分会场暨卫蓝新能源湖州基地二期项目奠基仪式在南太湖新区康山街道卫蓝二期现场举行"
E1 = "项目二期总投资109亿元,占地约497亩,建成后将形成年产20GWH固态锂离子电池的生产能力,预计可实现年产值约221亿元"
E2 = "其中,项目一期已达产,并于上月底正式交向蔚来汽车交付360Wh/kg锂电池电芯"
E3 = "截至目前,已有吉利商用车、蜂巢能源、卫蓝科技、微宏动力、天能新能源、赢合控股等多家链主型企业项目落户新区"
E4 = "随着见闻录、雅克华飞、汉天下、吉存半导体、城迪通信等多家重点企业项目落户"
E5 = "未来五年,新区预计将形成年产5万台新能源商用车、80GWh动力电池、120万台电机和40万吨负极材料的产业规模,产值有望突破1000亿元"
E6 = "值得一提的是,具备百亿项目承载能力半导体及光电产业园当前正在快速建设当中"
AS5 = "2023年7月"
G["pc05"] = dict(
 article=art("（无标题）卫蓝新能源湖州基地二期项目奠基 南太湖新区新能源汽车与半导体产业", "潮新闻客户端（通讯员 童宁盈），载于 chengdu.17car.com.cn（汽车资讯站转载）", "2023-07-04", "day",
  "Provincial news app's item relayed by a car-news site, Zhejiang: a solid-state battery maker's phase 2 groundbreaking in a new area with investment, area, capacity and expected output, phase 1 at full output, the area's chain-leading firms and five-year targets, a semiconductor park under construction",
  "http://chengdu.17car.com.cn/chengdu/2023/0704/495072.html",
  "日期取网址 2023/0704 与文中“7月4日上午”。存段无标题（title 为编者概括）；“(资料图片)”与“潮新闻客户端 通讯员 童宁盈”行已删；存段末行“产”为下一段残字，已删，正文四段。园区：南太湖新区（湖州，浙江；文中又作“新区”）；“半导体及光电产业园”在新区内，正在建设（可选园区）。项目：卫蓝新能源湖州基地二期项目——奠基、正式开工建设（开工），总投资109亿元；一期——已达产（投产，可选，无金额）。公司：卫蓝科技（文中又以“卫蓝新能源”出现在项目名中）及吉利商用车、蜂巢能源、微宏动力、天能新能源、赢合控股（“落户新区”）；见闻录、雅克华飞、汉天下、吉存半导体、城迪通信（“落户”，新区）；蔚来汽车为客户（可选，park null）；中国科学院物理研究所清洁能源实验室列可选机构。事实：二期年产值约221亿元（target）、占地约497亩；新区五年后产值突破1000亿元（target）。",
  "pc05"),
 parks=[
  park(NT, "湖州", "浙江", "新区", E0, note="文中又作“新区”；卫蓝二期在康山街道"),
  park("半导体及光电产业园", "湖州", "浙江", "产业园（半导体及光电）", E6, parent=NT, opt=True, note="正在建设；名称为泛称"),
 ],
 companies=[
  comp("卫蓝科技", NT, E3, aliases=["卫蓝新能源"], note="卫蓝新能源湖州基地业主"),
  comp("吉利商用车", NT, E3), comp("蜂巢能源", NT, E3), comp("微宏动力", NT, E3),
  comp("天能新能源", NT, E3), comp("赢合控股", NT, E3),
  comp("见闻录", NT, E4), comp("雅克华飞", NT, E4), comp("汉天下", NT, E4),
  comp("吉存半导体", NT, E4), comp("城迪通信", NT, E4),
  comp("蔚来汽车", None, E2, opt=True, note="一期产品客户"),
 ],
 institutions=[
  inst("中国科学院物理研究所清洁能源实验室", "卫蓝新能源湖州基地项目是中国科学院物理研究所清洁能源实验室核心专利与技术的产业应用", kind="research"),
 ],
 projects=[
  proj("卫蓝新能源湖州基地二期项目", NT, E1, companies=["卫蓝科技"], inv="总投资109亿元", phase="二期", status="开工", status_text="奠基仪式；正式开工建设",
       aliases=["卫蓝二期"], note="年产20GWh固态锂离子电池"),
  proj("卫蓝新能源湖州基地项目一期", NT, E2, companies=["卫蓝科技"], phase="一期", status="投产", status_text="已达产", opt=True, note="无金额"),
 ],
 aggregate_facts=[
  fact("卫蓝新能源湖州基地二期项目", "project", "expected_annual_output_cny", 2.21e10, "cny", "预计可实现年产值约221亿元", "建成后（预计）", kind="target", qual="约", qtext="约", chk=True),
  fact("卫蓝新能源湖州基地二期项目", "project", "site_area_mu", 497, "mu", E1, AS5, qual="约", qtext="约", opt=True),
  fact(NT, "park", "expected_output_cny", 1e11, "cny", "产值有望突破1000亿元", "未来五年（预计）", kind="target", qual="超", qtext="突破", chk=True, note="新能源汽车产业规模"),
 ])

# ---------------------------------------------------------------- pc06 威海南海新区 恒嘉辉半导体产业园 (半导体联盟 2020)
NH = "威海南海新区"
HJ = "恒嘉辉半导体产业园"
F0 = "半导体联盟消息,近日山东威海南海新区恒嘉辉半导体产业园项目正式开工"
F1 = "恒嘉辉半导体产业园项目总投资33亿元,建筑面积30万平方米"
F2 = "2019年,电子信息产业园一期项目从3月开工到10月建成投入使用,仅用了240天"
F3 = "在去年投资32亿元建设电子信息产业园一期项目后,时隔一年,再投33亿元建设二期项目,未来还会再掷35亿元启动三期项目"
F4 = "届时,南海新区电子信息产业园总投资将达到100亿元,产业总规模将突破千亿"
G["pc06"] = dict(
 article=art("（无标题）威海南海新区恒嘉辉半导体产业园项目正式开工", "半导体联盟（semiw.com，“半导体联盟消息”；署名未示）", "2020-04", "month",
  "Industry portal's news item, Shandong: a semiconductor park project (phase 2 of an electronics park) starts in a new area — investment, floor area, firms targeted, phase 1 built the year before with its investment, phase 3 planned, the park's total",
  "http://semiw.com/jidi/2020043956.html",
  "存段无标题、无日期行（title 为编者概括）。日期：网址 2020043956 的前六位为 2020-04（同站 real238 sc01 的网址 2020104727 记为 2020-10），文中“2019年…一期”“去年投资32亿元”相合，记 2020-04（month，推定）。正文四段，完整。园区：威海南海新区（威海，山东；文中又作“南海新区”）；南海新区电子信息产业园（在新区内）；恒嘉辉半导体产业园为电子信息产业园二期，列为园区（parent 南海新区电子信息产业园）。项目：恒嘉辉半导体产业园项目——正式开工（开工），33亿元；电子信息产业园一期项目——2019年3月开工、10月建成投入使用（投产，status_alt 竣工），32亿元；三期——“还会再掷35亿元启动”（planned）。项目负责人刘荣平不列。事实：建筑面积30万平方米、拟引进40家企业（target，可选）；电子信息产业园总投资将达100亿元（target）。",
  "pc06"),
 parks=[
  park(NH, "威海", "山东", "新区", F0, aliases=["南海新区"], note="文中又作“南海新区”"),
  park("南海新区电子信息产业园", "威海", "山东", "产业园（电子信息）", F4, parent=NH, aliases=["电子信息产业园"]),
  park(HJ, "威海", "山东", "产业园（半导体）", F1, parent="南海新区电子信息产业园", opt=True, note="电子信息产业园的二期项目"),
 ],
 companies=[],
 projects=[
  proj("恒嘉辉半导体产业园项目", NH, F1, inv="总投资33亿元", phase="二期", status="开工", status_text="正式开工",
       alt_investment={"investment_text": "再投33亿元", "investment_cny": 3.3e9}, note="电子信息产业园二期；山东省级重点项目"),
  proj("电子信息产业园一期项目", NH, F3, inv="投资32亿元", phase="一期", status="投产", status_alt="竣工", status_text="建成投入使用",
       note="2019年3月开工、10月建成投入使用"),
  proj("电子信息产业园三期项目", NH, F3, inv="35亿元", phase="三期", status="planned", status_text="未来还会再掷35亿元启动", opt=True,
       note="名称为编者概括（文中“三期项目”）"),
 ],
 aggregate_facts=[
  fact("恒嘉辉半导体产业园项目", "project", "floor_area_m2", 3e5, "m2", F1, "2020年4月", opt=True),
  fact("恒嘉辉半导体产业园项目", "project", "target_firms", 40, "count", "精准引进40家行业龙头、隐形冠军企业", "建成后（计划）", kind="target", opt=True),
  fact("南海新区电子信息产业园", "park", "total_investment_cny", 1e10, "cny", F4, "三期建成时（计划）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- pc07 正信光电10GW电池 赣榆经济开发区 (索比光伏网 2023)
GY = "赣榆经济开发区"
H0 = "近日,正信投资有限公司与赣榆经济开发区签订合作框架协议,标志着投资50亿元正信光电10GW电池生产项目落户"
H1 = "10GW(5GW TOPCon+5GW HJT)电池片生产项目总投资约50亿元,总占地约400亩"
H2 = "一期5GW TOPCon电池片项目,该期总投资约25亿元,将于2023年8月投资建设"
H3 = "二期5GW HJT电池片项目,计划于2024年6月投资建设"
H4 = "项目全部投产后,年销售额约120亿元,将带动就业约1600人"
G["pc07"] = dict(
 article=art("（无标题）正信光电10GW电池生产项目落户赣榆经济开发区", "索比光伏网（news.solarbe.com；责任编辑 周末；原发媒体未注明）", "2023-06-06", "day",
  "Solar-industry news portal, Jiangsu: a cell maker signs a framework agreement with a county-level economic development zone — total investment, site, expected sales and jobs, two phases with timing and phase-1 investment, company profile",
  "https://news.solarbe.com/202306/06/368585.html",
  "日期取网址 202306/06。存段无标题（title 为编者概括）；“责任编辑:周末”已删。正文三段，完整。园区：赣榆经济开发区（连云港市赣榆区，江苏；文中又作“赣榆经开区”）。项目：正信光电10GW电池生产项目——签订合作框架协议、落户（签约），“投资50亿元”（又作“总投资约50亿元”，alt）；一期5GW TOPCon电池片项目约25亿元，将于2023年8月投资建设（planned）；二期5GW HJT电池片项目计划2024年6月（planned，无金额）。公司：正信投资有限公司（签约方，项目落户开发区，园区记赣榆经济开发区）；正信光电（总部常州，可选，park null）。区领导不列。事实：年销售额约120亿元、就业约1600人（target）。",
  "pc07"),
 parks=[
  park(GY, "连云港", "江苏", "经济开发区", H0, district="赣榆区", aliases=["赣榆经开区"], note="文中又作“赣榆经开区”"),
 ],
 companies=[
  comp("正信投资有限公司", GY, H0, note="签约方；项目落户开发区"),
  comp("正信光电", None, "资料显示,正信光电成立于1988年,总部位于江苏常州", opt=True, note="总部常州；项目以其命名"),
 ],
 institutions=[
  inst("赣榆经开区党工委", "副区长、赣榆经开区党工委书记邵胤出席签约仪式", kind="park_admin", park=GY),
 ],
 projects=[
  proj("正信光电10GW电池生产项目", GY, H0, companies=["正信投资有限公司"], inv="投资50亿元", status="签约", status_text="签订合作框架协议",
       aliases=["10GW(5GW TOPCon+5GW HJT)电池片生产项目"],
       alt_investment={"investment_text": "总投资约50亿元", "investment_cny": 5e9, "qualifier": "约"}),
  proj("一期5GW TOPCon电池片项目", GY, H2, companies=["正信投资有限公司"], inv="总投资约25亿元", qual="约", qual_text="约", phase="一期",
       status="planned", status_text="将于2023年8月投资建设"),
  proj("二期5GW HJT电池片项目", GY, H3, companies=["正信投资有限公司"], phase="二期", status="planned", status_text="计划于2024年6月投资建设", opt=True),
 ],
 aggregate_facts=[
  fact("正信光电10GW电池生产项目", "project", "expected_annual_sales_cny", 1.2e10, "cny", H4, "全部投产后（预计）", kind="target", qual="约", qtext="约", chk=True),
  fact("正信光电10GW电池生产项目", "project", "expected_jobs", 1600, "count", H4, "全部投产后（预计）", kind="target", qual="约", qtext="约", opt=True),
  fact("正信光电10GW电池生产项目", "project", "site_area_mu", 400, "mu", H1, "2023年6月", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- pc08 无锡惠山区 储能电池 / 新能源产业园 签约 (电车汇 2023)
K0 = "总投资130亿元的中能瑞新方形铝壳磷酸铁锂储能电池产业项目、总投资70亿元的新能源产业园项目、总投资320亿元的无锡惠山钱桥绿色航运产业园区和科教城产业片区项目同步签约"
K1 = "此次签约的中能瑞新方形铝壳磷酸铁锂储能电池产业项目,由中国能建下属中能瑞新(深圳)能源科技有限公司开发"
K2 = "同时中国能建华东建投拟在该产业片区投资打造新能源产业园"
K3 = "惠山钱桥绿色航运产业园区和科教城产业片区项目由惠山区与中国能建华东建投共同投资开发"
K4 = "已促成51个新能源项目落地签约,超10亿项目27个;合同总金额人民币962.3亿元"
G["pc08"] = dict(
 article=art("（无标题）无锡惠山区中能瑞新储能电池、新能源产业园等项目同步签约", "电车汇（“来源 :电车汇”），载于 chaguwang.cn（个股资讯页）", "2023-11-06", "day",
  "Stock-news site relaying an EV-industry outlet, Jiangsu: a district signs three projects with a state energy-construction group — an energy-storage battery project, a new-energy industrial park and a shipping-park / science-town project with totals, the group's earlier projects, a city new-energy conference's signing totals",
  "http://chaguwang.cn/neimu/601868/202311068815.html",
  "日期取“来源 :电车汇2023-11-06”（该行已删）。存段无标题（title 为编者概括）。正文五段，完整。惠山区为区，不是园区。项目（均2023年11月5日签约）：中能瑞新方形铝壳磷酸铁锂储能电池产业项目（130亿元；中能瑞新(深圳)能源科技有限公司开发，分两期建40GWh）；新能源产业园项目（70亿元；中国能建华东建投“拟在该产业片区投资打造”，“该产业片区”所指不明，park null）；无锡惠山钱桥绿色航运产业园区和科教城产业片区项目（320亿元；惠山区与中国能建华东建投共同开发）。这些项目园区文中未说（park null）。“无锡惠山钱桥绿色航运产业园区”“科教城产业片区”本身是开发中的园区，列可选园区。中国能建在锡旧项目（洗砚湖生态科技城启动区、梁溪区矽谷产业园等）不列项目。事实：第十五届中国(无锡)国际新能源大会促成51个项目签约、超10亿项目27个、合同总金额962.3亿元（subject 无锡，region，可选）。",
  "pc08"),
 parks=[
  park("无锡惠山钱桥绿色航运产业园区", "无锡", "江苏", "产业园区（航运）", K0, district="惠山区", opt=True, aliases=["惠山钱桥绿色航运产业园区"], note="作为签约项目出现；文中又作“绿色航运产业园区项目”"),
  park("科教城产业片区", "无锡", "江苏", "产业片区", K0, district="惠山区", opt=True, note="作为签约项目出现"),
 ],
 companies=[
  comp("中能瑞新(深圳)能源科技有限公司", None, K1, note="中国能建下属；储能电池项目开发方"),
  comp("中国能建", None, K1, opt=True),
  comp("中国能建华东建投", None, K3, note="新能源产业园与钱桥/科教城项目投资方"),
 ],
 institutions=[],
 projects=[
  proj("中能瑞新方形铝壳磷酸铁锂储能电池产业项目", None, K0, companies=["中能瑞新(深圳)能源科技有限公司"], inv="总投资130亿元", status="签约", status_text="同步签约",
       note="惠山区；分两期建成40GWh"),
  proj("新能源产业园项目", None, K0, companies=["中国能建华东建投"], inv="总投资70亿元", status="签约", status_text="同步签约", note="惠山区；“在该产业片区”"),
  proj("无锡惠山钱桥绿色航运产业园区和科教城产业片区项目", None, K0, companies=["中国能建华东建投"], inv="总投资320亿元", status="签约", status_text="同步签约",
       aliases=["惠山钱桥绿色航运产业园区和科教城产业片区项目"], note="惠山区与中国能建华东建投共同投资开发"),
 ],
 aggregate_facts=[
  fact("无锡", "region", "projects_signed", 51, "count", K4, "2023年（第十五届中国(无锡)国际新能源大会）", opt=True, note="新能源项目"),
  fact("无锡", "region", "projects_signed_over_1bn", 27, "count", K4, "2023年（第十五届中国(无锡)国际新能源大会）", opt=True),
  fact("无锡", "region", "signed_investment_cny", 9.623e10, "cny", "合同总金额人民币962.3亿元", "2023年（第十五届中国(无锡)国际新能源大会）", opt=True, chk=True),
 ])
