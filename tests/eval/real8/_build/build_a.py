from lib import *

# ---------------- w01 南宁五象新区 (自贸试验区南宁片区) 2025年一季度重大项目开(竣)工
P = "五象新区"
KJ = "南宁跨境加工产业园"
PJ = "南宁市“两港一区”国铁片区综合开发项目(一期)南片区工程项目"
G = "五象新区2025年一季度开(竣)工项目"
GK = "五象新区2025年一季度开工项目"
GJ = "五象新区2025年一季度竣工项目"
EVP = "该项目规划面积约4548亩,总投资约96亿元,建设内容包含南宁跨境加工产业园及配套设施工程(跨境加工项目)"
write("w01", {
    "title": None,
    "title_note": "(no headline) 五象新区(自贸试验区南宁片区)举行一季度重大项目开(竣)工活动：14个项目计划总投资约163.10亿元",
    "outlet": "南宁广播电视台网站 jxpub.nntv.cn（作者未署名；文中“我市”指南宁）",
    "published": "2025-02-18", "published_precision": "day",
    "register": "municipal broadcaster's website item on a city new area's (and pilot free trade zone area's) quarterly batch of starts and completions, held at a park-building project",
    "source_url": "https://jxpub.nntv.cn:443/a/202502/18/AP67b3ef0e5e0e84c05d71b872.html",
    "note": "存档页无标题，文件从正文开始；日期据页面路径 202502/18 与文中“2月18日”（年份据路径与“新一年”）；两处图片占位（<image>data:image/svg…）和末尾“转载请注明出处 保持信息完整”“暂时没有评论”已删"},
    parks=[
        park(P, "2月18日,五象新区(自贸试验区南宁片区)举行一季度重大项目开(竣)工活动", city="南宁", province="广西",
             kind="城市新区(与自贸试验区南宁片区合署)", aliases=["自贸试验区南宁片区"],
             note="文中“新区”即五象新区；括注的自贸试验区南宁片区作别名"),
        park(KJ, EVP, city="南宁", province="广西", kind="产业园(项目建设内容)", parent=P, optional=True,
             note="只作为南片区工程项目的建设内容出现（“南宁跨境加工产业园及配套设施工程(跨境加工项目)”）；parent 按活动主办方五象新区，文中未明说"),
    ],
    projects=[
        project(PJ, "活动会场设置在南宁市“两港一区”国铁片区综合开发项目(一期)南片区工程项目现场。该项目规划面积约4548亩,总投资约96亿元", park=P,
                inv=9600000000.0, inv_text="总投资约96亿元", qualifier="约", phase="一期", status="开工",
                status_text="一季度开(竣)工活动的会场项目",
                aliases=["“两港一区”国铁片区综合开发项目(一期)南片区工程项目", "南片区工程项目"],
                note="活动会场项目，按 real6 u01 / real7 v01 惯例读作本批开工项目；“整体预计到2028年完成建设”"),
        project("南宁跨境加工产业园及配套设施工程", EVP, park=P, status="开工",
                status_text="南片区工程项目的建设内容", aliases=["跨境加工项目"], optional=True,
                note="南片区工程项目的组成部分，非单列项目"),
    ],
    facts=[
        fact(G, "park_group", "projects_count", 14, "一季度新区共有14个项目开(竣)工", as_of="2025年一季度",
             note="开工5个+竣工9个"),
        fact(G, "park_group", "planned_investment_cny", 16310000000.0, "计划总投资约163.10亿元", qualifier="约",
             as_of="2025年一季度"),
        fact(GK, "park_group", "projects_started", 5, "开工项目5个,总投资101.90亿元", as_of="2025年一季度"),
        fact(GK, "park_group", "planned_investment_cny", 10190000000.0, "总投资101.90亿元", as_of="2025年一季度"),
        fact(GJ, "park_group", "projects_completed", 9, "竣工项目9个,总投资61.20亿元", as_of="2025年一季度"),
        fact(GJ, "park_group", "planned_investment_cny", 6120000000.0, "总投资61.20亿元", as_of="2025年一季度"),
        fact(PJ, "project", "area_mu", 4548, "该项目规划面积约4548亩", unit="mu", qualifier="约", note="规划面积"),
        fact(PJ, "project", "land_leveling_area_mu", 2440, "约2440亩地块平整", unit="mu", qualifier="约",
             kind="target", optional=True, note="跨境加工项目的地块平整面积"),
        fact(PJ, "project", "planned_roads", 4, "4条园区配套道路建设", kind="target", optional=True),
        fact(PJ, "project", "planned_energy_stations", 2, "2座综合能源站", kind="target", optional=True),
    ])

# ---------------- w02 柴达木循环经济试验区 2022年一季度招商引资 (格尔木/德令哈/大柴旦/乌兰工业园)
P = "柴达木循环经济试验区"
GEM, DLH, DCD, WL = "格尔木工业园", "德令哈工业园", "大柴旦工业园", "乌兰工业园"
EGEM = "格尔木工业园宏储源100MW/200MWh光伏储能、青海嘉诺钾资源产品精深加工等4个项目已开复工建设"
EDLH = "德令哈工业园青海西部镁业年产2万吨镁基环境修复材料、青海国源氯酸盐副产氢气资源综合开发利用等4个项目已开复工建设"
EDCD = "大柴旦工业园青海中天硼锂年产10000吨碳酸锂、三峡新能源(大柴旦)锡铁山矿区三期100兆瓦风电2个项目已开复工建设"
EWL = "乌兰工业园青海尚品驼奶加工、鼎诚工贸年产10万吨活性石灰等3个项目已开复工建设"
ST = dict(status="开工", status_alt="在建", status_text="已开复工建设")
NOTE_C = "只出现在项目名中"
G = "柴达木循环经济试验区2022年重点跟踪招商引资项目"
write("w02", {
    "title": "试验区一季度完成省外招商引资到位资金2.28亿元",
    "outlet": "柴达木循环经济试验区网站 cdm.qinghai.gov.cn（海西州政府网站群；栏目“招商引资/招商成果”；来源空，编辑 李宏才）",
    "published": "2022-04-18", "published_precision": "day",
    "register": "park's own government website item on its quarterly investment-attraction figures, by sub-park, with named projects",
    "source_url": "http://cdm.qinghai.gov.cn/system/2022/04/18/010407140.shtml",
    "note": "页头“中央人民政府 | 青海省人民政府 | 海西州人民政府 网站无障碍”和“来源: 发布时间: 2022-04-18 08:35 编辑: 李宏才”行已删，段首缩进已去；同站 2022-11-04 的“试验区1-10月…”页面包屑为“柴达木循环经济试验区 / 招商引资 / 招商成果”"},
    parks=[
        park(P, "一季度,试验区完成省外招商引资到位资金2.28亿元", city="海西州", province="青海",
             kind="循环经济试验区", aliases=["试验区"],
             note="文中只写“试验区”（网站为柴达木循环经济试验区），名称按全称；check_gold 会警告名称不在文中，有意为之（同 real7 v01）"),
        park(GEM, EGEM, city="海西州", district="格尔木市", province="青海", kind="工业园", parent=P),
        park(DLH, EDLH, city="海西州", district="德令哈市", province="青海", kind="工业园", parent=P),
        park(DCD, EDCD, city="海西州", district="大柴旦行委", province="青海", kind="工业园", parent=P),
        park(WL, EWL, city="海西州", district="乌兰县", province="青海", kind="工业园", parent=P),
    ],
    companies=[
        company("宏储源", EGEM, park=GEM, optional=True, note=NOTE_C),
        company("青海嘉诺", EGEM, park=GEM, optional=True, note=NOTE_C),
        company("青海西部镁业", EDLH, park=DLH, optional=True, note=NOTE_C),
        company("青海国源", EDLH, park=DLH, optional=True, note=NOTE_C),
        company("青海中天硼锂", EDCD, park=DCD, optional=True, note=NOTE_C),
        company("三峡新能源", EDCD, park=DCD, optional=True, note=NOTE_C + "（“三峡新能源(大柴旦)”）"),
        company("青海尚品", EWL, park=WL, optional=True, note=NOTE_C),
        company("鼎诚工贸", EWL, park=WL, optional=True, note=NOTE_C),
    ],
    projects=[
        project("宏储源100MW/200MWh光伏储能", EGEM, park=GEM, companies=["宏储源"], **ST),
        project("青海嘉诺钾资源产品精深加工", EGEM, park=GEM, companies=["青海嘉诺"], **ST),
        project("青海西部镁业年产2万吨镁基环境修复材料", EDLH, park=DLH, companies=["青海西部镁业"], **ST),
        project("青海国源氯酸盐副产氢气资源综合开发利用", EDLH, park=DLH, companies=["青海国源"], **ST),
        project("青海中天硼锂年产10000吨碳酸锂", EDCD, park=DCD, companies=["青海中天硼锂"], **ST),
        project("三峡新能源(大柴旦)锡铁山矿区三期100兆瓦风电", EDCD, park=DCD, companies=["三峡新能源"], phase="三期", **ST),
        project("青海尚品驼奶加工", EWL, park=WL, companies=["青海尚品"], **ST),
        project("鼎诚工贸年产10万吨活性石灰", EWL, park=WL, companies=["鼎诚工贸"], **ST),
    ],
    facts=[
        fact(P, "park", "funds_in_place_cny", 228000000.0, "一季度,试验区完成省外招商引资到位资金2.28亿元",
             as_of="2022年一季度", note="省外招商引资到位资金"),
        fact(G, "park_group", "projects_count", 27, "重点跟踪的27个项目中已开复工项目13个", as_of="2022年4月"),
        fact(G, "park_group", "projects_started", 13, "重点跟踪的27个项目中已开复工项目13个", as_of="2022年4月",
             note="开复工（含复工）"),
        fact(GEM, "park", "projects_started", 4, "青海嘉诺钾资源产品精深加工等4个项目已开复工建设", as_of="2022年4月"),
        fact(GEM, "park", "funds_in_place_cny", 108000000.0, "完成到位资金1.08亿元", as_of="2022年一季度"),
        fact(DLH, "park", "projects_started", 4, "青海国源氯酸盐副产氢气资源综合开发利用等4个项目已开复工建设",
             as_of="2022年4月"),
        fact(DLH, "park", "funds_in_place_cny", 58000000.0, "完成到位资金0.58亿元", as_of="2022年一季度"),
        fact(DCD, "park", "projects_started", 2, "三峡新能源(大柴旦)锡铁山矿区三期100兆瓦风电2个项目已开复工建设",
             as_of="2022年4月"),
        fact(DCD, "park", "funds_in_place_cny", 52000000.0, "完成到位资金0.52亿元", as_of="2022年一季度"),
        fact(WL, "park", "projects_started", 3, "鼎诚工贸年产10万吨活性石灰等3个项目已开复工建设", as_of="2022年4月"),
        fact(WL, "park", "funds_in_place_cny", 10000000.0, "完成到位资金0.1亿元", as_of="2022年一季度"),
        fact("宏储源100MW/200MWh光伏储能", "project", "capacity_mw", 100, "宏储源100MW/200MWh光伏储能", unit="MW",
             kind="target", optional=True, note="项目名中的规模"),
        fact("宏储源100MW/200MWh光伏储能", "project", "storage_capacity_mwh", 200, "宏储源100MW/200MWh光伏储能",
             unit="MWh", kind="target", optional=True),
        fact("青海西部镁业年产2万吨镁基环境修复材料", "project", "capacity_tonnes", 20000, "青海西部镁业年产2万吨镁基环境修复材料",
             unit="tonnes", kind="target", optional=True),
        fact("青海中天硼锂年产10000吨碳酸锂", "project", "capacity_tonnes", 10000, "青海中天硼锂年产10000吨碳酸锂",
             unit="tonnes", kind="target", optional=True),
        fact("三峡新能源(大柴旦)锡铁山矿区三期100兆瓦风电", "project", "capacity_mw", 100, "锡铁山矿区三期100兆瓦风电",
             unit="MW", kind="target", optional=True),
        fact("鼎诚工贸年产10万吨活性石灰", "project", "capacity_tonnes", 100000, "鼎诚工贸年产10万吨活性石灰",
             unit="tonnes", kind="target", optional=True),
    ])

# ---------------- w03 天水经济技术开发区 (市长观摩重点项目；2019年项目数据)
P = "天水经济技术开发区"
EVP = "这次检查观摩了开发区甘肃电科院电工电器产品试验研究基地、甘肃欣德利电气产业园、甘肃上嘉电气产业园和海林中科产业升级改造搬迁四个项目"
ST = dict(status="在建", status_text="观摩重点项目建设情况")
NOTE_C = "只出现在项目名中"
write("w03", {
    "title": None,
    "title_note": "(no headline) 天水市长王军率项目观摩组到天水经济技术开发区检查观摩重点项目；2019年开发区实施重点投资项目36项、总投资125亿元",
    "outlet": "天水在线 tianshui.com.cn 开发区栏目（天水日报社网站；编辑 康翠霞）",
    "published": "2019-12-05", "published_precision": "day",
    "register": "municipal news portal item on a mayor's inspection of a national ETDZ's key projects, with the zone's 2019 project figures",
    "source_url": "http://www.tianshui.com.cn/html/kaifaqu/2019120509592819728.html",
    "note": "存档页无标题，文件从正文开始；日期据页面路径 20191205（观摩 12月2日）；末尾“(天水在线编辑:康翠霞)”已删"},
    parks=[
        park(P, "天水经济技术开发区深入贯彻落实习近平总书记视察甘肃重要讲话和指示精神", city="天水", province="甘肃",
             kind="经济技术开发区", note="国家级；文中多称“开发区”"),
        park("甘肃欣德利电气产业园", EVP, city="天水", province="甘肃", kind="产业园(项目)", parent=P, optional=True,
             note="以观摩项目出现"),
        park("甘肃上嘉电气产业园", EVP, city="天水", province="甘肃", kind="产业园(项目)", parent=P, optional=True,
             note="以观摩项目出现"),
    ],
    companies=[
        company("甘肃电科院", EVP, park=P, optional=True, note=NOTE_C),
        company("甘肃欣德利", EVP, park=P, optional=True, note=NOTE_C),
        company("甘肃上嘉", EVP, park=P, optional=True, note=NOTE_C),
        company("海林中科", EVP, park=P, optional=True, note=NOTE_C),
    ],
    institutions=[
        inst("开发区管委会", "开发区党工委书记、管委会主任杨栋陪同检查", park=P, aliases=["开发区党工委"],
             note="天水经济技术开发区党工委、管委会"),
    ],
    projects=[
        project("甘肃电科院电工电器产品试验研究基地", EVP, park=P, companies=["甘肃电科院"], **ST),
        project("甘肃欣德利电气产业园", EVP, park=P, companies=["甘肃欣德利"], **ST),
        project("甘肃上嘉电气产业园", EVP, park=P, companies=["甘肃上嘉"], **ST),
        project("海林中科产业升级改造搬迁", EVP, park=P, companies=["海林中科"], **ST),
    ],
    facts=[
        fact(P, "park", "projects_count", 36, "2019年开发区共实施各类重点投资项目36项", as_of="2019年"),
        fact(P, "park", "planned_investment_cny", 12500000000.0, "总投资125亿元,其中新建项目13项", as_of="2019年"),
        fact(P, "park", "new_projects", 13, "其中新建项目13项,总投资59亿元", as_of="2019年", optional=True),
        fact(P, "park", "new_projects_investment_cny", 5900000000.0, "总投资59亿元;续建项目23项", as_of="2019年",
             optional=True),
        fact(P, "park", "continuing_projects", 23, "续建项目23项,总投资66亿元", as_of="2019年", optional=True),
        fact(P, "park", "continuing_projects_investment_cny", 6600000000.0, "总投资66亿元。", as_of="2019年",
             optional=True),
        fact(P, "park", "listed_projects", 24, "纳入全市2019年“三个清单”项目24项", as_of="2019年", optional=True,
             note="纳入全市“三个清单”的项目"),
        fact(P, "park", "listed_projects_investment_cny", 9980000000.0, "总投资99.8亿元,年计划投资15.3亿元",
             as_of="2019年", optional=True),
        fact(P, "park", "annual_planned_investment_cny", 1530000000.0, "年计划投资15.3亿元", kind="target",
             as_of="2019年", optional=True, note="“三个清单”项目的年计划投资"),
        fact(P, "park", "completed_investment_cny", 1550000000.0, "已完成投资15.5亿元", kind="cumulative",
             as_of="2019年1-10月"),
        fact(P, "park", "investment_completion_rate", 1.013, "占年度计划的101.3%", unit="ratio", kind="ratio",
             as_of="2019年1-10月", optional=True),
    ])

# ---------------- w04 芜湖高新区(弋江区) 29个项目集中签约或开工 (新华丝路)
P = "芜湖高新技术产业开发区"
G = "芜湖高新区2023年3月集中签约开工项目"
GS = "芜湖高新区2023年3月集中签约项目"
GK = "芜湖高新区2023年3月集中开工项目"
AX = "奥星新能源电池负极材料研发总部及生产基地项目"
YT = "云碳数字化循环载具总部基地项目"
write("w04", {
    "title": "安徽芜湖高新区29个项目集中签约或开工 总投资172.84亿元",
    "outlet": "新华丝路 imsilkroad.com（新华社“一带一路”信息服务平台；署名 王艳，责任编辑 马祥平）",
    "published": "2023-03-30", "published_precision": "day",
    "register": "national news agency platform item on a national high-tech zone's batch signing and groundbreaking",
    "source_url": "https://www.imsilkroad.com/news/p/504692.html",
    "note": "“来源:新华丝路 责任编辑:马祥平 2023-03-30 16:37:41”行、页头和“相关推荐”已删；文末“(王艳)”照录；活动 3月29日"},
    parks=[
        park(P, "安徽芜湖芜湖高新技术产业开发区(弋江区)举行重大项目集中签约、集中开工活动", city="芜湖",
             district="弋江区", province="安徽", kind="高新区", aliases=["芜湖高新区"],
             note="国家级；与弋江区合署（“高新区(弋江区)”）"),
    ],
    companies=[
        company("奥星新能源", "为奥星新能源电池负极材料研发总部及生产基地项目", park=P, optional=True, note="只出现在项目名中"),
        company("云碳", "为云碳数字化循环载具总部基地项目", park=P, optional=True, note="只出现在项目名中"),
    ],
    institutions=[inst("芜湖高新区管委会", "高新区管委会副主任、弋江区区长汪敏", park=P)],
    projects=[
        project(AX, "其中50亿元以上项目1个,为奥星新能源电池负极材料研发总部及生产基地项目", park=P,
                companies=["奥星新能源"], status="签约", status_text="集中签约",
                note="“50亿元以上”只是区间，不作金额"),
        project(YT, "其中10亿元以上项目1个,为云碳数字化循环载具总部基地项目", park=P, companies=["云碳"],
                status="开工", status_text="集中开工", note="“10亿元以上”只是区间，不作金额"),
    ],
    facts=[
        fact(G, "park_group", "projects_count", 29, "29个项目集中签约或开工,总投资172.84亿元", as_of="2023年3月29日"),
        fact(G, "park_group", "planned_investment_cny", 17284000000.0, "总投资172.84亿元。高新区管委会副主任",
             as_of="2023年3月29日"),
        fact(GS, "park_group", "projects_signed", 15, "集中签约项目共15个,总投资139.42亿元", as_of="2023年3月29日"),
        fact(GS, "park_group", "planned_investment_cny", 13942000000.0, "总投资139.42亿元", as_of="2023年3月29日"),
        fact(GK, "park_group", "projects_started", 14, "集中开工项目共14个,总投资33.42亿元", as_of="2023年3月29日"),
        fact(GK, "park_group", "planned_investment_cny", 3342000000.0, "总投资33.42亿元", as_of="2023年3月29日"),
        fact(GS, "park_group", "projects_over_5bn", 1, "其中50亿元以上项目1个", as_of="2023年3月29日", optional=True),
        fact(GS, "park_group", "projects_2bn_to_5bn", 2, "20-50亿元项目2个", as_of="2023年3月29日", optional=True),
        fact(GS, "park_group", "projects_1bn_to_2bn", 1, "10-20亿元项目1个", as_of="2023年3月29日", optional=True),
        fact(GS, "park_group", "projects_500m_to_1bn", 3, "5-10亿元项目3个", as_of="2023年3月29日", optional=True),
        fact(GK, "park_group", "projects_over_1bn", 1, "其中10亿元以上项目1个", as_of="2023年3月29日", optional=True),
        fact(GK, "park_group", "projects_500m_to_1bn", 2, "5-10亿元项目2个。", as_of="2023年3月29日", optional=True),
        fact(P, "park", "leading_industries", 4, "节能环保及高端装备制造四大主导产业", optional=True, note="汉字数字“四大”"),
    ])

# ---------------- w05 杨凌示范区 2025年一季度重点项目集中开工 (杨凌分会场)
P = "杨凌示范区"
ZB = "杨凌综合保税区"
FH = "杨凌科创孵化基地"
EVL = ("活动现场,杨凌集中开工11个项目,总投资约17.3亿元,包括:国际农产品物流基地配套项目、西农大学生公寓(一期)建设项目、"
       "上合国际联合研究中心项目、杨凌综合保税区光伏发电项目、力邦特医生产线建设项目、钨丝生产线扩建项目、"
       "乘用车(新能源)用电线生产线项目、杨凌立华2000吨中药配方颗粒技改扩能项目、铝镁装备智能制造研发生产项目、"
       "陕西华电杨凌“光储热+”智慧零碳综合能源一期(一阶段)项目、杨凌科创孵化基地智慧化提升项目")
ST = dict(status="开工", status_text="一季度全省重点项目集中开工，杨凌集中开工")
G = "杨凌示范区2025年一季度集中开工项目"
NOTE_C = "只出现在项目名中"
write("w05", {
    "title": None,
    "title_note": "(no headline) 2025年一季度全省重点项目集中开工杨凌分会场：杨凌集中开工11个项目，总投资约17.3亿元",
    "outlet": "杨凌示范区管委会网站 ylq.gov.cn 新闻中心（栏目 mbjj；作者、来源未显示）",
    "published": "2025-01-02", "published_precision": "day",
    "register": "park's own government website item on its share of a province-wide quarterly groundbreaking (agricultural high-tech demonstration zone with a bonded zone)",
    "source_url": "https://www.ylq.gov.cn/xwzx/mbjj/133550.htm",
    "note": "存档页无标题，文件从正文开始；存档页未显示发布日期，日期取文中活动日“1月2日”（年份据“2025年一季度”）"},
    parks=[
        park(P, "对杨凌示范区集聚创新要素、发展特色产业", city="咸阳", district="杨陵区", province="陕西",
             kind="国家级农业高新技术产业示范区", note="全称杨凌农业高新技术产业示范区（文中未出现）；文中也作“杨凌”"),
        park(ZB, "杨凌综合保税区光伏发电项目", city="咸阳", district="杨陵区", province="陕西", kind="综合保税区", parent=P,
             note="只在项目名中出现，是示范区内的综保区；按 real7 v02（福兴经济开发区A2-B光电产业园）惯例作园区"),
        park(FH, "杨凌科创孵化基地智慧化提升项目", city="咸阳", province="陕西", kind="孵化基地", parent=P, optional=True,
             note="只在项目名中出现的孵化载体"),
    ],
    companies=[
        company("力邦", "力邦特医生产线建设项目", park=P, optional=True, note=NOTE_C + "（“力邦特医”可能指力邦公司的特医食品）"),
        company("杨凌立华", "杨凌立华2000吨中药配方颗粒技改扩能项目", park=P, optional=True, note=NOTE_C),
        company("陕西华电", "陕西华电杨凌“光储热+”智慧零碳综合能源一期(一阶段)项目", park=P, optional=True, note=NOTE_C),
    ],
    institutions=[
        inst("西农大", "西农大学生公寓(一期)建设项目", kind="university", aliases=["西北农林科技大学"],
             note="西北农林科技大学（简称“西农大”），只出现在项目名中"),
        inst("杨凌示范区管委会", "杨凌示范区党工委委员、管委会副主任袁鸿马介绍", park=P, aliases=["杨凌示范区党工委"]),
    ],
    projects=[
        project("国际农产品物流基地配套项目", EVL, park=P, **ST, note="杨凌分会场所在项目"),
        project("西农大学生公寓(一期)建设项目", EVL, park=P, phase="一期", **ST),
        project("上合国际联合研究中心项目", EVL, park=P, **ST),
        project("杨凌综合保税区光伏发电项目", EVL, park=ZB, **ST),
        project("力邦特医生产线建设项目", EVL, park=P, companies=["力邦"], **ST),
        project("钨丝生产线扩建项目", EVL, park=P, **ST),
        project("乘用车(新能源)用电线生产线项目", EVL, park=P, **ST),
        project("杨凌立华2000吨中药配方颗粒技改扩能项目", EVL, park=P, companies=["杨凌立华"], **ST),
        project("铝镁装备智能制造研发生产项目", EVL, park=P, **ST),
        project("陕西华电杨凌“光储热+”智慧零碳综合能源一期(一阶段)项目", EVL, park=P, companies=["陕西华电"],
                phase="一期(一阶段)", **ST),
        project("杨凌科创孵化基地智慧化提升项目", EVL, park=P, **ST,
                note="孵化基地在示范区内；park 取示范区（孵化基地为可选园区）"),
    ],
    facts=[
        fact(G, "park_group", "projects_started", 11, "活动现场,杨凌集中开工11个项目,总投资约17.3亿元",
             as_of="2025年1月2日", note="全省一季度集中开工的杨凌分会场"),
        fact(G, "park_group", "planned_investment_cny", 1730000000.0, "总投资约17.3亿元", qualifier="约",
             as_of="2025年1月2日"),
        fact("杨凌立华2000吨中药配方颗粒技改扩能项目", "project", "capacity_tonnes", 2000,
             "杨凌立华2000吨中药配方颗粒技改扩能项目", unit="tonnes", kind="target", optional=True,
             note="项目名中的产能"),
    ])

# ---------------- w06 北京经开区 政府投资引导基金 首期规模100亿元 (界面新闻)
P = "北京经开区"
F = "北京经开区政府投资引导基金"
write("w06", {
    "title": None,
    "title_note": "(no headline) 北京经开区设立政府投资引导基金，首期规模100亿元",
    "outlet": "界面新闻（据“北京亦庄”微信公众号），转载于 m.chanyew.cwan.com",
    "published": "2023-01-03", "published_precision": "day",
    "register": "business-press brief (reposted) on a national ETDZ's new government-guided investment fund",
    "source_url": "http://m.chanyew.cwan.com/guanzhu/2023/0103/32990.html",
    "note": "存档页无标题，文件从正文开始；日期据页面路径 2023/0103（文中“近日”）；“(资料图片仅供参考)”和末尾“(文章来源:界面新闻)”已删"},
    parks=[
        park(P, "北京经开区对外披露,设立政府投资引导基金", city="北京", province="北京", kind="经济技术开发区",
             note="国家级北京经济技术开发区（全称文中未出现）；文中亦作“经开区”"),
        park("亦庄新城", "北京经开区正在全力推动升级版经开区和亦庄新城高质量发展", city="北京", province="北京",
             kind="新城(城市功能区)", optional=True, note="包含经开区的城市新城，不是园区名；可选"),
    ],
    funds=[
        fund(F, "设立政府投资引导基金(以下简称“引导基金”),首期规模100亿元", park=P, size=10000000000.0,
             size_type="首期规模", aliases=["政府投资引导基金", "引导基金", "政府引导基金"],
             note="总规模未给；size_cny 取首期规模（同 real2 h24 的首期规模）"),
    ],
    facts=[
        fact(F, "fund", "first_phase_size_cny", 10000000000.0, "首期规模100亿元", as_of="2023年1月"),
    ])

# ---------------- w07 曹妃甸新区 2011年首批重点项目集中签约暨开工 (河北新闻网)
P = "曹妃甸新区"
GS = "曹妃甸新区2011年首批重点项目签约项目"
GK = "曹妃甸新区2011年首批重点项目开工项目"
write("w07", {
    "title": None,
    "title_note": "(no headline) 曹妃甸新区2011年首批重点项目集中签约暨开工：24个项目签约总投资约705亿元，新开工54项总投资289亿元",
    "outlet": "河北新闻网（刘天龙、才立奎、刘琳），转载于 fidreport.com",
    "published": "2011-02-26", "published_precision": "day",
    "register": "provincial news portal brief (reposted) on a coastal new area's first batch of signings and groundbreakings of the year",
    "source_url": "https://fidreport.com/2011-02/27/content_1672850.htm",
    "note": "存档页无标题，文件从正文开始；电头“河北新闻网2月26日电”（转载页路径 2011-02/27）"},
    parks=[
        park(P, "曹妃甸新区2011年首批重点项目集中签约暨开工仪式在曹妃甸装备制造区举行", city="唐山", province="河北",
             kind="新区(沿海开发区)"),
        park("曹妃甸装备制造区", "集中签约暨开工仪式在曹妃甸装备制造区举行", city="唐山", province="河北",
             kind="功能区(园区片区)", parent=P, optional=True, note="只作为仪式地点出现的功能区"),
    ],
    facts=[
        fact(GS, "park_group", "projects_signed", 24, "共有24个项目签约,总投资约705亿元", as_of="2011年2月26日"),
        fact(GS, "park_group", "planned_investment_cny", 70500000000.0, "总投资约705亿元", qualifier="约",
             as_of="2011年2月26日"),
        fact(GK, "park_group", "projects_started", 54, "新开工项目54项,总投资289亿元", as_of="2011年2月26日"),
        fact(GK, "park_group", "planned_investment_cny", 28900000000.0, "总投资289亿元", as_of="2011年2月26日"),
        fact(P, "park", "cumulative_investment", 300000000000.0, "已累计完成投资3000多亿元", unit="cny",
             qualifier_text="多", kind="cumulative", as_of="2011年2月", optional=True,
             note="“3000多亿元”：check_gold 的金额解析读不出“多亿元”，故 metric 不带 _cny 后缀、unit 写明 cny；“多”记在 qualifier_text（QUALS 无“多”）"),
    ])

# ---------------- w08 海口国家高新区 (“奋进自贸港 建功新时代”发布会；颗粒在线)
P = "海口国家高新区"
write("w08", {
    "title": None,
    "title_note": "(no headline) 海口国家高新区专场发布会：2021年营业总收入537亿元；截至5月新签约项目88个、总投资164亿元",
    "outlet": "颗粒在线 kelionline.com（颗粒在线讯；行业网站，作者未署名）",
    "published": "2022", "published_precision": "year",
    "register": "trade-press item on a national high-tech zone's annual figures, year-to-date intake and cluster targets, from a provincial press conference",
    "source_url": "https://kelionline.com/categories/detail/21646",
    "note": "存档页无标题、无日期，文件从正文开始；年份据文中“2021年”数据与“截至今年5月”（同一发布会另有南海网报道称 6月30日举行的第三十六场发布会）；末尾“上一篇:…”和版权声明已删"},
    parks=[
        park(P, "海口国家高新区多项工作取得重大进展", city="海口", province="海南", kind="高新区",
             note="国家级；“一区七园”"),
        park("观澜湖", "海口国家高新区(含观澜湖)营业总收入537亿元", city="海口", province="海南",
             kind="子园区(旅游园区)", parent=P, optional=True, note="只以“(含观澜湖)”出现，指高新区的观澜湖园区"),
    ],
    institutions=[
        inst("海南省委宣传部", "在海南省委宣传部组织的“奋进自贸港 建功新时代”系列专题新闻发布会"),
        inst("海口国家高新区工委", "海口市副市长、海口国家高新区工委书记刘立武如是说", park=P),
    ],
    facts=[
        fact(P, "park", "revenue_cny", 53700000000.0, "营业总收入537亿元", as_of="2021年", note="含观澜湖"),
        fact(P, "park", "value_added_cny", 12900000000.0, "增加值129亿元", as_of="2021年"),
        fact(P, "park", "value_added_ratio", 0.24, "增加值率(增加值占营业总收入比重)24%", unit="ratio", kind="ratio",
             as_of="2021年", optional=True),
        fact(P, "park", "annual_tax_cny", 6776000000.0, "税收67.76亿元,同比增长27.1%", as_of="2021年"),
        fact(P, "park", "tax_yoy_growth", 0.271, "同比增长27.1%", kind="ratio", as_of="2021年", optional=True),
        fact(P, "park", "fixed_asset_investment_cny", 10400000000.0, "固定资产投资104亿元,同比增长31%", as_of="2021年"),
        fact(P, "park", "fixed_asset_investment_yoy_growth", 0.31, "同比增长31%", kind="ratio", as_of="2021年",
             optional=True),
        fact(P, "park", "new_market_entities", 6200, "海口国家高新区新增市场主体6200余家", qualifier="余",
             kind="cumulative", as_of="截至2022年5月", note="新增市场主体（起算时间未说，读作自贸港建设以来累计）"),
        fact(P, "park", "projects_signed", 88, "新签约项目88个,总投资164亿元", kind="cumulative", as_of="截至2022年5月"),
        fact(P, "park", "planned_investment_cny", 16400000000.0, "总投资164亿元", kind="cumulative",
             as_of="截至2022年5月", note="新签约项目总投资"),
        fact(P, "park", "projects_started", 125, "新开工项目125个,完工项目98个", kind="cumulative", as_of="截至2022年5月"),
        fact(P, "park", "projects_completed", 98, "完工项目98个", kind="cumulative", as_of="截至2022年5月"),
        fact(P, "park", "land_supplied_mu", 2000, "供应土地超2000亩", unit="mu", qualifier="超", kind="cumulative",
             as_of="截至2022年5月"),
        fact(P, "park", "sub_parks", 7, "7个子园区在三大领域相得益彰", optional=True, note="“一区七园”"),
        fact(P, "park", "national_park_rank", 29, "在全国生物医药园区百强榜排名已上升至第29位", unit="rank",
             optional=True),
        fact(P, "park", "planned_100bn_clusters", 1, "“1个千亿”即打造千亿级生物医药产业集群", kind="target",
             optional=True, note="“1个千亿+4个百亿”产业集群目标"),
        fact(P, "park", "planned_10bn_clusters", 4, "“4个百亿”即打造百亿级节能环保产业集群", kind="target",
             optional=True),
    ])
