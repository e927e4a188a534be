# real252 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a county / district is not a park). Status from the text's words
# (开工 / 集中开工 → 开工; 建设正酣 / 正在建设 → 在建; 签约 → 签约). A city's zone-wide figures (“全市…开发区”) are facts of the
# city (subject_type region, note). Planned / expected figures are kind target; “截至目前” totals are cumulative. Sources are
# `search` (corpus pages) excerpts typed into _raw/pages/sqNN.raw as returned.

# ---------------------------------------------------------------- sq01 长治 开发区2023年第一次“三个一批” (长治日报 2023)
LC = "黎城经开区"
A0 = "我市分会场设在黎城经开区山西立新硅材料科技有限公司生产车间"
A1 = "全年累计实施项目2135个,全市工业类开发区工业增加值增长19.7%"
ASA = "2023年2月22日（开发区2023年第一次“三个一批”）"
G["sq01"] = dict(
 article=art("只争朝夕推进项目提质提效 牵引带动全年开好局起好步 我市与全省同步举行开发区2023年第一次“三个一批”活动",
  "长治日报（本报记者 张乐 摄；编辑:江瑛），载于 changzhinews.peaapk.com", "2023-02-23", "day",
  "City daily, Shanxi: the city's development zones join the province-wide first “sign / start / in production” (三个一批) event of 2023 — counts and sums of projects signed, started and put into production, the zones' 2022 record, the signing venue in a county zone's firm",
  "http://changzhinews.peaapk.com/changzhi/jinritoutiao/2023-02-23/81153.html",
  "日期取页面“2023-02-23  来源:长治日报  编辑:江瑛”（活动日2月22日）。标题为主题加副题，照录，以空格相连；日期行与两行图片说明（“…本报记者 张乐 摄.jpg”）已删。存段末句“陈耳”（下文“陈耳东…”）在句中中断，已删（make_txt.py LINE_SUFFIX），正文截至“…山西立新硅材料科技有限公司生产车间。”，共三段。主体为长治市全市开发区（“我市与全省同步举行开发区…活动”），事实 subject 记“长治市”（region，note 注明为全市开发区合计）。园区：黎城经开区（长治市黎城县，山西；签约分会场所在）。公司：山西立新硅材料科技有限公司（分会场设在其生产车间，园区记黎城经开区）。无具名项目。“全年累计实施项目2135个”“工业类开发区工业增加值增长19.7%”为2022年数。",
  "sq01"),
 parks=[
  park(LC, "长治", "山西", "经济开发区", A0, district="黎城县", note="“签约一批”长治分会场所在；全称未写"),
 ],
 companies=[
  comp("山西立新硅材料科技有限公司", LC, A0, note="分会场设在其生产车间"),
 ],
 institutions=[
  inst("省优化营商环境和开发区重点工作督导组", "省优化营商环境和开发区重点工作督导组出席签约仪式", note="省级督导组"),
 ],
 aggregate_facts=[
  fact("长治市", "region", "projects_signed", 26, "count", "新签约项目26个,总投资92.63亿元", ASA, note="全市开发区合计"),
  fact("长治市", "region", "signed_investment_cny", 9.263e9, "cny", "新签约项目26个,总投资92.63亿元", ASA, chk=True, note="全市开发区合计"),
  fact("长治市", "region", "projects_started", 27, "count", "新开工项目27个,总投资59.18亿元", ASA, note="全市开发区合计"),
  fact("长治市", "region", "projects_started_investment_cny", 5.918e9, "cny", "新开工项目27个,总投资59.18亿元", ASA, chk=True, note="全市开发区合计"),
  fact("长治市", "region", "projects_in_production", 32, "count", "新投产项目32个,总投资98.53亿元", ASA, note="全市开发区合计"),
  fact("长治市", "region", "projects_in_production_investment_cny", 9.853e9, "cny", "新投产项目32个,总投资98.53亿元", ASA, chk=True, note="全市开发区合计"),
  fact("长治市", "region", "strategic_emerging_projects_share", 0.983, "ratio", "战略性新兴产业项目占比达98.3%", ASA, kind="ratio", opt=True, note="此次活动项目中"),
  fact("长治市", "region", "projects_implemented", 2135, "count", A1, "2022年", kind="cumulative", note="全年累计实施（“三个一批”滚动开展）"),
  fact("长治市", "region", "industrial_value_added_growth", 0.197, "ratio", A1, "2022年", kind="ratio", note="全市工业类开发区"),
 ])

# ---------------------------------------------------------------- sq02 示范区晋中开发区 “三个一批” (fabugov 2022)
JZ = "示范区晋中开发区"
JK = "金科产业园区"
B0 = "仲夏时节的示范区晋中开发区,更是一幅生龙活虎的发展态势"
B1 = "此次“三个一批”活动开发区共8个项目集中签约,总投资26.43亿元"
B2 = "推动了总投资19.01亿元的8个项目集中开工"
B3 = "山西戴德测控技术研究院有限公司作为战略性新兴产业的代表企业之一,企业从入驻筹备,到实现投产,仅仅半年多"
B4 = "综改区晋中开发区的金科产业园区,是省内为数不多可以完全实现我们要求的地方"
B5 = "京东智能产业发展集团晋蒙西北区域负责人候剑超说"
ASB = "2022年6月（此次“三个一批”活动）"
G["sq02"] = dict(
 article=art("（无标题）示范区晋中开发区“三个一批”：8个项目签约26.43亿元、8个项目开工19.01亿元", "fabugov.com（“发布厅·晋中·特别推荐”栏；原发媒体与署名存段未示）", "2022-06-30", "day",
  "Local news-release portal, Shanxi: feature on a provincial reform zone's development area at mid-year — its round of the “sign / start / in production” (三个一批) event with counts and sums of projects signed and started, an e-commerce group's signed project, a firm that went from entry to production in half a year, a sub-park",
  "https://fabugov.com/html/fabuting/jinzhong/jz_tebietuijian/2022/0630/20365.html",
  "日期取网址 2022/0630（“仲夏时节”）。存段无标题、无日期行（title 为编者概括）。存段末句“…完成公司的人才储备。”山西戴德测控技术有”在引语后的署名处中断，残文“山西戴德测控技术有”已删（make_txt.py LINE_SUFFIX），正文以该引语结束，共九段（含小标题两行）。园区：示范区晋中开发区（山西转型综合改革示范区晋中开发区；文中又作“晋中开发区”“综改区晋中开发区”“开发区”；晋中市，山西）；金科产业园区（“综改区晋中开发区的金科产业园区”，母园区记示范区晋中开发区）。公司：山西戴德测控技术研究院有限公司（入驻并已投产，园区记示范区晋中开发区；其引语提到金科产业园区，但署名被截断，园区未细化）；京东智能产业发展集团（其项目5月签约落成，项目未具名，不另立项目；公司园区记示范区晋中开发区）。事实：此次“三个一批”签约8个项目、总投资26.43亿元，开工8个项目、总投资19.01亿元（活动日期文中未写，as_of 记2022年6月）。",
  "sq02"),
 parks=[
  park(JZ, "晋中", "山西", "开发区", B0, aliases=["晋中开发区", "综改区晋中开发区"], note="山西转型综合改革示范区晋中开发区（全称未写）"),
  park(JK, "晋中", "山西", "产业园区", B4, parent=JZ, note="在综改区晋中开发区内"),
 ],
 companies=[
  comp("山西戴德测控技术研究院有限公司", JZ, B3, note="战略性新兴产业代表企业；入驻半年多即投产；引语提到金科产业园区"),
  comp("京东智能产业发展集团", JZ, B5, note="项目5月签约落成（项目未具名）"),
 ],
 aggregate_facts=[
  fact(JZ, "park", "projects_signed", 8, "count", B1, ASB),
  fact(JZ, "park", "signed_investment_cny", 2.643e9, "cny", "共8个项目集中签约,总投资26.43亿元", ASB, chk=True),
  fact(JZ, "park", "projects_started", 8, "count", B2, ASB),
  fact(JZ, "park", "projects_started_investment_cny", 1.901e9, "cny", B2, ASB, chk=True),
 ])

# ---------------------------------------------------------------- sq03 太忻一体化经济区(太原区) 602项 (太原日报 via ce.cn 2023)
TX = "太忻一体化经济区(太原区)"
DY = "大盂产业新城"
C0 = "截至目前,太忻一体化经济区(太原区)项目共计602项,总投资9126亿元"
C1 = "2022年,太忻一体化经济区(太原区)地区生产总值3424亿元,占到太原市经济总量的61.5%"
C2 = "工业投资增长16.4%,增速高于全省4.7个百分点"
C3 = "今年上半年,太忻一体化经济区(太原区)主要经济指标增长总体平稳,地区生产总值1581.92亿元,增速6.3%"
C4 = "规模以上工业增加值298.08亿元,增速4.1%"
C5 = "制造业增加值173.59亿元,增长2.6%"
C6 = "在太忻一体化经济区(太原区)项目中,纳入省重点项目38项,总投资2808亿元;纳入市重点项目57项,总投资983亿元"
C7 = "深圳惠科新材料、上海新昇半导体、天美杉杉奥特莱斯等一批头部企业、核心链主项目落地、投产,预计贡献产值超1000亿元"
C8 = "目前,大盂产业新城4.6平方公里核心区内的路网、市政、园林绿化等基础设施基本完工"
ASC = "2023年10月（截至目前）"
G["sq03"] = dict(
 article=art("太忻一体化经济区(太原区)投资项目达602项", "太原日报，载于中国经济网地方经济频道 district.ce.cn", "2023-10-31", "day",
  "City daily on a national economic portal, Shanxi: report to the city people's congress on an integrated economic zone's Taiyuan part — project count and total investment, 2022 and first-half 2023 output figures and growth, provincial and municipal key projects, a core industrial new town, head firms landed or in production",
  "http://district.ce.cn/newarea/roll/202310/31/t20231031_38771838.shtml",
  "日期取页面“2023年10月31日 09:23 来源:太原日报”（报告于10月30日）。标题取主题“太忻一体化经济区(太原区)投资项目达602项”（页面另有肩题“总投资9126亿元”及主题重复一行，均在正文前，已删）。存段末段“目前,太忻一体化经济区(太原区)工作重心转向…;以大盂产业新城为主战场,”在句中中断，整段删去（ITEMS 截至上一段），正文截至“…预计贡献产值超1000亿元。”，共四段。园区：太忻一体化经济区(太原区)（经济区的太原部分，kind 记“经济区”）；大盂产业新城（在经济区内，parent 记之）；“启动区”不单列。公司：深圳惠科新材料、上海新昇半导体、天美杉杉奥特莱斯（“头部企业、核心链主项目落地、投产”，园区记经济区；是否已投产文中未逐一说明，不另立项目）。事实：602项、9126亿元（截至目前，cumulative）；2022年GDP 3424亿元、占全市61.5%、工业投资增长16.4%、启动区新开工基础项目完成投资89.57亿元；2023年上半年GDP 1581.92亿元（增6.3%）、规上工业增加值298.08亿元（增4.1%）、制造业增加值173.59亿元（增2.6%）；省重点项目38项/2808亿元、市重点项目57项/983亿元；头部企业预计贡献产值超1000亿元（target）。",
  "sq03"),
 parks=[
  park(TX, "太原", "山西", "经济区", C0, note="太忻一体化经济区的太原部分"),
  park(DY, "太原", "山西", "产业新城", C8, district="阳曲县", parent=TX, note="“太原市坚持把大盂产业新城作为重点突破”；区县文中未写（阳曲县为常识）"),
 ],
 companies=[
  comp("深圳惠科新材料", TX, C7, note="头部企业、核心链主项目落地、投产"),
  comp("上海新昇半导体", TX, C7, note="同上"),
  comp("天美杉杉奥特莱斯", TX, C7, note="同上（商业项目）"),
 ],
 institutions=[
  inst("太原市十五届人大常委会", "向太原市十五届人大常委会第十二次会议作报告", kind="legislature"),
 ],
 aggregate_facts=[
  fact(TX, "park", "projects", 602, "count", C0, ASC, kind="cumulative"),
  fact(TX, "park", "projects_total_investment_cny", 9.126e11, "cny", "项目共计602项,总投资9126亿元", ASC, kind="cumulative", chk=True),
  fact(TX, "park", "gdp_cny", 3.424e11, "cny", "地区生产总值3424亿元,占到太原市经济总量的61.5%", "2022年", chk=True),
  fact(TX, "park", "gdp_share_of_city", 0.615, "ratio", C1, "2022年", kind="ratio"),
  fact(TX, "park", "industrial_investment_growth", 0.164, "ratio", C2, "2022年", kind="ratio"),
  fact(TX, "park", "startup_area_new_projects_investment_completed_cny", 8.957e9, "cny", "启动区新开工基础项目完成投资89.57亿元", "2022年", opt=True, chk=True, note="启动区"),
  fact(TX, "park", "gdp_cny", 1.58192e11, "cny", "地区生产总值1581.92亿元,增速6.3%", "2023年上半年", chk=True),
  fact(TX, "park", "gdp_growth", 0.063, "ratio", C3, "2023年上半年", kind="ratio"),
  fact(TX, "park", "above_scale_industrial_value_added_cny", 2.9808e10, "cny", C4, "2023年上半年", chk=True),
  fact(TX, "park", "above_scale_industrial_value_added_growth", 0.041, "ratio", C4, "2023年上半年", kind="ratio"),
  fact(TX, "park", "manufacturing_value_added_cny", 1.7359e10, "cny", C5, "2023年上半年", chk=True, opt=True),
  fact(TX, "park", "manufacturing_value_added_growth", 0.026, "ratio", C5, "2023年上半年", kind="ratio", opt=True),
  fact(TX, "park", "provincial_key_projects", 38, "count", C6, ASC, kind="cumulative"),
  fact(TX, "park", "provincial_key_projects_investment_cny", 2.808e11, "cny", "纳入省重点项目38项,总投资2808亿元", ASC, kind="cumulative", chk=True),
  fact(TX, "park", "municipal_key_projects", 57, "count", C6, ASC, kind="cumulative"),
  fact(TX, "park", "municipal_key_projects_investment_cny", 9.83e10, "cny", "纳入市重点项目57项,总投资983亿元", ASC, kind="cumulative", chk=True),
  fact(TX, "park", "expected_output_from_head_firms_cny", 1e11, "cny", "预计贡献产值超1000亿元", "预计", kind="target", qual="超", qtext="超", opt=True, chk=True),
  fact(DY, "park", "core_area_km2", 4.6, "km2", C8, ASC, opt=True),
 ])

# ---------------------------------------------------------------- sq04 洛阳伊滨区 第二季度重大项目集中开工 (河南日报客户端 2021)
YB = "伊滨区"
D0 = "此次集中开工项目共19个,总投资87.1亿元"
D1 = "其中洛阳春都清真分厂项目和洛阳春都中央大厨房项目,计划总投资1.5亿元,建设周期8个月,预计2022年1月建成投入使用"
D2 = "推进实施重大项目200余个,总投资超过1000亿元,年度计划投资超过300亿元"
ASD = "2021年4月20日（第二季度集中开工）"
G["sq04"] = dict(
 article=art("总投资87.1亿元!洛阳伊滨区第二季度重大项目集中开工", "河南日报客户端（记者 李宗宽 通讯员 阮现武 雷静），载于腾讯新闻 new.qq.com", "2021-04-20", "day",
  "Provincial daily's app on a news portal, Henan: a city's functional zone holds its second-quarter groundbreaking — 19 projects and their total by category, the zone's year's major-project programme, two named food-plant projects with their joint investment and completion date",
  "https://new.qq.com/omn/20210420/20210420A06XNL00.html",
  "日期取网址 20210420 与文中“4月20日上午”。标题照录；两处图片占位“图片”与“责编…/审核…/总监…”“(来源:河南日报客户端)”已删；记者署名行保留为首段。正文完整，共五段。园区：伊滨区（洛阳市伊滨区，洛阳的功能区/新区，含伊滨经开区；文中只作“伊滨区”“洛阳市伊滨区”，kind 记“功能区”）。项目：洛阳春都清真分厂项目、洛阳春都中央大厨房项目（“其中”指此次开工19个项目之中→开工；两项合计“计划总投资1.5亿元”，不分摊，单项投资记 null，合计另记为可选事实；预计2022年1月建成投入使用）。公司：洛阳春都（只在项目名中，可选）。事实：此次开工19个、87.1亿元；产业/基础设施/新型城镇化/民生项目个数（可选）；今年以来推进重大项目200余个、总投资超过1000亿元、年度计划投资超过300亿元（计划，target）。",
  "sq04"),
 parks=[
  park(YB, "洛阳", "河南", "功能区", "4月20日上午,洛阳市伊滨区举行第二季度重大项目集中开工仪式活动", note="洛阳市伊滨区（功能区，含伊滨经开区）；文中未称园区"),
 ],
 companies=[
  comp("洛阳春都", YB, D1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("洛阳春都清真分厂项目", YB, D1, companies=["洛阳春都"], status="开工", status_text="集中开工",
       note="两项合计计划总投资1.5亿元（不分摊）；预计2022年1月建成投入使用"),
  proj("洛阳春都中央大厨房项目", YB, D1, companies=["洛阳春都"], status="开工", status_text="集中开工",
       note="同上"),
 ],
 aggregate_facts=[
  fact(YB, "park", "projects_started", 19, "count", D0, ASD),
  fact(YB, "park", "projects_started_investment_cny", 8.71e9, "cny", D0, ASD, chk=True),
  fact(YB, "park", "industrial_projects_started", 6, "count", "其中产业项目6个、基础设施项目5个、新型城镇化项目4个、民生和社会事业项目4个", ASD, opt=True),
  fact(YB, "park", "major_projects", 200, "count", D2, "2021年", qual="余", qtext="余", kind="target", note="今年推进实施"),
  fact(YB, "park", "major_projects_total_investment_cny", 1e11, "cny", "总投资超过1000亿元,年度计划投资超过300亿元", "2021年", qual="超", qtext="超过", kind="target", chk=True),
  fact(YB, "park", "planned_annual_investment_cny", 3e10, "cny", "年度计划投资超过300亿元", "2021年（计划）", qual="超", qtext="超过", kind="target", chk=True),
  fact("洛阳春都清真分厂项目和洛阳春都中央大厨房项目", "project", "planned_investment_cny", 1.5e8, "cny", "计划总投资1.5亿元,建设周期8个月", ASD, opt=True, chk=True, note="两项合计"),
 ])

# ---------------------------------------------------------------- sq05 官庄工区 “三个一批”重点项目集中开工 (南阳广播电视台 2022)
GZ = "官庄工区"
E0 = "这次工区集中开工的项目共6个,总投资12.75亿元,今年计划投资6.1亿元"
E1 = "官庄工区集中开工的6个项目分别为:水泥助磨剂项目、电气装备项目、智慧园区安全环保应急一体化平台项目、欣荣农业生态中心项目、南阳市东达沉浸式生态农业旅游园项目、废纸回收再利用项目"
ASE = "2022年7月5日（“三个一批”集中开工）"
G["sq05"] = dict(
 article=art("（无标题）官庄工区“三个一批”重点项目集中开工 6个项目总投资12.75亿元", "南阳广播电视台（王晓宇 杜林霞），载于 nypubweb.nydt.cn（“观众学习点”栏）", "2022-07-05", "day",
  "City broadcaster's web portal, Henan: a city's industrial functional zone holds a groundbreaking in the province's “sign / start / in production” (三个一批) series — six named projects, their total and this year's planned investment",
  "http://nypubweb.nydt.cn/gzxsd/article/1/1544258490542931970",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“7月5日上午”；年份据网址文章号 1544258490542931970（雪花算法编号，按 Twitter 纪元换算为 2022-07-05 09:54 UTC）定为2022年，与文中“两个确保”“十大战略”（河南2021年起的提法）相合；precision 记 day，见 SOURCES 不确定点。正文完整，共四段，署名“(南阳广播电视台 王晓宇 杜林霞)”在末段末，保留。园区：官庄工区（南阳市官庄工区，市辖功能区，文中又作“工区”“园区”；kind 记“工区”）。项目：六个项目均“集中开工”→开工，园区官庄工区；无单项金额、无企业名。事实：开工6个、总投资12.75亿元、今年计划投资6.1亿元（target）。",
  "sq05"),
 parks=[
  park(GZ, "南阳", "河南", "工区", "7月5日上午,官庄工区举行“三个一批”重点项目集中开工仪式", note="南阳市官庄工区；文中又作“工区”“园区”"),
 ],
 projects=[
  proj("水泥助磨剂项目", GZ, E1, status="开工", status_text="集中开工"),
  proj("电气装备项目", GZ, E1, status="开工", status_text="集中开工"),
  proj("智慧园区安全环保应急一体化平台项目", GZ, E1, status="开工", status_text="集中开工"),
  proj("欣荣农业生态中心项目", GZ, E1, status="开工", status_text="集中开工"),
  proj("南阳市东达沉浸式生态农业旅游园项目", GZ, E1, status="开工", status_text="集中开工"),
  proj("废纸回收再利用项目", GZ, E1, status="开工", status_text="集中开工"),
 ],
 aggregate_facts=[
  fact(GZ, "park", "projects_started", 6, "count", E0, ASE),
  fact(GZ, "park", "projects_started_investment_cny", 1.275e9, "cny", E0, ASE, chk=True),
  fact(GZ, "park", "planned_annual_investment_cny", 6.1e8, "cny", "今年计划投资6.1亿元", "2022年（计划）", kind="target", chk=True, note="此次开工项目今年计划投资"),
 ])

# ---------------------------------------------------------------- sq06 许昌 上半年“三个一批”观摩 (河南日报 via rdfzl 2022)
HH = "黄河工业园区"
F0 = "位于长葛市黄河工业园区的黄河集团培育钻石产业化项目,总投资26.7亿元"
F1 = "黄河集团培育钻石生产基地建设正酣,百菲萨电炉除尘灰综合利用项目将工业废弃物“吃干榨净”"
F2 = "可形成年产培育钻石320万克拉的生产能力,实现年销售收入45亿元、利税10亿元"
G["sq06"] = dict(
 article=art("奋进新征程 建功新时代 | 筑牢许昌高质量发展的根基", "河南日报（记者 王平 王烜 通讯员 高伟山；图 乔利峰），载于 rdfzl.org.cn", "2022-07", "month",
  "Provincial daily (relayed on an unrelated domain), Henan: a city's mid-year inspection tour of key and “三个一批” projects — the party secretary's remarks, a county-level city's industrial park with a diamond-growing project, its investment, capacity and expected sales",
  "http://rdfzl.org.cn/show-34300.html",
  "日期：文中“7月26日—27日…观摩评价活动,并在28日召开的全市领导干部会议上”，发布日不详（28日之后），记 2022-07（month）。标题照录（“奋进新征程 建功新时代”为栏目题）；标题下四行图片说明（“百菲萨公司电炉除尘灰利用项目。”等，末行带“本版图片均为乔利峰摄”）在署名前，作页面图注删去。存段末句“百菲萨公司电炉除尘灰利用项目总投资3.5亿元,”在句中中断，已删（make_txt.py LINE_SUFFIX），正文截至“…实现年销售收入45亿元、利税10亿元。”，共十段（含署名行、小标题）。园区：黄河工业园区（“长葛市黄河工业园区”；许昌市长葛市，河南）。项目：黄河集团培育钻石产业化项目（园区黄河工业园区；总投资26.7亿元；“生产基地建设正酣”→在建）；百菲萨电炉除尘灰综合利用项目（长葛市，园区未说，无状态词，金额在被删残句中，可选）。公司：黄河集团（园区黄河工业园区）；百菲萨（可选）。事实：钻石项目年产能320万克拉、年销售收入45亿元、利税10亿元（建成后，target）。",
  "sq06"),
 parks=[
  park(HH, "许昌", "河南", "工业园区", F0, district="长葛市", note="“长葛市黄河工业园区”"),
 ],
 companies=[
  comp("黄河集团", HH, F0, note="培育钻石产业化项目业主"),
  comp("百菲萨", None, F1, opt=True, note="电炉除尘灰综合利用项目；在长葛市，园区未说"),
 ],
 projects=[
  proj("黄河集团培育钻石产业化项目", HH, F0, companies=["黄河集团"], inv="总投资26.7亿元", status="在建", status_text="建设正酣",
       aliases=["黄河集团培育钻石生产基地"], note="年产培育钻石320万克拉；年销售收入45亿元、利税10亿元（预期）"),
  proj("百菲萨电炉除尘灰综合利用项目", None, F1, companies=["百菲萨"], opt=True, note="长葛市；园区与状态文中未说；金额在被删的残句中"),
 ],
 aggregate_facts=[
  fact("黄河集团培育钻石产业化项目", "project", "expected_annual_revenue_cny", 4.5e9, "cny", "实现年销售收入45亿元、利税10亿元", "建成后（预计）", kind="target", chk=True),
  fact("黄河集团培育钻石产业化项目", "project", "expected_annual_profit_tax_cny", 1e9, "cny", "利税10亿元", "建成后（预计）", kind="target", opt=True, chk=True),
  fact("黄河集团培育钻石产业化项目", "project", "capacity_carat", 3.2e6, "carat", F2, "建成后（预计）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- sq07 焦作 一季度开发区观摩 (河南日报 via 河南热线 2023)
JZK = "焦作经济技术开发区"
H0 = "位于焦作经济技术开发区的多氟多新能源年产6GWh能量型动力锂离子电池组项目生产车间,自动化设备高速运转"
H1 = "集中观摩的22个项目中,有11个属于“356”特色产业集群延链补链项目,其中6个属于重点打造的新能源电池材料产业项目"
H2 = "马村区丽珠集团原料药生产基地项目正在建设"
H3 = "孟州市中内凯思年产90万只高端国VI发动机钢质活塞项目,填补了国内钢质活塞设计研发、批量生产的空白"
ASH = "2023年2月21日（一季度开发区观摩）"
G["sq07"] = dict(
 article=art("焦作:“拼”项目开新局", "河南日报（本报记者 陈学桦 河南日报社全媒体记者 成安林 姚广强），经大河网载于河南热线 news.henanrexian.cn", "2023-02-24", "day",
  "Provincial daily relayed by a regional portal, Henan: a city's first-quarter inspection tour of development zones and key projects — number of projects visited by group, a battery-pack project in the national economic zone, a pharmaceutical base under construction, a piston project",
  "http://news.henanrexian.cn/henanchengshi/2023/0224/205008.html",
  "日期取页面“2023-02-24 07:58:47 来源: 大河网-河南日报”（观摩于2月21日）。标题：转载站在标题前加了“今亮点!”，作为转载站的点击诱导字删去（make_txt.py HEAD_PREFIX），标题记“焦作:“拼”项目开新局”；面包屑、日期来源行、“关注河南热线”与图片占位“(资料图)”已删；署名行保留为首段。存段末段“焦作安彩新材料有限公司年产18万吨…进行自动化升级改造”在句中中断，整段删去（ITEMS 截至上一段），正文截至“…批量生产的空白。”，共十段。园区：焦作经济技术开发区（焦作市，河南）。项目：多氟多新能源年产6GWh能量型动力锂离子电池组项目（园区焦作经济技术开发区；“生产车间,自动化设备高速运转”→已在生产，记投产，见不确定点）；丽珠集团原料药生产基地项目（马村区，区不是园区，park null；“正在建设”→在建）；中内凯思年产90万只高端国VI发动机钢质活塞项目（孟州市，park null，无状态词）。公司：多氟多新材料股份有限公司（董事长介绍项目；园区未明说，null）；多氟多新能源、丽珠集团、中内凯思只在项目名中（可选）。事实：观摩22个项目、11个属“356”集群延链补链项目、6个新能源电池材料项目（subject 焦作市，region）。",
  "sq07"),
 parks=[
  park(JZK, "焦作", "河南", "经济技术开发区", H0),
 ],
 companies=[
  comp("多氟多新材料股份有限公司", None, "多氟多新材料股份有限公司董事长李世江介绍", note="项目方母公司；园区文中未明说"),
  comp("多氟多新能源", JZK, H0, opt=True, note="只在项目名中"),
  comp("丽珠集团", None, H2, opt=True, note="只在项目名中；马村区"),
  comp("中内凯思", None, H3, opt=True, note="只在项目名中；孟州市"),
 ],
 projects=[
  proj("多氟多新能源年产6GWh能量型动力锂离子电池组项目", JZK, H0, companies=["多氟多新能源"], status="投产", status_text="生产车间,自动化设备高速运转",
       note="文中未用“投产”一词；车间在运转，据此记投产"),
  proj("丽珠集团原料药生产基地项目", None, H2, companies=["丽珠集团"], status="在建", status_text="正在建设", note="马村区；投产后将成为豫北地区最大的原料药生产基地"),
  proj("中内凯思年产90万只高端国VI发动机钢质活塞项目", None, H3, companies=["中内凯思"], note="孟州市；无状态词"),
 ],
 aggregate_facts=[
  fact("焦作市", "region", "projects_inspected", 22, "count", H1, ASH),
  fact("焦作市", "region", "cluster_chain_projects_inspected", 11, "count", H1, ASH, opt=True, note="“356”特色产业集群延链补链项目"),
  fact("焦作市", "region", "battery_material_projects_inspected", 6, "count", H1, ASH, opt=True, note="新能源电池材料产业项目"),
 ])
