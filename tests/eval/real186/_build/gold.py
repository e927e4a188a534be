# Ground truth for real186 (ucNN), written by hand; exec'd by build_all.py (helpers park/comp/inst/proj/fund/fact/art there).

# ---------------------------------------------------------------- uc01 昌图经济开发区 (铁岭广播电视台 2022)
CT = "昌图经济开发区"
A0 = "眼下,昌图经济开发区的100余家企业正赶订单、抓生产、上项目"
A1 = "在中科农业(昌图)有限公司生产车间,工人们正在对生产下线的免耕播种机进行组装"
A2 = "昌图经济开发区内的辽宁恒信换热设备制造有限公司,在今年5月,追加投资1亿元建设二期年产5000台(套)换热设备制造项目,实现了“当年建设、当年投产”的昌图速度"
A3 = "辽宁恒信二期现在即将竣工,我们将尽快引进设备,抓紧生产"
G["uc01"] = dict(
 article=art("盘点2022 喜迎“两会”|昌图县:坚持项目为王 助推县域经济高质量发展", "铁岭广播电视台（tielingtv.com 新闻频道·县区）", "2022-12-28", "day",
  "City broadcaster's website, Liaoning: a county's year-end review (盘点2022) — the county economic development zone's firm count, one firm's machine output and plan, a second firm's phase-2 project with added investment, its contradictory stage (“当年投产” vs “即将竣工”) and expected output",
  "http://www.tielingtv.com/html/news/xq/2022/1228/23170.html",
  "日期取页面“来源:铁岭广播电视台 2022-12-28 10:37:04”。标题照录（含“|”）。面包屑与来源行已删。存段末行“风电产业是昌图”为下一段残文，整段删去（make_txt.py ITEMS），正文截至温秀秀的引语，共六段。园区：昌图经济开发区（铁岭市昌图县，辽宁）。公司：辽宁恒信换热设备制造有限公司（“昌图经济开发区内的”，明说）；中科农业(昌图)有限公司（紧接“昌图经济开发区的100余家企业…”一句之后介绍，园区由语境推定，note 注明）。项目：辽宁恒信二期“年产5000台(套)换热设备制造项目”，“追加投资1亿元”；状态：记者称“实现了‘当年建设、当年投产’”，总经理却说“辽宁恒信二期现在即将竣工，我们将尽快引进设备”——按总经理原话记“在建”，status_alt 记“投产”。事实：园区“100余家企业”；中科农业“今年我们预计生产800台”（target）、“去年…180台…已投入市场”（可选）；恒信项目“投产后,年产值将突破1亿元”（target，突破→超）。招商一局列可选机构。",
  "uc01"),
 parks=[
  park(CT, "铁岭", "辽宁", "经济开发区", A0, district="昌图县", note="文中又作“园区”"),
 ],
 companies=[
  comp("辽宁恒信换热设备制造有限公司", CT, A2, aliases=["辽宁恒信"], note="“昌图经济开发区内的”"),
  comp("中科农业(昌图)有限公司", CT, A1, note="园区由语境推定（紧接园区百余家企业一句）"),
 ],
 institutions=[
  inst("昌图经济开发区招商一局", "辽宁恒信换热设备制造有限公司项目管家 昌图经济开发区招商一局副局长 温秀秀", note="开发区内设机构"),
 ],
 projects=[
  proj("年产5000台(套)换热设备制造项目", CT, A2, companies=["辽宁恒信换热设备制造有限公司"], inv="追加投资1亿元", phase="二期",
       status="在建", status_text="即将竣工", aliases=["辽宁恒信二期"], status_alt="投产",
       note="记者称“当年建设、当年投产”，总经理称二期“即将竣工…尽快引进设备”；1亿元为追加投资"),
 ],
 aggregate_facts=[
  fact(CT, "park", "firms", 100, "count", A0, "2022年12月", qual="余", qtext="余"),
  fact("中科农业(昌图)有限公司", "company", "expected_annual_output_units", 800, "units", "今年我们预计生产800台,明年、后年达到4000台", "2022年全年（预计）", kind="target",
       note="免耕播种机，台"),
  fact("中科农业(昌图)有限公司", "company", "units_sold", 180, "units", "去年,公司研发生产的180台免耕播种机已投入市场", "2021年", opt=True),
  fact("年产5000台(套)换热设备制造项目", "project", "expected_annual_output_cny", 1e8, "cny", "项目投产后,年产值将突破1亿元", "投产后（预计）", kind="target",
       qual="超", qtext="突破", chk=True),
 ])

# ---------------------------------------------------------------- uc02 法库 秋季项目集中开工 (中国工业报 2023)
FK = "法库县"
NM = "沈阳非金属新材料产业园"
B0 = "10月10日,沈阳市法库县以龙源新能源一体化循环利用、瑞东碳化硅为代表的17个亿元以上项目集中开工建设,涵盖新能源、新材料、食品加工、卫生医疗等多个领域,总投资近50亿元"
B1 = "华润、龙源、中电建3大风电项目陆续开工建设,新增新能源装机容量70万千瓦"
B2 = "截至目前,法库县开复工项目159个,同比增加29个,总投资367.2亿元,其中,从投资规模来看,亿元以上重点项目99个、占比62%"
B3 = "规划建设沈阳非金属新材料产业园,园区建设目标是到2025年完成固定资产投资30亿元,引进非金属新材料企业50家,实现产值60亿元"
B4 = "今天9个非金属新材料项目开工建设,其中,碳化硅制品项目、高端特种胶粘剂项目、热喷涂粉体材料项目等5个项目是解决我国相关领域 ‘卡脖子’技术的项目"
AS2 = "2023年10月10日（集中开工）"
G["uc02"] = dict(
 article=art("沈阳法库秋季项目集中开工", "中国工业报（电子版 dzb.cinn.cn；存段无署名）", "2023-10-13", "day",
  "National industry trade paper, Liaoning county item: a county's autumn groundbreaking — 17 projects (two named) and their total, wind projects, the county's year-to-date project counts and total, a planned non-metal new-materials park with its 2025 targets and 9 projects started that day (three named)",
  "http://dzb.cinn.cn/shtml/zggyb/20231013/117039.shtml",
  "日期取网址 zggyb/20231013（报纸版面日期）；开工日为10月10日。标题照录。存段把全文作一行（段间单空格），保留为一段；末句“接下来,法库县将以本次集中开工活动为集结号,紧紧围绕项目建设 “主战场”,”在句中中断，已删（make_txt.py LINE_SUFFIX），正文截至“…法库县相关负责人介绍。”。引号前的空格（“聚焦 “绿色…”）照录。园区：沈阳非金属新材料产业园（法库县规划建设，沈阳，辽宁）。法库县为县（region）。项目：龙源新能源一体化循环利用、瑞东碳化硅（开工；文中未说在哪个园区，park null）；碳化硅制品项目、高端特种胶粘剂项目、热喷涂粉体材料项目（“今天9个非金属新材料项目开工建设”之列，园区由语境推定为沈阳非金属新材料产业园；名称为品类描述，列可选；“碳化硅制品项目”可能即“瑞东碳化硅”，未合并）。华润、龙源、中电建3大风电项目未分别命名，不列项目；三家列可选公司。事实：17个项目总投资“近50亿元”（近→约）；法库县开复工159个、367.2亿元、亿元以上99个（占比62%）（截至目前，cumulative）；产业园2025年目标（target）；当天9个非金属新材料项目开工（园区）。“十四五”期间各项为规划/累计口径，列可选。",
  "uc02"),
 parks=[
  park(NM, "沈阳", "辽宁", "产业园", B3, district="法库县", note="法库县依托陶瓷产业规划建设；文中又作“园区”"),
 ],
 companies=[
  comp("华润", None, B1, opt=True, note="风电项目投资方（简称）"),
  comp("龙源", None, B1, opt=True, note="风电项目投资方（简称）；又见“龙源新能源一体化循环利用”"),
  comp("中电建", None, B1, opt=True, note="风电项目投资方（简称）"),
 ],
 projects=[
  proj("龙源新能源一体化循环利用", None, B0, status="开工", status_text="集中开工建设", note="17个亿元以上项目的代表之一；园区未说"),
  proj("瑞东碳化硅", None, B0, status="开工", status_text="集中开工建设", note="17个亿元以上项目的代表之一；园区未说"),
  proj("碳化硅制品项目", NM, B4, status="开工", status_text="开工建设", opt=True, note="9个非金属新材料项目之一；园区由语境推定；可能即瑞东碳化硅"),
  proj("高端特种胶粘剂项目", NM, B4, status="开工", status_text="开工建设", opt=True, note="9个非金属新材料项目之一；园区由语境推定"),
  proj("热喷涂粉体材料项目", NM, B4, status="开工", status_text="开工建设", opt=True, note="9个非金属新材料项目之一；园区由语境推定"),
 ],
 aggregate_facts=[
  fact(FK, "region", "projects_started", 17, "count", B0, AS2, note="亿元以上项目"),
  fact(FK, "region", "projects_started_investment_cny", 5e9, "cny", B0, AS2, qual="约", qtext="近", chk=True),
  fact(FK, "region", "projects_under_construction", 159, "count", B2, "2023年（截至10月）", kind="cumulative", note="开复工项目"),
  fact(FK, "region", "projects_total_investment_cny", 3.672e10, "cny", "总投资367.2亿元,其中,从投资规模来看,亿元以上重点项目99个、占比62%", "2023年（截至10月）", kind="cumulative", chk=True),
  fact(FK, "region", "projects_over_100m", 99, "count", B2, "2023年（截至10月）", kind="cumulative", opt=True),
  fact(FK, "region", "share_projects_over_100m", 0.62, "ratio", B2, "2023年（截至10月）", kind="ratio", opt=True),
  fact(FK, "region", "new_energy_capacity_added_kw", 7e5, "kw", B1, "2023年", opt=True, note="70万千瓦"),
  fact(NM, "park", "target_fixed_asset_investment_cny", 3e9, "cny", "园区建设目标是到2025年完成固定资产投资30亿元", "2025年（目标）", kind="target", chk=True),
  fact(NM, "park", "target_firms", 50, "count", B3, "2025年（目标）", kind="target"),
  fact(NM, "park", "target_output_cny", 6e9, "cny", "实现产值60亿元", "2025年（目标）", kind="target", chk=True),
  fact(NM, "park", "projects_started", 9, "count", B4, AS2, note="非金属新材料项目；园区由语境推定"),
 ])

# ---------------------------------------------------------------- uc03 喀左经济开发区 十佳 (xinxuanze 2023)
KZ = "喀左经济开发区"
C0 = "“2022年辽宁省十佳省级经济开发区”和“2022年示范省级经济开发区”名单发布:朝阳喀左经济开发区以优异成绩同时跻身两大榜单"
C1 = "截至2022年末,共签约落地项目21个,协议投资额28.72亿元"
C2 = "九州国泰方矩管、江丰预制直埋管等项目已开工建设并投产"
C3 = "推进规模以上企业主体培育,金美镓业、东晟碳材年内晋升为“小巨人”企业"
C4 = "半导体产业园新建15万KVA变电站一座"
AS3 = "2022年末"
G["uc03"] = dict(
 article=art("（无标题）喀左经济开发区跻身2022年辽宁省十佳、示范省级经济开发区", "yc.xinxuanze.com.cn（“聚焦”栏转载；原发媒体未注明）", "2023-04-03", "day",
  "Aggregator relaying a local item, Liaoning: a county economic development zone named among the province's ten best — its upgrade history, 2022 signings and agreed investment, two named projects started and in production, two firms promoted to 小巨人, land and utility works, target industries",
  "http://yc.xinxuanze.com.cn/jujiao/2023/0403/130879.html",
  "日期取网址 2023/0403（“近日举行的…誓师大会”）。存段无标题、无日期行（title 为编者概括）；首行“(资料图片)”已删。存段末段“半导体新材料产业,重点发展砷化镓、锗、磷化铟、锑化镓、磷化铟、磷”在句中中断，整段删去（make_txt.py ITEMS），正文截至“…园区建设专业化。”，共六段。园区：喀左经济开发区（文中作“朝阳喀左经济开发区”“喀左经开区”“开发区”；朝阳市喀喇沁左翼蒙古族自治县，辽宁；2016年省级开发区，2019年省级高新技术产业开发区）；“半导体产业园”（园中园，母园区推定为喀左经开区，可选）。项目：九州国泰方矩管、江丰预制直埋管（“已开工建设并投产”→投产）。公司：金美镓业、东晟碳材（“规模以上企业主体培育”，在园区，小巨人）；九州国泰、江丰只在项目名中，可选。事实：截至2022年末签约落地21个、协议投资额28.72亿元（cumulative）；外出招商51次、场地平整770亩、道路1900米、土地93.1278公顷等列可选。",
  "uc03"),
 parks=[
  park(KZ, "朝阳", "辽宁", "经济开发区", C0, district="喀喇沁左翼蒙古族自治县", aliases=["朝阳喀左经济开发区", "喀左经开区"],
       note="文中作“朝阳喀左经济开发区”“喀左经开区”“开发区”；2019年1月晋升为省级高新技术产业开发区"),
  park("半导体产业园", "朝阳", "辽宁", "产业园", C4, district="喀喇沁左翼蒙古族自治县", parent=KZ, opt=True, note="园中园；母园区由语境推定"),
 ],
 companies=[
  comp("金美镓业", KZ, C3, note="年内晋升为“小巨人”企业"),
  comp("东晟碳材", KZ, C3, note="年内晋升为“小巨人”企业"),
  comp("九州国泰", KZ, C2, opt=True, note="只在项目名中"),
  comp("江丰", KZ, C2, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("九州国泰方矩管", KZ, C2, status="投产", status_text="已开工建设并投产"),
  proj("江丰预制直埋管", KZ, C2, status="投产", status_text="已开工建设并投产"),
 ],
 aggregate_facts=[
  fact(KZ, "park", "projects_signed", 21, "count", C1, AS3, kind="cumulative", note="签约落地项目（2022年）"),
  fact(KZ, "park", "signed_investment_cny", 2.872e9, "cny", C1, AS3, kind="cumulative", chk=True, note="协议投资额"),
  fact(KZ, "park", "investment_promotion_trips", 51, "count", "开发区领导班子成员累计外出招商51次", "2022年", opt=True),
  fact(KZ, "park", "land_leveled_mu", 770, "mu", "2022年,场地平整770亩", "2022年", opt=True),
  fact(KZ, "park", "roads_built_m", 1900, "m", "新修道路1900米", "2022年", opt=True),
  fact(KZ, "park", "firms_planning_permits", 25, "count", "为25家企业办理规划许可手续", "2022年", opt=True),
 ])

# ---------------------------------------------------------------- uc04 兴隆台区 上半年 (盘锦日报 via panjin.gov.cn 2023)
XL = "兴隆台区"
BD = "北斗通航装备制造产业园"
D0 = "截至目前,全区地区生产总值预计完成196亿元,同比增长4.8%"
D1 = "规模以上工业增加值预计完成53.5亿元,同比增长15.7%"
D2 = "固定资产投资预计完成91.5亿元,同比增长17%"
D3 = "社会消费品零售总额预计完成108亿元,同比增长15.6%"
D4 = "总投资25亿元的东北新发地农产品供应链中心项目施工已完成总建设进度的70%,农产品贸易交易大厅已于年初正式营业,配套智慧冷库主体施工即将封顶,预计10月份可正式投入使用"
D5 = "投资13亿元的北斗通航装备制造产业园基础设施建设项目,围挡已经修建完成"
D6 = "光学基地一期陆续建成交付使用,中蓝光电产能和订单同步大增"
AS4 = "2023年上半年（预计）"
G["uc04"] = dict(
 article=art("兴隆台区全面振兴新突破交出满意成绩单", "盘锦日报，载于盘锦市人民政府网站 panjin.gov.cn（要闻动态·县区动态）", "2023-06-30", "day",
  "City government website relaying the city daily, Liaoning: a district's half-year report — estimated GDP, industry, investment and retail with growth, firms' orders, an optical base's first phase delivered, consumption events, projects implemented, a 25亿元 agricultural supply-chain project and a 13亿元 navigation-equipment park infrastructure project under way",
  "http://panjin.gov.cn/html/1738/2023-06-30/content-133159.html",
  "日期取页面“发布时间:2023-06-30 信息来源:盘锦日报”。标题照录；面包屑与发布时间行已删。存段在末段“围挡已经修建完成,桩”处中断，残字“,桩”已删（make_txt.py LINE_SUFFIX），正文截至“…围挡已经修建完成”（无句号），共四段。兴隆台区为盘锦市辖区（region）。园区：北斗通航装备制造产业园（只在项目名“北斗通航装备制造产业园基础设施建设项目”中，为在建园区）；“光学基地”（一期陆续建成交付使用；名称不全，可选）。项目：东北新发地农产品供应链中心项目（总投资25亿元，完成70%，在建；园区未说）；北斗通航装备制造产业园基础设施建设项目（投资13亿元，围挡已建成，在建；park 记北斗通航装备制造产业园，同 real52 zv05 园区开发项目的做法）；光学基地一期（建成交付→竣工，可选）。公司：西部钻井、长城钻探、中蓝光电（可选，园区未说）。事实：上半年“预计完成”各项（target，as_of 注“预计”）；“全区累计实施项目87项”（cumulative）；消费券等列可选。",
  "uc04"),
 parks=[
  park(BD, "盘锦", "辽宁", "产业园", D5, district=XL, note="只在项目名中；在建园区"),
  park("光学基地", "盘锦", "辽宁", "产业基地", D6, district=XL, opt=True, note="名称不全；一期陆续建成交付使用"),
 ],
 companies=[
  comp("中蓝光电", None, D6, opt=True, note="园区未说（与光学基地同句）"),
  comp("长城钻探", None, "长城钻探将其在盘公司外地工作量统计在盘", opt=True),
  comp("西部钻井", None, "西部钻井前5个月订单充足", opt=True),
 ],
 projects=[
  proj("东北新发地农产品供应链中心项目", None, D4, inv="总投资25亿元", status="在建", status_text="施工已完成总建设进度的70%",
       note="交易大厅已营业，智慧冷库即将封顶，预计10月投入使用；园区未说"),
  proj("北斗通航装备制造产业园基础设施建设项目", BD, D5, inv="投资13亿元", status="在建", status_text="围挡已经修建完成",
       note="园区开发项目"),
  proj("光学基地一期", "光学基地", D6, phase="一期", status="竣工", status_text="陆续建成交付使用", opt=True),
 ],
 aggregate_facts=[
  fact(XL, "region", "gdp_cny", 1.96e10, "cny", D0, AS4, kind="target", chk=True),
  fact(XL, "region", "gdp_yoy_growth", 0.048, "ratio", D0, AS4, kind="ratio", opt=True),
  fact(XL, "region", "industrial_value_added_cny", 5.35e9, "cny", D1, AS4, kind="target", chk=True, note="规模以上工业增加值"),
  fact(XL, "region", "industrial_value_added_growth", 0.157, "ratio", D1, AS4, kind="ratio", opt=True),
  fact(XL, "region", "fixed_asset_investment_cny", 9.15e9, "cny", D2, AS4, kind="target", chk=True),
  fact(XL, "region", "fixed_asset_investment_growth", 0.17, "ratio", D2, AS4, kind="ratio", opt=True),
  fact(XL, "region", "retail_sales_cny", 1.08e10, "cny", D3, AS4, kind="target", chk=True, opt=True),
  fact(XL, "region", "retail_sales_growth", 0.156, "ratio", D3, AS4, kind="ratio", opt=True),
  fact(XL, "region", "projects_implemented", 87, "count", "截至上半年,全区累计实施项目87项", "2023年上半年", kind="cumulative"),
  fact("东北新发地农产品供应链中心项目", "project", "construction_progress", 0.70, "ratio", D4, "2023年6月", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- uc05 营口市 2025年一季度集中开工 (cindmin 2025)
YK = "营口市"
ZM = "辽宁自由贸易试验区营口片区"
E0 = "省动员大会结束后,我市举行2025年一季度重点项目集中开工动员大会暨辽宁金天马专用车制造有限公司汽车核心零部件绿色智能制造项目开工活动"
E1 = "听取市发改委、各县(市)区、辽宁自由贸易试验区营口片区及重点企业项目谋划、储备、建设等情况"
E2 = "目前,全市2025年已落实项目640个,总投资2720.5亿元,全年预计完成投资550.6亿元"
E3 = "一季度,我市预计开复工项目455个,总投资2064.9亿元"
E4 = "全市150个重大项目集中开工,总投资317亿元"
E5 = "3月17日,辽宁省2025年一季度重点项目集中开工动员大会举行,总投资超3500亿元的1359个新项目集中开工"
AS5 = "2025年3月17日（集中开工）"
G["uc05"] = dict(
 article=art("营口市2025年一季度重点项目集中开工动员大会举行", "cindmin.com（镁频道·国内资讯·综合；转载营口市本地报道，原发媒体未注明，文中称“我市”）", "2025-03-18", "day",
  "Industry trade portal (magnesia / refractories) relaying a city news item, Liaoning: a city's first-quarter groundbreaking rally with a named firm's project, a free-trade-zone area briefed, the city's project counts and totals for the year and the quarter, 150 projects started",
  "http://cindmin.com/news_47817.html",
  "日期取页面“发布时间:2025-03-18”；开工活动为3月17日。标题照录；频道菜单、位置行、发布时间行已删。存段末段在“项目服务要再提效,”处中断，该残句（“各地区、各部门要铆足干劲…再提效,”）已删（make_txt.py LINE_SUFFIX），正文截至“…的实际行动。”，共四段。园区：辽宁自由贸易试验区营口片区（只作为向市领导汇报项目情况的单位出现）。项目：辽宁金天马专用车制造有限公司汽车核心零部件绿色智能制造项目（开工；所在园区文中未说，park null；金额未说）。事实：辽宁省1359个项目、超3500亿元（可选）；营口市已落实项目640个、总投资2720.5亿元（2025年）、全年预计完成投资550.6亿元（target）、一季度预计开复工455个、2064.9亿元（target）、当天150个重大项目开工、总投资317亿元。市领导不列；市发改委列可选机构。",
  "uc05"),
 parks=[
  park(ZM, "营口", "辽宁", "自贸片区", E1, note="只作为汇报单位出现"),
 ],
 companies=[
  comp("辽宁金天马专用车制造有限公司", None, E0, note="开工项目业主；园区未说"),
 ],
 institutions=[
  inst("市发改委", E1, note="营口市发展和改革委员会（文中简称）"),
 ],
 projects=[
  proj("辽宁金天马专用车制造有限公司汽车核心零部件绿色智能制造项目", None, E0, companies=["辽宁金天马专用车制造有限公司"],
       status="开工", status_text="开工活动", aliases=["汽车核心零部件绿色智能制造项目"], note="营口市一季度集中开工主会场项目；园区、金额未说"),
 ],
 aggregate_facts=[
  fact("辽宁省", "region", "projects_started", 1359, "count", E5, AS5, opt=True),
  fact("辽宁省", "region", "projects_started_investment_cny", 3.5e11, "cny", E5, AS5, qual="超", qtext="超", opt=True, chk=True),
  fact(YK, "region", "projects_planned", 640, "count", E2, "2025年（截至3月）", note="已落实项目"),
  fact(YK, "region", "projects_total_investment_cny", 2.7205e11, "cny", E2, "2025年（截至3月）", chk=True, note="已落实项目总投资"),
  fact(YK, "region", "planned_annual_investment_cny", 5.506e10, "cny", "全年预计完成投资550.6亿元", "2025年（预计）", kind="target", chk=True),
  fact(YK, "region", "projects_under_construction", 455, "count", E3, "2025年一季度（预计）", kind="target", note="开复工项目"),
  fact(YK, "region", "projects_under_construction_investment_cny", 2.0649e11, "cny", E3, "2025年一季度（预计）", kind="target", chk=True),
  fact(YK, "region", "projects_started", 150, "count", E4, AS5, note="重大项目"),
  fact(YK, "region", "projects_started_investment_cny", 3.17e10, "cny", E4, AS5, chk=True),
 ])

# ---------------------------------------------------------------- uc06 法库 8个亿元以上项目集中开工 (辽宁日报 via 国际在线辽宁 2021)
F0 = "日前,辽宁大窑饮品智能化工厂、辽律铝单板装饰材料、中利现代设施农业等8个投资亿元以上项目在沈阳市法库县集中开工建设"
F1 = "截至目前,法库县共储备亿元以上重点项目57个"
F2 = "全县产业园区项目占比达82.9%,陶瓷建材、通用航空、农产品精深加工三大主导产业核心力量项目占比达65.7%"
AS6 = "2021年4月（集中开工）"
G["uc06"] = dict(
 article=art("8个亿元以上项目在沈阳法库集中开工", "辽宁日报（记者 陶阳），载于国际在线辽宁频道 ln.cri.cn", "2021-04-16", "day",
  "Provincial daily relayed by the national broadcaster's provincial channel, Liaoning: a county's spring groundbreaking of eight 亿元-plus projects (three named), its project task force, reserve of 亿元 projects and the share of park projects",
  "https://ln.cri.cn/2021-04-16/1fcfab4c-adc4-ee9b-5ef1-8ae946056bff.html",
  "日期取页面“来源:辽宁日报 | 2021-04-16 10:56:35”。标题照录；来源行、“编辑:王巍”与栏目菜单已删；署名“(辽宁日报记者 陶阳)”在正文末，保留。正文三段，完整。文中无具体园区名（只有“全县产业园区项目占比达82.9%”），parks 为空；法库县为县（region）。项目：辽宁大窑饮品智能化工厂、辽律铝单板装饰材料、中利现代设施农业（集中开工建设→开工；“投资亿元以上”为区间，不作投资额；园区未说，park null）。公司：辽宁大窑饮品、辽律、中利只在项目名中，列可选。事实：8个亿元以上项目开工；储备亿元以上重点项目57个（截至目前，cumulative）；产业园区项目占比82.9%（ratio）；三大主导产业项目占比65.7%（可选）。",
  "uc06"),
 parks=[],
 companies=[
  comp("辽宁大窑饮品", None, F0, opt=True, note="只在项目名中"),
  comp("辽律", None, F0, opt=True, note="只在项目名中"),
  comp("中利", None, F0, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("辽宁大窑饮品智能化工厂", None, F0, status="开工", status_text="集中开工建设", note="投资亿元以上（区间）"),
  proj("辽律铝单板装饰材料", None, F0, status="开工", status_text="集中开工建设", note="投资亿元以上（区间）"),
  proj("中利现代设施农业", None, F0, status="开工", status_text="集中开工建设", note="投资亿元以上（区间）"),
 ],
 aggregate_facts=[
  fact("法库县", "region", "projects_started", 8, "count", F0, AS6, note="投资亿元以上项目"),
  fact("法库县", "region", "projects_reserved", 57, "count", F1, "2021年4月", kind="cumulative", note="储备亿元以上重点项目"),
  fact("法库县", "region", "share_park_projects", 0.829, "ratio", F2, "2021年4月", kind="ratio"),
  fact("法库县", "region", "share_main_industry_projects", 0.657, "ratio", F2, "2021年4月", kind="ratio", opt=True),
 ])
