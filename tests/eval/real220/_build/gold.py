# real220 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); an amount without 元 (“227亿”) stays in investment_text
# with investment_cny null (unparsed=True). Growth rates and shares as ratios. Projects: the park is the one the text places the
# project in, null if none (a city, a county or 广西北部湾经济区 is not a park). Status from the text's words (开工建设 / 开工 →
# 开工; 正在建设 → 在建; 签约 / 签署协议 → 签约; 宣布…筹建 / 正筹备开工 / 计划建设 → planned; no word → None). “预计” and
# “计划” figures are kind target; “目前”, “已先后引进” counts are cumulative where they sum up years. A region-wide economic
# zone (广西北部湾经济区) is an optional park (kind 经济区) so that an extractor naming it is neither paid nor blamed. Sources are
# `search` (corpus pages) excerpts typed into _raw/pages/tkNN.raw as returned.

# ---------------------------------------------------------------- tk01 湖南(钦州)临港工业园区 (gzlzwl relay 2009)
HQ = "湖南(钦州)临港工业园区"
BS = "钦州保税港区"
YJ = "钦州冶金产业园区"
A0 = "会议透露,湖南(钦州)临港工业园区及专业配套码头项目正在顺利推进,已完成规划建设方案,达成4个投资意向项目入园"
A1 = "今年5月29日,国务院批准设立钦州保税港区,使钦州成为我国中西部地区唯一的沿海保税港区"
A2 = "钦州市副市长李杏介绍,钦州冶金产业园区中的冶金企业大多与湖南联系密切"
A3 = "正在建设中的钦州保税港区一期项目将于年底正式封关运营"
A4 = "具有国际一流水平的中石油广西石化千万吨炼油项目也将于年底投产"
A5 = "以此为基础,钦州将打造35平方公里的现代石化产业基地"
A6 = "今年6月,湖南省人民政府与广西壮族自治区人民政府在南宁签署《关于湖南省在广西钦州市建设临港工业园区及专业配套码头的框架协议》"
AS1 = "2009年9月"
G["tk01"] = dict(
 article=art("临港工业园区正在顺利的推进", "gzlzwl.com（物流网站“物流发展”栏转载；“发布者”“来源”均空白，原发媒体未注明——文中称“我省出海新通道”，当为湖南媒体稿）", "2009-09-28", "day",
  "Logistics site relaying a provincial (Hunan) news item, Guangxi: an investment promotion for 钦州 held in 长沙 — a Hunan-built port-side industrial park in 钦州 (planning done, four intended projects), the newly approved 钦州保税港区 and its phase 1 under construction, the metallurgy park, a refinery due to start production, the petrochemical base planned",
  "https://www.gzlzwl.com/news_content.php?id=431",
  "日期取页面“发布时间:2009-9-28”（文中“上周五”即2009年9月25日推介会；“今年5月29日”为钦州保税港区获批日）。标题取页面标题行，站点栏目字“-物流发展-物流发展问题”已删（make_txt.py HEAD_SUFFIX）；“发布者: 来源: 发布时间…”行已删。正文两段，完整。园区：湖南(钦州)临港工业园区（湖南省在钦州建设的临港工业园区，钦州，广西）；钦州保税港区（2009年5月29日国务院批准设立）；钦州冶金产业园区；“现代石化产业基地”（规划35平方公里，可选）。项目：湖南(钦州)临港工业园区及专业配套码头项目——2009年6月湘桂两省区政府签署框架协议（签约，status_alt planned：已完成规划建设方案，正在推进）；钦州保税港区一期项目（正在建设→在建，年底封关运营）；中石油广西石化千万吨炼油项目（年底投产→在建，园区文中未说，park null）。事实：临港工业园区达成4个投资意向项目入园。湖南省人民政府、广西壮族自治区人民政府列可选机构。",
  "tk01"),
 parks=[
  park(HQ, "钦州", "广西", "临港工业园区", A0, note="湖南省在钦州建设；标题作“临港工业园区”"),
  park(BS, "钦州", "广西", "保税港区", A1, note="2009年5月29日国务院批准设立；一期年底封关运营"),
  park(YJ, "钦州", "广西", "产业园区（冶金）", A2),
  park("现代石化产业基地", "钦州", "广西", "产业基地（石化，规划）", A5, opt=True, note="规划35平方公里；名称泛称"),
 ],
 companies=[
  comp("中石油", None, A4, opt=True, note="只在项目名中；园区文中未说"),
 ],
 institutions=[
  inst("湖南省人民政府", A6, note="框架协议签署方"),
  inst("广西壮族自治区人民政府", A6, note="框架协议签署方"),
 ],
 projects=[
  proj("湖南(钦州)临港工业园区及专业配套码头项目", HQ, A0, status="签约", status_text="签署《…框架协议》", status_alt="planned",
       note="2009年6月湘桂两省区政府签署框架协议；已完成规划建设方案，正在推进"),
  proj("钦州保税港区一期项目", BS, A3, phase="一期", status="在建", status_text="正在建设中", note="将于2009年底封关运营"),
  proj("中石油广西石化千万吨炼油项目", None, A4, companies=["中石油"], status="在建", status_text="也将于年底投产",
       note="预计2009年底投产；园区文中未说"),
 ],
 aggregate_facts=[
  fact(HQ, "park", "projects_intended", 4, "count", A0, AS1, note="达成投资意向入园的项目"),
  fact("现代石化产业基地", "park", "planned_area_km2", 35, "km2", A5, AS1 + "（规划）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- tk02 太阳纸业 / 企沙工业区 / 大西南临港工业园 (新华网广西频道 via cpp114 2010)
QS = "企沙工业区"
DXN = "大西南临港工业园"
QD = "企沙工业区和大西南临港工业园"
B0 = "目前全国最大的民营造纸企业——山东太阳纸业股份有限公司日前宣布,将举资120亿元在广西防城港市筹建总规模超100万吨、具有世界领先水平的大型现代化造纸项目"
B1 = "防城港企沙工业区及防城港大西南临港工业园同时被列入广西重点支持的11个重点产业园区"
B2 = "企沙工业区和大西南临港工业园已先后引进了150多个项目,其中制造业工业企业130多家,占82%,估算投资超过2000亿元"
B3 = "已建成企业82家,其中规模以上工业企业46家,总投资超过200亿元,2009年规模以上工业总产值突破300亿元"
B4 = "入园企业数、工业总产值、税收自2006年以来呈几何级数增长,比建园时分别增长77倍、110倍和300多倍"
AS2 = "2010年3月"
G["tk02"] = dict(
 article=art("太阳纸业大型造纸项目落户广西", "新华网广西频道（“来源:新华网广西频道”，文中“告诉新华社记者”），载于 cpp114.com（中国纸业网类行业站，责编:Quincy）", "2010-03-23", "day",
  "Paper-industry trade site relaying Xinhua's Guangxi channel: a listed paper maker announces a 120亿元 mill in 防城港; the city's two port-side parks listed among Guangxi's 11 key parks, with the parks' combined projects, firms, estimated investment, above-scale firms and 2009 output, and one park's growth since founding",
  "http://cpp114.com/news/newsShow_123899.htm",
  "日期取页面“2010-03-23 00:00:00.0 来源:新华网广西频道”。标题照录；日期来源行已删；首行行首转载站标记“【CPP114】讯:”已删（make_txt.py LINE_PREFIX）。存段末句“他说,按照现在的发展速度,这个工业园今年将实现”在句中中断，已删（LINE_SUFFIX），正文截至“…产品出口量最大的工业园区。”，共四段。园区：企沙工业区（文中又作“防城港企沙工业区”）、大西南临港工业园（又作“防城港大西南临港工业园”）——均在防城港市港口区（港口区区长介绍；区属由语境推定），2010年1月被列入广西重点支持的11个重点产业园区；广西北部湾经济区为可选园区（区域）。项目：山东太阳纸业股份有限公司“大型现代化造纸项目”（标题作“太阳纸业大型造纸项目”），“将举资120亿元…筹建”→planned，投资120亿元；文中只说“在广西防城港市”，未说落在哪个园区，park null。事实：两园合计（subject 记“企沙工业区和大西南临港工业园”）先后引进150多个项目、制造业企业130多家（占82%）、估算投资超过2000亿元、已建成企业82家、规上企业46家、总投资超过200亿元、2009年规上工业总产值突破300亿元；大西南临港工业园入园企业数、产值、税收比建园时增长77倍、110倍、300多倍（可选，倍数）；港口区实际控制面积338平方公里（可选）。",
  "tk02"),
 parks=[
  park(QS, "防城港", "广西", "工业区", B1, district="港口区", aliases=["防城港企沙工业区"], note="广西重点支持的11个重点产业园区之一；区属由语境推定"),
  park(DXN, "防城港", "广西", "临港工业园", B1, district="港口区", aliases=["防城港大西南临港工业园"],
       note="广西重点支持的11个重点产业园区之一；建园6年；区属由语境推定"),
  park("广西北部湾经济区", None, "广西", "经济区（区域）", "明确广西北部湾经济区要加快发展先进制造业", opt=True, note="区域，不是园区"),
 ],
 companies=[
  comp("山东太阳纸业股份有限公司", None, B0, aliases=["太阳纸业"], note="筹建项目在防城港市，园区未说"),
 ],
 projects=[
  proj("太阳纸业大型造纸项目", None, B0, companies=["山东太阳纸业股份有限公司"], inv="举资120亿元", status="planned", status_text="宣布…将…筹建",
       aliases=["大型现代化造纸项目"], note="标题名；文中作“大型现代化造纸项目”；总规模超100万吨；防城港市，园区未说"),
 ],
 aggregate_facts=[
  fact(QD, "park", "projects_introduced", 150, "count", B2, AS2, kind="cumulative", qual="余", qtext="多", note="两园合计，先后引进"),
  fact(QD, "park", "manufacturing_firms", 130, "count", B2, AS2, kind="cumulative", qual="余", qtext="多"),
  fact(QD, "park", "manufacturing_firms_share", 0.82, "ratio", B2, AS2, kind="ratio", opt=True),
  fact(QD, "park", "estimated_investment_cny", 2e11, "cny", "估算投资超过2000亿元", AS2, kind="cumulative", qual="超", qtext="超过", chk=True),
  fact(QD, "park", "firms_built", 82, "count", B3, AS2, kind="cumulative"),
  fact(QD, "park", "above_scale_firms", 46, "count", B3, AS2),
  fact(QD, "park", "built_firms_investment_cny", 2e10, "cny", "总投资超过200亿元", AS2, kind="cumulative", qual="超", qtext="超过", chk=True),
  fact(QD, "park", "above_scale_output_cny", 3e10, "cny", "2009年规模以上工业总产值突破300亿元", "2009年", qual="超", qtext="突破", chk=True),
  fact(DXN, "park", "firms_growth_since_founding", 77, "times", B4, "2010年3月（比建园时）", kind="ratio", opt=True, note="“增长77倍”"),
  fact(DXN, "park", "output_growth_since_founding", 110, "times", B4, "2010年3月（比建园时）", kind="ratio", opt=True),
  fact(DXN, "park", "tax_growth_since_founding", 300, "times", B4, "2010年3月（比建园时）", kind="ratio", qual="余", qtext="多", opt=True),
  fact("港口区", "region", "controlled_area_km2", 338, "km2", "防城港港口区面积338平方公里的实际控制面积", AS2, opt=True),
  fact("广西北部湾经济区", "region", "key_parks_listed", 11, "count", B1, "2010年1月", opt=True, note="广西重点支持的重点产业园区数"),
 ])

# ---------------------------------------------------------------- tk03 北部湾经济区发展再上新台阶 (56885 2010, excerpt)
BBW = "广西北部湾经济区"
BHD = "北海电子产业园"
C0 = "从2006年到2009年,北部湾经济区生产总值年均增长16.7%"
C1 = "目前广西北部湾经济区在建和拟建的重大产业项目总投资达3000亿元,其中投资超过10亿元的重大产业项目达到32个"
C2 = "截至目前,广西北部湾地区总投资约为700亿元的防城港核电项目已获国家核准并开工建设"
C3 = "千万吨级钢铁项目配套工程也已经开工"
C4 = "总投资227亿的北海芬兰斯道拉恩索林浆纸一体化项目正筹备开工"
C5 = "由中国电子信息产业集团投资的北海电子产业园2009年实现产值51亿元"
AS3 = "2010年9月"
G["tk03"] = dict(
 article=art("北部湾经济区发展再上新台阶", "m.56885.net（物流网站转载，“来源:网络 编辑:56885”；原发媒体与署名未注明）", "2010-09-12", "day",
  "Logistics site relaying an unattributed item, Guangxi: the 北部湾 economic zone in 2010 — growth 2006–2009, the value and number of major industrial projects built and planned, a nuclear plant started, steel-works ancillaries started, a pulp-and-paper project preparing to start, an electronics park's 2009 output (excerpt)",
  "http://m.56885.net/news/2010912/228555.html",
  "日期取页面“2010-9-12 10:30:00 来源:网络 编辑:56885”。标题照录；日期来源行与“摘要:... ...”已删。页面首段文字拼接错乱（“近日,总投资151亿元的中国石油广西石化1000万吨/年炼油工程,以及广西金桂近年来,北部湾经济区由于…”，两句间缺文），整段不收；存段末行“林浆纸一体化项”为下一段残文，已删。正文取第二至四段（自“广西背靠大西南”至“…2009年实现产值51亿元。”），为节选。园区：北海电子产业园（北海，广西；中国电子信息产业集团投资）；广西北部湾经济区为可选园区（区域；文中又作“北部湾经济区”“广西北部湾地区”）。项目：防城港核电项目（总投资约为700亿元，已获核准并开工建设→开工，约）；千万吨级钢铁项目配套工程（已经开工→开工，无金额）；北海芬兰斯道拉恩索林浆纸一体化项目（“总投资227亿”，原文无“元”，investment_cny 留空；正筹备开工→planned）。三项目园区文中均未说，park null。事实：经济区2006–2009年生产总值年均增长16.7%；在建和拟建重大产业项目总投资3000亿元、10亿元以上项目32个；北海电子产业园2009年产值51亿元。“第五届泛北部湾经济合作论坛”“世界500强企业”不计。",
  "tk03"),
 parks=[
  park(BHD, "北海", "广西", "产业园（电子）", C5, note="中国电子信息产业集团投资"),
  park(BBW, None, "广西", "经济区（区域）", C1, aliases=["北部湾经济区"], opt=True, note="区域，不是园区；又作“广西北部湾地区”"),
 ],
 companies=[
  comp("中国电子信息产业集团", BHD, C5, opt=True, note="北海电子产业园的投资方"),
  comp("芬兰斯道拉恩索", None, C4, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("防城港核电项目", None, C2, inv="总投资约为700亿元", qual="约", qual_text="约", status="开工", status_text="已获国家核准并开工建设",
       note="防城港；园区文中未说"),
  proj("千万吨级钢铁项目配套工程", None, C3, status="开工", status_text="也已经开工", note="无金额；地点文中未说"),
  proj("北海芬兰斯道拉恩索林浆纸一体化项目", None, C4, companies=["芬兰斯道拉恩索"], inv="总投资227亿", unparsed=True,
       status="planned", status_text="正筹备开工", note="“227亿”原文无“元”，investment_cny 留空；北海，园区文中未说"),
 ],
 aggregate_facts=[
  fact(BBW, "region", "gdp_avg_annual_growth", 0.167, "ratio", C0, "2006–2009年", kind="ratio"),
  fact(BBW, "region", "major_projects_investment_cny", 3e11, "cny", C1, AS3, chk=True, note="在建和拟建重大产业项目总投资"),
  fact(BBW, "region", "major_projects_over_1bn", 32, "count", C1, AS3, note="投资超过10亿元的重大产业项目"),
  fact(BHD, "park", "output_cny", 5.1e9, "cny", C5, "2009年", chk=True),
 ])

# ---------------------------------------------------------------- tk04 行进中的禄源工业园区 (中国物流与采购网 2015)
LY = "禄源工业园区"
SB = "广西百色森柏林木业发展有限公司"
D0 = "据悉,禄源工业园区位于百色城西面部,距中心城区5公里"
D1 = "园区规划总面积2.5万亩,其中一期规划面积1万亩"
D2 = "计划用5至7年时间,发展成为年产40万吨硅锰合金、10万吨锰新材料、100万立方米木材产品、20万吨纸、150万立方米混凝土、10万吨铝深加工产品等生产规模,实现产值100亿元,安排就业岗位6000个的综合产业园区"
D3 = "据该公司厂长介绍,公司于2013年11月入驻禄源工业园区,项目总投资5000万元,占地面积31亩,年产6万立方米高级贴面胶合板"
D4 = "年销售收入1.5亿元、利润2812.5万元,创税1000万元,提供劳动力就业110人"
AS4 = "2015年1月"
G["tk04"] = dict(
 article=art("行进中的禄源工业园区", "中国物流与采购网（old.chinawuliu.com.cn，“物流园区 > 园区动态”栏；作者作“笔者”，署名存段未示）", "2015-01-20", "day",
  "Logistics trade portal's park column, Guangxi: a district people's-congress inspection of a new industrial park in 百色 — site levelling, planned area and phase 1, the 5–7-year output and jobs target, a plywood maker in production with its investment, area, capacity, sales, profit, tax and jobs",
  "http://old.chinawuliu.com.cn/wlyq/201501/20/297749.shtml",
  "日期取页面“2015年01月20日14:40”。标题照录；站点导航、面包屑与“字号:T|T …”行已删。存段末行“森柏林木业发”为下一句残文，已删；正文截至“…提供劳动力就业110人。”，共十一段。园区：禄源工业园区（文中又作“右江区禄源工业园区”；百色市右江区，广西）。公司：广西百色森柏林木业发展有限公司（2013年11月入驻，在园，已投产——“一边已有项目投产”、6条加工线运转）。公司项目文中未命名：以“年产6万立方米高级贴面胶合板”记为可选项目（投资5000万元，投产），以免抽取器据实列出时被罚。事实：园区规划总面积2.5万亩、一期1万亩；5至7年目标产值100亿元、就业岗位6000个（target）；公司投资5000万元、占地31亩、年销售收入1.5亿元、利润2812.5万元、创税1000万元、就业110人（公司 subject）。",
  "tk04"),
 parks=[
  park(LY, "百色", "广西", "工业园区", D0, district="右江区", aliases=["右江区禄源工业园区"], note="文中又作“园区”“工业园区”"),
 ],
 companies=[
  comp(SB, LY, "进入广西百色森柏林木业发展有限公司,宽敞的厂房内,工人们正在紧张地进行高级贴面胶合板加工", aliases=["森柏林木业"], note="2013年11月入驻；已投产"),
 ],
 projects=[
  proj("年产6万立方米高级贴面胶合板", LY, D3, companies=[SB], inv="项目总投资5000万元", status="投产", status_text="已有项目投产", opt=True,
       note="文中未给项目名；以产能句作名，列可选"),
 ],
 aggregate_facts=[
  fact(LY, "park", "planned_area_mu", 25000, "mu", D1, AS4, note="规划总面积2.5万亩"),
  fact(LY, "park", "phase1_planned_area_mu", 10000, "mu", D1, AS4, opt=True),
  fact(LY, "park", "target_output_cny", 1e10, "cny", D2, "5至7年后（计划）", kind="target", chk=True),
  fact(LY, "park", "target_jobs", 6000, "count", D2, "5至7年后（计划）", kind="target", opt=True),
  fact(SB, "company", "investment_cny", 5e7, "cny", "项目总投资5000万元", AS4, chk=True),
  fact(SB, "company", "site_area_mu", 31, "mu", D3, AS4, opt=True),
  fact(SB, "company", "annual_sales_cny", 1.5e8, "cny", D4, AS4, chk=True),
  fact(SB, "company", "annual_profit_cny", 2.8125e7, "cny", "利润2812.5万元", AS4, chk=True),
  fact(SB, "company", "annual_tax_cny", 1e7, "cny", "创税1000万元", AS4, chk=True),
  fact(SB, "company", "jobs", 110, "count", D4, AS4, opt=True),
 ])

# ---------------------------------------------------------------- tk05 桂林 苏桥经济开发区 / 雁山区低碳经济产业园区 (gx.cnipai 2015)
SQ = "苏桥经济开发区"
YS = "雁山区低碳经济产业园区"
E0 = "27日下午,考察团一行来到位于永福县苏桥镇的苏桥经济开发区"
E1 = "据悉,苏桥经济开发区目前落户企业106家"
E2 = "据介绍,雁山区低碳经济产业园区由奇峰创业园、良丰印刷产业园、动漫文化产业园和节能环保产业园等四大园区组成"
G["tk05"] = dict(
 article=art("（无标题）广西绿色产业投资洽谈会企业家考察团到桂林考察苏桥经济开发区、雁山区低碳经济产业园区", "gx.cnipai.com（广西频道；存段无标题、无日期行、无署名，原发媒体未注明）", "2015-06", "month",
  "Regional news portal, Guangxi: entrepreneurs from a provincial green-industry investment fair tour parks in 桂林 — a county economic development zone with its number of firms and industry clusters, a district low-carbon park and its four sub-parks",
  "https://gx.cnipai.com/news/detail/96151.html",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“2015年广西绿色产业投资洽谈会于6月26日在南宁举行”，考察在6月27日至28日，发布日不详，记 2015-06（month）。正文五段，完整（止于“…彭代元陪同考察。”）。园区：苏桥经济开发区（桂林市永福县苏桥镇，广西）；雁山区低碳经济产业园区（桂林市雁山区），由奇峰创业园、良丰印刷产业园、动漫文化产业园、节能环保产业园四园组成（parent 记雁山区低碳经济产业园区；后两名泛称，列可选）。象山区森林公园为公园，不列。事实：苏桥经济开发区落户企业106家。自治区环保厅、自治区人民政府列可选机构；官员不列。",
  "tk05"),
 parks=[
  park(SQ, "桂林", "广西", "经济开发区", E0, district="永福县", note="位于永福县苏桥镇"),
  park(YS, "桂林", "广西", "产业园区（低碳经济）", E2, district="雁山区", note="由四大园区组成"),
  park("奇峰创业园", "桂林", "广西", "创业园", E2, district="雁山区", parent=YS),
  park("良丰印刷产业园", "桂林", "广西", "产业园（印刷）", E2, district="雁山区", parent=YS),
  park("动漫文化产业园", "桂林", "广西", "产业园（动漫文化）", E2, district="雁山区", parent=YS, opt=True, note="名称泛称"),
  park("节能环保产业园", "桂林", "广西", "产业园（节能环保）", E2, district="雁山区", parent=YS, opt=True, note="名称泛称"),
 ],
 companies=[],
 institutions=[
  inst("自治区人民政府", "由自治区人民政府主办的2015年广西绿色产业投资洽谈会于6月26日在南宁举行", note="洽谈会主办方"),
  inst("自治区环保厅", "考察团由自治区环保厅副厅长蹇兴超带队"),
 ],
 projects=[],
 aggregate_facts=[
  fact(SQ, "park", "firms", 106, "count", E1, "2015年6月"),
 ])

# ---------------------------------------------------------------- tk06 梧州进口再生资源加工园区 再制造 (baogaosu 2015)
WZ = "梧州进口再生资源加工园区"
JH = "广东嘉禾盛德投资管理公司"
F0 = "近日,广西梧州国家再制造产业示范基地项目合作协议在梧州进口再生资源加工园区签约"
F1 = "据悉,广东嘉禾盛德投资管理公司将在梧州再生园区内投资建设中国再制造产业科技园及再制造示范基地,总投资15亿元,分两期建设"
F2 = "其中,一期建设中国再制造产业科技园,二期建设国家再制造产业示范基地"
F3 = "广东嘉禾盛德投资管理公司、梧州进口再生资源加工园区管委会、中国汽车工业协会零部件再制造分会共同参与梧州再生园区中国再制造产业科技园、国家再制造产业示范基地建设"
G["tk06"] = dict(
 article=art("梧州建设国家再制造产业示范基地", "nanning.baogaosu.com（新闻聚合站；署名“记者/陈贻泽 通讯员 高方超”，原发媒体未注明，当为梧州本地报纸）", "2015-11-18", "day",
  "News aggregator relaying a city paper's item, Guangxi: a cooperation agreement signed in 梧州's imported-recycled-resources park — an investor to build a remanufacturing science park and a national remanufacturing demonstration base in two phases (15亿元), with the auto-parts remanufacturing association setting up a branch",
  "http://nanning.baogaosu.com/xinwen/%E6%A2%A7%E5%B7%9E%E5%BB%BA%E8%AE%BE%E5%9B%BD%E5%AE%B6%E5%86%8D%E5%88%B6%E9%80%A0%E4%BA%A7%E4%B8%9A%E7%A4%BA%E8%8C%83%E5%9F%BA%E5%9C%B0/40290339/",
  "日期取页面“18.11.2015 02:38”（该行已删）。标题照录。正文两段，完整（末为署名“(记者/陈贻泽 通讯员 高方超)”）。园区：梧州进口再生资源加工园区（文中又作“梧州再生园区”“再生园区”；梧州，广西）；中国再制造产业科技园、国家再制造产业示范基地为拟建园中园（可选园区，parent 梧州进口再生资源加工园区）。项目：广东嘉禾盛德投资管理公司投资建设“中国再制造产业科技园及再制造示范基地”，总投资15亿元，分两期（一期科技园、二期示范基地），合作协议签约→签约；文首“广西梧州国家再制造产业示范基地项目”列 alias。两期另列可选项目（无单期金额）。公司：广东嘉禾盛德投资管理公司（在园投资）。机构：梧州进口再生资源加工园区管委会、中国汽车工业协会零部件再制造分会（文中又作“中国汽车工业协会汽车零部件再制造分会”，将在再生园区设华南片区分会点）。无数字事实（15亿元为项目金额）。",
  "tk06"),
 parks=[
  park(WZ, "梧州", "广西", "进口再生资源加工园区", F0, aliases=["梧州再生园区"], note="文中又作“再生园区”"),
  park("中国再制造产业科技园", "梧州", "广西", "科技园（再制造，拟建）", F2, parent=WZ, opt=True, note="一期建设；园中园"),
  park("国家再制造产业示范基地", "梧州", "广西", "产业示范基地（再制造，拟建）", F2, parent=WZ, opt=True, note="二期建设；文首作“广西梧州国家再制造产业示范基地”"),
 ],
 companies=[
  comp(JH, WZ, F1, note="投资建设方"),
 ],
 institutions=[
  inst("梧州进口再生资源加工园区管委会", F3, park=WZ),
  inst("中国汽车工业协会零部件再制造分会", F3, kind="association", note="又作“中国汽车工业协会汽车零部件再制造分会”；将在再生园区设华南片区分会点"),
 ],
 projects=[
  proj("中国再制造产业科技园及再制造示范基地", WZ, F1, companies=[JH], inv="总投资15亿元", status="签约", status_text="合作协议…签约",
       aliases=["广西梧州国家再制造产业示范基地项目"], note="分两期建设"),
  proj("中国再制造产业科技园", WZ, F2, companies=[JH], phase="一期", opt=True, note="一期；无单期金额"),
  proj("国家再制造产业示范基地", WZ, F2, companies=[JH], phase="二期", opt=True, note="二期；无单期金额"),
 ],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- tk07 南宁富士康科技园 (中国台湾网 2015)
FK = "南宁富士康科技园"
H0 = "日前,全国、广西壮族自治区和南宁市三级人大60多名代表到南宁富士康科技园开展2015年年终视察活动"
H1 = "富士康南宁科技园厂区总面积约3000亩,总投资约为172亿元"
H2 = "现有员工1.2万人,其中90%为广西本地工人,2015年工业产值预计将达到300亿元人民币"
H3 = "“十三五”期间,富士康计划在南宁建设中国首家具备制造+研发+“创新、创意、创业”能力的东盟硅谷科技园"
H4 = "推进“三创”孵化园区、跨境电子商品交易平台、“工业4.0”解决方案输出中心、东盟大数据中心等项目的建设"
G["tk07"] = dict(
 article=art("人大代表到南宁富士康科技园视察", "中国台湾网（taiwan.cn“地方快讯”栏；通讯员 黄旭升，南宁市台办）", "2015-12-24", "day",
  "National Taiwan-affairs news site, Guangxi: deputies inspect a Taiwanese-invested electronics park in 南宁 — its area, total investment, products, workforce, expected 2015 output, an R&D centre, and the plan for an ‘ASEAN silicon valley’ park with named facilities",
  "http://taiwan.cn/local/dfkx/201512/t20151224_11306743.htm",
  "日期取网址 201512/t20151224 与电头“中国台湾网12月24日南宁讯”。标题照录；电头照录在正文首段；存段末的“[”已删。正文四段，完整。园区：南宁富士康科技园（文中又作“富士康南宁科技园”“富士康科技园”；南宁，广西；区属：江南区区长参加视察，记江南区，由语境推定）；东盟硅谷科技园（富士康“十三五”期间计划在南宁建设，拟建园区）。公司：富士康集团（又作“富士康”；park 记南宁富士康科技园）。项目：南宁富士康科技园本身称“重大招商引资项目之一”，总投资约为172亿元（约），文中无“投产”等字，status 不填；“三创”孵化园区、跨境电子商品交易平台、“工业4.0”解决方案输出中心、东盟大数据中心为东盟硅谷科技园的计划项目（planned，可选）；研发中心“投资上亿元”（非“数字+亿元”，不列项目）。事实：厂区总面积约3000亩；员工1.2万人（本地工人90%，可选）；2015年工业产值预计300亿元（target）；总投资约172亿元另记可选事实（与项目金额同值）。人大代表、官员不列。",
  "tk07"),
 parks=[
  park(FK, "南宁", "广西", "科技园（企业园区）", H0, district="江南区", aliases=["富士康南宁科技园", "富士康科技园"], note="区属由语境推定（江南区区长参加视察）"),
  park("东盟硅谷科技园", "南宁", "广西", "科技园（拟建）", H3, note="富士康“十三五”期间计划建设"),
 ],
 companies=[
  comp("富士康集团", FK, "希望富士康集团抓住机遇,加大在南宁投入", aliases=["富士康"], note="园区建设方"),
 ],
 projects=[
  proj(FK, FK, H1, companies=["富士康集团"], inv="总投资约为172亿元", qual="约", qual_text="约",
       aliases=["富士康南宁科技园"], note="文中称“南宁市承接东部产业转移的重大招商引资项目之一”；在产，文中无状态词"),
  proj("东盟硅谷科技园", "东盟硅谷科技园", H3, companies=["富士康集团"], status="planned", status_text="计划在南宁建设", opt=True, note="园区开发项目"),
  proj("“三创”孵化园区", "东盟硅谷科技园", H4, status="planned", status_text="推进…等项目的建设", opt=True),
  proj("跨境电子商品交易平台", "东盟硅谷科技园", H4, status="planned", status_text="推进…等项目的建设", opt=True),
  proj("“工业4.0”解决方案输出中心", "东盟硅谷科技园", H4, status="planned", status_text="推进…等项目的建设", opt=True),
  proj("东盟大数据中心", "东盟硅谷科技园", H4, status="planned", status_text="推进…等项目的建设", opt=True),
 ],
 aggregate_facts=[
  fact(FK, "park", "site_area_mu", 3000, "mu", H1, "2015年12月", qual="约", qtext="约"),
  fact(FK, "park", "total_investment_cny", 1.72e10, "cny", H1, "2015年12月", qual="约", qtext="约", chk=True, opt=True, note="与项目金额同值"),
  fact(FK, "park", "employees", 12000, "count", H2, "2015年12月"),
  fact(FK, "park", "local_worker_share", 0.9, "ratio", H2, "2015年12月", kind="ratio", opt=True),
  fact(FK, "park", "expected_annual_output_cny", 3e10, "cny", "2015年工业产值预计将达到300亿元人民币", "2015年全年（预计）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- tk08 柳州 / 广西柳州汽车城 (xinnengyuan100 relay, 2012)
QC = "广西柳州汽车城"
LZ = "柳州汽车产业园区"
K0 = "全面推进广西柳州汽车城开发建设,加快把广西柳州汽车城建设成为国内一流世界先进的现代化汽车生产基地"
K1 = "2011年,柳州汽车产业园区成为广西首个千亿元产业园区"
K2 = "柳州市计划在2012年实现工业总产值4000亿元"
K3 = "2011年,柳州市汽车工业规模以上产值突破1000亿元,全市汽车销量突破150万辆"
K4 = "上汽通用五菱微型车和东风柳汽多功能乘用车国内市场占有率分别达45.6%和19%"
G["tk08"] = dict(
 article=art("（无标题）柳州市委书记陈刚：全面推进广西柳州汽车城开发建设", "xinnengyuan100.com（新能源类资讯站转载；存段无标题、无日期、无署名；“在此间表示”为通讯社口吻，原发媒体未注明）", "2012-03", "month",
  "Energy-industry news site relaying a wire item, Guangxi: a city party secretary at the 2012 NPC on 柳州's car industry — the car city to be built, the car industry park that became Guangxi's first 100-billion-yuan park, the city's 2012 output target, 2011 car output value and sales, two carmakers' market shares",
  "https://xinnengyuan100.com/article/141042.html",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“全国人大代表中共柳州市委书记陈刚6日在此间表示”“柳州市计划在2012年实现…”“2011年…”，当为2012年全国两会期间（2012年3月6日前后），发布日不详，记 2012-03（month）。存段末段“陈刚介绍,以打造…广西柳州汽车城,其关键性龙头项目上汽通用五菱新基地东风柳汽新基地…上汽通用五菱新基地厂房已拔地而起,其40万台轿车发动机项目亦正”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…首款跨界车型正式上市。”，共五段。园区：广西柳州汽车城（柳州，广西；文中未说所在新区，不补）；柳州汽车产业园区（2011年成为广西首个千亿元产业园区）。公司：上汽通用五菱、东风柳汽（市场占有率；园区文中未说，park null）。项目：无（新基地诸项目在删去的末段）。事实：柳州市2012年计划工业总产值4000亿元（target）；2011年汽车工业规模以上产值突破1000亿元、汽车销量突破150万辆（region）；上汽通用五菱微型车、东风柳汽多功能乘用车国内市场占有率45.6%、19%（公司，ratio）；柳州汽车产业园区“千亿元产业园区”记可选事实（1000亿元，超）。",
  "tk08"),
 parks=[
  park(QC, "柳州", "广西", "汽车城（产业新城）", K0, note="文中未说所在新区"),
  park(LZ, "柳州", "广西", "产业园区（汽车）", K1, note="2011年成为广西首个千亿元产业园区"),
 ],
 companies=[
  comp("上汽通用五菱", None, K4, note="微型车国内市场占有率45.6%；园区文中未说"),
  comp("东风柳汽", None, K4, note="多功能乘用车国内市场占有率19%；园区文中未说"),
 ],
 projects=[],
 aggregate_facts=[
  fact("柳州市", "region", "planned_industrial_output_cny", 4e11, "cny", K2, "2012年（计划）", kind="target", chk=True),
  fact("柳州市", "region", "auto_industry_output_cny", 1e11, "cny", "2011年,柳州市汽车工业规模以上产值突破1000亿元", "2011年", qual="超", qtext="突破", chk=True),
  fact("柳州市", "region", "vehicle_sales", 1.5e6, "vehicles", K3, "2011年", qual="超", qtext="突破"),
  fact("上汽通用五菱", "company", "minivan_market_share", 0.456, "ratio", K4, "2011年", kind="ratio"),
  fact("东风柳汽", "company", "mpv_market_share", 0.19, "ratio", K4, "2011年", kind="ratio"),
  fact(LZ, "park", "output_cny", 1e11, "cny", K1, "2011年", qual="超", qtext="千亿元产业园区", opt=True, note="“千亿元产业园区”，只作门槛"),
 ])
