"""Ground truth for real17 d01-d08 (written from the texts only; see SOURCES.md)."""
from lib import *

# ---------------- d01 太原高新区全国排第十 (山西晚报 2005)
P = "太原高新区"
write("d01", {
    "title": "太原高新区全国排第十",
    "outlet": "山西晚报（见习记者 胡斌；文末“(来源:山西新闻网 山西晚报网络编辑:张保春)”），新浪新闻中心转载",
    "published": "2005-09-06", "published_precision": "day",
    "register": "provincial evening paper item on a national high-tech zone's national ranking, told through a visit of zone heads after a conference",
    "source_url": "http://news.sina.com.cn/c/2005-09-06/02596877110s.shtml",
    "note": "页首导航“新闻中心新浪首页 > 新闻中心 > 国内新闻 > 正文”、标题下的“http://www.sina.com.cn 2005年09月06日02:59 山西晚报”一行与文末新浪页脚"
            "（爱问、收藏此页、新浪简介…版权所有 新浪网）已删；各段首缩进已删。正文中“在结\\n束昨日的会议后”的句内换行照录（存档如此）。"
            "电头“本报9月5日讯”，日期取新浪转载行"},
    parks=[
        park(P, "太原高新区的发展令人称奇", city="太原", province="山西", kind="国家高新区",
             note="文中只写“太原高新区”（太原高新技术产业开发区），按文中写法"),
        park("中关村科技园", "此次来并参加会议的共有包括中关村科技园在内的39家国家级高新区负责人", city="北京", province="北京",
             kind="国家高新区", optional=True, note="只作参会高新区的例子顺带提及"),
    ],
    institutions=[
        inst("科技部", "今年8月份,科技部公布了全国53个国家级高新区各项指标统计排名"),
        inst("中国高新技术产业发展中亚市场战略联盟", "太原高新区加入了中国高新技术产业发展中亚市场战略联盟", kind="other",
             note="高新区加入的联盟，非企业"),
    ],
    facts=[
        rank(P, "park", "national_rank", 10, "综合排名也由过去的第32位上升到第10位", as_of="2005年8月",
             note="科技部公布的53个国家级高新区综合排名"),
        rank(P, "park", "previous_national_rank", 32, "综合排名也由过去的第32位上升到第10位",
             note="此前的综合排名"),
        fact("国家级高新区", "park_group", "parks_count", 53, "科技部公布了全国53个国家级高新区各项指标统计排名",
             as_of="2005年8月", optional=True, note="全国口径"),
        fact("全国高新区党建工作研讨会参会国家级高新区", "park_group", "parks_count", 39,
             "此次来并参加会议的共有包括中关村科技园在内的39家国家级高新区负责人", as_of="2005年9月", optional=True,
             note="参会高新区数（会议规模，非园区指标）"),
    ])

# ---------------- d02 西夏区招商引资 西夏工业园 (银川新闻网 2007)
P = "西夏工业园"
C = "宁夏华夏电源有限公司"
PR1 = "年产350万套电动自行车用蓄电池极板项目"
PR2 = "阿米尼电动自行车西北生产基地"
EVC = "新引进的宁夏华夏电源有限公司是一个多种产业发展的配套企业,一期建设了年产350万套电动自行车用蓄电池极板项目"
EVB = "今年企业在工业园内征地300亩,建设阿米尼电动自行车西北生产基地,计划年生产电动自行车6万辆"
A = "2007年8月"
write("d02", {
    "title": None,
    "title_note": "存档页无标题，正文起于“据8月18日银川新闻网报道”；内容：银川西夏区上半年招商引资项目，新引进的宁夏华夏电源有限公司在工业园建设阿米尼电动自行车西北生产基地，西夏工业园入园企业与协议投资",
    "outlet": "银川新闻网（文末“摘自:银川新闻网 2007年8月18日”），news.cdc.net.cn 转载（作者未注明）",
    "published": "2007-08-18", "published_precision": "day",
    "register": "city news portal item reposted by an industry site: a district's half-year investment attraction, a newly introduced firm's second-phase base in the district's industrial park, the park's firms and contracted investment",
    "source_url": "https://news.cdc.net.cn/article/9612.html",
    "note": "文末空的“(责任编辑:)”一行已删；“摘自:银川新闻网 2007年8月18日”照录（日期取此）。存档各段以单换行分隔，改为空行。正文明显短于截断长度，以来源行收束"},
    parks=[
        park(P, "西夏工业园内已初步形成了以新型材料、机电加工、农副产品深加工等特色优势产业为主的中小企业聚集区", city="银川",
             district="西夏区", province="宁夏", kind="工业园区",
             note="“工业园”（“今年企业在工业园内征地300亩”）按上下文指西夏工业园，泛称不作别名"),
    ],
    companies=[
        company(C, EVC, park=P, note="“今年企业在工业园内征地300亩”建二期基地，按其项目归园；一期项目地点未说"),
        company("阿米尼", EVB, park=P, optional=True, note="只出现在基地名中（电动自行车品牌），是否独立企业不明"),
    ],
    projects=[
        project(PR1, EVC, park=None, companies=[C], phase="一期", status="投产", status_text="当年实现产值2亿元",
                optional=True, note="一期已建成出产；地点未说是否在工业园内，故园区留空并作可选"),
        project(PR2, EVB, park=P, companies=[C], status="在建", status_text="征地300亩,建设", status_alt="planned",
                note="“今年企业在工业园内征地300亩,建设…”：已征地、在建（亦可读作计划中）；无金额"),
    ],
    facts=[
        fact("西夏区", "park_group", "projects_signed", 17, "今年上半年,吸引招商引资项目17个", as_of="2007年上半年",
             note="区（县级）口径的招商项目"),
        fact("西夏区", "park_group", "planned_investment_cny", 640000000.0, "总投资6.4亿元", as_of="2007年上半年"),
        fact(C, "company", "output_value_cny", 200000000.0, "当年实现产值2亿元", note="一期项目建成当年的产值；年份未说"),
        fact(C, "company", "profit_tax_cny", 25000000.0, "利税2500万元", note="同上"),
        fact(PR2, "project", "land_area_mu", 300, "今年企业在工业园内征地300亩", unit="mu", as_of="2007年"),
        fact(PR2, "project", "annual_capacity_units", 60000, "计划年生产电动自行车6万辆", unit="units", kind="target",
             optional=True),
        fact(P, "park", "enterprises", 41, "入园企业已达41家", as_of=A),
        fact(P, "park", "planned_investment_cny", 1017000000.0, "协议总投资10.17亿元", as_of=A,
             note="入园企业的协议总投资"),
        fact(P, "park", "expected_output_value_cny", 1680000000.0, "预计年总产值16.8亿元", as_of=A, kind="target"),
        fact(P, "park", "expected_profit_tax_cny", 270000000.0, "预计年利税2.7亿元", as_of=A, kind="target"),
    ])

# ---------------- d03 广东省环境保护局 开发区（工业园）环评报告书审查公示 (2009)
P1, P2, P3, P4, P5 = "广东揭东经济开发区", "广东揭阳经济开发区", "乐昌市经济开发试验区", "广东佛山三水工业园区", "汕头市产业转移工业园"
write("d03", {
    "title": "广东省环境保护局关于近期审查开发区(工业园)环境影响报告书的公示",
    "outlet": "广东省环境保护局（今广东省生态环境厅网站 gdee.gd.gov.cn 存档）",
    "published": "2009-02", "published_precision": "month",
    "register": "provincial environmental authority's public notice (环评公示) of the environmental impact reports of five development zones and industrial parks under review: zone, site, developer, assessing institute",
    "source_url": "https://gdee.gd.gov.cn/spqgs3191/content/post_2345027.html",
    "note": "重复的标题（存档中标题出现两次）只留一次；只含不换行空格的空行与页末“扫一扫在手机打开当前页”已删；表格按存档每格一段照录（单换行改空行），"
            "附件文件名（报告书简本.doc/.pdf）照录。发布日期未存：按公示期“2009年2月11至17日”定为2009年2月（月精度）"},
    parks=[
        park(P1, "广东揭东经济开发区\n\n揭东县城东侧", city="揭阳", district="揭东县", province="广东", kind="经济开发区",
             aliases=["揭东经济开发区"], note="别名取附件名“揭东经济开发区报告书简本.doc”"),
        park(P2, "广东揭阳经济开发区\n\n揭阳榕城区东面", city="揭阳", district="榕城区", province="广东", kind="经济开发区",
             aliases=["揭阳经济开发区"],
             note="建设单位写作“广东省揭阳经济开发试验区管理委员会”（管理机构名），不作园区别名；别名取附件名"),
        park(P3, "乐昌市经济开发试验区\n\n乐城南郊3公里", city="韶关", district="乐昌市", province="广东", kind="经济开发区",
             note="城市韶关据乐昌所属推断"),
        park(P4, "广东佛山三水工业园区\n\n三水区乐平镇", city="佛山", district="三水区", province="广东", kind="工业园区"),
        park(P5, "汕头市产业转移工业园\n\n汕头市南部沿海", city="汕头", province="广东", kind="产业转移工业园"),
    ],
    companies=[
        company("佛山市三水中心科技工业园发展有限公司", "广东佛山三水工业园区\n\n三水区乐平镇\n\n佛山市三水中心科技工业园发展有限公司",
                park=P4, note="该工业园区环评的建设单位（园区开发公司）"),
    ],
    institutions=[
        inst("广东省环境保护局", "广东省环境保护局关于近期审查开发区(工业园)环境影响报告书的公示", note="发布公示的审查机关"),
        inst("广东省环境保护局监督管理处", "广东省环境保护局监督管理处"),
        inst("广东揭东经济开发区管理委员会", "广东揭东经济开发区管理委员会", park=P1),
        inst("广东省揭阳经济开发试验区管理委员会", "广东省揭阳经济开发试验区管理委员会", park=P2),
        inst("乐昌市经济开发试验区管理委员会", "乐昌市经济开发试验区管理委员会", park=P3),
        inst("汕头市工业经济带开发建设办公室", "汕头市工业经济带开发建设办公室", park=P5),
        inst("环境保护部华南环境科学研究所", "环境保护部华南环境科学研究所", kind="research"),
        inst("中山大学", "中山大学", kind="university"),
        inst("中国科学院南海海洋研究所", "中国科学院南海海洋研究所", kind="research"),
        inst("广西壮族自治区环境保护科学研究院", "广西壮族自治区环境保护科学研究院", kind="research"),
        inst("广东省环境保护工程研究设计院", "广东省环境保护工程研究设计院", kind="research"),
    ])

# ---------------- d04 麻城建成年产12万吨聚乙烯塑料管道基地 (阳光易购 2011)
P = "湖北麻城经济开发区"
PR = "湖北屯仓管业生产基地"
EVS = "年产12万吨新型环保聚乙烯塑料管道的湖北屯仓管业生产基地在湖北麻城经济开发区举行了奠基仪式"
EVI = "湖北屯仓管业生产基地由海南高能投资有限公司注资5亿元人民币"
write("d04", {
    "title": "麻城建成年产12万吨聚乙烯塑料管道基地",
    "outlet": "阳光易购（采购门户“采购焦点资讯”；原刊与作者未注明，“据报道”），公开仓库 likgjava/eb 存档页",
    "published": "2011-03-24", "published_precision": "day",
    "register": "procurement-portal news digest of a pipe-making base's groundbreaking in a county-level development zone: investor, land, floor area, capacity, expected output",
    "source_url": "https://github.com/likgjava/eb/blob/7470cfbcce2c33c38d76cb757029227202253ea9/webapp/view/staticpags/cgxqzx/ff8080812ee243a4012ee5b8b1d0112d.jsp",
    "note": "取 h1 标题与 <p> 段落，HTML 实体（&ldquo;/&rdquo;）还原为“”；“发布时间：2011-03-24”“发布人：-”两行与门户页头页脚已删；全角标点照录。"
            "标题说“建成”，正文是“举行了奠基仪式”、计划当年11月底建成投产"},
    parks=[
        park(P, EVS, city="黄冈", district="麻城市", province="湖北", kind="经济开发区", aliases=["麻城经济开发区"],
             note="城市黄冈据麻城所属推断"),
    ],
    companies=[
        company("海南高能投资有限公司", EVI, park=P, note="基地的出资方；按其项目归园"),
        company("湖北屯仓管业", EVS, park=P, aliases=["屯仓管业"], optional=True,
                note="只出现在基地名中（“湖北屯仓管业生产基地”“屯仓管业基地”）"),
        company("滨海天联", "是麻城市继滨海天联、金红苏管业之后又一重大新型管材项目", park=None, optional=True,
                note="麻城市此前的管材项目/企业，地点未说"),
        company("金红苏管业", "是麻城市继滨海天联、金红苏管业之后又一重大新型管材项目", park=None, optional=True),
    ],
    projects=[
        project(PR, EVI, park=P, companies=["海南高能投资有限公司", "湖北屯仓管业"], inv=500000000.0,
                inv_text="注资5亿元人民币", status="开工", status_text="举行了奠基仪式", aliases=["屯仓管业基地"],
                note="“注资5亿元人民币”读作项目投资额；奠基即开工；计划当年11月底建成投产（status_alt 不设）"),
    ],
    facts=[
        fact(PR, "project", "area_mu", 500, "基地总占地面积为500亩", unit="mu"),
        fact(PR, "project", "floor_area_m2", 180000, "建筑面积为18万多平方米", unit="m2", qualifier_text="多",
             note="“18万多” → 限定词空、qualifier_text 多"),
        fact(PR, "project", "annual_capacity_tonnes", 120000, "年设计生产新型环保聚乙烯塑料管道12万吨", unit="tonnes",
             kind="target", optional=True),
        fact(PR, "project", "expected_output_value_cny", 1680000000.0, "年产值可达16.8亿元人民币", kind="target"),
    ])

# ---------------- d05 农产品拟定增募资25亿以夯实主业 (阳光易购 2011)
C = "农产品"
P = "北环工业园"
PT = "天津海吉星农产品国际物流园项目"
PG = "广西海吉星农产品国际物流中心项目"
CT = "天津海吉星农产品物流有限公司"
CG = "广西海吉星国际农产品物流有限公司"
EVT = "用于天津海吉星农产品国际物流园项目，拟投入募集资金不超过16亿元"
EVG = "用于广西海吉星农产品国际物流中心项目，拟投入募集资金不超过4亿元"
EVP = "投资额最大的天津海吉星农产品国际物流园项目位于天津静海县静海新城北侧北环工业园"
A = "2011年5月"
write("d05", {
    "title": "农产品拟定增募资25亿以夯实主业",
    "outlet": "阳光易购（采购门户“商品资讯”；原刊与作者未注明），公开仓库 likgjava/eb 存档页",
    "published": "2011-05-06", "published_precision": "day",
    "register": "financial-press digest of a listed company's private placement plan: the raise, the fund-raising projects (a logistics park project sited in an industrial park), the shareholders' subscription",
    "source_url": "https://github.com/likgjava/eb/blob/7470cfbcce2c33c38d76cb757029227202253ea9/webapp/view/staticpags/goodszx/ff8080812fbfbecc012fc32c8f9201bd.jsp",
    "note": "取 h1 标题与 <p> 段落；“发布时间：2011-05-06”“发布人：-”两行与门户页头页脚已删；全角标点与 ASCII 分号“;”照录。"
            "“农产品”是上市公司（深圳市农产品股份有限公司）的简称，文中只写简称"},
    parks=[
        park(P, EVP, city="天津", district="静海县", province="天津", kind="工业园",
             note="“静海新城”是新城而非园区，不单列"),
        park("南宁国际保税物流园区", "与南宁国际保税物流园区一并被广西确定为南宁市重点向南、桥接东盟的支柱物流业重点发展项目",
             city="南宁", province="广西", kind="保税物流园区", optional=True,
             note="只作并列的重点项目提及；广西项目不在其内"),
    ],
    companies=[
        company(C, "4月28日起停牌的农产品今日披露，拟定向增发募集资金25亿元", park=None,
                note="上市公司简称；两个募投项目分处天津（北环工业园）与南宁（未说园区），公司本身不归园"),
        company("远致投资", "大股东深圳国资局及其子公司远致投资承诺", park=None, note="深圳国资局的子公司，认购方"),
        company(CT, "其一，向天津海吉星农产品物流有限公司增加投资，用于天津海吉星农产品国际物流园项目", park=P,
                note="项目公司；按其项目归园"),
        company(CG, "其二，向广西海吉星国际农产品物流有限公司增加投资", park=None,
                note="项目公司；项目位于南宁市江南区，文中未说园区"),
    ],
    institutions=[
        inst("深圳国资局", "大股东深圳国资局及其子公司远致投资承诺", aliases=["深圳市国资局"],
             note="大股东（国资委/国资局），政府机构"),
    ],
    projects=[
        project(PT, EVT, park=P, companies=[CT, C], status="planned", status_text="拟投入募集资金",
                note="定增预案中的募投项目；项目总投资未说，“拟投入募集资金不超过16亿元”只是募集资金投向（见事实）"),
        project(PG, EVG, park=None, companies=[CG, C], status="planned", status_text="拟投入募集资金",
                note="位于“南宁市江南区核心位置”，与南宁国际保税物流园区只是并列为重点项目，园区留空"),
    ],
    facts=[
        fact(C, "company", "planned_fundraising_cny", 2500000000.0, "拟定向增发募集资金25亿元", as_of=A, kind="target",
             note="定向增发拟募集资金（上限见下文“不超过25亿元”）"),
        fact(C, "company", "new_shares_planned", 151000000, "农产品本次拟发行不超过1.51亿股", unit="shares", as_of=A,
             kind="target", optional=True, qualifier_text="不超过"),
        fact(C, "company", "fundraising_projects", 3, "农产品拟募集资金不超过25亿元投入3个项目", as_of=A, optional=True,
             note="含偿还银行贷款一项"),
        fact(PT, "project", "raised_funds_allocated_cny", 1600000000.0, "拟投入募集资金不超过16亿元", as_of=A,
             kind="target", qualifier_text="不超过", optional=True,
             note="募集资金投向的上限，非项目总投资；“不超过”不在限定词表内，故可选"),
        fact(PG, "project", "raised_funds_allocated_cny", 400000000.0, "拟投入募集资金不超过4亿元", as_of=A,
             kind="target", qualifier_text="不超过", optional=True),
        fact(C, "company", "loan_repayment_cny", 500000000.0, "另外5亿元用于偿还银行贷款", as_of=A, kind="target",
             optional=True),
        fact(PT, "project", "planned_area_mu", 1068.2, "规划面积1068.2亩", unit="mu"),
        fact(PG, "project", "area_mu", 606, "总占地约606亩", unit="mu", qualifier="约"),
        ratio("深圳国资局", "company", "shareholding", 0.2152, "深圳市国资局持有公司21.52%的股份", as_of=A,
              note="大股东在农产品的持股比例"),
        ratio("远致投资", "company", "shareholding", 0.0522, "远致投资持有5.22%的股份", as_of=A),
        fact("深圳国资局及远致投资", "company", "subscription_cny", 668500000.0, "两家公司将合计掏出6.685亿元参与认购",
             as_of=A, kind="target", optional=True, note="由募集总额推算的认购额"),
    ])

# ---------------- d06 威海高新区建立政府采购投标供应商准入机制 (大众日报 2011)
P = "威海高新区"
A = "2011年7月"
write("d06", {
    "title": "威海高新区建立政府采购投标供应商准入机制",
    "outlet": "大众日报（存档“发布人：-大众日报”），阳光易购（采购门户“采购焦点资讯”），公开仓库 likgjava/eb 存档页",
    "published": "2011-07-19", "published_precision": "day",
    "register": "provincial party paper item on a high-tech zone's government procurement: supplier admission and integrity records, disqualified bidders, the zone's procurement volume and savings",
    "source_url": "https://github.com/likgjava/eb/blob/7470cfbcce2c33c38d76cb757029227202253ea9/webapp/view/staticpags/cgxqzx/ff808081313c08ec01313fd8ea83020c.jsp",
    "note": "取 h1 标题与 <P> 段落（未闭合的大写 <P>，每个一段）；“发布时间：2011-07-19”“发布人：-大众日报”两行与门户页头页脚已删；ASCII 逗号照录。事在“7月5日”"},
    parks=[
        park(P, "今年以来,威海高新区共完成政府采购额1.4亿元", city="威海", province="山东", kind="国家高新区",
             note="文中多处“高新区”“我区”指威海高新区"),
    ],
    institutions=[
        inst("高新区政府采购管理办公室", "7月5日,高新区政府采购管理办公室主任刘厚纹说", park=P),
        inst("区检察院", "均由区检察院对企业及其法定代表人进行行贿犯罪档案查询", park=P, note="高新区检察院"),
    ],
    facts=[
        fact(P, "park", "suppliers_disqualified", 12, "已有12家企业被取消了我区投标资格", as_of=A,
             note="诚信档案制度建立以来被取消投标资格的企业"),
        fact(P, "park", "supplier_categories", 32, "涵盖市政工程、设备购置、服务购买等3大项32小类", as_of=A, optional=True,
             note="供应商联系库的小类数（另有3大项）"),
        fact(P, "park", "enterprises_in_supplier_database", 106, "涉及企业106家", as_of=A,
             note="纳入政府采购供应商联系库的企业"),
        fact(P, "park", "procurement_value_cny", 140000000.0, "共完成政府采购额1.4亿元", as_of="2011年1月至7月"),
        fact(P, "park", "procurement_savings_cny", 11290000.0, "节减资金1129万元", as_of="2011年1月至7月"),
    ])

# ---------------- d07 格力电器投资50亿元在渝建设西南产业基地 (阳光易购 2011)
P = "两江新区"
PH = "重庆高新区"
G = "格力电器"
GC = "格力电器(重庆)有限公司"
PR = "西南产业基地"
EVP = "格力电器在重庆两江新区举行开工仪式，正式宣布投资50亿元，开建年产值250亿元的西南产业基地"
EVH = "在重庆高新区投资兴建了格力电器(重庆)有限公司，当年就为地方创造3000个就业岗位"
write("d07", {
    "title": "格力电器投资50亿元在渝建设西南产业基地",
    "outlet": "阳光易购（采购门户“供应商资讯”；原刊与作者未注明），公开仓库 likgjava/eb 存档页",
    "published": "2011-08-24", "published_precision": "day",
    "register": "procurement-portal business digest of a listed appliance maker's groundbreaking in a state-level new area: investment, expected output, land, the firm's earlier subsidiary in a high-tech zone, the firm's results",
    "source_url": "https://github.com/likgjava/eb/blob/7470cfbcce2c33c38d76cb757029227202253ea9/webapp/view/staticpags/supplierzx/ff80808131f586b50131f96cab520072.jsp",
    "note": "取 h1 标题与 <p> 段落；“发布时间：2011-08-24”“发布人：-”两行与门户页头页脚已删；全角标点、ASCII 括号“(重庆)”与分号“;”照录。开工在“8月3日”"},
    parks=[
        park(P, EVP, city="重庆", province="重庆", kind="国家级新区", aliases=["重庆两江新区"]),
        park(PH, EVH, city="重庆", province="重庆", kind="国家高新区"),
    ],
    companies=[
        company(G, EVP, park=P, note="上市公司（珠海）；按本文项目（西南产业基地）归两江新区。其子公司在重庆高新区，单列"),
        company(GC, EVH, park=PH, aliases=["重庆格力"], note="2001年在重庆高新区投资兴建的子公司"),
    ],
    institutions=[
        inst("暖通空调传媒机构", "据行业权威机构“暖通空调传媒机构”发布的2010年各品牌市场销量及占有率排名报告显示", kind="other",
             note="行业排名发布机构"),
    ],
    projects=[
        project(PR, EVP, park=P, companies=[G], inv=5000000000.0, inv_text="投资50亿元", status="开工",
                status_text="举行开工仪式", aliases=["格力电器西南产业基地", "格力电器西南制冷产业基地"],
                note="下文又写“项目投资50个亿元”；一期工程预计6个月后竣工投产"),
    ],
    facts=[
        fact(PR, "project", "expected_output_value_cny", 25000000000.0, "开建年产值250亿元的西南产业基地", kind="target",
             note="下文“建成达产后预计可实现年产值超过250亿元”"),
        fact(PR, "project", "area_mu", 1000, "西南产业基地占地面积约1000亩", unit="mu", qualifier="约"),
        fact(PR, "project", "floor_area_m2", 2000000, "总建筑面积约200万平方米", unit="m2", qualifier="约"),
        fact(GC, "company", "jobs", 3000, "当年就为地方创造3000个就业岗位", as_of="2001年"),
        fact(GC, "company", "annual_capacity_units", 7000000, "年产家用空调700万套", unit="units", as_of="2010年",
             optional=True),
        fact(GC, "company", "output_value_cny", 10000000000.0, "产值超百亿元的大型企业", qualifier="超", as_of="2010年",
             note="“超百亿元”（汉字“百”）"),
        fact("重庆格力配套产品生产厂家", "park_group", "enterprises", 200, "仅在重庆的配套产品生产厂家就有两百多家",
             optional=True, qualifier_text="多", note="汉字数目“两百多家”"),
        fact(GC, "company", "jobs", 40000, "到目前为止为重庆提供了近4万个就业岗位", qualifier="约", qualifier_text="近",
             kind="cumulative", as_of="2011年8月"),
        fact(GC, "company", "cumulative_output_units", 40000000, "重庆格力累计生产家用空调近4000万套", unit="units",
             qualifier="约", qualifier_text="近", kind="cumulative", optional=True),
        fact(GC, "company", "cumulative_revenue", 50000000000.0, "累计销售收入500多亿元", unit="cny", kind="cumulative",
             qualifier_text="多", note="“500多亿元”check_gold 读不出，metric 不带 _cny"),
        fact(GC, "company", "cumulative_tax", 2000000000.0, "累计纳税20多亿元", unit="cny", kind="cumulative",
             qualifier_text="多", note="同上"),
        fact(G, "company", "revenue_cny", 60800000000.0, "格力电器2010年实现营业收入608亿元", as_of="2010年"),
        rank(G, "company", "global_sales_rank", 1, "空调产销量连续六年位居世界第一", as_of="2010年", note="汉字序数"),
        fact(G, "company", "revenue_cny", 40239000000.0, "公司上半年实现营业总收入402.39亿元", as_of="2011年上半年"),
        ratio(G, "company", "revenue_yoy_growth", 0.6003, "同比增长60.03%", as_of="2011年上半年"),
        fact(G, "company", "net_profit_cny", 2208000000.0, "净利润22.08亿元", as_of="2011年上半年"),
        ratio(G, "company", "net_profit_yoy_growth", 0.4037, "同比增长40.37%", as_of="2011年上半年"),
        fact(G, "company", "production_bases", 8, "越南八大生产基地", optional=True, note="汉字数目"),
        fact(G, "company", "annual_capacity_units", 40000000, "家用空调年产能4000万台套", unit="units", optional=True),
        fact(G, "company", "annual_capacity_units", 5500000, "商用空调年产能550万台套", unit="units", optional=True),
        ratio(G, "company", "market_share", 0.096, "2010年格力中央空调就以9.6%的市场占有率", as_of="2010年"),
    ])

# ---------------- d08 广西凭祥综合保税区正式封关运营 (中新社 2011)
P = "广西凭祥综合保税区"
X = "广西凭祥—越南同登跨境经济合作区"
A = "2011年9月"
write("d08", {
    "title": None,
    "title_note": "存档页无标题，正文起于电头“中新社凭祥9月30日电”；内容：广西凭祥综合保税区30日封关运营，设立时间、规划面积、与越南同登的跨境经济合作区、一期面积与首批入区项目",
    "outlet": "中新社（记者 黄艳梅），hbpay.cn 转载",
    "published": "2011-09-30", "published_precision": "day",
    "register": "national news agency item on a border comprehensive bonded zone's opening: approval, planned area, the planned cross-border economic cooperation zone, first phase and first projects",
    "source_url": "http://wwww.hbpay.cn/Article_List.asp?ID=3546",
    "note": "转载页无日期：日从电头（9月30日），年份据正文“于今年6月18日通过国务院验收”（2011年验收）推定为2011。存档各段以单换行分隔，改为空行；以“(完)”收束"},
    parks=[
        park(P, "广西凭祥综合保税区,30日正式封关运营", city="崇左", district="凭祥市", province="广西", kind="综合保税区",
             aliases=["凭祥综合保税区"], note="城市崇左据凭祥市所属推断；“保税区”单独出现，不作别名"),
        park(X, "保税区的规划面积将成为广西凭祥—越南同登跨境经济合作区的区域", city="崇左", district="凭祥市",
             province="广西", kind="跨境经济合作区", note="规划中的跨境经济合作区（保税区规划面积将成为其区域）"),
        park("广西钦州保税港区", "其与广西钦州保税港区、南宁保税物流中心、北海出口加工区所形成的优势互补", city="钦州",
             province="广西", kind="保税港区", optional=True, note="只作广西保税物流体系并列提及"),
        park("南宁保税物流中心", "其与广西钦州保税港区、南宁保税物流中心、北海出口加工区所形成的优势互补", city="南宁",
             province="广西", kind="保税物流中心", optional=True),
        park("北海出口加工区", "其与广西钦州保税港区、南宁保税物流中心、北海出口加工区所形成的优势互补", city="北海",
             province="广西", kind="出口加工区", optional=True),
    ],
    institutions=[inst("国务院", "广西凭祥综合保税区于2008年12月19日经国务院批准设立")],
    facts=[
        fact(P, "park", "planned_area_km2", 8.5, "规划总面积为8.5平方公里", unit="km2"),
        fact(P, "park", "phases", 3, "分三期建设", optional=True, note="汉字数目"),
        fact(P, "park", "distance_to_hanoi_km", 160, "距越南首都河内市仅160公里", unit="km", optional=True),
        fact(P, "park", "built_area_km2", 1.01, "目前,该保税区已完成一期建设面积1.01平方公里", unit="km2", as_of=A),
        fact(P, "park", "projects_entered", 10, "已吸引首批10个项目入区", as_of=A),
    ])
