from lib import *

# ---------------- u01 正定高新区 (石家庄正定县秋季集中开工)
P = "正定高新区"
G = "石家庄(正定县)2019年秋季集中开工项目"
XZC = "河北新之春科技发展有限公司"
WQ = "河北文祺医药进出口贸易有限公司"
XL = "西岭磁能科技正定有限责任公司"
EVL = "这次秋季集中开工项目为河北新之春科技发展有限公司动物射频识别标识制作项目"
ST = "秋季项目集中开工"
write("u01", {
    "title": None,
    "title_note": "(no headline) 石家庄(正定县)2019年秋季项目集中开工仪式在正定高新区举行：7个项目总投资27.78亿元",
    "outlet": "河北新闻网 房产频道 house.hebei.com.cn（原出处、作者未注明）",
    "published": "2019-10-31", "published_precision": "day",
    "register": "provincial news portal item on a county's autumn batch groundbreaking held in a high-tech zone",
    "source_url": "http://house.hebei.com.cn/system/2019/10/31/100087074.shtml",
    "note": "存档页无标题，文件从正文开始；日期据页面路径 2019/10/31（文中“近日”）"},
    parks=[
        park(P, "2019年秋季项目集中开工仪式在正定高新区(南区)", city="石家庄", district="正定县", province="河北",
             kind="高新区", aliases=["正定高新技术产业开发区"]),
        park("正定高新区(南区)", "集中开工仪式在正定高新区(南区)河北新之春科技发展有限公司", city="石家庄",
             district="正定县", province="河北", kind="园区片区", parent=P, optional=True),
        park("国药乐仁堂医药物流园", "国药乐仁堂医药物流园项目三期", city="石家庄", district="正定县", province="河北",
             kind="物流园(项目)", optional=True, note="以开工项目出现（项目三期），文中未放在高新区"),
    ],
    companies=[
        company(XZC, "在正定高新区(南区)河北新之春科技发展有限公司动物射频识别标识制作项目施工现场举行", park=P,
                note="开工仪式在其位于正定高新区(南区)的项目现场举行"),
        company("国药乐仁堂", "国药乐仁堂医药物流园项目三期", optional=True, note="只出现在项目名中"),
        company(WQ, "河北文祺医药进出口贸易有限公司医药展示交易中心", note="县内开工项目业主，文中未放在园区"),
        company(XL, "西岭磁能科技正定有限责任公司储能装备生产基地项目", note="县内开工项目业主，文中未放在园区"),
    ],
    institutions=[inst("正定高新技术产业开发区管委会", "县长、正定高新技术产业开发区管委会主任孙鹏云", park=P)],
    projects=[
        project("河北新之春科技发展有限公司动物射频识别标识制作项目",
                "在正定高新区(南区)河北新之春科技发展有限公司动物射频识别标识制作项目施工现场举行", park=P,
                companies=[XZC], status="开工", status_text=ST),
        project("国药乐仁堂医药物流园项目三期", "国药乐仁堂医药物流园项目三期、安济路综合管廊工程",
                companies=["国药乐仁堂"], phase="三期", status="开工", status_text=ST),
        project("安济路综合管廊工程", "国药乐仁堂医药物流园项目三期、安济路综合管廊工程", status="开工",
                status_text=ST, optional=True, note="市政基础设施工程"),
        project("河北文祺医药进出口贸易有限公司医药展示交易中心", "河北文祺医药进出口贸易有限公司医药展示交易中心",
                companies=[WQ], status="开工", status_text=ST),
        project("正定周汉河水利综合整治工程", "正定周汉河水利综合整治工程、东城门片区环境整治提升工程", status="开工",
                status_text=ST, optional=True, note="水利/民生工程"),
        project("东城门片区环境整治提升工程", "正定周汉河水利综合整治工程、东城门片区环境整治提升工程", status="开工",
                status_text=ST, optional=True, note="城市环境整治工程"),
        project("西岭磁能科技正定有限责任公司储能装备生产基地项目", "西岭磁能科技正定有限责任公司储能装备生产基地项目,共计7个",
                companies=[XL], status="开工", status_text=ST),
    ],
    facts=[
        fact(G, "park_group", "projects_started", 7, "储能装备生产基地项目,共计7个,总投资27.78亿元", as_of="2019年10月",
             note="全县批次，仪式在正定高新区举行；文中只把新之春项目放在高新区"),
        fact(G, "park_group", "planned_investment_cny", 2778000000.0, "总投资27.78亿元,今年计划投资4.65亿元",
             as_of="2019年10月"),
        fact(G, "park_group", "annual_planned_investment_cny", 465000000.0, "今年计划投资4.65亿元", kind="target",
             as_of="2019年"),
    ])

# ---------------- u02 郑州高新区
P = "郑州高新区"
G = "郑州高新区2020年第二批集中开工重大项目"
ZZ = "众智科技内燃发电智能控制系统产业园项目"
ST = "2020年第二批重大项目集中开工"
EVL = "包括中国长城自主创新基地、信安通5G网络安全实验场、智能仪器仪表综合科研实验中心、思维轨道交通产业园、众智科技内燃发电智能控制系统产业园等17个项目"
write("u02", {
    "title": "河南省郑州高新区:17个重大项目开工 总投资76.6亿元",
    "outlet": "news.08nm.com 资讯转载（记者 孙大康；原出处未注明）",
    "published": "2020-06", "published_precision": "month",
    "register": "local news item (reposted) on a national high-tech zone's share of a city-wide batch groundbreaking",
    "source_url": "https://news.08nm.com/archives/19192",
    "note": "页面无日期；开工仪式2020年6月5日"},
    parks=[
        park(P, "河南省郑州高新区:17个重大项目开工", city="郑州", province="河南", kind="高新区",
             aliases=["郑州市高新区", "高新区"]),
        park("思维轨道交通产业园", "思维轨道交通产业园、众智科技内燃发电智能控制系统产业园等17个项目", city="郑州",
             province="河南", kind="产业园(项目)", parent=P, optional=True, note="以开工项目出现"),
        park("众智科技内燃发电智能控制系统产业园", "众智科技内燃发电智能控制系统产业园项目计划布局4.6万平方米", city="郑州",
             province="河南", kind="产业园(项目)", parent=P, optional=True, note="以开工项目出现"),
    ],
    companies=[
        company("中国长城", "包括中国长城自主创新基地", park=P, optional=True, note="只出现在项目名中"),
        company("信安通", "信安通5G网络安全实验场", park=P, optional=True, note="只出现在项目名中"),
        company("思维", "思维轨道交通产业园", park=P, optional=True, note="只出现在项目名中（简称）"),
        company("众智科技", "众智科技内燃发电智能控制系统产业园项目计划布局4.6万平方米", park=P, optional=True,
                note="只出现在项目名中"),
    ],
    projects=[
        project("中国长城自主创新基地", EVL, park=P, companies=["中国长城"], status="开工", status_text=ST),
        project("信安通5G网络安全实验场", EVL, park=P, companies=["信安通"], status="开工", status_text=ST),
        project("智能仪器仪表综合科研实验中心", EVL, park=P, status="开工", status_text=ST),
        project("思维轨道交通产业园", EVL, park=P, companies=["思维"], status="开工", status_text=ST),
        project(ZZ, "众智科技内燃发电智能控制系统产业园项目计划布局4.6万平方米", park=P, companies=["众智科技"],
                status="开工", status_text=ST, aliases=["众智科技内燃发电智能控制系统产业园"]),
    ],
    facts=[
        fact(G, "park_group", "projects_started", 17, "高新区有17个带动能力强、经济效益好、生态效益高的重大项目集中开工",
             as_of="2020年6月5日"),
        fact(G, "park_group", "planned_investment_cny", 7660000000.0, "等17个项目,总投资76.6亿元,年度计划投资28.5亿元",
             as_of="2020年6月5日"),
        fact(G, "park_group", "annual_planned_investment_cny", 2850000000.0, "年度计划投资28.5亿元", kind="target",
             as_of="2020年"),
        fact(ZZ, "project", "area_m2", 46000, "众智科技内燃发电智能控制系统产业园项目计划布局4.6万平方米", optional=True,
             note="“布局4.6万平方米”，未说明是占地还是建筑面积"),
        fact(ZZ, "project", "annual_capacity_units", 600000, "拟建成后可达到年产60万台套各类智能控制系统", unit="units",
             kind="target", optional=True),
        fact(ZZ, "project", "expected_revenue_cny", 360000000.0, "预计实现销售收入3.6亿元", kind="target"),
        fact(ZZ, "project", "jobs", 200, "增加就业200人左右", qualifier="约", qualifier_text="左右", kind="target",
             unit="persons"),
    ])

# ---------------- u03 宣城市产业链投资引导基金
F = "宣城市产业链投资引导基金"
P = "宣城经开区"
write("u03", {
    "title": None,
    "title_note": "(no headline) 宣城市产业链投资引导基金正式注册：基金规模50亿元，首期6亿元，宣城经开区参与出资",
    "outlet": "投资界 pedaily.cn（投资界消息），转载于 m.briankreed.com",
    "published": "2022-07", "published_precision": "month",
    "register": "business-press brief on a city-level industrial-chain guidance fund co-funded by a development zone",
    "source_url": "https://m.briankreed.com/news/202207/496035.shtml",
    "note": "存档页无标题，文件从正文开始；原文 https://news.pedaily.cn/202207/496035.shtml（文末“本文来源投资界,原文:…”一行已删）；注册日7月12日"},
    parks=[park(P, "由市直、宣城经开区及各县市区共同出资", city="宣城", province="安徽", kind="经济开发区",
                note="基金出资方之一")],
    companies=[company("宣城市国控集团", "委托市国控集团作为受托管理人", aliases=["市国控集团"],
                       note="基金受托管理人；文中作“市国控集团”")],
    funds=[fund(F, "7月12日,安徽宣城市产业链投资引导基金有限公司正式注册。基金规模50亿元,首期规模6亿元", size=5000000000.0,
                size_type="基金规模", aliases=["安徽宣城市产业链投资引导基金有限公司"],
                note="市级引导基金，由市直、宣城经开区及各县市区共同出资，文中未归属某一园区（park null）")],
    facts=[
        fact(F, "fund", "fund_size_cny", 5000000000.0, "基金规模50亿元,首期规模6亿元", as_of="2022年7月"),
        fact(F, "fund", "first_phase_size_cny", 600000000.0, "首期规模6亿元", as_of="2022年7月"),
        fact(F, "fund", "fund_size_cny", 10000000000.0, "力争到“十四五”末基金规模超100亿元", qualifier="超",
             kind="target", as_of="“十四五”末(2025年)"),
    ])

# ---------------- u04 赣州综保区
P = "赣州综保区"
write("u04", {
    "title": "赣州综保区举行2022年第一批项目集中开竣工活动",
    "outlet": "中国青年网（陈科贤 曾荣华），转载于 gongyicankao.com（公益参考消息；编辑 闫玉茹）",
    "published": "2022-03-23", "published_precision": "day",
    "register": "national youth news portal item on a comprehensive bonded zone's batch of project starts and completions, with its trade figures",
    "source_url": "http://gongyicankao.com/news/2022/hd_0324/14041.html",
    "note": "电头“赣州3月23日电”；转载页时间2022-03-24 09:46。页面时间/来源行、图片说明“陈水连在活动上宣布项目竣工并下达开工令。陈科贤摄”、编辑行和版权声明已删"},
    parks=[
        park(P, "赣州综保区举行2022年第一批项目集中开竣工活动", city="赣州", province="江西", kind="综合保税区"),
        park("赣州经开区", "赣州市政府副市长、赣州经开区党工委书记陈水连宣布项目竣工并下达开工令", city="赣州",
             province="江西", kind="经济技术开发区", optional=True, note="只出现在官员职务中"),
    ],
    companies=[
        company("中国银行赣州市分行", "中国银行赣州市分行党委书记、行长汪武", optional=True, note="出席单位"),
        company("农业银行赣州分行", "农业银行赣州分行党委书记、行长张军强", optional=True, note="出席单位"),
    ],
    institutions=[
        inst("赣州综保区管委会", "赣州综保区党工委副书记、管委会主任温荣喜主持活动", park=P),
        inst("赣州综保区党工委", "赣州综保区党工委副书记、管委会主任温荣喜主持活动", park=P),
        inst("赣州经开区管委会", "赣州经开区党工委副书记、管委会主任梁丁盛", park="赣州经开区"),
        inst("赣州经开区党工委", "赣州经开区党工委书记陈水连", park="赣州经开区"),
        inst("赣州市政府", "赣州市政府副市长"),
        inst("市农业农村局", "市农业农村局副局长曾凡生"),
    ],
    facts=[
        fact("赣州综保区2022年第一批集中开工项目", "park_group", "projects_started", 5, "此次活动共有开工项目5个",
             as_of="2022年3月22日"),
        fact("赣州综保区2022年第一批集中开工项目", "park_group", "planned_investment_cny", 6032000000.0,
             "开工项目5个,总投资60.32亿元", as_of="2022年3月22日"),
        fact("赣州综保区2022年第一批集中竣工项目", "park_group", "projects_completed", 4, "竣工项目4个,总投资7.85亿元",
             as_of="2022年3月22日"),
        fact("赣州综保区2022年第一批集中竣工项目", "park_group", "planned_investment_cny", 785000000.0,
             "竣工项目4个,总投资7.85亿元", as_of="2022年3月22日"),
        fact(P, "park", "cumulative_investment_cny", 3000000000.0, "累计投入超30亿元", qualifier="超",
             kind="cumulative", as_of="截至2022年3月"),
        fact(P, "park", "built_floor_area_m2", 1130000, "建成和在建标准厂房、保税仓库、网外员工宿舍等113万平方米",
             unit="m2", kind="cumulative", as_of="截至2022年3月", note="建成和在建合计"),
        fact(P, "park", "investment_promotion_trips", 17, "各招商小分队共外出招商17批次", as_of="2022年初至3月",
             optional=True),
        fact(P, "park", "investor_visits_received", 71, "接待客商71批次", as_of="2022年初至3月", optional=True),
        fact(P, "park", "projects_signed", 5, "接待客商71批次,签约项目5个", as_of="2022年初至3月"),
        fact(P, "park", "trade_value_cny", 2636000000.0, "1-2月实现进出口总额26.36亿元", as_of="2022年1-2月"),
        fact(P, "park", "trade_value_yoy_growth", 4.371, "同比增长437.1%", kind="ratio", as_of="2022年1-2月",
             optional=True),
        fact(P, "park", "national_bonded_zone_rank_trade_value", 57, "在全国148个综保区中分别列第57位、第12位",
             unit="rank", as_of="2022年1-2月", optional=True),
        fact(P, "park", "national_bonded_zone_rank_trade_growth", 12, "在全国148个综保区中分别列第57位、第12位",
             unit="rank", as_of="2022年1-2月", optional=True),
        fact("全国综保区", "park_group", "parks_count", 148, "在全国148个综保区中", as_of="2022年", optional=True),
    ])

# ---------------- u05 长沙经开区、长沙县
P = "长沙经开区"
TJ = "铁建重工特大直径盾构机智能制造项目"
write("u05", {
    "title": "长沙经开区、长沙县57个重大项目集中开工竣工",
    "outlet": "长沙晚报·掌上长沙 icswb.com（全媒体记者 伍玲；编辑 李春璞）",
    "published": "2021-06-25", "published_precision": "day",
    "register": "municipal newspaper item on a national ETDZ's and its county's quarterly batch of starts and completions",
    "source_url": "https://www.icswb.com/h/103024/20210625/718577.html",
    "note": "图片占位行“微信图片_20210625172120”、【作者】【编辑】行、关键词和评论区已删。real3 r03 是同区县2024年另一批次，非同一报道"},
    parks=[park(P, "长沙经开区、长沙县2021年二季度重大项目集中开竣工活动举行", city="长沙", district="长沙县",
                province="湖南", kind="经济技术开发区")],
    companies=[company("铁建重工", "其中,铁建重工特大直径盾构机智能制造项目投资约10.9亿元", park=P, optional=True,
                       note="只出现在项目名中")],
    institutions=[inst("长沙经开区党工委", "市委常委、长沙经开区党工委书记、长沙县委书记沈裕谋", park=P)],
    projects=[project(TJ, "其中,铁建重工特大直径盾构机智能制造项目投资约10.9亿元", park=P, companies=["铁建重工"],
                      inv=1090000000.0, inv_text="投资约10.9亿元", qualifier="约", status="开工", status_alt="竣工",
                      status_text="长沙经开区开竣工项目之一；“将满足日益增加的…需求”",
                      note="开竣工批次中未分开；从将来时的描述看为开工")],
    facts=[
        fact("长沙经开区、长沙县2021年二季度集中开竣工重大项目", "park_group", "projects_count", 57,
             "57个重大项目总投资373亿元", as_of="2021年6月25日", note="开工与竣工合计"),
        fact("长沙经开区、长沙县2021年二季度集中开竣工重大项目", "park_group", "planned_investment_cny", 37300000000.0,
             "57个重大项目总投资373亿元", as_of="2021年6月25日"),
        fact("长沙经开区2021年二季度开竣工项目", "park_group", "projects_count", 15,
             "此次长沙经开区开竣工项目共有15个,总投资61.32亿元", as_of="2021年6月25日"),
        fact("长沙经开区2021年二季度开竣工项目", "park_group", "planned_investment_cny", 6132000000.0,
             "共有15个,总投资61.32亿元", as_of="2021年6月25日"),
        fact("长沙县2021年二季度集中开竣工新开工重大项目", "park_group", "projects_started", 28,
             "新开工重大项目28个、总投资168.47亿元", as_of="2021年6月25日"),
        fact("长沙县2021年二季度集中开竣工新开工重大项目", "park_group", "planned_investment_cny", 16847000000.0,
             "总投资168.47亿元,竣工重大项目14个", as_of="2021年6月25日"),
        fact("长沙县2021年二季度集中开竣工竣工重大项目", "park_group", "projects_completed", 14,
             "竣工重大项目14个、总投资143.6亿元", as_of="2021年6月25日"),
        fact("长沙县2021年二季度集中开竣工竣工重大项目", "park_group", "planned_investment_cny", 14360000000.0,
             "竣工重大项目14个、总投资143.6亿元", as_of="2021年6月25日"),
        fact("长沙经开区2021年市级考核重大项目", "park_group", "projects_count", 81, "长沙经开区列入市级考核重大项目81个",
             as_of="2021年"),
        fact("长沙经开区2021年市级考核重大项目", "park_group", "annual_planned_investment_cny", 18209500000.0,
             "2021年度计划投资182.095亿元", kind="target", as_of="2021年"),
        fact("长沙经开区2021年市级考核重大项目", "park_group", "completed_investment_cny", 10900000000.0,
             "81个项目合计完成投资109亿元", as_of="2021年1-5月"),
        fact("长沙经开区2021年市级考核重大项目", "park_group", "investment_completion_rate", 0.6009, "完成率60.09%",
             unit="ratio", kind="ratio", as_of="2021年1-5月", optional=True),
        fact(P, "park", "rank_among_city_national_parks", 1, "连续两月排名五个国家级园区第一", unit="rank",
             as_of="2021年4-5月", optional=True, note="按重大项目投资完成率在长沙五个国家级园区中排名"),
        fact("长沙县市级以上重大项目", "other", "projects_count", 177, "长沙县今年铺排市级以上重大项目177个",
             as_of="2021年", optional=True),
        fact("长沙县市级以上重大项目", "other", "annual_planned_investment_cny", 30174000000.0, "年度计划投资301.74亿元",
             kind="target", as_of="2021年", optional=True),
        fact("长沙县市级以上重大项目", "other", "completed_investment_cny", 18376000000.0, "实现投资183.76亿元",
             as_of="2021年1-5月", optional=True),
        fact("长沙县市级以上重大项目", "other", "investment_completion_rate", 0.6, "投资完成率60%", unit="ratio",
             kind="ratio", as_of="2021年1-5月", optional=True),
    ])

# ---------------- u06 西安高新区草堂科技产业基地
P = "西安高新区"
CT = "草堂科技产业基地"
G = "西安高新区2013年6月14日草堂科技产业基地集中开工重大项目"
ZD = "中国电科(西安)电子信息产业园项目"
write("u06", {
    "title": None,
    "title_note": "(no headline) 西安高新区在草堂科技产业基地举行重大项目开工仪式：22个项目总投资270亿元",
    "outlet": "华商报（本报讯，记者 魏晓飞；编辑 王静），华商网 news.hsw.cn",
    "published": "2013-06-15", "published_precision": "day",
    "register": "municipal/regional daily item on a high-tech zone's batch groundbreaking held in its sub-base on the zone's anniversary",
    "source_url": "http://news.hsw.cn/system/2013/06/15/051690868.shtml",
    "note": "存档页无标题，文件从正文开始；文中“昨日”=6月14日（高新区成立22周年）；“编辑:王静”及其后的推荐链接已删"},
    parks=[
        park(P, "西安高新区在草堂科技产业基地举行重大项目开工仪式", city="西安", province="陕西", kind="高新区",
             aliases=["高新区"]),
        park(CT, "西安高新区在草堂科技产业基地举行重大项目开工仪式", city="西安", province="陕西", kind="产业基地",
             parent=P, note="高新区的产业基地（开工仪式举办地）"),
        park("中国电科(西安)电子信息产业园", "总投资103.8亿元的中国电科(西安)电子信息产业园项目尤其引人关注", city="西安",
             province="陕西", kind="产业园(项目)", parent=P, optional=True, note="以开工项目出现"),
    ],
    companies=[company("中国电科", "总投资103.8亿元的中国电科(西安)电子信息产业园项目", park=P, optional=True,
                       note="只出现在项目名中")],
    institutions=[inst("西安高新区党工委", "西安市委常委、高新区党工委书记赵红专在致辞中介绍", park=P)],
    projects=[project(ZD, "总投资103.8亿元的中国电科(西安)电子信息产业园项目尤其引人关注", park=P,
                      companies=["中国电科"], inv=10380000000.0, inv_text="总投资103.8亿元", status="开工",
                      status_text="22个集中开工的项目之一",
                      note="文中只说是西安高新区此次（在草堂基地举行的）集中开工项目之一，未说位于草堂基地")],
    facts=[
        fact(G, "park_group", "projects_started", 22, "本次集中开工涉及项目22个,总投资270亿元", as_of="2013年6月14日"),
        fact(G, "park_group", "planned_investment_cny", 27000000000.0, "总投资270亿元,年度计划投资36亿元",
             as_of="2013年6月14日"),
        fact(G, "park_group", "annual_planned_investment_cny", 3600000000.0, "年度计划投资36亿元", kind="target",
             as_of="2013年"),
        fact(G, "park_group", "expected_output_value_cny", 30000000000.0, "达产后当年可实现产值300亿元", kind="target"),
        fact(G, "park_group", "expected_industry_scale_cny", 100000000000.0, "未来产业规模将达到1000亿元", kind="target",
             optional=True),
        fact(G, "park_group", "jobs", 60000, "可带动6万人就业", kind="target", unit="persons", optional=True),
        fact(P, "park", "fortune500_enterprises", 100, "已有100多家世界500强企业在高新区投资项目或设立机构",
             qualifier="余", qualifier_text="多", kind="cumulative", as_of="2013年6月"),
        fact(P, "park", "foreign_investment_usd", 4000000000.0, "高新区成立以来已经累计引进外资40亿美元",
             kind="cumulative", as_of="2013年6月"),
        fact(ZD, "project", "expected_revenue_cny", 10000000000.0, "预计到2017年建成投产后将实现年营业收入100亿元",
             kind="target", as_of="2017年"),
        fact(ZD, "project", "expected_revenue_cny", 20000000000.0, "计划实现年营业收入200亿元", kind="target",
             as_of="2020年", optional=True),
    ])
