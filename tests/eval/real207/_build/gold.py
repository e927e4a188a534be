# real207 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published, ASCII commas kept as the
# stored copies have them); names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右/大约 → 约
# (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence). Growth
# rates and shares as ratios. Projects and companies: the park is the one the text places them in, null where the text
# names none (a county is not a park; “近日在某县” is not a park). Status from the text's words (开工 → 开工; 竣工 → 竣工;
# 投产 / 相继投产 → 投产; 厂房正在建设 → 在建; 新引进 / 落户 alone → no status). Plans (“计划实施”, “预计”) are kind
# target; counts “累计” over a period are cumulative. A renamed zone keeps its old name as an alias when the text says
# the one became the other (ux05).

# ---------------------------------------------------------------- ux01 容县经济开发区 玉林市2025年一季度重大项目开竣工
RX = "容县经济开发区"
A0 = "3月19日,玉林市2025年一季度重大项目开竣工暨容县中腾—容汇创谷项目开工仪式在容县经济开发区举行"
A1 = "全市一季度开竣工项目82个,总投资251亿元"
A2 = "市委书记王琛出席仪式并宣布全市一季度重大项目中腾—容汇创谷等59个项目开工、广源盛智能产业园等23个项目竣工"
A3 = "中腾—容汇创谷项目是通过盘活低效用地打造的产业集聚平台,计划总投资15亿元,预计导入企业20家"
A4 = "广源盛智能产业园作为容县电子信息产业的重要延链补链项目,总投资1.5亿元,园区已吸引7家优质企业入驻投产"
AQ = "2025年一季度"
G["ux01"] = dict(
 article=art("（无标题）玉林市2025年一季度重大项目开竣工暨容县中腾—容汇创谷项目开工仪式在容县经济开发区举行", "ypbk.net（羊皮百科）转载；原发媒体页面未注明", "2025-03", "month",
  "Aggregator copy of a city news item, Guangxi: a city's first-quarter groundbreaking / completion ceremony held in a county economic development zone — the host project started there (planned investment, firms to be brought in), a completed county industrial-park project with firms in production, the city's counts and total investment",
  "https://ypbk.net/news/NG50JNdQd1.html",
  "无标题（存档摘录从正文首句起）；日期只有正文“3月19日”与“玉林市2025年一季度”，取2025-03（月）。页脚“网站内容来自网络…”“站长邮箱…琼ICP备…”已删。正文四段，完整。园区：容县经济开发区（玉林市容县，广西）。项目：中腾—容汇创谷（开工仪式在容县经济开发区举行→开工，计划总投资15亿元，园区容县经济开发区）；广源盛智能产业园（“23个项目竣工”之一→竣工，总投资1.5亿元；文中未说它在哪个园区，园区记为空；它本身称“园区”，另列为可选园区）。王琛、张惠强等为人名，不列机构。82个/251亿元/59个/23个为玉林市全市数（region）。",
  "ux01"),
 parks=[
  park(RX, "玉林", "广西", "经济开发区", A0, district="容县"),
  park("广源盛智能产业园", "玉林", "广西", "产业园", A4, district="容县", opt=True,
       note="文中作为竣工项目；又称“园区”，已入驻投产7家企业"),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj("中腾—容汇创谷", RX, A3, inv="15亿元", status="开工", status_text="开工仪式", aliases=["容县中腾—容汇创谷"],
       note="开工仪式在容县经济开发区举行；“计划总投资15亿元”；产业集聚平台（盘活低效用地）"),
  proj("广源盛智能产业园", None, A4, inv="1.5亿元", status="竣工", status_text="项目竣工",
       note="竣工见“广源盛智能产业园等23个项目竣工”；园区未说明（容县项目）"),
 ],
 funds=[],
 aggregate_facts=[
  fact("玉林市", "region", "projects_started_completed", 82, "count", A1, AQ),
  fact("玉林市", "region", "projects_started_completed_investment_cny", 2.51e10, "cny", A1, AQ, chk=True),
  fact("玉林市", "region", "projects_started", 59, "count", A2, AQ),
  fact("玉林市", "region", "projects_completed", 23, "count", A2, AQ),
  fact("中腾—容汇创谷", "project", "expected_firms", 20, "count", "预计导入企业20家", AQ, kind="target", opt=True),
  fact("广源盛智能产业园", "project", "firms_in_production", 7, "count", "园区已吸引7家优质企业入驻投产", "2025年3月", opt=True),
 ],
)

# ---------------------------------------------------------------- ux02 黔东南州全力以赴推动工业经济高质量发展 (2024)
SS = "三穗县开发区轻工产业园"
B0 = "在位于三穗县开发区轻工产业园的贵州鼎盛服饰有限公司立体仓库"
B1 = "近日,在锦屏县铜鼓镇石英砂加工生产项目施工现场,记者看到机器轰鸣"
B2 = "“现在我们厂房正在建设,预计今年6月份正式投产,年产量要达到20万吨,年产值大约1.5亿元。”贵州宇凯隆新材料科技有限公司行政总监张翀说"
B3 = "2024年锦屏县计划实施重点建设项目111个,总投资148.17亿元"
B4 = "其中,在建项目33个,总投资51.77亿元"
B5 = "新建项目35个,总投资48.83亿元"
B6 = "一季度计划新开工项目9个,总投资6.4亿元"
B7 = "全州具备复工复产条件企业375户按原计划提前2天全部复工复产"
B8 = "1月初以来,黔东南州工信局组织对全州规上工业企业开展全覆盖走访服务"
G["ux02"] = dict(
 article=art("黔东南州全力以赴推动工业经济高质量发展", "news.qx162.com（资讯 > 地州市 > 黔东南 栏目）；原发媒体未注明", "2024-04-02", "day",
  "Regional news portal, Guizhou: a prefecture's early-year industrial round-up — firms back at work, a county's quartz-sand project under construction (expected output), the county's 2024 key-project plan by stage, a garment firm in a county development zone's light-industry park",
  "http://news.qx162.com/cs/qdn/2024/0402/386795.shtml",
  "日期取 URL 路径 2024/0402。页面标题“黔东南州全力以赴推动工业经济高质量发展”作标题；其下一行“强工业支撑 激活发展引擎——东南州全力以赴推动工业经济高质量发展”（原文如此，“东南州”）为重复的长标题，与导航“外链”“您当前的位置…”一并删去。存档摘录在“不到十分钟,就成功将4件货物精准”处中断，该半句已删，正文止于上一整句。园区：三穗县开发区轻工产业园（三穗县，黔东南州）；“三穗县开发区”作可选上级园区。公司：贵州鼎盛服饰有限公司（在该产业园）；贵州宇凯隆新材料科技有限公司（锦屏县铜鼓镇项目，文中无园区）。项目：锦屏县铜鼓镇石英砂加工生产项目（厂房正在建设→在建，预计6月投产，年产值约1.5亿元；园区空）。锦屏县2024年计划数为 target。",
  "ux02"),
 parks=[
  park(SS, "黔东南", "贵州", "产业园（轻工）", B0, district="三穗县", parent="三穗县开发区"),
  park("三穗县开发区", "黔东南", "贵州", "开发区", B0, district="三穗县", opt=True, note="只在“三穗县开发区轻工产业园”中"),
 ],
 companies=[
  comp("贵州鼎盛服饰有限公司", SS, B0),
  comp("贵州宇凯隆新材料科技有限公司", None, B2, note="锦屏县铜鼓镇石英砂项目业主（由语境：其行政总监在项目现场发言）；文中无园区"),
 ],
 institutions=[
  inst("黔东南州工信局", B8),
 ],
 projects=[
  proj("锦屏县铜鼓镇石英砂加工生产项目", None, B1, companies=["贵州宇凯隆新材料科技有限公司"], status="在建",
       status_text="厂房正在建设", aliases=["石英砂加工生产项目"], note="预计今年6月份正式投产；年产20万吨；锦屏县铜鼓镇，文中无园区"),
 ],
 funds=[],
 aggregate_facts=[
  fact("锦屏县铜鼓镇石英砂加工生产项目", "project", "expected_annual_output_cny", 1.5e8, "cny", "年产值大约1.5亿元", "投产后（预计）",
       kind="target", qual="约", qtext="大约", chk=True),
  fact("锦屏县", "region", "key_projects_planned", 111, "count", B3, "2024年（计划）", kind="target"),
  fact("锦屏县", "region", "key_projects_planned_investment_cny", 1.4817e10, "cny", B3, "2024年（计划）", kind="target", chk=True),
  fact("锦屏县", "region", "projects_under_construction", 33, "count", B4, "2024年（计划）", kind="target", opt=True),
  fact("锦屏县", "region", "projects_under_construction_investment_cny", 5.177e9, "cny", B4, "2024年（计划）", kind="target", opt=True, chk=True),
  fact("锦屏县", "region", "new_projects_planned", 35, "count", B5, "2024年（计划）", kind="target", opt=True),
  fact("锦屏县", "region", "new_projects_planned_investment_cny", 4.883e9, "cny", B5, "2024年（计划）", kind="target", opt=True, chk=True),
  fact("锦屏县", "region", "projects_planned_to_start", 9, "count", B6, "2024年一季度（计划）", kind="target", opt=True),
  fact("黔东南州", "region", "firms_resumed_production", 375, "count", B7, "2024年春节后", opt=True),
 ],
)

# ---------------------------------------------------------------- ux03 镇宁“十三五”实体经济 (gzw.net 2021)
ZN = "镇宁产业园区"
HX = "镇宁红星精细化工产业园区"
QG = "镇宁特色轻工产业园区"
C0 = "“十三五”期间,镇宁产业园区成功进入省级57个经济开发区之列"
C1 = "在镇宁红星精细化工产业园区中,贵州红星发展股份有限公司各生产线有序运作"
C2 = "在镇宁特色轻工产业园区中,贵州汇景纸业有限公司正加紧生产"
C3 = "来到贵州黔棠姜生物科技有限公司,一瓶瓶姜汁饮料运往全国各地"
C4 = "来到贵州生态黑茶集团,一箱箱黑茶产品倍受省内外好评"
G["ux03"] = dict(
 article=art("（无标题）镇宁“十三五”实体经济后发赶超：产业园区进入省级经济开发区之列", "news.gzw.net（安顺 栏目）；原发媒体与作者未注明", "2021-01-27", "day",
  "Provincial news portal, Guizhou: a county's five-year (十三五) review of its industry — its industrial park entering the provincial development-zone list, two named sub-parks with one firm each, other named firms, cumulative patents, projects brought in and funds in place",
  "http://news.gzw.net/anshun/2021/0127/1518895.shtml",
  "无标题（存档摘录从正文首句起）；日期取 URL 路径 2021/0127。正文七段，完整（摘录以“好图景。”收尾）。园区：镇宁产业园区（“成功进入省级57个经济开发区之列”，并为“贵州省29个特色工业园区之一”）；镇宁红星精细化工产业园区、镇宁特色轻工产业园区（文中未说明二者隶属镇宁产业园区，parent 空）。公司：贵州红星发展股份有限公司（红星精细化工产业园区）、贵州汇景纸业有限公司（特色轻工产业园区）；贵州黔棠姜生物科技有限公司、贵州生态黑茶集团（文中无园区）。“五年间”的三项为镇宁自治县“十三五”累计数（cumulative）；“比“十二五”时期分别增长42%、26.9%”两个增速对应关系不明，不列。",
  "ux03"),
 parks=[
  park(ZN, "安顺", "贵州", "产业园区（省级经济开发区）", C0, district="镇宁自治县"),
  park(HX, "安顺", "贵州", "产业园区（精细化工）", C1, district="镇宁自治县"),
  park(QG, "安顺", "贵州", "产业园区（轻工）", C2, district="镇宁自治县"),
 ],
 companies=[
  comp("贵州红星发展股份有限公司", HX, C1),
  comp("贵州汇景纸业有限公司", QG, C2),
  comp("贵州黔棠姜生物科技有限公司", None, C3, note="文中无园区"),
  comp("贵州生态黑茶集团", None, C4, note="文中无园区"),
 ],
 institutions=[],
 projects=[],
 funds=[],
 aggregate_facts=[
  fact("镇宁自治县", "region", "invention_patents_granted", 297, "count", "累计新增发明专利授权量达297件", "“十三五”期间", kind="cumulative",
       note="主语为“各家企业”，按全县计"),
  fact("镇宁自治县", "region", "projects_introduced", 394, "count", "累计引进招商项目394个", "“十三五”期间", kind="cumulative"),
  fact("镇宁自治县", "region", "funds_in_place_cny", 4.8222e10, "cny", "新增重点产业项目到位资金482.22亿元", "“十三五”期间",
       kind="cumulative", chk=True),
 ],
)

# ---------------------------------------------------------------- ux04 够力!恭城开花山建设得如火如荼 (WeChat, c. 2022)
KH = "恭城开花山工业园区"
D0 = "近日,笔者在恭城开花山工业园区看到"
D1 = "开花山工业园位于恭城瑶族自治县嘉会镇西南角和西岭镇东南区域,规划用地面积12070亩,为自治区级A类工业集中区"
D2 = "截止2021年底园区总产值9.8亿元"
D3 = "规模以上企业主要有腾达木业、揽美木业,2021年底新引进新能源汽车部件产业,总投资20亿元以上"
D4 = "规模以上企业主要有南方水泥、海中环保、东恒建材、华宇木业、华宇建材、松宝林化等"
D5 = "其他重要企业还有三和超微粉体材料、顺通物流、腾翔能源等公司,龙星锌矿业有限公司正在重组"
G["ux04"] = dict(
 article=art("够力!恭城开花山建设得如火如荼", "恭城茶江资讯（微信公众号）文章，m.qi18.com 镜像", "2022", "year",
  "WeChat public-account article (county media) via a mirror site, Guangxi: a county industrial park under construction — location, planned area, output to end-2021, facilities to finish in 2022, above-scale and other named firms by zone, a newly introduced auto-parts industry (20亿元以上)",
  "https://m.qi18.com/shlvyou/tjwyxyfsyqiyibaafsrjkwwzk",
  "页面无日期；文中“截止2021年底园区总产值9.8亿元”“2022年底要建成…”“2021年底新引进…”，推定发表于2022年（年，推定）。首行公众号引导语“走进山水甲天下的桂林…快捷阅读并关注”已删。正文六段，完整。园区：恭城开花山工业园区（文中又作“开花山工业园”；恭城瑶族自治县，桂林，广西；自治区级A类工业集中区）。公司均在该园区：规上企业腾达木业、揽美木业（东北部区域）、南方水泥、海中环保、东恒建材、华宇木业、华宇建材、松宝林化（西南部区域），其他重要企业三和超微粉体材料、顺通物流、腾翔能源，龙星锌矿业有限公司（正在重组）。“新能源汽车部件产业”（2021年底新引进，总投资20亿元以上）作可选项目，无状态。综合楼、公寓为园区配套，不列项目。总产值9.8亿元为截至2021年底（2021年）数。",
  "ux04"),
 parks=[
  park(KH, "桂林", "广西", "工业园区（自治区级A类工业集中区）", D0, district="恭城瑶族自治县", aliases=["开花山工业园"]),
 ],
 companies=[
  comp("腾达木业", KH, D3),
  comp("揽美木业", KH, D3),
  comp("南方水泥", KH, D4),
  comp("海中环保", KH, D4),
  comp("东恒建材", KH, D4),
  comp("华宇木业", KH, D4),
  comp("华宇建材", KH, D4),
  comp("松宝林化", KH, D4),
  comp("三和超微粉体材料", KH, D5),
  comp("顺通物流", KH, D5),
  comp("腾翔能源", KH, D5),
  comp("龙星锌矿业有限公司", KH, D5, note="正在重组"),
 ],
 institutions=[],
 projects=[
  proj("新能源汽车部件产业", KH, D3, inv="20亿元", qual="超", qual_text="以上", opt=True,
       note="2021年底新引进（无状态）；名称为产业门类，非具体项目名"),
 ],
 funds=[],
 aggregate_facts=[
  fact(KH, "park", "industrial_output_cny", 9.8e8, "cny", D2, "2021年（截至2021年底）", chk=True),
  fact(KH, "park", "planned_area_mu", 12070, "mu", D1, "2022年", opt=True),
 ],
)

# ---------------------------------------------------------------- ux05 广西北流经济技术开发区获批 (bltzw 论坛 2025)
BL = "广西北流经济技术开发区"
LW = "两湾北流产业园"
E0 = "同意广西北流日用陶瓷工业园区设立为自治区级经济技术开发区,定名为“广西北流经济技术开发区”"
E1 = "先后建设了民安陶瓷建材产业园、民乐农民工创业园、鑫山农产品深加工产业园、城西家具产业园、加工贸易产业园等5个专业化产业园"
E2 = "2019年升级规划建设广西(北流)轻工产业园,并以此为抓手推动打造两湾北流产业园"
E3 = "截至2023年底,产业园入园企业总计326家,其中规上企业188家"
E4 = "园区工业总产值196.18亿元,同比增长15.29%"
E5 = "其中规模以上工业总产值 160.88亿元,同比增长17.52%"
E6 = "园区地区生产总值214.23亿元"
E7 = "园区建成面积9.7622平方公里"
E8 = "单位土地园区地区生产总值产出强度21.95亿元/平方公里"
E9 = "在民乐片区重点规划建设“电子信息特色产业园”“服装鞋帽特色产业园”,在民安片区重点规划建设“金属装备智造产业园”,在塘岸片区规划建设“综合智慧物流产业园”"
Y23 = "2023年（截至2023年底）"
G["ux05"] = dict(
 article=art("（无标题）广西北流日用陶瓷工业园区获批设立为自治区级广西北流经济技术开发区", "bltzw.com 论坛帖（转帖）；原发媒体未注明", "2025", "year",
  "Local web-forum repost, Guangxi: a county-level city's ceramics industrial park approved as an autonomous-region economic and technological development zone — its history and five specialised parks, the light-industry park and the 两湾 park it builds, planned themed parks, firms, output, growth, GDP, built area and output intensity at end-2023",
  "http://bltzw.com/thread-596304-1-1.html",
  "无标题（存档摘录从正文首句起）；帖子日期未见，批文“桂政函〔2025〕48 号”，取2025（年）。存档摘录在“…加快高新技术产业发展、培”处中断，该未完句（“该产业园设立为…培”）已删，正文止于上一整句。第二段内原有一个空格（“两湾北流产业园。 近年来”）与“规模以上工业总产值 160.88亿元”中的空格照录。园区：广西北流经济技术开发区（由广西北流日用陶瓷工业园区设立并定名，旧名作别名；北流市，玉林，广西）；两湾北流产业园（文中的“产业园”，326家企业等数字的主语；末段称“该产业园设立为自治区级经济技术开发区”，但名称不同，单列，parent 空）；广西(北流)轻工产业园；五个专业化产业园（民安陶瓷建材产业园、民乐农民工创业园、鑫山农产品深加工产业园、城西家具产业园、加工贸易产业园，上级为北流日用陶瓷工业园区即本开发区）。规划中的四个特色产业园（电子信息、服装鞋帽、金属装备智造、综合智慧物流）为泛称，列为可选。民乐/民安/塘岸片区为片区，不列。数字均为两湾北流产业园截至2023年底。",
  "ux05"),
 parks=[
  park(BL, "玉林", "广西", "经济技术开发区（自治区级）", E0, district="北流市", aliases=["广西北流日用陶瓷工业园区"],
       note="由广西北流日用陶瓷工业园区设立、定名"),
  park(LW, "玉林", "广西", "产业园", E2, district="北流市", note="文中“产业园”；末段称该产业园设立为自治区级经开区"),
  park("广西(北流)轻工产业园", "玉林", "广西", "产业园（轻工）", E2, district="北流市"),
  park("民安陶瓷建材产业园", "玉林", "广西", "专业化产业园", E1, district="北流市", parent=BL),
  park("民乐农民工创业园", "玉林", "广西", "专业化产业园", E1, district="北流市", parent=BL),
  park("鑫山农产品深加工产业园", "玉林", "广西", "专业化产业园", E1, district="北流市", parent=BL),
  park("城西家具产业园", "玉林", "广西", "专业化产业园", E1, district="北流市", parent=BL),
  park("加工贸易产业园", "玉林", "广西", "专业化产业园", E1, district="北流市", parent=BL),
  park("电子信息特色产业园", "玉林", "广西", "特色产业园（规划）", E9, district="北流市", parent=LW, opt=True, note="泛称，规划中"),
  park("服装鞋帽特色产业园", "玉林", "广西", "特色产业园（规划）", E9, district="北流市", parent=LW, opt=True, note="泛称，规划中"),
  park("金属装备智造产业园", "玉林", "广西", "特色产业园（规划）", E9, district="北流市", parent=LW, opt=True, note="泛称，规划中"),
  park("综合智慧物流产业园", "玉林", "广西", "特色产业园（规划）", E9, district="北流市", parent=LW, opt=True, note="泛称，规划中"),
 ],
 companies=[],
 institutions=[
  inst("广西壮族自治区人民政府", "日前,广西壮族自治区人民政府发文(桂政函〔2025〕48 号)批复", note="批复设立"),
 ],
 projects=[],
 funds=[],
 aggregate_facts=[
  fact(LW, "park", "firms", 326, "count", E3, Y23),
  fact(LW, "park", "above_scale_firms", 188, "count", E3, Y23),
  fact(LW, "park", "industrial_output_cny", 1.9618e10, "cny", E4, "2023年", chk=True),
  fact(LW, "park", "industrial_output_yoy_growth", 0.1529, "ratio", E4, "2023年", kind="ratio"),
  fact(LW, "park", "above_scale_output_cny", 1.6088e10, "cny", E5, "2023年", chk=True),
  fact(LW, "park", "above_scale_output_yoy_growth", 0.1752, "ratio", E5, "2023年", kind="ratio"),
  fact(LW, "park", "gdp_cny", 2.1423e10, "cny", E6, "2023年", chk=True),
  fact(LW, "park", "built_area_km2", 9.7622, "km2", E7, Y23, opt=True),
  fact(LW, "park", "gdp_per_km2_cny", 2.195e9, "cny_per_km2", E8, "2023年", opt=True, chk=True),
 ],
)

# ---------------------------------------------------------------- ux06 黔东南州：强化工业经济主引擎 (黔东南日报 2025-03-18)
LB = "炉碧经开区"
TJ = "台江经开区"
F0 = "2025年一季度重大招商项目集中签约仪式在凯里市成功举行,共签约36个项目,总投资额超182亿元"
F1 = "炉碧和台江两个经开区实现“百亿级园区”的突破"
F2 = "黔玻永太二期、海生玻璃一期1线等重大项目相继投产"
F3 = "天能、其亚、麒臻三家企业总产值均突破40亿元"
F4 = "台江经开区获批国家级绿色工业园区,炉碧经开区纳入国家级经开区培育对象,天柱、榕江工业园区升格为省级经开区"
F5 = "新增规上企业50户"
F6 = "新增“专精特新”企业29户"
G["ux06"] = dict(
 article=art("黔东南州: 强化工业经济主引擎 筑牢高质量发展硬支撑", "黔东南日报（数字报），黔东南州融媒体中心记者 王道东", "2025-03-18", "day",
  "Prefecture daily (e-paper), Guizhou: an industrial-economy round-up — the quarter's signing ceremony (36 projects), last year's results: two county/city development zones passing 10 billion, two projects in production, three firms over 4 billion, new above-scale and specialised firms, zone titles and two county industrial parks upgraded to provincial development zones",
  "http://dzb.qdnrbs.cn/szb/pc/202503/18/c288554.html",
  "日期取版面“2025年03月18日”。标题为两行（引题“黔东南州:”与主题），以一个空格相连；刊号行、日期行与署名行“○ 黔东南州融媒体中心记者 王道东”已删（署名记入 outlet）。存档摘录止于“形成19项制度创新成果。”（整句），原文或更长。园区：炉碧经开区、台江经开区（文中“炉碧和台江两个经开区”；后文全称写法“台江经开区”“炉碧经开区”）；天柱工业园区、榕江工业园区（文中“天柱、榕江工业园区升格为省级经开区”，“天柱工业园区”非逐字）。项目：黔玻永太二期、海生玻璃一期1线（相继投产→投产；文中无园区）。公司：天能、其亚、麒臻（总产值均突破40亿元；无园区）；黔玻永太、海生玻璃只在项目名中，作可选公司。“百亿级园区”无具体数字，不列数值事实。36个/超182亿元为全州2025年一季度签约；新增规上企业50户、“专精特新”29户为全州“过去一年”（2024年）。",
  "ux06"),
 parks=[
  park(LB, "黔东南", "贵州", "经济开发区", F4, note="文中“炉碧和台江两个经开区”；纳入国家级经开区培育对象"),
  park(TJ, "黔东南", "贵州", "经济开发区", F4, district="台江县", note="获批国家级绿色工业园区"),
  park("天柱工业园区", "黔东南", "贵州", "工业园区（升格为省级经开区）", F4, district="天柱县", note="文中“天柱、榕江工业园区”，名称由并列补足"),
  park("榕江工业园区", "黔东南", "贵州", "工业园区（升格为省级经开区）", F4, district="榕江县"),
 ],
 companies=[
  comp("天能", None, F3, note="总产值突破40亿元；文中无园区"),
  comp("其亚", None, F3, note="同上"),
  comp("麒臻", None, F3, note="同上"),
  comp("黔玻永太", None, F2, opt=True, note="只在项目名中"),
  comp("海生玻璃", None, F2, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("黔玻永太二期", None, F2, companies=["黔玻永太"], status="投产", status_text="相继投产", phase="二期", note="文中无园区"),
  proj("海生玻璃一期1线", None, F2, companies=["海生玻璃"], status="投产", status_text="相继投产", phase="一期", note="文中无园区"),
 ],
 funds=[],
 aggregate_facts=[
  fact("黔东南州", "region", "projects_signed", 36, "count", F0, "2025年一季度"),
  fact("黔东南州", "region", "signed_investment_cny", 1.82e10, "cny", F0, "2025年一季度", qual="超", qtext="超", chk=True),
  fact("天能", "company", "industrial_output_cny", 4e9, "cny", F3, "2024年", qual="超", qtext="突破", chk=True),
  fact("其亚", "company", "industrial_output_cny", 4e9, "cny", F3, "2024年", qual="超", qtext="突破", chk=True),
  fact("麒臻", "company", "industrial_output_cny", 4e9, "cny", F3, "2024年", qual="超", qtext="突破", chk=True),
  fact("黔东南州", "region", "new_above_scale_firms", 50, "count", F5, "2024年"),
  fact("黔东南州", "region", "new_specialised_firms", 29, "count", F6, "2024年", opt=True),
 ],
)
