# real430 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (lm02 traditional script as published, the rest simplified); names as written;
# 逾/超过/超/以上 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Yuan in investment_cny / *_cny facts
# (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Projects: the park the text places the
# project in, null if none (a county is a region, not a park). Status from the text's words (开工/破土动工 → 开工; 竣工 → 竣工;
# 续建 → 在建; 签约 → 签约; 筹备入园 → planned). “预计” figures are kind target; “今年以来/累计/1-N月” counts cumulative.

# ---------------------------------------------------------------- lm01 湘西州 上海招商推介会 (湖南日报 2022)
XX = "湘西州"
A0 = "11月3日,湘西土家族苗族自治州在上海举行产业园区招商推介会,来自长三角地区的客商聚集一堂,现场签约21个"
A1 = "“沪洽周”期间,湘西州累计签约合作项目22个,总投资147.1亿元"
A2 = "其中,总投资12亿元的泸溪县电子用新型材料项目,在湖南省政府举办的湖南打造内陆地区改革开放高地推介会上现场集中签约"
A3 = "实现省外境内到位资金累计645.18亿元、“三类500强”企业共投资33个项目、实际利用外资累计1410.03万美元"
A4 = "特别是今年前三季度,产业园区规模以上制造业增加值增长10%,酒业、电子信息等10条优势产业链产值增长10%"
G["lm01"] = dict(
 article=art("（无标题）湘西州在上海举行产业园区招商推介会 “沪洽周”签约22个项目总投资147.1亿元", "湖南日报（全媒体记者 莫成 通讯员 杨秀莠），湖南日报数字报 hnrb.voc.com.cn", "2022-11-05", "day",
  "Provincial daily's e-paper, Hunan: an autonomous prefecture's park-investment promotion in Shanghai — signings, one named county project with its amount, cumulative investment attracted since 2017, park manufacturing growth",
  "https://hnrb.voc.com.cn/hnrb_epaper/html/2022-11/05/content_1602407.htm?div=-1",
  "日期取网址 2022-11/05（文中“11月4日讯”“11月3日”）。存段无标题行（title 为编者概括），正文三段，止于整句。文中未点名任何园区（只有“产业园区”泛称），parks 为空。项目：泸溪县电子用新型材料项目（总投资12亿元，现场集中签约→签约；园区未说，park null）。湘西州（湘西土家族苗族自治州）为 region。“2017年以来”到位资金、500强项目、实际利用外资为累计（cumulative）；前三季度“产业园区”制造业增加值增长10%归湘西州产业园区（region）。",
  "lm01"),
 parks=[],
 companies=[],
 institutions=[
  inst("湖南省政府", A2, note="推介会主办方"),
 ],
 projects=[
  proj("泸溪县电子用新型材料项目", None, A2, inv="总投资12亿元", status="签约", status_text="现场集中签约", note="泸溪县（湘西州）；园区未说"),
 ],
 aggregate_facts=[
  fact(XX, "region", "projects_signed", 21, "count", A0, "2022年11月3日（上海推介会现场）"),
  fact(XX, "region", "projects_signed", 22, "count", A1, "2022年“沪洽周”期间"),
  fact(XX, "region", "signed_investment_cny", 1.471e10, "cny", A1, "2022年“沪洽周”期间", chk=True),
  fact(XX, "region", "domestic_capital_in_place_cny", 6.4518e10, "cny", "实现省外境内到位资金累计645.18亿元", "2017年至2022年11月", kind="cumulative", chk=True),
  fact(XX, "region", "top500_projects", 33, "count", A3, "2017年至2022年11月", kind="cumulative", opt=True, note="“三类500强”企业投资项目"),
  fact(XX, "region", "actual_fdi_usd", 1.41003e7, "usd", "实际利用外资累计1410.03万美元", "2017年至2022年11月", kind="cumulative"),
  fact("湘西州产业园区", "region", "manufacturing_value_added_growth", 0.10, "ratio", A4, "2022年前三季度", kind="ratio", note="产业园区规模以上制造业增加值"),
  fact(XX, "region", "priority_chains_output_growth", 0.10, "ratio", A4, "2022年前三季度", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- lm02 中方縣 招商簽約 (香港商報 2024, traditional)
ZF = "中方縣"
LG = "懷化國際陸港中方臨港產業園"
B0 = "會上,中方縣商科工信局、縣產業開發區、縣農業農村局、縣文旅廣體局、縣城發集團分別作了項目推介,現場簽約項目20個,涵蓋工業、農業、文旅、教育等領域,簽約總金額超50億元"
B1 = "包裝了一批有前景、能操作、易成功的招商項目46個,總投資達126億元"
B2 = "1-8月,全縣新簽約產業鏈項目26個,總投資超71.37億元,其中2億元以上重大項目13個,10億元以上重大項目3個,「三類500強」項目4個"
B3 = "進一步加快懷化國際陸港中方臨港產業園建設,強力推進鶴中一體化發展步伐"
G["lm02"] = dict(
 article=art("（無標題）中方縣重點招商引資項目推介及簽約儀式 現場簽約項目20個 簽約總金額超50億元", "香港商報（記者 張思靜 通訊員 梁潔 王子豪），tp.hkcd.com 湖南頻道", "2024-09-07", "day",
  "Hong Kong paper's Hunan channel in traditional script as published: a county's investment-promotion and signing ceremony — signings and amount, projects packaged, year-to-date signings by size, a port-linked industrial park to be sped up",
  "http://tp.hkcd.com/hkcdweb/content/2024/09/07/content_8656116.html",
  "繁体，照原样（香港商报网页原为繁体，非转换稿）。日期取网址 2024/09/07（活动9月6日）。存段无标题行（title 为编者概括），正文四段，末有署名，完整。园区：懷化國際陸港中方臨港產業園（怀化市中方县，湖南；只在“下一步…加快…建設”中出现）；“縣產業開發區”（中方县产业开发区，文中只作此简称，可选）。中方縣为 region。签约20个、超50亿元为仪式现场数；46个包装项目126亿元；1-8月新签约26个、超71.37亿元（cumulative），分档个数可选。縣城發集團列可选公司，县直部门列可选机构。",
  "lm02"),
 parks=[
  park(LG, "怀化", "湖南", "产业园", B3, district="中方县", note="懷化國際陸港的中方臨港產業園"),
  park("縣產業開發區", "怀化", "湖南", "产业开发区", B0, district="中方县", opt=True, note="中方县产业开发区，文中只作简称"),
 ],
 companies=[
  comp("縣城發集團", None, B0, opt=True, note="中方县城发集团，作项目推介"),
 ],
 institutions=[
  inst("中方縣商科工信局", B0),
  inst("縣農業農村局", B0),
  inst("縣文旅廣體局", B0),
 ],
 projects=[],
 aggregate_facts=[
  fact(ZF, "region", "projects_signed", 20, "count", B0, "2024年9月6日（簽約儀式）"),
  fact(ZF, "region", "signed_investment_cny", 5e9, "cny", "現場簽約項目20個,涵蓋工業、農業、文旅、教育等領域,簽約總金額超50億元", "2024年9月6日（簽約儀式）", qual="超", qtext="超", chk=True),
  fact(ZF, "region", "promoted_projects", 46, "count", B1, "2024年（今年以來）", kind="cumulative", note="包裝的招商項目"),
  fact(ZF, "region", "promoted_projects_investment_cny", 1.26e10, "cny", "招商項目46個,總投資達126億元", "2024年（今年以來）", kind="cumulative", chk=True),
  fact(ZF, "region", "projects_signed", 26, "count", B2, "2024年1-8月", kind="cumulative"),
  fact(ZF, "region", "signed_investment_cny", 7.137e9, "cny", "總投資超71.37億元", "2024年1-8月", kind="cumulative", qual="超", qtext="超", chk=True),
  fact(ZF, "region", "projects_signed_over_200m", 13, "count", B2, "2024年1-8月", kind="cumulative", opt=True),
  fact(ZF, "region", "projects_signed_over_1bn", 3, "count", B2, "2024年1-8月", kind="cumulative", opt=True),
  fact(ZF, "region", "top500_projects", 4, "count", B2, "2024年1-8月", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- lm03 娄底经开区 项目建设大比拼 (湖南日报 2019)
LD = "娄底经开区"
C0 = "2月25日,娄底经开区安地亚斯电子陶瓷公司生产火热"
C1 = "据园区负责人介绍,今年以来,园区企业来势喜人,仅1月份进出口额就同比增长113%"
C2 = "去年,园区新发展各类企业427家,高新技术产品产值增长39%,高新技术产业占规模工业增加值的80.7%"
C3 = "以“项目建设大比拼”为统领,娄底经开区瞄准高新技术产业,今年重点谋划50个左右项目"
G["lm03"] = dict(
 article=art("“项目建设大比拼”来势喜人 娄底经开区1月份进出口额同比增长113%", "湖南日报·华声在线（记者 周俊 见习记者 马翔 通讯员 成军），载于 ld.voc.com.cn（华声在线娄底站）", "2019-02-26", "day",
  "Provincial daily relayed on its city channel, Hunan: a national-level zone early in the year — a named firm's January output, the zone's January trade growth, last year's new firms and high-tech shares, this year's planned projects",
  "http://ld.voc.com.cn/view.php?tid-114288-cid-22.html",
  "日期取页面“发布时间:2019-02-26 来源:湖南日报”（文中“2月25日讯”）。标题取正文上方的主题“‘项目建设大比拼’来势喜人”与副题“娄底经开区1月份进出口额同比增长113%”（页面标题行“湖南日报 | 娄底经开区:…”带栏目前缀，删）；“滚动资讯:”、发布时间行、图片文件名已删。正文三段，完整。园区：娄底经开区（娄底经济技术开发区，娄底市，湖南；文中只作简称，级别未说）。公司：安地亚斯电子陶瓷公司（在园区，1月产值1900万元）。事实：1月进出口额增长113%（ratio 1.13）；“去年”新发展企业427家、高新技术产品产值增长39%、高新技术产业占规模工业增加值80.7%（2018年）；“今年重点谋划50个左右项目”（target，约）。",
  "lm03"),
 parks=[
  park(LD, "娄底", "湖南", "经济技术开发区", C0, note="文中又作“园区”"),
 ],
 companies=[
  comp("安地亚斯电子陶瓷公司", LD, C0),
 ],
 projects=[],
 aggregate_facts=[
  fact("安地亚斯电子陶瓷公司", "company", "output_cny", 1.9e7, "cny", "“1月份实现产值1900万元,新的生产线正开足马力运转。”", "2019年1月", chk=True),
  fact(LD, "park", "trade_yoy_growth", 1.13, "ratio", C1, "2019年1月", kind="ratio", note="进出口额"),
  fact(LD, "park", "new_firms", 427, "count", C2, "2018年"),
  fact(LD, "park", "high_tech_output_growth", 0.39, "ratio", C2, "2018年", kind="ratio"),
  fact(LD, "park", "high_tech_value_added_share", 0.807, "ratio", C2, "2018年", kind="ratio"),
  fact(LD, "park", "planned_projects", 50, "count", C3, "2019年（计划）", kind="target", qual="约", qtext="左右"),
 ])

# ---------------------------------------------------------------- lm04 双峰7个重点项目集中开工竣工 (湖南日报 2017)
SF = "双峰县"
D0 = "这次开工、竣工的7个重点项目中,有5个项目竣工,包括职业中专产教融合实训基地、易地扶贫搬迁安置点、贫困村光伏电站、沪昆高速三塘铺收费站改扩建、青树坪镇中心大市场"
D1 = "有2个项目开工,包括梓门桥镇万亩红心脐橙基地黄马州产业园、桑圆门业投资1.24亿元建设的年产50万樘门生产线"
D2 = "1至11月,全县206个重点项目完成投资113亿元,占目标任务的95%,预计全年将完成投资126亿元"
AS4 = "2017年12月8日（集中开工竣工）"
G["lm04"] = dict(
 article=art("双峰7个重点项目集中开工竣工 全县建设再掀高潮", "湖南日报（记者 张福芳 通讯员 王威群），载于湖南民生在线 mshnol.net", "2017-12-10", "day",
  "Provincial daily relayed on a provincial livelihood portal, Hunan: a county's joint start and completion of seven key projects — five named completions, two starts (one a firm's production line with its amount), the county's key-project investment and output",
  "http://www.mshnol.net/a/difang/loudi/2017/1210/57880.html",
  "日期取页面“时间:2017-12-10 22:06来源:湖南日报”（活动12月8日）。标题照录；站名、导航、时间来源行、二维码与点赞栏已删。正文三段，末有署名，完整。园区：文中无工业园区名；“黄马州产业园”是“梓门桥镇万亩红心脐橙基地黄马州产业园”这一农业项目名的一部分，记为项目，不列园区。项目：5个竣工（职业中专产教融合实训基地等，status 竣工），2个开工：梓门桥镇万亩红心脐橙基地黄马州产业园；桑圆门业的年产50万樘门生产线（投资1.24亿元）。项目均 park null（县内）。事实：双峰县 region——前三季度GDP（可选）、1至11月206个重点项目完成投资113亿元（cumulative）、预计全年126亿元（target）、本次开工2个、竣工5个。",
  "lm04"),
 parks=[],
 companies=[
  comp("桑圆门业", None, D1, note="年产50万樘门生产线业主；园区未说"),
 ],
 projects=[
  proj("梓门桥镇万亩红心脐橙基地黄马州产业园", None, D1, status="开工", status_text="开工", note="农业产业园项目"),
  proj("年产50万樘门生产线", None, D1, companies=["桑圆门业"], inv="投资1.24亿元", status="开工", status_text="开工"),
  proj("职业中专产教融合实训基地", None, D0, status="竣工", status_text="竣工"),
  proj("易地扶贫搬迁安置点", None, D0, status="竣工", status_text="竣工", aliases=["2017年度易地扶贫搬迁安置点"]),
  proj("贫困村光伏电站", None, D0, status="竣工", status_text="竣工"),
  proj("沪昆高速三塘铺收费站改扩建", None, D0, status="竣工", status_text="竣工"),
  proj("青树坪镇中心大市场", None, D0, status="竣工", status_text="竣工"),
 ],
 aggregate_facts=[
  fact(SF, "region", "projects_started", 2, "count", D1, AS4),
  fact(SF, "region", "projects_completed", 5, "count", D0, AS4),
  fact(SF, "region", "gdp_cny", 1.5128e10, "cny", "今年前三季度,全县完成地区生产总值151.28亿元,同比增长8.3%", "2017年前三季度", kind="cumulative", opt=True, chk=True),
  fact(SF, "region", "key_projects", 206, "count", D2, "2017年1至11月", opt=True),
  fact(SF, "region", "key_projects_investment_cny", 1.13e10, "cny", D2, "2017年1至11月", kind="cumulative", chk=True),
  fact(SF, "region", "key_projects_investment_cny", 1.26e10, "cny", "预计全年将完成投资126亿元", "2017年全年（预计）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- lm05 道县 园区聚集 (红网 2015)
DZ = "道州工业园"
E0 = "园区新开工满堂红酒业、福光泰电子等8个项目,续建新源服饰、广隆科技等10个项目,园区四大支柱产业增加值占比达75%以上"
E1 = "高新产业加快发展,自去年来先后引进中国三峡新能源、中国风电集团、中国华电集团后、衡阳特变电等4个重大风电项目"
E2 = "下一步,道县将围绕“135”工程,确保实现年内新建标准厂房20万平方米目标,突出道州工业园建设"
E3 = "1-4月,全县规模企业达到56家,新增3家"
E4 = "工业投资完成6.69亿元、增长34.5%,占全部固定资产投资的比重达52.67%"
G["lm05"] = dict(
 article=art("（无标题）道县产业加快向园区聚集 园区新开工8个项目、续建10个项目", "红网（通讯员 蒋祥生 蒋晓国），moment.rednet.cn", "2015-06-26", "day",
  "Provincial portal's county item, Hunan: a county's half-year economic round-up — park projects started and continuing with named firms, pillar-industry share, wind-power investors, industrial investment, plans for its industrial park",
  "http://moment.rednet.cn/rednetcms/news/localNews/20150626/166437.html",
  "日期取网址 20150626（文中“红网道县6月26日讯”）。存段无标题行（title 为编者概括），正文三段，完整。园区：第一段只作“园区”，第三段点名道州工业园（永州市道县，湖南）；“园区”即道州工业园系推定（note）。公司/项目：新开工满堂红酒业、福光泰电子（开工），续建新源服饰、广隆科技（在建）——以企业名作项目名，园区记道州工业园；8个、10个项目为园区计数。风电投资方中国三峡新能源等四家列可选公司（park null）。事实：道县规模企业56家（新增3家，1-4月）；园区四大支柱产业增加值占比“75%以上”（超）；工业投资6.69亿元、增长34.5%、占比52.67%；年内新建标准厂房20万平方米（target）。",
  "lm05"),
 parks=[
  park(DZ, "永州", "湖南", "工业园", E2, district="道县", note="第一段作“园区”（推定同一园区）"),
 ],
 companies=[
  comp("满堂红酒业", DZ, E0, note="园区新开工项目；园区由语境推定"),
  comp("福光泰电子", DZ, E0, note="同上"),
  comp("新源服饰", DZ, E0, note="园区续建项目"),
  comp("广隆科技", DZ, E0, note="园区续建项目"),
  comp("中国三峡新能源", None, E1, opt=True, note="风电项目投资方"),
  comp("中国风电集团", None, E1, opt=True),
  comp("中国华电集团", None, E1, opt=True),
  comp("衡阳特变电", None, E1, opt=True),
 ],
 projects=[
  proj("满堂红酒业", DZ, E0, companies=["满堂红酒业"], status="开工", status_text="新开工", note="以企业名作项目名"),
  proj("福光泰电子", DZ, E0, companies=["福光泰电子"], status="开工", status_text="新开工", note="以企业名作项目名"),
  proj("新源服饰", DZ, E0, companies=["新源服饰"], status="在建", status_text="续建", note="以企业名作项目名"),
  proj("广隆科技", DZ, E0, companies=["广隆科技"], status="在建", status_text="续建", note="以企业名作项目名"),
 ],
 aggregate_facts=[
  fact(DZ, "park", "projects_started", 8, "count", E0, "2015年（今年以来）", kind="cumulative"),
  fact(DZ, "park", "projects_under_construction", 10, "count", E0, "2015年（今年以来）", note="续建"),
  fact(DZ, "park", "pillar_industries_value_added_share", 0.75, "ratio", E0, "2015年", kind="ratio", qual="超", qtext="以上"),
  fact("道县", "region", "above_scale_firms", 56, "count", E3, "2015年1-4月"),
  fact("道县", "region", "above_scale_firms_new", 3, "count", E3, "2015年1-4月", opt=True),
  fact("道县", "region", "wind_projects_introduced", 4, "count", E1, "2014年至2015年6月", kind="cumulative", opt=True),
  fact("道县", "region", "industrial_investment_cny", 6.69e8, "cny", E4, "2015年（今年以来）", kind="cumulative", chk=True),
  fact("道县", "region", "industrial_investment_yoy_growth", 0.345, "ratio", E4, "2015年（今年以来）", kind="ratio"),
  fact("道县", "region", "industrial_investment_share", 0.5267, "ratio", E4, "2015年（今年以来）", kind="ratio", opt=True),
  fact("道县", "region", "standard_factory_target_m2", 2e5, "m2", E2, "2015年（目标）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- lm06 洞口 慧创工业园 (红网 2015)
HC = "洞口慧创工业园"
F0 = "今年来,总投资2.2亿元占地135亩的洞口慧创工业园20栋厂房顺利竣工,预计两年内园区所有工程项目将完工投入使用"
F1 = "今年上半年,全县15个市级重点项目中有14个开工建设,完成投资13.13亿元,占年度投资的52.3%"
F2 = "促成湖南欢欢集团进驻投资兴建湖南洞口湘雅医院;引进湖南中天农业科技公司和湖南体育投资集团投资建设雪峰山养老避暑山庄和洞口文体中心"
G["lm06"] = dict(
 article=art("（无标题）洞口慧创工业园20栋厂房竣工 全县15个市级重点项目14个开工", "红网（财政频道；存段无署名），moment.rednet.cn", "2015-09-15", "day",
  "Provincial portal's county item, Hunan: a county's industrial park with its investment and buildings completed, the county's key projects started and invested, other projects and investors",
  "http://moment.rednet.cn/rednetcms/news/caizheng/20150915/237707.html",
  "日期取网址 20150915。存段无标题行与署名（title 为编者概括），正文三段，完整。园区：洞口慧创工业园（邵阳市洞口县，湖南）——总投资2.2亿元、占地135亩，20栋厂房已竣工，全部工程预计两年内完工：园区本身作为项目记录，status 在建（厂房竣工记 status_alt 竣工）。县内其他项目（思源实验学校一期工程竣工、苏宝顶风电场并网发电）列可选项目，park null；洞口三桥等基础设施不列。投资方湖南欢欢集团等列可选公司。事实：洞口县上半年15个市级重点项目中14个开工、完成投资13.13亿元、占年度投资52.3%。",
  "lm06"),
 parks=[
  park(HC, "邵阳", "湖南", "工业园", F0, district="洞口县"),
 ],
 companies=[
  comp("湖南欢欢集团", None, F2, opt=True, note="投资兴建湖南洞口湘雅医院"),
  comp("湖南中天农业科技公司", None, F2, opt=True),
  comp("湖南体育投资集团", None, F2, opt=True),
  comp("文昌农业", None, "培育了肉食冷冻、文昌农业等一批示范企业", opt=True),
 ],
 projects=[
  proj(HC, HC, F0, inv="总投资2.2亿元", status="在建", status_text="20栋厂房顺利竣工", status_alt="竣工",
       note="园区开发项目；厂房已竣工，全部工程预计两年内完工"),
  proj("思源实验学校一期工程", None, "思源实验学校一期工程圆满竣工,并顺利开学", phase="一期", status="竣工", status_text="圆满竣工", opt=True),
  proj("苏宝顶风电场", None, "苏宝顶风电场并网发电", status="投产", status_text="并网发电", opt=True),
 ],
 aggregate_facts=[
  fact(HC, "park", "area_mu", 135, "mu", F0, "2015年", opt=True),
  fact(HC, "park", "buildings_completed", 20, "count", F0, "2015年（今年来）", kind="cumulative", opt=True, note="厂房"),
  fact("洞口县", "region", "key_projects_started", 14, "count", F1, "2015年上半年"),
  fact("洞口县", "region", "key_projects_investment_cny", 1.313e9, "cny", F1, "2015年上半年", kind="cumulative", chk=True),
  fact("洞口县", "region", "key_projects_investment_share_of_annual", 0.523, "ratio", F1, "2015年上半年", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- lm07 新晃 强力推进工业强县 (新湘评论 2009)
QF = "前锋工业园"
JD = "酒店塘化工小区"
H0 = "前锋工业园地处新晃县鱼市镇前锋村,距县城仅8公里"
H1 = "目前已有浙江慈溪客商投资4500万元年生产1万吨铸件的机械铸造企业,娄底客商投资7000万元新建4台12500KVA冶炼炉的烙铁生产企业,浙江上虞客商投资6000万元年产1.6万吨机械配件的机械制造企业,怀化电力集团新晃电力有限责任公司投资6000万元主变容量为15万千伏安的110KV变电站,以及投资4500万元新建2台12500KVA硅炼炉的新晃县冶炼厂等5家企业正在筹备入园,其中烙铁生产项目已破土动工"
H2 = "酒店塘化工小区是在原新晃汞矿(中兴公司)旧址上建立起来的,规划面积30平方公里"
H3 = "现已有青岛红星(新晃)精细化工有限责任公司、鲁湘钡业化学有限责任公司、新晃新中化工有限责任公司、安圣电池有限责任公司等12家企业入园,年产值达9亿元"
G["lm07"] = dict(
 article=art("强力推进工业强县", "《新湘评论》2009年第09期（中共新晃侗族自治县县委书记 曹成华），载于新湘评论网 cnxxpl.com", "2009", "year",
  "Provincial party journal, signed by a county party secretary, Hunan (怀化): a county's drive to industrialise — its main industrial park with five firms preparing to enter (investors, amounts, one started), a chemical sub-zone with named firms and output",
  "http://www.cnxxpl.com/content/2019/03/13/8672146.html",
  "原刊《新湘评论》2009年第09期（期号据页面来源行；月份不详，published 记 2009 年，精度 year）；网页发布日期 2019-03-13。标题照录；刊名行、作者来源行已删。**截断**：存段在第二段“柏树林食品工业加工小区立足新晃的区位交通和肉牛资源等优势,突”处中断，该残句删去（make_txt.py LINE_SUFFIX），正文止于“…年产值达9亿元。”，共两段。“一园三小区”之一的柏树林食品工业加工小区因此不在正文中。园区：前锋工业园（新晃侗族自治县，怀化市，湖南）；酒店塘化工小区（同县，“一园三小区”之一，与前锋工业园的隶属文中未说，parent 不填）；贵州大龙省级经济开发区只作区位参照，可选。项目（前锋工业园，“5家企业正在筹备入园”→planned）：烙铁生产项目（娄底客商，投资7000万元，“已破土动工”→开工）；110KV变电站（怀化电力集团新晃电力有限责任公司，投资6000万元）；新建2台12500KVA硅炼炉（新晃县冶炼厂，投资4500万元）；客商未具名的机械铸造（4500万元）与机械制造（6000万元）两项可选。项目名取文中短语。酒店塘化工小区：规划面积30平方公里、入园企业12家、年产值9亿元。",
  "lm07"),
 parks=[
  park(QF, "怀化", "湖南", "工业园", H0, district="新晃侗族自治县", note="文中又作“园区”"),
  park(JD, "怀化", "湖南", "化工小区", H2, district="新晃侗族自治县", note="“一园三小区”之一"),
  park("贵州大龙省级经济开发区", "铜仁", "贵州", "经济开发区", "紧临㵲水河、湘黔铁路、沪昆高速公路、320国道、玉铜高等级公路和贵州大龙省级经济开发区", opt=True, note="区位参照"),
 ],
 companies=[
  comp("怀化电力集团新晃电力有限责任公司", QF, H1, note="筹备入园"),
  comp("新晃县冶炼厂", QF, H1, note="筹备入园"),
  comp("青岛红星(新晃)精细化工有限责任公司", JD, H3),
  comp("鲁湘钡业化学有限责任公司", JD, H3),
  comp("新晃新中化工有限责任公司", JD, H3),
  comp("安圣电池有限责任公司", JD, H3),
  comp("新晃汞矿", None, H2, aliases=["中兴公司"], opt=True, note="化工小区所在旧址"),
 ],
 projects=[
  proj("烙铁生产项目", QF, H1, inv="投资7000万元", status="开工", status_text="已破土动工", note="娄底客商；新建4台12500KVA冶炼炉"),
  proj("110KV变电站", QF, H1, companies=["怀化电力集团新晃电力有限责任公司"], inv="投资6000万元主变容量为15万千伏安的110KV变电站", status="planned", status_text="正在筹备入园",
       note="investment_text 取到项目名为止，以与上虞客商的“投资6000万元”区分"),
  proj("新建2台12500KVA硅炼炉", QF, H1, companies=["新晃县冶炼厂"], inv="投资4500万元新建2台12500KVA硅炼炉", status="planned", status_text="正在筹备入园"),
  proj("年生产1万吨铸件的机械铸造企业", QF, H1, inv="投资4500万元年生产1万吨铸件", status="planned", status_text="正在筹备入园", opt=True, note="浙江慈溪客商，企业未具名"),
  proj("年产1.6万吨机械配件的机械制造企业", QF, H1, inv="投资6000万元年产1.6万吨机械配件", status="planned", status_text="正在筹备入园", opt=True, note="浙江上虞客商，企业未具名"),
 ],
 aggregate_facts=[
  fact(QF, "park", "firms_preparing_entry", 5, "count", H1, "2009年"),
  fact(JD, "park", "planned_area_km2", 30, "km2", H2, "2009年", opt=True),
  fact(JD, "park", "firms", 12, "count", H3, "2009年"),
  fact(JD, "park", "annual_output_cny", 9e8, "cny", H3, "2009年", chk=True),
 ])

# ---------------------------------------------------------------- lm08 娄星工业集中区 (红网 2019)
LX = "娄星工业集中区"
K0 = "6月26日下午,瞭望智库主编、研究员徐曼曼一行,来娄星工业集中区调研钢铁产业发展情况和“钢铁小镇”建设情况,并重点参观了湖南利钢金属制品有限公司"
K1 = "引进了湖南利钢、菱瑞酸洗、湖南森钢等三大链头企业"
K2 = "2018年,娄星工业集中区培育和聚集钢铁深加工及配套企业15家,钢铁产业实现总产值126亿元"
G["lm08"] = dict(
 article=art("国家级媒体来娄星工业集中区调研采访", "红网时刻（通讯员 李不言 聂晓晟），红网娄底站 ld.rednet.cn", "2019-06-28", "day",
  "Provincial portal's city station, Hunan: a think-tank visit to a district industrial zone — its anchor steel-processing firms, a planned steel town, 2018 firm count and steel output",
  "https://ld.rednet.cn/m/content/2019/06/28/5622174.html",
  "日期取页面“2019-06-28 10:36:43”（文中“6月27日讯”“6月26日下午”）。标题照录；“立即下载”、时间行、图片文件名、来源作者编辑行与页脚已删。正文四段，完整。园区：娄星工业集中区（娄底市娄星区，湖南）；“高溪钢铁生态小镇”为规划建设中的小镇，列可选园区（parent 娄星工业集中区，推定）。公司：湖南利钢金属制品有限公司（又作“湖南利钢”）、菱瑞酸洗、湖南森钢——园区引进的链头企业；涟钢为邻近钢厂（可选，park null）。机构：瞭望智库（可选）。事实：2018年园区钢铁深加工及配套企业15家、钢铁产业总产值126亿元。",
  "lm08"),
 parks=[
  park(LX, "娄底", "湖南", "工业集中区", K0, district="娄星区"),
  park("高溪钢铁生态小镇", "娄底", "湖南", "产业小镇", "积极规划建设高溪钢铁生态小镇", district="娄星区", parent=LX, opt=True, note="规划建设中；隶属由语境推定"),
 ],
 companies=[
  comp("湖南利钢金属制品有限公司", LX, K0, aliases=["湖南利钢"], note="董事长王巨发；落户娄星工业集中区"),
  comp("菱瑞酸洗", LX, K1),
  comp("湖南森钢", LX, K1),
  comp("涟钢", None, "娄星发展离不开涟钢", opt=True, note="邻近钢厂"),
 ],
 institutions=[
  inst("瞭望智库", K0, kind="media", note="调研方"),
 ],
 projects=[],
 aggregate_facts=[
  fact(LX, "park", "steel_processing_firms", 15, "count", K2, "2018年"),
  fact(LX, "park", "steel_industry_output_cny", 1.26e10, "cny", K2, "2018年", chk=True),
 ])
