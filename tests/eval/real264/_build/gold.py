# real264 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence). Growth rates and shares as ratios. Projects: the park is the one the text places
# the project in, null if none (a county or city is a region, not a park). Status from the text's words (开工 / 动工 → 开工;
# 正在加紧建设 / 正在进行…施工 → 在建; 投产 → 投产; 签约 → 签约). “力争 / 计划 / 预计” figures are kind target; year-to-date
# counts (“今年以来”, “截至…”, “前三季度”) are cumulative. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/rcNN.raw as returned.

# ---------------------------------------------------------------- rc01 泰兴 (交汇点 2020)
TX = "泰兴经济开发区"; HQ = "泰兴虹桥工业园区"
A1 = "在位于泰兴经济开发区的科奕莱新材料项目现场,11个单体项目、办公楼、仓储等工程正在加紧建设。该项目总投资10.2亿元,一期项目预计今年底竣工"
A2 = "在泰兴虹桥工业园区,总投资10.2亿元的远东圣达超精铜箔二期项目正在进行厂房基础施工,计划今年完成设备安装,明年上半年投产"
A3 = "今年前4个月,全市累计新签约1亿美元或10亿元以上项目6个,在建项目27个"
G["rc01"] = dict(
 article=art("项目质效大提升 聚力创新快转型 泰兴锚定“全省八强”新坐标", "交汇点新闻（新华日报），载于新华报业网 news.xhby.net 泰州频道", "2020-05-20", "day",
  "Provincial news app on the provincial press group's site, Jiangsu: a county-level city's project drive — two named park projects under construction with sums (one in an economic development zone, one in a town industrial park), the city's signed / under-construction counts, rankings and high-tech share",
  "http://news.xhby.net/tz/yw/202005/t20200520_6652126.shtml",
  "日期取页面“2020/05/20 14:38 交汇点新闻”。标题照录；面包屑与时间来源行已删。存段末段（“2019年以来,泰兴市新开工…总投资52.5亿元的深圳宝”）在句中中断，整段删去；正文四段，止于“…比重达46%。”。园区：泰兴经济开发区、泰兴虹桥工业园区（泰州市泰兴市，江苏）。项目：科奕莱新材料项目（泰兴经济开发区，总投资10.2亿元，“正在加紧建设”→在建，一期预计今年底竣工）；远东圣达超精铜箔二期项目（泰兴虹桥工业园区，总投资10.2亿元，“正在进行厂房基础施工”→在建，明年上半年投产）。事实：全市（泰兴市，region）前4个月新签约大项目6个、在建27个（cumulative）；高新技术产业产值占比46%（region，可选）。",
  "rc01"),
 parks=[
  park(TX, "泰州", "江苏", "经济开发区", A1, district="泰兴市"),
  park(HQ, "泰州", "江苏", "工业园区", A2, district="泰兴市", note="虹桥镇的工业园区"),
 ],
 companies=[
  comp("科奕莱新材料", TX, A1, opt=True, note="只在项目名中"),
  comp("远东圣达", HQ, A2, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("科奕莱新材料项目", TX, A1, companies=["科奕莱新材料"], inv="总投资10.2亿元", status="在建", status_text="正在加紧建设",
       note="一期项目预计今年底竣工；建成后产能18万吨、年产值22亿元"),
  proj("远东圣达超精铜箔二期项目", HQ, A2, companies=["远东圣达"], inv="总投资10.2亿元", phase="二期", status="在建",
       status_text="正在进行厂房基础施工", note="计划明年上半年投产"),
 ],
 aggregate_facts=[
  fact("泰兴市", "region", "projects_signed", 6, "count", A3, "2020年1-4月", kind="cumulative", opt=True,
       note="新签约1亿美元或10亿元以上项目；全市口径"),
  fact("泰兴市", "region", "projects_under_construction", 27, "count", A3, "2020年1-4月", kind="cumulative", opt=True, note="全市口径"),
  fact("泰兴市", "region", "high_tech_output_share", 0.46, "ratio", "高新技术产业产值占规上工业比重达46%", "2019年", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- rc02 临海大田街道 (浙江在线 2022)
ZC = "臻城创业园"; CY = "成妤科创园"; GD = "光电产业园"
B1 = "“破解了土地制约问题,入驻了大田街道臻城创业园,短短3个月,生产二部就完成了全年1.8亿元产值的一半"
B2 = "2021年以来,大田街道臻城创业园、成妤科创园、光电产业园陆续建成投用,3个园区总占地面积约为14万平方米,建筑面积接近38万平方米"
B3 = "成妤科创园和光电产业园主要针对中小企业,共有企业128家"
B4 = "临海市亿和灯饰有限公司落户光电产业园不到半年"
B5 = "目前,大田街道拥有规上企业67家、股份制企业22家,2021年实现工业总产值141亿元,比上年增长56%"
G["rc02"] = dict(
 article=art("浙报关注丨临海大田街道小微企业迸发新动能 破解土地制约 培育优质企业", "浙江在线（台州频道；记者 金晨，共享联盟临海站 邱永华，大田街道微融站 梁蕙薇）", "2022-03-01", "day",
  "Provincial news portal's city channel, Zhejiang: three town-level (街道) industrial parks built since 2021 for small firms — area, firm counts, two named firms that moved in, the street's output and growth",
  "http://tz.zjol.com.cn/xw18022/sh18033/202203/t20220301_23874965.shtml",
  "日期取页面“2022年03月01日 来源: 浙江在线”。标题照录；热线、面包屑、日期来源行与残缺的标签行（“标签: 大田街道;工”）已删。正文五段，完整。园区：臻城创业园、成妤科创园、光电产业园（台州市临海市大田街道，浙江；“2021年以来…陆续建成投用”），均为小微企业园类工业园区。公司：临海市奥特休闲用品股份有限公司（文中又作“奥特股份”，入驻臻城创业园）、临海市亿和灯饰有限公司（落户光电产业园）。无投资项目。事实：三园总占地约14万平方米、建筑面积近38万平方米（subject 用三园合称，可选）；成妤科创园和光电产业园共有企业128家；大田街道（region）规上企业67家、2021年工业总产值141亿元、增长56%（可选）；奥特“全年1.8亿元产值”为生产二部全年目标（可选，target）。",
  "rc02"),
 parks=[
  park(ZC, "台州", "浙江", "小微企业园", B1, district="临海市", note="大田街道；主要针对规上企业；2021年以来建成投用"),
  park(CY, "台州", "浙江", "小微企业园", B2, district="临海市", note="大田街道；主要针对中小企业"),
  park(GD, "台州", "浙江", "小微企业园", B2, district="临海市", note="大田街道；主要针对中小企业"),
 ],
 companies=[
  comp("临海市奥特休闲用品股份有限公司", ZC, "近日,临海市奥特休闲用品股份有限公司生产经理张兴文对记者说", aliases=["奥特股份"],
       note="生产二部入驻大田街道臻城创业园"),
  comp("临海市亿和灯饰有限公司", GD, B4),
 ],
 projects=[],
 aggregate_facts=[
  fact("成妤科创园和光电产业园", "park", "firms", 128, "count", B3, "2022年初", note="两园合计"),
  fact("臻城创业园、成妤科创园、光电产业园", "park", "land_area_m2", 140000, "m2", B2, "2022年初", qual="约", qtext="约为", opt=True, note="三园合计"),
  fact("臻城创业园、成妤科创园、光电产业园", "park", "floor_area_m2", 380000, "m2", B2, "2022年初", qual="约", qtext="接近", opt=True, note="三园合计"),
  fact("临海市奥特休闲用品股份有限公司", "company", "output_cny", 1.8e8, "cny", "全年1.8亿元产值", "2022年（全年）", kind="target", opt=True,
       note="生产二部全年产值，3个月完成一半"),
  fact("大田街道", "region", "industrial_output_cny", 1.41e10, "cny", "2021年实现工业总产值141亿元", "2021年", opt=True),
  fact("大田街道", "region", "industrial_output_growth", 0.56, "ratio", B5, "2021年", kind="ratio", opt=True),
  fact("大田街道", "region", "above_scale_firms", 67, "count", B5, "2022年初", opt=True),
 ])

# ---------------------------------------------------------------- rc03 常山经济开发区 (今日常山 via investchn 2020)
CS = "常山经济开发区"
C1 = "12月9日前,常山经济开发区正式获得省政府批复,升级为省级经济开发区"
C2 = "自园区设立以来共投资28.7亿元用于园区配套设施建设"
C3 = "盘活闲置低效企业57家,土地面积1500亩"
G["rc03"] = dict(
 article=art("常山经济开发区开启高质量发展新征程", "今日常山，载于投资中国网 investchn.com（开发区新闻·衢州）", "2020-12-10", "day",
  "County media relayed by an investment-promotion portal, Zhejiang: a county park upgraded to a provincial economic development zone — cumulative infrastructure investment, idle firms and land revitalised, its sub-platforms",
  "https://investchn.com/home/news/detail/id/139922.html",
  "日期取页面“发布时间:2020-12-10 来源:今日常山 发布开发区:浙江常山工业园区”。标题照录；站名口号、面包屑与发布时间行已删。存段末段（“浙江先导精密机械有限公司作为园区内较早入驻的企业…所以现在我们”）在句中中断，整段删去；正文四段，止于“…提高了集聚水平。”。园区：常山经济开发区（衢州市常山县，浙江；获省政府批复升级为省级经济开发区；页面发布开发区名“浙江常山工业园区”不在正文）。平台：绿色产业集聚区、工业园区、辉埠新区（开发区内平台，可选；“工业园区”为泛称不列）。无具名项目、无公司（先导精密所在段已删）。事实：设立以来配套设施投资28.7亿元（cumulative）；盘活闲置低效企业57家、土地1500亩（cumulative）。",
  "rc03"),
 parks=[
  park(CS, "衢州", "浙江", "经济开发区", C1, district="常山县", note="省级经济开发区（2020年12月获批）"),
  park("辉埠新区", "衢州", "浙江", "产业平台", "以非金属矿物制品、新材料为重点的辉埠新区等平台", district="常山县", parent=CS, opt=True),
  park("绿色产业集聚区", "衢州", "浙江", "产业集聚区", "通过建设以装备制造等为发展重点的绿色产业集聚区", district="常山县", parent=CS, opt=True,
       note="衢州绿色产业集聚区常山片区（推断）"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(CS, "park", "infrastructure_investment_cny", 2.87e9, "cny", C2, "2020年（设立以来累计）", kind="cumulative"),
  fact(CS, "park", "idle_firms_revitalised", 57, "count", C3, "2020年（累计）", kind="cumulative"),
  fact(CS, "park", "land_reclaimed_mu", 1500, "mu", C3, "2020年（累计）", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- rc04 东海高新区 (连网 2020)
DH = "东海高新区"
D1 = "东海高新区8个重点项目集中签约,总投资超90亿元"
G["rc04"] = dict(
 article=art("东海高新区总投资超90亿元8个项目签约", "连网（连云港传媒网 lyg01.net）", "2020-04-09", "day",
  "City news portal, Jiangsu: a county high-tech zone's first collective signing of the year — count and total investment of eight signed projects, their sectors",
  "http://lyg01.net/temp/zt2019/xmtr/2020/0409/155025.shtml",
  "存段无日期行；日期取网址 2020/0409（签约在4月8日）。标题照录；“logo”行已删。存段第三段（“高美峰指出…具有十分重要的”）在句中中断，整段删去（其中的晶海洋、正崴新能源等企业名随之删去）；正文两段，止于“…发展福地。”。园区：东海高新区（连云港市东海县，江苏）。8个项目未具名，不列项目；事实：签约项目8个、总投资超90亿元（“超”）。东海县为 region。",
  "rc04"),
 parks=[
  park(DH, "连云港", "江苏", "高新区", D1, district="东海县"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(DH, "park", "projects_signed", 8, "count", D1, "2020-04-08"),
  fact(DH, "park", "signed_investment_cny", 9e9, "cny", "总投资超90亿元", "2020-04-08", qual="超", qtext="超"),
 ])

# ---------------------------------------------------------------- rc05 义乌小微企业园 (中国义乌网 2019)
E1 = "首个义乌高税企业园总规划面积102亩,已完成标准地出让评审、平面图规划、项目投资估算等前期工作"
E2 = "化妆品印象美谷总规划面积200亩,分成工业生产和产业服务两大板块,已完成一期规划设计"
E3 = "机器人产业园用地面积300亩,项目前期征迁协议签约率达99%,已引入机器人科技型企业8家"
E4 = "今年义乌还计划新启动建设小微企业园40家,预计完成投用25家"
E5 = "截至2018年底,义乌已开展小微企业园建设项目42项,总用地面积4482亩,总建筑面积445万平方米"
E6 = "建成投用聚饰云、美创园、凯创印刷包装产业园等小微企业园29家,集聚小微企业1640家"
YW = "义乌市"
G["rc05"] = dict(
 article=art("让“小微”始终“微笑” 义乌今年将新增小微企业园40家", "中国义乌网（记者 李学娇）", "2019-04-16", "day",
  "County-level city news site, Zhejiang: small-firm parks (小微企业园) — three planned “微谷” parks with area and progress, the year's plan, cumulative counts, named parks in use",
  "http://news.zgyww.cn/system/2019/04/16/010159191.shtml",
  "日期取页面“发布时间: 2019-04-16 17:38:31 来源: 中国义乌网”。标题照录；面包屑、发布时间行、“扫一扫…”已删。存段第三段（“加快小微园建设…工艺品、日用品”）在列举中中断，整段删去；正文两段，止于“…居全省前列。”。园区：高税企业园（文作“首个义乌高税企业园”）、印象美谷（化妆品）、机器人产业园——首批“微谷”项目，前期阶段（planned，可选项目）；聚饰云、美创园、凯创印刷包装产业园——已建成投用的小微企业园（金华市义乌市，浙江）。事实：机器人产业园已引入企业8家；义乌（region）今年计划新启动40家、预计投用25家（target）；截至2018年底累计项目42项、用地4482亩、建成投用29家、集聚小微企业1640家（cumulative）。",
  "rc05"),
 parks=[
  park("高税企业园", "金华", "浙江", "小微企业园", E1, district="义乌市", aliases=["义乌高税企业园"], note="首批“微谷”项目，前期"),
  park("印象美谷", "金华", "浙江", "小微企业园", E2, district="义乌市", aliases=["化妆品印象美谷"], note="首批“微谷”项目，已完成一期规划设计"),
  park("机器人产业园", "金华", "浙江", "小微企业园", E3, district="义乌市", note="首批“微谷”项目"),
  park("聚饰云", "金华", "浙江", "小微企业园", E6, district="义乌市", note="建成投用"),
  park("美创园", "金华", "浙江", "小微企业园", E6, district="义乌市", note="建成投用"),
  park("凯创印刷包装产业园", "金华", "浙江", "小微企业园", E6, district="义乌市", note="建成投用"),
 ],
 companies=[],
 projects=[
  proj("高税企业园", "高税企业园", E1, status="planned", status_text="已完成…前期工作", opt=True, note="园区建设项目"),
  proj("印象美谷", "印象美谷", E2, status="planned", status_text="已完成一期规划设计", opt=True, note="园区建设项目"),
  proj("机器人产业园", "机器人产业园", E3, status="planned", status_text="项目前期征迁协议签约率达99%", opt=True, note="园区建设项目"),
 ],
 aggregate_facts=[
  fact("机器人产业园", "park", "firms", 8, "count", E3, "2019-04"),
  fact("机器人产业园", "park", "land_area_mu", 300, "mu", E3, "2019-04", opt=True),
  fact("印象美谷", "park", "planned_area_mu", 200, "mu", E2, "2019-04", opt=True),
  fact("高税企业园", "park", "planned_area_mu", 102, "mu", E1, "2019-04", opt=True),
  fact(YW, "region", "small_firm_parks_to_start", 40, "count", E4, "2019年（计划）", kind="target"),
  fact(YW, "region", "small_firm_parks_to_open", 25, "count", E4, "2019年（预计）", kind="target"),
  fact(YW, "region", "small_firm_park_projects", 42, "count", E5, "2018年底", kind="cumulative"),
  fact(YW, "region", "small_firm_park_land_mu", 4482, "mu", E5, "2018年底", kind="cumulative", opt=True),
  fact(YW, "region", "small_firm_parks_in_use", 29, "count", E6, "2018年底", kind="cumulative"),
  fact(YW, "region", "small_firms_in_parks", 1640, "count", E6, "2018年底", kind="cumulative"),
 ])

# ---------------------------------------------------------------- rc06 宿迁 (宿迁市广播电视总台 2023)
JG = "宿迁激光产业园"; SY = "沭阳经开区"
F1 = "在位于宿迁激光产业园的科耐特智能化标准厂房项目建设现场看到,工人们正在进行打桩作业。该项目今年下半年正式签约,目前已经全面动工"
F2 = "目前落户激光园区产业链上的企业共90余家"
F3 = "总投资20亿元的江苏知美美妆集团是一家以从事医药制造业为主的企业,在当地园区管委会积极协调下,该企业项目一期盘活了沭阳经开区中科路南侧中科光电厂房,使得企业产品实现快速落地投产"
F4 = "沭阳全力攻坚香港、深圳等地,前三季度签约超亿元以上项目143个"
G["rc06"] = dict(
 article=art("新突破!前三季度,宿迁新引进亿元以上项目390个", "宿迁市广播电视总台，载于 xichu.net（鸣宿栏）", "2023-10-13", "day",
  "City broadcaster's news item relayed by a local site, Jiangsu: investment drive — a named project started in a laser industrial park, the park's firm count, a county's signings and a firm's project phase 1 in production in the county's development zone",
  "http://xichu.net/sybk/folder3434/2023/10/2023-10-13504782.html",
  "日期取页面“2023年10月13日09:27 来源:宿迁市广播电视总台”。标题照录；栏目菜单、面包屑、日期来源行与“0”已删。存段末段（“沭阳软件园管委会副主任陈田说:“目前,”）中断，整段删去；正文四段，止于“…实现快速落地投产。”。园区：宿迁激光产业园（文中又作“激光园区”；宿迁市，江苏）、沭阳经开区（宿迁市沭阳县）。项目：科耐特智能化标准厂房项目（宿迁激光产业园；“今年下半年正式签约,目前已经全面动工”→开工，status_alt 签约；无投资额，“年销售12亿元”为预计销售，不作投资）；江苏知美美妆集团项目一期（沭阳经开区；“总投资20亿元”；盘活厂房“实现快速落地投产”→投产）。事实：激光园区产业链企业90余家（余）；沭阳县前三季度签约亿元以上项目143个（region，cumulative）；宿迁全市前三季度新引进亿元以上项目390个（标题，region，可选）。",
  "rc06"),
 parks=[
  park(JG, "宿迁", "江苏", "产业园", F1, aliases=["激光园区"]),
  park(SY, "宿迁", "江苏", "经济开发区", F3, district="沭阳县"),
 ],
 companies=[
  comp("科耐特", JG, F1, opt=True, note="只在项目名中"),
  comp("江苏知美美妆集团", SY, F3),
 ],
 projects=[
  proj("科耐特智能化标准厂房项目", JG, F1, companies=["科耐特"], status="开工", status_text="目前已经全面动工", status_alt="签约",
       note="今年下半年正式签约；九月底开工；预计明年3月底全部完工；预计年销售12亿元"),
  proj("江苏知美美妆集团项目一期", SY, F3, companies=["江苏知美美妆集团"], inv="总投资20亿元", phase="一期", status="投产",
       status_text="实现快速落地投产", note="一期盘活中科光电厂房；20亿元为该企业项目总投资"),
 ],
 aggregate_facts=[
  fact(JG, "park", "firms", 90, "count", F2, "2023-10", qual="余", qtext="余"),
  fact("沭阳县", "region", "projects_signed", 143, "count", F4, "2023年前三季度", kind="cumulative", opt=True, note="超亿元以上项目"),
  fact("宿迁市", "region", "projects_introduced", 390, "count", "前三季度,宿迁新引进亿元以上项目390个", "2023年前三季度", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- rc07 靖江 (新江苏·中国江苏网 via xjnnet 2023)
JJ = "靖江经济技术开发区"
H1 = "2月10日,靖江市38个重大产业项目在靖江经济技术开发区本部、城南园区、城北园区同步开工,项目总投资近260亿元"
H2 = "总投资10亿元的浙江德威高端不锈钢管生产制造项目,是靖江开发区成功招引的金属材料产业项目"
H3 = "靖江力争全年新签约亿元以上项目不少于200个,开竣工5亿元以上项目50个,列入省重大项目5个"
G["rc07"] = dict(
 article=art("重振雄风再扬帆 靖江新开工38个重大产业项目", "新江苏·中国江苏网（顾介铸 朱娜 贾秋敏），载于新江南网 xjnnet.com", "2023-02-12", "day",
  "Provincial news portal relayed by a regional site, Jiangsu: a county-level city's collective groundbreaking in its development zone and two sub-parks — count and total investment, one named project with its sum, the year's targets",
  "https://xjnnet.com/e/wap/show.php?classid=181&id=129434",
  "日期取页面“2023-02-12”（开工在2月10日）。标题照录；日期行、站名口号、网址行与“网站声明”两行已删。正文四段，完整。园区：靖江经济技术开发区（文中又作“靖江开发区”；泰州市靖江市，江苏），其本部、城南园区、城北园区（园区内片区，可选）。项目：浙江德威高端不锈钢管生产制造项目（靖江开发区招引，总投资10亿元；文中作为38个同步开工项目之一介绍→开工，推断）。事实：38个项目同步开工、总投资近260亿元（约）；全年目标新签约亿元以上项目≥200个、开竣工5亿元以上项目50个、省重大项目5个（region 靖江市，target）；“十四五”末开发区工业经济规模突破2000亿元（target，可选）。",
  "rc07"),
 parks=[
  park(JJ, "泰州", "江苏", "经济技术开发区", H1, district="靖江市", aliases=["靖江开发区"]),
  park("城南园区", "泰州", "江苏", "园区", H1, district="靖江市", parent=JJ, opt=True),
  park("城北园区", "泰州", "江苏", "园区", H1, district="靖江市", parent=JJ, opt=True),
 ],
 companies=[
  comp("浙江德威", JJ, H2, opt=True, note="只在项目名中；董事长沈根荣"),
 ],
 projects=[
  proj("浙江德威高端不锈钢管生产制造项目", JJ, H2, companies=["浙江德威"], inv="总投资10亿元", status="开工", status_text="同步开工",
       note="作为2月10日同步开工的38个项目之一介绍（推断）"),
 ],
 aggregate_facts=[
  fact(JJ, "park", "projects_started", 38, "count", H1, "2023-02-10"),
  fact(JJ, "park", "started_investment_cny", 2.6e10, "cny", "项目总投资近260亿元", "2023-02-10", qual="约", qtext="近"),
  fact("靖江市", "region", "projects_signed", 200, "count", H3, "2023年（力争）", kind="target", qual="超", qtext="不少于", opt=True),
  fact("靖江市", "region", "projects_started_or_completed", 50, "count", H3, "2023年（力争）", kind="target", opt=True, note="开竣工5亿元以上项目"),
  fact(JJ, "park", "industrial_output_cny", 2e11, "cny", "到“十四五”末,靖江计划开发区工业经济规模突破2000亿元", "2025年末（计划）", kind="target",
       qual="超", qtext="突破", opt=True),
 ])
