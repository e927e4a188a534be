# real85 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/上百亿 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a county or district is a region, not a park). Status from the
# text's words (开工 / 开工建设 / 集中开工 → 开工; 投产 / 启动试生产 → 投产; 签约 / 签署 → 签约; a building site → 在建).
# Year-to-date or “累计” counts and values are cumulative; “预计 / 投产后 / 建成后” figures are target. Sources are `search`
# (corpus pages) excerpts typed into _raw/pages/xcNN.raw as returned.

# ---------------------------------------------------------------- xc01 彭山区 一季度集中签约 / 成眉新能源新材料园区 (2019)
CM = "成眉新能源新材料园区"
A0 = "3月7日,眉山市彭山区2019年一季度项目集中签约仪式在彭山产业新城(成眉新能源新材料园区)服务中心举行,此次集中签约6个项目,计划总投资上百亿元"
A1 = "据悉,此次签约的6个项目分别为中日国际康养城项目、年产5万吨(环保型)水性树脂项目、精细化学品项目、环保型水性胶水及造纸助剂项目、无损检测成套设备项目以及年产3万吨聚氨酯新材料制品项目"
A2 = "其中,中日国际康养城项目总投资约100亿元人民币,计划用地约1500亩"
A3 = "其余5个项目均落户成眉新能源新材料园区"
A4 = "截至2019年2月,园区已累计引进产业项目41个,总投资112.88亿元,优质项目亮点纷呈"
A5 = "其中,500强投资项目3个,行业类龙头项目17个,国家高新技术企业9个,上市公司6家,境外企业5个"
AS1 = "截至2019年2月"
AS1S = "2019年3月7日（一季度集中签约）"
G["xc01"] = dict(
 article=art("（无标题）眉山市彭山区2019年一季度项目集中签约 6个项目计划总投资上百亿元 其余5个落户成眉新能源新材料园区",
  "sckjw.com.cn（站名、原发媒体与署名存段未示）", "2019-03 (inferred)", "month",
  "Regional site's news item, Sichuan: a district's first-quarter signing of six named projects (one with amount and land), five of them landing in a provincial development zone, with the zone's cumulative projects, investment and firm counts",
  "https://www.sckjw.com.cn/info/5709",
  "存段无标题、无日期行（title 为编者概括）。日期：签约仪式为“3月7日”“2019年一季度”，园区数据“截至2019年2月”，发布日未示，推定 2019-03（month）。正文四段，完整。园区：成眉新能源新材料园区（“该园区成立于2012年,是经省发改委批准的省级开发区”；眉山市彭山区，四川）；“彭山产业新城(成眉新能源新材料园区)”以括注并称，记为 alias。项目：六个签约项目（签约，无单项金额，唯中日国际康养城项目“总投资约100亿元人民币”→约）；“其余5个项目均落户成眉新能源新材料园区”→五个项目 park 记该园区，中日国际康养城项目不在“其余5个”之内，park null（彭山区）。“北科生物细胞制备中心”等为康养城子项目，不另列。事实：彭山区此次签约6个、计划总投资“上百亿元”（超，1e10，主体记彭山区 region）；园区截至2019年2月累计引进产业项目41个、总投资112.88亿元，其中500强投资项目3个、行业类龙头项目17个、国家高新技术企业9个、上市公司6家、境外企业5个、高端人才14人（cumulative）。区领导不列。",
  "xc01"),
 parks=[
  park(CM, "眉山", "四川", "省级开发区", A3, district="彭山区", aliases=["彭山产业新城"],
       note="“该园区成立于2012年,是经省发改委批准的省级开发区”；文中以“彭山产业新城(成眉新能源新材料园区)”并称"),
 ],
 companies=[],
 institutions=[
  inst("省发改委", "据了解,该园区成立于2012年,是经省发改委批准的省级开发区", note="四川省发展和改革委员会（文中简称）"),
 ],
 projects=[
  proj("中日国际康养城项目", None, A2, inv="总投资约100亿元", qual="约", qual_text="约", status="签约", status_text="集中签约",
       note="不在“其余5个”落户园区的项目之列，park null（彭山区）；计划用地约1500亩"),
  proj("年产5万吨(环保型)水性树脂项目", CM, A1, status="签约", status_text="集中签约", note="“其余5个项目均落户成眉新能源新材料园区”"),
  proj("精细化学品项目", CM, A1, status="签约", status_text="集中签约", note="同上"),
  proj("环保型水性胶水及造纸助剂项目", CM, A1, status="签约", status_text="集中签约", note="同上"),
  proj("无损检测成套设备项目", CM, A1, status="签约", status_text="集中签约", note="同上"),
  proj("年产3万吨聚氨酯新材料制品项目", CM, A1, status="签约", status_text="集中签约", note="同上"),
 ],
 aggregate_facts=[
  fact("彭山区", "region", "projects_signed", 6, "count", A0, AS1S),
  fact("彭山区", "region", "signed_investment_cny", 1e10, "cny", "此次集中签约6个项目,计划总投资上百亿元", AS1S,
       qual="超", qtext="上百亿", note="“上百亿元”：签约项目的计划总投资（同 real52 zv03 签约总投资记 reported），记 1e10 超"),
  fact("中日国际康养城项目", "project", "site_area_mu", 1500, "mu", A2, AS1S, kind="target", qual="约", qtext="约", opt=True),
  fact(CM, "park", "projects_introduced", 41, "count", A4, AS1, kind="cumulative"),
  fact(CM, "park", "introduced_investment_cny", 1.1288e10, "cny", A4, AS1, kind="cumulative", chk=True),
  fact(CM, "park", "fortune500_projects", 3, "count", A5, AS1, kind="cumulative", opt=True),
  fact(CM, "park", "leading_projects", 17, "count", A5, AS1, kind="cumulative", opt=True),
  fact(CM, "park", "high_tech_firms", 9, "count", A5, AS1, kind="cumulative"),
  fact(CM, "park", "listed_companies", 6, "count", A5, AS1, kind="cumulative"),
  fact(CM, "park", "foreign_firms", 5, "count", A5, AS1, kind="cumulative", opt=True),
  fact(CM, "park", "high_end_talents", 14, "count", "刚性和柔性引进国家“千人计划”、国家杰出青年、“长江学者”和外籍院士等高端人才14人", AS1, kind="cumulative", opt=True),
  fact(CM, "park", "established_year", 2012, "year", "据了解,该园区成立于2012年,是经省发改委批准的省级开发区", AS1, opt=True),
 ])

# ---------------------------------------------------------------- xc02 荣昌国家高新区 川企 (2020)
RC = "荣昌国家高新区"
B0 = "3月9日举行的荣昌区春季重点工业项目集中开工活动,12个项目总投资62.9亿元"
B1 = "其中科技含量最高的是四川铁骑力士集团投资建设抗菌肽研发及产业化项目。该项目计划投资8亿元,年产抗菌肽等微生态制剂1万吨"
B2 = "“目前,落户荣昌国家高新区的四川工业企业已达50余家。"
B3 = "荣昌首家上市公司、第一纳税大户重庆华森制药有限公司,就由四川泸州人游洪涛投资创办"
B4 = "于去年9月开工建设的重庆西部电子电路产业园项目,主要由四川遂宁的绿然科技集团有限责任公司投资建设和运营,总投资150亿元,预计5年内实现产值超过100亿元"
AS2 = "2020年3月"
G["xc02"] = dict(
 article=art("落户荣昌国家高新区的四川工业企业已达50余家 荣昌成川渝合作热土",
  "corpsemanor.com 转载页（原发媒体与署名存段未示；页内作“原标题:”）", "2020-03 (inferred)", "month",
  "Reposted regional news feature, Chongqing: a district's national high-tech zone as a hub for Sichuan firms — a spring groundbreaking of 12 projects with total investment and one named project with amount, the number of Sichuan industrial firms in the zone, a listed pharmaceutical firm and a named industrial-park project with investor, amount, start date and expected output",
  "https://corpsemanor.com/wO36zBJqCC/show/705-83231.html",
  "存段无独立标题行，以“原标题:落户荣昌国家高新区的四川工业企业已达50余家”“荣昌成川渝合作热土”两行开头（已删；title 取此两行）。同文另有繁体转换副本（klmedf.cn，标题前加“【唱好“雙城記” 建好“經濟圈”】”），未用。日期：文中“3月12日”“本周…举行了2020年春季重点工业项目集中开工活动”“3月9日”，发布日未示，推定 2020-03（month）。存段末句“在今年疫情防控中,荣昌降为低风险区后,我们”中断，已删（make_txt.py LINE_SUFFIX），正文截至“…这个速度是我们想象不到的。”，共四段。园区：荣昌国家高新区（重庆荣昌区；国家级高新区）。“四个毗邻国家高新区产业联盟”未点名各区，不列。项目：抗菌肽研发及产业化项目（四川铁骑力士集团；荣昌区春季集中开工12个项目之一→开工；“计划投资8亿元”；文中只说荣昌区，park null）；重庆西部电子电路产业园项目（绿然科技集团有限责任公司投资建设运营；“去年9月开工建设”→开工（2019年9月）；总投资150亿元；作为“落户荣昌国家高新区的四川工业企业”的例子出现，park 推定为荣昌国家高新区）。公司：重庆华森制药有限公司（同段举例，park 推定荣昌国家高新区）；四川铁骑力士集团、绿然科技集团有限责任公司（投资方，四川企业，park null）。事实：荣昌区集中开工12个项目、总投资62.9亿元（region）；高新区内四川工业企业50余家（余）；电子电路产业园项目5年内产值超过100亿元（target，主体项目）。人名（李国荣、游洪涛、周汉知）不列。",
  "xc02", title_note="页面作“原标题:落户荣昌国家高新区的四川工业企业已达50余家 / 荣昌成川渝合作热土”"),
 parks=[
  park(RC, "重庆", "重庆", "国家级高新区", B2, district="荣昌区", note="文中又作“国家高新区”"),
 ],
 companies=[
  comp("四川铁骑力士集团", None, B1, note="四川企业；投资建设抗菌肽研发及产业化项目（荣昌区，园区未说）"),
  comp("重庆华森制药有限公司", RC, B3, note="荣昌首家上市公司、第一纳税大户；作为落户高新区的川企之例出现，园区由语境推定"),
  comp("绿然科技集团有限责任公司", None, B4, note="四川遂宁企业；重庆西部电子电路产业园项目的投资建设和运营方"),
 ],
 institutions=[
  inst("荣昌国家高新区管委会", "荣昌国家高新区管委会副主任李国荣如是说", park=RC),
 ],
 projects=[
  proj("抗菌肽研发及产业化项目", None, B1, companies=["四川铁骑力士集团"], inv="计划投资8亿元", status="开工", status_text="集中开工",
       note="2020年3月9日荣昌区春季重点工业项目集中开工12个项目之一（“其中科技含量最高的是…”）；园区未说"),
  proj("重庆西部电子电路产业园项目", RC, B4, companies=["绿然科技集团有限责任公司"], inv="总投资150亿元", status="开工", status_text="于去年9月开工建设",
       note="2019年9月开工；园区由语境推定（落户荣昌国家高新区的川企之例）"),
 ],
 aggregate_facts=[
  fact("荣昌区", "region", "projects_started", 12, "count", B0, "2020年3月9日（春季集中开工）"),
  fact("荣昌区", "region", "projects_started_investment_cny", 6.29e9, "cny", B0, "2020年3月9日（春季集中开工）", chk=True),
  fact(RC, "park", "sichuan_industrial_firms", 50, "count", B2, AS2, qual="余", qtext="余"),
  fact("抗菌肽研发及产业化项目", "project", "annual_capacity_t", 10000, "t", B1, "建成后", kind="target", opt=True),
  fact("重庆西部电子电路产业园项目", "project", "expected_output_cny", 1e10, "cny", "预计5年内实现产值超过100亿元", "5年内（预计）", kind="target",
       qual="超", qtext="超过", chk=True),
 ])

# ---------------------------------------------------------------- xc03 朝天区 羊木工业园 项目开工 (广元 2012)
YM = "羊木工业园"
C0 = "近日,朝天区4万吨复膜塑编布及软包装袋项目、世行二批次暨潜溪河一级景观坝项目顺利开工,项目总投资逾5亿元"
C1 = "4万吨复膜塑编布及软包装袋项目:总投资4亿元,建于羊木工业园,由广元成达塑编有限公司投资建设"
C2 = "世行二批次项目:总投资9996万元,新建大中坝道路5.5千米及配套雨水管网、照明设施、交通标志、道路绿化、公交设施"
C3 = "潜溪河一级景观坝项目:总投资约698万元,采用BT模式建设,通过上网招商,于2012年12月14日确定由四川锦徳建设工程有限公司中标承建"
AS3 = "2012年12月"
G["xc03"] = dict(
 article=art("（无标题）朝天区4万吨复膜塑编布及软包装袋项目、世行二批次暨潜溪河一级景观坝项目开工 总投资逾5亿元",
  "广元市人民政府网站（www.cngy.gov.cn，政务公开栏；原发单位与署名存段未示）", "2012-12-26", "day",
  "City government portal's news item, Sichuan: a district's projects started — an industrial project in a township industrial park with investor, amount, land and capacity, and two infrastructure projects with amounts and a contractor",
  "https://www.cngy.gov.cn/gongkai/show/20121226105013-224081-00-000.html",
  "存段无标题、无日期行（title 为编者概括）。日期取网址 20121226105013（2012-12-26；文中“于2012年12月14日确定…中标”）。正文两段，完整。园区：羊木工业园（广元市朝天区，四川；“建于羊木工业园”）。项目：4万吨复膜塑编布及软包装袋项目（羊木工业园；广元成达塑编有限公司投资建设；总投资4亿元；顺利开工→开工；占地130亩）；世行二批次项目（总投资9996万元，基础设施，park null，开工）；潜溪河一级景观坝项目（总投资约698万元，BT模式，park null，开工；四川锦徳建设工程有限公司中标承建，列可选公司）。首句并称“世行二批次暨潜溪河一级景观坝项目”，下文分列两个项目，按分列记。事实：三个项目合计“总投资逾5亿元”（超，主体记朝天区 region）。",
  "xc03"),
 parks=[
  park(YM, "广元", "四川", "工业园", C1, district="朝天区"),
 ],
 companies=[
  comp("广元成达塑编有限公司", YM, C1, note="投资建设4万吨复膜塑编布及软包装袋项目"),
  comp("四川锦徳建设工程有限公司", None, C3, opt=True, note="潜溪河一级景观坝项目中标承建方"),
 ],
 projects=[
  proj("4万吨复膜塑编布及软包装袋项目", YM, C1, companies=["广元成达塑编有限公司"], inv="总投资4亿元", status="开工", status_text="顺利开工"),
  proj("世行二批次项目", None, C2, inv="总投资9996万元", status="开工", status_text="顺利开工",
       note="基础设施（道路、管网、污水处理厂）；首句作“世行二批次暨潜溪河一级景观坝项目”"),
  proj("潜溪河一级景观坝项目", None, C3, inv="总投资约698万元", qual="约", qual_text="约", status="开工", status_text="顺利开工",
       companies=["四川锦徳建设工程有限公司"], note="BT模式；四川锦徳建设工程有限公司中标承建"),
 ],
 aggregate_facts=[
  fact("朝天区", "region", "projects_started_investment_cny", 5e8, "cny", C0, AS3, qual="超", qtext="逾", chk=True,
       note="三个开工项目合计"),
  fact("4万吨复膜塑编布及软包装袋项目", "project", "site_area_mu", 130, "mu", "项目占地130亩", AS3, opt=True),
 ])

# ---------------------------------------------------------------- xc04 白沙工业园 消费品工业 (江津 2019)
BS = "白沙工业园"
D0 = "11月7日,市经济信息委中国轻工业信息中心及市级相关部门、行业协会负责人等众多专家学者深入白沙工业园江记酒庄实地调研消费品工业发展情况"
D1 = "截止2019年9月,园区共引进消费品类项目110个(56%),协议引资146亿元(72%)"
D2 = "已投产消费品类企业50个(60%),其中规上消费品类企业16个(64%),产值41.1亿元(71%),其中规上产值38.49亿元(74%)"
D3 = "目前,在建消费品类项目33个,拟建消费品类项目14个"
AS4 = "截至2019年9月"
G["xc04"] = dict(
 article=art("专家学者到白沙工业园调研消费消费品 工业发展情况", "白沙工业园（重庆市江津区白沙工业园发展中心网站 bsgyy.com，“园区新闻”栏）", "2019-11-08", "day",
  "Park's own website news item, Chongqing: a research visit to a district industrial park's liquor maker, with the park's consumer-goods industry figures — projects introduced, agreed investment, firms in production, above-scale firms, output, projects under construction and planned",
  "http://bsgyy.com/index.php?s=news&c=show&id=748",
  "日期取页面“来源:白沙工业园    2019年11月08日”。标题照录（“消费消费品 工业”原文如此）；栏目名、位置导航、来源日期行与页脚（“重庆市江津区白沙工业园发展中心”、备案号等）已删。正文两段，完整（首段末无句号，原文如此）。园区：白沙工业园（重庆市江津区；区名只见于页脚，文中作“我区”）。公司：江记酒庄（调研点，在园）。机构：市经济信息委、中国轻工业信息中心（可选）。事实：截至2019年9月消费品类项目110个、协议引资146亿元（cumulative）；已投产消费品类企业50个、规上16个、产值41.1亿元、规上产值38.49亿元（产值期间未明说，按同句“截止2019年9月”记，cumulative）；在建33个、拟建14个。括注百分比为消费品类占园区总量之比，列可选 ratio。",
  "xc04"),
 parks=[
  park(BS, "重庆", "重庆", "工业园", D0, district="江津区", note="区名只见于页脚“重庆市江津区白沙工业园发展中心”；文中又作“园区”"),
 ],
 companies=[
  comp("江记酒庄", BS, D0, note="调研点"),
 ],
 institutions=[
  inst("市经济信息委", D0, note="重庆市经济和信息化委员会（文中简称）"),
  inst("中国轻工业信息中心", D0, kind="research"),
 ],
 projects=[],
 aggregate_facts=[
  fact(BS, "park", "consumer_goods_projects_introduced", 110, "count", D1, AS4, kind="cumulative"),
  fact(BS, "park", "consumer_goods_projects_share", 0.56, "ratio", D1, AS4, kind="ratio", opt=True),
  fact(BS, "park", "consumer_goods_agreed_investment_cny", 1.46e10, "cny", "协议引资146亿元(72%)", AS4, kind="cumulative", chk=True),
  fact(BS, "park", "consumer_goods_agreed_investment_share", 0.72, "ratio", "协议引资146亿元(72%)", AS4, kind="ratio", opt=True),
  fact(BS, "park", "consumer_goods_firms_in_production", 50, "count", D2, AS4),
  fact(BS, "park", "consumer_goods_above_scale_firms", 16, "count", D2, AS4),
  fact(BS, "park", "consumer_goods_output_cny", 4.11e9, "cny", "产值41.1亿元(71%)", "2019年（截至9月）", kind="cumulative", chk=True,
       note="期间未明说；按同段“截止2019年9月”记"),
  fact(BS, "park", "consumer_goods_above_scale_output_cny", 3.849e9, "cny", "其中规上产值38.49亿元(74%)", "2019年（截至9月）", kind="cumulative", chk=True, opt=True),
  fact(BS, "park", "consumer_goods_projects_under_construction", 33, "count", D3, AS4),
  fact(BS, "park", "consumer_goods_projects_planned", 14, "count", D3, AS4, opt=True),
 ])

# ---------------------------------------------------------------- xc05 邛崃市2012年百亿项目集中签约暨开工 (羊安工业园区)
YA = "羊安工业园区"
LQ = "临邛工业园区"
E0 = "集中签约项目共计30个,包括邛崃“汉城·酒城文化产业园”、达能二期、南非Lanrust红酒灌装线等项目,累计投资总额逾100亿元"
E1 = "集中开工项目共计55个,包括西格玛化工、蓝剑饮品、科伦制药等项目,累计投资总额约128亿元"
E2 = "昨日上午,邛崃市2012年百亿项目集中签约暨开工典礼在羊安工业园区隆重举行"
E3 = "签约之一的“汉城·酒城文化产业园”项目,总投资10.5亿元,将以大汉历史文化为设计依据"
E4 = "总投资22亿元的西格玛项目全面投产后年产值可达50亿元,实现利税8亿元,可解决上千人就业"
E5 = "科伦药业投资7个亿兴建,占地400亩,主要生产医药化工中间体及原料药,建成投产后将实现年销售收入9.8亿元"
E6 = "临邛工业园区围绕优质白酒、生物医药及食品饮料产业,已引进企业99家,总协议资金近145亿元"
E7 = "羊安工业园区重点围绕日用化工及新型涂料产业,引进企业125家,总协议资金超过150亿元,项目全部建成投产后,将创造近3.5万人的就业岗位,实现产值近500亿元以上"
AS5 = "2012年（集中签约暨开工典礼）"
AS5P = "2012年"
G["xc05"] = dict(
 article=art("（无标题）邛崃市2012年百亿项目集中签约暨开工典礼在羊安工业园区举行 签约30个、开工55个",
  "news.17huanbao.com（“hyxw”行业新闻栏转载；原发媒体与署名存段未示）", "2012 (inferred; day not shown)", "year",
  "Industry site relaying a local news item, Sichuan: a county-level city's mass signing and groundbreaking held in an industrial park — signed and started project counts and totals, named projects with amounts and expected output, sales and profit-tax, and two parks' firm counts and agreed investment",
  "http://news.17huanbao.com/hyxw/news_80470.html",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“邛崃市2012年百亿项目集中签约暨开工典礼”“力争2012年…”，典礼在发稿“昨日”，具体日未示，记 2012（year，推定）。同文另有繁体转换副本（hntv520.com 同路径），未用。小标题两行（“项目涵盖一、二、三产业”“邛崃三大产业集群已初具规模”）保留为段。存段末段“邛崃市委主要领导接受采访时表示:“…为2016年实现工业总产值、工”在引语中中断，整段删去（ITEMS 截至上一段），正文截至“…实现产值近500亿元以上。”，共五段。园区：羊安工业园区（典礼地点；日用化工及新型涂料）、临邛工业园区（优质白酒、生物医药及食品饮料）；成都市邛崃市，四川。项目：签约——“汉城·酒城文化产业园”项目（总投资10.5亿元）、达能二期、南非Lanrust红酒灌装线；开工——西格玛化工（下文“总投资22亿元的西格玛项目”）、蓝剑饮品、科伦制药（下文“科伦药业投资7个亿兴建”：“7个亿”非“亿元”写法，investment_cny 留空，见 note）。各项目落在哪个园区文中未说（典礼在羊安工业园区举行不等于项目在该园区），park 均 null。公司：科伦药业（投资方；项目名作“科伦制药”，alias）；达能、西格玛、蓝剑只在项目名中（可选）。事实：签约30个/逾100亿元、开工55个/约128亿元（region 邛崃市）；分产业“累计投资约13亿”等无“元”字，不计；西格玛项目年产值50亿元、利税8亿元，科伦年销售收入9.8亿元（target）；临邛工业园区引进企业99家、协议资金近145亿元；羊安工业园区引进企业125家、协议资金超过150亿元，建成后就业近3.5万人、产值近500亿元以上（target，可选）。",
  "xc05"),
 parks=[
  park(YA, "成都", "四川", "工业园区", E2, district="邛崃市", note="典礼地点；日用化工及新型涂料产业"),
  park(LQ, "成都", "四川", "工业园区", E6, district="邛崃市", note="优质白酒、生物医药及食品饮料产业"),
 ],
 companies=[
  comp("科伦药业", None, E5, aliases=["科伦制药"], note="投资7个亿兴建；开工项目列作“科伦制药”"),
  comp("西格玛化工", None, E1, opt=True, note="只在项目名中（下文“西格玛项目”）"),
  comp("蓝剑饮品", None, E1, opt=True, note="只在项目名中"),
  comp("达能", None, E0, opt=True, note="只在项目名“达能二期”中"),
 ],
 projects=[
  proj("“汉城·酒城文化产业园”项目", None, E3, inv="总投资10.5亿元", status="签约", status_text="签约之一",
       aliases=["邛崃“汉城·酒城文化产业园”"], note="文旅项目；园区未说"),
  proj("达能二期", None, E0, companies=["达能"], phase="二期", status="签约", status_text="集中签约", note="无单项金额"),
  proj("南非Lanrust红酒灌装线", None, E0, status="签约", status_text="集中签约", note="无单项金额"),
  proj("西格玛化工", None, E4, companies=["西格玛化工"], inv="总投资22亿元", status="开工", status_text="集中开工",
       aliases=["西格玛项目"], note="开工名单作“西格玛化工”，金额句作“西格玛项目”；园区未说"),
  proj("蓝剑饮品", None, E1, companies=["蓝剑饮品"], status="开工", status_text="集中开工", note="无单项金额"),
  proj("科伦制药", None, E5, companies=["科伦药业"], inv="投资7个亿", unparsed=True, status="开工", status_text="集中开工",
       note="“7个亿”即7亿元，非“亿元”写法，investment_cny 留空（同 real25 q04 处理）；占地400亩"),
 ],
 aggregate_facts=[
  fact("邛崃市", "region", "projects_signed", 30, "count", E0, AS5),
  fact("邛崃市", "region", "signed_investment_cny", 1e10, "cny", E0, AS5, qual="超", qtext="逾", chk=True),
  fact("邛崃市", "region", "projects_started", 55, "count", E1, AS5),
  fact("邛崃市", "region", "projects_started_investment_cny", 1.28e10, "cny", E1, AS5, qual="约", qtext="约", chk=True),
  fact("西格玛化工", "project", "expected_annual_output_cny", 5e9, "cny", "全面投产后年产值可达50亿元", "全面投产后（预期）", kind="target", chk=True),
  fact("西格玛化工", "project", "expected_annual_profit_tax_cny", 8e8, "cny", "实现利税8亿元", "全面投产后（预期）", kind="target", chk=True, opt=True),
  fact("科伦制药", "project", "expected_annual_sales_cny", 9.8e8, "cny", "建成投产后将实现年销售收入9.8亿元", "建成投产后（预期）", kind="target", chk=True),
  fact("科伦制药", "project", "site_area_mu", 400, "mu", E5, AS5P, opt=True),
  fact(LQ, "park", "firms", 99, "count", E6, AS5P, kind="cumulative", note="已引进企业"),
  fact(LQ, "park", "agreed_investment_cny", 1.45e10, "cny", "已引进企业99家,总协议资金近145亿元", AS5P, kind="cumulative", qual="约", qtext="近", chk=True),
  fact(YA, "park", "firms", 125, "count", E7, AS5P, kind="cumulative", note="引进企业"),
  fact(YA, "park", "agreed_investment_cny", 1.5e10, "cny", "引进企业125家,总协议资金超过150亿元", AS5P, kind="cumulative", qual="超", qtext="超过", chk=True),
  fact(YA, "park", "expected_jobs", 35000, "count", "项目全部建成投产后,将创造近3.5万人的就业岗位", "项目全部建成投产后（预期）", kind="target", qual="约", qtext="近", opt=True),
  fact(YA, "park", "expected_output_cny", 5e10, "cny", "实现产值近500亿元以上", "项目全部建成投产后（预期）", kind="target", qual="约", qtext="近…以上", chk=True, opt=True,
       note="“近500亿元以上”原文如此"),
 ])

# ---------------------------------------------------------------- xc06 隆昌县在渝签约 川渝经济合作隆昌工业园 (2012)
LC = "川渝经济合作隆昌工业园"
F0 = "昨日签署的项目包括:重庆米纳橡塑有限公司投资8000万元的发动机连杆项目,重庆顺宇林业开发有限公司投资5000万元,建设的20万套汽车排气管零部件及年产60套木材机械项目"
F1 = "据了解,目前该县已规划了30平方公里的川渝经济合作隆昌工业园,重点发展机械汽配、纺织服装、食品医药三大支柱产业"
F2 = "此外,隆昌县还与九龙坡区工商联签订战略合作协议"
G["xc06"] = dict(
 article=art("（无标题）四川省隆昌县在渝召开投资说明会暨签约仪式 敲定上亿元投资大单",
  "重庆一家日报（“本报讯(首席记者 孙黎明 实习生 黄汉城)”，报名存段未示），载于 58188.com（顶尖财经网）", "2012-05-15", "day",
  "Chongqing paper's news item relayed by a finance site: a Sichuan county's investment presentation and signing in Chongqing — two named projects by Chongqing firms with amounts, a cooperation agreement, and the county's planned Sichuan–Chongqing cooperation industrial park with its area and industries",
  "http://58188.com/news/2012/5-15/2374.html",
  "日期取网址 2012/5-15（签约在发稿“昨日”，即2012-05-14 前后）。存段无标题行（title 为编者概括），末行“作者:孙黎明 黄汉城 |”已删；正文三段，完整。“在渝召开”“渝洽会”“本报讯”可见原发为重庆报纸，报名未示。园区：川渝经济合作隆昌工业园（规划30平方公里；内江市隆昌县，四川；规划中园区，kind 记“工业园（规划）”）。项目：发动机连杆项目（重庆米纳橡塑有限公司，投资8000万元，签署→签约）；20万套汽车排气管零部件及年产60套木材机械项目（重庆顺宇林业开发有限公司，投资5000万元，签约）；两项目落在隆昌何处文中未说，park null。公司：两家重庆企业（投资方，park null）。机构：九龙坡区工商联（可选）。事实：园区规划面积30平方公里。“上亿元投资大单”为约数概括，不计。县委书记张勇不列。",
  "xc06"),
 parks=[
  park(LC, "内江", "四川", "工业园（规划）", F1, district="隆昌县", note="规划30平方公里；重点发展机械汽配、纺织服装、食品医药"),
 ],
 companies=[
  comp("重庆米纳橡塑有限公司", None, F0, note="投资发动机连杆项目"),
  comp("重庆顺宇林业开发有限公司", None, F0, note="投资汽车排气管零部件及木材机械项目"),
 ],
 institutions=[
  inst("九龙坡区工商联", F2, kind="association"),
 ],
 projects=[
  proj("发动机连杆项目", None, F0, companies=["重庆米纳橡塑有限公司"], inv="投资8000万元", status="签约", status_text="签署",
       note="隆昌县在渝签约；园区未说"),
  proj("20万套汽车排气管零部件及年产60套木材机械项目", None, F0, companies=["重庆顺宇林业开发有限公司"], inv="投资5000万元", status="签约", status_text="签署",
       note="同上"),
 ],
 aggregate_facts=[
  fact(LC, "park", "planned_area_km2", 30, "km2", F1, "2012年5月"),
 ])

# ---------------------------------------------------------------- xc07 绵阳经开区 项目与企业 (2025 深秋)
MY = "绵阳经开区"
H0 = "这片绵阳唯一的国家级经济技术开发区,正以“拼”的姿态、“闯”的劲头,向着“西部高质量发展示范区”目标稳步迈进"
H1 = "在威斯卡特(绵阳)汽车零部件制造有限公司崭新车间内,7.3L水冷排气管生产车间已完成设备调试安装并启动试生产"
H2 = "这个总投资 2.7亿元的项目,投产后年产能将达36.9万对汽车零部件,预计年均销售收入7.62亿元"
H3 = "在绵阳高精密印刷电路板(PCB)项目建设现场,塔吊长臂挥舞,工程机械轰鸣,百余名建设者奋战正酣"
H4 = "该项目建筑面积近10万平方米,投产后预计年产300万平方米高端线路板,年产值约30亿元,成为经开区电子信息产业的重要拼图"
H5 = "自2022年落户经开区以来,启赛微电子抓住国家战略腹地建设和产业西移机遇,建成了中西部最大的封装测试基地"
AS7 = "2025年10—11月（推定）"
G["xc07"] = dict(
 article=art("（无标题）深秋的绵阳经开区：项目建设“加速跑” 产业发展添动能",
  "360elib 报刊库转载（NewsCode NC049；署名“□ 梁锐 文/图”，原发报纸名存段未示）", "2025-10/11 (inferred)", "month",
  "Newspaper feature via a press database, Sichuan: a city's national economic and technological development zone in late autumn — a firm's plant in trial production with investment, capacity and expected sales, a named PCB project under construction with floor area, capacity, expected output and production date, and a chip-packaging firm landed in 2022 (opening of a long feature)",
  "http://www.360elib.com:2027/detail.aspx?NewsCode=NC049&NewsId=73948016&OrgId=001",
  "存段无标题、无日期行（title 为编者概括，取首句与小标题）。日期：文中“深秋”“今年3月”“11月至明年4月”“11月底全部主体封顶的目标”“2026年3月实现部分生产线投产”“2025年(第23批)”“今年1-8月”，推定 2025年10—11月（month）。署名行“□ 梁锐 文/图”已删（记于 outlet）。存段末句“我们引入全自动化设备和信息化管理系统,今年1-8月实现每月约50%的环比增”中断，已删（make_txt.py LINE_SUFFIX），正文截至“…建成了中西部最大的封装测试基地。”，含小标题一行，共五段（长篇只存开头）。“总投资 2.7亿元”中的空格原文如此。园区：绵阳经开区（“绵阳唯一的国家级经济技术开发区”；文中又作“经开区”）。公司：威斯卡特(绵阳)汽车零部件制造有限公司（车间在经开区，语境）、四川启赛微电子有限公司（“自2022年落户经开区”，又作“启赛微电子”）。项目：绵阳高精密印刷电路板(PCB)项目（建设现场、研发中心主体已封顶→在建；计划2026年3月部分投产；无投资额）；威斯卡特的“总投资 2.7亿元的项目”未命名，按 real52 惯例不另造项目名，列可选项目（以企业名为名，启动试生产→投产），金额与预期记事实。事实：威斯卡特项目年产能36.9万对、预计年均销售收入7.62亿元（target）；PCB项目建筑面积近10万平方米、年产300万平方米、年产值约30亿元（target）。",
  "xc07"),
 parks=[
  park(MY, "绵阳", "四川", "国家级经济技术开发区", H0, note="“绵阳唯一的国家级经济技术开发区”；文中又作“经开区”"),
 ],
 companies=[
  comp("威斯卡特(绵阳)汽车零部件制造有限公司", MY, H1, note="7.3L水冷排气管生产车间启动试生产；园区由语境推定"),
  comp("四川启赛微电子有限公司", MY, H5, aliases=["启赛微电子"], note="2022年落户经开区；中西部最大的封装测试基地；2025年第23批绵阳市企业技术中心"),
 ],
 projects=[
  proj("绵阳高精密印刷电路板(PCB)项目", MY, H3, status="在建", status_text="项目建设现场；研发中心主体已封顶",
       note="计划11月底全部主体封顶、2026年3月部分生产线投产；无投资额"),
  proj("威斯卡特(绵阳)汽车零部件制造有限公司", MY, H2, companies=["威斯卡特(绵阳)汽车零部件制造有限公司"], inv="总投资 2.7亿元",
       status="投产", status_text="已完成设备调试安装并启动试生产", opt=True,
       note="文中只作“这个总投资 2.7亿元的项目”，未命名；以企业名为名，列可选"),
 ],
 aggregate_facts=[
  fact("威斯卡特(绵阳)汽车零部件制造有限公司", "company", "project_investment_cny", 2.7e8, "cny", H2, AS7, chk=True, opt=True,
       note="“这个总投资 2.7亿元的项目”"),
  fact("威斯卡特(绵阳)汽车零部件制造有限公司", "company", "expected_annual_sales_cny", 7.62e8, "cny", "预计年均销售收入7.62亿元", "投产后（预期）", kind="target", chk=True),
  fact("威斯卡特(绵阳)汽车零部件制造有限公司", "company", "annual_capacity_pairs", 369000, "pairs", H2, "投产后（预期）", kind="target", opt=True),
  fact("绵阳高精密印刷电路板(PCB)项目", "project", "floor_area_m2", 1e5, "m2", H4, AS7, qual="约", qtext="近", opt=True),
  fact("绵阳高精密印刷电路板(PCB)项目", "project", "annual_capacity_m2", 3e6, "m2", H4, "投产后（预期）", kind="target", opt=True),
  fact("绵阳高精密印刷电路板(PCB)项目", "project", "expected_annual_output_cny", 3e9, "cny", "年产值约30亿元", "投产后（预期）", kind="target", qual="约", qtext="约", chk=True),
 ])

# ---------------------------------------------------------------- xc08 永川区2023年重点项目第一批集中开工投产 (2023)
YC = "永川生物技术产业园"
KJ = "永川科技生态城"
K0 = "1月6日,永川区2023年重点项目第一批集中开工投产活动举行,首批集中开工、投产项目48个,总投资276.2亿元,预计新增产值344.8亿元、新增就业8500多个"
K1 = "18个开工项目中,永川生物技术产业园是永川科技生态城先期建设重点项目,建成后将成为永川区发展生物医药及大健康产业的主战场"
ASK = "2023年1月6日（第一批集中开工投产）"
G["xc08"] = dict(
 article=art("永川区2023年重点项目第一批集中开工投产活动举行", "永川区人民政府（“来源:永川区人民政府”），载于 investchn.com（“开发区新闻 > 永川区”栏，发布开发区标为永川高新技术产业开发区）", "2023-01-09", "day",
  "District government's news item relayed by an investment-promotion portal, Chongqing: a district's first batch of key projects started and put into production — counts, total investment, expected new output and jobs, and a biotech industrial park started as a key project of a new science town (opening only)",
  "https://investchn.com/home/news/detail/id/340015.html",
  "日期取页面“发布时间:2023-01-09”（活动在“1月6日”）。标题照录；站点口号、位置导航与“发布时间…来源:永川区人民政府  发布开发区:永川高新技术产业开发区”行已删（“永川高新技术产业开发区”只见于该行，正文未出现，不列园区）。存段末段“重庆豪斯特新能源有限公司投资11亿元建设热成型、电池壳体等汽车零部件生产线项目,将进一步推动永川汽摩产业从零部件、整车及营销之间的“链式”在句中中断，整段删去（ITEMS 截至上一段），正文截至“…合力打造生物技术产业链集群。”，共三段。园区：永川生物技术产业园（在建园区，亦为开工项目；目标“国家级生物科技产业园和国家循环经济试点产业园区”为愿景，不另列）；永川科技生态城（可选园区，作为生物技术产业园的所在片区/母体）。项目：永川生物技术产业园（18个开工项目之一→开工；无金额；park 记永川科技生态城）。事实（region 永川区）：首批集中开工、投产项目48个、总投资276.2亿元；预计新增产值344.8亿元、新增就业8500多个（target）；开工项目18个。区领导、专家人名不列；西南大学研究中心列可选机构。",
  "xc08"),
 parks=[
  park(YC, "重庆", "重庆", "产业园（生物技术，在建）", K1, district="永川区", parent=KJ, note="开工建设中的园区；“永川科技生态城先期建设重点项目”"),
  park(KJ, "重庆", "重庆", "科技城（新城片区）", K1, district="永川区", opt=True, note="生物技术产业园的所在片区"),
 ],
 companies=[],
 institutions=[
  inst("西南大学前沿交叉学科研究院生物学研究中心", "西南大学前沿交叉学科研究院生物学研究中心主任夏庆友参加", kind="university"),
 ],
 projects=[
  proj("永川生物技术产业园", KJ, K1, status="开工", status_text="18个开工项目中", note="园区开发项目；永川科技生态城先期建设重点项目；无金额"),
 ],
 aggregate_facts=[
  fact("永川区", "region", "projects_started_or_in_production", 48, "count", K0, ASK, note="首批集中开工、投产项目"),
  fact("永川区", "region", "projects_started_or_in_production_investment_cny", 2.762e10, "cny", K0, ASK, chk=True),
  fact("永川区", "region", "expected_new_output_cny", 3.448e10, "cny", "预计新增产值344.8亿元、新增就业8500多个", "项目建成后（预计）", kind="target", chk=True),
  fact("永川区", "region", "expected_new_jobs", 8500, "count", "预计新增产值344.8亿元、新增就业8500多个", "项目建成后（预计）", kind="target", qual="余", qtext="多", opt=True),
  fact("永川区", "region", "projects_started", 18, "count", K1, ASK),
 ])
