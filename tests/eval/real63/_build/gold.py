# real63 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a county or district is a region, not a park). Status from the
# text's words (开工 / 集中开工 → 开工; 投产 / 建成投产 / 已量产 / 试营业 → 投产; 正在施工 / “将于…建成” / “年内完成主体工程” → 在建;
# 签约 / 已签约 / 签约落地 / 签订正式协议 → 签约). “预计” / “达产后” figures are kind target; year-to-date counts (“截至今年9月”)
# are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/ygNN.raw as returned.

# ---------------------------------------------------------------- yg01 衡东:园区筑巢引来“金凤凰” (华声在线 2023)
HD = "衡东经济开发区"
A0 = "“好消息!省政府已认定衡东经济开发区(衡东化工片区)为化工园区,为化工企业入园拿到了‘准入证’。”"
A1 = "目前,园区拥有湖南荣桓科技、广信科技、湖南有色衡东氟化学等10多家规上化工企业"
A2 = "去年,湖南荣桓科技生产的锂电池阳极材料产品,俏销国内化工市场,年产值逾13亿元"
A3 = "纳格聚酯树脂、中经锂电池等20多个项目已签约,即将入驻"
A4 = "据了解,2022年,衡东经开区完成技工贸总收入129.6亿元,同比增长26.4%,完成规模以上工业增加值37.9亿元,同比增长21.8%,实现税收6.79亿元,同比增长25.7%"
A5 = "今年,衡东县将重点推进绿色低碳盐碱产业园项目和湘投国际燃气发电项目建设"
A6 = "全力推进已签约供地的古汉医药科技园、纳格新材料、衡兴气体、凯美科化工、泰格新材料、新亘源新材料、南东有色、中经锂电等9个项目的开工、达产"
A7 = "加速推进泵业智造产业园、印章文化产业园、辉宏机械汽车零部件智能制造等项目"
A8 = "湘投国际衡东燃气发电项目开工仪式"
ASA = "2023年5月"
G["yg01"] = dict(
 article=art("衡东:园区筑巢引来“金凤凰”", "华声在线（hy.voc.com.cn 衡阳频道；作者 陈鸿飞 李永民 肖俊 颜伶俐）", "2023-05-25", "day",
  "Provincial portal's city channel (湖南日报 group), Hunan: a county's provincial-level development zone recognised as a chemical park — three named chemical firms, one firm's output, the zone's firm counts, projects signed to enter, the zone's 2022 revenue, value-added and tax with growth, and the county's projects to be pushed (signed and land-supplied, to start)",
  "https://hy.voc.com.cn/view.php?cid=166&tid=162601",
  "日期取页面“发布时间:2023-05-25 来源:华声在线”。标题照录；“滚动资讯:”、发布时间行、“一审…三审”行与页尾栏目已删。正文完整（六个文字段）；页内两条图片说明“湘投国际衡东燃气发电项目开工仪式”“湘油泵生产车间一瞥”夹在段落之间，作为段落照录（未删）。园区：衡东经济开发区（文中又作“衡东经开区”“园区”；“省级园区”；衡阳市衡东县，湖南）；“衡东化工片区”为其被认定为化工园区的片区（可选，parent 衡东经济开发区）。公司：湖南荣桓科技、广信科技、湖南有色衡东氟化学——“园区拥有”，在园；湘油泵只见于图片说明（可选，园区未说）。项目：纳格聚酯树脂、中经锂电池——“20多个项目已签约,即将入驻”（该段讲园区，park 记衡东经济开发区，签约）；后文“已签约供地的…纳格新材料…中经锂电等9个项目”中的“纳格新材料”“中经锂电”推定为同一两项目（列 alias）；其余六个（古汉医药科技园、衡兴气体、凯美科化工、泰格新材料、新亘源新材料、南东有色）为县里“已签约供地”、待开工的项目，文中未说落在哪个园区，park null（判断点：语境是园区报道，但句子主语是衡东县）。湘投国际衡东燃气发电项目：图片说明称“开工仪式”→开工（正文作“湘投国际燃气发电项目”，列 alias）；绿色低碳盐碱产业园项目：县“重点推进…建设”，未说阶段，status null；泵业智造产业园、印章文化产业园（可选）、辉宏机械汽车零部件智能制造：“加速推进”，status null。事实：园区企业106家、规上工业企业75家、规上化工企业10多家（可选）、已签约即将入驻项目20多个（截至2023年5月）；2022年技工贸总收入129.6亿元、规上工业增加值37.9亿元、税收6.79亿元及增速；荣桓科技2022年产值逾13亿元（超）；县9个待开工项目（可选）。",
  "yg01"),
 parks=[
  park(HD, "衡阳", "湖南", "经济开发区（省级）", A0, district="衡东县", aliases=["衡东经开区"], note="文中又作“衡东经开区”“园区”；省级园区"),
  park("衡东化工片区", "衡阳", "湖南", "化工园区（片区）", A0, district="衡东县", parent=HD, opt=True, note="被省政府认定为化工园区的片区"),
  park("泵业智造产业园", "衡阳", "湖南", "产业园", A7, district="衡东县", opt=True, note="县加速推进的项目；作为园区可选"),
  park("印章文化产业园", "衡阳", "湖南", "产业园", A7, district="衡东县", opt=True, note="同上"),
 ],
 companies=[
  comp("湖南荣桓科技", HD, A1, note="园区规上化工企业；锂电池阳极材料"),
  comp("广信科技", HD, A1, note="园区规上化工企业"),
  comp("湖南有色衡东氟化学", HD, A1, note="园区规上化工企业"),
  comp("湘油泵", None, "湘油泵生产车间一瞥", opt=True, note="只见于图片说明"),
  comp("湘投国际", None, A8, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("纳格聚酯树脂", HD, A3, aliases=["纳格新材料"], status="签约", status_text="已签约,即将入驻",
       note="与后文“纳格新材料”推定为同一项目；园区由所在段落（讲园区）推定"),
  proj("中经锂电池", HD, A3, aliases=["中经锂电"], status="签约", status_text="已签约,即将入驻",
       note="与后文“中经锂电”推定为同一项目；园区同上"),
  proj("古汉医药科技园", None, A6, status="签约", status_text="已签约供地", note="县推进其开工、达产；园区未说"),
  proj("衡兴气体", None, A6, status="签约", status_text="已签约供地", note="同上"),
  proj("凯美科化工", None, A6, status="签约", status_text="已签约供地", note="同上"),
  proj("泰格新材料", None, A6, status="签约", status_text="已签约供地", note="同上"),
  proj("新亘源新材料", None, A6, status="签约", status_text="已签约供地", note="同上"),
  proj("南东有色", None, A6, status="签约", status_text="已签约供地", note="同上"),
  proj("湘投国际衡东燃气发电项目", None, A8, aliases=["湘投国际燃气发电项目"], companies=["湘投国际"], status="开工", status_text="开工仪式",
       note="状态取自图片说明；正文作“湘投国际燃气发电项目”，县重点推进建设；园区未说"),
  proj("绿色低碳盐碱产业园项目", None, A5, note="县重点推进建设；阶段未说"),
  proj("辉宏机械汽车零部件智能制造", None, A7, note="县加速推进；阶段未说"),
  proj("泵业智造产业园", None, A7, opt=True, note="县加速推进的产业园项目"),
  proj("印章文化产业园", None, A7, opt=True, note="同上"),
 ],
 aggregate_facts=[
  fact(HD, "park", "firms", 106, "count", "目前,园区拥有企业106家", ASA),
  fact(HD, "park", "above_scale_firms", 75, "count", "其中,规上工业企业75家", ASA, note="规上工业企业"),
  fact(HD, "park", "above_scale_chemical_firms", 10, "count", A1, ASA, qual="余", qtext="多", opt=True),
  fact(HD, "park", "projects_signed", 20, "count", A3, ASA, qual="余", qtext="多", note="已签约、即将入驻"),
  fact(HD, "park", "tech_industry_trade_revenue_cny", 1.296e10, "cny", "衡东经开区完成技工贸总收入129.6亿元,同比增长26.4%", "2022年", chk=True),
  fact(HD, "park", "tech_industry_trade_revenue_yoy_growth", 0.264, "ratio", "衡东经开区完成技工贸总收入129.6亿元,同比增长26.4%", "2022年", kind="ratio"),
  fact(HD, "park", "above_scale_industrial_value_added_cny", 3.79e9, "cny", "完成规模以上工业增加值37.9亿元,同比增长21.8%", "2022年", chk=True),
  fact(HD, "park", "above_scale_industrial_value_added_yoy_growth", 0.218, "ratio", "完成规模以上工业增加值37.9亿元,同比增长21.8%", "2022年", kind="ratio"),
  fact(HD, "park", "tax_revenue_cny", 6.79e8, "cny", "实现税收6.79亿元,同比增长25.7%", "2022年", chk=True),
  fact(HD, "park", "tax_revenue_yoy_growth", 0.257, "ratio", "实现税收6.79亿元,同比增长25.7%", "2022年", kind="ratio"),
  fact("湖南荣桓科技", "company", "output_cny", 1.3e9, "cny", A2, "2022年", qual="超", qtext="逾", chk=True),
  fact("衡东县", "region", "signed_projects_to_start", 9, "count", A6, "2023年（计划）", kind="target", opt=True, note="已签约供地、今年推进开工达产"),
 ])

# ---------------------------------------------------------------- yg02 随州高新区打造全市经济第一增长极 (随州日报社 2017)
SZ = "随州高新区"
B0 = "齐星集团新能源电动轻型卡车研发及制造项目已量产,叶开泰国药扩能项目正在火热施工,闵顺游乐园试营业……近日,走在随州高新区"
B1 = "国电投湖北分公司天然气综合智慧能源项目,建成后可满足高新区及周边工商企业集中供热、供冷、生活热水和部分用电需求,一期投资约22亿元"
B2 = "叶开泰国药扩能项目总投资17亿元,一期项目正在施工"
B3 = "中盐红四方重组三得利肥业,项目落地后将年新增产值5亿元以上"
B4 = "湖北三箭建筑公司总部落户高新区,填补了我市建筑业一级资质空白"
B5 = "黄鹤楼酒业随州生产基地改造扩能项目,计划在原址扩产至年产1万吨产能"
B6 = "深圳古瑞瓦特新能源公司已与高新区签订正式协议,分期建设光伏逆变器和储能设备产业园"
B7 = "今年以来,高新区把招商引资作为“一号工程”,坚持做大总量、做优结构的双重导向,以“立即、现在、马上”的工作作风,推动一批重点项目签约落地"
G["yg02"] = dict(
 article=art("随州高新区打造全市经济第一增长极", "随州日报社（信息来源），载于随州市人民政府网 suizhou.gov.cn 专题页", "2017-07-07", "day",
  "City daily item on the city government site, Hubei: a high-tech zone's mid-year project round-up — a truck project in volume production, a pharmaceutical expansion under construction with its investment, a string of projects signed and landed (energy project with phase-1 investment, a restructuring, a headquarters, a liquor expansion, a photovoltaic park), above-scale firm count",
  "http://www.suizhou.gov.cn/zt/zwzt/2019/xxxcgcsjdjs/bpcg/202001/t20200104_625038.shtml",
  "日期取页面“发布时间:2017-07-07 10:12 信息来源:随州日报社”（网址中的2020/01为专题归档日期）。标题照录；无障碍工具条、发布时间/信息来源/编辑/审核行与“打印”已删。存段在第三段“齐星集团工业机器人焊接生产线已安装调试试产,新能源电动轻型卡车研发及”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…“六大产业”生机勃勃。”，共三段。园区：随州高新区（文中又作“高新区”；随州，湖北；级别文中未说）。项目（均在随州高新区）：齐星集团新能源电动轻型卡车研发及制造项目——“已量产”→投产；叶开泰国药扩能项目——总投资17亿元，一期正在施工→在建；第二段以“推动一批重点项目签约落地”总起，其后所列：国电投湖北分公司天然气综合智慧能源项目（一期投资约22亿元，约；金额只是一期，phase 记一期）、黄鹤楼酒业随州生产基地改造扩能项目——status 记签约（取段首“签约落地”，判断点）；深圳古瑞瓦特新能源公司“已与高新区签订正式协议”分期建设的光伏逆变器和储能设备产业园——签约；闵顺游乐园“试营业”→投产（可选）。中盐红四方重组三得利肥业无项目名，只列公司（可选）及“年新增产值5亿元以上”（target，超，可选）；湖北三箭建筑公司“总部落户高新区”→公司在园。事实：规模以上企业增至70家（2017年7月）。",
  "yg02"),
 parks=[
  park(SZ, "随州", "湖北", "高新区", B0, note="文中又作“高新区”“全区”"),
 ],
 companies=[
  comp("齐星集团", SZ, B0, note="新能源电动轻型卡车项目已量产；工业机器人焊接生产线试产"),
  comp("湖北三箭建筑公司", SZ, B4, note="总部落户高新区"),
  comp("深圳古瑞瓦特新能源公司", SZ, B6, opt=True, note="与高新区签订正式协议，建设产业园；深圳企业"),
  comp("国电投湖北分公司", SZ, B1, opt=True, note="项目名中的业主"),
  comp("黄鹤楼酒业", SZ, B5, opt=True, note="随州生产基地改造扩能"),
  comp("三得利肥业", SZ, B3, opt=True, note="被中盐红四方重组；园区由段落推定"),
  comp("中盐红四方", None, B3, opt=True, note="重组方"),
 ],
 projects=[
  proj("齐星集团新能源电动轻型卡车研发及制造项目", SZ, B0, companies=["齐星集团"], status="投产", status_text="已量产"),
  proj("叶开泰国药扩能项目", SZ, B2, inv="总投资17亿元", status="在建", status_text="一期项目正在施工", note="导语作“正在火热施工”"),
  proj("国电投湖北分公司天然气综合智慧能源项目", SZ, B1, companies=["国电投湖北分公司"], inv="一期投资约22亿元", qual="约", qual_text="约",
       phase="一期", status="签约", status_text="签约落地", note="金额为一期投资；状态取段首“推动一批重点项目签约落地”"),
  proj("黄鹤楼酒业随州生产基地改造扩能项目", SZ, B5, companies=["黄鹤楼酒业"], status="签约", status_text="签约落地",
       note="计划在原址扩产至年产1万吨；状态取段首总述"),
  proj("光伏逆变器和储能设备产业园", SZ, B6, companies=["深圳古瑞瓦特新能源公司"], status="签约", status_text="签订正式协议", note="分期建设"),
  proj("闵顺游乐园", SZ, B0, status="投产", status_text="试营业", opt=True, note="游乐园试营业"),
 ],
 aggregate_facts=[
  fact(SZ, "park", "above_scale_firms", 70, "count", "全区规模以上企业增至70家", "2017年7月"),
  fact("三得利肥业", "company", "expected_new_annual_output_cny", 5e8, "cny", "项目落地后将年新增产值5亿元以上", "项目落地后（预期）",
       kind="target", qual="超", qtext="以上", opt=True, chk=True, note="中盐红四方重组三得利肥业"),
 ])

# ---------------------------------------------------------------- yg03 三明沙县 签约项目41个 (东南网 2021)
SM = "三明高新技术产业开发区"
MP = "马铺化工园"
C0 = "三明市沙县区借着举办2021小吃旅游文化系列活动的东风,围绕高端机械装备、硅及化工新材料、生物医药及食品等“3+1”主导产业举行招商推介会,共签约项目41个,总投资74.38亿元"
C1 = "由福建华忠生态科技发展有限公司投资10亿元的花卉数字产业园项目,计划落户三明高新技术产业开发区站前片区"
C2 = "古村速冻食品智能化加工及冷链物流一体化建设项目总投资3.31亿元"
C3 = "总投资3.15亿元的新材料生产项目,计划于三明高新技术产业开发区马铺化工园内建设建设年产1.2万吨的新材料塑胶制品生产线10条及配套设施"
ASC = "2021年12月7日（招商推介会）"
G["yg03"] = dict(
 article=art("大招商 招好商|三明沙县:签约项目41个总投资74.38亿元", "东南网（fjsen.com 三明频道“本网原创”；本网记者 刘惠萍）", "2021-12-08", "day",
  "Provincial portal's city channel, Fujian: a district's investment-promotion signing — 41 projects and their total, three named projects with amounts, two of them placed in the city's high-tech zone (one in its chemical park)",
  "http://sm.fjsen.com/2021-12/08/content_30908902.htm",
  "日期取页面“2021-12-08 15:06:33 刘惠萍 来源:东南网”；文中“12月7日”为推介会日期。标题照录（含栏目题“大招商 招好商|”）；位置栏、时间来源行、“分享到:”“相关阅读:”及页尾工具已删。正文完整，三段。“计划于…马铺化工园内建设建设年产…”中“建设建设”原文如此，照录。园区：三明高新技术产业开发区（沙县区，三明，福建；级别文中未说）；“站前片区”为其片区（不单列园区）；马铺化工园在该高新区内（parent 三明高新技术产业开发区）。项目：三个均为推介会签约项目中的举例（“共签约项目41个”之后列出）→签约（判断点：文中对单个项目只说“计划落户/计划于…建设”）。花卉数字产业园项目——福建华忠生态科技发展有限公司投资10亿元，计划落户高新区站前片区；古村速冻食品智能化加工及冷链物流一体化建设项目——总投资3.31亿元，园区未说（park null）；新材料生产项目——总投资3.15亿元，计划于马铺化工园内建设（park 记马铺化工园）。公司：福建华忠生态科技发展有限公司（项目计划落户高新区，park 记三明高新技术产业开发区）。事实：沙县区（region）签约项目41个、总投资74.38亿元。",
  "yg03"),
 parks=[
  park(SM, "三明", "福建", "高新技术产业开发区", C1, district="沙县区", note="文中有“站前片区”“马铺化工园”两处"),
  park(MP, "三明", "福建", "化工园", C3, district="沙县区", parent=SM, note="在三明高新技术产业开发区内"),
 ],
 companies=[
  comp("福建华忠生态科技发展有限公司", SM, C1, note="投资花卉数字产业园项目，计划落户高新区站前片区"),
 ],
 projects=[
  proj("花卉数字产业园项目", SM, C1, companies=["福建华忠生态科技发展有限公司"], inv="投资10亿元", status="签约", status_text="签约（推介会签约项目之一）；计划落户",
       note="站前片区"),
  proj("古村速冻食品智能化加工及冷链物流一体化建设项目", None, C2, inv="总投资3.31亿元", status="签约", status_text="签约（推介会签约项目之一）", note="园区未说"),
  proj("新材料生产项目", MP, C3, inv="总投资3.15亿元", status="签约", status_text="签约（推介会签约项目之一）；计划于马铺化工园内建设",
       note="年产1.2万吨新材料塑胶制品生产线10条"),
 ],
 aggregate_facts=[
  fact("沙县区", "region", "projects_signed", 41, "count", C0, ASC),
  fact("沙县区", "region", "signed_investment_cny", 7.438e9, "cny", "共签约项目41个,总投资74.38亿元", ASC, chk=True),
 ])

# ---------------------------------------------------------------- yg04 岳阳经开区 17个项目集中开工、19个项目集中签约 (岳阳日报 2023)
YY = "岳阳经济技术开发区"
D0 = "2月17日上午,全市项目建设主战场经开区迎来2023年一季度产业项目集中签约暨重大项目集中开工"
D1 = "共签约项目52个,合同投资额357亿元;开工项目46个,建成投产43个"
D2 = "本次共签约项目19个,总投资额163.6亿元"
D3 = "集中开工项目17个,总投资额126.6亿元"
D4 = "特别是洞庭能源谷碳基材料产业园项目,借力中南大学碳基复合材料技术优势,研发生产最新碳基复合材料技术,建成后将助力经开区打造中国“碳谷”"
D5 = "万达广场大型商业综合体总投资60亿元"
D6 = "北京亦庄投资合作项目总投资3亿元,依托北京亦庄的丰富产业资源与先进科技成果优势,大力助推通航产业园运营体系建设及临空经济区优质项目导入"
ASD = "2023年2月17日（集中签约暨集中开工）"
G["yg04"] = dict(
 article=art("打造中国“碳谷”!经开区17个项目集中开工、19个项目集中签约", "岳阳日报（全媒体采访中心 记者 方璐），载于岳阳网 803.com.cn 县区·经开区栏", "2023-02-17", "day",
  "City daily on its portal, Hunan: a national-level zone's first-quarter signing and groundbreaking — last year's signed / started / in-production counts and contract value, this round's 19 signed and 17 started with totals, the signed projects by type, three named projects (two with amounts)",
  "https://www.803.com.cn/2023/02/17/991237587.html",
  "日期取页面“时间:2023-02-17 14:20:03 来源:岳阳日报全媒体采访中心 记者:方璐”。标题照录；栏目路径与时间来源行已删。末段“项目是园区的生命线,…倾力打造最优营商环境,坚定不”在句中中断，整段删去（make_txt.py ITEMS），正文截至“…临空经济区优质项目导入。”，共四段。园区：文中只作“经开区”（岳阳市的经济技术开发区，即岳阳经济技术开发区；全称文中未出现，name 用全称、alias 记“经开区”——判断点）；通航产业园、临空经济区只在“助推…建设及…导入”中出现，可选，母园区未说。项目：洞庭能源谷碳基材料产业园项目、万达广场大型商业综合体（总投资60亿元）、北京亦庄投资合作项目（总投资3亿元）——文中以“这些项目”概称本次签约与开工项目，未说各自属签约还是开工，status null（判断点），park 记经开区。中南大学为技术依托（可选机构）；北京亦庄只在项目名与“依托北京亦庄的…资源”中，可选公司。事实：2022年签约项目52个、合同投资额357亿元、开工46个、建成投产43个；本次签约19个（163.6亿元）、开工17个（126.6亿元）；签约项目分类个数（制造类9个等）可选。",
  "yg04"),
 parks=[
  park(YY, "岳阳", "湖南", "经济技术开发区", D0, aliases=["经开区"], note="文中只作“经开区”；全称不在文中"),
  park("通航产业园", "岳阳", "湖南", "产业园", D6, opt=True, note="只在“助推通航产业园运营体系建设”中"),
  park("临空经济区", "岳阳", "湖南", "临空经济区", D6, opt=True, note="只在“临空经济区优质项目导入”中"),
 ],
 companies=[
  comp("北京亦庄", None, D6, opt=True, note="项目名及合作方；实体全称未说"),
 ],
 institutions=[
  inst("中南大学", D4, kind="university", note="碳基复合材料技术依托"),
 ],
 projects=[
  proj("洞庭能源谷碳基材料产业园项目", YY, D4, note="本次签约或开工项目之一（文中未分）"),
  proj("万达广场大型商业综合体", YY, D5, inv="总投资60亿元", note="同上"),
  proj("北京亦庄投资合作项目", YY, D6, companies=["北京亦庄"], inv="总投资3亿元", note="同上；助推通航产业园运营体系建设"),
 ],
 aggregate_facts=[
  fact(YY, "park", "projects_signed", 52, "count", D1, "2022年"),
  fact(YY, "park", "signed_investment_cny", 3.57e10, "cny", "共签约项目52个,合同投资额357亿元", "2022年", chk=True, note="合同投资额"),
  fact(YY, "park", "projects_started", 46, "count", D1, "2022年"),
  fact(YY, "park", "projects_in_production", 43, "count", D1, "2022年", note="建成投产"),
  fact(YY, "park", "projects_signed", 19, "count", D2, ASD),
  fact(YY, "park", "signed_investment_cny", 1.636e10, "cny", D2, ASD, chk=True),
  fact(YY, "park", "projects_started", 17, "count", D3, ASD),
  fact(YY, "park", "projects_started_investment_cny", 1.266e10, "cny", D3, ASD, chk=True),
  fact(YY, "park", "manufacturing_projects_signed", 9, "count", "其中制造类项目9个", ASD, opt=True),
 ])

# ---------------------------------------------------------------- yg05 荆州高新区8个项目集中开工 (荆州日报客户端 2023)
JZ = "荆州高新区"
E0 = "5月18日上午,荆州高新区举行2023年二季度重大项目集中开工活动,8个项目集中开工中涵盖现代服务业、传统制造业、战略性新兴产业、基础设施等领域,总投资20.369亿元"
E1 = "此次开工的项目中,亿元以上产业项目5个,分别为:投资12亿元的中投中财两湖绿谷副食干调粮油市场项目、投资4.1亿元的湖北荆力电力集团有限公司电网设备产业园项目、投资1.5亿元的IVD临床质谱分析试剂研发生产项目、投资1亿元的通用派克特种高分子材料开发项目、投资1.1亿元的惠工精机科技车载集成式空气弹簧减震器项目,年度计划投资17.7亿元"
E2 = "政府投资项目3个,分别为:八岭路(复兴大道至新318国道)建设工程、大湖大道(复兴大道至新318国道)改扩建工程、荆州高新区太湖港街道新凤社区党群服务中心建设工程,计划年度内完成全部投资"
E3 = "产业项目中,栗满多供应链全国连锁总部基地、中农联智慧云仓城将于8月建成投入运营"
E4 = "中投中财两湖水果市场、中投中财两湖蔬菜市场、荆州智慧冷链产业园将在年内完成主体工程"
ASE = "2023年5月18日（集中开工）"
G["yg05"] = dict(
 article=art("荆州高新区8个项目集中开工 总投资20余亿元", "荆州日报客户端，载于荆州新闻网 news.jznews.com.cn", "2023-05-18", "day",
  "City daily's app item on the city news site, Hubei: a high-tech zone's second-quarter groundbreaking — eight projects and their total, five named industrial projects each with its amount, three named government projects, the year's planned investment, and other zone projects to be completed this year",
  "http://news.jznews.com.cn/system/2023/05/18/030039824.shtml",
  "日期取页面“来源: 荆州日报客户端 2023-05-18”。标题照录；页顶举报热线行与来源行已删。存段在末段“基础设施项目中,复兴大道跨江汉运河桥…江陵路、八岭路、马”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…将在年内完成主体工程。”，共四段。园区：荆州高新区（荆州，湖北）。项目：八个集中开工项目（五个产业项目各有投资额，三个政府投资项目无金额）→开工，park 荆州高新区；标题“总投资20余亿元”为20.369亿元的约数（事实记正文数）。末段“产业项目中”所列五项：栗满多供应链全国连锁总部基地、中农联智慧云仓城（将于8月建成投入运营）、中投中财两湖水果市场、中投中财两湖蔬菜市场、荆州智慧冷链产业园（年内完成主体工程）——均为在建（状态由“将建成”“完成主体工程”推定），park 记荆州高新区（段落承接高新区的项目建设，判断点）。公司：湖北荆力电力集团有限公司（项目业主，在园）；中投中财、通用派克、惠工精机科技、栗满多、中农联只在项目名中（可选）。事实：集中开工8个、总投资20.369亿元；亿元以上产业项目5个、其年度计划投资17.7亿元（target）；政府投资项目3个（可选）。",
  "yg05"),
 parks=[
  park(JZ, "荆州", "湖北", "高新区", E0),
 ],
 companies=[
  comp("湖北荆力电力集团有限公司", JZ, E1, note="电网设备产业园项目业主"),
  comp("中投中财", JZ, E1, opt=True, note="只在项目名中"),
  comp("通用派克", JZ, E1, opt=True, note="只在项目名中"),
  comp("惠工精机科技", JZ, E1, opt=True, note="只在项目名中"),
  comp("栗满多", JZ, E3, opt=True, note="只在项目名中"),
  comp("中农联", JZ, E3, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("中投中财两湖绿谷副食干调粮油市场项目", JZ, E1, companies=["中投中财"], inv="投资12亿元", status="开工", status_text="集中开工"),
  proj("湖北荆力电力集团有限公司电网设备产业园项目", JZ, E1, companies=["湖北荆力电力集团有限公司"], inv="投资4.1亿元", status="开工", status_text="集中开工"),
  proj("IVD临床质谱分析试剂研发生产项目", JZ, E1, inv="投资1.5亿元", status="开工", status_text="集中开工"),
  proj("通用派克特种高分子材料开发项目", JZ, E1, companies=["通用派克"], inv="投资1亿元", status="开工", status_text="集中开工"),
  proj("惠工精机科技车载集成式空气弹簧减震器项目", JZ, E1, companies=["惠工精机科技"], inv="投资1.1亿元", status="开工", status_text="集中开工"),
  proj("八岭路(复兴大道至新318国道)建设工程", JZ, E2, status="开工", status_text="集中开工", note="政府投资项目"),
  proj("大湖大道(复兴大道至新318国道)改扩建工程", JZ, E2, status="开工", status_text="集中开工", note="政府投资项目"),
  proj("荆州高新区太湖港街道新凤社区党群服务中心建设工程", JZ, E2, status="开工", status_text="集中开工", note="政府投资项目"),
  proj("栗满多供应链全国连锁总部基地", JZ, E3, companies=["栗满多"], status="在建", status_text="将于8月建成投入运营"),
  proj("中农联智慧云仓城", JZ, E3, companies=["中农联"], status="在建", status_text="将于8月建成投入运营"),
  proj("中投中财两湖水果市场", JZ, E4, companies=["中投中财"], status="在建", status_text="将在年内完成主体工程"),
  proj("中投中财两湖蔬菜市场", JZ, E4, companies=["中投中财"], status="在建", status_text="将在年内完成主体工程"),
  proj("荆州智慧冷链产业园", JZ, E4, status="在建", status_text="将在年内完成主体工程"),
 ],
 aggregate_facts=[
  fact(JZ, "park", "projects_started", 8, "count", E0, ASE),
  fact(JZ, "park", "projects_started_investment_cny", 2.0369e9, "cny", "8个项目集中开工中涵盖现代服务业、传统制造业、战略性新兴产业、基础设施等领域,总投资20.369亿元", ASE, chk=True),
  fact(JZ, "park", "industrial_projects_over_100m_started", 5, "count", "此次开工的项目中,亿元以上产业项目5个", ASE, opt=True),
  fact(JZ, "park", "planned_annual_investment_cny", 1.77e9, "cny", "年度计划投资17.7亿元", "2023年（计划）", kind="target", chk=True, note="五个亿元以上产业项目的年度计划投资"),
  fact(JZ, "park", "government_projects_started", 3, "count", "政府投资项目3个", ASE, opt=True),
 ])

# ---------------------------------------------------------------- yg06 赣州经开区 项目落地年 (赣南日报 2014)
GZ = "赣州经济技术开发区"
F0 = "近日,笔者走进位于赣州经济技术开发区的赣州金环浇铸设备有限公司,只见工人正在重达130吨、直径10米的全自动定量双圆盘浇铸机上进行安装调试工作"
F1 = "截至今年9月,赣州经开区青峰药业联合项目、裕达富电子、恒科东方实业等34个项目实现开工,建设步伐快速推进;首诺铜业、威赛光电、鑫冠电子等46个工业项目建成投产"
F2 = "如今,谈起赣州经开区企业,已不仅是格特拉克、江钨新材、金力永磁等少数几家企业“一枝独秀”,赣州卷烟厂、海盛钨钼、首诺铜业等一大批新投产项目“百花齐放”,争当赣州经开区名片"
F3 = "不断完善钨和稀土产业园、新能源汽车及其配套产业园、机械制造产业园等十大专业产业园"
ASF = "2014年1–9月"
G["yg06"] = dict(
 article=art("（无标题）赣州经开区“招商引资项目落地年”：34个项目开工、46个工业项目建成投产", "中国赣州网—赣南日报（“来源:中国赣州网-赣南日报”），载于 gzjrw.cn；署名存段未示", "2014-11-13", "day",
  "City daily via a local news site, Jiangxi: a national economic and technological development zone's 'year of landing projects' — a firm installing equipment, named projects started and in production with year-to-date counts, leading firms, ten specialised sub-parks",
  "http://gzjrw.cn/Item/219556.aspx",
  "日期取页面“发布时间:2014年11月13日”。存段无标题行（title 为编者概括；search 另查标题未得，见 notes #18）；来源、发布时间两行已删。存段在末段引语“在政府的帮扶下,公司成功完成技改升级,…销往非洲、中南亚、欧美等”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…鼓励企业进行技术改造。”，共四段。园区：赣州经济技术开发区（文中又作“赣州经开区”；赣州，江西）；钨和稀土产业园、新能源汽车及其配套产业园、机械制造产业园为“十大专业产业园”中的三个（可选，parent 赣州经济技术开发区）。项目：青峰药业联合项目、裕达富电子、恒科东方实业——“实现开工”→开工；首诺铜业、威赛光电、鑫冠电子——“建成投产”→投产；赣州卷烟厂、海盛钨钼——“新投产项目”→投产（可选）；以企业名作项目名者另列为可选公司。公司：赣州金环浇铸设备有限公司（“位于赣州经济技术开发区”）、格特拉克、江钨新材、金力永磁（“赣州经开区企业”）在园。事实：截至2014年9月开工项目34个、建成投产工业项目46个（cumulative）；专业产业园10个（可选）。",
  "yg06"),
 parks=[
  park(GZ, "赣州", "江西", "经济技术开发区", F0, aliases=["赣州经开区"], note="文中又作“赣州经开区”"),
  park("钨和稀土产业园", "赣州", "江西", "专业产业园", F3, parent=GZ, opt=True),
  park("新能源汽车及其配套产业园", "赣州", "江西", "专业产业园", F3, parent=GZ, opt=True),
  park("机械制造产业园", "赣州", "江西", "专业产业园", F3, parent=GZ, opt=True),
 ],
 companies=[
  comp("赣州金环浇铸设备有限公司", GZ, F0, note="全自动定量双圆盘浇铸机安装调试；陶瓷刀具出口（引语已删）"),
  comp("格特拉克", GZ, F2),
  comp("江钨新材", GZ, F2),
  comp("金力永磁", GZ, F2),
  comp("青峰药业", GZ, F1, opt=True, note="只在项目名中"),
  comp("裕达富电子", GZ, F1, opt=True, note="以企业名作项目名"),
  comp("恒科东方实业", GZ, F1, opt=True, note="以企业名作项目名"),
  comp("首诺铜业", GZ, F1, opt=True, note="以企业名作项目名"),
  comp("威赛光电", GZ, F1, opt=True, note="以企业名作项目名"),
  comp("鑫冠电子", GZ, F1, opt=True, note="以企业名作项目名"),
  comp("赣州卷烟厂", GZ, F2, opt=True, note="新投产项目"),
  comp("海盛钨钼", GZ, F2, opt=True, note="新投产项目"),
 ],
 projects=[
  proj("青峰药业联合项目", GZ, F1, companies=["青峰药业"], status="开工", status_text="实现开工"),
  proj("裕达富电子", GZ, F1, companies=["裕达富电子"], status="开工", status_text="实现开工"),
  proj("恒科东方实业", GZ, F1, companies=["恒科东方实业"], status="开工", status_text="实现开工"),
  proj("首诺铜业", GZ, F1, companies=["首诺铜业"], status="投产", status_text="建成投产"),
  proj("威赛光电", GZ, F1, companies=["威赛光电"], status="投产", status_text="建成投产"),
  proj("鑫冠电子", GZ, F1, companies=["鑫冠电子"], status="投产", status_text="建成投产"),
  proj("赣州卷烟厂", GZ, F2, companies=["赣州卷烟厂"], status="投产", status_text="新投产项目", opt=True),
  proj("海盛钨钼", GZ, F2, companies=["海盛钨钼"], status="投产", status_text="新投产项目", opt=True),
 ],
 aggregate_facts=[
  fact(GZ, "park", "projects_started", 34, "count", F1, ASF, kind="cumulative"),
  fact(GZ, "park", "projects_in_production", 46, "count", F1, ASF, kind="cumulative", note="工业项目建成投产"),
  fact(GZ, "park", "specialised_sub_parks", 10, "count", F3, "2014年11月", opt=True),
 ])

# ---------------------------------------------------------------- yg07 丰城高新区助力重大项目建设 (宜春广播电视报 2023)
FC = "丰城高新区"
H0 = "本报讯 丰城台报道 今年以来,丰城高新区全力服务重大项目建设,助力园区企业投产达效,夯实经济发展“压舱石”"
H1 = "丰城纳尔科技集团有限公司是一家集光学、电子功能膜材料暨数码喷印材料等生产于一体的企业,公司于2021年3月落户丰城高新区,一期厂房于今年2月份建设完成,部分厂房5月份正式投产"
H2 = "项目达产后,预计年产值可达25亿元"
H3 = "江西省爱幕科技有限公司是一家以新型投影显示技术为核心的科技企业"
H4 = "公司于2022年11月正式投产,可达到年产30万片菲涅尔抗光屏幕的生产规模"
H5 = "今年6月份已经做了2000多万的销售额。目前公司已经有60多位员工"
G["yg07"] = dict(
 article=art("丰城高新区助力重大项目建设,筑牢经济发展“压舱石”", "宜春广播电视报（“本报讯 丰城台报道”），载于 fzsyun.cn 数字报（ycgbdsb 栏）", "2023-08-10", "day",
  "City broadcasting weekly's digital edition, Jiangxi: a county-level city's high-tech zone serving major projects — two firms' plants in production with dates, one firm's expected output at full production and another's capacity and sales, the zone's project-service mechanism",
  "http://www.fzsyun.cn/ycgbdsb/2023-08/10/content_374165.html",
  "日期取网址 /ycgbdsb/2023-08/10（数字报版期）；页内无日期行。标题照录。存段在末段“园区从企业落户审批、开工建设到投产提供全程跟踪服务,…实时跟进,掌握企业”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…发展得好”。”，共六段。园区：丰城高新区（文中又作“宜春丰城高新区”“园区”；宜春市丰城市，江西）。公司：丰城纳尔科技集团有限公司（2021年3月落户丰城高新区；文中又作“丰城纳尔”）；江西省爱幕科技有限公司（董事长引语处作“江西省爱慕科技有限公司”，原文如此，列 alias；“在丰城投产”，园区由导语“助力园区企业投产达效”推定——判断点）。项目：文中未给项目名；以企业名作项目名各列一可选项目——纳尔一期（部分厂房2023年5月正式投产→投产）、爱幕（2022年11月正式投产→投产）。事实：纳尔项目达产后预计年产值25亿元（target）；爱幕年产30万片产能（可选）、2023年6月已有2000多万销售额（原文无“元”，记 cny 值、可选）、员工60多位（可选）。",
  "yg07"),
 parks=[
  park(FC, "宜春", "江西", "高新区", H0, district="丰城市", aliases=["宜春丰城高新区"], note="文中又作“宜春丰城高新区”“园区”"),
 ],
 companies=[
  comp("丰城纳尔科技集团有限公司", FC, H1, aliases=["丰城纳尔"], note="2021年3月落户；一期15栋车间"),
  comp("江西省爱幕科技有限公司", FC, H3, aliases=["江西省爱慕科技有限公司"], note="引语处写作“爱慕”；园区由导语推定"),
 ],
 projects=[
  proj("丰城纳尔科技集团有限公司", FC, H1, companies=["丰城纳尔科技集团有限公司"], phase="一期", status="投产", status_text="部分厂房5月份正式投产",
       opt=True, note="文中无项目名；以企业名作项目名；达产后预计年产值25亿元"),
  proj("江西省爱幕科技有限公司", FC, H4, companies=["江西省爱幕科技有限公司"], status="投产", status_text="2022年11月正式投产",
       opt=True, note="文中无项目名；以企业名作项目名"),
 ],
 aggregate_facts=[
  fact("丰城纳尔科技集团有限公司", "company", "expected_annual_output_cny", 2.5e9, "cny", H2, "达产后（预期）", kind="target", chk=True),
  fact("江西省爱幕科技有限公司", "company", "annual_capacity_screens", 300000, "pieces", H4, "2023年8月", opt=True, note="菲涅尔抗光屏幕年产能"),
  fact("江西省爱幕科技有限公司", "company", "sales_revenue", 2e7, "cny", H5, "2023年1–6月", kind="cumulative", qual="余", qtext="多", opt=True,
       note="原文“2000多万的销售额”，无“元”字"),
  fact("江西省爱幕科技有限公司", "company", "employees", 60, "count", H5, "2023年8月", qual="余", qtext="多", opt=True),
 ])
