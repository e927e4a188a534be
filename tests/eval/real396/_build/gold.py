# real396 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Made by reading each meNN.txt; nothing extracted by program. Conventions as real52: evidence verbatim (all seven items are
# simplified script as published); names as written in the text; 逾/超过/超/以上 → 超, 余/多 → 余, 约/近/左右 → 约
# (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True
# asserts it); US dollars stay out of investment_cny (investment_value + investment_currency) and go to *_usd facts. Growth
# rates and shares as ratios. Projects: the park is the one the text places the project in, null if none. Status from the
# text's words (投产 / 量产 → 投产; 签约落户 → 签约; 封顶 / 建设进展 → 在建). Targets (“到2020年…将达”, “预计全年”) are kind
# target; year-to-date or standing counts (“截至目前”, “1-4月”) are cumulative. Sources are `search` (corpus pages) excerpts
# saved as returned in _raw/pages/meNN.raw.

# ---------------------------------------------------------------- me01 一千二百亿国家集成电路基金落户亦庄 (北京日报 2014)
BDA = "北京经济技术开发区"
A0 = "记者日前从市经信委主办的北京微电子国际研讨会上获悉,总规模为1200亿元的国家集成电路产业基金和总规模为300亿元北京集成电路产业基金已落户北京经济技术开发区"
A1 = "到2020年,北京经济技术开发区集成电路产业销售收入规模将达1000亿元"
A2 = "设立总规模200亿元的集成电路产业开发区政府引导基金,聚焦制造和设计两个核心环节引进国内外专业投资机构及基金团队"
A3 = "为解决这一问题,开发区将组建集成电路装备集团,突破除光刻机外集成电路前后道关键装备的国产化"
G["me01"] = dict(
 article=art("一千二百亿国家集成电路基金落户亦庄", "北京日报，载于 china-led.net（中国LED网“资讯 » 政策趋势 » 地方动态”栏）", "2014-10-28", "day",
  "Industry portal relaying a city daily, Beijing: two integrated-circuit industry funds (national and municipal) settle in a national economic-technological development zone, which plans its own guidance fund, an equipment group, policies for chip firms and a 2020 sales target",
  "http://china-led.net/news/201410/28/28922.html",
  "日期取页面“发布日期:2014-10-28 来源:北京日报”。标题照录；导航行、字体与日期来源行已删。存段末段“此外,开发区还计划设立集成电路研发专项资金…设立集成电路博大贡献奖,对企业上一年度营”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…获取批量产业化的关键技术。”，共四段。园区：北京经济技术开发区（标题作“亦庄”，列为别名；文中又作“开发区”；北京市）。基金：国家集成电路产业基金（总规模1200亿元）与北京集成电路产业基金（总规模300亿元）“已落户”开发区；开发区将设立的集成电路产业开发区政府引导基金（总规模200亿元，计划中）。“集成电路装备集团”为开发区拟组建的集团，无专名，列可选公司。事实：到2020年开发区集成电路产业销售收入规模将达1000亿元（target）。“跟进投资20%以上”为政策，不计。市经信委列可选机构（北京市经济和信息化委员会，文中简称）。",
  "me01"),
 parks=[
  park(BDA, "北京", "北京", "经济技术开发区", A0, aliases=["亦庄"], note="标题作“亦庄”；文中又作“开发区”"),
 ],
 companies=[
  comp("集成电路装备集团", BDA, A3, opt=True, note="开发区拟组建；无专名"),
 ],
 institutions=[
  inst("市经信委", A0, note="北京市经济和信息化委员会（文中简称）；研讨会主办方"),
 ],
 funds=[
  fund("国家集成电路产业基金", BDA, "总规模为1200亿元的国家集成电路产业基金", size="1200亿元", size_type="总规模", note="已落户北京经济技术开发区"),
  fund("北京集成电路产业基金", BDA, "总规模为300亿元北京集成电路产业基金", size="300亿元", size_type="总规模", note="已落户北京经济技术开发区"),
  fund("集成电路产业开发区政府引导基金", BDA, A2, size="200亿元", size_type="总规模", note="开发区将设立（计划）"),
 ],
 aggregate_facts=[
  fact(BDA, "park", "ic_sales_revenue_cny", 1e11, "cny", A1, "2020年（目标）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- me02 南京江北新区崛起两大千亿级产业集群 (南京日报 2019)
JB = "江北新区"
YC = "研创园"
PK = "浦口开发区"
SW = "生物医药谷"
B0 = "南报网讯 位于江北新区研创园的紫光展锐南京研发中心内,前沿的5G通信产品正在研发"
B1 = "浦口开发区内,全球最大集成电路制造服务企业台积电马力全开"
B2 = "生物医药谷企业健友生化研发的依诺肝素钠注射液,被英国药监机构许可上市"
B3 = "上半年,江北新区集成电路产业主营业务同比增速达122%,生命健康产业主营业务收入同比增长47%"
B4 = "去年,江北新区集成电路产业主营业务收入同比增长超30%,今年上半年,这一数据刷新为122%"
B5 = "新区紧扣龙头优势,除了台积电、紫光南京半导体产业基地,富士康旗下的京鼎精密南京半导体产业基地也紧跟而来"
B6 = "如今,全球最大芯片设计自动化企业Synopsys、世界知名集成电路设计公司ARM等纷纷落户新区"
B7 = "国内排名前十的集成电路设计企业已有一半在新区落户,带动集聚上下游企业260多家,其中去年新增集成电路设计企业50余家"
G["me02"] = dict(
 article=art("南京江北新区崛起两大千亿级产业集群", "南京日报（朱晓露 夏思宇；“南报网讯”），载于中国江苏网 jsnews.jschina.com.cn 南京频道", "2019-08-05", "day",
  "City daily on the provincial news portal, Jiangsu: a state-level new area's chip and life-science clusters — firms in its sub-parks, first-half and last-year growth of the IC industry, leading fabs and bases, design firms settled, upstream and downstream firms gathered",
  "http://jsnews.jschina.com.cn/nj/a/201908/t20190805_2362407.shtml",
  "日期取页面“2019-08-05 08:31:00 来源:南京日报 作者:朱晓露 夏思宇”。标题照录；图片文件名、日期来源行、“1”“听新闻”已删。存段末段“在生命健康领域,…运算能力在健康行业领域”在句中中断，整段删去（make_txt.py ITEMS），正文截至“…资源厚度的积淀。”，含小标题“龙头引领,优化产业链布局”一行，共六段。园区：江北新区（南京，江苏；标题作“南京江北新区”；文中又作“新区”；级别文中未说，kind 记“新区”）；研创园（“江北新区研创园”，母园区江北新区）；浦口开发区（台积电所在，母园区按文意推定为江北新区）；生物医药谷（健友生化所在，可选，母园区推定江北新区）。公司：紫光展锐（南京研发中心在研创园）、台积电（浦口开发区）、健友生化（生物医药谷）、京鼎精密（富士康旗下，南京半导体产业基地在新区）、Synopsys、ARM（落户新区）；富士康、紫光只作母公司或基地名，可选。项目：紫光南京半导体产业基地、京鼎精密南京半导体产业基地（新区龙头基地，文中无状态、无金额；可选）。事实：江北新区集成电路产业主营业务2019年上半年同比增速122%、2018年同比增长超30%；生命健康产业上半年增长47%（可选）；带动集聚上下游企业260多家；2018年新增集成电路设计企业50余家。“千亿级规模”无具体数额，不计。",
  "me02"),
 parks=[
  park(JB, "南京", "江苏", "新区", B3, aliases=["南京江北新区"], note="标题作“南京江北新区”；文中又作“新区”"),
  park(YC, "南京", "江苏", "园区", B0, parent=JB, note="“江北新区研创园”"),
  park(PK, "南京", "江苏", "开发区", B1, parent=JB, note="母园区由语境推定（全文讲江北新区）"),
  park(SW, "南京", "江苏", "园区", B2, parent=JB, opt=True, note="生物医药园区；母园区由语境推定"),
 ],
 companies=[
  comp("紫光展锐", YC, B0, note="南京研发中心在研创园"),
  comp("台积电", PK, B1, note="全球最大集成电路制造服务企业"),
  comp("健友生化", SW, B2, note="生物医药企业"),
  comp("京鼎精密", JB, B5, note="富士康旗下；南京半导体产业基地"),
  comp("富士康", None, B5, opt=True, note="京鼎精密的母公司"),
  comp("紫光", JB, B5, opt=True, note="只在“紫光南京半导体产业基地”中"),
  comp("Synopsys", JB, B6, note="全球最大芯片设计自动化企业；落户新区"),
  comp("ARM", JB, B6, note="集成电路设计公司；落户新区"),
 ],
 projects=[
  proj("紫光南京半导体产业基地", JB, B5, companies=["紫光"], opt=True, note="新区龙头基地；文中无状态、无金额"),
  proj("京鼎精密南京半导体产业基地", JB, B5, companies=["京鼎精密"], opt=True, note="“紧跟而来”；文中无状态、无金额"),
 ],
 aggregate_facts=[
  fact(JB, "park", "ic_main_business_revenue_yoy_growth", 1.22, "ratio", B3, "2019年上半年", kind="ratio"),
  fact(JB, "park", "life_health_main_business_revenue_yoy_growth", 0.47, "ratio", B3, "2019年上半年", kind="ratio", opt=True),
  fact(JB, "park", "ic_main_business_revenue_yoy_growth", 0.30, "ratio", B4, "2018年", kind="ratio", qual="超", qtext="超"),
  fact(JB, "park", "ic_supply_chain_firms", 260, "count", B7, "2019年8月", kind="cumulative", qual="余", qtext="多", note="带动集聚上下游企业"),
  fact(JB, "park", "ic_design_firms_added", 50, "count", B7, "2018年", qual="余", qtext="余", note="去年新增集成电路设计企业"),
 ])

# ---------------------------------------------------------------- me03 合肥新汇成 晶圆凸块封测项目一期投产 (中国新闻网 2017)
ZB = "合肥综合保税区"
XZ = "合肥新站高新技术产业开发区"
XH = "合肥新汇成微电子有限公司"
C0 = "21日,在海峡两岸300余位半导体企业代表的见证下,合肥新汇成微电子有限公司晶圆凸块封测项目(一期)正式投产,这是安徽首个综合保税区——合肥综合保税区首个工业项目的投产"
C1 = "据合肥新汇成微电子有限公司总经理萧明山介绍,合肥新汇成晶圆凸块封测项目总投资约24亿元(人民币、下同),项目全部达产后可实现3万片12英寸晶圆、5万片8英寸晶圆的月封装量,年产值约50亿元"
C2 = "“项目一期投资约15亿元,占地约40亩,达产后可实现1.2万片12英寸晶圆、3万片8英寸晶圆的月封装量,年产值约24亿元。”"
C3 = "根据《合肥市“十三五”战略性新兴产业发展规划》,到2020年,该市集成电路产业产值将达到500亿元"
C4 = "合肥新站高新技术产业开发区管委会负责人向记者透露,合肥综合保税区将以保税加工为核心,打造全球领先的集成电路和新型显示产业研发制造基地"
G["me03"] = dict(
 article=art("安徽首个综合保税区迎台商24亿元项目一期投产", "中国新闻网（图：郝嘉奇；编辑 左妍冰），载于 itaiwannews.cn", "2017-04-24", "day",
  "National news agency item relayed by a Taiwan-affairs site, Anhui: the first industrial project in a comprehensive bonded zone — a Taiwan-invested wafer-bumping and packaging plant's first phase starts production, with total and phase investments, capacities and outputs; the city's IC plan and the host zone's aim",
  "https://itaiwannews.cn/2017-04-24/e30ea7d8-fdd8-e8d5-c41a-e69460da9d11.html",
  "日期取页面“时间: 2017-04-24 11:00:23 | 来源: 中国新闻网”；文中“21日”即2017年4月21日投产。标题照录；编辑时间来源行、标题后的图片说明“…一期投产郝嘉奇摄”及正文中两条图片说明（“合肥市委常委、常务副市长韩冰致辞。郝嘉奇 摄”“台湾新竹科技园工业公会秘书长张致远致辞。郝嘉奇 摄”）已删。存段末句“在今年2月6日的集中签约仪式上,共”中断，已删（make_txt.py LINE_SUFFIX），正文截至“…各类项目纷至沓来。”，共八段。园区：合肥综合保税区（合肥，安徽）；合肥新站高新技术产业开发区（其管委会负责人介绍综保区，母子关系由语境推定）。公司：合肥新汇成微电子有限公司（项目在综保区）。项目：合肥新汇成晶圆凸块封测项目（总投资约24亿元；一期已投产，整体不记状态）与其一期（投资约15亿元，正式投产→投产）。事实：项目全部达产年产值约50亿元、一期达产年产值约24亿元（target）；合肥市到2020年集成电路产业产值500亿元（target，region）。",
  "me03"),
 parks=[
  park(ZB, "合肥", "安徽", "综合保税区", C0, parent=XZ, note="“安徽首个综合保税区”；母园区由语境推定（新站高新区管委会负责人介绍）"),
  park(XZ, "合肥", "安徽", "高新技术产业开发区", C4),
 ],
 companies=[
  comp(XH, ZB, C0, note="台资；总经理萧明山"),
 ],
 projects=[
  proj("合肥新汇成晶圆凸块封测项目", ZB, C1, companies=[XH], inv="总投资约24亿元", qual="约", qual_text="约",
       note="全部达产后月封装3万片12英寸、5万片8英寸晶圆；一期已投产，整体不记状态"),
  proj("合肥新汇成微电子有限公司晶圆凸块封测项目(一期)", ZB, C2, companies=[XH], inv="项目一期投资约15亿元", qual="约", qual_text="约",
       phase="一期", status="投产", status_text="正式投产", status_evidence=C0, note="2017年4月21日正式投产；占地约40亩"),
 ],
 aggregate_facts=[
  fact("合肥新汇成晶圆凸块封测项目", "project", "expected_annual_output_cny", 5e9, "cny", "项目全部达产后可实现3万片12英寸晶圆、5万片8英寸晶圆的月封装量,年产值约50亿元", "全部达产后（预计）", kind="target", qual="约", qtext="约", chk=True),
  fact("合肥新汇成微电子有限公司晶圆凸块封测项目(一期)", "project", "expected_annual_output_cny", 2.4e9, "cny", "3万片8英寸晶圆的月封装量,年产值约24亿元", "一期达产后（预计）", kind="target", qual="约", qtext="约", chk=True, opt=True),
  fact("合肥市", "region", "ic_output_cny", 5e10, "cny", "到2020年,该市集成电路产业产值将达到500亿元", "2020年（规划目标）", kind="target", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- me04 15个集成电路重大项目落户厦门海沧 (福建日报 via 闽南网 2020)
HC = "厦门海沧半导体产业基地"
D0 = "作为国内首座成规模的集成电路中试厂房,厦门海沧半导体产业基地28日顺利封顶"
D1 = "与此同时,总投资超150亿元的15个半导体产业项目现场签约落户海沧,涉及集成电路封装载板及类载板、先进封装、MEMS传感器等领域,达产后年产值超250亿元"
D2 = "基地在建期间,就吸引了一批优质半导体企业意向入驻,云天半导体、四合微电子、烨映电子科技等9个首批入驻项目总投资超30亿元,达产后年产值超50亿元"
D3 = "海沧半导体产业基地总建筑面积约13.7万平方米,包含6栋高标准中试厂房和2栋11层的研发办公楼"
D4 = "先后打造3.22平方公里的集成电路制造产业园、4.2万平方米的厦门中心集成电路设计产业园以及8万平方米服务小型制造项目孵化的中沧工业园"
AS4 = "2020年12月28日（签约）"
G["me04"] = dict(
 article=art("15个集成电路重大项目落户厦门海沧 总投资超150亿元", "福建日报，载于闽南网 mnw.cn（厦门新闻）", "2020-12-29", "day",
  "Provincial daily relayed by a regional portal, Fujian: a district's semiconductor base (pilot-line plants) tops out while 15 projects sign, with totals and expected output; the base's first tenants; the district's three IC parks",
  "http://www.mnw.cn/xiamen/news/2347549.html",
  "日期取页面“来源:福建日报 2020-12-29 10:02”；文中“28日”即2020年12月28日。标题取页面标题；导航行、来源行，以及报纸原标题“15个集成电路重大项目落户海沧”与副题“厦门海沧举行半导体产业基地封顶暨重大项目签约仪式,总投资超150亿元”两行（与页面标题重复）已删。存段末段“2016年以来,海沧区重点发展…先后引进一批制造业”在句中中断，整段删去（make_txt.py ITEMS），正文截至“…为产业发展提供重要支撑。”，共四段。园区：厦门海沧半导体产业基地（厦门市海沧区，福建；文中又作“海沧半导体产业基地”“基地”）；集成电路制造产业园（3.22平方公里）、厦门中心集成电路设计产业园、中沧工业园（均为海沧所建园区）。海沧为区（region）。项目：厦门海沧半导体产业基地本身（顺利封顶→在建）。15个签约项目未点名，落户“海沧”（区），事实 subject 记海沧（region）。公司：云天半导体、四合微电子、烨映电子科技（首批意向入驻基地）。事实：15个项目、总投资超150亿元、达产年产值超250亿元；首批9个入驻项目、总投资超30亿元、达产年产值超50亿元；基地建筑面积约13.7万平方米（可选）。",
  "me04"),
 parks=[
  park(HC, "厦门", "福建", "产业基地", D0, district="海沧区", aliases=["海沧半导体产业基地"], note="集成电路中试厂房；文中又作“基地”"),
  park("集成电路制造产业园", "厦门", "福建", "产业园", D4, district="海沧区", note="3.22平方公里；海沧所建"),
  park("厦门中心集成电路设计产业园", "厦门", "福建", "产业园", D4, district="海沧区", note="4.2万平方米"),
  park("中沧工业园", "厦门", "福建", "工业园", D4, district="海沧区", note="8万平方米；服务小型制造项目孵化"),
 ],
 companies=[
  comp("云天半导体", HC, D2, note="首批意向入驻"),
  comp("四合微电子", HC, D2, note="首批意向入驻"),
  comp("烨映电子科技", HC, D2, note="首批意向入驻"),
 ],
 projects=[
  proj(HC, HC, D0, status="在建", status_text="顺利封顶", note="2020年12月28日封顶；载体建设项目，文中无金额"),
 ],
 aggregate_facts=[
  fact("海沧", "region", "projects_signed", 15, "count", D1, AS4),
  fact("海沧", "region", "signed_investment_cny", 1.5e10, "cny", "总投资超150亿元的15个半导体产业项目现场签约落户海沧", AS4, qual="超", qtext="超", chk=True),
  fact("海沧", "region", "signed_projects_expected_output_cny", 2.5e10, "cny", "达产后年产值超250亿元", "达产后（预计）", kind="target", qual="超", qtext="超", chk=True),
  fact(HC, "park", "first_tenant_projects", 9, "count", D2, "2020年12月"),
  fact(HC, "park", "first_tenant_projects_investment_cny", 3e9, "cny", "9个首批入驻项目总投资超30亿元,达产后年产值超50亿元", "2020年12月", qual="超", qtext="超", chk=True),
  fact(HC, "park", "first_tenant_projects_expected_output_cny", 5e9, "cny", "达产后年产值超50亿元", "达产后（预计）", kind="target", qual="超", qtext="超", chk=True, opt=True),
  fact(HC, "park", "floor_area_m2", 1.37e5, "m2", D3, "2020年12月", qual="约", qtext="约", opt=True),
  fact("集成电路制造产业园", "park", "area_km2", 3.22, "km2", D4, "2020年12月", opt=True),
 ])

# ---------------------------------------------------------------- me05 厦门火炬高新区打造集成电路产业重镇 (中国高新技术产业导报 2017)
HJ = "厦门火炬高新区"
XA = "厦门火炬(翔安)产业区"
LX = "联芯集成电路制造(厦门)有限公司"
E0 = "近日从厦门火炬高新区管委会获悉,厦门市集成电路产业龙头项目——联芯集成电路制造(厦门)有限公司顺利导入28纳米制程并量产"
E1 = "位于厦门火炬(翔安)产业区的联芯集成电路制造项目总投资62亿美元,是海峡两岸合资建设的第一座12英寸晶圆厂"
E2 = "截至目前,引进或已落地集成电路企业113家"
E3 = "今年1-4月园区集成电路产值达40.75亿元,同比增长32.52%,预计全年完成产值120亿元"
G["me05"] = dict(
 article=art("厦门火炬高新区打造集成电路产业重镇", "中国高新技术产业导报，载于 cinic.org.cn（中国产业经济信息网）", "2017-06-09", "day",
  "National high-tech industry weekly relayed by an industry-information portal, Fujian: a high-tech zone's IC push — its flagship 12-inch fab in volume production at 28 nm with investment and capacity, the zone's cluster model, IC firms landed, output to April with growth and the full-year estimate",
  "http://www.cinic.org.cn/xy/fj/388663.html",
  "日期取页面“来源:中国高新技术产业导报 时间:2017-06-09”。标题照录；来源时间行已删。存段末段“厦门火炬高新区党工委书记、管委会主任黄晓舟表示,…推动厦门市集成电路产业做大做强,”在句中中断，整段删去（make_txt.py ITEMS），正文截至“…预计全年完成产值120亿元。”，共四段。园区：厦门火炬高新区（厦门，福建；文中又作“园区”）；厦门火炬(翔安)产业区（联芯所在，母园区厦门火炬高新区，翔安区）。公司：联芯集成电路制造(厦门)有限公司（又作“联芯公司”“联芯”）。项目：联芯集成电路制造项目，总投资62亿美元（美元，不入 investment_cny），28纳米制程量产→投产。事实：截至目前引进或落地集成电路企业113家（cumulative）；2017年1-4月集成电路产值40.75亿元（cumulative）、同比增长32.52%；预计全年产值120亿元（target）；联芯月产能6000片、年底预计1.6万片（可选）。“全国排名前六”不计。",
  "me05"),
 parks=[
  park(HJ, "厦门", "福建", "高新区", E0, note="文中又作“园区”；厦门市集成电路产业主要承载地"),
  park(XA, "厦门", "福建", "产业区", E1, district="翔安区", parent=HJ),
 ],
 companies=[
  comp(LX, XA, E0, aliases=["联芯公司", "联芯"], note="海峡两岸合资的12英寸晶圆厂"),
 ],
 institutions=[
  inst("厦门火炬高新区管委会", E0, park=HJ),
 ],
 projects=[
  proj("联芯集成电路制造项目", XA, E1, companies=[LX], inv="总投资62亿美元", currency="usd", value=6.2e9,
       status="投产", status_text="顺利导入28纳米制程并量产", status_evidence=E0, note="12英寸晶圆厂；福建省投资金额最大的单体项目"),
 ],
 aggregate_facts=[
  fact(HJ, "park", "ic_firms", 113, "count", E2, "2017年6月", kind="cumulative", note="引进或已落地集成电路企业"),
  fact(HJ, "park", "ic_output_cny", 4.075e9, "cny", E3, "2017年1–4月", kind="cumulative", chk=True),
  fact(HJ, "park", "ic_output_yoy_growth", 0.3252, "ratio", E3, "2017年1–4月", kind="ratio"),
  fact(HJ, "park", "ic_output_cny", 1.2e10, "cny", "预计全年完成产值120亿元", "2017年全年（预计）", kind="target", chk=True),
  fact(LX, "company", "monthly_capacity_wafers", 6000, "wafers", "联芯公司月产能为6000片,预计今年年底月产能可达1.6万片", "2017年6月", opt=True),
 ])

# ---------------------------------------------------------------- me06 西安高新区 半导体全产业链 (新华社 2019)
XG = "西安高新技术产业开发区"
SX = "三星(中国)半导体有限公司"
F0 = "然而“逆风”之中,西安高新技术产业开发区却在不断强筋健骨,持续布局半导体全产业链,努力打造中国的“西部硅谷”"
F1 = "通过有针对性的招商引资,先后引进了美光、英特尔等一批半导体产业巨头,并以此辐射带动,培育出相关产业生态"
F2 = "一期实际投资超过100亿美元,2014年5月正式投产,主攻高端存储芯片市场的三星(中国)半导体有限公司,不仅是韩国三星集团最为成功的海外投资项目"
F3 = "而随着三星西安项目二期70亿美元投资追加完成,西安高新区半导体行业的聚集效应仍在继续加大"
F4 = "在行业龙头企业的带动下,100多家相关配套企业相继落户,西安高新区的半导体产业链不断完善"
F5 = "西安奕斯伟硅片技术有限公司就是这样一家被吸引而来的企业。"
G["me06"] = dict(
 article=art("（无标题）西安高新区逆风布局半导体全产业链 打造“西部硅谷”", "新华社（记者 薛天；“新华社西安10月24日电”），载于 xinhuanet.com", "2019-10-24", "day",
  "National news agency feature, Shaanxi: a national high-tech zone keeps building its semiconductor chain in a downturn — giants attracted, a Korean memory maker's two phases with investment, supporting firms gathered, a silicon-wafer maker drawn in",
  "http://xinhuanet.com/politics/2019-10/24/c_1125145111.htm",
  "日期取电头“新华社西安10月24日电”与网址 2019-10/24。存段无标题行（title 为编者概括）。存段末句“厂区建设完成后,公司的单晶硅片生产线正在紧锣密鼓地筹备之中,”中断，已删（make_txt.py LINE_SUFFIX），正文截至“…被吸引而来的企业。”，共八段。园区：西安高新技术产业开发区（西安，陕西；文中又作“西安高新区”）。公司：美光、英特尔（引进）、三星(中国)半导体有限公司、西安奕斯伟硅片技术有限公司（落户高新区）；韩国三星集团为母公司（可选）。机构：西安微电子技术研究所（可选）。项目：三星西安项目——一期实际投资超过100亿美元、2014年5月正式投产（文中以公司为主语；项目名取文中“三星西安项目”，phase 一期）；二期70亿美元投资追加完成（status 不记，note）。美元金额不入 investment_cny。事实：100多家相关配套企业相继落户（cumulative，余）。",
  "me06"),
 parks=[
  park(XG, "西安", "陕西", "高新技术产业开发区", F0, aliases=["西安高新区"], note="“西部硅谷”"),
 ],
 companies=[
  comp("美光", XG, F1, note="引进的半导体产业巨头"),
  comp("英特尔", XG, F1, note="引进的半导体产业巨头"),
  comp(SX, XG, F2, note="主攻高端存储芯片"),
  comp("三星集团", None, F2, opt=True, note="韩国三星集团；母公司"),
  comp("西安奕斯伟硅片技术有限公司", XG, F5, note="被吸引而来的配套企业；单晶硅片"),
 ],
 institutions=[
  inst("西安微电子技术研究所", "西安微电子技术研究所也曾代表着国内最先进的半导体科研水平", kind="research", opt=True),
 ],
 projects=[
  proj("三星西安项目", XG, F2, companies=[SX], inv="超过100亿美元", qual="超", qual_text="超过", currency="usd", value=1e10,
       phase="一期", status="投产", status_text="2014年5月正式投产", note="一期实际投资；文中以公司为主语"),
  proj("三星西安项目二期", XG, F3, companies=[SX], inv="70亿美元", currency="usd", value=7e9, phase="二期",
       note="“投资追加完成”；文中未说投产，不记状态"),
 ],
 aggregate_facts=[
  fact(XG, "park", "supporting_firms", 100, "count", F4, "2019年10月", kind="cumulative", qual="余", qtext="多", note="相关配套企业相继落户"),
  fact(SX, "company", "phase1_actual_investment_usd", 1e10, "usd", F2, "2019年10月", kind="cumulative", qual="超", qtext="超过", opt=True),
 ])

# ---------------------------------------------------------------- me07 中科环海半导体产业园 天津滨海高新区领导慰问 (中环股份 2019)
TJ = "天津滨海高新技术产业开发区"
ZK = "中科环海半导体产业园"
H0 = "1月19日,天津滨海高新技术产业开发区工作委员会书记、管理委员会主任单泽峰一行来到中科环海半导体产业园走访慰问"
H1 = "高新区工委办公室、发改局、科技局、建交局、规划局、海洋科技园主要负责同志陪同"
H2 = "中环股份纪委书记赵春蕾,中科环海副总经理刘新红、刘云丽等接待并汇报工作"
H3 = "沙盘前,赵春蕾向单泽峰一行详细介绍了园区整体情况和DW项目建设进展情况"
H4 = "单泽峰表示,中科环海半导体产业园是天津市政府高度关注的重点项目,项目建设速度之快值得肯定"
H5 = "单泽峰向DW项目总承包单位中建一局现场工作人员致以春节的问候"
G["me07"] = dict(
 article=art("天津滨海高新区工委书记、管委会主任单泽峰一行来访慰问项目一线建设者", "天津中环半导体股份有限公司（中环股份）企业新闻，载于 company.solarbe.com（索比光伏网企业页）", "2019-03-06", "day",
  "Company news page, Tianjin: the head of a national high-tech zone visits a semiconductor industrial park under construction — the park's status as a key project, a project's progress, the general contractor",
  "http://company.solarbe.com/tjsemi/news/itemid-19593.shtml",
  "日期取页面“发布时间:2019-03-06”；走访在2019年1月19日。标题照录（页面标题行）；企业页菜单、联系方式、面包屑、“新闻中心”与发布时间行已删。存段末句“随后,来访领导向坚守在项目一线的工作人员送上米”中断，已删（make_txt.py LINE_SUFFIX），正文截至“…确保项目建设如期高质安全推进。”，共四段。园区：天津滨海高新技术产业开发区（标题作“天津滨海高新区”，文中又作“高新区”“天津高新区”；天津）；中科环海半导体产业园（文中又作“园区”“半导体产业园”“产业园”；母园区由语境推定为天津滨海高新区）；海洋科技园（只作陪同部门名，可选，母园区推定）。公司：中环股份（纪委书记接待；园区所属未说，park null）、中科环海（园区开发主体，推定）、中建一局（DW项目总承包单位，可选）。项目：DW项目（在中科环海半导体产业园，“建设进展”→在建，无金额）；中科环海半导体产业园作为“重点项目”列可选项目（在建）。无数字事实。",
  "me07"),
 parks=[
  park(TJ, "天津", "天津", "高新技术产业开发区", H0, aliases=["天津滨海高新区", "天津高新区"], note="文中又作“高新区”"),
  park(ZK, "天津", "天津", "产业园", H0, parent=TJ, note="母园区由语境推定；文中又作“半导体产业园”“产业园”"),
  park("海洋科技园", "天津", "天津", "园区", H1, parent=TJ, opt=True, note="只作陪同部门出现；母园区推定"),
 ],
 companies=[
  comp("中环股份", None, H2, note="发布方（页面抬头作天津中环半导体股份有限公司，已删）"),
  comp("中科环海", ZK, H2, note="园区开发主体（由语境推定）"),
  comp("中建一局", ZK, H5, opt=True, note="DW项目总承包单位"),
 ],
 institutions=[
  inst("天津滨海高新技术产业开发区工作委员会", H0, park=TJ, note="与管理委员会同列于单泽峰职务中"),
 ],
 projects=[
  proj("DW项目", ZK, H3, companies=["中科环海"], status="在建", status_text="项目建设进展", note="无金额；总承包中建一局"),
  proj(ZK, TJ, H4, companies=["中科环海"], status="在建", status_text="项目建设", opt=True, note="“天津市政府高度关注的重点项目”；无金额"),
 ],
 aggregate_facts=[])
