# real48 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real45)
# Conventions as real28–real45: evidence verbatim (all seven items simplified as published); names as written in the text;
# 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny
# facts (first amount of the evidence). Projects: the park is the one the text places the project in, null if none; where
# the text places a project in a sub-area of a zone (zr02 港城区) a second, optional item of the same project states the
# zone (the scorer merges items of one name, so either link is accepted). Status from the text's words (开工 / 开工建设 → 开工;
# 设备安装及调试 / 设备调试 / 主体工程竣工 → 在建; 竣工并实现批量生产 / 顺利投产 / 已开始生产 → 投产; 如期交付 → 竣工; 签约 /
# 签署项目投资合同 → 签约). Sources are `search` (corpus pages) excerpts typed into _raw/pages/zrNN.raw as returned.

# ---------------------------------------------------------------- zr01 吉林经开区全力推进重大项目建设 (jl.touzi888.net 2014)
JL = "吉林市经济技术开发区"
A0 = "近日,吉林市经济技术开发区以项目建设为中心,多措并举,多位服务,全力推进重大项目建设,多个项目取得重大进展"
A1 = "总投资3.75亿元、占地5万平方米的吉林普瑞特生物科技有限公司年产2650吨医药中间体项目目前正在进行设备安装及调试,相关办公楼、厂房已建设完毕,计划年底前部分投产"
A2 = "吉林市欧创实业有限公司总投资1.07亿元、年产1000万平方米的新型防水材料项目全部竣工并实现批量生产"
A3 = "总投资7.5亿元的吉林市经开杭氧气体有限公司工业气体中心项目已完成全部设备安装"
A4 = "总投资1.3亿元、占地面积16000平方米的吉林酿业集团醋业有限公司生产基地主体工程竣工,该项目设计能力为年产5万吨食醋"
PJ1 = "吉林市经开杭氧气体有限公司工业气体中心项目"
G["zr01"] = dict(
 article=art("吉林经开区全力推进重大项目建设", "jl.touzi888.net（投资网·吉林站；页面署“tz61”为上传者，原刊未注明）", "2014-12-26", "day",
  "Regional investment portal, Jilin: a national economic-technological zone's major projects in progress — four named projects by four named firms, each with its total investment and stage (equipment installation and commissioning, completed and in volume production, equipment installed, main structure completed), capacities and expected sales and taxes",
  "http://jl.touzi888.net/news/view.html?id=4615",
  "日期取页面“2014年12月26日 00:00:00”（已删，连同“tz61浏览量:94次”）；原刊来源页面未写（投资网为招商信息站，非报纸）。标题照录。存段末有“展开”按钮（已删），正文或未完：存段到“…东北最大的食醋生产基地。”为止（以完整句结束）。正文三段。园区：吉林市经济技术开发区（标题作“吉林经开区”，列别名；city 吉林，province 吉林；级别文中未写）。项目四个，均在开发区内（首句“吉林市经济技术开发区…全力推进重大项目建设,多个项目取得重大进展”后逐一介绍）：普瑞特医药中间体项目“正在进行设备安装及调试…计划年底前部分投产”→在建；欧创新型防水材料项目“全部竣工并实现批量生产”→投产（status_alt 竣工），名称取连写的“新型防水材料项目”（公司名与项目名之间隔着金额与产能）；经开杭氧工业气体中心项目“已完成全部设备安装…正在进行设备调试,计划近期试运行”→在建；吉林酿业集团醋业有限公司生产基地“主体工程竣工”→在建（status_alt 竣工）。年销售收入、利税为建成后预期（target）。公司四家，均记开发区。",
  "zr01"),
 parks=[
  park(JL, "吉林", "吉林", "经济技术开发区", A0, aliases=["吉林经开区"], note="标题作“吉林经开区”"),
 ],
 companies=[
  comp("吉林普瑞特生物科技有限公司", JL, A1),
  comp("吉林市欧创实业有限公司", JL, A2),
  comp("吉林市经开杭氧气体有限公司", JL, A3),
  comp("吉林酿业集团醋业有限公司", JL, A4),
 ],
 projects=[
  proj("吉林普瑞特生物科技有限公司年产2650吨医药中间体项目", JL, A1, companies=["吉林普瑞特生物科技有限公司"], inv="总投资3.75亿元",
       status="在建", status_text="目前正在进行设备安装及调试…计划年底前部分投产"),
  proj("新型防水材料项目", JL, A2, companies=["吉林市欧创实业有限公司"], inv="总投资1.07亿元", status="投产",
       status_text="全部竣工并实现批量生产", status_alt="竣工", note="文中作“吉林市欧创实业有限公司总投资1.07亿元、年产1000万平方米的新型防水材料项目”"),
  proj(PJ1, JL, A3, companies=["吉林市经开杭氧气体有限公司"], inv="总投资7.5亿元", status="在建",
       status_text="已完成全部设备安装…目前正在进行设备调试,计划近期试运行"),
  proj("吉林酿业集团醋业有限公司生产基地", JL, A4, companies=["吉林酿业集团醋业有限公司"], inv="总投资1.3亿元", status="在建",
       status_text="主体工程竣工", status_alt="竣工", note="只写主体工程竣工；投产在后（“投产后,将成为…”）"),
 ],
 aggregate_facts=[
  fact(PJ1, "project", "expected_annual_sales_cny", 5.5e8, "cny", "年可实现销售收入5.5亿元、利税1.6亿元", "建成后（预期）", kind="target", chk=True),
  fact(PJ1, "project", "expected_annual_profit_tax_cny", 1.6e8, "cny", "利税1.6亿元", "建成后（预期）", kind="target", opt=True, chk=True),
  fact("吉林普瑞特生物科技有限公司年产2650吨医药中间体项目", "project", "site_area_m2", 5e4, "m2", A1, "2014年12月", opt=True),
  fact("吉林酿业集团醋业有限公司生产基地", "project", "design_capacity_t", 5e4, "t", A4, "2014年12月", opt=True),
 ])

# ---------------------------------------------------------------- zr02 渤海新区78个重点项目集中开工 (河北新闻网 2018)
BH = "渤海新区"
LG = "临港经济技术开发区"
SW = "北京⋅沧州渤海新区生物医药产业园"
GC = "渤海新区港城区"
B0 = "日前,沧州市2018年重点项目集中开工主会场活动在渤海新区临港经济技术开发区石家庄四药集团医药产业园项目现场举行"
B1 = "渤海新区“一市四区”总投资440亿元的78个重点项目集中开工,集中开工项目数量居沧州市首位,占沧州市总量近三分之一"
B2 = "据了解,渤海新区集中开工的78个项目包含72个亿元以上产业项目和6个城建基础设施项目"
B3 = "在北京⋅沧州渤海新区生物医药产业园,共有12个项目开工建设,其中,北京同济达药业有限公司沧州分公司原料药项目,北京朋来制药有限公司沧州分公司原料药、制剂及中间体项目,北京益民药业有限公司沧州分公司原料药项目,北京太洋药业有限公司原料药及中间体项目,均为从北京转移而来的优质项目"
B4 = "落户渤海新区港城区的北京利和知信科技有限公司高性能树脂项目、天津恒翔起航科技有限公司纳米级硅溶胶项目也开工建设"
B5 = "渤海新区为进一步做大做强汽车产业,这次还集中开工了正和顺汽车部件有限公司二期项目、三创联盟(沧州临港)科技有限公司年产5000台拖挂式旅居车建设项目、沧州远深汽车部件有限公司汽车部件生产项目、黄骅市蓝狐改装汽车制造有限公司汽车改装项目、东塔汽车部件有限公司零部件生产线建设项目"
AS2 = "2018年3月（沧州市2018年重点项目集中开工）"
G["zr02"] = dict(
 article=art("渤海新区78个重点项目集中开工", "河北新闻网（本网原创；河北新闻网讯，皮家琪），经 m.fidreport.com 镜像", "2018-03-30", "day",
  "Provincial news site, Hebei: a coastal new area's 78 key projects started — total investment, split of industrial and infrastructure projects, the main venue in an economic-technological zone, pharmaceutical projects started in a biomedical park, two projects in the port-city area, five automotive projects, each named with its firm",
  "https://m.fidreport.com/2018-03/30/content_6829767.htm",
  "日期取页面“2018-03-30 16:34:39 来源:河北新闻网”（已删，连同“河北新闻>>本网原创”“进入移动版,省流量,体验好”）；集中开工为“日前”。网址为镜像站 fidreport 的移动版（河北新闻网 hebnews 原文的镜像；real3/real38 等用过同站别篇，本篇不同）。标题照录。存段末段“此次开工的超亿元项目中,一期投资60亿元的恒大童世界项目尤为令人关注,其建设内容主要包括主城堡、会展中心、童话大街等”未完（cut），整段删去（整段为一句），截至“…增添了有力砝码。”。正文四段。园区：渤海新区（沧州渤海新区，city 沧州，province 河北；文中未写级别，kind 新区）；临港经济技术开发区（主会场所在，parent 渤海新区）；北京⋅沧州渤海新区生物医药产业园（名称照录，含“⋅”，parent 渤海新区）；渤海新区港城区（新区内的功能区，列可选园区）。项目：生物医药产业园内四个原料药项目与港城区两个项目“开工建设”→开工；汽车五项目“集中开工了”→开工，park 渤海新区；港城区两项目另加可选同名项目记 park 渤海新区（两者皆可）。主会场“石家庄四药集团医药产业园项目”文中只作会场所在，未明说属78个开工项目，列可选项目（开工，park 临港经济技术开发区），石家庄四药集团列可选公司。单个项目均无金额。公司按其项目所在园区记；“北京同济达药业有限公司沧州分公司”等分公司名照录。“恒大童世界项目”在被删的残段中，不列。",
  "zr02"),
 parks=[
  park(BH, "沧州", "河北", "新区", B1, note="即沧州渤海新区；“一市四区”"),
  park(LG, "沧州", "河北", "经济技术开发区", B0, parent=BH, note="文中作“渤海新区临港经济技术开发区”"),
  park(SW, "沧州", "河北", "生物医药产业园", B3, parent=BH),
  park(GC, "沧州", "河北", "新区功能区（港城区）", B4, parent=BH, opt=True, note="新区内的功能区"),
 ],
 companies=[
  comp("北京同济达药业有限公司沧州分公司", SW, B3),
  comp("北京朋来制药有限公司沧州分公司", SW, B3),
  comp("北京益民药业有限公司沧州分公司", SW, B3),
  comp("北京太洋药业有限公司", SW, B3),
  comp("北京利和知信科技有限公司", GC, B4),
  comp("天津恒翔起航科技有限公司", GC, B4),
  comp("正和顺汽车部件有限公司", BH, B5),
  comp("三创联盟(沧州临港)科技有限公司", BH, B5),
  comp("沧州远深汽车部件有限公司", BH, B5),
  comp("黄骅市蓝狐改装汽车制造有限公司", BH, B5),
  comp("东塔汽车部件有限公司", BH, B5),
  comp("石家庄四药集团", LG, B0, opt=True, note="只在项目名“石家庄四药集团医药产业园项目”中"),
 ],
 projects=[
  proj("北京同济达药业有限公司沧州分公司原料药项目", SW, B3, companies=["北京同济达药业有限公司沧州分公司"], status="开工", status_text="共有12个项目开工建设"),
  proj("北京朋来制药有限公司沧州分公司原料药、制剂及中间体项目", SW, B3, companies=["北京朋来制药有限公司沧州分公司"], status="开工", status_text="共有12个项目开工建设"),
  proj("北京益民药业有限公司沧州分公司原料药项目", SW, B3, companies=["北京益民药业有限公司沧州分公司"], status="开工", status_text="共有12个项目开工建设"),
  proj("北京太洋药业有限公司原料药及中间体项目", SW, B3, companies=["北京太洋药业有限公司"], status="开工", status_text="共有12个项目开工建设"),
  proj("北京利和知信科技有限公司高性能树脂项目", GC, B4, companies=["北京利和知信科技有限公司"], status="开工", status_text="也开工建设"),
  proj("北京利和知信科技有限公司高性能树脂项目", BH, B4, status="开工", status_text="也开工建设", opt=True, note="同一项目，另记其所在新区（两个园区链接皆可）"),
  proj("天津恒翔起航科技有限公司纳米级硅溶胶项目", GC, B4, companies=["天津恒翔起航科技有限公司"], status="开工", status_text="也开工建设"),
  proj("天津恒翔起航科技有限公司纳米级硅溶胶项目", BH, B4, status="开工", status_text="也开工建设", opt=True, note="同一项目，另记其所在新区（两个园区链接皆可）"),
  proj("正和顺汽车部件有限公司二期项目", BH, B5, companies=["正和顺汽车部件有限公司"], status="开工", status_text="集中开工了", phase="二期"),
  proj("三创联盟(沧州临港)科技有限公司年产5000台拖挂式旅居车建设项目", BH, B5, companies=["三创联盟(沧州临港)科技有限公司"], status="开工", status_text="集中开工了"),
  proj("沧州远深汽车部件有限公司汽车部件生产项目", BH, B5, companies=["沧州远深汽车部件有限公司"], status="开工", status_text="集中开工了"),
  proj("黄骅市蓝狐改装汽车制造有限公司汽车改装项目", BH, B5, companies=["黄骅市蓝狐改装汽车制造有限公司"], status="开工", status_text="集中开工了"),
  proj("东塔汽车部件有限公司零部件生产线建设项目", BH, B5, companies=["东塔汽车部件有限公司"], status="开工", status_text="集中开工了"),
  proj("石家庄四药集团医药产业园项目", LG, B0, companies=["石家庄四药集团"], status="开工", status_text="重点项目集中开工主会场活动在…项目现场举行",
       opt=True, note="只作主会场所在；是否属78个开工项目文中未明说"),
 ],
 aggregate_facts=[
  fact(BH, "park", "projects_started", 78, "count", B1, AS2),
  fact(BH, "park", "started_projects_total_investment_cny", 4.4e10, "cny", B1, AS2, chk=True),
  fact(BH, "park", "industrial_projects_over_100m_started", 72, "count", B2, AS2, opt=True),
  fact(BH, "park", "infrastructure_projects_started", 6, "count", B2, AS2, opt=True),
  fact(SW, "park", "projects_started", 12, "count", "在北京⋅沧州渤海新区生物医药产业园,共有12个项目开工建设", AS2),
 ])

# ---------------------------------------------------------------- zr03 沈抚示范区 项目集中签约 (辽宁日报 2023)
SF = "沈抚改革创新示范区"
C0 = "4月25日,沈抚改革创新示范区举行重点招商引资企业座谈会暨项目集中签约仪式。格林免疫产业基地及中央研究院项目等10个项目完成签约,项目计划投资总额78.5亿元"
C1 = "其中,格林免疫产业基地及中央研究院项目总投资20亿元,将打造集研发、中试、生产于一体的过敏原诊断和治疗制剂中心"
C2 = "国家能源集团国电电力源网荷储一体化+多能互补产业配套项目总投资约25亿元,将围绕新能源装备制造、源网荷储一体化、新能源数字化运维打造国内第一个绿色低碳示范园区"
G["zr03"] = dict(
 article=art("沈抚示范区举行重点招商引资企业座谈会暨项目集中签约仪式", "辽宁日报（本报讯 记者董翰博），epaper.lnd.com.cn 数字报", "2023-04-26", "day",
  "Provincial party daily (e-paper), Liaoning: a reform-and-innovation demonstration zone signs ten projects — total planned investment, two named projects with investment and purpose",
  "http://epaper.lnd.com.cn/lnrbepaper/pc/con/202304/26/content_189667.html",
  "日期取页面“辽宁日报 2023年04月26日”（已删）；签约为“4月25日”。标题照录。正文三段，完整（短讯，约400字）。园区：沈抚改革创新示范区（文中又作“沈抚示范区”；跨沈阳、抚顺，city 不填，province 辽宁）。项目两个：格林免疫产业基地及中央研究院项目（总投资20亿元）、国家能源集团国电电力源网荷储一体化+多能互补产业配套项目（“总投资约25亿元”→约），均“完成签约”→签约，park 沈抚改革创新示范区。公司：“格林免疫”“国家能源集团”“国电电力”只在项目名中，列可选（园区记示范区）。10个项目、78.5亿元为示范区的签约事实。沈抚示范区党工委列可选机构。",
  "zr03"),
 parks=[
  park(SF, None, "辽宁", "改革创新示范区", C0, aliases=["沈抚示范区"], note="文中又作“沈抚示范区”；跨沈阳、抚顺"),
 ],
 companies=[
  comp("格林免疫", SF, C1, opt=True, note="只在项目名中"),
  comp("国家能源集团", SF, C2, opt=True, note="只在项目名中"),
  comp("国电电力", SF, C2, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("沈抚示范区党工委", "副省长、沈抚示范区党工委书记高涛出席活动并讲话", park=SF),
 ],
 projects=[
  proj("格林免疫产业基地及中央研究院项目", SF, C1, companies=["格林免疫"], inv="总投资20亿元", status="签约", status_text="等10个项目完成签约"),
  proj("国家能源集团国电电力源网荷储一体化+多能互补产业配套项目", SF, C2, companies=["国家能源集团", "国电电力"], inv="总投资约25亿元",
       qual="约", qual_text="约", status="签约", status_text="此次签约的10个项目"),
 ],
 aggregate_facts=[
  fact(SF, "park", "projects_signed", 10, "count", C0, "2023年4月25日"),
  fact(SF, "park", "signed_investment_cny", 7.85e9, "cny", "项目计划投资总额78.5亿元", "2023年4月25日", chk=True),
 ])

# ---------------------------------------------------------------- zr04 辽阳经济开发区入驻企业达185家 (辽宁日报 2023, via lndj.gov.cn)
LY = "辽阳经济开发区"
D0 = "辽阳经济开发区入驻企业达185家 今年前10个月,引进国内到位资金35.32亿元,同比增长37.86%"
D1 = "12月13日,辽宁博仕科技股份有限公司一处新建厂房内,工人操控着新铺设的机器设备加紧赶制订单。公司总经理王猛介绍,总投资2800万元的节能环保装备中试基地项目已开始生产"
D2 = "年终岁尾,辽阳经济开发区捷报频传:博仕科技节能环保装备中试基地项目顺利投产,辽阳石化设备公司新建厂房项目如期交付,华电光大公司的项目主体工程全部完成,瓦轴新能源汽车轴承项目顺利投产"
D3 = "成立于1992年的辽阳经济开发区,起步区规划面积4.7平方公里,经过多年的发展,经济管辖面积已达25.21平方公里,入园企业已有185家"
D4 = "作为辽阳市重要的工业集中区、太子河区工业经济的承载区,辽阳经济开发区持续优化营商环境"
PJ4 = "博仕科技节能环保装备中试基地项目"
G["zr04"] = dict(
 article=art("辽阳经济开发区入驻企业达185家 今年前10个月,引进国内到位资金35.32亿元,同比增长37.86%", "辽宁日报（来源行；无署名），载于辽宁党建网 lndj.gov.cn（市县快讯）", "2023-12-14", "day",
  "Provincial daily via the provincial party-building portal, Liaoning: a provincial-level economic development zone's year-end round-up — a firm's pilot base in production with its investment, other projects delivered or in production, the zone's founding year, area, number of firms, domestic capital in place and growth, and its approval service",
  "https://lndj.gov.cn/portaluploads/html/info/48867.html",
  "日期取页面“日期:2023-12-14 08:50来源:辽宁日报”（已删，连同“您的位置: 首页 市县快讯 > 正文”）；现场为“12月13日”。标题与副题两行并作标题行（以空格相连）。存段末段“今年以来,辽阳经济开发区结合自身实际,…通过产业链、人才链、政策链”未完（cut），整段删去（整段为一句），截至“…50余个问题。”。正文四段。园区：辽阳经济开发区（city 辽阳，district 太子河区——文中作“太子河区工业经济的承载区”“辽阳经济开发区(太子河区)”；级别文中未写）。项目：博仕科技节能环保装备中试基地项目（“总投资2800万元”，“已开始生产”“顺利投产”→投产；文中先作“节能环保装备中试基地项目”，列别名）；辽阳石化设备公司新建厂房项目（“如期交付”→竣工）；瓦轴新能源汽车轴承项目（“顺利投产”→投产）；“华电光大公司的项目”无名称，不列项目（公司照列）。公司：辽宁博仕科技股份有限公司（别名博仕科技）、辽阳石化设备公司、华电光大公司，园区记开发区；“瓦轴”只在项目名中，列可选。标题副题“今年前10个月,引进国内到位资金35.32亿元,同比增长37.86%”为开发区事实（cumulative / ratio）；入园企业185家（cumulative）；面积、成立年份列可选。",
  "zr04"),
 parks=[
  park(LY, "辽阳", "辽宁", "经济开发区", D3, district="太子河区", note="“辽阳经济开发区(太子河区)”；成立于1992年"),
 ],
 companies=[
  comp("辽宁博仕科技股份有限公司", LY, D1, aliases=["博仕科技"], note="文中又作“博仕科技”"),
  comp("辽阳石化设备公司", LY, D2),
  comp("华电光大公司", LY, D2, note="其项目无名称（“华电光大公司的项目主体工程全部完成”）"),
  comp("瓦轴", LY, D2, opt=True, note="只在项目名“瓦轴新能源汽车轴承项目”中"),
 ],
 projects=[
  proj(PJ4, LY, D1, companies=["辽宁博仕科技股份有限公司"], inv="总投资2800万元", status="投产", status_text="已开始生产…顺利投产",
       aliases=["节能环保装备中试基地项目"], note="全名见“博仕科技节能环保装备中试基地项目顺利投产”"),
  proj("辽阳石化设备公司新建厂房项目", LY, D2, companies=["辽阳石化设备公司"], status="竣工", status_text="如期交付"),
  proj("瓦轴新能源汽车轴承项目", LY, D2, companies=["瓦轴"], status="投产", status_text="顺利投产"),
 ],
 aggregate_facts=[
  fact(LY, "park", "firms", 185, "count", D3, "2023年12月", kind="cumulative"),
  fact(LY, "park", "domestic_capital_in_place_cny", 3.532e9, "cny", "今年前10个月,引进国内到位资金35.32亿元,同比增长37.86%", "2023年1—10月", kind="cumulative", chk=True),
  fact(LY, "park", "domestic_capital_in_place_yoy_growth", 0.3786, "ratio", "引进国内到位资金35.32亿元,同比增长37.86%", "2023年1—10月", kind="ratio"),
  fact(LY, "park", "startup_area_km2", 4.7, "km2", D3, "2023年12月", opt=True),
  fact(LY, "park", "managed_area_km2", 25.21, "km2", D3, "2023年12月", opt=True),
  fact(LY, "park", "key_projects_helped", 9, "count", "截至目前,已先后为9个重点项目解决了企业注册、规划选址等50余个问题", "2023年5月至12月", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- zr05 滨海新区82个重点项目“云签约” (北方网/天津日报 2022)
BHX = "滨海新区"
NG = "南港工业区"
E0 = "82个重点项目应“云”而生,总投资580亿元的“大单”落地,为滨海新区奏响一曲澎湃发展新动能的“春之歌”"
E1 = "从投资来源地看,集中在我国三大经济带,其中京津冀地区项目占51个,从产业类别来看,战略性新兴产业项目达57个,占比超过69%"
E2 = "埃克森美孚(天津)石油有限公司是埃克森美孚润滑油业务在华北地区重要的生产基地"
E3 = "“这次签约的厂区提升改造项目,将结合埃克森美孚现有产业基础,提升产品等级和质量,继续增加高端产品的本地化生产和供应"
E4 = "中圣科技(江苏)有限公司拟在南港工业区投资建设中圣新能源南港LNG冷能利用项目"
AS5 = "2022年4月9日（云签约）"
G["zr05"] = dict(
 article=art("滨海新区82个重点项目应“云”而生 580亿元“大单”落地", "北方网（作者:日报王睿，即天津日报记者；编辑:刘颖），news.enorth.com.cn", "2022-04-10", "day",
  "City news portal relaying the city daily, Tianjin: a state-level new area's online signing of 82 key projects — total investment, sources and sectors of the projects, a multinational's plant upgrade signed, a firm to build an LNG cold-energy project in a named industrial zone",
  "http://news.enorth.com.cn/system/2022/04/10/052521575.shtml",
  "日期取页面“来源: 北方网 作者:日报王睿 编辑:刘颖 2022-04-10 08:28:11”（已删，连同“扫码阅读手机版”与“内容提要:…”——提要与正文第二段同文）；签约为“昨天上午”（4月9日）。标题照录。存段在“…南港LNG冷能利用项目。中圣”处中断：残字“中圣”删去（make_txt.py LINE_SUFFIX），截至“…冷能利用项目。”（cut）。正文五段。园区：滨海新区（天津，国家级新区；文中未写级别）；南港工业区（中圣项目所在；与滨海新区的关系文中未写，parent 不填）。项目：埃克森美孚“这次签约的厂区提升改造项目”→签约，park 滨海新区（签约在滨海新区，厂区位置文中未写，判断）；“中圣新能源南港LNG冷能利用项目”，“拟在南港工业区投资建设”，作为本次签约项目介绍→签约（status_alt planned），park 南港工业区。无单项金额。公司：埃克森美孚(天津)石油有限公司（园区记滨海新区）；埃克森美孚(中国)投资有限公司只作受访者所属，列可选（park null）；中圣科技(江苏)有限公司（投资方，园区记南港工业区）。82个项目、580亿元为滨海新区签约事实；京津冀项目51个、战略性新兴产业57个与“占比超过69%”列可选。滨海新区商务和投促局列可选机构。",
  "zr05"),
 parks=[
  park(BHX, "天津", "天津", "国家级新区", E0, note="文中又作“滨城”“全区”"),
  park(NG, "天津", "天津", "工业区", E4),
 ],
 companies=[
  comp("埃克森美孚(天津)石油有限公司", BHX, E2),
  comp("埃克森美孚(中国)投资有限公司", None, "埃克森美孚(中国)投资有限公司北亚润滑油运营业务总经理欧文谦告诉记者", opt=True, note="只作受访者所属"),
  comp("中圣科技(江苏)有限公司", NG, E4, note="投资方"),
 ],
 institutions=[
  inst("滨海新区商务和投促局", "滨海新区商务和投促局局长鲍健介绍", park=BHX),
 ],
 projects=[
  proj("厂区提升改造项目", BHX, E3, companies=["埃克森美孚(天津)石油有限公司"], status="签约", status_text="这次签约的厂区提升改造项目",
       note="埃克森美孚(天津)石油有限公司的厂区提升改造项目；园区为判断（签约在滨海新区）"),
  proj("中圣新能源南港LNG冷能利用项目", NG, E4, companies=["中圣科技(江苏)有限公司"], status="签约", status_text="拟在南港工业区投资建设",
       status_alt="planned", note="作为本次签约项目介绍；句中只说“拟…投资建设”"),
 ],
 aggregate_facts=[
  fact(BHX, "park", "projects_signed", 82, "count", E0, AS5),
  fact(BHX, "park", "signed_investment_cny", 5.8e10, "cny", "总投资580亿元的“大单”落地", AS5, chk=True),
  fact(BHX, "park", "signed_projects_from_beijing_tianjin_hebei", 51, "count", E1, AS5, opt=True),
  fact(BHX, "park", "signed_strategic_emerging_projects", 57, "count", E1, AS5, opt=True),
  fact(BHX, "park", "signed_strategic_emerging_share", 0.69, "ratio", E1, AS5, kind="ratio", qual="超", qtext="超过", opt=True),
 ])

# ---------------------------------------------------------------- zr06 黄河三角洲产业投资基金揭牌 (中国广播网 via 新浪财经 2011)
HF = "黄河三角洲产业投资基金"
DY = "东营经济技术开发区"
F0 = "签约仪式上,基金管理公司与东营经济技术开发区、潍坊滨海产业开发公司等9家单位现场签约,加上即将签约的18家企业,投资额近50亿元"
F1 = "基金总规模200亿元人民币,首期募资目标为50亿元人民币"
F2 = "黄河三角洲产业投资基金于2010年3月获国家发改委批准筹建,今年6月8日正式完成工商注册"
G["zr06"] = dict(
 article=art("黄河三角洲产业投资基金揭牌 首期投资项目签约", "中国广播网（中广网，记者王成林），经新浪财经转载", "2011-07-28", "day",
  "National radio news site relayed by a finance portal, Shandong: a regional industrial investment fund unveiled and its first investments signed — approval and registration, total size, first-close target, management company capital, signing with an economic-technological zone and a development company, investment focus",
  "http://msn.finance.sina.com.cn/cjyw/20110728/1753199424.html",
  "日期取页面“2011年07月28日 17:53 来源:中国广播网”（已删，连同“新浪财经”）；揭牌为“7月28日上午”。标题照录。存段在末段“…支持基金做大做强、健康发展。区内各市县”处中断：残句“区内各市县”删去（make_txt.py LINE_SUFFIX），截至“…健康发展。”（cut；real40 的笔记曾记为 cut，未用）。正文四段。基金：黄河三角洲产业投资基金（区域产业基金，非园区基金，park null）；“基金总规模200亿元人民币”→size 2e10、size_type 总规模；首期募资目标50亿元为 target 事实。园区：东营经济技术开发区（与基金管理公司现场签约；city 东营，province 山东；级别文中未写）。公司：潍坊滨海产业开发公司（签约方，park null）；“基金管理公司”无名称，不列。签约投资额“近50亿元”→约（9家单位加18家企业，记为基金事实）。“黄河三角洲高效生态经济区”为区域，不列园区。国家发改委列可选机构。",
  "zr06"),
 parks=[
  park(DY, "东营", "山东", "经济技术开发区", F0, note="与基金管理公司现场签约"),
 ],
 companies=[
  comp("潍坊滨海产业开发公司", None, F0, note="签约方"),
 ],
 institutions=[
  inst("国家发改委", F2),
 ],
 funds=[
  fund(HF, None, F1, size="总规模200亿元", size_type="总规模", note="名称见首句；2011年6月8日完成工商注册；区域产业基金，非园区基金"),
 ],
 aggregate_facts=[
  fact(HF, "fund", "fund_size_cny", 2e10, "cny", F1, "2011年7月", chk=True),
  fact(HF, "fund", "first_close_target_cny", 5e9, "cny", "首期募资目标为50亿元人民币", "2011年7月（首期目标）", kind="target", chk=True),
  fact(HF, "fund", "signed_investment_cny", 5e9, "cny", "投资额近50亿元", "2011年7月28日（含即将签约的18家企业）", qual="约", qtext="近", chk=True),
  fact(HF, "fund", "units_signed", 9, "count", F0, "2011年7月28日", opt=True),
  fact(HF, "fund", "management_company_registered_capital_cny", 2e8, "cny", "基金管理公司注册资本为2亿元人民币", "2011年7月", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- zr07 蓝黛科技 与马鞍山经开区管委会签署项目投资合同 (021cf 快讯 2022)
MA = "马鞍山经济技术开发区"
H0 = "项目名称为“汽车高精密传动齿轮生产制造项目”,项目计划总投资23亿元,其中项目一期投资6亿元,拟由公司全资子公司马鞍山蓝黛机械作为项目实施主体"
H1 = "蓝黛科技:公司及子公司与马鞍山经济技术开发区管理委员会签署项目投资合同"
G["zr07"] = dict(
 article=art("蓝黛科技:公司及子公司与马鞍山经济技术开发区管理委员会签署项目投资合同", "mas.021cf.cn（“快讯”，网络蜘蛛自动收集的上市公司公告摘要；原出处未注明）", "2022-10", "month",
  "Listed-company announcement digest on a spider aggregator, Anhui: a listed auto-parts maker and its subsidiary sign an investment contract with an economic-technological zone — project name, total and phase-1 investment, implementing subsidiary, approvals still needed",
  "http://mas.021cf.cn/index.php/post/4223.html",
  "存段无日期行：董事会会议为“2022年10月28日”，快讯应发于当日或稍后（published 记 2022-10，precision month，推断）。标题行前的聚合站标签“快讯]”已删（make_txt.py HEAD_PREFIX），页尾“版权声明:本文由网络蜘蛛自动收集…”已删。正文两段，完整（短讯，约330字）。real40 笔记曾见此页（“spider aggregator, no date line; spare”），未用。园区：马鞍山经济技术开发区（city 马鞍山，province 安徽；管委会为签约方）。项目“汽车高精密传动齿轮生产制造项目”：“项目计划总投资23亿元”；签署项目投资合同（尚需股东大会审议）→签约；park 马鞍山经济技术开发区（与该区管委会签约，判断）。公司：蓝黛科技（上市公司，投资方，园区按惯例记项目所在开发区）；马鞍山蓝黛机械（全资子公司、项目实施主体，园区记开发区）。一期6亿元列可选项目事实。马鞍山经济技术开发区管理委员会列可选机构。",
  "zr07"),
 parks=[
  park(MA, "马鞍山", "安徽", "经济技术开发区", H1, note="管委会为签约方"),
 ],
 companies=[
  comp("蓝黛科技", MA, H1, note="上市公司，投资方（惯例：投资方记其项目所在园区）"),
  comp("马鞍山蓝黛机械", MA, H0, note="全资子公司，项目实施主体"),
 ],
 institutions=[
  inst("马鞍山经济技术开发区管理委员会", H1, park=MA),
 ],
 projects=[
  proj("汽车高精密传动齿轮生产制造项目", MA, H0, companies=["蓝黛科技", "马鞍山蓝黛机械"], inv="项目计划总投资23亿元", status="签约",
       status_text="签署项目投资合同", note="尚需提交股东大会审议"),
 ],
 aggregate_facts=[
  fact("汽车高精密传动齿轮生产制造项目", "project", "phase1_investment_cny", 6e8, "cny", "其中项目一期投资6亿元", "2022年10月", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- zr08 利津经济开发区 (大众日报 [inferred] via ingsd.com 2014)
LJ = "利津经济开发区"
K0 = "11月18日,在利津经济开发区长凯石油科技股份有限公司新能源(LNG)装备产业示范园1号车间,LNG低温储罐已投产使用"
K1 = "“公司项目总投资16.5亿元,采用的是国际先进低温绝热技术,年可实现销售收入26亿元。”"
K2 = "利津经济开发区今年实施新建、续建重点产业项目22个,总投资128亿元"
K3 = "截至目前,十方仓储物流二期项目、信合中药深加工项目、海德公司3万吨/年丙烯酸丁酯项目等已建成投产"
K4 = "利华益集团重油加氢及油品质量升级项目、长凯公司新能源装备产业示范园项目、高鼎公司新型节能保温墙体装饰材料项目等相继落地施工"
K5 = "前三季度,该开发区规模以上工业企业实现总产值627亿元、利税57亿元、利润29.2亿元,分别同比增长15.5%、18.9%、18.2%"
PJ8 = "长凯公司新能源装备产业示范园项目"
AS8 = "2014年1—9月"
G["zr08"] = dict(
 article=art("（无标题）利津经济开发区长凯石油新能源(LNG)装备产业示范园投产 今年实施重点产业项目22个", "本报利津讯（□李东乾 于向阳 马路遥 报道；“本报”按体例推断为大众日报），载于 ingsd.com", "2014-11-28", "day",
  "Provincial daily (inferred) via a news site, Shandong: a county economic development zone — a firm's LNG equipment park partly in production with its investment and expected sales, the year's 22 key industrial projects and total, three projects in production and three under construction, and the zone's first-three-quarter output, profit-tax and profit with growth",
  "http://ingsd.com/news/sh/2014-11-28/10921.html",
  "日期取网址 2014-11-28（存段无日期行）；现场为“11月18日”。存段无标题（title 为编者概括，取自首段与次段）；署名行“□李东乾 于向阳 马路遥 报道”与页尾“|”已删；“本报利津讯”与“□…报道”为大众日报体例，outlet 为推断（页面未写报名）。正文两段，完整。园区：利津经济开发区（city 东营，district 利津县，province 山东；级别文中未写）。项目：长凯石油的新能源(LNG)装备产业示范园——次段作“长凯公司新能源装备产业示范园项目”（取作项目名），首段 1号车间“LNG低温储罐已投产使用”、次段“相继落地施工”→投产（status_alt 在建，同 real45 zo05 之部分投产）；“公司项目总投资16.5亿元”（受访者原话，记为该项目金额）；年销售收入26亿元为预期（target）。“已建成投产”三项目→投产（十方仓储物流二期项目 phase 二期）；“相继落地施工”另两项目→在建。均无单项金额（长凯除外）。公司：长凯石油科技股份有限公司（别名“长凯公司”）、海德公司、利华益集团、高鼎公司，园区记开发区；“十方”“信合”只在项目名中，列可选。22个项目128亿元为开发区当年实施事实（reported）；前三季度总产值、利税、利润为 cumulative，增速 ratio。",
  "zr08", title_note="no headline stored; title made from the lead"),
 parks=[
  park(LJ, "东营", "山东", "经济开发区", K2, district="利津县", note="文中又作“该开发区”"),
 ],
 companies=[
  comp("长凯石油科技股份有限公司", LJ, K0, aliases=["长凯公司"], note="文中又作“长凯公司”"),
  comp("海德公司", LJ, K3),
  comp("利华益集团", LJ, K4),
  comp("高鼎公司", LJ, K4),
  comp("十方", LJ, K3, opt=True, note="只在项目名“十方仓储物流二期项目”中"),
  comp("信合", LJ, K3, opt=True, note="只在项目名“信合中药深加工项目”中"),
 ],
 projects=[
  proj(PJ8, LJ, K1, companies=["长凯石油科技股份有限公司"], inv="公司项目总投资16.5亿元", status="投产",
       status_text="1号车间,LNG低温储罐已投产使用…相继落地施工", status_alt="在建", aliases=["新能源(LNG)装备产业示范园"],
       note="首段作“长凯石油科技股份有限公司新能源(LNG)装备产业示范园”，次段作“长凯公司新能源装备产业示范园项目”；金额为受访者原话"),
  proj("十方仓储物流二期项目", LJ, K3, companies=["十方"], status="投产", status_text="已建成投产", phase="二期"),
  proj("信合中药深加工项目", LJ, K3, companies=["信合"], status="投产", status_text="已建成投产"),
  proj("海德公司3万吨/年丙烯酸丁酯项目", LJ, K3, companies=["海德公司"], status="投产", status_text="已建成投产"),
  proj("利华益集团重油加氢及油品质量升级项目", LJ, K4, companies=["利华益集团"], status="在建", status_text="相继落地施工"),
  proj("高鼎公司新型节能保温墙体装饰材料项目", LJ, K4, companies=["高鼎公司"], status="在建", status_text="相继落地施工"),
 ],
 aggregate_facts=[
  fact(PJ8, "project", "expected_annual_sales_cny", 2.6e9, "cny", "年可实现销售收入26亿元", "建成后（预期）", kind="target", chk=True),
  fact(LJ, "park", "key_industrial_projects", 22, "count", K2, "2014年（当年实施，新建与续建）"),
  fact(LJ, "park", "key_projects_total_investment_cny", 1.28e10, "cny", "总投资128亿元,涉及石油化工、新能源、新材料、装备制造、现代物流等多个方面", "2014年（当年实施，新建与续建）", chk=True),
  fact(LJ, "park", "industrial_output_above_scale_cny", 6.27e10, "cny", "规模以上工业企业实现总产值627亿元、利税57亿元、利润29.2亿元", AS8, kind="cumulative", chk=True),
  fact(LJ, "park", "profit_tax_above_scale_cny", 5.7e9, "cny", "利税57亿元、利润29.2亿元", AS8, kind="cumulative", chk=True),
  fact(LJ, "park", "profit_above_scale_cny", 2.92e9, "cny", "利润29.2亿元,分别同比增长15.5%、18.9%、18.2%", AS8, kind="cumulative", chk=True),
  fact(LJ, "park", "industrial_output_above_scale_yoy_growth", 0.155, "ratio", K5, AS8, kind="ratio"),
  fact(LJ, "park", "profit_tax_above_scale_yoy_growth", 0.189, "ratio", K5, AS8, kind="ratio"),
  fact(LJ, "park", "profit_above_scale_yoy_growth", 0.182, "ratio", K5, AS8, kind="ratio"),
 ])
