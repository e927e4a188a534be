# real26 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art defined there)
# Conventions as real25: evidence verbatim; investment_cny from investment_text; 近→约, 逾/超过/以上/突破/已过→超,
# 余/多→余 (qualifier_text keeps the source word). Foreign-currency amounts keep investment_text with investment_cny null
# and a "currency" key (real2's convention). "千亿元" is parsed by check_gold.py (1e11), so such facts keep the _cny suffix.

EB = "GitHub likgjava/eb, commit 7470cfbcce2c33c38d76cb757029227202253ea9, path "
RS = "GitHub Rock-Candy-Tea/RSSHUB-PAGE, commit "

G["j01"] = dict(
 article=art("珠海打造全系列船舶动力供应基地", "国际船舶网（页面“发布人”）, 转载于 阳光易购 采购资讯（likgjava/eb 镜像）", "2011-07-01", "day",
  "shipping-trade site item (procurement-portal repost) on a city's diesel-engine industry plan: a county-district industrial park as the centre, a diesel-engine park inside it, two firms there, a low-speed marine-engine project under construction with total, orders and a planned second phase, city capacity targets for 2012/2015/2020",
  EB + "webapp/view/staticpags/goodszx/ff80808130db80a70130e32a033605fb.jsp",
  "页面 <div class=\"source\"> 的“发布时间：2011-07-01”（日期取此）与“发布人：-国际船舶网”已删。“近日”即2011年6月下旬。“根据规划.珠海”中的句点为原文笔误，照录。“珠海柴油机产业园”与末段“珠海柴油发动机产业园”当为同一园区（后者作别名）。“玉柴低速船机”既作企业又作项目名；“珠海玉柴项目”即该项目。首期“投产产品”只说产品规格，未说已投产；二期“累计投资15亿元”无时态词，status 留空（status_alt planned）",
  "j01"),
 parks=[
  park("富山工业园", "珠海", "广东", "工业园", "根据规划.珠海将以富山工业园为柴油机产业发展的中心区域", district="斗门区", note="柴油机产业发展的中心区域；珠海柴油机产业园位于其中"),
  park("珠海柴油机产业园", "珠海", "广东", "产业园（专业园）", "珠海柴油机产业园位于斗门区富山工业园", district="斗门区", parent="富山工业园", aliases=["珠海柴油发动机产业园"], note="文中又作“园区”；末段“大力打造珠海柴油发动机产业园”"),
 ],
 companies=[
  comp("珠海太平洋粤新海洋工程有限公司", "珠海柴油机产业园", "园区内目前已有珠海太平洋粤新海洋工程有限公司和玉柴低速船机等船舶工业企业及项目进驻"),
  comp("玉柴低速船机", "珠海柴油机产业园", "园区内目前已有珠海太平洋粤新海洋工程有限公司和玉柴低速船机等船舶工业企业及项目进驻", aliases=["珠海玉柴"], note="简称；同名项目见 projects；后文“珠海玉柴项目”"),
 ],
 institutions=[
  inst("珠海市经济和信息化局", "珠海市经济和信息化局相关人士表示"),
 ],
 projects=[
  proj("玉柴低速船机项目", "珠海柴油机产业园", "其中总投资25亿元的玉柴低速船机项目虽然其厂房仍在建设之中", companies=["玉柴低速船机"], inv="25亿元", status="在建", status_text="厂房仍在建设之中", aliases=["珠海玉柴项目"], note="已接10台订单；产品7月开始制造、预计11月第一台机下线"),
  proj("珠海玉柴项目首期", "珠海柴油机产业园", "目前，珠海玉柴项目首期投产产品为6000-13000马力的全电控共轨船用低速柴油机", companies=["玉柴低速船机"], phase="首期", status="在建", status_text="首期投产产品为", opt=True, note="只说首期投产的产品规格；同段前文厂房仍在建设之中，记 在建（status_alt 投产）", status_alt="投产"),
  proj("珠海玉柴项目二期", "珠海柴油机产业园", "二期项目累计投资15亿元，发展大缸径机型，累计形成300万马力的年产能", companies=["玉柴低速船机"], inv="15亿元", phase="二期", status=None, status_text=None, note="无时态词，实为后续计划（status_alt planned）；“累计投资”", status_alt="planned"),
 ],
 aggregate_facts=[
  fact("珠海市", "region", "target_low_speed_diesel_capacity_hp", 1500000, "hp", "力争使全市低速柴油机制造产能到2012年达150万马力", "2012年", kind="target"),
  fact("珠海市", "region", "target_low_speed_diesel_capacity_hp", 3000000, "hp", "到2015年达300万马力", "2015年", kind="target"),
  fact("珠海市", "region", "target_low_speed_diesel_capacity_hp", 8000000, "hp", "到2020年超过800万马力", "2020年", kind="target", qual="超", qtext="超过"),
  fact("玉柴低速船机项目", "project", "orders_units", 10, "count", "但已接到10台低速船用柴油机的订单", "2011年7月", kind="cumulative"),
  fact("玉柴低速船机项目", "project", "orders_value_cny", None, "cny", "总价约1.6亿元", "2011年7月", kind="cumulative", qual="约", qtext="约"),
  fact("珠海玉柴项目二期", "project", "annual_capacity_hp", 3000000, "hp", "累计形成300万马力的年产能", "二期建成后", kind="target", note="项目累计产能"),
 ])

G["j02"] = dict(
 article=art("中国最大液晶玻璃基板项目将在深圳投产", "深圳新闻网（页面“发布人”）, 转载于 阳光易购 采购资讯（likgjava/eb 镜像）", "2011-06-27", "day",
  "city news-portal item (procurement-portal repost) on a Japanese glass maker's substrate project breaking ground in a new district's high-tech industrial park: investment in yen, capacity, start of production, the panel project it supplies",
  EB + "webapp/view/staticpags/goodszx/ff80808130c14db40130ceaa05550182.jsp",
  "页面“发布时间：2011-06-27”（日期取此）与“发布人：-深圳新闻网”已删。“昨天上午”即开工仪式约在2011年6月26日；“明年”即2012年。投资额为“220亿日元”，investment_cny 留空，currency JPY。光明新区（深圳的功能新区）记 optional 园区，其下“光明新区高新技术产业园区”为项目所在园区。“该项目计划于今年8月进入试产”紧接华星光电项目之后，指代有歧义，华星光电项目记 optional。“我市”即深圳",
  "j02"),
 parks=[
  park("光明新区高新技术产业园区", "深圳", "广东", "高新技术产业园区", "在光明新区高新技术产业园区新建一条月产量为120K片8.5代TFT-LCD玻璃基板", district="光明新区", parent="光明新区"),
  park("光明新区", "深圳", "广东", "功能新区", "中国尺寸最大的液晶玻璃基板将于明年在光明新区投产", opt=True, note="深圳市功能区（行政新区），非严格意义园区"),
 ],
 companies=[
  comp("旭硝子株式会社", "光明新区高新技术产业园区", "TFT-LCD玻璃基板份额居世界第二位的旭硝子株式会社是日本的百年老企业", aliases=["旭硝子"], note="日本企业，三菱集团成员公司"),
  comp("三菱集团", None, "属于三菱集团成员公司", kind="group", opt=True, note="旭硝子所属集团，只被提及"),
  comp("TCL集团股份有限公司", None, "TCL集团股份有限公司董事长李东生等出席了开工仪式", aliases=["TCL"], note="华星光电第8.5代液晶面板项目的投资方"),
  comp("华星光电", None, "旭硝子的工厂设在TCL投资的华星光电第8.5代液晶面板项目附近", note="玻璃基板专供华星光电；文中未明言其所在园区"),
 ],
 institutions=[
  inst("日本驻广州总领事馆", "日本驻广州总领事馆总领事田尻和宏", kind="government"),
 ],
 projects=[
  proj("旭硝子第8.5代TFT-LCD玻璃基板项目", "光明新区高新技术产业园区", "旭硝子计划投资220亿日元，在光明新区高新技术产业园区新建一条月产量为120K片8.5代TFT-LCD玻璃基板", companies=["旭硝子株式会社"], inv="220亿日元", status="开工", status_text="开工仪式", aliases=["旭硝子TFT-LCD玻璃基板项目"], note="投资220亿日元（currency JPY，investment_cny 留空）；深圳市2011年重大建设项目；计划明年秋季建成投产", currency="JPY"),
  proj("华星光电第8.5代液晶面板项目", "光明新区", "旭硝子的工厂设在TCL投资的华星光电第8.5代液晶面板项目附近", companies=["华星光电", "TCL集团股份有限公司"], status="在建", status_text="该项目计划于今年8月进入试产", opt=True, note="“该项目计划于今年8月进入试产”指代有歧义（亦可指旭硝子项目）；园区据“附近”推定"),
 ],
 aggregate_facts=[
  fact("旭硝子第8.5代TFT-LCD玻璃基板项目", "project", "monthly_capacity_sheets", 120000, "sheets", "新建一条月产量为120K片8.5代TFT-LCD玻璃基板", "建成后", kind="target"),
  fact("旭硝子株式会社", "company", "subsidiaries", 200, "count", "目前在全球拥有200多家子公司", "2011年6月", qual="余", qtext="多", opt=True),
 ])

G["j03"] = dict(
 article=art("电动车龙头逆势扩张 助推中部崛起", "中国产经新闻报（页面“发布人”）, 转载于 阳光易购 供应商资讯（likgjava/eb 镜像）", "2011-06-23", "day",
  "national industry paper (procurement-portal repost) on an e-bike maker's subsidiary opening in a city's economic-technological development zone: total, land, capacity, full production, the city's thousand-billion output figures, a planned low-speed EV project",
  EB + "webapp/view/staticpags/supplierzx/ff80808130b726330130ba0e5c300188.jsp",
  "页面“发布时间：2011-06-23”（日期取此）与“发布人：-中国产经新闻报”已删。“开业”在6月10日，“现已全面投产阶段”记 投产。首次出现的“总投资12亿的”无“元”，investment_text 取下文“12亿元”。“新日电动车”为母公司（无锡、天津另有工厂），“湖北新日”为子公司简称。“高新区工业产值”未给高新区全名，相关事实记 optional。低速电动汽车项目只在“筹划”，记 planned，园区未给",
  "j03"),
 parks=[
  park("襄阳经济技术开发区", "襄阳", "湖北", "经济技术开发区", "湖北新日电动车有限公司位于襄阳经济技术开发区"),
 ],
 companies=[
  comp("湖北新日电动车有限公司", "襄阳经济技术开发区", "湖北新日电动车有限公司位于襄阳经济技术开发区", aliases=["湖北新日"], note="新日电动车子公司"),
  comp("新日电动车", None, "新日电动车总投资12亿的湖北新日电动车有限公司开业", aliases=["新日"], note="母公司，行业龙头；另有无锡、天津工厂"),
 ],
 institutions=[
  inst("工业和信息化部", "工业和信息化部相关人士分析"),
 ],
 projects=[
  proj("湖北新日电动车有限公司项目", "襄阳经济技术开发区", "湖北新日电动车有限公司位于襄阳经济技术开发区，占地1000余亩，总投资达12亿元", companies=["湖北新日电动车有限公司", "新日电动车"], inv="12亿元", status="投产", status_text="开业；现已全面投产阶段", aliases=["湖北新日电动车有限公司"], note="中西部最大的电动车研发生产基地；6月10日开业"),
  proj("低速电动汽车项目", None, "新日电动车也正积极筹划低速电动汽车项目", companies=["新日电动车"], status="planned", status_text="正积极筹划", opt=True, note="文中未给地点园区（上下文指襄阳）"),
 ],
 aggregate_facts=[
  fact("湖北新日电动车有限公司项目", "project", "land_area_mu", 1000, "mu", "占地1000余亩", "2011年6月", qual="余", qtext="余"),
  fact("湖北新日电动车有限公司项目", "project", "annual_capacity_units", 2000000, "units", "设计年产能达200万辆(台)", "设计", kind="target"),
  fact("襄阳市", "region", "gdp_cny", 100000000000.0, "cny", "地区生产总值、高新区工业产值、县域工业产值和汽车工业产值相继突破千亿元大关", "2011年", qual="超", qtext="突破"),
  fact("襄阳市", "region", "auto_industry_output_value_cny", 100000000000.0, "cny", "汽车工业产值已过千亿元", "2011年", qual="超", qtext="已过"),
  fact("襄阳高新区", "park", "industrial_output_value_cny", 100000000000.0, "cny", "地区生产总值、高新区工业产值、县域工业产值和汽车工业产值相继突破千亿元大关", "2011年", qual="超", qtext="突破", opt=True, note="文中只作“高新区”"),
 ])

G["j04"] = dict(
 article=art("产业园REITs又获受理 民营经济成REITs新生力量", "证券时报（证券时报网“要闻”，记者 朱凯）, 经 RSSHub 抓取存于 Rock-Candy-Tea/RSSHUB-PAGE", "2022-08-15", "day",
  "national securities paper on two industrial-park public REITs: one accepted by the exchange (first private-sponsor REIT), one replying to feedback after renaming; their underlying parks in a free-trade-zone new area and in two provinces, floor area, tenants, occupancy; the sponsor group's scale",
  RS + "47f4eed5952861b650a729b445b8882fc12d6cbc, path source/_posts/金融/证券时报网/要闻/产业园REITs又获受理 民营经济成REITs新生力量.md",
  "Hexo 头信息（categories/headimg/author/date: Mon, 15 Aug 2022 19:20:00 GMT/thumbnail）与首段署名“证券时报记者 朱凯”已删；日期取 date 与正文“8月15日”。正文中证券代码超链接（“国泰君安”“新产业”）去掉标签保留文字，故“临港创新产业园REIT”连读完整。两只基金为公募基础设施 REITs（记 funds，规模未给）。名称中的“东久新经济产业园”“临港创新智造产业园”“临港东久智能制造产业园”是基金名的组成部分，不单列园区。东久新经济REIT底层4处产业园在上海市及江苏省，未给名称。临港奉贤智造园的区“奉贤区”据名称与常识",
  "j04"),
 parks=[
  park("中国（上海）自由贸易试验区临港新片区", "上海", "上海", "自由贸易试验区新片区", "临港创新产业园REIT底层资产为位于中国（上海）自由贸易试验区临港新片区的临港奉贤智造园一期和三期项目", aliases=["临港新片区"], note="文中多作“临港新片区”“新片区”"),
  park("临港奉贤智造园", "上海", "上海", "产业园（智造园）", "中国（上海）自由贸易试验区临港新片区的临港奉贤智造园一期和三期项目", district="奉贤区", parent="中国（上海）自由贸易试验区临港新片区", note="临港创新产业园REIT的底层资产（一期和三期）"),
 ],
 companies=[
  comp("国泰君安", None, "国泰君安东久新经济产业园封闭式基础设施证券投资基金（以下简称东久新经济REIT）已获正式受理", note="基金管理人方（券商）"),
  comp("东久工业", None, "据悉，东久新经济REIT的发起人为东久工业", note="东久新经济REIT发起人；东久新宜集团旗下产业园区平台"),
  comp("东久新宜集团", None, "东久工业是东久新宜集团旗下专注于产业园区的专业综合平台", kind="group", note="民营新经济基础设施投资开发运营商"),
  comp("临港集团", "中国（上海）自由贸易试验区临港新片区", "临港创新产业园REIT是临港集团践行新片区先行先试改革", kind="group", opt=True, note="临港新片区开发主体，文中未明言其所在园区"),
 ],
 institutions=[
  inst("上交所", "8月15日，据上交所网站披露", kind="exchange", note="上海证券交易所"),
  inst("国务院", "8月9日，国务院发布《积极扩大有效投资》指出", note="只被提及"),
 ],
 funds=[
  fund("国泰君安东久新经济产业园封闭式基础设施证券投资基金", None, "国泰君安东久新经济产业园封闭式基础设施证券投资基金（以下简称东久新经济REIT）已获正式受理", aliases=["东久新经济REIT"], note="公募基础设施REIT；8月15日获上交所正式受理；首单民营企业申报；发起人东久工业；底层资产为上海市及江苏省4处产业园；规模未给"),
  fund("国泰君安临港创新智造产业园封闭式基础设施证券投资基金", "临港奉贤智造园", "国泰君安临港创新智造产业园封闭式基础设施证券投资基金（以下简称临港创新产业园REIT）正式向上交所提了反馈回复", aliases=["临港创新产业园REIT"], note="公募基础设施REIT；底层资产为临港奉贤智造园一期和三期；由此前申报的临港东久智能制造产业园REIT调整而来；规模未给"),
  fund("国泰君安临港东久智能制造产业园封闭式基础设施证券投资基金", "临港奉贤智造园", "由此前正式申报的国泰君安临港东久智能制造产业园封闭式基础设施证券投资基金调整而来", opt=True, note="调整前的申报名称（即临港创新产业园REIT的前身）"),
 ],
 aggregate_facts=[
  fact("临港奉贤智造园", "park", "floor_area_m2", 113700, "m2", "总建筑面积约11.37万平方米", "2022年8月", qual="约", qtext="约", note="一期和三期"),
  fact("临港奉贤智造园", "park", "enterprises", 22, "count", "已吸引入驻企业22家", "2022年8月", kind="cumulative", note="一期和三期"),
  fact("临港奉贤智造园", "park", "occupancy_rate", 99, "percent", "出租率达99%", "2022年8月", kind="ratio"),
  fact("东久新经济REIT", "fund", "parks_count", 4, "count", "东久新经济REIT的底层资产为位于上海市及江苏省核心产业区的4处产业园", "2022年8月", note="底层资产"),
  fact("东久新经济REIT", "fund", "floor_area_m2", 284000, "m2", "总建筑面积为28.4万平方米", "2022年8月", note="4处产业园合计"),
  fact("东久新经济REIT", "fund", "enterprises", 45, "count", "已吸引入驻企业45家", "2022年8月", kind="cumulative"),
  fact("东久新经济REIT", "fund", "occupancy_rate", 100, "percent", "出租率达100%", "2022年8月", kind="ratio"),
  fact("东久新宜集团", "company", "projects_managed", 110, "count", "在管项目超过110个", "2022年8月", qual="超", qtext="超过"),
  fact("东久新宜集团", "company", "floor_area_m2", 12000000, "m2", "总建筑面积超1200万平方米", "2022年8月", qual="超", qtext="超"),
  fact("东久新宜集团", "company", "assets_under_management_cny", None, "cny", "资产管理规模超1000亿元人民币", "2022年8月", qual="超", qtext="超"),
  fact("全国", "region", "private_investment_share", 55, "percent", "我国民间投资占整体投资比重始终保持在55%以上", "2012年以来", kind="ratio", qual="超", qtext="以上", opt=True),
 ])

G["j05"] = dict(
 article=art("1118个项目总投资超1.35万亿元 江西重点招商引资项目出炉", "证券时报网“要闻”（作者未署）, 经 RSSHub 抓取存于 Rock-Candy-Tea/RSSHUB-PAGE", "2022-03-30", "day",
  "national securities portal brief on a province's annual investment-promotion project book: project count and total, strategic-emerging-industry projects with count, share, large projects and investment, the largest project (an aviation city with area and planned functions), a VR industrial base project",
  RS + "8e9a58da3c697ba884161a145031852026d554b6, path source/_posts/金融/证券时报网/要闻/1118个项目总投资超135万亿元 江西重点招商引资项目出炉.md",
  "Hexo 头信息（date: Wed, 30 Mar 2022 11:01:00 GMT，日期取此）已删；项目册3月28日发布。标题作“超1.35万亿元”，正文首句作“总投资1.35万亿元”，事实按正文记、qualifier 为空。“投资金额共约6156亿元，占总投资金额45.54%”按比例（6156/13500≈45.6%）属355个战略性新兴产业项目，不属“超100亿元项目9个”。两项目均为招商引资项目（待引进），记 planned。南昌航空城（规划面积50平方公里）与泰豪VR产业基地兼具园区性质，记 optional 园区",
  "j05"),
 parks=[
  park("南昌航空城", "南昌", "江西", "航空产业城（招商项目）", "南昌航空城项目是江西2022年重点招商引资项目中金额最大的项目", opt=True, note="规划面积50平方公里，“一中心、五基地”；文中作为项目"),
  park("泰豪VR产业基地", None, "江西", "产业基地（招商项目）", "投资金额达80亿元的泰豪VR产业基地项目", opt=True, note="建成后招引VR企业入驻；城市未给"),
 ],
 institutions=[
  inst("江西省发展改革委", "3月28日，江西省发展改革委发布《2022年江西省重点招商引资项目册》", opt=False),
 ],
 projects=[
  proj("南昌航空城项目", "南昌航空城", "南昌航空城项目是江西2022年重点招商引资项目中金额最大的项目，投资金额300亿元", inv="300亿元", status="planned", status_text="重点招商引资项目", note="规划面积50平方公里"),
  proj("泰豪VR产业基地项目", "泰豪VR产业基地", "投资金额达80亿元的泰豪VR产业基地项目，拟建设成为国内最大VR产业基地", inv="80亿元", status="planned", status_text="拟建设成为"),
 ],
 aggregate_facts=[
  fact("2022年江西省重点招商引资项目", "region", "projects_count", 1118, "count", "1118个项目，总投资1.35万亿元！", "2022年3月"),
  fact("2022年江西省重点招商引资项目", "region", "planned_investment_cny", None, "cny", "1118个项目，总投资1.35万亿元！", "2022年3月", note="标题作“超1.35万亿元”"),
  fact("2022年江西省重点招商引资项目（战略性新兴产业）", "region", "projects_count", 355, "count", "战略性新兴产业项目355个", "2022年3月"),
  fact("2022年江西省重点招商引资项目（战略性新兴产业）", "region", "projects_share", 31.75, "percent", "占总项目数31.75%", "2022年3月", kind="ratio"),
  fact("2022年江西省重点招商引资项目（战略性新兴产业）", "region", "projects_over_10bn", 9, "count", "超100亿元项目9个", "2022年3月"),
  fact("2022年江西省重点招商引资项目（战略性新兴产业）", "region", "planned_investment_cny", None, "cny", "投资金额共约6156亿元", "2022年3月", qual="约", qtext="约", note="按占比推定属战略性新兴产业项目"),
  fact("2022年江西省重点招商引资项目（战略性新兴产业）", "region", "investment_share", 45.54, "percent", "占总投资金额45.54%", "2022年3月", kind="ratio"),
  fact("南昌航空城项目", "project", "planned_area_km2", 50, "km2", "该项目规划面积50平方公里", "2022年3月"),
 ])
