"""Ground truth for real17 d09-d15 (written from the texts only; see SOURCES.md)."""
from lib import *

# ---------------- d09 中哈霍尔果斯国际边境合作中心配套区10个工业项目开工 (2012)
C = "中哈霍尔果斯国际边境合作中心"
P = "中哈霍尔果斯国际边境合作中心配套区"
G = "中哈霍尔果斯国际边境合作中心配套区2012年8月7日开工工业项目"
EVP = "三一重工霍尔果斯制造及营销基地项目、霍尔果斯中科汽车配件加工项目等10个工业项目,在中哈霍尔果斯国际边境合作中心配套区内正式开工"
A = "2012年8月"
write("d09", {
    "title": None,
    "title_note": "存档页无标题，正文起于“8月7日上午”；内容：三一重工等10个工业项目在中哈霍尔果斯国际边境合作中心配套区开工，总投资与占地，合作中心的面积与入驻重点项目，霍尔果斯经济开发区负责人谈配套区",
    "outlet": "中国工程机械信息网（tcsti.cn；原刊与作者未注明）",
    "published": "2012-08", "published_precision": "month",
    "register": "trade-press item on a cross-border cooperation center's supporting zone: ten industrial projects starting, their investment and land, the center's area and key projects, a zone official's quote",
    "source_url": "http://tcsti.cn/info/detail_66398.html",
    "note": "文末“友情提醒 | 本信息真实性未经中国工程机械信息网证实…”与“特别注意 | 本网部分文章转载自其它媒体…”两段网站声明已删。存档各段以单换行分隔，改为空行。"
            "页面无日期：开工在“8月7日”，年份据“今年4月18日实现正式运营的中哈霍尔果斯国际边境合作中心”（2012年4月运营）推定，发布定为2012年8月（月精度）"},
    parks=[
        park(C, "今年4月18日实现正式运营的中哈霍尔果斯国际边境合作中心", city="伊犁哈萨克自治州", district="霍尔果斯",
             province="新疆", kind="国际边境合作中心",
             note="跨中哈边境的合作区；“合作中心”“中心”单独出现，不作别名；城市填伊犁州（霍尔果斯当时属伊犁州）"),
        park(P, EVP, city="伊犁哈萨克自治州", district="霍尔果斯", province="新疆", kind="配套区",
             note="合作中心的配套产业区（在合作中心之外），不设上级园区；“配套区”单独出现，不作别名"),
        park("霍尔果斯经济开发区", "伊犁哈萨克自治州党委常委、霍尔果斯经济开发区党工委书记陆民说", city="伊犁哈萨克自治州",
             district="霍尔果斯", province="新疆", kind="经济开发区", optional=True,
             note="只出现在官员职务中"),
    ],
    companies=[
        company("三一重工", EVP, park=P, optional=True, note="只出现在项目名中"),
        company("三一重工新疆中泰工程机械有限公司", "三一重工新疆中泰工程机械有限公司工作人员夏沐辉说", park=P,
                note="三一重工项目一方的企业；按三一项目所在的配套区归园（文中未明说其为项目公司）"),
    ],
    institutions=[inst("上海合作组织", "也是上海合作组织框架下区域合作的示范区", kind="other")],
    projects=[
        project("三一重工霍尔果斯制造及营销基地项目", EVP, park=P, companies=["三一重工"], status="开工", status_text="正式开工"),
        project("霍尔果斯中科汽车配件加工项目", EVP, park=P, status="开工", status_text="正式开工",
                note="企业名（“霍尔果斯中科”?）不明，不单列企业"),
    ],
    facts=[
        fact(G, "park_group", "projects_started", 10, "等10个工业项目", as_of="2012年8月7日"),
        fact(G, "park_group", "planned_investment_cny", 697000000.0, "此次同时开工的项目总投资6.97亿元", as_of="2012年8月7日"),
        fact(G, "park_group", "area_mu", 558.5, "总占地面积558.5亩", unit="mu", as_of="2012年8月7日"),
        fact(C, "park", "area_km2", 5.28, "总面积5.28平方公里", unit="km2"),
        fact(C, "park", "chinese_side_area_km2", 3.43, "其中中方区域3.43平方公里", unit="km2"),
        fact(C, "park", "key_projects", 15, "投资233亿元的15个重点招商项目入驻合作中心", as_of=A),
        fact(C, "park", "planned_investment_cny", 23300000000.0, "投资233亿元的15个重点招商项目入驻合作中心", as_of=A,
             note="入驻的15个重点招商项目的投资"),
        fact(C, "park", "projects_under_construction", 13, "其中13个项目已开工建设", as_of=A),
    ])

# ---------------- d10 云南省人大常委会全省园区经济发展情况调研报告 (2013)
G1 = "云南各级各类产业园区"
G2 = "云南纳入统计的118个工业园区"
A = "2012年底"
AY = "2012年"
write("d10", {
    "title": None,
    "title_note": "存档页无标题，正文起于“近日,云南省十二届人大常委会第三次会议审议多项条例和报告”；内容：云南省人大常委会关于全省园区经济发展情况的调研报告：产业园区数、118个工业园区的产值、税金、就业、投资与标准厂房",
    "outlet": "scswl.cn 转载（原刊与作者未注明）",
    "published": "2013-05-30", "published_precision": "day",
    "register": "report of a provincial legislature's standing-committee survey of the province's park economy, as summarised by a news item: park counts by type, industrial parks' output, tax, jobs, investment, projects, standard factory floor space",
    "source_url": "http://scswl.cn/html/82/2013-05-30/content-41437.html",
    "note": "日期取自网址路径（2013-05-30）。“去年底”“去年”读作2012年。存档各段以单换行分隔，改为空行；正文明显短于截断长度，以收束句结尾。"
            "文中无一个具名园区：只有园区群体的数字"},
    institutions=[
        inst("云南省人大常委会", "《云南省人大常委会关于全省园区经济发展情况的调研报告(书面)》",
             note="报告提交方（省人大常委会）"),
    ],
    facts=[
        fact(G1, "park_group", "parks_count", 164, "云南各级各类产业园区共164个", as_of=A),
        fact(G2, "park_group", "parks_count", 118, "其中的118个工业园区", as_of=A, optional=True, note="群体规模"),
        fact(G2, "park_group", "output_value_cny", 718249000000.0, "共完成工业总产值7182.49亿元", as_of=AY),
        ratio(G2, "park_group", "output_value_yoy_growth", 0.264, "同比增长26.4%", as_of=AY),
        fact(G2, "park_group", "above_scale_value_added_cny", 219749000000.0, "规模以上企业完成工业增加值2197.49亿元", as_of=AY),
        ratio(G2, "park_group", "value_added_yoy_growth", 0.3128, "增长31.28%", as_of=AY),
        fact(G2, "park_group", "annual_tax_cny", 77593000000.0, "实现税金775.93亿元", as_of=AY),
        ratio(G2, "park_group", "tax_yoy_growth", 0.2708, "增长27.08%", as_of=AY),
        fact(G2, "park_group", "jobs", 875500, "安排就业87.55万人", as_of=AY),
        ratio(G2, "park_group", "jobs_yoy_growth", 0.2017, "增长20.17%", as_of=AY),
        fact(G2, "park_group", "infrastructure_investment_cny", 24810000000.0, "完成基础设施投资248.1亿元", as_of=AY),
        fact(G2, "park_group", "industrial_projects_introduced", 1193, "引进工业项目1193个", as_of=AY),
        fact(G2, "park_group", "fixed_asset_investment_cny", 120970000000.0, "完成工业企业固定资产投资1209.7亿元", as_of=AY),
        fact(G2, "park_group", "factory_floor_area_m2", 3000000, "建成标准厂房300万平方米", unit="m2", as_of=AY),
    ])

# ---------------- d11 新闻晨报：中国产业园区2013百强发布 (2013)
Z = "中关村科技园"
J = "上海张江高新技术产业开发区"
S = "苏州工业园区"
T100 = "中国产业园区100强"
EVR = "综合竞争力排在前3名的分别是中关村科技园、苏州工业园区、上海张江高新技术产业开发区"
A = "2013年"
write("d11", {
    "title": "新闻晨报:中国产业园区2013百强发布",
    "outlet": "新闻晨报（晨报记者 刘畅），同济大学新闻网“媒体聚焦”转载",
    "published": "2013-12-31", "published_precision": "day",
    "register": "city daily's brief on a university research institute's annual report ranking the top 100 industrial parks: the leaders, the group's GDP and share, regional and provincial counts",
    "source_url": "https://news.tongji.edu.cn/info/1006/28525.htm",
    "note": "“媒体聚焦”、导航“当前位置: 首页 > 媒体聚焦 > 正文”、“来源:【新闻晨报】   时间:2013-12-31  浏览:”一行（日期取此）与同济大学页脚已删；"
            "标题中的“新闻晨报:”前缀（转载网站所加）与正文后的原文链接照录；各段首缩进已删。报告发布在“昨天”（2013-12-30）"},
    parks=[
        park(Z, "“中国产业园区100强”中,中关村科技园排列第一", city="北京", province="北京", kind="国家自主创新示范区"),
        park(J, "上海张江高新技术产业开发区排列第三", city="上海", district="浦东新区", province="上海", kind="国家高新区"),
        park(S, EVR, city="苏州", province="江苏", kind="开发区（中新合作）"),
    ],
    institutions=[
        inst("同济大学发展研究院", "同济大学发展研究院发布“2013中国产业园区持续发展蓝皮书”", kind="research"),
    ],
    facts=[
        rank(Z, "park", "national_park_rank", 1, "中关村科技园排列第一", as_of=A, note="汉字序数"),
        rank(J, "park", "national_park_rank", 3, "上海张江高新技术产业开发区排列第三", as_of=A, note="汉字序数"),
        rank(S, "park", "national_park_rank", 2, EVR, as_of=A, note="前3名中的次序"),
        fact(T100, "park_group", "gdp_cny", 7167800000000.0, "全国100强产业园区GDP总量约为71678亿元", qualifier="约", as_of=A),
        ratio(T100, "park_group", "gdp_share_of_national_zones", 0.78, "占所有国家级经济开发区和高新区GDP总量的78%", as_of=A),
        fact("中国产业园区100强中的东部园区", "park_group", "parks_count", 58, "东部58个", as_of=A, optional=True,
             note="百强名单的地区构成"),
        fact("中国产业园区100强中的中部园区", "park_group", "parks_count", 24, "中部24个", as_of=A, optional=True),
        fact("中国产业园区100强中的西部园区", "park_group", "parks_count", 18, "西部18个", as_of=A, optional=True),
        fact("中国产业园区100强中的江苏省园区", "park_group", "parks_count", 13, "江苏省有13家产业园区跻身百强榜行列",
             as_of=A, optional=True),
        rank("中国产业园区100强中的江苏省园区", "park_group", "provincial_count_rank", 1, "位居全国第一位", as_of=A),
        fact("中国产业园区100强中的上海市园区", "park_group", "parks_count", 5, "上海市位列百强的有5家产业园区", as_of=A,
             optional=True),
        rank("中国产业园区100强中的上海市园区", "park_group", "provincial_count_rank", 4, "排在全国各省市第4位", as_of=A),
    ])

# ---------------- d12 泰达:投资环境 领跑全国 (天津在线 2018)
P = "天津开发区"
A = "2018年"
AQ = "2018年前三季度"
write("d12", {
    "title": "泰达:投资环境 领跑全国",
    "outlet": "天津在线（津云新闻编辑 曲璐琳），news.72177.com",
    "published": "2018-12-16", "published_precision": "day",
    "register": "city news portal item from a state-level ETDZ's reform-and-opening anniversary forum: cumulative foreign projects and investment, national evaluation rank, the year's growth, land productivity, high-tech firms, jobs",
    "source_url": "http://news.72177.com/2018/1216/4444233.shtml",
    "note": "页首“天津在线”、导航“首页> 资讯中心> 天津> 正文”与文末“版权声明”各条已删；首段段首空格已删。日期取自网址路径（2018/1216）；"
            "标题与正文中的 ASCII 冒号、斜杠（“亿元/平方公里”）照录。以“(津云新闻编辑曲璐琳)”收束"},
    parks=[
        park(P, "记者从天津开发区庆祝改革开放四十周年座谈会上获悉", city="天津", district="滨海新区", province="天津",
             kind="国家级经济技术开发区", aliases=["泰达"],
             note="天津经济技术开发区（TEDA），文中作“天津开发区”与“泰达”；“开发区”单独出现，不作别名"),
        park("滨海新区", "在滨海新区开发开放中始终发挥主力军作用", city="天津", province="天津", kind="国家级新区",
             optional=True, note="只作开发区所在的新区提及"),
    ],
    institutions=[inst("商务部", "在商务部关于国家级开发区综合投资环境评价中")],
    facts=[
        fact(P, "park", "years_since_founding", 34, "天津开发区建区34年来", unit="years", optional=True),
        ratio(P, "park", "gdp_annual_growth", 0.24, "年均经济增长24%", as_of=A, note="建区以来年均"),
        fact(P, "park", "foreign_projects", 5600, "累计引进70多个国家和地区外资项目5600多个", qualifier_text="多", kind="cumulative",
             as_of=A, note="“5600多个”→ 限定词空、qualifier_text 多"),
        fact(P, "park", "foreign_investment_usd", 122600000000.0, "投资总额1226亿美元", kind="cumulative", as_of=A,
             note="累计外资项目的投资总额"),
        fact(P, "park", "source_countries", 70, "累计引进70多个国家和地区外资项目", qualifier_text="多", optional=True),
        fact(P, "park", "trade_partner_countries", 180, "与180多个国家和地区有贸易往来", qualifier_text="多", optional=True),
        fact(P, "park", "foreign_residents", 5000, "有5000多名外国人在泰达工作和生活", qualifier_text="多", optional=True),
        rank(P, "park", "national_investment_environment_rank", 1, "泰达连续15年保持第一", as_of=A,
             note="商务部国家级开发区综合投资环境评价，连续15年第一（汉字序数）"),
        ratio(P, "park", "gdp_yoy_growth", 0.091, "开发区地区生产总值增速9.1%", as_of=AQ),
        fact(P, "park", "gdp_per_km2_cny", 2500000000.0, "单位土地GDP达25亿元/平方公里", as_of=AQ, optional=True,
             unit="cny_per_km2", note="每平方公里的产出，单位为元/平方公里"),
        fact(P, "park", "industrial_output_per_km2_cny", 15200000000.0, "单位工业用地工业总产值达152亿元/平方公里", as_of=AQ,
             optional=True, unit="cny_per_km2"),
        fact(P, "park", "high_tech_enterprises", 461, "国家级高新技术企业达到461家", as_of=AQ),
        fact(P, "park", "tech_enterprises_over_100m", 600, "规模过亿元科技型企业达到600家", as_of=AQ),
        fact(P, "park", "annual_new_jobs", 60000, "开发区年均新增就业6万人以上", qualifier="超", qualifier_text="以上",
             optional=True, note="建区以来年均"),
        ratio(P, "park", "labour_income_annual_growth", 0.15, "劳动者收入总额年均提高15%"),
    ])

# ---------------- d13 金普新区前7个月投资 创近年新高 (辽宁日报 2019)
P = "金普新区"
G = "金普新区2019年7月初至8月中旬开工项目"
G10 = "金普新区2019年7月初至8月中旬开工项目中总投资10亿元以上项目"
GN = "金普新区2019年预计年内再开工项目"
A = "2019年7月初至8月中旬"
EVN = "包括投资60亿元的金石滩京都风情商业小镇、投资20亿元的鲁能奥特莱斯等"
write("d13", {
    "title": "金普新区前7个月投资 创近年新高",
    "outlet": "辽宁日报（记者 吕丽），振兴东北网（新华网）zxdbw.net 转载",
    "published": "2019-09-12", "published_precision": "day",
    "register": "provincial party paper brief on a state-level new area's summer batch of starts: number, total and annual investment, large projects, seven-month investment growth, starts planned for the rest of the year with two named projects",
    "source_url": "http://www.zxdbw.net/2019-09/12/c_138383477.htm",
    "note": "页首“主办:新华网股份有限公司 举报电话 / 新闻热线…”一行、标题下“时间: 2019-09-12 09:06:47    来源: 辽宁日报”一行（日期取此）、文末“责任编辑: 侯姗姗(实习生)”与网站页脚已删；各段首缩进已删"},
    parks=[
        park(P, "大连金普新区密集开工49个项目", city="大连", province="辽宁", kind="国家级新区", aliases=["大连金普新区"],
             note="“小窑湾、普湾”是新区内的湾区片区，不单列"),
    ],
    companies=[
        company("鲁能", EVN, park=P, optional=True, note="只出现在项目名“鲁能奥特莱斯”中"),
    ],
    projects=[
        project("金石滩京都风情商业小镇", EVN, park=P, inv=6000000000.0, inv_text="投资60亿元", status="planned",
                status_text="预计年内再开工", note="年内预计开工的39个项目之一"),
        project("鲁能奥特莱斯", EVN, park=P, companies=["鲁能"], inv=2000000000.0, inv_text="投资20亿元", status="planned",
                status_text="预计年内再开工"),
    ],
    facts=[
        fact(G, "park_group", "projects_started", 49, "大连金普新区密集开工49个项目", as_of=A),
        fact(G, "park_group", "planned_investment_cny", 23100000000.0, "总投资231亿元", as_of=A),
        fact(G, "park_group", "annual_planned_investment_cny", 7300000000.0, "年度计划投资73亿元,开工项目数量", as_of=A),
        rank(P, "park", "city_rank_projects_started", 1, "开工项目数量、投资规模居大连市首位", as_of=A, note="汉字序数“首位”"),
        ratio(P, "park", "investment_yoy_growth", 0.8, "金普新区今年前7个月投资增长80%", as_of="2019年1月至7月"),
        fact(G10, "park_group", "projects_over_1bn", 5, "总投资10亿元以上的项目有5个", as_of=A),
        fact(G10, "park_group", "annual_planned_investment_cny", 2900000000.0, "年度计划投资29亿元", as_of=A),
        fact(GN, "park_group", "projects_planned", 39, "金普新区预计年内再开工39个项目", as_of="2019年", kind="target"),
        fact(GN, "park_group", "planned_investment_cny", 19500000000.0, "总投资195亿元", as_of="2019年", kind="target"),
        fact(GN, "park_group", "annual_planned_investment_cny", 2800000000.0, "年度计划投资28亿元,包括投资60亿元", as_of="2019年",
             kind="target"),
    ])

# ---------------- d14 农发行北流市支行 向北流重大项目发放贷款1.5亿元 (玉林日报 2021)
Z = "“两湾”产业融合发展先行试验区"
Y = "“两湾”高端服装产业园"
PR = "高端服装绿色制造基地项目"
B = "农发行北流市支行"
EVP = "农发行北流市支行成功向北流市“两湾”产业融合发展先行试验区(广西·玉林)启动区 高端服装绿色制造基地项目投放首笔贷款1.5亿元"
write("d14", {
    "title": "农发行北流市支行 向北流重大项目发放贷款1.5亿元",
    "outlet": "玉林日报（王柏深），yybnet.net 玉林新闻网",
    "published": "2021-02-21", "published_precision": "day",
    "register": "city party paper item on a policy bank's loan to a garment-manufacturing base in a pilot zone's start-up area: first disbursement, approved credit, the project's floor area, expected output, tax and jobs",
    "source_url": "https://m.yybnet.net/yulin/beiliu/202102/11249262.html",
    "note": "标题下“玉林日报 2021-02-21 07:54 大字”一行（日期取此）与文末“新闻推荐”及其后的其他新闻、栏目文字已删。标题与正文中的空格（“支行 向北流”“启动区 高端服装”）照录；"
            "放款在“2月8日”"},
    parks=[
        park(Z, EVP, city="玉林", district="北流市", province="广西", kind="产业融合发展先行试验区",
             note="全称作“北流市“两湾”产业融合发展先行试验区(广西·玉林)”，项目在其“启动区”"),
        park(Y, "除“两湾”高端服装产业园外,北流市农发行支持的重大项目还有北流市农地入市项目", city="玉林", district="北流市",
             province="广西", kind="产业园", parent=Z, optional=True,
             note="下文以此名指同一贷款项目（产业园式项目），作可选园区，上级为试验区"),
    ],
    companies=[
        company(B, EVP, park=None, aliases=["北流市农发行"], note="放款银行（支行）"),
        company("中国农业发展银行", "中国农业发展银行切实贯彻北流市委决策部署", park=None, aliases=["农发行"],
                note="政策性银行"),
        company("中国农业发展银行自治区分行", "由中国农业发展银行自治区分行成立信贷专班", park=None, optional=True,
                note="广西分行（文中作“自治区分行”）"),
    ],
    institutions=[inst("北流市委", "中国农业发展银行切实贯彻北流市委决策部署")],
    projects=[
        project(PR, EVP, park=Z, status="在建", status_text="紧跟项目进度", aliases=[Y],
                note="借款人未说；投资额未说（只给贷款）；建设中放款，状态读作在建；下文““两湾”高端服装产业园”指同一项目"),
        project("北流市农地入市项目", "北流市农发行支持的重大项目还有北流市农地入市项目", park=None, optional=True,
                note="非园区项目，无金额"),
    ],
    facts=[
        fact(PR, "project", "loan_disbursed_cny", 150000000.0, "投放首笔贷款1.5亿元", as_of="2021年2月8日"),
        fact(PR, "project", "loan_for_wages_cny", 30000000.0, "其中0.3亿元用于保障农民工工资发放", as_of="2021年2月8日",
             optional=True),
        fact(PR, "project", "floor_area_m2", 466534.66, "新建厂房466534.66平方米", unit="m2"),
        fact(PR, "project", "annual_capacity_units", 25000000, "整个项目建成后将实现年生产2500万套产品", unit="units",
             kind="target", optional=True),
        fact(PR, "project", "expected_output_value_cny", 1100000000.0, "年产值11亿元以上", qualifier="超", qualifier_text="以上",
             kind="target"),
        fact(PR, "project", "expected_tax_cny", 85000000.0, "带来超过8500万元的税收", qualifier="超", kind="target"),
        fact(PR, "project", "expected_jobs", 4500, "可解决4500人就业", kind="target"),
        fact(PR, "project", "loan_approval_working_days", 45, "仅45个工作日", unit="days", optional=True),
        fact(PR, "project", "loan_approved_cny", 970000000.0, "贷款审批额度9.7亿元"),
        fact(B, "company", "loan_approved_cny", 5600000000.0, "合计审批贷款56亿元",
             note="北流市农发行对本项目与农地入市项目合计审批的贷款"),
    ])

# ---------------- d15 开工率100%!贵州大龙开发区2021年新引进项目20个 (天眼新闻 2022)
P = "贵州大龙经济开发区"
PR = "贵州大龙年产10万吨负极材料与石墨超高提纯应用项目"
SH = "山河智能装备股份有限公司"
A = "2021年"
write("d15", {
    "title": "开工率100%!贵州大龙开发区2021年新引进项目20个",
    "outlet": "天眼新闻（贵州日报天眼新闻记者 王法），工业园网 gz.cnipai.com 转载",
    "published": "2022-01-17", "published_precision": "day",
    "register": "provincial party paper's news app item on a provincial development zone's year of investment attraction: projects introduced, signed and paid-in funds, start and production rates, one named project under construction, the next year's targets",
    "source_url": "http://gz.cnipai.com/news/detail/294936.html",
    "note": "页首“贵州切换”“新闻”、标题下的日期时间“2022 / 01/17 / 17:39”（日期取此）、文末“编辑 陈玲 郭睆秋”“编审 李玉红 施昱凌”与转载平台免责声明已删；"
            "“「本文来源:天眼新闻」”与记者署名照录；项目图片说明一行照录（项目名只在此出现）。采访在“1月11日”。"
            "到位资金60.46亿元与其分项（54.46亿元 + 4亿元 = 58.46亿元）不相加，照录"},
    parks=[
        park(P, "记者从贵州大龙经济开发区获悉", city="铜仁", district="玉屏侗族自治县", province="贵州", kind="经济开发区",
             aliases=["大龙经济开发区", "大龙开发区"], note="省级经济开发区（级别文中未说）；区县据大龙镇所属推断"),
    ],
    companies=[
        company(SH, "(山河智能装备股份有限公司大龙项目)建设现场", park=P, note="项目别称中的企业；按其项目归园"),
    ],
    projects=[
        project(PR, "贵州大龙年产10万吨负极材料与石墨超高提纯应用项目(山河智能装备股份有限公司大龙项目)建设现场",
                park=P, companies=[SH], status="在建", status_text="建设现场", aliases=["山河智能装备股份有限公司大龙项目"],
                note="只出现在图片说明中；无金额"),
    ],
    facts=[
        fact(P, "park", "projects_introduced", 20, "大龙经济开发区新引进项目20个", as_of=A),
        fact(P, "park", "signed_contract_value_cny", 14118000000.0, "签约资金141.18亿元", as_of=A),
        ratio(P, "park", "start_rate", 1.0, "新引进项目开工率100%", as_of=A),
        ratio(P, "park", "production_rate", 0.55, "投产率55%", as_of=A),
        fact(P, "park", "projects_over_2bn", 3, "20亿元以上项目3个", as_of=A),
        fact(P, "park", "industrial_projects_over_30m", 15, "3000万元以上工业项目15个", as_of=A),
        fact(P, "park", "quality_enterprises_introduced", 16, "优强企业16家", as_of=A),
        fact(P, "park", "funds_in_place_cny", 6046000000.0, "完成到位资金60.46亿元", as_of=A),
        fact(P, "park", "industrial_funds_in_place_cny", 5446000000.0, "其中工业项目到位资金54.46亿元", as_of=A),
        fact(P, "park", "non_industrial_funds_in_place_cny", 400000000.0, "非工业项目到位资金4亿元", as_of=A),
        fact(P, "park", "industry_task_forces", 4, "产城融合商贸服务及生活配套服务产业4大产业专班", as_of=A, optional=True),
        fact(P, "park", "funds_in_place_cny", 6000000000.0, "预计完成到位资金60亿元", as_of="2022年", kind="target"),
        fact(P, "park", "industrial_funds_in_place_cny", 5600000000.0, "工业项目到位资金预计完成56亿元", as_of="2022年",
             kind="target"),
        fact(P, "park", "quality_enterprises_introduced", 10, "完成优强企业个数预计10个", as_of="2022年", kind="target"),
    ])
