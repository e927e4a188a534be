# real406 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Written by hand from reading moNN.txt; no extractor was run. Conventions as real52: evidence verbatim (all seven items are
# simplified script as published); names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约
# (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (chk=True asserts the first amount of the
# evidence). A figure written “80多亿元” / “300亿级” cannot be read as digits+亿元, so its metric does not end in _cny (unit
# “cny”, value in yuan). Growth rates and shares as ratios. Projects: the park is the one the text places the project in,
# null if none. Status from the text's words (开工建设 → 开工; 封顶 / 正在建设 → 在建; 竣工 → 竣工; 落户 alone → no status;
# “将建” → planned). “预计” / “力争” / “将” figures are kind target; “截至目前” counts are cumulative.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/moNN.raw as returned.

# ---------------------------------------------------------------- mo01 怀柔区汽车产业园 (新浪汽车 2009)
HR = "怀柔区汽车产业园"
A0 = "怀柔区汽车产业园预计占地200亩,全国300多家汽车零部件企业将陆续入驻"
A1 = "到十二五末,怀柔区汽车产业园区将达到600亿元的产能"
A2 = "预计北汽福田轻重卡今年可完成汽车产销13.7万辆,实现销售收入202亿元"
A3 = "投资26亿元的北汽福田重卡二厂实现了开工建设"
A4 = "投资63亿元的福田与奔驰合资中重卡项目顺利推进"
A5 = "两个项目达产后将实现年销售收入500亿元"
G["mo01"] = dict(
 article=art("（无标题）怀柔区将建汽车产业园 吸引300多家汽车零部件企业入驻", "新浪汽车（auto.sina.com.cn；记者夏命群；原发媒体未注明）", "2009-12-29", "day",
  "Auto portal news item, Beijing: a district announces a car-parts park at its people's congress — planned area, suppliers expected, capacity target by 2015; the local truck maker's expected output and sales, one plant started and a joint-venture project advancing with amounts",
  "http://auto.sina.com.cn/news/2009-12-29/0830554082.shtml",
  "日期取网址 2009-12-29（文中“昨天…怀柔区三届人大四次会议”）。存段无标题行（title 为编者概括）；末尾“不支持Flash”“|”为页面残留，已删。正文三段，完整，署名“(记者夏命群)”在末段，保留。园区：怀柔区汽车产业园（“将建”，规划中；文中又作“怀柔区汽车产业园区”；北京市怀柔区）。项目：北汽福田重卡二厂（投资26亿元，“实现了开工建设”→开工）；福田与奔驰合资中重卡项目（投资63亿元，“顺利推进”——未说开工，不定状态）；两项目均未说位于产业园，park 记 null。园区本身记为可选 planned 项目。事实：园区预计占地200亩、300多家零部件企业将入驻、十二五末600亿元产能（target）；北汽福田轻重卡预计今年产销13.7万辆、销售收入202亿元（target，2009年预计）；两项目达产后年销售收入500亿元（target，可选）。",
  "mo01"),
 parks=[
  park(HR, "北京", "北京", "汽车产业园（规划）", A0, district="怀柔区", aliases=["怀柔区汽车产业园区"], note="“将建”；文中又作“怀柔区汽车产业园区”"),
 ],
 companies=[
  comp("北汽福田", None, A2, aliases=["福田"], note="怀柔区汽车整车企业；园区归属未说"),
  comp("奔驰", None, A4, opt=True, note="只在合资项目名中"),
 ],
 projects=[
  proj(HR, None, "怀柔区将建汽车产业园,吸引全国300多家汽车零部件企业入驻", status="planned", status_text="将建", opt=True,
       note="园区建设本身；未给投资额"),
  proj("北汽福田重卡二厂", None, A3, companies=["北汽福田"], inv="投资26亿元", status="开工", status_text="实现了开工建设"),
  proj("福田与奔驰合资中重卡项目", None, A4, companies=["北汽福田", "奔驰"], inv="投资63亿元", status=None, status_text="顺利推进",
       note="“顺利推进”未说开工或在建，不定状态"),
 ],
 aggregate_facts=[
  fact(HR, "park", "site_area_mu", 200, "mu", A0, "规划", kind="target"),
  fact(HR, "park", "firms_expected", 300, "count", A0, "规划", kind="target", qual="余", qtext="多", note="300多家汽车零部件企业将陆续入驻"),
  fact(HR, "park", "output_capacity_target_cny", 6e10, "cny", A1, "十二五末（2015年）", kind="target", chk=True),
  fact("北汽福田", "company", "vehicles_produced_sold", 137000, "vehicles", A2, "2009年全年（预计）", kind="target", note="轻重卡产销"),
  fact("北汽福田", "company", "sales_revenue_cny", 2.02e10, "cny", "实现销售收入202亿元", "2009年全年（预计）", kind="target", chk=True),
  fact("北汽福田重卡二厂、福田与奔驰合资中重卡项目", "project", "expected_annual_revenue_cny", 5e10, "cny", A5, "达产后", kind="target", chk=True, opt=True,
       note="两个项目合计"),
 ])

# ---------------------------------------------------------------- mo02 江都汽车及零部件科技产业园 (科技日报 2015)
JD = "江都汽车及零部件科技产业园"
XC = "仙城工业园区"
B0 = "扬州江都区委政府于2010年在仙城工业园区核心区规划建设了20平方公里的江都汽车及零部件科技产业园"
B1 = "目前,园区成功引进了九龙汽车、江淮汽车、奔宇车身等骨干企业,投资总额超百亿元"
B2 = "2013年园区实现总收入212.1亿元,其中汽车及零部件产业实现销售收入133.2亿元,占产业园总收入的62.8%"
G["mo02"] = dict(
 article=art("江都加快省级汽车及零部件科技产业园建设", "科技日报（通讯员黄小娟），载于中国网财经 finance.china.com.cn（责任编辑:罗伯特）", "2015-01-12", "day",
  "National science daily via a finance portal, Jiangsu: a district's car and parts tech park named a provincial tech park — planned, built and reserve area, key firms and total investment, 2013 revenue and auto share, 2017 target",
  "http://finance.china.com.cn/roll/20150112/2899052.shtml",
  "日期取页面“发布时间:2015-01-12 02:31:20 来源:科技日报”。标题照录；发布时间行与页尾“- 股票名称 最新价 涨跌幅”已删。正文三段，完整。园区：江都汽车及零部件科技产业园（文中又作“扬州江都汽车及零部件科技产业园”；扬州市江都区，江苏；第四批省级科技产业园），规划于仙城工业园区核心区（parent 记仙城工业园区）。公司：九龙汽车、江淮汽车、奔宇车身（园区引进的骨干企业）。无具名项目。事实：规划20平方公里、建成区约6.8、优先启动区约3.8、预留约8.8平方公里；引进企业投资总额超百亿元；2013年总收入212.1亿元、汽车及零部件销售收入133.2亿元、占62.8%；力争2017年汽车及零部件产业达300亿元（target）。“汽车零部件经济规模全省排名第三”不计。",
  "mo02"),
 parks=[
  park(JD, "扬州", "江苏", "省级科技产业园", B0, district="江都区", parent=XC, aliases=["扬州江都汽车及零部件科技产业园"],
       note="第四批省级科技产业园；规划于仙城工业园区核心区"),
  park(XC, "扬州", "江苏", "工业园区", B0, district="江都区", opt=True, note="只作汽车园的所在地提及"),
 ],
 companies=[
  comp("九龙汽车", JD, B1),
  comp("江淮汽车", JD, B1),
  comp("奔宇车身", JD, B1),
 ],
 institutions=[
  inst("江苏省科技厅", "江苏省科技厅公布的第四批省级科技产业园名单", note="公布省级科技产业园名单"),
 ],
 projects=[],
 aggregate_facts=[
  fact(JD, "park", "planned_area_km2", 20, "km2", B0, "2010年规划"),
  fact(JD, "park", "built_area_km2", 6.8, "km2", "建成区约6.8平方公里", "2015年1月", qual="约", qtext="约"),
  fact(JD, "park", "startup_area_km2", 3.8, "km2", "优先启动区约3.8平方公里", "2015年1月", qual="约", qtext="约", opt=True),
  fact(JD, "park", "reserve_area_km2", 8.8, "km2", "发展预留用地约8.8平方公里", "2015年1月", qual="约", qtext="约", opt=True),
  fact(JD, "park", "firms_total_investment_cny", 1e10, "cny", "投资总额超百亿元", "2015年1月", kind="cumulative", qual="超", qtext="超",
       note="引进骨干企业的投资总额；“百亿元”"),
  fact(JD, "park", "revenue_cny", 2.121e10, "cny", "2013年园区实现总收入212.1亿元", "2013年", chk=True),
  fact(JD, "park", "auto_parts_sales_revenue_cny", 1.332e10, "cny", "其中汽车及零部件产业实现销售收入133.2亿元", "2013年", chk=True),
  fact(JD, "park", "auto_parts_share_of_revenue", 0.628, "ratio", "占产业园总收入的62.8%", "2013年", kind="ratio"),
  fact(JD, "park", "auto_parts_scale_target_cny", 3e10, "cny", "力争到2017年产业园汽车及零部件产业达300亿元规模", "2017年", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- mo03 柳州 2017 car output (kexingxing 2018)
LD = "柳东新区"
C0 = "2017年柳州汽车产量达到253.5万辆,占全国比重的8.7%"
C1 = "不仅如此,柳州柳东新区还是广西唯一产值超亿元的产业新区,上汽通用五菱和东风柳汽两家公司的新基地在此落户"
C2 = "2017年上汽通用五菱和东风柳汽生产的新能源汽车销量超过了1.2万辆"
C3 = "拥有一汽、东风、上汽、重汽等四大整车生产企业"
G["mo03"] = dict(
 article=art("柳州去年汽车产量253.5万辆 占全国8.7%", "kexingxing.cn（资讯站转载；原发媒体与署名存段未注明）", "2018-01", "month",
  "News site relaying a conference report, Guangxi: a vice-mayor's figures at a new-energy-vehicle conference — the city's 2017 car output and national share, its carmakers, a new district hosting two makers' new bases, their NEV sales, the city's NEV promotion model",
  "http://kexingxing.cn/news1003/201801/1822858.html",
  "日期：网址 201801，文中研讨会“17日在广西柳州举行”、“2017年柳州汽车产量”，发布日记 2018-01（month）；原发媒体未注明。标题照录。存段把“中国汽车技术/研究中心”断在两行，make_txt.py JOIN 原样拼接，中间不加字。正文四段，末句完整。园区：柳东新区（文中作“柳州柳东新区”，广西“产业新区”；柳州）。公司：上汽通用五菱、东风柳汽（新基地落户柳东新区）；一汽、东风、上汽、重汽为柳州四大整车企业（可选，park null）。“新基地”未给项目名与金额，不另列项目。事实：2017年柳州汽车产量253.5万辆、占全国8.7%；两家2017年新能源汽车销量超过1.2万辆（合计）。“产值超亿元的产业新区”原文如此（数值可疑），不计。中国汽车技术研究中心为研讨会主办方（可选机构）。",
  "mo03"),
 parks=[
  park(LD, "柳州", "广西", "产业新区", C1, aliases=["柳州柳东新区"], note="文中作“柳州柳东新区”"),
 ],
 companies=[
  comp("上汽通用五菱", LD, C1, note="新基地落户柳东新区"),
  comp("东风柳汽", LD, C1, note="新基地落户柳东新区"),
  comp("一汽", None, C3, opt=True, note="柳州四大整车企业之一"),
  comp("东风", None, C3, opt=True, note="同上"),
  comp("上汽", None, C3, opt=True, note="同上"),
  comp("重汽", None, C3, opt=True, note="同上"),
 ],
 institutions=[
  inst("中国汽车技术研究中心", "本次研讨会由中国汽车技术研究中心主办", kind="research", note="研讨会主办方"),
  inst("柳州市政府", "由上汽通用五菱和柳州市政府共同倡导发起"),
 ],
 projects=[],
 aggregate_facts=[
  fact("柳州", "region", "vehicles_produced", 2535000, "vehicles", C0, "2017年"),
  fact("柳州", "region", "share_of_national_vehicle_output", 0.087, "ratio", C0, "2017年", kind="ratio"),
  fact("上汽通用五菱、东风柳汽", "company", "nev_sales", 12000, "vehicles", C2, "2017年", qual="超", qtext="超过", note="两家合计"),
 ])

# ---------------------------------------------------------------- mo04 永州市汽车配套产业园 (湖南日报 2018)
YZ = "永州市汽车配套产业园"
CF = "长丰猎豹汽车有限公司"
D0 = "近日,记者来到永州市汽车配套产业园采访,只见科研大楼已经封顶,预计今年11月交付使用;员工宿舍已经竣工"
D1 = "永州市汽车配套产业园是以该市长丰猎豹汽车有限公司为核心,延伸产业链条,打造集汽车产业的研发、生产、展示、商贸于一体的园区"
D2 = "到目前,前三元催化器总成及支架生产线、液晶仪表总成生产线、汽车仪表台生产线、制动器总成生产线等项目纷纷落户产业园"
D3 = "2017年,长丰猎豹汽车有限公司永州基地汽车产业产值达80多亿元"
D4 = "去年以来,永州市在长丰猎豹汽车有限公司周边完成征地拆迁近千亩,发力建设汽车配套产业园,倾力打造300亿级产业集群"
G["mo04"] = dict(
 article=art("永州加快建设汽车配套产业", "湖南日报·新湖南客户端（记者 刘跃兵；责编:肖秀芬），载于华声在线 hnrb.voc.com.cn（湖南日报网·市州新闻）", "2018-09-17", "day",
  "Provincial daily's city news, Hunan: a city's car supporting-industry park around the local carmaker — buildings topped out and completed, the carmaker's recovery and 2017 output, land acquired, cluster target, four supplier lines landed",
  "http://hnrb.voc.com.cn/article/201809/201809170653149488006.html",
  "日期取页面“2018-09-17 06:53:14 [来源:湖南日报·新湖南客户端] [作者:刘跃兵]”（电头 9月16日讯）。标题照录；“当前位置”、栏目路径与日期来源行已删。正文三段，末句完整。园区：永州市汽车配套产业园（文中又作“汽车配套产业园”“产业园”；永州，湖南），以长丰猎豹汽车有限公司为核心、建在其周边——公司本身不记入园区（park null）。项目：四条生产线“纷纷落户产业园”（落户→无状态；“前三元催化器…”原文如此，名称记“三元催化器总成及支架生产线”）；科研大楼（已封顶→在建）与员工宿舍（已竣工）为园区配套，列可选项目。事实：长丰猎豹永州基地2017年产值80多亿元（余；“80多亿元”非数字+亿元格式，metric 不带 _cny）；去年以来征地拆迁近千亩（约，cumulative）；“300亿级产业集群”为目标（可选）。永州（厦门）汽车配套产业园专题招商推介会为活动名，不列园区。",
  "mo04"),
 parks=[
  park(YZ, "永州", "湖南", "汽车配套产业园", D1, aliases=["汽车配套产业园"], note="文中又作“汽车配套产业园”“产业园”"),
 ],
 companies=[
  comp(CF, None, D1, note="产业园的核心企业，园区建在其周边；永州基地"),
 ],
 projects=[
  proj("三元催化器总成及支架生产线", YZ, D2, note="原文“前三元催化器总成及支架生产线”；落户，无状态"),
  proj("液晶仪表总成生产线", YZ, D2),
  proj("汽车仪表台生产线", YZ, D2),
  proj("制动器总成生产线", YZ, D2),
  proj("科研大楼", YZ, D0, status="在建", status_text="已经封顶", opt=True, note="园区配套建筑；预计11月交付使用"),
  proj("员工宿舍", YZ, D0, status="竣工", status_text="已经竣工", opt=True, note="园区配套建筑"),
 ],
 aggregate_facts=[
  fact(CF, "company", "industrial_output", 8e9, "cny", D3, "2017年", qual="余", qtext="多",
       note="永州基地汽车产业产值“80多亿元”；非数字+亿元格式，metric 不带 _cny"),
  fact(YZ, "park", "land_acquired_mu", 1000, "mu", D4, "2017年以来至2018年9月", kind="cumulative", qual="约", qtext="近",
       note="在长丰猎豹周边完成征地拆迁近千亩"),
  fact(YZ, "park", "industry_cluster_target", 3e10, "cny", D4, "目标", kind="target", opt=True, note="“300亿级产业集群”"),
 ])

# ---------------------------------------------------------------- mo05 湖南汽车制造配套产业园(湘潭) (红网 2022)
QP = "湖南汽车制造配套产业园"
GD = "湖南高端汽车零部件产业园"
XJ = "湘潭经开区"
DL = "湖南电力装备配套产业园"
ZB = "湖南中部电力产业园"
XX = "湘乡经开区"
E0 = "湖南汽车制造配套产业园(湘潭)以湘潭经开区现有湖南高端汽车零部件产业园为依托,近期规划面积约1平方公里"
E1 = "湖南电力装备配套产业园(湘潭)以湘乡经开区的湖南中部电力产业园为依托,近期规划面积0.54平方公里"
E2 = "力争到2025年,园内汽车零部件制造营业收入达到300亿元"
E3 = "力争到2025年,园内电力装备配套产业营业收入200亿元以上"
E4 = "首批布局设立省级汽车制造配套产业园2个、电力装备配套产业园2个、轨道交通配套产业园1个、航空航天配套产业园1个"
G["mo05"] = dict(
 article=art("湖南汽车制造配套产业园和电力装备配套产业园双双“落户”湘潭", "红网（红网湘潭站，时刻新闻；记者 杨莉莎，编辑:刘放明）", "2022-12-16", "day",
  "Provincial news portal's city station, Hunan: a provincial plan designates supporting-industry parks — a car-manufacturing supporting park based on an existing car-parts park in a development zone, a power-equipment park in another zone, their areas, focus and 2025 revenue targets",
  "https://xt.rednet.cn/content/646656/50/12157589.html",
  "日期取页面“来源:红网湘潭站 作者:杨莉莎 编辑:刘放明 2022-12-16 22:17:32”。标题照录；“当前位置”、来源行、“时刻新闻”“—分享—”已删。存段末段“此次湖南汽车制造配套产业园(湘潭)…提升集聚度,”在句中中断，整段删去；正文截至“…营业收入200亿元以上。”，共四段。首段“(以下简称“《通知》)”“落户湘潭”的引号不配对，原文如此，照录。园区：湖南汽车制造配套产业园（文中作“湖南汽车制造配套产业园(湘潭)”；依托湘潭经开区的湖南高端汽车零部件产业园，parent 记湘潭经开区——由“依托”推断）；湖南电力装备配套产业园(湘潭)（依托湘乡经开区的湖南中部电力产业园；湘乡市属湘潭市）。无公司、无具名项目。湖南省发展和改革委员会为发文机关（可选机构）。事实：汽车园近期规划约1平方公里、2025年汽车零部件制造营业收入目标300亿元；电力园0.54平方公里、2025年目标200亿元以上（超）；首批省级汽车制造配套产业园2个（可选）。",
  "mo05"),
 parks=[
  park(QP, "湘潭", "湖南", "省级配套产业园（汽车制造）", E0, parent=XJ, aliases=["湖南汽车制造配套产业园(湘潭)"],
       note="依托湘潭经开区现有湖南高端汽车零部件产业园；parent 由“依托”推断"),
  park(GD, "湘潭", "湖南", "汽车零部件产业园", E0, parent=XJ, note="湘潭经开区现有园区"),
  park(XJ, "湘潭", "湖南", "经济技术开发区", E0, note="文中作“湘潭经开区”"),
  park(DL, "湘潭", "湖南", "省级配套产业园（电力装备）", E1, district="湘乡市", parent=XX, aliases=["湖南电力装备配套产业园(湘潭)"],
       note="依托湘乡经开区的湖南中部电力产业园"),
  park(ZB, "湘潭", "湖南", "产业园（电力）", E1, district="湘乡市", parent=XX),
  park(XX, "湘潭", "湖南", "经济开发区", E1, district="湘乡市", note="文中作“湘乡经开区”"),
 ],
 companies=[],
 institutions=[
  inst("湖南省发展和改革委员会", "湖南省发展和改革委员会《关于印发〈重点先进制造业省级配套产业园区布局发展方案〉的通知》", note="发文机关"),
 ],
 projects=[],
 aggregate_facts=[
  fact(QP, "park", "planned_area_km2", 1, "km2", E0, "近期规划", qual="约", qtext="约"),
  fact(QP, "park", "auto_parts_revenue_target_cny", 3e10, "cny", E2, "2025年", kind="target", chk=True),
  fact(DL, "park", "planned_area_km2", 0.54, "km2", E1, "近期规划"),
  fact(DL, "park", "revenue_target_cny", 2e10, "cny", E3, "2025年", kind="target", qual="超", qtext="以上", chk=True),
  fact("湖南省", "region", "auto_supporting_parks_designated", 2, "count", E4, "首批（2022年12月）", opt=True),
 ])

# ---------------------------------------------------------------- mo06 合川区 23 auto-parts projects signed (新华网 2023)
HC = "合川区"
ZW = "重庆市智能网联新能源汽车零部件产业园"
F0 = "7月31日,合川区集中签约智能网联新能源汽车零部件产业重大招商项目23个,正式合同投资额210亿元"
F1 = "本次集中签约的23个重点项目中,亿级项目20个,占比86.9%"
F2 = "23个项目占地总面积约1300亩,租赁总面积约8万平方米,建成后产值将超226亿元"
F3 = "合川区先后获评国家新型工业化(汽车)产业示范基地、重庆市级特色产业示范基地(汽摩)、重庆市智能网联新能源汽车零部件产业园"
F4 = "截至目前,合川区智能网联新能源汽车零部件企业98家,其中,规模以上企业59家,占规模企业总数比重达23.9%"
F5 = "2022年实现规上工业产值120.4亿元,同比增长29.6%"
F6 = "毗邻两江新区、西部(重庆)科学城,距离重庆江北机场、寸滩港等交通枢纽以及长安、赛力斯两个整车厂"
AS6 = "2023年7月"
G["mo06"] = dict(
 article=art("聚焦汽车零部件产业,合川区集中签约项目23个!", "新华网（“来源:新华网”），载于 china-atec.cn", "2023-08-01", "day",
  "Relay of a national news-agency item, Chongqing: a district's joint signing of 23 intelligent-connected NEV parts projects — contract sum, size bands, land, expected output; the district's parts park designation, firm counts and 2022 output and growth",
  "https://china-atec.cn/h-nd-891.html",
  "日期取页面“2023-08-01 15:47”（签约在7月31日）。标题照录；日期行、图片说明“签约仪式。活动主办方供图”、来源与版权行、“扫码观看图片直播”已删。正文六段，完整；首段、次段与第五段段末无句号，原文如此。园区：重庆市智能网联新能源汽车零部件产业园（合川区获评；文中又作“智能网联新能源汽车零部件产业园”；重庆市合川区）。“国家新型工业化(汽车)产业示范基地”“重庆市级特色产业示范基地(汽摩)”为称号，不列园区；两江新区、西部(重庆)科学城只作区位提及（可选）。公司：长安、赛力斯为附近整车厂（可选，park null）。签约项目未具名，不列项目。事实（主体合川区 region）：签约23个、正式合同投资额210亿元；亿级项目20个（可选）；占地约1300亩（可选）；建成后产值超226亿元（target）；零部件企业98家、规上59家（截至目前，cumulative）；2022年规上工业产值120.4亿元、增长29.6%（指合川区智能网联新能源汽车零部件产业）。",
  "mo06"),
 parks=[
  park(ZW, "重庆", "重庆", "市级特色产业园（汽车零部件）", F3, district="合川区", aliases=["智能网联新能源汽车零部件产业园"],
       note="合川区获评；文中又作“智能网联新能源汽车零部件产业园”"),
  park("两江新区", "重庆", "重庆", "国家级新区", F6, opt=True, note="只作区位提及"),
  park("西部(重庆)科学城", "重庆", "重庆", "科学城", F6, opt=True, note="只作区位提及"),
 ],
 companies=[
  comp("长安", None, F6, opt=True, note="附近整车厂"),
  comp("赛力斯", None, F6, opt=True, note="附近整车厂"),
 ],
 projects=[],
 aggregate_facts=[
  fact(HC, "region", "projects_signed", 23, "count", F0, "2023-07-31", note="智能网联新能源汽车零部件产业重大招商项目"),
  fact(HC, "region", "projects_signed_investment_cny", 2.1e10, "cny", F0, "2023-07-31", chk=True, note="正式合同投资额"),
  fact(HC, "region", "projects_signed_over_100m", 20, "count", F1, "2023-07-31", opt=True, note="亿级项目"),
  fact(HC, "region", "projects_signed_site_area_mu", 1300, "mu", F2, "2023-07-31", qual="约", qtext="约", opt=True),
  fact(HC, "region", "projects_signed_expected_output_cny", 2.26e10, "cny", "建成后产值将超226亿元", "建成后", kind="target", qual="超", qtext="超", chk=True),
  fact(HC, "region", "nev_parts_firms", 98, "count", F4, AS6, kind="cumulative"),
  fact(HC, "region", "nev_parts_above_scale_firms", 59, "count", F4, AS6, kind="cumulative"),
  fact(HC, "region", "nev_parts_share_of_above_scale_firms", 0.239, "ratio", "占规模企业总数比重达23.9%", AS6, kind="ratio", opt=True),
  fact(HC, "region", "nev_parts_above_scale_output_cny", 1.204e10, "cny", F5, "2022年", chk=True),
  fact(HC, "region", "nev_parts_above_scale_output_yoy_growth", 0.296, "ratio", F5, "2022年", kind="ratio"),
 ])

# ---------------------------------------------------------------- mo07 前沿科技城 NEV plant topped out (xny365 2023)
QY = "前沿科技城新能源智能汽车工业园"
H0 = "由中建八局发展建设公司承建的前沿科技城新能源智能汽车工业园配套基础设施项目主体结构完成封顶"
H1 = "他表示该新能源汽车生产工厂作为重庆市重点建设工程,是落实长安汽车提出的“新汽车、新生态”战略,打造世界一流汽车企业的重要载体"
G["mo07"] = dict(
 article=art("年内投产形成28万台新能源整车产能!", "新能源网（m.xny365.com，“新能源电报”栏；原发媒体与署名未注明）", "2023-04-30", "day",
  "Energy-industry news site's brief, Chongqing: the main structure of an NEV industrial park's supporting-infrastructure project topped out in a district, the plant to implement a carmaker's strategy, capacity expected by year end",
  "https://m.xny365.com/36-0-53067-1.html",
  "日期取页面“2023-04-30 07:10”（封顶在2023年4月26日）。标题照录；栏目名“新能源电报”与日期点击行已删。正文一段，原文以“【年内投产形成28万台新能源整车产能!】:”起首，照录。“他表示…”前无先行词，原文如此。园区：前沿科技城新能源智能汽车工业园（重庆市渝北区；只在项目名中出现，按名称记）。项目：前沿科技城新能源智能汽车工业园配套基础设施项目，主体结构完成封顶→在建，承建方中建八局发展建设公司。公司：长安汽车（工厂落实其战略，为该新能源汽车专属工厂的企业——由语境推断，记于园区）；中建八局发展建设公司（承建方，可选，park null）。事实：标题“年内投产形成28万台新能源整车产能”为目标（target，2023年）。",
  "mo07"),
 parks=[
  park(QY, "重庆", "重庆", "工业园（新能源智能汽车）", H0, district="渝北区", note="只在项目名中出现；位于前沿科技城"),
 ],
 companies=[
  comp("长安汽车", QY, H1, note="新能源汽车专属工厂的企业，由语境推断"),
  comp("中建八局发展建设公司", None, H0, kind="contractor", opt=True, note="承建方"),
 ],
 institutions=[
  inst("渝北区政府", "在渝北区政府领导、各主管部门、业主、监理、项目部以及项目参建单位的见证下"),
 ],
 projects=[
  proj("前沿科技城新能源智能汽车工业园配套基础设施项目", QY, H0, companies=["中建八局发展建设公司"], status="在建", status_text="主体结构完成封顶",
       note="重庆市重点建设工程；承建方中建八局发展建设公司"),
 ],
 aggregate_facts=[
  fact(QY, "park", "nev_vehicle_capacity_target", 280000, "vehicles", "年内投产形成28万台新能源整车产能", "2023年（年内投产，预期）", kind="target",
       note="标题与正文首句；新能源汽车专属工厂"),
 ])
