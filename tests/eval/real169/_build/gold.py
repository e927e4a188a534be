# real169 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as stored); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a city is not a park). Status from the text's words (开工 / 动工 /
# 集中开工 / 复工开工 → 开工; 开工建设 and now installing equipment → 在建; 投产 → 投产; 签约 → 签约). “预计” year figures are
# kind target with “（预计）” in as_of; “累计” / “已聚集” / “现有” counts are cumulative. Firms placed in a park only by the
# item's context (photo captions of a zone feature, an example firm in a zone feature) get that park, with a note.
# Sources are `search` (corpus pages) excerpts saved in _raw/pages/vlNN.raw as returned.

# ---------------------------------------------------------------- vl01 兰州新区经济总量10年增长60倍 (中国经济网 2022)
LZ = "兰州新区"
LZH = "兰州新区氢能产业园"
B0 = "近日,在获批国家级新区10周年之际,总投资260亿元的33个项目在兰州新区氢能产业园集中开工"
B1 = "10年来,兰州新区地区生产总值从不足5亿元增长到2021年突破300亿元"
B2 = "今年上半年,兰州新区经济发展展现出强大韧性和巨大潜力,实现地区生产总值增长13%,固定资产投资增长20%、制造业投资增长59%、一般公共预算收入增长50.9%、市场主体数量增长15%"
B3 = "不久前,兰石重型装备股份有限公司突破又一项新能源装备制造领域“卡脖子”技术难题"
H1 = "2022年上半年"
G["vl01"] = dict(
 article=art("兰州新区经济总量10年增长60倍——引新聚优加速成长", "中国经济网，载于光明网地方频道（difang.gmw.cn）", "2022-09-01", "day",
  "National economic news site via a national portal's regional channel, Gansu: a state-level new area's ten-year feature — 33 projects started in its hydrogen industrial park with total investment, GDP then and now, first-half growth rates, an equipment maker's breakthrough",
  "https://difang.gmw.cn/2022-09/01/content_35995195.htm",
  "日期取页面“来源:中国经济网2022-09-01 11:20”。标题照录；分享按钮、导航、“正在阅读”行、来源时间行已删。存段只到第二小节开头，末段“2014年,兰石集团响应政府出城入园”未完，整段删去（cut），正文以“新突破。”结束。小标题“产业集群加快崛起”保留为一段。园区：兰州新区（国家级新区）；兰州新区氢能产业园（新区内园区）。“33个项目…集中开工”为批量数，无项目名，记为氢能产业园的开工项目数与总投资。兰石重型装备股份有限公司只在“产业集群加快崛起”一节作例子，园区按语境记兰州新区。“不足5亿元”（2012年）限定词不在约/超/余之列，不记。“增速最低为15.6%,最高达20%”为区间，不记。",
  "vl01"),
 parks=[
  park(LZ, "兰州", "甘肃", "国家级新区", "2012年8月20日,兰州新区获批成为西北地区首个国家级新区", note="文中未写所属区县"),
  park(LZH, "兰州", "甘肃", "产业园", B0, parent=LZ),
 ],
 companies=[
  comp("兰石重型装备股份有限公司", LZ, B3, note="兰州新区产业集群一节的例子；园区按语境"),
 ],
 aggregate_facts=[
  fact(LZH, "park", "projects_started", 33, "count", B0, "2022年8月（获批10周年之际）"),
  fact(LZH, "park", "projects_started_investment_cny", 2.6e10, "cny", B0, "2022年8月（获批10周年之际）", chk=True),
  fact(LZ, "park", "gdp_cny", 3e10, "cny", B1, "2021年", qual="超", qtext="突破", chk=True),
  fact(LZ, "park", "gdp_yoy_growth", 0.13, "ratio", B2, H1, kind="ratio"),
  fact(LZ, "park", "fixed_asset_investment_yoy_growth", 0.20, "ratio", B2, H1, kind="ratio"),
  fact(LZ, "park", "manufacturing_investment_yoy_growth", 0.59, "ratio", B2, H1, kind="ratio"),
  fact(LZ, "park", "general_budget_revenue_yoy_growth", 0.509, "ratio", B2, H1, kind="ratio"),
  fact(LZ, "park", "market_entities_yoy_growth", 0.15, "ratio", B2, H1, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- vl02 延链条聚集群 产业焕发新气象 (民主协商报 2025)
LZC = "兰州新区绿色化工园区"
C0 = "“园区已累计引入企业200余家,落地化工产品1000余种,其中120种替代进口产品填补了国内空白。”新区石化集团总经理叶得强说"
CNOTE = "只在版面图片说明中；园区按语境（兰州新区产业综述）"
G["vl02"] = dict(
 article=art("延链条聚集群 产业焕发新气象——兰州新区推进产业发展综述", "民主协商报（数字报 szb.mzxsb.com）第07版", "2025-01-22", "day",
  "Newspaper feature (digital edition), Gansu: a state-level new area's 2024 industry review — photo captions naming the area's firms and a copper-foil project, its green chemical park and the park's cumulative firms and products",
  "http://szb.mzxsb.com/mzxsb/20250122/html/content_20250122007001.htm",
  "日期取版面“2025年01月22日”，“字数:3,997 版次:07”。标题为主题加副题两行，连写（副题以“——”起）。数字报导航、日期、字数、版次行已删。存段只是全文开头：图片说明七条（照录，各成一段，置于正文前，与版面顺序同）、导语三段、第一小节前三段；第三段后半句“在这里,化工产业得以实现安全与绿色的协同发”未完，已删（cut）。园区：兰州新区；兰州新区绿色化工园区（文中又作“兰州新区化工园区”“园区”）。图片说明中的企业园区按语境记兰州新区；全称企业为必选，简称（知豆汽车、甘肃海亮新材、兰石集团、宝武碳业）可选。“甘肃德福新材料有限公司高档电解铜箔项目”只在图片说明中，列为可选项目，无状态。“新区石化集团”为园区运营企业，可选。",
  "vl02", title_note="主题与副题两行连写"),
 parks=[
  park(LZ, "兰州", "甘肃", "国家级新区", "历经十多年建设发展的兰州新区,在不断深化改革创新中实现着一轮又一轮的变革"),
  park(LZC, "兰州", "甘肃", "化工园区", "新年伊始,走进兰州新区绿色化工园区,入驻这里的企业正在加紧生产,扩大产能", parent=LZ, aliases=["兰州新区化工园区"]),
 ],
 companies=[
  comp("甘肃德福新材料有限公司", LZ, "甘肃德福新材料有限公司高档电解铜箔项目", note=CNOTE),
  comp("兰州东金硅业有限公司", LZ, "兰州东金硅业有限公司厂区", note=CNOTE),
  comp("兰州泰基离子技术有限公司", LZ, "兰州泰基离子技术有限公司生产厂间", note=CNOTE),
  comp("兰州宝航新能源材料有限公司", LZ, "宝武碳业负极板块生产基地兰州宝航新能源材料有限公司", note=CNOTE),
  comp("知豆汽车", LZ, "知豆汽车兰州工厂焊装车间", opt=True, note=CNOTE + "；“知豆汽车兰州工厂”"),
  comp("甘肃海亮新材", LZ, "甘肃海亮新材铜箔生产车间", opt=True, note=CNOTE),
  comp("兰石集团", LZ, "兰石集团大型煤化工设备制造现场", opt=True, note=CNOTE),
  comp("宝武碳业", LZ, "宝武碳业负极板块生产基地兰州宝航新能源材料有限公司", opt=True, note="兰州宝航新能源材料有限公司为其负极板块生产基地"),
  comp("新区石化集团", LZC, C0, opt=True, note="园区运营方；总经理叶得强"),
 ],
 projects=[
  proj("甘肃德福新材料有限公司高档电解铜箔项目", LZ, "甘肃德福新材料有限公司高档电解铜箔项目", companies=["甘肃德福新材料有限公司"], opt=True, note="只在图片说明中；无状态"),
 ],
 aggregate_facts=[
  fact(LZC, "park", "firms", 200, "count", C0, "2025年1月（累计）", kind="cumulative", qual="余", qtext="余"),
  fact(LZC, "park", "chemical_products_landed", 1000, "count", C0, "2025年1月（累计）", kind="cumulative", qual="余", qtext="余", opt=True),
  fact(LZC, "park", "import_substitute_products", 120, "count", C0, "2025年1月（累计）", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- vl03 宝鸡:以高质量项目提升产业链供应链韧性 (陕西日报 2023)
BJ = "宝鸡高新区"
WQ = "万全国际先进钛及钛合金材料制造产业园项目"
D0 = "7月11日,记者在位于宝鸡高新区的万全国际先进钛及钛合金材料制造产业园项目建设现场看到,新建的厂房宽敞明亮,内部基础施工已完成,工人们正在安装设备并进行调试"
D1 = "据了解,万全国际先进钛及钛合金材料制造产业园项目总投资11亿元"
D2 = "项目投产后,预计可实现产值22亿元,实现亩均产值738万元,带动就业500余人"
D3 = "“项目今年4月开工建设,预计明年5月建成投产。” 陕西万豪钛金特材科技有限公司总经理李占鹏介绍"
G["vl03"] = dict(
 article=art("宝鸡:以高质量项目提升产业链供应链韧性", "陕西日报，载于西部之声（bbra.cn，编辑:刘涛）", "2023-07-14", "day",
  "Provincial daily via a regional news site, Shaanxi: a reporter's visit to a titanium-materials industrial-park project under construction in a high-tech zone — its company, total investment, start and expected production dates, expected output, output per mu and jobs",
  "http://www.bbra.cn/380779.aspx",
  "日期取页面“来源:陕西日报 发布时间:2023年07月14日”。标题照录；导航、编辑来源行、字体分享行已删。存段末段“汽车及零部件产业是宝鸡聚力打造的5个千亿产业集群”未完，整段删去（cut）。园区：宝鸡高新区（宝鸡市，陕西）。项目：万全国际先进钛及钛合金材料制造产业园项目（总投资11亿元；“今年4月开工建设,预计明年5月建成投产”，记者见厂房建成、正在安装设备调试 → 在建，另记 status_alt 开工）。该“产业园”是企业项目名，列为可选园区（父园区宝鸡高新区）。陕西万豪钛金特材科技有限公司为项目企业（总经理介绍项目）。产值、亩均产值、就业为项目投产后预计（target）。“中国钛谷”为宝鸡称号，不列园区。",
  "vl03"),
 parks=[
  park(BJ, "宝鸡", "陕西", "高新区", D0),
  park("万全国际先进钛及钛合金材料制造产业园", "宝鸡", "陕西", "产业园", D0, parent=BJ, opt=True, note="企业项目名中的“产业园”"),
 ],
 companies=[
  comp("陕西万豪钛金特材科技有限公司", BJ, D3, note="项目企业；园区按项目所在"),
 ],
 projects=[
  proj(WQ, BJ, D1, companies=["陕西万豪钛金特材科技有限公司"], inv="总投资11亿元", status="在建", status_text="今年4月开工建设,预计明年5月建成投产；正在安装设备并进行调试", status_alt="开工"),
 ],
 aggregate_facts=[
  fact(WQ, "project", "expected_annual_output_cny", 2.2e9, "cny", D2, "投产后（预计）", kind="target", chk=True),
  fact(WQ, "project", "output_per_mu_cny", 7.38e6, "cny", "实现亩均产值738万元", "投产后（预计）", kind="target", opt=True, chk=True),
  fact(WQ, "project", "expected_jobs", 500, "count", D2, "投产后（预计）", kind="target", qual="余", qtext="余"),
 ])

# ---------------------------------------------------------------- vl04 西安高新区丝路科学城:聚产业 向未来 (群众新闻网 2024)
XA = "西安高新区"
SL = "丝路科学城"
E0 = "丝路科学城是西安高新区“三次创业”的主战场"
E1 = "据了解,目前整个丝路科学城片区已聚集企业近4000家"
E2 = "2023年,李梦洁所在的公司入驻秦创原西安科创基金园,这里是丝路科学城中央创新区核心区"
E3 = "拥有电子信息、新能源汽车两大千亿级产业"
G["vl04"] = dict(
 article=art("西安高新区丝路科学城:聚产业 向未来", "群众新闻网，载于陕西省“信用中国”网站（credit.shaanxi.gov.cn）", "2024-06-07", "day",
  "Provincial news site via a provincial government credit portal, Shaanxi: a feature on a high-tech zone's science-city district — a fund park where a finance firm moved in, the district's firm count and its thousand-billion industries",
  "http://credit.shaanxi.gov.cn/396/11490084.html",
  "日期取页面“来源 :群众新闻网 … 发布时间:2024-06-07”。标题照录；站头、来源时间行已删。存段末段“6月4日,西安高新区举行重点项目集中开工及竣工投产活动,西安科技产业园三期…克林斯曼高性能低碳材料生产研”未完，整段删去（cut），故文中无具名项目与企业（李梦洁所在金融机构未具名）。园区：西安高新区；丝路科学城（高新区片区）；秦创原西安科创基金园（丝路科学城中央创新区核心区内）；“中央创新区”为科学城内功能区，可选。事实：丝路科学城片区“已聚集企业近4000家”（约，cumulative，2024年6月）；两大千亿级产业（可选）。全球最大闪存芯片/动力电池生产基地等无企业名，不记。",
  "vl04"),
 parks=[
  park(XA, "西安", "陕西", "高新区", E0),
  park(SL, "西安", "陕西", "科学城", E0, parent=XA, aliases=["丝路科学城片区"]),
  park("秦创原西安科创基金园", "西安", "陕西", "基金园", E2, parent=SL),
  park("中央创新区", "西安", "陕西", "片区", E2, parent=SL, opt=True, note="丝路科学城内功能区"),
 ],
 aggregate_facts=[
  fact(SL, "park", "firms", 4000, "count", E1, "2024年6月", kind="cumulative", qual="约", qtext="近"),
  fact(SL, "park", "hundred_billion_industries", 2, "count", E3, "2024年6月", opt=True),
 ])

# ---------------------------------------------------------------- vl05 嘉峪关市65个重点项目集中复工开工 (甘肃日报 2022)
JD = "嘉东工业园区"
F0 = "今天上午,嘉峪关市2022年第一批重大项目集中开工仪式在嘉东工业园区浙江甬金年加工22万吨精密不锈钢板带项目现场举行"
F1 = "此次共有65个重点项目集中复工开工,总投资规模243亿元,年度计划投资106.8亿元"
F2 = "分别是酒钢本部1号2号焦炉优化升级、东铝电解槽阴极全石墨化结构优化三期、不锈钢新增罩式炉改造、藏建180万吨胶凝材料、嘉能矿业年处理150万吨钢渣综合利用、碳钢薄板厂热轧酸洗板镀锌铝镁联合机组、浙江甬金年加工22万吨精密不锈钢板带等项目"
F3 = "分别是智理新能源35兆瓦光伏发电、工业园区清洁能源利用、甘肃石漠纳阳90兆瓦光伏、酒钢新能源嘉峪关段输电线路等项目"
F4 = "分别是S06酒嘉绕城高速公路、“一馆两中心”、讨赖河水系生态环境综合治理、中医医院二期、南湖幼儿园、2020年老旧小区改造基础设施配套等项目"
F5 = "分别是西部现代物流港、时代方舟旅游度假乐园、中核四0四生活保障区、绿洲尚城住宅小区、南湖国际B区三四期等项目"
F6 = "此次集中复工开工的重点项目有工业及节能改造项目24项,年度计划投资53.2亿元"
ST = dict(status="开工", status_text="集中复工开工")
JY = "嘉峪关市"
AJ = "2022年2月19日"
G["vl05"] = dict(
 article=art("总投资243亿元 嘉峪关市65个重点项目集中复工开工", "新甘肃·甘肃日报（记者 徐俊勇），载于每日甘肃网", "2022-02-19", "day",
  "Provincial daily's client via the provincial news portal, Gansu: a city's first batch of 65 key projects started or resumed, the ceremony held at a stainless-steel project in an industrial park — named projects by category, total and annual planned investment",
  "http://gansu.gansudaily.com.cn/system/2022/02/19/030503591.shtml",
  "日期取页面“2022/02/19/ 21:22 来源:新甘肃 记者 徐俊勇”。标题照录；导航与时间来源行已删。全文完整。园区：嘉东工业园区（仪式所在地）。项目：浙江甬金年加工22万吨精密不锈钢板带项目（仪式在其现场，园区记嘉东工业园区）；其余具名项目文中未写园区（park null）。65个项目“集中复工开工”，续建复工与新开工未分，全部记“开工”（status_text 注“集中复工开工”）。工业及清洁能源项目必选；基础设施、社会民生、文旅商贸及房地产项目可选（非园区项目）。“工业园区清洁能源利用”为项目名，不作园区。项目数与投资额的主体是嘉峪关市（city），园区未分。企业名只见于项目名（浙江甬金、酒钢、东铝、嘉能矿业、藏建、智理新能源、甘肃石漠纳阳），列为可选公司。",
  "vl05"),
 parks=[
  park(JD, "嘉峪关", "甘肃", "工业园区", F0),
 ],
 companies=[
  comp("浙江甬金", JD, F0, opt=True, note="只在项目名中"),
  comp("酒钢", None, F2, opt=True, note="只在项目名中（酒钢本部、酒钢新能源）"),
  comp("嘉能矿业", None, F2, opt=True, note="只在项目名中"),
  comp("东铝", None, F2, opt=True, note="只在项目名中"),
  comp("智理新能源", None, F3, opt=True, note="只在项目名中"),
  comp("甘肃石漠纳阳", None, F3, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("浙江甬金年加工22万吨精密不锈钢板带项目", JD, F0, companies=["浙江甬金"], **ST),
  proj("酒钢本部1号2号焦炉优化升级", None, F2, companies=["酒钢"], **ST),
  proj("东铝电解槽阴极全石墨化结构优化三期", None, F2, phase="三期", **ST),
  proj("不锈钢新增罩式炉改造", None, F2, **ST),
  proj("藏建180万吨胶凝材料", None, F2, **ST),
  proj("嘉能矿业年处理150万吨钢渣综合利用", None, F2, companies=["嘉能矿业"], **ST),
  proj("碳钢薄板厂热轧酸洗板镀锌铝镁联合机组", None, F2, **ST),
  proj("智理新能源35兆瓦光伏发电", None, F3, **ST),
  proj("工业园区清洁能源利用", None, F3, **ST),
  proj("甘肃石漠纳阳90兆瓦光伏", None, F3, **ST),
  proj("酒钢新能源嘉峪关段输电线路", None, F3, **ST),
  proj("S06酒嘉绕城高速公路", None, F4, opt=True, **ST),
  proj("“一馆两中心”", None, F4, opt=True, aliases=["一馆两中心"], **ST),
  proj("讨赖河水系生态环境综合治理", None, F4, opt=True, **ST),
  proj("中医医院二期", None, F4, opt=True, phase="二期", **ST),
  proj("南湖幼儿园", None, F4, opt=True, **ST),
  proj("2020年老旧小区改造基础设施配套", None, F4, opt=True, **ST),
  proj("西部现代物流港", None, F5, opt=True, **ST),
  proj("时代方舟旅游度假乐园", None, F5, opt=True, **ST),
  proj("中核四0四生活保障区", None, F5, opt=True, **ST),
  proj("绿洲尚城住宅小区", None, F5, opt=True, **ST),
  proj("南湖国际B区三四期", None, F5, opt=True, **ST),
 ],
 aggregate_facts=[
  fact(JY, "city", "projects_started", 65, "count", F1, AJ, note="集中复工开工"),
  fact(JY, "city", "projects_started_investment_cny", 2.43e10, "cny", F1, AJ, chk=True),
  fact(JY, "city", "planned_annual_investment_cny", 1.068e10, "cny", "年度计划投资106.8亿元", "2022年", kind="target", chk=True),
  fact(JY, "city", "industrial_projects_started", 24, "count", F6, AJ, opt=True),
 ])

# ---------------------------------------------------------------- vl06 兰州白银国家高新区综合排名进位 (甘肃日报 2021)
LG = "兰州高新区"
BY = "白银高新区"
ZC = "兰白自创区"
K0 = "兰州、白银高新区在全国169家高新区中综合排名分别位列第65名和第128名,较上年排名分别上升5位和1位"
K1 = "2020年兰白自创区地区生产总值预计达到420亿元(兰州高新区292亿元、白银高新区128亿元),比2019年增长5.86%"
K2 = "战略性新兴产业增加值占地区生产总值比重预计17.48%(兰州高新区18.3%、白银高新区15.6%)"
K3 = "全社会研发投入占GDP比值预计为4.05%(兰州高新区3.45%、白银高新区5.46%)"
K4 = "现有高新技术企业436家(兰州高新区365家、白银高新区71家),占全省35.48%,比2019年增长17.52%"
Y0 = "2020年（预计）"
R0 = "2020年度国家高新区评价"
G["vl06"] = dict(
 article=art("兰州白银国家高新区综合排名进位", "新甘肃·甘肃日报（记者李满福），载于每日甘肃网", "2021-02-14", "day",
  "Provincial daily via the provincial news portal, Gansu: two national high-tech zones' ranks in the 2020 national evaluation and the joint innovation demonstration zone's 2020 estimated GDP, strategic-industry and R&D shares and high-tech firm counts, split by zone",
  "http://gansu.gansudaily.com.cn/system/2021/02/14/030276239.shtml",
  "日期取网址路径 2021/02/14（存段无日期行）。标题照录；版权声明、相关新闻列表已删。全文完整（三段）。园区：兰州高新区、白银高新区（国家高新区）；兰白自创区（文中又作“自创区”；兰州、白银两高新区组成的国家自主创新示范区，记为 park_group 性质的园区，city 留空）。排名为 2020年度评价（national_rank）；“较上年排名分别上升5位和1位”可选。GDP、战略性新兴产业比重、研发投入比值为“预计”（target，as_of 注“预计”）；高新技术企业数为“现有”（cumulative）。“占全省35.48%”“比2019年增长17.52%”“提高2.09个百分点”为自创区合计，记可选。",
  "vl06"),
 parks=[
  park(LG, "兰州", "甘肃", "国家高新区", K1, aliases=["兰州"], note="首段作“兰州、白银高新区”"),
  park(BY, "白银", "甘肃", "国家高新区", K1, aliases=["白银"]),
  park(ZC, None, "甘肃", "国家自主创新示范区", K1, aliases=["自创区"], note="由兰州、白银两高新区组成（文中以括号分列）"),
 ],
 aggregate_facts=[
  fact(LG, "park", "national_rank", 65, "rank", K0, R0),
  fact(BY, "park", "national_rank", 128, "rank", K0, R0),
  fact(LG, "park", "national_rank_change", 5, "rank", K0, R0, opt=True, note="较上年上升5位"),
  fact(BY, "park", "national_rank_change", 1, "rank", K0, R0, opt=True, note="较上年上升1位"),
  fact(ZC, "park_group", "gdp_cny", 4.2e10, "cny", K1, Y0, kind="target", chk=True),
  fact(LG, "park", "gdp_cny", 2.92e10, "cny", "兰州高新区292亿元", Y0, kind="target", chk=True),
  fact(BY, "park", "gdp_cny", 1.28e10, "cny", "白银高新区128亿元", Y0, kind="target", chk=True),
  fact(ZC, "park_group", "gdp_yoy_growth", 0.0586, "ratio", K1, Y0, kind="ratio"),
  fact(ZC, "park_group", "strategic_emerging_industry_share", 0.1748, "ratio", K2, Y0, kind="ratio"),
  fact(LG, "park", "strategic_emerging_industry_share", 0.183, "ratio", K2, Y0, kind="ratio"),
  fact(BY, "park", "strategic_emerging_industry_share", 0.156, "ratio", K2, Y0, kind="ratio"),
  fact(ZC, "park_group", "rd_spending_share_of_gdp", 0.0405, "ratio", K3, Y0, kind="ratio"),
  fact(LG, "park", "rd_spending_share_of_gdp", 0.0345, "ratio", K3, Y0, kind="ratio"),
  fact(BY, "park", "rd_spending_share_of_gdp", 0.0546, "ratio", K3, Y0, kind="ratio"),
  fact(ZC, "park_group", "high_tech_firms", 436, "count", K4, "2020年末", kind="cumulative"),
  fact(LG, "park", "high_tech_firms", 365, "count", K4, "2020年末", kind="cumulative"),
  fact(BY, "park", "high_tech_firms", 71, "count", K4, "2020年末", kind="cumulative"),
  fact(ZC, "park_group", "high_tech_firms_share_of_province", 0.3548, "ratio", K4, "2020年末", kind="ratio", opt=True),
  fact(ZC, "park_group", "high_tech_firms_yoy_growth", 0.1752, "ratio", K4, "2020年末", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- vl07 中国杨凌农高会推介大会举行 (阳光报 2023)
YL = "杨凌示范区"
M0 = "9月20日,中国杨凌农高会推介大会在杨凌举行。会上举行了重点项目签约仪式,涉及国际合作、科技推广、农科新城发展、未来农业研究院建设等13个项目协议与合同,签约总金额29.79亿元"
M1 = "布局建设生物医药产业园、国际农产品加工产业园、农业智能装备产业园等现代化园区"
M2 = "布局建设种质资源保税研发园、高端食品加工产业园、国际物流产业园等国际性重要农业园区"
M3 = "以全国唯一农业特色综保区、国际合作成果、“1+4+X”基金矩阵为依托"
M4 = "杨凌示范区党工委委员、管委会副主任刘仲山介绍"
SUB = dict(city=None, prov="陕西", parent=YL)
G["vl07"] = dict(
 article=art("中国杨凌农高会推介大会举行 会上举行重点项目签约仪式 现场签约29.79亿元", "阳光报（记者 赵小康 刘金 张涵），数字报 yangguangbao.com", "2023-09-22", "day",
  "City newspaper (digital edition), Shaanxi: an agricultural hi-tech demonstration zone's fair promotion with 13 projects signed and their total, the zone's planned sub-parks, its bonded zone and fund matrix",
  "http://www.yangguangbao.com/ygb/20230922/html/content_20230922003001.htm",
  "日期取数字报“2023年09月22日 字数:983”。主题与副题（“会上举行重点项目签约仪式 现场签约29.79亿元”）两行，以空格连写。存段末段出席人名单在“杨凌示范区党”处中断，整段删去（cut）。园区：杨凌示范区（文中又作“杨凌”“农业示范区”；所在市文中未写，city 留空）；其规划建设的六个园区（生物医药产业园、国际农产品加工产业园、农业智能装备产业园、种质资源保税研发园、高端食品加工产业园、国际物流产业园）列为子园区，名称泛称，均可选；“全国唯一农业特色综保区”未写名称，不列；“杨凌农科新城”可选。13个签约项目无名称，只记签约数与签约总金额（主体杨凌示范区）。“1+4+X”基金矩阵无规模，列为可选基金。西北农林科技大学列为可选机构。",
  "vl07", title_note="主题与副题两行连写"),
 parks=[
  park(YL, None, "陕西", "农业高新技术产业示范区", M4, aliases=["杨凌", "农业示范区"]),
  park("生物医药产业园", None, "陕西", "产业园", M1, parent=YL, opt=True, note="规划建设；名称泛称"),
  park("国际农产品加工产业园", None, "陕西", "产业园", M1, parent=YL, opt=True, note="规划建设"),
  park("农业智能装备产业园", None, "陕西", "产业园", M1, parent=YL, opt=True, note="规划建设"),
  park("种质资源保税研发园", None, "陕西", "产业园", M2, parent=YL, opt=True, note="规划建设"),
  park("高端食品加工产业园", None, "陕西", "产业园", M2, parent=YL, opt=True, note="规划建设"),
  park("国际物流产业园", None, "陕西", "产业园", M2, parent=YL, opt=True, note="规划建设"),
  park("杨凌农科新城", None, "陕西", "新城", "大会还发布了杨凌农科新城发展战略研究成果", parent=YL, opt=True),
 ],
 institutions=[
  inst("西北农林科技大学", "大会还发布了杨凌农科新城发展战略研究成果和西北农林科技大学未来农业研究院规划", kind="university", park=YL),
 ],
 funds=[
  fund("“1+4+X”基金矩阵", YL, M3, opt=True, aliases=["1+4+X基金矩阵"], note="无规模"),
 ],
 aggregate_facts=[
  fact(YL, "park", "projects_signed", 13, "count", M0, "2023年9月20日"),
  fact(YL, "park", "signed_investment_cny", 2.979e9, "cny", M0, "2023年9月20日", chk=True),
 ])

# ---------------------------------------------------------------- vl08 国家级天水经开区高质量发展大会侧记 (天水市政府网 2025)
TS = "天水经开区"
N0 = "在全国229家国家级经开区考核中,首次跻身全国50强,创造了历史最佳成绩"
N1 = "规上工业总产值同比增长9.6%,规上工业增加值同比增长8.9%,招商引资到位资金同比增长42.96%"
N2 = "戈尔电梯(天水)有限公司总经理曹嘉鑫感慨地说"
N3 = "会上,对48户全区2024年经济高质量发展作出突出贡献的科技创新企业,做优做强杰出企业,稳增长工业企业进行奖励"
Y4 = "2024年"
G["vl08"] = dict(
 article=art("汇聚力量,共赴高质量发展新征程 ——国家级天水经开区高质量发展大会侧记", "天水市人民政府网站·天水经开区“经开区要闻”栏目", "2025-02-17", "day",
  "Government website's zone-news column, Gansu: a national economic development zone's annual conference — its first top-50 national ranking, 2024 growth of above-scale industrial output and value added and of investment attracted, 48 firms rewarded, a resident firm's remarks",
  "https://www.tianshui.gov.cn/jkq/info/1852/171832.htm",
  "日期取页面“发布日期: 2025-02-17”（会议2月14日）。标题照录（主题与“——”副题同一行，中间一空格，照存）；栏目、位置、信息来源、字号行已删。存段末段“会议强调,招商引资、营商环境、科技创新和产”未完，整段删去（cut）。园区：天水经开区（文中又作“国家级天水经开区”“经开区”）。企业：戈尔电梯(天水)有限公司（“作为天水经开区的一名新成员”）。“跻身全国50强”记 national_rank ≤50（值50，注明为“50强”，可选）。增速为2024年（“过去的一年”）。奖励企业48户可选。",
  "vl08"),
 parks=[
  park(TS, "天水", "甘肃", "国家级经济技术开发区", "2月14日,国家级天水经开区高质量发展大会盛大召开", aliases=["国家级天水经开区"]),
 ],
 companies=[
  comp("戈尔电梯(天水)有限公司", TS, N2, note="“作为天水经开区的一名新成员”；2024年取得国家高新技术企业认证"),
 ],
 aggregate_facts=[
  fact(TS, "park", "national_rank", 50, "rank", N0, "2024年度国家级经开区考核", opt=True, note="“跻身全国50强”，229家中前50，非确切名次"),
  fact(TS, "park", "industrial_output_above_scale_yoy_growth", 0.096, "ratio", N1, Y4, kind="ratio"),
  fact(TS, "park", "above_scale_industrial_value_added_yoy_growth", 0.089, "ratio", N1, Y4, kind="ratio"),
  fact(TS, "park", "investment_attracted_yoy_growth", 0.4296, "ratio", N1, Y4, kind="ratio", note="招商引资到位资金"),
  fact(TS, "park", "firms_rewarded", 48, "count", N3, Y4, opt=True),
 ])
