# real285 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real52 (real28–real52): evidence verbatim (all eight items simplified script as published); names as
# written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); US dollars as investment_value /
# investment_currency or *_usd facts. Growth rates and shares as ratios. Projects: the park is the one the text places the
# project in, null if none (a county, district or town is not a park). Status from the text's words (开工 / 开工建设 / 集中开工
# → 开工; 签约 → 签约; 主厂房封顶 / 设备进场调试 → 在建). Counts and sums of a collective groundbreaking are facts dated to the
# ceremony; “今年以来”/“累计” figures are cumulative; “预计 / 建成后 / 计划” figures are target. Sources are `search` (corpus pages)
# excerpts typed into _raw/pages/rxNN.raw as returned.

# ---------------------------------------------------------------- rx01 常州高新区 24个重点项目集中开工 (常州市发改委网站 2019)
CZ = "常州高新区"
A0 = "5月31日,常州高新区举行2019年第二次重点项目集中开工仪式,包括江苏德春电力高压电柜项目在内的24个市、区重点项目集中开工,总投资74亿元"
A1 = "今年以来,新引进了优质项目47个,总投资达405.7亿元"
A2 = "“122”重特大项目取得突破,合全药业生产及研发基地项目、比亚迪新能源汽车及核心零部件项目、瑞声光学项目等相继签约,中科院国家空间信息综合应用创新服务平台签订院省协议"
A3 = "8个省重点项目、59个市重点项目(包括新入库10个项目)、182个区重点项目按照时序进度扎实推进"
AS1 = "2019年5月31日（集中开工）"
ASC1 = "2019年1月至5月底"
G["rx01"] = dict(
 article=art("新北:总投资74亿元的24个重点项目集中开工", "常州市发展和改革委员会网站（fgw.changzhou.gov.cn “区县新闻”栏，来源:发改委；无署名）", "2019-06-03", "day",
  "Municipal development-and-reform commission website, Jiangsu: a national high-tech zone's second collective groundbreaking of the year (24 key projects, one named, total investment), the zone's projects attracted this year, three named major projects signed, key-project counts",
  "http://fgw.changzhou.gov.cn/html/fgw/2019/NCMJLMBC_0603/36364.html",
  "日期取页面“发布日期:2019-06-03  来源:发改委”。标题照录（“新北”即常州市新北区，常州高新区与新北区合署）；“当前位置…”与日期来源行、页脚导航已删。正文四段，完整。园区：常州高新区（常州市新北区，江苏；文中又作“高新区”）。项目：江苏德春电力高压电柜项目——5月31日24个项目之一，集中开工（无单项金额）；合全药业生产及研发基地项目、比亚迪新能源汽车及核心零部件项目、瑞声光学项目——“122”重特大项目“相继签约”（签约，园区由语境推定为常州高新区）；中科院国家空间信息综合应用创新服务平台“签订院省协议”（可选，签约）。事实：集中开工24个、总投资74亿元；今年以来新引进优质项目47个、总投资405.7亿元（cumulative）；省/市/区重点项目8/59/182个（可选）。",
  "rx01"),
 parks=[
  park(CZ, "常州", "江苏", "高新区", A0, district="新北区", note="标题作“新北”（新北区）；文中又作“高新区”"),
 ],
 companies=[
  comp("江苏德春电力", CZ, A0, opt=True, note="只在项目名中"),
  comp("合全药业", CZ, A2, opt=True, note="只在项目名中"),
  comp("比亚迪", CZ, A2, opt=True, note="只在项目名中"),
  comp("瑞声光学", CZ, A2, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("中科院", A2, kind="research", note="国家空间信息综合应用创新服务平台签订院省协议"),
 ],
 projects=[
  proj("江苏德春电力高压电柜项目", CZ, A0, companies=["江苏德春电力"], status="开工", status_text="集中开工", note="2019年5月31日24个重点项目之一；无单项金额"),
  proj("合全药业生产及研发基地项目", CZ, A2, companies=["合全药业"], status="签约", status_text="相继签约", note="“122”重特大项目；园区由语境推定"),
  proj("比亚迪新能源汽车及核心零部件项目", CZ, A2, companies=["比亚迪"], status="签约", status_text="相继签约", note="同上"),
  proj("瑞声光学项目", CZ, A2, companies=["瑞声光学"], status="签约", status_text="相继签约", note="同上"),
  proj("中科院国家空间信息综合应用创新服务平台", CZ, A2, status="签约", status_text="签订院省协议", opt=True, note="平台类；院省协议"),
 ],
 aggregate_facts=[
  fact(CZ, "park", "projects_started", 24, "count", A0, AS1, note="市、区重点项目"),
  fact(CZ, "park", "projects_started_investment_cny", 7.4e9, "cny", "24个市、区重点项目集中开工,总投资74亿元", AS1, chk=True),
  fact(CZ, "park", "projects_introduced", 47, "count", A1, ASC1, kind="cumulative", note="新引进优质项目"),
  fact(CZ, "park", "introduced_investment_cny", 4.057e10, "cny", "新引进了优质项目47个,总投资达405.7亿元", ASC1, kind="cumulative", chk=True),
  fact(CZ, "park", "provincial_key_projects", 8, "count", A3, "2019年", opt=True),
  fact(CZ, "park", "municipal_key_projects", 59, "count", A3, "2019年", opt=True),
  fact(CZ, "park", "district_key_projects", 182, "count", A3, "2019年", opt=True),
 ])

# ---------------------------------------------------------------- rx02 泰州医药高新区 26个项目集中开工 (中国工业报 2019)
TZ = "泰州医药高新区"
B0 = "该区2019年一季度26个重大产业项目集中开工,总投资119.2亿元"
B1 = "所有项目全部建成投产后,预计能够实现年销售收入260亿元、利税30亿元"
B2 = "据介绍,赛孚士抗体药物CDMO生产基地项目总投资22亿元"
B3 = "其中,赛孚士抗体药物和中物院金属3D打印两个项目列入2019年省重大项目计划"
B4 = "3D打印项目建成后,将形成年产高精密度金属配件5000万件以及配套金属粉末100吨的生产能力,预计年产值25亿元"
AS2 = "2019年3月24日（集中开工）"
G["rx02"] = dict(
 article=art("（无标题）泰州医药高新区2019年一季度26个重大产业项目集中开工", "中国工业报（记者 姚翔，通讯员 安平），载于 cinn.cn", "2019-03", "month",
  "National industry newspaper's website, Jiangsu: a national high-tech zone's tenth-anniversary groundbreaking of 26 projects — total investment, expected sales and profit-tax, two named provincial key projects (one with its sum, one with capacity and expected output)",
  "https://www.cinn.cn/p/209299.html",
  "存段无标题、无日期行（title 为编者概括）；首行“中国工业报 姚翔 通讯员 安平”为报头署名，照录为第一段。开工日为2019年3月24日（文中“3月24日上午”“2019年一季度”），发布日不详，记 2019-03（month；新华社同题稿 kelionline 转载日期为2019-03-25，未用）。存段末段“记者了解到,经过十年的快速发展,2018年,泰州医药高新区交出了这样一份“成绩单”:实现地区生产总”在句中中断，整段删去，正文截至“…“动力核”的坚强决心。”。园区：泰州医药高新区（文中又作“医药高新区”“国家级泰州医药高新区”“园区”“该区”；泰州，江苏）。项目：赛孚士抗体药物CDMO生产基地项目（文中又作“赛孚士抗体药物”；总投资22亿元）、中物院金属3D打印（文中又作“3D打印项目”；预计年产值25亿元）——均为26个集中开工项目中的省重大项目（开工）。中物院（中国工程物理研究院简称）列可选机构。事实：26个项目、总投资119.2亿元；建成投产后年销售收入260亿元、利税30亿元（target）；10亿元以上项目4个（可选）。",
  "rx02"),
 parks=[
  park(TZ, "泰州", "江苏", "国家级高新区", B0, aliases=["医药高新区"], note="文中又作“国家级泰州医药高新区”“园区”“该区”；2009年成立"),
 ],
 companies=[
  comp("赛孚士", TZ, B3, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("中物院", B3, kind="research", park=TZ, note="中国工程物理研究院简称；只在项目名中"),
 ],
 projects=[
  proj("赛孚士抗体药物CDMO生产基地项目", TZ, B2, companies=["赛孚士"], inv="总投资22亿元", status="开工", status_text="集中开工",
       aliases=["赛孚士抗体药物"], note="2019年一季度26个集中开工项目之一；列入2019年省重大项目计划"),
  proj("中物院金属3D打印", TZ, B3, status="开工", status_text="集中开工", aliases=["3D打印项目"],
       note="列入2019年省重大项目计划；无金额；建成后预计年产值25亿元"),
 ],
 aggregate_facts=[
  fact(TZ, "park", "projects_started", 26, "count", B0, AS2),
  fact(TZ, "park", "projects_started_investment_cny", 1.192e10, "cny", "26个重大产业项目集中开工,总投资119.2亿元", AS2, chk=True),
  fact(TZ, "park", "expected_annual_sales_cny", 2.6e10, "cny", "预计能够实现年销售收入260亿元、利税30亿元", "全部建成投产后（预期）", kind="target", chk=True, note="26个开工项目合计"),
  fact(TZ, "park", "expected_annual_profit_tax_cny", 3e9, "cny", "利税30亿元", "全部建成投产后（预期）", kind="target", chk=True, note="26个开工项目合计"),
  fact(TZ, "park", "projects_started_over_1bn", 4, "count", "10亿元以上项目4个", AS2, opt=True),
  fact("中物院金属3D打印", "project", "expected_annual_output_cny", 2.5e9, "cny", B4, "建成后（预期）", kind="target", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- rx03 南通高新区 链式招商 (南通信息网 zhenyixin 2018)
NT = "南通高新区"
C0 = "9月6日,位于南通高新区的广东鸿图南通压铸三期项目大部分设备已经进场调试,年底有望竣工投产"
C1 = "上半年,南通高新区新开工亿元产业项目21个,其中重大项目4个"
C2 = "8月25日,江苏生益特种材料有限公司主厂房封顶,距项目破土动工仅5个月时间"
C3 = "该项目总投资5亿元,专业从事特种覆铜板的生产销售"
C4 = "二季度确保了四方节能、嘉朗机械等项目开工建设"
G["rx03"] = dict(
 article=art("南通高新区链式招商打造项目集聚“强磁场”:上半年开工亿元产业项目21个,重大空心计项目4个", "南通信息网（zhenyixin.com，“网络整理”；原发媒体与署名未注明）", "2018-09-06", "day",
  "Local aggregator relaying a news item, Jiangsu: a national high-tech zone's chain-investment drive — a firm's third-phase plant in equipment commissioning, another firm's plant topped out with its investment and expected sales, projects started in the half-year and the second quarter",
  "http://www.zhenyixin.com/zuixin/6228.html",
  "日期取页面“网络整理 2018-09-06”（文中“9月6日”同日）。标题照录（聚合站标题；“重大空心计项目4个”原文如此，正文作“其中重大项目4个”）；标题后的关键词标签“|链式|南通|高新区”、站名、面包屑与“网络整理…”行已删（make_txt.py HEAD_SUFFIX）。存段末句“7月18”为下一句残文，已删（LINE_SUFFIX），正文截至“…顺利开工建设。”，共四段。园区：南通高新区（南通，江苏；文中又作“园区”；为“南通市5个国家级开发区”之一）。项目：广东鸿图南通压铸三期项目（设备进场调试、年底有望竣工投产→在建）；江苏生益特种材料有限公司的项目（主厂房封顶、5个月前破土动工、总投资5亿元→在建；未写项目名，以企业名作项目名，如 real52 zv02）；四方节能、嘉朗机械（二季度开工建设→开工）。公司：广东鸿图南通压铸（又作“鸿图压铸”）与江苏生益特种材料有限公司在园；四方节能、嘉朗机械只作项目名（可选）。事实：上半年新开工亿元产业项目21个、其中重大项目4个（cumulative）；生益预计年销售额6亿元（target）。",
  "rx03"),
 parks=[
  park(NT, "南通", "江苏", "国家级高新区", C0, note="“南通市5个国家级开发区”之一；文中又作“园区”"),
 ],
 companies=[
  comp("广东鸿图南通压铸", NT, C0, aliases=["鸿图压铸"], note="三期项目设备进场调试"),
  comp("江苏生益特种材料有限公司", NT, C2, note="主厂房封顶；特种覆铜板"),
  comp("四方节能", NT, C4, opt=True, note="只作项目名"),
  comp("嘉朗机械", NT, C4, opt=True, note="只作项目名"),
 ],
 projects=[
  proj("广东鸿图南通压铸三期项目", NT, C0, companies=["广东鸿图南通压铸"], phase="三期", status="在建", status_text="大部分设备已经进场调试,年底有望竣工投产",
       note="建成后新增年产汽车铝合金压铸件160万件"),
  proj("江苏生益特种材料有限公司", NT, "8月25日,江苏生益特种材料有限公司主厂房封顶,距项目破土动工仅5个月时间,接下来,企业将马不停蹄进行设备安装,力争明年两条生产线投产。该项目总投资5亿元",
       companies=["江苏生益特种材料有限公司"], inv="该项目总投资5亿元", status="在建", status_text="主厂房封顶",
       note="项目未命名，以企业名作项目名；预计2019年1月竣工验收、试生产"),
  proj("四方节能", NT, C4, companies=["四方节能"], status="开工", status_text="开工建设", note="2018年二季度"),
  proj("嘉朗机械", NT, C4, companies=["嘉朗机械"], status="开工", status_text="开工建设", note="2018年二季度"),
 ],
 aggregate_facts=[
  fact(NT, "park", "projects_started", 21, "count", C1, "2018年上半年", kind="cumulative", note="新开工亿元产业项目"),
  fact(NT, "park", "major_projects_started", 4, "count", C1, "2018年上半年", kind="cumulative", opt=True),
  fact("江苏生益特种材料有限公司", "company", "expected_annual_sales_cny", 6e8, "cny", "未来3年内,企业将建设六七条生产线同步生产,预计年销售额达6亿元", "未来3年内（预期）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- rx04 宜兴35个重大项目集中开工 (jiangsulong 2018)
YX = "宜兴经济技术开发区"
D0 = "昨日,在位于宜兴经济技术开发区的永盛路西侧,35个重大项目集中开工,总投资193.5亿元"
D1 = "35个重大项目单体平均投资规模超5亿元,其中,超30亿元项目1个,超10亿元项目8个"
D2 = "环保装备制造园、帝科电子光伏新材料研发等多个项目助力地方优势产业做大做强"
AS4 = "2018年10月19日（集中开工）"
G["rx04"] = dict(
 article=art("宜兴35个重大项目集中开工 先进制造业项目占比近九成", "m.jiangsulong.com（江苏龙网，网友投稿转载；原发媒体与署名未注明）", "2018-10-20", "day",
  "Content aggregator relaying a city paper's item, Jiangsu: a county-level city's collective groundbreaking of 35 projects held in its economic and technological development zone — total and size bands, two named projects, a firm's standing, idle land revitalised",
  "http://m.jiangsulong.com/a/2018/1020/112355.html",
  "日期取网址 2018/1020；文中“昨日”即2018年10月19日开工。标题照录；聚合站的“小编提示您…投稿。”“本文标题:…”及重复标题行已删。原发媒体未注明（“入选我市首批“独角兽”培育企业”显示为宜兴/无锡本地报）。存段在末句“新一轮的招商引资中,宜兴把破产企业闲置的土地作为宝贵的发展资源,重点承接能耗低、排放少、产出高的新”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…宜兴发改委相关负责人透露。”，共三段。园区：宜兴经济技术开发区——开工仪式所在地（永盛路西侧）；35个项目“汇集了宜兴10个板块”，不都在经开区，故项目 park 记 null。项目：环保装备制造园、帝科电子光伏新材料研发（集中开工，无单项金额）。公司：帝科电子（太阳能电池辅材企业；园区未说，park null）。事实记于“宜兴”（region）：35个项目、193.5亿元、单体平均超5亿元、超30亿元1个、超10亿元8个；芳桥街道4个项目盘活闲置土地近130亩（可选）。",
  "rx04"),
 parks=[
  park(YX, "无锡", "江苏", "经济技术开发区", D0, district="宜兴市", note="集中开工仪式所在地"),
 ],
 companies=[
  comp("帝科电子", None, "帝科电子是一家专注于太阳能电池辅材的企业,经过7年努力,企业产品打破国外垄断", note="园区未说"),
 ],
 institutions=[
  inst("宜兴发改委", "宜兴发改委相关负责人透露"),
 ],
 projects=[
  proj("环保装备制造园", None, D2, status="开工", status_text="集中开工", note="35个集中开工项目之一；所在板块未说"),
  proj("帝科电子光伏新材料研发", None, D2, companies=["帝科电子"], status="开工", status_text="集中开工", note="扩能项目和研发中心；所在板块未说"),
 ],
 aggregate_facts=[
  fact("宜兴", "region", "projects_started", 35, "count", D0, AS4, note="汇集宜兴10个板块"),
  fact("宜兴", "region", "projects_started_investment_cny", 1.935e10, "cny", "35个重大项目集中开工,总投资193.5亿元", AS4, chk=True),
  fact("宜兴", "region", "projects_started_avg_investment_cny", 5e8, "cny", "35个重大项目单体平均投资规模超5亿元", AS4, qual="超", qtext="超", chk=True, opt=True),
  fact("宜兴", "region", "projects_started_over_3bn", 1, "count", D1, AS4, opt=True),
  fact("宜兴", "region", "projects_started_over_1bn", 8, "count", D1, AS4, opt=True),
  fact("宜兴", "region", "advanced_manufacturing_share", 0.9, "ratio", "先进制造业占比近90%", AS4, kind="ratio", qual="约", qtext="近", opt=True),
  fact("芳桥街道", "region", "idle_land_revitalised_mu", 130, "mu", "仅芳桥街道开工的4个项目就盘活闲置土地近130亩", AS4, qual="约", qtext="近", opt=True),
 ])

# ---------------------------------------------------------------- rx05 兴化 戴南镇 28个重大项目集中开工 (聚焦泰州 2019)
DN = "戴南镇循环经济产业园"
E0 = "5月8日上午,兴化市戴南镇举行2019中国•兴化千垛菜花旅游节重大项目集中开工仪式, 28个重大项目集中开工,计划总投资46.1亿元"
E1 = "集中开工仪式主会场设在戴南镇总投资15亿元的江苏金桥焊材项目现场"
E2 = "项目位于戴南镇循环经济产业园,由世界最大综合性焊接材料研发生产企业——天津金桥焊材集团投资新建"
E3 = "项目建成后,每年可生产实心气保焊丝40万吨,新增产值30亿元,利税3亿元,安置就业人员400人"
AS5 = "2019年5月8日（集中开工）"
G["rx05"] = dict(
 article=art("（无标题）兴化市戴南镇举行重大项目集中开工仪式 28个项目计划总投资46.1亿元", "jujiaotaizhou.com（聚焦泰州“重大项目”栏；署名“兴文 小张 刘惺 叶勤”，原发媒体未注明）", "2019-05", "month",
  "City news site, Jiangsu: a county-level city's collective groundbreaking held in a town during a tourism festival — 28 projects with total and size bands, the main-venue project in the town's circular-economy park with investor, site, capacity and expected output",
  "http://jujiaotaizhou.com/a/zhongdaxiangmu/6311.html",
  "存段无标题、无日期行（title 为编者概括）。日期由文中推定：“5月8日上午…2019中国•兴化千垛菜花旅游节重大项目集中开工仪式”，开工日2019年5月8日，发布日不详，记 2019-05（month）。“编辑:陆冬梅”与页尾“|”已删；署名“(兴文 小张 刘惺 叶勤)”在正文末，保留。正文三段，完整。园区：戴南镇循环经济产业园（兴化市戴南镇，泰州，江苏）；“分布在开发区及戴南…”中的“开发区”未写全称，不列园区。项目：江苏金桥焊材项目——集中开工主会场（开工），总投资15亿元，位于戴南镇循环经济产业园，天津金桥焊材集团投资新建；占地210亩、建成后新增产值30亿元、利税3亿元（target）。28个项目分布在13个乡镇（街道），事实记于“兴化市”（region）：28项、计划总投资46.1亿元、亿元以上16项、10亿元以上1项。",
  "rx05"),
 parks=[
  park(DN, "泰州", "江苏", "产业园（循环经济）", E2, district="兴化市"),
 ],
 companies=[
  comp("天津金桥焊材集团", None, E2, note="投资方（“世界最大综合性焊接材料研发生产企业”）；总部不在园区"),
  comp("江苏金桥焊材", DN, E1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("江苏金桥焊材项目", DN, E1, companies=["天津金桥焊材集团"], inv="总投资15亿元", status="开工", status_text="集中开工",
       note="集中开工主会场；占地210亩，建筑面积8万平方米；年产实心气保焊丝40万吨"),
 ],
 aggregate_facts=[
  fact("兴化市", "region", "projects_started", 28, "count", E0, AS5, note="分布在开发区及13个乡镇（街道）"),
  fact("兴化市", "region", "projects_started_investment_cny", 4.61e9, "cny", "28个重大项目集中开工,计划总投资46.1亿元", AS5, chk=True),
  fact("兴化市", "region", "projects_started_over_100m", 16, "count", "亿元以上项目16项,其中10亿元以上项目1项", AS5, opt=True),
  fact("兴化市", "region", "projects_started_over_1bn", 1, "count", "其中10亿元以上项目1项", AS5, opt=True),
  fact("江苏金桥焊材项目", "project", "site_area_mu", 210, "mu", "项目占地面积210亩,建筑面积8万平方米", AS5, opt=True),
  fact("江苏金桥焊材项目", "project", "expected_annual_output_cny", 3e9, "cny", "新增产值30亿元,利税3亿元", "建成后（预期）", kind="target", chk=True),
  fact("江苏金桥焊材项目", "project", "expected_annual_profit_tax_cny", 3e8, "cny", "利税3亿元,安置就业人员400人", "建成后（预期）", kind="target", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- rx06 2018年无锡市首批重大项目集中开工 (jiangsu.chinagdp 2018)
XW = "高新区"
F0 = "本次集中开工共安排了华虹无锡集成电路研发和制造基地、国家智能交通综合测试基地、红外光学窗口及高功率激光薄膜、美能自动化机械设备生产等209个重大项目,总投资3139亿元,年度计划投资901亿元"
F1 = "值得一提的是,当天开工的华虹无锡集成电路研发和制造基地项目,总投资100亿美元以上,是无锡历史上成功引进的单体投资规模最大的项目"
F2 = "从地区分布来看,无锡新吴区的项目最多,包括华虹项目在内,共集中开工45个项目,总投资1171亿元,年度计划投资252亿元"
AS6 = "2018年3月2日（集中开工）"
G["rx06"] = dict(
 article=art("（无标题）2018年无锡市首批重大项目集中开工", "jiangsu.chinagdp.org（“重大项目”栏；原发媒体与署名未注明）", "2018-03", "month",
  "Economic-data portal relaying a news item, Jiangsu: a city's first collective groundbreaking of 2018 (209 projects, four named, totals and annual plan), its largest project (a foundry in US dollars, phase 1), and the high-tech district's 45 projects",
  "http://jiangsu.chinagdp.org/zdxm/201803/950.html",
  "存段无标题、无日期行（title 为编者概括）。日期由文中“3月2日,2018年无锡市首批重大项目集中开工”与网址 201803 推定，记 2018-03（month）。正文三段，末句完整。园区：文中只在“体现了高新区“产业强区”的发展新成果”中作“高新区”（即无锡高新区，与新吴区合署），列为可选园区；新吴区为行政区（事实 subject_type region）。项目：华虹无锡集成电路研发和制造基地（项目）——开工，“总投资100亿美元以上”（美元：investment_value 1e10，investment_currency usd，qualifier 超/以上），一期投资25亿美元，位于新吴区（“包括华虹项目在内”）；园区不明写，park 记 null。国家智能交通综合测试基地、红外光学窗口及高功率激光薄膜、美能自动化机械设备生产——开工，所在区未说，park null。事实：无锡市209个项目、总投资3139亿元、年度计划投资901亿元（target）；新吴区45个项目、总投资1171亿元、年度计划投资252亿元（target）、战略性新兴产业和先进制造业项目32个（可选）。",
  "rx06"),
 parks=[
  park(XW, "无锡", "江苏", "高新区", "体现了高新区“产业强区”的发展新成果", district="新吴区", opt=True,
       note="即无锡高新区（与新吴区合署）；文中只作“高新区”"),
 ],
 companies=[
  comp("华虹", None, F2, opt=True, note="只在“华虹项目”“华虹无锡…”中"),
  comp("美能", None, F0, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("华虹无锡集成电路研发和制造基地", None, F1, companies=["华虹"], inv="总投资100亿美元以上", qual="超", qual_text="以上",
       currency="usd", value=1e10, status="开工", status_text="当天开工", aliases=["华虹无锡集成电路研发和制造基地项目", "华虹项目"],
       note="位于无锡新吴区（“包括华虹项目在内”）；一期投资25亿美元，明年年内逐步达产",
       alt_investment={"investment_text": "一期投资25亿美元", "phase": "一期", "investment_value": 2.5e9, "investment_currency": "usd"}),
  proj("国家智能交通综合测试基地", None, F0, status="开工", status_text="集中开工"),
  proj("红外光学窗口及高功率激光薄膜", None, F0, status="开工", status_text="集中开工"),
  proj("美能自动化机械设备生产", None, F0, companies=["美能"], status="开工", status_text="集中开工"),
 ],
 aggregate_facts=[
  fact("无锡市", "region", "projects_started", 209, "count", F0, AS6),
  fact("无锡市", "region", "projects_started_investment_cny", 3.139e11, "cny", "209个重大项目,总投资3139亿元,年度计划投资901亿元", AS6, chk=True),
  fact("无锡市", "region", "planned_annual_investment_cny", 9.01e10, "cny", "年度计划投资901亿元", "2018年（计划）", kind="target", chk=True),
  fact("无锡新吴区", "region", "projects_started", 45, "count", F2, AS6),
  fact("无锡新吴区", "region", "projects_started_investment_cny", 1.171e11, "cny", "共集中开工45个项目,总投资1171亿元,年度计划投资252亿元", AS6, chk=True),
  fact("无锡新吴区", "region", "planned_annual_investment_cny", 2.52e10, "cny", "年度计划投资252亿元。此番也是新吴区建区以来", "2018年（计划）", kind="target", chk=True),
  fact("无锡新吴区", "region", "strategic_and_advanced_manufacturing_projects_started", 32, "count", "45个新开工项目中包括战略性新兴产业和先进制造业产业项目32个", AS6, opt=True),
  fact("华虹无锡集成电路研发和制造基地", "project", "phase1_investment_usd", 2.5e9, "usd", "一期投资25亿美元", AS6, opt=True),
 ])

# ---------------------------------------------------------------- rx07 西太湖科技产业园:打造特色发展格局 (常州日报 via 常州市科技局 2018)
XT = "西太湖科技产业园"
H0 = "2006年到2017年,园区地区生产总值、工业总产值、服务业增加值和地方一般预算收入,年均增幅分别达30.7%、26.5%、22.4%和31.1%"
H1 = "累计完成固定资产投入770.6亿元,注册外资21.5亿美元,实际到账外资14.1亿美元"
H2 = "园区规划面积90平方公里,实际面积48.35平方公里,拥有14公里黄金水岸线和超过40%的绿化覆盖率"
ASH = "2006年至2017年"
G["rx07"] = dict(
 article=art("西太湖科技产业园:打造特色发展格局", "常州日报，载于常州市科学技术局网站 kjj.changzhou.gov.cn（“苏南国家自主创新示范区”专栏；记者署名存段未示）", "2018-11-29", "day",
  "City daily relayed by the municipal science-and-technology bureau's website, Jiangsu: a feature on a district's science and technology park forty years into reform — its former names, 2006–2017 growth rates, cumulative fixed-asset investment and foreign capital, planned and actual area, cooperation zones",
  "http://kjj.changzhou.gov.cn/html/kjj/2018/KEPLKIFJ_1129/34827.html",
  "日期取页面“发布日期:2018-11-29  来源:常州日报”。标题照录；“当前位置…”与日期来源行已删。存段末段“以石墨烯产业为代表的新材料产业,形成了贯通石墨烯产业上下游的完整产业链,在石墨烯领域”在句中中断，整段删去，正文截至“…现代产业发展格局。”，共六段（长篇特写只存开头）。园区：西太湖科技产业园（常州市武进区，江苏；文中又作“园区”“西太湖板块”；前身“武进外向型农业综合开发区、武进经济开发区”——旧名列 alias，如 real52 zv07）；苏澳合作园区（“在常州市西太湖畔合作开发建设”，可选，parent 西太湖科技产业园）。中以创新合作实验区未写名称，不列。事实：2006–2017年 GDP、工业总产值、服务业增加值、一般预算收入年均增幅（ratio）；累计固定资产投入770.6亿元、注册外资21.5亿美元、实际到账外资14.1亿美元（cumulative）；规划面积90、实际面积48.35平方公里；水岸线14公里、绿化覆盖率超40%（可选）。",
  "rx07"),
 parks=[
  park(XT, "常州", "江苏", "科技产业园", "再到如今的西太湖科技产业园", district="武进区", aliases=["武进经济开发区", "武进外向型农业综合开发区"],
       note="前身武进外向型农业综合开发区、武进经济开发区；文中又作“园区”“西太湖板块”"),
  park("苏澳合作园区", "常州", "江苏", "合作园区", "决定在常州市西太湖畔合作开发建设苏澳合作园区", district="武进区", parent=XT, opt=True,
       note="2016年10月江苏省政府与澳门特区政府签订备忘录；母园区由语境推定"),
 ],
 companies=[],
 institutions=[
  inst("江苏省政府", "江苏省政府与澳门特别行政区政府在澳门签订备忘录"),
  inst("澳门特别行政区政府", "江苏省政府与澳门特别行政区政府在澳门签订备忘录"),
 ],
 projects=[],
 aggregate_facts=[
  fact(XT, "park", "gdp_avg_annual_growth", 0.307, "ratio", H0, ASH, kind="ratio"),
  fact(XT, "park", "industrial_output_avg_annual_growth", 0.265, "ratio", H0, ASH, kind="ratio"),
  fact(XT, "park", "services_value_added_avg_annual_growth", 0.224, "ratio", H0, ASH, kind="ratio", opt=True),
  fact(XT, "park", "budget_revenue_avg_annual_growth", 0.311, "ratio", H0, ASH, kind="ratio", opt=True),
  fact(XT, "park", "fixed_asset_investment_cny", 7.706e10, "cny", H1, ASH, kind="cumulative", chk=True),
  fact(XT, "park", "registered_fdi_usd", 2.15e9, "usd", "注册外资21.5亿美元", ASH, kind="cumulative"),
  fact(XT, "park", "actual_fdi_usd", 1.41e9, "usd", "实际到账外资14.1亿美元", ASH, kind="cumulative"),
  fact(XT, "park", "planned_area_km2", 90, "km2", H2, "2018年"),
  fact(XT, "park", "actual_area_km2", 48.35, "km2", H2, "2018年"),
  fact(XT, "park", "waterfront_km", 14, "km", H2, "2018年", opt=True),
  fact(XT, "park", "green_coverage", 0.40, "ratio", H2, "2018年", kind="ratio", qual="超", qtext="超过", opt=True),
 ])

# ---------------------------------------------------------------- rx08 天宁区 园区经济 (常州市发改委网站 2016)
HM = "黑牡丹科技园"
HS = "常州恒生科技园"
K0 = "总投资45亿元的黑牡丹科技园,通过总部办公研发区、产业孵化区、产业加速区、住宅配套区、商业配套区5大板块,实现产业与城市有机融合"
K1 = "园区大力发展先进制造、节能环保等产业链集群,未来3年将引进300家企业,战略目标是产值超百亿元"
K2 = "5年前,常州恒生科技园落户天宁。依托自身资源优势,常州恒生科技园引进优质企业百余家,创造税收2亿多元,成功创建为省级科技园区"
K3 = "今年5月,常州恒生科技园二期开工"
K4 = "据了解,园区总投资21亿元,计划引进500多家高科技企业,提供3万个就业岗位,年产值超30亿元,年税收3亿元"
G["rx08"] = dict(
 article=art("（无标题）天宁区产业园区成为经济发展“能量源”", "常州市发展和改革委员会网站（fgw.changzhou.gov.cn；存段无来源行，原发媒体与署名未注明）", "2016-07-26", "day",
  "Municipal development-and-reform commission website, Jiangsu: an urban district's park economy — the district's 2015 GDP, a 4.5-billion-yuan technology park with its five zones and targets, a provincial-level science park's firms, taxes, phase 2 started, investment and targets",
  "https://fgw.changzhou.gov.cn/html/fgw/2016/NCMJLMBC_0726/21630.html",
  "存段无标题、无日期行（title 为编者概括）；日期取网址 2016/…_0726（文中“2015年末”“今年5月”相合）。存段末段“在天宁,像恒生科技园这样的“能量源”很多,产业亮点不断涌现:恒生科技园等13个创新型园区纳入苏南国家自主”在句中中断，整段删去，正文截至“…培育两家以上上市企业。”，共八段。园区：黑牡丹科技园（常州市天宁区，江苏；总投资45亿元）；常州恒生科技园（文中又作“恒生科技园”；省级科技园区；“母体公司恒生科技园”指其母公司品牌，不另列公司）。项目：黑牡丹科技园（园区开发项目，总投资45亿元，无状态；park 记园区本身）；常州恒生科技园（“园区总投资21亿元”，无状态，同）；常州恒生科技园二期（今年5月开工→开工）。事实：天宁区2015年末 GDP 632.2亿元（region）、“十二五”年均增长11.6%（可选）；黑牡丹科技园未来3年引进300家企业、产值超百亿元（target）；恒生科技园引进企业百余家（余）、税收2亿多元（余；“2亿多元”不合 digits+亿元 格式，metric 不以 _cny 结尾）、计划引进500多家、就业3万、年产值超30亿元、年税收3亿元（target）。",
  "rx08"),
 parks=[
  park(HM, "常州", "江苏", "科技园", K0, district="天宁区"),
  park(HS, "常州", "江苏", "省级科技园区", K2, district="天宁区", aliases=["恒生科技园"], note="“成功创建为省级科技园区”；文中又作“恒生科技园”“园区”"),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj("黑牡丹科技园", HM, K0, inv="总投资45亿元", note="园区开发项目（即园区本身）；无状态"),
  proj("常州恒生科技园", HS, K4, inv="园区总投资21亿元", aliases=["恒生科技园"], note="园区开发项目（即园区本身）；无状态"),
  proj("常州恒生科技园二期", HS, K3, phase="二期", status="开工", status_text="开工", note="2016年5月开工"),
 ],
 aggregate_facts=[
  fact("天宁区", "region", "gdp_cny", 6.322e10, "cny", "2015年末达632.2亿元,年均增长11.6%", "2015年末", chk=True),
  fact("天宁区", "region", "gdp_avg_annual_growth", 0.116, "ratio", "2015年末达632.2亿元,年均增长11.6%", "“十二五”（2011–2015年）", kind="ratio", opt=True),
  fact(HM, "park", "firms_target", 300, "count", K1, "2016–2019年（未来3年，计划）", kind="target"),
  fact(HM, "park", "output_target_cny", 1e10, "cny", "战略目标是产值超百亿元", "远期目标", kind="target", qual="超", qtext="超", opt=True),
  fact(HS, "park", "firms", 100, "count", K2, "2016年7月", kind="cumulative", qual="余", qtext="余"),
  fact(HS, "park", "tax_contributed", 2e8, "cny", K2, "2011年至2016年7月", kind="cumulative", qual="余", qtext="多", note="“2亿多元”"),
  fact(HS, "park", "firms_target", 500, "count", K4, "建成后（计划）", kind="target", qual="余", qtext="多"),
  fact(HS, "park", "jobs_target", 30000, "count", K4, "建成后（计划）", kind="target", opt=True),
  fact(HS, "park", "annual_output_target_cny", 3e9, "cny", "年产值超30亿元,年税收3亿元", "建成后（计划）", kind="target", qual="超", qtext="超", chk=True),
  fact(HS, "park", "annual_tax_target_cny", 3e8, "cny", "年税收3亿元", "建成后（计划）", kind="target", chk=True, opt=True),
 ])
