# real278 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (rq02 traditional as published, the rest simplified); names as written; 约/近/左右 → 约,
# 超/以上/突破/不低于 → 超, 余/多 → 余 (qualifier_text keeps the word). Yuan in investment_cny / *_cny facts. Projects: the park
# the text places the project in. A developer company is placed in the park or zone it builds in (note says so). Expected
# figures “建成后/预计/将” are kind target. Sources are `search` (corpus pages) excerpts saved in _raw/pages/rqNN.raw.

# ---------------------------------------------------------------- rq01 亿达科技新城 郑州高新区 (中原网 2016)
ZZ = "郑州高新区"; YD = "亿达科技新城"
A0 = "6月16日,亿达集团投资30亿元在郑州高新区建设亿达科技新城项目正式签约"
A1 = "本项目总投资额约30亿元,项目产业部分全部建成投入使用后的5年内,将带动相关产业年产值约100亿元,创造约1万人就业岗位,吸引200家国内外行业领先企业及创新创业企业入驻园区,每年应缴纳税收不低于2亿元"
A2 = "近年来,高新区着力聚集了电子信息产品制造业、软件与系统集成及相关企业700多家"
AT = "项目产业部分建成投用后5年内（预期）"
G["rq01"] = dict(
 article=art("郑州亿达集团斥资30亿元入驻高新区 项目已签约", "中原网（qy.zynews.cn 企业频道；存段无署名）", "2016-06-16", "day",
  "City news portal's business channel, Henan: a park developer (亿达集团) signs a 30亿元 science-town project in a national high-tech zone — investment, expected output, jobs, firms and tax; the zone's firm count and 2015 revenue",
  "https://qy.zynews.cn/news/2016-06-16/3030.html",
  "日期取网址 2016-06-16 与正文“6月16日”（签约当日）。标题照录；图片说明“签约仪式现场”已删。存段末段“亿达集团成立于1984年…10个专业园区开发建设运”在句中中断，整段删去，正文截至“…又一成果。”，共五段。园区：郑州高新区（郑州，河南；文中多作“高新区”）；亿达科技新城（在建园区运营综合体，母园区郑州高新区）；大连软件园只作经验来源，列可选。公司：亿达集团（园区开发运营商，标题“入驻高新区”，park 记郑州高新区）。项目：亿达科技新城项目，签约；首句“投资30亿元”为主金额，下文“总投资额约30亿元”记 alt_investment（约）。事实：建成投用后5年内年产值约100亿元、约1万就业、200家企业入驻、年税收不低于2亿元（target）；高新区电子信息等相关企业700多家（余）、2015年全区营业总收入突破1500亿元（超）。",
  "rq01"),
 parks=[
  park(ZZ, "郑州", "河南", "高新区", A0, note="国家自主创新示范区；文中多作“高新区”“全区”"),
  park(YD, "郑州", "河南", "科技城（园区运营综合体）", A0, parent=ZZ, note="亿达集团开发；“高科技园区运营管理综合体”"),
  park("大连软件园", "大连", "辽宁", "软件园", "项目同时运用“大连软件园”二十多年产业经验抓产业龙头企业", opt=True, note="只作经验来源"),
 ],
 companies=[
  comp("亿达集团", ZZ, A0, note="园区开发运营商；标题作“郑州亿达集团斥资30亿元入驻高新区”"),
 ],
 projects=[
  proj("亿达科技新城项目", ZZ, A0, companies=["亿达集团"], inv="投资30亿元", status="签约", status_text="正式签约",
       alt_investment={"investment_text": "总投资额约30亿元", "investment_cny": 3e9, "qualifier": "约"},
       note="下文作“本项目总投资额约30亿元”"),
 ],
 aggregate_facts=[
  fact(YD, "park", "expected_annual_output_cny", 1e10, "cny", "将带动相关产业年产值约100亿元", AT, kind="target", qual="约", qtext="约", chk=True, note="带动相关产业产值"),
  fact(YD, "park", "expected_jobs", 10000, "count", "创造约1万人就业岗位", AT, kind="target", qual="约", qtext="约", opt=True),
  fact(YD, "park", "expected_firms", 200, "count", "吸引200家国内外行业领先企业及创新创业企业入驻园区", AT, kind="target"),
  fact(YD, "park", "expected_annual_tax_cny", 2e8, "cny", "每年应缴纳税收不低于2亿元", AT, kind="target", qual="超", qtext="不低于", chk=True),
  fact(ZZ, "park", "firms", 700, "count", A2, "2016年6月", qual="余", qtext="多", note="电子信息、软件与系统集成及相关企业"),
  fact(ZZ, "park", "revenue_cny", 1.5e11, "cny", "2015年全区营业总收入突破1500亿元", "2015年", qual="超", qtext="突破", chk=True),
  fact(ZZ, "park", "incubation_capacity_rank", 2, "rank", "在科技部2015年底发布的高新区孵化培育能力评估中,位列全国第二", "2015年底", opt=True),
 ])

# ---------------------------------------------------------------- rq02 啟迪東盟科技城 南寧 (香港商報網 2017, traditional)
WX = "五象新區"; QD = "啟迪東盟科技城"
B0 = "“啟迪東盟科技城”項目開工奠基儀式在南寧市五象新區舉行"
B1 = "南寧啟迪東盟科技城項目位於五象新區龍崗片區永福路西側,總投資約45億元,規劃用地280畝,總建築面積約62萬平方米,到2020年將全面建設完成"
G["rq02"] = dict(
 article=art("（無標題）啟迪東盟科技城項目在南寧五象新區開工奠基", "香港商報網（tp.hkcd.com；記者馨瑤、實習記者朱怡蓉）", "2017-03-30", "day",
  "Hong Kong paper's web edition (traditional script as published), Guangxi: a park developer (啟迪控股) breaks ground on a science town in a Nanning new district — investment, land, floor area, completion year, the owner's background",
  "http://tp.hkcd.com/content_p/2017-03/30/content_42785.html",
  "繁體，照原文，未轉換。日期取網址 2017-03/30（奠基在“3月28日”）。存段無標題（title 為編者概括）。存段末段“據了解,該項目將引進…形成立足廣西面向”在句中中斷，整段刪去，正文截至“…提供持續支撐。”，共四段。園區：五象新區（南寧，廣西；新區）；啟迪東盟科技城（母區五象新區；文中又作“南寧啟迪東盟科技城”“啟迪東盟城科技城”——後者原文如此，列 alias）。公司：啟迪控股股份有限公司（又作“啟迪控股”，項目業主，開發運營方，park 記啟迪東盟科技城）。機構：清華大學（可選）、廣西壯族自治區政府（可選）。項目：啟迪東盟科技城項目，開工奠基→開工，總投資約45億元（約）。事實：規劃用地280畝、總建築面積約62萬平方米（可選）。",
  "rq02"),
 parks=[
  park(WX, "南宁", "广西", "新区", B0, note="南寧市五象新區"),
  park(QD, "南宁", "广西", "科技城", B0, parent=WX, aliases=["南寧啟迪東盟科技城", "啟迪東盟城科技城"], note="啟迪控股投資運營建設；“啟迪東盟城科技城”原文如此"),
 ],
 companies=[
  comp("啟迪控股股份有限公司", QD, "由我國首個千億級科技服務企業——啟迪控股股份有限公司投資運營建設的自治區及南寧市重點項目", aliases=["啟迪控股"], note="項目業主、開發運營方"),
 ],
 institutions=[
  inst("清華大學", "項目業主啟迪控股是一家依托清華大學設立的綜合性大型企業", kind="university"),
  inst("廣西壯族自治區政府", "啟迪控股與廣西壯族自治區政府於2016年8月30日簽署《全面合作框架協議》"),
 ],
 projects=[
  proj("啟迪東盟科技城項目", WX, B1, companies=["啟迪控股股份有限公司"], inv="總投資約45億元", qual="约", qual_text="約", status="开工",
       status_text="開工奠基", aliases=["南寧啟迪東盟科技城項目"], note="2017年3月28日開工奠基；到2020年全面建成"),
 ],
 aggregate_facts=[
  fact(QD, "park", "planned_land_mu", 280, "mu", "規劃用地280畝", "規劃", opt=True),
  fact(QD, "park", "planned_floor_area_m2", 620000, "m2", "總建築面積約62萬平方米", "規劃", qual="约", qtext="約", opt=True),
 ])

# ---------------------------------------------------------------- rq03 萧山产业新城 华夏幸福 (萧山日报 via 萧山网 2018)
XS = "萧山产业新城"; HX = "华夏幸福基业股份有限公司"
C0 = "昨天下午,我区与华夏幸福基业股份有限公司正式签约。根据协议,双方将采用PPP模式共建萧山产业新城项目"
G["rq03"] = dict(
 article=art("（无标题）萧山区与华夏幸福签约 PPP模式共建萧山产业新城", "萧山日报（zzhz.zjol.com.cn，萧山网“萧山日报”栏；存段无署名）", "2018-11-29", "day",
  "District daily, Zhejiang: a district signs a PPP contract with an industrial-new-town developer (华夏幸福) — the new town's site, the developer's footprint and assets",
  "http://zzhz.zjol.com.cn/xww/lskb/hz13179/201811/t20181129_8866657.shtml",
  "日期取网址 201811/t20181129（“昨天下午”签约，即 2018-11-28）。存段无标题（title 为编者概括）。存段末段“仪式上,萧山产业新城首批8个项目集中签约落户…新征程正式”在句中中断，整段删去；其前的小标题“构筑“1+2”产业体系”随之悬空，一并删去；正文截至“…华夏幸福联席总裁赵鸿靖说。”，小标题“打造高质量产业新城”保留为一段，共九段。园区：萧山产业新城（杭州萧山区，浙江；落址河上镇——“河上”为镇，不列园区）。公司：华夏幸福基业股份有限公司（又作“华夏幸福”，产业新城运营商，park 记萧山产业新城）。项目：萧山产业新城项目（PPP 共建，签约；无金额）。事实：华夏幸福已在全国80余个区域布局产业新城（余）、资产规模近4000亿元（约）。“全国工业百强区第十强”不计。",
  "rq03"),
 parks=[
  park(XS, "杭州", "浙江", "产业新城", C0, district="萧山区", note="落址河上（镇）；华夏幸福布局杭州的第一座产业新城"),
 ],
 companies=[
  comp(HX, XS, C0, aliases=["华夏幸福"], note="产业新城运营商，PPP 合作方"),
 ],
 projects=[
  proj("萧山产业新城项目", XS, C0, companies=[HX], status="签约", status_text="正式签约", note="PPP模式共建；无金额"),
 ],
 aggregate_facts=[
  fact(HX, "company", "new_town_regions", 80, "count", "已在全国80余个区域布局发展产业新城", "2018年11月", kind="cumulative", qual="余", qtext="余"),
  fact(HX, "company", "total_assets_cny", 4e11, "cny", "资产规模近4000亿元", "2018年11月", qual="约", qtext="近", chk=True),
 ])

# ---------------------------------------------------------------- rq04 泾阳产业新城 集中开工 (海外网 via 新浪财经 2019)
JY = "泾阳产业新城"; HX4 = "华夏幸福基业股份有限公司"
D0 = "神电智能高压电器产业园、泾阳产业新城服务中心等15个项目集中开工"
D1 = "此次集中开工的项目为神电智能高压电器产业园、泾阳产业新城服务中心、龙陂湖(一期)、西咸南辅道等项目,既有产业大项目、又有城市大配套,标志着泾阳产业新城的建设已经跨入新的阶段"
D2 = "特别是总投资6亿元的神电智能高压电器产业园正式开工"
D3 = "泾阳县县长拓巍峰与上海师范大学常委、总会计师曹光明、华夏幸福基业股份有限公司相关领导签订三方合作协议,签约上海师范大学附属(陕西)实验学校项目"
G["rq04"] = dict(
 article=art("咸阳市泾阳县举行2019年第一批重大项目集中开工暨项目签约仪式", "海外网，载于新浪财经（finance.sina.com.cn 滚动）", "2019-03-15", "day",
  "National news site relayed by a portal, Shaanxi: a county's first batch of major projects started in an industrial new town run with a developer (华夏幸福) — named projects, one with its investment, a school signed",
  "http://finance.sina.com.cn/roll/2019-03-15/doc-ihsxncvh2798604.shtml",
  "日期取页面“2019年03月15日 16:51 海外网”。标题照录（页面重复一次，只取一次）；日期来源行已删。存段末段“此次签约项目——上海师范大学附属(陕西)实验学校…联合创办的一所十二”在句中中断，整段删去；其前小标题“引入一流师资 提升发展“软实力””随之悬空，一并删去；正文截至“…综合性公园。”，小标题“有产业有配套 泾阳产业新城建设入正轨”保留为一段，共七段。园区：泾阳产业新城（咸阳市泾阳县，陕西；华夏幸福参与建设）；神电智能高压电器产业园以“产业园”为名的单体产业项目，列可选园区。项目：神电智能高压电器产业园（开工，总投资6亿元）、泾阳产业新城服务中心、龙陂湖(一期)（开工）、西咸南辅道（道路，开工，可选）均归泾阳产业新城（“标志着泾阳产业新城的建设已经跨入新的阶段”）；上海师范大学附属(陕西)实验学校项目（签约，可选；园区由语境推定）。15个项目集中开工为泾阳县数（region）。公司：华夏幸福基业股份有限公司（park 记泾阳产业新城，可选）。“叶德平董事长”“张渭书记”单位未写明，不列。",
  "rq04"),
 parks=[
  park(JY, "咸阳", "陕西", "产业新城", D1, district="泾阳县"),
  park("神电智能高压电器产业园", "咸阳", "陕西", "产业园（单体项目）", D2, district="泾阳县", parent=JY, opt=True, note="以“产业园”为名的产业项目"),
 ],
 companies=[
  comp(HX4, JY, D3, opt=True, note="产业新城合作方；文中只作出席、签约方"),
 ],
 institutions=[
  inst("上海师范大学", D3, kind="university"),
 ],
 projects=[
  proj("神电智能高压电器产业园", JY, D2, inv="总投资6亿元", status="开工", status_text="正式开工"),
  proj("泾阳产业新城服务中心", JY, D1, status="开工", status_text="集中开工"),
  proj("龙陂湖(一期)", JY, D1, phase="一期", status="开工", status_text="集中开工", aliases=["龙陂湖公园"], note="泾阳产业新城的综合性市民公园"),
  proj("西咸南辅道", JY, D1, status="开工", status_text="集中开工", opt=True, note="道路配套"),
  proj("上海师范大学附属(陕西)实验学校项目", JY, D3, status="签约", status_text="签约", opt=True, note="县、华夏幸福、上海师范大学三方协议；园区由语境推定"),
 ],
 aggregate_facts=[
  fact("泾阳县", "region", "projects_started", 15, "count", D0, "2019-03-15（第一批）"),
 ])

# ---------------------------------------------------------------- rq05 中南高科 肇庆双龙科创产业谷 (广州日报 via shi-fen 2019)
SL = "双龙现代产业园"; KG = "中南高科·肇庆端州双龙科创产业谷"
E0 = "中南高科·肇庆端州双龙科创产业谷项目由中国500强企业——中南集团旗下的中南高科投资建设,总规划面积800亩,总投资35亿元,是首个落户双龙现代产业园的项目"
E1 = "项目首期投资10亿元,总建筑面积约32万平方米,明年上半年首期建成后,计划引入企业约80多家,建成达产后年创税可达6000万元以上,创造约6000个就业岗位"
G["rq05"] = dict(
 article=art("肇庆双龙科创产业谷动工", "广州日报（全媒体记者于敢勇，通讯员彭剑、杜哲锋），载于 news.shi-fen.com", "2019-05", "month",
  "City daily relayed by a news aggregator, Guangdong: a park developer (中南高科) breaks ground on an industrial valley, the first project in a district's new industrial park — investment, first phase, firms, tax and jobs expected",
  "https://news.shi-fen.com/china/201905/50-344097.html",
  "日期只知月份：网址 201905，正文“昨天”动工，存段无日期行。标题照录；面包屑“首页 > 国内新闻 > 正文”、“原标题:肇庆双龙科创产业谷动工”（与标题同）、“相关阅读:”及其后链接已删。正文三段，完整。园区：双龙现代产业园（肇庆端州区，广东；文中又作“端州双龙现代产业园区”“双龙现代产业园区”）；中南高科·肇庆端州双龙科创产业谷（开发中的产业园，母园区双龙现代产业园；标题作“肇庆双龙科创产业谷”）。公司：中南高科（开发商，park 记双龙现代产业园）；中南集团（母公司，可选，无园区）。项目：中南高科·肇庆端州双龙科创产业谷项目（动工→开工，总投资35亿元）；首期（首期投资10亿元，可选）。事实：首期建成后计划引入企业约80多家（target；“约…多”记余）、达产后年创税6000万元以上、约6000个就业岗位（target）；总规划面积800亩（可选）。",
  "rq05"),
 parks=[
  park(SL, "肇庆", "广东", "产业园", E0, district="端州区", aliases=["端州双龙现代产业园区", "双龙现代产业园区"]),
  park(KG, "肇庆", "广东", "产业园（开发商园区）", E0, district="端州区", parent=SL, aliases=["肇庆双龙科创产业谷"], note="中南高科投资建设"),
 ],
 companies=[
  comp("中南高科", SL, E0, note="开发商"),
  comp("中南集团", None, E0, opt=True, note="中南高科母公司"),
 ],
 projects=[
  proj("中南高科·肇庆端州双龙科创产业谷项目", SL, E0, companies=["中南高科"], inv="总投资35亿元", status="开工", status_text="动工仪式举行",
       aliases=["双龙科创产业谷"]),
  proj("中南高科·肇庆端州双龙科创产业谷项目首期", SL, E1, companies=["中南高科"], inv="项目首期投资10亿元", phase="首期", status="开工",
       status_text="动工", opt=True, note="首期明年上半年建成"),
 ],
 aggregate_facts=[
  fact(KG, "park", "expected_firms", 80, "count", E1, "首期建成后（计划）", kind="target", qual="余", qtext="约…多"),
  fact(KG, "park", "expected_annual_tax_cny", 6e7, "cny", "建成达产后年创税可达6000万元以上", "建成达产后（预期）", kind="target", qual="超", qtext="以上", chk=True),
  fact(KG, "park", "expected_jobs", 6000, "count", "创造约6000个就业岗位", "建成达产后（预期）", kind="target", qual="约", qtext="约", opt=True),
  fact(KG, "park", "planned_area_mu", 800, "mu", "总规划面积800亩", "规划", opt=True),
 ])

# ---------------------------------------------------------------- rq06 启迪光谷科技创新集团 武汉东湖高新区 (启迪控股官网 2020)
DH = "武汉东湖高新区"
F0 = "在现场重点项目集中签约仪式中,武汉东湖高新区共有8个项目参加,总投资金额约35亿元,其中启迪光谷科技创新集团项目签约金额30亿元"
F1 = "此次签约的“启迪光谷科技创新集团”由启迪控股与武汉东湖高新区合作成立"
F2 = "启迪环境、启迪设计、启迪亚都、启迪无人机等企业逆行奋战在湖北、武汉抗疫前线"
G["rq06"] = dict(
 article=art("启迪助力武汉疫后经济重振,倾力打造华中新兴产业“发动机”", "启迪控股（tusholdings.com，公司新闻）", "2020-11-24", "day",
  "Park developer's own news page, Hubei: the developer's 30亿元 joint venture signed with a national high-tech zone at a fair, the zone's 8 signed projects and their total",
  "http://tusholdings.com/h/branchnews/show-62-2409-1.html",
  "日期取页面“发布时间:2020-11-24来源:启迪控股”。标题照录，标题行末的打印按钮字“打印”已删（make_txt.py HEAD_SUFFIX）；发布时间行、图片文件名“1.JPG”“2.JPG”及两条图片说明已删。存段末段“11月2日,启迪控股高级副总裁龙林…投促局朱晓”在句中中断，整段删去，其前小标题“一周完成启迪环境危废科技总部落户,两周引入三峡资本战略投资”随之悬空，一并删去；正文截至“…取得了阶段性进展。”，共三段。园区：武汉东湖高新区（又作“东湖高新区”；武汉，湖北）。项目：启迪光谷科技创新集团项目（签约，签约金额30亿元）。公司：启迪光谷科技创新集团（启迪控股与东湖高新区合作成立，在园）；启迪控股（投资方，总部不在园，park null）；启迪环境等四家只作抗疫列举（可选，无园区）；武汉高科国有控股集团（可选）。机构：东湖高新区投促局、华中科技大学（可选）。事实：东湖高新区在第二十届华侨华人创业发展洽谈会签约8个项目，总投资约35亿元。",
  "rq06"),
 parks=[
  park(DH, "武汉", "湖北", "高新区", F0, aliases=["东湖高新区"], note="东湖新技术开发区"),
 ],
 companies=[
  comp("启迪光谷科技创新集团", DH, F1, note="启迪控股与武汉东湖高新区合作成立"),
  comp("启迪控股", None, F1, note="投资方（园区开发运营商）；总部不在园"),
  comp("启迪环境", None, F2, opt=True),
  comp("启迪设计", None, F2, opt=True),
  comp("启迪亚都", None, F2, opt=True),
  comp("启迪无人机", None, F2, opt=True),
  comp("武汉高科国有控股集团", DH, "与东湖高新区投促局、武汉高科国有控股集团紧密合作", opt=True, note="区属国企"),
 ],
 institutions=[
  inst("东湖高新区投促局", "与东湖高新区投促局、武汉高科国有控股集团紧密合作", park=DH),
  inst("华中科技大学", "与华中科技大学等本地高校和科研院所就技术研发、成果转化、创新创业等领域合作提前布局", kind="university"),
 ],
 projects=[
  proj("启迪光谷科技创新集团项目", DH, F0, companies=["启迪控股", "启迪光谷科技创新集团"], inv="签约金额30亿元", status="签约", status_text="集中签约"),
 ],
 aggregate_facts=[
  fact(DH, "park", "projects_signed", 8, "count", F0, "2020年11月（第二十届华侨华人创业发展洽谈会）"),
  fact(DH, "park", "signed_investment_cny", 3.5e9, "cny", "总投资金额约35亿元,其中启迪光谷科技创新集团项目签约金额30亿元", "2020年11月（第二十届华侨华人创业发展洽谈会）", qual="约", qtext="约", chk=True),
 ])

# ---------------------------------------------------------------- rq07 中堂天安数码城 (南方+ 2022)
ZT = "中堂天安数码城"
H0 = "12月26日,中堂天安数码城产业B区总部大厦喜迎封顶"
H1 = "据了解,中堂天安数码城首发示范A区已于今年全面投入运营,园区当前注册进驻企业100余家"
H2 = "产业A、B区运营成熟之后,预计将入驻优质创新型企业400余家,吸引企业人才超10000人"
G["rq07"] = dict(
 article=art("（无标题）中堂天安数码城产业B区总部大厦封顶", "南方+（static.nfapp.southcn.com；存段无署名）", "2022-12-26", "day",
  "Provincial paper's news app, Guangdong: a park developer's (天安数码城) town-level park in Dongguan — a headquarters tower topped out, phase A in operation, firms registered and expected",
  "https://static.nfapp.southcn.com/content/202212/26/c7209699.html",
  "日期取网址 202212/26 与正文“12月26日”。存段无标题（title 为编者概括）。存段末段“胡庆堂在致辞中表示…同时加快完成剩余”在句中中断，整段删去，正文截至“…“引得进,留得住”。”，共三段。园区：中堂天安数码城（东莞市中堂镇，广东；天安数码城开发）。公司：东莞市中堂天安数码城有限公司（园区运营公司）。项目：中堂天安数码城产业B区总部大厦（封顶→在建）；首发示范A区（今年全面投入运营→投产，可选）；“中堂天安智能制造项目”（整个园区项目的称呼，可选，无状态）。事实：注册进驻企业100余家（reported）；A、B区运营成熟后预计入驻企业400余家、人才超10000人（target）。",
  "rq07"),
 parks=[
  park(ZT, "东莞", "广东", "产业园（开发商园区）", H0, district="中堂镇", note="东莞市重大项目、重点招商园区"),
 ],
 companies=[
  comp("东莞市中堂天安数码城有限公司", ZT, "东莞市中堂天安数码城有限公司董事总经理刘洋", note="园区开发运营公司"),
 ],
 projects=[
  proj("中堂天安数码城产业B区总部大厦", ZT, H0, status="在建", status_text="喜迎封顶", aliases=["产业B区总部大厦"]),
  proj("中堂天安数码城首发示范A区", ZT, H1, status="投产", status_text="全面投入运营", opt=True),
  proj("中堂天安智能制造项目", ZT, "中堂镇相关部门与中堂天安智能制造项目积极对接提供好服务保障", opt=True, note="园区整体项目的称呼"),
 ],
 aggregate_facts=[
  fact(ZT, "park", "firms", 100, "count", H1, "2022年12月", qual="余", qtext="余", note="注册进驻企业"),
  fact(ZT, "park", "expected_firms", 400, "count", H2, "产业A、B区运营成熟后（预期）", kind="target", qual="余", qtext="余"),
  fact(ZT, "park", "expected_talent", 10000, "count", H2, "产业A、B区运营成熟后（预期）", kind="target", qual="超", qtext="超", opt=True),
 ])
