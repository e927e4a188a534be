# real400 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Angle: 氢能产业园 / 储能产业园 (parks, projects with sums and status, firms, output targets). Conventions as real52:
# evidence verbatim (all eight items simplified script as published); names as written; 以上/突破/超/不低于 → 超, 多/余 → 余,
# 约/近 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence;
# chk=True asserts it). Status from the text's words: 奠基 / 开工奠基 → 开工; 签约 → 签约; 施工 / 装修 under way → 在建;
# “启动” alone (mi03) → no status. Targets (“到2025年”, “到2030年”, “预计”, “投产后”) are kind target. Sources are
# `search` (corpus pages) excerpts typed into _raw/pages/miNN.raw as returned.

# ---------------------------------------------------------------- mi01 中航绿色电源科技园 奠基 (金坛 2016)
JT = "金坛经济开发区"
ZH = "中航绿色电源科技园"
A0 = "1月8日,中航绿色电源科技园暨中航锂离子动力电池项目,在金坛经济开发区奠基"
A1 = "该项目总投资预计125亿元,分3期建设"
A2 = "一期投资30亿元,将于今年11月前建成投产,形成25亿瓦时锂离子电池年产能力"
A3 = "整体规划目标预计明年全部完成,届时,将形成120亿瓦时锂离子动力电池年产能力和200亿元以上销售规模"
A4 = "去年8月18日,江苏省政府与中国航空工业集团公司签订战略合作框架协议,其中决定在金坛合作共建3平方公里中航绿色电源科技园"
G["mi01"] = dict(
 article=art("（无标题）中航绿色电源科技园暨中航锂离子动力电池项目在金坛经济开发区奠基", "www9599116.com 所存页面（路径 gxj/html/jxw/2016/，原发媒体与署名未注明）", "2016-01-12", "day",
  "Local economic-information page, Jiangsu: groundbreaking of a battery (lithium / green power, incl. power storage) science park and its first project in a county-level economic development zone — total and phase investment, capacity and sales targets, provincial-enterprise framework agreement, park area",
  "https://www9599116.com/gxj/html/jxw/2016/CJOLOPAM_0112/18154.html",
  "日期取网址 2016/CJOLOPAM_0112（奠基在1月8日）；存段无标题、无日期行（title 为编者概括）。正文三段，末尾单独的“|”为页面残符，未收。园区：金坛经济开发区（常州市金坛区，江苏；文中城市未写，city 由地名补）；中航绿色电源科技园（3平方公里，在金坛经济开发区奠基，parent 记金坛经济开发区）。项目：中航绿色电源科技园暨中航锂离子动力电池项目——奠基→开工；“总投资预计125亿元”（“预计”不是约/超，qualifier null）；一期投资30亿元、今年11月前建成投产（可选，phase 一期）。“二期45亿瓦时项目”只有产能，不列。事实：产能与销售规模为整体规划目标（target）；“200亿元以上”→超。中国航空工业集团公司为合作方（公司，park null），江苏省政府为可选机构。角度：锂离子动力电池园，文中点到“电力储能”应用。",
  "mi01"),
 parks=[
  park(JT, "常州", "江苏", "经济开发区", A0, district="金坛区"),
  park(ZH, "常州", "江苏", "科技园", A4, district="金坛区", parent=JT, note="3平方公里；文中又作“该园”；在金坛经济开发区奠基"),
 ],
 companies=[
  comp("中国航空工业集团公司", None, A4, note="与江苏省政府签约合作共建科技园；项目名中的“中航”"),
 ],
 institutions=[
  inst("江苏省政府", A4, note="战略合作框架协议一方"),
 ],
 projects=[
  proj("中航绿色电源科技园暨中航锂离子动力电池项目", JT, A1, companies=["中国航空工业集团公司"], inv="总投资预计125亿元",
       status="开工", status_text="奠基", aliases=["中航锂离子动力电池项目"], note="奠基见首句；“预计”不是约/超；分3期建设"),
  proj("中航锂离子动力电池项目一期", JT, A2, inv="一期投资30亿元", phase="一期", opt=True, note="今年（2016年）11月前建成投产（计划）；名称为编者据“一期”所补"),
 ],
 aggregate_facts=[
  fact("中航锂离子动力电池项目", "project", "planned_capacity_phase1_wh", 2.5e9, "Wh", A2, "2016年11月前（计划）", kind="target", opt=True, note="25亿瓦时"),
  fact("中航锂离子动力电池项目", "project", "planned_capacity_wh", 1.2e10, "Wh", A3, "2017年（计划）", kind="target", note="120亿瓦时"),
  fact("中航锂离子动力电池项目", "project", "expected_annual_sales_cny", 2e10, "cny", A3, "2017年（计划）", kind="target", qual="超", qtext="以上", chk=True),
  fact(ZH, "park", "area_km2", 3.0, "km2", A4, "2015年8月（规划）"),
 ])

# ---------------------------------------------------------------- mi02 高明 中国氢城 (羊城晚报 2019)
B0 = "高明氢能源产业发展驶上“快车道”,目前集聚了中车四方、泰极动力等数十家涉及氢能源产业的相关企业"
B1 = "《佛山市高明区氢能源产业发展规划》提出,到2030年,高明区氢能源产业引育氢能及燃料电池龙头企业20家,产值达到320亿元,占新兴产业总产值的35%"
B2 = "到今年年底,佛山市投入运营氢燃料电池公交车将达1000辆"
G["mi02"] = dict(
 article=art("高明力争2030年 建成“中国氢城”", "羊城晚报（电子版 A03G 版，栏目 要闻·焦点；无署名）", "2019-11-30", "day",
  "Provincial evening paper's e-paper brief, Guangdong: a district's hydrogen industry — named firms gathered, the district plan's 2030 targets (leading firms, output, share), the city's fuel-cell bus target",
  "http://ep.ycwb.com/epaper/ycwb/html/2019-11/30/content_108_212789.htm",
  "日期取页面“来源:羊城晚报 2019年11月30日 版次:A03G”。标题照录；栏目字“即时新闻”与来源行已删。正文两段，完整。无园区名：高明区是区（region），“氢能源产业发展先行示范区”为建设愿景，不列园区。公司：中车四方、泰极动力（园区 null，位于高明区）。事实：《佛山市高明区氢能源产业发展规划》2030年目标——龙头企业20家、产值320亿元、占新兴产业总产值35%（target，subject 高明区 region）；佛山市年底氢燃料电池公交车1000辆（target，可选）。",
  "mi02"),
 parks=[],
 companies=[
  comp("中车四方", None, B0, note="高明区氢能源企业；园区未说"),
  comp("泰极动力", None, B0, note="同上"),
 ],
 projects=[],
 aggregate_facts=[
  fact("高明区", "region", "leading_firms_target", 20, "count", B1, "2030年（规划目标）", kind="target"),
  fact("高明区", "region", "hydrogen_industry_output_cny", 3.2e10, "cny", "产值达到320亿元,占新兴产业总产值的35%", "2030年（规划目标）", kind="target", chk=True),
  fact("高明区", "region", "hydrogen_output_share_of_emerging", 0.35, "ratio", B1, "2030年（规划目标）", kind="target", opt=True),
  fact("佛山市", "region", "fuel_cell_buses_in_operation", 1000, "count", B2, "2019年末（预计）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- mi03 仙湖氢谷十大项目启动 (南海 2020)
XH = "仙湖氢谷"
C0 = "5月19 日,广东省佛山市南海区召开推动制造业高质量发展大会,在分会场,仙湖氢谷十大项目启动,总投资达120亿元"
C1 = "佛山仙湖实验室于2019年年底成立,是经佛山市人民政府批准建设的佛山市属事业单位,同时是先进能源科学与技术广东省实验室佛山分中心,首期将投资15亿元"
C2 = "南海区投入7.4亿元新购置386辆氢能公交车,开通40条氢能公交线路运行"
C3 = "南海区计划投资24亿元在丹灶镇启动研究轨道交通项目,使丹灶进入轨道交通时代"
C4 = "2019年,南海区与联合国开发计划署(UNDP)合作推动氢能学院项目,项目计划总投资约18亿元"
C5 = "项目计划总投资21.6亿元,其中一期项目现在启动装修,预计7月竣工;二期项目预计2020年年底启动"
C6 = "广东探索汽车有限公司由重塑集团投资成立"
C7 = "项目争取在2021年9月前完成建设并启动招生"
G["mi03"] = dict(
 article=art("（无标题）佛山南海仙湖氢谷十大项目启动 总投资120亿元", "新能源100网（m.xinnengyuan100.com；原发媒体与署名存段未示）", "2020-05", "month",
  "Energy-trade site, Guangdong: a district's manufacturing conference launches ten projects of a hydrogen valley — six listed with investment, phase, schedule and firms (lab, hydrogen buses, rail study, hydrogen college, school, a fuel-cell vehicle plant)",
  "https://m.xinnengyuan100.com/article/99735.html",
  "存段无标题、无日期行（title 为编者概括）。年份由文中推定：实验室“2019年年底成立”“预计在2020年10月完成”、探索项目“二期项目预计2020年年底启动”→ 大会为2020年5月19日（published 记 2020-05，精度 month）。“5月19 日”中的空格照录。存段末行小标题“●氢能国际会议展览中心项目”后无正文，已删（十大项目只存六项半）。园区：仙湖氢谷（佛山市南海区，广东；氢能产业集聚区，kind 记“氢谷”）。十大项目都称“仙湖氢谷十大项目”，park 记仙湖氢谷（文中如此归属；其中公交、轨道交通、学校为区级项目，可选）。状态：“启动”不能确定为开工，status null，status_text 记“启动”；探索项目“一期项目现在启动装修,预计7月竣工”→ 在建。投资：仙湖实验室“首期将投资15亿元”（phase 首期）；公交 7.4亿元（已投入）；轨道交通“计划投资24亿元”；氢能学院“总投资约18亿元”（约）；探索项目 21.6亿元；南海中学实验学校无金额。公司：广东探索汽车有限公司（园区 仙湖氢谷）、重塑集团（投资方，可选，park null）。机构：佛山仙湖实验室（research）、先进能源科学与技术广东省实验室、联合国开发计划署、广东理工职业学院（可选）。事实：十大项目总投资120亿元；南海氢能车辆826辆（可选）。",
  "mi03"),
 parks=[
  park(XH, "佛山", "广东", "氢谷", C0, district="南海区", note="氢能产业集聚区；文中不说级别"),
 ],
 companies=[
  comp("广东探索汽车有限公司", XH, C6, note="广东探索氢燃料电池及汽车生产项目业主"),
  comp("重塑集团", None, C6, opt=True, note="广东探索汽车的投资方"),
 ],
 institutions=[
  inst("佛山仙湖实验室", C1, kind="research", park=XH, opt=False, note="项目主体；佛山市属事业单位"),
  inst("先进能源科学与技术广东省实验室", C1, kind="research", note="仙湖实验室为其佛山分中心"),
  inst("联合国开发计划署", C4, kind="international", note="氢能学院项目合作方"),
  inst("广东理工职业学院", "启动期成立广东理工职业学院南海校区氢能学院,计划于2021年9月投入使用", kind="university"),
 ],
 projects=[
  proj("佛山仙湖实验室项目", XH, C1, inv="首期将投资15亿元", phase="首期", status_text="启动", note="十大项目之一；预计2020年10月主体完成、2021年8月基础设施整体完工"),
  proj("南海386辆氢能公交投运项目", XH, C2, inv="投入7.4亿元", status_text="启动", opt=True, note="区级应用项目，列在仙湖氢谷十大项目中"),
  proj("轨道交通项目", XH, C3, inv="计划投资24亿元", status_text="启动研究", opt=True, note="小标题作“启动研究轨道交通项目”；丹灶镇；区级"),
  proj("氢能学院项目", XH, C4, inv="总投资约18亿元", qual="约", qual_text="约", status_text="启动", note="与联合国开发计划署合作；启动期计划2021年9月投入使用"),
  proj("南海中学实验学校项目", XH, C7, status_text="启动", opt=True, note="无金额；区直公办学校"),
  proj("广东探索氢燃料电池及汽车生产项目", XH, C5, companies=["广东探索汽车有限公司"], inv="项目计划总投资21.6亿元", status="在建", status_text="一期项目现在启动装修,预计7月竣工",
       note="一期装修中、预计2020年7月竣工；二期预计2020年年底启动"),
 ],
 aggregate_facts=[
  fact(XH, "park", "projects_launched", 10, "count", C0, "2020年5月19日"),
  fact(XH, "park", "projects_launched_investment_cny", 1.2e10, "cny", "仙湖氢谷十大项目启动,总投资达120亿元", "2020年5月19日", chk=True),
  fact("南海区", "region", "hydrogen_vehicles", 826, "count", "投运后,南海已有826辆氢能车辆", "2020年5月", opt=True),
 ])

# ---------------------------------------------------------------- mi04 马尾三大产业园 储能 (福州晚报 2023)
XN = "福州开发区新能源产业园"
FMT = "飞毛腿电池工业园"
SD = "时代星云智慧储能产业园"
D0 = "福州开发区新能源产业园6栋厂房拔地而起,6个月后交付使用;飞毛腿电池工业园四期完成桩基施工,将新引进25条中小型动力电池生产线;时代星云智慧储能产业园转入桩基施工,加速布局全场景储能解决方案开发"
D1 = "福州开发区新能源产业园,位于马尾区石狮路东侧、马江路北侧,占地面积60495平方米,总建筑面积近15万平方米,主要建设6栋高层生产用房、1栋高层配套公寓等"
D2 = "“剩余5栋厂房正在主体结构施工,预计5月中旬全面封顶。1栋20层公寓已建至4层,接下来内部装修和主体建设将同时进行,最大限度压缩工期。”项目施工方中建海峡建设发展有限公司项目经理林丹说"
G["mi04"] = dict(
 article=art("马尾三大产业园建设快马加鞭,龙头企业竞逐新赛道 千亿级新能源储能产业集群崛起", "福州晚报（记者 赵莹 马丽清 通讯员 黄敏 记者 林双伟），A03版；经 web.shengxi.vip 代理的 mag.fznews.com.cn 电子版", "2023-03-09", "day",
  "City evening paper's e-paper feature, Fujian: a district's three battery / energy-storage parks under construction — a new-energy park's buildings, area and schedule, a battery park's phase 4, an energy-storage park's piling, the contractor",
  "http://web.shengxi.vip/u/?a=mag.fznews.com.cn%2Ffzwb%2F2023%2F20230309%2F20230309_A03%2F20230309_A03_1.htm",
  "日期取页面“2023.03.09”与期次“第15142期 A03版”。原址为 mag.fznews.com.cn/fzwb/2023/20230309/20230309_A03/20230309_A03_1.htm，搜索返回的是代理地址（照录）。标题：引题“马尾三大产业园建设快马加鞭,龙头企业竞逐新赛道”与主题“千亿级新能源储能产业集群崛起”以空格相连。页面导航、上下篇、署名行、日期行、重复的主题行和图片说明“飞毛腿电池工业园四期施工现场。”已删。存段末段“产业园是马尾区龙头企业的定制厂房,…施工方就”在句中中断，整段删去；正文截至林丹引语，含小标题一行，共五段。园区：福州开发区新能源产业园、飞毛腿电池工业园、时代星云智慧储能产业园（均在福州市马尾区，福建；“三大产业园”）。项目：三园本身的在建工程——新能源产业园6栋厂房（主体施工，6个月后交付）→在建；飞毛腿电池工业园四期（完成桩基施工）→在建；时代星云智慧储能产业园（转入桩基施工）→在建。无金额。公司：中建海峡建设发展有限公司（施工方）；飞毛腿、时代星云只在园名中（可选）。事实：占地60495平方米、建筑面积近15万平方米（约）、将引进25条生产线（可选）。",
  "mi04"),
 parks=[
  park(XN, "福州", "福建", "产业园", D1, district="马尾区", note="马尾区龙头企业的定制厂房园区"),
  park(FMT, "福州", "福建", "工业园", D0, district="马尾区", note="四期在建"),
  park(SD, "福州", "福建", "产业园", D0, district="马尾区"),
 ],
 companies=[
  comp("中建海峡建设发展有限公司", XN, D2, note="新能源产业园项目施工方"),
  comp("飞毛腿", FMT, D0, opt=True, note="只在园名中"),
  comp("时代星云", SD, D0, opt=True, note="只在园名中"),
 ],
 projects=[
  proj(XN, XN, D0, status="在建", status_text="厂房拔地而起,6个月后交付使用", note="6栋高层生产用房、1栋公寓；剩余5栋主体施工，预计5月中旬封顶"),
  proj("飞毛腿电池工业园四期", FMT, D0, phase="四期", status="在建", status_text="完成桩基施工", note="将新引进25条中小型动力电池生产线"),
  proj(SD, SD, D0, status="在建", status_text="转入桩基施工"),
 ],
 aggregate_facts=[
  fact(XN, "park", "land_area_m2", 60495, "m2", D1, "2023年3月"),
  fact(XN, "park", "floor_area_m2", 1.5e5, "m2", D1, "2023年3月", qual="约", qtext="近"),
  fact("飞毛腿电池工业园四期", "project", "production_lines_planned", 25, "count", D0, "2023年3月（计划）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- mi05 铜梁 新型储能 (新华网 2023)
TL = "铜梁高新区"
TLC = "铜梁高新区新型储能产业园"
E0 = "到2025年,铜梁区力争新型储能产品示范应用规模达到30万千瓦,全区新型储能营业收入突破800亿元,引领带动全市形成2000亿级新能源及新型储能特色产业集群"
E1 = "铜梁区以铜梁高新区新型储能产业园中心城区组团为重点,规划了5平方公里的研发中心"
E2 = "以研发中心为依托,将围绕海辰储能重庆基地等核心项目,加速布局新型储能领域各类创新平台、科研院所、高新技术企业等创新主体"
E3 = "储能电池材料生产基地布局在铜梁高新区大庙组团,规划面积1平方公里,聚焦储能电池上游负极材料等关键材料"
E4 = "储能电池专用设备智造基地布局在铜梁高新区旧县组团"
E5 = "储能产业服务基地布局在铜梁科创新城"
G["mi05"] = dict(
 article=art("到2025年 铜梁区新型储能营业收入预计突破800亿元", "新华网重庆频道（陈雨 黄麟稀）", "2023-12-28", "day",
  "National news agency's regional channel, Chongqing: a district's press conference on its new-type energy-storage industry — 2025 targets, a storage industrial park's zones and areas within a high-tech zone, a core project",
  "http://cq.news.cn/20231228/65e4bfc8fec34fe78a4a44b40657e4b9/c.html",
  "日期取电头“新华网重庆12月28日电”与网址 20231228。标题照录；“首页 > 正文”已删。存段末段“‘多场景’即围绕…来辐射带动新型储能产品规模化”在句中中断，整段删去；正文三段。园区：铜梁高新区（重庆市铜梁区）；铜梁高新区新型储能产业园（“中心城区组团”为其重点，parent 铜梁高新区）；大庙组团、旧县组团为铜梁高新区的组团（可选）；铜梁科创新城（可选）。项目：海辰储能重庆基地（“核心项目”，无金额、无状态；园区推定为新型储能产业园中心城区组团的研发中心一带，记 铜梁高新区新型储能产业园）。公司：海辰储能只在项目名中（可选）。事实：到2025年铜梁区新型储能营业收入突破800亿元（target，超）、示范应用规模30万千瓦（target）；研发中心5平方公里、材料基地1平方公里（规划，可选）。“2000亿级”为全市集群，不计。",
  "mi05"),
 parks=[
  park(TL, "重庆", "重庆", "高新区", E3, district="铜梁区"),
  park(TLC, "重庆", "重庆", "产业园", E1, district="铜梁区", parent=TL, note="以“中心城区组团”为重点规划研发中心"),
  park("大庙组团", "重庆", "重庆", "组团", E3, district="铜梁区", parent=TL, opt=True, note="文中作“铜梁高新区大庙组团”"),
  park("旧县组团", "重庆", "重庆", "组团", E4, district="铜梁区", parent=TL, opt=True, note="文中作“铜梁高新区旧县组团”"),
  park("铜梁科创新城", "重庆", "重庆", "新城", E5, district="铜梁区", opt=True),
 ],
 companies=[
  comp("海辰储能", TLC, E2, opt=True, note="只在项目名“海辰储能重庆基地”中"),
 ],
 projects=[
  proj("海辰储能重庆基地", TLC, E2, companies=["海辰储能"], note="“核心项目”；无金额、无状态；园区由语境推定"),
 ],
 aggregate_facts=[
  fact("铜梁区", "region", "new_energy_storage_revenue_cny", 8e10, "cny", "全区新型储能营业收入突破800亿元", "2025年（目标）", kind="target", qual="超", qtext="突破", chk=True),
  fact("铜梁区", "region", "storage_demo_capacity_kw", 3e5, "kW", E0, "2025年（目标）", kind="target", opt=True, note="30万千瓦"),
  fact(TLC, "park", "rd_center_area_km2", 5.0, "km2", E1, "2023年12月（规划）", opt=True),
  fact("大庙组团", "park", "planned_area_km2", 1.0, "km2", E3, "2023年12月（规划）", opt=True),
 ])

# ---------------------------------------------------------------- mi06 孝义经济开发区氢能产业园 开工 (2023)
XY = "孝义经济开发区"
XYH = "孝义经济开发区氢能产业园"
PF = "鹏飞氢燃料电池热电联供装备制造园"
F0 = "随后,孝义经济开发区氢能产业园暨鹏飞氢燃料电池热电联供装备制造项目作为吕梁市代表项目在与会领导的共同见证下开工奠基,孙大军宣布开工"
F1 = "8月31日,全省开发区2023年第三次“三个一批”活动在各市同步举行,吕梁分会场落地鹏飞氢燃料电池热电联供装备制造园,全景展示鹏飞氢能领域产业布局、创新技术与产品成果"
F2 = "鹏飞集团董事局主席兼总裁郑鹏在吕梁分会场出席活动,孝义经开区、鹏飞员工代表共计1000余人参加"
G["mi06"] = dict(
 article=art("（无标题）山西开发区2023年第三次“三个一批”活动吕梁分会场：孝义经济开发区氢能产业园暨鹏飞氢燃料电池热电联供装备制造项目开工", "山西商人网（shanxishangren.com 资讯栏转载；原发媒体与署名存段未示）", "2023-08-31", "day",
  "Business portal relaying a city item, Shanxi: a province-wide development-zone project event — a hydrogen industrial park in a county-level economic development zone and a firm's fuel-cell CHP equipment project break ground",
  "https://www.shanxishangren.com/b2b/mobile/news/show.php?itemid=143515",
  "存段无标题、无日期行（title 为编者概括）；日期记活动日“8月31日”、“2023年第三次”（发布日不详，取活动日）。存段末段“郑鹏在发言中指出,…相继投产;…先后投运;…形成了全国唯一且最好的氢能全”为一整句，在句中中断，整段删去；正文六段。园区：孝义经济开发区（吕梁市孝义市，山西；文中又作“孝义经开区”）；孝义经济开发区氢能产业园（parent 孝义经济开发区）；鹏飞氢燃料电池热电联供装备制造园为分会场所在园（可选，parent 推定为孝义经济开发区）。项目：孝义经济开发区氢能产业园暨鹏飞氢燃料电池热电联供装备制造项目——开工奠基→开工；无金额。公司：鹏飞集团。“1000余人参加”不计。",
  "mi06"),
 parks=[
  park(XY, "吕梁", "山西", "经济开发区", F0, district="孝义市", aliases=["孝义经开区"]),
  park(XYH, "吕梁", "山西", "产业园", F0, district="孝义市", parent=XY),
  park(PF, "吕梁", "山西", "装备制造园", F1, district="孝义市", parent=XY, opt=True, note="分会场所在地；母园区由语境推定"),
 ],
 companies=[
  comp("鹏飞集团", XY, F2, aliases=["鹏飞"], note="项目业主"),
 ],
 projects=[
  proj("孝义经济开发区氢能产业园暨鹏飞氢燃料电池热电联供装备制造项目", XYH, F0, companies=["鹏飞集团"], status="开工", status_text="开工奠基",
       aliases=["鹏飞氢燃料电池热电联供装备制造项目"], note="吕梁市代表项目；无金额"),
 ],
 aggregate_facts=[])

# ---------------------------------------------------------------- mi07 鲁西新区 锂电循环利用/储能电站 签约 (中国山东网 2023)
LX = "鲁西新区"
PJ = "菏泽锂电绿色低碳高质量循环利用项目"
H0 = "4月28日,鲁西新区正式签约菏泽锂电绿色低碳高质量循环利用项目"
H1 = "据悉,该项目总投资21亿元,重点建设400MW/800MWh储能电站、10万千瓦时/年动力电池回收综合利用、5000吨/年动力电池材料再生物理法预处理三个子项目"
H2 = "储能电站项目一期工程投产后,即可实现年营业收入2.1亿元以上,税收不低于2800万元"
G["mi07"] = dict(
 article=art("（无标题）鲁西新区签约菏泽锂电绿色低碳高质量循环利用项目", "中国山东网-感知山东（记者 何普言 通讯员 孙安琪），载于 xinzixun.cn", "2023-04-29", "day",
  "Provincial news site relaying its own report, Shandong: a new area signs a lithium-battery recycling and energy-storage project — total investment, three sub-projects, expected revenue and tax of the storage station's phase 1",
  "https://www.xinzixun.cn/news/china/2023/04/29/00027586.html",
  "日期取电头“4月29日讯”与网址 2023/04/29。存段无标题（title 为编者概括）；全文在一行内（句间有空格，照录为一段）。行末“来源:中国山东网 |”已删（LINE_SUFFIX），其后两行为他文残句，已删。正文完整。园区：鲁西新区（菏泽，山东；文中又作“菏泽鲁西新区”；筹委会阶段，kind 记“新区”）。项目：菏泽锂电绿色低碳高质量循环利用项目——正式签约→签约；总投资21亿元；400MW/800MWh储能电站为子项目（可选）。事实：储能电站项目一期投产后年营业收入2.1亿元以上（target，超）、税收不低于2800万元（target，超，qualifier_text 不低于）。机构：鲁西新区筹委会、菏泽鲁西新区党工委（可选）。投资方企业文中未写。",
  "mi07"),
 parks=[
  park(LX, "菏泽", "山东", "新区", H0, aliases=["菏泽鲁西新区"], note="文中有“鲁西新区筹委会”"),
 ],
 companies=[],
 institutions=[
  inst("鲁西新区筹委会", "菏泽市人大常委会副主任、鲁西新区筹委会主任张继争", park=LX),
  inst("菏泽鲁西新区党工委", "菏泽鲁西新区党工委专职副书记练建军等领导参加签约活动", park=LX),
 ],
 projects=[
  proj(PJ, LX, H1, inv="总投资21亿元", status="签约", status_text="正式签约", note="签约见首句（4月28日）；三个子项目"),
  proj("400MW/800MWh储能电站", LX, H1, status="签约", status_text="正式签约", opt=True, note="子项目；文中又作“储能电站项目”"),
 ],
 aggregate_facts=[
  fact("储能电站项目一期工程", "project", "expected_annual_revenue_cny", 2.1e8, "cny", H2, "一期投产后（预计）", kind="target", qual="超", qtext="以上", chk=True),
  fact("储能电站项目一期工程", "project", "expected_annual_tax_cny", 2.8e7, "cny", "税收不低于2800万元", "一期投产后（预计）", kind="target", qual="超", qtext="不低于", chk=True),
 ])

# ---------------------------------------------------------------- mi08 张家口 河北省氢能产业创新联合体 (长城网 2023)
ZJK = "张家口"
K0 = "近日,河北省氢能产业创新联合体在张家口正式揭牌成立,来自京津冀等区域的54家氢能领域科技型骨干企业、高校、科研机构和投资机构,现场签署了合作协议"
K1 = "这个创新联合体一成立,就迎来了开门红:现场签约了8个项目"
K2 = "乘着北京冬奥会的东风,这里先后培育和引进了18家氢能产业链企业,初步实现了氢能产业区域性集聚发展"
K3 = "截至2022年底,累计引进涉氢项目40项,完成投资38.4亿元"
K4 = "张家口正在运行的氢燃料电池公交车有444辆"
G["mi08"] = dict(
 article=art("百姓看联播丨河北省氢能产业创新联合体在张家口成立", "长城网（长城原创；赵娇莹 贾宏博 张琳）", "2023-07-10", "day",
  "Provincial news portal's explainer, Hebei: a provincial hydrogen innovation consortium founded in a city — members, projects signed, the city's hydrogen firms, cumulative hydrogen projects and investment, fuel-cell buses",
  "http://report.hebei.com.cn/system/2023/07/09/101176564.shtml",
  "日期取页面“2023-07-10 07:29:16”（网址目录 2023/07/09）。标题照录；栏目“长城原创 >”、来源作者行、时间、“分享:”及文末“文案/主播/后期/海报/关键词…责任编辑”行已删。正文五段，完整。无园区：张家口“可再生能源示范区”为国务院批复的区域定位（region），不列园区。机构：河北省氢能产业创新联合体。项目：现场签约8个项目未点名。事实：联合体成员54家（可选）；签约8个项目（reported）；张家口培育和引进18家氢能产业链企业（cumulative）；截至2022年底累计引进涉氢项目40项、完成投资38.4亿元（cumulative）；运行氢燃料电池公交车444辆（可选）。",
  "mi08"),
 parks=[],
 companies=[],
 institutions=[
  inst("河北省氢能产业创新联合体", K0, kind="association", opt=False, note="在张家口揭牌成立"),
 ],
 projects=[],
 aggregate_facts=[
  fact("河北省氢能产业创新联合体", "institution", "member_units", 54, "count", K0, "2023年7月", opt=True),
  fact("河北省氢能产业创新联合体", "institution", "projects_signed", 8, "count", K1, "2023年7月（成立时）"),
  fact(ZJK, "region", "hydrogen_firms", 18, "count", K2, "2023年7月", kind="cumulative"),
  fact(ZJK, "region", "hydrogen_projects_introduced", 40, "count", K3, "截至2022年底", kind="cumulative"),
  fact(ZJK, "region", "hydrogen_projects_investment_cny", 3.84e9, "cny", "完成投资38.4亿元", "截至2022年底", kind="cumulative", chk=True),
  fact(ZJK, "region", "fuel_cell_buses_in_operation", 444, "count", K4, "2023年7月", opt=True),
 ])
