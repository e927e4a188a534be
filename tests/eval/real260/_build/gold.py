# real260 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (both items simplified script as published); names as written in the text;
# 约 → 约; money in yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); growth as ratios.
# Status from the text's words (开工 / 开工建设 → 开工; 竣工 → 竣工; “全力推进重点项目建设” with investment done → 在建;
# “计划开工” / “督促尽快开工建设” → planned). A project's completed investment (“完成投资”) is not its total investment: kept
# as a fact, investment_cny null. Sources are `search` (corpus pages) excerpts typed into _raw/pages/syNN.raw as returned.

# ---------------------------------------------------------------- sy01 广西—东盟经开区:6个项目集中开竣工 (广西新闻网 2022)
DM = "广西—东盟经济技术开发区"
A0 = "广西新闻网南宁3月30日讯(通讯员 潘志安 潘亮 蓝必祠)3月29日,南宁市举行重大项目集中开(竣)工活动,广西—东盟经济技术开发区分会场在广西阿秀食品有限责任公司项目开竣工活动现场举行"
A1 = "集中开(竣)工的6个项目总投资约10.7亿元,其中开工项目3个,竣工项目3个"
A2 = "当天,3个开工项目分别是广西阿秀食品有限责任公司年产25000吨卤制肉制品及副产品加工建设项目、南宁市正稻机械设备有限公司粮食机械设备生产项目、广西金合建材有限公司高端标准厂房项目"
A3 = "其中,广西阿秀食品有限责任公司年产25000吨卤制肉制品及副产品加工建设项目计划总投资约4.4亿元"
AXM = "广西阿秀食品有限责任公司年产25000吨卤制肉制品及副产品加工建设项目"
AS1 = "2022年3月29日（集中开竣工）"
G["sy01"] = dict(
 article=art("广西—东盟经开区:6个项目集中开竣工", "广西新闻网（通讯员 潘志安 潘亮 蓝必祠），载于 yndtjj.com（区域链栏）", "2022-03-30", "day",
  "Provincial news portal item relayed by a regional site, Guangxi: a national economic and technological development zone's branch venue of a city-wide groundbreaking — six projects started or completed with their total, three named projects started (one with its planned investment and output), the firms behind them",
  "http://www.yndtjj.com/quyulian/20220330/305107.html",
  "日期取页面“时间:2022-03-30 17:19:50 来源:广西新闻网”；文中“3月29日”为开竣工日。标题照录；栏目“> 区域链 >”、时间来源行与图片说明“广西—东盟经开区重大项目开竣工活动现场。广西新闻网通讯员 潘志安 摄”已删。存段末段“3个竣工项目分别是…教师公寓楼、食”中断，整段删去（make_txt.py ITEMS 截至上一段），故三个竣工项目（广西市场监督管理职业技术学院(一期)、广西彩云食品八角香辛料加工、广西三叶泰木纤维）不在正文中；正文截至刘梅慧引语，共三段。园区：广西—东盟经济技术开发区（文中又作“东盟经开区”，标题作“广西—东盟经开区”；南宁，广西）。项目：三个开工项目（开工）；阿秀食品项目“计划总投资约4.4亿元”→约。“绝味食品广西柔性智造国际食品产业园”为阿秀项目建成后的名称（别名，可选公司“绝味食品”不列）。事实：6个项目、总投资约10.7亿元、开工3个、竣工3个（开竣工当日）。南宁市为举办方（不是园区）。",
  "sy01"),
 parks=[
  park(DM, "南宁", "广西", "经济技术开发区", A0, aliases=["广西—东盟经开区", "东盟经开区"], note="标题作“广西—东盟经开区”，文中又作“东盟经开区”"),
 ],
 companies=[
  comp("广西阿秀食品有限责任公司", DM, A0, note="开工项目业主；分会场设在其项目现场"),
  comp("南宁市正稻机械设备有限公司", DM, A2, note="开工项目业主"),
  comp("广西金合建材有限公司", DM, A2, note="开工项目业主"),
 ],
 institutions=[],
 projects=[
  proj(AXM, DM, A3, companies=["广西阿秀食品有限责任公司"], inv="计划总投资约4.4亿元", qual="约", qual_text="约", status="开工", status_text="开工",
       aliases=["绝味食品广西柔性智造国际食品产业园"], note="用地约100亩；达产后年产卤制食品12000吨；建成后为绝味食品广西柔性智造国际食品产业园"),
  proj("南宁市正稻机械设备有限公司粮食机械设备生产项目", DM, A2, companies=["南宁市正稻机械设备有限公司"], status="开工", status_text="开工"),
  proj("广西金合建材有限公司高端标准厂房项目", DM, A2, companies=["广西金合建材有限公司"], status="开工", status_text="开工"),
 ],
 aggregate_facts=[
  fact(DM, "park", "projects_started_or_completed", 6, "count", A1, AS1),
  fact(DM, "park", "projects_started_or_completed_investment_cny", 1.07e9, "cny", A1, AS1, qual="约", qtext="约", chk=True),
  fact(DM, "park", "projects_started", 3, "count", A1, AS1),
  fact(DM, "park", "projects_completed", 3, "count", A1, AS1),
 ])

# ---------------------------------------------------------------- sy02 晋宁工业园区 2022 工业投资 (云南省工业园区协会 2023)
JN = "晋宁工业园区"
B0 = "2022年,晋宁工业园区着力发掘优质项目,把好重点项目全流程服务,优化营商环境"
B1 = "2022年园区工业投资项目51个,新增入库项目25个,新增计划总投资13.85亿元"
B2 = "全年共完成工业投资19.53亿元,同比增长26.75%"
B3 = "全力推进重点项目建设,益海嘉里油脂项目完成投资4.39亿元,海创项目完成1.89亿元,乌龙标准化厂房项目完成1.35亿元,云磷地采项目完成1.1亿元"
B4 = "针对2023年计划开工的25个项目,全面梳理要素保障方面存在问题"
B5 = "对已具备开工条件的中车轨道、创鑫、恒康、中储粮、食用菌等扩建项目,督促尽快开工建设,形成有效投资"
AS2 = "2022年全年"
G["sy02"] = dict(
 article=art("【园区经济】晋宁工业投资2022年同比增长26.75%", "云南省工业园区协会网站（ynyq.org.cn，新闻中心·园区动态·园区经济栏；存段无署名、无原载媒体）", "2023", "year",
  "Provincial industrial-park association's website, Yunnan: a county-level industrial park's 2022 industrial-investment review — projects in the investment ledger, new entries and their planned total, the year's investment and its growth by quarter, four named key projects with investment completed, projects planned to start in 2023",
  "https://ynyq.org.cn/?p=7514",
  "存段无日期行；文为2022年全年回顾，并言“2023年计划开工的25个项目”，故发布年记2023（精确到年；可能为2023年初）。标题照录（页面标题“【园区经济】晋宁工业投资2022年同比增长26.75%”，含栏目标记）；网站面包屑（云南省工业园区协会 / 新闻中心 / 园区动态 / 园区经济 …）已删。存段在“二是强化统筹协调”处中断，该残段整段删去（make_txt.py ITEMS 截至上一段），正文两段。园区：晋宁工业园区（昆明市晋宁区，云南；文中又作“园区”）。项目：益海嘉里油脂项目、海创项目、乌龙标准化厂房项目、云磷地采项目——“全力推进重点项目建设”且已完成投资→在建；“完成投资4.39亿元”等为2022年完成投资额，不是总投资（investment_cny 记 null，另列事实）。2023年计划开工的中车轨道等扩建项目、已办土地手续的强林乐家等项目、征转报批中的海螺新材料等项目均为简称，列为可选（planned）；“官房、海天、劲欧”等结转/入库项目只有简称，不列。事实：工业投资项目51个、新增入库25个、新增计划总投资13.85亿元、完成工业投资19.53亿元（增长26.75%）；分季度增速可选；2023年计划开工25个（target）。",
  "sy02"),
 parks=[
  park(JN, "昆明", "云南", "工业园区", B0, district="晋宁区", note="标题作“晋宁”（“晋宁工业投资”），文中又作“园区”"),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj("益海嘉里油脂项目", JN, B3, status="在建", status_text="全力推进重点项目建设", note="2022年完成投资4.39亿元（非总投资）"),
  proj("海创项目", JN, B3, status="在建", status_text="全力推进重点项目建设", note="2022年完成1.89亿元（非总投资）"),
  proj("乌龙标准化厂房项目", JN, B3, status="在建", status_text="全力推进重点项目建设", note="2022年完成1.35亿元（非总投资）"),
  proj("云磷地采项目", JN, B3, status="在建", status_text="全力推进重点项目建设", note="2022年完成1.1亿元（非总投资）"),
  proj("中车轨道扩建项目", JN, B5, status="planned", status_text="督促尽快开工建设", opt=True, note="文中“中车轨道、创鑫、恒康、中储粮、食用菌等扩建项目”，名称为简称"),
  proj("黄磷公司磷氟系新材料项目", JN, "对已办理土地手续的强林乐家、农家乐、天德印刷、恒裕通、黄磷公司磷氟系新材料等项目,加快规划、施工许可等手续办理", status="planned", opt=True, note="已办理土地手续，待规划、施工许可"),
  proj("海螺新材料项目", JN, "对海螺新材料、海天、永益、理工恒达扩建等项目,加快征转报批,保障企业合法开工建设", status="planned", opt=True, note="征转报批中"),
 ],
 funds=[],
 aggregate_facts=[
  fact(JN, "park", "industrial_investment_projects", 51, "count", B1, AS2),
  fact(JN, "park", "projects_added_to_ledger", 25, "count", B1, AS2, opt=True, note="新增入库项目"),
  fact(JN, "park", "new_planned_investment_cny", 1.385e9, "cny", "新增计划总投资13.85亿元", AS2, chk=True, opt=True),
  fact(JN, "park", "industrial_investment_cny", 1.953e9, "cny", B2, AS2, chk=True),
  fact(JN, "park", "industrial_investment_yoy_growth", 0.2675, "ratio", B2, AS2, kind="ratio"),
  fact(JN, "park", "industrial_investment_yoy_growth", 0.2655, "ratio", "一季度同比增长26.55%", "2022年一季度", kind="ratio", opt=True),
  fact(JN, "park", "industrial_investment_yoy_growth", -0.0354, "ratio", "二季度同比下降3.54%", "2022年二季度", kind="ratio", opt=True),
  fact(JN, "park", "industrial_investment_yoy_growth", 0.3168, "ratio", "三季度同比增长31.68%", "2022年三季度", kind="ratio", opt=True),
  fact(JN, "park", "industrial_investment_yoy_growth", 1.2479, "ratio", "四季度同比增长124.79%", "2022年四季度", kind="ratio", opt=True),
  fact("益海嘉里油脂项目", "project", "investment_completed_cny", 4.39e8, "cny", "益海嘉里油脂项目完成投资4.39亿元", AS2, chk=True),
  fact("海创项目", "project", "investment_completed_cny", 1.89e8, "cny", "海创项目完成1.89亿元", AS2, chk=True),
  fact("乌龙标准化厂房项目", "project", "investment_completed_cny", 1.35e8, "cny", "乌龙标准化厂房项目完成1.35亿元", AS2, chk=True),
  fact("云磷地采项目", "project", "investment_completed_cny", 1.1e8, "cny", "云磷地采项目完成1.1亿元", AS2, chk=True),
  fact(JN, "park", "projects_planned_to_start", 25, "count", B4, "2023年（计划）", kind="target"),
 ])
