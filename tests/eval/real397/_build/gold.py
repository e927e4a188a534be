# real397 ground truth, read by build_all.py (helpers copied from real52). Conventions as real52: evidence verbatim; names as
# written; 超/超过 → 超, 余/多 → 余, 约/近 → 约; yuan in investment_cny / *_cny facts; growth rates as ratios.

# ---------------------------------------------------------------- mf01 黄石临空跨境电商产业园 (黄石日报 2020)
HS = "黄石临空跨境电商产业园"
A1 = "22日,黄石临空跨境电商产业园项目举行集中开工仪式"
A2 = "黄石临空跨境电商产业园东起磁湖路,西接发展大道,南连下陆大道,北至杭州路西延,总面积8.14平方公里,项目核心区约1500亩"
A3 = "项目由下陆区、黄石众邦、湖北中信合作开发建设,一期总投资11.5亿元,总占地面积182亩"
G["mf01"] = dict(
 article=art("黄石临空跨境电商产业园项目集中开工", "黄石日报（记者 侯娜），载于荆楚网 news.cnhubei.com", "2020-12-23", "day",
  "City daily on a provincial portal, Hubei: groundbreaking of a cross-border e-commerce park — area, core zone, developers, phase-1 investment and land",
  "http://news.cnhubei.com/huangshi/p/13520614.html",
  "日期取页面“发布时间:2020年12月23日12:42 来源: 黄石日报”；“22日”即2020年12月22日开工。导航、图片说明“黄石临空跨境电商产业园未来蓝图”已删；存段末行“副市长胡楚平主持开”中断，整行删去。园区：黄石临空跨境电商产业园（黄石市下陆区，湖北）。项目：该园项目（一期总投资11.5亿元，开工）。开发方黄石众邦、湖北中信列公司；中信建发华中公司、市众邦公司为可选。",
  "mf01"),
 parks=[park(HS, "黄石", "湖北", "跨境电商产业园", A2, district="下陆区", note="文中又作“临空跨境电商产业园”“园区”")],
 companies=[
  comp("黄石众邦", HS, A3, note="合作开发方"),
  comp("湖北中信", HS, A3, note="合作开发方"),
  comp("中信建发华中公司", HS, "开工仪式上,中信建发华中公司、市众邦公司、下陆区相关负责人分别就项目建设表态发言", opt=True),
 ],
 projects=[
  proj("黄石临空跨境电商产业园项目", HS, A3, companies=["黄石众邦", "湖北中信"], inv="一期总投资11.5亿元", status="开工",
       status_text="集中开工", phase="一期", note="开工见“举行集中开工仪式”；金额为一期"),
 ],
 aggregate_facts=[
  fact(HS, "park", "area_km2", 8.14, "km2", A2, "2020年12月"),
  fact(HS, "park", "core_area_mu", 1500, "mu", A2, "2020年12月", qual="约", qtext="约", opt=True),
  fact(HS, "park", "phase1_site_area_mu", 182, "mu", A3, "2020年12月", opt=True),
 ])

# ---------------------------------------------------------------- mf02 鼎菱跨境综合产业园 (福州日报 2023)
FZ = "福州现代物流城"
DL = "鼎菱跨境综合产业园"
B1 = "物流城内首个跨境电商产业园——鼎菱跨境综合产业园项目用地成功出让,将于近期正式动建,预计明年10月建成投用"
B2 = "鼎菱跨境综合产业园项目由泛鼎国际集团和霸菱亚洲投资有限公司共同投资建设,总投资10亿元,拟用地200亩"
G["mf02"] = dict(
 article=art("福州现代物流城首个跨境电商产业园项目用地成功出让", "福州日报，载于福州新闻网“投资福州”栏 tzfz.fznews.com.cn", "2023-04-12", "day",
  "City daily on the city news portal, Fujian: land for a cross-border e-commerce park inside a logistics city sold — investors, total investment, land, expected exports and jobs",
  "http://tzfz.fznews.com.cn/node/11696/20230412/643678e5ea289.shtml",
  "日期取页面“发布时间:2023-04-12 17:24:53”。引题“打造全国一流跨境电商平台”、栏目行与图片说明已删。末段“记者获悉,在去年“9·8”投洽会上…电力杆线拆除”为一句，在句中中断，整段删去。园区：福州现代物流城（母区）；鼎菱跨境综合产业园（其内，亦为项目）。项目已签约（2022年9·8投洽会）、用地出让、近期动建——状态记 planned（未开工），status_alt 签约。",
  "mf02"),
 parks=[
  park(FZ, "福州", "福建", "物流园区", "记者11日从福州现代物流城指挥部获悉", note="文中又作“物流城”"),
  park(DL, "福州", "福建", "跨境电商产业园", B1, parent=FZ, opt=True, note="在建园区，同时是项目"),
 ],
 companies=[
  comp("泛鼎国际集团", FZ, B2, note="投资方"),
  comp("霸菱亚洲投资有限公司", FZ, B2, note="投资方"),
 ],
 institutions=[inst("福州现代物流城指挥部", "记者11日从福州现代物流城指挥部获悉")],
 projects=[
  proj("鼎菱跨境综合产业园项目", FZ, B2, companies=["泛鼎国际集团", "霸菱亚洲投资有限公司"], inv="总投资10亿元",
       status="planned", status_text="用地成功出让,将于近期正式动建", status_alt="签约",
       note="2022年“9·8”投洽会签约；预计2024年10月建成投用"),
 ],
 aggregate_facts=[
  fact(DL, "park", "expected_exports_cny", 2e9, "cny", "项目投产运营后,将带动出口额超20亿元人民币", "投产运营后（预期）", kind="target", qual="超", qtext="超", chk=True),
  fact(DL, "park", "expected_jobs", 300, "count", "并提供300个就业岗位", "投产运营后（预期）", kind="target", opt=True),
  fact(DL, "park", "site_area_mu", 200, "mu", B2, "2023年4月（拟用地）", opt=True),
 ])

# ---------------------------------------------------------------- mf03 莲都 (中国经济导报 2021)
LD = "莲都电子商务产业集聚园"
LS = "丽水工业园区"
C1 = "其中,鞋服和箱包制造业有以万邦鞋业、三正箱包为代表的7家企业,2021年前三季度实现产值4.45亿元,同比去年同期增长73%"
C2 = "目前,已入园区的箱包企业已接近30家,其中近20家已经投产,有两家企业实现了上规"
C3 = "莲都区2020年累计实现网络零售额104.31亿元,首破百亿,同比增长26.2%"
C4 = "2021年1-9月累计实现网络零售额78.6亿元,位列全市排名第一,同比增长15.5%"
G["mf03"] = dict(
 article=art("（无标题）丽水市莲都区轻工时尚产业集群入选浙江省第三批产业集群跨境电子商务发展试点", "中国经济导报、中国发展网（莲轩、记者沈贞海），载于 jjdf.chinadevelopment.com.cn", "2021-12", "month",
  "National economic paper's web channel, Zhejiang: a district's light-industry cluster named a provincial cross-border e-commerce pilot — cluster output, bag firms in the industrial park, the district's e-commerce park and online retail figures",
  "http://jjdf.chinadevelopment.com.cn/cj/2021/12/1755093.shtml",
  "日期取网址 2021/12（日未示）。存段无标题行（title 为编者概括）。存段末句“电子商务直接”中断，该残句已删（LINE_SUFFIX）。园区：丽水工业园区（箱包企业入园）；莲都电子商务产业集聚园（只说“打造”，无数字；可选）。公司：万邦鞋业、三正箱包（集群代表企业，园区未明说，park null）。事实：集群7家企业前三季度产值与增速；园区箱包企业近30家、近20家投产（余/约不明，记“约”）；莲都区网络零售额（region）。",
  "mf03"),
 parks=[
  park(LS, "丽水", "浙江", "工业园区", "箱包制造业是丽水工业园区作为全产业链招商的一个比较有代表性的行业", district="莲都区", note="文中又作“园区”"),
  park(LD, "丽水", "浙江", "电子商务产业园", "打造莲都电子商务产业集聚园", district="莲都区", opt=True, note="只说“打造”"),
 ],
 companies=[
  comp("万邦鞋业", None, C1, note="轻工时尚产业集群代表企业；园区未明说"),
  comp("三正箱包", None, C1, note="同上"),
 ],
 institutions=[inst("浙江省商务厅", "经各地自主申报、浙江省商务厅审核")],
 projects=[],
 aggregate_facts=[
  fact("丽水市莲都区轻工时尚产业集群", "region", "output_cny", 4.45e8, "cny", C1, "2021年前三季度", kind="cumulative", chk=True, note="7家鞋服箱包企业"),
  fact("丽水市莲都区轻工时尚产业集群", "region", "output_yoy_growth", 0.73, "ratio", C1, "2021年前三季度", kind="ratio"),
  fact(LS, "park", "bag_firms_entered", 30, "count", C2, "2021年", qual="约", qtext="接近"),
  fact(LS, "park", "bag_firms_in_production", 20, "count", C2, "2021年", qual="约", qtext="近"),
  fact(LS, "park", "bag_firms_above_scale", 2, "count", C2, "2021年", opt=True),
  fact("莲都区", "region", "online_retail_sales_cny", 1.0431e10, "cny", C3, "2020年", chk=True),
  fact("莲都区", "region", "online_retail_sales_yoy_growth", 0.262, "ratio", C3, "2020年", kind="ratio", opt=True),
  fact("莲都区", "region", "online_retail_sales_cny", 7.86e9, "cny", C4, "2021年1–9月", kind="cumulative", chk=True),
  fact("莲都区", "region", "active_online_shops", 1810, "count", "各类活跃网络零售网店1810家", "2020年", opt=True),
 ])

# ---------------------------------------------------------------- mf04 郯城 电商园区 (2021)
D1 = "郯城县累计建成丝路云互联网产业园、薛庄柳编电商产业园等6个电商园区"
G["mf04"] = dict(
 article=art("农业大县深耕电商市场 郯城依托特色产业优势培育数百家电商企业", "m.yybnet.net 临沂频道（“本报记者 纪伟 本报通讯员 刘国伟 禚艳华”；原报名存段未示）", "2021-02", "month",
  "Regional news site, Shandong: a farming county's e-commerce — a town's e-shops, county e-commerce parks built, craft-product sales",
  "https://m.yybnet.net/linyi/tancheng/202102/11246976.html",
  "日期取网址 202102（文中“春节前夕”，2021年春节为2月12日）。署名两行已删。正文至“…各5个。”，存段至此结束。园区：丝路云互联网产业园、薛庄柳编电商产业园（郯城县，临沂市，山东；只点名）。公司无具名。事实：红花镇电商240余家、销售额50万元以上28家；柳编年产值4亿元、电商年销售约1亿元；县建成电商园区6个（region）。",
  "mf04"),
 parks=[
  park("丝路云互联网产业园", "临沂", "山东", "互联网产业园", D1, district="郯城县"),
  park("薛庄柳编电商产业园", "临沂", "山东", "电商产业园", D1, district="郯城县"),
 ],
 companies=[], projects=[],
 aggregate_facts=[
  fact("郯城县", "region", "ecommerce_parks_built", 6, "count", D1, "截至2021年初", kind="cumulative"),
  fact("红花镇", "region", "ecommerce_firms", 240, "count", "目前,红花镇共有电商240余家", "2021年初", qual="余", qtext="余"),
  fact("红花镇", "region", "ecommerce_firms_sales_over_500k", 28, "count", "其中销售额50万元以上的电商达28家", "2021年初", opt=True),
  fact("红花镇", "region", "annual_output_cny", 1.8e9, "cny", "作为年创产值18亿元、华东地区最大的“中国结”生产基地的郯城县红花镇", "2021年初", opt=True, chk=True),
  fact("郯城县", "region", "wicker_annual_output_cny", 4e8, "cny", "柳编工艺品年产值达4亿元", "2021年初", opt=True, chk=True),
  fact("郯城县", "region", "wicker_online_sales_cny", 1e8, "cny", "通过淘宝等电商平台年销售1亿元左右", "2021年初", qual="约", qtext="左右", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- mf05 西安跨境电商综试区 (2023)
XA = "西安跨境电商综试区"
E1 = "近三年,全市跨境电商交易额年均增长40%,2022年达到144亿元,市场主体1800余个,从业人员3万余人"
G["mf05"] = dict(
 article=art("（无标题）西安跨境电商综试区2022年度考核评估居全国第15位", "uxup.ltd（原发媒体未注明）", "2023", "year",
  "Relay of a city commerce-bureau item, Shaanxi: a cross-border e-commerce comprehensive pilot zone's assessment rank, express trains, trade value, market players",
  "https://www.uxup.ltd/235658.html",
  "存段无标题、无日期；年份由文意推定：5月31日会上发布“2022年跨境电商综试区考核评估结果”，故为2023年（日期精度只到年，存疑）。正文完整（三段）。西安跨境电商综试区为城市级综合试验区，列为园区类（kind 综试区），文中又作“西安综试区”。事实：专列377列、交易额近100亿元（累计）；2022年交易额144亿元、市场主体1800余个、从业人员3万余人；年均增长40%。",
  "mf05"),
 parks=[park(XA, "西安", "陕西", "跨境电子商务综合试验区", "西安跨境电商综试区自2018年批复设立以来", aliases=["西安综试区"], note="城市级综试区，非围合园区")],
 companies=[],
 institutions=[inst("商务部", "商务部王受文副部长出席会议"), inst("市商务局", "市商务局麻晓勤副局长在会上围绕“拓展开放通道,完善服务配套”介绍西安跨境电商综试区发展经验")],
 projects=[],
 aggregate_facts=[
  fact(XA, "park", "assessment_rank", 15, "rank", "西安综试区在全国前五批共105个综试区中居第15位", "2022年度", opt=True),
  fact(XA, "park", "ecommerce_express_trains", 377, "count", "累计开行跨境电商专列377列", "2018–2023年5月", kind="cumulative"),
  fact(XA, "park", "cross_border_ecommerce_value_cny", 1e10, "cny", "实现跨境电商交易额近100亿元", "2018–2023年5月（专列）", kind="cumulative", qual="约", qtext="近", chk=True),
  fact("西安市", "region", "cross_border_ecommerce_value_cny", 1.44e10, "cny", E1, "2022年", chk=True),
  fact("西安市", "region", "cross_border_ecommerce_value_avg_growth", 0.40, "ratio", E1, "近三年（年均）", kind="ratio"),
  fact("西安市", "region", "cross_border_ecommerce_market_players", 1800, "count", E1, "2022年", qual="余", qtext="余"),
  fact("西安市", "region", "cross_border_ecommerce_employees", 30000, "count", E1, "2022年", qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- mf06 中国(鄂州)跨境电商产业园 (领导决策网, date unknown)
EZ = "中国(鄂州)跨境电商产业园"
F1 = "自今年4月正式开园以来,该园区已吸引364家企业注册,其中半数企业是看中当地优越的航空物流条件而落户"
F2 = "今年1月至9月,鄂州跨境电商进出口额达273亿元,占全市外贸总量的近八成"
G["mf06"] = dict(
 article=art("（无标题）中国(鄂州)跨境电商产业园开园以来364家企业注册", "领导决策网（lingdaojuece.cn）", None, "unknown",
  "Policy news site, Hubei: a cross-border e-commerce park near a cargo airport — firms registered since opening, phases built and planned, the city's cross-border e-commerce trade",
  "https://www.lingdaojuece.cn/list_72/4925.html",
  "存段无标题、无日期；发表日期未知（文中只有“今年4月正式开园”“今年1月至9月”；提到鄂州花湖国际机场，推定不早于2022年）——存疑。正文完整（五段）。园区：中国(鄂州)跨境电商产业园（鄂州市，湖北）。事实：开园以来注册企业364家（cumulative）；鄂州1—9月跨境电商进出口额273亿元（region）。人工智能研究院（韩冰创办）未具名，不列。",
  "mf06"),
 parks=[park(EZ, "鄂州", "湖北", "跨境电商产业园", "位于湖北鄂州的中国(鄂州)跨境电商产业园内,中外主播们正通过直播平台向全球消费者推荐各类商品", note="文中又作“该园区”“产业园”")],
 companies=[], projects=[],
 aggregate_facts=[
  fact(EZ, "park", "firms_registered", 364, "count", F1, "开园（当年4月）以来", kind="cumulative"),
  fact("鄂州市", "region", "cross_border_ecommerce_trade_cny", 2.73e10, "cny", F2, "当年1–9月", kind="cumulative", chk=True),
  fact("鄂州市", "region", "cross_border_ecommerce_share_of_trade", 0.8, "ratio", F2, "当年1–9月", kind="ratio", qual="约", qtext="近", opt=True),
 ])
