# real101 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all nine items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破/不少于 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios.
# Projects: the park is the one the text places the project in, null if none (a town, 街道 or county is not a park). Status
# from the text's words (动工 / 正式动工 / 动工建设 / 开工 / 破土动工 → 开工; 签约 / 集中签约 → 签约; 竣工投产 → 投产; “将落户”
# → planned). “预计” figures and “计划” investment are kind target; year-to-date counts are cumulative. A park-development
# project is a project (with its amount) and its site a park (as real52 zv05). Sources are `search` (corpus pages) excerpts
# typed into _raw/pages/xsNN.raw as returned.

# ---------------------------------------------------------------- xs01 深圳市现代家电产业集聚基地 落户布吉 (羊城晚报 via lgmi 2008)
JD = "深圳市现代家电产业集聚基地"
A0 = "深圳市目前最大的家电产业集聚基地将落户布吉。该基地总规划面积169.8万平方米,全面投产后预计年产值可达200亿元人民币"
A1 = "由甘李工业园、联大科技园、金积嘉科技园、联创家电城和金积嘉工业园共5个园区构成"
A2 = "其中,甘李工业园为家电基地的核心园区,占地62万平方米"
A3 = "目前,该区域内已经集聚约80家中小型企业。基地预计5年内总投资约50亿元"
AS1 = "2008年12月"
G["xs01"] = dict(
 article=art("（无标题）深圳市现代家电产业集聚基地将落户龙岗区布吉", "羊城晚报（“来源:羊城晚报”），载于 page.lgmi.com", "2008-12-29", "day",
  "Regional evening paper's short item relayed by a local site, Guangdong (Shenzhen): a district's planned home-appliance industrial base — five component parks named, core park's area, planned area, firms already clustered, five-year investment and expected output",
  "http://page.lgmi.com/html/200812/29/5222.htm",
  "存段无标题、无日期行（title 为编者概括）。日期取网址 200812/29；文中“本月23日”调研、“本月18日”推介会，即2008年12月。存段末“ |”为表格竖线，已删（make_txt.py LINE_SUFFIX）；“(来源:羊城晚报)”在正文末，保留。正文三段，完整。园区：深圳市现代家电产业集聚基地（首次作“家电产业集聚基地”，又作“家电基地”；深圳市龙岗区布吉、南湾街道，广东）；由甘李工业园（核心园区，62万平方米）、联大科技园、金积嘉科技园、联创家电城、金积嘉工业园五园构成（parent 记基地）。基地本身“将落户布吉”“预计5年内总投资约50亿元”——作为园区开发项目列入（status planned，可选），金额另记为基地的计划投资事实（target）。年产值200亿元为预计（target）。约80家中小企业为“该区域内”现状（reported，qualifier 约）。区领导不列。",
  "xs01"),
 parks=[
  park(JD, "深圳", "广东", "产业集聚基地", "深圳市现代家电产业集聚基地为深圳市九大产业集聚基地之一", district="龙岗区", aliases=["家电基地"],
       note="首次作“家电产业集聚基地”；布吉、南湾街道布澜大道两侧"),
  park("甘李工业园", "深圳", "广东", "工业园", A2, district="龙岗区", parent=JD, note="家电基地的核心园区"),
  park("联大科技园", "深圳", "广东", "科技园", A1, district="龙岗区", parent=JD),
  park("金积嘉科技园", "深圳", "广东", "科技园", A1, district="龙岗区", parent=JD),
  park("联创家电城", "深圳", "广东", "园区", A1, district="龙岗区", parent=JD, note="文中列为五个园区之一"),
  park("金积嘉工业园", "深圳", "广东", "工业园", A1, district="龙岗区", parent=JD),
 ],
 projects=[
  proj(JD, None, A3, inv="基地预计5年内总投资约50亿元", qual="约", qual_text="约", status="planned", status_text="将落户布吉", opt=True,
       note="园区开发项目；“大型优势传统产业项目”“被作为重点项目推介”；龙岗区内，无上级园区"),
 ],
 aggregate_facts=[
  fact(JD, "park", "planned_area_m2", 1.698e6, "m2", A0, AS1),
  fact(JD, "park", "expected_annual_output_cny", 2e10, "cny", "全面投产后预计年产值可达200亿元人民币", "全面投产后（预计）", kind="target", chk=True),
  fact(JD, "park", "firms", 80, "count", A3, AS1, qual="约", qtext="约", note="中小型企业"),
  fact(JD, "park", "planned_investment_cny", 5e9, "cny", "基地预计5年内总投资约50亿元", "5年内（预计）", kind="target", qual="约", qtext="约", chk=True),
  fact(JD, "park", "component_parks", 5, "count", A1, AS1, opt=True),
  fact("甘李工业园", "park", "site_area_m2", 6.2e5, "m2", A2, AS1),
 ])

# ---------------------------------------------------------------- xs02 大良 五沙工业园 三大项目动工 (广州日报 2022)
WS = "五沙工业园"
B0 = "“大业良城 提质增效——重点产业项目集中开工”主题活动在五沙工业园举行,智途云湾科技园新建项目以及惠尔家、三胜公司增资扩产项目正式动工,三大重点项目计划投资近10亿元"
B1 = "数据显示,今年上半年,大良街道共有5个重点产业项目落户,出让用地338亩,总投资25亿元"
AS2 = "2022年上半年（至6月中旬）"
G["xs02"] = dict(
 article=art("（无标题）顺德大良五沙工业园三大重点产业项目动工 计划投资近10亿元", "广州日报（全媒体记者王名润、黄子宁，通讯员良宣），gzdaily.dayoo.com", "2022-06-20", "day",
  "City daily's district page, Guangdong (Foshan Shunde): a town-level (街道) groundbreaking in an industrial park — one new park project and two firms' expansion projects started with their combined investment, the 街道's half-year projects landed, land sold and investment, its two platforms",
  "https://gzdaily.dayoo.com/pc/html/2022-06/20/content_473_795632.htm",
  "存段无标题、无日期行（title 为编者概括）。日期取网址 2022-06/20；开工活动在6月18日。署名行“文、图/广州日报全媒体记者王名润、黄子宁 通讯员良宣”在正文中，保留为一段；小标题“抢抓新机遇 重大项目抢滩中心城区”保留。存段末行“记者了解到,今年上”为残句，已删；正文截至“…取得了显著的成果。”，共七段。园区：五沙工业园（又作“五沙工业园区”；佛山市顺德区大良街道，广东）。红岗科技中枢为“两大平台”之一，列可选园区。项目：智途云湾科技园新建项目、惠尔家增资扩产项目、三胜公司增资扩产项目（原文“惠尔家、三胜公司增资扩产项目”，名称按原文拆开），均“在五沙工业园举行”的集中开工中“正式动工”→开工，园区五沙工业园；“计划投资近10亿元”为三项合计，不作单项金额，另记事实（subject 五沙工业园，qualifier 约/近）。公司：惠尔家、三胜公司（在园增资扩产）。大良街道上半年5个重点产业项目落户、出让用地338亩、总投资25亿元（region，cumulative）。",
  "xs02"),
 parks=[
  park(WS, "佛山", "广东", "工业园", B0, district="顺德区", aliases=["五沙工业园区"], note="大良街道；“两大平台”之一"),
  park("红岗科技中枢", "佛山", "广东", "科技平台", "大力打造五沙工业园区和红岗科技中枢“两大平台”", district="顺德区", opt=True),
 ],
 companies=[
  comp("惠尔家", WS, B0, note="增资扩产项目动工"),
  comp("三胜公司", WS, B0, note="增资扩产项目动工"),
 ],
 projects=[
  proj("智途云湾科技园新建项目", WS, B0, status="开工", status_text="正式动工", aliases=["智途云湾科技园"], note="三项合计计划投资近10亿元，无单项金额"),
  proj("惠尔家增资扩产项目", WS, B0, companies=["惠尔家"], status="开工", status_text="正式动工", note="原文“惠尔家、三胜公司增资扩产项目”"),
  proj("三胜公司增资扩产项目", WS, B0, companies=["三胜公司"], status="开工", status_text="正式动工", note="原文“惠尔家、三胜公司增资扩产项目”"),
 ],
 aggregate_facts=[
  fact(WS, "park", "projects_started", 3, "count", B0, "2022-06-18", note="三大重点项目"),
  fact(WS, "park", "projects_started_investment_cny", 1e9, "cny", "三大重点项目计划投资近10亿元", "2022-06-18", qual="约", qtext="近", chk=True,
       note="三项合计计划投资"),
  fact("大良街道", "region", "projects_landed", 5, "count", B1, AS2, kind="cumulative", note="重点产业项目"),
  fact("大良街道", "region", "land_sold_mu", 338, "mu", B1, AS2, kind="cumulative"),
  fact("大良街道", "region", "projects_landed_investment_cny", 2.5e9, "cny", "总投资25亿元", AS2, kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- xs03 勒流 村改项目 动工 / 签约 (南方日报 via sdlib 2020)
GK = "港口集约工业区"
C0 = "勒流街道的东荣创新智造园项目、创大智慧园项目正式动工建设"
C1 = "除了两个动工建设的村改项目之外,美桦工业园、小熊电器总部升级改造两个村改项目在当天的签约"
C2 = "正式进入动工建设阶段之一的东荣创新智造园项目,位于勒流街道港口集约工业区,用地总面积87048平方米(约131亩)"
C3 = "广东东荣金属制品有限公司是园区开发建设的主体,将投资不少于8亿元对原企业地块厂房,包括生产线换代整合等方面进行更新改造"
C4 = "计划拆除改造2786亩,包括光大工业区、江村工业区、龙眼工业区二期、上涌工业区等重点项目"
AS3 = "2020-03-17"
G["xs03"] = dict(
 article=art("顺德村改总攻大提速|勒流项目齐发,小五金、小家电智造升级", "南方日报（“信息来源: 南方日报”），载于顺德图书馆“乡村振兴数据库” sdlib.com.cn", "2020-03-18", "day",
  "Provincial daily's item kept in a district library's database, Guangdong (Foshan Shunde): a 街道's village-industrial-park renovation — two park projects started (one with its site, floor area, developer firm and investment), two signed, last year's land consolidation and factory floor built, this year's renovation target with the industrial zones named",
  "https://www.sdlib.com.cn/home/sdcg/detail/id/88406.html",
  "日期取页面“加入时间:2020-03-18 10:02”（信息来源:南方日报）；活动在3月17日。标题行前的列表符“• ”已删（make_txt.py HEAD_PREFIX）；面包屑、加入时间行已删。小标题两行（“两个项目动工建设”“掀起五金特色小镇建设高潮”）保留。存段末行“改”为下一段残字，已删；正文截至“…进行更新改造。”，共八段（含小标题）。地点：佛山市顺德区勒流街道（街道不是园区）。项目：东荣创新智造园项目（开工；文中说位于港口集约工业区 → park 港口集约工业区；广东东荣金属制品有限公司为开发主体，“将投资不少于8亿元”→ investment 8亿元，qualifier 超（不少于））；创大智慧园项目（开工；园区未说 → null）；美桦工业园、小熊电器总部升级改造（村改项目，签约；园区未说 → null）。这几处“园”本身是改造中的园区，列为可选园区。光大工业区、江村工业区、龙眼工业区二期、上涌工业区为今年拆除改造的重点（可选园区）。勒流街道2019年土地整理2077亩、新建厂房108万平方米（reported），今年计划拆除改造2786亩（target）。",
  "xs03"),
 parks=[
  park(GK, "佛山", "广东", "工业区（集约工业区）", C2, district="顺德区", note="勒流街道"),
  park("东荣创新智造园", "佛山", "广东", "产业园（村改）", C2, district="顺德区", parent=GK, opt=True, note="在建园区，亦为项目"),
  park("创大智慧园", "佛山", "广东", "产业园（村改）", C0, district="顺德区", opt=True, note="在建园区，亦为项目"),
  park("美桦工业园", "佛山", "广东", "工业园（村改）", C1, district="顺德区", opt=True, note="签约改造的村级工业园，亦为项目"),
  park("光大工业区", "佛山", "广东", "工业区", C4, district="顺德区", opt=True, note="今年计划拆除改造"),
  park("江村工业区", "佛山", "广东", "工业区", C4, district="顺德区", opt=True, note="今年计划拆除改造"),
  park("龙眼工业区", "佛山", "广东", "工业区", C4, district="顺德区", opt=True, note="原文“龙眼工业区二期”"),
  park("上涌工业区", "佛山", "广东", "工业区", C4, district="顺德区", opt=True, note="今年计划拆除改造"),
 ],
 companies=[
  comp("广东东荣金属制品有限公司", GK, C3, note="东荣创新智造园开发建设主体；原企业地块在港口集约工业区（由语境推定）"),
  comp("小熊电器", None, C1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("东荣创新智造园项目", GK, C3, companies=["广东东荣金属制品有限公司"], inv="投资不少于8亿元", qual="超", qual_text="不少于",
       status="开工", status_text="正式动工建设", note="状态见“勒流街道的东荣创新智造园项目、创大智慧园项目正式动工建设”；园区见“位于勒流街道港口集约工业区”"),
  proj("创大智慧园项目", None, C0, status="开工", status_text="正式动工建设", note="勒流街道；园区未说"),
  proj("美桦工业园", None, C1, status="签约", status_text="在当天的签约", note="村改项目"),
  proj("小熊电器总部升级改造", None, C1, companies=["小熊电器"], status="签约", status_text="在当天的签约", note="村改项目"),
 ],
 aggregate_facts=[
  fact("勒流街道", "region", "projects_started", 2, "count", C0, AS3, note="村改项目"),
  fact("勒流街道", "region", "projects_signed", 2, "count", C1, AS3, note="村改项目"),
  fact("勒流街道", "region", "land_consolidated_mu", 2077, "mu", "2019年勒流完成土地整理2077亩、新建厂房108万平方米", "2019年"),
  fact("勒流街道", "region", "factory_floor_built_m2", 1.08e6, "m2", "新建厂房108万平方米", "2019年"),
  fact("勒流街道", "region", "planned_renovation_mu", 2786, "mu", C4, "2020年（计划）", kind="target"),
  fact("东荣创新智造园项目", "project", "site_area_m2", 87048, "m2", C2, AS3, opt=True),
  fact("东荣创新智造园项目", "project", "floor_area_m2", 2.3e5, "m2", "改造后建筑面积23万平方米,建设规模为现状3.5倍", "改造后（计划）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- xs04 中山大型产业集聚区 2023 (广州日报 2024)
ZS = "中山市大型产业集聚区"
D0 = "2023年,中山大型产业集聚区实现规上工业增加值808.1亿元,完成工业投资308.6亿元;签约落地亿元以上项目111个,总投资超530亿元;新增规模以上工业企业257家"
D1 = "今年以来,南朗产业园、板芙经开区、岐江新城经开区成功获批省级产业园,全市省级以上园区从2021年末的3个增至6个"
G["xs04"] = dict(
 article=art("中山大型产业集聚区获评“优秀”等次", "广州日报（全媒体记者姜永涛，通讯员钟工信），ZSA9版 中山新闻", "2024-07-12", "day",
  "City daily's Zhongshan page, Guangdong: a city's large industrial cluster zone rated excellent — its planned area and 2023 figures (value added, industrial investment, projects signed with total investment, new above-scale firms), a development zone made a provincial specialty park, three parks approved as provincial parks",
  "https://gzdaily.dayoo.com/pc/html/2024-07/12/content_519_863281.htm",
  "日期取页面“2024年07月12日 星期五”及网址。标题照录；版次行、署名行“姜永涛”、“本文字数:499”及页尾分享与版权行已删。正文四段，完整。园区：中山市大型产业集聚区（又作“中山大型产业集聚区”“大型产业集聚区”；中山市，广东；省批大型产业集聚区）；中山市火炬开发区（入选省特色产业园）；南朗产业园、板芙经开区、岐江新城经开区（今年获批省级产业园）。事实：集聚区总规划面积470.96平方公里；2023年规上工业增加值808.1亿元、工业投资308.6亿元、签约落地亿元以上项目111个、总投资超530亿元（超）、新增规上工业企业257家（reported）；中山市省级以上园区由3个增至6个（region，可选）。无项目、无公司。",
  "xs04"),
 parks=[
  park(ZS, "中山", "广东", "大型产业集聚区", "中山市大型产业集聚区获评年度考核“优秀”等次", aliases=["中山大型产业集聚区"],
       note="全省首批7个大型产业集聚区之一"),
  park("中山市火炬开发区", "中山", "广东", "开发区", "中山市火炬开发区以“光电及电子元器件”入选省特色产业园", note="入选省特色产业园"),
  park("南朗产业园", "中山", "广东", "产业园（省级）", D1),
  park("板芙经开区", "中山", "广东", "经开区（省级产业园）", D1),
  park("岐江新城经开区", "中山", "广东", "经开区（省级产业园）", D1),
 ],
 aggregate_facts=[
  fact(ZS, "park", "planned_area_km2", 470.96, "km2", "总规划面积为470.96平方公里", "2024年7月"),
  fact(ZS, "park", "above_scale_industrial_value_added_cny", 8.081e10, "cny", "实现规上工业增加值808.1亿元", "2023年", chk=True),
  fact(ZS, "park", "industrial_investment_cny", 3.086e10, "cny", "完成工业投资308.6亿元", "2023年", chk=True),
  fact(ZS, "park", "projects_signed", 111, "count", D0, "2023年", note="签约落地亿元以上项目"),
  fact(ZS, "park", "signed_investment_cny", 5.3e10, "cny", "总投资超530亿元", "2023年", qual="超", qtext="超", chk=True),
  fact(ZS, "park", "new_above_scale_firms", 257, "count", D0, "2023年"),
  fact("中山市", "region", "provincial_parks", 6, "count", D1, "2024年7月", opt=True, note="省级以上园区，2021年末3个"),
 ])

# ---------------------------------------------------------------- xs05 古劳镇 四个项目集中签约 (江门日报 2025)
WY = "万洋众创城"
E0 = "此次签约共有4家企业参与,涵盖工业地产、文化旅游、摩托车零部件、珠宝首饰制造等领域,项目计划总投资达10.4亿元"
E1 = "其中,鹤山(古劳)万洋众创城三期项目紧邻已交付投产的万洋众创城一期、二期,总投资5亿元,将重点引入智能家居、电子元器件、体育用品等产业,预计项目达产后可实现年产值约5.5亿元"
E2 = "江门古劳水乡旅游区提升改造项目总投资3亿元,将分两期对古劳水乡旅游区进行全面提升改造"
E3 = "江门市立富机械科技有限公司项目总投资1.4亿元,将为本土知名摩托车企业配套生产车架等零部件"
E4 = "广州家宝珠宝有限公司鹤山项目投资1亿元,是古劳镇开展“亲情招商”的标志性成果之一"
E5 = "2024年,古劳镇引进规上工业企业18家,其中投资超亿元项目4个;盘活闲置厂房7万平方米"
E6 = "启润新材料、浦鸿半导体、聚庞新材料、联和智能4家企业成功晋级“亿元俱乐部”"
AS5 = "2025年一季度"
G["xs05"] = dict(
 article=art("（无标题）古劳镇一季度招商引资项目集中签约 计划总投资10.4亿元", "江门日报（记者张舜同，通讯员凌冲），dzb.jmrb.com 电子版", "2025-04-04", "day",
  "City daily's short news, Guangdong (Jiangmen Heshan): a town's quarterly signing — four projects each with investment and expected output, one the third phase of a town industrial park, the town's 2024 firms attracted and idle factory space revived",
  "http://dzb.jmrb.com:8080/jmrb/html/2025-04/04/content_729923.htm",
  "存段无标题、无日期行（title 为编者概括）。日期取网址 2025-04/04；文中“日前”。存段末段“接下来,古劳镇将坚持…推动更多优质项目早签约、早落地、早动工”在句中中断，整段删去；正文截至“…晋级“亿元俱乐部”。”，共六段。地点：江门市鹤山市古劳镇（镇不是园区）。园区：万洋众创城（一期、二期已交付投产；又见于项目名“鹤山(古劳)万洋众创城三期项目”，作别名）。项目四个，均“集中签约”→签约：鹤山(古劳)万洋众创城三期项目（5亿元，园区万洋众创城——三期为该园扩建，按 zv05 惯例记所在园区）；江门古劳水乡旅游区提升改造项目（3亿元，旅游项目，园区 null）；江门市立富机械科技有限公司项目（1.4亿元，盘活闲置厂房，园区未说 → null）；广州家宝珠宝有限公司鹤山项目（1亿元，null）。各项目“预计达产后年产值约…”记项目事实（target，约）。镇：4家企业签约、计划总投资10.4亿元（reported）；2024年引进规上工业企业18家、投资超亿元项目4个、盘活闲置厂房7万平方米；启润新材料等4家晋级“亿元俱乐部”（可选公司，园区 null）。",
  "xs05"),
 parks=[
  park(WY, "江门", "广东", "产业园（众创城）", E1, district="鹤山市", aliases=["鹤山(古劳)万洋众创城"], note="古劳镇；一期、二期已交付投产"),
 ],
 companies=[
  comp("江门市立富机械科技有限公司", None, E3, note="项目业主；古劳镇，园区未说"),
  comp("广州家宝珠宝有限公司", None, E4, note="项目投资方"),
  comp("启润新材料", None, E6, opt=True, note="晋级“亿元俱乐部”"),
  comp("浦鸿半导体", None, E6, opt=True, note="同上"),
  comp("聚庞新材料", None, E6, opt=True, note="同上"),
  comp("联和智能", None, E6, opt=True, note="同上"),
 ],
 projects=[
  proj("鹤山(古劳)万洋众创城三期项目", WY, E1, inv="总投资5亿元", phase="三期", status="签约", status_text="集中签约"),
  proj("江门古劳水乡旅游区提升改造项目", None, E2, inv="总投资3亿元", status="签约", status_text="集中签约", note="文旅项目"),
  proj("江门市立富机械科技有限公司项目", None, E3, companies=["江门市立富机械科技有限公司"], inv="总投资1.4亿元", status="签约", status_text="集中签约"),
  proj("广州家宝珠宝有限公司鹤山项目", None, E4, companies=["广州家宝珠宝有限公司"], inv="投资1亿元", status="签约", status_text="集中签约"),
 ],
 aggregate_facts=[
  fact("古劳镇", "region", "projects_signed", 4, "count", E0, AS5, note="4家企业参与签约"),
  fact("古劳镇", "region", "signed_investment_cny", 1.04e9, "cny", "项目计划总投资达10.4亿元", AS5, chk=True),
  fact("鹤山(古劳)万洋众创城三期项目", "project", "expected_annual_output_cny", 5.5e8, "cny", "预计项目达产后可实现年产值约5.5亿元", "达产后（预计）", kind="target", qual="约", qtext="约", chk=True),
  fact("江门市立富机械科技有限公司项目", "project", "expected_annual_output_cny", 2e8, "cny", "预计项目达产后可实现年产值约2亿元", "达产后（预计）", kind="target", qual="约", qtext="约", chk=True),
  fact("广州家宝珠宝有限公司鹤山项目", "project", "expected_annual_output_cny", 5e8, "cny", "预计项目达产后可实现年产值约5亿元", "达产后（预计）", kind="target", qual="约", qtext="约", chk=True),
  fact("古劳镇", "region", "above_scale_firms_introduced", 18, "count", E5, "2024年"),
  fact("古劳镇", "region", "projects_over_100m_introduced", 4, "count", E5, "2024年", opt=True, note="投资超亿元项目"),
  fact("古劳镇", "region", "idle_factory_revived_m2", 7e4, "m2", E5, "2024年", opt=True),
  fact("古劳镇", "region", "firms_over_100m_output_new", 4, "count", E6, "2024年", opt=True, note="晋级“亿元俱乐部”"),
 ])

# ---------------------------------------------------------------- xs06 惠州 大项目奠基竣工投产 (中国经济网 2013)
ZK = "仲恺高新技术开发区"
ZSJ = "珠三角产业转移工业园"
F0 = "今年3月份以来,广东惠州市惠城区、仲恺高新区、惠东县等县区相继一批大项目奠基与竣工或投产,涉及奠基与竣工项目100余宗,投资总额逾500亿元人民币"
F1 = "其中,惠城区有69宗项目签约、动工、奠基或竣工,涉及投资总额达318亿元,仅高新技术产业及先进制造项目有16宗、投资额达50亿元,商贸园投资总规模达200亿元"
F2 = "仲恺高新技术开发区有9宗项目竣工投产,仅安姆科(中国)投资有限公司注册资本就达5.3亿元,预计年经营销售收入达100亿元"
F3 = "从昨天到今天,该市惠东县又有30宗与28宗项目在该县珠三角产业转移工业园竣工,涉及项目投资总额达156.9亿元"
AS6 = "2013年3月至4月下旬"
G["xs06"] = dict(
 article=art("（无标题）惠州惠城区、仲恺高新区、惠东县一批大项目奠基竣工投产 投资总额逾500亿元", "中国经济网（district.ce.cn 地方经济 滚动；责任编辑袁霓；原发媒体未注明）", "2013-04-28", "day",
  "National economic portal's regional roll, Guangdong (Huizhou): a city's districts and zones with projects founded, completed and in production since March — counts and investment per district, a high-tech zone's projects in production with one firm's capital and expected sales, a county's industrial-transfer park with projects completed on two days",
  "http://district.ce.cn/newarea/roll/201304/28/t20130428_714172.shtml",
  "存段无标题、无日期行（title 为编者概括）。日期取网址 201304/28；文中“从昨天到今天”指发稿前两日。末行“(责任编辑:袁霓)”已删；“(完)”在正文末，保留。正文五段，完整。园区：仲恺高新技术开发区（首次作“仲恺高新区”，作别名；惠州市，广东）；珠三角产业转移工业园（惠东县，文中“该县珠三角产业转移工业园”）。“商贸园”泛指，不列。惠城区、惠东县为区县（region）。公司：安姆科(中国)投资有限公司（仲恺9宗竣工投产项目之一，园区仲恺）。无具名项目。事实：全市（三县区等）100余宗、逾500亿元（region 惠州市，余/超）；惠城区69宗、318亿元，其中高新技术及先进制造16宗、50亿元，商贸园200亿元（可选）；仲恺9宗竣工投产；安姆科注册资本5.3亿元、预计年销售收入100亿元（target）；惠东珠三角产业转移工业园“30宗与28宗项目”竣工（两日分别计，记两项）、156.9亿元；惠州市上年生产总值2368亿元、外资企业1万多家、台资2000多家（可选）。",
  "xs06"),
 parks=[
  park(ZK, "惠州", "广东", "高新区", F2, aliases=["仲恺高新区"], note="首次作“仲恺高新区”"),
  park(ZSJ, "惠州", "广东", "产业转移工业园", F3, district="惠东县", note="文中“该县珠三角产业转移工业园”"),
 ],
 companies=[
  comp("安姆科(中国)投资有限公司", ZK, F2, note="仲恺9宗竣工投产项目之一"),
 ],
 aggregate_facts=[
  fact("惠州市", "region", "projects_founded_or_completed", 100, "count", F0, AS6, kind="cumulative", qual="余", qtext="余", note="惠城区、仲恺高新区、惠东县等县区合计"),
  fact("惠州市", "region", "projects_investment_cny", 5e10, "cny", "投资总额逾500亿元人民币", AS6, kind="cumulative", qual="超", qtext="逾", chk=True),
  fact("惠城区", "region", "projects_signed_started_or_completed", 69, "count", F1, AS6, kind="cumulative"),
  fact("惠城区", "region", "projects_investment_cny", 3.18e10, "cny", "涉及投资总额达318亿元", AS6, kind="cumulative", chk=True),
  fact("惠城区", "region", "high_tech_manufacturing_projects", 16, "count", F1, AS6, kind="cumulative", opt=True),
  fact("惠城区", "region", "high_tech_manufacturing_investment_cny", 5e9, "cny", "投资额达50亿元", AS6, kind="cumulative", opt=True, chk=True),
  fact("惠城区", "region", "trade_park_investment_cny", 2e10, "cny", "商贸园投资总规模达200亿元", AS6, opt=True, chk=True),
  fact(ZK, "park", "projects_in_production", 9, "count", F2, AS6, kind="cumulative", note="竣工投产"),
  fact("安姆科(中国)投资有限公司", "company", "registered_capital_cny", 5.3e8, "cny", "仅安姆科(中国)投资有限公司注册资本就达5.3亿元", AS6, chk=True),
  fact("安姆科(中国)投资有限公司", "company", "expected_annual_sales_cny", 1e10, "cny", "预计年经营销售收入达100亿元", "年（预计）", kind="target", chk=True),
  fact(ZSJ, "park", "projects_completed", 30, "count", F3, "2013年4月下旬（前一日）"),
  fact(ZSJ, "park", "projects_completed", 28, "count", F3, "2013年4月下旬（当日）"),
  fact(ZSJ, "park", "projects_completed_investment_cny", 1.569e10, "cny", "涉及项目投资总额达156.9亿元", "2013年4月下旬（两日合计）", chk=True),
  fact("惠州市", "region", "gdp_cny", 2.368e11, "cny", "去年的生产总值达2368亿元", "2012年", opt=True, chk=True),
  fact("惠州市", "region", "foreign_firms", 10000, "count", "外资企业达1万多家,其中台资企业就达2000多家", "2013年4月", qual="余", qtext="多", opt=True),
  fact("惠州市", "region", "taiwan_funded_firms", 2000, "count", "其中台资企业就达2000多家", "2013年4月", qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- xs07 里水 52个重大项目 (珠江时报 2022)
FB = "佛北战新产业园"
G0 = "里水镇共有52个项目发布,总投资达743.58亿元,年度计划投资135.1亿元"
G1 = "在飞荣达通信集成大湾区生产基地项目现场,里水镇镇长邓秀娟向区委、区政府报告了2021年重点项目建设情况"
G2 = "2021年,里水镇共有区重点建设项目38个,总投资625.39亿元,年度计划投资122.63亿元,年度完成投资134.71亿元,占年度投资计划的109.85%"
G3 = "据了解,里水2022年第一季度3个开工重大项目均属于佛北战新产业园内项目。佛北战新产业园是全省七个大型产业集聚区之一,跨南海、三水两区,总规划面积487平方公里"
G4 = "其中,佛北大型产业集聚区(里水镇内)面积51840亩"
AS7 = "2022年"
G["xs07"] = dict(
 article=art("里水发布 52个重大项目 总投资达743.58亿元", "珠江时报（记者陈志健），szb.nanhaitoday.com 里水社区报", "2022-03-08", "day",
  "District paper's town edition, Guangdong (Foshan Nanhai): a town's 2022 major-project list (count, total and annual investment), first-quarter projects started and signed, last year's key-project investment completed, the large industrial cluster zone the started projects lie in with its area",
  "https://szb.nanhaitoday.com/epaper/lssqb/html/2022-03/08/content_2466.htm",
  "日期取网址 2022-03/08；文中“日前”。标题两行（“里水发布 52个重大项目”“总投资达743.58亿元”）以空格连成一行。页面把“总投资27.5亿”“元,年度计划投资6.7亿元…”断成两行，make_txt.py JOIN 原样拼接。存段末小标题“加大龙头项目招引力度”及其下残段（“…力促形成”）已删；正文截至“…规模和比重。”，共五段（含小标题“共有区重点建设项目38个”）。地点：佛山市南海区里水镇（镇不是园区）。园区：佛北战新产业园（大型产业集聚区，跨南海、三水）；佛北大型产业集聚区(里水镇内)（其里水部分，可选，parent 佛北战新产业园）。项目：飞荣达通信集成大湾区生产基地项目——只作汇报地点，未说状态、金额、园区（可能是三个开工项目之一，未明说；status / park null）。一季度3个开工重大项目“均属于佛北战新产业园内项目”，但未具名。事实：里水镇2022年52个项目、743.58亿元、年度计划135.1亿元（target）；一季度开工3个、27.5亿元、年度计划6.7亿元（可选 target）；招商引资超亿元产业项目3个、签约20亿元；2021年区重点项目38个、总投资625.39亿元、年度计划122.63亿元（可选）、完成134.71亿元、占计划109.85%（可选）。园区面积：487平方公里，51840亩（启动区17475亩可选）。",
  "xs07"),
 parks=[
  park(FB, "佛山", "广东", "大型产业集聚区", G3, district="南海区、三水区", note="全省七个大型产业集聚区之一"),
  park("佛北大型产业集聚区", "佛山", "广东", "大型产业集聚区（镇内部分）", G4, district="南海区", parent=FB, opt=True, note="原文“佛北大型产业集聚区(里水镇内)”"),
 ],
 companies=[
  comp("飞荣达", None, G1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("飞荣达通信集成大湾区生产基地项目", None, G1, companies=["飞荣达"], note="汇报现场；状态、金额、园区均未说"),
 ],
 aggregate_facts=[
  fact("里水镇", "region", "major_projects_listed", 52, "count", G0, AS7),
  fact("里水镇", "region", "major_projects_total_investment_cny", 7.4358e10, "cny", G0, AS7, chk=True),
  fact("里水镇", "region", "planned_annual_investment_cny", 1.351e10, "cny", "年度计划投资135.1亿元", "2022年（计划）", kind="target", chk=True),
  fact("里水镇", "region", "projects_started", 3, "count", "安排第一季度开工重大项目3个,总投资27.5亿元", "2022年一季度"),
  fact("里水镇", "region", "projects_started_investment_cny", 2.75e9, "cny", "总投资27.5亿元", "2022年一季度", chk=True),
  fact("里水镇", "region", "projects_started_planned_annual_investment_cny", 6.7e8, "cny", "年度计划投资6.7亿元", "2022年（计划）", kind="target", opt=True, chk=True),
  fact("里水镇", "region", "projects_signed", 3, "count", "一季度招商引资超亿元产业项目3个,签约投资额20亿元", "2022年一季度"),
  fact("里水镇", "region", "signed_investment_cny", 2e9, "cny", "签约投资额20亿元", "2022年一季度", chk=True),
  fact("里水镇", "region", "key_projects", 38, "count", G2, "2021年"),
  fact("里水镇", "region", "key_projects_total_investment_cny", 6.2539e10, "cny", "总投资625.39亿元", "2021年", chk=True),
  fact("里水镇", "region", "planned_annual_investment_cny", 1.2263e10, "cny", "年度计划投资122.63亿元", "2021年（计划）", kind="target", opt=True, chk=True),
  fact("里水镇", "region", "investment_completed_cny", 1.3471e10, "cny", "年度完成投资134.71亿元", "2021年", chk=True),
  fact("里水镇", "region", "investment_plan_completion", 1.0985, "ratio", "占年度投资计划的109.85%", "2021年", kind="ratio", opt=True),
  fact(FB, "park", "planned_area_km2", 487, "km2", G3, "2022年3月"),
  fact("佛北大型产业集聚区", "park", "area_mu", 51840, "mu", G4, "2022年3月", note="里水镇内部分"),
  fact("佛北大型产业集聚区", "park", "startup_area_mu", 17475, "mu", "其中启动区面积17475亩", "2022年3月", opt=True),
 ])

# ---------------------------------------------------------------- xs08 大朗(乐昌)产业共建科技园二期动工 (莞讯网 2019)
DL = "大朗(乐昌)产业共建科技园"
LC = "乐昌产业园"
H0 = "记者昨日获悉,大朗(乐昌)产业共建科技园二期奠基动工暨招商项目集中签约仪式6月26日在乐昌产业园举行"
H1 = "在本次奠基仪式上,大朗(乐昌)产业共建科技园成功签约10个入园企业,总投资2.09亿元,均为智能装备制造等高科技企业,其中9家为高新技术企业"
H2 = "该批项目投产后,预计年产值将突破3亿元,年创税超过600万元"
H3 = "在大朗和乐昌的共同努力下,大朗(乐昌)产业共建科技园已经引进项目达102个,引进的总投资额高达120亿元"
H4 = "大朗乐昌两地共同启动了大朗(乐昌)产业共建科技园项目。该项目用地面积93.6亩,总建筑面积近10万平方米,计划总投资3.3亿元"
H5 = "目前,一期建设正在进行,共投资2.3亿元,总建筑面积57197平方米"
AS8 = "2019年6月"
G["xs08"] = dict(
 article=art("大朗(乐昌)产业共建科技园二期动工", "莞讯网（guannews.com，“来源:莞讯网”，责任编辑百花残）", "2019-07-02", "day",
  "Dongguan local news site, Guangdong: a Dongguan town's co-built park in a partner county (乐昌, 韶关) — phase 2 groundbreaking, ten firms signed with investment and expected output and tax, the park's cumulative projects and investment, the park project's area, planned investment and phase-1 progress",
  "http://www.guannews.com/xinwen/129915.html",
  "日期取页面“2019-07-02 09:16:56”；仪式在6月26日（“记者昨日获悉”）。标题照录；栏目来源行与重复标题行已删。存段末段“近年来,大朗和乐昌…连续两年排名第一,充分说明“大朗”在句中中断，整段删去（其中数字与首段重复）；正文截至“…推动孵化一批科技创新型企业。”，共四段。园区：大朗(乐昌)产业共建科技园（东莞市大朗镇与韶关乐昌市共建，在乐昌，不在珠三角——按本集“东莞镇街园区”角度收入；city 记韶关）；乐昌产业园（仪式地点，推定为科技园所在园区，parent 与项目园区据此推定，可选园区）。项目：大朗(乐昌)产业共建科技园项目（计划总投资3.3亿元；一期建设正在进行 → 在建；一期共投资2.3亿元另记项目事实）；大朗(乐昌)产业共建科技园二期（奠基动工 → 开工；无单独金额）。10个入园企业未具名：签约10个、总投资2.09亿元、9家高新技术企业、投产后预计年产值“突破3亿元”（超）、年创税“超过600万元”（超）——记于科技园（target 者为预计）。累计引进项目102个、总投资额120亿元（cumulative）。",
  "xs08"),
 parks=[
  park(DL, "韶关", "广东", "产业共建园", H0, district="乐昌市", parent=LC, note="东莞大朗镇与乐昌市共建；所在园区由仪式地点推定"),
  park(LC, "韶关", "广东", "产业园", H0, district="乐昌市", opt=True, note="仪式地点"),
 ],
 projects=[
  proj("大朗(乐昌)产业共建科技园项目", LC, H4, inv="计划总投资3.3亿元", status="在建", status_text="一期建设正在进行", status_alt="开工",
       note="园区开发项目，2018年启动；二期6月26日奠基动工；园区由仪式地点推定"),
  proj("大朗(乐昌)产业共建科技园二期", LC, H0, phase="二期", status="开工", status_text="奠基动工", note="无单独金额；二期总建筑面积34322平方米"),
 ],
 aggregate_facts=[
  fact(DL, "park", "firms_signed", 10, "count", H1, "2019-06-26", note="入园企业"),
  fact(DL, "park", "signed_investment_cny", 2.09e8, "cny", "总投资2.09亿元", "2019-06-26", chk=True),
  fact(DL, "park", "high_tech_firms_signed", 9, "count", H1, "2019-06-26", opt=True),
  fact(DL, "park", "expected_annual_output_cny", 3e8, "cny", "预计年产值将突破3亿元", "投产后（预计）", kind="target", qual="超", qtext="突破", chk=True, note="10个签约项目"),
  fact(DL, "park", "expected_annual_tax_cny", 6e6, "cny", "年创税超过600万元", "投产后（预计）", kind="target", qual="超", qtext="超过", chk=True, note="10个签约项目"),
  fact(DL, "park", "projects_introduced", 102, "count", H3, AS8, kind="cumulative"),
  fact(DL, "park", "investment_attracted_cny", 1.2e10, "cny", "引进的总投资额高达120亿元", AS8, kind="cumulative", chk=True),
  fact("大朗(乐昌)产业共建科技园项目", "project", "site_area_mu", 93.6, "mu", H4, AS8, opt=True),
  fact("大朗(乐昌)产业共建科技园项目", "project", "phase1_investment_cny", 2.3e8, "cny", "共投资2.3亿元", AS8, chk=True),
  fact("大朗(乐昌)产业共建科技园项目", "project", "floor_area_m2", 1e5, "m2", H4, AS8, qual="约", qtext="近", opt=True),
 ])

# ---------------------------------------------------------------- xs09 狮山(风梅岭)智造科技产业园一期开工 (珠江时报 via cncjw 2022)
FM = "狮山(风梅岭)智造科技产业园"
I0 = "2022年1月3日,总投资超100亿元的狮山(风梅岭)智造科技产业园一期开工"
I1 = "据悉,狮山(风梅岭)智造科技产业园是深圳星中创园区投资有限公司与佛山市建设开发投资有限公司在佛山首个合作投建开发的重点产业园区项目"
I2 = "当天破土动工的是整个项目的一期开发地块,占地面积约12万方米,建设面积达40万方米,总投资超20亿元"
I3 = "据介绍,一期项目计划今年年底建成并投入使用,届时将引进超50家高新技术企业,预计年产值超30亿元,年税收贡献约1亿元"
I4 = "该项目占地面积约47万方米,总建筑面积约200万方米,总投资超百亿,计划分四期进行开发"
G["xs09"] = dict(
 article=art("狮山又一投资超百亿项目开工 为建设佛北战新产业园提供有力支撑", "珠江时报（“来源:珠江时报”），载于 news.cncjw.com.cn", "2022-01-04", "day",
  "District paper's item relayed by a news site, Guangdong (Foshan Nanhai): a town's largest industrial-park project — developers, total investment and phases, phase 1 started with its area and investment, phase 1's expected firms, output and tax",
  "http://news.cncjw.com.cn/yizhouremen/2022/0104/32313.html",
  "日期取页面“时间:2022-01-04 08:18:54来源:珠江时报”；开工在2022年1月3日。标题照录；时间来源行已删。小标题“建狮山最大产业园区”“项目建设体现狮山速度”保留。存段末段“身处佛山建设…提出狮山“2+2”“两个坚定扛起、两个有力”在句中中断，整段删去；正文截至“…盘石信心满满。”，共七段（含小标题）。园区：狮山(风梅岭)智造科技产业园（又作“风梅岭智造科技产业园”；佛山市南海区狮山镇，广东）；佛北战新产业园只在标题“为建设佛北战新产业园提供有力支撑”中，列可选园区，不作上级园区。项目：狮山(风梅岭)智造科技产业园一期（“一期开工”“破土动工”→开工；“总投资超20亿元”→超；园区记本园）；狮山(风梅岭)智造科技产业园（整个园区开发项目，“总投资超100亿元”/“超百亿”→超，分四期开发，状态不单列，园区 null）。公司：深圳星中创园区投资有限公司（又作“星中创”）、佛山市建设开发投资有限公司（又作“建投”）为合作投建方（园区 null）。一期“届时将引进超50家高新技术企业，预计年产值超30亿元，年税收贡献约1亿元”为预计（target，项目事实）。",
  "xs09"),
 parks=[
  park(FM, "佛山", "广东", "产业园", I1, district="南海区", aliases=["风梅岭智造科技产业园"], note="狮山镇；狮山规模最大现代化产业园区"),
  park(FB, "佛山", "广东", "大型产业集聚区", "为建设佛北战新产业园提供有力支撑", opt=True, note="只在标题与末段（已删）中"),
 ],
 companies=[
  comp("深圳星中创园区投资有限公司", None, I1, aliases=["星中创"], note="合作投建方"),
  comp("佛山市建设开发投资有限公司", None, I1, aliases=["建投"], note="合作投建方"),
 ],
 projects=[
  proj("狮山(风梅岭)智造科技产业园一期", FM, I2, companies=["深圳星中创园区投资有限公司", "佛山市建设开发投资有限公司"], inv="总投资超20亿元",
       qual="超", qual_text="超", phase="一期", status="开工", status_text="一期开工；破土动工", aliases=["风梅岭智造科技产业园一期"]),
  proj(FM, None, I0, companies=["深圳星中创园区投资有限公司", "佛山市建设开发投资有限公司"], inv="总投资超100亿元", qual="超", qual_text="超",
       note="整个园区开发项目，分四期；又作“总投资超百亿”；一期已开工，整体状态不单列"),
 ],
 aggregate_facts=[
  fact("狮山(风梅岭)智造科技产业园一期", "project", "expected_high_tech_firms", 50, "count", I3, "2022年底（计划）", kind="target", qual="超", qtext="超", opt=True),
  fact("狮山(风梅岭)智造科技产业园一期", "project", "expected_annual_output_cny", 3e9, "cny", "预计年产值超30亿元", "建成后（预计）", kind="target", qual="超", qtext="超", chk=True),
  fact("狮山(风梅岭)智造科技产业园一期", "project", "expected_annual_tax_cny", 1e8, "cny", "年税收贡献约1亿元", "建成后（预计）", kind="target", qual="约", qtext="约", chk=True),
  fact("狮山(风梅岭)智造科技产业园一期", "project", "site_area_m2", 1.2e5, "m2", I2, "2022年1月", qual="约", qtext="约", opt=True),
  fact("狮山(风梅岭)智造科技产业园一期", "project", "floor_area_m2", 4e5, "m2", I2, "2022年1月", opt=True),
  fact(FM, "project", "site_area_m2", 4.7e5, "m2", I4, "2022年1月", qual="约", qtext="约", opt=True),
  fact(FM, "project", "floor_area_m2", 2e6, "m2", I4, "2022年1月", qual="约", qtext="约", opt=True),
 ])
