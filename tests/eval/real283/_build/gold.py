# real283 ground truth, read by build_all.py (copied unchanged from real52; helpers park/comp/inst/proj/fund/fact/art/amt).
# Conventions as real52: evidence verbatim (all six simplified script as published); names as written; 超/超过/逾 → 超,
# 多/余 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Yuan in *_cny (first amount of the evidence). Shares and growth
# as ratios. Projects: the park the text places them in; status from the text's words (将要建成 / 正在加紧设备调试 → 在建;
# 还将建设 / 如期开工 (future) → planned). “将来…可实现”, “预计到…”, “到2020年…争取” are kind target; “成立以来”, “累计” cumulative.
# Sources: `search` (corpus pages) excerpts typed into _raw/pages/rvNN.raw as returned; cuts at paragraph boundaries only.

# ---------------------------------------------------------------- rv01 北京高端制造基地 (劳动午报 2014)
GD = "北京高端制造基地"
A0 = "4年前,作为唯一市级规划的“北京高端制造基地”落户房山区窦店镇"
A1 = "园区入驻企业已经达到22个,总投资600亿元"
A2 = "将来全部达到产值规划目标后可实现年产值2000亿元,实现税收120亿元,提供就业岗位6-8万个"
A3 = "在基地02街区,记者看到,总建筑面积16.8万平方米的中关村新兴产业前沿技术研究院将要建成"
A4 = "该研究院是基地投资开发有限公司承建的技术研发和产业孵化平台项目,2014年底具备入住条件"
G["rv01"] = dict(
 article=art("（无标题）北京高端制造基地（房山窦店）入驻企业22个、总投资600亿元；中关村新兴产业前沿技术研究院将建成",
  "劳动午报（ldwb.workerbj.cn 电子版；存段无标题、无署名）", "2014-10-20", "day",
  "Workers' daily e-paper, Beijing: a municipal-level manufacturing base in a suburban district — firms entered, total investment, output / tax / jobs targets, a research-institute building nearly completed and its builder",
  "http://ldwb.workerbj.cn/content/2014-10/20/content_1645.htm",
  "日期取网址 content/2014-10/20（电子版版面日）。存段无标题（title 为编者概括）。存段末段“建成后将由中关村发展集团全面接管运营,…使其成为面向中关村战略性”在句中中断，整段删去（只在段落边界截断），正文截至“…2014年底具备入住条件。”，含两行小标题，共七段。园区：北京高端制造基地（文中加引号；房山区窦店镇，北京；“唯一市级规划”；又作“基地”“园区”）；中关村高新科技园区、亦庄经济开发区仅作比较提及，列可选。项目：中关村新兴产业前沿技术研究院（基地02街区，总建筑面积16.8万平方米，“将要建成”→在建；2014年底具备入住条件；基地投资开发有限公司承建）。事实：入驻企业22个、总投资600亿元（cumulative）；年产值2000亿元、税收120亿元（全部达产后，target）；就业岗位6-8万个为区间，列可选（取下限）。",
  "rv01"),
 parks=[
  park(GD, "北京", "北京", "产业基地（市级）", A0, district="房山区", note="文中又作“基地”“园区”；位于窦店镇；“唯一市级规划”"),
  park("中关村高新科技园区", "北京", "北京", "高新区", "这是继中关村高新科技园区、亦庄经济开发区之后,北京市推出的又一新的制造业园区", opt=True, note="仅作比较提及"),
  park("亦庄经济开发区", "北京", "北京", "经济技术开发区", "这是继中关村高新科技园区、亦庄经济开发区之后,北京市推出的又一新的制造业园区", opt=True, note="仅作比较提及（即北京经济技术开发区）"),
 ],
 companies=[
  comp("基地投资开发有限公司", GD, A4, kind="developer", opt=True, note="基地开发公司（简称），承建研究院"),
 ],
 institutions=[
  inst("基地管委会", "基地管委会副主任蔡禄鹏介绍说", kind="park_admin", park=GD),
 ],
 projects=[
  proj("中关村新兴产业前沿技术研究院", GD, A3, companies=["基地投资开发有限公司"], status="在建", status_text="将要建成",
       note="基地02街区；技术研发和产业孵化平台项目；2014年底具备入住条件"),
 ],
 aggregate_facts=[
  fact(GD, "park", "firms", 22, "count", A1, "2014年10月", kind="cumulative", note="入驻企业"),
  fact(GD, "park", "total_investment_cny", 6e10, "cny", A1, "2014年10月", kind="cumulative", chk=True),
  fact(GD, "park", "expected_annual_output_cny", 2e11, "cny", A2, "全部达产后（规划目标）", kind="target", chk=True),
  fact(GD, "park", "expected_annual_tax_cny", 1.2e10, "cny", "实现税收120亿元", "全部达产后（规划目标）", kind="target", chk=True),
  fact(GD, "park", "expected_jobs", 60000, "jobs", A2, "全部达产后（规划目标）", kind="target", opt=True, note="“6-8万个”区间，取下限"),
  fact("中关村新兴产业前沿技术研究院", "project", "floor_area_m2", 1.68e5, "m2", A3, "2014年10月", opt=True),
 ])

# ---------------------------------------------------------------- rv02 亦庄新城十大功能组团 (2020)
YZ = "亦庄新城"
JK = "北京经济技术开发区"
B0 = "225平方公里的亦庄新城将打造十大功能组团,即4个产业功能区、3个创新服务区、3个特色产业园"
B1 = "亦庄新城规划范围包括现阶段北京经济技术开发区范围、综合配套服务区(旧宫镇、瀛海地区、亦庄地区)、台湖高端总部基地、光机电一体化基地、马驹桥镇区、物流基地、金桥科技产业基地和两块预留地,以及长子营、青云店、采育镇工业园"
B2 = "其中,现阶段经开区面积约66平方公里,经开区外大兴部分面积约83平方公里,经开区外通州部分面积约76平方公里"
B3 = "大约20平方公里的生命健康产业区,将整合经开区核心区北部及亦庄东工业区,除了推动亦庄东工业区“腾笼换鸟”,还将建设国家生物医药创新园"
B4 = "电子信息产业区将整合台湖总部基地、光机电一体化基地等约40平方公里区域"
G["rv02"] = dict(
 article=art("225平方公里亦庄新城将打造十大功能组团 通州台湖马驹桥纳入亦庄产业版图", "hf.eeju.com（转载；原发媒体与署名未注明）", "2020-07-31", "day",
  "Property-news site relaying a Beijing newspaper item: a national development zone's new-town plan — functional clusters, the parks and bases it absorbs in two districts, areas, one sector's city share, a planned biomedical park",
  "http://hf.eeju.com/loushi/2020/0731/5618.html",
  "日期取网址 2020/0731（文中“昨天,记者从北京经济技术开发区获悉”，即2020-07-30获悉；原发报纸未注明）。标题行为标题加副题（“通州台湖马驹桥纳入亦庄产业版图”）。存段末段（高端汽车产业区负责人引语及“记者注意到…北汽”）在句中中断，整段删去（只在段落边界截断），正文截至“…吸引更多电子产业企业在此落户。”，含小标题一行，共六段。园区：亦庄新城（规划225平方公里；kind 新城）；北京经济技术开发区（文中又作“经开区”“亦庄”）；台湖高端总部基地（又作“台湖总部基地”，通州）；光机电一体化基地（通州）；金桥科技产业基地；采育镇工业园（“长子营、青云店、采育镇工业园”——三处工业园，名称只完整出现“采育镇工业园”，可选）；物流基地（可选，泛称）；亦庄东工业区；生命健康产业区、电子信息产业区（规划聚集区，可选）；国家生物医药创新园（“还将建设”，作 planned 项目，亦列可选园区）。“马驹桥镇区”“综合配套服务区”为行政/配套区，不列园区。事实：亦庄新城225平方公里；十大功能组团（可选）；经开区面积约66平方公里，经开区外大兴约83、通州约76平方公里（可选）；经开区生物技术和大健康产业产值占北京市50%（ratio）；生命健康产业区约20、电子信息产业区约40平方公里（可选）。",
  "rv02"),
 parks=[
  park(YZ, "北京", "北京", "新城（产业新城）", B0, note="规划225平方公里；统筹大兴、通州部分区域"),
  park(JK, "北京", "北京", "国家级经济技术开发区", "昨天,记者从北京经济技术开发区获悉", district="大兴区", aliases=["经开区"], note="文中又作“亦庄”"),
  park("台湖高端总部基地", "北京", "北京", "总部基地", B1, district="通州区", parent=YZ, aliases=["台湖总部基地"]),
  park("光机电一体化基地", "北京", "北京", "产业基地", B1, district="通州区", parent=YZ),
  park("金桥科技产业基地", "北京", "北京", "产业基地", B1, district="通州区", parent=YZ),
  park("采育镇工业园", "北京", "北京", "工业园", B1, district="大兴区", parent=YZ, opt=True, note="“长子营、青云店、采育镇工业园”并列三处工业园"),
  park("物流基地", "北京", "北京", "物流基地", B1, district="通州区", parent=YZ, opt=True, note="泛称（通州物流基地）"),
  park("亦庄东工业区", "北京", "北京", "工业区", B3, parent=JK),
  park("生命健康产业区", "北京", "北京", "产业功能区（规划）", B3, parent=YZ, opt=True),
  park("电子信息产业区", "北京", "北京", "产业功能区（规划）", B4, parent=YZ, opt=True),
  park("国家生物医药创新园", "北京", "北京", "产业园（规划）", B3, parent="生命健康产业区", opt=True, note="“还将建设”"),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj("国家生物医药创新园", "生命健康产业区", B3, status="planned", status_text="还将建设", opt=True, note="园区建设项目，无金额"),
 ],
 aggregate_facts=[
  fact(YZ, "park", "planned_area_km2", 225, "km2", B0, "2020年7月（规划）"),
  fact(YZ, "park", "functional_clusters", 10, "count", B0, "2020年7月（规划）", kind="target", opt=True),
  fact(JK, "park", "area_km2", 66, "km2", B2, "2020年7月", qual="约", qtext="约"),
  fact(YZ, "park", "area_daxing_outside_zone_km2", 83, "km2", B2, "2020年7月", qual="约", qtext="约", opt=True),
  fact(YZ, "park", "area_tongzhou_outside_zone_km2", 76, "km2", B2, "2020年7月", qual="约", qtext="约", opt=True),
  fact(JK, "park", "biotech_health_output_share_of_city", 0.50, "ratio", "经开区的生物技术和大健康产业产值连续多年在北京市占比达到50%", "2020年7月（连续多年）", kind="ratio"),
  fact("生命健康产业区", "park", "planned_area_km2", 20, "km2", B3, "2020年7月（规划）", qual="约", qtext="大约", opt=True),
  fact("电子信息产业区", "park", "planned_area_km2", 40, "km2", B4, "2020年7月（规划）", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- rv03 宝坻区 东皋膜 (宝坻微发布 / 天津新闻 2017)
JY = "九园工业园区"
DG = "天津东皋膜技术有限公司"
C0 = "作为宝坻区锂电池产业链的龙头企业,最近,天津东皋膜技术有限公司二期4条生产线正在加紧设备调试。同时,三期项目建设也摆上了企业日程"
C1 = "希望三期工程就在二期的旁边,然后接着扩建,我们再准备扩建四条线,需要150亩的用地"
C2 = "我们的相关部门,特别是九园工业园区,要把这个作为一件大事,加快推进这个进度"
C3 = "相关部门还将开辟审批手续绿色通道,确保企业三期项目如期开工"
G["rv03"] = dict(
 article=art("天津新闻丨宝坻区:深耕首都资源 打造百亿产业集群", "宝坻微发布（宝坻区官方微信号）转述天津电视台《天津新闻》，载于 diaoyuma.com", "2017-03-24", "day",
  "District government WeChat relaying a city TV news transcript, Tianjin: a lithium-battery separator maker's phase 2 commissioning and phase 3 land, the district head's charge to an industrial park, a district helping campaign",
  "http://www.diaoyuma.com/quanyuyan/20170324/128581.html",
  "日期取页面“宝坻微发布 2017-03-24”（节目播出于2月10日）。标题照录；站名、“宝坻微发布 2017-03-24”、“天津宝坻,添金宝地”、“识别右侧二维码”、视频工具条提示两行已删。存段末句（总经理李鑫第二段同期声“…从去年6月份,我们连着基建、设备安装、调试,”）中断，该段及其前的人名字幕两行整体删去（只在段落边界截断），正文截至“…确保企业三期项目如期开工。”。电视稿的人名字幕行（“天津东皋膜技术有限公司总经理”“李鑫”“宝坻区区长”“李建成”）照录为段。园区：九园工业园区（天津市宝坻区）。公司：天津东皋膜技术有限公司（又作“东皋膜”；宝坻区锂电池产业链龙头；区长责成九园工业园区推进其三期用地——所在园区由语境推定为九园工业园区）。项目：二期4条生产线（正在加紧设备调试→在建）；三期项目（又作“三期工程”；扩建四条线、需150亩用地，土地已收储，“确保…如期开工”→planned）。“宝坻区”抽调580多名干部、组建27个帮扶工作组为区级工作，列可选事实。",
  "rv03"),
 parks=[
  park(JY, "天津", "天津", "工业园区", C2, district="宝坻区"),
 ],
 companies=[
  comp(DG, JY, C0, aliases=["东皋膜"], note="宝坻区锂电池产业链龙头企业；园区由语境推定"),
 ],
 institutions=[
  inst("天津电视台", "2月10日,天津电视台天津新闻节目以《宝坻区:深耕首都资源 打造百亿产业集群》为题", kind="media"),
 ],
 projects=[
  proj("二期4条生产线", JY, C0, companies=[DG], phase="二期", status="在建", status_text="正在加紧设备调试", note="天津东皋膜技术有限公司二期"),
  proj("三期项目", JY, C3, companies=[DG], phase="三期", status="planned", status_text="确保企业三期项目如期开工", aliases=["三期工程"],
       note="扩建四条线，需150亩用地；土地已完成收储"),
 ],
 aggregate_facts=[
  fact("三期项目", "project", "site_area_mu", 150, "mu", C1, "2017年2月（计划）", kind="target", opt=True),
  fact("二期4条生产线", "project", "production_lines", 4, "count", C0, "2017年2月", opt=True),
  fact("宝坻区", "region", "helping_task_forces", 27, "count", "由区领导带队组建27个帮扶工作组", "2017年2月", opt=True),
 ])

# ---------------------------------------------------------------- rv04 北京亦庄 合众思壮 (2019)
G["rv04"] = dict(
 article=art("北京亦庄已成为“翘楚”企业", "5isrw.com（“行业新闻”栏转载；原发媒体与署名未注明，标题为转载站所拟）", "2019-05-08", "day",
  "Relay site reprinting a newspaper feature, Beijing: a national development zone's high-tech firm (satellite-navigation augmentation) and the zone's contribution to city industrial growth",
  "http://5isrw.com/a/xingyexinwen/20190508/512.html",
  "日期取网址 20190508（文中“4月12日”参观，“去年”即2018年，“今年一季度”即2019年一季度）。标题照录（转载站标题，语义不完整）；“您当前所在位置:主页 > 行业新闻 >”已删。存段末段（“在北京,有这样一个区域:…全国第一条12英寸芯片”）在句中中断，该段及其前的小标题“80多家世界500强企业落户”整体删去（只在段落边界截断），正文截至“…这里的“高精尖”有何特点?”，共四段。园区：北京经济技术开发区（又作“北京亦庄”，括注别名）。公司：合众思壮科技有限公司（“位于北京经济技术开发区(北京亦庄)”）。事实：2018年北京亦庄对北京全市工业总产值增长贡献率50.8%（ratio）；2019年一季度四大主导产业“两位数增长”无具体数，不计。",
  "rv04"),
 parks=[
  park(JK, "北京", "北京", "国家级经济技术开发区", "位于北京经济技术开发区(北京亦庄)的合众思壮科技有限公司给出了自己的答案", aliases=["北京亦庄"]),
 ],
 companies=[
  comp("合众思壮科技有限公司", JK, "位于北京经济技术开发区(北京亦庄)的合众思壮科技有限公司给出了自己的答案", aliases=["合众思壮"], note="北斗高精度信息增强服务系统"),
 ],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(JK, "park", "contribution_to_city_industrial_output_growth", 0.508, "ratio", "去年,北京亦庄对北京全市工业总产值增长贡献率达50.8%", "2018年", kind="ratio"),
 ])

# ---------------------------------------------------------------- rv05 北京高端制造业基地 (房山, 2019)
GZ = "北京高端制造业基地"
E0 = "北京高端制造业基地成立以来,已入驻企业31家,实现工业总产值近千亿元,税收累计约55亿元"
E1 = "这片热土还吸引了京西重工减震器、卫国创芯储能高性能固态锂电池产业化等多个在现代交通领域的重大项目,总投资已超百亿元"
E2 = "三年前才入驻基地的自动驾驶企业驭势科技,团队成员已从初创时的10多人发展到300多人,并与520多家车企达成了合作"
G["rv05"] = dict(
 article=art("北京房山:从农业红旗到高端制造的变迁", "报纸特稿（“本报记者 陈强”；报名存段未示），载于 goolook.net", "2019", "year",
  "Newspaper feature on a relay site, Beijing: a suburban district's manufacturing base — firms entered, output and tax to date, a self-driving firm, named transport projects with their combined investment, a district sector target",
  "http://goolook.net/wtzx/redian/106918.html",
  "存段无日期，日期推定为2019年：文中“去年9月,国内首届5G自动驾驶峰会在这里举行”（2018年9月）、“到2020年…争取达到”；存段下一句提到“今年3月…巴塞罗那…世界电信通信展”。标题照录；署名行“本报记者 陈强”保留为首段。存段末段（“高端制造业基地内,…正是“XR”凭借灵巧的身手博”）在句中中断，整段删去（只在段落边界截断），正文截至“…提升产业发展质量”的目标。”，含两行小标题。园区：北京高端制造业基地（房山区窦店，北京；又作“高端制造业基地”“基地”）；“5G自动驾驶示范区”（基地内标牌，可选）。公司：驭势科技（入驻基地）；中国移动（合作方，可选，park null）。项目：京西重工减震器、卫国创芯储能高性能固态锂电池产业化（基地吸引的现代交通领域重大项目，无单项金额、无阶段；合计“总投资已超百亿元”记为事实）；5G全覆盖自动驾驶车辆测试道路（可选）。事实：入驻企业31家（cumulative）；工业总产值近千亿元（约，cumulative）；税收累计约55亿元；房山区现代交通产业产值到2020年约340亿元（target，region）。",
  "rv05"),
 parks=[
  park(GZ, "北京", "北京", "产业基地", E0, district="房山区", note="位于窦店；文中又作“高端制造业基地”“基地”"),
  park("5G自动驾驶示范区", "北京", "北京", "示范区", "窦店环岛东北角,北京高端制造业基地引导牌的正下方,“5G自动驾驶示范区”几个大字十分醒目", district="房山区", parent=GZ, opt=True),
 ],
 companies=[
  comp("驭势科技", GZ, E2, note="自动驾驶企业，三年前入驻基地"),
  comp("中国移动", None, "房山区与中国移动联手,共同建设了我国首条5G全覆盖的自动驾驶车辆测试道路", opt=True),
  comp("京西重工", GZ, E1, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("京西重工减震器", GZ, E1, companies=["京西重工"], note="现代交通领域重大项目；无单项金额"),
  proj("卫国创芯储能高性能固态锂电池产业化", GZ, E1, note="现代交通领域重大项目；无单项金额"),
  proj("5G全覆盖的自动驾驶车辆测试道路", GZ, "房山区与中国移动联手,共同建设了我国首条5G全覆盖的自动驾驶车辆测试道路", companies=["中国移动"], opt=True),
 ],
 aggregate_facts=[
  fact(GZ, "park", "firms", 31, "count", E0, "2019年（成立以来）", kind="cumulative"),
  fact(GZ, "park", "industrial_output_cny", 1e11, "cny", "实现工业总产值近千亿元", "2019年（成立以来）", kind="cumulative", qual="约", qtext="近"),
  fact(GZ, "park", "tax_cny", 5.5e9, "cny", "税收累计约55亿元", "2019年（成立以来）", kind="cumulative", qual="约", qtext="约", chk=True),
  fact(GZ, "park", "transport_projects_investment_cny", 1e10, "cny", "总投资已超百亿元", "2019年", kind="cumulative", qual="超", qtext="超", opt=True),
  fact("房山区", "region", "modern_transport_industry_output_cny", 3.4e10, "cny", "到2020年,房山区现代交通产业产值将争取达到340亿元左右", "2020年（目标）", kind="target", qual="约", qtext="左右", chk=True),
  fact("驭势科技", "company", "employees", 300, "persons", E2, "2019年", qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- rv06 顺义 智能新能源汽车生态产业示范区 (2016)
SY = "北京顺义智能新能源汽车生态产业示范区"
F0 = "一周前,北京首个“智能汽车园”——“北京顺义智能新能源汽车生态产业示范区”在北京顺义区正式揭牌"
F1 = "预计到2025年,将完成年产30万辆新能源汽车,形成千亿级产业规模的智能新能源生态产业示范区"
G["rv06"] = dict(
 article=art("（无标题）顺义：从“京郊粮仓”到“工业强区”（北京顺义智能新能源汽车生态产业示范区揭牌）", "bj.cnipai.com（转载；署名“文|李锐”，原发媒体未注明）", "2016", "year",
  "Relay of a magazine-style district feature, Beijing: a new-energy-vehicle eco-industrial demonstration zone just unveiled with its 2025 targets, a carmaker's headquarters, the district's transition from farming to industry",
  "https://bj.cnipai.com/news/detail/147426.html",
  "存段无标题、无日期（title 为编者概括）。日期推定为2016年：存段末段（已删）称顺义1992年建林河工业开发区，“经过24年建设”。署名行“文|李锐”保留为首段。存段末段（林河工业开发区引进企业名单，在“…有限公司等”处中断）整段删去（只在段落边界截断），正文截至“…上缴税收的73%来源于此。”，含小标题一行，共五段。园区：北京顺义智能新能源汽车生态产业示范区（顺义区，北京；“北京首个‘智能汽车园’”；一周前揭牌）。“临空经济区”只在小标题中作泛称，不列。公司：北汽集团（总部大楼在首都机场T3东北，园区未说，park null）；燕京啤酒、鲲鹏食品（顺义品牌，可选）。“北京醇白酒”为产品，不列。事实：示范区到2025年年产30万辆新能源汽车（target）；“千亿级产业规模”无确数，不计。顺义面积1021平方公里、工业利润85%/税收73%来自三品牌为区级背景，可选。",
  "rv06"),
 parks=[
  park(SY, "北京", "北京", "产业示范区", F0, district="顺义区", note="北京首个“智能汽车园”；揭牌一周"),
 ],
 companies=[
  comp("北汽集团", None, "这里是北汽集团总部办公大楼", note="总部大楼位于首都机场T3航站楼东北；园区未说"),
  comp("燕京啤酒", None, "燕京啤酒、北京醇白酒、鲲鹏食品,几乎涵盖了顺义品牌的全部", opt=True),
  comp("鲲鹏食品", None, "燕京啤酒、北京醇白酒、鲲鹏食品,几乎涵盖了顺义品牌的全部", opt=True),
 ],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(SY, "park", "annual_nev_output_units", 300000, "vehicles", F1, "2025年（目标）", kind="target"),
  fact("顺义区", "region", "area_km2", 1021, "km2", "在顺义1021平方公里的土地上", "2016年", opt=True),
 ])
