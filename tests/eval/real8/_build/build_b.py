from lib import *

# ---------------- w09 天津东疆综保区 中兴新质生产力产业园 (滨海发布)
P = "东疆综保区"
ZX = "中兴新质生产力产业园"
PJ = "中兴新质生产力产业园项目"
OP = "天津中兴新业港管理运营有限公司"
KJ = "天津中兴新业港科技发展有限公司"
DJ = "天津东疆发展有限公司"
EVI = "该项目由中兴资本旗下天津中兴新业港科技发展有限公司与天津东疆发展有限公司共同出资组建"
write("w09", {
    "title": "总投资8亿元!这个产业园落地滨城",
    "outlet": "滨海发布（天津市滨海新区官方发布平台），转载于 tjsbhxqjzyxh.com（滨海新区行业协会网站）",
    "published": "2026-01-09", "published_precision": "day",
    "register": "district government media item (reposted) on a company-built industrial park project landing in a comprehensive bonded zone",
    "source_url": "http://www.tjsbhxqjzyxh.com/10742/35251/Windowview.html",
    "note": "“2026/1/9 21:43:27 浏览数:252”行、图片说明“资料图”和末尾“来源:滨海发布”已删；标题中的“!”照录；“滨城”指滨海新区"},
    parks=[
        park(P, "从东疆综保区获悉", city="天津", district="滨海新区", province="天津", kind="综合保税区",
             aliases=["东疆"], note="天津东疆综合保税区（全称文中未出现）；文中多作“东疆”"),
        park(ZX, "中兴新质生产力产业园作为东疆实施实体产业发展战略的核心抓手", city="天津", district="滨海新区",
             province="天津", kind="产业园(项目)", parent=P, optional=True, note="以落地项目出现"),
    ],
    companies=[
        company(OP, "天津中兴新业港管理运营有限公司顺利完成土地摘牌", park=P, note="完成土地摘牌的项目主体"),
        company(KJ, EVI, park=P, note="项目共同出资方；按 real3 r12 / real7 v08 惯例连到其项目所在园区"),
        company(DJ, EVI, park=P, note="项目共同出资方（东疆的开发公司）；同上"),
        company("中兴资本", "该项目由中兴资本旗下天津中兴新业港科技发展有限公司", optional=True,
                note="出资方的母公司，文中未置于园区"),
    ],
    projects=[
        project(PJ, "总投资8亿元的中兴新质生产力产业园项目正式落地东疆", park=P, companies=[OP, KJ, DJ],
                inv=800000000.0, inv_text="总投资8亿元", status="签约", status_alt="planned",
                status_text="完成土地摘牌，“正式落地”", aliases=[ZX],
                note="已摘地、尚未开工；“落地”读作签约（备选 planned）"),
    ],
    facts=[])

# ---------------- w10 长春经开区 78个项目开复工 (长春市人民政府网)
P = "长春经开区"
ZL = "中粮年产3万吨聚乳酸原料及3万吨聚乳酸下游制品项目"
EV4 = "截至3月31日,浪潮长春云计算大数据中心、一汽丰田(长春)发动机有限公司6ZR发动机技改升级、马瑞利车灯、法雷奥北方基地"
EV4b = "长春兴隆国际陆港(铁路场站)、中盈志合镍氢宽温新能源汽车动力电池生产基地、中粮年产3万吨聚乳酸原料及3万吨聚乳酸下游制品、大众置业长春总部基地项目等78个重点项目均如期开复工"
ST = dict(status="开工", status_alt="在建", status_text="已开复工")
SG = dict(status="签约", status_alt="planned", status_text="已签订入区协议,即将进场施工")
NOTE_C = "只出现在项目名中"
G = "长春经开区2017年开复工“三早”项目"
GP = "长春经开区2017年计划建设5000万元以上项目"
write("w10", {
    "title": "经开区78个项目开复工",
    "outlet": "长春市人民政府网站（本文来源: 长春市人民政府），转载于 changchun.baogaosu.com",
    "published": "2017-04-24", "published_precision": "day",
    "register": "municipal government website item (reposted) on a national ETDZ's spring project starts and signed entries",
    "source_url": "https://changchun.baogaosu.com/xinwen/%E5%8C%BA%E7%BB%8F%E5%BC%80%E5%8C%BA78%E4%B8%AA%E9%A1%B9%E7%9B%AE%E5%BC%80%E5%A4%8D%E5%B7%A5%E4%B8%AA%E9%A1%B9%E7%9B%AE/56768200",
    "note": "转载页日期“24.04.2017 08:15”与“本文来源: 长春市人民政府”行（首尾各一次）已删，其后转载页无关标题已删"},
    parks=[
        park(P, "日前从长春经开区获悉", city="长春", province="吉林", kind="经济技术开发区",
             note="国家级长春经济技术开发区；文中多作“经开区”"),
        park("吉林省低温农副产品互联网贸易园区", "总投资50亿元的吉林省低温农副产品互联网贸易园区项目等已签订入区协议",
             city="长春", province="吉林", kind="贸易园区(项目)", parent=P, optional=True, note="以签约入区项目出现"),
    ],
    companies=[
        company("吉林中粮生物材料有限公司", "吉林中粮生物材料有限公司相关负责人说", park=P,
                note="中粮聚乳酸项目的建设单位"),
        company("一汽丰田(长春)发动机有限公司", EV4, park=P,
                note="全称出现在项目名“…6ZR发动机技改升级”中；全称公司名按必选"),
        company("中粮", "中粮年产3万吨聚乳酸原料及3万吨聚乳酸下游制品项目,总投资8.52亿元", park=P, optional=True,
                note=NOTE_C),
        company("浪潮", EV4, park=P, optional=True, note=NOTE_C),
        company("马瑞利", EV4, park=P, optional=True, note=NOTE_C),
        company("法雷奥", EV4, park=P, optional=True, note=NOTE_C),
        company("中盈志合", EV4b, park=P, optional=True, note=NOTE_C),
        company("大众置业", EV4b, park=P, optional=True, note=NOTE_C),
        company("普洛斯", "总投资10亿元的普洛斯医药物流及冷链仓储基地项目", park=P, optional=True, note=NOTE_C),
        company("顺天欧亚", "总投资20亿元的顺天欧亚建材家居总部基地项目", park=P, optional=True, note=NOTE_C),
    ],
    projects=[
        project(ZL, "中粮年产3万吨聚乳酸原料及3万吨聚乳酸下游制品项目,总投资8.52亿元", park=P,
                companies=["中粮", "吉林中粮生物材料有限公司"], inv=852000000.0, inv_text="总投资8.52亿元", **ST,
                note="“4月初开始复工”，研发中心主体已竣工、车间在建"),
        project("浪潮长春云计算大数据中心", EV4, park=P, companies=["浪潮"], **ST),
        project("一汽丰田(长春)发动机有限公司6ZR发动机技改升级", EV4, park=P,
                companies=["一汽丰田(长春)发动机有限公司"], aliases=["6ZR发动机技改升级"], **ST),
        project("马瑞利车灯", EV4, park=P, companies=["马瑞利"], **ST),
        project("法雷奥北方基地", EV4, park=P, companies=["法雷奥"], **ST),
        project("长春兴隆国际陆港(铁路场站)", EV4b, park=P, **ST),
        project("中盈志合镍氢宽温新能源汽车动力电池生产基地", EV4b, park=P, companies=["中盈志合"], **ST),
        project("大众置业长春总部基地项目", EV4b, park=P, companies=["大众置业"], **ST),
        project("普洛斯医药物流及冷链仓储基地项目", "总投资10亿元的普洛斯医药物流及冷链仓储基地项目", park=P,
                companies=["普洛斯"], inv=1000000000.0, inv_text="总投资10亿元", **SG),
        project("顺天欧亚建材家居总部基地项目", "总投资20亿元的顺天欧亚建材家居总部基地项目", park=P,
                companies=["顺天欧亚"], inv=2000000000.0, inv_text="总投资20亿元", **SG),
        project("吉林省低温农副产品互联网贸易园区项目", "总投资50亿元的吉林省低温农副产品互联网贸易园区项目", park=P,
                inv=5000000000.0, inv_text="总投资50亿元", **SG),
    ],
    facts=[
        fact(G, "park_group", "projects_started", 78, "经开区已开复工“三早”项目78个", kind="cumulative",
             as_of="截至2017年3月31日", note="开复工（含复工）"),
        fact(G, "park_group", "projects_to_start", 28, "还有28个项目将在本月开复工", kind="target", as_of="2017年4月",
             optional=True),
        fact(GP, "park_group", "planned_projects", 180, "经开区计划建设5000万元以上项目180个", kind="target",
             as_of="2017年"),
        fact(GP, "park_group", "projects_count", 171, "目前已落实171个,总投资1002亿元", kind="cumulative",
             as_of="2017年4月", note="已落实的项目"),
        fact(GP, "park_group", "planned_investment_cny", 100200000000.0, "总投资1002亿元", kind="cumulative",
             as_of="2017年4月", note="已落实171个项目的总投资"),
        fact(ZL, "project", "capacity_tonnes", 30000, "中粮年产3万吨聚乳酸原料及3万吨聚乳酸下游制品项目", unit="tonnes",
             kind="target", optional=True),
        fact("吉林中粮生物材料有限公司", "company", "substitution_share_target", 0.65,
             "我们希望在三年内实现对65%以上的石油基塑料制品进行替代", unit="ratio", kind="ratio", optional=True,
             note="企业负责人的三年目标（65%以上）"),
    ])

# ---------------- w11 凯里经济开发区 2013年一季度招商引资 (黔东南信息港)
P = "凯里经济开发区"
PJ = "凯里民族文化产业园暨下司文化综合体项目"
BN = "贵州犇牛文化产业投资开发有限公司"
G = "凯里经济开发区2013年一季度签约项目"
EVE = "电子项目投资16.7亿元,建设新开普一卡通工程及智能终端设备研发生产基地"
write("w11", {
    "title": None,
    "title_note": "(no headline) 凯里经济开发区一季度招商引资签约项目33个、协议资金78.58亿元；犇牛公司投资35亿元建设凯里民族文化产业园暨下司文化综合体项目",
    "outlet": "黔东南信息港 qdn.cn 凯里经济开发区栏目（署名 姚本慧 蒋建民）",
    "published": "2013-04-02", "published_precision": "day",
    "register": "prefecture news portal item (in the zone's own column) on a provincial development zone's first-quarter signings and a named project agreement",
    "source_url": "http://www.qdn.cn/html/2013/kljjkfq_0402/80563.shtml",
    "note": "存档页无标题，文件从正文开始；日期据页面路径 2013/kljjkfq_0402（签约 3月31日）；文末“( 姚本慧 蒋建民)”照录（含空格），其后两段版权声明已删"},
    parks=[
        park(P, "贵州犇牛文化产业投资开发有限公司与凯里经济开发区签订协议", city="黔东南州", district="凯里市",
             province="贵州", kind="经济开发区"),
        park("凯里民族文化产业园", "投资35亿元建设凯里民族文化产业园暨下司文化综合体项目", city="黔东南州",
             district="凯里市", province="贵州", kind="文化产业园(项目)", parent=P, optional=True, note="以签约项目出现"),
    ],
    companies=[
        company(BN, "3月31日,贵州犇牛文化产业投资开发有限公司与凯里经济开发区签订协议", park=P,
                note="与开发区签约投资，连到其项目所在园区"),
        company("新开普", EVE, park=P, optional=True, note="只出现在工程名“新开普一卡通工程”中"),
    ],
    projects=[
        project(PJ, "投资35亿元建设凯里民族文化产业园暨下司文化综合体项目", park=P, companies=[BN],
                inv=3500000000.0, inv_text="投资35亿元", status="签约", status_text="签订协议"),
        project("新开普一卡通工程及智能终端设备研发生产基地", EVE, park=P, companies=["新开普"], status="签约",
                status_text="一季度签约的电子项目建设内容", optional=True,
                note="16.7亿元是电子类项目合计投资，不是该工程的金额"),
    ],
    facts=[
        fact(G, "park_group", "projects_signed", 33, "凯里经济开发区今年第一季度招商引资共签约项目33个",
             as_of="2013年一季度"),
        fact(G, "park_group", "signed_contract_value_cny", 7858000000.0, "协议资金78.58亿元", as_of="2013年一季度"),
        fact(P, "park", "funds_in_place_cny", 1516000000.0, "实际到位资金15.16亿元", as_of="2013年一季度"),
        fact(P, "park", "funds_in_place_target_completion", 1.01, "完成目标任务的101%", unit="ratio", kind="ratio",
             as_of="2013年一季度", optional=True),
        fact(G, "park_group", "pharma_projects", 5, "民族制药类5个", as_of="2013年一季度", optional=True),
        fact(G, "park_group", "electronics_projects", 6, "电子信息类6个", as_of="2013年一季度", optional=True),
        fact(G, "park_group", "building_materials_projects", 5, "建材加工与生产类5个", as_of="2013年一季度",
             optional=True),
        fact(G, "park_group", "machinery_projects", 3, "机械制造类3个", as_of="2013年一季度", optional=True),
        fact(G, "park_group", "other_projects", 14, "文化旅游、基础设施类等14个", as_of="2013年一季度", optional=True),
        fact(G, "park_group", "pharma_projects_investment_cny", 1083000000.0, "医药项目总投资10.83亿元",
             as_of="2013年一季度", optional=True),
        fact(G, "park_group", "electronics_projects_investment_cny", 1670000000.0, "电子项目投资16.7亿元",
             as_of="2013年一季度", optional=True),
        fact(G, "park_group", "expected_output_value_cny", 10800000000.0, "预计可实现年产值108亿元", kind="target",
             note="全部建成投产后"),
        fact(G, "park_group", "expected_tax_cny", 700000000.0, "年缴税金7亿元", kind="target"),
        fact(G, "park_group", "jobs", 35000, "提供3.5万个就业岗位", kind="target"),
    ])

# ---------------- w12 上饶经开区 项目建设 (中国江西网)
P = "上饶经开区"
EVP = "晶科双倍增项目、长安跨越项目、吉利新一代城市商用车项目、吉利汽车综合试验场项目、汉腾二期项目等助力经开区发展“撑杆跳”"
NOTE_S = "“成功引进和开建了8个百亿千亩项目”——逐个项目的阶段（已开工/在建/投产）文中未分说，status 留空（同 real7 v03）"
NOTE_C = "只出现在项目名中"
write("w12", {
    "title": "上饶经开区项目建设全程加速",
    "outlet": "中国江西网（记者 江川 通讯员 饶开萱），转载于 yuleba.org",
    "published": "2018-03-12", "published_precision": "day",
    "register": "provincial news portal item (reposted) on a national ETDZ's 2017 rankings and its ten-billion-yuan projects",
    "source_url": "https://www.yuleba.org/a/44-11923-0.html",
    "note": "面包屑、“时间:2018-03-12 15:57:30 来源:中国江西网 作者:江川”行、末尾“关键词:”“最近更新”“推荐资讯”已删；“打造 “世界光伏城”中的空格照录"},
    parks=[
        park(P, "上饶经开区再度夺魁,勇摘“三连冠”", city="上饶", province="江西", kind="经济技术开发区",
             note="国家级上饶经济技术开发区（全称文中未出现）"),
    ],
    companies=[
        company("晶科", EVP, park=P, optional=True, note=NOTE_C),
        company("长安跨越", EVP, park=P, optional=True, note=NOTE_C),
        company("吉利", EVP, park=P, optional=True, note=NOTE_C + "；亦见“吉利汽车两个项目”"),
        company("汉腾", EVP, park=P, optional=True, note=NOTE_C),
    ],
    projects=[
        project("晶科双倍增项目", EVP, park=P, companies=["晶科"], note=NOTE_S),
        project("长安跨越项目", EVP, park=P, companies=["长安跨越"], note=NOTE_S),
        project("吉利新一代城市商用车项目", EVP, park=P, companies=["吉利"], note=NOTE_S),
        project("吉利汽车综合试验场项目", EVP, park=P, companies=["吉利"], note=NOTE_S),
        project("汉腾二期项目", EVP, park=P, companies=["汉腾"], phase="二期", note=NOTE_S),
    ],
    facts=[
        fact("上饶经开区百亿千亩项目", "park_group", "projects_count", 8, "成功引进和开建了8个百亿千亩项目",
             kind="cumulative", as_of="2017年至2018年3月", note="“一年多来”"),
        fact("吉利汽车两个项目(上饶经开区)", "project", "planned_investment_cny", 16600000000.0,
             "仅吉利汽车两个项目协议投资就超过166亿元", qualifier="超", qualifier_text="超过",
             note="两个吉利项目（新一代城市商用车、综合试验场）合计的协议投资，不属单个项目"),
        fact("吉利汽车两个项目(上饶经开区)", "project", "land_area_mu", 2000, "占地近2000亩", unit="mu",
             qualifier_text="近", note="两个项目合计"),
    ])

# ---------------- w13 临港新片区 2025年“开门红”重大项目集中签约 (中新社)
P = "中国(上海)自由贸易试验区临港新片区"
DX = "中国电信临港信息园区二期项目"
JY = "上海技术交易所国际交易中心“跨境技术贸易功能平台和跨境产业孵化基地”项目"
G = "临港新片区2025年“开门红”集中签约项目"
EVS = "携手商汤科技、中国联通、有孚网络等众多算力企业"
NOTE_P = "项目合作方（“携手…众多算力企业”），文中未说其位于临港，park 为 null"
write("w13", {
    "title": None,
    "title_note": "(no headline) 41个项目签约落地上海临港新片区，总投资428亿元",
    "outlet": "中新社（记者 李姝徵），转载于 vcaptcha.com",
    "published": "2025-02-20", "published_precision": "day",
    "register": "national news agency item (reposted) on a free-trade-zone new area's batch signing, two named projects and its cumulative and 2024 figures",
    "source_url": "http://vcaptcha.com/xieshu/Ce2w.html",
    "note": "存档页无标题，文件从正文开始；电头“中新社上海2月20日电”；文末“(完)”照录，其后“发表评论”及评论时间戳行已删"},
    parks=[
        park(P, "41个项目签约落地中国(上海)自由贸易试验区临港新片区(下称“临港新片区”)", city="上海", province="上海",
             kind="自由贸易试验区新片区", aliases=["临港新片区"]),
        park("中国电信临港信息园区", "总建筑面积约30万平方米的中国电信临港信息园区二期项目", city="上海", province="上海",
             kind="信息园区(项目)", parent=P, optional=True, note="以签约项目（二期）出现"),
    ],
    companies=[
        company("中国电信", "中国电信临港信息园区二期项目", park=P, optional=True, note="只出现在项目名中"),
        company("商汤科技", EVS, note=NOTE_P),
        company("中国联通", EVS, note=NOTE_P),
        company("有孚网络", EVS, note=NOTE_P),
        company("上海技术交易所", "同时签约的还有上海技术交易所国际交易中心", park=P, optional=True,
                note="只出现在项目名中（交易所，也可视为机构）"),
    ],
    projects=[
        project(DX, "当日签约的项目包括拟投资达250亿元,总建筑面积约30万平方米的中国电信临港信息园区二期项目", park=P,
                companies=["中国电信"], inv=25000000000.0, inv_text="拟投资达250亿元", phase="二期", status="签约",
                status_text="集中签约", aliases=["中国电信临港信息园区二期"]),
        project(JY, "同时签约的还有上海技术交易所国际交易中心“跨境技术贸易功能平台和跨境产业孵化基地”项目。该项目拟投资26亿元",
                park=P, companies=["上海技术交易所"], inv=2600000000.0, inv_text="拟投资26亿元", status="签约",
                status_text="集中签约", aliases=["“跨境技术贸易功能平台和跨境产业孵化基地”项目"]),
    ],
    facts=[
        fact(G, "park_group", "projects_signed", 41, "41个项目签约落地中国(上海)自由贸易试验区临港新片区",
             as_of="2025年2月20日"),
        fact(G, "park_group", "planned_investment_cny", 42800000000.0, "总投资428亿元(人民币,下同)",
             as_of="2025年2月20日"),
        fact(DX, "project", "floor_area_m2", 300000, "总建筑面积约30万平方米", unit="m2", qualifier="约", kind="target"),
        fact(JY, "project", "floor_area_m2", 240000, "总建筑面积24万平方米", unit="m2", kind="target"),
        fact(P, "park", "projects_signed", 600, "临港新片区累计签约项目超600个", qualifier="超", kind="cumulative",
             as_of="截至2025年2月"),
        fact(P, "park", "planned_investment_cny", 600000000000.0, "投资总额超6000亿元", qualifier="超",
             kind="cumulative", as_of="截至2025年2月"),
        fact(P, "park", "output_value_cny", 423000000000.0, "完成规上工业总产值4230亿元", as_of="2024年",
             note="规上工业总产值"),
        fact(P, "park", "output_value_yoy_growth", 0.018, "同比增长1.8%", kind="ratio", as_of="2024年", optional=True),
        fact(P, "park", "fixed_asset_investment_cny", 136100000000.0, "全社会固定资产投资完成1361亿元", as_of="2024年"),
    ])

# ---------------- w14 美亚高新 退城进园 (淮南高新区智造园区 / 安徽(淮南)现代煤化工产业园区)
GX = "淮南高新技术产业开发区"
ZZ = "安徽淮南高新技术产业开发区智造园区"
MH = "安徽(淮南)现代煤化工产业园区"
MY = "美亚高新"
PJ = "美亚高新退城进园年产5万吨高性能树脂技改项目"
EVA = "公司与安徽(淮南) 现代煤化工产业园区管理委员会签订了《美亚高新退城进园年产5万吨高性能树脂技改项目投资协议》"
write("w14", {
    "title": None,
    "title_note": "(no headline) 美亚高新与安徽(淮南)现代煤化工产业园区管委会签订年产5万吨高性能树脂技改项目投资协议",
    "outlet": "美亚高新公司网站 meiyagx.net（公司新闻，作者未署名）",
    "published": "2016-08-02", "published_precision": "day",
    "register": "company website news on its relocation into a high-tech zone's sub-park and an investment agreement with a chemical industry park",
    "source_url": "http://meiyagx.net/eHtml/201682/1518_511.html",
    "note": "存档页无标题，文件从正文开始；“发布时间:2016-08-02 已阅 次 [大] [中]”行已删；“安徽(淮南) 现代煤化工”中的空格照录（协议签订 7月29日）"},
    parks=[
        park(GX, "美亚高新公司退城进园搬迁至安徽淮南高新技术产业开发区智造园区", city="淮南", province="安徽",
             kind="高新区", aliases=["安徽淮南高新技术产业开发区"]),
        park(ZZ, "美亚高新公司退城进园搬迁至安徽淮南高新技术产业开发区智造园区", city="淮南", province="安徽",
             kind="园区(高新区子园区)", parent=GX, aliases=["智造园区"]),
        park(MH, EVA, city="淮南", province="安徽", kind="化工园区", aliases=["现代煤化工产业园区"],
             note="原文“安徽(淮南) 现代煤化工产业园区”中间有空格；名称去掉空格，check_gold 会警告名称不在文中"),
    ],
    companies=[
        company(MY, "美亚高新公司退城进园搬迁至安徽淮南高新技术产业开发区智造园区", park=ZZ, aliases=["美亚高新公司"],
                note="公司所在地为高新区智造园区；其树脂技改项目另选址于现代煤化工产业园区（见 projects）"),
    ],
    institutions=[
        inst("安徽(淮南)现代煤化工产业园区管理委员会", EVA, park=MH, aliases=["现代煤化工产业园区管理委员会"]),
    ],
    projects=[
        project(PJ, "该协议规划项目总投资11538.93万元,规划总用地约48.42亩", park=MH, companies=[MY], inv=115389300.0,
                inv_text="总投资11538.93万元", status="签约", status_text="签订项目投资协议",
                note="项目名见第二段协议名（" + EVA + "）；与园区管委会签约，读作位于该园区"),
    ],
    facts=[
        fact(PJ, "project", "land_area_mu", 48.42, "规划总用地约48.42亩", unit="mu", qualifier="约", kind="target"),
        fact(PJ, "project", "capacity_tonnes", 50000, "具备年产5万吨高性能树脂的产能规模", unit="tonnes", kind="target",
             optional=True),
        fact(PJ, "project", "expected_output_value_cny", 418200000.0, "产值约41820万元", qualifier="约", kind="target"),
        fact(PJ, "project", "first_phase_investment_cny", 38609000.0, "其中一期建设投资3860.90万元", kind="target"),
        fact(PJ, "project", "first_phase_capacity_tonnes", 20000, "年产2万吨高性能树脂", unit="tonnes", kind="target",
             optional=True),
        fact(PJ, "project", "first_phase_expected_output_value_cny", 193800000.0, "年产值19380万元", kind="target",
             optional=True),
        fact(PJ, "project", "construction_months", 15, "自开工建设起15个月建成投产", unit="months", kind="target",
             optional=True),
    ])

# ---------------- w15 台州湾新区 重大项目集中开工暨制造业企业集中投产 (浙江在线台州频道)
P = "台州湾新区"
JC = "台州湾通用机场"
ZS = "浙江振盛缝制机械有限公司"
EV1 = "此次集中开工项目包含台州湾通用机场、杰克高端缝制装备智能制造中心等12个重点项目"
write("w15", {
    "title": None,
    "title_note": "(no headline) 台州湾新区举行重大项目集中开工暨制造业企业集中投产仪式：12个重点项目开工，10家企业投产",
    "outlet": "浙江在线-台州频道（浙江在线记者 许峰），存于镜像站 tokomodem.com（路径同 tz.zjol.com.cn 原页）",
    "published": "2021-03-04", "published_precision": "day",
    "register": "provincial news portal's city channel item on a new area's batch groundbreaking and enterprises going into production",
    "source_url": "https://tokomodem.com/xw18022/sh18033/202103/t20210304_22195579.shtml",
    "note": "存档页无标题，文件从正文开始；原页当为 http://tz.zjol.com.cn/xw18022/sh18033/202103/t20210304_22195579.shtml（同站同栏目路径格式），未直接取得；末尾“看台州新闻…”和版权声明已删"},
    parks=[
        park(P, "3月3日,台州湾新区举行重大项目集中开工暨制造业企业集中投产仪式", city="台州", province="浙江",
             kind="新区(省级产业集聚平台)"),
        park("台州无人机航空小镇", "台州湾通用机场项目是台州无人机航空小镇核心配套工程", city="台州", province="浙江",
             kind="特色小镇", parent=P, optional=True, note="只以机场项目的服务对象出现；parent 文中未明说"),
    ],
    companies=[
        company(ZS, "浙江振盛缝制机械有限公司总经理李仁根说", park=P, note="新厂区建成投产（当天投产企业之一）"),
        company("杰克", EV1, park=P, optional=True, note="只出现在项目名中"),
    ],
    projects=[
        project(JC, "台州湾通用机场项目是台州无人机航空小镇核心配套工程,总用地363亩,预计投资8.4亿元", park=P,
                inv=840000000.0, inv_text="预计投资8.4亿元", status="开工", status_text="集中开工",
                aliases=["台州湾通用机场项目"], note="“将于今年三季度完成飞行区建设,2022年底前全部建成运营”"),
        project("杰克高端缝制装备智能制造中心", EV1, park=P, companies=["杰克"], status="开工", status_text="集中开工"),
        project("浙江振盛缝制机械有限公司新厂区", "新厂区建成投产,我们就进入了更快的发展轨道", park=P, companies=[ZS],
                status="投产", status_text="新厂区建成投产", optional=True, note="文中无项目名（“该厂区”）"),
    ],
    facts=[
        fact("台州湾新区2021年3月集中开工项目", "park_group", "projects_started", 12,
             "杰克高端缝制装备智能制造中心等12个重点项目", as_of="2021年3月3日"),
        fact("台州湾新区2021年3月集中投产企业", "park_group", "enterprises_in_production", 10, "当天投产的10家企业",
             as_of="2021年3月3日"),
        fact("台州湾新区2021年3月集中投产企业", "park_group", "expected_output_value_cny", 2222000000.0,
             "新增年产值22.22亿元", kind="target", note="投产企业达产后新增年产值"),
        fact(JC, "project", "area_mu", 363, "总用地363亩", unit="mu"),
        fact(ZS, "company", "expected_revenue_cny", 400000000.0, "项目达产后年销售收入可达4亿元", kind="target"),
        fact(ZS, "company", "capacity_sewing_machines", 100000, "形成年产10万套智能缝纫机", unit="sets", kind="target",
             optional=True),
        fact(ZS, "company", "capacity_spare_parts", 500000, "50万套缝纫机零售配件", unit="sets", kind="target",
             optional=True),
    ])
