# real167 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none. Status from the text's words (开工 → 开工; 建成并投产 / 投产 → 投产;
# 招商推介 / 将落户 → planned). Half-year figures (“今年上半年”) are reported with as_of naming the half; “十二五”末 goals are
# kind target. Companies the text names without placing them in a park have park null and are optional. Sources are
# `search` (corpus pages) excerpts typed into _raw/pages/vjNN.raw as returned.

# ---------------------------------------------------------------- vj01 昆明经开区 产业造城 (中国起重机械网 2011)
KM = "昆明经济技术开发区"
A0 = "昆明经济技术开发区在新的历史机遇期及时调整功能定位,由单纯建设工业园区变为全面建设科技生态工业新城"
A1 = "以信息产业基地、光电子产业基地、昆明出口加工区、大冲机械装备产业园、清水生物医药产业园、王家营现代物流园、牛街庄鸣泉起步区7个产业基地为主干的产业园区已成型"
A2 = "今年上半年,昆明经开区共引入市外内资76.2亿元、外资1.45亿美元"
A3 = "11个亿元以上工业项目开工,4个亿元以上工业项目竣工"
A4 = "全区规模以上企业实现营业总收入310亿元,同比增长40.65%"
A5 = "装备制造业、烟草及配套产业、食品饮料业等主导产业占工业增加值的比重达到80%以上"
A6 = "今年上半年,完成城镇固定资产投资62.18亿元,同比增47.4%"
AS1 = "2011年上半年"
G["vj01"] = dict(
 article=art("昆明经济技术开发区调整功能定位 实施“产业造城”", "中国起重机械网（m.chinacrane.net，“园区新闻”栏；原出处未注明）", "2011-07-22", "day",
  "Industry trade portal relaying a park item, Yunnan: a national economic-technological development zone re-positions itself as a 'science-eco industrial new city' — its seven sub-bases, half-year capital inflow, projects started and completed, revenue and growth, leading-industry share, ranking, urban fixed-asset investment",
  "http://m.chinacrane.net/news/201107/22/39385.html",
  "日期取页面“2011-07-22  来源:中国起重机械网”。栏目词“园区新闻”与日期来源行已删。**截断**：摘录止于“生态建设方面,以宝象河、马料河、洛龙河等为重点的”，该半句已删（LINE_SUFFIX），正文止于“初级卫生保健覆盖率达100%;”。园区：昆明经济技术开发区（文中又作“昆明经开区”）；其下七个“产业基地”作子园区：昆明出口加工区、大冲机械装备产业园、清水生物医药产业园、王家营现代物流园为必选，信息产业基地、光电子产业基地（名称泛）与牛街庄鸣泉起步区为可选。文中无具名企业或项目。事实均为2011年上半年：市外内资76.2亿元、外资1.45亿美元、亿元以上工业项目开工11个/竣工4个、规上企业营业总收入310亿元及增速40.65%、主导产业占工业增加值比重80%以上（超）、城镇固定资产投资62.18亿元及增速47.4%；西部国家级经开区排名第5、失业率3.5%以内为可选。",
  "vj01"),
 parks=[
  park(KM, "昆明", "云南", "经济技术开发区", A0, aliases=["昆明经开区"], note="国家级（文中“西部国家级经开区第5位”）"),
  park("昆明出口加工区", "昆明", "云南", "出口加工区", A1, parent=KM),
  park("大冲机械装备产业园", "昆明", "云南", "产业园", A1, parent=KM),
  park("清水生物医药产业园", "昆明", "云南", "产业园", A1, parent=KM),
  park("王家营现代物流园", "昆明", "云南", "物流园", A1, parent=KM),
  park("信息产业基地", "昆明", "云南", "产业基地", A1, parent=KM, opt=True, note="名称泛"),
  park("光电子产业基地", "昆明", "云南", "产业基地", A1, parent=KM, opt=True, note="名称泛"),
  park("牛街庄鸣泉起步区", "昆明", "云南", "起步区", A1, parent=KM, opt=True),
 ],
 aggregate_facts=[
  fact(KM, "park", "domestic_capital_from_outside_city_cny", 7.62e9, "cny", "昆明经开区共引入市外内资76.2亿元", AS1, chk=True),
  fact(KM, "park", "foreign_capital_usd", 1.45e8, "usd", "外资1.45亿美元", AS1),
  fact(KM, "park", "projects_started", 11, "count", A3, AS1, note="亿元以上工业项目"),
  fact(KM, "park", "projects_completed", 4, "count", A3, AS1, note="亿元以上工业项目竣工"),
  fact(KM, "park", "revenue_cny", 3.1e10, "cny", A4, AS1, chk=True, note="规模以上企业营业总收入"),
  fact(KM, "park", "revenue_yoy_growth", 0.4065, "ratio", A4, AS1, kind="ratio"),
  fact(KM, "park", "leading_industries_share_of_value_added", 0.80, "ratio", A5, AS1, kind="ratio", qual="超", qtext="以上"),
  fact(KM, "park", "urban_fixed_asset_investment_cny", 6.218e9, "cny", A6, AS1, chk=True, note="城镇固定资产投资"),
  fact(KM, "park", "urban_fixed_asset_investment_yoy_growth", 0.474, "ratio", A6, AS1, kind="ratio"),
  fact(KM, "park", "rank_western_national_etdz", 5, "rank", "居西部国家级经开区第5位", "2011年（商务部最新资料）", opt=True),
  fact(KM, "park", "registered_unemployment_rate", 0.035, "ratio", "全区城镇登记失业率有效控制在3.5%以内", AS1, kind="ratio", opt=True, note="上限（以内）"),
 ])

# ---------------------------------------------------------------- vj02 西秀工业园区 (安顺日报 2011, 续版)
XX = "西秀工业园区"
B0 = "西秀工业园区,为西秀区乃至全市经济的发展注入新的活力"
B1 = "在工业发展的同时,园区也在不断扩容,葡华欧洲城、新天地、家运天城……市民对这一个个项目可谓是耳熟能详"
B2 = "仅2010年园区(新区)完成固定资产投资11.5亿元,工业总产值29.1亿元,工业增加值5.8亿元,分别占西秀区的30﹪、24﹪、20﹪"
B3 = "今年上半年已完成固定资产投资9亿元,工业总产值16.2亿元,工业增加值3.3亿元"
B4 = "“‘十二五’末,实现园区面积扩展达到100平方公里;入驻企业达到100家;生产总值达到100亿,各项指标均比‘十一五’期间增长25%。”西秀工业园区早就确定了这样的发展方向"
ASX = "“十二五”末（目标）"
G["vj02"] = dict(
 article=art("（西秀工业园区：筑巢、引凤、生产 —— 安顺日报2011-07-21续版部分）", "安顺日报（asrbs.net 电子版；续版，记者署名不在摘录中）", "2011-07-21", "day",
  "City daily feature (continued page), Guizhou: a district industrial park — its leading industries, projects moving in, 2010 and first-half-2011 fixed-asset investment, output and value added with shares of the district, and its 'three hundreds' goals for the end of the 12th Five-Year Plan",
  "http://asrbs.net/site1/asrb/html/2011-07/21/content_478545.htm",
  "日期取自URL（2011-07/21）。所存摘录为从第1版转来的续文，无标题行，开头的转版标记“(上接1版)”已删（LINE_PREFIX），正文以半句引语“园区已基本形成…”开始；原文为一整行（段落间以空格相连），未拆分。**截断**：末句“5月17日,西秀区开展“项目推进月”活动…包揽工程项目等久”未完，整句删去（LINE_SUFFIX；其中点名的惠烽炉具、龙腾旅游、丰达塑料因此不在文本中），正文止于“…尽快收益。”。标题为本集所拟概括，非原题。园区：西秀工业园区（安顺市西秀区，贵州；文中“园区(新区)”指该园区）；“西秀孵化园区”只见于路牌，列为可选。项目：葡华欧洲城、新天地、家运天城（园区扩容中的项目，无状态、无金额，可选）。事实：2010年固定资产投资11.5亿元、工业总产值29.1亿元、工业增加值5.8亿元，占西秀区比重30%、24%、20%（可选）；2011年上半年9亿元、16.2亿元、3.3亿元；“十二五”末目标面积100平方公里、入驻企业100家（target）、生产总值“100亿”（原文无“元”，可选）。",
  "vj02", title_note="摘录无标题；此为概括"),
 parks=[
  park(XX, "安顺", "贵州", "工业园区", B0, district="西秀区"),
  park("西秀孵化园区", "安顺", "贵州", "孵化园区", "右边立有西秀工业园区、西秀孵化园区、工业园区大道三块红底白字的牌子", district="西秀区", opt=True, note="只见于路牌"),
 ],
 projects=[
  proj("葡华欧洲城", XX, B1, opt=True, note="园区扩容中的项目；无状态、无金额"),
  proj("新天地", XX, B1, opt=True, note="同上"),
  proj("家运天城", XX, B1, opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact(XX, "park", "fixed_asset_investment_cny", 1.15e9, "cny", "仅2010年园区(新区)完成固定资产投资11.5亿元", "2010年", chk=True),
  fact(XX, "park", "industrial_output_cny", 2.91e9, "cny", "工业总产值29.1亿元", "2010年", chk=True),
  fact(XX, "park", "industrial_value_added_cny", 5.8e8, "cny", "工业增加值5.8亿元", "2010年", chk=True),
  fact(XX, "park", "fixed_asset_investment_share_of_district", 0.30, "ratio", B2, "2010年", kind="ratio", opt=True),
  fact(XX, "park", "industrial_output_share_of_district", 0.24, "ratio", B2, "2010年", kind="ratio", opt=True),
  fact(XX, "park", "industrial_value_added_share_of_district", 0.20, "ratio", B2, "2010年", kind="ratio", opt=True),
  fact(XX, "park", "fixed_asset_investment_cny", 9e8, "cny", "今年上半年已完成固定资产投资9亿元", "2011年上半年", chk=True),
  fact(XX, "park", "industrial_output_cny", 1.62e9, "cny", "工业总产值16.2亿元", "2011年上半年", chk=True),
  fact(XX, "park", "industrial_value_added_cny", 3.3e8, "cny", "工业增加值3.3亿元", "2011年上半年", chk=True),
  fact(XX, "park", "planned_area_km2", 100, "km2", B4, ASX, kind="target"),
  fact(XX, "park", "firms_entered", 100, "count", B4, ASX, kind="target"),
  fact(XX, "park", "gross_product", 1e10, "cny", B4, ASX, kind="target", opt=True, note="原文“100亿”无“元”"),
 ])

# ---------------------------------------------------------------- vj03 云南24个园区工业产值超百亿 (baogaosu 2015)
YN = "云南省"
C0 = "截至目前,全省已建各类园区126个,覆盖全部16州市,工业总产值超过百亿元的已达24个"
C1 = "126个工业园区中,省级及以上共有70个"
C2 = "目前,安宁工业园、昆明高新区等7个园区已被认定为国家级新型工业产业示范基地"
C3 = "昆明高新区、昆明经开区主营业务收入突破1000亿元"
C4 = "曲靖经开区、红塔工业区、安宁工业园突破500亿元"
C5 = "力帆集团、南磷集团、高深橡胶等入围2014中国名营企业500强"
C6 = "昆明中铁大型铁路养护机械占全国80%以上市场份额"
C7 = "南天集团PR系列专用存折打印机居国内市场份额第一"
C8 = "昆船物流装备、西仪公司轻微型汽车发动机连杆国内市场占有率居第一"
AS3 = "2014年"
G["vj03"] = dict(
 article=art("云南24个园区工业产值超百亿", "kunming.baogaosu.com（聚合站转载；原出处未注明，据省工信委）", "2015-05-20", "day",
  "News aggregator relaying a provincial round-up, Yunnan: the province's industrial parks — number of parks, provincial-level parks, parks above 10 billion yuan output, national demonstration bases, five named zones with main-business revenue thresholds, and leading firms",
  "http://kunming.baogaosu.com/xinwen/%E4%B8%AA%E5%9B%AD%E5%8C%BA%E5%B7%A5%E4%B8%9A%E4%BA%A7%E5%80%BC%E8%B6%85%E7%99%BE%E4%BA%BF/33162744/",
  "日期取页面“20.05.2015  13:13”（日.月.年）。日期行与图片说明“玉溪红塔集团生产车间。”已删。**截断**：摘录止于“三是工业园”，所在句“陈云生指出,…三是工业园”已删（LINE_SUFFIX），正文止于“…存在许多问题和不足。””（原文引号不配对，照录）。园区：安宁工业园、昆明高新区、昆明经开区（昆明）、曲靖经开区（曲靖）、红塔工业区（玉溪红塔区），名称照录。事实：全省园区126个、省级及以上70个、工业总产值超百亿园区24个（截至2014年底）、7个国家级新型工业产业示范基地；昆明高新区、昆明经开区主营业务收入“突破1000亿元”，曲靖经开区、红塔工业区、安宁工业园“突破500亿元”（超；2014年）。企业：力帆集团、南磷集团、高深橡胶、昆明中铁、南天集团、昆船物流装备、西仪公司，文中未置于任何园区（park null，可选）。州市工业增加值、规上企业户数为可选。",
  "vj03"),
 parks=[
  park("安宁工业园", "昆明", "云南", "工业园区", C2, district="安宁市"),
  park("昆明高新区", "昆明", "云南", "高新区", C3),
  park("昆明经开区", "昆明", "云南", "经济技术开发区", C3),
  park("曲靖经开区", "曲靖", "云南", "经济技术开发区", C4),
  park("红塔工业区", "玉溪", "云南", "工业园区", C4, district="红塔区"),
 ],
 companies=[
  comp("力帆集团", None, C5, opt=True, note="文中未置于园区"),
  comp("南磷集团", None, C5, opt=True, note="同上"),
  comp("高深橡胶", None, C5, opt=True, note="同上"),
  comp("昆明中铁", None, C6, opt=True, note="同上（昆明中铁大型铁路养护机械）"),
  comp("南天集团", None, C7, opt=True, note="同上"),
  comp("昆船物流装备", None, C8, opt=True, note="同上"),
  comp("西仪公司", None, C8, opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact(YN, "region", "park_count", 126, "count", C0, "2015年5月（截至目前）", kind="cumulative", note="各类园区"),
  fact(YN, "region", "parks_output_over_10bn", 24, "count", "截至2014年底,工业总产值超过100亿元的园区已达24个", "2014年末"),
  fact(YN, "region", "provincial_or_higher_park_count", 70, "count", C1, "2015年5月"),
  fact(YN, "region", "national_new_industrialization_demo_bases", 7, "count", C2, "2015年5月"),
  fact("昆明高新区", "park", "main_business_revenue_cny", 1e11, "cny", C3, AS3, qual="超", qtext="突破", chk=True),
  fact("昆明经开区", "park", "main_business_revenue_cny", 1e11, "cny", C3, AS3, qual="超", qtext="突破", chk=True),
  fact("曲靖经开区", "park", "main_business_revenue_cny", 5e10, "cny", C4, AS3, qual="超", qtext="突破", chk=True),
  fact("红塔工业区", "park", "main_business_revenue_cny", 5e10, "cny", C4, AS3, qual="超", qtext="突破", chk=True),
  fact("安宁工业园", "park", "main_business_revenue_cny", 5e10, "cny", C4, AS3, qual="超", qtext="突破", chk=True),
  fact(YN, "region", "above_scale_industrial_firms", 3571, "count", "全省规模以上工业企业达到3571户", "2014年末", opt=True),
  fact(YN, "region", "prefectures_value_added_over_10bn", 10, "count", "工业增加值超过百亿元的有昆明、曲靖、玉溪、红河、大理、楚雄、昭通、文山、临沧、保山10个", AS3, opt=True),
 ])

# ---------------------------------------------------------------- vj04 凯里经济开发区 (黔东南信息港 2014)
KL = "凯里经济开发区"
D0 = "本网讯 凯里经济开发区在推进凯麻同城化建设中"
D1 = "眼下在该区港深科技园、电子信息产业园与江佑产业园之间,每天都可见到上百台机械的场平施工场景,计划在明年2月底前,把这3个园区与民族医药产业园连成一体"
D2 = "在现有西蒙斯电梯、贵龙客车、华宇玻璃等企业的基础上,把港深科技园建设成为新材料装备制造产业园,目前已入驻企业15家"
D3 = "电子信息产业园已入驻企业21家,其中5家已建成投产"
D4 = "民族医药产业园已入驻企业13家,其中投产3家"
D5 = "该区扶持贵州黄帝车辆净化器有限公司建设二期工程及检测中心"
D6 = "扶持贵州中泰生物科技有限公司升级改造"
D7 = "扶持贵州中昊电子有限公司搬迁进入电子信息产业园区,使该公司新建项目一期年产值达2亿元以上"
D8 = "对建设标准低、规模小、产能低下的正旭玻璃、华宇玻璃等10余家企业,采取用地、补助、奖励等扶持措施,实施异地搬迁扩能技改"
GS = "港深科技园"
AS4 = "2014年12月"
G["vj04"] = dict(
 article=art("（凯里经济开发区推进产业转型升级）", "黔东南信息港（www.qdn.cn，“凯里经济开发区”栏，本网讯；署名不在摘录中）", "2014-12-25", "day",
  "Prefecture news portal, Guizhou: a provincial economic development zone joins its sub-parks into one, with firms entered and in production per sub-park, named firms supported in upgrading or relocation",
  "http://www.qdn.cn/html/2014/kljjkfq_1225/127077.shtml",
  "日期取自URL（2014/…_1225）。摘录无标题行，标题为本集所拟概括。**截断**：摘录止于“综合竞”，所在句“目前,全区涌现出2家上市企业…综合竞”已删（LINE_SUFFIX），正文止于“…促进产业结构调整和优化升级。”。园区：凯里经济开发区（黔东南州凯里市，贵州）；区内港深科技园、江佑产业园（必选）、电子信息产业园、民族医药产业园（名称泛，可选）；“新材料装备制造产业园”为港深科技园的建设方向，可选。企业：西蒙斯电梯、贵龙客车、华宇玻璃（文中作港深科技园的现有企业）；贵州黄帝车辆净化器有限公司、贵州中泰生物科技有限公司（凯里经济开发区扶持）；贵州中昊电子有限公司（搬迁进入区内电子信息产业园区，园区记为凯里经济开发区）；正旭玻璃（异地搬迁对象，可选）。项目：黄帝车辆净化器二期工程及检测中心、中昊电子新建项目一期（无状态、无投资额，可选）。事实：港深科技园入驻企业15家；电子信息产业园入驻21家、投产5家；民族医药产业园入驻13家、投产3家；中昊电子新建项目一期年产值2亿元以上（可选）。",
  "vj04", title_note="摘录无标题；此为概括"),
 parks=[
  park(KL, "黔东南", "贵州", "经济开发区", D0, district="凯里市", note="省级（文中未注级别）"),
  park(GS, "黔东南", "贵州", "科技园", D1, district="凯里市", parent=KL),
  park("江佑产业园", "黔东南", "贵州", "产业园", D1, district="凯里市", parent=KL),
  park("电子信息产业园", "黔东南", "贵州", "产业园", D1, district="凯里市", parent=KL, opt=True, note="名称泛"),
  park("民族医药产业园", "黔东南", "贵州", "产业园", D1, district="凯里市", parent=KL, opt=True, note="名称泛"),
  park("新材料装备制造产业园", "黔东南", "贵州", "产业园", D2, district="凯里市", parent=KL, opt=True, note="港深科技园的建设方向"),
 ],
 companies=[
  comp("西蒙斯电梯", GS, D2),
  comp("贵龙客车", GS, D2),
  comp("华宇玻璃", GS, D2, note="又见于异地搬迁扩能技改的企业"),
  comp("贵州黄帝车辆净化器有限公司", KL, D5),
  comp("贵州中泰生物科技有限公司", KL, D6),
  comp("贵州中昊电子有限公司", KL, D7, note="搬迁进入区内电子信息产业园区"),
  comp("正旭玻璃", KL, D8, opt=True, note="异地搬迁扩能技改对象"),
 ],
 projects=[
  proj("贵州黄帝车辆净化器有限公司二期工程及检测中心", KL, D5, companies=["贵州黄帝车辆净化器有限公司"], phase="二期", opt=True, note="文中为“建设二期工程及检测中心”，无状态、无金额"),
  proj("贵州中昊电子有限公司新建项目一期", KL, D7, companies=["贵州中昊电子有限公司"], phase="一期", opt=True, note="搬迁新建；2亿元以上为年产值，不是投资额"),
 ],
 aggregate_facts=[
  fact(GS, "park", "firms_entered", 15, "count", D2, AS4),
  fact("电子信息产业园", "park", "firms_entered", 21, "count", D3, AS4),
  fact("电子信息产业园", "park", "firms_in_production", 5, "count", D3, AS4),
  fact("民族医药产业园", "park", "firms_entered", 13, "count", D4, AS4),
  fact("民族医药产业园", "park", "firms_in_production", 3, "count", D4, AS4),
  fact("贵州中昊电子有限公司", "company", "expected_annual_output_cny", 2e8, "cny", "使该公司新建项目一期年产值达2亿元以上", "新建项目一期（预期）", kind="target", qual="超", qtext="以上", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- vj05 贵安新区71个招商引资项目 (工业园网 2013)
GA = "贵安新区"
E0 = "贵安新区71个招商项目近日被省投资促进局列入2013年全省招商引资重点推介项目"
E1 = "白岩坡城市湿地、凯掌城市湿地、马场河城市湿地3个项目位于马场镇,估算总投资分别约为1.8亿元、1.7亿元和2亿元"
E2 = "湖潮城市湿地、长坡城市湿地则位于湖潮乡,分别估算总投资约1.8亿元和1.7亿元"
E3 = "同时,贵州大剧院、省博物馆、省工人文化宫、省科技馆、省美术馆和贵州文化之窗等一批文化项目也将落户贵安新区"
E4 = "新打造的5大城市公园也名列招商引资榜前20位"
G["vj05"] = dict(
 article=art("贵安新区71个招商引资项目获全省重点推介", "工业园网（gz.cnipai.com，用户上传；原出处未注明）", "2013-10-18", "day",
  "Park-directory portal relaying a local item, Guizhou: a state-level new area's 71 projects listed for provincial investment promotion — five wetland projects with estimated investment, five city parks and cultural venues to be located there",
  "https://gz.cnipai.com/news/detail/40068.html",
  "日期取页面“2013 / 10/18 / 14:42”。站名“贵州切换”“新闻”、日期行与免责声明、举报行已删。正文完整。园区：贵安新区（国家级新区，跨贵阳、安顺，city 留空）。项目（均为招商推介项目 → planned）：白岩坡城市湿地（约1.8亿元）、凯掌城市湿地（约1.7亿元）、马场河城市湿地（约2亿元）、湖潮城市湿地（约1.8亿元）、长坡城市湿地（约1.7亿元），“估算总投资…约”→约；五大城市公园（青龙坡植物园、九峰山公园、羊艾公园、兰亭(池菇塘)公园、月亮湖城市公园）与贵州大剧院等文化项目无金额，可选。事实：贵安新区列入重点推介的招商项目71个。省投资促进局为可选机构。注意：本条项目多为生态、文化设施，不是工业项目。",
  "vj05"),
 parks=[
  park(GA, None, "贵州", "国家级新区", E0),
 ],
 institutions=[
  inst("省投资促进局", E0, note="贵州省投资促进局（文中简称）"),
 ],
 projects=[
  proj("白岩坡城市湿地", GA, E1, inv="1.8亿元", qual="约", qual_text="估算总投资分别约为", status="planned", status_text="招商引资重点推介项目"),
  proj("凯掌城市湿地", GA, E1, inv="1.7亿元", qual="约", qual_text="估算总投资分别约为", status="planned", status_text="招商引资重点推介项目"),
  proj("马场河城市湿地", GA, E1, inv="2亿元", qual="约", qual_text="估算总投资分别约为", status="planned", status_text="招商引资重点推介项目"),
  proj("湖潮城市湿地", GA, E2, inv="1.8亿元", qual="约", qual_text="分别估算总投资约", status="planned", status_text="招商引资重点推介项目"),
  proj("长坡城市湿地", GA, E2, inv="1.7亿元", qual="约", qual_text="分别估算总投资约", status="planned", status_text="招商引资重点推介项目"),
  proj("青龙坡植物园", GA, "青龙坡植物园位于马场镇", status="planned", opt=True, note="五大城市公园之一，无金额"),
  proj("九峰山公园", GA, "九峰山公园、羊艾公园项目位于湖潮乡", status="planned", opt=True, note="同上"),
  proj("羊艾公园", GA, "九峰山公园、羊艾公园项目位于湖潮乡", status="planned", opt=True, note="同上"),
  proj("兰亭(池菇塘)公园", GA, "兰亭(池菇塘)公园以池菇塘水库自然资源为支撑", status="planned", opt=True, note="同上"),
  proj("月亮湖城市公园", GA, "月亮湖城市公园则以月亮湖自然资源为基础", status="planned", opt=True, note="同上"),
  proj("贵州大剧院", GA, E3, status="planned", status_text="也将落户贵安新区", opt=True, note="文化项目"),
  proj("贵州文化之窗", GA, E3, status="planned", status_text="也将落户贵安新区", opt=True, note="文化项目"),
 ],
 aggregate_facts=[
  fact(GA, "park", "investment_promotion_projects", 71, "count", E0, "2013年"),
  fact(GA, "park", "city_parks_in_promotion_top20", 5, "count", E4, "2013年", opt=True),
 ])

# ---------------------------------------------------------------- vj06 毕节市双池经济走廊 (gdzgd.cn, 2010 content)
SC = "双池经济走廊"
F0 = "毕节市双池经济走廊位于毕节市城区东侧"
F1 = "规划面积20平方千米,建成面积4平方千米"
F2 = "2010年园区内项目共31个,其中已投产(试产)项目12个,在建项目8个,拟建项目2个,因城市建设规划调整另选址项目8个,取缔项目1个"
F3 = "目前园区在原已建成投产的4个项目的基础上,建成并投产了8个项目"
FL = "贵州华电毕节热电有限公司发电供热项目、力帆骏马振兴车辆有限公司(一期)变型拖拉机生产项目、毕节东华新能源有限责任公司甲醇生产项目(试产)、毕节赛德混凝土有限公司商品混凝土生产项目、毕节赛德水泥有限公司水泥生产项目(试产)"
AS6 = "2010年"
G["vj06"] = dict(
 article=art("（毕节市双池经济走廊 2010年园区概况）", "gdzgd.cn 所载园区概况（年鉴体；原出处与作者未注明）", "2010年情况；页面无日期（约2011年）", "year",
  "Yearbook-style park profile on a web page, Guizhou: a city's industrial corridor park — location and area, 2010 project counts by stage, industrial plan, and named projects built and in production (some in trial production)",
  "https://www.gdzgd.cn/shfw/shgy/content/post_14763.html",
  "页面与摘录均无日期，内容为2010年情况（“2010年园区内项目共31个”），published 记为内容年份，精度仅到年；原出处（疑为年鉴条目）未注明。摘录无标题行，标题为本集所拟概括。**截断**：摘录止于列举中的“、毕节市黔西北汽车城有限公”，只删去这个残缺企业名（LINE_SUFFIX），列举保留前五个完整项目名，文末无句号（“…水泥生产项目(试产)”）。园区：双池经济走廊（文中“毕节市双池经济走廊”；毕节，贵州）；“鸭池-双山”经济走廊带为规划表述，不另列。项目：五个“建成并投产”的项目 → 投产（其中东华新能源甲醇、赛德水泥两项注“试产”，status_text 照录）；各项目的企业列为公司（园区双池经济走廊）。事实：规划面积20平方千米、建成面积4平方千米、2010年项目31个、已投产（试产）12个、在建8个、拟建2个；新建成投产8个、原已投产4个；另选址8个、取缔1个、东西长15千米为可选。",
  "vj06", title_note="摘录无标题；此为概括"),
 parks=[
  park(SC, "毕节", "贵州", "工业园区（经济走廊）", F0, aliases=["毕节市双池经济走廊"], district="毕节市"),
 ],
 companies=[
  comp("贵州华电毕节热电有限公司", SC, FL),
  comp("力帆骏马振兴车辆有限公司", SC, FL),
  comp("毕节东华新能源有限责任公司", SC, FL),
  comp("毕节赛德混凝土有限公司", SC, FL),
  comp("毕节赛德水泥有限公司", SC, FL),
 ],
 projects=[
  proj("贵州华电毕节热电有限公司发电供热项目", SC, FL, companies=["贵州华电毕节热电有限公司"], status="投产", status_text="建成并投产"),
  proj("力帆骏马振兴车辆有限公司(一期)变型拖拉机生产项目", SC, FL, companies=["力帆骏马振兴车辆有限公司"], phase="一期", status="投产", status_text="建成并投产"),
  proj("毕节东华新能源有限责任公司甲醇生产项目", SC, FL, companies=["毕节东华新能源有限责任公司"], status="投产", status_text="建成并投产…(试产)", note="试产"),
  proj("毕节赛德混凝土有限公司商品混凝土生产项目", SC, FL, companies=["毕节赛德混凝土有限公司"], status="投产", status_text="建成并投产"),
  proj("毕节赛德水泥有限公司水泥生产项目", SC, FL, companies=["毕节赛德水泥有限公司"], status="投产", status_text="建成并投产…(试产)", note="试产"),
 ],
 aggregate_facts=[
  fact(SC, "park", "planned_area_km2", 20, "km2", F1, AS6),
  fact(SC, "park", "built_area_km2", 4, "km2", F1, AS6),
  fact(SC, "park", "projects_total", 31, "count", F2, AS6),
  fact(SC, "park", "projects_in_production", 12, "count", F2, AS6, note="已投产(试产)"),
  fact(SC, "park", "projects_under_construction", 8, "count", F2, AS6),
  fact(SC, "park", "projects_planned", 2, "count", F2, AS6),
  fact(SC, "park", "projects_relocated", 8, "count", F2, AS6, opt=True, note="因城市建设规划调整另选址"),
  fact(SC, "park", "projects_cancelled", 1, "count", F2, AS6, opt=True, note="取缔"),
  fact(SC, "park", "projects_newly_in_production", 8, "count", F3, AS6),
  fact(SC, "park", "projects_previously_in_production", 4, "count", F3, AS6, opt=True),
  fact(SC, "park", "length_km", 15, "km", "东西长15千米", AS6, opt=True),
 ])
