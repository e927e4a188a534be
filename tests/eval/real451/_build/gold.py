# real451 ground truth, read by build_all.py (helpers copied from real52). Conventions as real52: evidence verbatim (kh06 in
# traditional script as published); names as written; 超过/超/以上 → 超, 余/多 → 余, 约/近 → 约 (qualifier_text keeps the word).
# Yuan in investment_cny / *_cny facts (first amount of the evidence). Growth rates and shares as ratios. Projects: the park
# the text places the project in, null where only a town / city is named. Status from the text's words.

# ---------------------------------------------------------------- kh01 中山港口镇 32 projects signed (中山+ 2023)
QJ = "岐江新城智慧港"
GK = "港口镇"
K1a = "本次大会共有32个项目现场集中签约,分三种项目类型,其中新引进工业项目16个、新型业态项目8个、“工改”项目8个,意向投资额超78.15亿元"
K1b = "产业园规划面积19.17平方公里(28752亩),其中,港口镇占17.83平方公里(26745亩)"
G["kh01"] = dict(
 article=art("投资额超78亿元!中山港口镇32个项目集中签约", "中山+（中山日报社，zsnews.cn 镇区频道；见习记者 高倩荷）", "2023-12-03", "day",
  "City news portal's town channel, Guangdong (Zhongshan): a town's business-conference signing of 32 projects with intended investment, the town's GDP and growth for three quarters, and the city's theme industrial park in the town with its planned area",
  "http://www.zsnews.cn/town/index/view/cateid/1221/id/717734.html",
  "日期取页面“发布时间:2023-12-03 来源:中山+”。标题照录；日期来源行、三条图片说明（“大会现场。记者 黄艺杰  摄”等）、署名行“见习记者 高倩荷”与编辑行已删。正文六段，完整。园区：岐江新城智慧港（文中又作“岐江新城智慧港园区”“产业园”；中山市十大现代主题产业园之一，规划面积19.17平方公里，其中港口镇占17.83平方公里）。港口镇为镇（region）。32个签约项目未点名，不列项目；签约数与意向投资额记为港口镇事实（签约在港口镇大会上，未说落在智慧港）。“超78.15亿元”→超。前三季度 GDP、规上工业增加值为累计（cumulative）。",
  "kh01"),
 parks=[
  park(QJ, "中山", "广东", "产业园", "据悉,岐江新城智慧港是中山的十大现代主题产业园之一,是在岐江新城范围内唯一的重大产业平台",
       district="港口镇", aliases=["岐江新城智慧港园区"], note="中山十大现代主题产业园之一；主要在港口镇"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(GK, "region", "projects_signed", 32, "count", K1a, "2023-12-03（招商经贸洽谈会）"),
  fact(GK, "region", "signed_investment_cny", 7815000000.0, "cny", K1a, "2023-12-03（招商经贸洽谈会）", qual="超", qtext="超", chk=True, note="意向投资额"),
  fact(GK, "region", "industrial_projects_signed", 16, "count", K1a, "2023-12-03（招商经贸洽谈会）", opt=True, note="新引进工业项目"),
  fact(GK, "region", "gdp_cny", 6820000000.0, "cny", "2023年前三季度,港口镇实现地区生产总值68.2亿元", "2023年1–9月", kind="cumulative", chk=True),
  fact(GK, "region", "gdp_yoy_growth", 0.066, "ratio", "港口镇实现地区生产总值68.2亿元,同比增长6.6%", "2023年1–9月", kind="ratio"),
  fact(GK, "region", "industrial_value_added_cny", 2516000000.0, "cny", "规上工业增加值25.16亿元", "2023年1–9月", kind="cumulative", chk=True, note="规上"),
  fact(GK, "region", "industrial_value_added_growth", 0.089, "ratio", "规上工业增加值25.16亿元,同比增长8.9%", "2023年1–9月", kind="ratio", opt=True),
  fact(GK, "region", "fixed_asset_investment_yoy_growth", 0.469, "ratio", "固定投资同比增长46.9%", "2023年1–9月", kind="ratio", opt=True),
  fact(GK, "region", "industrial_investment_yoy_growth", 1.012, "ratio", "其中工业投资同比增长101.2%", "2023年1–9月", kind="ratio", opt=True),
  fact(QJ, "park", "planned_area_km2", 19.17, "km2", K1b, "2023年", note="规划面积"),
  fact(QJ, "park", "planned_area_in_town_km2", 17.83, "km2", K1b, "2023年", opt=True, note="其中港口镇部分"),
 ])

# ---------------------------------------------------------------- kh02 佛山市杏头工业园正式开园 (tljsb e-paper 2024)
XT = "杏头工业园"
NZ = "佛山南庄高端精密智造产业园"
K2a = "本报广东佛山讯3月20日,中铁一局承建的佛山市十大创新引领型特色制造业园区——杏头工业园项目正式开园,园区举行盛大开园仪式"
K2b = "杏头工业园项目由5栋厂房与1栋综合楼组成,位于佛山南庄高端精密智造产业园内,是目前南庄镇最大的“工改工”项目"
G["kh02"] = dict(
 article=art("佛山市杏头工业园正式开园", "铁路建设报（电子版 tljsb.joyhua.cn，02版；通讯员 袁野 郭晟源）", "2024-03-27", "day",
  "Railway-construction trade paper's e-paper, Guangdong (Foshan): a contractor's note on a town's largest industrial-land renewal park opening — park inside a larger industrial park, buildings, its status as one of the city's ten featured manufacturing parks",
  "http://tljsb.joyhua.cn/tljsb/20240327/html/content_20240327002004.htm",
  "日期取页面“发布日期:2024年03月27日”（开园日为文中“3月20日”）；报名据站点 tljsb（铁路建设报）推定，存段未出报名。标题照录；版面导航、“文章字数:359”与末行署名“(通讯员袁野郭晟源)”已删。正文四段，完整。第三段“体参建人员”原文如此，照录。园区：杏头工业园（佛山市禅城区南庄镇；佛山市十大创新引领型特色制造业园区之一），位于佛山南庄高端精密智造产业园内（parent_park）。项目：杏头工业园项目——“正式开园”不在状态表内，status 留空（status_text 记原词）；无金额。公司：中铁一局（承建方，可选）。",
  "kh02"),
 parks=[
  park(XT, "佛山", "广东", "工业园", K2a, district="禅城区", parent=NZ, note="南庄镇；佛山市十大创新引领型特色制造业园区之一"),
  park(NZ, "佛山", "广东", "产业园", K2b, district="禅城区", note="南庄镇"),
 ],
 companies=[
  comp("中铁一局", XT, K2a, kind="contractor", opt=True, note="承建方"),
 ],
 projects=[
  proj("杏头工业园项目", NZ, K2b, status=None, status_text="正式开园", note="园区开发项目；“正式开园”（建成开园），不在状态表内，留空"),
 ],
 aggregate_facts=[
  fact(XT, "park", "factory_buildings", 5, "count", K2b, "2024-03", opt=True),
 ])

# ---------------------------------------------------------------- kh03 顺德(勒流)智慧家居产业园一期 land (nxnmedia 2020)
LL = "顺德(勒流)智慧家居产业园"
K3a = "7月13日上午,由广东顺银产融投资有限公司、广东顺控城投置业有限公司、广东顺德科创管理集团有限公司共同出资成立的广东集龙产业园有限公司,成功摘牌勒流龙眼工业区地块"
K3b = "该项目是顺德(勒流)智慧家居产业园的一期项目,园区将以智能家电、家居五金为主导产业"
G["kh03"] = dict(
 article=art("顺德(勒流)智慧家居产业园一期项目地块成功出让", "顺德新闻网移动端 h5.nxnmedia.com（顺德区融媒体；存段无署名）", "2020-07-13", "day",
  "District media's mobile site, Guangdong (Foshan Shunde): a sub-district's theme industrial park — phase-1 land won by a state-owned joint venture, land area and location, leading industries — plus a village-renewal (村改) work meeting",
  "http://h5.nxnmedia.com/cff/sd_website/threeDetails.php?id=2911",
  "日期取页面“2020-07-13”。标题照录（存段标题行重复一次，重复行与日期行已删）。正文五段（含小标题一行“全力冲刺…”），完整。园区：顺德(勒流)智慧家居产业园（佛山市顺德区勒流街道，规划超千亩）；一期地块为勒流龙眼工业区地块（龙眼工业区列为可选园区，母园区未说）；大良凤翔工业区、众涌工业区、清源工业区只被提及，可选。公司：广东集龙产业园有限公司（竞得方，园区开发主体）；三家出资方列为可选（园区外，park null）。项目：顺德(勒流)智慧家居产业园一期项目——“成功摘牌”地块，不在状态表内，status 留空；无金额。",
  "kh03"),
 parks=[
  park(LL, "佛山", "广东", "产业园", K3b, district="顺德区", note="勒流街道；打造超千亩的现代化主题产业园"),
  park("勒流龙眼工业区", "佛山", "广东", "工业区", K3a, district="顺德区", opt=True, note="一期地块所在"),
  park("大良凤翔工业区", "佛山", "广东", "工业区", "位于勒流街道东部,与大良凤翔工业区相邻", district="顺德区", opt=True, note="只作方位"),
  park("众涌工业区", "佛山", "广东", "工业区", "与众涌工业区、清源工业区连片发展", district="顺德区", opt=True),
  park("清源工业区", "佛山", "广东", "工业区", "与众涌工业区、清源工业区连片发展", district="顺德区", opt=True),
 ],
 companies=[
  comp("广东集龙产业园有限公司", LL, K3a, note="三家国企共同出资成立，摘牌一期地块"),
  comp("广东顺银产融投资有限公司", None, K3a, opt=True, note="出资方"),
  comp("广东顺控城投置业有限公司", None, K3a, opt=True, note="出资方"),
  comp("广东顺德科创管理集团有限公司", None, K3a, opt=True, note="出资方"),
 ],
 projects=[
  proj("顺德(勒流)智慧家居产业园一期项目", LL, K3b, companies=["广东集龙产业园有限公司"], phase="一期",
       status=None, status_text="成功摘牌", aliases=["一期项目"], note="地块成功出让（摘牌），不在状态表内"),
 ],
 aggregate_facts=[
  fact(LL, "park", "phase1_land_area_mu", 169.38, "mu", "项目占地约169.38亩", "2020-07", qual="约", qtext="约", note="一期项目地块"),
 ])

# ---------------------------------------------------------------- kh04 南海西樵18个重点项目 (佛山在线 2021)
XQ = "西樵镇"
K4a = "18个项目总投资额达180亿元"
K4b = "当天竣工的五八科创园项目是南海区首例农村集体建设用地流转入市可分割销售的工改工项目"
G["kh04"] = dict(
 article=art("南海西樵18个重点项目吹响“十四五”号角", "佛山在线（载于 fsvnet.cn；存段无署名）", "2021-01-23", "day",
  "City news portal (relay), Guangdong (Foshan Nanhai): a town's year-end joint start / completion ceremony of 18 key projects (culture-tourism and manufacturing) with total investment, one industrial-land renewal park completed in its first phase",
  "http://www.fsvnet.cn/foshan/012320197.html",
  "日期取页面“2021-01-23 13:01:26来源:佛山在线”（仪式在2020年12月31日）。标题照录；面包屑“首页 » 汽车品牌 >”与日期来源行已删。存段在末段“项目目标引入电子信息、机械加工、新材料、医疗器”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…目前一期71亩已竣工。”。小标题“聚焦空间”/“赋能全力构建现代产业体系”按原样两行各成一段。西樵镇为镇（region）。项目：五八科创园项目——“当天竣工”→竣工，“一期71亩已竣工”，无金额；文中只说在西樵（镇），park null；五八科创园本身是工改工园区，列为可选园区。公司：五八科创有限公司（落户西樵，副总裁发言；推定为五八科创园开发方，可选）。18个项目、180亿元记为西樵镇事实。",
  "kh04"),
 parks=[
  park("五八科创园", "佛山", "广东", "产业园", K4b, district="南海区", opt=True, note="西樵镇；工改工园区，本身作项目"),
 ],
 companies=[
  comp("五八科创有限公司", None, "五八科创有限公司副总裁魏海京感慨", opt=True, note="落户西樵；推定为五八科创园开发方"),
 ],
 projects=[
  proj("五八科创园项目", None, K4b, status="竣工", status_text="当天竣工", phase="一期",
       note="占地约171亩，一期71亩已竣工；西樵镇（镇，非园区）"),
 ],
 aggregate_facts=[
  fact(XQ, "region", "projects_started_or_completed", 18, "count", "西樵镇围绕文旅、产业两大主题,分别为9个文旅产业重点项目、9个制造业重点项目举行集中开竣工仪式", "2020-12-31（集中开竣工）"),
  fact(XQ, "region", "projects_total_investment_cny", 18000000000.0, "cny", K4a, "2020-12-31（集中开竣工）", chk=True),
  fact(XQ, "region", "manufacturing_projects", 9, "count", "9个制造业重点项目举行集中开竣工仪式", "2020-12-31（集中开竣工）", opt=True),
  fact("五八科创园", "park", "land_area_mu", 171, "mu", "该项目占地面积约171亩,目前一期71亩已竣工", "2020-12-31", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- kh05 恩平 9 projects started (南方+ 2021)
EP = "恩平市"
HD = "海德堡精酿啤酒生产项目"
K5a = "主会场海德堡精酿啤酒生产项目是此次集中动工的“重头戏”,项目计划投资11.8亿元,占到了总投资额的一半以上"
G["kh05"] = dict(
 article=art("（无标题）江门恩平市9个重大项目集中动工（投产） 海德堡精酿啤酒生产项目计划投资11.8亿元", "南方+（南方日报客户端，static.nfapp.southcn.com；存段无署名）", "2021-09-30", "day",
  "Provincial paper's news app, Guangdong (Jiangmen Enping): a county-level city's quarterly joint start / production ceremony of 9 major projects with total and growth, the main-venue brewery project with investment, expected output and tax",
  "https://static.nfapp.southcn.com/content/202109/30/c5797787.html",
  "存段无标题、无日期行（title 为编者概括）；日期取网址 202109/30（仪式为文中“9月29日”）。图片说明“江门市2021年第三季度…南方+ 杨兴乐 拍摄”已删。存段末段“资料显示,海德堡精酿啤酒生产项目由凯伦拜尔格(德国)饮料有限公司投资建设,位于恩平市工业园东成镇高铁站场片区,计划投资1.5亿欧元,第一期将于2023年”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），故恩平市工业园与投资方不在正文；正文截至“…带来新的看点。”（小标题“看点”保留为一段）。项目：海德堡精酿啤酒生产项目——“集中动工”→开工，“计划投资11.8亿元”；正文只说在恩平（县级市），park null。“总投资近24亿元”→约（近）。德国海德堡啤酒集团为出资方母公司（可选公司，park null）。",
  "kh05"),
 parks=[],
 companies=[
  comp("德国海德堡啤酒集团", None, "见证母公司德国海德堡啤酒集团在国内动工投产的首个项目", opt=True, note="出资方母公司"),
 ],
 projects=[
  proj(HD, None, K5a, inv="项目计划投资11.8亿元", status="开工", status_text="集中动工",
       note="主会场项目；恩平（县级市），正文未名园区"),
 ],
 aggregate_facts=[
  fact(EP, "region", "projects_started", 9, "count", "9月29日,9个重大项目在江门恩平市同时吹响了开工(投产)“集结号”", "2021-09-29（集中动工投产）", note="开工（投产）合计"),
  fact(EP, "region", "projects_total_investment_cny", 2400000000.0, "cny", "总投资近24亿元", "2021-09-29（集中动工投产）", qual="约", qtext="近", chk=True),
  fact(EP, "region", "projects_total_investment_yoy_growth", 1.284, "ratio", "与去年同期相比增长了128.4%", "2021年第三季度", kind="ratio", opt=True),
  fact(HD, "project", "expected_annual_output_cny", 3000000000.0, "cny", "该项目建成达产后,年产值预计达30亿元,年创税约3亿元", "达产后（预计）", kind="target", chk=True),
  fact(HD, "project", "expected_annual_tax_cny", 300000000.0, "cny", "年创税约3亿元", "达产后（预计）", kind="target", qual="约", qtext="约", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- kh06 東莞茶山 海潤電子 (香港商報網 2023, traditional)
LY = "鯉魚山工業區"
HR = "東莞海潤電子科技有限公司"
K6a = "24日,東莞市重大產業項目——東莞海潤電子增埗盧屋數碼顯示器項目在廣東省東莞市茶山鎮動工"
K6b = "據悉,項目計劃總投資3億元人民幣,在茶山鎮增埗盧屋村建設約3.8萬平方米的生產園區"
K6c = "項目計劃在增埗盧屋村鯉魚山工業區地塊建設約3.8萬平方米的生產園區"
K6d = "投產後年產值預計達4.5億元,年納稅額超1000萬元"
K6e = "東莞海潤電子科技有限公司,是由原杭州威利廣光電科技股份有限公司和東莞匯和電子科技有限公司合資成立"
G["kh06"] = dict(
 article=art("總投資3億元 莞茶山又一重大項目動工建設", "香港商報網（tp.hkcd.com，“中华大地”栏；存段无署名）", "2023-04-25", "day",
  "Hong Kong paper's website (traditional script), Guangdong (Dongguan): a town's major industrial project started — a display maker's plant in a village industrial zone with total investment and breakdown, planned production date, expected output, tax and jobs, the firm's customers and shareholders",
  "http://tp.hkcd.com/content_p/2023-04/25/content_151998.html",
  "繁体，照录未转换。日期取页面“2023-04-25 来源:香港商報網”（动工为文中“24日”即2023-04-24）。标题照录；栏目行、日期来源行、图片文件名“23042502.jpg”与图片说明“項目規劃效果圖,料投產後年產值達4.5億元”已删。存段在末段“其中杭州威利廣光電科技股份有限公司2009年就已紮根茶山,正是因為看中茶山良好的營商”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…合資成立。”；小标题“營商環境良好  企業紮根茶山謀發展”保留。园区：鯉魚山工業區（茶山鎮增埗盧屋村；東莞）。项目：東莞海潤電子增埗盧屋數碼顯示器項目——“動工”→开工，“總投資3億元人民幣”，计划2024年5月投產；文中又作“東莞海潤電子科技有限公司項目”。投资构成（土建约1億元等）不另列。公司：東莞海潤電子科技有限公司（在园）；增埗盧屋股份經濟合作社（负责土建）、两家合资方可选。",
  "kh06"),
 parks=[
  park(LY, "东莞", "广东", "工业区", K6c, district="茶山鎮", note="增埗盧屋村的工业区"),
 ],
 companies=[
  comp(HR, LY, "按照項目規劃,東莞海潤電子科技有限公司項目,總投資3億元人民幣", aliases=["東莞海潤電子"]),
  comp("增埗盧屋股份經濟合作社", LY, "其中土建投資約1億元,由增埗盧屋股份經濟合作社負責建設", kind="collective", opt=True, note="负责土建"),
  comp("杭州威利廣光電科技股份有限公司", None, K6e, opt=True, note="合资方"),
  comp("東莞匯和電子科技有限公司", None, K6e, opt=True, note="合资方"),
 ],
 projects=[
  proj("東莞海潤電子增埗盧屋數碼顯示器項目", LY, K6b, companies=[HR], inv="項目計劃總投資3億元人民幣",
       status="开工", status_text="動工", aliases=["東莞海潤電子科技有限公司項目"],
       note="2023-04-24 動工；计划2024年5月投產；园区据“項目計劃在增埗盧屋村鯉魚山工業區地塊建設”"),
 ],
 aggregate_facts=[
  fact(HR, "company", "expected_annual_output_cny", 450000000.0, "cny", K6d, "投產後（预计）", kind="target", chk=True),
  fact(HR, "company", "expected_annual_tax_cny", 10000000.0, "cny", "年納稅額超1000萬元", "投產後（预计）", kind="target", qual="超", qtext="超", opt=True, chk=True),
  fact(HR, "company", "expected_jobs", 1000, "count", "項目投產預計用工1000人左右", "投產後（预计）", kind="target", qual="约", qtext="左右", opt=True),
  fact(HR, "company", "production_floor_area_m2", 38000.0, "m2", K6c, "规划", qual="约", qtext="約", opt=True),
 ])
