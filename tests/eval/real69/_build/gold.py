# real69 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a county is not a park). Status from the text's words (开工 / 集中开工 /
# 摘牌即开工 → 开工; 全速推进 / 快速推进 / 主体完工、设备安装 → 在建; 竣工投用 → 竣工 (status_alt 投产); 落地 / 跟进 alone → no
# status). “预计” figures are kind target; year-to-date counts (“今年以来”, “年初以来”, “自…以来”) are cumulative. Sources are
# `search` (corpus pages) excerpts typed into _raw/pages/ymNN.raw as returned.

# ---------------------------------------------------------------- ym01 彰武 5个亿元项目集中落户 (辽宁日报 2019)
ZW = "阜新彰武经济开发区"
A0 = "阜新泉燕玛钢制造有限公司负责人吉恩怀是通过论坛了解彰武的,在今年第二次参加论坛时,他决定将企业搬迁至阜新彰武经济开发区"
A1 = "据统计,自2017年下半年以来,有56个项目签约落户阜新彰武经济开发区,其中硅砂深加工项目6个、装备制造配套项目41个、高端建材项目9个"
A2 = "开发区现已形成装备制造配套产业园、硅砂深加工产业园、高端建材产业园、配套服务区和物流仓储区“三园两区”"
A3 = "成立于1997年的山东潍坊物流有限责任公司看到彰武的新商机,成为本届论坛期间唯一签约的投资亿元以上的物流公司"
AS1 = "2017年下半年至2019年8月"
G["ym01"] = dict(
 article=art("5个投资亿元项目集中落户彰武", "辽宁日报（记者年旭春），epaper.lnd.com.cn 数字报", "2019-08-13", "day",
  "Provincial daily's e-paper, Liaoning: a county industry forum ends with five 亿元-plus projects signed — a foundry relocating into the county's economic development zone, a logistics firm signing, the zone's projects signed since 2017 by sector and its “三园两区” layout",
  "http://epaper.lnd.com.cn/lnrbepaper/pc/con/201908/13/content_39744.html",
  "日期取页面“辽宁日报 2019年08月13日”（该行已删）。标题照录；正文四段，完整。园区：阜新彰武经济开发区（阜新市彰武县，辽宁；文中又作“开发区”）；“三园两区”中的装备制造配套产业园、硅砂深加工产业园、高端建材产业园为开发区内的专业园，列可选园区（parent 阜新彰武经济开发区）；配套服务区、物流仓储区不列。公司：阜新泉燕玛钢制造有限公司（与彰武县签约，企业搬迁至开发区 → 园区阜新彰武经济开发区；搬迁未写项目名，不另列项目）；山东潍坊物流有限责任公司（论坛期间签约，投资亿元以上，文中未说落户开发区 → park null）。中国铸造协会为论坛主办方（可选机构）。事实：论坛期间5个亿元以上项目集中签约（主体彰武县，region）；2017年下半年以来56个项目签约落户开发区（cumulative），其中硅砂深加工6个、装备制造配套41个、高端建材9个（可选）；泉燕玛钢预计硅砂使用成本降低750万元（可选，target）。",
  "ym01"),
 parks=[
  park(ZW, "阜新", "辽宁", "经济开发区", A0, district="彰武县", note="文中又作“开发区”"),
  park("装备制造配套产业园", "阜新", "辽宁", "专业产业园", A2, district="彰武县", parent=ZW, opt=True, note="“三园两区”之一"),
  park("硅砂深加工产业园", "阜新", "辽宁", "专业产业园", A2, district="彰武县", parent=ZW, opt=True, note="“三园两区”之一"),
  park("高端建材产业园", "阜新", "辽宁", "专业产业园", A2, district="彰武县", parent=ZW, opt=True, note="“三园两区”之一"),
 ],
 companies=[
  comp("阜新泉燕玛钢制造有限公司", ZW, A0, note="铸造企业；与彰武县签约后搬迁至开发区"),
  comp("山东潍坊物流有限责任公司", None, A3, note="论坛期间签约的亿元以上物流项目；落户园区未说"),
 ],
 institutions=[
  inst("中国铸造协会", "由中国铸造协会主办的第五届中国铸造产业集群年会暨第三届中国铸造硅砂产业发展论坛在彰武落幕", kind="association", note="论坛主办方"),
 ],
 projects=[],
 aggregate_facts=[
  fact("彰武县", "region", "projects_signed", 5, "count", "论坛期间,5个投资亿元以上项目集中签约", "2019年8月（论坛期间）", note="投资亿元以上项目"),
  fact(ZW, "park", "projects_signed", 56, "count", A1, AS1, kind="cumulative", note="签约落户开发区"),
  fact(ZW, "park", "silica_processing_projects_signed", 6, "count", A1, AS1, kind="cumulative", opt=True),
  fact(ZW, "park", "equipment_supporting_projects_signed", 41, "count", A1, AS1, kind="cumulative", opt=True),
  fact(ZW, "park", "building_materials_projects_signed", 9, "count", A1, AS1, kind="cumulative", opt=True),
  fact("阜新泉燕玛钢制造有限公司", "company", "expected_cost_saving_cny", 7.5e6, "cny", "仅硅砂的使用成本就可降低750万元", "落户后每年（预期）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- ym02 东港经济开发区 项目建设 (丹东日报 via yljzc 2023)
DG = "东港经济开发区"
B0 = "盛夏时节,东港经济开发区项目建设如火如荼,东孚食品有限公司海洋水产食品精深加工现代化工厂、金光辉鸿精密电子制造(丹东)有限公司汽车零部件加工、丹东安德生物科技有限公司滨海产业园一期等重点项目全速推进"
B1 = "东孚食品有限公司海洋水产食品精深加工现代化工厂及智能化冷库项目负责人介绍,该项目总投资1亿元"
B2 = "依托海洋生物科技产业园、装备制造园和大孤山精密加工园三大专业园区"
B3 = "丰米科技、赛欧德系列、春河科技、佑恒新材料、东磁电子、茂隆包装等项目相继落地,总投资6.45亿元"
B4 = "东孚食品、金光辉鸿、泰宏生物科技二期等项目实现“摘牌即开工”"
B5 = "目前,开发区实施5000万元以上项目18个,亿元以上项目11个,其中续建项目13个,总投资35.72亿元;新开工项目11个,总投资13.86亿元"
AS2 = "2023年7月"
AS2C = "2023年初至7月"
LANDED = ["丰米科技", "赛欧德系列", "春河科技", "佑恒新材料", "东磁电子", "茂隆包装"]
G["ym02"] = dict(
 article=art("（无标题）东港经济开发区重点项目全速推进", "丹东日报，载于 yljzc.com（转载页，“消息来源:丹东日报”；署名存段未示）", "2023-07-25", "day",
  "City daily relayed by a company website, Liaoning: a county-level city's economic development zone in midsummer — three named projects under way (one with investment, stage, expected output and jobs), three specialist sub-parks, six projects landed this year with their total investment, projects by size and stage",
  "http://yljzc.com/zh/News_12412.html",
  "日期取页面“发布日期:2023-7-25 10:07:58”；“消息来源:丹东日报”。存段无标题（title 为编者概括）；两行页眉已删。存段在末段“完成工业固定资产投资1.54亿元,占”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…总投资13.86亿元。”，共五段。园区：东港经济开发区（丹东市东港市，辽宁；文中又作“开发区”）；海洋生物科技产业园、装备制造园、大孤山精密加工园为其“三大专业园区”（可选，parent 东港经济开发区）。项目：东孚食品有限公司海洋水产食品精深加工现代化工厂及智能化冷库项目（总投资1亿元；主体完工、设备安装中 → 在建；预计明年3月达产）；金光辉鸿精密电子制造(丹东)有限公司汽车零部件加工、丹东安德生物科技有限公司滨海产业园一期（“全速推进”→在建；“滨海产业园一期”为企业项目名，不列园区）；泰宏生物科技二期（“摘牌即开工”→开工）；丰米科技等六个“相继落地”的项目（落地未说签约或开工 → status null，status_alt 签约；合计总投资6.45亿元，单项无金额）。公司：东孚食品、金光辉鸿、安德生物在园；六个落地项目的名称与泰宏生物科技作可选公司。事实：东孚项目预计年产值1.2亿元、就业500余人（target）；年初以来对接洽谈项目10个、落地项目总投资6.45亿元（cumulative）；开发区实施5000万元以上项目18个、亿元以上11个，续建13个（35.72亿元）、新开工11个（13.86亿元）——13+11 与 18 不合，照录。",
  "ym02"),
 parks=[
  park(DG, "丹东", "辽宁", "经济开发区", B0, district="东港市", note="文中又作“开发区”"),
  park("海洋生物科技产业园", "丹东", "辽宁", "专业产业园", B2, district="东港市", parent=DG, opt=True, note="三大专业园区之一"),
  park("装备制造园", "丹东", "辽宁", "专业产业园", B2, district="东港市", parent=DG, opt=True, note="三大专业园区之一"),
  park("大孤山精密加工园", "丹东", "辽宁", "专业产业园", B2, district="东港市", parent=DG, opt=True, note="三大专业园区之一"),
 ],
 companies=[
  comp("东孚食品有限公司", DG, B0, aliases=["东孚食品"]),
  comp("金光辉鸿精密电子制造(丹东)有限公司", DG, B0, aliases=["金光辉鸿"]),
  comp("丹东安德生物科技有限公司", DG, B0),
  comp("泰宏生物科技", DG, B4, opt=True, note="只在项目名中"),
 ] + [comp(n, DG, B3, opt=True, note="落地项目名（企业简称）") for n in LANDED],
 projects=[
  proj("东孚食品有限公司海洋水产食品精深加工现代化工厂及智能化冷库项目", DG, B1, companies=["东孚食品有限公司"], inv="总投资1亿元",
       aliases=["东孚食品有限公司海洋水产食品精深加工现代化工厂"], status="在建", status_text="项目主体完工,已进入室内装修和设备安装阶段",
       note="预计明年3月达产；亦“摘牌即开工”"),
  proj("金光辉鸿精密电子制造(丹东)有限公司汽车零部件加工", DG, B0, companies=["金光辉鸿精密电子制造(丹东)有限公司"], status="在建", status_text="全速推进"),
  proj("丹东安德生物科技有限公司滨海产业园一期", DG, B0, companies=["丹东安德生物科技有限公司"], phase="一期", status="在建", status_text="全速推进",
       note="“滨海产业园”为企业项目名"),
  proj("泰宏生物科技二期", DG, B4, companies=["泰宏生物科技"], phase="二期", status="开工", status_text="摘牌即开工"),
 ] + [proj(n, DG, B3, status=None, status_text="相继落地", status_alt="签约", note="年初以来落地；六项合计总投资6.45亿元") for n in LANDED],
 aggregate_facts=[
  fact("东孚食品有限公司海洋水产食品精深加工现代化工厂及智能化冷库项目", "project", "expected_annual_output_cny", 1.2e8, "cny",
       "项目竣工投产后,预计年产值1.2亿元,解决就业500余人", "投产后（预期）", kind="target", chk=True),
  fact("东孚食品有限公司海洋水产食品精深加工现代化工厂及智能化冷库项目", "project", "expected_jobs", 500, "count",
       "解决就业500余人", "投产后（预期）", kind="target", qual="余", qtext="余", opt=True),
  fact(DG, "park", "projects_negotiated", 10, "count", "对接洽谈项目10个", AS2C, kind="cumulative", opt=True),
  fact(DG, "park", "projects_landed_investment_cny", 6.45e8, "cny", B3, AS2C, kind="cumulative", chk=True, note="丰米科技等六项合计"),
  fact(DG, "park", "projects_implemented", 18, "count", B5, AS2, note="5000万元以上项目"),
  fact(DG, "park", "projects_implemented_over_100m", 11, "count", B5, AS2, opt=True, note="亿元以上项目"),
  fact(DG, "park", "projects_continuing", 13, "count", B5, AS2, note="续建项目"),
  fact(DG, "park", "projects_continuing_investment_cny", 3.572e9, "cny", "其中续建项目13个,总投资35.72亿元", AS2, chk=True),
  fact(DG, "park", "projects_started", 11, "count", "新开工项目11个,总投资13.86亿元", AS2),
  fact(DG, "park", "projects_started_investment_cny", 1.386e9, "cny", "新开工项目11个,总投资13.86亿元", AS2, chk=True),
 ])

# ---------------------------------------------------------------- ym03 尧都高新区 建筑垃圾资源化利用项目开工 (2025)
YD = "尧都高新区"
JD = "贾得新兴产业园"
C0 = "4月15日临汾市尧都高新区重大项目——山西安装集团临汾市区建筑垃圾资源化利用项目在尧都高新区贾得新兴产业园隆重开工"
C1 = "该项目占地150.12亩,总投资4.55亿元"
C2 = "项目建成达效后,年处理建筑垃圾规模300万吨,可实现年产值2.3亿元,提供就业岗位150余个"
AS3 = "建成达效后（预期）"
G["ym03"] = dict(
 article=art("总投资4.55亿元!山西一重大项目开工", "aqsx.sxkjnews.com（原发媒体与署名未注明）", "2025-04-18", "day",
  "Provincial-portal subsite relaying a WeChat-style item, Shanxi: a city high-tech zone's major project started in its sub-park — investor, site area, investment, capacity, expected output and jobs",
  "http://aqsx.sxkjnews.com/news/show.php?itemid=5128",
  "日期取页面“2025-04-18”（其后“104”为浏览数）；开工日为4月15日。标题照录；站点“核心提示”摘要行（在“标志着”处截断）已删。首段原页断成六行（“4月15日”/“临汾市尧都高新区重大项目——”/…/“标志着临汾市…迈入新阶段”），make_txt.py JOIN 原样拼接、中间不加字（与页内“核心提示”行的连写一致），该段末无句号，照录。存段末段“尧都高新区将”未完，整段删去，正文截至“…具有良好的经济效益和社会效益。”，共四段。园区：尧都高新区（临汾市尧都区，山西）；贾得新兴产业园（项目所在，parent 尧都高新区）。公司：山西安装集团（投资建设该项目；与 zv01 的双登集团同例，园区记项目所在的贾得新兴产业园）。机构：“市城市管理局”（临汾市，局长宣布开工；可选）。项目：临汾市区建筑垃圾资源化利用项目（文中又作“山西安装集团临汾市区建筑垃圾资源化利用项目”），总投资4.55亿元，开工。事实：占地150.12亩、年处理300万吨、年产值2.3亿元、就业150余个（项目，预期）。",
  "ym03"),
 parks=[
  park(YD, "临汾", "山西", "高新区", C0, district="尧都区"),
  park(JD, "临汾", "山西", "产业园", C0, district="尧都区", parent=YD, note="项目所在；“在尧都高新区贾得新兴产业园”"),
 ],
 companies=[
  comp("山西安装集团", JD, "由山西安装集团投资建设的临汾市区建筑垃圾资源化利用项目", note="项目投资建设方；国家级高新技术企业"),
 ],
 institutions=[
  inst("临汾市城市管理局", "山西安装集团党委书记、董事长王利民和市城市管理局党组书记、局长马健分别致辞", note="文中作“市城市管理局”；局长宣布开工"),
 ],
 projects=[
  proj("临汾市区建筑垃圾资源化利用项目", JD, C1, companies=["山西安装集团"], inv="总投资4.55亿元",
       aliases=["山西安装集团临汾市区建筑垃圾资源化利用项目"], status="开工", status_text="隆重开工",
       note="4月15日开工；占地150.12亩"),
 ],
 aggregate_facts=[
  fact("临汾市区建筑垃圾资源化利用项目", "project", "site_area_mu", 150.12, "mu", C1, "2025年4月", opt=True),
  fact("临汾市区建筑垃圾资源化利用项目", "project", "annual_processing_capacity_t", 3e6, "t", C2, AS3, kind="target", opt=True),
  fact("临汾市区建筑垃圾资源化利用项目", "project", "expected_annual_output_cny", 2.3e8, "cny", "可实现年产值2.3亿元", AS3, kind="target", chk=True),
  fact("临汾市区建筑垃圾资源化利用项目", "project", "expected_jobs", 150, "count", "提供就业岗位150余个", AS3, kind="target", qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- ym04 四平 创新发展脉动强劲 (吉林日报 2018)
SP = "四平循环经济示范区"
D0 = "5月5日,记者来到君乐宝乳业集团四平公司年产4万吨酸奶建设项目工地,两条爱克林生产线已经开始生产,一条桶装生产线正在紧张安装调试中"
D1 = "位于四平循环经济示范区内的吉林省康达农业机械有限公司年产5000台免耕播种机建设项目一期生产车间、办公楼、仓库等已建成使用,二期建设也在紧张地进行中"
D2 = "今年,上报省“三早”项目11个,总投资27.6亿元,年度计划投资11.1亿元"
G["ym04"] = dict(
 article=art("四平:创新发展脉动强劲", "吉林日报（记者刘桂云），载于 jl.cri.cn（国际在线吉林频道 ChinaNews）", "2018-05-08", "day",
  "Provincial daily on a national portal's provincial channel, Jilin: a city's spring project drive — a dairy firm's plant partly producing (investor and capital), the city's projects reported to the province with investment, a farm-machinery firm's project in the city's circular-economy zone with phase 1 in use and phase 2 under way",
  "http://jl.cri.cn/chinanews/20180508/2454f075-d2b0-4e53-6099-7169b15e9ff0.html",
  "日期取页面“吉林日报2018-05-08 08:48:08”（该行与“打开ChinaNews阅读”已删）。标题照录。存段在末段引语“我们公司年产5000台免耕播种机项目2017年开工建设,预计2018年8月竣工投产”处中断（引号未闭），该残句已删（make_txt.py LINE_SUFFIX），正文截至“…二期建设也在紧张地进行中。”，共五段。园区：四平循环经济示范区（四平市，吉林；循环经济园区）。项目：君乐宝乳业集团四平公司年产4万吨酸奶建设项目（两条线已生产、一条在安装调试，预计6月竣工投产 → 在建，status_alt 投产；文中未说所在园区 → park null）；吉林省康达农业机械有限公司年产5000台免耕播种机建设项目（在四平循环经济示范区内；一期已建成使用、二期在建 → 在建，status_alt 投产）。公司：君乐宝乳业集团四平公司（park null）、其母公司石家庄君乐宝乳业有限公司（可选，park null）、吉林省康达农业机械有限公司（在示范区）。事实：四平市今年上报省“三早”项目11个、总投资27.6亿元、年度计划投资11.1亿元（主体四平市，region）；君乐宝四平公司注册资本1亿元（可选）。",
  "ym04"),
 parks=[
  park(SP, "四平", "吉林", "循环经济示范区", D1),
 ],
 companies=[
  comp("君乐宝乳业集团四平公司", None, "君乐宝乳业集团四平公司成立于2015年,公司注册资本1亿元", note="成立于2015年；文中未说所在园区"),
  comp("石家庄君乐宝乳业有限公司", None, "我们石家庄君乐宝乳业有限公司成立于1995年,现有9家子公司", opt=True, note="母公司，河北"),
  comp("吉林省康达农业机械有限公司", SP, D1),
 ],
 projects=[
  proj("君乐宝乳业集团四平公司年产4万吨酸奶建设项目", None, D0, companies=["君乐宝乳业集团四平公司"], aliases=["年产4万吨酸奶建设项目"],
       status="在建", status_alt="投产", status_text="两条爱克林生产线已经开始生产,一条桶装生产线正在紧张安装调试中", note="项目预计6月竣工投产"),
  proj("吉林省康达农业机械有限公司年产5000台免耕播种机建设项目", SP, D1, companies=["吉林省康达农业机械有限公司"], aliases=["年产5000台免耕播种机建设项目"],
       status="在建", status_alt="投产", status_text="一期…已建成使用,二期建设也在紧张地进行中", note="一期已建成使用，二期在建"),
 ],
 aggregate_facts=[
  fact("四平市", "region", "key_projects_reported", 11, "count", D2, "2018年", note="上报省“三早”项目"),
  fact("四平市", "region", "key_projects_total_investment_cny", 2.76e9, "cny", "上报省“三早”项目11个,总投资27.6亿元", "2018年", chk=True),
  fact("四平市", "region", "planned_annual_investment_cny", 1.11e9, "cny", "年度计划投资11.1亿元", "2018年（计划）", kind="target", chk=True),
  fact("君乐宝乳业集团四平公司", "company", "registered_capital_cny", 1e8, "cny", "公司注册资本1亿元", "2018年5月", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- ym05 河间经济开发区 入选国家级绿色园区 (cz.hebei 2020)
HJ = "河间经济开发区"
E0 = "日前,工业和信息化部公布了第五批绿色制造名单,河间经济开发区入选绿色工业园区"
E1 = "这也是继沧州临港经济技术开发区之后,全市获评的第二家国家级绿色园区"
E2 = "此外,我市的河北彩客化学股份有限公司和沧州信联化工有限公司被评为绿色工厂"
E3 = "西区规划面积17.92平方公里,主导产业为特色产品加工、装备制造、再制造,现有企业94家"
E4 = "东区规划面积11.7平方公里,主导产业为节能环保、新材料、装备制造,现有企业92家"
E6 = "同时,拥有京津冀国家再制造产业示范基地、京津冀国家再制造产业技术研究院"
AS5 = "2020年9月"
G["ym05"] = dict(
 article=art("（无标题）河间经济开发区入选国家级绿色工业园区", "长城网沧州频道 cz.hebei.com.cn（原发媒体与署名存段未示；文中称“我市”“全市”，当为沧州本地稿）", "2020-09-25", "day",
  "City channel of a provincial portal, Hebei: a county-level city's provincial economic development zone named a national green industrial park — its two sub-zones with area, industries and firm counts, its other titles (provincial circular-economy park), tech SMEs, a remanufacturing base and institute with a national R&D project; two city firms named green factories",
  "https://cz.hebei.com.cn/system/2020/09/25/100463066.shtml",
  "日期取网址 2020/09/25。存段无标题、无日期行（title 为编者概括）。存段末段“近几年,河间经济开发区…成功引进投资30亿元的京津冀再制造产业园、投资6.5亿元的神菱机电、投资6亿元的众惠再制造产品”为一句未完，整段删去（其中的引进项目因而不在正文），正文截至“…唯一获批的国家重点研发计划项目。”，共三段。园区：河间经济开发区（沧州市河间市，河北；省级经济开发区、省级循环经济示范园区；分东区、西区，“一区两园”——东区、西区只以“东区”“西区”出现，不另列园区，其面积与企业数记为开发区的分区事实）；沧州临港经济技术开发区（全市第一家国家级绿色园区）；京津冀国家再制造产业示范基地（开发区内，可选园区）。公司：河北彩客化学股份有限公司、沧州信联化工有限公司（“我市的”绿色工厂，所在园区未说 → park null）。机构：工业和信息化部（可选）；京津冀国家再制造产业技术研究院（开发区内，research）。项目：“废旧智能装备机电一体化再制造升级技术”为国家重点研发计划项目（科研项目，研究院牵头，“顺利启动”，列可选，无状态）。",
  "ym05"),
 parks=[
  park(HJ, "沧州", "河北", "经济开发区（省级）", E0, district="河间市", note="省级循环经济示范园区；分东区、西区（“一区两园”）"),
  park("沧州临港经济技术开发区", "沧州", "河北", "经济技术开发区", E1, note="全市第一家国家级绿色园区"),
  park("京津冀国家再制造产业示范基地", "沧州", "河北", "产业示范基地", E6, district="河间市", parent=HJ, opt=True, note="开发区拥有"),
 ],
 companies=[
  comp("河北彩客化学股份有限公司", None, E2, note="绿色工厂；所在园区未说"),
  comp("沧州信联化工有限公司", None, E2, note="绿色工厂；所在园区未说"),
 ],
 institutions=[
  inst("工业和信息化部", E0, note="公布第五批绿色制造名单"),
  inst("京津冀国家再制造产业技术研究院", E6, kind="research", park=HJ, opt=False, note="开发区拥有；牵头国家重点研发计划项目"),
 ],
 projects=[
  proj("废旧智能装备机电一体化再制造升级技术", HJ, "研究院牵头的国家重点研发计划“固废资源化”重点专项“废旧智能装备机电一体化再制造升级技术”项目顺利启动",
       opt=True, status=None, status_text="顺利启动", note="国家重点研发计划科研项目，非投资项目"),
 ],
 aggregate_facts=[
  fact(HJ, "park", "west_zone_planned_area_km2", 17.92, "km2", E3, AS5, note="西区"),
  fact(HJ, "park", "west_zone_firms", 94, "count", E3, AS5, note="西区现有企业"),
  fact(HJ, "park", "east_zone_planned_area_km2", 11.7, "km2", E4, AS5, note="东区"),
  fact(HJ, "park", "east_zone_firms", 92, "count", E4, AS5, note="东区现有企业"),
  fact(HJ, "park", "tech_smes", 86, "count", "园区内拥有科技型中小企业86家", AS5),
 ])

# ---------------------------------------------------------------- ym06 河北开发区 上半年 (长城网 2013)
XH = "香河经济开发区"
BZ = "霸州经济开发区"
DC = "大厂潮白河工业区"
LQ = "鹿泉经济开发区"
F0 = "图为香河经济开发区中美合资企业建安特金属结构工程有限公司自主研发的低温压力罐产品生产车间"
F1 = "今年1-6月份,霸州经济开发区全区完成财政收入1.24亿元,占全年任务的61.18%,同比增长40%"
F3 = "除河北达利食品有限公司霸州生产基地项目、河北铭泰投资有限公司汽车试车场综合项目等一批重点项目得到快速推进外,螺旋流恒压泵研发生产项目、LED光电产业园项目、3D动漫城项目等一些高新项目也蓄力提速"
F4 = "大厂潮白河工业区依托鼎鸿公司北京招商中心,明确招商引资方向"
F5 = "今年以来,共跟踪洽商项目10余个,成功签约3个"
F6 = "目前,正在对总投资7亿元的CCTV国际电视总公司总部基地项目和总投资10亿元的国家数字出版产业基地项目进行跟进"
F7 = "在鹿泉经济开发区,投资1.4亿元的向阳电子、投资3.5亿元的敬业宾馆、投资3.8亿元的国源宾馆一期改造扩建、投资1.8亿元的国源宾馆二期改造扩建等4个项目相继竣工投用"
AS6 = "2013年上半年"
G["ym06"] = dict(
 article=art("高端项目带动 河北开发区产业升级步伐加快", "长城网（heb.hebei.com.cn；署名存段未示）", "2013-07-24", "day",
  "Provincial news portal, Hebei: a round-up of county and city economic development zones in the first half — a firm in one zone (photo caption), a zone's fiscal revenue and projects operated with named projects under way, an industrial zone's negotiations and signings with two tracked projects and their investment, four projects completed in another zone with investment",
  "http://heb.hebei.com.cn/system/2013/07/24/012906759.shtml",
  "日期取网址 2013/07/24。标题照录（标题行末的站点标记“[图]”已删，make_txt.py HEAD_SUFFIX）。存段把全文给作一行（各段以空格相连，含图片说明“图为…张学胜摄”与小标题“高端项目带动夯实开发区绿色发展基础”），照 real49 惯例保持为一段、行内不拆不改。存段在末句“丰宁经济开发区总投资3亿元的宁丰电气设备制造、总投资1.8亿元的益康源食品生物工程和总投资1.2”处中断，该残句已删（make_txt.py LINE_SUFFIX），丰宁经济开发区因而不在正文；正文截至“…等4个项目相继竣工投用。”。园区：香河经济开发区（廊坊香河县）、霸州经济开发区（廊坊霸州市）、大厂潮白河工业区（廊坊大厂回族自治县）、鹿泉经济开发区（石家庄鹿泉，2013年为县级市），均河北。公司：建安特金属结构工程有限公司（香河经济开发区，中美合资）；河北达利食品有限公司、河北铭泰投资有限公司（霸州，只在项目名中，仍列为公司）；鼎鸿公司（大厂，运营北京招商中心，可选）；CCTV国际电视总公司（洽商中项目的投资方，可选，park null）；向阳电子、敬业宾馆、国源宾馆（鹿泉项目名，可选公司）。项目：霸州五项（“快速推进”“蓄力提速”→在建）；大厂两项（总投资7亿元、10亿元，“进行跟进”=洽商中，不是签约 → status null）；鹿泉四项（竣工投用 → 竣工，status_alt 投产；国源宾馆一期、二期分列）。事实：霸州财政收入1.24亿元（1–6月，cumulative）、占全年任务61.18%、同比增长40%；运作项目28个；大厂今年以来洽商10余个、签约3个（cumulative）；鹿泉竣工投用4个。",
  "ym06"),
 parks=[
  park(XH, "廊坊", "河北", "经济开发区", F0, district="香河县"),
  park(BZ, "廊坊", "河北", "经济开发区", F1, district="霸州市"),
  park(DC, "廊坊", "河北", "工业区", F4, district="大厂回族自治县"),
  park(LQ, "石家庄", "河北", "经济开发区", F7, district="鹿泉"),
 ],
 companies=[
  comp("建安特金属结构工程有限公司", XH, F0, note="中美合资企业"),
  comp("河北达利食品有限公司", BZ, F3, note="只在项目名中"),
  comp("河北铭泰投资有限公司", BZ, F3, note="只在项目名中"),
  comp("鼎鸿公司", DC, F4, opt=True, note="北京招商中心"),
  comp("CCTV国际电视总公司", None, F6, opt=True, note="洽商中项目的投资方"),
  comp("向阳电子", LQ, F7, opt=True, note="项目名即企业名"),
  comp("敬业宾馆", LQ, F7, opt=True, note="项目名"),
  comp("国源宾馆", LQ, F7, opt=True, note="项目名"),
 ],
 projects=[
  proj("河北达利食品有限公司霸州生产基地项目", BZ, F3, companies=["河北达利食品有限公司"], status="在建", status_text="得到快速推进"),
  proj("河北铭泰投资有限公司汽车试车场综合项目", BZ, F3, companies=["河北铭泰投资有限公司"], status="在建", status_text="得到快速推进"),
  proj("螺旋流恒压泵研发生产项目", BZ, F3, status="在建", status_text="蓄力提速"),
  proj("LED光电产业园项目", BZ, F3, status="在建", status_text="蓄力提速"),
  proj("3D动漫城项目", BZ, F3, status="在建", status_text="蓄力提速"),
  proj("CCTV国际电视总公司总部基地项目", DC, F6, companies=["CCTV国际电视总公司"], inv="总投资7亿元", status=None, status_text="进行跟进", note="洽商跟进中，未签约"),
  proj("国家数字出版产业基地项目", DC, F6, inv="总投资10亿元", status=None, status_text="进行跟进", note="洽商跟进中，未签约"),
  proj("向阳电子", LQ, F7, companies=["向阳电子"], inv="投资1.4亿元", status="竣工", status_alt="投产", status_text="相继竣工投用"),
  proj("敬业宾馆", LQ, F7, inv="投资3.5亿元", status="竣工", status_alt="投产", status_text="相继竣工投用"),
  proj("国源宾馆一期改造扩建", LQ, F7, inv="投资3.8亿元", phase="一期", status="竣工", status_alt="投产", status_text="相继竣工投用"),
  proj("国源宾馆二期改造扩建", LQ, F7, inv="投资1.8亿元", phase="二期", status="竣工", status_alt="投产", status_text="相继竣工投用"),
 ],
 aggregate_facts=[
  fact(BZ, "park", "fiscal_revenue_cny", 1.24e8, "cny", F1, "2013年1–6月", kind="cumulative", chk=True),
  fact(BZ, "park", "fiscal_revenue_share_of_annual_target", 0.6118, "ratio", F1, "2013年1–6月", kind="ratio", opt=True),
  fact(BZ, "park", "fiscal_revenue_yoy_growth", 0.40, "ratio", F1, "2013年1–6月", kind="ratio"),
  fact(BZ, "park", "projects_operated", 28, "count", "今年上半年,霸州经济开发区运作项目28个", AS6),
  fact(DC, "park", "projects_negotiated", 10, "count", F5, AS6, kind="cumulative", qual="余", qtext="余", opt=True),
  fact(DC, "park", "projects_signed", 3, "count", F5, AS6, kind="cumulative"),
  fact(LQ, "park", "projects_completed", 4, "count", F7, AS6, note="竣工投用"),
 ])

# ---------------------------------------------------------------- ym07 卢龙县 秋季7个项目集中开工 (秦皇岛日报 2019)
LL = "卢龙县"
G1 = "10月20日,卢龙县举行2019年秋季重点项目集中开工仪式,总投资45亿元的7个项目集中开工"
G2 = "截至目前,全县共有亿元以上在建项目27个,计划总投资126.58亿元"
P7 = [
 ("河北领标科技发展有限公司年产800万平方米新型节能超薄岩板和8万套整体橱柜生产线项目", "河北领标科技发展有限公司", "总投资20.8亿元", None),
 ("北京中艺映画文化传媒有限公司棋盘山综合开发项目", "北京中艺映画文化传媒有限公司", "总投资20亿元", None),
 ("卢龙文景科技有限公司装配式装饰产业研发基地项目", "卢龙文景科技有限公司", "总投资1.5亿元", None),
 ("秦皇岛永桢建筑工程有限公司装配式钢结构和轻钢房屋项目", "秦皇岛永桢建筑工程有限公司", "总投资1.25亿元", None),
 ("河北中薯农业科技集团股份有限公司优质鲜薯深加工二期工程及科研中心项目", "河北中薯农业科技集团股份有限公司", "总投资4150万元", "二期"),
 ("秦皇岛满仓面业有限公司年加工小麦12万吨面粉项目", "秦皇岛满仓面业有限公司", "总投资8000万元", None),
 ("卢龙县峪兴农业科技有限公司醴泉山谷二期项目", "卢龙县峪兴农业科技有限公司", "总投资2200万元", "二期"),
]
G["ym07"] = dict(
 article=art("（无标题）卢龙县2019年秋季7个重点项目集中开工", "秦皇岛日报（记者王静，通讯员冯海涛），载于长城网秦皇岛频道 qhd.hebei.com.cn", "2019-10-28", "day",
  "City daily on a provincial portal's city channel, Hebei: a county's autumn groundbreaking — seven named projects by seven firms each with investment, the county's 亿元-plus projects under construction; no park is named (a county item in the angle's region, kept as a no-park control)",
  "http://qhd.hebei.com.cn/system/2019/10/28/100084014.shtml",
  "日期取网址 2019/10/28；开工仪式10月20日。存段无标题、无日期行（title 为编者概括）。正文四段，完整，署名“(秦皇岛日报记者王静 通讯员冯海涛)”在正文末。无园区：文中只有卢龙县（秦皇岛市，河北；region），七个项目一律 park null。项目七个，均“集中开工”→开工，金额逐项照录（4150万元、8000万元、2200万元亦为投资额）；河北中薯、峪兴两项为二期。公司：七家项目企业（park null）。事实：卢龙县7个项目开工、总投资45亿元；全县亿元以上在建项目27个、计划总投资126.58亿元。",
  "ym07"),
 parks=[],
 companies=[comp(c, None, inv + "的" + name, note="项目企业；无园区") for name, c, inv, ph in P7],
 projects=[proj(name, None, inv + "的" + name, companies=[c], inv=inv, phase=ph, status="开工", status_text="集中开工") for name, c, inv, ph in P7],
 aggregate_facts=[
  fact(LL, "region", "projects_started", 7, "count", G1, "2019-10-20"),
  fact(LL, "region", "projects_started_investment_cny", 4.5e9, "cny", "总投资45亿元的7个项目集中开工", "2019-10-20", chk=True),
  fact(LL, "region", "projects_under_construction", 27, "count", G2, "2019年10月", note="亿元以上在建项目"),
  fact(LL, "region", "projects_under_construction_investment_cny", 1.2658e10, "cny", "计划总投资126.58亿元", "2019年10月", chk=True),
 ])
