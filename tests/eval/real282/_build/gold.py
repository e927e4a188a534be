# real282 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; build_all.py copied
# unchanged from real52). Conventions as real52 (real28–real52): evidence verbatim (all five items simplified script as
# published); names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the
# word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and
# shares as ratios. Projects: the park the text places the project in, null if none. Status from the text's words (开工 →
# 开工; 竣工投产 → 投产; 当场签订 → 签约; a project reported by investment completed this year / “快速推进” → 在建).
# “完成投资” (investment completed in a period) is not a project's total investment: it is a fact (kind cumulative), and
# investment_text stays null. City-wide figures (厦门市, 泉州) are optional facts with subject_type region.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/ruNN.raw as returned.

# ---------------------------------------------------------------- ru01 集美模具产业园(一期)开工 (东南网 / 海峡导报 2019)
HX = "后溪工业组团"
MJ = "集美模具产业园"
A0 = "位于集美区后溪工业组团,项目总投资3.2亿元,总用地面积29061平方米,总建筑面积96948平方米的集美模具产业园(一期)项目开工啦"
A1 = "厦门市有商品模具生产企业近800家,就业人员约21000人,技术人员约7000人,模具年产值达60亿元"
G["ru01"] = dict(
 article=art("（无标题）集美模具产业园(一期)项目在集美区后溪工业组团开工，总投资3.2亿元", "东南网（海峡导报记者 吴舒远，通讯员 陈季玉），载于 hyyz888.com（东南网厦门频道的镜像页）", "2019-01-22", "day",
  "Provincial news portal relaying a Xiamen paper (mirror page), Fujian: a district industrial cluster's mould-industry park starts its first phase — investment, site and floor area, the city's mould industry (firms, employment, output, growth), the park's purpose",
  "https://hyyz888.com/xm/2019-01/25/../22/content_21907406.htm",
  "日期取导语“东南网1月22日讯”与网址路径 2019-01/22（开工在“昨日”，即2019年1月21日）。存段无标题（title 为编者概括）。存段把全文存为一行，各段之间以空格相隔（含小标题“开门红播下希望的种子”“早谋划争取早日出成效”），照原样保留为一段；末段“2018年国投公司通过土地招拍挂竞得该工业用地…将根据产业实际需求,发”在句中中断，自其前的空格起整段删去（make_txt.py LINE_SUFFIX），正文截至“…加快厦门市模具产业形成规模效应。”。页面所在站 hyyz888.com 为东南网页面的镜像（网址含 content_21907406，东南网格式），文本为简体原样，非转换稿。园区：后溪工业组团（厦门市集美区；文中作“集美区后溪工业组团”）；集美模具产业园（在后溪工业组团内，文中又作“模具产业园”）。项目：集美模具产业园(一期)项目，总投资3.2亿元，开工（“开工啦”），phase 一期。厦门市模具协会为机构（可选）。厦门全市模具业数字（企业近800家、年产值60亿元、2016年产值增12%等）为全市数据，列可选事实（subject 厦门市）。集美国投公司只在被删末段中，不列。",
  "ru01"),
 parks=[
  park(HX, "厦门", "福建", "工业组团", A0, district="集美区", note="文中作“集美区后溪工业组团”"),
  park(MJ, "厦门", "福建", "产业园（模具）", A0, district="集美区", parent=HX, note="只见于项目名“集美模具产业园(一期)项目”；文中又作“模具产业园”；厦门市第一个模具产业园（该句在被删末段）"),
 ],
 companies=[],
 institutions=[
  inst("厦门市模具协会", "厦门市模具协会会长林敬捷表示", kind="association"),
 ],
 projects=[
  proj("集美模具产业园(一期)项目", HX, A0, inv="项目总投资3.2亿元", phase="一期", status="开工", status_text="开工啦",
       note="园区开发项目；2019年1月21日开工；总用地面积29061平方米，总建筑面积96948平方米"),
 ],
 aggregate_facts=[
  fact("集美模具产业园(一期)项目", "project", "site_area_m2", 29061, "m2", A0, "2019年1月（开工时）", opt=True),
  fact("集美模具产业园(一期)项目", "project", "floor_area_m2", 96948, "m2", A0, "2019年1月（开工时）", opt=True),
  fact("厦门市", "region", "mould_firms", 800, "count", "厦门市有商品模具生产企业近800家", "2019年1月", qual="约", qtext="近", opt=True),
  fact("厦门市", "region", "mould_annual_output_cny", 6e9, "cny", "模具年产值达60亿元", "2019年1月（年产值）", opt=True, chk=True),
  fact("厦门市", "region", "mould_output_yoy_growth", 0.12, "ratio", "2016年厦门市模具产值比上年增加12%", "2016年", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- ru02 仙港工业园开发区 (湄洲日报 via 仙游新闻网 2019)
XG = "仙港工业园开发区"
B0 = "去年,开发区累计完成固定资产投资63亿元,绝对数居全县第一,占全县近四分之一,比增18.9%;规模以上工业产值完成72亿元,比增47.3%,增幅居全县第一"
B1 = "健康科技园内,厂房建设如火如荼;元生智汇科技有限公司生产车间里,机器设备火热生产;圣泉服装城、三福产业园内,一排排现代化的厂房焕发生机"
B2 = "节后,位于仙港工业园开发区的元生智汇科技有限公司贴出了急招工人的通知"
G["ru02"] = dict(
 article=art("争先进位比赶超——仙港工业园开发区聚焦项目比质量奋力实现开门红", "湄洲日报（朱建婷 张力），载于仙游新闻网 www.xyxww.com（责任编辑:林婧晶）", "2019-03-04", "day",
  "County news site relaying the city daily, Fujian (Putian): a county development zone after the Spring Festival — the zone's previous-year fixed-asset investment and above-scale output with growth, a glass-cover maker's hiring, sub-parks and complexes under construction",
  "http://www.xyxww.com/2019-03/04/content_871830.htm",
  "日期取页面“2019-03-04 10:53:33 朱建婷 张力 来源:湄洲日报”。标题照录；站头“莆田:今天:”“投稿信箱”“收藏本站”、位置栏与日期来源行已删；两条图片说明（“仙港工业园开发区产业崛起。”“莆永高速仙游城区出口拓宽绿化。”）为正文配图说明，保留。存段末段“2月28日,记者来到该公司生产车间…今年招工顺利,企业用”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…全力帮助企业开足马力生产。”，含小标题“鼓足干劲全力冲刺开门红”。园区：仙港工业园开发区（莆田市仙游县，福建；文中又作“开发区”）；健康科技园、三福产业园、圣泉服装城在开发区内（由语境推定），列可选园区。公司：元生智汇科技有限公司（位于开发区）。无具名金额项目。事实：“去年”（2018年）固定资产投资63亿元、比增18.9%；规模以上工业产值72亿元、比增47.3%。“占全县近四分之一”不计。开发区管委会列可选机构。",
  "ru02"),
 parks=[
  park(XG, "莆田", "福建", "开发区（工业园）", B2, district="仙游县", note="文中又作“开发区”"),
  park("健康科技园", "莆田", "福建", "科技园", B1, district="仙游县", parent=XG, opt=True, note="母园区由语境推定"),
  park("三福产业园", "莆田", "福建", "产业园", B1, district="仙游县", parent=XG, opt=True, note="母园区由语境推定"),
  park("圣泉服装城", "莆田", "福建", "服装城", B1, district="仙游县", parent=XG, opt=True, note="母园区由语境推定"),
 ],
 companies=[
  comp("元生智汇科技有限公司", XG, B2, note="生产2.0D、2.5D手机玻璃盖板（见被删段）；节后扩产招工"),
 ],
 institutions=[
  inst("开发区管委会", "开发区管委会和县招工部门连续举办多场招聘会", park=XG, note="仙港工业园开发区管委会"),
 ],
 projects=[],
 aggregate_facts=[
  fact(XG, "park", "fixed_asset_investment_cny", 6.3e9, "cny", "去年,开发区累计完成固定资产投资63亿元", "2018年", chk=True),
  fact(XG, "park", "fixed_asset_investment_yoy_growth", 0.189, "ratio", B0, "2018年", kind="ratio"),
  fact(XG, "park", "above_scale_industrial_output_cny", 7.2e9, "cny", "规模以上工业产值完成72亿元,比增47.3%", "2018年", chk=True),
  fact(XG, "park", "above_scale_industrial_output_yoy_growth", 0.473, "ratio", "规模以上工业产值完成72亿元,比增47.3%", "2018年", kind="ratio"),
 ])

# ---------------------------------------------------------------- ru03 厦门火炬(翔安)产业区 ABB (福建日报 via 国际在线福建 2019)
XA = "厦门火炬(翔安)产业区"
HJ = "厦门火炬高新区"
C0 = "ABB厦门工业中心正加速崛起。该项目投资20亿元,一期项目于去年11月竣工投产;二期项目今年3月竣工投产"
C1 = "同样是在火炬(翔安)产业区,厦门乾照光电股份有限公司也吸引着世界的目光"
C2 = "今年1月—3月,厦门市88个省重大在建项目完成投资125.5亿元,完成同期投资计划的107%"
C3 = "88个省重点在建项目完成投资133.4亿元,完成同期投资计划的104%"
C4 = "12个省重中之重在建项目完成投资28.4亿元,完成同期投资计划的103%"
G["ru03"] = dict(
 article=art("（无标题）厦门火炬(翔安)产业区：ABB厦门工业中心投资20亿元，一期、二期竣工投产", "福建日报（图：记者 王毅），载于国际在线福建频道 fj.cri.cn", "2019-04-19", "day",
  "Radio portal's provincial channel relaying the provincial daily, Fujian (Xiamen): a high-tech zone's sub-area — a multinational's plant with its investment and phases completed, a listed LED-chip firm there, the zone's push on projects, the city's first-quarter investment figures for provincial key projects",
  "https://fj.cri.cn/20190419/fa311c53-6a86-6640-bf14-51a884ad4e04.html",
  "日期取网址 20190419（图片说明“4月18日…”）。存段无标题（title 为编者概括），以图片说明“4月18日,ABB厦门工业中心生产车间…福建日报 记者 王毅 摄”开头，保留。“……”一行为原文省略号，照录。存段末段“一季度,37个省重点在建产业项目…厦门联芯、ABB厦门工业中心等龙头企业均继续增资建设。目前,联芯项”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…完成同期投资计划的103%。”。园区：厦门火炬(翔安)产业区（文中又作“火炬(翔安)产业区”；厦门市翔安区，福建）；厦门火炬高新区（其上级园区；“园区正在加速推动一批项目落地生根”）。项目：ABB厦门工业中心，投资20亿元；一期2018年11月竣工投产、二期2019年3月竣工投产、预计6月全面建成投产→status 投产。公司：ABB（项目业主，在园）；厦门乾照光电股份有限公司（在园）。“ABB(中国)”为ABB在华公司，不另列。厦门市一季度省重大/重点/重中之重在建项目完成投资为全市数据，列可选事实（subject 厦门市，cumulative）。",
  "ru03"),
 parks=[
  park(XA, "厦门", "福建", "高新区产业区", "在厦门火炬(翔安)产业区,目前ABB全球最大、最先进的制造基地——ABB厦门工业中心正加速崛起",
       district="翔安区", parent=HJ, aliases=["火炬(翔安)产业区"], note="文中又作“火炬(翔安)产业区”；厦门火炬高新区的产业区"),
  park(HJ, "厦门", "福建", "国家高新区", "厦门火炬高新区相关负责人表示", note="文中又作“园区”；母园区关系由语境推定"),
 ],
 companies=[
  comp("ABB", XA, "在厦门火炬(翔安)产业区,目前ABB全球最大、最先进的制造基地——ABB厦门工业中心正加速崛起", note="ABB厦门工业中心的业主；文中又有“ABB(中国)”"),
  comp("厦门乾照光电股份有限公司", XA, C1, note="高新技术企业"),
 ],
 institutions=[
  inst("厦门市发改委", "来自厦门市发改委的最新数据显示"),
 ],
 projects=[
  proj("ABB厦门工业中心", XA, C0, companies=["ABB"], inv="投资20亿元", status="投产", status_text="竣工投产",
       note="一期2018年11月竣工投产，二期2019年3月竣工投产，预计6月全面建成投产；ABB全球最大、最先进的制造基地"),
 ],
 aggregate_facts=[
  fact("厦门市", "region", "provincial_major_projects_under_construction", 88, "count", C2, "2019年1–3月", opt=True, note="省重大在建项目"),
  fact("厦门市", "region", "provincial_major_projects_investment_completed_cny", 1.255e10, "cny", C2, "2019年1–3月", kind="cumulative", opt=True, chk=True),
  fact("厦门市", "region", "provincial_key_projects_investment_completed_cny", 1.334e10, "cny", C3, "2019年1–3月", kind="cumulative", opt=True, chk=True),
  fact("厦门市", "region", "provincial_top_priority_projects_investment_completed_cny", 2.84e9, "cny", C4, "2019年1–3月", kind="cumulative", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- ru04 泉州外资招商推介会 20个项目 (2019 投洽会)
JJ = "泉州半导体高新技术产业园晋江分园"
QK = "泉州开发区"
HD = "惠东工业园区"
D0 = "仅泉州外资招商推介会就当场签订了20个重大项目"
D1 = "在惠安县,和群科技项目将崛起于惠东工业园区,专注集成电路、半导体材料、电子元器件、电子工程、通信工程等研发、设计、制造"
D2 = "位居全球前列、来自台湾的一家集成电路探针生产企业将在泉州半导体高新技术产业园晋江分园,从事集成电路测试探针的研发、生产和销售,并建设中国运营总部"
D3 = "另一台企也将在晋江分园投资光通信器件设计制造项目"
D4 = "在泉州开发区,半导体材料、智能芯片及智能穿戴项目落地"
G["ru04"] = dict(
 article=art("（无标题）2019厦洽会泉州外资招商推介会当场签订20个重大项目", "“本报讯”（记者 陈林森，通讯员 陈金针；报名存段未示），载于 mszz.cn", "2019-09", "month",
  "City-paper item relayed by a local site, Fujian (Quanzhou): foreign-investment signings at the Xiamen investment fair — 20 projects across the city's counties, the high-tech ones placed in named parks (a semiconductor park's Jinjiang branch, the city development zone, a county industrial park)",
  "https://mszz.cn/news/yaowen/68509.html",
  "存段无标题、无日期行（title 为编者概括）。日期推定：文中“连日来,在2019厦门国际投资贸易洽谈会暨丝路投资大会上”，该会于2019年9月上旬举行，记 2019-09（month，推定）。原发报纸存段未示（“本报讯”，泉州当地报纸）。存段末段“传统板块强后劲。洛江区安必信…供应于电视购物”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…研发、设计、制造。”，共三段。园区：泉州半导体高新技术产业园晋江分园（文中又作“晋江分园”；泉州市晋江，福建；母园区泉州半导体高新技术产业园，可选）；泉州开发区；惠东工业园区（惠安县）。项目：和群科技项目（惠东工业园区，签约——属“当场签订”的20个项目）；晋江分园的光通信器件设计制造项目、泉州开发区的半导体材料、智能芯片及智能穿戴项目为未具名企业的项目，列可选项目；集成电路探针企业未具名，不列。无金额。事实：推介会当场签订20个重大项目（subject 泉州，region）。",
  "ru04"),
 parks=[
  park(JJ, "泉州", "福建", "高新技术产业园分园", D2, district="晋江市", parent="泉州半导体高新技术产业园", aliases=["晋江分园"], note="文中又作“晋江分园”"),
  park("泉州半导体高新技术产业园", "泉州", "福建", "高新技术产业园", D2, opt=True, note="只见于“泉州半导体高新技术产业园晋江分园”"),
  park(QK, "泉州", "福建", "经济开发区", D4),
  park(HD, "泉州", "福建", "工业园区", D1, district="惠安县"),
 ],
 companies=[
  comp("和群科技", HD, D1, note="项目名中的企业名；集成电路、半导体材料等"),
 ],
 institutions=[],
 projects=[
  proj("和群科技项目", HD, D1, companies=["和群科技"], status="签约", status_text="当场签订", note="2019年投洽会泉州外资招商推介会签约的20个项目之一；无金额"),
  proj("光通信器件设计制造项目", JJ, D3, status="签约", status_text="当场签订", opt=True, note="台企投资，企业未具名"),
  proj("半导体材料、智能芯片及智能穿戴项目", QK, D4, status="签约", status_text="当场签订", opt=True, note="文中“项目落地”；企业未具名"),
 ],
 aggregate_facts=[
  fact("泉州", "region", "foreign_projects_signed", 20, "count", D0, "2019年9月（投洽会泉州外资招商推介会）", note="外资重大项目，当场签订"),
  fact("泉州", "region", "counties_covered_by_signed_projects", 13, "count", "这20个重大项目分布在全市13个县域", "2019年9月（投洽会）", opt=True),
 ])

# ---------------------------------------------------------------- ru05 龙海“南太武南溪湾”重点区域 (福建日报 via 闽南网漳州 2019)
NT = "南太武南溪湾"
E0 = "1—10月,龙海市“南太武南溪湾”重点区域内的28个重点项目,共计完成投资67.4亿元,占年度计划投资额的88.2%"
E1 = "协能退役动力电池梯次利用项目(一期)完成投资1.83亿元,占年度计划的122%"
E2 = "白塘湾国际旅游项目完成投资额4.83亿元,占年度计划120.75%"
E3 = "金龙汽车龙海异地迁建项目完成投资13.1亿元,占年度计划额的104.8%"
E4 = "据悉,在中海油LNG、金龙新能源汽车、正新橡胶等龙头项目快速推进的同时"
AS5 = "2019年1–10月"
G["ru05"] = dict(
 article=art("龙海“南太武南溪湾”重点区域完成投资67.4亿元", "福建日报（周志荣 陈刘娟），载于闽南网漳州频道 m.zz.mnw.cn", "2019-12-02", "day",
  "Regional portal relaying the provincial daily, Fujian (Zhangzhou): a county-level city's key development area — its key projects' investment completed in ten months against the annual plan, three named projects with investment completed and plan ratios, leading projects pressing on",
  "http://m.zz.mnw.cn/longhai/xw/2226105.html",
  "日期取页面“福建日报 2019-12-02 08:49”。标题照录；日期来源行与“新闻推荐”“频道推荐”及其链接行已删。正文三段，完整（署名“(周志荣 陈刘娟)”在正文末，保留）。园区：“南太武南溪湾”重点区域（漳州市龙海市，福建；文中作“龙海市“南太武南溪湾”重点区域”“该区域”；kind 记“重点区域”）。项目：协能退役动力电池梯次利用项目(一期)、白塘湾国际旅游项目、金龙汽车龙海异地迁建项目——各有1—10月“完成投资”（非总投资，记为事实，investment_text 留空），状态在建；中海油LNG、金龙新能源汽车、正新橡胶为“快速推进”的龙头项目（在建，可选，项目名即企业名）。公司只在项目名中，可选。事实：区域28个重点项目1—10月完成投资67.4亿元（cumulative），占年度计划88.2%（ratio）；三个项目的完成投资（cumulative）与年度计划完成比（ratio，可选）。",
  "ru05"),
 parks=[
  park(NT, "漳州", "福建", "重点区域", E0, district="龙海市", note="文中作“龙海市“南太武南溪湾”重点区域”“该区域”"),
 ],
 companies=[
  comp("金龙汽车", NT, E3, opt=True, note="只在项目名中"),
  comp("中海油", NT, E4, opt=True, note="只在项目名“中海油LNG”中"),
  comp("正新橡胶", NT, E4, opt=True, note="项目名即企业名"),
 ],
 institutions=[],
 projects=[
  proj("协能退役动力电池梯次利用项目(一期)", NT, E1, phase="一期", status="在建", status_text="完成投资", note="1—10月完成投资1.83亿元（非总投资）"),
  proj("白塘湾国际旅游项目", NT, E2, status="在建", status_text="完成投资额", note="1—10月完成投资4.83亿元（非总投资）"),
  proj("金龙汽车龙海异地迁建项目", NT, E3, companies=["金龙汽车"], status="在建", status_text="完成投资", note="1—10月完成投资13.1亿元（非总投资）"),
  proj("中海油LNG", NT, E4, companies=["中海油"], status="在建", status_text="快速推进", opt=True, note="龙头项目"),
  proj("金龙新能源汽车", NT, E4, status="在建", status_text="快速推进", opt=True, note="龙头项目"),
  proj("正新橡胶", NT, E4, companies=["正新橡胶"], status="在建", status_text="快速推进", opt=True, note="龙头项目；项目名即企业名"),
 ],
 aggregate_facts=[
  fact(NT, "park", "key_projects", 28, "count", E0, AS5),
  fact(NT, "park", "key_projects_investment_completed_cny", 6.74e9, "cny", E0, AS5, kind="cumulative", chk=True),
  fact(NT, "park", "key_projects_annual_plan_completion", 0.882, "ratio", E0, AS5, kind="ratio"),
  fact("协能退役动力电池梯次利用项目(一期)", "project", "investment_completed_cny", 1.83e8, "cny", E1, AS5, kind="cumulative", chk=True),
  fact("白塘湾国际旅游项目", "project", "investment_completed_cny", 4.83e8, "cny", E2, AS5, kind="cumulative", chk=True),
  fact("金龙汽车龙海异地迁建项目", "project", "investment_completed_cny", 1.31e9, "cny", E3, AS5, kind="cumulative", chk=True),
  fact("协能退役动力电池梯次利用项目(一期)", "project", "annual_plan_completion", 1.22, "ratio", E1, AS5, kind="ratio", opt=True),
  fact("白塘湾国际旅游项目", "project", "annual_plan_completion", 1.2075, "ratio", E2, AS5, kind="ratio", opt=True),
  fact("金龙汽车龙海异地迁建项目", "project", "annual_plan_completion", 1.048, "ratio", E3, AS5, kind="ratio", opt=True),
 ])
