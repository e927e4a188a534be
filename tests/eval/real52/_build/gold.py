# real52 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real49)
# Conventions as real28–real49: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a county is not a park). Status from the text's words (开工 / 动工 /
# 集中开工 → 开工; 竣工投产 / 投产 → 投产; 签约 / 签约落户 → 签约; 落户 alone → no status). “预计” year figures are kind
# target with “（预计）” in as_of; year-to-date counts (“今年以来”, “截至目前”) are cumulative. Sources are `search` (corpus
# pages) excerpts typed into _raw/pages/zvNN.raw as returned.

# ---------------------------------------------------------------- zv01 姜堰开发区项目建设再攀新高 (姜堰日报 2018)
JY = "姜堰经济开发区"
A0 = "2018年,姜堰经济开发区以奋力冲刺全区排头兵为目标,项目建设再攀新高"
A1 = "预计全年新签约亿元以上项目41个,实际利用外资4600万美元;全年可完成新开工亿元以上项目14个,竣工验收项目19个"
A2 = "海湾电气、正太绿色产业园等一批10亿元以上项目相继开工建设"
A3 = "双登集团铅碳电池产业化项目、单晶双面太阳能电池(二期)等一批10亿元以上项目竣工投产"
A4 = "盘活收储苏泰沥青、蓝色魅力、方盛电力等16家企业闲置及低效利用土地560.16亩"
A5 = "已完成化肥公司、溢洋化工、齐大涂料等7家化工企业的签约工作"
AS = "2018年全年（预计）"
G["zv01"] = dict(
 article=art("姜堰开发区项目建设再攀新高", "姜堰日报（姜凯），载于 jujiaotaizhou.com（聚焦泰州）", "2018-12-13", "day",
  "District daily via a city news site, Jiangsu: an economic development zone's 2018 year-end project review — projects signed, started and completed (estimates), named projects started and in production, land reclaimed, R&D and high-tech shares, technical-renovation projects, chemical firms relocated",
  "http://jujiaotaizhou.com/a/fazhangaige/5280.html",
  "日期取页面“时间:2018-12-13 13:16  来源:姜堰日报”。标题照录；导航、时间来源行与“编辑:袁常娇”已删；署名“(姜凯)”在正文末，保留。正文三段，完整。园区：姜堰经济开发区（文中又作“姜堰开发区”标题；泰州市姜堰区，江苏）。“中部工业集中区”只出现在“争当中部工业集中区排头兵”中，不列园区。项目：海湾电气、正太绿色产业园（“10亿元以上项目相继开工建设”→开工，金额只有“10亿元以上”区间，不作投资额）；双登集团铅碳电池产业化项目、单晶双面太阳能电池(二期)（竣工投产→投产）。“海湾电气”以企业名称作项目名，另列为可选公司。“预计全年…41个…14个…19个”为开发区全年预计数（target，as_of 注“预计”）；实际利用外资4600万美元同。盘活土地的苏泰沥青等三家、化工搬迁签约的化肥公司等三家列为可选公司（园区姜堰经济开发区；位置由语境推断）。",
  "zv01"),
 parks=[
  park(JY, "泰州", "江苏", "经济开发区", A0, district="姜堰区", aliases=["姜堰开发区"], note="标题作“姜堰开发区”"),
 ],
 companies=[
  comp("双登集团", JY, A3, opt=True, note="只在项目名中"),
  comp("海湾电气", JY, A2, opt=True, note="以企业名作项目名"),
  comp("苏泰沥青", JY, A4, opt=True, note="闲置低效土地被盘活收储的企业"),
  comp("蓝色魅力", JY, A4, opt=True, note="同上"),
  comp("方盛电力", JY, A4, opt=True, note="同上"),
  comp("溢洋化工", JY, A5, opt=True, note="化工企业搬迁签约"),
  comp("齐大涂料", JY, A5, opt=True, note="化工企业搬迁签约"),
  comp("化肥公司", JY, A5, opt=True, note="化工企业搬迁签约；名称不全"),
 ],
 projects=[
  proj("海湾电气", JY, A2, status="开工", status_text="相继开工建设", note="10亿元以上项目（区间，不作投资额）"),
  proj("正太绿色产业园", JY, A2, status="开工", status_text="相继开工建设", note="10亿元以上项目（区间，不作投资额）"),
  proj("双登集团铅碳电池产业化项目", JY, A3, companies=["双登集团"], status="投产", status_text="竣工投产", note="10亿元以上项目"),
  proj("单晶双面太阳能电池(二期)", JY, A3, phase="二期", status="投产", status_text="竣工投产", note="10亿元以上项目"),
 ],
 aggregate_facts=[
  fact(JY, "park", "projects_signed", 41, "count", A1, AS, kind="target", note="亿元以上项目，预计数"),
  fact(JY, "park", "actual_fdi_usd", 4.6e7, "usd", "实际利用外资4600万美元", AS, kind="target"),
  fact(JY, "park", "projects_started", 14, "count", A1, AS, kind="target", note="新开工亿元以上项目，预计可完成"),
  fact(JY, "park", "projects_completed", 19, "count", A1, AS, kind="target", note="竣工验收项目，预计可完成"),
  fact(JY, "park", "land_reclaimed_mu", 560.16, "mu", A4, "2018年", opt=True),
  fact(JY, "park", "rd_spending_share_of_gdp", 0.041, "ratio", "全社会研发投入占GDP比重达4.1%", "2018年", kind="ratio", opt=True),
  fact(JY, "park", "high_tech_output_share", 0.53, "ratio", "高新技术产业产值占规模工业产值比重达53%", "2018年", kind="ratio"),
  fact(JY, "park", "high_tech_firms", 52, "count", "新申报高新技术企业11家,现有高新技术企业52家", "2018年末"),
  fact(JY, "park", "high_tech_firms_applied", 11, "count", "新申报高新技术企业11家", "2018年", opt=True),
  fact(JY, "park", "tech_renovation_projects_started", 28, "count", "新开工建设1000万元以上技改项目28个,其中亿元以上项目13个", "2018年", opt=True),
  fact(JY, "park", "chemical_firms_relocation_signed", 7, "count", A5, "2018年", opt=True),
 ])

# ---------------------------------------------------------------- zv02 吴兴高新区 firms (浙江新闻 2021)
WX = "吴兴高新区"
B0 = "这家吴兴高新区的工业龙头企业提升了产品性能,打开了多个国际市场,1至5月外贸出口额同比增长400%"
B1 = "预计到本月底,园区工业增加值增长40%,战略性新兴产业增加值增长80%,装备制造业增加值增长75%,数字经济产值同比增长60%"
B2 = "今年以来,企业外贸出口额已超6亿元,同比增长超260%"
B3 = "为“三一装备”配套的成峰工程机械签约落户,计划总投资超3亿元"
B4 = "浙江鸿昌铝业有限公司是园区一家专业从事铝合金建筑型材和工业型材的制造、加工和销售的生产企业"
B5 = "今年以来,园区亿元以上项目开工17个、竣工14个"
ASB = "2021年1月至6月中旬"
G["zv02"] = dict(
 article=art("（无标题）吴兴高新区园区企业“出海”势头强劲 亿元以上项目开工17个、竣工14个", "浙江新闻（浙江在线 zjnews.zjol.com.cn，湖州新闻栏；存段无署名）", "2021-06-14", "day",
  "Provincial news portal's city channel, Zhejiang: a county-level high-tech zone before mid-year — three named firms with export growth, export value and expected output, a supplier signed with its investment, the zone's expected growth rates, projects started and completed this year",
  "https://zjnews.zjol.com.cn/zjnews/huzhounews/202106/t20210614_22670989.shtml",
  "日期取网址 202106/t20210614。存段无标题、无日期行（title 为编者概括）。存段在末段“在计划总”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…跑出了“高新区速度”。”，共五段。园区：吴兴高新区（湖州市吴兴区，浙江；文中称正创建国家级高新区，级别未明说，kind 记“高新区”）。公司：浙江世仓智能仓储设备有限公司（“这家吴兴高新区的工业龙头企业”）、浙江三一装备有限公司（园区装备制造业）、浙江鸿昌铝业有限公司（“园区一家…生产企业”）、成峰工程机械（签约落户）均在园区；上海大学为合作高校（可选机构）。项目：成峰工程机械签约落户，“计划总投资超3亿元”→超，项目名即企业名。事实：世仓1至5月出口增长400%（ratio 4.0）；三一装备“今年以来”出口额超6亿元、增长超260%；鸿昌“今年产值预计将达到7亿元”（target）；园区“预计到本月底”四项增速（target，as_of 2021年上半年（预计））；亿元以上项目开工17个、竣工14个（今年以来，cumulative）；“前4个月,当地6个运行类指标全区排名第一”不计。",
  "zv02"),
 parks=[
  park(WX, "湖州", "浙江", "高新区", B0, district="吴兴区", note="文中又作“高新区”“园区”；正创建国家级高新区"),
 ],
 companies=[
  comp("浙江世仓智能仓储设备有限公司", WX, B0, note="“这家吴兴高新区的工业龙头企业”"),
  comp("浙江三一装备有限公司", WX, "浙江三一装备有限公司持续响应“一带一路”倡议,用自主研发的一批高端履带起重机广拓海外市场", aliases=["三一装备"], note="园区装备制造业企业"),
  comp("成峰工程机械", WX, B3, note="为三一装备配套，签约落户"),
  comp("浙江鸿昌铝业有限公司", WX, B4),
 ],
 institutions=[
  inst("上海大学", "凭借与上海大学联合打造的实验中心", kind="university", note="与世仓合建实验中心"),
 ],
 projects=[
  proj("成峰工程机械", WX, B3, companies=["成峰工程机械"], inv="计划总投资超3亿元", qual="超", qual_text="超", status="签约", status_text="签约落户",
       note="项目名即企业名；配套三一装备"),
 ],
 aggregate_facts=[
  fact("浙江世仓智能仓储设备有限公司", "company", "exports_yoy_growth", 4.0, "ratio", B0, "2021年1–5月", kind="ratio"),
  fact("浙江三一装备有限公司", "company", "exports_cny", 6e8, "cny", B2, ASB, kind="cumulative", qual="超", qtext="超", chk=True),
  fact("浙江三一装备有限公司", "company", "exports_yoy_growth", 2.6, "ratio", B2, ASB, kind="ratio", qual="超", qtext="超"),
  fact("浙江鸿昌铝业有限公司", "company", "expected_annual_output_cny", 7e8, "cny", "根据订单,企业今年产值预计将达到7亿元", "2021年全年（预计）", kind="target", chk=True),
  fact(WX, "park", "industrial_value_added_growth", 0.40, "ratio", B1, "2021年上半年（预计）", kind="target"),
  fact(WX, "park", "strategic_emerging_value_added_growth", 0.80, "ratio", B1, "2021年上半年（预计）", kind="target", opt=True),
  fact(WX, "park", "equipment_manufacturing_value_added_growth", 0.75, "ratio", B1, "2021年上半年（预计）", kind="target", opt=True),
  fact(WX, "park", "digital_economy_output_yoy_growth", 0.60, "ratio", B1, "2021年上半年（预计）", kind="target", opt=True),
  fact(WX, "park", "projects_started", 17, "count", B5, ASB, kind="cumulative", note="亿元以上项目"),
  fact(WX, "park", "projects_completed", 14, "count", B5, ASB, kind="cumulative", note="亿元以上项目"),
 ])

# ---------------------------------------------------------------- zv03 安巢经开区 12个项目集中签约 (江淮晨报 via cnrepark 2022)
AC = "安巢经开区"
HS = "花山工业园"
C0 = "在安巢经开区,又有12个项目集中签约,总投资87.5亿元,其中现场签约10个"
C1 = "此次“云”签约的华擎先进航空动力装备研发与产业化项目、气凝胶及其复合产品基地二期项目等8个项目涵盖了新能源、新材料、新医药等领域,总投资超过20亿元"
C2 = "今年7月,安巢经开区智能制造产业园三期、国瑞智慧产业园一期东西区、智能制造产业园一期B区等多个重点建设项目集中开工"
C3 = "该批项目总建筑面积约24万㎡,总投资约6.6亿元,计划2023年三季度建成投产"
C4 = "截至目前,双招双引新签约项目数量同比增长51.35%,协议引资额296.1亿元,同比增长162.61%"
G["zv03"] = dict(
 article=art("安巢经开区:总投资87.5亿元 12个项目集中签约", "江淮晨报（“据江淮晨报消息”），载于 cnrepark.com（站名存段未示）", "2022-12-28", "day",
  "Industrial-park portal relaying a city morning paper, Anhui: a zone's year-end signing of 12 projects, an earlier cloud signing with two named projects, three named park projects started in July with their total and completion plan, the zone's year-to-date signing figures",
  "https://cnrepark.com/news/detail/239588.html",
  "日期取页面“2022 12/28 13:54”（文中“12月27日”为获悉日）。标题照录；栏目字“新闻”与日期行已删。存段末段“‘项目签约只是开端…’安巢经开区相关负责人表示,‘我们将…全力做好各”在引语中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…同比增长162.61%。”，共七段。园区：安巢经开区（安徽巢湖经济开发区；合肥市代管巢湖市，安徽；文中只作“安巢经开区”，不补全称）；“花山工业园新材料产业基地”中的花山工业园列为可选园区（母园区推定为安巢经开区）。项目：5月4日“云签约”的华擎先进航空动力装备研发与产业化项目、气凝胶及其复合产品基地二期项目（签约，无单项金额；8个项目合计“超过20亿元”为事实）；7月集中开工的智能制造产业园三期、国瑞智慧产业园一期东西区、智能制造产业园一期B区（开工，计划2023年三季度建成投产；合计“约6.6亿元”为事实，不分摊）。12月签约的12个项目未点名。“全区…截至目前”的签约数增长与协议引资额归安巢经开区（cumulative）。市投促局（合肥市投资促进局，文中只作“市投促局”）列可选机构。",
  "zv03"),
 parks=[
  park(AC, "合肥", "安徽", "经济开发区", C0, district="巢湖市", note="文中又作“安巢”“该区”“全区”"),
  park(HS, "合肥", "安徽", "工业园", "项目建成后将为花山工业园新材料产业基地增添关键“拼图”", district="巢湖市", parent=AC, opt=True,
       note="只在“花山工业园新材料产业基地”中；母园区由语境推定"),
 ],
 companies=[],
 institutions=[
  inst("市投促局", "12月27日,记者从市投促局获悉", note="合肥市投资促进局（文中简称）"),
 ],
 projects=[
  proj("华擎先进航空动力装备研发与产业化项目", AC, C1, status="签约", status_text="“云”签约", note="2022年5月4日云签约；无单项金额"),
  proj("气凝胶及其复合产品基地二期项目", AC, C1, phase="二期", status="签约", status_text="“云”签约", note="2022年5月4日云签约；无单项金额"),
  proj("智能制造产业园三期", AC, C2, phase="三期", status="开工", status_text="集中开工", note="2022年7月开工；计划2023年三季度建成投产"),
  proj("国瑞智慧产业园一期东西区", AC, C2, phase="一期", status="开工", status_text="集中开工", note="同上"),
  proj("智能制造产业园一期B区", AC, C2, phase="一期", status="开工", status_text="集中开工", note="同上"),
 ],
 aggregate_facts=[
  fact(AC, "park", "projects_signed", 12, "count", C0, "2022年12月（集中签约）"),
  fact(AC, "park", "signed_investment_cny", 8.75e9, "cny", C0, "2022年12月（集中签约）", chk=True),
  fact(AC, "park", "projects_signed_onsite", 10, "count", C0, "2022年12月（集中签约）", opt=True),
  fact(AC, "park", "projects_signed", 8, "count", C1, "2022年5月4日（云签约）"),
  fact(AC, "park", "signed_investment_cny", 2e9, "cny", "8个项目涵盖了新能源、新材料、新医药等领域,总投资超过20亿元", "2022年5月4日（云签约）", qual="超", qtext="超过", chk=True),
  fact(AC, "park", "projects_started_investment_cny", 6.6e8, "cny", C3, "2022年7月（集中开工）", qual="约", qtext="约", chk=True),
  fact(AC, "park", "projects_started_floor_area_m2", 2.4e5, "m2", C3, "2022年7月（集中开工）", qual="约", qtext="约", opt=True),
  fact(AC, "park", "signed_projects_yoy_growth", 0.5135, "ratio", C4, "2022年（截至12月）", kind="ratio"),
  fact(AC, "park", "signed_investment_cny", 2.961e10, "cny", "协议引资额296.1亿元,同比增长162.61%", "2022年（截至12月）", kind="cumulative", chk=True),
  fact(AC, "park", "signed_investment_yoy_growth", 1.6261, "ratio", C4, "2022年（截至12月）", kind="ratio"),
 ])

# ---------------------------------------------------------------- zv04 长沙经开区、长沙县15个项目集中开工 (长沙晚报 2019)
CS = "长沙经开区"
D0 = "当日,湖南顶立科技产业智能化项目等15个重大项目集中动工建设,总投资约60亿元"
D1 = "今年,长沙经开区列入长沙市重大投资计划项目共77个,总投资699.08亿元,本年度计划投资148.26亿元"
D2 = "此次,长沙经开区集中开工的项目有8个,其中5亿元以上项目1个,2亿元以上项目3个"
D3 = "长沙县今年列入市重大项目计划的项目共124个,总投资961.6亿元,本年计划投资283.1亿元"
D4 = "本次长沙县集中开工的长沙百联购物公园、碧桂园·漓湘悦商务中心、湖南湘绣产业科技教育园、宝典文化园项目、PC建筑装配生产线技改项目、湖南信息科学职业学院升本扩征项目、长沙慧润农科新城科普基地等7个重点产业项目,总投资37.9亿元"
AS4 = "2019年3月19日（集中开工）"
G["zv04"] = dict(
 article=art("长沙经开区、长沙县15个项目集中开工 总投资约60亿元", "长沙晚报（全媒体记者 伍玲 通讯员 黄姿），载于红网长沙站 cs.rednet.cn", "2019-03-20", "day",
  "City evening paper on a provincial portal, Hunan: a national-level zone and its county hold a joint groundbreaking — one named project in the zone with its planned start of production, the zone's listed major projects and investment plan, the county's listed projects and seven named county projects started",
  "https://cs.rednet.cn/content/2019/03/20/5241339.html",
  "日期取网址 2019/03/20；文中“昨日”即2019年3月19日开工仪式。标题照录；“当前位置:”已删。存段末行“多个项”为下一段残文，已删；正文截至“…总投资37.9亿元。”，含小标题一行，共七段。园区：长沙经开区（长沙经济技术开发区，位于长沙县，湖南；文中只作“长沙经开区”，级别未说）。长沙县为县，不是园区（事实 subject_type region）。项目：湖南顶立科技产业智能化项目——开工；董事长称“有信心在今年10月底正式投产”；园区文中未明说，因长沙县7个项目另列且不含它，推定属长沙经开区8个开工项目之一（park 记长沙经开区，note 注明）。长沙县7个重点产业项目：开工，园区 null（县内）。15个项目“总投资约60亿元”为区县合计，subject 记“长沙经开区、长沙县”（region，可选）。长沙经开区：列入市重大投资计划项目77个、总投资699.08亿元、本年计划投资148.26亿元（target）、本次开工8个；长沙县：124个、961.6亿元、283.1亿元、7个项目37.9亿元。分档个数列可选。",
  "zv04"),
 parks=[
  park(CS, "长沙", "湖南", "经济技术开发区", D1, district="长沙县", note="文中又作“园区”；与长沙县联合举行开工仪式"),
 ],
 companies=[
  comp("湖南顶立科技有限公司", CS, "湖南顶立科技有限公司董事长戴煜立下项目建设“军令状”", opt=True, note="顶立科技产业智能化项目业主；园区由语境推定"),
 ],
 projects=[
  proj("湖南顶立科技产业智能化项目", CS, D0, companies=["湖南顶立科技有限公司"], status="开工", status_text="集中动工建设",
       note="计划2019年10月底正式投产（董事长语）；园区推定为长沙经开区"),
  proj("长沙百联购物公园", None, D4, status="开工", status_text="集中开工", note="长沙县项目"),
  proj("碧桂园·漓湘悦商务中心", None, D4, status="开工", status_text="集中开工", note="长沙县项目"),
  proj("湖南湘绣产业科技教育园", None, D4, status="开工", status_text="集中开工", note="长沙县项目"),
  proj("宝典文化园项目", None, D4, status="开工", status_text="集中开工", note="长沙县项目"),
  proj("PC建筑装配生产线技改项目", None, D4, status="开工", status_text="集中开工", note="长沙县项目"),
  proj("湖南信息科学职业学院升本扩征项目", None, D4, status="开工", status_text="集中开工", note="长沙县项目"),
  proj("长沙慧润农科新城科普基地", None, D4, status="开工", status_text="集中开工", note="长沙县项目"),
 ],
 aggregate_facts=[
  fact("长沙经开区、长沙县", "region", "projects_started", 15, "count", D0, AS4, opt=True, note="区县合计"),
  fact("长沙经开区、长沙县", "region", "projects_started_investment_cny", 6e9, "cny", D0, AS4, qual="约", qtext="约", opt=True, chk=True, note="区县合计"),
  fact(CS, "park", "major_projects_listed", 77, "count", D1, "2019年"),
  fact(CS, "park", "major_projects_total_investment_cny", 6.9908e10, "cny", "总投资699.08亿元,本年度计划投资148.26亿元", "2019年", chk=True),
  fact(CS, "park", "planned_annual_investment_cny", 1.4826e10, "cny", "本年度计划投资148.26亿元", "2019年（计划）", kind="target", chk=True),
  fact(CS, "park", "major_projects_over_5bn", 4, "count", "其中50亿元以上项目4个,20亿~50亿元项目6个,10亿~20亿元项目11个", "2019年", opt=True),
  fact(CS, "park", "projects_started", 8, "count", D2, AS4),
  fact("长沙县", "region", "major_projects_listed", 124, "count", D3, "2019年"),
  fact("长沙县", "region", "major_projects_total_investment_cny", 9.616e10, "cny", "总投资961.6亿元,本年计划投资283.1亿元", "2019年", chk=True),
  fact("长沙县", "region", "planned_annual_investment_cny", 2.831e10, "cny", "本年计划投资283.1亿元", "2019年（计划）", kind="target", chk=True),
  fact("长沙县", "region", "projects_started", 7, "count", D4, AS4),
  fact("长沙县", "region", "projects_started_investment_cny", 3.79e9, "cny", "等7个重点产业项目,总投资37.9亿元", AS4, chk=True),
 ])

# ---------------------------------------------------------------- zv05 焦作 观摩组 in 温县 (jiaozuo.yuduxx 2016)
WXJ = "温县集聚区"
FJ = "中原泛家居产业园"
E0 = "目前,温县集聚区规划面积21.3平方公里,入驻企业203家,规模以上企业93家"
E1 = "该项目是由温县人民政府和深圳亚太传媒公司通过集群招商、整体开发共同合作建设,投资38亿元,占地1500亩,主要承接沿海、郑州等地家具加工、五金配套、门窗厨卫等家居产业转移,现有18个项目入驻,10家投产"
E2 = "来到泛家居产业园一期项目河南太极门业有限公司,观摩组一行深入车间"
E3 = "该公司由“新三板”上市公司——郑州光大百纳科技股份有限公司投资建设"
E4 = "观摩组一行先后来到泛家居产业园、河南太极门业有限公司、凯创重工、温县特色商业区、陈家沟等处,实地观摩重点项目建设情况"
AS5 = "2016年3月"
G["zv05"] = dict(
 article=art("（无标题）焦作市2016年重点项目暨产业集聚区观摩组到温县观摩", "jiaozuo.yuduxx.com（“文献”栏转载；原发媒体与署名未注明）", "2016-03", "month",
  "Local site relaying a county news item, Henan: a city inspection tour of projects in a county — the county's industrial cluster zone with area and firm counts, a home-furnishing park inside it with developer, investment, area, projects landed and in production, a door-maker in its first phase and the firm's listed investor",
  "http://jiaozuo.yuduxx.com/wenxian/367389.html",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“3月24日…带领2016年全市重点项目暨产业集聚区…观摩组”，观摩日为2016年3月24日，发布日不详，记 2016-03（month）。页面把数句断成多行（如“…来到泛”/“家居产业园、”），make_txt.py JOIN 原样拼接、中间不加字；存段末段“徐衣显对温县…并叮嘱温县各级各部门要全力搞好基”在句中中断，整段删去，正文截至“…防火门窗生产厂家之一。”，共四段。园区：“温县集聚区”（即温县产业集聚区；文中又作“产业集聚区”；焦作市温县，河南）；中原泛家居产业园（文中又作“泛家居产业园”；县长在此汇报集聚区情况，推定位于集聚区内，parent 记温县集聚区）；“温县特色商业区”为“两区”之一，列可选园区。项目“中原泛家居产业园项目”：投资38亿元，由温县人民政府与深圳亚太传媒公司合作建设，已有18个项目入驻、10家投产（状态不单列；事实记于园区）。公司：河南太极门业有限公司（泛家居产业园一期项目，在园）；郑州光大百纳科技股份有限公司（投资方，可选，park null）；深圳亚太传媒公司（开发合作方，可选）；凯创重工（观摩点，园区未说，可选）。市、县领导不列。",
  "zv05"),
 parks=[
  park(WXJ, "焦作", "河南", "产业集聚区", E0, district="温县", aliases=["产业集聚区"], note="即温县产业集聚区；文中作“温县集聚区”“产业集聚区”"),
  park(FJ, "焦作", "河南", "产业园（家居）", E1, district="温县", parent=WXJ, aliases=["泛家居产业园"],
       note="又作“中原泛家居产业园项目”；母园区由语境推定"),
  park("温县特色商业区", "焦作", "河南", "特色商业区", E4, district="温县", opt=True, note="观摩点之一；“两区”之一"),
 ],
 companies=[
  comp("河南太极门业有限公司", FJ, E2, note="泛家居产业园一期项目"),
  comp("郑州光大百纳科技股份有限公司", None, E3, opt=True, note="新三板上市公司，太极门业的投资方"),
  comp("深圳亚太传媒公司", None, E1, opt=True, note="与温县人民政府合作开发泛家居产业园"),
  comp("凯创重工", None, E4, opt=True, note="观摩点；园区未说"),
 ],
 institutions=[
  inst("温县人民政府", E1, note="泛家居产业园合作建设方"),
 ],
 projects=[
  proj("中原泛家居产业园项目", WXJ, E1, companies=["深圳亚太传媒公司"], inv="投资38亿元",
       note="园区开发项目；18个项目入驻、10家投产"),
 ],
 aggregate_facts=[
  fact(WXJ, "park", "planned_area_km2", 21.3, "km2", E0, AS5),
  fact(WXJ, "park", "firms", 203, "count", E0, AS5),
  fact(WXJ, "park", "above_scale_firms", 93, "count", E0, AS5),
  fact("中原泛家居产业园项目", "project", "site_area_mu", 1500, "mu", E1, AS5, opt=True),
  fact(FJ, "park", "projects_landed", 18, "count", "现有18个项目入驻,10家投产", AS5),
  fact(FJ, "park", "projects_in_production", 10, "count", "现有18个项目入驻,10家投产", AS5),
 ])

# ---------------------------------------------------------------- zv06 吉州绿色食品产业园区 (ciipa relay 2017)
JZ = "吉州区绿色食品产业园区"
F0 = "公司于去年10月份入驻吉州区绿色食品产业园区以来,不断加快建设步伐,目前厂房主体工程已基本完成,预计投产之后年产值可达1.5亿元,年利税1200万元"
F1 = "据了解,园区一期项目占地513亩,目前已经有11家企业入园,其中2家企业投产、4家已经封顶"
F2 = "目前园区二期已经启动建设,项目组工作人员正全力做好园区基础设施、土地征收、挂牌报建等各项工作,目前已经完成征地450亩"
AS6 = "2017年9月"
G["zv06"] = dict(
 article=art("疾速推进吉州绿色食品产业园区建设", "ciipa.net（产城创投“地方专题”栏转载；原题“吉州绿色食品产业园区建设快速推进”，原发媒体与署名未注明）", "2017-09-07", "day",
  "Park-consultancy site relaying a local news item, Jiangxi: a district's green-food industrial park — one firm's plant nearly built with its expected output and profit-tax and trial-run date, the park's phase-1 area, firms entered, in production and topped out, phase 2 started and land acquired",
  "http://ciipa.net/article.php?id=197",
  "日期取页面“发布时间:2017-09-07”。标题照录（转载站标题；页内注“(原题:吉州绿色食品产业园区建设快速推进)”，该行已删，原题记于 title_note）；站点菜单与联系方式已删。存段在末句“园区工程部部长肖志涛说,“下一步我们将继续做好园区征地任”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…目前已经完成征地450亩。”，共两段。园区：吉州区绿色食品产业园区（标题作“吉州绿色食品产业园区”；吉安市吉州区，江西；“吉安市都市田园观光区的重要板块”——观光区不作母园区）。公司：江西正元饮用水有限公司（去年10月入驻，厂房主体基本完成，计划明年1月试运行；未写项目名，不另列项目）。事实：公司预期年产值1.5亿元、年利税1200万元（target）；园区一期占地513亩、入园企业11家、投产2家、封顶4家；二期已征地450亩。",
  "zv06", title_note="原题：吉州绿色食品产业园区建设快速推进"),
 parks=[
  park(JZ, "吉安", "江西", "产业园区（绿色食品）", F0, district="吉州区", aliases=["吉州绿色食品产业园区"], note="标题作“吉州绿色食品产业园区”；文中又作“园区”"),
 ],
 companies=[
  comp("江西正元饮用水有限公司", JZ, "江西正元饮用水有限公司是吉安最早的纯净水生产企业,公司于去年10月份入驻吉州区绿色食品产业园区以来", note="吉安最早的纯净水生产企业；厂房主体基本完成，计划2018年1月试运行"),
 ],
 projects=[],
 aggregate_facts=[
  fact("江西正元饮用水有限公司", "company", "expected_annual_output_cny", 1.5e8, "cny", "预计投产之后年产值可达1.5亿元,年利税1200万元", "投产后（预期）", kind="target", chk=True),
  fact("江西正元饮用水有限公司", "company", "expected_annual_profit_tax_cny", 1.2e7, "cny", "年利税1200万元", "投产后（预期）", kind="target", chk=True),
  fact(JZ, "park", "phase1_site_area_mu", 513, "mu", F1, AS6),
  fact(JZ, "park", "firms", 11, "count", F1, AS6, note="一期入园企业"),
  fact(JZ, "park", "firms_in_production", 2, "count", F1, AS6),
  fact(JZ, "park", "firms_topped_out", 4, "count", F1, AS6, opt=True),
  fact(JZ, "park", "phase2_land_acquired_mu", 450, "mu", F2, AS6, opt=True),
 ])

# ---------------------------------------------------------------- zv07 井冈山经济技术开发区决战千亿园区速写 (吉安庐陵网 2012)
JG = "井冈山经济技术开发区"
H0 = "特别是最近,井开区又与广州梅森机电设备有限公司正式签约,投资1亿元建设小家电生产项目"
H1 = "昔日12.7平方公里的园区已拓展到如今的46.5平方公里"
H2 = "累计完成16亿元的基础设施建设,引来200多家高新技术企业"
G["zv07"] = dict(
 article=art("井冈山经济技术开发区决战千亿园区速写", "吉安庐陵网（www.jallw.com，发布者:吉安庐陵网），载于 jxjaw.cn；记者署名存段未示", "2012-05-02", "day",
  "City news portal's feature, Jiangxi: a national economic and technological development zone ten years on — a firm signed with its investment, the zone's area then and now, cumulative infrastructure investment, high-tech firms attracted, leading industries",
  "https://www.jxjaw.cn/viewnews-17888.html",
  "日期取页面“时间:2012年5月02日 10:43”。标题照录；频道菜单、“排行榜 收藏…”“来源…发布者…”“热度…浏览…”行已删。存段在第三段“以红板线路板、中泰电子为龙头,聚集盛泰通讯、联创电缆”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…三大主导产业风生水起。”，含小标题一行，共四段（长篇速写只存开头）。首段“投资1亿元建设小家电生产项目北京央企对接恳谈会上硕果累累”原文如此（两句间缺标点），照录。园区：井冈山经济技术开发区（文中又作“井开区”；2001年以“吉安高新技术开发区”挂牌——旧名列 alias；吉安，江西；“跻身为国家级经济技术开发区”）。公司：广州梅森机电设备有限公司（正式签约，在园）。项目：“小家电生产项目”，签约，投资1亿元。事实：面积由12.7平方公里拓展到46.5平方公里（现值记 46.5；12.7 为可选）；累计完成基础设施建设16亿元；引来200多家高新技术企业（余）。",
  "zv07"),
 parks=[
  park(JG, "吉安", "江西", "国家级经济技术开发区", "日前,记者来到井冈山经济技术开发区,访部门,进企业,看园区", aliases=["井开区", "吉安高新技术开发区"],
       note="2001年以“吉安高新技术开发区”挂牌；文中又作“井开区”“园区”"),
 ],
 companies=[
  comp("广州梅森机电设备有限公司", JG, H0, note="与井开区正式签约"),
 ],
 projects=[
  proj("小家电生产项目", JG, H0, companies=["广州梅森机电设备有限公司"], inv="投资1亿元", status="签约", status_text="正式签约"),
 ],
 aggregate_facts=[
  fact(JG, "park", "area_km2", 46.5, "km2", H1, "2012年5月"),
  fact(JG, "park", "area_km2", 12.7, "km2", H1, "2001年（挂牌时）", opt=True),
  fact(JG, "park", "infrastructure_investment_cny", 1.6e9, "cny", H2, "2001年至2012年5月", kind="cumulative", chk=True),
  fact(JG, "park", "high_tech_firms", 200, "count", H2, "2012年5月", kind="cumulative", qual="余", qtext="多"),
 ])
