from lib import *

# ---------------- z09 重庆经开区 2021年1~3季度 (央广网 2021)
P = "重庆经开区"
MD = "美的制冷、美的通用及相关配套企业"
EVM = "1~9月,美的制冷、美的通用及相关配套企业产值累计完成144.8亿元"
A9 = "2021年1~9月"
AE = "截至2021年9月底"
write("z09", {
    "title": None,
    "title_note": "(no headline) 重庆经开区2021年1~3季度：地区生产总值增长12.9%，市场主体和固定资产投资两位数增长",
    "outlet": "央广网（记者 张志，通讯员 邱黎明），转载于 jingke.org",
    "published": "2021-10-21", "published_precision": "day",
    "register": "national radio network's website item on a national ETDZ's three-quarter results: growth rates, smart-terminal output, two anchor firms' output, market entities, investment and budget revenue",
    "source_url": "http://jingke.org/news/show-91801.html",
    "note": "存档页无标题，文件从正文开始；两条图注“中国智谷(重庆)科技园(央广网发 重庆经开区供图)”“重庆美的通用制冷设备有限公司生产基地(央广网发 重庆经开区供图)”已删；“36.92 %和16.21 %”中的空格照录"},
    parks=[
        park(P, "重庆经开区市场主体继续保持良好增长势头", city="重庆", province="重庆", kind="经济技术开发区"),
    ],
    companies=[
        company("美的制冷", EVM, park=P, note="经开区智能终端/家电产业企业"),
        company("美的通用", EVM, park=P, note="经开区智能终端/家电产业企业"),
    ],
    facts=[
        fact(P, "park", "gdp_yoy_growth", 0.129, "重庆经开区地区生产总值同比增长12.9%", as_of=A9, optional=True),
        fact(P, "park", "rank_in_city", 3, "(全市排名第三)", as_of=A9, optional=True, note="汉字“第三”"),
        fact(P, "park", "gdp_growth_change_pp", 8.9, "增幅较去年同期提高8.9个百分点", unit="pp", kind="ratio", as_of=A9,
             optional=True),
        fact(P, "park", "industrial_value_added_yoy_growth", 0.108, "工业增加值同比增长10.8%", as_of=A9, optional=True),
        fact(P, "park", "above_scale_value_added_yoy_growth", 0.126, "规上工业增加值增速12.6%", unit="ratio",
             kind="ratio", as_of=A9, optional=True),
        fact(P, "park", "construction_value_added_yoy_growth", 0.111, "建筑业增加值同比增长11.1%", as_of=A9, optional=True),
        fact(P, "park", "tertiary_value_added_yoy_growth", 0.169, "第三产业增加值同比增长16.9%", as_of=A9, optional=True),
        fact(P, "park", "smart_terminal_output_units", 17000000, "智能终端产品产量突破1700万台", qualifier="超",
             qualifier_text="突破", as_of=A9),
        fact(P, "park", "phone_shipments_units", 17714000, "1~8月手机出货量达到1771.4万台", as_of="2021年1~8月"),
        fact(P, "park", "smartphone_share", 0.982, "智能手机出货量占比达到98.2%", unit="ratio", kind="ratio",
             as_of="2021年1~8月", optional=True),
        fact(MD, "company", "output_value_cny", 14480000000.0, "产值累计完成144.8亿元", kind="cumulative", as_of=A9,
             note="美的制冷、美的通用及相关配套企业合计"),
        fact(MD, "company", "output_value_yoy_growth", 0.133, "同比增长13.3%。", as_of=A9, optional=True),
        fact(P, "park", "new_market_entities", 2565, "全区累计新设各类市场主体2565户", kind="cumulative",
             as_of="2021年前三季度"),
        fact(P, "park", "new_market_entities_registered_capital_cny", 8994000000.0, "注册资本89.94亿元,同比分别增长36.92 %",
             kind="cumulative", as_of="2021年前三季度"),
        fact(P, "park", "new_market_entities_yoy_growth", 0.3692, "同比分别增长36.92 %和16.21 %", as_of="2021年前三季度",
             optional=True),
        fact(P, "park", "new_registered_capital_yoy_growth", 0.1621, "同比分别增长36.92 %和16.21 %",
             as_of="2021年前三季度", optional=True),
        fact(P, "park", "market_entities", 16104, "全区实有各类市场主体16104户", as_of=AE),
        fact(P, "park", "market_entities_registered_capital_cny", 115582000000.0, "注册资本1155.82亿元", as_of=AE),
        fact(P, "park", "market_entities_yoy_growth", 0.2425, "同比分别增长24.25%和21.75%", as_of=AE, optional=True),
        fact(P, "park", "registered_capital_yoy_growth", 0.2175, "同比分别增长24.25%和21.75%", as_of=AE, optional=True),
        fact(P, "park", "fixed_asset_investment_cny", 18510000000.0, "全社会固定资产投资完成185.1亿元", as_of=A9),
        fact(P, "park", "fixed_asset_investment_yoy_growth", 0.147, "增速14.7%", as_of=A9, optional=True),
        fact(P, "park", "infrastructure_investment_cny", 7620000000.0, "其中基础设施投资完成76.2亿元", as_of=A9),
        fact(P, "park", "infrastructure_investment_yoy_growth", 1.641, "增速164.1%", as_of=A9, optional=True),
        fact(P, "park", "public_service_investment_cny", 3650000000.0, "社会民生投资完成36.5亿元", as_of=A9),
        fact(P, "park", "public_service_investment_yoy_growth", 1.417, "增速141.7%", as_of=A9, optional=True),
        fact(P, "park", "general_budget_revenue_cny", 994000000.0, "一般公共预算收入累计完成9.94亿元", kind="cumulative",
             as_of=A9),
        fact(P, "park", "general_budget_revenue_yoy_growth", 0.07, "同比增长7%", as_of=A9, optional=True),
    ])

# ---------------- z10 绵阳 高新发展智能制造产业园(二期)工程 (绵阳日报 2021)
MY = "绵阳高新区"
HB = "河北-平武工业园"
GF = "高新发展智能制造产业园"
PJ = "高新发展智能制造产业园(二期)工程"
EV1 = "位于绵阳高新区河北-平武工业园的高新发展智能制造产业园(二期)工程建设现场"
EVI = "高新发展智能制造产业园(二期)工程项目总投资约12.49亿元"
write("z10", {
    "title": "高新发展智能制造产业园(二期)工程建设热火朝天",
    "outlet": "绵阳日报社融媒体（记者 王勇 文/图；编辑 李志），绵阳在线栏目，转载于 sclvyou028.com",
    "published": "2021-10-24", "published_precision": "day",
    "register": "municipal party paper media-group item on a park-building project under construction in a high-tech zone's sub-park: investment, land, floor area, buildings and expected yields",
    "source_url": "http://sclvyou028.com/a/mianyangzaixian/2021/1024/253789.html",
    "note": "页首“当前位置主页 > 绵阳在线 >”“热门搜索:”、来源/日期行“绵阳在线 发布时间:2021-10-24”和文末“编辑:李志”已删，段首缩进已去；正文以“讯 10月18日”开头（存档页把“绵阳在线”与“讯”分在两行），照录"},
    parks=[
        park(MY, EV1, city="绵阳", province="四川", kind="高新区"),
        park(HB, EV1, city="绵阳", province="四川", kind="工业园(飞地园区)", parent=MY,
             note="位于绵阳高新区的河北-平武工业园"),
        park(GF, EVI, city="绵阳", province="四川", kind="产业园(在建)", parent=HB, optional=True,
             note="建园项目，尚无入驻企业（“预计入驻企业100家以上”）"),
    ],
    companies=[
        company("京东方", "并有力促进京东方、长虹等重特大项目上下游配套企业的深度融合和提质升级", park=None, optional=True,
                note="作为受益的重特大项目提及，文中未说所在园区"),
        company("长虹", "并有力促进京东方、长虹等重特大项目上下游配套企业的深度融合和提质升级", park=None, optional=True,
                note="作为受益的重特大项目提及，文中未说所在园区"),
    ],
    projects=[
        project(PJ, EVI, park=HB, inv=1249000000.0, inv_text="总投资约12.49亿元", qualifier="约", phase="二期",
                status="在建", status_text="工程建设现场,塔吊林立,车辆穿梭",
                aliases=["高新发展智能制造产业园(二期)工程项目"],
                note="建园项目；park 取其所在的河北-平武工业园（同 real10 y02 取所在园区）"),
    ],
    facts=[
        fact(PJ, "project", "area_mu", 293, "占地面积约293亩", qualifier="约"),
        fact(PJ, "project", "floor_area_m2", 312300, "总建筑面积约31.23万平方米", qualifier="约"),
        fact(PJ, "project", "buildings", 15, "由15栋建筑组成", optional=True),
        fact(PJ, "project", "factory_buildings", 13, "其中工业厂房13栋", optional=True),
        fact(PJ, "project", "support_buildings", 2, "综合配套房屋2栋", optional=True),
        fact(PJ, "project", "enterprises_to_enter", 100, "预计入驻企业100家以上", kind="target", qualifier="超",
             qualifier_text="以上"),
        fact(PJ, "project", "expected_output_value_cny", 2000000000.0, "年产值约20亿元", kind="target", qualifier="约"),
        fact(PJ, "project", "expected_tax", 60000000.0, "年创税收约6000余万元", unit="cny", kind="target", qualifier="余",
             qualifier_text="约…余", note="“6000余万元”check_gold 读不出（“余万元”），故 metric 不带 _cny"),
        fact(PJ, "project", "jobs", 2000, "解决就业2000余人", kind="target", qualifier="余"),
    ])

# ---------------- z11 龙岩高新区(经开区) 7个项目集中开竣工 (闽西日报 2022)
P = "龙岩高新区"
G = "龙岩高新区(经开区)2022年1月签约开竣工项目"
GS = "龙岩高新区(经开区)2022年1月签约项目"
GC = "龙岩高新区(经开区)2022年1月集中开竣工项目"
AS = "2022年1月"
SIG = dict(status="签约", status_text="“一月一签约”")
KG = dict(status="开工", status_text="开工项目")
JG = dict(status="竣工", status_text="竣工项目")
NCP = "只出现在项目名中"
EVS1 = "总投资18.5亿元的清洁能源一体化产业项目"
EVS2 = "总投资10亿元的比翼小蜜蜂智能智造研发生产基地项目"
EVK1 = "总投资3亿元的龙犇液晶显示模组扩建项目"
EVK2 = "总投资0.82亿元的佰兴可降解环保日用品项目"
EVK3 = "总投资0.6亿元的嘉隆机械配件项目"
EVJ1 = "总投资1.5亿元的电子信息产业园三期项目"
EVJ2 = "总投资5.5亿元的龙龙智能电子终端产品项目"
EVJ3 = "总投资0.65亿元的湘玲矿山设备及其零部件项目"
EVJ4 = "总投资1.74亿元的冷链物流园区道路项目"
write("z11", {
    "title": "龙岩高新区(经开区): / 7个项目集中开竣工 总投资13.81亿元",
    "outlet": "闽西日报（本报讯，通讯员 卢水生），mxrb.cn 数字报",
    "published": "2022-01-26", "published_precision": "day",
    "register": "municipal party paper item on a high-tech zone's monthly signing and start/completion event: nine named projects with amounts in three stages",
    "source_url": "http://www.mxrb.cn/dzb/mxrb/2022-01/26/content_91864.html",
    "note": "两行标题之间的空行去掉（同 dev h12）；图注“图为龙岩高新区(经开区)电子信息产业园三期项目。记者 郭亦斌 卢水生 摄”已删；活动日期“近日”"},
    parks=[
        park(P, "龙岩高新区(经开区)举行1月份重大项目“一月一签约”“每月开竣工”活动", city="龙岩", province="福建",
             kind="高新区(经开区)", aliases=["龙岩高新区(经开区)"], note="高新区与经开区一套班子，文中合写"),
        park("电子信息产业园", EVJ1, city="龙岩", province="福建", kind="产业园", parent=P, optional=True,
             note="只出现在项目名中（三期项目竣工）"),
        park("冷链物流园区", EVJ4, city="龙岩", province="福建", kind="物流园区", parent=P, optional=True,
             note="只出现在项目名中"),
    ],
    companies=[
        company("比翼小蜜蜂", EVS2, park=P, optional=True, note=NCP),
        company("龙犇", EVK1, park=P, optional=True, note=NCP),
        company("佰兴", EVK2, park=P, optional=True, note=NCP),
        company("嘉隆", EVK3, park=P, optional=True, note=NCP),
        company("龙龙", EVJ2, park=P, optional=True, note=NCP),
        company("湘玲", EVJ3, park=P, optional=True, note=NCP),
    ],
    projects=[
        project("清洁能源一体化产业项目", EVS1, park=P, inv=1850000000.0, inv_text="总投资18.5亿元", **SIG),
        project("比翼小蜜蜂智能智造研发生产基地项目", EVS2, park=P, companies=["比翼小蜜蜂"], inv=1000000000.0,
                inv_text="总投资10亿元", **SIG),
        project("龙犇液晶显示模组扩建项目", EVK1, park=P, companies=["龙犇"], inv=300000000.0, inv_text="总投资3亿元", **KG),
        project("佰兴可降解环保日用品项目", EVK2, park=P, companies=["佰兴"], inv=82000000.0, inv_text="总投资0.82亿元",
                **KG),
        project("嘉隆机械配件项目", EVK3, park=P, companies=["嘉隆"], inv=60000000.0, inv_text="总投资0.6亿元", **KG),
        project("电子信息产业园三期项目", EVJ1, park=P, inv=150000000.0, inv_text="总投资1.5亿元", phase="三期", **JG),
        project("龙龙智能电子终端产品项目", EVJ2, park=P, companies=["龙龙"], inv=550000000.0, inv_text="总投资5.5亿元",
                **JG),
        project("湘玲矿山设备及其零部件项目", EVJ3, park=P, companies=["湘玲"], inv=65000000.0, inv_text="总投资0.65亿元",
                **JG),
        project("冷链物流园区道路项目", EVJ4, park=P, inv=174000000.0, inv_text="总投资1.74亿元", **JG),
    ],
    facts=[
        fact(G, "park_group", "projects_count", 15, "此次签约开竣工项目共15个", as_of=AS),
        fact(G, "park_group", "planned_investment_cny", 5208000000.0, "总投资52.08亿元。", as_of=AS),
        fact(GS, "park_group", "projects_signed", 8, "此次签约项目共8个", as_of=AS),
        fact(GS, "park_group", "planned_investment_cny", 3827000000.0, "总投资38.27亿元", as_of=AS),
        fact(GS, "park_group", "projects_over_1bn", 2, "其中10亿元以上项目2个", as_of=AS, optional=True, note="规模档"),
        fact(GC, "park_group", "projects_count", 7, "此次集中开竣工项目7个", as_of=AS),
        fact(GC, "park_group", "planned_investment_cny", 1381000000.0, "此次集中开竣工项目7个,总投资13.81亿元", as_of=AS),
        fact(GC, "park_group", "projects_started", 3, "开工项目3个", as_of=AS),
        fact(GC, "park_group", "projects_completed", 4, "竣工项目4个", as_of=AS),
    ])

# ---------------- z12 包头稀土高新区集中签约21个重大项目 (内蒙古日报 2022)
P = "包头稀土高新区"
G = "包头稀土高新区2022年5月7日集中签约项目"
EVC = "稀土高新区与内蒙古大唐国际新能源有限公司、青岛中加特电气股份有限公司等21家企业,通过“线上+线下”方式,集中签约项目21个"
AS = "2022年5月7日"
AC = "截至2022年4月30日"
NC = "与高新区签约项目（签约企业随项目归园区，同 real10 y14）"
write("z12", {
    "title": "包头稀土高新区集中签约21个重大项目",
    "outlet": "内蒙古日报（记者 刘向平，实习生 贾婷婷；责任编辑 李倩 李国栋），新华网内蒙古频道 nmg.news.cn",
    "published": "2022-05-08", "published_precision": "day",
    "register": "provincial party paper item (on a national news agency's regional channel) on a national high-tech zone's signing of 21 projects online and on site, with its year-to-date signed and landed totals",
    "source_url": "http://nmg.news.cn/home/dfdt/bt/2022-05/08/c_1128630366.htm",
    "note": "日期/来源行、文末“分享:”“责任编辑:李倩 李国栋”和页面编号行已删，段首缩进已去；签约日 5月7日"},
    parks=[
        park(P, "5月7日,包头稀土高新区招商引资重大项目集中签约仪式在稀土大厦举行", city="包头", province="内蒙古",
             kind="高新区", aliases=["稀土高新区"]),
    ],
    companies=[
        company("内蒙古大唐国际新能源有限公司", EVC, park=P, note=NC),
        company("青岛中加特电气股份有限公司", EVC, park=P, note=NC),
    ],
    facts=[
        fact(G, "park_group", "projects_signed", 21, "集中签约项目21个", as_of=AS),
        fact(G, "park_group", "enterprises_signed", 21, "等21家企业", as_of=AS, optional=True, note="与项目数同值"),
        fact(G, "park_group", "projects_signed_onsite", 12, "其中现场签约12个", as_of=AS),
        fact(G, "park_group", "projects_signed_online", 9, "网络视频签约9个", as_of=AS),
        fact(G, "park_group", "planned_investment_cny", 17625000000.0, "签约协议总投资额为176.25亿元", as_of=AS),
        fact(G, "park_group", "industries", 6, "节能环保6大产业", as_of=AS, optional=True),
        fact(P, "park", "projects_signed", 46, "稀土高新区今年已累计签约项目46个", kind="cumulative", as_of=AC),
        fact(P, "park", "planned_investment_cny", 40477000000.0, "计划总投资404.77亿元", kind="cumulative", as_of=AC,
             note="今年累计签约项目的计划总投资"),
        fact(P, "park", "projects_landed", 37, "已落地项目37个", kind="cumulative", as_of=AC),
        fact(P, "park", "landed_projects_investment_cny", 23517000000.0, "总投资235.17亿元", kind="cumulative", as_of=AC),
    ])

# ---------------- z13 长株潭园区发展联盟成立 发起设立长株潭园区合作基金 (湖南日报 2022)
YL = "岳麓山大学科技城"
F = "长株潭园区合作基金"
EVM = "长沙高新区、长沙经开区、株洲高新区、湘潭经开区等来自长沙、株洲、湘潭、湘阴和江西萍乡的35家园区入盟"
EVF = "岳麓山大学科技城作为基金发起人,联合浏阳经开区、天心经开区以及基金管理人,共同出资成立“园区合作基金”"
GL = "长株潭园区发展联盟"
G28 = "长株潭省级及以上园区"
NM = "联盟成员园区（点名的4家之一）"
AS = "2022年7月"
write("z13", {
    "title": "长株潭园区发展联盟成立 发起设立长株潭园区合作基金",
    "outlet": "湖南日报·新湖南客户端（全媒体记者 孟姣燕，通讯员 朱佳妮 黄显桢；责编 李絮枫 高薇），转载于 fensifuwu.com",
    "published": "2022-07-12", "published_precision": "day",
    "register": "provincial party paper item on a metropolitan-area park alliance of 35 parks and a park cooperation fund co-founded by three parks, with the area's park statistics",
    "source_url": "https://fensifuwu.com/emotion/me/1b11b05b7fad880e393acff4a9150b45.html",
    "note": "转载页页首（“服务粉丝 / 我们一直在努力”、栏目路径、“日期: 来源:湖南日报…”）、文末“责编”“来源”行和“相关阅读”已删；电头“7月12日讯…今天”，年份不在页面上，据“长株潭都市圈”等推定为2022年"},
    parks=[
        park("长沙高新区", EVM, city="长沙", province="湖南", kind="高新区", note=NM),
        park("长沙经开区", EVM, city="长沙", province="湖南", kind="经济技术开发区", note=NM),
        park("株洲高新区", EVM, city="株洲", province="湖南", kind="高新区", note=NM),
        park("湘潭经开区", EVM, city="湘潭", province="湖南", kind="经济技术开发区", note=NM),
        park(YL, EVF, city="长沙", province="湖南", kind="大学科技城", note="基金发起人"),
        park("浏阳经开区", EVF, city="长沙", district="浏阳市", province="湖南", kind="经济技术开发区",
             note="基金共同出资方；城市长沙不在文中"),
        park("天心经开区", EVF, city="长沙", district="天心区", province="湖南", kind="经济技术开发区",
             note="基金共同出资方；城市长沙不在文中"),
    ],
    funds=[
        fund(F, "基金首期认缴规模1.5亿元", park=YL, size=150000000.0, size_type="首期认缴规模", aliases=["园区合作基金"],
             note="发起人岳麓山大学科技城，联合浏阳经开区、天心经开区及基金管理人出资；已完成工商注册；park 取发起人"),
    ],
    facts=[
        fact(GL, "park_group", "parks_count", 35, "的35家园区入盟", as_of=AS, note="入盟园区数"),
        fact(F, "fund", "first_phase_size_cny", 150000000.0, "基金首期认缴规模1.5亿元", as_of=AS, optional=True,
             note="与基金 size 重复，设为可选"),
        fact(F, "fund", "planned_investments", 8, "拟投资8个项目", kind="target", as_of=AS),
        fact(G28, "park_group", "parks_count", 28, "长株潭省级及以上园区数量达到28家", as_of=AS),
        fact(G28, "park_group", "gdp_share", 0.368, "28家园区生产总值占长株潭地区生产总值比重达36.8%", unit="ratio",
             kind="ratio", optional=True),
        fact(G28, "park_group", "value_added_share", 0.693, "工业增加值占比69.3%", unit="ratio", kind="ratio",
             optional=True),
        fact(G28, "park_group", "hitech_value_added_share", 0.51, "高新技术产业增加值占比51%", unit="ratio", kind="ratio",
             optional=True),
        fact(G28, "park_group", "trade_share", 0.715, "进出口总额占比71.5%", unit="ratio", kind="ratio", optional=True),
        fact("湖南省国家级园区", "park_group", "parks_count", 24, "在全省24家国家级园区和19家千亿园区中", as_of=AS),
        fact("湖南省千亿园区", "park_group", "parks_count", 19, "在全省24家国家级园区和19家千亿园区中", as_of=AS),
        fact("长株潭国家级园区", "park_group", "parks_count", 11, "长株潭均占有11席", as_of=AS,
             note="全省24家国家级园区中长株潭占11席"),
        fact("长株潭千亿园区", "park_group", "parks_count", 11, "长株潭均占有11席", as_of=AS,
             note="全省19家千亿园区中长株潭占11席"),
        fact(G28, "park_group", "share_of_province_parks", 0.2, "长株潭园区以占全省园区20%的数量", unit="ratio",
             kind="ratio", optional=True),
        fact(G28, "park_group", "contribution_share", 0.4, "贡献了全省园区40%以上的生产总值", unit="ratio", kind="ratio",
             qualifier="超", qualifier_text="以上", optional=True),
    ])

# ---------------- z14 海城经济开发区 集中签约 (本报讯 记者贾琼, 414w.com, 2024?)
P = "海城经济开发区"
G = "海城经济开发区3月集中签约重点项目"
GH = "海城市上半年招商项目"
EVP = "海城经济开发区完成包括聚能重工集团重卡汽车组装生产项目、辽宁东泓新材料科技有限公司镁质建筑材料项目、上海宇铧鑫科技有限责任公司菱镁阻燃环保新材料精深加工项目等10个重点项目的集中签约"
ST = dict(status="签约", status_text="集中签约")
NC = "其项目在海城经济开发区集中签约（公司随项目归园区，同 real10 y04）"
write("z14", {
    "title": None,
    "title_note": "(no headline) 海城市上半年招商成果：签约项目74个、落地40个；海城经济开发区3月集中签约10个重点项目，总投资22.5亿元",
    "outlet": "报纸未注明（本报讯，记者 贾琼），转载于 414w.com",
    "published": "2024", "published_precision": "year",
    "register": "local newspaper item (reposted) on a county-level city's half-year investment pipeline and its development zone's March signing of ten key projects, three named with their investors",
    "source_url": "https://414w.com/read/809315.html",
    "note": "存档页无标题，文件从正文开始；文末转载声明和网址已删；页面无日期：文中“今年上半年”“新质生产力”（2023年9月后的用语）推定为2024年（也可能为2025年）；“今年3月, 海城”中的空格照录"},
    parks=[
        park(P, EVP, city="鞍山", district="海城市", province="辽宁", kind="经济开发区", note="城市鞍山不在文中"),
    ],
    companies=[
        company("聚能重工集团", EVP, park=P, note=NC),
        company("辽宁东泓新材料科技有限公司", EVP, park=P, note=NC),
        company("上海宇铧鑫科技有限责任公司", EVP, park=P, note=NC),
    ],
    projects=[
        project("重卡汽车组装生产项目", EVP, park=P, companies=["聚能重工集团"], **ST,
                aliases=["聚能重工集团重卡汽车组装生产项目"]),
        project("镁质建筑材料项目", EVP, park=P, companies=["辽宁东泓新材料科技有限公司"], **ST,
                aliases=["辽宁东泓新材料科技有限公司镁质建筑材料项目"]),
        project("菱镁阻燃环保新材料精深加工项目", EVP, park=P, companies=["上海宇铧鑫科技有限责任公司"], **ST,
                aliases=["上海宇铧鑫科技有限责任公司菱镁阻燃环保新材料精深加工项目"]),
    ],
    facts=[
        fact(G, "park_group", "projects_signed", 10, "等10个重点项目的集中签约", as_of="3月"),
        fact(G, "park_group", "planned_investment_cny", 2250000000.0, "总投资达22.5亿元", as_of="3月"),
        fact(GH, "park_group", "projects_in_reserve", 153, "海城全市储备项目153个", as_of="上半年", optional=True,
             note="全市（非园区）招商项目；下同"),
        fact(GH, "park_group", "reserve_projects_investment_cny", 27018000000.0, "总投资额270.18亿元;在谈项目79个",
             as_of="上半年", optional=True),
        fact(GH, "park_group", "projects_in_negotiation", 79, "在谈项目79个", as_of="上半年", optional=True),
        fact(GH, "park_group", "negotiation_projects_investment_cny", 22620000000.0, "总投资额226.2亿元;签约项目74个",
             as_of="上半年", optional=True),
        fact(GH, "park_group", "projects_signed", 74, "签约项目74个", as_of="上半年", optional=True),
        fact(GH, "park_group", "signed_projects_investment_cny", 12896000000.0, "总投资额128.96亿元;落地项目40个",
             as_of="上半年", optional=True),
        fact(GH, "park_group", "projects_landed", 40, "落地项目40个", as_of="上半年", optional=True),
        fact(GH, "park_group", "landed_projects_investment_cny", 3977000000.0, "计划投资总额39.77亿元", as_of="上半年",
             optional=True),
        fact(GH, "park_group", "investment_visits_received", 334, "持续开展334次“请进来”", optional=True),
        fact(GH, "park_group", "investment_promotion_trips", 269, "269次“走出去”招商活动", optional=True),
    ])

# ---------------- z15 河源市2025年产业建设“大会战” 224个项目 (羊城晚报 2025)
YC = "源城区工业园"
G = "河源市2025年8月27日集中签约动工竣工投产项目"
AS = "2025年8月27日"
EVX = "其中,投资额最大的西可无人机项目(20亿元)已于6月进场安装设备,预计8月试产"
EVE = "吸引中兴通讯、景旺电子等头部企业持续加码"
write("z15", {
    "title": None,
    "title_note": "(no headline) 河源市2025年产业建设“大会战”224个项目在源城区工业园集中签约动工竣工投产，总投资403亿元",
    "outlet": "羊城晚报·羊城派（记者 钟梓骥），转载于 61893.com",
    "published": "2025-09-01", "published_precision": "day",
    "register": "provincial metropolitan daily's app item (reposted) on a city's batch of signings, starts and completions held in a district industrial park, with stage totals and the largest project",
    "source_url": "https://www.61893.com/s-1-1ec1b2eb94502c10",
    "note": "存档页无标题，文件从正文开始；图注“签约仪式(图源:羊城晚报•羊城派 )”、“更新时间:2025-09-01”和站点声明已删；署名行“文|记者 钟梓骥”照录；活动日 8月27日，published 取页面更新时间"},
    parks=[
        park(YC, "重大项目集中签约动工竣工投产活动在源城区工业园举行", city="河源", district="源城区", province="广东",
             kind="工业园", note="活动举办地；文中未说哪些项目落在该园"),
    ],
    companies=[
        company("中兴通讯", EVE, park=None, note="“持续加码”，文中未给所在园区"),
        company("景旺电子", EVE, park=None, note="“持续加码”，文中未给所在园区"),
        company("西可", EVX, park=None, optional=True, note="只出现在项目名中"),
    ],
    projects=[
        project("西可无人机项目", EVX, park=None, companies=["西可"], inv=2000000000.0, inv_text="西可无人机项目(20亿元)",
                status="在建", status_text="已于6月进场安装设备,预计8月试产", status_alt="投产",
                note="批次中投资最大的项目；所在园区未给"),
    ],
    facts=[
        fact(G, "park_group", "projects_count", 224, "累计224个项目集中签约动工竣工投产", as_of=AS),
        fact(G, "park_group", "planned_investment_cny", 40300000000.0, "总投资额达403亿元", as_of=AS),
        fact(G, "park_group", "projects_signed", 72, "新签约项目72个", as_of=AS),
        fact(G, "park_group", "signed_projects_investment_cny", 15800000000.0, "新签约项目72个,计划投资158亿元", as_of=AS),
        fact(G, "park_group", "projects_started", 79, "新动工项目79个", as_of=AS),
        fact(G, "park_group", "started_projects_investment_cny", 11300000000.0, "新动工项目79个,计划投资113亿元", as_of=AS),
        fact(G, "park_group", "projects_completed", 73, "竣工投产项目73个", as_of=AS, note="竣工投产"),
        fact(G, "park_group", "completed_projects_investment_cny", 13200000000.0, "竣工投产项目73个,总投资132亿元",
             as_of=AS),
        fact("河源市", "park_group", "above_scale_value_added_yoy_growth", 0.057, "河源实现规上工业增加值同比增长5.7%",
             as_of="2025年1-7月", optional=True, note="全市（非园区）"),
        fact("河源市", "park_group", "provincial_rank", 4, "排名全省第四位", as_of="2025年1-7月", optional=True,
             note="汉字“第四”"),
    ])
