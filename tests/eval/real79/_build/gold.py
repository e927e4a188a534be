# real79 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a county is not a park). Status from the text's words (开工 / 开工奠基 /
# 集中开工 / 集中启动 → 开工; 投产 → 投产; 签约 / 成功签约 → 签约; 落地建设 → 在建). “预计” / “建成后” / “投产后” figures are kind
# target. Sources are `search` (corpus pages) excerpts typed into _raw/pages/ywNN.raw as returned.

# ---------------------------------------------------------------- yw01 青州 市级三大工业园区 27个项目集中开工 (jcgcw 2013)
NS = "峱山经济发展区"
JK = "经济开发区"
KT = "卡特彼勒工业区"
A0 = "3月10日上午,总投资约214.4亿元的27个项目在市级三大工业园区集中开工奠基"
A1 = "青州高新技术国际创业园、香港中星模压工业托盘、山东华一医用高端包装材料等7个项目在峱山经济发展区集中开工"
A2 = "欧润医疗器械、山东贝隆杜仲新型天然橡胶、国家电网维修中心等12个项目在经济开发区集中开工奠基"
A3 = "康达机械有限公司轻卡汽车后桥生产、铸威新材料科技有限公司产能扩大等8个项目在卡特彼勒工业区集中开工奠基"
A4 = "与此同时,落户庙子镇工业园的?腾轮业项目,落户弥河镇工程机械工业园的腾邦物流、燕山机械加工、奥圣泰机电科技三个项目,落户高柳镇阳河工业园的东方钢构重钢扩建项目和中小企业创业基地二期项目,以及落户谭坊镇东山工业园的铁马机械、嘉华机械、冠泰管桩二期三个项目,落户东夏镇工业园的中海能源青州储油库项目和鲁东瓜子产业园项目,落户何官镇口埠工业园的山东华盛生物科技饮料营养蛋白项目,3月10日上午也进行了集中开工奠基"
MZ = "庙子镇工业园"
MH = "弥河镇工程机械工业园"
GL = "高柳镇阳河工业园"
TF = "谭坊镇东山工业园"
DX = "东夏镇工业园"
HG = "何官镇口埠工业园"
AS1 = "2013年3月10日（集中开工奠基）"
ST = dict(status="开工")
G["yw01"] = dict(
 article=art("总投资约214.4亿元的27个项目在市级三大工业园区集中开工奠基", "news.jcgcw.com（工程频道；原发媒体与署名未注明）", "2013-03-13", "day",
  "Industry news site relaying a county-level city item, Shandong (潍坊 青州): 27 projects start in the city's three city-level industrial parks — the total investment, each park's count and named projects, plus named projects started the same morning in six town industrial parks",
  "https://news.jcgcw.com/engineering/1713.html",
  "日期取页面日期行“2013-03-13 213 0”（后两数为浏览、评论数），该行与站点“核心提示”摘要行已删；文中“3月10日上午”即2013年3月10日。标题照录；正文三段，完整。城市：文中只说“全市”“市级三大工业园区”，未写市名；由“青州高新技术国际创业园”“中海能源青州储油库项目”及庙子、弥河、高柳、谭坊、东夏、何官诸镇推定为潍坊市辖青州市（city 记潍坊，district 记青州市，均为推定）。园区：市级三大工业园区=峱山经济发展区、经济开发区（文中只作泛称“经济开发区”，按原文记名，列可选）、卡特彼勒工业区；镇级园区六个（庙子镇工业园、弥河镇工程机械工业园、高柳镇阳河工业园、谭坊镇东山工业园、东夏镇工业园、何官镇口埠工业园），照录。项目：三大园区点名的8个项目与镇级园区的12个项目，状态均为开工（“集中开工”“集中开工奠基”），无单项金额；“?腾轮业项目”首字在存段中为问号（原页字符缺失），照录，列可选；“中小企业创业基地二期项目”“冠泰管桩二期”记 phase 二期。公司：康达机械有限公司、铸威新材料科技有限公司（卡特彼勒工业区项目业主）；其余项目名中的企业简称不另列。事实：27个项目、总投资约214.4亿元（三大园区合计，subject 记“市级三大工业园区”）；峱山7个、经济开发区12个、卡特彼勒工业区8个。",
  "yw01"),
 parks=[
  park(NS, "潍坊", "山东", "经济发展区", A1, district="青州市", note="市级三大工业园区之一；城市由语境推定"),
  park(JK, "潍坊", "山东", "经济开发区", A2, district="青州市", opt=True,
       note="文中只作泛称“经济开发区”（即该市的经济开发区，市名未写）；市级三大工业园区之一"),
  park(KT, "潍坊", "山东", "工业区", A3, district="青州市", note="市级三大工业园区之一"),
  park(MZ, "潍坊", "山东", "镇工业园", A4, district="青州市"),
  park(MH, "潍坊", "山东", "镇工业园（工程机械）", A4, district="青州市"),
  park(GL, "潍坊", "山东", "镇工业园", A4, district="青州市"),
  park(TF, "潍坊", "山东", "镇工业园", A4, district="青州市"),
  park(DX, "潍坊", "山东", "镇工业园", A4, district="青州市"),
  park(HG, "潍坊", "山东", "镇工业园", A4, district="青州市"),
 ],
 companies=[
  comp("康达机械有限公司", KT, A3, note="轻卡汽车后桥生产项目业主"),
  comp("铸威新材料科技有限公司", KT, A3, note="产能扩大项目业主"),
 ],
 projects=[
  proj("青州高新技术国际创业园", NS, A1, status_text="集中开工", **ST),
  proj("香港中星模压工业托盘", NS, A1, status_text="集中开工", **ST),
  proj("山东华一医用高端包装材料", NS, A1, status_text="集中开工", **ST),
  proj("欧润医疗器械", JK, A2, status_text="集中开工奠基", **ST, note="园区文中只作“经济开发区”"),
  proj("山东贝隆杜仲新型天然橡胶", JK, A2, status_text="集中开工奠基", **ST, note="同上"),
  proj("国家电网维修中心", JK, A2, status_text="集中开工奠基", **ST, note="同上"),
  proj("康达机械有限公司轻卡汽车后桥生产", KT, A3, companies=["康达机械有限公司"], status_text="集中开工奠基", **ST),
  proj("铸威新材料科技有限公司产能扩大", KT, A3, companies=["铸威新材料科技有限公司"], status_text="集中开工奠基", **ST),
  proj("?腾轮业项目", MZ, A4, status_text="集中开工奠基", opt=True, **ST, note="首字在存段中为“?”（字符缺失）"),
  proj("腾邦物流", MH, A4, status_text="集中开工奠基", **ST),
  proj("燕山机械加工", MH, A4, status_text="集中开工奠基", **ST),
  proj("奥圣泰机电科技", MH, A4, status_text="集中开工奠基", **ST),
  proj("东方钢构重钢扩建项目", GL, A4, status_text="集中开工奠基", **ST),
  proj("中小企业创业基地二期项目", GL, A4, phase="二期", status_text="集中开工奠基", **ST),
  proj("铁马机械", TF, A4, status_text="集中开工奠基", **ST),
  proj("嘉华机械", TF, A4, status_text="集中开工奠基", **ST),
  proj("冠泰管桩二期", TF, A4, phase="二期", status_text="集中开工奠基", **ST),
  proj("中海能源青州储油库项目", DX, A4, status_text="集中开工奠基", **ST),
  proj("鲁东瓜子产业园项目", DX, A4, status_text="集中开工奠基", **ST),
  proj("山东华盛生物科技饮料营养蛋白项目", HG, A4, status_text="集中开工奠基", **ST),
 ],
 aggregate_facts=[
  fact("市级三大工业园区", "park", "projects_started", 27, "count", A0, AS1, note="三个市级园区合计"),
  fact("市级三大工业园区", "park", "projects_started_investment_cny", 2.144e10, "cny", A0, AS1, qual="约", qtext="约", chk=True, note="三个市级园区合计"),
  fact(NS, "park", "projects_started", 7, "count", A1, AS1),
  fact(JK, "park", "projects_started", 12, "count", A2, AS1),
  fact(KT, "park", "projects_started", 8, "count", A3, AS1),
 ])

# ---------------------------------------------------------------- yw02 昌乐 三大项目开工 (潍坊日报 via heicmy 2011)
B0 = "2011年1月7日,山东省昌乐县山东鸢飞电动车、高档印刷科技产业园、英才初级中学三大项目同日举行开工典礼,项目涉及工业、教育等行业,总投资12.4亿元"
B1 = "据了解,高档印刷科技产业园项目总投资10亿元,建成后将成为世界一流的印刷包装产业园区,年可新增销售收入8.76亿元,实现利税1600万元"
B2 = "鸢飞电动车项目总投资2亿元,建设国内最先进的电动自行车、电动汽车及其配件生产线,年可实现主营业务收入6亿元"
B3 = "英才初级中学投资4000万元,总建筑面积16000平方米,建成后可容纳在校学生1500人"
YF = "鸢飞电动车项目"
GD = "高档印刷科技产业园项目"
AS2 = "2011年1月7日（开工典礼）"
G["yw02"] = dict(
 article=art("山东昌乐投资10亿建高档印刷科技产业园", "潍坊日报（作者佚名），载于 heicmy.com", "2011-01-10", "day",
  "Trade-directory site relaying a city daily, Shandong (潍坊 昌乐县): three projects start the same day — a printing-technology industrial park and an electric-vehicle maker with amounts and expected sales / profit-tax, and a school",
  "https://heicmy.com/data/show.php?itemid=90352",
  "日期取页面“[时间:2011-01-10  作者: 佚名  来源:潍坊日报]”，该行与“黄品青微站”已删；开工典礼在2011年1月7日。标题照录；正文两段，完整；末句“…提供强力支撑”原文无句号，照录。无园区：高档印刷科技产业园是开工项目（“建成后将成为…印刷包装产业园区”，尚未建成），只列项目，不列园区；项目所在只说昌乐县（县不是园区，park 记 null）。项目：高档印刷科技产业园项目（总投资10亿元；开工）、鸢飞电动车项目（首句作“山东鸢飞电动车”；总投资2亿元；开工）、英才初级中学（投资4000万元；开工；教育项目）。公司：山东鸢飞电动车（只在项目名中，可选）。事实：三项目总投资12.4亿元（subject 昌乐县，region）；高档印刷科技产业园项目建成后年新增销售收入8.76亿元、利税1600万元（target）；鸢飞电动车项目年主营业务收入6亿元（target）；英才初级中学建筑面积、容量（可选）。",
  "yw02"),
 parks=[],
 companies=[
  comp("山东鸢飞电动车", None, B0, opt=True, note="只在项目名中；首句作项目名"),
 ],
 projects=[
  proj(GD, None, B1, aliases=["高档印刷科技产业园"], inv="总投资10亿元", status="开工", status_text="举行开工典礼",
       note="开工见首句；建成后为印刷包装产业园区；位于昌乐县（县非园区）"),
  proj(YF, None, B2, aliases=["山东鸢飞电动车", "鸢飞电动车"], companies=["山东鸢飞电动车"], inv="总投资2亿元", status="开工", status_text="举行开工典礼",
       note="开工见首句"),
  proj("英才初级中学", None, B3, inv="投资4000万元", status="开工", status_text="举行开工典礼", note="教育项目；开工见首句"),
 ],
 aggregate_facts=[
  fact("昌乐县", "region", "projects_started", 3, "count", B0, AS2),
  fact("昌乐县", "region", "projects_started_investment_cny", 1.24e9, "cny", B0, AS2, chk=True),
  fact(GD, "project", "expected_annual_sales_cny", 8.76e8, "cny", "年可新增销售收入8.76亿元,实现利税1600万元", "建成后（预期）", kind="target", chk=True),
  fact(GD, "project", "expected_annual_profit_tax_cny", 1.6e7, "cny", "实现利税1600万元", "建成后（预期）", kind="target", chk=True),
  fact(YF, "project", "expected_annual_revenue_cny", 6e8, "cny", "年可实现主营业务收入6亿元", "建成后（预期）", kind="target", chk=True),
  fact("英才初级中学", "project", "floor_area_m2", 16000, "m2", B3, AS2, opt=True),
 ])

# ---------------------------------------------------------------- yw03 莒县高端塑料产业园 (日照日报 via yybnet 2017)
JX = "莒县高端塑料产业园"
C0 = "11月7日,在莒县高端塑料产业园,11幢标准化厂房建设启动,1#、2 # 18000平方米多层标准化厂房已入驻企业,投入生产"
C1 = "目前,聚德塑料、三鼎塑料、富强塑料、瀚信塑料等55家企业意向入园"
C2 = "据了解,该项目全部建成使用后,将成为全国最大的塑料制品产销基地之一,年可实现产值20亿元,利税1.4亿元,安排就业600余人,拉动产能提升,抢占全国同类市场1/4份额"
AS3 = "2017年11月7日"
G["yw03"] = dict(
 article=art("莒县高端塑料产业已投产", "日照日报（本报记者 王霞 通讯员 卢世坤），载于 yybnet.net（莒县新闻栏）", "2017-11-15", "day",
  "City daily's short photo story via a local-news aggregator, Shandong (日照 莒县): a county plastics industrial park — standard workshops started, the first ones occupied and producing, firms intending to enter, expected output, profit-tax and jobs",
  "https://www.yybnet.net/rizhao/juxian/201711/6725310.html",
  "日期取页面“来源:日照日报 2017-11-15 05:49”。标题照录；栏目导航、来源行、“新闻推荐”及其后的页尾内容已删；摄影署名“(本报记者 王霞 通讯员 卢世坤摄)”在正文末，保留。正文两段，完整。园区：莒县高端塑料产业园（日照市莒县，山东；标题作“莒县高端塑料产业”）。“该项目”指园区建设项目（11幢标准化厂房），未单独命名，不另列项目；其预期产值、利税、就业记于园区（target）。公司：聚德塑料、三鼎塑料、富强塑料、瀚信塑料为“意向入园”企业，尚未入园，列可选（park 记该园，注明意向）。事实：启动建设标准化厂房11幢；已投产的1#、2#厂房面积18000平方米（可选）；意向入园企业55家；建成后年产值20亿元、利税1.4亿元、就业600余人（target）。",
  "yw03"),
 parks=[
  park(JX, "日照", "山东", "产业园（塑料）", C0, district="莒县", note="标题作“莒县高端塑料产业”；文中又作“园区”"),
 ],
 companies=[
  comp("聚德塑料", JX, C1, opt=True, note="意向入园"),
  comp("三鼎塑料", JX, C1, opt=True, note="意向入园"),
  comp("富强塑料", JX, C1, opt=True, note="意向入园"),
  comp("瀚信塑料", JX, C1, opt=True, note="意向入园"),
 ],
 projects=[],
 aggregate_facts=[
  fact(JX, "park", "standard_workshops_started", 11, "count", C0, AS3),
  fact(JX, "park", "workshop_floor_area_in_production_m2", 18000, "m2", C0, AS3, opt=True, note="1#、2#多层标准化厂房"),
  fact(JX, "park", "firms_intending_to_enter", 55, "count", C1, AS3),
  fact(JX, "park", "expected_annual_output_cny", 2e9, "cny", C2, "全部建成后（预期）", kind="target", chk=True),
  fact(JX, "park", "expected_annual_profit_tax_cny", 1.4e8, "cny", "利税1.4亿元", "全部建成后（预期）", kind="target", chk=True),
  fact(JX, "park", "expected_jobs", 600, "count", "安排就业600余人", "全部建成后（预期）", kind="target", qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- yw04 郯城县木玩产业园项目签约 (yybnet relay 2018)
TC = "郯城县木玩产业园"
D0 = "临沂市的郯城县木玩产业园项目成功签约"
D1 = "据悉,郯城县木玩产业园项目由郯城县政府与浙江新云集团合作开发,共投资5亿元"
D2 = "园区总用地500亩,规划建设产品研发中心、仓储物流区、精品区、展示销售区等,预计2019年5月完成一期建设并投产"
D3 = "全部工程完工后,年可生产高档木制玩具1000万套,各类家具20万件,实现产值6亿元,新增就业岗位3000余人"
G["yw04"] = dict(
 article=art("（无标题）郯城县木玩产业园项目成功签约", "yybnet.net（郯城新闻栏转载；原发报纸未注明，“本报…记者 李建”）", "2018-10-11", "day",
  "Local-news aggregator relaying a newspaper item, Shandong (临沂 郯城县): a county wooden-toy industrial park signed at a provincial culture-industry fair — developer, investment, land, phase-1 schedule, expected output and jobs",
  "https://yybnet.net/linyi/tancheng/201810/8173293.html",
  "存段无标题、无日期行（title 为编者概括）。日期：电头“本报10月11日讯…今天上午”，网址 201810，签约在2018年10月11日；报纸见报可能晚一日，published 记电头日期。“新闻推荐”及其后页尾内容已删；正文三段，完整。原发报纸未注明。园区：郯城县木玩产业园（临沂市郯城县，山东；文中又作“园区”）。项目：郯城县木玩产业园项目——园区开发项目，郯城县政府与浙江新云集团合作开发，共投资5亿元，签约（“成功签约”）；park 记郯城县木玩产业园（项目即该园建设）。预计2019年5月完成一期建设并投产（note）。公司：浙江新云集团（开发方，园区外投资者，park null）。机构：郯城县政府（可选）。事实：园区总用地500亩；全部完工后年产值6亿元、新增就业3000余人、年产高档木制玩具1000万套（target；后两项可选）。副市长李朝晖不列。",
  "yw04"),
 parks=[
  park(TC, "临沂", "山东", "产业园（木玩）", D0, district="郯城县", note="文中又作“园区”；园区开发项目签约"),
 ],
 companies=[
  comp("浙江新云集团", None, D1, note="合作开发方"),
 ],
 institutions=[
  inst("郯城县政府", D1, note="合作开发方"),
 ],
 projects=[
  proj("郯城县木玩产业园项目", TC, D1, companies=["浙江新云集团"], inv="共投资5亿元", status="签约", status_text="成功签约",
       note="园区开发项目；预计2019年5月完成一期建设并投产"),
 ],
 aggregate_facts=[
  fact(TC, "park", "site_area_mu", 500, "mu", D2, "2018年10月（规划）"),
  fact(TC, "park", "expected_annual_output_cny", 6e8, "cny", D3, "全部工程完工后（预期）", kind="target", chk=True),
  fact(TC, "park", "expected_jobs", 3000, "count", "新增就业岗位3000余人", "全部工程完工后（预期）", kind="target", qual="余", qtext="余", opt=True),
  fact(TC, "park", "expected_annual_toy_output_sets", 1e7, "sets", D3, "全部工程完工后（预期）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- yw05 枣庄高新区7个重点项目集中启动 (中华网山东 2022)
ZZ = "枣庄高新区"
E0 = "高新区今天集中启动项目7个,总投资157亿元"
E1 = "企业代表山东科达利精密工业有限公司总经理黎安明在我区分会场收看了集中启动活动实况"
E2 = "本次开工工业项目5个,项目占比71%,从对接洽谈到成功签约再到正式开工平均历时5个月时间,其中科达利项目未到枣庄现场考察就成功签约"
E3 = "王广部表示,今年以来,枣庄高新区深入贯彻实施“工业强市、产业兴市”三年攻坚突破行动,把精力向招商引资集中,将资源向项目建设集聚,欣旺达、海王优品等一批大项目、好项目纷纷落地建设"
AS5 = "2022年10月9日（集中启动）"
G["yw05"] = dict(
 article=art("枣庄高新区7个重点项目集中启动", "中华网山东频道（sd.china.com）；记者署名存段未示", "2022-10-10", "day",
  "Portal's provincial channel relaying a zone's own report, Shandong (枣庄): a high-tech zone's part in a city-wide project launch — 7 projects and their total investment, project mix, one named firm's project signed and started, other big projects under way",
  "https://sd.china.com/dsyw/20000932/20221010/25674660.html",
  "日期取页面“2022-10-10 09:56:45 来源:中华网山东频道”；文中“10月9日上午”即2022年10月9日。标题照录（页面重复一次的标题行与频道导航已删）。存段在末句“下一步,枣庄高新区将以这次集中开工为契机”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…注入了源头活水。”，共三段。文中“我区”“高新区”即枣庄高新区（园区自述口吻）。园区：枣庄高新区（枣庄市，山东；级别未说）。公司：山东科达利精密工业有限公司（企业代表；其“科达利项目”为本次启动项目之一，在园）；欣旺达、海王优品（落地建设的大项目，以企业名作项目名；公司可选）。项目：科达利项目——状态开工（“从…成功签约再到正式开工”之列，集中启动；status_alt 签约）；欣旺达、海王优品——“纷纷落地建设”→在建。事实：集中启动项目7个、总投资157亿元；其中上市公司投资项目2个、10亿元以上项目3个、工业项目5个占71%（可选）。",
  "yw05"),
 parks=[
  park(ZZ, "枣庄", "山东", "高新区", E3, note="文中又作“高新区”“我区”"),
 ],
 companies=[
  comp("山东科达利精密工业有限公司", ZZ, E1, aliases=["科达利"], note="科达利项目业主；企业代表"),
  comp("欣旺达", ZZ, E3, opt=True, note="以企业名作项目名"),
  comp("海王优品", ZZ, E3, opt=True, note="以企业名作项目名"),
 ],
 projects=[
  proj("科达利项目", ZZ, E2, companies=["山东科达利精密工业有限公司"], status="开工", status_alt="签约", status_text="正式开工",
       note="本次集中启动的7个项目之一（由语境推定）；未到现场考察即签约"),
  proj("欣旺达", ZZ, E3, companies=["欣旺达"], status="在建", status_text="落地建设", note="以企业名作项目名"),
  proj("海王优品", ZZ, E3, companies=["海王优品"], status="在建", status_text="落地建设", note="以企业名作项目名"),
 ],
 aggregate_facts=[
  fact(ZZ, "park", "projects_started", 7, "count", E0, AS5),
  fact(ZZ, "park", "projects_started_investment_cny", 1.57e10, "cny", E0, AS5, chk=True),
  fact(ZZ, "park", "projects_started_listed_company", 2, "count", "其中上市公司投资项目2个", AS5, opt=True),
  fact(ZZ, "park", "projects_started_over_1bn", 3, "count", "其中投资10亿元以上项目3个", AS5, opt=True),
  fact(ZZ, "park", "industrial_projects_started", 5, "count", E2, AS5, opt=True),
  fact(ZZ, "park", "industrial_projects_share", 0.71, "ratio", E2, AS5, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- yw06 郓城化工产业园 / 郓城经济开发区 (选择山东 2023)
YC = "郓城化工产业园"
YK = "郓城经济开发区"
F0 = "郓城化工产业园,始建于2009年1月份,位于郓城县随官屯镇南部,规划面积8.02平方公里,建成面积3.37平方公里"
F1 = "园区已完成投资120亿元,从业人员4200人,主要有洪达化工、富海能源、多友科技等18家企业,其中15家已建成投产"
F2 = "洪达化工是国内同行业产业链条最完善的煤化工企业,技术、工艺、装备水平国内领先"
F3 = "富海能源是集炼焦生产、煤焦油及苯类加工、干熄焦发电等为一体的煤炭综合利用企业"
F4 = "多友科技的FCC炼油催化剂、分子筛、铝溶胶等项目,属战略性新兴产业"
F5 = "瑞圣化工的粗酚精制项目,属节能环保产业项目"
F6 = "郓城经济开发区前身为郓城县工业园区,成立于1999年11月,2006年3月被山东省人民政府批准为省级开发区"
AS6 = "2023年7月（发布时）"
G["yw06"] = dict(
 article=art("（无标题）郓城化工产业园与郓城经济开发区简介", "选择山东（m.selectshandong.com，山东省人民政府版权；来源栏空白）", "2023-07-06", "day",
  "Provincial investment-promotion portal's park profile, Shandong (菏泽 郓城县): a county chemical park — area, approvals, cumulative investment, employees, firm counts and named firms with their projects — and the start of the county development zone's history",
  "https://m.selectshandong.com/website/article/index/id/23865.html",
  "日期取页面“来源:2023-07-06 15:44”（来源名空白）；页首版权行已删。存段无标题（title 为编者概括）。存段在末句“2016年5月郓城县经济开发区正式”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…被山东省人民政府批准为省级开发区。”，共四段；首段末“…的重要平台,”原文以逗号结束，照录。文中“我县”即郓城县。园区：郓城化工产业园（菏泽市郓城县随官屯镇，山东；省政府第一批化工园区认定）；郓城经济开发区（省级开发区，前身郓城县工业园区——旧名列 alias）。化工产业园与经济开发区的隶属关系文中未说（所在句被截断），parent 不填。公司：洪达化工、富海能源、多友科技（“主要有…等18家企业”）、瑞圣化工（其项目列于同段），均记在郓城化工产业园。项目：多友科技的FCC炼油催化剂、分子筛、铝溶胶等项目与瑞圣化工的粗酚精制项目为已有项目、无状态无金额，列可选。事实：规划面积8.02平方公里、建成面积3.37平方公里；已完成投资120亿元（cumulative）；从业人员4200人；企业18家、已建成投产15家；产品20多种不计。",
  "yw06"),
 parks=[
  park(YC, "菏泽", "山东", "化工产业园", F0, district="郓城县", note="文中又作“化工产业园”“园区”；省政府第一批化工园区认定"),
  park(YK, "菏泽", "山东", "省级经济开发区", F6, district="郓城县", aliases=["郓城县工业园区"], note="前身郓城县工业园区；又作“郓城县经济开发区”（残句中）"),
 ],
 companies=[
  comp("洪达化工", YC, F1, note="煤化工企业"),
  comp("富海能源", YC, F1, note="煤炭综合利用企业"),
  comp("多友科技", YC, F1),
  comp("瑞圣化工", YC, F5, note="粗酚精制项目；园区由同段语境推定"),
 ],
 projects=[
  proj("FCC炼油催化剂、分子筛、铝溶胶等项目", YC, F4, companies=["多友科技"], opt=True, note="多友科技的已有项目；无状态、无金额"),
  proj("粗酚精制项目", YC, F5, companies=["瑞圣化工"], opt=True, note="瑞圣化工的已有项目；无状态、无金额"),
 ],
 aggregate_facts=[
  fact(YC, "park", "planned_area_km2", 8.02, "km2", F0, AS6),
  fact(YC, "park", "built_area_km2", 3.37, "km2", F0, AS6),
  fact(YC, "park", "investment_completed_cny", 1.2e10, "cny", F1, AS6, kind="cumulative", chk=True),
  fact(YC, "park", "employees", 4200, "count", F1, AS6),
  fact(YC, "park", "firms", 18, "count", F1, AS6),
  fact(YC, "park", "firms_in_production", 15, "count", F1, AS6),
 ])

# ---------------------------------------------------------------- yw07 聊城开发区 5个项目签约 (上海开发区协会 via zhaoshang-sh 2013)
LC = "聊城经济技术开发区"
H0 = "当日,光大控股、红星美凯龙、中德石油节能装备、雨润冷链物流与食品商贸城、水资源高端节能装备产业园等五个项目成功签约,投融资总额78.2亿元"
H1 = "其中光大控股公司入股华建装备,融资1.2亿元"
H2 = "红星美凯龙集团拟在开发区建设红星美凯龙家居商务综合体项目"
H3 = "中德石油装备公司项目年产油田系列专用设备3万台套"
H4 = "雨润控股集团与艾科农业科技发展有限公司合作建设冷链物流与食品商贸城"
H5 = "山东电力管道工程公司项目计划总投资7亿元"
AS7 = "2013年6月25日（签约）"
SG = dict(status="签约", status_text="成功签约")
G["yw07"] = dict(
 article=art("聊城开发区78.2亿总额招商项目签约", "上海开发区协会，载于上海招商网 zhaoshang-sh.com（“全国园区招商”栏）；记者署名未示", "2013-07-01", "day",
  "Investment-promotion portal relaying a development-zone association item, Shandong (聊城): a national-level development zone signs five projects — total investment and financing, named investors, one project's amount and one's capacity",
  "http://www.zhaoshang-sh.com/kfqxm/2013/7-1/137192348CIK008A8DF1648KKBK0J.html",
  "日期取页面“时间:2013-07-01 09:23:48 来源:上海开发区协会”；签约在“25日上午”，推定为2013年6月25日（月份文中未写）。标题照录；站名、导航与时间来源行已删；正文三段，完整。园区：聊城经济技术开发区（标题作“聊城开发区”；文中又作“开发区”；聊城市，山东）。项目（五个，均“成功签约”→签约，park 记聊城经济技术开发区）：光大控股（光大控股公司入股华建装备，融资1.2亿元——记为该项目金额，note 注明是股权融资）；红星美凯龙（红星美凯龙集团拟在开发区建设红星美凯龙家居商务综合体项目，alias）；中德石油节能装备（中德石油装备公司项目，年产油田系列专用设备3万台套）；雨润冷链物流与食品商贸城（雨润控股集团与艾科农业科技发展有限公司合作）；水资源高端节能装备产业园——段中按签约名单顺序逐一介绍，第五个介绍的是“山东电力管道工程公司项目计划总投资7亿元”，据顺序推定即此项目（alias 记“山东电力管道工程公司项目”，金额7亿元；推定，见 note）。公司：光大控股公司、华建装备、红星美凯龙集团、中德石油装备公司、雨润控股集团、艾科农业科技发展有限公司、山东电力管道工程公司——签约投资方或合作方，园区文中未说其所在，park null（华建装备可选）。机构：市金融办（可选）。事实：签约项目5个，投融资总额78.2亿元。",
  "yw07"),
 parks=[
  park(LC, "聊城", "山东", "经济技术开发区", "25日上午聊城经济技术开发区重大招商项目签约仪式在开发区举行", aliases=["聊城开发区"], note="标题作“聊城开发区”；文中又作“开发区”"),
 ],
 companies=[
  comp("光大控股公司", None, H1, aliases=["光大控股"], note="入股华建装备"),
  comp("华建装备", None, H1, opt=True, note="被入股企业；所在文中未说"),
  comp("红星美凯龙集团", None, H2, aliases=["红星美凯龙"]),
  comp("中德石油装备公司", None, H3),
  comp("雨润控股集团", None, H4),
  comp("艾科农业科技发展有限公司", None, H4),
  comp("山东电力管道工程公司", None, H5),
 ],
 institutions=[
  inst("市金融办", "签约仪式后,市金融办负责同志介绍了华建装备在融资等方面的成功经验", note="聊城市金融办"),
 ],
 projects=[
  proj("光大控股", LC, H0, companies=["光大控股公司", "华建装备"], alt_investment={"investment_text": "融资1.2亿元", "investment_cny": 1.2e8, "evidence": H1},
       note="光大控股公司入股华建装备，融资1.2亿元（股权融资额，记于 alt_investment）", **SG),
  proj("红星美凯龙家居商务综合体项目", LC, H2, aliases=["红星美凯龙"], companies=["红星美凯龙集团"], note="签约名单作“红星美凯龙”；“拟在开发区建设”", **SG),
  proj("中德石油节能装备", LC, H0, aliases=["中德石油装备公司项目"], companies=["中德石油装备公司"], note="年产油田系列专用设备3万台套", **SG),
  proj("雨润冷链物流与食品商贸城", LC, H0, aliases=["冷链物流与食品商贸城"], companies=["雨润控股集团", "艾科农业科技发展有限公司"], **SG),
  proj("水资源高端节能装备产业园", LC, H5, aliases=["山东电力管道工程公司项目"], companies=["山东电力管道工程公司"], inv="计划总投资7亿元",
       note="按段中介绍顺序推定：第五个签约项目即山东电力管道工程公司项目（计划总投资7亿元）", **SG),
 ],
 aggregate_facts=[
  fact(LC, "park", "projects_signed", 5, "count", H0, AS7),
  fact(LC, "park", "signed_investment_cny", 7.82e9, "cny", H0, AS7, chk=True, note="“投融资总额”"),
  fact("中德石油节能装备", "project", "annual_capacity_sets", 30000, "sets", H3, "投产后（计划）", kind="target", opt=True, note="油田系列专用设备3万台套"),
 ])

# ---------------------------------------------------------------- yw08 乐陵市循环经济示范园 (德州日报 2022)
LL = "乐陵市循环经济示范园"
LH = "乐陵化工产业园"
K0 = "2009年11月,借势国家“蓝黄”战略的实施,“铁营洼”有了新名字:乐陵市循环经济示范园"
K1 = "在乐陵化工产业园智慧园区指挥中心,记者看到,园区生产经营状况一目了然,特别是安全环保实行无死角、24小时实时监控"
G["yw08"] = dict(
 article=art("乐陵 :盐碱地上打造百亿级产业基地", "德州日报（本报记者王志伟 本报通讯员 贾鹏 摄影报道），dzb.dezhoudaily.com 电子版", "2022-04-30", "day",
  "City daily's photo feature, Shandong (德州 乐陵市): a county circular-economy / chemical park on saline land — photo captions naming firms and a project, the park's origin in 2009 and its smart-park command centre (opening only)",
  "https://dzb.dezhoudaily.com/shtml/dzrb/2022/20220430/870003.shtml",
  "日期取网址 dzrb/2022/20220430（德州日报电子版）。标题照录（“乐陵 :”原有空格）；电子版页首菜单与登录行已删。正文前有八条图片说明（“乐陵市循环经济示范园”“山东安舜制药有限公司实验室”等），照录为段落；署名行“□本报记者王志伟 本报通讯员 贾鹏 摄影报道”保留。存段在第六段“历经12年发展,这个规划面积18.89平方公里的产业园,累计投资90亿元,…建成创新创业中心、污水处理中”处中断，该句整句删去（make_txt.py LINE_SUFFIX；园区面积与累计投资数因此不在文中），正文截至“…24小时实时监控。”。园区：乐陵市循环经济示范园（德州市乐陵市，山东；2009年11月得名）；“乐陵化工产业园”（智慧园区指挥中心所在，与示范园的关系文中未说，列可选）。公司：图片说明中的企业——山东安舜制药有限公司、山东凯瑞英材料科技有限公司、山东宇世巨化工有限公司、有研新材料有限公司（园区由图组推定，列可选）；山东中硕农业发展有限公司（农业现代示范园）、乐陵光大环保能源有限公司（垃圾焚烧发电）所在未明，可选、park null。项目：山东凯瑞英材料科技有限公司羟尿磺胺类医药中间体项目（可选；无状态无金额）。“11万亩的盐碱涝洼地”为园区所在大洼的面积，不作园区面积（可选事实）。",
  "yw08"),
 parks=[
  park(LL, "德州", "山东", "循环经济示范园", K0, district="乐陵市", note="2009年11月由“铁营洼”更名；图片说明首条"),
  park(LH, "德州", "山东", "化工产业园", K1, district="乐陵市", opt=True, note="智慧园区指挥中心所在；与循环经济示范园的关系文中未说"),
 ],
 companies=[
  comp("山东安舜制药有限公司", LL, "山东安舜制药有限公司实验室", opt=True, note="图片说明；园区由图组推定"),
  comp("山东凯瑞英材料科技有限公司", LL, "山东凯瑞英材料科技有限公司羟尿磺胺类医药中间体项目", opt=True, note="图片说明；园区由图组推定"),
  comp("山东宇世巨化工有限公司", LL, "山东宇世巨化工有限公司生产的电子封装领域用电子级酚醛树脂", opt=True, note="图片说明；园区由图组推定"),
  comp("有研新材料有限公司", LL, "有研新材料有限公司生产的集成电路用大尺寸硅材料", opt=True, note="图片说明；园区由图组推定"),
  comp("山东中硕农业发展有限公司", None, "山东中硕农业发展有限公司农业现代示范园", opt=True, note="图片说明；农业示范园，所在未明"),
  comp("乐陵光大环保能源有限公司", None, "乐陵光大环保能源有限公司生活垃圾焚烧发电", opt=True, note="图片说明；所在未明"),
 ],
 projects=[
  proj("羟尿磺胺类医药中间体项目", LL, "山东凯瑞英材料科技有限公司羟尿磺胺类医药中间体项目", companies=["山东凯瑞英材料科技有限公司"], opt=True,
       note="图片说明；无状态、无金额；园区由图组推定"),
 ],
 aggregate_facts=[
  fact("铁营大洼", "region", "area_mu", 110000, "mu", "出乐陵市区南行5公里,有片11万亩的盐碱涝洼地,历史上曾是有名的“铁营大洼”", "2009年以前", opt=True,
       note="园区所在的盐碱涝洼地面积，非园区规划面积"),
 ])
