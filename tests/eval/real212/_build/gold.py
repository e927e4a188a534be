# real212 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence); US-dollar amounts stay out of investment_cny (investment_value/currency).
# Growth rates and shares as ratios (66.7% → 0.667). Projects: the park is the one the text places the project in, null if
# none (a county or city is not a park). Status from the text's words (开工 / 动工 → 开工; 投产 → 投产; 签约 → 签约;
# 落户 / 招引 alone → no status; 拟建设 → planned). 年度计划投资 and “力争 / 有望 / 预计” figures are kind target; counts
# “目前 / 今年以来” are cumulative; year-end reviews of a finished year are reported. County figures have subject_type
# region. Sources are `search` (corpus pages) excerpts typed into _raw/pages/tcNN.raw as returned.

# ---------------------------------------------------------------- tc01 涟水经济开发区 2022 review (涟水日报 2023-01-03)
LS = "涟水经济开发区"
LSK = "涟水空港产业园"
A0 = "“一区三园”新签约亿元项目39个,新开工亿元项目36个、新竣工亿元项目13个,项目次第花开"
A1 = "总投资116亿元的全球首个玻璃纤维零碳智能制造基地,总投资130亿元的全球最大、技术领先的N型TOPCon电池生产基地,两大“百亿”项目接踵落户园区"
A2 = "11月28日,总投资130亿元的捷泰新能源高效太阳能电池片项目在涟水空港产业园正式开工"
A3 = "2022年,涟水经济开发区以党的二十大精神为指引"
G["tc01"] = dict(
 article=art("奏响项目攻坚“奋进曲” 书写跨越赶超“新答卷”", "涟水日报（融媒体记者 潘曼），lsrb.lsxw.net.cn 数字报", "2023-01-03", "day",
  "County daily (e-paper), Jiangsu (苏北, 淮安): an economic development zone's 2022 year-end project review — projects signed, started and completed, two 10-billion-yuan projects landed, one started in the zone's airport industrial park",
  "http://lsrb.lsxw.net.cn/Article/index/aid/7274156.html",
  "日期取页面“2023年01月03日”。页面引题“涟水经济开发区”、栏目“内容详情”、署名“■ 融媒体记者 潘 曼”、小标题“● 招大引强筑根基 ●”已删；标题照录主题。存段在“全区累计拜访企业(”处中断，该残句已删，正文止于“…项目招引取得历史性突破。”。园区：涟水经济开发区（淮安市涟水县，江苏；“一区三园”、“申创国家级经开区”→省级）；涟水空港产业园（文中未明说隶属，由“一区三园”“两大‘百亿’项目接踵落户园区”推断为开发区之一园，parent_park 记涟水经济开发区）。项目：全球首个玻璃纤维零碳智能制造基地（116亿元，“落户园区”→无状态）；N型TOPCon电池生产基地即捷泰新能源高效太阳能电池片项目（同为130亿元，11月28日在涟水空港产业园开工）→一个项目，别名记“N型TOPCon电池生产基地”。事实：“一区三园”2022年新签约亿元项目39个、新开工36个、新竣工13个（主语为开发区，reported）。",
  "tc01"),
 parks=[
  park(LS, "淮安", "江苏", "经济开发区", A3, district="涟水县", note="“一区三园”；申创国家级经开区"),
  park(LSK, "淮安", "江苏", "产业园", A2, district="涟水县", parent=LS, note="开发区“一区三园”之一园（由语境推断）"),
 ],
 companies=[
  comp("捷泰新能源", LSK, A2, note="高效太阳能电池片项目投资方（只在项目名中）"),
 ],
 projects=[
  proj("全球首个玻璃纤维零碳智能制造基地", LS, A1, inv="总投资116亿元", note="“百亿”项目，落户园区（无状态）"),
  proj("捷泰新能源高效太阳能电池片项目", LSK, A2, companies=["捷泰新能源"], inv="总投资130亿元", status="开工",
       status_text="正式开工", aliases=["N型TOPCon电池生产基地"], note="即首段“总投资130亿元的…N型TOPCon电池生产基地”"),
 ],
 aggregate_facts=[
  fact(LS, "park", "projects_signed", 39, "count", A0, "2022年", note="“一区三园”新签约亿元项目"),
  fact(LS, "park", "projects_started", 36, "count", A0, "2022年", note="新开工亿元项目"),
  fact(LS, "park", "projects_completed", 13, "count", A0, "2022年", note="新竣工亿元项目"),
 ])

# ---------------------------------------------------------------- tc02 宝应 major projects (扬州日报-扬州网 2026-01-18)
BY = "宝应县经济开发区"
BYR = "宝应"
B0 = "新年伊始,宝应县经济开发区热潮涌动。在江苏锡洲新材料科技有限公司智能化车间里,三条全自动生产线高速运转"
B1 = "共有5个项目被列入省重大项目清单,年度计划投资38亿元,项目数量和投资额同比分别增长66.7%和100%"
B2 = "目前,省重大项目中已有3个开工建设,开工率达60%"
B3 = "此外,宝应共有89个项目被列为市重大项目,年度计划投资170亿元"
B4 = "目前,市重大项目已开工25个,开工率为28%"
B5 = "全年力争新签约亿元以上产业项目超200个"
B6 = "与此同时,东大至善科创产业园、西安交大电力装备研究院、深圳域外创新中心等一批高能级载体正提质增效,力争在一季度推动达成20个以上产学研合作项目"
B7 = "相关部门对2024年以来的255个招商项目开展“回头看”"
AS2 = "2026年"
AS2c = "2026年1月中旬"
G["tc02"] = dict(
 article=art("宝应省市重大项目开工率分别达60%、28%", "扬州日报（通讯员 宝萱 记者 宫鋆煜），载于扬州网 news.yznews.com.cn", "2026-01-18", "day",
  "City daily on its news portal, Jiangsu (苏中, 扬州): a county's major-project start rates at the new year — a firm at work in the county's economic development zone, provincial and municipal major-project counts, planned investment, projects started, signing target, innovation carriers",
  "http://news.yznews.com.cn/2026-01/18/content_7791601.htm",
  "日期取页面“2026年01月 18日 07:56 | 来源: 扬州日报-扬州网”。标题照录；日期来源行、“责任编辑:进展”、热线与版权声明已删。正文四段，完整。园区：宝应县经济开发区（扬州市宝应县，江苏）；东大至善科创产业园（宝应的“高能级载体”，科创产业园，列为园区）。公司：江苏锡洲新材料科技有限公司（开发区内）。西安交大电力装备研究院、深圳域外创新中心为研发/创新机构（可选机构）。其余数字均为宝应县（region）：省重大项目5个、年度计划投资38亿元（target）、同比增长66.7%/100%（可选）；已开工3个、开工率60%；市重大项目89个、年度计划投资170亿元（target）、已开工25个、开工率28%；255个招商项目“回头看”（可选）；全年力争新签约亿元以上产业项目超200个（target，超）；20个以上产学研合作项目、超20场招商推介（可选）。",
  "tc02"),
 parks=[
  park(BY, "扬州", "江苏", "经济开发区", B0, district="宝应县"),
  park("东大至善科创产业园", "扬州", "江苏", "科创产业园", B6, district="宝应县", note="高能级载体；位于宝应（由语境推断）"),
 ],
 companies=[
  comp("江苏锡洲新材料科技有限公司", BY, B0, note="开发区内企业，生产特种绕组线"),
 ],
 institutions=[
  inst("西安交大电力装备研究院", B6, kind="research", note="高能级载体"),
  inst("深圳域外创新中心", B6, kind="research", note="高能级载体"),
 ],
 aggregate_facts=[
  fact(BYR, "region", "provincial_major_projects_listed", 5, "count", B1, AS2),
  fact(BYR, "region", "provincial_major_projects_annual_planned_investment_cny", 3.8e9, "cny", B1, AS2, kind="target"),
  fact(BYR, "region", "provincial_major_projects_count_yoy_growth", 0.667, "ratio", B1, AS2, kind="ratio", opt=True),
  fact(BYR, "region", "provincial_major_projects_investment_yoy_growth", 1.0, "ratio", B1, AS2, kind="ratio", opt=True),
  fact(BYR, "region", "provincial_major_projects_started", 3, "count", B2, AS2c, kind="cumulative"),
  fact(BYR, "region", "provincial_major_projects_start_rate", 0.6, "ratio", B2, AS2c, kind="ratio"),
  fact(BYR, "region", "municipal_major_projects_listed", 89, "count", B3, AS2),
  fact(BYR, "region", "municipal_major_projects_annual_planned_investment_cny", 1.7e10, "cny", B3, AS2, kind="target"),
  fact(BYR, "region", "municipal_major_projects_started", 25, "count", B4, AS2c, kind="cumulative"),
  fact(BYR, "region", "municipal_major_projects_start_rate", 0.28, "ratio", B4, AS2c, kind="ratio"),
  fact(BYR, "region", "projects_signed", 200, "count", B5, "2026年全年（目标）", kind="target", qual="超", qtext="超",
       note="亿元以上产业项目，力争数"),
  fact(BYR, "region", "investment_projects_reviewed", 255, "count", B7, "2024年以来", opt=True),
  fact(BYR, "region", "industry_research_cooperation_projects", 20, "count", B6, "2026年一季度（目标）", kind="target",
       qual="超", qtext="以上", opt=True),
  fact(BYR, "region", "investment_promotion_events", 20, "count", "宝应计划全年举办超20场招商推介活动", "2026年全年（目标）",
       kind="target", qual="超", qtext="超", opt=True),
 ])

# ---------------------------------------------------------------- tc03 泗阳 (我苏网 2021-07-11)
SY = "江苏泗阳经济开发区"
SYR = "泗阳"
YY = "江苏泗阳永益食品有限公司"
C0 = "7月9日,记者走进江苏泗阳经济开发区,一排排厂房的拔地而起"
C1 = "近距离走进江苏泗阳永益食品有限公司,感受到的是一种现代化食品企业的生产模式"
C2 = "该公司由东莞永益食品有限公司投资兴建,计划总投资16亿元,规划建筑面积28万平方米"
C3 = "目前企业有生产线7条,日产量200多吨,吸纳员工就业在200人左右,企业全面投产之后预计年产值是15个亿,税收5000多万"
C4 = "今年一到五月份实现开票销售10.59亿元,同比增长7.49%,占全县工业开票销售比重的5.46%;实现工业纳税10864.04万元"
C5 = "一到五月份,实现开票销售5.49亿元,同比增长101.04%,占全县工业开票销售比重的2.83%;实现工业纳税1980.73万元,同比增长44.82%,占全县工业纳税比重的3.27%"
AS3 = "2021年1–5月"
G["tc03"] = dict(
 article=art("宿迁泗阳:工业经济平稳运行 高质量发展后劲十足", "我苏网（江苏广电总台 news.jstv.com）", "2021-07-11", "day",
  "Provincial broadcaster's news portal, Jiangsu (苏北, 宿迁): a reporter's visit to a county economic development zone — a food firm's plant (planned investment, lines running, expected output and tax) and the county's food and electronics industries' January–May sales and tax figures",
  "http://news.jstv.com/a/20210711/1625986903324.shtml",
  "日期取页面“2021年07月11日 13:10:06 | 来源:我苏网”。标题照录；日期来源行与“字号变大| 字号变小”已删。存段末段（宿迁中利能源集团，一句到“为全球”中断）整段未收，正文止于“…占全县工业纳税比重的3.27%。”，共三段。园区：江苏泗阳经济开发区（宿迁市泗阳县，江苏）。公司：江苏泗阳永益食品有限公司（开发区内，简称永益食品）；东莞永益食品有限公司为投资方（可选，不在园区）。项目：永益食品在泗阳的生产基地（无专名，以企业名作项目名），计划总投资16亿元；已有7条生产线在产、尚未“全面投产”→status 投产、status_alt 在建。事实：企业日产200多吨（可选）、用工约200人（可选）、全面投产后预计年产值15个亿（“15个亿”非“亿元”写法，metric 不带 _cny，value 1.5e9）、税收5000多万（可选，无“元”）；泗阳县食品饮料产业与电子信息产业1–5月开票、增长、占比、纳税（region）。",
  "tc03"),
 parks=[
  park(SY, "宿迁", "江苏", "经济开发区", C0, district="泗阳县"),
 ],
 companies=[
  comp(YY, SY, C1, aliases=["永益食品"], note="开发区内食品企业"),
  comp("东莞永益食品有限公司", None, C2, opt=True, note="投资方，位于东莞"),
 ],
 projects=[
  proj(YY, SY, C2, companies=[YY, "东莞永益食品有限公司"], inv="计划总投资16亿元", status="投产", status_alt="在建",
       status_text="目前企业有生产线7条…企业全面投产之后", aliases=["永益食品"],
       note="以企业名作项目名；部分生产线已投产，尚未全面投产"),
 ],
 aggregate_facts=[
  fact(YY, "company", "production_lines_running", 7, "count", C3, "2021年7月", opt=True),
  fact(YY, "company", "daily_output_tonnes", 200, "tonne", C3, "2021年7月", qual="余", qtext="多", opt=True),
  fact(YY, "company", "employees", 200, "count", C3, "2021年7月", qual="约", qtext="左右", opt=True),
  fact(YY, "company", "expected_annual_output", 1.5e9, "cny", C3, "全面投产后（预计）", kind="target",
       note="“15个亿”"),
  fact(SYR, "region", "food_beverage_invoiced_sales_cny", 1.059e9, "cny", C4, AS3, kind="cumulative"),
  fact(SYR, "region", "food_beverage_invoiced_sales_yoy_growth", 0.0749, "ratio", C4, AS3, kind="ratio", opt=True),
  fact(SYR, "region", "food_beverage_share_of_invoiced_sales", 0.0546, "ratio", C4, AS3, kind="ratio", opt=True),
  fact(SYR, "region", "food_beverage_industrial_tax_cny", 108640400.0, "cny", "实现工业纳税10864.04万元", AS3, kind="cumulative"),
  fact(SYR, "region", "electronics_invoiced_sales_cny", 5.49e8, "cny", C5, AS3, kind="cumulative"),
  fact(SYR, "region", "electronics_invoiced_sales_yoy_growth", 1.0104, "ratio", C5, AS3, kind="ratio", opt=True),
  fact(SYR, "region", "electronics_share_of_invoiced_sales", 0.0283, "ratio", C5, AS3, kind="ratio", opt=True),
  fact(SYR, "region", "electronics_industrial_tax_cny", 19807300.0, "cny", "实现工业纳税1980.73万元", AS3, kind="cumulative"),
  fact(SYR, "region", "electronics_industrial_tax_yoy_growth", 0.4482, "ratio", C5, AS3, kind="ratio", opt=True),
  fact(SYR, "region", "electronics_share_of_industrial_tax", 0.0327, "ratio", C5, AS3, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- tc04 灌云经济开发区 (中国开发区协会网站 2022-02-21)
GY = "灌云经济开发区"
D0 = "春节假期后,灌云经济开发区各企业在做好疫情防控的前提下,铆足干劲"
D1 = "节后上班第一天,紫燕食品生产线上,宰杀清洗好的家禽被从屠宰车间输送到蒸煮车间"
D2 = "灌云经开区管委会副主任杨波介绍"
G["tc04"] = dict(
 article=art("江苏灌云经济开发区新春生产“开门”忙", "江苏灌云经济开发区（来源），载于中国开发区协会网站 cadz.org.cn（省级开发区动态）", "2022-02-21", "day",
  "Trade association's website (中国开发区协会, publisher of 《中国开发区》) relaying a zone's own item, Jiangsu (苏北, 连云港): a provincial-level zone's post-holiday restart — firms back at work, projects under construction, the zone's holiday bonuses for workers, a food firm's line",
  "https://www.cadz.org.cn/index.php/News/info/id/42383.html",
  "日期取页面“来源:江苏灌云经济开发区 发布时间:2022年02月21日 09:17”。标题照录；网站导航、位置栏、来源时间行已删。存段在“产品将”处中断，该残句已删，正文止于“…真空包装车间转移。”，共五段。园区：灌云经济开发区（标题作“江苏灌云经济开发区”，又作“灌云经开区”；连云港市灌云县，江苏；省级开发区动态栏）。公司：紫燕食品（开发区内）。机构：灌云经开区管委会（可选）。文中没有金额或计数；“1月31日至2月6日”只是政策期限，不作事实。",
  "tc04"),
 parks=[
  park(GY, "连云港", "江苏", "经济开发区", D0, district="灌云县", aliases=["江苏灌云经济开发区", "灌云经开区"],
       note="省级开发区"),
 ],
 companies=[
  comp("紫燕食品", GY, D1, note="开发区内食品企业，节后复产"),
 ],
 institutions=[
  inst("灌云经开区管委会", D2, park=GY),
 ],
 aggregate_facts=[])

# ---------------------------------------------------------------- tc05 海安高新区台商产业园 (南通网 via 3news 2022-12-27)
HA = "海安高新区"
HAT = "海安高新区台商产业园"
YJ = "衣金光学科技南通有限公司"
E0 = "昨天,在海安高新区台商产业园,衣金光学科技南通有限公司摄像头滤光片与光学组件项目开工"
E1 = "该项目总投资2.3亿美元,是海安市新材料产业的强链、补链项目"
E2 = "一期租赁海安高新区台商产业园标准厂房,设备投入4亿元人民币,力争8个月内完成生产设备安装并试运行"
E3 = "一、二期项目全部建成后,预计年销售20亿元人民币以上"
E4 = "今年,海安高新区台商产业园完成台资项目招引16个,其中生产型项目5个,有总投资5亿美元的康龙电子、总投资1亿美元的家豪生物、总投资各3000万美元的完颜、楚宏、万富海等3个项目,还有服务贸易型项目10个,餐饮项目1个"
E5 = "助力海安高新区晋升国家级及台商产业园提档升级"
AS5 = "2022年"
G["tc05"] = dict(
 article=art("（无标题）海安高新区台商产业园衣金光学摄像头滤光片与光学组件项目开工", "南通网（通讯员顾华夏 记者赵勇进），载于 focus.3news.cn（焦点快报，行业新闻）",
  "2022-12-27", "day",
  "News aggregator relaying a city news site's item, Jiangsu (苏中, 南通): a foreign-funded (Taiwan) project started in a county-level high-tech zone's Taiwan-business park — investment in US dollars, phase-1 equipment, expected sales — and the park's 16 Taiwan-funded projects of the year with their investments",
  "http://focus.3news.cn/hyxw/2022/1227/813567.html",
  "日期取网址 2022/1227（“昨天”开工→2022-12-26）。存段无标题行（title 为编者概括），图注“(相关资料图)”已删。存段在“仟”处中断，该残句已删，正文止于“…快竣工、快达产。”，共四段。园区：海安高新区（南通市海安市，江苏；省级，文中“助力海安高新区晋升国家级”）；海安高新区台商产业园（高新区内，文中又作“台商产业园”）。项目：衣金光学科技南通有限公司摄像头滤光片与光学组件项目，开工，总投资2.3亿美元（美元，不入 investment_cny）；一期设备投入4亿元人民币、一二期建成后预计年销售20亿元人民币以上（事实）。今年招引的台资项目康龙电子（5亿美元）、家豪生物（1亿美元）、完颜、楚宏、万富海（各3000万美元）→“招引”无状态，园区台商产业园；三家各3000万美元者只给合计写法“总投资各3000万美元”，列为可选项目。事实：台商产业园台资项目招引16个、生产型5个、服务贸易型10个（可选）、餐饮1个（可选）。",
  "tc05"),
 parks=[
  park(HA, "南通", "江苏", "高新区", E0, district="海安市", note="省级；争创国家级"),
  park(HAT, "南通", "江苏", "产业园", E0, district="海安市", parent=HA, aliases=["台商产业园"]),
 ],
 companies=[
  comp(YJ, HAT, E0),
  comp("康龙电子", HAT, E4, note="台资项目"),
  comp("家豪生物", HAT, E4, note="台资项目"),
  comp("完颜", HAT, E4, opt=True, note="台资项目；名称简略"),
  comp("楚宏", HAT, E4, opt=True, note="台资项目；名称简略"),
  comp("万富海", HAT, E4, opt=True, note="台资项目；名称简略"),
 ],
 projects=[
  proj("衣金光学科技南通有限公司摄像头滤光片与光学组件项目", HAT, E1, companies=[YJ], inv="总投资2.3亿美元",
       currency="usd", value=2.3e8, status="开工", status_text="项目开工", note="开工见首句（E0）；总投资以美元计"),
  proj("康龙电子", HAT, E4, companies=["康龙电子"], inv="总投资5亿美元", currency="usd", value=5e8,
       note="台资项目招引（无状态）；以企业名作项目名"),
  proj("家豪生物", HAT, E4, companies=["家豪生物"], inv="总投资1亿美元", currency="usd", value=1e8,
       note="台资项目招引（无状态）；以企业名作项目名"),
  proj("完颜", HAT, E4, companies=["完颜"], inv="总投资各3000万美元", currency="usd", value=3e7, opt=True,
       note="“总投资各3000万美元的完颜、楚宏、万富海等3个项目”"),
  proj("楚宏", HAT, E4, companies=["楚宏"], inv="总投资各3000万美元", currency="usd", value=3e7, opt=True),
  proj("万富海", HAT, E4, companies=["万富海"], inv="总投资各3000万美元", currency="usd", value=3e7, opt=True),
 ],
 aggregate_facts=[
  fact("衣金光学科技南通有限公司摄像头滤光片与光学组件项目", "project", "phase1_equipment_investment_cny", 4e8, "cny", E2,
       "一期（计划）", kind="target", opt=True),
  fact(YJ, "company", "expected_annual_sales_cny", 2e9, "cny", E3, "一、二期建成后（预计）", kind="target", qual="超",
       qtext="以上"),
  fact(HAT, "park", "taiwan_funded_projects_attracted", 16, "count", E4, AS5),
  fact(HAT, "park", "production_projects_attracted", 5, "count", E4, AS5, opt=True),
  fact(HAT, "park", "service_trade_projects_attracted", 10, "count", E4, AS5, opt=True),
 ])

# ---------------------------------------------------------------- tc06 金鹰(如皋)产业园 (南通市侨联网站 2022-05-16)
JY6 = "金鹰(如皋)产业园"
F0 = "5月11日,总投资约410亿元侨资项目——金鹰(如皋)产业园举行开工仪式"
F1 = "此次开工的金鹰(如皋)产业园项目总投资约410亿元,拟建设年产20万吨莱赛尔纤维项目、年产200万吨食品级高档白卡纸项目、热电联产项目、物流园项目等"
F2 = "二季度,如皋市共有15个亿元以上重大项目计划开工建设,总投资184.3亿元"
F3 = "何益军表示,此次开工的金鹰产业园项目是金鹰集团在国内单一城市、单一省份投资最大的综合性项目"
G["tc06"] = dict(
 article=art("总投资约410亿元侨资项目——金鹰(如皋)产业园正式开工", "南通市侨联网站 ntql.org（县市区侨联动态·如皋）", "2022-05-16", "day",
  "Civic organisation's website (a city federation of returned overseas Chinese), Jiangsu (苏中, 南通): groundbreaking of an overseas-Chinese-funded 41-billion-yuan industrial park project in a county-level city, with its planned component projects and the city's Q2 major-project plan",
  "http://ntql.org/newview.asp?id=13294",
  "日期取页面“发布时间:2022/5/16”（开工仪式5月11日）。标题照录；“今天是”、位置栏、发布时间行已删。存段在“始终把项目推进当做自己”处中断，该残句（自“我市将全力提供高效服务”起）已删，正文止于“…爆发点。”，共四段。金鹰(如皋)产业园：文中是一个“侨资项目”（又作“金鹰(如皋)产业园项目”“金鹰产业园项目”），列为项目（开工，约410亿元，park 为空：文中没有它所在的开发区）；因名称为“产业园”，另列为可选园区。其拟建设的莱赛尔纤维、白卡纸、热电联产、物流园四项列为可选项目（planned，park 金鹰(如皋)产业园）。公司：金鹰集团（投资方）。事实：如皋市二季度计划开工亿元以上重大项目15个、总投资184.3亿元（region，target）。",
  "tc06"),
 parks=[
  park(JY6, "南通", "江苏", "产业园", F0, district="如皋市", opt=True, note="本身是一个侨资项目；名称为产业园"),
 ],
 companies=[
  comp("金鹰集团", JY6, F3, note="金鹰(如皋)产业园项目投资方"),
 ],
 projects=[
  proj(JY6, None, F1, companies=["金鹰集团"], inv="总投资约410亿元", qual="约", qual_text="约", status="开工",
       status_text="举行开工仪式", aliases=["金鹰产业园"], note="侨资项目；如皋市（县级市）无园区名"),
  proj("年产20万吨莱赛尔纤维项目", JY6, F1, companies=["金鹰集团"], status="planned", status_text="拟建设", opt=True),
  proj("年产200万吨食品级高档白卡纸项目", JY6, F1, companies=["金鹰集团"], status="planned", status_text="拟建设", opt=True),
  proj("热电联产项目", JY6, F1, status="planned", status_text="拟建设", opt=True),
  proj("物流园项目", JY6, F1, status="planned", status_text="拟建设", opt=True),
 ],
 aggregate_facts=[
  fact("如皋", "region", "major_projects_planned_to_start", 15, "count", F2, "2022年二季度（计划）", kind="target",
       note="亿元以上重大项目"),
  fact("如皋", "region", "major_projects_planned_investment_cny", 1.843e10, "cny", F2, "2022年二季度（计划）", kind="target"),
 ])

# ---------------------------------------------------------------- tc07 江苏射阳经济开发区 “双十” (bidcenter relay, 2024-02)
SH = "江苏射阳经济开发区"
H0 = "2月4日,江苏射阳经济开发区“双十”项目集中签约及开工活动成功举行"
H1 = "共集中签约13个产业链项目,开工10个重点项目,总投资96.7亿元"
H2 = "尤其是百亿级比亚迪动力电池项目一期投产、二期开工,实现历史性突破"
H3 = "2023年园区规上工业开票有望跃上300亿元新台阶"
G["tc07"] = dict(
 article=art("“双十”项目集中签约开工江苏射阳经济开发区吹响奋进冲锋号角", "采招网 m.bidcenter.com.cn（资讯，原出处未注明）", "2024-02", "month",
  "Tender-information portal relaying a zone's item, Jiangsu (苏北, 盐城): a county economic development zone's joint signing and groundbreaking (13 signed, 10 started, total investment), its leading battery project's phases, the year's expected industrial invoiced sales",
  "https://m.bidcenter.com.cn/newsrili-1-214181425.html",
  "存段无日期行。活动“2月4日”，文中“2023年园区规上工业开票有望跃上300亿元”（预计口吻）与“新年伊始”→2024年2月4日或稍后发布，published 记 2024-02（推断，precision month）。标题照录（页面重复一行，删其一）；“标签: 开发区”等页脚已删。正文四段，完整。园区：江苏射阳经济开发区（又作“射阳经开区”；盐城市射阳县，江苏）。项目：比亚迪动力电池项目（“百亿级”为量级，不作投资额；一期投产、二期开工→status 投产、status_alt 开工）。签约13个、开工10个的项目未具名。事实：开发区本次签约13个、开工10个、合计总投资96.7亿元；2023年规上工业开票有望300亿元（target）。",
  "tc07"),
 parks=[
  park(SH, "盐城", "江苏", "经济开发区", H0, district="射阳县", aliases=["射阳经开区"]),
 ],
 companies=[
  comp("比亚迪", SH, H2, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("比亚迪动力电池项目", SH, H2, companies=["比亚迪"], status="投产", status_alt="开工", status_text="一期投产、二期开工",
       note="百亿级（量级，不作投资额）；一期投产、二期开工"),
 ],
 aggregate_facts=[
  fact(SH, "park", "projects_signed", 13, "count", H1, "2024-02-04（集中签约）", note="产业链项目"),
  fact(SH, "park", "projects_started", 10, "count", H1, "2024-02-04（集中开工）", note="重点项目"),
  fact(SH, "park", "event_projects_total_investment_cny", 9.67e9, "cny", H1, "2024-02-04（签约及开工项目合计）"),
  fact(SH, "park", "industrial_invoiced_sales_cny", 3e10, "cny", H3, "2023年（预计）", kind="target", note="规上工业开票，“有望跃上”"),
 ])
