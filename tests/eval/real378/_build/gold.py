# real378 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (nm01–nm06 simplified, nm07 traditional script as published); names as
# written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a county is not a park). Status from the text's words (开工 / 动建 /
# 破土 → 开工; 签约 → 签约; 施工中 / 封顶 / 正在施工 → 在建; “将投产” alone → no status). “预计” figures are kind target with
# “（预计）” in as_of; “截至目前” counts and totals are cumulative. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/nmNN.raw as returned.

# ---------------------------------------------------------------- nm01 金乡经济开发区食品产业园 (中国网 2020)
JXF = "金乡经济开发区食品产业园"
A0 = "金乡经济开发区食品产业园入驻企业北京首农集团位列第二名,山东万兴食品、济宁鲁峰集团、金乡和福隆也榜上有名"
A1 = "此外,园区招引入驻的山东水发集团也成功入榜2019年度山东省百强企业公示名单"
A2 = "据悉,金乡经济开发区食品产业园是济宁市唯一的专业化食品园区"
G["nm01"] = dict(
 article=art("2020中国农业企业500强发布 食品产业园多家企业入榜", "中国网（guoqing.china.com.cn 国情频道；作者栏空，责任编辑:姚宇琛）", "2020-11-04", "day",
  "National news portal's regional channel, Shandong: a county zone's food park whose settled firms entered a national agribusiness ranking — the park's firms named, its honours, its investment-promotion measures (no figures)",
  "http://guoqing.china.com.cn/2020-11/04/content_76875592.htm",
  "日期取页面“发布时间:2020-11-04 14:37:24 | 来源:中国网”。标题照录；发布时间行、“分享到:”“20K”已删。存段在第五段“三是完善设施,提升园区承载能力。园区围绕…的总”处中断，该段整段删去（make_txt.py ITEMS 截至“二是…”段），正文截至“…项目落地不停。”，共四段。园区：金乡经济开发区食品产业园（济宁市金乡县，山东；“济宁市唯一的专业化食品园区”）；金乡经济开发区只在园区名中出现，列可选母园区。公司：北京首农集团（“食品产业园入驻企业”，在园）；山东万兴食品、济宁鲁峰集团、金乡和福隆（同句“也榜上有名”，标题“食品产业园多家企业入榜”——在园，由标题与语境推定）；山东水发集团（“园区招引入驻”，在园）。农民日报社为评定机构（可选）。文中无金额、无项目名、无数字事实（名次“第二名”不计）。",
  "nm01"),
 parks=[
  park(JXF, "济宁", "山东", "食品产业园", A2, district="金乡县", parent="金乡经济开发区", note="文中又作“园区”“该园区”；标题作“食品产业园”"),
  park("金乡经济开发区", "济宁", "山东", "经济开发区", A0, district="金乡县", opt=True, note="只在“金乡经济开发区食品产业园”中出现"),
 ],
 companies=[
  comp("北京首农集团", JXF, A0, note="“食品产业园入驻企业”；2020中国农业企业500强第二名"),
  comp("山东万兴食品", JXF, A0, note="同句“也榜上有名”；在园由标题推定"),
  comp("济宁鲁峰集团", JXF, A0, note="同上"),
  comp("金乡和福隆", JXF, A0, note="同上"),
  comp("山东水发集团", JXF, A1, note="“园区招引入驻”"),
 ],
 institutions=[
  inst("农民日报社", "近日,由农民日报社组织评定的2020中国农业企业500强发布", kind="media", note="500强评定方"),
 ],
 projects=[],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- nm02 中国西部预制菜产业园 (重庆日报 via 国际在线 2022)
XB = "中国西部预制菜产业园"
B0 = "6月27日,中国西部预制菜产业园重点项目暨招商项目签约仪式在梁平区举行,冷链物流及国际食材分拨平台、食品辐照平台项目正式开工,中央厨房及三产融合项目等24个项目签约,累计投资达45亿元"
B1 = "冷链物流及国际食材分拨平台项目占地250亩,拟投资8亿元"
B2 = "食品辐照平台项目占地35亩,总投资1.8亿元"
AS2 = "2022年6月27日（开工、签约仪式）"
G["nm02"] = dict(
 article=art("中国西部预制菜产业园重点项目开工", "重庆日报，载于国际在线重庆频道 cq.cri.cn（编辑:胡明珠 责编:李金秋）", "2022-06-28", "day",
  "Municipal party daily on a national broadcaster's city channel, Chongqing: a district's prepared-food park holds a groundbreaking and signing — two named platform projects started with amounts, area and expected revenue, 24 projects signed with their total, the district's prepared-food policy",
  "https://cq.cri.cn/n/20220628/b43dd94e-b863-ec5c-53a7-53dbca514e89.html",
  "日期取页面“2022-06-28 09:12:02来源:重庆日报”。标题照录；日期来源行已删；“原标题:中国西部预制菜产业园重点项目开工 24个项目签约,累计投资45亿元”一行已删，记于 title_note。存段末段“当天上午,位于梁平高新区预制菜产业园的中国西部预制菜之都展览馆、中国西部预制菜之”在句中中断，整段删去（make_txt.py ITEMS），正文截至“…增强市场竞争力创造有利条件。”，共五段。园区：中国西部预制菜产业园（重庆市梁平区；文中又作“中国西部预制菜产业园区”“预制菜产业园”）。梁平区为区，不是园区。项目：冷链物流及国际食材分拨平台项目（正式开工，拟投资8亿元）、食品辐照平台项目（正式开工，总投资1.8亿元）；中央厨房及三产融合项目（签约，无单项金额）。24个项目“累计投资达45亿元”为签约合计（事实）。冷链项目“预计年营业额达10亿元”为项目预期（target）。",
  "nm02", title_note="原标题：中国西部预制菜产业园重点项目开工 24个项目签约,累计投资45亿元"),
 parks=[
  park(XB, "重庆", "重庆", "预制菜产业园", B0, district="梁平区", aliases=["中国西部预制菜产业园区"], note="文中又作“预制菜产业园”"),
 ],
 companies=[],
 projects=[
  proj("冷链物流及国际食材分拨平台项目", XB, B1, inv="拟投资8亿元", status="开工", status_text="正式开工", aliases=["冷链物流及国际食材分拨平台"],
       note="开工见首段；占地250亩；建成后预计年营业额10亿元"),
  proj("食品辐照平台项目", XB, B2, inv="总投资1.8亿元", status="开工", status_text="正式开工", aliases=["食品辐照平台"], note="开工见首段；占地35亩"),
  proj("中央厨房及三产融合项目", XB, B0, status="签约", status_text="签约", note="24个签约项目之一；无单项金额"),
 ],
 aggregate_facts=[
  fact(XB, "park", "projects_signed", 24, "count", B0, AS2),
  fact(XB, "park", "signed_investment_cny", 4.5e9, "cny", "24个项目签约,累计投资达45亿元", AS2, chk=True, note="签约项目合计"),
  fact(XB, "park", "projects_started", 2, "count", "冷链物流及国际食材分拨平台、食品辐照平台项目正式开工", AS2, opt=True),
  fact("冷链物流及国际食材分拨平台项目", "project", "expected_annual_revenue_cny", 1e9, "cny", "项目建成后,预计年营业额达10亿元", "建成后（预计）", kind="target", opt=True, chk=True),
  fact("冷链物流及国际食材分拨平台项目", "project", "site_area_mu", 250, "mu", B1, AS2, opt=True),
  fact("食品辐照平台项目", "project", "site_area_mu", 35, "mu", B2, AS2, opt=True),
 ])

# ---------------------------------------------------------------- nm03 元洪投资区 中科经纬预制菜产研城 (hxcsw relay 2023)
YH = "元洪投资区"
ZK = "中科经纬预制菜产研城"
C0 = "3月31日,位于福州新区元洪投资区的中科经纬预制菜产研城破土动建"
C1 = "项目总投资约35亿元,总面积530亩,共分两期建设,一期约230亩,二期约300亩,计划于2025~2027年陆续建成投产"
C2 = "当前,元洪投资区除了中科经纬预制菜产研城建设正酣,御冠食品、御味香、淼天汇、长太生物等一大批预制菜企业也正发展壮大"
C3 = "截至目前,该“园中园”项目已完成招商10%,其中大部分为省内知名食品企业"
AS3 = "2023年4月（动建10天）"
G["nm03"] = dict(
 article=art("中印尼“两国双园”预制菜产业示范园区端出“拿手菜” 动建10天完成招商10%", "hxcsw.com（“城市资讯”栏转载；原发媒体与署名存段未示）", "2023-04-11", "day",
  "City-news site relaying a local item, Fujian: a prepared-food park-in-park breaks ground in an investment zone — developer, total investment, area, phases, completion years, share of space let, driven investment, other prepared-food firms in the zone",
  "http://hxcsw.com/chengshizixun/2023/0411/c_123597050.html",
  "日期取网址 2023/0411（文中“3月31日…破土动建”，标题“动建10天”，与之相合）；存段无日期行。标题取页内两行正题（“中印尼“两国双园”预制菜产业示范园区端出“拿手菜””与“动建10天完成招商10%”，以空格相连）；页首合并式标题行与图片说明“中科经纬预制菜产研城效果图。”已删。存段末行“元洪投资区“炒香”预制菜有”为下一段残文，已删；正文截至“…一大批预制菜企业也正发展壮大。”，共六段。园区：元洪投资区（文中“福州新区元洪投资区”；福州市福清市，福建；福州新区为国家级新区，按地区处理，不列园区）。中科经纬预制菜产研城为“园中园”项目，标题称“中印尼“两国双园”预制菜产业示范园区”，另列可选园区（母园区元洪投资区）。项目：中科经纬预制菜产研城，开工（“破土动建”），总投资约35亿元（约），分两期，计划2025~2027年陆续建成投产；业主中科经纬(福建)科技发展有限公司。公司：中科经纬(福建)科技发展有限公司；御冠食品、御味香、淼天汇、长太生物（元洪投资区预制菜企业）。事实：产研城已完成招商10%（ratio）；带动产业链投资100亿元（target，可选）；全国预制菜市场规模（白皮书数字）不计。",
  "nm03"),
 parks=[
  park(YH, "福州", "福建", "投资区", C0, district="福清市", note="文中作“福州新区元洪投资区”“元洪投资区”"),
  park(ZK, "福州", "福建", "预制菜产业园（园中园）", C0, district="福清市", parent=YH, aliases=["中印尼“两国双园”预制菜产业示范园区"], opt=True,
       note="“园中园”项目；标题称“中印尼“两国双园”预制菜产业示范园区”"),
 ],
 companies=[
  comp("中科经纬(福建)科技发展有限公司", YH, "中科经纬(福建)科技发展有限公司总经理陈益忠说", note="产研城开发运营方"),
  comp("御冠食品", YH, C2),
  comp("御味香", YH, C2),
  comp("淼天汇", YH, C2),
  comp("长太生物", YH, C2),
 ],
 projects=[
  proj(ZK, YH, C1, companies=["中科经纬(福建)科技发展有限公司"], inv="总投资约35亿元", qual="约", qual_text="约", status="开工", status_text="破土动建",
       note="2023年3月31日破土动建（见上段）；两期，计划2025~2027年陆续建成投产"),
 ],
 aggregate_facts=[
  fact(ZK, "project", "leasing_share_signed", 0.10, "ratio", C3, AS3, kind="ratio", note="已完成招商10%"),
  fact(ZK, "project", "site_area_mu", 530, "mu", C1, AS3, opt=True),
  fact(ZK, "project", "driven_investment_cny", 1e10, "cny", "将带动预制菜产业链投资达100亿元", "建成后（预计）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- nm04 乐山味道·川菜预制菜产业园 (成都市供应链协会 2023)
LS = "乐山味道·川菜预制菜产业园"
D0 = "“乐山味道·川菜预制菜产业园”位于乐山市市中区全福街道石龙村"
D1 = "规划占地1600亩,建筑面积85万平方米,总投资80亿元"
D2 = "目前,园区已成功引进新希望集团、重庆小天鹅等预制菜知名企业落地"
AS4 = "2023年5月"
G["nm04"] = dict(
 article=art("“乐山味道·川菜预制菜产业园”建设招商齐头并进", "成都市供应链协会网站 scstwp.com（图片来源注“乐山市市中区人民政府”；原发媒体与署名未示）", "2023-05-10", "day",
  "Trade-association site, Sichuan: a district's Sichuan-cuisine prepared-food park under construction — its positioning, facilities built and being built, two firms brought in, location, planned area, floor area and total investment",
  "https://www.scstwp.com/4/12429/1277904",
  "日期取页面“2023-05-10 11:09:22”。标题照录；站名“欢迎来到成都市供应链协会!”、分隔符“|”与图片说明“园区现场俯瞰图(图片来源:乐山市市中区人民政府)”已删。存段在末段“园区紧扣乐山本地跷脚牛肉…特色美食开发、研”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…总投资80亿元。”，共五段。园区：乐山味道·川菜预制菜产业园（文中带引号；乐山市市中区，四川；“全省首个川菜预制菜产业园”）。项目：园区开发本身（“项目建成后”），总投资80亿元；正在建设（“正加快标准厂房、商贸中心、冻库等配套建设”）→ 在建。公司：新希望集团、重庆小天鹅（已引进落地，在园）。机构：四川省调味品协会、乐山市市中区经济和信息化局（可选）。事实：规划占地1600亩、建筑面积85万平方米。",
  "nm04"),
 parks=[
  park(LS, "乐山", "四川", "预制菜产业园", D0, district="市中区", note="文中带引号；又作“产业园”“园区”"),
 ],
 companies=[
  comp("新希望集团", LS, D2),
  comp("重庆小天鹅", LS, D2),
 ],
 institutions=[
  inst("四川省调味品协会", "四川省调味品协会秘书处近日前往乐山", kind="association"),
  inst("乐山市市中区经济和信息化局", "乐山市市中区经济和信息化局局长车耀平介绍"),
 ],
 projects=[
  proj(LS, LS, D1, inv="总投资80亿元", status="在建", status_text="正加快标准厂房、商贸中心、冻库等配套建设",
       note="园区开发项目（“项目建成后”）；招商中心已建成投入使用"),
 ],
 aggregate_facts=[
  fact(LS, "park", "planned_area_mu", 1600, "mu", D1, AS4),
  fact(LS, "park", "floor_area_m2", 8.5e5, "m2", D1, AS4, opt=True),
 ])

# ---------------------------------------------------------------- nm05 君山产业开发区 绿色食品 (中国网 via jkstv 2023)
JS = "君山产业开发区"
E0 = "今年以来,君山产业开发区坚持贯彻君山区委 一二三六工作思路"
E1 = "目前已有勇记水产、芥源食品、源然科技等30多家规模大、效益好的食品企业入驻园区"
E2 = "万雨合业健康食用菌产业园、国泰食品二期、物流配送中心、罗斯包装等一批重大项目将先后投产达效"
E3 = "启动了投资11亿元的预制菜园中园项目,建设标准化厂房约13万平方米、洞庭食品实验室中试基地约1万平方米"
AS5 = "2023年（截至11月）"
G["nm05"] = dict(
 article=art("君山产业开发区做强绿色食品大产业、激发高质量发展新动能", "中国网（“来源:中国网”），转载于 info.jkstv.com“热点”栏；署名未示", "2023-11-18", "day",
  "Health portal relaying a national news portal's item, Hunan: a district development zone's green-food strategy — firms contacted and settled with names, named projects about to enter production, a prepared-food park-in-park launched with its investment and floor areas, firms signed to it",
  "http://info.jkstv.com/zixun/8623.html",
  "日期取页面“发布时间:2023-11-18 20:09来源:中国网”。标题照录；栏目、位置行、发布时间行与转载免责声明已删。正文三段，完整。“君山区委 一二三六工作思路”中的空格原文如此，照录。园区：君山产业开发区（岳阳市君山区，湖南；文中又作“园区”）。“预制菜园中园”为园区内的园中园项目（不另列园区）。项目：预制菜园中园项目（“启动了投资11亿元”→ 金额11亿元；“启动”不等于开工，status 空，status_alt 开工）；万雨合业健康食用菌产业园、国泰食品二期、物流配送中心、罗斯包装（“将先后投产达效”——尚未投产，status 空）。公司：勇记水产、芥源食品、源然科技（入驻园区）；国泰食品、罗斯包装只在项目名中（可选）。洞庭食品实验室列可选机构。事实：对接食品链企业超80家（可选）；入驻食品企业30多家（余，cumulative）；十余家预制菜企业签投资框架协议（余）；标准化厂房约13万平方米（可选）。",
  "nm05"),
 parks=[
  park(JS, "岳阳", "湖南", "产业开发区", E0, district="君山区", note="文中又作“园区”"),
 ],
 companies=[
  comp("勇记水产", JS, E1),
  comp("芥源食品", JS, E1),
  comp("源然科技", JS, E1),
  comp("国泰食品", JS, E2, opt=True, note="只在项目名“国泰食品二期”中"),
  comp("罗斯包装", JS, E2, opt=True, note="以企业名作项目名"),
 ],
 institutions=[
  inst("洞庭食品实验室", E3, kind="research", park=JS, note="中试基地建于预制菜园中园"),
 ],
 projects=[
  proj("预制菜园中园项目", JS, E3, inv="投资11亿元", status=None, status_alt="开工", status_text="启动", aliases=["预制菜园中园"],
       note="“启动了投资11亿元的预制菜园中园项目”；十余家预制菜企业已签投资框架协议"),
  proj("万雨合业健康食用菌产业园", JS, E2, note="将先后投产达效（尚未投产）"),
  proj("国泰食品二期", JS, E2, companies=["国泰食品"], phase="二期", note="同上"),
  proj("物流配送中心", JS, E2, opt=True, note="同上；名称泛指"),
  proj("罗斯包装", JS, E2, companies=["罗斯包装"], note="同上；以企业名作项目名"),
 ],
 aggregate_facts=[
  fact(JS, "park", "firms", 30, "count", E1, AS5, kind="cumulative", qual="余", qtext="多", note="入驻园区的食品企业"),
  fact(JS, "park", "firms_contacted", 80, "count", "主动对接食品链上企业超80家", AS5, kind="cumulative", qual="超", qtext="超", opt=True),
  fact(JS, "park", "framework_agreements_signed", 10, "count", "已经有十余家预制菜生产企业与园区签订了投资框架协议", AS5, kind="cumulative", qual="余", qtext="余", opt=True,
       note="“十余家”，数字为汉字"),
  fact("预制菜园中园项目", "project", "standard_factory_floor_area_m2", 1.3e5, "m2", E3, AS5, qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- nm06 中国原阳预制菜产业园 (新乡日报 2024)
YY = "中国原阳预制菜产业园"
CX = "中国(原阳)预制菜创新示范产业园"
F0 = "规划了用地8650亩的中国(原阳)预制菜创新示范产业园,分设A、B、C、D及创新孵化园5个园区"
F1 = "中国原阳预制菜产业园项目位于创新示范产业园C区,是省重点建设项目,规划占地2800亩,总投资120亿元"
F2 = "目前,园区12栋主体建筑已完成封顶,预计9月23日正式开园入驻"
F3 = "目前,全县拥有知名食品企业156家,2023年全产业链营收突破200亿元"
AS6 = "2024年5月"
G["nm06"] = dict(
 article=art("中国原阳预制菜产业园展示中心昨日开放", "新乡日报（全媒体记者 王海玲），电子版 rb.xxrb.com.cn", "2024-05-11", "day",
  "City party daily, Henan: a county's prepared-food park opens its exhibition centre — the county's planned demonstration park and its five sub-parks, the county's food firms and chain revenue, the park project inside it with area, investment, buildings topped out and opening date",
  "https://rb.xxrb.com.cn/epaper/2024-05/11/content_9924612.html",
  "日期取网址 epaper/2024-05/11（标题“昨日开放”，文中“5月10日”开放仪式）；页面“发布时间: 信息来源:”空行已删。标题照录。存段末段“原阳县主要负责同志表示,…打造国内一流的预制菜产业”在句中中断，整段删去（make_txt.py ITEMS），正文截至“…发展趋势和火热氛围。”，共三段。园区：中国(原阳)预制菜创新示范产业园（新乡市原阳县，河南；文中又作“创新示范产业园”；规划用地8650亩，分设5个园区）；中国原阳预制菜产业园（位于创新示范产业园C区，parent 记创新示范产业园；文中又作“园区”）。原阳县为县，不是园区（县级事实 subject_type region）。项目：中国原阳预制菜产业园项目，总投资120亿元，12栋主体建筑已封顶 → 在建，预计9月23日开园入驻。事实：创新示范产业园规划用地8650亩、5个园区（可选）；原阳县知名食品企业156家、2023年全产业链营收突破200亿元（超；region）；项目规划占地2800亩（可选）、12栋主体封顶（可选）。市领导不列。",
  "nm06"),
 parks=[
  park(CX, "新乡", "河南", "预制菜产业园（创新示范产业园）", F0, district="原阳县", aliases=["创新示范产业园"], note="分设A、B、C、D及创新孵化园5个园区"),
  park(YY, "新乡", "河南", "预制菜产业园", F1, district="原阳县", parent=CX, note="位于创新示范产业园C区；文中又作“园区”“产业园”"),
 ],
 companies=[],
 projects=[
  proj("中国原阳预制菜产业园项目", CX, F1, inv="总投资120亿元", status="在建", status_text="12栋主体建筑已完成封顶",
       note="省重点建设项目；预计2024年9月23日正式开园入驻（见下句）"),
 ],
 aggregate_facts=[
  fact(CX, "park", "planned_area_mu", 8650, "mu", F0, AS6),
  fact(CX, "park", "sub_parks", 5, "count", F0, AS6, opt=True),
  fact("原阳县", "region", "food_firms", 156, "count", F3, AS6),
  fact("原阳县", "region", "food_industry_chain_revenue_cny", 2e10, "cny", "2023年全产业链营收突破200亿元", "2023年", qual="超", qtext="突破", chk=True),
  fact("中国原阳预制菜产业园项目", "project", "site_area_mu", 2800, "mu", F1, AS6, opt=True),
  fact(YY, "park", "buildings_topped_out", 12, "count", F2, AS6, opt=True),
 ])

# ---------------------------------------------------------------- nm07 休寧經開區綠色食品產業園 (香港商報 2024, traditional)
XN = "休寧經開區"
LF = "休寧經開區綠色食品產業園"
H0 = "冬日時節,走進皖南休寧經開區綠色食品產業園茂徽健康產業園項目現場,吊機林立、機器轟鳴,工人們正搶抓工期加緊施工"
H1 = "休寧經開區綠色食品產業園總規劃面積463畝,主要發展茶產業、徽菜預製菜、地方特色食品及酒水飲料產業"
H2 = "截至目前,已招引入駐企業10家,占地237畝,計劃總投資5.57億元,已完成投資2.97億元,其中1個項目已竣工投產,7個項目已開工建設,2個項目待開工"
H3 = "預計2025年10家企業均能竣工投產,實現年產值10億元,稅收3600萬元以上"
H4 = "其中,尋食記、萬安食品、茂徽中央廚房、致和茶業及昱見山等5個項目主體工程已封頂,預計年內竣工試生產"
H5 = "新安源、澤延堂果酒2個項目主體工程施工中"
AS7 = "2024年12月（截至目前）"
G["nm07"] = dict(
 article=art("（無標題）休寧經開區綠色食品產業園 項目建設與招商進展", "香港商報（global.hkcd.com，繁體版；記者 吳敏 通訊員 汪悅 谷慶江）", "2024-12-19", "day",
  "Hong Kong newspaper's mainland news in traditional script, Anhui: a county development zone's green-food park — one named project under construction with its developer and production plan, the park's area and infrastructure spending, firms settled with planned and completed investment, projects by stage, 2025 output and tax targets, named projects topped out or under construction",
  "http://global.hkcd.com/hkcdweb/content/2024/12/19/content_8672560.html",
  "繁體原文（香港商報網站繁體版），未作轉換。日期取網址 2024/12/19。存段無標題、無日期行（title 為編者概括）。正文六段，完整，末尾署名“(記者 吳敏 通訊員 汪悅 谷慶江)”保留。園區：休寧經開區（黃山市休寧縣，安徽；“皖南”）；休寧經開區綠色食品產業園（parent 休寧經開區；文中又作“綠色食品產業園”）。項目：茂徽健康產業園項目（“正在進行外牆施工”→ 在建，計劃2025年上半年投產；業主茂徽健康產業發展(黃山)有限公司）；尋食記、萬安食品、茂徽中央廚房、致和茶業、昱見山（“主體工程已封頂,預計年內竣工試生產”→ 在建）；新安源、澤延堂果酒（“主體工程施工中”→ 在建）——均以企業名或字號作項目名，無單項金額。事實：園區總規劃面積463畝；基礎設施投資8000萬元（休寧經開區，累計）；入駐企業10家、占地237畝、計劃總投資5.57億元、已完成投資2.97億元、竣工投產1個、開工建設7個、待開工2個（截至目前，cumulative）；2025年年產值10億元、稅收3600萬元以上（target）。",
  "nm07"),
 parks=[
  park(XN, "黃山", "安徽", "經濟開發區", "近年來,休寧經開區聚焦產業轉型,圍繞綠色食品產業鏈發展,加碼布局綠色食品產業園", district="休寧縣", note="即休寧經濟開發區；文中只作“休寧經開區”"),
  park(LF, "黃山", "安徽", "綠色食品產業園", H1, district="休寧縣", parent=XN, aliases=["綠色食品產業園"]),
 ],
 companies=[
  comp("茂徽健康產業發展(黃山)有限公司", LF, "該項目是茂徽健康產業發展(黃山)有限公司旗下專注食品技術提升", note="茂徽健康產業園項目業主"),
  comp("萬安食品", LF, H4, opt=True, note="以企業名作項目名"),
  comp("致和茶業", LF, H4, opt=True, note="同上"),
  comp("澤延堂果酒", LF, H5, opt=True, note="同上"),
 ],
 projects=[
  proj("茂徽健康產業園項目", LF, H0, companies=["茂徽健康產業發展(黃山)有限公司"], status="在建", status_text="正在進行外牆施工",
       aliases=["茂徽健康產業園"], note="計劃2025年上半年投產"),
  proj("尋食記", LF, H4, status="在建", status_text="主體工程已封頂", note="預計2024年內竣工試生產"),
  proj("萬安食品", LF, H4, companies=["萬安食品"], status="在建", status_text="主體工程已封頂", note="同上"),
  proj("茂徽中央廚房", LF, H4, status="在建", status_text="主體工程已封頂", note="同上"),
  proj("致和茶業", LF, H4, companies=["致和茶業"], status="在建", status_text="主體工程已封頂", note="同上"),
  proj("昱見山", LF, H4, status="在建", status_text="主體工程已封頂", note="同上"),
  proj("新安源", LF, H5, status="在建", status_text="主體工程施工中"),
  proj("澤延堂果酒", LF, H5, companies=["澤延堂果酒"], status="在建", status_text="主體工程施工中"),
 ],
 aggregate_facts=[
  fact(LF, "park", "planned_area_mu", 463, "mu", H1, AS7),
  fact(XN, "park", "infrastructure_investment_cny", 8e7, "cny", "休寧經開區先後投資8000萬元新建道路1.7公里", AS7, kind="cumulative", chk=True, note="為綠色食品產業園配套基礎設施"),
  fact(LF, "park", "firms", 10, "count", H2, AS7, kind="cumulative"),
  fact(LF, "park", "firms_land_mu", 237, "mu", H2, AS7, kind="cumulative", opt=True),
  fact(LF, "park", "planned_investment_cny", 5.57e8, "cny", "計劃總投資5.57億元,已完成投資2.97億元", AS7, kind="cumulative", chk=True),
  fact(LF, "park", "completed_investment_cny", 2.97e8, "cny", "已完成投資2.97億元", AS7, kind="cumulative", chk=True),
  fact(LF, "park", "projects_in_production", 1, "count", H2, AS7, kind="cumulative"),
  fact(LF, "park", "projects_started", 7, "count", H2, AS7, kind="cumulative"),
  fact(LF, "park", "projects_pending_start", 2, "count", H2, AS7, kind="cumulative", opt=True),
  fact(LF, "park", "annual_output_cny", 1e9, "cny", "實現年產值10億元,稅收3600萬元以上", "2025年（預計）", kind="target", chk=True),
  fact(LF, "park", "annual_tax_cny", 3.6e7, "cny", "稅收3600萬元以上", "2025年（預計）", kind="target", qual="超", qtext="以上", chk=True),
  fact(LF, "park", "projects_topped_out", 5, "count", H4, AS7, opt=True),
 ])
