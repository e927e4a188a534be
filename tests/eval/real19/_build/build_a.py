#!/usr/bin/env python3
"""Ground truth for e01–e06 (written from the texts only)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import park, comp, inst, proj, fact, ratio, write

# ---------------------------------------------------------------- e01 昆山 玉山镇创业园 2005
P = "玉山镇创业园"
write("e01", dict(
    title="昆山竞拍出让工业用地", outlet="扬子晚报（新浪页行；稿末注“(新华日报)”，记者 刘艳元、陆娟）, 新浪新闻中心",
    published="2005-04-21", published_precision="day",
    register="city evening paper item (news-portal copy) on the first auction of industrial land in a town's business park: two parcels, area, starting and winning prices per mu, bidders, the city's share of national foreign capital",
    source_url="http://news.sina.com.cn/c/2005-04-21/15185714022s.shtml",
    note="新浪页首面包屑“新闻中心新浪首页 > 新闻中心 > 国内新闻 > 正文”、“http://www.sina.com.cn 2005年04月21日15:18 扬子晚报”一行（日期取此）与页脚（小字/打印/收藏…版权所有 新浪网）已删；段首缩进已删；第二段“每亩12万”与“元”之间所存的断行照录为单个换行；“1.9%%”“1.3%%”的双百分号照录。竞拍在4月19日"),
  parks=[
    park(P, "两宗工业用地位于玉山镇创业园内", city="苏州", district="昆山市", province="江苏", kind="创业园",
         note="昆山市玉山镇的创业园；城市据昆山所属（苏州）补"),
  ],
  institutions=[
    inst("昆山市国土资源局土地交易中心", "昆山市国土资源局土地交易中心内举行了一场特殊的土地拍卖活动"),
  ],
  facts=[
    fact(P, "park", "land_auctioned_area_mu", 70, "mu", "共70余亩", qual="余", as_of="2005年4月19日",
         note="当天竞拍出让的两宗工业用地合计"),
    fact(P, "park", "land_parcels_auctioned", 2, "count", "此次现场竞拍的两宗工业用地", as_of="2005年4月19日",
         optional=True, note="汉字数词"),
    fact("玉山镇创业园两宗竞拍工业用地", "other", "land_start_price_per_mu", 120000, "cny_per_mu",
         "起始价均为每亩12万", as_of="2005年4月19日",
         note="原文“每亩12万\\n元”中间有断行，证据截至“万”，故 metric 不带 _cny"),
    fact("玉山镇创业园两宗竞拍工业用地", "other", "bidders", 10, "count", "有10家单位和个人参加了现场竞价",
         as_of="2005年4月19日"),
    fact("玉山镇环庆路西侧、五联路南侧地块", "other", "land_price_per_mu_cny", 143000, "cny_per_mu",
         "五联路南侧地块以每亩14.3万元的价格成交", as_of="2005年4月19日"),
    fact("环庆路西侧地块", "other", "land_price_per_mu_cny", 139000, "cny_per_mu",
         "以13.9万元每亩的价格拍下了环庆路西侧地块", as_of="2005年4月19日"),
    fact("玉山镇环庆路西侧、五联路南侧地块", "other", "price_premium_per_mu_cny", 23000, "cny_per_mu",
         "最终以高出起始价2.3万元每亩的价格", as_of="2005年4月19日", optional=True,
         note="首宗地块的溢价（12万+2.3万=14.3万）"),
    ratio("昆山市", "region", "national_foreign_capital_share", 0.019, "ratio", "聚集了占全国1.9%%的外资",
          note="原文“1.9%%”"),
    ratio("昆山市", "region", "national_trade_share", 0.013, "ratio", "1.3%%的进出口总额", note="原文“1.3%%”"),
  ],
)

# ---------------------------------------------------------------- e02 桂林 三园 17 个项目开工 2008
H = "桂林国家高新开发区"; T = "铁山园"; Y = "临桂秧塘工业园"; S = "永福苏桥工业园"
G = "桂林2008年4月12日同日开工的17个重点建设项目"
write("e02", dict(
    title=None, title_note="页面未存标题，正文以“经济总量偏小”开始；内容为桂林高新区铁山园、临桂秧塘园、永福苏桥园17个项目同日开工",
    outlet="广西县域经济网 gxcounty.com（原刊未注明）",
    published="2008-04-15", published_precision="day",
    register="regional news portal item on a city's 17 projects starting on one day in three industrial parks: a high-tech zone's flagship project with its amount, one park's signed projects and contract value, another park's firms, investment and output",
    source_url="http://gxcounty.com/news/yqjs/20080415/34084.html",
    note="页面只存正文与文末“相关阅读”（另一条新闻的开头，已删）；单行换行改为空行分段。日期取 URL 路径；开工在4月12日"),
  parks=[
    park(H, "在桂林东部组团的核心地带桂林国家高新开发区", city="桂林", province="广西", kind="高新区",
         note="文中又作“高新区”（通用词，不作别名）"),
    park(T, "17个分布在高新区铁山园", city="桂林", province="广西", kind="园区", parent=H,
         note="高新区的一个园；文作“高新区铁山园”"),
    park(Y, "临桂秧塘工业园是承载桂林“西扩”产业转移的腹地", city="桂林", district="临桂县", province="广西",
         kind="工业园", aliases=["临桂秧塘园", "秧塘工业园"]),
    park(S, "沥沥春雨中的永福苏桥工业园内", city="桂林", district="永福县", province="广西", kind="工业园",
         aliases=["永福苏桥园", "苏桥园"]),
  ],
  companies=[
    comp("桂林吉星电子等平衡动力有限公司", "桂林吉星电子等平衡动力有限公司投资兴建的电拖车系统项目", park=H,
         note="项目在高新区（当天高新区开工8个项目之一）"),
  ],
  projects=[
    proj("电拖车系统项目", "计划总投资达10亿元的桂林吉星电子等平衡动力有限公司投资兴建的电拖车系统项目", H,
         ["桂林吉星电子等平衡动力有限公司"], 1000000000.0, "计划总投资达10亿元", status="开工",
         status_text="是同日开工的17个项目的“大哥大”"),
  ],
  facts=[
    fact(G, "park_group", "projects_started", 17, "count", "17个分布在高新区铁山园、临桂秧塘园和永福苏桥园的重点建设项目",
         as_of="2008年4月12日"),
    fact(G, "park_group", "planned_investment_cny", 3120000000.0, "cny", "总投资达31.2亿元", as_of="2008年4月12日"),
    fact(H, "park", "projects_started", 8, "count", "当天开工的8个项目", as_of="2008年4月12日"),
    fact(Y, "park", "projects_signed", 19, "count", "秧塘工业园已签约入园的项目达19个", kind="cumulative",
         as_of="2007年7月至2008年4月", note="自去年7月园区项目建设大会战以来"),
    fact(Y, "park", "signed_contract_value_cny", 3400000000.0, "cny", "合同投资总额达34亿元", kind="cumulative",
         as_of="2007年7月至2008年4月"),
    fact(Y, "park", "projects_started", 4, "count", "当日同时开工的4个项目", as_of="2008年4月12日"),
    fact(S, "park", "enterprises", 23, "count", "苏桥园目前已有23家企业入驻", as_of="2008年4月"),
    fact(S, "park", "planned_investment_cny", 1320000000.0, "cny", "总投资达13.2亿元", kind="cumulative",
         as_of="2008年4月", note="23家入驻企业的总投资"),
    fact(S, "park", "output_value_cny", 6000000000.0, "cny", "产值近60亿元", qual="约", qtext="近",
         as_of="2008年4月"),
    fact(S, "park", "projects_started", 5, "count", "同日开工的5个项目", as_of="2008年4月12日"),
  ],
)

# ---------------------------------------------------------------- e03 南溪湾创业园 开工 2012
N = "南溪湾新城"; C = "南溪湾创业园"; PJ = "南溪湾创业园项目"
write("e03", dict(
    title=None, title_note="页面未存标题，正文以“近年来,参照国际上城市组团”开始；内容为南溪湾创业园开工",
    outlet="龙海市政府网站（据文末“责任编辑:市数字办”与文中“我市”“昌城(龙海)”推断）, lhfish.cn 转存",
    published="2012-08-15", published_precision="day",
    register="city government website item on the groundbreaking of a business park in a new town: total investment, developers, planned factory floor area and build time, the new town's signed projects",
    source_url="https://lhfish.cn/forum.php?goto=lastpost&mod=redirect&tid=8638",
    note="页首、页尾的“|”行与文末“2012.8.15”（日期取此）、“责任编辑:市数字办”已删；单行换行改为空行分段。开工在8月15日。“我市”读作龙海市（漳州），为推断"),
  parks=[
    park(N, "作为新经济增长区域的南溪湾新城已崭露头角", city="漳州", district="龙海市", province="福建",
         kind="新城", optional=True, note="城市新区（“五大片区”之一），已签约8个项目；城市、县市为推断"),
    park(C, "总投资40亿元的南溪湾创业园正式开工建设", city="漳州", district="龙海市", province="福建",
         kind="创业园", parent=N, note="园区兼项目：创业园本身是开工的项目（见 projects）"),
  ],
  companies=[
    comp("厦门骏宇投资有限公司", "由厦门骏宇投资有限公司和昌城(龙海)置业有限公司投资兴建的南溪湾创业园项目", park=C),
    comp("昌城(龙海)置业有限公司", "由厦门骏宇投资有限公司和昌城(龙海)置业有限公司投资兴建的南溪湾创业园项目", park=C),
  ],
  projects=[
    proj(PJ, "总投资40亿元的南溪湾创业园正式开工建设", N,
         ["厦门骏宇投资有限公司", "昌城(龙海)置业有限公司"], 4000000000.0, "总投资40亿元", status="开工",
         status_text="正式开工建设", aliases=["南溪湾创业园"],
         note="首段作“南溪湾创业园”，第三段作“南溪湾创业园项目”（由厦门骏宇投资有限公司和昌城(龙海)置业有限公司投资兴建）"),
  ],
  facts=[
    fact(N, "park", "projects_signed", 8, "count", "南溪湾新城目前已签约8个项目", kind="cumulative", as_of="2012年8月"),
    fact(PJ, "project", "planned_floor_area_m2", 1300000, "m2", "在创业园建成通用厂房130万平方米", kind="target"),
    fact(PJ, "project", "construction_years", 4, "years", "拟用4年时间", kind="target", optional=True),
    fact(C, "park", "land_area_mu", 100, "mu", "100多亩工业用地已呈现眼前", qtext="多", as_of="2012年8月15日",
         optional=True, note="开工现场已平整的工业用地；“100多亩”"),
  ],
)

# ---------------------------------------------------------------- e04 古丈县工业园区 2015
P = "古丈县工业园区"
write("e04", dict(
    title=None, title_note="页面未存标题，正文以“红网古丈站6月8日讯”开始；内容为古丈县政协视察县工业园区建设",
    outlet="红网古丈站（县政协 王素文）, moment.rednet.cn",
    published="2015-06-08", published_precision="day",
    register="county news station item on the county political consultative conference's inspection of the county industrial park: planned area, sub-zones, firms settled, infrastructure investment, land reserve and standard factories under way",
    source_url="http://moment.rednet.cn/rednetcms/news/localNews/20150608/149037.html",
    note="页面只存正文（电头“红网古丈站6月8日讯”与尾注“(县政协 王素文)”照录）；单行换行改为空行分段。视察在6月5日"),
  parks=[
    park(P, "县工业园区总规划面积3.8平方公里", city="湘西土家族苗族自治州", district="古丈县", province="湖南",
         kind="工业园区", note="文作“县工业园区”“全县工业园区”，名称据县名补；州、省为补充"),
    park("建材及有色金属精深加工园区", "分建材及有色金属精深加工园区", city="湘西土家族苗族自治州", district="古丈县",
         province="湖南", kind="园区", parent=P, optional=True, note="县工业园区的分区"),
    park("仓储物流型、农副产品加工园区", "仓储物流型、农副产品加工园区", city="湘西土家族苗族自治州", district="古丈县",
         province="湖南", kind="园区", parent=P, optional=True, note="县工业园区的分区"),
  ],
  companies=[
    comp("南方水泥", "目前已入驻南方水泥、湘泉酒业、鑫科牧业等10家企业", park=P),
    comp("湘泉酒业", "目前已入驻南方水泥、湘泉酒业、鑫科牧业等10家企业", park=P),
    comp("鑫科牧业", "曾传文一行先后深入到鑫科牧业、惠闽石业", park=P),
    comp("惠闽石业", "先后深入到鑫科牧业、惠闽石业、隆永新材料", note="视察点之一，文中未说是否在园区"),
    comp("隆永新材料", "惠闽石业、隆永新材料、永吉高速古丈段", note="视察点之一，文中未说是否在园区"),
    comp("天下武陵农业发展有限公司", "天下武陵农业发展有限公司进行实地考察", note="视察点之一，文中未说是否在园区"),
  ],
  institutions=[
    inst("古丈县政协", "古丈县政协主席曾传文"),
  ],
  projects=[
    proj("永吉高速古丈段", "隆永新材料、永吉高速古丈段", None, status="在建", status_text="详细了解工程施工进度",
         optional=True, note="高速公路工程，非园区项目"),
    proj("30000平米标准化厂房", "现正开展1000亩土地储备、30000平米标准化厂房建设工作", P, status="在建",
         status_text="现正开展…建设工作", optional=True, note="园区的标准化厂房建设，文中无专名"),
  ],
  facts=[
    fact(P, "park", "planned_area_km2", 3.8, "km2", "县工业园区总规划面积3.8平方公里"),
    fact(P, "park", "enterprises", 10, "count", "鑫科牧业等10家企业", as_of="2015年6月"),
    fact(P, "park", "infrastructure_investment_cny", 100000000.0, "cny", "基础设施投资已超过1亿元", qual="超",
         qtext="超过", kind="cumulative", as_of="2015年6月"),
    fact(P, "park", "land_reserve_area_mu", 1000, "mu", "现正开展1000亩土地储备", kind="target", optional=True,
         note="正在进行的土地储备"),
    fact(P, "park", "standard_factory_floor_area_m2", 30000, "m2", "30000平米标准化厂房建设工作", kind="target",
         optional=True, note="在建标准化厂房面积（平米）"),
    fact(P, "park", "sub_zones", 2, "count", "分建材及有色金属精深加工园区和仓储物流型、农副产品加工园区",
         optional=True, note="未写数字，按列举计"),
  ],
)

# ---------------------------------------------------------------- e05 东营港经济开发区 2018 春季集中开工
P = "东营港经济开发区"
G = "东营港经济开发区2018年春季集中开工的31个项目"
write("e05", dict(
    title="东营港经济开发区31个重点项目集中开工 推动新旧动能转换",
    outlet="大众网东营频道（通讯员 陈士钊）, dongying.dzwww.com",
    published="2018-03-22", published_precision="day",
    register="provincial news portal's city channel item on an economic development zone's spring batch of project starts: the year's key construction and key promotion projects with totals, the batch's count and investment",
    source_url="https://dongying.dzwww.com/zt/xjdnzhjxs/201803/t20180322_16413473.htm",
    note="标题下“2018-03-22 14:36:00 来源: 大众网东营频道 作者:”一行（日期取此）与文末“初审编辑:”“责任编辑:”“相关新闻”“推荐阅读”已删；段首缩进已删"),
  parks=[
    park(P, "东营港经济开发区举行新旧动能转换重大工程启动暨2018年重点项目春季集中开工仪式", city="东营",
         province="山东", kind="经济开发区", note="文中又作“开发区”“园区”（通用词）"),
  ],
  companies=[
    comp("山东神驰控股有限公司", "山东神驰控股有限公司总经理牛荣海代表开工项目企业作了表态发言", park=P,
         note="开工项目企业的代表"),
  ],
  institutions=[
    inst("东营港经济开发区党工委", "东营港经济开发区党工委副书记、管委会主任杨同贤主持仪式"),
    inst("东营港经济开发区管委会", "东营港经济开发区党工委副书记、管委会主任杨同贤主持仪式", note="文作“管委会”"),
  ],
  facts=[
    fact(G, "park_group", "projects_started", 31, "count", "本次集中开工项目31个", as_of="2018年3月22日"),
    fact(G, "park_group", "planned_investment_cny", 18423000000.0, "cny", "总投资184.23亿元", as_of="2018年3月22日"),
    fact(P, "park", "key_projects", 86, "count", "总投资897亿元的86个重点建设项目", as_of="2018年",
         note="2018年确定的重点建设项目"),
    fact("东营港经济开发区2018年86个重点建设项目", "park_group", "planned_investment_cny", 89700000000.0, "cny",
         "确定了总投资897亿元的86个重点建设项目", as_of="2018年"),
    fact(P, "park", "key_promotion_projects", 11, "count", "总投资241亿元的11个重点推进项目", as_of="2018年",
         optional=True),
    fact("东营港经济开发区2018年11个重点推进项目", "park_group", "planned_investment_cny", 24100000000.0, "cny",
         "总投资241亿元的11个重点推进项目", as_of="2018年"),
  ],
)

# ---------------------------------------------------------------- e06 马鞍山经开区 2019 三季报
P = "马鞍山经开区"; AS = "2019年前三季度"
write("e06", dict(
    title="经济运行稳中向好 高质量发展加快推进 马鞍山经开区经济“三季报”亮点纷呈",
    outlet="马鞍山日报（记者 刘挺、通讯员 张效彬）, m.yybnet.net 转载",
    published="2019-11-18", published_precision="day",
    register="city daily item on an economic development zone's third-quarter figures: above-scale industrial output and value added, fixed-asset investment with growth, projects started, completed and signed, new foreign firms, zombie firms cleared, idle land and factories revived",
    source_url="https://m.yybnet.net/maanshan/news/201911/9886182.html",
    note="标题下“马鞍山日报 2019-11-18 02:06 大字”一行（日期取此）与文末“新闻推荐”（另一条新闻的摘要）、站点口号与“相关推荐”已删；“本报讯(记者 刘挺 通讯员 张效彬) 日前”中的空格照录"),
  parks=[
    park(P, "记者从马鞍山经开区获悉", city="马鞍山", province="安徽", kind="经开区",
         note="文中又作“经开区”“园区”（通用词）"),
  ],
  companies=[
    comp("亨利食品", "亨利食品等31个重点项目开工建设", park=P, optional=True, note="只作项目名出现"),
    comp("泰尔表面工程", "泰尔表面工程等11个重点项目竣工投产", park=P, optional=True, note="只作项目名出现"),
    comp("中国动力", "累计新签约中国动力电动商用车等工业项目42个", park=P, optional=True,
         note="项目名“中国动力电动商用车”中的企业简称"),
  ],
  projects=[
    proj("亨利食品", "亨利食品等31个重点项目开工建设", P, ["亨利食品"], status="开工", status_text="开工建设",
         optional=True, note="31个开工项目的代表，以企业名称代项目"),
    proj("泰尔表面工程", "泰尔表面工程等11个重点项目竣工投产", P, ["泰尔表面工程"], status="投产",
         status_text="竣工投产", optional=True, status_alt="竣工", note="11个竣工投产项目的代表"),
    proj("中国动力电动商用车", "累计新签约中国动力电动商用车等工业项目42个", P, ["中国动力"], status="签约",
         status_text="新签约", optional=True, note="42个新签约工业项目的代表"),
  ],
  facts=[
    fact(P, "park", "above_scale_output_value_cny", 32480000000.0, "cny", "累计完成规上工业产值324.8亿元", as_of=AS),
    ratio(P, "park", "above_scale_output_value_yoy_growth", 0.173, "ratio", "增幅17.3%", as_of=AS),
    fact(P, "park", "value_added_cny", 6960000000.0, "cny", "规上工业增加值69.6亿元", as_of=AS),
    ratio(P, "park", "value_added_yoy_growth", 0.164, "ratio", "增幅16.4%", as_of=AS),
    fact(P, "park", "fixed_asset_investment_cny", 12310000000.0, "cny", "固定资产投资123.1亿元", as_of=AS),
    ratio(P, "park", "fixed_asset_investment_yoy_growth", 0.06, "ratio", "增幅6%", as_of=AS),
    fact(P, "park", "projects_started", 31, "count", "亨利食品等31个重点项目开工建设", as_of=AS),
    fact(P, "park", "projects_completed", 11, "count", "泰尔表面工程等11个重点项目竣工投产", as_of=AS,
         note="竣工投产"),
    fact(P, "park", "projects_signed", 42, "count", "累计新签约中国动力电动商用车等工业项目42个", kind="cumulative",
         as_of=AS),
    fact("马鞍山经开区2019年前三季度新签约的42个工业项目", "park_group", "planned_investment_cny", 14062000000.0,
         "cny", "计划总投资140.62亿元", as_of=AS),
    fact(P, "park", "new_foreign_enterprises", 11, "count", "新设外资企业11家", as_of=AS),
    ratio(P, "park", "new_foreign_enterprises_yoy_growth", 0.833, "ratio", "同比增加83.3%", as_of=AS),
    fact(P, "park", "zombie_enterprises_cleared", 12, "count", "累计清退“僵尸企业”12家", kind="cumulative",
         as_of=AS, optional=True),
    fact(P, "park", "idle_land_revitalized_mu", 1191, "mu", "盘活低效用地1191亩", kind="cumulative", as_of=AS),
    fact(P, "park", "idle_factory_floor_area_used_m2", 221000, "m2", "利用闲置厂房22.1万平方米", kind="cumulative",
         as_of=AS),
    fact(P, "park", "projects_landed", 15, "count", "入驻优质项目15个", kind="cumulative", as_of=AS,
         note="通过低效用地置换入驻"),
    fact("马鞍山经开区通过低效用地置换入驻的15个优质项目", "park_group", "planned_investment_cny", 8770000000.0,
         "cny", "总投资87.7亿元", as_of=AS),
  ],
)
