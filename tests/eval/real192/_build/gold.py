# real192 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published; ui07 has one 長 in
# “增長极”, kept as stored); names as written in the text; 逾/超过/超/以上/突破/过 → 超, 余/多 → 余, 约/近/左右 → 约
# (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence). Growth rates
# and shares as ratios. Projects: the park is the one the text places the project in (the zone, when the text also names a
# sub-park inside it, as real52 zv05), null if none. Status from the text's words (签字仪式 / 签约 → 签约; 集中开工 / 奠基 →
# 开工; 续建 / 正在建设中 → 在建; 试产 → 在建 with status_alt 投产; 投入使用 → 竣工). “预计” figures are kind target with
# “（预计）” in as_of; year-to-date or “截止目前” totals are cumulative. Sources are `search` (corpus pages) excerpts typed
# into _raw/pages/uiNN.raw as returned.

# ---------------------------------------------------------------- ui01 东方光大通信级塑料光纤项目落户威海 (光电新闻网 2009)
WH = "威海高区"
A0 = "威海高区管委与东方光大集团通信级塑料光纤项目签字仪式在蓝天宾馆举行"
A1 = "通信级塑料光纤项目由东方光大集团投资兴建"
A2 = "项目建设期为三年,分两期建设,计划今年开工,2012年全部建成投产"
A3 = "中国商业联合会副会长、中国生态道德教育促进会副会长、东方光大集团董事局主席贾志学"
G["ui01"] = dict(
 article=art("东方光大通信级塑料光纤项目落户威海", "光电新闻网（c-fol.net）", "2009-06-25", "day",
  "Trade (optoelectronics industry) news site, Shandong coastal city: a signing between a high-tech zone's administration and a Beijing group for a communication-grade plastic optical fibre project — two phases, three-year build, full production planned for 2012; the city party secretary's remarks",
  "http://c-fol.net/m/news/view.php?id=20090625092224",
  "日期取页面“发布时间:2009-06-25 09:22:24”，正文首句亦作“6/25/2009,光电新闻网,”（保留，属正文）。标题照录；页首“德力光电”、三行“招商热线”、发布时间行、“相关文章”已删。正文五段，完整。园区：威海高区（文中只作“威海高区管委”，即威海火炬高技术产业开发区，级别未说；威海，山东）。公司：东方光大集团（项目投资方，园区威海高区）。项目：通信级塑料光纤项目——签字仪式→签约；计划今年（2009）开工、2012年全部建成投产，分两期，无金额。中国商业联合会、中国生态道德教育促进会只在人物职务中，列为可选机构。",
  "ui01"),
 parks=[
  park(WH, "威海", "山东", "高新区", A0, note="文中只作“威海高区管委”；即威海火炬高技术产业开发区"),
 ],
 companies=[
  comp("东方光大集团", WH, A1, note="项目投资方"),
 ],
 institutions=[
  inst("威海高区管委", A0, park=WH, note="园区管理机构，签约一方"),
  inst("中国商业联合会", A3, kind="association", note="只在人物职务中"),
  inst("中国生态道德教育促进会", A3, kind="association", note="只在人物职务中"),
 ],
 projects=[
  proj("通信级塑料光纤项目", WH, A0, companies=["东方光大集团"], status="签约", status_text="签字仪式",
       note="计划2009年开工、2012年全部建成投产，分两期建设；无金额"),
 ],
 aggregate_facts=[
  fact("通信级塑料光纤项目", "project", "construction_period_years", 3, "years", A2, "2009年6月（计划）", kind="target", opt=True),
 ],
)

# ---------------------------------------------------------------- ui02 东营市打造亿吨综合性港口推动黄三角发展 (chinaacc 2010)
DY = "东营港经济开发区"
B0 = "“东营港将逐步形成以东营港区为主,以广利港区、刁口港区、广北港区为辅,以垦利、广饶、河口等小型港点为补充的港口体系。不断完善港口基础设施、提高综合服务水平。”东营港经济开发区副书记荆向辉说"
B1 = "东营港与中海油开展战略合作,中海油将投资450亿元重组地方炼化企业,收购经营东营港2个3万吨级散杂货码头,建设中海油工业园、石油储备基地和物流园区"
B2 = "同时,东营港正在加快推进大唐东营发电项目。该项目由中国大唐集团公司总投资220亿元,建设总装机规模为400万千瓦的燃煤发电项目"
B3 = "全区累计完成基础设施配套投资15亿元,通车道路48公里,安装路灯1600盏"
B4 = "投资9530万元的污水处理厂正在建设中"
B5 = "截止目前,全区已投产或在建项目达到22个,计划总投资120亿元"
B6 = "东营港一期扩建的7020米引桥和2个3万吨级散杂货码头已于2009年投入使用"
B7 = "截止目前,散杂货码头已接卸货轮92艘,货物吞吐量达到42万吨"
B8 = "预计到2020年,港口吞吐量将达到1亿吨"
B9 = "按照规划,到2020年东营港将建成生产性泊位44个,预计到2015年,港口吞吐量达到5000万吨"
AS2 = "2010年5月（截止目前）"
G["ui02"] = dict(
 article=art("东营市打造亿吨综合性港口推动黄三角发展", "中华会计网校（chinaacc.com）新闻频道，原出处未注明", "2010-05-18", "day",
  "Aggregator (education portal's news channel), Shandong coastal city: a port and port-side development zone — port plan targets, throughput to date, a state oil company's planned industrial park, a 22 bn-yuan power project, the zone's infrastructure spending and its projects in production or under construction",
  "http://chinaacc.com/new/403_425/2010_5_18_xi06194418150102365.shtml",
  "页面摘录无日期行，日期取网址 2010_5_18。标题照录。存段末句“这其中有总投资43亿元的山东海科集团东营港工业园项目、总投资”未完，已删，正文截至“…计划总投资120亿元。”，共五段。园区：东营港经济开发区（省级，文中只作“东营港经济开发区副书记”；东营，山东）；中海油工业园（中海油拟建，可选园区，亦作可选项目）。“临港产业区”“黄河三角洲高效生态经济区”为泛称或区域规划，不列。“全区”指东营港经济开发区（港区）。项目：大唐东营发电项目（中国大唐集团公司总投资220亿元，“正在加快推进”，状态不定→null；园区按语境记东营港经济开发区）；污水处理厂（9530万元，在建，可选）；东营港一期扩建（2009年投入使用，可选）。中海油“投资450亿元重组地方炼化企业”是合作总盘子，不作某项目金额。港口吞吐量等为港口（非园区）数字，列为可选事实（subject_type other）。",
  "ui02"),
 parks=[
  park(DY, "东营", "山东", "经济开发区", B0),
  park("中海油工业园", "东营", "山东", "工业园", B1, parent=DY, opt=True, note="中海油拟在东营港建设；位置由语境推断"),
 ],
 companies=[
  comp("中国大唐集团公司", DY, B2, note="大唐东营发电项目投资方；园区由语境推断（东营港）"),
  comp("中海油", DY, B1, opt=True, note="与东营港战略合作，拟建中海油工业园"),
 ],
 institutions=[],
 projects=[
  proj("大唐东营发电项目", DY, B2, companies=["中国大唐集团公司"], inv="220亿元", status=None, status_text="正在加快推进",
       note="总装机400万千瓦燃煤发电；园区由语境推断"),
  proj("污水处理厂", DY, B4, inv="9530万元", status="在建", status_text="正在建设中", opt=True, note="名称泛称"),
  proj("东营港一期扩建", DY, B6, status="竣工", status_text="已于2009年投入使用", opt=True, note="港口工程：7020米引桥和2个3万吨级散杂货码头"),
  proj("中海油工业园", DY, B1, companies=["中海油"], status="planned", status_text="建设", opt=True,
       note="450亿元为重组地方炼化企业等合作总额，不作本项目金额"),
 ],
 aggregate_facts=[
  fact(DY, "park", "infrastructure_investment_cny", 1.5e9, "cny", B3, AS2, kind="cumulative", note="“全区”即东营港经济开发区"),
  fact(DY, "park", "roads_km", 48, "km", B3, AS2, kind="cumulative", opt=True),
  fact(DY, "park", "streetlights", 1600, "count", B3, AS2, kind="cumulative", opt=True),
  fact(DY, "park", "projects_in_production_or_construction", 22, "count", B5, AS2, kind="cumulative"),
  fact(DY, "park", "projects_planned_investment_cny", 1.2e10, "cny", "全区已投产或在建项目达到22个,计划总投资120亿元", AS2, kind="cumulative",
       note="22个项目计划总投资"),
  fact("东营港", "other", "port_ships_handled", 92, "count", B7, AS2, kind="cumulative", opt=True, note="港口，非园区"),
  fact("东营港", "other", "port_throughput_t", 420000, "t", B7, AS2, kind="cumulative", opt=True, note="散杂货码头2009年投用以来"),
  fact("东营港", "other", "port_throughput_target_t", 100000000, "t", B8, "2020年（规划）", kind="target", opt=True),
  fact("东营港", "other", "port_throughput_target_t", 50000000, "t", B9, "2015年（规划）", kind="target", opt=True),
  fact("东营港", "other", "berths_target", 44, "count", B9, "2020年（规划）", kind="target", opt=True),
 ],
)

# ---------------------------------------------------------------- ui03 滨海区力争十年之内起新城 (潍坊晚报 2012)
BH = "滨海区"
WC = "潍柴滨海产业园"
C0 = "本报讯 10月29日,潍柴滨海产业园铸造项目第一台中频感应电炉相继试产成功,11月3日,第二台电炉试产完成"
C1 = "目前滨海区突出产业发展和新城建设两大重点,倾力打造十大产业园区,争取在三年时间内,工业总量过千亿,十年之内建成现代化滨海新城"
C2 = "潍柴铸造项目由潍柴重机股份有限公司投资建设,总投资10亿元"
C3 = "抓好白浪河整治、山东园博园建设、一批高档社区和城市综合体项目"
G["ui03"] = dict(
 article=art("滨海区力争十年之内起新城", "潍坊晚报（潍坊新闻网数字报 wfwb.wfnews.com.cn），第06版 潍坊新闻·城事", "2012-11-07", "day",
  "Local evening paper (e-paper page), Shandong coastal city: a coastal development zone's plans — a diesel-engine maker's park with its 1 bn-yuan foundry project in trial production, ten industrial parks planned, a 100 bn-yuan industrial target, new-town works",
  "http://wfwb.wfnews.com.cn/content/20121107/Articel06002EL.htm",
  "日期取版面“2012年11月07日”。标题照录；副题“突出产业发展和新城建设两个重点,倾力打造十大产业园”与版面导航、标题导航、上一篇/下一篇等已删。存段末句“改造提升大家洼组团,…让人从大沂路和大九路一进滨海”未完，已删，正文截至“…就有眼睛一亮的感觉。”，共三段。园区：滨海区（潍坊滨海经济技术开发区的通称；文中未说是开发区，列为可选）；潍柴滨海产业园（潍柴在滨海区的产业园）。“十大产业园区”为泛称。公司：潍柴重机股份有限公司。项目：潍柴铸造项目（文中又作“潍柴滨海产业园铸造项目”），总投资10亿元；电炉及造型线“试产”，元旦后转入批量生产→status 在建，status_alt 投产。白浪河整治、山东园博园为城建项目（可选，无状态）。“三年时间内,工业总量过千亿”为目标（可选，无“元”字，不作 _cny）。",
  "ui03"),
 parks=[
  park(BH, "潍坊", "山东", "经济技术开发区", C1, opt=True, note="潍坊滨海经济技术开发区的通称；文中未言明为开发区"),
  park(WC, "潍坊", "山东", "产业园（企业园区）", C0, parent=BH),
 ],
 companies=[
  comp("潍柴重机股份有限公司", WC, C2, note="潍柴铸造项目投资方"),
 ],
 institutions=[
  inst("滨海区宣传文化中心", "滨海区宣传文化中心新闻科工作人员介绍说", note="消息来源"),
 ],
 projects=[
  proj("潍柴铸造项目", WC, C2, companies=["潍柴重机股份有限公司"], inv="10亿元", status="在建", status_text="试产",
       aliases=["潍柴滨海产业园铸造项目"], status_alt="投产", note="电炉、造型线试产，元旦后转入批量生产"),
  proj("白浪河整治", BH, C3, opt=True, note="城建项目"),
  proj("山东园博园", BH, C3, opt=True, note="城建项目（园博园，不是产业园区）"),
 ],
 aggregate_facts=[
  fact(BH, "park", "industrial_parks_planned", 10, "count", C1, "2012年11月（规划）", kind="target", opt=True, note="倾力打造十大产业园区"),
  fact(BH, "park", "industrial_output_target", 1e11, "cny", C1, "三年内（目标，自2012年起）", kind="target", qual="超", qtext="过",
       opt=True, note="“工业总量过千亿”，无“元”字"),
 ],
)

# ---------------------------------------------------------------- ui04 山东烟台高新区40个重点项目集中开工建设 (中国日报山东记者站 via 凤凰网山东 2013)
YT = "烟台高新技术产业开发区"
D0 = "3月18日上午,烟台高新区40个重点项目集中开工,其中,烟台国际企业创新港总投资60亿元。"
D1 = "目前确定实施区级重点项目108个,这些重点项目包括机械、电子、新能源、高端服务业等多个领域,总投资580亿元"
D2 = "3月份实施“项目开工月”活动,将有80 多个项目相继开工"
D3 = "这一项目由北京联东集团投资建设,项目位于烟台高新技术产业开发区烟台服务外包示范园区内"
D4 = "烟台国际企业创新港项目预计引入600余家企业入驻,就业人数就超过5万人"
D5 = "建成后,预计年总产值约160亿元,年均税收将达12亿元人民币"
D6 = "是集生产研发和科研商务于一体的高端生态创新型产业园区"
G["ui04"] = dict(
 article=art("山东烟台高新区40个重点项目集中开工建设", "中国日报山东记者站，载于凤凰网山东（sd.ifeng.com）", "2013-03-19", "day",
  "National daily's provincial bureau via a portal's provincial channel, Shandong coastal city: a high-tech zone's 40 key projects started together, its 108 district-level key projects (58 bn yuan), and the 6 bn-yuan enterprise innovation harbour built by a Beijing developer in the zone's service-outsourcing park",
  "http://sd.ifeng.com/cj/qilujinrong/detail_2013_03/19/646575_0.shtml",
  "日期取页面“2013年03月19日 23:24 来源:中国日报山东记者站”。标题照录；日期来源行、页面把首段与次段开头拼成的导语行（止于“这些”）与“相关新闻”以下栏目已删。正文六段，完整。园区：烟台高新技术产业开发区（又作“烟台高新区”；烟台，山东）；烟台服务外包示范园区（区内，parent）；烟台国际企业创新港自称“产业园区”，列为可选园区并作项目。“联东U谷”为开发商品牌（“联东U谷高端产业综合体”），不列。公司：北京联东集团。项目：烟台国际企业创新港——总投资60亿元，奠基、集中开工→开工；园区记烟台高新技术产业开发区（文中位于其烟台服务外包示范园区内，见 note）。事实：集中开工40个；区级重点项目108个、总投资580亿元；“将有80 多个项目相继开工”（target，余）；创新港预计入驻600余家、就业超5万人、年总产值约160亿元、年税收12亿元（target）。",
  "ui04"),
 parks=[
  park(YT, "烟台", "山东", "高新区", D3, aliases=["烟台高新区"]),
  park("烟台服务外包示范园区", "烟台", "山东", "园区（服务外包）", D3, parent=YT),
  park("烟台国际企业创新港", "烟台", "山东", "产业园区", D6, parent="烟台服务外包示范园区", opt=True, note="项目本身是产业园区"),
 ],
 companies=[
  comp("北京联东集团", YT, D3, note="烟台国际企业创新港投资方"),
 ],
 institutions=[],
 projects=[
  proj("烟台国际企业创新港", YT, D0, companies=["北京联东集团"], inv="60亿元", status="开工", status_text="集中开工",
       note="位于烟台高新技术产业开发区烟台服务外包示范园区内；同日奠基"),
 ],
 aggregate_facts=[
  fact(YT, "park", "projects_started", 40, "count", D0, "2013年3月18日（集中开工）"),
  fact(YT, "park", "key_projects", 108, "count", D1, "2013年"),
  fact(YT, "park", "key_projects_total_investment_cny", 5.8e10, "cny", D1, "2013年"),
  fact(YT, "park", "projects_to_start", 80, "count", D2, "2013年3月（项目开工月）", kind="target", qual="余", qtext="多"),
  fact("烟台国际企业创新港", "project", "expected_firms", 600, "count", D4, "建成后（预计）", kind="target", qual="余", qtext="余", opt=True),
  fact("烟台国际企业创新港", "project", "expected_jobs", 50000, "count", D4, "建成后（预计）", kind="target", qual="超", qtext="超过", opt=True),
  fact("烟台国际企业创新港", "project", "expected_annual_output_cny", 1.6e10, "cny", D5, "建成后（预计）", kind="target", qual="约", qtext="约"),
  fact("烟台国际企业创新港", "project", "expected_annual_tax_cny", 1.2e9, "cny", "年均税收将达12亿元人民币", "建成后（预计）", kind="target"),
 ],
)

# ---------------------------------------------------------------- ui05 日照开发区全力推进项目建设 精心谋划产业布局 (海洋财富网 / 中国开发区网)
RZ = "日照经济开发区"
E0 = "海洋财富网综合消息 近年来,特别是今年以来,日照经济开发区紧紧抓住项目建设这个事关全区发展的“生命线”"
E1 = "全区包括阿泰克汽车零部件一期、现晟汽车模具、嘉宏生化二期等在内的17个续建项目有9个项目已完工"
E2 = "预计前10个月,规模以上工业总产值、规模以上固定资产投资和地方财政收入分别增长34.2%、13.9%和35.4%"
E3 = "在规模以上工业总产值中,高新技术产值增幅达64%"
E4 = "以高新技术产业园为载体的高新技术产业蓬勃发展"
ASR = "前10个月（预计；年份不详）"
G["ui05"] = dict(
 article=art("日照开发区全力推进项目建设 精心谋划产业布局", "海洋财富网（hycfw.com）综合消息，来源：中国开发区网", "2015-05-20", "day",
  "Ocean-economy industry portal relaying a development-zone trade site, Shandong coastal city: a provincial economic development zone's project-building campaign — positioning, industry clusters, named continuing projects, completions and estimated growth rates",
  "http://www.hycfw.com/Article/76565",
  "日期取页面“来源:中国开发区网 发布时间:2015-05-20 22:12:24”；正文说“预计前10个月”，又提“鲁南临海产业区”，当是较早（约2010–2013年）某年秋的稿件在2015年5月转入该站，原发日期不详，事实 as_of 注“年份不详”。标题照录（标题作“日照开发区”）；来源时间行已删；正文首句“海洋财富网综合消息”保留。正文四段，完整。园区：日照经济开发区（省级；日照，山东）；“高新技术产业园”为区内载体泛称，可选；“鲁南临海产业区”为区域规划名，不列。项目：阿泰克汽车零部件一期、现晟汽车模具、嘉宏生化二期——属17个续建项目→在建（其中9个已完工，未说是哪几个）。企业名只在项目名中，列可选公司。增长率为“预计前10个月”→target；高新技术产值增幅64%同属该估计，亦记 target。",
  "ui05"),
 parks=[
  park(RZ, "日照", "山东", "经济开发区", E0, aliases=["日照开发区"], note="标题作“日照开发区”"),
  park("高新技术产业园", "日照", "山东", "产业园", E4, parent=RZ, opt=True, note="区内载体，名称泛称"),
 ],
 companies=[
  comp("阿泰克汽车零部件", RZ, E1, opt=True, note="只在项目名中"),
  comp("现晟汽车模具", RZ, E1, opt=True, note="只在项目名中"),
  comp("嘉宏生化", RZ, E1, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("阿泰克汽车零部件一期", RZ, E1, phase="一期", status="在建", status_text="续建", note="17个续建项目之一"),
  proj("现晟汽车模具", RZ, E1, status="在建", status_text="续建", note="17个续建项目之一"),
  proj("嘉宏生化二期", RZ, E1, phase="二期", status="在建", status_text="续建", note="17个续建项目之一"),
 ],
 aggregate_facts=[
  fact(RZ, "park", "projects_continued", 17, "count", E1, "年份不详（今年以来）"),
  fact(RZ, "park", "projects_completed", 9, "count", E1, "年份不详（今年以来）", note="17个续建项目中已完工9个"),
  fact(RZ, "park", "industrial_output_growth", 0.342, "ratio", E2, ASR, kind="target"),
  fact(RZ, "park", "fixed_asset_investment_growth", 0.139, "ratio", E2, ASR, kind="target"),
  fact(RZ, "park", "local_fiscal_revenue_growth", 0.354, "ratio", E2, ASR, kind="target"),
  fact(RZ, "park", "high_tech_output_growth", 0.64, "ratio", E3, ASR, kind="target", note="同属前10个月估计"),
  fact(RZ, "park", "coastline_km", 16, "km", "围绕16公里黄金海岸线", "年份不详", opt=True),
 ],
)

# ---------------------------------------------------------------- ui06 (无标题) 滨州北海经济开发区集中开工暨基础设施启用 (中国网山东 2016)
BZ = "滨州北海经济开发区"
F0 = "8月8日,滨州北海经济开发区举行了重点项目集中开工暨基础设施项目运行启用仪式"
F1 = "此次集中开工奠基或投产启用的项目共7个"
F2 = "谋划的工业项目、基础设施、民生改善三大类共36个项目,投资达百亿元,年内将实现全面开工建设"
F3 = "魏桥创业集团董事长张士平,中国宏桥集团行政总裁张波,创新集团董事长崔立新,索通集团总裁郎光辉以及各项目建设单位的主要负责人共同见证了项目的开工奠基或投产启用"
G["ui06"] = dict(
 article=art("（无标题）滨州北海经济开发区举行重点项目集中开工暨基础设施项目运行启用仪式", "中国网山东（sd.china.com.cn）滨州站，初海平；据滨州市人民政府网站", "2016-08-09", "day",
  "State news portal's provincial channel relaying a city government website, Shandong coastal city: a port-side economic development zone's ceremony for seven projects started or put into use, the zone's 36 planned projects (100 bn yuan), and the group chairmen present",
  "http://sd.china.com.cn/a/2016/bzzw_0809/641824.html",
  "存段无标题行（标题为编者据首句概括）；日期取电头“中国网山东滨州8月9日讯”与网址 bzzw_0809。存段末段“此次开工奠基或启用投产的7个项目分别是,开工奠基项目:山东北海创新公司年产188万吨铝用炭材料项目,…的研究与开发”整句未完，已删，正文截至“…年内将实现全面开工建设。”，共三段；因此文中不剩具名项目。园区：滨州北海经济开发区（又作“北海经济开发区”；滨州，山东）。魏桥创业集团、中国宏桥集团、创新集团、索通集团只以负责人“共同见证”出现（由被删的一段可知为项目方），列为可选公司，园区按语境记滨州北海经济开发区。事实：本次开工奠基或投产启用7个；谋划36个项目、投资达百亿元、年内全面开工（target）。",
  "ui06"),
 parks=[
  park(BZ, "滨州", "山东", "经济开发区", F0, aliases=["北海经济开发区"]),
 ],
 companies=[
  comp("魏桥创业集团", BZ, F3, opt=True, note="负责人见证开工；园区由语境推断"),
  comp("中国宏桥集团", BZ, F3, opt=True, note="同上"),
  comp("创新集团", BZ, F3, opt=True, note="同上"),
  comp("索通集团", BZ, F3, opt=True, note="同上"),
 ],
 institutions=[
  inst("滨州市人民政府", "本网从滨州市人民政府网站获悉", note="消息来源"),
  inst("滨州市加快北海开发推进工作领导小组", "滨州市加快北海开发推进工作领导小组成员单位的主要负责人"),
 ],
 projects=[],
 aggregate_facts=[
  fact(BZ, "park", "projects_started_or_commissioned", 7, "count", F1, "2016年8月8日（集中开工暨运行启用）"),
  fact(BZ, "park", "planned_projects", 36, "count", F2, "2016年（年内全面开工，计划）", kind="target"),
  fact(BZ, "park", "planned_projects_investment_cny", 1e10, "cny", F2, "2016年（计划）", kind="target", note="“投资达百亿元”"),
 ],
)

# ---------------------------------------------------------------- ui07 向北,向海,向未来 (山东画报)
H0 = "这里便是滨州北海经济开发区,用滨州市市长崔洪刚的话说"
H1 = "前三季度,全区实现地方生产总值17.29亿元,同比增长14.1%"
H2 = "1~11月份,规模以上工业增加值增速18.27%,居全市首位"
H3 = "实现固定资产投资173.7亿元,同比增长12.3%"
H4 = "截至12月23日,地方财政收入已实现10.0144亿元,突破10亿元大关"
H5 = "滨州北海经济开发区是滨州临港产业区的核心区"
G["ui07"] = dict(
 article=art("向北,向海,向未来", "山东画报（杂志），载于 soolun.net 期刊库", "2017-01", "month (inferred)",
  "Provincial pictorial magazine (feature, via a periodical-text site), Shandong coastal city: a port-side economic development zone's 2016 figures — GDP, industrial value-added growth, fixed-asset investment, local fiscal revenue — and its place in the Yellow River delta plan",
  "http://soolun.net/periodical/08490249ba7db731925cf976d9a722a9.html",
  "期刊库只注“来源 :山东画报”，未注期号；文中2016年数字截至12月23日，推定刊于2017年1月前后（published 为推断）。标题照录；“来源”“被引量”“下载到本地”“声明”“论文部分内容阅读”等站点行已删。存段末行“中共山东省委、山东省人民政府印发的《关于”未完，已删；正文截至“…滨州临港产业区的核心区。”，含小标题一行，共十一段。第五段“增長极”中“長”为存文原样。园区：滨州北海经济开发区（又作“北海经济开发区”；滨州，山东）；滨州临港产业区（《黄河三角洲高效生态经济区发展规划》中的产业区，北海经济开发区为其核心区，可选）。事实（均为北海经济开发区）：2016年前三季度地方生产总值17.29亿元、增长14.1%；1~11月规上工业增加值增速18.27%；固定资产投资173.7亿元、增长12.3%（期间按上下文记1~11月）；截至12月23日地方财政收入10.0144亿元。",
  "ui07"),
 parks=[
  park(BZ, "滨州", "山东", "经济开发区", H0, aliases=["北海经济开发区"]),
  park("滨州临港产业区", "滨州", "山东", "产业区（规划）", H5, opt=True, note="国家规划中的产业区；北海经济开发区为其核心区"),
 ],
 companies=[],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(BZ, "park", "gdp_cny", 1.729e9, "cny", H1, "2016年前三季度", kind="cumulative"),
  fact(BZ, "park", "gdp_yoy_growth", 0.141, "ratio", H1, "2016年前三季度", kind="ratio"),
  fact(BZ, "park", "industrial_value_added_growth", 0.1827, "ratio", H2, "2016年1~11月", kind="ratio"),
  fact(BZ, "park", "fixed_asset_investment_cny", 1.737e10, "cny", H3, "2016年1~11月", kind="cumulative", note="期间按上下文"),
  fact(BZ, "park", "fixed_asset_investment_growth", 0.123, "ratio", H3, "2016年1~11月", kind="ratio"),
  fact(BZ, "park", "local_fiscal_revenue_cny", 1.00144e9, "cny", H4, "2016年（截至12月23日）", kind="cumulative"),
 ],
)
