# real239 ground truth (exec'd by build_all.py; helpers park/comp/inst/proj/fund/fact/art as real52)
# ---------------------------------------------------------------- sd01 张江高科技园区 (新浪公益 2011-03-29)
ZJ = "上海市张江高科技园区"
A1 = "截止2010年底,园区进驻企业达1650家,累计完成固定资产投资额1108亿元"
A2 = "2010年,园区工业总产值577.5亿元;经营总收入1300亿元;固定资产投资82.8亿元;吸引投资总额超过100亿元,其中吸引合同外资10.5亿美元,吸引内资企业注册资本87.41亿元"
G["sd01"] = dict(
 article=art("优秀环境规划候选案例:上海市张江高科技园区", "新浪公益（gongyi.sina.com.cn，新浪新闻；无署名）", "2011-03-29", "day",
  "Portal's public-interest channel, Shanghai: a high-tech park presented as an environmental-planning candidate — founding, area, leading industries, firms, cumulative and 2010 investment, output, revenue, foreign and domestic capital attracted, staff, patents, national bases",
  "http://gongyi.sina.com.cn/greenlife/2011-03-29/155025197.html",
  "日期取页面“2011年03月29日 15:50 新浪公益”。标题照录（页面标题重复一次，只留一次）；“新浪新闻”页头与页尾“新浪 / 新浪新闻公众号 / 新浪公益 / 新浪公益频道致力于…”已删。正文三段，完整；第二段末“授权专利4128件”后无句号，原文如此。园区：上海市张江高科技园区（文中又作“张江园区”“园区”；浦东新区，上海）。“杭州高新技术产业开发区(滨江)国家半导体照明产业基地”为原文列举中的一项，照录，不作张江的子园区；各国家级基地、火炬创业园、留学人员创业园列可选。公司未具名。事实：2010年底进驻企业1650家、累计固定资产投资1108亿元（cumulative）；2010年工业总产值、经营总收入、固定资产投资、吸引投资总额（超）、合同外资（美元）、内资注册资本；从业人员；累计专利申请/授权；规划面积25平方公里。",
  "sd01"),
 parks=[
  park(ZJ, "上海", "上海", "高科技园区", "上海市张江高科技园区成立于1992年7月,位于浦东新区中部,规划面积25平方公里", district="浦东新区", aliases=["张江园区"],
       note="文中又作“张江园区”“园区”"),
  park("国家火炬创业园", "上海", "上海", "创业园", "建有国家火炬创业园、国家留学人员创业园", district="浦东新区", parent=ZJ, opt=True, note="园内创业园"),
  park("国家留学人员创业园", "上海", "上海", "创业园", "建有国家火炬创业园、国家留学人员创业园", district="浦东新区", parent=ZJ, opt=True, note="园内创业园"),
  park("国家上海生物医药科技产业基地", "上海", "上海", "国家级产业基地", "园区建有国家上海生物医药科技产业基地、国家信息产业基地、国家集成电路产业基地", district="浦东新区", parent=ZJ, opt=True),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(ZJ, "park", "planned_area_km2", 25, "km2", "规划面积25平方公里", "2011年3月"),
  fact(ZJ, "park", "firms", 1650, "count", A1, "2010年底", kind="cumulative"),
  fact(ZJ, "park", "fixed_asset_investment_cny", 1.108e11, "cny", "累计完成固定资产投资额1108亿元", "截至2010年底", kind="cumulative", chk=True),
  fact(ZJ, "park", "industrial_output_cny", 5.775e10, "cny", "园区工业总产值577.5亿元", "2010年", chk=True),
  fact(ZJ, "park", "operating_revenue_cny", 1.3e11, "cny", "经营总收入1300亿元", "2010年", chk=True),
  fact(ZJ, "park", "fixed_asset_investment_cny", 8.28e9, "cny", "固定资产投资82.8亿元", "2010年", chk=True),
  fact(ZJ, "park", "investment_attracted_cny", 1e10, "cny", "吸引投资总额超过100亿元", "2010年", qual="超", qtext="超过", chk=True),
  fact(ZJ, "park", "contracted_fdi_usd", 1.05e9, "usd", "其中吸引合同外资10.5亿美元", "2010年"),
  fact(ZJ, "park", "domestic_registered_capital_cny", 8.741e9, "cny", "吸引内资企业注册资本87.41亿元", "2010年", chk=True),
  fact(ZJ, "park", "employees", 150300, "count", "园区共有从业人员15.03万人", "2010年"),
  fact(ZJ, "park", "patent_applications", 17620, "count", "园区累计申请专利17620件,授权专利4128件", "截至2010年", kind="cumulative", opt=True),
  fact(ZJ, "park", "patents_granted", 4128, "count", "园区累计申请专利17620件,授权专利4128件", "截至2010年", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- sd02 邗江区北洲功能区 (扬州网 via page.lgmi 2011)
BZ = "北洲功能区"
B1 = "集中签约的项目包括江苏尼克卡夫矿业有限公司等投资的船用不锈钢项目,总投资12.5亿元,注册资本2.5亿元,年产销规模40亿元"
G["sd02"] = dict(
 article=art("（无标题）扬州市邗江区北洲功能区三个重大项目集中签约", "扬州网（“据扬州网讯”），载于 page.lgmi.com；署名未示", "2011-08-24", "day",
  "Relay of a city news site's item, Jiangsu: a district's riverside functional zone signs three major projects — one named project by a named firm with total investment, registered capital and expected sales, the zone's 2010 industrial sales and its target",
  "http://page.lgmi.com/html/201108/24/9504.htm",
  "存段无标题、无日期行（title 为编者概括）；日期取 URL（201108/24），签约在“8月22日”。存段末尾的表格竖线“ |”已删（make_txt.py LINE_SUFFIX）。正文两段，存段完整。园区：北洲功能区（扬州市邗江区，江苏；文中“扬州市邗江区北洲功能区”）。项目：船用不锈钢项目（江苏尼克卡夫矿业有限公司等投资；签约；总投资12.5亿元；注册资本2.5亿元；年产销规模40亿元——预期）。“三个重大项目”只具名一个。事实：2010年实现工业产销260亿元；签约项目3个；“十二五”冲击千亿（目标，不带“元”，可选）。",
  "sd02"),
 parks=[
  park(BZ, "扬州", "江苏", "功能区（沿江工业）", "扬州市邗江区北洲功能区三个重大项目集中签约仪式在京华大酒店举行", district="邗江区"),
 ],
 companies=[
  comp("江苏尼克卡夫矿业有限公司", BZ, B1, note="船用不锈钢项目投资方之一（“等投资”）"),
 ],
 projects=[
  proj("船用不锈钢项目", BZ, B1, companies=["江苏尼克卡夫矿业有限公司"], inv="总投资12.5亿元", status="签约", status_text="集中签约",
       note="注册资本2.5亿元；年产销规模40亿元"),
 ],
 aggregate_facts=[
  fact(BZ, "park", "projects_signed", 3, "count", "扬州市邗江区北洲功能区三个重大项目集中签约仪式在京华大酒店举行", "2011-08-22"),
  fact(BZ, "park", "industrial_sales_cny", 2.6e10, "cny", "2010年实现工业产销260亿元", "2010年", chk=True),
  fact("船用不锈钢项目", "project", "expected_annual_sales_cny", 4e9, "cny", "年产销规模40亿元", "达产后（预期）", kind="target", chk=True, opt=True),
  fact("船用不锈钢项目", "project", "registered_capital_cny", 2.5e8, "cny", "注册资本2.5亿元", "2011-08-22", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- sd03 临港 46 projects signed (中国规划网 2013-03-03)
LG = "临港地区"
C1 = "吸引了一批项目加快落户临港,总投资超过210亿元的46个项目正式签约"
C2 = "昨天签约落户临港地区的产业项目包括C919大型客机关键部件装配线ARITEX项目、徐工工程机械(推土机)研制项目、瑞丰高端LED光源研制项目、蒂森克虏伯曼隆绿色电梯总成及研制项目、康佳LED绿色照明基地及节能环保科技产业总部项目、上汽高性能SGE型发动机总成项目、上海国际电影城、亚太环通浦东海洋信息枢纽项目等"
C3 = "其中,瑞丰高端LED光源研制项目、蒂森克虏伯曼隆绿色电梯总成及研制等10余个项目计划年内开工"
def lp(name, comps=(), planned=False, opt=False, note=None):
    return proj(name, LG, C2, companies=comps, status="签约", status_text="正式签约", opt=opt,
                note=(note or "") + ("；计划年内开工" if planned else ""))
G["sd03"] = dict(
 article=art("46个项目落地 临港总投资超210亿元", "中国规划网（zgghw.org.cn，记者王艳）", "2013-03-03", "day",
  "Planning-news site's dispatch, Shanghai: 46 projects signed into the 临港 area of 浦东 under the “双特” policy — eight named industrial projects, some to start within the year, and the area's three- and five-year investment targets",
  "http://zgghw.org.cn/html/xinwenjiaodian/gedikuaixun/2013/0303/22170.html",
  "日期取页面“时间:2013-03-03 08:13来源:中国规划网 作者:王艳”；签约为“昨天”（2013-03-02）。标题照录；导航、时间来源行、“(责任编辑:白雪松)”及评论区已删。正文四段，完整。**2013年，超出简报 2008–2012 的年份范围**（时间所限采用，见 SOURCES.md）。园区：“临港地区”（浦东新区，上海；文中又作“临港”）——文中未写园区全称，作区域型园区记，kind 记“地区”。项目：八个具名产业项目，均“正式签约”；其中瑞丰高端LED光源研制项目、蒂森克虏伯曼隆绿色电梯总成及研制项目“计划年内开工”（status 仍记签约，status_alt planned）。上海国际电影城、亚太环通浦东海洋信息枢纽项目为城市功能类，列可选。公司只在项目名中（徐工、瑞丰、蒂森克虏伯曼隆、康佳、上汽、亚太环通），列可选。事实：46个项目、总投资超210亿元（签约）；未来3年/5年全社会固定资产投资约1000/1800亿元（target）；常住人口将超40万（target，可选）。",
  "sd03"),
 parks=[
  park(LG, "上海", "上海", "地区（临港）", C2, district="浦东新区", aliases=["临港"], note="文中又作“临港”；无园区全称"),
 ],
 companies=[
  comp("徐工", LG, C2, opt=True, note="只在项目名“徐工工程机械(推土机)研制项目”中"),
  comp("瑞丰", LG, C2, opt=True, note="只在项目名中"),
  comp("蒂森克虏伯曼隆", LG, C2, opt=True, note="只在项目名中"),
  comp("康佳", LG, C2, opt=True, note="只在项目名中"),
  comp("上汽", LG, C2, opt=True, note="只在项目名中"),
  comp("亚太环通", LG, C2, opt=True, note="只在项目名中"),
 ],
 projects=[
  lp("C919大型客机关键部件装配线ARITEX项目"),
  lp("徐工工程机械(推土机)研制项目", ["徐工"]),
  dict(lp("瑞丰高端LED光源研制项目", ["瑞丰"], planned=True), status_alt="planned"),
  dict(lp("蒂森克虏伯曼隆绿色电梯总成及研制项目", ["蒂森克虏伯曼隆"], planned=True), status_alt="planned", aliases=["蒂森克虏伯曼隆绿色电梯总成及研制"]),
  lp("康佳LED绿色照明基地及节能环保科技产业总部项目", ["康佳"]),
  lp("上汽高性能SGE型发动机总成项目", ["上汽"]),
  lp("上海国际电影城", opt=True, note="城市功能类"),
  lp("亚太环通浦东海洋信息枢纽项目", ["亚太环通"], opt=True, note="城市功能类"),
 ],
 aggregate_facts=[
  fact(LG, "park", "projects_signed", 46, "count", C1, "2013-03-02"),
  fact(LG, "park", "projects_signed_investment_cny", 2.1e10, "cny", "总投资超过210亿元的46个项目正式签约", "2013-03-02", qual="超", qtext="超过", chk=True),
  fact(LG, "park", "projects_planned_to_start", 10, "count", C3, "2013年内（计划）", kind="target", qual="余", qtext="余", opt=True),
  fact(LG, "park", "fixed_asset_investment_cny", 1e11, "cny", "未来3年,临港地区将完成全社会固定资产投资约1000亿元", "2013–2015年（目标）", kind="target", qual="约", qtext="约", chk=True),
  fact(LG, "park", "fixed_asset_investment_cny", 1.8e11, "cny", "未来5年,完成全社会固定资产投资约1800亿元", "2013–2017年（目标）", kind="target", qual="约", qtext="约", chk=True),
  fact(LG, "park", "resident_population", 400000, "count", "常住人口将超过40万", "5年后（目标）", kind="target", qual="超", qtext="超过", opt=True),
 ])
