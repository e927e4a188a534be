from lib import *

# ---------------- t01 东营经济技术开发区
P = "东营经济技术开发区"
write("t01", {
    "title": "东营经济技术开发区一季度开复工过亿元大项目71个",
    "outlet": "中国网 法语频道 french.china.org.cn（法中双语稿，取中文稿；原出处未注明）",
    "published": "2013-05-06", "published_precision": "day",
    "register": "national news portal (foreign-language channel) bilingual item on a development zone's first-quarter big projects",
    "source_url": "http://french.china.org.cn/china/archives/shandong/2013-05/06/content_28738075.htm"},
    parks=[park(P, "近日,在东营经济技术开发区广汽吉奥GA项目建设现场", city="东营", province="山东", kind="经济技术开发区")],
    companies=[company("广汽吉奥", "在东营经济技术开发区广汽吉奥GA项目建设现场", park=P, optional=True,
                       note="只出现在项目名中")],
    projects=[project("广汽吉奥GA项目", "该项目是今年东营经济技术开发区集中开工的投资过10亿元大项目之一", park=P,
                      companies=["广汽吉奥"], inv=1e9, inv_text="投资过10亿元", qualifier="超", status="在建",
                      status_text="建设现场…今年集中开工…已经完成固定资产投资额3.6亿元", status_alt="开工",
                      note="“投资过10亿元大项目之一”：按该项目投资超10亿元计")],
    facts=[
        fact("广汽吉奥GA项目", "project", "completed_investment_cny", 360000000.0, "已经完成固定资产投资额3.6亿元",
             as_of="截至2013年5月", kind="cumulative", optional=True),
        fact("东营经济技术开发区2013年一季度新开工过亿元大项目", "park_group", "projects_started", 25,
             "一季度全区新开工过亿元大项目25个", as_of="2013年一季度"),
        fact("东营经济技术开发区在建大项目", "park_group", "projects_under_construction", 71,
             "在建大项目总数达到71个", as_of="2013年一季度末"),
        fact("东营经济技术开发区在建大项目", "park_group", "planned_investment_cny", 48000000000.0,
             "总投资480亿元,项目单体投资平均达到7亿元", as_of="2013年一季度末"),
        fact("东营经济技术开发区在建大项目", "park_group", "average_project_investment_cny", 700000000.0,
             "项目单体投资平均达到7亿元", as_of="2013年一季度末", optional=True),
        fact("东营经济技术开发区在建大项目", "park_group", "projects_over_1bn", 30, "10亿元以上项目达到30个",
             as_of="2013年一季度末", optional=True),
        fact("东营经济技术开发区2013年一季度新开工项目", "park_group", "projects_started_multiple_vs_last_year", 2.1,
             "新开工项目数和总投资分别是去年的2.1倍和3.3倍", unit="ratio", kind="ratio", optional=True),
        fact("东营经济技术开发区2013年一季度新开工项目", "park_group", "investment_multiple_vs_last_year", 3.3,
             "新开工项目数和总投资分别是去年的2.1倍和3.3倍", unit="ratio", kind="ratio", optional=True),
    ])

# ---------------- t02 雅安经开区
P = "雅安经济开发区"
G = "雅安经济开发区2021年上半年达产达效项目"
write("t02", {
    "title": "上半年经开区工业经济持续稳居全市第一",
    "outlet": "雅安经济开发区管委会网站 jkq.yaan.gov.cn",
    "published": "2021", "published_precision": "year",
    "register": "park management committee website release on a zone's half-year industrial figures",
    "source_url": "https://jkq.yaan.gov.cn/xinwen/show/439fade84d88a9d0a9e12fd1bcc33abf.html",
    "note": "页面无日期；“两年平均增长”是2021年的统计口径，按2021年上半年推定"},
    parks=[park(P, "上半年,经开区规上工业增加值同比增长23.5%", city="雅安", province="四川", kind="经济开发区",
                aliases=["经开区"], note="文中只称“经开区”（标题、正文）；全名据发布网站")],
    companies=[company(n, "新(扩)建汇龙环保、矽盛电子、百图高新、联茂机械等27个项目实现达产达效", park=P)
               for n in ("汇龙环保", "矽盛电子", "百图高新", "联茂机械")],
    facts=[
        fact(P, "park", "value_added_yoy_growth", 0.235, "经开区规上工业增加值同比增长23.5%", kind="ratio",
             as_of="2021年上半年"),
        fact(P, "park", "value_added_two_year_avg_growth", 0.148, "两年平均增长14.8%", unit="ratio", kind="ratio",
             as_of="2021年上半年", optional=True),
        fact(P, "park", "leading_industries_output_yoy_growth", 0.319, "三大主导产业产值同比增长31.9%",
             unit="ratio", kind="ratio", as_of="2021年上半年", optional=True),
        fact(P, "park", "tax_revenue_cny", 111000000.0, "规上工业企业实现入库税收1.11亿元", as_of="2021年上半年",
             note="规上工业企业入库税收"),
        fact(P, "park", "tax_revenue_yoy_growth", 0.385, "入库税收1.11亿元,同比增长38.5%", kind="ratio",
             as_of="2021年上半年", optional=True),
        fact(P, "park", "enterprises_tax_over_5m", 6, "税收500万元以上企业6家", as_of="2021年上半年", optional=True),
        fact(P, "park", "electricity_consumption_kwh", 642000000.0, "规上工业用电量6.42亿度", unit="kwh",
             as_of="2021年上半年", optional=True),
        fact(P, "park", "electricity_consumption_yoy_growth", 0.392, "6.42亿度,同比增长39.2%", kind="ratio",
             as_of="2021年上半年", optional=True),
        fact(P, "park", "growing_enterprises_share", 0.758, "呈增长势头企业占规上工业企业75.8%", unit="ratio",
             kind="ratio", as_of="2021年上半年", optional=True),
        fact(G, "park_group", "projects_in_production", 27, "联茂机械等27个项目实现达产达效", as_of="2021年上半年"),
        fact(G, "park_group", "added_output_value_cny", 1000000000.0, "新增规上工业产值近10亿元",
             qualifier=None, qualifier_text="近", as_of="2021年上半年"),
        fact(G, "park_group", "output_growth_contribution_pp", 17.1, "拉动园区规上工业产值增长17.1个百分点",
             unit="percentage_points", kind="ratio", as_of="2021年上半年", optional=True),
    ])

# ---------------- t03 中国电子泸州产业园
PRJ = "中国电子泸州产业园项目"
write("t03", {
    "title": "生活重启 | 中国电子泸州产业园预计2022年完成建设",
    "outlet": "封面新闻 thecover.cn（记者 王正元）",
    "published": "2020-03-26", "published_precision": "day",
    "register": "provincial news app item on a large industrial-park project in a province-wide groundbreaking",
    "source_url": "http://www.thecover.cn/news/3897848"},
    parks=[
        park("中国电子泸州产业园", "中国电子泸州产业园预计2022年完成建设", city="泸州", province="四川",
             kind="产业园(项目)", optional=True, note="以“产业园项目”出现，主要作为项目标注"),
        park("古蔺异地扶贫产业园", "其中2020年实施一期古蔺异地扶贫产业园项目", city="泸州", district="古蔺县",
             province="四川", kind="产业园(项目)", parent="中国电子泸州产业园", optional=True,
             note="中国电子泸州产业园一期"),
    ],
    companies=[company("中国电子", "泸州本次集中开工的项目包含中国电子泸州产业园项目", optional=True,
                       note="只出现在项目名中")],
    projects=[
        project(PRJ, "泸州本次集中开工的项目包含中国电子泸州产业园项目,该项目总投资120亿元", companies=["中国电子"],
                inv=12000000000.0, inv_text="总投资120亿元", status="开工",
                status_text="四川省2020年第一季度重大项目集中开工", note="文中未放在某个园区里"),
        project("古蔺异地扶贫产业园项目", "其中2020年实施一期古蔺异地扶贫产业园项目,批复投资20亿元", phase="一期",
                inv=2000000000.0, inv_text="批复投资20亿元", status="开工", status_text="2020年实施一期",
                optional=True, note="中国电子泸州产业园项目的一期"),
    ],
    facts=[
        fact(PRJ, "project", "area_mu", 4500, "建设用地约4500亩", qualifier="约", optional=True),
        fact(PRJ, "project", "expected_revenue_cny", 20000000000.0, "建成后预计年销售收入200亿元", kind="target"),
        fact(PRJ, "project", "phases", 3, "分三期建设", optional=True),
        fact("古蔺异地扶贫产业园项目", "project", "area_mu", 1319, "计划用地1319亩", optional=True),
        fact("古蔺异地扶贫产业园项目", "project", "floor_area_m2", 920000, "建筑面积约92万平方米", qualifier="约",
             optional=True),
    ])

# ---------------- t04 安宁粤商产业园
P = "安宁工业园区"
PRJ = "安宁粤商产业园项目"
CO = "云南粤商产业发展(集团)有限公司"
write("t04", {
    "title": "安宁粤商产业园项目开工总投资17亿元",
    "outlet": "uniwire.cn 财经频道（转载，来源未注明；文中“昨日”）",
    "published": "2021-09-10", "published_precision": "day",
    "register": "news-portal repost of a local newspaper item on a park project's groundbreaking inside an industrial park",
    "source_url": "http://www.uniwire.cn/html/2021/caijing_0910/149610.html"},
    parks=[
        park(P, "安宁粤商产业园项目在安宁工业园区草铺片区开工", city="昆明", district="安宁市", province="云南",
             kind="工业园区"),
        park("安宁工业园区草铺片区", "安宁粤商产业园项目在安宁工业园区草铺片区开工", city="昆明", district="安宁市",
             province="云南", kind="园区片区", parent=P, optional=True),
        park("安宁粤商产业园", "这也是全省首个绿色装配式全产业链园区", city="昆明", district="安宁市", province="云南",
             kind="产业园(项目)", parent=P, optional=True, note="以“产业园项目”出现，主要作为项目标注"),
    ],
    companies=[
        company(CO, "云南粤商产业发展(集团)有限公司董事长蔡俊丰介绍", park=P,
                note="园区项目的开发方（董事长介绍项目），项目在安宁工业园区"),
        company("昆钢", "可与昆钢和嘉华水泥形成产业循环", optional=True),
        company("嘉华水泥", "可与昆钢和嘉华水泥形成产业循环", optional=True),
    ],
    institutions=[inst("安宁工业园区管委会", "安宁工业园区管委会副主任李强表示")],
    projects=[project(PRJ, "安宁粤商产业园项目总用地面积690亩,总建筑面积26万平方米,总投资17亿元", park=P,
                      companies=[CO], inv=1700000000.0, inv_text="总投资17亿元", status="开工",
                      status_text="在安宁工业园区草铺片区开工；预计到2022年底全面竣工投产")],
    facts=[
        fact(PRJ, "project", "area_mu", 690, "总用地面积690亩", optional=True),
        fact(PRJ, "project", "floor_area_m2", 260000, "总建筑面积26万平方米", optional=True),
        fact(PRJ, "project", "projects_count", 14, "共引进14个绿色装配式建筑产业项目"),
        fact(PRJ, "project", "jobs", 1800, "将新增约1800个就业岗位", qualifier="约", kind="target"),
        fact(PRJ, "project", "expected_output_value_cny", 2964000000.0, "年生产总值将达29.64亿元", kind="target"),
        fact(PRJ, "project", "expected_tax_cny", 120000000.0, "年上缴税收1.2亿元", kind="target"),
        fact(PRJ, "project", "annual_steel_demand_tonnes", 205000, "每年需原材料钢材约20.5万吨", unit="tonnes",
             qualifier="约", kind="target", optional=True),
        fact(PRJ, "project", "annual_cement_demand_tonnes", 450000, "水泥45万吨", unit="tonnes", kind="target",
             optional=True),
    ])

# ---------------- t05 盐城经开区
P = "盐城经济技术开发区"
G = "盐城经济技术开发区2019年7月18日集中开工项目"
write("t05", {
    "title": "盐城经开区集中开工27个项目",
    "outlet": "news.gqsoso.com 资讯转载（原出处未注明）",
    "published": "2019-07", "published_precision": "month",
    "register": "local news item (reposted by a news aggregator) on a development zone's batch groundbreaking",
    "source_url": "http://news.gqsoso.com/news/201907/227305.html",
    "note": "活动日期7月18日，页面路径201907"},
    parks=[park(P, "盐城经济技术开发区举行27个项目集中开工活动", city="盐城", province="江苏", kind="经济技术开发区",
                aliases=["盐城经开区"])],
    institutions=[inst("盐城经济技术开发区管委会", "区管委会主任徐龙波对二季度", aliases=["区管委会"]),
                  inst("盐城经济技术开发区党工委", "区党工委书记戴荣江讲话并宣布项目集中开工", aliases=["区党工委"])],
    facts=[
        fact(G, "park_group", "projects_started", 27, "盐城经济技术开发区举行27个项目集中开工活动",
             as_of="2019年7月18日"),
        fact(G, "park_group", "planned_investment_cny", 17000000000.0, "总投资170亿元,设备投资83.9亿元",
             as_of="2019年7月18日"),
        fact(G, "park_group", "equipment_investment_cny", 8390000000.0, "设备投资83.9亿元", as_of="2019年7月18日"),
    ])

# ---------------- t06 珠海高新区
P = "珠海高新区"
write("t06", {
    "title": None,
    "title_note": "(no headline) 珠海高新区6月份重点项目签约仪式：15个项目签约，6月新引进产业项目48个投资135亿元",
    "outlet": "中国高新技术产业导报（本报讯，记者 于大勇）",
    "published": "2022-07-11", "published_precision": "day",
    "register": "national trade newspaper item on a high-tech zone's monthly signing ceremony and year-to-date intake",
    "source_url": "http://paper.chinahightech.com/pc/content/202207/11/content_127824.html",
    "note": "存档页无标题，文件从正文开始"},
    parks=[park(P, "近日在珠海高新区举行的人才安居宣传月启动仪式暨6月份重点项目签约仪式上", city="珠海",
                province="广东", kind="高新区", aliases=["高新区"])],
    companies=[company(n, "中电建、蜜蜂科技、打望科技、西啡科技、氦舶新材料等15家企业", park=P)
               for n in ("中电建", "蜜蜂科技", "打望科技", "西啡科技", "氦舶新材料")] + [
        company("迈为股份", "高新区已新引进迈为股份、联东U谷、TSV封装等一批优质项目270个", park=P),
        company("联东U谷", "高新区已新引进迈为股份、联东U谷、TSV封装等一批优质项目270个", park=P, optional=True,
                note="作为引进项目列出，可作企业也可作项目"),
        company("高新建投", "分别与珠海高新区投促中心、珠海高新区双创中心、高新建投、高科创管等单位签约", park=P,
                optional=True, note="园区国企，签约的园区一方"),
        company("高科创管", "分别与珠海高新区投促中心、珠海高新区双创中心、高新建投、高科创管等单位签约", park=P,
                optional=True, note="园区国企，签约的园区一方"),
    ],
    institutions=[
        inst("珠海高新区投促中心", "分别与珠海高新区投促中心、珠海高新区双创中心", park=P),
        inst("珠海高新区双创中心", "珠海高新区双创中心、高新建投", park=P),
        inst("珠海高新区企业服务中心", "珠海高新区企业服务中心为签约企业代表颁发“企业服务卡”", park=P),
    ],
    projects=[project("TSV封装", "高新区已新引进迈为股份、联东U谷、TSV封装等一批优质项目270个", park=P,
                      status="签约", status_text="新引进", optional=True)],
    facts=[
        fact("珠海高新区2022年6月份重点项目签约仪式签约项目", "park_group", "projects_signed", 15,
             "参与此次签约的15个项目涵盖新能源", as_of="2022年6月"),
        fact("珠海高新区2022年6月新引进产业项目", "park_group", "projects_landed", 48,
             "6月份,珠海高新区共新引进产业项目48个", as_of="2022年6月"),
        fact("珠海高新区2022年6月新引进产业项目", "park_group", "planned_investment_cny", 13500000000.0,
             "合计投资总额135亿元", as_of="2022年6月"),
        fact("珠海高新区2022年新引进项目", "park_group", "projects_landed", 270,
             "一批优质项目270个,总投资额超550亿元", as_of="2022年初至7月", kind="cumulative"),
        fact("珠海高新区2022年新引进项目", "park_group", "planned_investment_cny", 55000000000.0,
             "总投资额超550亿元", qualifier="超", as_of="2022年初至7月", kind="cumulative"),
    ])

# ---------------- t07 国家级新区
G = "国家级新区深化战略合作和承接产业转移签约项目"
def xq(name, city, province, ev, **kw):
    return park(name, ev, city=city, province=province, kind="国家级新区", **kw)
write("t07", {
    "title": None,
    "title_note": "(no headline) 国家级新区深化战略合作和承接产业转移项目签约仪式：8个项目协议总投资约582亿元",
    "outlet": "投资界 pedaily.cn（作者 celia；据上海证券报）",
    "published": "2021-10-27", "published_precision": "day",
    "register": "business-press item on a national signing ceremony of state-level new areas and their 2021 figures",
    "source_url": "https://news.pedaily.cn/202110/480178.shtml",
    "note": "存档页无标题，文件从正文开始；文末“本文来源投资界…原文…”一行已删"},
    parks=[
        xq("四川天府新区", "成都", "四川", "国家发展改革委在四川天府新区组织举办"),
        xq("青岛西海岸新区", "青岛", "山东", "四川天府新区和青岛西海岸新区签署战略合作框架协议"),
        xq("重庆两江新区", "重庆", "重庆", "重庆两江新区、四川天府新区、福州新区、哈尔滨新区、江西赣江新区分别与有关企业签署项目合作协议"),
        xq("福州新区", "福州", "福建", "重庆两江新区、四川天府新区、福州新区、哈尔滨新区"),
        xq("哈尔滨新区", "哈尔滨", "黑龙江", "福州新区、哈尔滨新区、江西赣江新区分别与有关企业签署项目合作协议"),
        xq("江西赣江新区", "南昌", "江西", "哈尔滨新区、江西赣江新区分别与有关企业签署项目合作协议"),
        xq("广州南沙新区", "广州", "广东", "其中广州南沙新区固定资产投资同比增长31.8%"),
        xq("南京江北新区", "南京", "江苏", "南京江北新区新签约亿元以上项目649个"),
        xq("天津滨海新区", "天津", "天津", "天津滨海新区引进5000万元以上项目超过841个"),
        xq("浙江舟山群岛新区", "舟山", "浙江", "浙江舟山群岛新区初步构建起万亿级的油气全产业链格局"),
        park("联东U谷·哈尔滨松北智造谷", "联东U谷·哈尔滨松北智造谷等8个项目", city="哈尔滨", province="黑龙江",
             kind="产业园(项目)", optional=True, note="以签约项目出现"),
    ],
    companies=[
        company("中交四航局", "涉及中交四航局西南区域总部", optional=True, note="只出现在项目名中"),
        company("华润江中", "华润江中现代中药生产基地", optional=True, note="只出现在项目名中"),
        company("联东U谷", "联东U谷·哈尔滨松北智造谷", optional=True, note="只出现在项目名中"),
    ],
    institutions=[inst("国家发展改革委", "国家发展改革委在四川天府新区组织举办", optional=False)],
    projects=[
        project("中交四航局西南区域总部", "涉及中交四航局西南区域总部、华润江中现代中药生产基地", companies=["中交四航局"],
                status="签约", status_text="签署项目合作协议", note="五个新区分别签约，文中未说明哪个项目属哪个新区"),
        project("华润江中现代中药生产基地", "华润江中现代中药生产基地、超宽幅偏光片生产基地", companies=["华润江中"],
                status="签约", status_text="签署项目合作协议", note="文中未说明属哪个新区"),
        project("超宽幅偏光片生产基地", "超宽幅偏光片生产基地、联东U谷·哈尔滨松北智造谷等8个项目",
                status="签约", status_text="签署项目合作协议", note="文中未说明属哪个新区"),
        project("联东U谷·哈尔滨松北智造谷", "联东U谷·哈尔滨松北智造谷等8个项目", companies=["联东U谷"], status="签约",
                status_text="签署项目合作协议", optional=True,
                note="名称含“哈尔滨松北”，可理解为哈尔滨新区项目，但文中未明说；可作园区也可作项目"),
    ],
    facts=[
        fact(G, "park_group", "projects_signed", 8, "联东U谷·哈尔滨松北智造谷等8个项目,协议总投资约582亿元",
             as_of="2021年10月27日"),
        fact(G, "park_group", "planned_investment_cny", 58200000000.0, "协议总投资约582亿元", qualifier="约",
             as_of="2021年10月27日"),
        fact("广州南沙新区", "park", "fixed_asset_investment_yoy_growth", 0.318,
             "广州南沙新区固定资产投资同比增长31.8%", kind="ratio", as_of="2021年1—9月", optional=True),
        fact("南京江北新区", "park", "projects_signed_over_100m", 649, "南京江北新区新签约亿元以上项目649个",
             as_of="2021年以来（截至10月）"),
        fact("南京江北新区", "park", "signed_contract_value_cny", 360000000000.0, "协议投资总额约3600亿元",
             qualifier="约", as_of="2021年以来（截至10月）"),
        fact("天津滨海新区", "park", "projects_landed_over_50m", 841, "天津滨海新区引进5000万元以上项目超过841个",
             qualifier="超", qualifier_text="超过", as_of="2021年以来（截至10月）"),
        fact("天津滨海新区", "park", "signed_contract_value_cny", 513100000000.0, "协议投资总额5131亿元",
             as_of="2021年以来（截至10月）"),
        fact("四川天府新区", "park", "industry_clusters_over_100bn", 2, "形成电子信息、汽车制造2个千亿级产业集群",
             optional=True),
        fact("四川天府新区", "park", "industry_clusters_over_10bn", 8, "生物医药、装备制造等8个百亿级产业集群",
             optional=True),
    ])
