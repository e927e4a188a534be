# real45 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real44)
# Conventions as real28–real44: evidence verbatim (zo09 is traditional script as published by a Hong Kong paper, the rest
# simplified); names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word).
# Money: yuan in investment_cny / *_cny facts (first amount of the evidence); US dollars in *_usd facts and, for a project,
# investment_value + investment_currency (zo08, as real38's currency= rule). Growth rates and shares as ratios. Projects: the
# park is the one the text places the project in, null if none; where the text places a project in two nested or
# overlapping parks (zo02, zo08) a second, optional item of the same project states the other park (the scorer merges items
# of one name, so either link is accepted). Status from the text's words (开工 / 动工 / 動工 → 开工; 已投产 / 产品成功下线 →
# 投产; 在建 / 全力推进…建设 → 在建; 签约 → 签约; 落户 alone → no status). Sources are `search` (corpus pages) excerpts typed
# into _raw/pages/zoNN.raw as returned.

# ---------------------------------------------------------------- zo01 贵阳大数据科创城核心区项目开工 (贵阳网 2023)
KC = "贵阳大数据科创城"
GA = "贵安新区"
A0 = "4月29日,贵阳大数据科创城核心区项目开工"
A1 = "自去年3月首开区项目开工以来,已陆续开工项目14个,开工面积达140万平方米,累计完成投资约33.09亿元"
A2 = "本次开工的核心区项目总投资约115亿元,总面积约892亩,今年将陆续开工建设项目12个,总投资约23亿元"
A3 = "中交(贵安新区)投资建设有限公司是中交西部投资有限公司与贵阳产业发展控股集团有限公司旗下一级子公司贵阳市投资控股集团有限公司组建的合资公司,具体负责贵阳大数据科创城核心区范围内的片区整体营造投资建设和综合载体融资建设等工作"
PJ1 = "贵阳大数据科创城核心区项目"
G["zo01"] = dict(
 article=art("贵阳大数据科创城核心区项目开工", "贵阳网·甲秀新闻（贵阳网·甲秀新闻讯），载于 news.qx162.com（黔讯网）", "2023-04-29", "day",
  "City news portal, Guizhou: a big-data science city in the 贵阳–贵安 core area starts its core-area project — earlier projects started, area and investment completed, the core area's total investment, area and this year's project plan, the developer joint venture",
  "http://news.qx162.com/cs/gaxq/2023/0430/375326.shtml",
  "日期取电头“4月29日”与网址 2023/0430（页首“2015年11月10日…星期二”为网站时钟，不取）。标题照录。存段在末段“…打造数字产业招商平台,将科创城核心区”处中断，故截至上一句“…综合载体融资建设等工作。”为止（make_txt.py LINE_SUFFIX 删去断句“该公司承载着…将科创城核心区”）；网站导航已删。正文四段。园区：“贵阳大数据科创城”按 real43 科学城惯例列为园区（科创城，city 贵阳，province 贵州）；“贵安新区”只出现在公司名“中交(贵安新区)投资建设有限公司”中，列为可选园区（科创城位于贵安新区，文中作“贵阳贵安”）。项目“贵阳大数据科创城核心区项目”：开工，“总投资约115亿元”→约。“首开区项目”14个为科创城的累计事实（cumulative）；“今年将陆续开工建设项目12个,总投资约23亿元”为核心区项目当年计划（target）。“贵阳大数据科创城项目”即园区本身，不另列项目。公司：中交(贵安新区)投资建设有限公司负责核心区的营造投资建设，文中未说其位于园区内，列可选（park 记科创城）；其股东中交西部投资有限公司、贵阳产业发展控股集团有限公司、贵阳市投资控股集团有限公司列可选（park null）。",
  "zo01"),
 parks=[
  park(KC, "贵阳", "贵州", "科创城（大数据）", A0, parent=GA, note="文中又作“科创城”“大数据科创城”；位于贵阳贵安融合发展的核心区域"),
  park(GA, None, "贵州", "国家级新区", A3, opt=True, note="只在公司名“中交(贵安新区)投资建设有限公司”中；文中又作“贵阳贵安”"),
 ],
 companies=[
  comp("中交(贵安新区)投资建设有限公司", KC, A3, opt=True, note="负责科创城核心区片区营造投资建设的合资公司；位置文中未明说"),
  comp("中交西部投资有限公司", None, A3, opt=True, note="股东"),
  comp("贵阳产业发展控股集团有限公司", None, A3, opt=True, note="股东之母公司"),
  comp("贵阳市投资控股集团有限公司", None, A3, opt=True, note="股东"),
 ],
 projects=[
  proj(PJ1, KC, A2, inv="总投资约115亿元", qual="约", qual_text="约", status="开工", status_text="核心区项目开工",
       note="开工见首句“4月29日,贵阳大数据科创城核心区项目开工”"),
 ],
 aggregate_facts=[
  fact(KC, "park", "projects_started", 14, "count", A1, "2022年3月至2023年4月（首开区项目）", kind="cumulative"),
  fact(KC, "park", "floor_area_started_m2", 1.4e6, "m2", A1, "2022年3月至2023年4月", kind="cumulative", opt=True),
  fact(KC, "park", "investment_completed_cny", 3.309e9, "cny", "累计完成投资约33.09亿元", "截至2023年4月", kind="cumulative", qual="约", qtext="约", chk=True),
  fact(PJ1, "project", "site_area_mu", 892, "mu", A2, "2023年4月", qual="约", qtext="约", opt=True),
  fact(PJ1, "project", "projects_planned_to_start", 12, "count", A2, "2023年（年内计划）", kind="target"),
  fact(PJ1, "project", "planned_investment_cny", 2.3e9, "cny", "今年将陆续开工建设项目12个,总投资约23亿元", "2023年（年内计划）", kind="target", qual="约", qtext="约", chk=True),
 ])

# ---------------------------------------------------------------- zo02 贵安中电光谷数字产业园 (当代先锋网 2023)
ZD = "贵安中电光谷数字产业园"
B0 = "去年11月,贵安中电光谷数字产业园落户贵安新区,由中电光谷联合控股有限公司和贵安新区开发投资有限公司共同规划建设东数西算贵安新区算力产业集群配套项目,总投资约300亿元,用地面积1760亩"
B1 = "6月12日,东数西算贵安新区算力产业集群配套项目一期建设“火力全开”"
B2 = "眼下在建的一期项目属于起步区,占地218亩,建设23栋楼"
B3 = "“目前一期项目场平工作已完成80%左右,7月中旬将全部完成"
PJ2 = "东数西算贵安新区算力产业集群配套项目"
G["zo02"] = dict(
 article=art("建成后可集聚算力产业企业20家!贵安中电光谷数字产业园建设“跑起来”", "当代先锋网（贵州日报当代融媒体集团），载于 epaper.djxww.com", "2023-06-13", "day",
  "Provincial news portal, Guizhou: a digital industry park in a state-level new area under construction — developers, total investment and land, phased layout, phase-1 area, buildings, progress and expected completion",
  "http://epaper.djxww.com/zonghe/2023/0613/168354.html",
  "日期取页面“发布日期: 2023-06-13 08:27:57 来源: 来源:当代先锋网”（已删，连同栏目导航）；施工现场为“6月12日”。标题照录。图片标记“(资料图)”与图片说明“东数西算贵安新区算力产业集群配套项目一期建设现场。”已删。存段在末段“为确”处中断，该残段删去，截至上一段“…有序快速推进。”（cut）。正文四段。园区：贵安新区（国家级新区，跨贵阳、安顺，city 留空，province 贵州）；贵安中电光谷数字产业园“落户贵安新区”，列为园区（parent 贵安新区）。项目“东数西算贵安新区算力产业集群配套项目”是建设该产业园的项目：park 记贵安中电光谷数字产业园，另加一条可选的同名项目记 park 贵安新区（两者皆可）；“总投资约300亿元”→约；一期在建→在建（phase 一期）。公司：中电光谷联合控股有限公司（园区贵安中电光谷数字产业园）；贵安新区开发投资有限公司列可选（园区贵安新区）。标题“建成后可集聚算力产业企业20家”为预期，列可选 target。",
  "zo02"),
 parks=[
  park(GA, None, "贵州", "国家级新区", B0, note="跨贵阳、安顺；city 不填"),
  park(ZD, None, "贵州", "数字产业园", B0, parent=GA),
 ],
 companies=[
  comp("中电光谷联合控股有限公司", ZD, B0, note="开发方"),
  comp("贵安新区开发投资有限公司", GA, B0, opt=True, note="开发方（新区平台公司）"),
 ],
 projects=[
  proj(PJ2, ZD, B0, companies=["中电光谷联合控股有限公司", "贵安新区开发投资有限公司"], inv="总投资约300亿元", qual="约", qual_text="约",
       status="在建", status_text="一期建设“火力全开”…眼下在建的一期项目", phase="一期", note="建设贵安中电光谷数字产业园的项目；分起步区、发展区、拓展区"),
  proj(PJ2, GA, B0, inv="总投资约300亿元", qual="约", qual_text="约", status="在建", status_text="眼下在建的一期项目", opt=True,
       note="同一项目，另记其所在新区（两个园区链接皆可）"),
 ],
 aggregate_facts=[
  fact(PJ2, "project", "site_area_mu", 1760, "mu", B0, "2023年6月", opt=True),
  fact(PJ2, "project", "phase1_site_area_mu", 218, "mu", B2, "2023年6月", opt=True),
  fact(PJ2, "project", "phase1_buildings", 23, "count", B2, "2023年6月", opt=True),
  fact(PJ2, "project", "site_preparation_progress", 0.8, "ratio", B3, "2023年6月", kind="ratio", qual="约", qtext="左右", opt=True),
  fact(ZD, "park", "expected_firms", 20, "count", "建成后可集聚算力产业企业20家", "建成后（预期）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- zo03 银川经开区 2022 (news.cncjw.com.cn 2022)
YC = "银川经开区"
C1 = "近日,宁夏鑫晶盛电子材料有限公司“工业蓝宝石晶体制造加工项目”3500吨工业蓝宝石产品成功下线"
C2 = "全力推进20余个光伏配套项目和盾源聚芯半导体材料、晶盛机电蓝宝石切磨抛等项目建设"
C3 = "2021年12月初,晶盛机电第三代半导体新材料项目落户银川经开区。项目一期投资33.6亿元,达产后预计实现年产值24亿元,贡献利税2.8亿元"
C4 = "依托隆基硅、中环、鑫晶盛等新材料明星企业,逐渐形成新材料产业发展集聚区"
C5 = "引进中欣晶圆、盾源聚芯等企业,初步形成了半导体产业的链式发展"
PJ3 = "晶盛机电第三代半导体新材料项目"
G["zo03"] = dict(
 article=art("（无标题）银川经开区2022年持续壮大龙头企业 为“千亿园区”建设挺起“产业脊梁”", "news.cncjw.com.cn（存段无标题、无来源行、无署名）", "2022-01-05", "day",
  "News site, Ningxia: a national economic-technological zone's plans for the year — projects off the line, landed and under construction, investment and expected output of one, named new-material and semiconductor firms",
  "http://news.cncjw.com.cn/lunbotu/2022/0105/32669.html",
  "日期取网址 2022/0105；存段无标题（title 为编者概括，取自首句）、无来源行与署名（real23/real28/real35/real40/real41 的笔记记为“cut”，未用）。存段在末句“除做大做强单晶硅电池、光伏组件外,不断向下游高附加值产”处中断，删去该断句（make_txt.py LINE_SUFFIX），截至“…初步形成了半导体产业的链式发展。”。小标题“提升硬实力”“全速推进项目建设”保留为段。园区银川经开区（银川经济技术开发区，国家级；city 银川，province 宁夏；文中只作“银川经开区”）。项目：鑫晶盛“工业蓝宝石晶体制造加工项目”产品成功下线→投产（status_alt 在建）；晶盛机电第三代半导体新材料项目“落户”（无其他状态词→status 不记），“项目一期投资33.6亿元”（只有一期金额，phase 一期），年产值、利税为达产后预期（target）；“盾源聚芯半导体材料”“晶盛机电蓝宝石切磨抛”文中作“…等项目建设”，名称加“项目”，别名照录，“全力推进…建设”→在建。公司：鑫晶盛（全称宁夏鑫晶盛电子材料有限公司）、晶盛机电、隆基硅、中环、中欣晶圆、盾源聚芯皆为园区内企业（园区银川经开区）。",
  "zo03", title_note="no headline stored; title made from the lead"),
 parks=[
  park(YC, "银川", "宁夏", "经济技术开发区（国家级）", "2022年,银川经开区将持续壮大龙头企业", note="即银川经济技术开发区；文中只作“银川经开区”"),
 ],
 companies=[
  comp("宁夏鑫晶盛电子材料有限公司", YC, C1, aliases=["鑫晶盛"]),
  comp("晶盛机电", YC, C3),
  comp("隆基硅", YC, C4),
  comp("中环", YC, C4),
  comp("中欣晶圆", YC, C5),
  comp("盾源聚芯", YC, C5),
 ],
 projects=[
  proj("工业蓝宝石晶体制造加工项目", YC, C1, companies=["宁夏鑫晶盛电子材料有限公司"], status="投产", status_text="3500吨工业蓝宝石产品成功下线",
       status_alt="在建", note="文中作宁夏鑫晶盛电子材料有限公司“工业蓝宝石晶体制造加工项目”"),
  proj(PJ3, YC, C3, companies=["晶盛机电"], inv="项目一期投资33.6亿元", phase="一期", status=None, status_text="落户银川经开区",
       note="只写一期投资；“落户”不定状态"),
  proj("盾源聚芯半导体材料项目", YC, C2, companies=["盾源聚芯"], status="在建", status_text="全力推进…项目建设",
       aliases=["盾源聚芯半导体材料"], note="文中作“盾源聚芯半导体材料、晶盛机电蓝宝石切磨抛等项目建设”"),
  proj("晶盛机电蓝宝石切磨抛项目", YC, C2, companies=["晶盛机电"], status="在建", status_text="全力推进…项目建设",
       aliases=["晶盛机电蓝宝石切磨抛"]),
 ],
 aggregate_facts=[
  fact(YC, "park", "pv_supporting_projects_under_construction", 20, "count", C2, "2022年初", qual="余", qtext="余", opt=True),
  fact(PJ3, "project", "expected_annual_output_cny", 2.4e9, "cny", "达产后预计实现年产值24亿元", "达产后（预期）", kind="target", chk=True),
  fact(PJ3, "project", "expected_profit_tax_cny", 2.8e8, "cny", "贡献利税2.8亿元", "达产后（预期）", kind="target", chk=True),
  fact("工业蓝宝石晶体制造加工项目", "project", "output_tonnes", 3500, "t", C1, "2022年1月", opt=True),
 ])

# ---------------------------------------------------------------- zo04 江西宝悦新能源特种车产业园项目开工 (赣南日报 2017)
GZC = "赣州新能源汽车科技城"
GZK = "赣州经济技术开发区"
D0 = "11月16日,江西宝悦新能源特种车产业园项目开工仪式在赣州新能源汽车科技城举行。该项目总投资15亿元"
D1 = "该项目由广东玛西尔电动科技有限公司投资建设,项目总投资15亿元,其中固定资产投资13亿元"
D2 = "全力推进赣州新能源汽车科技城建设,已有国机、凯马、昶洧等一大批整车项目落户"
D3 = "赣州经济技术开发区新能源汽车产业集群还于日前被认定为省级重点工业产业集群"
PJ4 = "江西宝悦新能源特种车产业园项目"
G["zo04"] = dict(
 article=art("我市新能源汽车产业又添新动力", "赣南日报（邓静远 记者李华），经中国赣州网转载，www.gzgjw.com.cn", "2017-11-17", "day",
  "City daily, Jiangxi: a special-purpose electric vehicle project starts in a new-energy-vehicle science city — investor, total and fixed-asset investment by phase, capacity, expected sales and taxes, other vehicle makers landed, the zone's cluster",
  "http://www.gzgjw.com.cn/Item/331017.aspx",
  "日期取页面“来源:中国赣州网-赣南日报 作者:邓静远 记者李华 发布时间:2017年11月17日”（已删）；开工仪式“11月16日”。标题照录。正文三段，完整。园区：赣州新能源汽车科技城（项目所在，city 赣州，province 江西；属赣州经开区，文中未明说，parent 不填）；赣州经济技术开发区（末句，国家级经开区）。项目一个：开工；“该项目总投资15亿元”（第二段再写一次）；固定资产投资与分期金额、一二期预期销售与纳税列为项目事实（预期→target，多为可选）。公司：投资方广东玛西尔电动科技有限公司（园区记科技城）；“江西宝悦”只在项目名中，列可选；“国机、凯马、昶洧等一大批整车项目落户”科技城：三者为整车企业简称，列为公司（园区科技城，同 real44 zn04 之“甘肃德福、博睿重装、新希望”）。",
  "zo04"),
 parks=[
  park(GZC, "赣州", "江西", "科技城（新能源汽车）", D0, note="属赣州经开区（文中未明说）"),
  park(GZK, "赣州", "江西", "经济技术开发区（国家级）", D3),
 ],
 companies=[
  comp("广东玛西尔电动科技有限公司", GZC, D1, note="投资方"),
  comp("江西宝悦", GZC, D0, opt=True, note="只在项目名中"),
  comp("国机", GZC, D2),
  comp("凯马", GZC, D2),
  comp("昶洧", GZC, D2),
 ],
 projects=[
  proj(PJ4, GZC, D0, companies=["广东玛西尔电动科技有限公司"], inv="该项目总投资15亿元", status="开工", status_text="开工仪式在赣州新能源汽车科技城举行"),
 ],
 aggregate_facts=[
  fact(PJ4, "project", "fixed_asset_investment_cny", 1.3e9, "cny", "其中固定资产投资13亿元", "2017年11月", opt=True, chk=True),
  fact(PJ4, "project", "phase1_fixed_asset_investment_cny", 6e8, "cny", "其中一期固定资产投资6亿元", "2017年11月", opt=True, chk=True),
  fact(PJ4, "project", "phase2_fixed_asset_investment_cny", 7e8, "cny", "二期固定资产投资7亿元", "2017年11月", opt=True, chk=True),
  fact(PJ4, "project", "phase1_expected_annual_sales_cny", 2.4e9, "cny", "预计实现年销售收入24亿元,年纳税2000万元以上", "一期达产后（预期）", kind="target", chk=True),
  fact(PJ4, "project", "phase1_expected_annual_tax_cny", 2e7, "cny", "年纳税2000万元以上", "一期达产后（预期）", kind="target", qual="超", qtext="以上", opt=True, chk=True),
  fact(PJ4, "project", "phase2_expected_annual_sales_cny", 4e9, "cny", "预计实现年销售收入40亿元,年纳税4000万元以上", "二期达产后（预期）", kind="target", chk=True),
  fact(PJ4, "project", "phase2_expected_annual_tax_cny", 4e7, "cny", "年纳税4000万元以上", "二期达产后（预期）", kind="target", qual="超", qtext="以上", opt=True, chk=True),
  fact(PJ4, "project", "phase1_annual_capacity_vehicles", 60000, "count", "一期项目投产后,可形成年产6万辆特种电动汽车的生产能力", "一期投产后（预期）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- zo05 赣州经开区 吉利(赣州)42GWh动力电池项目 (人民资讯 via 中国电力网 2023)
GK = "赣州经开区"
GKC = "赣州经开区新能源科技城"
E0 = "总投资300亿元的吉利(赣州)42GWh动力电池项目坐落于赣州经开区新能源科技城"
E1 = "目前,项目一期前6GWH已投产,后6GWH正在进设备"
E2 = "23日,在江西省赣州市经开区吉利耀能新能源一期12GWh动力电池生产车间内"
E3 = "一期投资85亿元,规划产能12GWh,占地520亩,预计实现年产值约100亿元,年税收约10亿元"
E4 = "二期投资215亿元,规划产能30GWh,占地约980亩,预计可实现年产值约500亿元,年总纳税约50亿元"
PJ5 = "吉利(赣州)42GWh动力电池项目"
G["zo05"] = dict(
 article=art("江西赣州经开区:打造三个千亿级产业集群 建新能源汽车产业集聚区", "人民资讯（来源行），经中国电力网转载，mm.chinapower.com.cn", "2023-02-24", "day",
  "National news app relayed by an industry portal, Jiangxi: a national economic-technological zone's biggest battery project — total investment, first half of phase 1 in production, zone services to the firm, per-phase investment, capacity and expected output and taxes",
  "http://mm.chinapower.com.cn/dww/ddqc/20230224/189739.html",
  "日期取页面“2023-02-24 来源:人民资讯”（已删，连同“首页 | 新闻”“中国电力网”“浏览:”）；现场为“23日”。标题照录。存段在末段“吉利耀能的”处中断，该残段删去，截至“…年总纳税约50亿元。”（cut）。正文七段。园区：赣州经开区（文中又作“江西省赣州市经开区”“江西赣州经开区”；国家级，city 赣州，province 江西）；“赣州经开区新能源科技城”为其中的科技城（parent 赣州经开区；与 zo04 的“赣州新能源汽车科技城”应为同一处，名称照录各自文本）；“唐龙科技园”只作宿舍所在，列可选园区。项目：吉利(赣州)42GWh动力电池项目，park 赣州经开区新能源科技城；“总投资300亿元”；“一期前6GWH已投产,后6GWH正在进设备”→投产（status_alt 在建）；一期85亿、二期215亿及各期预期产值、税收列为可选项目事实。公司：吉利耀能（吉利耀能新能源，园区记科技城；因名称包含关系，记赣州经开区亦可）。“赣州经开区招商局”为机构，列可选。",
  "zo05"),
 parks=[
  park(GK, "赣州", "江西", "经济技术开发区（国家级）", E0, note="文中又作“江西省赣州市经开区”“江西赣州经开区”"),
  park(GKC, "赣州", "江西", "科技城（新能源汽车）", E0, parent=GK, note="文中作“赣州经开区新能源科技城”"),
  park("唐龙科技园", "赣州", "江西", "科技园", "立马为吉利耀能在唐龙科技园申请了2层员工宿舍", opt=True, note="只作员工宿舍所在"),
 ],
 companies=[
  comp("吉利耀能", GKC, E2, aliases=["吉利耀能新能源"], note="文中作“吉利耀能新能源一期12GWh动力电池生产车间”“吉利耀能”"),
 ],
 institutions=[
  inst("赣州经开区招商局", "赣州经开区招商局得知后", park=GK),
 ],
 projects=[
  proj(PJ5, GKC, E0, companies=["吉利耀能"], inv="总投资300亿元", status="投产", status_text="项目一期前6GWH已投产,后6GWH正在进设备",
       status_alt="在建", note="投产见“目前,项目一期前6GWH已投产,后6GWH正在进设备”"),
 ],
 aggregate_facts=[
  fact(PJ5, "project", "phase1_investment_cny", 8.5e9, "cny", E3, "2023年2月", opt=True, chk=True),
  fact(PJ5, "project", "phase1_expected_annual_output_cny", 1e10, "cny", "预计实现年产值约100亿元,年税收约10亿元", "一期达产后（预期）", kind="target", qual="约", qtext="约", opt=True, chk=True),
  fact(PJ5, "project", "phase2_investment_cny", 2.15e10, "cny", E4, "2023年2月", opt=True, chk=True),
  fact(PJ5, "project", "phase2_expected_annual_output_cny", 5e10, "cny", "预计可实现年产值约500亿元,年总纳税约50亿元", "二期达产后（预期）", kind="target", qual="约", qtext="约", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- zo06 太仓高新区 2020年全年 (太仓日报 2021)
TC = "太仓高新区"
F0 = "“2020年度苏州市推进高质量发展先进地区”名单公布,太仓高新区榜上有名"
FY = "2020年（全年）"
G["zo06"] = dict(
 article=art("高质量发展步履铿锵 高新区连续三年获苏州先进", "太仓日报（来源行；无署名），载于太仓高新区招商站 tcxq.investchn.com", "2021-02-20", "day",
  "County-level city daily, Jiangsu: a high-tech zone's year-end figures for 2020 — GDP, tax revenue, industrial output, fixed-asset investment, registered and actually used foreign capital, each with growth and share of the city",
  "https://tcxq.investchn.com/news/detail/id/158765.html",
  "日期取页面“发布时间:2021-02-20 来源:太仓日报”（已删）。标题照录。正文三段；存段到“…较上年度均实现进一步提升。”为止（以完整句结束；原文其后是否还有段落不明）。园区太仓高新区（文中又作“高新区”；city 记苏州，district 太仓市——太仓为苏州代管的县级市）。real15 b08 用过同一站的另一篇（2018-08-10 “双过半”），本篇不同。数字为2020年全年：总量记 cumulative，增速 ratio，“占全市的…”列可选 ratio。美元数字记 *_usd。文中无企业名。",
  "zo06"),
 parks=[
  park(TC, "苏州", "江苏", "高新技术产业开发区（省级）", F0, district="太仓市", note="文中又作“高新区”"),
 ],
 aggregate_facts=[
  fact(TC, "park", "gdp_cny", 5.65e10, "cny", "去年全年高新区完成地区生产总值565亿元,增长7.2%,占全市的40.8%", FY, kind="cumulative", chk=True),
  fact(TC, "park", "gdp_yoy_growth", 0.072, "ratio", "去年全年高新区完成地区生产总值565亿元,增长7.2%", FY, kind="ratio"),
  fact(TC, "park", "gdp_share_of_city", 0.408, "ratio", "去年全年高新区完成地区生产总值565亿元,增长7.2%,占全市的40.8%", FY, kind="ratio", opt=True),
  fact(TC, "park", "general_budget_tax_revenue_cny", 7.501e9, "cny", "一般公共预算税收收入75.01亿元,增长7%,占全市的50.95%", FY, kind="cumulative", chk=True),
  fact(TC, "park", "general_budget_tax_revenue_yoy_growth", 0.07, "ratio", "一般公共预算税收收入75.01亿元,增长7%", FY, kind="ratio"),
  fact(TC, "park", "general_budget_tax_revenue_share_of_city", 0.5095, "ratio", "一般公共预算税收收入75.01亿元,增长7%,占全市的50.95%", FY, kind="ratio", opt=True),
  fact(TC, "park", "industrial_output_above_scale_cny", 9.713e10, "cny", "规上工业产值971.3亿元,增长7.2%,占全市的38.8%", FY, kind="cumulative", chk=True),
  fact(TC, "park", "industrial_output_above_scale_yoy_growth", 0.072, "ratio", "规上工业产值971.3亿元,增长7.2%", FY, kind="ratio"),
  fact(TC, "park", "industrial_output_above_scale_share_of_city", 0.388, "ratio", "规上工业产值971.3亿元,增长7.2%,占全市的38.8%", FY, kind="ratio", opt=True),
  fact(TC, "park", "fixed_asset_investment_cny", 1.573e10, "cny", "全社会固定资产投资157.3亿元,增长31.2%,占全市的33.6%", FY, kind="cumulative", chk=True),
  fact(TC, "park", "fixed_asset_investment_yoy_growth", 0.312, "ratio", "全社会固定资产投资157.3亿元,增长31.2%", FY, kind="ratio"),
  fact(TC, "park", "fixed_asset_investment_share_of_city", 0.336, "ratio", "全社会固定资产投资157.3亿元,增长31.2%,占全市的33.6%", FY, kind="ratio", opt=True),
  fact(TC, "park", "registered_foreign_capital_usd", 7.3e8, "usd", "注册外资7.3亿美元,增长112.7%,占全市的37.5%", FY, kind="cumulative"),
  fact(TC, "park", "registered_foreign_capital_yoy_growth", 1.127, "ratio", "注册外资7.3亿美元,增长112.7%", FY, kind="ratio"),
  fact(TC, "park", "registered_foreign_capital_share_of_city", 0.375, "ratio", "注册外资7.3亿美元,增长112.7%,占全市的37.5%", FY, kind="ratio", opt=True),
  fact(TC, "park", "foreign_capital_actually_used_usd", 3.45e8, "usd", "实际利用外资3.45亿美元,增长89.9%,占全市的42.3%", FY, kind="cumulative"),
  fact(TC, "park", "foreign_capital_actually_used_yoy_growth", 0.899, "ratio", "实际利用外资3.45亿美元,增长89.9%", FY, kind="ratio"),
  fact(TC, "park", "foreign_capital_actually_used_share_of_city", 0.423, "ratio", "实际利用外资3.45亿美元,增长89.9%,占全市的42.3%", FY, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- zo07 杭州经济技术开发区 2022年 (杭州网 2023)
HZ = "杭州经济技术开发区"
H0 = "杭州经济技术开发区在全国217家国家级经济技术开发区中位列第九,连续三年跻身全国前十"
H1 = "2022年,全区预计规上工业总产值突破3500亿元;固定资产投资增长15%;创新指数居全省第五,R&D经费投入强度4.54%"
H2 = "全年签约亿元以上项目105个,总投资455亿元,落地10亿元以上项目20个"
HY = "2022年（全年）"
G["zo07"] = dict(
 article=art("全国第九!杭州经济技术开发区交出高分答卷", "杭州网（来源行），经 news.ccnf.cn 转载", "2023-01-14", "day",
  "City news portal via an aggregator, Zhejiang: a national economic-technological zone's national ranking and its 2022 year-end figures — estimated industrial output, investment growth, R&D intensity, projects signed and landed with investment, policy relief",
  "http://news.ccnf.cn/xiaofei/2023/0114/13140.html",
  "日期取页面“2023-01-14 10:56:10 来源:杭州网”（已删，连同导航、“评论”“(资料图片)”）。标题行末的聚合站后缀“ 世界即时”不属标题，已删（make_txt.py HEAD_SUFFIX）。存段在末段“值得一提的是…较上”处中断，该残段删去，截至“…进一步拓链、补链、强链。”（cut）。正文四段。园区杭州经济技术开发区（国家级，city 杭州，province 浙江；文中又作“全区”）。2022年数字：“预计规上工业总产值突破3500亿元”为全年预计值（已发生年度的估计，不是计划；kind cumulative，qualifier 超“突破”）；签约亿元以上项目105个、总投资455亿元、落地10亿元以上项目20个为全年累计；增速、R&D 强度为 ratio；全国第九名、减负降本“近55亿元”列可选。文中无企业名。",
  "zo07"),
 parks=[
  park(HZ, "杭州", "浙江", "经济技术开发区（国家级）", H0, note="文中又作“全区”"),
 ],
 aggregate_facts=[
  fact(HZ, "park", "national_ranking_etdz", 9, "rank", H0, "2022年国家级经开区综合发展水平考核评价（2023年1月公布）", opt=True),
  fact(HZ, "park", "industrial_output_above_scale_cny", 3.5e11, "cny", "全区预计规上工业总产值突破3500亿元", HY, kind="cumulative", qual="超", qtext="突破", chk=True, note="全年预计值"),
  fact(HZ, "park", "fixed_asset_investment_yoy_growth", 0.15, "ratio", "固定资产投资增长15%", HY, kind="ratio"),
  fact(HZ, "park", "rd_intensity", 0.0454, "ratio", "R&D经费投入强度4.54%", HY, kind="ratio"),
  fact(HZ, "park", "projects_signed_over_100m", 105, "count", H2, HY, kind="cumulative"),
  fact(HZ, "park", "signed_projects_total_investment_cny", 4.55e10, "cny", "总投资455亿元,落地10亿元以上项目20个", HY, kind="cumulative", chk=True),
  fact(HZ, "park", "projects_landed_over_1bn", 20, "count", H2, HY, kind="cumulative"),
  fact(HZ, "park", "burden_reduction_cny", 5.5e9, "cny", "累计减负降本近55亿元", HY, kind="cumulative", qual="约", qtext="近", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- zo08 钟楼经济开发区 集中签约和开竣工 (常州市科技局网站 2023)
ZL = "钟楼经济开发区"
ZS = "钟楼数字经济产业园"
I0 = "9月26日,钟楼区重大项目集中签约和开竣工暨易商智能终端及核心零部件产业基地项目开工仪式在钟楼经济开发区举行,现场集中签约产业项目35个、总投资105亿元"
I1 = "易商基地项目投资主体为ESR集团,计划总投资3亿美元,新增用地160亩,总建筑面积约17.5万平方米"
I2 = "项目建成后,将成为钟楼数字经济产业园内高标准“工业上楼”示范园区"
I3 = "当天签约的还有高性能透析器生产基地、中德职业教育产业实训基地、汽车智能开闭合系统核心零部件产业基地、华丰机械新发动机缸体缸盖智能制造等产业项目"
I4 = "近期,钟楼区开竣工的项目共有42个,总投资达147亿元"
PJ8 = "易商智能终端及核心零部件产业基地项目"
G["zo08"] = dict(
 article=art("（无标题）钟楼区重大项目集中签约和开竣工暨易商智能终端及核心零部件产业基地项目开工", "常州市科学技术局网站 kjj.changzhou.gov.cn（存段无标题、来源行与署名）", "2023-09-28", "day",
  "Municipal bureau website, Jiangsu: a district's signing and groundbreaking ceremony held in an economic development zone — signed projects and total, one project started with investor, US-dollar investment, land and floor area, the park it will stand in, other signed projects by name",
  "https://kjj.changzhou.gov.cn/html/kjj/2023/MHFDIKKN_0928/43441.html",
  "日期取网址“2023/MHFDIKKN_0928”（9月28日；仪式为9月26日）；存段无标题（title 为编者概括，取自首句）。页尾“|”已删。正文三段，完整。园区：钟楼经济开发区（city 常州，district 钟楼区；级别文中未写）；钟楼数字经济产业园（项目“建成后,将成为钟楼数字经济产业园内…示范园区”；与开发区的关系文中未写，parent 不填）。项目：易商智能终端及核心零部件产业基地项目（别名“易商基地项目”），开工仪式在钟楼经济开发区举行→开工，park 钟楼经济开发区，另加一条可选同名项目记 park 钟楼数字经济产业园（两者皆可）；“计划总投资3亿美元”非人民币：investment_cny 空，investment_value 3e8、investment_currency usd。其余四个签约项目文中只说“当天签约的还有”，不写园区与金额→park null，status 签约。公司：ESR集团（投资主体，园区钟楼经济开发区）；华丰机械只在项目名中，列可选。35个签约项目105亿元、42个开竣工项目147亿元为钟楼区（region）事实。",
  "zo08", title_note="no headline stored; title made from the lead"),
 parks=[
  park(ZL, "常州", "江苏", "经济开发区", I0, district="钟楼区"),
  park(ZS, "常州", "江苏", "数字经济产业园", I2, district="钟楼区"),
 ],
 companies=[
  comp("ESR集团", ZL, I1, note="易商基地项目投资主体"),
  comp("华丰机械", None, I3, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj(PJ8, ZL, I1, companies=["ESR集团"], inv="计划总投资3亿美元", currency="usd", value=3e8, status="开工", status_text="项目开工仪式在钟楼经济开发区举行",
       aliases=["易商基地项目"], note="名称与开工见首句；文中又作“易商基地项目”"),
  proj(PJ8, ZS, I2, status="开工", status_text="项目开工仪式", aliases=["易商基地项目"], opt=True, note="同一项目，另记其将所在的产业园（两个园区链接皆可）"),
  proj("高性能透析器生产基地", None, I3, status="签约", status_text="当天签约"),
  proj("中德职业教育产业实训基地", None, I3, status="签约", status_text="当天签约"),
  proj("汽车智能开闭合系统核心零部件产业基地", None, I3, status="签约", status_text="当天签约"),
  proj("华丰机械新发动机缸体缸盖智能制造", None, I3, status="签约", status_text="当天签约", companies=["华丰机械"]),
 ],
 aggregate_facts=[
  fact("钟楼区", "region", "projects_signed", 35, "count", I0, "2023年9月26日"),
  fact("钟楼区", "region", "signed_investment_cny", 1.05e10, "cny", "现场集中签约产业项目35个、总投资105亿元", "2023年9月26日", chk=True),
  fact("钟楼区", "region", "projects_started_or_completed", 42, "count", I4, "2023年9月（近期）"),
  fact("钟楼区", "region", "started_or_completed_investment_cny", 1.47e10, "cny", "总投资达147亿元", "2023年9月（近期）", chk=True),
  fact(PJ8, "project", "new_land_mu", 160, "mu", I1, "2023年9月", opt=True),
  fact(PJ8, "project", "floor_area_m2", 1.75e5, "m2", I1, "2023年9月", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- zo09 東莞鳳崗 四個重點項目集中動工 (香港商報 2025, traditional)
FG = "鳳崗鎮"
FDL = "鳳德嶺產業園"
J0 = "本次集中動工的四個重點項目總投資達22.5億元,建成後預計年產值36億元"
J1 = "鳳崗鎮黨委書記黃樂瑜,鎮黨委副書記、鎮長韓俊峰等領導嘉賓共同啟動四個重點項目建設,並為官井頭低成本空間項目培土奠基"
J2 = "項目分兩期開發建設,總占地面積16萬平方米,預計2028年完成建設,建成後預計年產值24億元,年稅收8600萬元"
J3 = "除官井頭村低成本產業空間項目外,本次同步動工的還有鳳德嶺產業園1期項目、塘瀝村三霸電子科技有限公司製造項目和長田通訊科技有限公司電動汽車充電樁智能製造總部項目"
J4 = "三個重點項目總投資5.6億元,涵蓋產業空間建設、智能製造、新能源汽車配套等多個領域,建成後預計年產值12億元"
PJ9 = "官井頭低成本產業空間項目"
AS9 = "2025年11月5日（第四季度集中動工）"
G["zo09"] = dict(
 article=art("總投資22.5億 東莞鳳崗四個重點項目集中動工", "香港商報（原創；責任編輯:冷運軍），hkcd.com", "2025-11-06", "day",
  "Hong Kong paper, traditional script: a Dongguan town's quarterly groundbreaking of four key projects — total investment and expected output, one industrial-space project's concept, phases, area, completion, output and taxes, three further named projects with their combined investment",
  "http://hkcd.com/hkcdweb/content_p/2025/11/06/content_192392.html",
  "日期取頁面“責任編輯:冷運軍 2025-11-06 15:36:36原創 來源:香港商報”（已刪）；儀式為“11月5日”。標題照錄（頁首重複的標題行與“香港商報”“-- 天氣”已刪），圖片檔名“25110601.jpg”已刪；小標題“動工項目涉多產業領域助力高質量發展”保留為段。末段在“…全力打造更多高品質、低成本的優”處中斷：保留其首兩句“黃樂瑜表示,…關鍵一步。”，刪去斷句（make_txt.py LINE_SUFFIX）。繁體原文（香港商報），未轉換。文中無開發區：鳳崗鎮為鎮（region 事實）；“鳳德嶺產業園”只在項目名“鳳德嶺產業園1期項目”中，列可選園區，該項目 park 記它（同 real44 zn07 之民勤紅沙崗）；其餘三項目 park null。“官井頭低成本產業空間項目”稱“項目”，列為項目（別名“官井頭低成本空間項目”“官井頭村低成本產業空間項目”），不列園區。四項目“集中動工”→开工；單個項目無投資額（22.5億元為四項目合計，5.6億元為另三項目合計，記為 region 事實）。公司：三霸電子科技有限公司（文中作“塘瀝村三霸電子科技有限公司”，塘瀝村為所在村）、長田通訊科技有限公司，park null。金額為人民幣（內地項目，“億元”），記 _cny。",
  "zo09"),
 parks=[
  park(FDL, "東莞", "廣東", "產業園", J3, district="鳳崗鎮", opt=True, note="只在項目名“鳳德嶺產業園1期項目”中"),
 ],
 companies=[
  comp("三霸電子科技有限公司", None, J3, note="文中作“塘瀝村三霸電子科技有限公司製造項目”"),
  comp("長田通訊科技有限公司", None, J3),
 ],
 institutions=[
  inst("鳳崗鎮黨委", J1), 
 ],
 projects=[
  proj(PJ9, None, J3, status="开工", status_text="集中動工…並為官井頭低成本空間項目培土奠基",
       aliases=["官井頭低成本空間項目", "官井頭村低成本產業空間項目"], note="名稱見“據了解,官井頭低成本產業空間項目以…為理念”；無單項投資額"),
  proj("鳳德嶺產業園1期項目", FDL, J3, status="开工", status_text="同步動工", phase="1期"),
  proj("塘瀝村三霸電子科技有限公司製造項目", None, J3, companies=["三霸電子科技有限公司"], status="开工", status_text="同步動工"),
  proj("長田通訊科技有限公司電動汽車充電樁智能製造總部項目", None, J3, companies=["長田通訊科技有限公司"], status="开工", status_text="同步動工"),
 ],
 aggregate_facts=[
  fact(FG, "region", "projects_started", 4, "count", J0, AS9),
  fact(FG, "region", "started_projects_total_investment_cny", 2.25e9, "cny", J0, AS9, chk=True),
  fact(FG, "region", "started_projects_expected_annual_output_cny", 3.6e9, "cny", "建成後預計年產值36億元,為鳳崗建設", "建成後（預期）", kind="target", chk=True),
  fact(FG + "（另三個重點項目）", "region", "total_investment_cny", 5.6e8, "cny", J4, AS9, chk=True),
  fact(FG + "（另三個重點項目）", "region", "expected_annual_output_cny", 1.2e9, "cny", "建成後預計年產值12億元,將進一步完善鳳崗鎮產業鏈條", "建成後（預期）", kind="target", opt=True, chk=True),
  fact(PJ9, "project", "expected_annual_output_cny", 2.4e9, "cny", "建成後預計年產值24億元,年稅收8600萬元", "建成後（預期，2028年）", kind="target", chk=True),
  fact(PJ9, "project", "expected_annual_tax_cny", 8.6e7, "cny", "年稅收8600萬元", "建成後（預期，2028年）", kind="target", opt=True, chk=True),
  fact(PJ9, "project", "site_area_m2", 1.6e5, "m2", J2, "2025年11月", opt=True),
 ])

# ---------------------------------------------------------------- zo10 海口国家高新区科创基金 (人民网-海南频道 2023)
HK = "海口国家高新区"
K0 = "1月11日,中启(海口)高新区科技创新股权投资合伙企业(有限合伙)(以下简称“高新区科创基金”)在海口国家高新区成功设立"
K1 = "基金募集规模约3亿元,其中海南自贸港母基金及高新国投合计出资1.4亿元,撬动央企外贸信托、上市公司安图生物等著名机构约1.6亿元"
K2 = "该基金由中启私募基金管理(海南)有限公司(以下简称中启资本)作为基金管理人"
K3 = "由海口国家高新区国际投资咨询有限公司(以下简称“海口高新国投”)发起设立的高新区科创基金"
K4 = "先后完成设立的自贸港子基金还有中银资本旗下的海南中瀛股权投资基金合伙企业(有限合伙)及英飞尼迪资本设立的海南省英飞九州健康科技创业投资合伙企业(有限合伙)两支自贸港子基金,两支基金规模分别为7亿元"
K5 = "5亿元人民币。至此,已有三支自贸港子基金落户高新区"
KF = "中启(海口)高新区科技创新股权投资合伙企业(有限合伙)"
G["zo10"] = dict(
 article=art("海口国家高新区科创基金等三支自贸港子基金成功设立", "人民网-海南频道（人民网海口1月14日电，李学山）", "2023-01-14", "day",
  "National news site's provincial channel, Hainan: a national high-tech zone's first park fund set up — sponsor, fundraising size and contributions, manager; two more sub-funds landed in the zone with their sizes",
  "http://0898.net/n2/2023/0114/c231190-40267554.html",
  "日期取页面“2023年01月14日23:34 | 来源:人民网-海南频道”（已删，连同“小字号”）；基金设立于“1月11日”。标题照录。存段在末段“…加快生物医药产业投资进度、推进优质项目返投,”处中断，该残段删去，截至“…园区金融服务产业能力大大增强。”（cut）。正文四段。园区海口国家高新区（文中又作“海口高新区”“高新区”；国家级，city 海口，province 海南）。基金：中启(海口)高新区科技创新股权投资合伙企业(有限合伙)（简称“高新区科创基金”），park 海口国家高新区，“基金募集规模约3亿元”→size 3e8、qualifier 约、size_type 募集规模；管理人中启私募基金管理(海南)有限公司（简称中启资本，列为公司，park null，同 real44 zn06）；发起人海口国家高新区国际投资咨询有限公司（简称海口高新国投/高新国投，园区平台公司，park 记海口国家高新区）。另两支子基金“落户高新区”，size 7亿元、5亿元，park 海口国家高新区；其发起方中银资本、英飞尼迪资本列为公司（park null）。“海南自贸港母基金”只作出资人，列可选基金（无规模）。安图生物、外贸信托只作出资机构，列可选公司。海口高新区管委会列可选机构。",
  "zo10"),
 parks=[
  park(HK, "海口", "海南", "高新技术产业开发区（国家级）", K0, aliases=["海口高新区"], note="文中又作“海口高新区”“高新区”"),
 ],
 companies=[
  comp("中启私募基金管理(海南)有限公司", None, K2, aliases=["中启资本"], note="基金管理人"),
  comp("海口国家高新区国际投资咨询有限公司", HK, K3, aliases=["海口高新国投", "高新国投"], note="发起人；园区平台公司（位置文中未明说，判断）"),
  comp("中银资本", None, K4, note="海南中瀛基金的发起方"),
  comp("英飞尼迪资本", None, K4, note="英飞九州基金的设立方"),
  comp("安图生物", None, K1, opt=True, note="出资机构（上市公司）"),
  comp("外贸信托", None, K1, opt=True, note="出资机构（央企）"),
 ],
 institutions=[
  inst("海口高新区管委会", "在海口市市政府及海口高新区管委会正确领导及筹划下", park=HK),
 ],
 funds=[
  fund(KF, HK, K1, size="约3亿元", size_type="募集规模", qual="约", aliases=["高新区科创基金"],
       note="名称与设立见首句；管理人中启资本；发起人海口高新国投；专注生物医药"),
  fund("海南中瀛股权投资基金合伙企业(有限合伙)", HK, K4, size="7亿元", size_type="规模", note="中银资本旗下；落户高新区"),
  fund("海南省英飞九州健康科技创业投资合伙企业(有限合伙)", HK, K5, size="5亿元", size_type="规模", note="英飞尼迪资本设立；落户高新区；名称见上一句"),
  fund("海南自贸港母基金", None, K1, opt=True, note="只作出资人"),
 ],
 aggregate_facts=[
  fact(KF, "fund", "fund_size_cny", 3e8, "cny", "基金募集规模约3亿元", "2023年1月", qual="约", qtext="约", chk=True),
  fact(KF, "fund", "contribution_mother_fund_and_platform_cny", 1.4e8, "cny", "海南自贸港母基金及高新国投合计出资1.4亿元", "2023年1月", opt=True, chk=True),
  fact(KF, "fund", "contribution_other_institutions_cny", 1.6e8, "cny", "撬动央企外贸信托、上市公司安图生物等著名机构约1.6亿元", "2023年1月", qual="约", qtext="约", opt=True, chk=True),
  fact(HK, "park", "ftp_sub_funds_landed", 3, "count", K5, "截至2023年1月", kind="cumulative", opt=True),
 ])
