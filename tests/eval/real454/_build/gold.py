# real454 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (all six items simplified script as published); names as written in the text;
# 超过/以上/突破/超 → 超, 多/余 → 余, 约 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts
# (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is the one the
# text places the project in, null if none (a county, district or city is not a park). Status from the text's words
# (集中签约 / 签订…合作协议 → 签约; 集中开工 / 正式开工 → 开工; 集中竣工 / 竣工项目 → 竣工; 落地 alone → no status; a plot to
# be used for a base → planned). Targets (“争取到2017年底”, “预计”) are kind target; batch counts of one event are reported.
# Sources are `search` (corpus pages) excerpts written to _raw/pages/kkNN.raw by write_raw.py as returned.

# ---------------------------------------------------------------- kk01 首批9个小微企业创业园启动 (温岭日报 2015)
WL = "温岭市"
K1 = "争取到2017年底,全市培育形成10个产业特色明显、规模效益显著、资源利用高效、功能配套完善、服务管理规范的小微企业创业园,新增120万平方米生产、研发用房"
K2 = "目前,列入第一批建设的小微企业创业园共有9个,分别位于泽国西湾、温峤上街、松门东南工业园等地,总占地面积803亩"
G["kk01"] = dict(
 article=art("打造特色产业基地,改善小微企业发展环境 首批9个小微企业创业园启动", "温岭日报（记者庞辉斌 通讯员梁美玲），数字报纸 paper.wlxww.com，a0001版 要闻", "2015-07-22", "day",
  "County-level city daily, Zhejiang (台州 温岭): the city starts its first batch of small-firm parks (小微企业创业园) — count, locations and land of the first batch, the 2017 target count and floor space, land sources, entry rules",
  "https://paper.wlxww.com/html/2015-07/22/content_1461923.htm?div=-1",
  "日期取版面尾行“2015-07-22 … 2015年07月22日 星期三”。标题为引题“打造特色产业基地,改善小微企业发展环境”与主题“首批9个小微企业创业园启动”，以一空格相连。“温岭日报 数字报纸”“a0001版:要闻”与版面尾行已删；正文五段，完整。文中“我市”即温岭市（台州，浙江）。第一批9个小微企业创业园未逐一命名，只给出位置（泽国西湾、温峤上街、松门东南工业园等），不列为项目；“松门东南工业园”作为地名出现，列为可选园区。“机械电子创业园、工量刃具产业园、鞋业配套产业园”为举例的园区类型（“例如”），不列。事实：第一批9个、总占地803亩（reported，2015年7月）；到2017年底培育10个、新增120万平方米生产研发用房（target）。“30亩及以上”“3年内完工”为规则，不计。",
  "kk01"),
 parks=[
  park("松门东南工业园", "台州", "浙江", "工业园", K2, district="温岭市", opt=True, note="只作第一批小微企业创业园的位置出现"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(WL, "region", "small_firm_parks_first_batch", 9, "count", K2, "2015年7月", note="第一批小微企业创业园"),
  fact(WL, "region", "small_firm_parks_first_batch_site_area_mu", 803, "mu", K2, "2015年7月"),
  fact(WL, "region", "small_firm_parks", 10, "count", K1, "2017年底（目标）", kind="target"),
  fact(WL, "region", "new_production_floor_area_m2", 1.2e6, "m2", K1, "2015年至2017年底（目标）", kind="target", note="新增生产、研发用房"),
 ])

# ---------------------------------------------------------------- kk02 浙南产业集聚区(经开区) 2019 review (今日开发区版, via aimsen)
ZN = "浙南产业集聚区"
L1 = "落地上海嘉定工业区温州园一期20亿元投资项目"
L2 = "又在前期引入中国电子温州产业园的基础上,与中电旗下的上市公司中国长城合作建设中国长城(温州)自主创新基地"
L3 = "中电集团所属企业中国长城科技集团股份有限公司,也与浙南产业集聚区签订了“中国长城(温州)自主创新基地”合作协议"
L4 = "在产业提升上,新增高新技术企业50家、省科技型中小企业255家"
G["kk02"] = dict(
 article=art("（无标题）浙南产业集聚区(经开区) 2019年盘点：嘉定工业区温州园一期落地、中国长城(温州)自主创新基地签约", "存于 aimsen.com（原出处未注明；文中自称《今日开发区版》，应为温州当地报纸的开发区专版）", "2020", "year",
  "Zone page of a local paper relayed by a website, Zhejiang (温州): a national-level zone's 2019 review — a park-in-park project landed with its amount, an electronics group's base signed, new high-tech and tech-SME counts, an institute formed",
  "https://aimsen.com/information/95897",
  "存段无标题、无日期行（title 为编者概括）。日期由文中推定：盘点2019年、“为2020年的工作奠定扎实的基础”“2019年12月23日”，当为2020年初刊出，精度只记年。正文四段另小标题“重大项目招引有突破”一行，照录，完整。园区：浙南产业集聚区（文中作“浙南产业集聚区(经开区)”，即温州经济技术开发区所在平台；温州，浙江；alias 取文中“经开区”）；上海嘉定工业区温州园、中国电子温州产业园为区内园中园（母园区浙南产业集聚区，由语境推定）。项目：上海嘉定工业区温州园一期（“落地…20亿元投资项目”，落地无状态词→status null）；中国长城(温州)自主创新基地（与浙南产业集聚区签订合作协议→签约；无金额）。公司：中国长城科技集团股份有限公司（文中又作“中国长城”；上市公司，园区外投资方，park null）；中国电子（中电集团）可选。机构：浙江中德智能制造创新研究院（区内组建）；温州市政府可选。事实：新增高新技术企业50家、省科技型中小企业255家（2019年）；5家区内企业在上海“科技飞地”设研发点（可选）。",
  "kk02"),
 parks=[
  park(ZN, "温州", "浙江", "产业集聚区", "过去一年,在浙南产业集聚区(经开区),重大项目招引取得新突破", aliases=["经开区"], note="文中作“浙南产业集聚区(经开区)”"),
  park("上海嘉定工业区温州园", "温州", "浙江", "园中园", L1, parent=ZN, note="一期20亿元投资项目落地；母园区由语境推定"),
  park("中国电子温州产业园", "温州", "浙江", "产业园", L2, parent=ZN, opt=True, note="前期引入；母园区由语境推定"),
 ],
 companies=[
  comp("中国长城科技集团股份有限公司", None, L3, aliases=["中国长城"], note="中电旗下上市公司；与浙南产业集聚区签约合作建设自主创新基地"),
  comp("中国电子", None, "2019年12月23日,温州市政府与中国电子签订战略合作协议", aliases=["中电集团"], opt=True, note="与温州市政府签战略合作协议"),
 ],
 institutions=[
  inst("浙江中德智能制造创新研究院", "组建浙江中德智能制造创新研究院这一高能级平台,引入德国工业4.0技术", kind="research", park=ZN, opt=False),
  inst("温州市政府", "2019年12月23日,温州市政府与中国电子签订战略合作协议", kind="government"),
 ],
 projects=[
  proj("上海嘉定工业区温州园一期", ZN, L1, inv="20亿元", status=None, phase="一期", note="“落地…20亿元投资项目”；落地不计状态"),
  proj("中国长城(温州)自主创新基地", ZN, L3, companies=["中国长城科技集团股份有限公司"], status="签约", status_text="签订了…合作协议",
       note="与浙南产业集聚区签订合作协议；无金额"),
 ],
 aggregate_facts=[
  fact(ZN, "park", "new_high_tech_firms", 50, "count", L4, "2019年"),
  fact(ZN, "park", "new_provincial_tech_smes", 255, "count", L4, "2019年"),
  fact(ZN, "park", "firms_with_rd_in_shanghai_enclave", 5, "count", "在创新平台上,5家区内企业率先在上海“科技飞地”设研发点", "2019年", opt=True),
 ])

# ---------------------------------------------------------------- kk03 洞头54个项目集中签约及开(竣)工 (温州网 2021)
DT = "洞头区"
M0 = "合计项目54个,总投资达200亿元"
M1 = "据了解,本次集中签约项目6个,包括年产1000吨合成尼古丁及10000吨烟油建设项目、9H燃机项目、浙南水运中心·燕子山游艇产业综合开发项目等,总投资额76.85亿元"
M2 = "集中开工项目18个,包括海洋生物医药制造项目、渔业产业数字化发展项目、区人民医院改扩建工程暨公共卫生服务中心等,总投资额80.65亿元"
M3 = "其中,诚意药业海洋生物医药制造项目为省“152”重大项目,项目建成后将具备年产1110吨鱼油、2600吨中药饮片的产能,预计年销售收入达20亿元、贡献税收3亿元"
M4 = "集中竣工项目30个,包括霓屿紫菜现代园(田园综合体)、同心旅游小镇整体风貌改造工程、元觉幼儿园等,投资额49.7亿元"
M5 = "这54个项目中,涉及水、电、路等重大基础设施类项目24个,占比44%;促进提档升级的产业发展项目20个,占比37%"
ASM = "2021年10月15日（集中签约及开(竣)工）"
G["kk03"] = dict(
 article=art("洞头54个项目集中签约及开(竣)工 总投资达200亿元", "温州网 66wz.com（转自温州新闻客户端；通讯员 余佩遥 张遥 记者 金瑞雅 徐龙飞）", "2021-10-16", "day",
  "City news portal relaying the city paper's app, Zhejiang (温州 洞头区): a district's batch ceremony — projects signed, started and completed with counts and totals, named projects of each stage, one pharma project's capacity and expected revenue and tax",
  "http://news.66wz.com/system/2021/10/16/105410889.shtml",
  "日期取页面“温州网 2021-10-16 09:58:14”。标题照录（“正在阅读:”行、日期行、图片说明“东海贝雕主题公园”“海霞红色基地建设项目”“仪式现场”、来源/原标题/署名/转自/编辑行及“疫情防控一刻不得松懈”已删）。正文五段，完整。文中无园区名；项目均 park null（只有区名洞头区）。状态：集中签约→签约，集中开工→开工，集中竣工→竣工。项目：签约3个、开工3个（其中“海洋生物医药制造项目”即“诚意药业海洋生物医药制造项目”，后者作 alias）、竣工3个；医院、旅游小镇风貌、幼儿园、紫菜现代园等非工业项目列为可选。事实：洞头区54个项目、200亿元；签约6个/76.85亿元、开工18个/80.65亿元、竣工30个/49.7亿元（均为本次仪式的批次数，reported）；基础设施24个、产业20个、民生10个（可选）；诚意药业项目预计年销售收入20亿元、税收3亿元（target，subject 为项目）。",
  "kk03"),
 parks=[],
 companies=[
  comp("诚意药业", None, M3, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("年产1000吨合成尼古丁及10000吨烟油建设项目", None, M1, status="签约", status_text="集中签约"),
  proj("9H燃机项目", None, M1, status="签约", status_text="集中签约"),
  proj("浙南水运中心·燕子山游艇产业综合开发项目", None, M1, status="签约", status_text="集中签约"),
  proj("诚意药业海洋生物医药制造项目", None, M3, companies=["诚意药业"], aliases=["海洋生物医药制造项目"], status="开工", status_text="集中开工",
       note="集中开工名单中作“海洋生物医药制造项目”；省“152”重大项目"),
  proj("渔业产业数字化发展项目", None, M2, status="开工", status_text="集中开工"),
  proj("区人民医院改扩建工程暨公共卫生服务中心", None, M2, status="开工", status_text="集中开工", opt=True, note="民生项目"),
  proj("霓屿紫菜现代园(田园综合体)", None, M4, status="竣工", status_text="集中竣工", opt=True, note="农业项目"),
  proj("同心旅游小镇整体风貌改造工程", None, M4, status="竣工", status_text="集中竣工", opt=True, note="旅游风貌工程"),
  proj("元觉幼儿园", None, M4, status="竣工", status_text="集中竣工", opt=True, note="民生项目"),
 ],
 aggregate_facts=[
  fact(DT, "region", "projects", 54, "count", M0, ASM),
  fact(DT, "region", "total_investment_cny", 2e10, "cny", M0, ASM, chk=True),
  fact(DT, "region", "projects_signed", 6, "count", M1, ASM),
  fact(DT, "region", "signed_investment_cny", 7.685e9, "cny", "总投资额76.85亿元", ASM, chk=True),
  fact(DT, "region", "projects_started", 18, "count", M2, ASM),
  fact(DT, "region", "projects_started_investment_cny", 8.065e9, "cny", "总投资额80.65亿元", ASM, chk=True),
  fact(DT, "region", "projects_completed", 30, "count", M4, ASM),
  fact(DT, "region", "projects_completed_investment_cny", 4.97e9, "cny", "投资额49.7亿元", ASM, chk=True),
  fact(DT, "region", "infrastructure_projects", 24, "count", M5, ASM, opt=True),
  fact(DT, "region", "industrial_projects", 20, "count", M5, ASM, opt=True),
  fact(DT, "region", "livelihood_projects", 10, "count", "增进民生福祉的保障项目10个,占比19%", ASM, opt=True),
  fact("诚意药业海洋生物医药制造项目", "project", "expected_annual_revenue_cny", 2e9, "cny", "预计年销售收入达20亿元、贡献税收3亿元", "建成后（预计）", kind="target", chk=True),
  fact("诚意药业海洋生物医药制造项目", "project", "expected_annual_tax_cny", 3e8, "cny", "贡献税收3亿元", "建成后（预计）", kind="target", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- kk04 瑞安118个重大项目集中开竣工 (浙江在线-浙江日报 2022)
RA = "瑞安市"
N0 = "12日,随着一声令下,瑞安市118个重大项目迎来集中开竣工,总投资500.1亿元"
N1 = "比如此次开工的天宏高分子新材料时尚鞋智造项目、年产20万套高端汽车智能光电系统总成以及30万台逆变电源建设项目等"
N2 = "特博汽车智能汽车雨刮器总成生产项目、东新产城小微园、万科城市综合体等一批竣工项目达产达效"
N3 = "此次开工的浙江博伦博乐高端儿童服饰生产基地建设项目、力冠机械智造项目等都是民营企业主动加码的投资"
N4 = "不仅华峰集团、瑞立集团等大企业加大科技创新改造投入"
G["kk04"] = dict(
 article=art("开工竣工齐头并进 政府企业双向发力 瑞安118个重大项目集中开竣工", "浙江在线-浙江日报（记者 应忠彭 共享联盟瑞安站 夏盈瑜 项乐茹），cs.zjol.com.cn 地方频道", "2022-01-13", "day",
  "Provincial portal's local channel from the provincial daily, Zhejiang (温州 瑞安): a county-level city's batch start and completion of 118 major projects — named manufacturing projects started, a small-firm park and other projects completed, large firms' tech investment",
  "https://cs.zjol.com.cn/202201/t20220113_23637507.shtml",
  "日期取页面“2022-01-13 11:38:09 来源:浙江在线-浙江日报”（事件1月12日）。标题为引题“开工竣工齐头并进 政府企业双向发力”与主题“瑞安118个重大项目集中开竣工”，以一空格相连。“地方频道”、日期来源行与残行“编辑:韦”已删；正文五段，完整。文中无园区作项目所在地；项目 park 均 null（只有瑞安市）。东新产城小微园为竣工项目（status 竣工），另列为可选园区（小微企业园）。状态：开工名单→开工，“竣工项目达产达效”→竣工。“年产20万套高端汽车智能光电系统总成以及30万台逆变电源建设项目”按一个项目名记。万科城市综合体为房地产项目，可选。公司：华峰集团、瑞立集团（大企业加大技改投入，可选）；特博汽车、天宏高分子、力冠机械、浙江博伦博乐只在项目名中（可选）。事实：瑞安市118个重大项目、总投资500.1亿元（本次批次）。",
  "kk04"),
 parks=[
  park("东新产城小微园", "温州", "浙江", "小微企业园", N2, district="瑞安市", opt=True, note="作为竣工项目出现"),
 ],
 companies=[
  comp("华峰集团", None, N4, opt=True),
  comp("瑞立集团", None, N4, opt=True),
  comp("特博汽车", None, N2, opt=True, note="只在项目名中"),
  comp("天宏高分子", None, N1, opt=True, note="只在项目名中"),
  comp("浙江博伦博乐", None, N3, opt=True, note="只在项目名中"),
  comp("力冠机械", None, N3, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("天宏高分子新材料时尚鞋智造项目", None, N1, companies=["天宏高分子"], status="开工", status_text="此次开工"),
  proj("年产20万套高端汽车智能光电系统总成以及30万台逆变电源建设项目", None, N1, status="开工", status_text="此次开工", note="按一个项目记"),
  proj("浙江博伦博乐高端儿童服饰生产基地建设项目", None, N3, companies=["浙江博伦博乐"], status="开工", status_text="此次开工"),
  proj("力冠机械智造项目", None, N3, companies=["力冠机械"], status="开工", status_text="此次开工"),
  proj("特博汽车智能汽车雨刮器总成生产项目", None, N2, companies=["特博汽车"], status="竣工", status_text="竣工项目"),
  proj("东新产城小微园", None, N2, status="竣工", status_text="竣工项目", note="小微企业园项目"),
  proj("万科城市综合体", None, N2, status="竣工", status_text="竣工项目", opt=True, note="房地产项目"),
 ],
 aggregate_facts=[
  fact(RA, "region", "projects", 118, "count", N0, "2022年1月12日（集中开竣工）", note="重大项目，开工与竣工合计"),
  fact(RA, "region", "total_investment_cny", 5.001e10, "cny", "总投资500.1亿元", "2022年1月12日（集中开竣工）", chk=True),
 ])

# ---------------------------------------------------------------- kk05 黄岩经开智创产业园正式开工 (股城网 2023)
HY = "黄岩经开智创产业园"
P0 = "位于江口街道永丰路南侧,绿园路西侧的黄岩经开智创产业园正式开工,总投资2.5亿元"
P1 = "据了解该项目的总建筑面积为6.2万平方米,地上的建筑面积为5.5万平方米,地下室建筑面积为6969.5平方米"
G["kk05"] = dict(
 article=art("黄岩经开智创产业园正式开工 总投资2.5亿元", "股城网 gucheng.com（股票投资分析栏；原出处与署名未注明）", "2023-04", "month",
  "Finance site relaying a local item, Zhejiang (台州 黄岩区): a development group's industrial-park project starts — its amount, construction schedule, floor areas, buildings and target industries",
  "https://m.gucheng.com/stock/202304/4341592.shtml",
  "存段无日期行；日期取网址 202304（月精度）。标题照录；栏目字“股票投资分析正文”与两行重复的图片说明“黄岩经开智创产业园正式开工”已删。正文两段，完整。园区：黄岩经开智创产业园（台州市黄岩区江口街道，浙江；新建的工业厂房园区，同时是本项目）。项目：黄岩经开智创产业园（正式开工→开工；总投资2.5亿元）；文中未给所在园区（只有江口街道），park null。公司：黄岩经开集团（建设方，可选）。事实：总建筑面积6.2万平方米；地上5.5万、地下室6969.5平方米（可选）；工期560天不计；“生产车间的建筑面积为4.2平方米”显系原文笔误（疑为4.2万），不计。",
  "kk05"),
 parks=[
  park(HY, "台州", "浙江", "产业园", P0, district="黄岩区", note="江口街道；建设中的园区，亦为本项目"),
 ],
 companies=[
  comp("黄岩经开集团", None, "黄岩经开集团的工作人在接下来的工作中将会加大力度的监督和管理施工现场", opt=True, note="建设方"),
 ],
 projects=[
  proj(HY, None, P0, companies=["黄岩经开集团"], inv="总投资2.5亿元", status="开工", status_text="正式开工", note="园区建设项目；文中只有街道，无所在园区"),
 ],
 aggregate_facts=[
  fact(HY, "park", "total_floor_area_m2", 62000, "m2", P1, "2023年4月（设计）"),
  fact(HY, "park", "above_ground_floor_area_m2", 55000, "m2", P1, "2023年4月（设计）", opt=True),
  fact(HY, "park", "basement_floor_area_m2", 6969.5, "m2", P1, "2023年4月（设计）", opt=True),
 ])

# ---------------------------------------------------------------- kk06 乐清 集中开工投产投运 (人民网 浙江频道 2024)
YQ = "乐清经开区"
QR = "乐清市"
Q0 = "当天,乐清市扩大有效投资重大项目集中开工投产投运仪式举行,77个重大项目集中开工投产投运,总投资额达413亿元"
Q1 = "此次集中开工投产投运的重大项目中,新开工41个,投产17个,投运19个"
Q2 = "其中总投资50亿元以上项目1个,10亿元至50亿元项目11个,1亿元至10亿元项目42个"
Q3 = "张建道说,新地块将用于建设新能源连接器生产基地,建成后预计年产值达15亿元"
ASQ = "2024年4月11日（集中开工投产投运）"
G["kk06"] = dict(
 article=art("温州乐清举行扩大有效投资重大项目集中开工投产投运仪式", "人民网 浙江频道（zj.people.com.cn；蔡甜甜、杨建斌；来源:乐清市融媒体中心）", "2024-04-12", "day",
  "National portal's provincial channel relaying a county-level media centre, Zhejiang (温州 乐清): a city's batch ceremony held in its economic development zone — 77 projects started, in production and in operation with counts and size bands, a firm's plot won through “数据得地” and its planned base",
  "http://zj.people.com.cn/n2/2024/0412/c186327-40808419.html",
  "日期取页面“2024年04月12日15:57 | 来源:乐清市融媒体中心”（仪式4月11日）。标题照录；“人民网”两行、署名行、日期行、来源行与“小字号”已删。存段在末段“一直以来,乐清市委市政府坚持“项目为王”理念,全力抓好项目谋划、招引、建设等”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“好项目是扩投资、优结构、稳增长的重要支撑。”；小标题“为何这么多“大好高”项目选择落地乐清?”照录。园区：乐清经开区（仪式举行地；温州乐清市，浙江）。77个项目为乐清市全市批次（subject 乐清市，不归经开区）。项目：新能源连接器生产基地（“浙江某科技股份有限公司”，企业未具名；新地块将用于建设→planned；所在园区未说，park null；可选）。事实：77个、413亿元；新开工41、投产17、投运19；规模分档与工业项目数（可选）；该公司获批106亩、预计年产值15亿元（可选）。",
  "kk06"),
 parks=[
  park(YQ, "温州", "浙江", "经济开发区", "4月11日,温州乐清经开区,铿锵有力的机械操作声交织", district="乐清市", note="集中开工投产投运仪式举行地"),
 ],
 companies=[],
 projects=[
  proj("新能源连接器生产基地", None, Q3, status="planned", status_text="新地块将用于建设", opt=True,
       note="浙江某科技股份有限公司（未具名）；预计年产值15亿元；所在园区未说"),
 ],
 aggregate_facts=[
  fact(QR, "region", "projects", 77, "count", Q0, ASQ),
  fact(QR, "region", "total_investment_cny", 4.13e10, "cny", "总投资额达413亿元", ASQ, chk=True),
  fact(QR, "region", "projects_started", 41, "count", Q1, ASQ),
  fact(QR, "region", "projects_in_production", 17, "count", Q1, ASQ),
  fact(QR, "region", "projects_in_operation", 19, "count", Q1, ASQ),
  fact(QR, "region", "projects_over_5bn_cny", 1, "count", Q2, ASQ, opt=True),
  fact(QR, "region", "projects_1bn_to_5bn_cny", 11, "count", Q2, ASQ, opt=True),
  fact(QR, "region", "projects_100m_to_1bn_cny", 42, "count", Q2, ASQ, opt=True),
  fact(QR, "region", "industrial_projects", 40, "count", "在涉及工业领域的40个项目中,有浙江省重大项目产业4个", ASQ, opt=True),
  fact("新能源连接器生产基地", "project", "expected_annual_output_cny", 1.5e9, "cny", "建成后预计年产值达15亿元", "建成后（预计）", kind="target", chk=True, opt=True),
  fact("浙江某科技股份有限公司", "company", "land_approved_mu", 106, "mu", "他们仅用50天就成功获批106亩土地使用权", "2024年4月", opt=True),
 ])
