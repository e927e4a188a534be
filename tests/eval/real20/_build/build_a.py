#!/usr/bin/env python3
"""Ground truth for g01–g06 (written from the texts only)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import park, comp, inst, proj, fact, ratio, fund, write

# ---------------------------------------------------------------- g01 汕头 金平区 2006
S = "升平第二工业区"; L = "莲塘工业区B片"; N = "牛田洋片新工业园区"; R = "金平区"
write("g01", dict(
    title="金平凸显工业发展亮点 土地供应向6大优势产业倾斜",
    outlet="大华网（汕头；“本报讯记者曾漫路报道”）, 新浪新闻中心转载",
    published="2006-03-15", published_precision="day",
    register="city news portal item (national portal copy) on a city district's people's congress: the district's growth targets, last year's output and industrial share, park works planned for the year (roads and utilities in one industrial zone, two new zones to be prepared), priority industries and above-scale firms",
    source_url="https://news.sina.com.cn/o/2006-03-15/16148449113s.shtml",
    note="新浪页首面包屑“新闻中心新浪首页 > 新闻中心 > 综合 > 正文”、“http://www.sina.com.cn 2006年03月15日16:14 大华网”一行（日期取此）、文末“(责任编辑:林伟练、许少丽)”与新浪页脚（爱问、收藏此页/打印/关闭、意见反馈、版权）已删；段首缩进已删；第二段“今年”与“金平区还将”之间所存的分段照录为单个换行。“两会”为金平区人代会、政协会"),
  parks=[
    park(S, "如完成升平第二工业区小区道路及水电配套", city="汕头", district="金平区", province="广东", kind="工业区",
         note="今年完成小区道路及水电配套，力促大部分项目上半年进场"),
    park(L, "筹办莲塘工业区B片和牛田洋片新工业园区", city="汕头", district="金平区", province="广东", kind="工业区片区（筹办）",
         aliases=["莲塘工业区"], optional=True, note="今年“筹办”；名称含片区号"),
    park(N, "筹办莲塘工业区B片和牛田洋片新工业园区", city="汕头", district="金平区", province="广东", kind="工业园区（筹办）",
         optional=True, note="“牛田洋片”的新工业园区，今年“筹办”；名称不定"),
  ],
  facts=[
    fact(R, "region", "gdp_cny", 10104000000.0, "cny", "金平区完成地区总值101.04亿元", as_of="2005年", optional=True),
    ratio(R, "region", "gdp_yoy_growth", 0.14, "ratio", "增长14%,为区划调整以来的最高增幅", as_of="2005年"),
    ratio(R, "region", "industrial_value_added_share", 0.4647, "ratio", "从41.82%提高到46.47%", as_of="2005年",
          note="工业增加值占生产总值比重，5年间由41.82%升至46.47%"),
    ratio(R, "region", "industrial_output_growth_target", 0.183, "ratio", "2006年工业总产值增长18.3%", kind="target",
          as_of="2006年"),
    ratio(R, "region", "gdp_growth_target", 0.14, "ratio", "该区的生产总值年均增长14%", kind="target",
          as_of="“十一五”期间", note="十一五期间年均"),
    fact(R, "region", "enterprises_above_scale", 316, "count", "在已有316家规模以上工业企业的基础上", as_of="2006年3月",
         optional=True),
    fact(R, "region", "new_enterprises_above_scale", 65, "count", "今年全区将争取新增规模以上企业65家左右", kind="target",
         qual="约", qtext="左右", as_of="2006年", optional=True),
    ratio(R, "region", "above_scale_output_share_target", 0.65, "ratio", "规模以上工业产值达到全区工业总产值65%以上",
          kind="target", qual="超", qtext="以上", as_of="2006年"),
  ],
)

# ---------------------------------------------------------------- g02 哈大齐工业走廊 2007
H = "哈大齐工业走廊"
write("g02", dict(
    title=None, title_note="页面未存标题，正文以电头“新华网6月27日电”开始；内容为黑龙江“哈大齐工业走廊”建设一年多的进展",
    outlet="新华网（电头“新华网6月27日电”）, 东北网 heilongjiang.dbw.cn 转载",
    published="2007-06-27", published_precision="day",
    register="national news agency wire (provincial portal copy) on a provincial industrial corridor's first year and a half: area started, projects started, investment completed, planned area, firms in production, first-quarter output, sales and profit",
    source_url="https://heilongjiang.dbw.cn/system/2007/06/27/050870034.shtml",
    note="文末“责任编辑:张昭”已删；单行换行改为空行分段。日期取电头与 URL 路径；数据截至2007年5月末（一季度产值等为2007年一季度）"),
  parks=[
    park(H, "黑龙江省“哈大齐工业走廊”初具规模", city=None, province="黑龙江", kind="工业走廊（跨市经济区域）",
         note="以哈尔滨、大庆、齐齐哈尔3个中心城市为骨干，跨市，city 空；又作“哈大齐工业走廊”项目区"),
  ],
  institutions=[
    inst("黑龙江省发改委", "记者从黑龙江省发改委获悉"),
  ],
  facts=[
    fact(H, "park", "developed_area_km2", 62.4, "km2", "项目区实际启动面积达到62.4平方公里", as_of="2007年5月末",
         note="“实际启动面积”"),
    fact(H, "park", "projects_started", 441, "count", "开工项目441个", kind="cumulative", as_of="2007年5月末",
         note="自2005年9月开始建设以来"),
    fact(H, "park", "completed_investment_cny", 27200000000.0, "cny", "完成投资272亿元", kind="cumulative",
         as_of="2007年5月末"),
    fact(H, "park", "planned_area_km2", 921, "km2", "总规划面积921平方公里"),
    fact(H, "park", "enterprises_in_production", 233, "count", "已有233个企业投产运营", as_of="2007年6月"),
    fact(H, "park", "output_value_cny", 2740000000.0, "cny", "实现工业总产值27.4亿元", as_of="2007年一季度",
         note="区域内工业企业"),
    fact(H, "park", "revenue_cny", 1940000000.0, "cny", "实现销售收入19.4亿元", as_of="2007年一季度"),
    fact(H, "park", "profit_cny", 130000000.0, "cny", "创造利润1.3亿元", as_of="2007年一季度"),
    fact(H, "park", "core_cities", 3, "count", "哈尔滨、大庆、齐齐哈尔3个中心城市", optional=True),
  ],
)

# ---------------------------------------------------------------- g03 青岛保税港区诸城功能区 2012
Z = "青岛保税港区诸城功能区"; E = "诸城市经济开发区"; Q = "青岛保税港区"
write("g03", dict(
    title=None, title_note="页面未存标题，正文以“本报讯 (记者孙克义 通讯员郭沛盛)”开始；内容为青岛保税港区诸城功能区签约",
    outlet="潍坊日报（记者 孙克义、通讯员 郭沛盛）, wfrb.wfnews.com.cn 电子版",
    published="2012-06-08", published_precision="day",
    register="city daily item on the signing of a bonded-port zone's functional area inside a county-level city's development zone: planned area, phases and total investment, functions, first-phase projects with their investment, expected firms, output and profit and tax",
    source_url="http://wfrb.wfnews.com.cn/content/20120608/Articel02007TB.htm",
    note="页首、页尾的“|”行已删；原文“签约仪式。 青岛保税港区”中的空格照录（原为一段）。日期取 URL 路径（电子版日期）；签约在6月7日"),
  parks=[
    park(Z, "青岛保税港区诸城功能区签约仪式举行", city="潍坊", district="诸城市", province="山东", kind="保税港区功能区",
         parent=E, aliases=["诸城功能区"],
         note="位于诸城市经济开发区；是青岛保税港区的功能区（海关特殊监管区）；文中又作“功能区”“功能园区”"),
    park(E, "青岛保税港区诸城功能区位于诸城市经济开发区", city="潍坊", district="诸城市", province="山东", kind="经济开发区"),
    park(Q, "青岛保税港区诸城功能区签约仪式举行", city="青岛", province="山东", kind="保税港区", optional=True,
         note="只作功能区名称的一部分出现"),
  ],
  companies=[
    comp("科润新能源", "科润新能源等多个项目将入驻功能园区", park=Z, optional=True, note="只作项目名出现"),
  ],
  projects=[
    proj("科润新能源", "科润新能源等多个项目将入驻功能园区", Z, ["科润新能源"], status="planned",
         status_text="将入驻功能园区", optional=True, note="一期拟入驻项目的代表，以企业名称代项目"),
  ],
  facts=[
    fact(Z, "park", "planned_area_km2", 6, "km2", "总规划面积约6平方公里", qual="约"),
    fact(Z, "park", "planned_investment_cny", 28000000000.0, "cny", "总投资280亿元",
         note="功能区建设总投资（分三期，六年）"),
    fact(Z, "park", "phases", 3, "count", "计划用六年分三期建设", optional=True),
    fact(Z, "park", "construction_years", 6, "years", "计划用六年分三期建设", kind="target", optional=True),
    fact("青岛保税港区诸城功能区一期拟入驻的科润新能源等多个项目", "park_group", "planned_investment_cny", 8600000000.0,
         "cny", "总投资86亿元", as_of="2012年6月"),
    fact(Z, "park", "enterprises_to_enter", 1000, "count", "可入驻企业1000家", kind="target",
         note="全面投入运营后"),
    fact(Z, "park", "expected_output_value_cny", 50000000000.0, "cny", "年产值500亿元", kind="target"),
    fact(Z, "park", "expected_profit_tax_cny", 7500000000.0, "cny", "利税75亿元左右", kind="target", qual="约",
         qtext="左右"),
  ],
)

# ---------------------------------------------------------------- g04 大同医药工业园 2013
D = "大同医药工业园"
write("g04", dict(
    title=None, title_note="页面未存标题，正文以“本报讯 近日”开始；内容为大同医药工业园获授“医药产业发展示范园区”",
    outlet="中国医药报（尾注“(晋药)”）, jkchina.org 转载",
    published="2013-03-26", published_precision="day",
    register="trade-press item (pharmaceutical industry paper) on a provincial regulator's award to a city's pharmaceutical industrial park: planned area, infrastructure investment, planned firms and investment, firms started and in production, output and profit-tax, five-year targets",
    source_url="https://jkchina.org/newshtml/news_14169.html",
    note="页首“来源:中国医药报 时间:2013-03-26 18:10:09 热度:1586”一行（日期取此）、文末“(责任编辑:秋彤)”与页尾日期列表已删；尾注“(晋药)”照录；单行换行改为空行分段"),
  parks=[
    park(D, "授予大同医药工业园“医药产业发展示范园区”", city="大同", province="山西", kind="医药工业园",
         note="获山西省食品药品监督管理局授予“医药产业发展示范园区”；文中又作“园区”"),
  ],
  institutions=[
    inst("山西省食品药品监督管理局", "山西省食品药品监督管理局授予大同医药工业园"),
  ],
  facts=[
    fact(D, "park", "planned_area_km2", 22, "km2", "大同医药工业园规划面积22平方公里"),
    fact(D, "park", "infrastructure_investment_cny", 1277000000.0, "cny", "园区基础设施目前已累计投入资金12.77亿元",
         kind="cumulative", as_of="2013年3月"),
    fact(D, "park", "enterprises_to_enter", 14, "count", "大同医药工业园计划入驻医药企业14家", kind="target"),
    fact("大同医药工业园计划入驻的14家医药企业", "park_group", "planned_investment_cny", 6400000000.0, "cny",
         "项目总投资64亿元"),
    fact(D, "park", "projects_started", 10, "count", "园区已开工医药企业10家", as_of="2013年3月",
         note="以企业计：已开工的医药企业"),
    fact(D, "park", "enterprises_in_production", 3, "count", "3家企业已投产", as_of="2013年3月"),
    fact(D, "park", "output_value_cny", 3000000000.0, "cny", "全区医药工业产值实现30亿元", as_of="2011年",
         note="原文“全区”，读作园区所在区域；可能指更大的范围"),
    fact(D, "park", "profit_tax_cny", 440000000.0, "cny", "利税4.4亿元", as_of="2011年", optional=True,
         note="同上，“全区”"),
    fact(D, "park", "output_value_cny", 20000000000.0, "cny", "力争在“十二五”末实现医药产值200亿元", kind="target",
         as_of="“十二五”末（2015年）"),
    fact(D, "park", "profit_tax_cny", 3000000000.0, "cny", "利税30亿元", kind="target", as_of="“十二五”末（2015年）"),
  ],
)

# ---------------------------------------------------------------- g05 安顺 园区 2021
A = "安顺市产业园区"
write("g05", dict(
    title="安顺工业园区成经济增长新高地",
    outlet="本报讯（通讯员 周洪江、记者 张建；报名未注明，疑为安顺日报或贵州日报）, 腾讯新闻 xw.qq.com 转载",
    published="2021-03-29", published_precision="day",
    register="provincial or city daily item on a city's industrial parks over the last five-year plan: cumulative and annual output with the share in the province's parks, infrastructure levels, standard factories built and occupancy, the city's industry bureau's comment",
    source_url="https://xw.qq.com/cmsid/20210329A01IDY00",
    note="页面只存标题与正文，无删节。日期取 URL 中的 20210329；数据为“十三五”（2016—2020年）。文中无具体园区名，事实以“安顺市产业园区”（全市园区）为主体"),
  institutions=[
    inst("安顺市工业和信息化局", "安顺市工业和信息化局有关负责人表示"),
  ],
  facts=[
    fact(A, "park_group", "output_value_cny", 246938000000.0, "cny", "全市园区累计完成工业总产值2469.38亿元",
         kind="cumulative", as_of="2016年至2020年"),
    fact(A, "park_group", "output_value_cny", 44958000000.0, "cny", "2016年全市园区工业总产值449.58亿元", as_of="2016年"),
    ratio(A, "park_group", "share_of_province_zone_output", 0.0468, "ratio", "占全省园区比重为4.68%", as_of="2016年"),
    fact(A, "park_group", "output_value_cny", 53677000000.0, "cny", "2020年全市工业园区完成工业总产值536.77亿元",
         as_of="2020年"),
    ratio(A, "park_group", "output_value_yoy_growth", 0.063, "ratio", "同比增长6.3%", as_of="2020年"),
    ratio(A, "park_group", "share_of_province_zone_output", 0.062, "ratio", "占全省园区比重为6.2%", as_of="2020年"),
    fact("安顺市基本实现“九通一平”的园区", "park_group", "parks_count", 2, "count", "全市园区中2个基本实现“九通一平”",
         as_of="2021年3月", optional=True),
    fact("安顺市实现“七通一平”的园区", "park_group", "parks_count", 2, "count", "2个实现“七通一平”", as_of="2021年3月",
         optional=True),
    fact("安顺市实现“五通一平”的园区", "park_group", "parks_count", 3, "count", "3个实现“五通一平”", as_of="2021年3月",
         optional=True),
    fact(A, "park_group", "standard_factory_floor_area_m2", 1570000, "m2", "全市累计建成标准厂房157万平方米",
         kind="cumulative", as_of="2021年3月"),
    ratio(A, "park_group", "occupancy_rate", 0.96, "ratio", "入驻率达96%", as_of="2021年3月", note="标准厂房入驻率"),
  ],
)

# ---------------------------------------------------------------- g06 南充 都京丝纺服装产业园 2016
DJ = "都京丝纺服装产业园"; JL = "嘉陵工业集中区丝纺服装产业园"; YL = "仪陇光华制鞋产业园"
NJ = "南充经开区"; XC = "南充经开区新材料产业园"; JG = "嘉陵工业集中区"
write("g06", dict(
    title="南充:15家企业入驻都京丝纺服装产业园",
    outlet="南充本地媒体（“记者”“我市”，报名未注明）, zxyzs.com 招商网站转载",
    published="2016-11", published_precision="month",
    register="city news item (investment-promotion site copy) on a district's silk and garment industrial park: firms settled, the city's plan for four garment-cluster parks including a new chemical-fibre park in the development zone's new-materials park, the 2020 output target",
    source_url="http://zxyzs.com/sichuan/dt/2016/96571.html",
    note="页首导航“首 页 区县招商 产业园区 企业选址 优惠政策 新闻中心”已删。URL 只给年份（2016）；记者探访在11月24日，“市第六次党代会”为2016年，故记作2016年11月（月精度）"),
  parks=[
    park(DJ, "记者在高坪区都京丝纺服装产业园看到", city="南充", district="高坪区", province="四川", kind="产业园",
         aliases=["高坪都京丝纺服装产业园"]),
    park(JL, "嘉陵工业集中区丝纺服装产业园", city="南充", district="嘉陵区", province="四川", kind="产业园（园中园）",
         parent=JG, note="区县据园名（嘉陵）补"),
    park(JG, "嘉陵工业集中区丝纺服装产业园", city="南充", district="嘉陵区", province="四川", kind="工业集中区",
         optional=True, note="只作园中园名称的一部分出现"),
    park(YL, "仪陇光华制鞋产业园", city="南充", district="仪陇县", province="四川", kind="产业园"),
    park(NJ, "在南充经开区新材料产业园新建1个化纤纺织园", city="南充", province="四川", kind="经开区"),
    park(XC, "在南充经开区新材料产业园新建1个化纤纺织园", city="南充", province="四川", kind="产业园（园中园）",
         parent=NJ, note="将在其中新建1个化纤纺织园"),
  ],
  facts=[
    fact(DJ, "park", "enterprises", 15, "count", "都京丝纺服装产业园已有15家丝纺服装企业入驻", as_of="2016年11月"),
    fact("南充市丝纺服装千亿产业集群的4个园区", "park_group", "parks_count", 4, "count", "形成千亿产业集群的4根“台柱”",
         optional=True, note="都京、嘉陵、仪陇光华三园加新建的化纤纺织园"),
    fact("南充市丝纺服装产业集群", "other", "output_value_cny", 60000000000.0, "cny",
         "力争到2020年全市丝纺服装产业集群产值突破600亿元", kind="target", qual="超", qtext="突破", as_of="2020年"),
    fact("南充经开区新材料产业园", "park", "planned_new_parks", 1, "count", "新建1个化纤纺织园", kind="target",
         optional=True),
  ],
)
