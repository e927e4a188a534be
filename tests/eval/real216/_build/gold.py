# real216 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published; tg01 keeps the page's
# full-width commas); names as written in the text; 逾/超过/超/以上/突破/不低于 → 超, 余/多 → 余, 约/近/左右/约合 → 约
# (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True
# asserts it); a US-dollar amount stated beside its yuan equivalent is kept in alt_investment. Growth rates and shares as
# ratios. Projects: the park is the one the text places the project in, null if none (a county or district is a region,
# not a park). Status from the text's words (开工建设 / 奠基 → 开工; 签约 / 签订投资协议 / 签订框架协议 → 签约; 落户 alone →
# no status). Year-to-date counts and values (“今年以来”, “截至…”, “累计”) are cumulative; “预计”/“计划”/“目标” figures are
# target. Sources: tg01 from the fetched GitHub snapshot likgjava/eb (page text extracted by eb_extract.py); tg02–tg08 are
# `search` (corpus pages) excerpts typed into _raw/pages/tgNN.raw as returned.

CQ = "重庆"

# ---------------------------------------------------------------- tg01 奥特斯 in 两江新区鱼复工业园区 (阳光易购 2011)
LJ = "两江新区"
YF = "鱼复工业园区"
A0 = "6月16日上午，欧洲最大的印刷电路厂商奥特斯(AT&S)在重庆两江新区鱼复工业园区举行奠基典礼，正式宣布开工建设其在上海之外的第二家HDI高密度印刷电路板工厂"
A1 = "奥特斯重庆工厂第一期投资为2.97亿美元(约合20亿元人民币)"
A2 = "黄奇帆于6月16日宣布，重庆希望吸引500家零部件配套厂商前来落户，他同时透露，截至2011年上半年已经有250家零部件厂商落户重庆"
A3 = "在惠普、富士康、广达、仁宝等上游大厂相继宣布落户重庆后"
A4 = "目前，台湾的印刷电路厂商欣兴、键鼎、瀚宇博德等都正在或考虑在中西部设厂"
G["tg01"] = dict(
 article=art("苹果供应商重庆建厂 电子配套业西迁之考", "阳光易购（采购资讯站，goodszx 栏；原刊媒体未注明），页面镜像存于 GitHub likgjava/eb", "2011-06-17", "day",
  "Procurement portal relaying a business-paper feature (original outlet not named), Chongqing: a European PCB maker breaks ground on its phase-1 plant in 两江新区's 鱼复工业园区 (amount in US dollars with yuan equivalent, land), why it chose Chongqing, the city's component-supplier drive (250 landed, 500 wanted), notebook targets",
  "https://github.com/likgjava/eb/blob/7470cfbcce2c33c38d76cb757029227202253ea9/webapp/view/staticpags/goodszx/ff808081309200df01309b1dfd02038b.jsp",
  "取自 fetch 的 GitHub 仓库 likgjava/eb（阳光易购站点的静态镜像），文件 webapp/view/staticpags/goodszx/ff808081309200df01309b1dfd02038b.jsp；日期取页面“发布时间：2011-06-17”（文中“6月16日上午”为奠基日）；“发布人：-”，原刊媒体未注明。正文由 _build/eb_extract.py 去标签、解 HTML 实体（&ldquo; → “ 等）得到；页面在“只有 / 10分钟的车程”“零部件厂商 / 的内迁过程”两处把句子断成两行，已接回（JOIN）；两个小标题“重庆成本优势”“零部件工厂西进之考”保留为段。全文完整。园区：鱼复工业园区（文中“重庆两江新区鱼复工业园区”），母园区两江新区（文末“获准入驻两江新区”）。项目：奥特斯重庆工厂（HDI高密度印刷电路板工厂）一期——奠基、“正式宣布开工建设”→开工；“第一期投资为2.97亿美元(约合20亿元人民币)”：investment_cny 取文中人民币折算 20亿元（约），美元原额记 alt_investment。奥特斯上海工厂（已投资6亿美元、环保改造3亿元）不在园区，只记可选事实。惠普、富士康、广达、仁宝“落户重庆”，园区未说，park 为 null（可选）；苹果、黑莓为客户，欣兴等为台湾同业，均可选。重庆市的零部件厂商落户数（250家，截至2011年上半年）与目标（500家）、3年内1亿台以上笔记本电脑为城市层面事实（region）。",
  "tg01"),
 parks=[
  park(YF, "重庆", "重庆", "工业园区", A0, parent=LJ, note="文中作“重庆两江新区鱼复工业园区”"),
  park(LJ, "重庆", "重庆", "国家级新区", "奥特斯是因为重视环保建设因此获准入驻两江新区", note="文中只作“两江新区”"),
 ],
 companies=[
  comp("奥特斯", YF, A0, aliases=["AT&S"], note="欧洲最大的印刷电路厂商；苹果、黑莓的印刷电路板供应商"),
  comp("惠普", None, A3, opt=True, note="“落户重庆”，园区未说"),
  comp("富士康", None, A3, opt=True, note="同上；另在成都设厂"),
  comp("广达", None, A3, opt=True, note="同上"),
  comp("仁宝", None, A3, opt=True, note="同上"),
  comp("苹果", None, "奥特斯是苹果及黑莓的主要印刷电路板供应商之一", opt=True, note="客户，不在园区"),
  comp("黑莓", None, "奥特斯是苹果及黑莓的主要印刷电路板供应商之一", opt=True, note="客户，不在园区"),
  comp("欣兴", None, A4, opt=True, note="台湾印刷电路厂商，正在或考虑在中西部设厂"),
  comp("键鼎", None, A4, opt=True, note="同上"),
  comp("瀚宇博德", None, A4, opt=True, note="同上"),
 ],
 institutions=[
  inst("台湾拓墣产业研究所", "台湾拓墣产业研究所关于电子产业内迁的研究报告显示", kind="research", note="引用其研究报告"),
 ],
 projects=[
  proj("奥特斯重庆工厂", YF, A1, companies=["奥特斯"], inv="约合20亿元人民币", qual="约", qual_text="约合", phase="一期",
       status="开工", status_text="举行奠基典礼，正式宣布开工建设", aliases=["HDI高密度印刷电路板工厂"],
       alt_investment={"investment_text": "2.97亿美元", "investment_value": 2.97e8, "investment_currency": "usd"},
       status_evidence=A0,
       note="第一期投资2.97亿美元（约合20亿元人民币）；占地180亩；建设、调试周期两年"),
 ],
 aggregate_facts=[
  fact("奥特斯", "company", "plant_land_area_mu", 180, "mu", "奥特斯的工厂占地180亩", "2011年6月（重庆工厂）", opt=True),
  fact("奥特斯", "company", "invested_usd", 6e8, "usd", "此前该公司在上海有一家印刷电路板工厂，已经投资6亿美元", "截至2011年6月（上海工厂）", kind="cumulative", opt=True,
       note="上海工厂，不在重庆"),
  fact("奥特斯", "company", "environmental_investment_cny", 3e8, "cny", "此前奥特斯在上海的工厂已经投入3亿元进行环保改造", "截至2011年6月（上海工厂）", kind="cumulative", opt=True, chk=True),
  fact(CQ, "region", "component_suppliers_landed", 250, "count", A2, "截至2011年上半年", kind="cumulative", note="零部件厂商落户重庆"),
  fact(CQ, "region", "component_suppliers_target", 500, "count", A2, "目标（2011年6月宣布）", kind="target", opt=True),
  fact(CQ, "region", "notebook_output_target_units", 1e8, "units", "重庆将在3年之内生产1亿台以上的笔记本电脑和1亿台以上的其它电子终端", "3年之内（2011年6月起；目标）",
       kind="target", qual="超", qtext="以上", opt=True),
 ])

# ---------------------------------------------------------------- tg02 两江开发区破土动工 (cre.org.cn page 2014; story 2010-07)
LJK = "两江新区工业开发区"
YFQ = "鱼复现代物流功能区"
LSQ = "龙石先进制造功能区"
B0 = "7月18日,时隔两江新区挂牌成立一个月,重庆两江新区工业开发区正式挂牌成立并破土动工"
B1 = "此次先期实施开发的两江工业园区包含鱼复现代物流功能区、龙石先进制造功能区两大区在内,面积178平方公里"
B2 = "其中,鱼复现代物流制造区规划建设用地58平方公里,鱼嘴片区规划面积24平方公里,是两江新区工业开发区的核心部分"
B3 = "在龙石片区120平方公里的建设用地上,重庆将投入巨资打造一个万亿级的工业基地"
ASB = "2010年7月（挂牌时规划；年份据两江新区2010年6月挂牌推定）"
G["tg02"] = dict(
 article=art("两江开发区破土动工", "cre.org.cn（区域纵览 > 地区发展栏；“信息来源:根林 冠瑜 作者:admin”）", "2014-04-22", "day",
  "Industry-association site reposting a news report (original outlet not named), Chongqing: the industrial development zone of the new 两江新区 is unveiled and breaks ground a month after the new area — its two functional zones, planned areas and industries",
  "https://cre.org.cn/index.php/qy/fazhan/6333.html",
  "日期取页面“时间: 2014-04-22”（此为转载页日期）；所记事件为“7月18日,时隔两江新区挂牌成立一个月”，即2010年7月18日（年份文中未写，据两江新区2010年6月18日挂牌推定；事实 as_of 记2010年7月）。标题“两江开发区破土动工”照录，与之粘连的“时间…信息来源:根林 冠瑜 作者:admin 责编:”已删（HEAD_SUFFIX）；面包屑“您现在的位置…”“地区发展”已删。正文五段，完整。园区：两江新区工业开发区（标题作“两江开发区”；文中“两江工业园区”指其先期开发部分，记为别名），母园区两江新区；其下鱼复现代物流功能区（又作“鱼复现代物流制造区”“鱼复现代制造和物流区”）、龙石先进制造功能区（又作“龙石片区”）；鱼嘴片区（鱼复的核心部分）与临港船舶制造基地为可选园区。文中无具名项目、企业。面积：两江工业园区178平方公里；鱼复规划建设用地58平方公里；鱼嘴片区24平方公里；龙石片区建设用地120平方公里。",
  "tg02"),
 parks=[
  park(LJK, "重庆", "重庆", "工业开发区", B0, parent="两江新区", aliases=["两江开发区", "两江工业园区"],
       note="文中作“重庆两江新区工业开发区”；标题“两江开发区”；先期开发部分称“两江工业园区”；承接江北、渝北、南岸三区"),
  park("两江新区", "重庆", "重庆", "国家级新区", B0, note="“时隔两江新区挂牌成立一个月”"),
  park(YFQ, "重庆", "重庆", "功能区", B1, parent=LJK, aliases=["鱼复现代物流制造区"], note="又作“鱼复现代制造和物流区”"),
  park(LSQ, "重庆", "重庆", "功能区", B1, parent=LJK, aliases=["龙石片区"], note="渝北区龙兴、石船两镇"),
  park("鱼嘴片区", "重庆", "重庆", "片区", B2, parent=YFQ, opt=True, note="鱼复的核心部分"),
  park("临港船舶制造基地", "重庆", "重庆", "基地", "临港船舶制造基地重点发展不锈钢化学船舶", parent=LSQ, opt=True, note="母园区由语境推定"),
 ],
 aggregate_facts=[
  fact(LJK, "park", "planned_area_km2", 178, "km2", B1, ASB, note="先期实施开发的两江工业园区"),
  fact(YFQ, "park", "planned_construction_land_km2", 58, "km2", B2, ASB),
  fact("鱼嘴片区", "park", "planned_area_km2", 24, "km2", B2, ASB, opt=True),
  fact(LSQ, "park", "construction_land_km2", 120, "km2", B3, ASB),
 ])

# ---------------------------------------------------------------- tg03 大足工业园区 (硅谷网 2012)
DZ = "大足工业园区"
C0 = "园区成立之初分为龙水和邮亭两部分,园区的面积为3.4平方公里,入驻企业才97户,年产值仅7.5亿元"
C1 = "7年之后,大足工业园区已经扩展到了7平方公里,形成龙水、邮亭、万古(在建)三大园区,引进企业222户"
C2 = "2010年实现工业总产值170亿元,五金市场交易额突破100亿元"
C3 = "作为大足区工业化“双引擎”之一的大足工业高新园区,去年区内200余家企业共实现产值301.7亿元"
C4 = "大足工业园区标准厂房区内奇骏农机公司依然是一派热火朝天的景象,公司上下争分夺秒为9月初正式生产做着最后的冲刺"
G["tg03"] = dict(
 article=art("大足工业园区将成为最具投资价值和潜力的渝西经济核心区", "硅谷网（guigu.org；“作者:guigu 来源:硅谷网”）", "2012-08-27", "day",
  "Technology news site, Chongqing: a district's industrial park from 2003 to 2011 — area, firms, output then and now, expected output, a farm-machinery firm about to start production, industry and 2016 output targets",
  "http://www.guigu.org/content/201208279526.html",
  "日期取页面“2012-08-27 16:43”与导语“硅谷网8月27日讯”。标题照录，其后的“ |”与日期作者行已删。存段末句“投资4亿元的奇骏农机公司,投产后每年能实现产值10亿元以上,正是工业园区…引进的个头不大但实力强的代表性”中断，整行删去（make_txt.py ITEMS 截至上一段），正文截至“…稳步迈进。”，共三段。园区：大足工业园区（又作“大足工业高新园区”；大足区，重庆），下设龙水、邮亭、万古（在建）三大园区（名称文中只作地名，列可选）。公司：奇骏农机公司（又作“奇骏公司”），在园区标准厂房区，9月初正式生产（拥有12项专利）；无具名项目。事实：成立之初（2003年）3.4平方公里、97户、年产值7.5亿元（可选）；“7年之后”扩展到7平方公里、引进企业222户；2010年工业总产值170亿元；五金市场交易额突破100亿元（可选）；预计企业全部投产后500亿元（target）；“去年”（2011年）200余家企业产值301.7亿元；到2016年工业总产值600亿（原文无“元”字，metric 不以 _cny 结尾，值按元记，target）。文中2010年170亿与2011年301.7亿照录。",
  "tg03"),
 parks=[
  park(DZ, "重庆", "重庆", "工业园区", C1, district="大足区", aliases=["大足工业高新园区"], note="成立于2003年；文中又作“大足工业高新园区”"),
  park("龙水", "重庆", "重庆", "园区", C1, district="大足区", parent=DZ, opt=True, note="文中只作地名“龙水”（三大园区之一）"),
  park("邮亭", "重庆", "重庆", "园区", C1, district="大足区", parent=DZ, opt=True, note="同上"),
  park("万古", "重庆", "重庆", "园区", C1, district="大足区", parent=DZ, opt=True, note="在建"),
 ],
 companies=[
  comp("奇骏农机公司", DZ, C4, aliases=["奇骏公司"], note="在园区标准厂房区内；9月初正式生产"),
 ],
 aggregate_facts=[
  fact(DZ, "park", "area_km2", 3.4, "km2", C0, "2003年（成立之初）", opt=True),
  fact(DZ, "park", "firms", 97, "count", C0, "2003年（成立之初）", opt=True),
  fact(DZ, "park", "annual_output_cny", 7.5e8, "cny", "年产值仅7.5亿元", "2003年（成立之初）", opt=True, chk=True),
  fact(DZ, "park", "area_km2", 7, "km2", C1, "2010年（“7年之后”）"),
  fact(DZ, "park", "firms_introduced", 222, "count", C1, "2010年（“7年之后”）", kind="cumulative"),
  fact(DZ, "park", "industrial_output_cny", 1.7e10, "cny", C2, "2010年", chk=True),
  fact(DZ, "park", "hardware_market_turnover_cny", 1e10, "cny", "五金市场交易额突破100亿元", "2010年", qual="超", qtext="突破", opt=True, chk=True),
  fact(DZ, "park", "expected_output_cny", 5e10, "cny", "预计园区内企业全部投产后可实现500亿元", "企业全部投产后（预计）", kind="target", chk=True),
  fact(DZ, "park", "output_cny", 3.017e10, "cny", C3, "2011年", chk=True),
  fact(DZ, "park", "firms", 200, "count", C3, "2011年", qual="余", qtext="余", opt=True),
  fact(DZ, "park", "industrial_output_target", 6e10, "cny", "园区正向着到2016年实现工业总产值600亿的目标稳步迈进", "2016年（目标）", kind="target",
       note="原文“600亿”无“元”"),
  fact("奇骏农机公司", "company", "patents", 12, "count", "拥有12项专利、产品出口南北美", "2012年8月", opt=True),
 ])

# ---------------------------------------------------------------- tg04 空港工业园区 (中国冷链物流网 2012)
KG = "空港工业园区"
D0 = "空港工业园区于2002年1月动工建设,是重庆市政府首批批准设立的16个市级特色工业园区之一"
D1 = "近年来,园区投入生态环境建设资金3亿多元,新建或改造提升绿化面积超过100万平方米,绿地率提高了20%,达到40%左右"
D2 = "园区投入了3000多万元,对溪河两岸实施了绿化环境整治、修了健身步道,还投入300多万元在溪河边建成投用了3座生态污水处理厂"
D3 = "另外,园区还布局了7座公园,总面积近4000亩。已经建好新塘溪、高堡湖等4座公园。占地470亩的桃源公园,将于2012年内建成,向社会免费开放"
ASD = "截至2012年8月"
G["tg04"] = dict(
 article=art("空港工业园区打造生态工业城", "中国冷链物流网（cclcn.com；原刊媒体未注明）", "2012-08-23", "day",
  "Logistics trade site relaying a local report, Chongqing: one of the first 16 municipal featured industrial parks and its green investment — spending, green area and ratio, a river clean-up, parks built and planned",
  "http://cclcn.com/shtmlnewsfiles/ecomnews/773/2012/201282307215237141.shtml",
  "日期取页面“2012-8-23 中国冷链物流网www.cclcn.com |”（与网址 2012/20128230… 相合）。标题照录，其后“ |”与日期行已删。存段在末段“空港工业园区所积累起来的生态环境资本,…使招商引资从项目选择园区变成了园区选”处中断，该残句已删（LINE_SUFFIX），正文截至“创造环境、保护环境就是积累资本。”；两个小标题保留为段，共九段。园区：空港工业园区（2002年1月动工建设，重庆市首批16个市级特色工业园区之一；所在区文中未写，district 记 null）。无具名企业、项目；桃源公园（占地470亩，将于2012年内建成）为园区内公园建设，列可选项目（无状态）。事实：生态环境建设资金3亿多元（余，cumulative；“多”在数字与“元”之间，metric 不带 _cny）；绿化面积超过100万平方米（可选）；绿地率40%左右（约）；“提高了20%”单位不明（百分点），可选；新塘溪整治3000多万元、3座污水处理厂300多万元（可选）；7座公园近4000亩、已建4座（可选）。",
  "tg04"),
 parks=[
  park(KG, "重庆", "重庆", "市级特色工业园区", D0, note="所在区文中未写"),
 ],
 projects=[
  proj("桃源公园", KG, D3, opt=True, note="园区内公园，占地470亩，将于2012年内建成、免费开放；未说在建"),
 ],
 aggregate_facts=[
  fact(KG, "park", "eco_environment_investment", 3e8, "cny", D1, ASD + "（近年来累计）", kind="cumulative", qual="余", qtext="多",
       note="“3亿多元”：数字与“元”之间有“多”，metric 不以 _cny 结尾（check_gold 只认 数字+亿元），值按元记"),
  fact(KG, "park", "green_area_added_m2", 1e6, "m2", D1, ASD + "（近年来累计）", kind="cumulative", qual="超", qtext="超过", opt=True),
  fact(KG, "park", "green_space_ratio", 0.40, "ratio", D1, ASD, kind="ratio", qual="约", qtext="左右"),
  fact(KG, "park", "green_space_ratio_increase", 0.20, "ratio", D1, ASD, kind="ratio", opt=True, note="“提高了20%”，是否百分点文中未说"),
  fact(KG, "park", "river_rehabilitation_investment", 3e7, "cny", D2, ASD, kind="cumulative", qual="余", qtext="多", opt=True,
       note="“3000多万元”，同上"),
  fact(KG, "park", "sewage_plants_built", 3, "count", D2, ASD, opt=True),
  fact(KG, "park", "public_parks_planned", 7, "count", D3, ASD, opt=True),
  fact(KG, "park", "public_parks_area_mu", 4000, "mu", D3, ASD, qual="约", qtext="近", opt=True),
  fact(KG, "park", "public_parks_built", 4, "count", D3, ASD, opt=True),
 ])

# ---------------------------------------------------------------- tg05 梁平县 2012年招商引资项目签约 (chinesetown 2012)
LP = "梁平县"
E0 = "记者近日从梁平县举行的2012年招商引资项目签约仪式上获悉,由于巧打区位优势和特色资源牌,该县吸引了不少企业主前来投资兴业,当天签约的14个项目总投资达38.5亿元"
E1 = "“我是通过重庆平伟集团介绍来梁平投资的,这里交通便捷,当地对民营企业很重视,重庆惟一的光电科技产业园又在梁平。”"
E2 = "浙江金西园科技有限公司董事长徐国六说,公司准备在梁平投资3亿生产4英寸GPP芯片,投产后,年产1200万片,年产值可达5亿元,创利税3000万元"
E3 = "当天,梁平与中石化江汉油田公司、重庆旅游投资集团、浙江义乌华驰文具制造公司、浙江金西园科技公司等13家企业,就页岩油气勘探开发产能建设、双桂堂百里竹海风景名胜区总体开发、云龙镇摩配产业园、3000万只文具生产、年产160万件汽摩电子器件、大功率LED应用产品生产等一系列项目签订了投资协议"
ASE = "2012年（签约仪式，约6月底至7月初）"
G["tg05"] = dict(
 article=art("（无标题）梁平县2012年招商引资项目签约 14个项目总投资38.5亿元", "news.chinesetown.co.nz（新西兰华文新闻站转载；原刊媒体未注明）", "2012-07-04", "day",
  "Overseas Chinese news site relaying a Chongqing report: a county's 2012 investment signing — 14 projects and their total, a chip maker's planned investment and expected output (citing the county's opto-electronics park), the signatories and the projects signed",
  "http://news.chinesetown.co.nz/2012/0704/689574.html",
  "日期取网址 2012/0704；存段无标题、无日期行（title 为编者概括）；签约仪式日期文中只说“近日”。正文三段，完整。地区：梁平县（重庆；县为 region，不是园区）。园区：光电科技产业园（“重庆惟一的光电科技产业园又在梁平”，金西园投资理由之一；项目是否落户该园文中未明说，项目 park 记 null）。项目（均“签订了投资协议”→签约，park null）：4英寸GPP芯片（浙江金西园科技有限公司，“准备在梁平投资3亿”——原文无“元”字，investment_text 留空，investment_cny 记3亿元并注明）、页岩油气勘探开发产能建设、双桂堂百里竹海风景名胜区总体开发、云龙镇摩配产业园（园区开发项目）、3000万只文具生产、年产160万件汽摩电子器件、大功率LED应用产品生产；企业与项目的对应文中未逐一说明，companies 只在 GPP 芯片项目填。公司：浙江金西园科技有限公司（又作“浙江金西园科技公司”）、中石化江汉油田公司、重庆旅游投资集团、浙江义乌华驰文具制造公司（park 均 null）；重庆平伟集团为介绍人（可选）。事实：梁平县签约14个项目、总投资38.5亿元；13家企业（可选）；金西园项目投产后年产1200万片（可选）、年产值5亿元、利税3000万元（target）。",
  "tg05"),
 parks=[
  park("光电科技产业园", "重庆", "重庆", "产业园", E1, district=LP, note="“重庆惟一的光电科技产业园又在梁平”"),
 ],
 companies=[
  comp("浙江金西园科技有限公司", None, E2, aliases=["浙江金西园科技公司"], note="准备在梁平投资生产4英寸GPP芯片；园区未明说"),
  comp("中石化江汉油田公司", None, E3),
  comp("重庆旅游投资集团", None, E3),
  comp("浙江义乌华驰文具制造公司", None, E3),
  comp("重庆平伟集团", None, E1, opt=True, note="介绍金西园来梁平投资"),
 ],
 projects=[
  proj("4英寸GPP芯片", None, E2, companies=["浙江金西园科技有限公司"], status="签约", status_text="签订了投资协议", investment_cny=3e8,
       status_evidence=E3, note="“准备在梁平投资3亿生产4英寸GPP芯片”：原文无“元”，investment_text 留空，investment_cny 按3亿元记；投产后年产1200万片、年产值5亿元、利税3000万元；项目名文中未单列，取“生产4英寸GPP芯片”"),
  proj("页岩油气勘探开发产能建设", None, E3, status="签约", status_text="签订了投资协议", note="签约方文中未逐一对应（或为中石化江汉油田公司）"),
  proj("双桂堂百里竹海风景名胜区总体开发", None, E3, status="签约", status_text="签订了投资协议", note="旅游开发项目"),
  proj("云龙镇摩配产业园", None, E3, status="签约", status_text="签订了投资协议", note="园区开发项目；云龙镇"),
  proj("3000万只文具生产", None, E3, status="签约", status_text="签订了投资协议", note="或为浙江义乌华驰文具制造公司项目（文中未逐一对应）"),
  proj("年产160万件汽摩电子器件", None, E3, status="签约", status_text="签订了投资协议"),
  proj("大功率LED应用产品生产", None, E3, status="签约", status_text="签订了投资协议"),
 ],
 aggregate_facts=[
  fact(LP, "region", "projects_signed", 14, "count", E0, ASE),
  fact(LP, "region", "signed_investment_cny", 3.85e9, "cny", E0, ASE, chk=True),
  fact(LP, "region", "companies_signed", 13, "count", E3, ASE, opt=True),
  fact("浙江金西园科技有限公司", "company", "expected_annual_output_cny", 5e8, "cny", "年产值可达5亿元", "投产后（预计）", kind="target", chk=True),
  fact("浙江金西园科技有限公司", "company", "expected_profit_tax_cny", 3e7, "cny", "创利税3000万元", "投产后（预计）", kind="target", chk=True),
  fact("浙江金西园科技有限公司", "company", "expected_capacity_wafers", 1.2e7, "units", "年产1200万片", "投产后（预计）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- tg06 渝港四项经贸合作协议 (外事侨务办公室 via cqwsrc 2013)
HKP = "重庆·香港工业园"
KGX = "空港新城"
F0 = "这四项协议分别是市外经贸委、巴南区政府与香港瑞安集团及香港四大商会签订《共同推动重庆·香港城、香港工业园项目合作框架协议》"
F1 = "渝北区空港新城管理委员会与香港置地集团公司签订《香港置地中央工业园建设项目》"
F2 = "巴南区经济园区开发建设管理委员会与金源香港集团有限公司、香港珠宝总商会、香港珠宝金饰零售商会签订《香港珠宝产业基地入驻重庆·香港工业园框架协议》"
F3 = "渝新欧(重庆)物流有限公司与盐田国际集装箱码头有限公司签订战略合作协议"
F4 = "据介绍,重庆·香港工业园首期选址重庆市巴南南彭公路物流基地27万平方米标准厂房,后期在巴南区南彭、界石、麻柳三大园区拓展"
F5 = "而香港珠宝产业基地是重庆·香港工业园的首个港资项目,将打造中国西部最大的集珠宝生产、加工、贸易于一体的产业基地"
F6 = "“初步估计引进的各类珠宝企业有300余家,建成后年产值不低于700亿元,可解决3万人就业。”"
ASF = "2013年9月26日（签约）"
G["tg06"] = dict(
 article=art("渝港签订四项重磅经贸合作协议涵盖工业、房地产、物流、珠宝等多个领域", "外事侨务办公室（来源行），载于重庆卫生人才网 cqwsrc.com", "2013-10-18", "day",
  "Municipal foreign-affairs office item reposted on a Chongqing job site: four Chongqing–Hong Kong agreements signed during the HK Chief Executive's visit — a Hong Kong industrial park in 巴南 (site, first-phase factories, sub-parks, industries), a Hong Kong Land industrial park in 空港新城, a jewellery base with expected firms and output, a logistics cooperation",
  "http://cqwsrc.com/webSite/RCPXZX/GJJL/CYTZ/html-1736/9340.html",
  "日期取页面“来源:外事侨务办公室 日期:2013-10-18”（签约在9月26日下午；文中“昨天”说明原稿为9月27日的报道，原刊未注明）。标题照录；站名、导航与来源日期行已删。存段在末段“昨天,巴南区有关负责人说,这里未来将形成黄金首”处中断，该残句已删（LINE_SUFFIX），正文截至引语“…可解决3万人就业。”，共四段。园区：重庆·香港工业园（巴南区；文中又作“香港工业园”“工业园”）；空港新城（渝北区，文中以“渝北区空港新城管理委员会”出现）；巴南南彭公路物流基地（首期选址）与南彭、界石、麻柳三大园区（后期拓展，只作地名）列可选。项目（均签订协议/框架协议→签约）：重庆·香港城、香港工业园项目（与香港瑞安集团及香港四大商会）、香港置地中央工业园建设项目（空港新城，香港置地集团公司）、香港珠宝产业基地（入驻重庆·香港工业园，首个港资项目；金源香港集团有限公司）。渝新欧与盐田港为战略合作，不是项目。公司 park 均 null（投资方）。商会、市外经贸委、区政府、管委会为可选机构。事实：首期标准厂房27万平方米（规划，target）；珠宝企业300余家、年产值不低于700亿元（超）、就业3万人（均为初步估计，target）。",
  "tg06"),
 parks=[
  park(HKP, "重庆", "重庆", "工业园", F4, district="巴南区", aliases=["香港工业园"], note="文中又作“工业园”；港资产业基地"),
  park(KGX, "重庆", "重庆", "新城", F1, district="渝北区", note="文中以“渝北区空港新城管理委员会”出现"),
  park("巴南南彭公路物流基地", "重庆", "重庆", "物流基地", F4, district="巴南区", opt=True, note="重庆·香港工业园首期选址"),
  park("南彭", "重庆", "重庆", "园区", F4, district="巴南区", opt=True, note="“南彭、界石、麻柳三大园区”，只作地名"),
  park("界石", "重庆", "重庆", "园区", F4, district="巴南区", opt=True, note="同上"),
  park("麻柳", "重庆", "重庆", "园区", F4, district="巴南区", opt=True, note="同上"),
 ],
 companies=[
  comp("香港瑞安集团", None, F0),
  comp("香港置地集团公司", None, F1),
  comp("金源香港集团有限公司", None, F2),
  comp("渝新欧(重庆)物流有限公司", None, F3, opt=True),
  comp("盐田国际集装箱码头有限公司", None, F3, opt=True),
 ],
 institutions=[
  inst("香港珠宝总商会", F2, kind="association"),
  inst("香港珠宝金饰零售商会", F2, kind="association"),
  inst("市外经贸委", F0, note="重庆市对外贸易经济委员会（文中简称）"),
  inst("巴南区政府", F0),
  inst("渝北区空港新城管理委员会", F1),
  inst("巴南区经济园区开发建设管理委员会", F2),
 ],
 projects=[
  proj("重庆·香港城", None, F0, companies=["香港瑞安集团"], status="签约", status_text="签订《…合作框架协议》", note="巴南区；与香港四大商会共同签约"),
  proj("香港工业园项目", HKP, F0, companies=["香港瑞安集团"], status="签约", status_text="签订《…合作框架协议》", aliases=["重庆·香港工业园"],
       note="园区开发项目"),
  proj("香港置地中央工业园建设项目", KGX, F1, companies=["香港置地集团公司"], status="签约", status_text="签订", aliases=["香港置地中央工业园"]),
  proj("香港珠宝产业基地", HKP, F2, companies=["金源香港集团有限公司"], status="签约", status_text="签订《…框架协议》",
       note="重庆·香港工业园的首个港资项目；预计引进珠宝企业300余家、年产值不低于700亿元"),
 ],
 aggregate_facts=[
  fact(HKP, "park", "first_phase_standard_factory_m2", 2.7e5, "m2", F4, "首期（规划，2013年9月）", kind="target"),
  fact("香港珠宝产业基地", "project", "expected_firms", 300, "count", F6, "建成后（初步估计）", kind="target", qual="余", qtext="余"),
  fact("香港珠宝产业基地", "project", "expected_annual_output_cny", 7e10, "cny", F6, "建成后（初步估计）", kind="target", qual="超", qtext="不低于", chk=True),
  fact("香港珠宝产业基地", "project", "expected_jobs", 30000, "count", F6, "建成后（初步估计）", kind="target", opt=True),
  fact(CQ, "region", "agreements_signed", 4, "count", "渝港之间四项重磅经贸合作协议在重庆丽笙世嘉酒店正式签订", ASF, opt=True),
 ])

# ---------------------------------------------------------------- tg07 铜梁工业园区 一季度签约 (cnipai 2014)
TL = "铜梁工业园区"
H0 = "昨日,记者从铜梁工业园区管委会了解到,今年1月至3月,园区正式签约10个项目,每个项目投资都超过1亿元。这10个项目协议引资总额达到36.3亿元"
H1 = "据了解,铜梁工业园区今年计划完成招商引资180亿元"
H2 = "据悉,今年1月至3月,铜梁工业园区正式签约威诺华照明、元亮科技、益弘工程塑料10个项目,协议引资总额36.3亿元"
H3 = "其中,总投资5~10亿元的项目有3个,总投资1~5亿元的项目有7个"
ASH = "2014年1–3月"
G["tg07"] = dict(
 article=art("（无标题）铜梁工业园区一季度正式签约10个项目 协议引资36.3亿元", "cnipai.com（sh.cnipai.com 资讯页；站名与原刊媒体存段未示）", "2014-04", "month",
  "Investment-news site relaying a local report, Chongqing: a county industrial park's first-quarter signings — ten projects, three named, their total and size bands, the year's investment-attraction target and target industries",
  "https://sh.cnipai.com/news/detail/58530.html",
  "存段无标题、无日期行（title 为编者概括）。年份取文中“2014年是全县工业经济发展年、招商引资促进年”，文中“今年1月至3月”的数字与“昨日”说明报道在一季度之后，发表月推定为2014年4月（published_precision month，推定）。正文四段，完整。园区：铜梁工业园区（铜梁县，重庆；2014年文中仍称“全县”）。项目：威诺华照明、元亮科技、益弘工程塑料（“正式签约…10个项目”→签约；项目名即企业名，无单项金额；企业另列为可选公司）。事实：一季度签约10个项目、协议引资总额36.3亿元（cumulative）；全年计划招商引资180亿元（target）；5~10亿元项目3个、1~5亿元项目7个（可选）。管委会列可选机构。",
  "tg07"),
 parks=[
  park(TL, "重庆", "重庆", "工业园区", H0, district="铜梁县", note="文中又作“园区”“工业园区”"),
 ],
 companies=[
  comp("威诺华照明", TL, H2, opt=True, note="以企业名作项目名"),
  comp("元亮科技", TL, H2, opt=True, note="同上"),
  comp("益弘工程塑料", TL, H2, opt=True, note="同上"),
 ],
 institutions=[
  inst("铜梁工业园区管委会", H0),
 ],
 projects=[
  proj("威诺华照明", TL, H2, companies=["威诺华照明"], status="签约", status_text="正式签约", note="一季度签约；无单项金额"),
  proj("元亮科技", TL, H2, companies=["元亮科技"], status="签约", status_text="正式签约", note="同上"),
  proj("益弘工程塑料", TL, H2, companies=["益弘工程塑料"], status="签约", status_text="正式签约", note="同上"),
 ],
 aggregate_facts=[
  fact(TL, "park", "projects_signed", 10, "count", H0, ASH, kind="cumulative", note="每个项目投资都超过1亿元"),
  fact(TL, "park", "signed_investment_cny", 3.63e9, "cny", "这10个项目协议引资总额达到36.3亿元", ASH, kind="cumulative", chk=True),
  fact(TL, "park", "investment_attraction_target_cny", 1.8e10, "cny", H1, "2014年（计划）", kind="target", chk=True),
  fact(TL, "park", "projects_signed_5_to_10bn", 3, "count", H3, ASH, kind="cumulative", opt=True, note="总投资5~10亿元"),
  fact(TL, "park", "projects_signed_1_to_5bn", 7, "count", H3, ASH, kind="cumulative", opt=True, note="总投资1~5亿元"),
 ])

# ---------------------------------------------------------------- tg08 江津工业园区 上半年 (chinesetown 2014)
JJ = "江津工业园区"
SF = "双福新区"
K0 = "江津工业园区在六个月引进了项目116个,同比增长52.6%;协议引资325.2亿元,同比增长32.7%"
K1 = "记者从江津区经信委获悉,目前江津工业园区已经形成了德感、双福、珞璜、白沙的“一区四园”格局,江津全区82.1%的规上工业企业和92.1%的规上工业总产值都集中在工业园区"
K2 = "截至今年上半年,累计入驻江津工业园区的企业达到1025家,其中世界500强企业有瑞士ABB、中国兵器、丰益国际、中粮集团、中船重工、法国拉法基、北汽集团、华电集团等13家"
K3 = "上半年江津工业园区引进的项目中,投资10亿元的赛米康达和投资8亿元的杨嘉挂车选择落户双福新区,投资26亿元的宝丰电缆落户德感,投资7亿元的东宜国际和投资5亿元的途瑞物资分别落户珞璜和白沙"
K4 = "今年4月23日,北汽集团西南汽车生产基地一期工程在江津工业园区开工建设,建成后可实现量产10000辆特种车和5000辆新能源汽车"
ASK = "2014年上半年"
G["tg08"] = dict(
 article=art("（无标题）江津工业园区上半年引进项目116个 协议引资325.2亿元 入驻企业1025家", "news.chinesetown.co.nz（新西兰华文新闻站转载；原刊媒体未注明）", "2014-07-25", "day",
  "Overseas Chinese news site relaying a Chongqing report: a district industrial park at mid-2014 — projects and investment signed in six months, its four sub-parks, shares of the district's industry, firms and Fortune-500 firms, five named projects landed in the sub-parks with amounts, a carmaker's base started",
  "http://news.chinesetown.co.nz/2014/0725/721483.html",
  "日期取网址 2014/0725；存段无标题、无日期行（title 为编者概括）。正文四段，完整（首句“一个江津工业园区吸引了13家世界500强企业入驻。”为存段起句）。园区：江津工业园区（江津区，重庆），“一区四园”：双福（文中作“双福新区”）、德感、珞璜、白沙（后三者只作地名，列可选园区）。项目：赛米康达（10亿元）、杨嘉挂车（8亿元）落户双福新区；宝丰电缆（26亿元）落户德感；东宜国际（7亿元）落户珞璜；途瑞物资（5亿元）落户白沙——“落户”无状态（status null）；北汽集团西南汽车生产基地一期工程——2014年4月23日开工（园区：江津工业园区）。公司：世界500强 ABB（瑞士ABB）、中国兵器、丰益国际、中粮集团、中船重工、拉法基（法国拉法基）、北汽集团、华电集团入驻园区；五个项目名即企业名，另列可选公司。事实：上半年引进项目116个（增长52.6%）、协议引资325.2亿元（增长32.7%）；累计入驻企业1025家、世界500强13家；全区82.1%的规上工业企业与92.1%的规上工业总产值在园区（ratio）。“高薪技术”照录。",
  "tg08"),
 parks=[
  park(JJ, "重庆", "重庆", "工业园区", K1, district="江津区", note="“一区四园”"),
  park(SF, "重庆", "重庆", "新区", K3, district="江津区", parent=JJ, note="“一区四园”中的双福；重点发展汽摩、电子信息和高新技术"),
  park("德感", "重庆", "重庆", "园区", K1, district="江津区", parent=JJ, opt=True, note="只作地名；重点发展装备制造和食品加工"),
  park("珞璜", "重庆", "重庆", "园区", K1, district="江津区", parent=JJ, opt=True, note="只作地名"),
  park("白沙", "重庆", "重庆", "园区", K1, district="江津区", parent=JJ, opt=True, note="只作地名"),
 ],
 companies=[
  comp("ABB", JJ, K2, aliases=["瑞士ABB"], note="世界500强"),
  comp("中国兵器", JJ, K2, note="世界500强"),
  comp("丰益国际", JJ, K2, note="世界500强"),
  comp("中粮集团", JJ, K2, note="世界500强"),
  comp("中船重工", JJ, K2, note="世界500强"),
  comp("拉法基", JJ, K2, aliases=["法国拉法基"], note="世界500强"),
  comp("北汽集团", JJ, K2, note="世界500强；西南汽车生产基地一期开工"),
  comp("华电集团", JJ, K2, note="世界500强"),
  comp("赛米康达", SF, K3, opt=True, note="项目名即企业名"),
  comp("杨嘉挂车", SF, K3, opt=True, note="同上"),
  comp("宝丰电缆", "德感", K3, opt=True, note="同上"),
  comp("东宜国际", "珞璜", K3, opt=True, note="同上"),
  comp("途瑞物资", "白沙", K3, opt=True, note="同上"),
 ],
 institutions=[
  inst("江津区经信委", K1),
 ],
 projects=[
  proj("赛米康达", SF, K3, companies=["赛米康达"], inv="投资10亿元", note="上半年引进，落户双福新区（无状态）"),
  proj("杨嘉挂车", SF, K3, companies=["杨嘉挂车"], inv="投资8亿元", note="同上"),
  proj("宝丰电缆", "德感", K3, companies=["宝丰电缆"], inv="投资26亿元", note="落户德感（无状态）"),
  proj("东宜国际", "珞璜", K3, companies=["东宜国际"], inv="投资7亿元", note="落户珞璜（无状态）"),
  proj("途瑞物资", "白沙", K3, companies=["途瑞物资"], inv="投资5亿元", note="落户白沙（无状态）"),
  proj("北汽集团西南汽车生产基地一期工程", JJ, K4, companies=["北汽集团"], phase="一期", status="开工", status_text="开工建设",
       note="2014年4月23日开工；建成后量产10000辆特种车和5000辆新能源汽车"),
 ],
 aggregate_facts=[
  fact(JJ, "park", "projects_introduced", 116, "count", K0, ASK, kind="cumulative"),
  fact(JJ, "park", "projects_introduced_yoy_growth", 0.526, "ratio", K0, ASK, kind="ratio"),
  fact(JJ, "park", "signed_investment_cny", 3.252e10, "cny", "协议引资325.2亿元,同比增长32.7%", ASK, kind="cumulative", chk=True),
  fact(JJ, "park", "signed_investment_yoy_growth", 0.327, "ratio", "协议引资325.2亿元,同比增长32.7%", ASK, kind="ratio"),
  fact(JJ, "park", "firms", 1025, "count", K2, "截至2014年上半年", kind="cumulative"),
  fact(JJ, "park", "fortune500_firms", 13, "count", K2, "截至2014年上半年", kind="cumulative"),
  fact(JJ, "park", "share_of_district_above_scale_firms", 0.821, "ratio", K1, "2014年年中", kind="ratio"),
  fact(JJ, "park", "share_of_district_above_scale_output", 0.921, "ratio", K1, "2014年年中", kind="ratio"),
  fact("北汽集团西南汽车生产基地一期工程", "project", "planned_capacity_special_vehicles", 10000, "units", K4, "建成后（预计）", kind="target", opt=True),
  fact("北汽集团西南汽车生产基地一期工程", "project", "planned_capacity_nev", 5000, "units", K4, "建成后（预计）", kind="target", opt=True),
 ])
