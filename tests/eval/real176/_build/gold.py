# real176 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (vs02 traditional script as published by 文匯報, the rest simplified);
# names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word).
# Money: yuan in investment_cny / *_cny facts (first amount of the evidence); US dollars as *_usd with unit usd. Growth
# rates as ratios. Projects: the park is the one the text places the project in, null if none. Status from the text's
# words (开工建设 → 开工; 正在…进行 → 在建; none when the text gives no stage). Expected figures (有望 / 将 / 建成后可) are
# kind target; figures for a period so far are cumulative; single-period figures are reported.

# ---------------------------------------------------------------- vs01 图木舒克 永安坝工业园区 (中广网 via 浙江在线 2011)
YA = "永安坝工业园区"
A1 = "图木舒克市永安坝工业园区是广东省东莞市投入2亿元援建资金建设"
A2 = "永安坝工业园3.5平方公里基础设施工程项目为援建师市重点项目,共投资2亿元,全部为援建资金"
A3 = "其中2011年援建资金8000万元,主要用于园区内的基础设施建设"
A4 = "目前,援建工业园区项目一期工程道路、给排水、供热、电力等基础配套设施建设正在紧锣密鼓进行"
G["vs01"] = dict(
 article=art("（无标题）图木舒克市永安坝工业园区：东莞援建2亿元 基础设施建设推进", "中广网（记者 胡志坚；图木舒克台记者 庞莹 张桂萍），载于浙江在线 zjnews.zjol.com.cn", "2011-06-02", "day",
  "National radio network's web report relayed on a provincial news portal, Xinjiang (兵团农三师 / 图木舒克市): a paired-aid (援疆) industrial park — 东莞's 2亿元 aid for the park's infrastructure project, the 2011 tranche, the first phase under way",
  "http://zjnews.zjol.com.cn/05zjnews/system/2011/06/02/017571065.shtml",
  "日期取 URL（2011/06/02），电头“中广网乌鲁木齐6月1日消息”。存段无标题，正文起于电头；标题栏为编者概括。末句“工业园区基础设施建设,大大改善…符合循环经济发”在存段处断开，已删（LINE_SUFFIX），正文止于“…正在紧锣密鼓进行。”。园区：永安坝工业园区（文中又作“永安坝工业园”；图木舒克市，新疆兵团农三师）。“图木舒克市工业园区”只作泛称出现（“重点打造图木舒克市工业园区的建设”），列为可选园区。项目：永安坝工业园3.5平方公里基础设施工程项目（共投资2亿元，全部为援建资金；一期工程在建→在建）。2亿元援建资金、2011年8000万元为事实（aid_funding_cny，不作基金）。广东省东莞市为援建方（可选机构）。“一期工程于2011年9月30日完成”是计划完工日（文写于6月），作为项目 note。",
  "vs01"),
 parks=[
  park(YA, "图木舒克", "新疆", "工业园区", A1, district="兵团农三师", aliases=["永安坝工业园"], note="援疆园区（东莞援建）"),
  park("图木舒克市工业园区", "图木舒克", "新疆", "工业园区", "重点打造图木舒克市工业园区的建设", opt=True, note="泛称，可能即永安坝工业园区"),
 ],
 companies=[],
 institutions=[
  inst("广东省东莞市", A1, kind="government", park=YA, note="对口援建方"),
 ],
 projects=[
  proj("永安坝工业园3.5平方公里基础设施工程项目", YA, A2, inv="2亿元", status="在建", status_text="正在紧锣密鼓进行",
       note="全部为援建资金；“一期工程于2011年9月30日完成”为计划完工日"),
 ],
 aggregate_facts=[
  fact(YA, "park", "aid_funding_cny", 2e8, "cny", A1, "2011年（累计投入）", kind="cumulative", note="东莞援建资金"),
  fact(YA, "park", "aid_funding_annual_cny", 8e7, "cny", A3, "2011年", opt=True),
  fact(YA, "park", "infrastructure_area_km2", 3.5, "km2", A2, "2011年", opt=True, note="基础设施工程项目覆盖面积"),
 ])

# ---------------------------------------------------------------- vs02 烏魯木齊經濟技術開發區 (香港文匯報 2013)
WK = "烏魯木齊經濟技術開發區"
B0 = "今年烏魯木齊經濟技術開發區(頭屯河區)工業總產值有望突破千億元,成為新疆首家躋身千億工業產值的園區"
B1 = "三一重工、上海大眾、陝汽集團等一大批國內外知名企業紛紛投資建廠"
B2 = "以金風科技的兆瓦級整機生產為龍頭,吸引了艾爾姆、羲之翔等一批為風電整機配套的國內外著名企業進駐園區"
B3 = "八鋼集團經過整合資源,形成了完整的產業鏈"
B4 = "日前,烏魯木齊經濟技術開發區(頭屯河區)高鐵片區、白鳥湖新區開發建設現場指揮部正式掛牌"
G["vs02"] = dict(
 article=art("（无标题）烏魯木齊經濟技術開發區工業總產值有望破千億", "香港文匯報（記者 趙會芳、實習記者 李夢莉 新疆報道）, paper.wenweipo.com", "2013-04-03", "day",
  "Hong Kong daily's mainland-economy page, traditional script as published, Xinjiang: a national economic-technological development zone merged with its district — expected output of 千亿元, big firms and a wind-power cluster, two new sub-areas",
  "http://paper.wenweipo.com/2013/04/03/FM1304030001.htm",
  "日期取 URL（2013/04/03）。存段无标题，起于图片说明“放大圖片 / ■陝汽新疆汽車有限公司的員工在對車輛進行總裝。”（图注，已删），正文起于“香港文匯報訊”。末句“目前,白鳥湖新區招商引資引來開門紅,去年開發區(頭屯河區)儲備的34個招”在存段处断开，已删（LINE_SUFFIX）。两个小标题保留为段落。繁体为报纸原刊，未转换。园区：烏魯木齊經濟技術開發區（與頭屯河區“區政合一”；乌鲁木齐）。高鐵片區、白鳥湖新區是开发区内的片区（可选园区，parent 为开发区）。企业：三一重工、上海大眾、陝汽集團（投资建厂）、金風科技、艾爾姆、羲之翔（进驻园区）、八鋼集團；园区均为开发区。“工業總產值有望突破千億元”为当年预期（target，超）。无项目金额。",
  "vs02"),
 parks=[
  park(WK, "乌鲁木齐", "新疆", "经济技术开发区", B0, district="头屯河区", note="與頭屯河區區政合一；文中多作“開發區(頭屯河區)”"),
  park("高鐵片區", "乌鲁木齐", "新疆", "片区", B4, district="头屯河区", parent=WK, opt=True),
  park("白鳥湖新區", "乌鲁木齐", "新疆", "新区", B4, district="头屯河区", parent=WK, opt=True),
 ],
 companies=[
  comp("三一重工", WK, B1, note="投资建厂"),
  comp("上海大眾", WK, B1, note="投资建厂"),
  comp("陝汽集團", WK, B1, note="投资建厂"),
  comp("金風科技", WK, B2, note="兆瓦級整機生產龍頭"),
  comp("艾爾姆", WK, B2, opt=True, note="风电整机配套企业"),
  comp("羲之翔", WK, B2, opt=True, note="风电整机配套企业"),
  comp("八鋼集團", WK, B3, opt=True, note="园区归属由语境推断"),
 ],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(WK, "park", "industrial_output_cny", 1e11, "cny", "工業總產值有望突破千億元", "2013年（预期）", kind="target", qual="超", qtext="有望突破"),
 ])

# ---------------------------------------------------------------- vs03 石河子经济技术开发区 (relay on 51edu, 2013)
SH = "石河子经济技术开发区"
C0 = "走进位于国家级石河子经济技术开发区的新疆燕京啤酒公司"
C1 = "石河子开发区生产总值从2000年的3.02亿元增加到2012年的120.9亿元,年均递增36%"
C2 = "国务院复函批准石河子经济技术开发区扩区9.9平方公里,形成国家级经济技术开发区、自治区级北工业园和兵团化工新材料产业园“一区两园”格局"
C3 = "今年,开发区将投资2.4亿元建设道路、排水等基础设施"
C4 = "其中化工新材料产业园污水综合利用工程和印染污水厂二期具备运营条件"
G["vs03"] = dict(
 article=art("（无标题）石河子经济技术开发区：十余年生产总值从3.02亿元增至120.9亿元", "原刊未署（兵团系报道的转载），载于 51edu.com（财经栏目）", "2013", "year",
  "Feature relayed by an education portal's business channel, Xinjiang (兵团第八师 石河子): a national ETDZ's growth 2000–2012 (GDP, fixed investment, tax), its 2012 expansion into “一区两园”, the year's infrastructure plan, help for firms",
  "http://51edu.com/caijing/kjcyzg/kjcyzgksxysd/3268513.html",
  "年份由文内“去年(2012年)8月30日”与“第一季度…首季‘开门红’”推定为2013年（一季度）。存段无标题、无来源行；原刊未署名（real95 / real145 也只见到这份转载）。末段“近年来,石河子开发区还把服务触角延伸到企业投资、生产、经营全过”在存段处断开，整段不收（ITEMS）。小标题“园区扩容 配套服务加速升级”保留为段落。园区：石河子经济技术开发区（又作“石河子开发区”“开发区”）；一区两园中的北工业园（自治区级）与兵团化工新材料产业园（又作“化工新材料产业园”）列为子园区。企业：新疆燕京啤酒公司。数据：2012年生产总值120.9亿元、固定资产投资137亿元、税收20亿元（2000年起点值可选）；扩区9.9平方公里；今年将投资2.4亿元建基础设施（target）；两项环保工程“具备运营条件”，不给状态，列为可选项目。",
  "vs03"),
 parks=[
  park(SH, "石河子", "新疆", "经济技术开发区", C0, district="兵团第八师", aliases=["石河子开发区"]),
  park("北工业园", "石河子", "新疆", "工业园区", C2, parent=SH, opt=True, note="自治区级"),
  park("兵团化工新材料产业园", "石河子", "新疆", "产业园", C2, parent=SH, aliases=["化工新材料产业园"], opt=True),
 ],
 companies=[
  comp("新疆燕京啤酒公司", SH, C0),
 ],
 institutions=[],
 projects=[
  proj("化工新材料产业园污水综合利用工程", "兵团化工新材料产业园", C4, opt=True, note="具备运营条件（不给状态）"),
  proj("印染污水厂二期", SH, C4, phase="二期", opt=True, note="具备运营条件（不给状态）"),
 ],
 aggregate_facts=[
  fact(SH, "park", "gdp_cny", 1.209e10, "cny", "增加到2012年的120.9亿元", "2012年"),
  fact(SH, "park", "gdp_cny", 3.02e8, "cny", "石河子开发区生产总值从2000年的3.02亿元", "2000年", opt=True),
  fact(SH, "park", "gdp_annual_growth", 0.36, "ratio", C1, "2000—2012年年均", kind="ratio", opt=True),
  fact(SH, "park", "fixed_asset_investment_cny", 1.37e10, "cny", "增加到137亿元", "2012年"),
  fact(SH, "park", "tax_revenue_cny", 2e9, "cny", "增加到20亿元", "2012年"),
  fact(SH, "park", "expansion_area_km2", 9.9, "km2", C2, "2012-08-30"),
  fact(SH, "park", "infrastructure_investment_cny", 2.4e8, "cny", C3, "2013年（计划）", kind="target"),
  fact(SH, "park", "jobs_recommended", 10500, "persons", "管委会向企业推荐用工1.05万人", "2012年", opt=True),
 ])

# ---------------------------------------------------------------- vs04 霍尔果斯经济开发区 一区三园 (天山网 via xzqh.info forum, 2012)
HG = "霍尔果斯经济开发区"
D0 = "同意霍尔果斯经济开发区设立霍尔果斯经济开发区管理委员会,规格为副厅级,实行‘一区三园’模式"
D1 = "霍尔果斯经济开发区面积约73平方公里(含新疆生产建设兵团)"
D2 = "包括霍尔果斯口岸30平方公里左右(含国务院已批准的中哈霍尔果斯国际边境合作中心13.16平方公里)、伊宁市35平方公里左右、清水河配套产业园区8平方公里左右"
D3 = "在3个园区分别设立霍尔果斯口岸管理委员会、伊宁配套产业园区管理委员会和清水河配套产业园区管理委员会,3个园区隶属于霍尔果斯特殊经济开发区"
D4 = "1—2月,霍尔果斯经济开发区实现地方财政收入1414万元,同比增长13.94%"
D5 = "实现过货量238.05万吨,过货贸易额15.13亿美元"
G["vs04"] = dict(
 article=art("霍尔果斯经济开发区“一区三园”模式助推园区发展", "天山网（通讯员 杨继宏），转帖于 xzqh.info 行政区划网论坛", "2012-03-30", "day",
  "Regional news portal's item reposted verbatim on a forum, Xinjiang (伊犁州): a new border economic development zone gets its management committee and a “one zone, three parks” structure — areas of the parts, first two months' fiscal revenue and trade",
  "http://xzqh.info/lt/read.php?fpage=109&tid=90799",
  "日期取帖子“发表于: 2012-03-30”（天山网原稿日期未见，应同日或稍早）。标题取帖题，去掉论坛分类“[边境口岸区]”与“[复制链接]”；论坛导航、阅读数、移帖说明与楼主签名已删。正文四段完整。园区：霍尔果斯经济开发区（文中又称“霍尔果斯特殊经济开发区”，作别名）；子园区：中哈霍尔果斯国际边境合作中心（13.16平方公里）、清水河配套产业园区（8平方公里）、伊宁配套产业园区（只见于管委会名，可选）；“霍尔果斯口岸”是口岸区（30平方公里），不列园区。事实：面积约73平方公里；1—2月地方财政收入1414万元、增长13.94%；过货贸易额15.13亿美元（usd）；过货量、进口天然气等可选。管委会列为可选机构。无企业、项目。",
  "vs04"),
 parks=[
  park(HG, "伊犁哈萨克自治州", "新疆", "经济开发区", D0, aliases=["霍尔果斯特殊经济开发区"], note="一区三园；含兵团部分"),
  park("中哈霍尔果斯国际边境合作中心", "伊犁哈萨克自治州", "新疆", "国际边境合作中心", D2, parent=HG),
  park("清水河配套产业园区", "伊犁哈萨克自治州", "新疆", "产业园区", D2, parent=HG),
  park("伊宁配套产业园区", "伊宁", "新疆", "产业园区", D3, parent=HG, opt=True, note="只见于管委会名；对应“伊宁市35平方公里左右”"),
 ],
 companies=[],
 institutions=[
  inst("霍尔果斯经济开发区管理委员会", D0, kind="park_admin", park=HG),
 ],
 projects=[],
 aggregate_facts=[
  fact(HG, "park", "area_km2", 73, "km2", D1, "2012年3月", qual="约", qtext="约"),
  fact("中哈霍尔果斯国际边境合作中心", "park", "area_km2", 13.16, "km2", D2, "2012年3月", opt=True),
  fact("清水河配套产业园区", "park", "area_km2", 8, "km2", D2, "2012年3月", qual="约", qtext="左右", opt=True),
  fact(HG, "park", "local_fiscal_revenue_cny", 1.414e7, "cny", D4, "2012年1—2月"),
  fact(HG, "park", "local_fiscal_revenue_yoy_growth", 0.1394, "ratio", D4, "2012年1—2月", kind="ratio"),
  fact(HG, "park", "cargo_trade_value_usd", 1.513e9, "usd", D5, "2012年1—2月"),
  fact(HG, "park", "cargo_volume_t", 2380500, "t", D5, "2012年1—2月", opt=True),
 ])

# ---------------------------------------------------------------- vs05 哈密 亚欧博览会 招商 (te-ch.tech relay, 2012)
SC = "哈密石城子光伏产业园"
E0 = "2012年,该公司20兆瓦聚光光伏发电项目,在哈密石城子光伏产业园开工建设"
E1 = "在首届中国-亚欧博览会上,哈密引进了中国弗光新能源控股有限公司"
E2 = "选择引进了世界最大的煤炭生产商、美国财富500强生产企业美国博地公司,在石头梅区建设一座首期年产5000万吨原煤的现代化露天煤矿"
E3 = "一年来,哈密引进项目125个,累计到位资金134亿元"
E4 = "尤其是今年上半年,引进项目96个,累计到位资金80.88亿元,同比增长45.44%"
G["vs05"] = dict(
 article=art("（无标题）哈密亚欧博览会招商：新能源项目成亮点", "原刊未署，载于 te-ch.tech（科技网站转载）", "2012-09", "month",
  "Investment-promotion report relayed by a technology site, Xinjiang (哈密地区): projects brought in since the first China–Eurasia Expo — a solar project started in a photovoltaic park, a US coal producer's planned mine, prefecture-level investment totals",
  "http://te-ch.tech/news/show-260677.html",
  "页面未给日期与原刊。文中“本届中国-亚欧博览会”“在首届…上”“2012年,该公司…开工建设”“一年来”“今年上半年”“到8月底”：本届为第二届（2012年9月），故定为2012-09（推定）。存段无标题，标题栏为编者概括；末尾转载免责声明已删。正文四段完整。园区：哈密石城子光伏产业园（唯一点名的园区）。企业：中国弗光新能源控股有限公司（园区为石城子光伏产业园）；美国博地公司（石头梅区为矿区，不是园区，park 为 null）。项目：20兆瓦聚光光伏发电项目（开工，无金额）；美国博地公司露天煤矿（首期年产5000万吨，无状态词，可选）。哈密地区层面的招商数字为 region 事实。",
  "vs05"),
 parks=[
  park(SC, "哈密", "新疆", "产业园", E0),
 ],
 companies=[
  comp("中国弗光新能源控股有限公司", SC, E1, note="项目在石城子光伏产业园开工"),
  comp("美国博地公司", None, E2, opt=True, note="在石头梅区（矿区）建煤矿"),
 ],
 institutions=[],
 projects=[
  proj("20兆瓦聚光光伏发电项目", SC, E0, companies=["中国弗光新能源控股有限公司"], status="开工", status_text="开工建设"),
  proj("首期年产5000万吨原煤的现代化露天煤矿", None, E2, companies=["美国博地公司"], phase="首期", opt=True, note="石头梅区（矿区），无状态词"),
 ],
 aggregate_facts=[
  fact("哈密地区", "region", "projects_introduced", 125, "count", E3, "首届亚博会以来一年", kind="cumulative"),
  fact("哈密地区", "region", "funds_in_place_cny", 1.34e10, "cny", E3, "首届亚博会以来一年", kind="cumulative"),
  fact("哈密地区", "region", "projects_introduced", 96, "count", E4, "2012年上半年"),
  fact("哈密地区", "region", "funds_in_place_cny", 8.088e9, "cny", "累计到位资金80.88亿元", "2012年上半年"),
  fact("哈密地区", "region", "funds_in_place_yoy_growth", 0.4544, "ratio", E4, "2012年上半年", kind="ratio", opt=True),
  fact("哈密地区", "region", "large_groups_introduced", 76, "count", "目前,哈密地区共引进大企业大集团76家,上市公司59家", "2012年8月", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- vs06 中卫 美利工业区 (中卫日报 2009, library archive)
ML = "美利工业区"
F0 = "来我市考察美利工业区、中宁工业园石空工业区宁夏华夏特钢循环经济项目"
F1 = "美利工业区是市委、市政府为实现“工业强市”战略目标、推进中卫经济社会跨越式发展,在沙坡头区北部规划建设的集工业发展、生态绿化为一体的生态园林工业区"
F2 = "目前,工业区招商引资工作初见成效,现引进企业17家,已开工建设项目一期投资共计61.26亿元,建成后可实现工业总产值119亿元"
F3 = "在宁夏钢铁集团公司100万吨特钢项目建设现场"
G["vs06"] = dict(
 article=art("平罗县党政考察团来卫考察", "中卫日报（记者 彭红兵），据 meta.librarydata.cn 报纸析出资源", "2009-09", "month",
  "City daily's short report kept in a library newspaper database, Ningxia (中卫): a county delegation's inspection of a city industrial zone — its sections, infrastructure built, firms brought in, investment of started projects and expected output; a steel project in another park",
  "https://meta.librarydata.cn/metainfo?metaID=310520020230003567",
  "库中摘要作“2009年9月14日…考察”，报道日期为2009年9月（14日或稍后），早于本组角度的2010年，作为最接近的宁夏条目收入。标题照录；库记录的元数据行（知识类型、内容出处、唯一号、摘要、关键词等）已删，正文起于“本报讯”。末句“在没有具备条件的情况下发展工业,非常”在存段处断开，已删（LINE_SUFFIX）。园区：美利工业区（中卫市沙坡头区）；中宁工业园及其石空工业区（文中连写“中宁工业园石空工业区”）。项目：宁夏华夏特钢循环经济项目（在石空工业区，无状态词）；宁夏钢铁集团公司100万吨特钢项目（“建设现场”→在建，园区文中未明说，推定为同一处，可选、park null）。事实：美利工业区引进企业17家、已开工项目一期投资61.26亿元（cumulative）、建成后工业总产值119亿元（target）、道路25条（可选）。",
  "vs06"),
 parks=[
  park(ML, "中卫", "宁夏", "工业园区", F1, district="沙坡头区", note="生态园林工业区"),
  park("中宁工业园", "中卫", "宁夏", "工业园区", F0, district="中宁县"),
  park("石空工业区", "中卫", "宁夏", "工业区", F0, district="中宁县", parent="中宁工业园", opt=True, note="文中连写“中宁工业园石空工业区”"),
 ],
 companies=[
  comp("宁夏钢铁集团公司", None, F3, opt=True, note="园区未明说"),
  comp("宁夏华夏特钢", "石空工业区", F0, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("宁夏华夏特钢循环经济项目", "石空工业区", F0, companies=["宁夏华夏特钢"], note="考察对象，无状态词"),
  proj("宁夏钢铁集团公司100万吨特钢项目", None, F3, companies=["宁夏钢铁集团公司"], status="在建", status_text="建设现场", opt=True, note="可能即华夏特钢项目；园区未明说"),
 ],
 aggregate_facts=[
  fact(ML, "park", "firms", 17, "count", F2, "2009年9月", kind="cumulative"),
  fact(ML, "park", "projects_started_investment_cny", 6.126e9, "cny", "已开工建设项目一期投资共计61.26亿元", "2009年9月", kind="cumulative"),
  fact(ML, "park", "expected_annual_output_cny", 1.19e10, "cny", "建成后可实现工业总产值119亿元", "建成后（预期）", kind="target"),
  fact(ML, "park", "roads_built", 25, "count", "先后修筑工业区内道路25条57.23公里", "2007年10月—2009年9月", kind="cumulative", opt=True),
 ])
