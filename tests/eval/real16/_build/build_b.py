"""Ground truth for real16 c09-c15 (written from the texts only; see SOURCES.md)."""
from lib import *

# ---------------- c09 凤冈县招商推介签约资金51亿元 (贵州日报 2015)
P = "凤冈经济开发区"
Z = "彰教园区"
HP = "香港邵氏集团健康产业园"
G = "凤冈县招商推介会签约项目"
A = "2015年8月19日"
EVO = "凤冈县招商推介会暨香港邵氏集团健康产业园落成仪式、邵氏锌硒茶酒发布会在凤冈举行"
EVZ = "设在凤冈经济开发区彰教园区内,预计总投资5亿元以上"
write("c09", {
    "title": "招商推介签约资金51亿元",
    "outlet": "贵州日报（记者 张发扬 郑江南），中国民族地区经济网 chinaseca.net 转载", "published": "2015-08-24",
    "published_precision": "day",
    "register": "provincial party paper item (reposted) on a county's investment fair: eight signed projects and their total, a health industry park completed, a tea-liquor project sited in a development zone's sub-park",
    "source_url": "http://chinaseca.net/zthd/5035.html",
    "note": "标题下“时间:2015-08-24 信息来源:贵州日报”一行（日期取此；活动在“8月19日”）与文末“相关新闻”已删。存档两段，明显短于截断长度，以收束句结尾"},
    parks=[
        park(P, EVZ, city="遵义", district="凤冈县", province="贵州", kind="经济开发区",
             note="城市遵义据凤冈县所属推断"),
        park(Z, EVZ, city="遵义", district="凤冈县", province="贵州", kind="园区", parent=P,
             aliases=["凤冈经济开发区彰教园区"]),
        park(HP, EVO, city="遵义", district="凤冈县", province="贵州", kind="产业园", optional=True,
             note="落成的企业产业园（园区兼项目），与“邵氏茶农业产业园”的关系文中未说，可选"),
    ],
    companies=[
        company("香港邵氏集团", EVO, park=Z, note="其项目“香港邵氏锌硒茶酒”设在彰教园区内，按项目归园"),
    ],
    institutions=[inst("凤冈县人民政府", "等8个项目与凤冈县人民政府签署了合作协议")],
    projects=[
        project("香港邵氏锌硒茶酒", "香港邵氏锌硒茶酒是凤冈农业产业化星火计划项目,设在凤冈经济开发区彰教园区内,预计总投资5亿元以上",
                park=Z, companies=["香港邵氏集团"], inv=500000000.0, inv_text="预计总投资5亿元以上", qualifier="超",
                aliases=["邵氏锌硒茶酒"], status=None,
                note="“以上”→超；产品发布会，未说项目阶段；要建成“世界级邵氏茶农业产业园”"),
        project(HP, EVO, park=None, companies=["香港邵氏集团"], status="竣工", status_text="落成仪式", optional=True,
                note="产业园落成（项目兼园区），所在园区未说，可选"),
    ],
    facts=[
        fact(G, "park_group", "signing_enterprises", 10, "10余家企业分别就高端设备制造、箱包制造、辣椒加工等8个项目",
             qualifier="余", as_of=A, optional=True, note="签约企业数"),
        fact(G, "park_group", "projects_signed", 8, "辣椒加工等8个项目与凤冈县人民政府签署了合作协议", as_of=A),
        fact(G, "park_group", "planned_investment_cny", 5120000000.0, "涉及合同投资金额51.2亿元", as_of=A,
             note="标题作“51亿元”（取整，同值）"),
        fact("香港邵氏锌硒茶酒", "project", "plantation_area_mu", 5000, "茶园种植面积达5000余亩", unit="mu",
             qualifier="余", note="项目的茶园面积"),
    ])

# ---------------- c10 禄丰工业园等7个园区认定为省级高新区 (2019)
EV7 = "认定禄丰工业园区、安宁工业园区、马龙工业园区、陆良工业园区、砚山工业园区、临沧工业园区、龙陵工业园区等7个园区为省级高新技术产业开发区"
SEVEN = [("禄丰工业园区", "楚雄州", "禄丰县", ["禄丰工业园"]), ("安宁工业园区", "昆明", "安宁市", []),
         ("马龙工业园区", "曲靖", "马龙区", []), ("陆良工业园区", "曲靖", "陆良县", []),
         ("砚山工业园区", "文山州", "砚山县", []), ("临沧工业园区", "临沧", None, []), ("龙陵工业园区", "保山", "龙陵县", [])]
write("c10", {
    "title": "禄丰工业园等7个园区认定为省级高新技术产业开发区",
    "outlet": "昆明在线（页面标注；记者 昝娟娟），kmcits0366.com 转载", "published": "2019-02-28", "published_precision": "day",
    "register": "city news portal item on a provincial government notice recognising seven industrial parks as provincial high-tech zones, with the notice's requirements",
    "source_url": "http://www.kmcits0366.com/a/yunnanxinwen/2019/0228/181030.html",
    "note": "面包屑“当前位置主页 > 云南新闻 >”、“热门搜索:”、“昆明在线     发布时间:2019-02-28”一行与文末“编辑:姬祥虎责任编辑:徐婷”已删；"
            "正文首的“讯 记者昝娟娟”（原为“…讯”电头的残余）照录，“按照 “布局集中”中的空格照录。各园区所在市县据园区名中的地名补（文中未写）"},
    parks=[park(n, EV7, city=c, district=d, province="云南", kind="省级高新技术产业开发区（新认定）", aliases=al,
                note="原为工业园区，经省政府认定为省级高新区；城市据地名推断")
           for n, c, d, al in SEVEN],
    institutions=[inst("云南省政府办公厅", "云南省政府办公厅日前发布《关于认定禄丰工业园区等7个园区为省级高新技术产业开发区的通知》")],
    facts=[
        fact("云南省新认定的省级高新技术产业开发区", "park_group", "parks_count", 7, EV7, as_of="2019年2月"),
    ])

# ---------------- c11 拉萨经开区产业集群迸发新动能 (西藏日报 2020)
P = "拉萨经济技术开发区"
A = "截至2020年9月"
EVS = "高原之宝、藏建科技等6家企业获批自治区“专精特新”企业"
EVL = "鱼跃、碧水源、今日头条等一批关联度大、带动性强的行业龙头企业先后入驻"
write("c11", {
    "title": "拉萨经开区产业集群迸发新动能",
    "outlet": "西藏日报（本报记者 李梅英），拉萨市中小微企业公共服务平台 lssmes.cn 转载", "published": "2020-09-21",
    "published_precision": "day",
    "register": "regional party paper item (reposted by a city SME service platform) on a state-level ETDZ's 19th anniversary: industrial and listed firms, supported firms, named firms moving in, cumulative spending and jobs",
    "source_url": "http://www.lssmes.cn/ReadNews.html?id=371",
    "note": "浏览器提示、面包屑“当前位置:首页—新闻详情”、首次出现的标题与“2020-09-21 责任编辑: 作者: 来源:西藏日报 阅读量:7648”一行、空白行和页脚（服务电话、主办单位、备案号、微信公众号）已删；"
            "重复的标题保留一次，副题“有实体工业企业262家”作首段。文中只写“拉萨经开区”，名称用全称（check_gold 提示不逐字，有意；同 real12 z05）"},
    parks=[
        park(P, "拉萨经开区设立19年来,经济总量从小变大", city="拉萨", province="西藏", kind="国家级经济技术开发区",
             aliases=["拉萨经开区"], note="“园区”“经开区”单独出现不作别名"),
    ],
    companies=[
        company("高原之宝", EVS, park=P, note="园区企业，获批自治区“专精特新”"),
        company("藏建科技", EVS, park=P),
        company("鱼跃", EVL, park=P, note="“先后入驻”"),
        company("碧水源", EVL, park=P),
        company("今日头条", EVL, park=P),
    ],
    facts=[
        fact(P, "park", "industrial_enterprises", 262, "园区内实体工业企业达262家", as_of=A, note="副题同值"),
        fact(P, "park", "listed_companies", 12, "上市企业发展到12家", as_of=A),
        ratio(P, "park", "fiscal_contribution_share_2015", 0.05, "实体企业财政贡献率从2015年的5%", as_of="2015年"),
        ratio(P, "park", "fiscal_contribution_share", 0.65, "增长到去年的65%以上", as_of="2019年", qualifier="超",
              qualifier_text="以上"),
        fact(P, "park", "enterprises_supported", 1717, "2015年以来扶持实体落地企业1717家次", as_of=A, kind="cumulative",
             note="家次"),
        fact(P, "park", "four_above_enterprises", 81, "“四上企业”达到81家", as_of=A),
        fact(P, "park", "specialized_enterprises", 6, EVS, as_of=A),
        fact(P, "park", "support_funds_invested", 5000000000.0, "累计投入资金50多亿元", unit="cny", qualifier_text="多",
             as_of="近五年（至2020年9月）", kind="cumulative",
             note="“50多亿元”check_gold 读不出，metric 不带 _cny；多 → qualifier null"),
        fact(P, "park", "relocated_herders", 3000, "3000余名农牧民群众搬迁入住工作", qualifier="余", as_of=A, optional=True,
             note="搬迁入住的农牧民人数"),
        fact(P, "park", "employees", 18820, "各类企业用工人数累计达18820人", as_of=A, kind="cumulative"),
        fact(P, "park", "years_since_founding", 19, "拉萨经开区设立19年来", unit="years", optional=True),
    ])

# ---------------- c12 江苏省高新区13家企业入选中国上市公司市值500强 (新华日报 2021)
JS = "江苏省入选《2021上半年中国上市公司市值500强》的企业"
GX = "江苏省高新区入选《2021上半年中国上市公司市值500强》的企业"
A = "2021年上半年"
write("c12", {
    "title": "江苏省高新区13家企业入选中国上市公司市值500强",
    "outlet": "新华日报（记者 张宣），新华报业网 tech.jschina.com.cn", "published": "2021-07-28", "published_precision": "day",
    "register": "provincial party paper brief on a market-value ranking of listed companies: how many of the province's entries come from its high-tech zones, their market value and growth",
    "source_url": "http://tech.jschina.com.cn/jrsd/202107/t20210728_2824022.shtml",
    "note": "页首图片文件名“W020180517505687875841.jpg”、“2021-07-28 15:32:00  来源:新华日报”一行、“1”“听新闻”与文末“标签:”“责编:梅源”“下一篇”已删。"
            "正文中的断行空格（“占全省的 54.2%”“化工 等行业”“全省高新 区”“有力促进 高新区”）照录。文中没有点名任何一个园区，只有省内高新区整体"},
    companies=[
        company("恒瑞医药", "恒瑞医药等7家企业市值超过千亿元", park=None,
                note="来自江苏高新区的上市公司之一，文中未点名所在园区"),
    ],
    institutions=[inst("21数据新闻实验室", "近日,21数据新闻实验室发布了《2021上半年中国上市公司市值500强》榜单", kind="research",
                       note="发布榜单的媒体数据机构")],
    facts=[
        fact(JS, "park_group", "listed_companies_in_ranking", 24, "我省共有24家企业入选榜单", as_of=A),
        fact(GX, "park_group", "listed_companies_in_ranking", 13, "13家企业来自高新区", as_of=A),
        ratio(GX, "park_group", "share_of_province", 0.542, "占全省的 54.2%", as_of=A),
        fact(GX, "park_group", "market_value", 1500000000000.0, "总市值达1.5万亿人民币", unit="cny", as_of=A,
             note="“1.5万亿人民币”不带“元”，metric 不带 _cny"),
        ratio(GX, "park_group", "market_value_growth", 0.275, "市值增长27.5%", as_of=A),
        fact(GX, "park_group", "companies_over_100bn_market_value", 7, "恒瑞医药等7家企业市值超过千亿元", as_of=A,
             note="从句主语为13家高新区企业（读作其中7家）"),
        fact("2021上半年中国上市公司市值500强", "park_group", "list_size", 500, "《2021上半年中国上市公司市值500强》榜单",
             optional=True, note="榜单长度"),
    ])

# ---------------- c13 海南自由贸易港高新技术产业投资(招商)大会 (新华社 2023)
P = "海口国家高新技术产业开发区"
G = "海南自由贸易港高新技术产业投资(招商)大会签约项目"
EVH = "其中海口国家高新技术产业开发区签约辉致医药等9个项目,计划总投资近20亿元"
write("c13", {
    "title": None,
    "title_note": "存档页无标题，正文起于“据新华社报导”；内容：海南自由贸易港高新技术产业投资（招商）大会签署55个合作协议、约126亿元，海口国家高新区签约9个项目、近20亿元，海南高新技术企业与工业数据",
    "outlet": "新华社（“据新华社报导”），起点兽药网 shouyao.dzwindows.com 转载", "published": "2023-08-02",
    "published_precision": "day",
    "register": "news agency item (reposted by a trade site) on a provincial high-tech investment conference: agreements and amount, one national high-tech zone's signed projects, the province's high-tech firm counts and industrial growth",
    "source_url": "http://shouyao.dzwindows.com/zxck/2023/0802/11664.html",
    "note": "日期取自网址路径（2023/0802），大会“近日”在海口举行。页首“(资料图片)”、文末“标签:”与转载站页脚（Copyright、备案号、联系邮箱）已删"},
    parks=[park(P, EVH, city="海口", province="海南", kind="国家高新区")],
    companies=[
        company("辉致医药", EVH, park=P, optional=True, note="企业名作签约项目列举（“签约辉致医药等9个项目”），可选"),
    ],
    institutions=[inst("海南省商务厅", "记者从海南省商务厅获悉")],
    facts=[
        fact(G, "park_group", "agreements_signed", 55, "签署了55个合作协议", as_of="2023年8月"),
        fact(G, "park_group", "planned_investment_cny", 12600000000.0, "协议投资规模约126亿元", qualifier="约",
             as_of="2023年8月"),
        fact(P, "park", "projects_signed", 9, "签约辉致医药等9个项目", as_of="2023年8月"),
        fact(P, "park", "planned_investment_cny", 2000000000.0, "计划总投资近20亿元", qualifier="约", qualifier_text="近",
             as_of="2023年8月"),
        ratio("海南省高新技术企业", "park_group", "high_tech_enterprise_growth", 0.4, "海南高新技术企业保持着40%以上的增速",
              qualifier="超", qualifier_text="以上", as_of="近5年"),
        fact("海南省高新技术企业", "park_group", "enterprises", 838, "分别从838家、56家增加到1552家、261家", optional=True,
             note="省级口径（近3年前）"),
        fact("海南省高新技术企业", "park_group", "enterprises", 1552, "分别从838家、56家增加到1552家、261家", optional=True,
             note="省级口径"),
        fact("海南省专精特新企业", "park_group", "enterprises", 56, "分别从838家、56家增加到1552家、261家", optional=True,
             note="省级口径（近3年前）"),
        fact("海南省专精特新企业", "park_group", "enterprises", 261, "分别从838家、56家增加到1552家、261家", optional=True,
             note="省级口径"),
        ratio("海南省", "park_group", "above_scale_industrial_value_added_growth", 0.199, "海南规模以上工业增加值同比增长19.9%",
              as_of="2023年上半年"),
        ratio("海南省", "park_group", "high_tech_manufacturing_value_added_growth", 0.152, "规模以上高技术制造业增加值增长15.2%",
              as_of="2023年上半年"),
        ratio("海南省", "park_group", "equipment_manufacturing_value_added_growth", 0.315, "装备制造业增加值增长31.5%",
              as_of="2023年上半年"),
        fact("海南省", "park_group", "months_of_double_digit_industrial_investment_growth", 17,
             "海南工业投资已连续17个月保持两位数增长", unit="months", optional=True),
    ])

# ---------------- c14 磴口县2023年春季重点项目集中开工 (2023)
P = "磴口县工业园区"
G = "磴口县2023年春季集中开工重点项目"
A = "2023年3月30日"
EVM = "3月30日,磴口县2023年春季重点项目集中开工仪式在磴口县工业园区和瑞包装智能低碳环保建设项目区举行"
EVX = ("开工仪式同时还设立中利乳业奶粉加工项目、泰顺兴业(内蒙古)食品有限公司日处理1800吨番茄原料的大包装番茄酱生产线及小包装生产线项目、"
       "工业园区基础设施建设项目、华电内蒙古(巴彦淖尔)磴口20万吨光伏支架项目、内蒙古润琪生物科技有限公司腐植酸复合肥及腐植酸新型肥料项目、"
       "金牛煤电灵活性改造消纳14万千瓦光伏项目、中央公园住宅小区二期建设项目7个其他项目开工现场")
EVN = "3月18日开工的蒙能光储+生态治理项目"
ST = dict(status="开工", status_text="开工现场")
write("c14", {
    "title": None,
    "title_note": "存档页无标题，正文起于“3月30日”；内容：磴口县2023年春季重点项目集中开工，主会场在磴口县工业园区和瑞包装项目区，25个项目总投资94.15亿元，另设7个开工现场",
    "outlet": "原刊未注明（记者 王磊；编辑 王婷，终审 张海滨），paopaowang.com.cn 转载", "published": "2023-03-30",
    "published_precision": "day",
    "register": "county-level media item (reposted) on a county's spring batch of project starts held in its industrial park: totals by investor type, named projects at the main venue and seven other sites",
    "source_url": "http://m.paopaowang.com.cn/life/2023/0330/18689.html",
    "note": "日期取自网址路径（2023/0330），与文中“3月30日”一致。页首“(资料图片)”与文末署名块（“记者:王磊”“编辑:王婷”“校对:刘曼容”“审核:陈焕坤”“监制:陈东升”“终审:张海滨”六行，同 real15 b14 的处理）已删。"
            "“磴口县工业园区和瑞包装智能低碳环保建设项目区”读作园区内的“和瑞包装”项目区（见 Uncertain）"},
    parks=[park(P, EVM, city="巴彦淖尔", district="磴口县", province="内蒙古", kind="工业园区",
                note="城市巴彦淖尔据磴口县所属推断")],
    companies=[
        company("和瑞包装", EVM, park=P, optional=True, note="只出现在项目区名中（读法见 Uncertain）"),
        company("蒙能", EVN, park=None, optional=True, note="只出现在项目名中"),
        company("中利乳业", EVX, park=None, optional=True, note="只出现在项目名中"),
        company("泰顺兴业(内蒙古)食品有限公司", EVX, park=None, note="分会场项目，所在园区文中未说"),
        company("华电内蒙古(巴彦淖尔)", EVX, park=None, optional=True, note="只出现在项目名中"),
        company("内蒙古润琪生物科技有限公司", EVX, park=None, note="分会场项目，所在园区文中未说"),
        company("金牛煤电", EVX, park=None, optional=True, note="只出现在项目名中"),
    ],
    projects=[
        project("和瑞包装智能低碳环保建设项目", EVM, park=P, companies=["和瑞包装"], status="开工", status_text="集中开工仪式在…项目区举行",
                note="主会场项目，在磴口县工业园区内（读法见 Uncertain）"),
        project("蒙能光储+生态治理项目", EVN, park=None, companies=["蒙能"], status="开工", status_text="3月18日开工",
                note="春季26个项目之一，先于本批开工；地点未说"),
        project("中利乳业奶粉加工项目", EVX, park=None, companies=["中利乳业"], **ST),
        project("日处理1800吨番茄原料的大包装番茄酱生产线及小包装生产线项目", EVX, park=None,
                companies=["泰顺兴业(内蒙古)食品有限公司"], **ST,
                aliases=["泰顺兴业(内蒙古)食品有限公司日处理1800吨番茄原料的大包装番茄酱生产线及小包装生产线项目"]),
        project("工业园区基础设施建设项目", EVX, park=P, optional=True, **ST,
                note="泛称，可选；“工业园区”即磴口县工业园区（本县唯一写到的园区）"),
        project("磴口20万吨光伏支架项目", EVX, park=None, companies=["华电内蒙古(巴彦淖尔)"], **ST,
                aliases=["华电内蒙古(巴彦淖尔)磴口20万吨光伏支架项目"]),
        project("腐植酸复合肥及腐植酸新型肥料项目", EVX, park=None, companies=["内蒙古润琪生物科技有限公司"], **ST,
                aliases=["内蒙古润琪生物科技有限公司腐植酸复合肥及腐植酸新型肥料项目"]),
        project("金牛煤电灵活性改造消纳14万千瓦光伏项目", EVX, park=None, companies=["金牛煤电"], **ST,
                note="企业与项目名相连，无更短名称，照录"),
        project("中央公园住宅小区二期建设项目", EVX, park=None, phase="二期", optional=True, **ST,
                note="城市住宅项目，可选"),
    ],
    facts=[
        fact(G, "park_group", "projects_started", 26, "磴口县2023年春季集中开工26个重点项目", as_of="2023年春季"),
        fact(G, "park_group", "projects_started_this_batch", 25, "本次开工25个重点项目", as_of=A),
        fact(G, "park_group", "planned_investment_cny", 9415000000.0, "总投资额94.15亿元", as_of=A, note="本次25个项目"),
        fact(G, "park_group", "enterprise_projects", 17, "企业投资类项目17个", as_of=A),
        fact(G, "park_group", "enterprise_projects_investment_cny", 8526000000.0, "投资总额85.26亿元", as_of=A),
        fact(G, "park_group", "government_projects", 9, "政府投资类项目9个", as_of=A),
        fact(G, "park_group", "government_projects_investment_cny", 889000000.0, "投资总额8.89亿元", as_of=A),
        fact(G, "park_group", "other_sites", 7, "中央公园住宅小区二期建设项目7个其他项目开工现场", as_of=A, optional=True,
             note="另设开工现场的项目数"),
    ])

# ---------------- c15 长春汽开区64个项目集中签约 (新华财经 2023)
P = "长春汽车经济技术开发区"
G = "长春汽车经济技术开发区2023年招商引资集中签约项目"
A = "2023年1月5日"
EVC = "涉及一汽解放、玲珑轮胎、法雷奥等多家行业内龙头企业"
write("c15", {
    "title": "长春汽开区64个项目集中签约 总投资442亿元",
    "outlet": "新华财经（记者 王晓林；编辑 罗浩），cnbzol.com 转载", "published": "2023-01-06", "published_precision": "day",
    "register": "news agency financial service item on a state-level ETDZ's first signing of the year: projects and total, named firms, the zone's 2022 output, investment and investment attracted",
    "source_url": "http://cnbzol.com/finance/gushi/2023/0106/745138.html",
    "note": "“来源: 新华财经 ┆ 时间: 2023-01-06 14:37:49”一行、“(资料图片)”与文末“编辑:罗浩”“标签:”已删；签约在“5日”"},
    parks=[
        park(P, "在5日举行的长春汽车经济技术开发区2023年招商引资项目集中签约暨落位项目启动活动上", city="长春",
             province="吉林", kind="国家级经济技术开发区", aliases=["长春汽开区"]),
        park("国际汽车城", "长春汽车经济技术开发区位于长春市规划的国际汽车城核心区", city="长春", province="吉林",
             kind="规划区", optional=True, note="市规划的片区，汽开区位于其核心区；是否算园区有争议，可选，不设上下级"),
    ],
    companies=[
        company("一汽解放", EVC, park=P, note="签约项目所涉企业，按项目归园"),
        company("玲珑轮胎", EVC, park=P),
        company("法雷奥", EVC, park=P),
        company("一汽集团", "一汽集团总部坐落于此", park=P, note="“总部坐落于此”"),
    ],
    facts=[
        fact(G, "park_group", "projects_signed", 64, "64个项目集中签约", as_of=A),
        fact(G, "park_group", "planned_investment_cny", 44200000000.0, "总投资442亿元", as_of=A),
        fact(P, "park", "above_scale_output_value_cny", 379000000000.0, "该区实现规模以上工业总产值3790亿元",
             as_of="2022年1-11月"),
        fact(P, "park", "fixed_asset_investment_cny", 12020000000.0, "固定资产投资120.2亿元", as_of="2022年1-11月"),
        fact(P, "park", "domestic_investment_in_place_cny", 17200000000.0, "2022年招商引资内资到位172亿元", as_of="2022年"),
        ratio(P, "park", "domestic_investment_in_place_growth", 0.1, "同比增长10%", as_of="2022年"),
        fact(P, "park", "foreign_investment_in_place_usd", 173000000.0, "外资到位1.73亿美元", as_of="2022年"),
        ratio(P, "park", "foreign_investment_in_place_growth", 1.26, "同比增长126%", as_of="2022年"),
    ])
