# real339 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a county or city district is not a park). Status from the text's
# words (集中开工 / 开工建设 → 开工; 已建成 / 建成了 … 满负荷生产 → 投产 where in production; 签约 → 签约). Year-to-date figures
# (“截至9月底”, “1-9月”) are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/pzNN.raw as returned.

# ---------------------------------------------------------------- pz01 烟台 74个项目集中开工 (yybnet 2021-11)
YK = "烟台开发区"
YG = "高新区"
P1 = "当日,在烟台开发区主会场,共有总投资84.91亿元的12个重点项目集中开工,包括省重点项目2个、市重点项目3个"
P2 = "在高新区分会场,烟台东源产业园项目、山东长城圣非凡项目、艾多美健康食品产业项目等在内的10个项目集中开工"
P3 = "环磁山国际科研走廊创新园圃项目方烟台业达国际人才集团副总经理谭金成表示,项目总投资18亿元"
P4 = "在牟平分会场,丰金医美项目开工建设,项目计划总投资6亿元"
P0 = "总投资344亿元的74个项目集中开工,总投资620亿元的45个项目集中签约"
AS1 = "2021年11月19日（集中开工）"
G["pz01"] = dict(
 article=art("（无标题）烟台市重点项目集中开工、集中签约暨自贸区烟台片区两周年推介：74个项目开工、45个项目签约", "yybnet.net（烟台频道；存段无标题、无署名，原发媒体未注明）", "2021-11", "month",
  "Regional news portal's city channel, Shandong: a city's joint groundbreaking and signing held in a national economic and technological development zone — the main-venue project with investment and completion year, the zone's 12 projects started with their total, the high-tech zone's 10 projects started (three named), a district project with investment",
  "https://www.yybnet.net/yantai/news/202111/11637598.html",
  "存段无标题、无日期行（title 为编者概括）。日期取网址 202111；文中“19日上午”即2021年11月19日（“十四五”开局、自贸区烟台片区两周年）。存段末段“在海阳山东长江职业技术学院项目分会场,彩旗飘扬,工人”在句中中断，整段删去；正文截至牟平分会场一段，含小标题“74个项目集中开工”。园区：烟台开发区（烟台经济技术开发区；文中又作“经济技术开发区”）；“高新区”（烟台高新区，文中只作“高新区分会场”，名称照录）；中国(山东)自由贸易试验区烟台片区只在活动名中，列可选。项目：环磁山国际科研走廊创新园圃项目（主会场，总投资18亿元，2023年建成投用；文中未明说园区，主会场在经济技术开发区，park 记烟台开发区，推定）；烟台东源产业园项目、山东长城圣非凡项目、艾多美健康食品产业项目（高新区分会场开工，无单项金额）；丰金医美项目（牟平分会场，牟平区不是园区，park null，计划总投资6亿元）。全市74个开工344亿元、45个签约620亿元为市级事实（region 烟台）；烟台开发区12个项目84.91亿元、高新区10个项目为园区事实。",
  "pz01"),
 parks=[
  park(YK, "烟台", "山东", "经济技术开发区", P1, aliases=["经济技术开发区"], note="即烟台经济技术开发区；活动在此举行"),
  park(YG, "烟台", "山东", "高新区", P2, note="即烟台高新区；文中只作“高新区分会场”", opt=False),
  park("中国(山东)自由贸易试验区烟台片区", "烟台", "山东", "自由贸易试验区片区", "中国(山东)自由贸易试验区烟台片区两周年推介", opt=True, note="只在活动名中"),
 ],
 companies=[
  comp("烟台业达国际人才集团", YK, P3, opt=True, note="环磁山国际科研走廊创新园圃项目方；园区由语境推定"),
 ],
 projects=[
  proj("环磁山国际科研走廊创新园圃项目", YK, P3, companies=["烟台业达国际人才集团"], inv="项目总投资18亿元", status="开工", status_text="集中开工",
       note="主会场项目；2023年建成投用（计划）；园区推定为烟台开发区"),
  proj("烟台东源产业园项目", YG, P2, status="开工", status_text="集中开工"),
  proj("山东长城圣非凡项目", YG, P2, status="开工", status_text="集中开工"),
  proj("艾多美健康食品产业项目", YG, P2, status="开工", status_text="集中开工"),
  proj("丰金医美项目", None, P4, inv="项目计划总投资6亿元", status="开工", status_text="开工建设", note="牟平区项目"),
 ],
 aggregate_facts=[
  fact("烟台", "region", "projects_started", 74, "count", P0, AS1),
  fact("烟台", "region", "projects_started_investment_cny", 3.44e10, "cny", P0, AS1, chk=True),
  fact("烟台", "region", "projects_signed", 45, "count", "总投资620亿元的45个项目集中签约", "2021年11月19日（集中签约）"),
  fact("烟台", "region", "signed_investment_cny", 6.2e10, "cny", "总投资620亿元的45个项目集中签约", "2021年11月19日（集中签约）", chk=True),
  fact(YK, "park", "projects_started", 12, "count", P1, AS1),
  fact(YK, "park", "projects_started_investment_cny", 8.491e9, "cny", P1, AS1, chk=True),
  fact(YK, "park", "provincial_key_projects_started", 2, "count", P1, AS1, opt=True),
  fact(YK, "park", "city_key_projects_started", 3, "count", P1, AS1, opt=True),
  fact(YG, "park", "projects_started", 10, "count", P2, AS1),
 ])

# ---------------------------------------------------------------- pz02 威海高新区 捷普 / 兴海变电站 (齐鲁网 2019)
WG = "高新区"
Q1 = "去年建成的美国捷普威海工业园一期工程,如今正在大批量生产惠普最新型激光打印机。三月底开工的美国捷普威海工业园二期工程,再次刷新高新区速度"
Q2 = "像美国捷普、台湾正崴、韩国帝吉可都已经投产了,捷普的二期、亿和一期等一批厂房正在加紧地建设中"
Q3 = "10月10号下午,兴海35千伏输变电工程电项目正式启动"
G["pz02"] = dict(
 article=art("【动能转换看落实·大竞赛 大比武】威海:超前谋划服务 续足发展动能", "齐鲁网·闪电新闻（news.iqilu.com；作者栏空）", "2019-10-13", "day",
  "Provincial broadcaster's news site, Shandong: a city's high-tech zone — a US contract manufacturer's industrial park (phase 1 built and producing, phase 2 started), suppliers in production and plants under construction, a new substation project launched to meet the zone's power demand",
  "http://news.iqilu.com/shandong/yuanchuang/2019/1013/4360132.shtml",
  "日期取页面“2019-10-13 21:19:10”。标题照录；“全部”“来源:齐鲁网”“作者:”、日期行、电头行“齐鲁网·闪电新闻10月13日讯”与图片文件名行（51.jpg–54.jpg）已删。存段末段（于海洋说“该项目总投资五千多万元…工程计划2020年3月建成投产。兴海工程的”）在引语中中断，整段删去；正文截至“…兴海35千伏输变电工程电项目正式启动。”。园区：高新区（威海高新区；文中作“高新区”“威海市高新区”，“威海高新区”只在公司名中）；双岛湾为区域名，不列园区。美国捷普威海工业园列为园中园（parent 高新区，推定）。项目：美国捷普威海工业园一期工程（去年建成，正在大批量生产→投产）、二期工程（三月底开工→开工/在建）；亿和一期（厂房加紧建设→在建）；兴海35千伏输变电工程（正式启动→开工；五千多万元在删去的末段，不记）。公司：美国捷普、台湾正崴、韩国帝吉可（均已投产，在园区）；惠普（产品方，可选）；威海高新区园区建设运营有限公司（园区平台公司）；国网威海供电公司（可选，园区外）。",
  "pz02"),
 parks=[
  park(WG, "威海", "山东", "高新区", Q1, aliases=["威海市高新区"], note="即威海高新区；文中作“高新区”“威海市高新区”"),
  park("美国捷普威海工业园", "威海", "山东", "企业工业园", Q1, parent=WG, opt=True, note="企业园区；母园区由语境推定"),
 ],
 companies=[
  comp("美国捷普", WG, Q2, aliases=["捷普"], note="捷普威海工业园；已投产"),
  comp("台湾正崴", WG, Q2, note="已投产"),
  comp("韩国帝吉可", WG, Q2, note="已投产"),
  comp("亿和", WG, Q2, opt=True, note="只作“亿和一期”厂房"),
  comp("惠普", WG, "如今正在大批量生产惠普最新型激光打印机", opt=True, note="产品品牌；产业集群中心"),
  comp("威海高新区园区建设运营有限公司", WG, "威海高新区园区建设运营有限公司副总经理毕大勇说", note="园区建设运营平台"),
  comp("国网威海供电公司", None, "威海市高新区管委与国网威海供电公司迅速对接", opt=True, aliases=["威海供电公司"], note="兴海变电站建设方"),
 ],
 projects=[
  proj("美国捷普威海工业园一期工程", WG, Q1, companies=["美国捷普"], phase="一期", status="投产", status_text="去年建成…正在大批量生产"),
  proj("美国捷普威海工业园二期工程", WG, Q1, companies=["美国捷普"], phase="二期", status="开工", status_text="三月底开工", status_alt="在建"),
  proj("亿和一期", WG, Q2, companies=["亿和"], phase="一期", status="在建", status_text="正在加紧地建设中", opt=True),
  proj("兴海35千伏输变电工程", WG, Q3, companies=["国网威海供电公司"], status="开工", status_text="正式启动",
       note="在双岛湾建设；计划2020年3月建成投产（末段已删）；园区由语境推定"),
 ],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- pz03 莒县 日照海右化工产业园 (大众网·海报新闻 via xuehua.us 2021)
HY = "日照海右化工产业园"
R1 = "华泰纸业日照化工浆纸基地位于莒县夏庄镇,是华泰纸业新投产的浆纸化工产业基地,总占地面积705亩,总投资约69亿元"
R2 = "华泰集团退出莒县城区,整体搬迁至日照海右化工产业园,投资22亿元,建成了年产24万吨本色浆纸生产线,已实现满负荷生产"
R3 = "继而投资6.5亿元建立以高技术含量、高附加值、生态环保可降解的伸性纸为主打产品的高端包装纸项目"
R4 = "盛世峻泽化工项目是落实市“十四五”规划提出的建设绿色化工产业基地的重点项目之一,总投资10.87亿元"
R5 = "盛泉新材料项目投资10.3亿元,充分利用原“僵尸企业”用地,实现当年签约、当年开工、当年建成"
G["pz03"] = dict(
 article=art("（无标题）莒县项目建设：华泰纸业日照化工浆纸基地、盛世峻泽化工、盛泉新材料", "大众网·海报新闻（记者 崔益萌 通讯员 陈维栋），载于 xuehua.us", "2021-10", "month",
  "Provincial paper's news app relayed by an aggregator, Shandong: a county's chemical industrial park — a paper group's relocated base with investment and a new packaging-paper line about to start, a chemical project finished and about to trial-run, a new-materials project signed, started and nearly built",
  "https://www.xuehua.us/a/6177c6cb9e6c7815cf1db5fd?lang=zh-cn",
  "存段无标题、无日期行（title 为编者概括）；署名行“大众网·海报新闻记者 崔益萌 通讯员 陈维栋 日照报道”已删。日期：页面编号 6177c6cb 的时间戳为2021-10-26，文中“11月份投料生产”“十四五”与之相合，记 2021-10（month，推定）。存段末段“沿产业园通达路由南向北…试生产状况良”在句中中断，整段删去；正文截至“…乙烯基多元醇醚类产品生产基地。”。园区：日照海右化工产业园（莒县，日照，山东）；文中“产业园”“工业园区”指它。项目：华泰纸业日照化工浆纸基地（总投资约69亿元，新投产→投产；位于莒县夏庄镇，园区推定为海右化工产业园）；华泰集团整体搬迁项目（投资22亿元，年产24万吨本色浆纸生产线，已满负荷生产→投产；可选，与浆纸基地可能是同一项目的一部分）；高端包装纸项目（投资6.5亿元，设备安装基本完成，11月份投料生产→在建）；盛世峻泽化工项目（总投资10.87亿元，主体已建成，拟11月上旬试生产→在建）；盛泉新材料项目（投资10.3亿元，当年签约开工，拟年底建成→在建）。后三者园区由“进企业、入园区”语境推定。",
  "pz03"),
 parks=[
  park(HY, "日照", "山东", "化工产业园", R2, district="莒县", note="文中又作“产业园”；“工业园区”泛指"),
 ],
 companies=[
  comp("华泰纸业", HY, R1, aliases=["华泰集团", "日照华泰集团"], note="文中又作“华泰集团”“日照华泰集团”"),
  comp("盛世峻泽", HY, R4, opt=True, note="只在项目名中"),
  comp("盛泉新材料", HY, R5, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("华泰纸业日照化工浆纸基地", HY, R1, companies=["华泰纸业"], inv="总投资约69亿元", qual="约", qual_text="约", status="投产", status_text="新投产",
       note="位于莒县夏庄镇；园区推定"),
  proj("年产24万吨本色浆纸生产线", HY, R2, companies=["华泰纸业"], inv="投资22亿元", status="投产", status_text="建成了…已实现满负荷生产", opt=True,
       note="华泰集团退城进园整体搬迁；可能为浆纸基地的一部分"),
  proj("高端包装纸项目", HY, R3, companies=["华泰纸业"], inv="投资6.5亿元", status="在建", status_text="厂房建设、设备安装基本完成…11月份投料生产",
       note="年产高强伸性纸8万吨"),
  proj("盛世峻泽化工项目", HY, R4, companies=["盛世峻泽"], inv="总投资10.87亿元", status="在建", status_text="主体已建成,拟于11月上旬进行试生产", status_alt="竣工"),
  proj("盛泉新材料项目", HY, R5, companies=["盛泉新材料"], inv="投资10.3亿元", status="在建", status_text="当年签约、当年开工、当年建成…拟于年底建成"),
 ],
 aggregate_facts=[
  fact("华泰纸业日照化工浆纸基地", "project", "site_area_mu", 705, "mu", R1, "2021年10月", opt=True),
 ])

# ---------------------------------------------------------------- pz04 威海 海洋产业重点项目 by district (kmsrf.com 2022)
S0 = "截至9月底,80个开工建设全部开工建设,完成投资47.05亿元,占年度计划的95.4%"
S1 = "海洋产业重点项目达到80个,总投资206亿元,增加3.51%,年度计划投资49亿元,增加5.45%"
ASS = "2022年1–9月"
G["pz04"] = dict(
 article=art("（无标题）威海市级海洋产业重点项目2022年1–9月进展（分区市）", "kmsrf.com（存段无标题；原发单位未注明，推定为威海市海洋发展部门的公开信息）", "2022-10-20", "day",
  "Government-style progress note on a mirror site, Shandong: a city's marine-industry key projects — count, total and annual planned investment after mid-year adjustment, January–September investment and completion rate, and the same by district and by zone (high-tech zone, economic development zone, port zone, southern new zone)",
  "http://kmsrf.com/art/2022/10/20/art_59449_3133145.html",
  "存段无标题、无日期行；日期取网址 2022/10/20（title 为编者概括）。正文九段，完整。园区：高区（威海火炬高技术产业开发区）、经区（威海经济技术开发区）、临港区（威海临港经济技术开发区）、南海新区——文中只作简称，名称照录；环翠区、文登区、荣成市、乳山市为区市（region）。无具名项目。事实：全市2022年初68个、199.28亿元、年度计划46.78亿元；调整后80个、206亿元、年度计划49亿元；截至9月底完成投资47.05亿元（95.4%）；各园区项目个数、1–9月完成投资（cumulative）与完成率（ratio）。区市的数字列为可选。“80个开工建设全部开工建设”原文如此。",
  "pz04"),
 parks=[
  park("高区", "威海", "山东", "高新区", "高区4个项目。1-9月完成投资1.99亿元,占年度计划的81.1%", note="即威海高新区（简称）"),
  park("经区", "威海", "山东", "经济技术开发区", "经区2个项目。1-9月完成投资7155万元,占年度计划的79.5%", note="即威海经济技术开发区（简称）"),
  park("临港区", "威海", "山东", "经济技术开发区", "临港区1个项目。1-9月完成投资9791万元,占年度计划的97.9%", note="即威海临港经济技术开发区（简称）"),
  park("南海新区", "威海", "山东", "新区", "南海新区8个项目。1-9月完成投资4.82亿元,占年度计划的98.3%", note="威海南海新区"),
 ],
 companies=[], projects=[],
 aggregate_facts=[
  fact("威海", "region", "marine_key_projects", 68, "count", "2022年初共安排市级海洋产业重点项目68个,总投资199.28亿元", "2022年初"),
  fact("威海", "region", "marine_key_projects_total_investment_cny", 1.9928e10, "cny", "总投资199.28亿元,年度计划投资46.78亿元", "2022年初", chk=True),
  fact("威海", "region", "planned_annual_investment_cny", 4.678e9, "cny", "年度计划投资46.78亿元", "2022年初（计划）", kind="target", chk=True, opt=True),
  fact("威海", "region", "marine_key_projects", 80, "count", S1, "2022年（调整后）"),
  fact("威海", "region", "marine_key_projects_total_investment_cny", 2.06e10, "cny", "总投资206亿元,增加3.51%", "2022年（调整后）", chk=True),
  fact("威海", "region", "planned_annual_investment_cny", 4.9e9, "cny", "年度计划投资49亿元,增加5.45%", "2022年（调整后，计划）", kind="target", chk=True),
  fact("威海", "region", "investment_completed_cny", 4.705e9, "cny", "完成投资47.05亿元,占年度计划的95.4%", "2022年9月底", kind="cumulative", chk=True),
  fact("威海", "region", "annual_plan_completion_rate", 0.954, "ratio", S0, "2022年9月底", kind="ratio"),
  fact("高区", "park", "marine_key_projects", 4, "count", "高区4个项目", ASS),
  fact("高区", "park", "investment_completed_cny", 1.99e8, "cny", "1-9月完成投资1.99亿元,占年度计划的81.1%", ASS, kind="cumulative", chk=True),
  fact("高区", "park", "annual_plan_completion_rate", 0.811, "ratio", "高区4个项目。1-9月完成投资1.99亿元,占年度计划的81.1%", ASS, kind="ratio"),
  fact("经区", "park", "marine_key_projects", 2, "count", "经区2个项目", ASS),
  fact("经区", "park", "investment_completed_cny", 7.155e7, "cny", "1-9月完成投资7155万元,占年度计划的79.5%", ASS, kind="cumulative", chk=True),
  fact("经区", "park", "annual_plan_completion_rate", 0.795, "ratio", "经区2个项目。1-9月完成投资7155万元,占年度计划的79.5%", ASS, kind="ratio"),
  fact("临港区", "park", "marine_key_projects", 1, "count", "临港区1个项目", ASS),
  fact("临港区", "park", "investment_completed_cny", 9.791e7, "cny", "1-9月完成投资9791万元,占年度计划的97.9%", ASS, kind="cumulative", chk=True),
  fact("临港区", "park", "annual_plan_completion_rate", 0.979, "ratio", "临港区1个项目。1-9月完成投资9791万元,占年度计划的97.9%", ASS, kind="ratio"),
  fact("南海新区", "park", "marine_key_projects", 8, "count", "南海新区8个项目", ASS),
  fact("南海新区", "park", "investment_completed_cny", 4.82e8, "cny", "1-9月完成投资4.82亿元,占年度计划的98.3%", ASS, kind="cumulative", chk=True),
  fact("南海新区", "park", "annual_plan_completion_rate", 0.983, "ratio", "南海新区8个项目。1-9月完成投资4.82亿元,占年度计划的98.3%", ASS, kind="ratio"),
  fact("环翠区", "region", "investment_completed_cny", 1.188e9, "cny", "1-9月完成投资11.88亿元,占年度计划的106.1%", ASS, kind="cumulative", chk=True, opt=True),
  fact("文登区", "region", "investment_completed_cny", 6.71e8, "cny", "1-9月完成投资6.71亿元,占年度计划的93.1%", ASS, kind="cumulative", chk=True, opt=True),
  fact("荣成市", "region", "investment_completed_cny", 1.142e9, "cny", "1-9月完成投资11.42亿元,占年度计划的89.2%", ASS, kind="cumulative", chk=True, opt=True),
  fact("乳山市", "region", "investment_completed_cny", 8.53e8, "cny", "1-9月完成投资8.53亿元,占年度计划的96.2%", ASS, kind="cumulative", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- pz05 威海15个单体投资过20亿元项目 (威海新闻网 2023)
T1 = "佰鸿未来科技产业园、奇瑞芜船威海绿色海工科技产业基地等15个单体投资过20亿元招商引资项目进展顺利,部分项目已经开工"
T2 = "推动豪雅光电二期、华素制药新建等一批项目签约"
T3 = "当前正在推进的15个大项目中,6个已经开工,开工率接近一半"
AST = "2023年4月"
G["pz05"] = dict(
 article=art("威海15个单体投资过20亿元项目相继开工", "威海新闻网，载于 weihai.sdnews.com.cn（大众网威海站）", "2023-04-26", "day",
  "City news site relayed on a provincial portal's city channel, Shandong: a city's large investment projects — 15 projects over 2 bn yuan each with two named, their total, how many started; two named projects signed; outbound investment-promotion trips by districts and development zones",
  "http://weihai.sdnews.com.cn/jrzw/202304/t20230426_4224059.htm",
  "日期取页面“2023-04-26 13:16:56 来源:威海新闻网”。标题照录；日期来源行与“打印”已删。存段末段“眼下,全市招商小分队…将实行“挂图作战”和实时动态管理”在句中中断（无句末标点），整段删去；正文截至“…取得了实质性进展。”。文中无具名园区（“各区市、开发区”泛指）。项目：佰鸿未来科技产业园、奇瑞芜船威海绿色海工科技产业基地（单体投资过20亿元——区间，不作投资额；“部分项目已经开工”未指明哪一个，状态不记）；豪雅光电二期、华素制药新建（签约）。园区均 null。事实：15个项目计划总投资854亿元；6个已开工；各区市、开发区外出招商50余次、洽谈项目150余个（可选）。",
  "pz05"),
 parks=[],
 companies=[
  comp("佰鸿", None, T1, opt=True, note="只在项目名中"),
  comp("奇瑞芜船", None, T1, opt=True, note="只在项目名中"),
  comp("豪雅光电", None, T2, opt=True, note="只在项目名中"),
  comp("华素制药", None, T2, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("佰鸿未来科技产业园", None, T1, note="单体投资过20亿元（区间，不作投资额）；是否已开工未说"),
  proj("奇瑞芜船威海绿色海工科技产业基地", None, T1, note="同上"),
  proj("豪雅光电二期", None, T2, phase="二期", status="签约", status_text="推动…签约"),
  proj("华素制药新建", None, T2, status="签约", status_text="推动…签约", note="项目名照录（“华素制药新建”）"),
 ],
 aggregate_facts=[
  fact("威海", "region", "large_projects", 15, "count", T1, AST, note="单体投资过20亿元的招商引资项目"),
  fact("威海", "region", "large_projects_total_investment_cny", 8.54e10, "cny", "这批产业项目体量规模大、产业结构好,计划总投资854亿元", AST, chk=True),
  fact("威海", "region", "large_projects_started", 6, "count", T3, AST),
  fact("威海", "region", "investment_promotion_trips", 50, "count", "各区市、开发区“一把手”累计外出招商50余次,洽谈对接项目150余个", "2023年春节后至4月", kind="cumulative", qual="余", qtext="余", opt=True),
  fact("威海", "region", "projects_negotiated", 150, "count", "洽谈对接项目150余个", "2023年春节后至4月", kind="cumulative", qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- pz06 烟台经济技术开发区 媒体行 (香港商报网 2018)
YE = "烟台经济技术开发区"
U1 = "经过30多年发展,烟台开发区以烟台市1/40的土地面积创造了1/5的GDP,近1/3的工业产值、利用外资和税收,1/2的进出口"
ASU = "2018年8月"
G["pz06"] = dict(
 article=art("“聚焦首批对外开放城市——烟台”全国媒体行启动", "香港商报网（记者 齐薇然），hkcd.com 山东频道", "2018-08-08", "day",
  "Hong Kong paper's mainland web channel (simplified), Shandong: a city's media tour opens — the city's openness policies, and a national economic and technological development zone's founding and its shares of the city's land, GDP, industrial output, foreign investment, tax and trade",
  "https://hkcd.com/content_p/2018-08/08/content_61995.html",
  "日期取页面“2018-08-08 来源:香港商报网”。标题照录；栏目路径、日期来源行与图片说明“启动仪式”“烟台经济技术开发区城市展示中心”已删；小标题“烟台经济技术开发区:现代化经济中心崛起之地”保留为一段。存段末段“据介绍,近年来烟台经”在句中中断，整段删去。本篇在2019–2023年之外（2018），作为烟台开发区的背景项目收入。园区：烟台经济技术开发区（文中又作“烟台开发区”；1984年10月经国务院批准成立，国家级）。无具名项目、公司。事实：占全市土地1/40、GDP 1/5、工业产值与利用外资和税收近1/3、进出口1/2（ratio；“近1/3”→约）。中国山东网为承办方（可选机构）。",
  "pz06"),
 parks=[
  park(YE, "烟台", "山东", "国家级经济技术开发区", "同年10月,经国务院批准国家级烟台经济技术开发区成立", aliases=["烟台开发区"], note="1984年10月成立"),
 ],
 companies=[],
 institutions=[
  inst("中国山东网", "此次媒体行活动由烟台市委宣传部、市委外宣办、市商务局共同主办,中国山东网承办", kind="media", note="承办方"),
 ],
 projects=[],
 aggregate_facts=[
  fact(YE, "park", "share_of_city_land", 1/40, "ratio", U1, ASU, kind="ratio"),
  fact(YE, "park", "share_of_city_gdp", 0.2, "ratio", U1, ASU, kind="ratio"),
  fact(YE, "park", "share_of_city_industrial_output", 1/3, "ratio", U1, ASU, kind="ratio", qual="约", qtext="近"),
  fact(YE, "park", "share_of_city_foreign_investment", 1/3, "ratio", U1, ASU, kind="ratio", qual="约", qtext="近", opt=True),
  fact(YE, "park", "share_of_city_tax", 1/3, "ratio", U1, ASU, kind="ratio", qual="约", qtext="近", opt=True),
  fact(YE, "park", "share_of_city_trade", 0.5, "ratio", U1, ASU, kind="ratio"),
 ])
