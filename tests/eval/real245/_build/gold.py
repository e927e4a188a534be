# real245 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右/大概 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios.
# Projects: the park is the one the text places the project in, null if none (a district or town is not a park). Status
# from the text's words (开工 / 动工 / 开工建设 → 开工; 加速推进建设 / 正在加快建设 / 封顶 → 在建; 签约 → 签约; “集中动工(投产)”
# for a named project without saying which → 开工 with status_alt 投产). Expected output / tax are kind target. Sources are
# `search` (corpus pages) excerpts typed into _raw/pages/sjNN.raw as returned.

# ---------------------------------------------------------------- sj01 三水区 5 projects signed (读创/深圳商报 2021)
FB = "佛北战新产业园"
YD = "佛山市三水区云东海生物港"
A0 = "佛山市三水区共有5个项目签约,总投资额295亿元"
A1 = "分别为广东医谷·云东海生物医药园总投资达到100亿元,朗华工业供应链智慧园总投资也为100亿元"
A2 = "佛山市佛北战新产业园规划423平方公里连片空间,其中近一半空间在佛山市三水区"
A3 = "广东医谷·云东海生物医药园项目就选址于佛山市三水区云东海生物港,该项目是云东海生物港规划建设后引入的首个项目,达产后预计实现年产值100亿元"
AS1 = "2021-12-04"
G["sj01"] = dict(
 article=art("（无标题）2021佛山全球招商大会 三水区5个项目签约总投资295亿元 广东医谷·云东海生物医药园落户云东海生物港", "读创 / 深圳商报（驻佛山记者 段煜第，通讯员 三宣 余德伟），duchuang.sznews.com", "2021-12-05", "day",
  "Shenzhen paper's app channel reporting from Foshan, Guangdong: a district's signings at the city investment fair — five projects and their total, two named 10-billion projects, the province-level large industrial cluster the district anchors (planned area), the district's new bio-industry park and the first project placed in it with its expected output",
  "http://duchuang.sznews.com/content/2021-12/05/content_24790510.html",
  "日期取网址 2021-12/05（文中“12月4日”为招商大会日）。存段无标题行（title 为编者概括），以署名行“读创/深圳商报驻佛山记者 段煜第 通讯员 三宣 余德伟”开头，保留为首段。存段在末段“…打造生物医药全产业链条示范标杆,建设生产和研发一体的产业集群生”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…达产后预计实现年产值100亿元。”，共五段。园区：佛北战新产业园（文中又作“佛山市佛北战新产业园”；省七个大型产业集聚区之一，跨南海、三水，district 不记）；佛山市三水区云东海生物港（又作“云东海生物港”；三水区新建园区；是否属佛北战新产业园文中未明说，parent 记 null）；“广东医谷·云东海生物医药园”既是签约项目名又是园中园，列可选园区（parent 云东海生物港）。项目：广东医谷·云东海生物医药园（100亿元，签约，选址云东海生物港）；朗华工业供应链智慧园（100亿元，签约，文中未说园区，park null）；其余3个签约项目未点名。事实：三水区签约5个、总投资295亿元（region）；佛北战新产业园规划423平方公里；广东医谷项目达产后年产值100亿元（target）。",
  "sj01"),
 parks=[
  park(FB, "佛山", "广东", "大型产业集聚区", A2, aliases=["佛山市佛北战新产业园"], note="省七个大型产业集聚区之一；近一半空间在三水区"),
  park(YD, "佛山", "广东", "产业园区（生物医药）", A3, district="三水区", aliases=["云东海生物港"], note="三水区“从0到1”打造的全新重大园区；与佛北战新产业园的隶属关系文中未说"),
  park("广东医谷·云东海生物医药园", "佛山", "广东", "产业园（生物医药）", A3, district="三水区", parent=YD, opt=True,
       note="签约项目名；园中园，可选"),
 ],
 companies=[],
 projects=[
  proj("广东医谷·云东海生物医药园", YD, A1, inv="总投资达到100亿元", status="签约", status_text="签约",
       aliases=["广东医谷·云东海生物医药园项目"], note="百亿项目；云东海生物港引入的首个项目"),
  proj("朗华工业供应链智慧园", None, A1, inv="总投资也为100亿元", status="签约", status_text="签约",
       note="百亿项目；园区文中未说（三水区）"),
 ],
 aggregate_facts=[
  fact("三水区", "region", "projects_signed", 5, "count", A0, AS1),
  fact("三水区", "region", "projects_signed_investment_cny", 2.95e10, "cny", "总投资额295亿元", AS1, chk=True),
  fact(FB, "park", "planned_area_km2", 423, "km2", A2, "2021年12月"),
  fact("广东医谷·云东海生物医药园", "project", "expected_annual_output_cny", 1e10, "cny", "达产后预计实现年产值100亿元", "达产后（预期）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- sj02 松山湖 2020年上半年重大项目集中开工 (dongguan.021cf relay)
SS = "东莞松山湖高新技术产业开发区"
B0 = "5月7日,在东莞松山湖,长远锂科车用锂电池正极材料扩产项目正式开工建设,计划总投资约70亿元"
B1 = "东莞松山湖举行2020年上半年重大项目集中开工仪式暨重点项目建设攻坚活动,8个重大项目集中开工,41个重点项目集中攻坚,总投资约380.5亿元"
B2 = "集中开工的有先健医疗器械、松山湖智能装备加速器等8个项目,加速推进建设的有华为工业、新能源锂电池封装等41个项目,总投资约380.5亿元"
B3 = "其中,包括34个投资约285.1亿元的电子信息、生物技术、智能装备制造类产业项目,15个投资约95.4亿元的教育、医疗、文化、市政类配套项目"
B4 = "松山湖材料实验室一期工程(头部批)项目于2019年11月正式进场施工,截至目前工程进度完成约四分之一,工程所含24个建筑单体正全面开建"
AS2 = "2020-05-07"
G["sj02"] = dict(
 article=art("东莞松山湖高新技术产业开发区重大项目集中开工", "dongguan.021cf.cn（转载；原发媒体与署名存段未示）", "2020-05", "month",
  "Regional portal relaying a news item, Guangdong: a national high-tech zone's first-half groundbreaking — one named project started with its investment and expected output, 8 projects started and 41 pushed with their total, split into industrial and supporting projects, a science-city lab project under construction",
  "http://dongguan.021cf.cn/index.php/post/2601.html",
  "存段无日期行；文中“5月7日…举行2020年上半年重大项目集中开工仪式”，记 2020-05（month）。标题照录。存段在末段“…项目于2月18号复工。在松山湖”处中断，残句“在松山湖”已删（make_txt.py LINE_SUFFIX），正文截至“…项目于2月18号复工。”，共八段。园区：东莞松山湖高新技术产业开发区（文中又作“东莞松山湖”“松山湖”“园区”）；松山湖科学城列可选园区。项目：长远锂科车用锂电池正极材料扩产项目（约70亿元，开工建设）；先健医疗器械、松山湖智能装备加速器（集中开工，无单项金额）；华为工业、新能源锂电池封装（41个集中攻坚项目之中，“加速推进建设”→在建）；松山湖材料实验室一期工程(头部批)项目（2019年11月进场施工，完成约四分之一，在建）。事实：8个开工、41个攻坚、合计约380.5亿元；产业项目34个约285.1亿元、配套项目15个约95.4亿元；长远锂科项目预期年产值122亿元、就业1200人（target）。中国建筑第八工程局为施工方（可选公司，park null）。",
  "sj02"),
 parks=[
  park(SS, "东莞", "广东", "高新技术产业开发区", B1, aliases=["东莞松山湖", "松山湖"], note="文中又作“东莞松山湖”“松山湖”“园区”"),
  park("松山湖科学城", "东莞", "广东", "科学城", "作为松山湖科学城重大建设项目,松山湖材料实验室一期工程(头部批)项目于2019年11月正式进场施工", parent=SS, opt=True,
       note="只作项目定语；母园区由语境推定"),
 ],
 companies=[
  comp("长远锂科", SS, B0, opt=True, note="只在项目名中"),
  comp("中国建筑第八工程局", None, "中国建筑第八工程局松山湖材料实验室项目经理于德新表示", opt=True, note="施工方"),
 ],
 projects=[
  proj("长远锂科车用锂电池正极材料扩产项目", SS, B0, companies=["长远锂科"], inv="计划总投资约70亿元", qual="约", qual_text="约",
       status="开工", status_text="正式开工建设"),
  proj("先健医疗器械", SS, B2, status="开工", status_text="集中开工", note="8个集中开工项目之一；无单项金额"),
  proj("松山湖智能装备加速器", SS, B2, status="开工", status_text="集中开工", note="8个集中开工项目之一；无单项金额"),
  proj("华为工业", SS, B2, status="在建", status_text="加速推进建设", note="41个集中攻坚项目之一"),
  proj("新能源锂电池封装", SS, B2, status="在建", status_text="加速推进建设", note="41个集中攻坚项目之一"),
  proj("松山湖材料实验室一期工程(头部批)项目", SS, B4, status="在建", status_text="正式进场施工", phase="一期",
       note="2019年11月进场施工，工程进度约四分之一，2月18日复工"),
 ],
 aggregate_facts=[
  fact(SS, "park", "projects_started", 8, "count", B1, AS2),
  fact(SS, "park", "key_projects_under_construction", 41, "count", B1, AS2, note="集中攻坚（加速推进建设）"),
  fact(SS, "park", "projects_total_investment_cny", 3.805e10, "cny", "总投资约380.5亿元", AS2, qual="约", qtext="约", chk=True, note="8个开工+41个攻坚合计"),
  fact(SS, "park", "industrial_projects", 34, "count", B3, AS2, opt=True),
  fact(SS, "park", "industrial_projects_investment_cny", 2.851e10, "cny", "投资约285.1亿元的电子信息、生物技术、智能装备制造类产业项目", AS2, qual="约", qtext="约", chk=True, opt=True),
  fact(SS, "park", "supporting_projects", 15, "count", B3, AS2, opt=True),
  fact(SS, "park", "supporting_projects_investment_cny", 9.54e9, "cny", "投资约95.4亿元的教育、医疗、文化、市政类配套项目", AS2, qual="约", qtext="约", chk=True, opt=True),
  fact("长远锂科车用锂电池正极材料扩产项目", "project", "expected_annual_output_cny", 1.22e10, "cny", "预计可实现年产值122亿元,解决1200人就业", "建成后（预期）", kind="target", chk=True),
  fact("长远锂科车用锂电池正极材料扩产项目", "project", "expected_jobs", 1200, "count", "预计可实现年产值122亿元,解决1200人就业", "建成后（预期）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- sj03 江门高新区(江海区) 15 projects (xunjk 2022)
JM = "江门高新区"
C0 = "江门高新区(江海区)分会场活动举行,现场共有15个重大项目集中动工(投产),总投资超52亿元"
C1 = "本次集中动工活动主会场天倬项目,总投资20亿元,将建设智能装备和智能家居总部"
C2 = "项目预计总体达产后年产值60亿元,年创税1.8亿元,可解决就业人员约2000人"
C3 = "伟创科技应急产业项目、纤科特特种服装应急产业项目、中奕智能应急照明研发生产项目等一批安全应急产业项目及应急产业园(一期)基础设施建设项目集中动工、投产"
C4 = "2021年全区规上工业总产值突破640亿元"
C5 = "高端装备制造、前沿新材料、新一代电子信息、智能家电、生物医药与健康等战略性产业总产值突破500亿元,占全区规模以上工业总产值80%以上"
AS3 = "2022-03-29"
G["sj03"] = dict(
 article=art("（无标题）江门高新区(江海区)2022年第一季度15个重大项目集中动工(投产) 总投资超52亿元", "m.xunjk.com（“研究”栏转载；原发媒体与署名存段未示）", "2022-04-01", "day",
  "Aggregator relaying a local news item, Guangdong: a national high-tech zone (merged with its district) at the city's first-quarter groundbreaking — 15 projects started or in production with their total, the main-venue project with investment and expected output and tax, named emergency-industry projects, the zone's 2021 industrial output and strategic-industry share",
  "http://m.xunjk.com/wap/xinwen/yanjiu/2022/0401/212583.html",
  "日期取网址 2022/0401（活动日3月29日）。存段无标题行（title 为编者概括）。存段末段“项目开工只是起点,建成投产达效才是关键。江门市江海区委书记聂加伟”在人名处中断，残句已删（make_txt.py LINE_SUFFIX），正文截至“…建成投产达效才是关键。”，共六段。园区：江门高新区（文中作“江门高新区(江海区)”“高新区(江海区)”；区政合一，district 江海区）；应急产业园（一期基础设施建设项目所在，列可选园区）。项目：天倬项目（20亿元，主会场，将建设→开工）；伟创科技应急产业项目、纤科特特种服装应急产业项目、中奕智能应急照明研发生产项目、应急产业园(一期)基础设施建设项目（“集中动工、投产”未分别说明→status 开工, status_alt 投产）。事实：15个项目、总投资超52亿元（as_of 2022-03-29）；天倬项目达产后年产值60亿元、年创税1.8亿元、就业约2000人（target）；2021年规上工业总产值突破640亿元（超）；战略性产业总产值突破500亿元、占比80%以上（超）。“全区”指高新区(江海区)。",
  "sj03"),
 parks=[
  park(JM, "江门", "广东", "高新区", C0, district="江海区", aliases=["江门高新区(江海区)", "高新区(江海区)"], note="与江海区合署；文中“全区”即高新区(江海区)"),
  park("应急产业园", "江门", "广东", "产业园（安全应急）", C3, district="江海区", parent=JM, opt=True, note="一期基础设施建设项目动工；母园区由语境推定"),
 ],
 companies=[
  comp("伟创科技", JM, C3, opt=True, note="只在项目名中"),
  comp("纤科特", JM, C3, opt=True, note="只在项目名中"),
  comp("中奕智能", JM, C3, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("天倬项目", JM, C1, inv="总投资20亿元", status="开工", status_text="集中动工活动主会场", note="智能装备和智能家居总部、高端汽车模具智能制造基地"),
  proj("伟创科技应急产业项目", JM, C3, companies=["伟创科技"], status="开工", status_alt="投产", status_text="集中动工、投产"),
  proj("纤科特特种服装应急产业项目", JM, C3, companies=["纤科特"], status="开工", status_alt="投产", status_text="集中动工、投产"),
  proj("中奕智能应急照明研发生产项目", JM, C3, companies=["中奕智能"], status="开工", status_alt="投产", status_text="集中动工、投产"),
  proj("应急产业园(一期)基础设施建设项目", JM, C3, status="开工", status_alt="投产", status_text="集中动工、投产", phase="一期", opt=True,
       note="园区基础设施项目"),
 ],
 aggregate_facts=[
  fact(JM, "park", "projects_started_or_in_production", 15, "count", C0, AS3),
  fact(JM, "park", "projects_total_investment_cny", 5.2e9, "cny", "总投资超52亿元", AS3, qual="超", qtext="超", chk=True),
  fact("天倬项目", "project", "expected_annual_output_cny", 6e9, "cny", "年产值60亿元,年创税1.8亿元", "达产后（预期）", kind="target", chk=True),
  fact("天倬项目", "project", "expected_annual_tax_cny", 1.8e8, "cny", "年创税1.8亿元", "达产后（预期）", kind="target", chk=True),
  fact("天倬项目", "project", "expected_jobs", 2000, "count", C2, "达产后（预期）", kind="target", qual="约", qtext="约", opt=True),
  fact(JM, "park", "above_scale_industrial_output_cny", 6.4e10, "cny", "规上工业总产值突破640亿元", "2021年", qual="超", qtext="突破", chk=True),
  fact(JM, "park", "strategic_industries_output_cny", 5e10, "cny", "战略性产业总产值突破500亿元", "2021年", qual="超", qtext="突破", chk=True),
  fact(JM, "park", "strategic_industries_output_share", 0.8, "ratio", C5, "2021年", kind="ratio", qual="超", qtext="以上"),
 ])

# ---------------------------------------------------------------- sj04 惠阳 梅龙湖智能制造产业新城 (南方日报 via huizhou.021cf 2021)
HY = "惠阳(新圩)智能制造产业园"
ML = "梅龙湖智能制造产业新城"
D0 = "计划总投资300亿元的惠阳(新圩)智能制造产业园梅龙湖智能制造产业新城正在加快建设。自去年9月底动工以来,这里每天都有新变化,至今已有来自深圳等地的21家优质企业签约"
D1 = "作为千亿园区惠阳(新圩)智能制造产业园的组成部分,梅龙湖智能制造产业新城是2020年惠阳动工的大项目之一"
D2 = "这个总投资300亿元的“巨无霸”项目,自2020年9月27日开工建设一期工程以来,建设不断提速,计划于2021年5月开放展厅,2021年11月封顶,2022年8月园区交付使用"
D3 = "回眸2020年,惠阳聚焦深度融入“双区”建设,以“丰”字交通为引领,全面开建两大千亿级产业园区"
AS4 = "2021年初"
G["sj04"] = dict(
 article=art("惠阳全面建设两大千亿级产业园区", "南方日报（图片署名“南方日报记者 梁维春 摄”；文字记者存段未示），载于 huizhou.021cf.cn", "2021", "year",
  "Provincial daily relayed by a regional portal, Guangdong: a district's 2020 review through one flagship park-in-park — a 30-billion smart-manufacturing new town under construction inside a district's 100-billion park, firms signed, phase-1 start date and milestones",
  "http://huizhou.021cf.cn/index.php/post/7215.html",
  "存段无日期行。文中“回眸2020年”“自去年9月底动工以来”“预计2021年5月可开放展厅”，故为2021年初（5月前）所发，记 2021（year）。标题照录；标题后三行图片说明（其一署“南方日报记者 梁维春 摄”）已删。存段末段“梅龙湖智能制造产业新城总经理高国城介绍,尽管项目仍在建设,但前期招商进展顺利,一期拟入驻的企业已”在句中中断，整段删去，正文截至“…吸引一批优质项目落户。”，共七段。园区：惠阳(新圩)智能制造产业园（“千亿园区”；惠州市惠阳区新圩镇）；梅龙湖智能制造产业新城（其组成部分，parent 惠阳(新圩)智能制造产业园；同时是总投资300亿元的在建项目）。项目：梅龙湖智能制造产业新城（计划总投资300亿元；2020年9月27日一期开工，正在加快建设→在建）。事实：21家企业签约（截至发稿，cumulative）；惠阳全面开建两大千亿级产业园区（2个，可选；另一园区文中未点名）。",
  "sj04"),
 parks=[
  park(HY, "惠州", "广东", "产业园（千亿园区）", D1, district="惠阳区", note="千亿园区；位于新圩镇"),
  park(ML, "惠州", "广东", "产业园（产业新城）", D0, district="惠阳区", parent=HY, note="惠阳(新圩)智能制造产业园的组成部分；又为在建项目"),
 ],
 companies=[],
 projects=[
  proj(ML, HY, D0, inv="计划总投资300亿元", status="在建", status_text="正在加快建设", status_alt="开工",
       note="2020年9月27日一期工程开工；计划2021年5月开放展厅、11月封顶，2022年8月交付"),
 ],
 aggregate_facts=[
  fact(ML, "park", "firms_signed", 21, "count", D0, AS4, kind="cumulative"),
  fact("惠阳区", "region", "major_parks_under_construction", 2, "count", D3, "2020年", opt=True, note="两大千亿级产业园区"),
 ])

# ---------------------------------------------------------------- sj05 广州海珠(大埔)产业转移工业园 (南方日报 via efang.tv 2021)
DP = "广州海珠(大埔)产业转移工业园"
E0 = "广州海珠(大埔)产业转移工业园规上企业22家"
E1 = "园区首期起步区500亩已完成基础设施建设,正在加快推进二期建设,沿高陂大道两边已平整120亩场地"
E2 = "广东欣红实业股份有限公司负责人邓耀欣介绍,该公司去年投产,产值大概1000万元,今年计划目标是希望能达到3000万元的产值"
E3 = "广州海珠(大埔)产业转移工业园将继续完善广州海珠(大埔)工业集聚区规划建设、赤山园区前期准备工作及标准厂房建设等工作"
AS5 = "2021年10月"
G["sj05"] = dict(
 article=art("广州海珠(大埔)产业转移工业园规上企业22家", "南方日报（“来源:南方日报”），载于 efang.tv；记者署名存段未示", "2021-10-11", "day",
  "Provincial daily relayed by a regional site, Guangdong: a county's partner-built industrial transfer park in Meizhou — above-scale firms, start-up area infrastructure and phase 2 land leveled, one named firm's output last year and this year's target, the park's next steps (cluster zone, a sub-park)",
  "http://www.efang.tv/news/2021/1011/55570.html",
  "日期取页面“2021-10-11 10:29:45 来源:南方日报”（该行已删）。标题照录。存段末段“陶瓷大卖场依托引进三分陶瓷…计划10月底正式开工。”连锦军说,”以“说,”收尾、下文缺失，整段删去，正文截至“…力促园区高质量发展。”，共六段。园区：广州海珠(大埔)产业转移工业园（梅州市大埔县；广州海珠区对口共建）；“广州海珠(大埔)工业集聚区”与“赤山园区”为园区下一步规划建设对象，列可选园区（parent 工业园，由语境推定）。公司：广东欣红实业股份有限公司（在园；去年投产）。事实：规上企业22家（只在标题）；起步区500亩基础设施完成、二期平整120亩（可选）；欣红去年产值大概1000万元（约，2020年）、今年目标3000万元（target）。",
  "sj05"),
 parks=[
  park(DP, "梅州", "广东", "产业转移工业园", E0, district="大埔县", note="广州海珠区对口共建；文中又作“园区”"),
  park("广州海珠(大埔)工业集聚区", "梅州", "广东", "工业集聚区", E3, district="大埔县", parent=DP, opt=True, note="规划建设中；与工业园的关系由语境推定"),
  park("赤山园区", "梅州", "广东", "园区", E3, district="大埔县", parent=DP, opt=True, note="前期准备中；母园区由语境推定"),
 ],
 companies=[
  comp("广东欣红实业股份有限公司", DP, E2, note="去年投产"),
 ],
 projects=[],
 aggregate_facts=[
  fact(DP, "park", "above_scale_firms", 22, "count", E0, AS5),
  fact(DP, "park", "startup_area_infrastructure_completed_mu", 500, "mu", E1, AS5, opt=True),
  fact(DP, "park", "phase2_land_leveled_mu", 120, "mu", E1, AS5, opt=True),
  fact("广东欣红实业股份有限公司", "company", "annual_output_cny", 1e7, "cny", "产值大概1000万元", "2020年", qual="约", qtext="大概", chk=True),
  fact("广东欣红实业股份有限公司", "company", "annual_output_target_cny", 3e7, "cny", "希望能达到3000万元的产值", "2021年（目标）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- sj06 火炬区西湾裕创新产业园“工改”项目封顶 (中山+ 2022)
HJ = "火炬开发区"
F0 = "12月30日,火炬开发区西湾裕创新产业园“工改”项目封顶,实现了当年动工、当年封顶"
F1 = "西湾裕创新产业园项目位于火炬开发区智慧健康小镇核心区内,占地50亩,总投资4.5亿元,由桐核闳生物科技(中山)有限公司(以下简称“桐核闳公司”)打造"
F2 = "新建12.9万平方米生物医药高标准厂房及配套,容积率为3.49,建筑密度为42.63%,预计年产值将达到6亿元,预计年税收达到3000万元"
F3 = "目前在谈拟入驻的项目包括CGT-CDMO平台项目、眼科医疗器械生产基地项目、高端个护产品生产基地项目、医疗器械CDMO平台建设项目、牙科护理产品研发生产基地项目等"
AS6 = "2022-12-30"
G["sj06"] = dict(
 article=art("当年动工、当年封顶!火炬区西湾裕创新产业园“工改”项目加速推进", "中山+（中山日报客户端 zsrbapp.zsnews.cn；记者 谭华健，通讯员 涂莉 林艳青）", "2022-12-30", "day",
  "City daily's app, Guangdong: a national high-tech zone's first industrial-land-renewal biomedical park topped out in the year it started — site, investment, developer firm, new floor space, expected output and tax, projects in talks to move in",
  "https://zsrbapp.zsnews.cn/home/content/newsContent/cp_1_11_1.html/606724",
  "日期取页面“发布:2022-12-30”。标题照录；栏目来源行、“点击在线收听语音版”、编辑审校行与页尾评论推荐栏已删。正文四段，完整。园区：火炬开发区（中山火炬高技术产业开发区；文中作“火炬开发区”“火炬区”，不补全称）；智慧健康小镇（在火炬开发区内，可选）；西湾裕创新产业园（“工改”产业园，位于智慧健康小镇核心区；parent 记火炬开发区）。项目：西湾裕创新产业园“工改”项目（又作“西湾裕创新产业园项目”；总投资4.5亿元；当年动工、当年封顶→在建）；5个“在谈拟入驻”项目列为可选（status planned）。公司：桐核闳生物科技(中山)有限公司（简称“桐核闳公司”；项目建设方，在园）。事实：占地50亩、新建12.9万平方米（可选）；预计年产值6亿元、年税收3000万元（target）。",
  "sj06"),
 parks=[
  park(HJ, "中山", "广东", "高新区", F0, aliases=["火炬区"], note="中山火炬高技术产业开发区；文中作“火炬开发区”“火炬区”"),
  park("智慧健康小镇", "中山", "广东", "特色小镇（健康）", F1, parent=HJ, opt=True),
  park("西湾裕创新产业园", "中山", "广东", "产业园（生物医药，“工改”）", F1, parent=HJ, note="位于火炬开发区智慧健康小镇核心区内；又为“工改”项目"),
 ],
 companies=[
  comp("桐核闳生物科技(中山)有限公司", HJ, F1, aliases=["桐核闳公司"], note="项目建设方"),
 ],
 projects=[
  proj("西湾裕创新产业园“工改”项目", HJ, F1, companies=["桐核闳生物科技(中山)有限公司"], inv="总投资4.5亿元",
       status="在建", status_text="封顶", aliases=["西湾裕创新产业园项目"], note="当年动工、当年封顶；2023年厂房交付"),
  proj("CGT-CDMO平台项目", HJ, F3, status="planned", status_text="在谈拟入驻", opt=True),
  proj("眼科医疗器械生产基地项目", HJ, F3, status="planned", status_text="在谈拟入驻", opt=True),
  proj("高端个护产品生产基地项目", HJ, F3, status="planned", status_text="在谈拟入驻", opt=True),
  proj("医疗器械CDMO平台建设项目", HJ, F3, status="planned", status_text="在谈拟入驻", opt=True),
  proj("牙科护理产品研发生产基地项目", HJ, F3, status="planned", status_text="在谈拟入驻", opt=True),
 ],
 aggregate_facts=[
  fact("西湾裕创新产业园“工改”项目", "project", "site_area_mu", 50, "mu", F1, AS6, opt=True),
  fact("西湾裕创新产业园“工改”项目", "project", "new_floor_area_m2", 129000, "m2", F2, AS6, opt=True),
  fact("西湾裕创新产业园“工改”项目", "project", "expected_annual_output_cny", 6e8, "cny", "预计年产值将达到6亿元,预计年税收达到3000万元", "建成后（预期）", kind="target", chk=True),
  fact("西湾裕创新产业园“工改”项目", "project", "expected_annual_tax_cny", 3e7, "cny", "预计年税收达到3000万元", "建成后（预期）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- sj07 高明多个产业平台 (高明发布 via zt.xjrb.net 2023)
LK = "佛山临空经济区智造产业园"
H0 = "佛山临空经济区智造产业园年初在高明正式动工,沧江工业园成功入选国家级绿色工业园区名单,中南高科·高明智汇城等一批“专精特新”产业平台加快项目建设"
H1 = "将加快建设总面积45平方公里的佛山临空经济区智造产业园,聚力发展六大主题产业园区"
H2 = "最新引入的两个5亿元以上项目均落地佛山临空经济区智造产业园的先行区——新材料示范产业园"
H3 = "高明目前土地开发强度还不到15%"
AS7 = "2023年5月"
G["sj07"] = dict(
 article=art("加速!高明多个产业平台进度刷新", "高明发布（“文章来源:高明发布”），载于 zt.xjrb.net（聚合站，标题后缀“|世界关注”）", "2023-05-25", "day",
  "Aggregator relaying a district government's media account, Guangdong: a district's industrial platforms — an airport-economy smart-manufacturing park started this year with its planned area and pilot zone, a park listed as a national green industrial park, a specialised platform building, two projects landed",
  "http://zt.xjrb.net/zt/2023/0525/127702.html",
  "日期取页面“发布时间:2023-05-25 12:59:19 文章来源:高明发布”（该行已删）。标题照录，聚合站后缀“|世界关注”已删（make_txt.py HEAD_SUFFIX）；页头截断的摘要行（“…中南高科·高明”）、“【资料图】”与三条图片说明（沧江工业园；临空园引进宜家、万洋、平谦、星亦；宜家供应链华南区贸易中心项目）已删。存段在小标题“产业平台建设和招商形势喜人”后的“近”字处中断，小标题与残字删去，正文截至“…先行区——新材料示范产业园。”，含小标题一行，共七段。园区：佛山临空经济区智造产业园（高明区；年初正式动工；规划总面积45平方公里）；沧江工业园（入选国家级绿色工业园区）；中南高科·高明智汇城（“专精特新”产业平台，可选）；新材料示范产业园（临空园的先行区，parent 临空园）。项目：佛山临空经济区智造产业园本身“年初在高明正式动工”→园区开发项目，开工，可选。“两个5亿元以上项目”未点名，“5亿元以上”为区间，不作投资额，记为园区落地项目数。事实：临空园总面积45平方公里（计划）；新材料示范产业园新引入项目2个；高明土地开发强度不到15%（region，可选）。",
  "sj07"),
 parks=[
  park(LK, "佛山", "广东", "产业园（临空经济）", H1, district="高明区", note="年初正式动工；规划六大主题产业园区"),
  park("沧江工业园", "佛山", "广东", "工业园", H0, district="高明区", note="入选国家级绿色工业园区名单"),
  park("中南高科·高明智汇城", "佛山", "广东", "产业平台（专精特新）", H0, district="高明区", opt=True),
  park("新材料示范产业园", "佛山", "广东", "产业园（新材料）", H2, district="高明区", parent=LK, note="佛山临空经济区智造产业园的先行区；在更合镇"),
 ],
 companies=[],
 projects=[
  proj(LK, LK, H0, status="开工", status_text="年初在高明正式动工", opt=True, note="园区开发项目（园区本身动工）"),
 ],
 aggregate_facts=[
  fact(LK, "park", "planned_area_km2", 45, "km2", H1, AS7, kind="target", note="将加快建设的总面积"),
  fact("新材料示范产业园", "park", "projects_landed", 2, "count", H2, AS7, note="两个5亿元以上项目（区间，不作投资额）"),
  fact("高明区", "region", "land_development_intensity", 0.15, "ratio", H3, AS7, kind="ratio", opt=True, note="“不到15%”（上限，qualifier 无对应值）"),
 ])
