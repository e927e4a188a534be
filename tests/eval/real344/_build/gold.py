# real344 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real52 (real28–real52): evidence verbatim (all eight items simplified script as published); names
# as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); an amount without 元 (“总投资2.34亿”) stays
# in investment_text with investment_cny null (unparsed=True, as real25 q04). Projects: the park the text places the project
# in, null if none (a county or city is not a park); a park-development project (迁安市氢能产业园项目, 达州数字经济产业园) has the
# park itself as its park. Status from the text's words (开工建设 / 集中开工 → 开工; construction under way → 在建; 获备案 with a
# construction window still ahead → planned). Planned capacities and “建成后 / 全部建成” figures are kind target. City-wide or
# prefecture-wide figures have subject_type region. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/oeNN.raw as returned.

# ---------------------------------------------------------------- oe01 连云“一带一路”大数据产业园 (连网 2019)
LY = "连云“一带一路”大数据产业园"
E0 = "作为连云“一带一路”大数据产业园的首个项目"
E1 = "“一带一路”大数据产业园拟规划面积3878亩,按照“一核两区”总体布局,分期实施"
E2 = "目前,已与三大运营商,以及华为、中电、腾讯医疗、华拓金服等项目达成合作意向"
E3 = "此次,办理土地现场移交后,中国移动(连云港)大数据中心项目将正式步入建设阶段,据悉,这也是我市“一带一路”大数据产业园的首个引领性工程"
E4 = "其中,一期建设面积1.4万平方米,可容纳1692个标准机柜,总投资2.34亿,预计2020年建成投用"
G["oe01"] = dict(
 article=art("（无标题）连云“一带一路”大数据产业园首个项目中国移动（连云港）大数据中心完成土地移交", "连网（连云港传媒网 lyg01.net；记者 徐黎一，通讯员 王彦）", "2019-05-13", "day",
  "City news portal, Jiangsu: a planned big-data park's first project (a carrier's data centre) gets its land handed over — the park's planned area and layout, firms with cooperation intentions, the project's phase-1 size, racks, investment and completion year",
  "http://lyg01.net/temp/zt2017/lhxzc/xsdxqx/2019/0513/139297.shtml",
  "日期取网址 2019/0513。存段无标题、无日期行（title 为编者概括）。存段在末段“区域内,除了连云港移动大数据中心项目已落”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…打造苏北首个移动通信网络节点。”，共三段。园区：连云“一带一路”大数据产业园（连云港市连云区，江苏；规划中，文中又作“一带一路”大数据产业园）；其“一核两区”中的连云新城大数据产业发展核心区、云山大数据产业服务区列为可选园区（母园区为该产业园）。项目：中国移动(连云港)大数据中心项目（文中又作“中国移动大数据中心”），土地移交、“将正式步入建设阶段”——尚未开工，不记状态；“总投资2.34亿”无“元”字，investment_cny 留空（unparsed）。公司：中国移动通信集团有限公司江苏分公司（办理土地移交，项目方）；华为、中电、腾讯医疗、华拓金服只是“达成合作意向”的项目，列为可选公司。",
  "oe01"),
 parks=[
  park(LY, "连云港", "江苏", "大数据产业园", E0, district="连云区", aliases=["“一带一路”大数据产业园"], note="规划中；拟规划面积3878亩"),
  park("连云新城大数据产业发展核心区", "连云港", "江苏", "核心区", "“一核”:即连云新城大数据产业发展核心区", district="连云区", parent=LY, opt=True),
  park("云山大数据产业服务区", "连云港", "江苏", "服务区", "“两区”一为云山大数据产业服务区", district="连云区", parent=LY, opt=True),
 ],
 companies=[
  comp("中国移动通信集团有限公司江苏分公司", LY, "市土地储备连云分中心和中国移动通信集团有限公司江苏分公司,在连云新城中国移动大数据中心地块现场办理土地移交手续", note="项目方；园区由项目位置推定"),
  comp("华为", LY, E2, opt=True, note="达成合作意向"),
  comp("中电", LY, E2, opt=True, note="达成合作意向；名称不全"),
  comp("腾讯医疗", LY, E2, opt=True, note="达成合作意向"),
  comp("华拓金服", LY, E2, opt=True, note="达成合作意向"),
 ],
 institutions=[
  inst("市土地储备连云分中心", "市土地储备连云分中心和中国移动通信集团有限公司江苏分公司"),
 ],
 projects=[
  proj("中国移动(连云港)大数据中心项目", LY, E4, companies=["中国移动通信集团有限公司江苏分公司"], inv="总投资2.34亿", unparsed=True,
       phase="一期", aliases=["中国移动大数据中心"],
       note="土地移交，将步入建设阶段（无状态）；“总投资2.34亿”无“元”，为一期数；预计2020年建成投用；可容纳1692个标准机柜"),
 ],
 aggregate_facts=[
  fact(LY, "park", "planned_area_mu", 3878, "mu", E1, "2019年（规划）", kind="target"),
  fact("中国移动(连云港)大数据中心项目", "project", "planned_racks", 1692, "count", E4, "一期建成后", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- oe02 甘孜州水电消纳产业示范园区 (甘孜日报 2019)
GZ = "甘孜州水电消纳产业示范园区"
F0 = "昨(18)日我州在成都举办了“甘孜州水电消纳产业示范园区招商推介会”,签订战略协议投资46亿元"
F1 = "并代表州政府与中国电信四川公司、中国移动四川公司、四川航天拓鑫玄武岩实业有限公司、重庆中金润集团签订了投资战略框架协议,涉及投资46亿元"
F2 = "新都桥园区规划大数据机架11万个,负荷130万千瓦,全部建成园区年产值180亿元左右"
G["oe02"] = dict(
 article=art("拟建国家级大数据产业园区", "甘孜日报（载于 kbcmw.com 康巴传媒网；存段无署名）", "2019-04-19", "day",
  "Prefecture daily, Sichuan: an investment promotion for a planned hydropower-consumption industrial park built around big data — strategic framework agreements with four named firms (46亿元), the park's site, area, planned racks and full-build output",
  "http://kbcmw.com/html/xw/dzyw/50513.html",
  "日期取存段首行“甘孜日报 2019年04月19日”（已删）；文中“昨(18)日”即2019-04-18。标题照录。存段在末段“目标是成为在西部地区”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…全部建成园区年产值180亿元左右。”，共五段。园区：甘孜州水电消纳产业示范园区（文中又作“水电消纳产业示范园区”“新都桥园区”；选址新都桥卡吾村，甘孜藏族自治州，四川；县名未写，district 留空）；“国家级大数据产业园区”为泛称（拟建），不另列。公司：与州政府签订投资战略框架协议的四家（中国电信四川公司、中国移动四川公司、四川航天拓鑫玄武岩实业有限公司、重庆中金润集团），投资指向该园区，园区记为该园区（推定）。无具名项目；46亿元为签约投资总额（事实）。“全部建成”后机架、负荷、年产值为目标（target）。省发改委、省经信厅列可选机构。",
  "oe02"),
 parks=[
  park(GZ, "甘孜藏族自治州", "四川", "产业示范园区", F0, aliases=["新都桥园区"], note="拟建；选址新都桥卡吾村；文中又作“我州水电消纳产业示范园区”"),
 ],
 companies=[
  comp("中国电信四川公司", GZ, F1, note="签订投资战略框架协议；园区推定"),
  comp("中国移动四川公司", GZ, F1, note="同上"),
  comp("四川航天拓鑫玄武岩实业有限公司", GZ, F1, note="同上"),
  comp("重庆中金润集团", GZ, F1, note="同上"),
 ],
 institutions=[
  inst("省发改委", "省发改委、省经信厅、省电信公司、省移动公司及来自全国五十余家知名企业参加了会议"),
  inst("省经信厅", "省发改委、省经信厅、省电信公司、省移动公司及来自全国五十余家知名企业参加了会议"),
 ],
 projects=[],
 aggregate_facts=[
  fact(GZ, "park", "signed_investment_cny", 4.6e9, "cny", F0, "2019-04-18（招商推介会）", chk=True, note="战略框架协议"),
  fact(GZ, "park", "firms_signed", 4, "count", F1, "2019-04-18（招商推介会）", opt=True, note="由四家点名企业计数"),
  fact(GZ, "park", "planned_area_mu", 3000, "mu", "目前红线规划范围200公顷、3000亩", "2019年（规划）", kind="target", opt=True),
  fact(GZ, "park", "planned_racks", 110000, "count", F2, "全部建成后", kind="target"),
  fact(GZ, "park", "planned_power_load_kw", 1.3e6, "kw", F2, "全部建成后", kind="target", opt=True),
  fact(GZ, "park", "expected_annual_output_cny", 1.8e10, "cny", "全部建成园区年产值180亿元左右", "全部建成后", kind="target", qual="约", qtext="左右", chk=True),
 ])

# ---------------------------------------------------------------- oe03 迁安市氢能产业园 (唐山 2022)
QA = "迁安市氢能产业园"
H0 = "此次集中开工活动主会场设在迁安市氢能产业园项目现场。该项目总投资52亿元"
H1 = "8月30日,河北省唐山市举行2022年第三季度重点项目集中开工活动,335个项目集中开工,总投资754.3亿元"
H2 = "计划2025年底二期建成投产,达到2万台氢能发动机产能,预计实现产值140亿元"
G["oe03"] = dict(
 article=art("（无标题）唐山市2022年第三季度重点项目集中开工 主会场设在迁安市氢能产业园项目", "kongfen.org.cn（行业站转载；原发媒体与署名存段未示）", "2022-08-30", "day",
  "Industry site relaying a city item, Hebei: a city's third-quarter mass groundbreaking (335 projects) with its main venue at a county-level city's hydrogen industrial park project — the park project's investment, phase-2 production plan, engine capacity and expected output",
  "https://kongfen.org.cn/news/show-25025.html",
  "日期取文中“8月30日”与“2022年第三季度”（页面日期存段未示；发布日推定为当日或稍后，精度记为日）。存段无标题（title 为编者概括）。正文两段，完整。园区：迁安市氢能产业园（唐山市代管迁安市，河北；文中以“迁安市氢能产业园项目”出现，谋划打造的产业园本身）。项目：迁安市氢能产业园项目，园区即其自身；集中开工活动主会场设在项目现场 → 开工（status_text “集中开工”）；总投资52亿元；计划2025年底二期建成投产、2万台发动机产能、预计产值140亿元（目标）。唐山市335个项目、754.3亿元、省市重点项目32个等为全市数（region）。",
  "oe03"),
 parks=[
  park(QA, "唐山", "河北", "氢能产业园", H0, district="迁安市", note="以项目形式出现；打造氢能及燃料电池汽车全链条产业园"),
 ],
 companies=[],
 projects=[
  proj("迁安市氢能产业园项目", QA, H0, inv="总投资52亿元", status="开工", status_text="集中开工",
       note="2022年第三季度集中开工主会场；计划2025年底二期建成投产"),
 ],
 aggregate_facts=[
  fact("唐山市", "region", "projects_started", 335, "count", H1, "2022年第三季度（8月30日集中开工）"),
  fact("唐山市", "region", "projects_started_investment_cny", 7.543e10, "cny", "335个项目集中开工,总投资754.3亿元", "2022年第三季度（8月30日集中开工）", chk=True),
  fact("唐山市", "region", "key_projects_started", 32, "count", "其中,省市重点项目32个,总投资203.8亿元,年度计划投资51.8亿元", "2022年第三季度（8月30日集中开工）", opt=True),
  fact("唐山市", "region", "key_projects_investment_cny", 2.038e10, "cny", "省市重点项目32个,总投资203.8亿元", "2022年第三季度（8月30日集中开工）", opt=True, chk=True),
  fact("唐山市", "region", "key_projects_planned_annual_investment_cny", 5.18e9, "cny", "年度计划投资51.8亿元", "2022年（计划）", kind="target", opt=True, chk=True),
  fact("迁安市氢能产业园项目", "project", "planned_engine_capacity", 20000, "units/yr", H2, "2025年底（二期建成投产后，计划）", kind="target", opt=True),
  fact("迁安市氢能产业园项目", "project", "expected_annual_output_cny", 1.4e10, "cny", "预计实现产值140亿元", "二期建成投产后（预计）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- oe04 宁德市大数据产业园 (闽东日报 2023)
ND = "宁德市大数据产业园"
J0 = "近日,在宁德市大数据产业园及基础配套设施项目(一期)施工现场,三栋主体建筑已初具雏形"
J1 = "据了解,宁德市大数据产业园及基础配套设施项目(一期),位于周宁县狮浦大道与三源大道交叉口南侧,项目计划投资3.29亿元"
G["oe04"] = dict(
 article=art("宁德市大数据产业园项目初具雏形", "闽东日报·新宁德客户端（记者 张文奎，通讯员 汤文娟），载于 ndwww.cn（宁德网）", "2023-03-06", "day",
  "City daily on the city news site, Fujian: a municipal big-data park's phase-1 construction — location, investment, area, racks, its six functions, progress (topped out, fitting-out) and planned completion",
  "http://ndwww.cn/xw/ndxw/2023/0306/250073.shtml",
  "日期取网址 2023/0306（存段无日期行）。标题照录；文末“来源:闽东日报·新宁德客户端”、记者通讯员行、编辑/审核/责任编辑行已删。正文四段，完整。园区：宁德市大数据产业园（文中又作“宁德大数据产业园”；位于周宁县，宁德市，福建）。项目：宁德市大数据产业园及基础配套设施项目(一期)，计划投资3.29亿元；2022年11月主体封顶，“目前正在快速推进室内装修及园区道路管网施工” → 在建；力争2023年12月全面完工。规划建设1000个数据机柜（目标，可选）。业主代表个人不列。",
  "oe04"),
 parks=[
  park(ND, "宁德", "福建", "大数据产业园", J0, district="周宁县", aliases=["宁德大数据产业园"]),
 ],
 companies=[],
 projects=[
  proj("宁德市大数据产业园及基础配套设施项目(一期)", ND, J1, inv="计划投资3.29亿元", phase="一期", status="在建",
       status_text="目前正在快速推进室内装修及园区道路管网施工", note="2022年11月主体结构封顶；力争2023年12月全面完工"),
 ],
 aggregate_facts=[
  fact("宁德市大数据产业园及基础配套设施项目(一期)", "project", "planned_racks", 1000, "count", "规划建设1000个数据机柜", "建成后（规划）", kind="target", opt=True),
  fact("宁德市大数据产业园及基础配套设施项目(一期)", "project", "land_area_m2", 25265, "m2", "用地面积25265㎡(约37.9亩)", "2023年", opt=True),
 ])

# ---------------------------------------------------------------- oe05 达州数字经济产业园 (川观新闻 2023)
DZ = "达州数字经济产业园"
K0 = "达州数字经济产业园规划占地面积2888亩,计划总投资180亿元,分为三期建设,重点建设城市数字大楼、智慧楼宇(一期)、万达开先进计算中心、高端人才公寓及生产生活配套基础设施"
K1 = "目前,一期工程计划投资27.8亿元,占地173.4亩"
K2 = "7月7日,记者来到省级重点项目达州数字经济产业园,园区内的城市数字大楼、智慧楼宇(一期)、万达开先进计算中心等项目正在齐头并进地建设中"
G["oe05"] = dict(
 article=art("“奔跑”的大项目丨加速推进!达州数字经济产业园建设与招商齐发力", "川观新闻（四川在线记者 高敬），载于 zixun.yzbytv.com（转载站）", "2023-07-09", "day",
  "Provincial news app feature relayed by an aggregator, Sichuan: a provincial key project — a digital-economy park's planned area, investment and three phases, phase-1 investment, three named buildings under construction, one topped out, contractor's compressed schedule",
  "http://zixun.yzbytv.com/redian/2023/0709/13882.html",
  "日期取页面“来源:川观新闻 时间:2023-07-09 22:50:07”（已删）。标题照录；“四川在线记者 高敬”、“【资料图】”与图片说明“正在建设的城市数字大楼 高敬/摄”已删；小标题“目标配速”“一线探访”“技术赋能:项目工期压缩一半左右”各保留为一段。存段在末段“…“目前,已完成主体及二次结构施工,正在进行内外装饰装修施工,”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…等各个专业工序。”。园区：达州数字经济产业园（达州市，四川；“省级重点项目”）。项目：达州数字经济产业园（园区开发项目，计划总投资180亿元，三期，在建）；一期工程（计划投资27.8亿元）列为可选项目；园内城市数字大楼、智慧楼宇(一期)、万达开先进计算中心“正在齐头并进地建设中” → 在建（城市数字大楼已完成主体及安装工程、4月封顶）。中国建筑第八工程局为施工方（可选公司，园区空），达州市数字经济局为可选机构。",
  "oe05"),
 parks=[
  park(DZ, "达州", "四川", "数字经济产业园", K0, note="省级重点项目；规划占地面积2888亩，分三期建设"),
 ],
 companies=[
  comp("中国建筑第八工程局", None, "中国建筑第八工程局的城市数字大楼建设项目负责人杨强感叹", kind="contractor", opt=True, note="施工方"),
 ],
 institutions=[
  inst("达州市数字经济局", "达州市数字经济局党组成员、副局长庞均"),
 ],
 projects=[
  proj("达州数字经济产业园", DZ, K0, inv="计划总投资180亿元", status="在建", status_text="正在齐头并进地建设中",
       note="园区开发项目（省级重点项目），分三期；状态取园内项目“正在齐头并进地建设中”"),
  proj("达州数字经济产业园一期工程", DZ, K1, inv="一期工程计划投资27.8亿元", phase="一期", opt=True, note="文中只作“一期工程”"),
  proj("城市数字大楼", DZ, K2, status="在建", status_text="正在齐头并进地建设中", companies=["中国建筑第八工程局"],
       note="已完成主体及安装工程，4月封顶；计划9月底可达入驻办公条件"),
  proj("智慧楼宇(一期)", DZ, K2, phase="一期", status="在建", status_text="正在齐头并进地建设中"),
  proj("万达开先进计算中心", DZ, K2, status="在建", status_text="正在齐头并进地建设中"),
 ],
 aggregate_facts=[
  fact(DZ, "park", "planned_area_mu", 2888, "mu", K0, "2023年（规划）", kind="target", opt=True),
  fact(DZ, "park", "planned_investment_cny", 1.8e10, "cny", "计划总投资180亿元", "2023年（规划）", kind="target", chk=True, opt=True, note="与项目投资同额"),
  fact("城市数字大楼", "project", "floor_area_built_m2", 76500, "m2", "建成面积7.65万平方米", "2023年7月", opt=True),
 ])

# ---------------------------------------------------------------- oe06 万国数据乌兰察布数据中心 察哈尔工业园区 (万国数据 2023)
CH = "察哈尔工业园区"
L0 = "万国数据乌兰察布数据中心项目一期位于集宁区察哈尔工业园区,占地面积125亩,总建筑面积约11万平方米"
L1 = "先后引进落地11个数据中心,总投资规模492亿元"
G["oe06"] = dict(
 article=art("国家发改委及内蒙古自治区政府考察万国数据乌兰察布“全国一体化算力网络国家枢纽节点项目”", "万国数据（GDS）官网新闻稿（gds-services.com）", "2023-07-18", "day",
  "Company press release, Inner Mongolia: a national and regional inspection of a data-centre operator's phase-1 project in an industrial park — the city's data-centre count and investment, the project's location, area, buildings topped out and delivery plan",
  "https://www.gds-services.com/zh_cn/newsshow_243.html",
  "日期取页面“日期:2023年07月18日”（已删；考察在7月13日）。标题照录；栏目字“新闻稿”与两条图片说明“万国数据乌兰察布数据中心(建设中)”“(效果图)”已删。正文五段，完整。园区：察哈尔工业园区（文中又作“察哈尔工业园”；乌兰察布市集宁区，内蒙古）。项目：万国数据乌兰察布数据中心项目（一期位于园区；已完成五栋楼封顶，计划不晚于2025年交付 → 在建；无投资额）。公司：万国数据（项目方；园区记为察哈尔工业园区）。乌兰察布市11个数据中心、492亿元为全市数（region，cumulative）。国家发改委创新和高技术发展司、内蒙古自治区发改委为可选机构。",
  "oe06"),
 parks=[
  park(CH, "乌兰察布", "内蒙古", "工业园区", L0, district="集宁区", aliases=["察哈尔工业园"]),
 ],
 companies=[
  comp("万国数据", CH, L0, note="项目方；文中不写全称"),
 ],
 institutions=[
  inst("国家发改委创新和高技术发展司", "7月13日,国家发改委创新和高技术发展司副司长王翔、内蒙古自治区发改委一行考察调研万国数据乌兰察布数据中心项目"),
  inst("内蒙古自治区发改委", "7月13日,国家发改委创新和高技术发展司副司长王翔、内蒙古自治区发改委一行考察调研万国数据乌兰察布数据中心项目"),
 ],
 projects=[
  proj("万国数据乌兰察布数据中心项目", CH, L0, companies=["万国数据"], phase="一期", status="在建", status_text="当前已完成五栋楼封顶",
       note="计划不晚于2025年正式交付；获全国一体化算力网络国家枢纽节点项目荣誉；无投资额"),
 ],
 aggregate_facts=[
  fact("乌兰察布市", "region", "data_centers_landed", 11, "count", L1, "2023年7月（近年累计）", kind="cumulative"),
  fact("乌兰察布市", "region", "data_centers_investment_cny", 4.92e10, "cny", "总投资规模492亿元", "2023年7月（近年累计）", kind="cumulative", chk=True),
  fact("万国数据乌兰察布数据中心项目", "project", "floor_area_m2", 1.1e5, "m2", L0, "一期", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- oe07 井冈山经济技术开发区 东方电气氢能 (2024)
JG = "井冈山经济技术开发区"
HP = "东方电气井冈山先进氢能装备产业园"
M0 = "4月16日,东方电气石化氢能(江西)有限公司氢能全产业链项目获备案。该项目位于江西吉安市井冈山经济技术开发区,项目总投资100亿元"
M1 = "4月15日,首期东方电气井冈山先进氢能装备产业园项目获备案"
M2 = "二期建设标准厂房及生产相关配套设施,项目占地61亩,投资1.6亿元"
M3 = "该公司由东方电气旗下东方电气集团东方锅炉股份有限公司、中国石化旗下中国石化销售股份有限公司分别持股51%、49%"
G["oe07"] = dict(
 article=art("（无标题）东方电气石化氢能（江西）有限公司氢能全产业链项目、东方电气井冈山先进氢能装备产业园项目获备案", "h2fc.net（氢燃料电池行业站；原发媒体与署名存段未示）", "2024-04", "month",
  "Hydrogen industry site, Jiangxi: two hydrogen projects of a state-owned joint venture recorded (备案) in a national economic and technological development zone — investment, land, construction window, first-phase contents and line capacity, the venture's founding, capital and shareholders",
  "http://h2fc.net/news/show-4248.html",
  "存段无标题、无日期行（title 为编者概括）；年份由文中“2024年2月26日…成立”与“建设时间是今年7月至2025年5月”推定为2024，月份由“4月16日”推定（精度记为月）。正文三段，完整。园区：井冈山经济技术开发区（吉安市，江西）；“东方电气井冈山先进氢能装备产业园”（文中又作“氢能产业园”）列为可选园区，母园区推定为井冈山经开区。项目：东方电气石化氢能(江西)有限公司氢能全产业链项目（总投资100亿元，获备案，建设时间今年7月至2025年5月 → planned）；首期东方电气井冈山先进氢能装备产业园项目（获备案 → planned）。“项目占地61亩,投资1.6亿元”紧接“二期建设…”之后，可读作整个首期项目或仅二期：记为该项目投资额，另附说明。公司：东方电气石化氢能(江西)有限公司（园区井冈山经开区）；股东东方电气集团东方锅炉股份有限公司、中国石化销售股份有限公司及母集团东方电气、中国石化列为可选公司（园区空）。注册资本1.6亿元为公司事实（可选）。",
  "oe07"),
 parks=[
  park(JG, "吉安", "江西", "经济技术开发区", M0),
  park(HP, "吉安", "江西", "氢能产业园", M1, parent=JG, opt=True, note="以项目名出现；文中又作“氢能产业园”；母园区推定"),
 ],
 companies=[
  comp("东方电气石化氢能(江西)有限公司", JG, M0, note="2024年2月26日成立，注册资本1.6亿元"),
  comp("东方电气集团东方锅炉股份有限公司", None, M3, opt=True, note="股东，持股51%"),
  comp("中国石化销售股份有限公司", None, M3, opt=True, note="股东，持股49%"),
  comp("东方电气", None, M3, opt=True, note="母集团"),
  comp("中国石化", None, M3, opt=True, note="母集团"),
 ],
 projects=[
  proj("东方电气石化氢能(江西)有限公司氢能全产业链项目", JG, M0, companies=["东方电气石化氢能(江西)有限公司"], inv="项目总投资100亿元",
       status="planned", status_text="获备案", note="2024年4月16日获备案；建设时间今年7月至2025年5月；首期用地100亩，后期规划用地900亩"),
  proj("东方电气井冈山先进氢能装备产业园项目", JG, "4月15日,首期东方电气井冈山先进氢能装备产业园项目获备案。氢能产业园内一期主要建设项目总部、氢燃料电池生产组装线、制氢基地、氢能科普中心及展示中心等。产线峰值为1000台/年。二期建设标准厂房及生产相关配套设施,项目占地61亩,投资1.6亿元",
       inv="投资1.6亿元", phase="首期", status="planned", status_text="获备案",
       note="2024年4月15日获备案；“投资1.6亿元”紧接二期内容，可能只指二期；园区或可记为东方电气井冈山先进氢能装备产业园（在井冈山经开区内）"),
 ],
 aggregate_facts=[
  fact("东方电气石化氢能(江西)有限公司", "company", "registered_capital_cny", 1.6e8, "cny", "2024年2月26日,东方电气石化氢能(江西)有限公司成立,注册资本1.6亿元", "2024-02-26", opt=True, chk=True),
  fact("东方电气井冈山先进氢能装备产业园项目", "project", "line_capacity_units", 1000, "units/yr", "产线峰值为1000台/年", "首期建成后", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- oe08 中联芜湖新型算力产业园 三山经济开发区 (2024)
SS = "三山经济开发区"
N0 = "10月12日,中联芜湖新型算力产业园项目在三山经济开发区开工建设"
N1 = "该项目计划分实施,总投资额约72亿元人民币"
G["oe08"] = dict(
 article=art("中联芜湖新型算力产业园项目开工", "三山经济开发区官网（ssjkq.wuhu.gov.cn；信息来源 三山经济开发区党工委办宣传科，作者 程依宝）", "2024-10-12", "day",
  "Zone government website, Anhui: groundbreaking of a data-centre operator's computing-power park project in a provincial economic development zone — investment, the investor's profile, expected role for the zone's digital industry chain",
  "https://ssjkq.wuhu.gov.cn/zxgg/tpxw/18449897.html",
  "日期取页面“发布时间:2024-10-12 16:26”（已删，连同信息来源、作者、阅读次数、字号行）。标题照录。正文四段，完整。“该项目计划分实施”脱字（“分期实施”）照录。园区：三山经济开发区（文中又作“三山经开区”；芜湖市，安徽；区名未写，district 留空）。“中联芜湖新型算力产业园”为项目名（数据中心产业园），不另列园区。项目：中联芜湖新型算力产业园项目，开工建设 → 开工；“总投资额约72亿元人民币” → 约72亿元。公司：中联数据集团（投资方，总部在外，园区空，依 real52 惯例）。三山经开区党工委、管委会为可选机构。",
  "oe08"),
 parks=[
  park(SS, "芜湖", "安徽", "经济开发区", N0, aliases=["三山经开区"]),
 ],
 companies=[
  comp("中联数据集团", None, "中联芜湖新型算力产业园项目作为中联数据集团在华东地区战略布局的关键一环", note="投资方；总部在外，园区空"),
 ],
 institutions=[
  inst("三山经开区党工委", "三山经开区党工委书记、管委会主任孙跃文出席并宣布项目开工", park=SS),
 ],
 projects=[
  proj("中联芜湖新型算力产业园项目", SS, N0 + "。三山经开区党工委书记、管委会主任孙跃文出席并宣布项目开工,管委会副主任周天军致辞,市直相关部门负责同志出席。三山经开区有关部门、项目建设单位和施工单位负责人参加了开工仪式。\n\n中联芜湖新型算力产业园项目作为中联数据集团在华东地区战略布局的关键一环,致力于构建一个先进且高效的算力中心。" + N1,
       companies=["中联数据集团"], inv="总投资额约72亿元", qual="约", qual_text="约", status="开工", status_text="开工建设",
       aliases=["中联芜湖新型算力产业园"], note="2024年10月12日开工"),
 ],
 aggregate_facts=[],
)
