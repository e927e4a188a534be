# real95 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth rates and shares as
# ratios. Projects: the park is the one the text places the project in, null if none. Status from the text's words (开工 /
# 动工 → 开工; 建设现场 / 续建 / 设备安装期 / 正在开工建设 → 在建; 竣工投产 / 投产运营 → 投产; 签约 → 签约; 落户 alone → no
# status). “预计”/“预期”/“计划” figures are kind target; year-to-date figures (“今年以来”, “1至9月”, “前2个月”, “累计”,
# “截至目前”) are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/xmNN.raw as returned.

# ---------------------------------------------------------------- xm01 兵团乌鲁木齐工业园区 14个项目集中开(复)工 (兵团日报 2018)
BW = "兵团乌鲁木齐工业园区"
A1 = "共有14个项目开(复)工,涉及装备制造、食品医药等行业,总投资27亿元"
A2 = "2017年,兵团乌鲁木齐工业园区全年招商引资到位资金26.51亿元,固定资产投资完成14.2亿元"
A3 = "截至目前,园区共有注册企业209家,已划地项目72家,开工建设企业42家,总投资额过亿的项目47个"
G["xm01"] = dict(
 article=art("兵团乌鲁木齐工业园区14个项目集中开(复)工", "兵团日报（通讯员张荣耀；“天山网讯”），载于天山网 news.ts.cn", "2018-03-30", "day",
  "Xinjiang Production and Construction Corps daily on the regional news portal: a Corps division's industrial park starts or resumes 14 projects (total investment), with the park's 2017 investment attracted and fixed-asset investment and its current counts of firms and projects",
  "http://news.ts.cn/system/2018/03/30/035147343.shtml",
  "日期取页面“2018年03月30日 15:21 来源:兵团日报”。标题照录；时间来源行与“[责任编辑:翟文杰 ]”已删。正文四段，完整。园区：兵团乌鲁木齐工业园区（新疆生产建设兵团第十二师，乌鲁木齐；文中又作“园区”；kind 工业园区）。开(复)工的14个项目未点名，只记个数与“总投资27亿元”（事实）。2017年全年招商引资到位资金、固定资产投资为已报告数（reported）；“截至目前”的注册企业、已划地项目、开工建设企业、过亿项目个数为 cumulative（as_of 2018年3月）。十二师党委列可选机构。",
  "xm01"),
 parks=[
  park(BW, "乌鲁木齐", "新疆", "工业园区", "近日,十二师兵团乌鲁木齐工业园区举行集中开(复)工仪式", note="新疆生产建设兵团第十二师；文中又作“园区”"),
 ],
 institutions=[
  inst("十二师党委", "今年,十二师党委把招商引资工作确定为经济工作的“一号工程”", note="兵团第十二师党委"),
 ],
 aggregate_facts=[
  fact(BW, "park", "projects_started_or_resumed", 14, "count", A1, "2018年3月（集中开(复)工）"),
  fact(BW, "park", "projects_started_investment_cny", 2.7e9, "cny", A1, "2018年3月（集中开(复)工）", chk=True, note="14个开(复)工项目总投资"),
  fact(BW, "park", "investment_attracted_cny", 2.651e9, "cny", A2, "2017年", chk=True, note="招商引资到位资金"),
  fact(BW, "park", "fixed_asset_investment_cny", 1.42e9, "cny", "固定资产投资完成14.2亿元", "2017年", chk=True),
  fact(BW, "park", "firms", 209, "count", A3, "2018年3月（截至目前）", kind="cumulative", note="注册企业"),
  fact(BW, "park", "projects_land_allocated", 72, "count", A3, "2018年3月（截至目前）", kind="cumulative", opt=True, note="已划地项目"),
  fact(BW, "park", "firms_under_construction", 42, "count", A3, "2018年3月（截至目前）", kind="cumulative", opt=True, note="开工建设企业"),
  fact(BW, "park", "projects_over_100m", 47, "count", A3, "2018年3月（截至目前）", kind="cumulative", note="总投资额过亿的项目"),
 ])

# ---------------------------------------------------------------- xm02 阿拉尔经济技术开发区 重点产业项目 (兵团日报 via 纺织网 2023)
AL = "阿拉尔经济技术开发区"
CS = "新疆彩诗纺织产业园投资有限公司"
AJ = "新疆阿景纺织科技有限公司"
B1 = "“新疆彩诗纺织产业园项目计划投资50亿元,建设16万锭环锭纺、1.5万台喷水织机、8300台加捻机,预期年产值40亿元,可带动5000人就业。”"
B2 = "记者在新疆阿景纺织科技有限公司厂房项目建设现场看到,车辆往来穿梭,一派热火朝天的景象。"
B3 = "今年,新疆阿景纺织科技有限公司计划完成投资70亿元,推动续建项目早日完工。"
G["xm02"] = dict(
 article=art("一师阿拉尔市延链补链强链 力促重点产业项目建设提速", "兵团日报，载于纺织网 info.texnet.com.cn（“来源:兵团日报”；存段无署名）", "2023-02-20", "day",
  "Corps daily relayed by a textile-trade portal: a Corps division's national economic-technological development zone in February — two named textile projects at their sites, one with planned investment and expected output, one firm's planned investment for the year",
  "http://info.texnet.com.cn/detail-927107.html",
  "日期取页面“2023-02-20 14:36:05 来源:兵团日报”（文中“2月19日”为采访日）。标题照录；网址日期来源行、版权声明与“相关报道”以下已删。正文五段，完整。园区：阿拉尔经济技术开发区（第一师阿拉尔市，新疆）。项目：新疆彩诗纺织产业园项目——“计划投资50亿元”记投资额，状态文中未说（首段“一批项目正在加紧建设”为泛指，不据以定状态），园区由首段语境推定为阿拉尔经开区；新疆阿景纺织科技有限公司厂房项目——“建设现场”“续建项目”→在建，园区同样由语境推定；“计划完成投资70亿元”是该公司今年计划完成的投资（target 事实，不作项目总投资）。公司：新疆彩诗纺织产业园投资有限公司（董事周洪富）、新疆阿景纺织科技有限公司（董事长茅炜），园区推定为阿拉尔经开区。一师阿拉尔市发改委列可选机构。",
  "xm02"),
 parks=[
  park(AL, "阿拉尔", "新疆", "经济技术开发区", "2月19日,阿拉尔经济技术开发区项目建设现场塔吊林立,一批项目正在加紧建设。", note="第一师阿拉尔市"),
 ],
 companies=[
  comp(CS, AL, "新疆彩诗纺织产业园投资有限公司董事周洪富向记者介绍道", note="园区由首段语境推定"),
  comp(AJ, AL, B2, note="园区由语境推定（开发区重点建设项目）"),
 ],
 institutions=[
  inst("一师阿拉尔市发改委", "一师阿拉尔市发改委党组成员秦武林说"),
 ],
 projects=[
  proj("新疆彩诗纺织产业园项目", AL, B1, companies=[CS], inv="计划投资50亿元", note="状态文中未说；园区由首段语境推定"),
  proj("新疆阿景纺织科技有限公司厂房项目", AL, B2, companies=[AJ], status="在建", status_text="建设现场；续建项目",
       note="今年4月可完成主体厂房建设、7月可完成设备安装；公司今年计划完成投资70亿元（事实，非项目总投资）"),
 ],
 aggregate_facts=[
  fact("新疆彩诗纺织产业园项目", "project", "expected_annual_output_cny", 4e9, "cny", "预期年产值40亿元", "建成后（预期）", kind="target", chk=True),
  fact("新疆彩诗纺织产业园项目", "project", "expected_jobs", 5000, "count", "可带动5000人就业", "建成后（预期）", kind="target", opt=True),
  fact("新疆彩诗纺织产业园项目", "project", "planned_spindles", 160000, "spindles", "建设16万锭环锭纺", "建设内容（计划）", kind="target", opt=True),
  fact(AJ, "company", "planned_annual_investment_cny", 7e9, "cny", B3, "2023年（计划）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- xm03 第四师 两个开发区前三季度 (可克达拉市网站 2024)
HF = "霍尔果斯经济开发区兵团分区"
KK = "可克达拉经济技术开发区"
YL = "新疆沂利泓生物新材料科技有限公司"
C0 = "深秋时节,记者走进霍尔果斯经济开发区兵团分区和可克达拉经济技术开发区,目光所及皆是一派热火朝天的生产场面"
C1 = "连日来,在霍尔果斯经济开发区兵团分区产业园,新疆沂利泓生物新材料科技有限公司工人正抢抓时间生产"
C2 = "1至9月,该公司产值达到5亿元,提供就业岗位1200多个,玉米加工量同比增长100%"
C3 = "1至9月,完成规上工业总产值19.8亿元,同比增长110%"
AS3 = "2024年1–9月"
G["xm03"] = dict(
 article=art("师市两个开发区前三季度“成绩单”亮眼", "第四师可克达拉市网站 cocodala.gov.cn（师市要闻；“本报讯”，记者 明辉，通讯员 于坤明 郭思娜 殷雪娇）", "2024-11-07", "day",
  "Corps division's official site relaying its paper: two development zones after the first three quarters — one firm's output, jobs and expected annual output, the Corps sub-zone's above-scale industrial output and growth",
  "http://www.cocodala.gov.cn/html/1343/2024-11-07/content-84719.html",
  "日期取页面“发布:2024-11-07”。标题照录；站名、栏目路径与发布行已删。存段在第五段“眼下,位于可克达拉经济技术开发区城西区的新疆可克达拉石晶光电科技有限公司高品质”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…一批项目就是一个新的增长极。”，共五段。园区：霍尔果斯经济开发区兵团分区（第四师可克达拉市所属；文中与可克达拉经济技术开发区合称“师市两个开发区”）；可克达拉经济技术开发区（存段内只在首段出现，无数字）；“霍尔果斯经济开发区兵团分区产业园”列可选园区（母园区兵团分区），“霍尔果斯经济开发区”只作为兵团分区名称的一部分出现，列可选。公司：新疆沂利泓生物新材料科技有限公司（在兵团分区产业园）。“二期异亮氨酸和色氨酸两条生产线”正在调试和生产，列可选项目（无状态、无金额）。事实：公司1至9月产值5亿元（cumulative）、就业岗位1200多个（余）、玉米加工量增长100%（ratio 1.0）、今年预计产值10亿元左右（target，约）；兵团分区1至9月规上工业总产值19.8亿元（cumulative）、增长110%（ratio 1.10）。",
  "xm03"),
 parks=[
  park(HF, "可克达拉", "新疆", "经济开发区（兵团分区）", C0, parent="霍尔果斯经济开发区", note="第四师可克达拉市所属；城市记可克达拉（师市），未在文中写明"),
  park(KK, "可克达拉", "新疆", "经济技术开发区", C0, note="第四师可克达拉市"),
  park("霍尔果斯经济开发区兵团分区产业园", "可克达拉", "新疆", "产业园", C1, parent=HF, opt=True, note="兵团分区内的产业园，未另命名"),
  park("霍尔果斯经济开发区", "霍尔果斯", "新疆", "经济开发区", C0, opt=True, note="只作为“霍尔果斯经济开发区兵团分区”名称的一部分出现"),
 ],
 companies=[
  comp(YL, HF, C1, note="在兵团分区产业园；“落地投产”"),
 ],
 projects=[
  proj("二期异亮氨酸和色氨酸两条生产线", HF, "加快二期异亮氨酸和色氨酸两条生产线的调试和生产", companies=[YL], phase="二期", opt=True,
       note="沂利泓公司二期生产线，正在调试和生产；无金额"),
 ],
 aggregate_facts=[
  fact(YL, "company", "output_cny", 5e8, "cny", C2, AS3, kind="cumulative", chk=True),
  fact(YL, "company", "jobs", 1200, "count", C2, AS3, qual="余", qtext="多", opt=True),
  fact(YL, "company", "corn_processing_yoy_growth", 1.0, "ratio", C2, AS3, kind="ratio", opt=True),
  fact(YL, "company", "expected_annual_output_cny", 1e9, "cny", "今年预计产值在10亿元左右", "2024年全年（预计）", kind="target", qual="约", qtext="左右", chk=True),
  fact(HF, "park", "industrial_output_above_scale_cny", 1.98e9, "cny", C3, AS3, kind="cumulative", chk=True),
  fact(HF, "park", "industrial_output_above_scale_yoy_growth", 1.10, "ratio", C3, AS3, kind="ratio"),
 ])

# ---------------------------------------------------------------- xm04 南疆崛起产业集聚开放高地 (经济日报 via 光明网 2023)
KS = "喀什经济开发区"
KB = "喀什综合保税区"
CB = "城北加工转化区"
BC = "巴楚产业园"
RX = "喀什如新纺织有限公司"
D0 = "在城北加工转化区巴楚产业园,喀什如新纺织有限公司一期17.4万锭环锭纺生产线已进入设备安装期,年底全部投产后可达到45万锭纺纱规模"
D1 = "喀什经济开发区是当地对外开放的“龙头”,依托已建起的喀什综合保税区、城北加工转化区、城东金融贸易区和临港物流产业区等产业载体"
D2 = "今年以来,新增经营主体880家,同比增长21.7%,累计达到4618家"
D3 = "今年前2个月,喀什地区外贸进出口总值93.9亿元,同比增长76.8%"
AS4 = "2023年1月至4月中旬（今年以来）"
G["xm04"] = dict(
 article=art("南疆崛起产业集聚开放高地", "经济日报，载于光明网地方频道 difang.gmw.cn（“来源:经济日报”；存段无署名）", "2023-04-20", "day",
  "National economic daily feature relayed by a national portal: a development zone in southern Xinjiang — its sub-zones and bonded zone, one textile firm's spinning line being fitted out, new market entities this year, the prefecture's foreign trade, a freight forwarder at the bonded zone",
  "https://difang.gmw.cn/2023-04/20/content_36508635.htm",
  "日期取页面“来源:经济日报2023-04-20 09:55”。标题照录；分享按钮文字、“正在阅读:…”、栏目路径与来源行已删；图片说明“装载货物的车辆在新疆喀什综合保税区外等待入区。迪丽尼尕尔摄”已删（inner_drop）。小标题“提升外贸平台承载力”保留为一段。存段在末段“喀什海关通过优化业务办理流程,与综保区等部门联合开发“喀什”处中断，该残句已删（LINE_SUFFIX），正文截至“…服务好企业是重点。”，共六段（长篇只存开头）。园区：喀什经济开发区（喀什，新疆）；其产业载体喀什综合保税区、城北加工转化区（母园区喀什经开区，按“依托…等产业载体”）；巴楚产业园（在城北加工转化区）；城东金融贸易区、临港物流产业区列可选。项目：喀什如新纺织有限公司一期17.4万锭环锭纺生产线——“已进入设备安装期”→在建，园区巴楚产业园；“年底全部投产后可达到45万锭纺纱规模”为目标事实。事实：“今年以来”新增经营主体880家、增长21.7%、累计4618家，主语按段落归喀什经济开发区（cumulative）；喀什地区前2个月外贸进出口93.9亿元、增长76.8%（region）。新疆志合国际国运代理有限公司：业务经理在综保区办理业务，公司所在地文中未说（可选，park null），已发运600多个集装箱（可选事实）。“海关”只作泛称，不列机构（“喀什海关”所在句已随残句删去）。",
  "xm04"),
 parks=[
  park(KS, "喀什", "新疆", "经济开发区", "春到新疆喀什,绿树红花亮眼,在喀什经济开发区,一座座现代化厂房建设提速", note="文中又作“园区”"),
  park(KB, "喀什", "新疆", "综合保税区", D1, parent=KS, note="喀什经济开发区依托的产业载体"),
  park(CB, "喀什", "新疆", "加工区", D1, parent=KS, note="喀什经济开发区依托的产业载体"),
  park(BC, "喀什", "新疆", "产业园", D0, parent=CB, note="“城北加工转化区巴楚产业园”"),
  park("城东金融贸易区", "喀什", "新疆", "金融贸易区", D1, parent=KS, opt=True),
  park("临港物流产业区", "喀什", "新疆", "物流产业区", D1, parent=KS, opt=True),
 ],
 companies=[
  comp(RX, BC, D0),
  comp("新疆志合国际国运代理有限公司", None, "新疆志合国际国运代理有限公司业务经理陈昶又开启了忙碌的一天", opt=True,
       note="业务经理在喀什综合保税区办理业务；公司所在地文中未说"),
 ],
 projects=[
  proj("喀什如新纺织有限公司一期17.4万锭环锭纺生产线", BC, D0, companies=[RX], phase="一期", status="在建", status_text="已进入设备安装期",
       aliases=["一期17.4万锭环锭纺生产线"], note="年底全部投产后可达到45万锭纺纱规模"),
 ],
 aggregate_facts=[
  fact(RX, "company", "expected_spindle_capacity", 450000, "spindles", D0, "2023年底（全部投产后）", kind="target", note="45万锭纺纱规模"),
  fact(KS, "park", "new_firms", 880, "count", D2, AS4, kind="cumulative", note="新增经营主体"),
  fact(KS, "park", "new_firms_yoy_growth", 0.217, "ratio", D2, AS4, kind="ratio"),
  fact(KS, "park", "firms", 4618, "count", D2, "2023年4月（累计）", kind="cumulative", note="经营主体累计"),
  fact("喀什地区", "region", "import_export_cny", 9.39e9, "cny", D3, "2023年1–2月", kind="cumulative", chk=True),
  fact("喀什地区", "region", "import_export_yoy_growth", 0.768, "ratio", D3, "2023年1–2月", kind="ratio", opt=True),
  fact("新疆志合国际国运代理有限公司", "company", "containers_shipped", 600, "count", "截至目前,陈昶所在企业已发运600多个集装箱的货物", "2023年4月（截至目前）",
       kind="cumulative", qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- xm05 石河子经开区 戈壁荒滩 写传奇 (石河子零距离 2024)
SH = "石河子经济技术开发区"
E0 = "从1992年建区成立到2000年晋升为国家级经开区,从当初管辖面积11.2平方公里到现在142.69平方公里,从成立之初的10家企业到如今注册企业3800余家,2023年实现工业总产值848.65亿元"
G["xm05"] = dict(
 article=art("注册企业从10家增至3800余家!石河子经开区:戈壁荒滩 写传奇", "石河子零距离（“来源:石河子零距离”），载于 shznews.com", "2024-10-16", "day",
  "Corps city news site: a national economic-technological development zone's anniversary feature — area then and now, registered firms, 2023 industrial output, how a beverage group was attracted",
  "https://shznews.com/2024/10/16/9915291.html",
  "日期取页面“2024-10-16 14:38:50 来源:石河子零距离”。标题照录；来源行、“【大会现场。朱其摄】”“图片”与图片说明“新疆石河子娃哈哈食品有限公司饮料生产线。赵海忠 摄”已删（inner_drop，说明中的公司因此不入文本）。存段在“2020年5月,新疆国林新材料有限公司落户经开区,投资6亿元”处中断（句未完），该残句已删（LINE_SUFFIX），正文截至“…软实力、吸引力。”，共五段（长篇只存开头）。园区：石河子经济技术开发区（又作“石河子经开区”；第八师石河子市，新疆；1992年设立，2000年晋升国家级）。公司：娃哈哈集团有限公司（“‘娃哈哈’能够顺利落地石河子经开区”→园区记石河子经开区；文中又作“娃哈哈集团”“娃哈哈”）。无项目。事实：管辖面积142.69平方公里（现值；11.2为可选）、注册企业3800余家（余；成立时10家为可选）、2023年工业总产值848.65亿元。",
  "xm05"),
 parks=[
  park(SH, "石河子", "新疆", "经济技术开发区", "石河子经济技术开发区再次交出优异答卷", aliases=["石河子经开区"], note="第八师石河子市；2000年晋升国家级"),
 ],
 companies=[
  comp("娃哈哈集团有限公司", SH, "石河子经开区在项目筛选时,将娃哈哈集团有限公司确定为目标客户", aliases=["娃哈哈集团", "娃哈哈"],
       note="“‘娃哈哈’能够顺利落地石河子经开区”；集团总部在杭州"),
 ],
 aggregate_facts=[
  fact(SH, "park", "area_km2", 142.69, "km2", E0, "2024年10月", note="管辖面积"),
  fact(SH, "park", "area_km2", 11.2, "km2", E0, "1992年（建区时）", opt=True),
  fact(SH, "park", "firms", 3800, "count", E0, "2024年10月", qual="余", qtext="余", note="注册企业"),
  fact(SH, "park", "firms", 10, "count", E0, "1992年（建区时）", opt=True),
  fact(SH, "park", "industrial_output_cny", 8.4865e10, "cny", "2023年实现工业总产值848.65亿元", "2023年", chk=True),
 ])

# ---------------------------------------------------------------- xm06 国家级西藏拉萨经济技术开发区 十年 (中国日报网 2011)
LS = "西藏拉萨经济技术开发区"
F0 = "这里是凝聚财富的黄金地,5.46平方公里的土地上,总投资2300万美元的西藏娃哈哈食品有限公司年产值达2亿元"
F1 = "竣工投产的西藏青稞啤酒,实现销售收入8322万元"
F2 = "正在开工建设的中国石油青海油田LNG公司液化天然气工程项目,预计投产后可实现年销售收入8.25亿元"
G["xm06"] = dict(
 article=art("（无标题）国家级西藏拉萨经济技术开发区建设十年", "中国日报网（global.chinadaily.com.cn，地方频道·西藏；存段无标题、无署名）", "2011-09-19", "day",
  "National English-language daily's Chinese regional channel, Tibet: a feature on the only national development zone in Tibet ten years on — resource firms, two firms' output and sales, an LNG project under construction, approval and start of construction, planned area",
  "https://global.chinadaily.com.cn/dfpd/xz/2011-09/19/content_13732378.htm",
  "日期取网址 2011-09/19。存段无标题、无日期行（title 为编者概括；页面原题不详）。首行“这是一片孕育生机和创造奇迹的土地。”照录为第一段。小标题“开启西藏探索发展园区经济、走新型工业化道路序幕”保留为一段。存段在末段“2003年1月,自治区政府第52号令颁布《国家级西”处中断，该句所在的未完分句“A区面积2.51平方公里,B区面积2.95平方公里;2003年1月…”已删（LINE_SUFFIX），正文截至“…分为A、B两区。”，共六段（长篇只存开头）。园区：西藏拉萨经济技术开发区（文中作“国家级西藏拉萨经济技术开发区”；alias 另记通称“拉萨经济技术开发区”——它是文中名称的一部分；拉萨市堆龙德庆县东嘎镇，西藏；2001年9月国务院批复，2002年挂牌，2003年8月动工）。公司：西藏娃哈哈食品有限公司（总投资2300万美元，年产值2亿元）、西藏青稞啤酒（竣工投产，销售收入8322万元；另列可选项目）、中国石油青海油田LNG公司（可选，只在项目名中）——均在开发区（首段“这里”“5.46平方公里的土地上”）。项目：中国石油青海油田LNG公司液化天然气工程项目——“正在开工建设”→在建（status_alt 开工），预计投产后年销售收入8.25亿元（target）。事实：374家特色资源企业；规划用地面积5.46平方公里；娃哈哈总投资2300万美元（usd）。国务院列可选机构。",
  "xm06"),
 parks=[
  park(LS, "拉萨", "西藏", "经济技术开发区", "经过10年的建设与发展,国家级西藏拉萨经济技术开发区已经成为西藏经济新的增长点和带动点",
       district="堆龙德庆县", aliases=["国家级西藏拉萨经济技术开发区", "拉萨经济技术开发区"],
       note="文中作“国家级西藏拉萨经济技术开发区”；通称拉萨经济技术开发区（文中名称的一部分）；全国最后一个、西藏唯一的国家级经开区"),
 ],
 companies=[
  comp("西藏娃哈哈食品有限公司", LS, F0),
  comp("西藏青稞啤酒", LS, F1, note="竣工投产；名称如文（非全称）"),
  comp("中国石油青海油田LNG公司", LS, F2, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("国务院", "2001年9月,国家级西藏拉萨经济技术开发区获得国务院批复"),
 ],
 projects=[
  proj("中国石油青海油田LNG公司液化天然气工程项目", LS, F2, companies=["中国石油青海油田LNG公司"], status="在建", status_text="正在开工建设",
       status_alt="开工", note="预计投产后可实现年销售收入8.25亿元"),
  proj("西藏青稞啤酒", LS, F1, status="投产", status_text="竣工投产", opt=True, note="企业名；竣工投产的啤酒厂"),
 ],
 aggregate_facts=[
  fact(LS, "park", "firms", 374, "count", "374家特色资源企业驻扎于此", "2011年9月", note="特色资源企业"),
  fact(LS, "park", "planned_area_km2", 5.46, "km2", "规划用地面积5.46平方公里", "2002年（挂牌时规划）"),
  fact("西藏娃哈哈食品有限公司", "company", "investment_usd", 2.3e7, "usd", F0, "2011年9月", note="总投资2300万美元"),
  fact("西藏娃哈哈食品有限公司", "company", "annual_output_cny", 2e8, "cny", "西藏娃哈哈食品有限公司年产值达2亿元", "2011年（年产值）", chk=True),
  fact("西藏青稞啤酒", "company", "revenue_cny", 8.322e7, "cny", F1, "2011年9月（已实现）", chk=True, note="销售收入"),
  fact("中国石油青海油田LNG公司液化天然气工程项目", "project", "expected_annual_sales_cny", 8.25e8, "cny", "预计投产后可实现年销售收入8.25亿元",
       "投产后（预计）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- xm07 霍尔果斯馕产业园 (央广网 2020)
NG = "霍尔果斯馕产业园"
HE = "霍尔果斯经济开发区"
JY = "霍尔果斯金亿国际贸易(集团)有限公司"
G0 = "霍尔果斯馕产业园总投资1.5亿元,占地40多亩,设有馕文化展馆、馕生产基地、游客体验中心、“一带一路”新疆特色农产品展销、商务洽谈等10个功能区域"
G1 = "目前已进驻霍尔果斯金亿国际贸易(集团)有限公司、霍尔果斯金色喀秋莎国际贸易有限公司等10多家外向型食品加工企业"
G["xm07"] = dict(
 article=art("（无标题）霍尔果斯馕产业园投产运营 首批馕和列巴出口哈萨克斯坦", "央广网（记者吴卓胜 通讯员罗圆明），cnr.cn 地方频道", "2020-07-06", "day",
  "National radio's news site: a food-processing park at a border port starts exporting — park investment and area, firms entered, expected profit (quote from the development zone's deputy director)",
  "http://www.cnr.cn/newscenter/native/city/20200706/t20200706_525157123.shtml",
  "日期取网址 20200706（电头“央广网乌鲁木齐7月6日消息”）。存段无标题（title 为编者概括）。存段在末段“随着“一带一路”发展带来的利好不断,于成忠扩大了公司的出口产品种类,入驻馕产业园后,两个车间的场地、设备全由园区免费提供,生产出来”处中断，该残句已删（LINE_SUFFIX），正文截至“…压缩到了半个小时。”，共四段。园区：霍尔果斯馕产业园（霍尔果斯，新疆；文中又作“这个产业园”“园区”）；霍尔果斯经济开发区只在副主任张永宁的职务中出现，列为园区；馕产业园是否属开发区文中未明说，parent 记 null。项目：霍尔果斯馕产业园本身作为投资项目（总投资1.5亿元；“投产运营后”→投产），park 记 null（文中未把它放进哪个园区）。公司：霍尔果斯金亿国际贸易(集团)有限公司、霍尔果斯金色喀秋莎国际贸易有限公司（进驻馕产业园）。事实：“年利润可以达到4500万元”（target，主语馕产业园）；占地40多亩、10多家企业（余）。霍尔果斯海关列可选机构。",
  "xm07"),
 parks=[
  park(NG, "霍尔果斯", "新疆", "产业园", G0, note="文中又作“这个产业园”；所属园区文中未说"),
  park(HE, "霍尔果斯", "新疆", "经济开发区", "霍尔果斯经济开发区党工委委员、管委会副主任张永宁说", note="只在官员职务中出现"),
 ],
 companies=[
  comp(JY, NG, G1, note="董事长于成忠"),
  comp("霍尔果斯金色喀秋莎国际贸易有限公司", NG, G1),
 ],
 institutions=[
  inst("霍尔果斯海关", "霍尔果斯海关给我们特事特办", note="海关"),
 ],
 projects=[
  proj(NG, None, G0, inv="总投资1.5亿元", status="投产", status_text="投产运营",
       note="园区开发项目，即馕产业园本身；“这是霍尔果斯馕产业园投产运营后加工生产出口的第一批货物”；所属园区文中未说"),
 ],
 aggregate_facts=[
  fact(NG, "park", "expected_annual_profit_cny", 4.5e7, "cny", "年利润可以达到4500万元", "打造为进出口加工基地后（预计）", kind="target", chk=True,
       note="开发区副主任语"),
  fact(NG, "park", "site_area_mu", 40, "mu", G0, "2020年7月", qual="余", qtext="多"),
  fact(NG, "park", "firms", 10, "count", G1, "2020年7月", qual="余", qtext="多", note="外向型食品加工企业"),
  fact(NG, "park", "functional_areas", 10, "count", G0, "2020年7月", opt=True),
 ])

# ---------------------------------------------------------------- xm08 新疆乌恰 伊尔克什坦口岸园区 (大陆桥物流联盟公共信息平台 2013)
YK = "伊尔克什坦口岸园区"
H0 = "今年以来,作为喀什经济开发区的重要组成部分,乌恰县加快推进面积为10平方公里的园区建设步伐"
H1 = "伊尔克什坦口岸园区围绕小家电组装、五金建材、进口资源深加工、出口服装加工等产业加大招商引资力度,目前已吸引中建集团、新疆帕米尔国际物流、前海国际物流、广济和盛等10余家企业入驻"
H2 = "今年10月以来,中州汽贸物流产业园、宁波国际商贸城两个总投资达2.3亿元的项目相继落户伊尔克什坦口岸园区"
G["xm08"] = dict(
 article=art("新疆乌恰:全力推进外向型经济发展", "大陆桥物流联盟公共信息平台（landbridge.com；文中作“笔者”，存段无署名）", "2013-12-02", "day",
  "Logistics-alliance information platform: a border county's port park as part of a special development zone — area, firms entered, two projects landed with their combined investment",
  "http://landbridge.com/yaoujingmao/2013-12-02/10329.html",
  "日期取页面“2013-12-02 20:27:46”（文中“11月12日”为采访日）。标题照录；日期行与站名行已删。存段在末段“随着2011年12月,伊尔克什坦口岸新址在乌恰县落成并正式通关,县城周边已有两个国家级一类对”处中断，该残句已删（LINE_SUFFIX），正文截至“…国际贸易商圈的一个缩影。”，共六段。园区：伊尔克什坦口岸园区（克孜勒苏柯尔克孜自治州乌恰县，新疆）；喀什经济开发区（“作为喀什经济开发区的重要组成部分,乌恰县加快推进面积为10平方公里的园区建设步伐”→口岸园区的 parent 推定为喀什经济开发区；面积10平方公里归口岸园区，亦为推定）。项目：中州汽贸物流产业园、宁波国际商贸城——“相继落户伊尔克什坦口岸园区”（落户→不记状态），“两个总投资达2.3亿元”为合计，不分摊（事实）。公司：中建集团、新疆帕米尔国际物流、前海国际物流、广济和盛（入驻口岸园区；名称如文，多为简称）。伊尔克什坦口岸为口岸，不列园区。",
  "xm08"),
 parks=[
  park(YK, "克孜勒苏柯尔克孜自治州", "新疆", "口岸园区", "乌恰县将以伊尔克什坦口岸园区为龙头", district="乌恰县", parent="喀什经济开发区",
       note="母园区由“作为喀什经济开发区的重要组成部分”推定"),
  park("喀什经济开发区", "喀什", "新疆", "经济开发区", H0),
 ],
 companies=[
  comp("中建集团", YK, H1),
  comp("新疆帕米尔国际物流", YK, H1),
  comp("前海国际物流", YK, H1),
  comp("广济和盛", YK, H1),
 ],
 projects=[
  proj("中州汽贸物流产业园", YK, H2, note="落户（无状态）；与宁波国际商贸城合计总投资2.3亿元"),
  proj("宁波国际商贸城", YK, H2, note="落户（无状态）；合计2.3亿元见事实；总经理熊成梅"),
 ],
 aggregate_facts=[
  fact(YK, "park", "area_km2", 10, "km2", H0, "2013年", note="“面积为10平方公里的园区”，归口岸园区为推定"),
  fact(YK, "park", "firms", 10, "count", H1, "2013年11月", qual="余", qtext="余", note="入驻企业"),
  fact(YK, "park", "projects_landed", 2, "count", H2, "2013年10月至11月", opt=True),
  fact(YK, "park", "projects_landed_investment_cny", 2.3e8, "cny", H2, "2013年10月至11月", chk=True, note="中州汽贸物流产业园、宁波国际商贸城合计"),
 ])
