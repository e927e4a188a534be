# real352 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as
# written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); an output figure or a year's planned
# investment is never an investment amount. Growth rates and shares as ratios. Projects: the park is the one the text places
# the project in, null if none (a city is not a park). Status from the text's words (开工建设 / 已经开工建设 → 开工; 正在建设 /
# 正在施工 / 主体封顶 / 内部装修 / 试生产 → 在建; 投产见效 → 投产; 正进行开工准备 / 推动启动建设 → planned; 拟于近期投产 alone →
# no status). “预计/可实现/将达到” figures are kind target; “累计”, “今年以来”, “截至…” counts and sums are cumulative. Sources are
# `search` (corpus pages) excerpts typed into _raw/pages/omNN.raw as returned.

# ---------------------------------------------------------------- om01 长春北湖科技园开园 (长春日报 via 新浪吉林 2014)
BH = "长春北湖科技园"
A0 = "9月5日,长春北湖科技园正式开园,成为长春市推动创新发展的新引擎"
A1 = "长春北湖科技园位于高新区长东北科技创新中心核心区,总占地面积66万平方米"
A2 = "目前,北湖科技园已完成一期建设,签约入驻企业16户"
G["om01"] = dict(
 article=art("长春北湖科技园开园 打造创新发展新引擎", "长春日报（记者杨宝迪），载于新浪吉林 jl.sina.com.cn", "2014-09-09", "day",
  "City daily on a portal's provincial channel, Jilin: a science park opens inside the high-tech zone's northern core — site area, lead industries, phase 1 completed, firms signed to move in",
  "http://jl.sina.com.cn/city/jlkj/2014-09-09/12630.html",
  "日期取页面“来源: 长春日报 2014-09-09 13:44:55”（开园在9月5日）。标题照录；新浪导航与来源行已删；正文首段以“(长春日报 记者杨宝迪)”开头，照录。存段末段在“…为全省全市科技创新和”处中断；该段从“展望未来,”起的整句未完，已删（make_txt.py LINE_SUFFIX），正文截至“…成为吉林省的创新高地和科技特区。”，共四段。园区：长春北湖科技园（文中又作“北湖科技园”“园区”；长春，吉林）；“位于高新区长东北科技创新中心核心区”——文中“高新区”未写全称，不补；长东北科技创新中心列为可选园区，母园区不填。签约入驻企业未点名；省市领导不列。",
  "om01"),
 parks=[
  park(BH, "长春", "吉林", "科技园", A0, aliases=["北湖科技园"], note="位于高新区长东北科技创新中心核心区；文中又作“园区”"),
  park("长东北科技创新中心", "长春", "吉林", "科技创新中心（功能区）", A1, opt=True, note="只作北湖科技园的位置；文中称“高新区长东北科技创新中心”"),
 ],
 aggregate_facts=[
  fact(BH, "park", "site_area_m2", 6.6e5, "m2", A1, "2014年9月"),
  fact(BH, "park", "firms_signed", 16, "count", A2, "2014年9月", note="签约入驻企业"),
 ])

# ---------------------------------------------------------------- om02 通化医药高新区 “十三五” review (yurenzhiyao.com 2020)
TH = "通化医药高新技术产业开发区"
B0 = "回眸“十三五”,通化医药高新技术产业开发区在拼搏中战胜了挑战"
ASB = "2016–2020年（“十三五”）"
G["om02"] = dict(
 article=art("通化医药高新区:实干成就梦想 奋斗赢得未来", "yurenzhiyao.com（企业网站“新闻动态”栏转载；原发媒体与署名未注明）", "2020-12-21", "day",
  "Company website relaying a zone's five-year review, Jilin: a provincial pharmaceutical high-tech zone over the 13th Five-Year Plan — cumulative industrial output and value added, budget revenue, cumulative fixed-asset investment and growth, titles won",
  "http://yurenzhiyao.com/index.php?s=/Home/Article/detail/id/90.html",
  "日期取页面“发布时间:2020-12-21”。标题照录；栏目字“新闻动态”、日期行与段末的“——”（下一节的起头，存段到此为止）已删。正文一段，完整。园区：通化医药高新技术产业开发区（标题作“通化医药高新区”，文中又作“通化高新区”“高新区”“全区”；通化，吉林）。事实：五年来工业总产值累计134.4亿元、工业增加值累计29.7亿元、固定资产投资累计141.3亿元（cumulative）；一般公共财政预算收入达到3.7亿元（2020年水平，reported）、年均增长5%；固定资产投资年均增长33.2%；民营经济占比60%。称号不列为事实；原文“过去五年,是…的一年”如此，照录。",
  "om02"),
 parks=[
  park(TH, "通化", "吉林", "高新技术产业开发区", B0, aliases=["通化医药高新区", "通化高新区"], note="标题作“通化医药高新区”；文中又作“通化高新区”“高新区”“全区”"),
 ],
 aggregate_facts=[
  fact(TH, "park", "industrial_output_cny", 1.344e10, "cny", "全区工业总产值累计实现134.4亿元", ASB, kind="cumulative", chk=True),
  fact(TH, "park", "industrial_value_added_cny", 2.97e9, "cny", "工业增加值累计实现29.7亿元", ASB, kind="cumulative", chk=True),
  fact(TH, "park", "general_budget_revenue_cny", 3.7e8, "cny", "一般公共财政预算收入达到3.7亿元,年均增长5%", "2020年", chk=True),
  fact(TH, "park", "general_budget_revenue_avg_growth", 0.05, "ratio", "一般公共财政预算收入达到3.7亿元,年均增长5%", ASB, kind="ratio", opt=True),
  fact(TH, "park", "private_economy_share", 0.60, "ratio", "民营经济占经济总量的比重和对财政的贡献率均达到60%", "2020年", kind="ratio", opt=True),
  fact(TH, "park", "fixed_asset_investment_cny", 1.413e10, "cny", "累计完成固定资产投资141.3亿元,年均增长33.2%", ASB, kind="cumulative", chk=True),
  fact(TH, "park", "fixed_asset_investment_avg_growth", 0.332, "ratio", "累计完成固定资产投资141.3亿元,年均增长33.2%", ASB, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- om03 延吉高新区双创大厦 topped out (延吉新闻网 via 国际在线 2021)
YJ = "延吉高新技术产业开发区"
C0 = "延吉高新技术产业开发区双创大厦主体工程历时100天建设于近日顺利封顶"
C1 = "该项目位于长白山东路以南、东风街以西,总投资4亿元,规划用地面积3.8万平方米,分三期建成"
C2 = "其中,一期工程投资1.26亿元,建设建筑面积为3.6万平方米的综合办公楼一座"
C3 = "目前,一期工程中的延吉高新区双创大厦综合楼主体已封顶,预计2022年6月30日竣工"
G["om03"] = dict(
 article=art("延吉高新区双创大厦顺利封顶 “科技城”初具雏形", "延吉新闻网（记者 季芳旭），载于国际在线吉林频道 jl.cri.cn（编辑:陈施）", "2021-06-04", "day",
  "City news site on a national broadcaster's provincial channel, Jilin: a national high-tech zone's innovation building tops out — total and phase-1 investment, land and floor areas, completion date, phases 2–3 to start",
  "https://jl.cri.cn/2021-06-04/3f829932-eacf-6707-b924-42ffc64628ef.html",
  "日期取页面“来源:延吉新闻网 | 2021-06-04 17:33:03”（文末“延吉新闻网6月3日讯”）。标题照录；“原标题:…”行（与标题同）、重复的图片标题行、图片说明“延吉高新区双创大厦主体封顶”、编辑行与频道菜单已删。正文三段，完整。园区：延吉高新技术产业开发区（文中又作“延吉高新区”“高新区”；延吉市，延边州，吉林）。项目：延吉高新区双创大厦项目，总投资4亿元，分三期；一期工程投资1.26亿元、综合楼主体已封顶（在建），预计2022年6月30日竣工；二、三期预计年内开工（不另列项目）。一期另列为可选项目。",
  "om03"),
 parks=[
  park(YJ, "延吉", "吉林", "高新技术产业开发区", C0, district="延边朝鲜族自治州", aliases=["延吉高新区"], note="文中又作“延吉高新区”“高新区”"),
 ],
 projects=[
  proj("延吉高新区双创大厦项目", YJ, C1, inv="总投资4亿元", status="在建", status_text="主体已封顶", aliases=["延吉高新区双创大厦", "双创大厦"],
       note="分三期；一期综合楼主体封顶，预计2022年6月30日竣工；二、三期预计年内开工"),
  proj("延吉高新区双创大厦一期工程", YJ, C2, inv="一期工程投资1.26亿元", phase="一期", status="在建", status_text="主体已封顶", opt=True,
       note="一期：综合办公楼一座"),
 ],
 aggregate_facts=[
  fact("延吉高新区双创大厦项目", "project", "site_area_m2", 3.8e4, "m2", C1, "2021年6月", opt=True),
 ])

# ---------------------------------------------------------------- om04 一汽红旗新能源汽车工厂 in 长春国际汽车城 (吉林日报 2021)
QC = "长春国际汽车城"
D0 = "长春国际汽车城内,一汽红旗新能源汽车工厂车间里一派繁忙景象"
D1 = "一汽红旗新能源汽车工厂项目位于长春汽车大路与和谐大街交会处,项目总投资79亿元,总占地面积75万平方米"
D2 = "项目于2020年4月15日开工建设,目前正处于试生产阶段,将于2021年10月末竣工投产"
D3 = "“项目达产后,可年产红旗新能源智能网联汽车20万辆,产值将达到600亿元,可直接带动就业3000余人。”"
G["om04"] = dict(
 article=art("（无标题）一汽红旗新能源汽车工厂——赋能品牌振兴 树立行业标杆", "吉林日报（dajilin.com 报网；本节记者署名存段未示）", "2021-10-25", "day",
  "Provincial daily's multi-part feature (one section stored), Jilin: a carmaker's new-energy vehicle plant in the city's international auto city — total investment, area, start date, trial production and completion date, expected capacity, output and jobs",
  "http://dajilin.com/home/content/2021-10/25/content_620335.html",
  "日期取网址 2021-10/25。存段无总标题、无日期行，开头是四条图片说明（东北亚国际博览中心、一汽红旗新能源汽车工厂、金赛药业、长春中车，均已删——它们属于本版其他小节），随后是小节标题“一汽红旗新能源汽车工厂——”/“赋能品牌振兴 树立行业标杆”（页面分两行，JOIN 原样拼接），作为正文首段保留；title 取小节标题。存段末段在“…也将对中”处中断；“张东明告诉记者,…也将对中”一句已删（LINE_SUFFIX），正文截至“…可直接带动就业3000余人。”，共七段。园区：长春国际汽车城（文中作“长春国际汽车城”，是市里规划建设的汽车产业区，kind 记“汽车城”；长春，吉林）。项目：一汽红旗新能源汽车工厂项目，总投资79亿元，2020年4月15日开工，“目前正处于试生产阶段”，计划2021年10月末竣工投产 → 在建（status_alt 投产：首批车已下线试生产）。公司：一汽集团（“全力支持一汽集团发展”，可选；园区文中未说）。事实：项目达产后产值600亿元（target）、年产20万辆、带动就业3000余人、占地75万平方米（可选）。",
  "om04"),
 parks=[
  park(QC, "长春", "吉林", "汽车城（产业区）", D0, note="文中两次出现；项目所在区域"),
 ],
 companies=[
  comp("一汽集团", None, "这个重大项目是为了全力支持一汽集团发展", opt=True, note="项目为支持一汽集团发展；红旗品牌所属"),
 ],
 projects=[
  proj("一汽红旗新能源汽车工厂项目", QC, D1, companies=["一汽集团"], inv="项目总投资79亿元", status="在建", status_text="正处于试生产阶段",
       status_alt="投产", aliases=["一汽红旗新能源汽车工厂"], note="2020年4月15日开工；试生产中；计划2021年10月末竣工投产"),
 ],
 aggregate_facts=[
  fact("一汽红旗新能源汽车工厂项目", "project", "expected_annual_output_cny", 6e10, "cny", "产值将达到600亿元", "达产后（预期）", kind="target", chk=True),
  fact("一汽红旗新能源汽车工厂项目", "project", "expected_annual_capacity_vehicles", 2e5, "vehicles", D3, "达产后（预期）", kind="target", opt=True),
  fact("一汽红旗新能源汽车工厂项目", "project", "expected_jobs", 3000, "count", D3, "达产后（预期）", kind="target", qual="余", qtext="余", opt=True),
  fact("一汽红旗新能源汽车工厂项目", "project", "site_area_m2", 7.5e5, "m2", D1, "2021年10月", opt=True),
 ])

# ---------------------------------------------------------------- om05 通化东宝生物医药产业园 and 通化 key projects (gt-car.com 2020)
DB = "通化东宝生物医药产业园"
E0 = "总投资20亿元的通化东宝生物医药产业园项目,占地面积525.6亩,规划建筑面积25万平方米"
E1 = "目前,已有2栋生产车间及药物研究院主体封闭,正在进行药物研究院内部装修及设备安装,计划8月底前投入使用"
E2 = "项目全部达产后,年可实现产值120亿元,利税36亿元"
E3 = "今年,实施通化市“一主、六双”产业空间布局重点项目89项,总投资646.2亿元,年度计划投资85亿元"
E4 = "截至7月末,已开复工项目84个,完成投资32.3亿元"
E5 = "重点实施东宝生物医药产业园、天实二期、万通药业化学仿制药生产线等46个项目,总投资256.6亿元,年度计划投资29亿元,已开复工44项,完成投资12.7亿元"
AS5 = "2020年"
AS5b = "2020年1–7月"
G["om05"] = dict(
 article=art("通化市抢抓区域协调发展机遇", "gt-car.com（“国内”栏转载；原发媒体与记者未注明，首段图片说明署“李铭摄”）", "2020-08-13", "day",
  "Website relaying a city report, Jilin: a pharmaceutical firm's industrial park (investment, area, five projects, state of works, expected output and profit-tax), the city's key-project programme and the pharmaceutical corridor's projects with counts, totals and progress to end-July",
  "http://gt-car.com/news/guonei/115398.html",
  "日期取页面“2020-08-13 10:00:59”。标题照录。首段是图片说明（“…(李铭摄)”），含该产业园的主要数字，照录为正文第一段。存段末行“沿鸭绿江开发开”为下一段残文，已删；正文截至“…全面振兴集聚了智慧和力量。”，共三段。园区：通化东宝生物医药产业园（文中作“通化东宝生物医药产业园项目”“东宝生物医药产业园”“园区”；企业建设的产业园，2020—2025年陆续建五个项目；通化，吉林）。“医药健康产业走廊”为产业带，不作园区（其46个项目的数字作 region 事实，可选）。项目：通化东宝生物医药产业园项目（总投资20亿元；2栋车间及研究院主体封闭、装修及设备安装中 → 在建；park 记该产业园本身）；天实二期、万通药业化学仿制药生产线（“重点实施”，无单项金额与状态，园区未说）。公司：通化东宝、万通药业只在名称中（可选）。机构：中科院苏州医工所长春市工程技术研究院、通化市科技局（可选）。事实：产业园项目今年计划投资3亿元（target）、达产后产值120亿元与利税36亿元（target）、占地525.6亩；通化市重点项目89项/646.2亿元/年度计划85亿元、截至7月末开复工84个/完成投资32.3亿元（region）。",
  "om05"),
 parks=[
  park(DB, "通化", "吉林", "产业园（企业建设，生物医药）", E0, aliases=["东宝生物医药产业园"],
       note="文中作“通化东宝生物医药产业园项目”“东宝生物医药产业园”“园区”；总投资20亿元，2020—2025年陆续建设五个项目"),
 ],
 companies=[
  comp("通化东宝", DB, E0, opt=True, note="只在园区名中"),
  comp("万通药业", None, E5, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("中科院苏州医工所长春市工程技术研究院", "中科院苏州医工所长春市工程技术研究院与通化市科技局签订了《科技成果转化合作协议》", kind="research"),
  inst("通化市科技局", "中科院苏州医工所长春市工程技术研究院与通化市科技局签订了《科技成果转化合作协议》"),
 ],
 projects=[
  proj("通化东宝生物医药产业园项目", DB, E0, companies=["通化东宝"], inv="总投资20亿元", status="在建", status_text="主体封闭,正在进行药物研究院内部装修及设备安装",
       aliases=["东宝生物医药产业园"], note="园区开发项目；2栋生产车间及药物研究院主体封闭；研究院计划8月底前投入使用"),
  proj("天实二期", None, E5, phase="二期", note="医药健康产业走廊重点实施项目；无单项金额与状态"),
  proj("万通药业化学仿制药生产线", None, E5, companies=["万通药业"], note="医药健康产业走廊重点实施项目；无单项金额与状态"),
 ],
 aggregate_facts=[
  fact("通化东宝生物医药产业园项目", "project", "planned_annual_investment_cny", 3e8, "cny", "今年计划完成投资3亿元", "2020年（计划）", kind="target", opt=True, chk=True),
  fact("通化东宝生物医药产业园项目", "project", "expected_annual_output_cny", 1.2e10, "cny", E2, "达产后（预期）", kind="target", chk=True),
  fact("通化东宝生物医药产业园项目", "project", "expected_annual_profit_tax_cny", 3.6e9, "cny", "利税36亿元", "达产后（预期）", kind="target", chk=True),
  fact("通化东宝生物医药产业园项目", "project", "site_area_mu", 525.6, "mu", E0, AS5, opt=True),
  fact("通化市", "region", "key_projects", 89, "count", E3, AS5),
  fact("通化市", "region", "key_projects_total_investment_cny", 6.462e10, "cny", "总投资646.2亿元,年度计划投资85亿元", AS5, chk=True),
  fact("通化市", "region", "planned_annual_investment_cny", 8.5e9, "cny", "年度计划投资85亿元", "2020年（计划）", kind="target", chk=True),
  fact("通化市", "region", "projects_started", 84, "count", E4, AS5b, kind="cumulative", note="已开复工"),
  fact("通化市", "region", "investment_completed_cny", 3.23e9, "cny", "完成投资32.3亿元", AS5b, kind="cumulative", chk=True),
  fact("医药健康产业走廊", "region", "key_projects", 46, "count", E5, AS5, opt=True),
  fact("医药健康产业走廊", "region", "key_projects_total_investment_cny", 2.566e10, "cny", "总投资256.6亿元,年度计划投资29亿元", AS5, opt=True, chk=True),
  fact("医药健康产业走廊", "region", "projects_started", 44, "count", E5, AS5b, kind="cumulative", opt=True),
  fact("医药健康产业走廊", "region", "investment_completed_cny", 1.27e9, "cny", "完成投资12.7亿元", AS5b, kind="cumulative", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- om06 中新吉林食品区 projects (中新网 2023)
SP = "吉林(中国—新加坡)食品区"
F0 = "位于当地的吉林(中国—新加坡)食品区(以下简称“中新吉林食品区”)正推动多个重大项目开复工建设"
F1 = "年产值14亿元(人民币,下同)的原制奶酪加工项目,拟于近期投产"
F2 = "吉林省唯一获批的国家EOD项目、投资8.7亿元的蓝靛果种植加工项目已完成场地平整"
F3 = "投资13.59亿元北方农业数字经济产业园项目正在建设"
F4 = "新加坡独资项目、投资12亿元的新加坡食品产业园系列项目正进行开工准备"
F5 = "由泰国正大集团、新加坡新吉丰公司投资的百万头生猪产业化项目、新加坡吉宝讯通公司投资的国际物流园项目已经开工建设"
F6 = "食品区目前正全力推动生物质热电联产、秸秆收储运、沙场综合楼等8个项目启动建设"
G["om06"] = dict(
 article=art("中新吉林食品区推动重大项目开复工", "中国新闻网（记者 石洪宇），载于中新社吉林分社 jl.chinanews.com.cn（编辑:王思博）", "2023-05-15", "day",
  "National news agency's provincial site, Jilin: a Sino-Singapore food zone's press conference — named projects by stage (near production, site levelled, under construction, preparing to start, started), foreign investors, eight more projects to start",
  "http://www.jl.chinanews.com.cn/zxsjzzl/2023-05-15/227827.html",
  "日期取页面“发布时间:2023年05月15日 09:36”（电头“中新网吉林5月13日电”，发布会在5月13日）。标题照录；栏目行、发布时间行、重复的标题行与图片说明（“5月13是,…吉林市委宣传部供图”）已删。存段末段“中新吉林食品区党工委委员、管委会副主任张锡文介”在句中中断，整段删去；正文截至“…等8个项目启动建设。”，共五段。园区：吉林(中国—新加坡)食品区（文中简称“中新吉林食品区”“食品区”；吉林市，吉林；2012年9月启动）。项目：原制奶酪加工项目（“年产值14亿元”是产值不是投资；拟于近期投产 → 状态不填）；蓝靛果种植加工项目（投资8.7亿元，已完成场地平整 → 在建）；北方农业数字经济产业园项目（投资13.59亿元，正在建设 → 在建）；新加坡食品产业园系列项目（投资12亿元，正进行开工准备 → planned）；百万头生猪产业化项目（泰国正大集团、新加坡新吉丰公司投资）与国际物流园项目（新加坡吉宝讯通公司投资）已经开工建设 → 开工；生物质热电联产、秸秆收储运、沙场综合楼（8个待启动项目中点名的三个，planned，可选）。公司三家均在食品区。人员不列。",
  "om06"),
 parks=[
  park(SP, "吉林", "吉林", "国际合作食品区", F0, aliases=["中新吉林食品区", "食品区"], note="文中简称“中新吉林食品区”“食品区”；2012年9月正式启动"),
 ],
 companies=[
  comp("泰国正大集团", SP, F5, note="百万头生猪产业化项目投资方"),
  comp("新加坡新吉丰公司", SP, F5, note="百万头生猪产业化项目投资方"),
  comp("新加坡吉宝讯通公司", SP, F5, note="国际物流园项目投资方"),
 ],
 institutions=[
  inst("吉林市政府新闻办", "记者13日从吉林市政府新闻办召开的新闻发布会获悉"),
 ],
 projects=[
  proj("原制奶酪加工项目", SP, F1, status_text="拟于近期投产", note="年产值14亿元（产值，非投资额）；尚未投产，状态不填"),
  proj("蓝靛果种植加工项目", SP, F2, inv="投资8.7亿元", status="在建", status_text="已完成场地平整", note="国家EOD项目"),
  proj("北方农业数字经济产业园项目", SP, F3, inv="投资13.59亿元", status="在建", status_text="正在建设"),
  proj("新加坡食品产业园系列项目", SP, F4, inv="投资12亿元", status="planned", status_text="正进行开工准备", note="新加坡独资项目"),
  proj("百万头生猪产业化项目", SP, F5, companies=["泰国正大集团", "新加坡新吉丰公司"], status="开工", status_text="已经开工建设", status_alt="在建"),
  proj("国际物流园项目", SP, F5, companies=["新加坡吉宝讯通公司"], status="开工", status_text="已经开工建设", status_alt="在建"),
  proj("生物质热电联产", SP, F6, status="planned", status_text="正全力推动…启动建设", opt=True),
  proj("秸秆收储运", SP, F6, status="planned", status_text="正全力推动…启动建设", opt=True),
  proj("沙场综合楼", SP, F6, status="planned", status_text="正全力推动…启动建设", opt=True),
 ],
 aggregate_facts=[
  fact("原制奶酪加工项目", "project", "expected_annual_output_cny", 1.4e9, "cny", F1, "投产后（预期）", kind="target", chk=True),
  fact(SP, "park", "projects_to_start", 8, "count", F6, "2023年5月", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- om07 长春新区北湖未来科学城 projects (国际在线吉林 2024)
BK = "北湖未来科学城"
CX = "长春新区"
H0 = "今年以来,长春新区北湖未来科学城开复工项目已达201个,总投资1279.2亿元"
H1 = "“大金球”新质生产力促进中心项目目前正在进行内部装修,计划6月末投入使用"
H2 = "建筑面积达8.44万平方米的长春航空航天博览园项目正在加速崛起,目前项目混凝土一次结构施工已经完成"
H3 = "随着长光卫星航天信息产业园二期项目、长光博翔无人机等项目的投产见效"
H4 = "吊臂挥舞、机器轰鸣的传感器产业园年度计划投资1亿元"
H5 = "其中,大医集团创新产业基地项目正在全力施工"
H6 = "目前,生物医药产业方面正在重点推进西安大医集团、中科科大生物医疗器械集团系列等项目"
G["om07"] = dict(
 article=art("（无标题）长春新区北湖未来科学城开复工项目201个 总投资1279.2亿元", "国际在线吉林频道 jl.cri.cn（图片“供图 长春新区新闻中心”；记者署名存段未示）", "2024-04-02", "day",
  "National broadcaster's provincial channel, Jilin: a science city inside a state-level new area in spring — projects started this year and their total, named projects by stage (fit-out, structure done, in production, piling, under construction)",
  "https://jl.cri.cn/2024-04-02/e792c893-bd97-8a39-9b48-d5d3e2657f31.html",
  "存段无标题、无日期行（title 为编者概括）；日期取网址 2024-04-02。五条图片说明（“…航拍外景 供图 长春新区新闻中心”等）已删。存段末行“西安大”为下一段残文，已删；正文截至“…三位一体的创新产业基地。”，共六段。园区：北湖未来科学城（文中作“长春新区北湖未来科学城”“北湖未来科学城”；长春，吉林），母园区长春新区（国家级新区，列为园区）；长新创谷（“科创核心”，可选，母园区北湖未来科学城）。项目：新质生产力促进中心项目（“大金球”，内部装修中 → 在建，计划6月末投用）；长春航空航天博览园项目（一次结构完成 → 在建）；长光卫星航天信息产业园二期项目、长光博翔无人机（投产见效 → 投产）；传感器产业园（静压桩等施工中、计划2024年12月主体封顶 → 在建；“年度计划投资1亿元”是年度计划，不作投资额，记为事实）；大医集团创新产业基地项目（正在全力施工 → 在建）。公司：西安大医集团、中科科大生物医疗器械集团（重点推进，园区北湖未来科学城）；长光卫星、长光博翔只在项目名中（可选）。事实：今年以来开复工项目201个、总投资1279.2亿元（cumulative）。",
  "om07"),
 parks=[
  park(BK, "长春", "吉林", "科学城", H0, parent=CX, aliases=["长春新区北湖未来科学城"], note="文中作“长春新区北湖未来科学城”“北湖未来科学城”"),
  park(CX, "长春", "吉林", "国家级新区", H0, note="只在“长春新区北湖未来科学城”中"),
  park("长新创谷", "长春", "吉林", "科创核心区", "在北湖未来科学城打造的“科创核心”——长新创谷", parent=BK, opt=True),
 ],
 companies=[
  comp("西安大医集团", BK, H6, note="大医集团创新产业基地项目；文中又作“大医集团”", aliases=["大医集团"]),
  comp("中科科大生物医疗器械集团", BK, H6, note="系列项目重点推进"),
  comp("长光卫星", BK, H3, opt=True, note="只在项目名中"),
  comp("长光博翔", BK, H3, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("新质生产力促进中心项目", BK, H1, status="在建", status_text="正在进行内部装修", aliases=["“大金球”新质生产力促进中心项目", "大金球"],
       note="位于长新创谷；计划2024年6月末投入使用"),
  proj("长春航空航天博览园项目", BK, H2, status="在建", status_text="混凝土一次结构施工已经完成"),
  proj("长光卫星航天信息产业园二期项目", BK, H3, companies=["长光卫星"], phase="二期", status="投产", status_text="投产见效"),
  proj("长光博翔无人机", BK, H3, companies=["长光博翔"], status="投产", status_text="投产见效"),
  proj("传感器产业园", BK, "在光电信息产业领域,吊臂挥舞、机器轰鸣的传感器产业园年度计划投资1亿元,项目已经完成临时围挡施工、基础桩实验等内容",
       status="在建", status_text="已经完成临时围挡施工、基础桩实验等内容", note="计划2024年12月完成主体封顶；年度计划投资1亿元（非总投资）"),
  proj("大医集团创新产业基地项目", BK, H5, companies=["西安大医集团"], status="在建", status_text="正在全力施工"),
 ],
 aggregate_facts=[
  fact(BK, "park", "projects_started", 201, "count", H0, "2024年1月至4月初", kind="cumulative", note="开复工项目"),
  fact(BK, "park", "projects_started_investment_cny", 1.2792e11, "cny", "开复工项目已达201个,总投资1279.2亿元", "2024年1月至4月初", kind="cumulative", chk=True),
  fact("传感器产业园", "project", "planned_annual_investment_cny", 1e8, "cny", H4, "2024年（计划）", kind="target", opt=True, chk=True),
  fact("长春航空航天博览园项目", "project", "floor_area_m2", 8.44e4, "m2", H2, "2024年4月", opt=True),
 ])
