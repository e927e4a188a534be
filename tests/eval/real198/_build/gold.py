# real198 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published; ASCII commas/colons as the
# copies have them); names as written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps
# the word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates
# and shares as ratios (13.9% → 0.139). Projects: the park is the one the text places the project in, null if none (a county
# or a township is not a park). Status from the text's words (签约 / 完成签约 / 集中签约 → 签约; 基础施工完成、水电安装 → 在建;
# 落地 alone → no status). “预计” figures are kind target; year-to-date counts (“今年以来”, “累计”, “截至…”) are cumulative.
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/uoNN.raw as returned.

# ---------------------------------------------------------------- uo01 武义经济开发区 (cadz.org.cn relaying 潮新闻, 2024-01-15)
WY = "武义经济开发区"
A1 = "润优新材料科技有限公司厂房建设项目是2023年省“千项万亿”项目,计划总投资41.8亿元,建成后将形成年产4万吨高纯石英制品及半导体硅基新材料生产能力"
A2 = "在浙江润优新材料科技有限公司新厂房项目建设现场,机器轰鸣、工人忙碌,一派热火朝天的建设景象。武义经济开发区工作人员正在与企业负责人实地查看项目进度"
A3 = "开年以来,该项目已经完成全部基础施工,进入水电安装阶段"
G["uo01"] = dict(
 article=art("浙江武义经济开发区:重点项目加速跑以“开门红”赢得“全年红”", "潮新闻客户端（“来源|潮新闻客户端”），载于 cadz.org.cn（中国开发区协会网站“省级开发区动态”栏）", "2024-01-15", "day",
  "Development-zone association's website relaying a provincial news app, Zhejiang: a county economic development zone's start-of-year project push — one named provincial key project under construction with its planned investment, capacity and production target, the zone's staff solving its power hook-up",
  "http://www.cadz.org.cn/index.php/News/info/id/63948.html",
  "日期取页面“发布时间:2024年01月15日 11:24”。标题照录；站点菜单、面包屑与“来源…点击量…”行已删。存段在负责人引语中中断（引语无收尾引号），make_txt.py LINE_SUFFIX 删去“公司建设单位项目负责人董希阳说:“…在二季度末全面投产。”整句，正文截至“…确保二季度末完成投产。”，共两段。园区：武义经济开发区（标题作“浙江武义经济开发区”，文中又作“武义开发区”；金华市武义县，浙江；省级）。公司：浙江润优新材料科技有限公司（文中又作“润优新材料科技有限公司”，在园）。项目：润优新材料科技有限公司厂房建设项目（又作“浙江润优新材料科技有限公司新厂房项目”；计划总投资41.8亿元；基础施工完成、进入水电安装→在建；确保二季度末投产；2023年省“千项万亿”项目）。事实：年产4万吨产能（项目，可选）。",
  "uo01"),
 parks=[
  park(WY, "金华", "浙江", "经济开发区（省级）", A2, district="武义县", aliases=["浙江武义经济开发区", "武义开发区"],
       note="标题作“浙江武义经济开发区”；文中又作“武义开发区”"),
 ],
 companies=[
  comp("浙江润优新材料科技有限公司", WY, A2, aliases=["润优新材料科技有限公司"], note="新厂房项目在建"),
 ],
 institutions=[],
 projects=[
  proj("润优新材料科技有限公司厂房建设项目", WY, A1, companies=["浙江润优新材料科技有限公司"], inv="计划总投资41.8亿元",
       status="在建", status_text="已经完成全部基础施工,进入水电安装阶段", aliases=["浙江润优新材料科技有限公司新厂房项目"],
       note="2023年省“千项万亿”项目；确保二季度末完成投产"),
 ],
 funds=[],
 aggregate_facts=[
  fact("润优新材料科技有限公司厂房建设项目", "project", "annual_capacity_t", 40000, "t", A1, "建成后（设计产能）", kind="target", opt=True,
       note="年产4万吨高纯石英制品及半导体硅基新材料"),
 ])

# ---------------------------------------------------------------- uo02 常山经济开发区 (zj.cnipai.com, 2025-03-07)
CS = "常山经济开发区"
B1 = "徐小飞相告,目前浙江常山天洁环境工程有限公司一季度产值预计在9000万元,比去年同比增加70%以上,可以申请奖励"
B2 = "2024年,开发区实现规上工业总产值207.9亿元,同比增长13.9%,固定资产投资36.2亿元,同比增长17.5%"
B3 = "自2021年提质转型攻坚行动以来,累计盘活存量土地2800亩,先后招引落地了航泰实业、天洁环境、中诚轴承、迦智科技等26个亿元项目,有效腾退了新涌来、金宝照明等企业用地,提高亩均效益"
B4 = "走进以户外家具、室内家居生产为主的浙江酷普家居有限公司生产车间"
B5 = "浙江酷普家居有限公司财务经理占小庆相告,2025年公司将增加一条生产线,新增40至50名工人,预计一年内PE板材、户外成品椅子两个项目板块将实现2.2亿元和1.6亿元以上的产值"
B6 = "在浙江辰通轴承有限公司厂房施工现场,土建基础已经验收"
AS2 = "2025年一季度（预计）"
G["uo02"] = dict(
 article=art("常山经济开发区全力冲刺“开门红”", "zj.cnipai.com（“浙江”频道“新闻”栏；原发媒体与署名存段未示）", "2025-03-07", "day",
  "Regional business-news site, Zhejiang: a county economic development zone's first-quarter push — a firm's expected quarterly output and growth, the zone's 2024 industrial output and investment with growth, land revitalised and 26 projects of 100 million yuan landed since 2021 (firms named), a furniture maker's expected output, a bearing maker's plant under construction",
  "https://zj.cnipai.com/news/detail/310447.html",
  "日期取页面“2025 / 03/07 / 13:11”。标题照录；“浙江切换”“新闻”与日期行已删。存段在末段“该项目总投资1”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…土建基础已经验收。”，共五段。园区：常山经济开发区（衢州市常山县，浙江；文中又作“开发区”）。公司：浙江常山天洁环境工程有限公司（又作“天洁环境”）、浙江酷普家居有限公司、浙江辰通轴承有限公司（厂房在施工，按语境在开发区内；未写项目名与完整金额，不另列项目）；航泰实业、中诚轴承、迦智科技（“招引落地…26个亿元项目”中以企业名称出现，可选公司；同名项目亦列为可选，落地→无状态，无单项金额）；新涌来、金宝照明（用地被腾退，可选）。事实：开发区2024年规上工业总产值207.9亿元（+13.9%）、固定资产投资36.2亿元（+17.5%）；2021年以来累计盘活存量土地2800亩、招引亿元项目26个（cumulative）；天洁环境一季度预计产值9000万元、同比增70%以上（target）；酷普家居两板块预计产值2.2亿元与1.6亿元以上（target，可选）。奖励政策的“1000万元以上”“5至20万元”为政策门槛，不列事实。",
  "uo02"),
 parks=[
  park(CS, "衢州", "浙江", "经济开发区（省级）", "近几天,常山经济开发区(以下简称“开发区”)副主任徐小飞特别忙碌", district="常山县",
       note="文中简称“开发区”"),
 ],
 companies=[
  comp("浙江常山天洁环境工程有限公司", CS, B1, aliases=["天洁环境"], note="又作“天洁环境”（26个亿元项目之一）"),
  comp("浙江酷普家居有限公司", CS, B4, note="户外家具、室内家居；2025年增加一条生产线"),
  comp("浙江辰通轴承有限公司", CS, B6, note="厂房施工现场，土建基础已验收；在开发区内由语境推定"),
  comp("航泰实业", CS, B3, opt=True, note="以企业名称作亿元项目名"),
  comp("中诚轴承", CS, B3, opt=True, note="同上"),
  comp("迦智科技", CS, B3, opt=True, note="同上"),
  comp("新涌来", CS, B3, opt=True, note="用地被腾退的企业"),
  comp("金宝照明", CS, B3, opt=True, note="用地被腾退的企业"),
 ],
 institutions=[],
 projects=[
  proj("航泰实业", CS, B3, opt=True, note="“26个亿元项目”之一，以企业名称作项目名；招引落地，无状态、无单项金额"),
  proj("中诚轴承", CS, B3, opt=True, note="同上"),
  proj("迦智科技", CS, B3, opt=True, note="同上"),
 ],
 funds=[],
 aggregate_facts=[
  fact(CS, "park", "output_value_cny", 2.079e10, "cny", B2, "2024年", chk=True, note="规上工业总产值"),
  fact(CS, "park", "output_value_yoy_growth", 0.139, "ratio", B2, "2024年", kind="ratio"),
  fact(CS, "park", "fixed_asset_investment_cny", 3.62e9, "cny", "固定资产投资36.2亿元,同比增长17.5%", "2024年", chk=True),
  fact(CS, "park", "fixed_asset_investment_yoy_growth", 0.175, "ratio", "固定资产投资36.2亿元,同比增长17.5%", "2024年", kind="ratio"),
  fact(CS, "park", "land_reclaimed_mu", 2800, "mu", B3, "2021年至2025年初", kind="cumulative"),
  fact(CS, "park", "projects_over_100m_count", 26, "count", B3, "2021年至2025年初", kind="cumulative", note="招引落地亿元项目"),
  fact("浙江常山天洁环境工程有限公司", "company", "output_value_cny", 9e7, "cny", B1, AS2, kind="target", chk=True),
  fact("浙江常山天洁环境工程有限公司", "company", "output_value_yoy_growth", 0.7, "ratio", B1, AS2, kind="ratio", qual="超", qtext="以上"),
  fact("浙江酷普家居有限公司", "company", "expected_annual_output_cny", 2.2e8, "cny", B5, "2025年（预计，PE板材板块）", kind="target", opt=True, chk=True),
  fact("浙江酷普家居有限公司", "company", "expected_annual_output_cny", 1.6e8, "cny", "户外成品椅子两个项目板块将实现2.2亿元和1.6亿元以上的产值", "2025年（预计，户外成品椅子板块）", kind="target", qual="超", qtext="以上", opt=True,
       note="证据中第一个金额为2.2亿元，故不设 chk"),
 ])

# ---------------------------------------------------------------- uo03 新昌发展大会 (杭州日报 on 人民网浙江频道, 2022-10-31)
XC = "新昌高新技术产业园"
C1 = "大会现场共签约7批次17个项目,投资超200亿元,主要涉及新能源、智能装备等工业产业项目、农业文旅项目、科技人才项目及能源基金合作"
C2 = "随着项目完成签约,位于新昌高新技术产业园的某制药生产基地及研发中心项目即将迎来动工。该项目总投资15亿元,用地150亩,主营业务为钙制剂研发、生产、销售"
C3 = "项目达产后可实现年产值50亿元以上,年纳税金额7亿元以上"
C4 = "据了解,今年以来,新昌新增新乡贤投资项目65个,其中投资额千万以上有42个,亿元以上项目有29个;新增新乡贤爱心基金5个,涉及金额约16亿元"
C5 = "创设“兴村富民基金”、商会“同心共富”基金等,为乡贤、企业家等回报家乡、助力共富开辟了有效渠道"
AS3 = "2022年10月30日（首届绍兴新昌发展大会）"
G["uo03"] = dict(
 article=art("共签约17个项目,投资超200亿元 首届绍兴新昌发展大会举行", "杭州日报（“来源:杭州日报”），载于 zj.people.com.cn（人民网浙江频道）", "2022-10-31", "day",
  "National news portal's provincial channel relaying a city daily, Zhejiang: a county's first development conference — 17 projects signed (over 20 billion yuan), one unnamed drug-maker's production base and R&D centre in the county's high-tech industrial park with investment, land, expected output and tax, the county's returnee-investor projects and charity funds this year",
  "http://zj.people.com.cn/n2/2022/1031/c186327-40176203.html",
  "日期取页面“2022年10月31日17:21 | 来源:杭州日报”。标题两行（引题“共签约17个项目,投资超200亿元”、主题“首届绍兴新昌发展大会举行”）以空格连成一行；日期来源行与“小字号”已删。存段末句“未来将不断拓展新昌“朋友圈”,…以最优政策”在句中中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…发展活力越来越强。”，共五段。园区：新昌高新技术产业园（绍兴市新昌县，浙江）。项目：某制药生产基地及研发中心项目（文中企业匿名为“某制药公司”；位于新昌高新技术产业园；总投资15亿元；“随着项目完成签约…即将迎来动工”→签约）。17个签约项目的其余未点名。公司：无具名企业（“某制药公司”不列）。基金：“兴村富民基金”、商会“同心共富”基金（公益/共富类基金，无规模，可选）。事实：大会签约17个项目、7批次、超200亿元；制药项目用地150亩、达产年产值50亿元以上、年纳税7亿元以上（项目事实，target）；新昌今年以来新增新乡贤投资项目65个（千万以上42个、亿元以上29个）、新乡贤爱心基金5个、约16亿元（cumulative，主体新昌县）。",
  "uo03"),
 parks=[
  park(XC, "绍兴", "浙江", "高新技术产业园（县级高新园区）", C2, district="新昌县"),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj("某制药生产基地及研发中心项目", XC, C2, inv="总投资15亿元", status="签约", status_text="随着项目完成签约", aliases=["制药生产基地及研发中心项目"],
       note="企业名匿名（“某制药公司”）；即将动工；主营钙制剂"),
 ],
 funds=[
  fund("兴村富民基金", None, C5, opt=True, note="乡贤回报家乡的共富类基金，无规模"),
  fund("“同心共富”基金", None, C5, opt=True, aliases=["同心共富基金"], note="商会基金；文中作商会“同心共富”基金"),
 ],
 aggregate_facts=[
  fact("新昌", "region", "projects_signed", 17, "count", C1, AS3),
  fact("新昌", "region", "signed_investment_cny", 2e10, "cny", C1, AS3, qual="超", qtext="超", chk=True),
  fact("新昌", "region", "signing_batches", 7, "count", C1, AS3, opt=True),
  fact("某制药生产基地及研发中心项目", "project", "site_area_mu", 150, "mu", C2, AS3, opt=True),
  fact("某制药生产基地及研发中心项目", "project", "expected_annual_output_cny", 5e9, "cny", C3, "达产后（预期）", kind="target", qual="超", qtext="以上", chk=True),
  fact("某制药生产基地及研发中心项目", "project", "expected_annual_tax_cny", 7e8, "cny", "年纳税金额7亿元以上", "达产后（预期）", kind="target", qual="超", qtext="以上", chk=True),
  fact("新昌", "region", "projects_landed", 65, "count", C4, "2022年1月至10月", kind="cumulative", note="新增新乡贤投资项目"),
  fact("新昌", "region", "projects_over_10m_count", 42, "count", C4, "2022年1月至10月", kind="cumulative", opt=True),
  fact("新昌", "region", "projects_over_100m_count", 29, "count", C4, "2022年1月至10月", kind="cumulative"),
  fact("新昌", "region", "fund_count", 5, "count", C4, "2022年1月至10月", kind="cumulative", note="新乡贤爱心基金"),
  fact("新昌", "region", "fund_total_size_cny", 1.6e9, "cny", "新增新乡贤爱心基金5个,涉及金额约16亿元", "2022年1月至10月", kind="cumulative", qual="约", qtext="约", chk=True),
 ])

# ---------------------------------------------------------------- uo04 庆元经济开发区简介 (47.99.226.245 directory page, 2024-07-30)
QY = "浙江庆元经济开发区"
D1 = "开发区现有入园企业140家,其中规上企业62家,产值超亿元企业13家,国家级高新企业27家,省级高新技术企业研发中心9家,省级重点企业研究院3家,上市公司2家"
D2 = "截至2023年底,入园企业154家,投产企业143家"
D3 = "1-12月投产企业完成工业总产值68.21亿元,同比增长6.73%;实现税收19563.97万元,同比增长40.75%"
D4 = "71家规模以上企业累计实现产值62.32亿元,占总产值的91.36%"
D5 = "完成固定资产投资8.3794亿元,完成年度总投资任务的104.74%"
D6 = "其中完成政府投资2.2419亿元,国企投资3.65亿元,分别完成年度投资任务的200.8%、135.19%;社会民间投资2.8485亿元,完成年度投资68.14%"
AS4 = "2023年"
AS4a = "“现有”（页面2024-07-30，时点未注明）"
G["uo04"] = dict(
 article=art("庆元经济开发区简介", "开发区目录站点（裸IP主机 47.99.226.245，栏目“首页 开发区简介 丽水市”；发布机构未注明）", "2024-07-30", "day",
  "Development-zone directory page, Zhejiang: a county zone's profile — history and renaming, three leading industries, firm counts by kind, and 2023 figures: firms entered and in production, output and tax with growth, above-scale firms' output and share, fixed-asset investment by source against annual targets",
  "http://47.99.226.245/newsinfo/4997861.html",
  "日期取页末“2024-07-30 11:08”。标题照录（页首“庆元经济开发区简介”）；页末面包屑“首页 开发区简介 丽水市 庆元经济开发区简介”与日期行已删；空白行略去。正文四段，完整。园区：浙江庆元经济开发区（丽水市庆元县，浙江；前身庆元工业园区→浙江庆元工业园区，2021年12月设立为经济开发区——旧名列 alias；文中又作“庆元经开区”“开发区”，标题作“庆元经济开发区”）。“中国食用菌产业基地”等为称号，不列园区。无具名企业。事实：“现有”入园企业140家等一组（时点未注明，as_of 记“现有”）；截至2023年底入园154家、投产143家；2023年1-12月投产企业工业总产值68.21亿元（+6.73%）、税收19563.97万元（+40.75%）；71家规上企业产值62.32亿元、占91.36%；固定资产投资8.3794亿元（完成年度任务104.74%），其中政府2.2419亿元、国企3.65亿元、民间2.8485亿元（及各自完成率）。注意“规上企业62家”与“71家规模以上企业”时点不同，分列。",
  "uo04"),
 parks=[
  park(QY, "丽水", "浙江", "经济开发区（省级）", "浙江庆元经济开发区前身为庆元工业园区,成立于2003年,2006年升格为省级开发区并更名为浙江庆元工业园区", district="庆元县",
       aliases=["庆元经济开发区", "庆元经开区", "浙江庆元工业园区", "庆元工业园区"], note="旧名庆元工业园区、浙江庆元工业园区；2021年12月设立为经济开发区"),
 ],
 companies=[], institutions=[], projects=[], funds=[],
 aggregate_facts=[
  fact(QY, "park", "enterprises", 140, "count", D1, AS4a),
  fact(QY, "park", "enterprises_above_scale", 62, "count", D1, AS4a),
  fact(QY, "park", "firms_output_over_100m", 13, "count", D1, AS4a),
  fact(QY, "park", "high_tech_firms", 27, "count", D1, AS4a),
  fact(QY, "park", "provincial_rd_centers", 9, "count", D1, AS4a, opt=True),
  fact(QY, "park", "provincial_key_research_institutes", 3, "count", D1, AS4a, opt=True),
  fact(QY, "park", "listed_companies", 2, "count", D1, AS4a),
  fact(QY, "park", "enterprises", 154, "count", D2, "2023年底"),
  fact(QY, "park", "firms_in_production", 143, "count", D2, "2023年底"),
  fact(QY, "park", "output_value_cny", 6.821e9, "cny", D3, AS4, chk=True, note="投产企业工业总产值"),
  fact(QY, "park", "output_value_yoy_growth", 0.0673, "ratio", D3, AS4, kind="ratio"),
  fact(QY, "park", "tax_revenue_cny", 195639700.0, "cny", "实现税收19563.97万元,同比增长40.75%", AS4, chk=True),
  fact(QY, "park", "tax_revenue_yoy_growth", 0.4075, "ratio", "实现税收19563.97万元,同比增长40.75%", AS4, kind="ratio"),
  fact(QY, "park", "enterprises_above_scale", 71, "count", D4, AS4),
  fact(QY, "park", "above_scale_output_cny", 6.232e9, "cny", D4, AS4, chk=True),
  fact(QY, "park", "above_scale_output_share", 0.9136, "ratio", D4, AS4, kind="ratio"),
  fact(QY, "park", "fixed_asset_investment_cny", 837940000.0, "cny", D5, AS4, chk=True),
  fact(QY, "park", "fixed_asset_investment_target_completion", 1.0474, "ratio", D5, AS4, kind="ratio", opt=True),
  fact(QY, "park", "government_investment_cny", 224190000.0, "cny", D6, AS4, chk=True),
  fact(QY, "park", "soe_investment_cny", 365000000.0, "cny", "国企投资3.65亿元,分别完成年度投资任务的200.8%、135.19%", AS4, chk=True),
  fact(QY, "park", "private_investment_cny", 284850000.0, "cny", "社会民间投资2.8485亿元,完成年度投资68.14%", AS4, chk=True),
  fact(QY, "park", "government_investment_target_completion", 2.008, "ratio", D6, AS4, kind="ratio", opt=True),
  fact(QY, "park", "soe_investment_target_completion", 1.3519, "ratio", D6, AS4, kind="ratio", opt=True),
  fact(QY, "park", "private_investment_target_completion", 0.6814, "ratio", D6, AS4, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- uo05 慈星智能产业园 five-star 小微企业园 (慈溪市融媒体中心 via fensifuwu, c. 2022-12)
CX = "慈溪市环杭州湾(慈星)智能产业园"
E0 = "13个园区为2022年度浙江省五星级小微企业园。慈溪市环杭州湾(慈星)智能产业园摘取“五星”,成为当年度宁波唯一入选园区"
E1 = "2018年5月至今年11月,累计签约入驻企业100余家,均为小微企业,其中国家高新技术企业10家,甬股交、新三板挂牌企业7家,规上/限上企业8家,国家科技型中小企业2家"
E2 = "与所在地政府白沙路街道共同组建园区管理办"
AS5 = "2018年5月至2022年11月"
G["uo05"] = dict(
 article=art("（无标题）慈溪市环杭州湾(慈星)智能产业园获评2022年度浙江省五星级小微企业园", "慈溪市融媒体中心（记者 鲁奕呈），载于 fensifuwu.com", "2022-12", "month",
  "Aggregator relaying a county-level city's media centre, Zhejiang: a small and micro enterprise park rated five-star for 2022 — its role as accelerator, management jointly with the sub-district, earlier titles, and firms signed since 2018 by kind",
  "https://fensifuwu.com/technology/2568983.html",
  "存段无标题、无日期行（title 为编者概括）。日期：文中为“2022年度”星级名单，“2018年5月至今年11月”→ 发布于2022年11月之后，记 2022-12（month，推定）。“编辑:陈旭”与评论行已删；“来源:慈溪市融媒体中心”“记者:鲁奕呈”保留为末两段。正文完整（三段加来源、记者）。园区：慈溪市环杭州湾(慈星)智能产业园（文中又作“慈星智能产业园”“该园”；宁波市慈溪市，浙江；小微企业园，2022年度省五星级、2021年国家级小型微型企业双创示范基地）。机构：浙江省小微企业园工作联席会议办公室、白沙路街道（可选）。无具名企业（“慈星”仅在园区名中）。事实：全省五星级小微企业园13个（主体浙江省）；园区累计签约入驻企业100余家（余）、国家高新技术企业10家、甬股交/新三板挂牌7家、规上/限上8家、国家科技型中小企业2家（cumulative，2018年5月至2022年11月）。",
  "uo05"),
 parks=[
  park(CX, "宁波", "浙江", "小微企业园（五星级）", E0, district="慈溪市", aliases=["慈星智能产业园"],
       note="文中又作“慈星智能产业园”“该园”；括号为半角，照录"),
 ],
 companies=[],
 institutions=[
  inst("浙江省小微企业园工作联席会议办公室", "日前,浙江省小微企业园工作联席会议办公室关于公布2022年度浙江省五星级和四星级小微企业园名单", note="公布星级名单"),
  inst("白沙路街道", E2, note="所在地政府，与园区共组管理办"),
 ],
 projects=[], funds=[],
 aggregate_facts=[
  fact("浙江省", "region", "parks_count", 13, "count", E0, "2022年度", note="五星级小微企业园数"),
  fact(CX, "park", "enterprises", 100, "count", E1, AS5, kind="cumulative", qual="余", qtext="余", note="累计签约入驻企业"),
  fact(CX, "park", "high_tech_firms", 10, "count", E1, AS5, kind="cumulative"),
  fact(CX, "park", "listed_companies", 7, "count", E1, AS5, kind="cumulative", note="甬股交、新三板挂牌"),
  fact(CX, "park", "enterprises_above_scale", 8, "count", E1, AS5, kind="cumulative", note="规上/限上"),
  fact(CX, "park", "tech_smes", 2, "count", E1, AS5, kind="cumulative", opt=True, note="国家科技型中小企业"),
 ])

# ---------------------------------------------------------------- uo06 兰溪 55 projects signed (兰溪市融媒体中心 on 网易, 2024-09)
GM = "兰溪市光膜小镇"
F0 = "9月27日,在金华市电子化学品产业链发展大会暨兰溪市光膜小镇高质量发展推进会上,举行项目集中签约仪式,兰溪共签约55个项目,总签约金额达227.8亿元(含基金)"
F1 = "本次集中签约的重大项目包括硅碳负极材料配套工程、真空镀膜产业园、高性能纳米杂化聚酰亚胺、浙江中江镁铝新材料产业园、香港中潮大健康产业园、年产5000万米功能性牛仔面料及800万条高档服装生产线建设等工业项目,飞天谷·横溪智造基地项目等电商物流产业项目"
F2 = "其中,位于灵洞乡的华东全球品牌家居绿色智造基地项目,计划总投资51.8亿元,项目总用地约285.5亩"
AS6 = "2024年9月27日（集中签约）"
def sp(name, note=None, **kw):
    return proj(name, None, F1, status="签约", status_text="集中签约", note=note or "集中签约的重大项目之一；未写园区与金额", **kw)
G["uo06"] = dict(
 article=art("（无标题）兰溪市集中签约55个项目 总签约金额227.8亿元", "兰溪市融媒体中心（“来源丨兰溪市融媒体中心”），载于网易（c.m.163.com 订阅号）", "2024-09", "month",
  "Portal subscription account relaying a county-level city's media centre, Zhejiang: a joint signing at an industrial-chain conference and a special-town meeting — 55 projects and their total, named industrial and logistics projects (several of them parks), one home-furnishing base with investment and land, the city's project-management rules",
  "https://c.m.163.com/news/a/JDBJ680R0514C2MM.html?from=subscribe",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“9月27日”与“2024年重大项目计划表”→ 2024年9月27日或稍后，记 2024-09（month）。正文三段加“来源丨兰溪市融媒体中心”，完整。园区：兰溪市光膜小镇（金华市兰溪市，浙江；省级特色小镇，作产业平台列园区）。签约项目：硅碳负极材料配套工程、真空镀膜产业园、高性能纳米杂化聚酰亚胺、浙江中江镁铝新材料产业园、香港中潮大健康产业园、年产5000万米功能性牛仔面料及800万条高档服装生产线建设、飞天谷·横溪智造基地项目、华东全球品牌家居绿色智造基地项目（签约；park 均为 null——文中未说落在光膜小镇，华东全球品牌家居…位于灵洞乡）。其中三个“产业园”名称的项目另列为可选园区。事实：兰溪签约55个项目、总签约金额227.8亿元（含基金）；华东全球品牌家居项目用地约285.5亩（项目事实，可选）。",
  "uo06"),
 parks=[
  park(GM, "金华", "浙江", "特色小镇", F0, district="兰溪市", aliases=["光膜小镇"], note="推进会以其命名；省级特色小镇"),
  park("真空镀膜产业园", "金华", "浙江", "产业园（签约项目）", F1, district="兰溪市", opt=True, note="作为签约项目出现"),
  park("浙江中江镁铝新材料产业园", "金华", "浙江", "产业园（签约项目）", F1, district="兰溪市", opt=True, note="作为签约项目出现"),
  park("香港中潮大健康产业园", "金华", "浙江", "产业园（签约项目）", F1, district="兰溪市", opt=True, note="作为签约项目出现"),
 ],
 companies=[], institutions=[], funds=[],
 projects=[
  sp("硅碳负极材料配套工程"),
  sp("真空镀膜产业园"),
  sp("高性能纳米杂化聚酰亚胺"),
  sp("浙江中江镁铝新材料产业园"),
  sp("香港中潮大健康产业园"),
  sp("年产5000万米功能性牛仔面料及800万条高档服装生产线建设"),
  sp("飞天谷·横溪智造基地项目", note="电商物流产业项目"),
  proj("华东全球品牌家居绿色智造基地项目", None, F2, inv="计划总投资51.8亿元", status="签约", status_text="集中签约",
       note="位于灵洞乡（乡镇，非园区）；用地约285.5亩"),
 ],
 aggregate_facts=[
  fact("兰溪", "region", "projects_signed", 55, "count", F0, AS6),
  fact("兰溪", "region", "signed_investment_cny", 2.278e10, "cny", F0, AS6, chk=True, note="含基金"),
  fact("华东全球品牌家居绿色智造基地项目", "project", "site_area_mu", 285.5, "mu", F2, AS6, qual="约", qtext="约", opt=True),
 ])
