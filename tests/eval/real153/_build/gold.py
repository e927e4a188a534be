# real153 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence). Projects: the park is the one the text places the project in, null if none
# (a district such as 松江 is not a park). Status from the text's words (开工 / 开工建设 / 启动建设 → 开工; 签约 / 投资启动
# with 签约 → 签约; 有序建设中 → 在建). Projects named only by a firm keep the firm's name as the project name, the firm as an
# optional company (as real52 zv01 海湾电气). Sources are `search` (corpus pages) excerpts typed into _raw/pages/wtNN.raw.

# ---------------------------------------------------------------- wt01 临港新片区 2020 重点产业项目集中开工 (文汇报)
LG = "临港新片区"
A0 = "中国(上海)自由贸易试验区临港新片区2020年重点产业项目集中开工活动今天上午举行,总投资约480亿元的18个重点产业项目正式开工建设"
A1 = "其中,格科半导体、商汤科技新一代人工智能计算与赋能平台等项目将带动上下游企业发展"
A2 = "蓝湾进平新能源等项目将加快完善新能源汽车产业发展结构"
A3 = "新微化合物半导体、盛美半导体、德建聪和、臻格生物等项目将有力推动集成电路、生物医药等领域技术攻关和产业化发展"
A4 = "市委常委、副市长吴清为临港新片区智能新能源汽车产业链招商服务中心揭牌"
AS = "2020年7月7日（集中开工）"
G["wt01"] = dict(
 article=art("（无标题）临港新片区2020年重点产业项目集中开工 总投资约480亿元的18个项目", "文汇报（whb.cn 主站“城市”栏；存段无署名）", "2020-07-07", "day",
  "City daily's website, Shanghai: a free-trade zone's new area starts 18 key industrial projects (city leaders present), the total, named semiconductor / AI / new-energy-vehicle / biopharma projects",
  "https://whb.cn/zhuzhan/cs/20200707/359286.html",
  "日期取网址 20200707（“今天上午”即7月7日）。存段无标题行（title 为编者概括）。存段首行为导语式摘句“临港新片区要坚持高端引领…发动机作用。”（与正文第三段一句重复），作页面导语删去（make_txt.py 以下一行起）。存段在末段“临港检验检测产业园、智慧”处中断；只删去最后一个分号后的残句（LINE_SUFFIX），正文止于“…技术攻关和产业化发展;”，共四段。园区：临港新片区（全称“中国(上海)自由贸易试验区临港新片区”；上海，辖区跨浦东新区等，district 不填）。项目：格科半导体、商汤科技新一代人工智能计算与赋能平台、蓝湾进平新能源、新微化合物半导体、盛美半导体、德建聪和、臻格生物——均为本次集中开工的18个项目之一（开工），无单项金额；以企业名作项目名者，企业列为可选公司。临港检验检测产业园只在被删残句中，不列。事实：18个项目、总投资约480亿元（开工，reported）。招商服务中心列可选机构。",
  "wt01"),
 parks=[
  park(LG, "上海", "上海", "自贸试验区新片区", A0, aliases=["中国(上海)自由贸易试验区临港新片区"], note="全称见首句"),
 ],
 companies=[
  comp("格科半导体", LG, A1, opt=True, note="以企业名作项目名"),
  comp("商汤科技", LG, A1, opt=True, note="只在项目名中"),
  comp("蓝湾进平新能源", LG, A2, opt=True, note="以企业名作项目名"),
  comp("新微化合物半导体", LG, A3, opt=True, note="以企业名作项目名"),
  comp("盛美半导体", LG, A3, opt=True, note="以企业名作项目名"),
  comp("德建聪和", LG, A3, opt=True, note="以企业名作项目名"),
  comp("臻格生物", LG, A3, opt=True, note="以企业名作项目名"),
 ],
 institutions=[
  inst("临港新片区智能新能源汽车产业链招商服务中心", A4, park=LG),
 ],
 projects=[
  proj("格科半导体", LG, A1, companies=["格科半导体"], status="开工", status_text="集中开工", note="18个集中开工项目之一；无单项金额"),
  proj("商汤科技新一代人工智能计算与赋能平台", LG, A1, companies=["商汤科技"], status="开工", status_text="集中开工", note="同上"),
  proj("蓝湾进平新能源", LG, A2, companies=["蓝湾进平新能源"], status="开工", status_text="集中开工", note="同上"),
  proj("新微化合物半导体", LG, A3, companies=["新微化合物半导体"], status="开工", status_text="集中开工", note="同上"),
  proj("盛美半导体", LG, A3, companies=["盛美半导体"], status="开工", status_text="集中开工", note="同上"),
  proj("德建聪和", LG, A3, companies=["德建聪和"], status="开工", status_text="集中开工", note="同上"),
  proj("臻格生物", LG, A3, companies=["臻格生物"], status="开工", status_text="集中开工", note="同上"),
 ],
 aggregate_facts=[
  fact(LG, "park", "projects_started", 18, "count", A0, AS),
  fact(LG, "park", "projects_started_investment_cny", None, "cny", A0, AS, qual="约", qtext="约"),
 ])

# ---------------------------------------------------------------- wt02 “长三角G60科创之眼”今开工 (松江, 2022)
SX = "松江新城"
G60 = "长三角G60科创走廊"
B0 = "今天上午,“长三角G60科创之眼”一期开工暨松江新城重大项目投资启动仪式举行。本次活动是“潮涌浦江”投资上海分享季松江区系列活动的重要组成部分,6个松江新城重大项目启动建设;51个重大产业项目投资启动,总投资336.5亿元"
B1 = "“长三角G60科创之眼”一期项目总投资21.89亿元,无疑是备受关注的焦点"
B2 = "项目以打造“具有全球影响力的卓越科创园区”为总体目标,着重定位于数字信息技术、商业航天与卫星互联、智能终端三个产业,与周边园区形成错位互补,建成后将引进企业500-800家"
B3 = "除了科创之眼项目,今天还有5个项目启动建设,包括总投资约10亿元的上海中医药大学附属松江医院新建工程项目、永丰小学新建工程项目等"
B4 = "据悉,今年松江新城年度计划开工项目33个。一季度已开工项目4个;二季度重大开工项目8个,总投资约63亿元"
B5 = "此外,继6月16日上海全球投资促进大会总投资265亿元的26个项目签约后,今天松江又有51个重大产业项目投资启动,总投资336.5亿元"
B6 = "本次签约的项目既有盛大汽车、格思航天、徐重道中药饮片等新引进项目,又有拟拿地扩产优质项目,还有存量改扩建项目"
B7 = "今天,还有10个松江跨区域合作代表项目现场签约,包括芯片设计、汽车研发等"
B8 = "长三角G60科创走廊又添“明珠”,松江新城建设正强势发力"
ASB = "2022年6月（开工、投资启动当日）"
G["wt02"] = dict(
 article=art("“长三角G60科创之眼”今开工", "未注明原刊（记者 杨洁；当为松江区媒体），载于 sjcfw.com.cn（松江厂房仓库网）", "2022-06", "month",
  "District news relayed by a local property site, Shanghai 松江: a science-park project's first phase started with its investment, five other new-town projects started, 51 industrial projects launched / signed with their total, named incoming firms, quarterly start counts",
  "http://www.sjcfw.com.cn/index.php/post/998.html",
  "页面无日期。年份由文中推定：“潮涌浦江”投资上海分享季与“6月16日上海全球投资促进大会”为2022年活动，文中又以“二季度”计开工，故发稿当在2022年6月16日之后、6月底之前（precision month；不确定）。标题照录；导航行与文末三条站内链接已删。正文六段，完整（末署“(记者 杨洁)”）。园区/区域：长三角G60科创走廊、松江新城均非单一产业园区，列可选园区（科创走廊 / 新城）；“长三角G60科创之眼”自身为在建科创园区（建成后引进企业500-800家），列可选园区，母体推定为松江新城。项目：“长三角G60科创之眼”一期（21.89亿元，开工）；上海中医药大学附属松江医院新建工程项目（约10亿元，启动建设→开工，可选：民生项目）、永丰小学新建工程项目（开工，可选）——均为松江新城重大项目；盛大汽车、格思航天、徐重道中药饮片（“本次签约的项目…新引进项目”→签约，无单项金额；以企业名作项目名，park 为空：只说“松江”）。事实：51个项目、336.5亿元（松江，签约/投资启动）；6月16日26个项目、265亿元（签约）；松江新城6个项目启动建设；年度计划开工33个（target）、一季度4个（cumulative）、二季度8个、约63亿元；10个跨区域合作项目签约。",
  "wt02"),
 parks=[
  park(SX, "上海", "上海", "新城", B0, district="松江区", opt=True, note="“五个新城”之一，非产业园区"),
  park(G60, "上海", "上海", "科创走廊", B8, district="松江区", opt=True, note="跨区域科创走廊，非单一园区"),
  park("长三角G60科创之眼", "上海", "上海", "科创园区", B2, district="松江区", parent=SX, opt=True, note="在建科创园区（一期开工）；母体由“松江新城重大项目”推定"),
 ],
 companies=[
  comp("盛大汽车", None, B6, opt=True, note="以企业名作签约项目名；只说“松江”"),
  comp("格思航天", None, B6, opt=True, note="同上"),
  comp("徐重道中药饮片", None, B6, opt=True, note="同上"),
 ],
 institutions=[],
 projects=[
  proj("“长三角G60科创之眼”一期", SX, B1, inv="21.89亿元", status="开工", status_text="一期开工", phase="一期", aliases=["科创之眼项目"], note="松江新城重大项目；科创园区开发项目"),
  proj("上海中医药大学附属松江医院新建工程项目", SX, B3, inv="10亿元", qual="约", qual_text="约", status="开工", status_text="启动建设", opt=True, note="民生项目"),
  proj("永丰小学新建工程项目", SX, B3, status="开工", status_text="启动建设", opt=True, note="民生项目"),
  proj("盛大汽车", None, B6, companies=["盛大汽车"], status="签约", status_text="本次签约的项目…新引进项目", note="51个投资启动项目之一；无单项金额"),
  proj("格思航天", None, B6, companies=["格思航天"], status="签约", status_text="本次签约的项目…新引进项目", note="同上"),
  proj("徐重道中药饮片", None, B6, companies=["徐重道中药饮片"], status="签约", status_text="本次签约的项目…新引进项目", note="同上"),
 ],
 aggregate_facts=[
  fact("松江", "region", "projects_signed", 51, "count", B5, ASB, note="“重大产业项目投资启动”，文中称“本次签约的项目”"),
  fact("松江", "region", "signed_investment_cny", None, "cny", "今天松江又有51个重大产业项目投资启动,总投资336.5亿元", ASB),
  fact("松江", "region", "projects_signed", 26, "count", B5, "2022年6月16日", opt=True, note="上海全球投资促进大会"),
  fact("松江", "region", "signed_investment_cny", None, "cny", B5, "2022年6月16日", opt=True, note="同上"),
  fact(SX, "park", "projects_started", 6, "count", B0, ASB, note="松江新城重大项目启动建设"),
  fact(SX, "park", "planned_projects_started", 33, "count", B4, "2022年（年度计划）", kind="target"),
  fact(SX, "park", "projects_started", 4, "count", B4, "2022年一季度", kind="cumulative", opt=True),
  fact(SX, "park", "projects_started", 8, "count", B4, "2022年二季度", opt=True),
  fact(SX, "park", "projects_started_investment_cny", None, "cny", "二季度重大开工项目8个,总投资约63亿元", "2022年二季度", qual="约", qtext="约", opt=True),
  fact("松江", "region", "cross_regional_projects_signed", 10, "count", B7, ASB, opt=True),
  fact("长三角G60科创之眼", "park", "expected_firms", 800, "count", B2, "建成后（预期）", kind="target", opt=True, note="500-800家，取上限"),
 ])

# ---------------------------------------------------------------- wt03 松江牛年首个工作日 (2021-02-18)
C0 = "松江枢纽及配套项目和民生工程项目开工,投资超170亿元;50个重大产业项目进行了集中签约,投资232.8亿元。项目及签约总投资超400亿元"
C1 = "上海中科辰新卫星技术有限公司此次签约的全数字化卫星制造超级工厂项目,总投资额6亿元"
C2 = "恒大新能源汽车、腾讯长三角人工智能超算中心、G60脑智科创基地、海尔智谷、超硅半导体等一批百亿级龙头项目有序建设中"
C3 = "牛年首个工作日,松江新城和长三角G60科创走廊建设好戏连台"
C4 = "松江区重大产业项目签约现场小松从区投促中心了解到"
ASC = "2021年2月18日（牛年首个工作日）"
G["wt03"] = dict(
 article=art("总投资超400亿!松江牛年首个工作日开工忙", "未注明原刊（文中“小松”，当为“上海松江”区媒体），载于 sjcfw.com.cn（松江厂房仓库网）", "2021-02-18", "day",
  "District news relayed by a local property site, Shanghai 松江: Lunar-New-Year first-workday starts and a 50-project signing with totals, one named satellite-factory project signed with its amount, named ten-billion-class projects under construction",
  "http://sjcfw.com.cn/index.php/post/4613.html",
  "页面无日期；“牛年首个工作日”即2021年2月18日（春节假期2月11–17日），发稿日按当日计（不确定，可能稍后）。标题照录；导航行已删。存段为一整段，在末句“正是这样的硬实力,吸引着越来越多的优质项目选址落户”处中断，该残句已删（LINE_SUFFIX），正文止于“…吸引创新创业人才集聚。”。园区/区域：长三角G60科创走廊、松江新城列可选园区；签约与在建项目只说“松江”，park 为空。项目：上海中科辰新卫星技术有限公司全数字化卫星制造超级工厂项目（6亿元，签约）；恒大新能源汽车、腾讯长三角人工智能超算中心、G60脑智科创基地、海尔智谷、超硅半导体（“有序建设中”→在建；“百亿级”为量级，不作金额）。松江枢纽及配套、民生工程（开工，超170亿元）列为事实，不作项目。事实：50个项目、232.8亿元（签约）；开工超170亿元；合计超400亿元（可选）。区投促中心列可选机构。",
  "wt03"),
 parks=[
  park(G60, "上海", "上海", "科创走廊", C3, district="松江区", opt=True, note="跨区域科创走廊，非单一园区"),
  park(SX, "上海", "上海", "新城", C3, district="松江区", opt=True, note="“五个新城”之一"),
 ],
 companies=[
  comp("上海中科辰新卫星技术有限公司", None, C1, note="签约项目方；只说“松江”"),
  comp("恒大新能源汽车", None, C2, opt=True, note="以企业名作项目名"),
  comp("腾讯", None, C2, opt=True, note="只在项目名“腾讯长三角人工智能超算中心”中"),
  comp("海尔", None, C2, opt=True, note="只在项目名“海尔智谷”中"),
  comp("超硅半导体", None, C2, opt=True, note="以企业名作项目名"),
 ],
 institutions=[
  inst("区投促中心", C4, note="松江区投资促进服务中心（文中简称）"),
 ],
 projects=[
  proj("全数字化卫星制造超级工厂项目", None, C1, companies=["上海中科辰新卫星技术有限公司"], inv="6亿元", status="签约", status_text="此次签约", note="50个集中签约项目之一"),
  proj("恒大新能源汽车", None, C2, companies=["恒大新能源汽车"], status="在建", status_text="有序建设中", note="百亿级龙头项目（量级，不作金额）"),
  proj("腾讯长三角人工智能超算中心", None, C2, companies=["腾讯"], status="在建", status_text="有序建设中", note="同上"),
  proj("G60脑智科创基地", None, C2, status="在建", status_text="有序建设中", note="同上"),
  proj("海尔智谷", None, C2, companies=["海尔"], status="在建", status_text="有序建设中", note="同上"),
  proj("超硅半导体", None, C2, companies=["超硅半导体"], status="在建", status_text="有序建设中", note="同上"),
 ],
 aggregate_facts=[
  fact("松江", "region", "projects_signed", 50, "count", C0, ASC),
  fact("松江", "region", "signed_investment_cny", None, "cny", "50个重大产业项目进行了集中签约,投资232.8亿元", ASC),
  fact("松江", "region", "projects_started_investment_cny", None, "cny", "松江枢纽及配套项目和民生工程项目开工,投资超170亿元", ASC, qual="超", qtext="超", note="枢纽及民生工程"),
  fact("松江", "region", "total_investment_started_and_signed_cny", None, "cny", "项目及签约总投资超400亿元", ASC, qual="超", qtext="超", opt=True),
 ])

# ---------------------------------------------------------------- wt04 上海市北高新21亿元拿地 (中国发展网 2020)
SB = "市北高新园区"
D0 = "2月18日,上海市北高新以21亿元摘得园区N070501单元22-02地块,为倾力打造的“静安市北国际科创社区”项目完成了最后一块拼图"
D1 = "该地块总占地面积为39866平方米,总建筑面积近14万平方米,容积率为2.2"
D2 = "占地460亩,位于市北高新园区东部,拟打造“静安市北国际科创社区”"
D3 = "据了解,“静安市北国际科创社区”项目于2018年年底正式启动,该项目由六幅地块组成"
G["wt04"] = dict(
 article=art("上海市北高新21亿元拿地,点燃上海静安高质量发展的新引擎", "中国经济导报-中国发展网（记者缪晓琴），chinadevelopment.com.cn“聚焦东方”栏", "2020-02-22", "day",
  "National economic paper's website, Shanghai 静安: a park developer buys the last plot of a science-community project inside its park — price, plot figures, the project's area, former factory and composition",
  "http://jjdf.chinadevelopment.com.cn/xw/2020/02/1616258.shtml",
  "日期取页面“2020-02-22 15:34 中国经济导报-中国发展网”。标题照录；存段开头的“页面未找到…返回网站首页”、面包屑与日期行已删。小标题“打造国际科创社区”保留为一段。存段末句“2018年9、10月间…这些项目与此次成功摘牌的22-02地块,连同园区东部已经”中断，整句删去（LINE_SUFFIX），正文止于“…以及一所学校。”，共五段。园区：市北高新园区（静安区，上海；即市北高新技术服务业园区，文中不出全称）。公司：上海市北高新（园区开发企业，文中又作“市北高新”）。项目：静安市北国际科创社区（园区东部，“2018年年底正式启动”——“启动”不定状态，status 空；21亿元为地价，不作项目投资额）。事实：拿地价21亿元（公司，land_purchase_cny）；地块占地39866平方米、建筑面积近14万平方米（约）；社区占地460亩。彭浦机器厂为地块前身，不列公司。",
  "wt04"),
 parks=[
  park(SB, "上海", "上海", "高新技术服务业园区", D2, district="静安区", note="即市北高新技术服务业园区；文中又作“园区”"),
 ],
 companies=[
  comp("上海市北高新", SB, D0, aliases=["市北高新"], note="园区开发运营企业（上海市北高新股份有限公司，文中简称）"),
 ],
 institutions=[],
 projects=[
  proj("静安市北国际科创社区", SB, D2, companies=["上海市北高新"], status=None, status_text="2018年年底正式启动", note="位于市北高新园区东部，占地460亩；22-02地块为其最后一幅地块；21亿元为地价，不作投资额"),
 ],
 aggregate_facts=[
  fact("上海市北高新", "company", "land_purchase_cny", None, "cny", D0, "2020年2月18日"),
  fact("N070501单元22-02地块", "plot", "site_area_m2", 39866, "m2", D1, "2020年2月", opt=True),
  fact("N070501单元22-02地块", "plot", "floor_area_m2", 140000, "m2", D1, "2020年2月", qual="约", qtext="近", opt=True),
  fact("静安市北国际科创社区", "project", "site_area_mu", 460, "mu", D2, "2020年2月"),
 ])

# ---------------------------------------------------------------- wt05 市北园区:打造“上海名园” (上海工运 2019)
SBY = "市北高新技术服务业园区"
E0 = "市北高新技术服务业园区(以下简称“市北园区”)成立于1992年8月,园区总规划面积3.31平方公里,规划建筑面积550万平方米"
E1 = "(其中西部园区1.45平方公里,东部园区1.86平方公里)"
E2 = "作为首个“上海市大数据产业基地”,园区被纳入《上海市产业地图》"
G["wt05"] = dict(
 article=art("市北园区:打造“上海名园”共创数智未来", "《上海工运》2019年第4期（作者 立夏），载于 fx361.cc（期刊文章库）", "2019-05-05", "day",
  "Trade-union magazine feature, Shanghai 静安: a high-tech service park's profile — founding, planned area and floor space, east/west parts, designation as the city's first big-data base, its three-year plan",
  "https://m.fx361.cc/news/2019/0505/17543530.html",
  "日期取页面“2019-05-05立夏”（期刊为2019年第4期）。标题照录；“APP下载”、日期作者行、刊期行、关键词行与“◎立夏”已删。存段末句“围绕上述发展目标,园区运营主体——市北高新集团明确了…向“园区开发+产业投资+服务增值+品牌”中断，整句删去（LINE_SUFFIX），正文止于“…“数据港”。”，共三段；因此市北高新集团不在正文中。园区：市北高新技术服务业园区（简称市北园区；静安区，上海）。无项目、无公司。事实：规划面积3.31平方公里、规划建筑面积550万平方米、西部1.45 / 东部1.86平方公里（可选）、成立1992年8月（可选）。“上海市大数据产业基地”为称号，不列园区。三年行动计划（2018-2020年）为规划文件，不作项目。",
  "wt05"),
 parks=[
  park(SBY, "上海", "上海", "高新技术服务业园区", E0, district="静安区", aliases=["市北园区"], note="文中又作“园区”"),
 ],
 companies=[],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(SBY, "park", "planned_area_km2", 3.31, "km2", E0, "2019年"),
  fact(SBY, "park", "planned_floor_area_m2", 5500000, "m2", E0, "2019年"),
  fact(SBY, "park", "founded_year", 1992, "year", E0, "1992年8月", opt=True),
  fact(SBY, "park", "west_part_area_km2", 1.45, "km2", E1, "2019年", opt=True),
  fact(SBY, "park", "east_part_area_km2", 1.86, "km2", E1, "2019年", opt=True),
 ])

# ---------------------------------------------------------------- wt06 金桥城市副中心启动 (2021-11)
JQ = "金桥"
F0 = "从引领区到新片区,金桥当天集中开工的14个重点项目,总建筑面积245万平方米,总投资超过450亿元"
F1 = "昨日,浦东新区举行打造社会主义现代化建设引领区、金桥城市副中心正式启动仪式暨重点项目集中开工和签约活动"
F2 = "预计未来五年,浦东开放开放的主力军之一——金桥集团将陆续推出金鼎、金环、金滩、金湾、金谷、金港等“金”字系列产城综合体,计划开发建设面积1000万平方米,计划竣工500万平方米,预计完成投资1600亿元,形成1000亿总资产"
F3 = "签约企业总投资额约370亿元"
ASF = "2021年11月（启动仪式当日，发稿前一日）"
G["wt06"] = dict(
 article=art("浦东中部这个城市副中心启动了!未来之城擦亮引领区“金”字招牌", "未注明原刊（当为浦东区媒体，“昨日”体），载于 jdgod.com", "2021-11-15", "day",
  "Relayed district news, Shanghai 浦东: launch of a city sub-centre in the 金桥 zone with 14 key projects started and a signing (totals), the zone developer's five-year build-out plan",
  "http://www.jdgod.com/guonei/2021/1115/7687.html",
  "日期取网址 2021/1115（文中“昨日”举行，活动当为11月14日前后；原刊未注明）。标题照录。两个小标题在页面上各分两行（“打造地下、地面、空中 / “三首层”立体城市”，“签约企业总投资额 / 约370亿元”），各连成一段（JOIN）。存段在“其中汽车产”处中断，所在整句（“金桥的发展,始终坚持…其中汽车产”）删去（LINE_SUFFIX），正文止于“造城不是目的,城造出来是要有产业支撑、有人居住的。”，共六段。园区：文中只作“金桥”（浦东金桥，即金桥经济技术开发区一带，不补全称）；金桥城市副中心列可选（城市副中心，母体金桥）。“引领区”“新片区”为政策区域泛称，不列。公司：金桥集团（开发主体）。项目：14个集中开工项目未点名；金鼎、金环等“金”字系列产城综合体为金桥集团未来五年计划，不逐个列项目。事实：开工14个、总建筑面积245万平方米、总投资超450亿元；签约企业总投资额约370亿元（小标题）；金桥集团计划开发建设1000万平方米、预计完成投资1600亿元（target，可选）。",
  "wt06"),
 parks=[
  park(JQ, "上海", "上海", "开发区", F0, district="浦东新区", note="文中只作“金桥”；即浦东金桥（金桥经济技术开发区一带）"),
  park("金桥城市副中心", "上海", "上海", "城市副中心", F1, district="浦东新区", parent=JQ, opt=True),
 ],
 companies=[
  comp("金桥集团", JQ, F2, kind="developer", note="开发主体"),
 ],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(JQ, "park", "projects_started", 14, "count", F0, ASF),
  fact(JQ, "park", "projects_started_floor_area_m2", 2450000, "m2", F0, ASF, opt=True),
  fact(JQ, "park", "projects_started_investment_cny", None, "cny", "总投资超过450亿元", ASF, qual="超", qtext="超过"),
  fact(JQ, "park", "signed_investment_cny", None, "cny", F3, ASF, qual="约", qtext="约"),
  fact("金桥集团", "company", "planned_investment_cny", None, "cny", "预计完成投资1600亿元", "2021–2026年（预计）", kind="target", opt=True),
  fact("金桥集团", "company", "planned_floor_area_m2", 10000000, "m2", F2, "2021–2026年（计划）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- wt07 上海金桥 未来车产业生态 (新华财经 2023)
JQK = "金桥开发区"
H0 = "当日共有24家企业代表签署了未来车产业链生态共建倡议书"
H1 = "央广传媒集团、上海金桥开发区管委会、金桥集团三方签署全面战略合作协议的意义就是共同打造“央广智能网联汽车数字媒体产业基地”"
H2 = "集聚了上汽通用、联合汽车电子等一大批国内外行业头部企业"
H3 = "金桥集团联合上海自贸区金桥管委会、央广传媒集团19日举办金桥未来车产业发布会"
H4 = "上海自贸区金桥管理局局长、金桥开发区管委会主任吕东胜表示"
G["wt07"] = dict(
 article=art("上海金桥:广建“朋友圈” 打造国内最友好未来车产业生态", "新华财经（记者王鹤），载于 news.gtxh.com", "2023-04-20", "day",
  "Financial wire story relayed by a portal, Shanghai 浦东: a development zone's future-car industry launch at the auto show — 24 firms sign an ecosystem initiative, a three-party strategic agreement for a media industry base, head firms in the zone",
  "http://news.gtxh.com/rdxw/2023/0420/177870.html",
  "日期取页面“2023-04-20 21:38:17 来源: 新华财经”（发布会在4月19日）。标题照录；日期行与“(相关资料图)”已删。存段末句“未来,金桥将进一步…充分发挥产业、人才、”中断，整句删去（LINE_SUFFIX），正文止于“…多个领域。”，共四段。园区：金桥开发区（文中“上海金桥开发区管委会”“金桥开发区管委会”；浦东新区，上海）。公司：金桥集团（开发主体）、上汽通用、联合汽车电子（集聚于金桥）；央广传媒集团（合作方，园区外，park 空，可选）。项目：“央广智能网联汽车数字媒体产业基地”（三方签署全面战略合作协议共同打造→签约；地点推定为金桥开发区，无金额）。事实：24家企业签署倡议书（可选：倡议书非投资签约）。机构：上海自贸区金桥管委会 / 上海金桥开发区管委会 / 上海自贸区金桥管理局（可选）。",
  "wt07"),
 parks=[
  park(JQK, "上海", "上海", "开发区", H4, district="浦东新区", aliases=["上海金桥开发区"], note="即金桥经济技术开发区；标题作“上海金桥”"),
 ],
 companies=[
  comp("金桥集团", JQK, H3, kind="developer", note="开发主体"),
  comp("上汽通用", JQK, H2),
  comp("联合汽车电子", JQK, H2),
  comp("央广传媒集团", None, H1, opt=True, note="合作方，非园区企业"),
 ],
 institutions=[
  inst("上海自贸区金桥管委会", H3, park=JQK),
  inst("上海金桥开发区管委会", H1, park=JQK),
  inst("上海自贸区金桥管理局", H4, park=JQK),
 ],
 projects=[
  proj("央广智能网联汽车数字媒体产业基地", JQK, H1, companies=["央广传媒集团", "金桥集团"], status="签约", status_text="三方签署全面战略合作协议", note="地点推定为金桥；无金额"),
 ],
 aggregate_facts=[
  fact(JQK, "park", "firms_signed_initiative", 24, "count", H0, "2023年4月19日", opt=True, note="未来车产业链生态共建倡议书"),
 ])

# ---------------------------------------------------------------- wt08 漕河泾开发区建区40周年 (2024-11)
CH = "上海漕河泾新兴技术开发区"
K0 = "2024年是首批国家级经开区——上海漕河泾新兴技术开发区建区40周年"
K1 = "2023年,漕河泾开发区营业收入6600亿元,本部区域每平方公里税收超过38亿元"
K2 = "目前,漕河泾开发区汇聚中外高科技企业1.4万多家,包括144家世界500强投资项目、156家内资上市企业"
K3 = "园区每平方公里集聚了专精特新中小企业69家、“小巨人”企业6家,每万人发明专利达到498件"
K4 = "《张江高新区漕河泾园改革创新发展行动方案(2024—2026年)》在大会上发布"
ASK = "2024年11月（发稿时）"
G["wt08"] = dict(
 article=art("（无标题）漕河泾开发区建区40周年 高质量发展大会举行", "未注明原刊（文首“据上海市政府网站消息”），载于 cn.dailyeconomic.com", "2024-11-16", "day",
  "Relayed city-government news, Shanghai: a national development zone's 40th-anniversary conference — 2023 revenue, tax density, firm counts (Fortune 500 projects, listed firms, unicorns), a new action plan and vision",
  "https://cn.dailyeconomic.com/sh/2024/11/16/9416.html",
  "日期取网址 2024/11/16（大会在“昨天”，即11月15日）。存段无标题（title 为编者概括）。存段末句“发展愿景提出,至2027年…打造领跑全球的未来产业集群,”中断，整句删去（LINE_SUFFIX），正文止于“…“科创漕河泾”发展愿景。”，共四段。园区：上海漕河泾新兴技术开发区（简称漕河泾开发区；前身漕河泾微电子工业区，记作别名；徐汇区、闵行区，district 不填）；张江高新区只在方案名“张江高新区漕河泾园”中，列可选园区（漕河泾为其一园，parent 不设，漕河泾本身为国家级经开区）。无项目、无具名公司。事实：2023年营业收入6600亿元；每平方公里税收超38亿元；高科技企业1.4万多家（余）；世界500强投资项目144家、内资上市企业156家；每平方公里专精特新69家、小巨人6家、每万人发明专利498件（可选）；独角兽等份额不计。",
  "wt08"),
 parks=[
  park(CH, "上海", "上海", "国家级经济技术开发区", K0, aliases=["漕河泾开发区", "漕河泾微电子工业区"], note="前身漕河泾微电子工业区；跨徐汇、闵行"),
  park("张江高新区", "上海", "上海", "高新区", K4, opt=True, note="只在“张江高新区漕河泾园”中"),
 ],
 companies=[],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(CH, "park", "revenue_cny", None, "cny", K1, "2023年"),
  fact(CH, "park", "tax_per_km2_cny", None, "cny", "本部区域每平方公里税收超过38亿元", "2023年", qual="超", qtext="超过"),
  fact(CH, "park", "high_tech_firms", 14000, "count", K2, ASK, qual="余", qtext="多"),
  fact(CH, "park", "fortune500_investment_projects", 144, "count", K2, ASK),
  fact(CH, "park", "domestic_listed_firms", 156, "count", K2, ASK),
  fact(CH, "park", "specialized_sme_per_km2", 69, "count", K3, ASK, opt=True),
  fact(CH, "park", "little_giant_firms_per_km2", 6, "count", K3, ASK, opt=True),
  fact(CH, "park", "invention_patents_per_10k_people", 498, "count", K3, ASK, opt=True),
 ])
