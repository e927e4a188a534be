# real438 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Angle: Japanese, Korean, German and other foreign firms' plants in Chinese zones — firm, park, sum, stage.
# Conventions as real28–real52: evidence verbatim (lu06 is traditional script as published; the other six simplified);
# names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word).
# Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts,
# yen as investment_value + investment_currency "jpy". Projects: the park is the one the text places the project in, null if
# none (a city is not a park). Status from the text's words (开工建设 / 启动…建设 → 开工; 正在建设 / 加速推进…建设 → 在建;
# 将…建成 / 决定推动 / 谋划 → planned). A foreign parent firm investing from abroad gets park null. Sources are `search`
# (corpus pages) excerpts typed into _raw/pages/luNN.raw as returned.

# ---------------------------------------------------------------- lu01 蓬莱现代重工 (水母网 2024)
PL = "蓬莱经济开发区"
HG = "蓬莱海工产业园区"
A0 = "昨天上午,蓬莱现代重工高端装备制造项目在蓬莱经济开发区正式开工建设,标志着蓬莱海工产业园区再添“新兵”"
A1 = "该项目是由世界500强企业韩国现代重工和行业领先企业冰轮环境强强联合,共同投资建设"
A2 = "项目位于蓬莱仙境东路南、蓬莱路西地块,占地约276亩,投资4.4亿元,总体规划,分期建设"
A3 = "一期投资2.8亿元,占地约146亩,总建筑面积52792㎡"
A4 = "一期项目达产后预计实现年销售收入6.5亿元"
A5 = "二期占地约130亩,计划投资1.6亿元,主要为一期生产线扩大产能"
A6 = "规划建设面积从6.5平方公里扩展到19平方公里,在龙头企业的带动下,已吸引70多家相关配套企业相继进驻"
A7 = "近年来新引进韩国现代重工、山东送变电海缆运维基地、华能半岛北50万千瓦K风场、中远海运物流重装基地等世界500强企业,及其上海电气风电主机、上海锅炉厂高端装备制造等一批上市公司项目"
PJ1 = "蓬莱现代重工高端装备制造项目"
G["lu01"] = dict(
 article=art("韩国现代重工高端装备制造项目昨日在蓬莱经济开发区开工建设 蓬莱海工产业园区再添“新兵”", "水母网（烟台，YMG全媒体记者 陆启飞 通讯员 王禹岐）", "2024-06-02", "day",
  "City news portal, Shandong: a Korean heavy-industry group and a local listed firm start a boiler / marine-equipment plant in a county-level development zone — site, total and phase investments, expected sales; the offshore-engineering park's area and firms",
  "https://news.shm.com.cn/2024-06/02/content_5395136.htm",
  "日期取页面“2024-06-02 08:56:22”（文中“昨天上午”即2024年6月1日开工）。标题照录；栏目导航、时间来源行、“编辑:王雪”、版权与相关报道行已删；正文三段，完整。园区：蓬莱经济开发区（项目所在，烟台市蓬莱区，山东）；蓬莱海工产业园区（文中又作“海工产业园”“园区”；与蓬莱经济开发区的隶属关系文中未说，parent 留空）。项目：蓬莱现代重工高端装备制造项目（标题作“韩国现代重工高端装备制造项目”）——正式开工建设→开工；投资4.4亿元；一期2.8亿元、二期计划1.6亿元与一期达产后年销售收入6.5亿元记为项目事实。公司：韩国现代重工（外方投资者；文中列为海工产业园新引进的世界500强企业，park 记海工产业园）、冰轮环境（合作方，园区未说，null）。海工产业园新引进的其他企业/基地（山东送变电、华能、中远海运物流、上海电气、上海锅炉厂）列为可选公司。园区事实：规划面积扩至19平方公里、70多家配套企业进驻（cumulative，余）。",
  "lu01"),
 parks=[
  park(PL, "烟台", "山东", "经济开发区", A0, district="蓬莱区"),
  park(HG, "烟台", "山东", "产业园", A0, district="蓬莱区", aliases=["海工产业园"], note="与蓬莱经济开发区的隶属关系文中未说"),
 ],
 companies=[
  comp("韩国现代重工", HG, A7, aliases=["现代重工"], note="世界500强；项目外方投资者；文中列为海工产业园新引进企业"),
  comp("冰轮环境", None, A1, note="合作投资方（行业领先企业）；园区未说"),
  comp("山东送变电", HG, A7, opt=True, note="只在“山东送变电海缆运维基地”中"),
  comp("华能", HG, A7, opt=True, note="只在“华能半岛北50万千瓦K风场”中"),
  comp("中远海运物流", HG, A7, opt=True, note="只在“中远海运物流重装基地”中"),
  comp("上海电气", HG, A7, opt=True, note="只在“上海电气风电主机”中"),
  comp("上海锅炉厂", HG, A7, opt=True, note="只在“上海锅炉厂高端装备制造”中"),
 ],
 projects=[
  proj(PJ1, PL, A2, companies=["韩国现代重工", "冰轮环境"], inv="投资4.4亿元", status="开工", status_text="正式开工建设",
       aliases=["韩国现代重工高端装备制造项目"], note="2024年6月1日开工；占地约276亩；总体规划、分期建设"),
 ],
 aggregate_facts=[
  fact(PJ1, "project", "phase1_investment_cny", 2.8e8, "cny", A3, "2024年6月（一期）", chk=True),
  fact(PJ1, "project", "phase1_floor_area_m2", 52792, "m2", A3, "2024年6月（一期）", opt=True),
  fact(PJ1, "project", "expected_annual_sales_cny", 6.5e8, "cny", A4, "一期达产后（预计）", kind="target", chk=True),
  fact(PJ1, "project", "phase2_planned_investment_cny", 1.6e8, "cny", A5, "二期（计划）", kind="target", chk=True),
  fact(PJ1, "project", "site_area_mu", 276, "mu", A2, "2024年6月", qual="约", qtext="约", opt=True),
  fact(HG, "park", "planned_area_km2", 19, "km2", A6, "2024年6月"),
  fact(HG, "park", "firms_entered", 70, "count", A6, "2024年6月", kind="cumulative", qual="余", qtext="多", note="相关配套企业"),
 ])

# ---------------------------------------------------------------- lu02 盐城 中韩博览会 (ycnews 2022)
YC = "盐城经开区"
B0 = "今年1月17日,韩国SK30GWh动力电池项目在盐城经开区开工建设,它是近年来盐城最大的利用外资项目,列入今年江苏省重大实施项目,投产后年可新增销售200亿元,为盐城新能源汽车产业发展壮大提供支撑"
B1 = "作为中韩经济合作的先进典范,韩国SK ON株式会社社长池东燮相信SK ON在中国“双循环”新发展格局下,努力生产最优质的电池"
PJ2 = "SK30GWh动力电池项目"
G["lu02"] = dict(
 article=art("盐城:共享新机遇 开放向未来", "盐城新闻网 ycnews.cn（来源与署名页面未注明）", "2022-11-23", "day",
  "City news portal feature, Jiangsu: the fourth China–Korea trade and investment expo in a city with dense Korean investment — thirty years of Korean investment, a Korean battery maker's project started in the city's development zone with its expected sales",
  "https://www.ycnews.cn/p/589811.html",
  "日期取页面“2022-11-23 14:26”。标题照录；日期来源行已删。存段末段“五年弹指一挥间,…盐城坚持把中韩(盐城)产业园作为盐城开放发展的主阵地与对外”在句中中断，整段删去；正文截至 SK ON 社长语一段，含小标题“畅通合作 打造中韩合作新标杆”一行，共七段。园区：盐城经开区（盐城经济技术开发区，江苏；文中只作“盐城经开区”，不补全称）。“中韩产业园”只在“盐城被确定为中韩产业园地方合作城市”中（泛称），不列园区。项目：韩国SK30GWh动力电池项目——2022年1月17日在盐城经开区开工建设→开工；无金额；投产后年新增销售200亿元（target）。公司：韩国SK ON株式会社（文中又作“SK ON”；韩国母公司，park null）。博览会不是实体。",
  "lu02"),
 parks=[
  park(YC, "盐城", "江苏", "经济技术开发区", B0),
 ],
 companies=[
  comp("韩国SK ON株式会社", None, B1, aliases=["SK ON"], note="韩国母公司；项目在盐城经开区"),
 ],
 projects=[
  proj(PJ2, YC, B0, companies=["韩国SK ON株式会社"], status="开工", status_text="开工建设", aliases=["韩国SK30GWh动力电池项目"],
       note="2022年1月17日开工；近年来盐城最大的利用外资项目；无金额"),
 ],
 aggregate_facts=[
  fact(PJ2, "project", "expected_annual_sales_cny", 2e10, "cny", "投产后年可新增销售200亿元", "投产后（预计）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- lu03 烟台 103家世界500强 (山东省商务厅 2020)
YT = "烟台"
C0 = "1987年7月,美国乐泰公司(其总公司为德国汉高公司)与烟台机械工业研究所共同投资1200万美元(其中外资600万美元)设立了我市第一家世界500强投资企业——汉高乐泰(中国)有限公司"
C1 = "等在内的103家世界500强企业陆续来烟投资设厂"
C2 = "设立了富士康(烟台)工业园、上汽通用东岳动力总成有限公司、乐金显示(烟台)有限公司、现代汽车研发中心(中国)有限公司、烟台大悦城有限公司、斗山工程机械(中国)有限公司等326个项目"
C3 = "其中,内资项目199个,合同利用市外资金430.85亿元;外资项目127个,合同利用境外资金57.49亿美元"
C4 = "此后,包括日本伊藤忠、三菱、三井、韩国SK、三菱、现代、LG、希杰、美国通用、铁姆肯、法国电力、德国林德、新加坡丰益国际、香港华润、招商局集团以及台湾鸿海集团等在内的103家世界500强企业陆续来烟投资设厂"
C5 = "其中,日韩企业共22家,占比21.3%,在境外企业中占比最大"
C6 = "58家在烟投资世界500强企业再投资、再发展,占比56.3%"
ASC = "截至2020年8月"
_investors = ["日本伊藤忠", "三菱", "三井", "韩国SK", "现代", "LG", "希杰", "美国通用", "铁姆肯", "法国电力", "德国林德",
              "新加坡丰益国际", "香港华润", "招商局集团", "台湾鸿海集团"]
G["lu03"] = dict(
 article=art("103家世界500强企业来烟投资", "山东省商务厅网站（“山东与世界500强连线”专栏；据烟台商务局消息）", "2020-08-27", "day",
  "Provincial commerce department's website, Shandong: a city's Fortune-500 investors since 1987 — the first foreign-invested Fortune-500 firm and its capital, 103 investors, 326 projects with domestic and foreign contract funds, sector and origin shares, reinvestment",
  "http://commerce.shandong.gov.cn/art/2020/8/27/art_168892_9695348.html",
  "日期取页面“发布日期: 2020- 08- 27”。标题照录；站名、导航与发布日期行已删。存段末句“比如,台湾鸿海…;香港招商局…;美国德尔福集团,自2005年以来,投资设立3个新项目”在列举中中断，该句已删（make_txt.py LINE_SUFFIX）；正文截至“…占比56.3%。”，共五段。文中未点名任何开发区或园区：“富士康(烟台)工业园”是企业项目名，列为可选园区。公司：汉高乐泰(中国)有限公司（烟台第一家世界500强投资企业，1987年，共同投资1200万美元，其中外资600万美元）；所设企业（上汽通用东岳动力总成有限公司等五家）列为公司，园区 null；投资方（日本伊藤忠等十五家、美国乐泰公司、德国汉高公司）列为可选公司。烟台机械工业研究所为可选机构。事实（subject 烟台，region，截至2020年8月，cumulative）：103家世界500强、326个项目、内资199个/430.85亿元、外资127个/57.49亿美元、日韩企业22家（21.3%）、再投资58家（56.3%）；三次产业项目数列可选。",
  "lu03"),
 parks=[
  park("富士康(烟台)工业园", "烟台", "山东", "工业园", C2, opt=True, note="企业项目名（鸿海集团所设），文中作为项目列举"),
 ],
 companies=[
  comp("汉高乐泰(中国)有限公司", None, C0, note="烟台第一家世界500强投资企业（1987年）"),
  comp("美国乐泰公司", None, C0, opt=True, note="投资方；总公司为德国汉高公司"),
  comp("德国汉高公司", None, C0, opt=True),
  comp("上汽通用东岳动力总成有限公司", None, C2),
  comp("乐金显示(烟台)有限公司", None, C2),
  comp("现代汽车研发中心(中国)有限公司", None, C2),
  comp("烟台大悦城有限公司", None, C2),
  comp("斗山工程机械(中国)有限公司", None, C2),
 ] + [comp(n, None, C4, opt=True, note="来烟投资的世界500强企业（投资方）") for n in _investors],
 institutions=[
  inst("烟台机械工业研究所", C0, kind="research", note="汉高乐泰的中方投资方"),
  inst("烟台商务局", "据烟台商务局消息", note="消息来源"),
 ],
 projects=[],
 aggregate_facts=[
  fact("汉高乐泰(中国)有限公司", "company", "investment_usd", 1.2e7, "usd", C0, "1987年7月（设立）"),
  fact("汉高乐泰(中国)有限公司", "company", "foreign_investment_usd", 6e6, "usd", C0, "1987年7月（设立）", opt=True),
  fact(YT, "region", "fortune500_investors", 103, "count", C1, ASC, kind="cumulative"),
  fact(YT, "region", "projects", 326, "count", C2, ASC, kind="cumulative", note="世界500强企业所设项目"),
  fact(YT, "region", "domestic_projects", 199, "count", C3, ASC, kind="cumulative"),
  fact(YT, "region", "domestic_contract_funds_cny", 4.3085e10, "cny", C3, ASC, kind="cumulative", chk=True, note="合同利用市外资金"),
  fact(YT, "region", "foreign_projects", 127, "count", C3, ASC, kind="cumulative"),
  fact(YT, "region", "contract_foreign_capital_usd", 5.749e9, "usd", "外资项目127个,合同利用境外资金57.49亿美元", ASC, kind="cumulative"),
  fact(YT, "region", "japan_korea_fortune500_investors", 22, "count", C5, ASC, kind="cumulative"),
  fact(YT, "region", "japan_korea_share_of_fortune500_investors", 0.213, "ratio", C5, ASC, kind="ratio"),
  fact(YT, "region", "reinvesting_fortune500_investors", 58, "count", C6, ASC, kind="cumulative"),
  fact(YT, "region", "reinvesting_share", 0.563, "ratio", C6, ASC, kind="ratio", opt=True),
  fact(YT, "region", "domestic_fortune500_investors", 59, "count", "境内企业占比高,共59个,占比1/2以上", ASC, kind="cumulative", opt=True),
  fact(YT, "region", "tertiary_sector_projects", 167, "count", "第一产业、第二产业、第三产业分别为2个、151个、167个", ASC, kind="cumulative", opt=True),
  fact(YT, "region", "secondary_sector_projects", 151, "count", "第一产业、第二产业、第三产业分别为2个、151个、167个", ASC, kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- lu04 宝安 中德(欧)产业示范园开园 (new.qq.com 2020)
ZD = "中德(欧)产业示范园"
D0 = "12月3日,定位为“战略性新兴产业智创中心”的中德(欧)产业示范园正式开园"
D1 = "据悉,中德(欧)产业示范园区总建筑面积达7.95万平方米,将优先引入具有核心竞争力的德国隐形冠军企业及国际知名优质企业"
D2 = "5个项目在开园仪式上签署了租赁意向协议"
G["lu04"] = dict(
 article=art("（无标题）深圳宝安中德(欧)产业示范园正式开园", "腾讯网 new.qq.com（原发媒体与署名存段未示）", "2020-12-04", "day",
  "National portal relaying a district item, Guangdong: a Sino-German (European) industrial demonstration park opens in a Shenzhen district — its positioning, floor area, intended German 'hidden champion' tenants, five lease letters of intent signed, officials' remarks",
  "https://new.qq.com/rain/a/20201204A067CY00",
  "日期取网址 20201204（开园在12月3日）。存段无标题、无日期行（title 为编者概括）。图片说明（重复导语的“12月3日,定位为…正式开园。”、重复的“5个项目在开园仪式上签署了租赁意向协议。”、“园区一景。”“园区办公楼A.”“办公楼A.”“园区已经建好一栋配套公寓楼。”）已删；存段末“据了”为下一段残文，已删；正文五段。园区：中德(欧)产业示范园（文中又作“中德(欧)产业示范园区”；深圳市宝安区，广东）。无具名企业或项目、无投资额：5个项目签署租赁意向协议（事实）。出席机构列为可选机构。",
  "lu04"),
 parks=[
  park(ZD, "深圳", "广东", "产业园", D0, district="宝安区", aliases=["中德(欧)产业示范园区"], note="定位为“战略性新兴产业智创中心”；2020年12月3日开园"),
 ],
 companies=[],
 institutions=[
  inst("德国海外商会联盟", "德国海外商会联盟北京总经理Jonathan Schoo", kind="association"),
  inst("欧盟商会", "欧盟商会华南董事会副主席Klaus Zenkel", kind="association"),
  inst("深圳信息职业技术学院", "深圳信息职业技术学院党委书记刘锦", kind="university"),
 ],
 projects=[],
 aggregate_facts=[
  fact(ZD, "park", "floor_area_m2", 7.95e4, "m2", D1, "2020年12月（开园）"),
  fact(ZD, "park", "projects_signed", 5, "count", D2, "2020年12月3日（开园仪式）", note="签署租赁意向协议"),
 ])

# ---------------------------------------------------------------- lu05 盐城 代表团访韩 (中央日报中文网 2020)
ZH = "中韩(盐城)产业园"
YJ = "盐城经济技术开发区"
E0 = "2017年12月11日,中国国务院正式批复成立中韩(盐城)产业园,成为盐城获得的首个国家级国际合作园区金字招牌"
E1 = "据了解,中韩(盐城)产业园规划面积50平方公里,空间布局包括盐城经济技术开发区的42平方公里产城融合核心区和大丰港8平方公里临港产业配套区"
E2 = "截至当年,落户盐城的韩企超过千家,总投资50多亿美元,包括韩国现代汽车在盐城设立了配套工厂等"
E3 = "宣布东风悦达起亚汽车有限公司正式成立"
G["lu05"] = dict(
 article=art("冲破疫情封锁,盐城市代表团一行在建交纪念日访韩", "中央日报中文网 chinese.joins.com（中央日报 北京总局 高江涛）", "2020-08-31", "day",
  "Korean newspaper's Chinese-language site: a Chinese city's delegation visits Korean groups — the city's Korean joint venture, Korean firms and investment by 2015, the state-approved Sino-Korean industrial park with its area and layout across a national development zone and a port",
  "http://chinese.joins.com/news/articleView.html?idxno=98695",
  "日期取“上传 2020.08.31 16:56”（页首“2024年04月25日 (周四)”为抓取时的页面日期，不用）。标题照录；韩文栏目字“상태바”、重复标题、署名与互动行已删。存段末段“今年5月份盐城做出建设韩风国际文化名城决定,并把此定位为中国东部沿海中”在句中中断，整段删去；正文四段。园区：中韩(盐城)产业园（文中又作“中韩盐城产业园”；2017年12月11日国务院批复；规划面积50平方公里）；盐城经济技术开发区（42平方公里产城融合核心区在其中，列为中韩(盐城)产业园的组成部分，parent 不填：文中是空间布局包含关系，非隶属）；大丰港（8平方公里临港产业配套区，可选）。公司：东风悦达起亚汽车有限公司（2002年成立，园区未说，null）；现代汽车（在盐城设配套工厂）、SK、LG 为访问对象，可选。事实：落户盐城的韩企超过千家、总投资50多亿美元（截至2015年，cumulative，region 盐城）。",
  "lu05"),
 parks=[
  park(ZH, "盐城", "江苏", "产业园", E0, aliases=["中韩盐城产业园"], note="国家级国际合作园区；2017年12月11日国务院批复"),
  park(YJ, "盐城", "江苏", "经济技术开发区", E1, note="42平方公里产城融合核心区属中韩(盐城)产业园空间布局"),
  park("大丰港", "盐城", "江苏", "港区", E1, opt=True, note="8平方公里临港产业配套区"),
 ],
 companies=[
  comp("东风悦达起亚汽车有限公司", None, E3, note="2002年8月28日开业揭牌；中外三方股东"),
  comp("韩国现代汽车", None, E2, aliases=["现代汽车"], opt=True, note="在盐城设立配套工厂；代表团访问对象"),
  comp("SK", None, "分别与现代汽车、SK、LG等韩国大企业进行交流", opt=True),
  comp("LG", None, "分别与现代汽车、SK、LG等韩国大企业进行交流", opt=True),
 ],
 projects=[],
 aggregate_facts=[
  fact(ZH, "park", "planned_area_km2", 50, "km2", E1, "2020年8月"),
  fact(YJ, "park", "core_area_km2", 42, "km2", E1, "2020年8月", opt=True, note="中韩(盐城)产业园的产城融合核心区"),
  fact("大丰港", "park", "area_km2", 8, "km2", E1, "2020年8月", opt=True, note="临港产业配套区"),
  fact("盐城", "region", "korean_firms", 1000, "count", E2, "2015年", kind="cumulative", qual="超", qtext="超过"),
  fact("盐城", "region", "korean_investment_usd", 5e9, "usd", E2, "2015年", kind="cumulative", qual="余", qtext="多"),
 ])

# ---------------------------------------------------------------- lu06 日韓等外資在大連 (日經中文網 2023, traditional)
F0 = "2022年,豐田和松下的合資公司在生産純電動汽車(EV)電池的大連,啟動了第3座工廠建設"
F1 = "日本電産也建設了生産馬達的新工廠"
F2 = "日本機械零部件廠商THK將於2023年初建成投資約1億5000萬元的新工廠"
F3 = "將在現有基地投資約20億日元,於2023年秋建成新工廠"
F4 = "另外,生産味增的企業松井味增(兵庫縣明石市)12月從大連市政府獲得威士忌酒的製造和銷售許可"
F5 = "除了日本企業以外,瑞典軸承大企業斯凱孚(SKF)正在建設新工廠,南韓SK海力士也將擴建從美國英特爾收購的半導體工廠"
F6 = "從事基礎設施建設的招商局集團正在大連推進港口開發"
F7 = "據大連市統計局的數據,相當於外資企業投資額的「實際利用外資」2022年1~11月達到18億美元,超過2021年全年(16.7億美元)"
G["lu06"] = dict(
 article=art("日韓等外資在大連擴大設備投資", "日經中文網（日本經濟新聞中文版，繁體頁；無署名）", "2023-01-10", "day",
  "Japanese business daily's Chinese site (traditional script), on a north-eastern port city: foreign firms' capital spending rises — utilised FDI figures, a Toyota–Panasonic battery JV's third plant started, Japanese, Swedish and Korean firms' new or expanded plants with amounts and completion dates",
  "https://devzh.cn.nikkei.com/china/ceconomy/51043-2023-01-10-05-00-58.html",
  "繁體字，照原樣保存，未轉換（日經中文網的繁體版頁面，網址為 devzh.cn.nikkei.com）。日期取頁面“2023/01/10”。標題照錄；站名、導航、“PRINT”、圖片說明“南韓SK海力士將擴建從英特爾收購的半導體工廠(2022年12月)”、版權聲明與評論投票已刪；正文六段，完整。文中無任何開發區或園區名（只說大連市）：項目 park 皆 null。項目：豐田和松下的合資公司第3座工廠（啟動建設→开工）；日本電産新工廠（建設了→在建，可選：是否已建成未明說）；THK新工廠（將於2023年初建成→在建；“投資約1億5000萬元”=1.5億元，check_gold 的金額解析只讀“5000萬元”，故 investment_cny 留空，值記於 note）；松井味增新工廠（將投資約20億日元、2023年秋建成→planned；日元記 investment_value）；斯凱孚(SKF)新工廠（正在建設→在建）；SK海力士半導體工廠擴建（將擴建→planned）；招商局集團港口開發（正在推進，可選）。事實：大連市實際利用外資2022年1~11月18億美元（cumulative）、2021年全年16.7億美元；2019~2020年約6.5億美元（可選）。",
  "lu06"),
 parks=[],
 companies=[
  comp("THK", None, F2, note="日本機械零部件廠商；大連新工廠"),
  comp("松井味增", None, F4, note="兵庫縣明石市；大連現有基地"),
  comp("日本電産", None, F1),
  comp("斯凱孚", None, F5, aliases=["SKF"], note="瑞典軸承大企業"),
  comp("SK海力士", None, F5, note="南韓；擴建從英特爾收購的半導體工廠"),
  comp("招商局集團", None, F6, opt=True, note="香港企業（享受外資待遇）"),
  comp("豐田", None, F0, opt=True, note="只在“豐田和松下的合資公司”中"),
  comp("松下", None, F0, opt=True, note="只在“豐田和松下的合資公司”中"),
  comp("英特爾", None, F5, opt=True, note="工廠原所有者"),
 ],
 projects=[
  proj("豐田和松下的合資公司第3座工廠", None, F0, companies=["豐田", "松下"], status="开工", status_text="啟動了第3座工廠建設",
       note="純電動汽車電池；大連；名稱為編者概括"),
  proj("日本電産新工廠", None, F1, companies=["日本電産"], status="在建", status_text="建設了", opt=True, note="生産馬達；是否已建成未明說"),
  dict(proj("THK新工廠", None, F2, companies=["THK"], status="在建", status_text="將於2023年初建成", qual="约", qual_text="約",
       note="投資約1億5000萬元＝150,000,000元；check_gold 的金額解析只讀出“5000萬元”，故 investment_cny 留空"),
       investment_text="投資約1億5000萬元"),
  proj("松井味增新工廠", None, F3, companies=["松井味增"], inv="投資約20億日元", currency="jpy", value=2e9, qual="约", qual_text="約",
       status="planned", status_text="於2023年秋建成新工廠", note="在現有基地投資；日元"),
  proj("斯凱孚新工廠", None, F5, companies=["斯凱孚"], status="在建", status_text="正在建設新工廠"),
  proj("SK海力士半導體工廠擴建", None, F5, companies=["SK海力士"], status="planned", status_text="將擴建", note="從英特爾收購的半導體工廠"),
  proj("招商局集團港口開發", None, F6, companies=["招商局集團"], status="在建", status_text="正在大連推進", opt=True),
 ],
 aggregate_facts=[
  fact("大連", "region", "actual_fdi_usd", 1.8e9, "usd", F7, "2022年1~11月", kind="cumulative"),
  fact("大連", "region", "actual_fdi_usd", 1.67e9, "usd", F7, "2021年全年"),
  fact("大連", "region", "actual_fdi_usd", 6.5e8, "usd", "投資額相比僅為6.5億美元左右的2019~2020年呈增加態勢", "2019~2020年（每年）", qual="约", qtext="左右", opt=True),
 ])

# ---------------------------------------------------------------- lu07 大连友好经贸代表团访问法意日 (新华网 2024)
G0 = "意大利富乐马集团核心业务是生物制药产业,正加速推进大连工厂二期项目建设,同时谋划三期项目"
G1 = "法国威立雅集团是一家有着170余年历史的世界500强企业,大连绿色石化产业基地的规划让该集团看到合作发展的巨大潜力,当即决定推动在大连工厂的二期项目建设"
G2 = "据统计,代表团此次出访达成了大连长兴岛管委会与法国威立雅集团、恒力与法国阿克森斯公司、大连干细胞与中医药协同创新示范中心和亚洲细胞治疗协会等40个深化战略合作协议及备忘录"
G3 = "其间拜访了15家世界500强和相关领军企业,推动已有投资企业深耕大连和意向企业的项目落地"
G["lu07"] = dict(
 article=art("大连友好经贸代表团访问法国意大利日本", "新华网（新华网大连3月5日电），载于国际在线辽宁频道 ln.cri.cn", "2024-03-06", "day",
  "National news agency item on a provincial channel, Liaoning: a city trade delegation visits French, Italian and Japanese investors — an Italian drug-maker's second-phase plant under way and third phase planned, a French utility's second phase decided, agreements signed including one with an island zone's administration",
  "http://ln.cri.cn/n/20240306/9c17e205-954a-5cf8-6e48-6160e928779d.html",
  "日期取页面“2024-03-06 10:19:49”（电头3月5日）。标题照录；时间来源编辑行已删。存段末段“大连市商务局局长李汉国说,下一步,…加强项目日常调度,及”在句中中断，整段删去；正文五段。园区：大连绿色石化产业基地（其规划吸引威立雅；可选园区，kind 产业基地）；“大连长兴岛管委会”为园区管理机构（机构）。项目：意大利富乐马集团大连工厂二期项目（正加速推进…建设→在建）、三期项目（谋划→planned，可选）；法国威立雅集团大连工厂二期项目（决定推动→planned）；均无金额，园区未说（null）。公司：富乐马、威立雅、松下、富士电机为外资企业（park null）；恒力、法国阿克森斯公司可选。事实：拜访15家企业、6场说明会、40个协议及备忘录（代表团，可选）。",
  "lu07"),
 parks=[
  park("大连绿色石化产业基地", "大连", "辽宁", "产业基地", G1, opt=True, note="文中只说其规划"),
 ],
 companies=[
  comp("意大利富乐马集团", None, G0, aliases=["富乐马"], note="生物制药；大连工厂"),
  comp("法国威立雅集团", None, G1, aliases=["威立雅"], note="世界500强；大连工厂"),
  comp("日本松下集团", None, "日本松下集团全球副总裁本间哲朗了解到大连正在建设近悦远来的营商环境标杆城市", opt=True),
  comp("日本富士电机株式会社", None, "日本富士电机株式会社董事长北泽通宏说", opt=True),
  comp("恒力", None, G2, opt=True),
  comp("法国阿克森斯公司", None, G2, opt=True),
 ],
 institutions=[
  inst("大连长兴岛管委会", G2, note="园区管理机构；与威立雅达成协议"),
  inst("大连市商务局", "大连市商务局与意大利对外贸易委员会就续签合作备忘录达成意向"),
  inst("意大利对外贸易委员会", "大连市商务局与意大利对外贸易委员会就续签合作备忘录达成意向"),
  inst("亚洲细胞治疗协会", G2, kind="association"),
  inst("大连干细胞与中医药协同创新示范中心", G2, kind="research"),
 ],
 projects=[
  proj("大连工厂二期项目", None, G0, companies=["意大利富乐马集团"], status="在建", status_text="正加速推进大连工厂二期项目建设", phase="二期",
       note="生物制药；无金额"),
  proj("三期项目", None, G0, companies=["意大利富乐马集团"], status="planned", status_text="同时谋划三期项目", phase="三期", opt=True,
       note="富乐马大连工厂三期"),
  proj("大连工厂的二期项目", None, G1, companies=["法国威立雅集团"], status="planned", status_text="当即决定推动在大连工厂的二期项目建设", phase="二期",
       note="无金额"),
 ],
 aggregate_facts=[
  fact("大连友好经贸代表团", "delegation", "firms_visited", 15, "count", G3, "2024年2–3月（出访）", opt=True),
  fact("大连友好经贸代表团", "delegation", "agreements_signed", 40, "count", G2, "2024年2–3月（出访）", opt=True, note="深化战略合作协议及备忘录"),
  fact("大连友好经贸代表团", "delegation", "promotion_events", 6, "count", "代表团还推出6场大规模招商说明会", "2024年2–3月（出访）", opt=True),
 ])
