# real287 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; build_all.py copied
# from real52 unchanged). Conventions as real52 (real28–real52): evidence verbatim (all seven items simplified script as
# published); names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the
# word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and
# shares as ratios. Projects: the park is the one the text places the project in, null if none (a county or district is
# not a park). Status from the text's words (签约 / 签约引进 / 现场签订 → 签约; 投产 / 正式投产 → 投产; 开始建设 / 启动建设 →
# 开工; 落户 alone → no status). Targets (“到2020年”, “将”, “预计”) are kind target with the target date in as_of; year-to-date
# counts are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/rzNN.raw as returned.

# ---------------------------------------------------------------- rz01 泸州白酒产业园区 (m.cogerep.com 2016)
LZ = "泸州白酒产业园区"
A1 = "2015年园区实现产值和服务型收入360.3亿元,入库税金7.1亿元,各项经济指标均保持了20%以上的增速"
A2 = "到2020年,白酒产业园区建成区面积将达到20平方公里,产值和服务性收入突破1000 亿元,入驻企业500 家,解决5 万人就业,将创建成为国家级经开区"
G["rz01"] = dict(
 article=art("（无标题）泸州白酒产业园区2015年产值和服务型收入360.3亿元 “十三五”扩区扩能", "m.cogerep.com（“zgjybd”栏；原发媒体与署名未注明，文称“王翔告诉记者”）", "2016-03-30", "day",
  "Relay site (channel zgjybd) of a trade item, Sichuan: a city's liquor-industry park — its 2015 output-and-service revenue, tax and growth, the year's expansion, its 2020 targets (built-up area, revenue, firms, jobs, national ETDZ status), and the city's liquor-industry figures",
  "http://m.cogerep.com/html/2016/zgjybd_0330/3512.html",
  "存段无标题、无日期行（title 为编者概括）。日期由网址 2016/zgjybd_0330 推断为 2016-03-30（文中“2015年园区实现…”“今年将扩园3000亩”相合），记 day，但属推断。存段在末句“鼓”字处中断，该残字已删（make_txt.py LINE_SUFFIX），正文截至“…以技术中心为主体的创新体系。”，共六段。园区：泸州白酒产业园区（文中又作“白酒产业园区”“园区”；泸州市，四川；目标“创建成为国家级经开区”，当时非国家级）。无具名企业与项目。事实：2015年产值和服务型收入360.3亿元、入库税金7.1亿元（reported），各项指标增速20%以上（超，可选）；“今年将扩园3000亩”（2016年目标，可选）；2020年目标：建成区20平方公里、产值和服务性收入突破1000亿元（超）、入驻企业500家、就业5万人（可选）。泸州市酒业增加值增长13%、酒类销售收入660亿元、出口货值为全市数字，subject 泸州市，可选。“1000 亿元”“500 家”“5 万人”数字与单位间的空格原文如此，照录。",
  "rz01"),
 parks=[
  park(LZ, "泸州", "四川", "产业园区（白酒）", "泸州白酒产业园区是泸州市酒业转型升级的重要基地", aliases=["白酒产业园区"],
       note="文中又作“白酒产业园区”“园区”；目标创建国家级经开区"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(LZ, "park", "output_and_service_revenue_cny", 3.603e10, "cny", A1, "2015年", chk=True, note="产值和服务型收入"),
  fact(LZ, "park", "tax_revenue_cny", 7.1e8, "cny", "入库税金7.1亿元", "2015年", chk=True),
  fact(LZ, "park", "indicators_growth", 0.20, "ratio", A1, "2015年", kind="ratio", qual="超", qtext="以上", opt=True, note="各项经济指标增速"),
  fact(LZ, "park", "expansion_area_mu", 3000, "mu", "今年将扩园3000亩", "2016年（目标）", kind="target", opt=True),
  fact(LZ, "park", "built_up_area_km2", 20, "km2", A2, "2020年（目标）", kind="target"),
  fact(LZ, "park", "output_and_service_revenue_cny", 1e11, "cny", "产值和服务性收入突破1000 亿元", "2020年（目标）", kind="target", qual="超", qtext="突破", chk=True),
  fact(LZ, "park", "firms", 500, "count", A2, "2020年（目标）", kind="target", note="入驻企业"),
  fact(LZ, "park", "jobs", 50000, "persons", A2, "2020年（目标）", kind="target", opt=True),
  fact("泸州市", "region", "liquor_value_added_growth", 0.13, "ratio", "2015年,泸州市酒业增加值增长13%", "2015年", kind="ratio", opt=True),
  fact("泸州市", "region", "liquor_sales_revenue_cny", 6.6e10, "cny", "全年酒类销售收入达660亿元", "2015年", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- rz02 遂宁经开区 (遂宁新闻网 via scol 2017)
SN = "遂宁经开区"
G["rz02"] = dict(
 article=art("经开区:开足马力 建设“千亿园区”", "遂宁新闻网（记者米琴），载于 suining.scol.com.cn（四川在线遂宁频道“经开区”栏；编辑毛中胜）", "2017-10-16", "day",
  "City news site on a provincial portal's city channel, Sichuan: a national economic and technological development zone's five-year review — its area, leading industries, above-scale firms and goal",
  "http://suining.scol.com.cn/jkq/201710/56009898.html",
  "日期取页面“(2017-10-16 09:43:57)  来源:遂宁新闻网”。标题照录（页面标题重复一次，已删）；“返回顶部”、来源行、编辑/记者行与引题“壮大产业基础 提升发展质效”已删。存段在第三段“…以优异成”处中断，该段自“未来五年”起的未完句已删（make_txt.py LINE_SUFFIX），正文截至“新一轮跨越发展的号角已经吹响。”，共三段。园区：遂宁经开区（标题作“经开区”；遂宁市，四川；2012年经国务院批准为国家级开发区——文中写作“国家级开发区”）。无具名企业与项目。事实：面积138平方公里（“在138平方公里的投资发展热土上”）、规模以上工业企业193家（2017年10月，reported）；目标“千亿产业园、百强经开区”不作数值事实。",
  "rz02"),
 parks=[
  park(SN, "遂宁", "四川", "国家级经济技术开发区", "是遂宁经开区发展变化最快最大的五年", aliases=["经开区"],
       note="标题作“经开区”；2012年经国务院批准为国家级开发区"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(SN, "park", "area_km2", 138, "km2", "在138平方公里的投资发展热土上", "2017年10月"),
  fact(SN, "park", "above_scale_firms", 193, "count", "培育发展规模以上工业企业193家", "2017年10月", note="规模以上工业企业"),
 ])

# ---------------------------------------------------------------- rz03 自贡 航空产业 签约 (人民交通网 2017)
ZG = "自贡航空产业园区"
C0 = "现场签订北京首航直升机航空股份有限公司自贡运营基地、川南航空产业发展综合示范区、北航通航研究中心引智项目等8个项目,总投资额达132.8亿元"
C1 = "该项目由四川发展新兴产业园区投资建设管理有限责任公司与自贡市政府、贡井区政府在自贡航空产业园区共同建设,规划面积8平方公里,一期开发建设面积约3平方公里,计划投资70亿元"
AS3 = "2017年11月20日"
G["rz03"] = dict(
 article=art("（无标题）自贡市2017年航空产业招商引资引智推介会暨项目签约仪式在北京举行 8个项目总投资132.8亿元", "人民交通网（rmjtxw.com，人民交通杂志；“hk”栏；新媒体责编 news1166；原发媒体与记者未注明）", "2017-11", "month",
  "Transport-magazine website relaying a signing item, Sichuan: a city's aviation-industry investment conference in Beijing — eight projects signed with total, a park-development project in the city's aviation industrial park with area and investment, a research centre's planning project",
  "http://www.rmjtxw.com/news/hk/17773.html",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“11月20日,自贡市2017年航空产业招商引资引智推介会…”，签约日为2017年11月20日，发布日不详，记 2017-11（month）。文末“(新媒体责编:news1166)”与网站声明、版权行已删。正文三段，完整。园区：自贡航空产业园区（文中又作“自贡航空产业园”；自贡市，四川；贡井区政府参与共建，district 由语境推定为贡井区）；川南航空产业发展综合示范区（在园区内共建的园区开发项目，规划8平方公里，列为可选园区，parent 自贡航空产业园区）。项目：北京首航直升机航空股份有限公司自贡运营基地（签约；文中未说落在园区，park null）；川南航空产业发展综合示范区项目（签约，计划投资70亿元，在自贡航空产业园区）；北航通航研究中心引智项目（签约；为园区编规划，非园区内建设项目，park null，可选）。公司：北京首航直升机航空股份有限公司（只在项目名中，可选）、四川发展新兴产业园区投资建设管理有限责任公司（示范区开发方，可选，park null）。机构：北航通航产业研究中心（可选）。事实：8个项目、总投资132.8亿元、全部达产后年税收近5亿元（目标）为这次签约（自贡市）之数；示范区规划面积8平方公里、一期约3平方公里、一期投产后年税收3亿元（目标）。",
  "rz03"),
 parks=[
  park(ZG, "自贡", "四川", "产业园区（航空）", C1, district="贡井区", aliases=["自贡航空产业园"], note="文中又作“自贡航空产业园”；区由“贡井区政府…共同建设”推定"),
  park("川南航空产业发展综合示范区", "自贡", "四川", "产业发展示范区（航空）", C0, district="贡井区", parent=ZG, opt=True,
       note="在自贡航空产业园区内共建的园区开发项目；规划面积8平方公里"),
 ],
 companies=[
  comp("北京首航直升机航空股份有限公司", None, C0, opt=True, note="只在项目名“…自贡运营基地”中"),
  comp("四川发展新兴产业园区投资建设管理有限责任公司", None, C1, opt=True, note="示范区开发方"),
 ],
 institutions=[
  inst("北航通航产业研究中心", "北航通航研究中心引智项目将由北航通航产业研究中心编制自贡航空产业园产业规划、投资指南", kind="research", note="为园区编规划"),
  inst("贡井区政府", C1, note="示范区共建方"),
 ],
 projects=[
  proj("北京首航直升机航空股份有限公司自贡运营基地", None, C0, companies=["北京首航直升机航空股份有限公司"], status="签约", status_text="现场签订",
       note="文中未说落在园区"),
  proj("川南航空产业发展综合示范区", ZG, C1, companies=["四川发展新兴产业园区投资建设管理有限责任公司"], inv="计划投资70亿元", status="签约", status_text="现场签订",
       aliases=["川南航空产业发展综合示范区项目"], note="园区开发项目；规划面积8平方公里，一期约3平方公里"),
  proj("北航通航研究中心引智项目", None, C0, status="签约", status_text="现场签订", opt=True, note="引智（规划咨询）项目"),
 ],
 aggregate_facts=[
  fact("自贡市", "region", "projects_signed", 8, "count", C0, AS3, note="2017年航空产业招商引资引智推介会签约项目"),
  fact("自贡市", "region", "signed_investment_cny", 1.328e10, "cny", C0, AS3, chk=True, note="8个项目总投资额"),
  fact("自贡市", "region", "expected_annual_tax_cny", 5e8, "cny", "8个项目全部达产后,年税收将达近5亿元", "达产后（预期）", kind="target", qual="约", qtext="近", opt=True, chk=True),
  fact("川南航空产业发展综合示范区", "project", "planned_area_km2", 8, "km2", C1, AS3),
  fact("川南航空产业发展综合示范区", "project", "phase1_area_km2", 3, "km2", C1, AS3, qual="约", qtext="约", opt=True),
  fact("川南航空产业发展综合示范区", "project", "expected_annual_tax_cny", 3e8, "cny", "一期项目建成投产后,预计年可实现税收3亿元", "一期投产后（预期）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- rz04 天齐锂业 安居区 (buses.cn 2017)
XB = "中国西部锂电产业园"
D0 = "近日,遂宁市安居区政府与天齐锂业股份有限公司签约,年产2万吨碳酸锂工厂项目落户安居区"
D1 = "该项目计划总投资约15亿元,占地约400亩,计划明年6月底前开工,2019年底前投产,投产后预计年产值达20亿元"
G["rz04"] = dict(
 article=art("天齐锂业年产2万吨碳酸锂项目落户四川遂宁", "buses.cn（中国客车网类行业站转载；原发媒体与署名未注明）", "2017-12", "month",
  "Bus-industry website relaying a local item, Sichuan: a listed lithium firm signs a carbonate plant with a district government — investment, site, start and production plans, expected output — and the two will co-build a lithium-battery industrial park; a carmaker already in the district",
  "https://www.buses.cn/news/201712/34_17085.html",
  "存段无日期行；日期由网址 201712 推断为2017年12月（文中“计划明年6月底前开工,2019年底前投产”相合），记 month。标题照录；页尾“相关新闻”列表（2024-05-13 各条）已删。正文五段，完整。园区：中国西部锂电产业园（“在安居区共建”，尚未建成，kind 记规划中的产业园；遂宁市安居区，四川）。项目：年产2万吨碳酸锂工厂项目（标题作“天齐锂业年产2万吨碳酸锂项目”，文中又作“2万吨碳酸锂工厂项目”；签约；计划总投资约15亿元；“落户安居区”——文中未说落在锂电产业园内，park null；计划2018年6月底前开工、2019年底前投产）。公司：天齐锂业股份有限公司（又作“天齐锂业”）、江淮汽车（已落户安居区，可选）。机构：遂宁市安居区政府、安居区投资促进局（可选）。事实：项目投产后预计年产值20亿元（target）、占地约400亩（可选）。天齐“2020年实现10万吨锂化工产品装备产能目标”为企业目标，不计。",
  "rz04"),
 parks=[
  park(XB, "遂宁", "四川", "产业园（锂电，规划共建）", "双方还将探索地方政府与企业共办园区的新模式,在安居区共建中国西部锂电产业园", district="安居区",
       note="政府与天齐锂业拟共建；尚未建成"),
 ],
 companies=[
  comp("天齐锂业股份有限公司", None, D0, aliases=["天齐锂业"], note="项目落户安居区；拟与区政府共建中国西部锂电产业园"),
  comp("江淮汽车", None, "“落户安居区的江淮汽车已计划将新能源乘用车和商用车生产线引入安居", opt=True, note="已落户安居区；园区未说"),
 ],
 institutions=[
  inst("遂宁市安居区政府", D0, note="签约方"),
  inst("安居区投资促进局", "安居区投资促进局负责人介绍"),
 ],
 projects=[
  proj("年产2万吨碳酸锂工厂项目", None, D0 + "。双方还将探索地方政府与企业共办园区的新模式,在安居区共建中国西部锂电产业园。\n\n" + D1, companies=["天齐锂业股份有限公司"],
       inv="计划总投资约15亿元", qual="约", qual_text="约", status="签约", status_text="签约", aliases=["天齐锂业年产2万吨碳酸锂项目", "2万吨碳酸锂工厂项目"],
       note="落户安居区（文中未说在锂电产业园内）；计划明年（2018年）6月底前开工，2019年底前投产"),
 ],
 aggregate_facts=[
  fact("年产2万吨碳酸锂工厂项目", "project", "expected_annual_output_cny", 2e9, "cny", "投产后预计年产值达20亿元", "投产后（预期）", kind="target", chk=True),
  fact("年产2万吨碳酸锂工厂项目", "project", "site_area_mu", 400, "mu", D1, "2017年12月", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- rz05 宜宾临港 朵唯 领歌 (经济参考报 via 新华网 2018)
LG = "宜宾临港经济开发区"
E0 = "2017年6月8日,朵唯智能云谷产业园项目(一期)在宜宾临港经济开发区正式投产仪式上"
E1 = "朵唯智能云谷项目计划投资12.8亿元,占地192亩,建成投产后年产值可达100亿元。如今,一期的过渡标准厂房已投产"
E2 = "2017年9月26日落户宜宾的领歌智谷项目总投资超过6亿元,总占地约150亩"
G["rz05"] = dict(
 article=art("从“一白一黑”到“双轮驱动”——转换动能之“宜宾样本”", "经济参考报，载于新华网（xinhuanet.com 政务栏，文章第2页）；记者署名存段未示", "2018-07-27", "day",
  "National economic paper on the state news agency's site, Sichuan: a city's new industries — a Shenzhen phone maker's smart-cloud-valley project in the city's port economic development zone (investment, site, expected output, phase 1 in production, phase 2 building), another Shenzhen firm's project with its investment, a smart-blackboard maker",
  "http://xinhuanet.com/politics/2018-07/27/c_1123184246_2.htm",
  "日期取页面“2018-07-27 09:18:15 来源: 经济参考报”。标题为全文标题；存段为该文第2页（网址 _2.htm），以小标题“特区终端产业内迁宜宾现象”开头，第1页未存。网站栏目行（新华网 正文、关注新华网、微博、Qzone、评论、图集）已删。存段在末段“…约定在宜宾打造智能终端产”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…多数是该协会的会员。”，共九段（含小标题）。园区：宜宾临港经济开发区（宜宾，四川）。项目：朵唯智能云谷项目（又作“朵唯智能云谷产业园项目(一期)”；计划投资12.8亿元；一期2017年6月8日在临港经开区正式投产→投产，二期自建、预计2018年底初步建成→status_alt 在建）；领歌智谷项目（总投资超过6亿元；“落户宜宾”，园区未说→park null，无状态）。公司：深圳市朵唯科技有限公司（又作“朵唯”；总部基地已落户宜宾；园区记临港经开区）、领歌、占燃科技（可选，园区未说）。深圳手机行业协会为行业协会（可选机构）。事实：朵唯项目建成后年产值100亿元（target）、占地192亩（可选）；领歌占地约150亩（可选）；“全国手机30强,有10户落户到宜宾”（宜宾市，可选）。",
  "rz05"),
 parks=[
  park(LG, "宜宾", "四川", "经济开发区", E0, note="国家级经开区（文中未说级别）"),
 ],
 companies=[
  comp("深圳市朵唯科技有限公司", LG, "2016年底,深圳市朵唯科技有限公司董事长何明寿了解到宜宾的投资环境后", aliases=["朵唯"], note="朵唯智能云谷项目一期在临港经开区投产；总部基地已落户宜宾"),
  comp("领歌", None, "领歌选择不是“候鸟”,是扎根", opt=True, note="领歌智谷项目；园区未说"),
  comp("占燃科技", None, "占燃科技致力于生产智能黑板、智能家具", opt=True, note="园区未说"),
 ],
 institutions=[
  inst("深圳手机行业协会", "深圳手机行业协会拥有2600多家会员企业", kind="association"),
 ],
 projects=[
  proj("朵唯智能云谷项目", LG, E1, companies=["深圳市朵唯科技有限公司"], inv="计划投资12.8亿元", status="投产", status_text="正式投产（一期）",
       aliases=["朵唯智能云谷产业园项目(一期)", "朵唯智能云谷产业园项目"], phase="一期", status_alt="在建",
       note="一期2017年6月8日在宜宾临港经济开发区正式投产；二期自建，预计2018年底初步建成"),
  proj("领歌智谷项目", None, E2, companies=["领歌"], inv="总投资超过6亿元", qual="超", qual_text="超过",
       note="2017年9月26日落户宜宾；园区未说；自建厂房150亩"),
 ],
 aggregate_facts=[
  fact("朵唯智能云谷项目", "project", "expected_annual_output_cny", 1e10, "cny", "建成投产后年产值可达100亿元", "建成投产后（预期）", kind="target", chk=True),
  fact("朵唯智能云谷项目", "project", "site_area_mu", 192, "mu", E1, "2018年7月", opt=True),
  fact("领歌智谷项目", "project", "site_area_mu", 150, "mu", E2, "2018年7月", qual="约", qtext="约", opt=True),
  fact("宜宾市", "region", "top30_phone_makers_landed", 10, "count", "全国手机30强,有10户落户到宜宾", "2018年7月", opt=True),
 ])

# ---------------------------------------------------------------- rz06 长宁 招商 竹食品产业园区 (四川日报 via daguo123 2019)
CN = "竹食品产业专业园区"
F0 = "共签约引进竹特色绿廊、七彩湖竹特色民宿酒店、林野竹食品等8个项目,协议总投资42.6亿元"
F1 = "目前该园区已有8家竹食品加工企业入驻,其中3家将在8月投产"
F2 = "预计到2020年底,该园区入驻企业15家以上,产值达50亿元以上"
ASF = "2019年3月至6月上旬"
G["rz06"] = dict(
 article=art("长宁招商引资百日攻坚战成效显著 8个项目6个与“竹”有关", "四川日报（记者黄大海），载于 daguo123.com（大国商帮）", "2019-06-12", "day",
  "Provincial daily relayed by a business-network site, Sichuan: a county's 100-day investment drive — eight projects signed with total (three named), a bamboo-food industrial park under construction with its area, firms entered and to start production, and 2020 targets",
  "http://www.daguo123.com/news/show.php/itemid-7169/",
  "日期取页面“2019-06-12 四川日报”。标题照录；“核心提示”摘要行（正文首句的截断重复）与页尾菜单已删。正文两段，完整。园区：文中只称“一个面积为1平方公里的竹食品产业专业园区”，未给专名，name 取文中写法“竹食品产业专业园区”（宜宾市长宁县，四川；在建）；句末“全省最大的竹食品产业园区”为目标说法，不另列。项目：竹特色绿廊、七彩湖竹特色民宿酒店、林野竹食品（签约引进→签约；各项金额未给；文中未说落在园区，park null——林野竹食品或在竹食品园区，未说）。机构：宜宾市长宁县经济合作和外事局（可选）。事实：长宁县“百日攻坚”以来签约8个项目、协议总投资42.6亿元（cumulative，as_of 2019年3月至6月上旬）；园区面积1平方公里、已入驻竹食品加工企业8家、3家将在8月投产（可选）；2020年底目标入驻企业15家以上、产值50亿元以上（超）。竹林面积等县情数字不计。",
  "rz06"),
 parks=[
  park(CN, "宜宾", "四川", "产业园区（竹食品，在建）", "长宁县还正在建设一个面积为1平方公里的竹食品产业专业园区", district="长宁县",
       note="文中无专名；取文中写法"),
 ],
 companies=[],
 institutions=[
  inst("宜宾市长宁县经济合作和外事局", "记者从宜宾市长宁县经济合作和外事局获悉"),
 ],
 projects=[
  proj("竹特色绿廊", None, F0, status="签约", status_text="签约引进", note="长宁县；金额未单列"),
  proj("七彩湖竹特色民宿酒店", None, F0, status="签约", status_text="签约引进", note="长宁县；金额未单列"),
  proj("林野竹食品", None, F0, status="签约", status_text="签约引进", note="长宁县；金额未单列；是否入竹食品园区未说"),
 ],
 aggregate_facts=[
  fact("长宁县", "region", "projects_signed", 8, "count", F0, ASF, kind="cumulative", note="招商引资“百日攻坚战”以来"),
  fact("长宁县", "region", "signed_investment_cny", 4.26e9, "cny", F0, ASF, kind="cumulative", chk=True, note="协议总投资"),
  fact(CN, "park", "area_km2", 1, "km2", "长宁县还正在建设一个面积为1平方公里的竹食品产业专业园区", "2019年6月"),
  fact(CN, "park", "firms", 8, "count", F1, "2019年6月", note="已入驻竹食品加工企业"),
  fact(CN, "park", "firms_to_start_production", 3, "count", F1, "2019年8月（预计）", kind="target", opt=True),
  fact(CN, "park", "firms", 15, "count", F2, "2020年底（目标）", kind="target", qual="超", qtext="以上"),
  fact(CN, "park", "output_cny", 5e9, "cny", "产值达50亿元以上", "2020年底（目标）", kind="target", qual="超", qtext="以上", chk=True),
 ])

# ---------------------------------------------------------------- rz07 西充 西充经济开发区 (南充日报 via 南充经济网 2019)
XC = "西充经济开发区"
H0 = "今年西充县计划实施重大项目106个,年度计划投资207.3亿元"
H1 = "1至6月,已启动海绵城市建设、中国“有机农业第一县” 等99个重大项目建设"
H2 = "2018年7月开始建设,一期投资2亿元,仅一年时间,就建成3万多平方米的生产车间并投产"
G["rz07"] = dict(
 article=art("实施产业年项目年开放年 西充高质量发展步履坚", "南充日报，载于南充经济网（ncjjwang.com）；记者署名存段未示", "2019-07-25", "day",
  "City daily on a city economic news site, Sichuan: a county's year of industry, projects and opening-up — planned major projects and investment, projects started in the first half, a visit to the county's economic development zone and a firm that built and started production within a year",
  "http://www.ncjjwang.com/show-82-64365-1.html",
  "日期取页面“2019-07-25 09:33:54   来源:南充日报”。标题照录（“步履坚”原页如此，似截去“实”字，不补）；面包屑与图片说明“海绵城市建设项目。 南充日报社影视中心供图”已删。存段末段为引语“目前,我们已建成一期…利税达2”，在引号内中断，整段删去，正文截至“…就建成3万多平方米的生产车间并投产。”，共六段（含小标题“1 特色产业不断壮大 促进城乡融合发展”，照录为一段）。园区：西充经济开发区（南充市西充县，四川）。公司：四川零零昊科技有限公司（“园区沿链招引”，在园；2018年7月开建，一期投资2亿元，一年建成并投产）——未写项目名，按 real52 惯例不另立项目，其一期投资记为公司事实。项目：海绵城市建设、中国“有机农业第一县”（已启动建设→开工；县级，park null；可选）。事实：西充县2019年计划实施重大项目106个、年度计划投资207.3亿元（target）；1至6月已启动99个（cumulative）。“有机农业第一县”名称中的引号与其后空格原文如此。",
  "rz07"),
 parks=[
  park(XC, "南充", "四川", "经济开发区", "7月23日,记者走进西充经济开发区", district="西充县", note="文中又作“园区”"),
 ],
 companies=[
  comp("四川零零昊科技有限公司", XC, "该企业是园区沿链招引的集研发、生产、销售及服务为一体的高科技企业", note="一期2018年7月开建，一年内建成投产"),
 ],
 projects=[
  proj("海绵城市建设", None, H1, status="开工", status_text="已启动…建设", opt=True, note="县级重大项目"),
  proj("中国“有机农业第一县”", None, H1, status="开工", status_text="已启动…建设", opt=True, note="县级重大项目"),
 ],
 aggregate_facts=[
  fact("西充县", "region", "major_projects_planned", 106, "count", H0, "2019年（计划）", kind="target"),
  fact("西充县", "region", "annual_planned_investment_cny", 2.073e10, "cny", H0, "2019年（计划）", kind="target", chk=True),
  fact("西充县", "region", "major_projects_started", 99, "count", H1, "2019年1–6月", kind="cumulative"),
  fact("四川零零昊科技有限公司", "company", "phase1_investment_cny", 2e8, "cny", H2, "2018年7月至2019年7月", chk=True, note="一期投资；一年建成并投产"),
  fact("四川零零昊科技有限公司", "company", "plant_floor_area_m2", 30000, "m2", H2, "2019年7月", qual="余", qtext="多", opt=True),
 ])
