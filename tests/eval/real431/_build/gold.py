# real431 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (all seven items simplified script as published); names as written in the text;
# 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a county is not a park). Status from the text's words (开工 / 集中开工
# → 开工; 在建 where the text describes work under way; 即将开工 → planned). Year-to-date figures (“今年以来”, “截至”,
# “累计”) are cumulative; plans and expected figures are target. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/lnNN.raw as returned.

# ---------------------------------------------------------------- ln01 郑州 观摩 (郑州日报 2010)
JK = "经开区产业集聚区"
GX = "高新区产业集聚区"
A1 = "观摩组首先来到经开区产业集聚区,这里是一派热火朝天的建设场景"
A2 = "今年前5个月,该区在建项目42个,今年计划开工40个"
A3 = "郑州旭飞液晶玻璃基板项目一期投资9亿元,建设一条年产55万片5代液晶玻璃基板生产线,项目正式投产后年产值3.5亿元、年利税2亿元"
A4 = "目前,总投资25亿元的二期项目也即将开工,三条线预计可实现年产值11亿元,利税6.6亿元"
A5 = "其年产15万台节能高效发动机项目计划总投资6.9亿元,截至目前,累计完成投资8992.8万元,占年度计划50%"
A6 = "今年前5个月,高新区产业集聚区在建项目82个,今年计划完成投资72亿元"
G["ln01"] = dict(
 article=art("重点项目建设顺利推进 省观摩组莅郑考察指导工作", "郑州日报（记者 孟斌），zzrb.zynews.cn 数字报第01版", "2010-06-21", "day",
  "City daily, Henan: a provincial inspection group tours the city's key projects and two industrial cluster zones — projects under construction and planned in each zone, a glass-substrate project's first phase (investment, capacity, expected output) and its upcoming second phase, a car-engine project's investment to date",
  "https://zzrb.zynews.cn/html/2010-06/21/content_198193.htm",
  "日期取网址 2010-06/21（文中“昨日”即2010年6月20日观摩）。标题与副题照录（两行合为一行）；数字报版面目录、导航行已删。存段在“观摩人员认真听取”处中断，该残句已删，正文截至“…今年计划完成投资72亿元。”，共四段。园区：经开区产业集聚区（郑州经济技术开发区的产业集聚区；文中只作此名）、高新区产业集聚区（文中又作“高新区”）。公司：郑州旭飞光电科技有限公司（在经开区产业集聚区）；海马汽车——文中未明说园区，叙述在经开区之后、“随后…高新区”之前，推定在经开区产业集聚区（note）。项目：郑州旭飞液晶玻璃基板项目一期（投资9亿元；“项目正式投产后”→未投产，状态不标）；二期（总投资25亿元，“即将开工”→planned）；海马汽车年产15万台节能高效发动机项目（计划总投资6.9亿元，已完成投资、今年设备安装调试→在建）。事实：两区“今年前5个月”在建项目数（cumulative）、经开区今年计划开工40个与高新区今年计划完成投资72亿元（target）、旭飞预计产值（target）、海马项目累计完成投资（cumulative）。",
  "ln01"),
 parks=[
  park(JK, "郑州", "河南", "产业集聚区", A1, note="郑州经济技术开发区的产业集聚区；文中又作“该区”"),
  park(GX, "郑州", "河南", "产业集聚区", A6, aliases=["高新区"], note="文中先作“高新区”"),
 ],
 companies=[
  comp("郑州旭飞光电科技有限公司", JK, "在郑州旭飞光电科技有限公司,观摩人员听取了企业负责人的情况介绍", aliases=["郑州旭飞"], note="“郑州旭飞”只在项目名中"),
  comp("海马汽车", JK, "海马汽车是观摩组考察的又一个重点工业项目", note="园区由叙述顺序推定（经开区之后、高新区之前）"),
 ],
 institutions=[
  inst("省重点项目观摩团第二观摩组", "由省委常委、常务副省长李克,副省长徐济超带队的省重点项目观摩团第二观摩组来到郑州", opt=True),
 ],
 projects=[
  proj("郑州旭飞液晶玻璃基板项目一期", JK, A3, companies=["郑州旭飞光电科技有限公司"], inv="投资9亿元", phase="一期",
       note="“项目正式投产后”：尚未投产，文中未给状态"),
  proj("郑州旭飞液晶玻璃基板项目二期", JK, A4, companies=["郑州旭飞光电科技有限公司"], inv="总投资25亿元", phase="二期",
       status="planned", status_text="即将开工", aliases=["二期项目"]),
  proj("海马汽车年产15万台节能高效发动机项目", JK, A5, companies=["海马汽车"], inv="计划总投资6.9亿元", status="在建",
       status_text="累计完成投资…今年将进行设备安装和调试", aliases=["年产15万台节能高效发动机项目"],
       note="2009年正式启动，计划明年（2011年）建成投产；园区推定"),
 ],
 aggregate_facts=[
  fact(JK, "park", "projects_under_construction", 42, "count", A2, "2010年1–5月", kind="cumulative"),
  fact(JK, "park", "projects_planned_to_start", 40, "count", A2, "2010年（计划）", kind="target"),
  fact("郑州旭飞光电科技有限公司", "company", "expected_annual_output_cny", 3.5e8, "cny", "项目正式投产后年产值3.5亿元、年利税2亿元", "一期投产后（预计）", kind="target", chk=True),
  fact("郑州旭飞光电科技有限公司", "company", "expected_annual_profit_tax_cny", 2e8, "cny", "年利税2亿元", "一期投产后（预计）", kind="target", opt=True, chk=True),
  fact("郑州旭飞光电科技有限公司", "company", "expected_annual_output_cny", 1.1e9, "cny", "三条线预计可实现年产值11亿元,利税6.6亿元", "三条线建成后（预计）", kind="target", opt=True, chk=True),
  fact("海马汽车年产15万台节能高效发动机项目", "project", "completed_investment_cny", 8.9928e7, "cny", "累计完成投资8992.8万元,占年度计划50%", "2010年6月", kind="cumulative", chk=True),
  fact("海马汽车年产15万台节能高效发动机项目", "project", "share_of_annual_plan_completed", 0.5, "ratio", "累计完成投资8992.8万元,占年度计划50%", "2010年6月", kind="ratio", opt=True),
  fact(GX, "park", "projects_under_construction", 82, "count", A6, "2010年1–5月", kind="cumulative"),
  fact(GX, "park", "planned_annual_investment_cny", 7.2e9, "cny", "今年计划完成投资72亿元", "2010年（计划）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- ln02 周口 11个产业集聚区 (周口日报 2011)
ZK = "周口市产业集聚区（全市11个）"
B1 = "截至2010年,全市11个产业集聚区累计完成投资358.6亿元,其中基础设施完成投资67.28亿元、标准化厂房完成投资32.87亿元、工业项目投资224.4亿元,新开工项目271个,投产项目145个,在建项目227个"
B2 = "全市 11个产业集聚区建成区面积为61.36平方公里,11个产业集聚区共入驻企业662家,完成销售收入 590.4亿元,税收20.36亿元,就业人员达到18万人"
ASB = "截至2010年末"
G["ln02"] = dict(
 article=art("产业集聚区:周口现代化的窗口和希望", "周口日报（本报记者 刘彦章），zhld.com 数字报第01版", "2011-03-19", "day",
  "City daily feature, Henan: the city's eleven industrial cluster zones at the end of the 11th Five-Year Plan — cumulative investment by kind, projects started / in production / under construction, built-up area, firms, sales, tax and jobs",
  "http://www.zhld.com/zkrb/html/2011-03/19/content_126603.htm",
  "日期取数字报“2011年3月19日”。标题照录；版面、导航行与署名行“本报记者 刘彦章”已删（署名记入 outlet）。存段末段“基础设施进一步完善。集中土地…居住设施建”在句中中断，整段删去；上一段末的引语“具体表现在——”（其后分项未存）亦删，正文截至“…重要支撑。”，共三段。原文“全市 11个”“销售收入 590.4亿元”中的空格照录。园区：文中只说“全市11个产业集聚区”，未点名任何一个；扶沟、沈丘、鹿邑、淮阳、太康为县（市），不列园区。事实均为全市11个产业集聚区合计（subject 记“周口市产业集聚区（全市11个）”，subject_type region），截至2010年：累计投资及三项分项、新开工/投产/在建项目数、建成区面积、入驻企业、销售收入、税收、就业（cumulative / reported）。",
  "ln02"),
 parks=[],
 companies=[],
 institutions=[],
 projects=[],
 aggregate_facts=[
  fact(ZK, "region", "parks_count", 11, "count", B1, ASB),
  fact(ZK, "region", "cumulative_investment_cny", 3.586e10, "cny", "全市11个产业集聚区累计完成投资358.6亿元", ASB, kind="cumulative", chk=True),
  fact(ZK, "region", "infrastructure_investment_cny", 6.728e9, "cny", "基础设施完成投资67.28亿元", ASB, kind="cumulative", opt=True, chk=True),
  fact(ZK, "region", "standard_factory_investment_cny", 3.287e9, "cny", "标准化厂房完成投资32.87亿元", ASB, kind="cumulative", opt=True, chk=True),
  fact(ZK, "region", "industrial_project_investment_cny", 2.244e10, "cny", "工业项目投资224.4亿元", ASB, kind="cumulative", opt=True, chk=True),
  fact(ZK, "region", "projects_started", 271, "count", B1, ASB, kind="cumulative"),
  fact(ZK, "region", "projects_in_production", 145, "count", B1, ASB, kind="cumulative"),
  fact(ZK, "region", "projects_under_construction", 227, "count", B1, ASB),
  fact(ZK, "region", "built_up_area_km2", 61.36, "km2", B2, ASB),
  fact(ZK, "region", "enterprises", 662, "count", B2, ASB),
  fact(ZK, "region", "sales_revenue_cny", 5.904e10, "cny", "完成销售收入 590.4亿元", "2010年", chk=True),
  fact(ZK, "region", "tax_revenue_cny", 2.036e9, "cny", "税收20.36亿元", "2010年", chk=True),
  fact(ZK, "region", "jobs", 180000, "count", B2, ASB, note="“就业人员达到18万人”"),
 ])

# ---------------------------------------------------------------- ln03 武陟 产业集聚区 观摩 (2012)
WZ = "武陟县产业集聚区"
C1 = "今年以来,我县投资5亿元在县产业集聚区实施了5条总长20公里道路及配套管网、15公里电网、3万平方米职工公寓和公租房,以及2万平方米集聚区新型社区建设"
C2 = "县产业集聚区引进亿元以上项目31个,其中5亿元以上项目8个,10亿元以上项目4个"
C3 = "县产业集聚区规划面积由16.42平方公里调整为19.96平方公里,现入驻企业198家,其中规模以上企业91家"
C4 = "截至7月底,固定资产投资完成50.9亿元,居全省第12位,较去年前进40个位次"
C5 = "主营业务收入完成135亿元,居全省第17位,前进24个位次"
C6 = "观摩团一行首先来到总投资10亿元的辅仁集团武陟医药产业园项目建设现场,察看项目建设进展情况"
C7 = "该项目目前已完成投资2.9亿元,冻干粉针剂、水针、口服固体制剂等6个生产车间已建成"
ASC = "2012年1–7月"
G["ln03"] = dict(
 article=art("（无标题）焦作市领导带队到武陟县观摩产业集聚区重点项目建设", "epaper.jzrb.com 数字报（报名与版次存段未示；文称“我县”；记者 冯振乾、翟晓飞）", "2012-09-24", "day",
  "Newspaper report from a county's point of view, Henan: a city inspection tour of the county's industrial cluster zone — infrastructure investment this year, projects introduced by size, planned area revised, firms, investment and revenue with provincial ranks, a pharmaceutical park project's investment to date and schedule",
  "http://epaper.jzrb.com/rb/html/2012-09/24/content_147138.htm",
  "日期取网址 2012-09/24（观摩在9月19日下午）。存段无标题（title 为编者概括）。存段在“他希望项”处中断，该残句已删，正文截至“…孙立坤十分高兴。”，共三段。园区：文中只作“县产业集聚区”“产业集聚区”“集聚区”（“莅临我县”）；县名取自项目名“辅仁集团武陟医药产业园”，园区名记“武陟县产业集聚区”（文中无此全称，别名“县产业集聚区”照录；焦作市，河南）。项目：辅仁集团武陟医药产业园项目（总投资10亿元；已完成投资2.9亿元、6个车间已建成、计划明年上半年试生产→在建；园区由“产业集聚区重点项目建设情况进行集中观摩”推定）。辅仁集团只在项目名中（可选公司）。事实：今年以来基础设施投资5亿元（cumulative）、引进亿元以上项目31个（及分档，可选）、规划面积调整后19.96平方公里、入驻企业198家、规模以上91家、截至7月底固定资产投资50.9亿元和主营业务收入135亿元（cumulative；全省位次可选）、项目已完成投资2.9亿元、建成后年产值10亿元（target）。",
  "ln03"),
 parks=[
  park(WZ, "焦作", "河南", "产业集聚区", C2, district="武陟县", aliases=["县产业集聚区"], note="文中无全称；县名由项目名与“我县”推定"),
 ],
 companies=[
  comp("辅仁集团", WZ, C6, opt=True, note="只在项目名中；园区推定"),
 ],
 institutions=[],
 projects=[
  proj("辅仁集团武陟医药产业园项目", WZ, C6, companies=["辅仁集团"], inv="总投资10亿元", status="在建", status_text="项目建设现场…已完成投资2.9亿元…6个生产车间已建成",
       note="计划年底前完成投资5亿元、明年（2013年）上半年完成GMP认证投入试生产；园区推定为县产业集聚区"),
 ],
 aggregate_facts=[
  fact(WZ, "park", "infrastructure_investment_cny", 5e8, "cny", C1, "2012年（今年以来）", kind="cumulative", chk=True),
  fact(WZ, "park", "projects_over_100m_count", 31, "count", C2, "2012年（今年以来）", kind="cumulative", note="引进亿元以上项目"),
  fact(WZ, "park", "projects_over_500m_count", 8, "count", C2, "2012年（今年以来）", kind="cumulative", opt=True),
  fact(WZ, "park", "projects_over_1bn_count", 4, "count", C2, "2012年（今年以来）", kind="cumulative", opt=True),
  fact(WZ, "park", "planned_area_km2", 19.96, "km2", C3, "2012年（调整后）", note="由16.42平方公里调整"),
  fact(WZ, "park", "enterprises", 198, "count", C3, "2012年9月"),
  fact(WZ, "park", "enterprises_above_scale", 91, "count", C3, "2012年9月"),
  fact(WZ, "park", "fixed_asset_investment_cny", 5.09e9, "cny", C4, ASC, kind="cumulative", chk=True),
  fact(WZ, "park", "fixed_asset_investment_provincial_rank", 12, "rank", C4, ASC, opt=True),
  fact(WZ, "park", "main_business_revenue_cny", 1.35e10, "cny", C5, ASC, kind="cumulative", chk=True),
  fact(WZ, "park", "main_business_revenue_provincial_rank", 17, "rank", C5, ASC, opt=True),
  fact("辅仁集团武陟医药产业园项目", "project", "completed_investment_cny", 2.9e8, "cny", C7, "2012年9月", kind="cumulative", chk=True),
  fact("辅仁集团武陟医药产业园项目", "project", "expected_annual_output_cny", 1e9, "cny", "项目建成后年可实现产值10亿元,利税2亿元", "建成后（预计）", kind="target", chk=True),
  fact("辅仁集团武陟医药产业园项目", "project", "expected_annual_profit_tax_cny", 2e8, "cny", "利税2亿元", "建成后（预计）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- ln04 虞城县高新区 金星奖 (商丘日报 2017)
YC = "虞城县高新区"
D1 = "12月22日,记者从2017(第六届)河南产业集聚区高峰论坛会议上获悉,虞城县高新区荣获“河南省最具竞争力产业集群金星奖”"
D2 = "虞城高新区建成区面积达8.6平方公里,入驻企业206家,其中“四上”企业164家,规模以上工业110家"
D3 = "今年,高新区完成固定资产投资150亿元;“四上”企业完成主营收入500亿元,其中规模以上工业完成主营收入480亿元;完成增加值100亿元,同比增长都在7%以上,其中完成工业增加值95亿元,从业者达5.3万人"
D4 = "目前,高新区装备制造、纺织服装和食品加工三大主导产业均已超过百亿元规模,完成主营收入390亿元,占高新区的78%,集聚效应进一步凸显"
AS4 = "2017年"
G["ln04"] = dict(
 article=art("虞城县荣获河南最具竞争力产业集群金星奖", "商丘日报（刘起旭），商丘网 sqrb.com.cn", "2017-12-27", "day",
  "City daily, Henan: a county high-tech zone (set up on its industrial cluster zone) wins a provincial award — built-up area, firms by class, the year's fixed-asset investment, revenue, value added, jobs, and its three leading industries' revenue and share",
  "http://www.sqrb.com.cn/news/2017-12/27/content_2539024.htm",
  "日期取页面“商丘网—商丘日报 2017-12-27 06:44”。标题照录；署名日期行已删。存段末句“高新区内共有装备制造及配套类企业98家,可年产…;纺织服装及配套类企业36”在句中中断，整句删去，正文截至“…集聚效应进一步凸显。”，共四段。园区：虞城县高新区（文中又作“虞城高新区”“高新区”；2016年省政府批准以虞城县产业集聚区为基础设立的省级高新技术产业开发区；商丘市，河南）。机构：河南日报社、河南省工商业联合会（论坛主办方，可选）。事实：建成区面积、入驻企业及“四上”/规模以上企业数（2017年末）、今年固定资产投资150亿元、“四上”企业主营收入500亿元、规模以上工业主营收入480亿元（可选）、增加值100亿元、工业增加值95亿元（可选）、“同比增长都在7%以上”（超，可选）、从业者5.3万人、三大主导产业主营收入390亿元及占比78%。",
  "ln04"),
 parks=[
  park(YC, "商丘", "河南", "高新技术产业开发区", D1, district="虞城县", aliases=["虞城高新区"],
       note="省级；以虞城县产业集聚区为基础设立（2016年）；文中又作“高新区”"),
 ],
 companies=[],
 institutions=[
  inst("河南日报社", "会议主办方河南日报社和河南省工商业联合会发布了2017年河南集聚区建设“金星奖”名单", kind="media", note="论坛主办方"),
  inst("河南省工商业联合会", "会议主办方河南日报社和河南省工商业联合会发布了2017年河南集聚区建设“金星奖”名单", kind="association", note="论坛主办方"),
 ],
 projects=[],
 aggregate_facts=[
  fact(YC, "park", "built_up_area_km2", 8.6, "km2", D2, "2017年末"),
  fact(YC, "park", "enterprises", 206, "count", D2, "2017年末"),
  fact(YC, "park", "four_above_enterprises", 164, "count", D2, "2017年末", opt=True, note="“四上”企业"),
  fact(YC, "park", "enterprises_above_scale", 110, "count", D2, "2017年末", note="规模以上工业"),
  fact(YC, "park", "fixed_asset_investment_cny", 1.5e10, "cny", "今年,高新区完成固定资产投资150亿元", AS4, chk=True),
  fact(YC, "park", "main_business_revenue_cny", 5e10, "cny", "“四上”企业完成主营收入500亿元", AS4, chk=True, note="“四上”企业"),
  fact(YC, "park", "industrial_main_business_revenue_cny", 4.8e10, "cny", "其中规模以上工业完成主营收入480亿元", AS4, opt=True, chk=True),
  fact(YC, "park", "value_added_cny", 1e10, "cny", "完成增加值100亿元,同比增长都在7%以上", AS4, chk=True),
  fact(YC, "park", "value_added_yoy_growth", 0.07, "ratio", "完成增加值100亿元,同比增长都在7%以上", AS4, kind="ratio", qual="超", qtext="以上", opt=True),
  fact(YC, "park", "industrial_value_added_cny", 9.5e9, "cny", "其中完成工业增加值95亿元", AS4, opt=True, chk=True),
  fact(YC, "park", "jobs", 53000, "count", "从业者达5.3万人", AS4),
  fact(YC, "park", "leading_industries_revenue_cny", 3.9e10, "cny", "完成主营收入390亿元,占高新区的78%", AS4, chk=True, note="装备制造、纺织服装、食品加工三大主导产业"),
  fact(YC, "park", "leading_industries_revenue_share", 0.78, "ratio", D4, AS4, kind="ratio"),
 ])

# ---------------------------------------------------------------- ln05 驻马店 产业集聚区 星级与排序 (驻马店日报 2018)
E1 = "我市11个产业集聚区中,新晋升为二星级产业集聚区3家,二星级产业集聚区达到5家,近半数产业集聚区荣获二星级产业集聚区称号"
E2 = "据省考评结果,驻马店装备产业集聚区、上蔡县产业集聚区、平舆县产业集聚区晋升二星级产业集聚区,加上市产业集聚区和泌阳县产业集聚区,我市二星级产业集聚区达到5个"
E3 = "我市11家产业集聚区综合排序居全省前50位的有2家,分别是驻马店装备产业集聚区(31位)、驻马店市产业集聚区(40位)"
E4 = "居50~100位的有7家,分别是遂平县产业集聚区(56位)、泌阳县产业集聚区(57位)、确山县产业集聚区(64位)、上蔡县产业集聚区(73位)、平舆县产业集聚区(85位)、西平县产业集聚区(86位)、汝南县产业集聚区(96位)"
AS5 = "2017年度"
ZPARKS = [("驻马店装备产业集聚区", None, E2, 31, E3, []),
          ("驻马店市产业集聚区", None, E3, 40, E3, ["市产业集聚区"]),
          ("上蔡县产业集聚区", "上蔡县", E2, 73, E4, []),
          ("平舆县产业集聚区", "平舆县", E2, 85, E4, []),
          ("泌阳县产业集聚区", "泌阳县", E2, 57, E4, []),
          ("遂平县产业集聚区", "遂平县", E4, 56, E4, []),
          ("确山县产业集聚区", "确山县", E4, 64, E4, []),
          ("西平县产业集聚区", "西平县", E4, 86, E4, []),
          ("汝南县产业集聚区", "汝南县", E4, 96, E4, [])]
G["ln05"] = dict(
 article=art("我市近半数产业集聚区晋升二星级", "驻马店日报（通讯员 李森），zmdnews.cn 数字报", "2018-06-19", "day",
  "City daily, Henan: the city's industrial cluster zones in the province's 2017 star ratings and overall ranking — which zones were promoted to two stars, and each named zone's provincial rank",
  "http://www.zmdnews.cn/paper/news.php?id=480250&pid=9217",
  "日期取页面“发布时间:2018-06-19 09:35:56”。标题照录；数字报刊头、日期、刊号、“放大 缩小 默认”与页脚已删。正文三段，完整。园区：九个点名的产业集聚区，均在驻马店市（河南）；“市产业集聚区”（第二段）即“驻马店市产业集聚区”，记为别名。星级：驻马店装备、上蔡县、平舆县三家2017年度新晋二星级，加上驻马店市、泌阳县共5家二星级（star_rating 2）。排序：各园区全省综合排序位次（provincial_rank，2017年度）。全市11个产业集聚区、全省140家授星、179家参加排序为合计事实（后两项可选）。机构：河南省产业集聚区发展联席会议办公室（可选）。",
  "ln05"),
 parks=[park(n, "驻马店", "河南", "产业集聚区", ev, district=d, aliases=al) for (n, d, ev, r, rev, al) in ZPARKS],
 companies=[],
 institutions=[
  inst("河南省产业集聚区发展联席会议办公室", "近日,河南省产业集聚区发展联席会议办公室下发通报"),
 ],
 projects=[],
 aggregate_facts=
  [fact(n, "park", "provincial_rank", r, "rank", rev, AS5, note="全省179家产业集聚区综合排序") for (n, d, ev, r, rev, al) in ZPARKS] +
  [fact(n, "park", "star_rating", 2, "stars", E2, AS5, note=("2017年度新晋二星级" if n in ("驻马店装备产业集聚区", "上蔡县产业集聚区", "平舆县产业集聚区") else "二星级"))
   for n in ("驻马店装备产业集聚区", "上蔡县产业集聚区", "平舆县产业集聚区", "驻马店市产业集聚区", "泌阳县产业集聚区")] +
  [fact("驻马店市", "region", "parks_count", 11, "count", E1, AS5),
   fact("驻马店市", "region", "two_star_parks_count", 5, "count", E1, AS5),
   fact("驻马店市", "region", "parks_promoted_to_two_star", 3, "count", E1, AS5, opt=True),
   fact("河南省", "region", "parks_rated", 140, "count", "对140家产业集聚区分别授予相应星级称号", AS5, opt=True),
   fact("河南省", "region", "parks_ranked", 179, "count", "省产业集聚区发展联席会议办公室对全省179家产业集聚区发展情况进行了综合排序", AS5, opt=True)])

# ---------------------------------------------------------------- ln06 内乡 长藤结瓜 (南阳日报 2019)
NX = "内乡县产业集聚区"
XH = "仙鹤纸品产业园"
F1 = "春回大地万象新。内乡县产业集聚区到处是一派热闹的施工和生产场景"
F2 = "占地2000亩总投资20亿元的牧原食品产业城项目工地内,上百台大型机械在加紧平整土地"
F3 = "总投资15.2亿元的仙鹤纸品产业园内,同时开工的4个子项目工地上机器轰鸣"
F4 = "在新延长的3公里工业路两侧,近几个月内先后“长出”了含华福科技、美宝环保等在内的7家“巨无霸”特色产业园区"
F5 = "2018年全县来自工业的税收达到7.62亿元,占全年一般预算总收入的70.4%"
F6 = "上年新开工亿元以上项目33个,加上原有企业,目前该县已初步建设形成了纸产品、农牧装备、金冠新能源等7大产业园,基本形成了“1+7”的“区中园”模式"
F7 = "围绕龙大、飞龙、仙鹤等产值超10亿元的企业,发挥产业扩张、链条延伸的吸附带动作用"
G["ln06"] = dict(
 article=art("内乡:“长藤结瓜”引爆聚合效应", "南阳日报（2019-02-22 A1版），转载于内乡县网站 neixiang.01ny.cn “媒体报道”栏（存段无署名）", "2019-02-22", "day",
  "City daily relayed on a county site, Henan: a county grows its industrial cluster zone through parks-within-the-zone around leading firms — two large projects under way with their investment, seven feature parks, the county's industrial tax and its share, projects started last year",
  "http://neixiang.01ny.cn/html/news/2019/show-12311.html",
  "日期：页面“发布时间:2019-02-25 2月22日南阳日报A1版:时政要闻”，published 取南阳日报见报日2019-02-22。标题照录（页面重复一次）；导航、发布时间行已删；引题“内乡县引进一个龙头企业,培育一个产业集群,打造一个特色园区——”保留为第一段。存段末行“主导产业+龙头企业+政务服务+金融服”为下一段残文，已删；正文截至“…形成“1+1>2”的聚合效应。”，共五段。园区：内乡县产业集聚区（文中又作“县产业集聚区”；南阳市，河南）；仙鹤纸品产业园为园中园（parent 内乡县产业集聚区），同时作为项目列出。“纸产品、农牧装备、金冠新能源等7大产业园”名称不全，不列园区。项目：牧原食品产业城项目（总投资20亿元，工地平整土地→在建）；仙鹤纸品产业园（总投资15.2亿元，4个子项目同时开工→在建，status_alt 开工）。公司：华福科技、美宝环保（园中“特色产业园区”的企业名，可选）；龙大、飞龙、仙鹤（产值超10亿元的企业，可选）；牧原只在项目名中（可选）。事实：2018年全县工业税收7.62亿元及占一般预算总收入70.4%（region 内乡县）；上年（2018年）新开工亿元以上项目33个（region）；7个功能性产业园区（园区，可选）。",
  "ln06"),
 parks=[
  park(NX, "南阳", "河南", "产业集聚区", F1, district="内乡县", aliases=["县产业集聚区"]),
  park(XH, "南阳", "河南", "产业园", F3, district="内乡县", parent=NX, opt=True, note="园中园；同时列为项目"),
 ],
 companies=[
  comp("华福科技", NX, F4, opt=True, note="“7家‘巨无霸’特色产业园区”之一的名称"),
  comp("美宝环保", NX, F4, opt=True, note="同上"),
  comp("龙大", NX, F7, opt=True, note="产值超10亿元的企业；园区由“县产业集聚区内‘母企业’”语境推定"),
  comp("飞龙", NX, F7, opt=True, note="同上"),
  comp("仙鹤", NX, F7, opt=True, note="同上；仙鹤纸品产业园的母企业"),
  comp("牧原", NX, F2, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("牧原食品产业城项目", NX, F2, companies=["牧原"], inv="总投资20亿元", status="在建", status_text="工地内,上百台大型机械在加紧平整土地"),
  proj("仙鹤纸品产业园", NX, F3, companies=["仙鹤"], inv="总投资15.2亿元", status="在建", status_alt="开工",
       status_text="同时开工的4个子项目工地上机器轰鸣", note="园中园开发项目，4个子项目同时开工"),
 ],
 aggregate_facts=[
  fact("内乡县", "region", "industrial_tax_revenue_cny", 7.62e8, "cny", F5, "2018年", chk=True),
  fact("内乡县", "region", "industrial_tax_share_of_budget_revenue", 0.704, "ratio", F5, "2018年", kind="ratio"),
  fact("内乡县", "region", "projects_over_100m_started", 33, "count", F6, "2018年"),
  fact(NX, "park", "sub_parks_count", 7, "count", "去年以来,内乡县新孵化出的7个功能性产业园区犹如一个个“卫星城”", "2018年以来", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- ln07 三门峡 29个项目集中开工 (中国幕墙网 2012)
SM = "三门峡市产业集聚区"
H1 = "1月5日上午,在河南省三门峡市产业集聚区,一个年产10万吨铝板的项目开工"
H2 = "当日上午,河南省三门峡市在市区和各县(市)集中开工29个重点项目,总投资187亿元,系该市历史上一次性开工项目最多、投资额最大的项目建设"
H3 = "《三门峡市1月5日集中开工重点项目表》中显示,在卢氏县开工的一个石英砂生产及综合利用项目,总投资达到40亿元,建成后有望成为中原地区最大的集石英开发生产制造为一体的硅产业集群"
H4 = "在这次集中开工的29个项目中,涉及工业转型升级项目13个,农产品精深加工项目2个"
AS7 = "2012年1月5日（集中开工）"
G["ln07"] = dict(
 article=art("（无标题）三门峡市集中开工29个重点项目 总投资187亿元", "中国幕墙网（52mqw.com；原发媒体与记者名未注明）", "2012-01-11", "day",
  "Trade site relaying a news report, Henan: a city's joint groundbreaking of 29 key projects — an aluminium-sheet project in the city's industrial cluster zone, a quartz-sand project in a county, counts by kind, officials' remarks",
  "http://52mqw.com/info/2012-1-11/30065-1.htm",
  "日期取网址 2012-1-11（开工在2012年1月5日）。存段无标题（title 为编者概括）。首行的站名标记“【中国幕墙网】”与文末“【完】”已删；页面把三句各断成两行（“年产10万吨/铝板”“一个/石英砂”“农产品精/深加工”），已无间隔接合。正文八段，完整。园区：三门峡市产业集聚区（三门峡市，河南）。项目：年产10万吨铝板项目（在三门峡市产业集聚区，开工，无业主名、无金额）；石英砂生产及综合利用项目（卢氏县，园区 null，总投资40亿元，开工）。事实：全市29个项目、总投资187亿元（region 三门峡市）；工业转型升级项目13个、农产品精深加工项目2个（可选）。机构：三门峡市发改委（可选）。",
  "ln07"),
 parks=[
  park(SM, "三门峡", "河南", "产业集聚区", H1),
 ],
 companies=[],
 institutions=[
  inst("三门峡市发改委", "三门峡市发改委相关负责人告诉记者,在这次集中开工的29个项目中,涉及工业转型升级项目13个,农产品精深加工项目2个"),
 ],
 projects=[
  proj("年产10万吨铝板项目", SM, H1, status="开工", status_text="开工", note="利用高新技术轧制薄规格铝板；无业主名、无金额"),
  proj("石英砂生产及综合利用项目", None, H3, inv="总投资达到40亿元", status="开工", status_text="开工", note="卢氏县（县，不是园区）"),
 ],
 aggregate_facts=[
  fact("三门峡市", "region", "projects_started", 29, "count", H2, AS7),
  fact("三门峡市", "region", "projects_started_investment_cny", 1.87e10, "cny", "集中开工29个重点项目,总投资187亿元", AS7, chk=True),
  fact("三门峡市", "region", "industrial_upgrade_projects_started", 13, "count", H4, AS7, opt=True),
  fact("三门峡市", "region", "agri_processing_projects_started", 2, "count", H4, AS7, opt=True),
 ])
