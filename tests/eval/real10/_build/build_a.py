from lib import *

# ---------------- y01 陕西新增3个省级经济技术开发区 (三秦都市报 2021)
HY, CC, JT = "合阳经开区", "澄城经开区", "姜谭经开区"
G = "陕西省省级经开区"
GN = "陕西省2021年2月新增省级经开区"
write("y01", {
    "title": "陕西省新增3个省级经济技术开发区",
    "outlet": "三秦都市报（记者 石喻涵），存于 yybnet.net（渭南·澄城频道）",
    "published": "2021-02-20", "published_precision": "day",
    "register": "provincial metropolitan daily item on three industrial parks newly recognised as provincial-level economic and technological development zones: area, leading industries and firm counts of each",
    "source_url": "https://m.yybnet.net/weinan/chengcheng/202102/11247647.html",
    "note": "“三秦都市报 2021-02-20 01:00 大字”行和文末“新闻推荐”“相关推荐”列表（含澄城中药材一条和频道口号）已删；消息日 2月19日"},
    parks=[
        park(HY, "合阳经开区符合现行土地利用规划和城乡规划的面积为1.1788平方公里", city="渭南", district="合阳县",
             province="陕西", kind="省级经济技术开发区"),
        park(CC, "澄城经开区符合现行土地利用规划和城乡规划的面积为10.17平方公里", city="渭南", district="澄城县",
             province="陕西", kind="省级经济技术开发区"),
        park(JT, "姜谭经开区符合现行土地利用规划和城乡规划的面积为4.42平方公里", city="宝鸡", province="陕西",
             kind="省级经济技术开发区", aliases=["姜谭工业园区"],
             note="原为宝鸡姜谭工业园区（“宝鸡姜谭工业园区被认定为省级经济技术开发区”）"),
    ],
    institutions=[
        inst("陕西省商务厅", "陕西省商务厅传来消息"),
    ],
    facts=[
        fact(GN, "park_group", "parks_count", 3, "陕西省新增3个省级经济技术开发区", as_of="2021年2月",
             note="标题；正文列出合阳、澄城、姜谭"),
        fact(G, "park_group", "parks_count", 20, "截至目前,陕西省已有20家省级经开区", as_of="2021年2月"),
        fact(HY, "park", "area_km2", 1.1788, "面积为1.1788平方公里", as_of="2021年2月",
             note="符合现行土地利用规划和城乡规划的面积"),
        fact(HY, "park", "enterprises", 39, "现有企业39户,其中规上企业14户", as_of="2021年2月"),
        fact(HY, "park", "enterprises_above_scale", 14, "其中规上企业14户", as_of="2021年2月"),
        fact(CC, "park", "area_km2", 10.17, "面积为10.17平方公里", as_of="2021年2月"),
        fact(CC, "park", "enterprises", 103, "现有企业103户", as_of="2021年2月"),
        fact(CC, "park", "employees", 18000, "从业人员1.8万人", as_of="2021年2月"),
        fact(CC, "park", "enterprises_above_scale", 16, "其中规上企业16户、外贸企业5户", as_of="2021年2月"),
        fact(CC, "park", "foreign_trade_enterprises", 5, "外贸企业5户", as_of="2021年2月"),
        fact(JT, "park", "area_km2", 4.42, "面积为4.42平方公里", as_of="2021年2月"),
        fact(JT, "park", "enterprises", 107, "现有企业107户", as_of="2021年2月"),
        fact(JT, "park", "enterprises_above_scale", 16, "现有企业107户,其中规上企业16户", as_of="2021年2月"),
    ])

# ---------------- y02 宝鸡 蟠龙新区装备制造产业园项目 (宝鸡电视台 / 宝鸡新闻网 2023)
PL = "蟠龙新区"
P = "蟠龙新区装备制造产业园"
PJ = "蟠龙新区装备制造产业园项目"
write("y02", {
    "title": "【2022年重点项目建设巡礼】市委十三届三次全体(扩大)会议与会人员观摩蟠龙新区装备制造业园项目",
    "outlet": "宝鸡电视台（文末署“(宝鸡电视台)”；编辑 贺雅楠），宝鸡新闻网 baojinews.com",
    "published": "2023-01-04", "published_precision": "day",
    "register": "municipal news portal item (city TV report) on a park-building project in a city new area: investment, size, expected yields, the first phase built and its first firms in trial production",
    "source_url": "http://www.baojinews.com/baoji/2023/0104/99185.html",
    "note": "页首“邮箱”“您所在的位置:”“首页>本地>正文”、“发布日期:2023-01-04 14:23:41 阅读量:2441”、图片文件名“QQ截图20230104142154.png”和“编辑:贺雅楠”已删；标题中的“【2022年重点项目建设巡礼】”和“装备制造业园”（正文作“装备制造产业园”）照录"},
    parks=[
        park(PL, "促进蟠龙新区创新资源和新兴产业加速汇聚", city="宝鸡", province="陕西", kind="城市新区"),
        park(P, "项目一期5.6万平米厂房已基本建成,签约入驻企业6户", city="宝鸡", province="陕西", kind="产业园",
             aliases=["蟠龙新区装备制造业园"], parent=PL,
             note="以在建项目出现，但已有签约入驻企业6户、3户投产试运行，故作园区；标题写作“装备制造业园”"),
    ],
    projects=[
        project(PJ, "蟠龙新区装备制造产业园项目2022年1月开工建设,总投资额10亿元", park=PL, inv=1000000000.0,
                inv_text="总投资额10亿元", status="在建", status_text="2022年1月开工建设…一期厂房已基本建成",
                note="建园项目；park 取其所在的蟠龙新区（同 real9 x07 高唐开发区电子信息产业园）"),
    ],
    facts=[
        fact(PJ, "project", "annual_planned_investment_cny", 450000000.0, "2022年年度投资4.5亿元", kind="target",
             as_of="2022年", optional=True, note="年度投资（计划/完成未说明）"),
        fact(PJ, "project", "area_mu", 300, "项目总占地300亩"),
        fact(PJ, "project", "floor_area_m2", 200000, "建筑面积约20万平方米", qualifier="约"),
        fact(PJ, "project", "expected_output_value_per_mu_cny", 4000000, "亩均新增产值400万元以上", kind="target",
             qualifier="超", qualifier_text="以上", optional=True, note="亩均"),
        fact(PJ, "project", "expected_tax_per_mu_cny", 300000, "亩均新增税收30万元", kind="target", optional=True,
             note="亩均"),
        fact(PJ, "project", "jobs", 800, "带动就业800人以上", kind="target", qualifier="超", qualifier_text="以上"),
        fact(PJ, "project", "factory_floor_area_m2", 56000, "项目一期5.6万平米厂房已基本建成", as_of="2023年1月",
             note="一期厂房“基本建成”"),
        fact(P, "park", "enterprises_signed", 6, "签约入驻企业6户", as_of="2023年1月"),
        fact(P, "park", "enterprises_in_production", 3, "其中3户企业投产试运行", as_of="2023年1月",
             note="投产试运行"),
        fact(P, "park", "enterprises_under_construction", 3, "剩余3户企业正在建设中", as_of="2023年1月",
             optional=True, note="与上一条同值"),
    ])

# ---------------- y03 金昌市2020年第四批重点项目开工 (甘肃经济日报 / 中国甘肃网)
JK = "金昌经济技术开发区"
HXB = "河西堡化工循环产业园"
FH = "甘肃华膳食品工业园"
G = "金昌市2020年第四批重点项目"
GP = "金昌市2020年第四批开工光伏发电项目"
ST = dict(status="开工", status_text="第四批重点项目开工")
EVJ = "投资2.2亿元的金昌经济技术开发区新材料创新创业孵化产业园项目"
EVH = "投资0.7亿元的金昌惠记大地新能源河西堡化工循环产业园集中供汽项目"
EVF = "投资1亿元的甘肃华膳食品工业园项目"
EVP = "投资8.7亿元、总规模205兆瓦的5个光伏发电项目"
write("y03", {
    "title": "金昌市2020年第四批重点项目开工 12个项目总投资24亿元",
    "outlet": "甘肃经济日报（新甘肃·甘肃经济日报记者 赵吉仁，通讯员 柯玉栋），中国甘肃网 gansu.gscn.com.cn",
    "published": "2020-08-24", "published_precision": "day",
    "register": "provincial economic daily item (on the provincial news portal) on a city's fourth batch of key-project starts, each named project with its amount, two of them in industrial parks",
    "source_url": "http://gansu.gscn.com.cn/system/2020/08/24/012445568.shtml",
    "note": "文末“相关新闻”列表已删；“原标题”两行照录（同 real9 x03/x12）；电头“中国甘肃网8日24日讯”（应为8月24日）照录；开工日 8月21日"},
    parks=[
        park(JK, EVJ, city="金昌", province="甘肃", kind="经济技术开发区",
             note="只出现在项目名中，但它是该项目的所在地（同 real9 x10 喀什综合保税区）"),
        park(HXB, EVH, city="金昌", province="甘肃", kind="化工园区",
             note="只出现在项目名中，作为集中供汽项目的所在地"),
        park("金昌经济技术开发区新材料创新创业孵化产业园", EVJ, city="金昌", province="甘肃", kind="产业园(项目)",
             parent=JK, optional=True, note="以在建项目出现"),
        park(FH, EVF, city="金昌", province="甘肃", kind="产业园(项目)", optional=True, note="以开工项目出现"),
    ],
    companies=[
        company("泵鑫旺达", "投资4.5亿元的泵鑫旺达复杂钴料及工业弃渣综合利用扩能改造工程", optional=True,
                note="只出现在项目名中"),
        company("金昌惠记大地新能源", EVH, park=HXB, optional=True, note="只出现在项目名中，读作企业简称"),
    ],
    projects=[
        project("韩家峡水库项目", "投资5亿多元的韩家峡水库项目", inv=500000000.0, inv_text=None, qualifier="余", **ST,
                note="原文“投资5亿多元”：check_gold 的金额解析读不出“亿多元”，investment_text 留空，investment_cny 按5亿计，“多”记作余"),
        project("泵鑫旺达复杂钴料及工业弃渣综合利用扩能改造工程",
                "投资4.5亿元的泵鑫旺达复杂钴料及工业弃渣综合利用扩能改造工程", companies=["泵鑫旺达"],
                inv=450000000.0, inv_text="投资4.5亿元", **ST, note="文中未说所在园区"),
        project("金昌经济技术开发区新材料创新创业孵化产业园项目", EVJ, park=JK, inv=220000000.0, inv_text="投资2.2亿元",
                **ST),
        project("永昌县高标准农田建设项目", "投资1.2亿元的永昌县高标准农田建设项目", inv=120000000.0,
                inv_text="投资1.2亿元", **ST),
        project("甘肃华膳食品工业园项目", EVF, inv=100000000.0, inv_text="投资1亿元", **ST,
                note="建园项目，文中未给所在园区（park 不取其自身）"),
        project("火星1号基地二期项目", "投资0.8亿元的火星1号基地二期项目", inv=80000000.0, inv_text="投资0.8亿元",
                phase="二期", **ST),
        project("金昌惠记大地新能源河西堡化工循环产业园集中供汽项目", EVH, park=HXB, companies=["金昌惠记大地新能源"],
                inv=70000000.0, inv_text="投资0.7亿元", **ST),
        project("光伏发电项目", EVP, inv=870000000.0, inv_text="投资8.7亿元", optional=True, **ST,
                note="5个光伏发电项目合计，非单一项目"),
    ],
    facts=[
        fact(G, "park_group", "projects_started", 12, "12个项目总投资24亿元", as_of="2020年8月21日"),
        fact(G, "park_group", "planned_investment_cny", 2400000000.0, "总投资24亿元的12个“强龙头、补链条、聚集群”重大产业项目",
             as_of="2020年8月21日"),
        fact(GP, "park_group", "projects_started", 5, EVP, as_of="2020年8月21日", optional=True),
        fact(GP, "park_group", "planned_investment_cny", 870000000.0, EVP, as_of="2020年8月21日", optional=True,
             note="亦作可选项目“光伏发电项目”的金额"),
        fact(GP, "park_group", "capacity_mw", 205, "总规模205兆瓦", unit="mw", as_of="2020年8月21日", optional=True),
    ])

# ---------------- y04 武威 凉州区6个项目在甘肃武威工业园区集中开工 (中国聚合物网 2015)
P = "甘肃武威工业园区"
G = "凉州区2015年6月2日集中开工项目"
EV = ("分别是总投资6亿元的武威君森孵化园管理有限公司甘肃武威中小微企业创业孵化园项目,总投资5亿元的武威广丰房地产有限公司新威天地商业综合体项目,"
      "总投资3亿元的甘肃天晟建材有限公司农产品加工孵化园项目,总投资1.6亿元的武威乐尚工贸有限公司年产10000吨葵花籽生产线项目,"
      "总投资1.5亿元的甘肃中威塑业有限公司年产5000吨PVC管材生产线项目,总投资1.2亿元的武威天强商贸有限公司特色林果深加工项目")
ST = dict(status="开工", status_text="在甘肃武威工业园区集中开工")
ROWS = [
    ("武威君森孵化园管理有限公司", "甘肃武威中小微企业创业孵化园项目", 600000000.0, "总投资6亿元",
     "总投资6亿元的武威君森孵化园管理有限公司甘肃武威中小微企业创业孵化园项目"),
    ("武威广丰房地产有限公司", "新威天地商业综合体项目", 500000000.0, "总投资5亿元",
     "总投资5亿元的武威广丰房地产有限公司新威天地商业综合体项目"),
    ("甘肃天晟建材有限公司", "农产品加工孵化园项目", 300000000.0, "总投资3亿元",
     "总投资3亿元的甘肃天晟建材有限公司农产品加工孵化园项目"),
    ("武威乐尚工贸有限公司", "年产10000吨葵花籽生产线项目", 160000000.0, "总投资1.6亿元",
     "总投资1.6亿元的武威乐尚工贸有限公司年产10000吨葵花籽生产线项目"),
    ("甘肃中威塑业有限公司", "年产5000吨PVC管材生产线项目", 150000000.0, "总投资1.5亿元",
     "总投资1.5亿元的甘肃中威塑业有限公司年产5000吨PVC管材生产线项目"),
    ("武威天强商贸有限公司", "特色林果深加工项目", 120000000.0, "总投资1.2亿元",
     "总投资1.2亿元的武威天强商贸有限公司特色林果深加工项目"),
]
write("y04", {
    "title": None,
    "title_note": "(no headline) 甘肃武威市凉州区6个项目在甘肃武威工业园区集中开工，总投资18.3亿元",
    "outlet": "中国聚合物网 polymer.cn（行业网站转载；原出处与作者未注明）",
    "published": "2015-06-04", "published_precision": "day",
    "register": "trade-portal repost on a county district's six projects starting in its industrial park, each with its investor and amount",
    "source_url": "http://polymer.cn/polymernews/2015-6-4/_201564111930935.htm",
    "note": "存档页无标题，文件从正文开始；日期据页面路径 2015-6-4，开工日 6月2日；未删任何内容"},
    parks=[
        park(P, "甘肃省武威市凉州区6个项目在甘肃武威工业园区集中开工", city="武威", district="凉州区", province="甘肃",
             kind="工业园区", aliases=["武威工业园区"]),
    ],
    companies=[company(c, ev, park=P, note="其项目在该园区开工（公司随项目归园区，同 real9 x05）") for c, _, _, _, ev in ROWS],
    projects=[project(n, ev, park=P, companies=[c], inv=a, inv_text=t, aliases=[c + n], **ST)
              for c, n, a, t, ev in ROWS],
    facts=[
        fact(G, "park_group", "projects_started", 6, "凉州区6个项目在甘肃武威工业园区集中开工", as_of="2015年6月2日"),
        fact(G, "park_group", "planned_investment_cny", 1830000000.0, "项目总投资18.3亿元", as_of="2015年6月2日"),
        fact(G, "park_group", "enterprise_capacity", 70, "预计可容纳70户以上中小微、中小型农产品加工企业", kind="target",
             qualifier="超", qualifier_text="以上", note="建成投产后可容纳的企业数"),
    ])

# ---------------- y05 共青城市20个重大项目集中开工 (九江日报 / 掌中九江 2024)
P = "低空经济产业园"
PJ = "低空经济产业园无人机生产制造中心项目"
G = "共青城市2024年一季度集中开工重大项目"
EVP = "特别是低空经济产业园无人机生产制造中心项目,总投资超50亿元,由中航工业科技咨询有限公司、中国国防工业企业协会按照“智库+基金+园区+研究院+中试基地”模式联合投资建设"
write("y05", {
    "title": "共青城市20个重大项目集中开工",
    "outlet": "九江日报（桂文涛；九江日报全媒记者 孔颖），掌中九江 app.jjcbw.com（编辑 王文婧，责编 刘芸，审核 朱静）",
    "published": "2024-02-19", "published_precision": "day",
    "register": "municipal party paper item (on the city news app) on a county-level city's first-quarter batch of starts, held at a low-altitude-economy park's flagship project",
    "source_url": "https://app.jjcbw.com/News/news/id/304948.html",
    "note": "“2024-02-19 19:53:23   掌中九江”行、“浏览量 32706”、文末版权声明、编辑/责编/审核行、“继续阅读”“热门评论”、下载二维码、热线与备案行已删；开工日 2月18日"},
    parks=[
        park(P, "共青城市在低空经济产业园无人机生产制造中心项目现场举行2024年一季度重大项目集中开工", city="九江",
             district="共青城市", province="江西", kind="产业园",
             note="文中无更全的名称（共青城低空经济产业园）"),
    ],
    companies=[
        company("中航工业科技咨询有限公司", EVP, park=P, note="联合投资建设该项目"),
    ],
    institutions=[
        inst("中国国防工业企业协会", EVP, kind="other", note="行业协会，联合投资方之一"),
    ],
    projects=[
        project(PJ, EVP, park=P, companies=["中航工业科技咨询有限公司", "中国国防工业企业协会"], inv=5000000000.0,
                inv_text="总投资超50亿元", qualifier="超", status="开工", status_text="集中开工（主会场）"),
    ],
    facts=[
        fact(G, "park_group", "projects_started", 20, "此次集中开工的重大20个项目", as_of="2024年2月18日"),
        fact(G, "park_group", "planned_investment_cny", 10513000000.0, "总投资105.13亿元,涵盖低空经济", as_of="2024年2月18日"),
        fact("共青城市2024年招商引资组团", "park_group", "investment_promotion_teams", 20, "20个招商组团尽锐出战",
             optional=True, note="招商组团数，非园区数字"),
    ])

# ---------------- y06 南昌高新区 2019年争先创优综合考评全省第一 (信息日报 2020)
P = "南昌高新区"
G = "江西省开发区"
write("y06", {
    "title": "开发区争先创优考评 南昌高新区列全省第一",
    "outlet": "信息日报（信息日报/信息日报客户端记者 左阳天），转载于 ycahj.com",
    "published": "2020-05-04", "published_precision": "day",
    "register": "provincial daily item on a national high-tech zone topping the province's annual development-zone evaluation, with its 2019 industry revenues, enterprise counts and signed projects",
    "source_url": "http://ycahj.com/a/nanchangxinwen/2020/0504/228449.html",
    "note": "页首“RSS”、面包屑“当前位置 : 主页 > 南昌新闻 >”和“时间:2020-05-04 01:45 浏览:”已删；段首缩进已去；考评结果“近日”公布"},
    parks=[
        park(P, "南昌高新区综合得分为88.87723分,在全省99个开发区中位列全省第一", city="南昌", province="江西",
             kind="国家高新区"),
    ],
    companies=[
        company("洪都集团", "洪都集团完成整体搬迁", park=P, note="整体搬迁（至高新区，上下文）"),
        company("华勤", "超百亿元企业有2家(华勤、欧菲)", park=P, note="高新区电子信息产业超百亿元企业"),
        company("欧菲", "超百亿元企业有2家(华勤、欧菲)", park=P, note="同上"),
        company("中国商飞", "中国商飞江西生产试飞中心奠基", park=P, optional=True, note="只出现在项目名中"),
    ],
    institutions=[
        inst("江西省促进开发区改革和创新发展领导小组", "江西省促进开发区改革和创新发展领导小组近日公布了全省开发区2019年争先创优综合考评有关情况"),
    ],
    projects=[
        project("中国商飞江西生产试飞中心", "中国商飞江西生产试飞中心奠基", park=P, companies=["中国商飞"], status="开工",
                status_text="奠基"),
        project("洪都集团整体搬迁", "洪都集团完成整体搬迁", park=P, companies=["洪都集团"], status="竣工",
                status_text="完成整体搬迁", optional=True, note="搬迁，是否算项目存疑"),
    ],
    facts=[
        fact(G, "park_group", "parks_count", 99, "对全省99个开发区进行全面科学考评", as_of="2019年度考评"),
        fact(P, "park", "evaluation_score", 88.87723, "综合得分为88.87723分", unit="points", as_of="2019年度考评",
             optional=True),
        fact(P, "park", "provincial_rank", 1, "在全省99个开发区中位列全省第一", as_of="2019年度考评", optional=True,
             note="汉字“第一”"),
        fact(P, "park", "industry_revenue_cny", 10800000000.0, "完成主营业务收入108亿元,增长78%", as_of="2019年",
             note="航空产业主营业务收入"),
        fact(P, "park", "industry_revenue_yoy_growth", 0.78, "增长78%", kind="ratio", as_of="2019年", optional=True,
             note="航空产业"),
        fact(P, "park", "industry_revenue_cny", 100410000000.0, "达1004.1亿元,成为该区首个千亿产业", as_of="2019年",
             note="新材料产业主营业务收入"),
        fact(P, "park", "industry_revenue_cny", 76460000000.0, "实现主营业务收入764.6亿元,同比增长35.3%", as_of="2019年",
             note="电子信息产业主营业务收入"),
        fact(P, "park", "industry_revenue_yoy_growth", 0.353, "同比增长35.3%", kind="ratio", as_of="2019年",
             optional=True, note="电子信息产业"),
        fact(P, "park", "enterprises_revenue_over_100m", 46, "其中超亿元的企业达46家", as_of="2019年",
             note="电子信息产业"),
        fact(P, "park", "enterprises_revenue_over_1bn", 16, "超10亿元企业有16家", as_of="2019年", note="电子信息产业"),
        fact(P, "park", "enterprises_revenue_over_10bn", 2, "超百亿元企业有2家(华勤、欧菲)", as_of="2019年",
             note="电子信息产业"),
        fact(P, "park", "projects_signed", 60, "高新区共引进亿元以上新签约项目60个", as_of="2019年",
             note="亿元以上新签约项目"),
        fact(P, "park", "fortune500_projects_signed", 2, "(世界500强项目2个)", as_of="2019年", optional=True),
        fact(P, "park", "planned_investment_cny", 67368000000.0, "投资总额约673.68亿元", qualifier="约", as_of="2019年",
             note="60个新签约项目的投资总额"),
        fact(P, "park", "projects_signed_2bn_to_5bn", 13, "其中20~50亿元项目13个", as_of="2019年", optional=True,
             note="规模档"),
        fact(P, "park", "projects_signed_1bn_to_2bn", 8, "10~20亿元项目8个", as_of="2019年", optional=True,
             note="规模档"),
    ])

# ---------------- y07 安顺市28个项目参加全省2022年二季度重大工业项目集中开工 (安顺日报社 2022)
ZN = "镇宁自治县轻工产业园"
AK = "安顺经开区"
G = "安顺市2022年二季度集中开工重大工业项目"
PJ = "镇宁自治县轻工产业园标准厂房(易地扶贫搬迁就业园)建设项目"
EVP = "本次参加集中开工的镇宁自治县轻工产业园标准厂房(易地扶贫搬迁就业园)建设项目规划总用地 204.43 亩"
COUNTIES = [("西秀区", 3, 3110000000.0, "西秀区项目3个,总投资31.10亿元", "总投资31.10亿元"),
            ("平坝区", 6, 1522000000.0, "平坝区项目6个,总投资15.22亿元", "总投资15.22亿元"),
            ("普定县", 4, 2905000000.0, "普定县项目4个,总投资29.05亿元", "总投资29.05亿元"),
            ("镇宁自治县", 3, 1513000000.0, "镇宁自治县项目3个,总投资15.13亿元", "总投资15.13亿元"),
            ("关岭自治县", 3, 1738000000.0, "关岭自治县项目3个,总投资17.38亿元", "总投资17.38亿元"),
            ("紫云自治县", 3, 1669000000.0, "紫云自治县项目3个,总投资16.69亿元", "总投资16.69亿元")]
cf = []
for name, n, amt, ev, _ in COUNTIES:
    cf.append(fact(f"安顺市2022年二季度集中开工重大工业项目（{name}）", "park_group", "projects_started", n, ev,
                   as_of="2022年5月20日", optional=True, note="县区分项，非园区"))
    cf.append(fact(f"安顺市2022年二季度集中开工重大工业项目（{name}）", "park_group", "planned_investment_cny", amt,
                   ev,
                   as_of="2022年5月20日", optional=True, note="县区分项，非园区"))
write("y07", {
    "title": "我市组织28个项目参加全省2022年二季度重大工业项目集中开工",
    "outlet": "安顺日报社大数据智慧全媒体（记者 陈斌/文 李磊/图；责任编辑 陈亮），asxw.net",
    "published": "2022-05-21", "published_precision": "day",
    "register": "municipal party paper media-group item on a city's batch of industrial-project starts held in a county light-industry park, with one park project and a county/zone breakdown",
    "source_url": "http://asxw.net/c/2022-05-21/626480.shtml",
    "note": "“2022-05-21 00:06:07    来源:   安顺日报社大数据智慧全媒体”行、图片文件名“微信标题模板.jpg”“1.jpg”“2.jpg”、图注“尹恒斌出席并宣布开工”、“责任编辑:陈亮 校对 梁惠焜 编审 毛丽”、“站内搜索”“热门排行”和“<-->”已删；文末署名两行照录；“204.43 亩”“133581 平方米”“34341.67 万元”“5至10 家”中的空格照录；开工日 5月20日"},
    parks=[
        park(ZN, "我市在镇宁自治县轻工产业园设置分会场同步举行开工仪式", city="安顺", district="镇宁布依族苗族自治县",
             province="贵州", kind="产业园"),
        park(AK, "安顺经开区项目6个,总投资16.71亿元", city="安顺", province="贵州", kind="经济技术开发区"),
    ],
    projects=[
        project(PJ, EVP + ",总建筑面积 133581 平方米,项目总投资 34341.67 万元", park=ZN, inv=343416700.0,
                inv_text="项目总投资 34341.67 万元", status="开工", status_text="参加集中开工",
                note="易地扶贫搬迁就业园的标准厂房"),
    ],
    facts=[
        fact(G, "park_group", "projects_started", 28, "集中开工28个项目,总投资141.28亿元", as_of="2022年5月20日"),
        fact(G, "park_group", "planned_investment_cny", 14128000000.0, "总投资141.28亿元。市委副书记", as_of="2022年5月20日"),
        fact(AK, "park", "projects_started", 6, "安顺经开区项目6个", as_of="2022年5月20日", note="本批开工项目中的经开区项目"),
        fact(AK, "park", "planned_investment_cny", 1671000000.0, "总投资16.71亿元。", as_of="2022年5月20日",
             note="本批开工项目中的经开区项目"),
        fact(PJ, "project", "land_area_mu", 204.43, "规划总用地 204.43 亩", unit="mu"),
        fact(PJ, "project", "floor_area_m2", 133581, "总建筑面积 133581 平方米"),
        fact(PJ, "project", "enterprise_capacity", 10, "可容纳 5至10 家中小企业创业", kind="target", optional=True,
             note="5至10家（区间上限）"),
    ] + cf)

# ---------------- y08 香河县16个亿元以上项目集中开工 (河北新闻网 2017)
P = "机器人产业港"
G = "香河县2017年3月集中开工亿元以上项目"
PJ = "机器人产业港三期项目"
EVR = "投资超10亿元的机器人产业港三期项目也在当天开建"
EVB = "投资超30亿元的清山奥特莱斯特色小镇、京津冀汽车零部件交易物流中心及欧洲之窗奢侈品交易物流中心等4个项目来自北京"
EVN = "机器人产业港一期、二期累计签约德国尼玛克、汇天威等各类领军企业近50家"
NB = "“投资超30亿元的A、B及C等4个项目”：超30亿元指每个项目还是其一不清楚，不记金额"
write("y08", {
    "title": None,
    "title_note": "(no headline) 河北香河县16个亿元以上项目集中开工，总投资203.8亿元；机器人产业港三期开建",
    "outlet": "河北新闻网（通讯员 王晓桐、陈彬），存于中国日报网河北频道 chinadaily.com.cn",
    "published": "2017-03-15", "published_precision": "day",
    "register": "provincial news portal item on a county's batch of starts, projects from Beijing and the third phase of a robot industry park with its signed firms",
    "source_url": "http://covid-19.chinadaily.com.cn/dfpd/hb/2017-03/15/content_28568310.htm",
    "note": "存档页无标题，文件从正文（电头）开始；日期据页面路径 2017-03/15，开工日 3月10日；文末“推荐”已删"},
    parks=[
        park(P, EVN, city="廊坊", district="香河县", province="河北", kind="产业园"),
    ],
    companies=[
        company("尼玛克", EVN, park=P, aliases=["德国尼玛克"]),
        company("汇天威", EVN, park=P),
    ],
    projects=[
        project(PJ, EVR, park=P, inv=1000000000.0, inv_text="投资超10亿元", qualifier="超", phase="三期", status="开工",
                status_text="当天开建"),
        project("清山奥特莱斯特色小镇", EVB, status="开工", status_text="集中开工", note=NB),
        project("京津冀汽车零部件交易物流中心", EVB, status="开工", status_text="集中开工", note=NB),
        project("欧洲之窗奢侈品交易物流中心", EVB, status="开工", status_text="集中开工", note=NB),
    ],
    facts=[
        fact(G, "park_group", "projects_started", 16, "香河县16个亿元以上项目集中开工", as_of="2017年3月10日"),
        fact(G, "park_group", "planned_investment_cny", 20380000000.0, "总投资203.8亿元,年度计划投资20.8亿元",
             as_of="2017年3月10日"),
        fact(G, "park_group", "annual_planned_investment_cny", 2080000000.0, "年度计划投资20.8亿元", kind="target",
             as_of="2017年"),
        fact(G, "park_group", "projects_from_beijing", 4, "等4个项目来自北京", as_of="2017年3月10日", optional=True),
        fact(PJ, "project", "expected_output_value_cny", 1500000000.0, "预计年产值可达15亿元", kind="target"),
        fact(P, "park", "enterprises_signed", 50, EVN, qualifier_text="近", kind="cumulative", as_of="2017年3月",
             note="一期、二期累计签约领军企业"),
    ])
