# real429 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim, in the script the item was published in (ll01 and ll05 traditional, the rest
# simplified; nothing converted); names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约
# (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts
# it); an amount that is not digits+万元/亿元 (“15亿”, “120多億元”) stays in investment_text with investment_cny null, or in a
# fact whose metric has no _cny suffix. Projects: the park is the one the text places the project in, null if none (a county or
# district is not a park). Status from the text's words (动工 / 开工 → 开工; 建成投产 / 投产 → 投产; 签约 / 签订 → 签约; “引进”
# alone → no status). Sources are `search` (corpus pages) excerpts typed into _raw/pages/llNN.raw as returned.

# ---------------------------------------------------------------- ll01 汕頭濠江區 六大園區 (文匯報 2009, traditional)
HJ = "汕頭產業轉移工業園濠江片區"
NS = "南山灣工業園"
L1_0 = "濠江區致力打造「汕頭產業轉移工業園濠江片區」、「南山灣工業園」、「廣澳物流園」、「大三聯工業區」、「塔頭危險品倉儲區」、「青籃工業區」6大專業園區"
L1_1 = "汕頭產業轉移工業園濠江片區——屬廣東省產業轉移示範園區一期建設範圍,規劃面積6700畝,產業定位為電子信息業、裝備製造業"
L1_2 = "濠江區政府已利用中行的首期3億元貸款,用於園區土地一級開發"
L1_3 = "南山灣工業園——規劃面積7804畝,距離廣澳深水港僅5分鐘車程"
L1_4 = "汕頭市委、市政府計劃以南山灣工業園為核心,連同周邊區域,打造粵台經貿合作試驗區"
L1_5 = "7月份完成園區土地徵用,10月份全面啟動園區「七通一平」配套建設"
G["ll01"] = dict(
 article=art("（無標題）汕頭濠江區六大專業園區", "文匯報（香港），paper.wenweipo.com", "2009-12-04", "day",
  "Hong Kong daily's print edition (traditional script as published), Guangdong feature page: a Shantou district head presents the district's six specialised parks — the Shantou industrial-transfer park's Haojiang section (area, industries, bank loan for land development, land requisition and infrastructure start) and Nanshanwan park (area, planned Guangdong–Taiwan zone)",
  "http://paper.wenweipo.com/2009/12/04/zt0912040058.htm",
  "日期取网址 2009/12/04。存段无标题行（title 为编者概括）；页面按钮“放大圖片”与末行“|”已删；图片说明“■濠江區林廣華區長接受工業基地牌匾(左一)”照录为首段。正文繁体，照录，未转换。园区：汕頭產業轉移工業園濠江片區（汕头市濠江区；上级“汕頭產業轉移工業園”只在名称中，列为可选园区）、南山灣工業園，另四个“專業園區”只列名（廣澳物流園、大三聯工業區、青籃工業區；塔頭危險品倉儲區为仓储区，可选）；粵台經貿合作試驗區为规划中的试验区（可选）。“中行的首期3億元貸款”是贷款额，不是项目投资额，记为园区事实；“七通一平”配套建设（10月份全面啟動）列为可选项目。“廣東省產業轉移示範園區”是认定称号，不列园区。",
  "ll01"),
 parks=[
  park(HJ, "汕头", "广东", "产业转移工业园（片区）", L1_1, district="濠江区", parent="汕頭產業轉移工業園",
       note="省产业转移示范园区一期建设范围；文中又作“園區”"),
  park("汕頭產業轉移工業園", "汕头", "广东", "产业转移工业园", L1_1, opt=True, note="只在片区名称中出现"),
  park(NS, "汕头", "广东", "工业园", L1_3, district="濠江区"),
  park("廣澳物流園", "汕头", "广东", "物流园", L1_0, district="濠江区", note="只列名"),
  park("大三聯工業區", "汕头", "广东", "工业区", L1_0, district="濠江区", note="只列名"),
  park("青籃工業區", "汕头", "广东", "工业区", L1_0, district="濠江区", note="只列名"),
  park("塔頭危險品倉儲區", "汕头", "广东", "仓储区", L1_0, district="濠江区", opt=True, note="只列名；危险品仓储区"),
  park("粵台經貿合作試驗區", "汕头", "广东", "经贸合作试验区（规划）", L1_4, opt=True, note="计划以南山灣工業園为核心打造"),
 ],
 institutions=[
  inst("中行", L1_2, kind="bank", note="提供首期3億元貸款"),
  inst("中國印製電路行業協會", "是中國印製電路行業協會授牌建設的全國三大電子電路工業基地之一", kind="association"),
  inst("濠江區政府", L1_2),
 ],
 projects=[
  proj("園區「七通一平」配套建設", HJ, L1_5, status="开工", status_text="全面啟動", opt=True,
       note="基础设施；无投资额（3億元是用于土地一级开发的贷款）"),
 ],
 aggregate_facts=[
  fact(HJ, "park", "planned_area_mu", 6700, "mu", L1_1, "2009年"),
  fact(HJ, "park", "bank_loan_cny", 3e8, "cny", L1_2, "2009年", chk=True, note="中行首期贷款，用于园区土地一级开发"),
  fact(NS, "park", "planned_area_mu", 7804, "mu", L1_3, "2009年"),
  fact("濠江區", "region", "specialised_parks", 6, "count", L1_0, "2009年", opt=True),
 ])

# ---------------------------------------------------------------- ll02 清远 10大重点项目动工 (2010)
LT = "龙塘工业园"
QG = "清远高新技术产业开发区"
ZS = "清远再生资源工业园区"
L2_0 = "13日,清远市举行10大重点项目动工仪式"
L2_1 = "清远市10大重点项目涉及工业、农业、交通、市政、民生等方面,计划总投资257.7亿元"
L2_2 = "广东(清远)微型汽车生产基地:该基地由重庆小康汽车产业(集团)有限公司投资兴建,总投资12亿元人民币"
L2_3 = "项目首期投资6亿元,年产微车20万辆,预计可实现工业产值50亿元"
L2_4 = "广(州)乐(昌)高速公路清远段工程:该工程起于英德与韶关交界处的月岭下"
L2_5 = "清远再生资源工业园区循环经济A区):该园区由清远市进丰再生资源开发有限公司投资建设,位于清远高新技术产业开发区龙塘工业园内,建设总规模4000多亩,总投资额15亿"
L2_6 = "工业园一期1000亩已建成,引进企业10家"
L2_7 = "首期规划在县城三江镇六联村建设一个适度超前、功能齐全、占地面积346亩的高寒山区自愿移民试点村,投资预算4.2亿元"
G["ll02"] = dict(
 article=art("（无标题）清远市10大重点项目动工", "cm.hczyw.com（原刊媒体未署）", "2010-01-14", "day",
  "Local news site relaying a city item, Guangdong (Qingyuan): ten key projects started during a provincial on-site meeting — total planned investment, a micro-car production base with its investor and sums, an expressway section, a recycling industrial park inside a high-tech zone's sub-park (developer, area, investment, phases), a resettlement village",
  "https://cm.hczyw.com/2010/0114/61473.html",
  "日期取网址 2010/0114（动工仪式在“13日”）。存段无标题行（title 为编者概括）、无署名。存段在末段“民族特色饮食以”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…共安置2000户移民群众。”。原文“清远再生资源工业园区循环经济A区)”缺左括号，照录。园区：清远高新技术产业开发区、其内的龙塘工业园、龙塘工业园内的清远再生资源工业园区（由进丰公司投资建设，同时列为项目）。项目：四个有名称的重点项目均以“动工仪式”→开工；微型汽车生产基地总投资12亿元（首期6亿元），计划2010年下半年建成投产，文中只说“进驻园区”，未点名园区→park null；高速公路清远段“投资约132.6亿元”→约；再生资源工业园区“总投资额15亿”无“元”字，investment_cny 留空；移民新村“投资预算4.2亿元”（可选，非产业项目）。",
  "ll02"),
 parks=[
  park(QG, "清远", "广东", "高新技术产业开发区", L2_5),
  park(LT, "清远", "广东", "工业园", L2_5, parent=QG),
  park(ZS, "清远", "广东", "再生资源工业园区", L2_5, parent=LT, note="标题式写法“清远再生资源工业园区循环经济A区)”；由进丰公司投资建设；同时列为项目"),
 ],
 companies=[
  comp("重庆小康汽车产业(集团)有限公司", None, L2_2, note="微型汽车生产基地投资方；园区未点名"),
  comp("清远市进丰再生资源开发有限公司", LT, L2_5, note="清远再生资源工业园区的投资建设方；位置取园区所在"),
 ],
 projects=[
  proj("广东(清远)微型汽车生产基地", None, L2_2, companies=["重庆小康汽车产业(集团)有限公司"], inv="总投资12亿元",
       status="开工", status_text="动工仪式", first_phase_investment_text="项目首期投资6亿元",
       note="首期投资6亿元；计划2010年下半年建成投产；“将带动一批汽车配件生产企业进驻园区”，园区未点名"),
  proj("广(州)乐(昌)高速公路清远段工程", None, "路线全长117公里,投资约132.6亿元", inv="投资约132.6亿元", qual="约", qual_text="约",
       status="开工", status_text="动工仪式", note="交通基础设施"),
  proj("清远再生资源工业园区循环经济A区", LT, L2_5, companies=["清远市进丰再生资源开发有限公司"], inv="总投资额15亿", unparsed=True,
       status="开工", status_text="动工仪式", note="“15亿”无“元”字，investment_cny 留空；分三期，一期已建成"),
  proj("连南高寒山区自愿移民新村", None, L2_7, inv="投资预算4.2亿元", status="开工", status_text="动工仪式", opt=True,
       note="民生项目，不在园区"),
 ],
 aggregate_facts=[
  fact("清远市10大重点项目", "project_group", "planned_investment_cny", 2.577e10, "cny", L2_1, "2010年1月", chk=True),
  fact("清远市", "region", "key_projects_started", 10, "count", L2_0, "2010年1月13日"),
  fact("广东(清远)微型汽车生产基地", "project", "expected_annual_output_cny", 5e9, "cny", "预计可实现工业产值50亿元", "建成后（预期）",
       kind="target", chk=True),
  fact("广东(清远)微型汽车生产基地", "project", "first_phase_investment_cny", 6e8, "cny", "项目首期投资6亿元", "2010年1月", chk=True, opt=True),
  fact(ZS, "park", "firms", 10, "count", L2_6, "2010年1月", kind="cumulative", note="一期引进企业"),
  fact(ZS, "park", "planned_area_mu", 4000, "mu", L2_5, "2010年1月", qual="余", qtext="多", opt=True),
  fact(ZS, "park", "planned_firms_phase2", 25, "count", "二期1000亩,已完成征地手续,计划引进企业25家", "2010年1月", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- ll03 阳东 2011 (2012)
YD = "阳东经济开发区"
FC = "佛山禅城产业工业园区(东片)"
L3_0 = "阳东县重点加大阳东经济开发区的整合建设力度,加快推进佛山禅城产业工业园区(东片)配套设施建设"
L3_1 = "截至去年12月底,园区累计入园企业53家,其中建成投产企业40家(超亿元企业9家),在建企业4家,筹建企业9家"
L3_2 = "2011年,园区实现工业总产值46亿元,创造税收9477万元"
L3_3 = "先后引进了中海石油气电集团阳东燃气发电(首期)、阳东滨海环保产业园、阳江市大型家居建材专业市场、中国海产品展览中心、阳东双结非晶硅太阳能电池项目、香港勤兴软胶包袋制造等一批重点项目"
L3_4 = "2011年阳东县共引进项目28个,总投资额105.89亿元,年规模产值约149.17亿元"
L3_5 = "还有一批拟签约及重点在谈项目18个,总投资额约22.73亿元"
AS3 = "2011年末"
G["ll03"] = dict(
 article=art("2011阳东共引进项目28个 总投资额105.89亿元", "bkrhn.com（阳江动态·招商动态栏；原刊媒体未署）", "2012-01-12", "day",
  "Local site's investment-news column, Guangdong (Yangjiang, Yangdong county): a county's 2011 review — budget revenue, the development zone and the Foshan-Chancheng industrial-transfer park (east section) with firms entered / in production / under construction, output and tax, named key projects introduced, projects and investment introduced in the year",
  "http://bkrhn.com/yangjiangdongtai/71325.html",
  "日期取栏目行“| 招商动态 |2012-01-12”（已删）。标题照录；正文三段，完整。园区：阳东经济开发区、佛山禅城产业工业园区(东片)（阳江市阳东县）。“园区累计入园企业53家…”一句中的“园区”紧接佛山禅城产业工业园区(东片)一句，归于该园（推断，见 note）。项目：六个“引进”的重点项目，未说签约/动工状态→status 空，园区未指明→null；“阳东滨海环保产业园”以项目身份出现，另列为可选园区。县级数字（一般预算收入、全年引进项目、在谈项目、预计工业总产值）以阳东县为主体。",
  "ll03"),
 parks=[
  park(YD, "阳江", "广东", "经济开发区", L3_0, district="阳东县"),
  park(FC, "阳江", "广东", "产业转移工业园", L3_0, district="阳东县", note="佛山禅城区与阳东共建；文中又作“园区”"),
  park("阳东滨海环保产业园", "阳江", "广东", "环保产业园", L3_3, district="阳东县", opt=True, note="作为引进的重点项目出现"),
 ],
 companies=[
  comp("中海石油气电集团", None, L3_3, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("中海石油气电集团阳东燃气发电(首期)", None, L3_3, companies=["中海石油气电集团"], phase="首期", status_text="引进"),
  proj("阳东滨海环保产业园", None, L3_3, status_text="引进"),
  proj("阳江市大型家居建材专业市场", None, L3_3, status_text="引进"),
  proj("中国海产品展览中心", None, L3_3, status_text="引进"),
  proj("阳东双结非晶硅太阳能电池项目", None, L3_3, status_text="引进"),
  proj("香港勤兴软胶包袋制造", None, L3_3, status_text="引进"),
 ],
 aggregate_facts=[
  fact(FC, "park", "firms", 53, "count", L3_1, AS3, kind="cumulative", note="“园区”归属推断"),
  fact(FC, "park", "firms_in_production", 40, "count", L3_1, AS3, kind="cumulative"),
  fact(FC, "park", "firms_over_100m", 9, "count", L3_1, AS3, opt=True, note="超亿元企业"),
  fact(FC, "park", "firms_under_construction", 4, "count", L3_1, AS3),
  fact(FC, "park", "firms_preparing", 9, "count", L3_1, AS3, opt=True, note="筹建企业"),
  fact(FC, "park", "industrial_output_cny", 4.6e9, "cny", L3_2, "2011年", chk=True),
  fact(FC, "park", "tax_revenue_cny", 9.477e6, "cny", "创造税收9477万元", "2011年", chk=True),
  fact("阳东县", "region", "general_budget_revenue_cny", 7.2e8, "cny", "达7.20亿元,比上年增长35.3%", "2011年", chk=True),
  fact("阳东县", "region", "general_budget_revenue_yoy_growth", 0.353, "ratio", "达7.20亿元,比上年增长35.3%", "2011年", kind="ratio", opt=True),
  fact("阳东县", "region", "projects_introduced", 28, "count", L3_4, "2011年"),
  fact("阳东县", "region", "projects_introduced_investment_cny", 1.0589e10, "cny", L3_4, "2011年", chk=True),
  fact("阳东县", "region", "projects_introduced_expected_output_cny", 1.4917e10, "cny", "年规模产值约149.17亿元", "2011年", qual="约", qtext="约",
       chk=True, opt=True),
  fact("阳东县", "region", "pipeline_projects", 18, "count", L3_5, "2011年末", opt=True, note="拟签约及重点在谈"),
  fact("阳东县", "region", "pipeline_projects_investment_cny", 2.273e9, "cny", "总投资额约22.73亿元", "2011年末", qual="约", qtext="约",
       chk=True, opt=True),
  fact("阳东县", "region", "industrial_output_cny", 3.02e10, "cny", "预计全县工业总产值达302亿元,增长23%", "2011年（预计）", kind="target",
       chk=True, opt=True),
 ])

# ---------------------------------------------------------------- ll04 新能源汽车制造项目落户湛江 (湛江日报 2016)
HD = "海东新区产业转移集聚地"
WL = "广东万里新能源汽车制造有限公司"
L4_0 = "二是海东新区产业转移集聚地与广东万里新能源汽车制造有限公司签订新能源汽车制造项目,此项目金额达10亿元"
L4_1 = "一是湛江市政府和国开行广东分行签订开发性金融支持产业园区提质增效合作备忘录"
L4_2 = "将支持廉江市水东烈功能区1600亩建设、金山片区建设等六个项目,项目总投资额达到100亿元,其中国开行融资60亿元"
G["ll04"] = dict(
 article=art("新能源汽车制造项目落户湛江", "湛江日报（郭春皇、梁伟霞），gdzjdaily.com.cn（湛江云媒）", "2016-08-18", "day",
  "City daily on its news portal, Guangdong (Zhanjiang): at a provincial matchmaking conference for industrial-transfer parks the city signs two items — a development-bank memorandum supporting six park projects (total investment, bank financing) and a new-energy vehicle project in an industrial-transfer cluster with its sum",
  "https://www.gdzjdaily.com.cn/p/2719185.html",
  "日期取页面“2016-08-18 09:39 来源:湛江日报 作者:郭春皇 梁伟霞”（已删）；页首“登录湛江云媒账号”、页尾评论框与“湛图片”链接已删。标题照录；正文三段，完整（会议在“昨日”即8月17日）。园区：海东新区产业转移集聚地（湛江）；“廉江市水东烈功能区”“金山片区”为被支持的建设项目所在片区，列为可选园区。项目：新能源汽车制造项目（海东新区产业转移集聚地与广东万里新能源汽车制造有限公司签订→签约；“此项目金额达10亿元”）。国开行备忘录支持的六个项目只给合计（100亿元，其中国开行融资60亿元），记为事实，不拆项目。",
  "ll04"),
 parks=[
  park(HD, "湛江", "广东", "产业转移集聚地", L4_0),
  park("水东烈功能区", "湛江", "广东", "功能区", L4_2, district="廉江市", opt=True, note="原文“廉江市水东烈功能区1600亩建设”"),
  park("金山片区", "湛江", "广东", "片区", L4_2, opt=True, note="所在县区未写明"),
 ],
 companies=[
  comp(WL, HD, L4_0),
 ],
 institutions=[
  inst("国开行广东分行", L4_1, kind="bank", opt=False, note="文中又作“开发银行广东分行”“国开行”"),
  inst("湛江市经信局", "市委常委吴建林率领市经信局及我市各产业转移园、产业转移集聚地负责人参加会议"),
  inst("湛江市政府", L4_1),
 ],
 projects=[
  proj("新能源汽车制造项目", HD, L4_0, companies=[WL], inv="金额达10亿元", status="签约", status_text="签订"),
 ],
 aggregate_facts=[
  fact("国开行支持湛江产业园区的六个项目", "project_group", "total_investment_cny", 1e10, "cny", "项目总投资额达到100亿元,其中国开行融资60亿元",
       "2016年8月", chk=True, note="含廉江市水东烈功能区1600亩建设、金山片区建设等"),
  fact("国开行支持湛江产业园区的六个项目", "project_group", "bank_financing_cny", 6e9, "cny", "其中国开行融资60亿元", "2016年8月", chk=True),
  fact("湛江市", "region", "projects_signed", 2, "count", "我市现场签约两个项目", "2016年8月17日"),
  fact("广东省产业转移园承接珠三角产业梯度转移对接大会", "event", "parks_attending", 83, "count",
       "270余家行业商协会、企业与全省83个产业园区参会对接", "2016年8月17日", opt=True),
 ])

# ---------------------------------------------------------------- ll05 韶關曲江區14個重大項目 (香港商報 2020, traditional)
L5_0 = "7月17日,廣東省韶關市曲江區14個重大項目集中籤約、動工、投產,其中12個簽約及動工項目總投資120多億元,2個重點項目竣工投產"
L5_1 = "當天集中籤約、動工、投產的廣東嶺南感恩生物科技有限公司食品添加劑、廣東泰亞達光電有限公司遠望感光干膜、烏石物流園、華家班文旅小鎮、白土污泥處理等14個項目涵蓋了先進制造、生命健康、總部經濟、高端服務、科技創新等領域"
PN5 = "14個項目集中籤約、動工、投產；文中未分别说明各项目处于哪一阶段"
G["ll05"] = dict(
 article=art("（無標題）韶關曲江區14個重大項目集中籤約、動工、投產", "香港商報網（tp.hkcd.com；李芳、唐忠祥）", "2020-07-17", "day",
  "Hong Kong daily's web edition (traditional script as published), Guangdong (Shaoguan, Qujiang district): fourteen major projects signed, started and put into production on one day — total investment of the signed and started ones, two completed, five named projects and two named firms, the district's investment-promotion plans",
  "http://tp.hkcd.com/content_p/2020-07/17/content_99152.html",
  "日期取网址 2020-07/17 与正文“7月17日”。存段无标题行（title 为编者概括）。正文繁体，照录，未转换；图片说明“簽約現場”“動工現場”“華家班文旅小鎮效果圖”在存段中单独成行，照录为段落。无园区名称（曲江區为区县）。项目：五个点名项目，文中只说14个项目“集中籤約、動工、投產”，各项目阶段未分→status 空（status_text 记原词）；园区未点名→null。“12個簽約及動工項目總投資120多億元”非“数字+億元”格式，记为不带 _cny 后缀的事实（qualifier 余）。",
  "ll05"),
 companies=[
  comp("廣東嶺南感恩生物科技有限公司", None, L5_1),
  comp("廣東泰亞達光電有限公司", None, L5_1),
 ],
 institutions=[
  inst("廣東省農業農村廳", "廣東省農業農村廳副廳長程文章、韶關市委常委、統戰部長顏珂、副市長陳磊等領導及曲江區四套班子成員參加了此次活動"),
 ],
 projects=[
  proj("廣東嶺南感恩生物科技有限公司食品添加劑", None, L5_1, companies=["廣東嶺南感恩生物科技有限公司"], status_text="集中籤約、動工、投產", note=PN5),
  proj("廣東泰亞達光電有限公司遠望感光干膜", None, L5_1, companies=["廣東泰亞達光電有限公司"], status_text="集中籤約、動工、投產", note=PN5),
  proj("烏石物流園", None, L5_1, status_text="集中籤約、動工、投產", note=PN5),
  proj("華家班文旅小鎮", None, L5_1, status_text="集中籤約、動工、投產", note=PN5),
  proj("白土污泥處理", None, L5_1, status_text="集中籤約、動工、投產", note=PN5),
 ],
 aggregate_facts=[
  fact("曲江區", "region", "major_projects", 14, "count", L5_0, "2020年7月17日", note="集中籤約、動工、投產"),
  fact("曲江區", "region", "projects_signed_or_started", 12, "count", L5_0, "2020年7月17日"),
  fact("曲江區", "region", "signed_started_projects_investment", 1.2e10, "cny", L5_0, "2020年7月17日", qual="余", qtext="多",
       note="“120多億元”：非“数字+億元”，metric 不带 _cny 后缀"),
  fact("曲江區", "region", "projects_completed", 2, "count", L5_0, "2020年7月17日", note="竣工投產"),
 ])

# ---------------------------------------------------------------- ll06 梅县区“五个一批” (梅州日报 2022)
L6_0 = "昨日,梅县区举行“五个一批”活动,5个项目集中签约落地梅县区,计划总投资118亿元"
L6_1 = "共有8家银行对梅县区12家企业意向授信121.6亿元"
L6_2 = "活动先后举行了嘉元时代年产10万吨高性能电解铜箔项目动工仪式、国家能源集团梅县抽水蓄能电站项目签约暨前期工作办公室揭牌仪式"
E_GN = "国家能源集团广东电力有限公司计划投资110亿元建设装机容量180万千瓦抽水蓄能电站项目"
E_TB = "广东特变电气股份有限公司计划投资1.2亿元建设二期厂房及自动化设备项目"
E_SF = "梅州市盛富金属制品有限公司计划投资5亿元建设四期增资扩产项目"
E_JT = "梅州市梅县区嘉涛电子有限公司计划投资8000万元建设线路板及电子元配件生产项目"
E_JY = "广东嘉元供应链管理有限公司计划投资1亿元建设供应链管理、外贸进出口项目"
G["ll06"] = dict(
 article=art("梅县区举行“五个一批”活动 总投资118亿元5个项目签约落地", "梅州日报（吴丽伶、冯森达、王雅），meizhou.cn（梅州网）", "2022-06-09", "day",
  "City daily on its news portal, Guangdong (Meizhou, Meixian district): a district's “five batches” event — one named project started, five projects signed with their investors and planned sums, bank credit lines to local firms, a meeting on the real economy",
  "https://www.meizhou.cn/2022/0609/675578.shtml",
  "日期取页面“2022-06-09 09:52 来源: 梅州日报”（已删，连同报料热线行）。标题照录。存段在末段“工业经济发展势头良好、”处中断，该残句（“记者了解到,…”一句）已删（make_txt.py LINE_SUFFIX），正文截至“…纳税前10名工业企业。”。无园区名称（梅县区为区县）→项目 park 均为 null。项目：嘉元时代年产10万吨高性能电解铜箔项目（动工仪式→开工）；五个签约项目（国家能源集团梅县抽水蓄能电站项目 110亿元；广东特变电气二期扩产 1.2亿元；盛富金属四期扩产 5亿元；嘉涛电子线路板及电子元配件 8000万元；嘉元供应链 1亿元），均为“计划投资”。",
  "ll06"),
 companies=[
  comp("嘉元时代", None, L6_2, opt=True, note="只在项目名中"),
  comp("国家能源集团广东电力有限公司", None, E_GN, aliases=["国家能源集团"]),
  comp("广东特变电气股份有限公司", None, E_TB),
  comp("梅州市盛富金属制品有限公司", None, E_SF),
  comp("梅州市梅县区嘉涛电子有限公司", None, E_JT),
  comp("广东嘉元供应链管理有限公司", None, E_JY),
 ],
 projects=[
  proj("嘉元时代年产10万吨高性能电解铜箔项目", None, L6_2, companies=["嘉元时代"], status="开工", status_text="动工仪式"),
  proj("国家能源集团梅县抽水蓄能电站项目", None, E_GN, companies=["国家能源集团广东电力有限公司"], inv="计划投资110亿元",
       status="签约", status_text="签约暨前期工作办公室揭牌仪式", note="装机容量180万千瓦"),
  proj("广东特变电气股份有限公司二期扩产项目", None, E_TB, companies=["广东特变电气股份有限公司"], inv="计划投资1.2亿元", phase="二期",
       status="签约", status_text="招商项目签约仪式"),
  proj("梅州市盛富金属制品有限公司四期扩产项目", None, E_SF, companies=["梅州市盛富金属制品有限公司"], inv="计划投资5亿元", phase="四期",
       status="签约", status_text="招商项目签约仪式"),
  proj("梅州市梅县区嘉涛电子有限公司线路板及电子元配件生产项目", None, E_JT, companies=["梅州市梅县区嘉涛电子有限公司"],
       inv="计划投资8000万元", status="签约", status_text="招商项目签约仪式"),
  proj("广东嘉元供应链管理有限公司供应链管理、外贸进出口项目", None, E_JY, companies=["广东嘉元供应链管理有限公司"], inv="计划投资1亿元",
       status="签约", status_text="招商项目签约仪式"),
 ],
 aggregate_facts=[
  fact("梅县区", "region", "projects_signed", 5, "count", L6_0, "2022年6月8日"),
  fact("梅县区", "region", "projects_signed_investment_cny", 1.18e10, "cny", "计划总投资118亿元", "2022年6月8日", chk=True),
  fact("梅县区", "region", "bank_credit_intent_cny", 1.216e10, "cny", "意向授信121.6亿元", "2022年6月8日", chk=True,
       note="8家银行对12家企业"),
  fact("梅县区", "region", "firms_granted_credit", 12, "count", L6_1, "2022年6月8日", opt=True),
 ])

# ---------------------------------------------------------------- ll07 全国地级市第二!为河源点赞! (河源日报 2025)
HY = "河源国家高新区"
SJ = "河源国家高新区水经济产业园"
L7_0 = "2024年1月—11月,广东省河源全市新签约超亿元制造业项目140个"
L7_1 = "电子信息、水饮料及食品、先进材料、机械与模具产业规上工业增加值分别增长5.6%、10%、1.2%、9.6%"
L7_2 = "引进华勤技术、赛锐科技等超亿元制造业项目140个,推动华润怡宝、特区建工等建成投产"
L7_3 = "河源国家高新区水经济产业园,落户了农夫山泉、今麦郎、华润怡宝、紫泉饮料等一批水饮料及食品企业"
L7_4 = "中兴通讯、卓翼科技、农夫山泉、今麦郎、晟源永磁、固达机械等一批龙头企业、领军企业在河源投资兴业"
L7_5 = "截至目前,包括1个国家级高新区、2个省级高新区在内的8个工业园区已成为产业集聚高地"
L7_6 = "去年1月—11月,工业投资增长10%、占投资比重首超五成"
AS7 = "2024年1—11月"
G["ll07"] = dict(
 article=art("全国地级市第二!为河源点赞!", "河源日报，载于 ms.ccedn.com.cn", "2025-01-13", "day",
  "City daily relayed on a national portal, Guangdong (Heyuan): the city's 2024 manufacturing investment — projects over 100 million signed, growth of four industries, named firms brought in and put into production, a water-economy park in the national high-tech zone with its beverage firms, the city's eight industrial parks",
  "https://ms.ccedn.com.cn/news/item/20250112GQF4Q6YPO.html",
  "日期取页面“2025/01/13 12:23 来源:河源日报 阅读:9.3万”（已删）。标题照录。图片说明“农夫山泉生产线(资料图)”与“河源国家高新区水经济产业园,落户了…(资料图)”在存段中单独成行，照录为段落。存段末段“接下来,河源市将进一步落实省委省政府工作部”中断，整段不收（make_txt.py ITEMS），正文截至“…产业规模逐步扩大。”。园区：河源国家高新区、其水经济产业园（图片说明）。公司：农夫山泉、今麦郎、华润怡宝、紫泉饮料在水经济产业园；其余企业只说在河源（park null）。项目：华润怡宝、特区建工“建成投产”→投产（项目名即企业名；园区未就该句指明→null）；华勤技术、赛锐科技为引进的超亿元制造业项目（“超亿元”是档次，不作投资额；status 空，可选）。",
  "ll07"),
 parks=[
  park(HY, "河源", "广东", "国家级高新区", L7_3, note="文中只在“河源国家高新区水经济产业园”中出现"),
  park(SJ, "河源", "广东", "产业园（水饮料及食品）", L7_3, parent=HY),
 ],
 companies=[
  comp("农夫山泉", SJ, L7_3),
  comp("今麦郎", SJ, L7_3),
  comp("华润怡宝", SJ, L7_3, note="又见“推动华润怡宝、特区建工等建成投产”"),
  comp("紫泉饮料", SJ, L7_3),
  comp("华勤技术", None, L7_2),
  comp("赛锐科技", None, L7_2),
  comp("特区建工", None, L7_2),
  comp("中兴通讯", None, L7_4),
  comp("卓翼科技", None, L7_4),
  comp("晟源永磁", None, L7_4),
  comp("固达机械", None, L7_4),
 ],
 projects=[
  proj("华润怡宝", None, L7_2, companies=["华润怡宝"], status="投产", status_text="建成投产", note="项目名即企业名"),
  proj("特区建工", None, L7_2, companies=["特区建工"], status="投产", status_text="建成投产", note="项目名即企业名"),
  proj("华勤技术", None, L7_2, companies=["华勤技术"], status_text="引进", opt=True, note="超亿元制造业项目（档次，不作投资额）"),
  proj("赛锐科技", None, L7_2, companies=["赛锐科技"], status_text="引进", opt=True, note="超亿元制造业项目（档次，不作投资额）"),
 ],
 aggregate_facts=[
  fact("河源市", "region", "projects_signed", 140, "count", L7_0, AS7, kind="cumulative", note="新签约超亿元制造业项目"),
  fact("河源市电子信息产业", "industry", "value_added_yoy_growth", 0.056, "ratio", L7_1, AS7, kind="ratio"),
  fact("河源市水饮料及食品产业", "industry", "value_added_yoy_growth", 0.10, "ratio", L7_1, AS7, kind="ratio"),
  fact("河源市先进材料产业", "industry", "value_added_yoy_growth", 0.012, "ratio", L7_1, AS7, kind="ratio"),
  fact("河源市机械与模具产业", "industry", "value_added_yoy_growth", 0.096, "ratio", L7_1, AS7, kind="ratio"),
  fact("河源市", "region", "industrial_investment_yoy_growth", 0.10, "ratio", L7_6, AS7, kind="ratio"),
  fact("河源市", "region", "industrial_investment_share", 0.5, "ratio", L7_6, AS7, kind="ratio", qual="超", qtext="首超", opt=True),
  fact("河源市", "region", "industrial_parks", 8, "count", L7_5, "2025年1月", note="含1个国家级高新区、2个省级高新区"),
  fact("河源市", "region", "new_signed_projects_started_or_in_production_share", 0.5, "ratio",
       "五成以上新签约项目实现当年动工或投产", "2024年", kind="ratio", qual="超", qtext="以上", opt=True),
 ])
