# real294 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as
# written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios.
# Projects: the park is the one the text places the project in, null if none. Status from the text's words (开工建设 /
# 全面启动 → 开工; 施工现场 / 进入安装阶段 → 在建; 建成投产 / 建成试产 → 投产; 基本完成 → 竣工; 签约 → 签约; 落地 / 将签约 /
# 将营业 alone → no status). Year-to-date values (“1-4月”, “截至目前”, “累计”, “以来”) are cumulative; “预计” / “计划” figures
# are kind target. Sources are `search` (corpus pages) excerpts typed into _raw/pages/qgNN.raw as returned.

# ---------------------------------------------------------------- qg01 海口国家高新区 1-4月 (haikou.baogaosu 2017)
HK = "海口国家高新区"
A1 = "4月份成功纳入高新区统计的服务业企业有6家,商贸批零企业入库11家,如鲁海医药、华健药业、盛世欣兴等"
ASA = "2017年1–4月"
G["qg01"] = dict(
 article=art("海口国家高新区1-4月营业总收入实现较快增长,工业和服务业企业的营业收入分别实现增长13.6%和66%",
  "haikou.baogaosu.com（城市资讯聚合站“海口”栏转载；原发单位与署名存段未示，口吻为高新区统计通报）", "2017-06-01", "day",
  "Aggregator relaying a zone's statistical bulletin, Hainan: a national high-tech zone's January–April figures — total operating revenue by sector with growth, three named firms newly counted, industrial output, sales output and value added",
  "http://haikou.baogaosu.com/xinwen/%E5%8A%A1%E4%B8%9A%E4%BC%81%E4%B8%9A%E7%9A%84%E8%90%A5%E4%B8%9A%E6%94%B6%E5%85%A5%E5%88%86%E5%88%AB%E5%AE%9E%E7%8E%B0%E5%A2%9E%E9%95%BF/57848180/",
  "日期取页面“01.06.2017  11:31”（日.月.年，即2017-06-01；与1-4月数据相合）。标题照录。存段第三行把第三、四节（效益、财政收入、就业、固定资产投资）连成一行，并在“基础设施投资6.5亿”处中断，按规则整段删去，正文截至第二节“…工业发展的质量和效益向好。”，共三段（含小标题“二、…”一段）。园区：海口国家高新区（标题全称；文中作“高新区”“园区”；海口市，海南）。公司：鲁海医药、华健药业、盛世欣兴（4月新纳入高新区统计的服务业/商贸企业，在园）。机构：高新区统计局（可选）。无项目。事实均为2017年1–4月累计（cumulative）：营业总收入79.5亿元（增50.5%）、其中工业60亿元（增13.6%）、服务业2118.7万元（增66%）、商贸批零14亿元、房地产5.4亿元；工业总产值61.8亿元（增3.6%）、工业销售产值57.5亿元（增15.1%）、工业增加值24.9亿元（增15.0%）；新纳入统计的服务业企业6家、商贸批零企业11家（可选）。",
  "qg01"),
 parks=[
  park(HK, "海口", "海南", "国家高新技术产业开发区", "海口国家高新区1-4月营业总收入实现较快增长", note="文中又作“高新区”“园区”"),
 ],
 companies=[
  comp("鲁海医药", HK, A1, note="4月新纳入高新区统计的服务业/商贸企业"),
  comp("华健药业", HK, A1, note="同上"),
  comp("盛世欣兴", HK, A1, note="同上"),
 ],
 institutions=[
  inst("高新区统计局", "高新区统计局成立后,加紧园区基本名录库建设", park=HK, note="海口国家高新区统计局"),
 ],
 projects=[],
 aggregate_facts=[
  fact(HK, "park", "revenue_cny", 7.95e9, "cny", "1-4月份园区营业总收入实现79.5亿元,同比增长50.5%", ASA, kind="cumulative", chk=True),
  fact(HK, "park", "revenue_yoy_growth", 0.505, "ratio", "1-4月份园区营业总收入实现79.5亿元,同比增长50.5%", ASA, kind="ratio"),
  fact(HK, "park", "industrial_revenue_cny", 6e9, "cny", "工业企业营业收入60亿元,同比增长13.6%", ASA, kind="cumulative", chk=True),
  fact(HK, "park", "industrial_revenue_yoy_growth", 0.136, "ratio", "工业企业营业收入60亿元,同比增长13.6%", ASA, kind="ratio", opt=True),
  fact(HK, "park", "services_revenue_cny", 2.1187e7, "cny", "服务业企业实现营业收入2118.7万元,同比增长66%", ASA, kind="cumulative", opt=True, chk=True),
  fact(HK, "park", "services_revenue_yoy_growth", 0.66, "ratio", "服务业企业实现营业收入2118.7万元,同比增长66%", ASA, kind="ratio", opt=True),
  fact(HK, "park", "wholesale_retail_revenue_cny", 1.4e9, "cny", "商贸批发零售企业实现营业收入14亿元", ASA, kind="cumulative", opt=True, chk=True),
  fact(HK, "park", "real_estate_revenue_cny", 5.4e8, "cny", "其他企业营业收入(房地产)实现5.4亿元", ASA, kind="cumulative", opt=True, chk=True),
  fact(HK, "park", "industrial_output_cny", 6.18e9, "cny", "1-4月工业总产值完成61.8亿元,同比增长3.6%", ASA, kind="cumulative", chk=True),
  fact(HK, "park", "industrial_output_yoy_growth", 0.036, "ratio", "1-4月工业总产值完成61.8亿元,同比增长3.6%", ASA, kind="ratio"),
  fact(HK, "park", "industrial_sales_output_cny", 5.75e9, "cny", "工业销售产值完成57.5亿元,同比增长15.1%", ASA, kind="cumulative", opt=True, chk=True),
  fact(HK, "park", "industrial_value_added_cny", 2.49e9, "cny", "工业增加值实现24.9亿元,同比增长15.0%", ASA, kind="cumulative", chk=True),
  fact(HK, "park", "industrial_value_added_yoy_growth", 0.15, "ratio", "工业增加值实现24.9亿元,同比增长15.0%", ASA, kind="ratio", opt=True),
  fact(HK, "park", "service_firms_newly_counted", 6, "count", A1, "2017年4月", opt=True),
  fact(HK, "park", "trade_firms_newly_counted", 11, "count", A1, "2017年4月", opt=True),
 ])

# ---------------------------------------------------------------- qg02 博鳌乐城 现代园区雏形初现 (zxyzs 2017)
LC = "博鳌乐城国际医疗旅游先行区"
B1 = "先行区一期基础设施建设基本完成,完成投资11亿元"
B2 = "总投资约44亿元的二期基础设施项目已全面启动"
ASB = "2017年7月"
G["qg02"] = dict(
 article=art("琼海博鳌乐城美丽蜕变 现代园区雏形初现", "zxyzs.com（招商引资网站“海南/投资”栏转载；原发媒体与署名存段未示）", "2017-07", "month",
  "Investment-promotion site relaying a local news item, Hainan: a medical-tourism pilot zone after a year and a half of building — a hospital to open, firms in trial operation, phase-1 infrastructure completed with its investment, phase-2 infrastructure started with its total, projects evaluated, visitors",
  "http://zxyzs.com/hainan/invest/2017/194476.html",
  "日期：网址含 /2017/，文中座谈会在“7月25日”（“25日上午”），发布日不详，记 2017-07（month）。标题照录；站点菜单行已删；正文四段，完整。园区：博鳌乐城国际医疗旅游先行区（文中简称“乐城先行区”“先行区”；琼海市，海南）。公司：博鳌恒大国际医学中心（在园）。项目：博鳌恒大国际医学美容医院（“将于2017年下半年营业”，无阶段词，status 空，可选）；一期基础设施建设（“基本完成”→竣工；“完成投资11亿元”是已完成投资，不作项目投资额，记为事实）；二期基础设施项目（“总投资约44亿元”，约；“已全面启动”→开工）。事实：5家企业已试营业；39个项目通过医疗技术评估；新建道路11.5公里（可选）；2017年以来接待客商、游客1.5万人次（cumulative，可选）。琼海市委列可选机构。",
  "qg02"),
 parks=[
  park(LC, "琼海", "海南", "国际医疗旅游先行区", "座谈会在博鳌乐城国际医疗旅游先行区(以下简称“乐城先行区”)举行", aliases=["乐城先行区"],
       note="文中又作“先行区”；标题作“琼海博鳌乐城”"),
 ],
 companies=[
  comp("博鳌恒大国际医学中心", LC, "博鳌恒大国际医学中心副总裁罗昆文在琼海市委“大研讨大行动”乐城先行区专题活动座谈会上表示", note="医疗机构；其医学美容医院将于2017年下半年营业"),
 ],
 institutions=[
  inst("琼海市委", "琼海市委、市政府等主要领导与5家已经试营业的企业代表面对面交流"),
 ],
 projects=[
  proj("博鳌恒大国际医学美容医院", LC, "博鳌恒大国际医学美容医院将于2017年下半年营业", companies=["博鳌恒大国际医学中心"], opt=True,
       note="将于2017年下半年营业；无阶段词，status 空"),
  proj("一期基础设施建设", LC, B1, phase="一期", status="竣工", status_text="基本完成", opt=True,
       note="“完成投资11亿元”为已完成投资，记为事实"),
  proj("二期基础设施项目", LC, B2, inv="总投资约44亿元", qual="约", qual_text="约", phase="二期", status="开工", status_text="已全面启动"),
 ],
 aggregate_facts=[
  fact(LC, "park", "firms_in_trial_operation", 5, "count", "5家已经试营业的企业", ASB),
  fact(LC, "park", "phase1_infrastructure_investment_completed_cny", 1.1e9, "cny", "完成投资11亿元", ASB, kind="cumulative", chk=True),
  fact(LC, "park", "new_roads_km", 11.5, "km", "新建11.5公里道路全面通车", ASB, opt=True),
  fact(LC, "park", "projects_passed_medical_technology_evaluation", 39, "count", "通过医疗技术评估的39个项目中", ASB),
  fact(LC, "park", "visitors", 15000, "person_times", "2017年以来,乐城先行区接待客商、游客达1.5万人次", "2017年1–7月", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- qg03 博鳌乐城 2018 医疗机构营收3.65亿元 (360doc repost 2019)
C1 = "2018年,先行区医疗机构实现营业收入3.65亿元,同比增长227%"
C2 = "目前,先行区正式受理投资项目71个,通过医疗技术评估38个,开工建设16个,完成投资67.59亿元"
C3 = "已有博鳌超级医院、一龄生命养护中心等9家医疗机构开业或试运营"
ASC = "2019年3月"
G["qg03"] = dict(
 article=art("2018年博鳌乐城国际医疗旅游先行区医疗机构营收3.65亿元",
  "琼海本地广播电视台（“本台记者”，记者:王明宣 王德友；编辑:汪国威；审核:龙继涛；台名存段未示），由用户“奔跑在成长路上”转存于 360doc.com", "2019-03-31", "day",
  "Broadcaster's item reposted on a personal-archive site, Hainan: a medical-tourism pilot zone's 2019 work meeting — medical institutions' 2018 revenue and growth, projects accepted, evaluated and started, cumulative investment, institutions opened, patients and jobs",
  "http://www.360doc.com/content/19/0331/08/42718021_825424357.shtml",
  "日期取转存日“2019-03-31”（文中“今天召开的…2019年工作会议”，原播发日应为同日或稍早，未写明）。标题照录；“分享”、转存者名与日期行、“编辑:汪国威”“审核:龙继涛”及 360doc 的声明、评论栏已删；署名行“记者:王明宣 王德友”保留为末段。正文五段，完整。园区：博鳌乐城国际医疗旅游先行区（文中又作“先行区”“园区”；琼海市，海南）。医疗机构：博鳌超级医院、一龄生命养护中心（开业或试运营，在园；记为公司）。事实：2018年医疗机构营业收入3.65亿元、同比增长227%（ratio 2.27）；就诊3.2万人、增长69.1%（可选）；医疗机构就业1778人；截至会议时受理投资项目71个、通过医疗技术评估38个、开工建设16个、完成投资67.59亿元（cumulative）、开业或试运营医疗机构9家。何鹏飞为市委常委，不列。先行区党工委、管委会列可选机构。",
  "qg03"),
 parks=[
  park(LC, "琼海", "海南", "国际医疗旅游先行区", "本台记者从今天召开的博鳌乐城国际医疗旅游先行区2019年工作会议上了解到", note="文中又作“先行区”“园区”"),
 ],
 companies=[
  comp("博鳌超级医院", LC, C3, kind="medical_institution", note="开业或试运营"),
  comp("一龄生命养护中心", LC, C3, kind="medical_institution", note="开业或试运营"),
 ],
 institutions=[
  inst("博鳌乐城国际医疗旅游先行区党工委、管委会", "2018年,博鳌乐城国际医疗旅游先行区党工委、管委会紧紧围绕海南自贸区(港)建设要求", park=LC),
 ],
 projects=[],
 aggregate_facts=[
  fact(LC, "park", "medical_institutions_revenue_cny", 3.65e8, "cny", C1, "2018年", chk=True),
  fact(LC, "park", "medical_institutions_revenue_yoy_growth", 2.27, "ratio", C1, "2018年", kind="ratio"),
  fact(LC, "park", "investment_projects_accepted", 71, "count", C2, ASC, kind="cumulative"),
  fact(LC, "park", "projects_passed_medical_technology_evaluation", 38, "count", C2, ASC, kind="cumulative"),
  fact(LC, "park", "projects_started", 16, "count", C2, ASC, kind="cumulative"),
  fact(LC, "park", "investment_completed_cny", 6.759e9, "cny", "完成投资67.59亿元", ASC, kind="cumulative", chk=True),
  fact(LC, "park", "medical_institutions_open", 9, "count", C3, ASC),
  fact(LC, "park", "patient_visits", 32000, "persons", "就诊人数3.2万人,同比增长69.1%", "2018年", opt=True),
  fact(LC, "park", "patient_visits_yoy_growth", 0.691, "ratio", "就诊人数3.2万人,同比增长69.1%", "2018年", kind="ratio", opt=True),
  fact(LC, "park", "jobs", 1778, "persons", "园区医疗机构就业人员已达1778人", "2018年末"),
 ])

# ---------------------------------------------------------------- qg04 三亚中央商务区 19个总部经济项目开工 (sanya.kanfangma 2021)
SY = "三亚中央商务区"
D0 = "已有大悦环球中心、中交海南总部基地项目、申亚东岸CBD项目、保利国际广场项目、太平金融产业港项目、五矿国际广场项目等19个总部经济项目开工建设"
D1 = "预计年内开工建设项目25个,总投资约410亿元"
D2 = "梳理谋划园区范围内固定资产投资项目84个,总投资约520亿元"
D3 = "先后吸引了中粮、中交、大唐、保利、五矿中冶、中铁建、华侨城、世茂、紫金、恒力、申亚、航联汇、太平金服、珠海合联、新宝盛、旅投、城投等18家企业参与园区建设"
D4 = "预计到2023年,以游艇交易中心、公共游艇码头、游艇保障基地项目为代表的南边海片区,以中粮大悦城综合体项目为代表的东岸片区,以三亚国际金融中心项目为代表的月川片区和以大唐海外、恒力国际、紫金矿业国际、珠海免税等企业总部项目为代表的凤凰海岸片区将拔地而起"
ASD = "2021年3月17日"
_firms = ["中粮", "中交", "大唐", "保利", "五矿中冶", "中铁建", "华侨城", "世茂", "紫金", "恒力", "申亚", "航联汇", "太平金服", "珠海合联", "新宝盛", "旅投", "城投"]
G["qg04"] = dict(
 article=art("（无标题）三亚中央商务区19个总部经济项目开工建设 预计年内开工25个总投资约410亿元", "sanya.kanfangma.com（房产资讯站三亚站“新闻”栏；原发媒体存段未示；图片署名李学仕）", "2021-03", "month",
  "Real-estate portal's city news, Hainan: a central business district zone's headquarters projects — six named projects among 19 started, the year's planned starts and their total, fixed-asset projects planned, land sold, firms taking part, the districts expected by 2023",
  "http://sanya.kanfangma.com/news/newsdetail.aspx?newsid=4513",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“3月17日,三亚中央商务区管理局发布消息”，年份存段未写，据“今年…”“预计到2023年”及园区2020年设立推定为2021年，记 2021-03（month），存疑。存段末段“三亚中央商务区管理局相关负责人表示,…在园区规划、政策研究、招商引”句中中断，整段删去；正文截至“…成为三亚自贸港建设的标杆。”，共六段（含图片说明一行，照录）。园区：三亚中央商务区（三亚市，海南；海南自贸港重点园区）；南边海、东岸、月川、凤凰海岸四个片区列可选子园区（parent 三亚中央商务区）。项目：大悦环球中心、中交海南总部基地项目、申亚东岸CBD项目、保利国际广场项目、太平金融产业港项目、五矿国际广场项目——“开工建设”→开工，无单项金额；19个合计无金额。“预计到2023年…将拔地而起”的游艇交易中心等为可选项目，无阶段（status 空）。“预计年内开工建设项目25个,总投资约410亿元”为年度计划（target，约）；“固定资产投资项目84个,总投资约520亿元”为梳理谋划数（target，约）。公司：参与园区建设的18家企业中点名的17家（简称，均可选，在园）。机构：三亚中央商务区管理局（可选）。土地：可出让2149亩、已出让931亩。",
  "qg04"),
 parks=[
  park(SY, "三亚", "海南", "中央商务区（自贸港重点园区）", "3月17日,三亚中央商务区管理局发布消息", note="文中又作“园区”"),
  park("南边海片区", "三亚", "海南", "片区", D4, parent=SY, opt=True),
  park("东岸片区", "三亚", "海南", "片区", D4, parent=SY, opt=True),
  park("月川片区", "三亚", "海南", "片区", D4, parent=SY, opt=True),
  park("凤凰海岸片区", "三亚", "海南", "片区", D4, parent=SY, opt=True),
 ],
 companies=[comp(f, SY, D3, opt=True, note="参与园区建设的企业（简称）") for f in _firms],
 institutions=[
  inst("三亚中央商务区管理局", "3月17日,三亚中央商务区管理局发布消息", park=SY),
 ],
 projects=[
  proj("大悦环球中心", SY, D0, status="开工", status_text="开工建设"),
  proj("中交海南总部基地项目", SY, D0, status="开工", status_text="开工建设"),
  proj("申亚东岸CBD项目", SY, D0, status="开工", status_text="开工建设"),
  proj("保利国际广场项目", SY, D0, status="开工", status_text="开工建设"),
  proj("太平金融产业港项目", SY, D0, status="开工", status_text="开工建设"),
  proj("五矿国际广场项目", SY, D0, status="开工", status_text="开工建设"),
  proj("游艇交易中心", SY, D4, opt=True, note="南边海片区代表项目；预计到2023年"),
  proj("公共游艇码头", SY, D4, opt=True, note="同上"),
  proj("游艇保障基地项目", SY, D4, opt=True, note="同上"),
  proj("中粮大悦城综合体项目", SY, D4, opt=True, note="东岸片区代表项目；与“大悦环球中心”是否同一项目文中未说"),
  proj("三亚国际金融中心项目", SY, D4, opt=True, note="月川片区代表项目"),
 ],
 aggregate_facts=[
  fact(SY, "park", "projects_started", 19, "count", D0, ASD, kind="cumulative", note="总部经济项目"),
  fact(SY, "park", "projects_planned_to_start", 25, "count", D1, "2021年（预计）", kind="target"),
  fact(SY, "park", "planned_investment_cny", 4.1e10, "cny", "总投资约410亿元", "2021年（预计）", kind="target", qual="约", qtext="约", chk=True,
       note="年内计划开工25个项目的总投资"),
  fact(SY, "park", "fixed_asset_projects_planned", 84, "count", D2, "2021年", kind="target"),
  fact(SY, "park", "fixed_asset_projects_investment_cny", 5.2e10, "cny", "总投资约520亿元", "2021年", kind="target", qual="约", qtext="约", chk=True),
  fact(SY, "park", "land_available_mu", 2149, "mu", "园区规划可用于出让土地2149亩,已出让931亩", ASD, opt=True),
  fact(SY, "park", "land_sold_mu", 931, "mu", "园区规划可用于出让土地2149亩,已出让931亩", ASD, kind="cumulative"),
  fact(SY, "park", "enterprises", 18, "count", D3, ASD, kind="cumulative", note="参与园区建设的企业"),
 ])

# ---------------------------------------------------------------- qg05 金海浆纸 洋浦 (广东省造纸行业协会 via cpp114 2021)
YP = "洋浦经济开发区"
JH = "海南金海浆纸业有限公司"
E0 = "在洋浦经济开发区投资兴建海南金海浆纸业有限公司(简称金海浆纸)"
E1 = "金海浆纸现有年产180万吨化学漂白硫酸盐桉木浆项目和年产160万吨造纸项目,总投资239亿元"
E2 = "第一阶段为年产90万吨文化用纸项目,总投资约75亿元"
E3 = "第二阶段为年产70万吨生活用纸项目,总投资约40亿元"
G["qg05"] = dict(
 article=art("谋求新发展 金海浆纸在海南自贸港示范区申请增加100万吨生活用纸产能", "广东省造纸行业协会（“来源:广东省造纸行业协会”，责编:张晓丹；图片骆云飞 摄），载于 cpp114.com", "2021-09-08", "day",
  "Paper-industry site relaying a trade association's feature, Hainan: a foreign-invested pulp and paper maker in a national development zone — its investor, history, pulp line and paper projects with their investments, all in production; a capacity increase applied for",
  "http://cpp114.com/news/newsShow_274343.htm",
  "日期取页面“2021-09-08 21:52:23.0”。标题照录；来源行与“- 摘要:”已删，摘要正文行前的列表符“- ”已删（make_txt.py LINE_PREFIX），其余照录（图片说明与“(骆云飞 摄)”“(金海浆纸供图)”行保留）。存段末行“金海浆纸年产9”为下一段残文，整段删去；正文截至“…总投资约40亿元。”，共十段（含小标题一段）。园区：洋浦经济开发区（儋州市洋浦，海南；文中只出现于摘要段）。公司：海南金海浆纸业有限公司（简称金海浆纸，在园）；金光集团APP(中国)／金光集团（投资方，园区外，可选）。项目：金海浆纸制浆生产线（总投资124亿元；推定即年产180万吨桉木浆项目）、年产160万吨造纸项目（可选，无单项金额）及其两阶段——年产90万吨文化用纸项目（约75亿元）、年产70万吨生活用纸项目（约40亿元）；“目前项目已全部建成投产”→投产。两个主项目合计“总投资239亿元”记为公司事实。标题中的“申请增加100万吨生活用纸产能”列可选项目，无阶段（正文存段未涉及）。项目1997年批准、2003年动工、2005年投产为历史，不另列。",
  "qg05"),
 parks=[
  park(YP, "儋州", "海南", "国家级经济开发区", E0, district="洋浦", note="文中只出现一次"),
 ],
 companies=[
  comp(JH, YP, E0, aliases=["金海浆纸"]),
  comp("金光集团APP(中国)", None, "印尼著名侨资企业金光集团APP(中国)将目光投向海南", aliases=["金光集团"], opt=True, note="投资方"),
 ],
 institutions=[],
 projects=[
  proj("金海浆纸制浆生产线", YP, "金海浆纸制浆生产线总投资124亿元", companies=[JH], inv="总投资124亿元", status="投产", status_text="目前项目已全部建成投产",
       aliases=["年产180万吨化学漂白硫酸盐桉木浆项目"], note="与“年产180万吨化学漂白硫酸盐桉木浆项目”为同一项目系推定"),
  proj("年产160万吨造纸项目", YP, E1, companies=[JH], status="投产", status_text="目前项目已全部建成投产", opt=True,
       note="分两阶段：90万吨文化用纸、70万吨生活用纸"),
  proj("年产90万吨文化用纸项目", YP, E2, companies=[JH], inv="总投资约75亿元", qual="约", qual_text="约", phase="第一阶段", status="投产",
       status_text="目前项目已全部建成投产"),
  proj("年产70万吨生活用纸项目", YP, E3, companies=[JH], inv="总投资约40亿元", qual="约", qual_text="约", phase="第二阶段", status="投产",
       status_text="目前项目已全部建成投产"),
  proj("100万吨生活用纸产能", YP, "金海浆纸在海南自贸港示范区申请增加100万吨生活用纸产能", companies=[JH], opt=True,
       note="只在标题；“申请增加”，无阶段"),
 ],
 aggregate_facts=[
  fact(JH, "company", "total_investment_cny", 2.39e10, "cny", E1, "2021年9月", kind="cumulative", chk=True,
       note="年产180万吨桉木浆项目与年产160万吨造纸项目合计"),
 ])

# ---------------------------------------------------------------- qg06 洋浦 海南炼油百万吨乙烯项目 (zhimen 2021)
ET = "海南炼油百万吨乙烯及炼厂改扩建项目"
F0 = "洋浦经济开发区海南炼油百万吨乙烯项目施工现场仍是一派热火朝天的景象"
F1 = "海南炼油百万吨乙烯及炼厂改扩建项目是海南省和中国石化的重点项目,预计投资280.79亿元,计划于2023年9月30日建成投产"
F2 = "截至今年10月底,海南炼油百万吨乙烯项目年投资98.71亿元,项目建设总体进度65.63%"
G["qg06"] = dict(
 article=art("（无标题）洋浦经济开发区海南炼油百万吨乙烯项目年投资98.71亿元 总体进度65.63%", "zhimen.com（“市场”栏转载；原发媒体与署名存段未示）", "2021", "year",
  "Market-news site relaying a local item, Hainan: a refinery's ethylene and refinery-expansion project in a national development zone — year-to-date investment and progress, total investment and completion date, the raised annual investment target, equipment installation and transport support",
  "https://zhimen.com/shichang/33917.html",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“截至今年10月底”“今年8月以来…进入生产设备安装阶段”“国内疫情反复…接种新冠肺炎疫苗”，项目计划2023年9月30日建成，推定为2021年11月或稍后，记 2021（year），存疑。正文五段，完整。文中“杨浦公安分局”两见，应为“洋浦”，照录。园区：洋浦经济开发区（儋州市洋浦，海南）。项目：海南炼油百万吨乙烯及炼厂改扩建项目（文中又作“海南炼油百万吨乙烯项目”“百万吨乙烯项目”“海南炼油乙烯项目”）——“预计投资280.79亿元”；施工现场、进入生产设备安装阶段→在建；计划2023年9月30日建成投产。公司：中国石化（重点项目方，可选，园区 null）；“海南炼油”只在项目名中（可选，在园）。事实（项目为主体）：截至10月底年投资98.71亿元（cumulative）、建设总体进度65.63%（ratio）、年度投资目标由67亿元调为100亿元（target；67亿元可选）、拉动下游产业超千亿元（target，超，可选）、超限设备176套（可选）。机构：洋浦工委管委会（可选）。",
  "qg06"),
 parks=[
  park(YP, "儋州", "海南", "国家级经济开发区", F0, district="洋浦", note="文中又作“洋浦”"),
 ],
 companies=[
  comp("中国石化", None, F1, opt=True, note="重点项目方"),
  comp("海南炼油", YP, F0, opt=True, note="只在项目名中（海南炼油化工有限公司的简称）"),
 ],
 institutions=[
  inst("洋浦工委管委会", "对此,洋浦工委管委会聚焦项目重难点问题", park=YP),
 ],
 projects=[
  proj(ET, YP, F1, companies=["中国石化"], inv="预计投资280.79亿元", status="在建", status_text="施工现场仍是一派热火朝天的景象；进入生产设备安装阶段",
       aliases=["海南炼油百万吨乙烯项目", "百万吨乙烯项目", "海南炼油乙烯项目"], note="计划2023年9月30日建成投产"),
 ],
 aggregate_facts=[
  fact(ET, "project", "annual_investment_completed_cny", 9.871e9, "cny", "海南炼油百万吨乙烯项目年投资98.71亿元,项目建设总体进度65.63%", "2021年1–10月", kind="cumulative", chk=True),
  fact(ET, "project", "construction_progress", 0.6563, "ratio", F2, "2021年10月底", kind="ratio"),
  fact(ET, "project", "annual_investment_target_cny", 1e10, "cny", "调整为100亿元", "2021年（计划）", kind="target", chk=True),
  fact(ET, "project", "annual_investment_target_cny", 6.7e9, "cny", "年度投资目标由67亿元", "2021年（原计划）", kind="target", opt=True, chk=True),
  fact(ET, "project", "downstream_output_driven_cny", 1e11, "cny", "预计可拉动下游产业超千亿元", "建成投产后（预计）", kind="target", qual="超", qtext="超", opt=True),
  fact(ET, "project", "oversized_equipment_sets", 176, "count", "海南炼油乙烯项目超限设备多达176套", "2021年", opt=True),
 ])

# ---------------------------------------------------------------- qg07 洋浦 外事+园区 (hainanzimaogang.zgcsjs 2022)
G0 = "同意新加坡金航集团年产2万吨高端天然植物涂料科研及产业化项目在洋浦落地,不日将签约"
G1 = "总投资10亿元的东方雨虹洋浦绿色新材料综合产业园项目,仅用193天就建成试产"
G2 = "省委外办还给洋浦牵线引进了太平船务、湖南炫烨农业等一批产业项目"
G["qg07"] = dict(
 article=art("（无标题）洋浦“外事+园区”：新加坡金航集团涂料项目落地 东方雨虹项目193天建成试产", "hainanzimaogang.zgcsjs.org.cn（“海南自贸港”专题站转载；原发媒体与署名存段未示）", "2022", "year",
  "Free-trade-port channel relaying a local item, Hainan: a national development zone's foreign-affairs cooperation — a Singapore group's coatings project approved, a listed firm's new-materials park built in 193 days with its investment, other firms brought in, an investment-promotion company's plans",
  "http://hainanzimaogang.zgcsjs.org.cn/cms/shows/14/4456.html",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“2021年9月24日…签署”“去年9月…建成试产”“今年,洋浦将持续推动…”，推定为2022年（年初），记 2022（year），存疑。存段末段“据了解,去年,洋浦国际投资咨询有限公司…全年引进产业项目23个”句中中断，整段删去；正文截至“…共同推动海南自贸港先行区示范区建设。”，共五段。园区：洋浦经济开发区（文中又作“洋浦”；儋州市洋浦，海南）。项目：新加坡金航集团年产2万吨高端天然植物涂料科研及产业化项目（管委会“同意…在洋浦落地,不日将签约”——尚未签约，status 空）；东方雨虹洋浦绿色新材料综合产业园项目（总投资10亿元；“建成试产”→投产，2021年9月）；太平船务、湖南炫烨农业（“引进了…等一批产业项目”，以企业名作项目，可选，无阶段）。公司：新加坡金航集团、太平船务、湖南炫烨农业、洋浦国际投资咨询有限公司（均在洋浦）；东方雨虹只在项目名中（可选）。机构：省委外事工作委员会办公室（省委外办）、洋浦管委会（可选）。",
  "qg07"),
 parks=[
  park(YP, "儋州", "海南", "国家级经济开发区", "近日,经洋浦经济开发区管委会研究", district="洋浦", aliases=["洋浦"], note="文中多作“洋浦”"),
 ],
 companies=[
  comp("新加坡金航集团", YP, G0, note="项目获准在洋浦落地，不日签约"),
  comp("东方雨虹", YP, G1, opt=True, note="只在项目名中"),
  comp("太平船务", YP, G2),
  comp("湖南炫烨农业", YP, G2),
  comp("洋浦国际投资咨询有限公司", YP, "洋浦国际投资咨询有限公司副总裁陈明业说", note="洋浦的招商咨询公司"),
 ],
 institutions=[
  inst("省委外事工作委员会办公室", "上述这两个项目均是由省委外事工作委员会办公室(以下简称省委外办)牵线引进的", opt=False, note="简称“省委外办”"),
  inst("洋浦管委会", "2021年9月24日,省委外办与洋浦管委会签署“外事+园区”协作发展机制合作备忘录", park=YP, note="即洋浦经济开发区管委会"),
 ],
 projects=[
  proj("新加坡金航集团年产2万吨高端天然植物涂料科研及产业化项目", YP, G0, companies=["新加坡金航集团"],
       note="管委会同意落地，“不日将签约”；尚未签约，status 空"),
  proj("东方雨虹洋浦绿色新材料综合产业园项目", YP, G1, companies=["东方雨虹"], inv="总投资10亿元", status="投产", status_text="建成试产",
       note="2021年9月建成试产，历时193天"),
  proj("太平船务", YP, G2, companies=["太平船务"], opt=True, note="以企业名作项目；“引进”，无阶段"),
  proj("湖南炫烨农业", YP, G2, companies=["湖南炫烨农业"], opt=True, note="同上"),
 ],
 aggregate_facts=[],
)
