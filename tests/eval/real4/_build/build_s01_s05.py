from lib import Article

# ---------------------------------------------------------------- s01
a = Article("s01", title="重庆保税港区宣告全面建成", outlet="商务部网站（转载于新浪财经 msn.finance.sina.com.cn）",
            published="2011-12-16", published_precision="day",
            register="national ministry website item on an inland bonded port zone's completion and its figures",
            source_url="http://msn.finance.sina.com.cn/gdxw/20111216/0729547279.html")
P = "重庆两路寸滩保税港区"
a.park(P, "我国内陆首个保税港区——重庆两路寸滩保税港区历经三年建设", aliases=["重庆保税港区"], city="重庆",
       province="重庆", kind="保税港区")
a.park("西永综合保税区", "保税港区将和西永综合保税区一道", city="重庆", province="重庆", kind="综合保税区")
for c in ["惠普", "五十铃", "伊藤忠", "仁宝电脑"]:
    a.company(c, "包括惠普、五十铃、伊藤忠、仁宝电脑等11家世界500强", park=P)
a.institution("海关总署", "通过海关总署等国家11部委正式验收")
a.institution("国务院", "国务院批准设立重庆两路寸滩保税港区", optional=True)
a.institution("重庆市政府", "重庆市政府决定将水港和空港功能区部分无法利用的土地进行置换", optional=True)
a.project("重庆保税港区(二期)", "重庆保税港区(二期)通过海关总署等国家11部委正式验收", P, status="竣工",
          status_text="通过…正式验收", optional=True, note="园区自身的二期建设，可作项目也可不作")
a.project("保税港区(一期)工程", "2009年6月,保税港区(一期)工程开工,去年5月通过国家验收", P, status="竣工",
          status_text="2009年6月开工，去年5月通过国家验收", optional=True, note="园区自身的一期建设")
AS = "截至2011年12月"
a.fact(P, "park", "area_km2", 8.37, "km2", "面积8.37平方公里")
a.fact(P, "park", "enterprises", 171, "count", "区内入驻企业和项目达到171个", as_of=AS,
       note="原文“入驻企业和项目”")
a.fact(P, "park", "fortune500_enterprises", 11, "count", "等11家世界500强", as_of=AS, optional=True)
a.fact(P, "park", "sales_cny", 8.5e9, "cny", "区内企业累计完成销售85亿元", as_of=AS, kind="cumulative")
a.fact(P, "park", "revenue_cny", 196322000000.0, "cny", "实现营业额1963.22亿元", as_of=AS, kind="cumulative",
       note="与“累计完成销售”同句，按累计计")
a.fact(P, "park", "output_value_cny", 6.5e9, "cny", "工业产值逾65亿元", as_of=AS, kind="cumulative",
       qualifier="超", qualifier_text="逾")
a.fact(P, "park", "trade_value_usd", 5.7e8, "usd", "累计实现外贸进出口5.7亿美元", as_of=AS, kind="cumulative",
       currency="USD")
a.fact(P, "park", "fdi_actual_usd", 7.08e7, "usd", "实际利用外资7080万美元", as_of=AS, kind="cumulative",
       currency="USD")
a.write()

# ---------------------------------------------------------------- s02
a = Article("s02", title="浦东软件园十年创新结硕果 / 去年实现软件出口3.8亿美元",
            outlet="上海本地报纸（本报讯，记者钟慧；报名未注明），转载于 360doc 个人图书馆（悦读馆）",
            published="2010-03-19 (转载日期；文中“昨天的庆典”)", published_precision="day",
            register="municipal newspaper item on a software park's tenth anniversary and its figures",
            source_url="http://www.360doc.com/content/10/0319/08/480324_19341622.shtml")
P = "上海浦东软件园"
a.park(P, "上海浦东软件园迎来了硕果累累的十周岁生日", aliases=["浦东软件园"], city="上海", province="上海",
       kind="软件园")
for sub in ["郭守敬园", "祖冲之园", "三林世博分园"]:
    a.park(sub, "郭守敬园、祖冲之园、三林世博分园、昆山浦东软件园这四大园区各具特色", city="上海", province="上海",
           kind="分园", parent=P)
a.park("昆山浦东软件园", "郭守敬园、祖冲之园、三林世博分园、昆山浦东软件园这四大园区各具特色", city="苏州",
       district="昆山", province="江苏", kind="分园", parent=P)
AS = "截至2009年12月底"
a.fact(P, "park", "enterprises_signed", 6, "count", "同时有6家企业签约入驻", as_of="2010年3月")
a.fact(P, "park", "enterprises_awarded", 30, "count", "向30家园区优秀企业颁发了开园十周年", optional=True)
a.fact(P, "park", "parks_count", 4, "count", "这四大园区各具特色", optional=True, note="下属园区数")
a.fact(P, "park", "registered_enterprises", 1140, "count", "软件园总部共有企业1140家", as_of=AS,
       note="“总部企业”与“入园企业”两个口径")
a.fact(P, "park", "enterprises", 308, "count", "入园企业308家", as_of=AS)
a.fact(P, "park", "employees", 21000, "count", "园区从业人员2.1万人", as_of=AS)
a.fact(P, "park", "revenue_cny", 1.98e10, "cny", "2009年实现经营总收入约达到198亿元", as_of="2009年",
       qualifier="约")
a.fact(P, "park", "software_export_usd", 3.8e8, "usd", "软件出口3.8亿美元,上缴税收14亿元", as_of="2009年",
       currency="USD")
a.fact(P, "park", "annual_tax_cny", 1.4e9, "cny", "上缴税收14亿元", as_of="2009年")
a.write()

# ---------------------------------------------------------------- s03
a = Article("s03", title="海淀区北部15个重大产业项目2011年将开建", outlet="阳光易购 采购焦点资讯（转载；原出处未注明）",
            published="2011-05-04", published_precision="day",
            register="municipal investment news on a district science-park area's year of project construction",
            source_repo="likgjava/eb", source_commit="7470cfbcce2c33c38d76cb757029227202253ea9",
            source_path="webapp/view/staticpags/cgxqzx/ff8080812fb4297b012fb8d11118016e.jsp")
P = "海淀北部科技园区"
a.park(P, "海淀北部科技园区今年新开工项目15项", city="北京", district="海淀区", province="北京", kind="科技园区")
a.park("中关村环保园", "笔者日前来到中关村环保园", city="北京", district="海淀区", province="北京", kind="科技园区")
a.park("龙芯产业园", "中科院计算所龙芯产业园二期项目", city="北京", province="北京", kind="产业园", optional=True,
       note="仅见于项目名")
a.company("实创股份", "繁忙的建设场景在实创股份所属科技园区中处处可见", optional=True,
          note="园区开发企业；文中未说它在哪个园区")
a.company("中国人寿", "中国人寿研发中心二期项目", park=P, optional=True, note="仅见于项目名")
a.company("华为", "华为研发中心四期项目", park=P, optional=True, note="仅见于项目名")
a.institution("中科院计算所", "中科院计算所龙芯产业园二期项目", kind="research", optional=True)
ST = "海淀北部15个重大产业项目今年将陆续开工建设"
a.project("中国人寿研发中心二期项目", "中国人寿研发中心二期项目、华为研发中心四期项目", P, companies=["中国人寿"],
          phase="二期", status="planned", status_alt="开工", status_text=ST,
          note="park: 文中“海淀北部15个重大产业项目”即“海淀北部科技园区今年新开工项目15项”")
a.project("华为研发中心四期项目", "华为研发中心四期项目、中科院计算所龙芯产业园二期项目", P, companies=["华为"],
          phase="四期", status="planned", status_alt="开工", status_text=ST)
a.project("中科院计算所龙芯产业园二期项目", "中科院计算所龙芯产业园二期项目、中关村壹号一期", P, phase="二期",
          status="planned", status_alt="开工", status_text=ST)
a.project("中关村壹号一期", "中关村壹号一期……海淀北部15个重大产业项目今年将陆续开工建设", P, phase="一期",
          status="planned", status_alt="开工", status_text=ST)
G = "海淀北部科技园区2011年新开工项目"
a.fact(G, "park_group", "projects_started", 15, "count", "海淀北部科技园区今年新开工项目15项", as_of="2011年",
       kind="target", note="年初计划（“今年将陆续开工”）")
a.fact(G, "park_group", "industrial_projects", 12, "count", "其中产业化项目12项", as_of="2011年", kind="target",
       optional=True)
a.fact(G, "park_group", "accelerator_projects", 3, "count", "加速器项目3项，项目总投资93.7亿元", as_of="2011年",
       kind="target", optional=True)
a.fact(G, "park_group", "planned_investment_cny", 9.37e9, "cny", "项目总投资93.7亿元", as_of="2011年")
a.fact(G, "park_group", "annual_planned_investment_cny", 2.131e9, "cny", "预计本年度完成投资21.31亿元",
       as_of="2011年", kind="target")
G2 = "海淀北部科技园区2011年复工项目"
a.fact(G2, "park_group", "projects_resumed", 18, "count", "今年复工项目18项", as_of="2011年", kind="target")
a.fact(G2, "park_group", "industrial_projects", 15, "count", "其中产业化项目15项，加速器项目2项", as_of="2011年",
       kind="target", optional=True)
a.fact(G2, "park_group", "accelerator_projects", 2, "count", "加速器项目2项，配套项目1项", as_of="2011年",
       kind="target", optional=True)
a.fact(G2, "park_group", "supporting_projects", 1, "count", "配套项目1项", as_of="2011年", kind="target",
       optional=True)
a.fact(G2, "park_group", "planned_investment_cny", 1.1e10, "cny", "预计项目总投资110亿元", as_of="2011年")
G3 = "海淀北部科技园区2011年新开工和复工项目"
a.fact(G3, "park_group", "projects_count", 33, "count", "今年北部新开工和复工项目共33项", as_of="2011年",
       kind="target", optional=True, note="15+18 之和")
a.fact(G3, "park_group", "floor_area_m2", 2.8e6, "m2", "规划建设总面积达280万平方米", as_of="2011年")
a.write()

# ---------------------------------------------------------------- s04
a = Article("s04", title="大截面导线风力发电电缆设备生产基地开工", outlet="阳光易购 采购焦点资讯（转载；原出处未注明）",
            published="2011-05-05", published_precision="day",
            register="trade-press brief on a company's production-base groundbreaking in a high-tech zone's sub-park",
            source_repo="likgjava/eb", source_commit="7470cfbcce2c33c38d76cb757029227202253ea9",
            source_path="webapp/view/staticpags/cgxqzx/ff8080812fba4e32012fbeb1b61f0597.jsp")
Z = "兰州高新区"
P = "七里河园区"
a.park(Z, "兰州高新区党工委书记李彦龙", city="兰州", province="甘肃", kind="高新区")
a.park(P, "项目在高新区七里河园区开工建设", aliases=["高新区七里河园区"], city="兰州", district="七里河区",
       province="甘肃", kind="高新区分园", parent=Z)
C1, C2 = "甘肃诚信电力机具制造有限责任公司", "甘肃诚信电线电缆有限责任公司"
a.company(C1, "由甘肃诚信电力机具制造有限责任公司和甘肃诚信电线电缆有限责任公司投资建设", park=P,
          aliases=["诚信机具"])
a.company(C2, "甘肃诚信电线电缆有限责任公司投资建设的大截面导线", park=P, aliases=["诚信电缆"])
a.company("省电力公司", "省电力公司党组书记张世才", optional=True, note="出席者所在单位")
PN = "大截面导线风力发电用电缆生产厂及架空电力线路牵张设备生产基地项目"
a.project(PN, "该项目占地约为74亩，总建筑面积约4万平方米，项目总投资1.71亿元", P,
          companies=[C1, C2], cny=1.71e8, text="项目总投资1.71亿元", status="开工",
          status_text="大截面导线风力发电用电缆生产厂及架空电力线路牵张设备生产基地项目在高新区七里河园区开工建设",
          aliases=["大截面导线风力发电电缆设备生产基地"],
          note="名称与开工见第一段；证据取金额所在句（“该项目”回指）")
a.fact(PN, "project", "area_mu", 74, "mu", "该项目占地约为74亩", qualifier="约", optional=True)
a.fact(PN, "project", "floor_area_m2", 40000, "m2", "总建筑面积约4万平方米", qualifier="约", optional=True)
a.fact(PN, "project", "expected_revenue_cny", 4.8e8, "cny", "预计年销售收入将达到4.8亿元", kind="target")
a.fact(PN, "project", "expected_tax_cny", 2e7, "cny", "年上缴税收将达到2000万元", kind="target")
a.fact(PN, "project", "jobs", 410, "count", "向社会提供就业岗位410个", kind="target", optional=True)
a.write()

# ---------------------------------------------------------------- s05
a = Article("s05", title="中韩签订2500亿元“硅能蓄电池”合作协议", outlet="新华网（转载于阳光易购 采购焦点资讯）",
            published="2011-08-04", published_precision="day",
            register="national news-agency item on a supply framework agreement, with the maker's plant in an ETDZ",
            source_repo="likgjava/eb", source_commit="7470cfbcce2c33c38d76cb757029227202253ea9",
            source_path="webapp/view/staticpags/cgxqzx/ff8080813176735601319239259a19f3.jsp")
P = "荆州经济技术开发区"
a.park(P, "落户荆州经济技术开发区的锦辉(荆州)硅能科技有限公司", city="荆州", province="湖北", kind="经济技术开发区")
G, S = "锦辉控股集团", "锦辉(荆州)硅能科技有限公司"
a.company(G, "持有“硅能蓄电池”国家专利授权的锦辉控股集团在湖北荆州签订", aliases=["锦辉集团"], park=P,
          note="其全资子公司落户该开发区；按“投资方随其项目所在园区”的惯例")
a.company(S, "落户荆州经济技术开发区的锦辉(荆州)硅能科技有限公司是锦辉控股集团全资子公司", park=P)
a.institution("韩国国家竞争力委员会", "韩国国家竞争力委员会主任委员赵东成", optional=True)
a.institution("韩国总统府绿色成长委员会", "在“韩国总统府绿色成长委员会”的指导下", optional=True)
a.project("硅能蓄电池生产线", "目前已投资约3亿元建成3条硅能蓄电池生产线", P, companies=[S], cny=3e8,
          text="已投资约3亿元", qualifier="约", status="竣工", status_alt="投产", status_text="已投资…建成",
          optional=True, note="无正式项目名；3条生产线已建成")
a.project("锦辉(荆州)硅能科技二期项目", "二期项目预计2013年竣工投产", P, companies=[S], phase="二期",
          status="planned", status_text="预计2013年竣工投产", optional=True, note="无正式项目名")
a.fact(G, "company", "procurement_agreement_value_cny", 2.5e11, "cny",
       "韩方将从中方采购价值2500亿元人民币的“硅能蓄电池”", as_of="未来5年", kind="target", optional=True,
       note="采购框架协议金额，非投资")
a.fact(S, "company", "invested_cny", 3e8, "cny", "目前已投资约3亿元建成3条硅能蓄电池生产线", qualifier="约",
       kind="cumulative", optional=True, note="与“硅能蓄电池生产线”项目金额相同")
a.fact(S, "company", "production_lines", 3, "count", "建成3条硅能蓄电池生产线", optional=True)
a.fact(S, "company", "daily_capacity_units", 7000, "count", "可实现日产能7000块电池", kind="target",
       optional=True)
a.fact(S, "company", "daily_output_value_cny", 9e6, "cny", "日产值900万元", kind="target", optional=True)
a.fact(S, "company", "expected_annual_output_value", 1e11, "cny", "届时年产值有望达到1000亿", kind="target",
       optional=True, note="原文“1000亿”无“元”")
a.fact("韩国电动车用蓄电池需求", "other", "market_size_usd", 2.1e10, "usd", "今年韩国电动车用蓄电池需求量约为210亿美元",
       qualifier="约", optional=True, currency="USD")
a.fact("韩国电动车用蓄电池需求", "other", "market_size_usd", 3.2e10, "usd", "明年将达到320亿美元", kind="target",
       optional=True, currency="USD")
a.write()
