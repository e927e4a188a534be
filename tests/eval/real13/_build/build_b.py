"""Ground truth for real13 z07-z12 (written from the texts only; see SOURCES.md)."""
from lib import *

# ---------------- z07 浙洽会24个重大项目签约 (2018)
ZY = "中意宁波生态园"
G = "第二十届浙洽会全省重大项目签约"
A = "6月7日（第二十届浙洽会）"
EVY = "甬硅电子 (宁波) 股份有限公司与中意宁波生态园管委会签下了高端集成IC封装测试项目"
EVL = "丽水市莲都区的郎奇-白桥康养旅游小镇项目, 则被杭州祥生集团和暨达企业管理有限公司拿下, 项目总投资35亿元"
write("z07", {
    "title": "总投资额约659亿元 | 浙洽会24个重大项目签约",
    "outlet": "原刊媒体未注明，GoodChinaBrand（y.tt）转载", "published": "2018-06-07", "published_precision": "day",
    "register": "reposted item on a provincial investment fair's signing ceremony: totals by category, a chip-packaging project signed with an eco-park, a resort-town project",
    "source_url": "http://y.tt/204211400070cn.html",
    "note": "页面未给年份；“第二十届浙江投资贸易洽谈会”据外部知识为2018年（属推断）。文末“2016 GoodChinaBrand | ICP: 12011751 | China Exports”已删；转载稿的半角标点和标点前空格（“6月7日上午, 第二十届”、“'四大建设'”、“甬硅电子 (宁波) 股份有限公司”）照录"},
    parks=[
        park(ZY, EVY, city="宁波", province="浙江", kind="生态园（国际合作园区）"),
    ],
    companies=[
        company("甬硅电子 (宁波) 股份有限公司", EVY, park=ZY, aliases=[], note="签约方，项目落在中意宁波生态园；名称中的空格照录"),
        company("杭州祥生集团", EVL, park=None),
        company("暨达企业管理有限公司", EVL, park=None),
    ],
    institutions=[inst("中意宁波生态园管委会", EVY, park=ZY)],
    projects=[
        project("高端集成IC封装测试项目", EVY, park=ZY, companies=["甬硅电子 (宁波) 股份有限公司"], status="签约",
                status_text="签下了", note="投资额未给出"),
        project("郎奇-白桥康养旅游小镇项目", EVL, park=None, companies=["杭州祥生集团", "暨达企业管理有限公司"],
                inv=3500000000.0, inv_text="项目总投资35亿元", status="签约", status_text="拿下（签约仪式上）",
                note="丽水市莲都区的旅游小镇，不在园区"),
    ],
    facts=[
        fact(G, "park_group", "projects_signed", 24, "现场共签约重大项目24个", as_of=A),
        fact(G, "park_group", "planned_investment_cny", 65890000000.0, "总投资额658.9亿元人民币", as_of=A),
        fact(G, "park_group", "planned_investment_cny", 65900000000.0, "总投资额约659亿元", qualifier="约", as_of=A,
             optional=True, note="标题中的约数"),
        fact(G, "park_group", "foreign_projects_signed", 14, "重大外资项目14个", as_of=A),
        fact(G, "park_group", "foreign_projects_investment_cny", 31030000000.0, "总投资310.3亿元", as_of=A),
        fact(G, "park_group", "four_constructions_projects_signed", 10, "'四大建设' 签约项目10个", as_of=A),
        fact(G, "park_group", "four_constructions_investment_cny", 34860000000.0, "总投资348.6亿元", as_of=A),
        fact(G, "park_group", "bay_area_projects", 4, "4个大湾区项目", as_of=A, optional=True),
        fact(G, "park_group", "big_garden_projects", 3, "3个大花园项目", as_of=A, optional=True),
        fact(G, "park_group", "new_momentum_projects", 3, "3个新动能项目", as_of=A, optional=True),
        fact("高端集成IC封装测试项目", "project", "annual_capacity_units", 2500000000, "建成后可年产25亿块通讯用高密度集成电路及模块",
             kind="target", optional=True),
    ])

# ---------------- z08 金东区签约32个项目 (浙江日报 2018)
G = "2018金东乡贤大会签约项目"
JY = "金义都市新区"
A = "2018年10月2日"
write("z08", {
    "title": "总投资超182亿元 金东区签约32个项目",
    "outlet": "浙江日报 第00002版 要闻（记者 叶星辰 徐贤飞，区委报道组 张恺悦），数字报 zjrb.zjol.com.cn", "published": "2018-10-03", "published_precision": "day",
    "register": "provincial party paper item on a district's signing ceremony: totals, the part of a new urban area, breakdown by sector",
    "source_url": "http://zjrb.zjol.com.cn/html/2018-10/03/content_3169936.htm?div=-1",
    "note": "标题为两行（引题“总投资超182亿元”、主题“金东区签约32个项目”），以空格连成一行；“浙江日报 数字报纸”“00002版:要闻”和文末版面索引行已删；段首缩进已去"},
    parks=[
        park(JY, "金义都市新区7个项目,总投资40.3亿元", city="金华", district="金东区", province="浙江", kind="都市新区",
             note="省份、城市据电头“本报金华”与报名"),
    ],
    facts=[
        fact(G, "park_group", "projects_signed", 32, "共签约32个项目", as_of=A),
        fact(G, "park_group", "planned_investment_cny", 18200000000.0, "计划总投资超182亿元", qualifier="超", as_of=A),
        fact("金东区本级签约项目", "park_group", "projects_signed", 25, "金东区本级25个项目", as_of=A),
        fact("金东区本级签约项目", "park_group", "planned_investment_cny", 14180000000.0, "总投资141.8亿元;金义都市新区", as_of=A),
        fact(JY, "park", "projects_signed", 7, "金义都市新区7个项目", as_of=A),
        fact(JY, "park", "planned_investment_cny", 4030000000.0, "总投资40.3亿元。项目投资超过20亿元", as_of=A),
        fact(G, "park_group", "projects_over_2e9", 3, "项目投资超过20亿元的有3个", as_of=A, optional=True, note="规模段"),
        fact(G, "park_group", "projects_over_1e9", 4, "投资规模10亿元以上的有4个", as_of=A, optional=True, note="规模段"),
        fact("2018金东乡贤大会签约工业项目", "park_group", "projects_signed", 15, "签约项目15个", as_of=A),
        fact("2018金东乡贤大会签约工业项目", "park_group", "planned_investment_cny", 10110000000.0, "总投资101.1亿元", as_of=A),
        fact("2018金东乡贤大会签约数字经济及现代服务业项目", "park_group", "projects_signed", 8, "数字经济及现代服务业项目8个", as_of=A),
        fact("2018金东乡贤大会签约数字经济及现代服务业项目", "park_group", "planned_investment_cny", 6030000000.0, "总投资60.3亿元", as_of=A),
        fact("2018金东乡贤大会签约农旅项目", "park_group", "projects_signed", 9, "农旅项目9个", as_of=A),
        fact("2018金东乡贤大会签约农旅项目", "park_group", "planned_investment_cny", 2070000000.0, "总投资20.7亿元", as_of=A),
        fact("金东区海高会", "park_group", "projects_landed", 3, "已经牵线落地3个亿元以上工业项目", as_of="2017年10月以来",
             kind="cumulative", optional=True, note="非园区"),
    ])

# ---------------- z09 驻马店 开发区签约项目10个 (驻马店日报 2020)
KF = "驻马店经济开发区"
NC = "中国(驻马店)国际农产品加工产业园"
G = "驻马店经济开发区2020年9月5日重点项目签约"
A = "2020年9月5日"
write("z09", {
    "title": "开发区签约项目10个 总投资158.36亿元",
    "outlet": "驻马店日报（记者 唐翀，通讯员 王晓光；作者栏“驻郑办”），zmdzzb.com", "published": "2020-09-10", "published_precision": "day",
    "register": "municipal paper item on a development zone's signing ceremony before a national fair: totals, size bands, the projects for its agro-processing park",
    "source_url": "https://www.zmdzzb.com/article/content/4313",
    "note": "“来源:驻马店日报 作者:驻郑办 发表日期:2020年09月10日”与“相关阅读”已删；段首空白已去"},
    parks=[
        park(KF, "开发区举行重点项目签约仪式", city="驻马店", province="河南", kind="经济开发区",
             note="文中只称“开发区”；“驻马店经济开发区”据报名（驻马店日报）与产业园名补全，check_gold 会提示名称不在文中（有意）；通用词“开发区”不作别名"),
        park(NC, "拟入驻中国(驻马店)国际农产品加工产业园8个,总投资48.36亿元", city="驻马店", province="河南",
             kind="农产品加工产业园", note="开发区“依托”其规划推进招商；文中未明说其隶属关系，parent 留空"),
    ],
    facts=[
        fact(G, "park_group", "projects_signed", 10, "共签约亿元以上项目10个", as_of=A),
        fact(G, "park_group", "planned_investment_cny", 15836000000.0, "总投资158.36亿元。其中", as_of=A),
        fact(G, "park_group", "projects_over_1e9", 4, "10亿元以上项目4个", as_of=A, optional=True, note="规模段"),
        fact(G, "park_group", "projects_5e8_to_1e9", 3, "5亿元~10亿元项目3个", as_of=A, optional=True, note="规模段"),
        fact(NC, "park", "projects_signed", 8, "拟入驻中国(驻马店)国际农产品加工产业园8个", as_of=A, note="拟入驻"),
        fact(NC, "park", "planned_investment_cny", 4836000000.0, "总投资48.36亿元,入驻主城区", as_of=A),
        fact("驻马店经济开发区签约主城区社会事业和现代服务业项目", "park_group", "projects_signed", 2,
             "入驻主城区社会事业和现代服务业项目2个", as_of=A),
        fact("驻马店经济开发区签约主城区社会事业和现代服务业项目", "park_group", "planned_investment_cny", 11000000000.0,
             "总投资额110亿元", as_of=A),
    ])

# ---------------- z10 盐湖区一季度重点项目集中开工 (2021)
YH = "盐湖高新技术产业开发区"
G = "盐湖区2021年第一季度集中开工重点项目"
A = "2021年1月15日"
EVP = ("山西百特辉医疗公司新建年产4亿件医疗器械生产线项目、山西誉达环境监测公司食品检测改扩建项目、山西运奕道公司新建"
       "桦树茸菌栽培及桦树茸系列产品等重点项目的破土动工")
ST = dict(park=None, status="开工", status_text="破土动工（集中开工）")
write("z10", {
    "title": None, "title_note": "摘录无标题，正文起于“2021年1月15日”；内容：运城市盐湖区一季度11个重点项目在盐湖高新区集中开工，总投资25.3亿元",
    "outlet": "原刊媒体未注明，thch813.com 转载", "published": "2021-01-15", "published_precision": "day",
    "register": "reposted local item on a district's batch of starts held in a high-tech zone, three named projects",
    "source_url": "https://thch813.com/article-19349-1.html",
    "note": "页面未给发布日期，取活动日期；文末“|”已删；句号后的空格（“举行。 这是”“81%,总投资22.3亿元。 山西”）照录"},
    parks=[
        park(YH, "集中开工仪式在盐湖高新技术产业开发区举行", city="运城", district="盐湖区", province="山西", kind="高新区",
             note="省份据企业名“山西…”；开工仪式举办地"),
    ],
    companies=[
        company("山西百特辉医疗公司", EVP, park=None, note="项目属盐湖区；文中未说项目在高新区内"),
        company("山西誉达环境监测公司", EVP, park=None),
        company("山西运奕道公司", EVP, park=None),
    ],
    projects=[
        project("新建年产4亿件医疗器械生产线项目", EVP, companies=["山西百特辉医疗公司"], **ST,
                aliases=["山西百特辉医疗公司新建年产4亿件医疗器械生产线项目"],
                note="批次是盐湖区的；仪式在高新区举行，但文中未把项目放在高新区（同 real12 z06），园区为空"),
        project("食品检测改扩建项目", EVP, companies=["山西誉达环境监测公司"], **ST,
                aliases=["山西誉达环境监测公司食品检测改扩建项目"]),
        project("新建桦树茸菌栽培及桦树茸系列产品", EVP, companies=["山西运奕道公司"], **ST,
                aliases=["山西运奕道公司新建桦树茸菌栽培及桦树茸系列产品"]),
    ],
    facts=[
        fact(G, "park_group", "projects_started", 11, "本次集中开工的11个项目总投资25.3亿元", as_of=A),
        fact(G, "park_group", "planned_investment_cny", 2530000000.0, "总投资25.3亿元。 其中", as_of=A),
        fact(G, "park_group", "six_new_projects", 9, "“六新”项目9个", as_of=A),
        fact(G, "park_group", "six_new_projects_investment_cny", 2230000000.0, "总投资22.3亿元。 山西百特辉", as_of=A),
        fact(G, "park_group", "six_new_projects_share", 0.81, "占比81%", as_of=A, kind="ratio", optional=True),
    ])

# ---------------- z11 榆中农产品加工产业园开工 (兰州日报社 2022)
YZ = "甘肃榆中农产品加工产业园"
EVS = "7月2日上午,甘肃榆中农产品加工产业园开工奠基仪式在榆中县甘草店镇举行"
write("z11", {
    "title": "精心筹划组织 项目加快施工 中兰客专新区南站综合枢纽集散广场项目公交调度中心封顶 榆中农产品加工产业园开工",
    "outlet": "兰州新闻网（兰州日报社全媒体首席记者 杨贵智，记者 张建平）lzbs.com.cn", "published": "2022-07-03", "published_precision": "day",
    "register": "municipal news portal item on two works: a station-square building topped out, and an agro-processing industrial park starting construction with its investment and expected output",
    "source_url": "https://www.lzbs.com.cn/lanzhounews/2022-07/03/content_4999282.htm",
    "note": "日期取自网址路径；文末“版权声明:”一段已删；记者署名行照录"},
    parks=[
        park(YZ, EVS, city="兰州", district="榆中县", province="甘肃", kind="农产品加工产业园",
             aliases=["榆中农产品加工产业园"], note="城市（兰州）据报社与“兰州新区”语境；园区本身也是开工项目"),
        park("兰州新区", "新建中卫至兰州铁路兰州新区南站综合枢纽集散广场项目公交调度中心完成混凝土浇筑", city="兰州", province="甘肃",
             kind="国家级新区", optional=True, note="只出现在车站名中"),
    ],
    companies=[
        company("新区城投集团铁投公司", "由新区城投集团铁投公司承建的新建中卫至兰州铁路兰州新区南站综合枢纽集散广场项目", park=None,
                optional=True, note="承建方（城投），非园区企业"),
    ],
    projects=[
        project(YZ, "项目位于榆中县甘草店镇,毗邻连霍高速、陇海铁路,计划总投资15.15亿元", park=YZ, inv=1515000000.0, inv_text="计划总投资15.15亿元", status="开工", status_text="开工奠基",
                aliases=["榆中农产品加工产业园"], note="园区建设项目：投资“计划总投资15.15亿元”在其后一段"),
        project("新建中卫至兰州铁路兰州新区南站综合枢纽集散广场项目", "由新区城投集团铁投公司承建的新建中卫至兰州铁路兰州新区南站综合枢纽集散广场项目",
                park=None, companies=["新区城投集团铁投公司"], status="在建", status_text="公交调度中心封顶", optional=True,
                note="交通枢纽配套工程，非产业项目"),
    ],
    facts=[
        fact(YZ, "park", "expected_output_value_cny", 10000000000.0, "预计年产值达100亿元以上", qualifier="超",
             qualifier_text="以上", kind="target"),
        fact(YZ, "park", "area_mu", 766.97, "占地766.97亩"),
        fact("新建中卫至兰州铁路兰州新区南站综合枢纽集散广场项目", "project", "parking_spaces", 300, "可同时容纳小型车辆300辆",
             kind="target", optional=True),
        fact("新建中卫至兰州铁路兰州新区南站综合枢纽集散广场项目", "project", "bus_spaces", 40, "公交巴士40辆", kind="target",
             optional=True),
        fact("新建中卫至兰州铁路兰州新区南站综合枢纽集散广场项目", "project", "charging_piles", 100, "停车位配建充电桩100个",
             kind="target", optional=True),
    ])

# ---------------- z12 贵阳高新区 综合评价排名 (贵州日报 2023)
P = "贵阳高新区"
EVC = "新增乐诚技术、造梦天地、高登世德、木弓贵芯等9户规模以上大数据企业"
write("z12", {
    "title": "贵阳高新区 综合评价排名升至全国第37位",
    "outlet": "贵州日报（本报讯，记者 杨唯），数字报 szb.eyesnews.cn", "published": "2023-02-21", "published_precision": "day",
    "register": "provincial party paper item on a national high-tech zone's ranking in the annual evaluation and its 2022 figures",
    "source_url": "http://szb.eyesnews.cn/pc/cont/202302/21/content_86532.html",
    "note": "标题为两行（“贵阳高新区”/“综合评价排名升至全国第37位”），以空格连成一行；报头“贵州日报报刊社 …代号65-1”与文末版面索引串（“--> 2023-02-21 贵阳高新区 1 1 贵州日报 …/enpproperty-->”）已删"},
    parks=[
        park(P, "记者从贵阳高新区获悉", city="贵阳", province="贵州", kind="国家高新区"),
    ],
    companies=[
        company("乐诚技术", EVC, park=P), company("造梦天地", EVC, park=P),
        company("高登世德", EVC, park=P), company("木弓贵芯", EVC, park=P),
    ],
    institutions=[inst("科技部火炬中心", "科技部火炬中心公布2022年度国家高新区评价结果")],
    facts=[
        fact(P, "park", "national_rank", 37, "贵阳高新区综合评价排名上升至第37位", as_of="2022年度", optional=True, note="排名"),
        fact(P, "park", "indicator_rank", 25, "单项排名第25位", as_of="2022年度", optional=True, note="排名"),
        fact("国家高新区", "park_group", "parks_count", 169, "在全国169个国家高新区中", as_of="2022年度", optional=True),
        fact(P, "park", "industrial_value_added_growth", 0.305, "全区规模以上工业增加值增长30.5%", as_of="2022年", kind="ratio",
             optional=True),
        fact(P, "park", "software_revenue_cny", 11680000000.0, "业务收入全年完成116.8亿元", as_of="2022年"),
        fact(P, "park", "software_revenue_growth", 0.227, "同比增长22.7%", as_of="2022年", kind="ratio", optional=True),
        fact(P, "park", "new_enterprises", 9, EVC, as_of="2022年", note="新增规模以上大数据企业"),
    ])
