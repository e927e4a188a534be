# real341 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52 (real28–real52): evidence verbatim (all six items simplified script as published); names as written in
# the text; 超过/超/以上 → 超, 余/多 → 余, 约/近 → 约. Money: yuan in *_cny facts (first amount of the evidence; chk=True asserts
# it); US dollars in *_usd facts. Growth rates and shares as ratios (47.6% → 0.476). Period figures (“前三季度”, “一季度”,
# “1—10月份”) are kind reported with the period in as_of; year-end stocks (“截至2019年末”) are cumulative counts. A figure for a
# group of parks (“九个经济技术开发区”, “52个工业产业集聚区”, “国家高新区”, “218家国家级经开区”) has the group as subject
# (subject_type region, as real52's 区县合计). A city or district is not a park. Sources are `search` (corpus pages) excerpts
# typed into _raw/pages/obNN.raw as returned.

# ---------------------------------------------------------------- ob01 贵阳市九个开发区 (baogaosu relay, 2014)
G9 = "贵阳市九个经济技术开发区"
A0 = "记者从市商务局获悉,今年前三季度,我市九个经济技术开发区完成工业总产值2134.24亿元,同比增长47.6%"
A1 = "今年,我市制定贵阳国家高新技术产业开发区、贵阳经济技术开发区和白云开发区千亿级开发区推进实施方案和清镇、修文、开阳、息烽开发区百亿级开发区推进实施方案"
AS1 = "2014年1–9月"
G["ob01"] = dict(
 article=art("贵阳市九个开发区工业总产值突破2000亿元", "guiyang.baogaosu.com（“新闻”栏转载；原发媒体与署名存段未示，文中“记者从市商务局获悉”）", "2014-11-03", "day",
  "City-news relay site, Guizhou: the city's nine economic and technological development zones after three quarters — combined industrial output, output of above-scale and high-tech firms, fixed-asset investment by type, funds actually received by type, with growth rates and annual targets; the zones named in the city's 100-billion / 1000-billion plans",
  "http://guiyang.baogaosu.com/xinwen/%E5%BC%80%E5%8F%91%E5%8C%BA%E5%B7%A5%E4%B8%9A%E6%80%BB%E4%BA%A7%E5%80%BC%E7%AA%81%E7%A0%B4/25889062/",
  "日期取页面“03.11.2014  23:05”（日.月.年，即2014年11月3日；文中“今年前三季度”）。标题照录；日期行与“图片来源于网络”已删。正文五段，完整。园区：文中点名的贵阳国家高新技术产业开发区、贵阳经济技术开发区、白云开发区（千亿级推进方案）和“清镇、修文、开阳、息烽开发区”（百亿级推进方案；只有“息烽开发区”完整出现，其余三个名称由并列省略而来，列为可选，名称补全）。九个开发区合计数（工业总产值、规模以上企业及高新技术企业产值、固定资产投资及其构成、招商引资实际到位资金及其构成）subject 记“贵阳市九个经济技术开发区”（region 型合计）。年度目标增速（23%、28%）列可选 target。",
  "ob01"),
 parks=[
  park("贵阳国家高新技术产业开发区", "贵阳", "贵州", "国家级高新技术产业开发区", A1),
  park("贵阳经济技术开发区", "贵阳", "贵州", "经济技术开发区", A1),
  park("白云开发区", "贵阳", "贵州", "开发区", A1, district="白云区"),
  park("息烽开发区", "贵阳", "贵州", "开发区", A1, district="息烽县"),
  park("清镇开发区", "贵阳", "贵州", "开发区", A1, district="清镇市", opt=True, note="文中作“清镇、修文、开阳、息烽开发区”，名称由并列省略补全"),
  park("修文开发区", "贵阳", "贵州", "开发区", A1, district="修文县", opt=True, note="同上"),
  park("开阳开发区", "贵阳", "贵州", "开发区", A1, district="开阳县", opt=True, note="同上"),
 ],
 institutions=[
  inst("市商务局", "记者从市商务局获悉", note="贵阳市商务局（文中简称）"),
 ],
 companies=[], projects=[],
 aggregate_facts=[
  fact(G9, "region", "industrial_output_cny", 2.13424e11, "cny", A0, AS1, chk=True),
  fact(G9, "region", "industrial_output_yoy_growth", 0.476, "ratio", A0, AS1, kind="ratio"),
  fact(G9, "region", "above_scale_industrial_output_cny", 1.9688e11, "cny", "其中,规模以上企业完成工业总产值1968.8亿元,增长51.8%", AS1, chk=True),
  fact(G9, "region", "above_scale_industrial_output_yoy_growth", 0.518, "ratio", "其中,规模以上企业完成工业总产值1968.8亿元,增长51.8%", AS1, kind="ratio", opt=True),
  fact(G9, "region", "high_tech_firms_output_cny", 5.7979e10, "cny", "高新技术企业完成工业总产值579.79亿元,增长59%", AS1, chk=True),
  fact(G9, "region", "high_tech_firms_output_yoy_growth", 0.59, "ratio", "高新技术企业完成工业总产值579.79亿元,增长59%", AS1, kind="ratio", opt=True),
  fact(G9, "region", "fixed_asset_investment_cny", 1.66067e11, "cny", "同时,完成固定资产投资1660.67亿元,增长34.2%,高于28%的年度目标", AS1, chk=True),
  fact(G9, "region", "fixed_asset_investment_yoy_growth", 0.342, "ratio", "同时,完成固定资产投资1660.67亿元,增长34.2%,高于28%的年度目标", AS1, kind="ratio"),
  fact(G9, "region", "industrial_project_investment_cny", 7.1714e10, "cny", "其中,工业项目投资717.14亿元,占43.18%", AS1, opt=True, chk=True),
  fact(G9, "region", "infrastructure_investment_cny", 4.7944e10, "cny", "基础设施投资479.44亿元,占28.87%", AS1, opt=True, chk=True),
  fact(G9, "region", "investment_funds_received_cny", 1.1689e11, "cny", "完成招商引资实际到位资金总额1168.9亿元,增长45.8%,高于28%的年度目标", AS1, chk=True),
  fact(G9, "region", "investment_funds_received_yoy_growth", 0.458, "ratio", "完成招商引资实际到位资金总额1168.9亿元,增长45.8%,高于28%的年度目标", AS1, kind="ratio"),
  fact(G9, "region", "funds_received_industrial_projects_cny", 7.3854e10, "cny", "按投资类别分,工业项目738.54亿元,占63.2%", AS1, opt=True, chk=True),
  fact(G9, "region", "funds_received_service_projects_cny", 2.8697e10, "cny", "服务业项目286.97亿元,占24.6%", AS1, opt=True, chk=True),
  fact(G9, "region", "funds_received_infrastructure_projects_cny", 4.985e9, "cny", "基础设施项目49.85亿元,占4.3%", AS1, opt=True, chk=True),
  fact(G9, "region", "industrial_output_growth_target", 0.23, "ratio", "增速为年度目标(23%)的两倍多", "2014年（年度目标）", kind="target", opt=True),
  fact(G9, "region", "parks", 9, "count", A0, AS1, opt=True),
 ])

# ---------------------------------------------------------------- ob02 青岛 工业产业集聚区 (青岛早报 via d1cm 2013)
QD = "青岛市52个工业产业集聚区"
B0 = "截至9月末,52个工业产业集聚区有规模以上工业企业1686家,占全市规模以上工业企业的34.8%"
B1 = "前三季度,完成工业总产值5723亿元,同比增长9.7%,占全市规模以上工业企业的48.2%"
B2 = "前三季度,7个蓝色产业集聚区共完成工业总产值464亿元,同比增长17.8%"
B3 = "截至9月末,青岛市工业总产值达200亿元以上的产业集聚区9个,分别是开发区的石化、家电电子、汽车及零部件集聚区,胶州的家电电子、机电装备制造集聚区,黄岛区的临港机械装备制造、海洋生物集聚区,城阳的高速列车集聚区和即墨的机械制造集聚区"
AS2 = "2013年1–9月"
G["ob02"] = dict(
 article=art("青岛发布工业产业集聚区建设情况 17个过百亿", "青岛早报，载于 d1cm.com（第一工程机械网“区域经济”栏）", "2013-12-02", "day",
  "Machinery-trade portal relaying a city morning paper, Shandong: the city economy commission's figures for its 52 industrial clusters after three quarters — above-scale firms, output and growth, the blue-economy clusters, the nine clusters over 20 billion named by district, clusters of 10–20 billion, export delivery, profit, the clusters behind ten 100-billion chains",
  "http://news.d1cm.com/2013/12/02/120209480353420.shtml",
  "日期取页面“www.d1cm.com2013/12/02 09:48来源:青岛早报”。标题照录；站点搜索行、栏目路径、热门行、日期来源行与“(责任编辑:Eason)”及其后分享、热线行已删。正文四段，含小标题“百亿集聚区达到17个”，完整。集聚区：文中“工业产业集聚区”是市经信委划定的产业集群统计口径，点名的九个200亿元以上集聚区只以“开发区的石化…集聚区”“胶州的…集聚区”等形式出现，没有完整名称，不单列为园区；“开发区”（青岛经济技术开发区，文中只作“开发区”）列为可选园区。52个集聚区与7个蓝色产业集聚区的合计数 subject 记为该群（region 型合计）。“占全市规模以上工业企业的48.2%”原文如此（指产值占比），照录为 ratio。",
  "ob02"),
 parks=[
  park("开发区", "青岛", "山东", "经济技术开发区", B3, opt=True, note="文中只作“开发区的石化、家电电子、汽车及零部件集聚区”；即青岛经济技术开发区，全称未出现"),
 ],
 institutions=[
  inst("青岛市经信委", "近日,青岛市经信委发布全市工业产业集聚区建设情况"),
 ],
 companies=[], projects=[],
 aggregate_facts=[
  fact(QD, "region", "parks", 52, "count", B0, "2013年9月末", opt=True, note="工业产业集聚区个数"),
  fact(QD, "region", "above_scale_firms", 1686, "count", B0, "2013年9月末"),
  fact(QD, "region", "above_scale_firms_share_of_city", 0.348, "ratio", B0, "2013年9月末", kind="ratio", opt=True),
  fact(QD, "region", "industrial_output_cny", 5.723e11, "cny", B1, AS2, chk=True),
  fact(QD, "region", "industrial_output_yoy_growth", 0.097, "ratio", B1, AS2, kind="ratio"),
  fact(QD, "region", "industrial_output_share_of_city", 0.482, "ratio", B1, AS2, kind="ratio", opt=True),
  fact("青岛市7个蓝色产业集聚区", "region", "industrial_output_cny", 4.64e10, "cny", B2, AS2, chk=True),
  fact("青岛市7个蓝色产业集聚区", "region", "industrial_output_yoy_growth", 0.178, "ratio", B2, AS2, kind="ratio", opt=True),
  fact(QD, "region", "clusters_output_over_20bn", 9, "count", B3, "2013年9月末", opt=True),
  fact(QD, "region", "clusters_output_over_10bn", 17, "count", "百亿集聚区达到17个", "2013年9月末", opt=True),
  fact(QD, "region", "export_delivery_value_yoy_growth", -0.133, "ratio", "前三季度出口交货值同比下降13.3%", AS2, kind="ratio", opt=True),
  fact(QD, "region", "total_profit_cny", 2.53e10, "cny", "集聚区工业企业实现利润总额253亿元,仍实现了同比21.3%的利润增长率", AS2, chk=True),
  fact(QD, "region", "total_profit_yoy_growth", 0.213, "ratio", "集聚区工业企业实现利润总额253亿元,仍实现了同比21.3%的利润增长率", AS2, kind="ratio"),
  fact("青岛市10条千亿级产业链涉及的38个产业集聚区", "region", "industrial_output_cny", 5.2e11, "cny", "10条千亿级产业链涉及的38个产业集聚区,完成工业总产值5200亿元", AS2, opt=True, chk=True),
 ])

# ---------------------------------------------------------------- ob03 郑州 产业集聚区 一季度 (郑州市统计局, via henan.kjzch 2019)
ZZ = "郑州市11个产业集聚区"
C0 = "一季度,全市11个产业集聚区(不含巩义)规划面积888.79平方公里;已建成投产面积297.47平方公里"
C1 = "11个产业集聚区内已入驻企业为21423家,“四上”企业1789家,其中,规模以上企业772家,同比减少86家"
C2 = "经济技术产业集聚区、航空港产业集聚区、白沙产业集聚区完成固定资产投资额居前三名"
C3 = "一季度,产业集聚区四上企业营业收入达到1973.5亿元,同比增长2.8%,利润总额124.5亿元,同比增长12.9%"
C4 = "分集聚区看,航空港产业集聚区达到596.1亿元,经济技术产业集聚区达到535.1亿元,高新技术产业集聚区达到217.4亿元"
AS3 = "2019年一季度"
G["ob03"] = dict(
 article=art("2019年一季度产业集聚区运行质量分析", "郑州市统计局（发布机构），载于 henan.kjzch.com（转载页）", "2019-06-06", "day",
  "City statistics bureau's analysis relayed by a local site, Henan: the city's 11 industrial cluster zones in the first quarter — planned and built area, firms, above-scale firms, new and 100-million projects, the three zones leading fixed-asset investment, revenue and profit of reporting firms, per-mu figures and revenue of three named zones",
  "http://henan.kjzch.com/zhengzhou/2019-06-06/615369.html",
  "日期取页面“发布日期:2019-06-06”（发布机构:郑州市统计局）。标题照录；索引号、主题分类、发布机构、日期等元数据行与重复标题行已删。正文七段（含两行小标题），存段止于“分集聚区看…217.4亿元。”一段，为完整句；原文后文未存。园区：经济技术产业集聚区、航空港产业集聚区、白沙产业集聚区、高新技术产业集聚区（名称照录；均在郑州市）。巩义只在“(不含巩义)”中，不列。11个集聚区合计数 subject 记为该群（region 型合计）。“分集聚区看”的三项金额承上句为“四上企业营业收入”（推定，note 注明）。",
  "ob03"),
 parks=[
  park("经济技术产业集聚区", "郑州", "河南", "产业集聚区", C2, note="位于郑州市东部"),
  park("航空港产业集聚区", "郑州", "河南", "产业集聚区", C2, note="位于郑州市东部"),
  park("白沙产业集聚区", "郑州", "河南", "产业集聚区", C2, note="位于郑州市东部"),
  park("高新技术产业集聚区", "郑州", "河南", "产业集聚区", C4),
 ],
 institutions=[
  inst("郑州市统计局", "2019年一季度产业集聚区运行质量分析", note="发布机构（页面元数据，已删）；证据取标题", opt=True),
 ],
 companies=[], projects=[],
 aggregate_facts=[
  fact(ZZ, "region", "parks", 11, "count", C0, AS3, opt=True),
  fact(ZZ, "region", "planned_area_km2", 888.79, "km2", C0, AS3),
  fact(ZZ, "region", "built_area_km2", 297.47, "km2", C0, AS3, opt=True),
  fact(ZZ, "region", "developed_area_share", 0.335, "ratio", "已开发面积占集聚区规划面积的33.5%", AS3, kind="ratio", opt=True),
  fact(ZZ, "region", "firms", 21423, "count", C1, AS3),
  fact(ZZ, "region", "four_above_firms", 1789, "count", C1, AS3, opt=True),
  fact(ZZ, "region", "above_scale_firms", 772, "count", C1, AS3),
  fact(ZZ, "region", "projects_started", 34, "count", "2019年新开工项目34个,亿元以上新开工项目8个,亿元以上投资项目243个", AS3),
  fact(ZZ, "region", "projects_started_over_100m", 8, "count", "2019年新开工项目34个,亿元以上新开工项目8个,亿元以上投资项目243个", AS3, opt=True),
  fact(ZZ, "region", "projects_over_100m", 243, "count", "亿元以上投资项目243个", AS3, opt=True),
  fact(ZZ, "region", "operating_revenue_cny", 1.9735e11, "cny", C3, AS3, chk=True, note="四上企业"),
  fact(ZZ, "region", "operating_revenue_yoy_growth", 0.028, "ratio", C3, AS3, kind="ratio"),
  fact(ZZ, "region", "total_profit_cny", 1.245e10, "cny", "利润总额124.5亿元,同比增长12.9%", AS3, chk=True),
  fact(ZZ, "region", "total_profit_yoy_growth", 0.129, "ratio", "利润总额124.5亿元,同比增长12.9%", AS3, kind="ratio", opt=True),
  fact(ZZ, "region", "profit_per_mu_cny", 2.8e4, "cny", "产业集聚区内亩均利润达到2.8万元", AS3, opt=True, chk=True),
  fact(ZZ, "region", "revenue_per_mu_cny", 4.423e5, "cny", "亩均收入达到44.23万元", AS3, opt=True, chk=True),
  fact("航空港产业集聚区", "park", "operating_revenue_cny", 5.961e10, "cny", "航空港产业集聚区达到596.1亿元", AS3, chk=True, note="承上句，四上企业营业收入（推定）"),
  fact("经济技术产业集聚区", "park", "operating_revenue_cny", 5.351e10, "cny", "经济技术产业集聚区达到535.1亿元", AS3, chk=True, note="同上"),
  fact("高新技术产业集聚区", "park", "operating_revenue_cny", 2.174e10, "cny", "高新技术产业集聚区达到217.4亿元", AS3, chk=True, note="同上"),
 ])

# ---------------------------------------------------------------- ob04 国家高新区已达114家 (新华网 via qdn.cn 2014)
GX = "国家高新区"
D0 = "2日举行的吉林省通化市国家医药高新区推进大会上"
D1 = "目前国家高新区总数已达114家,2013年实现营业总收入20.3万亿元,其中55家成为“千亿俱乐部”成员"
D2 = "2013年,中国114家国家高新区共实现工业总产值19.7万亿元,实现增加值5.8万亿元"
AS4 = "2013年"
G["ob04"] = dict(
 article=art("中国国家高新区已达114家 2013年总收入20.3万亿", "新华网（记者王昊飞），载于黔东南信息港 qdn.cn", "2014-08-02", "day",
  "Prefecture news portal relaying a Xinhua item: at a promotion meeting of a national pharmaceutical high-tech zone, a vice minister gives the national high-tech zones' 2013 totals — number of zones, revenue, zones over 100 billion, output, value added and shares, tax, exports, patents",
  "http://www.qdn.cn/html/2014/zhywgn_0802/120523.shtml",
  "日期取页面“时间:2014-08-02 16:13:22  来源:新华网”（文中“2日举行的…推进大会”即2014年8月2日）。标题照录；站点导航、投稿热线、时间来源行与“责任编辑…”及其后链接行已删。正文三段，完整，署名“(记者王昊飞)”在文末。园区：吉林省通化市国家医药高新区（名称照录“通化市国家医药高新区”；吉林）。全国国家高新区的总数与合计数 subject 记“国家高新区”（region 型合计）。科技部列可选机构。",
  "ob04"),
 parks=[
  park("通化市国家医药高新区", "通化", "吉林", "国家级高新区（医药）", D0, note="文中作“吉林省通化市国家医药高新区”"),
 ],
 institutions=[
  inst("中国科技部", "中国科技部副部长曹健林介绍", note="只在职务中"),
 ],
 companies=[], projects=[],
 aggregate_facts=[
  fact(GX, "region", "parks", 114, "count", D1, "2014年8月", kind="cumulative"),
  fact(GX, "region", "operating_revenue_cny", 2.03e13, "cny", D1, AS4),
  fact(GX, "region", "parks_revenue_over_100bn", 55, "count", D1, AS4),
  fact(GX, "region", "high_tech_firms_share_of_national", 0.5, "ratio", "国家高新区集聚了全国50%以上高新技术企业", "2014年8月", kind="ratio", qual="超", qtext="以上", opt=True),
  fact(GX, "region", "patents_per_10k_employees", 107, "count", "每万名从业人员拥有发明专利107件", "2014年8月", opt=True),
  fact(GX, "region", "industrial_output_cny", 1.97e13, "cny", D2, AS4),
  fact(GX, "region", "value_added_cny", 5.8e12, "cny", "实现增加值5.8万亿元", AS4),
  fact(GX, "region", "industrial_value_added_share_of_secondary", 0.16, "ratio", "工业增加值占同期全国第二产业增加值比重16%", AS4, kind="ratio", opt=True),
  fact(GX, "region", "exports_share_of_national", 0.169, "ratio", "出口创汇占同期全国外贸出口总额16.9%", AS4, kind="ratio", opt=True),
  fact(GX, "region", "tax_paid_cny", 1.1e12, "cny", "上交税额1.1万亿元", AS4),
  fact(GX, "region", "exports_usd", 3.7e11, "usd", "出口总额3700亿美元", AS4),
 ])

# ---------------------------------------------------------------- ob05 东西湖五园区 (东西湖区政府网站 via hbmif.org, undated)
E0 = "1—10月份,全区五个园区共完成工业总产值491.79亿元"
E1 = "台商产业园实现工业总产值104.62亿元,同比增长20%"
E2 = "海峡产业园方面,实际完成规模以上总产值48.5亿元,同比增长25%"
E3 = "临空产业园完成规模以上工业总产值28.07亿元,同比增长26.1%"
E4 = "保税物流园完成工业总产值9.6亿元"
AS5 = "当年1–10月（年份存段未示）"
G["ob05"] = dict(
 article=art("东西湖五园区1—10月份工业总产值达491.79亿元", "东西湖区政府网站（“来源:东西湖区政府网站”），载于 hbmif.org（行业新闻栏）", None, "unknown",
  "Trade-association site relaying a district government item, Hubei (武汉 东西湖区): a district work meeting hears its five parks' reports — combined output of the five parks through October, the food-industry firms, and output and growth of four named parks",
  "http://www.hbmif.org/news/1335.html",
  "存段无日期：文中只有“12月1号,东西湖区政府务虚会召开”，年份不详（published 记 null，precision unknown；见 SOURCES.md 的 limits）。标题照录；“行业新闻 资讯详情 浏览量 【摘要】:”、来源行“(来源:东西湖区政府网站)”及上下篇链接已删。正文六段，完整。园区：台商产业园、海峡产业园、临空产业园、保税物流园（名称照录，均在武汉市东西湖区；第五个园区文中未点名）；“常青花园”为居住区，不列。东西湖区为区，不是园区。五园区合计数 subject 记“东西湖区五个园区”（region 型合计）；39家规上食品工业企业的产值为全区口径，列可选。",
  "ob05"),
 parks=[
  park("台商产业园", "武汉", "湖北", "产业园", E1, district="东西湖区"),
  park("海峡产业园", "武汉", "湖北", "产业园", E2, district="东西湖区"),
  park("临空产业园", "武汉", "湖北", "产业园", E3, district="东西湖区"),
  park("保税物流园", "武汉", "湖北", "物流园", E4, district="东西湖区"),
 ],
 institutions=[],
 companies=[], projects=[],
 aggregate_facts=[
  fact("东西湖区五个园区", "region", "industrial_output_cny", 4.9179e10, "cny", E0, AS5, chk=True),
  fact("东西湖区", "region", "food_industry_output_cny", 3.01e10, "cny", "全区39家规模以上食品工业企业完成产值301亿元,同比增长31.9%", AS5, opt=True, chk=True),
  fact("台商产业园", "park", "industrial_output_cny", 1.0462e10, "cny", E1, AS5, chk=True),
  fact("台商产业园", "park", "industrial_output_yoy_growth", 0.20, "ratio", E1, AS5, kind="ratio"),
  fact("海峡产业园", "park", "above_scale_industrial_output_cny", 4.85e9, "cny", E2, AS5, chk=True),
  fact("海峡产业园", "park", "above_scale_industrial_output_yoy_growth", 0.25, "ratio", E2, AS5, kind="ratio"),
  fact("临空产业园", "park", "above_scale_industrial_output_cny", 2.807e9, "cny", E3, AS5, chk=True),
  fact("临空产业园", "park", "above_scale_industrial_output_yoy_growth", 0.261, "ratio", E3, AS5, kind="ratio"),
  fact("保税物流园", "park", "industrial_output_cny", 9.6e8, "cny", E4, AS5, chk=True),
 ])

# ---------------------------------------------------------------- ob06 国家级经开区 2019 figures (relay via zjkdjmqid, 2021)
NE = "218家国家级经开区"
F0 = "2019年,218家国家级经开区实现地区生产总值10.5万亿元,较上年增长10.3%"
F1 = "2019年,218家国家级经开区实现进出口总额6.4万亿元,同比增长4%"
F2 = "北京经开区、江宁经开区等大力打造科技创新平台,高新技术企业分别达到1144家和675家"
AS6 = "2019年"
G["ob06"] = dict(
 article=art("（无标题）商务部发布2020年国家级经开区综合发展水平考核评价结果", "zjkdjmqid.com（“关注”栏转载，站点页脚为博彩类广告；记者王俊岭，原发媒体存段未示）", "2021-01", "month",
  "Relay of a national newspaper item on a commerce-ministry briefing: the 218 national economic and technological development zones' 2019 totals (GDP, trade, foreign investment, high-tech firms, incubators, patents, shares of host cities) and two named zones' counts of high-tech firms",
  "http://www.zjkdjmqid.com/news/guanzhu/25861.html",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“1月27日,商务部举行专题发布会”介绍2020年考核评价（2019年数据），推定为2021年1月（month）。存段首行即正文；末段后的上下篇链接与站点声明行已删。正文五段，完整，署名“(记者王俊岭)”在文末。页面所在站点有博彩广告字样（“头头体育电子竞技俱乐部”，只在已删的声明行中），正文未见篡改。园区：北京经开区、江宁经开区（名称照录；高新技术企业1144家、675家）。“苏州、广州、天津、北京等地经开区”不作园区名称，不列。218家合计数 subject 记“218家国家级经开区”（region 型合计）。商务部列可选机构。",
  "ob06"),
 parks=[
  park("北京经开区", "北京", "北京", "国家级经济技术开发区", F2),
  park("江宁经开区", "南京", "江苏", "国家级经济技术开发区", F2, district="江宁区"),
 ],
 institutions=[
  inst("商务部", "1月27日,商务部举行专题发布会"),
 ],
 companies=[], projects=[],
 aggregate_facts=[
  fact(NE, "region", "gdp_cny", 1.05e13, "cny", F0, AS6),
  fact(NE, "region", "gdp_yoy_growth", 0.103, "ratio", F0, AS6, kind="ratio"),
  fact(NE, "region", "gdp_share_of_national", 0.106, "ratio", "占国内生产总值比重10.6%", AS6, kind="ratio", opt=True),
  fact(NE, "region", "imports_exports_cny", 6.4e12, "cny", F1, AS6),
  fact(NE, "region", "imports_exports_yoy_growth", 0.04, "ratio", F1, AS6, kind="ratio"),
  fact(NE, "region", "imports_exports_share_of_national", 0.202, "ratio", "占全国进出口总额比重为20.2%", AS6, kind="ratio", opt=True),
  fact(NE, "region", "actual_fdi_usd", 5.476e10, "usd", "实际使用外资和外商投资企业再投资547.6亿美元,同比增长3.7%", AS6, note="含外商投资企业再投资"),
  fact(NE, "region", "actual_fdi_yoy_growth", 0.037, "ratio", "实际使用外资和外商投资企业再投资547.6亿美元,同比增长3.7%", AS6, kind="ratio", opt=True),
  fact("国家级经开区", "region", "high_tech_firms", 31000, "count", "截至2019年末,国家级经开区拥有高新技术企业3.1万家,较上年末增长39%", "2019年末", kind="cumulative"),
  fact("国家级经开区", "region", "high_tech_firms_yoy_growth", 0.39, "ratio", "截至2019年末,国家级经开区拥有高新技术企业3.1万家,较上年末增长39%", "2019年末", kind="ratio", opt=True),
  fact("国家级经开区", "region", "incubators", 478, "count", "拥有国家级孵化器和众创空间478家,增长6.2%", "2019年末", kind="cumulative", opt=True),
  fact("北京经开区", "park", "high_tech_firms", 1144, "count", F2, "2019年末", kind="cumulative"),
  fact("江宁经开区", "park", "high_tech_firms", 675, "count", F2, "2019年末", kind="cumulative"),
  fact(NE, "region", "gdp_share_of_host_cities", 0.141, "ratio", "218家国家级经开区地区生产总值占所在地级市比重为14.1%", AS6, kind="ratio", opt=True),
  fact(NE, "region", "tax_share_of_host_cities", 0.157, "ratio", "税收收入占所在地级市比重为15.7%", AS6, kind="ratio", opt=True),
 ])
