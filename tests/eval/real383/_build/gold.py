# real383 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; build_all.py is
# real52's, copied unchanged). Conventions as real52: evidence verbatim (all eight items simplified script as published);
# names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word).
# Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as
# ratios. Projects: the park is the one the text places the project in, null if none (a district / county is not a park).
# Status from the text's words (动工 / 开工 / 正式动工 → 开工; 建设阶段 / 封顶 → 在建; 签约 → 签约). “预计” figures are kind
# target; counts since founding (“累计”) are cumulative. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/nrNN.raw as returned.

# ---------------------------------------------------------------- nr01 增城 (网易广州房产 2017)
ZC = "增城经济技术开发区"
YS = "银沙工业园"
A1 = "富士康第10.5代显示器全生态产业园区在广州市增城经济技术开发区正式动工建设。一期投资610亿元"
A2 = "世界500强企业中国华电的燃气冷热电三联供项目在广州增城区新塘镇银沙工业园开工建设"
A3 = "中国汽车技术研究中心华南基地项目在广州市增城经济技术开发区核心区内动工建设"
G["nr01"] = dict(
 article=art("增城打造广深科技创新走廊桥头堡 建设生态之城", "网易广州房产（gz.house.163.com；文图/李涵 刘镇，原发媒体存段未示）", "2017-12-06", "day",
  "Portal's property channel, Guangzhou: a district feature on the day of the Fortune Global Forum — three major projects started in 2017 with dates, two of them in a national economic and technological development zone and one in a town industrial park, with one phase-1 amount",
  "https://gz.house.163.com/17/1206/08/D4V6V6JS008782AS.html",
  "日期取网址 17/1206 与文中“《财富》全球论坛今日(12月6日)”。标题照录；网易导航、“0 分享至”、重复标题与图片署名“巫国明摄”已删；导语后的署名行“文图/李涵 刘镇”及其后下一节（“创新驱动:”小标题与在句中中断的首段“…对推动经济发展的”）整节不收，正文截至“…蓄势待发、大有可为。”，共五段。园区：增城经济技术开发区（广州市增城区；文中又有“增城经济技术开发区核心区”）；银沙工业园（增城区新塘镇；文中只作“银沙工业园”）。增城区、新塘镇为行政区，不列园区。项目：富士康第10.5代显示器全生态产业园区（正式动工建设→开工；“一期投资610亿元”，phase 一期）；中国华电燃气冷热电三联供项目（银沙工业园，开工建设→开工）；中国汽车技术研究中心华南基地项目（增城经济技术开发区核心区，动工建设→开工）。富士康、中国汽车技术研究中心只在项目名中，列可选公司；中国华电列公司（项目业主，在银沙工业园）。无园区数字。",
  "nr01"),
 parks=[
  park(ZC, "广州", "广东", "国家级经济技术开发区", A1, district="增城区", note="文中又有“增城经济技术开发区核心区”；级别文中未说"),
  park(YS, "广州", "广东", "工业园", A2, district="增城区", note="位于新塘镇"),
 ],
 companies=[
  comp("中国华电", YS, A2, note="世界500强；燃气冷热电三联供项目业主"),
  comp("富士康", ZC, A1, opt=True, note="只在项目名中"),
  comp("中国汽车技术研究中心", ZC, A3, opt=True, note="只在项目名中；研究中心（企业性质文中未说）"),
 ],
 projects=[
  proj("富士康第10.5代显示器全生态产业园区", ZC, A1, companies=["富士康"], inv="一期投资610亿元", phase="一期",
       status="开工", status_text="正式动工建设", note="2017年3月1日动工；610亿元为一期投资"),
  proj("燃气冷热电三联供项目", YS, A2, companies=["中国华电"], status="开工", status_text="开工建设",
       note="文中作“中国华电的燃气冷热电三联供项目”；2017年6月10日开工"),
  proj("中国汽车技术研究中心华南基地项目", ZC, A3, companies=["中国汽车技术研究中心"], status="开工", status_text="动工建设",
       note="在增城经济技术开发区核心区内；2017年10月13日动工；两年内落成"),
 ],
 aggregate_facts=[])

# ---------------------------------------------------------------- nr02 南沙片区 (环球时报 2018)
FTZ = "广东自贸试验区"
NS = "广东自贸试验区广州南沙新区片区"
B1 = "2015年4月,广东自贸试验区广州南沙新区片区正式成立,总面积为60平方公里,划分为7个区块"
B2 = "其中,南沙区中间的明珠湾起步区占地9平方公里,为金融商务发展试验区"
B3 = "靠东侧海港区块15平方公里,包括南沙南部的龙穴岛作业区(航运)以及东北部的沙仔岛作业区"
B4 = "南沙枢纽区块10平方公里,为粤港澳融合发展试验区"
B5 = "北部庆盛枢纽区8平方公里,主导科技创新产业"
ASB = "2018年1月"
G["nr02"] = dict(
 article=art("在南沙看广东自贸区这三年", "环球时报（本报记者 陈青青），载于 fx361.com", "2018-01-13", "day",
  "National daily's reportage, Guangdong: a pilot free-trade zone's largest area three years on — its founding date, total area and seven blocks, the areas and functions of four named blocks, the port's container lines",
  "http://www.fx361.com/page/2018/0113/2679187.shtml",
  "日期取页面“2018-01-13 05:54:25 环球时报”。标题照录；日期来源行与署名行“本报记者 陈青青”已删。存段末句“经过十几年的发展,南沙港已建成…2016年货物吞吐量超3亿吨,成为”在句中中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…整齐排列在南沙港内。”，含小标题一行，共五段。园区：广东自贸试验区（可选，省级总称）；广东自贸试验区广州南沙新区片区（文中又作“南沙片区”；2015年4月成立，60平方公里，7个区块）；其区块：明珠湾起步区（9平方公里）、海港区块（15）、南沙枢纽区块（10）、庆盛枢纽区（8），parent 记南沙片区；海港区块内的龙穴岛作业区、沙仔岛作业区为港口作业区，列可选园区。南沙区为行政区，不列园区；南沙港为港口，不列。公司：马士基、远洋海运只见于集装箱字样，可选，park null。无项目。",
  "nr02"),
 parks=[
  park(FTZ, None, "广东", "自由贸易试验区", "广东自贸试验区肩负着打造粤港澳深度合作示范区和21世纪海上丝绸之路重要枢纽的使命", opt=True,
       note="省级自贸试验区总称；文中又作“广东自贸区”（标题）"),
  park(NS, "广州", "广东", "自由贸易试验区片区", B1, district="南沙区", parent=FTZ, aliases=["南沙片区"],
       note="2015年4月成立；文中又作“南沙片区”“自贸区”"),
  park("明珠湾起步区", "广州", "广东", "片区区块（金融商务）", B2, district="南沙区", parent=NS),
  park("海港区块", "广州", "广东", "片区区块（航运）", B3, district="南沙区", parent=NS, opt=True, note="名称近于泛称"),
  park("南沙枢纽区块", "广州", "广东", "片区区块（交通枢纽）", B4, district="南沙区", parent=NS, opt=True),
  park("庆盛枢纽区", "广州", "广东", "片区区块（科技创新）", B5, district="南沙区", parent=NS),
  park("龙穴岛作业区", "广州", "广东", "港口作业区", B3, district="南沙区", parent="海港区块", opt=True),
  park("沙仔岛作业区", "广州", "广东", "港口作业区", B3, district="南沙区", parent="海港区块", opt=True),
 ],
 companies=[
  comp("马士基", None, "一个个印有马士基、远洋海运等字样的大型集装箱整齐排列在南沙港内", opt=True, note="只见于集装箱字样"),
  comp("远洋海运", None, "一个个印有马士基、远洋海运等字样的大型集装箱整齐排列在南沙港内", opt=True, note="同上"),
 ],
 projects=[],
 aggregate_facts=[
  fact(NS, "park", "area_km2", 60, "km2", B1, "2015年4月（成立时）"),
  fact(NS, "park", "blocks", 7, "count", B1, "2015年4月（成立时）", opt=True),
  fact("明珠湾起步区", "park", "area_km2", 9, "km2", B2, ASB),
  fact("海港区块", "park", "area_km2", 15, "km2", B3, ASB, opt=True),
  fact("南沙枢纽区块", "park", "area_km2", 10, "km2", B4, ASB, opt=True),
  fact("庆盛枢纽区", "park", "area_km2", 8, "km2", B5, ASB),
 ])

# ---------------------------------------------------------------- nr03 从化 (新快报 2020)
CH = "广东从化经济开发区"
MZ = "明珠工业园区"
C1 = "投资总额达457亿元的28个重点产业项目,在从化签约动工"
C2 = "广东从化经济开发区管委会主任吴丹柯介绍说,有不少项目落户在建设中的明珠工业园区"
C3 = "“这些项目将在二至五年落成投产,预计年产值新增约400亿元。”"
G["nr03"] = dict(
 article=art("从化:生态福地要变经济高地", "新快报（epaper.xkb.com.cn，T09版“区·动力”；图片署名邬影红、黄颖瑶、邝健华，文字记者存段未示）", "2020-03-30", "day",
  "City daily's district page, Guangzhou: a district's post-epidemic push — 28 key industrial projects signed and started with their total investment, an industrial park under construction in the district's economic development zone, the projects' expected added output",
  "http://epaper.xkb.com.cn/view/1159799",
  "日期取页面“日期:[2020-03-30] 版次:[T09] 版名:[区·动力]”。标题照录；“站内搜索:”、日期版次行与三条图片说明（含“■复工复产中的从化明珠工业园区施工现场。邝健华/摄”）已删。存段末段“其中,生态小镇三期…;中国大唐燃气发电工程项目的落户…;而雅兰国际、康龄”为一整句，在句中中断，整段删去，正文截至“…预计年产值新增约400亿元。””，含小标题一行，共四段。园区：广东从化经济开发区（从化区，广州）；明珠工业园区（“在建设中”；由开发区管委会主任介绍，parent 记广东从化经济开发区，推定）。从化区为行政区（事实 subject_type region）。28个项目、457亿元为全区3月11日签约动工数；“预计年产值新增约400亿元”为这些项目投产后的预期（target，约）。无具名项目、无公司。",
  "nr03"),
 parks=[
  park(CH, "广州", "广东", "经济开发区", C2, district="从化区"),
  park(MZ, "广州", "广东", "工业园区", C2, district="从化区", parent=CH, note="在建设中；母园区由语境推定"),
 ],
 companies=[],
 institutions=[
  inst("广东从化经济开发区管委会", C2, park=CH, note="主任吴丹柯"),
 ],
 projects=[],
 aggregate_facts=[
  fact("从化区", "region", "projects_signed_started", 28, "count", C1, "2020-03-11", note="重点产业项目，签约动工"),
  fact("从化区", "region", "projects_signed_started_investment_cny", 4.57e10, "cny", C1, "2020-03-11", chk=True),
  fact("从化区", "region", "expected_added_annual_output_cny", 4e10, "cny", C3, "投产后（预计，二至五年内）", kind="target",
       qual="约", qtext="约", chk=True, note="“这些项目”投产后的新增年产值"),
 ])

# ---------------------------------------------------------------- nr04 中新广州知识城 (中国日报网 2021)
ZS = "中新广州知识城"
GK = "广州开发区"
D1 = "9月8日,黄埔区、广州开发区举办“中新广州知识城落实国务院总规批复一周年重大项目集中动工签约活动”"
D2 = "其中,动工项目54个,投资总额约1017亿元;签约项目66个,总投资约1137亿元"
D3 = "融资项目14个,提供政策性贷款融资支持1405亿元"
D4 = "动工全国首个航空轮胎动力学试验大科学装置的配套工程"
ASD = "2021-09-08"
G["nr04"] = dict(
 article=art("知识城落实国务院总规批复一周年重大项目集中动工签约活动举办", "中国日报网（gd.chinadaily.com.cn 广东频道；记者署名存段未示）", "2021-09-09", "day",
  "National daily's regional web channel, Guangzhou: a knowledge-city zone's joint groundbreaking and signing one year after its master plan was approved — projects started and signed with totals, financing projects and policy loans, a named supporting project started, the zone's plan",
  "http://gd.chinadaily.com.cn/a/202109/09/WS6139b0dea3101e7ce9762bee.html",
  "日期取页面“2021-09-09 14:59”。标题照录；副题“黄埔区、广州开发区“三个千亿”吹响…“冲锋号””（出现两次）、重复标题、“来源: 中国日报网”、时间与分享按钮行已删；副题“环九龙湖打造独角兽总部集群 创新型疫苗等66个重大项目落户”作为首段保留。存段末的小标题“动工千亿”与残文“环九龙湖打”不收，正文截至“…担当历史使命。”，共三段。园区：中新广州知识城（文中又作“知识城”）；广州开发区（与黄埔区合署，文中并列）。黄埔区为行政区，不列。知识城与广州开发区的隶属文中未说，parent 不填。数字：活动为“中新广州知识城…重大项目集中动工签约活动”，动工54个/约1017亿元、签约66个/约1137亿元、融资项目14个/政策性贷款1405亿元，记于中新广州知识城（note：活动由黄埔区、广州开发区举办）。项目：航空轮胎动力学试验大科学装置的配套工程（动工→开工，知识城）；创新疫苗生产基地、独角兽总部集群（“建设”“打造”，无明确阶段，可选）。人物周亚伟不列。",
  "nr04"),
 parks=[
  park(ZS, "广州", "广东", "中新合作园区（知识城）", D1, district="黄埔区", aliases=["知识城"], note="文中又作“知识城”；总体发展规划(2020—2035年)获国务院批复"),
  park(GK, "广州", "广东", "经济技术开发区", D1, district="黄埔区", note="与黄埔区并列；级别文中未说"),
 ],
 companies=[],
 institutions=[
  inst("广州开发区党工委", "广州市委常委、广州开发区党工委书记、管委会主任周亚伟表示", park=GK),
  inst("国务院", "中新广州知识城总体发展规划(2020—2035年)获国务院批复一年来", note="批复知识城总规"),
 ],
 projects=[
  proj("航空轮胎动力学试验大科学装置的配套工程", ZS, D4, status="开工", status_text="动工", note="全国首个；位置由活动推定为知识城"),
  proj("创新疫苗生产基地", ZS, "建设创新疫苗生产基地,推进新冠肺炎疫苗研发", opt=True, note="“建设”，阶段不明"),
  proj("独角兽总部集群", ZS, "环九龙湖打造独角兽总部集群", opt=True, note="“打造”，阶段不明"),
 ],
 aggregate_facts=[
  fact(ZS, "park", "projects_started", 54, "count", D2, ASD, note="集中动工签约活动；由黄埔区、广州开发区举办"),
  fact(ZS, "park", "projects_started_investment_cny", 1.017e11, "cny", "动工项目54个,投资总额约1017亿元", ASD, qual="约", qtext="约", chk=True),
  fact(ZS, "park", "projects_signed", 66, "count", D2, ASD),
  fact(ZS, "park", "projects_signed_investment_cny", 1.137e11, "cny", "签约项目66个,总投资约1137亿元", ASD, qual="约", qtext="约", chk=True),
  fact(ZS, "park", "financing_projects", 14, "count", D3, ASD, opt=True),
  fact(ZS, "park", "policy_loans_cny", 1.405e11, "cny", D3, ASD, opt=True, chk=True),
 ])

# ---------------------------------------------------------------- nr05 黄埔 重点项目 (读创/深圳商报 2023)
KXC = "广州科学城"
E1 = "作为广州经济大区和工业强区——黄埔区、广州开发区全区工业产值占全市40%以上、固投占全市比重达25%"
E2 = "总投资约183亿元的黄埔区湾区国际创新中心,自今年2月初奠基以来,就进入全力建设阶段"
E3 = "在广州科学城,记者现场看到,高约148米的科学城中心,已进入最后的建设阶段"
E4 = "粤港澳大湾区国家技术创新中心知识城基地项目高楼封顶"
G["nr05"] = dict(
 article=art("广州黄埔重点项目纷纷重磅落地 奏响高质量发展强音", "读创 / 深圳商报（驻穗记者 张莹，通讯员 张丽巧），载于 fayiyi.com", "2023-04-03", "day",
  "Shenzhen daily's app on a Guangzhou district, relayed by an aggregator: a development zone's key projects in spring — an innovation centre under construction with its investment, a landmark tower in a science city nearing completion, a technology-innovation base topped out, the zone's shares of city output and investment",
  "http://www.fayiyi.com/tuijian/20230403/126731.html",
  "日期取页面“2023-04-03 14:07:18 来源: 读创”。标题照录，聚合站缀在标题后的“-环球热议”已删（HEAD_SUFFIX）；导航、日期来源行、摘要行、署名行“读创/深圳商报驻穗记者 张莹 通讯员 张丽巧”、“【资料图】”与图片说明“广州科学城中心”已删。存段末句“一批新基建、新能源和半导体领域的大项”在句中中断，该句已删（LINE_SUFFIX），正文截至“…同比增长5.6%。”，含小标题一行，共六段。园区：广州开发区（与黄埔区并列）；广州科学城（科学城中心所在；parent 记广州开发区，推定）；“知识城”只在项目名中，列可选园区。项目：湾区国际创新中心（2月初奠基、“进入全力建设阶段”→在建，首段“全面开工”→status_alt 开工；总投资约183亿元；文中作“该区”“黄埔区湾区国际创新中心”，park 记广州开发区，因“该区”指“黄埔区、广州开发区”，推定）；科学城中心（最后建设阶段→在建，广州科学城）；粤港澳大湾区国家技术创新中心知识城基地项目（高楼封顶→在建）。事实：黄埔区、广州开发区工业产值占全市40%以上（超）、固投占25%，记于广州开发区；广州1—2月固投增长5.6%为全市数（region，可选）。",
  "nr05", title_note="聚合站页面标题作“广州黄埔重点项目纷纷重磅落地 奏响高质量发展强音-环球热议”"),
 parks=[
  park(GK, "广州", "广东", "经济技术开发区", E1, district="黄埔区", note="与黄埔区并列；文中又作“该区”"),
  park(KXC, "广州", "广东", "科学城", E3, district="黄埔区", parent=GK, note="母园区由语境推定"),
  park("知识城", "广州", "广东", "知识城", E4, district="黄埔区", opt=True, note="只在项目名中"),
 ],
 companies=[],
 projects=[
  proj("湾区国际创新中心", GK, E2, inv="总投资约183亿元", qual="约", qual_text="约", status="在建", status_text="进入全力建设阶段",
       status_alt="开工", aliases=["黄埔区湾区国际创新中心"], status_alt_evidence="眼下,该区湾区国际创新中心项目全面开工",
       note="2月初奠基、“全面开工”（status_alt 开工）、进入全力建设阶段；park 由“该区”（黄埔区、广州开发区）推定"),
  proj("科学城中心", KXC, E3, status="在建", status_text="已进入最后的建设阶段", note="高约148米；定位大湾区商务中心"),
  proj("粤港澳大湾区国家技术创新中心知识城基地项目", "知识城", E4, status="在建", status_text="高楼封顶", note="封顶；园区只在项目名中"),
 ],
 aggregate_facts=[
  fact(GK, "park", "industrial_output_share_of_city", 0.40, "ratio", E1, "2023年初", kind="ratio", qual="超", qtext="以上", note="黄埔区、广州开发区合计"),
  fact(GK, "park", "fixed_investment_share_of_city", 0.25, "ratio", E1, "2023年初", kind="ratio"),
  fact("广州", "region", "fixed_investment_yoy_growth", 0.056, "ratio", "固定资产投资迅速扭转2022年全年负增长趋势,同比增长5.6%", "2023年1—2月", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- nr06 粤港澳大湾区数创园 (天天要闻 2024)
SC = "粤港澳大湾区数创园"
F1 = "将军山片区首期产业园项目——粤港澳大湾区数创园启动区正式动工"
F2 = "据了解,粤港澳大湾区数创园启动区占地近4万平方米,计划总投资超8亿元"
F3 = "本次动工的大湾区数创园项目,由黄埔区属国企科学城(广州)投资集团有限公司(下称“科学城集团”)与中交城市投资控股有限公司(下称“中交城投”)共同开发"
F4 = "启动区预计引进企业50家以上,目前已有10家企业意向入驻,其中6家企业代表在活动上共同签约"
ASF = "2024-05-10"
G["nr06"] = dict(
 article=art("总投资超8亿元!粤港澳大湾区数创园启动区在广州黄埔将军山开工", "daydaynews.cc（天天要闻，财经栏；原发媒体与署名未注明）", "2024-05-10", "day",
  "News aggregator, Guangzhou: an industrial park's start-up area breaks ground in a development-zone district — its investment and area, the two state-owned developers, firms intending to enter, signed and expected",
  "https://daydaynews.cc/zh-sg/finance/3817409.html",
  "日期取页面“2024年05月10日23:01:27 财经”，与文中“5月10日”动工同日。标题照录；时间栏目行与图片说明“总投资超8亿元!…开工 - 天天要闻”已删。存段末段“总体上看,…即孵化器、工业大楼”在句中中断，整段删去，正文截至“…智能装备等多个领域。”，含小标题一行，共六段。园区：粤港澳大湾区数创园（文中又作“大湾区数创园”；黄埔区将军山片区，“将军山片区首期产业园项目”）；广州开发区（“依托广州开发区、黄埔区雄厚的产业优势”，可选）。将军山片区为片区，不列园区。项目：粤港澳大湾区数创园启动区（正式动工→开工；“计划总投资超8亿元”→超；park 记粤港澳大湾区数创园——启动区为该园的一部分）。公司：科学城(广州)投资集团有限公司（简称科学城集团，黄埔区属国企）、中交城市投资控股有限公司（简称中交城投）为共同开发方，不在园内，park null。事实：启动区占地近4万平方米（可选）、总建筑面积近15万平方米（可选）；已有10家企业意向入驻、6家签约；预计引进企业50家以上（target，超）。",
  "nr06"),
 parks=[
  park(SC, "广州", "广东", "产业园", F1, district="黄埔区", aliases=["大湾区数创园"], note="将军山片区首期产业园"),
  park(GK, "广州", "广东", "经济技术开发区", "依托广州开发区、黄埔区雄厚的产业优势", district="黄埔区", opt=True),
 ],
 companies=[
  comp("科学城(广州)投资集团有限公司", None, F3, aliases=["科学城集团"], note="黄埔区属国企；共同开发方"),
  comp("中交城市投资控股有限公司", None, F3, aliases=["中交城投"], note="共同开发方"),
 ],
 projects=[
  proj("粤港澳大湾区数创园启动区", SC, F2, companies=["科学城(广州)投资集团有限公司", "中交城市投资控股有限公司"],
       inv="计划总投资超8亿元", qual="超", qual_text="超", status="开工", status_text="正式动工",
       aliases=["大湾区数创园项目"], note="2024年5月10日动工；园区开发项目"),
 ],
 aggregate_facts=[
  fact("粤港澳大湾区数创园启动区", "project", "site_area_m2", 40000, "m2", F2, ASF, qual="约", qtext="近", opt=True),
  fact("粤港澳大湾区数创园启动区", "project", "floor_area_m2", 150000, "m2", "项目启动区规划总建筑面积近15万平方米", ASF, qual="约", qtext="近", opt=True),
  fact(SC, "park", "firms_intending_to_enter", 10, "count", F4, ASF),
  fact(SC, "park", "firms_signed", 6, "count", F4, ASF),
  fact(SC, "park", "firms_expected", 50, "count", F4, "启动区（预计）", kind="target", qual="超", qtext="以上"),
 ])

# ---------------------------------------------------------------- nr07 花都经开区 (观点网 2024)
HD = "广州花都经济开发区"
QC = "汽车城产业基地园区"
H1 = "正式批准广州花都经济开发区升级为国家级经济技术开发区,成为广东省第8家国家级经济技术开发区"
H2 = "其中,汽车城产业基地园区拥有总部企业17家"
AS7 = "1992年至2024年11月"
G["nr07"] = dict(
 article=art("广州花都经开区升级国家级经济技术开发区", "观点网（guandian.cn；审校:徐耀辉）", "2024-11-19", "day",
  "Business news site, Guangzhou: a provincial economic development zone upgraded to national level — approval date, founding year, leading industries, and a sub-park's headquarters firms and cumulative output, tax and vehicles sold",
  "https://www.guandian.cn/article/20241119/450487.html",
  "日期取页面“2024-11-19 14:22”与文中“11月19日”。标题照录；站名行、时间行、摘要条（与首段首句同文）、“审校:徐耀辉”与页脚话题栏已删。正文完整，四段。园区：广州花都经济开发区（文中又作“广州花都经开区”；1992年设立，2024年10月27日国务院办公厅复函批准升级为国家级经济技术开发区，广东省第8家）；汽车城产业基地园区（“其中”——位于花都经开区，parent 推定）。事实（汽车城产业基地园区）：总部企业17家；汽车产业年产值约占广州汽车产业产值的1/3（ratio，约，可选）；累计超1500万辆汽车销往全国（可选）、创造超过2万亿元产值和2400亿元税收（cumulative，自设立以来）。",
  "nr07"),
 parks=[
  park(HD, "广州", "广东", "国家级经济技术开发区", H1, district="花都区", aliases=["广州花都经开区"], note="1992年设立；2024年获批升级为国家级"),
  park(QC, "广州", "广东", "产业基地园区（汽车）", H2, district="花都区", parent=HD, note="母园区由“其中”推定"),
 ],
 companies=[],
 institutions=[
  inst("国务院办公厅", "此前,国务院办公厅已于10月27日发布复函", note="批准升级"),
 ],
 projects=[],
 aggregate_facts=[
  fact(QC, "park", "headquarters_firms", 17, "count", H2, "2024年11月"),
  fact(QC, "park", "auto_output_share_of_city", 0.333, "ratio", "汽车产业年产值约占广州汽车产业产值规模的1/3", "2024年", kind="ratio", qual="约", qtext="约", opt=True),
  fact(QC, "park", "vehicles_sold", 1.5e7, "vehicles", "累计超1500万辆汽车从花都销往全国", AS7, kind="cumulative", qual="超", qtext="超", opt=True),
  fact(QC, "park", "cumulative_output_cny", 2e12, "cny", "创造了超过2万亿元产值", AS7, kind="cumulative", qual="超", qtext="超过", note="万亿元；amt() 不读“万亿”，不加 chk，值由 cny() 取"),
  fact(QC, "park", "cumulative_tax_cny", 2.4e11, "cny", "2400亿元税收", AS7, kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- nr08 2024广州开发区投资促进大会 / 中国水务 (toudeng 2024)
J1 = "本次投资促进大会共有43个项目集中签约,投资总额约516亿元,预计产值营收约954亿元"
J2 = "广州开发区、黄埔区贡献了全市4成左右的工业增加值、30%左右的研发投入,创造了全市44%的实际利用外资规模"
AS8 = "2024-02-21"
G["nr08"] = dict(
 article=art("（无标题）2024广州开发区、黄埔区投资促进大会 中国水务签署战略合作协议", "toudeng.cc（转载中国水务投资有限公司方面的稿件；原发媒体与署名未注明）", "2024-02", "month",
  "Aggregator relaying a state water company's item, Guangzhou: a development zone's investment promotion conference — the company's strategic cooperation agreement with the zone, the zone's shares of city value added, R&D and foreign investment, projects signed with total investment and expected output",
  "https://toudeng.cc/archives/50805",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“2月21日,2024广州开发区、黄埔区投资促进大会”，会议为2024年2月21日，发布日不详，记 2024-02（month）。存段末段“广州市开发区、黄埔区相关政府部门、国有企业负责人,相关行业协会、”在句中中断，整段删去，正文截至“…提供有力保障。”，共三段。原文“黄浦区”（应为黄埔区）照录。园区：广州开发区（文中又作“广州市开发区”；“首批成立的国家级经济技术开发区”）。黄埔区为行政区。公司：中国水务投资有限公司（简称中国水务；与开发区签署战略合作协议，不在园内，park null）；电建集团（中国水务的上级集团，可选）。战略合作协议不是项目，不列。事实（广州开发区、黄埔区合计，记于广州开发区）：工业增加值约占全市4成（约）、研发投入约30%（约）、实际利用外资44%；本次大会43个项目签约、投资总额约516亿元、预计产值营收约954亿元（target）。",
  "nr08"),
 parks=[
  park(GK, "广州", "广东", "国家级经济技术开发区", "广州开发区是首批成立的国家级经济技术开发区", district="黄埔区", aliases=["广州市开发区"],
       note="与黄埔区合署；文中又作“广州市开发区”"),
 ],
 companies=[
  comp("中国水务投资有限公司", None, "中国水务投资有限公司党委书记、副董事长薛志勇应邀出席活动", aliases=["中国水务"], note="与广州开发区、黄埔区签署战略合作协议"),
  comp("电建集团", None, "进一步落实电建集团对于珠三角、大湾区建设的战略部署", opt=True, note="中国水务的上级集团"),
 ],
 projects=[],
 aggregate_facts=[
  fact(GK, "park", "projects_signed", 43, "count", J1, AS8),
  fact(GK, "park", "projects_signed_investment_cny", 5.16e10, "cny", J1, AS8, qual="约", qtext="约", chk=True),
  fact(GK, "park", "projects_signed_expected_output_cny", 9.54e10, "cny", "预计产值营收约954亿元", "达产后（预计）", kind="target", qual="约", qtext="约", chk=True),
  fact(GK, "park", "industrial_value_added_share_of_city", 0.40, "ratio", J2, "2024年初", kind="ratio", qual="约", qtext="左右", note="黄埔区、广州开发区合计"),
  fact(GK, "park", "rd_spending_share_of_city", 0.30, "ratio", J2, "2024年初", kind="ratio", qual="约", qtext="左右", opt=True),
  fact(GK, "park", "fdi_share_of_city", 0.44, "ratio", J2, "2024年初", kind="ratio", opt=True),
 ])
