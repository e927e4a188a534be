# real188 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six simplified script as published); names as written in the text;
# 逾/超过/超/以上 → 超, 余/多 → 余, 约/近 → 约 (qualifier_text keeps the word). Yuan in *_cny facts (first amount of the
# evidence); US dollars in *_usd facts and in investment_value/investment_currency of a project. Growth rates and shares
# as ratios (53.04% → 0.5304). Projects and companies: the park the text places them in, null if none. “预期/预计” figures
# are kind target; “累计 / 至…底” totals are cumulative. Sources: `search` (corpus pages) excerpts typed into _raw/pages.

# ---------------------------------------------------------------- ue01 南汇工业园区 (shippingchina 明星园区, 2010)
NH = "南汇工业园区"
N1 = "1月份园区共完成规模以上企业工业产出同比增长53.04%,税收入库同比增长66.9%,其中地方财政收入同比增长98.25%"
AS1 = "2010年1月"
N2 = "园区所属新能源产业重点企业上海卡姆丹克太阳能科技有限公司实现产值6713万元"
N3 = "上海艾郎风电科技有限公司实现产值3550万元"
N4 = "上海曙海太阳能有限公司实现产值1000万元"
N5 = "园区装备制造业重点企业安特金属成形(上海)有限公司实现产值6959万元"
N6 = "罗尔斯-罗伊斯船舶制造(上海)有限公司实现产值3437万元"
N7 = "上海茂德企业集团有限公司实现产值2783万元"
N8 = "奥达科金属制品(上海)有限公司实现产值2320万元"
N9 = "去年受国际金融危机影响较大的川也电机、田岛精密缝纫机等企业也已走出生产低谷"
N10 = "上海艾郎风电科技有限公司、安特金属成形(上海)有限公司、上海迪赛诺化学制药有限公司入库税收同比成倍增长"
G["ue01"] = dict(
 article=art("南汇工业园区经济开局态势良好", "上海南汇工业园区（来源行），载于 port.shippingchina.com（中国航贸网 港口园区·明星园区栏）", "2010-02", "month",
  "Shipping trade portal's park column relaying a park's own report, Shanghai (南汇, then just merged into 浦东): a suburban industrial park's January figures — output, tax and fiscal growth, seven named firms' January output, firms whose tax doubled",
  "http://port.shippingchina.com/physical/index/detail/id/9/notid/9/page/2.html",
  "页面无日期；年份由正文推定：“今年是…‘南汇划入浦东’后实质性启动的第一年，也是…‘十一五’…成果年和‘十二五’规划制定之年”→2010年；1月数据、“预计2月份”→约2010年2月发布（precision month 为推定）。标题下“上海南汇工业园区”一行为来源/署名，已删（不入正文）。栏目导航已删。存段末句“园区将抓住发展契机,勇”中断，已删（make_txt.py LINE_SUFFIX）；正文四段。园区：南汇工业园区（上海，原南汇区，2009年并入浦东新区）。公司：七家有1月产值的企业及上海迪赛诺化学制药有限公司均在园区；川也电机、田岛精密缝纫机为简称，列可选。事实：园区1月增速三项（ratio）；七家企业1月产值（output_value_cny，reported）；一季度新能源产业产值“可达5亿元以上”（target，超）。",
  "ue01"),
 parks=[park(NH, "上海", "上海", "工业园区", "南汇工业园区“十一五”经济发展规划实施的成果年", district="浦东新区",
             note="原南汇区；文中多作“园区”")],
 companies=[
  comp("上海卡姆丹克太阳能科技有限公司", NH, N2),
  comp("上海艾郎风电科技有限公司", NH, N3),
  comp("上海曙海太阳能有限公司", NH, N4),
  comp("安特金属成形(上海)有限公司", NH, N5),
  comp("罗尔斯-罗伊斯船舶制造(上海)有限公司", NH, N6),
  comp("上海茂德企业集团有限公司", NH, N7),
  comp("奥达科金属制品(上海)有限公司", NH, N8),
  comp("上海迪赛诺化学制药有限公司", NH, N10, note="入库税收同比成倍增长"),
  comp("川也电机", NH, N9, opt=True, note="简称"),
  comp("田岛精密缝纫机", NH, N9, opt=True, note="简称"),
 ],
 aggregate_facts=[
  fact(NH, "park", "industrial_output_yoy_growth", 0.5304, "ratio", N1, AS1, kind="ratio", note="规模以上企业工业产出"),
  fact(NH, "park", "tax_revenue_yoy_growth", 0.669, "ratio", N1, AS1, kind="ratio"),
  fact(NH, "park", "local_fiscal_revenue_yoy_growth", 0.9825, "ratio", N1, AS1, kind="ratio", opt=True),
  fact("上海卡姆丹克太阳能科技有限公司", "company", "output_value_cny", 6.713e7, "cny", "上海卡姆丹克太阳能科技有限公司实现产值6713万元", AS1, chk=True),
  fact("上海艾郎风电科技有限公司", "company", "output_value_cny", 3.55e7, "cny", N3, AS1, chk=True),
  fact("上海曙海太阳能有限公司", "company", "output_value_cny", 1e7, "cny", N4, AS1, chk=True),
  fact("安特金属成形(上海)有限公司", "company", "output_value_cny", 6.959e7, "cny", "安特金属成形(上海)有限公司实现产值6959万元", AS1, chk=True),
  fact("罗尔斯-罗伊斯船舶制造(上海)有限公司", "company", "output_value_cny", 3.437e7, "cny", N6, AS1, chk=True),
  fact("上海茂德企业集团有限公司", "company", "output_value_cny", 2.783e7, "cny", N7, AS1, chk=True),
  fact("奥达科金属制品(上海)有限公司", "company", "output_value_cny", 2.32e7, "cny", N8, AS1, chk=True),
  fact(NH, "park", "new_energy_output_value_cny", 5e8, "cny", "预计今年第一季度园区新能源产业企业产值可达5亿元以上", "2010年一季度（预计）",
       kind="target", qual="超", qtext="以上", chk=True),
 ])

# ---------------------------------------------------------------- ue02 上海化工区 2009 (劳动报 via polymer.cn)
HG = "上海化工区"
B1 = "今年,上海化工区预期目标是招商引资35亿美元,继续保持历史高位;销售收入570亿元,较2008年增长10.3%,实现两位数增长;固定资产投资完成85亿元,继续保持高强度投入"
B2 = "中石化投资25亿美元的1200万吨/年炼油项目年内力争获得批准并尽早开工建设"
B3 = "美国陶氏化学、西班牙欧迪萨、赢创德固赛等公司已有明确投资或增资意向的项目,将争取尽早落户"
B4 = "据悉,2008年上海化工区全年招商引资达37.43亿美元,创历年之最"
G["ue02"] = dict(
 article=art("上海化工区2009年将引资35亿美元", "劳动报（蓝剑），载于 polymer.cn（中国聚合物网 资讯·国内新闻）", "2009-02-12", "day",
  "Chemicals trade portal relaying a Shanghai workers' daily: the chemical industry park's 2009 targets (investment attracted, sales, fixed investment), a planned refinery project with its investment, firms with investment intentions, 2008 results",
  "http://polymer.cn/Html/IndustryNews/2009-2/12/_200921290023788.htm",
  "日期取页面“2009-2-12 来源:劳动报”（文中“昨天举行的化工区经济工作会议”即2月11日）。标题照录；导航、关键词行、日期来源行与页尾菜单/声明已删；署名“(蓝剑)”在正文末，保留。正文完整（三段加署名）。园区：上海化工区（即上海化学工业区，跨金山、奉贤两区；文中只作“上海化工区”“化工区”，不补全称）。项目：中石化1200万吨/年炼油项目，投资25亿美元（美元，investment_value），“年内力争获得批准并尽早开工建设”→ planned。陶氏化学、欧迪萨、赢创德固赛为有投资/增资意向、“将争取尽早落户”的公司，列可选公司（园区上海化工区）。化工区管委会列可选机构；“发展公司”（上海化学工业区发展有限公司，文中无全称）不列。事实：2009年预期目标（target）：招商引资35亿美元、销售收入570亿元（增长10.3%）、固定资产投资85亿元；2008年实绩（reported）：招商引资37.43亿美元、固定资产投资81亿元（超计划35%）、万元产值能耗0.925吨标煤。",
  "ue02"),
 parks=[park(HG, "上海", "上海", "化学工业区", B1, aliases=["化工区"], note="即上海化学工业区（金山区、奉贤区）；文中未出全称")],
 companies=[
  comp("中石化", HG, B2, note="1200万吨/年炼油项目投资方"),
  comp("陶氏化学", HG, B3, aliases=["美国陶氏化学"], opt=True, note="有明确投资或增资意向，争取尽早落户"),
  comp("欧迪萨", HG, B3, aliases=["西班牙欧迪萨"], opt=True, note="同上"),
  comp("赢创德固赛", HG, B3, opt=True, note="同上"),
 ],
 institutions=[inst("化工区管委会", "化工区管委会和发展公司将进一步完善服务企业的措施和办法", park=HG)],
 projects=[
  proj("1200万吨/年炼油项目", HG, B2, companies=["中石化"], inv="25亿美元", currency="usd", value=2.5e9, status="planned",
       status_text="年内力争获得批准并尽早开工建设", note="投资额为美元"),
 ],
 aggregate_facts=[
  fact(HG, "park", "investment_attracted_usd", 3.5e9, "usd", "今年,上海化工区预期目标是招商引资35亿美元", "2009年（预期目标）", kind="target"),
  fact(HG, "park", "revenue_cny", 5.7e10, "cny", "销售收入570亿元,较2008年增长10.3%", "2009年（预期目标）", kind="target", chk=True),
  fact(HG, "park", "revenue_yoy_growth", 0.103, "ratio", "销售收入570亿元,较2008年增长10.3%", "2009年（预期目标）", kind="target", opt=True),
  fact(HG, "park", "fixed_asset_investment_cny", 8.5e9, "cny", "固定资产投资完成85亿元,继续保持高强度投入", "2009年（预期目标）", kind="target", chk=True),
  fact(HG, "park", "investment_attracted_usd", 3.743e9, "usd", B4, "2008年"),
  fact(HG, "park", "fixed_asset_investment_cny", 8.1e9, "cny", "固定资产投资完成81亿元,超计划数35%", "2008年", chk=True),
  fact(HG, "park", "energy_per_10k_cny_output_tce", 0.925, "tce", "万元产值能耗降至0.925吨标煤", "2008年", opt=True),
 ])

# ---------------------------------------------------------------- ue03 闵行经济技术开发区 profile (上海开发区招商网, c.2010)
MH = "上海闵行经济技术开发区"
C1 = "上海闵行经济技术开发区(简称闵行开发区)创建于1983年,1986年8月经国务院批准为国家级经济技术开发区"
C2 = "至2009年底,闵行开发区累计引进项目171个,投资总额超过31亿美元,平均单项投资超过1831万美元"
C3 = "20年累计销售收入3055亿元,产生利润331亿元,上缴国家税收261亿元,关税114亿元"
AS3 = "截至2009年底"
G["ue03"] = dict(
 article=art("（无标题）上海闵行经济技术开发区 开发区介绍", "上海开发区招商网（kfq.zhaoshang-sh.com，开发区介绍页）", "2010", "year",
  "Shanghai development-zone investment portal's zone profile: a national ETDZ in 闵行 — founding, area, cumulative projects and investment to end-2009, twenty years' sales, profit and tax, energy use, its extension zone in 临港",
  "http://kfq.zhaoshang-sh.com/parkshow-7.html",
  "页面无日期；数据截至“2009年底”，故记2010（推定，也可能更晚）。无正文标题：“开发区介绍”为栏目字，与导航、电话、地址行一并删去；title 为编者概括。存段末句“闵行开发区临港园区位于…距上海中心城”中断，已删（LINE_SUFFIX），正文三段，截至“…重点发展现代装备工业和先进制造业。”。园区：上海闵行经济技术开发区（简称闵行开发区；闵行区，国家级经开区）；“闵行园区”（本部3.5平方公里）列可选子园区；临港扩区（13.3平方公里）在保留正文中未具名，不列。无具名企业。事实：至2009年底累计引进项目171个、投资总额超过31亿美元（cumulative，超）、平均单项投资超过1831万美元（可选）；20年累计销售收入3055亿元、利润331亿元、税收261亿元、关税114亿元（cumulative）；面积3.5平方公里；扩区规划面积13.3平方公里（可选）。m.zxyzs.com 有同文转载，未用。",
  "ue03"),
 parks=[
  park(MH, "上海", "上海", "国家级经济技术开发区", C1, district="闵行区", aliases=["闵行开发区"]),
  park("闵行园区", "上海", "上海", "园区", "现在的闵行园区总面积3.5平方公里,是国家级开发区中占地面积最小的工业开发区", district="闵行区",
       parent=MH, opt=True, note="开发区本部（与临港扩区相对）"),
 ],
 aggregate_facts=[
  fact(MH, "park", "projects_count", 171, "count", C2, AS3, kind="cumulative"),
  fact(MH, "park", "total_investment_usd", 3.1e9, "usd", C2, AS3, kind="cumulative", qual="超", qtext="超过"),
  fact(MH, "park", "average_investment_usd", 1.831e7, "usd", C2, AS3, kind="cumulative", qual="超", qtext="超过", opt=True),
  fact(MH, "park", "revenue_cny", 3.055e11, "cny", C3, "建区20年累计", kind="cumulative", chk=True),
  fact(MH, "park", "profit_cny", 3.31e10, "cny", "产生利润331亿元", "建区20年累计", kind="cumulative", chk=True),
  fact(MH, "park", "tax_paid_cny", 2.61e10, "cny", "上缴国家税收261亿元", "建区20年累计", kind="cumulative", chk=True),
  fact(MH, "park", "customs_duties_cny", 1.14e10, "cny", "关税114亿元", "建区20年累计", kind="cumulative", opt=True, chk=True),
  fact(MH, "park", "area_km2", 3.5, "km2", "现在的闵行园区总面积3.5平方公里", "c.2010", opt=True),
  fact(MH, "park", "extension_area_km2", 13.3, "km2", "闵行开发区在临港成功扩区,规划面积为13.3平方公里", "2006年2月", opt=True),
 ])

# ---------------------------------------------------------------- ue04 松江年鉴2015 “2014,回眸松江”
SJ = "松江区"
D1 = "莘莘学子园和玉树路西片区两个市级重点调整区块顺利通过验收"
D2 = "泰晤士创意小镇初显规模,仓城影视、创异工房等产业集聚区总税收达8.59亿元"
G["ue04"] = dict(
 article=art("2014,回眸松江", "松江年鉴2015（松江区人民政府网站 songjiang.gov.cn，年鉴电子版第47页）", "2015", "year",
  "District government yearbook (flipbook page on the district site), Shanghai 松江: the district's 2014 review — output and revenue, restructuring blocks and clusters, projects started and completed, export processing zone",
  "https://www.songjiang.gov.cn/sjsz/sjnj/sjnj2015/files/basic-html/page47.html",
  "年鉴电子版第47页的文字层，行宽断行：按段首（PARAS）把断行接回，只动空白；页眉“Page 47 - 松江年鉴2015 / P. 47 / SongJiang 年鉴 2015 / 松江”已删；标题取“2014,回眸松江”。存段末句“开展跨境电商业务试点,…天猫国际电商项目”中断，已删（LINE_SUFFIX），正文截至“…加快制度创新在出口加工区的复制推广。”。出版年2015（年鉴卷次），内容为2014年。园区：莘莘学子园（市级重点调整区块，松江区）；出口加工区（即松江出口加工区，文中只作“出口加工区”，通名，可选）；玉树路西片区（调整区块，可选）；泰晤士创意小镇（文化创意集聚区，可选）；仓城影视、创异工房（产业集聚区，可选）；“方松、永丰、中山、石湖荡等电商集聚区”为街镇名加通名，不列。事实：松江区（region）生产总值、财政总收入、地方财政收入；全年产业项目开工25个、竣工投产51个（区级）；产业集聚区总税收8.59亿元（主语为“仓城影视、创异工房等产业集聚区”，可选）。",
  "ue04"),
 parks=[
  park("莘莘学子园", "上海", "上海", "创业园区", D1, district="松江区", note="市级重点调整区块，通过验收"),
  park("玉树路西片区", "上海", "上海", "调整区块", D1, district="松江区", opt=True),
  park("出口加工区", "上海", "上海", "出口加工区", "加快制度创新在出口加工区的复制推广", district="松江区", opt=True, note="即松江出口加工区；通名"),
  park("泰晤士创意小镇", "上海", "上海", "文化创意产业集聚区", D2, district="松江区", opt=True),
  park("仓城影视", "上海", "上海", "产业集聚区", D2, district="松江区", opt=True),
  park("创异工房", "上海", "上海", "产业集聚区", D2, district="松江区", opt=True),
 ],
 aggregate_facts=[
  fact(SJ, "region", "gdp_cny", 9.6946e10, "cny", "全区实现生产总值969.46亿元,可比增长5.5%", "2014年", chk=True),
  fact(SJ, "region", "fiscal_revenue_cny", 3.2876e10, "cny", "财政总收入328.76亿元,比上年增长8.6%", "2014年", chk=True, opt=True),
  fact(SJ, "region", "local_fiscal_revenue_cny", 1.1174e10, "cny", "其中地方财政收入111.74亿元,比上年增长8.0%", "2014年", chk=True, opt=True),
  fact(SJ, "region", "projects_started", 25, "count", "全年产业项目开工25个、竣工投产51个", "2014年"),
  fact(SJ, "region", "projects_completed", 51, "count", "全年产业项目开工25个、竣工投产51个", "2014年", note="竣工投产"),
  fact("仓城影视、创异工房等产业集聚区", "park", "tax_revenue_cny", 8.59e8, "cny", "仓城影视、创异工房等产业集聚区总税收达8.59亿元", "2014年", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- ue05 亭林镇 (金山招商网 2016-01-04)
TL = "亭林工业区"
E1 = "其中,日铭电脑配件(上海)有限公司(三期)年产200万件精密电子零部件项目临近竣工"
E2 = "上海双汇大昌有限公司(二期)日产300吨低温肉制品项目已经竣工,上月已经开始试生产,今年开年将正式投产"
E3 = "奥康华东区总部建设项目已经完成主体建筑封顶和外部装修"
E4 = "具有20多年历史的亭林工业区在招商引资初期也引进了不少电镀、化工、塑料、制药等企业"
G["ue05"] = dict(
 article=art("聚焦丨亭林镇工业经济在转型升级中前行", "金山招商网（bkqbr.com，金山招商动态栏；原出处未注明）", "2016-01-04", "day",
  "District investment-promotion aggregator relaying a local item, Shanghai 金山: a town's industrial projects at the end of the 12th Five-Year Plan — three named projects near completion / completed and in trial production / topped out, the town's cumulative output and revenue, the old industrial zone's cleanup",
  "http://www.bkqbr.com/jinshandongtai/397939.html",
  "日期取页面“| 招商动态 |2016-01-04”（文中“上月”“到去年年底”指2015年12月/年底，“今年开年”指2016年）。标题照录；站名、导航与日期行已删。存段末段只剩“为了从根本上应对”，整段删去；正文三段，截至“…支持完成企业各级技术改造项目22个。”。园区：亭林工业区（金山区亭林镇，“具有20多年历史”）。项目：日铭电脑配件(上海)有限公司(三期)年产200万件精密电子零部件项目（临近竣工→在建）；上海双汇大昌有限公司(二期)日产300吨低温肉制品项目（已经竣工、试生产→竣工；status_alt 投产不取，“今年开年将正式投产”）；奥康华东区总部建设项目（主体封顶→在建）。文中只说这些是“亭林镇”重点项目，未说在亭林工业区内，故项目与公司园区记 null（注明）。事实：亭林镇（region）“十二五”累计地区生产总值200.87亿元、财政总收入66.88亿元（cumulative）；三大产业产值占规模企业产值64%（ratio）；清洁能源替代锅炉122台、153家企业取得排水许可、技改项目22个（可选）。",
  "ue05"),
 parks=[park(TL, "上海", "上海", "工业区", E4, district="金山区", note="亭林镇")],
 companies=[
  comp("日铭电脑配件(上海)有限公司", None, E1, aliases=["日铭"], note="亭林镇重点项目；文中未说在亭林工业区"),
  comp("上海双汇大昌有限公司", None, E2, aliases=["双汇"], note="同上"),
  comp("奥康", None, E3, opt=True, note="只在项目名中（奥康华东区总部）"),
 ],
 projects=[
  proj("日铭电脑配件(上海)有限公司(三期)年产200万件精密电子零部件项目", None, E1, companies=["日铭电脑配件(上海)有限公司"],
       phase="三期", status="在建", status_text="临近竣工", note="亭林镇；园区未述"),
  proj("上海双汇大昌有限公司(二期)日产300吨低温肉制品项目", None, E2, companies=["上海双汇大昌有限公司"], phase="二期",
       status="竣工", status_text="已经竣工,上月已经开始试生产", note="2016年开年正式投产（计划）"),
  proj("奥康华东区总部建设项目", None, E3, companies=["奥康"], status="在建", status_text="已经完成主体建筑封顶和外部装修",
       note="土地由工业用地转为总部研发类用地"),
 ],
 aggregate_facts=[
  fact("亭林镇", "region", "gdp_cny", 2.0087e10, "cny", "“十二五”末,全镇地区生产总值累计达200.87亿元", "“十二五”（2011–2015）累计", kind="cumulative", chk=True),
  fact("亭林镇", "region", "fiscal_revenue_cny", 6.688e9, "cny", "财政总收入66.88亿元,是“十一五”的1.98倍", "“十二五”（2011–2015）累计", kind="cumulative", chk=True),
  fact("亭林镇", "region", "three_main_industries_output_share", 0.64, "ratio", "目前三大产业产值已占规模企业产值的64%", "2015年末", kind="ratio", opt=True),
  fact("亭林镇", "region", "boilers_converted", 122, "count", "镇上共完成了122台燃煤(重油)锅(窑)炉清洁能源替代", "截至2015年底", kind="cumulative", opt=True),
  fact("亭林镇", "region", "tech_renovation_projects", 22, "count", "支持完成企业各级技术改造项目22个", "“十二五”以来", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- ue06 莘庄工业区 招商说明会 (中新上海网 via 四海资讯, 2016)
XZ = "上海市莘庄工业区"
F1 = "12月13日,上海市莘庄工业区举办了主题为“统筹发展,共创未来”的2016先进制造业招商说明会"
F2 = "现场共有12个先进制造业和研发总部项目成功签约,涉及汽车电子、新材料、生物科技、重大装备等行业领域,预计投资总额达人民币50亿元,项目达产后实现产值103亿元、税收8.3亿元"
AS6 = "2016-12-13"
G["ue06"] = dict(
 article=art("上海市莘庄工业区举办2016先进制造业招商说明会", "中新上海网（中新社上海分社），载于 m.shzx.org（四海资讯 上海新闻栏）", "2016-12-14", "day",
  "News-agency regional site relayed by an aggregator, Shanghai 闵行: a municipal-level industrial zone's investment-promotion meeting — 12 manufacturing and R&D-headquarters projects signed with total planned investment, expected output and tax; the zone's developer and management committee",
  "https://m.shzx.org/a/15-1046-0.html",
  "日期取电头“中新上海网12月14日电 12月13日”（2016年，据会名“2016先进制造业招商说明会”）；转载页“时间:2017-04-10”为四海资讯上载日，不取。标题照录；导航、上载时间与图说“图为上海市莘庄工业区2016先进制造业招商说明会现场。”已删。存段末句“在这样的背景下,今年5月闵行区开始实施…把莘庄工业区作”中断，已删（LINE_SUFFIX），正文五段。园区：上海市莘庄工业区（闵行区，市级工业区；又作“莘庄工业区”）。公司：上海市莘庄工业区经济技术发展有限公司（开发公司）。机构：莘庄工业区管委会（可选）。12个签约项目未点名。事实：签约项目12个；预计投资总额50亿元；达产后产值103亿元、税收8.3亿元（target）。",
  "ue06"),
 parks=[park(XZ, "上海", "上海", "市级工业区", F1, district="闵行区", aliases=["莘庄工业区"])],
 companies=[comp("上海市莘庄工业区经济技术发展有限公司", XZ, "上海市莘庄工业区经济技术发展有限公司总经理韩永强认为", kind="developer", note="园区开发公司")],
 institutions=[inst("莘庄工业区管委会", "闵行区副区长、莘庄工业区管委会主任吴斌表示", park=XZ)],
 aggregate_facts=[
  fact(XZ, "park", "projects_signed", 12, "count", F2, AS6, note="先进制造业和研发总部项目"),
  fact(XZ, "park", "planned_investment_cny", 5e9, "cny", "预计投资总额达人民币50亿元", AS6, note="12个签约项目预计投资总额", chk=True),
  fact(XZ, "park", "projected_output_value_cny", 1.03e10, "cny", "项目达产后实现产值103亿元", "达产后（预计）", kind="target", chk=True),
  fact(XZ, "park", "projected_tax_cny", 8.3e8, "cny", "税收8.3亿元", "达产后（预计）", kind="target", chk=True),
 ])
