# real334 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); a euro amount stays in investment_text with
# investment_currency (pu06). Projects: the park is the one the text places the project in, null if none (a county-level
# city or a district is a region, not a park). Status from the text's words (集中开工 / 开工建设 / 奠基 → 开工; 签约 → 签约;
# “集中开工投产” → 开工 with status_alt 投产). “计划新开工” counts are kind target. Sources are `search` (corpus pages)
# excerpts typed into _raw/pages/puNN.raw as returned.

# ---------------------------------------------------------------- pu01 扬州 “烟花三月” 签约开工投产 (via jiangsulong 2020)
P1A = "高邮市签约项目58个、总投资208亿元"
P1B = "37个亿元以上重大产业项目参加扬州集中开工、投产活动 , 总投资110.9亿元"
P1C = "计划总投资约10亿元的启迪科技综合体项目 , 建成后将作为高邮超智能产城旗舰项目"
P1D = "集中开工仪化年产6000吨丙纶熔喷非织造布、正德机械制造、恒大水晶广场等项目22个 , 总投资78.95亿元"
P1E = "总投资20亿元的中兴派能锂离子电池及系统生产基地项目将为仪征新能源产业发展、加快新型工业化建设发挥示范引领作用"
P1F = "邗江区集中开工投产艾迪原料药生产基地、大源新材料、欣元环保等30个项目 , 总投资110亿元"
P1G = "此外 , 邗江区还签约项目37个、总投资268亿元"
AS1 = "2020年4月（“烟花三月”国际经贸旅游节期间）"
G["pu01"] = dict(
 article=art("“烟花三月”项目建设春潮涌 扬州市一批重大项目集中签约开工投产", "jiangsulong.com（江苏龙，聚合转载；原发媒体存段未示）", "2020-04-18", "day",
  "Aggregator copy of a city round-up, Jiangsu: Yangzhou's county-level units during the spring trade festival — projects signed, started and put into production with counts and totals, named projects with sums, a firm's manager quoted; no park is named",
  "http://m.jiangsulong.com/a/2020/0418/0320859.html",
  "日期取网址 a/2020/0418。标题照录；聚合站在标点前后加空格（“ , ”“ 。 ”），照录不改。图片标签“文章图片”已删；存段末行“扬”（下一段开头）已删，正文截至“…服务也很到位 。”，共五段。文中无园区名：高邮市、仪征市、邗江区为行政区（region），项目园区一律为 null。项目：启迪科技综合体项目（计划总投资约10亿元；在“参加扬州集中开工、投产活动”的37个项目之中→开工/投产未分，status 开工、status_alt 投产）；仪化年产6000吨丙纶熔喷非织造布、正德机械制造、恒大水晶广场（集中开工→开工）；中兴派能锂离子电池及系统生产基地项目（总投资20亿元，文中未言其阶段，status null）；艾迪原料药生产基地、大源新材料、欣元环保（“集中开工投产”→开工，status_alt 投产）。公司：江苏振华新云电子有限公司（邗江区，园区 null）。",
  "pu01"),
 parks=[],
 companies=[
  comp("江苏振华新云电子有限公司", None, "江苏振华新云电子有限公司总经理廖朝俊说 , 邗江区人文环境和投资环境是吸引他们投资的主要原因", note="邗江区的投资企业；园区未名"),
  comp("仪化", None, P1D, opt=True, note="只在项目名中（仪征化纤简称）"),
 ],
 projects=[
  proj("启迪科技综合体项目", None, P1C, inv="计划总投资约10亿元", qual="约", qual_text="约", status="开工", status_text="参加扬州集中开工、投产活动",
       status_alt="投产", note="高邮市；在37个参加集中开工、投产活动的项目之中，阶段未分"),
  proj("仪化年产6000吨丙纶熔喷非织造布", None, P1D, companies=["仪化"], status="开工", status_text="集中开工", note="仪征市"),
  proj("正德机械制造", None, P1D, status="开工", status_text="集中开工", note="仪征市"),
  proj("恒大水晶广场", None, P1D, status="开工", status_text="集中开工", note="仪征市；服务业项目"),
  proj("中兴派能锂离子电池及系统生产基地项目", None, P1E, inv="总投资20亿元", note="仪征市；文中未言阶段"),
  proj("艾迪原料药生产基地", None, P1F, aliases=["艾迪原料药项目"], status="开工", status_text="集中开工投产", status_alt="投产", note="邗江区；占地约67.5亩"),
  proj("大源新材料", None, P1F, status="开工", status_text="集中开工投产", status_alt="投产", note="邗江区"),
  proj("欣元环保", None, P1F, status="开工", status_text="集中开工投产", status_alt="投产", note="邗江区"),
 ],
 aggregate_facts=[
  fact("高邮市", "region", "projects_signed", 58, "count", P1A, AS1),
  fact("高邮市", "region", "signed_investment_cny", 2.08e10, "cny", P1A, AS1, chk=True),
  fact("高邮市", "region", "projects_started", 37, "count", P1B, AS1, note="参加集中开工、投产活动的亿元以上项目"),
  fact("高邮市", "region", "projects_started_investment_cny", 1.109e10, "cny", P1B, AS1, chk=True),
  fact("仪征市", "region", "projects_signed", 42, "count", "仪征市签约项目42个、总投资143亿元", AS1),
  fact("仪征市", "region", "signed_investment_cny", 1.43e10, "cny", "仪征市签约项目42个、总投资143亿元", AS1, chk=True),
  fact("仪征市", "region", "projects_started", 22, "count", P1D, AS1),
  fact("仪征市", "region", "projects_started_investment_cny", 7.895e9, "cny", P1D, AS1, chk=True),
  fact("仪征市", "region", "advanced_manufacturing_projects_started", 17, "count", "其中先进制造业项目17个", AS1, opt=True),
  fact("邗江区", "region", "projects_started", 30, "count", P1F, AS1, note="集中开工投产"),
  fact("邗江区", "region", "projects_started_investment_cny", 1.1e10, "cny", P1F, AS1, chk=True),
  fact("邗江区", "region", "projects_signed", 37, "count", P1G, AS1),
  fact("邗江区", "region", "signed_investment_cny", 2.68e10, "cny", "邗江区还签约项目37个、总投资268亿元", AS1, chk=True),
 ])

# ---------------------------------------------------------------- pu02 海门 32个大项目集中开工 (现代快报 2020)
HM = "海门经济技术开发区"
P2A = "3月13日,南通海门举行一季度重大项目集中开工活动,32个亿元以上产业项目总投资248.7亿元"
P2B = "其中,海门经济技术开发区开工建设的招商局豪华邮轮激光车间及配套设施项目,总投资50亿元"
AS2 = "2020年3月13日（一季度集中开工）"
G["pu02"] = dict(
 article=art("32个大项目集中开工,计划总投资248.7亿 海门“突破年”迎来开门红", "现代快报（dz.xdkb.net 电子版 C3版 城事）", "2020-03-18", "day",
  "Evening/metro paper's e-edition, Jiangsu: a county-level city's first-quarter joint groundbreaking — count and total, share in its parks, the development zone's count and total, one named project in the national development zone with sum and capacity",
  "http://dz.xdkb.net/html/2020-03/18/content_526288.htm",
  "日期取版面“2020年3月18日”。标题为主副两行（32个大项目集中开工,计划总投资248.7亿 / 海门“突破年”迎来开门红），以空格相连。版面导航、图片说明“从海门起航的中国首制极地探险邮轮”“资料图片”与图片署名行“陈莹 严君臣 俞新美 周学才”已删。存段末段（海门市委书记陈勇讲话，至“交出南通“发展”）在句中中断，整段删去；正文截至“…可实现应税销售100亿元。”，共三段。园区：海门经济技术开发区（南通市；海门当时为县级市）。“其中开发区14个,总投资138亿元”之“开发区”按语境指该开发区（可选事实）。项目：招商局豪华邮轮激光车间及配套设施项目（开工建设→开工，总投资50亿元；1.2亿欧元进口设备不作投资额）。海门全年招引目标（超10亿元项目30个等）为 target（可选）。",
  "pu02"),
 parks=[
  park(HM, "南通", "江苏", "经济技术开发区", P2B, district="海门市", note="海门当时为县级市（今海门区）"),
 ],
 companies=[
  comp("招商局", HM, P2B, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("招商局豪华邮轮激光车间及配套设施项目", HM, P2B, companies=["招商局"], inv="总投资50亿元", status="开工", status_text="开工建设",
       note="建成后年产1.5艘10万吨级中型豪华邮轮，可实现应税销售100亿元"),
 ],
 aggregate_facts=[
  fact("海门", "region", "projects_started", 32, "count", P2A, AS2, note="亿元以上产业项目"),
  fact("海门", "region", "projects_started_investment_cny", 2.487e10, "cny", P2A, AS2, chk=True),
  fact(HM, "park", "projects_started", 14, "count", "其中开发区14个,总投资138亿元", AS2, opt=True, note="“开发区”按语境归海门经济技术开发区"),
  fact(HM, "park", "projects_started_investment_cny", 1.38e10, "cny", "其中开发区14个,总投资138亿元", AS2, opt=True, chk=True),
  fact("海门", "region", "projects_started_share_in_parks", 0.84, "ratio", "84%的项目集中在六大园区", AS2, kind="ratio", opt=True),
  fact("海门", "region", "projects_started_avg_investment_cny", 7.8e8, "cny", "平均单体规模7.8亿元,是去年同期的3.3倍", AS2, opt=True, chk=True),
  fact("海门", "region", "projects_over_1bn_attracted_target", 30, "count", "全年确保招引超10亿元项目30个、超50亿元项目3个、超100亿元项目1个", "2020年全年（目标）", kind="target", opt=True),
  fact(HM, "park", "project_expected_taxable_sales_cny", 1e10, "cny", "可实现应税销售100亿元", "建成后（预计）", kind="target", opt=True, chk=True,
       note="招商局豪华邮轮项目建成后"),
 ])

# ---------------------------------------------------------------- pu03 启东国际经贸洽谈会 (文汇报 2020)
QP = "启东配套浦东产业园"
DJ = "东江生物医药产业园"
BD = "半导体装备和材料启东产业园"
P3A = "会上,签约项目共22个,总投资460亿元"
P3B = "其中包含两个百亿级项目,分别是中信高端装备制造及赛车运动基地项目、长甲高端会展中心项目"
P3P = "规划面积1万亩的启东配套浦东产业园,重点发展智能制造、汽车零部件、生物医药研发等产业"
P3Q = "规划面积7500亩的东江生物医药产业园,重点发展医药研发外包、数字诊疗设备、药物制剂等产业"
P3R = "规划面积5250亩的半导体装备和材料启东产业园,重点发展半导体装备产业和半导体材料产业"
P3S = "集聚了中远海运、中集集团、振华重工、拜耳、药明康德等一大批行业领军企业"
AS3 = "2020年8月21日（启东国际经贸洽谈会）"
G["pu03"] = dict(
 article=art("（无标题）启东国际经贸洽谈会签约22个项目 总投资460亿元", "文汇报（whb.cn 经济栏；存段无标题、无署名）", "2020-08-21", "day",
  "National daily's website, Shanghai desk on a neighbouring Jiangsu county-level city: a trade fair's signing (count, total, two named 10-billion-class projects), the city's industry structure and leading firms, three platforms built to serve Pudong with planned areas and industries",
  "https://whb.cn/zhuzhan/jjl/20200821/367146.html",
  "日期取网址 20200821 与文中“今天(21日)”。存段无标题（title 为编者概括）。存段末段（“亲商、安商、富商”…至“不动产登记1个工作”）在句中中断，整段删去；正文截至“…半导体材料产业。”，共三段。园区：启东配套浦东产业园（规划1万亩）、东江生物医药产业园（7500亩）、半导体装备和材料启东产业园（5250亩），均在启东市（南通）。“一区多园”不列园区。项目：中信高端装备制造及赛车运动基地项目、长甲高端会展中心项目（会上签约→签约；“百亿级”为区间，不作投资额；园区未言，null）。公司：中远海运、中集集团、振华重工、拜耳、药明康德为启东集聚的领军企业（园区未言，可选）。事实：签约22个、总投资460亿元（启东市）；世界500强企业15家、央企15家（可选）；三园规划面积（亩）。",
  "pu03"),
 parks=[
  park(QP, "南通", "江苏", "产业园", P3P, district="启东市", note="对接浦东的“三大平台”之一"),
  park(DJ, "南通", "江苏", "产业园", P3Q, district="启东市", note="同上"),
  park(BD, "南通", "江苏", "产业园", P3R, district="启东市", note="同上"),
 ],
 companies=[
  comp("中远海运", None, P3S, opt=True, note="启东集聚的领军企业；园区未言"),
  comp("中集集团", None, P3S, opt=True, note="同上"),
  comp("振华重工", None, P3S, opt=True, note="同上"),
  comp("拜耳", None, P3S, opt=True, note="同上"),
  comp("药明康德", None, P3S, opt=True, note="同上"),
 ],
 projects=[
  proj("中信高端装备制造及赛车运动基地项目", None, P3B, status="签约", status_text="签约", note="百亿级（区间，不作投资额）；园区未言"),
  proj("长甲高端会展中心项目", None, P3B, status="签约", status_text="签约", note="百亿级（区间，不作投资额）；园区未言"),
 ],
 aggregate_facts=[
  fact("启东", "region", "projects_signed", 22, "count", P3A, AS3),
  fact("启东", "region", "signed_investment_cny", 4.6e10, "cny", P3A, AS3, chk=True),
  fact("启东", "region", "fortune500_firms", 15, "count", "全市企业中有世界500强企业15家、央企15家", "2020年8月", opt=True),
  fact("启东", "region", "central_soe_firms", 15, "count", "全市企业中有世界500强企业15家、央企15家", "2020年8月", opt=True),
  fact(QP, "park", "planned_area_mu", 10000, "mu", P3P, "2020年8月（规划）"),
  fact(DJ, "park", "planned_area_mu", 7500, "mu", P3Q, "2020年8月（规划）"),
  fact(BD, "park", "planned_area_mu", 5250, "mu", P3R, "2020年8月（规划）"),
 ])

# ---------------------------------------------------------------- pu04 启东、通州一季度集中开工 (南通网 via gqsoso 2023)
P4A = "启东市举行一季度重大项目集中开工暨昭晟大直径无缝旋压阴极辊项目奠基活动"
P4B = "启东一季度计划新开工亿元以上重大产业项目36个,计划总投资318亿元"
P4C = "同日,通州区也举行一季度集中开工暨康源电路开工仪式"
P4D = "此次集中开工产业项目共16个,总投资达83.2亿元"
AS4 = "2023年2月11日（一季度集中开工）"
G["pu04"] = dict(
 article=art("一季度项目集中开工 启东:36个 通州:16个", "南通网（“本网讯”，记者黄海 黄艳鸣），载于 nantong.gqsoso.com", "2023-02-12", "day",
  "City news site relayed by a local portal, Jiangsu: two county-level units' first-quarter groundbreakings — a named project breaking ground in each, planned counts and totals, expected output and tax, shares of advanced manufacturing",
  "http://nantong.gqsoso.com/nantong/20230212/661055.html",
  "日期取网址 20230212（文中“昨日”即2月11日）。标题照录；“【资料图】”“[编辑:苏敏]”与关键词行已删。正文两段，完整（署名“(记者黄海 黄艳鸣)”在末段末，照录）。文中无园区名：启东市、通州区为行政区。项目：昭晟大直径无缝旋压阴极辊项目（集中开工暨奠基→开工）；康源电路（集中开工暨开工仪式→开工；项目名即企业名）。事实：启东“计划新开工”36个、计划总投资318亿元（target）；全部投产后预计产值561亿元、税收46亿元（target，可选）；通州区集中开工16个、83.2亿元（reported）。",
  "pu04"),
 parks=[],
 companies=[
  comp("昭晟", None, P4A, opt=True, note="只在项目名中"),
  comp("康源电路", None, P4C, opt=True, note="通州区；项目名即企业名"),
 ],
 projects=[
  proj("昭晟大直径无缝旋压阴极辊项目", None, P4A, companies=["昭晟"], status="开工", status_text="集中开工暨…奠基", note="启东市；园区未言"),
  proj("康源电路", None, P4C, companies=["康源电路"], status="开工", status_text="集中开工暨…开工仪式", note="通州区；园区未言"),
 ],
 aggregate_facts=[
  fact("启东", "region", "projects_started", 36, "count", P4B, "2023年一季度（计划）", kind="target", note="计划新开工亿元以上重大产业项目"),
  fact("启东", "region", "projects_started_investment_cny", 3.18e10, "cny", "计划总投资318亿元", "2023年一季度（计划）", kind="target", chk=True),
  fact("启东", "region", "expected_output_cny", 5.61e10, "cny", "全部投产后预计形成产值561亿元,税收46亿元", "全部投产后（预计）", kind="target", opt=True, chk=True),
  fact("启东", "region", "expected_tax_cny", 4.6e9, "cny", "税收46亿元", "全部投产后（预计）", kind="target", opt=True, chk=True),
  fact("启东", "region", "advanced_manufacturing_projects_started", 31, "count", "其中先进制造业项目31个,占比达到86%", "2023年一季度（计划）", kind="target", opt=True),
  fact("通州区", "region", "projects_started", 16, "count", P4D, AS4),
  fact("通州区", "region", "projects_started_investment_cny", 8.32e9, "cny", P4D, AS4, chk=True),
  fact("通州区", "region", "projects_started_over_500m", 7, "count", "5亿元以上项目7个", AS4, opt=True),
 ])

# ---------------------------------------------------------------- pu05 通州 长三角产业峰会 24个项目签约 (央广网 via cnrepark 2023)
NG = "南通国家级高新区"
P5A = "活动现场,24个项目集中签约,总投资超192亿元"
P5B = "“今天我们签约的是企业二期项目,总投资20亿元。”上海展华电子(南通)有限公司总经理郑震山介绍"
P5C = "“1”是突出南通国家级高新区“主平台”作用,推动资源、项目快速集聚"
AS5 = "2023年3月21日（长三角（通州）高质量发展产业峰会）"
G["pu05"] = dict(
 article=art("（无标题）通州在沪举行产业峰会 24个项目集中签约总投资超192亿元", "cnrepark.com（转载；图片署“央广网发”，原发媒体存段未明示）", "2023-03", "month",
  "Industrial-park portal relaying a national broadcaster's item, Jiangsu: a district's investment summit in Shanghai — signing count and total, one firm's phase-two project with its sum, the district's industries and its platform structure around a national high-tech zone",
  "https://cnrepark.com/news/detail/242362.html",
  "存段无标题、无日期行（title 为编者概括；峰会在2023年3月21日，发布日期只知到月）。图片说明“2023年长三角(通州)高质量发展产业峰会(央广网发 沈天楠 摄)”已删。存段末段（“创新是发展的第一动力…省级以上专精特新”）在句中中断，整段删去；正文截至“…良好发展态势。”，共四段。园区：南通国家级高新区（通州区，南通；文中又作“高新区”）；平潮、金沙、石港为镇级“二级平台”，不列园区。公司：上海展华电子(南通)有限公司（文中又作“展华电子”；“通州的老企业”，园区未言→null）。项目：展华电子二期项目（文中作“企业二期项目”，名称为编者据语境所拟；签约，总投资20亿元）。事实：通州区签约24个、总投资超192亿元；三大产业规上企业近200家、产值占比超36%（可选）。",
  "pu05"),
 parks=[
  park(NG, "南通", "江苏", "高新区", P5C, district="通州区", aliases=["高新区"], note="通州“1+3+N”载体平台中的“主平台”"),
 ],
 companies=[
  comp("上海展华电子(南通)有限公司", None, P5B, aliases=["展华电子"], note="“通州的老企业”；园区未言"),
 ],
 projects=[
  proj("展华电子二期项目", None, P5B, companies=["上海展华电子(南通)有限公司"], inv="总投资20亿元", phase="二期", status="签约", status_text="签约",
       note="文中作“企业二期项目”，名称据语境拟定；通州区，园区未言"),
 ],
 aggregate_facts=[
  fact("通州区", "region", "projects_signed", 24, "count", P5A, AS5),
  fact("通州区", "region", "signed_investment_cny", 1.92e10, "cny", "总投资超192亿元", AS5, qual="超", qtext="超", chk=True),
  fact("通州区", "region", "above_scale_firms_three_industries", 200, "count", "集聚了规上企业近200家", "2023年3月", qual="约", qtext="近", opt=True),
  fact("通州区", "region", "three_industries_output_share", 0.36, "ratio", "产值占比超36%", "2023年3月", kind="ratio", qual="超", qtext="超", opt=True),
 ])

# ---------------------------------------------------------------- pu06 泰州 57个项目集中开工 / 泰兴26个 (泰州新闻网 via cqtresearch 2023)
TX = "泰兴经济开发区"
P6A = "2月18日这一天,江苏省泰州市就有57个项目集中开工,总投资规模近250亿元"
P6B = "一季度26个亿元以上项目举行集中开工仪式,总投资规模达108.2亿元"
P6C = "在泰兴经济开发区投资7500万欧元的速的奥高性能密封新材料项目,由欧洲最大的密封胶、胶粘剂、发泡剂品牌和生产商——比利时速的奥集团投资建设"
AS6 = "2023年2月18日（集中开工）"
G["pu06"] = dict(
 article=art("奋进的春天 | 江苏泰州:重大项目开工忙,再掀“大抓项目、抓大项目”热潮", "泰州新闻网，载于 cqtresearch.com", "2023-02-19", "day",
  "City news site relayed by an aggregator, Jiangsu: a prefecture's same-day groundbreakings (count, total), a county-level city's first-quarter joint start (count, total, size bands), one foreign-invested project in its development zone with a euro sum, production plan and expected sales",
  "http://cqtresearch.com/guancha/2023/0219/182114.html",
  "日期取页面“2023-02-19 18:51:04 来源:泰州新闻网”。标题照录；“打印 放大 缩小”与“(相关资料图)”已删；小标题“泰兴26个亿元以上项目集中开工”保留为一段。存段末段（速的奥项目负责人引语，至“相信该项目一定会成为”）在句中中断，整段删去；正文截至“…税收1.5亿元。”，共六段。园区：泰兴经济开发区（泰兴市，泰州）。项目：速的奥高性能密封新材料项目（投资7500万欧元，非人民币：investment_cny null，investment_currency eur；在泰兴一季度集中开工项目之列→开工，由语境推定；计划2025年上半年投产）。公司：比利时速的奥集团（投资方，外国企业，园区 null）。事实：泰州市57个项目、近250亿元；泰兴市26个、108.2亿元（2月18日集中开工）；平均4亿元等可选；项目预计年新增开票销售15亿元、税收1.5亿元（target，可选）。",
  "pu06"),
 parks=[
  park(TX, "泰州", "江苏", "经济开发区", P6C, district="泰兴市"),
 ],
 companies=[
  comp("比利时速的奥集团", None, P6C, aliases=["速的奥集团"], note="投资方（外国企业）；项目在泰兴经济开发区"),
 ],
 projects=[
  proj("速的奥高性能密封新材料项目", TX, P6C, companies=["比利时速的奥集团"], inv="投资7500万欧元", currency="eur", value=7.5e7,
       status="开工", status_text="集中开工", note="在泰兴一季度集中开工项目之列（由语境推定）；计划2025年上半年投产"),
 ],
 aggregate_facts=[
  fact("泰州", "region", "projects_started", 57, "count", P6A, AS6),
  fact("泰州", "region", "projects_started_investment_cny", 2.5e10, "cny", "总投资规模近250亿元", AS6, qual="约", qtext="近", chk=True),
  fact("泰兴", "region", "projects_started", 26, "count", P6B, AS6, note="亿元以上项目"),
  fact("泰兴", "region", "projects_started_investment_cny", 1.082e10, "cny", "总投资规模达108.2亿元", AS6, chk=True),
  fact("泰兴", "region", "projects_started_avg_investment_cny", 4e8, "cny", "平均投资规模达4亿元", AS6, opt=True, chk=True),
  fact("速的奥高性能密封新材料项目", "project", "expected_annual_sales_cny", 1.5e9, "cny", "预计年新增开票销售15亿元,税收1.5亿元", "投产后（预计）", kind="target", opt=True, chk=True),
  fact("速的奥高性能密封新材料项目", "project", "expected_annual_tax_cny", 1.5e8, "cny", "税收1.5亿元", "投产后（预计）", kind="target", opt=True, chk=True),
 ])
