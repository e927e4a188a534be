# real273 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a county or city is not a park). Status from the text's words
# (开工 / 开工奠基 / 启动建设 → 开工; 建设现场 / 桩基施工 / 建设如火如荼 → 在建; 批量生产 → 投产; 签约 / 签约落地 → 签约;
# 前期筹备 → planned). “预计” figures are kind target; year-to-date counts (“今年以来”, “1-4月份”, “上半年”) are cumulative.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/rlNN.raw as returned.

# ---------------------------------------------------------------- rl01 淮安经济技术开发区 二季度开竣工项目观摩 (2022)
HA = "淮安经济技术开发区"
A1 = "6月19日上午,在淮安经济技术开发区二季度开竣工项目集中观摩暨江苏启安包装新材料项目开工奠基仪式现场"
A2 = "今天集中观摩的9个开工项目、5个竣工项目和总投资10亿元的启安包装新材料项目"
A3 = "40亿元!经开区集中观摩15个开竣工项目"
G["rl01"] = dict(
 article=art("40亿元!经开区集中观摩15个开竣工项目", "淮安市经济技术开发区宣传办，载于 investchn.com（中国投资指南网“开发区新闻”）", "2022-06-20", "day",
  "Investment-promotion portal relaying a zone's own news office, Jiangsu (淮安): a national-level economic development zone's Q2 inspection of projects started and completed, and the groundbreaking of one named project with its total investment",
  "https://investchn.com/index.php/home/news/detail/id/274134.html",
  "日期取页面“发布时间:2022-06-20 来源:淮安市经济技术开发区宣传办”。标题照录；站名、导航与发布行已删。**截断**：存段末段（“‘不负信任,不负期望。’徐子佳希望……进一步精简流”）在句中中断，整段不收；正文四段，止于“…提供更加有力的支撑。”。园区：淮安经济技术开发区（文中又作“经开区”，泛称不列别名）。项目：江苏启安包装新材料项目（开工奠基→开工；“总投资10亿元的启安包装新材料项目”，后者列别名）。事实：观摩9个开工项目、5个竣工项目（2022年二季度）；标题“40亿元”“15个开竣工项目”为观摩项目的合计（9+5+1=15），记为园区事实。",
  "rl01"),
 parks=[
  park(HA, "淮安", "江苏", "经济技术开发区", A1, note="文中又作“经开区”"),
 ],
 companies=[
  comp("江苏启安包装新材料", HA, "江苏启安包装新材料项目董事长杨迅致辞", opt=True, note="只在项目名中（项目董事长致辞）"),
 ],
 projects=[
  proj("江苏启安包装新材料项目", HA, A2, inv="总投资10亿元", status="开工", status_text="开工奠基", aliases=["启安包装新材料项目"],
       note="标题与首句：开工令、开工奠基仪式"),
 ],
 aggregate_facts=[
  fact(HA, "park", "projects_started", 9, "count", A2, "2022年二季度", note="观摩的开工项目"),
  fact(HA, "park", "projects_completed", 5, "count", A2, "2022年二季度", note="观摩的竣工项目"),
  fact(HA, "park", "projects_count", 15, "count", A3, "2022年6月19日", note="集中观摩的开竣工项目（9+5+启安）"),
  fact(HA, "park", "planned_investment_cny", 4e9, "cny", A3, "2022年6月19日", chk=True, note="15个观摩项目合计投资（标题）"),
 ])

# ---------------------------------------------------------------- rl02 淮安经济技术开发区 2023年项目建设 (0517114)
B1 = "据统计,该区全年新签约亿元以上项目81个,计划投资488.48亿元"
B2 = "新开工、新竣工亿元以上项目59个、40个"
B3 = "32个市重大项目完成投资180.56亿元"
B4 = "累计吸引天合光能在淮安经开区投资200亿元,天合光能淮安基地成为最大的新型光伏电池和组件生产基地"
B5 = "2023年新签约亿元以上项目81个、计划总投资488.48亿元,比上一年度项目增加27个,投资增长48.86%,其中50亿元以上项目5个、10亿元至50亿元项目13个"
B6 = "成功推动敏安汽车与摩登汽车在淮“合体并线”"
G["rl02"] = dict(
 article=art("（无标题）淮安经济技术开发区2023年新签约亿元以上项目81个、计划投资488.48亿元", "0517114.cn（淮安本地网站；原发单位存段未示）", "2024", "year",
  "Local news site, Jiangsu (淮安): a national-level economic development zone's 2023 project review — signed, started and completed project counts with planned investment, major projects' investment completed, a solar maker's cumulative investment and base, growth over the previous year",
  "http://www.0517114.cn/article-view-39838.html",
  "存段无标题、无日期行（title 为编者概括）；全文为2023年全年回顾，发表时间推定为2024年（初），未能核实（published 只记年份）。**截断**：第三段（“强化推进提质效……全年经市认定新竣工亿元以上项目40个,完成”）在句中中断，整段不收；正文两段，止于“…10亿元至50亿元项目13个。”。园区：淮安经济技术开发区（又作“淮安经开区”）。项目：天合光能淮安基地——“累计吸引天合光能在淮安经开区投资200亿元”，记为该基地的累计投资（无状态词；“成为最大的…生产基地”）。公司：天合光能（在园）；敏安汽车、摩登汽车“在淮合体并线”（可选；园区由语境推断）。事实：全年新签约亿元以上项目81个（计划投资488.48亿元）、新开工59个、新竣工40个（2023年，reported）；32个市重大项目完成投资180.56亿元；签约比上年增加27个、投资增长48.86%；50亿元以上5个、10–50亿元13个（可选）。",
  "rl02"),
 parks=[
  park(HA, "淮安", "江苏", "经济技术开发区", "2023年以来,淮安经济技术开发区坚持“项目为王、环境是金”工作导向", aliases=["淮安经开区"],
       note="级别文中未明说；文中又作“该区”"),
 ],
 companies=[
  comp("天合光能", HA, B4),
  comp("敏安汽车", HA, B6, opt=True, note="“在淮”合体并线；园区由语境推断"),
  comp("摩登汽车", HA, B6, opt=True, note="同上"),
 ],
 projects=[
  proj("天合光能淮安基地", HA, B4, companies=["天合光能"], inv="投资200亿元", note="累计投资（“累计吸引…投资200亿元”）；无状态词"),
 ],
 aggregate_facts=[
  fact(HA, "park", "projects_signed", 81, "count", B1, "2023年", note="新签约亿元以上项目"),
  fact(HA, "park", "signed_planned_investment_cny", 4.8848e10, "cny", B1, "2023年", chk=True),
  fact(HA, "park", "projects_started", 59, "count", B2, "2023年", note="新开工亿元以上项目"),
  fact(HA, "park", "projects_completed", 40, "count", B2, "2023年", note="新竣工亿元以上项目"),
  fact(HA, "park", "major_projects_investment_completed_cny", 1.8056e10, "cny", B3, "2023年", chk=True, note="32个市重大项目"),
  fact(HA, "park", "major_projects_count", 32, "count", B3, "2023年", opt=True),
  fact(HA, "park", "projects_signed_increase", 27, "count", B5, "2023年（比上一年度）", opt=True),
  fact(HA, "park", "signed_investment_yoy_growth", 0.4886, "ratio", B5, "2023年", kind="ratio"),
  fact(HA, "park", "projects_signed_over_5bn", 5, "count", B5, "2023年", opt=True),
  fact(HA, "park", "projects_signed_1bn_to_5bn", 13, "count", B5, "2023年", opt=True),
 ])

# ---------------------------------------------------------------- rl03 徐州国家安全科技产业园 (中华新闻网 2024)
XG = "徐州高新区"
AK = "徐州国家安全科技产业园"
C1 = "在这个“国”字头的基地内,目前拥有安全应急产业企业近600家,产业规模超500亿元,年营收亿元以上企业37家、规上企业123家"
C2 = "这条具有地方特色的产业链,“链”住了125家高新技术企业和42家专精特新企业"
C3 = "拓仕达智慧城市及安全智能建设项目、幻威数字安全应急领域虚拟现实装备研发制造项目等8个项目成功签约落地"
C4 = "全年推动项目建设75个,建成运营51个,硕博电子、三禾、中矿安华3家优质企业完成扩产,吉安矿业科技获批国家级专精特新“小巨人”企业"
C5 = "上交(徐州)新材料研究院、创亚普光热电产业技术研究院等29家企业获批国家高企"
C6 = "园区专利授权量244件,其中自主高质量发明专利授权30件"
AS3 = "2024年4月"
G["rl03"] = dict(
 article=art("徐州铜山区:这个“国”字号,够“卷”", "中华新闻网（chinanews.org；转发铜山区稿，原发单位存段未示）", "2024-04-24", "day",
  "News site relaying a district item, Jiangsu (徐州 铜山区): a national safety-technology industrial park inside a high-tech zone — firm counts and industry scale, projects signed, built and in operation in 2023, firms expanding, high-tech firms and patents",
  "http://www.chinanews.org/zx/dalu/27176.html",
  "日期取页面“中华新闻网 2024-04-24 09:43”。标题照录；站名行、日期行已删。页面为微信式短行排版（“走进位于徐州高新区的 / 徐州国家安全科技产业园 / “中国安全谷” / 几个大字格外醒目”等），每一原行作一段，未合并。**截断**：末段（“去年10月25日至27日……引来300多家安全应急技术装备龙”）在句中中断，整段不收；正文止于“…科学技术奖一等奖。”。园区：徐州高新区（铜山区）；徐州国家安全科技产业园（在徐州高新区内；文中又作“安科园”“徐州安科园”，品牌名“中国安全谷”；“国家安全应急产业示范基地”为称号）。项目：拓仕达智慧城市及安全智能建设项目、幻威数字安全应急领域虚拟现实装备研发制造项目（签约落地→签约，无金额）。公司：硕博电子、三禾、中矿安华（完成扩产）、吉安矿业科技（小巨人）在园；上交(徐州)新材料研究院、创亚普光热电产业技术研究院为获批国家高企的企业（可选）。事实：主体为园区（“这个‘国’字头的基地”即安科园）：企业近600家（约）、产业规模超500亿元、营收亿元以上企业37家、规上企业123家、高企125家、专精特新42家（2024年4月）；2023年签约8个、推动建设75个、建成运营51个；获批国家高企29家、专利授权244件 / 发明30件（可选；年份由语境推断为2023年）。",
  "rl03"),
 parks=[
  park(XG, "徐州", "江苏", "高新区", "走进位于徐州高新区的", district="铜山区", note="铜山区；文中又作“高新区”"),
  park(AK, "徐州", "江苏", "产业园", AK, district="铜山区", parent=XG, aliases=["安科园", "徐州安科园", "中国安全谷"],
       note="“安科园是徐州高新区发展安全应急产业的核心区”；国家安全应急产业示范基地"),
 ],
 companies=[
  comp("硕博电子", AK, C4, note="完成扩产"),
  comp("三禾", AK, C4, note="完成扩产"),
  comp("中矿安华", AK, C4, note="完成扩产；获中国煤炭工业协会科学技术奖一等奖"),
  comp("吉安矿业科技", AK, C4, note="国家级专精特新“小巨人”"),
  comp("上交(徐州)新材料研究院", AK, C5, opt=True, note="获批国家高企的企业；名称像研究机构"),
  comp("创亚普光热电产业技术研究院", AK, C5, opt=True, note="同上"),
  comp("拓仕达", AK, C3, opt=True, note="只在项目名中"),
  comp("幻威数字", AK, C3, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("拓仕达智慧城市及安全智能建设项目", AK, C3, companies=["拓仕达"], status="签约", status_text="成功签约落地", note="2023年"),
  proj("幻威数字安全应急领域虚拟现实装备研发制造项目", AK, C3, companies=["幻威数字"], status="签约", status_text="成功签约落地", note="2023年"),
 ],
 aggregate_facts=[
  fact(AK, "park", "enterprises", 600, "count", C1, AS3, qual="约", qtext="近", note="安全应急产业企业"),
  fact(AK, "park", "industry_scale_cny", 5e10, "cny", C1, AS3, qual="超", qtext="超", chk=True, note="安全应急产业规模"),
  fact(AK, "park", "enterprises_revenue_over_100m", 37, "count", C1, AS3),
  fact(AK, "park", "enterprises_above_scale", 123, "count", C1, AS3),
  fact(AK, "park", "high_tech_firms", 125, "count", C2, AS3),
  fact(AK, "park", "specialized_sme_firms", 42, "count", C2, AS3, note="专精特新企业"),
  fact(AK, "park", "projects_signed", 8, "count", C3, "2023年"),
  fact(AK, "park", "projects_under_construction", 75, "count", C4, "2023年", note="全年推动项目建设"),
  fact(AK, "park", "projects_in_operation", 51, "count", C4, "2023年", note="建成运营"),
  fact(AK, "park", "firms_expanded", 3, "count", C4, "2023年", opt=True),
  fact(AK, "park", "high_tech_firms_approved", 29, "count", C5, "2023年（推定）", opt=True),
  fact(AK, "park", "patents_granted", 244, "count", C6, "2023年（推定）", opt=True),
  fact(AK, "park", "invention_patents_granted", 30, "count", C6, "2023年（推定）", opt=True),
 ])

# ---------------------------------------------------------------- rl04 连云港高新区 一季度 (js.cnipai 2024)
LG = "连云港高新区"
NH = "宁海电子信息产业园"
XL = "锡连工业园"
D1 = "4月18日,记者在连云港高新区宁海电子信息产业园的太瓦新能源公司看到500MW高效异质结光伏电池产线全线贯通、火力全开"
D2 = "今年一季度,连云港高新区加快招商引资,项目建设踏春提速,新增过亿元项目65个,51个市级重点项目投资完成率达27%,新建产业项目开工率达75.9%"
D3 = "走进总投资35亿元的无锡连云港专精特新产业园,记者看到各作业面的桩基施工已全面展开"
D4 = "目前,上能电气投资的新型储能装备研发制造基地及高效能光伏电站项目已启动建设"
AS4 = "2024年一季度（年份推定）"
G["rl04"] = dict(
 article=art("（无标题）连云港高新区一季度新增过亿元项目65个 太瓦新能源产线贯通、无锡连云港专精特新产业园桩基施工", "js.cnipai.com（江苏招商网类站点；原发媒体存段未示，文称“记者”）", "2024-04", "month",
  "Investment-promotion site relaying a reporter's item, Jiangsu (连云港): a national high-tech zone's first quarter — a solar-cell line in a sub-park running, a co-built park project under construction, a listed firm's project started, new projects and completion rates",
  "https://js.cnipai.com/news/detail/306357.html",
  "存段无标题、无日期行（title 为编者概括）。日期推定：文记“4月18日”，太瓦新能源“自去年3月开工建设”“8个月…首片电池下线”，无锡连云港专精特新产业园正做桩基——推定为2024年4月（未能核实，published 记到月）。图片说明“均和云谷项目现场”已删（inner_drop）；小标题“加快重点项目建设,推进园区提档升级”“深化招商引资,写好发展‘头版头条’”作段保留。**截断**：末行“一季”为下一段开头，整段不收；正文止于“…始终走在前列。”。园区：连云港高新区；宁海电子信息产业园（在连云港高新区）；锡连工业园（南北共建园区，位于连云港高新区——由语境推断）。项目：太瓦新能源500MW高效异质结光伏电池产线（已批量生产→投产；无金额）；无锡连云港专精特新产业园（总投资35亿元，桩基施工→在建；园区作项目，所在园区记连云港高新区）；上能电气新型储能装备研发制造基地及高效能光伏电站项目（已启动建设→开工；园区锡连工业园）。事实：一季度新增过亿元项目65个；51个市级重点项目投资完成率27%；新建产业项目开工率75.9%。",
  "rl04"),
 parks=[
  park(LG, "连云港", "江苏", "高新区", D1, note="国家级高新区（文中未明说级别）"),
  park(NH, "连云港", "江苏", "产业园", D1, parent=LG),
  park(XL, "连云港", "江苏", "工业园", "锡连工业园相关负责人告诉记者", parent=LG, opt=True, note="南北共建（无锡—连云港）；与连云港高新区的隶属由语境推断"),
 ],
 companies=[
  comp("太瓦新能源科技有限公司", NH, D1, aliases=["太瓦新能源"]),
  comp("上能电气", XL, D4, note="投资新型储能装备研发制造基地"),
 ],
 projects=[
  proj("500MW高效异质结光伏电池产线", NH, D1, companies=["太瓦新能源科技有限公司"], status="投产", status_text="全线贯通…已稳步推进批量生产",
       note="去年3月开工，8个月首片电池下线；预计二季度全面投放市场"),
  proj("无锡连云港专精特新产业园", LG, D3, inv="总投资35亿元", status="在建", status_text="桩基施工已全面展开",
       note="园区开发项目；所在园区记连云港高新区（文未明说是否属锡连工业园）"),
  proj("新型储能装备研发制造基地及高效能光伏电站项目", XL, D4, companies=["上能电气"], status="开工", status_text="已启动建设"),
 ],
 aggregate_facts=[
  fact(LG, "park", "projects_new_over_100m", 65, "count", D2, AS4, kind="cumulative", note="新增过亿元项目"),
  fact(LG, "park", "key_projects_investment_completion_rate", 0.27, "ratio", D2, AS4, kind="ratio", note="51个市级重点项目投资完成率"),
  fact(LG, "park", "key_projects_count", 51, "count", D2, AS4, opt=True, note="市级重点项目"),
  fact(LG, "park", "new_industrial_projects_start_rate", 0.759, "ratio", D2, AS4, kind="ratio", note="新建产业项目开工率"),
 ])

# ---------------------------------------------------------------- rl05 宿迁 决战四季度 (宿迁市广播电视总台 2021)
SY = "泗阳经济开发区"
E1 = "走进位于泗阳经济开发区的凯麒斯智能装备有限公司"
E2 = "走进宿迁中玻新能源材料产业园项目建设现场,一派热火朝天的建设场面,项目由中国玻璃控股有限公司投资兴建,总投资50亿元,计划分四期建设,正在建设的一期工程总投资11.22亿元"
G["rl05"] = dict(
 article=art("决战四季度 宿迁重大产业项目建设再加速", "宿迁市广播电视总台，载于 xichu.net（转载页）", "2021-12-20", "day",
  "City broadcaster's item on a relay site, Jiangsu (宿迁): year-end project drive — a machinery maker's new plant completed in a county development zone with its orders, a glass maker's new-energy materials park under construction with total and phase-1 investment",
  "http://xichu.net/ztpd/folder3159/2021/12/2021-12-20483647.html",
  "日期取页面“2021年12月20日08:30 来源:宿迁市广播电视总台”。标题照录；日期来源行已删。“总经理 李文涛”中的空格照录。**截断**：末行“一个个重大项目全速推进、投产”在句中中断，整段不收；正文止于“…具备竣工点火投产条件。”。园区：泗阳经济开发区（宿迁市泗阳县）。公司：凯麒斯智能装备有限公司（又作“江苏凯麒斯智能装备”“凯麒斯智能装备”；在泗阳经济开发区；“今年11月刚竣工”——按惯例记公司，不另立项目）；中国玻璃控股有限公司（投资方，园区未给）。项目：宿迁中玻新能源材料产业园项目（总投资50亿元，建设现场→在建；园区文未给，null）；其一期工程总投资11.22亿元（可选）。事实：凯麒斯今年已完成订单约1.1亿（无“元”，可选）。",
  "rl05"),
 parks=[
  park(SY, "宿迁", "江苏", "经济开发区", E1, district="泗阳县"),
 ],
 companies=[
  comp("凯麒斯智能装备有限公司", SY, E1, aliases=["江苏凯麒斯智能装备", "凯麒斯智能装备"], note="今年11月竣工"),
  comp("中国玻璃控股有限公司", None, E2, note="宿迁中玻项目投资方；园区文未给"),
 ],
 projects=[
  proj("宿迁中玻新能源材料产业园项目", None, E2, companies=["中国玻璃控股有限公司"], inv="总投资50亿元", status="在建", status_text="项目建设现场…热火朝天的建设场面",
       aliases=["宿迁中玻新能源材料产业园"], note="计划分四期建设；预计明年五月底具备竣工点火投产条件"),
  proj("宿迁中玻新能源材料产业园一期工程", None, E2, companies=["中国玻璃控股有限公司"], inv="一期工程总投资11.22亿元", phase="一期", status="在建",
       status_text="正在建设的一期工程", opt=True),
 ],
 aggregate_facts=[
  fact("凯麒斯智能装备有限公司", "company", "orders_completed_value", 1.1e8, "cny", "今年目前已完成订单大概在1.1亿", "2021年（截至12月）",
       kind="cumulative", qual="约", qtext="大概", opt=True, note="原文无“元”"),
 ])

# ---------------------------------------------------------------- rl06 苏州宿迁“1+5”共建园区推介会 (宿迁市广播电视总台 2023)
SS = "苏宿工业园区"
F1 = "现场共签约工业项目15个,协议总投资134.5亿元,签约科创飞地入驻项目8个"
F2 = "我们苏大天宫在苏宿园区还落户了科创中心,科创中心大概是220亩,总建筑面积15万方"
F3 = "现已形成以苏宿工业园区为主体、其他5个共建园区为支撑的“1+5”联动发展格局"
GP = "苏州宿迁“1+5”共建园区"
G["rl06"] = dict(
 article=art("签约项目15个 协议总投资134.5亿元 2023苏州宿迁“1+5”共建园区联动发展推介会召开", "宿迁市广播电视总台，载于 xichu.net（转载页）", "2023-08-20", "day",
  "City broadcaster's item on a relay site, Jiangsu (宿迁 / 苏州): an investment fair of six Suzhou–Suqian co-built parks — industrial projects signed with total investment, tech-enclave projects, a firm's innovation centre in the main co-built park",
  "http://xichu.net/news/shizheng/2023/08/2023-08-20503034.html",
  "日期取页面“2023年08月20日08:26 来源:宿迁市广播电视总台”。标题照录；日期来源行、两条图片说明（“现场共签约工业项目15个 协议总投资134.5亿元”“与会领导共同启动创新创业大赛”）已删（inner_drop）。**截断**：末段（“会上,与会人员共同观看了宿迁城市宣传片和创新创业大”）在句中中断，整段不收；正文止于“…‘投资热土’。”。园区：苏宿工业园区（又作“苏宿园区”“苏宿园”；宿迁）。签约的15个工业项目（134.5亿元）和8个科创飞地项目属“1+5”共建园区推介会整体，主体记“苏州宿迁‘1+5’共建园区”（非单一园区）。公司：苏大天宫（在苏宿园区落户科创中心）。项目：苏大天宫科创中心（落户，无状态词，可选）。",
  "rl06"),
 parks=[
  park(SS, "宿迁", "江苏", "工业园区", "苏宿工业园区党工委书记、管委会主任李朝阳出席活动", aliases=["苏宿园区", "苏宿园"],
       note="苏州宿迁共建园区，“1+5”格局的主体"),
 ],
 companies=[
  comp("苏大天宫", SS, F2, note="在苏宿园区落户科创中心"),
 ],
 projects=[
  proj("苏大天宫科创中心", SS, F2, companies=["苏大天宫"], opt=True, note="“落户了科创中心”，约220亩、15万方；无状态词"),
 ],
 aggregate_facts=[
  fact(GP, "park_group", "projects_signed", 15, "count", F1, "2023年8月18日", note="推介会现场签约工业项目"),
  fact(GP, "park_group", "signed_investment_cny", 1.345e10, "cny", F1, "2023年8月18日", chk=True, note="协议总投资"),
  fact(GP, "park_group", "tech_enclave_projects_signed", 8, "count", F1, "2023年8月18日", opt=True, note="签约科创飞地入驻项目"),
  fact(GP, "park_group", "parks_count", 6, "count", "在全省率先建立了6个共建园区", "2023年8月", opt=True),
  fact("苏大天宫", "company", "land_area_mu", 220, "mu", F2, "2023年8月", qual="约", qtext="大概", opt=True, note="科创中心占地"),
 ])

# ---------------------------------------------------------------- rl07 大丰经济开发区 签约 (中国网·美丽盐城 2022)
DF = "大丰经济开发区"
H1 = "大丰经济开发区的风电增速齿轮箱体、光伏EPE胶膜设备等5个重大项目分别在线上线下集中签约,总投资达25.2亿元"
H2 = "重点围绕计划总投资407亿元的13个在手重特大项目进行跟踪、洽谈"
H3 = "今年1-4月份,该区已累计新签约项目12个,同比增长50%"
H4 = "其中,50亿元以上项目2个,10-50亿元以上项目1个,5-10亿元以上项目1个,1-5亿元以上项目8个"
AS7 = "2022年1–4月（年份推定）"
G["rl07"] = dict(
 article=art("（无标题）大丰经济开发区5个重大项目集中签约 总投资25.2亿元", "中国网·美丽盐城（jiangsu.china.com.cn）", "2022-05", "month",
  "National portal's city channel, Jiangsu (盐城 大丰区): a provincial development zone signs five projects at a Yangtze-delta industrial-base event, tracks thirteen large projects, and reports its January–April signings",
  "http://jiangsu.china.com.cn/html/jsnews/around/10976613_1.html",
  "存段无标题、无日期行（title 为编者概括）。日期推定：文称“今年1-4月份”“新冠疫情”，被删的末段称“预计该项目于2023年3月竣工投产”——推定为2022年5月（未能核实，published 记到月）。**截断**：末段（“与此同时……督促其尽快投产达效,”，含奥凯明通高端阀门制造项目）在句中中断，整段不收；正文两段，止于“…1-5亿元以上项目8个。”。园区：大丰经济开发区（盐城市大丰区）。项目：风电增速齿轮箱体、光伏EPE胶膜设备（集中签约→签约；单项无金额）。事实：5个项目签约、总投资25.2亿元；13个在手重特大项目计划总投资407亿元（跟踪洽谈中，可选）；1–4月累计新签约12个、同比增长50%；按规模分档（可选）。",
  "rl07"),
 parks=[
  park(DF, "盐城", "江苏", "经济开发区", H1, district="大丰区", note="文中又作“该区”“开发区”"),
 ],
 projects=[
  proj("风电增速齿轮箱体", DF, H1, status="签约", status_text="集中签约", note="5个签约项目之一；单项无金额"),
  proj("光伏EPE胶膜设备", DF, H1, status="签约", status_text="集中签约", note="同上"),
 ],
 aggregate_facts=[
  fact(DF, "park", "projects_signed", 5, "count", H1, "签约仪式当日（2022年，推定）", note="本次集中签约"),
  fact(DF, "park", "signed_investment_cny", 2.52e9, "cny", H1, "签约仪式当日（2022年，推定）", chk=True),
  fact(DF, "park", "pipeline_projects", 13, "count", H2, AS7, opt=True, note="在手重特大项目（跟踪洽谈中）"),
  fact(DF, "park", "pipeline_planned_investment_cny", 4.07e10, "cny", H2, AS7, opt=True, chk=True),
  fact(DF, "park", "projects_signed", 12, "count", H3, AS7, kind="cumulative"),
  fact(DF, "park", "projects_signed_yoy_growth", 0.5, "ratio", H3, AS7, kind="ratio"),
  fact(DF, "park", "projects_signed_over_5bn", 2, "count", H4, AS7, kind="cumulative", opt=True),
  fact(DF, "park", "projects_signed_100m_to_500m", 8, "count", H4, AS7, kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- rl08 东台 重大项目 (shangol 2023)
DT = "东台经济开发区"
AF = "安丰精密制造产业园"
I1 = "总投资100亿元的东台晶澳光伏项目设计产能10GW高效能电池、10GW高效能光伏组件"
I2 = "在东台经济开发区,总投资50亿元的超晶新能源项目首批设备运抵车间、总投资100亿元的智泰储能电池项目建设如火如荼、总投资100亿元的天合光能前期筹备紧锣密鼓"
I3 = "今年上半年,东台新开工、新竣工亿元以上产业项目分别达45个、28个"
I4 = "安丰精密制造产业园,满负荷运转的澄擎新能源迎来德国合作伙伴"
G["rl08"] = dict(
 article=art("（无标题）东台晶澳光伏项目百日下线 东台经济开发区一批百亿级新能源项目推进", "m.shangol.cn（转载页；原发媒体存段未示，文称“记者”）", "2023-08-21", "day",
  "Relay site carrying a reporter's item, Jiangsu (盐城 东台市): a 10-billion-yuan solar plant building while producing, three new-energy projects at different stages in the county-level city's development zone, a firm in a precision-manufacturing park, the city's half-year project counts",
  "http://m.shangol.cn/news/2023/gn_0821/66278.html",
  "日期取网址 /2023/gn_0821/（2023-08-21）。存段无标题（title 为编者概括）；开头“【资料图】”已删。**截断**：末段（“在区域竞争加速重新洗牌的新格局下……在晶硅光伏、储能电池头部企业”）在句中中断，整段不收；正文止于“…增长均超40%。”。园区：东台经济开发区（盐城市东台市）；安丰精密制造产业园（东台；隶属文未给）。项目：东台晶澳光伏项目（总投资100亿元；边建设边生产、9月底全线投产→在建；园区文未给，null）；超晶新能源项目（50亿元，首批设备运抵车间→在建）、智泰储能电池项目（100亿元，建设如火如荼→在建）、天合光能（100亿元，前期筹备→planned）均在东台经济开发区。公司：晶澳光伏（园区 null）、澄擎新能源（安丰精密制造产业园）、天合光能（东台经济开发区，可选）。事实：东台上半年新开工、新竣工亿元以上产业项目45个、28个（地区，cumulative）；制造业投资、高技术产业投资增长均超40%（可选）；晶澳年内销售超50亿元（预计，target）。",
  "rl08"),
 parks=[
  park(DT, "盐城", "江苏", "经济开发区", I2, district="东台市"),
  park(AF, "盐城", "江苏", "产业园", I4, district="东台市", note="隶属文未给"),
 ],
 companies=[
  comp("晶澳光伏", None, "按计划晶澳光伏将在9月底全线投产", note="东台晶澳光伏项目；园区文未给"),
  comp("澄擎新能源", AF, I4),
  comp("天合光能", DT, I2, opt=True, note="以企业名作项目名"),
  comp("超晶新能源", DT, I2, opt=True, note="只在项目名中"),
  comp("智泰储能", DT, I2, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("东台晶澳光伏项目", None, I1, companies=["晶澳光伏"], inv="总投资100亿元", status="在建", status_text="一边快建设一边忙生产",
       note="按计划9月底全线投产；园区文未给"),
  proj("超晶新能源项目", DT, I2, companies=["超晶新能源"], inv="总投资50亿元", status="在建", status_text="首批设备运抵车间"),
  proj("智泰储能电池项目", DT, I2, companies=["智泰储能"], inv="总投资100亿元", status="在建", status_text="建设如火如荼"),
  proj("天合光能", DT, I2, companies=["天合光能"], inv="总投资100亿元的天合光能", status="planned", status_text="前期筹备紧锣密鼓",
       note="以企业名作项目名"),
 ],
 aggregate_facts=[
  fact("东台", "region", "projects_started", 45, "count", I3, "2023年上半年", kind="cumulative", note="新开工亿元以上产业项目"),
  fact("东台", "region", "projects_completed", 28, "count", I3, "2023年上半年", kind="cumulative", note="新竣工亿元以上产业项目"),
  fact("东台", "region", "manufacturing_investment_growth", 0.4, "ratio", "制造业投资、高技术产业投资增长均超40%", "2023年上半年", kind="ratio",
       qual="超", qtext="超", opt=True),
  fact("晶澳光伏", "company", "expected_sales_cny", 5e9, "cny", "年内即将实现销售超50亿元", "2023年全年（预计）", kind="target", qual="超", qtext="超", chk=True),
  fact("东台晶澳光伏项目", "project", "site_area_mu", 880, "mu", "880亩的厂区内", "2023年8月", opt=True),
 ])
