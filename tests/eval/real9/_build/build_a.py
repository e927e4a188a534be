from lib import *

# ---------------- x01 宿迁 苏宿工业园区 and the six 南北共建园区 (速新闻 2017)
P = "苏宿工业园区"
KS, WS, CS, ZS, WZ = "昆山沭阳工业园", "吴江泗阳工业园", "常熟泗洪工业园", "张家港宿豫工业园", "吴中宿城工业园"
G = "宿迁6个南北共建园区"
EV6 = ("苏宿工业园、昆山沭阳工业园、吴江泗阳工业园、常熟泗洪工业园、张家港宿豫工业园、吴中宿城工业园6个南北共建园区"
       "在经济规模、产业结构、创新能力等方面都逐年迈上了新的台阶")
EVC = "包括可成科技、恒力、百威、尼吉康等一批投资额10亿元以上的大项目"
NOTE_C = "共建园区里投资额10亿元以上大项目的企业（“包括可成科技、恒力、百威、尼吉康等”），文中未说在哪个园区；简称"
write("x01", {
    "title": "宿迁苏州哥俩好,携手共创园区强,“八连冠”实至名归!",
    "outlet": "速新闻（宿迁；速新闻记者 张琥），存于 ourjiangsu.com",
    "published": "2017-06-13", "published_precision": "day",
    "register": "local news portal item on a city's six cross-city co-built parks: a provincial ranking, the lead park's 2016 revenue and the parks' cumulative figures",
    "source_url": "http://ourjiangsu.com/a/20170613/1497335276868.shtml",
    "note": "“2017年06月13日 14:26:21 | 来源:速新闻”行、“字号变大| 字号变小”行和末尾“layer / 快乐分享”已删；段首缩进已去；“实现 “八连冠””中的空格照录"},
    parks=[
        park(P, "苏宿园区继续稳居45家园区榜首,实现 “八连冠”", city="宿迁", province="江苏", kind="南北共建园区",
             aliases=["苏宿工业园", "苏宿园区"], note="苏州宿迁工业园区；文中三种写法：苏宿园区、苏宿工业园、苏宿工业园区"),
        park(KS, EV6, city="宿迁", district="沭阳县", province="江苏", kind="南北共建园区"),
        park(WS, EV6, city="宿迁", district="泗阳县", province="江苏", kind="南北共建园区"),
        park(CS, EV6, city="宿迁", district="泗洪县", province="江苏", kind="南北共建园区"),
        park(ZS, EV6, city="宿迁", district="宿豫区", province="江苏", kind="南北共建园区"),
        park(WZ, EV6, city="宿迁", district="宿城区", province="江苏", kind="南北共建园区"),
    ],
    companies=[
        company("可成科技", EVC, optional=True, note=NOTE_C),
        company("恒力", EVC, optional=True, note=NOTE_C),
        company("百威", EVC, optional=True, note=NOTE_C),
        company("尼吉康", EVC, optional=True, note=NOTE_C),
    ],
    institutions=[
        inst("省苏北发展协调小组", "省苏北发展协调小组下发《关于共建园区2016年度考核结果的通报》",
             note="江苏省苏北发展协调小组（考核方）"),
    ],
    facts=[
        fact(G, "park_group", "parks_count", 6, "吴中宿城工业园6个南北共建园区"),
        fact("江苏省共建园区", "park_group", "parks_count", 45, "苏宿园区继续稳居45家园区榜首", as_of="2016年度考核",
             optional=True, note="全省参加考核的共建园区数"),
        fact(P, "park", "revenue_cny", 15490000000.0, "苏宿工业园区业务总收入完成154.9亿元", as_of="2016年",
             note="业务总收入；“去年”=2016年"),
        fact(P, "park", "revenue_yoy_growth", 0.234, "同比增长23.4%,其中", kind="ratio", as_of="2016年", optional=True),
        fact(P, "park", "industrial_sales_cny", 10890000000.0, "工业销售收入完成108.9亿元", as_of="2016年"),
        fact(P, "park", "industrial_sales_yoy_growth", 0.181, "同比增长18.1%", kind="ratio", as_of="2016年", optional=True),
        fact(G, "park_group", "projects_count", 610, "6个共建园区已集聚各类产业项目610个", kind="cumulative",
             as_of="截至2016年底"),
        fact(G, "park_group", "fixed_asset_investment_cny", 160850000000.0, "累计完成固定资产投资额1608.5亿元",
             kind="cumulative", as_of="截至2016年底"),
        fact(G, "park_group", "projects_in_production", 221, "其中亿元以上投产项目221个", kind="cumulative",
             as_of="截至2016年底", note="亿元以上投产项目"),
        fact(G, "park_group", "revenue_cny", 340540000000.0, "全市共建园区累计实现业务总收入3405.4亿元", kind="cumulative",
             as_of="截至2016年底", note="“全市共建园区”读作同一组6个共建园区"),
        fact(G, "park_group", "industrial_sales_cny", 285980000000.0, "规模以上工业销售收入2859.8亿元", kind="cumulative",
             as_of="截至2016年底"),
        fact(G, "park_group", "value_added_cny", 80080000000.0, "工业增加值800.8亿元", kind="cumulative", as_of="截至2016年底"),
        fact(G, "park_group", "fiscal_revenue_cny", 7283000000.0, "公共财政预算收入72.83亿元", kind="cumulative",
             as_of="截至2016年底"),
        fact(G, "park_group", "fdi_actual_usd", 1356000000.0, "实际利用外资13.56亿美元", unit="usd", kind="cumulative",
             as_of="截至2016年底"),
        fact(G, "park_group", "trade_value_usd", 2983000000.0, "进出口总额29.83亿美元", unit="usd", kind="cumulative",
             as_of="截至2016年底"),
        fact(G, "park_group", "jobs", 200000, "带动就业人口20万人", kind="cumulative", as_of="截至2016年底"),
    ])

# ---------------- x02 太忻一体化经济区 2022年首批重大项目集中开工 (山西日报)
P = "太忻一体化经济区"
DY = "大盂产业新城"
ZB = "中北高新区"
G = "太忻一体化经济区2022年首批集中开工重大项目"
GI = "太忻一体化经济区2022年首批集中开工基础设施类项目"
GC = "太忻一体化经济区2022年首批集中开工产业类项目"
EVI = "基础设施类项目71个,总投资422亿元,包括太忻大道、大盂产业新城基础设施等项目"
EVC = ("产业类项目112个,总投资616亿元,包括太原科创驱动中心、哈工大机器人华北总部基地、中北高新区战略性基础材料产业园二期、"
       "山西新能汇通双碳产业园、清凉湾温泉康养小镇等项目")
ST = dict(status="开工", status_text="首批重大项目集中开工")
write("x02", {
    "title": "太忻一体化经济区2022年首批重大项目集中开工",
    "outlet": "山西日报（记者 曹婷婷；编辑 张旭），存于黄河新闻网山西频道 sx.sxgov.cn",
    "published": "2022-03-29", "published_precision": "day",
    "register": "provincial party paper item on a two-city integrated economic zone's first batch of groundbreakings in 2022, by category, with named projects",
    "source_url": "https://sx.sxgov.cn/content/2022-03/29/content_12722329.htm",
    "note": "面包屑“您所在的位置:首页 > 山西>”、“2022-03-29 07:57:50 来源:山西日报”行、“[编辑:张旭]”和页尾客户端链接已删；活动日 3月28日"},
    parks=[
        park(P, "3月28日,太忻一体化经济区2022年首批重大项目集中开工活动在太原、忻州两地同步举行", city="太原、忻州",
             province="山西", kind="一体化经济区（跨市）"),
        park(DY, "主会场设在阳曲大盂产业新城", city="太原", district="阳曲县", province="山西", kind="产业新城", parent=P),
        park(ZB, EVC, city="太原", province="山西", kind="高新区", optional=True, note="只出现在项目名中"),
        park("山西新能汇通双碳产业园", EVC, city=None, province="山西", kind="产业园(项目)", parent=P, optional=True,
             note="以开工项目出现"),
    ],
    companies=[
        company("哈工大机器人", EVC, park=P, optional=True, note="只出现在项目名中（哈工大机器人华北总部基地）"),
    ],
    projects=[
        project("太忻大道", EVI, park=P, **ST),
        project("大盂产业新城基础设施", EVI, park=DY, **ST),
        project("太原科创驱动中心", EVC, park=P, **ST),
        project("哈工大机器人华北总部基地", EVC, park=P, companies=["哈工大机器人"], **ST),
        project("中北高新区战略性基础材料产业园二期", EVC, park=ZB, phase="二期", **ST,
                note="项目名中的中北高新区读作其所在园区"),
        project("山西新能汇通双碳产业园", EVC, park=P, **ST),
        project("清凉湾温泉康养小镇", EVC, park=P, **ST),
        project("雄忻高铁", "全力推动雄忻高铁、太忻大道、滹沱河供水等重大交通水利基础设施建设", optional=True,
                note="“全力推动…建设”，未说属本批开工"),
        project("滹沱河供水", "全力推动雄忻高铁、太忻大道、滹沱河供水等重大交通水利基础设施建设", optional=True,
                note="同上"),
    ],
    facts=[
        fact(G, "park_group", "projects_started", 183, "此次首批集中开工的重大项目共183个", as_of="2022年3月28日"),
        fact(G, "park_group", "planned_investment_cny", 103800000000.0, "总投资1038亿元,年度计划完成投资404亿元",
             as_of="2022年3月28日"),
        fact(G, "park_group", "annual_planned_investment_cny", 40400000000.0, "年度计划完成投资404亿元", kind="target",
             as_of="2022年"),
        fact(GI, "park_group", "projects_started", 71, EVI, as_of="2022年3月28日"),
        fact(GI, "park_group", "planned_investment_cny", 42200000000.0, "总投资422亿元,包括太忻大道", as_of="2022年3月28日"),
        fact(GC, "park_group", "projects_started", 112, EVC, as_of="2022年3月28日"),
        fact(GC, "park_group", "planned_investment_cny", 61600000000.0, "总投资616亿元,包括太原科创驱动中心",
             as_of="2022年3月28日"),
        fact(G, "park_group", "sub_venues", 11, "其余11个县(市、区)设分会场", optional=True),
        fact(P, "park", "leading_industries", 7, "七大产业定位", optional=True, note="汉字数字"),
    ])

# ---------------- x03 成都 青桐基金 在高新区完成工商注册 (成都全搜索 2016)
P = "成都高新区"
F = "成都青桐汇股权投资基金合伙企业"
YD = "成都市产业投资引导基金"
write("x03", {
    "title": None,
    "title_note": "(no headline; 文末“原标题:我市产业投资引导基金发起设立首只基金”) 成都市产业投资引导基金发起设立首只基金：青桐基金在成都高新区完成注册，总规模10亿元",
    "outlet": "成都全搜索新闻网 news.chengdu.cn（记者 王琳黎；原载报纸未注明）",
    "published": "2016-07-03", "published_precision": "day",
    "register": "municipal news portal item on a city guidance fund's first sub-fund registered in a national high-tech zone",
    "source_url": "http://news.chengdu.cn/2016/0703/1799137.shtml",
    "note": "存档页无标题，文件从正文开始；日期据页面路径 2016/0703（文中“昨日”获悉、“近日”完成注册）；文末“原标题”行照录（同 real2 h31、real3 r07）"},
    parks=[
        park(P, "成都高新区作为全国知名的IT产业优势聚集区", city="成都", province="四川", kind="国家高新区",
             note="首句写作“在高新区完成工商注册”，后文全称成都高新区"),
    ],
    institutions=[
        inst("成都市财政局", "记者从市财政局获悉", aliases=["市财政局"]),
    ],
    funds=[
        fund(F, "成都青桐汇股权投资基金合伙企业(青桐基金)在高新区完成工商注册", park=P, size=1000000000.0,
             size_type="总规模", aliases=["青桐基金"],
             note="规模见“青桐基金总规模10亿元”；注册地高新区读作基金所在园区"),
        fund(YD, "我市产业投资引导基金成功发起设立首只基金", aliases=["产业投资引导基金"], optional=True,
             note="市级引导基金，出资方（“其中引导基金出资2亿元”）；文中无规模；名称补“成都市”（check_gold 警告名称不在文中）"),
    ],
    facts=[
        fact(F, "fund", "fund_size_cny", 1000000000.0, "青桐基金总规模10亿元", optional=True,
             note="与基金 size 重复，设为可选"),
        fact(F, "fund", "fund_commitment_cny", 200000000.0, "其中引导基金出资2亿元",
             note="引导基金对青桐基金的出资"),
    ])

# ---------------- x04 湖南湘江新区 重大投资商座谈会暨项目集中签约 (华夏经纬网 2016)
P = "湖南湘江新区"
NX = "宁乡高新区"
YH = "洋湖总部经济区"
DW = "大王山旅游度假区"
G = "湖南湘江新区2016年1月28日集中签约项目"
G9 = "湖南湘江新区2016年1月9日集中签约项目"
EV1 = "中国储能技术有限公司拟投资50亿元,在宁乡高新区建设储能技术与创新科技研发制造中心"
EV2 = "全球内镜微创产业集团拟投资50亿元,在洋湖总部经济区打造全球智慧健康医学中心"
EVH = "如落户大王山旅游度假区内的长沙海昌欢乐海洋公园"
EVB = "作为此次签约规模最大的项目,滨江新城城市综合体项目集金融总部大厦、国际品牌酒店、时尚购物中心、精品配套住宅于一体"
EVP = "重点推进中国通号、华谊兄弟(长沙)电影文化城、长沙市妇女儿童医院等一批产业项目及基础配套项目"
SG = dict(status="签约", status_text="项目集中签约")
write("x04", {
    "title": None,
    "title_note": "(no headline) 湖南湘江新区重大投资商座谈会暨项目集中签约：现场签约项目26个，总投资401亿元",
    "outlet": "华夏经纬网 huaxia.com（长沙市人民政府台湾事务办公室供稿栏目；作者未署名，原出处未注明）",
    "published": "2016-01-28", "published_precision": "day",
    "register": "news portal repost of a local item on a state-level new area's second batch of signings in January 2016, with projects placed in its sub-zones and the area's 2015 figures",
    "source_url": "https://gd.huaxia.com/c/2016/01/28/687992.shtml",
    "note": "存档页无标题，文件从正文开始；日期据页面路径 2016/01/28 与文中“今天”；页尾“长沙市人民政府台湾事务办公室 / 联系邮箱… / 华夏经纬网版权所有”已删"},
    parks=[
        park(P, "今天,湖南湘江新区再次举行重大投资商座谈会暨项目集中签约仪式", city="长沙", province="湖南",
             kind="国家级新区", note="文中又称“新区”"),
        park(NX, EV1, city="长沙", district="宁乡", province="湖南", kind="高新区",
             note="文中未说隶属湘江新区（parent 不填）"),
        park(YH, EV2, city="长沙", province="湖南", kind="总部经济区"),
        park(DW, EVH, city="长沙", province="湖南", kind="旅游度假区", optional=True, note="旅游度假区，非产业园区"),
    ],
    companies=[
        company("中国储能技术有限公司", EV1, park=NX, note="项目落在宁乡高新区"),
        company("全球内镜微创产业集团", EV2, park=YH, note="项目落在洋湖总部经济区"),
        company("海昌", EVH, park=DW, optional=True, note="只出现在项目名中（长沙海昌欢乐海洋公园）"),
        company("中国通号", EVP, optional=True, note="作为今年重点推进项目列出"),
        company("华谊兄弟", EVP, optional=True, note="只出现在项目名中"),
        company("沃尔玛", "滨江金融商务区将引进全球最大的会员制商店之一沃尔玛山姆会员店及香港铜锣湾广场", optional=True,
                note="拟引进的商业品牌（沃尔玛山姆会员店）"),
    ],
    projects=[
        project("储能技术与创新科技研发制造中心", EV1, park=NX, companies=["中国储能技术有限公司"], inv=5000000000.0,
                inv_text="拟投资50亿元", **SG, note="“拟投资50亿元”在文中出现两次，此为第一次"),
        project("全球智慧健康医学中心", EV2, park=YH, companies=["全球内镜微创产业集团"], inv=5000000000.0,
                inv_text="拟投资50亿元", **SG),
        project("长沙海昌欢乐海洋公园", EVH + ",规划定位为一个集海洋动物展示、表演以及大型游乐设施为一体的综合性海洋公园",
                park=DW, companies=["海昌"], **SG, note="签约现场“引得关注”的项目；预计2018年开业"),
        project("滨江新城城市综合体项目", EVB, park=P, **SG,
                note="此次签约规模最大的项目，金额未给；位于滨江新城（文中未称园区），park 取湘江新区"),
        project("中国通号", EVP, park=P, optional=True, note="今年重点推进项目，阶段未明"),
        project("华谊兄弟(长沙)电影文化城", EVP, park=P, optional=True, note="同上"),
        project("长沙市妇女儿童医院", EVP, park=P, optional=True, note="同上（医院）"),
    ],
    facts=[
        fact(G, "park_group", "projects_signed", 26, "现场签约项目26个,总投资401亿元", as_of="2016年1月28日"),
        fact(G, "park_group", "planned_investment_cny", 40100000000.0, "总投资401亿元。", as_of="2016年1月28日"),
        fact(G9, "park_group", "projects_signed", 30, "继1月9日集中签约总投资300亿元的30个项目后", as_of="2016年1月9日"),
        fact(G9, "park_group", "planned_investment_cny", 30000000000.0, "总投资300亿元的30个项目", as_of="2016年1月9日"),
        fact(P, "park", "gdp_cny", 154000000000.0, "新区完成地区生产总值1540亿元", as_of="2015年"),
        fact(P, "park", "fiscal_revenue_cny", 21900000000.0, "完成财政总收入219亿元", as_of="2015年"),
        fact(P, "park", "gdp_yoy_growth", 0.11, "同比分别增长11%、8%", kind="ratio", as_of="2015年", optional=True),
        fact(P, "park", "fiscal_revenue_yoy_growth", 0.08, "同比分别增长11%、8%", kind="ratio", as_of="2015年",
             optional=True),
        fact(P, "park", "planned_projects", 401, "今年,新区将再铺排项目401个", kind="target", as_of="2016年"),
        fact(P, "park", "planned_investment_cny", 436000000000.0, "总投资达4360亿元", kind="target", as_of="2016年"),
    ])

# ---------------- x05 荆门 2025年一季度全市重大项目集中开工 (荆门新闻网)
P = "荆门高新区"
G = "荆门市2025年一季度集中开工亿元以上项目"
GM = "荆门市2025年一季度集中开工先进制造业项目"
GS = "荆门市2025年一季度集中开工现代服务业、基础设施、社会民生项目"
PJ = "湖北航特新能源装备精密制造项目"
EVP = "投资50亿元以上的湖北航特新能源装备精密制造项目位于荆门高新区,由湖北航特联合长江材料、柳州五菱投资建设"
EVR = "从各县市区来看,荆门高新区·掇刀区、钟祥市开工项目总投资居全市前列,总投资额分别为218. 5亿元、196亿元"
EVN = "京山市、荆门高新区·掇刀区开工项目个数居全市前列,分别为45个、43个"
write("x05", {
    "title": None,
    "title_note": "(no headline) 荆门市2025年一季度重大项目集中开工：224个亿元以上项目，总投资1020.9亿元",
    "outlet": "荆门新闻网 jmnews.cn（记者 戴永君 田恒，通讯员 何成峰）",
    "published": "2025-01", "published_precision": "month",
    "register": "municipal news portal item on a city's quarterly batch groundbreaking, with a high-tech zone's share and its flagship project",
    "source_url": "http://www.jmnews.cn/news/2025/01/417155.shtml",
    "note": "存档页无标题，文件从正文开始；月份据页面路径 2025/01，活动日 1月10日；“218. 5亿元”中的空格照录"},
    parks=[
        park(P, EVP, city="荆门", district="掇刀区", province="湖北", kind="高新区", aliases=["荆门高新区·掇刀区"],
             note="“荆门高新区·掇刀区”为区政合一的统计单元，作别名"),
    ],
    companies=[
        company("湖北航特", EVP, park=P, aliases=["航特装备"], note="项目投资方；后文“航特装备”读作同一企业"),
        company("长江材料", EVP, park=P, note="联合投资方，随项目归荆门高新区"),
        company("柳州五菱", EVP, park=P, note="联合投资方，随项目归荆门高新区"),
    ],
    projects=[
        project(PJ, EVP, park=P, companies=["湖北航特", "长江材料", "柳州五菱"], status="开工",
                status_text="一季度重大项目集中开工",
                note="“投资50亿元以上”是项目规模档次（对应“投资50亿元以上项目1个”），不作投资额（同 real8 w04）"),
    ],
    facts=[
        fact(G, "park_group", "projects_started", 224, "此次全市共有224个亿元以上项目集中开工", as_of="2025年1月10日"),
        fact(G, "park_group", "planned_investment_cny", 102090000000.0, "总投资1020.9亿元", as_of="2025年1月10日"),
        fact(GM, "park_group", "projects_started", 153, "先进制造业项目153个,总投资683.1亿元", as_of="2025年1月10日"),
        fact(GM, "park_group", "planned_investment_cny", 68310000000.0, "总投资683.1亿元", as_of="2025年1月10日"),
        fact(G, "park_group", "projects_over_5bn", 1, "投资50亿元以上项目1个", optional=True),
        fact(G, "park_group", "projects_1bn_to_5bn", 11, "投资10-50亿元项目11个", optional=True),
        fact(GS, "park_group", "projects_started", 71, "现代服务业、基础设施、社会民生项目共71个,总投资337.8亿元",
             as_of="2025年1月10日"),
        fact(GS, "park_group", "planned_investment_cny", 33780000000.0, "总投资337.8亿元", as_of="2025年1月10日"),
        fact("荆门高新区·掇刀区", "park", "planned_investment", 21850000000.0, EVR, unit="cny", optional=True,
             as_of="2025年一季度", note="原文“218. 5亿元”中有空格（check_gold 的金额解析读作5亿元，故 metric 不带 _cny）；可读作218.5亿元，设为可选"),
        fact("荆门高新区·掇刀区", "park", "projects_started", 43, EVN, as_of="2025年一季度"),
        fact("钟祥市2025年一季度开工项目", "park_group", "planned_investment_cny", 19600000000.0, "196亿元,京山市",
             optional=True, note="县级市，非园区"),
        fact("京山市2025年一季度开工项目", "park_group", "projects_started", 45, EVN, optional=True, note="县级市，非园区"),
        fact(PJ, "project", "expected_output_value_cny", 6000000000.0, "达产后可实现年产值60亿元", kind="target"),
        fact(PJ, "project", "expected_tax_cny", 300000000.0, "年税收3亿元", kind="target"),
    ])

# ---------------- x06 漳浦县 2020年第一季度项目集中签约 (绥安开发区) (漳浦新闻网)
P = "绥安开发区"
G = "漳浦县2020年第一季度集中签约项目"
GI = "绥安开发区2020年第一季度签约工业项目"
EVL = ("分别是绥安开发区的共享智能助力单车综合产业基地项目、台玻技改项目、鲁斑智能农业机械生产项目、世艺淘园工贸项目、"
       "呷一支食品生产项目,总投资4.74亿元")
SG = dict(status="签约", status_text="项目集中签约")
write("x06", {
    "title": None,
    "title_note": "(no headline) 漳浦县2020年第一季度项目集中签约：6个项目总投资7.24亿元，5个工业项目落在绥安开发区",
    "outlet": "漳浦新闻网 zpxww.cn（本网讯，朱志坚 李顺杰）",
    "published": "2020-03", "published_precision": "month",
    "register": "county news portal item on a county's quarterly signing, five industrial projects of its development zone with amounts",
    "source_url": "https://zpxww.cn/news_show.aspx?id=3378",
    "note": "存档页无标题、无日期，文件从正文开始；签约日 2020年3月23日（文中“3月23日,全县2020年第一季度…”），发布月份据此推定"},
    parks=[
        park(P, EVL, city="漳州", district="漳浦县", province="福建", kind="开发区"),
    ],
    companies=[
        company("台玻(福建)光伏玻璃有限公司", "台玻技改项目将对台玻(福建)光伏玻璃有限公司的二期工厂进行改造", park=P,
                aliases=["台玻"], note="技改项目的企业，项目在绥安开发区"),
        company("鲁斑", EVL, park=P, optional=True, note="只出现在项目名中"),
        company("世艺淘园", EVL, park=P, optional=True, note="只出现在项目名中"),
        company("呷一支", EVL, park=P, optional=True, note="只出现在项目名中"),
        company("天福", "位于盘陀镇的天福养老产业项目", optional=True, note="只出现在项目名中"),
    ],
    projects=[
        project("共享智能助力单车综合产业基地项目", "计划投资1.59亿元的共享智能助力单车综合产业基地项目", park=P,
                inv=159000000.0, inv_text="计划投资1.59亿元", **SG),
        project("台玻技改项目", "计划投资1.2亿元的台玻技改项目将对台玻(福建)光伏玻璃有限公司的二期工厂进行改造", park=P,
                companies=["台玻(福建)光伏玻璃有限公司"], inv=120000000.0, inv_text="计划投资1.2亿元", **SG),
        project("鲁斑智能农业机械生产项目", "计划投资8500万元的鲁斑智能农业机械生产项目", park=P, companies=["鲁斑"],
                inv=85000000.0, inv_text="计划投资8500万元", **SG),
        project("世艺淘园工贸项目", "投资6000万元的世艺淘园工贸项目", park=P, companies=["世艺淘园"], inv=60000000.0,
                inv_text="投资6000万元", **SG),
        project("呷一支食品生产项目", "投资5000万元的呷一支食品生产项目", park=P, companies=["呷一支"], inv=50000000.0,
                inv_text="投资5000万元", **SG),
        project("天福养老产业项目", "天福养老产业项目是这次签约中投资量最大的项目,计划投资2.5亿元", park=None,
                companies=["天福"], inv=250000000.0, inv_text="计划投资2.5亿元", **SG,
                note="位于盘陀镇，不在开发区（park 为 null）"),
    ],
    facts=[
        fact(G, "park_group", "projects_signed", 6, "参加现场签约的6个项目中", as_of="2020年3月23日",
             note="首句作“六个项目”"),
        fact(G, "park_group", "planned_investment_cny", 724000000.0, "总投资7.24亿元", as_of="2020年3月23日"),
        fact(GI, "park_group", "projects_signed", 5, "工业项目占到5个", as_of="2020年3月23日"),
        fact(GI, "park_group", "planned_investment_cny", 474000000.0, "总投资4.74亿元", as_of="2020年3月23日"),
        fact("天福养老产业项目", "project", "land_area_mu", 250, "规划用地面积250亩", unit="mu", kind="target"),
        fact("天福养老产业项目", "project", "beds", 480, "设计养老床位480张", kind="target", optional=True),
        fact("台玻技改项目", "project", "capacity_tonnes", 170000, "建设年产量达17万吨", unit="tonnes", kind="target",
             optional=True),
    ])

# ---------------- x07 高唐开发区 电子信息产业园项目 (聊城日报 2025)
P = "高唐开发区"
PJ = "高唐开发区电子信息产业园项目"
write("x07", {
    "title": None,
    "title_note": "(no headline) 高唐开发区电子信息产业园项目加快建设，开发区15个重点项目全面开工",
    "outlet": "聊城日报（本报讯，记者 任焕珍 通讯员 李邦国），聊城新闻网 lcxw.cn 财经栏目",
    "published": "2025-02-07", "published_precision": "day",
    "register": "municipal party paper item on a county development zone's flagship park-building project under construction and its new-year starts",
    "source_url": "http://www.lcxw.cn/bumen/caijing/20250207/105806.html",
    "note": "存档页无标题，文件从正文开始；日期据页面路径 20250207；其后的时间戳列表和网站版权页脚已删；“本报讯 (记者…) 2月5日”中的空格照录"},
    parks=[
        park(P, "新年伊始,高唐开发区已有15个重点项目全面开工", city="聊城", district="高唐县", province="山东",
             kind="开发区（省级经济开发区）"),
        park("高唐开发区电子信息产业园", "在高唐开发区电子信息产业园建设现场", city="聊城", district="高唐县",
             province="山东", kind="产业园(在建项目)", parent=P, optional=True, note="在建的园区项目"),
    ],
    projects=[
        project(PJ, "高唐开发区电子信息产业园项目是2024年山东省重大项目,总占地面积101亩", park=P, status="在建",
                status_text="建设现场…整个项目预计今年10月完工", aliases=["高唐开发区电子信息产业园"]),
    ],
    facts=[
        fact(PJ, "project", "area_mu", 101, "总占地面积101亩", unit="mu"),
        fact(PJ, "project", "workshops_foundation_done", 2, "已有两个车间完成基础工程施工", optional=True,
             note="汉字数字"),
        fact(P, "park", "projects_started", 15, "高唐开发区已有15个重点项目全面开工", as_of="2025年2月"),
    ])

# ---------------- x08 驻马店 第三批84个亿元以上重点项目开工 (水泥人网 2013)
P = "驻马店经济技术产业集聚区"
GX = "驻马店经济技术产业集聚区高新技术产业园"
G = "驻马店市2013年第三批亿元以上重点项目"
GZ = "驻马店市2013年第三批重点项目主会场开工项目"
EVZ = "当天,在主会场集中开工的有恒兴数控产业园、懿丰三超钢结构、嘉邦实业高分子复合材料、永创生态复合材料4个重点项目,总投资26.8亿元"
EVJ = "驻马店市作出市区共建经济技术产业集聚区重大部署,规划17.65平方公里高新技术产业园"
ST = dict(status="开工", status_text="主会场集中开工")
NOTE_Z = "主会场开工项目；文中未说位于哪个园区（park 为 null）"
write("x08", {
    "title": "河南驻马店84个亿元以上重点项目开工",
    "outlet": "水泥人网 cementren.com（转载，原出处未注明，作者未署名）",
    "published": "2013-10-11", "published_precision": "day",
    "register": "trade-press repost on a city's third batch of groundbreakings (agricultural-fair signings), with the main-venue projects and a planned industrial cluster zone",
    "source_url": "http://cementren.com/2013/1011/36175.html",
    "note": "“2013-10-11 10:45:35 来源:水泥人网”行和文末“欢迎扫描二维码关注微信公众号…”已删；“总投资 245亿元”“突破 1000亿元”中的空格照录；开工日 10月9日"},
    parks=[
        park(P, EVJ, city="驻马店", province="河南", kind="产业集聚区（市区共建）",
             note="文中作“市区共建经济技术产业集聚区”，名称补“驻马店”（check_gold 警告名称不在文中）"),
        park(GX, EVJ, city="驻马店", province="河南", kind="高新技术产业园（规划）", parent=P, optional=True,
             note="“规划17.65平方公里高新技术产业园”，无专名；名称为描述性"),
        park("恒兴数控产业园", EVZ, city="驻马店", province="河南", kind="产业园(项目)", optional=True,
             note="以开工项目出现"),
    ],
    companies=[
        company("懿丰三超", EVZ, optional=True, note="只出现在项目名中"),
        company("嘉邦实业", EVZ, optional=True, note="只出现在项目名中"),
        company("永创生态", EVZ, optional=True, note="只出现在项目名中"),
    ],
    projects=[
        project("恒兴数控产业园", EVZ, park=None, **ST, note=NOTE_Z),
        project("懿丰三超钢结构", EVZ, park=None, companies=["懿丰三超"], **ST, note=NOTE_Z),
        project("嘉邦实业高分子复合材料", EVZ, park=None, companies=["嘉邦实业"], **ST, note=NOTE_Z),
        project("永创生态复合材料", EVZ, park=None, companies=["永创生态"], **ST, note=NOTE_Z),
    ],
    facts=[
        fact(G, "park_group", "projects_started", 84, "驻马店市第三批共84个亿元以上重点项目集中开工", as_of="2013年10月9日"),
        fact(G, "park_group", "planned_investment_cny", 48900000000.0, "此次集中开工的项目总投资489亿元",
             as_of="2013年10月9日"),
        fact(G, "park_group", "annual_planned_investment_cny", 9700000000.0, "年度投资97亿元", kind="target", as_of="2013年"),
        fact(G, "park_group", "projects_over_1bn", 16, "投资10亿元以上项目16个", optional=True),
        fact(G, "park_group", "projects_500m_to_1bn", 17, "5亿元至10亿元项目17个", optional=True),
        fact(G, "park_group", "industrial_projects", 49, "工业项目49个,总投资 245亿元", as_of="2013年10月9日"),
        fact(G, "park_group", "industrial_projects_investment_cny", 24500000000.0, "总投资 245亿元。当天",
             as_of="2013年10月9日"),
        fact(GZ, "park_group", "projects_started", 4, EVZ, as_of="2013年10月9日"),
        fact(GZ, "park_group", "planned_investment_cny", 2680000000.0, "总投资26.8亿元", as_of="2013年10月9日"),
        fact(GX, "park", "area_km2", 17.65, "规划17.65平方公里高新技术产业园", unit="km2", note="规划面积"),
        fact("驻马店市", "park_group", "fixed_asset_investment_cny", 100000000000.0, "实现全市固定资产投资突破 1000亿元",
             kind="target", qualifier="超", qualifier_text="突破", as_of="2013年", optional=True, note="全市目标，非园区"),
        fact("驻马店市产业集聚区", "park_group", "fixed_asset_investment_cny", 70000000000.0,
             "产业集聚区固定资产投资突破700亿元目标", kind="target", qualifier="超", qualifier_text="突破", as_of="2013年",
             optional=True, note="全市产业集聚区合计的目标"),
    ])
