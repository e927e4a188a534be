# real59 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all nine items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios (25.2% → 0.252).
# Projects: the park is the one the text places the project in, null if none (a county is not a park). Status from the
# text's words (开工 / 动工 / 集中开工 → 开工; 正在加快建设 / 加快推进 / 顺利推进 → 在建; 投产 / 竣工投产 / 试投产 → 投产;
# 签约 / 签约引进 → 签约; 落户 / 即将落户 / 在谈 → no status). Targets (力争 / 预计到 / 再建 …) are kind target, kept apart
# from reported figures; year-to-date and “累计 / 截至目前 / 近年来” counts are cumulative. County-level figures have the
# county as subject (subject_type region). Sources are `search` (corpus pages) excerpts typed into _raw/pages/ycNN.raw as
# returned.

# ---------------------------------------------------------------- yc01 兴业县 “一区五园” (玉林日报 via gxcounty 2008)
XY = "兴业县"
DPS = "大平山生态工业园"
YC = "玉柴配套工业园"
A0 = "加快“一区五园”即产业转移经济开发区、大平山生态工业园、石大水泥建材工业园、六联电子化工工业园、山心创业园和卖酒灯饰城开发工业园建设步伐"
A1 = "近年来,该县承接东部产业转移项目120个,其中,亿元以上重大项目5个,总投资15.55亿元,已完成投资10.8亿元"
A2 = "继续加大投入再建10万平方米标准厂房,引进10个以上企业进园入区"
A3 = "一季度该县集中区共平整土地500多亩,铺设给排水管1500米,道路硬化850米,已建成标准厂房46000平方米"
A4 = "在大平山生态工业园规划建设玉柴配套工业园,力争引进一个2亿元以上的玉柴配套项目入园落户"
G["yc01"] = dict(
 article=art("（无标题）兴业县加快“一区五园”建设 承接东部产业转移项目120个", "玉林日报（韦宗朝），载于 gxcounty.com（广西县域经济网）", "2008-05-30", "day",
  "City daily via a regional county-economy portal, Guangxi: a county's six industrial parks (“一区五园”), projects taken over from the east with their investment, the year's plans for standard factories and firms, first-quarter groundwork, a supplier park planned for a truck-maker's partners",
  "http://gxcounty.com/news/yqjs/20080530/35568.html",
  "日期取页面“2008年05月30日 10:38 玉林日报”。存段无标题（title 为编者概括）；日期来源行、“0 分享 收藏…”行与“编辑:丹子 作者:韦宗朝 / 分享 / 首页”已删。正文两段，完整。园区：“一区五园”六个园区照录（产业转移经济开发区、大平山生态工业园、石大水泥建材工业园、六联电子化工工业园、山心创业园、卖酒灯饰城开发工业园；兴业县，玉林市，广西）；玉柴配套工业园在大平山生态工业园内“规划建设”（parent 大平山生态工业园）。“该县集中区”泛指县内工业集中区，不另列园区，一季度数字记于兴业县。公司：玉柴集团（外部企业，可选，park null）。无具名项目（“一个2亿元以上的玉柴配套项目”为招商目标，记为 target 事实，可选）。事实：承接项目120个、亿元以上5个、总投资15.55亿元、已完成投资10.8亿元（“近年来”，cumulative）；再建10万平方米标准厂房、引进10个以上企业（今年计划，target）；一季度平整土地500多亩（余）、给排水管1500米、道路硬化850米、已建成标准厂房46000平方米（reported）。",
  "yc01"),
 parks=[
  park("产业转移经济开发区", "玉林", "广西", "经济开发区", A0, district="兴业县", note="“一区五园”之“一区”；名称照录"),
  park(DPS, "玉林", "广西", "工业园", A0, district="兴业县"),
  park("石大水泥建材工业园", "玉林", "广西", "工业园", A0, district="兴业县"),
  park("六联电子化工工业园", "玉林", "广西", "工业园", A0, district="兴业县"),
  park("山心创业园", "玉林", "广西", "创业园", A0, district="兴业县"),
  park("卖酒灯饰城开发工业园", "玉林", "广西", "工业园", A0, district="兴业县"),
  park(YC, "玉林", "广西", "配套工业园（规划）", A4, district="兴业县", parent=DPS, note="在大平山生态工业园内规划建设"),
 ],
 companies=[
  comp("玉柴集团", None, "抓住玉柴集团外向拓展的机遇", opt=True, note="外部龙头企业；园区未说"),
 ],
 projects=[],
 aggregate_facts=[
  fact(XY, "region", "projects_transferred_in", 120, "count", A1, "2008年5月（近年来累计）", kind="cumulative", note="承接东部产业转移项目"),
  fact(XY, "region", "major_projects", 5, "count", A1, "2008年5月（近年来累计）", kind="cumulative", note="其中亿元以上重大项目"),
  fact(XY, "region", "major_projects_total_investment_cny", 1.555e9, "cny", "总投资15.55亿元", "2008年5月（近年来累计）", kind="cumulative", chk=True, note="5个亿元以上重大项目"),
  fact(XY, "region", "major_projects_investment_completed_cny", 1.08e9, "cny", "已完成投资10.8亿元", "2008年5月（近年来累计）", kind="cumulative", chk=True),
  fact(XY, "region", "standard_factory_planned_m2", 100000, "m2", A2, "2008年（计划）", kind="target"),
  fact(XY, "region", "firms_to_attract", 10, "count", A2, "2008年（计划）", kind="target", qual="超", qtext="以上"),
  fact(XY, "region", "land_leveled_mu", 500, "mu", A3, "2008年一季度", qual="余", qtext="多", note="“该县集中区”"),
  fact(XY, "region", "drainage_pipe_laid_m", 1500, "m", A3, "2008年一季度", opt=True),
  fact(XY, "region", "road_hardened_m", 850, "m", A3, "2008年一季度", opt=True),
  fact(XY, "region", "standard_factory_built_m2", 46000, "m2", A3, "2008年一季度末", note="已建成标准厂房"),
  fact(YC, "park", "target_project_investment_cny", 2e8, "cny", A4, "（目标）", kind="target", qual="超", qtext="以上", opt=True, chk=True,
       note="“力争引进一个2亿元以上的玉柴配套项目”"),
 ])

# ---------------------------------------------------------------- yc02 南昌县 / 小蓝经开区 上半年 (chinadaily relay 2015)
NC = "南昌县"
XL = "小蓝经开区"
B0 = "上半年,该县工业主战场——小蓝经开区以推进71个重大重点项目开工、建设、投产、达效为重点,促进汽车及零部件、食品饮料、医药仪器三大产业集聚式扩张"
B1 = "江森自控、江铃特种车辆厂、欣阳、佛吉亚、江铃股份20万台汽油发动机等汽车零部件产业以及人之初等35个项目上半年实现投产或试投产"
B2 = "梅克朗、意达机械、银轮热交换等36个项目正在加快建设中"
B3 = "自2011年6月以来,该县共引进亿元以上商贸服务业项目28个,投资总额超过300亿元"
B4 = "其中盛汇城市广场、大地影院、中影影城、演武广场、天虹商场都将在7月底开业"
B5 = "加利福商业广场、红星美凯龙等项目将实现年底主体竣工"
B6 = "新洪城大市场主市场年底也将主体竣工,预计2016年开业"
B7 = "南昌县财政总收入和地方一般公共预算收入分别完成51.6亿元和30.5亿元,同比分别增长16.6%和14.1%"
B8 = "为该县实现2015年“财政过百亿、园区冲千亿”的目标奠定了扎实基础"
ASB = "2015年上半年"
def _b_prod(name, note=None):
    return proj(name, XL, B1, companies=[name] if name not in ("江铃股份20万台汽油发动机",) else ["江铃股份"], status="投产",
                status_text="实现投产或试投产", note=note or "项目以企业名称列出；园区由语境推定（小蓝经开区的重大重点项目）")
def _b_build(name):
    return proj(name, XL, B2, companies=[name], status="在建", status_text="正在加快建设中",
                note="项目以企业名称列出；园区由语境推定")
G["yc02"] = dict(
 article=art("（无标题）南昌县上半年财政收入领跑全省 小蓝经开区35个项目投产、36个项目加快建设", "“本报南昌县讯”（记者范志刚，通讯员胡雪萍、龚娟；报名存段未示），载于 covid-19.chinadaily.com.cn（中国日报网 hqpl/zggc 栏）", "2015-07-12", "day",
  "Newspaper item on a national portal, Jiangxi: a county's half-year review — fiscal revenue and growth, its national-level zone's named projects in production and under construction, commercial-service projects introduced and about to open",
  "http://covid-19.chinadaily.com.cn/hqpl/zggc/2015-07-12/content_13964518.html",
  "日期取网址 2015-07-12。存段无标题（title 为编者概括）、无日期行；原发报纸未在存段中注明（“本报南昌县讯”），记为此。正文三段，存段止于“…预计2016年开业。”（是否为全文不详）。园区：小蓝经开区（“该县工业主战场”；南昌县，南昌市，江西）。项目：江森自控、江铃特种车辆厂、欣阳、佛吉亚、江铃股份20万台汽油发动机、人之初（“35个项目上半年实现投产或试投产”→投产）；梅克朗、意达机械、银轮热交换（“36个项目正在加快建设中”→在建）——均以企业名列出，园区由紧接小蓝经开区的语境推定，无金额。商贸服务业项目（盛汇城市广场等五项“将在7月底开业”，加利福商业广场、红星美凯龙“将实现年底主体竣工”，新洪城大市场主市场）为县内项目、不在园区，状态为将来时，不记状态，列为可选。公司：以上企业名另列为可选公司（园区小蓝经开区；商贸企业 park null）。事实：南昌县上半年财政总收入51.6亿元、地方一般公共预算收入30.5亿元及增速；小蓝经开区推进71个重大重点项目、35个投产、36个在建；县自2011年6月以来引进亿元以上商贸服务业项目28个、投资总额超过300亿元（cumulative，超）、正在推进41个；“财政过百亿、园区冲千亿”为2015年目标（target，可选）。",
  "yc02"),
 parks=[
  park(XL, "南昌", "江西", "经济技术开发区", B0, district="南昌县", note="“该县工业主战场”"),
 ],
 companies=[
  comp("江森自控", XL, B1, opt=True, note="以企业名作项目名"),
  comp("江铃特种车辆厂", XL, B1, opt=True, note="同上"),
  comp("欣阳", XL, B1, opt=True, note="同上"),
  comp("佛吉亚", XL, B1, opt=True, note="同上"),
  comp("江铃股份", XL, B1, opt=True, note="只在项目名中"),
  comp("人之初", XL, B1, opt=True, note="以企业名作项目名"),
  comp("梅克朗", XL, B2, opt=True, note="以企业名作项目名"),
  comp("意达机械", XL, B2, opt=True, note="同上"),
  comp("银轮热交换", XL, B2, opt=True, note="同上"),
  comp("天虹商场", None, B4, opt=True, note="商贸项目；县内，不在园区"),
  comp("红星美凯龙", None, B5, opt=True, note="商贸项目；县内，不在园区"),
 ],
 projects=[
  _b_prod("江森自控"), _b_prod("江铃特种车辆厂"), _b_prod("欣阳"), _b_prod("佛吉亚"),
  _b_prod("江铃股份20万台汽油发动机", note="江铃股份的发动机项目；园区由语境推定"), _b_prod("人之初"),
  _b_build("梅克朗"), _b_build("意达机械"), _b_build("银轮热交换"),
  proj("盛汇城市广场", None, B4, status=None, status_text="都将在7月底开业", opt=True, note="商贸服务业项目，县内"),
  proj("大地影院", None, B4, status=None, status_text="都将在7月底开业", opt=True, note="同上"),
  proj("中影影城", None, B4, status=None, status_text="都将在7月底开业", opt=True, note="同上"),
  proj("演武广场", None, B4, status=None, status_text="都将在7月底开业", opt=True, note="同上"),
  proj("天虹商场", None, B4, status=None, status_text="都将在7月底开业", opt=True, note="同上"),
  proj("加利福商业广场", None, B5, status=None, status_text="将实现年底主体竣工", opt=True, note="同上"),
  proj("红星美凯龙", None, B5, status=None, status_text="将实现年底主体竣工", opt=True, note="同上"),
  proj("新洪城大市场主市场", None, B6, status=None, status_text="年底也将主体竣工", opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact(NC, "region", "fiscal_revenue_total_cny", 5.16e9, "cny", B7, ASB, chk=True),
  fact(NC, "region", "local_general_budget_revenue_cny", 3.05e9, "cny", "30.5亿元,同比分别增长16.6%和14.1%", ASB, chk=True),
  fact(NC, "region", "fiscal_revenue_total_yoy_growth", 0.166, "ratio", B7, ASB, kind="ratio"),
  fact(NC, "region", "local_general_budget_revenue_yoy_growth", 0.141, "ratio", B7, ASB, kind="ratio"),
  fact(NC, "region", "fiscal_revenue_total", 1e10, "cny", B8, "2015年（目标）", kind="target", opt=True, note="“财政过百亿”"),
  fact(XL, "park", "revenue", 1e11, "cny", B8, "2015年（目标）", kind="target", opt=True, note="“园区冲千亿”；园区指小蓝经开区（推定）"),
  fact(XL, "park", "major_projects_pushed", 71, "count", B0, ASB, opt=True, note="推进开工、建设、投产、达效的重大重点项目"),
  fact(XL, "park", "projects_in_production", 35, "count", B1, ASB, note="投产或试投产"),
  fact(XL, "park", "projects_under_construction", 36, "count", B2, ASB),
  fact(NC, "region", "commercial_projects_introduced", 28, "count", B3, "2011年6月至2015年7月", kind="cumulative", note="亿元以上商贸服务业项目"),
  fact(NC, "region", "commercial_projects_investment_cny", 3e10, "cny", "投资总额超过300亿元", "2011年6月至2015年7月", kind="cumulative", qual="超", qtext="超过", chk=True),
  fact(NC, "region", "commercial_projects_in_progress", 41, "count", "目前,该县正在推进的重大商贸服务业项目共41个", "2015年7月"),
 ])

# ---------------------------------------------------------------- yc03 广西中国—东盟青年产业园 一季度 (yybnet 2015)
QN = "广西中国—东盟青年产业园"
C0 = "今年以来,广西中国—东盟青年产业园强力推进园区规划、招商引资、入园项目及基础设施项目建设,园区经济运行实现快速增长"
C1 = "今年一季度,园区实现生产总值9.41亿元,同比增长25.2%,完成全年任务的78.4%"
C2 = "上缴税金3804万元,同比增长36.25%,完成全年任务的76.2%"
C3 = "工业项目投资7.3亿元,完成全年任务的81%"
C4 = "基础设施投资0.65亿元,完成全年任务的65%"
C5 = "今年以来,该园区共向扶绥县政府上报项目4个,总投资6.48亿元"
C6 = "园区管委会跟踪推进的在谈项目10多个,其中包括消防设备加工、电气电控设备、上海胜华电线电缆项目等8个项目"
C7 = "今年一季度,广西南国铜业有限公司已累计完成投资3亿多元"
C8 = "选矿机生产项目已完成围墙及1号车间主体工程,第一条生产线有望在9月底竣工试产"
C9 = "此外,园区内的彩印纸箱包装制品生产、防水防腐材料异地技改、合成高效减水剂异地技改、高强瓦楞原纸、天然泉水饮料建设、广西香果人家农业投资有限公司第一条生产线百香果加工、沣桦酒业乙酸乙酯生产等一批项目建设,都按计划和预期目标顺利推进"
ASC = "2015年一季度"
def _c_build(name, companies=(), opt=False, note=None):
    return proj(name, QN, C9, companies=list(companies), status="在建", status_text="项目建设…顺利推进", opt=opt, note=note)
G["yc03"] = dict(
 article=art("（无标题）广西中国—东盟青年产业园一季度生产总值9.41亿元 完成全年任务的78.4%", "“本报扶绥讯”（记者黄献山；报名存段未示，站点为崇左扶绥频道），载于 www.yybnet.net", "2015-05", "month",
  "Local news relayed by a regional portal, Guangxi: a county-level industrial park's first-quarter review — output, tax, industrial and infrastructure investment against the year's tasks, projects reported and under negotiation, a copper smelter's progress and a batch of projects under construction",
  "https://www.yybnet.net/chongzuo/fusui/201505/1414817.html",
  "日期：网址 201505，文中“今年一季度”，记为 2015-05（month）。存段无标题（title 为编者概括）。存段在末段“投资9808万元的220KV变电站也正在进行主体工程施”处中断；末段（“基础设施建设、征地和园区规划修编工作有序推进。今年以来,园区纵五路…”，一句未完）整段删去，正文截至“…都按计划和预期目标顺利推进。”，共三段。园区：广西中国—东盟青年产业园（扶绥县，崇左市，广西；简称“青年产业园”只出现在删去的末段，故不列 alias）。公司：广西南国铜业有限公司（一季度累计完成投资3亿多元，在园）；广西香果人家农业投资有限公司、沣桦酒业（在园项目的企业）；上海胜华电线电缆（在谈项目，可选）。项目：选矿机生产项目（“已完成围墙及1号车间主体工程”→在建；是否属南国铜业，文中未明，不挂公司）；“园区内的…等一批项目建设,都按计划…顺利推进”七项→在建（带企业名的两项必选，其余五项名称泛化列为可选）；在谈项目（消防设备加工、电气电控设备、上海胜华电线电缆项目）无状态，可选。事实：一季度生产总值、上缴税金、工业项目投资、基础设施投资及增速、完成全年任务比例（ratio）；向县政府上报项目4个、总投资6.48亿元；在谈项目10多个（余）；南国铜业累计完成投资3亿多元（余）、土地平整1900亩（可选）。",
  "yc03"),
 parks=[
  park(QN, "崇左", "广西", "产业园", C0, district="扶绥县", note="文中又作“园区”"),
 ],
 companies=[
  comp("广西南国铜业有限公司", QN, C7),
  comp("广西香果人家农业投资有限公司", QN, C9, note="园区内百香果加工项目的企业"),
  comp("沣桦酒业", QN, C9, note="只在项目名中；“园区内的”项目"),
  comp("上海胜华电线电缆", None, C6, opt=True, note="在谈项目名中"),
 ],
 institutions=[
  inst("扶绥县政府", C5, note="园区向其上报项目"),
 ],
 projects=[
  proj("选矿机生产项目", QN, C8, status="在建", status_text="已完成围墙及1号车间主体工程", note="第一条生产线有望在9月底竣工试产；与南国铜业的关系未明"),
  _c_build("广西香果人家农业投资有限公司第一条生产线百香果加工", companies=["广西香果人家农业投资有限公司"]),
  _c_build("沣桦酒业乙酸乙酯生产", companies=["沣桦酒业"]),
  _c_build("彩印纸箱包装制品生产", opt=True, note="名称泛化"),
  _c_build("防水防腐材料异地技改", opt=True, note="名称泛化"),
  _c_build("合成高效减水剂异地技改", opt=True, note="名称泛化"),
  _c_build("高强瓦楞原纸", opt=True, note="名称泛化"),
  _c_build("天然泉水饮料建设", opt=True, note="名称泛化"),
  proj("上海胜华电线电缆项目", QN, C6, status=None, status_text="在谈", opt=True, note="园区管委会跟踪推进的在谈项目"),
  proj("消防设备加工", QN, C6, status=None, status_text="在谈", opt=True, note="同上；名称泛化"),
  proj("电气电控设备", QN, C6, status=None, status_text="在谈", opt=True, note="同上；名称泛化"),
 ],
 aggregate_facts=[
  fact(QN, "park", "gdp_cny", 9.41e8, "cny", C1, ASC, chk=True, note="生产总值"),
  fact(QN, "park", "gdp_yoy_growth", 0.252, "ratio", C1, ASC, kind="ratio"),
  fact(QN, "park", "gdp_share_of_annual_task", 0.784, "ratio", C1, ASC, kind="ratio"),
  fact(QN, "park", "tax_paid_cny", 3.804e7, "cny", C2, ASC, chk=True),
  fact(QN, "park", "tax_paid_yoy_growth", 0.3625, "ratio", C2, ASC, kind="ratio"),
  fact(QN, "park", "tax_paid_share_of_annual_task", 0.762, "ratio", C2, ASC, kind="ratio"),
  fact(QN, "park", "industrial_project_investment_cny", 7.3e8, "cny", C3, ASC, chk=True),
  fact(QN, "park", "industrial_project_investment_share_of_annual_task", 0.81, "ratio", C3, ASC, kind="ratio"),
  fact(QN, "park", "infrastructure_investment_cny", 6.5e7, "cny", C4, ASC, chk=True),
  fact(QN, "park", "infrastructure_investment_share_of_annual_task", 0.65, "ratio", C4, ASC, kind="ratio"),
  fact(QN, "park", "projects_reported", 4, "count", C5, "2015年1月至5月", kind="cumulative", note="向扶绥县政府上报"),
  fact(QN, "park", "projects_reported_investment_cny", 6.48e8, "cny", "总投资6.48亿元", "2015年1月至5月", kind="cumulative", chk=True),
  fact(QN, "park", "projects_in_negotiation", 10, "count", C6, "2015年5月", qual="余", qtext="多"),
  fact("广西南国铜业有限公司", "company", "investment_completed", 3e8, "cny", C7, ASC, kind="cumulative", qual="余", qtext="多",
       note="“3亿多元”不是整数+亿元，metric 不带 _cny 后缀（as real9 x10 / real25 q01）"),
  fact("广西南国铜业有限公司", "company", "land_leveled_mu", 1900, "mu", "厂区土地平整已完成1900亩", ASC, kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- yc04 隆回县湘商产业园 (湖南省商务厅 2017)
LH = "隆回县湘商产业园"
D0 = "在短短的两年多时间内,隆回县湘商产业园标准化厂房累计新开工建设面积达42.08万平方米,竣工面积38.05万平方米,投产面积27.27万平方米,续建面积4.03万平方米"
D1 = "共招商引进企业65家,其中投产企业43家,规模企业28家"
D2 = "工业总产值10.84亿元,上缴税收4012万元,新增就业岗位3955"
D3 = "隆回县湘商产业园共规划两处,即城东南综合产业园和城南大健康科技产业园"
D4 = "据悉,由广东惠电科技发展有限公司实施的年产8000套高低配电设备项目、由东莞市井田精密五金工具有限公司实施的精密五金制造项目等高科技企业项目也即将落户湘商产业园"
D5 = "预计到2018年,湘商产业园工业总产值将达40亿元,提供就业岗位10000个"
ASD = "2015年至2017年7月（创建以来两年多）"
G["yc04"] = dict(
 article=art("隆回县湘商产业园:老乡特区里打造工业园区发展新引擎", "湖南省商务厅网站（swt.hunan.gov.cn，“市州动态”；原发媒体与署名未注明）", "2017-08-01", "day",
  "Provincial commerce department's website, Hunan: a county park for returning Hunan entrepreneurs two years on — standard factory space started, completed and in production, firms entered / in production / above scale, output, tax and jobs, two sub-parks, two firms' projects about to land, the park's 2018 target",
  "http://swt.hunan.gov.cn/swt/hnswt/szdt/201708/t20170801_4323734.html",
  "日期取页面“发布时间:2017-08-01”。标题照录；页头日期行与页尾“文件下载 / 来源: 责任编辑: / 分享到 / 友情链接 / 主办单位…”等站点栏目已删。正文四段，完整。园区：隆回县湘商产业园（文中又作“湘商产业园”；隆回县，邵阳市，湖南）；两处规划园区城东南综合产业园、城南大健康科技产业园（parent 隆回县湘商产业园）。项目：年产8000套高低配电设备项目（广东惠电科技发展有限公司）、精密五金制造项目（东莞市井田精密五金工具有限公司）——“也即将落户湘商产业园”，园区照文，状态不记（即将落户，非签约/开工），无金额。事实：标准化厂房累计新开工42.08万平方米、竣工38.05万、投产27.27万、续建4.03万（可选）；招商引进企业65家、投产43家、规模企业28家；工业总产值10.84亿元、上缴税收4012万元、新增就业岗位3955（“在短短的两年多时间内”的累计，kind cumulative；产值是否为年值，文中未明）；“预计到2018年”工业总产值40亿元、就业岗位10000个为目标（target）。",
  "yc04"),
 parks=[
  park(LH, "邵阳", "湖南", "产业园", D0, district="隆回县", aliases=["湘商产业园"], note="县委、县政府批准设立的老乡创业特区，2015年创建"),
  park("城东南综合产业园", "邵阳", "湖南", "产业园", D3, district="隆回县", parent=LH),
  park("城南大健康科技产业园", "邵阳", "湖南", "产业园", D3, district="隆回县", parent=LH),
 ],
 companies=[
  comp("广东惠电科技发展有限公司", LH, D4, note="项目即将落户湘商产业园"),
  comp("东莞市井田精密五金工具有限公司", LH, D4, note="项目即将落户湘商产业园"),
 ],
 institutions=[
  inst("湘商产业园项目建设指挥部", "另,从湘商产业园项目建设指挥部获悉", note="园区指挥部"),
 ],
 projects=[
  proj("年产8000套高低配电设备项目", LH, D4, companies=["广东惠电科技发展有限公司"], status=None, status_text="即将落户",
       note="即将落户，不记状态"),
  proj("精密五金制造项目", LH, D4, companies=["东莞市井田精密五金工具有限公司"], status=None, status_text="即将落户",
       note="即将落户，不记状态"),
 ],
 aggregate_facts=[
  fact(LH, "park", "standard_factory_started_m2", 420800, "m2", D0, ASD, kind="cumulative"),
  fact(LH, "park", "standard_factory_completed_m2", 380500, "m2", D0, ASD, kind="cumulative"),
  fact(LH, "park", "standard_factory_in_production_m2", 272700, "m2", D0, ASD, kind="cumulative"),
  fact(LH, "park", "standard_factory_continuing_m2", 40300, "m2", D0, ASD, kind="cumulative", opt=True),
  fact(LH, "park", "firms", 65, "count", D1, ASD, kind="cumulative", note="招商引进企业"),
  fact(LH, "park", "firms_in_production", 43, "count", D1, ASD, kind="cumulative"),
  fact(LH, "park", "above_scale_firms", 28, "count", D1, ASD, kind="cumulative"),
  fact(LH, "park", "industrial_output_cny", 1.084e9, "cny", D2, ASD, kind="cumulative", chk=True, note="期间口径未明（两年多累计或当前年值）"),
  fact(LH, "park", "tax_paid_cny", 4.012e7, "cny", "上缴税收4012万元", ASD, kind="cumulative", chk=True),
  fact(LH, "park", "jobs_created", 3955, "count", D2, ASD, kind="cumulative"),
  fact(LH, "park", "industrial_output_cny", 4e9, "cny", D5, "2018年（预计）", kind="target", chk=True),
  fact(LH, "park", "jobs", 10000, "count", D5, "2018年（预计）", kind="target"),
 ])

# ---------------------------------------------------------------- yc05 鹿邑县产业集聚区 化妆刷小镇 (周口日报 2020)
LY = "鹿邑县产业集聚区"
HZ = "化妆刷小镇"
E0 = "12月2日,鹿邑县在县产业集聚区举行化妆刷小镇集中开工仪式"
E1 = "截至目前,新签约项目22个,总投资100.9亿元,新开工项目22个"
E2 = "据了解,此次集中开工的鹿邑县嘉美彩化妆刷生产项目、河南金滔科技建设项目、龙泰实业高档化妆刷建设项目、深圳市合志晟化妆用具项目、河南昌顺达化妆用具项目、河南通盈化妆建设项目、鹿邑相约大酒店建设项目、河南昌顺达化妆生产研发项目、河南鑫娜彩妆建设项目、河南美思达化妆用具11个重点建设项目,总投资近21亿元"
ASE = "2020年12月2日"
def _e(name, company=None, opt=False, note=None):
    return proj(name, LY, E2, companies=[company] if company else [], status="开工", status_text="集中开工", opt=opt,
                note=note or "化妆刷小镇集中开工项目；园区由开工仪式地点推定")
G["yc05"] = dict(
 article=art("（无标题）鹿邑县在县产业集聚区举行化妆刷小镇集中开工仪式 11个项目总投资近21亿元", "周口日报·周道客户端（记者李瑞才），载于 zhld.com", "2020-12-03", "day",
  "City daily's news app, Henan: a county holds a groundbreaking for its make-up-brush town in the county industrial cluster zone — the county's year-to-date signings and starts, ten named projects started with their combined investment",
  "http://zhld.com/content/2020-12/03/content_908066.html",
  "日期取页面“2020-12-03”。存段无标题（title 为编者概括）；“来源:周道客户端”、日期行与记者署名行“周口日报·周道客户端记者 李瑞才”已删（署名记于 outlet）。存段末句“项目建成投用后,将进一步完善全县化妆刷产业链布局,聚集化妆刷产业集群,不断夯实鹿邑主导产业妆刷”在句中中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…总投资近21亿元。”，共四段。园区：鹿邑县产业集聚区（文中作“县产业集聚区”“产业集聚区”；名称不逐字见于文中）；化妆刷小镇（在集聚区内举行开工，可选，parent 鹿邑县产业集聚区）。项目：列名十项（文称“11个重点建设项目”，列出十个名称），集中开工→开工，园区由开工仪式地点推定为集聚区（“鹿邑相约大酒店建设项目”同列，照列）；单项无金额，合计“近21亿元”（约）记为集聚区事实。公司：只在项目名中出现的企业列为可选（park 集聚区）。机构：县招商引资和营商环境服务中心、产业集聚区管委会（可选）。事实：“截至目前”全县新签约项目22个、总投资100.9亿元、新开工项目22个（鹿邑县，cumulative）；此次集中开工11个、总投资近21亿元。",
  "yc05"),
 parks=[
  park(LY, "周口", "河南", "产业集聚区", E0, district="鹿邑县", aliases=["县产业集聚区"], note="文中作“县产业集聚区”“产业集聚区”"),
  park(HZ, "周口", "河南", "特色小镇（化妆刷）", E0, district="鹿邑县", parent=LY, opt=True, note="开工仪式在县产业集聚区举行；是否为园区存疑"),
 ],
 companies=[
  comp("嘉美彩", LY, E2, opt=True, note="只在项目名中"),
  comp("河南金滔科技", LY, E2, opt=True, note="只在项目名中"),
  comp("龙泰实业", LY, E2, opt=True, note="只在项目名中"),
  comp("深圳市合志晟", LY, E2, opt=True, note="只在项目名中"),
  comp("河南昌顺达", LY, E2, opt=True, note="只在项目名中（两个项目）"),
  comp("河南通盈", LY, E2, opt=True, note="只在项目名中"),
  comp("河南鑫娜彩妆", LY, E2, opt=True, note="只在项目名中"),
  comp("河南美思达", LY, E2, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("县招商引资和营商环境服务中心", "县招商引资和营商环境服务中心党组书记、主任夏彬宣读了招商信息报送情况和项目签约情况通报"),
  inst("产业集聚区管委会", "产业集聚区管委会主任陶卫华代表项目开工服务单位发言", park=LY),
 ],
 projects=[
  _e("鹿邑县嘉美彩化妆刷生产项目", "嘉美彩"),
  _e("河南金滔科技建设项目", "河南金滔科技"),
  _e("龙泰实业高档化妆刷建设项目", "龙泰实业"),
  _e("深圳市合志晟化妆用具项目", "深圳市合志晟"),
  _e("河南昌顺达化妆用具项目", "河南昌顺达"),
  _e("河南通盈化妆建设项目", "河南通盈"),
  _e("鹿邑相约大酒店建设项目", note="同列于集中开工项目；园区由开工仪式地点推定"),
  _e("河南昌顺达化妆生产研发项目", "河南昌顺达"),
  _e("河南鑫娜彩妆建设项目", "河南鑫娜彩妆"),
  _e("河南美思达化妆用具", "河南美思达", note="原文无“项目”二字；园区由开工仪式地点推定"),
 ],
 aggregate_facts=[
  fact("鹿邑县", "region", "projects_signed", 22, "count", E1, "2020年1月至12月2日", kind="cumulative"),
  fact("鹿邑县", "region", "projects_signed_investment_cny", 1.009e10, "cny", "总投资100.9亿元", "2020年1月至12月2日", kind="cumulative", chk=True),
  fact("鹿邑县", "region", "projects_started", 22, "count", E1, "2020年1月至12月2日", kind="cumulative"),
  fact(LY, "park", "projects_started", 11, "count", E2, ASE, note="此次集中开工（化妆刷小镇）"),
  fact(LY, "park", "projects_started_investment_cny", 2.1e9, "cny", "总投资近21亿元", ASE, qual="约", qtext="近", chk=True, note="此次集中开工11个项目合计"),
 ])

# ---------------------------------------------------------------- yc06 桐城经开区 (桐城市融媒体中心 2021)
TC = "桐城经开区"
F0 = "近日,记者获悉,桐城经开区顺利进入全省开发区2020年度考核前30位,拟获省政府表彰"
F1 = "2020年,该区新增高新技术企业12家,科技型中小企业31家,新增规模以上工业企业9家,新增省战略性新兴产业企业10家"
F2 = "其中,金田集团荣登全省制造业百强榜,安庆汇通汽车部件公司被认定为全省创新技术示范企业,中建材桐城新能源和中建材浚鑫联合申报的太阳能产品新兴产业重大工程成功获批"
F3 = "与南京江北新区智能制造产业园、上海临港海立方科技园签署园区合作战略协议"
AS6 = "2020年"
G["yc06"] = dict(
 article=art("桐城经开区:勇当安庆园区发展“排头兵”", "桐城市融媒体中心（沈工友、吴磐），载于 itongcheng.cc（桐城新闻·工业栏）", "2021-03-23", "day",
  "County-level city's media centre, Anhui: a national-level zone's 2020 review — provincial ranking, new high-tech, small tech and above-scale firms, named leading firms, partnership agreements with two parks elsewhere",
  "http://www.itongcheng.cc/gongye/2021_03/23_55068.html",
  "日期取页面“2021-03-23 来源:市融媒体中心 作者:沈工友 吴磐”。标题照录；面包屑“当前位置:桐城 > 桐城新闻 > 工业 >”、日期来源行与“导读:…”提要（页面自动截取的首段，止于“经济技术开”）已删。存段在“招商引资成效明显”段第三句中断：“近年来,该区先后成功招引中建材高效单晶硅电池片及双玻组件项目,…华丰印刷年产1.2亿平方米环保包装新材料项目,上海希姆通”，该句整句删去（make_txt.py LINE_SUFFIX），正文截至“…签署园区合作战略协议。”，共四段（含标题下三段与“招商引资成效明显”段）。园区：桐城经开区（桐城市，安庆市，安徽；“2013年升格为国家级经济技术开发区”）；南京江北新区智能制造产业园、上海临港海立方科技园为签署合作协议的外地园区（照列）。公司：金田集团、安庆汇通汽车部件公司、中建材桐城新能源、中建材浚鑫（均在“该区”的“其中”名单里，在园）。项目：“太阳能产品新兴产业重大工程成功获批”——获批的专项工程，不是签约/开工状态，列为可选项目、无状态。事实：2020年新增高新技术企业12家、科技型中小企业31家、新增规上工业企业9家、新增省战新企业10家。",
  "yc06"),
 parks=[
  park(TC, "安庆", "安徽", "国家级经济技术开发区", F0, district="桐城市", note="2013年升格为国家级经济技术开发区；文中又作“该区”"),
  park("南京江北新区智能制造产业园", "南京", "江苏", "产业园", F3, note="与桐城经开区签署园区合作战略协议的外地园区"),
  park("上海临港海立方科技园", "上海", "上海", "科技园", F3, note="同上"),
 ],
 companies=[
  comp("金田集团", TC, F2, note="荣登全省制造业百强榜"),
  comp("安庆汇通汽车部件公司", TC, F2, note="全省创新技术示范企业"),
  comp("中建材桐城新能源", TC, F2),
  comp("中建材浚鑫", TC, F2),
 ],
 projects=[
  proj("太阳能产品新兴产业重大工程", TC, F2, companies=["中建材桐城新能源", "中建材浚鑫"], status=None, status_text="成功获批", opt=True,
       note="联合申报的省级专项工程获批；不作签约/开工"),
 ],
 aggregate_facts=[
  fact(TC, "park", "new_high_tech_firms", 12, "count", F1, AS6),
  fact(TC, "park", "new_tech_smes", 31, "count", F1, AS6, note="科技型中小企业（文中未写“新增”二字，承前）"),
  fact(TC, "park", "new_above_scale_firms", 9, "count", F1, AS6),
  fact(TC, "park", "new_strategic_emerging_firms", 10, "count", F1, AS6, note="省战略性新兴产业企业"),
  fact(TC, "park", "provincial_ranking_top", 30, "rank", F0, "2020年度考核", opt=True, note="进入全省开发区前30位"),
 ])

# ---------------------------------------------------------------- yc07 温县产业集聚区 集中签约 (焦作日报 2019)
WX = "温县产业集聚区"
G0 = "6月24日上午,温县在产业集聚区举行“一赛一节”招商推介暨项目“百日攻坚”集中签约活动"
G1 = "年产30万平方米绿色装配式建筑配套装备项目、银港产业园二期、金水产业孵化园等15个项目成功签约,总投资52亿元"
G2 = "其中,浙江沐晖智能科技有限公司年产30万平方米绿色装配式建筑配套装备项目投资额为10亿元"
G3 = "河南银港企业管理集团投资的银港产业园二期项目投资额为6.72亿元"
G4 = "福通控股集团投资的金水产业孵化园项目投资额为12亿元"
G5 = "河南中建北方建材科技有限公司投资的年产15万平方米标准铝合金体系模板项目投资额为5亿元"
G6 = "面积21.3平方公里的温县产业集聚区,是“河南省二星级产业集聚区”“十快产业集聚区”“河南省经济开发区”"
G7 = "IDG资本《印象太极》、北京同仁堂、太极拳学院等一批产业龙头、行业巨头纷纷落户温县"
G8 = "2019年上半年,该县新引进项目42个,总投资159.5亿元"
NOTE7 = "签约活动在产业集聚区举行，但文中未说项目落在集聚区，park 记 null（存疑）"
G["yc07"] = dict(
 article=art("（无标题）温县在产业集聚区举行集中签约活动 15个项目总投资52亿元", "焦作日报（记者张鹏），载于 epaper.jzrb.com", "2019-06-27", "day",
  "City daily's e-paper, Henan: a county's signing event held in its industrial cluster zone — 15 projects signed, four named with investors and amounts, the zone's area and ratings, the county's half-year new projects",
  "http://epaper.jzrb.com/rb/html/2019-06/27/content_545964.htm",
  "日期取网址 2019-06/27（文中活动日为6月24日）。存段无标题（title 为编者概括）。存段末段“温县特别注重创新招商方式,运用“飞地招商”模式”在句中中断，整段删去，正文截至“…总投资159.5亿元。”，共四段。园区：温县产业集聚区（温县，焦作市，河南；面积21.3平方公里；“河南省二星级产业集聚区”等称号）。本园区亦见于 real52 zv05（2016年观摩），但本篇为另一事件（2019年集中签约）。项目：四个具名签约项目（年产30万平方米绿色装配式建筑配套装备项目10亿元、银港产业园二期项目6.72亿元、金水产业孵化园项目12亿元、年产15万平方米标准铝合金体系模板项目5亿元）→签约；签约活动在集聚区举行，但文中只说签约，未说项目建在集聚区，park 记 null（判断存疑，见 note）。银港产业园、金水产业孵化园是项目（园中园开发），不另列园区。公司：四家投资方（park null）；IDG资本、北京同仁堂“落户温县”（可选，park null）；太极拳学院（机构，可选）。事实：15个项目签约、总投资52亿元（温县，2019-06-24）；集聚区面积21.3平方公里；2019年上半年新引进项目42个、总投资159.5亿元（温县）。",
  "yc07"),
 parks=[
  park(WX, "焦作", "河南", "产业集聚区", G6, district="温县", note="二星级产业集聚区；文中又作“产业集聚区”"),
 ],
 companies=[
  comp("浙江沐晖智能科技有限公司", None, G2, note=NOTE7),
  comp("河南银港企业管理集团", None, G3, note=NOTE7),
  comp("福通控股集团", None, G4, note=NOTE7),
  comp("河南中建北方建材科技有限公司", None, G5, note=NOTE7),
  comp("IDG资本", None, G7, opt=True, note="“落户温县”，园区未说"),
  comp("北京同仁堂", None, G7, opt=True, note="“落户温县”，园区未说"),
 ],
 institutions=[
  inst("太极拳学院", G7, kind="university", note="“落户温县”"),
 ],
 projects=[
  proj("年产30万平方米绿色装配式建筑配套装备项目", None, G2, companies=["浙江沐晖智能科技有限公司"], inv="投资额为10亿元", status="签约", status_text="成功签约", note=NOTE7),
  proj("银港产业园二期项目", None, G3, companies=["河南银港企业管理集团"], inv="投资额为6.72亿元", phase="二期", status="签约", status_text="成功签约",
       aliases=["银港产业园二期"], note=NOTE7),
  proj("金水产业孵化园项目", None, G4, companies=["福通控股集团"], inv="投资额为12亿元", status="签约", status_text="成功签约",
       aliases=["金水产业孵化园"], note=NOTE7),
  proj("年产15万平方米标准铝合金体系模板项目", None, G5, companies=["河南中建北方建材科技有限公司"], inv="投资额为5亿元", status="签约", status_text="成功签约", note=NOTE7),
 ],
 aggregate_facts=[
  fact("温县", "region", "projects_signed", 15, "count", G1, "2019年6月24日（集中签约）"),
  fact("温县", "region", "projects_signed_investment_cny", 5.2e9, "cny", "总投资52亿元", "2019年6月24日（集中签约）", chk=True),
  fact(WX, "park", "area_km2", 21.3, "km2", G6, "2019年6月"),
  fact("温县", "region", "new_projects", 42, "count", G8, "2019年上半年"),
  fact("温县", "region", "new_projects_investment_cny", 1.595e10, "cny", "总投资159.5亿元", "2019年上半年", chk=True),
 ])

# ---------------------------------------------------------------- yc08 攸县高新区 / 攸县 2023 (株洲日报 2024)
YX = "攸县高新区"
FX = "返乡创业园"
H0 = "该县去年全力推进园区创业大会战,高分子新材料与精细化工、绿色建材“一主一特”产业持续发展壮大,全年签约引进亿元以上项目29个,总投资182亿元"
H1 = "在攸县高新区返乡创业园湖南省澜科新创电子有限公司车间内,工作人员正加紧组装高端降噪蓝牙耳机"
H2 = "去年7月,深圳市澜科新创科技有限公司积极响应湘商回归号召,投资200余万元在攸县高新区建成一家年产200万套蓝牙耳机的子公司,公司从签约落地到正式投产仅用了13天"
H3 = "更是大手笔引进了投资20亿元的全县首家民营上市企业——松井新材料公司"
H4 = "值得一提的是,该县去年新开工重点项目30个、竣工23个,完成投资126亿元"
H5 = "抽水蓄能先导项目正式动工"
H6 = "300MW地面分布式光伏、智慧绿色能源互联网、地博光电二期等项目加快推进"
H7 = "华纯新材料、固辉新材料、旭日陶瓷二期等项目提前竣工投产"
H8 = "在签约引进的29个亿元以上项目中,“三类500强”项目4个"
H9 = "全年完成湘商回攸投资新注册企业12家"
AS8 = "2023年"
NOTE8 = "县内项目，文中未说在哪个园区，park null"
G["yc08"] = dict(
 article=art("（无标题）攸县去年签约引进亿元以上项目29个 总投资182亿元", "株洲日报（全媒体记者王军，通讯员彭亮霞、罗武吉），载于株洲图书馆报刊库 bk.zzlib.net", "2024-01", "month",
  "City daily (library archive), Hunan: a county's 2023 review — 29 projects of 100m yuan signed, a returning firm's earphone plant in the county high-tech zone's returnee park (investment, days to production), a listed materials firm brought in, projects started, completed and in progress",
  "http://bk.zzlib.net:88/paper/daily/202401/409529.html",
  "日期：网址 202401，文中“该县去年”（2023年）→ 记 2024-01（month）。存段无标题（title 为编者概括）、无日期行；止于“…等项目提前竣工投产。”（是否为全文不详）。正文五段。园区：攸县高新区（攸县，株洲市，湖南）；返乡创业园（“攸县高新区返乡创业园”，parent 攸县高新区）。公司：湖南省澜科新创电子有限公司（返乡创业园内；深圳市澜科新创科技有限公司在攸县高新区建成的子公司）；深圳市澜科新创科技有限公司（母公司，深圳，park null）；松井新材料公司（“签约引进”，园区未说，null）。项目：松井新材料公司（投资20亿元，签约引进→签约，项目名即企业名）；澜科年产200万套蓝牙耳机子公司（投资200余万元，已投产，项目未具名，列为可选项目，园区攸县高新区）；抽水蓄能先导项目（正式动工→开工）；300MW地面分布式光伏、智慧绿色能源互联网、地博光电二期（加快推进→在建）；华纯新材料、固辉新材料、旭日陶瓷二期（提前竣工投产→投产）——均为县内项目，园区未说，park null。事实（攸县，2023年）：签约引进亿元以上项目29个、总投资182亿元；“三类500强”项目4个；湘商回攸投资新注册企业12家；新开工重点项目30个、竣工23个、完成投资126亿元；澜科新创开设4条生产线、100余名员工（可选）、13天投产（可选）。",
  "yc08"),
 parks=[
  park(YX, "株洲", "湖南", "高新区", H1, district="攸县"),
  park(FX, "株洲", "湖南", "创业园（返乡）", H1, district="攸县", parent=YX, aliases=["攸县高新区返乡创业园"], note="文作“攸县高新区返乡创业园”"),
 ],
 companies=[
  comp("湖南省澜科新创电子有限公司", FX, H1, note="深圳市澜科新创科技有限公司在攸县高新区建成的子公司"),
  comp("深圳市澜科新创科技有限公司", None, H2, note="母公司，深圳"),
  comp("松井新材料公司", None, H3, note="全县首家民营上市企业；签约引进，园区未说"),
 ],
 projects=[
  proj("松井新材料公司", None, H3, companies=["松井新材料公司"], inv="投资20亿元", status="签约", status_text="签约引进", note="项目名即企业名；" + NOTE8),
  proj("年产200万套蓝牙耳机", YX, H2, companies=["深圳市澜科新创科技有限公司", "湖南省澜科新创电子有限公司"], inv="投资200余万元", qual="余", qual_text="余",
       status="投产", status_text="正式投产", opt=True, unparsed=True, note="未具名项目（子公司）；“200余万元”不是整数+万元，investment_cny 留空（as real39）"),
  proj("抽水蓄能先导项目", None, H5, status="开工", status_text="正式动工", note=NOTE8),
  proj("300MW地面分布式光伏", None, H6, status="在建", status_text="加快推进", note=NOTE8),
  proj("智慧绿色能源互联网", None, H6, status="在建", status_text="加快推进", note=NOTE8),
  proj("地博光电二期", None, H6, phase="二期", status="在建", status_text="加快推进", note=NOTE8),
  proj("华纯新材料", None, H7, status="投产", status_text="提前竣工投产", note=NOTE8),
  proj("固辉新材料", None, H7, status="投产", status_text="提前竣工投产", note=NOTE8),
  proj("旭日陶瓷二期", None, H7, phase="二期", status="投产", status_text="提前竣工投产", note=NOTE8),
 ],
 aggregate_facts=[
  fact("攸县", "region", "projects_signed", 29, "count", H0, AS8, note="亿元以上项目"),
  fact("攸县", "region", "projects_signed_investment_cny", 1.82e10, "cny", "总投资182亿元", AS8, chk=True),
  fact("攸县", "region", "fortune500_type_projects", 4, "count", H8, AS8, opt=True, note="“三类500强”项目"),
  fact("攸县", "region", "new_firms_registered_by_returnees", 12, "count", H9, AS8),
  fact("攸县", "region", "key_projects_started", 30, "count", H4, AS8),
  fact("攸县", "region", "key_projects_completed", 23, "count", H4, AS8),
  fact("攸县", "region", "investment_completed_cny", 1.26e10, "cny", "完成投资126亿元", AS8, chk=True),
  fact("湖南省澜科新创电子有限公司", "company", "production_lines", 4, "count", "目前,公司已开设4条生产线,100余名员工忙碌在生产线上", "2024年1月", opt=True),
  fact("湖南省澜科新创电子有限公司", "company", "employees", 100, "count", "100余名员工忙碌在生产线上", "2024年1月", qual="余", qtext="余", opt=True),
  fact("深圳市澜科新创科技有限公司", "company", "days_from_signing_to_production", 13, "day", H2, "2023年7月", opt=True),
 ])

# ---------------------------------------------------------------- yc09 平果工业区 (平果县委办 via gxcounty 2007)
PG = "平果工业区"
K0 = "11月1日,全区产业园区分类确认会议在南宁召开,平果工业区顺利通过评审,被认定为自治区级A类产业园区"
K1 = "从首期投资6.6亿元、占地面积为4.8平方公里的平果工业区,发展到目前集铝产业园、轻工业园和重工业园于一体的自治区级综合型现代化工业园区"
K2 = "截至2007年9月中旬,平果工业区入园项目累计22个,项目总投资40.53亿元"
K3 = "其中从广东、福建、香港等地转移来的企业有11家,总投资35.4亿元,占园区总投资的87.3%"
K4 = "今年1—8月,平果工业区实现工业总产值17.33亿元,同比增长95.5%,利税1.68亿元,同比增长112.0%"
AS9 = "2007年9月中旬"
G["yc09"] = dict(
 article=art("（无标题）平果工业区被认定为自治区级A类产业园区", "平果县委办（徐广成、隆向阳），载于 gxcounty.com（广西县域经济网，园区建设栏）", "2007-11-04", "day",
  "County party office's item on a regional county-economy portal, Guangxi: a county industrial zone rated a class-A regional park — its start-up investment and area, three sub-parks, land developed, projects entered and their investment, firms moved in from the coast, January–August output and profit-tax",
  "http://gxcounty.com/news/yqjs/20080306/13702.html",
  "日期取页面“2007年11月04日 16:13 平果县委办”（网址 20080306 为入库日期）。存段无标题（title 为编者概括）；日期来源行、“0 分享 收藏…”行与“编辑:admin 作者:徐广成 隆向阳 / 分享 / 首页”已删。正文三段，完整。园区：平果工业区（平果县，百色市，广西；自治区级A类产业园区；2001年开发建设）；铝产业园、轻工业园、重工业园为其组成部分（parent 平果工业区；后两者名称泛化，均列可选）。无具名公司、项目。事实：首期投资6.6亿元、首期占地4.8平方公里（2001年，可选）；已开发土地4700亩；截至2007年9月中旬入园项目累计22个、项目总投资40.53亿元（cumulative）；转移企业11家、总投资35.4亿元、占87.3%；1—8月工业总产值17.33亿元、增长95.5%，利税1.68亿元、增长112.0%。",
  "yc09"),
 parks=[
  park(PG, "百色", "广西", "工业区（自治区级A类产业园区）", K0, district="平果县"),
  park("铝产业园", "百色", "广西", "产业园", K1, district="平果县", parent=PG, opt=True, note="平果工业区的组成部分"),
  park("轻工业园", "百色", "广西", "工业园", K1, district="平果县", parent=PG, opt=True, note="同上；名称泛化"),
  park("重工业园", "百色", "广西", "工业园", K1, district="平果县", parent=PG, opt=True, note="同上；名称泛化"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(PG, "park", "initial_investment_cny", 6.6e8, "cny", K1, "2001年（首期）", chk=True, opt=True),
  fact(PG, "park", "initial_area_km2", 4.8, "km2", K1, "2001年（首期）", opt=True),
  fact(PG, "park", "land_developed_mu", 4700, "mu", "目前已开发土地4700亩", "2007年11月"),
  fact(PG, "park", "projects_entered", 22, "count", K2, AS9, kind="cumulative"),
  fact(PG, "park", "projects_total_investment_cny", 4.053e9, "cny", "项目总投资40.53亿元", AS9, kind="cumulative", chk=True),
  fact(PG, "park", "relocated_firms", 11, "count", K3, AS9, kind="cumulative", note="从广东、福建、香港等地转移来的企业"),
  fact(PG, "park", "relocated_firms_investment_cny", 3.54e9, "cny", "总投资35.4亿元", AS9, kind="cumulative", chk=True),
  fact(PG, "park", "relocated_firms_investment_share", 0.873, "ratio", K3, AS9, kind="ratio"),
  fact(PG, "park", "industrial_output_cny", 1.733e9, "cny", K4, "2007年1—8月", chk=True),
  fact(PG, "park", "industrial_output_yoy_growth", 0.955, "ratio", K4, "2007年1—8月", kind="ratio"),
  fact(PG, "park", "profit_tax_cny", 1.68e8, "cny", "利税1.68亿元,同比增长112.0%", "2007年1—8月", chk=True),
  fact(PG, "park", "profit_tax_yoy_growth", 1.12, "ratio", "利税1.68亿元,同比增长112.0%", "2007年1—8月", kind="ratio"),
 ])
