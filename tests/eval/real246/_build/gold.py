# real246 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (sk01–sk04 simplified, sk05–sk06 traditional, each as published); names as
# written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios.
# Projects: the park is the one the text places the project in, null if none (a city is not a park). Status from the text's
# words (开工 / 正式开工 / 集中开工 → 开工; 签约 / 集中籤約 → 签约; 落户 alone → no status). “预计” figures are kind target with
# “（预计）” in as_of. Sources are `search` (corpus pages) excerpts typed into _raw/pages/skNN.raw as returned.

# ---------------------------------------------------------------- sk01 滁州108个重点项目集中开工 (市场星报 2020)
SC = "苏滁高新区"
A0 = "滁州市2月份百个重点项目集中开工暨博石高科正极材料项目开工动员会在该市苏滁高新区举行"
A1 = "据了解,此次集中开工重点项目包括:总投资30亿元的苏大天宫科技园、总投资20亿元的博石高科、日泰汽车等"
A2 = "本次开工的重点项目108个,总投资达422.6亿元"
A3 = "其中工业项目81个、总投资282.5亿元,分别占项目总数和总投资额的75%、67%"
AS1 = "2020年2月26日（集中开工）"
G["sk01"] = dict(
 article=art("滁州108个重点项目集中开工总投资422.6亿元", "市场星报（安徽财经网 www.ahcaijing.com；王琼，记者胡昊）", "2020-02-28", "day",
  "Provincial evening paper's web site, Anhui: a city's monthly batch of 108 key projects started, the ceremony held in a high-tech zone with the zone-side project named, three named projects with two amounts, industrial share",
  "http://www.ahcaijing.com/html/2020/24h_0228/152430.html",
  "日期取页面“2020-02-28 17:20:20 来源:市场星报”。标题照录；栏目路径、日期来源行、版权声明与页尾分享栏已删。正文三段，完整，署名“(王琼 市场星报 安徽财经网 记者 胡昊)”在文末，保留。园区：苏滁高新区（滁州，安徽；开工动员会举行地）。项目：博石高科正极材料项目（动员会以其命名、在苏滁高新区举行→园区由语境推定；“总投资20亿元的博石高科”为同一项目，金额归之）；苏大天宫科技园（30亿元）、日泰汽车（无金额）——文中未说所在园区，park 为空。108个项目与422.6亿元为滁州全市合计（region），非园区数字。",
  "sk01"),
 parks=[
  park(SC, "滁州", "安徽", "高新区", A0, note="开工动员会举行地"),
 ],
 companies=[
  comp("博石高科", SC, A0, opt=True, note="只在项目名中；园区由动员会地点推定"),
  comp("日泰汽车", None, A1, opt=True, note="以企业名作项目名；园区未说"),
 ],
 projects=[
  proj("博石高科正极材料项目", SC, A1, companies=["博石高科"], inv="总投资20亿元", aliases=["博石高科"], status="开工", status_text="集中开工",
       note="动员会在苏滁高新区举行，园区由语境推定；金额取“总投资20亿元的博石高科”"),
  proj("苏大天宫科技园", None, A1, inv="总投资30亿元", status="开工", status_text="集中开工", note="园区未说"),
  proj("日泰汽车", None, A1, companies=["日泰汽车"], status="开工", status_text="集中开工", note="无金额；园区未说"),
 ],
 aggregate_facts=[
  fact("滁州市", "region", "projects_started", 108, "count", A2, AS1),
  fact("滁州市", "region", "projects_started_investment_cny", 4.226e10, "cny", A2, AS1, chk=True),
  fact("滁州市", "region", "industrial_projects_started", 81, "count", A3, AS1, opt=True),
  fact("滁州市", "region", "industrial_projects_started_investment_cny", 2.825e10, "cny", "总投资282.5亿元,分别占项目总数和总投资额的75%、67%", AS1, opt=True, chk=True),
  fact("滁州市", "region", "industrial_share_of_started_investment", 0.67, "ratio", A3, AS1, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- sk02 赣州 47个重大项目集中开工 / 赣州经开区8个 (lqsbcl 2016)
GZ = "赣州经开区"
B0 = "当天集中开工的47个重大项目分布在赣州经开区、章贡区、南康区、赣县、瑞金市、大余县、会昌县等7个县(市、区)"
B1 = "其中,赣州经开区集中开工8个重大项目,总投资114亿元,投资额超过此次开工项目的一半以上"
B2 = "这批项目总投资223.9亿元,竣工投产后预计可实现主营业务收入652亿元,利税73亿元"
B3 = "例如,本次投资额最大的60亿元的赣州中航新能源科技有限公司年产20万辆纯电动汽车、20亿AH(安培小时)动力锂电池生产项目达产后"
ZH = "赣州中航新能源科技有限公司年产20万辆纯电动汽车、20亿AH(安培小时)动力锂电池生产项目"
AS2 = "2016年4月（集中开工）"
G["sk02"] = dict(
 article=art("（无标题）赣州47个重大项目集中开工 赣州经开区8个项目总投资114亿元", "news.lqsbcl.net（转载；原出处存段未示，文中“我市”指赣州）", "2016-04", "month",
  "Relay of a city news item, Jiangxi: a city-wide groundbreaking of 47 major projects across seven county-level units, the economic development zone's eight projects and their total, the largest single project with its firm, amount and expected output",
  "http://news.lqsbcl.net/201604/149916.html",
  "日期只有网址中的 201604（月精度）；存段无标题、无日期行（title 为编者概括），从“当天集中开工的…”起，前文未存。正文两段，末句完整。园区：赣州经开区（赣州，江西）；章贡区等为县区（region），不列园区。项目：赣州中航新能源科技有限公司年产20万辆纯电动汽车、20亿AH动力锂电池生产项目（“本次投资额最大的60亿元”，属本次集中开工→开工；文中未说所在园区，park 为空——该企业在赣州经开区为文外知识）。事实：赣州市（“我市”）47个项目、223.9亿元、预计主营业务收入652亿元、利税73亿元（预计→target）；赣州经开区8个项目、114亿元；平均投资近5亿元（约，可选）。",
  "sk02"),
 parks=[
  park(GZ, "赣州", "江西", "经济技术开发区", B1, note="文中只作“赣州经开区”"),
 ],
 companies=[
  comp("赣州中航新能源科技有限公司", None, B3, note="文中未说所在园区"),
 ],
 projects=[
  proj(ZH, None, B3, companies=["赣州中航新能源科技有限公司"], inv="60亿元", status="开工", status_text="集中开工",
       note="“本次投资额最大的60亿元”；园区未说"),
 ],
 aggregate_facts=[
  fact("赣州市", "region", "projects_started", 47, "count", B0, AS2, note="文中“我市”"),
  fact("赣州市", "region", "projects_started_investment_cny", 2.239e10, "cny", B2, AS2, chk=True),
  fact("赣州市", "region", "expected_revenue_cny", 6.52e10, "cny", "竣工投产后预计可实现主营业务收入652亿元,利税73亿元", "竣工投产后（预计）", kind="target", opt=True, chk=True),
  fact("赣州市", "region", "expected_profit_tax_cny", 7.3e9, "cny", "利税73亿元", "竣工投产后（预计）", kind="target", opt=True, chk=True),
  fact("赣州市", "region", "avg_project_investment_cny", 5e8, "cny", "此次开工建设的重大项目,平均投资近5亿元", AS2, qual="约", qtext="近", opt=True, chk=True),
  fact(GZ, "park", "projects_started", 8, "count", B1, AS2),
  fact(GZ, "park", "projects_started_investment_cny", 1.14e10, "cny", "赣州经开区集中开工8个重大项目,总投资114亿元", AS2, chk=True),
  fact(ZH, "project", "expected_output_cny", 2.4e10, "cny", "该项目可实现产值240亿元,利税3.6亿元", "达产后（预计）", kind="target", opt=True, chk=True),
  fact(ZH, "project", "expected_profit_tax_cny", 3.6e8, "cny", "利税3.6亿元", "达产后（预计）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- sk03 国机智骏 赣州新能源汽车项目开工 (中国江西网 via evb.cn 2017)
KC = "赣州新能源汽车科技城"
C0 = "5月11日上午,在赣州经开区的赣州新能源汽车科技城内,总投资80亿元的国机智骏汽车有限公司赣州新能源汽车项目正式开工"
C1 = "据悉,该项目自3月27日签约落户赣州以来,赣州经开区集中人力、物力、财力"
C2 = "力争通过3年至5年形成年产10万辆新能源乘用车的产能,最终实现年产30万辆新能源乘用车的目标"
GJ = "国机智骏汽车有限公司赣州新能源汽车项目"
G["sk03"] = dict(
 article=art("投资80亿 国机智骏汽车赣州新能源汽车项目今日开工", "中国江西网（周加相，记者王世龙），载于 evb.cn（第一电动汽车网类资讯站）", "2017-05-11", "day",
  "Provincial news portal's report relayed by an EV trade site, Jiangxi: a state group's new-energy car project starting in a sub-park of an economic development zone, its total, its signing date, site work done and capacity targets",
  "http://evb.cn/news/show-5830.html",
  "日期取页面“发布日期:2017-05-11”（文中“5月11日上午”开工）。标题照录；热搜栏、路径、字体/日期/浏览次数行、重复首句的“核心提示”、页尾工具栏与站点栏已删。正文两段，完整。园区：赣州经开区（赣州，江西）；赣州新能源汽车科技城（“在赣州经开区的赣州新能源汽车科技城内”→parent 赣州经开区）。公司：国机智骏汽车有限公司（在科技城）；国机集团、国机汽车为出席方/母公司（可选，园区空）。项目：国机智骏汽车有限公司赣州新能源汽车项目，总投资80亿元，正式开工（3月27日签约落户，见项目 note）。产能目标（3至5年10万辆，最终30万辆）为可选 target 事实。",
  "sk03"),
 parks=[
  park(GZ, "赣州", "江西", "经济技术开发区", C0, note="文中只作“赣州经开区”"),
  park(KC, "赣州", "江西", "产业园", C0, parent=GZ, note="“在赣州经开区的赣州新能源汽车科技城内”"),
 ],
 companies=[
  comp("国机智骏汽车有限公司", KC, C0),
  comp("国机集团", None, "国机集团党委常委、副总经理孙德润", opt=True, note="出席方（母集团）"),
  comp("国机汽车", None, "国机汽车董事长陈有权", opt=True, note="出席方"),
 ],
 projects=[
  proj(GJ, KC, C0, companies=["国机智骏汽车有限公司"], inv="总投资80亿元", status="开工", status_text="正式开工",
       note="3月27日签约落户赣州；园区为赣州经开区内的赣州新能源汽车科技城"),
 ],
 aggregate_facts=[
  fact(GJ, "project", "planned_capacity_vehicles", 100000, "vehicles/yr", C2, "3年至5年内（目标）", kind="target", opt=True),
  fact(GJ, "project", "final_capacity_vehicles", 300000, "vehicles/yr", C2, "最终（目标）", kind="target", opt=True),
  fact(GJ, "project", "site_leveling_m3", 1.6e6, "m3", "已完成场地平场160万立方米,约占总工程量的75%", "2017年5月11日", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- sk04 阜阳合肥现代产业园区 (央广网 2020)
FH = "阜阳合肥现代产业园区"
D0 = "作为2011年安徽省及合肥市、阜阳市两级三方合作共建的省级开发园区,阜阳合肥现代产业园区已形成14平方公里的建设框架、10平方公里的建成区"
D1 = "近三年,园区经营收入年均增长率达90%,工业总产值年均增长率达60%"
D2 = "预计到2020年底,域内总人口近8万人,年经营收入可达145亿元以上,固定资产投入75亿元以上"
D3 = "自2013年5月落户阜合现代产业园区以来,阜阳欣奕华发展迅速"
XY = "阜阳欣奕华材料科技有限公司"
AS4 = "2020年末（预计）"
G["sk04"] = dict(
 article=art("（无标题）阜阳合肥现代产业园区：近三年经营收入年均增长90% 欣奕华彩色光刻胶填补国内空白", "央广网（安徽频道，记者徐秋韵）", "2020-06-25", "day",
  "National broadcaster's web site, Anhui channel: a provincial co-built park at a press conference series — built-up area, assessment rankings, three-year growth rates, year-end targets, one firm in the park with its capacity, an incubator due to open",
  "http://www.cnr.cn/ah/jhfc/20200625/t20200625_525144405.shtml",
  "日期取网址 20200625 与导语“央广网合肥6月25日消息”。存段无标题（title 为编者概括），从导语起。图注“阜阳合肥现代产业园。”已删。存段在末段“阜阳复旦科技园依托”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…复旦科技园今年10月份将投入使用。”，共四段。园区：阜阳合肥现代产业园区（文中又作“阜合现代产业园区”；阜阳，安徽；省级开发园区，合肥与阜阳合作共建）。公司：阜阳欣奕华材料科技有限公司（2013年5月落户园区；又作“阜阳欣奕华”）。复旦科技园（“在产业孵化上”，今年10月投入使用）作在建项目（可选；园区由语境推定）。事实：建设框架14平方公里、建成区10平方公里；近三年经营收入、工业总产值年均增速（ratio）；“预计到2020年底”年经营收入145亿元以上、固定资产投入75亿元以上（target，以上→超）；欣奕华产能（可选）。排名类（南北合作共建园区考核第1名等）不计。",
  "sk04"),
 parks=[
  park(FH, "阜阳", "安徽", "省级开发园区", D0, aliases=["阜合现代产业园区"], note="合肥市、阜阳市合作共建"),
 ],
 companies=[
  comp(XY, FH, D3, aliases=["阜阳欣奕华"], note="2013年5月落户园区"),
 ],
 projects=[
  proj("复旦科技园", FH, "在产业孵化上,总面积达10万平方米的复旦科技园今年10月份将投入使用", status="在建", status_text="今年10月份将投入使用",
       opt=True, note="园区由语境推定；无金额"),
 ],
 aggregate_facts=[
  fact(FH, "park", "planned_framework_area_km2", 14, "km2", D0, "2020年6月", opt=True),
  fact(FH, "park", "built_up_area_km2", 10, "km2", D0, "2020年6月"),
  fact(FH, "park", "operating_revenue_avg_annual_growth", 0.90, "ratio", D1, "近三年（至2020年）", kind="ratio"),
  fact(FH, "park", "industrial_output_avg_annual_growth", 0.60, "ratio", D1, "近三年（至2020年）", kind="ratio"),
  fact(FH, "park", "operating_revenue_cny", 1.45e10, "cny", "年经营收入可达145亿元以上,固定资产投入75亿元以上", AS4, kind="target", qual="超", qtext="以上", chk=True),
  fact(FH, "park", "fixed_asset_investment_cny", 7.5e9, "cny", "固定资产投入75亿元以上", AS4, kind="target", qual="超", qtext="以上", chk=True),
  fact(FH, "park", "population", 80000, "persons", D2, AS4, kind="target", qual="约", qtext="近", opt=True),
  fact(XY, "company", "capacity_t", 3000, "t/yr", "目前已具备年产3000吨以上彩色光刻胶生产能力和3000吨的可扩充产能", "2020年6月", qual="超", qtext="以上", opt=True),
 ])

# ---------------------------------------------------------------- sk05 合肥經開區107個重大項目開工 (文匯網 2020)
HF = "合肥經開區"
KG = "合肥空港經濟示範區"
E0 = "安徽省第五批貫徹「六穩」暨合肥經開區重大項目•空港國際小鎮集中開工動員大會,在合肥空港經濟示範區舉行"
E1 = "此次集中開工項目107個,包括產業類項目63個、總投資838億元,工程類項目44個、總投資288億元"
E2 = "其中,在產業類項目方面,有東華軟件總部基地、蔚來汽車中國總部、華東科技存儲器封測等55個戰略性新興產業項目,總投資達775億元"
E3 = "在此次集中開工項目中,由華僑城集團在合肥經開區投建的合肥空港國際小鎮亦正式開工"
E4 = "總佔地面積約9.2平方公里,計劃總投資額約500億元"
KGX = "合肥空港國際小鎮"
AS5 = "2020年5月8日（集中開工）"
G["sk05"] = dict(
 article=art("合肥107個重大項目開工 總投資超千億", "文匯網（香港文匯網，記者趙臣）", "2020-05-08", "day",
  "Hong Kong paper's news site (traditional script as published), Anhui: a national economic development zone's batch of 107 projects started, split by type with totals, three named strategic projects, and a developer's airport town with its planned total and first-phase timetable",
  "http://news.wenweipo.com/2020/05/08/IN2005080065.htm",
  "繁體，照原刊（香港文匯網，非轉換本）。日期取頁面“2020-05-08”。標題照錄；欄目路徑、日期行、四條圖註（“…記者趙臣攝”）已刪。存段在“華僑城集團總經理”處中斷，該殘行已刪（make_txt.py ITEMS 截至上一段），正文截至“…預計於2021年10月起逐步建成投用。”，含小標題一行，共四段。園區：合肥經開區（合肥，安徽）；合肥空港經濟示範區（開工動員大會舉行地，可選；文中未明說隸屬，parent 空）；合肥濱湖科學城（可選）。項目：合肥空港國際小鎮（華僑城集團在合肥經開區投建，“計劃總投資額約500億元”→約，正式開工）；東華軟件總部基地、蔚來汽車中國總部、華東科技存儲器封測（在合肥經開區集中開工，無單項金額）。事實：107個項目、1126億元（開篇），產業類63個/838億元，工程類44個/288億元，戰略性新興產業55個/775億元；空港國際小鎮佔地約9.2平方公里、一期約1040畝（可選）。",
  "sk05"),
 parks=[
  park(HF, "合肥", "安徽", "经济技术开发区", E3, note="文中又作“該區”"),
  park(KG, "合肥", "安徽", "空港经济示范区", E0, opt=True, note="動員大會舉行地；又作“空港經濟示範區”；隸屬未明說"),
  park("合肥濱湖科學城", "合肥", "安徽", "科学城", "該項目位於合肥濱湖科學城「國際合作組團」、空港經濟示範區核心區", opt=True, note="只作項目區位"),
 ],
 companies=[
  comp("華僑城集團", HF, E3, note="在合肥經開區投建合肥空港國際小鎮"),
  comp("東華軟件", HF, E2, opt=True, note="只在項目名中"),
  comp("蔚來汽車", HF, E2, opt=True, note="只在項目名中"),
  comp("華東科技", HF, E2, opt=True, note="只在項目名中"),
 ],
 projects=[
  proj(KGX, HF, "由華僑城集團在合肥經開區投建的合肥空港國際小鎮亦正式開工。該項目位於合肥濱湖科學城「國際合作組團」、空港經濟示範區核心區,總佔地面積約9.2平方公里,計劃總投資額約500億元",
       companies=["華僑城集團"], inv="計劃總投資額約500億元", qual="约", qual_text="約", aliases=["空港國際小鎮"],
       status="开工", status_text="正式開工", note="小標題作“華僑城擬投500億建空港國際小鎮”；一期啟動區約1040畝，預計2021年10月起逐步建成投用"),
  proj("東華軟件總部基地", HF, E2, companies=["東華軟件"], status="开工", status_text="集中開工"),
  proj("蔚來汽車中國總部", HF, E2, companies=["蔚來汽車"], status="开工", status_text="集中開工"),
  proj("華東科技存儲器封測", HF, E2, companies=["華東科技"], status="开工", status_text="集中開工"),
 ],
 aggregate_facts=[
  fact(HF, "park", "projects_started", 107, "count", "此次集中開工項目共107個,總投資1126億元", AS5),
  fact(HF, "park", "projects_started_investment_cny", 1.126e11, "cny", "此次集中開工項目共107個,總投資1126億元", AS5, chk=True),
  fact(HF, "park", "industrial_projects_started", 63, "count", E1, AS5),
  fact(HF, "park", "industrial_projects_started_investment_cny", 8.38e10, "cny", "包括產業類項目63個、總投資838億元", AS5, chk=True),
  fact(HF, "park", "engineering_projects_started", 44, "count", E1, AS5, opt=True),
  fact(HF, "park", "engineering_projects_started_investment_cny", 2.88e10, "cny", "工程類項目44個、總投資288億元", AS5, opt=True, chk=True),
  fact(HF, "park", "strategic_emerging_projects_started", 55, "count", E2, AS5),
  fact(HF, "park", "strategic_emerging_projects_started_investment_cny", 7.75e10, "cny", "55個戰略性新興產業項目,總投資達775億元", AS5, chk=True),
  fact(KGX, "project", "site_area_km2", 9.2, "km2", E4, AS5, qual="约", qtext="約", opt=True),
  fact(KGX, "project", "phase1_site_area_mu", 1040, "mu", "一期啟動區佔地約1040畝,總建築面積約128萬平方米", AS5, qual="约", qtext="約", opt=True),
 ])

# ---------------------------------------------------------------- sk06 安巢經開區113個項目集中籤約開工 (香港商報網 2019)
AC = "安徽巢湖經濟開發區"
F0 = "5月25日上午,安徽巢湖經濟開發區2019年高質量發展項目集中籤約暨集中開工活動,在合巢產業新城皖維項目開工現場舉行"
F1 = "此次集中籤約的70個項目,總投資651.7億元;集中開工的43個項目,總投資257.57億元"
F2 = "簽約了包括華熙國際科技產業園、華僑城溫泉小鎮、歐康諾芯片測試設備生產基地、中泰機械人智能車庫生產基地、上海電氣儲能產品研發製造及儲能產業園等一批戰略性新興產業項目"
F3 = "落戶了融捷新能源動力電池循環產業園、華清3D玻璃研發製造、皖維偏光片等重點項目"
AS6 = "2019年5月25日（集中籤約暨集中開工）"
G["sk06"] = dict(
 article=art("安巢經開區113個項目集中籤約開工總投資909億元", "香港商報網（hkcd.com，安徽·每日經濟欄）", "2019-05-26", "day",
  "Hong Kong paper's web site (article body in traditional script as published; site chrome simplified), Anhui: a zone's joint signing and groundbreaking of 113 projects with counts and totals, named signed and landed projects, the zone's area and titles",
  "http://www.hkcd.com/content_p/2019-05/26/content_74991.html",
  "正文繁體，照原刊（香港商報網自刊；欄目路徑與“来源:香港商报网”為簡體站框，已刪）。日期取頁面“2019-05-26”（活動在5月25日）。標題照錄；欄目路徑、日期行、來源行、圖註“安巢經開區113個項目集中籤約和開工現場”已刪。存段末段“近年來,他們堅持走…正在建設合肥國家綜合大科”在句中中斷，整段刪去（make_txt.py ITEMS 截至上一段），正文截至“…已成功創建國家級旅遊度假區。”，含小標題一行，共四段。園區：安徽巢湖經濟開發區（又作“安巢經開區”“安徽巢湖經開區”；合肥市代管巢湖市，安徽；管轄面積61平方公里）；合巢產業新城（與經開區並列，可選）。項目：五個簽約項目（簽約）；融捷新能源動力電池循環產業園、華清3D玻璃研發製造、皖維偏光片（“落戶了”→無狀態）。活動在“合巢產業新城皖維項目開工現場”舉行，皖維項目開工未單列。事實：簽約70個/651.7億元，開工43個/257.57億元，標題合計113個/909億元（可選）。",
  "sk06"),
 parks=[
  park(AC, "合肥", "安徽", "经济开发区", F0, district="巢湖市", aliases=["安巢經開區", "安徽巢湖經開區"], note="合肥市管四大開發區之一"),
  park("合巢產業新城", "合肥", "安徽", "产业新城", F0, district="巢湖市", opt=True, note="與安巢經開區並列提及；活動舉行地"),
 ],
 companies=[
  comp("上海電氣", AC, F2, opt=True, note="只在項目名中"),
  comp("皖維", AC, F3, opt=True, note="只在項目名中（皖維偏光片、皖維項目）"),
  comp("融捷", AC, F3, opt=True, note="只在項目名中"),
  comp("華僑城", AC, F2, opt=True, note="只在項目名中"),
 ],
 projects=[
  proj("華熙國際科技產業園", AC, F2, status="签约", status_text="簽約"),
  proj("華僑城溫泉小鎮", AC, F2, status="签约", status_text="簽約"),
  proj("歐康諾芯片測試設備生產基地", AC, F2, status="签约", status_text="簽約"),
  proj("中泰機械人智能車庫生產基地", AC, F2, status="签约", status_text="簽約"),
  proj("上海電氣儲能產品研發製造及儲能產業園", AC, F2, companies=["上海電氣"], status="签约", status_text="簽約"),
  proj("融捷新能源動力電池循環產業園", AC, F3, status=None, status_text="落戶", note="“落戶了”，狀態不定"),
  proj("華清3D玻璃研發製造", AC, F3, status=None, status_text="落戶", note="“落戶了”，狀態不定"),
  proj("皖維偏光片", AC, F3, status=None, status_text="落戶", note="“落戶了”；活動在“合巢產業新城皖維項目開工現場”舉行，或即此項目（未明說）"),
 ],
 aggregate_facts=[
  fact(AC, "park", "projects_signed", 70, "count", F1, AS6),
  fact(AC, "park", "signed_investment_cny", 6.517e10, "cny", F1, AS6, chk=True),
  fact(AC, "park", "projects_started", 43, "count", F1, AS6),
  fact(AC, "park", "projects_started_investment_cny", 2.5757e10, "cny", "集中開工的43個項目,總投資257.57億元", AS6, chk=True),
  fact(AC, "park", "projects_signed_and_started", 113, "count", "安巢經開區113個項目集中籤約開工總投資909億元", AS6, opt=True, note="標題合計"),
  fact(AC, "park", "signed_and_started_investment_cny", 9.09e10, "cny", "總投資909億元", AS6, opt=True, chk=True, note="標題合計（651.7+257.57≈909）"),
  fact(AC, "park", "area_km2", 61, "km2", "安徽巢湖經開區是合肥市管四大開發區之一,管轄面積61平方公里", "2019年5月"),
 ])
