# real421 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt from real52's build_all.py).
# Angle: 央企 / 国企 projects landing in parks (央地合作). Conventions as real52: evidence verbatim (all items simplified as
# published); names as written; 逾/超过/超 → 超, 余/多 → 余, 约 → 约. Yuan in investment_cny / *_cny facts (first amount of
# the evidence; chk=True asserts it). Projects: the park the text places them in, null if none (a city, county or province is
# not a park). Status from the text's words: 签约落户 / 签署协议 / 签订协议 → 签约; 开工 / 开工建设 / 集中开工 / 奠基 → 开工.
# Investor groups outside a park get park null. Sources: `search` (corpus pages) excerpts typed into _raw/pages/ldNN.raw.

# ---------------------------------------------------------------- ld01 固安工业园区 7 projects signed (chinacrane 2012)
GA = "固安工业园区"
A0 = "28日,中国航天科技集团一院航天技术产业基地、波鸿汽车零部件等7个产业龙头项目签约落户固安工业园区,项目总投资185亿元"
A1 = "签约落户的7个项目中,央企投资项目占4个,投资共计130亿元,占总投资额的70.3%"
A2 = "其中,由中国航天科技集团公司第一研究院(中国运载火箭技术研究院)投资的航天技术产业基地项目,投资100亿元"
A3 = "投资30亿元的波鸿汽车零部件项目,主要生产发动机系发动机缸体、缸盖、曲轴、涡轮增压器"
A4 = "项目全部建成后,预计年产量550万件,销售收入超过30亿元"
AS1 = "2012年6月28日（集中签约）"
G["ld01"] = dict(
 article=art("（无标题）中国航天科技集团一院航天技术产业基地等7个项目签约落户固安工业园区", "全球起重机械网 m.chinacrane.net（原发媒体未注明）", "2012-06-30", "day",
  "Trade-news site relaying a local item, Hebei: seven lead projects signed into a county industrial park, four of them by central SOEs — the aerospace institute's base with its investment and content, a car-parts project with investment and expected output",
  "http://m.chinacrane.net/news/201206/30/54408.html",
  "日期取网址 201206/30（文中“28日”即2012年6月28日签约）。存段无标题行（title 为编者概括）；末行“文中内容、图片均来源于网络…”为网站声明，已删。正文三段，完整。园区：固安工业园区（廊坊市固安县，河北；文中未写城市，city 按常识记廊坊）。公司：中国航天科技集团公司第一研究院（文中又作“中国航天科技集团一院”“航天科技集团公司第一研究院”，即中国运载火箭技术研究院），在园投资；“波鸿汽车零部件”只见于项目名（可选）。项目：航天技术产业基地项目（投资100亿元，签约落户）；波鸿汽车零部件项目（投资30亿元，签约落户）。事实：7个项目、总投资185亿元；央企项目4个、130亿元、占70.3%；波鸿项目建成后预计年销售收入超过30亿元（target，可选）。",
  "ld01"),
 parks=[
  park(GA, "廊坊", "河北", "工业园区", A0, district="固安县", note="文中只作“固安工业园区”；城市由常识补"),
 ],
 companies=[
  comp("中国航天科技集团公司第一研究院", GA, A2, kind="enterprise", aliases=["中国航天科技集团一院", "中国运载火箭技术研究院", "航天科技集团公司第一研究院"],
       note="央企二级院所，投资航天技术产业基地项目"),
  comp("波鸿汽车零部件", GA, A3, opt=True, note="只见于项目名"),
 ],
 institutions=[],
 projects=[
  proj("航天技术产业基地项目", GA, A2, companies=["中国航天科技集团公司第一研究院"], inv="投资100亿元", status="签约", status_text="签约落户",
       aliases=["中国航天科技集团一院航天技术产业基地"], note="央企项目；首句作“中国航天科技集团一院航天技术产业基地”"),
  proj("波鸿汽车零部件项目", GA, A3, inv="投资30亿元", status="签约", status_text="签约落户"),
 ],
 aggregate_facts=[
  fact(GA, "park", "projects_signed", 7, "count", A0, AS1),
  fact(GA, "park", "signed_investment_cny", 1.85e10, "cny", "项目总投资185亿元", AS1, chk=True),
  fact(GA, "park", "soe_projects_signed", 4, "count", A1, AS1, note="央企投资项目"),
  fact(GA, "park", "soe_signed_investment_cny", 1.3e10, "cny", "投资共计130亿元,占总投资额的70.3%", AS1, chk=True, note="央企投资项目合计"),
  fact(GA, "park", "soe_investment_share", 0.703, "ratio", A1, AS1, kind="ratio", opt=True),
  fact("波鸿汽车零部件项目", "project", "expected_annual_sales_cny", 3e9, "cny", "销售收入超过30亿元", "全部建成后（预计）", kind="target", qual="超", qtext="超过", opt=True, chk=True),
  fact("波鸿汽车零部件项目", "project", "expected_annual_output_units", 5.5e6, "pieces", A4, "全部建成后（预计）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- ld02 中航工业 长春航空科技产业园 (第一财经日报 via 搜狐 2010)
CC = "长春高新区"
HK = "长春航空科技产业园"
B0 = "中航工业昨天宣布,与吉林省人民政府签署战略合作框架协议"
B1 = "该产业园总投资额将为100亿元,计划在2020年实现总产值为1000亿"
B2 = "长春航空科技产业园位于长春高新区,产业园项目一期规划100万平方米"
G["ld02"] = dict(
 article=art("中航工业长春打造航空科技产业园", "第一财经日报（冯青），载于搜狐财经 business.sohu.com", "2010-07-26", "day",
  "National business daily on a portal: a central aviation group and a provincial government sign a framework agreement to build an aviation science park inside a national high-tech zone — investment, output target, phase-1 area, industries; the zone's 2009 figures",
  "https://business.sohu.com/20100726/n273757215.shtml",
  "日期取页面“2010年07月26日08:01”（文中“昨天”即2010年7月25日签约）。标题照录；搜狐导航、来源作者行、日期行与页脚已删。页面把“汽车零部”/“件、轨道客车配套件…”断成两行，已接回（JOIN）。正文五段，完整。园区：长春高新区（长春，吉林；国家级高新区，文中只作“长春高新区”）；长春航空科技产业园位于长春高新区（列为子园区，parent 长春高新区）。项目：长春航空科技产业园（中航工业与吉林省政府签署战略合作框架协议→签约；总投资额100亿元）。中航工业为投资方（园区 null）；吉林省人民政府为签约方（可选机构）。事实：产业园计划2020年总产值1000亿（文中无“元”字，记 target，metric 不带 _cny 后缀）、一期规划100万平方米（可选）；长春高新区2009年工业总产值1760亿元、地区生产总值455亿元、增速20.1%/20%、高新技术产品产值878亿元增长27.6%、占工业总产值50%、全年投入80亿元占历年投入总和60%。",
  "ld02"),
 parks=[
  park(CC, "长春", "吉林", "高新区", B2, note="国家级高新技术产业开发区；文中只作“长春高新区”"),
  park(HK, "长春", "吉林", "产业园", B2, parent=CC, note="中航工业与吉林省共建；位于长春高新区"),
 ],
 companies=[
  comp("中航工业", None, B0, note="中国航空工业集团公司（文中只作“中航工业”）；投资方"),
 ],
 institutions=[
  inst("吉林省人民政府", B0, note="签署战略合作框架协议的一方"),
 ],
 projects=[
  proj(HK, CC, B1, companies=["中航工业"], inv="总投资额将为100亿元", status="签约", status_text="签署战略合作框架协议",
       note="项目即产业园；2010年7月25日签约（文中“昨天”）"),
 ],
 aggregate_facts=[
  fact(HK, "park", "planned_output_2020", 1e11, "cny", B1, "2020年（计划）", kind="target", note="文中“1000亿”无“元”字"),
  fact(HK, "park", "phase1_planned_area_m2", 1e6, "m2", B2, "一期（规划）", kind="target", opt=True),
  fact(CC, "park", "industrial_output_cny", 1.76e11, "cny", "2009年,长春高新区工业总产值、地区生产总值分别为1760亿元、455亿元", "2009年", chk=True),
  fact(CC, "park", "gdp_cny", 4.55e10, "cny", "455亿元,同比增长20.1%和20%", "2009年", chk=True),
  fact(CC, "park", "industrial_output_yoy_growth", 0.201, "ratio", "455亿元,同比增长20.1%和20%", "2009年", kind="ratio"),
  fact(CC, "park", "gdp_yoy_growth", 0.20, "ratio", "455亿元,同比增长20.1%和20%", "2009年", kind="ratio", opt=True),
  fact(CC, "park", "high_tech_output_cny", 8.78e10, "cny", "高新技术产品产值为878亿元,增长27.6%,占工业总产值的比重为50%", "2009年", chk=True),
  fact(CC, "park", "high_tech_output_yoy_growth", 0.276, "ratio", "高新技术产品产值为878亿元,增长27.6%,占工业总产值的比重为50%", "2009年", kind="ratio", opt=True),
  fact(CC, "park", "high_tech_output_share", 0.50, "ratio", "高新技术产品产值为878亿元,增长27.6%,占工业总产值的比重为50%", "2009年", kind="ratio", opt=True),
  fact(CC, "park", "annual_investment_cny", 8e9, "cny", "2009年,长春高新区全年投入80亿元,占历年投入总和的60%", "2009年", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- ld03 中铁十一局 武汉航天基地东部 (cr11g 2023)
HT = "武汉航天基地"
C0 = "本报湖北武汉讯:7月5日,集团公司联合中铁建城市开发有限公司、中铁建投资基金管理有限公司投资建设运营的武汉航天基地东部产业核心区综合开发项目开工建设"
C1 = "该项目总投资91.55亿元,是我国首个商业航天产业基地——武汉航天基地四大分区梯次开发项目之一,也是中国铁建首次参与商业航天基地投资建设,具有重要战略意义"
C2 = "武汉航天基地东部产业核心区综合开发项目位于武汉新洲区,毗邻长江新区、光谷副城,南部紧靠长江,区位条件优越、交通便捷,总用地面积约10.52平方公里"
C3 = "中铁十一局作为国务院国资委标杆企业、中国铁建领军企业、属地企业,将以本次项目开工活动为新起点"
G["ld03"] = dict(
 article=art("武汉航天基地东部产业核心区综合开发项目开工建设", "中铁十一局集团网站 www.cr11g.com.cn（企业报“本报湖北武汉讯”；署名存段未示）", "2023-07", "month",
  "Central-SOE subsidiary's own news site, Hubei: a state construction group and two sister firms start an investment-build-operate development of the eastern core of a commercial space-industry base — investment, place in the base, land area, officials present",
  "https://www.cr11g.com.cn/col42785/art/2023/art_42785_4542218.html",
  "年取网址 art/2023，开工日为7月5日；页面发布日存段未示（published 记 2023-07）。标题照录。存段在末段“后期协助开展招商引资,拉动更”处中断，该句（“联合体将通过实施…拉动更”）整句删去（LINE_SUFFIX），正文截至“…总用地面积约10.52平方公里。”，共四段。“集团公司”即中铁十一局集团（第三段“中铁十一局”）。园区：武汉航天基地（“我国首个商业航天产业基地”；武汉市新洲区，湖北）；长江新区只作毗邻地与“长江新区管委会主任”出现，列可选园区。项目：武汉航天基地东部产业核心区综合开发项目（开工建设→开工；总投资91.55亿元；位于新洲区，总用地约10.52平方公里）。公司：中铁十一局（投资建设运营方之一）、中铁建城市开发有限公司、中铁建投资基金管理有限公司（联合体；园区 null，投资方）；中国铁建为上级集团（可选）。",
  "ld03"),
 parks=[
  park(HT, "武汉", "湖北", "产业基地", C1, district="新洲区", note="“我国首个商业航天产业基地”；四大分区"),
  park("长江新区", "武汉", "湖北", "新区", C2, opt=True, note="只作毗邻地与管委会名出现"),
 ],
 companies=[
  comp("中铁十一局", None, C3, aliases=["集团公司"], note="项目投资建设运营方（联合体牵头）；文中首段作“集团公司”"),
  comp("中铁建城市开发有限公司", None, C0, note="联合体成员"),
  comp("中铁建投资基金管理有限公司", None, C0, note="联合体成员"),
  comp("中国铁建", None, C1, opt=True, note="上级集团"),
 ],
 institutions=[],
 projects=[
  proj("武汉航天基地东部产业核心区综合开发项目", HT, C1, companies=["中铁十一局", "中铁建城市开发有限公司", "中铁建投资基金管理有限公司"],
       inv="总投资91.55亿元", status="开工", status_text="开工建设", note="2023年7月5日开工；“投资+建设+运营”一体化开发"),
 ],
 aggregate_facts=[
  fact("武汉航天基地东部产业核心区综合开发项目", "project", "land_area_km2", 10.52, "km2", C2, "2023年7月", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- ld04 乌鲁木齐中车产业园 (新华社 via 汇能网 2016)
ZC = "乌鲁木齐中车产业园"
D0 = "乌鲁木齐中车产业园12日揭牌奠基,丝路古道新疆结束了没有轨道交通装备产业的历史"
D1 = "中车株洲电力机车有限公司董事长、总经理周清和说,中国中车将发挥企业自身的技术、资金、产业规模优势"
D2 = "据了解,中车产业园将在明年下半年实现新疆本地化制造的首列(1号线)地铁列车的下线"
G["ld04"] = dict(
 article=art("新疆实现轨道交通装备产业零的突破", "新华社，载于汇能网 huineng.042.net", "2016-09-13", "day",
  "News agency item on an energy-news site, Xinjiang: a central rolling-stock group's industrial park unveiled and ground broken in the regional capital — the subsidiary's chairman on cooperation areas, the first locally built metro train planned for next year, the park's product range",
  "http://huineng.042.net/news/df/2016/091317739.html",
  "日期取页面“2016-09-13 09:25:35 来源:新华社”（文中“12日”即2016年9月12日揭牌奠基）。标题照录；导航、日期来源行、“责任编辑:”与页脚已删。正文四段，完整。园区：乌鲁木齐中车产业园（文中又作“中车产业园”“产业园”；乌鲁木齐，新疆）。项目：产业园本身“揭牌奠基”，列为可选项目（开工；无金额）。公司：中国中车（投资方集团）、中车株洲电力机车有限公司（董事长发言，园区未明说）——园区 null。文中“每产出1亿元产值,可拉动当地经济约3到4倍规模GDP”为泛论，不计事实；首列地铁列车“明年下半年”下线为计划，无数字事实。",
  "ld04"),
 parks=[
  park(ZC, "乌鲁木齐", "新疆", "产业园", D0, aliases=["中车产业园"], note="文中又作“产业园”"),
 ],
 companies=[
  comp("中国中车", None, D1, note="投资方集团"),
  comp("中车株洲电力机车有限公司", None, D1, opt=True, note="董事长发言；在园关系未明说"),
 ],
 institutions=[],
 projects=[
  proj(ZC, ZC, D0, companies=["中国中车"], status="开工", status_text="揭牌奠基", opt=True, note="园区建设本身；无金额；首列地铁列车计划2017年下半年下线"),
 ],
 aggregate_facts=[])

# ---------------------------------------------------------------- ld05 四川省属国企四季度集中开工 (四川日报 via 旺苍县网站 2017)
E0 = "10个项目计划总投资75亿元,涉及清洁能源、军民融合发展、市政建设、仓储物流等领域"
E1 = "其中,由四川发展和中国五冶投资建设的彭州市航空博览孵化园及军民融合科技中心项目计划总投资22.5亿元,预计工期两年"
E2 = "此次集中开工的项目还包括四川能投承建的美姑县风电场、雷波拉咪北风电场和盐边大面山三期风电场项目,华西集团承建的沐川县市民广场工程、乐山市金口河区交通建设项目,四川粮油集团承建的西南食谷项目等"
E3 = "今年前三季度省属国有企业集中开工重点项目38个,计划总投资2498亿元"
E4 = "本报讯(记者 敬松)1212日,由省国资委主办的省属国有企业2017年四季度重点项目集中开工仪式在蓉举行"
AS5 = "2017年12月12日（集中开工）"
G["ld05"] = dict(
 article=art("省属国企四季度重点项目集中开工10个项目计划总投资75亿元", "四川日报（记者 敬松），载于旺苍县人民政府网站 zgwc.gov.cn", "2017-12-14", "day",
  "Provincial party daily relayed on a county government site, Sichuan: provincial SOEs' fourth-quarter groundbreaking — ten projects and their total, one named project with its investment and builders, other named projects by builder, the year's earlier starts",
  "http://zgwc.gov.cn/news_show.aspx?id=140097",
  "日期取页面“发布时间:2017-12-14 09:34:15”。标题照录；“编辑:王珏 来源:四川日报…”行与页脚（主办、备案、网站管理、技术支持）已删。正文四段，完整。“1212日”原文如此（应为12月12日），照录。此篇无园区：项目按市县落地（彭州市、美姑县、雷波、盐边、沐川县、乐山市金口河区），park 均 null；“航空博览孵化园”只在项目名中，不列园区。项目均“集中开工”→开工：彭州市航空博览孵化园及军民融合科技中心项目（四川发展、中国五冶投资建设，计划总投资22.5亿元）；美姑县风电场、雷波拉咪北风电场、盐边大面山三期风电场项目（四川能投承建）；沐川县市民广场工程、乐山市金口河区交通建设项目（华西集团承建）；西南食谷项目（四川粮油集团承建）。中国五冶为央企（中国五矿所属），其余为四川省属国企。事实：本次10个项目、计划总投资75亿元；前三季度省属国企集中开工重点项目38个、计划总投资2498亿元（cumulative）。",
  "ld05"),
 parks=[],
 companies=[
  comp("四川发展", None, E1, note="省属国企；投资建设方"),
  comp("中国五冶", None, E1, note="央企子公司；投资建设方"),
  comp("四川能投", None, E2, note="省属国企；承建方"),
  comp("华西集团", None, E2, note="省属国企；承建方"),
  comp("四川粮油集团", None, E2, note="省属国企；承建方"),
 ],
 institutions=[
  inst("省国资委", E4, note="四川省国资委（文中简称）；主办方"),
 ],
 projects=[
  proj("彭州市航空博览孵化园及军民融合科技中心项目", None, E1, companies=["四川发展", "中国五冶"], inv="计划总投资22.5亿元", status="开工", status_text="集中开工",
       note="彭州市；预计工期两年"),
  proj("美姑县风电场", None, E2, companies=["四川能投"], status="开工", status_text="集中开工"),
  proj("雷波拉咪北风电场", None, E2, companies=["四川能投"], status="开工", status_text="集中开工"),
  proj("盐边大面山三期风电场项目", None, E2, companies=["四川能投"], phase="三期", status="开工", status_text="集中开工"),
  proj("沐川县市民广场工程", None, E2, companies=["华西集团"], status="开工", status_text="集中开工"),
  proj("乐山市金口河区交通建设项目", None, E2, companies=["华西集团"], status="开工", status_text="集中开工"),
  proj("西南食谷项目", None, E2, companies=["四川粮油集团"], status="开工", status_text="集中开工"),
 ],
 aggregate_facts=[
  fact("四川省属国有企业", "region", "projects_started", 10, "count", E0, AS5),
  fact("四川省属国有企业", "region", "projects_started_investment_cny", 7.5e9, "cny", E0, AS5, chk=True),
  fact("四川省属国有企业", "region", "projects_started", 38, "count", E3, "2017年前三季度", kind="cumulative"),
  fact("四川省属国有企业", "region", "projects_started_investment_cny", 2.498e11, "cny", "计划总投资2498亿元", "2017年前三季度", kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- ld06 清镇工业园 中铝退城进园 (baogaosu 2016)
QZ = "清镇工业园"
F0 = "8月26日下午,贵州清镇工业园中铝退城进园项目一期工程开工仪式在贵阳清镇市举行"
F1 = "据悉,该项目为100万吨轻合金新材料,预计一期投资45亿元、年产值130亿元,采用目前最先进的500KA电解槽,氟排放达世界先进水平,是打造贵州铝工业发展升级版的重要支撑项目"
G["ld06"] = dict(
 article=art("贵州清镇工业园中铝退城进园项目一期工程开工", "guiyang.baogaosu.com（转载；原发媒体未注明，记者 杨惠）", "2016-08-27", "day",
  "City news aggregator relaying a provincial item, Guizhou: a central aluminium group's relocation-into-park project starts phase 1 — the park, capacity, phase-1 investment and expected output, leaders present",
  "https://guiyang.baogaosu.com/xinwen/%E8%B4%B5%E5%B7%9E%E6%B8%85%E9%95%87%E5%B7%A5%E4%B8%9A%E5%9B%AD%E4%B8%AD%E9%93%9D%E9%80%80%E5%9F%8E%E8%BF%9B%E5%9B%AD%E9%A1%B9%E7%9B%AE/49908382",
  "日期取页面“27.08.2016 16:01”（开工仪式为2016年8月26日）。标题照录；日期行已删。正文四段，完整（署名“(记者 杨惠)”在末段，保留）。园区：清镇工业园（贵阳市代管清镇市，贵州；文中“贵州清镇工业园”）。项目：中铝退城进园项目一期工程（开工；“预计一期投资45亿元”→投资45亿元，phase 一期；100万吨轻合金新材料）。公司：中国铝业公司（又作“中铝公司”“中铝”；项目业主集团）、中铝贵州分公司（介绍项目，可选）、锦江集团（董事长出席，可选；关系未说明）。事实：一期预计年产值130亿元（target）、规模100万吨（可选）。",
  "ld06"),
 parks=[
  park(QZ, "贵阳", "贵州", "工业园", F0, district="清镇市", note="文中作“贵州清镇工业园”“清镇工业园”"),
 ],
 companies=[
  comp("中国铝业公司", QZ, "中国铝业公司董事长葛红林讲话", aliases=["中铝公司"], note="项目以“中铝”命名；退城进园至清镇工业园"),
  comp("中铝贵州分公司", QZ, "仪式上,中铝贵州分公司负责人介绍项目基本情况", opt=True),
  comp("锦江集团", None, "中国铝业公司副总经理卢东亮,锦江集团董事长钭正刚出席", opt=True, note="出席；与项目关系未说明"),
 ],
 institutions=[],
 projects=[
  proj("中铝退城进园项目", QZ, F1, companies=["中国铝业公司"], inv="一期投资45亿元", phase="一期", status="开工", status_text="开工",
       aliases=["清镇工业园中铝退城进园项目"], note="一期工程2016年8月26日开工；“预计一期投资45亿元”"),
 ],
 aggregate_facts=[
  fact("中铝退城进园项目", "project", "expected_annual_output_cny", 1.3e10, "cny", "年产值130亿元", "一期建成后（预计）", kind="target", chk=True),
  fact("中铝退城进园项目", "project", "capacity_tonnes", 1e6, "t", F1, "规划", kind="target", opt=True, note="100万吨轻合金新材料"),
 ])

# ---------------------------------------------------------------- ld07 福建省与央企签约项目60个 (人民网-福建 2021)
G0 = "本次座谈会上,福建省与中央企业签约项目60项;其中37项代表性的标志项目在现场举行集中签约仪式"
G1 = "中交一公局集团有限公司与福建建工集团有限责任公司签订有关福州地铁2号线东延段和东调段、福莆宁城际铁路F3线合作协议,计划投资245.9亿元"
G2 = "中国天辰工程有限公司和福建省石化集团签订古雷基地高端聚酰胺项目合作协议,计划投资110亿元"
G3 = "中建海峡建设发展有限公司和福建省国改投资基金管理有限公司就漳州经济技术开发区基础设施等项目合作签订协议,计划投资13.22亿元"
G4 = "据悉,除了现场签约的37项、场外还签约23项,即本次座谈会签约项目共60项,签约项目总额2861.84亿元"
G5 = "其中,合同项目14项,投资总额337.85亿元;协议项目27项,投资总额1307.26亿元;意向项目19项,投资总额1216.73亿元"
G6 = "中国华电、中国电子信息、中国船舶、中国石油化工等45家中央企业的主要负责人参会"
AS7 = "2021年4月25日（福建省与中央企业项目合作座谈会）"
G["ld07"] = dict(
 article=art("福建省与央企签约项目60个  总额超2861亿元", "人民网-福建频道（刘宝琴）", "2021-04-26", "day",
  "National party portal's provincial channel, Fujian: a province–central-SOE cooperation meeting — 60 projects signed with the total, three named signings with builders, parks and planned investment, the split by contract type and city",
  "http://fj.people.com.cn/n2/2021/0426/c181466-34695985.html",
  "日期取页面“2021年04月26日10:38 来源:人民网-福建频道”（座谈会为4月25日下午）。标题照录（两空格照录）；栏目题“聚焦第四届数字中国建设峰会”、日期行与图片说明已删。存段末段“25日上午,第四届数字中国建设峰会…展”在句中中断，整段删去，正文截至“…福建篇章。”，共四段。园区：漳州经济技术开发区（漳州，福建）；古雷基地（漳州古雷石化基地，文中只在“古雷基地高端聚酰胺项目”中，可选）。项目（签订合作协议→签约）：福州地铁2号线东延段和东调段、福莆宁城际铁路F3线（一份协议，计划投资245.9亿元，园区 null）；古雷基地高端聚酰胺项目（110亿元，古雷基地）；漳州经济技术开发区基础设施等项目（13.22亿元，漳州经济技术开发区）。公司：协议双方各列（园区 null；中建海峡的协议对象为漳州经开区项目，公司本身不在园）；参会央企四家可选。事实：签约60项、2861.84亿元（标题“超2861亿元”）；现场37项、场外23项；合同14项337.85亿元、协议27项1307.26亿元、意向19项1216.73亿元；45家中央企业参会（可选）；各市分布不计。",
  "ld07"),
 parks=[
  park("漳州经济技术开发区", "漳州", "福建", "经济技术开发区", G3),
  park("古雷基地", "漳州", "福建", "石化基地", G2, opt=True, note="只在项目名中"),
 ],
 companies=[
  comp("中交一公局集团有限公司", None, G1, note="央企子公司"),
  comp("福建建工集团有限责任公司", None, G1, note="省属国企"),
  comp("中国天辰工程有限公司", None, G2, note="央企子公司"),
  comp("福建省石化集团", None, G2, note="省属国企"),
  comp("中建海峡建设发展有限公司", None, G3, note="央企子公司；协议对象为漳州经开区基础设施等项目"),
  comp("福建省国改投资基金管理有限公司", None, G3),
  comp("中国华电", None, G6, opt=True, note="参会央企"),
  comp("中国电子信息", None, G6, opt=True, note="参会央企"),
  comp("中国船舶", None, G6, opt=True, note="参会央企"),
  comp("中国石油化工", None, G6, opt=True, note="参会央企"),
 ],
 institutions=[
  inst("国务院国资委", "福建省委书记尹力、省长王宁与国务院国资委党委书记、主任郝鹏出席", note="出席方"),
 ],
 projects=[
  proj("福州地铁2号线东延段和东调段、福莆宁城际铁路F3线", None, G1, companies=["中交一公局集团有限公司", "福建建工集团有限责任公司"],
       inv="计划投资245.9亿元", status="签约", status_text="签订…合作协议", note="一份协议含两段线路；非园区项目"),
  proj("古雷基地高端聚酰胺项目", "古雷基地", G2, companies=["中国天辰工程有限公司", "福建省石化集团"], inv="计划投资110亿元", status="签约", status_text="签订…合作协议"),
  proj("漳州经济技术开发区基础设施等项目", "漳州经济技术开发区", G3, companies=["中建海峡建设发展有限公司", "福建省国改投资基金管理有限公司"],
       inv="计划投资13.22亿元", status="签约", status_text="合作签订协议"),
 ],
 aggregate_facts=[
  fact("福建省", "region", "projects_signed", 60, "count", G4, AS7, note="与中央企业签约"),
  fact("福建省", "region", "signed_investment_cny", 2.86184e11, "cny", "签约项目总额2861.84亿元", AS7, chk=True),
  fact("福建省", "region", "projects_signed_onsite", 37, "count", G0, AS7, opt=True),
  fact("福建省", "region", "contract_projects_signed", 14, "count", G5, AS7, opt=True),
  fact("福建省", "region", "contract_projects_investment_cny", 3.3785e10, "cny", "投资总额337.85亿元", AS7, opt=True, chk=True),
  fact("福建省", "region", "agreement_projects_signed", 27, "count", G5, AS7, opt=True),
  fact("福建省", "region", "agreement_projects_investment_cny", 1.30726e11, "cny", "投资总额1307.26亿元", AS7, opt=True, chk=True),
  fact("福建省", "region", "intent_projects_signed", 19, "count", G5, AS7, opt=True),
  fact("福建省", "region", "intent_projects_investment_cny", 1.21673e11, "cny", "投资总额1216.73亿元", AS7, opt=True, chk=True),
  fact("福建省", "region", "central_soes_attending", 45, "count", G6, AS7, opt=True),
 ])
