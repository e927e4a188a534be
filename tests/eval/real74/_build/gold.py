# real74 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a county is not a park). Status from the text's words (集中开工 →
# 开工; 集中投产 / 已建成投产 → 投产; 签约 / 集中签约 → 签约; 正在建设当中 → 在建). “预计” figures are kind target;
# year-to-date figures (“今年以来”, “截至…”) are cumulative. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/yrNN.raw as returned.

# ---------------------------------------------------------------- yr01 长沙经开区汨罗产业园 7个项目集中投产 (湖南日报·华声在线 2020)
ML = "长沙经开区汨罗产业园"
CSK = "长沙经开区"
A0 = "今天上午,长沙经开区汨罗产业园内,7个重大产业项目集中投产,汨罗市飞地工业园招商引资、产业项目建设取得丰硕成果"
A1 = "这7个项目分别是优冠体育设备制造、领建科技新材料生产、格润德润滑油生产、精斯诚人防设备生产、汇杰重工整机生产、万鼎机电制造、年产200辆星通泵车整车生产,涵盖工程机械、汽车制造等领域,共计投资15.71亿元"
A2 = "长沙经开区汨罗产业园,由长沙经开区和汨罗市合作共建,是全省首个正式实施的跨市合作飞地工业园"
A3 = "目前已引进产业项目30余个,现有投产企业17家,在建项目12个,其中工程机械配套企业15家,上游企业涵盖三一集团、中联重科、山河智能、上海大众等"
AD = "2020-07-20"
AM = "2020年7月"
_y01p = [("优冠体育设备制造", "优冠体育"), ("领建科技新材料生产", "领建科技"), ("格润德润滑油生产", "格润德"),
         ("精斯诚人防设备生产", "精斯诚"), ("汇杰重工整机生产", "汇杰重工"), ("万鼎机电制造", "万鼎机电"),
         ("年产200辆星通泵车整车生产", "星通")]
G["yr01"] = dict(
 article=art("（无标题）长沙经开区汨罗产业园7个重大产业项目集中投产", "华声在线（湖南日报·华声在线，hunan.voc.com.cn；记者 徐亚平，通讯员 欧阳林、胡清）", "2020-07-21", "day",
  "Provincial daily's news portal, Hunan: a cross-city enclave park — seven named industrial projects put into production together with their combined investment, expected output and tax, and the park's counts of projects introduced, firms in production, projects under construction and supplier firms",
  "https://hunan.voc.com.cn/article/202007/202007210845304962.html",
  "存段无标题、无日期行（title 为编者概括）。日期：网址 202007210845… 即 2020-07-21 08:45 发布；电头“7月20日讯”“今天上午”，投产活动在 2020-07-20，事实 as_of 记 2020-07-20。正文三段，完整。园区：长沙经开区汨罗产业园（文中又作“汨罗市飞地工业园”，列 alias；由长沙经开区与汨罗市合作共建，“长沙经开区的配套园区”，parent 记长沙经开区；地处汨罗市，岳阳市，湖南）；长沙经开区（长沙，湖南）。项目：七个“集中投产”的重大产业项目，各项目无单独金额（合计15.71亿元记为园区事实），status 投产；项目名中的企业简称（优冠体育等）列为可选公司。三一集团、中联重科、山河智能、上海大众为“上游企业”，不在园内，列可选公司、park null。事实：7个项目集中投产、合计投资15.71亿元、预计年产值26.5亿元与税收8800万元（target）；园区引进项目30余个（余）、投产企业17家、在建项目12个、工程机械配套企业15家（可选）。",
  "yr01"),
 parks=[
  park(ML, "岳阳", "湖南", "产业园（跨市合作飞地工业园）", A0, district="汨罗市", parent=CSK, aliases=["汨罗市飞地工业园"],
       note="长沙经开区与汨罗市合作共建；长沙经开区的配套园区；文中又作“汨罗市飞地工业园”"),
  park(CSK, "长沙", "湖南", "经开区", A2, note="汨罗产业园的共建方与母园区"),
 ],
 companies=[comp(c, ML, A1, opt=True, note="只在项目名中（企业简称）") for _, c in _y01p] + [
  comp("三一集团", None, A3, opt=True, note="上游企业，不在园内"),
  comp("中联重科", None, A3, opt=True, note="上游企业，不在园内"),
  comp("山河智能", None, A3, opt=True, note="上游企业，不在园内"),
  comp("上海大众", None, A3, opt=True, note="上游企业，不在园内"),
 ],
 projects=[proj(p, ML, A1, companies=[c], status="投产", status_text="集中投产", note="七个项目合计投资15.71亿元，无单项金额") for p, c in _y01p],
 aggregate_facts=[
  fact(ML, "park", "projects_commissioned", 7, "count", A0, AD, note="重大产业项目集中投产"),
  fact(ML, "park", "projects_commissioned_investment_cny", 1.571e9, "cny", "共计投资15.71亿元,预计可年创产值26.5亿元、上缴税收8800万元", AD, chk=True, note="七个投产项目合计"),
  fact(ML, "park", "expected_annual_output_cny", 2.65e9, "cny", "预计可年创产值26.5亿元、上缴税收8800万元", "投产后（预期）", kind="target", chk=True, note="七个投产项目合计"),
  fact(ML, "park", "expected_annual_tax_cny", 8.8e7, "cny", "上缴税收8800万元", "投产后（预期）", kind="target", chk=True, note="七个投产项目合计"),
  fact(ML, "park", "projects_introduced", 30, "count", A3, AM, kind="cumulative", qual="余", qtext="余"),
  fact(ML, "park", "firms_in_production", 17, "count", A3, AM),
  fact(ML, "park", "projects_under_construction", 12, "count", A3, AM),
  fact(ML, "park", "construction_machinery_supplier_firms", 15, "count", A3, AM, opt=True),
 ])

# ---------------------------------------------------------------- yr02 南昌经开区奏响“最强音” (baogaosu relay 2015)
NC = "南昌经开区"
B0 = "10月28日,落户南昌经开区的欧菲光生产车间一派热火朝天的生产景象"
B1 = "在欧菲光、格特拉克等龙头企业带动下,经开区配套企业纷纷增资扩产"
B2 = "今年,辉门密封件系统有限公司新增2500万个汽车发动机和变速箱缸垫、油封等汽车零配件项目,西林科股份公司新增甲基环戊二烯三羰基锰(简称MMT)项目,顶津食品公司新增2条果汁和茶饮料生产线项目"
B3 = "其中投资21.6亿元的年产5万辆新能源汽车生产基地项目一期工程已建成投产,目前已销售新能源E100电动车900余辆"
B4 = "今年以来,经开区新登记注册企业343户,同比增长70.65%"
B5 = "1-8月,经开区实现园区工业主营业务收入586亿元,规模以上工业增加值占全南昌市比重为18.06%,比去年同期提高了1.98个百分点"
B6 = "经开区工业投资占南昌市比重为24.89%,接近四分之一;全区工业投资占固定资产投资比重82.5%,为南昌市最高"
G["yr02"] = dict(
 article=art("南昌经开区奏响“最强音”", "nanchang.baogaosu.com（“新闻”栏转载；原发媒体与署名存段未示）", "2015-11-02", "day",
  "Aggregator relaying a local news item, Jiangxi: a national-level economic development zone's year so far — leading firms, three supplier firms' new product lines, a new-energy vehicle base's phase 1 in production with its investment and sales, new firm registrations, Jan–Aug industrial revenue and the zone's shares of city value added and investment",
  "http://nanchang.baogaosu.com/xinwen/%E5%8D%97%E6%98%8C%E7%BB%8F%E5%BC%80%E5%8C%BA%E5%A5%8F%E5%93%8D%E6%9C%80%E5%BC%BA%E9%9F%B3/39655567/",
  "日期取页面“02.11.2015  17:45”（日.月.年，即 2015-11-02；文中“10月28日”相符），该行已删。标题照录；正文三段，完整。园区：南昌经开区（南昌，江西；文中又作“经开区”“全区”）。公司：欧菲光、格特拉克（龙头企业，在园）；辉门密封件系统有限公司、西林科股份公司、顶津食品公司（“经开区配套企业”，在园）。项目：三家配套企业“新增”的项目（汽车零配件 / MMT / 饮料生产线），文中只说“新增”，无金额、status 不记；“年产5万辆新能源汽车生产基地项目”：投资21.6亿元（句中金额修饰整个项目，一期工程已建成投产→投产，phase 一期），业主未写（只提 E100 电动车），companies 空。事实：新登记注册企业343户（今年以来，cumulative，as_of 2015年1–10月）及增长70.65%；1–8月工业主营业务收入586亿元（cumulative）；规上工业增加值占全市18.06%（ratio）；工业投资占全市24.89%、占固投82.5%（ratio；时段文中未写，as_of 依上句记 2015年1–8月，注明）。E100 销售900余辆列项目可选事实。",
  "yr02"),
 parks=[
  park(NC, "南昌", "江西", "经开区", B0, note="文中又作“经开区”“全区”"),
 ],
 companies=[
  comp("欧菲光", NC, B0, note="龙头企业"),
  comp("格特拉克", NC, B1, note="龙头企业"),
  comp("辉门密封件系统有限公司", NC, B2, note="经开区配套企业"),
  comp("西林科股份公司", NC, B2, note="经开区配套企业"),
  comp("顶津食品公司", NC, B2, note="经开区配套企业"),
 ],
 projects=[
  proj("2500万个汽车发动机和变速箱缸垫、油封等汽车零配件项目", NC, B2, companies=["辉门密封件系统有限公司"], opt=True,
       note="辉门“新增”的项目；名称为描述性短语，列可选；status 不记"),
  proj("甲基环戊二烯三羰基锰(简称MMT)项目", NC, B2, companies=["西林科股份公司"], aliases=["MMT"], note="西林科“新增”；status 不记"),
  proj("2条果汁和茶饮料生产线项目", NC, B2, companies=["顶津食品公司"], opt=True, note="顶津“新增”；名称为描述性短语，列可选；status 不记"),
  proj("年产5万辆新能源汽车生产基地项目", NC, B3, inv="投资21.6亿元", phase="一期", status="投产", status_text="一期工程已建成投产",
       note="业主未写；21.6亿元修饰整个项目"),
 ],
 aggregate_facts=[
  fact(NC, "park", "new_registered_firms", 343, "count", B4, "2015年1–10月", kind="cumulative"),
  fact(NC, "park", "new_registered_firms_yoy_growth", 0.7065, "ratio", B4, "2015年1–10月", kind="ratio"),
  fact(NC, "park", "industrial_main_business_revenue_cny", 5.86e10, "cny", "经开区实现园区工业主营业务收入586亿元", "2015年1–8月", kind="cumulative", chk=True),
  fact(NC, "park", "above_scale_industrial_value_added_share_of_city", 0.1806, "ratio", B5, "2015年1–8月", kind="ratio"),
  fact(NC, "park", "above_scale_industrial_value_added_share_change_pp", 1.98, "pct_points", B5, "2015年1–8月", kind="ratio", opt=True),
  fact(NC, "park", "industrial_investment_share_of_city", 0.2489, "ratio", B6, "2015年1–8月", kind="ratio", note="时段文中未写，依上句"),
  fact(NC, "park", "industrial_investment_share_of_fixed_asset_investment", 0.825, "ratio", B6, "2015年1–8月", kind="ratio", note="时段文中未写，依上句"),
  fact("年产5万辆新能源汽车生产基地项目", "project", "vehicles_sold", 900, "count", B3, "2015年10月", kind="cumulative", qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- yr03 湘阴县产业项目集中签约开工 (红网 2020)
XY = "湘阴县高新区"
C0 = "今天上午,岳阳市湘阴县产业项目集中签约开工仪式在该县高新区长康二期项目现场举行,集中签约项目16个,开工项目6个,新签约项目总投资115.9亿元"
C1 = "其中昊志高端装备智能制造产业园项目由广州昊志控股有限公司投资建设,项目总投资50亿元以上,规划用地总面积900亩"
C2 = "今年10月,湘阴正式获批湘江新区新片区,全境纳入《长株潭区域一体化发展规划纲要》《长株潭都市区国土空间发展规划》等重要规划范围"
C3 = "全面建成后预计年产值100亿元以上,年创税收10亿元以上"
CD = "2020-12-18"
G["yr03"] = dict(
 article=art("（无标题）湘阴县产业项目集中签约开工 新签约项目总投资115.9亿元", "红网（湖南湘江新区频道 hnxjxq.rednet.cn；红网时刻，记者 肖懿，通讯员 易和平、梁军）", "2020-12-18", "day",
  "Provincial news portal's new-area channel, Hunan: a county's joint signing and groundbreaking held at a project site in its high-tech zone — 16 projects signed and 6 started with the signed total, the county's admission to a state-level new area, one named 50-billion-plus equipment park project with its investor, land, expected output and tax",
  "https://hnxjxq.rednet.cn/content/2020/12/18/8711759.html",
  "日期取网址 2020/12/18 与电头“12月18日讯”“今天上午”。存段无标题行；开头四行图片说明（“湘阴县产业项目集中签约开工仪式在该县高新区长康二期项目现场举行。”“仪式现场。”“合作项目签约仪式(第一轮)。”“集中签约项目16个,开工项目6个。”）已删（title 为编者概括）；存段末行“另外一同签约的先进装备制造项目还有”句未完，整行删去，正文截至“…为湘江新区湘阴新片区建设多做贡献。”，共三段。园区：文中作“该县高新区”（湘阴县的高新区；名称据“该县”= 湘阴县补足为“湘阴县高新区”，不在文中逐字出现）；湘江新区（国家级新区）与“湘江新区湘阴新片区”（湘阴县全境）列可选园区。项目：长康二期项目（仪式现场，在高新区；是否属开工6个文中未明说，可选，status 不记）；昊志高端装备智能制造产业园项目（广州昊志控股有限公司投资，总投资50亿元以上→超，“项目签约后”→签约；落地位置文中未写，park null）。事实：湘阴县集中签约16个、开工6个、新签约总投资115.9亿元；先进装备制造产业链项目8个（可选）；昊志项目用地900亩、预计年产值100亿元以上、年税收10亿元以上（target，超）。",
  "yr03"),
 parks=[
  park(XY, "岳阳", "湖南", "高新区", C0, district="湘阴县", note="文中作“该县高新区”；名称不逐字出现"),
  park("湘江新区", "长沙", "湖南", "国家级新区", C2, opt=True, note="湘阴获批其新片区"),
  park("湘江新区湘阴新片区", "岳阳", "湖南", "新区片区", "湘江新区湘阴新片区建设正式起步开局", district="湘阴县", parent="湘江新区", opt=True,
       note="湘阴县全境纳入，近于区域"),
 ],
 companies=[
  comp("广州昊志控股有限公司", None, C1, aliases=["昊志控股公司"], note="昊志项目投资方；文中又作“昊志控股公司”"),
 ],
 projects=[
  proj("长康二期项目", XY, C0, opt=True, note="仪式现场；是否属6个开工项目文中未明说"),
  proj("昊志高端装备智能制造产业园项目", None, C1, companies=["广州昊志控股有限公司"], inv="项目总投资50亿元以上", qual="超", qual_text="以上",
       status="签约", status_text="项目签约后", note="落地位置文中未写（湘阴县）"),
 ],
 aggregate_facts=[
  fact("湘阴县", "region", "projects_signed", 16, "count", C0, CD),
  fact("湘阴县", "region", "projects_started", 6, "count", C0, CD),
  fact("湘阴县", "region", "signed_investment_cny", 1.159e10, "cny", "新签约项目总投资115.9亿元", CD, chk=True),
  fact("湘阴县", "region", "advanced_equipment_projects", 8, "count", "先进装备制造产业链项目8个", CD, opt=True),
  fact("昊志高端装备智能制造产业园项目", "project", "site_area_mu", 900, "mu", C1, CD),
  fact("昊志高端装备智能制造产业园项目", "project", "expected_annual_output_cny", 1e10, "cny", C3, "全面建成后（预期）", kind="target", qual="超", qtext="以上", chk=True),
  fact("昊志高端装备智能制造产业园项目", "project", "expected_annual_tax_cny", 1e9, "cny", "年创税收10亿元以上", "全面建成后（预期）", kind="target", qual="超", qtext="以上", chk=True),
 ])

# ---------------------------------------------------------------- yr04 武汉城市圈 开门红 (smartjx relay 2022)
GD = "葛店开发区"
YM = "云梦经济开发区"
TC = "通城经济开发区"
PS = "坪山高新产业孵化园"
D0 = "今年截至目前,武汉城市圈8市集中开工的重大项目总投资突破3800亿元"
D1 = "黄石开发区·铁山区招商和投资促进局招商队员便踏雪出征"
D2 = "位于鄂州市葛店开发区的湖北芯映光电有限公司,为北京冬奥会开幕式鸟巢两侧看台LED大屏提供了原材料"
D3 = "距临时厂房不到千米的鄂州市新型显示器件项目,正在建设当中,一期项目今年4月份投产"
D4 = "位于孝感市云梦经济开发区的中盐云虹湖北制药股份有限公司,不断进行产品研发和项目建设,获得21项国家专利技术"
D5 = "2021年12月入驻咸宁市通城经济开发区坪山高新产业孵化园,湖北锦华电子有限公司已开始投产"
G["yr04"] = dict(
 article=art("（无标题）武汉城市圈各市开局即奔跑 集中开工重大项目总投资突破3800亿元", "m.smartjx.com（转载；原发媒体与署名存段未示）", "2022-02-14", "day",
  "Regional round-up relayed by a news site, Hubei: the Wuhan metropolitan circle after the Spring Festival — the circle's total of major projects started, a zone's investment-promotion team, and firms at work in four named zones (an LED-material maker and a display project under construction, a pharmaceutical maker, an electronics firm newly in production in an incubator park)",
  "http://m.smartjx.com/rd/2022/0214/25301281.html",
  "日期取网址 2022/0214（文中“2月7日，春节假期后上班第一天”“北京冬奥会开幕式”，即 2022 年，相符）。存段无标题、无日期行（title 为编者概括）；原发媒体不详（内容为湖北省内报道）。存段末行“仙桃市彭场镇正欣无纺”句未完，整行删去，正文截至“…年产值可达到5000万元。”，共六段。园区：黄石开发区（文中“黄石开发区·铁山区招商和投资促进局”，区政合一，黄石）；葛店开发区（鄂州）；云梦经济开发区（孝感云梦县）；通城经济开发区（咸宁通城县）及其内的坪山高新产业孵化园（parent 通城经济开发区）。公司：湖北芯映光电有限公司（葛店开发区）、中盐云虹湖北制药股份有限公司（云梦经济开发区）、湖北锦华电子有限公司（坪山高新产业孵化园，2021年12月入驻、已投产）。项目：鄂州市新型显示器件项目“正在建设当中”→在建，一期今年4月投产（计划）；距芯映临时厂房不到千米，园区推定为葛店开发区（注明）；业主文中未写。事实：武汉城市圈8市今年集中开工重大项目总投资突破3800亿元（超，cumulative，region）；锦华电子年产值可达5000万元（target）；中盐云虹获21项国家专利（可选）；锦华开春至少招聘150人（可选）。省委省政府会议段无实体。",
  "yr04"),
 parks=[
  park("黄石开发区", "黄石", "湖北", "开发区", D1, note="与铁山区合署（“黄石开发区·铁山区”）"),
  park(GD, "鄂州", "湖北", "开发区", D2),
  park(YM, "孝感", "湖北", "经济开发区", D4, district="云梦县"),
  park(TC, "咸宁", "湖北", "经济开发区", D5, district="通城县"),
  park(PS, "咸宁", "湖北", "孵化园", D5, district="通城县", parent=TC),
 ],
 companies=[
  comp("湖北芯映光电有限公司", GD, D2),
  comp("中盐云虹湖北制药股份有限公司", YM, D4),
  comp("湖北锦华电子有限公司", PS, D5, note="2021年12月入驻，已投产"),
 ],
 projects=[
  proj("鄂州市新型显示器件项目", GD, D3, status="在建", status_text="正在建设当中",
       note="一期计划2022年4月投产；距芯映光电临时厂房不到千米，园区推定；业主未写"),
 ],
 aggregate_facts=[
  fact("武汉城市圈", "region", "major_projects_started_investment_cny", 3.8e11, "cny", D0, "2022年1月1日至2月上旬", kind="cumulative", qual="超", qtext="突破", chk=True, note="8市合计"),
  fact("湖北锦华电子有限公司", "company", "expected_annual_output_cny", 5e7, "cny", "年产值可达到5000万元", "2022年（满负荷，预期）", kind="target", chk=True),
  fact("中盐云虹湖北制药股份有限公司", "company", "national_patents", 21, "count", D4, "2022年2月", kind="cumulative", opt=True),
  fact("湖北锦华电子有限公司", "company", "planned_hires", 150, "count", "今年开春,他们将至少招聘150名员工", "2022年春（计划）", kind="target", opt=True, note="“至少”"),
 ])

# ---------------------------------------------------------------- yr05 黄冈101个重点项目开工 / 麻城热电汽循环经济产业园 (长江云 2022)
RD = "热电汽循环经济产业园"
E0 = "6月26日,黄冈市101个重点项目集中开工,总投资211亿元"
E1 = "排名前三的是:麻城7个项目、投资额65亿元,武穴18个项目、投资额36亿元,蕲春16个项目、投资额17亿元"
E2 = "位于麻城中馆驿镇的热电汽循环经济产业园,由麻城市能源投资公司主导建设,总投资50亿元,已纳入湖北省重点项目"
E3 = "园区总规划面积约1.5万亩,起步区3000亩"
E4 = "园区依托资源优势开展招商,已落户纺织、建材等企业14家,已有1家企业成功供汽,另有11家企业即将连通"
ED = "2022-06-26"
G["yr05"] = dict(
 article=art("总投资211亿元 黄冈101个重点项目今天开工", "长江云（长江云APP，湖北广播电视台 m.hbtv.com.cn；署名存段未示）", "2022-06-26", "day",
  "Provincial broadcaster's news app, Hubei: a city's monthly groundbreaking of 101 projects with totals and the top three counties, and one named park-development project — a heat-power-steam circular-economy park with its developer, investment, planned and start-up area, firms landed and steam connections",
  "http://m.hbtv.com.cn/p/2221370.html",
  "日期取页面“长江云APP   2022-06-26 16:08”（该行与页首五条他题链接已删）。标题照录。存段末句“园区依托资源优势开展招商,已落户…另有11家企业即将连通;对接亿元以上招商项目7个,其中,江苏长兴酒精、镇江恒顺醋业等企业已签订框架”在分号后的分句中中断：该分句删去（make_txt.py LINE_SUFFIX），正文以“…另有11家企业即将连通;”结束（以分号收尾，原文如此断开），共六段。园区：热电汽循环经济产业园（麻城市中馆驿镇，黄冈，湖北；文中又作“园区”“项目”）。项目：“热电汽循环经济产业园”园区开发项目，麻城市能源投资公司主导建设，总投资50亿元，已纳入湖北省重点项目；作为6月集中开工项目介绍，但文中未明说其开工，status 不记；项目 park 记园区本身（注明）。公司：麻城市能源投资公司（开发方，park null）；大别山电厂（热源，可选）。事实：黄冈市101个项目集中开工、总投资211亿元；麻城7个 / 65亿元、武穴18个 / 36亿元、蕲春16个 / 17亿元（区域）；8个县市区投资额超10亿（可选）；园区规划面积约1.5万亩、起步区3000亩、已落户企业14家、1家成功供汽与11家即将连通（可选）。",
  "yr05"),
 parks=[
  park(RD, "黄冈", "湖北", "产业园（循环经济）", E2, district="麻城市", note="位于麻城中馆驿镇；文中又作“园区”"),
 ],
 companies=[
  comp("麻城市能源投资公司", None, E2, note="园区开发主导方"),
  comp("大别山电厂", None, "项目充分利用大别山电厂优质热能", opt=True, note="热源"),
 ],
 projects=[
  proj(RD, RD, E2, companies=["麻城市能源投资公司"], inv="总投资50亿元",
       note="园区开发项目，已纳入湖北省重点项目；作为6月集中开工项目介绍，文中未明说开工，status 不记；park 记园区本身"),
 ],
 aggregate_facts=[
  fact("黄冈市", "region", "projects_started", 101, "count", E0, ED),
  fact("黄冈市", "region", "projects_started_investment_cny", 2.11e10, "cny", "总投资211亿元", ED, chk=True),
  fact("黄冈市", "region", "counties_with_investment_over_1bn", 8, "count", "黄冈8个县市区项目投资额超过10亿", ED, opt=True),
  fact("麻城市", "region", "projects_started", 7, "count", E1, ED),
  fact("麻城市", "region", "projects_started_investment_cny", 6.5e9, "cny", "投资额65亿元", ED, chk=True),
  fact("武穴市", "region", "projects_started", 18, "count", E1, ED),
  fact("武穴市", "region", "projects_started_investment_cny", 3.6e9, "cny", "投资额36亿元", ED, chk=True),
  fact("蕲春县", "region", "projects_started", 16, "count", E1, ED),
  fact("蕲春县", "region", "projects_started_investment_cny", 1.7e9, "cny", "投资额17亿元", ED, chk=True),
  fact(RD, "park", "planned_area_mu", 15000, "mu", E3, ED, qual="约", qtext="约"),
  fact(RD, "park", "core_area_mu", 3000, "mu", E3, ED, note="起步区"),
  fact(RD, "park", "firms", 14, "count", E4, ED, kind="cumulative", note="已落户纺织、建材等企业"),
  fact(RD, "park", "firms_supplied_steam", 1, "count", E4, ED, opt=True),
  fact(RD, "park", "firms_to_connect_steam", 11, "count", E4, ED, opt=True),
 ])

# ---------------------------------------------------------------- yr06 南昌县(小蓝经开区)二季度集中开工 (新华社 via hnmdtv 2023)
XL = "小蓝经开区"
F0 = "4月27日上午,江西省南昌县(小蓝经开区)举行2023年第二季度重大重点项目集中开工仪式。本次集中开工项目共45个,总投资近123.65亿元"
F1 = "据了解,本次集中开工的重大重点项目包括南昌国际陆港枢纽产业园(南昌向塘电商物流服务中心)、昌南农产品冷链智慧物流产业园(一期农产品交易市场)等"
F2 = "其中,南昌长园金锂科技有限公司酸铁锂正极材料研发生产项目,占地约350亩,主要从事新能源、新材料等领域的研发、制造与服务,分两期建设,一期投资6亿元,建设1.5万吨磷酸铁锂正极材料,建成达产后预计可实现年营收超30亿元"
F3 = "小蓝经开区招商局副局长熊燕红说,该项目可完善辖区新能源产业链"
F4 = "一季度,南昌县(小蓝经开区)一般公共预算收入完成27.39亿元,增幅9.8%"
FD = "2023-04-27"
CY = "南昌长园金锂科技有限公司酸铁锂正极材料研发生产项目"
G["yr06"] = dict(
 article=art("总投资123.65亿元 江西南昌县第二季度重大重点项目集中开工", "新华社（来源行“来源: 新华社”），载于 hnmdtv.com（转载站，标题后缀“-世界播报”已删）", "2023-04-28", "day",
  "News-agency item relayed by an aggregator, Jiangxi: a county merged with its economic development zone starts 45 projects in Q2 — two named logistics-park projects, one named lithium-cathode project by a named firm with land, phase-1 investment and capacity, expected revenue, the zone official's comment, and the county-zone's Q1 budget revenue",
  "https://www.hnmdtv.com/house/2023/0428/246759.html",
  "日期取页面“时间:2023-04-28 15:28:14 来源: 新华社”（该行与“(资料图片仅供参考)”已删）；开工仪式 2023-04-27。标题照录，转载站在标题后加的“-世界播报”已删（make_txt.py HEAD_SUFFIX）。存段末段（引语“今天集中开工的一批项目…接下来,我们将以本次活动为契机,牢固树立”）在引号内中断，整段删去，正文截至“…增幅9.8%。”，共四段。园区：小蓝经开区（南昌县，南昌，江西；文中写作“南昌县(小蓝经开区)”，县区合一）。项目：南昌国际陆港枢纽产业园(南昌向塘电商物流服务中心)、昌南农产品冷链智慧物流产业园(一期农产品交易市场)——集中开工项目，无金额，位置只说南昌县，park null（两者名含“产业园”，另列可选园区）；南昌长园金锂科技有限公司酸铁锂正极材料研发生产项目——集中开工，占地约350亩，分两期，只给一期投资6亿元（总投资未写，investment 不记，一期投资记事实），小蓝经开区招商局副局长称其完善“辖区”产业链，园区推定为小蓝经开区（注明）。事实主体：45个项目、123.65亿元与一般公共预算收入为“南昌县(小蓝经开区)”的数字，记于区域“南昌县”（注明县区合一；标题亦作“南昌县”）。“近123.65亿元”→约。项目预计年营收：一期超30亿元、全部超100亿元（target）。",
  "yr06"),
 parks=[
  park(XL, "南昌", "江西", "经开区", F0, district="南昌县", note="文中作“南昌县(小蓝经开区)”，县区合一"),
  park("南昌国际陆港枢纽产业园", "南昌", "江西", "产业园（物流）", F1, district="南昌县", opt=True, note="开工项目名"),
  park("昌南农产品冷链智慧物流产业园", "南昌", "江西", "产业园（冷链物流）", F1, district="南昌县", opt=True, note="开工项目名"),
 ],
 companies=[
  comp("南昌长园金锂科技有限公司", XL, F2, note="园区由招商局副局长“辖区”一语推定"),
 ],
 institutions=[
  inst("小蓝经开区招商局", F3, park=XL),
 ],
 projects=[
  proj("南昌国际陆港枢纽产业园(南昌向塘电商物流服务中心)", None, F1, aliases=["南昌向塘电商物流服务中心"], status="开工", status_text="集中开工",
       note="位置只说南昌县"),
  proj("昌南农产品冷链智慧物流产业园(一期农产品交易市场)", None, F1, aliases=["一期农产品交易市场"], status="开工", status_text="集中开工",
       note="位置只说南昌县"),
  proj(CY, XL, F2, companies=["南昌长园金锂科技有限公司"], status="开工", status_text="集中开工",
       note="分两期建设，只给一期投资6亿元（记为事实）；园区由“辖区”一语推定"),
 ],
 aggregate_facts=[
  fact("南昌县", "region", "projects_started", 45, "count", F0, FD, note="文中作“南昌县(小蓝经开区)”"),
  fact("南昌县", "region", "projects_started_investment_cny", 1.2365e10, "cny", "总投资近123.65亿元", FD, qual="约", qtext="近", chk=True, note="文中作“南昌县(小蓝经开区)”"),
  fact("南昌县", "region", "general_public_budget_revenue_cny", 2.739e9, "cny", "一般公共预算收入完成27.39亿元,增幅9.8%", "2023年一季度", kind="cumulative", chk=True, note="文中作“南昌县(小蓝经开区)”"),
  fact("南昌县", "region", "general_public_budget_revenue_yoy_growth", 0.098, "ratio", F4, "2023年一季度", kind="ratio"),
  fact(CY, "project", "site_area_mu", 350, "mu", F2, FD, qual="约", qtext="约"),
  fact(CY, "project", "phase1_investment_cny", 6e8, "cny", "一期投资6亿元,建设1.5万吨磷酸铁锂正极材料,建成达产后预计可实现年营收超30亿元", FD, chk=True),
  fact(CY, "project", "expected_annual_revenue_cny", 3e9, "cny", "建成达产后预计可实现年营收超30亿元", "一期达产后（预期）", kind="target", qual="超", qtext="超", chk=True),
  fact(CY, "project", "expected_annual_revenue_cny", 1e10, "cny", "全部项目建成达产后,将形成10万吨年产能,预计实现年营收超100亿元", "全部达产后（预期）", kind="target", qual="超", qtext="超", chk=True),
  fact(CY, "project", "phase1_capacity_tonnes", 15000, "t", F2, FD, kind="target", opt=True, note="一期1.5万吨磷酸铁锂正极材料"),
  fact(CY, "project", "capacity_tonnes", 100000, "t", "全部项目建成达产后,将形成10万吨年产能", "全部达产后（预期）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- yr07 衡东县“投资促进季”集中签约 (湖南日报·新湖南 2026)
YZ = "印章产业园"
H0 = "今天上午,衡东县举行“投资促进季”招商引资项目集中签约仪式,19个项目成功签约"
H1 = "湖南中核金原新材料有限责任公司总经理李涛说,力争更多项目落户衡东"
H2 = "共伴生二次资源综合回收项目由中核资源投资建设,总投资约1亿元,用地20亩,主要建设共伴生二次资源废渣综合利用生产线"
H3 = "数字印章生产及推广应用项目由湖南鑫汇能印业投资建设,总投资3000万元,计划在印章产业园创办以手工雕刻、直播电商、玉石雕刻为特色的职业培训中心"
H4 = "这批项目全部达产后,预计年新增产值逾35亿元、税收超2亿元、带动就业2000人左右"
H5 = "截至去年11月底,衡东县共签约招商引资项目29个。亿元以上项目28个,引资75.7亿元"
HD = "2026-01-15"
HC = "2025年1–11月"
G["yr07"] = dict(
 article=art("（无标题）衡东县“投资促进季”招商引资项目集中签约 19个项目成功签约", "湖南日报·新湖南客户端（hunantoday.cn；记者 陈鸿飞，通讯员 文忆祥、周健、王峥）", "2026-01-15", "day",
  "Provincial daily's app, Hunan: a county's signing of 19 investment projects — expected output, tax and jobs, two named projects with investors, amounts and expectations (one to be housed in the county's seal-industry park), and the county's signings and investment attracted in the previous year",
  "https://www.hunantoday.cn/news/xhn/202601/31360219.html",
  "日期取存段首行“陈鸿飞 湖南日报·新湖南客户端 2026-01-15 21:40:16”（该行已删）与电头“1月15日讯”“今天上午”。存段无标题行（title 为编者概括）；正文中的图片说明“衡东县举行“投资促进季”招商引资项目集中签约仪式”一行已删（inner_drop）。存段末句“在去年“校友回湘”大会上,入选招商引资落地金额榜单前三十,是衡阳市唯一上榜”未完，删去（make_txt.py LINE_SUFFIX），正文截至“…鹿养殖项目被认定为第二批衡商回归标志性项目。”，共四段。园区：印章产业园（衡东县，衡阳，湖南）。公司：湖南中核金原新材料有限责任公司（总经理发言；与“中核资源”关系文中未明说，分列）；中核资源（共伴生项目投资方）；湖南鑫汇能印业（数字印章项目投资方，项目在印章产业园）；东健药业公司（获奖，可选）。项目：共伴生二次资源综合回收项目（总投资约1亿元→约；19个签约项目之一→签约；落地位置未写，park null）；数字印章生产及推广应用项目（总投资3000万元，签约，计划在印章产业园办培训中心→park 印章产业园）；鹿养殖项目（“衡商回归标志性项目”，可选，status 不记）。事实：衡东县19个项目签约、全部达产后年新增产值逾35亿元、税收超2亿元、就业2000人左右（target）；两个项目的用地、预计年产值与税收（target；“以上”→超）；截至2025年11月底签约29个、亿元以上28个、引资75.7亿元（cumulative）；“湘商回归”项目19个、到位资金39.86亿元（可选）。",
  "yr07"),
 parks=[
  park(YZ, "衡阳", "湖南", "产业园（印章）", H3, district="衡东县"),
 ],
 companies=[
  comp("湖南中核金原新材料有限责任公司", None, H1),
  comp("中核资源", None, H2, note="共伴生二次资源综合回收项目投资方"),
  comp("湖南鑫汇能印业", YZ, H3, note="项目（职业培训中心）计划在印章产业园"),
  comp("东健药业公司", None, "东健药业公司获得第六批省级制造业单项冠军企业、“湖南老字号”等荣誉称号", opt=True),
 ],
 projects=[
  proj("共伴生二次资源综合回收项目", None, H2, companies=["中核资源"], inv="总投资约1亿元", qual="约", qual_text="约", status="签约", status_text="集中签约",
       note="19个签约项目之一；落地位置未写"),
  proj("数字印章生产及推广应用项目", YZ, H3, companies=["湖南鑫汇能印业"], inv="总投资3000万元", status="签约", status_text="集中签约",
       note="19个签约项目之一；计划在印章产业园办职业培训中心"),
  proj("鹿养殖项目", None, "鹿养殖项目被认定为第二批衡商回归标志性项目", opt=True, note="衡商回归标志性项目；status 不记"),
 ],
 aggregate_facts=[
  fact("衡东县", "region", "projects_signed", 19, "count", H0, HD),
  fact("衡东县", "region", "expected_annual_output_cny", 3.5e9, "cny", "预计年新增产值逾35亿元、税收超2亿元、带动就业2000人左右", "全部达产后（预期）", kind="target", qual="超", qtext="逾", chk=True),
  fact("衡东县", "region", "expected_annual_tax_cny", 2e8, "cny", "税收超2亿元、带动就业2000人左右", "全部达产后（预期）", kind="target", qual="超", qtext="超", chk=True),
  fact("衡东县", "region", "expected_jobs", 2000, "count", H4, "全部达产后（预期）", kind="target", qual="约", qtext="左右"),
  fact("共伴生二次资源综合回收项目", "project", "site_area_mu", 20, "mu", H2, HD),
  fact("共伴生二次资源综合回收项目", "project", "expected_annual_output_cny", 2e8, "cny", "建成后,预计年产值2亿元,年创税收2000万元", "建成后（预期）", kind="target", chk=True),
  fact("共伴生二次资源综合回收项目", "project", "expected_annual_tax_cny", 2e7, "cny", "年创税收2000万元", "建成后（预期）", kind="target", chk=True),
  fact("数字印章生产及推广应用项目", "project", "expected_annual_output_cny", 1e7, "cny", "建成后预计年产值1000万元以上,年创税收100万元以上", "建成后（预期）", kind="target", qual="超", qtext="以上", chk=True),
  fact("数字印章生产及推广应用项目", "project", "expected_annual_tax_cny", 1e6, "cny", "年创税收100万元以上", "建成后（预期）", kind="target", qual="超", qtext="以上", chk=True),
  fact("衡东县", "region", "projects_signed", 29, "count", H5, HC, kind="cumulative"),
  fact("衡东县", "region", "projects_signed_over_100m", 28, "count", H5, HC, kind="cumulative"),
  fact("衡东县", "region", "signed_investment_cny", 7.57e9, "cny", "引资75.7亿元", HC, kind="cumulative", chk=True),
  fact("衡东县", "region", "returnee_projects", 19, "count", "完成“湘商回归”项目19个,到位资金39.86亿元", "2025年（截至11月底）", kind="cumulative", opt=True),
  fact("衡东县", "region", "returnee_funds_in_place_cny", 3.986e9, "cny", "到位资金39.86亿元", "2025年（截至11月底）", kind="cumulative", opt=True, chk=True),
 ])
