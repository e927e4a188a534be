from lib import *

# ---------------- v08 日上集团 华安经开区九龙工业园 (上海证券报)
P = "华安经开区"
JL = "九龙工业园"
RS = "日上集团"
PJ = "重工设备钢构及其配套生产项目"
write("v08", {
    "title": "日上集团拟10亿元投资重工设备钢构项目",
    "outlet": "上海证券报（⊙记者 宋元东 ○编辑 邱江），中国证券网 paper.cnstock.com 电子报",
    "published": "2012-01-05", "published_precision": "day",
    "register": "business-press digest of a listed company's announcement of a framework agreement for a project in a county development zone's industrial park",
    "source_url": "https://paper.cnstock.com/html/2012-01/05/content_168019.htm",
    "note": "存档页标题分两行（“日上集团拟10亿元”/“投资重工设备钢构项目”，第二行重复一次），此处合为一行；日期/来源/作者行及重复的“⊙记者 宋元东 ○编辑 邱江”已删"},
    parks=[
        park(P, "投资地点位于华安经开区九龙工业园", city="漳州", district="华安县", province="福建", kind="经济开发区",
             note="城市（漳州）为补充，文中只写华安县"),
        park(JL, "投资地点位于华安经开区九龙工业园", city="漳州", district="华安县", province="福建", kind="工业园",
             parent=P, aliases=["华安经开区九龙工业园"]),
    ],
    companies=[company(RS, "日上集团今日公告,公司与华安县政府签署合作框架协议", park=JL,
                       note="上市公司，将在华安设立全新子公司实施项目；按 real3 r12 惯例，企业连到其项目所在园区")],
    institutions=[inst("华安县政府", "公司与华安县政府签署合作框架协议")],
    projects=[project(PJ, "拟分两期投资10亿元用于重工设备钢构及其配套生产项目", park=JL, companies=[RS],
                      inv=1000000000.0, inv_text="投资10亿元", status="签约", status_alt="planned",
                      status_text="签署合作框架协议，“拟分两期投资”", aliases=["重工设备钢构项目"],
                      note="投资地点位于华安经开区九龙工业园")],
    facts=[
        fact(PJ, "project", "first_phase_investment_cny", 600000000.0, "一期拟投资额为6亿元", kind="target"),
        fact(PJ, "project", "phases", 2, "该项目分两期建设", optional=True),
        fact(PJ, "project", "land_area_mu", 760, "项目总用地面积不低于760亩", unit="mu", qualifier_text="不低于",
             kind="target"),
        fact(PJ, "project", "first_phase_land_area_mu", 500, "其中一期用地不低于500亩", unit="mu",
             qualifier_text="不低于", kind="target", optional=True),
    ])

# ---------------- v09 淄博高新区 (2021年淄博市四季度重大项目集中开工)
P = "淄博高新区"
G = "2021年淄博市四季度集中开工重大项目"
write("v09", {
    "title": None,
    "title_note": "(no headline) 2021年淄博市四季度重大项目集中开工活动在淄博高新区育奇谷生物医药项目现场举行：235个项目总投资1035亿元",
    "outlet": "大众日报淄博融媒体中心·鲁中网 lznews.cn（记者 王钰程 见习记者 相紫月）",
    "published": "2021-11-16", "published_precision": "day",
    "register": "provincial party newspaper's municipal media centre item on a city-wide quarterly batch groundbreaking held in a high-tech zone",
    "source_url": "http://news.lznews.cn/luzhong/zibo/202111/t20211116_9431908.html",
    "note": "存档页无标题，文件从正文开始；时间行“2021-11-16 10:49:01”已删；数字前后的空格（“共 235 个”）照录"},
    parks=[park(P, "在淄博高新区育奇谷生物医药项目现场隆重举行", city="淄博", province="山东", kind="高新区")],
    companies=[company("育奇谷", "在淄博高新区育奇谷生物医药项目现场隆重举行", park=P, optional=True,
                       note="只出现在项目名中")],
    projects=[project("育奇谷生物医药项目", "在淄博高新区育奇谷生物医药项目现场隆重举行", park=P, companies=["育奇谷"],
                      status="开工", status_text="集中开工活动在其项目现场举行",
                      note="仪式现场项目，按 real6 u01 惯例读作本批开工项目")],
    facts=[
        fact(G, "park_group", "projects_started", 235, "参加此次集中开工活动的市、区重大项目共 235 个",
             as_of="2021年11月16日", note="全市批次，仪式在淄博高新区举行"),
        fact(G, "park_group", "planned_investment_cny", 103500000000.0, "总投资 1035 亿元", as_of="2021年11月16日"),
        fact(G, "park_group", "projects_count", 77, "其中,市重大项目 77 个", as_of="2021年11月16日", optional=True,
             note="其中市级重大项目"),
    ])

# ---------------- v10 通州湾示范区 (2020年第四期项目集中开工)
P = "通州湾示范区"
ST = "第四期项目集中开工"
EVJ = "本次集中开工的项目共5个,包括鸿科塑料制品项目、艾瑞顺项目、威曼汽车空悬系统项目等"
XDL = "新动力新型建材"
write("v10", {
    "title": None,
    "title_note": "(no headline) 通州湾示范区2020年第四期项目集中开工：12月开工项目19个，计划总投资59.92亿元",
    "outlet": "南通日报（本报讯，记者 吴霄云），南通网 zgnt.net",
    "published": "2020-12-31", "published_precision": "day",
    "register": "municipal party newspaper item on a coastal demonstration zone's monthly batch of project starts and its year-to-date signings",
    "source_url": "http://zgnt.net/content/2020-12/31/content_3033598.htm",
    "note": "存档页无标题，文件从正文开始；时间/来源行“2020-12-31 14:38:58 来源: 南通网”和版权页脚已删；“本报讯 (记者吴霄云)”的空格照录；活动日12月30日"},
    parks=[park(P, "通州湾示范区2020年第四期项目集中开工的热潮", city="南通", province="江苏", kind="示范区(江海联动开发示范区)",
                aliases=["示范区"], note="文中多用简称“示范区”")],
    companies=[
        company("鸿科", EVJ, park=P, optional=True, note="只出现在项目名中"),
        company("艾瑞顺", EVJ, park=P, optional=True, note="只出现在项目名中"),
        company("威曼", EVJ, park=P, optional=True, note="只出现在项目名中"),
        company("新动力", "其中,新动力新型建材是示范区重点项目", park=P, optional=True, note="只出现在项目名中"),
    ],
    institutions=[inst("通州湾示范区党工委", "通州湾示范区党工委书记陆卫东出席活动", park=P)],
    projects=[
        project("鸿科塑料制品项目", EVJ, park=P, companies=["鸿科"], status="开工", status_text=ST),
        project("艾瑞顺项目", EVJ, park=P, companies=["艾瑞顺"], status="开工", status_text=ST),
        project("威曼汽车空悬系统项目", EVJ, park=P, companies=["威曼"], status="开工", status_text=ST),
        project(XDL, "其中,新动力新型建材是示范区重点项目,总投资约20亿元,占地约280亩", park=P, companies=["新动力"],
                inv=2000000000.0, inv_text="总投资约20亿元", qualifier="约", status="开工",
                status_text="12月“自行开工”的14个项目之一"),
    ],
    facts=[
        fact("通州湾示范区2020年12月开工项目", "park_group", "projects_started", 19, "12月示范区共有开工项目19个",
             as_of="2020年12月"),
        fact("通州湾示范区2020年12月开工项目", "park_group", "planned_investment_cny", 5992000000.0,
             "计划总投资59.92亿元", as_of="2020年12月"),
        fact("通州湾示范区2020年第四期集中开工项目", "park_group", "projects_started", 5, "本次集中开工的项目共5个",
             as_of="2020年12月30日"),
        fact("通州湾示范区2020年12月自行开工项目", "park_group", "projects_started", 14, "另有14个项目自行开工",
             as_of="2020年12月", optional=True),
        fact(XDL, "project", "area_mu", 280, "占地约280亩", unit="mu", qualifier="约"),
        fact("通州湾示范区2020年新签约亿元以上并进入供地程序项目", "park_group", "projects_signed", 96,
             "示范区新签约亿元以上并进入供地程序项目96个", kind="cumulative", as_of="2020年至12月"),
        fact("通州湾示范区2020年新签约亿元以上并进入供地程序项目", "park_group", "planned_investment_cny", 72890000000.0,
             "进入供地程序项目96个、总投资728.9亿元", kind="cumulative", as_of="2020年至12月"),
        fact("通州湾示范区2020年新签约亿元以上并进入供地程序项目", "park_group", "projects_over_10bn", 1,
             "100亿元以上1个", kind="cumulative", as_of="2020年至12月", optional=True),
        fact("通州湾示范区2020年新签约亿元以上并进入供地程序项目", "park_group", "projects_over_10bn_investment_cny",
             10500000000.0, "总投资105亿元", kind="cumulative", as_of="2020年至12月", optional=True),
        fact("通州湾示范区2020年新签约亿元以上并进入供地程序项目", "park_group", "projects_over_2bn", 14,
             "20亿元以上14个", kind="cumulative", as_of="2020年至12月", optional=True),
        fact("通州湾示范区2020年新签约亿元以上并进入供地程序项目", "park_group", "projects_over_2bn_investment_cny",
             46540000000.0, "总投资465.4亿元", kind="cumulative", as_of="2020年至12月", optional=True),
        fact("通州湾示范区2020年新开工亿元以上项目", "park_group", "projects_started", 50, "新开工亿元以上项目50个",
             kind="cumulative", as_of="2020年至12月"),
        fact("通州湾示范区2020年新开工亿元以上项目", "park_group", "planned_investment_cny", 22320000000.0,
             "总投资223.2亿元", kind="cumulative", as_of="2020年至12月"),
    ])

# ---------------- v11 营口辽河经济开发区 (晋升省级开发区)
P = "营口辽河经济开发区"
write("v11", {
    "title": "辽河经济开发区晋升省级开发区",
    "outlet": "营口辽河经济开发区管委会网站 lhkfq.yingkou.gov.cn 开发区快讯（来源、作者未填）",
    "published": "2021-08-13", "published_precision": "day",
    "register": "park management committee website news on its upgrade to a provincial-level development zone, with park profile figures",
    "source_url": "http://lhkfq.yingkou.gov.cn/001/20210813/6602f8ba-7bf3-45d2-9296-d0392f83061c.html",
    "note": "当前位置/来源/作者/发布时间/字号/分享行、附件/视频和“扫一扫在手机打开当前页”已删；第三段“按照韩主任讲话精神,我们将…”照录"},
    parks=[park(P, "营口辽河经济开发区位于营口主城区东南部,成立于2008年4月", city="营口", province="辽宁",
                kind="经济开发区(省级)", aliases=["辽河经济开发区", "辽河开发区", "营口中小企业创业园区"],
                note="前身为营口中小企业创业园区（旧名作别名）")],
    institutions=[inst("营口辽河经济开发区管委会", "开发区管委会不断优化营商环境", park=P, aliases=["开发区管委会"])],
    facts=[
        fact("2021年辽宁省升级为省级开发区的开发区", "park_group", "parks_count", 6,
             "辽河经济开发区是今年升级为省级开发区的六家开发区之一", as_of="2021年", optional=True,
             note="汉字数字“六家”"),
        fact(P, "park", "area_km2", 30, "园区总规划面积30平方公里", unit="km2", note="规划面积"),
        fact(P, "park", "enterprises", 289, "现已入驻企业289户", kind="cumulative", as_of="2021年8月"),
        fact(P, "park", "enterprises_above_scale", 17, "直属规模以上工业企业17户", kind="cumulative", as_of="2021年8月"),
        fact(P, "park", "leading_industries", 3, "现代物流业等三大主导产业", as_of="2021年", optional=True),
    ])

# ---------------- v12 新疆塔城重点开发开放试验区
P = "新疆塔城重点开发开放试验区"
XQ = "试验区先行发展区"
BJ = "塔城市边境经济合作区"
EVC = "招引金风科技、上海恒希特等一批疆内外大型企业相继落户"
EVB = "目前主要建设国际公路港、新能源创新产业园等项目"
NOTE_X = "在以巴克图口岸、塔城市边境经济合作区为主要载体的试验区先行发展区内建设；park 取试验区（先行发展区是其一部分）"
write("v12", {
    "title": "新疆塔城重点开发开放试验区建设进入“加速期”",
    "outlet": "新华社（记者 李志浩），新华网新疆频道 xj.xinhuanet.com（责任编辑 周倩）",
    "published": "2022-06-18", "published_precision": "day",
    "register": "national news agency item on a border development-and-opening pilot zone's year-to-date signings, its border economic cooperation zone and port figures",
    "source_url": "http://www.xj.xinhuanet.com/2022-06/19/c_1128755211.htm",
    "note": "电头“新华社乌鲁木齐6月18日电”，页面日期 2022-06-19；作者/来源/日期行、[责任编辑:周倩]和页尾数字串已删"},
    parks=[
        park(P, "新疆塔城重点开发开放试验区(以下简称试验区)", city="塔城地区", province="新疆", kind="重点开发开放试验区",
             aliases=["塔城重点开发开放试验区", "试验区"], note="文中简称“试验区”"),
        park(XQ, "特别在以巴克图口岸、塔城市边境经济合作区为主要载体的试验区先行发展区", city="塔城地区", province="新疆",
             kind="园区片区", parent=P, optional=True),
        park(BJ, "特别在以巴克图口岸、塔城市边境经济合作区为主要载体的试验区先行发展区", city="塔城地区",
             district="塔城市", province="新疆", kind="边境经济合作区", parent=P,
             note="试验区先行发展区的主要载体之一"),
        park("新能源创新产业园", EVB, city="塔城地区", province="新疆", kind="产业园(项目)", parent=P, optional=True,
             note="以在建项目出现"),
        park("巴克图进出口综合加工产业园", "加快推进巴克图进出口综合加工产业园、边民互市贸易等项目建设", city="塔城地区",
             province="新疆", kind="产业园(项目)", parent=P, optional=True, note="以在建项目出现"),
    ],
    companies=[
        company("金风科技", EVC, park=P),
        company("上海恒希特", EVC, park=P),
    ],
    institutions=[inst("新疆维吾尔自治区发展改革委", "记者从新疆维吾尔自治区发展改革委最新了解到")],
    projects=[
        project("国际公路港", EVB, park=P, status="在建", status_text="目前主要建设", note=NOTE_X),
        project("新能源创新产业园", EVB, park=P, status="在建", status_text="目前主要建设", note=NOTE_X),
        project("巴克图进出口综合加工产业园", "加快推进巴克图进出口综合加工产业园、边民互市贸易等项目建设", park=P,
                status="在建", status_text="加快推进项目建设"),
    ],
    facts=[
        fact(P, "park", "projects_signed", 99, "共签约项目99个、金额847.03亿元", as_of="2022年初至6月"),
        fact(P, "park", "signed_contract_value_cny", 84703000000.0, "共签约项目99个、金额847.03亿元",
             as_of="2022年初至6月"),
        fact(P, "park", "projects_started", 51, "开工建设项目51个", as_of="2022年初至6月"),
        fact(P, "park", "funds_in_place_cny", 1524000000.0, "到位资金15.24亿元", as_of="2022年初至6月"),
        fact(XQ, "park", "new_enterprises", 40, "今年累计入驻企业40家", kind="cumulative", as_of="2022年初至6月"),
        fact(XQ, "park", "signed_contract_value_cny", 6050000000.0, "签约金额60.5亿元", kind="cumulative",
             as_of="2022年初至6月"),
        fact(XQ, "park", "funds_in_place_cny", 1107000000.0, "完成招商引资到位资金11.07亿元", kind="cumulative",
             as_of="2022年初至6月"),
        fact("巴克图口岸", "other", "border_crossing_vehicles", 9430, "1月-5月出入境车辆9430辆次", unit="vehicle_trips",
             as_of="2022年1-5月", optional=True),
        fact("巴克图口岸", "other", "trade_volume_tonnes", 104400, "进出口货物10.44万吨", unit="tonnes",
             as_of="2022年1-5月", optional=True),
        fact("巴克图口岸", "other", "trade_value_usd", 627000000.0, "货值约6.27亿美元", unit="usd", qualifier="约",
             as_of="2022年1-5月", optional=True),
        fact("巴克图口岸", "other", "border_crossing_vehicles_yoy_growth", 0.186, "分别同比增长18.6%、55.82%、27.82%",
             kind="ratio", as_of="2022年1-5月", optional=True),
        fact("巴克图口岸", "other", "trade_volume_yoy_growth", 0.5582, "分别同比增长18.6%、55.82%、27.82%",
             kind="ratio", as_of="2022年1-5月", optional=True),
        fact("巴克图口岸", "other", "trade_value_yoy_growth", 0.2782, "分别同比增长18.6%、55.82%、27.82%",
             kind="ratio", as_of="2022年1-5月", optional=True),
    ])

# ---------------- v13 力合长江基金 (长江产业集团；东湖高新区管委会参与发起长江力合公司)
F = "力合长江基金"
DH = "东湖高新区"
write("v13", {
    "title": "20亿元科创供应链产业发展基金正式设立",
    "outlet": "长江产业投资集团网站 cjtouzi.com 集团要闻（来源：长江产投）",
    "published": "2025-11-06", "published_precision": "day",
    "register": "provincial state-owned investment group's website news on a newly registered science-and-technology supply-chain fund",
    "source_url": "https://cjtouzi.com/xwzx/jtyw/202511/t20251106_29827.shtml",
    "note": "“来源:长江产投 | 时间:2025-11-06”行已删；注册登记日11月4日"},
    parks=[park(DH, "长江产业集团联合东湖高新区管委会、中国电动汽车百人会等相关机构发起设立长江力合公司", city="武汉",
                province="湖北", kind="高新区", optional=True,
                note="只以“东湖高新区管委会”（长江力合公司的发起方之一）出现；基金本身未归属园区")],
    companies=[
        company("长江产业集团", "长江产业集团旗下长江创投基金联合力合科创", note="基金发起方（省属国企），文中未置于园区"),
        company("力合科创", "长江创投基金联合力合科创、省引导基金、光谷金控共同设立", note="基金出资方"),
        company("光谷金控", "长江创投基金联合力合科创、省引导基金、光谷金控共同设立", note="基金出资方；文中未置于园区"),
        company("长江力合公司", "发起设立长江力合公司,共同打造在岸创新中心", aliases=["长江力合"]),
        company("长江创投", "发挥长江创投、长江产投2只母基金基石投资功能", optional=True,
                note="文中作母基金（见 funds）；也可读作长江产业集团旗下的投资公司"),
        company("长江产投", "发挥长江创投、长江产投2只母基金基石投资功能", optional=True,
                note="文中作母基金（见 funds）；也可读作长江产业集团旗下的投资公司"),
    ],
    institutions=[
        inst("东湖高新区管委会", "长江产业集团联合东湖高新区管委会、中国电动汽车百人会等相关机构", park=DH),
        inst("中国电动汽车百人会", "东湖高新区管委会、中国电动汽车百人会等相关机构", kind="other"),
        inst("母基金管理中心", "下一步,母基金管理中心将通过构建", kind="other", note="长江产业集团的母基金管理中心"),
    ],
    funds=[
        fund(F, "设立总规模20亿元、认缴规模5亿元的力合长江基金", size=2000000000.0, size_type="总规模",
             aliases=["湖北省力合长江科技创新供应链投资基金合伙企业(有限合伙)", "湖北省力合长江科技创新供应链投资基金合伙企业",
                      "科创供应链产业发展基金"],
             note="认缴规模5亿元（认缴，非实缴）；省级基金，文中未归属园区（park null）"),
        fund("长江创投基金", "长江产业集团旗下长江创投基金联合力合科创", aliases=["长江创投"], optional=True,
             note="出资方；后文称“长江创投、长江产投2只母基金”"),
        fund("长江产投", "发挥长江创投、长江产投2只母基金基石投资功能", optional=True, note="母基金之一，无规模"),
        fund("省引导基金", "长江创投基金联合力合科创、省引导基金、光谷金控共同设立", optional=True,
             note="湖北省政府投资引导基金（文中简称），出资方"),
    ],
    facts=[
        fact(F, "fund", "fund_size_cny", 2000000000.0, "设立总规模20亿元、认缴规模5亿元的力合长江基金",
             as_of="2025年11月"),
        fact(F, "fund", "fund_commitment_cny", 500000000.0, "认缴规模5亿元的力合长江基金", as_of="2025年11月",
             note="认缴规模"),
        fact("长江产业集团母基金", "other", "fund_count", 2, "长江产投2只母基金", optional=True,
             note="长江创投、长江产投两只母基金（非园区）"),
    ])

# ---------------- v14 满洲里综合保税区 (封关运营)
P = "满洲里综合保税区"
write("v14", {
    "title": None,
    "title_note": "(no headline) 内蒙古首家综合保税区——满洲里综合保税区正式封关运营，协议引进项目17项",
    "outlet": "中新社（记者 李爱平），转载于 huawenzs.com",
    "published": "2016-12-20", "published_precision": "day",
    "register": "national news agency brief (reposted) on a comprehensive bonded zone's opening, with its area and contracted projects",
    "source_url": "http://huawenzs.com/hl/1612/86633.html",
    "note": "存档页无标题，文件从正文开始；电头“中新社满洲里12月20日电”，年份据页面路径 1612；文末“(完)”照录，转载声明已删"},
    parks=[
        park(P, "当日内蒙古首家综合保税区——满洲里综合保税区正式封关运营", city="满洲里", province="内蒙古",
             kind="综合保税区"),
        park("德国帕希姆国际机场(保税区)", "满洲里综合保税区与德国帕希姆国际机场(保税区)建立了互联互通联系",
             province=None, kind="保税区(境外)", optional=True, note="德国的机场保税区，合作方"),
    ],
    institutions=[inst("满洲里市政府", "内蒙古自治区满洲里市政府20日消息称", aliases=["满洲里市人民政府"])],
    facts=[
        fact(P, "park", "area_km2", 1.44, "规划区域面积1.44平方公里", unit="km2", note="规划面积"),
        fact(P, "park", "projects_signed", 17, "目前该综合保税区协议引进项目17项", kind="cumulative", as_of="2016年12月"),
        fact(P, "park", "planned_investment_usd", 410000000.0, "总投资约4.1亿美元", unit="usd", qualifier="约",
             kind="cumulative", as_of="2016年12月"),
        fact(P, "park", "national_bonded_zone_sequence", 46, "满洲里综合保税区是中国第46个综合保税区", unit="rank",
             optional=True, note="全国第46个综保区（序号）"),
    ])
