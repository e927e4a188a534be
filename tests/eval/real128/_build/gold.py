# real128 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence). An amount the checker cannot read (Chinese numerals “二点五亿元”, or “30余亿元”
# with 余 inside the figure) stays in investment_text with investment_cny null (proj(..., unparsed=True)), and
# as a fact it gets a metric without the _cny suffix (unit "cny"), as real117 did. A total over several projects is not
# apportioned: it is a park fact. Growth rates and shares as ratios. Projects: the park is the one the text places the
# project in, null if none (a city is not a park). Status from the text's words (开工 / 开复工 → 开工; 投产 / 建成投运 →
# 投产; 签约 → 签约; 引进 / 落户 alone → no status). Expected figures are kind target; year-to-date counts are cumulative.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/ytNN.raw as returned.

# ---------------------------------------------------------------- yt01 东兴 江平工业集中区开园 (广西日报 2007)
JP = "江平工业集中区"
B0 = "4月18日上午,东兴市海世通水产品加工厂、东兴市伟科工艺品厂和东兴市兄弟红木工艺品厂等7家企业,同时进入当天开园的江平工业集中区开工建设,这些项目总投资4.3亿元"
B1 = "今年以来,已经投入了4500万元进行基础设施建设"
B2 = "仅一季度该市就与粤、浙、闽、湘等地企业签订26个合作项目,总投资18.02亿元"
B3 = "4月18日,不但江平工业集中区开园,而且有包括东兴市丰丞挂车装配厂、东兴市伟科工艺品厂及东兴市兄弟红木工艺品厂在内的7家企业同时入园开工建设,剩下的19家企业22个项目也将相继开工建设"
B4 = "如今已经成为自治区重点扶持的31个园区之一的江平工业集中区,功能布局由综合商务服务中心、潭吉二类工业组团、巫头一类工业组团和氵万尾高新产业组团四大功能板块组成"
B5 = "像宏盛水产品公司、东成食品公司的产品,全部销往日、韩等东南亚国家;海世通食品公司还与麦当劳签订了供货合同;而银利衣厂的产品则全部销往越南等东盟国家"
G["yt01"] = dict(
 article=art("（无标题）东兴市江平工业集中区开园 7家企业入园开工建设 总投资4.3亿元", "广西日报（黄兴忠、陆俊菊），载于 gxcounty.com（广西县域经济网）",
  "2007-04-24", "day",
  "Provincial party daily via a county-economy portal, Guangxi: a border city's new industrial zone opens — seven firms enter and start building (total 4.3亿元), the zone's layout and infrastructure spending, the city's first-quarter signings, exporters in the zone",
  "http://www.gxcounty.com/news/xyjjbd/20080306/22700.html",
  "日期取页面“2007年04月24日 来源:广西日报 作者:黄兴忠 陆俊菊”（网址中的20080306为转载入库日期）。存段无标题行（title 为编者概括）；日期来源行、“0 收藏 打印…”与末尾“扫二维码,”已删。正文四段，完整。园区：江平工业集中区（东兴市，防城港市代管的县级市，广西；“自治区重点扶持的31个园区之一”）。项目：7家企业入园开工，文中点名四家（海世通水产品加工厂、伟科工艺品厂、兄弟红木工艺品厂、丰丞挂车装配厂），项目名即企业名，“总投资4.3亿元”为7家合计，不分摊，记为园区事实。东兴市一季度签约26个项目、18.02亿元为市级事实（subject 东兴市）。宏盛水产品公司等四家出口企业列为可选公司（“从签订的投资项目和入园的企业看，该工业集中区…”：在园区为语境推断）。“氵万尾”照录页面（“㵘尾”的拆字写法）。",
  "yt01"),
 parks=[
  park(JP, "防城港", "广西", "工业集中区", B0, district="东兴市", note="当天开园；自治区重点扶持的31个园区之一"),
 ],
 companies=[
  comp("东兴市海世通水产品加工厂", JP, B0),
  comp("东兴市伟科工艺品厂", JP, B0),
  comp("东兴市兄弟红木工艺品厂", JP, B0),
  comp("东兴市丰丞挂车装配厂", JP, B3),
  comp("宏盛水产品公司", JP, B5, opt=True, note="出口企业；在园区为语境推断"),
  comp("东成食品公司", JP, B5, opt=True, note="同上"),
  comp("海世通食品公司", JP, B5, opt=True, note="与麦当劳签供货合同；与海世通水产品加工厂或为同一企业"),
  comp("银利衣厂", JP, B5, opt=True, note="同上"),
  comp("麦当劳", None, B5, opt=True, note="海世通的客户，不在园区"),
 ],
 institutions=[],
 projects=[
  proj("东兴市海世通水产品加工厂", JP, B0, companies=["东兴市海世通水产品加工厂"], status="开工", status_text="进入…开园的江平工业集中区开工建设", note="7家合计总投资4.3亿元，不分摊"),
  proj("东兴市伟科工艺品厂", JP, B0, companies=["东兴市伟科工艺品厂"], status="开工", status_text="进入…开园的江平工业集中区开工建设", note="同上"),
  proj("东兴市兄弟红木工艺品厂", JP, B0, companies=["东兴市兄弟红木工艺品厂"], status="开工", status_text="进入…开园的江平工业集中区开工建设", note="同上"),
  proj("东兴市丰丞挂车装配厂", JP, B3, companies=["东兴市丰丞挂车装配厂"], status="开工", status_text="同时入园开工建设", note="同上"),
 ],
 funds=[],
 aggregate_facts=[
  fact(JP, "park", "firms_started", 7, "count", B0, "2007-04-18", note="7家企业入园开工建设"),
  fact(JP, "park", "projects_started_investment_cny", 4.3e8, "cny", B0, "2007-04-18", note="7家合计"),
  fact(JP, "park", "infrastructure_investment_cny", 4.5e7, "cny", B1, "2007年初至4月", kind="cumulative"),
  fact(JP, "park", "projects_to_start", 22, "count", B3, "2007年（将相继开工）", kind="target", opt=True, note="剩下的19家企业22个项目"),
  fact(JP, "park", "function_zones", 4, "count", B4, "2007-04", opt=True),
  fact("东兴市", "region", "projects_signed", 26, "count", B2, "2007年一季度"),
  fact("东兴市", "region", "signed_investment_cny", 1.802e9, "cny", B2, "2007年一季度"),
 ],
)

# ---------------------------------------------------------------- yt02 景洪工业园区招商引资取得新突破 (cnipai 2013; 2010 story)
JH = "景洪工业园区"
D0 = "【导语】景洪工业园区通过完善服务体系,进一步加大招商引资力度,2010年园区内招商引资工作取得新突破"
D1 = "1—3月,园区新引进长安汽车装配生产线、罗非鱼加工厂、金版纳玉石加工厂、昆仑润滑油分装生产线、玉柴发动机再制造生产线等五个工业项目,项目协议总投资额二点五亿元,完成年度项目招商计划的百分之八十三点三,内资实际到位六千万元"
D2 = "目前,园区内已累计引进项目十七个,项目涉及橡胶制品、家具生产、食品加工、汽车等行业和领域,总投资额为十四亿元,建成后可实现销售收入二十多亿元"
D3 = "玉柴机器、长安汽车、金版纳玉石等三个项目,将在今年的边交会上,正式与园区管委会签订入园投资协议"
D4 = "最好的例子,就是金星啤酒厂入园,从它的申报入园到建设投产,仅仅用了10个月的时间"
D5 = "投资一千多万元的天胶木业家具厂,于2006年进驻景洪工业园区, 2008年3月正式投产"
D6 = "西双版纳景洪工业园区,对入园企业实行“一站式”、“贴身式”、“保姆式”服务"
D7 = "【同期声】景洪工业园区经济发展局副局长 车沁豫"
NEW = "园区新引进"
G["yt02"] = dict(
 article=art("景洪工业园区招商引资取得新突破", "云南电视新闻稿（导语/正文/同期声体），载于 yn.cnipai.com（中国产业园区网·云南）",
  "2013-05-27", "day",
  "TV news script (lead / body / sound bites) on a park-portal, Yunnan border prefecture: an industrial park's first-quarter investment drive — five projects introduced with agreed total and in-place capital, cumulative projects and expected sales, three projects to sign at the border trade fair, a firm entered and in production",
  "https://yn.cnipai.com/news/detail/19770.html",
  "日期取页面“2013 05/27 10:08”（转载入库时间）；内容为2010年一季度（导语“2010年园区内招商引资工作取得新突破”，正文“1—3月”），事实的 as_of 记2010年。标题照录；“云南切换 新闻”与时间行已删。存段末段“【正文】优质的服务,为入园”在句中中断，整段删去（make_txt.py ITEMS），正文截至第二段同期声，共六段；“【导语】【正文】【同期声】”为电视稿原有标记，保留。园区：景洪工业园区（文中又作“西双版纳景洪工业园区”；西双版纳州景洪市，云南）。项目：长安汽车装配生产线等五个工业项目“新引进”（无状态；其中玉柴、长安、金版纳玉石三项将在边交会上签约，status_text 记之）；“协议总投资额二点五亿元”为五项合计、中文数字，记为无 _cny 后缀的园区事实；天胶木业家具厂（投资一千多万元，2008年3月投产；中文数字，investment_cny 留空）；金星啤酒厂（入园到建设投产用10个月，可选）。公司：玉柴机器、长安汽车、金版纳玉石（只作项目方，可选）；天胶木业家具厂、金星啤酒厂。机构：园区管委会、园区经济发展局（可选）。",
  "yt02"),
 parks=[
  park(JH, "西双版纳", "云南", "工业园区", D0, district="景洪市", aliases=["西双版纳景洪工业园区"], note="文中又作“西双版纳景洪工业园区”"),
 ],
 companies=[
  comp("天胶木业家具厂", JH, D5),
  comp("金星啤酒厂", JH, D4),
  comp("玉柴机器", JH, D3, opt=True, note="玉柴发动机再制造生产线项目方，将签入园协议"),
  comp("长安汽车", JH, D3, opt=True, note="长安汽车装配生产线项目方，将签入园协议"),
  comp("金版纳玉石", JH, D3, opt=True, note="金版纳玉石加工厂项目方，将签入园协议"),
 ],
 institutions=[
  inst("景洪工业园区管委会", D3, kind="government", park=JH, note="文作“园区管委会”", opt=True),
  inst("景洪工业园区经济发展局", D7, kind="government", park=JH, opt=True),
 ],
 projects=[
  proj("长安汽车装配生产线", JH, D1, companies=["长安汽车"], status=None, status_text="新引进；将在边交会上正式签订入园投资协议", note="五项协议总投资二点五亿元（合计，不分摊）"),
  proj("罗非鱼加工厂", JH, D1, status=None, status_text="新引进", note="同上"),
  proj("金版纳玉石加工厂", JH, D1, companies=["金版纳玉石"], status=None, status_text="新引进；将在边交会上正式签订入园投资协议", note="同上"),
  proj("昆仑润滑油分装生产线", JH, D1, status=None, status_text="新引进", note="同上"),
  proj("玉柴发动机再制造生产线", JH, D1, companies=["玉柴机器"], status=None, status_text="新引进；将在边交会上正式签订入园投资协议", note="同上"),
  proj("天胶木业家具厂", JH, D5, companies=["天胶木业家具厂"], inv="一千多万元", qual="余", unparsed=True, status="投产", status_text="2008年3月正式投产",
       note="2006年进驻；中文数字“一千多万元”不作 investment_cny"),
  proj("金星啤酒厂", JH, D4, companies=["金星啤酒厂"], status="投产", status_text="从它的申报入园到建设投产,仅仅用了10个月", opt=True),
 ],
 funds=[],
 aggregate_facts=[
  fact(JH, "park", "projects_introduced", 5, "count", D1, "2010年1—3月"),
  fact(JH, "park", "signed_investment", 2.5e8, "cny", D1, "2010年1—3月", note="协议总投资额二点五亿元（中文数字，metric 不带 _cny）"),
  fact(JH, "park", "annual_investment_plan_completion", 0.833, "ratio", D1, "2010年1—3月", kind="ratio", note="完成年度项目招商计划的百分之八十三点三"),
  fact(JH, "park", "domestic_capital_in_place", 6e7, "cny", D1, "2010年1—3月", note="内资实际到位六千万元（中文数字）"),
  fact(JH, "park", "projects_introduced", 17, "count", D2, "截至2010年一季度", kind="cumulative", note="累计引进项目十七个"),
  fact(JH, "park", "projects_total_investment", 1.4e9, "cny", D2, "截至2010年一季度", kind="cumulative", note="总投资额为十四亿元（中文数字）"),
  fact(JH, "park", "expected_annual_sales", 2e9, "cny", D2, "建成后", kind="target", qual="余", qtext="多", opt=True, note="二十多亿元（中文数字）"),
  fact(JH, "park", "projects_to_sign", 3, "count", D3, "2010年边交会", kind="target", opt=True),
 ],
)

# ---------------------------------------------------------------- yt03 百年巴克图 (光明日报客户端 2023)
TC = "塔城市边境经济合作区"
SY = "新疆塔城重点开发开放试验区"
E0 = "5月17日,塔城地委副秘书长、塔城市边境经济合作区党工委书记肖祖文说"
E1 = "2020年12月,国务院批复设立新疆塔城重点开发开放试验区,巴克图口岸区域被明确为先行发展区"
E2 = "在50平方公里的先行区内,塔吊林立,机声隆隆"
E3 = "由塔城市到巴克图口岸的14.7公里长铁路专用线,全面开工建设"
E4 = "63家企业已经签约入住"
E5 = "在三一重能风电设备(塔城)公司内,4台套5兆瓦风机设备装车完毕,即将发往哈萨克斯坦。作为试验区首批首个建成投运项目,投产刚1个月就完成了8台套订单,货值上亿元"
E6 = "北京路、上海路、浙江路、辽宁路等11条道路,基本完工"
G["yt03"] = dict(
 article=art("追着花儿看新疆|百年巴克图谱写丝路开放新篇章", "光明日报客户端（光明网 地方频道-新疆）", "2023-05-19", "day",
  "National daily's app feature, Xinjiang border port: a land port and its pilot zone — the border economic cooperation zone's party secretary quoted, the pilot zone's 50 km² early-start area, rail spur and roads under way, 63 firms signed, a wind-turbine maker's plant in production and exporting",
  "https://difang.gmw.cn/xj//2023-05/19/content_36573525.htm",
  "日期取页面“来源:光明日报客户端2023-05-19 18:35”。标题照录（页面两处出现，取独立标题行）；分享提示、“正在阅读”行、面包屑与来源行已删；图片文件名“P1150484(1)”（段间）删去；存段在“P1150496”图后的引语“近几年,三一重工集团超7成”处中断，该残段删去（make_txt.py ITEMS），正文截至“…坚定了企业的发展信心。”，共六段。园区：塔城市边境经济合作区（只在党工委书记头衔中出现，但为巴克图口岸所在的园区）；新疆塔城重点开发开放试验区（2020年12月国务院批复）；其先行发展区（文中又作“先行区”，巴克图口岸区域，50平方公里）列为可选园区，parent 为试验区。公司：三一重能风电设备(塔城)公司（“试验区首批首个建成投运项目”→项目名即企业名，投产）。铁路专用线“全面开工建设”→开工（可选，基础设施）。“63家企业已经签约入住”为先行区累计（cumulative，主语按语境记先行发展区所在试验区）。",
  "yt03"),
 parks=[
  park(TC, "塔城", "新疆", "边境经济合作区", E0, district="塔城市", note="只在党工委书记头衔中出现"),
  park(SY, "塔城", "新疆", "重点开发开放试验区", E1, note="2020年12月国务院批复设立"),
  park("先行发展区", "塔城", "新疆", "试验区先行区", E1, parent=SY, aliases=["先行区"], opt=True, note="巴克图口岸区域；名称泛称"),
 ],
 companies=[
  comp("三一重能风电设备(塔城)公司", SY, E5, note="试验区首批首个建成投运项目"),
 ],
 institutions=[
  inst("塔城市边境经济合作区党工委", E0, kind="government", park=TC, opt=True),
 ],
 projects=[
  proj("三一重能风电设备(塔城)公司", SY, E5, companies=["三一重能风电设备(塔城)公司"], status="投产", status_text="试验区首批首个建成投运项目,投产刚1个月",
       note="以企业名作项目名"),
  proj("塔城市到巴克图口岸铁路专用线", SY, E3, status="开工", status_text="全面开工建设", opt=True, note="14.7公里；基础设施；名称据文意概括"),
 ],
 funds=[],
 aggregate_facts=[
  fact("先行发展区", "park", "planned_area_km2", 50, "km2", E2, "2023-05"),
  fact(SY, "park", "firms_signed", 63, "count", E4, "截至2023年5月", kind="cumulative", note="63家企业已经签约入住（先行区）"),
  fact(SY, "park", "roads_basically_completed", 11, "count", E6, "截至2023年5月", kind="cumulative", opt=True),
  fact("三一重能风电设备(塔城)公司", "company", "orders_completed_units", 8, "count", E5, "投产后1个月", opt=True, note="8台套订单，货值上亿元"),
 ],
)

# ---------------------------------------------------------------- yt04 霍尔果斯经济开发区伊宁园区 6个项目签约46亿元 (WeChat 2023)
YN = "霍尔果斯经济开发区伊宁园区"
HE = "霍尔果斯经济开发区"
F0 = "11月28日,霍尔果斯经济开发区伊宁园区举行11月招商项目签约仪式,共签约6个项目,总金额46亿元"
F1 = "伊宁园区作为霍尔果斯经济开发区组成园区"
F2 = "本次签约项目有氨基酸生产加工项目,中药材加工及中药饮品生产项目,年产5万吨甜味剂综合生产加工项目,年产2万吨木糖醇生产加工项目,年产1万吨酵母系列产品生产线项目,氨糖、脯氨酸生产项目"
F3 = "伊犁惠宁生物科技有限公司总经理冯辉信心满满地说,公司投资2.6亿元的年产2万吨木糖醇生产加工项目,主要从玉米芯提取木糖醇,预计2024年建成并投入使用,年产值将达5亿元左右"
F3b = "公司投资2.6亿元的年产2万吨木糖醇生产加工项目"
F3c = "年产值将达5亿元左右"
F4 = "由伊犁宏润食品有限责任公司投资2.5亿元,分两期建设的年产5万吨甜味剂综合生产加工项目,预计2024年9月竣工"
F5 = "中国(新疆)自由贸易试验区霍尔果斯片区为中国(新疆)自由贸易试验区三大片区之一"
G["yt04"] = dict(
 article=art("高质量发展看伊犁 | 6个项目签约46亿元 霍尔果斯经济开发区伊宁园区提前完成本年度招商引资任务",
  "伊犁地方微信公众号（biz MzA5NzQ4MzUwNA==），载于 freewechat.com 存档", "2023-11", "month",
  "Local WeChat news item via an archive mirror, Xinjiang border zone: a sub-park of a national development zone signs six projects (46亿元) — project list, two firms' projects with investment, expected completion and output",
  "https://freewechat.com/a/MzA5NzQ4MzUwNA==/2650895278/2",
  "存段无日期：签约在“11月28日”，两项目“预计2024年建成/2024年9月竣工”，故为2023年11月（28日或稍后），precision month。公众号名称存段未显示（只有 biz 号），outlet 记为伊犁地方公众号。标题照录；“查看原文 其他”已删。存段只一段，在“奔赴各”处中断，该残句删去（make_txt.py LINE_SUFFIX），正文截至“…更好地融入国际市场。”。园区：霍尔果斯经济开发区伊宁园区（文中又作“伊宁园区”；伊犁州伊宁，新疆；“霍尔果斯经济开发区组成园区”，parent 霍尔果斯经济开发区）；霍尔果斯经济开发区；中国(新疆)自由贸易试验区霍尔果斯片区（可选）。项目：六个签约项目（status 签约）；其中年产2万吨木糖醇生产加工项目（伊犁惠宁生物科技有限公司，2.6亿元，预计2024年建成投用，年产值约5亿元）、年产5万吨甜味剂综合生产加工项目（伊犁宏润食品有限责任公司，2.5亿元，分两期，预计2024年9月竣工）。“总金额46亿元”为六项合计，园区事实。",
  "yt04"),
 parks=[
  park(YN, "伊犁", "新疆", "园区（经济开发区组成园区）", F0, district="伊宁", parent=HE, aliases=["伊宁园区"], note="霍尔果斯经济开发区组成园区"),
  park(HE, "伊犁", "新疆", "经济开发区", F1, district="霍尔果斯"),
  park("中国(新疆)自由贸易试验区霍尔果斯片区", "伊犁", "新疆", "自由贸易试验区片区", F5, district="霍尔果斯", opt=True, note="只作背景介绍"),
 ],
 companies=[
  comp("伊犁惠宁生物科技有限公司", YN, F3),
  comp("伊犁宏润食品有限责任公司", YN, F4),
 ],
 institutions=[],
 projects=[
  proj("氨基酸生产加工项目", YN, F2, status="签约", status_text="签约"),
  proj("中药材加工及中药饮品生产项目", YN, F2, status="签约", status_text="签约"),
  proj("年产5万吨甜味剂综合生产加工项目", YN, F4, companies=["伊犁宏润食品有限责任公司"], inv="2.5亿元", status="签约", status_text="签约；分两期建设，预计2024年9月竣工"),
  proj("年产2万吨木糖醇生产加工项目", YN, F3b, companies=["伊犁惠宁生物科技有限公司"], inv="2.6亿元", status="签约", status_text="签约；预计2024年建成并投入使用"),
  proj("年产1万吨酵母系列产品生产线项目", YN, F2, status="签约", status_text="签约"),
  proj("氨糖、脯氨酸生产项目", YN, F2, status="签约", status_text="签约"),
 ],
 funds=[],
 aggregate_facts=[
  fact(YN, "park", "projects_signed", 6, "count", F0, "2023-11-28"),
  fact(YN, "park", "signed_investment_cny", 4.6e9, "cny", F0, "2023-11-28"),
  fact("年产2万吨木糖醇生产加工项目", "project", "expected_annual_output_cny", 5e8, "cny", F3c, "建成后（预计2024年）", kind="target", qual="约", qtext="左右"),
 ],
)

# ---------------------------------------------------------------- yt05 喀什经济开发区37个重大项目集中开复工 (中新网 2024)
KS = "喀什经济开发区"
H0 = "新疆喀什经济开发区日前举办2024年一季度重大项目开复工仪式。据了解,37个重大项目计划投资总额达30余亿元"
H1 = "其中,喀什经济开发区智慧物流港项目一期投资建设占地面积567.39亩,投资超10亿元"
G["yt05"] = dict(
 article=art("一季度新疆喀什经济开发区37个重大项目集中开复工", "中国新闻网（陈朝），载于 twwtn.com", "2024-02-29", "day",
  "National news agency's wire via a relay site, Xinjiang: a border-region national development zone's first-quarter groundbreaking and resumption ceremony — 37 projects and their total, one named logistics project with area, investment and contents",
  "http://twwtn.com/afinance/202402/58581.html",
  "日期取电头“中新网新疆喀什2月29日电”与页面“2024-02-29 09:40 中国新闻网”。标题照录；“产经 TIME…分享”、图片说明“新疆喀什经济开发区重大项目集中开复工仪式现场。 阿布都卡地尔·阿巴斯 摄”、“THE END”与免责声明已删。正文四段，完整（以“(完)”结束）。园区：喀什经济开发区（文中又作“新疆喀什经济开发区”；喀什，新疆）。项目：喀什经济开发区智慧物流港项目一期（开复工仪式中的项目→开工；“投资超10亿元”→超；占地567.39亩）。“37个重大项目计划投资总额达30余亿元”：“30余亿元”checker 读不出，记为无 _cny 后缀的事实（余）。",
  "yt05"),
 parks=[
  park(KS, "喀什", "新疆", "经济开发区", H0, aliases=["新疆喀什经济开发区"], note="文中又作“新疆喀什经济开发区”"),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj("喀什经济开发区智慧物流港项目", KS, H1, inv="10亿元", qual="超", qual_text="超", phase="一期", status="开工", status_text="开复工",
       aliases=["智慧物流港项目"], note="一期；占地567.39亩"),
 ],
 funds=[],
 aggregate_facts=[
  fact(KS, "park", "projects_started", 37, "count", H0, "2024年一季度", note="集中开复工"),
  fact(KS, "park", "projects_started_investment", 3e9, "cny", H0, "2024年一季度", qual="余", qtext="余", note="“30余亿元”（计划投资总额），metric 不带 _cny"),
  fact("喀什经济开发区智慧物流港项目", "project", "site_area_mu", 567.39, "mu", H1, "2024年一季度（一期）", opt=True),
 ],
)

# ---------------------------------------------------------------- yt06 喀什市1-8月招商引资硕果累累 (新疆商务厅 / 人民网 2023)
SK = "深喀现代农业生态产业园"
I0 = "今年1-8月,共执行招商引资项目41个,落实招商引资到位资金66.16亿元,目前已有25个项目投产"
I0b = "落实招商引资到位资金66.16亿元"
I1 = "中国喀什义乌国际采购中心项目是今年喀什市的新建项目,总投资24亿元"
I2 = "目前项目一期主体部分已经完工,正在进行外立面粉刷和水电暖等配套设施的施工,二期建设已经动工"
I3 = "从投资资金看,喀什市执行招商引资项目中,投资金额亿元以上项目29个,落实到位资金64.16亿元"
I3b = "落实到位资金64.16亿元"
I4 = "由新疆华亮农业科技有限公司采用EPC+O模式规划、设计、施工、运营的深喀现代农业生态产业园集中连片日光温室(二期)项目总投资3.9亿元,目前有120座温室已经达到种植条件"
I5 = "聚焦七大产业和数字经济产业园建设"
I6 = "喀什义乌小商品城集团营销部经理凯迪日耶·艾力说"
G["yt06"] = dict(
 article=art("喀什市1-8月招商引资硕果累累", "新疆维吾尔自治区商务厅网站（政府信息公开；来源:人民网）", "2023-09-20", "day",
  "Provincial government department's portal relaying a national news site, Xinjiang border city: eight-month investment-attraction round-up — projects executed, capital in place, projects in production, a wholesale-centre project in progress, an agricultural eco-park's greenhouse phase two",
  "http://swt.xinjiang.gov.cn/xjswt/c114360/202309/7876d7ce9c6a428a9fffda8be7f1547b.shtml",
  "日期取页面“来源:人民网 发布时间: 2023年09月20日”。标题照录；“政府信息公开”与来源行已删。存段只一段，在“开展招商和宣传”处中断，该残句删去（make_txt.py LINE_SUFFIX），正文截至“…大大提高农业生产效益。”。“国际采购中心线上平台中国优选”“亿物go”两大平台”缺左引号，照录。园区：深喀现代农业生态产业园（喀什市，新疆）；“数字经济产业园建设”为泛称，列为可选园区。项目：中国喀什义乌国际采购中心项目（总投资24亿元；一期主体完工、二期已动工→在建；文中未置于园区，park null）；深喀现代农业生态产业园集中连片日光温室(二期)项目（新疆华亮农业科技有限公司，3.9亿元；120座温室已达种植条件、“此次建成”→竣工，status_alt 投产）。事实主语喀什市（region）：1-8月执行项目41个、到位资金66.16亿元、25个项目投产、亿元以上项目29个及到位64.16亿元（cumulative）。",
  "yt06"),
 parks=[
  park(SK, "喀什", "新疆", "产业园", I4, district="喀什市", note="现代农业生态产业园"),
  park("数字经济产业园", "喀什", "新疆", "产业园", I5, district="喀什市", opt=True, note="泛称，只说“数字经济产业园建设”"),
 ],
 companies=[
  comp("新疆华亮农业科技有限公司", SK, I4, note="EPC+O 模式规划、设计、施工、运营"),
  comp("喀什义乌小商品城集团", None, I6, opt=True, note="义乌国际采购中心项目方；不在园区"),
 ],
 institutions=[],
 projects=[
  proj("中国喀什义乌国际采购中心项目", None, I1, companies=["喀什义乌小商品城集团"], inv="24亿元", status="在建",
       status_text="一期主体部分已经完工…二期建设已经动工", note="预计明年10月完成主体，2025年投入使用；状态见下一句"),
  dict(proj("深喀现代农业生态产业园集中连片日光温室(二期)项目", SK, I4, companies=["新疆华亮农业科技有限公司"], inv="3.9亿元", phase="二期",
       status="竣工", status_text="目前有120座温室已经达到种植条件…此次建成的日光温室"), status_alt="投产"),
 ],
 funds=[],
 aggregate_facts=[
  fact("喀什市", "region", "investment_projects_executed", 41, "count", I0, "2023年1-8月", kind="cumulative"),
  fact("喀什市", "region", "investment_attracted_cny", 6.616e9, "cny", I0b, "2023年1-8月", kind="cumulative", note="落实招商引资到位资金"),
  fact("喀什市", "region", "projects_in_production", 25, "count", I0, "截至2023年8月", kind="cumulative"),
  fact("喀什市", "region", "projects_over_100m_executed", 29, "count", I3, "2023年1-8月", kind="cumulative", opt=True),
  fact("喀什市", "region", "investment_attracted_over_100m_projects_cny", 6.416e9, "cny", I3b, "2023年1-8月", kind="cumulative", opt=True),
  fact("中国喀什义乌国际采购中心项目", "project", "expected_jobs", 6000, "count", "解决当地就业人口6000人", "2025年投入使用后", kind="target", opt=True),
 ],
)
