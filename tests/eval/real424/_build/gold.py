# real424 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art defined there; copied from real52)
# Conventions as real52: evidence verbatim (all five items simplified script as published); names as written in the text;
# 超/超过 → 超, 余/多 → 余, 约/近 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first
# amount of the evidence, so each *_cny evidence starts at its own amount; chk=True asserts it). Projects: the park is the
# one the text places the project in, null if none (a county, district or city is not a park). Status from the text's
# words: 开工 / 集中开工 → 开工; 竣工 / 提前竣工 → 竣工; 新投产 → 投产; 建设现场 / 正在建设 / 基本完工, 正在调试安装 → 在建;
# 储备项目 / 新开工建设 planned for the year → planned; none where the text gives none. Sources are `search` (corpus pages)
# excerpts typed into _raw/pages/lgNN.raw as returned.

# ---------------------------------------------------------------- lg01 太湖县 县经开区 (太湖县政府信息公开 2019)
TH = "县经开区"
A0 = "县经开区2019承接重点项目12个,其中新建项目6个,续建以前年度项目6个"
A1 = "至9月底累计完成投资5.02亿元,其中新建项目完成投资1.27亿元,续建完成投资3.75亿元"
A2 = "其中凯盛石英材料(太湖)有限公司的高档石英材料精深加工生产线项目、安徽宏泰钢结构股份有限公司的装配式钢构生产项目均已提前竣工,并完成调试,即将进入正常生产阶段"
A3 = "众城绝缘材料有限公司的电子新材料项目、安徽汉勤耕智能涂装设备制造有限公司的智能涂装设备制造项目也已基本完工,正在进行设备的调试和安装"
AS1 = "2019年1–9月"
G["lg01"] = dict(
 article=art("县经开区着力推进重点项目建设工作", "太湖县人民政府办公室（政府信息公开网 zwgkw.thx.gov.cn；文末署“(县经开区)”）", "2019-10-30", "day",
  "County government's information-disclosure page, Anhui: the county economic development zone's key projects in 2019 — counts of new and continued projects, investment completed to the end of September, four named firms' projects finished or nearly finished",
  "http://zwgkw.thx.gov.cn/openness/detail/content/5db953e37f8b9afd2d29305a.html",
  "日期取信息公开表“生成日期 / 发文日期: 2019-10-30”。存段无单独标题行，标题取表中“名称: | 县经开区着力推进重点项目建设工作 |”；索引号、发布机构等表格行已删。正文三段，完整（末署“(县经开区)”）。园区：县经开区（太湖县经济开发区；安庆市太湖县，安徽——县名只见于发布机构“太湖县人民政府办公室”与公司名“凯盛石英材料(太湖)有限公司”，文中只作“县经开区”，不补全称）。项目：高档石英材料精深加工生产线项目（凯盛石英材料(太湖)有限公司）、装配式钢构生产项目（安徽宏泰钢结构股份有限公司）——“已提前竣工,并完成调试,即将进入正常生产阶段”→竣工（尚未投产）；电子新材料项目（众城绝缘材料有限公司）、智能涂装设备制造项目（安徽汉勤耕智能涂装设备制造有限公司）——“基本完工,正在进行设备的调试和安装”→在建（status_alt 竣工）。四个项目均无金额。事实：2019年承接重点项目12个（新建6、续建6），至9月底累计完成投资5.02亿元（新建1.27亿元、续建3.75亿元），cumulative。",
  "lg01"),
 parks=[
  park(TH, "安庆", "安徽", "经济开发区", A0, district="太湖县", note="文中只作“县经开区”（太湖县经济开发区）；县名由发布机构推定"),
 ],
 companies=[
  comp("凯盛石英材料(太湖)有限公司", TH, A2),
  comp("安徽宏泰钢结构股份有限公司", TH, A2),
  comp("众城绝缘材料有限公司", TH, A3),
  comp("安徽汉勤耕智能涂装设备制造有限公司", TH, A3),
 ],
 projects=[
  proj("高档石英材料精深加工生产线项目", TH, A2, companies=["凯盛石英材料(太湖)有限公司"], status="竣工", status_text="已提前竣工,并完成调试",
       note="即将进入正常生产阶段；无金额"),
  proj("装配式钢构生产项目", TH, A2, companies=["安徽宏泰钢结构股份有限公司"], status="竣工", status_text="已提前竣工,并完成调试",
       note="即将进入正常生产阶段；无金额"),
  proj("电子新材料项目", TH, A3, companies=["众城绝缘材料有限公司"], status="在建", status_text="基本完工,正在进行设备的调试和安装",
       status_alt="竣工", note="无金额"),
  proj("智能涂装设备制造项目", TH, A3, companies=["安徽汉勤耕智能涂装设备制造有限公司"], status="在建", status_text="基本完工,正在进行设备的调试和安装",
       status_alt="竣工", note="无金额"),
 ],
 aggregate_facts=[
  fact(TH, "park", "key_projects", 12, "count", A0, "2019年"),
  fact(TH, "park", "key_projects_new", 6, "count", A0, "2019年", opt=True),
  fact(TH, "park", "key_projects_continued", 6, "count", A0, "2019年", opt=True),
  fact(TH, "park", "investment_completed_cny", 5.02e8, "cny", "至9月底累计完成投资5.02亿元", AS1, kind="cumulative", chk=True),
  fact(TH, "park", "investment_completed_new_projects_cny", 1.27e8, "cny", "新建项目完成投资1.27亿元", AS1, kind="cumulative", opt=True, chk=True),
  fact(TH, "park", "investment_completed_continued_projects_cny", 3.75e8, "cny", "续建完成投资3.75亿元", AS1, kind="cumulative", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- lg02 集宁区 重点项目加速冲刺 (内蒙古新闻网 2025)
DYG = "内蒙古乌兰察布东阳光化成箔有限公司"
FR = "内蒙古福瑞医疗科技股份有限公司"
B0 = "记者走进内蒙古乌兰察布东阳光化成箔有限公司年产2000万平方米化成箔生产线新建项目建设现场,项目主体建设正热火朝天推进"
B1 = "这是东阳光在乌兰察布市的四期工厂,2024年8月底正式开工,现已进入基建收尾和二次安装阶段,目前整体进度已超过80%"
B2 = "目前,项目一期、二期工程基本完工,正在推进部分墙体、绿化的收尾工作"
B3 = "当前园区占地面积约1400亩,总投资近10亿元,明年将启动医院与康养区三期建设"
G["lg02"] = dict(
 article=art("集宁区:重点项目加速冲刺", "内蒙古新闻网（inews.nmgnews.com.cn，盟市新闻·乌兰察布栏；存段无署名）", "2025-11-06", "day",
  "Regional news portal's prefecture channel, Inner Mongolia: a reporter's visit to two project sites in a city district — a firm's fourth-phase capacitor-foil plant nearing completion (over 80%), a company's health park with phases 1–2 basically finished, its area and total investment, phase 3 to start next year",
  "http://inews.nmgnews.com.cn/system/2025/11/06/030256742.shtml",
  "日期取网址 2025/11/06。标题照录；栏目路径行已删。存段在末段开头“内蒙古福”处中断，该残行已删，正文截至“…特色产业园区。”，共六段。集宁区为乌兰察布市辖区，不是园区；文中未点名任何开发区/工业园区，parks 只列可选的福瑞健康科技园（文中称“园区”“特色产业园区”，既是项目又是园区）。项目：内蒙古乌兰察布东阳光化成箔有限公司年产2000万平方米化成箔生产线新建项目——2024年8月底开工，整体进度超过80%，力争12月生产线调试→在建，无金额；福瑞健康科技园——2024年5月开工，一期二期基本完工→在建（status_alt 竣工），“总投资近10亿元”（近→约）；三期（医院与康养区）明年启动→可选，planned。公司：东阳光化成箔（2017年落地）、福瑞医疗科技，均无园区（park null）。",
  "lg02"),
 parks=[
  park("福瑞健康科技园", "乌兰察布", "内蒙古", "产业园", B3, district="集宁区", opt=True, note="项目本身；文中称“园区”“特色产业园区”"),
 ],
 companies=[
  comp(DYG, None, B0, aliases=["东阳光"], note="2017年落地集宁区；文中未点园区"),
  comp(FR, None, "内蒙古福瑞医疗科技股份有限公司福瑞健康科技园建设负责人杨勇告诉记者", note="福瑞健康科技园业主"),
 ],
 projects=[
  proj("内蒙古乌兰察布东阳光化成箔有限公司年产2000万平方米化成箔生产线新建项目", None, B0, companies=[DYG], status="在建", status_text="项目主体建设正热火朝天推进",
       aliases=["东阳光在乌兰察布市的四期工厂"], phase="四期", note="2024年8月底开工；整体进度超过80%；力争12月生产线调试；无金额"),
  proj("福瑞健康科技园", None, B3, companies=[FR], inv="总投资近10亿元", qual="约", qual_text="近", status="在建", status_text="一期、二期工程基本完工",
       status_alt="竣工", note="2024年5月开工；一期、二期于10月底基本完工；占地约1400亩"),
  proj("福瑞健康科技园三期（医院与康养区）", None, B3, companies=[FR], phase="三期", status="planned", status_text="明年将启动", opt=True,
       note="名称为编者概括：“明年将启动医院与康养区三期建设”"),
 ],
 aggregate_facts=[
  fact("内蒙古乌兰察布东阳光化成箔有限公司年产2000万平方米化成箔生产线新建项目", "project", "construction_progress", 0.80, "ratio", B1, "2025年11月", kind="ratio", qual="超", qtext="超过", opt=True),
  fact("福瑞健康科技园", "project", "area_mu", 1400, "mu", B3, "2025年11月", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- lg03 塔城地区 2025年第二批重大项目集中开工 (xjmty 2025)
SY = "新疆塔城重点开发开放试验区"
ZB = "装备制造集聚区"
C0 = "3月21日,塔城地区2025年第二批重大项目集中开工暨乌苏市太阳能晶硅光伏组件回收循环利用项目开工仪式在乌苏市举行"
C1 = "2025年,塔城市要加快推进锡伯图水库、华夏大地塔城“摇篮经济”生态循环产业园、地区公租房等重点项目建设"
C2 = "年内建成(国际)游客集散中心、装备制造集聚区水厂及配套管网等重点项目"
C3 = "同时,新开工建设燃气管线及燃气厂站老化更新改造等重点项目"
C4 = "做好新疆塔城重点开发开放试验区边民互市查验库智能化提升、海关查验场所无感通关提升等储备项目前期工作"
AS3 = "2025年3月21日（集中开工）"
G["lg03"] = dict(
 article=art("（无标题）塔城地区2025年第二批重大项目集中开工", "xjmty.com（存段未示站名、标题与署名）", "2025-03-22", "day",
  "Regional broadcaster's web page, Xinjiang: a prefecture's second batch of major projects started on one day — a named recycling project at the main venue, each county-level city's count, total and annual planned investment, named projects to be pushed, completed or prepared, including reserve projects in a pilot development zone",
  "https://www.xjmty.com/dz1/202503/t20250322_27481881_web.html",
  "日期取网址 t20250322（开工仪式为3月21日）。存段无标题行、无日期行（title 为编者概括）。存段在末行“2025年,托里县投资规模500万元以上项”处中断，该残行已删；正文截至“…年度计划投资7.21亿元。”，共九段（其余县市的集锦未存）。园区：新疆塔城重点开发开放试验区（国家级重点开发开放试验区，塔城地区，新疆）；装备制造集聚区只出现在“装备制造集聚区水厂及配套管网”中，归塔城市，列可选园区。项目：乌苏市太阳能晶硅光伏组件回收循环利用项目——开工（主会场），无金额，园区 null（乌苏市）；塔城市“加快推进”的锡伯图水库、华夏大地塔城“摇篮经济”生态循环产业园、地区公租房→在建（“加快推进…建设”，推定在建），后两者可选；“年内建成”的(国际)游客集散中心、装备制造集聚区水厂及配套管网→在建（计划年内建成）；“新开工建设”的燃气管线及燃气厂站老化更新改造→planned（2025年计划）；试验区的边民互市查验库智能化提升、海关查验场所无感通关提升——储备项目、做前期工作→planned，园区为试验区（第二项由并列推定，可选）。单项均无金额。事实：各县市（region）的集中开工个数、总投资、年度计划投资；额敏县一季度固定资产投资预计1.5亿元、增长168%（target）；额敏县2025年计划项目33个及分类（target）。",
  "lg03"),
 parks=[
  park(SY, "塔城地区", "新疆", "开发开放试验区", "现将各县市和新疆塔城重点开发开放试验区开复工集锦汇集如下", note="国家级重点开发开放试验区"),
  park(ZB, "塔城地区", "新疆", "集聚区", C2, district="塔城市", opt=True, note="只在项目名“装备制造集聚区水厂及配套管网”中"),
 ],
 companies=[],
 projects=[
  proj("乌苏市太阳能晶硅光伏组件回收循环利用项目", None, C0, status="开工", status_text="开工仪式", note="第二批集中开工主会场项目；乌苏市；无金额"),
  proj("锡伯图水库", None, C1, status="在建", status_text="加快推进", note="塔城市；2025年加快推进建设；无金额"),
  proj("华夏大地塔城“摇篮经济”生态循环产业园", None, C1, status="在建", status_text="加快推进", note="塔城市；无金额"),
  proj("地区公租房", None, C1, status="在建", status_text="加快推进", opt=True, note="塔城市；无金额"),
  proj("(国际)游客集散中心", None, C2, status="在建", status_text="年内建成", opt=True, note="塔城市；计划2025年内建成"),
  proj("装备制造集聚区水厂及配套管网", ZB, C2, status="在建", status_text="年内建成", note="塔城市；计划2025年内建成"),
  proj("燃气管线及燃气厂站老化更新改造", None, C3, status="planned", status_text="新开工建设", opt=True, note="塔城市2025年计划新开工"),
  proj("边民互市查验库智能化提升", SY, C4, status="planned", status_text="储备项目前期工作"),
  proj("海关查验场所无感通关提升", SY, C4, status="planned", status_text="储备项目前期工作", opt=True, note="园区由并列推定"),
 ],
 aggregate_facts=[
  fact("塔城市", "region", "projects_started", 22, "count", "此次,塔城市集中开工项目达22个,总投资11.42亿元", AS3),
  fact("塔城市", "region", "projects_started_investment_cny", 1.142e9, "cny", "总投资11.42亿元,年度计划投资8.81亿元", AS3, chk=True),
  fact("塔城市", "region", "projects_started_planned_annual_investment_cny", 8.81e8, "cny", "年度计划投资8.81亿元。", "2025年（计划）", kind="target", chk=True, opt=True),
  fact("额敏县", "region", "projects_started", 10, "count", "额敏县集中开工项目10个,总投资140.28亿元", AS3),
  fact("额敏县", "region", "projects_started_investment_cny", 1.4028e10, "cny", "总投资140.28亿元,年度计划投资26.43亿元", AS3, chk=True),
  fact("额敏县", "region", "projects_started_planned_annual_investment_cny", 2.643e9, "cny", "年度计划投资26.43亿元", "2025年（计划）", kind="target", chk=True, opt=True),
  fact("额敏县", "region", "fixed_asset_investment_cny", 1.5e8, "cny", "额敏县固定资产投资预计完成1.5亿元,增长168%", "2025年一季度（预计）", kind="target", chk=True),
  fact("额敏县", "region", "fixed_asset_investment_yoy_growth", 1.68, "ratio", "额敏县固定资产投资预计完成1.5亿元,增长168%", "2025年一季度（预计）", kind="ratio", opt=True),
  fact("额敏县", "region", "planned_projects", 33, "count", "2025年额敏县计划实施固定资产投资项目33个,总投资244.53亿元", "2025年（计划）", kind="target"),
  fact("额敏县", "region", "planned_projects_total_investment_cny", 2.4453e10, "cny", "总投资244.53亿元,年度计划投资65.05亿元", "2025年（计划）", kind="target", chk=True),
  fact("额敏县", "region", "planned_annual_investment_cny", 6.505e9, "cny", "年度计划投资65.05亿元", "2025年（计划）", kind="target", chk=True),
  fact("额敏县", "region", "continued_projects", 14, "count", "其中续建项目14个,总投资68.89亿元,年度计划投资37亿元", "2025年（计划）", kind="target", opt=True),
  fact("额敏县", "region", "new_projects", 12, "count", "新建项目12个,总投资150.76亿元,年度计划投资27亿元", "2025年（计划）", kind="target", opt=True),
  fact("额敏县", "region", "reserve_projects", 7, "count", "储备项目7个,总投资24.88亿元,年度计划投资1.05亿元", "2025年（计划）", kind="target", opt=True),
  fact("沙湾市", "region", "projects_started", 16, "count", "沙湾市本次集中开复工的16个重大项目,年度计划投资15.25亿元", AS3, note="开复工"),
  fact("沙湾市", "region", "projects_started_planned_annual_investment_cny", 1.525e9, "cny", "年度计划投资15.25亿元,涵盖煤炭煤化工", "2025年（计划）", kind="target", chk=True, opt=True),
  fact("托里县", "region", "projects_started", 8, "count", "托里县本次集中开工项目8个,总投资14.6亿元", AS3),
  fact("托里县", "region", "projects_started_investment_cny", 1.46e9, "cny", "总投资14.6亿元,年度计划投资7.21亿元", AS3, chk=True),
  fact("托里县", "region", "projects_started_planned_annual_investment_cny", 7.21e8, "cny", "年度计划投资7.21亿元", "2025年（计划）", kind="target", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- lg04 内乡县 开发区观摩 (内乡县人民政府门户网站 2021)
NX = "县产业集聚区"
D0 = "观摩组一行先后深入牧原肉食产业综合体生猪屠宰项目、牧原农牧装备产业园新投产项目 、柯达(中国)内乡分公司图文影像新材料生产线建设项目进行实地调研观摩"
D1 = "我县开发区围绕主导产业晒出的观摩项目,具有龙头带动作用明显、科技含量高、投资规模大及效益高的特点"
G["lg04"] = dict(
 article=art("（无标题）全市先进制造业开发区观摩组到内乡县观摩", "内乡县人民政府门户网站（www.neixiangxian.gov.cn，来源：内乡县政府；文末署“(融媒体中心)”）", "2021-10-11", "day",
  "County government portal, Henan: a city inspection tour (观摩) of advanced-manufacturing development zones reaches the county — three named projects of the county's zone visited, one newly in production",
  "http://neixiangxian.gov.cn/2021/10-11/2653969.html",
  "日期取页面“2021-10-11 16:08 来源:内乡县政府”（观摩为10月9日上午）。存段无标题行（title 为编者概括）；栏目路径、日期来源行与“责任编辑:Neixiang_liuyulong”已删。正文五段，完整。园区：文中作“我县开发区”，管委会作“县产业集聚区管委会”（内乡县产业集聚区，南阳市内乡县，河南；2021年河南产业集聚区改称开发区），name 取“县产业集聚区”，alias“我县开发区”。项目（均为观摩项目，均无金额）：牧原农牧装备产业园新投产项目→投产；牧原肉食产业综合体生猪屠宰项目、柯达(中国)内乡分公司图文影像新材料生产线建设项目——文中未明说阶段（“建设工地”“生产车间”未分配到项目），status null（后者 status_alt 在建，因名为“建设项目”）。三项目归开发区（“我县开发区…晒出的观摩项目”）。公司：柯达(中国)内乡分公司；“牧原”只在项目名中（可选）。",
  "lg04"),
 parks=[
  park(NX, "南阳", "河南", "产业集聚区", "县产业集聚区管委会主任常松郁、观摩项目主要负责人参加观摩活动", district="内乡县", aliases=["我县开发区"],
       note="文中又作“我县开发区”；全称内乡县产业集聚区未出现"),
 ],
 companies=[
  comp("柯达(中国)内乡分公司", NX, D0, note="只在项目名中出现，但为完整企业名"),
  comp("牧原", NX, D0, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("县产业集聚区管委会", "县产业集聚区管委会主任常松郁、观摩项目主要负责人参加观摩活动", park=NX),
 ],
 projects=[
  proj("牧原肉食产业综合体生猪屠宰项目", NX, D0, companies=["牧原"], note="观摩项目；阶段未说；无金额"),
  proj("牧原农牧装备产业园新投产项目", NX, D0, companies=["牧原"], status="投产", status_text="新投产", note="观摩项目；无金额"),
  proj("柯达(中国)内乡分公司图文影像新材料生产线建设项目", NX, D0, companies=["柯达(中国)内乡分公司"], status_alt="在建",
       note="观摩项目；阶段未明说（名为“建设项目”）；无金额"),
 ],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- lg05 集贤县 督导检查产业项目 (集贤县政府网 2025)
XY = "现代农业产业园区"
E0 = "在现代农业产业园区4000万棒鲜食玉米加工项目建设现场,栾伟江实地查看项目建设进度"
E1 = "在生态护坡蜂格网项目现场和2025年高标准农田项目生态护坡蜂格网施工现场,栾伟江仔细询问企业项目建设进度、设备安装调试情况、投产时间节点以及投产后的产能、市场前景等情况"
G["lg05"] = dict(
 article=art("栾伟江督导检查我县产业项目建设情况", "集贤县人民政府网站（jixian.gov.cn；发布者：发展研究中心，来源：集贤微言）", "2025-10-13", "day",
  "County government site relaying the county's WeChat account, Heilongjiang: the county party secretary inspects industrial project sites — a sweet-corn processing project in an agricultural industrial park under construction, an eco slope-protection mesh project installing equipment",
  "http://jixian.gov.cn/jx/15/202510/c07_235927.shtml",
  "日期取页面“发布日期:2025-10-13 10:39”（督导为10月11日）。标题照录；发布日期行已删。正文四段，完整。县名“集贤”只见于来源“集贤微言”与网址（双鸭山市集贤县，黑龙江）；文中作“我县”。园区：现代农业产业园区（名称照录，未冠县名）。项目：4000万棒鲜食玉米加工项目——“建设现场”“加快项目建设进度”→在建，园区为现代农业产业园区，无金额（“4000万棒”为产能）；生态护坡蜂格网项目——询问建设进度与设备安装调试、投产时间→在建，无园区；2025年高标准农田项目（蜂格网施工现场）→可选，在建，非产业项目。无公司名、无金额、无数字事实。",
  "lg05"),
 parks=[
  park(XY, "双鸭山", "黑龙江", "农业产业园区", E0, district="集贤县", note="文中又作“产业园”；县名由来源推定"),
 ],
 companies=[],
 projects=[
  proj("4000万棒鲜食玉米加工项目", XY, E0, status="在建", status_text="项目建设现场", note="无金额；4000万棒为产能"),
  proj("生态护坡蜂格网项目", None, E1, status="在建", status_text="询问企业项目建设进度、设备安装调试情况", note="无金额；园区未说"),
  proj("2025年高标准农田项目", None, E1, status="在建", status_text="施工现场", opt=True, note="农田建设项目，非产业项目"),
 ],
 aggregate_facts=[],
)
