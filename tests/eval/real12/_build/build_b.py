from lib import *

# ---------------- z09 衡水高新区10个重点项目集中开工 (长城网 2018)
P = "衡水高新区"
G = "衡水高新区2018年上半年集中开工重点项目"
A = "2018年3月27日"
ST = dict(park=P, status="开工", status_text="集中开工")
NCP = "只出现在项目名中"
write("z09", {
    "title": "总投资84亿元 衡水高新区10个重点项目集中开工",
    "outlet": "长城网（记者 扈炜；责任编辑 邢梅智），长城网衡水频道 hs.hebei.com.cn",
    "published": "2018-03-28", "published_precision": "day",
    "register": "provincial news portal city-channel item on a high-tech zone's half-year batch of starts: the total and four named projects with amounts",
    "source_url": "http://hs.hebei.com.cn/system/2018/03/28/018696401.shtml",
    "note": "四行图片说明（“衡水高新区举行2018年重点项目集中开工仪式。记者 扈炜”等）、文末“ |”、“关键词:”行和“责任编辑:邢梅智”已删；页面日期取自网址路径，电头“3月27日讯”；正文在存档页中为一行，段间以空格隔开，照录（含“党组成员 、”中的空格）"},
    parks=[
        park(P, "衡水高新区举行2018年上半年重点项目集中开工仪式", city="衡水", province="河北", kind="高新区",
             note="文中“启动了国家级高新区申创程序”，即尚非国家级；省份不在文中"),
        park("京南国家科技成果转移转化示范区", "成功入列京南国家科技成果转移转化示范区", province="河北",
             kind="科技成果转移转化示范区", optional=True, note="高新区入列的区域性示范区，非产业园区"),
    ],
    companies=[
        company("以岭", "以岭万洲国际医药产业项目,总投资13.2亿元", park=P, optional=True, note=NCP),
        company("泰华维康", "泰华维康健康饮品项目,总投资11亿元", park=P, optional=True, note=NCP),
        company("润德环保", "润德环保智能装备项目,总投资10亿元", park=P, optional=True, note=NCP),
    ],
    institutions=[
        inst("衡水高新区管委会", "衡水高新区管委会主任姚幸福表示"),
    ],
    projects=[
        project("衡水科技谷项目", "衡水科技谷项目,总投资27.6亿元", inv=2760000000.0, inv_text="总投资27.6亿元", **ST,
                aliases=["衡水科技谷"]),
        project("以岭万洲国际医药产业项目", "以岭万洲国际医药产业项目,总投资13.2亿元", companies=["以岭"],
                inv=1320000000.0, inv_text="总投资13.2亿元", **ST),
        project("泰华维康健康饮品项目", "泰华维康健康饮品项目,总投资11亿元", companies=["泰华维康"], inv=1100000000.0,
                inv_text="总投资11亿元", **ST),
        project("润德环保智能装备项目", "润德环保智能装备项目,总投资10亿元", companies=["润德环保"], inv=1000000000.0,
                inv_text="总投资10亿元", **ST),
    ],
    facts=[
        fact(G, "park_group", "projects_started", 10, "本次集中开工项目10个", as_of=A),
        fact(G, "park_group", "planned_investment_cny", 8400000000.0, "总投资达84亿元", as_of=A,
             note="标题作“总投资84亿元”"),
    ])

# ---------------- z10 滨海县工业园 2018年工作 (滨海日报 2019)
P = "滨海县工业园"
ZH = "电子信息智慧园"
A = "2018年"
EVZ = "电子信息智慧园一期顺利交付使用,科道智能装备、唯普亿展科技等5个项目已入驻"
EVI = "加快程庄路西延、经一路、西苑小区二期等工程建设"
INF = dict(park=P, status="在建", status_text="加快…等工程建设")
write("z10", {
    "title": "工业园高质量发展活力迸发",
    "outlet": "滨海日报（作者 任庆华），滨海新闻网 bhxww.cn",
    "published": "2019-03-05", "published_precision": "day",
    "register": "county paper year-end item on a county industrial park's 2018 work: signings, starts and completions, investment-promotion stations, a partner park, a smart park delivered with firms entering, a national torch base passing review",
    "source_url": "http://bhxww.cn/shownews.asp?id=38070",
    "note": "页面表格边线、“作者:任庆华 来源:滨海日报 浏览次数:5600 发布时间:[2019-3-5]”、“(版权所有 不得转载)”和“[关闭窗口]”已删；正文在存档页中为一段（小标题“项目推进实现新突破。”等与正文相连），“综合奖。 项目推进”中的空格照录；“去年”=2018年"},
    parks=[
        park(P, "去年,县工业园紧紧围绕“三争”目标", city="盐城", district="滨海县", province="江苏", kind="县级工业园",
             note="文中只称“县工业园”；“滨海县工业园”是据报名（滨海日报）补全的名称，check_gold 会提示名称不在文中（有意，同 real9 x12、real10 y09）；城市、省份不在文中。通用词“县工业园”不作别名"),
        park(ZH, EVZ, city="盐城", district="滨海县", province="江苏", kind="产业园(园中园)", parent=P,
             note="一期交付使用，已有5个项目入驻，故作园区（同 real10 y02）；亦作项目"),
        park("国家火炬滨海流体装备特色产业基地", "国家火炬滨海流体装备特色产业基地通过国家科技部复审", city="盐城",
             district="滨海县", province="江苏", kind="国家火炬特色产业基地", parent=P,
             note="列在工业园“载体建设”之下"),
        park("山阳工业园", "与上海市金山区山阳工业园建立了战略友好合作关系", city="上海", district="金山区",
             province="上海", kind="工业园", aliases=["上海市金山区山阳工业园"], optional=True,
             note="合作伙伴园区（同 real11 z04 的合作方园区，设为可选）"),
        park("中汽汽车产业基地", "中汽汽车产业基地开工建设", city="盐城", district="滨海县", province="江苏",
             kind="产业基地(项目)", parent=P, optional=True, note="以开工项目出现"),
    ],
    companies=[
        company("科道智能装备", EVZ, park=ZH, note="“5个项目已入驻”之一，以企业字号称"),
        company("唯普亿展科技", EVZ, park=ZH, note="“5个项目已入驻”之一，以企业字号称"),
    ],
    institutions=[
        inst("国家科技部", "国家火炬滨海流体装备特色产业基地通过国家科技部复审"),
    ],
    projects=[
        project("中汽汽车产业基地", "中汽汽车产业基地开工建设", park=P, status="开工", status_text="开工建设"),
        project("电子信息智慧园一期", EVZ, park=P, phase="一期", status="竣工", status_text="顺利交付使用"),
        project("科道智能装备", EVZ, park=ZH, companies=["科道智能装备"], status=None, status_text="已入驻",
                optional=True, note="入驻项目以企业字号称，阶段不明；企业另记为公司"),
        project("唯普亿展科技", EVZ, park=ZH, companies=["唯普亿展科技"], status=None, status_text="已入驻",
                optional=True, note="同上"),
        project("程庄路西延", EVI, **INF),
        project("经一路", EVI, **INF),
        project("西苑小区二期", EVI, phase="二期", **INF),
    ],
    facts=[
        fact(P, "park", "investment_promotion_events", 13, "先后组织参加招商推介等活动13次", as_of=A, optional=True),
        fact(P, "park", "projects_signed", 9, "新签约项目9个", as_of=A),
        fact(P, "park", "projects_started", 7, "新开工亿元以上项目7个", as_of=A, note="亿元以上"),
        fact(P, "park", "projects_completed", 9, "新竣工项目9个", as_of=A),
        fact(P, "park", "investment_promotion_stations", 6, "新组建了6个驻点招商工作站", as_of=A, optional=True),
        fact(P, "park", "shanghai_promotion_events", 4, "开展上海“区区行”招商推介活动4次", as_of=A, optional=True),
        fact(ZH, "park", "projects_landed", 5, "科道智能装备、唯普亿展科技等5个项目已入驻", as_of="2018年底"),
        fact(P, "park", "green_area_m2", 80000, "全年新增绿化8万平方米", as_of=A, optional=True),
    ])

# ---------------- z11 达拉特经济开发区荣获全市第二名 (新华丝路 2019)
DL = "达拉特经济开发区"
G = "鄂尔多斯市2019年上半年参与考核评价的工业园区"
A = "2019年上半年"
EV3 = "其中,大路工业园区、达拉特经济开发区、鄂托克经济开发区考评得分位列前三"
write("z11", {
    "title": "又上榜啦!内蒙古达拉特经济开发区荣获全市第二名",
    "outlet": "内蒙古达拉特经济开发区（来源栏；责任编辑 博玉），新华丝路 imsilkroad.com",
    "published": "2019-09-12", "published_precision": "day",
    "register": "park's own release on a national information platform about a city's half-year evaluation ranking of its 13 industrial parks (top three named)",
    "source_url": "https://www.imsilkroad.com/news/p/384346.html",
    "note": "页首“新华丝路首页 / 一带一路国家级信息服务平台”、“来源:内蒙古达拉特经济开发区 责任编辑:博玉 2019-09-12 08:54:34”和文末“相关推荐”三条无关新闻已删；“全市工业园区 2019年”中的空格照录"},
    parks=[
        park(DL, "达拉特经济开发区荣获第二名", city="鄂尔多斯", province="内蒙古", kind="经济开发区"),
        park("大路工业园区", EV3, city="鄂尔多斯", province="内蒙古", kind="工业园区", note="考评前三之一"),
        park("鄂托克经济开发区", EV3, city="鄂尔多斯", province="内蒙古", kind="经济开发区", note="考评前三之一"),
    ],
    institutions=[
        inst("鄂尔多斯市工信局", "鄂尔多斯市工信局、发改委和统计局联合通报了全市工业园区"),
        inst("鄂尔多斯市发改委", "鄂尔多斯市工信局、市发改委和市统计局按照", aliases=["市发改委"]),
        inst("鄂尔多斯市统计局", "鄂尔多斯市工信局、市发改委和市统计局按照", aliases=["市统计局"]),
    ],
    facts=[
        fact(G, "park_group", "parks_count", 13, "在全市13家参与考核评价的工业园区中", as_of=A),
        fact(DL, "park", "city_rank", 2, "达拉特经济开发区荣获第二名", as_of=A, optional=True, note="排名（汉字“第二”）"),
        fact("鄂尔多斯市工业园区2019年上半年考核评价办法", "park_group", "indicators", 7, "共三类7项指标", as_of=A,
             optional=True, note="考核指标数"),
    ])

# ---------------- z12 潍坊滨海区12个重大项目集中开工 (大众网·海报新闻 2021)
P = "潍坊滨海区"
G = "潍坊滨海区2021年3月4日集中开工重大项目"
G21 = "潍坊滨海区2021年重点项目"
A = "2021年3月4日"
EVL = ("包括海化集团硝盐升级项目、中车交通城市运维装备北方基地、冀凯智能装备二期、宝能临港物流、新型环保设备制造、京新医药、"
       "优然牧业等项目")
ST = dict(park=P, status="开工", status_text="集中开工")
write("z12", {
    "title": "潍坊滨海区12个重大项目集中开工",
    "outlet": "大众网·海报新闻（记者 程世洋，通讯员 王智勇 王春旭；责编 焦雪），hb.dzwww.com",
    "published": "2021-03-04", "published_precision": "day",
    "register": "provincial news portal item on a coastal development zone's batch of starts with seven named projects and its key-project programme for the year",
    "source_url": "https://hb.dzwww.com/p/8060860.html",
    "note": "页面未显示发稿日期：取开工日“3月4日”，年份据“2021年,潍坊滨海区将…”；标题下的“··”、文末“责编:焦雪”和评论、榜单、推荐栏已删；记者署名行照录"},
    parks=[
        park(P, "潍坊滨海区12个重大项目集中开工", city="潍坊", province="山东", kind="开发区(党工委、管委会)",
             note="全称（潍坊滨海经济技术开发区）不在文中；文中“潍坊滨海区党工委书记、管委会主任”"),
    ],
    companies=[
        company("海化集团", EVL, park=P, optional=True, note=NCP),
        company("中车", EVL, park=P, optional=True, note=NCP + "（“中车交通城市运维装备北方基地”）"),
        company("冀凯", EVL, park=P, optional=True, note=NCP),
        company("宝能", EVL, park=P, optional=True, note=NCP),
        company("京新医药", EVL, park=P, optional=True, note="项目以企业字号称"),
        company("优然牧业", EVL, park=P, optional=True, note="项目以企业字号称"),
        company("潍柴", "培强潍柴为代表的海洋高端特种动力", optional=True, note="产业代表企业，文中未说在滨海区"),
    ],
    projects=[
        project("海化集团硝盐升级项目", EVL, companies=["海化集团"], **ST),
        project("中车交通城市运维装备北方基地", EVL, companies=["中车"], **ST),
        project("冀凯智能装备二期", EVL, companies=["冀凯"], phase="二期", **ST),
        project("宝能临港物流", EVL, companies=["宝能"], **ST),
        project("新型环保设备制造", EVL, **ST),
        project("京新医药", EVL, companies=["京新医药"], **ST, note="项目以企业字号称"),
        project("优然牧业", EVL, companies=["优然牧业"], **ST, note="项目以企业字号称"),
    ],
    facts=[
        fact(G, "park_group", "projects_started", 12, "3月4日,潍坊滨海区12个重大项目集中开工", as_of=A),
        fact(G, "park_group", "planned_investment_cny", 24500000000.0, "项目总投资245亿元", as_of=A),
        fact(G21, "park_group", "projects_count", 60, "集中攻坚总投资1050亿元的60个重点项目建设", kind="target",
             as_of="2021年", note="年度重点项目（计划）"),
        fact(G21, "park_group", "planned_investment_cny", 105000000000.0, "总投资1050亿元的60个重点项目建设",
             kind="target", as_of="2021年"),
    ])

# ---------------- z13 山东首只新旧动能转换园区基金设立 (大众日报 2021, 人民网山东频道)
P = "济南高新区"
F = "山东高投毅达新动能创业投资基金"
PF = "省新旧动能转换基金"
A = "2021年11月"
EVF = "山东省首只新旧动能转换省级园区基金——山东高投毅达新动能创业投资基金在济南举行签约仪式"
EVS = "该基金由山东省新动能基金公司联合国内头部创投机构江苏毅达资本及其母公司江苏高科技投资集团等单位共同发起设立"
write("z13", {
    "title": "山东首只新旧动能转换园区基金设立",
    "outlet": "大众日报（王鹤颖 张文婷；责编 郑浦丽 邢曼华），人民网山东频道 sd.people.com.cn",
    "published": "2021-11-27", "published_precision": "day",
    "register": "provincial party paper item (on a national paper's provincial channel) on the province's first park fund for a high-tech zone: size, first-phase size, sponsors, the guidance fund's stake, and the provincial fund's cumulative figures",
    "source_url": "http://sd.people.com.cn/n2/2021/1127/c166192-35025412.html",
    "note": "面包屑“人民网>>山东频道>>要闻”、日期/来源行“2021年11月27日10:47 | 来源:大众日报”、“小字号”和文末“(责编:郑浦丽、邢曼华)”“分享让更多人看到”“推荐阅读”已删；“(王鹤颖 张文婷 )”中的空格照录；签约日 11月26日"},
    parks=[
        park(P, "该基金主要投向济南高新区新一代信息技术", city="济南", province="山东", kind="高新区"),
    ],
    companies=[
        company("山东省新动能基金公司", EVS, kind="enterprise", aliases=["省新动能基金公司"], note="发起方、省引导基金管理公司"),
        company("江苏毅达资本", EVS, note="发起方（创投机构）"),
        company("江苏高科技投资集团", EVS, note="发起方（毅达资本母公司）"),
    ],
    funds=[
        fund(F, "总规模达30亿元,首期规模5亿元", park=P, size=3000000000.0, size_type="总规模",
             note="“园区基金”，主要投向济南高新区；park 取其投向的园区（同 real9 x14 取基金落户/投向之处）"),
        fund(PF, "发起设立园区基金,是省新旧动能转换基金继设立项目基金后", aliases=["省级新旧动能转换引导基金"], optional=True,
             note="出资方（省级引导基金）；文中无规模"),
    ],
    facts=[
        fact(F, "fund", "fund_size_cny", 3000000000.0, "总规模达30亿元,首期规模5亿元", as_of=A, optional=True,
             note="与基金 size 重复，设为可选"),
        fact(F, "fund", "first_phase_size_cny", 500000000.0, "首期规模5亿元", as_of=A),
        fact(F, "fund", "fund_commitment_cny", 120000000.0, "省级新旧动能转换引导基金出资1.2亿元", as_of=A,
             note="省级引导基金对本基金的出资"),
        fact(F, "fund", "guidance_fund_share", 0.24, "出资占比24%", unit="ratio", kind="ratio", as_of=A,
             optional=True),
        fact(PF, "fund", "projects_invested", 840, "省新旧动能转换基金完成项目投资840多个", qualifier_text="多",
             kind="cumulative", as_of="截至2021年11月", note="“840多个”：多 → qualifier null"),
        fact(PF, "fund", "fund_invested_cny", 100000000000.0, "投资金额突破1000亿元", qualifier="超",
             qualifier_text="突破", kind="cumulative", as_of="截至2021年11月"),
        fact(PF, "fund", "leveraged_investment_cny", 400000000000.0, "带动金融和社会资本投融资超4000亿元",
             qualifier="超", kind="cumulative", as_of="截至2021年11月"),
    ])

# ---------------- z14 大庆经开区20个产业项目开复工 (黑龙江日报 2022, 中国经济网)
P = "大庆经济技术开发区"
SZ = "大庆经济技术开发区数字经济产业园"
XC = "大庆经开区新材料产业园"
ZT = "大庆智陶瓷业有限公司"
A = "2022年4月"
EVT = "一期项目建成投产后产能100万件,二期全部完成后产能将达到300万件"
write("z14", {
    "title": "大庆经开区20个产业项目开复工",
    "outlet": "黑龙江日报（全媒体记者 刘楠；责任编辑 石兰兰），中国经济网 district.ce.cn",
    "published": "2022-04-25", "published_precision": "day",
    "register": "provincial party paper item (on a national economic portal) on a national ETDZ's spring restart: a digital-economy park under construction, a ceramics firm's second phase in a new-materials park, the count of projects started or resumed",
    "source_url": "http://district.ce.cn/newarea/roll/202204/25/t20220425_37527692.shtml",
    "note": "日期/来源行“2022年04月25日 10:23 来源:黑龙江日报”、段首缩进、文末“(责任编辑:石兰兰)”和“精彩图片”、重复标题与“查看余下全文”已删；记者署名行照录"},
    parks=[
        park(P, "走进大庆经济技术开发区数字经济产业园项目工地", city="大庆", province="黑龙江", kind="经济技术开发区",
             aliases=["大庆经开区"], note="省份据报纸名"),
        park(XC, "在大庆经开区新材料产业园的智陶生产车间", city="大庆", province="黑龙江", kind="产业园(园中园)",
             parent=P, note="园内有企业生产（智陶生产车间）"),
        park(SZ, "走进大庆经济技术开发区数字经济产业园项目工地", city="大庆", province="黑龙江", kind="产业园(项目)",
             parent=P, optional=True, note="以在建项目出现，尚无入驻企业（同 real11 z10 的建园项目）"),
    ],
    companies=[
        company(ZT, "大庆智陶瓷业有限公司总经理张定富说", park=XC, aliases=["智陶"],
                note="在新材料产业园的智陶生产车间生产"),
    ],
    projects=[
        project("大庆经济技术开发区数字经济产业园项目", "走进大庆经济技术开发区数字经济产业园项目工地", park=P,
                status="在建", status_text="2021年8月开工建设…3月中旬就已经组织工人提前进场", status_alt="开工",
                aliases=["数字经济产业园项目"], note="计划2023年8月全部建成投用；今春复工（开复工）"),
        project("大庆智陶瓷业二期工程", "“二期工程一周前已经进场施工", park=XC, companies=[ZT], phase="二期",
                status="开工", status_text="一周前已经进场施工", status_alt="在建", optional=True,
                note="文中只称“二期工程”，名称为据公司补全，设为可选；预计年底全部竣工"),
        project("大庆智陶瓷业一期项目", EVT, park=XC, companies=[ZT], phase="一期", status="投产",
                status_text="一期项目建成投产后", optional=True, note="一期已生产（车间出炉），文中未明说投产时间"),
    ],
    facts=[
        fact(P, "park", "projects_started", 20, "大庆经开区开工复工产业项目已达到20个", as_of=A,
             note="开工或复工的产业项目（标题“开复工”）"),
        fact("大庆经济技术开发区数字经济产业园项目", "project", "enterprises_to_attract", 1000,
             "建成后将集聚数字经济领域企业1000家以上", qualifier="超", qualifier_text="以上", kind="target"),
        fact(ZT, "company", "annual_capacity_units", 1000000, "一期项目建成投产后产能100万件", note="一期产能（件）"),
        fact(ZT, "company", "annual_capacity_units", 3000000, "二期全部完成后产能将达到300万件", kind="target",
             note="二期完成后产能（件）"),
        fact(ZT, "company", "export_share", 0.7, "成品70%以上销往国外", unit="ratio", kind="ratio", qualifier="超",
             qualifier_text="以上", optional=True),
    ])

# ---------------- z15 乌海高新区向高质量发展加速迈进 (乌海市工信局网站 2023)
P = "乌海高新技术产业开发区"
A = "2022年"
write("z15", {
    "title": "我市高新技术产业开发区向高质量发展加速迈进",
    "outlet": "乌海市工业和信息化局（作者、来源栏），乌海市工信局网站 gxj.wuhai.gov.cn 专题专栏·工业园区",
    "published": "2023-03-10", "published_precision": "day",
    "register": "municipal government department website notice on a high-tech zone's 2022 results: growth of output, value added and investment, a low-carbon sub-park, per-mu yields",
    "source_url": "http://gxj.wuhai.gov.cn/jxw/250995/yqwl/1400896/index.html",
    "note": "“无障碍”、面包屑“当前位置: 首页 > 专题专栏 > 工业园区”、“发布时间:2023年03月10日 作者:工业和信息化局 来源:乌海市工业和信息化局 浏览次数:”、段首缩进和文末“打印 关闭 / 上一条: / 下一条:”已删；原文“工业固定资产投资达增速达86.31%”照录"},
    parks=[
        park(P, "2022年,乌海高新技术产业开发区实现产值、增加值双增长", city="乌海", province="内蒙古", kind="高新区",
             note="文中又称“我市高新技术产业开发区”“市高新区”（通用称呼，不作别名）；省份不在文中（“自治区”）"),
        park("低碳产业园", "特别是低碳产业园,实现工业固投翻倍增长", city="乌海", province="内蒙古", kind="产业园(园中园)",
             parent=P, note="高新区内的园区"),
    ],
    facts=[
        fact(P, "park", "output_value_yoy_growth", 0.0665, "工业总产值增速6.65%", kind="ratio", as_of=A, optional=True),
        fact(P, "park", "value_added_yoy_growth", 0.0748, "工业增加值增速7.48%", kind="ratio", as_of=A, optional=True),
        fact(P, "park", "industrial_investment_yoy_growth", 0.8631, "工业固定资产投资达增速达86.31%", kind="ratio", as_of=A,
             optional=True),
        fact(P, "park", "value_added_per_mu_cny", 361400.0, "单位土地面积工业增加值达36.14万元/亩", as_of=A,
             note="万元/亩"),
        fact(P, "park", "output_value_per_mu_cny", 1271900.0, "单位土地面积工业产值达127.19万元/亩", as_of=A,
             note="万元/亩"),
        fact(P, "park", "tax_per_mu_cny", 51400.0, "亩均税收达5.14万元/亩", as_of=A, note="万元/亩"),
    ])
