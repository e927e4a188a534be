from lib import *

# ---------------- x09 中德(沈阳)高端装备制造产业园 2021年与2022年1-8月指标 (人民日报客户端辽宁频道)
P = "中德(沈阳)高端装备制造产业园"
EVE = "中德园引入华晨宝马、采埃孚、慕贝尔、德生制药等企业420余家"
EVS = "围绕宝马铁西工厂,本特勒、博斯等近40家宝马配套商落户园区"
write("x09", {
    "title": "沈阳:中德园今年已完成规模以上工业总产值508.1亿",
    "outlet": "人民日报客户端辽宁频道（作者未署名），转载于 chuanganwang.cn",
    "published": "2022-10-18", "published_precision": "day",
    "register": "national paper's provincial app channel item on an international cooperation park's 2021 and January–August 2022 figures, its enterprises and a plant that went into production",
    "source_url": "http://www.chuanganwang.cn/news/20221018/113252.html",
    "note": "转载站在标题前加的“最新资讯:”已删；面包屑“您的位置:首页>24小时 >”、“来源:人民日报客户端辽宁频道”、“【资料图】”、“关键词: 工业总产值”和“最新文章”已删；日期据页面路径 20221018"},
    parks=[
        park(P, "中德(沈阳)高端装备制造产业园(以下简称“中德园”)成立7年来", city="沈阳", district="铁西区", province="辽宁",
             kind="国家级中外合作产业园区", aliases=["中德园"]),
    ],
    companies=[
        company("华晨宝马", EVE, park=P),
        company("采埃孚", EVE, park=P),
        company("慕贝尔", EVE, park=P),
        company("德生制药", EVE, park=P),
        company("本特勒", EVS, park=P, note="宝马配套商，“落户园区”"),
        company("博斯", EVS, park=P, note="宝马配套商，“落户园区”"),
    ],
    projects=[
        project("华晨宝马里达工厂", "今年5月,投资200亿元的华晨宝马里达工厂正式投产", park=P, companies=["华晨宝马"],
                inv=20000000000.0, inv_text="投资200亿元", status="投产", status_text="正式投产"),
        project("宝马铁西工厂", EVS, park=P, companies=["华晨宝马"], optional=True, note="既有工厂，非新项目"),
    ],
    facts=[
        fact(P, "park", "output_value_cny", 94610000000.0, "2021年规模以上工业总产值完成946.1亿元", as_of="2021年",
             note="规上工业总产值"),
        fact(P, "park", "output_value_yoy_growth", 0.092, "增长9.2%", kind="ratio", as_of="2021年", optional=True),
        fact(P, "park", "output_value", 50810000000.0, "园区完成规模以上工业总产值508.1亿", unit="cny",
             as_of="2022年1-8月", note="原文“508.1亿”无“元”（check_gold 的金额解析需“元”，故 metric 不带 _cny，同 real4 s05）"),
        fact(P, "park", "tax_revenue_cny", 6480000000.0, "全口径税收收入64.8亿元", as_of="2022年1-8月"),
        fact(P, "park", "fixed_asset_investment_cny", 11320000000.0, "固定资产投资完成113.2亿元,增长52.5%",
             as_of="2022年1-8月"),
        fact(P, "park", "fixed_asset_investment_yoy_growth", 0.525, "增长52.5%", kind="ratio", as_of="2022年1-8月",
             optional=True),
        fact(P, "park", "tax_revenue_cny", 12230000000.0, "园区全口径税收收入完成122.3亿元", as_of="2021年"),
        fact(P, "park", "tax_revenue_yoy_growth", 0.197, "增长19.7%", kind="ratio", as_of="2021年", optional=True),
        fact(P, "park", "fixed_asset_investment_cny", 14190000000.0, "固定资产投资完成141.9亿元,增长16.9%", as_of="2021年"),
        fact(P, "park", "fixed_asset_investment_yoy_growth", 0.169, "增长16.9%", kind="ratio", as_of="2021年",
             optional=True),
        fact(P, "park", "enterprises", 420, EVE, qualifier="余", as_of="2022年10月"),
        fact(P, "park", "foreign_enterprises", 127, "其中外资企业127家", as_of="2022年10月"),
        fact(P, "park", "fortune500_enterprises", 84, "世界500强直接投资企业达到84家", as_of="2022年10月"),
        fact(P, "park", "bmw_suppliers", 40, EVS, qualifier_text="近", as_of="2022年10月"),
        fact(P, "park", "auto_cluster_investment_eur", 8000000000.0, "形成了一个总投资80亿欧元的汽车产业集群", unit="eur",
             optional=True, note="园区汽车产业集群的总投资（欧元）"),
        fact(P, "park", "years_since_founding", 7, "成立7年来", optional=True),
        fact(P, "park", "pocket_parks_built", 120, "中德园新建口袋公园120个", as_of="2021年", optional=True),
        fact(P, "park", "green_area_m2", 4000000, "新增、提升绿化面积约400万平方米", unit="m2", qualifier="约", as_of="2021年",
             optional=True),
    ])

# ---------------- x10 喀什、霍尔果斯经济开发区兵团分区 (可克达拉市政府网 2017)
KS = "喀什经济开发区兵团分区"
HE = "霍尔果斯经济开发区兵团分区"
KB = "喀什综合保税区"
CH = "兵团草湖产业园"
EV4 = ("分区实施的四大项目,既“喀什综合保税区市政基础设施建设及配套工程”“兵团草湖产业园市政基础设施建设及配套工程”"
       "“ 总部经济大厦建设”及“ 北部产业园”项目,已完成投资22亿余元")
PJ = "200万锭纺织服装产业园项目"
EVT = "由兵团和广东共建的200万锭纺织服装产业园项目,总投资106.8 亿元,计划2020年建成,建成后可实现产值256.8亿元,提供5万个就业岗位"
ST = dict(status="在建", status_text="四大项目已完成投资22亿余元")
HY = "霍尔果斯豪运电子科技有限公司"
write("x10", {
    "title": "喀什、霍尔果斯经济开发区兵团分区发展提速",
    "outlet": "可克达拉市人民政府网站 cocodala.gov.cn（据兵团发改委；作者未署名）",
    "published": "2017-03-03", "published_precision": "day",
    "register": "city government website item on two development-zone sub-zones run by the Xinjiang Production and Construction Corps: 2016 figures, four infrastructure projects and a textile park project",
    "source_url": "http://www.cocodala.gov.cn/html/1645/2017-03-03/content-4493.html",
    "note": "日期据页面路径 2017-03-03（文中豪运电子“2017年一季度”总产值为预计数）；“既“…”“ 总部经济大厦建设”及“ 北部产业园””与“106.8 亿元”中的空格照录"},
    parks=[
        park(HE, "霍尔果斯经济开发区兵团分区紧紧围绕“项目兴区”目标", city="伊犁州", district="霍尔果斯", province="新疆",
             kind="经济开发区分区（兵团）", parent="霍尔果斯经济开发区"),
        park(KS, "数据显示,2016年喀什兵团分区完成固定资产投资15.5亿元", city="喀什", province="新疆",
             kind="经济开发区分区（兵团）", aliases=["喀什兵团分区"], parent="喀什经济开发区",
             note="全称见标题“喀什、霍尔果斯经济开发区兵团分区”；名称不在文中（check_gold 警告），简称喀什兵团分区作别名"),
        park("霍尔果斯经济开发区", "霍尔果斯经济开发区兵团分区紧紧围绕“项目兴区”目标", city="伊犁州", district="霍尔果斯",
             province="新疆", kind="经济开发区", optional=True, note="只作为兵团分区的母区出现"),
        park("喀什经济开发区", "喀什、霍尔果斯经济开发区兵团分区发展提速", city="喀什", province="新疆", kind="经济开发区",
             optional=True, note="只作为兵团分区的母区出现（“喀什、霍尔果斯经济开发区”），名称不在文中（警告）"),
        park(KB, EV4, city="喀什", province="新疆", kind="综合保税区",
             note="只出现在项目名中，作为项目所在地（同 real8 w05 杨凌综合保税区）"),
        park(CH, EV4, city="喀什", province="新疆", kind="产业园",
             note="只出现在项目名中，作为项目所在地"),
        park("北部产业园", EV4, city="喀什", province="新疆", kind="产业园(项目)", parent=KS, optional=True,
             note="以项目出现（“ 北部产业园”项目）"),
        park("200万锭纺织服装产业园", EVT, city="喀什", province="新疆", kind="产业园(项目)", parent=KS, optional=True,
             note="以项目出现"),
    ],
    companies=[
        company(HY, "以霍尔果斯豪运电子科技有限公司为代表的一批企业2017年一季度经济运行态势较好", park=HE,
                aliases=["豪运电子科技有限公司"]),
    ],
    institutions=[
        inst("兵团发改委", "记者从兵团发改委获悉"),
    ],
    projects=[
        project("喀什综合保税区市政基础设施建设及配套工程", EV4, park=KB, **ST),
        project("兵团草湖产业园市政基础设施建设及配套工程", EV4, park=CH, **ST),
        project("总部经济大厦建设", EV4, park=KS, **ST, note="引号内有前导空格（“ 总部经济大厦建设”）"),
        project("北部产业园", EV4, park=KS, **ST, note="引号内有前导空格（“ 北部产业园”项目）"),
        project(PJ, EVT, park=KS, inv=10680000000.0, inv_text="总投资106.8 亿元", status="在建", status_alt="planned",
                status_text="计划2020年建成", aliases=["200万锭纺织服装产业园"],
                note="兵团和广东共建；“其中”承接四大项目，阶段读作在建（也可读作规划中）"),
    ],
    facts=[
        fact(HY, "company", "expected_output_value_cny", 120000000.0, "豪运电子科技有限公司预计实现总产值1.2亿元",
             kind="target", as_of="2017年一季度", note="预计数"),
        fact(HY, "company", "output_value_yoy_growth", 0.522, "同比增长52.2%", kind="ratio", as_of="2017年一季度",
             optional=True),
        fact(KS, "park", "fixed_asset_investment_cny", 1550000000.0, "2016年喀什兵团分区完成固定资产投资15.5亿元",
             as_of="2016年"),
        fact(KS, "park", "projects_signed", 13, "招商引资项目13个、到位资金19.1亿元", as_of="2016年",
             note="招商引资项目"),
        fact(KS, "park", "funds_in_place_cny", 1910000000.0, "到位资金19.1亿元", as_of="2016年"),
        fact(KS, "park", "jobs", 1260, "解决就业1260人", as_of="2016年"),
        fact(KS, "park", "new_jobs", 2000, "预计2017年将新增就业2000人", kind="target", as_of="2017年"),
        fact("喀什兵团分区四大项目", "park_group", "completed_investment", 2200000000.0, "已完成投资22亿余元", unit="cny",
             qualifier="余", kind="cumulative", as_of="2017年初",
             note="“22亿余元”check_gold 的金额解析读不出（“亿余元”），故 metric 不带 _cny（同 real8 w07）"),
        fact(PJ, "project", "expected_output_value_cny", 25680000000.0, "建成后可实现产值256.8亿元", kind="target"),
        fact(PJ, "project", "jobs", 50000, "提供5万个就业岗位", kind="target"),
        fact(HE, "park", "projects_under_construction", 35, "霍尔果斯经济开发区兵团分区2016年在建项目达35个",
             as_of="2016年"),
        fact(HE, "park", "planned_investment_cny", 16850000000.0, "总投资168.5亿元", as_of="2016年",
             note="在建项目总投资"),
        fact(HE, "park", "funds_in_place_cny", 3000000000.0, "到位资金突破30亿元", qualifier="超", qualifier_text="突破",
             as_of="2016年"),
        fact(HE, "park", "annual_tax_cny", 710000000.0, "实现税收7.1亿元", as_of="2016年"),
        fact(HE, "park", "annual_tax_growth_multiple", 16, "较2015年增长16倍", kind="ratio", as_of="2016年",
             optional=True, note="“增长16倍”"),
    ])

# ---------------- x11 海林开发区 2018年项目建设 (海林市政府网站 政务信息)
P = "海林开发区"
G = "海林开发区2018年开复工项目"
EV = "重点产业项目中,投资2亿的恒源食品农林产业园已完成厂房建设,正在招聘工作人员,计划9月份生产"
EVB = "投资15亿元的保和堂北药产业园完成施工设计,近期办理开工许可"
EVS = "投资20亿元的宝森国际人参产业园已办理土地挂牌手续,将于近期公示"
write("x11", {
    "title": "【第33期】海林开发区项目建设进展顺利",
    "outlet": "海林市人民政府网站 政务信息（作者/来源：政府办），存于 ah251.com",
    "published": "2018-06-08", "published_precision": "day",
    "register": "municipal government information bulletin on a development zone's projects of the year, by size band, with three named industrial park projects",
    "source_url": "https://ah251.com/html/zwgkzwxx20180625555.html",
    "note": "“作者:政府办 来源: 政府办 更新时间:2018-06-08”行已删；标题中的“【第33期】”照录"},
    parks=[
        park(P, "2018年,海林开发区开复工项目30个", city="牡丹江", district="海林市", province="黑龙江", kind="经济技术开发区"),
    ],
    companies=[
        company("恒源食品", EV, park=P, optional=True, note="只出现在项目名中"),
        company("保和堂", EVB, park=P, optional=True, note="只出现在项目名中"),
        company("宝森", EVS, park=P, optional=True, note="只出现在项目名中"),
    ],
    projects=[
        project("恒源食品农林产业园", EV, park=P, companies=["恒源食品"], inv=200000000.0, inv_text=None, status="竣工",
                status_alt="在建", status_text="已完成厂房建设…计划9月份生产",
                note="原文“投资2亿”无“元”：investment_text 留空（check_gold 的金额解析需“元”），investment_cny 按2亿计"),
        project("保和堂北药产业园", EVB, park=P, companies=["保和堂"], inv=1500000000.0, inv_text="投资15亿元",
                status="planned", status_text="完成施工设计,近期办理开工许可"),
        project("宝森国际人参产业园", EVS, park=P, companies=["宝森"], inv=2000000000.0, inv_text="投资20亿元",
                status="planned", status_text="已办理土地挂牌手续"),
    ],
    facts=[
        fact(G, "park_group", "projects_started", 30, "海林开发区开复工项目30个", as_of="2018年",
             note="开复工（含续建）"),
        fact(G, "park_group", "planned_investment", 8000000000.0, "预计总投资80亿", unit="cny", as_of="2018年",
             note="原文“80亿”无“元”，metric 不带 _cny"),
        fact(G, "park_group", "annual_planned_investment", 5000000000.0, "年度投资50亿", unit="cny", kind="target",
             as_of="2018年", note="同上"),
        fact(G, "park_group", "new_projects", 11, "新建项目11个", as_of="2018年"),
        fact(G, "park_group", "continuing_projects", 19, "续建项目19个", as_of="2018年"),
        fact(G, "park_group", "industrial_projects_share", 0.77, "产业项目占比77%", kind="ratio", as_of="2018年",
             optional=True),
        fact(G, "park_group", "projects_over_1bn", 2, "投资10亿以上项目2个", optional=True),
        fact(G, "park_group", "projects_100m_to_1bn", 12, "投资1—10亿项目12个", optional=True),
        fact(G, "park_group", "projects_under_100m", 16, "亿元以下项目16个", optional=True),
    ])

# ---------------- x12 呼和浩特 新材料和装备制造产业集群暨经济技术开发区重大项目集中开工签约 (2022)
P = "呼和浩特经济技术开发区"
PJ = "东方电气智慧能源产业基地项目"
G = "呼和浩特经开区2022年5月集中开工签约重大项目"
GK = "呼和浩特经开区2022年5月集中开工重点产业项目"
GS = "呼和浩特经开区2022年5月签约入区项目"
EVS = "签约入区12个工业项目、8个总部项目,总投资达613.4亿元"
write("x12", {
    "title": "呼和浩特市集中开工12个重点产业项目 总投资112.5亿元",
    "outlet": "转载页 cnmzppw.com（原出处未注明，正文有“原标题”；作者未署名）",
    "published": "2022-05-25", "published_precision": "day",
    "register": "repost of a municipal item on a national economic and technological development zone's batch of groundbreakings and signings with one named lead project",
    "source_url": "http://cnmzppw.com/tv/20220525150233.html",
    "note": "“首页 2022-05-25 15:02:33”行和文末免责声明已删；“原标题”与副题“包钢出席”照录（包钢为市委书记人名，不是企业）；活动日 5月24日"},
    parks=[
        park(P, "呼和浩特市举行新材料和装备制造产业集群暨经济技术开发区重大项目集中开工签约仪式", city="呼和浩特",
             province="内蒙古", kind="国家级经济技术开发区",
             note="文中只写“经济技术开发区”（呼和浩特市的活动），名称补全（check_gold 警告）；泛称不作别名"),
    ],
    companies=[
        company("东方电气", "伴随着东方电气智慧能源产业基地项目开工令的宣布", park=P, optional=True,
                note="只出现在项目名中"),
    ],
    projects=[
        project(PJ, "东方电气智慧能源产业基地项目占地260亩,总投资10亿元", park=P, companies=["东方电气"],
                inv=1000000000.0, inv_text="总投资10亿元", status="开工", status_text="开工令的宣布",
                note="活动为“…暨经济技术开发区重大项目集中开工签约”，项目读作经开区项目（文中未明说）"),
    ],
    facts=[
        fact(G, "park_group", "projects_count", 32, "32个重大项目集中开工签约", as_of="2022年5月24日"),
        fact(GK, "park_group", "projects_started", 12, "此次集中开工了12个重点产业项目,总投资112.5亿元",
             as_of="2022年5月24日"),
        fact(GK, "park_group", "planned_investment_cny", 11250000000.0, "总投资112.5亿元;签约入区", as_of="2022年5月24日"),
        fact(GS, "park_group", "industrial_projects", 12, EVS, as_of="2022年5月24日"),
        fact(GS, "park_group", "headquarters_projects", 8, EVS, as_of="2022年5月24日"),
        fact(GS, "park_group", "planned_investment_cny", 61340000000.0, "总投资达613.4亿元", as_of="2022年5月24日"),
        fact(PJ, "project", "area_mu", 260, "占地260亩", unit="mu"),
        fact(PJ, "project", "capacity_kw", 1500000, "年产风电整机150万千瓦智能风机装备制造厂", unit="kW", kind="target",
             optional=True),
        fact(PJ, "project", "blade_capacity_sets", 500, "年产大型风电叶片500套以上", kind="target", optional=True),
        fact(PJ, "project", "expected_output_value_cny", 3000000000.0, "项目全部建成后年产值可达30亿元", kind="target"),
        fact(PJ, "project", "expected_tax_cny", 50000000.0, "上缴税收5000万元", kind="target"),
        fact(PJ, "project", "jobs", 600, "带动就业人员600余人", qualifier="余", kind="target"),
    ])

# ---------------- x13 玉溪国家高新区 第二批13个项目集中开工 (玉溪市人民政府网 2013)
P = "玉溪国家高新区"
G = "玉溪国家高新区2013年第二批集中开工项目"
GP = "玉溪国家高新区2013年第二批集中开工生产性项目"
GN = "玉溪国家高新区2013年第二批集中开工非生产性项目"
EVC = "包括云南达利食品有限公司、云南猫哆哩集团、云南韵雅生物科技公司在内的9个生产性项目,总投资将超过26亿元"
EVN = "西部广场、南都银座等四个非生产性项目总投资将超1亿元"
NOTE_C = "其生产性项目在本批开工项目中（项目名未给）"
write("x13", {
    "title": "高新区13个项目集中开工",
    "outlet": "玉溪市人民政府网 yuxi.gov.cn（图片新闻；作者未署名）",
    "published": "2013-10-31", "published_precision": "day",
    "register": "municipal government website item on a national high-tech zone's second batch of groundbreakings in 2013",
    "source_url": "http://www.yuxi.gov.cn/yxs/tpxw2/20131031/29086.html",
    "note": "信息公开表头“索引号…/来源 | 玉溪市人民政府网 | 公开日期 | 2013-10-31 |”和图片说明“在项目现场,大型机械做好开工准备。”已删；开工日 10月29日"},
    parks=[
        park(P, "10月29日,玉溪国家高新区集中开工第二批13个项目", city="玉溪", province="云南", kind="国家高新区",
             note="标题与正文又称“高新区”"),
    ],
    companies=[
        company("云南达利食品有限公司", EVC, park=P, note=NOTE_C),
        company("云南猫哆哩集团", EVC, park=P, note=NOTE_C),
        company("云南韵雅生物科技公司", EVC, park=P, note=NOTE_C),
    ],
    projects=[
        project("西部广场", EVN, park=P, status="开工", status_text="第二批集中开工"),
        project("南都银座", EVN, park=P, status="开工", status_text="第二批集中开工"),
    ],
    facts=[
        fact(G, "park_group", "projects_started", 13, "玉溪国家高新区集中开工第二批13个项目", as_of="2013年10月29日"),
        fact(G, "park_group", "planned_investment_cny", 2700000000.0, "总投资将超过27亿元", qualifier="超",
             qualifier_text="超过", as_of="2013年10月29日"),
        fact("玉溪国家高新区2013年第一批开工项目", "park_group", "projects_started", 10, "继年初开工10个项目后",
             as_of="2013年初"),
        fact(GP, "park_group", "projects_started", 9, EVC, as_of="2013年10月29日"),
        fact(GP, "park_group", "planned_investment_cny", 2600000000.0, "总投资将超过26亿元", qualifier="超",
             qualifier_text="超过", as_of="2013年10月29日"),
        fact(GN, "park_group", "projects_started", 4, EVN, optional=True, note="汉字数字“四个”"),
        fact(GN, "park_group", "planned_investment_cny", 100000000.0, "非生产性项目总投资将超1亿元", qualifier="超",
             as_of="2013年10月29日"),
    ])

# ---------------- x14 重庆 科技成果转化股权投资基金落户西部(重庆)科学城 (重庆日报 2020)
GX = "重庆高新区"
KX = "西部(重庆)科学城"
F1 = "科技成果股权投资基金"
F2 = "成渝地区双城经济圈首支发展基金"
EV1 = ("由重庆高新区与重庆天使投资引导基金有限公司共同发起设立的总规模20亿元的科技成果股权投资基金,"
       "正式签约成立并落户西部(重庆)科学城")
EV2 = "总规模300亿元的成渝地区双城经济圈首支发展基金已落户西部(重庆)科学城"
write("x14", {
    "title": "西南首只科技成果转化股权投资基金落户科学城",
    "outlet": "重庆日报（记者 李星婷；责编 陈易、张祎），人民网重庆频道 cq.people.com.cn",
    "published": "2020-05-22", "published_precision": "day",
    "register": "provincial party paper item (on a national news site's provincial channel) on a high-tech zone's new technology-transfer fund landing in a science city, with a second, larger fund",
    "source_url": "http://cq.people.com.cn/n2/2020/0522/c365402-34034196.html",
    "note": "“2020年05月22日07:37 来源:重庆日报网”行和“(责编:陈易、张祎)”已删；签约日 5月21日"},
    parks=[
        park(GX, EV1, city="重庆", province="重庆", kind="国家高新区", note="基金发起方之一"),
        park(KX, EV1, city="重庆", province="重庆", kind="科学城", aliases=["科学城"],
             note="标题作“科学城”；文中未说与重庆高新区的隶属关系（parent 不填）"),
    ],
    companies=[
        company("重庆天使投资引导基金有限公司", EV1, note="基金共同发起方（国有引导基金公司）；文中未说所在园区"),
    ],
    funds=[
        fund(F1, EV1, park=KX, size=2000000000.0, size_type="总规模", aliases=["科技成果转化股权投资基金"],
             note="标题与文中又称“科技成果转化股权投资基金”；发起方重庆高新区，落户地西部(重庆)科学城（park 取落户地）"),
        fund(F2, EV2, park=KX, size=30000000000.0, size_type="总规模", note="今年4月落户"),
        fund("国家科技成果转化基金", "国家科技成果转化基金、社会资本共同参与", optional=True, note="参与方，无规模"),
    ],
    facts=[
        fact(F1, "fund", "fund_size_cny", 2000000000.0, "总规模20亿元的科技成果股权投资基金", optional=True,
             note="与基金 size 重复，设为可选"),
        fact(F2, "fund", "fund_size_cny", 30000000000.0, EV2, optional=True, note="与基金 size 重复，设为可选"),
    ])

# ---------------- x15 梅州招商引资推进“百千万工程”专场推介会 (南方日报 2024)
P = "广梅产业园"
G = "梅州招商引资推进“百千万工程”专场推介会签约项目"
GI = "梅州招商引资推进“百千万工程”专场推介会签约工业项目"
GT = "梅州招商引资推进“百千万工程”专场推介会签约商贸物流等项目"
EVG = "其中广梅产业园项目13个,计划投资额23.61亿元"
write("x15", {
    "title": None,
    "title_note": "(no headline) 梅州招商引资推进“百千万工程”专场推介会在广州举办：签约项目30个、计划投资总额96.54亿元，广梅产业园13个",
    "outlet": "南方日报（记者 黄培强 梁时禹，通讯员 陈锐锋 杨伟南），存于 360elib.com 报刊库",
    "published": "2024-03", "published_precision": "month",
    "register": "provincial party paper item on a prefecture's investment-promotion signing in the provincial capital, broken down by a co-built industrial park and counties",
    "source_url": "http://www.360elib.com:2027/detail.aspx?NewsCode=NC2056&NewsId=39622887&OrgId=001",
    "note": "存档页无标题、无日期，文件从正文开始；推介会 3月22日，年份未见于文中：据“百千万工程”（2023年起）与同一活动的广州日报稿（“贯彻落实省委‘1310’具体部署”，2023年6月后提出）推定为2024年；末尾两行署名照录"},
    parks=[
        park(P, "各县(市、区)、广梅产业园(梅州高新区)达成签约项目30个", city="梅州", province="广东",
             kind="产业转移工业园/高新区", aliases=["梅州高新区"], note="文中“广梅产业园(梅州高新区)”，两名一区"),
    ],
    facts=[
        fact(G, "park_group", "projects_signed", 30, "达成签约项目30个、计划投资总额96.54亿元", as_of="推介会当日(3月22日)"),
        fact(G, "park_group", "planned_investment_cny", 9654000000.0, "计划投资总额96.54亿元", as_of="推介会当日(3月22日)"),
        fact(G, "park_group", "projects_over_100m", 28, "其中亿元以上项目28个", optional=True),
        fact(G, "park_group", "projects_over_1bn", 3, "含10亿元以上项目3个", optional=True),
        fact(GI, "park_group", "projects_signed", 27, "工业项目27个、计划投资额83.54亿元", as_of="推介会当日(3月22日)"),
        fact(GI, "park_group", "planned_investment_cny", 8354000000.0, "计划投资额83.54亿元", as_of="推介会当日(3月22日)"),
        fact(GT, "park_group", "projects_signed", 3, "商贸物流等项目3个、计划投资额13亿元", as_of="推介会当日(3月22日)"),
        fact(GT, "park_group", "planned_investment_cny", 1300000000.0, "计划投资额13亿元", as_of="推介会当日(3月22日)"),
        fact(P, "park", "projects_signed", 13, EVG, as_of="推介会当日(3月22日)"),
        fact(P, "park", "planned_investment_cny", 2361000000.0, "计划投资额23.61亿元", as_of="推介会当日(3月22日)"),
        fact("丰顺县签约项目", "park_group", "projects_signed", 2, "丰顺县项目2个,计划投资总额18亿元", optional=True,
             note="县，非园区"),
        fact("丰顺县签约项目", "park_group", "planned_investment_cny", 1800000000.0, "计划投资总额18亿元", optional=True),
        fact("梅江区签约项目", "park_group", "projects_signed", 4, "梅江区项目4个,计划投资总额17.85亿元", optional=True),
        fact("梅江区签约项目", "park_group", "planned_investment_cny", 1785000000.0, "计划投资总额17.85亿元", optional=True),
        fact("五华县签约项目", "park_group", "projects_signed", 2, "五华县项目2个,计划投资总额14.68亿元", optional=True),
        fact("五华县签约项目", "park_group", "planned_investment_cny", 1468000000.0, "计划投资总额14.68亿元", optional=True),
        fact("梅县区签约项目", "park_group", "projects_signed", 2, "梅县区项目2个,计划投资总额11.5亿元", optional=True),
        fact("梅县区签约项目", "park_group", "planned_investment_cny", 1150000000.0, "计划投资总额11.5亿元", optional=True),
    ])
