"""Ground truth for real16 c01-c08 (written from the texts only; see SOURCES.md)."""
from lib import *

# ---------------- c01 哈尔滨经济技术和高新技术产业开发区 2006年 (哈尔滨年鉴条目)
P = "哈尔滨经济技术和高新技术产业开发区"
A = "2006年"
EV1 = "英国联合食品、丰威麦业等一批大项目入区"
EV2 = "风华科技与德国西门子、固泰电子与意大利菲尔姆等一批跨国合资合作项目进展顺利"
EV3 = "哈尔滨重型机器厂、哈尔滨电表厂、哈尔滨第二工具厂等一批老工业基地改造项目如期进行"
EV4 = "与美国明尼苏达州农业部、美国科特勒公司、中国国际投资促进会等机构建立合作关系"
write("c01", {
    "title": None,
    "title_note": "存档页无标题，只存年鉴条目正文（表格单元）；内容：2006年哈尔滨经济技术和高新技术产业开发区招商引资：入区大项目、合资项目、老工业基地改造项目入区、对俄经贸，新开工项目与内外资数字",
    "outlet": "哈尔滨市地方志数据库（was40 检索系统，117.78.9.86:8080），哈尔滨年鉴条目（编者、卷次未存）", "published": "2007",
    "published_precision": "year",
    "register": "city yearbook entry (annual work record) of a combined ETDZ/high-tech zone: investment-attraction work, firms and projects entering the zone, signed foreign and domestic projects, contracted and actual investment",
    "source_url": "http://117.78.9.86:8080/was40/detail?channelid=5728&record=21",
    "note": "存档为两段表格单元，首尾的表格竖线“|”已删。出版年属推断：2006年的条目按惯例刊于次年（2007）的年鉴。"
            "“2 100万美元”“6 200万元”中的千位空格照录（check_gold 读不出“6 200万元”，该事实的 metric 不带 _cny）"},
    parks=[
        park(P, "2006年,哈尔滨经济技术和高新技术产业开发区新开工工业项目39个", city="哈尔滨", province="黑龙江",
             kind="国家级经济技术开发区、国家高新区（合署）",
             note="经开区与高新区合署的管理主体，文中以一个名称出现，作一个园区记录"),
    ],
    companies=[
        company("英国联合食品", EV1, park=P, note="企业名作“大项目”列举，“入区”"),
        company("丰威麦业", EV1, park=P, note="企业名作“大项目”列举，“入区”"),
        company("风华科技", EV2, park=P, note="“载体招商”下的跨国合资合作项目的中方企业；文中未明说“入区”，按条目主体（开发区）归园"),
        company("西门子", EV2, park=None, aliases=["德国西门子"], note="外方合作者，未说落户园区"),
        company("固泰电子", EV2, park=P, note="同风华科技"),
        company("菲尔姆", EV2, park=None, aliases=["意大利菲尔姆"], note="外方合作者，未说落户园区"),
        company("哈尔滨重型机器厂", EV3, park=P, note="“老工业基地调整改造项目入区”，厂名作项目列举"),
        company("哈尔滨电表厂", EV3, park=P),
        company("哈尔滨第二工具厂", EV3, park=P),
        company("美国科特勒公司", EV4, park=None, optional=True, note="合作机构（咨询公司），与开发区“建立合作关系”，不在园区"),
    ],
    institutions=[
        inst("美国明尼苏达州农业部", EV4),
        inst("中国国际投资促进会", EV4, kind="other"),
    ],
    facts=[
        fact(P, "park", "expo_turnover_usd", 188000000.0, "成交额1.88亿美元", as_of=A, optional=True,
             note="开发区在海参崴举办的第二届中国·哈尔滨出口商品展览会成交额"),
        fact(P, "park", "enterprises_introduced", 40, "新引进40余家企业", qualifier="余", as_of=A,
             note="对俄贸易直销通道新引进的企业数"),
        fact(P, "park", "export_via_channel_usd", 21000000.0, "实现出口过货2 100万美元", as_of=A,
             note="“2 100万美元”（千位空格照录）"),
        fact(P, "park", "projects_started", 39, "新开工工业项目39个", as_of=A),
        fact(P, "park", "average_project_investment", 62000000.0, "项目平均投资规模6 200万元", unit="cny", as_of=A,
             optional=True, note="平均规模；“6 200万元”的千位空格使 check_gold 读不出金额，故 metric 不带 _cny"),
        fact(P, "park", "foreign_projects_over_10m_usd_signed", 8, "签约超千万美元外商投资项目8个", as_of=A),
        fact(P, "park", "domestic_projects_over_100m_signed", 5, "超亿元人民币内资项目5个", as_of=A),
        fact(P, "park", "contract_foreign_investment_usd", 325000000.0, "实现合同外资额3.25亿美元", as_of=A),
        fact(P, "park", "actual_foreign_investment_usd", 170000000.0, "实际利用外资1.7亿美元", as_of=A),
        fact(P, "park", "contracted_domestic_investment_cny", 5300000000.0, "内资协议额53亿元", as_of=A),
        fact(P, "park", "domestic_investment_in_place_cny", 3030000000.0, "内资实际到位30.3亿元", as_of=A),
    ])

# ---------------- c02 2007柴达木循环经济试验区项目推介会签约 (青海日报 2007)
P = "柴达木循环经济试验区"
G = "2007中国青海柴达木循环经济试验区项目推介会签约项目"
A = "2007年6月21日"
EVP = "我们成功地签订了投资9.98亿元的《海西氢氧化钾及配套有机硅项目投资协议书》"
EVC = "记者采访了中国航空技术进出口深圳公司、深圳中航集团总裁吴光权"
EVD = "都兰藏地生物科技有限公司总经理常珊欣喜地告诉记者"
EVG = "我们一定要把柴达木盆地的优质甘草种植和精深加工项目做大"
write("c02", {
    "title": "\"柴推会\"取得丰硕成果 共签约项目39个金额210亿",
    "outlet": "青海日报（文末“来源:青海日报 作者:王志远”），chinasilicon.net 论坛转帖", "published": "2007-06-22",
    "published_precision": "day",
    "register": "provincial party paper item (reposted on a forum) on a circular-economy pilot zone's investment fair: signed projects and amounts by agreement type, one named project with amount",
    "source_url": "https://www.chinasilicon.net/forum.php?mod=viewthread&page=1&tid=5093",
    "note": "首尾表格竖线“|”、标题下的“【字体:大 中 小】 2007年06月22日”已删；日期取该行（签约在“6月21日下午”）。"
            "存档各段以单换行分隔，改为空行。标题中的 ASCII 双引号与文末来源行照录"},
    parks=[
        park(P, "2007中国青海柴达木循环经济试验区项目推介会暨盐湖城旅游文化艺术节项目签约仪式在格尔木会展中心举行",
             city="海西州", province="青海", kind="循环经济试验区",
             note="海西州境内的国家循环经济试点区域（同 real8 w02 的园区记录）；文中只在活动名中出现"),
    ],
    companies=[
        company("中国航空技术进出口深圳公司", EVC, park=P, note="签订《海西氢氧化钾及配套有机硅项目投资协议书》的一方（“我们”），按其项目归园"),
        company("深圳中航集团", EVC, park=P, note="吴光权同为其总裁，“我们”所指集团；按其项目归园"),
        company("都兰藏地生物科技有限公司", EVD, park=P, note="都兰县新建企业，项目在柴达木盆地；按其项目归园（有争议）"),
    ],
    institutions=[
        inst("海西蒙古族藏族自治州", "海西蒙古族藏族自治州州属市、县、行委的负责同志分别与39家企业和客商共签约项目39个",
             note="州政府（签约一方）"),
        inst("德令哈市", "在德令哈市的大力支持下", note="市政府"),
    ],
    projects=[
        project("海西氢氧化钾及配套有机硅项目", EVP, park=P,
                companies=["中国航空技术进出口深圳公司", "深圳中航集团"], inv=998000000.0, inv_text="投资9.98亿元",
                status="签约", status_text="成功地签订了…投资协议书",
                note="推介会签约项目，在德令哈市（柴达木）；文中未点名更小的园区，归试验区"),
        project("甘草种植和精深加工项目", EVG, park=P, companies=["都兰藏地生物科技有限公司"], optional=True,
                note="“优质甘草种植和精深加工项目”，无正式名称、无金额、未说签约"),
    ],
    facts=[
        fact(G, "park_group", "projects_signed", 39, "共签约项目39个", as_of=A),
        fact(G, "park_group", "signing_parties", 39, "分别与39家企业和客商共签约项目39个", as_of=A, optional=True,
             note="签约企业和客商数（与项目数同值）"),
        fact(G, "park_group", "planned_investment_cny", 21000000000.0, "签约金额达210亿元", as_of=A,
             note="标题作“金额210亿”"),
        fact(G, "park_group", "agreement_projects", 27, "其中协议项目27个", as_of=A),
        fact(G, "park_group", "agreement_investment_cny", 12469000000.0, "签约金额124.69亿元", as_of=A,
             note="协议项目的签约金额"),
        fact(G, "park_group", "intention_projects", 12, "意向项目12个", as_of=A),
        fact(G, "park_group", "intention_investment_cny", 8525000000.0, "签约金额85.25亿元", as_of=A,
             note="意向项目的签约金额"),
    ])

# ---------------- c03 兰州高新区2008年技工贸总收入增速全国首位 (甘肃日报 2009)
P = "兰州高新区"
A = "2008年"
EVS = "加快西固石化科技产业园和彭家坪装备制造业生态园区建设"
EVN = "据统计,2008年兰州高新区完成技工贸总收入400亿元"
write("c03", {
    "title": None,
    "title_note": "存档页无标题（页首只有“最新内容”与网站、日期行）；内容：2008年兰州高新区技工贸总收入增速列全国54个国家级高新区首位，增加值、税收、出口创汇",
    "outlet": "甘肃日报（文末“(来源:甘肃日报)”），中关村多媒体创意产业园网站 bjmmedia.cn 转载", "published": "2009-05-07",
    "published_precision": "day",
    "register": "provincial party paper item reposted by a park website: a national high-tech zone's 2008 figures and national growth rank, two sub-parks under construction",
    "source_url": "http://bjmmedia.cn/show.aspx?cid=12&id=1639",
    "note": "页首“最新内容”“http://www.bjmmedia.cn 发布日期:2009-05-07 中关村多媒体创意产业园 关注度:”“http://www.bjmmedia.com.cn”三行已删；日期取“发布日期”（甘肃日报原刊日未存）。存档以“(来源:甘肃日报)”收束"},
    parks=[
        park(P, EVN, city="兰州", province="甘肃", kind="国家高新区"),
        park("西固石化科技产业园", EVS, city="兰州", district="西固区", province="甘肃", kind="产业园", parent=P,
             note="兰州高新区“加快…建设”的园区，按上级园区为兰州高新区"),
        park("彭家坪装备制造业生态园区", EVS, city="兰州", province="甘肃", kind="产业园", parent=P),
    ],
    facts=[
        fact(P, "park", "tech_industry_trade_revenue_cny", 40000000000.0, "完成技工贸总收入400亿元", as_of=A),
        ratio(P, "park", "tech_industry_trade_revenue_growth", 0.6, "同比增长60%", as_of=A),
        rank(P, "park", "national_growth_rank", 1, "增速高居54个国家级高新区首位", as_of=A, note="汉字序数“首位”"),
        fact("国家级高新区", "park_group", "parks_count", 54, "增速高居54个国家级高新区首位", as_of=A, optional=True,
             note="全国口径"),
        fact(P, "park", "value_added_cny", 8500000000.0, "实现增加值85亿元", as_of=A),
        ratio(P, "park", "value_added_growth", 0.308, "同比增长30.8%", as_of=A),
        fact(P, "park", "tax_revenue_cny", 900000000.0, "实现税收9亿元", as_of=A),
        ratio(P, "park", "tax_revenue_growth", 0.385, "同比增长38.5%", as_of=A),
        fact(P, "park", "export_usd", 75000000.0, "完成出口创汇7500万美元", as_of=A),
        ratio(P, "park", "export_growth", 0.2, "同比增长20%", as_of=A),
        fact("国家级高新区", "park_group", "years_since_founding", 18, "国家级高新区创办18年以来", optional=True,
             unit="years", note="全国口径"),
    ])

# ---------------- c04 海普瑞与深圳市坪山新区管委会签署合作协议 (2011)
P = "坪山新区"
EVA = "公司计划在深圳市坪山新区建设生物医药研发制造基地,总投资计划为51亿元"
write("c04", {
    "title": None,
    "title_note": "存档页无标题，正文起于“海普瑞公告”；内容：海普瑞公告与深圳市坪山新区管委会签署合作协议，计划在坪山新区建设生物医药研发制造基地，总投资计划51亿元",
    "outlet": "cncmrn.com 医药频道（作者 李少林；原刊未注明）", "published": "2011-06-30", "published_precision": "day",
    "register": "business-press digest of a listed company's announcement: a framework agreement with a new area's management committee for a research and manufacturing base, planned investment",
    "source_url": "http://cncmrn.com/channels/pharm/20110630/738591.html",
    "note": "日期取自网址路径（20110630），签约在“6月28日”。文末六条行业报告推广链接（“• 中国角型毛巾架行业运营态势…”等）已删。存档以“(作者:李少林)”收束"},
    parks=[
        park(P, "公司6月28日与深圳市坪山新区管委会签署了合作协议", city="深圳", province="广东", kind="新区（功能区）",
             aliases=["深圳市坪山新区"]),
    ],
    companies=[
        company("海普瑞", "海普瑞公告,公司6月28日与深圳市坪山新区管委会签署了合作协议", park=P,
                note="上市公司；将在坪山新区建设自有基地，按其项目归园"),
    ],
    institutions=[inst("深圳市坪山新区管委会", "公司6月28日与深圳市坪山新区管委会签署了合作协议")],
    projects=[
        project("生物医药研发制造基地", EVA, park=P, companies=["海普瑞"], inv=5100000000.0, inv_text="总投资计划为51亿元",
                status="签约", status_text="签署了合作协议", status_alt="planned", aliases=["生物医药研发基地"],
                note="“意向性框架协议”，尚未取得土地；别名取下文“投资建设生物医药研发基地”"),
    ])

# ---------------- c05 金寨现代产业园区第二个工业招商项目签约 (2012)
P = "金寨现代产业园区"
PR = "安徽集源液压技术有限公司机械液压元件项目"
EVS = "金寨现代产业园区管委会主任张守锐与安徽集源液压技术有限公司董事长万刚签订投资协议"
EVI = "总投资1.8亿,其中固定资产投资1.45亿元,主要生产各种机械液压元件、工程机械配件"
A = "2012年10月23日"
write("c05", {
    "title": "金寨现代产业园区第二个工业招商项目正式签约",
    "outlet": "news.d1cm.com（原刊与作者未注明）", "published": "2012-10-24", "published_precision": "day",
    "register": "local news item on a county industrial park's second investment-attraction project: the signed firm, land, floor area, investment, schedule and expected output",
    "source_url": "http://news.d1cm.com/2012/10/24/102408575737023.shtml",
    "note": "存档中标题行位于正文之后（页面次序），移作首行标题，正文未改。日期取自网址路径（2012/10/24），签约在“10月23日”。"
            "正文一段，明显短于截断长度，以收束句结尾"},
    parks=[
        park(P, "这标志着第二个招商引资项目开始正式落户现代产业园区", city="六安", district="金寨县", province="安徽",
             kind="产业园区", note="“现代产业园区”为文中简称，偏泛，不作别名；城市六安据金寨县所属推断"),
    ],
    companies=[
        company("安徽集源液压技术有限公司", EVS, park=P, note="“正式落户现代产业园区”"),
    ],
    institutions=[
        inst("金寨现代产业园区管委会", EVS, park=P),
        inst("县政协办", "该项目由县政协办招商引进"),
    ],
    projects=[
        project(PR, EVI, park=P, companies=["安徽集源液压技术有限公司"], inv=180000000.0, inv_text=None,
                status="签约", status_text="签订投资协议", status_alt="planned", optional=True,
                note="无正式项目名（文中“该项目”“第二个招商引资项目”），名称为描述，故可选；“总投资1.8亿”不带“元”，"
                     "check_gold 读不出，investment_text 留空（金额见 evidence）；计划2012年11月开工、2013年10月底投产"),
    ],
    facts=[
        rank(P, "park", "investment_project_order", 2, "这标志着第二个招商引资项目开始正式落户现代产业园区", as_of=A,
             note="园区第二个招商引资项目（序次）"),
        fact(PR, "project", "land_area_mu", 58.4, "计划用地58.4亩", unit="mu", kind="target"),
        fact(PR, "project", "floor_area_m2", 39000, "建筑面积3.9万平方米", unit="m2", kind="target", optional=True),
        fact(PR, "project", "fixed_asset_investment_cny", 145000000.0, "其中固定资产投资1.45亿元", kind="target",
             note="计划中的固定资产投资"),
        fact(PR, "project", "annual_capacity_units", 600000, "达产后可年产60万台工程机械液压件", unit="units",
             kind="target", optional=True),
        fact(PR, "project", "expected_revenue_cny", 180000000.0, "预计可实现年销售收入1.8亿元", kind="target"),
        fact(PR, "project", "expected_tax_cny", 30000000.0, "税收3000万元", kind="target"),
    ])

# ---------------- c06 国投成立海峡基础设施基金 首期投资平潭综合实验区 (2012)
P = "平潭综合实验区"
F = "海峡基础设施基金"
M = "海峡汇富产业投资基金管理有限公司"
G3 = "海峡汇富产业投资基金管理有限公司发起设立的三支股权投资基金"
EVF = "首期募集资金人民币4.982亿元投向了平潭综合实验区"
A = "2012年12月"
write("c06", {
    "title": "国投成立海峡基础设施基金 首期投资福建平潭综合实验区",
    "outlet": "国家开发投资公司（文章来源），国务院国资委网站 wap.sasac.gov.cn", "published": "2012-12-28",
    "published_precision": "day",
    "register": "state-owned group's release on the central SASAC website: a fund manager's new infrastructure fund, its first-phase raise invested in a comprehensive pilot zone, the manager's three funds' totals",
    "source_url": "http://wap.sasac.gov.cn/n2588025/n2588124/c3996367/content.html",
    "note": "“文章来源:国家开发投资公司  发布时间:2012-12-28”一行、文末“【责任编辑:${content.getAttrByFlatName('zrbj').value}】”与网站页脚（网页版|英文版…、网站管理、京ICP备05052109号等）已删；各段首的缩进空格已删"},
    parks=[
        park(P, EVF, city="福州", district="平潭县", province="福建", kind="综合实验区",
             note="城市（福州）据平潭所属推断；“平潭”单独出现（海岛、地区），不作别名"),
    ],
    companies=[
        company("国投", "近日,国投所属海峡汇富产业投资基金管理有限公司发起成立海峡基础设施基金", park=None,
                note="国家开发投资公司（文中只写“国投”）；基金管理公司的上级"),
        company(M, "近日,国投所属海峡汇富产业投资基金管理有限公司发起成立海峡基础设施基金", park=None,
                note="基金发起人、管理人；文中未把公司放在某一园区"),
    ],
    institutions=[inst("国务院", "2011年末,国务院正式批复《平潭综合实验区总体发展规划》")],
    funds=[
        fund(F, EVF, park=P, size=498200000.0, size_type="首期募集资金",
             note="只给首期募集额；基金“投向了平潭综合实验区”，故园区为平潭综合实验区"),
    ],
    facts=[
        fact(F, "fund", "fund_size_cny", 498200000.0, EVF, as_of=A, optional=True, note="已存于基金的 size 字段，作事实可选"),
        fact(G3, "fund", "fund_count", 3, "已发起设立了三支股权投资基金", as_of=A, optional=True, note="汉字数目"),
        fact(G3, "fund", "fund_size_cny", 4550000000.0, "总募资规模为人民币45.5亿元", as_of=A, kind="cumulative",
             note="三支基金合计募资规模"),
        fact(G3, "fund", "fund_paid_in_cny", 1368000000.0, "实际到资人民币13.68亿元", as_of=A, kind="cumulative"),
        fact(G3, "fund", "fund_invested_cny", 1070000000.0, "累计完成投资额共计人民币10.7亿元", as_of=A, kind="cumulative"),
        rank("平潭岛", "park_group", "national_island_size_rank", 5, "平潭是中国第五大岛", note="汉字序数；海岛，非园区"),
        rank("平潭岛", "park_group", "provincial_island_size_rank", 1, "福建第一大岛", note="汉字序数"),
    ])

# ---------------- c07 渭南高新区重奖招商功臣 (中国高新技术企业 2013)
P = "渭南高新区"
A = "2012年"
EVF = "当年引进了湖南中钢、成都中挖、北京聚龙、广东利盈等13个项目"
write("c07", {
    "title": "渭南高新区重奖招商功臣",
    "outlet": "《中国高新技术企业》2013年第5期，fx361.cc 期刊库", "published": "2013-04-29",
    "published_precision": "day",
    "register": "national trade magazine brief on a high-tech zone's investment-attraction awards and its previous year's figures: projects introduced, funds in place, foreign investment, key projects",
    "source_url": "https://m.fx361.cc/news/2013/0429/24598031.html",
    "note": "标题下的日期行“2013-04-29”与刊名行“中国高新技术企业 2013年5期”已删；日期取该行。存档两段，明显短于截断长度，以数字句收束"},
    parks=[
        park(P, "近日,陕西渭南高新区召开招商引资表彰奖励大会", city="渭南", province="陕西", kind="国家高新区",
             note="“中心区”为区内片区的泛称，不单列"),
    ],
    companies=[
        company(n, EVF, park=P, optional=True,
                note="地名+简称的企业名作“项目”列举（“等13个项目”），同 real15 b02，可选")
        for n in ("湖南中钢", "成都中挖", "北京聚龙", "广东利盈")
    ],
    facts=[
        fact(P, "park", "award_funds_cny", 2567700.0, "拿出256.77万元", as_of="2013年4月", optional=True,
             note="表彰奖励资金"),
        fact(P, "park", "awarded_units", 17, "奖励上年度在招商引资工作中做出突出贡献的17个先进单位", as_of="2013年4月",
             optional=True),
        fact(P, "park", "years_as_national_zone", 2, "这是该区晋级为国家级高新区两年来", unit="years", optional=True),
        fact(P, "park", "projects_introduced", 13, EVF, as_of=A),
        fact(P, "park", "planned_investment_cny", 7000000000.0, "投资总额达70亿元", as_of=A, note="13个引进项目的投资总额"),
        fact(P, "park", "funds_in_place_cny", 4000000000.0, "招商引资到位资金40亿元", as_of=A),
        ratio(P, "park", "funds_in_place_plan_completion", 1.3, "完成年度计划的130%", as_of=A),
        ratio(P, "park", "funds_in_place_growth", 0.19, "同比增长19%", as_of=A),
        fact(P, "park", "foreign_direct_investment_usd", 11800000.0, "利用外资直接投资1180万美元", as_of=A),
        fact(P, "park", "import_export_usd", 118990000.0, "外贸进出口总额达到11899万美元", as_of=A),
        fact(P, "park", "projects_arranged", 56, "全年共安排各类项目56个", as_of=A),
        fact(P, "park", "start_batches", 3, "先后3次组织20个重大项目集中开工", as_of=A, optional=True, note="集中开工次数"),
        fact(P, "park", "projects_started", 20, "先后3次组织20个重大项目集中开工", as_of=A),
        fact(P, "park", "key_projects", 18, "18个市级重点建设项目累计完成投资61亿元", as_of=A),
        fact(P, "park", "completed_investment_cny", 6100000000.0, "18个市级重点建设项目累计完成投资61亿元", as_of=A,
             kind="cumulative", note="18个市级重点项目累计完成投资"),
        ratio(P, "park", "key_projects_plan_completion", 1.03, "完成年度计划103%", as_of=A),
    ])

# ---------------- c08 龙南经开区：“国字号”经开区成投资洼地 (2014)
P = "龙南经济技术开发区"
EVP = "其中包括总投资26亿元的现代轻纺城、投资12亿元的骏亚电子和投资6亿元的新能锆业等一批大项目"
IN = dict(park=P, status=None, status_text="引进")
write("c08", {
    "title": "“国字号”经开区成投资洼地 打造一流经济技术开发区",
    "outlet": "原刊未注明（通讯员 傅亮、李胜雄），baogaosu.com 南昌站转载", "published": "2014-03-17",
    "published_precision": "day",
    "register": "reposted local item on a newly state-level ETDZ's first year: built area, layout, infrastructure investment, workforce, the county's major projects with amounts",
    "source_url": "http://nanchang.baogaosu.com/xinwen/%E5%9B%BD%E5%AD%97%E5%8F%B7%E7%BB%8F%E5%BC%80%E5%8C%BA%E6%88%90%E6%8A%95%E8%B5%84%E6%B4%BC%E5%9C%B0%E6%89%93%E9%80%A0/18480991/",
    "note": "页面时间行“17.03.2014  11:54”（日期取此）与文末两条其他新闻（“赣州首开粤港澳大湾区蔬菜直通车…”“江西今年建设设施蔬菜35万亩…”）已删；各段首缩进已删。"
            "文中只写“龙南经开区”，名称补全为龙南经济技术开发区（check_gold 提示名称不逐字，有意），“龙南经开区”作别名"},
    parks=[
        park(P, "作为去年新晋的“国字号”经开区,一年来,龙南经开区以打造一流经济技术开发区为目标", city="赣州",
             district="龙南县", province="江西", kind="国家级经济技术开发区", aliases=["龙南经开区"],
             note="“去年新晋的国字号经开区”（2013年升级）；“经开区”单独出现，不作别名；城市赣州据龙南所属推断"),
    ],
    companies=[
        company("骏亚电子", EVP, park=P, optional=True, note="只以项目名出现（“投资12亿元的骏亚电子”）"),
        company("新能锆业", EVP, park=P, optional=True, note="只以项目名出现"),
    ],
    projects=[
        project("现代轻纺城", EVP, inv=2600000000.0, inv_text="总投资26亿元", **IN,
                note="“全县共引进”的项目，作为经开区成“投资洼地”的例证列出；园区按经开区（有争议，见 Uncertain）；“引进”未说阶段"),
        project("骏亚电子", EVP, companies=["骏亚电子"], inv=1200000000.0, inv_text="投资12亿元", **IN,
                note="企业名作项目名"),
        project("新能锆业", EVP, companies=["新能锆业"], inv=600000000.0, inv_text="投资6亿元", **IN,
                note="企业名作项目名"),
    ],
    facts=[
        fact(P, "park", "built_area_km2", 9.31, "经开区建成面积9.31平方公里", unit="km2", as_of="2014年3月"),
        fact(P, "park", "layout_length_km", 16, "南北纵跨16公里", unit="km", optional=True, note="规划格局的南北跨度"),
        fact(P, "park", "infrastructure_investment_cny", 300000000.0, "目前在建和拟建项目总投资近3亿元", qualifier="约",
             qualifier_text="近", as_of="2014年3月", note="在建和拟建（配套）项目总投资"),
        fact(P, "park", "employees", 30000, "经开区常住的从业人员已达3万余人", qualifier="余", as_of="2014年3月"),
        fact(P, "park", "leading_industries", 4, "四大主导产业", optional=True, note="汉字数目；主语“该县”"),
        fact("龙南县", "park_group", "projects_over_50m", 14, "去年,全县共引进5000万元以上重大产业项目14个",
             as_of="2013年", note="全县口径（5000万元以上重大产业项目）"),
    ])
