# real84 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (xb06 is traditional script as published by 香港商报网; the other six are
# simplified as published; nothing converted); names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多/餘 → 余,
# 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence;
# chk=True asserts it); an amount written “3000多万元” is not digits+万元, so its fact gets a metric without “_cny” (unit cny,
# qualifier 余), as earlier sets did. Growth rates and shares as ratios. Projects: the park is the one the text places the
# project in, null if none (a county-level city, district or town is not a park). Status from the text's words (开工 / 集中
# 开复工 → 开工; 正在施工 / 正在建设 → 在建; 签约 → 签约; 洽谈推进 / 新集聚 → no status). “预计 / 拟 / 建成后” figures are kind
# target; year-to-date counts (“今年以来”, “截至目前”) are cumulative. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/xbNN.raw as returned.

# ---------------------------------------------------------------- xb01 宾西经济技术开发区 (哈尔滨 宾县, 2023)
BX = "宾西经济技术开发区"
P0 = "国家级宾西经济技术开发区正抢抓工期,引项目、抓工期、忙生产,着力构建新发展格局"
P1 = "当前,总投资65.2亿元的19个产业项目正如火如荼建设"
P2 = ("记者走进开发区内的哈尔滨翼龙工业气体有限公司年产30万瓶氧气充装项目建设现场,工人们正在紧张施工。“现在综合办公楼主体工程已完成,"
      "充装及气瓶检测车间已封顶,地下消防蓄水池封顶,丙烷充装、机泵间主体完成,丙烷埋地罐区地下施工完成。”公司法人蒋力宾向记者介绍,项目投资8500万元")
P3 = "在哈尔滨霈泽材料科技有限公司热喷涂陶瓷粉末材料项目建设现场,工人们正在粉刷科研楼外墙"
P4 = "总投资6.47亿元的北大荒垦丰种业股份有限公司宾西新区总部基地(二期)项目也在快速建设"
YL = "哈尔滨翼龙工业气体有限公司年产30万瓶氧气充装项目"
PZ = "哈尔滨霈泽材料科技有限公司热喷涂陶瓷粉末材料项目"
KF = "北大荒垦丰种业股份有限公司宾西新区总部基地(二期)项目"
AS1 = "2023年8月"
G["xb01"] = dict(
 article=art("产业项目建设持续加速 宾西经济开发区打造县域经济主引擎", "城市日报稿（“本报记者 白云峰”，报名存段未示），经腾讯网转载，载于 drive.dizo.com.cn", "2023-08-01", "day",
  "City-paper feature relayed by a portal and an aggregator, Heilongjiang: a county's national economic and technological development zone in midsummer — 19 industrial projects under construction with their total, three named firms' projects with progress, investment, site area and expected sales or output",
  "http://drive.dizo.com.cn/tiyu/2023/0801/100074496.html",
  "日期取页面“时间:2023-08-01 22:35:06”（转载时间；原刊日不详，应同日或稍早）。标题照录；“来源:腾讯网”“时间…”两行、图片说明四行（“宾西经济技术开发区全景图。”“(资料图)”“项目建设现场。”“宾县长青生物质能源有限公司。”）与署名行“□文/摄 刘婧婧 徐晶 李晓维 本报记者 白云峰”已删；小标题“产业项目建设酣 培育建强“主力军””保留为一段。存段在末句“此外,正在热火朝天建设的大项目还有总投资7.2亿元的哈尔滨建设发展集团”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…安排劳动就业约300人。”，共五段。园区：宾西经济技术开发区（国家级；标题作“宾西经济开发区”；哈尔滨市宾县，黑龙江；文中又作“开发区”）。“宾西新区”只在项目名中，不列园区。公司与项目：哈尔滨翼龙工业气体有限公司年产30万瓶氧气充装项目（“开发区内”，正在紧张施工→在建，投资8500万元）；哈尔滨霈泽材料科技有限公司热喷涂陶瓷粉末材料项目（二期厂房钢结构完成→在建；园区由上下文推定）；北大荒垦丰种业股份有限公司宾西新区总部基地(二期)项目（“也在快速建设”→在建，总投资6.47亿元）。图片说明中的“宾县长青生物质能源有限公司”已随图片说明删去，不列。事实：园区在建产业项目19个、总投资65.2亿元；各项目占地与达产后预期（target）。",
  "xb01"),
 parks=[
  park(BX, "哈尔滨", "黑龙江", "国家级经济技术开发区", P0, district="宾县", aliases=["宾西经济开发区"], note="标题作“宾西经济开发区”；文中又作“开发区”"),
 ],
 companies=[
  comp("哈尔滨翼龙工业气体有限公司", BX, "记者走进开发区内的哈尔滨翼龙工业气体有限公司年产30万瓶氧气充装项目建设现场"),
  comp("哈尔滨霈泽材料科技有限公司", BX, P3, note="园区由上下文推定（开发区在建项目之一）"),
  comp("北大荒垦丰种业股份有限公司", BX, P4, note="宾西新区总部基地(二期)项目；园区由上下文推定"),
 ],
 projects=[
  proj(YL, BX, P2, companies=["哈尔滨翼龙工业气体有限公司"], inv="项目投资8500万元", status="在建", status_text="正在紧张施工",
       note="综合办公楼主体完成、车间封顶；10月达产（预期）"),
  proj(PZ, BX, P3 + "。“目前项目二期的厂房钢结构框架已完成,正打内墙板。”", companies=["哈尔滨霈泽材料科技有限公司"], status="在建",
       status_text="项目建设现场…项目二期的厂房钢结构框架已完成", note="正建二期；无投资额"),
  proj(KF, BX, P4, companies=["北大荒垦丰种业股份有限公司"], inv="总投资6.47亿元", phase="二期", status="在建", status_text="也在快速建设",
       note="组培中心主体封顶，2个智能温室钢结构主体完工"),
 ],
 aggregate_facts=[
  fact(BX, "park", "projects_under_construction", 19, "count", P1, AS1, note="产业项目"),
  fact(BX, "park", "projects_under_construction_investment_cny", 6.52e9, "cny", P1, AS1, chk=True),
  fact(YL, "project", "site_area_m2", 2e4, "m2", "项目投资8500万元,占地面积2万平方米", AS1, opt=True),
  fact(YL, "project", "expected_annual_sales", 3e7, "cny", "10月项目达产后预计可实现年销售收入3000多万元", "达产后（预期，2023年10月起）",
       kind="target", qual="余", qtext="多", note="“3000多万元”，金额非“数字+万元”形式，metric 不带 _cny"),
  fact(PZ, "project", "site_area_m2", 8000, "m2", "项目占地面积8000平方米", AS1, opt=True),
  fact(PZ, "project", "expected_annual_output_cny", 1.5e8, "cny", "项目二期建成后,年产值可在一期基础上翻一倍,产值达1.5亿元", "二期建成后（预期）",
       kind="target", chk=True),
  fact(KF, "project", "site_area_m2", 1.07e5, "m2", "项目规划用地面积10.7万平方米", AS1, opt=True, note="规划用地"),
  fact(KF, "project", "expected_annual_capacity_t", 4.5e4, "t", "项目建成后,年产4.5万吨成品杂交玉米种子", "建成后（预期）", kind="target", opt=True),
  fact(KF, "project", "expected_annual_sales_cny", 2.25e9, "cny", "预计年实现销售收入22.5亿元,安排劳动就业约300人", "建成后（预期）", kind="target", chk=True),
  fact(KF, "project", "expected_jobs", 300, "count", "安排劳动就业约300人", "建成后（预期）", kind="target", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- xb02 穆棱市 61个重点项目集中开复工 (中国经济与法 2023)
MLG = "穆棱高新区"
MLK = "穆棱经济开发区"
Q0 = "4月7日上午,全省2023年高质量发展重点项目集中开工仪式牡丹江·穆棱市分会场活动在穆棱高新区科创中心举行"
Q1 = "此次集中开复工项目61个,总投资84亿元,年度投资42.1亿元"
Q2 = "广东瑞星高科空气源热泵东北地区生产基地落户在穆棱经济开发区高新技术产业园。项目总投资3亿元"
Q3 = "此次开工的新东茂亚麻项目总投资6亿元,建设2.5万锭亚麻纺纱项目"
RX = "广东瑞星高科空气源热泵东北地区生产基地项目"
AS2 = "2023年4月7日（集中开复工）"
G["xb02"] = dict(
 article=art("总投资84亿元,黑龙江穆棱市61个重点项目集中开复工", "中国经济与法（zgjjyf.com，“本网讯”，王森峰/杜坤；作者杜坤，编辑许辉）", "2023-04-10", "day",
  "National legal-economic news site's local item, Heilongjiang: a county-level city's sub-venue of the province's spring groundbreaking held in its high-tech zone — 61 projects started or resumed with total and annual investment, provincial key projects, two named projects with investment, one placed in the economic development zone's high-tech industrial park",
  "http://www.zgjjyf.com/guanzhuminsheng/2023-04-10/6732.html",
  "日期取页面“发布时间:2023-04-10”（仪式在4月7日）。标题照录；站点菜单、位置行与“发布时间…来源…作者…编辑”行已删。存段在末句“项目建成后,将成为我国北方地区生产规模最大的”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…10月末试生产。”，共四段。“调式设备”原文如此。园区：穆棱高新区（仪式所在地“穆棱高新区科创中心”；牡丹江市代管穆棱市，黑龙江）；穆棱经济开发区及其“高新技术产业园”（后者名称泛，列可选园区，母园区穆棱经济开发区；与穆棱高新区是否同一，文中未说）。项目：广东瑞星高科空气源热泵东北地区生产基地项目（落户穆棱经济开发区高新技术产业园，总投资3亿元；项目负责人在集中开工仪式上作企业代表发言，推定为此次集中开复工项目之一→开工）；新东茂亚麻项目（“此次开工”，总投资6亿元，建设2.5万锭亚麻纺纱项目，6月竣工、10月末试生产为计划；园区未说→null）。公司：广东瑞星高科、新东茂亚麻只在项目名中，列可选。事实：穆棱市集中开复工61个、总投资84亿元、年度投资42.1亿元（计划，target）、开工省重点项目12个。",
  "xb02"),
 parks=[
  park(MLG, "牡丹江", "黑龙江", "高新区", Q0, district="穆棱市", note="集中开工仪式分会场所在地（穆棱高新区科创中心）"),
  park(MLK, "牡丹江", "黑龙江", "经济开发区", Q2, district="穆棱市"),
  park("高新技术产业园", "牡丹江", "黑龙江", "产业园", Q2, district="穆棱市", parent=MLK, opt=True,
       note="文中作“穆棱经济开发区高新技术产业园”；名称泛称；是否即穆棱高新区，文中未说"),
 ],
 companies=[
  comp("广东瑞星高科", MLK, Q2, opt=True, note="只在项目名中"),
  comp("新东茂亚麻", None, Q3, opt=True, note="只在项目名中；园区未说"),
 ],
 projects=[
  proj(RX, MLK, "活动现场,广东瑞星高科空气源热泵东北地区生产基地项目负责人李超表示。据悉,广东瑞星高科空气源热泵东北地区生产基地落户在穆棱经济开发区高新技术产业园。项目总投资3亿元",
       companies=["广东瑞星高科"], inv="项目总投资3亿元", status="开工", status_text="集中开复工（推定：项目负责人作为企业代表在仪式上发言）",
       aliases=["广东瑞星高科空气源热泵东北地区生产基地"], note="落户穆棱经济开发区高新技术产业园；开工或复工文中未分"),
  proj("新东茂亚麻项目", None, Q3, companies=["新东茂亚麻"], inv="总投资6亿元", status="开工", status_text="此次开工",
       note="建设2.5万锭亚麻纺纱项目；计划6月竣工、10月末试生产"),
 ],
 aggregate_facts=[
  fact("穆棱市", "region", "projects_started_or_resumed", 61, "count", Q1, AS2),
  fact("穆棱市", "region", "projects_started_or_resumed_investment_cny", 8.4e9, "cny", "总投资84亿元,年度投资42.1亿元", AS2, chk=True),
  fact("穆棱市", "region", "planned_annual_investment_cny", 4.21e9, "cny", "年度投资42.1亿元", "2023年（计划）", kind="target", chk=True),
  fact("穆棱市", "region", "provincial_key_projects_started", 12, "count", "其中,开工的省重点项目达12个,较去年同期翻了一倍以上", AS2),
  fact("新东茂亚麻项目", "project", "spindles", 2.5e4, "count", Q3, "建成后（计划）", kind="target", opt=True, note="2.5万锭"),
 ])

# ---------------------------------------------------------------- xb03 长春市朝阳区 项目建设 (新华财经 2022)
CY = "朝阳经济开发区"
R1 = "今年以来,全区5000万元以上项目已开复工54个,开复工率达108%,其中,新建项目开工 22个,续建项目复工 32个"
R2 = "其中,东北亚国际博览中心总投资达400亿元、中法智能产业园总投资52亿元、吴中府总投资50亿元、广东宝能中心总投资30亿元等重大项目已陆续开工建设"
R3 = "今年朝阳开发区建设项目20个、占全区40%,总投资155亿元,占全区28.3%"
R4 = "长春富晟博纳汽车科技有限公司智能网联轻量化汽车饰件工厂项目位于长春市朝阳经济开发区,项目建设规模约1.7万平方米,已于2021年8月开工,预计今年9月末完工,整体项目投资近2.3亿元"
FS = "长春富晟博纳汽车科技有限公司智能网联轻量化汽车饰件工厂项目"
AS3 = "2022年（截至9月27日）"
G["xb03"] = dict(
 article=art("长春市朝阳区:抓牢项目建设“生命线” 赋能经济高质量发展", "新华财经（cnfin.com，“笔者”走访；存段无署名）", "2022-09-29", "day",
  "National financial news portal's local item, Jilin: a provincial capital's urban district — projects started or resumed this year, four named major projects started with investment, fixed-asset investment, the district's economic development zone's project count and investment with shares, a named firm's plant in the zone",
  "https://www.cnfin.com/qy-lb/detail/20220929/3718934_1.html",
  "日期取页面“新华财经|2022年09月29日”（走访在9月27日）。标题照录；栏目行“首页 > 企业 > 正文”、日期行与“阅读量:”已删。首段为导语，与第二段后半句重复，照录。存段在末句“该项目以智能化、信息化、轻量”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…整体项目投资近2.3亿元。”，共四段。“新建项目开工 22个,续建项目复工 32个”数字前有空格，原文如此。园区：朝阳经济开发区（文中作“长春市朝阳经济开发区”“朝阳开发区”“开发区”；长春市朝阳区，吉林）。项目：东北亚国际博览中心（400亿元）、中法智能产业园（52亿元）、吴中府（50亿元）、广东宝能中心（30亿元）“已陆续开工建设”→开工，园区文中未说（朝阳区）→null；中法智能产业园按项目记，不另列园区。长春富晟博纳汽车科技有限公司智能网联轻量化汽车饰件工厂项目：位于朝阳经济开发区，2021年8月开工、预计2022年9月末完工→在建，投资“近2.3亿元”→约。事实：朝阳区今年以来5000万元以上项目开复工54个、开复工率108%、新开工22个、续建复工32个（cumulative）；1–8月固定资产投资74.7亿元、增长2%；朝阳开发区今年建设项目20个、总投资155亿元及占全区比重。",
  "xb03"),
 parks=[
  park(CY, "长春", "吉林", "经济开发区", R4, district="朝阳区", aliases=["朝阳开发区"], note="文中作“长春市朝阳经济开发区”“朝阳开发区”“开发区”"),
 ],
 companies=[
  comp("长春富晟博纳汽车科技有限公司", CY, R4),
 ],
 institutions=[
  inst("长春市朝阳区发展和改革局", "长春市朝阳区发展和改革局局长张代军表示"),
 ],
 projects=[
  proj("东北亚国际博览中心", None, R2, inv="总投资达400亿元", status="开工", status_text="已陆续开工建设", note="朝阳区重大项目；园区未说"),
  proj("中法智能产业园", None, R2, inv="总投资52亿元", status="开工", status_text="已陆续开工建设", note="朝阳区重大项目；园区未说"),
  proj("吴中府", None, R2, inv="吴中府总投资50亿元", status="开工", status_text="已陆续开工建设", note="朝阳区重大项目；园区未说"),
  proj("广东宝能中心", None, R2, inv="广东宝能中心总投资30亿元", status="开工", status_text="已陆续开工建设", note="朝阳区重大项目；园区未说"),
  proj(FS, CY, R4, companies=["长春富晟博纳汽车科技有限公司"], inv="整体项目投资近2.3亿元", qual="约", qual_text="近", status="在建",
       status_text="已于2021年8月开工,预计今年9月末完工", note="2021年8月开工；预计2022年9月末完工"),
 ],
 aggregate_facts=[
  fact("朝阳区", "region", "projects_started_or_resumed", 54, "count", R1, AS3, kind="cumulative", note="5000万元以上项目"),
  fact("朝阳区", "region", "start_rate", 1.08, "ratio", R1, AS3, kind="ratio"),
  fact("朝阳区", "region", "new_projects_started", 22, "count", R1, AS3, kind="cumulative"),
  fact("朝阳区", "region", "continuing_projects_resumed", 32, "count", R1, AS3, kind="cumulative"),
  fact("朝阳区", "region", "fixed_asset_investment_cny", 7.47e9, "cny", "1-8月份,全区上报固定资产投资74.7亿元,同比增长2%", "2022年1–8月", kind="cumulative", chk=True),
  fact("朝阳区", "region", "fixed_asset_investment_yoy_growth", 0.02, "ratio", "1-8月份,全区上报固定资产投资74.7亿元,同比增长2%", "2022年1–8月", kind="ratio"),
  fact(CY, "park", "projects_under_construction", 20, "count", R3, "2022年", note="“建设项目20个”"),
  fact(CY, "park", "projects_share_of_district", 0.40, "ratio", R3, "2022年", kind="ratio", opt=True),
  fact(CY, "park", "projects_investment_cny", 1.55e10, "cny", "总投资155亿元,占全区28.3%", "2022年", chk=True),
  fact(CY, "park", "projects_investment_share_of_district", 0.283, "ratio", "总投资155亿元,占全区28.3%", "2022年", kind="ratio", opt=True),
  fact(FS, "project", "floor_area_m2", 1.7e4, "m2", "项目建设规模约1.7万平方米", "2022年", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- xb04 蛟河市 12个项目集中签约 (消费日报电子版 2020)
JH = "蛟河经济开发区"
BS = "北部石材园区"
S0 = "仪式上,蛟河市与12户企业顺利签约,合同引资额93.8亿元"
S1 = "截至目前,全市新签约招商引资项目达17个"
S2 = "航空经济区项目,由瞻望世纪航空蛟河有限公司总投资60亿元,拟建设于蛟河经济开发区"
S3 = "以机场为基础,依照“两区三园”的设计理念建设航空产业园,并配套建设相应的附属设施,拟占地5500亩"
ZW = "瞻望世纪航空蛟河有限公司"
AS4 = "2020年4月28日（集中签约）"
SG = dict(status="签约", status_text="集中签约")
G["xb04"] = dict(
 article=art("（无标题）蛟河市12个招商引资项目集中签约 合同引资额93.8亿元", "dzb.xfrb.com.cn 报纸电子版（“本报讯”，记者 王春宝、董建伟、马婧；报名存段未示，xfrb.com.cn 为消费日报的域名）", "2020-05-12", "day",
  "Newspaper e-edition item, Jilin: a county-level city's signing of 12 investment projects with the contract total, all 12 named with amounts by sector (three in a stone-industry park), the largest — an aviation economic zone — placed in the city's economic development zone with its developer, site and phases, and the year's signings to date",
  "http://dzb.xfrb.com.cn/Html/2020-05-12/28872.html",
  "日期取网址 Html/2020-05-12（签约在4月28日）。存段无标题、无日期行（title 为编者概括）。署名“(记者 王春宝 口 董建伟 马婧)”中的“口”原文如此，照录。存段在末句“瞻望世纪航空集团有限公司东北区”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…近期在办理土地摘牌等项目前期手续。”，共五段。园区：蛟河经济开发区（吉林市代管蛟河市，吉林）；北部石材园区（三个项目名中的园区，蛟河市）；“航空产业园”为航空经济区项目拟建的园区，列可选。项目：12个签约项目全部点名并有金额（签约，status 签约）：航空经济区项目（瞻望世纪航空蛟河有限公司，总投资60亿元，拟建于蛟河经济开发区，拟占地5500亩，分三期，建设周期6–8年；已在开发区初步确定300亩地块）；北部石材园区铁路物流园建设项目、北部石材园区汇源高端石材加工项目、北部石材园区石材雕刻和异型石项目（园区记北部石材园区）；其余八个园区未说→null。“0.5亿元”“0.7亿元”按亿元计。事实：蛟河市签约12个、合同引资额93.8亿元；截至目前新签约17个（cumulative）。",
  "xb04"),
 parks=[
  park(JH, "吉林", "吉林", "经济开发区", S2, district="蛟河市"),
  park(BS, "吉林", "吉林", "园区（石材）", "3亿元的北部石材园区铁路物流园建设项目", district="蛟河市", note="只在三个项目名中"),
  park("航空产业园", "吉林", "吉林", "产业园（拟建）", S3, district="蛟河市", parent=JH, opt=True, note="航空经济区项目拟建的产业园"),
 ],
 companies=[
  comp(ZW, JH, S2, note="航空经济区项目投资方；企业已注册，在开发区初步确定300亩地块"),
 ],
 projects=[
  proj("航空经济区项目", JH, S2, companies=[ZW], inv="总投资60亿元", **SG, note="数额最大；拟占地5500亩，分三期，建设周期6年—8年"),
  proj("中俄滨海2号通道铁路能源基地项目", None, "3.2亿元的中俄滨海2号通道铁路能源基地项目", inv="3.2亿元", **SG, note="旅游商贸类"),
  proj("北部石材园区铁路物流园建设项目", BS, "3亿元的北部石材园区铁路物流园建设项目", inv="3亿元", **SG, note="旅游商贸类"),
  proj("200MW分散式风力发电项目", None, "17亿元的200MW分散式风力发电项目", inv="17亿元", **SG, note="新能源新材料类"),
  proj("新安屯铜钼矿开采项目", None, "3亿元的新安屯铜钼矿开采项目", inv="3亿元", **SG, note="新能源新材料类"),
  proj("北部石材园区汇源高端石材加工项目", BS, "1.6亿元的北部石材园区汇源高端石材加工项目", inv="1.6亿元", **SG, note="新能源新材料类"),
  proj("永晟石材矿山综合开发利用项目", None, "1.5亿元的永晟石材矿山综合开发利用项目", inv="1.5亿元", **SG, note="新能源新材料类"),
  proj("北部石材园区石材雕刻和异型石项目", BS, "0.7亿元的北部石材园区石材雕刻和异型石项目", inv="0.7亿元", **SG, note="新能源新材料类"),
  proj("食用菌液体菌种生产项目", None, "1.6亿元的食用菌液体菌种生产项目", inv="1.6亿元", **SG, note="长白山特产加工类"),
  proj("医疗器械生产项目", None, "0.5亿元的医疗器械生产项目", inv="0.5亿元", **SG, note="医药健康类"),
  proj("特药食品生产项目", None, "0.5亿元的特药食品生产项目", inv="0.5亿元", **SG, note="医药健康类"),
  proj("新健医养结合项目", None, "1.2亿元新健医养结合项目", inv="1.2亿元", **SG, note="医药健康类"),
 ],
 aggregate_facts=[
  fact("蛟河市", "region", "projects_signed", 12, "count", S0, AS4, note="与12户企业签约"),
  fact("蛟河市", "region", "signed_investment_cny", 9.38e9, "cny", "合同引资额93.8亿元", AS4, chk=True),
  fact("蛟河市", "region", "projects_signed", 17, "count", S1, "2020年（截至4月28日）", kind="cumulative", note="新签约招商引资项目"),
  fact("航空经济区项目", "project", "site_area_mu", 5500, "mu", S3, "规划（拟占地）", kind="target", opt=True),
  fact("航空经济区项目", "project", "initial_plot_mu", 300, "mu", "在蛟河经济开发区初步确定了300亩地块", "2020年5月", opt=True),
 ])

# ---------------------------------------------------------------- xb05 白城工业园区重大产业项目集中签约 (zxyzs 2017)
BC = "白城工业园区"
T0 = "近日,白城工业园区党工委、管委会举行吉林白城工业园区重大产业项目签约仪式"
T1 = ("签约仪式前,庞庆波详细询问和听取了白城市“双创中心”、北京建龙重工集团有限公司吉林白城绿色铸锻产业园(汽车零部件制造基地)、"
      "宁波华顺太阳能实业有限公司分布式光伏电站、太阳能组件及相关配套项目等签约项目企业有关负责人关于项目开工时间、发展前景、投资规模等情况的介绍")
T2 = "此次共有13个新项目集中签约,计划总投资105亿元,产出能力超过300亿元"
AS5 = "2017年（集中签约）"
G["xb05"] = dict(
 article=art("白城工业园区重大产业项目集中签约", "中国选址招商网（zxyzs.com“吉林·新闻”栏；原发媒体与署名未注明）", "2017", "year",
  "Investment-promotion portal relaying a local item, Jilin: a city's industrial park signs 13 new projects — total planned investment and expected output capacity, three named signed projects (two by named firms), officials attending",
  "http://zxyzs.com/jilin/news/2017/149595.html",
  "日期只知到年（网址 /2017/；文中只说“近日”）。标题照录；站点菜单已删。存段末段“据了解,年初以来,白城工业园区党工委、管委会紧紧围绕…特别是始终不渝地狠”为一长句，在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…部分企业负责同志参加签约仪式。”，共八段。园区：白城工业园区（文中又作“吉林白城工业园区”“园区”；白城市，吉林）；查干浩特旅游经济开发区只在出席名单中，列可选；“经开区”“生态新区”泛称，不列。项目（均为签约项目，status 签约）：白城市“双创中心”；吉林白城绿色铸锻产业园(汽车零部件制造基地)（北京建龙重工集团有限公司）；分布式光伏电站、太阳能组件及相关配套项目（宁波华顺太阳能实业有限公司）；无单项金额；均按签约入园记园区白城工业园区。“吉林白城绿色铸锻产业园”是项目名，不另列园区。事实：13个新项目签约、计划总投资105亿元、产出能力超过300亿元（target，超）。市领导不列。",
  "xb05"),
 parks=[
  park(BC, "白城", "吉林", "工业园区", T0, aliases=["吉林白城工业园区"], note="文中又作“园区”"),
  park("查干浩特旅游经济开发区", "白城", "吉林", "旅游经济开发区", "各县、经开区、查干浩特旅游经济开发区、生态新区党委和政府主要领导", opt=True,
       note="只在出席名单中"),
 ],
 companies=[
  comp("北京建龙重工集团有限公司", BC, T1, note="吉林白城绿色铸锻产业园(汽车零部件制造基地)签约企业"),
  comp("宁波华顺太阳能实业有限公司", BC, T1, note="分布式光伏电站、太阳能组件及相关配套项目签约企业"),
 ],
 institutions=[
  inst("白城工业园区管委会", "白城工业园区管委会相关负责人介绍了签约项目情况", park=BC),
 ],
 projects=[
  proj("白城市“双创中心”", BC, T1, status="签约", status_text="签约项目", aliases=["双创中心"], note="无金额"),
  proj("吉林白城绿色铸锻产业园(汽车零部件制造基地)", BC, T1, companies=["北京建龙重工集团有限公司"], status="签约", status_text="签约项目",
       aliases=["吉林白城绿色铸锻产业园"], note="无金额；项目名含“产业园”，不另列园区"),
  proj("分布式光伏电站、太阳能组件及相关配套项目", BC, T1, companies=["宁波华顺太阳能实业有限公司"], status="签约", status_text="签约项目",
       note="无金额"),
 ],
 aggregate_facts=[
  fact(BC, "park", "projects_signed", 13, "count", T2, AS5),
  fact(BC, "park", "signed_investment_cny", 1.05e10, "cny", "计划总投资105亿元,产出能力超过300亿元", AS5, chk=True),
  fact(BC, "park", "expected_output_capacity_cny", 3e10, "cny", "产出能力超过300亿元", "签约项目建成后（预期）", kind="target", qual="超", qtext="超过", chk=True),
 ])

# ---------------------------------------------------------------- xb06 遼寧凌源經開區 (香港商报网 2020, traditional as published)
LY = "凌源經濟開發區"
W0 = ("11月12日,記者在遼寧朝陽凌源經濟開發區了解到,朝陽凌源經濟開發區目前共有包括凌鋼集團、遼寧煒盛、致遠物流、三沅環保科技等在內的150餘家重點企業,"
      "其中規上企業21家,上市公司2家")
W1 = "世界500強中國航天科技、中國企業500強一汽集團等已入駐開發區"
W2 = "2019年,規模以上工業產值221.35億元、增加值44.27億元,經濟發展指標位居遼寧74個省級開發區第3位"
W3 = ("其中,鋼鐵冶金產業集群,初步形成了以凌鋼集團為龍頭,依託鋼鐵循環配套產業園、三沅環保科技產業園、工業物流園,"
      "新集聚了旭陽焦炭、三沅環保科技、致遠金融物流等一批重點產配套項目")
AS6 = "2020年11月"
G["xb06"] = dict(
 article=art("遼寧凌源經開區成工業發展的「主陣地」", "香港商报网（hkcd.com，辽宁频道“特别报道”；记者署名存段未示）", "2020-11-13", "day",
  "Hong Kong newspaper's website, Liaoning channel (traditional script as published): a provincial-level economic development zone in a county-level city — key firms, above-scale and listed firms, large groups settled, 2019 above-scale output and value added, provincial ranking, leading industries, sub-parks of the steel cluster and supporting projects",
  "http://hkcd.com/content_p/2020-11/13/content_105691.html",
  "日期取页面“2020-11-13”（采访在11月12日）。**繁体，照原刊**（香港商报网正文用繁体，页眉栏目为简体；未作转换）。标题照录；栏目行、日期行、“来源:香港商报网”已删。存段末段“為加快壯大開發”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…建成投運的進程。”，共三段。“重點產配套項目”原文如此（疑脱“業”字），照录。园区：凌源經濟開發區（标题作“凌源經開區”；文中作“朝陽凌源經濟開發區”“開發區”“經開區”；朝阳市代管凌源市，辽宁；“遼寧74個省級開發區”之一→省级）。“據朝陽開發區相關負責人介紹”中的“朝陽開發區”按上下文指本开发区，只记于此，不作别名（朝阳另有同名开发区）。子园区：鋼鐵循環配套產業園、三沅環保科技產業園、工業物流園（凌钢产业集群的承载平台；工業物流園名称泛，列可选）。公司：凌鋼集團、遼寧煒盛、致遠物流、三沅環保科技（重點企業）、中國航天科技、一汽集團（已入驻）均在园；旭陽焦炭、致遠金融物流只在“配套項目”中，列可选。项目：旭陽焦炭、三沅環保科技、致遠金融物流等“新集聚”的配套项目（以企业名作项目名，无金额、无状态），列可选。事实：重點企業150餘家（余）、規上企業21家、上市公司2家；2019年規上工業產值221.35億元、增加值44.27億元；省级开发区排名第3位（可选）。",
  "xb06"),
 parks=[
  park(LY, "朝阳", "辽宁", "省级经济开发区", W0, district="凌源市", aliases=["凌源經開區", "朝陽凌源經濟開發區"],
       note="标题作“凌源經開區”；文中又作“開發區”“經開區”；遼寧74個省級開發區之一"),
  park("鋼鐵循環配套產業園", "朝阳", "辽宁", "产业园", W3, district="凌源市", parent=LY, note="钢铁冶金产业集群承载平台"),
  park("三沅環保科技產業園", "朝阳", "辽宁", "产业园", W3, district="凌源市", parent=LY, note="钢铁冶金产业集群承载平台"),
  park("工業物流園", "朝阳", "辽宁", "物流园", W3, district="凌源市", parent=LY, opt=True, note="名称泛称"),
 ],
 companies=[
  comp("凌鋼集團", LY, W0, note="钢铁冶金产业集群龙头"),
  comp("遼寧煒盛", LY, W0),
  comp("致遠物流", LY, W0),
  comp("三沅環保科技", LY, W0),
  comp("中國航天科技", LY, W1, note="世界500强，已入驻"),
  comp("一汽集團", LY, W1, note="中国企业500强，已入驻"),
  comp("旭陽焦炭", LY, W3, opt=True, note="只在“新集聚…配套項目”中"),
  comp("致遠金融物流", LY, W3, opt=True, note="只在“新集聚…配套項目”中；与致遠物流关系文中未说"),
 ],
 projects=[
  proj("旭陽焦炭", LY, W3, companies=["旭陽焦炭"], opt=True, status_text="新集聚", note="以企业名作项目名；配套项目"),
  proj("三沅環保科技", LY, W3, companies=["三沅環保科技"], opt=True, status_text="新集聚", note="以企业名作项目名；配套项目"),
  proj("致遠金融物流", LY, W3, companies=["致遠金融物流"], opt=True, status_text="新集聚", note="以企业名作项目名；配套项目"),
 ],
 aggregate_facts=[
  fact(LY, "park", "key_firms", 150, "count", W0, AS6, qual="余", qtext="餘", note="重點企業"),
  fact(LY, "park", "above_scale_firms", 21, "count", "其中規上企業21家,上市公司2家", AS6),
  fact(LY, "park", "listed_firms", 2, "count", "上市公司2家", AS6),
  fact(LY, "park", "industrial_output_above_scale_cny", 2.2135e10, "cny", W2, "2019年", chk=True),
  fact(LY, "park", "above_scale_industrial_value_added_cny", 4.427e9, "cny", "增加值44.27億元", "2019年", chk=True),
  fact(LY, "park", "provincial_rank", 3, "rank", W2, "2019年", opt=True, note="经济发展指标在辽宁74个省级开发区中第3位"),
 ])

# ---------------------------------------------------------------- xb07 鞍山市第二届云招商 云签约 (中国耐火材料网 2020)
TA = "腾鳌经济开发区"
V0 = "首个洽谈推进项目是海城市牌楼镇镁制定型及不定型深加工项目。杨洪波简单介绍了项目情况。该项目签约额3亿元"
V1 = "项目投资企业江苏嘉耐高温材料股份有限公司总经理王东介绍了企业有关情况"
V2 = "签约仪式上,海城市集中签约1个项目,由腾鳌经济开发区主任王渊与山东泰利新能源科技有限公司总经理周伟签约年产6万吨N-甲基吡咯烷酮、γ-丁内酯系列产品项目"
V3 = V2 + "。该项目占地5000平方米,建筑面积约12000平方米,签约额1.15亿元"
V4 = "会上,山东泰利新能源科技公司、浙江凯恩房地产公司等17家企业分别与鞍山市各县(市)区、开发区、市直相关部门签订合作协议"
PL = "海城市牌楼镇镁制定型及不定型深加工项目"
TL = "年产6万吨N-甲基吡咯烷酮、γ-丁内酯系列产品项目"
AS7 = "2020年4月8日（云签约）"
G["xb07"] = dict(
 article=art("（无标题）鞍山市第二届云招商项目洽谈会暨项目云签约仪式举行", "中国耐火材料网（job.nhcl.com.cn，“耐火材料网zr”；原发媒体未注明）", "2020-04-13", "day",
  "Refractories trade site relaying a local item, Liaoning: a city's online investment talks and cloud signing — a town's magnesia project under negotiation with its deal amount and investor, one project signed by an economic development zone with a named firm, its area and amount, 17 firms signing agreements",
  "http://job.nhcl.com.cn/news-detail/234974",
  "日期取页面“2020年04月13日 02:04”（活动在4月8日）。存段无标题（title 为编者概括）；“2020年04月13日 02:04耐火材料网zr”“【中国耐火材料网】”两行已删。正文四段，存段末句完整（后文是否还有，不详）。园区：腾鳌经济开发区（鞍山市代管海城市，辽宁；主任王渊代表开发区签约）。项目：海城市牌楼镇镁制定型及不定型深加工项目（“首个洽谈推进项目”，签约额3亿元，投资企业江苏嘉耐高温材料股份有限公司；海城市只“集中签约1个项目”即下一项，故此项不记签约，status 无；牌楼镇是镇，不是园区→park null）；年产6万吨N-甲基吡咯烷酮、γ-丁内酯系列产品项目（腾鳌经济开发区与山东泰利新能源科技有限公司签约，签约额1.15亿元→签约，园区腾鳌经济开发区）。公司：山东泰利新能源科技有限公司（文中又作“山东泰利新能源科技公司”；在腾鳌经济开发区）；江苏嘉耐高温材料股份有限公司（park null）；浙江凯恩房地产公司（签约企业之一，可选）。事实：17家企业与鞍山市各县(市)区、开发区、市直部门签订合作协议；海城市集中签约1个（可选）；两项目占地与建筑面积（可选）。",
  "xb07"),
 parks=[
  park(TA, "鞍山", "辽宁", "经济开发区", V2, district="海城市"),
 ],
 companies=[
  comp("山东泰利新能源科技有限公司", TA, V2, aliases=["山东泰利新能源科技公司"], note="与腾鳌经济开发区签约"),
  comp("江苏嘉耐高温材料股份有限公司", None, V1, note="牌楼镇项目投资企业；牌楼镇不是园区"),
  comp("浙江凯恩房地产公司", None, V4, opt=True, note="签订合作协议的17家企业之一"),
 ],
 projects=[
  proj(PL, None, V0, companies=["江苏嘉耐高温材料股份有限公司"], inv="该项目签约额3亿元", status=None, status_text="洽谈推进",
       note="“首个洽谈推进项目”；金额为签约额；海城市当天签约的只有泰利项目，故不记签约；拟占地10万平方米，分两期"),
  proj(TL, TA, V3, companies=["山东泰利新能源科技有限公司"], inv="签约额1.15亿元", status="签约", status_text="集中签约"),
 ],
 aggregate_facts=[
  fact("鞍山市", "region", "firms_signed_agreements", 17, "count", V4, AS7),
  fact("海城市", "region", "projects_signed", 1, "count", "签约仪式上,海城市集中签约1个项目", AS7, opt=True),
  fact(PL, "project", "site_area_m2", 1e5, "m2", "拟占地10万平方米,分两期建设", "规划（拟占地）", kind="target", opt=True),
  fact(TL, "project", "site_area_m2", 5000, "m2", "该项目占地5000平方米", AS7, opt=True),
  fact(TL, "project", "floor_area_m2", 12000, "m2", "建筑面积约12000平方米", AS7, qual="约", qtext="约", opt=True),
 ])
