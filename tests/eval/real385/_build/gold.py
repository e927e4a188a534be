# real385 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as
# written in the text; 逾/超过/超/以上/不低于 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth rates as
# ratios (425% → 4.25). Projects: the park the text places the project in, null if none (a district, street or town is not a
# park). Status from the text's words (开工仪式 / 集中启动建设 / 进场施工 → 开工; a construction site with work going on → 在建;
# 具备开工条件 → planned). Plans and “预计” figures are kind target; year-to-date and “至今 / 目前” totals are cumulative.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/ntNN.raw as returned.

# ---------------------------------------------------------------- nt01 未来科技城全面开工 (新京报 2012)
WL = "未来科技城"
A1 = "这就是占地10平方公里的北京未来科技城"
A2 = "按照未来科技城一期专项规划,基础设施共建设70个项目,总投资约117亿元"
A3 = "目前首批入驻的15家央企项目已全面开工"
G["nt01"] = dict(
 article=art("未来科技城全面开工", "新京报（记者 邢世伟；“采访:第一分团报道”）, epaper.bjnews.com.cn 数字版 A18 北京新闻·时政", "2012-12-23", "day",
  "City daily's e-paper, Beijing: a science-and-technology new town in 昌平 — land clearance finished, first-phase infrastructure (70 projects, about 11.7 billion yuan, 70% done), the first 15 central-SOE projects all started, completion planned for 2015",
  "http://epaper.bjnews.com.cn/html/2012-12/23/content_399134.htm?div=-1",
  "日期取版面“2012年12月23日 星期日 新京报”（文中“昨日”即2012年12月22日）。标题照录；版面导航、日期行、“分享:”、栏目标签“采访:第一分团报道”“地点:昌平未来科技城”与文末“更多详细新闻请浏览新京报网”已删。正文七段，完整。园区：未来科技城（昌平区，北京；文中又作“北京未来科技城”）。“三城一区一基地”中的北京科技商务区(TBD)、国家工程技术创新基地列为可选园区；沙河大学城、昌平新城为城区，不列。项目：一期市政基础设施（70个项目，总投资约117亿元，已完成工程量70%）作可选在建项目，同时记为规划事实；15家央企项目未点名，只记开工个数（截至目前，cumulative）。",
  "nt01"),
 parks=[
  park(WL, "北京", "北京", "科技城", "昌平的重大科技工程项目——未来科技城征地拆迁已全部完成", district="昌平区", aliases=["北京未来科技城"],
       note="占地10平方公里；计划2015年全面建成"),
  park("北京科技商务区", "北京", "北京", "商务区", "“一区”即北京科技商务区(TBD)", district="昌平区", opt=True, note="“三城一区一基地”之一区"),
  park("国家工程技术创新基地", "北京", "北京", "基地", "“一基地”即国家工程技术创新基地", district="昌平区", opt=True),
 ],
 institutions=[
  inst("昌平区委", "记者从昌平区委获悉", kind="government"),
 ],
 projects=[
  proj("未来科技城一期基础设施", WL, A2, inv="总投资约117亿元", qual="约", qual_text="约", status="在建", status_text="市政基础设施已完成整体工程量的70%",
       phase="一期", opt=True, note="70个基础设施项目的合称（35条市政道路、管廊、水务、变电站等）；名称为编者概括"),
 ],
 aggregate_facts=[
  fact(WL, "park", "area_km2", 10, "km2", A1, "2012年12月"),
  fact(WL, "park", "infrastructure_projects", 70, "count", A2, "一期专项规划", kind="target", note="一期基础设施项目数"),
  fact(WL, "park", "infrastructure_investment_cny", 1.17e10, "cny", A2, "一期专项规划", kind="target", qual="约", qtext="约", chk=True),
  fact(WL, "park", "infrastructure_completion_share", 0.70, "ratio", "市政基础设施已完成整体工程量的70%", "2012年12月", kind="ratio", opt=True),
  fact(WL, "park", "projects_started", 15, "count", A3, "2012年12月", kind="cumulative", note="首批入驻的央企项目，全部开工"),
 ])

# ---------------------------------------------------------------- nt02 怀柔科学城密云地块首个项目开工 (北京青年报 2018)
HR = "怀柔科学城"
MY = "密云经济技术开发区"
B1 = "怀柔科学城规划用地从41.2平方公里调整到100.9平方公里,其中,密云区共有32.5平方公里纳入规划范围"
B2 = "怀柔科学城密云地块的建设用地面积共有7.2平方公里,主要分布在密云经济技术开发区内"
B3 = "目前,怀柔科学城首个落地项目——地球系统数值模拟装置项目完成了前期手续办理,已具备开工条件"
G["nt02"] = dict(
 article=art("怀柔科学城密云地块首个项目开工", "北京青年报（存段无记者署名），载于 bji.top（“选址”栏，编辑 蝶舞）", "2018-01-11", "day",
  "City youth daily relayed by an industrial-location site, Beijing: the 怀柔 science city's 密云 plot and the development zone it lies in — the first project ready to start, the science city's enlarged planning area, the zone's new substation and boiler",
  "http://www.bji.top/html/2018/xz_0111/13080.html",
  "日期取页面“来源:北京青年报 2018-01-11 09:20:14”（文中“1月10日上午”为密云区人代会）。标题照录；栏目导航、编辑来源行与重复首段的“导读”已删。存段末段“此外,密云区积极“”在引号处中断，整段删去（make_txt.py ITEMS 截至上一段），正文四段。园区：怀柔科学城（怀柔区为主，密云地块在密云区）；密云经济技术开发区（密云区；文中又作“密云经济开发区”“开发区”）；“怀柔科学城密云地块”列为可选园区（母园区怀柔科学城）。项目：地球系统数值模拟装置项目——标题说“开工”，正文说“完成了前期手续办理,已具备开工条件”：status 记 planned，status_alt 开工（标题）；园区记怀柔科学城（密云地块，位于密云经开区内）。事实：怀柔科学城规划面积100.9平方公里、密云区纳入32.5平方公里、密云地块建设用地7.2平方公里。开发区内变电站、锅炉为建设计划，不计项目。",
  "nt02"),
 parks=[
  park(HR, "北京", "北京", "科学城", B1, district="怀柔区", note="规划用地调整后跨怀柔、密云"),
  park("怀柔科学城密云地块", "北京", "北京", "科学城片区", B2, district="密云区", parent=HR, opt=True, note="主要分布在密云经济技术开发区内"),
  park(MY, "北京", "北京", "经济技术开发区", B2, district="密云区", aliases=["密云经济开发区"], note="文中又作“开发区”"),
 ],
 institutions=[
  inst("密云经济开发区管委会", "据密云经济开发区管委会副主任王武军介绍", park=MY),
 ],
 projects=[
  proj("地球系统数值模拟装置项目", HR, B3, aliases=["地球系统数值模拟装置"], status="planned", status_text="已具备开工条件", status_alt="开工",
       note="怀柔科学城首个落地项目（密云地块）；标题称“开工”，正文称具备开工条件；“十二五”国家重大科技基础设施项目之一"),
 ],
 aggregate_facts=[
  fact(HR, "park", "planned_area_km2", 100.9, "km2", B1, "2018年1月"),
  fact(HR, "park", "planned_area_in_miyun_km2", 32.5, "km2", B1, "2018年1月", opt=True),
  fact("怀柔科学城密云地块", "park", "construction_land_km2", 7.2, "km2", B2, "2018年1月", opt=True),
 ])

# ---------------------------------------------------------------- nt03 怀柔科学城22个重点项目集中启动 (人民网 2019)
C0 = "今天上午,怀柔科学城16个科学设施平台项目和6个城市服务配套项目,共计22个重点项目集中启动建设"
C1 = "此次集中启动的重点项目22个,总投资约196.9亿元"
C2 = "同时,怀柔科学城还发布了28个2020年计划开工项目,总投资约288.6亿元"
C3 = "此次集中启动的11个中科院“十三五”科教基础设施项目包括:分子材料与器件研究测试平台、泛第三极环境综合探测平台、物质转化过程虚拟研究开发平台等"
C4 = "北京市和中科院、北京大学共建的5个第二批交叉研究平台项目包括:国际子午圈大科学计划总部、分子科学交叉研究平台、介科学与过程仿真交叉研究平台和激光加速创新中心、高能同步辐射光源配套综合实验楼和用户服务楼"
ST3 = "2019年12月28日（集中启动）"
def p3(name, ev, note):
    return proj(name, HR, ev, status="开工", status_text="集中启动建设", note=note)
G["nt03"] = dict(
 article=art("（无标题）怀柔科学城22个重点项目集中启动建设 总投资约196.9亿元", "人民网（董兆瑞），载于 news.sheshi.biz（转载站；URL 日期 2021-03-29 为转载日期）", "2019-12-28", "day",
  "National party-paper portal relayed by an aggregator, Beijing: a science city's joint start of 22 key projects with totals by kind, its 28 projects planned for 2020 with totals, and the named science-platform projects started",
  "http://news.sheshi.biz/20210329/2825948.html",
  "存段无标题、无日期行（title 为编者概括）。日期：电头“人民网北京12月28日电”，年份由文中“‘十三五’时期提前一年全部启动”“28个2020年计划开工项目”定为2019年。存段末段“以泛第三极环境综合探测平台为例,…发展基于大数据的泛第三极绿色发展途径”句未完，整段删去（make_txt.py ITEMS），正文截至“…伍建民介绍。”，含小标题一行，共六段。园区：怀柔科学城（怀柔区，北京）。项目：点名的3个中科院科教基础设施项目与5个交叉研究平台项目，均“集中启动建设”→开工，无单项金额；“介科学与过程仿真交叉研究平台和激光加速创新中心”按5个项目之数拆为两项。事实：22个项目约196.9亿元（其中科学设施平台16个约39.4亿元、城市服务配套6个约157.5亿元）；28个2020年计划开工项目约288.6亿元（target，分项可选）。中科院、北京大学、怀柔科学城管委会为可选机构。",
  "nt03"),
 parks=[
  park(HR, "北京", "北京", "科学城", C0, district="怀柔区", note="综合性国家科学中心集中承载地"),
 ],
 institutions=[
  inst("中科院", C3, kind="research", park=HR),
  inst("北京大学", C4, kind="university"),
  inst("怀柔科学城管委会", "怀柔科学城管委会副主任伍建民介绍", park=HR),
 ],
 projects=[
  p3("分子材料与器件研究测试平台", C3, "中科院“十三五”科教基础设施项目"),
  p3("泛第三极环境综合探测平台", C3, "中科院“十三五”科教基础设施项目"),
  p3("物质转化过程虚拟研究开发平台", C3, "中科院“十三五”科教基础设施项目"),
  p3("国际子午圈大科学计划总部", C4, "第二批交叉研究平台项目"),
  p3("分子科学交叉研究平台", C4, "第二批交叉研究平台项目"),
  p3("介科学与过程仿真交叉研究平台", C4, "第二批交叉研究平台项目"),
  p3("激光加速创新中心", C4, "第二批交叉研究平台项目"),
  p3("高能同步辐射光源配套综合实验楼和用户服务楼", C4, "第二批交叉研究平台项目"),
 ],
 aggregate_facts=[
  fact(HR, "park", "projects_started", 22, "count", C1, ST3),
  fact(HR, "park", "projects_started_investment_cny", 1.969e10, "cny", C1, ST3, qual="约", qtext="约", chk=True),
  fact(HR, "park", "science_platform_projects_started", 16, "count", C0, ST3, opt=True),
  fact(HR, "park", "science_platform_investment_cny", 3.94e9, "cny", "科学设施平台项目16个,投资约39.4亿元", ST3, qual="约", qtext="约", opt=True, chk=True),
  fact(HR, "park", "city_service_projects_started", 6, "count", C0, ST3, opt=True),
  fact(HR, "park", "city_service_investment_cny", 1.575e10, "cny", "城市服务配套项目6个,投资约157.5亿元", ST3, qual="约", qtext="约", opt=True, chk=True),
  fact(HR, "park", "projects_planned", 28, "count", C2, "2020年（计划）", kind="target"),
  fact(HR, "park", "projects_planned_investment_cny", 2.886e10, "cny", C2, "2020年（计划）", kind="target", qual="约", qtext="约", chk=True),
  fact(HR, "park", "science_platforms_started", 26, "count", "布局怀柔科学城的26个科学设施平台在“十三五”时期提前一年全部启动", "2019年12月", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- nt04 大兴国际机场临空经济区 (央视网 via 中新网 2020)
LK = "北京大兴国际机场临空经济区"
ZB = "北京大兴国际机场综合保税区"
D1 = "目前,北京市大兴区已在综保区储备项目21家,其中已正式签约项目18家,预计实现总投资额390亿元,年进出口额约222亿美元的经济收益"
AS4 = "2020年1月"
G["nt04"] = dict(
 article=art("北京大兴国际机场临空经济区将全面建设 出台自贸区首批制度创新清单", "央视网（“央视网消息”），载于中国新闻网 chinanews.com（编辑 郭泽华）", "2020-01-08", "day",
  "Central TV's web desk carried by a national news agency site, Beijing: an airport economic zone entering full construction — the district's plan for the zone, its free-trade and bonded areas, the bonded zone's size, reserved and signed projects with expected investment and trade",
  "https://www.chinanews.com/gn/2020/01-08/9054262.shtml",
  "日期取页面“2020年01月08日 16:01 来源:央视网”。标题照录（页面重复一次）；“字号:”、日期来源行、编辑行与网站页脚已删。正文四段，完整。园区：北京大兴国际机场临空经济区（大兴区，北京；文中又作“临空经济区”“临空区”）；北京大兴国际机场综合保税区（文中又作“综保区”；位于机场货运区东北，母园区由“临空区、自贸区、综保区‘三区’”推定为临空经济区，注明）。“自贸区”未写全名，不列。事实：综保区总规模约4.35平方公里；储备项目21家、已正式签约18家（截至目前，cumulative）；“预计实现总投资额390亿元”“年进出口额约222亿美元”（target）。机场航班、旅客、货邮预计数属机场，不计园区事实。大兴区为区，不是园区。",
  "nt04"),
 parks=[
  park(LK, "北京", "北京", "临空经济区", "2020年,北京大兴国际机场临空经济区将进入全面建设阶段", district="大兴区", note="文中又作“临空经济区”“临空区”"),
  park(ZB, "北京", "北京", "综合保税区", "据了解,北京大兴国际机场综合保税区选址位于北京大兴国际机场货运区东北方向", district="大兴区", parent=LK,
       aliases=["综保区"], note="母园区推定（“三区”建设）"),
 ],
 aggregate_facts=[
  fact(ZB, "park", "area_km2", 4.35, "km2", "总规模约4.35平方公里", AS4, qual="约", qtext="约"),
  fact(ZB, "park", "projects_reserved", 21, "count", D1, AS4, kind="cumulative", note="储备项目（家）"),
  fact(ZB, "park", "projects_signed", 18, "count", D1, AS4, kind="cumulative", note="已正式签约项目（家）"),
  fact(ZB, "park", "expected_investment_cny", 3.9e10, "cny", "预计实现总投资额390亿元", AS4 + "（预计）", kind="target", chk=True, note="18家签约项目"),
  fact(ZB, "park", "expected_annual_trade_usd", 2.22e10, "usd", "年进出口额约222亿美元", AS4 + "（预计）", kind="target", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- nt05 大兴生物医药产业基地 “中国药谷” 扩区 (xunjk 2021)
DX = "北京大兴生物医药产业基地"
E0 = "北京大兴生物医药产业基地有“中国药谷”之称,建立于2006年,至今已入驻4000余家企业、机构"
E1 = "2021年一季度基地66家规上企业完成工业产值218亿元,同比增长425%"
E2 = "今年1-4月份,基地完成规上工业产值351.7亿元,同比增长超过5倍完成税收30.8亿元,同比增长超过4倍"
E3 = "聚焦两区建设,新注册项目200个,新签约项目38个"
Q1 = "2021年一季度"
M4 = "2021年1-4月"
G["nt05"] = dict(
 article=art("“中国药谷”加快“扩区”速度,提升项目引进空间", "xunjk.com（资讯聚合站“资讯”栏；原发媒体与署名存段未示）", "2021-05-12", "day",
  "Aggregator relaying a local item, Beijing: a biomedicine park (中关村 sub-park) expanding by 9.1 km² — firms settled, area, first-quarter and January–April output, tax and fiscal figures with growth, new registered and signed projects",
  "http://www.xunjk.com/xinwen/rongzi/2021/0512/148856.html",
  "日期取网址 2021/0512（文中“今天”）。标题照录；导航“首页 新闻 > 资讯 > 正文”已删；存段末行小标题“增强产业聚集加快推进“两区”建设”其后无文，删去（make_txt.py ITEMS）。正文含小标题一行，共七段。文中“年来,”（当为“近年来”）、“13.4方公里”“项目建设水,”均照录。园区：北京大兴生物医药产业基地（大兴区，北京；文中又作“大兴生物医药产业基地”“中关村国家自主创新示范区大兴生物医药产业基地”“生物医药基地”“医药基地”“基地”，别称“中国药谷”）；母园区中关村国家自主创新示范区（可选）。无具名企业。事实：入驻4000余家企业、机构（cumulative，余）；规划面积13.4平方公里、扩区9.1平方公里（可选）；2021年一季度规上工业产值218亿元（+425%）、税收9.9亿元（+114%）、财政收入2.35亿元（+122%）；1-4月规上工业产值351.7亿元、税收30.8亿元（cumulative；“增长超过5倍/4倍”记 ratio 5.0 / 4.0 超，可选）；今年以来新注册项目200个、新签约项目38个（cumulative）。",
  "nt05"),
 parks=[
  park(DX, "北京", "北京", "生物医药产业基地", E0, district="大兴区", parent="中关村国家自主创新示范区",
       aliases=["大兴生物医药产业基地", "中国药谷", "医药基地", "生物医药基地", "中关村国家自主创新示范区大兴生物医药产业基地"],
       note="中关村国家自主创新示范区大兴生物医药产业基地"),
  park("中关村国家自主创新示范区", "北京", "北京", "国家自主创新示范区", "中关村国家自主创新示范区大兴生物医药产业基地,规划面积13.4方公里", opt=True,
       note="只在基地全称中"),
 ],
 aggregate_facts=[
  fact(DX, "park", "firms_and_institutions", 4000, "count", E0, "2021年5月", kind="cumulative", qual="余", qtext="余"),
  fact(DX, "park", "planned_area_km2", 13.4, "km2", "规划面积13.4方公里", "2021年5月"),
  fact(DX, "park", "expansion_area_km2", 9.1, "km2", "在现有13.4方公里的基础上再扩9.1方公里", "2021年5月（扩区）", kind="target", opt=True),
  fact(DX, "park", "above_scale_firms", 66, "count", E1, Q1, opt=True),
  fact(DX, "park", "industrial_output_cny", 2.18e10, "cny", E1, Q1, chk=True, note="66家规上企业"),
  fact(DX, "park", "industrial_output_yoy_growth", 4.25, "ratio", E1, Q1, kind="ratio"),
  fact(DX, "park", "tax_cny", 9.9e8, "cny", "税收9.9亿元,同比增长114%", Q1, chk=True),
  fact(DX, "park", "tax_yoy_growth", 1.14, "ratio", "税收9.9亿元,同比增长114%", Q1, kind="ratio", opt=True),
  fact(DX, "park", "fiscal_revenue_cny", 2.35e8, "cny", "财政收入2.35亿元,同比增长122%", Q1, chk=True),
  fact(DX, "park", "fiscal_revenue_yoy_growth", 1.22, "ratio", "财政收入2.35亿元,同比增长122%", Q1, kind="ratio", opt=True),
  fact(DX, "park", "industrial_output_cny", 3.517e10, "cny", E2, M4, kind="cumulative", chk=True, note="规上工业产值"),
  fact(DX, "park", "industrial_output_yoy_growth", 5.0, "ratio", E2, M4, kind="ratio", qual="超", qtext="超过", opt=True, note="“同比增长超过5倍”"),
  fact(DX, "park", "tax_cny", 3.08e9, "cny", "完成税收30.8亿元,同比增长超过4倍", M4, kind="cumulative", chk=True),
  fact(DX, "park", "tax_yoy_growth", 4.0, "ratio", "完成税收30.8亿元,同比增长超过4倍", M4, kind="ratio", qual="超", qtext="超过", opt=True),
  fact(DX, "park", "projects_registered", 200, "count", E3, "2021年1月至5月", kind="cumulative"),
  fact(DX, "park", "projects_signed", 38, "count", E3, "2021年1月至5月", kind="cumulative"),
 ])

# ---------------------------------------------------------------- nt06 怀柔科学城产业转化示范区 (北京日报 2022)
ZH = "怀柔科学城产业转化示范区"
F0 = "目前,已有启元实验室、北京海创微芯科技有限公司、中国科学院半导体研究所等84家重点企业、机构达成入驻意向"
F1 = "怀柔科学城产业转化示范区项目位于怀柔城区北部,紧邻怀柔科学城,为原福田一工厂推进城市更新实现产业转型项目"
F2 = "在完成开工手续办理基础上,A栋工程正在进行主体结构施工"
G["nt06"] = dict(
 article=art("怀柔科学城产业转化示范区建设稳步推进", "北京日报（实习记者 张佳琪 通讯员 王明月），载于新华网北京频道 bj.news.cn（责任编辑 毕尚宏）", "2022-12-08", "day",
  "City daily on a national news-agency portal's Beijing channel, Beijing: an industrial-conversion park beside the 怀柔 science city — 84 firms and institutions intending to settle (three named), the start-up area's buildings and their construction stages",
  "http://bj.news.cn/2022-12/08/c_1129191076.htm",
  "日期取页面“2022-12-08 08:54:07 来源: 北京日报”。标题照录；原标题行“(原标题:怀柔科学城产业转化示范区建设稳步推进 84家企业机构已达成入驻意向)”记入 title_note 并删去；日期行、“图集”、图注“怀柔科学城产业转化示范区科研办公楼。”、纠错与相关新闻已删。正文四段，完整（署名在末段括号内，保留）。园区：怀柔科学城产业转化示范区（怀柔区，北京；文中又作“园区”；“紧邻怀柔科学城”，不在其内，parent 不填）；怀柔科学城只作方位参照，可选。项目：怀柔科学城产业转化示范区项目（园区开发项目，起步区各栋施工中→在建，无金额）。公司：北京海创微芯科技有限公司（达成入驻意向，园区记示范区）；启元实验室、中国科学院半导体研究所为科研机构（可选）。事实：84家重点企业、机构达成入驻意向（cumulative）；起步区总建筑面积约35.2万平方米（可选）。",
  "nt06", title_note="原标题:怀柔科学城产业转化示范区建设稳步推进 84家企业机构已达成入驻意向"),
 parks=[
  park(ZH, "北京", "北京", "产业转化示范区", F1, district="怀柔区", note="原福田一工厂城市更新；文中又作“园区”"),
  park(HR, "北京", "北京", "科学城", F1, district="怀柔区", opt=True, note="只作方位参照（紧邻）"),
 ],
 companies=[
  comp("北京海创微芯科技有限公司", ZH, F0, note="达成入驻意向"),
 ],
 institutions=[
  inst("启元实验室", F0, kind="research", park=ZH, note="达成入驻意向"),
  inst("中国科学院半导体研究所", F0, kind="research", park=ZH, note="达成入驻意向"),
 ],
 projects=[
  proj("怀柔科学城产业转化示范区项目", ZH, F1, status="在建", status_text="正在进行主体结构施工",
       note="起步区：C栋11月封顶，A栋主体结构施工，B栋幕墙施工，D栋土方开挖；无金额"),
 ],
 aggregate_facts=[
  fact(ZH, "park", "firms_intending_to_settle", 84, "count", F0, "2022年12月", kind="cumulative", note="重点企业、机构达成入驻意向"),
  fact(ZH, "park", "startup_area_floor_area_m2", 3.52e5, "m2", "总建筑面积约35.2万平方米", "2022年12月", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- nt07 房山区一投资6亿元重大项目顺利开工 (北京青年报 2023)
FS = "中关村房山园"
H0 = "北京燕和盛投资管理有限公司举行北京石化新材料科技产业基地标准化厂房及配套用房建设项目开工仪式"
H1 = "标准化厂房项目位于中关村房山园新材料基地核心区东区,总建筑面积78042.92平方米,总投资约6亿元"
H2 = "在房山城关街道国际葡萄酒小镇一期项目施工现场,塔吊林立,工人们分布在各个岗位上紧张而有序地忙碌着"
G["nt07"] = dict(
 article=art("房山区一投资6亿元重大项目顺利开工", "北京青年报（记者 叶婉），载于 graphene.tv（石墨烯行业站转载）", "2023-02-22", "day",
  "City youth daily relayed by an industry site, Beijing: groundbreaking of standard factory buildings in a 中关村 sub-park's new-materials base (about 600 million yuan), plus a wine-town project under construction in a town street",
  "http://graphene.tv/2023022286518",
  "日期取网址 2023022286518（转载日 2023-02-22；文中“2月18日上午”为开工日，年份由网址定）。标题照录；标题下重复正文的导语段已删。存段末句“截至目前,项目地下结构已完工,实现主”中断，已删（make_txt.py LINE_SUFFIX），正文截至“…约0.84万平方米。”，共四段。园区：中关村房山园（房山区，北京）；“中关村房山园新材料基地”与项目名中的“北京石化新材料科技产业基地”列为可选园区。项目：北京石化新材料科技产业基地标准化厂房及配套用房建设项目（文中又作“标准化厂房项目”）——开工仪式→开工，总投资约6亿元，园区记中关村房山园（新材料基地核心区东区）；国际葡萄酒小镇一期项目——房山城关街道，施工现场→在建，园区 null（街道不是园区）。公司：北京燕和盛投资管理有限公司（建设方，园区中关村房山园）。",
  "nt07"),
 parks=[
  park(FS, "北京", "北京", "科技园", H1, district="房山区", note="中关村示范区分园"),
  park("中关村房山园新材料基地", "北京", "北京", "产业基地", H1, district="房山区", parent=FS, opt=True, note="“新材料基地核心区东区”"),
  park("北京石化新材料科技产业基地", "北京", "北京", "产业基地", H0, district="房山区", opt=True, note="只在项目名中"),
 ],
 companies=[
  comp("北京燕和盛投资管理有限公司", FS, H0, note="项目建设方"),
 ],
 projects=[
  proj("北京石化新材料科技产业基地标准化厂房及配套用房建设项目", FS, H1, companies=["北京燕和盛投资管理有限公司"], inv="总投资约6亿元",
       qual="约", qual_text="约", status="开工", status_text="开工仪式", aliases=["标准化厂房项目"],
       note="位于中关村房山园新材料基地核心区东区；2023年2月18日开工"),
  proj("国际葡萄酒小镇一期项目", None, H2, phase="一期", status="在建", status_text="施工现场,塔吊林立", note="房山城关街道八十亩地村；地下结构已完工"),
 ],
 aggregate_facts=[
  fact("北京石化新材料科技产业基地标准化厂房及配套用房建设项目", "project", "floor_area_m2", 78042.92, "m2", H1, "2023年2月（开工）", opt=True),
 ])

# ---------------------------------------------------------------- nt08 小米智能制造产业基地项目二期 (IT之家 via 4w4.net 2024)
JK = "北京经济技术开发区"
MJ = "马驹桥智造基地"
XM = "小米智能制造产业基地项目二期"
K0 = "小米智能制造产业基地项目二期位于亦庄新城马驹桥智造基地,7 月 26 日,该项目在土地成交 24 小时内进场施工"
K1 = "亦庄新城 YZ00-0606 街区 0106 地块工业项目以约 8.42 亿元成交,竞得方为小米通讯科技旗下的小米景曦科技有限公司"
K2 = "该工业用地计划用于建设新能源智能网联汽车整车与零部件制造项目,固定资产投资不低于 26 亿元,达产年产值不低于 160 亿元"
G["nt08"] = dict(
 article=art("小米 8.42 亿元北京拿地确认为智能制造产业基地项目二期", "IT之家（“IT之家注意到”；存段无署名），载于 4w4.net", "2024-08-01", "day",
  "Tech news site relayed by an aggregator, Beijing: a carmaker's second-phase manufacturing project in a base of the 亦庄 new town — land bought and work started within 24 hours, the plot's price, planned fixed investment and output",
  "https://4w4.net/top/2024/126003.html",
  "日期：文首“8 月 1 日消息”，年份取网址 /2024/。标题照录（页面重复一次）；“日期: 人气:”“商城:”与评论区已删。正文四段，完整；数字与单位间的空格照录。园区：北京经济技术开发区（文中只在“北京经济技术开发区管理委员会”“北京经济技术开发区工委书记”中；亦庄新城由其统一规划建设）；马驹桥智造基地（母园区推定为北京经济技术开发区）；亦庄新城列为可选园区（新城）。项目：小米智能制造产业基地项目二期——“进场施工”“拿地即开工”→开工；挂牌文件所载“新能源智能网联汽车整车与零部件制造项目”即此地块用途，作别名；“固定资产投资不低于 26 亿元”→超（qualifier_text 不低于）；达产年产值不低于160亿元为 target 事实。公司：小米景曦科技有限公司（竞得方，园区记马驹桥智造基地）；小米通讯科技（母公司，可选，无园区）。8.42亿元为土地成交价，不是投资额，记为可选事实。北京市规自委、北京经济技术开发区管理委员会为可选机构。",
  "nt08"),
 parks=[
  park(JK, "北京", "北京", "经济技术开发区", "据北京经济技术开发区管理委员会消息", aliases=[], note="国家级；文中只在管委会、工委名中"),
  park(MJ, "北京", "北京", "产业基地", K0, parent=JK, note="位于亦庄新城；母园区推定"),
  park("亦庄新城", "北京", "北京", "新城", K0, parent=JK, opt=True, note="新城规划区"),
 ],
 companies=[
  comp("小米景曦科技有限公司", MJ, K1, note="地块竞得方，小米通讯科技旗下"),
  comp("小米通讯科技", None, K1, opt=True, note="母公司，名称不全"),
 ],
 institutions=[
  inst("北京经济技术开发区管理委员会", "据北京经济技术开发区管理委员会消息", park=JK),
  inst("北京市规自委", "据北京市规自委官网 7 月 25 日披露"),
 ],
 projects=[
  proj(XM, MJ, K2, companies=["小米景曦科技有限公司"], inv="固定资产投资不低于 26 亿元", qual="超", qual_text="不低于", phase="二期",
       status="开工", status_text="进场施工", aliases=["新能源智能网联汽车整车与零部件制造项目"],
       note="2024年7月26日土地成交24小时内进场施工（“拿地即开工”）；投资额为挂牌文件所载下限", status_evidence=K0),
 ],
 aggregate_facts=[
  fact(XM, "project", "expected_annual_output_cny", 1.6e10, "cny", "达产年产值不低于 160 亿元", "达产后（计划）", kind="target", qual="超", qtext="不低于", chk=True),
  fact("小米景曦科技有限公司", "company", "land_price_cny", 8.42e8, "cny", K1, "2024年7月25日（土地成交）", qual="约", qtext="约", opt=True, chk=True),
 ])
