"""Ground truth for real13 z01-z06 (written from the texts only; see SOURCES.md)."""
from lib import *

SRC = "`search` corpus pages"

# ---------------- z01 周口 10个项目在中原经济区投资说明会签约 (周口日报 2011)
G = "周口市在2011年中原经济区投资说明会签约项目"
A = "2011年8月26日"
EVB = "内资最大的是由太康县政府与吴江鸿文纺织有限公司签订的总投资5.5亿元、年产7500万米胚布生产线项目"
write("z01", {
    "title": None, "title_note": "存档页无标题，正文起于“本报郑州电”；内容：周口市10个项目在2011年中原经济区投资说明会上签约，将全部入驻全市产业集聚区",
    "outlet": "周口日报（本报郑州电，记者 李凤霞），zhld.com 数字报", "published": "2011-08-27", "published_precision": "day",
    "register": "municipal party paper item on a city's signing batch at a provincial investment fair, the projects to enter the city's 产业集聚区",
    "source_url": "http://www.zhld.com/zkrb/html/2011-08/27/content_182130.htm",
    "note": "日期取自网址路径（2011-08/27）；活动“8月26日上午”。页面无其他版面元素"},
    parks=[],
    companies=[
        company("吴江鸿文纺织有限公司", EVB, park=None,
                note="签约方；文中只说10个项目“将全部入驻我市的产业集聚区”，未点名园区，故无园区"),
    ],
    institutions=[
        inst("太康县政府", EVB), inst("西华卫生局", "外资最大的是由西华卫生局与台湾省客商签订的年产200万双旅游鞋生产项目"),
        inst("省发改委", "省发改委主任张维宁向客商做投资说明"), inst("省商务厅", "省商务厅厅长李清树介绍签约项目情况"),
    ],
    projects=[
        project("年产7500万米胚布生产线项目", EVB, park=None, companies=["吴江鸿文纺织有限公司"], inv=550000000.0,
                inv_text="总投资5.5亿元", status="签约", status_text="签订", note="“我市的产业集聚区”未具名，园区为空"),
        project("年产200万双旅游鞋生产项目", "外资最大的是由西华卫生局与台湾省客商签订的年产200万双旅游鞋生产项目",
                park=None, status="签约", status_text="签订", note="投资额未给出（仅知为外资项目、投资超过亿元）"),
    ],
    facts=[
        fact(G, "park_group", "projects_signed", 10, "我市有10个项目在会上签约", as_of=A),
        fact(G, "park_group", "domestic_projects_signed", 7, "内资项目7个", as_of=A),
        fact(G, "park_group", "contract_value_cny", 2310000000.0, "合同资金达23.1亿元", as_of=A, note="内资7个项目的合同资金"),
        fact(G, "park_group", "foreign_projects_signed", 3, "外资项目3个", as_of=A),
        fact(G, "park_group", "contract_value_usd", 75000000.0, "合同资金7500万美元", as_of=A, note="外资3个项目"),
        fact("河南省2011年承接产业转移洽谈会签约项目", "park_group", "projects_signed", 300, "全省共有300多个重大合作项目签约",
             qualifier_text="多", as_of=A, optional=True, note="全省数字，非园区"),
        fact("河南省2011年承接产业转移洽谈会签约项目", "park_group", "planned_investment_cny", 301800000000.0,
             "总投资达到3018亿元", as_of=A, optional=True, note="全省数字，非园区"),
        fact("河南省2011年承接产业转移洽谈会签约项目", "park_group", "projects_over_1e9", 100,
             "总投资在10亿元以上的项目超过100个", qualifier="超", as_of=A, optional=True, note="规模段计数，全省"),
    ])

# ---------------- z02 海峡新产业发展基金 (浙江日报 2011)
write("z02", {
    "title": None, "title_note": "存档页无标题，正文起于“浙江日报舟山9月17日电”；内容：首个海峡两岸民营企业共同出资的私募基金在舟山成立，将参与舟山群岛新区、苍南浙台经贸区建设",
    "outlet": "浙江日报（浙江在线 zjnews.zjol.com.cn 转载）", "published": "2011-09-18", "published_precision": "day",
    "register": "provincial party paper short item on a private fund set up to invest in a new area and a trade zone",
    "source_url": "http://zjnews.zjol.com.cn/05zjnews/system/2011/09/18/017851738.shtml",
    "note": "日期取自网址路径；电头9月17日，基金“16日”成立。摘录即全文（两段），无需删除"},
    parks=[
        park("浙江舟山群岛新区", "基金将参与浙江舟山群岛新区、苍南浙台经贸区建设", city="舟山", province="浙江", kind="国家级新区",
             aliases=[]),
        park("苍南浙台经贸区", "基金将参与浙江舟山群岛新区、苍南浙台经贸区建设", city="温州", district="苍南县", province="浙江",
             kind="经贸合作区", note="城市（温州）不在文中"),
    ],
    funds=[
        fund("海峡新产业发展基金", "首个海峡两岸民营企业共同出资的私募基金——海峡新产业发展基金16日在舟山创建成立", park=None,
             note="规模未给出；基金“将参与”两个区的建设，未落在其中某一园区，故园区为空"),
    ])

# ---------------- z03 青海藏青工业园 (青海日报 via 中新网 2013)
P = "藏青工业园"
A = "截至2013年7月底"
write("z03", {
    "title": "青海藏青工业园完成30平方公里地形测绘",
    "outlet": "青海日报（署名 西社 李莎莎），中国新闻网 chinanews.com.cn 转载（编辑 白琥）", "published": "2013-10-10", "published_precision": "day",
    "register": "provincial party paper item (reposted by a national news site) on a cross-provincial park in preparation: surveying, planning, infrastructure and intended investors",
    "source_url": "https://www.chinanews.com.cn/sh/2013/10-10/5357850.shtml",
    "note": "中新网导航栏、日期来源行“2013年10月10日 08:59 来源:青海日报 参与互动(0)”、“【编辑:白琥】”、“>社会新闻精选:”及版权页脚已删；正文首行缩进已去"},
    parks=[
        park(P, "近日,藏青工业园已完成了30平方公里的地形测绘", city="格尔木", province="青海", kind="工业园区",
             aliases=["青海藏青工业园", "藏青工业园区"], note="西藏、青海两省区共建；“在格尔木建设藏青工业园区”"),
        park("昆仑开发区", "在昆仑开发区冥王星路供水点修建一座二级加压泵站", city="格尔木", province="青海", kind="开发区",
             note="只作为园区外部供水设施的地点出现；所在城市据上下文（格尔木）"),
    ],
    institutions=[
        inst("国土资源部", "两省区已向国土资源部提交用地计划申请"),
        inst("省交通厅", "省交通厅已批准在京藏高速茶格段预留园区3个下穿通道"),
    ],
    facts=[
        fact(P, "park", "surveyed_area_km2", 30, "藏青工业园已完成了30平方公里的地形测绘", as_of="2013年10月"),
        fact(P, "park", "first_phase_area_km2", 10, "园区首期10平方公里管网道路设计基本完成", as_of="2013年10月"),
        fact(P, "park", "intended_investors", 11, "园区已浅谈意向投资企业11家", as_of=A),
        fact(P, "park", "intended_investment_cny", 33000000000.0, "投资金额达330亿元", as_of=A, note="意向投资企业的投资金额"),
        fact(P, "park", "feasibility_studies_done", 8, "目前已有8家企业完成了项目可行性分析报告", as_of="2013年10月"),
        fact(P, "park", "underpasses_reserved", 3, "预留园区3个下穿通道", optional=True),
        fact(P, "park", "rail_link_km", 9, "预计铺设至园区外约9公里", unit="km", qualifier="约", optional=True),
    ])

# ---------------- z04 厦门海沧保税港区 (海峡导报 via 台海网 2014)
P = "厦门海沧保税港区"
write("z04", {
    "title": None, "title_note": "摘录无标题，正文起于“台海网(微博)12月31日讯”；内容：海沧保税港区封关运作四周年，全年进出口集装箱首次突破300万标箱",
    "outlet": "海峡导报（记者 香卉辉，通讯员 张洪），台海网 taihainet.com", "published": "2014-12-31", "published_precision": "day",
    "register": "city paper item on a bonded port area's container throughput for the year",
    "source_url": "http://taihainet.com/news/xmnews/gqbd/2014-12-31/1352444.html",
    "note": "日期取自网址路径与电头；“达到 311.03万标箱”中的空格照录"},
    parks=[
        park(P, "厦门海沧保税港区正式封关运作四周年之际", city="厦门", district="海沧区", province="福建", kind="保税港区",
             aliases=["海沧保税港区"], note="省份不在文中"),
    ],
    institutions=[inst("厦门海关", "导报记者日前从厦门海关获悉")],
    facts=[
        fact(P, "park", "containers_teu", 3110300, "达到 311.03万标箱", unit="teu", as_of="2014年（截至12月31日前）",
             note="今年进出口集装箱数"),
        fact(P, "park", "containers_teu", 3000000, "首次突破300万标箱大关", unit="teu", qualifier="超", qualifier_text="突破",
             as_of="2014年", optional=True, note="门槛值，实际数为311.03万"),
        fact(P, "park", "containers_growth", 0.156, "同比增长15.6%", as_of="2014年", kind="ratio", optional=True),
        fact(P, "park", "containers_teu", 2976000, "已超去年297.6万标箱的全年总箱数", unit="teu", as_of="2013年"),
        fact(P, "park", "import_containers_teu", 1594000, "共进口集装箱159.4万标准箱", unit="teu", as_of="截至2014年12月10日"),
        fact(P, "park", "import_containers_growth", 0.2025, "同比增长20.25%", as_of="截至2014年12月10日", kind="ratio", optional=True),
        fact(P, "park", "export_containers_teu", 1516300, "出口集装箱151.63万标准箱", unit="teu", as_of="截至2014年12月10日"),
        fact(P, "park", "export_containers_growth", 0.1112, "同比增长11.12%", as_of="截至2014年12月10日", kind="ratio", optional=True),
        fact(P, "park", "new_shipping_routes", 10, "新增美东、地中海等10条航线", as_of="2014年", optional=True,
             note="厦门港区的航线，非园区统计"),
    ])

# ---------------- z05 武威、黄羊工业园区 上半年项目 (2015)
WW, HY = "武威工业园区", "黄羊工业园区"
G = "凉州区武威、黄羊两个工业园区"
A = "2015年上半年"
EVW = ("甘肃达利食品有限公司饮料生产线、万吨小食品生产线建设已建成投产,甘肃赫原生物制品有限公司年产5000吨木糖生产线、"
       "天祥肉类加工有限公司肉类屠宰及深加工项目、甘肃中大铝型材有限公司年产1万吨铝合金型材生产线、酒泉赛诺农业有限公司"
       "年产4万吨番茄酱加工生产线、武威宏伟物流中心建设项目等正在加紧建设")
EVP = "甘肃达利食品有限公司饮料生产线、万吨小食品生产线建设已建成投产"
EVC = ("甘肃赫原生物制品有限公司年产5000吨木糖生产线、天祥肉类加工有限公司肉类屠宰及深加工项目、甘肃中大铝型材有限公司年产1万吨"
       "铝合金型材生产线、酒泉赛诺农业有限公司年产4万吨番茄酱加工生产线、武威宏伟物流中心建设项目等正在加紧建设")
BUILD = dict(park=WW, status="在建", status_text="正在加紧建设")
EVX = "武威雪域酒厂2000吨白酒及500吨保健酒生产线建设并已完成投资1700万元"
EVY = "远洋实业有限公司年产2000吨菊芋粉加工生产线建设已完成投资300万元"
write("z05", {
    "title": "共开工建设各类项目182项 总投资44.27亿元",
    "outlet": "原刊媒体未注明，转载于中国招商网 m.zhongguozhaoshang.com", "published": "2015-08-05", "published_precision": "day",
    "register": "reposted local item on a district's two industrial parks in the first half-year: projects started, investment, named firms' lines in production and under construction",
    "source_url": "http://m.zhongguozhaoshang.com/news/1501.html",
    "note": "页面日期行“2015-08-05”已删（作发布日期）；城市武威、省份甘肃据园区名与企业名（“甘肃达利食品有限公司”等）"},
    parks=[
        park(WW, "其中:武威工业园区开工建设项目117项", city="武威", district="凉州区", province="甘肃", kind="工业园区"),
        park(HY, "黄羊工业园区开工建设项目65项", city="武威", district="凉州区", province="甘肃", kind="工业园区"),
    ],
    companies=[
        company("甘肃达利食品有限公司", EVP, park=WW),
        company("甘肃赫原生物制品有限公司", "甘肃赫原生物制品有限公司年产5000吨木糖生产线", park=WW),
        company("天祥肉类加工有限公司", "天祥肉类加工有限公司肉类屠宰及深加工项目", park=WW),
        company("甘肃中大铝型材有限公司", "甘肃中大铝型材有限公司年产1万吨铝合金型材生产线", park=WW),
        company("酒泉赛诺农业有限公司", "酒泉赛诺农业有限公司年产4万吨番茄酱加工生产线", park=WW),
        company("武威雪域酒厂", EVX, park=HY),
        company("远洋实业有限公司", EVY, park=HY),
    ],
    projects=[
        project("甘肃达利食品有限公司饮料生产线", EVP, park=WW, companies=["甘肃达利食品有限公司"], status="投产",
                status_text="已建成投产", note="文中名称即“饮料生产线”，前冠企业名"),
        project("万吨小食品生产线", EVP, park=WW, companies=["甘肃达利食品有限公司"], status="投产", status_text="已建成投产", note="属甘肃达利食品有限公司"),
        project("年产5000吨木糖生产线", EVC, companies=["甘肃赫原生物制品有限公司"], **BUILD,
                aliases=["甘肃赫原生物制品有限公司年产5000吨木糖生产线"]),
        project("肉类屠宰及深加工项目", EVC, companies=["天祥肉类加工有限公司"], **BUILD,
                aliases=["天祥肉类加工有限公司肉类屠宰及深加工项目"]),
        project("年产1万吨铝合金型材生产线", EVC, companies=["甘肃中大铝型材有限公司"], **BUILD,
                aliases=["甘肃中大铝型材有限公司年产1万吨铝合金型材生产线"]),
        project("年产4万吨番茄酱加工生产线", EVC, companies=["酒泉赛诺农业有限公司"], **BUILD,
                aliases=["酒泉赛诺农业有限公司年产4万吨番茄酱加工生产线"]),
        project("武威宏伟物流中心建设项目", EVC, **BUILD),
        project("2000吨白酒及500吨保健酒生产线", EVX, park=HY, companies=["武威雪域酒厂"], status="在建",
                status_text="建设并已完成投资1700万元", aliases=["武威雪域酒厂2000吨白酒及500吨保健酒生产线"],
                note="1700万元是已完成投资，不是总投资，故 investment_cny 为空"),
        project("年产2000吨菊芋粉加工生产线", EVY, park=HY, companies=["远洋实业有限公司"], status="在建",
                status_text="建设已完成投资300万元", aliases=["远洋实业有限公司年产2000吨菊芋粉加工生产线"],
                note="300万元是已完成投资"),
        project("冰糖生产线二期工程", "冰糖生产线二期工程目前正在建设", park=HY, phase="二期", status="在建",
                status_text="目前正在建设", note="企业未点名"),
    ],
    facts=[
        fact(G, "park_group", "projects_started", 182, "上半年武威、黄羊两个工业园区共开工建设各类项目182项", as_of=A),
        fact(G, "park_group", "planned_investment_cny", 4427000000.0, "总投资44.27亿元,累计完成投资20.81亿元", as_of=A),
        fact(G, "park_group", "completed_investment_cny", 2081000000.0, "累计完成投资20.81亿元", as_of=A, kind="cumulative"),
        fact(WW, "park", "projects_started", 117, "武威工业园区开工建设项目117项", as_of=A),
        fact(WW, "park", "planned_investment_cny", 3284000000.0, "总投资32.84亿元,累计完成投资12.46亿元", as_of=A),
        fact(WW, "park", "completed_investment_cny", 1246000000.0, "累计完成投资12.46亿元", as_of=A, kind="cumulative"),
        fact(HY, "park", "projects_started", 65, "黄羊工业园区开工建设项目65项", as_of=A),
        fact(HY, "park", "planned_investment_cny", 1143000000.0, "总投资11.43亿元,累计完成投资8.35亿元", as_of=A),
        fact(HY, "park", "completed_investment_cny", 835000000.0, "累计完成投资8.35亿元", as_of=A, kind="cumulative"),
        fact("2000吨白酒及500吨保健酒生产线", "project", "completed_investment_cny", 17000000.0, "已完成投资1700万元",
             as_of=A, kind="cumulative"),
        fact("年产2000吨菊芋粉加工生产线", "project", "completed_investment_cny", 3000000.0, "已完成投资300万元",
             as_of=A, kind="cumulative"),
    ])

# ---------------- z06 阜合现代产业园 (2018)
P = "阜阳合肥现代产业园区"
write("z06", {
    "title": "阜合现代产业园:变“输血”为“造血” 打造皖北“小合肥”",
    "outlet": "原刊媒体与作者未注明，ttnews.xyz 转载", "published": "2018", "published_precision": "year",
    "register": "reposted short feature on a two-city cooperation park: area, cumulative revenue and output, the year's investment and signings",
    "source_url": "https://ttnews.xyz/a/5b07974dfaf443035fcc903a?lang=zh-hans",
    "note": "页面未给日期；文中“近7年里”（2011年起）与“2017年”全年数，推为2018年（页面 id 5b07… 亦为2018年5月的对象编号，属推断）。文末“分享到:”和“相關文章:”已删；正文第二段开头重复的标题（原为图片说明与正文相接）照录"},
    parks=[
        park(P, "批准建立阜阳合肥现代产业园区", city="阜阳", district="颍州区", province="安徽",
             kind="合作共建园区", aliases=["阜阳合肥现代产业园", "阜合现代产业园"], note="省份据“皖北”“省委省政府”推断"),
    ],
    facts=[
        fact(P, "park", "area_km2", 25.1, "在阜阳市颍州区南部有一方约25.1平方公里土地", qualifier="约"),
        fact(P, "park", "operating_revenue", 11400000000.0, "该园区累计经营收入114亿", unit="cny", as_of="2011—2018年（近7年）",
             kind="cumulative", note="原文“114亿”无“元”，check_gold 读不出，故用无 _cny 后缀的指标名、unit cny"),
        fact(P, "park", "output_value_cny", 7500000000.0, "工业总产值75亿元", as_of="2011—2018年（近7年）", kind="cumulative",
             note="与“累计经营收入”并列，读作近7年累计"),
        fact(P, "park", "investment_attracted_cny", 20000000000.0, "园区全年实现招商引资总计200亿元", as_of="2017年"),
        fact(P, "park", "projects_signed", 41, "签约项目约41个", qualifier="约", as_of="2017年"),
    ])
