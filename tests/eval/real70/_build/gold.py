# real70 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a county or district is not a park). Status from the text's words
# (开工 / 动工 / 集中开工 → 开工; 建成投产 / 投产 → 投产; 签约 → 签约; 在建 progress (“已完成主体结构72%”) → 在建; 落户 / 落地 /
# 引进 alone → no status). Investors based elsewhere whose projects land in a park get park null (as real52 zv05); firms the
# text settles in a park (“落户园区”, “入驻”) get that park. “预计” / “达产后” figures are kind target; “截至目前” counts are
# cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/ynNN.raw as returned.

# ---------------------------------------------------------------- yn01 凤泉湖高新区 12 projects started (南方+ 2024)
FQ = "凤泉湖高新区"
A0 = "3月21日,潮州凤泉湖高新区举行2024年重点项目集中开工活动"
A1 = "此次集中开工的重大项目共有12个,总投资额约17.2亿元,涵盖印刷包装、食品加工、智能卫浴、装备制造、生物制药以及商务配套等多个领域"
A2 = ("作为集中开工重点项目之一,绿程公司年产5000吨预制菜生产项目将致力于建设成为国内预制菜的示范生产基地。“凤泉湖高新区近年来营商环境持续优化,"
      "目前园区道路交通四通八达,配套日益完善,管委会用心用情全周期服务企业,让我落户园区的信心倍增。”广州绿程水产有限公司总经理林建介绍,"
      "项目占地面积34.84亩,总投资1.65亿元")
A3 = "项目建成达产后,将实现年销售收入2亿元,创税880万元"
LC = "绿程公司年产5000吨预制菜生产项目"
AS1 = "2024年3月21日（集中开工）"
G["yn01"] = dict(
 article=art("（无标题）潮州凤泉湖高新区2024年重点项目集中开工 12个项目总投资约17.2亿元", "南方+（static.nfapp.southcn.com，南方日报客户端；存段无署名）", "2024-03-21", "day",
  "Provincial party paper's app, Guangdong: an industrial-transfer high-tech zone's groundbreaking of 12 projects with their total, the zone's positioning as a Shenzhen–Chaozhou transfer park and last year's rankings, one named project started with its firm, site, investment and expected sales and tax",
  "https://static.nfapp.southcn.com/content/202403/21/c8710152.html",
  "日期取网址 202403/21 与文中“3月21日”。存段无标题、无日期行（title 为编者概括）。图片说明三行（“凤泉湖高新区2024年重点项目集中开工仪式。”“…活动现场。”“绿程公司年产5000吨预制菜生产项目效果图。”）已删；存段末段“此次凤泉湖高新区重点项目的集中开工,…推动高水平开放、高”在引语中中断，整段删去（make_txt.py ITEMS），正文截至“…创税880万元。”，共三段。园区：凤泉湖高新区（文中又作“潮州凤泉湖高新区”“园区”；潮州，广东；区县文中未说；定位为“承接产业有序转移主平台、建设深圳潮州产业转移合作园区样板和标杆”——“深圳潮州产业转移合作园区”是其定位，不另列园区）。项目：绿程公司年产5000吨预制菜生产项目——“集中开工重点项目之一”→开工，总投资1.65亿元；业主广州绿程水产有限公司（总经理语“让我落户园区”→公司在园）。事实：12个项目、总投资约17.2亿元（园区，集中开工）；项目占地34.84亩、建筑面积4.38万平方米（可选）、达产后年销售收入2亿元、创税880万元（target）。“去年…增幅均列全市第一”无数值，不计。市长刘胜等不列。",
  "yn01"),
 parks=[
  park(FQ, "潮州", "广东", "高新区", A0, aliases=["潮州凤泉湖高新区"],
       note="文中又作“园区”；定位为承接产业有序转移主平台、深圳潮州产业转移合作园区样板"),
 ],
 companies=[
  comp("广州绿程水产有限公司", FQ, A2, aliases=["绿程公司"], note="项目业主；总经理称“落户园区”"),
 ],
 projects=[
  proj(LC, FQ, A2, companies=["广州绿程水产有限公司"], inv="总投资1.65亿元", status="开工", status_text="集中开工",
       note="2024年3月21日集中开工的12个项目之一；年产5000吨预制菜"),
 ],
 aggregate_facts=[
  fact(FQ, "park", "projects_started", 12, "count", A1, AS1),
  fact(FQ, "park", "projects_started_investment_cny", 1.72e9, "cny", A1, AS1, qual="约", qtext="约", chk=True),
  fact(LC, "project", "site_area_mu", 34.84, "mu", "项目占地面积34.84亩,总投资1.65亿元,总建筑面积4.38万平方米", AS1, opt=True),
  fact(LC, "project", "floor_area_m2", 4.38e4, "m2", "总建筑面积4.38万平方米", AS1, opt=True),
  fact(LC, "project", "expected_annual_sales_cny", 2e8, "cny", A3, "达产后（预期）", kind="target", chk=True),
  fact(LC, "project", "expected_annual_tax_cny", 8.8e6, "cny", "创税880万元", "达产后（预期）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- yn02 惠阳 19宗项目 / 惠阳(象岭)智慧科技产业园动工 (南方日报 2019)
XL = "惠阳(象岭)智慧科技产业园"
B0 = "29日,惠州市惠阳区2019年产业项目集中签约暨惠阳(象岭)智慧科技产业园动工"
B1 = "19宗项目签约落户或动工建设,总投资金额达471.7亿元,建成达产后预计产值约500亿元"
B2 = "新签约或动工的19宗项目主要集中在惠阳(象岭)智慧科技产业园和秋长街道秋月湖新城"
B3 = "其中,15宗(含首批入园项目)签约总金额413.2亿元,预计达产后年产值425亿元"
B4 = "湾东智谷等4宗产业项目则集中动工,投资总额58.5亿元,预计达产后年产值73亿元"
AS2 = "2019年12月29日（集中签约、动工）"
G["yn02"] = dict(
 article=art("签约动工19宗项目 总投资近500亿元 惠州惠阳打造千亿级园区,联动承接深莞产业", "南方日报（记者 周欢 张峰），载于 m.kcqsx.com", "2019-12", "month",
  "Provincial party paper relayed by a local portal, Guangdong: a district's year-end signing and the groundbreaking of a smart-technology park that takes over industry from Shenzhen and Dongguan — 19 projects signed or started with total investment and expected output, split into 15 signed and 4 started (one named), the district's park-building plans",
  "http://m.kcqsx.com/huizhou/201912/812127.html",
  "日期：网址 201912；文中“29日”为签约暨动工日（2019年12月29日），见报日不详（当在其后一两日），记 2019-12（month）。标题照录（主题与副题同在一行）；“扫码看千亿级/产业园区规划”（二维码说明）与“新闻推荐/今年全区城镇新增就”（站点推荐）已删；正文五段，完整。园区：惠阳(象岭)智慧科技产业园（惠州市惠阳区，广东；当日动工，亦列为可选项目）；秋长街道秋月湖新城为城区片区，列可选园区。项目：湾东智谷——“等4宗产业项目则集中动工”→开工；19宗项目“主要集中在”产业园和秋月湖新城，湾东智谷在哪一片文中未说，park 记 null。公司：无（湾东智谷为项目名）。事实：19宗、471.7亿元、预计产值约500亿元（target）；签约15宗、413.2亿元、预计年产值425亿元；动工4宗、58.5亿元、预计年产值73亿元——均为惠阳区全区活动的合计（subject 惠阳区，region；不全在一个园区）。标题“总投资近500亿元”不另计。",
  "yn02"),
 parks=[
  park(XL, "惠州", "广东", "产业园", B0, district="惠阳区", note="当日动工；“千亿级产业园区”；承接深莞产业"),
  park("秋月湖新城", "惠州", "广东", "新城（城区片区）", B2, district="惠阳区", opt=True, note="秋长街道的城区片区，非工业园区"),
 ],
 companies=[],
 projects=[
  proj("湾东智谷", None, B4, status="开工", status_text="集中动工", note="4宗集中动工产业项目之一；所在片区文中未说"),
  proj(XL, None, B0, status="开工", status_text="动工", opt=True, note="园区本身的开发建设当日动工；与园区同名"),
 ],
 aggregate_facts=[
  fact("惠阳区", "region", "projects_signed_or_started", 19, "count", B1, AS2, note="全区集中签约与动工合计"),
  fact("惠阳区", "region", "signed_or_started_investment_cny", 4.717e10, "cny", B1, AS2, chk=True),
  fact("惠阳区", "region", "expected_annual_output_cny", 5e10, "cny", "建成达产后预计产值约500亿元", "达产后（预期）", kind="target", qual="约", qtext="约", chk=True),
  fact("惠阳区", "region", "projects_signed", 15, "count", B3, AS2),
  fact("惠阳区", "region", "signed_investment_cny", 4.132e10, "cny", B3, AS2, chk=True),
  fact("惠阳区", "region", "expected_annual_output_cny", 4.25e10, "cny", "预计达产后年产值425亿元", "达产后（预期；签约15宗）", kind="target", chk=True),
  fact("惠阳区", "region", "projects_started", 4, "count", B4, AS2),
  fact("惠阳区", "region", "projects_started_investment_cny", 5.85e9, "cny", "投资总额58.5亿元,预计达产后年产值73亿元", AS2, chk=True),
  fact("惠阳区", "region", "expected_annual_output_cny", 7.3e9, "cny", "预计达产后年产值73亿元", "达产后（预期；动工4宗）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- yn03 湛江空港经济区 signing (2023)
KG = "湛江空港经济区"
C0 = "3月28日,湛江空港经济区产业项目集中签约活动在湛江国际会展中心举行"
C1 = "吴川市政府与珠海金桥置业有限公司(以下简称“金桥公司”)、天顺风能(苏州)股份有限公司(以下简称“天顺风能”)、上海伟嘉晶创光电科技有限公司签约,计划投资金额共17.5亿元"
C2 = "金桥公司计划投资约2.5亿元建设酒店,占地面积约22亩,预计可提供就业岗位近100个"
C3 = "天顺风能计划投资5亿元建设储能装备制造项目,涵盖新能源电池Pack及储能系统的研发、制造"
C4 = "上海伟嘉晶创光电科技有限公司计划投资约10亿元建设湛江晶体材料(单晶硅)制造加工及新材料产业园,预计投产后年均销售收入约33亿元"
JT = "湛江晶体材料(单晶硅)制造加工及新材料产业园"
AS3 = "2023年3月28日（集中签约）"
G["yn03"] = dict(
 article=art("（无标题）湛江空港经济区产业项目集中签约 三家企业计划投资17.5亿元", "news.henunews.com（转载；原发媒体与署名未注明）", "2023-03-29", "day",
  "Aggregator relaying a local item, Guangdong: an airport economic zone's signing of three firms' projects with the county-level city government — total planned investment, each project's investment, site, jobs, expected output or sales",
  "http://news.henunews.com/newss/2023/0329/57106.html",
  "日期取网址 2023/0329；文中“3月28日”为签约日。存段无标题、无日期行（title 为编者概括）；转载站标记“(相关资料图)”与“标签:”已删；正文两段，完整（三项投资2.5+5+10=17.5亿元，与总数相合）。转载站页面，文字未见改动。园区：湛江空港经济区（湛江，广东；签约方为吴川市政府，district 记吴川市——由签约方推定）。公司：珠海金桥置业有限公司（金桥公司）、天顺风能(苏州)股份有限公司（天顺风能）、上海伟嘉晶创光电科技有限公司——外地企业，项目落在经济区，公司本身未说在区内，park 记 null（as real52 zv05 投资方）。项目（均签约）：金桥公司酒店（文中无项目名，名称为编者所拟，可选；约2.5亿元）、储能装备制造项目（天顺风能，5亿元）、湛江晶体材料(单晶硅)制造加工及新材料产业园（伟嘉晶创，约10亿元；为企业项目，不列园区）。事实：签约企业3家、计划投资共17.5亿元（园区）；储能项目达产后年均产值约20亿元、就业约200人；晶体材料项目投产后年均销售收入约33亿元；酒店占地约22亩、就业近100个（可选）。市领导黄明忠不列；吴川市政府列可选机构。",
  "yn03"),
 parks=[
  park(KG, "湛江", "广东", "经济区（空港）", C0, district="吴川市", note="district 由签约方吴川市政府推定"),
 ],
 companies=[
  comp("珠海金桥置业有限公司", None, C1, aliases=["金桥公司"], note="外地投资方；酒店项目落在经济区"),
  comp("天顺风能(苏州)股份有限公司", None, C1, aliases=["天顺风能"], note="外地投资方；储能装备制造项目落在经济区"),
  comp("上海伟嘉晶创光电科技有限公司", None, C1, note="外地投资方；晶体材料项目落在经济区"),
 ],
 institutions=[
  inst("吴川市政府", C1, note="签约方"),
 ],
 projects=[
  proj("金桥公司酒店项目", KG, C2, companies=["珠海金桥置业有限公司"], inv="计划投资约2.5亿元", qual="约", qual_text="约",
       status="签约", status_text="签约", opt=True, note="文中只说“建设酒店”，无项目名（名称为编者所拟）"),
  proj("储能装备制造项目", KG, C3, companies=["天顺风能(苏州)股份有限公司"], inv="计划投资5亿元", status="签约", status_text="签约"),
  proj(JT, KG, C4, companies=["上海伟嘉晶创光电科技有限公司"], inv="计划投资约10亿元", qual="约", qual_text="约",
       status="签约", status_text="签约", note="企业建设的产业园项目，不列园区"),
 ],
 aggregate_facts=[
  fact(KG, "park", "projects_signed", 3, "count", "此次签约的三家企业涵盖科技制造、清洁能源、投资服务等", AS3, opt=True, note="签约企业三家（各一项目）"),
  fact(KG, "park", "signed_investment_cny", 1.75e9, "cny", C1, AS3, chk=True),
  fact("储能装备制造项目", "project", "expected_annual_output_cny", 2e9, "cny", "建成达产后年均产值约20亿元,可解决约200人就业", "达产后（预期）", kind="target", qual="约", qtext="约", chk=True),
  fact("储能装备制造项目", "project", "expected_jobs", 200, "count", "可解决约200人就业", "达产后（预期）", kind="target", qual="约", qtext="约", opt=True),
  fact(JT, "project", "expected_annual_sales_cny", 3.3e9, "cny", "预计投产后年均销售收入约33亿元", "投产后（预期）", kind="target", qual="约", qtext="约", chk=True),
  fact("金桥公司酒店项目", "project", "site_area_mu", 22, "mu", C2, AS3, qual="约", qtext="约", opt=True),
  fact("金桥公司酒店项目", "project", "expected_jobs", 100, "count", C2, "建成后（预期）", kind="target", qual="约", qtext="近", opt=True),
 ])

# ---------------------------------------------------------------- yn04 福州台商投资区扩区 (东南网 / 海峡都市报 2012)
FT = "福州台商投资区"
D0 = "福州台商投资区扩区申报已获国务院批准,获准的扩区面积为11.46平方公里"
D1 = "1989年5月经国务院批准在马尾设立的福州台商投资区,总面积1.8平方公里,是大陆首批两个台商投资区之一"
D2 = "此次扩区后,福州台商投资区范围将由现有1.8平方公里扩大至环罗源湾南北两岸,扩区面积11.46平方公里,主要包括连江大官坂片区和罗源松山片区"
D3 = "福州市计划再将福清江阴工业集中区、元洪投资区和长乐滨海工业集中区列入扩区范围,并申请平潭综合实验区优惠政策辐射"
G["yn04"] = dict(
 article=art("国务院批准福州台商投资区扩区 扩至环罗源湾南北两岸", "东南网财经频道（money.fjsen.com / money.fjnet.cn；稿源海峡都市报，记者 阙文龙，福建日报 刘益清）", "2012-01-31", "day",
  "Provincial news portal relaying a metro paper, Fujian: a national Taiwanese-investment zone's extension approved by the State Council — area before and added, the two new sections and their port-industry focus, three more parks the city plans to add",
  "http://money.fjsen.com/2012-01/31/content_7742207.htm",
  "日期取页面“money.fjnet.cn 2012-01-31 09:18 来源:东南网”。标题照录；副题“由现有1.8平方公里扩大至环罗源湾南北两岸,扩区面积11.46平方公里”保留为正文首段；站头、位置行、日期来源行、“责任编辑:林晨昱”及“相关新闻…”已删。正文五段（含副题），完整。folksfolks.com 上同文为转载，不用。园区：福州台商投资区（1989年设于马尾，国家级，福州，福建）；连江大官坂片区、罗源松山片区为扩区片区（parent 福州台商投资区，可选）；福清江阴工业集中区、元洪投资区、长乐滨海工业集中区为计划再列入扩区的园区（照录，parent 不填——尚未列入）；平潭综合实验区为综合实验区，列可选。无公司、无项目。事实：原面积1.8平方公里（2012年1月扩区前）、扩区面积11.46平方公里（获批）。国务院、福州市政府办公厅列可选机构。",
  "yn04"),
 parks=[
  park(FT, "福州", "福建", "台商投资区（国家级）", D1, district="马尾区", note="1989年5月经国务院批准设于马尾；大陆首批两个台商投资区之一"),
  park("连江大官坂片区", "福州", "福建", "扩区片区", D2, district="连江县", parent=FT, opt=True),
  park("罗源松山片区", "福州", "福建", "扩区片区", D2, district="罗源县", parent=FT, opt=True),
  park("福清江阴工业集中区", "福州", "福建", "工业集中区", D3, district="福清市", note="计划再列入扩区范围"),
  park("元洪投资区", "福州", "福建", "投资区", D3, note="计划再列入扩区范围"),
  park("长乐滨海工业集中区", "福州", "福建", "工业集中区", D3, district="长乐", note="计划再列入扩区范围"),
  park("平潭综合实验区", "福州", "福建", "综合实验区", D3, opt=True, note="只作优惠政策辐射的来源"),
 ],
 companies=[],
 institutions=[
  inst("国务院", D0, note="批准扩区"),
  inst("福州市政府办公厅", "福州市政府办公厅昨日消息", note="消息来源"),
 ],
 projects=[],
 aggregate_facts=[
  fact(FT, "park", "area_km2", 1.8, "km2", D1, "2012年1月（扩区前）"),
  fact(FT, "park", "expansion_area_km2", 11.46, "km2", D0, "2012年1月（获批）"),
 ])

# ---------------------------------------------------------------- yn05 福州 园区承载筑高地 (福州日报 2016)
RQ = "福清融侨经济技术开发区"
JY = "江阴工业集中区"
FK = "福州经济技术开发区"
E0 = "2014年,市委、市政府出台《关于加快工业园区发展的意见》,明确全市重点发展的23家园区,其中国家级8家、省级9家,市级及以下6家"
E1 = "2015年,全市重点园区完成规模以上工业总产值6274亿元,占全市工业总产值的八成"
E2 = "完成规模以上工业增加值1691亿元,占全市规模以上工业增加值的近九成"
E3 = "该项目去年4月签约落户福清融侨经济技术开发区,目前已完成主体结构72%,预计明年投产"
E4 = "项目带动集聚东旭光电等一大批中下游项目落户园区,拓展出一条新的千亿级产业链"
E5 = "受益于福建自贸试验区改革红利,江阴工业集中区中景石化一期35万吨/年聚丙烯已建成投产"
E6 = "同时,工业区还引进了天辰耀隆己内酰胺、东南电化、耀隆化工、中石化巴陵己内酰胺等重大化工项目,未来这里将形成年产值2000亿元的产业集群"
E7 = "福州经济技术开发区下辖的快安高新园区、马江园区和长安投资区,也迎来大项目“井喷”"
G["yn05"] = dict(
 article=art("福州加快构建现代产业体系 园区承载筑高地", "福州日报（记者 柯竞/文 池远/摄），载于 fuzhou.baogaosu.com", "2016-06-13", "day",
  "City daily relayed by an aggregator, Fujian: the city's key industrial parks — their number by level, 2015 output and value added, a display-panel project signed in an economic and technological development zone and under construction, a petrochemical project in production and chemical projects brought into an industrial concentration zone, a national zone's sub-parks",
  "http://fuzhou.baogaosu.com/xinwen/%E7%A6%8F%E5%B7%9E%E5%8A%A0%E5%BF%AB%E6%9E%84%E5%BB%BA%E7%8E%B0%E4%BB%A3%E4%BA%A7%E4%B8%9A%E4%BD%93%E7%B3%BB%E5%9B%AD%E5%8C%BA/47637712",
  "日期取页面“13.06.2016 12:53”与电头“福州日报6月13日讯”。标题照录；图片说明“长乐滨海工业区金纶高纤生产线。”与日期行已删（长乐滨海工业区只见于图片说明，不列）。小标题“坚持项目带动”“增强园区集聚效应”在页面分两行，各作一段保留。存段在末句“福建上润精密仪器有限公司加”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…也迎来大项目“井喷”。”，共九段（含小标题两行）。园区：福清融侨经济技术开发区、江阴工业集中区（文中又作“工业区”）、福州经济技术开发区及其下辖快安高新园区、马江园区、长安投资区（parent 福州经济技术开发区）；福州新区为国家级新区，列可选。项目：京东方8.5代面板项目——“去年4月签约落户”（2015年4月），“目前已完成主体结构72%,预计明年投产”→在建（status_alt 签约）；中景石化一期35万吨/年聚丙烯——“已建成投产”→投产；天辰耀隆己内酰胺、东南电化、耀隆化工、中石化巴陵己内酰胺——“引进”→无状态（企业名兼作项目名，公司列可选）。公司：东旭光电（“落户园区”→福清融侨经济技术开发区；其项目以企业名列可选项目）；京东方、中景石化（只在项目名中，可选）。事实：全市重点园区23家（国家级8、省级9、市级及以下6）、2015年规上工业总产值6274亿元、规上工业增加值1691亿元（subject 福州，region）；江阴工业集中区“未来…年产值2000亿元的产业集群”（target，可选）。",
  "yn05"),
 parks=[
  park(RQ, "福州", "福建", "经济技术开发区", E3, district="福清市"),
  park(JY, "福州", "福建", "工业集中区", E5, note="文中又作“工业区”"),
  park(FK, "福州", "福建", "经济技术开发区", E7),
  park("快安高新园区", "福州", "福建", "高新园区", E7, parent=FK),
  park("马江园区", "福州", "福建", "园区", E7, parent=FK),
  park("长安投资区", "福州", "福建", "投资区", E7, parent=FK),
  park("福州新区", "福州", "福建", "国家级新区", "两年来,伴随着福州新区的开发建设,福州南北两翼风生水起", opt=True, note="国家级新区，非工业园区"),
 ],
 companies=[
  comp("东旭光电", RQ, E4, note="中下游项目落户园区（京东方带动）"),
  comp("京东方", RQ, "京东方8.5代面板项目就是一个典范", opt=True, note="只在项目名中"),
  comp("中景石化", JY, E5, opt=True, note="只在项目名中"),
  comp("天辰耀隆", JY, E6, opt=True, note="只在项目名中"),
  comp("东南电化", JY, E6, opt=True, note="企业名兼作项目名"),
  comp("耀隆化工", JY, E6, opt=True, note="企业名兼作项目名"),
  comp("中石化巴陵", JY, E6, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("京东方8.5代面板项目", RQ, "京东方8.5代面板项目就是一个典范。" + E3, companies=["京东方"], status="在建",
       status_text="目前已完成主体结构72%", status_alt="签约", note="2015年4月签约落户；预计2017年投产"),
  proj("东旭光电", RQ, E4, companies=["东旭光电"], opt=True, note="“东旭光电等一大批中下游项目落户园区”：企业名作项目名；落户→无状态"),
  proj("中景石化一期35万吨/年聚丙烯", JY, E5, companies=["中景石化"], phase="一期", status="投产", status_text="已建成投产"),
  proj("天辰耀隆己内酰胺", JY, E6, companies=["天辰耀隆"], note="“引进”的重大化工项目；无状态"),
  proj("东南电化", JY, E6, companies=["东南电化"], note="同上；企业名作项目名"),
  proj("耀隆化工", JY, E6, companies=["耀隆化工"], note="同上；企业名作项目名"),
  proj("中石化巴陵己内酰胺", JY, E6, companies=["中石化巴陵"], note="同上"),
 ],
 aggregate_facts=[
  fact("福州", "region", "key_parks", 23, "count", E0, "2014年（市委市政府意见）", note="全市重点发展园区"),
  fact("福州", "region", "key_parks_national", 8, "count", E0, "2014年（市委市政府意见）", opt=True),
  fact("福州", "region", "key_parks_provincial", 9, "count", E0, "2014年（市委市政府意见）", opt=True),
  fact("福州", "region", "key_parks_municipal_or_below", 6, "count", E0, "2014年（市委市政府意见）", opt=True),
  fact("福州", "region", "industrial_output_above_scale_cny", 6.274e11, "cny", E1, "2015年", chk=True, note="全市重点园区合计"),
  fact("福州", "region", "parks_share_of_industrial_output", 0.8, "ratio", E1, "2015年", kind="ratio", opt=True, note="“八成”"),
  fact("福州", "region", "above_scale_industrial_value_added_cny", 1.691e11, "cny", E2, "2015年", chk=True, note="全市重点园区合计"),
  fact(JY, "park", "expected_annual_output_cny", 2e11, "cny", "未来这里将形成年产值2000亿元的产业集群", "未来（目标）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- yn06 福州:做强园区兴产业 (福建日报 via 福州新闻网 2022)
KM = "可门经济开发区"
QK = "青口汽车工业园区"
F0 = "近日,正威国际集团投资的锂电铜箔项目、稀土磁材项目落地福州连江县可门经济开发区"
F1 = "其中,锂电铜箔项目总投资200亿元,预计产值达300亿元"
F2 = "稀土磁材项目总投资50亿元,预计产值超100亿元"
F3 = "可门经济开发区管委会负责人介绍,截至目前,园区已吸引央企、国企、大型民企等50多家企业入驻"
F4 = "青口汽车工业园区一方面在空间规划上进行拓展,预选卜洲产业园3300亩地块作为新的整车厂项目用地,另一方面启动“春雷行动”,推进一批基础设施配套项目"
F5 = "福清融侨经济技术开发区围绕电子信息、汽车部件、光学器件,着力引进上下游配套产业项目"
F6 = "福州台商投资区坚持以优质服务助力投资30亿元以上的福蓉源年产18万吨消费电子铝型材及加工项目落地"
F7 = "2021年,福州各大园区落地项目超500个,总投资超2500亿元"
FR = "福蓉源年产18万吨消费电子铝型材及加工项目"
G["yn06"] = dict(
 article=art("福州:做强园区兴产业", "福建日报（“来源:福建日报”；存段无署名），载于福州新闻网 news.fznews.com.cn", "2022-03-22", "day",
  "Provincial daily relayed by the city news site, Fujian: the city's industrial-park standardisation drive — two large projects landing in a county economic development zone with investment and expected output, the zone's firm count, an automotive park's land reserve, a Taiwanese-investment zone's aluminium project, the city's parks' projects and investment in 2021",
  "http://news.fznews.com.cn/fzxw/20220322/n50b5C0g01.shtml",
  "日期取页面“2022-03-22 09:22:50来源:福建日报”。标题照录；频道路径、日期来源行、图片说明（“…在闽侯县福特科光电有限公司,研发人员在研制精密光学元件。谢贵明 摄”，福特科光电只见于此，不列）已删；存段末行“福州市工信局有关负责人表示,”为下一段残文，已删（make_txt.py ITEMS），正文截至“…总投资超2500亿元。”，共六段。园区：可门经济开发区（福州市连江县，福建；文中又作“可门”“园区”）、青口汽车工业园区、卜洲产业园（青口汽车工业园区预选的地块所在，parent 推定为青口汽车工业园区，可选）、福清融侨经济技术开发区、福州台商投资区。项目：锂电铜箔项目（200亿元）、稀土磁材项目（50亿元）——正威国际集团投资，“落地”可门经济开发区，状态不记（落地≈落户）；福蓉源年产18万吨消费电子铝型材及加工项目——“投资30亿元以上”（超），“助力…落地”福州台商投资区，状态不记；“新的整车厂项目”无名称、只是预选用地（planned，可选）。公司：正威国际集团（投资方，未说在园，park null）；福蓉源（只在项目名中，可选）。事实：锂电铜箔项目预计产值300亿元、稀土磁材项目预计产值超100亿元（target）；可门经济开发区截至目前入驻企业50多家（cumulative，余）；卜洲产业园地块3300亩（可选）；福州各大园区2021年落地项目超500个、总投资超2500亿元（subject 福州，region）。可门经济开发区管委会列可选机构。",
  "yn06"),
 parks=[
  park(KM, "福州", "福建", "经济开发区", F0, district="连江县", note="文中又作“可门”“园区”"),
  park(QK, "福州", "福建", "工业园区（汽车）", F4),
  park("卜洲产业园", "福州", "福建", "产业园", F4, parent=QK, opt=True, note="青口汽车工业园区预选其中3300亩地块作整车厂项目用地；parent 由语境推定"),
  park("福清融侨经济技术开发区", "福州", "福建", "经济技术开发区", F5, district="福清市"),
  park("福州台商投资区", "福州", "福建", "台商投资区", F6),
 ],
 companies=[
  comp("正威国际集团", None, F0, note="投资方；项目落在可门经济开发区，集团本身未说在园"),
  comp("福蓉源", "福州台商投资区", F6, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("可门经济开发区管委会", F3, park=KM, note="园区管理机构"),
 ],
 projects=[
  proj("锂电铜箔项目", KM, F1, companies=["正威国际集团"], inv="总投资200亿元", note="“落地”，状态不记"),
  proj("稀土磁材项目", KM, F2, companies=["正威国际集团"], inv="总投资50亿元", note="“落地”，状态不记"),
  proj(FR, "福州台商投资区", F6, companies=["福蓉源"], inv="投资30亿元以上", qual="超", qual_text="以上", note="“助力…落地”，状态不记"),
  proj("整车厂项目", QK, F4, status="planned", status_text="预选…地块作为新的整车厂项目用地", opt=True, note="文中只说“新的整车厂项目用地”，无名称"),
 ],
 aggregate_facts=[
  fact("锂电铜箔项目", "project", "expected_annual_output_cny", 3e10, "cny", "预计产值达300亿元", "达产后（预期）", kind="target", chk=True),
  fact("稀土磁材项目", "project", "expected_annual_output_cny", 1e10, "cny", "预计产值超100亿元", "达产后（预期）", kind="target", qual="超", qtext="超", chk=True),
  fact(KM, "park", "firms", 50, "count", F3, "2022年3月", kind="cumulative", qual="余", qtext="多"),
  fact(QK, "park", "land_reserved_mu", 3300, "mu", F4, "2022年3月", opt=True, note="卜洲产业园地块，预选作整车厂项目用地"),
  fact("福州", "region", "projects_landed", 500, "count", F7, "2021年", qual="超", qtext="超", note="福州各大园区合计"),
  fact("福州", "region", "projects_landed_investment_cny", 2.5e11, "cny", "总投资超2500亿元", "2021年", qual="超", qtext="超", chk=True, note="福州各大园区合计"),
 ])

# ---------------------------------------------------------------- yn07 福鼎工业园区 (福鼎新闻网 2018, date inferred)
FD = "福鼎工业园区"
XH = "星火项目区"
H0 = "福鼎新闻网讯(夏华鑫)在福鼎市工业园区星火项目区,车来车往,从车辆的鸣笛声中,仿佛都能触摸到改革开放以来福鼎的“工业烙印”"
H1 = "1998年,作为宁德地区3个民营经济试验区之一,星火民营工业园区正式启动建设"
H2 = "福建精宇机械部件有限公司正是第一批入驻的企业"
H3 = "经过16年发展,该企业现占地面的达9200平方米,建筑面积5680平方米,员工一百多人,年产值达5500万元"
H4 = "2003年至2004年,由于发展需要,双岳项目区及文渡项目区先后开始建设"
H5 = "将后建的两个项目区与星火项目区合并,组成福建福鼎工业园区,至此福鼎初步形成“一园三区”的格局,规划面积为15平方千米"
AS7 = "2018年（推定）"
G["yn07"] = dict(
 article=art("（无标题）福鼎工业园区星火项目区二十年", "福鼎新闻网（fdxww.com，产业经济栏；记者 夏华鑫）", "2018", "year",
  "County-level city news site, Fujian: a feature on a county industrial park's oldest section twenty years on — the park's origin as a private-economy pilot zone, a first-batch firm with its area, staff and output, the merger of three sections into the provincial park and its planned area",
  "http://fdxww.com/xinwenpindao/chanyejingji/66439.html",
  "存段无标题、无日期行（title 为编者概括）。日期推定：文中“二十年前”指1998年启动建设，企业2002年入驻后“经过16年发展”，均指向2018年（改革开放四十年系列稿口吻），记 2018（year，推定）。存段末段只有一句“如今,福鼎工业园区已有入园企业166家,其中投产企业达113家,规上企业68家,在建企业17家,已初步建成集食品医药、汽摩配件”，在句中中断，整段删去（make_txt.py ITEMS），这些数字因而不在正文；正文截至“…规划面积为15平方千米。”，共五段。园区：福鼎工业园区（文中又作“福鼎市工业园区”“福建福鼎工业园区”；宁德市福鼎市，福建）；星火项目区（1998年以“星火民营工业园区”启动，parent 福鼎工业园区）、双岳项目区、文渡项目区（parent 福鼎工业园区，可选）。公司：福建精宇机械部件有限公司（2002年第一批入驻星火民营工业园区→park 星火项目区）。事实：企业占地9200平方米、建筑面积5680平方米、员工一百多人、年产值5500万元；园区合并后规划面积15平方千米（2010年）。居民夏蒙爱、副总经理叶仲不列。",
  "yn07"),
 parks=[
  park(FD, "宁德", "福建", "工业园区", "2010年,为进一步推进工业立市的战略,经福鼎市委、市政府批准," + H5, district="福鼎市",
       aliases=["福鼎市工业园区", "福建福鼎工业园区"], note="“一园三区”；星火、双岳、文渡三项目区合并"),
  park(XH, "宁德", "福建", "项目区", H0, district="福鼎市", parent=FD, aliases=["星火民营工业园区"],
       note="1998年以“星火民营工业园区”启动建设；宁德地区3个民营经济试验区之一"),
  park("双岳项目区", "宁德", "福建", "项目区", H4, district="福鼎市", parent=FD, opt=True),
  park("文渡项目区", "宁德", "福建", "项目区", H4, district="福鼎市", parent=FD, opt=True),
 ],
 companies=[
  comp("福建精宇机械部件有限公司", XH, H2, note="2002年第一批入驻星火民营工业园区"),
 ],
 projects=[],
 aggregate_facts=[
  fact("福建精宇机械部件有限公司", "company", "annual_output_cny", 5.5e7, "cny", H3, AS7, chk=True),
  fact("福建精宇机械部件有限公司", "company", "site_area_m2", 9200, "m2", H3, AS7, opt=True),
  fact("福建精宇机械部件有限公司", "company", "floor_area_m2", 5680, "m2", H3, AS7, opt=True),
  fact("福建精宇机械部件有限公司", "company", "employees", 100, "count", H3, AS7, qual="余", qtext="多", opt=True),
  fact(FD, "park", "planned_area_km2", 15, "km2", H5, "2010年（合并组建时）"),
 ])
