# real162 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence); US dollars in *_usd facts / investment_value + investment_currency. Growth rates
# and shares as ratios. Projects: the park is the one the text places the project in, null if none. Status from the text's
# words (竣工投产 / 投产 → 投产; 正在进行装饰 / 在建 → 在建; a site not yet supplied with land, or a tender not yet awarded →
# planned; 引进 / 落户 alone → no status). A year's plan figure (“今年将完成”, “计划”) is kind target; a year-to-date figure
# (“截至今年11月底…累计”) is cumulative; a count “since founding” is cumulative. Sources are `search` (corpus pages) excerpts
# typed into _raw/pages/veNN.raw as returned.

# ---------------------------------------------------------------- ve01 五大百亿工程齐头并进 (株洲日报 2015)
ZZ = "株洲高新区"
A0 = "株洲高新区工委书记、天元区委书记谢高进说"
A1 = "3月17日,中国动力谷自主创新园工地上一派繁忙景象,这个专注动力产业研发的高端产业园已现雏形,目前9.1万平方米的研发中心已完成主体工程与安装工程,正在进行装饰"
A2 = "今年要突出抓好中国动力谷自主创新园、新马EBD、汽车博览园、汽车产业集群、月塘生态新城五大百亿工程项目"
A3 = "今年将完成固定资产投资400亿元,较上年增长20%"
A4 = "株洲高新区计划今年新征、续征项目用地10000亩,交地8000亩以上"
A5 = "保证北汽二工厂按计划供地,确保明年底建成投产"
A6 = "今年,中国动力谷自主创新园总计开建标准厂房125万平方米,力争用3年时间基本建成"
A7 = "新马EBD基本完成万丰湖生态水系景观工程,建设300万至400万平方米的生态商务区"
A8 = "月塘生态新城新增建筑面积40万平方米以上,建设全市最大居住区"
AS = "2015年（计划）"
G["ve01"] = dict(
 article=art("五大百亿工程齐头并进", "株洲日报（记者张玉成，通讯员杨益军 张彦），载于华声在线株洲站 zz.voc.com.cn", "2015-03-18", "day",
  "City daily on a provincial portal's city channel, Hunan: interview with a national high-tech zone's party secretary — five ‘百亿’ projects for the year, one under construction, a carmaker's second plant to be supplied with land, the year's investment and land targets",
  "https://zz.voc.com.cn/view.php?tid-18565-cid-64.html",
  "日期取页面“发布时间:2015-03-18 来源:株洲日报”。标题照录；副题“访株洲高新区工委书记、天元区委书记谢高进”为正文首段（照录）。栏目词“滚动资讯:”、发布时间行与页尾导航已删。正文完整。园区：株洲高新区（株洲，湖南；文中与天元区同一书记，但未说园区位于天元区，district 留空）。项目：“五大百亿工程”中国动力谷自主创新园（研发中心主体与安装完成、正在装饰→在建）、新马EBD、汽车博览园、月塘生态新城（只有今年计划，无状态）、汽车产业集群（泛称，可选）；“百亿”是工程级别，不作投资额。北汽二工厂：“保证…按计划供地,确保明年底建成投产”→planned。今年固定资产投资400亿元、增长20%、新征续征用地10000亩、交地8000亩以上为今年计划（target）。",
  "ve01"),
 parks=[
  park(ZZ, "株洲", "湖南", "高新区", A0),
  park("中国动力谷自主创新园", "株洲", "湖南", "产业园", A1, parent=ZZ, opt=True, note="“专注动力产业研发的高端产业园”，同时是五大百亿工程之一（列为项目）"),
 ],
 companies=[
  comp("北汽", ZZ, A5, opt=True, note="只在项目名“北汽二工厂”中"),
 ],
 projects=[
  proj("中国动力谷自主创新园", ZZ, A1, status="在建", status_text="已完成主体工程与安装工程,正在进行装饰", note="五大百亿工程之一；今年开建标准厂房125万平方米"),
  proj("新马EBD", ZZ, A2, note="五大百亿工程之一；今年计划基本完成万丰湖生态水系景观工程"),
  proj("汽车博览园", ZZ, A2, note="五大百亿工程之一；用3年时间完成整体开发的50%"),
  proj("汽车产业集群", ZZ, A2, opt=True, note="五大百亿工程之一；泛称"),
  proj("月塘生态新城", ZZ, A2, note="五大百亿工程之一"),
  proj("北汽二工厂", ZZ, A5, companies=["北汽"], status="planned", status_text="按计划供地,确保明年底建成投产"),
 ],
 aggregate_facts=[
  fact(ZZ, "park", "fixed_asset_investment_cny", 4e10, "cny", A3, AS, kind="target", chk=True),
  fact(ZZ, "park", "fixed_asset_investment_yoy_growth", 0.20, "ratio", A3, AS, kind="target"),
  fact(ZZ, "park", "land_acquisition_mu", 10000, "mu", A4, AS, kind="target", note="新征、续征项目用地"),
  fact(ZZ, "park", "land_delivered_mu", 8000, "mu", A4, AS, kind="target", qual="超", qtext="以上"),
  fact("中国动力谷自主创新园", "project", "floor_area_sqm", 1250000, "sqm", A6, AS, kind="target", opt=True, note="今年开建标准厂房"),
  fact("中国动力谷自主创新园", "project", "rd_center_floor_area_sqm", 91000, "sqm", A1, "2015-03-17", opt=True),
  fact("月塘生态新城", "project", "new_floor_area_sqm", 400000, "sqm", A8, AS, kind="target", qual="超", qtext="以上", opt=True),
 ])

# ---------------------------------------------------------------- ve02 南宁高新区:长风破浪 引领经济发展 (广西日报 2009)
NN = "南宁高新技术产业开发区"
B0 = "南宁高新技术产业开发区创建于1988年,1992年经国务院批准为国家级高新区,总规划面积43.7平方公里"
B1 = "今年1-6月,高新区实现规模工业产值86.2亿元,同比增长20.26%,完成全年目标任务的45.37%"
B2 = "实现全社会固定资产投资27.06亿元,同比增长32.85%,完成年度目标任务的35.78%"
B3 = "实现财政收入5.246亿元,同比增长9.54%,完成年度任务的40.42%"
ASB = "2009年1-6月"
G["ve02"] = dict(
 article=art("南宁高新区:长风破浪 引领经济发展", "广西日报，载于 yybnet.net（地方网·南宁新闻）", "2009-10-21", "day",
  "Provincial daily feature on a city news portal, Guangxi: a national high-tech zone twenty years on — founding, planned area, leading industries, first-half output, investment and fiscal revenue during the financial crisis",
  "https://www.yybnet.net/nanning/news/200910/908433.html",
  "日期取页面“来源:广西日报 2009-10-21 23:31”。标题照录；导航与来源行已删；小标题“南宁高新区:”与“‘绿城明珠’步入发展快车道”在页面上分两行，合为一段（JOIN）。**截断**：存储摘录止于“引进实际到位内资1”，该半句已删，正文止于“…完成年度任务的40.42%。”。园区：南宁高新技术产业开发区（文中多作“南宁高新区”；南宁，广西；国家级高新区）。无企业、项目。事实为2009年1-6月（文中“今年”）之规模工业产值、固定资产投资、财政收入及增速；完成全年任务比例列为可选。",
  "ve02"),
 parks=[
  park(NN, "南宁", "广西", "国家级高新区", B0, aliases=["南宁高新区"]),
 ],
 aggregate_facts=[
  fact(NN, "park", "planned_area_km2", 43.7, "km2", B0, "2009年", opt=True),
  fact(NN, "park", "industrial_output_cny", 8.62e9, "cny", B1, ASB, kind="cumulative", chk=True, note="规模工业产值"),
  fact(NN, "park", "industrial_output_yoy_growth", 0.2026, "ratio", B1, ASB, kind="ratio"),
  fact(NN, "park", "industrial_output_target_completion", 0.4537, "ratio", B1, ASB, kind="ratio", opt=True),
  fact(NN, "park", "fixed_asset_investment_cny", 2.706e9, "cny", B2, ASB, kind="cumulative", chk=True),
  fact(NN, "park", "fixed_asset_investment_yoy_growth", 0.3285, "ratio", B2, ASB, kind="ratio"),
  fact(NN, "park", "fixed_asset_investment_target_completion", 0.3578, "ratio", B2, ASB, kind="ratio", opt=True),
  fact(NN, "park", "fiscal_revenue_cny", 5.246e8, "cny", B3, ASB, kind="cumulative", chk=True),
  fact(NN, "park", "fiscal_revenue_yoy_growth", 0.0954, "ratio", B3, ASB, kind="ratio"),
  fact(NN, "park", "fiscal_revenue_target_completion", 0.4042, "ratio", B3, ASB, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- ve03 招商引资和项目建设 (岳阳市政府网 2015, 2006 data)
YY = "岳阳经济开发区"
C0 = "2006年,岳阳经济开发区新引进各类项目56个,总投资47.26亿元"
C1 = "新开工项目25个,全部为工业项目,总投资13.95亿元"
C2 = "新投产项目22个,其中工业项目14个,基本建设项目7个,总投资13.97亿元"
C3 = "正在洽谈项目31个,预计投资43.5亿元"
C4 = "完成内联引资13.037亿元,较上年增长100.6%"
C5 = "合同利用外资8771.9万美元,是上年的2.9倍"
C6 = "新审批的56个进区项目中,共有工业项目28个,总投资44.3亿元,占全部项目总投资的93.1%"
C7 = "引进星美太平洋控股有限公司投资4亿美元的生物柴油项目,为开发区建区历的特大型项目"
ASC = "2006年"
G["ve03"] = dict(
 article=art("招商引资和项目建设", "岳阳市人民政府网站（yueyang.gov.cn 岳阳市情网栏目；来源:未知来源）", "2015-03-24", "day",
  "City government site, year-book style entry, Hunan: an economic development zone's 2006 investment attraction — projects introduced, started and in production with totals, domestic and foreign capital, one foreign-invested biodiesel project",
  "https://yueyang.gov.cn/yysqw/43332/43335/44294/45741/45988/content_1278835.html",
  "页面日期“2015-03-24 12:00”（上线日期），所记为2006年情况（市情/年鉴式条目）。标题照录；“来源:未知来源 日期:…”行已删。正文一段，完整（“为开发区建区历的特大型项目”照录，原文如此）。园区：岳阳经济开发区（岳阳，湖南）。企业：星美太平洋控股有限公司（引进入区）。项目：其生物柴油项目（4亿美元，非人民币：investment_value/currency；“引进”无状态）。事实均为2006年：新引进56个/47.26亿元、新开工25个/13.95亿元、新投产22个/13.97亿元、洽谈31个/预计43.5亿元（可选）、内联引资13.037亿元及增长100.6%、合同外资8771.9万美元（是上年2.9倍，不列）、工业项目28个/44.3亿元（可选）。",
  "ve03"),
 parks=[
  park(YY, "岳阳", "湖南", "经济开发区", C0),
 ],
 companies=[
  comp("星美太平洋控股有限公司", YY, C7, aliases=[]),
 ],
 projects=[
  proj("星美太平洋控股有限公司生物柴油项目", YY, C7, companies=["星美太平洋控股有限公司"], inv="4亿美元", currency="usd", value=4e8,
       aliases=["生物柴油项目"], note="名称由企业名+“生物柴油项目”组成；“引进”无状态；美元额"),
 ],
 aggregate_facts=[
  fact(YY, "park", "projects_introduced", 56, "count", C0, ASC),
  fact(YY, "park", "projects_introduced_investment_cny", 4.726e9, "cny", C0, ASC, chk=True),
  fact(YY, "park", "projects_started", 25, "count", C1, ASC),
  fact(YY, "park", "projects_started_investment_cny", 1.395e9, "cny", C1, ASC, chk=True),
  fact(YY, "park", "projects_in_production", 22, "count", C2, ASC),
  fact(YY, "park", "projects_in_production_investment_cny", 1.397e9, "cny", C2, ASC, chk=True),
  fact(YY, "park", "projects_under_negotiation", 31, "count", C3, ASC, opt=True),
  fact(YY, "park", "projects_under_negotiation_investment_cny", 4.35e9, "cny", C3, ASC, opt=True, note="预计投资"),
  fact(YY, "park", "domestic_capital_cny", 1.3037e9, "cny", C4, ASC, chk=True, note="内联引资"),
  fact(YY, "park", "domestic_capital_yoy_growth", 1.006, "ratio", C4, ASC, kind="ratio"),
  fact(YY, "park", "contracted_fdi_usd", 87719000.0, "usd", C5, ASC),
  fact(YY, "park", "industrial_projects_introduced", 28, "count", C6, ASC, opt=True),
  fact(YY, "park", "industrial_projects_investment_cny", 4.43e9, "cny", C6, ASC, opt=True),
  fact(YY, "park", "industrial_projects_investment_share", 0.931, "ratio", C6, ASC, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- ve04 柳东新区 2014 (gxcounty.com)
LD = "柳东新区"
D0 = "截至今年11月底,柳州市柳东新区本级规模以上工业总产值 (不含阳和工业新区)累计完成435亿元,同比增长112%"
D1 = "固定资产投资累计完成235亿元,同比增长16%"
D2 = "财政总收入完成16亿元,同比增长70%"
D3 = "招商引资实现内资累计完成90亿元,超额完成柳州市政府下达指标"
D4 = "今年,一期投资18.9亿元、产能20万辆的东风柳汽柳东乘用车基地7月顺利竣工投产,与目前产能40万辆的上汽通用五菱宝骏基地形成了汽车城的“双核驱动”"
D5 = "到10月底,上汽通用五菱宝骏基地实现产量28.81万辆;东风柳汽乘用车新基地实现产量7.8143万辆"
D6 = "努力实现广西柳州汽车城的快速崛起"
ASD = "2014年1-11月"
G["ve04"] = dict(
 article=art("（无标题）柳东新区截至11月底规上工业总产值435亿元 东风柳汽柳东乘用车基地竣工投产", "gxcounty.com（广西县域经济网；摘录未署原出处，图片署名覃美春、莫如晖、蒙超）", "2014-12-08", "day",
  "Provincial county-economy portal, Guangxi: feature on a city's new district / auto city — year-to-date output, investment, fiscal and domestic-capital figures, a carmaker's new base in production, two bases' output",
  "http://gxcounty.com/news/jjyw/20141208/101368.html",
  "无标题：存储摘录以图片说明开头，无标题行与日期行；日期取URL“20141208”，正文“截至今年11月底”与之相符。图片说明九行已删。**截断**：摘录止于“投资80多亿元”，该半句已删，正文止于“…也在不断蓄势。”。园区：柳东新区（文中又作“柳州市柳东新区”；柳州，广西；“在全区开发区中跻身前列”）；阳和工业新区只在“不含阳和工业新区”中出现（可选园区）；广西柳州汽车城（可选，柳东新区内的汽车产业城）。企业：东风柳汽、上汽通用五菱（均在柳东新区）。项目：东风柳汽柳东乘用车基地（一期投资18.9亿元，7月竣工投产→投产）。事实：1-11月规上工业总产值435亿元及增长112%、固定资产投资235亿元及增长16%、财政总收入16亿元及增长70%、内资90亿元（cumulative）；两基地产量与产能列为可选。",
  "ve04", title_note="摘录无标题"),
 parks=[
  park(LD, "柳州", "广西", "新区", D0, aliases=["柳州市柳东新区"]),
  park("阳和工业新区", "柳州", "广西", "工业新区", D0, opt=True, note="只在“不含阳和工业新区”中"),
  park("广西柳州汽车城", "柳州", "广西", "汽车产业城", D6, parent=LD, aliases=["柳州汽车城"], opt=True),
 ],
 companies=[
  comp("东风柳汽", LD, D4),
  comp("上汽通用五菱", LD, D4),
 ],
 projects=[
  proj("东风柳汽柳东乘用车基地", LD, D4, companies=["东风柳汽"], inv="18.9亿元", phase="一期", status="投产", status_text="7月顺利竣工投产",
       aliases=["东风柳汽乘用车新基地"], note="一期投资额"),
  proj("上汽通用五菱宝骏基地", LD, D4, companies=["上汽通用五菱"], opt=True, note="已有生产基地，产能40万辆"),
 ],
 aggregate_facts=[
  fact(LD, "park", "industrial_output_cny", 4.35e10, "cny", D0, ASD, kind="cumulative", chk=True, note="本级规模以上工业总产值（不含阳和工业新区）"),
  fact(LD, "park", "industrial_output_yoy_growth", 1.12, "ratio", D0, ASD, kind="ratio"),
  fact(LD, "park", "fixed_asset_investment_cny", 2.35e10, "cny", D1, ASD, kind="cumulative", chk=True),
  fact(LD, "park", "fixed_asset_investment_yoy_growth", 0.16, "ratio", D1, ASD, kind="ratio"),
  fact(LD, "park", "fiscal_revenue_cny", 1.6e9, "cny", D2, ASD, kind="cumulative", chk=True),
  fact(LD, "park", "fiscal_revenue_yoy_growth", 0.70, "ratio", D2, ASD, kind="ratio"),
  fact(LD, "park", "domestic_capital_cny", 9e9, "cny", D3, ASD, kind="cumulative", chk=True),
  fact("东风柳汽柳东乘用车基地", "project", "capacity_vehicles", 200000, "vehicles", D4, "2014年", opt=True),
  fact("上汽通用五菱宝骏基地", "project", "capacity_vehicles", 400000, "vehicles", D4, "2014年", opt=True),
  fact("上汽通用五菱宝骏基地", "project", "output_vehicles", 288100, "vehicles", D5, "2014年1-10月", kind="cumulative", opt=True),
  fact("东风柳汽柳东乘用车基地", "project", "output_vehicles", 78143, "vehicles", D5, "2014年1-10月", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- ve05 北海出口加工区B区 (中国台湾网 2014)
BH = "北海出口加工区"
BHB = "北海出口加工区B区"
E0 = "广西北海出口加工区B区日前顺利通过验收,即将正式运营"
E1 = "北海出口加工区是西部地区惟一临海国家级出口加工区,2003年成立至今已累计引进企业85家,产业工人达两万人"
E2 = "2013年北海出口加工区完成产值180亿元"
E3 = "2014年第一季度完成产值38.34亿元,同比增长37.1%"
E4 = "知名台资企业建兴光电(北海)科技公司、建准电子有限公司等知名台资企业相继进驻,成为园区内的标杆型企业"
E5 = "北海出口加工区B区位于北海市铁山港区,规划面积1.842平方公里,已建有4栋标准厂房,3个项目签订入园协议书,投资额达8.4亿元人民币"
E6 = "建兴光电科技有限公司魏总经理表示"
G["ve05"] = dict(
 article=art("（无标题）广西北海出口加工区B区通过验收即将运营", "中国台湾网（econ.taiwan.cn；中国台湾网广西省台办通讯员 康乐）", "2014-04-23", "day",
  "National Taiwan-affairs news portal, Guangxi: an export processing zone's new B area passes acceptance — firms introduced since founding, output 2013 and Q1 2014, Taiwanese firms in the A area, B area's size, factories and signed projects",
  "http://econ.taiwan.cn/trade/201404/t20140423_6058233.htm",
  "无标题：存储摘录以电头“中国台湾网4月22日北海消息”开头；日期取URL“t20140423”（电头4月22日）。“[责任编辑: 王伟]”已删。正文完整（通讯员署名在末段括号内，保留）。园区：北海出口加工区（北海，广西；国家级出口加工区）及其B区（北海市铁山港区，parent 北海出口加工区）；“A区”只作“原有A区”，不另列；广西北部湾经济区为区域，列为可选。企业：建兴光电(北海)科技公司（第四段作“建兴光电科技有限公司”，列为别名）、建准电子有限公司——在北海出口加工区（A区）。B区“3个项目签订入园协议书,投资额达8.4亿元”无项目名，作事实（signed_investment_cny）。",
  "ve05", title_note="摘录无标题"),
 parks=[
  park(BH, "北海", "广西", "出口加工区", E1),
  park(BHB, "北海", "广西", "出口加工区", E5, district="铁山港区", parent=BH),
  park("广西北部湾经济区", None, "广西", "经济区", "标志着广西北部湾经济区保税物流体系建设取得新的成效", opt=True, note="区域，非园区"),
 ],
 companies=[
  comp("建兴光电(北海)科技公司", BH, E4, aliases=["建兴光电科技有限公司"], note="第四段作“建兴光电科技有限公司”"),
  comp("建准电子有限公司", BH, E4),
 ],
 aggregate_facts=[
  fact(BH, "park", "enterprises", 85, "count", E1, "2003年至2014年4月", kind="cumulative", note="累计引进企业"),
  fact(BH, "park", "jobs", 20000, "persons", E1, "2014年4月", opt=True, note="产业工人达两万人"),
  fact(BH, "park", "output_value_cny", 1.8e10, "cny", E2, "2013年", chk=True),
  fact(BH, "park", "output_value_cny", 3.834e9, "cny", E3, "2014年第一季度", kind="cumulative", chk=True),
  fact(BH, "park", "output_value_yoy_growth", 0.371, "ratio", E3, "2014年第一季度", kind="ratio"),
  fact(BHB, "park", "planned_area_km2", 1.842, "km2", E5, "2014年4月"),
  fact(BHB, "park", "standard_factories", 4, "count", E5, "2014年4月", opt=True),
  fact(BHB, "park", "projects_signed", 3, "count", E5, "2014年4月", kind="cumulative"),
  fact(BHB, "park", "signed_investment_cny", 8.4e8, "cny", E5, "2014年4月", kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- ve06 湖南发展 关于预中标的提示性公告 (上海证券报 2013)
LY = "浏阳经济技术开发区"
F0 = "确定湖南发展集团股份有限公司(以下简称“公司”)为中标候选人"
F1 = "浏阳经济技术开发区捞刀河两厢一期开发建设已由长沙国家生物产业基地管理委员会以长生经投[2013]6号文件批准立项"
F2 = "本次一期开发共约742亩,土地使用性质为商住综合经营性建设用地"
F3 = "发布了“国家级浏阳经济技术开发区捞刀河两厢一期开发(中国长沙生物谷)合作商中标候选人公示”"
G["ve06"] = dict(
 article=art("关于预中标的提示性公告", "湖南发展集团股份有限公司公告（证券代码000722，公告编号2013-019），载于上海证券报 paper.cnstock.com", "2013-05-04", "day",
  "Listed-company announcement in a securities daily, Hunan: a listed firm named preferred bidder as development partner for phase 1 of a riverside area in a national economic development zone (中国长沙生物谷) — approval, land area, land use",
  "https://paper.cnstock.com/html/2013-05/04/content_303020.htm",
  "日期取URL“2013-05/04”（报纸版面日；公告称“2013年5月3日”公示）。首行标题照录为标题；公告抬头（证券代码行、公司名、再次出现的标题）照录在正文中。**截断**：存储摘录末段止于“在资本市场尽快树立明”，整段未收，正文止于“…示范性项目。”。园区：浏阳经济技术开发区（国家级；浏阳在长沙，湖南——城市由“中国长沙生物谷”“长沙国家生物产业基地”推断）；长沙国家生物产业基地只作管委会名称，列为可选园区。企业：湖南发展集团股份有限公司（简称湖南发展；中标候选人，文中未说其位于园区，park 留空）。项目：捞刀河两厢一期开发（中国长沙生物谷），已立项、合作商尚在公示→planned；约742亩。",
  "ve06"),
 parks=[
  park(LY, "长沙", "湖南", "国家级经济技术开发区", F1, note="文中又作“国家级浏阳经济技术开发区”"),
  park("长沙国家生物产业基地", "长沙", "湖南", "国家生物产业基地", F1, opt=True, note="只作“…管理委员会”出现"),
 ],
 companies=[
  comp("湖南发展集团股份有限公司", None, F0, aliases=["湖南发展"], note="中标候选人；文中未说其位于园区"),
 ],
 institutions=[
  inst("长沙国家生物产业基地管理委员会", F1, park="长沙国家生物产业基地"),
 ],
 projects=[
  proj("捞刀河两厢一期开发", LY, F1, companies=["湖南发展集团股份有限公司"], phase="一期", status="planned", status_text="批准立项；合作商中标候选人公示",
       aliases=["中国长沙生物谷"], note="全称“浏阳经济技术开发区捞刀河两厢一期开发(中国长沙生物谷)”"),
 ],
 aggregate_facts=[
  fact("捞刀河两厢一期开发", "project", "land_area_mu", 742, "mu", F2, "2013年4月", qual="约", qtext="约"),
 ])

# ---------------------------------------------------------------- ve07 长沙经开区十年工业总产值完成631亿元 (慧聪工程机械网/红网 2010)
CS = "长沙经济技术开发区"
H0 = "工业总产值去年完成631亿元、比10年前增长24倍"
H1 = "园区面积由10年前的5平方公里扩大到现在的22.3平方公里,相当于每平方公里“长”出产值28.3亿元"
H2 = "目前,长沙经开区实有各类企业405家,其中规模以上企业139家、年产值过亿元企业43家、过十亿元企业8家,由“世界500强”投资兴办的企业达18家,由上市公司投资兴办的企业达16家"
H3 = "三一重工、山河智能、中联浦沅、中铁轨道等一批工程机械企业先后落户园区并迅速发展壮大"
H4 = "长沙经开区于2000年2月被国务院批准为国家级经济技术开发区"
ASH = "2010年1月"
G["ve07"] = dict(
 article=art("长沙经开区十年工业总产值完成631亿元", "慧聪工程机械网（cm.hczyw.com），来源:红网", "2010-01-28", "day",
  "Industry trade portal relaying a provincial news portal, Hunan: a national economic development zone's ten years as a national zone — last year's industrial output, area, firms by size, construction-machinery makers in the zone",
  "https://cm.hczyw.com/2010/0128/62203.html",
  "日期取页面“2010-01-28 08:55 来源:红网”。标题照录；站名日期行已删；页面导语（首段的截断重复，止于“5平方公里扩”）已删，正文取其后完整的同段。**截断**：末段“今年,长沙经开区将进一步…大力推进以”未完，整段未收，正文止于“…产业示范基地”。”。园区：长沙经济技术开发区（文中多作“长沙经开区”；长沙，湖南）。企业：三一重工、山河智能、中联浦沅、中铁轨道（落户园区）。事实：2009年工业总产值631亿元（“去年”）、面积22.3平方公里、企业405家、规模以上139家、过亿元43家（可选）、过十亿元8家（可选）、世界500强投资企业18家（可选）、上市公司投资企业16家（可选）。",
  "ve07"),
 parks=[
  park(CS, "长沙", "湖南", "国家级经济技术开发区", H4, aliases=["长沙经开区"]),
 ],
 companies=[
  comp("三一重工", CS, H3),
  comp("山河智能", CS, H3),
  comp("中联浦沅", CS, H3),
  comp("中铁轨道", CS, H3),
 ],
 aggregate_facts=[
  fact(CS, "park", "industrial_output_cny", 6.31e10, "cny", H0, "2009年", chk=True),
  fact(CS, "park", "area_km2", 22.3, "km2", H1, ASH),
  fact(CS, "park", "output_per_km2_cny", 2.83e9, "cny", H1, "2009年", opt=True, note="每平方公里产值"),
  fact(CS, "park", "enterprises", 405, "count", H2, ASH),
  fact(CS, "park", "above_scale_enterprises", 139, "count", H2, ASH),
  fact(CS, "park", "enterprises_output_over_100m", 43, "count", H2, ASH, opt=True),
  fact(CS, "park", "enterprises_output_over_1bn", 8, "count", H2, ASH, opt=True),
  fact(CS, "park", "fortune500_invested_enterprises", 18, "count", H2, ASH, opt=True),
  fact(CS, "park", "listed_company_invested_enterprises", 16, "count", H2, ASH, opt=True),
 ])

# ---------------------------------------------------------------- ve08 南宁经开区一年到位内资73亿元 (gxcounty 2014)
NJ = "南宁经济技术开发区"
K0 = "2013年1月至12月31日,该开发区共引进项目92个,总投资额157.93亿元"
K1 = "实际到位内资73亿元,直接利用外资6315万美元,分别完成全年任务112.31%和100.23%,同比分别增长10.25%和14.52%"
K2 = "随着中恒、神冠、柳药、丰业·百会、科创等一批重大医药项目的引进与园区内原已引进的国药物流、柳州医药等医药流通企业"
ASK = "2013年"
G["ve08"] = dict(
 article=art("南宁经开区一年到位内资73亿元", "gxcounty.com（广西县域经济网，手机版；摘录未署原出处与作者）", "2014-01", "month",
  "Provincial county-economy portal, Guangxi: a national economic development zone's 2013 investment attraction — projects introduced and their total, domestic and foreign capital with growth, pharmaceutical projects introduced along the chain",
  "http://m.gxcounty.com/show-75-88147-0.html",
  "摘录无日期行。所报为2013年全年（“2013年1月至12月31日”），故发布在2014年初；检索时见同文的 big5 网关副本（www.nanning.china.com.cn 2014-01-03，URL含日期），未采用其文本，只据以定月。标题照录；正文两段，完整。园区：南宁经济技术开发区（文中又作“南宁经开区”；南宁，广西）。“重大医药项目”以企业简称为名：中恒、神冠、柳药、丰业·百会、科创（“引进”无状态；“科创”过于泛，列为可选），另列为可选公司；国药物流、柳州医药为“园区内原已引进的”医药流通企业。事实：2013年引进项目92个、总投资额157.93亿元、到位内资73亿元、直接利用外资6315万美元及两项增速；完成全年任务比例可选。",
  "ve08"),
 parks=[
  park(NJ, "南宁", "广西", "经济技术开发区", "南宁经济技术开发区招商引资硕果累累", aliases=["南宁经开区"]),
 ],
 companies=[
  comp("国药物流", NJ, K2, note="园区内原已引进的医药流通企业"),
  comp("柳州医药", NJ, K2, note="园区内原已引进的医药流通企业"),
  comp("中恒", NJ, K2, opt=True, note="以企业简称作项目名"),
  comp("神冠", NJ, K2, opt=True, note="同上"),
  comp("柳药", NJ, K2, opt=True, note="同上"),
  comp("丰业·百会", NJ, K2, opt=True, note="同上"),
  comp("科创", NJ, K2, opt=True, note="同上"),
 ],
 projects=[
  proj("中恒", NJ, K2, note="重大医药项目，以企业简称为名；“引进”无状态"),
  proj("神冠", NJ, K2, note="同上"),
  proj("柳药", NJ, K2, note="同上"),
  proj("丰业·百会", NJ, K2, note="同上"),
  proj("科创", NJ, K2, opt=True, note="同上；名称过泛"),
 ],
 aggregate_facts=[
  fact(NJ, "park", "projects_introduced", 92, "count", K0, ASK),
  fact(NJ, "park", "projects_introduced_investment_cny", 1.5793e10, "cny", K0, ASK, chk=True),
  fact(NJ, "park", "domestic_capital_cny", 7.3e9, "cny", K1, ASK, chk=True, note="实际到位内资"),
  fact(NJ, "park", "actual_fdi_usd", 63150000.0, "usd", "直接利用外资6315万美元", ASK),
  fact(NJ, "park", "domestic_capital_target_completion", 1.1231, "ratio", K1, ASK, kind="ratio", opt=True),
  fact(NJ, "park", "actual_fdi_target_completion", 1.0023, "ratio", K1, ASK, kind="ratio", opt=True),
  fact(NJ, "park", "domestic_capital_yoy_growth", 0.1025, "ratio", K1, ASK, kind="ratio"),
  fact(NJ, "park", "actual_fdi_yoy_growth", 0.1452, "ratio", K1, ASK, kind="ratio"),
 ])
