# real304 ground truth, read by build_all.py (copied from real52 unchanged; helpers park/comp/inst/proj/fund/fact/art/amt
# defined there). Conventions as real52: evidence verbatim (all six items simplified script as published); names as written;
# 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约. Money: yuan in investment_cny / *_cny facts. Projects carry the
# park the text places them in, null where none is named (a city is a region, not a park). Status from the text's words.

# ---------------------------------------------------------------- qq01 南京软件园 25个项目集中开工 (bjx relay, 2012)
NR = "南京软件园"
A0 = "昨天,南京软件园重大项目集中开工仪式在长江北岸举行。这场集中了25个项目、总投资65亿元的“饕餮盛宴”"
A1 = "作为南京北斗产业的首个孵化器和加速器,北斗大厦项目总投资7亿元,总面积13万平方米,其中一期面积为26712平方米,已完成前期基本建设,预计今年年中开园"
A2 = "昨天同时开工的孵化器项目还有:北大创业孵化园"
A3 = "鼎业桥林科技创业园,将成为集生物医药与软件研发、文化创意、电子信息等一体的高科技项目孵化投资平台"
A4 = "南京软件园加速器大厦,建成后将成为中小型科技企业的成长期发展载体"
A5 = "“十二五”期间,南京软件园软件和信息服务收入将达到1000亿元,软件服务外包30亿美元;整体规划面积10平方公里,新增投入300亿元,累计建成400万平方米的创新平台"
G["qq01"] = dict(
 article=art("（无标题）南京软件园重大项目集中开工 25个项目总投资65亿元", "北极星电力网 m.bjx.com.cn（转载；存段无标题、无署名，原发媒体未示）", "2012-02-03", "day",
  "Power-industry portal relaying a Nanjing news item, Jiangsu: a software park's groundbreaking of 25 projects (65亿元), its 12th-five-year targets and 2011 revenue, a named incubator project with investment and opening plan, three more incubators started",
  "https://m.bjx.com.cn/mnews/20120203/339260.shtml",
  "日期取网址 20120203（文中“昨天”开工，即约2012-02-02）。存段无标题（title 为编者概括）。小标题“北斗大厦一期年中开园”保留为一段；存段末“打造安防产业链,新能源电力产业链更完整”/“目前,南京软件园已形成”在句中中断，小标题与残段一并删去，正文截至“…成长期发展载体。”。园区：南京软件园（“北翼”，长江北岸；区县文中未说）；雨花软件谷、江苏软件园仅作格局提及，列可选园区。项目：北斗大厦项目（总投资7亿元；“在昨天开工的项目中…”之列→开工；预计年中开园）；北大创业孵化园、鼎业桥林科技创业园、南京软件园加速器大厦（“同时开工”→开工，无金额）。事实：开工25个项目、总投资65亿元；2011年软件业务收入257亿元；“十二五”目标（target）。阿里巴巴为合作方（可选公司，park null）。",
  "qq01"),
 parks=[
  park(NR, "南京", "江苏", "软件园", A0, note="南京软件产业“一体两翼”之“北翼”，位于长江北岸"),
  park("雨花软件谷", "南京", "江苏", "软件园", "是指雨花软件谷和南部的江苏软件园、北部的南京软件园", district="雨花台区", opt=True, note="仅作格局提及"),
  park("江苏软件园", "南京", "江苏", "软件园", "是指雨花软件谷和南部的江苏软件园、北部的南京软件园", opt=True, note="仅作格局提及"),
  park("北大创业孵化园", "南京", "江苏", "孵化园", A2, parent=NR, opt=True, note="开工的孵化器项目；又作项目"),
 ],
 companies=[
  comp("阿里巴巴", None, "与阿里巴巴合作C2C平台", opt=True, note="北大创业孵化园电子商务产业园区的合作方"),
 ],
 projects=[
  proj("北斗大厦项目", NR, A1, inv="总投资7亿元", status="开工", status_text="在昨天开工的项目中", aliases=["北斗大厦"], note="一期已完成前期基本建设，预计今年年中开园；状态由“在昨天开工的项目中…”推定"),
  proj("北大创业孵化园", NR, A2, status="开工", status_text="同时开工"),
  proj("鼎业桥林科技创业园", NR, A3, status="开工", status_text="同时开工"),
  proj("南京软件园加速器大厦", NR, A4, status="开工", status_text="同时开工"),
 ],
 aggregate_facts=[
  fact(NR, "park", "projects_started", 25, "count", A0, "2012年2月"),
  fact(NR, "park", "projects_started_investment_cny", 6.5e9, "cny", A0, "2012年2月", chk=True),
  fact(NR, "park", "software_revenue_cny", 2.57e10, "cny", "南京软件园2011年实现软件业务收入257亿元", "2011年", chk=True),
  fact(NR, "park", "software_revenue_target_cny", 1e11, "cny", "“十二五”期间,南京软件园软件和信息服务收入将达到1000亿元", "“十二五”末（目标）", kind="target", chk=True),
  fact(NR, "park", "outsourcing_target_usd", 3e9, "usd", A5, "“十二五”末（目标）", kind="target", opt=True),
  fact(NR, "park", "planned_area_km2", 10, "km2", "整体规划面积10平方公里", "2012年"),
  fact(NR, "park", "new_investment_target_cny", 3e10, "cny", "新增投入300亿元", "“十二五”期间（目标）", kind="target", chk=True, opt=True),
  fact("北斗大厦项目", "project", "floor_area_m2", 130000, "m2", A1, "2012年2月", opt=True),
 ])

# ---------------------------------------------------------------- qq02 中国(南京)软件谷在京举行推介会 (中国工业报 2012)
SG = "中国(南京)软件谷"
B0 = "中国 (南京)软件谷日前在京举行专场推介会,成功签约中软国际等5个新洽谈项目"
B1 = "据悉,软件谷地处南京市雨花台地区,目前已有中兴通讯等300多家软件企业入驻"
B2 = "2015年,软件谷内软件企业将达到500家以上,软件和信息服务业收入将突破2000亿元,软件产业建筑面积将达到1200万平方米"
G["qq02"] = dict(
 article=art("中国(南京)软件谷在京举行推介会", "中国工业报（本报讯，记者陈栋栋），dzb.cinn.cn 电子版", "2012-07-03", "day",
  "National industry newspaper's e-paper brief: a district software park's promotion meeting in Beijing — five projects signed with one named firm, the park's 2015 targets, firms present",
  "http://dzb.cinn.cn/shtml/zggyb/20120703/26191.shtml",
  "日期取网址 zggyb/20120703。标题照录；“稿件来源:本报讯”行与末尾表格竖线“|”已删。正文一段，完整（含署名“(本报记者 陈栋栋)”）。正文（不计标题）约293字，略短于300字下限，见 SOURCES。文中“中国 (南京)软件谷”括号前有空格，照录；park 名取标题写法，正文写法列 alias。园区：中国(南京)软件谷（雨花台地区，南京）。项目：“成功签约中软国际等5个新洽谈项目”——只点名中软国际，项目名即企业名，签约，无金额。事实：签约5个；现有300多家软件企业（余）；2015年目标（target）。中兴通讯为园内企业。",
  "qq02"),
 parks=[
  park(SG, "南京", "江苏", "软件园", B0, district="雨花台区", aliases=["中国 (南京)软件谷", "软件谷"], note="正文写作“中国 (南京)软件谷”（括号前有空格）"),
 ],
 companies=[
  comp("中软国际", SG, B0, note="签约"),
  comp("中兴通讯", SG, B1),
 ],
 institutions=[
  inst("清华大学", "来自清华大学、北京大学等国内著名高校院所的专家学者", kind="university"),
  inst("北京大学", "来自清华大学、北京大学等国内著名高校院所的专家学者", kind="university"),
 ],
 projects=[
  proj("中软国际", SG, B0, companies=["中软国际"], status="签约", status_text="成功签约", note="项目名即企业名；5个新洽谈项目之一"),
 ],
 aggregate_facts=[
  fact(SG, "park", "projects_signed", 5, "count", B0, "2012年7月"),
  fact(SG, "park", "software_firms", 300, "count", B1, "2012年7月", qual="余", qtext="多"),
  fact(SG, "park", "software_firms_target", 500, "count", B2, "2015年（目标）", kind="target", qual="超", qtext="以上"),
  fact(SG, "park", "software_revenue_target_cny", 2e11, "cny", "软件和信息服务业收入将突破2000亿元", "2015年（目标）", kind="target", qual="超", qtext="突破", chk=True),
  fact(SG, "park", "floor_area_target_m2", 1.2e7, "m2", B2, "2015年（目标）", kind="target", opt=True),
  fact(SG, "park", "employment_target", 400000, "persons", "软件从业人员将达到40万人左右", "2015年（目标）", kind="target", qual="约", qtext="左右", opt=True),
 ])

# ---------------------------------------------------------------- qq03 昆山市152个重大产业项目 (cnipai 2013)
KS = "昆山市"
C0 = "今年,昆山市确定重大产业项目152个,总投资1242亿元,当年度计划投资289亿元。至8月底,已累计完成投资168亿元"
C1 = "其中天格汽车电子、南亚必成玻纤丝四厂、统实控股、恩索联美木业等4个项目已建成投产或试生产"
C2 = "纬润高新材料、华测生物技术、中信花桥产业园(二期)等36个项目主体完工"
C3 = "正新轮胎(二期)、金融街、神州数码商务基地等42个项目主体在建"
C4 = "中盐昆山公司、天环冷链物流、财富广场等40个项目桩基等基础工程开工"
AS3 = "2013年8月底"
def _p3(n, ev, st, stx, **kw):
    return proj(n, None, ev, status=st, status_text=stx, **kw)
G["qq03"] = dict(
 article=art("昆山市152个重大产业项目完成投资168亿元", "js.cnipai.com（江苏频道新闻；原发媒体与署名未注明）", "2013-09-04", "day",
  "Regional IP-service portal's news item, Jiangsu: a county-level city's inspection meeting on its 152 major industrial projects — totals, investment completed through August, named projects by stage (in production, structure completed, under construction, foundations started)",
  "http://js.cnipai.com/news/detail/34397.html",
  "日期取页面“2013 / 09/04 / 10:57”。标题照录；“江苏切换”“新闻”与日期行已删。存段末段（“路军说,…打造昆山发展升级”）在句中中断，整段删去；正文两段。城市级（县级市）项目督查：文中未把项目放进具体园区，项目 park 一律 null；“中信花桥产业园(二期)”为园区开发项目，园区名列可选园区。状态：已建成投产或试生产→投产；主体完工→在建（status_text 注明）；主体在建→在建；桩基等基础工程开工→开工。事实记于昆山市（region）。",
  "qq03"),
 parks=[
  park("中信花桥产业园", "苏州", "江苏", "产业园", C2, district="昆山市", opt=True, note="只以项目“中信花桥产业园(二期)”出现"),
 ],
 companies=[],
 projects=[
  _p3("天格汽车电子", C1, "投产", "已建成投产或试生产"),
  _p3("南亚必成玻纤丝四厂", C1, "投产", "已建成投产或试生产"),
  _p3("统实控股", C1, "投产", "已建成投产或试生产"),
  _p3("恩索联美木业", C1, "投产", "已建成投产或试生产"),
  _p3("纬润高新材料", C2, "在建", "主体完工"),
  _p3("华测生物技术", C2, "在建", "主体完工"),
  _p3("中信花桥产业园(二期)", C2, "在建", "主体完工", phase="二期"),
  _p3("正新轮胎(二期)", C3, "在建", "主体在建", phase="二期"),
  _p3("金融街", C3, "在建", "主体在建", opt=True),
  _p3("神州数码商务基地", C3, "在建", "主体在建"),
  _p3("中盐昆山公司", C4, "开工", "桩基等基础工程开工"),
  _p3("天环冷链物流", C4, "开工", "桩基等基础工程开工"),
  _p3("财富广场", C4, "开工", "桩基等基础工程开工", opt=True),
 ],
 aggregate_facts=[
  fact(KS, "region", "major_projects_listed", 152, "count", C0, "2013年"),
  fact(KS, "region", "major_projects_total_investment_cny", 1.242e11, "cny", "今年,昆山市确定重大产业项目152个,总投资1242亿元", "2013年", chk=True),
  fact(KS, "region", "planned_annual_investment_cny", 2.89e10, "cny", "当年度计划投资289亿元", "2013年（计划）", kind="target", chk=True),
  fact(KS, "region", "investment_completed_cny", 1.68e10, "cny", "至8月底,已累计完成投资168亿元", AS3, kind="cumulative", chk=True),
  fact(KS, "region", "projects_under_construction", 122, "count", "152个产业项目中,开工在建122个,开工率80.3%", AS3),
  fact(KS, "region", "project_start_rate", 0.803, "ratio", "开工在建122个,开工率80.3%", AS3, kind="ratio", opt=True),
  fact(KS, "region", "projects_in_production", 4, "count", C1, AS3, opt=True),
  fact(KS, "region", "projects_structure_completed", 36, "count", C2, AS3, opt=True),
 ])

# ---------------------------------------------------------------- qq04 昆山今年前7个月 重点项目投资超242亿 (苏州日报 2016)
D0 = "昆山今年前7月已经完成重点项目投资242.8亿元"
D1 = "总投资30亿元的昆山万达广场,作为苏州市重点项目,今年1至7月已经完成投资4.72亿元"
D2 = "同时,奇美偏光板、华天科技、温德姆酒店、优诺酸奶以及国轩新能源等项目的建设也有序进行"
D3 = "目前项目全自动组装机、PACK组装线等设备进场,项目已经进入试生产阶段。该项目计划总投资30亿元"
AS4 = "2016年1–7月"
G["qq04"] = dict(
 article=art("昆山今年前7个月 重点项目投资超242亿", "苏州日报，载于 ks.news.fang.com（房天下昆山城建栏）", "2016-08-20", "day",
  "City daily on a property portal, Jiangsu: a county-level city's project inspection — key-project investment Jan–Jul, major industrial, provincial and Suzhou-listed projects, a commercial complex's progress, a battery project in trial production",
  "https://ks.news.fang.com/2016-08-20/22535110.htm",
  "日期取页面“苏州日报  2016-08-20 11:54”。标题照录；面包屑、来源日期行和“[摘要]”行（与首段同文）已删。末段（“昆山市重大产业项目按年度计划有序推进,…接下来将全力推动重大”）在句中中断，整段删去；正文四段。文中没有点名园区（城市级督查），项目 park 一律 null。项目：昆山万达广场（总投资30亿元；2014年底开工，住宅竣工、商业封顶→在建）；奇美偏光板、华天科技、温德姆酒店、优诺酸奶（“建设也有序进行”→在建）；国轩新能源项目（计划总投资30亿元；“已经进入试生产阶段”→status 在建、status_alt 投产）。",
  "qq04"),
 parks=[],
 companies=[],
 projects=[
  proj("昆山万达广场", None, D1, inv="总投资30亿元", status="在建", status_text="商业大厦已经封顶,预计年底可竣工", note="2014年底开工，计划2017年7月开业"),
  proj("奇美偏光板", None, D2, status="在建", status_text="建设也有序进行"),
  proj("华天科技", None, D2, status="在建", status_text="建设也有序进行"),
  proj("温德姆酒店", None, D2, status="在建", status_text="建设也有序进行", opt=True),
  proj("优诺酸奶", None, D2, status="在建", status_text="建设也有序进行"),
  proj("国轩新能源项目", None, D3, inv="计划总投资30亿元", status="在建", status_text="已经进入试生产阶段", status_alt="投产", aliases=["国轩新能源"]),
 ],
 aggregate_facts=[
  fact("昆山市", "region", "key_project_investment_completed_cny", 2.428e10, "cny", D0, AS4, kind="cumulative", chk=True),
  fact("昆山市", "region", "major_industrial_projects", 58, "count", "该市58个重大产业项目中,开工率达79.3%,累计完成投资92.5亿元", AS4),
  fact("昆山市", "region", "major_industrial_projects_start_rate", 0.793, "ratio", "开工率达79.3%", AS4, kind="ratio", opt=True),
  fact("昆山市", "region", "major_industrial_projects_investment_completed_cny", 9.25e9, "cny", "累计完成投资92.5亿元", AS4, kind="cumulative", chk=True),
  fact("昆山市", "region", "provincial_major_projects_investment_completed_cny", 4.76e9, "cny", "已经完成投资47.6亿元", AS4, kind="cumulative", chk=True, opt=True),
  fact("国轩新能源项目", "project", "investment_completed_cny", 1.6e8, "cny", "今年1至7月完成投资1.6亿元", AS4, kind="cumulative", chk=True, opt=True),
  fact("国轩新能源项目", "project", "expected_annual_output_cny", 7e9, "cny", "将形成70亿元年产值的规模", "建成投产后（预期）", kind="target", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- qq05 江宁开发区 2016金洽会 (xinnengyuan100 relay)
JN = "江宁开发区"
E0 = "江宁开发区招商引资和项目推进“双丰收”,共签约25个项目,投资总额411亿元"
E1 = "签约的苏宁航空物流园项目总投资50亿元,将建设航空货运基地和华东物流运营中心"
E2 = "星月航空总部项目总投资90亿元,主要建设总部基地和机场运营基地"
E3 = "音飞智能物流及研究院项目将运用首创的“自动化密集仓储系统”"
E4 = "我乐家居智能工厂扩建、研发中心与智能平台建设项目,将通过引进互联网解决方案和德国伊玛全自动化生产线"
G["qq05"] = dict(
 article=art("（无标题）2016南京金洽会 江宁开发区签约25个项目 12个重点产业项目集中开工", "xinnengyuan100.com（新能源网转载；存段无标题、无日期、无署名，原发媒体未示）", "2016", "year",
  "Energy-news site relaying a Nanjing item, Jiangsu: a national economic-development zone at the city's autumn trade fair — 25 projects signed (411亿元), 12 projects started, two named aviation projects with investments, two named smart-manufacturing projects",
  "https://m.xinnengyuan100.com/article/28480.html",
  "存段无标题、无日期（title 为编者概括）；年份取正文“在2016年南京金秋经贸洽谈会上”，published 记 2016（year）。存段末段（“招商引资高歌猛进,…其中,磁谷磁悬浮离心式鼓风”）在句中中断，整段删去；正文四段。园区：江宁开发区（南京市江宁区；文中“冲刺全国经开区前十强”）。项目：苏宁航空物流园项目（总投资50亿元，签约）；星月航空总部项目（总投资90亿元；与苏宁项目同句列于“签约的”之后→签约）；音飞智能物流及研究院项目、我乐家居智能工厂扩建…项目（“吸引了一批…项目落户”，落户不单作状态→status null）。事实：签约25个、411亿元；集中开工12个、投资超百亿元（超）；园区已有100多家智能制造相关企业（余）。",
  "qq05"),
 parks=[
  park(JN, "南京", "江苏", "经济技术开发区", E0, district="江宁区", note="文中又作“园区”"),
 ],
 companies=[
  comp("苏宁", JN, E1, opt=True, note="只在项目名中"),
  comp("我乐家居", JN, E4, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("江宁开发区管委会", "江宁开发区管委会主任李万平说", park=JN),
 ],
 projects=[
  proj("苏宁航空物流园项目", JN, E1, inv="总投资50亿元", status="签约", status_text="签约的"),
  proj("星月航空总部项目", JN, E2, inv="总投资90亿元", status="签约", status_text="签约的", note="与苏宁航空物流园项目同句，列于“签约的”之后"),
  proj("音飞智能物流及研究院项目", JN, E3, note="“成功吸引了一批…项目落户”；落户不单作状态"),
  proj("我乐家居智能工厂扩建、研发中心与智能平台建设项目", JN, E4, note="同上"),
 ],
 aggregate_facts=[
  fact(JN, "park", "projects_signed", 25, "count", E0, "2016年金洽会"),
  fact(JN, "park", "projects_signed_investment_cny", 4.11e10, "cny", "共签约25个项目,投资总额411亿元", "2016年金洽会", chk=True),
  fact(JN, "park", "projects_started", 12, "count", "同时12个重点产业项目集中开工,投资超百亿元", "2016年金洽会"),
  fact(JN, "park", "projects_started_investment_cny", 1e10, "cny", "同时12个重点产业项目集中开工,投资超百亿元", "2016年金洽会", qual="超", qtext="超"),
  fact(JN, "park", "smart_manufacturing_firms", 100, "count", "已拥有100多家智能制造相关企业的江宁开发区", "2016年", qual="余", qtext="多", opt=True),
  fact("星月航空总部项目", "project", "expected_revenue_cny", 1.39e10, "cny", "预计到2021年,可计实现主营业务收入139亿元", "2021年（预期）", kind="target", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- qq06 海门经济技术开发区 2015经洽会 (中国江苏网 2015)
HM = "海门经济技术开发区"
F0 = "海门经济技术开发区作为海门经济社会发展的主阵地,本届经洽会期间,共有22个项目集中开工,总投资近35亿元,其中超亿元项目11个,占比达到50%"
G["qq06"] = dict(
 article=art("（无标题）2015中国海门经贸投资暨转型发展合作洽谈会开幕 海门经济技术开发区22个项目集中开工", "中国江苏网（记者曹敏，通讯员俞新美），载于 fangtan.china.com.cn 专题", "2015-04-16", "day",
  "Provincial news portal on a national portal's special page, Jiangsu: a county-level city's trade fair opening in its economic and technological development zone — 22 projects started with total and share above 100 million, the city's 2014 GDP and rankings",
  "http://fangtan.china.com.cn/zhuanti/2015-04/16/content_35449531.htm",
  "日期取电头“中国江苏网4月16日讯”与网址 2015-04/16。存段无标题（title 为编者概括）。末段（“本届中国海门经贸投资洽谈会,海门共签约项目130个,…既有科技含量”）在句中中断，整段删去（协鑫燃机热电等签约项目随之不在文本中）；正文三段。园区：海门经济技术开发区（南通市海门市，江苏；不在本集 angle 的苏州/无锡/南京/上海之内，见 SOURCES）。事实：开发区经洽会期间开工22个项目、总投资近35亿元（约）、超亿元项目11个、占50%；海门市2014年地区生产总值836亿元（region，可选）。",
  "qq06"),
 parks=[
  park(HM, "南通", "江苏", "经济技术开发区", "齐聚海门经济技术开发区,参加2015中国海门经贸投资暨转型发展合作洽谈会的开幕仪式", district="海门市", note="文中又作“开发区”"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(HM, "park", "projects_started", 22, "count", F0, "2015年4月（经洽会期间）"),
  fact(HM, "park", "projects_started_investment_cny", 3.5e9, "cny", "共有22个项目集中开工,总投资近35亿元", "2015年4月（经洽会期间）", qual="约", qtext="近", chk=True),
  fact(HM, "park", "projects_started_over_100m", 11, "count", F0, "2015年4月（经洽会期间）", opt=True),
  fact(HM, "park", "projects_started_over_100m_share", 0.5, "ratio", F0, "2015年4月（经洽会期间）", kind="ratio", opt=True),
  fact("海门市", "region", "gdp_cny", 8.36e10, "cny", "2014年,实现地区生产总值836亿元", "2014年", chk=True, opt=True),
 ])
