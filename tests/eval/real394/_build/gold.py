# real394 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52 (real28–real52): evidence verbatim (all six items simplified script as published); names as written
# in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth rates
# and shares as ratios. Projects: the park is the one the text places the project in, null if none (a county, district or
# city is not a park). Status from the text's words (计划开工 / 前期 → planned; 续建 → 在建; 保投产 → 在建 with status_alt
# 投产; 签约 → 签约). Year-to-date or “累计” figures are cumulative. County- or city-level figures (not a park's) are
# optional facts with subject_type "region". Sources are `search` (corpus pages) excerpts typed into _raw/pages/mcNN.raw.

# ---------------------------------------------------------------- mc01 巩义市先进制造业开发区 (中原网 2023)
GY = "巩义市先进制造业开发区"
A0 = "日前,记者从巩义市先进制造业开发区获悉,今年上半年,该区聚焦转型升级、项目建设、招商引资等主责主业"
A1 = "中孚实业只是全区绿色发展的一个缩影,区内明泰、万达、新昌、新格等多家企业顺应发展趋势,积极布局再生金属领域"
A2 = "3家企业被评为省级能效水效领跑示范企业,5家企业获评省级以上绿色工厂,巩义市先进制造业开发区获评郑州市目前唯一的国家级绿色工业园区"
G["mc01"] = dict(
 article=art("四组关键词解读巩义市先进制造业开发区上半年亮眼成绩", "中原网（news.zynews.cn；记者 付智军，通讯员 刘小雨）", "2023-08-01", "day",
  "City news portal, Henan: a county-level city's (巩义, under 郑州) development zone's first half of 2023 — provincial ranking, green development, named firms, PV capacity, counts of green firms",
  "https://news.zynews.cn/zwspecial/2023/08/01/92774.html",
  "日期取页面“2023-08-01 16:48:26 来源:中原网”。标题照录。存段在“关键词二:集群 / 项目建设提质增速 / 今年以来,巩义开发区笃行“项目为王”“三个一批””处中断：该段及其前两行小标题整段删去，正文截至“…成为巩义开发区发展的高频词。”；小标题“关键词一:绿色”“产业升级步伐加快”保留为段落。园区：巩义市先进制造业开发区（文中又作“巩义开发区”“该区”“全区”；郑州市代管巩义市，河南）。“166个先进制造业开发区第一档(营业收入超400亿元开发区或国家级开发区)第七名”为考核排名，“营业收入超400亿元”是档次门槛，不作该区营收（可选事实，ratio 之外不记）。公司：中孚实业（引语企业）与“区内”明泰、万达、新昌、新格，均在园区。事实：光伏发电并网容量33兆瓦；3家省级能效水效领跑示范企业；5家省级以上绿色工厂（数截至2023年年中，reported）。无具名项目、无金额。",
  "mc01"),
 parks=[
  park(GY, "郑州", "河南", "先进制造业开发区", A0, district="巩义市", aliases=["巩义开发区"], note="文中又作“巩义开发区”“该区”“全区”"),
 ],
 companies=[
  comp("中孚实业", GY, A1, note="引语企业；“全区绿色发展的一个缩影”"),
  comp("明泰", GY, A1, note="“区内…企业”"),
  comp("万达", GY, A1, note="同上"),
  comp("新昌", GY, A1, note="同上"),
  comp("新格", GY, A1, note="同上"),
 ],
 aggregate_facts=[
  fact(GY, "park", "pv_grid_capacity_mw", 33, "MW", "光伏发电并网容量达到33兆瓦", "2023年年中"),
  fact(GY, "park", "energy_water_efficiency_leader_firms", 3, "count", A2, "2023年年中"),
  fact(GY, "park", "green_factories", 5, "count", A2, "2023年年中", note="省级以上绿色工厂"),
  fact(GY, "park", "provincial_ranking", 7, "rank", "取得了166个先进制造业开发区第一档(营业收入超400亿元开发区或国家级开发区)第七名的好成绩", "2022年度", opt=True,
       note="第一档内第七名；“营业收入超400亿元”为档次门槛"),
 ])

# ---------------------------------------------------------------- mc02 正阳县 产业集群 (驻马店网 2022)
ZY = "正阳县开发区"
B0 = "近日,在正阳县开发区正欣卫材生物材料及医疗纺织用品项目生产车间里,技术人员正在对机器进行调试,一派繁忙景象"
B1 = "正阳县引入君乐宝、鲁花、牧原、花生天地、正花等食品加工企业38家,累计完成投资342亿元"
B2 = "引进华星、精工、豫丰、宏达等装备制造企业37家,累计完成投资264亿元"
B3 = "建成了环亚工贸、合兴灯饰、昊宇双腾、乾宝工艺等企业7家,建成了节庆礼品产业集群"
G["mc02"] = dict(
 article=art("正阳县项目为王产业集群发展突飞猛进", "驻马店网（zmdnews.cn；记者 李玉荣；责任编辑 闫继华）", "2022-09-07", "day",
  "City news portal, Henan: a county's (正阳, 驻马店) industrial clusters — a project in the county development zone under commissioning, firms and cumulative investment by cluster",
  "http://www.zmdnews.cn/2022/0907/721047.shtml",
  "日期取页面“2022-09-07 08:24 来源:驻马店网”。标题照录（页面标题行出现两次，取一）；站头、订阅广告、“摘要:…”（站方摘要，取自存段以外的后文）与副题“围绕主导产业 坚持产业链招商”均在正文起点前，删去。存段在“…鼎晟科技有限公司4家”处中断，该残句（总投资27亿元的正阳县高新技术产业园建设项目…）整句删去（make_txt.py LINE_SUFFIX），正文截至“…建成了节庆礼品产业集群。”，共四段。园区：正阳县开发区（驻马店市正阳县，河南）。项目：正欣卫材生物材料及医疗纺织用品项目，在正阳县开发区，“技术人员正在对机器进行调试”——无状态词，status 留空（介于在建与投产之间）。公司：正欣卫材只在项目名中（可选）；君乐宝等食品、装备、礼品企业为全县引进，文中未置于园区，park 为 null，均可选。事实：38家 / 342亿元、37家 / 264亿元、7家为全县产业集群数（region，累计，可选）。",
  "mc02"),
 parks=[
  park(ZY, "驻马店", "河南", "开发区", B0, district="正阳县"),
 ],
 companies=[
  comp("正欣卫材", ZY, B0, opt=True, note="只在项目名中"),
  comp("君乐宝", None, B1, opt=True, note="全县引进的食品加工企业；未置于园区"),
  comp("鲁花", None, B1, opt=True, note="同上"),
  comp("牧原", None, B1, opt=True, note="同上"),
  comp("花生天地", None, B1, opt=True, note="同上"),
  comp("正花", None, B1, opt=True, note="同上"),
  comp("华星", None, B2, opt=True, note="全县引进的装备制造企业"),
  comp("精工", None, B2, opt=True, note="同上"),
  comp("豫丰", None, B2, opt=True, note="同上"),
  comp("宏达", None, B2, opt=True, note="同上"),
  comp("环亚工贸", None, B3, opt=True, note="节庆礼品企业"),
  comp("合兴灯饰", None, B3, opt=True, note="同上"),
  comp("昊宇双腾", None, B3, opt=True, note="同上"),
  comp("乾宝工艺", None, B3, opt=True, note="同上"),
 ],
 projects=[
  proj("正欣卫材生物材料及医疗纺织用品项目", ZY, B0, companies=["正欣卫材"], status=None, status_text="技术人员正在对机器进行调试",
       note="设备调试中；文中无开工 / 投产字样"),
 ],
 aggregate_facts=[
  fact("正阳县", "region", "food_processing_firms", 38, "count", B1, "2022年9月（累计）", kind="cumulative", opt=True),
  fact("正阳县", "region", "food_processing_investment_cny", 3.42e10, "cny", "食品加工企业38家,累计完成投资342亿元", "2022年9月（累计）", kind="cumulative", opt=True, chk=True),
  fact("正阳县", "region", "equipment_firms", 37, "count", B2, "2022年9月（累计）", kind="cumulative", opt=True),
  fact("正阳县", "region", "equipment_investment_cny", 2.64e10, "cny", "装备制造企业37家,累计完成投资264亿元", "2022年9月（累计）", kind="cumulative", opt=True, chk=True),
  fact("正阳县", "region", "festival_gift_firms", 7, "count", B3, "2022年9月", opt=True),
 ])

# ---------------------------------------------------------------- mc03 石家庄市争列省重点项目40项 (石家庄日报 2019)
SJ = "石家庄高新区"
C0 = "石家庄市2019年列入省重点项目计划40项"
C1 = "比如,在计划开工项目中,包括位于鹿泉区的中国电科十三所项目、石家庄高新区新药研发及产业化项目、藁城区的石药集团新药制剂和新药原料生产中心项目等"
C2 = "在续建项目中,有位于鹿泉区的中国移动通信集团河北有限公司中国移动(河北石家庄)数据中心工程项目、栾城区的河北德澳科技有限公司新能源汽车电机基地项目等"
C3 = "保投产(含部分投产)项目中,包括位于井陉矿区的中渥电气有限公司成套设备生产基地项目、位于高邑县的亿博基业集团冀中南公路联运智能港项目等"
C4 = "在前期项目中,包括位于藁城区的河北艾科瑞纤维有限责任公司年产3900吨大丝束碳纤维项目、位于新乐市的中材-新乐建筑节能产业园项目等"
AS3 = "2019年（省重点项目计划）"
G["mc03"] = dict(
 article=art("石家庄市争列省重点项目40项", "石家庄日报（吴温），载于 sjz.hebei.com.cn（长城网 石家庄发布）", "2019-02-01", "day",
  "City daily on the provincial portal's city channel, Hebei: the provincial capital's 2019 list of provincial key projects by stage (to start, continuing, to enter production, preparatory), named projects in its districts, counties and county-level city, with one project in the city's high-tech zone",
  "http://sjz.hebei.com.cn/system/2019/01/30/019423778.shtml",
  "日期取页面“2019-02-01 09:46:01”（网址目录为 2019/01/30）。标题照录；站头、“当前位置”、来源作者行、日期行、“分享:”删去。存段末句“其中,计划开工项目100项,…年度计划投”中断，该句删去（LINE_SUFFIX），正文截至“…年度计划投资830.7亿元。”，共四段。园区：只有石家庄高新区（仅见于项目名“石家庄高新区新药研发及产业化项目”）；“中材-新乐建筑节能产业园项目”为项目，其“产业园”列为可选园区（新乐市，县级市）。项目状态按文中分类：计划开工项目 / 前期项目 → planned；续建项目 → 在建；“保投产(含部分投产)项目” → 在建，status_alt 投产。除高新区项目外各项目只给区县（鹿泉区、藁城区、栾城区、井陉矿区、高邑县、新乐市），park 为 null。无单项金额。公司只在项目名中（可选）。全市数字（40项、各类总投资、市重点项目340项）为城市层面，记为可选 region 事实。中国电科十三所记为可选机构。",
  "mc03"),
 parks=[
  park(SJ, "石家庄", "河北", "高新区", C1, note="只在项目名中"),
  park("中材-新乐建筑节能产业园", "石家庄", "河北", "产业园", C4, district="新乐市", opt=True, note="项目名；产业园本身在前期"),
 ],
 companies=[
  comp("石药集团", None, C1, opt=True, note="只在项目名中；藁城区"),
  comp("中国移动通信集团河北有限公司", None, C2, opt=True, note="项目业主；鹿泉区"),
  comp("河北德澳科技有限公司", None, C2, opt=True, note="只在项目名中；栾城区"),
  comp("中渥电气有限公司", None, C3, opt=True, note="只在项目名中；井陉矿区"),
  comp("亿博基业集团", None, C3, opt=True, note="只在项目名中；高邑县"),
  comp("河北艾科瑞纤维有限责任公司", None, C4, opt=True, note="只在项目名中；藁城区"),
 ],
 institutions=[
  inst("中国电科十三所", C1, kind="research_institute", note="项目名“中国电科十三所项目”；鹿泉区"),
  inst("石家庄市发改委", "记者从石家庄市发改委获悉", note="消息来源"),
 ],
 projects=[
  proj("中国电科十三所项目", None, C1, status="planned", status_text="计划开工项目", note="鹿泉区"),
  proj("石家庄高新区新药研发及产业化项目", SJ, C1, status="planned", status_text="计划开工项目"),
  proj("石药集团新药制剂和新药原料生产中心项目", None, C1, companies=["石药集团"], status="planned", status_text="计划开工项目", note="藁城区"),
  proj("中国移动(河北石家庄)数据中心工程项目", None, C2, companies=["中国移动通信集团河北有限公司"], status="在建", status_text="续建项目", note="鹿泉区"),
  proj("河北德澳科技有限公司新能源汽车电机基地项目", None, C2, companies=["河北德澳科技有限公司"], status="在建", status_text="续建项目", note="栾城区"),
  proj("中渥电气有限公司成套设备生产基地项目", None, C3, companies=["中渥电气有限公司"], status="在建", status_alt="投产", status_text="保投产(含部分投产)项目", note="井陉矿区；年内保投产"),
  proj("亿博基业集团冀中南公路联运智能港项目", None, C3, companies=["亿博基业集团"], status="在建", status_alt="投产", status_text="保投产(含部分投产)项目", note="高邑县；年内保投产"),
  proj("河北艾科瑞纤维有限责任公司年产3900吨大丝束碳纤维项目", None, C4, companies=["河北艾科瑞纤维有限责任公司"], status="planned", status_text="前期项目", note="藁城区"),
  proj("中材-新乐建筑节能产业园项目", None, C4, status="planned", status_text="前期项目", note="新乐市"),
 ],
 aggregate_facts=[
  fact("石家庄市", "region", "provincial_key_projects", 40, "count", C0, AS3, kind="target", opt=True),
  fact("石家庄市", "region", "provincial_key_projects_to_start", 10, "count", "其中,计划开工项目10项,总投资56.2亿元,当年计划投资17.2亿元", AS3, kind="target", opt=True),
  fact("石家庄市", "region", "provincial_key_projects_to_start_investment_cny", 5.62e9, "cny", "计划开工项目10项,总投资56.2亿元", AS3, kind="target", opt=True, chk=True),
  fact("石家庄市", "region", "provincial_key_projects_under_construction_investment_cny", 9.1e10, "cny", "在建项目31项,总投资910亿元", AS3, kind="target", opt=True, chk=True),
  fact("石家庄市", "region", "city_key_projects", 340, "count", "我市已下达市重点项目计划340项,总投资6323.3亿元,年度计划投资830.7亿元", "2019年（市重点项目计划）", kind="target", opt=True),
  fact("石家庄市", "region", "city_key_projects_investment_cny", 6.3233e11, "cny", "总投资6323.3亿元,年度计划投资830.7亿元", "2019年（市重点项目计划）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- mc04 辛集皮革业 (联科绣花网 relay; content 2004)
XJ = "辛集制革工业区"
SC = "辛集皮革商城"
D0 = "辛集制革工业区被列为省重点建设项目和联合国援助项目,被评为“全国乡镇企业科技园区”,成为亚洲最大的羊皮制革基地"
D1 = "把散布在乡村的500多家制革企业,整合成103家进区发展,其中规模以上制革企业79家"
D2 = "上半年完成销售收入37.7亿元,实现税收8321万元,同比增长25%;出口创汇18739万美元,同比增长26.48%"
ASD = "2004年上半年（年份据网址推定）"
G["mc04"] = dict(
 article=art("辛集皮革业实现集约化经营集中式治污", "联科绣花网（乐绣网，6xiu.com，服装信息-政策信息栏；原出处未注）", "2004-09", "month",
  "Textile trade site relaying a local item, Hebei: a county-level city's (辛集, under 石家庄) leather industry — half-year sales, tax and exports, a leather market and a tannery industrial zone with counts of firms moved in",
  "https://6xiu.com/info/policy/200409/1225.html",
  "页面只示“添加时间: 2018-12-07”，网址目录为 200409；正文“制革产量比2001年翻了一番多”“今年3月和5月…设立了办事处”等与2004年相合，published 取网址 2004-09（月），2018-12-07 为站方收录日，二者不一致，存疑。**年份在本集角度（2018–2024）之外**（检索额度用尽后从已见结果中补入，见 SOURCES.md）。标题照录；面包屑与站名 / 添加时间行删去。存段末句“此外,欧美、东亚市场开发初见成效,…十几家企业产品打入日本和韩国市场”无句末标点、疑中断，整句删去（LINE_SUFFIX），正文截至“…销售服装突破200万件。”，共四段。园区：辛集制革工业区（文中又作“制革工业区”）；辛集皮革商城为专业市场（“全国规模最大的皮革服装生产交易中心”），列为可选园区。事实：制革企业整合成103家进区、其中规上79家（园区，reported）；上半年销售收入、税收、出口为全市皮革业（region，可选）。无具名企业、无项目金额。",
  "mc04"),
 parks=[
  park(XJ, "石家庄", "河北", "工业区", D0, district="辛集市", note="文中又作“制革工业区”"),
  park(SC, "石家庄", "河北", "专业市场", "辛集皮革商城现已成为全国规模最大的皮革服装生产交易中心", district="辛集市", opt=True, note="皮革服装生产交易中心；是否算园区存疑"),
 ],
 aggregate_facts=[
  fact(XJ, "park", "firms_entered", 103, "count", D1, "2004年", note="500多家制革企业整合为103家进区"),
  fact(XJ, "park", "above_scale_firms", 79, "count", D1, "2004年", note="规模以上制革企业"),
  fact("辛集市", "region", "leather_sales_revenue_cny", 3.77e9, "cny", D2, ASD, opt=True, chk=True, note="全市皮革业"),
  fact("辛集市", "region", "leather_tax_cny", 8.321e7, "cny", "实现税收8321万元,同比增长25%", ASD, opt=True, chk=True),
  fact("辛集市", "region", "leather_tax_yoy_growth", 0.25, "ratio", "实现税收8321万元,同比增长25%", ASD, kind="ratio", opt=True),
  fact("辛集市", "region", "leather_exports_usd", 1.8739e8, "usd", "出口创汇18739万美元,同比增长26.48%", ASD, opt=True),
  fact("辛集市", "region", "leather_exporting_firms", 131, "count", "辛集拥有自营出口权的皮革企业已达131家", "2004年", opt=True),
 ])

# ---------------------------------------------------------------- mc05 辛集国际皮革城 (中国轻工业网 2011)
PG = "辛集国际皮革城"
E0 = "辛集国际皮革城是河北省2011年重点工程,总规划为“一城八中心”,总占地面积2100亩,总投资66.6亿元,计划到2014年底完成五个中心,占地1500亩,建筑面积136万平方米,投资46.6亿元"
G["mc05"] = dict(
 article=art("杜同和副会长出席第19届中国(辛集)皮革博览会开幕式", "中国轻工业网（存段来源行；载于 ceterango.com 的镜像页）", "2011-10-18", "day",
  "Industry federation news relayed on a mirror site, Hebei: a trade-fair opening in a county-level city (辛集, under 石家庄) — the city's international leather city, a provincial key project, with total area and investment and its five-centre plan",
  "https://ceterango.com/LingDaoHuoDong/201110/t20111018_3229.html",
  "日期取存段“2011-10-18 来源:中国轻工业网”。**年份在本集角度（2018–2024）之外**（检索额度用尽后补入）。标题照录。存段末句“去年9月份,投资10亿元、…一期工程竣工开业,引来了650家企业…入驻,当年就使该市皮革业总”中断，整句删去（LINE_SUFFIX），正文截至“…投资46.6亿元。”，共四段；因此一期10亿元与650家企业不在文本中。第二段“由河北省人民政府、 、中国皮革协会主办”中的空缺照录。园区：辛集国际皮革城（皮革商贸城，文中又作“国际皮革城”；河北省2011年重点工程）列为园区；同时作项目：总投资66.6亿元（planned 与在建之间，文中无状态词，status 留空），“计划到2014年底完成五个中心…投资46.6亿元”为阶段目标（可选事实）。中国皮革协会、中国(辛集)皮革博览会为可选机构。",
  "mc05"),
 parks=[
  park(PG, "石家庄", "河北", "皮革城", E0, district="辛集市", aliases=["国际皮革城"], note="皮革商贸城；4A级旅游景区"),
 ],
 institutions=[
  inst("中国皮革协会", "中国(辛集)皮革博览会,由河北省人民政府、 、中国皮革协会主办", kind="association"),
 ],
 projects=[
  proj(PG, PG, E0, inv="总投资66.6亿元", status=None, note="河北省2011年重点工程；“一城八中心”；文中无状态词"),
 ],
 aggregate_facts=[
  fact(PG, "park", "planned_area_mu", 2100, "mu", "总占地面积2100亩", "2011年（规划）", kind="target"),
  fact(PG, "park", "phase_target_investment_cny", 4.66e9, "cny", "占地1500亩,建筑面积136万平方米,投资46.6亿元", "2014年底（计划）", kind="target", opt=True, chk=True,
       note="到2014年底完成五个中心"),
  fact(PG, "park", "phase_target_floor_area_m2", 1.36e6, "m2", "建筑面积136万平方米", "2014年底（计划）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- mc06 晋中 17个项目签约 (中新网 relay 2018)
JZ = "山西农谷"
F0 = "27日,晋中举行招商引资项目集中签约仪式,签约17个项目,总投资572亿元"
F1 = "今日集中签约17个项目,总投资572亿元,占全年招商任务1500亿元38.1%,投资额同比增长21.4%"
ASF = "2018年2月27日（集中签约）"
G["mc06"] = dict(
 article=art("“晋商故里”山西晋中签约17个项目 总投资572亿元", "山阴新闻网讯（张云；太原电），载于 gsdjw.com", "2018-02-27", "day",
  "News-agency style item relayed on a local site, Shanxi: a prefecture city's (晋中) investment signing of 17 projects with total, share of the year's target and growth; development zones and 山西农谷 attending",
  "http://gsdjw.com/news/cj/38505.html",
  "存段无日期行；电头“太原2月27日”，文中“2017年,晋中率先推行的企业投资项目承诺制改革”，年份推定为2018（published 2018-02-27，年份为推定）。**城市层面、非省会县域**（检索额度用尽后补入）。标题照录。图片说明“签约仪式现场。 刘勇 摄”删去（ITEMS inner_drop）。存段末句“该签约项目有16个项目为”中断，该残句删去（LINE_SUFFIX），正文截至“…投资额同比增长21.4%。”，共六段。园区：只有“山西农谷”（在“9个省级以上开发区和山西农谷的主要负责人”中，列为园区；晋中国家农业高新技术产业示范区的俗称，文中未写全称）；“9个省级以上开发区”未点名。17个项目未点名、无项目条目。事实：签约17个、572亿元、占全年招商任务38.1%、同比增长21.4%、全年招商任务1500亿元（region）。",
  "mc06"),
 parks=[
  park(JZ, "晋中", "山西", "农业示范区", "9个省级以上开发区和山西农谷的主要负责人", note="只在出席名单中"),
 ],
 aggregate_facts=[
  fact("晋中市", "region", "projects_signed", 17, "count", F0, ASF, opt=True),
  fact("晋中市", "region", "signed_investment_cny", 5.72e10, "cny", F0, ASF, opt=True, chk=True),
  fact("晋中市", "region", "signed_share_of_annual_target", 0.381, "ratio", F1, ASF, kind="ratio", opt=True),
  fact("晋中市", "region", "signed_investment_yoy_growth", 0.214, "ratio", F1, ASF, kind="ratio", opt=True),
  fact("晋中市", "region", "annual_investment_attraction_target_cny", 1.5e11, "cny", "占全年招商任务1500亿元38.1%", "2018年全年（任务）", kind="target", opt=True, chk=True),
 ])
