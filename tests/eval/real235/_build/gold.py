# real235 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52 (and real28–real49): evidence verbatim (all seven items simplified script as published); names as
# written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); “400多亿元” is kept unparsed (investment_cny
# null, as real25 q04). Growth rates and shares as ratios. Projects: the park is the one the text places the project in, null
# if none (a city is not a park). Status from the text's words (建成投产 → 投产; 加快实施 → 在建; 推进…开工建设 / 力争…开工 /
# 将进入实施阶段 / 正在进行项目核准 → planned; 已落地 alone → no status). Sources are `search` (corpus pages) excerpts typed
# into _raw/pages/tzNN.raw as returned.

# ---------------------------------------------------------------- tz01 三亚创意新城明年或将上大台阶 (海南日报 2011)
CY = "三亚创意新城"
A0 = "目前,创意新城已与中兴、华为、巨人、联想、益科博、华永、北大科技、海云天等20多家企业签订了入驻签议"
A1 = "创意新城规划面积16平方公里"
AS1 = "2011年4月"
G["tz01"] = dict(
 article=art("三亚创意新城明年或将上大台阶", "海南日报（记者吴钟斌），news.hndaily.cn 海南日报电子版第007版", "2011-04-22", "day",
  "Provincial party daily's e-paper, Hainan: a vice-governor's inspection of a city's creative-industry new town — firms that signed entry agreements, planned area and goals, a new management committee, land not yet settled",
  "http://news.hndaily.cn/html/2011-04/22/content_7_1.htm",
  "日期取电子版页眉“2011年04月22日 星期五”（007版）；电头“本报三亚4月21日电”，调研在4月21日。标题照录；报网导航、版面导航行已删。电子版将各段排在一行，以三个空格相隔，按空格拆为五段（make_txt.py SPLIT），段内未改一字。存段在末段“姜斯宪表示,无论”处中断，该残句已删（LINE_SUFFIX），正文截至“…交叉任职。”。“签订了入驻签议”原文如此（“协议”作“签议”），照录。园区：三亚创意新城（文中又作“创意新城”；三亚市西部崖城镇境内；规划面积16平方公里）。“创意产业园工委和管委会”是新城的管理机构，“创意产业园”列为别名（可选理解）。海棠湾为三亚东部片区，不列园区。公司：中兴、华为、巨人、联想、益科博、华永、北大科技、海云天八家（简称，均照录）与创意新城签订入驻协议，园区记三亚创意新城；因建设用地未落实，尚未实质开发。无具名项目、无金额。事实：签约入驻企业20多家（余）；规划面积16平方公里。",
  "tz01"),
 parks=[
  park(CY, "三亚", "海南", "产业园区（创意产业）", "不过,三亚创意新城的规划与开发,已经引起国内很多企业的兴趣", district="崖城镇",
       aliases=["创意新城", "创意产业园"], note="位于三亚西部崖城镇境内；“创意产业园工委和管委会”为其管理机构（2010年9月设立）"),
 ],
 companies=[
  comp("中兴", CY, A0, note="签订入驻协议（原文“入驻签议”）"),
  comp("华为", CY, A0, note="签订入驻协议"),
  comp("巨人", CY, A0, note="签订入驻协议"),
  comp("联想", CY, A0, note="签订入驻协议"),
  comp("益科博", CY, A0, note="签订入驻协议"),
  comp("华永", CY, A0, note="签订入驻协议"),
  comp("北大科技", CY, A0, note="签订入驻协议"),
  comp("海云天", CY, A0, note="签订入驻协议"),
 ],
 institutions=[
  inst("创意产业园工委和管委会", "成立了创意产业园工委和管委会,由崖城镇委和镇政府主要领导交叉任职", park=CY, note="2010年9月设立的管理机构"),
  inst("三亚市委、市政府", "去年9月份,三亚市委、市政府参照海棠湾的开发模式", note="调整管理体制"),
 ],
 projects=[],
 aggregate_facts=[
  fact(CY, "park", "firms_signed", 20, "count", A0, AS1, kind="cumulative", qual="余", qtext="多", note="签订入驻协议的企业"),
  fact(CY, "park", "planned_area_km2", 16, "km2", A1, AS1),
 ])

# ---------------------------------------------------------------- tz02 洋浦100万吨乙烯及炼油扩能项目力争年底开工 (海口网 2012)
YP = "洋浦开发区"
LC = "老城经济开发区"
B0 = "洋浦100万吨乙烯及炼油扩能项目力争年底开工"
B1 = "今明年,洋浦开发区将确保已落地的210万吨PTA、100万吨多功能片材、60万吨聚酯材料等重点项目,在明年年底前陆续投产"
B2 = "洋浦计划用5年到10年的时间形成炼油、石化、油储3个千亿产业集群(专业园区),浆纸、港口物流和出口加工等3个百亿产业集群(专业园区)"
G["tz02"] = dict(
 article=art("洋浦100万吨乙烯及炼油扩能项目力争年底开工", "海口网（www.hkwb.net，“海南新闻”栏；存段无记者署名）", "2012-09-04", "day",
  "City news portal, Hainan: a provincial work meeting on industrial parks — a national development zone's planned industrial clusters, port-opening and financial preparations, three landed projects due in production by end-2013, and the headline project aimed to start by year-end",
  "http://hkwb.net/news/content/2012-09/04/content_885971.htm",
  "日期取页面“时间:2012-09-04 10:05”；座谈会在2012年9月3日。标题照录；“您当前的位置 : 海南新闻>”与“海口网 http://www.hkwb.net 时间:…”行已删。存段在末句“…在明年年底前陆续投产,做好项目急需的”处中断，残片“,做好项目急需的”已删（LINE_SUFFIX，逗号一并删），正文止于“陆续投产”（句未完，无句号）。园区：洋浦开发区（洋浦经济开发区，儋州市境内、省直管；文中只作“洋浦开发区”“洋浦”“园区”）；澄迈老城经济开发区、海口高新区、国际旅游岛先行试验区只在汇报名单中出现，可选。项目：标题中“洋浦100万吨乙烯及炼油扩能项目”——“力争年底开工”→planned；“已落地的”210万吨PTA、100万吨多功能片材、60万吨聚酯材料——“已落地”不给状态，计划2013年底前陆续投产（note）。洋浦石油化工品交易所为前期工作，可选项目。神头港区口岸验收、15个规划不作项目。事实：已完成规划15个（可选）；3个千亿、3个百亿产业集群为5到10年目标（可选）。",
  "tz02"),
 parks=[
  park(YP, "儋州", "海南", "国家级经济开发区", "作为海南经济发展的重要增长极,洋浦开发区的作用举足轻重", aliases=["洋浦"],
       note="即洋浦经济开发区（全称文中未出现）；文中又作“洋浦”“园区”"),
  park(LC, None, "海南", "经济开发区", "在听取澄迈老城经济开发区、洋浦开发区、海口高新区以及国际旅游岛先行试验区等园区相关负责人", district="澄迈县",
       aliases=["澄迈老城经济开发区"], opt=True, note="座谈会汇报园区之一；文中作“澄迈老城经济开发区”"),
  park("海口高新区", "海口", "海南", "高新区", "在听取澄迈老城经济开发区、洋浦开发区、海口高新区以及国际旅游岛先行试验区等园区相关负责人", opt=True,
       note="座谈会汇报园区之一"),
  park("国际旅游岛先行试验区", None, "海南", "试验区", "在听取澄迈老城经济开发区、洋浦开发区、海口高新区以及国际旅游岛先行试验区等园区相关负责人", opt=True,
       note="座谈会汇报园区之一"),
 ],
 companies=[],
 institutions=[
  inst("洋浦开发区", "洋浦开发区负责人表示", kind="park_authority", park=YP, note="开发区管理机构（负责人发言）"),
 ],
 projects=[
  proj("100万吨乙烯及炼油扩能项目", YP, B0, aliases=["洋浦100万吨乙烯及炼油扩能项目"], status="planned", status_text="力争年底开工",
       note="力争2012年底开工"),
  proj("210万吨PTA", YP, B1, note="已落地重点项目；计划2013年底前陆续投产"),
  proj("100万吨多功能片材", YP, B1, note="已落地重点项目；计划2013年底前陆续投产"),
  proj("60万吨聚酯材料", YP, B1, note="已落地重点项目；计划2013年底前陆续投产"),
  proj("洋浦石油化工品交易所", YP, "与大企业合作推进洋浦石油化工品交易所、金融配套等前期工作", status="planned", status_text="推进…前期工作", opt=True),
 ],
 aggregate_facts=[
  fact(YP, "park", "plans_completed", 15, "count", "截至目前,洋浦开发区完成了洋浦港总体规划等15个规划", "2012年9月", kind="cumulative", opt=True),
  fact(YP, "park", "planned_100bn_clusters", 3, "count", B2, "2012年起5到10年（目标）", kind="target", opt=True, note="炼油、石化、油储三个千亿产业集群"),
  fact(YP, "park", "planned_10bn_clusters", 3, "count", B2, "2012年起5到10年（目标）", kind="target", opt=True, note="浆纸、港口物流和出口加工三个百亿产业集群"),
 ])

# ---------------------------------------------------------------- tz03 海南炼化 / 洋浦大型石化项目 (86mdo.com 2012)
HL = "海南炼油化工有限公司"
C0 = "“等这个投资400多亿元的‘巨无霸’建成了,能够带动整个石化产业园1000多亿元的产业投资。”海南炼油化工有限公司发展与计划部部长赵聚德所说的“巨无霸”是正在进行项目核准的洋浦大型石化项目"
C1 = "目前海南炼化是洋浦开发区的龙头企业,已拥有一座800万吨炼油厂,2011年实现工业总产值(现价)达572亿元,占整个洋浦开发区工业总产值的80%,贡献利税达99.56亿元,占开发区利税贡献总额的49%"
C2 = "能够确保205万立方米成品油保税库、60万吨聚酯原料等项目在2013年底投运"
C3 = "2015年前后,还将确保百万吨乙烯和炼油扩能项目投产,大乙烯下游84个石化项目也将陆续启动"
G["tz03"] = dict(
 article=art("（无标题）洋浦大型石化项目投资400多亿元；海南炼化2011年产值572亿元", "86mdo.com（产业集群栏“industrynews/domestic”转载；原发媒体与署名存段未示）", "2012-09-04", "day",
  "Industry-cluster site relaying a news item, Hainan: a refinery as a development zone's leading firm — its output and profit-tax and their shares of the zone, a 40-billion-yuan petrochemical project awaiting approval, storage and polyester projects due by end-2013, an ethylene and refinery expansion around 2015 with 84 downstream projects",
  "https://86mdo.com/industrycluster/industrynews/domestic/04092012_3287.html",
  "存段无标题、无日期行（title 为编者概括）。日期取网址 04092012，按日-月-年读作2012-09-04（与海口网同日报道的9月3日园区座谈会相合；读法未经页面证实，见 SOURCES）；文中“2011年实现工业总产值”可证为2012年。正文四段，存段完整（以引语开头，可能是更长报道的一部分）。园区：洋浦开发区（文中又作“开发区”）；“整个石化产业园”泛指洋浦的石化产业园区，可选，母园区洋浦开发区。公司：海南炼油化工有限公司（又作“海南炼化”），洋浦开发区龙头企业。项目：洋浦大型石化项目——“正在进行项目核准”→planned，投资“400多亿元”（余；不是数字+亿元，investment_cny 留空）；205万立方米成品油保税库、60万吨聚酯原料——确保2013年底投运（在建未明说，状态不填）；百万吨乙烯和炼油扩能项目——2015年前后投产→planned（可能即“洋浦大型石化项目”，文中未明说，分列）。事实：海南炼化2011年工业总产值572亿元、占开发区80%；利税99.56亿元、占49%；大乙烯下游84个石化项目将陆续启动（target，可选）。",
  "tz03"),
 parks=[
  park(YP, "儋州", "海南", "国家级经济开发区", C1, aliases=["开发区"], note="即洋浦经济开发区；文中又作“开发区”"),
  park("石化产业园", "儋州", "海南", "专业园区（石化）", C0, parent=YP, opt=True, note="“整个石化产业园”，洋浦的石化产业园区，名称泛称"),
 ],
 companies=[
  comp(HL, YP, C0, aliases=["海南炼化"], note="洋浦开发区龙头企业，拥有800万吨炼油厂"),
 ],
 institutions=[
  inst("洋浦开发区管委会", "洋浦开发区管委会主任倪强介绍说", kind="park_authority", park=YP),
 ],
 projects=[
  proj("洋浦大型石化项目", YP, C0, companies=[HL], inv="投资400多亿元", qual="余", qual_text="多", unparsed=True,
       status="planned", status_text="正在进行项目核准", note="海南“十二五”期间规模最大的工业项目；可带动石化产业园1000多亿元产业投资"),
  proj("205万立方米成品油保税库", YP, C2, note="确保2013年底投运"),
  proj("60万吨聚酯原料", YP, C2, note="确保2013年底投运"),
  proj("百万吨乙烯和炼油扩能项目", YP, C3, companies=[HL], status="planned", status_text="2015年前后,还将确保…投产",
       note="可能即“洋浦大型石化项目”，文中未明说"),
 ],
 aggregate_facts=[
  fact(HL, "company", "industrial_output_cny", 5.72e10, "cny", C1, "2011年", chk=True),
  fact(HL, "company", "share_of_park_industrial_output", 0.80, "ratio", C1, "2011年", kind="ratio"),
  fact(HL, "company", "profit_tax_cny", 9.956e9, "cny", "贡献利税达99.56亿元,占开发区利税贡献总额的49%", "2011年", chk=True),
  fact(HL, "company", "share_of_park_profit_tax", 0.49, "ratio", "贡献利税达99.56亿元,占开发区利税贡献总额的49%", "2011年", kind="ratio"),
  fact(HL, "company", "refining_capacity_10k_t", 800, "10k_t", "已拥有一座800万吨炼油厂", "2012年", opt=True),
  fact(YP, "park", "downstream_projects_planned", 84, "count", C3, "2015年前后（目标）", kind="target", opt=True, note="大乙烯下游石化项目"),
 ])

# ---------------------------------------------------------------- tz04 重点产业园区已成为海南发展新型工业的重要支撑 (海南日报 via 新浪海南 2013)
R11 = "全省11个重点园区"
D0 = "目前海南共有洋浦经济开发区、海口高新区、老城开发区、东方工业园区等11个重点园区"
D1 = "上半年全省11个工业和信息产业园区的规模以上企业完成工业总产值693.4亿元,同比增长8.2%"
D2 = "园区内在建项目204个,上半年共完成投资187.5亿元,占全年投资的49%"
D3 = "截至今年上半年,11个重点园区实际开发面积达101.6平方公里,同比增长4%"
D4 = "上半年全省11个重点园区共签约28个建设投资项目,框架意向投资协议约700亿元"
D5 = "比如海口高新区和综合保税区以英利为代表的新能源产业,以海马汽车为代表的汽车装备制造业不断壮大"
D6 = "老城开发区以生态软件园为代表的电子信息产业,以中航特玻为代表的新材料产业迅速崛起"
ASD = "2013年上半年"
G["tz04"] = dict(
 article=art("重点产业园区已成为海南发展新型工业的重要支撑", "海南日报（页面“海南日报评论”），载于新浪海南 hainan.sina.com.cn“经济要闻”栏；署名存段未示", "2013-07-29", "day",
  "Provincial daily on a portal's provincial channel, Hainan: the province's 11 key industrial parks in H1 2013 — output and growth, projects under construction and investment, developed area, projects signed with framework investment, and each park's leading industries and firms",
  "http://hainan.sina.com.cn/news/economy/2013-07-29/105318627.html",
  "日期取页面“2013年7月29日10:53海南日报”（后接栏目词“评论”，一并删）。标题照录；新浪导航、面包屑、字号按钮行已删。存段末段“为全力推进重点园区建设,…存在问题做到”在句中中断，整段不收，正文截至“…打下了良好基础。”，共六段。“占全年投资的49%”“同比增长4%”后无句号，原文如此。园区：洋浦经济开发区、海口高新区、老城开发区、东方工业园区（列名）；“综合保税区”与海口高新区并提（即海口综合保税区，可选）；“生态软件园”为老城开发区内园区（海南生态软件园，可选，母园区老城开发区）。公司：英利（海口高新区和综合保税区新能源产业代表，园区记海口高新区，note）、海马汽车（同句，园区记海口高新区）、中航特玻（老城开发区）。事实：主语为全省11个重点园区（region 记）：规上工业总产值693.4亿元、增长8.2%；在建项目204个；上半年完成投资187.5亿元、占全年49%；实际开发面积101.6平方公里、增长4%；签约28个项目、框架意向投资约700亿元（约）。",
  "tz04"),
 parks=[
  park("洋浦经济开发区", "儋州", "海南", "国家级经济开发区", D0, note="11个重点园区之一"),
  park("海口高新区", "海口", "海南", "高新区", D0, note="11个重点园区之一；新能源、汽车装备制造"),
  park("老城开发区", None, "海南", "经济开发区", D0, district="澄迈县", note="即海南老城经济开发区；电子信息、新材料"),
  park("东方工业园区", "东方", "海南", "工业园区", D0, note="天然气化工产业"),
  park("综合保税区", "海口", "海南", "综合保税区", D5, opt=True, note="与海口高新区并提，即海口综合保税区"),
  park("生态软件园", None, "海南", "软件园", D6, district="澄迈县", parent="老城开发区", opt=True, note="即海南生态软件园，在老城开发区内"),
 ],
 companies=[
  comp("英利", "海口高新区", D5, note="“海口高新区和综合保税区”新能源产业代表；园区二者之一"),
  comp("海马汽车", "海口高新区", D5, note="“海口高新区和综合保税区”汽车装备制造业代表"),
  comp("中航特玻", "老城开发区", D6, note="新材料产业代表"),
 ],
 institutions=[
  inst("省工信厅", "记者今天从省工信厅了解到", note="数据来源"),
 ],
 projects=[],
 aggregate_facts=[
  fact(R11, "region", "parks", 11, "count", D0, ASD, opt=True, note="海南重点园区个数"),
  fact(R11, "region", "industrial_output_cny", 6.934e10, "cny", D1, ASD, chk=True, note="规模以上企业工业总产值"),
  fact(R11, "region", "industrial_output_yoy_growth", 0.082, "ratio", D1, ASD, kind="ratio"),
  fact(R11, "region", "projects_under_construction", 204, "count", D2, ASD),
  fact(R11, "region", "investment_completed_cny", 1.875e10, "cny", "上半年共完成投资187.5亿元", ASD, chk=True),
  fact(R11, "region", "share_of_annual_investment", 0.49, "ratio", D2, ASD, kind="ratio", opt=True),
  fact(R11, "region", "developed_area_km2", 101.6, "km2", D3, "2013年6月末"),
  fact(R11, "region", "developed_area_yoy_growth", 0.04, "ratio", D3, "2013年6月末", kind="ratio", opt=True),
  fact(R11, "region", "projects_signed", 28, "count", D4, ASD),
  fact(R11, "region", "framework_investment_agreed_cny", 7e10, "cny", "框架意向投资协议约700亿元", ASD, qual="约", qtext="约", chk=True),
 ])

# ---------------------------------------------------------------- tz05 澄迈精品园区盘点 (焦点新闻网 2013)
LC2 = "海南老城经济开发区"
E0 = "澄迈有海南老城经济开发区、金马现代物流中心,要着力把这两个园区建设好、规划好"
E1 = "明确海南老城经济开发区、海南生态科技新城、金马现代物流中心、福山咖啡文化风情小镇和琼台全面战略合作示范基地等5大园区的产业定位、发展重点"
G["tz05"] = dict(
 article=art("加强园区建设 带动区域经济:澄迈精品园区盘点", "焦点新闻网（cncens.com；“来源:焦点新闻网”，责任编辑 yutou；记者署名存段未示）", "2013-12-02", "day",
  "General news site's feature, Hainan: a county's industrial parks — the county party secretary's plan for its development zone and logistics centre, and a county decision (August 2013) fixing the roles of five parks and delegating project approval to them",
  "https://www.cncens.com/news/919.html",
  "日期取页面“发布时间:2013-12-02 15:44”。标题照录；站点菜单、面包屑与“责任编辑…来源…发布时间…浏览次数”行已删。存段末段“依托海南“国际旅游岛”建设大背景,澄迈的经济社会”在句中中断，整段不收，正文截至“…审批权全部下放。”，共三段（长篇只存开头）。“在接受记者采访是表示”原文如此，照录。园区（均在澄迈县）：海南老城经济开发区（文中又作“老城开发区”）、金马现代物流中心、海南生态科技新城、福山咖啡文化风情小镇、琼台全面战略合作示范基地——文中称“5大园区”，均列。无公司、无项目、无金额。事实：澄迈县5大园区（可选）。",
  "tz05"),
 parks=[
  park(LC2, None, "海南", "经济开发区", E0, district="澄迈县", aliases=["老城开发区"], note="文中又作“老城开发区”"),
  park("金马现代物流中心", None, "海南", "物流园区", E0, district="澄迈县", note="县委书记所说“两个园区”之一"),
  park("海南生态科技新城", None, "海南", "园区", E1, district="澄迈县", note="5大园区之一"),
  park("福山咖啡文化风情小镇", None, "海南", "特色小镇（园区）", E1, district="澄迈县", note="5大园区之一；又为“四个风情小镇”之一"),
  park("琼台全面战略合作示范基地", None, "海南", "合作示范基地", E1, district="澄迈县", note="5大园区之一"),
 ],
 companies=[],
 institutions=[
  inst("澄迈县委", "澄迈县委书记杨思涛在接受记者采访是表示", note="县委书记受访"),
 ],
 projects=[],
 aggregate_facts=[
  fact("澄迈县", "region", "parks", 5, "count", E1, "2013年8月", opt=True, note="《关于进一步加快全县园区建设和发展的决定》明确的5大园区"),
 ])

# ---------------------------------------------------------------- tz06 美安科技新城 (海口网 2014)
MA = "美安科技新城"
F0 = "石山镇龙美公路以北60平方公里的土地上,将崛起一座美安科技新城"
F1 = "窦惠源说,一期18.41平方公里土地一级开发将进入实施阶段,30条规划的纵横道路,以及穿越美安的椰海大道、疏港公路延长线将为土地开发利用撑起骨架"
F2 = "中标的中水电建设、中交建设和太平洋建设几个大型企业已在这里排兵布阵,开展场地清理等前期准备工作"
G["tz06"] = dict(
 article=art("（无标题）美安科技新城一期18.41平方公里土地一级开发将进入实施阶段", "海口网（记者 黎光）", "2014-01-13", "day",
  "City news portal's site report, Hainan: a planned 60 km² science-and-technology new town of a national high-tech zone — its developer, contractors clearing the site, phase-1 primary land development, the main avenue and planned roads, leading industries",
  "http://hkwb.net/news/content/2014-01/13/content_2082638.htm",
  "存段无标题、无日期行（title 为编者概括）；日期取网址 2014-01/13 与电头“海口网1月13日消息”，现场采访在1月9日。存段在末段“…承接市内传统优势产业的扩”处中断，该句已删（LINE_SUFFIX），正文截至“…重大战略决策。”；两行小标题（“60米宽大道纵穿新城”“助推海南科学发展”）保留为段。园区：美安科技新城（海口市，规划60平方公里；一期18.41平方公里）；海口国家高新区只在开发公司名中出现，列为可选园区，美安的母园区由此推定（parent 记海口国家高新区，note）。公司：海口国家高新区发展控股有限公司及其下属海口佳和项目管理有限公司（开发方）；中水电建设、中交建设、太平洋建设为中标施工企业（可选）。项目：一期18.41平方公里土地一级开发——“将进入实施阶段”→planned；美安大道（一期长8.57公里，宽60米，场地清理中）可选，不给状态。事实：规划面积60平方公里；一期18.41平方公里；规划道路30条（可选）。",
  "tz06"),
 parks=[
  park(MA, "海口", "海南", "科技新城（高新区园区）", F0, parent="海口国家高新区", aliases=["美安"],
       note="规划60平方公里；母园区由开发公司名推定"),
  park("海口国家高新区", "海口", "海南", "国家级高新区", "海口国家高新区发展控股有限公司下属海口佳和项目管理有限公司董事长窦惠源", opt=True,
       note="只在公司名中出现"),
 ],
 companies=[
  comp("海口国家高新区发展控股有限公司", MA, "海口国家高新区发展控股有限公司下属海口佳和项目管理有限公司董事长窦惠源在美安科技新城建设地现场表示", note="开发方母公司"),
  comp("海口佳和项目管理有限公司", MA, "海口国家高新区发展控股有限公司下属海口佳和项目管理有限公司董事长窦惠源在美安科技新城建设地现场表示", note="开发管理公司"),
  comp("中水电建设", MA, F2, opt=True, note="中标施工企业"),
  comp("中交建设", MA, F2, opt=True, note="中标施工企业"),
  comp("太平洋建设", MA, F2, opt=True, note="中标施工企业"),
 ],
 institutions=[],
 projects=[
  proj("美安科技新城一期土地一级开发", MA, F1, companies=["海口佳和项目管理有限公司"], phase="一期", status="planned", status_text="将进入实施阶段",
       note="一期18.41平方公里；名称为编者概括（文中“一期18.41平方公里土地一级开发”）"),
  proj("美安大道", MA, "一期的美安大道长8.57公里,围绕这条主干道,美安环路、规划路等29条规划区道路依序布局", opt=True,
       note="宽60米；场地清理中，将下穿海口绕城公路"),
 ],
 aggregate_facts=[
  fact(MA, "park", "planned_area_km2", 60, "km2", F0, "2014年1月"),
  fact(MA, "park", "phase1_area_km2", 18.41, "km2", F1, "2014年1月"),
  fact(MA, "park", "planned_roads", 30, "count", F1, "2014年1月", opt=True, note="一期规划纵横道路"),
 ])

# ---------------------------------------------------------------- tz07 儋州新型工业快速发展 (中新网海南频道 via haikou.baogaosu 2014)
DZ = "儋州工业园区"
H0 = "2013年,儋州系列新型工业项目“跑步前进”:齐海混凝土管道和明成100万吨水泥粉磨站及100万吨矿粉加工项目建成投产,中化橡胶二厂搬迁新建、长润建筑玻璃深加工、金路200万吨旋窑水泥等项目加快实施"
H1 = "推进金星浓缩乳胶加工、华运水泥制品、蓝岛90万吨工业废渣微粉加工、锆矿洗炼等项目开工建设"
H2 = "目前,全市新增亿元工业企业4家,总数达到13家,儋州工业园区被列为省重点产业园区"
H3 = "预热儋州创意产业园、滨海新区高新技术园区前期工作"
G["tz07"] = dict(
 article=art("儋州新型工业快速发展 “三招”助力园区建设", "中新网海南频道（记者易宗平，特约记者谢振…），载于 haikou.baogaosu.com", "2014-05-26", "day",
  "National agency's provincial channel relayed by a local aggregator, Hainan: a city's new-type industry — a rubber firm's clean production, 2013 projects in production and under way, firms over 100 million yuan, its industrial park listed as a provincial key park, and 2014 plans for park infrastructure, new parks and projects to start",
  "http://haikou.baogaosu.com/xinwen/%E5%84%8B%E5%B7%9E%E6%96%B0%E5%9E%8B%E5%B7%A5%E4%B8%9A%E5%BF%AB%E9%80%9F%E5%8F%91%E5%B1%95%E4%B8%89%E6%8B%9B%E5%8A%A9%E5%8A%9B/20436668",
  "日期取页面“26.05.2014 14:10”（“本文来源: 中新网海南频道”）；文中“今天”即采访当日。标题照录；日期行、来源行与图片说明（“一位园工在儋州市(西部)兰花博览园…记者 苏晓杰 摄”）已删。存段末尾署名“(记者易宗平 特约记者谢振”不全，已删（LINE_SUFFIX），正文截至“…“个转企”50家。”，共四段。园区：儋州工业园区（被列为省重点产业园区）；儋州创意产业园、滨海新区高新技术园区——“预热…前期工作”（规划中，可选）。“那大郊外新园区”未具名，不列。公司：海南中化橡胶有限公司（又作“中化橡胶”；位于那大郊外新园区，园区记 null，note）；南华糖业（可选）；项目名中的企业不另列。项目（文中未说在哪个园区，park 记 null）：齐海混凝土管道、明成100万吨水泥粉磨站及100万吨矿粉加工项目——建成投产→投产（2013年）；中化橡胶二厂搬迁新建、长润建筑玻璃深加工、金路200万吨旋窑水泥——加快实施→在建；金星浓缩乳胶加工、华运水泥制品、蓝岛90万吨工业废渣微粉加工、锆矿洗炼——“推进…开工建设”（2014年计划）→planned。事实（儋州市，region）：新增亿元工业企业4家、总数13家；园区基础设施安排资金1.3亿元（target）；力争新增超亿元工业企业2家（target，可选）；中化橡胶污水循环利用率90%（可选）。",
  "tz07"),
 parks=[
  park(DZ, "儋州", "海南", "工业园区", H2, note="被列为省重点产业园区"),
  park("儋州创意产业园", "儋州", "海南", "产业园（创意产业）", H3, opt=True, note="2014年“预热…前期工作”，规划中"),
  park("滨海新区高新技术园区", "儋州", "海南", "高新技术园区", H3, opt=True, note="2014年“预热…前期工作”，规划中"),
 ],
 companies=[
  comp("海南中化橡胶有限公司", None, "走进位于儋州那大郊外新园区的海南中化橡胶有限公司,却没有明显异味", aliases=["中化橡胶"],
       note="位于“那大郊外新园区”（未具名）；二厂搬迁新建在建"),
  comp("南华糖业", None, "引导南华糖业、中化橡胶等企业挖潜技改发展循环经济", opt=True),
 ],
 institutions=[],
 projects=[
  proj("齐海混凝土管道", None, H0, status="投产", status_text="建成投产", note="2013年；儋州市，园区未说"),
  proj("明成100万吨水泥粉磨站及100万吨矿粉加工项目", None, H0, status="投产", status_text="建成投产", note="2013年；儋州市，园区未说"),
  proj("中化橡胶二厂搬迁新建", None, H0, companies=["海南中化橡胶有限公司"], status="在建", status_text="加快实施"),
  proj("长润建筑玻璃深加工", None, H0, status="在建", status_text="加快实施"),
  proj("金路200万吨旋窑水泥", None, H0, status="在建", status_text="加快实施"),
  proj("金星浓缩乳胶加工", None, H1, status="planned", status_text="推进…开工建设", note="2014年计划开工"),
  proj("华运水泥制品", None, H1, status="planned", status_text="推进…开工建设", note="2014年计划开工"),
  proj("蓝岛90万吨工业废渣微粉加工", None, H1, status="planned", status_text="推进…开工建设", note="2014年计划开工"),
  proj("锆矿洗炼", None, H1, status="planned", status_text="推进…开工建设", note="2014年计划开工"),
 ],
 aggregate_facts=[
  fact("儋州市", "region", "new_industrial_firms_100m_plus", 4, "count", H2, "2013年至2014年5月", note="新增亿元工业企业"),
  fact("儋州市", "region", "industrial_firms_100m_plus", 13, "count", H2, "2014年5月", kind="cumulative", note="亿元工业企业总数"),
  fact("儋州市", "region", "park_infrastructure_budget_cny", 1.3e8, "cny", "安排资金1.3亿元", "2014年（计划）", kind="target", chk=True,
       note="园区基础设施建设投入"),
  fact("儋州市", "region", "new_industrial_firms_100m_plus", 2, "count", "力争年内新增超亿元工业企业2家", "2014年（目标）", kind="target", opt=True),
  fact("海南中化橡胶有限公司", "company", "wastewater_recycling_rate", 0.90, "ratio", "污水循环利用率高达90%", "2014年5月", kind="ratio", opt=True),
 ])
