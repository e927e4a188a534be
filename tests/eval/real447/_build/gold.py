# real447 ground truth, read by build_all.py (helpers from real52's build_all.py). Conventions as real52: evidence verbatim
# (kd04 and kd05 in traditional script as stored; nothing converted); names as written; 超过/以上/突破 → 超, 多/余/餘 → 余,
# 约/近 → 约. Yuan in investment_cny / *_cny facts. Status from the text's words. Sources: `search` (corpus pages) excerpts.

# ---------------------------------------------------------------- kd01 九原区 (包头新闻网 via 苏北网 2023)
JY = "九原区"
A1 = "在内蒙古瀚海半导体有限公司碳化硅晶体(第三代半导体)产业化项目和先进硅碳材料产业园建设项目现场,记者看到5栋标准化厂房和围墙工程已完成建设,预计2023年10月可正式投产"
A2 = "据介绍,该项目总投资13亿元,主要建设300台碳化硅长晶炉及切磨抛生产线"
A3 = "内蒙古大全新能源一期项目高纯多晶硅棒第一炉成功出炉"
A4 = "广厦石油集团有限公司年产30万吨成品油项目已经进入设备后期安装调试阶段,预计今年6月正式投产"
A5 = "辽宁禾丰集团禾辰牧业年产15万吨高端反刍饲料项目目前正在推进营业厅、办公楼及主体厂房建设,预计今年10月即可竣工"
A6 = "同样提速建设的还有九耀控股(内蒙古)集团有限公司九耀轴承创新智造园项目"
A7 = "项目于2023年1月开工,目前已完成6栋标准化厂房主体建设"
G["kd01"] = dict(
 article=art("焦点精选!九原区:固定资产投资猛增", "包头新闻网（“来源:包头新闻网”），载于苏北网 finance.jsnol.com 财经栏", "2023-05-10", "day",
  "Provincial-city news relayed by an aggregator, Inner Mongolia: a Baotou district's first-quarter investment surge — named industrial projects with investment, stages (built, trial run, equipment installation, under construction) and planned production months",
  "http://finance.jsnol.com/local/20230510/161014.html",
  "日期取页面“时间 2023-05-10 06:50:08 来源:包头新闻网”。标题照录（转载站标题带“焦点精选!”前缀）；“苏北网”“当前位置…”、时间来源行与“(资料图)”已删。存段在末句“据悉,该项目总投资61.25亿元,主要建设年产4500”处中断，该句已删（make_txt.py LINE_SUFFIX），九耀轴承项目的投资额因此不在文中。正文六段。文中无园区名称（只有区：九原区，包头市，内蒙古）；“先进硅碳材料产业园建设项目”“九耀轴承创新智造园项目”是项目名，不列园区，项目 park 为 null。瀚海半导体两项目共用“该项目总投资13亿元”，记在碳化硅晶体产业化项目上。",
  "kd01"),
 parks=[],
 companies=[
  comp("内蒙古瀚海半导体有限公司", None, A1),
  comp("广厦石油集团有限公司", None, A4),
  comp("九耀控股(内蒙古)集团有限公司", None, A6),
  comp("内蒙古大全新能源", None, A3, opt=True, note="只在项目名中"),
  comp("辽宁禾丰集团", None, A5, opt=True, note="禾辰牧业的母公司"),
  comp("禾辰牧业", None, A5, opt=True),
 ],
 projects=[
  proj("碳化硅晶体(第三代半导体)产业化项目", None, A2, companies=["内蒙古瀚海半导体有限公司"], inv="总投资13亿元", status="在建", status_text="已完成建设,预计2023年10月可正式投产",
       note="厂房与围墙已建成，预计2023年10月投产；“该项目”一并指先进硅碳材料产业园建设项目"),
  proj("先进硅碳材料产业园建设项目", None, A1, companies=["内蒙古瀚海半导体有限公司"], status="在建", status_text="已完成建设", opt=True),
  proj("内蒙古大全新能源一期项目", None, A3, phase="一期", status="投产", status_text="第一炉成功出炉", status_alt="在建"),
  proj("广厦石油集团有限公司年产30万吨成品油项目", None, A4, companies=["广厦石油集团有限公司"], status="在建", status_text="已经进入设备后期安装调试阶段", note="预计2023年6月投产"),
  proj("辽宁禾丰集团禾辰牧业年产15万吨高端反刍饲料项目", None, A5, companies=["禾辰牧业"], status="在建", status_text="正在推进营业厅、办公楼及主体厂房建设", note="预计2023年10月竣工"),
  proj("九耀轴承创新智造园项目", None, A6, companies=["九耀控股(内蒙古)集团有限公司"], status="在建", status_text="提速建设", status_alt="开工",
       note="2023年1月开工，预计2023年10月投产；投资额在被删的残句中"),
 ],
 aggregate_facts=[
  fact(JY, "region", "fixed_asset_investment_yoy_growth", 1.212, "ratio", "一季度,九原区固定资产投资同比增长121.2%", "2023年一季度", kind="ratio"),
  fact("碳化硅晶体(第三代半导体)产业化项目", "project", "standard_factory_buildings_completed", 5, "count", A1, "2023年5月", opt=True),
  fact("九耀轴承创新智造园项目", "project", "standard_factory_buildings_completed", 6, "count", A7, "2023年5月", opt=True),
 ])

# ---------------------------------------------------------------- kd02 达拉特经济开发区 2020 plan (te-ch.tech relay)
DL = "达拉特经济开发区"
B1 = "据悉,2020年,达拉特经济开发区计划实施亿元以上重点项目21项"
B2 = "续建项目9项,力争荣信化工40万吨乙二醇、索能10万吨碳化硅、万电电气2200台高低压配电柜、建能兴辉2160万平方米发泡墙体陶瓷砖、蒙泰10万吨高新铝合金、金沙布地1950吨高品质光电通信新材料等6个项目建成投产"
B3 = "稳步推进恒星18万吨高聚合物有机硅、新奥1000吨石墨烯、路泰公路建筑新材料等3个项目建设"
B4 = "新建项目12项,确保荣信化工年产60万吨煤制甲醇扩能改造、默锐年产18.8万吨高端化学及能源材料、天向化工年产3万吨高纯氧氯化锆和8000吨高纯氧化锆、金时空年产20万吨液体甲醇钠、久宝晶体科技有限公司蓝宝石、达电供热管线、开发区综合物流园、羊绒小镇等12个重点项目开工建设"
B5 = "争取润达能源110KV变电站、苏德环保20万吨杂盐资源化利用、金时空年产20万吨液体甲醇钠等3个项目建成投产"
AS2 = "2020年（计划）"
def _p(name, ev, st, stt, opt=False, note=None, **kw):
    return proj(name, DL, ev, status=st, status_text=stt, opt=opt, note=note, **kw)
G["kd02"] = dict(
 article=art("（无标题）达拉特经济开发区2020年计划实施亿元以上重点项目21项", "te-ch.tech（科技网站“本网转载自其它媒体”；原发媒体与署名存段未示）", "2020", "year",
  "Tech-news site relaying a park item, Inner Mongolia: an Ordos county-level development zone's 2020 project plan during epidemic control — continuing projects to be finished, projects to be advanced, new projects to start, projects to be commissioned",
  "http://te-ch.tech/news/show-56159.html",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“2020年…计划实施”“疫情精准防控”“全面完成‘十三五’”，发布于2020年（约2—4月），记 2020（year）。文末免责声明已删。正文两段，完整。园区：达拉特经济开发区（文中又作“内蒙古达拉特经济开发区”“开发区”；鄂尔多斯市达拉特旗，内蒙古）。项目：续建9项中点名6个“力争…建成投产”（在建）、3个“稳步推进”（在建）；新建12项中点名8个“确保…开工建设”（planned；达电供热管线、开发区综合物流园、羊绒小镇为基础设施/非工业，可选）；“争取…建成投产”3个中润达能源、苏德环保记 planned（可选），金时空液体甲醇钠重复出现。项目名照文中短名（企业简称+产品）；企业简称只在项目名中，列可选公司。无金额。事实：计划项目数21、续建9、新建12（target）。",
  "kd02"),
 parks=[
  park(DL, "鄂尔多斯", "内蒙古", "经济开发区", B1, district="达拉特旗", aliases=["内蒙古达拉特经济开发区"], note="文中又作“开发区”"),
 ],
 companies=[
  comp("久宝晶体科技有限公司", DL, B4, note="蓝宝石项目"),
  comp("荣信化工", DL, B2, opt=True, note="只在项目名中"),
  comp("万电电气", DL, B2, opt=True, note="只在项目名中"),
  comp("建能兴辉", DL, B2, opt=True, note="只在项目名中"),
  comp("新奥", DL, B3, opt=True, note="只在项目名中"),
  comp("默锐", DL, B4, opt=True, note="只在项目名中"),
  comp("天向化工", DL, B4, opt=True, note="只在项目名中"),
  comp("金时空", DL, B4, opt=True, note="只在项目名中"),
  comp("苏德环保", DL, B5, opt=True, note="只在项目名中"),
 ],
 projects=[
  _p("荣信化工40万吨乙二醇", B2, "在建", "续建项目", note="力争2020年建成投产"),
  _p("索能10万吨碳化硅", B2, "在建", "续建项目", note="力争2020年建成投产"),
  _p("万电电气2200台高低压配电柜", B2, "在建", "续建项目", note="力争2020年建成投产"),
  _p("建能兴辉2160万平方米发泡墙体陶瓷砖", B2, "在建", "续建项目", note="力争2020年建成投产"),
  _p("蒙泰10万吨高新铝合金", B2, "在建", "续建项目", note="力争2020年建成投产"),
  _p("金沙布地1950吨高品质光电通信新材料", B2, "在建", "续建项目", note="力争2020年建成投产"),
  _p("恒星18万吨高聚合物有机硅", B3, "在建", "稳步推进"),
  _p("新奥1000吨石墨烯", B3, "在建", "稳步推进"),
  _p("路泰公路建筑新材料", B3, "在建", "稳步推进"),
  _p("荣信化工年产60万吨煤制甲醇扩能改造", B4, "planned", "确保…开工建设", note="新建"),
  _p("默锐年产18.8万吨高端化学及能源材料", B4, "planned", "确保…开工建设", note="新建"),
  _p("天向化工年产3万吨高纯氧氯化锆和8000吨高纯氧化锆", B4, "planned", "确保…开工建设", note="新建"),
  _p("金时空年产20万吨液体甲醇钠", B4, "planned", "确保…开工建设", note="新建；又在“争取…建成投产”中"),
  _p("久宝晶体科技有限公司蓝宝石", B4, "planned", "确保…开工建设", note="新建", companies=["久宝晶体科技有限公司"]),
  _p("达电供热管线", B4, "planned", "确保…开工建设", opt=True, note="基础设施"),
  _p("开发区综合物流园", B4, "planned", "确保…开工建设", opt=True),
  _p("羊绒小镇", B4, "planned", "确保…开工建设", opt=True),
  _p("润达能源110KV变电站", B5, "planned", "争取…建成投产", opt=True),
  _p("苏德环保20万吨杂盐资源化利用", B5, "planned", "争取…建成投产", opt=True),
 ],
 aggregate_facts=[
  fact(DL, "park", "planned_major_projects", 21, "count", B1, AS2, kind="target", note="亿元以上重点项目"),
  fact(DL, "park", "continuing_projects", 9, "count", "其中,续建项目9项", AS2, kind="target"),
  fact(DL, "park", "new_projects", 12, "count", "新建项目12项", AS2, kind="target"),
  fact(DL, "park", "projects_to_complete", 6, "count", B2, AS2, kind="target", opt=True),
 ])

# ---------------------------------------------------------------- kd03 丽珠集团(宁夏)医药产业园 in 平罗工业园区 (cn-ferment relay)
PL = "平罗工业园区"
LZ = "丽珠集团(宁夏)医药产业园"
C1 = "丽珠集团(宁夏)医药产业园位于平罗工业园区,占地近600亩,总投资3亿多元,由宁夏福兴医药有限公司和宁夏新北江制药股份有限公司共同投资建设"
C2 = "公司计划投资1.47亿元建设年产7000吨苯丙氨酸及500吨卡那霉素项目"
C3 = "宁夏新北江制药有限公司项目总占地200多亩。公司计划投资1.5亿元,建设生物医药生产建设项目"
C0 = "丽珠集团(宁夏)医药产业园,是平罗县今年一季度确定的重点开工项目之一,目前,工程正在加紧进行中,工程预计8月份试生产"
G["kd03"] = dict(
 article=art("（无标题）丽珠集团(宁夏)医药产业园加紧建设 预计8月份试生产", "cn-ferment.com（发酵行业网站转载；记者马丽娟，原发媒体未注明）", None, "unknown",
  "Industry website relaying a local news item, Ningxia: a pharmaceutical park-in-park in a county industrial park under construction — area, total investment, two investor firms' projects with planned investment, expected profit and construction progress",
  "https://cn-ferment.com/news/show-7071.html",
  "存段无标题、无日期行（title 为编者概括）；发布日期存段与网址均未示，记 null（unknown）；文中“平罗县今年一季度确定的重点开工项目”。署名行“(记者:马丽娟)”已删；页面其后把正文第2—4段重复一遍（末句中断），重复部分整段删去。正文五段。园区：平罗工业园区（石嘴山市平罗县，宁夏）；丽珠集团(宁夏)医药产业园位于其中——列为项目（总投资3亿多元→余，“3亿多元”非数字+亿元，investment_cny 为 null），另列为可选子园区。公司：宁夏福兴医药有限公司（后文作“宁夏福兴制药有限公司”，alias）、宁夏新北江制药股份有限公司（后文作“宁夏新北江制药有限公司”，alias）；丽珠集团可选。两家企业各自的项目（计划投资1.47亿元、1.5亿元，在建）。预计年利润“6700多万元”“5700多万元”非数字+万元，记为可选事实，metric 不带 _cny。",
  "kd03"),
 parks=[
  park(PL, "石嘴山", "宁夏", "工业园区", C1, district="平罗县"),
  park(LZ, "石嘴山", "宁夏", "医药产业园", C1, district="平罗县", parent=PL, opt=True, note="园中园，亦作项目"),
 ],
 companies=[
  comp("宁夏福兴医药有限公司", PL, C1, aliases=["宁夏福兴制药有限公司"], note="后文作“宁夏福兴制药有限公司”"),
  comp("宁夏新北江制药股份有限公司", PL, C1, aliases=["宁夏新北江制药有限公司"], note="后文作“宁夏新北江制药有限公司”"),
  comp("丽珠集团", PL, C0, opt=True, note="只在园区名中"),
 ],
 projects=[
  proj(LZ, PL, C1, companies=["宁夏福兴医药有限公司", "宁夏新北江制药股份有限公司"], inv="总投资3亿多元", qual="余", qual_text="多", unparsed=True,
       status="在建", status_text="工程正在加紧进行中", note="平罗县一季度重点开工项目；预计8月份试生产"),
  proj("年产7000吨苯丙氨酸及500吨卡那霉素项目", PL, C2, companies=["宁夏福兴医药有限公司"], inv="计划投资1.47亿元", status="在建", status_text="发酵车间基础施工和土方回填已完成"),
  proj("生物医药生产建设项目", PL, C3, companies=["宁夏新北江制药股份有限公司"], inv="计划投资1.5亿元", status="在建", status_text="发酵罐安装已完成"),
 ],
 aggregate_facts=[
  fact(LZ, "park", "site_area_mu", 600, "mu", C1, "建设期", qual="约", qtext="近"),
  fact("宁夏福兴医药有限公司", "company", "project_site_area_mu", 300, "mu", "其中宁夏福兴制药有限公司项目总占地300亩", "建设期", opt=True),
  fact("宁夏新北江制药股份有限公司", "company", "project_site_area_mu", 200, "mu", "宁夏新北江制药有限公司项目总占地200多亩", "建设期", qual="余", qtext="多", opt=True),
  fact("宁夏福兴医药有限公司", "company", "expected_annual_profit", 6.7e7, "cny", "项目建成投产后,预计年可实现利润6700多万元", "投产后（预期）", kind="target", qual="余", qtext="多", opt=True),
  fact("宁夏新北江制药股份有限公司", "company", "expected_annual_profit", 5.7e7, "cny", "预计年可实现利润5700多万元", "投产后（预期）", kind="target", qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- kd04 千里山工业园区 (converter copy, c. 2011)
QL = "千里山工業園區"
D1 = "陜汽烏海新能源汽車有限公司年產5萬輛LNG汽車項目總投資10億元,已完成投資0.8億元"
D2 = "內蒙古斯凱夫化工有限公司年產5萬噸高檔涂料項目總投資6.93億元,已完成投資1.55億元"
D3 = "內蒙古維斯通管業有限公司年產6萬噸管材項目總投資2.3億元,現已完成投資1.3億元"
D4 = "烏海華油天然氣有限公司焦爐煤氣綜合利用項目總投資10.3億元,已完成投資3億元"
D5 = "包鋼萬騰鋼鐵有限責任公司年產200萬噸軋材項目總投資43億元,已完成投資21億元"
AS4 = "2011年（报道时）"
G["kd04"] = dict(
 article=art("（无标题）记者走进海勃湾区千里山工业园区 看重点项目进展", "m.86079.cn（繁体转换站的转载；原发媒体、署名与日期均未示，原文应为简体）", "2011", "year",
  "Converter-site copy of a local news report, Inner Mongolia (Wuhai): a reporter's tour of an industrial park's key projects — five firms' projects with total investment, investment completed, capacity, construction stage and planned completion",
  "http://m.86079.cn/news/show-28079.html",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“計劃2011年11月15日一期LNG凈化廠投產,2012年二期…”“于4月10日試生產,2號高爐預計2012年投產”，推定2011年（year）。繁体为转换站呈现（简繁混杂如“后”“于”），照存段原样，不转换。存段末段“藍星玻璃…現已完成1.4億”在句中中断，整段删去；正文六段。“三個生產錢”原文如此。园区：千里山工業園區（乌海市海勃湾区，内蒙古）。五个项目均在园区，金额为总投资；“已完成投資”记为项目累计事实。状态：陜汽项目“已進入一期生產階段”→投产（alt 在建）；包钢万腾“1號高爐…試生產”、其余在建→在建。",
  "kd04"),
 parks=[
  park(QL, "乌海", "内蒙古", "工业园区", "記者走進了海勃灣區千里山工業園區", district="海勃湾区"),
 ],
 companies=[
  comp("陜汽烏海新能源汽車有限公司", QL, D1),
  comp("內蒙古斯凱夫化工有限公司", QL, D2),
  comp("內蒙古維斯通管業有限公司", QL, D3),
  comp("烏海華油天然氣有限公司", QL, D4),
  comp("包鋼萬騰鋼鐵有限責任公司", QL, D5),
 ],
 projects=[
  proj("年產5萬輛LNG汽車項目", QL, D1, companies=["陜汽烏海新能源汽車有限公司"], inv="總投資10億元", status="投产", status_text="目前已進入一期生產階段", status_alt="在建", note="计划2014年全部建成"),
  proj("年產5萬噸高檔涂料項目", QL, D2, companies=["內蒙古斯凱夫化工有限公司"], inv="總投資6.93億元", status="在建", status_text="正在進行墻體施工", note="计划明年上半年建成投产"),
  proj("年產6萬噸管材項目", QL, D3, companies=["內蒙古維斯通管業有限公司"], inv="總投資2.3億元", status="在建", status_text="正在進行收尾工作", note="计划10月试生产"),
  proj("焦爐煤氣綜合利用項目", QL, D4, companies=["烏海華油天然氣有限公司"], inv="總投資10.3億元", status="在建", status_text="廠區辦公樓主體已建成", note="一期LNG净化厂计划2011-11-15投产"),
  proj("年產200萬噸軋材項目", QL, D5, companies=["包鋼萬騰鋼鐵有限責任公司"], inv="總投資43億元", status="在建", status_text="高爐1號主體工程已完工,于4月10日試生產", status_alt="投产"),
 ],
 aggregate_facts=[
  fact("年產5萬輛LNG汽車項目", "project", "investment_completed_cny", 8e7, "cny", "已完成投資0.8億元", AS4, kind="cumulative", chk=True),
  fact("年產5萬噸高檔涂料項目", "project", "investment_completed_cny", 1.55e8, "cny", "已完成投資1.55億元", AS4, kind="cumulative", chk=True),
  fact("年產6萬噸管材項目", "project", "investment_completed_cny", 1.3e8, "cny", "現已完成投資1.3億元", AS4, kind="cumulative", chk=True),
  fact("焦爐煤氣綜合利用項目", "project", "investment_completed_cny", 3e8, "cny", "已完成投資3億元。項目建成后可實現年產23萬噸液化天然氣", AS4, kind="cumulative", chk=True),
  fact("年產200萬噸軋材項目", "project", "investment_completed_cny", 2.1e9, "cny", "已完成投資21億元", AS4, kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- kd05 準格爾經濟開發區 (正北方網 2017, converter copy)
ZG = "準格爾經濟開發區"
F1 = "“我公司生產的陶瓷纖維針刺毯項目,總投資1.01億元,年消化5萬噸煤矸石制3萬噸陶瓷纖維針刺毯"
F2 = "開發區規劃面積56.7平方公里,建成6.7平方公里"
G["kd05"] = dict(
 article=art("準格爾經濟開發區 建成重點項目30個", "正北方網（鄂尔多斯日报社全媒体采访报道组），载于 zixundingzhi.com（繁体转换站的转载）", "2017-06-25", "day",
  "Converter-site copy of a regional news portal's report, Inner Mongolia (Ordos): a provincial-level development zone visited in a series — a firm's ceramic-fibre project with investment and expected jobs and profit-tax, the zone's founding, titles, planned and built area, population",
  "https://www.zixundingzhi.com/jingji/0c82d2015ade823e.html",
  "日期取页面“正北方網 2017-06-25”。标题照录；重复的标题行、标签行“經濟 交通 投資 材料科學 正北方網 2017-06-25”与图片说明“佳匯公司正在建設的廠房”已删。繁体为转换站呈现（“瞭解”“這裡”等台湾用字），照存段原样，不转换。存段在末句“開發區重點圍繞陶瓷和高嶺”处中断，该残句已删（LINE_SUFFIX），正文四段。园区：準格爾經濟開發區（鄂尔多斯市准格尔旗沙圪堵镇，内蒙古；1999年10月批准的省级开发区）。项目：內蒙古佳匯新材料科技有限公司陶瓷纖維針刺毯項目，總投資1.01億元；正文未说阶段（“正在建設”只在已删图片说明里），status null。事实：标题“建成重點項目30個”（cumulative）；规划面积56.7、建成6.7平方公里；镇区面积、常住人口可选；企业预期就业、年利税“1000餘萬元”（非数字+万元，可选，不带 _cny）。",
  "kd05"),
 parks=[
  park(ZG, "鄂尔多斯", "内蒙古", "省级开发区", "據瞭解,準格爾經濟開發區是1999年10月自治區人民政府批准成立的我市第一個省級開發區", district="准格尔旗", note="文中又作“開發區”"),
 ],
 companies=[
  comp("內蒙古佳匯新材料科技有限公司", ZG, "在內蒙古佳匯新材料科技有限公司,公司的銷售負責人蘇守成向記者介紹了相關情況", note="在开发区（语境推定）"),
 ],
 institutions=[
  inst("鄂爾多斯日報社", "近日,鄂爾多斯日報社全媒體採訪報道組“砥礪奮進的五年”大型採訪調研活動走進準格爾經濟開發區", kind="media"),
 ],
 projects=[
  proj("陶瓷纖維針刺毯項目", ZG, F1, companies=["內蒙古佳匯新材料科技有限公司"], inv="總投資1.01億元", note="年消化5万吨煤矸石制3万吨陶瓷纤维针刺毯；阶段未说"),
 ],
 aggregate_facts=[
  fact(ZG, "park", "key_projects_completed", 30, "count", "準格爾經濟開發區 建成重點項目30個", "2017年6月", kind="cumulative"),
  fact(ZG, "park", "planned_area_km2", 56.7, "km2", F2, "2017年6月"),
  fact(ZG, "park", "built_area_km2", 6.7, "km2", F2, "2017年6月"),
  fact(ZG, "park", "town_planned_area_km2", 36.7, "km2", "鎮區規劃面積36.7平方公里,建成12.2平方公里", "2017年6月", opt=True),
  fact(ZG, "park", "resident_population", 70000, "persons", "常住人口近7萬人", "2017年6月", qual="约", qtext="近", opt=True),
  fact("陶瓷纖維針刺毯項目", "project", "site_area_mu", 60.37, "mu", "總佔地面積為60.37畝", "2017年6月", opt=True),
  fact("陶瓷纖維針刺毯項目", "project", "expected_jobs", 150, "count", "預計解決就業150餘人", "投产后（预期）", kind="target", qual="余", qtext="餘", opt=True),
 ])

# ---------------------------------------------------------------- kd06 石嘴山 以“链”招商 (宁夏日报 2024)
SZ = "石嘴山"
H1 = "宁夏海力电子有限公司车间,生产机器在智能系统引导下有序运转"
H2 = "“我们的新能源、大数据、云计算用高性能电极箔项目一期已进入试生产阶段,二期续建项目也被纳入2024年市级重点项目,天气转暖就开工。”"
H3 = "引进深圳市贝特瑞新材料集团股份有限公司注册成立宁夏瑞鼎新材料科技有限公司,建设年产10万吨锂离子电池负极材料项目,目前已建成2万吨负极材料项目并完成试生产"
H4 = "今年,石嘴山共谋划储备招商引资项目129个、2024年度计划投资283亿元"
G["kd06"] = dict(
 article=art("（无标题）石嘴山以“链”招商 拓展“朋友圈”", "宁夏日报（数字报 szb.nxrb.cn；见习记者张适清）", "2024-03-01", "day",
  "Provincial daily's e-paper, Ningxia: a city's chain-based investment promotion — a firm's electrode-foil project in trial production, a listed firm's subsidiary and its anode-material project, the city's project reserve and yearly investment plan",
  "https://szb.nxrb.cn/nxrb/pc/con/202403/01/content_111680.html",
  "日期取网址 202403/01（文中“2月29日”为采访日）。存段无标题（title 为编者概括），以“本报讯 (见习记者 张适清)”开头，保留。正文四段，完整。文中没有园区名称（只有市：石嘴山，宁夏），parks 为空，项目与公司 park 为 null。项目：海力电子高性能电极箔项目一期（试生产→投产，alt 在建）、二期（续建，纳入2024年市级重点项目，可选）；瑞鼎新材料年产10万吨负极材料项目（已建成2万吨并试生产→在建，alt 投产）。多氟多（对接对象）、贝特瑞（投资方）列为公司。事实：储备招商引资项目129个，2024年度计划投资283亿元（target），108个重点项目（可选）。",
  "kd06"),
 parks=[],
 companies=[
  comp("宁夏海力电子有限公司", None, H1),
  comp("宁夏瑞鼎新材料科技有限公司", None, H3),
  comp("深圳市贝特瑞新材料集团股份有限公司", None, H3, note="瑞鼎新材料的投资方"),
  comp("多氟多化工股份有限公司", None, "锁定多氟多化工股份有限公司等领先企业对接争取", opt=True, note="招商对接对象"),
 ],
 institutions=[
  inst("石嘴山市发改委", "石嘴山市发改委相关负责人说"),
 ],
 projects=[
  proj("新能源、大数据、云计算用高性能电极箔项目", None, H2, companies=["宁夏海力电子有限公司"], phase="一期", status="投产", status_text="已进入试生产阶段", status_alt="在建"),
  proj("新能源、大数据、云计算用高性能电极箔项目二期", None, H2, companies=["宁夏海力电子有限公司"], phase="二期", status="planned", status_text="天气转暖就开工", opt=True, note="二期续建项目，纳入2024年市级重点项目"),
  proj("年产10万吨锂离子电池负极材料项目", None, H3, companies=["宁夏瑞鼎新材料科技有限公司"], status="在建", status_text="已建成2万吨负极材料项目并完成试生产", status_alt="投产"),
 ],
 aggregate_facts=[
  fact(SZ, "region", "investment_projects_reserved", 129, "count", H4, "2024年（计划）", kind="target"),
  fact(SZ, "region", "planned_annual_investment_cny", 2.83e10, "cny", "2024年度计划投资283亿元", "2024年（计划）", kind="target", chk=True),
  fact(SZ, "region", "key_projects_selected", 108, "count", "我们从项目储备库中优选了108个重点项目作为重点实施任务", "2024年", opt=True),
  fact(SZ, "region", "industrial_chain_maps", 8, "count", "绘制8条重点产业链地图", "2023年10月以来", opt=True),
 ])
