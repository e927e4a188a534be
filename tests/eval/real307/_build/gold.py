# real307 ground truth, read by build_all.py (real52's, copied unchanged; helpers park/comp/inst/proj/fund/fact/art/amt)
# Conventions as real52: evidence verbatim (all eight items simplified script as published); names as written in the text;
# 超过/超/以上 → 超, 余/多 → 余, 约/近 → 约. Money: yuan in investment_cny / *_cny facts (first amount of the evidence;
# chk=True asserts it). Growth rates as ratios. Projects: the park the text places the project in, null if none (a 街道 / 镇 /
# county-level city is not a park). Status from the text's words (集中签约 / 签约落户 → 签约; 开工 / 开工奠基 / 新开工 / 已开工建设
# → 开工; 建成投产 / 竣工投产 → 投产; 计划…开工 → planned; 落户 alone or 观摩 alone → no status). Year-to-date figures
# (“今年以来”, “1-5月份”) are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/qtNN.raw.

SD = "山东"
QD = "青岛"

# ---------------------------------------------------------------- qt01 胶州 23 projects signed (中国网 2020-02-18)
SCO = "上合示范区"
A0 = "青岛恒星科技城项目,落户上合示范区,投资金额300亿元"
A1 = "此次集中签约的23个项目,总投资926亿元"
A2 = "其中内资项目16个投资额772亿元,外资项目7个投资额154亿元,投资额过百亿的项目5个"
A3 = "龙湖商业综合体项目,落户中云街道办事处,投资金额100亿元"
A4 = "北京沃顿公学教育项目,落户三里河街道办事处,投资金额110亿元"
A5 = "富力新城 CBD项目,落户三里河街道办事处,投资金额200亿元"
A6 = "投资金额100亿元的中南高科·胶西智造产业园项目,落户胶西街道办事处"
JZ = "胶州市"
S1 = "山东青岛胶州市2020年“双招双引”重点项目网络集中签约仪式昨日举行"
G["qt01"] = dict(
 article=art("（无标题）胶州市2020年“双招双引”重点项目网络集中签约 23个项目总投资926亿元", "中国网（zw.china.com.cn，“中国网北京2月18日讯”）", "2020-02-18", "day",
  "National portal's local channel, Shandong: a county-level city's online signing of 23 projects — totals by domestic / foreign capital, five named projects with sums and where they land (one in the 上合示范区, one an industrial park project)",
  "http://zw.china.com.cn/2020-02/18/content_75717069.html",
  "日期取电头“中国网北京2月18日讯”与网址 2020-02/18；签约仪式“昨日”即2020-02-17。存段无标题行（title 为编者概括）。存段末段（“齐鲁号”欧亚经贸上合产业园项目…“即上合欧亚经贸产业园”）句中中断，整段不取；正文止于中南高科·胶西智造产业园项目段。园区：上合示范区（中国—上海合作组织地方经贸合作示范区，在胶州市；文中只作简称）。项目五个，状态皆为“网络集中签约”→签约；恒星科技城落户上合示范区（park）；其余落户街道办事处（非园区，park 为 null）；中南高科·胶西智造产业园项目本身是产业园开发项目，不另列园区。金额为“投资金额”，记入 investment_cny。胶州市（县级市）为区域，签约总数与总额为区域事实。",
  "qt01"),
 parks=[
  park(SCO, QD, SD, "示范区", A0, district="胶州市", note="中国—上海合作组织地方经贸合作示范区；文中只作“上合示范区”"),
 ],
 projects=[
  proj("青岛恒星科技城项目", SCO, A0, inv="投资金额300亿元", status="签约", status_text="网络集中签约"),
  proj("龙湖商业综合体项目", None, A3, inv="投资金额100亿元", status="签约", status_text="网络集中签约", note="落户中云街道办事处"),
  proj("北京沃顿公学教育项目", None, A4, inv="投资金额110亿元", status="签约", status_text="网络集中签约", note="落户三里河街道办事处"),
  proj("富力新城 CBD项目", None, A5, inv="投资金额200亿元", status="签约", status_text="网络集中签约", note="落户三里河街道办事处"),
  proj("中南高科·胶西智造产业园项目", None, A6, inv="投资金额100亿元", status="签约", status_text="网络集中签约", note="落户胶西街道办事处；产业园开发项目"),
 ],
 aggregate_facts=[
  fact(JZ, "region", "projects_signed", 23, "count", A1, "2020-02-17"),
  fact(JZ, "region", "signed_investment_cny", 9.26e10, "cny", A1, "2020-02-17", chk=True),
  fact(JZ, "region", "domestic_projects_signed", 16, "count", A2, "2020-02-17", opt=True),
  fact(JZ, "region", "domestic_signed_investment_cny", 7.72e10, "cny", "其中内资项目16个投资额772亿元", "2020-02-17", opt=True, chk=True),
  fact(JZ, "region", "foreign_projects_signed", 7, "count", "外资项目7个投资额154亿元", "2020-02-17", opt=True),
  fact(JZ, "region", "foreign_signed_investment_cny", 1.54e10, "cny", "外资项目7个投资额154亿元", "2020-02-17", opt=True, chk=True),
  fact(JZ, "region", "projects_signed_over_10bn", 5, "count", "投资额过百亿的项目5个", "2020-02-17", opt=True),
 ])

# ---------------------------------------------------------------- qt02 莱西经济开发区 金冠恒 (青岛日报 via qushi.qtv 2020-06-07)
LX = "莱西经济开发区"
B0 = "6月6日上午,金冠恒高铁智能装备和环保新材料项目在莱西经济开发区开工奠基"
B1 = "金冠恒高铁智能装备和环保新材料项目由国铁建信和北京金冠恒共同出资,总投资5.2亿元,占地77.6亩"
B2 = "项目一期计划2021年6月竣工投产,预计实现年营业收入5亿元,利税0.8亿元"
B3 = "1-5月份,莱西经济开发区新签约中建材碲化镉太阳能电池、罗博威视智能装备等亿元以上项目12个"
B4 = "新开工FCP中德氢动力产业园、钻石小镇、中国供销国际农产品智慧物流园等重大项目17个,开工项目投资总额达146.2亿元"
B5 = "精心组织领芯芯片小镇“云签约”"
ASB = "2020年1–5月"
JGH = "金冠恒高铁智能装备和环保新材料项目"
G["qt02"] = dict(
 article=art("莱西经济开发区:投资5.2亿元!金冠恒高铁智能装备项目开工奠基", "青岛日报，载于 qushi.qtv.com.cn（青岛网络广播电视台 区市·莱西栏）", "2020-06-07", "day",
  "City daily on the city broadcaster's portal, Shandong: a provincial development zone's groundbreaking of one named project (investors, sum, first-phase completion plan, expected revenue), the zone's January–May signings and starts with named projects",
  "http://qushi.qtv.com.cn/system/2020/06/07/015611168.shtml",
  "日期取页面“2020-06-07 17:05 来源:青岛日报”；开工奠基在6月6日。标题照录；栏目路径与日期来源行已删。存段末段（“在做好重大产业项目招引的同时…累计落户项目”）句中中断，整段不取；正文止于“…开工项目投资总额达146.2亿元。”。园区：莱西经济开发区（莱西市，青岛，山东）。项目：金冠恒高铁智能装备和环保新材料项目（开工奠基→开工；总投资5.2亿元；一期计划2021年6月竣工投产，预计年营业收入5亿元、利税0.8亿元为 target）；1–5月新签约的中建材碲化镉太阳能电池、罗博威视智能装备（签约）；新开工的FCP中德氢动力产业园、钻石小镇、中国供销国际农产品智慧物流园（开工）；领芯芯片小镇“云签约”（签约活动，可选）。投资方国铁建信、北京金冠恒列为可选公司（园区不明说，记 null）。",
  "qt02"),
 parks=[
  park(LX, QD, SD, "经济开发区", B0, district="莱西市"),
 ],
 companies=[
  comp("国铁建信", None, B1, opt=True, note="项目出资方"),
  comp("北京金冠恒", None, B1, opt=True, note="项目出资方"),
 ],
 projects=[
  proj(JGH, LX, B1, companies=["国铁建信", "北京金冠恒"], inv="总投资5.2亿元", status="开工", status_text="开工奠基",
       aliases=["金冠恒高铁智能装备项目"], note="一期计划2021年6月竣工投产"),
  proj("中建材碲化镉太阳能电池", LX, B3, status="签约", status_text="新签约", note="亿元以上项目"),
  proj("罗博威视智能装备", LX, B3, status="签约", status_text="新签约", note="亿元以上项目"),
  proj("FCP中德氢动力产业园", LX, B4, status="开工", status_text="新开工", note="重大项目"),
  proj("钻石小镇", LX, B4, status="开工", status_text="新开工", note="重大项目"),
  proj("中国供销国际农产品智慧物流园", LX, B4, status="开工", status_text="新开工", note="重大项目"),
  proj("领芯芯片小镇", LX, B5, status="签约", status_text="“云签约”", opt=True, note="只提到其“云签约”招商活动"),
 ],
 aggregate_facts=[
  fact(JGH, "project", "expected_annual_revenue_cny", 5e8, "cny", "预计实现年营业收入5亿元", "一期投产后（预计）", kind="target", chk=True),
  fact(JGH, "project", "expected_annual_profit_tax_cny", 8e7, "cny", "利税0.8亿元", "一期投产后（预计）", kind="target", opt=True, chk=True),
  fact(JGH, "project", "site_area_mu", 77.6, "mu", B1, "2020-06", opt=True),
  fact(LX, "park", "projects_signed", 12, "count", B3, ASB, kind="cumulative", note="亿元以上项目"),
  fact(LX, "park", "projects_started", 17, "count", B4, ASB, kind="cumulative", note="重大项目"),
  fact(LX, "park", "projects_started_investment_cny", 1.462e10, "cny", "开工项目投资总额达146.2亿元", ASB, kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- qt03 胶州 23个百亿级项目 (金胶州 via m.yybnet 2020-07-17)
C0 = "华润城项目由华润资本管理有限公司投资建设,总投资180亿元,占地面积1800亩"
C1 = "上半年,胶州市正在推进23个百亿级重点项目建设,投资总额3913亿元"
C2 = "其中,内资项目16个,投资金额2966亿元;外资项目7个,投资金额947亿元"
C3 = "上合示范区中国传化(上合)国际物流港项目、上海电气风电装备产业园项目、中云胶州华润城项目、龙湖商业综合体项目、胶东(临空区)空港综合保税区项目、九龙融创·青年湖文旅医养健康产业项目和恒大文化旅游城项目、李哥庄中建八局特色小镇建设项目、里岔蓝城桃李春风田园综合体项目已开工建设"
C4 = "上合示范区国家电力·中俄能源投资基金项目拟投入运营"
C5 = "九龙世茂海丝国际城项目、上合示范区青岛万洋众创城项目计划7月份开工建设"
C6 = "由恒大旅游集团投资建设,总投资500亿元的恒大文化旅游城项目正式开工"
C7 = "中云华润城、恒大水世界、上海电气风电装备产业园等项目加速建设"
AS3 = "2020年上半年"
G["qt03"] = dict(
 article=art("中云华润城、恒大水世界、上海电气风电装备产业园等项目加速建设23个百亿级项目成发展强力“引擎”", "金胶州（胶州市融媒体，记者傅鸿宇、王珊），载于 m.yybnet.net（半岛网 胶州频道）", "2020-07-17", "day",
  "County-level city paper relayed by a regional portal, Shandong: 23 projects of 10 bn yuan and more under way in 胶州 — one project's investor, sum and completion plan, the list of those started, planned to start or about to operate (several in the 上合示范区), totals by domestic / foreign capital",
  "https://m.yybnet.net/qingdao/jiaozhou/202007/10670475.html",
  "日期取页面“金胶州 2020-07-17 07:38”；现场采访在7月16日。标题照录（一行，引题与主题连写）。日期行已删；署名行“□金胶州/我爱金胶州/金胶州数字报记者傅鸿宇王珊”保留为正文首段；版面转接行“(下转第二版)(上承第一版)”删去。存段末行只剩“恒”，整段不取；正文止于恒大文化旅游城项目开工一段。园区：上合示范区（胶州市）。上合示范区只明确修饰“中国传化(上合)国际物流港项目”“国家电力·中俄能源投资基金项目”“青岛万洋众创城项目”，此三项 park 记上合示范区；其余项目落在街道/镇（中云、九龙、李哥庄、里岔）或未说明，park 为 null（上海电气风电装备产业园项目是否在上合示范区，文中不明说）。胶东(临空区)空港综合保税区项目作为项目列出，不另列园区。状态：“已开工建设”→开工（华润城第一段写正在施工，status_alt 在建）；“计划7月份开工建设”→planned；“拟投入运营”→无状态（可选）。恒大水世界只见于标题（“加速建设”，可选）。23个、3913亿元等为胶州市区域事实（2020年上半年）。",
  "qt03"),
 parks=[
  park(SCO, QD, SD, "示范区", C3, district="胶州市", note="只作简称“上合示范区”"),
 ],
 companies=[
  comp("华润资本管理有限公司", None, C0, note="华润城项目投资方；项目在中云街道（非园区）"),
  comp("恒大旅游集团", None, C6, opt=True, note="恒大文化旅游城项目投资方"),
 ],
 projects=[
  proj("中云胶州华润城项目", None, C0, companies=["华润资本管理有限公司"], inv="总投资180亿元", status="开工", status_text="已开工建设",
       status_alt="在建", aliases=["华润城项目", "中云华润城", "胶州华润城项目"], note="计划2021年11月竣工；名称取清单中的全称，投资额在“华润城项目”一句"),
  proj("中国传化(上合)国际物流港项目", SCO, C3, status="开工", status_text="已开工建设"),
  proj("上海电气风电装备产业园项目", None, C3, status="开工", status_text="已开工建设", aliases=["上海电气风电装备产业园"], note="标题又作“加速建设”；所在园区文中未明说"),
  proj("龙湖商业综合体项目", None, C3, status="开工", status_text="已开工建设"),
  proj("胶东(临空区)空港综合保税区项目", None, C3, status="开工", status_text="已开工建设"),
  proj("九龙融创·青年湖文旅医养健康产业项目", None, C3, status="开工", status_text="已开工建设"),
  proj("恒大文化旅游城项目", None, C6, companies=["恒大旅游集团"], inv="总投资500亿元", status="开工", status_text="正式开工", note="今年4月开工"),
  proj("李哥庄中建八局特色小镇建设项目", None, C3, status="开工", status_text="已开工建设", opt=True),
  proj("里岔蓝城桃李春风田园综合体项目", None, C3, status="开工", status_text="已开工建设", opt=True),
  proj("国家电力·中俄能源投资基金项目", SCO, C4, status=None, status_text="拟投入运营", opt=True),
  proj("九龙世茂海丝国际城项目", None, C5, status="planned", status_text="计划7月份开工建设"),
  proj("青岛万洋众创城项目", SCO, C5, status="planned", status_text="计划7月份开工建设"),
  proj("恒大水世界", None, C7, status="在建", status_text="加速建设", opt=True, note="只见于标题"),
 ],
 aggregate_facts=[
  fact(JZ, "region", "major_projects_listed", 23, "count", C1, AS3, note="百亿级重点项目，正在推进"),
  fact(JZ, "region", "major_projects_total_investment_cny", 3.913e11, "cny", C1, AS3, chk=True),
  fact(JZ, "region", "domestic_major_projects", 16, "count", C2, AS3, opt=True),
  fact(JZ, "region", "domestic_major_projects_investment_cny", 2.966e11, "cny", C2, AS3, opt=True, chk=True),
  fact(JZ, "region", "foreign_major_projects", 7, "count", "外资项目7个,投资金额947亿元", AS3, opt=True),
  fact(JZ, "region", "foreign_major_projects_investment_cny", 9.47e10, "cny", "外资项目7个,投资金额947亿元", AS3, opt=True, chk=True),
 ])

# ---------------------------------------------------------------- qt04 平度集中开工34个重点项目 (青岛早报 via m.yybnet 2021-03-04)
PD = "平度市"
D0 = "集中开工的34个项目,计划总投资223亿元"
D1 = "主会场设在新河清研新材料加速器产业园现场,同时在开发区胶东半岛全食材产业链项目、同和街道裕信汽车配件项目、南村青岛临空智能家电产业园项目、白沙河街道冶金辅料及冶金设备项目和田庄绿色新型建材产业园项目现场设立分会场"
D2 = "新开工的领军绿色新型建材产业园项目,总投资30亿元"
D3 = "2021年,平度市确定重点项目97个,总投资546.3亿元"
DKF = "开发区"
G["qt04"] = dict(
 article=art("平度集中开工34个重点项目", "青岛早报（观海新闻/青岛早报记者陈勇），载于 m.yybnet.net（半岛网 平度频道）", "2021-03-04", "day",
  "City morning paper relayed by a regional portal, Shandong: a county-level city's spring groundbreaking of 34 projects — the venues (an industrial-park project, the development zone's food-chain project, town projects), one named project with its sum, the year's key-project list",
  "https://m.yybnet.net/qingdao/pingdu/202103/11268747.html",
  "日期取页面“青岛早报 2021-03-04 05:48”；开工活动在3月3日。标题照录；日期行与文后“新闻推荐”等已删；署名行保留为末段。正文完整。园区：“开发区”（文中只作“开发区”，即平度经济开发区，可选；项目胶东半岛全食材产业链项目记在其中）。各分会场项目均属34个集中开工项目→开工；新河清研新材料加速器产业园（主会场）与田庄绿色新型建材产业园项目、南村青岛临空智能家电产业园项目为产业园类项目，列为项目，不另列园区；“田庄绿色新型建材产业园项目”即下文“领军绿色新型建材产业园项目”（总投资30亿元），合为一项。平度市为区域：34个、223亿元（计划总投资）、全年重点项目97个、546.3亿元。",
  "qt04"),
 parks=[
  park(DKF, QD, SD, "经济开发区", D1, district="平度市", opt=True, note="文中只作“开发区”，即平度经济开发区（全称不在文中）"),
 ],
 projects=[
  proj("新河清研新材料加速器产业园", None, D1, status="开工", status_text="集中开工（主会场）", aliases=["清研新材料加速器产业园"], note="新河镇；主会场"),
  proj("胶东半岛全食材产业链项目", DKF, D1, status="开工", status_text="集中开工（分会场）", note="另列入省重大项目"),
  proj("裕信汽车配件项目", None, D1, status="开工", status_text="集中开工（分会场）", note="同和街道"),
  proj("青岛临空智能家电产业园项目", None, D1, status="开工", status_text="集中开工（分会场）", note="南村镇"),
  proj("冶金辅料及冶金设备项目", None, D1, status="开工", status_text="集中开工（分会场）", note="白沙河街道"),
  proj("领军绿色新型建材产业园项目", None, D2, inv="总投资30亿元", status="开工", status_text="新开工", aliases=["田庄绿色新型建材产业园项目", "绿色新型建材产业园项目"], note="田庄镇；列入省重大项目"),
 ],
 aggregate_facts=[
  fact(PD, "region", "projects_started", 34, "count", D0, "2021-03-03"),
  fact(PD, "region", "projects_started_investment_cny", 2.23e10, "cny", D0, "2021-03-03", chk=True, note="计划总投资"),
  fact(PD, "region", "major_projects_listed", 97, "count", D3, "2021年"),
  fact(PD, "region", "major_projects_total_investment_cny", 5.463e10, "cny", D3, "2021年", chk=True),
  fact(PD, "region", "city_level_major_projects", 20, "count", "其中20个项目已入选青岛市级重点项目", "2021年", opt=True),
 ])

# ---------------------------------------------------------------- qt05 西海岸新区 10 projects signed (青岛早报 via yybnet 2021-05-31)
XHA = "青岛西海岸新区"
E0 = "北船重工海洋新材料产业园、蜜桔科技跨境电商运营中心等总投资69亿元的10个项目签约落户青岛西海岸新区"
E1 = "1-4月份,新区签约投资总额1亿元以上产业项目101个,总投资1226亿元"
E2 = "吸引欧力士产业平台总部、深圳极视角科技总部、中电信息港信息产业基地等一批重特大项目落户"
G["qt05"] = dict(
 article=art("（无标题）总投资69亿元10个项目签约落户青岛西海岸新区", "青岛早报（观海新闻/青岛早报记者刘海龙），载于 yybnet.net（半岛网）", "2021-05-31", "day",
  "City morning paper relayed by a regional portal, Shandong: a national new area's share of a city video signing — two named projects, the batch's count and sum; January–April signings, Fortune-500 projects, named projects landed",
  "https://yybnet.net/qingdao/news/202106/11460036.html",
  "存段无标题与日期行（title 为编者概括）；日期取电头“早报5月31日讯”（签约活动5月31日；网址为 202106，见报或在6月1日，记事件日）。文后“新闻推荐”等已删；署名行保留为末段。正文完整。园区：青岛西海岸新区（国家级新区，青岛，山东；又作“新区”）。项目：北船重工海洋新材料产业园、蜜桔科技跨境电商运营中心（签约落户→签约；金额69亿元为10个项目合计，不记入单个项目）；欧力士产业平台总部、深圳极视角科技总部、中电信息港信息产业基地（“吸引…落户”，无签约/开工字样→无状态）。事实：本次10个项目、69亿元；1–4月签约亿元以上产业项目101个、1226亿元（cumulative）；世界500强项目8个、中国500强项目2个（可选）。",
  "qt05"),
 parks=[
  park(XHA, QD, SD, "国家级新区", E0, district="黄岛区", aliases=["西海岸新区", "新区"], note="文中又作“新区”"),
 ],
 projects=[
  proj("北船重工海洋新材料产业园", XHA, E0, status="签约", status_text="签约落户"),
  proj("蜜桔科技跨境电商运营中心", XHA, E0, status="签约", status_text="签约落户"),
  proj("欧力士产业平台总部", XHA, E2, status=None, status_text="落户", opt=True),
  proj("深圳极视角科技总部", XHA, E2, status=None, status_text="落户", opt=True),
  proj("中电信息港信息产业基地", XHA, E2, status=None, status_text="落户", opt=True),
 ],
 aggregate_facts=[
  fact(XHA, "park", "projects_signed", 10, "count", E0, "2021-05-31"),
  fact(XHA, "park", "signed_investment_cny", 6.9e9, "cny", E0, "2021-05-31", chk=True),
  fact(XHA, "park", "projects_signed", 101, "count", E1, "2021年1–4月", kind="cumulative", note="签约投资总额1亿元以上产业项目"),
  fact(XHA, "park", "signed_investment_cny", 1.226e11, "cny", "总投资1226亿元", "2021年1–4月", kind="cumulative", chk=True),
  fact(XHA, "park", "fortune500_projects", 8, "count", "引进世界500强项目8个,中国500强项目2个", "2021年1–4月", kind="cumulative", opt=True),
  fact(XHA, "park", "china500_projects", 2, "count", "中国500强项目2个", "2021年1–4月", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- qt06 平度 60个重点项目观摩 (齐鲁晚报 via news.qingdaonews 2021-11-28)
F0 = "总投资40亿元的中国钢研科技集团新材料产业园项目,主要建设高温合金材料产业园,系业内顶尖高端项目,达产后可实现年产值48亿元,目前项目一期已竣工投产"
F1 = "总投资30亿元的领军绿色新型建材产业园项目,对石墨尾矿进行资源化高附加值利用"
F2 = "绿色密炼中心项目是全国首个橡胶绿色密炼“共享工厂”"
F3 = "目前密炼车间已完成主体封顶"
F4 = "今年以来,平度市共引进亿元以上重点产业项目165个、增长24.1%"
F5 = "25个省、青岛市级重点项目开工率100%、投资完成率133%"
F6 = "1—10月份,固定资产投资增长15.6%"
GY = "中国钢研科技集团新材料产业园项目"
AS6 = "2021年1–11月"
G["qt06"] = dict(
 article=art("平度:现场观摩 60个重点项目接受评议打分", "齐鲁晚报（齐鲁壹点记者宋祖锋），载于 news.qingdaonews.com（青岛新闻网 WAP）", "2021-11-28", "day",
  "Provincial evening paper relayed by the city news site, Shandong: a county-level city's inspection tour (观摩) of 60 key projects — three named industrial-park and plant projects with sums and stages, the year's project intake and investment figures",
  "http://news.qingdaonews.com/wap/2021-11/28/content_22987037.htm",
  "日期取页面“2021-11-28 05:20 齐鲁晚报”；观摩在11月25、26日。标题照录；“青岛新闻APP/打开”、日期行与文后“精彩推荐”等已删；署名行保留为首段。正文完整（三段）。文中没有点名的园区（开发区、工业园）：中国钢研科技集团新材料产业园、领军绿色新型建材产业园均是项目名，只列项目，parks 为空。项目：中国钢研科技集团新材料产业园项目（总投资40亿元；一期已竣工投产→投产，phase 一期；达产年产值48亿元为 target）；领军绿色新型建材产业园项目（总投资30亿元；文中无阶段字样→无状态，与 qt04 的同名项目为同一项目，两篇各自标注）；绿色密炼中心项目（密炼车间已完成主体封顶→在建，推断）。平度市区域事实：60个重点项目观摩（可选）、“今年以来”亿元以上重点产业项目165个及增速24.1%、重点项目开工率与投资完成率、1—10月固定资产投资等增速。",
  "qt06"),
 companies=[
  comp("中国钢研科技集团", None, F0, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj(GY, None, F0, companies=["中国钢研科技集团"], inv="总投资40亿元", status="投产", status_text="一期已竣工投产", phase="一期"),
  proj("领军绿色新型建材产业园项目", None, F1, inv="总投资30亿元", status=None, note="观摩项目；文中无阶段字样"),
  proj("绿色密炼中心项目", None, F2, status="在建", status_text=F3, note="“密炼车间已完成主体封顶”→在建（推断）"),
 ],
 aggregate_facts=[
  fact(GY, "project", "expected_annual_output_cny", 4.8e9, "cny", "达产后可实现年产值48亿元", "达产后（预计）", kind="target", chk=True),
  fact(PD, "region", "projects_inspected", 60, "count", "对全市60个重点项目现场观摩", "2021-11-25/26", opt=True),
  fact(PD, "region", "projects_introduced", 165, "count", F4, AS6, kind="cumulative", note="亿元以上重点产业项目"),
  fact(PD, "region", "projects_introduced_yoy_growth", 0.241, "ratio", F4, AS6, kind="ratio"),
  fact(PD, "region", "major_projects_start_rate", 1.0, "ratio", F5, AS6, kind="ratio", opt=True),
  fact(PD, "region", "major_projects_investment_completion_rate", 1.33, "ratio", F5, AS6, kind="ratio", opt=True),
  fact(PD, "region", "fixed_asset_investment_yoy_growth", 0.156, "ratio", F6, "2021年1–10月", kind="ratio", opt=True),
  fact(PD, "region", "private_investment_yoy_growth", 0.415, "ratio", "其中民间投资增长41.5%", "2021年1–10月", kind="ratio", opt=True),
  fact(PD, "region", "industrial_value_added_yoy_growth", 0.149, "ratio", "规上工业增加值增长14.9%", "2021年1–10月", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- qt07 董家口经济区 10 projects started (大众日报客户端 via qingdaonews 2022-02-10)
DJK = "董家口经济区"
H0 = "2月8日,青岛董家口经济区10个亿元以上项目集中开工,项目总投资175亿元"
H1 = "其中,金能化学二期项目由金能化学(青岛)有限公司投资建设"
H2 = "达亿星高端新材料项目由双星集团与上达电子(深圳)股份有限公司成立合资公司——青岛达亿星高端新材料有限公司投资建设"
H3 = "多功能化工新材料(对叔丁基苯甲酸高端系列产品)项目由青岛董家口化工新材料有限公司投资建设"
H4 = "全力推进金能三期、万马海洋装备等总投资916亿元的64个重点项目"
AS7 = "2022-02-08"
G["qt07"] = dict(
 article=art("起步冲刺!董家口经济区总投资175亿元10个项目开工", "大众日报客户端（记者张忠德），载于 qingdaonews.com（青岛新闻网 app 栏）", "2022-02-10", "day",
  "Provincial daily's app relayed by the city news site, Shandong: a port economic zone's groundbreaking of 10 projects — totals by size band, three named chemical / new-material projects with their investing firms, the zone's 2022 key-project plan",
  "http://qingdaonews.com/app/content/2022-02/10/content_23080433.htm",
  "日期取网址 2022-02/10；开工在2月8日。标题照录；正文完整（署名行保留为末段）。园区：董家口经济区（青岛西海岸新区/黄岛区，山东；文中作“青岛董家口经济区”“董家口经济区”）。项目：金能化学二期项目、达亿星高端新材料项目、多功能化工新材料(对叔丁基苯甲酸高端系列产品)项目，均为本次10个集中开工项目中点名者（开工）；各项目金额文中未分列（129亿元为“百亿元以上项目1个”的总投资，未说是哪一个，不记入单个项目）。公司：金能化学(青岛)有限公司、青岛达亿星高端新材料有限公司、青岛董家口化工新材料有限公司（园区董家口经济区）；双星集团、上达电子(深圳)股份有限公司为合资方（园区外，null）；中科院长春应化所为技术合作方（可选机构）。2022年计划推进的金能三期、万马海洋装备（“全力推进”，无阶段字样，可选）与64个、916亿元（target）。",
  "qt07"),
 parks=[
  park(DJK, QD, SD, "经济区", H0, district="黄岛区", aliases=["青岛董家口经济区"], note="属青岛西海岸新区"),
 ],
 companies=[
  comp("金能化学(青岛)有限公司", DJK, H1),
  comp("青岛达亿星高端新材料有限公司", DJK, H2),
  comp("青岛董家口化工新材料有限公司", DJK, H3),
  comp("双星集团", None, H2, opt=True, note="合资方"),
  comp("上达电子(深圳)股份有限公司", None, H2, opt=True, note="合资方"),
 ],
 institutions=[
  inst("中科院长春应化所", "项目采用上达技术团队与中科院长春应化所共同开发的聚酰亚胺黄色浆料和高性能聚酰亚胺薄膜生产制备技术", kind="research_institute", note="技术合作方"),
 ],
 projects=[
  proj("金能化学二期项目", DJK, H1, companies=["金能化学(青岛)有限公司"], status="开工", status_text="集中开工", phase="二期"),
  proj("达亿星高端新材料项目", DJK, H2, companies=["青岛达亿星高端新材料有限公司", "双星集团", "上达电子(深圳)股份有限公司"], status="开工", status_text="集中开工"),
  proj("多功能化工新材料(对叔丁基苯甲酸高端系列产品)项目", DJK, H3, companies=["青岛董家口化工新材料有限公司"], status="开工", status_text="集中开工"),
  proj("金能三期", DJK, H4, status=None, status_text="全力推进", phase="三期", opt=True),
  proj("万马海洋装备", DJK, H4, status=None, status_text="全力推进", opt=True),
 ],
 aggregate_facts=[
  fact(DJK, "park", "projects_started", 10, "count", H0, AS7, note="亿元以上项目"),
  fact(DJK, "park", "projects_started_investment_cny", 1.75e10, "cny", "项目总投资175亿元", AS7, chk=True),
  fact(DJK, "park", "projects_started_over_10bn", 1, "count", "其中百亿元以上项目1个,总投资129亿元", AS7, opt=True),
  fact(DJK, "park", "projects_started_over_10bn_investment_cny", 1.29e10, "cny", "总投资129亿元", AS7, opt=True, chk=True),
  fact(DJK, "park", "projects_started_over_1bn", 2, "count", "十亿元以上项目2个、总投资31亿元", AS7, opt=True),
  fact(DJK, "park", "projects_started_over_1bn_investment_cny", 3.1e9, "cny", "总投资31亿元", AS7, opt=True, chk=True),
  fact(DJK, "park", "major_projects_listed", 64, "count", H4, "2022年（计划）", kind="target"),
  fact(DJK, "park", "major_projects_total_investment_cny", 9.16e10, "cny", "总投资916亿元的64个重点项目", "2022年（计划）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- qt08 即墨16个重点项目争相“开跑” (青岛早报 on epaper.qingdaonews 2023-03-03)
QC = "汽车产业新城"
K0 = "奇瑞汽车青岛基地项目、联东U谷即墨潮海智造港项目、新材料产业园新旧动能转换项目、汉缆海洋工程产业链基地项目……近日,即墨区组织了今年首个高规格观摩活动"
K1 = "奇瑞汽车青岛基地项目是汽车产业新城建成投产的第四个整车项目"
K2 = "区领导班子成员带队观摩了16个重点制造业项目和2个重点城市更新项目"
G["qt08"] = dict(
 article=art("即墨16个重点项目争相“开跑”", "青岛早报（“早报记者”；青岛日报社数字报 A06 版），epaper.qingdaonews.com", "2023-03-03", "day",
  "City morning paper's e-paper, Shandong: a district's inspection tour of 16 manufacturing projects — four named projects, the car-industry new town's fourth vehicle plant (started 2021, in production 2022) with its build timeline",
  "https://epaper.qingdaonews.com/qdzb/html/2023-03/03/content_18896_7392806.htm",
  "日期取网址 qdzb/html/2023-03/03（青岛早报数字报）。标题取主题“即墨16个重点项目争相“开跑””；引题/副题“壮大汽车“双千亿”级产业、加快集群成势、园区带动产业……记者探访奇瑞汽车青岛基地等项目”（存段出现两次，一次带“~~~”）与数字报抬头、版名、两条图片说明、“扫码关注政青岛查看详情”均删。小标题“壮大汽车双千亿级产业”保留为一段。存段末段（“走进奇瑞汽车青岛基地项目,建筑面积约26万平方”）句中中断，整段不取；正文止于奇瑞项目历程一段。园区：汽车产业新城（即青岛汽车产业新城，即墨区；文中只作“汽车产业新城”）。项目：奇瑞汽车青岛基地项目（“建成投产”→投产；2021年6月开工、2022年11月18日整车下线）；联东U谷即墨潮海智造港项目、新材料产业园新旧动能转换项目、汉缆海洋工程产业链基地项目只作为观摩项目点名，无阶段字样（无状态；园区不明，null）。事实：观摩16个重点制造业项目、2个城市更新项目（可选）。",
  "qt08"),
 parks=[
  park(QC, QD, SD, "产业新城", K1, district="即墨区", note="文中只作“汽车产业新城”，即青岛汽车产业新城（全称不在文中）"),
 ],
 companies=[
  comp("奇瑞", QC, "回顾奇瑞项目17个月的建成投产历程,不仅是奇瑞发展史上的一座里程碑", opt=True, note="只作简称；项目名为奇瑞汽车青岛基地项目"),
 ],
 projects=[
  proj("奇瑞汽车青岛基地项目", QC, K1, status="投产", status_text="建成投产", aliases=["奇瑞项目"], note="2021年6月车间开工，2022年11月18日整车下线"),
  proj("联东U谷即墨潮海智造港项目", None, K0, status=None, status_text="观摩"),
  proj("新材料产业园新旧动能转换项目", None, K0, status=None, status_text="观摩"),
  proj("汉缆海洋工程产业链基地项目", None, K0, status=None, status_text="观摩"),
 ],
 aggregate_facts=[
  fact("即墨区", "region", "projects_inspected", 16, "count", K2, "2023年2–3月", opt=True, note="重点制造业项目"),
 ])
