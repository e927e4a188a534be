# real224 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all nine items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); “3.08亿” without 元 is kept as investment_text with
# investment_cny null (unparsed=True, as real25 q04). Growth rates and shares as ratios. Projects: the park is the one the text
# places the project in, null if none (a county or district is not a park). Status from the text's words (开工仪式 / 已开工建设
# → 开工; 正在建设 / 收尾 / 进度达90% / 稳步推进 → 在建; 基本建成 → 竣工 (status_alt 在建); 试运行 / 建成投入使用 → 投产
# (status_alt 竣工); 加紧推进前期工作 → planned; 落地 / 引进 alone → no status). Year-to-date and multi-year sums (“累计”,
# “截至目前”, “十年来”) are cumulative; plans (“计划总投资”, “拟引进”) are target. Sources are `search` (corpus pages) excerpts
# typed into _raw/pages/toNN.raw as returned.

# ---------------------------------------------------------------- to01 贵阳高新区 five-year feature (贵州日报 2022)
GY = "贵阳高新区"
A1 = "规模工业增加值自2017年起年增速始终保持20%以上,规模工业总产值累计完成689亿元"
A2 = "全区规模工业总产值首次突破200亿元大关,同比增长26.5%,新引进产业项目到位资金累计完成170.1亿元"
A3 = "2021年7月,贵州航宇科技发展股份有限公司成为贵州首家在科创板上市的企业"
A4 = "专注于锂离子电池正极材料研发、生产的企业——贵州振华新材料股份有限公司也顺利登陆科创板"
AS1 = "2017年至2021年（五年累计）"
G["to01"] = dict(
 article=art("（无标题）贵阳高新区五年：规模工业总产值累计689亿元，2021年首次突破200亿元", "贵州日报（杨唯），贵州日报数字报 szb.eyesnews.cn（pad 版）", "2022-04-25", "day",
  "Provincial party daily's digital edition, Guizhou: a feature on a national high-tech zone's five years — cumulative industrial output, fixed-asset and industrial investment, 2021 industrial output and growth, funds in place, two zone firms listed on the STAR Market",
  "http://szb.eyesnews.cn/pad/cont/202204/25/content_54929.html",
  "日期取网址 202204/25。存段无标题（title 为编者概括），开头为图片说明“贵阳高新区俯瞰。 (贵阳高新区融媒体中心供图)”与署名“杨 唯”，两行已删（署名记于 outlet）。存段在小标题“‘智造’重塑制造”下第二段“这两家上市企业均来自贵阳高新区,成为该区从…深化‘放管服’改革”处中断；该句只留到第一个分句“这两家上市企业均来自贵阳高新区”（make_txt.py LINE_SUFFIX），正文以此结尾、无句号，共七段（含小标题一行）。园区：贵阳高新区（贵阳市，贵州；文中只作“贵阳高新区”“该区”“全区”，级别未明说）。公司：贵州航宇科技发展股份有限公司、贵州振华新材料股份有限公司（“这两家上市企业均来自贵阳高新区”）。事实：“自2017年起…累计”四项为五年累计（cumulative，as_of 2017年至2021年）；2021年规模工业总产值“首次突破200亿元”（超）、增长26.5%；“新引进产业项目到位资金累计完成170.1亿元”为2021年全年累计（cumulative）。“绝对值排全市第一”不计。",
  "to01"),
 parks=[
  park(GY, "贵阳", "贵州", "高新区", "贵阳高新区紧扣“一品一业、百业富贵”战略部署", note="文中又作“该区”“全区”；级别未明说"),
 ],
 companies=[
  comp("贵州航宇科技发展股份有限公司", GY, A3, note="2021年7月科创板上市；“这两家上市企业均来自贵阳高新区”"),
  comp("贵州振华新材料股份有限公司", GY, A4, note="锂离子电池正极材料；2021年9月前后科创板上市"),
 ],
 aggregate_facts=[
  fact(GY, "park", "industrial_output_cny", 6.89e10, "cny", "规模工业总产值累计完成689亿元", AS1, kind="cumulative", chk=True),
  fact(GY, "park", "fixed_asset_investment_cny", 5.57e10, "cny", "固定资产投资累计完成557亿元", AS1, kind="cumulative", chk=True),
  fact(GY, "park", "industrial_investment_cny", 2.76e10, "cny", "工业投资累计完成276亿元", AS1, kind="cumulative", chk=True),
  fact(GY, "park", "major_projects_investment_cny", 3.65e10, "cny", "省重大工程和重点项目累计完成365亿元", AS1, kind="cumulative", chk=True, opt=True),
  fact(GY, "park", "industrial_value_added_growth", 0.20, "ratio", A1, "2017年起每年", kind="ratio", qual="超", qtext="以上", opt=True,
       note="“年增速始终保持20%以上”"),
  fact(GY, "park", "industrial_output_cny", 2e10, "cny", "全区规模工业总产值首次突破200亿元大关", "2021年", qual="超", qtext="突破", chk=True),
  fact(GY, "park", "industrial_output_yoy_growth", 0.265, "ratio", A2, "2021年", kind="ratio"),
  fact(GY, "park", "funds_in_place_cny", 1.701e10, "cny", "新引进产业项目到位资金累计完成170.1亿元", "2021年", kind="cumulative", chk=True,
       note="新引进产业项目到位资金；“绝对值排全市第一”"),
 ])

# ---------------------------------------------------------------- to02 贵阳经开区 一季度 (贵州日报天眼新闻 via djxww 2022)
GJ = "贵阳经开区"
B0 = "一季度贵阳经开区规模以上工业增加值同比增长16.1%"
B1 = "在该区规上工业22个大类行业中,医药制造业、专用设备制造业等18个行业增加值实现正增长,增长率达81.8%"
AS2 = "2022年一季度"
G["to02"] = dict(
 article=art("（无标题）一季度贵阳经开区规模以上工业增加值同比增长16.1%", "贵州日报天眼新闻（记者 陈露），载于 m.djxww.com", "2022-04-29", "day",
  "Provincial paper's news app relayed by a local site, Guizhou: a national economic development zone's first-quarter industrial growth — value-added growth overall and by sector, its three industrial clusters",
  "http://m.djxww.com/xiaoshou/zonghe/2022/0429/63110.html",
  "日期取网址 2022/0429（文中“今年一季度”即2022年一季度）。存段无标题、无日期行（title 为编者概括）。署名“贵州日报天眼新闻记者 陈露”与编辑、二审、三审行及“推荐内容”已删；正文五段，完整。园区：贵阳经开区（贵阳经济技术开发区，贵阳市，贵州；文中只作“贵阳经开区”“该区”“全区”）。无点名企业或项目（“医药制造业、专用设备制造业”为行业）。事实：规上工业增加值增长16.1%；22个大类行业中18个正增长（“增长率达81.8%”即正增长行业占比，可选）；先进装备制造业、新能源汽车制造业、电子信息制造业增速（ratio）。贵阳经开区产业发展局列可选机构。",
  "to02"),
 parks=[
  park(GJ, "贵阳", "贵州", "经济技术开发区", B0, note="文中又作“该区”“全区”"),
 ],
 institutions=[
  inst("贵阳经开区产业发展局", "日前,记者从贵阳经开区产业发展局获悉", park=GJ),
 ],
 aggregate_facts=[
  fact(GJ, "park", "industrial_value_added_growth", 0.161, "ratio", B0, AS2, kind="ratio"),
  fact(GJ, "park", "industries_with_growth", 18, "count", B1, AS2, opt=True, note="22个大类行业中"),
  fact(GJ, "park", "industries_with_growth_share", 0.818, "ratio", B1, AS2, kind="ratio", opt=True),
  fact(GJ, "park", "advanced_equipment_value_added_growth", 0.185, "ratio", "先进装备制造业同比增长18.5%", AS2, kind="ratio"),
  fact(GJ, "park", "nev_manufacturing_value_added_growth", 0.76, "ratio", "新能源汽车制造业同比增长76%", AS2, kind="ratio"),
  fact(GJ, "park", "electronics_value_added_growth", 0.255, "ratio", "电子信息制造业同比增长25.5%", AS2, kind="ratio"),
 ])

# ---------------------------------------------------------------- to03 安顺经开区 航空产业城装备制造产业园 (yktchina relay 2023)
AJ = "安顺经济技术开发区"
ZB = "贵州航空产业城装备制造产业园"
C0 = "(本网记者 王超)在安顺经济技术开发区贵州航空产业城装备制造产业园的工地上,两百多名工人顶着五月的骄阳,为上海速威集团的厂房做收尾工作"
C1 = "该企业在贵州航空产业城装备制造产业园投资3.08亿,建设高温合金及耐蚀合金项目"
C2 = "据悉,园区规划用地面积3000亩,计划总投资约52亿元,目前已启动建设的一、二期项目占地563亩,投资13.9亿元"
C3 = "主要有贵飞公司、风雷军械、安吉精铸、龙岩飞机制造厂等4家军工企业"
AS3 = "2023年5月"
G["to03"] = dict(
 article=art("（无标题）安顺经开区贵州航空产业城装备制造产业园：上海速威集团项目厂房收尾，园区计划总投资约52亿元", "m.shuichan.yktchina.com（“市场动态”栏转载；署“本网记者 王超”，原发网站未注明）", "2023-05-06", "day",
  "Aggregator relaying a local news-site report, Guizhou: an aviation equipment park inside a national economic development zone — a first firm's alloy project nearing completion with its investment, the city's aviation industry output, the park's planned area and investment and its first two phases",
  "http://m.shuichan.yktchina.com/scdt/2023/0506/11863.html",
  "日期取网址 2023/0506（文中“五月的骄阳”“五月底”）。存段无标题（title 为编者概括）；“首页 > 市场动态 > >正文”、“(资料图)”、图片说明“贵州航空产业城装备制造产业园招商服务中心”“园区在建厂房”“园区在建办公楼”已删。署名“(本网记者 王超)”在首段句首，照录。存段末句在“投资13.9亿元,建”处中断，只删残余“,建”（make_txt.py LINE_SUFFIX），正文以“…投资13.9亿元”结尾、无句号，共五段。园区：安顺经济技术开发区（又作“安顺经开区”；安顺市，贵州）；贵州航空产业城装备制造产业园（又作“贵州航空产业城装备制造产业园区”“该产业园”“园区”；母园区安顺经济技术开发区）。“贵州航空产业城”为全省航空产业布局的统称，列可选园区。公司：上海速威集团（园区首家，厂房收尾）；贵飞公司、风雷军械、安吉精铸、龙岩飞机制造厂为三线建设时布局在安顺的军工企业（园区未说，可选）。项目：高温合金及耐蚀合金项目——“投资3.08亿”无“元”字，investment_cny 留空（investment_text 照录）；厂房收尾→在建。事实：园区规划用地3000亩、计划总投资约52亿元（target）；已启动建设的一、二期563亩、投资13.9亿元；安顺市航空航天及装备制造2022年规上工业总产值122.18亿元、规上企业五十余家（region，可选）。",
  "to03"),
 parks=[
  park(AJ, "安顺", "贵州", "经济技术开发区", C0, aliases=["安顺经开区"], note="文中又作“安顺经开区”"),
  park(ZB, "安顺", "贵州", "产业园（航空装备制造）", C0, parent=AJ, aliases=["贵州航空产业城装备制造产业园区"], note="文中又作“该产业园”“园区”"),
  park("贵州航空产业城", "安顺", "贵州", "产业城", C0, opt=True, note="航空产业布局统称；只在园区名中"),
 ],
 companies=[
  comp("上海速威集团", ZB, C1, note="生产加工合金材料及高性能有色金属、金属制品；厂房五月底交付"),
  comp("贵飞公司", None, C3, opt=True, note="三线建设军工企业；园区未说"),
  comp("风雷军械", None, C3, opt=True, note="同上"),
  comp("安吉精铸", None, C3, opt=True, note="同上"),
  comp("龙岩飞机制造厂", None, C3, opt=True, note="同上"),
 ],
 projects=[
  proj("高温合金及耐蚀合金项目", ZB, C1, companies=["上海速威集团"], inv="投资3.08亿", unparsed=True, status="在建", status_text="厂房做收尾工作",
       note="“3.08亿”无“元”字，investment_cny 留空；厂房五月底陆续交付使用"),
 ],
 aggregate_facts=[
  fact(ZB, "park", "planned_area_mu", 3000, "mu", C2, AS3, kind="target", opt=True),
  fact(ZB, "park", "planned_total_investment_cny", 5.2e9, "cny", "计划总投资约52亿元,目前已启动建设的一、二期项目占地563亩,投资13.9亿元", AS3, kind="target", qual="约", qtext="约", chk=True),
  fact(ZB, "park", "phase1_2_investment_cny", 1.39e9, "cny", "投资13.9亿元", AS3, chk=True, note="已启动建设的一、二期项目"),
  fact(ZB, "park", "phase1_2_site_area_mu", 563, "mu", C2, AS3, opt=True),
  fact("安顺市", "region", "aviation_equipment_output_cny", 1.2218e10, "cny", "2022年,安顺市航空航天及装备制造产业完成规模以上工业总产值122.18亿元", "2022年", chk=True, opt=True),
  fact("安顺市", "region", "aviation_equipment_above_scale_firms", 50, "count", "目前,安顺市航空航天及装备制造规模以上企业已有五十余家", AS3, qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- to04 安顺航空发动机制造产业园提质升级建设项目开工 (掌上安顺 2024)
YC = "羊昌工业园"
FD = "安顺航空发动机制造产业园"
PJ4 = "贵州航空产业城安顺航空发动机制造产业园提质升级建设项目"
D0 = "据了解,贵州航空产业城安顺航空发动机制造产业园提质升级建设项目位于平坝区羊昌工业园,项目总投资50129万元,建设周期3年"
G["to04"] = dict(
 article=art("贵州航空产业城安顺航空发动机制造产业园提质升级建设项目开工仪式举行", "掌上安顺（安顺日报融媒体中心记者 桂传念），载于安顺新闻网 asxw.net", "2024-08-09", "day",
  "City daily's news app on the city news site, Guizhou: groundbreaking of an aviation-engine park upgrading project — its location in a district industrial park, total investment, construction period and content, the engine plant it builds on",
  "http://asxw.net/c/2024-08-09/703593.shtml",
  "日期取页面“2024-08-09 00:11:45 来源: 掌上安顺”（开工仪式在8月8日）。标题照录；日期来源行、署名“安顺日报融媒体中心记者 桂传念”、责任编辑行与页尾“站内搜索”“热门排行”已删；正文四段，完整。园区：羊昌工业园（平坝区，安顺市，贵州；项目“位于平坝区羊昌工业园”）；安顺航空发动机制造产业园（标题全称“贵州航空产业城安顺航空发动机制造产业园”；提质升级对象，母园区推定为羊昌工业园）；安顺高新区只在参会名单中（可选）。项目：贵州航空产业城安顺航空发动机制造产业园提质升级建设项目——开工，总投资50129万元（5.0129亿元），建设周期3年；park 记羊昌工业园（文中“位于”）。中国航发黎阳厂为依托企业（园区未说，可选）；国家开发银行贵州省分行、西南能矿集团股份有限公司只在参会名单中（可选）。",
  "to04"),
 parks=[
  park(YC, "安顺", "贵州", "工业园", D0, district="平坝区", note="项目所在地"),
  park(FD, "安顺", "贵州", "产业园（航空发动机制造）", D0, district="平坝区", parent=YC, aliases=["贵州航空产业城安顺航空发动机制造产业园"],
       note="提质升级对象；母园区由语境推定"),
  park("安顺高新区", "安顺", "贵州", "高新区", "市有关领导,平坝区、安顺高新区,市、区航空指挥部有关人员", opt=True, note="只在参会名单中"),
 ],
 companies=[
  comp("中国航发黎阳厂", None, "利用中国航发黎阳厂这个省级国防科技工业重点企业的技术产业优势", opt=True, note="项目依托企业；园区未说"),
  comp("西南能矿集团股份有限公司", None, "西南能矿集团股份有限公司党委委员、副总经理洪江等参加开工仪式", opt=True, note="参会"),
 ],
 institutions=[
  inst("国家开发银行贵州省分行", "国家开发银行贵州省分行党委委员、副行长郭国本", kind="bank", note="参会"),
 ],
 projects=[
  proj(PJ4, YC, D0, inv="项目总投资50129万元", status="开工", status_text="开工仪式举行",
       note="2024年8月8日开工；建设周期3年；新建标准厂房、办公用房、倒班宿舍等"),
 ],
 aggregate_facts=[
  fact(PJ4, "project", "construction_period_years", 3, "years", D0, "2024年8月（开工时）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- to05 安顺市西秀区引进航空类项目33个 (贵州日报 via huashangw 2026)
XX = "西秀区航空结构部件加工产业园"
PJ5 = "西秀区航空结构部件加工产业园B地块项目"
E0 = "近日,在安顺市西秀区航空结构部件加工产业园B地块项目现场,新建办公楼外立面已完成施工"
E1 = "“项目建设进度达90%,已完成投资4.56亿元,距离全面完工只剩最后冲刺阶段。”西秀区宏丰产业发展有限公司董事长于航介绍,该项目总投资5.17亿元"
E2 = "规划建设11栋厂房及周边附属设施,拟引进企业18家,目前已有11家企业签订投资协议,7家企业率先完成入驻"
E3 = "截至目前,已成功引进航空类项目33个,总投资超过116亿元"
E4 = "建成标准化厂房28.3万平方米,航空装备制造业总产值占规上工业总产值比重达54.7%"
AS5 = "2026年1月（截至目前）"
G["to05"] = dict(
 article=art("安顺市西秀区引进航空类项目33个", "贵州日报（本报讯，记者 梅世桂），转载于 huashangw.com（“转自:贵州日报”）", "2026-01-12", "day",
  "Provincial daily relayed by a business site, Guizhou: a district's aviation parts park nearly built (investment done and total, firms planned, signed and entered), the district's aviation projects and their total investment since 2021",
  "http://www.huashangw.com/shangye/show-951693.html",
  "日期取页面“2026-01-12 06:03:53”（转载时间；原刊日不详，推定同日或前一日）。标题照录；“创始人”“0”“转自:贵州日报”行与页尾“相关内容”“热门资讯”列表已删；正文四段，完整。园区：西秀区航空结构部件加工产业园（文中作“安顺市西秀区航空结构部件加工产业园”；安顺市西秀区，贵州）；“贵州航空产业城”为全省航空产业布局统称（可选）。项目：西秀区航空结构部件加工产业园B地块项目——进度90%（在建），总投资5.17亿元，已完成投资4.56亿元（cumulative）；规划11栋厂房，拟引进企业18家（target），已有11家签约、7家入驻。西秀区宏丰产业发展有限公司为项目方（董事长介绍），园区未说，可选。西秀区为区（region）：“十四五”以来引进航空类项目33个、总投资超过116亿元（cumulative）、标准化厂房28.3万平方米、航空装备制造业产值占比54.7%。",
  "to05"),
 parks=[
  park(XX, "安顺", "贵州", "产业园（航空结构部件加工）", E0, district="西秀区", note="文中作“安顺市西秀区航空结构部件加工产业园”"),
  park("贵州航空产业城", "安顺", "贵州", "产业城", "西秀区作为贵州航空产业城建设的主阵地、核心区", opt=True, note="航空产业布局统称"),
 ],
 companies=[
  comp("西秀区宏丰产业发展有限公司", None, E1, opt=True, note="项目方（董事长于航介绍项目）；园区未说"),
 ],
 projects=[
  proj(PJ5, XX, E1, companies=["西秀区宏丰产业发展有限公司"], inv="该项目总投资5.17亿元", status="在建", status_text="项目建设进度达90%",
       note="8栋厂房已建成；已完成投资4.56亿元"),
 ],
 aggregate_facts=[
  fact(PJ5, "project", "completed_investment_cny", 4.56e8, "cny", "已完成投资4.56亿元", AS5, kind="cumulative", chk=True),
  fact(XX, "park", "planned_firms", 18, "count", E2, AS5, kind="target"),
  fact(XX, "park", "firms_signed", 11, "count", E2, AS5),
  fact(XX, "park", "firms_entered", 7, "count", E2, AS5),
  fact(XX, "park", "planned_factory_buildings", 11, "count", E2, AS5, kind="target", opt=True),
  fact("西秀区", "region", "aviation_projects_attracted", 33, "count", E3, "2021年至2026年1月（“十四五”以来）", kind="cumulative"),
  fact("西秀区", "region", "aviation_projects_investment_cny", 1.16e10, "cny", "总投资超过116亿元", "2021年至2026年1月（“十四五”以来）", kind="cumulative", qual="超", qtext="超过", chk=True),
  fact("西秀区", "region", "standard_factory_area_m2", 2.83e5, "m2", E4, AS5, kind="cumulative", opt=True),
  fact("西秀区", "region", "aviation_output_share", 0.547, "ratio", E4, AS5, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- to06 楚雄高新区 产业 (cnrepark 云南 2023)
CX = "楚雄高新区"
TC = "楚雄高新区绿色铜材加工产业园"
ZD = "植物蛋白产业园"
F0 = "2022年以来,云南省楚雄彝族自治州高新区被认定为国家级绿色园区、国家知识产权强国建设试点园区、全省首批绿色低碳示范园区"
F1 = "新材料产业正在打造以滇中有色为核心的楚雄高新区绿色铜材加工产业园,2022年实现产值248.11亿元"
F2 = "绿色食品产业打造了以摩尔农庄为核心的植物蛋白产业园,2022年实现产值6.13亿元"
F3 = "绿色化工产业正在建设川至半导体新材料、衡楚原料药、金山电子化学试剂等一批绿色化工项目,2022年实现产值13.51亿元"
G["to06"] = dict(
 article=art("（无标题）楚雄高新区绿色转型与集群发展：2022年生物医药产值78.13亿元、新材料248.11亿元", "工业园网 cnrepark（yn.cnipai.com 云南频道；原发媒体与署名未注明，文中“记者了解到”）", "2023", "year",
  "Industrial-park portal's provincial channel, Yunnan: a prefecture-level high-tech zone's green titles and its “2 main + 3 auxiliary” industries — 2022 output by industry, two sub-parks built around lead firms, three chemical projects under construction, a pharmaceutical firm",
  "https://yn.cnipai.com/news/detail/300999.html",
  "存段无标题、无日期行（title 为编者概括）。日期：文中引《云南省开发区振兴三年行动(2023—2025年)》与2022年全年产值，故不早于2023年；同站 gz.cnipai 294936 为2022-01-17、301864 为2023-04-24，本条编号300999在其间且接近后者，约为2023年3—4月，记 2023（year）。存段在末段“在云南神威”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…被科技部认定为国家创新型产业集群。”，共六段。“楚雄高新区大力发展生物医药产业”“云南神威施普瑞药业有限公司”两行单独成行，可能是小标题或图片说明，照录为段。园区：楚雄高新区（文中首句作“云南省楚雄彝族自治州高新区”，又作“高新区”“全区”；楚雄彝族自治州，云南）；子园区：楚雄高新区绿色铜材加工产业园（以滇中有色为核心，“正在打造”）、植物蛋白产业园（以摩尔农庄为核心），母园区均为楚雄高新区。公司：滇中有色、摩尔农庄（各在其子园区）；云南神威施普瑞药业有限公司（单独一行，末段在“在云南神威”处中断；园区由语境推定，可选）。项目：川至半导体新材料、衡楚原料药、金山电子化学试剂——“正在建设”→在建，园区楚雄高新区，无金额。事实：2022年四个产业产值（subject 楚雄高新区）。",
  "to06"),
 parks=[
  park(CX, "楚雄", "云南", "高新区", F0, aliases=["楚雄彝族自治州高新区"], note="首句作“云南省楚雄彝族自治州高新区”；又作“高新区”“全区”"),
  park(TC, "楚雄", "云南", "产业园（绿色铜材加工）", F1, parent=CX, note="以滇中有色为核心，正在打造"),
  park(ZD, "楚雄", "云南", "产业园（植物蛋白）", F2, parent=CX, note="以摩尔农庄为核心；母园区由语境推定"),
 ],
 companies=[
  comp("滇中有色", TC, F1, note="绿色铜材加工产业园核心企业"),
  comp("摩尔农庄", ZD, F2, note="植物蛋白产业园核心企业"),
  comp("云南神威施普瑞药业有限公司", CX, "云南神威施普瑞药业有限公司", opt=True, note="单独一行（小标题或图片说明）；园区由语境推定"),
 ],
 projects=[
  proj("川至半导体新材料", CX, F3, status="在建", status_text="正在建设", note="绿色化工项目；无金额"),
  proj("衡楚原料药", CX, F3, status="在建", status_text="正在建设", note="同上"),
  proj("金山电子化学试剂", CX, F3, status="在建", status_text="正在建设", note="同上"),
 ],
 aggregate_facts=[
  fact(CX, "park", "biomedicine_output_cny", 7.813e9, "cny", "2022年,高新区生物医药产业实现产值78.13亿元", "2022年", chk=True),
  fact(CX, "park", "new_materials_output_cny", 2.4811e10, "cny", F1, "2022年", chk=True),
  fact(CX, "park", "green_food_output_cny", 6.13e8, "cny", F2, "2022年", chk=True),
  fact(CX, "park", "green_chemical_output_cny", 1.351e9, "cny", F3, "2022年", chk=True),
 ])

# ---------------------------------------------------------------- to07 砚山千亿级产业园区 (文山州融媒体中心 2025)
YS = "云南砚山产业园区"
LY = "绿色铝创新产业园"
G0 = "文网讯 自2019年山东魏桥集团云南宏泰公司203万吨电解铝项目落地以来,砚山县锚定千亿级产业园区目标,全力推动绿色铝创新产业园发展"
G1 = "成功引进云南创格年产38万吨新能源汽车轻量化铝合金材料、云南文都年产50万吨新型预焙阳极等项目,集群效应显现"
G2 = "目前园区共招引铝产业及配套项目28个,其中建成投产项目15个、在建项目7个、开展前期工作项目6个,计划总投资410亿元,完成投资274亿元"
G3 = "2024年,园区实现铝产业产值477亿元,宏泰、创新、凯隆3家企业进入全省非公企业百强榜单"
G4 = "截至目前,共报批土地8043亩,已供7475亩,存量用地568亩"
G5 = "在全省七个千亿级产业园区中,云南砚山产业园区2024年实现营业收入642亿元,增速60.2%"
AS7 = "2025年7月（截至目前）"
G["to07"] = dict(
 article=art("聚力绿色铝 锻造新引擎:砚山千亿级产业园区加速崛起", "文山州融媒体中心（文网讯），wsnews.com.cn", "2025-07-07", "day",
  "Prefecture media centre's news site, Yunnan: a county's green-aluminium park — the anchor smelter project, two processing projects attracted, projects by stage with planned and completed investment, 2024 aluminium output, top firms, land supply, the industrial park's 2024 revenue and growth",
  "http://www.wsnews.com.cn/p/338559.html",
  "日期取页面“发布时间:2025-07-07 16:42:31”。标题照录；“登录文山州融媒体中心账号”与发布时间行已删。存段末句在“增速60.2%,营业”处中断，只删残余“,营业”（make_txt.py LINE_SUFFIX），正文以“…增速60.2%”结尾、无句号，共五段。园区：云南砚山产业园区（砚山县，文山壮族苗族自治州，云南；省级千亿级产业园区之一）；绿色铝创新产业园（文中“全力推动绿色铝创新产业园发展”，母园区推定为云南砚山产业园区）。“园区共招引…28个”“园区实现铝产业产值477亿元”中的“园区”按上下文归绿色铝创新产业园（也可理解为砚山产业园区，note 注明）。标题“砚山千亿级产业园区”为描述，不作别名。公司：云南宏泰公司（又作“宏泰”；山东魏桥集团下属，203万吨电解铝项目）、云南创格、云南文都、创新、凯隆（园区内）；山东魏桥集团（母公司，可选）。项目：云南宏泰公司203万吨电解铝项目（2019年“落地”，无状态）；云南创格年产38万吨新能源汽车轻量化铝合金材料、云南文都年产50万吨新型预焙阳极（“成功引进”，无状态、无金额）。事实：项目数按阶段（28/15/7/6），计划总投资410亿元（target）、完成投资274亿元（cumulative），2024年铝产业产值477亿元；土地（可选）；砚山产业园区2024年营业收入642亿元、增速60.2%。“全省非公企业百强”名次不计。",
  "to07"),
 parks=[
  park(YS, "文山", "云南", "产业园区", G5, district="砚山县", note="省级千亿级产业园区之一"),
  park(LY, "文山", "云南", "产业园（绿色铝）", G0, district="砚山县", parent=YS, note="又作“园区”；母园区由语境推定"),
 ],
 companies=[
  comp("云南宏泰公司", LY, G0, aliases=["宏泰"], note="山东魏桥集团下属；203万吨电解铝项目2019年落地"),
  comp("山东魏桥集团", None, G0, opt=True, note="云南宏泰公司母公司"),
  comp("云南创格", LY, G1, note="年产38万吨新能源汽车轻量化铝合金材料项目"),
  comp("云南文都", LY, G1, note="年产50万吨新型预焙阳极项目"),
  comp("创新", LY, G3, opt=True, note="名称不全；进入全省非公企业百强"),
  comp("凯隆", LY, G3, opt=True, note="名称不全；进入全省非公企业百强"),
 ],
 projects=[
  proj("云南宏泰公司203万吨电解铝项目", LY, G0, companies=["云南宏泰公司"], note="2019年落地；链主项目；无状态词"),
  proj("云南创格年产38万吨新能源汽车轻量化铝合金材料", LY, G1, companies=["云南创格"], note="成功引进；无状态词、无金额"),
  proj("云南文都年产50万吨新型预焙阳极", LY, G1, companies=["云南文都"], note="成功引进；无状态词、无金额"),
 ],
 aggregate_facts=[
  fact(LY, "park", "projects_attracted", 28, "count", G2, AS7, kind="cumulative", note="铝产业及配套项目；“园区”按上下文归绿色铝创新产业园"),
  fact(LY, "park", "projects_in_production", 15, "count", G2, AS7),
  fact(LY, "park", "projects_under_construction", 7, "count", G2, AS7),
  fact(LY, "park", "projects_preparatory", 6, "count", G2, AS7, opt=True),
  fact(LY, "park", "planned_total_investment_cny", 4.1e10, "cny", "计划总投资410亿元,完成投资274亿元", AS7, kind="target", chk=True),
  fact(LY, "park", "completed_investment_cny", 2.74e10, "cny", "完成投资274亿元", AS7, kind="cumulative", chk=True),
  fact(LY, "park", "aluminium_output_cny", 4.77e10, "cny", "2024年,园区实现铝产业产值477亿元", "2024年", chk=True),
  fact(LY, "park", "land_approved_mu", 8043, "mu", G4, AS7, kind="cumulative", opt=True),
  fact(LY, "park", "land_supplied_mu", 7475, "mu", G4, AS7, kind="cumulative", opt=True),
  fact(LY, "park", "land_stock_mu", 568, "mu", G4, AS7, opt=True),
  fact(YS, "park", "revenue_cny", 6.42e10, "cny", "云南砚山产业园区2024年实现营业收入642亿元,增速60.2%", "2024年", chk=True),
  fact(YS, "park", "revenue_yoy_growth", 0.602, "ratio", G5, "2024年", kind="ratio"),
 ])

# ---------------------------------------------------------------- to08 曲靖经开区 十年 (新华财经 via whxws 2022)
QJ = "曲靖经济技术开发区"
H0 = "党的十八大以来,国家级曲靖经济技术开发区(简称\"曲靖经开区\")地区生产总值年均增长8.8%,工业增加值年均增长6.5%,社会消费品零售总额年均增长12.3%,城镇居民人均可支配收入年均增长8.5%"
H1 = "10年来,成功签约项目131个,协议总投资1583.6亿元,累计引进国内市外到位资金896亿元,年均增长15%;累计实际利用外资13688万美元"
H2 = "曲靖经开区已引入隆基股份、晶澳科技、阳光能源、宇泽等龙头企业和佑鑫石英坩埚、嘉鸿包材等配套企业"
H3 = "建成和在建硅棒及切片产能80GW,晶澳三期10GW高效电池片、5GW高效组件项目已开工建设"
H4 = "先后引入德方纳米、宁德时代、亿纬锂能、中科电气等龙头企业和梓靖铜箔、飞墨科技等配套企业,建成和在建磷酸铁锂正极材料产能34.5万吨"
AS8 = "2012年至2022年7月（十年累计）"
G["to08"] = dict(
 article=art("曲靖经开区:聚焦新材料新能源 打造先进制造业基地", "新华财经（新华企业资讯），载于 whxws.cn（“武汉新闻网”，责任编辑 xbq001）", "2022-07-18", "day",
  "Financial newswire item relayed by a news site, Yunnan: a national economic development zone's ten-year review at a press conference — average growth rates, projects signed and contracted investment, domestic funds and foreign investment in place, the photovoltaic and battery firms attracted, capacities, a solar cell and module project started",
  "http://whxws.cn/xinwen/269515.html",
  "日期取页面“2022-07-18 来源:新华财经”（发布会在7月14日）。标题照录；面包屑、日期来源行、“分享到:”、图片文件名“1.png”“2.png”与两条图片说明（“图为:…新闻发布会现场(唐开虎 摄)”“图为:德方纳米曲靖生产基地一角(叶倬玮 摄)”）已删；末行“\"营商环境是”为下一段残文，已删；正文三段，完整。文中引号为半角 \"，照录。园区：曲靖经济技术开发区（国家级；简称“曲靖经开区”；曲靖市，云南）。公司：隆基股份、晶澳科技、阳光能源、宇泽（龙头）、佑鑫石英坩埚、嘉鸿包材（配套）、德方纳米、宁德时代、亿纬锂能、中科电气（龙头）、梓靖铜箔、飞墨科技（配套），均“引入”曲靖经开区。项目：晶澳三期10GW高效电池片、5GW高效组件项目——已开工建设→开工，公司晶澳科技，无金额。事实：十年年均增速四项（ratio）；十年签约项目131个、协议总投资1583.6亿元、国内市外到位资金896亿元（年均增长15%）、实际利用外资13688万美元（cumulative）；硅棒及切片产能80GW、磷酸铁锂正极材料产能34.5万吨（建成和在建，可选）。",
  "to08"),
 parks=[
  park(QJ, "曲靖", "云南", "国家级经济技术开发区", H0, aliases=["曲靖经开区"], note="简称“曲靖经开区”"),
 ],
 companies=[
  comp("隆基股份", QJ, H2, note="龙头企业"),
  comp("晶澳科技", QJ, H2, note="龙头企业；三期项目已开工"),
  comp("阳光能源", QJ, H2, note="龙头企业"),
  comp("宇泽", QJ, H2, note="龙头企业"),
  comp("佑鑫石英坩埚", QJ, H2, note="配套企业"),
  comp("嘉鸿包材", QJ, H2, note="配套企业"),
  comp("德方纳米", QJ, H4, note="龙头企业"),
  comp("宁德时代", QJ, H4, note="龙头企业"),
  comp("亿纬锂能", QJ, H4, note="龙头企业"),
  comp("中科电气", QJ, H4, note="龙头企业"),
  comp("梓靖铜箔", QJ, H4, note="配套企业"),
  comp("飞墨科技", QJ, H4, note="配套企业"),
 ],
 projects=[
  proj("晶澳三期10GW高效电池片、5GW高效组件项目", QJ, H3, companies=["晶澳科技"], phase="三期", status="开工", status_text="已开工建设", note="无金额"),
 ],
 aggregate_facts=[
  fact(QJ, "park", "gdp_avg_annual_growth", 0.088, "ratio", H0, "2012年至2022年（年均）", kind="ratio"),
  fact(QJ, "park", "industrial_value_added_avg_annual_growth", 0.065, "ratio", H0, "2012年至2022年（年均）", kind="ratio"),
  fact(QJ, "park", "retail_sales_avg_annual_growth", 0.123, "ratio", H0, "2012年至2022年（年均）", kind="ratio", opt=True),
  fact(QJ, "park", "disposable_income_avg_annual_growth", 0.085, "ratio", H0, "2012年至2022年（年均）", kind="ratio", opt=True),
  fact(QJ, "park", "projects_signed", 131, "count", H1, AS8, kind="cumulative"),
  fact(QJ, "park", "signed_investment_cny", 1.5836e11, "cny", "协议总投资1583.6亿元,累计引进国内市外到位资金896亿元", AS8, kind="cumulative", chk=True),
  fact(QJ, "park", "domestic_funds_in_place_cny", 8.96e10, "cny", "累计引进国内市外到位资金896亿元,年均增长15%", AS8, kind="cumulative", chk=True),
  fact(QJ, "park", "domestic_funds_in_place_avg_annual_growth", 0.15, "ratio", "累计引进国内市外到位资金896亿元,年均增长15%", AS8, kind="ratio", opt=True),
  fact(QJ, "park", "actual_fdi_usd", 1.3688e8, "usd", "累计实际利用外资13688万美元", AS8, kind="cumulative"),
  fact(QJ, "park", "silicon_rod_wafer_capacity_gw", 80, "GW", H3, "2022年7月（建成和在建）", opt=True),
  fact(QJ, "park", "lfp_cathode_capacity_t", 3.45e5, "t", H4, "2022年7月（建成和在建）", opt=True),
 ])

# ---------------------------------------------------------------- to09 玉溪高新区 2025 年度工作会 (玉溪市人民政府 via 10jqka 2026)
YX = "玉溪高新区"
I0 = "2025年玉溪高新区经济运行质效稳步提升,全年完成营业收入1315亿元。其中,规上工业产值达827.2亿元,规上工业增加值达549.9亿元"
I1 = "玉溪市旭日塑料有限责任公司跻身中国轻工业塑料行业(农用薄膜)十强,新引进的加多宝(云南)饮料有限公司等知名食品企业发展迅速"
I2 = "2025年,高新区结转在库项目44个,当年完成投资15.43亿元;新开工入库项目18个,当年完成投资12.36亿元"
I3 = "玉溪卷烟厂就地技改、云南捷辰包装材料有限公司特种纸生产线等项目基本建成"
I4 = "红云制药(云南)智慧生物医药生产基地项目一期生产线试运行;玉溪生物制造产业园项目一期加紧推进前期工作"
I5 = "云南坤天新能源有限公司二期一阶段等项目稳步推进"
I6 = "中国移动通信集团云南有限公司第二数据中心一期建成投入使用"
I7 = "云南疫苗实验室玉溪分中心正式成立,云南猫哆哩集团“云南省特色林果应用技术重点实验室”成功验收"
AS9 = "2025年"
G["to09"] = dict(
 article=art("（无标题）玉溪高新区2025年完成营业收入1315亿元 规上工业产值827.2亿元", "玉溪市人民政府（“据玉溪市人民政府消息”），载于同花顺财经 news.10jqka.com.cn", "2026-02-03", "day",
  "Financial portal relaying a city government item, Yunnan: a national high-tech zone's 2025 results from its annual work meeting — revenue, industrial output and value added, main-industry share, named firms, carried-over and new projects with investment, named projects by stage, innovation platforms",
  "http://news.10jqka.com.cn/20260203/c674507941.shtml",
  "日期取网址 20260203（工作会在1月30日）。存段无标题（title 为编者概括）。转载站在若干词后插入了股票代码括注——“新能源(850101)电池”“电力(562350)”“数字经济(885976)”“中国电信(HK0728)”“云南坤天新能源(850101)有限公司”“中国移动(600941)通信集团”——不属原文，已删（make_txt.py INLINE_DROP，共6处）；其余照录。存段在末段“成功举办2025年火炬科技成果直通车活动”处中断（无句号），该残句已删（LINE_SUFFIX），正文截至“…新增知识产权49项。”，共七段（含三行小标题）。园区：玉溪高新区（玉溪市，云南；文中又作“高新区”）；玉溪生物制造产业园只在项目名中（可选子园区）。公司：玉溪市旭日塑料有限责任公司、加多宝(云南)饮料有限公司、云南捷辰包装材料有限公司、云南坤天新能源有限公司、中国移动通信集团云南有限公司、云南猫哆哩集团（园区均由语境推定为玉溪高新区）；中国电信、云南联通、玉溪卷烟厂、红云制药(云南)可选。项目：玉溪卷烟厂就地技改、云南捷辰包装材料有限公司特种纸生产线（基本建成→竣工，alt 在建）；红云制药(云南)智慧生物医药生产基地项目一期（生产线试运行→投产，alt 竣工）；玉溪生物制造产业园项目一期（前期工作→planned）；云南坤天新能源有限公司二期一阶段（稳步推进→在建）；中国移动通信集团云南有限公司第二数据中心一期（建成投入使用→投产，alt 竣工）；均无金额。事实：2025年营业收入、规上工业产值、规上工业增加值；新培育“四上”企业24户；三大主导产业营收占比86.5%以上；其他产业规上工业产值116.1亿元；结转项目44个/15.43亿元、新开工入库项目18个/12.36亿元（当年完成投资）；服务器2万台、新增知识产权49项（可选）。",
  "to09"),
 parks=[
  park(YX, "玉溪", "云南", "高新区", I0, note="文中又作“高新区”"),
  park("玉溪生物制造产业园", "玉溪", "云南", "产业园（生物制造）", I4, parent=YX, opt=True, note="只在项目名中"),
 ],
 companies=[
  comp("玉溪市旭日塑料有限责任公司", YX, I1),
  comp("加多宝(云南)饮料有限公司", YX, I1, note="新引进"),
  comp("云南捷辰包装材料有限公司", YX, I3),
  comp("云南坤天新能源有限公司", YX, I5),
  comp("中国移动通信集团云南有限公司", YX, I6),
  comp("云南猫哆哩集团", YX, I7),
  comp("中国电信", YX, "中国电信、云南联通玉溪数据中心服务器总数达2万台", opt=True, note="数据中心"),
  comp("云南联通", YX, "中国电信、云南联通玉溪数据中心服务器总数达2万台", opt=True, note="数据中心"),
  comp("玉溪卷烟厂", YX, I3, opt=True, note="只在项目名中"),
  comp("红云制药(云南)", YX, I4, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("云南疫苗实验室玉溪分中心", I7, kind="research", park=YX),
 ],
 projects=[
  proj("玉溪卷烟厂就地技改", YX, I3, companies=["玉溪卷烟厂"], status="竣工", status_text="基本建成", status_alt="在建"),
  proj("云南捷辰包装材料有限公司特种纸生产线", YX, I3, companies=["云南捷辰包装材料有限公司"], status="竣工", status_text="基本建成", status_alt="在建"),
  proj("红云制药(云南)智慧生物医药生产基地项目", YX, I4, companies=["红云制药(云南)"], phase="一期", status="投产", status_text="一期生产线试运行", status_alt="竣工"),
  proj("玉溪生物制造产业园项目", YX, I4, phase="一期", status="planned", status_text="一期加紧推进前期工作"),
  proj("云南坤天新能源有限公司二期一阶段", YX, I5, companies=["云南坤天新能源有限公司"], phase="二期", status="在建", status_text="稳步推进"),
  proj("中国移动通信集团云南有限公司第二数据中心", YX, I6, companies=["中国移动通信集团云南有限公司"], phase="一期", status="投产", status_text="一期建成投入使用", status_alt="竣工"),
 ],
 aggregate_facts=[
  fact(YX, "park", "revenue_cny", 1.315e11, "cny", "全年完成营业收入1315亿元", AS9, chk=True),
  fact(YX, "park", "industrial_output_cny", 8.272e10, "cny", "规上工业产值达827.2亿元", AS9, chk=True),
  fact(YX, "park", "industrial_value_added_cny", 5.499e10, "cny", "规上工业增加值达549.9亿元", AS9, chk=True),
  fact(YX, "park", "new_above_scale_firms", 24, "count", "全年新培育“四上”企业24户", AS9),
  fact(YX, "park", "main_industries_revenue_share", 0.865, "ratio", "卷烟及配套、生物医药、新能源电池三大主导产业营业收入占比达86.5%以上", AS9, kind="ratio", qual="超", qtext="以上"),
  fact(YX, "park", "other_industries_output_cny", 1.161e10, "cny", "绿色食品、电力、数字经济等产业稳步发展,实现规上工业产值116.1亿元", AS9, chk=True, opt=True),
  fact(YX, "park", "carried_over_projects", 44, "count", I2, AS9),
  fact(YX, "park", "carried_over_projects_investment_cny", 1.543e9, "cny", "当年完成投资15.43亿元", AS9, chk=True),
  fact(YX, "park", "new_projects_started", 18, "count", I2, AS9),
  fact(YX, "park", "new_projects_investment_cny", 1.236e9, "cny", "当年完成投资12.36亿元", AS9, chk=True),
  fact(YX, "park", "data_center_servers", 20000, "count", "中国电信、云南联通玉溪数据中心服务器总数达2万台", AS9, opt=True),
  fact(YX, "park", "new_ip_rights", 49, "count", "2025年各双创载体新增知识产权49项", AS9, opt=True),
 ])
