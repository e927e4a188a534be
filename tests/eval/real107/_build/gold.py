# real107 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text (full form at first mention, short forms as aliases); 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约
# (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True
# asserts it); US dollars as investment_value / investment_currency or *_usd facts. Growth rates and shares as ratios.
# Projects: the park is the one the text places the project in, null if none (a county is a region, not a park). Status
# from the text's words (集中签约 / 正式签约 → 签约; 集中开工 / 正式开工 → 开工; 施工现场 / 正在进行…施工 → 在建; 新投产 /
# 投产 / 首块组件正式下线 / 正式开业 → 投产). “预计” year or half-year figures are kind target with “（预计）” in as_of;
# expected figures after completion (投产后 / 达产后) are target; year-to-date figures (“今年以来”, “1至2月份”, “累计”) are
# cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/xyNN.raw as returned.

# ---------------------------------------------------------------- xy01 扬州经开区 13 projects signed (扬州网 2022)
YZ = "扬州经济技术开发区"
A0 = "昨天下午,扬州经济技术开发区举行重大项目集中签约仪式,中集智能制造产业园、宝胜长飞海洋工程、新能源风电装备等13个项目集中签约,总投资达138亿元"
A1 = "其中,中集智能制造产业园项目总投资30亿元,在扬设立研发(设计)中心、智能制造中心、全球营运中心等"
A2 = "宝胜长飞海洋工程项目拟增加投资20亿元,用于购置海洋工程装备"
A3 = "上海泰胜新能源风电装备项目,计划在扬建设国内大型风机塔筒生产和出口基地,未来兼顾生产海工装备"
AS1 = "2022-01-29（签约日）"
G["xy01"] = dict(
 article=art("扬州经济技术开发区举行重大项目集中签约仪式", "扬州网（记者 世春 玉菁；“扬州网讯”），载于中国江苏网 jsnews.jschina.com.cn 扬州频道", "2022-01-30", "day",
  "City news site's item on a provincial portal, Jiangsu: a national economic and technological development zone's pre-Spring-Festival signing of 13 projects with their total, three named projects (two with amounts, one an added investment)",
  "https://jsnews.jschina.com.cn/yz/a/202201/t20220130_2939308.shtml",
  "日期取页面“2022-01-30 08:34:00  来源:扬州网”（文中“昨天下午”签约，即 2022-01-29）。标题照录；图片文件名行“webwxgetmsgimg_副本.jpg”、日期来源行、“1”“听新闻”已删。存段末段“签约仪式前,张宝娟、王进健会见了马杰一行,双方就进”在句中中断，整段删去，正文截至“…增添新动能。”，共三段。园区：扬州经济技术开发区（文中又作“扬州经开区”“开发园区”；扬州，江苏；级别文中未说，kind 记“经济技术开发区”）。项目（均为“集中签约”→签约，园区扬州经济技术开发区）：中集智能制造产业园项目（总投资30亿元；首段作“中集智能制造产业园”，列 alias；虽名“产业园”，内容是企业的研发、制造、营运中心，不另列园区）；宝胜长飞海洋工程项目（“拟增加投资20亿元”为增资额，记作投资额并注明）；上海泰胜新能源风电装备项目（首段作“新能源风电装备”，无金额）。事实：13个项目、总投资138亿元（签约当日）。长飞光纤光缆股份有限公司董事长出席仪式，公司列可选（园区未说）。市领导不列。",
  "xy01"),
 parks=[
  park(YZ, "扬州", "江苏", "经济技术开发区", A0, aliases=["扬州经开区"], note="文中又作“扬州经开区”"),
 ],
 companies=[
  comp("长飞光纤光缆股份有限公司", None, "市委书记张宝娟、代市长王进健,长飞光纤光缆股份有限公司董事长马杰出席仪式", opt=True, note="董事长出席签约仪式；园区未说"),
 ],
 projects=[
  proj("中集智能制造产业园项目", YZ, A1, inv="总投资30亿元", status="签约", status_text="集中签约", aliases=["中集智能制造产业园"],
       note="首段作“中集智能制造产业园”；企业研发、制造、营运中心，不作园区"),
  proj("宝胜长飞海洋工程项目", YZ, A2, inv="拟增加投资20亿元", status="签约", status_text="集中签约", aliases=["宝胜长飞海洋工程"],
       note="20亿元为拟增加的投资（增资），用于购置海洋工程装备"),
  proj("上海泰胜新能源风电装备项目", YZ, A3, status="签约", status_text="集中签约", aliases=["新能源风电装备"], note="无金额"),
 ],
 aggregate_facts=[
  fact(YZ, "park", "projects_signed", 13, "count", A0, AS1),
  fact(YZ, "park", "signed_investment_cny", 1.38e10, "cny", "13个项目集中签约,总投资达138亿元", AS1, chk=True),
 ])

# ---------------------------------------------------------------- xy02 通州湾示范区 27 projects started (江海晚报 2021)
TZW = "通州湾示范区"
FZ = "通州湾现代纺织产业园"
B0 = "18日,通州湾示范区一季度27个项目集中开工,其中10亿元以上项目9个、亿元项目18个,项目总投资额达122亿元"
B1 = "其中,顾艺高端家纺面料项目总投资1.6亿美元,预计年产值超10亿元"
B2 = "宗杰高端纺织面料项目总投资10亿元,建成后年生产各类高端功能性涂层织物6000万米,预计年产值超5亿元"
B3 = "11个项目的开工,标志着通州湾现代纺织产业园正式开园"
AS2 = "2021-03-18（开工日）"
G["xy02"] = dict(
 article=art("总投资122亿元 通州湾示范区27个项目集中开工", "江海晚报网（m.jhwb.com.cn，“本网讯”；记者吴霄云）", "2021-03-19", "day",
  "Evening paper's news site, Jiangsu (南通): a coastal development demonstration zone's first-quarter groundbreaking of 27 projects with the total, two named textile projects with investment (one in US dollars) and expected output, the opening of a textile park inside the zone",
  "http://m.jhwb.com.cn/content/2021-03/19/content_3042597.htm",
  "日期取网址 content/2021-03/19（文中“18日”开工）。标题照录；站名行“江海晚报网新闻中心”与“分享按钮”已删。正文四段，完整。园区：通州湾示范区（即江苏通州湾江海联动开发示范区，文中只作“通州湾示范区”“示范区”“通州湾”；南通，江苏）；通州湾现代纺织产业园（“11个项目的开工,标志着…正式开园”，parent 通州湾示范区）。项目（“集中开工”→开工）：顾艺高端家纺面料项目（总投资1.6亿美元：美元金额，investment_cny 空）、宗杰高端纺织面料项目（总投资10亿元）——二者是“11个绿色纺织类项目”中的两个，这11个项目的开工即纺织产业园开园，园区记通州湾现代纺织产业园（由语境推定）。事实：示范区27个项目、总投资122亿元、10亿元以上项目9个（可选）、亿元项目18个（可选）；纺织类项目11个（可选，记于纺织产业园）；两项目“预计年产值超10亿元”“超5亿元”（target，超）。陆卫东（市委常委、示范区党工委书记）不列。",
  "xy02"),
 parks=[
  park(TZW, "南通", "江苏", "示范区（江海联动开发）", B0, aliases=["通州湾"], note="即江苏通州湾江海联动开发示范区；文中又作“示范区”“通州湾”"),
  park(FZ, "南通", "江苏", "产业园（纺织）", B3, parent=TZW, note="11个纺织类项目开工即开园；母园区由语境推定"),
 ],
 projects=[
  proj("顾艺高端家纺面料项目", FZ, B1, inv="总投资1.6亿美元", currency="usd", value=1.6e8, status="开工", status_text="集中开工",
       note="11个绿色纺织类项目之一；园区由“11个项目的开工,标志着通州湾现代纺织产业园正式开园”推定"),
  proj("宗杰高端纺织面料项目", FZ, B2, inv="总投资10亿元", status="开工", status_text="集中开工", note="同上"),
 ],
 aggregate_facts=[
  fact(TZW, "park", "projects_started", 27, "count", B0, AS2),
  fact(TZW, "park", "started_investment_cny", 1.22e10, "cny", "项目总投资额达122亿元", AS2, chk=True),
  fact(TZW, "park", "projects_started_over_1bn", 9, "count", B0, AS2, opt=True, note="10亿元以上项目"),
  fact(TZW, "park", "projects_started_over_100m", 18, "count", B0, AS2, opt=True, note="亿元项目"),
  fact(FZ, "park", "projects_started", 11, "count", "此次共有11个绿色纺织类项目参与集中开工", AS2, opt=True, note="绿色纺织类项目"),
  fact("顾艺高端家纺面料项目", "project", "expected_annual_output_cny", 1e9, "cny", "预计年产值超10亿元", "建成后（预期）", kind="target", qual="超", qtext="超", chk=True),
  fact("宗杰高端纺织面料项目", "project", "expected_annual_output_cny", 5e8, "cny", "预计年产值超5亿元", "建成后（预期）", kind="target", qual="超", qtext="超", chk=True),
 ])

# ---------------------------------------------------------------- xy03 泰兴开发区 6 projects started (中国江苏网 2017)
TX = "泰兴经济开发区"
C0 = "6月16日上午,该开发区举行二季度重大项目集中开工仪式,6个极具转型发展含金量的项目挖下第一锹土。这些项目总投资20.5亿元,全部投产达效后,每年可新增销售收入26.2亿元,新增税收2.6亿元"
C1 = "江苏兆胜集团总投资7亿元建设的年产4.5万台充电桩及1.2万台/套特种冷却设备项目"
C2 = "泰兴跃达实业有限公司总投资6亿元的年产15万吨偏硅酸钠系列产品及2万吨纳米级硅溶胶项目"
C3 = "济川药业集团有限公司总投资1.5亿元的年产2500万瓶蛋白琥珀酸铁口服溶液生产线技术改造项目"
C4 = "泰兴市康鹏专用化学品有限公司建设的年产30吨三氟甲基苯胺技改项目"
C5 = "江苏奥喜埃化工有限公司投资的开发区管线复线工程项目,在满足本公司热、电需求的同时还可向园区企业供应余热"
AS3 = "2017-06-16（开工日）"
ST3 = dict(status="开工", status_text="集中开工")
G["xy03"] = dict(
 article=art("泰兴开发区重大项目集中开工 6个项目总投资20.5亿", "中国江苏网（jsnews.jschina.com.cn 泰州频道；记者谢荣，通讯员张峰、曹济兵）", "2017-06-19", "day",
  "Provincial news portal's city channel, Jiangsu: a county-level (泰兴市) provincial economic development zone's second-quarter groundbreaking — six projects with the total and expected new sales and tax, five named projects with their investors, three with amounts",
  "http://jsnews.jschina.com.cn/tz/a/201706/t20170619_669939.shtml",
  "日期取页面“2017-06-19 16:24:00  来源:中国江苏网”（文中“6月16日上午”开工）。标题照录；图片文件名行、日期来源行、“1”“听新闻”已删。存段末段“今年以来,泰兴经济开发区瞄准…开发园区发展排头兵和”在句中中断，整段删去，正文截至“…向园区企业供应余热。”，共三段。园区：泰兴经济开发区（标题作“泰兴开发区”；泰州市泰兴市，江苏；文中“向…国家级开发区不断迈进”，即当时尚非国家级，kind 记“经济开发区”）。项目（6个集中开工，点名5个，园区均为泰兴经济开发区，状态开工）：兆胜集团充电桩及特种冷却设备项目（7亿元）、跃达实业偏硅酸钠及纳米级硅溶胶项目（6亿元）、济川药业蛋白琥珀酸铁口服溶液生产线技改项目（1.5亿元）、康鹏专用化学品三氟甲基苯胺技改项目（无金额）、奥喜埃化工开发区管线复线工程项目（无金额）；项目名照录文中“年产…项目”。公司：五家投资方，园区记泰兴经济开发区（项目在开发区；奥喜埃“向园区企业供应余热”）。事实：6个项目、总投资20.5亿元；投产达效后每年新增销售收入26.2亿元、新增税收2.6亿元（target）。刘志明（泰兴市市长）不列。",
  "xy03"),
 parks=[
  park(TX, "泰州", "江苏", "经济开发区", "泰兴经济开发区转型步伐又一次提速", district="泰兴市", aliases=["泰兴开发区"], note="标题作“泰兴开发区”；文中又作“该开发区”“开发区”“园区”"),
 ],
 companies=[
  comp("江苏兆胜集团", TX, C1, note="项目投资方"),
  comp("泰兴跃达实业有限公司", TX, C2, note="项目投资方"),
  comp("济川药业集团有限公司", TX, C3, note="技改项目投资方"),
  comp("泰兴市康鹏专用化学品有限公司", TX, C4, note="技改项目建设方"),
  comp("江苏奥喜埃化工有限公司", TX, C5, note="管线复线工程投资方"),
 ],
 projects=[
  proj("年产4.5万台充电桩及1.2万台/套特种冷却设备项目", TX, C1, companies=["江苏兆胜集团"], inv="总投资7亿元", **ST3),
  proj("年产15万吨偏硅酸钠系列产品及2万吨纳米级硅溶胶项目", TX, C2, companies=["泰兴跃达实业有限公司"], inv="总投资6亿元", **ST3),
  proj("年产2500万瓶蛋白琥珀酸铁口服溶液生产线技术改造项目", TX, C3, companies=["济川药业集团有限公司"], inv="总投资1.5亿元", **ST3),
  proj("年产30吨三氟甲基苯胺技改项目", TX, C4, companies=["泰兴市康鹏专用化学品有限公司"], **ST3, note="无金额"),
  proj("开发区管线复线工程项目", TX, C5, companies=["江苏奥喜埃化工有限公司"], **ST3, note="无金额；公共服务配套项目"),
 ],
 aggregate_facts=[
  fact(TX, "park", "projects_started", 6, "count", "6个极具转型发展含金量的项目挖下第一锹土", AS3),
  fact(TX, "park", "started_investment_cny", 2.05e9, "cny", "这些项目总投资20.5亿元", AS3, chk=True),
  fact(TX, "park", "expected_new_sales_cny", 2.62e9, "cny", "每年可新增销售收入26.2亿元,新增税收2.6亿元", "全部投产达效后（预期）", kind="target", chk=True, note="6个开工项目合计"),
  fact(TX, "park", "expected_new_tax_cny", 2.6e8, "cny", "新增税收2.6亿元", "全部投产达效后（预期）", kind="target", chk=True, note="6个开工项目合计"),
 ])

# ---------------------------------------------------------------- xy04 扬州经开区 feature (扬州日报 2022)
D0 = "近日,又一个重大项目落户扬州经济技术开发区——由中集集装箱扬州生产基地投资30亿元的扬州中集智能制造产业园正式开工"
D1 = "1至6月预计完成规模工业总产值457亿元,增长25.1%;工业开票销售505.4亿元,增长22.3%"
D2 = "这是总投资100亿元“双6GW”电池和组件一期项目投产后的核心所在"
D3 = "5月31日,随着6GW组件二期项目首块组件正式下线,扬州晶澳正式形成了10GW组件的生产规模"
D4 = "今年上半年,扬州晶澳产销同比增长130%、140%"
AS4 = "2022年1–6月（预计）"
G["xy04"] = dict(
 article=art("江苏扬州:重大项目转型升级“撑杆跳” 工业经济“加速跑”", "扬州日报（“扬州网讯”；通讯员扬开萱，记者吴生锋、吴忠祥），载于新华报业网 xhby.net 扬州要闻", "2022-07-15", "day",
  "City daily's feature on the provincial press group's portal, Jiangsu: a national economic and technological development zone at mid-year — a 3-billion project started with its expected output, the zone's expected half-year output and sales with growth, a solar firm's first-phase project in production, second phase producing, and half-year growth",
  "http://www.xhby.net/yz/yw/202207/t20220715_7617056.shtml",
  "日期取页面“2022/07/15 14:03  扬州日报”。标题照录；面包屑“新华报业网 > 扬州 > 要闻 > 正文”与日期行已删。存段在末段“6月30日,扬州晶澳母公司、晶澳科技集团与扬州经开区再次签订总投资26.2亿元、10GW高效电池项目投资协”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“今天的项目就是明天的增长点。”；小标题“54个列省列市重大项目“挑大梁””保留为一段；共七段。园区：扬州经济技术开发区（文中又作“扬州经开区”；扬州，江苏）。项目：扬州中集智能制造产业园（中集集装箱扬州生产基地投资30亿元，“正式开工”→开工；虽名“产业园”，为单个企业项目，不另列园区；项目实施后年产值100亿元为 target）；“双6GW”电池和组件一期项目（“总投资100亿元”——按文意为“双6GW”项目总投资，记于一期项目并注明；“投产后”且“去年12月正式投产”→投产）；6GW组件二期项目（“首块组件正式下线”→投产；无金额）。二者园区记扬州经开区（扬州晶澳“成为扬州经开区重大项目建设投产达效的标杆”）。公司：扬州晶澳（又作“扬州晶澳太阳能公司”，在园）；中集集装箱扬州生产基地（投资方，可选；园区未明说）；丹麦维斯塔斯风力技术集团（合作方，可选）；晶澳集团（母公司，可选）。事实：“1至6月预计”规模工业总产值457亿元、增长25.1%，工业开票销售505.4亿元、增长22.3%（同句“预计”，均记 target）；54个列省列市重大项目（小标题，可选）；扬州晶澳上半年产、销增长130%、140%（ratio 1.3、1.4）。",
  "xy04"),
 parks=[
  park(YZ, "扬州", "江苏", "经济技术开发区", D0, aliases=["扬州经开区"], note="文中又作“扬州经开区”"),
 ],
 companies=[
  comp("扬州晶澳", YZ, "今年上半年,扬州晶澳产销同比增长130%、140%,成为扬州经开区重大项目建设投产达效的标杆", aliases=["扬州晶澳太阳能公司"], note="文中又作“扬州晶澳太阳能公司”；“双6GW”一期、6GW组件二期的企业"),
  comp("中集集装箱扬州生产基地", None, D0, opt=True, note="扬州中集智能制造产业园的投资方；园区未明说"),
  comp("丹麦维斯塔斯风力技术集团", None, "合作方之一为世界排名第一的风力发电设备生产商、全球可持续能源领导者丹麦维斯塔斯风力技术集团", opt=True, note="中集项目合作方"),
  comp("晶澳集团", None, "扬州也成为晶澳集团在全国最大的组件生产基地", opt=True, note="扬州晶澳的母公司"),
 ],
 projects=[
  proj("扬州中集智能制造产业园", YZ, D0, companies=["中集集装箱扬州生产基地"], inv="投资30亿元", status="开工", status_text="正式开工",
       note="单个企业项目，不作园区；与丹麦维斯塔斯合作；项目实施后年产值100亿元"),
  proj("“双6GW”电池和组件一期项目", YZ, D2, companies=["扬州晶澳"], inv="总投资100亿元", status="投产", status_text="投产后；自去年12月正式投产",
       phase="一期", note="100亿元按文意为“双6GW”电池和组件项目总投资（记于一期）；园区由“扬州经开区…标杆”推定"),
  proj("6GW组件二期项目", YZ, D3, companies=["扬州晶澳"], status="投产", status_text="首块组件正式下线", phase="二期", note="无金额"),
 ],
 aggregate_facts=[
  fact(YZ, "park", "industrial_output_above_scale_cny", 4.57e10, "cny", "预计完成规模工业总产值457亿元,增长25.1%", AS4, kind="target", chk=True),
  fact(YZ, "park", "industrial_output_above_scale_growth", 0.251, "ratio", D1, AS4, kind="target", note="增长25.1%（预计）"),
  fact(YZ, "park", "industrial_invoiced_sales_cny", 5.054e10, "cny", "工业开票销售505.4亿元,增长22.3%", AS4, kind="target", chk=True, note="与上句同属“1至6月预计”"),
  fact(YZ, "park", "industrial_invoiced_sales_growth", 0.223, "ratio", D1, AS4, kind="target", note="增长22.3%（预计）"),
  fact(YZ, "park", "major_projects_listed", 54, "count", "54个列省列市重大项目“挑大梁”", "2022年", opt=True, note="小标题：列省列市重大项目"),
  fact("扬州中集智能制造产业园", "project", "expected_annual_output_cny", 1e10, "cny", "项目实施后,年可实现产值100亿元", "项目实施后（预期）", kind="target", chk=True),
  fact("扬州晶澳", "company", "output_growth", 1.3, "ratio", D4, "2022年上半年", kind="ratio", note="产（量/值）同比增长130%"),
  fact("扬州晶澳", "company", "sales_growth", 1.4, "ratio", D4, "2022年上半年", kind="ratio", note="销同比增长140%"),
 ])

# ---------------------------------------------------------------- xy05 苏盐合作园区 (盐城日报 2025)
SY = "苏州盐城沿海合作开发园区"
E0 = "2024年,新签约亿元以上项目12个,开工亿元以上项目10个,竣工亿元以上项目8个,合计总投资68.85亿元"
E1 = "4月25日,落户于苏盐合作园区的江苏滏瑞精密电子科技有限公司正式开业"
E2 = "滏瑞精密电子项目总投资2.5亿元,占地面积83亩,建筑面积3万平方米,主要生产各类精密模具,达产后预计年销售额3亿元,税收1500万元"
G["xy05"] = dict(
 article=art("追“新”攀“高” 打造江苏南北合作新标杆", "盐城日报（通讯员高宇、孔钰淮，记者范进），盐城日报数字报 paper.ycnews.cn 第T47版“2025盐城投资”", "2025-05-18", "day",
  "City daily's e-paper investment supplement, Jiangsu: a Suzhou–Yancheng co-built coastal park — last year's counts of projects signed, started and completed with their combined investment, a precision-electronics firm opened with its investment, land, floor area and expected sales and tax, the park's founding and role",
  "https://paper.ycnews.cn/rb/pc/content/202505/18/content_277763.html",
  "日期取版面“2025年05月18日”。标题取“追“新”攀“高” 打造江苏南北合作新标杆”；其上“苏盐合作园区”为版面专题名（不并入标题），其下“苏盐商业广场”“崇文路获省优质工程奖”“芬兰挪世航力船舶科技(盐城)有限公司”“盐城凯林格环保科技有限公司”“标准厂房”为版面图片说明，均已删，版面行与日期行亦删。署名行“□通讯员 高宇 孔钰淮 记者 范进”为版面所载，保留为首段。小标题“发挥资源禀赋”“打造产业集群”各保留为一段。存段末段“苏盐合作园区始终以打造江苏南北合作新标杆为目标,…坚持招商引资与强链补链延链相融合、”在句中中断，整段删去，正文截至“…临港产业承载区。”，共八段（长篇只存前部）。园区：苏州盐城沿海合作开发园区（文中又作“苏盐合作园区”“园区”；盐城，江苏；所在县区文中未说；南北共建园区，2011年9月挂牌）。公司：江苏滏瑞精密电子科技有限公司（“落户于苏盐合作园区”，4月25日“正式开业”）。项目：滏瑞精密电子项目（总投资2.5亿元；“正式开业”→投产）。事实：2024年新签约、开工、竣工亿元以上项目12、10、8个，“合计总投资68.85亿元”（三类合计，reported）；项目占地83亩、建筑面积3万平方米（可选）、达产后年销售额3亿元与税收1500万元（target）。“主要经济指标连续实现3位数增长”无具体数，不计。",
  "xy05"),
 parks=[
  park(SY, "盐城", "江苏", "南北共建园区", "走进苏州盐城沿海合作开发园区,映入眼帘的是热火朝天的项目建设场景", aliases=["苏盐合作园区"],
       note="文中又作“苏盐合作园区”“园区”；2011年9月挂牌，苏州盐城两市共建"),
 ],
 companies=[
  comp("江苏滏瑞精密电子科技有限公司", SY, E1, note="2025年4月25日正式开业；生产精密模具"),
 ],
 projects=[
  proj("滏瑞精密电子项目", SY, E2, companies=["江苏滏瑞精密电子科技有限公司"], inv="总投资2.5亿元", status="投产", status_text="正式开业"),
 ],
 aggregate_facts=[
  fact(SY, "park", "projects_signed", 12, "count", E0, "2024年", note="新签约亿元以上项目"),
  fact(SY, "park", "projects_started", 10, "count", E0, "2024年", note="开工亿元以上项目"),
  fact(SY, "park", "projects_completed", 8, "count", E0, "2024年", note="竣工亿元以上项目"),
  fact(SY, "park", "projects_total_investment_cny", 6.885e9, "cny", "合计总投资68.85亿元", "2024年", chk=True, note="签约、开工、竣工三类亿元以上项目合计"),
  fact("滏瑞精密电子项目", "project", "site_area_mu", 83, "mu", E2, "2025年4月"),
  fact("滏瑞精密电子项目", "project", "floor_area_m2", 30000, "m2", E2, "2025年4月", opt=True),
  fact("滏瑞精密电子项目", "project", "expected_annual_sales_cny", 3e8, "cny", "达产后预计年销售额3亿元,税收1500万元", "达产后（预期）", kind="target", chk=True),
  fact("滏瑞精密电子项目", "project", "expected_annual_tax_cny", 1.5e7, "cny", "税收1500万元", "达产后（预期）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- xy06 苏宿工业园区 十一连冠 (苏州日报 2021)
SS = "苏州宿迁工业园区"
F0 = "日前,全省南北共建园区2019年度建设发展情况评估结果出炉,苏州宿迁工业园区位列第一、实现“十一连冠”"
F1 = "在全省南北共建园区2019年度评估中,除苏州宿迁工业园区位列第一外,吴江经济技术开发区泗阳工业园、常熟高新区泗洪工业园、昆山沭阳工业园区、吴中经济技术开发区宿城工业园、张家港经济技术开发区宿豫工业园,分别位列第三、第四、第五、第六、第八位"
F2 = "作为全省共建园区的“领头羊”,苏宿工业园区2006年建设以来,已累计完成一般公共预算收入79亿元、税收收入147亿元,引进投资超过610亿元,进出口总额达21亿美元"
F3 = "园区将在现有13.6平方公里的基础上再拓展7.75平方公里"
F4 = "规划面积扩大至21.35平方公里,在原有基础上拓园7.75平方公里,到2025年全部完成"
ASC = "2006年至2021年1月（累计）"
G["xy06"] = dict(
 article=art("苏宿工业园区夺“十一连冠”", "苏州日报，载于中国经济网 district.ce.cn 地方经济频道（“来源:苏州日报”；署名存段未示）", "2021-01-08", "day",
  "City daily's item relayed by a national economic portal's regional channel, Jiangsu: a Suzhou–Suqian co-built industrial park tops the provincial ranking of co-built parks for the 11th time — the five other co-built parks' ranks, the park's cumulative budget revenue, tax, investment attracted and trade since 2006, its approved expansion",
  "http://district.ce.cn/newarea/roll/202101/08/t20210108_36202526.shtml",
  "日期取页面“2021年01月08日 09:24   来源:苏州日报”。标题照录；两行副题“全省南北共建园区2019年度建设发展情况评估结果出炉”“《苏州宿迁工业园区高质量发展总体方案》获批”保留为正文前两段。存段末段“下一步,苏宿工业园区将按照…不断优化园区产业”在句中中断，整段删去，正文截至“…到2025年全部完成。”，共五段。园区：苏州宿迁工业园区（标题作“苏宿工业园区”；宿迁，江苏；南北共建园区，2006年建设）；另五个苏州宿迁共建园区照录全名：吴江经济技术开发区泗阳工业园（宿迁市泗阳县）、常熟高新区泗洪工业园（泗洪县）、昆山沭阳工业园区（沭阳县）、吴中经济技术开发区宿城工业园（宿城区）、张家港经济技术开发区宿豫工业园（宿豫区）——县区由园区名推定；各名中的苏州一方园区（吴江经济技术开发区、常熟高新区、吴中经济技术开发区、张家港经济技术开发区）只在名中出现，列可选园区（苏州）；名次不记为事实。事实（苏宿工业园区，2006年以来累计，cumulative）：一般公共预算收入79亿元、税收收入147亿元、引进投资超过610亿元（超）、进出口总额21亿美元（usd）；现有面积13.6平方公里（reported）、规划面积扩大至21.35平方公里与拓园7.75平方公里（到2025年，target）。",
  "xy06"),
 parks=[
  park(SS, "宿迁", "江苏", "南北共建园区", F0, aliases=["苏宿工业园区"], note="标题作“苏宿工业园区”；2006年建设；苏州、宿迁共建"),
  park("吴江经济技术开发区泗阳工业园", "宿迁", "江苏", "南北共建园区", F1, district="泗阳县", note="县由园名推定"),
  park("常熟高新区泗洪工业园", "宿迁", "江苏", "南北共建园区", F1, district="泗洪县", note="县由园名推定"),
  park("昆山沭阳工业园区", "宿迁", "江苏", "南北共建园区", F1, district="沭阳县", note="县由园名推定"),
  park("吴中经济技术开发区宿城工业园", "宿迁", "江苏", "南北共建园区", F1, district="宿城区", note="区由园名推定"),
  park("张家港经济技术开发区宿豫工业园", "宿迁", "江苏", "南北共建园区", F1, district="宿豫区", note="区由园名推定"),
  park("吴江经济技术开发区", "苏州", "江苏", "经济技术开发区", F1, district="吴江区", opt=True, note="只在共建园区名中"),
  park("常熟高新区", "苏州", "江苏", "高新区", F1, district="常熟市", opt=True, note="只在共建园区名中"),
  park("吴中经济技术开发区", "苏州", "江苏", "经济技术开发区", F1, district="吴中区", opt=True, note="只在共建园区名中"),
  park("张家港经济技术开发区", "苏州", "江苏", "经济技术开发区", F1, district="张家港市", opt=True, note="只在共建园区名中"),
 ],
 aggregate_facts=[
  fact(SS, "park", "general_budget_revenue_cny", 7.9e9, "cny", "已累计完成一般公共预算收入79亿元、税收收入147亿元", ASC, kind="cumulative", chk=True),
  fact(SS, "park", "tax_revenue_cny", 1.47e10, "cny", "税收收入147亿元,引进投资超过610亿元", ASC, kind="cumulative", chk=True),
  fact(SS, "park", "investment_attracted_cny", 6.1e10, "cny", "引进投资超过610亿元,进出口总额达21亿美元", ASC, kind="cumulative", qual="超", qtext="超过", chk=True),
  fact(SS, "park", "trade_usd", 2.1e9, "usd", "进出口总额达21亿美元", ASC, kind="cumulative"),
  fact(SS, "park", "area_km2", 13.6, "km2", F3, "2021年1月"),
  fact(SS, "park", "planned_area_km2", 21.35, "km2", F4, "到2025年（规划）", kind="target"),
  fact(SS, "park", "expansion_area_km2", 7.75, "km2", F4, "到2025年（规划）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- xy07 灌云县 临港产业区 (灌云县政府网 2025)
LG = "灌云县临港产业区"
H0 = "日前,在连云港嘉澳新能源有限公司生产车间内,新投产的生物航煤生产线正在高速运转。该项目总投资168亿元,历经技改后当月可实现产值3亿元"
H1 = "在灌云县临港产业区内,各重点项目争分夺秒,全力以赴推进项目建设"
H2 = "3月27日下午,在江苏恒基新材料有限公司新建年产100万吨负极材料前驱体及余热综合利用项目施工现场"
H3 = "该项目是市重点产业项目,总投资34.62亿元,主要产品为负极材料前驱体及高密度煅后焦,由连云港能胜建设有限公司承建"
AS7 = "2025年1–2月"
G["xy07"] = dict(
 article=art("（无标题）灌云县：嘉澳生物航煤生产线投产 临港产业区恒基负极材料前驱体项目加快建设 1至2月规上工业总产值增长11.8%", "灌云县人民政府网站（www.guanyun.gov.cn，信息来源:灌云县；署名存段未示）", "2025-04-08", "day",
  "County government website's news, Jiangsu (连云港): a county's industry at the start of the year — a biojet-fuel line newly in production with its investment and monthly output, the county's January–February output, investment and trade growth, a negative-electrode precursor project under construction in the county's port industrial zone with its investment and contractor",
  "http://www.guanyun.gov.cn/gyxzf/xxdt/content/997a1c21-62b2-4c2e-9c9f-3b91a5d5b75f.html",
  "日期取页面“时间:2025-04-08 08:41 信息来源:灌云县”（该行与字号、打印等按钮已删）。存段无标题（title 为编者概括）。存段在末句“连云港能胜建设有限公司负责人表示,…力争前期循环水站、辅助用房一、煅烧车间一、磨粉造粒车间、”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…等工程施工。””，共四段。园区：灌云县临港产业区（连云港市灌云县，江苏）。项目：连云港嘉澳新能源有限公司的生物航煤生产线（“新投产”→投产；总投资168亿元；文中未说所在园区，park null）；江苏恒基新材料有限公司新建年产100万吨负极材料前驱体及余热综合利用项目（总投资34.62亿元；施工现场、“正在进行…工程施工”→在建；园区由“在灌云县临港产业区内,各重点项目…”下一段推定为临港产业区）。公司：嘉澳（park null）、恒基（临港产业区）、连云港能胜建设有限公司（承建方，可选）。事实：嘉澳项目“当月可实现产值3亿元”（可选）；灌云县（region）1至2月规上工业总产值32.3亿元、增长11.8%，固定资产投资28亿元、增长14.3%，工业投资17.84亿元（可选增速）、工业技改投资6.93亿元、工业用电量增长69%、外贸进出口增长115.2%（部分可选；年初至今，cumulative / ratio）。",
  "xy07"),
 parks=[
  park(LG, "连云港", "江苏", "产业区（临港）", H1, district="灌云县"),
 ],
 companies=[
  comp("连云港嘉澳新能源有限公司", None, H0, note="生物航煤生产线；所在园区文中未说"),
  comp("江苏恒基新材料有限公司", LG, H2, note="园区由上一段“在灌云县临港产业区内,各重点项目…”推定"),
  comp("连云港能胜建设有限公司", None, H3, opt=True, note="承建方"),
 ],
 projects=[
  proj("生物航煤生产线", None, H0, companies=["连云港嘉澳新能源有限公司"], inv="总投资168亿元", status="投产", status_text="新投产",
       note="所在园区文中未说"),
  proj("新建年产100万吨负极材料前驱体及余热综合利用项目", LG, H3, companies=["江苏恒基新材料有限公司"], inv="总投资34.62亿元", status="在建",
       status_text="施工现场；正在进行…工程施工", note="市重点产业项目；园区由语境推定"),
 ],
 aggregate_facts=[
  fact("生物航煤生产线", "project", "monthly_output_cny", 3e8, "cny", "历经技改后当月可实现产值3亿元", "2025年（技改后当月）", opt=True),
  fact("灌云县", "region", "industrial_output_above_scale_cny", 3.23e9, "cny", "全县完成规上工业总产值32.3亿元,同比增长11.8%", AS7, kind="cumulative", chk=True),
  fact("灌云县", "region", "industrial_output_above_scale_growth", 0.118, "ratio", "全县完成规上工业总产值32.3亿元,同比增长11.8%", AS7, kind="ratio"),
  fact("灌云县", "region", "fixed_asset_investment_cny", 2.8e9, "cny", "固定资产投资28亿元,同比增长14.3%", AS7, kind="cumulative", chk=True),
  fact("灌云县", "region", "fixed_asset_investment_growth", 0.143, "ratio", "固定资产投资28亿元,同比增长14.3%", AS7, kind="ratio"),
  fact("灌云县", "region", "industrial_investment_cny", 1.784e9, "cny", "其中工业投资17.84亿元,同比增长18.3%", AS7, kind="cumulative", chk=True),
  fact("灌云县", "region", "industrial_investment_growth", 0.183, "ratio", "其中工业投资17.84亿元,同比增长18.3%", AS7, kind="ratio", opt=True),
  fact("灌云县", "region", "tech_renovation_investment_cny", 6.93e8, "cny", "工业技改投资6.93亿元,同比增长19.9%", AS7, kind="cumulative", chk=True, opt=True),
  fact("灌云县", "region", "tech_renovation_investment_growth", 0.199, "ratio", "工业技改投资6.93亿元,同比增长19.9%", AS7, kind="ratio", opt=True),
  fact("灌云县", "region", "industrial_electricity_growth", 0.69, "ratio", "工业用电量同比增长69%", AS7, kind="ratio", opt=True),
  fact("灌云县", "region", "trade_growth", 1.152, "ratio", "外贸进出口同比增长115.2%", AS7, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- xy08 淮阴经济开发区 桑乐 signing (solarbe 2008)
HY = "淮阴经济开发区"
K0 = "11月5日下午,总投资2.5亿元的江苏桑乐数字化太阳能项目正式签约"
K1 = "据悉,江苏桑乐数字化太阳能项目固定资产总投资2.5亿元,由山东桑乐太阳能有限公司投资兴建。项目占地200亩"
K2 = "区委常委、淮阴经济开发区管委会主任时洪兵与山东桑乐太阳能有限公司总经理高靖平在项目投资协议书上签字"
G["xy08"] = dict(
 article=art("（无标题）总投资2.5亿元的江苏桑乐数字化太阳能项目在淮安签约 淮阴经济开发区管委会签署投资协议", "索比光伏网 news.solarbe.com（原发媒体与署名未注明；“编辑:xiaoyao”）", "2008-11-08", "day",
  "Solar-industry news site relaying a local item, Jiangsu (淮安): a solar water-heater project signed with a Shandong firm — investment, land, capacity, expected output and profit-tax; the district's development zone signs the investment agreement",
  "https://news.solarbe.com/200811/08/278111.html",
  "日期取网址 200811/08（文中“11月5日下午”签约；年份只见于网址）。存段无标题、无日期行（title 为编者概括）；末行“(编辑:xiaoyao)”已删。正文四段，完整。园区：淮阴经济开发区（淮安市淮阴区，江苏；文中“区委书记”“区领导”即淮阴区）。项目：江苏桑乐数字化太阳能项目（“正式签约”→签约；总投资2.5亿元，第二段作“固定资产总投资2.5亿元”；投资方山东桑乐太阳能有限公司；园区由“淮阴经济开发区管委会主任…在项目投资协议书上签字”推定为淮阴经济开发区）。公司：山东桑乐太阳能有限公司（投资方，山东企业，park null）。机构：淮阴经济开发区管委会（签约方，可选）。事实：项目占地200亩、年产能力100万台(套)（可选）、建成投产后每年产值18亿元、利税1亿元（target）。市、区领导不列。",
  "xy08"),
 parks=[
  park(HY, "淮安", "江苏", "经济开发区", K2, district="淮阴区"),
 ],
 companies=[
  comp("山东桑乐太阳能有限公司", None, K1, note="投资方；山东企业"),
 ],
 institutions=[
  inst("淮阴经济开发区管委会", K2, park=HY, note="项目投资协议签约方"),
 ],
 projects=[
  proj("江苏桑乐数字化太阳能项目", HY, K0, companies=["山东桑乐太阳能有限公司"], inv="总投资2.5亿元", status="签约", status_text="正式签约",
       note="第二段作“固定资产总投资2.5亿元”；园区由淮阴经济开发区管委会主任签署协议推定"),
 ],
 aggregate_facts=[
  fact("江苏桑乐数字化太阳能项目", "project", "site_area_mu", 200, "mu", K1, "2008年11月（签约时）"),
  fact("江苏桑乐数字化太阳能项目", "project", "annual_capacity_units", 1000000, "units", "将形成年产能力100万台(套)数字化太阳能热水器的生产基地", "建成后（规划）", kind="target", opt=True),
  fact("江苏桑乐数字化太阳能项目", "project", "expected_annual_output_cny", 1.8e9, "cny", "项目建成投产后,每年可实现产值18亿元、利税1亿元", "建成投产后（预期）", kind="target", chk=True),
  fact("江苏桑乐数字化太阳能项目", "project", "expected_annual_profit_tax_cny", 1e8, "cny", "利税1亿元", "建成投产后（预期）", kind="target", chk=True),
 ])
