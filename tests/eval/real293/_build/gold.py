# real293 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real28–real52: evidence verbatim (all six items simplified script as published; the pages use
# ASCII commas and colons, kept); names as written in the text; 逾/超过/超/以上 → 超, 余/多 → 余, 约/近/左右 → 约
# (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence). Projects: the
# park the text places the project in, null if none; status from the text's words (开工 → 开工; 投产运行 → 投产; 建成 → 竣工;
# 签约 → 签约; 即将落地实施 → planned). Year-to-date counts (“截至目前”, “目前”) are cumulative; “计划” sums are target.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/qfNN.raw as returned.

# ---------------------------------------------------------------- qf01 麦盖提县 城西工业园区 (rizhao.cc 2013)
CX = "城西工业园区"
A0 = "沿麦盖提县城一路向西,跨越当地的母亲河叶尔羌河,一个崭新的城西工业园区呈现在记者眼前"
A1 = "整个城西工业园区,一共是8000多亩地 5.47平方公里"
A2 = "而在建设工程中,日照港集团先期垫付了2000万的建设启动资金,同时还在园区内规划建设了一个物流园区,目前一期工程已经基本完工。"
A3 = "他们主要是发挥了日照港在商品的仓储、集散、货物交易、商贸物流的经验与优势兴建了他们新疆日照港物流园区"
A4 = "日照港物流园区对面是前海惠农生物科技有限公司项目,这是一个集油脂化工、棉仁蛋白提取加工及仓储物流为一体的棉仔精深加工项目"
A5 = "建成后年产成品食用油15万吨、棉仁蛋白10万吨"
A6 = "而来自日照的山东港湾建设集团施工人员是进驻工地的第一支拓荒队伍"
G["qf01"] = dict(
 article=art("“日照刀郎 援疆情长”:打造一个新园区 注入发展新活力", "rizhao.cc（日照信息港“港城快讯”栏；存段无署名）", "2013-09-24", "day",
  "City portal of an aiding province (Shandong 日照) on its aid project in Xinjiang: a county industrial park built by a Rizhao port group — park area, startup funds, a logistics park inside it (phase 1 nearly complete), a cotton-seed processing project opposite with planned capacity",
  "http://www.rizhao.cc/news/33891.html",
  "日期取标题行末“(2013年09月24日)”（已从标题行切下，make_txt.py HEAD_SUFFIX）。导航行与“|港城快讯|”已删。存段正文为一行，原页各段以单个空格相连；存段在最后一段“麦盖提县副县长、工业园区管委”处中断，该段整段删去（LINE_SUFFIX），正文止于“…棉仁蛋白10万吨。”。园区：城西工业园区（喀什地区麦盖提县，新疆）；新疆日照港物流园区（文中又作“日照港物流园区”，在城西工业园区内，parent 由“在园区内规划建设了一个物流园区”得出）。公司：山东港湾建设集团（施工方，可选）、日照港集团（垫付启动资金，可选）、前海惠农生物科技有限公司（项目在园区内）。项目：前海惠农生物科技有限公司项目（棉仔精深加工；“建成后”→未建成，状态不标）；新疆日照港物流园区一期（“一期工程已经基本完工”“预计今年年底全部投入使用”→在建，可选）。“2000万的建设启动资金”无“元”字，不作 *_cny 事实（metric startup_funds_advanced，可选）。",
  "qf01"),
 parks=[
  park(CX, "喀什地区", "新疆", "工业园区", A0, district="麦盖提县"),
  park("新疆日照港物流园区", "喀什地区", "新疆", "物流园区", A3, district="麦盖提县", parent=CX, aliases=["日照港物流园区"],
       note="园区内的物流园区（“在园区内规划建设了一个物流园区”）"),
 ],
 companies=[
  comp("前海惠农生物科技有限公司", CX, A4, note="项目在日照港物流园区对面，位于城西工业园区"),
  comp("山东港湾建设集团", CX, A6, kind="contractor", opt=True, note="园区施工方；其新疆分公司经理汲生军"),
  comp("日照港集团", CX, A2, kind="investor", opt=True, note="垫付园区建设启动资金、建设物流园区"),
 ],
 projects=[
  proj("前海惠农生物科技有限公司项目", CX, A4, companies=["前海惠农生物科技有限公司"],
       aliases=["棉仔精深加工项目"], note="“建成后年产…”，未给状态；位置：日照港物流园区对面"),
  proj("新疆日照港物流园区一期工程", "新疆日照港物流园区", A2, companies=["日照港集团"], phase="一期", status="在建",
       status_text="目前一期工程已经基本完工", opt=True, note="“一期大体雏形已经建完…预计今年年底全部投入使用”；名称由编者据文意组成"),
 ],
 aggregate_facts=[
  fact(CX, "park", "area_mu", 8000, "mu", A1, "2013年", qual="余", qtext="多"),
  fact(CX, "park", "area_km2", 5.47, "km2", A1, "2013年"),
  fact("日照港集团", "company", "startup_funds_advanced", 2e7, "cny", A2, "2013年以前", opt=True,
       note="“2000万的建设启动资金”，原文无“元”"),
  fact("前海惠农生物科技有限公司项目", "project", "planned_capacity_edible_oil_t", 150000, "t/yr", A5, "建成后", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- qf02 德令哈工业园 (青海省科技厅 via te-ch.tech 2012)
DL = "德令哈工业园"
B0 = "8月31日上午,德令哈工业园基础设施配套项目在德令哈工业园内隆重剪彩开工"
B1 = "德令哈工业园是试验区重要的盐碱化工产业、新材料产业和绿色产业基地"
B2 = "由上海载和实业、西宁低碳基金和柴达木建投公司共同出资成立的杰青科技公司20万吨工程结构板材项目"
B3 = "由湖北振声集团、柴达木建投公司和海西州投资公司共同出资成立的圣邦材料公司20万吨有机硅及功能材料等项目即将落地实施"
B4 = "由上海载和实业、西宁低碳基金和柴达木建投公司共同出资成立的杰青科技公司20万吨工程结构板材项目,由湖北振声集团、柴达木建投公司和海西州投资公司共同出资成立的圣邦材料公司20万吨有机硅及功能材料等项目即将落地实施"
G["qf02"] = dict(
 article=art("德令哈工业园区基础设施配套项目开工", "青海省科技厅（转载于 te-ch.tech）", "2012-09-03", "day",
  "Provincial department item relayed by a technology portal, Qinghai: groundbreaking of a park's infrastructure project, two named industrial projects (joint ventures) about to be implemented in the park",
  "http://www.te-ch.tech/news/show-148485.html",
  "日期、来源取页面“2012-09-03 青海省科技厅”。阅读数“90”与“核心提示”摘要行已删。存段末段“开工建设的德令哈工业园基础配套设施项目有:工业园纬十二路、东—路”中断，整段删去；正文三段，止于“…确定了先期开工的—批基础配套设施项目。”（“—批”“重要的—核”照原文）。园区：德令哈工业园（标题作“德令哈工业园区”；海西州德令哈市，青海；属柴达木循环经济试验区，文中只称“试验区”，parent 不填）。项目：德令哈工业园基础设施配套项目（剪彩开工→开工）；杰青科技公司20万吨工程结构板材项目、圣邦材料公司20万吨有机硅及功能材料项目（“即将落地实施”→planned）。两家项目公司在园区；出资方上海载和实业、西宁低碳基金、柴达木建投公司、湖北振声集团、海西州投资公司列为可选公司（园区外出资方，park null）。领导名单不录。",
  "qf02"),
 parks=[
  park(DL, "海西州", "青海", "工业园", B1, district="德令哈市", aliases=["德令哈工业园区"], note="标题作“德令哈工业园区”；属柴达木循环经济试验区（文中称“试验区”）"),
 ],
 companies=[
  comp("杰青科技公司", DL, B2, note="上海载和实业、西宁低碳基金、柴达木建投公司共同出资成立"),
  comp("圣邦材料公司", DL, B3, note="湖北振声集团、柴达木建投公司、海西州投资公司共同出资成立"),
  comp("上海载和实业", None, B2, kind="investor", opt=True),
  comp("西宁低碳基金", None, B2, kind="investor", opt=True, note="出资方，文中未述规模"),
  comp("柴达木建投公司", None, B2, kind="investor", opt=True),
  comp("湖北振声集团", None, B3, kind="investor", opt=True),
  comp("海西州投资公司", None, B3, kind="investor", opt=True),
 ],
 institutions=[
  inst("试验区管委会", "在省、海西州和试验区管委会的高度重视和亲自谋划下", note="柴达木循环经济试验区管委会"),
 ],
 projects=[
  proj("德令哈工业园基础设施配套项目", DL, B0, status="开工", status_text="隆重剪彩开工"),
  proj("杰青科技公司20万吨工程结构板材项目", DL, B4, companies=["杰青科技公司"], status="planned", status_text="即将落地实施"),
  proj("圣邦材料公司20万吨有机硅及功能材料项目", DL, B3, companies=["圣邦材料公司"], status="planned", status_text="即将落地实施",
       note="原文“圣邦材料公司20万吨有机硅及功能材料等项目”"),
 ],
 aggregate_facts=[])

# ---------------------------------------------------------------- qf03 尉犁县工业园区 (天山网 via tex.org.cn 2013)
WL = "尉犁县工业园区"
C0 = "如今,尉犁县工业园区已成为拉动县域固定资产投资、工业产值持续增长的经济支撑点"
C1 = "尉犁县尉东矿产品加工园和尉北棉纺织以及农副产品加工园已成功招商41家企业入驻,其中投产运营企业11家,施工在建企业20家"
C2 = "今年上半年,工业园区投资项目24个,投资3000万元以上的项目14个,投资上亿元的项目4个,已完成投资26370万元,占该县上半年投资完成额的45.4%"
C3 = "已完成投资26370万元,占该县上半年投资完成额的45.4%"
C4 = "已达到规模以上的企业5家,实现工业产值7276万元"
C5 = "申报国家、自治区中小企业发展、民生工业、技术改造、特色轻工等项目的有尉犁大生纺织品有限公司、新疆迈思创纺织科技有限公司、巴州百家惠纺织有限责任公司、尉犁县汇康农业科技科技有限公司、巴州皓天农业科技开发有限公司、新疆尉犁新隆蛭石有限责任公司、尉犁同丰油脂工贸有限责任公司及尉犁县金兴甘草制品有限公司等十余家企业"
C6 = "共落实国家、自治区工业专项到位资金400余万元,较上年增长30%"
H1 = "2013年上半年"
G["qf03"] = dict(
 article=art("（无标题）尉犁县落实工业专项资金 园区招商41家企业入驻", "天山网（转载于 tex.org.cn 中国纺织工业联合会网站）", "2013", "year",
  "Regional portal item relayed by a textile-industry site, Xinjiang: a county's SME project applications (named firms), its industrial parks' firms entered / in production / under construction, half-year investment and output",
  "https://tex.org.cn/news/fangzhiyaowen/24/115729.html",
  "存段无标题、无日期行（title 为编者概括）；文末“(天山网)”为来源。发表时间只能定到2013年（“2013年年初以来”“今年上半年”，当在2013年年中）。正文三段，完整。园区：尉犁县工业园区（巴州尉犁县，新疆）；子园“尉东矿产品加工园”（可选，parent 尉犁县工业园区）；“尉北棉纺织以及农副产品加工园”断句不明（尉北棉纺织园与农副产品加工园，或一园），不列。第二段八家企业为申报中小企业等项目的县内企业，文中未置于园区，park 为 null、可选；“尉犁县汇康农业科技科技有限公司”照录（原文重“科技”）。事实：41/11/20 家为园区累计（cumulative）；上半年投资项目24个、3000万元以上14个、亿元以上4个、完成投资26370万元（占县上半年45.4%）；规上企业5家、工业产值7276万元（as_of 按上下文记2013年上半年，原文未明说）。县级“工业专项到位资金400余万元”主体为尉犁县（region，可选）。",
  "qf03"),
 parks=[
  park(WL, "巴音郭楞蒙古自治州", "新疆", "工业园区", C0, district="尉犁县"),
  park("尉东矿产品加工园", "巴音郭楞蒙古自治州", "新疆", "加工园", C1, district="尉犁县", parent=WL, opt=True),
 ],
 companies=[
  comp(n, None, C5, opt=True, note="申报中小企业发展等项目的县内企业，未置于园区")
  for n in ["尉犁大生纺织品有限公司", "新疆迈思创纺织科技有限公司", "巴州百家惠纺织有限责任公司", "尉犁县汇康农业科技科技有限公司",
            "巴州皓天农业科技开发有限公司", "新疆尉犁新隆蛭石有限责任公司", "尉犁同丰油脂工贸有限责任公司", "尉犁县金兴甘草制品有限公司"]
 ],
 projects=[],
 aggregate_facts=[
  fact(WL, "park", "firms_entered", 41, "count", C1, "2013年年中", kind="cumulative"),
  fact(WL, "park", "firms_in_production", 11, "count", C1, "2013年年中", kind="cumulative"),
  fact(WL, "park", "firms_under_construction", 20, "count", C1, "2013年年中", kind="cumulative"),
  fact(WL, "park", "investment_projects", 24, "count", C2, H1),
  fact(WL, "park", "projects_invest_above_30m", 14, "count", C2, H1, opt=True, note="投资3000万元以上的项目"),
  fact(WL, "park", "projects_invest_above_100m", 4, "count", C2, H1, opt=True, note="投资上亿元的项目"),
  fact(WL, "park", "investment_completed_cny", 263700000.0, "cny", C3, H1, chk=True),
  fact(WL, "park", "share_of_county_investment", 0.454, "ratio", C3, H1, kind="ratio"),
  fact(WL, "park", "above_scale_firms", 5, "count", C4, H1, opt=True),
  fact(WL, "park", "industrial_output_cny", 72760000.0, "cny", C4, H1, chk=True, note="as_of 按上下文"),
  fact("尉犁县", "region", "special_funds_received", 4000000.0, "cny", C6, "2013年年初以来", qual="余", qtext="余", kind="cumulative", opt=True,
       note="“400余万元”：数字与“万元”之间有“余”，不作 *_cny 事实"),
 ])

# ---------------------------------------------------------------- qf04 乌苏化工园区 (塔城 site 2019)
WS = "乌苏化工园区"
D0 = "乌苏化工园区于2005年5月经自治区人民政府批准设立,是自治区级重点工业园区之一"
D1 = "总规划面积55.32平方公里,其中:一期东区规划面积25.32平方公里"
D2 = "二期西区(马吉克园区)规划面积30平方公里,距市区38公里,重点打造能源、石油化工和化纤基地等"
D3 = "近年来,乌苏化工园累计投入资金14.7亿元,完成一期东区的供排水、供电、供气、天然气、道路、通讯、网络、绿化、土地平整等基础设施建设"
D4 = "2017年,计划投资7.3亿元,完成马吉克园区道路、蒸汽热源、110KV变电站、净水厂、污水厂及配套供排水管网建设工程"
D5 = "马吉克园区已完成25.8公里道路路基、中小企业创业园二期24栋标准厂房和两栋职工周转房建设"
G["qf04"] = dict(
 article=art("乌苏化工园区", "塔城地区网站“走进塔城 / 特色产业 / 工业发展”栏（gzfgjy.com 所存页面；原发单位未名）", "2019-03-05", "day",
  "Prefecture site's industry page, Xinjiang: a county-level city's chemical industrial park — approval, planned areas of its two sections, cumulative infrastructure investment, works done in the western section and the 2017 investment plan",
  "https://gzfgjy.com/zjtc/tscy/gyfz/content_13235",
  "日期取页面“2019-03-05 12:11:20”。页首注入的 HTML 标签行、“您的位置:…”、“点击:[] 打印”“分享到:”已删。存段末段“目前,园区入驻企业104家,…努力构建关联度高、链条”中断，整段删去；正文两段，止于“…配套供排水管网建设工程。”。园区：乌苏化工园区（文中又作“乌苏化工园”；塔城地区乌苏市，新疆）；马吉克园区（“二期西区(马吉克园区)”，parent 乌苏化工园区）；中小企业创业园（在马吉克园区，可选）。无具名企业。项目：2017年马吉克园区基础设施工程（“计划投资7.3亿元”，状态 planned，可选；名称由编者据文意组成）。事实：面积 55.32 / 25.32 / 30 平方公里；累计投入14.7亿元（cumulative）；2017年计划投资7.3亿元（target）；道路路基25.8公里（可选）。",
  "qf04"),
 parks=[
  park(WS, "塔城地区", "新疆", "化工园区", D0, district="乌苏市", aliases=["乌苏化工园"], note="自治区级；又被评为自治区级高新技术产业开发区"),
  park("马吉克园区", "塔城地区", "新疆", "园区", D2, district="乌苏市", parent=WS, aliases=["二期西区"]),
  park("中小企业创业园", "塔城地区", "新疆", "创业园", D5, district="乌苏市", parent="马吉克园区", opt=True),
 ],
 companies=[],
 projects=[
  proj("马吉克园区道路、蒸汽热源、110KV变电站、净水厂、污水厂及配套供排水管网建设工程", "马吉克园区", D4, inv="7.3亿元",
       status="planned", status_text="2017年,计划投资", opt=True, note="园区基础设施工程；“计划投资7.3亿元”"),
 ],
 aggregate_facts=[
  fact(WS, "park", "planned_area_km2", 55.32, "km2", D1, "2019年"),
  fact(WS, "park", "planned_area_east_km2", 25.32, "km2", D1, "2019年", opt=True),
  fact("马吉克园区", "park", "planned_area_km2", 30, "km2", D2, "2019年", opt=True),
  fact(WS, "park", "infrastructure_investment_cny", 1.47e9, "cny", D3, "近年来累计", kind="cumulative", chk=True),
  fact("马吉克园区", "park", "planned_investment_cny", 7.3e8, "cny", D4, "2017年", kind="target", chk=True),
  fact("马吉克园区", "park", "road_subgrade_km", 25.8, "km", D5, "2019年", opt=True),
 ])

# ---------------------------------------------------------------- qf05 轮台工业园区 (工业园网 xj.cnipai 2013)
LT = "轮台工业园区"
E0 = "6日,落户轮台县的首家制造业企业山东光耀浮法玻璃科技有限公司,总投资14亿元的一期工程600吨/日浮法玻璃生产线正式投产运行"
E1 = "吸引了东辰工贸、湖北宜化、天源石化等新型工业化龙头企业到轮台投资兴业,建成东辰18万吨甲醇、祥瑞化工5万吨溶剂油等重点石油石化项目"
E2 = "目前入园落户企业110余家,其中投资上亿元的企业12家,产值过亿元的企业11家"
E3 = "2009年1月被自治区人民政府批准为“自治区级工业园区”"
E4 = "10月10日,记者来到轮台工业园区采访"
G["qf05"] = dict(
 article=art("轮台工业园区建设引领新型工业化", "工业园网（xj.cnipai.com，用户上传；原发媒体未名）", "2013-06-13", "day",
  "Industrial-park portal (user upload), Xinjiang: a county industrial park — a glass maker's first phase (14亿元) in production, leading firms and completed petrochemical projects, firms entered and with investment / output above 100 million",
  "https://xj.cnipai.com/news/detail/22400.html",
  "日期取页面“2013 / 06/13 / 09:49”（上传日期）；文中“6日”“10月10日”无年份，原稿当早于上传日（“2009年1月被…批准”一句为最近的年份），写入不确定点。页首“新疆切换 / 新闻”、日期行与文末免责声明、举报行已删。正文三段，完整。园区：轮台工业园区（巴州轮台县，新疆）。项目：山东光耀浮法玻璃科技有限公司一期工程600吨/日浮法玻璃生产线（总投资14亿元，“正式投产运行”→投产；落户“轮台县”，园区归属由全文语境推断）；东辰18万吨甲醇、祥瑞化工5万吨溶剂油（“建成”→竣工，可选；园区归属推断）。公司：山东光耀（园区，推断）；东辰工贸、湖北宜化、天源石化（“到轮台投资兴业”，园区推断，可选）；祥瑞化工（可选）；中石油、中石化只被提及，不列。事实：入园企业110余家（余）、投资上亿元企业12家、产值过亿元企业11家（截至当时，cumulative）。",
  "qf05"),
 parks=[
  park(LT, "巴音郭楞蒙古自治州", "新疆", "工业园区", E4, district="轮台县", note="2009年1月批准为自治区级工业园区"),
 ],
 companies=[
  comp("山东光耀浮法玻璃科技有限公司", LT, E0, note="“落户轮台县的首家制造业企业”；园区归属由语境推断"),
  comp("东辰工贸", LT, E1, opt=True, note="园区归属推断"),
  comp("湖北宜化", LT, E1, opt=True, note="园区归属推断"),
  comp("天源石化", LT, E1, opt=True, note="园区归属推断"),
  comp("祥瑞化工", LT, E1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("山东光耀浮法玻璃科技有限公司一期工程600吨/日浮法玻璃生产线", LT, E0, companies=["山东光耀浮法玻璃科技有限公司"],
       inv="14亿元", phase="一期", status="投产", status_text="正式投产运行",
       aliases=["一期工程600吨/日浮法玻璃生产线"], note="“总投资14亿元的一期工程”；园区归属推断"),
  proj("东辰18万吨甲醇", LT, E1, companies=["东辰工贸"], status="竣工", status_text="建成", opt=True),
  proj("祥瑞化工5万吨溶剂油", LT, E1, companies=["祥瑞化工"], status="竣工", status_text="建成", opt=True),
 ],
 aggregate_facts=[
  fact(LT, "park", "firms_entered", 110, "count", E2, "2013年6月以前（上传时）", kind="cumulative", qual="余", qtext="余"),
  fact(LT, "park", "firms_investment_above_100m", 12, "count", E2, "2013年6月以前（上传时）", kind="cumulative"),
  fact(LT, "park", "firms_output_above_100m", 11, "count", E2, "2013年6月以前（上传时）", kind="cumulative"),
 ])

# ---------------------------------------------------------------- qf06 中泰化学阜康工业园 (findzd, c. 2013)
FK = "中泰化学阜康工业园"
F0 = "日前,中泰化学阜康工业园一期项目建成答谢暨二期项目签约仪式在阜康能源办公楼一楼会议室隆重举行"
F1 = "中泰化学阜康工业园一期80万吨/年聚氯乙烯树脂、60万吨/年离子膜烧碱、配套2×15万千瓦热电联产项目"
F2 = "再次携手进行二期项目签约,标志着中泰化学投资72亿元的二期项目全面启动"
F3 = "本月底二期项目强夯全部结束,计划于7月完成桩基打桩,8月全面开始土建工作"
F4 = "“十二五”期间将有大量的投资建设中泰化学米东区工业园、中泰化学阜康工业园、中泰化学库尔勒化工工业园、中泰化学奇台工业园、中泰化学西沟工业园五大工业园"
F5 = "是新疆国资委“做大产业、做强企业”的重大战略部署"
G["qf06"] = dict(
 article=art("（无标题）中泰化学阜康工业园一期项目建成答谢暨二期项目签约仪式", "findzd.com（行业资讯站；原发媒体未名）", "2013", "year",
  "Industry news site, Xinjiang: a listed chemical firm's park — phase 1 (PVC, caustic soda, cogeneration) completed, phase 2 (72亿元) signed and started, schedule to 2015; the firm's five parks",
  "https://findzd.com/industry/109173.html",
  "存段无标题、无日期行（title 为编者概括）。年份由文意推定：二期“明年入冬前建成进入安装,2015年入冬前出合格产品”，又称“本月底…计划于7月完成桩基”，当为2013年春夏；写入不确定点。正文四段，完整。园区：中泰化学阜康工业园（昌吉州阜康市，新疆）；另四个中泰化学工业园只被列举（可选）。公司：中泰化学（园区）；阜康能源只为仪式地点（可选，园区推断）。机构：新疆国资委（可选）。项目：一期（聚氯乙烯树脂、烧碱、热电联产；“一期项目建成”→竣工）；二期（“投资72亿元”，签约→签约；“全面启动”、强夯将完，status_alt 在建）。",
  "qf06"),
 parks=[
  park(FK, "昌吉回族自治州", "新疆", "工业园", F0, district="阜康市", note="企业自建工业园（中泰化学）"),
  park("中泰化学米东区工业园", "乌鲁木齐", "新疆", "工业园", F4, district="米东区", opt=True),
  park("中泰化学库尔勒化工工业园", "巴音郭楞蒙古自治州", "新疆", "化工工业园", F4, district="库尔勒市", opt=True),
  park("中泰化学奇台工业园", "昌吉回族自治州", "新疆", "工业园", F4, district="奇台县", opt=True),
  park("中泰化学西沟工业园", None, "新疆", "工业园", F4, opt=True, note="所在地文中未说"),
 ],
 companies=[
  comp("中泰化学", FK, F0),
  comp("阜康能源", FK, F0, opt=True, note="仪式地点“阜康能源办公楼”；园区归属推断"),
 ],
 institutions=[
  inst("新疆国资委", F5),
 ],
 projects=[
  proj("中泰化学阜康工业园一期项目", FK, F0, companies=["中泰化学"], phase="一期", status="竣工", status_text="一期项目建成",
       aliases=[F1], note="一期：80万吨/年聚氯乙烯树脂、60万吨/年离子膜烧碱、配套2×15万千瓦热电联产"),
  proj("中泰化学阜康工业园二期项目", FK, F2, companies=["中泰化学"], inv="72亿元", phase="二期", status="签约",
       status_text="二期项目签约", status_alt="在建", note="“全面启动”；“本月底二期项目强夯全部结束”；计划2015年入冬前出合格产品"),
 ],
 aggregate_facts=[])
