# real327 ground truth, read by build_all.py (real52's, copied unchanged; helpers park/comp/inst/proj/fund/fact/art/amt).
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in investment_value/_currency and *_usd facts.
# Growth rates as ratios (1500% → 15.0). Projects: the park is the one the text places the project in, null if none (a county
# or county-level city is not a park). Status from the text's words (集中开工 / 开工建设 / 正式开工 / 启动 at a 开工活动 → 开工;
# 正式竣工 / 竣工通车 → 竣工; 投产运营 / 已建成生产 → 投产; construction under way → 在建). Figures of a single event carry the
# event in as_of; year-to-date figures (“截至2月底”, “2022年以来”) are cumulative. Sources are `search` (corpus pages)
# excerpts typed into _raw/pages/pnNN.raw as returned.

# ---------------------------------------------------------------- pn01 廊坊临空经济区6大重点项目集中开工 (长城网 2022)
LK = "廊坊临空经济区"
P1_0 = "廊坊临空经济区持续放大北京大兴国际机场枢纽能级作用"
P1_1 = "本次集中开工项目共6项,总投资64.96亿元"
P1_2 = "涉及战略性新兴产业项目3项,包括吉诺卫创新疫苗生产基地、洛兮医疗宏基因检测总部和药物研发中心、凡星光电4K高清光学AI系统及内窥镜产业基地项目,总投资24.21亿元"
P1_3 = "现代服务业项目3项,包括北供环球贸易港、平安汽车综合服务产业园、国际航空社区项目,总投资40.75亿元"
AS1 = "2022年9月14日（集中开工）"
G["pn01"] = dict(
 article=art("总投资64.96亿元 廊坊临空经济区6大重点项目集中开工", "长城网（长城网·冀云客户端；记者 祝雪娟，通讯员 刘岩），廊坊频道 lf.hebei.com.cn", "2022-09-14", "day",
  "Provincial news portal's city channel, Hebei: the airport economic zone's sub-venue of the city's Q3 groundbreaking — six named projects started, with the total and the totals of two groups (three strategic-emerging, three modern-service projects)",
  "http://lf.hebei.com.cn/system/2022/09/16/101025453.shtml",
  "日期取页面“来源: 长城网 作者:祝雪娟 刘岩 2022-09-14 14:50:00”（网址路径为 2022/09/16）。标题照录；频道欢迎语、位置导航、来源行、字号/背景色工具条已删；两条图片说明（“廊坊市第三季度重点项目开工仪式临空经济区分会场活动在南部片区高端制造港地块举行。”“开工活动现场。”）已删。存段末段“廊坊临空经济区瞄准国际航空物流业发展趋势…区域金”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文三段。园区：廊坊临空经济区（北京大兴国际机场临空经济区廊坊片区；文中又作“临空经济区”；廊坊，河北）。“南部片区高端制造港地块”为活动地点，不列园区。项目：六个项目 9月14日集中开工（开工），无单项金额；两组合计 24.21亿元、40.75亿元为事实，不分摊。“凡星光电…产业基地项目”“国际航空社区项目”末字“项目”由列举共享，项目名不带“项目”，别名带。吉诺卫、洛兮医疗、凡星光电只在项目名中（可选公司）。河北临空集团（董事长宣布开工）列可选公司。",
  "pn01"),
 parks=[
  park(LK, "廊坊", "河北", "临空经济区", P1_0, aliases=["临空经济区"], note="北京大兴国际机场临空经济区廊坊片区（全称文中未出现）"),
 ],
 companies=[
  comp("河北临空集团", LK, "9时28分,河北临空集团党委书记、董事长韩金虎宣布", opt=True, note="临空经济区开发运营平台；只作宣布开工者"),
  comp("吉诺卫", LK, P1_2, opt=True, note="只在项目名中"),
  comp("洛兮医疗", LK, P1_2, opt=True, note="只在项目名中"),
  comp("凡星光电", LK, P1_2, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("吉诺卫创新疫苗生产基地", LK, P1_2, status="开工", status_text="集中开工", note="战略性新兴产业项目；无单项金额"),
  proj("洛兮医疗宏基因检测总部和药物研发中心", LK, P1_2, status="开工", status_text="集中开工", note="同上"),
  proj("凡星光电4K高清光学AI系统及内窥镜产业基地", LK, P1_2, status="开工", status_text="集中开工",
       aliases=["凡星光电4K高清光学AI系统及内窥镜产业基地项目"], note="同上"),
  proj("北供环球贸易港", LK, P1_3, status="开工", status_text="集中开工", note="现代服务业项目；无单项金额"),
  proj("平安汽车综合服务产业园", LK, P1_3, status="开工", status_text="集中开工", note="同上"),
  proj("国际航空社区", LK, P1_3, status="开工", status_text="集中开工", aliases=["国际航空社区项目"], note="同上"),
 ],
 aggregate_facts=[
  fact(LK, "park", "projects_started", 6, "count", P1_1, AS1),
  fact(LK, "park", "projects_started_investment_cny", 6.496e9, "cny", P1_1, AS1, chk=True),
  fact(LK, "park", "strategic_emerging_projects_started", 3, "count", P1_2, AS1, opt=True),
  fact(LK, "park", "strategic_emerging_projects_investment_cny", 2.421e9, "cny", "包括吉诺卫创新疫苗生产基地、洛兮医疗宏基因检测总部和药物研发中心、凡星光电4K高清光学AI系统及内窥镜产业基地项目,总投资24.21亿元", AS1, opt=True, chk=True),
  fact(LK, "park", "modern_service_projects_started", 3, "count", P1_3, AS1, opt=True),
  fact(LK, "park", "modern_service_projects_investment_cny", 4.075e9, "cny", "包括北供环球贸易港、平安汽车综合服务产业园、国际航空社区项目,总投资40.75亿元", AS1, opt=True, chk=True),
 ])

# ---------------------------------------------------------------- pn02 石药集团重组蛋白高科技产业园 (上海证券报·中国证券网 2020)
SG = "石家庄市高新区"
P2_0 = "主会场设在石家庄市高新区石药集团重组蛋白高科技医药产业园项目启动现场"
P2_1 = "据了解,石药集团重组蛋白高科技产业园项目规划占地面积575亩,总投资约50亿元"
P2_2 = "项目全部达产后,预计可实现年销售收入约100亿元,利税约35亿元,解决就业岗位3000余个"
RP = "石药集团重组蛋白高科技产业园项目"
G["pn02"] = dict(
 article=art("石药集团启动重组蛋白高科技产业园项目", "上海证券报·中国证券网（ggjd.cnstock.com；作者 刘立）", "2020-03-05", "day",
  "Securities daily's news site, Hebei: a pharmaceutical group's protein-drug park project launched at the main venue of the city's spring groundbreaking in the high-tech zone — investment, land, capacity and expected sales, profit-tax and jobs",
  "http://ggjd.cnstock.com/company/scp_ggjd/tjd_bbdj/202003/4499400.htm",
  "日期取页面“2020-03-05 11:15:44 来源:上海证券报·中国证券网 作者:刘立”（活动为3月2日）。标题照录；日期来源行已删。正文三段，完整，末有署名“(刘立)”。首句“上证报中国争取网讯”（应为“中国证券网讯”）照录，未改。园区：文中作“石家庄市高新区”（石家庄高新技术产业开发区，河北；名照录）。项目：石药集团重组蛋白高科技产业园项目（首段作“…高科技医药产业园项目”，列为别名），总投资约50亿元→约，3月2日在开工活动主会场“启动”→开工。达产后预计年销售收入、利税、就业为项目预期（target，可选：主体为项目）；占地 575亩可选。石药集团为投资方，园区按文中项目所在记。",
  "pn02"),
 parks=[
  park(SG, "石家庄", "河北", "高新区", P2_0, note="石家庄高新技术产业开发区；文中只作“石家庄市高新区”"),
 ],
 companies=[
  comp("石药集团", SG, P2_0, note="项目投资方；园区按项目所在地"),
 ],
 projects=[
  proj(RP, SG, P2_1, companies=["石药集团"], inv="总投资约50亿元", qual="约", qual_text="约", status="开工", status_text="启动",
       aliases=["石药集团重组蛋白高科技医药产业园项目"], note="2020年3月2日石家庄市春季重点项目开工活动主会场；标题“启动”"),
 ],
 aggregate_facts=[
  fact(RP, "project", "land_area_mu", 575, "mu", P2_1, "2020年3月（规划）", opt=True),
  fact(RP, "project", "expected_annual_revenue_cny", 1e10, "cny", "预计可实现年销售收入约100亿元", "全部达产后（预计）", kind="target", qual="约", qtext="约", opt=True, chk=True),
  fact(RP, "project", "expected_profit_tax_cny", 3.5e9, "cny", "利税约35亿元", "全部达产后（预计）", kind="target", qual="约", qtext="约", opt=True, chk=True),
  fact(RP, "project", "expected_jobs", 3000, "count", P2_2, "全部达产后（预计）", kind="target", qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- pn03 港城产业园区 外资企业 (沧州日报 2023)
GC = "港城产业园区"
P3_0 = "“经过近3年的建设,河北嘉好粮油有限公司二期扩建项目现已正式投产运营,总投资额2.35亿美元。”"
P3_1 = "无独有偶,外商独资企业河北易高生物燃料有限公司总投资17.1亿元、年产24万吨的生物质综合利用一期项目已建成生产"
P3_2 = "截至2月底,全区实际利用外资完成163万美元,同比增长1500%,投资性公司再投资完成2764万美元"
P3_3 = "河北嘉好粮油有限公司坐落于港城产业园区,是嘉吉公司农业供应链业务在我国北方建立的第一家粮油加工厂"
AS3 = "2023年（截至2月底）"
G["pn03"] = dict(
 article=art("（无标题）港城产业园区外资企业项目投产", "沧州日报（czrb.bohaitoday.com 电子版；本报记者 马志辉 李其征，通讯员 张诗启）", "2023-03-27", "day",
  "City daily's e-paper front-page story, Hebei: a port-city industrial park's foreign-invested firms — a grain-oil plant's phase-two expansion in operation (US-dollar total), a biomass project's first phase producing (yuan total), the park's year-to-date actual FDI and its growth",
  "http://czrb.bohaitoday.com/pc/content/202303/27/content_86249.html",
  "日期取网址 202303/27。存段无标题（title 为编者概括）；署名行“本报记者 马志辉 李其征 通讯员 张诗启”与转版提示“(下转第四版)”已删；正文六段（头版部分，完整到转版处）。报名“沧州日报”由网址 czrb 推定，存段未出现。园区：港城产业园区（沧州，河北；所属上级园区文中未说，不补）。公司：河北嘉好粮油有限公司（“坐落于港城产业园区”；别名“河北嘉好粮油”）；河北易高生物燃料有限公司（外商独资，“无独有偶”承上，位置由语境推定在园区）；嘉吉公司（嘉好粮油所属集团，可选，园区 null）。项目：嘉好粮油二期扩建项目（投产运营→投产；总投资额2.35亿美元，美元记 investment_value/currency）；易高生物燃料生物质综合利用一期项目（总投资17.1亿元，已建成生产→投产）。事实：“全区”截至2月底实际利用外资163万美元、同比增长1500%、投资性公司再投资2764万美元（cumulative / ratio）。港城产业园区经发局列可选机构。",
  "pn03"),
 parks=[
  park(GC, "沧州", "河北", "产业园区", P3_3, note="文中又作“全区”"),
 ],
 companies=[
  comp("河北嘉好粮油有限公司", GC, P3_3, aliases=["河北嘉好粮油"]),
  comp("河北易高生物燃料有限公司", GC, P3_1, note="外商独资；园区由语境推定"),
  comp("嘉吉公司", None, P3_3, aliases=["嘉吉"], opt=True, note="嘉好粮油所属集团（嘉吉亚太区总裁受访）"),
 ],
 institutions=[
  inst("港城产业园区经发局", "据港城产业园区经发局副局长张传斌介绍", park=GC),
 ],
 projects=[
  proj("河北嘉好粮油有限公司二期扩建项目", GC, P3_0, companies=["河北嘉好粮油有限公司"], inv="总投资额2.35亿美元", currency="usd", value=2.35e8,
       phase="二期", status="投产", status_text="正式投产运营", note="建设近3年"),
  proj("生物质综合利用一期项目", GC, P3_1, companies=["河北易高生物燃料有限公司"], inv="总投资17.1亿元", phase="一期", status="投产",
       status_text="已建成生产", note="年产24万吨；园区由语境推定"),
 ],
 aggregate_facts=[
  fact(GC, "park", "actual_fdi_usd", 1.63e6, "usd", P3_2, AS3, kind="cumulative"),
  fact(GC, "park", "actual_fdi_yoy_growth", 15.0, "ratio", P3_2, AS3, kind="ratio"),
  fact(GC, "park", "fdi_reinvestment_usd", 2.764e7, "usd", "投资性公司再投资完成2764万美元", AS3, kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- pn04 渤海新区黄骅市 鑫海化工 竣工 / 澳凯石化 开工 (国际在线 2022)
BH = "沧州渤海新区"
P4_0 = "日前,沧州渤海新区黄骅市鑫海化工化工新材料综合体项目正式竣工。该项目总投资129亿元"
P4_1 = "一边已经竣工,另一边,河北鑫海控股集团澳凯石化高端复合材料综合体项目正式开工。该项目共占地1100亩,总投资160亿元"
P4_2 = "2022年以来,鑫海化工实现纳税31亿元"
G["pn04"] = dict(
 article=art("（无标题）沧州渤海新区黄骅市鑫海化工新材料综合体竣工 澳凯石化项目开工", "国际在线河北（hebei.cri.cn；记者 王珊珊，通讯员 刘阔 张瑞昌 张益玮）", "2022-11-01", "day",
  "National broadcaster's provincial web channel, Hebei: in a coastal new area, a refiner's chemical-materials complex completed (129亿元) and its group's composite-materials complex started (160亿元), the firm's tax paid this year",
  "https://hebei.cri.cn/2022-11-01/7c8aff7c-5c96-afff-c1de-c887fcab7f6c.html",
  "日期取网址 2022-11-01。存段无标题（title 为编者概括）、无日期行。两条图片说明（“…竣工仪式现场 摄影 王浩宾”“鑫海化工化工新材料综合体项目 摄影 王文成”）已删；存段末行“澳凯石化高端复合材料综合体项目”为图片说明（无署名，可能被截），删去；正文五段，末段完整。“鑫海化工化工新材料综合体项目”中“化工”重复照录。园区：沧州渤海新区（文中作“沧州渤海新区黄骅市”“渤海新区黄骅市”；沧州，河北）；黄骅市为县级市（地区），不列园区。公司：鑫海化工（河北鑫海控股集团有限公司下属；文中简称）、河北鑫海控股集团有限公司（别名“河北鑫海控股集团”）；澳凯石化只在项目名中（可选）。项目：鑫海化工化工新材料综合体项目（总投资129亿元，正式竣工→竣工；五、六、七期子项目不单列）；澳凯石化高端复合材料综合体项目（总投资160亿元，正式开工→开工）。事实：鑫海化工“2022年以来”纳税31亿元（cumulative，主体公司）；两项目占地为可选。",
  "pn04"),
 parks=[
  park(BH, "沧州", "河北", "新区", P4_0, district="黄骅市", aliases=["渤海新区"], note="文中与黄骅市连写（“沧州渤海新区黄骅市”）"),
 ],
 companies=[
  comp("鑫海化工", BH, P4_0, note="河北鑫海控股集团有限公司下属；文中简称"),
  comp("河北鑫海控股集团有限公司", BH, "河北鑫海控股集团有限公司董事长詹国海表示", aliases=["河北鑫海控股集团"]),
  comp("澳凯石化", BH, P4_1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("鑫海化工化工新材料综合体项目", BH, P4_0, companies=["鑫海化工"], inv="总投资129亿元", status="竣工", status_text="正式竣工",
       note="占地1912亩；分五期、六期、七期建设"),
  proj("澳凯石化高端复合材料综合体项目", BH, P4_1, companies=["河北鑫海控股集团有限公司"], inv="总投资160亿元", status="开工", status_text="正式开工",
       note="文中作“河北鑫海控股集团澳凯石化高端复合材料综合体项目”；占地1100亩"),
 ],
 aggregate_facts=[
  fact("鑫海化工", "company", "taxes_paid_cny", 3.1e9, "cny", P4_2, "2022年（截至报道时，2022-11-01）", kind="cumulative", chk=True),
  fact("鑫海化工化工新材料综合体项目", "project", "land_area_mu", 1912, "mu", "鑫海化工化工新材料综合体项目占地1912亩", "2022年", opt=True),
  fact("澳凯石化高端复合材料综合体项目", "project", "land_area_mu", 1100, "mu", "该项目共占地1100亩", "2022年", opt=True),
 ])

# ---------------------------------------------------------------- pn05 沧州150个项目开工 (河北新闻网 / 河北日报 2021)
BH5 = "渤海新区"
P5_0 = "今天,沧州市举行产业和基础设施重点项目建设动员大会,总投资200.45亿元的150个项目开工建设"
P5_1 = "总投资15.27亿元的渤海新区中钢集团滨海实业有限公司年产480万吨球团项目"
P5_2 = "总投资6.4亿元的渤海新区河北海特伟业石化有限公司渤海新区智能服务中心项目"
P5_3 = "总投资6.2亿元的黄骅市河北鑫海控股铁路有限公司油品仓储中转"
P5_4 = "总投资8亿元的吴桥县大润生态农业示范园项目"
P5_5 = "总投资5.2亿元的沧州东鸿制膜科技有限公司年产38000吨高阻隔尼龙薄膜项目"
P5_6 = "其中,总投资5亿元以上项目共5个"
AS5 = "2021年12月1日（集中开工）"
G["pn05"] = dict(
 article=art("总投资200.45亿元!河北沧州150个项目开工", "河北新闻网（河北日报记者 戴绍志），载于 m.fidreport.com（河北新闻网移动版镜像）", "2021-12-01", "day",
  "Provincial news portal (provincial daily's reporter), Hebei: a city's groundbreaking of 150 projects by category, five named projects of 5亿元 and more (two in the coastal new area), road works completed, started and launched",
  "https://m.fidreport.com/2021-12-01/content_8680208.htm",
  "日期取页面“2021-12-01 18:41:23 来源:河北新闻网”。标题照录；“河北新闻本网原创”、日期来源行、“扫码阅读手机版”与图片说明“图为沧州市…河北日报通讯员张军摄”已删；正文四段，完整（末句后空格由 make_txt 去掉）。城市级报道：沧州市 150 个项目；园区只有渤海新区（“渤海新区”，沧州，河北），其中两个项目明言在渤海新区（园区记渤海新区）；黄骅市、吴桥县为县级地区，其项目园区 null；沧州东鸿制膜科技无地点，园区 null。五个项目均为“开工建设”→开工，金额照录。市级交通工程（G104 改建竣工通车、石黄高速互通立交启动、主城区道路贯通工程开工）列可选项目，园区 null。事实主体为沧州市（region），均为本次开工批次数据；按类别的数量与金额为可选。",
  "pn05"),
 parks=[
  park(BH5, "沧州", "河北", "新区", P5_1, note="沧州渤海新区；文中只作“渤海新区”"),
 ],
 companies=[
  comp("中钢集团滨海实业有限公司", BH5, P5_1),
  comp("河北海特伟业石化有限公司", BH5, P5_2),
  comp("河北鑫海控股铁路有限公司", None, P5_3, note="黄骅市（县级市，非园区）"),
  comp("沧州东鸿制膜科技有限公司", None, P5_5, note="文中无地点"),
 ],
 projects=[
  proj("中钢集团滨海实业有限公司年产480万吨球团项目", BH5, P5_1, companies=["中钢集团滨海实业有限公司"], inv="总投资15.27亿元", status="开工", status_text="开工建设"),
  proj("河北海特伟业石化有限公司渤海新区智能服务中心项目", BH5, P5_2, companies=["河北海特伟业石化有限公司"], inv="总投资6.4亿元", status="开工", status_text="开工建设"),
  proj("河北鑫海控股铁路有限公司油品仓储中转", None, P5_3, companies=["河北鑫海控股铁路有限公司"], inv="总投资6.2亿元", status="开工", status_text="开工建设", note="黄骅市"),
  proj("吴桥县大润生态农业示范园项目", None, P5_4, inv="总投资8亿元", status="开工", status_text="开工建设", note="吴桥县"),
  proj("沧州东鸿制膜科技有限公司年产38000吨高阻隔尼龙薄膜项目", None, P5_5, companies=["沧州东鸿制膜科技有限公司"], inv="总投资5.2亿元", status="开工", status_text="开工建设"),
  proj("G104海河路至柳孟春段改建工程", None, "一级公路标准,总投资2.5亿元", inv="总投资2.5亿元", status="竣工", status_text="竣工通车", opt=True, note="市级城建交通项目"),
  proj("石黄高速公路沧州主城区互通式立交工程", None, "石黄高速公路沧州主城区互通式立交工程,位于沧州市区南侧,总投资4.75亿元", inv="总投资4.75亿元",
       status="开工", status_text="启动", aliases=["石黄高速公路沧州市主城区互通式立交工程"], opt=True, note="交通工程"),
  proj("主城区道路贯通工程", None, "同日,总投资约6.38亿元的主城区道路贯通工程开工", inv="总投资约6.38亿元", qual="约", qual_text="约", status="开工", status_text="开工", opt=True),
 ],
 aggregate_facts=[
  fact("沧州市", "region", "projects_started", 150, "count", P5_0, AS5),
  fact("沧州市", "region", "projects_started_investment_cny", 2.0045e10, "cny", P5_0, AS5, chk=True),
  fact("沧州市", "region", "projects_started_over_500m", 5, "count", P5_6, AS5, opt=True, note="总投资5亿元以上项目"),
  fact("沧州市", "region", "chain_upgrade_projects_started", 72, "count", "产业链现代化提升类72个,总投资66.56亿元", AS5, opt=True),
  fact("沧州市", "region", "chain_upgrade_projects_investment_cny", 6.656e9, "cny", "产业链现代化提升类72个,总投资66.56亿元", AS5, opt=True, chk=True),
  fact("沧州市", "region", "traditional_upgrade_projects_investment_cny", 2.93e9, "cny", "传统产业升级类13个,总投资29.3亿元", AS5, opt=True, chk=True),
  fact("沧州市", "region", "strategic_emerging_projects_investment_cny", 5.06e9, "cny", "战略性新兴产业类32个,总投资50.6亿元", AS5, opt=True, chk=True),
  fact("沧州市", "region", "modern_service_projects_investment_cny", 3.035e9, "cny", "现代服务业类19个,总投资30.35亿元", AS5, opt=True, chk=True),
  fact("沧州市", "region", "agri_industrialization_projects_investment_cny", 2.364e9, "cny", "农业产业化类14个,总投资23.64亿元", AS5, opt=True, chk=True),
 ])

# ---------------------------------------------------------------- pn06 廊坊临空经济区全力打造全省新经济增长极 (河北日报 / 河北新闻网 2023)
P6_0 = "近日,笔者在廊坊临空经济区华芯·无限航空航材保障中心项目现场看到,4栋物流仓库钢结构吊装已结束,其中2栋正在进行外墙体施工,另外2栋正在做屋面施工准备"
P6_1 = "该项目由华芯国际和无限航空共同投资"
G["pn06"] = dict(
 article=art("撸起袖子加油干 风雨无阻向前行|廊坊临空经济区全力打造全省新经济增长极", "河北新闻网（河北日报记者 周禹佳，通讯员 刘岩），载于 m.fidreport.com（河北新闻网移动版镜像）", "2023-01-02", "day",
  "Provincial news portal (provincial daily's report), Hebei: the airport economic zone's aviation-materials centre under construction, its two investors and the zone's six aviation segments; an official's pledge",
  "https://m.fidreport.com/2023-01-02/content_8926053.htm",
  "日期取网址 2023-01/02（存段无日期行）。标题照录页面的栏目式标题（“撸起袖子加油干 风雨无阻向前行|…”，存段出现两次）；报纸版引题“提升招商引资质效 加快项目建设步伐”与主题“廊坊临空经济区全力打造全省新经济增长极”、“扫码阅读手机版”已删。存段末段“2019年10月25日,京冀两省市…廊坊临空经济区对全”在句中中断，整段删去（ITEMS 截至上一段），正文三段。园区：廊坊临空经济区（又作“临空经济区”；廊坊，河北）。项目：华芯·无限航空航材保障中心项目（钢结构吊装已结束、外墙体施工→在建；无金额）。公司：华芯国际、无限航空（共同投资；园区按项目所在记，可选）。无数字型园区事实（4栋仓库为工程进度，不计）。",
  "pn06"),
 parks=[
  park(LK, "廊坊", "河北", "临空经济区", P6_0, aliases=["临空经济区"], note="文中又作“临空经济区”"),
 ],
 companies=[
  comp("华芯国际", LK, P6_1, opt=True, note="项目共同投资方；园区按项目所在"),
  comp("无限航空", LK, P6_1, opt=True, note="同上；“无限航空运营基地”在项目内容中"),
 ],
 projects=[
  proj("华芯·无限航空航材保障中心项目", LK, P6_0, companies=["华芯国际", "无限航空"], status="在建",
       status_text="钢结构吊装已结束,其中2栋正在进行外墙体施工", note="无金额"),
 ],
 aggregate_facts=[],
)
