# real219 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52 (real28–real49): evidence verbatim (all six items simplified script as published); names as written
# in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios.
# Projects: the park is the one the text places the project in, null if none (a county or district is not a park). Status
# from the text's words (开工建设 / 集中开工 → 开工; 投产 → 投产; 签约 → 签约; 引进 / 落户 alone → no status). Firms get the park
# the text places them in, null where only a county or district is named. Sources are `search` (corpus pages) excerpts typed
# into _raw/pages/tjNN.raw as returned.

# ---------------------------------------------------------------- tj01 井冈山经开区 百日攻坚 集中开工 (井冈山报 2021)
JG = "井冈山经开区"
NY = "南亚新材料科技(江西)有限公司"
A0 = "2021年井冈山经开区重大项目“百日攻坚”行动动员大会暨集中开工活动在南亚新材料科技(江西)有限公司年产1500万平方米高性能覆铜板智能工厂建设项目开工现场举行"
A1 = "南亚新材料科技(江西)有限公司负责人代表出席并为项目培土奠基"
G["tj01"] = dict(
 article=art("2021年井冈山经开区重大项目“百日攻坚”行动动员大会暨集中开工活动举行", "井冈山报（吉安新闻网—井冈山报，“吉安新闻网讯”），载于 jgsdaily.com（园区新闻栏）", "2021-10-21", "day",
  "City daily's website, Jiangxi: a national-level development zone's mobilisation meeting and joint groundbreaking held at one named firm's new copper-clad-laminate plant, with the zone's project-push tasks",
  "http://www.jgsdaily.com/2021/1021/176116.shtml",
  "取得：search（corpus pages）查询“吉安新闻网讯 井冈山经开区 吉安高新区 项目 签约 投产 总投资 亿元 有限公司 井冈山报全媒体记者”所返回的页面开头，原样录入 _raw/pages/tj01.raw。日期取页面“2021-10-21 11:24 来源: 吉安新闻网—井冈山报”（活动日10月16日）。标题照录；面包屑与日期来源行已删。存段末句“深化“五型”政府建设,…为谱写吉安全面现代化建设新篇章作”在句中中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…要提升帮服项目的温度。”，共两段。园区：井冈山经开区（井冈山经济技术开发区，吉安市，江西；文中只作简称，级别未说）。金鸡湖街道、高新街道为街道，不是园区（列可选机构）。公司：南亚新材料科技(江西)有限公司（在园）。项目：年产1500万平方米高性能覆铜板智能工厂建设项目——集中开工活动在其“开工现场”举行、“为项目培土奠基”→开工；无金额。“约260人参加”不计。",
  "tj01"),
 parks=[
  park(JG, "吉安", "江西", "经济技术开发区", A0, note="井冈山经济技术开发区的简称；文中又作“区”“全区”"),
 ],
 companies=[
  comp(NY, JG, A0, note="覆铜板智能工厂项目业主"),
 ],
 institutions=[
  inst("金鸡湖街道", "金鸡湖街道、高新街道班子成员", note="街道（经开区内），不是园区"),
  inst("高新街道", "金鸡湖街道、高新街道班子成员", note="街道（经开区内），不是园区"),
  inst("井冈山经开区管委会", "井冈山经开区管委会调研员", note="园区管理机构"),
 ],
 projects=[
  proj(NY + "年产1500万平方米高性能覆铜板智能工厂建设项目", JG, A0, companies=[NY], status="开工", status_text="集中开工活动…开工现场…培土奠基",
       aliases=["年产1500万平方米高性能覆铜板智能工厂建设项目"], note="2021年10月16日开工；无金额；年产1500万平方米为产能，不计事实"),
 ],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- tj02 晶科24GW光伏组件一期项目投产 (上饶日报 2023)
B0 = "1月16日,广信区晶科24GW光伏组件一期项目投产活动举行"
B1 = "广信区晶科24GW光伏组件一期项目正式投产,这是晶科能源强势开局、加速发展的喜事"
B2 = "竭尽全力护航晶科项目健康发展,推动二期项目加快建设、早日投产"
G["tj02"] = dict(
 article=art("上饶广信区晶科24GW光伏组件一期项目投产", "上饶日报（页面“2023-01-18 上饶日报”），载于中国电力网 b2b.chinapower.com.cn（资讯栏）", "2023-01-18", "day",
  "City daily on an electric-power trade portal, Jiangxi: a district's photovoltaic-module plant (phase 1) goes into production with the city's leaders, the mayor's speech on the solar chain and phase 2",
  "http://b2b.chinapower.com.cn/newsnews/202301/18/11197.html",
  "取得：search（corpus pages）查询“上饶经开区 光伏 项目 投产 总投资 亿元 晶科 2021 本报讯”所返回的页面开头，原样录入 _raw/pages/tj02.raw。日期取页面“2023-01-18 上饶日报110”（“110”为浏览数；投产活动1月16日）。标题照录；站点“推广 热搜”行、日期来源行与“核心提示”摘要行（与首段开头重复，在“副市长”处中断）已删。存段末句“同时,希望晶科能源继续扎根上饶…提升更为有力的”在句中中断，已删（make_txt.py LINE_SUFFIX），正文截至“…互惠共生的产业生态体系。”，共三段。园区：文中未说项目在哪个园区，只说“广信区”（上饶市广信区，区县，不是园区）；不补园区。项目：广信区晶科24GW光伏组件一期项目——投产（park null；无金额）；二期项目“加快建设、早日投产”列可选项目（在建，名称为编者补全）。公司：晶科能源（park null）。市领导不列。“世界光伏城”为口号，不是园区。",
  "tj02"),
 parks=[],
 companies=[
  comp("晶科能源", None, B1, note="项目业主；文中未说园区"),
 ],
 projects=[
  proj("广信区晶科24GW光伏组件一期项目", None, B0, companies=["晶科能源"], phase="一期", status="投产", status_text="投产活动 / 正式投产",
       aliases=["晶科24GW光伏组件一期项目"], note="2023年1月16日投产；无金额；文中无园区"),
  proj("广信区晶科24GW光伏组件二期项目", None, B2, companies=["晶科能源"], phase="二期", status="在建", status_text="推动二期项目加快建设、早日投产",
       opt=True, note="文中只作“二期项目”；名称为编者补全"),
 ],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- tj03 2022年广信区工业经济 (上饶市广信区人民政府网 2023)
GX = "广信区"
C0 = "全年实现规上工业营业收入557.33亿元"
C1 = "全区规上工业增加值增幅9.7%,全省第二"
C2 = "引进晶科新能源、华创新材料、江铜科技、兴联电子等4个“5020”工业项目、总投资251亿元,其中百亿级项目2个"
C3 = "以晶科新能源、华创锂电铜箔、兴联电子为龙头,积极引进强链、补链、延链项目,今年新增亿元以上工业项目41个,其中38个是主导产业项目"
C4 = "梳理的65个重点工业项目,实现开工率100%,投产率达92.3%,完成计划投资率123%,全市排名第1"
AS3 = "2022年"
G["tj03"] = dict(
 article=art("滚石上山见真功!2022年广信区工业经济跑出“加速度”", "上饶市广信区人民政府网站（www.srx.gov.cn，工作动态 / 政务动态栏；存段无署名）", "2023-01-30", "day",
  "District government website, Jiangxi: a district's 2022 industrial review — industrial revenue and value-added growth, four named large projects introduced with their total investment, new projects counted, key projects' start and production rates",
  "http://www.srx.gov.cn/srx/zwdt/202301/47be674882b4424d91a0a4448356cc65.shtml",
  "取得：search（corpus pages）查询“县工业园区 2022年 主营业务收入 亿元 增长 新增规上企业 签约项目 开工项目 投产项目 江西 人民政府网”所返回的页面开头，原样录入 _raw/pages/tj03.raw。日期取页面“发布时间:2023-01-30 10:03”。标题照录；面包屑与发布时间行已删。存段末段在“全市排名第1。其中,”处中断，“其中,”已删（make_txt.py LINE_SUFFIX），正文截至“…全市排名第1。”，共五段。全文所述为广信区（上饶市辖区）全区工业，存段未点名任何园区：parks 为空，事实 subject 为广信区（region）。公司：晶科新能源、华创新材料、江铜科技、兴联电子（“4个‘5020’工业项目”以企业名指称；park null）；“华创锂电铜箔”另列为可选公司（大概即华创新材料，文中未说）。项目：四个以企业名指称的“5020”项目列可选项目（“引进”→无状态；只有合计总投资251亿元，不分摊）。“今年新增亿元以上工业项目41个”写于2023年1月、指2022年。",
  "tj03"),
 parks=[],
 companies=[
  comp("晶科新能源", None, C2, note="“5020”工业项目；龙头企业"),
  comp("华创新材料", None, C2, note="“5020”工业项目"),
  comp("江铜科技", None, C2, note="“5020”工业项目"),
  comp("兴联电子", None, C2, note="“5020”工业项目；龙头企业"),
  comp("华创锂电铜箔", None, C3, opt=True, note="龙头企业之一；大概即华创新材料，文中未说"),
 ],
 projects=[
  proj("晶科新能源", None, C2, companies=["晶科新能源"], opt=True, note="以企业名指称的“5020”工业项目；引进，无状态、无单项金额"),
  proj("华创新材料", None, C2, companies=["华创新材料"], opt=True, note="同上"),
  proj("江铜科技", None, C2, companies=["江铜科技"], opt=True, note="同上"),
  proj("兴联电子", None, C2, companies=["兴联电子"], opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact(GX, "region", "above_scale_industrial_revenue_cny", 5.5733e10, "cny", C0, AS3, chk=True),
  fact(GX, "region", "above_scale_industrial_value_added_growth", 0.097, "ratio", C1, AS3, kind="ratio"),
  fact(GX, "region", "projects_introduced", 4, "count", C2, AS3, note="“5020”工业项目"),
  fact(GX, "region", "projects_introduced_investment_cny", 2.51e10, "cny", "4个“5020”工业项目、总投资251亿元", AS3, chk=True),
  fact(GX, "region", "projects_over_10bn", 2, "count", "其中百亿级项目2个", AS3, opt=True),
  fact(GX, "region", "new_projects_over_100m", 41, "count", C3, AS3, note="新增亿元以上工业项目"),
  fact(GX, "region", "new_projects_main_industries", 38, "count", "其中38个是主导产业项目", AS3, opt=True),
  fact(GX, "region", "key_industrial_projects", 65, "count", C4, AS3),
  fact(GX, "region", "key_projects_start_rate", 1.0, "ratio", C4, AS3, kind="ratio", opt=True),
  fact(GX, "region", "key_projects_production_rate", 0.923, "ratio", C4, AS3, kind="ratio"),
  fact(GX, "region", "planned_investment_completion_rate", 1.23, "ratio", C4, AS3, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- tj04 萍乡经开区 “三比三看”观摩 (萍乡城事网 2023?)
PX = "萍乡经开区"
D0 = "萍乡经开区坚决扛起主阵地责任"
D1 = "观摩团一行实地查看潮实新能源、业翔晶科、森萍一体压铸、创普斯新能源、立马电动车等项目"
G["tj04"] = dict(
 article=art("（无标题）萍乡市“三比三看”观摩团走进萍乡经开区 实地查看五个重点项目", "萍乡城事网（www.cs0799.com，门户文章；原发单位与署名存段未示，行文为园区公众号体）", "2023-02", "month",
  "City portal relaying a zone's own post, Jiangxi: the city's inspection tour (“三比三看”观摩) of a development zone's key projects — five named firms and projects visited, the zone's slogans and targets",
  "http://www.cs0799.com/portal.php?aid=100470&mod=view",
  "取得：search（corpus pages）查询“萍乡经开区 芦溪工业园 湘东 产业园 项目 开工 投产 有限公司 总投资 亿元 萍乡日报 2021”所返回的页面开头，原样录入 _raw/pages/tj04.raw。存段无标题、无日期行（title 为编者概括）。日期为推定：观摩在“2月1日”；文中有“贯彻落实好党的二十大精神”（2022年10月后）与江西省2023年初提出的双“一号工程”，推定为2023年2月（2024年2月不能完全排除）。存段为一整行、短语间以空格相隔（公众号排版），照录为一段；末尾残字“为”已删（make_txt.py LINE_SUFFIX），正文截至“…谱写高质量发展的新篇章”。园区：萍乡经开区（萍乡经济技术开发区，萍乡市，江西；文中又作“经开区”“全区”；级别未说）。公司（均在园）：江西潮实新能源科技有限公司、江西业翔晶科新能源有限公司、萍乡创普斯新能源科技有限公司、江西立马车业有限公司；江西森萍科技只在项目名中（可选）。项目：江西森萍科技新能源汽车精密零部件一体压铸项目（阶段未说，无状态）；“潮实新能源、业翔晶科、创普斯新能源、立马电动车等项目”以企业简称指称，列可选项目。无金额、无数字事实（“千亿园区”为目标口号，无数值）。市、区领导不列。",
  "tj04"),
 parks=[
  park(PX, "萍乡", "江西", "经济技术开发区", D0, note="文中又作“经开区”“全区”"),
 ],
 companies=[
  comp("江西潮实新能源科技有限公司", PX, "第一站:江西潮实新能源科技有限公司", aliases=["潮实新能源"]),
  comp("江西业翔晶科新能源有限公司", PX, "第二站:江西业翔晶科新能源有限公司", aliases=["业翔晶科"]),
  comp("萍乡创普斯新能源科技有限公司", PX, "第四站:萍乡创普斯新能源科技有限公司", aliases=["创普斯新能源"]),
  comp("江西立马车业有限公司", PX, "第五站:江西立马车业有限公司", aliases=["立马电动车"], note="文中项目简称“立马电动车”"),
  comp("江西森萍科技", PX, "第三站:江西森萍科技新能源汽车精密零部件一体压铸项目", opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("江西森萍科技新能源汽车精密零部件一体压铸项目", PX, "第三站:江西森萍科技新能源汽车精密零部件一体压铸项目", companies=["江西森萍科技"],
       aliases=["森萍一体压铸"], note="阶段未说；观摩点"),
  proj("潮实新能源", PX, D1, companies=["江西潮实新能源科技有限公司"], opt=True, note="以企业简称指称的项目；阶段未说"),
  proj("业翔晶科", PX, D1, companies=["江西业翔晶科新能源有限公司"], opt=True, note="同上"),
  proj("创普斯新能源", PX, D1, companies=["萍乡创普斯新能源科技有限公司"], opt=True, note="同上"),
  proj("立马电动车", PX, D1, companies=["江西立马车业有限公司"], opt=True, note="同上"),
 ],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- tj05 全南工业园区 共创达项目开工 (2023-11)
QN = "全南工业园区"
E0 = "11月18日,江西共创达新能源科技有限公司生产项目在全南工业园区开工建设"
E1 = "目前,该县集群引进络鑫科技、华派光电、桢田科技等电子信息企业100多家,形成了完整光电显示产业链条"
E2 = "打造电子信息产业园、智能装备制造产业园、龙门工业新区三个产业承接平台,建成标准厂房100万平方米"
E3 = "集群引进赣锋锂业、盛和资源、国威锆铪、金能电池、贵航新能源等一批企业入驻园区"
E4 = "推动秦锐、全磊精密、台正科技等一批企业“组链成群”"
AS5 = "2023年11月"
G["tj05"] = dict(
 article=art("（无标题）江西共创达新能源科技有限公司生产项目在全南工业园区开工建设", "jjwgxl.jzdata.cc（专题“习近平总书记在江西考察…”栏转载；原发媒体与署名未注明）", "2023-11", "month",
  "Topic site relaying a county news item, Jiangxi: a firm's plant started in a county industrial park, the county's electronics firms, its three industrial platforms and standard factories, new-energy and equipment firms named",
  "http://jjwgxl.jzdata.cc/xjpzsjzjxkc_ljzt/2249.html",
  "取得：search（corpus pages）查询“中国赣州网 赣南日报 2021年 工业园区 项目 投产 签约 有限公司 亿元 县 高新区 记者”所返回的页面开头，原样录入 _raw/pages/tj05.raw。存段无标题、无日期行（title 为编者概括）。日期为推定：开工在“11月18日”，文中引“习近平总书记在江西考察时指出,努力构建体现江西特色和优势的现代化产业体系”（2023年10月考察），故记2023-11（month）。存段末段“我们将牢记…做强特色优”在引语中中断，整段删去（make_txt.py ITEMS 截至上一段），正文共四段。园区：全南工业园区（赣州市全南县，江西）；电子信息产业园、智能装备制造产业园、龙门工业新区为全南县“三个产业承接平台”，与全南工业园区的关系文中未说（parent 不填）。公司：江西共创达新能源科技有限公司（项目在全南工业园区）；赣锋锂业、盛和资源、国威锆铪、金能电池、贵航新能源“入驻园区”——园区未点名，推定为全南工业园区（文中唯一点名的工业园区；note 注明）；络鑫科技、华派光电、桢田科技（“该县集群引进”）与秦锐、全磊精密、台正科技（“组链成群”）只说在县内，park null。项目：江西共创达新能源科技有限公司生产项目——开工建设→开工，无金额。事实：该县电子信息企业100多家（余）、建成标准厂房100万平方米（县，region）。全南县工信局列可选机构。",
  "tj05"),
 parks=[
  park(QN, "赣州", "江西", "工业园区", E0, district="全南县"),
  park("电子信息产业园", "赣州", "江西", "产业园（电子信息）", E2, district="全南县", note="全南县三个产业承接平台之一；与全南工业园区的关系文中未说"),
  park("智能装备制造产业园", "赣州", "江西", "产业园（智能装备）", E2, district="全南县", note="同上"),
  park("龙门工业新区", "赣州", "江西", "工业新区", E2, district="全南县", note="同上"),
 ],
 companies=[
  comp("江西共创达新能源科技有限公司", QN, E0, note="生产项目在全南工业园区开工"),
  comp("络鑫科技", None, E1, note="电子信息企业，县内集群引进；园区未说"),
  comp("华派光电", None, E1, note="同上"),
  comp("桢田科技", None, E1, note="同上"),
  comp("赣锋锂业", QN, E3, note="“入驻园区”：园区未点名，推定为全南工业园区"),
  comp("盛和资源", QN, E3, note="同上"),
  comp("国威锆铪", QN, E3, note="同上"),
  comp("金能电池", QN, E3, note="同上"),
  comp("贵航新能源", QN, E3, note="同上"),
  comp("秦锐", None, E4, note="智能装备企业；园区未说"),
  comp("全磊精密", None, E4, note="同上"),
  comp("台正科技", None, E4, note="同上"),
 ],
 institutions=[
  inst("全南县工信局", "全南县工信局副局长周捷表示"),
 ],
 projects=[
  proj("江西共创达新能源科技有限公司生产项目", QN, E0, companies=["江西共创达新能源科技有限公司"], status="开工", status_text="开工建设",
       note="2023年11月18日开工；无金额"),
 ],
 aggregate_facts=[
  fact("全南县", "region", "electronics_firms", 100, "count", E1, AS5, kind="cumulative", qual="余", qtext="多", note="集群引进的电子信息企业"),
  fact("全南县", "region", "standard_factory_floor_area_m2", 1e6, "m2", "建成标准厂房100万平方米", AS5, kind="cumulative"),
  fact("全南县", "region", "industrial_platforms", 3, "count", E2, AS5, opt=True),
 ])

# ---------------------------------------------------------------- tj06 江西省各地招商引资“火力全开” (江南都市报 via 021cf 2024)
GJ = "赣江新区"
F0 = "南昌县与多家企业签下24个项目,签约金额272.6亿元"
F1 = "南昌市新建区重大招商引资项目签约25个,投资总额约354亿元"
F2 = "寻乌县招商引资签约14个项目,签约金额122.3亿元"
F3 = "新干县粤港澳大湾区(东莞)招商引资签约项目8个,总签约金额58.83亿元"
F4 = "2月28日,湖南方盛制药江西研发生产基地、扬州中宝药业创新药及中药生产基地、上海远赞生命高端医疗器械智造基地项目签约仪式在赣江新区举行"
AS6 = "2024年初（“开门红”）"
G["tj06"] = dict(
 article=art("江西省各地招商引资“火力全开”", "江南都市报（文/图 全媒体记者陈远路、实习生钟歆玥），载于 nanchang.021cf.cn（“南昌产业信息”栏转载）", "2024-09-28", "day",
  "Provincial metro daily relayed on a local-news aggregator, Jiangxi: counties' and districts' first signings of the year with counts and amounts, three named biomedicine projects signed in a state-level new area",
  "http://nanchang.021cf.cn/index.php/post/7464.html",
  "取得：search（corpus pages）查询“2024年 江西 县 经开区 集中签约 项目 个 总投资 亿元 有限公司 年产 项目 落户 园区 达产后 年营收”所返回的页面开头，原样录入 _raw/pages/tj06.raw。日期取转载页“(2024-09-28)”；原文为江南都市报2024年初报道（文中“2月28日”“3月6日”、招商“开门红”），原发日期不详。标题照录（与“原标题”同）；转载站面包屑、发布行、勋章说明、“原标题”行、署名行与两行图片说明（“德兴市举行芯片与SIP先进封装系统项目签约仪式”“景旺电子新建赣州信丰高多层PCB智能制造基地项目开工仪式”）已删。存段末段“3月6日,景旺电子新建赣州信丰高多层PCB智能制”中断，整段删去，正文共五段。园区：赣江新区（国家级新区，跨南昌、九江；文中未说级别，kind 记“新区”）；中医药科创城（赣江新区内的载体，列可选，parent 推定）。县区（南昌县、新建区、寻乌县、新干县）为 region。项目：湖南方盛制药江西研发生产基地、扬州中宝药业创新药及中药生产基地、上海远赞生命高端医疗器械智造基地——2月28日签约→签约，园区赣江新区，无单项金额。公司：湖南方盛制药（又作“湖南方盛”）、扬州中宝药业、上海远赞生命（“入驻”赣江新区）。事实：四个县区的签约项目数与签约金额（新建区“约354亿元”→约）。",
  "tj06"),
 parks=[
  park(GJ, "南昌", "江西", "新区", F4, note="国家级新区（跨南昌、九江）；文中未说级别"),
  park("中医药科创城", "南昌", "江西", "科创城（中医药）", "湖南方盛作为上市药企,将快速提升中医药科创城中药品种的数量与质量", parent=GJ, opt=True,
       note="赣江新区内的载体；母园区由语境推定"),
 ],
 companies=[
  comp("湖南方盛制药", GJ, F4, aliases=["湖南方盛"], note="上市药企；江西研发生产基地签约落户赣江新区"),
  comp("扬州中宝药业", GJ, "扬州中宝药业的落户,填补了江西原创1.1类小分子创新药及塑针注射剂生产线的空白"),
  comp("上海远赞生命", GJ, "上海远赞生命的入驻,开启了江西省进入定量精准医学检测产品的研产新时代"),
 ],
 projects=[
  proj("湖南方盛制药江西研发生产基地", GJ, F4, companies=["湖南方盛制药"], status="签约", status_text="签约仪式", note="2024年2月28日签约；无金额"),
  proj("扬州中宝药业创新药及中药生产基地", GJ, F4, companies=["扬州中宝药业"], status="签约", status_text="签约仪式", note="同上"),
  proj("上海远赞生命高端医疗器械智造基地", GJ, F4, companies=["上海远赞生命"], status="签约", status_text="签约仪式", note="同上"),
 ],
 aggregate_facts=[
  fact("南昌县", "region", "projects_signed", 24, "count", F0, AS6),
  fact("南昌县", "region", "signed_investment_cny", 2.726e10, "cny", "签约金额272.6亿元", AS6, chk=True),
  fact("新建区", "region", "projects_signed", 25, "count", F1, AS6, note="文中作“南昌市新建区”"),
  fact("新建区", "region", "signed_investment_cny", 3.54e10, "cny", "投资总额约354亿元", AS6, qual="约", qtext="约", chk=True),
  fact("寻乌县", "region", "projects_signed", 14, "count", F2, AS6),
  fact("寻乌县", "region", "signed_investment_cny", 1.223e10, "cny", "签约金额122.3亿元", AS6, chk=True),
  fact("新干县", "region", "projects_signed", 8, "count", F3, AS6, note="粤港澳大湾区(东莞)招商引资签约"),
  fact("新干县", "region", "signed_investment_cny", 5.883e9, "cny", "总签约金额58.83亿元", AS6, chk=True),
  fact(GJ, "park", "projects_signed", 3, "count", F4, "2024年2月28日", opt=True),
 ])
