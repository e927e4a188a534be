# real187 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence). Growth rates and shares as ratios. Projects: the park is the one the text places
# the project in, null if none (a county, town or village is not a park). Status from the text's words (开工 / 动工 → 开工;
# 正在建设 / 在施 / 设备安装 → 在建; 竣工投产 / 投产 / 全面投入生产 → 投产; 开业 → 竣工 with status_alt 投产; 签约入园 → 签约).
# Expected (“预计”, “达产后”) figures are kind target; “累计” / “截至” counts are cumulative. An amount such as “8000多万元” or
# “3000余万元” (no digits directly before 万元) is not kept as a *_cny fact (check_gold reads no amount from it).
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/udNN.raw as returned.

# ---------------------------------------------------------------- ud01 牡丹江市积极打造跨境连锁加工大平台 (东北网 2014)
A1 = "据市商务局统计,截至5月初,牡丹江市在俄罗斯投资建设的7个境外园区有了新发展"
A2 = "其中5个境外工业园区规划面积为37平方公里"
A3 = "2个境外农业园区规划面积为20万公顷"
A4 = "目前牡丹江市在俄罗斯辟建的5个境外工业园区共有生产企业60家"
A5 = "当前相关职能部门正在积极推进龙跃林业经贸合作区、华信中俄农业合作区、华宇经贸合作区晋升为国家级境外园区"
A6 = "同时扶持乌苏里斯克经贸合作区加快提档升级步伐"
A7 = "该园区与圣象集团签订了板材供应合同"
A8 = "乌苏里斯克经贸合作区内的制鞋企业已经在俄罗斯100多家大型商场设立了皮鞋销售专柜、专厅"
G["ud01"] = dict(
 article=art("牡丹江市积极打造跨境连锁加工大平台", "东北网（heilongjiang.dbw.cn），来源：牡丹江大鹏新闻网（张亮 郭振田 吕晓明）", "2014-05-12", "day",
  "Provincial news portal relaying a city news site, Heilongjiang: Mudanjiang's seven overseas parks in Russia — industrial and agricultural zones' planned areas, firm count, four named cross-border cooperation zones, a supply contract",
  "http://heilongjiang.dbw.cn/system/2014/05/12/055715514.shtml",
  "日期取页面“2014-05-12 10:01:48 来源:牡丹江大鹏新闻网  作者:张亮 郭振田 吕晓明”。标题照录；导航、时间来源行与“关注东北网 微博 Qzone”已删。存档摘录止于第五段“由汉能集团投资上亿元兴建的太阳能光伏发电站”（句子未完），该段整段不收，正文四段。园区：四个牡丹江企业在俄罗斯辟建的境外园区（乌苏里斯克经贸合作区；龙跃林业经贸合作区、华信中俄农业合作区、华宇经贸合作区——推进晋升国家级境外园区），地点在俄罗斯，city 只给乌苏里斯克（由名称），province 为 null。“7个境外园区”“5个境外工业园区”“2个境外农业园区”为牡丹江市的园区群数字（subject 牡丹江市）。圣象集团是与园区签供货合同的一方，不在园区内（可选，park null）。无项目、无金额。",
  "ud01"),
 parks=[
  park("乌苏里斯克经贸合作区", "乌苏里斯克", None, "境外经贸合作区", A6, note="牡丹江企业在俄罗斯辟建的境外园区；city 由名称推断"),
  park("龙跃林业经贸合作区", None, None, "境外经贸合作区", A5, note="在俄罗斯的境外园区，推进晋升国家级境外园区"),
  park("华信中俄农业合作区", None, None, "境外农业合作区", A5, note="在俄罗斯的境外园区，推进晋升国家级境外园区"),
  park("华宇经贸合作区", None, None, "境外经贸合作区", A5, note="在俄罗斯的境外园区，推进晋升国家级境外园区"),
 ],
 companies=[
  comp("圣象集团", None, A7, opt=True, note="与乌苏里斯克经贸合作区签板材供应合同；不在园区内"),
 ],
 aggregate_facts=[
  fact("牡丹江市", "city", "overseas_parks_count", 7, "count", A1, "2014年5月初", kind="cumulative", note="在俄罗斯投资建设的境外园区"),
  fact("牡丹江市", "city", "overseas_industrial_parks_planned_area_km2", 37, "km2", A2, "2014年5月初", note="5个境外工业园区合计规划面积"),
  fact("牡丹江市", "city", "overseas_agricultural_parks_planned_area_ha", 200000, "ha", A3, "2014年5月初", opt=True, note="2个境外农业园区，20万公顷"),
  fact("牡丹江市", "city", "overseas_industrial_parks_enterprises", 60, "count", A4, "2014年5月初", note="5个境外工业园区共有生产企业"),
  fact("乌苏里斯克经贸合作区", "park", "retail_counters_malls", 100, "count", A8, "2014年5月初", qual="余", qtext="多", opt=True, note="制鞋企业在100多家大型商场设专柜"),
 ],
)

# ---------------------------------------------------------------- ud02 大庆 项目牵动 (东北网 2015-11-11)
B1 = "作为地企合作重点项目之一,宏伟庆化15万吨丙烯项目全面投入生产"
B2 = "预计每年可实现销售收入46亿元"
B3 = "利润3.5亿元"
B4 = "以沃尔沃为牵动建设的汽车零部件产业园,首批入驻企业延锋江森追资3.3亿元打造全球标杆工厂"
B5 = "达产后可年产汽车座椅20万套,实现年产值20亿元"
B6 = "商定力争三年内把忠旺大庆项目建成投产"
B7 = "肇州国家农业科技园区已入驻项目68个"
B8 = "扎实推进大庆石化千万吨炼油扩能改造可研批复、国家石化产业基地报批"
B9 = "沃尔沃汽车落地大庆,年底前将又出产新车"
G["ud02"] = dict(
 article=art("（大庆市突出项目牵动、深挖经济增长潜力）", "东北网（heilongjiang.dbw.cn；摘录无标题、无署名）", "2015-11-11", "day",
  "Provincial news portal, Heilongjiang: Daqing's answer to the 2015 oil downturn — a propylene project in production, a parts park's first tenant adding investment, an agricultural science park's project count",
  "http://heilongjiang.dbw.cn/system/2015/11/11/056931001.shtml",
  "存档摘录无标题（标题栏为编者概括，非原题），日期取导语“东北网11月11日讯”与网址 /2015/11/11/。摘录止于第五段“9月份营业”（句子未完），该段截到上一句“工业经济跃升全省前三。”为止（被截去的一句提到大庆电商创业示范园区，不在文中）。园区：汽车零部件产业园（以沃尔沃为牵动建设；名称泛，可选）、肇州国家农业科技园区（大庆市肇州县）。“国家石化产业基地”是待报批的基地，不列园区。项目：宏伟庆化15万吨丙烯项目（全面投入生产→投产；文中未说在哪个园区）；延锋江森追资3.3亿元的全球标杆工厂（在汽车零部件产业园，无状态词）；忠旺大庆项目（力争三年内建成投产，可选）；大庆石化千万吨炼油扩能改造（可研批复中，可选）。46亿元销售收入、3.5亿元利润为丙烯项目预计数（target）；20万套座椅、20亿元年产值为延锋江森达产后预计数。",
  "ud02"),
 parks=[
  park("汽车零部件产业园", "大庆", "黑龙江", "产业园", B4, opt=True, note="以沃尔沃为牵动建设；名称不带地名，泛称"),
  park("肇州国家农业科技园区", "大庆", "黑龙江", "国家农业科技园区", B7, district="肇州县"),
 ],
 companies=[
  comp("延锋江森", "汽车零部件产业园", B4, note="首批入驻企业"),
  comp("宏伟庆化", None, B1, opt=True, note="文中未说在哪个园区"),
  comp("大庆石化", None, B8, opt=True),
  comp("忠旺集团", None, "一个半月前,市主要领导与忠旺集团董事长刘忠田在九号院进行了深入会谈", opt=True),
  comp("沃尔沃", None, B9, opt=True, note="沃尔沃汽车；文中未说在哪个园区"),
 ],
 projects=[
  proj("宏伟庆化15万吨丙烯项目", None, B1, companies=["宏伟庆化"], status="投产", status_text="全面投入生产"),
  proj("全球标杆工厂", "汽车零部件产业园", B4, companies=["延锋江森"], inv="3.3亿元", note="延锋江森追加投资3.3亿元；无状态词", aliases=[]),
  proj("忠旺大庆项目", None, B6, companies=["忠旺集团"], status=None, opt=True, note="力争三年内建成投产"),
  proj("大庆石化千万吨炼油扩能改造", None, B8, companies=["大庆石化"], status="planned", opt=True, note="推进可研批复"),
 ],
 aggregate_facts=[
  fact("宏伟庆化15万吨丙烯项目", "project", "projected_revenue_cny", 4.6e9, "cny", B2, "每年（预计）", kind="target"),
  fact("宏伟庆化15万吨丙烯项目", "project", "projected_profit_cny", 3.5e8, "cny", B3, "每年（预计）", kind="target"),
  fact("延锋江森", "company", "projected_output_value_cny", 2e9, "cny", B5, "达产后（预计）", kind="target", note="全球标杆工厂达产后年产值"),
  fact("延锋江森", "company", "projected_capacity_car_seats", 200000, "sets", B5, "达产后（预计）", kind="target", opt=True),
  fact("肇州国家农业科技园区", "park", "projects_count", 68, "count", B7, "2015年11月", kind="cumulative", note="已入驻项目"),
 ],
)

# ---------------------------------------------------------------- ud03 鸡东县石墨企业从城镇到乡村涌动项目潮 (中国研磨网 2013)
BQ = "宝泉无烟煤产业园区"
C1 = "据了解,宝泉无烟煤产业园区,工人们正在紧张地忙于新厂区综合楼装修和锅炉及汽轮机组等设备安装"
C2 = "宝泉无烟煤炭有限责任公司今年总投资12亿元,正在建设的是无压烧结碳化硅陶瓷材料项目"
C3 = "位于东海镇东海村的黑龙江奥星石墨科技有限公司"
C4 = "投资1.75亿元新上了年产6000吨的球形石墨、3000吨的可膨胀石墨、2000吨的石墨纸3条生产线,2012年竣工,当年投产"
C5 = "又投入资金1.75亿元新建厂房800多平方米,从武汉理工大学引进的超薄石墨纸项目"
C6 = "目前,正在进行一条低硫超薄石墨纸生产线设备的安装,年内将投产"
C7 = "上缴国家税金600万元以上"
C8 = "达产后,每年可生产低硫超薄石墨纸2000吨"
G["ud03"] = dict(
 article=art("鸡东县石墨企业从城镇到乡村涌动项目潮", "中国研磨网（driinfo.com，行业新闻；作者栏“27”）", "2013-11-14", "day",
  "Trade (abrasives) news site, Heilongjiang: a county's graphite and coal-based projects — a silicon-carbide ceramics project under construction in a coal industrial park, a graphite firm's lines in production and a new line being installed",
  "http://driinfo.com/show.php?contentid=162450",
  "日期取页面“作者:27发布时间:2013-11-14”。标题照录；导航行、作者日期行与文末“中国研磨网”已删。正文三段，完整。园区：宝泉无烟煤产业园区（鸡西市鸡东县）。项目：无压烧结碳化硅陶瓷材料项目（宝泉无烟煤炭有限责任公司，在宝泉无烟煤产业园区，正在建设→在建；“今年总投资12亿元”作投资额）；黑龙江奥星石墨科技有限公司的球形石墨、可膨胀石墨、石墨纸3条生产线（1.75亿元，2012年竣工当年投产→投产）与超薄石墨纸项目（又投入1.75亿元，设备安装中→在建）——奥星位于东海镇东海村，文中不在园区，park null。“8000多万元”销售收入不作 *_cny 事实（“多”在数字与万元之间），只记“600万元以上”税金（超）。武汉理工大学为技术来源（可选机构）。",
  "ud03"),
 parks=[
  park(BQ, "鸡西", "黑龙江", "产业园区", C1, district="鸡东县"),
 ],
 companies=[
  comp("宝泉无烟煤炭有限责任公司", BQ, C2),
  comp("黑龙江奥星石墨科技有限公司", None, C3, note="位于东海镇东海村，不在园区"),
 ],
 institutions=[
  inst("武汉理工大学", C5, kind="university", note="超薄石墨纸项目技术来源"),
 ],
 projects=[
  proj("无压烧结碳化硅陶瓷材料项目", BQ, C2, companies=["宝泉无烟煤炭有限责任公司"], inv="12亿元", status="在建", status_text="正在建设",
       note="“今年总投资12亿元”；省级重点产业项目，明年达产达效"),
  proj("球形石墨、可膨胀石墨、石墨纸3条生产线", None, C4, companies=["黑龙江奥星石墨科技有限公司"], inv="1.75亿元", status="投产",
       status_text="2012年竣工,当年投产", note="年产6000吨球形石墨、3000吨可膨胀石墨、2000吨石墨纸"),
  proj("超薄石墨纸项目", None, C5, companies=["黑龙江奥星石墨科技有限公司"], inv="1.75亿元", status="在建", status_text="正在进行一条低硫超薄石墨纸生产线设备的安装",
       aliases=["低硫超薄石墨纸生产线"], note="年内将投产；1.75亿元为新投入资金（新建厂房等）"),
 ],
 aggregate_facts=[
  fact("超薄石墨纸项目", "project", "projected_tax_cny", 6e6, "cny", C7, "达产后每年（预计）", kind="target", qual="超", qtext="以上"),
  fact("超薄石墨纸项目", "project", "projected_capacity_t", 2000, "t", C8, "达产后每年（预计）", kind="target", opt=True),
 ],
)

# ---------------------------------------------------------------- ud04 绥芬河边境经济合作区 概况 (地方志 2008)
SF = "绥芬河边境经济合作区"
D0 = "绥芬河边境经济合作区是1992年3月国务院批准设立的享有特殊优惠政策的国家级经济开发区,规划面积5平方公里,行政辖区面积48平方公里"
D1 = "截至2007年末,合作区共有企业366户,从业人员14 775人,累计投资额36亿元,其中固定资产投入24亿元"
D2 = "实现地区生产总值22.4亿元,工业总产值12.6亿元,财政收入4亿元,进出口总额23.57亿美元"
DP = "已有和正在建设中的园区有:中俄互市贸易区、木材产业园区、国际物流园区、中俄科技园、轻工产品出口加工园、外向型综合产业园、高新产业园等"
AS7 = "2007年"
G["ud04"] = dict(
 article=art("概况", "黑龙江省地方志（hljszw.org.cn）年鉴条目“绥芬河边境经济合作区·概况”（书名、卷次不在摘录中）", "2008", "year",
  "Provincial gazetteer site, yearbook entry, Heilongjiang: a border economic cooperation zone's profile with 2007 year-end figures (firms, jobs, cumulative investment, GDP, output, revenue, trade) and its parks-in-zone",
  "https://www.hljszw.org.cn/home/book/info/get_id/90254.html",
  "年鉴条目，标题仅“概况”（照录）。页面摘录无出版日期；所记数字截至2007年末，应为2008年卷（出版年由内容推断，precision year）。摘录止于“显示出”（句子未完），截到上一句“高新产业园等。”为止；全文一段。园区：绥芬河边境经济合作区（国家级，牡丹江市代管的绥芬河市），区内园区七个（parent 绥芬河边境经济合作区）；名称泛的木材产业园区、国际物流园区、高新产业园列为可选。数字均为合作区2007年（年末）数；进出口总额为美元。“合作区”为简称，过泛不作别名。",
  "ud04"),
 parks=[
  park(SF, "牡丹江", "黑龙江", "边境经济合作区", D0, district="绥芬河市"),
  park("中俄互市贸易区", "牡丹江", "黑龙江", "互市贸易区", DP, district="绥芬河市", parent=SF),
  park("中俄科技园", "牡丹江", "黑龙江", "科技园", DP, district="绥芬河市", parent=SF),
  park("轻工产品出口加工园", "牡丹江", "黑龙江", "出口加工园", DP, district="绥芬河市", parent=SF),
  park("外向型综合产业园", "牡丹江", "黑龙江", "产业园", DP, district="绥芬河市", parent=SF),
  park("木材产业园区", "牡丹江", "黑龙江", "产业园区", DP, district="绥芬河市", parent=SF, opt=True, note="名称泛"),
  park("国际物流园区", "牡丹江", "黑龙江", "物流园区", DP, district="绥芬河市", parent=SF, opt=True, note="名称泛"),
  park("高新产业园", "牡丹江", "黑龙江", "产业园", DP, district="绥芬河市", parent=SF, opt=True, note="名称泛"),
 ],
 aggregate_facts=[
  fact(SF, "park", "planned_area_km2", 5, "km2", "规划面积5平方公里", "2007年末"),
  fact(SF, "park", "administrative_area_km2", 48, "km2", "行政辖区面积48平方公里", "2007年末", opt=True),
  fact(SF, "park", "enterprises", 366, "count", D1, "2007年末", kind="cumulative"),
  fact(SF, "park", "employees", 14775, "persons", D1, "2007年末", kind="cumulative", note="“14 775人”"),
  fact(SF, "park", "cumulative_investment_cny", 3.6e9, "cny", "累计投资额36亿元", "2007年末", kind="cumulative"),
  fact(SF, "park", "cumulative_fixed_asset_investment_cny", 2.4e9, "cny", "其中固定资产投入24亿元", "2007年末", kind="cumulative", opt=True),
  fact(SF, "park", "gdp_cny", 2.24e9, "cny", "实现地区生产总值22.4亿元", AS7),
  fact(SF, "park", "industrial_output_cny", 1.26e9, "cny", "工业总产值12.6亿元", AS7),
  fact(SF, "park", "fiscal_revenue_cny", 4e8, "cny", "财政收入4亿元", AS7),
  fact(SF, "park", "trade_value_usd", 2.357e9, "usd", "进出口总额23.57亿美元", AS7),
  fact(SF, "park", "visitor_delegations", 52, "count", "全年合作区共接待前来考察、参观的中外来宾52团组,共计1 228人", AS7, opt=True),
 ],
)

# ---------------------------------------------------------------- ud05 哈尔滨 园区 (shoujibao.cn, 2015)
E1 = "哈经开区将重点发展高端装备制造、新能源汽车、绿色食品和电子信息产业"
E2 = "哈高新区重点抓好高端制造、科技创新及产业化"
E3 = "利民开发区抓好生物医药产业,宾西开发区重点发展现代包装和农副产品加工"
E4 = "推进巴彦、通河、延寿工业园区晋升省级开发区,推进双城开发区晋升国家级开发区"
E5 = "培育五常牛家开发区、尚志开发区向省级示范基地发展"
E6 = "哈经开区新开复工产业项目100个"
E7 = "哈高新区入驻国内外研发创新机构达179家"
E8 = "宾西开发区实现工业总产值增长25.7%"
E9 = "全市园区实现工业总产值3050亿元,占全市比重达83.3%"
E10 = "五常牛家工业园跨入省级开发区行列"
E11 = "全市园区发展资金提高到8亿元,产业扶持资金新增20亿元"
E12 = "把园区建设引导资金提高到6亿元"
E13 = "利民开发区成为国家生物医药产业集聚发展试点"
HRB = dict(city="哈尔滨", prov="黑龙江")
G["ud05"] = dict(
 article=art("（哈尔滨市园区建设：2015年方向与2014年成效）", "shoujibao.cn 转载（原出处、署名不在摘录中）", "2015", "year",
  "Aggregator reprint of a Harbin city item: each park's development focus for the year, county parks to be upgraded, and the previous year's park results (projects started, R&D institutions, output growth, parks' share of city output)",
  "http://shoujibao.cn/news/show-htm-itemid-9333.html",
  "摘录无标题、无日期（标题栏为编者概括）。文中“据悉,2014年,哈市……”回顾上年，“今年”即2015年，出版年由内容推断（precision year）。全文两段，摘录从“今年,哈市将以园区为载体”起（前面是否还有导语不可知）。园区（均在哈尔滨）：哈经开区、哈高新区（文中又作“高新区”）、利民开发区、宾西开发区、双城开发区、五常牛家开发区（第二段作“五常牛家工业园”，同一园区）、尚志开发区；“巴彦、通河、延寿工业园区”为并列省略，只有“延寿工业园区”字面完整，巴彦、通河两园区列为可选（名称为补全）。军民结合产业示范园、新材料产业示范园、巴彦皮草专业化园区为规划中的泛称，不列。事实：2014年各园区数字（reported）；资金8亿元/20亿元为2015年安排（target，可选）。",
  "ud05"),
 parks=[
  park("哈经开区", HRB["city"], HRB["prov"], "经济技术开发区", E1, note="哈尔滨经济技术开发区简称，文中只作此名"),
  park("哈高新区", HRB["city"], HRB["prov"], "高新技术产业开发区", E2, aliases=["高新区"], note="“推进高新区申报国家级电子信息产业示范基地”"),
  park("利民开发区", HRB["city"], HRB["prov"], "开发区", E3),
  park("宾西开发区", HRB["city"], HRB["prov"], "开发区", E3, district="宾县"),
  park("双城开发区", HRB["city"], HRB["prov"], "开发区", E4, district="双城"),
  park("五常牛家开发区", HRB["city"], HRB["prov"], "开发区", E5, district="五常", aliases=["五常牛家工业园"], note="第二段作“五常牛家工业园”（2014年跨入省级开发区行列）"),
  park("尚志开发区", HRB["city"], HRB["prov"], "开发区", E5, district="尚志"),
  park("延寿工业园区", HRB["city"], HRB["prov"], "工业园区", E4, district="延寿县"),
  park("巴彦工业园区", HRB["city"], HRB["prov"], "工业园区", E4, district="巴彦县", opt=True, note="“巴彦、通河、延寿工业园区”并列省略，名称为补全"),
  park("通河工业园区", HRB["city"], HRB["prov"], "工业园区", E4, district="通河县", opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact("哈经开区", "park", "projects_started", 100, "count", E6, "2014年", note="新开复工产业项目"),
  fact("哈高新区", "park", "rd_institutions", 179, "count", E7, "2014年末", kind="cumulative", note="入驻国内外研发创新机构"),
  fact("宾西开发区", "park", "industrial_output_growth", 0.257, "ratio", E8, "2014年", kind="ratio"),
  fact("哈尔滨市园区", "park_group", "industrial_output_cny", 3.05e11, "cny", E9, "2014年", note="全市园区合计"),
  fact("哈尔滨市园区", "park_group", "industrial_output_share_of_city", 0.833, "ratio", E9, "2014年", kind="ratio"),
  fact("哈尔滨市", "city", "park_development_funds_cny", 8e8, "cny", E11, "2015年（安排）", kind="target", opt=True),
  fact("哈尔滨市", "city", "park_guidance_funds_cny", 6e8, "cny", E12, "2014年", opt=True),
 ],
)

# ---------------------------------------------------------------- ud06 哈尔滨华南城香港皮草城开业 (中建二局 2014)
HN = "哈尔滨华南城"
F1 = "9月26日,由四公司承建的哈尔滨华南城一期华南城香港皮草城举行了开业仪式"
F2 = "四公司承建的哈尔滨华南城一期工程在施总建筑面积约52.46万平方米"
F3 = "哈尔滨华南城建成后,将成为集展示交易、物流、信息、市场拓展、技术创新、品牌推广、工业旅游等各种功能于一体,配套完善、超大规模的现代化综合商贸物流产业园"
F4 = "此次开业的香港皮草城为其中之一,占地面积约6万平方米,建筑面积为30万平米"
F5 = "全国政协委员、华南城控股集团执行董事、总裁梁满林"
G["ud06"] = dict(
 article=art("（四公司承建的哈尔滨华南城香港皮草城开业）", "中国建筑第二工程局有限公司网站（2bur.cscec.com）公司快讯（刘国亮 李杰智 朱坤银）", "2014-10", "month",
  "Construction company's own news, Heilongjiang: a contractor's report of a trade-and-logistics park's first-phase fur mall opening, floor areas of the phase under construction",
  "https://2bur.cscec.com/xwzx6/gskx6/201410/2732904.html",
  "摘录无标题（标题栏为编者概括），一段，完整，署名在末尾保留；末行表格竖线“|”已删。网址含 201410，开业仪式在“9月26日”（2014年），出版月取网址（2014-10，precision month）。园区：哈尔滨华南城（建成后为“现代化综合商贸物流产业园”，在建；作园区，可选——商贸物流园，非工业园区）。项目：香港皮草城（哈尔滨华南城一期之一，开业→竣工，status_alt 投产）；哈尔滨华南城一期工程（在施→在建）。华南城控股集团为开发商（可选），“四公司”为承建方（中建二局四公司，文中只作“四公司”，可选，不在园区）。无金额。",
  "ud06"),
 parks=[
  park(HN, "哈尔滨", "黑龙江", "商贸物流产业园", F3, opt=True, note="建成后为现代化综合商贸物流产业园；黑龙江省重点工程"),
 ],
 companies=[
  comp("华南城控股集团", HN, F5, opt=True, note="开发商（由语境）"),
  comp("四公司", None, F1, kind="contractor", opt=True, note="中建二局四公司，承建方"),
 ],
 projects=[
  proj("香港皮草城", HN, F1, companies=["华南城控股集团"], status="竣工", status_text="举行了开业仪式", status_alt="投产",
       aliases=["华南城香港皮草城"], note="哈尔滨华南城一期三个地块之一"),
  proj("哈尔滨华南城一期工程", HN, F2, status="在建", status_text="在施", phase="一期", note="在施总建筑面积约52.46万平方米"),
 ],
 aggregate_facts=[
  fact("哈尔滨华南城一期工程", "project", "floor_area_under_construction_sqm", 524600, "sqm", F2, "2014年9月", qual="约", qtext="约"),
  fact("香港皮草城", "project", "floor_area_sqm", 300000, "sqm", F4, "2014年9月", opt=True),
  fact("香港皮草城", "project", "land_area_sqm", 60000, "sqm", F4, "2014年9月", qual="约", qtext="约", opt=True),
 ],
)

# ---------------------------------------------------------------- ud07 孙吴县产业项目 (东北网黑河 2015-02-27)
SW = "孙吴县"
H1 = "开复工产业项目16个,完成投资7.7亿元"
H2 = "规模以上工业增加值实现1.2亿元,增长15%"
H3 = "成为黑河国家农业科技园区重要的“核心区”之一,北纬49生态农业继爱俐华糖业、盛达粮贸等公司之后签约入园"
H4 = "引进项目13个,续建项目4个,到位资金8.33亿元,增长30%"
H5 = "恒大集团、雅格麻业等一批实力较强企业落地生根"
H6 = "广东恒大集团整体收购联凯公司,新建车间、库房5700平方米,上马了无菌灌装生产线"
H7 = "获得财政补助资金11.08亿元,增长20.3%"
H8 = "增批园区建设用地3000亩"
NK = "黑河国家农业科技园区"
G["ud07"] = dict(
 article=art("（孙吴县加快推进产业项目建设）", "东北网黑河（heihe.dbw.cn；摘录无标题、无署名）", "2015-02-27", "day",
  "Provincial portal's city channel, Heilongjiang: a county's 2014 project review — projects started, investment, the county park as a core area of an agricultural science park with firms signed in, firms acquired and expanding",
  "http://heihe.dbw.cn/system/2015/02/27/056358001.shtml",
  "摘录无标题（标题栏为编者概括）；日期取导语“东北网黑河02月27日讯”与网址 /2015/02/27/。摘录止于“上马”（句子未完），末段截到“小微企业发展势头强劲。”为止。县园区本身未命名；它“成为黑河国家农业科技园区重要的‘核心区’之一”，故签约入园的北纬49生态农业、爱俐华糖业、盛达粮贸 park 记黑河国家农业科技园区（由语境）。恒大集团、雅格麻业、联凯公司及规上企业（海峰热电、长乐山沙棘公司、天马彩钢、三精儿童大药厂）文中未说在园区，park null，可选。事实为孙吴县2014年数（县非园区，subject_type county）；“累计投入资金3000余万元”不作 *_cny 事实。",
  "ud07"),
 parks=[
  park(NK, "黑河", "黑龙江", "国家农业科技园区", H3, note="孙吴县园区为其核心区之一"),
 ],
 companies=[
  comp("北纬49生态农业", NK, H3, note="签约入园（孙吴县园区，黑河国家农业科技园区核心区）"),
  comp("爱俐华糖业", NK, H3, note="先期入园"),
  comp("盛达粮贸", NK, H3, note="先期入园"),
  comp("恒大集团", None, H5, aliases=["广东恒大集团"], opt=True, note="整体收购联凯公司"),
  comp("雅格麻业", None, H5, opt=True),
  comp("联凯公司", None, H6, opt=True, note="被广东恒大集团整体收购"),
  comp("海峰热电", None, "海峰热电延伸供热管网10.4公里", opt=True),
  comp("长乐山沙棘公司", None, "长乐山沙棘公司完成冷库、灌装车间改造", opt=True),
  comp("天马彩钢", None, "天马彩钢新建办公楼和厂房2400平方米", opt=True),
 ],
 projects=[
  proj("无菌灌装生产线", None, H6, companies=["恒大集团"], status=None, opt=True, note="“上马了”，状态不明"),
 ],
 aggregate_facts=[
  fact(SW, "county", "projects_started", 16, "count", H1, "2014年", note="开复工产业项目"),
  fact(SW, "county", "completed_investment_cny", 7.7e8, "cny", "完成投资7.7亿元", "2014年"),
  fact(SW, "county", "industrial_value_added_above_scale_cny", 1.2e8, "cny", H2, "2014年"),
  fact(SW, "county", "industrial_value_added_above_scale_growth", 0.15, "ratio", H2, "2014年", kind="ratio"),
  fact(SW, "county", "projects_introduced", 13, "count", H4, "2014年"),
  fact(SW, "county", "funds_in_place_cny", 8.33e8, "cny", "到位资金8.33亿元", "2014年"),
  fact(SW, "county", "funds_in_place_growth", 0.30, "ratio", H4, "2014年", kind="ratio"),
  fact(SW, "county", "fiscal_subsidies_cny", 1.108e9, "cny", H7, "2014年", opt=True),
  fact(SW, "county", "park_land_approved_mu", 3000, "mu", H8, "2014年", opt=True),
 ],
)
