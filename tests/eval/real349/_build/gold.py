# real349 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real52 / real28–real49: evidence verbatim (oj06 is traditional script as published by 香港商报网;
# the other six simplified as published); names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约
# (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts
# it). Growth rates and shares as ratios. Projects: the park is the one the text places the project in, null if none (a county,
# a city or a township is not a park). Status from the text's words (开工 / 集中开工 → 开工; 签约仪式 / 签约落户 → 签约; 落户 alone
# → no status; a park's 开园 is not a project status). A firm that settles in a park with no project named is a company (its
# stated investment a company fact), no project invented. “预计 / 建成后可实现” figures are kind target; counts “目前已…” are
# reported with the date of the item. Sources are `search` (corpus pages) excerpts typed into _raw/pages/ojNN.raw as returned.

# ---------------------------------------------------------------- oj01 襄阳高新区东风零部件产业园开园 (pmbiz 2013)
XY = "襄阳高新区"
DF = "东风零部件产业园"
A0 = "28日,襄阳高新区东风零部件产业园正式开园"
A1 = "这是继2013年4月28日英菲尼迪产业园开园奠基仪式之后,高新区为襄阳汽车产业搭建发展平台做出的又一重大举措"
A2 = "这次开园的东风汽车零部件产业园,包括530亩的东风德纳车桥零部件配套企业产业园、639亩的神龙工厂产业园、644亩的东风汽车零部件集团产业园、1539亩的东风股份公司配套企业产业园及316亩的商业服务中心"
A3 = "至此,东风零部件产业园和英菲尼迪产业园加起来,总面积近10平方公里"
G["oj01"] = dict(
 article=art("襄阳高新区东风零部件产业园开园", "m.pmbiz.com.cn（“新闻中心”栏转载；原发媒体与署名未注明）", "2013", "year",
  "Trade site relaying a local news item, Hubei: a national high-tech zone opens an auto-parts park made of four sub-parks with their areas, after an earlier carmaker park; the combined area and the zone's chain-building plan",
  "http://m.pmbiz.com.cn/news/2910201328259.html",
  "存段无日期行。文中“继2013年4月28日英菲尼迪产业园开园奠基仪式之后”“28日…正式开园”，故为2013年（4月28日之后某月28日）；网址数字 2910201328259 似含 29/10/2013，未能核实，published 只记到年。标题照录；“当前位置:首页>新闻中心”、转载声明与“最新资讯”已删。正文四段，完整。园区：襄阳高新区（襄阳市，湖北；文中又作“高新区”）；东风零部件产业园（文中又作“东风汽车零部件产业园”，在高新区）；英菲尼迪产业园（在高新区，2013年4月28日开园奠基）；东风零部件产业园内的四个配套园（东风德纳车桥零部件配套企业产业园、神龙工厂产业园、东风汽车零部件集团产业园、东风股份公司配套企业产业园）列可选园区，各自面积列可选事实。无具名项目（开园不是项目状态），无具名入驻企业（“众多汽车零部件厂商将随之入驻”）。“近10平方公里”为两园合计（subject 记东风零部件产业园，note 注明；可选）。",
  "oj01"),
 parks=[
  park(XY, "襄阳", "湖北", "高新区", A0, note="文中又作“高新区”"),
  park(DF, "襄阳", "湖北", "产业园（汽车零部件）", A0, parent=XY, aliases=["东风汽车零部件产业园"], note="2013年某月28日开园"),
  park("英菲尼迪产业园", "襄阳", "湖北", "产业园（汽车）", A1, parent=XY, note="2013年4月28日开园奠基"),
  park("东风德纳车桥零部件配套企业产业园", "襄阳", "湖北", "产业园（配套）", A2, parent=DF, opt=True),
  park("神龙工厂产业园", "襄阳", "湖北", "产业园（配套）", A2, parent=DF, opt=True),
  park("东风汽车零部件集团产业园", "襄阳", "湖北", "产业园（配套）", A2, parent=DF, opt=True),
  park("东风股份公司配套企业产业园", "襄阳", "湖北", "产业园（配套）", A2, parent=DF, opt=True),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(DF, "park", "area_km2", 10, "km2", A3, "2013年（开园时）", qual="约", qtext="近", opt=True, note="东风零部件产业园与英菲尼迪产业园合计"),
  fact("东风德纳车桥零部件配套企业产业园", "park", "site_area_mu", 530, "mu", A2, "2013年（开园时）", opt=True),
  fact("神龙工厂产业园", "park", "site_area_mu", 639, "mu", A2, "2013年（开园时）", opt=True),
  fact("东风汽车零部件集团产业园", "park", "site_area_mu", 644, "mu", A2, "2013年（开园时）", opt=True),
  fact("东风股份公司配套企业产业园", "park", "site_area_mu", 1539, "mu", A2, "2013年（开园时）", opt=True),
 ])

# ---------------------------------------------------------------- oj02 远安工业园区 (华夏经纬网 2013)
YA = "湖北远安工业园区"
B0 = "依托大型军工企业中国三江航天集团整体调迁后移交地方大量土地、厂房等资产成立的湖北远安工业园区, 是于2006年3月省政府 [2006]34号文件批准成立的省级开发区,规划面积280公顷"
B1 = "目前,园区内规模以上企业已达16家、规模以下企业5家"
B2 = "一是磷化工业区(分为汪家磷化工区和江北磷化工区),主要落户企业有楚原化工公司、湖北东圣集团、宜昌绿陵化工公司"
B3 = "二是新型建材工业区(分为万里新型建材工业区、长征新型建材工业区、石头店建材工业区),主要落户企业有宜昌盼盼木制品公司(辽宁盼盼集团)、远安宏业陶瓷公司(稻花香集团落户)、远安大宏陶瓷公司、武星装饰板公司"
B4 = "三是机械加工工业区(万山机械加工工业区),主要落户企业有万山客车公司、远安永安车桥公司"
B5 = "四是农产品深加工业区(三江集团基地),主要落户企业有宜昌森源食用菌公司和宜昌兴利食品公司"
AS2 = "2013年9月"
G["oj02"] = dict(
 article=art("远安工业园区", "华夏经纬网（gd.huaxia.com“开发园区”栏；页末署“宜昌市人民政府台湾事务办公室”）", "2013-09-28", "day",
  "Cross-strait news portal's park directory, text supplied by a city's Taiwan-affairs office, Hubei: a county's provincial industrial park — origin, approval, planned area, leading industries, firm counts, four industrial sub-zones with the firms settled in each",
  "https://gd.huaxia.com/c/2013/09/28/768938.shtml",
  "日期取页面“发布时间:2013-09-28 15:55:08”。标题照录；栏目行“当前位置 >> 开发园区”、发布时间行、页末“宜昌市人民政府台湾事务办公室”（来源单位，记于 outlet）与版权行已删。正文一段，完整。园区：湖北远安工业园区（标题作“远安工业园区”；宜昌市远安县，湖北；省级开发区，2006年3月批准，规划面积280公顷）。园区内四个产业区（磷化工业区、新型建材工业区、机械加工工业区、农产品深加工业区）及其下分区（汪家磷化工区、江北磷化工区、万里新型建材工业区、长征新型建材工业区、石头店建材工业区、万山机械加工工业区、三江集团基地）列可选园区，母园区为湖北远安工业园区。公司：11家“主要落户企业”均记园区湖北远安工业园区（所在产业区记于 note）；括号中的母公司辽宁盼盼集团、稻花香集团及园区前身的中国三江航天集团列可选（park null）。事实：规划面积280公顷；规模以上企业16家、规模以下企业5家（2013年9月）。",
  "oj02"),
 parks=[
  park(YA, "宜昌", "湖北", "省级开发区（工业园区）", B0, district="远安县", aliases=["远安工业园区"], note="标题作“远安工业园区”；文中又作“园区”“工业园”"),
  park("磷化工业区", "宜昌", "湖北", "产业区", B2, district="远安县", parent=YA, opt=True),
  park("汪家磷化工区", "宜昌", "湖北", "产业区", B2, district="远安县", parent=YA, opt=True),
  park("江北磷化工区", "宜昌", "湖北", "产业区", B2, district="远安县", parent=YA, opt=True),
  park("新型建材工业区", "宜昌", "湖北", "产业区", B3, district="远安县", parent=YA, opt=True),
  park("万里新型建材工业区", "宜昌", "湖北", "产业区", B3, district="远安县", parent=YA, opt=True),
  park("长征新型建材工业区", "宜昌", "湖北", "产业区", B3, district="远安县", parent=YA, opt=True),
  park("石头店建材工业区", "宜昌", "湖北", "产业区", B3, district="远安县", parent=YA, opt=True),
  park("机械加工工业区", "宜昌", "湖北", "产业区", B4, district="远安县", parent=YA, opt=True),
  park("万山机械加工工业区", "宜昌", "湖北", "产业区", B4, district="远安县", parent=YA, opt=True),
  park("农产品深加工业区", "宜昌", "湖北", "产业区", B5, district="远安县", parent=YA, opt=True),
  park("三江集团基地", "宜昌", "湖北", "产业区", B5, district="远安县", parent=YA, opt=True),
 ],
 companies=[
  comp("楚原化工公司", YA, B2, note="磷化工业区"),
  comp("湖北东圣集团", YA, B2, note="磷化工业区"),
  comp("宜昌绿陵化工公司", YA, B2, note="磷化工业区"),
  comp("宜昌盼盼木制品公司", YA, B3, note="新型建材工业区；辽宁盼盼集团"),
  comp("远安宏业陶瓷公司", YA, B3, note="新型建材工业区；稻花香集团落户"),
  comp("远安大宏陶瓷公司", YA, B3, note="新型建材工业区"),
  comp("武星装饰板公司", YA, B3, note="新型建材工业区"),
  comp("万山客车公司", YA, B4, note="机械加工工业区"),
  comp("远安永安车桥公司", YA, B4, note="机械加工工业区"),
  comp("宜昌森源食用菌公司", YA, B5, note="农产品深加工业区"),
  comp("宜昌兴利食品公司", YA, B5, note="农产品深加工业区"),
  comp("辽宁盼盼集团", None, B3, opt=True, note="宜昌盼盼木制品公司的母公司（括号中）"),
  comp("稻花香集团", None, B3, opt=True, note="远安宏业陶瓷公司的投资方（括号中）"),
  comp("中国三江航天集团", None, B0, opt=True, note="大型军工企业，整体调迁后移交资产成立园区"),
 ],
 projects=[],
 aggregate_facts=[
  fact(YA, "park", "planned_area_ha", 280, "ha", B0, AS2),
  fact(YA, "park", "above_scale_firms", 16, "count", B1, AS2),
  fact(YA, "park", "below_scale_firms", 5, "count", B1, AS2, opt=True),
 ])

# ---------------------------------------------------------------- oj03 净潭乡集中工业小区简介 (天门市政府网 2014)
JT = "净潭乡集中工业小区"
C0 = "净潭乡集中工业小区位于净潭镇郊东侧,竟钟公路与皂仙公路交汇处,规划占地面积约300亩"
C1 = "积极以集中工业小区为平台开展招商引资,目前已有3家企业正式入驻"
C2 = "计划投资 1亿元、以金银花深加工为主的湖北银藤生物医药科技开发有限公司"
C3 = "投资1000 万元、全市首家注册的志鹏农机服务合作社(国家级示范合作社)"
C4 = "投资 2000 万元、生产一次性纸塑用品的天门禹航纸塑制品有限公司"
AS3 = "2014年7月"
G["oj03"] = dict(
 article=art("净潭乡集中工业小区简介", "天门市人民政府网（www.tianmen.gov.cn 政府信息公开；发布机构:净潭乡）", "2014-07-08", "day",
  "Township's public-information notice on a city government portal, Hubei: a township's industrial estate — location, planned area, design date, and the three firms settled with their investments",
  "http://www.tianmen.gov.cn/zwgk/bmhxzxxgkml/xzbcy/jtx/zfxxgk/fdzdgknr/gysyjs1/xczx_50489/201407/t20140708_2011058.shtml",
  "日期取页面“发布时间:2014-07-08 00:00 来源:净潭乡”。标题照录（页首信息公开表格“名称”栏另有同名一行，与索引号、分类、发布机构、日期等表格行一并删去；make_txt.py 的 dropped 清单因此列出一次标题）；“附件:”、“扫一扫…”“我要打印 关闭窗口”已删。正文两段，完整。园区：净潭乡集中工业小区（天门市净潭乡，湖北；省直管市；规划约300亩；文中又作“集中工业小区”“工业小区”）。净潭乡为乡，不是园区。公司：3家已入驻企业——湖北银藤生物医药科技开发有限公司（计划投资 1亿元）、志鹏农机服务合作社（投资1000 万元；合作社，kind cooperative）、天门禹航纸塑制品有限公司（投资 2000 万元）；未写项目名，不另列项目，投资额记为公司事实（银藤为“计划投资”，kind target）。天门市城市规划设计研究院为设计单位（可选机构）。",
  "oj03"),
 parks=[
  park(JT, "天门", "湖北", "集中工业小区", C0, district="净潭乡", note="文中又作“集中工业小区”“工业小区”"),
 ],
 companies=[
  comp("湖北银藤生物医药科技开发有限公司", JT, C2, note="以金银花深加工为主；已入驻"),
  comp("志鹏农机服务合作社", JT, C3, kind="cooperative", note="全市首家注册，国家级示范合作社；已入驻"),
  comp("天门禹航纸塑制品有限公司", JT, C4, note="生产一次性纸塑用品；已入驻"),
 ],
 institutions=[
  inst("天门市城市规划设计研究院", "于2013年9月由天门市城市规划设计研究院进行总体设计", kind="research", note="总体设计单位"),
 ],
 projects=[],
 aggregate_facts=[
  fact(JT, "park", "planned_area_mu", 300, "mu", C0, AS3, qual="约", qtext="约"),
  fact(JT, "park", "firms", 3, "count", C1, AS3),
  fact("湖北银藤生物医药科技开发有限公司", "company", "planned_investment_cny", 1e8, "cny", C2, AS3, kind="target", chk=True),
  fact("志鹏农机服务合作社", "company", "investment_cny", 1e7, "cny", C3, AS3, chk=True),
  fact("天门禹航纸塑制品有限公司", "company", "investment_cny", 2e7, "cny", C4, AS3, chk=True),
 ])

# ---------------------------------------------------------------- oj04 湖北老河口经济开发区 (华夏经纬网 2017)
LH = "湖北老河口经济开发区"
D0 = "湖北老河口经济开发区于2013年经湖北省人民政府批准成立,属省级经济开发区,总规划面积45.66平方公里"
D1 = "2015年全区规模以上工业企业59家,总产值达213亿元"
D2 = "规划面积26万平方米的省级中小微创新企业孵化园现已入驻各类孵化企业13家"
D3 = "2016年,经开区成功引进驰鑫机械,并与湖北万柯达成合作,为东风宇通新能源车配套"
D4 = "经开区依托汽车走廊初步形成了整车制造、数控装备、汽车零部件制造等较为完备的制造业产业链条,共聚集了10多家机械制造企业"
G["oj04"] = dict(
 article=art("（无标题）湖北老河口经济开发区概况", "华夏经纬网（last.huaxia.com，襄阳台办栏目 xytb“工业园区”；原作者未注明，文中自称“我们”“我市”）", "2017-10-17", "day",
  "Cross-strait news portal relaying a local government's zone profile, Hubei: a county-level city's provincial economic development zone — approval, planned area, 2015 above-scale firms and output, six industrial parks built, an incubator with firms, functional positioning, leading industries with a firm attracted",
  "http://last.huaxia.com/xytb/jmhz/gyyq/2017/10/5501958.html",
  "日期取页面“2017-10-17 12:12:50 华夏经纬网”。存段无标题（title 为编者概括）。正文在存段中为一行（原文以空格隔开的几段），按 make_txt.py 惯例保留为一段。存段在“二是农产品加工。2016年,香园食品开工建设二期项目并已投产,以奥星粮油”处中断，该未完句已删（LINE_SUFFIX），正文截至“…二是农产品加工。”。园区：湖北老河口经济开发区（襄阳代管老河口市，湖北；省级，2013年批准；文中又作“开发区”“经开区”“全区”）；“省级中小微创新企业孵化园”列可选园区（母园区推定为经开区）；“六大产业园区”未具名，不列。公司：驰鑫机械（2016年引进经开区）；湖北万柯（与经开区达成合作，未说在园，可选，park null）；东风宇通（配套对象，可选，park null）。事实：总规划面积45.66平方公里；2015年规模以上工业企业59家、总产值213亿元；孵化园入驻孵化企业13家、规划面积26万平方米（可选）；机械制造企业10多家（余，可选）。人口、耕地等辖区数字不记。",
  "oj04"),
 parks=[
  park(LH, "襄阳", "湖北", "省级经济开发区", D0, district="老河口市", note="文中又作“开发区”“经开区”“全区”"),
  park("省级中小微创新企业孵化园", "襄阳", "湖北", "孵化园", D2, district="老河口市", parent=LH, opt=True, note="母园区由语境推定"),
 ],
 companies=[
  comp("驰鑫机械", LH, D3, note="2016年引进"),
  comp("湖北万柯", None, D3, opt=True, note="与经开区达成合作"),
  comp("东风宇通", None, D3, opt=True, note="配套对象（新能源车）"),
 ],
 projects=[],
 aggregate_facts=[
  fact(LH, "park", "planned_area_km2", 45.66, "km2", D0, "2017年"),
  fact(LH, "park", "above_scale_firms", 59, "count", D1, "2015年"),
  fact(LH, "park", "industrial_output_cny", 2.13e10, "cny", "总产值达213亿元", "2015年", chk=True, note="规模以上工业企业总产值"),
  fact("省级中小微创新企业孵化园", "park", "firms", 13, "count", D2, "2017年", opt=True),
  fact("省级中小微创新企业孵化园", "park", "planned_floor_area_m2", 2.6e5, "m2", D2, "2017年", opt=True),
  fact(LH, "park", "machinery_firms", 10, "count", D4, "2017年", qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- oj05 鄂州 10个重大项目集中开工 (鄂州政府网 2018)
GD = "葛店开发区"
EZ = "鄂州开发区"
E0 = "昨日,我市集中开工重大项目10个,其中,先进制造业项目4个、现代服务业项目2个,民生保障项目4个,总投资近80亿元"
E1 = "全市重大项目集中开工仪式在葛店开发区容百锂新能源电池材料四期项目建设现场举行。该项目总投资4.4亿元"
E2 = "当天开工的先进制造业项目还有铠尔慷公司汽车零部件制造项目,总投资10亿元"
E3 = "三和管桩公司装配式建筑产业园项目总投资2亿元"
E4 = "武汉桥隧公司桥隧装备制造项目,总投资1亿元"
E5 = "长江职业学院葛店电商大学项目,总投资7亿元"
E6 = "富春供应链管理中心项目总投资5亿元"
E7 = "社区“40工程”项目总投资6.5亿元"
E8 = "英山棚户区改造安置项目、月陂棚户区改造安置项目、城南(小桥安置点)棚户区改造项目,合计总投资为44亿元"
E9 = "按区域划分,当天开工的重大项目中,鄂城区1个、华容区1个、葛店开发区2个、鄂州开发区2个、市直4个"
AS5 = "2018年11月1日（集中开工）"
G["oj05"] = dict(
 article=art("我市昨日集中开工10个重大项目 总投资近80亿元", "鄂州政府网（www.ezhou.gov.cn“招商项目”栏；本网讯，全媒体记者童庆）", "2018-11-02", "day",
  "City government portal's news, Hubei: a city's joint groundbreaking of ten major projects held in a national zone — one named zone project with amount, nine more named projects with amounts (manufacturing, services, housing), and the count by district and zone",
  "http://www.ezhou.gov.cn/qypd/zsxm/201811/t20181102_177106.html",
  "日期取页面“信息来源:鄂州政府网 日期:2018-11-02”；文中“昨日”即2018年11月1日。标题两行（主题“我市昨日集中开工10个重大项目”、副题“总投资近80亿元”）以一个空格连成一行；来源日期行与“扫一扫…”已删。正文六段，完整。园区：葛店开发区（葛店经济技术开发区，鄂州市，湖北；文中只作“葛店开发区”）、鄂州开发区（鄂州经济开发区；文中只作“鄂州开发区”）；鄂城区、华容区为区，不是园区。项目（集中开工→开工）：容百锂新能源电池材料四期项目（开工仪式在其现场举行，“葛店开发区容百…项目”→园区葛店开发区，4.4亿元）；铠尔慷公司汽车零部件制造项目（10亿元）、三和管桩公司装配式建筑产业园项目（2亿元）、武汉桥隧公司桥隧装备制造项目（1亿元）、长江职业学院葛店电商大学项目（7亿元）、富春供应链管理中心项目（5亿元）、社区“40工程”项目（6.5亿元）与三个棚户区改造项目（合计44亿元，无单项金额）——文中未说各在哪个区或园区（只说葛店开发区2个、鄂州开发区2个），park 记 null（“葛店电商大学”名含“葛店”，园区仍未明说）。项目名中的企业（铠尔慷公司、三和管桩公司、武汉桥隧公司）列可选公司；长江职业学院列可选机构。事实：全市10个、近80亿元（约）、分类个数（可选）；葛店开发区2个、鄂州开发区2个；三项棚改合计44亿元（可选）。",
  "oj05"),
 parks=[
  park(GD, "鄂州", "湖北", "经济技术开发区", E1, note="即葛店经济技术开发区；文中只作“葛店开发区”"),
  park(EZ, "鄂州", "湖北", "经济开发区", E9, note="即鄂州经济开发区；文中只作“鄂州开发区”"),
 ],
 companies=[
  comp("铠尔慷公司", None, E2, opt=True, note="只在项目名中"),
  comp("三和管桩公司", None, E3, opt=True, note="只在项目名中"),
  comp("武汉桥隧公司", None, E4, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("长江职业学院", E5, kind="university", note="项目名中；葛店电商大学项目"),
 ],
 projects=[
  proj("容百锂新能源电池材料四期项目", GD, E1, inv="总投资4.4亿元", phase="四期", status="开工", status_text="集中开工仪式", note="开工仪式主会场；年产15000吨锂电正极材料"),
  proj("铠尔慷公司汽车零部件制造项目", None, E2, companies=["铠尔慷公司"], inv="总投资10亿元", status="开工", status_text="当天开工", note="园区未说"),
  proj("三和管桩公司装配式建筑产业园项目", None, E3, companies=["三和管桩公司"], inv="总投资2亿元", status="开工", status_text="当天开工", note="园区未说"),
  proj("武汉桥隧公司桥隧装备制造项目", None, E4, companies=["武汉桥隧公司"], inv="总投资1亿元", status="开工", status_text="当天开工", note="园区未说"),
  proj("长江职业学院葛店电商大学项目", None, E5, inv="总投资7亿元", status="开工", status_text="集中开工", note="现代服务业项目；园区未明说"),
  proj("富春供应链管理中心项目", None, E6, inv="总投资5亿元", status="开工", status_text="集中开工", note="现代服务业项目；园区未说"),
  proj("社区“40工程”项目", None, E7, inv="总投资6.5亿元", status="开工", status_text="集中开工", note="民生保障项目"),
  proj("英山棚户区改造安置项目", None, E8, status="开工", status_text="集中开工", note="民生保障项目；三项合计44亿元，无单项金额"),
  proj("月陂棚户区改造安置项目", None, E8, status="开工", status_text="集中开工", note="同上"),
  proj("城南(小桥安置点)棚户区改造项目", None, E8, status="开工", status_text="集中开工", note="同上"),
 ],
 aggregate_facts=[
  fact("鄂州市", "region", "projects_started", 10, "count", E0, AS5),
  fact("鄂州市", "region", "projects_started_investment_cny", 8e9, "cny", E0, AS5, qual="约", qtext="近", chk=True),
  fact("鄂州市", "region", "manufacturing_projects_started", 4, "count", E0, AS5, opt=True),
  fact("鄂州市", "region", "service_projects_started", 2, "count", E0, AS5, opt=True),
  fact("鄂州市", "region", "livelihood_projects_started", 4, "count", E0, AS5, opt=True),
  fact(GD, "park", "projects_started", 2, "count", E9, AS5),
  fact(EZ, "park", "projects_started", 2, "count", E9, AS5),
  fact("英山、月陂、城南棚户区改造项目", "project", "projects_started_investment_cny", 4.4e9, "cny", "合计总投资为44亿元", AS5, opt=True, chk=True, note="三项合计"),
 ])

# ---------------------------------------------------------------- oj06 413.6億元 黃石一季度重點項目集中開工 (香港商报网 2021, traditional)
HS = "黃石經濟技術開發區"
F0 = "3月31日,黃石市委副書記、市長吳錦在開發區·鐵山區主會場宣布黃石市2021年一季度重大項目暨聞泰科技產業園項目開工"
F1 = "此次黃石市集中開工項目共122個,億元以上項目94個,總投資413.6億元"
F2 = "在開發區·鐵山區,2021年一季度集中開工項目27個,總投資約為130億元"
F3 = "集中籤約項目13個,計劃總投資約128億元"
F4 = "其中投資額50億元以上的項目1個,投資額10億元以上的項目3個"
F5 = "元至二月份,全市工業增加值同比增長79.1%,固定資產投資同比增長210.8%"
AS6 = "2021年一季度（3月31日集中開工）"
G["oj06"] = dict(
 article=art("413.6億元 黃石一季度重點項目集中開工", "香港商报网（tp.hkcd.com，“湖北 > 今日热点”栏；存段无署名）", "2021-03-31", "day",
  "Hong Kong paper's Hubei channel (traditional script as published): a city's first-quarter groundbreaking held in a national economic and technological development zone co-administered with a district — a named industrial-park project started, city totals, the zone's projects started and signed with totals and size bands, city growth figures",
  "http://tp.hkcd.com/content_p/2021-03/31/content_113297.html",
  "日期取页面“2021-03-31 来源:香港商报网”。繁体，原发如此（香港商报网繁体页），未转换。标题照录；栏目行与日期来源行已删；存段末为空白行，正文四段，完整。园区：黃石經濟技術開發區（黄石市，湖北；国家级经开区，与铁山区合署，文中多作“開發區·鐵山區”——记为 alias；铁山区本身为区，不另列园区）。项目：聞泰科技產業園項目——“在開發區·鐵山區主會場宣布…開工”→开工，园区推定为黃石經濟技術開發區（主会场所在），无金额。公司：聞泰科技只在项目名中，可选。事实：黄石市集中开工122个、亿元以上94个、总投资413.6亿元；開發區·鐵山區开工27个、约130亿元，签约13个、计划总投资约128亿元（签约→kind reported），50亿元以上1个、10亿元以上3个（可选）；全市1–2月工业增加值增长79.1%、固定资产投资增长210.8%（ratio，可选）。開發區·鐵山區的数字 subject 记黃石經濟技術開發區（note 注明含铁山区）。",
  "oj06"),
 parks=[
  park(HS, "黄石", "湖北", "经济技术开发区", "黃石市委常委、黃石經濟技術開發區黨工委書記、鐵山區委書記吳之凌介紹集中籤約、集中開工項目情況",
       aliases=["開發區·鐵山區"], note="与铁山区合署，文中多作“開發區·鐵山區”"),
 ],
 companies=[
  comp("聞泰科技", HS, F0, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("聞泰科技產業園項目", HS, F0, companies=["聞泰科技"], status="开工", status_text="開工", note="一季度重大项目集中开工的代表项目；园区由主会场推定"),
 ],
 aggregate_facts=[
  fact("黃石市", "region", "projects_started", 122, "count", F1, AS6),
  fact("黃石市", "region", "projects_started_over_100m", 94, "count", F1, AS6, opt=True),
  fact("黃石市", "region", "projects_started_investment_cny", 4.136e10, "cny", F1, AS6, chk=True),
  fact(HS, "park", "projects_started", 27, "count", F2, AS6, note="開發區·鐵山區"),
  fact(HS, "park", "projects_started_investment_cny", 1.3e10, "cny", F2, AS6, qual="约", qtext="約", chk=True, note="開發區·鐵山區"),
  fact(HS, "park", "projects_signed", 13, "count", F3, AS6, note="開發區·鐵山區"),
  fact(HS, "park", "signed_investment_cny", 1.28e10, "cny", F3, AS6, qual="约", qtext="約", chk=True, note="開發區·鐵山區"),
  fact(HS, "park", "projects_over_5bn", 1, "count", F4, AS6, opt=True),
  fact(HS, "park", "projects_over_1bn", 3, "count", F4, AS6, opt=True),
  fact("黃石市", "region", "industrial_value_added_growth", 0.791, "ratio", F5, "2021年1–2月", kind="ratio", opt=True),
  fact("黃石市", "region", "fixed_asset_investment_growth", 2.108, "ratio", F5, "2021年1–2月", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- oj07 葛店经开区 朗义 signing (鄂州政府网 2024)
GK = "葛店经开区"
H0 = "8月3日,葛店经开区举行招商引资项目签约仪式,湖北朗义建设集团新能源智能制造基地项目正式落户该区"
H1 = "湖北朗义建设集团新能源智能制造基地项目总投资2.4亿元"
H2 = "近年来,该区先后引进盛隆电气、长兴、汉能既济、合康亿盛、圣祥电子等电气产业项目10余个"
PJ = "湖北朗义建设集团新能源智能制造基地项目"
G["oj07"] = dict(
 article=art("（无标题）葛店经开区举行招商引资项目签约仪式 湖北朗义建设集团新能源智能制造基地项目落户", "鄂州政府网（www.ezhou.gov.cn“区街动态”栏；本网讯，全媒体记者童勰）", "2024-08-05", "day",
  "City government portal's news, Hubei: a national economic and technological development zone signs a new-energy manufacturing project — investment, products and expected output, sales and tax — and lists the electrical firms it attracted earlier",
  "https://www.ezhou.gov.cn/sy/qjdt/202408/t20240805_639320.html",
  "日期取网址 202408/t20240805；文中“8月3日”为签约日。存段无标题、无日期行（title 为编者概括）。正文三段，完整。园区：葛店经开区（葛店经济技术开发区，鄂州市，湖北；文中只作“葛店经开区”“该区”）。项目：湖北朗义建设集团新能源智能制造基地项目——签约仪式、正式落户→签约，总投资2.4亿元；建成后年产值2.5亿元、年销售收入约3亿元、年均税收约1000万元（target，subject 记项目）。公司：湖北朗义建设集团（园区葛店经开区）；“该区先后引进”的盛隆电气、汉能既济、合康亿盛、圣祥电子（园区葛店经开区）；“长兴”名称过简，可选。事实：引进电气产业项目10余个（余，cumulative）。",
  "oj07"),
 parks=[
  park(GK, "鄂州", "湖北", "经济技术开发区", H0, note="即葛店经济技术开发区；文中又作“该区”"),
 ],
 companies=[
  comp("湖北朗义建设集团", GK, H0, note="签约落户"),
  comp("盛隆电气", GK, H2, note="该区引进的电气产业项目"),
  comp("长兴", GK, H2, opt=True, note="名称过简"),
  comp("汉能既济", GK, H2, note="该区引进的电气产业项目"),
  comp("合康亿盛", GK, H2, note="该区引进的电气产业项目"),
  comp("圣祥电子", GK, H2, note="该区引进的电气产业项目"),
 ],
 projects=[
  proj(PJ, GK, H1, companies=["湖北朗义建设集团"], inv="总投资2.4亿元", status="签约", status_text="签约仪式…正式落户",
       note="2024年8月3日签约；生产新能源电池、智能光伏组件、智能机器人、智能电网设备等"),
 ],
 aggregate_facts=[
  fact(PJ, "project", "expected_annual_output_cny", 2.5e8, "cny", "项目建成后可实现年产值2.5亿元", "建成后（预期）", kind="target", chk=True),
  fact(PJ, "project", "expected_annual_sales_cny", 3e8, "cny", "年销售收入约3亿元", "建成后（预期）", kind="target", qual="约", qtext="约", chk=True, opt=True),
  fact(PJ, "project", "expected_annual_tax_cny", 1e7, "cny", "实现年均税收约1000万元", "建成后（预期）", kind="target", qual="约", qtext="约", chk=True, opt=True),
  fact(GK, "park", "electrical_projects_attracted", 10, "count", H2, "2024年8月", kind="cumulative", qual="余", qtext="余"),
 ])
