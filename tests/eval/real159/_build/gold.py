# real159 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence). Growth rates and shares as ratios. Projects: the park is the one the text
# places the project in, null if none. Status from the text's words (签约 / 签约落地 / 集中签约 → 签约; 全面建设 / 即将完工 /
# 生产建设齐头并进 → 在建; 获批核准 / 前期加快推进 / 即将启动 → planned; 落户 alone → no status, but 落户 inside a signing
# event's list → 签约). A 自贸试验区 片区 is a park whose parent_park is the 自贸试验区 (as the text names it, null if the text
# does not name it); the province-wide 自贸试验区 is a park too. Counts since a 片区's opening (“目前”, “迄今”, “截止3月底”)
# are cumulative; quarter or half-year figures are reported with the period in as_of.

# ---------------------------------------------------------------- vb01 尝鲜河南自贸区 近千企业竞逐中原 (中新社 2017)
HN = "中国(河南)自由贸易试验区"
ZZ, KF, LY = "郑州片区", "开封片区", "洛阳片区"
B0 = "本月初挂牌运行的中国(河南)自由贸易试验区,迄今已有近千家中外企业入驻"
B1 = "中国(河南)自由贸易试验区4月1日挂牌当天,郑州片区入驻企业456家,通过名称核准的企业723家"
B2 = "河南自贸试验区的实施范围119.77平方公里,涵盖三个片区:郑州片区73.17平方公里,开封片区19.94平方公里,洛阳片区26.66平方公里"
B3 = "开封片区目前有260家企业入驻,洛阳片区有100家企业更换营业执照,成为洛阳片区首批入区企业"
B4 = "作为首批入驻企业之一,正大康地(蛇口)负责人丁增光说"
B5 = "以郑州片区为例,区内现有企业两万多家,包括富士康、宇通客车、渣打银行、中铁工程装备、郑商所等知名企业"
B6 = "洛阳片区现有企业超过2000家"
B7 = "郑州片区进驻17个部门211个事项,其中一口受理149项,占71%"
G["vb01"] = dict(
 article=art("尝鲜河南自贸区 近千企业竞逐中原", "中新社（记者 李志全），载于 hbsztv.com", "2017-04-06", "day",
  "News-agency wire on a local TV station's site, Henan: the provincial free trade zone a few days after opening — firms entered in its three 片区, names approved, areas, named firms already in the 郑州片区",
  "https://hbsztv.com/baiye/qyxw/2017/0406/754840.html",
  "日期取 URL（2017/0406）；电头“中新社郑州4月5日电”。标题照录，正文完整（以“(完)”结尾）。园区：中国(河南)自由贸易试验区（文中又作“河南自贸试验区”，标题作“河南自贸区”）及其郑州、开封、洛阳三个片区（parent_park 为自贸试验区）。“近千家”→约1000（约），为挂牌后至4月5日的累计数。郑州片区“入驻企业456家”“名称核准723家”为挂牌当天数；开封片区260家、洛阳片区100家（更换营业执照的首批入区企业）为“目前”数。“区内现有企业两万多家”“超过2000家”是片区范围内现有企业（余／超）。正大康地(蛇口)为首批入驻企业，文中未说哪个片区，园区记为自贸试验区。富士康等五家在郑州片区；郑商所为交易所，列为可选公司。政务事项数列为可选。",
  "vb01"),
 parks=[
  park(HN, None, "河南", "自由贸易试验区", B0, aliases=["河南自贸试验区", "河南自贸区"], note="标题作“河南自贸区”"),
  park(ZZ, "郑州", "河南", "自贸试验区片区", B1, parent=HN),
  park(KF, "开封", "河南", "自贸试验区片区", B3, parent=HN),
  park(LY, "洛阳", "河南", "自贸试验区片区", B3, parent=HN),
 ],
 companies=[
  comp("正大康地(蛇口)", HN, B4, note="首批入驻企业之一；片区未说明"),
  comp("富士康", ZZ, B5),
  comp("宇通客车", ZZ, B5),
  comp("渣打银行", ZZ, B5),
  comp("中铁工程装备", ZZ, B5),
  comp("郑商所", ZZ, B5, opt=True, note="郑州商品交易所，交易所"),
 ],
 institutions=[],
 projects=[],
 funds=[],
 aggregate_facts=[
  fact(HN, "park", "firms_entered", 1000, "count", B0, "2017-04-01至2017-04-05", kind="cumulative", qual="约", qtext="近"),
  fact(ZZ, "park", "firms_entered", 456, "count", B1, "2017-04-01（挂牌当天）"),
  fact(ZZ, "park", "firm_names_approved", 723, "count", B1, "2017-04-01（挂牌当天）"),
  fact(HN, "park", "area_km2", 119.77, "km2", B2, "2017-04"),
  fact(ZZ, "park", "area_km2", 73.17, "km2", B2, "2017-04"),
  fact(KF, "park", "area_km2", 19.94, "km2", B2, "2017-04"),
  fact(LY, "park", "area_km2", 26.66, "km2", B2, "2017-04"),
  fact(KF, "park", "firms_entered", 260, "count", B3, "2017-04-05（目前）", kind="cumulative"),
  fact(LY, "park", "firms_entered", 100, "count", B3, "2017-04-05（目前）", kind="cumulative", note="更换营业执照的首批入区企业"),
  fact(ZZ, "park", "firms", 20000, "count", B5, "2017-04", qual="余", qtext="多", note="片区范围内现有企业两万多家"),
  fact(LY, "park", "firms", 2000, "count", B6, "2017-04", qual="超", qtext="超过"),
  fact(ZZ, "park", "admin_items_stationed", 211, "count", B7, "2017-04", opt=True),
 ],
)

# ---------------------------------------------------------------- vb02 泸州:创新思路 提升川南临港片区对外开放实效 (2017)
CN = "川南临港片区"
SCF = "四川自贸区"
C0 = "蔡竞等先后到四川自贸区川南临港片区的相关点位泸州港、泸州港保税物流中心(B型)考察调研后"
C1 = "4月1日,川南临港片区揭牌运行"
C2 = "自贸试验区新注册企业530余家,签约金额超过500亿元"
G["vb02"] = dict(
 article=art("泸州:创新思路 提升川南临港片区对外开放实效", "未署来源（页面为人民网四川频道路径的镜像域名 m.pouringspot.com；责任编辑 白婉苹）", "2017-06-08", "day",
  "Mirror of a provincial portal's city item, Sichuan: a research visit to a free-trade-zone 片区 two months after opening — new firms registered and signed amount since opening",
  "https://m.pouringspot.com/10462/10464/10465/10595/2017/6/8/10424862.shtml",
  "日期取 URL（2017/6/8）；页面无日期行。标题照录；存本从“蔡竞等先后到…”开始（无导语），“责任编辑”“扫一扫”已删。园区：川南临港片区（四川自贸区的片区，泸州）；“四川自贸区”列为可选园区；泸州港保税物流中心(B型)为片区内的点位，列为可选园区。“自贸试验区新注册企业530余家,签约金额超过500亿元”指泸州的自贸试验区即川南临港片区（由语境推断），为4月1日揭牌以来的累计数。川南临港片区管委会列为可选机构。",
  "vb02"),
 parks=[
  park(CN, "泸州", "四川", "自贸试验区片区", C1, parent=SCF, aliases=["四川自贸区川南临港片区"]),
  park(SCF, None, "四川", "自由贸易试验区", C0, opt=True, note="只作“四川自贸区川南临港片区”的前缀"),
  park("泸州港保税物流中心(B型)", "泸州", "四川", "保税物流中心", C0, parent=CN, opt=True, note="片区相关点位"),
 ],
 companies=[],
 institutions=[
  inst("川南临港片区管委会", "成立了自贸试验区建设领导小组和川南临港片区管委会", park=CN),
 ],
 projects=[],
 funds=[],
 aggregate_facts=[
  fact(CN, "park", "new_firms_registered", 530, "count", C2, "2017-04-01至2017-06（揭牌以来）", kind="cumulative", qual="余", qtext="余", note="主语为“自贸试验区”，指川南临港片区"),
  fact(CN, "park", "signed_investment_cny", 5e10, "cny", "签约金额超过500亿元", "2017-04-01至2017-06（揭牌以来）", kind="cumulative", qual="超", qtext="超过"),
 ],
)

# ---------------------------------------------------------------- vb03 杭州片区钱塘区块启动 (杭州网 2020)
HZ = "中国(浙江)自贸试验区杭州片区"
QT = "中国(浙江)自贸试验区杭州片区钱塘区块"
QX = "钱塘新区"
LD = "自贸区联动创新区"
D0 = "11月9日下午,中国(浙江)自贸试验区杭州片区钱塘区块启动暨2020钱塘新区(上海)投资推介会在上海举办"
D1 = "共签约30个项目,投资总额约110亿元"
D2 = "其中,松下家电(中国)智慧电器项目、星月沪杭科创谷项目等总投资33.1亿元的首批10个项目落户自贸区钱塘区块"
D3 = "中肽泰德医药项目、高光制药新药研发项目等总投资74.8亿元的10个重点项目落户自贸区联动创新区"
D4 = "钱塘新区与浙江工商大学合作——中国(浙江)自贸学院项目、钱塘新区与浙江传媒学院合作——中国(杭州)直播电商产业教育学院项目等10个共建项目,也正式签约落地"
D5 = "自贸区钱塘区块为杭州片区三大区块之一,由杭州综合保税区、大创小镇、东部湾总部基地组成"
G["vb03"] = dict(
 article=art("（无标题）中国(浙江)自贸试验区杭州片区钱塘区块启动暨2020钱塘新区(上海)投资推介会 签约30个项目", "杭州网（ori.hangzhou.com.cn；存本无署名）", "2020-11-10", "day",
  "City news portal, Zhejiang: launch of a free-trade-zone block with an investment fair — projects signed in total, named projects landing in the block and in the linked innovation zone, co-built college projects",
  "https://ori.hangzhou.com.cn/ornews/content/2020-11/10/content_7850141.htm",
  "日期取 URL（2020-11/10）；活动为11月9日。存本无标题行，从“杭州网讯”开始；末段（“该区块旨在打造…的引领”）在句中断开，整段未收。园区：中国(浙江)自贸试验区杭州片区（又作“杭州片区”）、其钱塘区块（又作“自贸区钱塘区块”；由杭州综合保税区、大创小镇、东部湾总部基地组成，这三处的 parent_park 为钱塘区块）、钱塘新区（又作“杭州钱塘新区”；推介会主办地区）、自贸区联动创新区（可选）。项目：首批10个落户钱塘区块的项目点名两个、落户联动创新区的10个点名两个——都在签约清单中（“共签约30个项目…其中…落户”）→签约，单个金额未给；两个共建学院项目（签约落地→签约，园区钱塘新区）。合计数：30个项目约110亿元（主语为推介会，记在钱塘新区名下）；钱塘区块首批10个33.1亿元；联动创新区10个74.8亿元。浙江工商大学、浙江传媒学院为机构（可选）。",
  "vb03"),
 parks=[
  park(HZ, "杭州", "浙江", "自贸试验区片区", D0, aliases=["杭州片区"]),
  park(QT, "杭州", "浙江", "自贸试验区片区区块", D0, parent=HZ, aliases=["自贸区钱塘区块", "钱塘区块"]),
  park(QX, "杭州", "浙江", "新区", D0, aliases=["杭州钱塘新区"]),
  park(LD, "杭州", "浙江", "联动创新区", D3, opt=True, note="未点明所在地"),
  park("杭州综合保税区", "杭州", "浙江", "综合保税区", D5, parent=QT),
  park("大创小镇", "杭州", "浙江", "特色小镇", D5, parent=QT, opt=True),
  park("东部湾总部基地", "杭州", "浙江", "总部基地", D5, parent=QT, opt=True),
 ],
 companies=[
  comp("松下家电(中国)", QT, D2, note="只在项目名中"),
  comp("中肽泰德", LD, D3, opt=True, note="只在项目名中"),
  comp("高光制药", LD, D3, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("浙江工商大学", D4, kind="university", park=QX),
  inst("浙江传媒学院", D4, kind="university", park=QX),
 ],
 projects=[
  proj("松下家电(中国)智慧电器项目", QT, D2, companies=["松下家电(中国)"], status="签约", status_text="落户（签约清单中）"),
  proj("星月沪杭科创谷项目", QT, D2, status="签约", status_text="落户（签约清单中）"),
  proj("中肽泰德医药项目", LD, D3, status="签约", status_text="落户（签约清单中）"),
  proj("高光制药新药研发项目", LD, D3, status="签约", status_text="落户（签约清单中）"),
  proj("中国(浙江)自贸学院项目", QX, D4, status="签约", status_text="正式签约落地", note="钱塘新区与浙江工商大学合作"),
  proj("中国(杭州)直播电商产业教育学院项目", QX, D4, status="签约", status_text="正式签约落地", note="钱塘新区与浙江传媒学院合作"),
 ],
 funds=[],
 aggregate_facts=[
  fact(QX, "park", "projects_signed", 30, "count", D1, "2020-11-09（推介会）"),
  fact(QX, "park", "signed_investment_cny", 1.1e10, "cny", D1, "2020-11-09（推介会）", qual="约", qtext="约"),
  fact(QT, "park", "projects_signed", 10, "count", D2, "2020-11-09（首批）"),
  fact(QT, "park", "signed_investment_cny", 3.31e9, "cny", D2, "2020-11-09（首批）"),
  fact(LD, "park", "projects_signed", 10, "count", D3, "2020-11-09"),
  fact(LD, "park", "signed_investment_cny", 7.48e9, "cny", "总投资74.8亿元的10个重点项目落户自贸区联动创新区", "2020-11-09"),
  fact(QX, "park", "co_built_projects_signed", 10, "count", D4, "2020-11-09", opt=True),
 ],
)

# ---------------------------------------------------------------- vb04 总投资495亿元 51个重大项目集中签约 (金华 2021)
JY = "金义新区"
JP = "金义片区"
E0 = "7月19日,“2021上海·金华周”活动之一、金义新区营商生态推介暨高质量融入长三角一体化研讨会在上海国际会议中心举行"
E1 = "会上,总投资达495亿元的51个重大项目集中签约"
E2 = "其中,京东智能物流及智能制造示范基地项目投资额突破百亿元"
E3 = "如今的金义新区,集省级新区、自贸区金义片区等高能级平台于一身"
G["vb04"] = dict(
 article=art("总投资495亿元 51个重大项目集中签约", "金华市人民政府网站（金义自贸片区·片区动态栏目），来源 金华新闻客户端", "2021-07-20", "day",
  "City government site's free-trade-zone column relaying a news app, Zhejiang: a new area's investment fair in Shanghai — 51 projects signed with total, the largest named project",
  "http://www.jinhua.gov.cn/art/2021/7/20/art_1229469639_60215066.html",
  "日期取页面“发布日期:2021-07-20”；签约在7月19日。标题照录；栏目导航、发布日期行、“来源:金华新闻客户端”已删。正文四段，完整。园区：金义新区（浙江省级新区，金华）；金义片区（文中作“自贸区金义片区”，金义新区叠加的平台；文中未写其所属自贸试验区的全称，parent_park 为空）。项目：京东智能物流及智能制造示范基地项目——“投资额突破百亿元”→100亿元（超），签约（集中签约清单中），园区金义新区（推介会为金义新区所办；项目落在哪个片区未说明）。合计：51个项目495亿元。“京东”只在项目名中，列为可选公司。",
  "vb04"),
 parks=[
  park(JY, "金华", "浙江", "省级新区", E0, note="浙江省第五个省级新区"),
  park(JP, "金华", "浙江", "自贸试验区片区", E3, aliases=["自贸区金义片区"], note="叠加在金义新区"),
 ],
 companies=[
  comp("京东", JY, E2, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("京东智能物流及智能制造示范基地项目", JY, E2, companies=["京东"], inv="突破百亿元", value=1e10, qual="超", qual_text="突破",
       status="签约", status_text="集中签约（其中）"),
 ],
 funds=[],
 aggregate_facts=[
  fact(JY, "park", "projects_signed", 51, "count", E1, "2021-07-19"),
  fact(JY, "park", "signed_investment_cny", 4.95e10, "cny", E1, "2021-07-19"),
 ],
)

# ---------------------------------------------------------------- vb05 油气产业舟山经济强劲“引擎” (舟山日报 2021)
ZS = "舟山片区"
F0 = "前三季度浙江自贸区舟山片区原油加工及石油制品制造业实现产值927.9亿元,同比增长73.9%,占舟山片区规上工业总产值比重达93.0%"
F1 = "前三季度,舟山片区实现大宗商品贸易额6542.3亿元,增长34.7%"
F2 = "其中尤以油气贸易最为明显,贸易额5452.5亿元,增长33.4%"
F3 = "前三季度,舟山片区实现合同外资6.9亿美元,占全市比重为57.2%"
F4 = "前三季度,实现跨境人民币结算量924.9亿元,增长9.1%,其中大宗商品跨境人民币结算量43.3亿元,增长103.1%"
F5 = "本月12日,册子岛实华原油1号码头"
F6 = "在岙山中化兴中5号码头"
Q3 = "2021年前三季度"
G["vb05"] = dict(
 article=art("油气产业舟山经济强劲“引擎”", "舟山日报，载于 china5e.com（中国能源网）", "2021-11-15", "day",
  "Energy-industry portal relaying a city daily, Zhejiang: a free-trade-zone 片区's nine-month figures — refining output and share, commodity and oil-gas trade, contracted FDI, cross-border RMB settlement",
  "https://china5e.com/news/news-1125169-1.html",
  "日期取页面“2021-11-15 08:11:40 舟山日报”。标题照录；页头链接与日期来源行已删。**截断**：存本在末段“营业收入35.1亿”处断开，末句（“截至9月底,舟山片区内共有银行机构73家,营业收入35.1亿”）已删，正文止于“…人民币国际化示范区建设不断推进。”。园区：舟山片区（文中作“浙江自贸区舟山片区”“自贸区舟山片区”；parent_park 浙江自贸区，后者列为可选园区）。数据均为舟山片区2021年前三季度；“全市油品储备能力”“LNG接卸量”主语为全市，不列。跨境人民币结算一句未写主语，按上下文记在舟山片区名下，列为可选。册子岛实华、岙山中化兴中只以码头名出现，列为可选公司。",
  "vb05"),
 parks=[
  park(ZS, "舟山", "浙江", "自贸试验区片区", F0, parent="浙江自贸区", aliases=["浙江自贸区舟山片区", "自贸区舟山片区"]),
  park("浙江自贸区", "舟山", "浙江", "自由贸易试验区", "昨天,记者从浙江自贸区舟山管委会获悉", opt=True),
 ],
 companies=[
  comp("实华", ZS, F5, opt=True, note="只在码头名“册子岛实华原油1号码头”中"),
  comp("中化兴中", ZS, F6, opt=True, note="只在码头名中"),
 ],
 institutions=[
  inst("浙江自贸区舟山管委会", "昨天,记者从浙江自贸区舟山管委会获悉", park=ZS),
 ],
 projects=[],
 funds=[],
 aggregate_facts=[
  fact(ZS, "park", "refining_output_value_cny", 9.279e10, "cny", F0, Q3, note="原油加工及石油制品制造业产值"),
  fact(ZS, "park", "refining_output_yoy_growth", 0.739, "ratio", F0, Q3),
  fact(ZS, "park", "refining_share_of_industrial_output", 0.93, "ratio", F0, Q3, kind="ratio"),
  fact(ZS, "park", "commodity_trade_value_cny", 6.5423e11, "cny", F1, Q3),
  fact(ZS, "park", "commodity_trade_yoy_growth", 0.347, "ratio", F1, Q3),
  fact(ZS, "park", "oil_gas_trade_value_cny", 5.4525e11, "cny", F2, Q3),
  fact(ZS, "park", "oil_gas_trade_yoy_growth", 0.334, "ratio", F2, Q3),
  fact(ZS, "park", "contracted_fdi_usd", 6.9e8, "usd", F3, Q3),
  fact(ZS, "park", "contracted_fdi_share_of_city", 0.572, "ratio", F3, Q3, kind="ratio", opt=True),
  fact(ZS, "park", "cross_border_rmb_settlement_cny", 9.249e10, "cny", F4, Q3, opt=True, note="句中未写主语"),
 ],
)

# ---------------------------------------------------------------- vb06 舟山片区项目建设热火朝天 (2022)
H0 = "截止3月底,全省自贸试验区建设推进大会签约项目中,舟山的11个项目已落地开工8个,居全省4个片区前列"
H1 = "1-3月完成投资3.6亿元,开工累计完成投资8.2亿元"
H2 = "其中浙江一塑、盐田港外钓等项目全面建设,中化兴中六期项目即将完工,新奥三期正式获批核准,绿色石化技术创新项目即将启动临时办公场所改造,洋山LNG扩建项目、风光储氢综合能源项目前期加快推进"
H3 = "项目用地13万平方米,总投资逾20亿元,主要建设10条聚苯乙烯生产线"
H4 = "另外,总投资约20亿元的宏发舟山产业园,生产建设齐头并进"
H5 = "浙江一塑新材料科技有限公司是石化中下游产业链的新材料企业,属于石化产业的中间链,原料来自浙石化"
H6 = "目前,浙江宏舟新能源公司和舟山金度科技公司已入驻园区投入生产经营"
H7 = "也将是宏发股份旗下占地面积最大的基地"
HF = "宏发舟山产业园"
YS = "浙江一塑新材料科技有限公司"
G["vb06"] = dict(
 article=art("舟山片区项目建设热火朝天 总投资逾40亿元两大建设项目加快推进", "zuojing.com（聚合站“关注”栏目；原发媒体未注明）", "2022-04-21", "day",
  "Aggregator relay of a local item, Zhejiang: a free-trade-zone 片区's signed projects by stage at end of March — started, under construction, nearly finished, approved, preparatory — and two large projects with amounts",
  "http://www.zuojing.com/bagua/20220421/44514.html",
  "日期取 URL（20220421）；页面无日期行，原发媒体未注明（转载页）。标题照录；面包屑已删。**截断**：存本在“舟山金越计划今”处断开，已删，正文止于“…已入驻园区投入生产经营;”。园区：舟山片区（标题与正文作“舟山片区”“舟山”；“居全省4个片区前列”）；宏发舟山产业园为企业自建园区（有入驻企业），作项目，另列为可选园区。项目：浙江一塑（全面建设→在建；总投资逾20亿元→超；预计八月投产；一期2020年11月动工）、盐田港外钓（在建）、中化兴中六期项目（即将完工→在建）、新奥三期（获批核准→planned）、绿色石化技术创新项目、洋山LNG扩建项目、风光储氢综合能源项目（前期→planned）、宏发舟山产业园（约20亿元，2018年底开工，生产建设齐头并进→在建）。各项目园区记为舟山片区（省自贸试验区推进大会签约的舟山项目）。“两大总投资逾40亿元”是两项目合计，不作单项金额。合计：11个签约项目中开工8个；1-3月完成投资3.6亿元，开工累计8.2亿元。浙石化为原料来源，列为可选公司（无园区）。",
  "vb06"),
 parks=[
  park(ZS, "舟山", "浙江", "自贸试验区片区", H0, aliases=[], note="正文作“舟山的11个项目”“全省4个片区”"),
  park(HF, "舟山", "浙江", "企业产业园", H4, parent=ZS, opt=True, note="宏发股份自建园区，另作项目"),
 ],
 companies=[
  comp(YS, ZS, H5, aliases=["浙江一塑"]),
  comp("浙石化", None, H5, opt=True, note="原料来源"),
  comp("宏发股份", ZS, H7, opt=True, note="宏发舟山产业园的母公司"),
  comp("浙江宏舟新能源公司", HF, H6),
  comp("舟山金度科技公司", HF, H6),
 ],
 institutions=[],
 projects=[
  proj("浙江一塑", ZS, H3, companies=[YS], inv="总投资逾20亿元", qual="超", qual_text="逾", status="在建", status_text="全面建设",
       aliases=["浙江一塑新材料科技有限公司"], note="聚苯乙烯项目；一期2020年11月动工，预计八月投产；名称见“其中浙江一塑、盐田港外钓等项目全面建设”"),
  proj("盐田港外钓", ZS, H2, status="在建", status_text="全面建设"),
  proj("中化兴中六期项目", ZS, H2, status="在建", status_text="即将完工", phase="六期"),
  proj("新奥三期", ZS, H2, status="planned", status_text="正式获批核准", phase="三期"),
  proj("绿色石化技术创新项目", ZS, H2, status="planned", status_text="即将启动临时办公场所改造"),
  proj("洋山LNG扩建项目", ZS, H2, status="planned", status_text="前期加快推进"),
  proj("风光储氢综合能源项目", ZS, H2, status="planned", status_text="前期加快推进"),
  proj(HF, ZS, H4, companies=["宏发股份"], inv="总投资约20亿元", qual="约", qual_text="约", status="在建", status_text="生产建设齐头并进",
       note="2018年底开工建设，已累计投入6亿元"),
 ],
 funds=[],
 aggregate_facts=[
  fact(ZS, "park", "projects_signed", 11, "count", H0, "截至2022年3月底", kind="cumulative", opt=True, note="全省自贸试验区建设推进大会签约的舟山项目"),
  fact(ZS, "park", "projects_started", 8, "count", H0, "截至2022年3月底", kind="cumulative"),
  fact(ZS, "park", "investment_completed_cny", 3.6e8, "cny", H1, "2022年1-3月"),
  fact(ZS, "park", "investment_completed_cumulative_cny", 8.2e8, "cny", "开工累计完成投资8.2亿元", "截至2022年3月底", kind="cumulative"),
  fact(HF, "project", "investment_completed_cny", 6e8, "cny", "已累计投入建设资金6亿元", "截至2022年4月", kind="cumulative", opt=True),
  fact(YS, "company", "expected_annual_output_cny", 1.2e10, "cny", "年产值超120亿元", "达产后（预计）", kind="target", qual="超", qtext="超", opt=True),
 ],
)

# ---------------------------------------------------------------- vb07 外资密集落地 两江新区开放型经济释放新动能 (重庆日报 2021)
LJ = "两江新区"
GY = "果园港"
K0 = "最近几天,一批外资项目密集落户两江新区"
K1 = "在当月18日引资463亿元的集中签约中,多个产业收获重磅项目,如汽车产业,人工智能独角兽企业香港思谋集团将投资3亿元设立运营中心和研发中心"
K2 = "上半年,果园港国家物流枢纽完成货物吞吐量1054.22万吨,同比增长55.8%"
K3 = "今年8月,两江新区围绕强链补链,提出建设“10+1”产业功能区实行链长制"
G["vb07"] = dict(
 article=art("外资密集落地 两江新区开放型经济释放新动能", "重庆日报，载于 m.cqcb.com（上游新闻·重庆商报网）", "2021-09-26", "day",
  "City daily on a news portal, Chongqing: foreign-invested projects landing in a national new area (core of the Chongqing free trade zone, not said in the text) — a signing's total, a named firm's investment, the port's half-year throughput",
  "https://m.cqcb.com/hot/2021-09-26/4478371_pc.html",
  "日期取 URL 与页面“09-26 07:05:09 来源:重庆日报”（年份取 URL）。标题照录；面包屑、日期来源行、图片文件名已删。**截断**：存本在“向北,渝满俄班列也从果园港”处断开；“在开放通道方面…扩容提质:”及其后一段（向东/向西/向南/向北）整段未收，正文止于果园港上半年吞吐量一句。小标题两行保留为段落。园区：两江新区（重庆）；果园港（国家物流枢纽，可选园区）。“10+1”产业功能区为泛称，不列。项目：香港思谋集团将投资3亿元设立运营中心和研发中心——8月18日集中签约中的项目→签约，园区两江新区。合计：8月18日集中签约引资463亿元（记在两江新区名下）。文中未出现“自贸”字样：角度（自贸片区）只靠背景，记在 SOURCES.md。",
  "vb07"),
 parks=[
  park(LJ, "重庆", "重庆", "国家级新区", K0),
  park(GY, "重庆", "重庆", "国家物流枢纽（港口）", K2, parent=LJ, opt=True, note="文中作“果园港国家物流枢纽”"),
 ],
 companies=[
  comp("香港思谋集团", LJ, K1, note="人工智能独角兽企业"),
 ],
 institutions=[],
 projects=[
  proj("香港思谋集团运营中心和研发中心", LJ, K1, companies=["香港思谋集团"], inv="投资3亿元", status="签约", status_text="集中签约中（将投资）"),
 ],
 funds=[],
 aggregate_facts=[
  fact(LJ, "park", "signed_investment_cny", 4.63e10, "cny", "在当月18日引资463亿元的集中签约中", "2021-08-18（集中签约）"),
  fact(GY, "park", "cargo_throughput_tonnes", 10542200, "tonnes", K2, "2021年上半年"),
  fact(GY, "park", "cargo_throughput_yoy_growth", 0.558, "ratio", K2, "2021年上半年"),
 ],
)

# ---------------------------------------------------------------- vb08 瞭望东方周刊 两江新区专访 (2017)
ZM = "中国(重庆)自由贸易试验区"
CF = "重庆咖啡交易中心"
L0 = "在两江新区的重庆咖啡交易中心展示大厅内"
L1 = "自2016年6月开业至2017年5月,重庆咖啡交易中心累计实现咖啡现货交易额60.5亿元——其中2016年实现交易额36.4亿元,2017年1~5月,实现交易额24.1亿元"
L2 = "两江新区自2010年5月获批成立以来,便是重庆承接国家重大战略的改革试验田——中国(重庆)自由贸易试验区、中新(重庆)战略性互联互通示范项目、国家级自主创新示范区、重庆两路寸滩保税港区等项目均设立于此"
G["vb08"] = dict(
 article=art("（无标题）《瞭望东方周刊》专访重庆两江新区党工委副书记、管委会常务副主任汤宗伟（导语部分）", "瞭望东方周刊，载于 www.lwdf.cn", "2017", "year",
  "News magazine's interview feature (opening only), Chongqing: a national new area that hosts the Chongqing free trade zone and a bonded port area — a coffee exchange's trading figures",
  "http://www.lwdf.cn/article_3409_1.html",
  "存本无标题、无日期：年份由正文推定（“自2016年6月开业至2017年5月”“过去7年间”自2010年5月起算），约2017年年中，精度记为年。只存导语部分：末行小标题“果园港:东西双向开放的枢纽”（下一节开头）未收，正文止于“…新区范例。”。园区：两江新区（又作“重庆两江新区”）；中国(重庆)自由贸易试验区、重庆两路寸滩保税港区（文中说“均设立于此”，parent_park 两江新区）；“国家级自主创新示范区”无专名，不列。公司：重庆咖啡交易中心（交易平台，园区两江新区）。数据：咖啡现货交易额累计60.5亿元（2016年6月至2017年5月），2016年36.4亿元，2017年1~5月24.1亿元。",
  "vb08"),
 parks=[
  park(LJ, "重庆", "重庆", "国家级新区", L0, aliases=["重庆两江新区"]),
  park(ZM, "重庆", "重庆", "自由贸易试验区", L2, parent=LJ),
  park("重庆两路寸滩保税港区", "重庆", "重庆", "保税港区", L2, parent=LJ),
 ],
 companies=[
  comp(CF, LJ, L0, note="咖啡电子交易平台"),
 ],
 institutions=[],
 projects=[],
 funds=[],
 aggregate_facts=[
  fact(CF, "company", "coffee_spot_trade_value_cny", 6.05e9, "cny", "累计实现咖啡现货交易额60.5亿元", "2016-06至2017-05", kind="cumulative"),
  fact(CF, "company", "coffee_trade_value_cny", 3.64e9, "cny", "其中2016年实现交易额36.4亿元", "2016年（6月开业起）"),
  fact(CF, "company", "coffee_trade_value_cny", 2.41e9, "cny", "2017年1~5月,实现交易额24.1亿元", "2017年1~5月"),
 ],
)
