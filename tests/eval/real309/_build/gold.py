# real309 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real52: evidence verbatim (all six items simplified script as published); names as written;
# 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in *_cny facts (first amount
# of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth rates and shares as ratios (18.5% → 0.185).
# Year results are kind reported; plans / 力争 / 计划 figures and “预计” figures are kind target (“（计划）” / “（预计）” in
# as_of); year-to-date figures (1~9月, 截至9月底) are cumulative. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/qvNN.raw as returned.

# ---------------------------------------------------------------- qv01 长春高新区获评国家首批绿色园区 (长春日报 via 新华丝路 2018)
CC = "长春高新区"
A1 = "营业总收入同比增长18.5%,规模以上工业产值同比增长10.7%,地区生产总值同比增长8.6%,固定资产投资同比增长25%,地方财政收入同比增长11.8%"
A2 = "计划规模以上工业产值增长12%,地区生产总值增长10%,固定资产投资增长20%,地方财政收入增长10%"
G["qv01"] = dict(
 article=art("长春高新区获评国家首批绿色园区", "长春日报（记者 徐微），载于新华丝路 silkroad.news.cn（责任编辑:刘新）", "2018-01-30", "day",
  "City daily on a national portal, Jilin: a national high-tech zone's 2018 work meeting — 2017 growth rates reported, ranking and title, 2018 growth targets",
  "http://silkroad.news.cn/2018/0130/82162.shtml",
  "日期取页面“来源:长春日报 责任编辑:刘新 2018-01-30 10:10:00”（文中“1月29日”为会议日）。标题照录；站名两行与来源行已删；署名“(记者:徐微)”在正文末，保留。正文三段，完整。园区：长春高新区（长春，吉林；国家级高新区；文中又作“新区”指长春新区，不列）。只有增长率，无绝对值、无项目、无企业。2017年增长率为 reported，2018年“计划”增长率为 target。同一长春日报稿另有 cnfuhuaqi.com 转载（未用）。",
  "qv01"),
 parks=[
  park(CC, "长春", "吉林", "国家级高新技术产业开发区", "2017年长春高新区经济社会发展取得丰硕成果,在全国国家级高新区综合排名中前进1位,获评国家首批绿色园区",
       note="获评国家首批绿色园区；在长春新区绩效考核中排名首位"),
 ],
 companies=[],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(CC, "park", "operating_revenue_yoy_growth", 0.185, "ratio", A1, "2017年", kind="ratio"),
  fact(CC, "park", "above_scale_industrial_output_yoy_growth", 0.107, "ratio", A1, "2017年", kind="ratio"),
  fact(CC, "park", "gdp_yoy_growth", 0.086, "ratio", A1, "2017年", kind="ratio"),
  fact(CC, "park", "fixed_asset_investment_yoy_growth", 0.25, "ratio", A1, "2017年", kind="ratio"),
  fact(CC, "park", "local_fiscal_revenue_yoy_growth", 0.118, "ratio", A1, "2017年", kind="ratio", opt=True),
  fact(CC, "park", "national_hightech_zone_rank_change", 1, "places", "在全国国家级高新区综合排名中前进1位", "2017年", opt=True),
  fact(CC, "park", "above_scale_industrial_output_yoy_growth", 0.12, "ratio", A2, "2018年（计划）", kind="target"),
  fact(CC, "park", "gdp_yoy_growth", 0.10, "ratio", A2, "2018年（计划）", kind="target"),
  fact(CC, "park", "fixed_asset_investment_yoy_growth", 0.20, "ratio", A2, "2018年（计划）", kind="target"),
  fact(CC, "park", "local_fiscal_revenue_yoy_growth", 0.10, "ratio", A2, "2018年（计划）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- qv02 长春高新区今年计划建设项目100个 (新华网 via 搜狐焦点 2017)
B0 = "2017年,全区营业总收入实现4500亿元,同比增长11.2%"
B1 = "地区生产总值实现1180亿元左右,同比增长16.3%"
B2 = "工业总产值实现4180亿元左右,同比增长13%"
B3 = "固定资产投资完成500亿元,同比增长48%"
B4 = "一般预算全口径收入和地方财政收入分别实现90.9亿元、10.5亿元,按可比口径同比增长7.5%、18.9%"
B5 = "力争全年引进内资80亿元,利用外资5亿美元,新引进项目30个,新引进世界500强投资企业1户"
AS2 = "2017年（原文如此）"
NOTE2 = "文中作“2017年,全区…实现”，但稿件发于2017年3月1日、会议“回顾2016年工作”，数字可能为2016年实绩或2017年目标；照原文记 2017年，可选"
G["qv02"] = dict(
 article=art("长春高新区今年计划建设项目100个", "新华网（“来源: 新华网”），载于长春搜狐焦点网 news.focus.cn", "2017-03-01", "day",
  "Property portal relaying a national news agency item, Jilin: a national high-tech zone's work meeting — headline figures (revenue, GDP, output, investment, fiscal revenue), 2017 plan of 100 projects with one named industrial project, investment-attraction and infrastructure targets",
  "http://news.focus.cn/cc/2017-03-01/11414849.html",
  "日期取页面“2017-03-01 07:18:46 来源: 新华网”（文中“2月28日”为会议日）。标题照录；频道导航、日期来源行、免责声明与“房贷计算”已删；“(陆续)”在正文末，保留。正文两段，完整。园区：长春高新区（长春，吉林）。首段数字文中写作“2017年,全区…实现…”，而会议“回顾2016年工作”、稿件发于2017年3月——是2016年实绩还是2017年目标不明，照原文 as_of 记“2017年（原文如此）”，kind reported，全部可选。第二段为2017年计划：计划建设项目100个、力争引进内资80亿元、利用外资5亿美元、新引进项目30个、世界500强1户、城市基础建设投资21亿元（target）。项目：“博世电机年产300万套起发电机”（重点推进的工业类项目，无金额、无阶段词，status null；企业“博世电机”只在项目名中，可选）；“省第二人民医院”（年内完成主体建设，非产业项目，可选）。",
  "qv02"),
 parks=[
  park(CC, "长春", "吉林", "国家级高新技术产业开发区", "2月28日,长春高新区召开工作落实推进会议,回顾2016年工作,安排部署2017年重点工作任务", note="文中又作“全区”"),
 ],
 companies=[
  comp("博世电机", CC, "重点推进博世电机年产300万套起发电机等6个工业类项目", opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("博世电机年产300万套起发电机", CC, "重点推进博世电机年产300万套起发电机等6个工业类项目", companies=["博世电机"],
       note="2017年重点推进的6个工业类项目之一；无金额、无阶段词"),
  proj("省第二人民医院", CC, "推动省第二人民医院等项目年内完成主体建设", opt=True, note="社会事业项目；计划2017年内完成主体建设"),
 ],
 aggregate_facts=[
  fact(CC, "park", "operating_revenue_cny", 4.5e11, "cny", B0, AS2, opt=True, chk=True, note=NOTE2),
  fact(CC, "park", "operating_revenue_yoy_growth", 0.112, "ratio", B0, AS2, kind="ratio", opt=True, note=NOTE2),
  fact(CC, "park", "gdp_cny", 1.18e11, "cny", B1, AS2, qual="约", qtext="左右", opt=True, chk=True, note=NOTE2),
  fact(CC, "park", "gdp_yoy_growth", 0.163, "ratio", B1, AS2, kind="ratio", opt=True, note=NOTE2),
  fact(CC, "park", "industrial_output_cny", 4.18e11, "cny", B2, AS2, qual="约", qtext="左右", opt=True, chk=True, note=NOTE2),
  fact(CC, "park", "industrial_output_yoy_growth", 0.13, "ratio", B2, AS2, kind="ratio", opt=True, note=NOTE2),
  fact(CC, "park", "fixed_asset_investment_cny", 5e10, "cny", B3, AS2, opt=True, chk=True, note=NOTE2),
  fact(CC, "park", "fixed_asset_investment_yoy_growth", 0.48, "ratio", B3, AS2, kind="ratio", opt=True, note=NOTE2),
  fact(CC, "park", "general_budget_revenue_cny", 9.09e9, "cny", B4, AS2, opt=True, chk=True, note=NOTE2),
  fact(CC, "park", "local_fiscal_revenue_cny", 1.05e9, "cny", "10.5亿元,按可比口径同比增长7.5%、18.9%", AS2, opt=True, chk=True, note="“分别实现90.9亿元、10.5亿元”的第二个数；" + NOTE2),
  fact(CC, "park", "planned_projects", 100, "count", "2017年计划建设项目100个", "2017年（计划）", kind="target"),
  fact(CC, "park", "domestic_investment_attracted_cny", 8e9, "cny", B5, "2017年（计划）", kind="target", chk=True),
  fact(CC, "park", "foreign_investment_utilized_usd", 5e8, "usd", "利用外资5亿美元", "2017年（计划）", kind="target"),
  fact(CC, "park", "new_projects_introduced", 30, "count", B5, "2017年（计划）", kind="target"),
  fact(CC, "park", "fortune500_investors_new", 1, "count", B5, "2017年（计划）", kind="target", opt=True),
  fact(CC, "park", "urban_infrastructure_investment_cny", 2.1e9, "cny", "全年城市基础建设投资完成21亿元", "2017年（计划）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- qv03 新余高新区 2014年工作总结 (科技部 most.gov.cn 2015)
XY = "新余高新区"
C1 = "2014年全区完成生产总值215亿元,同比增长10.1%"
C2 = "完成财政总收入17.99亿元,同比增长5%"
C3 = "规模以上工业企业完成总产值622亿元,同比增长16.7%"
C4 = "实现主营业务收入620亿元,同比增长16.5%"
C5 = "完成工业增加值140亿元,同比增长13.3%"
C6 = "实现利税42亿元,同比增长18.51%"
C7 = "全区实现出口总额3.1亿美元,同比增长5.1%"
C8 = "实现利用国内市外资金200亿元,同比增长20%"
C9 = "完成固定资产投资234.25亿元,同比增长16.2%"
AS3 = "2014年"
G["qv03"] = dict(
 article=art("新余高新区", "科技部网站 most.gov.cn（“来源:科技部”；2015年全国科技工作会议交流材料专栏）", "2015-01-10", "day",
  "Ministry website publishing a zone's own year-end work summary, Jiangxi: a national high-tech zone's 2014 review — patents and innovation platforms, headline economic figures with growth rates, titles won",
  "https://most.gov.cn/ztzl/qgkjgzhy/2015/2015jlcl/2015jlgjzzcxsfq/201501/t20150109_117618.html",
  "日期取页面“日期: 2015年01月10日 16:21 来源:科技部”。标题即页面标题“新余高新区”，照录；日期、来源行已删；小标题“一、2014年工作总结”保留为一段。存段第四条“四是科技孵化园取得新发展…其中“科技孵化园”一期可使用的厂”在句中中断，整段删去（make_txt.py ITEMS 截至第三条），正文截至“…特色明显的专业市场。”，共四段。“并成为成为”原文如此，照录。文中“今年”指2014年。园区：新余高新区（新余，江西；国家级高新区；文中又作“全区”“我区”）。无点名企业与项目。事实：2014年生产总值215亿元、财政总收入17.99亿元、规上工业总产值622亿元、主营业务收入620亿元、工业增加值140亿元、利税42亿元、出口3.1亿美元、利用国内市外资金200亿元、固定资产投资234.25亿元及增长率；“利用外资1.46亿元”原文以元计（疑为美元），记为可选。专利数为可选。",
  "qv03"),
 parks=[
  park(XY, "新余", "江西", "国家级高新技术产业开发区", "今年,我区荣获全省“先进工业园区”称号,列为第一批国家低碳工业园区试点名单",
       aliases=[], note="页面标题“新余高新区”；文中作“全区”“我区”。证据句中园区以“我区”出现"),
 ],
 companies=[],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(XY, "park", "gdp_cny", 2.15e10, "cny", C1, AS3, chk=True),
  fact(XY, "park", "gdp_yoy_growth", 0.101, "ratio", C1, AS3, kind="ratio"),
  fact(XY, "park", "fiscal_revenue_cny", 1.799e9, "cny", C2, AS3, chk=True),
  fact(XY, "park", "fiscal_revenue_yoy_growth", 0.05, "ratio", C2, AS3, kind="ratio", opt=True),
  fact(XY, "park", "above_scale_industrial_output_cny", 6.22e10, "cny", C3, AS3, chk=True),
  fact(XY, "park", "above_scale_industrial_output_yoy_growth", 0.167, "ratio", C3, AS3, kind="ratio"),
  fact(XY, "park", "main_business_revenue_cny", 6.2e10, "cny", C4, AS3, chk=True),
  fact(XY, "park", "main_business_revenue_yoy_growth", 0.165, "ratio", C4, AS3, kind="ratio", opt=True),
  fact(XY, "park", "industrial_value_added_cny", 1.4e10, "cny", C5, AS3, chk=True),
  fact(XY, "park", "industrial_value_added_yoy_growth", 0.133, "ratio", C5, AS3, kind="ratio", opt=True),
  fact(XY, "park", "profit_and_tax_cny", 4.2e9, "cny", C6, AS3, chk=True),
  fact(XY, "park", "profit_and_tax_yoy_growth", 0.1851, "ratio", C6, AS3, kind="ratio", opt=True),
  fact(XY, "park", "exports_usd", 3.1e8, "usd", C7, AS3),
  fact(XY, "park", "exports_yoy_growth", 0.051, "ratio", C7, AS3, kind="ratio", opt=True),
  fact(XY, "park", "foreign_investment_utilized_cny", 1.46e8, "cny", "实现利用外资1.46亿元,同比增长13.98%", AS3, opt=True, chk=True, note="原文以“亿元”计，疑为美元"),
  fact(XY, "park", "domestic_capital_from_outside_city_cny", 2e10, "cny", C8, AS3, chk=True),
  fact(XY, "park", "fixed_asset_investment_cny", 2.3425e10, "cny", C9, AS3, chk=True),
  fact(XY, "park", "fixed_asset_investment_yoy_growth", 0.162, "ratio", C9, AS3, kind="ratio", opt=True),
  fact(XY, "park", "patent_applications", 281, "count", "全区专利申请281件,其中发明专利76件", AS3, opt=True),
  fact(XY, "park", "patents_granted", 153, "count", "专利授权量153件,其中授权发明专利32件", AS3, opt=True),
 ])

# ---------------------------------------------------------------- qv04 益阳长春经开区部署2015年工作 (红网 2015)
YY = "益阳长春经开区"
D1 = "全年共建成标准化厂房35.46万平方米"
D2 = "全年共完成基础设施投入14.25亿元;其中本级政府投入1.65亿元"
D3 = "新增规模工业企业13家;新开工项目21个;新投产项目18个"
D4 = "规模工业增加值40亿元,同比增长20%"
D5 = "完成工业税收2.49亿元,增长36.1%"
AS4 = "2014年"
G["qv04"] = dict(
 article=art("益阳长春经开区部署2015年工作", "红网（资阳站；moment.rednet.cn 时刻新闻）", "2015-03-20", "day",
  "Provincial portal's county-station news, Hunan: an economic development zone's 2014 work summary and 2015 planning meeting — standard factory space built, infrastructure investment, new above-scale firms, projects started and in production, industrial value added and tax",
  "http://moment.rednet.cn/rednetcms/news/localNews/20150320/64305.html",
  "日期取页面“2015-03-20 16:36:47”（文中“3月18日”为会议日）。标题照录；“立即打开”、日期行、“红网”已删。正文四段，完整。园区：益阳长春经开区（益阳市资阳区，湖南；文中又作“长春经开区”“经开区”“园区”）。“创鑫公司”为与会单位（园区平台公司之类，文中未说明），列可选公司。无点名项目。事实（2014年）：建成标准化厂房35.46万平方米、利用率100%、基础设施投入14.25亿元（其中本级政府1.65亿元）、新增规模工业企业13家、新开工项目21个、新投产项目18个、规模工业增加值40亿元（增长20%）、工业税收2.49亿元（增长36.1%）。",
  "qv04"),
 parks=[
  park(YY, "益阳", "湖南", "经济开发区", "红网资阳站讯 3月18日,益阳长春经开区2014年工作总结暨2015年工作部署会议隆重召开", district="资阳区",
       aliases=["长春经开区"], note="文中又作“长春经开区”“经开区”“园区”"),
 ],
 companies=[
  comp("创鑫公司", YY, "经开区全体干职工,创鑫公司全体成员,各社区、资管委班子成员", opt=True, note="与会单位；性质未说明"),
 ],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(YY, "park", "standard_factory_built_m2", 3.546e5, "m2", D1, AS4),
  fact(YY, "park", "standard_factory_occupancy", 1.0, "ratio", "累计建成的标准化厂房利用率达100%", AS4, kind="ratio", opt=True),
  fact(YY, "park", "infrastructure_investment_cny", 1.425e9, "cny", D2, AS4, chk=True),
  fact(YY, "park", "infrastructure_investment_government_cny", 1.65e8, "cny", "其中本级政府投入1.65亿元", AS4, opt=True, chk=True),
  fact(YY, "park", "new_above_scale_firms", 13, "count", D3, AS4),
  fact(YY, "park", "projects_started", 21, "count", D3, AS4),
  fact(YY, "park", "projects_in_production", 18, "count", D3, AS4),
  fact(YY, "park", "above_scale_industrial_value_added_cny", 4e9, "cny", D4, AS4, chk=True),
  fact(YY, "park", "above_scale_industrial_value_added_yoy_growth", 0.20, "ratio", D4, AS4, kind="ratio"),
  fact(YY, "park", "industrial_tax_cny", 2.49e8, "cny", D5, AS4, chk=True),
  fact(YY, "park", "industrial_tax_yoy_growth", 0.361, "ratio", D5, AS4, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- qv05 经开区 1~9月 冲刺四季度动员大会 (yybnet 2017-10)
JK = "经开区"
E1 = "预计固定资产投资完成520亿元"
E2 = "工业投资完成164.77亿元"
E3 = "规模以上工业增加值完成244亿元"
E4 = "64个市级重点在建项目预计可实现投资220亿元"
E5 = "吉利项目、西部超导项目、唯品会项目等重点项目征地拆迁工作顺利开展"
AS5 = "2017年1~9月"
G["qv05"] = dict(
 article=art("（无标题）经开区召开冲刺四季度动员大会，通报2017年1~9月目标任务完成情况", "yybnet.net（“社会”栏；署名 牛凌；原发媒体未注明）", "2017-10", "month",
  "News site item on a zone's mobilisation meeting, Shaanxi (inferred): an economic development zone's Jan–Sep 2017 results against annual targets — growth, investment, value added, retail sales, key projects, investment attracted by source",
  "https://yybnet.net/news/shehui/201710/6620542.html",
  "存段无标题、无日期行（title 为编者概括）；日期取网址 201710（文中“昨日”），记 2017-10（month）。署名行“牛凌”与其后的“新闻推荐…”“黄勤”等推荐栏已删。正文三段，完整。园区：文中只作“经开区”；所提吉利项目、西部超导项目、唯品会项目及“市政府”推定为西安经济技术开发区（西安，陕西）——城市由推断，名称照原文记“经开区”，city 记西安并注明。项目：吉利项目、西部超导项目、唯品会项目（征地拆迁顺利开展，无金额、无阶段词，status null；企业只在项目名中，可选）。事实：1~9月生产总值增长11%、工业投资164.77亿元、规上工业增加值244亿元、工业增加值247亿元、社零240亿元（cumulative）；“预计”固定资产投资520亿元、64个市级重点在建项目预计投资220亿元（target，（预计））；截至9月底引进民资222.1亿元、国资52.9亿元、央资66.8亿元、外资7.325亿美元、融资3.04亿元、过百亿元工业项目2个（cumulative）。",
  "qv05"),
 parks=[
  park(JK, "西安", "陕西", "经济技术开发区", "昨日,经开区召开了“精准发力补短板、全力冲刺四季度、确保完成年度目标任务”动员大会",
       note="文中只作“经开区”；城市由项目（吉利、西部超导、唯品会）推断为西安，未明说"),
 ],
 companies=[
  comp("吉利", JK, E5, opt=True, note="只在项目名中"),
  comp("西部超导", JK, E5, opt=True, note="只在项目名中"),
  comp("唯品会", JK, E5, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("吉利项目", JK, E5, companies=["吉利"], note="重点项目；征地拆迁顺利开展"),
  proj("西部超导项目", JK, E5, companies=["西部超导"], note="同上"),
  proj("唯品会项目", JK, E5, companies=["唯品会"], note="同上"),
 ],
 aggregate_facts=[
  fact(JK, "park", "gdp_yoy_growth", 0.11, "ratio", "实现生产总值增长11%", AS5, kind="ratio"),
  fact(JK, "park", "fixed_asset_investment_cny", 5.2e10, "cny", E1, "2017年1~9月（预计）", kind="target", chk=True),
  fact(JK, "park", "industrial_investment_cny", 1.6477e10, "cny", E2, AS5, kind="cumulative", chk=True),
  fact(JK, "park", "above_scale_industrial_value_added_cny", 2.44e10, "cny", E3, AS5, kind="cumulative", chk=True),
  fact(JK, "park", "industrial_value_added_cny", 2.47e10, "cny", "工业增加值完成247亿元", AS5, kind="cumulative", chk=True, opt=True),
  fact(JK, "park", "retail_sales_cny", 2.4e10, "cny", "社会消费品零售总额完成240亿元", AS5, kind="cumulative", chk=True, opt=True),
  fact(JK, "park", "key_projects_under_construction", 64, "count", E4, AS5),
  fact(JK, "park", "key_projects_investment_cny", 2.2e10, "cny", E4, "2017年1~9月（预计）", kind="target", chk=True),
  fact(JK, "park", "private_capital_attracted_cny", 2.221e10, "cny", "已引进民资222.1亿元", "2017年（截至9月底）", kind="cumulative", chk=True),
  fact(JK, "park", "state_capital_attracted_cny", 5.29e9, "cny", "引进国资52.9亿元", "2017年（截至9月底）", kind="cumulative", chk=True, opt=True),
  fact(JK, "park", "central_soe_capital_attracted_cny", 6.68e9, "cny", "引进央资66.8亿元", "2017年（截至9月底）", kind="cumulative", chk=True, opt=True),
  fact(JK, "park", "foreign_capital_attracted_usd", 7.325e8, "usd", "引进外资7.325亿美元", "2017年（截至9月底）", kind="cumulative"),
  fact(JK, "park", "financing_attracted_cny", 3.04e8, "cny", "引进融资3.04亿元", "2017年（截至9月底）", kind="cumulative", chk=True, opt=True),
  fact(JK, "park", "industrial_projects_over_10bn", 2, "count", "引进投资过百亿元的工业项目2个", "2017年（截至9月底）", kind="cumulative"),
 ])

# ---------------------------------------------------------------- qv06 设区四周年 聊城高新区晒出亮丽成绩单 (房天下 2017)
LC = "聊城高新区"
F1 = "2016年,高新区实现生产总值46.34亿元,同比增长7.2%"
F2 = "固定资产投资完成101.4亿元,同比增长14.2%"
F3 = "规模以上工业企业实现总产值121.7亿元,比上年增长12.77%"
F4 = "高新技术产业产值实现54.51亿元,占规模以上工业产值的44.78%"
F5 = "规模以上工业企业实现利润5.48亿元,比上年增长80.48%"
F6 = "实现工业利税6.87亿元,比上年增长55.44%"
F7 = "2016年直接用于民生项目的支出达到7.49亿元,同比增长14.35%"
AS6 = "2016年"
G["qv06"] = dict(
 article=art("设区四周年 聊城高新区晒出亮丽成绩单", "房天下聊城站 lc.news.fang.com（署名“房大秘”；原发媒体未注明）", "2017-06-30", "day",
  "Property portal's local news relaying a city press conference, Shandong: a high-tech zone's four-year report — 2016 GDP, investment, industrial output, high-tech share, profit, profit-tax, livelihood spending",
  "https://lc.news.fang.com/2017-06-30/25614688.htm",
  "日期取页面“房大秘  2017-06-30 08:56”（文中“6月28日”为发布会日）。标题照录；导航与署名日期行已删。存段末段“投资3亿元,完成了杭州路…在全市率先采取EPC+PPP模式,实”在句中中断，整段删去；其前的引出句“与此同时…得益于高新区所做的以下工作——”只引出被删的一段，一并删去（在段落边界处删）；正文截至“…同比增长14.35%。”，共十段。“工业总产值增速全市;”“占比全市;”“其中五项全市的经济指标”等处原文缺“第一”之类的字（转载站所删，原样照录）。“工业增加值增速比上年增长9.16%”原文如此。园区：聊城高新区（聊城，山东；文中又作“高新区”；设区四周年）。无点名企业、项目。事实（2016年）：生产总值46.34亿元、固定资产投资101.4亿元、规上工业总产值121.7亿元、高新技术产业产值54.51亿元（占44.78%）、利润5.48亿元、工业利税6.87亿元、民生支出7.49亿元及增长率。机构：市政府新闻办（可选）。",
  "qv06"),
 parks=[
  park(LC, "聊城", "山东", "高新技术产业开发区", "设区四周年 聊城高新区晒出亮丽成绩单", note="文中又作“高新区”；证据为标题"),
 ],
 companies=[],
 institutions=[
  inst("市政府新闻办", "6月28日,市政府新闻办召开高新区设区四周年经济社会发展新闻发布会", note="聊城市政府新闻办（文中简称）"),
 ],
 projects=[],
 aggregate_facts=[
  fact(LC, "park", "gdp_cny", 4.634e9, "cny", F1, AS6, chk=True),
  fact(LC, "park", "gdp_yoy_growth", 0.072, "ratio", F1, AS6, kind="ratio"),
  fact(LC, "park", "fixed_asset_investment_cny", 1.014e10, "cny", F2, AS6, chk=True),
  fact(LC, "park", "fixed_asset_investment_yoy_growth", 0.142, "ratio", F2, AS6, kind="ratio", opt=True),
  fact(LC, "park", "above_scale_industrial_output_cny", 1.217e10, "cny", F3, AS6, chk=True),
  fact(LC, "park", "above_scale_industrial_output_yoy_growth", 0.1277, "ratio", F3, AS6, kind="ratio"),
  fact(LC, "park", "industrial_value_added_yoy_growth", 0.0916, "ratio", "工业增加值增速比上年增长9.16%", AS6, kind="ratio", opt=True, note="原文措辞如此"),
  fact(LC, "park", "high_tech_output_cny", 5.451e9, "cny", F4, AS6, chk=True),
  fact(LC, "park", "high_tech_output_share", 0.4478, "ratio", F4, AS6, kind="ratio"),
  fact(LC, "park", "above_scale_profit_cny", 5.48e8, "cny", F5, AS6, chk=True),
  fact(LC, "park", "above_scale_profit_yoy_growth", 0.8048, "ratio", F5, AS6, kind="ratio", opt=True),
  fact(LC, "park", "industrial_profit_and_tax_cny", 6.87e8, "cny", F6, AS6, chk=True),
  fact(LC, "park", "industrial_profit_and_tax_yoy_growth", 0.5544, "ratio", F6, AS6, kind="ratio", opt=True),
  fact(LC, "park", "livelihood_spending_cny", 7.49e8, "cny", F7, AS6, chk=True, opt=True),
 ])
