# real99 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); euros and US dollars outside investment_cny
# (investment_value + investment_currency; *_usd facts). Growth rates and shares as ratios. Projects: the park is the one the
# text places the project in, null if none. Status from the text's words (集中开工 / 正式开工建设 / 开工奠基 → 开工; “当年开工
# 当年投产” → 投产; 厂房已主体封顶 / 建设中 / 进展迅速 → 在建; 年底前确保…建成投产 / …主体完工 → 在建 with status_alt 投产 /
# 竣工 where the clause names the goal; 也将开工 / 争取…签约 / 争取…开工建设 / 确保…签约落地 / 紧密对接 → planned; 落地 / 落户
# alone → no status). “预计” year figures and a year's plan are kind target with “（预计）” / “（计划）” in as_of; expected
# growth rates that go with them are target too. Sources are `search` (corpus pages) excerpts typed into _raw/pages/xqNN.raw
# as returned.

# ---------------------------------------------------------------- xq01 石家庄高新区 电子科技产业园 (见道网 2024)
SJZ = "石家庄高新区"
DKY = "高新区电子科技园"
P01 = "河北高速集团·高新区电子科技产业园项目"
A0 = "2024年8月27日,河北高速集团·高新区电子科技产业园项目在石家庄高新区正式开工建设"
A1 = "河北高速集团·高新区电子科技产业园项目位于石家庄高新区黄山大街以西、兴安大街以东、闽江道两侧,总投资约16.2亿元,占地约312.7亩"
A2 = "该项目由河北高速集团资源开发运营有限公司与石家庄高新区电科园投资管理有限公司共同投资建设"
A3 = "项目所在的高新区电子科技园是石家庄高新区发展电子信息产业的集中承载地"
G["xq01"] = dict(
 article=art("（无标题）河北高速集团·高新区电子科技产业园项目在石家庄高新区开工 总投资约16.2亿元", "见道网（www.seetao.com，机械栏目编辑 周应雯）", "2024-08", "month",
  "Engineering news site, Hebei: one park-development project started in a national high-tech zone — investors, location inside the zone's electronics park, total investment and site area",
  "https://seetao.com/details/241507.html",
  "存段无标题、无日期行（title 为编者概括）；开工日为“2024年8月27日”，发布日期未见，记为2024年8月（推定，月精度）。正文五段完整；第四段行尾粘连的网站关键词“关键词:工程施工、工程新闻、工程建设资讯”已切去（WATERMARK），末段行尾“(此文出自见道官网…)见道网机械栏目编辑/周应雯”已切去（LINE_SUFFIX），其后“评论”“写点什么吧~”已删。园区：石家庄高新区（河北石家庄）；高新区电子科技园为其内的电子信息产业承载地（可选园区，parent 石家庄高新区）。项目：河北高速集团·高新区电子科技产业园项目，“正式开工建设”→开工，“总投资约16.2亿元”→约；园区取文中“在石家庄高新区”（亦位于高新区电子科技园）。投资方河北高速集团资源开发运营有限公司、石家庄高新区电科园投资管理有限公司为项目公司；前者园区 null（投资方），后者为园区平台公司（名含高新区，园区未明说，可选）。河北高速公路集团有限公司只在致辞人职务中出现（可选）。占地约312.7亩记为项目事实（可选）。",
  "xq01"),
 parks=[
  park(SJZ, "石家庄", "河北", "高新区", A0),
  park(DKY, "石家庄", "河北", "专业产业园", A3, parent=SJZ, opt=True, note="石家庄高新区内的电子信息产业承载地；项目所在"),
 ],
 companies=[
  comp("河北高速集团资源开发运营有限公司", None, A2, note="项目投资方；园区未说"),
  comp("石家庄高新区电科园投资管理有限公司", SJZ, A2, opt=True, note="园区平台公司（由名称推定）；项目投资方"),
  comp("河北高速公路集团有限公司", None, "河北高速公路集团有限公司党委副书记、副董事长、总经理杨荣博在致辞中表示", aliases=["河北高速集团"], opt=True, note="只在致辞人职务中出现；文中简称“河北高速集团”“高速集团”"),
 ],
 projects=[
  proj(P01, SJZ, A1, companies=["河北高速集团资源开发运营有限公司", "石家庄高新区电科园投资管理有限公司"], inv="总投资约16.2亿元", qual="约", qual_text="约",
       status="开工", status_text="正式开工建设", note="开工日2024年8月27日；位于高新区电子科技园（亦可作园区链接）"),
 ],
 aggregate_facts=[
  fact(P01, "project", "site_area_mu", 312.7, "mu", A1, "2024年8月", qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- xq02 邢台开发区 11个重点项目集中开工 (搜狐焦点 2017)
XT = "邢台开发区"
B0 = "邢台开发区投资68.98亿元的11个重点项目集中开工"
B1 = "区党工委委员、综合办公室主任刘廷振 ,北京盛世光明集团项目总经理王存鹏、河北智跑游乐设备制造有限公司总经理乔永星分别致辞"
G["xq02"] = dict(
 article=art("邢台开发区投资68.98亿元的11个重点项目集中开工", "搜狐焦点网（邢台站 news.focus.cn/xingtai；文稿以“我区”自称，当出自开发区）", "2017-03-06", "day",
  "Real-estate portal's city channel relaying a zone's own item, Hebei: spring groundbreaking of 11 key projects with their total investment, two project firms named, the products of the projects",
  "http://news.focus.cn/xingtai/2017-03-06/11423322.html",
  "日期取页面“2017-03-06 08:55:02 来源: 搜狐焦点网”；开工仪式3月2日。标题照录；导航行与日期来源行已删。存段末句在“以更”处中断，该残句已删（LINE_SUFFIX），正文截至“…全力推进招商引资和项目建设。”，共五段。正文“68.98亿 元”中间有空格（照录），故总投资事实取标题句为证据。园区：邢台开发区（即邢台经济开发区，文中自称“我区”“开发区”；河北邢台）；邢东新区只作“邢东新区战略平台”提及（可选）。11个项目无项目名（只有教育机器人、锂电池干燥设备等产品类别），不列项目。公司：北京盛世光明集团（项目单位，园区未明说，可选）、河北智跑游乐设备制造有限公司（会场设在“智跑游乐设备南侧”，位于开发区，推定）。",
  "xq02"),
 parks=[
  park(XT, "邢台", "河北", "经济开发区", B0, note="文中又作“我区”“开发区”"),
  park("邢东新区", "邢台", "河北", "新区", "抢抓京津冀协同发展、邢东新区战略平台的历史机遇", opt=True, note="只作战略平台提及"),
 ],
 companies=[
  comp("河北智跑游乐设备制造有限公司", XT, B1, note="会场设在“智跑游乐设备南侧”；位于开发区（推定）"),
  comp("北京盛世光明集团", None, B1, opt=True, note="项目单位；园区未明说"),
 ],
 aggregate_facts=[
  fact(XT, "park", "projects_started", 11, "count", B0, "2017-03-02"),
  fact(XT, "park", "projects_started_investment_cny", 6.898e9, "cny", B0, "2017-03-02", chk=True),
 ])

# ---------------------------------------------------------------- xq03 衡水高新区 2019年一季度 5个项目 (长城网 2019-03)
HS = "衡水高新区"
C0 = "3月6日,衡水高新区举行2019年一季度重点项目集中开工仪式,5个项目集中开工,总投资23.51亿元"
C2 = "推进京南军民融合示范园、大健康产业园、京东云计算大数据产业基地等重点项目快建设、早投产"
C3 = "举全区之力打赢一汽凌源项目建设、雄安(衡水)超算中心建设、以岭药业项目建设攻坚战"
G["xq03"] = dict(
 article=art("（无标题）衡水高新区2019年一季度5个重点项目集中开工 总投资23.51亿元", "长城网（衡水频道 hs.hebei.com.cn；存段无署名）", "2019-03-08", "day",
  "Provincial news portal's city channel, Hebei: a high-tech zone's first-quarter groundbreaking — five named projects each with total investment, the zone's other key projects under way",
  "http://hs.hebei.com.cn/system/2019/03/08/019498311.shtml",
  "日期取网址 2019/03/08；仪式3月6日。存段无标题、无日期行（title 为编者概括）。存段末句在“为全省“万”处中断，该句（“该区将深入实施“百企转型”…”）已删（LINE_SUFFIX），正文截至“…在项目建设上继续走在全市前列。”，共三段。园区：衡水高新区（河北衡水）。项目：五个集中开工项目，各有总投资（开工）。“一汽凌源项目”“雄安(衡水)超算中心”“以岭药业项目”（建设攻坚战）与“京南军民融合示范园”“大健康产业园”“京东云计算大数据产业基地”（推进快建设、早投产）记为在建（可选，无金额）；“衡水科技谷”（全力建设）可选。“中科系8个百亿级重大科技成果产业化”为目标，不计。",
  "xq03"),
 parks=[
  park(HS, "衡水", "河北", "高新区", C0, note="文中又作“该区”"),
 ],
 projects=[
  proj("中科恒道高端装备制造研发基地项目", HS, "中科恒道高端装备制造研发基地项目,总投资18亿元", inv="总投资18亿元", status="开工", status_text="集中开工"),
  proj("河北创恒隧道智能装备项目", HS, "河北创恒隧道智能装备项目,总投资1.7亿元", inv="总投资1.7亿元", status="开工", status_text="集中开工"),
  proj("衡水长城绿色物理制氧项目", HS, "衡水长城绿色物理制氧项目,总投资1.01亿元", inv="总投资1.01亿元", status="开工", status_text="集中开工"),
  proj("河北高硕电气化高铁配套产品项目", HS, "河北高硕电气化高铁配套产品项目,总投资1.8亿元", inv="总投资1.8亿元", status="开工", status_text="集中开工"),
  proj("河北聚毅30万米金属智能制造项目", HS, "河北聚毅30万米金属智能制造项目,总投资1亿元", inv="总投资1亿元", status="开工", status_text="集中开工"),
  proj("一汽凌源项目", HS, C3, status="在建", status_text="项目建设攻坚战", opt=True),
  proj("雄安(衡水)超算中心", HS, C3, status="在建", status_text="建设攻坚战", opt=True),
  proj("以岭药业项目", HS, C3, status="在建", status_text="项目建设攻坚战", opt=True),
  proj("京南军民融合示范园", HS, C2, status="在建", status_text="推进…快建设、早投产", opt=True),
  proj("大健康产业园", HS, C2, status="在建", status_text="推进…快建设、早投产", opt=True),
  proj("京东云计算大数据产业基地", HS, C2, status="在建", status_text="推进…快建设、早投产", opt=True),
  proj("衡水科技谷", HS, "全力建设衡水科技谷", status="在建", status_text="全力建设", opt=True),
 ],
 aggregate_facts=[
  fact(HS, "park", "projects_started", 5, "count", C0, "2019-03-06"),
  fact(HS, "park", "projects_started_investment_cny", 2.351e9, "cny", C0, "2019-03-06", chk=True),
 ])

# ---------------------------------------------------------------- xq04 衡水高新区 2019年第二次 5个项目 (长城网 2019-06)
D0 = "宣告总投资38.34亿元的5个项目正式开工"
D1 = "本次集中开工的5个项目包含4个产业项目、1个“双基”项目"
G["xq04"] = dict(
 article=art("总投资38.34亿元! 衡水高新区5个项目集中开工", "长城网（卢婉凤、李珊珊，实习记者）", "2019-06-24", "day",
  "Provincial news portal's city channel, Hebei: a high-tech zone's second groundbreaking of the year — five named projects each with total investment, two project firms",
  "http://hs.hebei.com.cn/system/2019/06/24/019683616.shtml",
  "日期取页面“2019-06-24 18:01:21”（标题下“来源: 长城网 作者:卢婉凤 李珊珊”）。标题照录（“!”后有空格）；导航、来源行、三条图片说明已删；存段末行“衡水高新区管委会主任姚”（图片说明残句）已删。正文四段。园区：衡水高新区（河北衡水；文中又作“高新区”“全区”）。项目：五个集中开工项目，各有总投资（开工）；高新区河渠生态修复工程项目为“双基”项目。公司：衡水斑马汽车制造有限公司、衡水澳乐思食品有限公司只在项目名中（可选，园区衡水高新区）。",
  "xq04"),
 parks=[
  park(HS, "衡水", "河北", "高新区", "衡水高新区举行2019年第二次项目集中开工启动仪式", note="文中又作“高新区”“全区”"),
 ],
 companies=[
  comp("衡水斑马汽车制造有限公司", HS, "衡水斑马汽车制造有限公司一汽凌源10万辆整车及核心零部件生产基地项目,总投资24.23亿元", opt=True, note="只在项目名中"),
  comp("衡水澳乐思食品有限公司", HS, "衡水澳乐思食品有限公司年产五千吨澳式系列水果饼干项目,总投资1.86亿元", opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("中科衡水新能源新材料钒钛全系产业园项目", HS, "中科衡水新能源新材料钒钛全系产业园项目,总投资10.21亿元", inv="总投资10.21亿元", status="开工", status_text="正式开工"),
  proj("衡水斑马汽车制造有限公司一汽凌源10万辆整车及核心零部件生产基地项目", HS, "衡水斑马汽车制造有限公司一汽凌源10万辆整车及核心零部件生产基地项目,总投资24.23亿元",
       companies=["衡水斑马汽车制造有限公司"], inv="总投资24.23亿元", status="开工", status_text="正式开工"),
  proj("衡水瑞泰仓储项目", HS, "衡水瑞泰仓储项目,总投资1亿元", inv="总投资1亿元", status="开工", status_text="正式开工"),
  proj("衡水澳乐思食品有限公司年产五千吨澳式系列水果饼干项目", HS, "衡水澳乐思食品有限公司年产五千吨澳式系列水果饼干项目,总投资1.86亿元",
       companies=["衡水澳乐思食品有限公司"], inv="总投资1.86亿元", status="开工", status_text="正式开工"),
  proj("高新区河渠生态修复工程项目", HS, "高新区河渠生态修复工程项目,总投资1.04亿元", inv="总投资1.04亿元", status="开工", status_text="正式开工", note="“双基”项目"),
 ],
 aggregate_facts=[
  fact(HS, "park", "projects_started", 5, "count", D0, "2019-06-24"),
  fact(HS, "park", "projects_started_investment_cny", 3.834e9, "cny", D0, "2019-06-24", chk=True),
  fact(HS, "park", "industrial_projects_started", 4, "count", D1, "2019-06-24", opt=True),
  fact(HS, "park", "infrastructure_projects_started", 1, "count", D1, "2019-06-24", opt=True, note="“双基”项目"),
 ])

# ---------------------------------------------------------------- xq05 邢台 中心城区 重点项目 (我看邢 2024-12)
E0 = "城市东部的京广高铁沿线,市经开区、市高新区、旭阳经开区、任泽经开区、南和经开区分列两侧,形成一条南北长达20余公里的产业带"
E1 = "我市引进的首家独角兽企业所托瑞安集团,在市高新区投资建设智能驾驶产业项目,实现当年开工当年投产"
E2 = "中车新能源装备产业基地项目,建设中的708米单体车间为省内最长车间"
E3 = "中船氢能制储运用及储能装备研发制造基地项目,总投资60.7亿元"
E4 = "总投资超过50亿元,规模居全省前列的算力中心项目进展迅速"
G["xq05"] = dict(
 article=art("“中心城区这一年”大型融媒体特别报道②热潮涌动 重点项目跑出加速度", "我看邢（头条，王帅薇），载于 dingzhoudaily.com（河北新闻栏）", "2024-12-31", "day",
  "City media feature relayed by a county paper's site, Hebei: a year of key projects in 邢台's central districts — five zones along the rail line, a unicorn firm's project started and in production in the high-tech zone, new-energy equipment projects with amounts",
  "http://dingzhoudaily.com/hebeinews/2024-12-31/453044.html",
  "日期取页面“时间:2024-12-31 15:57:07 来源:我看邢 头条 作者:王帅薇”。标题照录；导航、时间来源行与两条图片说明（“图为邢东锂电高性能锂离子储能电池项目。李来贵摄”两种写法）已删。存段在“新新钒钛储能电池项目…安全系”处中断，该段整段不录，正文截至“…氢能产业应用示范集群;”。城市为邢台（“我市”，由“邢商回归”“青蓝邢动”等推定）。园区名照录：市经开区、市高新区、旭阳经开区、任泽经开区、南和经开区（均在邢台）。项目：所托瑞安集团在市高新区的智能驾驶产业项目，“当年开工当年投产”→投产；中车新能源装备产业基地项目（导语作“中车新能源装备生产基地”，同一项目）“建设中”→在建；中船氢能制储运用及储能装备研发制造基地项目（导语作“中船氢能制储项目”）60.7亿元，只说“集中落地”，不记状态；二者“在这里集中落地”，“这里”指五个园区所在的产业带，不定到某一园区（park null）。算力中心项目“总投资超过50亿元”→超，“进展迅速”→在建，园区未说（可选，名称泛）。",
  "xq05"),
 parks=[
  park("市经开区", "邢台", "河北", "经济开发区", E0, note="即邢台经济开发区（推定）"),
  park("市高新区", "邢台", "河北", "高新区", E0, note="即邢台高新区（推定）"),
  park("旭阳经开区", "邢台", "河北", "经济开发区", E0),
  park("任泽经开区", "邢台", "河北", "经济开发区", E0, district="任泽区"),
  park("南和经开区", "邢台", "河北", "经济开发区", E0, district="南和区"),
 ],
 companies=[
  comp("所托瑞安集团", "市高新区", E1, note="邢台引进的首家独角兽企业"),
 ],
 projects=[
  proj("智能驾驶产业项目", "市高新区", E1, companies=["所托瑞安集团"], status="投产", status_text="实现当年开工当年投产"),
  proj("中车新能源装备产业基地项目", None, E2, aliases=["中车新能源装备生产基地"], status="在建", status_text="建设中",
       note="在五园区所在产业带“集中落地”，园区未定"),
  proj("中船氢能制储运用及储能装备研发制造基地项目", None, E3, aliases=["中船氢能制储项目"], inv="总投资60.7亿元", note="“集中落地”，不记状态；园区未定"),
  proj("算力中心项目", None, E4, inv="总投资超过50亿元", qual="超", qual_text="超过", status="在建", status_text="进展迅速", opt=True, note="名称泛；园区未说"),
 ],
 aggregate_facts=[
  fact("中车新能源装备产业基地项目", "project", "workshop_length_m", 708, "m", E2, "2024年", opt=True),
 ])

# ---------------------------------------------------------------- xq06 邯郸经济开发区“二次创业” (工业园网 2013 / 2012)
HD = "邯郸经济开发区"
F1 = "目前,总投资289亿元的81个重点项目,投资拉动效应明显。其中,6个项目进入省重点盘子,10个项目进入市重点盘子"
F2 = "世界500强法国圣戈班增设战略投资计划,第三个项目——超硬材料,厂房已主体封顶,9月份有望试生产"
F3 = "年底前确保哈克农业机械产业园、美食林台湾食品工业园、派瑞核电安全装置和制氢装置二期、西门子自动化全集成装备等7个项目建成投产"
F4 = "汉光光电产业园、时代物流城、派瑞汽车养护用品、中小企业孵化中心等16个项目主体完工"
F5 = "即投资20亿元的土耳其佐鲁高档家纺和冰箱项目,争取年底前开工建设"
F6 = "东区投资2亿欧元的圣戈班邯郸工业园,争取今年签约,明年进地建设"
F7 = "中联重科和三一重工集团高端机械制造项目,争取今年签约,明年一季度落地并开工建设"
F0 = "并将23个重点产业项目和17个城建项目分包到领导、部门、驻村干部身上"
AS6 = "2012年7月（推定）"
G["xq06"] = dict(
 article=art("邯郸经济开发区掀起“二次创业” 新高潮", "工业园网（hb.cnipai.com，用户上传；原出处未注明）", "2013-01-17", "day",
  "Industrial-park portal (user upload), Hebei: a zone's mid-year work meeting — 81 key projects and their total, a foreign firm's third project topped out, seven projects to be in production and sixteen to be topped out by year-end, three anchor projects sought for signing",
  "http://hb.cnipai.com/news/detail/1142.html",
  "页面日期“2013 01/17 11:35”为上传日期；文中“7月8日…推进会”“9月份有望试生产”“年底前确保…”，原稿当写于2012年7月（推定），事实 as_of 记“2012年7月（推定）”。标题照录（“二次创业”后有空格）；“河北切换”“新闻”、日期行、免责声明与“[”已删。正文三段完整。园区：邯郸经济开发区（河北邯郸；文中又作“开发区”“该区”）；美的工业园为区内龙头园（可选园区，parent 邯郸经济开发区）。项目：圣戈班第三个项目“超硬材料”（厂房已主体封顶→在建；名称照录，可选）；哈克农业机械产业园等四项“年底前确保…建成投产”→在建（status_alt 投产）；汉光光电产业园等四项“主体完工”目标→在建；土耳其佐鲁高档家纺和冰箱项目（20亿元，争取年底前开工）、圣戈班邯郸工业园（2亿欧元，东区，争取今年签约）、中联重科和三一重工集团高端机械制造项目（争取今年签约）→planned。“军转民项目”（核电安全装置、空气净化器等）为产品类别，不列项目。事实：81个重点项目、总投资289亿元（截至当时）；进入省、市重点的6个、10个（可选）；年底前7个建成投产、16个主体完工为目标（target）。",
  "xq06"),
 parks=[
  park(HD, "邯郸", "河北", "经济开发区", "7月8日,邯郸经济开发区重点工作推进会提出,迅速掀起开发区“二次创业”新高潮", note="文中又作“开发区”“该区”"),
  park("美的工业园", "邯郸", "河北", "产业园", "形成了以美的工业园为龙头的电子信息产业集群", parent=HD, opt=True, note="区内龙头园（由语境推定在区内）"),
 ],
 companies=[
  comp("圣戈班", HD, F2, aliases=["法国圣戈班"], note="世界500强；区内第三个项目在建"),
  comp("中联重科", None, F7, opt=True, note="签约对象，尚未落地"),
  comp("三一重工集团", None, F7, opt=True, note="签约对象，尚未落地"),
 ],
 projects=[
  proj("超硬材料", HD, F2, companies=["圣戈班"], status="在建", status_text="厂房已主体封顶,9月份有望试生产", opt=True, note="圣戈班在区内的第三个项目；名称照录"),
  proj("哈克农业机械产业园", HD, F3, status="在建", status_text="年底前确保…建成投产", status_alt="投产"),
  proj("美食林台湾食品工业园", HD, F3, status="在建", status_text="年底前确保…建成投产", status_alt="投产"),
  proj("派瑞核电安全装置和制氢装置二期", HD, F3, phase="二期", status="在建", status_text="年底前确保…建成投产", status_alt="投产"),
  proj("西门子自动化全集成装备", HD, F3, status="在建", status_text="年底前确保…建成投产", status_alt="投产"),
  proj("汉光光电产业园", HD, F4, status="在建", status_text="主体完工（目标）", status_alt="竣工"),
  proj("时代物流城", HD, F4, status="在建", status_text="主体完工（目标）", status_alt="竣工"),
  proj("派瑞汽车养护用品", HD, F4, status="在建", status_text="主体完工（目标）", status_alt="竣工"),
  proj("中小企业孵化中心", HD, F4, status="在建", status_text="主体完工（目标）", status_alt="竣工"),
  proj("土耳其佐鲁高档家纺和冰箱项目", HD, F5, inv="投资20亿元", status="planned", status_text="争取年底前开工建设"),
  proj("圣戈班邯郸工业园", HD, F6, companies=["圣戈班"], inv="投资2亿欧元", currency="eur", value=2e8, status="planned", status_text="争取今年签约,明年进地建设",
       note="东区；欧元金额不入 investment_cny"),
  proj("中联重科和三一重工集团高端机械制造项目", HD, F7, companies=["中联重科", "三一重工集团"], status="planned", status_text="争取今年签约"),
 ],
 aggregate_facts=[
  fact(HD, "park", "key_projects", 81, "count", F1, AS6),
  fact(HD, "park", "major_projects_total_investment_cny", 2.89e10, "cny", F1, AS6, chk=True),
  fact(HD, "park", "provincial_key_projects", 6, "count", F1, AS6, opt=True),
  fact(HD, "park", "city_key_projects", 10, "count", F1, AS6, opt=True),
  fact(HD, "park", "projects_in_production", 7, "count", F3, "2012年底（目标）", kind="target", opt=True),
  fact(HD, "park", "projects_topped_out", 16, "count", F4, "2012年底（目标）", kind="target", opt=True),
  fact(HD, "park", "key_industrial_projects_assigned", 23, "count", F0, AS6, opt=True),
  fact(HD, "park", "urban_construction_projects_assigned", 17, "count", F0, AS6, opt=True),
 ])

# ---------------------------------------------------------------- xq07 邯郸经济开发区 2012年预计 / 2013年计划 (idacn)
H0 = "预计2012年全区完成生产总值52亿元,增长13%"
H1 = "确保投资20亿元的土耳其佐鲁高档家纺和冰箱项目、投资2亿欧元的圣戈班北方工业园、投资10亿元的中联重科塔吊项目签约落地"
H2 = "2013年该区计划安排重点建设项目45个,总投资228亿元,其中投产项目13个,在建项目16个,新开工项目16个"
H3 = "紧密对接美的集团冰箱和小家电生产线项目、海尔集团、山河智能集团和央企"
AS7 = "2012年全年（预计）"
AP7 = "2013年（计划）"
G["xq07"] = dict(
 article=art("（无标题）邯郸经济开发区2012年主要指标预计完成情况与2013年项目安排", "idacn.org（原出处未注明；存段无署名、无日期行）", "2012-12", "month",
  "Association-style site relaying a zone report, Hebei: a development zone's estimated 2012 figures (GDP, value added, investment, revenue, retail sales, FDI with growth rates), three anchor projects to be signed with amounts, the 2013 key-project plan",
  "http://idacn.org/news/20983.html",
  "存段无标题、无日期行（title 为编者概括）；文中“预计2012年…”“2013年该区计划…”，发布当在2012年末或2013年初，记为2012年12月（推定，月精度）。存段首行为网站摘要（“摘要 2012年以来…&rdqu...”，HTML 实体残缺），已删；末句在“确保总投资49亿元的中船派瑞”处中断，该残句已删（LINE_SUFFIX），正文截至“…新开工项目16个。”，共五段。园区：邯郸经济开发区（河北邯郸；文中又作“全区”“该区”）。“东部新城”为城市片区，不列园区。事实：2012年六项指标均为“预计”（kind target，as_of 2012年全年（预计）），增速一并记 target；实际利用外资5500万美元记 usd。2013年计划：重点建设项目45个、总投资228亿元、其中投产13、在建16、新开工16（target，2013年（计划））。“各项经济指标增长20%—40%以上”为区间目标，不计。项目：佐鲁（20亿元）、圣戈班北方工业园（2亿欧元，不入 investment_cny）、中联重科塔吊项目（10亿元）“确保…签约落地”→planned；美的集团冰箱和小家电生产线项目“紧密对接”→planned（可选）。海尔集团、山河智能集团只作对接对象（可选公司，园区 null）。",
  "xq07"),
 parks=[
  park(HD, "邯郸", "河北", "经济开发区", "2012年以来,邯郸经济开发区围绕“打造千亿级产业园区、创建国家级开发区”目标", note="文中又作“全区”“该区”"),
 ],
 companies=[
  comp("美的集团", None, H3, opt=True, note="对接对象"),
  comp("海尔集团", None, H3, opt=True, note="对接对象"),
  comp("山河智能集团", None, H3, opt=True, note="对接对象"),
  comp("中联重科", None, H1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("土耳其佐鲁高档家纺和冰箱项目", HD, H1, inv="投资20亿元", status="planned", status_text="确保…签约落地"),
  proj("圣戈班北方工业园", HD, H1, inv="投资2亿欧元", currency="eur", value=2e8, status="planned", status_text="确保…签约落地", note="欧元金额不入 investment_cny"),
  proj("中联重科塔吊项目", HD, H1, companies=["中联重科"], inv="投资10亿元", status="planned", status_text="确保…签约落地"),
  proj("美的集团冰箱和小家电生产线项目", HD, H3, companies=["美的集团"], status="planned", status_text="紧密对接", opt=True, note="战略项目储备"),
 ],
 aggregate_facts=[
  fact(HD, "park", "gdp_cny", 5.2e9, "cny", H0, AS7, kind="target", chk=True),
  fact(HD, "park", "gdp_yoy_growth", 0.13, "ratio", H0, AS7, kind="target"),
  fact(HD, "park", "above_scale_industrial_value_added_cny", 2.7e9, "cny", "规模以上工业增加值27亿元,增长34.4%", AS7, kind="target", chk=True),
  fact(HD, "park", "above_scale_industrial_value_added_yoy_growth", 0.344, "ratio", "规模以上工业增加值27亿元,增长34.4%", AS7, kind="target"),
  fact(HD, "park", "fixed_asset_investment_cny", 5.95e9, "cny", "全社会固定资产投资59.5亿元,增长19%", AS7, kind="target", chk=True),
  fact(HD, "park", "fixed_asset_investment_yoy_growth", 0.19, "ratio", "全社会固定资产投资59.5亿元,增长19%", AS7, kind="target"),
  fact(HD, "park", "fiscal_revenue_cny", 9.5e8, "cny", "全部财政收入9.5亿元,增长22%", AS7, kind="target", chk=True),
  fact(HD, "park", "fiscal_revenue_yoy_growth", 0.22, "ratio", "全部财政收入9.5亿元,增长22%", AS7, kind="target"),
  fact(HD, "park", "retail_sales_cny", 3.4e9, "cny", "社会消费品零售总额34亿元,增长30%", AS7, kind="target", chk=True),
  fact(HD, "park", "retail_sales_yoy_growth", 0.30, "ratio", "社会消费品零售总额34亿元,增长30%", AS7, kind="target"),
  fact(HD, "park", "actual_fdi_usd", 5.5e7, "usd", "实际利用外资5500万美元,增长36%", AS7, kind="target"),
  fact(HD, "park", "actual_fdi_yoy_growth", 0.36, "ratio", "实际利用外资5500万美元,增长36%", AS7, kind="target"),
  fact(HD, "park", "key_projects", 45, "count", H2, AP7, kind="target"),
  fact(HD, "park", "major_projects_total_investment_cny", 2.28e10, "cny", H2, AP7, kind="target", chk=True),
  fact(HD, "park", "projects_in_production", 13, "count", H2, AP7, kind="target", opt=True),
  fact(HD, "park", "projects_under_construction", 16, "count", H2, AP7, kind="target", opt=True),
  fact(HD, "park", "projects_started", 16, "count", H2, AP7, kind="target", opt=True),
 ])

# ---------------------------------------------------------------- xq08 沧州高新区 东塑新能源材料工业园 (国际新能源网 2011)
CZ = "沧州高新技术产业开发区"
DS = "东塑新能源材料工业园项目"
K0 = "6月16上午,东塑新能源材料工业园项目在沧州高新技术产业开发区举行开工奠基仪式"
K1 = "东塑新能源材料工业园项目占地面积568亩,主要产品为各类新能源材料,整体工程计划分三期完成"
K2 = "另据沧州高新区负责人介绍,随后,庞大汽车科技文化广场、北京奥尔LED生产基地、中能环科高温凝结水处理设备等重点项目也将开工"
K3 = "预计这些项目建成投产后可实现销售收入140亿元,安置就业8000余人"
G["xq08"] = dict(
 article=art("沧州东塑新能源材料工业园项目开工奠基", "国际新能源网（newenergy.in-en.com），转载搜狐焦点网", "2011-06-20", "day",
  "Energy-industry portal relaying a real-estate portal, Hebei: the first project started in a new high-tech zone — site area and phases, three more named projects to start, expected sales and jobs",
  "https://newenergy.in-en.com/html/newenergy-1048613.shtml",
  "日期取页面“日期:2011-06-20 来源:搜狐焦点网 作者:搜狐焦点网”；奠基仪式6月16日（原文“6月16上午”，缺“日”，照录）。标题照录；导航、日期来源行、二维码与关键词行、文后网站链接已删。正文四段完整。园区：沧州高新技术产业开发区（文中又作“沧州高新区”“高新区”；河北沧州）；东塑新能源材料工业园同时是园区型项目（另列可选园区，parent 沧州高新技术产业开发区）。项目：东塑新能源材料工业园项目（开工奠基→开工；占地568亩，分三期）；庞大汽车科技文化广场、北京奥尔LED生产基地、中能环科高温凝结水处理设备“也将开工”→planned，园区由“沧州高新区负责人介绍”推定为沧州高新区。事实：“这些项目建成投产后可实现销售收入140亿元,安置就业8000余人”为预计（target），主语为这批项目，记在园区名下（可选）。公司：东塑集团（项目建设方，园区沧州高新区）。",
  "xq08"),
 parks=[
  park(CZ, "沧州", "河北", "高新区", K0, aliases=["沧州高新区"], note="文中又作“沧州高新区”“高新区”"),
  park("东塑新能源材料工业园", "沧州", "河北", "产业园", K0, parent=CZ, opt=True, note="园区型项目，亦列为园区"),
 ],
 companies=[
  comp("东塑集团", CZ, "东塑集团要以高标准的设计、高质量的施工,加快建设,争取早日建成达产", note="东塑新能源材料工业园项目建设方"),
 ],
 projects=[
  proj(DS, CZ, K0, companies=["东塑集团"], status="开工", status_text="举行开工奠基仪式", note="占地568亩，分三期"),
  proj("庞大汽车科技文化广场", CZ, K2, status="planned", status_text="也将开工", note="园区由语境推定"),
  proj("北京奥尔LED生产基地", CZ, K2, status="planned", status_text="也将开工", note="园区由语境推定"),
  proj("中能环科高温凝结水处理设备", CZ, K2, status="planned", status_text="也将开工", note="园区由语境推定；以设备名作项目名"),
 ],
 aggregate_facts=[
  fact(DS, "project", "site_area_mu", 568, "mu", K1, "2011-06"),
  fact(CZ, "park", "expected_annual_sales_cny", 1.4e10, "cny", K3, "建成投产后（预计）", kind="target", opt=True, chk=True, note="“这些项目”（庞大汽车科技文化广场等）建成投产后"),
  fact(CZ, "park", "expected_jobs", 8000, "count", K3, "建成投产后（预计）", kind="target", qual="余", qtext="余", opt=True),
 ])
