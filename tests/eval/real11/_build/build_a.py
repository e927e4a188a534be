from lib import *

# ---------------- z01 云南嵩明 杨林工业园区 (中国日报云南记者站 2012)
P = "杨林工业园区"
EVC = "沈机集团、昆明机床、云南建工、云南冶金、燕京啤酒、嘉士伯啤酒、康师傅集团等企业纷纷入驻"
NC = "“纷纷入驻”该园区"
write("z01", {
    "title": "云南嵩明打造年销售收入超千亿元园区",
    "outlet": "中国日报云南记者站（记者 李映青 郭安菲；编辑 冯媛），中国日报网 地方频道·云南 global.chinadaily.com.cn",
    "published": "2012-09-21", "published_precision": "day",
    "register": "national daily's provincial bureau item (Chinese-language site) on a provincial industrial park's 20th anniversary: targets for the end of the 12th Five-Year Plan, planned area, settled firms and firm counts",
    "source_url": "https://global.chinadaily.com.cn/dfpd/yn/bwzg/2012-09/21/content_15774999.htm",
    "note": "日期/来源行“2012-09-21 21:37:05 来源:中国日报云南记者站”、“打印文章 发送给我好友”、文末“编辑: 冯媛 标签:”和“精彩热图”图片列表已删；原文“美国、加拿大、澳大利亚、美国”的重复照录"},
    parks=[
        park(P, "云南嵩明杨林工业园区是1992年成立的省级工业园区", city="昆明", district="嵩明县", province="云南",
             kind="省级工业园区", aliases=["云南嵩明杨林工业园区"], note="城市（昆明）不在文中，嵩明为昆明市辖县"),
    ],
    companies=[
        company("沈机集团", EVC, park=P, note=NC),
        company("昆明机床", EVC, park=P, note=NC),
        company("云南建工", EVC, park=P, note=NC + "（集团简称）"),
        company("云南冶金", EVC, park=P, note=NC + "（集团简称）"),
        company("燕京啤酒", EVC, park=P, note=NC),
        company("嘉士伯啤酒", EVC, park=P, note=NC),
        company("康师傅集团", EVC, park=P, note=NC),
    ],
    facts=[
        fact(P, "park", "revenue_cny", 50000000000.0, "主营业收入超500亿元", qualifier="超", kind="target",
             as_of="“十二五”末", note="“到‘十二五’末…打造成为主营业收入超500亿元”"),
        fact(P, "park", "value_added_cny", 10000000000.0, "增加值超100亿元", qualifier="超", kind="target",
             as_of="“十二五”末"),
        fact(P, "park", "area_km2", 54.19, "园区总体规划面积为54.19平方公里", as_of="2012年9月", note="总体规划面积"),
        fact(P, "park", "enterprises", 171, "入园企业达171个", as_of="2012年9月"),
        fact(P, "park", "enterprises_in_production", 98, "建成投产企业98户", as_of="2012年9月"),
        fact(P, "park", "enterprises_above_scale", 35, "其中规模以上企业35户", as_of="2012年9月"),
        fact(P, "park", "years_since_founding", 20, "云南嵩明杨林工业园区建园20周年座谈会", as_of="2012年9月",
             optional=True, note="建园周年数（1992年成立）"),
        fact("云南省销售收入超千亿元的产业园区", "park_group", "parks_count", 10,
             "进入全省10个销售收入超千亿元的产业园区行列", kind="target", optional=True,
             note="目标中的园区行列（规划数），非现有园区统计"),
    ])

# ---------------- z02 松原经济技术开发区多项重点工程开工奠基 (工业园网 2013 / 事件 9月26日)
P = "松原经济技术开发区"
G = "松原经济技术开发区9月26日开工奠基项目"
EV1 = "松原经济技术开发区隆重举行了吉林盼盼食品工业园暨松原中国粮食城、乐隆隆食品、婴舒宝婴童用品、冠达星家居、腾辉包装项目和LNG项目开工奠基仪式"
EVL = "来自吉林吉港清洁能源有限公司液化天然气(LNG)项目来宾及职工和松原经济技术开发区职工约550人参加了LNG项目的开工奠基仪式"
ST = dict(status="开工", status_text="开工奠基")
NCP = "只出现在项目名中（以企业字号称项目）"
write("z02", {
    "title": "松原经济技术开发区多项重点工程开工奠基",
    "outlet": "工业园网 jl.cnipai.com 吉林站（用户上传；原出处与作者未注明）",
    "published": "2013-04-17", "published_precision": "day",
    "register": "industrial-park portal repost on a development zone's groundbreaking of a food park and five other projects incl. an LNG plant: leaders present, total investment and expected output",
    "source_url": "https://jl.cnipai.com/news/detail/13826.html",
    "note": "页首“吉林切换 / 新闻”、上传日期行“2013 / 04/17 / 09:10”和文末工业园网免责声明、举报行已删；开工日为“9月26日”，年份不在文中（页面上传于2013-04-17，开工当在2012年9月）；正文列出6个项目而称“7个项目”，照录"},
    parks=[
        park(P, "松原经济技术开发区此次开工奠基的7个项目,总投资71.5亿元", city="松原", province="吉林",
             kind="经济技术开发区"),
        park("吉林盼盼食品工业园", EV1, city="松原", province="吉林", kind="食品工业园(项目)", parent=P,
             optional=True, note="以开工项目出现（“吉林盼盼食品工业园暨松原中国粮食城”）"),
    ],
    companies=[
        company("吉林吉港清洁能源有限公司", EVL, park=P, note="LNG项目的业主，项目在该开发区开工"),
        company("乐隆隆食品", EV1, park=P, optional=True, note=NCP),
        company("婴舒宝婴童用品", EV1, park=P, optional=True, note=NCP),
        company("冠达星家居", EV1, park=P, optional=True, note=NCP),
        company("腾辉包装", EV1, park=P, optional=True, note=NCP),
    ],
    institutions=[
        inst("省发改委", "省发改委、省工信厅等十几个相关部门领导"),
        inst("省工信厅", "省发改委、省工信厅等十几个相关部门领导"),
    ],
    projects=[
        project("吉林盼盼食品工业园暨松原中国粮食城", EV1, park=P, **ST, aliases=["吉林盼盼食品工业园"],
                note="食品工业园与粮食城合称一个项目"),
        project("乐隆隆食品", EV1, park=P, companies=["乐隆隆食品"], **ST, note="项目以企业字号称"),
        project("婴舒宝婴童用品", EV1, park=P, companies=["婴舒宝婴童用品"], **ST, note="项目以企业字号称"),
        project("冠达星家居", EV1, park=P, companies=["冠达星家居"], **ST, note="项目以企业字号称"),
        project("腾辉包装", EV1, park=P, companies=["腾辉包装"], **ST, note="项目以企业字号称（“腾辉包装项目”）"),
        project("吉林吉港清洁能源有限公司液化天然气(LNG)项目", EVL, park=P, companies=["吉林吉港清洁能源有限公司"],
                **ST, aliases=["LNG项目"]),
    ],
    facts=[
        fact(G, "park_group", "projects_started", 7, "松原经济技术开发区此次开工奠基的7个项目", as_of="9月26日（年份未给）",
             note="正文只列出6个项目名"),
        fact(G, "park_group", "planned_investment_cny", 7150000000.0, "总投资71.5亿元,项目建成投产后", as_of="9月26日（年份未给）"),
        fact(G, "park_group", "expected_output_value_cny", 25300000000.0, "年可实现总产值253亿元", kind="target",
             note="建成投产后"),
        fact(G, "park_group", "expected_profit_tax_cny", 4564000000.0, "实现利税45.64亿元", kind="target",
             note="建成投产后（利税）"),
        fact(G, "park_group", "attendees", 1000, "项目施工单位代表等约1000人参加了以上六个项目的开工奠基仪式", qualifier="约",
             optional=True, note="出席人数"),
        fact("松原经济技术开发区LNG项目开工奠基仪式", "park_group", "attendees", 550, EVL, qualifier="约", optional=True,
             note="出席人数"),
    ])

# ---------------- z03 郑州航空港产业集聚区一季度“吸金”20.03亿元 (河南商报 2014)
HK = "郑州航空港产业集聚区"
MQ = "民权县产业集聚区"
G = "河南省产业集聚区"
AS = "2014年一季度"
write("z03", {
    "title": "郑州航空港产业集聚区一季度“吸金”20.03亿元",
    "outlet": "河南商报（记者 张科峰；责编 张开放），映象网 finance.hnr.cn",
    "published": "2014-05-06", "published_precision": "day",
    "register": "provincial metropolitan daily item on the province's first-quarter league table of industrial cluster zones: one zone's investment and rank, the leader, province-wide growth figures",
    "source_url": "http://finance.hnr.cn/cjyw/201405/t20140506_1118604.html",
    "note": "日期/来源行“2014-05-06 08:25 来源:河南商报”、文末“责编:张开放”、评论框和“相关新闻”已删，段首缩进已去；小标题“在全省产业集聚区中排第14位”照录；文中“昨天”=5月5日"},
    parks=[
        park(HK, "郑州航空港产业集聚区“吸金”20.03亿元,位居全省产业集聚区投资总额榜第14位", city="郑州",
             province="河南", kind="产业集聚区"),
        park(MQ, "民权县产业集聚区以28.45亿元位居榜首", city="商丘", district="民权县", province="河南",
             kind="产业集聚区", note="城市（商丘）不在文中"),
    ],
    institutions=[
        inst("省发改委", "省发改委晒出2014年一季度全省产业集聚区建设榜单", note="河南省发改委"),
    ],
    facts=[
        fact(HK, "park", "fixed_asset_investment_cny", 2003000000.0, "郑州航空港产业集聚区“吸金”20.03亿元,位居全省产业集聚区投资总额榜第14位",
             as_of=AS, note="“吸金”＝榜单的投资总额"),
        fact(HK, "park", "provincial_rank", 14, "位居全省产业集聚区投资总额榜第14位", as_of=AS, optional=True,
             note="投资总额排名"),
        fact(MQ, "park", "fixed_asset_investment_cny", 2845000000.0, "民权县产业集聚区以28.45亿元位居榜首", as_of=AS,
             note="投资总额"),
        fact(MQ, "park", "provincial_rank", 1, "民权县产业集聚区以28.45亿元位居榜首", as_of=AS, optional=True,
             note="“位居榜首”"),
        fact(G, "park_group", "value_added_yoy_growth", 0.162, "全省产业集聚区规模以上工业增加值同比增长16.2%", as_of=AS,
             optional=True),
        fact(G, "park_group", "growth_contribution_ratio", 0.666, "对全省规模以上工业增长的贡献率为66.6%", unit="ratio",
             kind="ratio", as_of=AS, optional=True),
        fact(G, "park_group", "six_industries_value_added_growth", 0.171, "六大高成长性制造业增加值增长17.1%",
             as_of=AS, optional=True),
        fact(G, "park_group", "six_industries_share", 0.492, "分别达到49.2%和50.6%", unit="ratio", kind="ratio",
             as_of=AS, optional=True, note="占产业集聚区工业的比重"),
        fact(G, "park_group", "six_industries_growth_contribution", 0.506, "分别达到49.2%和50.6%", unit="ratio",
             kind="ratio", as_of=AS, optional=True, note="对工业增长的贡献率"),
        fact("河南省产业集聚区投资总额榜", "park_group", "parks_listed", 30, "一季度投资总额前30位和后30位产业集聚区",
             as_of=AS, optional=True, note="榜单列出的前30位/后30位"),
    ])

# ---------------- z04 武汉地产集团投资黄冈项目签约 (湖北日报 2018)
P = "南湖工业园区"
PJ = "武汉地产集团投资黄冈项目"
EVP = "此次签约的建筑产业化生产基地、新型一体化建筑外墙系统项目,拟选址黄冈市南湖工业园区,总投资10.57亿元"
EVW = "这是继武汉开发区、东湖高新区等在黄冈合作共建产业园之后"
write("z04", {
    "title": "武汉地产集团投资黄冈项目签约",
    "outlet": "湖北日报（记者 汪洋，通讯员 田立平），转载于 wuhan.baogaosu.com",
    "published": "2018-04-19", "published_precision": "day",
    "register": "provincial party paper item on a city platform company's investment signed with a neighbouring city: a building-industrialisation base sited in an industrial park, amount, capacity and jobs",
    "source_url": "http://wuhan.baogaosu.com/xinwen/%E6%AD%A6%E6%B1%89%E5%9C%B0%E4%BA%A7%E9%9B%86%E5%9B%A2%E6%8A%95%E8%B5%84%E9%BB%84%E5%86%88%E9%A1%B9%E7%9B%AE%E7%AD%BE%E7%BA%A6/66425117/",
    "note": "转载页时间行“19.04.2018 15:20”已删，段首缩进已去；签约日 4月18日"},
    parks=[
        park(P, EVP, city="黄冈", province="湖北", kind="工业园区", aliases=["黄冈市南湖工业园区"]),
        park("武汉开发区", EVW, city="武汉", province="湖北", kind="经济技术开发区", optional=True,
             note="只作为在黄冈合作共建产业园的一方被提及"),
        park("东湖高新区", EVW, city="武汉", province="湖北", kind="高新区", optional=True,
             note="只作为在黄冈合作共建产业园的一方被提及"),
    ],
    companies=[
        company("武汉地产集团", "项目投资方武汉地产集团是武汉市重要的城市建设投融资平台", park=None,
                note="武汉市的投融资平台，项目拟选址南湖工业园区，但文中未说公司在该园区"),
    ],
    projects=[
        project(PJ, EVP, park=P, companies=["武汉地产集团"], inv=1057000000.0, inv_text="总投资10.57亿元",
                status="签约", status_text="在汉签约",
                aliases=["建筑产业化生产基地、新型一体化建筑外墙系统项目", "建筑产业化生产基地"],
                note="标题称“武汉地产集团投资黄冈项目”；正文为“建筑产业化生产基地、新型一体化建筑外墙系统项目”，合计总投资10.57亿元；“拟选址”南湖工业园区"),
        project("新型一体化建筑外墙系统项目", EVP, park=P, companies=["武汉地产集团"], status="签约", status_text="在汉签约",
                optional=True, note="若把两部分拆成两个项目，此为第二个；金额只给合计"),
    ],
    facts=[
        fact(PJ, "project", "annual_capacity_m3", 260000, "预计每年生产预制构件26万立方米", unit="m3", kind="target",
             optional=True, note="达产后年产能"),
        fact(PJ, "project", "annual_capacity_m2", 10000000, "建筑外墙材料1000万平方米", unit="m2", kind="target",
             optional=True, note="达产后年产能"),
        fact(PJ, "project", "jobs", 400, "带动就业400余人", qualifier="余", kind="target"),
    ])

# ---------------- z05 广灵县筹建经济技术开发区暨项目签约落地 (山西商人网 2018)
P = "广灵县经济技术开发区"
G = "广灵县2018年5月22日签约落地项目"
GK = "广灵县2018年重点项目"
AS = "2018年5月"
write("z05", {
    "title": None,
    "title_note": "(no headline) 山西大同广灵县举行筹建经济技术开发区暨项目签约落地仪式，10个项目签约18.94亿元；全县32项重点项目进展",
    "outlet": "山西商人网 shanxishangren.com（B2B 资讯栏目，转载；原出处与作者未注明）",
    "published": "2018-05", "published_precision": "month",
    "register": "business-portal repost of a county item on the launch of a county development zone under preparation with ten projects signed, its start-up area, and the county's key-project figures",
    "source_url": "https://shanxishangren.com/b2b/news/show.php?itemid=19556",
    "note": "存档页无标题，文件从正文开始；仪式日“5月22日”，年份据文中“2018年计划投资”；页面无日期；未删任何内容"},
    parks=[
        park(P, "广灵县经济技术开发区前期起步区规划用地1332亩", city="大同", district="广灵县", province="山西",
             kind="经济技术开发区(筹建)", note="“筹建经济技术开发区”；城市大同据文中“大同市打造…”"),
    ],
    facts=[
        fact(G, "park_group", "projects_signed", 10, "10个项目现场签约", as_of="2018年5月22日",
             note="筹建开发区暨项目签约落地仪式上签约，文中未逐一说落在开发区"),
        fact(G, "park_group", "signed_contract_value_cny", 1894000000.0, "签约总额达到18.94亿元", as_of="2018年5月22日"),
        fact(P, "park", "area_mu", 1332, "前期起步区规划用地1332亩", as_of=AS, note="前期起步区规划用地"),
        fact(P, "park", "planned_roads", 2, "配建园区“十”字型主干路2条", kind="target", optional=True),
        fact(GK, "park_group", "projects_count", 32, "32项重点项目总投资120.58亿元", as_of=AS, note="全县重点项目（非园区）"),
        fact(GK, "park_group", "planned_investment_cny", 12058000000.0, "总投资120.58亿元,其中2018年计划投资", as_of=AS),
        fact(GK, "park_group", "annual_planned_investment_cny", 2841000000.0, "2018年计划投资28.41亿元", kind="target",
             as_of="2018年"),
        fact(GK, "park_group", "completed_investment_cny", 2179000000.0, "累计完成投资21.79亿元", kind="cumulative",
             as_of=AS),
        fact(GK, "park_group", "projects_completed", 13, "已完工13项", as_of=AS),
        fact(GK, "park_group", "projects_under_construction", 16, "正在建设16项", as_of=AS),
        fact(GK, "park_group", "projects_in_preparation", 2, "做前期工作2项", as_of=AS, optional=True),
        fact(GK, "park_group", "projects_terminated", 1, "合同终止1项", as_of=AS, optional=True),
    ])

# ---------------- z06 常州高新区首批7个重点项目集中签约 (常州日报 2019)
P = "常州高新区"
ZR = "中瑞(常州)国际合作产业园"
G = "常州高新区2019年首批集中签约项目"
EV7 = "本次签约的7个项目分别是:合全国际创新药生产及研发基地项目、安宝乐婴幼儿配方奶粉项目、捷美口腔保健品项目、菲索玛特汽车自动化设备项目、高端医药及医疗器械项目、精密数控加工中心项目及华为云工业互联网创新中心项目"
ST = dict(status="签约", status_text="集中签约")
NCP = "只出现在项目名中"
write("z06", {
    "title": "常州高新区首批7个重点项目集中签约 总投资超100亿",
    "outlet": "常州日报（陈丽鹰 刘胄 周瑾亮；责编 韩震霞 崔欣），江苏新闻网 jsnews.jschina.com.cn 常州频道",
    "published": "2019-01-20", "published_precision": "day",
    "register": "municipal party paper item on a national high-tech zone's first signing of the year: seven named projects, foreign and domestic totals, the zone's targets and a bilateral cooperation park",
    "source_url": "http://jsnews.jschina.com.cn/cz/a/201901/t20190120_2182655.shtml",
    "note": "图片文件名“webwxgetmsgimg_副本.jpg”、日期/来源行、“1 / 听新闻”、文末“标签:”和“责编:韩震霞 崔欣”已删，段首缩进已去；“起好步。 市委常委”中的空格照录；文中“昨天上午”=1月19日"},
    parks=[
        park(P, "昨天上午,常州高新区首批总投资104.5亿元的7个项目集中签约", city="常州", province="江苏", kind="高新区"),
        park(ZR, "并加快中瑞(常州)国际合作产业园等一批特色园区建设", city="常州", province="江苏",
             kind="国际合作产业园", parent=P, note="常州高新区要加快建设的特色园区"),
    ],
    companies=[
        company("合全国际", EV7, park=P, optional=True, note=NCP),
        company("安宝乐", EV7, park=P, optional=True, note=NCP),
        company("捷美", EV7, park=P, optional=True, note=NCP),
        company("菲索玛特", EV7, park=P, optional=True, note=NCP),
        company("华为云", EV7, park=P, optional=True, note=NCP),
    ],
    projects=[
        dict(project("合全国际创新药生产及研发基地项目", "合全国际创新药生产及研发基地项目投资10亿美元", park=P,
                     companies=["合全国际"], inv=None, inv_text="投资10亿美元", **ST,
                     note="美元计价：investment_cny 留空，currency/amount_original 记原值（同 dev h01、real10 y14）"),
             currency="USD", amount_original=1000000000.0),
        project("安宝乐婴幼儿配方奶粉项目", EV7, park=P, companies=["安宝乐"], **ST),
        project("捷美口腔保健品项目", EV7, park=P, companies=["捷美"], **ST),
        project("菲索玛特汽车自动化设备项目", EV7, park=P, companies=["菲索玛特"], **ST),
        project("高端医药及医疗器械项目", EV7, park=P, **ST),
        project("精密数控加工中心项目", EV7, park=P, **ST),
        project("华为云工业互联网创新中心项目", EV7, park=P, companies=["华为云"], **ST),
    ],
    facts=[
        fact(G, "park_group", "projects_signed", 7, "常州高新区首批总投资104.5亿元的7个项目集中签约", as_of="2019年1月19日"),
        fact(G, "park_group", "planned_investment_cny", 10450000000.0, "总投资104.5亿元的7个项目集中签约",
             as_of="2019年1月19日"),
        fact(G, "park_group", "planned_investment", 10000000000.0, "总投资超100亿", unit="cny", qualifier="超",
             as_of="2019年1月19日", optional=True, note="标题；“100亿”无“元”，check_gold 读不出，故 metric 不带 _cny"),
        fact(G, "park_group", "projects_over_1bn_usd", 1, "其中总投资超10亿美元项目1个", as_of="2019年1月19日",
             optional=True, note="规模档"),
        fact(G, "park_group", "projects_over_100m_usd_or_1bn", 4, "超1亿美元或10亿元项目4个", as_of="2019年1月19日",
             optional=True, note="规模档"),
        fact(G, "park_group", "foreign_projects_signed", 4, "外资项目4个、总投资12.4亿美元", as_of="2019年1月19日"),
        fact(G, "park_group", "foreign_investment_usd", 1240000000.0, "总投资12.4亿美元", unit="usd",
             as_of="2019年1月19日", note="4个外资项目"),
        fact(G, "park_group", "domestic_projects_signed", 3, "内资项目3个、总投资20.5亿元", as_of="2019年1月19日"),
        fact(G, "park_group", "domestic_investment_cny", 2050000000.0, "总投资20.5亿元。合全国际", as_of="2019年1月19日",
             note="3个内资项目"),
        fact("合全国际创新药生产及研发基地项目", "project", "planned_investment_usd", 1000000000.0,
             "合全国际创新药生产及研发基地项目投资10亿美元", unit="usd", optional=True,
             note="与项目的 investment_text/amount_original 重复，设为可选"),
        fact(P, "park", "projects_to_attract", 110, "力争高水平引进优质项目110~120个", kind="target", as_of="2019年",
             optional=True, note="区间110~120，取下限"),
        fact(P, "park", "projects_over_1bn_cny_or_100m_usd_to_attract", 20, "其中总投资超10亿元或1亿美元项目20个以上",
             kind="target", qualifier="超", qualifier_text="以上", as_of="2019年", optional=True),
    ])

# ---------------- z07 宁东基地跻身全国化工园区30强第6位 (银川新闻网 2019)
P = "宁东能源化工基地"
write("z07", {
    "title": "宁东基地跻身全国化工园区30强第6位",
    "outlet": "银川新闻网（记者 马小军），转载于 yinchuan.baogaosu.com",
    "published": "2019-05-25", "published_precision": "day",
    "register": "municipal news portal item on an energy and chemical base's national chemical-park ranking and its cumulative investment, output share and fiscal revenue",
    "source_url": "http://yinchuan.baogaosu.com/xinwen/%E5%AE%81%E4%B8%9C%E5%9F%BA%E5%9C%B0%E8%B7%BB%E8%BA%AB%E5%85%A8%E5%9B%BD%E5%8C%96%E5%B7%A5%E5%9B%AD%E5%8C%BA/75120617/",
    "note": "转载页时间行“25.05.2019 19:24”已删，段首缩进已去；“(记者  马小军)”中的双空格照录；论坛 5月23日、获悉 5月24日"},
    parks=[
        park(P, "宁东能源化工基地名列中国化工园区30强第6位", city="银川", province="宁夏", kind="能源化工基地(化工园区)",
             aliases=["宁东基地"], note="城市不在文中（发稿媒体为银川新闻网；宁东基地位于银川市灵武一带）"),
    ],
    facts=[
        fact(P, "park", "national_chemical_park_rank", 6, "宁东能源化工基地名列中国化工园区30强第6位", as_of="2019年5月",
             optional=True, note="排名"),
        fact(P, "park", "rank_improvement", 2, "较2018年跃升两个位次", as_of="2019年5月", optional=True,
             note="汉字“两个”"),
        fact("中国化工园区30强", "park_group", "parks_count", 30, "名列中国化工园区30强第6位", as_of="2019年5月",
             optional=True),
        fact(P, "park", "fixed_asset_investment_cny", 500800000000.0, "累计完成固定资产投资5008亿元", kind="cumulative",
             as_of="截至2018年年底"),
        fact(P, "park", "output_share_of_ningxia", 0.35, "工业总产值占宁夏的35%", unit="ratio", kind="ratio",
             as_of="2018年", optional=True),
        fact(P, "park", "value_added_yoy_growth", 0.15, "工业增加值增长15%", as_of="2018年", optional=True),
        fact(P, "park", "fiscal_revenue_cny", 10000000000.0, "全口径财政收入近百亿元", qualifier=None,
             qualifier_text="近", as_of="2018年", note="“近百亿元”：值取100亿，“近”不是 QUALS 之一，记于 qualifier_text"),
    ])

# ---------------- z08 广州清远142个项目集中签约动工 (中新网 2020)
GK = "广州开发区"
GX = "广州高新区"
GQ = "广清经济特别合作区"
ZS = "中新广州知识城"
YJ = "广东省公共卫生应急物资产业园"
EVA = "28日,广州开发区、广州高新区、广清经济特别合作区共同举行“百大项目庆百年”暨2020年第二季度重大项目集中动工活动"
EVY = "当天揭牌的广东省公共卫生应急物资产业园由国开行广东省分行、广新控股集团、清远市政府共建,总投资规模45亿元"
EVQ = "在粤北广清经济特别合作区会场,广东省公共卫生应急物资产业园、华南理工大学聚合物新型成型装备国家工程研究中心广佛产业园分中心等35个项目揭牌或签约"
HG = "华南理工大学聚合物新型成型装备国家工程研究中心广佛产业园分中心"
GALL = "广州开发区、广州高新区、广清经济特别合作区2020年第二季度重大项目"
GG = "广州开发区、广州高新区2020年第二季度集中动工项目"
GQG = "广清经济特别合作区会场2020年5月28日揭牌或签约项目"
AS = "2020年5月28日"
write("z08", {
    "title": "广州清远142个项目集中签约动工 总投资高达1842亿元",
    "outlet": "中国新闻网（许青青 钟飞兴），新浪网 k.sina.com.cn 转载",
    "published": "2020-05-28", "published_precision": "day",
    "register": "national news agency item on a joint quarterly groundbreaking of two Guangzhou zones and a cross-city cooperation zone, with a public-health supplies park co-built by a bank and an SOE",
    "source_url": "https://k.sina.com.cn/article_1784473157_6a5ce64502001vob4.html?from=finance",
    "note": "页首“新浪新闻客户端”、重复的标题、日期/作者行“2020年05月28日 19:45 新浪网 作者 中国新闻网”、图注“…贾自豪 摄”和文末“特别声明:以上文章”已删，段首缩进已去"},
    parks=[
        park(GK, EVA, city="广州", province="广东", kind="经济技术开发区"),
        park(GX, EVA, city="广州", province="广东", kind="高新区", note="与广州开发区同一管理机构，文中并列"),
        park(GQ, EVA, city="清远", province="广东", kind="经济特别合作区", note="城市清远据“广州清远”“粤北…会场”"),
        park(ZS, "在位于中新广州知识城的主会场", city="广州", province="广东", kind="知识城", optional=True,
             note="只作为主会场所在地"),
        park(YJ, EVY, city="清远", province="广东", kind="产业园", parent=GQ,
             note="当天揭牌，已导入10余家企业，故作园区（同 real10 y02）；建设用地在广清经济特别合作区"),
    ],
    companies=[
        company("广新控股集团", EVY, park=None, note="共建方；文中未说其位于园区"),
        company("国开行广东省分行", EVY, park=None, optional=True, note="银行分行，共建方"),
    ],
    institutions=[
        inst("清远市政府", EVY),
        inst("华南理工大学", EVQ, kind="university", note="只出现在项目名中"),
    ],
    projects=[
        project(YJ, EVY, park=GQ, companies=["广新控股集团", "国开行广东省分行"], inv=4500000000.0,
                inv_text="总投资规模45亿元", status=None, status_text="当天揭牌",
                note="“揭牌”不在状态表内，status 留空；建设用地选定于广清经济特别合作区"),
        project(HG, EVQ, park=GQ, status=None, status_text="揭牌或签约", optional=True,
                note="广清会场35个项目之一；文中未给金额和确切状态"),
    ],
    facts=[
        fact(GALL, "park_group", "projects_count", 142, "142个项目按下签约动工“快进键”", as_of=AS),
        fact(GALL, "park_group", "planned_investment_cny", 184200000000.0, "142个项目按下签约动工“快进键”,总投资高达1842亿元", as_of=AS,
             qualifier=None, qualifier_text="高达"),
        fact(GG, "park_group", "projects_started", 107, "广州开发区、广州高新区107个项目集中动工", as_of=AS),
        fact(GG, "park_group", "planned_investment_cny", 165300000000.0, "总投资约1653亿元", qualifier="约", as_of=AS),
        fact(GQG, "park_group", "projects_count", 35, "等35个项目揭牌或签约", as_of=AS),
        fact(GQG, "park_group", "planned_investment_cny", 18900000000.0, "总投资约189亿元", qualifier="约", as_of=AS),
        fact(YJ, "project", "planned_investment_cny", 4500000000.0, "总投资规模45亿元", optional=True,
             note="与项目投资额重复，设为可选"),
        fact(YJ, "project", "first_phase_investment_cny", 1000000000.0, "首期投资超10亿元", qualifier="超", kind="target",
             note="首期投资"),
        fact(YJ, "park", "enterprises", 10, "该项目已导入广州开发区的10余家口罩、防护服、消毒液等应急物资生产企业",
             qualifier="余", as_of=AS, note="已导入企业"),
    ])
