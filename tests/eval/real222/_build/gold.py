# real222 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text (where the text names a zone only generically — tm04 “经济开发区”, tm05 “开发区” — the gold name is the zone's full
# name, inferred from the outlet's place, and noted); 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text
# keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); US dollars
# in *_usd facts. Growth rates and shares as ratios (27.6% → 0.276; 745% → 7.45). Period figures (前三季度, 1–7月, 全年) are
# kind reported with the period in as_of; “本年”/“今年以来”/“累计” figures are cumulative; “今年…力争/确保/突破” goals are
# target. Sources are `search` (corpus pages) excerpts typed into _raw/pages/tmNN.raw as returned.

# ---------------------------------------------------------------- tm01 东湖高新区2018年工作报告 (武汉东湖新技术开发区政务网)
DH = "东湖高新区"
A1 = "完成规上工业总产值2350.81亿元,增长9.8%"
A2 = "固定资产投资975.56亿元,增长12.1%,其中工业投资360.08亿元,增长17.9%"
A3 = "外贸出口705.60亿元,增长29%"
A4 = "一般公共预算总收入231.6亿元,增长20.2%"
A5 = "培育瞪羚企业320家,新增高新技术企业455家、总数达1848家,居全国高新区第4位,新增独角兽企业2家、总数达4家,为中西部地区最多"
A6 = "国家存储器基地项目一号主厂房结构封顶、奇宏光电项目一期试产"
A7 = "自贸区武汉片区去年4月正式挂牌,全年完成各类改革事项98项,落实全国复制推广清单事项59项,承接省政府下放的管理权限53项"
AS1 = "2017年"
G["tm01"] = dict(
 article=art("东湖高新区2018年工作报告", "武汉东湖新技术开发区政务网（www.wehdz.gov.cn，政府信息公开·政府工作报告栏）", "2018-07-04", "day",
  "National high-tech zone's own annual work report on its government site, Hubei: the 2017 review — growth of GDP, industrial output, investment, exports and budget revenue, new firms, gazelle / high-tech / unicorn firm counts, two named key projects (one topped out, one in trial production), the free-trade-zone area and reform counts",
  "http://www.wehdz.gov.cn/2022/zfxxgk/fdzdgk/qtzdgk_68703/zfgzbg/202210/t20221027_2074385.shtml",
  "日期取页面“2018-07-04 00:00  来源: 武汉东湖新技术开发区政务网”（网址 202210/t20221027 为网站改版后重新挂载之日，正文为2018年工作报告）。标题照录；页头导航（智能问答 | 无障碍浏览 …）、日期来源行与“分享到”已删。存段在第三部分“‘放管服’改革和‘三办’改革持续深化,…获得首届湖北改革奖和中国政务服务”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…承接省政府下放的管理权限53项。”；小标题“一、2017年工作回顾”作一段保留，共五段（长篇报告只存开头）。园区：东湖高新区（武汉东湖新技术开发区，国家级高新区；武汉，湖北）；自贸区武汉片区（中国(湖北)自由贸易试验区武汉片区，2017年4月挂牌）列可选园区。项目：国家存储器基地项目（一号主厂房结构封顶 → 在建）；奇宏光电项目一期（一期试产 → 投产，status_alt 在建）；两项目均无金额，园区记东湖高新区（报告所述为本区重点项目）。奇宏光电只在项目名中，列可选公司。事实均为2017年全年：GDP 增长7.6%（只有增速）；规上工业总产值2350.81亿元、增9.8%；固定资产投资975.56亿元、增12.1%，其中工业投资360.08亿元、增17.9%；外贸出口705.60亿元、增29%；一般公共预算总收入231.6亿元、增20.2%；新增企业14640家（每工作日59家，可选）；瞪羚企业320家；新增高新技术企业455家、总数1848家（全国高新区第4位，可选）；新增独角兽2家、总数4家；改革事项98项等三项计数列可选。",
  "tm01"),
 parks=[
  park(DH, "武汉", "湖北", "国家高新区", "2017年,东湖高新区高举习近平新时代中国特色社会主义思想伟大旗帜", note="武汉东湖新技术开发区；全称只在已删的来源行中"),
  park("自贸区武汉片区", "武汉", "湖北", "自贸试验区片区", A7, opt=True, note="中国(湖北)自由贸易试验区武汉片区，2017年4月挂牌"),
 ],
 companies=[
  comp("奇宏光电", DH, A6, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("国家存储器基地项目", DH, A6, status="在建", status_text="一号主厂房结构封顶", note="无金额"),
  proj("奇宏光电项目", DH, A6, companies=["奇宏光电"], phase="一期", status="投产", status_text="一期试产", status_alt="在建", note="一期试产；无金额"),
 ],
 aggregate_facts=[
  fact(DH, "park", "gdp_growth", 0.076, "ratio", "全年地区生产总值增长7.6%", AS1, kind="ratio"),
  fact(DH, "park", "industrial_output_above_scale_cny", 2.35081e11, "cny", A1, AS1, chk=True),
  fact(DH, "park", "industrial_output_above_scale_growth", 0.098, "ratio", A1, AS1, kind="ratio"),
  fact(DH, "park", "fixed_asset_investment_cny", 9.7556e10, "cny", A2, AS1, chk=True),
  fact(DH, "park", "fixed_asset_investment_growth", 0.121, "ratio", A2, AS1, kind="ratio", opt=True),
  fact(DH, "park", "industrial_investment_cny", 3.6008e10, "cny", "其中工业投资360.08亿元,增长17.9%", AS1, chk=True),
  fact(DH, "park", "industrial_investment_growth", 0.179, "ratio", "其中工业投资360.08亿元,增长17.9%", AS1, kind="ratio", opt=True),
  fact(DH, "park", "exports_cny", 7.056e10, "cny", A3, AS1, chk=True),
  fact(DH, "park", "exports_growth", 0.29, "ratio", A3, AS1, kind="ratio", opt=True),
  fact(DH, "park", "general_budget_revenue_cny", 2.316e10, "cny", A4, AS1, chk=True, note="一般公共预算总收入"),
  fact(DH, "park", "general_budget_revenue_growth", 0.202, "ratio", A4, AS1, kind="ratio", opt=True),
  fact(DH, "park", "new_firms", 14640, "count", "全年新增企业14640家,平均每个工作日新增59家", AS1),
  fact(DH, "park", "new_firms_per_working_day", 59, "count", "平均每个工作日新增59家", AS1, opt=True),
  fact(DH, "park", "gazelle_firms", 320, "count", A5, AS1, note="培育瞪羚企业"),
  fact(DH, "park", "high_tech_firms_new", 455, "count", A5, AS1),
  fact(DH, "park", "high_tech_firms", 1848, "count", A5, "2017年末"),
  fact(DH, "park", "high_tech_firms_national_rank", 4, "rank", A5, "2017年末", opt=True, note="居全国高新区第4位"),
  fact(DH, "park", "unicorn_firms_new", 2, "count", A5, AS1, opt=True),
  fact(DH, "park", "unicorn_firms", 4, "count", A5, "2017年末"),
  fact(DH, "park", "reform_items_completed", 98, "count", A7, AS1, opt=True),
  fact(DH, "park", "replicated_reform_items", 59, "count", A7, AS1, opt=True),
  fact(DH, "park", "provincial_powers_devolved", 53, "count", A7, AS1, opt=True),
 ])

# ---------------------------------------------------------------- tm02 重庆双桥经济开发区 三季度经济运行分析会 (te-ch 2019)
SQ = "重庆双桥经济开发区"
B1 = "规上工业总产值完成197.8亿元、同比(下同)增长27.6%"
B2 = "固定资产投资完成56.3亿元,工业投资完成44.7亿元"
B3 = "建筑安装投资完成46.1亿元,房地产开发投资完成6.9亿元"
B4 = "社会消费品零售总额43.8亿元、增长10.2%"
B5 = "民营企业产值151.1亿元、增长39.9%,占总产值为76.4%,对规上工业增长贡献率达到100.6%"
B6 = "足航钢铁与壬顺金属用电量增长745%、556.9%"
AS2 = "2019年1–9月"
G["tm02"] = dict(
 article=art("重庆双桥经济开发区:聚焦年度目标 增强发展动力", "te-ch.tech（科技资讯站“园区”栏转载；来源署“重庆双桥经济开发区”，作者刘帮海）", "2019-10-30", "day",
  "Tech-news site relaying a zone administration's item, Chongqing: a zone committee's third-quarter economic review — GDP and value-added growth, industrial output, construction, investment, retail, new tech firms and patents, private-sector output and share, auto output, two named firms' power-use growth",
  "http://te-ch.tech/news/show-54068.html",
  "日期取页面“2019-10-30 重庆双桥经济开发区 刘帮海”。标题照录；站点口号与栏目标签行、日期作者行、浏览数“34”、截断的“核心提示”行已删。存段在第六段“…增长372.6%;受盛泰光电增”处中断，残分句“受盛泰光电增”已删（make_txt.py LINE_SUFFIX），正文截至“…增长372.6%;”（以分号结尾），共六段。园区：重庆双桥经济开发区（标题全称；文中作“重庆双桥经开区”“经开区”；位于重庆市大足区）。公司：足航钢铁、壬顺金属（经开区支柱产业中的企业，园区由语境推定）；盛泰光电只在已删残句中，不列。“其产值占全区总额46.9%”的“全区”应指大足区（可选）。事实均为2019年前三季度：GDP 增10.6%、工业增加值增11.8%；规上工业总产值197.8亿元、增27.6%（文中另一处“规上工业产值197.8亿元、增长27.6%”为同一数）；建筑产值13.9亿元；固定资产投资56.3亿元、工业投资44.7亿元、建安投资46.1亿元、房地产开发投资6.9亿元；社零43.8亿元、增10.2%；新增科技型企业26家、发明专利19件；民营企业产值151.1亿元、增39.9%、占76.4%、贡献率100.6%；汽车产业产值89.8亿元；足航钢铁、壬顺金属用电量增745%、556.9%；循环经济产业增372.6%。",
  "tm02"),
 parks=[
  park(SQ, "重庆", "重庆", "经济开发区", "重庆双桥经济开发区:聚焦年度目标 增强发展动力", district="大足区", aliases=["重庆双桥经开区"],
       note="标题全称；文中作“重庆双桥经开区”“经开区”"),
 ],
 companies=[
  comp("足航钢铁", SQ, B6, note="园区由语境推定"),
  comp("壬顺金属", SQ, B6, note="园区由语境推定"),
 ],
 aggregate_facts=[
  fact(SQ, "park", "gdp_growth", 0.106, "ratio", "GDP增速为10.6%,工业增加值增速为11.8%", AS2, kind="ratio"),
  fact(SQ, "park", "industrial_value_added_growth", 0.118, "ratio", "工业增加值增速为11.8%", AS2, kind="ratio"),
  fact(SQ, "park", "industrial_output_above_scale_cny", 1.978e10, "cny", B1, AS2, chk=True),
  fact(SQ, "park", "industrial_output_above_scale_growth", 0.276, "ratio", B1, AS2, kind="ratio"),
  fact(SQ, "park", "construction_output_cny", 1.39e9, "cny", "建筑产值完成13.9亿元、增长8.9%", AS2, chk=True, opt=True),
  fact(SQ, "park", "construction_output_growth", 0.089, "ratio", "建筑产值完成13.9亿元、增长8.9%", AS2, kind="ratio", opt=True),
  fact(SQ, "park", "fixed_asset_investment_cny", 5.63e9, "cny", B2, AS2, chk=True),
  fact(SQ, "park", "industrial_investment_cny", 4.47e9, "cny", "工业投资完成44.7亿元", AS2, chk=True),
  fact(SQ, "park", "construction_installation_investment_cny", 4.61e9, "cny", B3, AS2, chk=True, opt=True),
  fact(SQ, "park", "real_estate_investment_cny", 6.9e8, "cny", "房地产开发投资完成6.9亿元", AS2, chk=True, opt=True),
  fact(SQ, "park", "retail_sales_cny", 4.38e9, "cny", B4, AS2, chk=True),
  fact(SQ, "park", "retail_sales_growth", 0.102, "ratio", B4, AS2, kind="ratio", opt=True),
  fact(SQ, "park", "new_tech_firms", 26, "count", "新增科技型企业26家,新增发明专利19件", AS2),
  fact(SQ, "park", "new_invention_patents", 19, "count", "新增发明专利19件", AS2, opt=True),
  fact(SQ, "park", "industrial_output_share_of_district", 0.469, "ratio", "其产值占全区总额46.9%", AS2, kind="ratio", opt=True, note="“全区”应指大足区"),
  fact(SQ, "park", "private_firms_output_cny", 1.511e10, "cny", B5, AS2, chk=True),
  fact(SQ, "park", "private_firms_output_growth", 0.399, "ratio", B5, AS2, kind="ratio", opt=True),
  fact(SQ, "park", "private_firms_output_share", 0.764, "ratio", B5, AS2, kind="ratio"),
  fact(SQ, "park", "private_firms_contribution_to_growth", 1.006, "ratio", B5, AS2, kind="ratio", opt=True),
  fact(SQ, "park", "auto_industry_output_cny", 8.98e9, "cny", "汽车产业实现产值89.8亿元", AS2, chk=True),
  fact("足航钢铁", "company", "electricity_use_growth", 7.45, "ratio", B6, AS2, kind="ratio"),
  fact("壬顺金属", "company", "electricity_use_growth", 5.569, "ratio", B6, AS2, kind="ratio"),
  fact(SQ, "park", "circular_economy_output_growth", 3.726, "ratio", "循环经济产业增长较快,增长372.6%", AS2, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- tm03 湘西州产业园区 前三季度 (团结报 on 红网 2015)
XX = "湘西州"
C1 = "实现技工贸总收入152亿元,同比增长7.2%"
C2 = "前三季度,全州9个省级及以上产业园区实现工业企业主营业务收入126亿元"
C3 = "技工贸收入增长较快的园区有3家,分别是湘西经开区同比增长40.1%、凤凰工业集中区同比增长29.1%、保靖工业集中区同比增长26.2%"
C4 = "全州园区实现利润、上交税金分别为9.1亿元、6.1亿元,同比分别增长14.9%和11.1%"
C5 = "截至9月底,全州省级及以上产业园区内共有企业314家,本年新增企业20家"
C6 = "拥有标准厂房面积839942平方米,新开工固定资产投资项目45个,本年完成固定资产投资总额38.9亿元,同比增长51.9%"
AS3 = "2015年1–9月"
G["tm03"] = dict(
 article=art("前3季度湘西州产业园区实现技工贸总收入152亿", "团结报（记者 周名猛 通讯员 闫雪晴），载于红网 moment.rednet.cn", "2015-10-27", "day",
  "Prefecture daily on a provincial portal, Hunan: the prefecture statistics bureau's release on its provincial-level industrial parks for the first three quarters — combined revenue by sector, the three fastest-growing parks, profit and tax, firm counts, factory space, projects started and investment",
  "http://moment.rednet.cn/rednetcms/news/localNews/20151027/271921.html",
  "日期取网址 20151027 与页面“10-27 09:17”。标题照录；“团结报”来源行与时间行已删。正文三段，完整（署名在末）。园区：湘西经开区（湘西经济开发区；湘西土家族苗族自治州，湖南）、凤凰工业集中区（凤凰县）、保靖工业集中区（保靖县），各有技工贸收入增速。全州“9个省级及以上产业园区”的合计数记于 subject “湘西州”（region；note 注“园区合计”），不另立园区。机构：湘西州统计局（可选）。事实均为2015年前三季度（截至9月底）：技工贸总收入152亿元、增7.2%；工业企业主营业务收入126亿元，建筑业1.9亿元、批零6.6亿元、规上服务业0.6亿元、房地产8.6亿元（后四项可选）；三园区增速；利润9.1亿元、上交税金6.1亿元及增速；园区企业314家、本年新增20家；标准厂房839942平方米；新开工项目45个；本年固定资产投资38.9亿元（cumulative）、增51.9%。",
  "tm03"),
 parks=[
  park("湘西经开区", "湘西州", "湖南", "经济开发区", C3, note="湘西经济开发区"),
  park("凤凰工业集中区", "湘西州", "湖南", "工业集中区", C3, district="凤凰县"),
  park("保靖工业集中区", "湘西州", "湖南", "工业集中区", C3, district="保靖县"),
 ],
 institutions=[
  inst("湘西州统计局", "记者从湘西州统计局获悉", note="数据发布机构"),
 ],
 aggregate_facts=[
  fact(XX, "region", "parks_tech_industry_trade_revenue_cny", 1.52e10, "cny", C1, AS3, chk=True, note="全州省级及以上产业园区合计技工贸总收入"),
  fact(XX, "region", "parks_tech_industry_trade_revenue_growth", 0.072, "ratio", C1, AS3, kind="ratio", note="园区合计"),
  fact(XX, "region", "provincial_level_parks", 9, "count", C2, AS3, opt=True),
  fact(XX, "region", "parks_industrial_main_business_revenue_cny", 1.26e10, "cny", "实现工业企业主营业务收入126亿元", AS3, chk=True, note="园区合计"),
  fact(XX, "region", "parks_construction_revenue_cny", 1.9e8, "cny", "建筑业企业主营业务收入1.9亿元", AS3, chk=True, opt=True),
  fact(XX, "region", "parks_wholesale_retail_revenue_cny", 6.6e8, "cny", "批零企业主营业务收入6.6亿元", AS3, chk=True, opt=True),
  fact(XX, "region", "parks_services_revenue_cny", 6e7, "cny", "规模以上服务业企业主营业务收入0.6亿元", AS3, chk=True, opt=True),
  fact(XX, "region", "parks_real_estate_revenue_cny", 8.6e8, "cny", "房地产企业主营业务收入8.6亿元", AS3, chk=True, opt=True),
  fact("湘西经开区", "park", "tech_industry_trade_revenue_growth", 0.401, "ratio", C3, AS3, kind="ratio"),
  fact("凤凰工业集中区", "park", "tech_industry_trade_revenue_growth", 0.291, "ratio", C3, AS3, kind="ratio"),
  fact("保靖工业集中区", "park", "tech_industry_trade_revenue_growth", 0.262, "ratio", C3, AS3, kind="ratio"),
  fact(XX, "region", "parks_profit_cny", 9.1e8, "cny", C4, AS3, chk=True, note="园区合计"),
  fact(XX, "region", "parks_tax_paid_cny", 6.1e8, "cny", "6.1亿元,同比分别增长14.9%和11.1%", AS3, chk=True, note="园区合计；上交税金"),
  fact(XX, "region", "parks_profit_growth", 0.149, "ratio", C4, AS3, kind="ratio", opt=True),
  fact(XX, "region", "parks_tax_paid_growth", 0.111, "ratio", C4, AS3, kind="ratio", opt=True),
  fact(XX, "region", "parks_firms", 314, "count", C5, "2015年9月末", note="园区内企业合计"),
  fact(XX, "region", "parks_new_firms", 20, "count", "本年新增企业20家", AS3, kind="cumulative"),
  fact(XX, "region", "parks_standard_factory_area_m2", 839942, "m2", C6, "2015年9月末", opt=True),
  fact(XX, "region", "parks_projects_started", 45, "count", C6, AS3, note="新开工固定资产投资项目"),
  fact(XX, "region", "parks_fixed_asset_investment_cny", 3.89e9, "cny", "本年完成固定资产投资总额38.9亿元,同比增长51.9%", AS3, kind="cumulative", chk=True),
  fact(XX, "region", "parks_fixed_asset_investment_growth", 0.519, "ratio", "本年完成固定资产投资总额38.9亿元,同比增长51.9%", AS3, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- tm04 东台 经济开发区谋篇布局开启新征程 (东台报业网 2019)
DT = "东台经济开发区"
D1 = "园区综合实力上升到全省省级开发区第11位,获评盐城5A级园区、列省级开发区第一"
D2 = "工业开票销售、一般公共预算收入分别同比增长14.2%、8%"
D3 = "全年培育销售超亿元企业29家、星级企业21家,新签约亿元以上项目14个、开工13个"
D4 = "全年完成工业开票销售突破300亿元,其中规上工业开票销售超200亿元"
G["tm04"] = dict(
 article=art("经济开发区谋篇布局开启新征程", "东台报业网（www.dtxww.com，要闻；署名唐雅，来源栏“未知”）", "2019-02-14", "day",
  "County-level city's newspaper site, Jiangsu: a provincial development zone's work meeting — last year's ranking and titles, growth of invoiced sales and budget revenue, firms with sales over 100 million, projects signed and started; this year's ranking and sales goals",
  "http://www.dtxww.com/site/content.html?key=5c64d96678d069ea1c8b4568&father_key=5823da05d7af1495008b46a8",
  "日期取页面“日期:2019-02-14 10:57:31”（会议为2月12日下午）。标题照录；站点口号、页内重复标题“…-东台报业网”、“当前位置”、来源点击日期行，以及正文前重复首段并截断的导读行均已删（make_txt.py 取第二次出现的首段）。正文三段，完整（署名“(唐雅)”在末）。园区：文中只作“经济开发区”“开发区”“该区”“园区”，由东台报业网与“副市长、经济开发区党工委书记”推定为东台经济开发区（江苏省级开发区；盐城市代管东台市）——gold 名称不在文中，注明；“东区载体”为开发区东区，不另列。事实：2018年全省省级开发区第11位；工业开票销售增14.2%、一般公共预算收入增8%；培育销售超亿元企业29家、星级企业21家（可选）；新签约亿元以上项目14个、开工13个；2019年目标：工业开票销售突破300亿元、其中规上超200亿元（target），综合实力跻身全省省级开发区前10强（可选）。",
  "tm04"),
 parks=[
  park(DT, "盐城", "江苏", "省级经济开发区", "2月12日下午,经济开发区召开全区重点工作推进会", district="东台市", aliases=["经济开发区"],
       note="文中只作“经济开发区”“开发区”；全称由出处推定"),
 ],
 aggregate_facts=[
  fact(DT, "park", "provincial_dev_zone_rank", 11, "rank", D1, "2018年", note="全省省级开发区综合实力排名"),
  fact(DT, "park", "industrial_invoiced_sales_growth", 0.142, "ratio", D2, "2018年", kind="ratio"),
  fact(DT, "park", "general_budget_revenue_growth", 0.08, "ratio", D2, "2018年", kind="ratio"),
  fact(DT, "park", "firms_sales_over_100m_cultivated", 29, "count", D3, "2018年", note="培育销售超亿元企业"),
  fact(DT, "park", "star_firms_cultivated", 21, "count", D3, "2018年", opt=True),
  fact(DT, "park", "projects_signed", 14, "count", D3, "2018年", note="亿元以上项目"),
  fact(DT, "park", "projects_started", 13, "count", D3, "2018年", note="亿元以上项目"),
  fact(DT, "park", "industrial_invoiced_sales_cny", 3e10, "cny", D4, "2019年（目标）", kind="target", qual="超", qtext="突破", chk=True),
  fact(DT, "park", "above_scale_industrial_invoiced_sales_cny", 2e10, "cny", "其中规上工业开票销售超200亿元", "2019年（目标）", kind="target", qual="超", qtext="超", chk=True),
  fact(DT, "park", "provincial_dev_zone_rank", 10, "rank", "确保综合实力跻身全省省级开发区前10强", "2019年（目标）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- tm05 金坛开发区 (金坛时报 via i.xpaper.net, 2018)
JT = "金坛经济开发区"
ZD = "中德(金坛)创新产业区"
E1 = "开发区是我区经济发展的主战场,行政管辖面积171平方公里,核心区面积27.5平方公里"
E2 = "特别是今年以来,累计引进外资项目12个,协议总投资6.45亿美元,项目总数及协议投资总额超过了前五年总和"
E3 = "同时规划建设中德(金坛)创新产业区和智谷科技园两个高质量项目平台"
E4 = "2016年至2018年,分别完成国内生产总值236.3亿元、314.5亿元、365亿元,预计年均增长24.5%"
E5 = "分别完成工业开票销售506亿元、639.4亿元、785亿元,预计年均增长27.9%"
E6 = "分别完成工业实际投入70.3亿元、93.8亿元、106亿元,预计年均增长17.4%"
G["tm05"] = dict(
 article=art("（无标题）金坛开发区三年项目引进与2016—2018年主要指标", "金坛时报（i.xpaper.net/JTSB008 电子版，第2285期；署名臧风华）", "2018", "year",
  "District weekly's e-paper, Jiangsu: a development zone's profile and three-year record — area, industry chains, foreign projects and contracted investment this year, two planned sub-platforms, projects under way, GDP, invoiced sales and industrial investment for 2016–2018 with average growth",
  "https://i.xpaper.net/JTSB008/news/2285/14049/71555-1.shtml",
  "存段无标题、无日期行（title 为编者概括）。日期：页面只有期号 2285；文中“今年以来,累计引进外资项目12个”与“2016年至2018年…预计年均增长”表明写于2018年（应为年末），记 2018（year）——real58 曾因无法定日而未用，此处按文意定年，注明。正文一段，完整（“本报讯”与末尾署名“臧风华”照录）。园区：“开发区”“我区”指常州市金坛区的金坛经济开发区（江苏；名称由出处推定，gold 名称不在文中）；中德(金坛)创新产业区、智谷科技园为开发区“规划建设”的两个项目平台（园区，parent 金坛经济开发区，状态为规划中）。未点名公司或项目。事实：行政管辖面积171平方公里、核心区27.5平方公里；今年以来引进外资项目12个、协议总投资6.45亿美元（cumulative）；130多个项目在建或竣工投产（三年来，余，可选）；2016/2017/2018年 GDP 236.3亿元 / 314.5亿元 / 365亿元，工业开票销售506 / 639.4 / 785亿元，工业实际投入70.3 / 93.8 / 106亿元（2018年数或为预计，note）；三项“预计年均增长”24.5% / 27.9% / 17.4%（ratio，as_of 注预计）。“我区”GDP 是否为开发区口径：文意为开发区所完成，归开发区。",
  "tm05"),
 parks=[
  park(JT, "常州", "江苏", "经济开发区", E1, district="金坛区", note="文中只作“开发区”；全称由出处（金坛时报）推定"),
  park(ZD, "常州", "江苏", "产业区（中德合作）", E3, district="金坛区", parent=JT, note="规划建设的项目平台"),
  park("智谷科技园", "常州", "江苏", "科技园", E3, district="金坛区", parent=JT, note="规划建设的项目平台"),
 ],
 aggregate_facts=[
  fact(JT, "park", "admin_area_km2", 171, "km2", E1, "2018年"),
  fact(JT, "park", "core_area_km2", 27.5, "km2", E1, "2018年"),
  fact(JT, "park", "foreign_projects_introduced", 12, "count", E2, "2018年（今年以来）", kind="cumulative"),
  fact(JT, "park", "contracted_foreign_investment_usd", 6.45e8, "usd", "协议总投资6.45亿美元", "2018年（今年以来）", kind="cumulative"),
  fact(JT, "park", "projects_under_construction_or_completed", 130, "count", "三年来有130多个项目正在加速建设、或竣工投产", "2016–2018年", kind="cumulative", qual="余", qtext="多", opt=True),
  fact(JT, "park", "gdp_cny", 2.363e10, "cny", "分别完成国内生产总值236.3亿元", "2016年", chk=True),
  fact(JT, "park", "gdp_cny", 3.145e10, "cny", "314.5亿元、365亿元", "2017年", chk=True),
  fact(JT, "park", "gdp_cny", 3.65e10, "cny", "365亿元,预计年均增长24.5%", "2018年", chk=True, note="写于2018年内，或为预计"),
  fact(JT, "park", "gdp_avg_annual_growth", 0.245, "ratio", E4, "2016–2018年（预计）", kind="ratio"),
  fact(JT, "park", "industrial_invoiced_sales_cny", 5.06e10, "cny", E5, "2016年", chk=True),
  fact(JT, "park", "industrial_invoiced_sales_cny", 6.394e10, "cny", "639.4亿元、785亿元", "2017年", chk=True),
  fact(JT, "park", "industrial_invoiced_sales_cny", 7.85e10, "cny", "785亿元,预计年均增长27.9%", "2018年", chk=True, note="写于2018年内，或为预计"),
  fact(JT, "park", "industrial_invoiced_sales_avg_annual_growth", 0.279, "ratio", E5, "2016–2018年（预计）", kind="ratio"),
  fact(JT, "park", "industrial_investment_cny", 7.03e9, "cny", E6, "2016年", chk=True, note="工业实际投入"),
  fact(JT, "park", "industrial_investment_cny", 9.38e9, "cny", "93.8亿元、106亿元", "2017年", chk=True, note="工业实际投入"),
  fact(JT, "park", "industrial_investment_cny", 1.06e10, "cny", "106亿元,预计年均增长17.4%", "2018年", chk=True, note="工业实际投入；或为预计"),
  fact(JT, "park", "industrial_investment_avg_annual_growth", 0.174, "ratio", E6, "2016–2018年（预计）", kind="ratio"),
 ])

# ---------------------------------------------------------------- tm06 广元 产业园区和项目建设现场会 (四川在线 2015)
GY = "广元经开区"
F1 = "青川庄子产业园在不到一年半的时间内,基本完成3000亩土地场平"
F2 = "旺苍黄洋建材产业园、广元经开区今年新开工建设的石龙工业园肖家场平,力度大、速度快,园区雏形初现"
F3 = "今年1-7月,全市新开工工业项目63个,已竣工工业项目42个,投资额5000万元以下的占33%;完成工业投资105亿元"
AS6 = "2015年1–7月"
G["tm06"] = dict(
 article=art("（无标题）广元市召开全市产业园区和项目建设现场会", "四川在线（www.swol.com.cn；存段无署名）", "2015-08-28", "day",
  "Provincial news portal, Sichuan: a city's on-site meeting on industrial parks and projects — land levelled in one county park, a zone's new sub-park site works started, the city's park trends, industrial projects started and completed and industrial investment so far this year",
  "https://www.swol.com.cn/swol/2015/8/28/37702/1",
  "日期取网址 2015/8/28（会议8月26日—27日）。存段无标题（title 为编者概括）；图片占位“![]() |”已删。正文三段；存段止于“…完成工业投资105亿元。”，是否另有后文不详。园区：青川庄子产业园（青川县）、旺苍黄洋建材产业园（旺苍县）、广元经开区（广元经济技术开发区）、石龙工业园（“广元经开区今年新开工建设的石龙工业园”，parent 广元经开区）；均在广元市，四川。项目：石龙工业园肖家场平（广元经开区今年新开工建设 → 开工；园区记石龙工业园；无金额）。事实：庄子产业园基本完成3000亩土地场平；全市1—7月新开工工业项目63个、已竣工42个、5000万元以下项目占33%（可选）、完成工业投资105亿元（subject 广元市，region）。",
  "tm06"),
 parks=[
  park("青川庄子产业园", "广元", "四川", "产业园", F1, district="青川县"),
  park("旺苍黄洋建材产业园", "广元", "四川", "产业园（建材）", F2, district="旺苍县"),
  park(GY, "广元", "四川", "经济技术开发区", F2, note="又见“深入各县区、广元经开区的园区和项目建设一线”"),
  park("石龙工业园", "广元", "四川", "工业园", F2, parent=GY, note="广元经开区今年新开工建设"),
 ],
 projects=[
  proj("石龙工业园肖家场平", "石龙工业园", F2, status="开工", status_text="今年新开工建设", note="广元经开区建设；场地平整工程；无金额"),
 ],
 aggregate_facts=[
  fact("青川庄子产业园", "park", "land_leveled_mu", 3000, "mu", F1, "2015年8月", note="不到一年半内基本完成"),
  fact("广元市", "region", "industrial_projects_started", 63, "count", F3, AS6),
  fact("广元市", "region", "industrial_projects_completed", 42, "count", F3, AS6),
  fact("广元市", "region", "small_projects_share", 0.33, "ratio", F3, AS6, kind="ratio", opt=True, note="投资额5000万元以下项目占比"),
  fact("广元市", "region", "industrial_investment_cny", 1.05e10, "cny", "完成工业投资105亿元", AS6, chk=True),
 ])
