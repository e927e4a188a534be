# real270 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a district, county or city is not a park). Status from the text's
# words (开工 / 集中开工 / “开工一批” → 开工; 投产 → 投产; 签约 / 签约落户 → 签约; 落户 / 落地 alone → no status; 冲刺完工 /
# 扫尾 → 在建). “预计” figures are kind target; year-to-date counts (“截至2月底”, “今年以来”) are cumulative.
# Sources are `search` (corpus pages) excerpts saved in _raw/pages/riNN.raw as returned.

# ---------------------------------------------------------------- ri01 上海金山 2023年开年重大产业项目集中开工 (新华财经 2023)
WAN = "“上海湾区”高新区"
JS = "上海金山"
A0 = "上海金山举行2023年开年重大产业项目集中开工活动,开工的重大产业项目共有12个,总投资91亿元"
A1 = "此次开工项目中,引人关注的有大信·中信海直无人机华东总部基地项目"
A2 = "项目计划总投资12.1亿元,预计项目达纲达产后,年产值13.8亿元"
A3 = "本次开工的项目有6个,总投资23.1亿元,代表项目有:庄臣中国制造工厂新建项目"
A4 = "上海艾创包装科技有限公司新建的工业用纸包装生产建设项目,是本土优质企业上海艾录包装股份有限公司在结构调整及产业升级后的再次扩容,计划总投资6.9亿元"
A5 = "项目建成后将与“上海湾区”高新区的妙可蓝多强强联合"
A6 = "本次开工的上海石化的热电机组清洁提效改造工程项目是中石化集团与上海金山区政府再一次强强联手实施的“央地合作”"
A7 = "此项目已列为《上海市能源发展“十四五”规划》的重点能源建设项目,计划总投资37.5亿元"
ASA = "2023年1月3日（集中开工）"
G["ri01"] = dict(
 article=art("（无标题）上海金山2023年开年重大产业项目集中开工 12个项目总投资91亿元", "新华财经（记者李荣），载于 news.gtxh.com（存段未示站名与标题）", "2023-01-03", "day",
  "News agency's financial wire on a trade-news site, Shanghai: a district's new-year groundbreaking of 12 industrial projects — listed firms' projects (中信海直 drone base, 艾录's packaging plant via 上海艾创, 上海石化's power-plant retrofit) with sums, a multinational's plant, the district's totals, a listed dairy firm in the district's high-tech zone",
  "http://news.gtxh.com/rdxw/2023/0103/158250.html",
  "日期取电头“新华财经上海1月3日电”与网址 2023/0103。存段无标题（title 为编者概括），首行“(资料图片仅供参考)”已删；正文四段，完整（末段以“…助推化工行业向绿色低碳转型。”结束）。地点：上海市金山区（区，不作园区）；文中唯一点名的园区是“上海湾区”高新区（妙可蓝多所在），另“上海民用航空无人驾驶试验区”列为可选园区。项目：四个点名的开工项目均只落在“上海金山”，park 记 null；状态均为集中开工→开工。金额：中信海直无人机华东总部基地12.1亿元、艾创工业用纸包装6.9亿元、上海石化热电机组改造37.5亿元；庄臣项目无金额（只有用地168亩）。公司：上海艾创包装科技有限公司（项目主体）与上海艾录包装股份有限公司（上市母公司，“再次扩容”）；中信海直、庄臣、上海石化只在项目名或项目主体中出现；妙可蓝多在“上海湾区”高新区。事实：金山12个项目/91亿元（开工）；其中新材料6个/23.1亿元（可选）；中信海直项目达产后年产值13.8亿元（target，可选）。",
  "ri01"),
 parks=[
  park(WAN, "上海", "上海", "高新区", A5, district="金山区", note="文中只作“上海湾区”高新区；妙可蓝多所在"),
  park("上海民用航空无人驾驶试验区", "上海", "上海", "试验区", "助力上海民用航空无人驾驶试验区的发展", district="金山区", opt=True,
       note="民航无人驾驶试验区；是否算园区存疑"),
 ],
 companies=[
  comp("上海艾创包装科技有限公司", None, A4, note="项目主体；只落在上海金山"),
  comp("上海艾录包装股份有限公司", None, A4, note="上市公司（艾创的母公司），“再次扩容”"),
  comp("妙可蓝多", WAN, A5, note="“上海湾区”高新区的企业"),
  comp("中信海直", None, A1, opt=True, note="只在项目名“大信·中信海直无人机华东总部基地项目”中"),
  comp("上海石化", None, A6, opt=True, note="项目主体（“上海石化的…项目”）"),
  comp("中石化集团", None, A6, opt=True, note="与金山区政府“央地合作”"),
  comp("庄臣", None, A3, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("上海金山区政府", A6, note="合作方"),
 ],
 projects=[
  proj("大信·中信海直无人机华东总部基地项目", None, A1 + ",致力于打造国内领先的集行业级无人机生产制造、应用培训、应用运营、应用研发为一体的“软硬一体化”产业基地,助力上海民用航空无人驾驶试验区的发展。" + A2,
       companies=["中信海直"], inv="计划总投资12.1亿元", status="开工", status_text="集中开工", note="上海金山；达产后年产值13.8亿元"),
  proj("庄臣中国制造工厂新建项目", None, A3, companies=["庄臣"], status="开工", status_text="集中开工", note="无金额；用地168亩"),
  proj("工业用纸包装生产建设项目", None, A4, companies=["上海艾创包装科技有限公司", "上海艾录包装股份有限公司"], inv="计划总投资6.9亿元",
       status="开工", status_text="集中开工", aliases=["上海艾创包装科技有限公司新建的工业用纸包装生产建设项目"], note="上市公司艾录的再次扩容；用地141亩"),
  proj("热电机组清洁提效改造工程项目", None, "本次开工的上海石化的热电机组清洁提效改造工程项目是中石化集团与上海金山区政府再一次强强联手实施的“央地合作”。" + A7,
       companies=["上海石化"], inv="计划总投资37.5亿元", status="开工", status_text="集中开工", aliases=["上海石化的热电机组清洁提效改造工程项目"]),
 ],
 aggregate_facts=[
  fact(JS, "region", "projects_started", 12, "count", A0, ASA, note="重大产业项目"),
  fact(JS, "region", "projects_started_investment_cny", 9.1e9, "cny", "开工的重大产业项目共有12个,总投资91亿元", ASA, chk=True),
  fact(JS, "region", "projects_started", 6, "count", A3, ASA, opt=True, note="其中新材料产业项目"),
  fact(JS, "region", "projects_started_investment_cny", 2.31e9, "cny", "本次开工的项目有6个,总投资23.1亿元", ASA, opt=True, chk=True, note="其中新材料产业项目"),
  fact("大信·中信海直无人机华东总部基地项目", "project", "expected_annual_output_cny", 1.38e9, "cny", "预计项目达纲达产后,年产值13.8亿元", "达产后（预计）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- ri02 周口 第七期“开工一批” (大河财立方 2023)
ZK = "周口"
LG = "周口临港生物科技园"
B1 = "周口全市第七期“开工一批”项目93个,总投资883.94亿元"
B2 = "包括总投资108亿元的星耀科技年产2000万台智能手机及年产50万台智能EV信息化系统产业基地项目、总投资35亿元的周口临港生物科技园等项目"
B3 = "包括总投资17亿元的金丹科技15万吨生物降解材料聚乳酸工程项目、总投资16亿元的海鑫精密工业新能源汽车精密零组件制造等项目"
B4 = "特别是今天在周口市主会场开工的星耀科技公司总投资108亿元的项目"
B5 = "该项目投产后,预计年产值可达100亿元,每年可实现利税20亿元,安排就业3万人以上"
ASB = "2023年1月28日（第七期“开工一批”）"
G["ri02"] = dict(
 article=art("（无标题）周口第七期“开工一批”项目93个 总投资883.94亿元", "大河财立方（河南日报报业集团财经媒体；“文章来源:大河财立方”），载于 m.yktchina.com", "2023-01-28", "day",
  "Provincial paper's financial outlet relayed by an aggregator, Henan: a city's seventh round of project starts — counts and sums by field, named projects of a listed bioplastics maker (金丹科技) and others with sums, a park-development project, the flagship project's expected output",
  "http://m.yktchina.com/zx/2023/0128/60584.html",
  "日期取文中“1月28日”与网址 2023/0128。存段无标题（title 为编者概括）；首行“【资料图】”、末行“(文章来源:大河财立方)”与“推荐内容”已删。正文四段，完整。地点：周口市（城市，不作园区）。项目：星耀科技智能手机及智能EV信息化系统产业基地项目108亿元、周口临港生物科技园35亿元、金丹科技15万吨聚乳酸工程项目17亿元、海鑫精密工业新能源汽车精密零组件制造16亿元——均属“开工一批”→开工；文中未把它们放进任何园区，park 记 null。周口临港生物科技园作为园区开发项目另列为可选园区。公司：星耀科技（“星耀科技公司”）；星耀(河南)控股有限公司（董事长所在公司，可选）；金丹科技（上市公司，只在项目名中，可选）；海鑫精密工业（可选）。事实：93个/883.94亿元；先进制造业39个/278.6亿元、战略新兴产业17个/249.2亿元（可选）等；星耀项目投产后预计年产值100亿元、利税20亿元（target）。",
  "ri02"),
 parks=[
  park(LG, "周口", "河南", "产业园", B2, opt=True, note="文中是一个开工项目（园区开发项目），也列作可选园区"),
 ],
 companies=[
  comp("星耀科技", None, B4, aliases=["星耀科技公司"], note="108亿元项目的主体"),
  comp("星耀(河南)控股有限公司", None, "星耀(河南)控股有限公司董事长孙景春是学成报效家乡的成功周商", opt=True),
  comp("金丹科技", None, B3, opt=True, note="上市公司；只在项目名中"),
  comp("海鑫精密工业", None, B3, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("周口市发展改革委", "周口市发展改革委相关负责人在接受大河财立方记者采访时表示"),
 ],
 projects=[
  proj("星耀科技年产2000万台智能手机及年产50万台智能EV信息化系统产业基地项目", None, B2, companies=["星耀科技"], inv="总投资108亿元",
       status="开工", status_text="“开工一批”；在周口市主会场开工", note="投产后预计年产值100亿元"),
  proj(LG, None, B2, inv="总投资35亿元", status="开工", status_text="“开工一批”", note="园区开发项目"),
  proj("金丹科技15万吨生物降解材料聚乳酸工程项目", None, B3, companies=["金丹科技"], inv="总投资17亿元", status="开工", status_text="“开工一批”"),
  proj("海鑫精密工业新能源汽车精密零组件制造", None, B3, companies=["海鑫精密工业"], inv="总投资16亿元", status="开工", status_text="“开工一批”",
       ),
 ],
 aggregate_facts=[
  fact(ZK, "region", "projects_started", 93, "count", B1, ASB),
  fact(ZK, "region", "projects_started_investment_cny", 8.8394e10, "cny", B1, ASB, chk=True),
  fact(ZK, "region", "projects_started", 39, "count", "先进制造业项目39个,总投资278.6亿元", ASB, opt=True, note="其中先进制造业"),
  fact(ZK, "region", "projects_started_investment_cny", 2.786e10, "cny", "先进制造业项目39个,总投资278.6亿元", ASB, opt=True, chk=True, note="其中先进制造业"),
  fact(ZK, "region", "projects_started", 17, "count", "战略新兴产业项目17个,总投资249.2亿元", ASB, opt=True, note="其中战略新兴产业"),
  fact(ZK, "region", "projects_started_investment_cny", 2.492e10, "cny", "战略新兴产业项目17个,总投资249.2亿元", ASB, opt=True, chk=True, note="其中战略新兴产业"),
  fact("星耀科技年产2000万台智能手机及年产50万台智能EV信息化系统产业基地项目", "project", "expected_annual_output_cny", 1e10, "cny", "预计年产值可达100亿元,每年可实现利税20亿元", "投产后（预计）", kind="target", chk=True),
  fact("星耀科技年产2000万台智能手机及年产50万台智能EV信息化系统产业基地项目", "project", "expected_annual_profit_tax_cny", 2e9, "cny", "每年可实现利税20亿元", "投产后（预计）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- ri03 杭州湾上虞经开区 招商引资 (中国小康网 2024)
SY = "杭州湾上虞经济技术开发区"
C0 = "浙江杭州湾上虞经济技术开发区交出龙年首份招商引资“答卷”:截至2月底,计划总投资额超183亿元的4个项目相继签约落户"
C1 = "首次与杭州湾上虞经开区携手,北京恒泰洁能科技有限公司拿出十足诚意:将投资10.82亿元,打造恒泰洁能深冷科技高端装备研发智造项目"
C2 = "此次签约的永农生物酶催化绿色新材料项目是杭州湾上虞经开区今年签约的首个百亿级项目,也是一个追加投资项目。据悉,该项目计划总投资106亿元"
C3 = "签约的4个项目中,百亿级项目1个、50亿级项目1个、10亿级项目2个,新引进项目和内生项目各占一半"
ASC = "2024年1月至2月底"
G["ri03"] = dict(
 article=art("杭州湾上虞经开区奏响招商引资“春之曲”", "中国小康网（m.chinaxiaokang.com 财经频道·投资理财；存段无署名）", "2024-03-07", "day",
  "National magazine's finance channel, Zhejiang: a national economic-technological development zone's first signings of the year — four projects with their total, a new investor's equipment project and an incumbent's 106亿元 follow-on project with expected sales",
  "https://m.chinaxiaokang.com/wap/caijingpindao/touzilicai/20240307/1492959.html",
  "日期取网址 20240307。标题照录。存段末段“永农生物科学有限公司作为该项目的投资方,已扎根杭州湾上虞经开区十余载…公司发展势头强劲,产品品牌”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…预计可实现年销售收入141.28亿元。”，共五段。园区：杭州湾上虞经济技术开发区（文中全称作“浙江杭州湾上虞经济技术开发区”，简称“杭州湾上虞经开区”；绍兴市上虞区，浙江；国家级）。项目：恒泰洁能深冷科技高端装备研发智造项目（“将投资10.82亿元”，签约）；永农生物酶催化绿色新材料项目（“计划总投资106亿元”，签约，追加投资）；另两个签约项目未点名。公司：北京恒泰洁能科技有限公司（又作“恒泰洁能公司”）；永农生物（只在项目名与“永农生物公司相关负责人”中，全称在删去的末段，可选）。事实：截至2月底签约4个项目、超183亿元（cumulative）；百亿级1个等（可选）；永农项目预计年销售收入141.28亿元（target）。",
  "ri03"),
 parks=[
  park(SY, "绍兴", "浙江", "经济技术开发区", C0, district="上虞区", aliases=["杭州湾上虞经开区"], note="文中又作“经开区”；全称前有“浙江”"),
 ],
 companies=[
  comp("北京恒泰洁能科技有限公司", SY, C1, aliases=["恒泰洁能公司", "恒泰洁能"], note="首次在经开区投资"),
  comp("永农生物", SY, C2, opt=True,
       aliases=["永农生物公司"], note="老企业追加投资；全称“永农生物科学有限公司”在删去的末段"),
 ],
 projects=[
  proj("恒泰洁能深冷科技高端装备研发智造项目", SY, C1, companies=["北京恒泰洁能科技有限公司"], inv="将投资10.82亿元", status="签约", status_text="签约落户",
       note="主要生产二氧化碳捕集利用装置(CCUS)等化工装备"),
  proj("永农生物酶催化绿色新材料项目", SY, C2, companies=["永农生物"], inv="计划总投资106亿元", status="签约", status_text="签约（追加投资）",
       note="百亿级；预计年销售收入141.28亿元"),
 ],
 aggregate_facts=[
  fact(SY, "park", "projects_signed", 4, "count", C0, ASC, kind="cumulative"),
  fact(SY, "park", "signed_investment_cny", 1.83e10, "cny", "计划总投资额超183亿元的4个项目相继签约落户", ASC, kind="cumulative", qual="超", qtext="超", chk=True),
  fact(SY, "park", "projects_signed_10bn_plus", 1, "count", C3, ASC, kind="cumulative", opt=True, note="百亿级项目"),
  fact("永农生物酶催化绿色新材料项目", "project", "expected_annual_sales_cny", 1.4128e10, "cny", "预计可实现年销售收入141.28亿元", "建成后（预计）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- ri04 郑东新区 第四季度招商引资签约 (正观新闻 2024)
ZD = "郑东新区"
KC = "郑州中原科技城"
D0 = "郑东新区在龙子湖智慧岛隆重举行第四季度招商引资重点项目签约仪式,共计签约项目35个,投资总额超145亿元"
D1 = "全球领先无人智能配送企业新石器公司设立的中原区域总部及中央模组智能制造基地"
D2 = "汇聚中国科学院过程所高层次人才团队的钛酸锶装备制造生产基地暨锶产业研究院"
D3 = "同时还有以上市企业仲景宛西制药研发中心为代表的生物医药产业项目"
ASD = "2024年11月2日（第四季度签约仪式）"
G["ri04"] = dict(
 article=art("（无标题）郑东新区第四季度招商引资重点项目签约 35个项目投资总额超145亿元", "正观新闻（郑州报业集团；记者王阳，通讯员侯京博、程雪茹），zhengguannews.cn", "2024-11-02", "day",
  "City paper's news app, Henan: a new district's quarterly investment signing — 35 projects and their total, named projects of an autonomous-delivery firm, a research-team venture and a listed pharmaceutical firm's R&D centre",
  "https://zhengguannews.cn/zghnews/269747.html",
  "存段无标题、无日期行（title 为编者概括）；年份取同次检索所得“郑东发布”同文（m.dingxinwen.cn：“2024年11月2日,郑东新区…”），文中“11月2日”。记者、通讯员署名行在正文前，保留为首段。存段末段“据了解,新石器中原区域总部…进一步提升郑州”在句中中断，整段删去，正文截至“…带来无限生机和活力。”，共三段。园区：郑东新区（郑州，河南；新区）；郑州中原科技城（文中又作“中原科技城”，在郑东新区内，可选，母园区郑东新区由常识推定）；龙子湖智慧岛（签约地点，可选）。项目（均为本次签约→签约，均无单项金额）：新石器中原区域总部及中央模组智能制造基地、钛酸锶装备制造生产基地暨锶产业研究院、仲景宛西制药研发中心。公司：新石器慧通(北京)科技有限公司（又作“新石器公司”）；仲景宛西制药（文称“上市企业”）。中国科学院过程所列可选机构。事实：签约35个、超145亿元（reported）。",
  "ri04"),
 parks=[
  park(ZD, "郑州", "河南", "新区", D0, note="文中又作“区域”"),
  park(KC, "郑州", "河南", "科技城", "郑州中原科技城党工委书记孙建功", parent=ZD, aliases=["中原科技城"], opt=True, note="与郑东新区一体管理；母园区由常识推定"),
  park("龙子湖智慧岛", "郑州", "河南", "园区", D0, parent=ZD, opt=True, note="签约仪式地点"),
 ],
 companies=[
  comp("新石器慧通(北京)科技有限公司", ZD, "新石器慧通(北京)科技有限公司联合创始人张卫玲等领导嘉宾出席签约仪式", aliases=["新石器公司", "新石器"], note="在郑东新区设中原区域总部及制造基地"),
  comp("仲景宛西制药", ZD, D3, note="文称“上市企业”；研发中心项目签约"),
 ],
 institutions=[
  inst("中国科学院过程所", D2, kind="research", note="人才团队来源"),
 ],
 projects=[
  proj("新石器中原区域总部及中央模组智能制造基地", ZD, D1, companies=["新石器慧通(北京)科技有限公司"], status="签约", status_text="本次签约的项目",
       note="五年累计落地5.5万台模组（在删去的末段）"),
  proj("钛酸锶装备制造生产基地暨锶产业研究院", ZD, D2, status="签约", status_text="本次签约的项目"),
  proj("仲景宛西制药研发中心", ZD, D3, companies=["仲景宛西制药"], status="签约", status_text="本次签约的项目"),
 ],
 aggregate_facts=[
  fact(ZD, "park", "projects_signed", 35, "count", D0, ASD),
  fact(ZD, "park", "signed_investment_cny", 1.45e10, "cny", "共计签约项目35个,投资总额超145亿元", ASD, qual="超", qtext="超", chk=True),
 ])

# ---------------------------------------------------------------- ri05 宁德时代车里湾扩能项目 (2022)
CL = "宁德时代新能源车里湾扩能项目"
NDS = "宁德市"
E0 = "走进位于福建省宁德市蕉城区城南镇与飞鸾镇交界处的宁德时代新能源车里湾扩能项目现场,可见该项目已进入冲刺完工阶段"
E1 = "宁德时代新能源车里湾扩能项目总用地面积2316亩,工业厂区及周边配套基础设施建设总投资约135亿元"
E2 = "项目主要生产新能源汽车动力电池及储能电池,计划产能45GWh,达产后年新增产值约500亿元,可新增就业岗位6000多个"
E3 = "数据显示,今年1月至5月宁德市锂电新能源、新能源汽车、不锈钢新材料、铜材料四大主导产业增加值同比增长29.0%,实现工业增加值占全市规模以上工业的81.0%"
G["ri05"] = dict(
 article=art("（无标题）宁德时代新能源车里湾扩能项目进入冲刺完工阶段", "m.3bf.cc（资讯站转载；原出处与署名存段未示）", "2022-07-23", "day",
  "Aggregator relay of a regional news item, Fujian: a listed battery maker's expansion plant near completion — site area, total investment, capacity, expected output and jobs, the road project serving it, the city's four leading industries and their growth",
  "http://m.3bf.cc/xinwen/20220723/2366576.html",
  "日期取网址 20220723（文中“巫白21日说”，事在7月21日前后）；原出处未示。存段无标题（title 为编者概括）；段间“(资料图)”已删。存段末段“作为宁德主导产业之一,2011年宁德时代落户以来,宁”在句中中断，整段删去，正文截至“…贡献率高达96.8%。”，共七段。地点：宁德市蕉城区城南镇与飞鸾镇交界处——文中无园区名（“车里湾基地”是企业基地，不作园区），parks 为空。项目：宁德时代新能源车里湾扩能项目（“总投资约135亿元”→约；“冲刺完工”“进入扫尾阶段”→在建），park null；G104国道改扩建工程（车里湾基地配套，基本完工，无金额，可选）。公司：宁德时代新能源科技股份有限公司（上市公司；又作“宁德时代”）；中交路桥建设有限公司（施工方，可选）；上汽、青拓、中铜只被提及（可选）。事实：项目计划产能45GWh、达产后年新增产值约500亿元（target）；扩产至59GWh（可选）；宁德市四大主导产业1–5月增加值增长29.0%、占规上工业81.0%（ratio）。",
  "ri05"),
 parks=[],
 companies=[
  comp("宁德时代新能源科技股份有限公司", None, "“近期,宁德时代新能源科技股份有限公司计划提升产能至59GWh,达产后产能将达600多亿元。”", aliases=["宁德时代"],
       note="上市公司；车里湾在宁德市蕉城区，文中无园区"),
  comp("中交路桥建设有限公司", None, "中交路桥建设有限公司宁德车里湾项目工区主任白春刚说", opt=True, note="施工方"),
  comp("上汽", None, "近年来接连落地宁德时代、上汽、青拓、中铜等大项目", opt=True),
  comp("青拓", None, "近年来接连落地宁德时代、上汽、青拓、中铜等大项目", opt=True),
  comp("中铜", None, "近年来接连落地宁德时代、上汽、青拓、中铜等大项目", opt=True),
 ],
 projects=[
  proj(CL, None, E1, companies=["宁德时代新能源科技股份有限公司"], inv="总投资约135亿元", qual="约", qual_text="约", status="在建",
       status_text="进入冲刺完工阶段；各项工程均进入扫尾阶段", note="蕉城区城南镇与飞鸾镇交界处；计划产能45GWh"),
  proj("国道G104改扩建项目", None, "国道G104改扩建项目全线按双向四车道一级公路标准建设", status="在建", status_text="主体工程基本完工、已实现半幅通车；全面进入收尾阶段",
       aliases=["车里湾基地配套项目G104国道改扩建工程项目"], opt=True, note="车里湾基地配套道路；无金额"),
 ],
 aggregate_facts=[
  fact(CL, "project", "capacity_gwh", 45, "GWh", E2, "达产后（计划）", kind="target", opt=True),
  fact(CL, "project", "expected_annual_output_cny", 5e10, "cny", "达产后年新增产值约500亿元", "达产后（预计）", kind="target", qual="约", qtext="约", chk=True),
  fact(CL, "project", "land_area_mu", 2316, "mu", E1, "2022年7月", opt=True),
  fact(CL, "project", "jobs_expected", 6000, "count", E2, "达产后（预计）", kind="target", qual="余", qtext="多", opt=True),
  fact(NDS, "region", "leading_industries_value_added_yoy_growth", 0.29, "ratio", E3, "2022年1–5月", kind="ratio"),
  fact(NDS, "region", "leading_industries_share_of_industrial_value_added", 0.81, "ratio", E3, "2022年1–5月", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- ri06 高技术制造业投资 round-up (2024, H1 figures)
ZQ = "肇庆高新区"
F0 = "爱旭股份总投资100亿元在安徽滁州建设年产15GW高效晶硅太阳能电池产能项目"
F1 = "总投资约100亿元的奕斯伟半导体材料产业基地落户广东珠海"
F2 = "埃克森美孚追加投资100亿元建设广东惠州乙烯一期项目"
F3 = "中原内配投资40亿元在河南焦作建设氢能产业园"
F4 = "总投资21亿元的石墨烯产业链科技成果高质转化基地项目落地重庆"
F5 = "总投资40亿元的全球最大单套年产100万吨丙烷脱氢项目中景石化二期在福建福清正式投产"
F6 = "与肇庆高新区一道推进大旺新能源智能汽车产业城建设"
F7 = "上半年,高技术制造业投资同比增长10.1%,增速比制造业投资高0.6个百分点"
ASF = "2024年上半年（推定）"
G["ri06"] = dict(
 article=art("（无标题）高技术制造业投资迅猛增长：爱旭股份、奕斯伟、中原内配等项目", "dmdsy.com（转载页；原出处与署名存段未示）", "2024-07", "month",
  "Aggregator copy of a national economic feature: high-tech manufacturing investment in the first half-year — listed and other firms' named projects with sums (solar cells, semiconductor materials, ethylene, a hydrogen park, graphene, propane dehydrogenation in production), an EV maker's supplier park with a high-tech zone, national growth rates",
  "https://www.dmdsy.com/Hot-22/2734.html",
  "页面无日期、无标题（title 为编者概括）。日期推定：文中“上半年,高技术制造业投资同比增长10.1%,增速比制造业投资高0.6个百分点”与国家统计局2024年上半年数据相合（7月中旬发布），故记 2024-07（month，推定，可能稍晚）。存段末段“高技术制造业投资‘含智量’更高了…等综合型智能制造”在句中中断，整段删去，正文截至小鹏汽车一段，共七段；“密集“上新”,增势良好 向“绿”向“智”,向未来”是小标题行，照录为一段。园区：肇庆高新区（肇庆，广东）；大旺新能源智能汽车产业城（与肇庆高新区共建，可选；母园区推定）。项目（文中只给城市，park 记 null）：爱旭股份年产15GW高效晶硅太阳能电池产能项目（100亿元，“在安徽滁州建设”→在建，可无状态）；奕斯伟半导体材料产业基地（约100亿元，落户→无状态）；广东惠州乙烯一期项目（埃克森美孚“追加投资100亿元”，金额为追加额）；中原内配氢能产业园（40亿元，在建/无状态）；石墨烯产业链科技成果高质转化基地项目（21亿元，落地→无状态）；中景石化二期丙烷脱氢项目（40亿元，正式投产→投产）。事实：全国高技术制造业投资上半年增长10.1%等（ratio，主体“中国”）。",
  "ri06", title_note="页面未示标题；原文似为中央媒体的经济报道，未能确认"),
 parks=[
  park(ZQ, "肇庆", "广东", "高新区", F6, note="小鹏汽车与之共建大旺新能源智能汽车产业城"),
  park("大旺新能源智能汽车产业城", "肇庆", "广东", "产业城", F6, parent=ZQ, opt=True, note="在建的产业城；母园区由“与肇庆高新区一道推进”推定"),
 ],
 companies=[
  comp("爱旭股份", None, F0, note="上市公司；安徽滁州"),
  comp("奕斯伟", None, F1, opt=True, note="只在项目名中；广东珠海"),
  comp("埃克森美孚", None, F2, note="广东惠州"),
  comp("中原内配", None, F3, note="上市公司；河南焦作"),
  comp("中景石化", None, F5, opt=True, note="只在项目名中；福建福清"),
  comp("小鹏汽车", ZQ, "小鹏汽车董事长何小鹏表示,期望在未来2至3年内引入小鹏汽车上下游供应链企业项目80到100家,与肇庆高新区一道推进大旺新能源智能汽车产业城建设",
       opt=True, note="园区位置由语境推断"),
 ],
 projects=[
  proj("年产15GW高效晶硅太阳能电池产能项目", None, F0, companies=["爱旭股份"], inv="总投资100亿元", status="在建", status_alt=None, status_text="在安徽滁州建设",
       note="安徽滁州；“建设”可读作在建或只是投资计划"),
  proj("奕斯伟半导体材料产业基地", None, F1, companies=["奕斯伟"], inv="总投资约100亿元", qual="约", qual_text="约", status=None, status_text="落户", note="广东珠海"),
  proj("广东惠州乙烯一期项目", None, F2, companies=["埃克森美孚"], inv="追加投资100亿元", status=None, status_alt="在建", status_text="追加投资…建设",
       aliases=["惠州乙烯一期项目"], note="金额为追加投资额，非总投资"),
  proj("氢能产业园", None, F3, companies=["中原内配"], inv="投资40亿元", status="在建", status_alt=None, status_text="在河南焦作建设",
       note="河南焦作；企业投资的产业园项目"),
  proj("石墨烯产业链科技成果高质转化基地项目", None, F4, inv="总投资21亿元", status=None, status_text="落地", note="重庆"),
  proj("中景石化二期", None, F5, companies=["中景石化"], inv="总投资40亿元", status="投产", status_text="正式投产", phase="二期",
       aliases=["全球最大单套年产100万吨丙烷脱氢项目中景石化二期", "年产100万吨丙烷脱氢项目"], note="福建福清"),
 ],
 aggregate_facts=[
  fact("中国", "region", "high_tech_manufacturing_investment_yoy_growth", 0.101, "ratio", F7, ASF, kind="ratio"),
  fact("中国", "region", "aerospace_manufacturing_investment_yoy_growth", 0.383, "ratio", "航空、航天器及设备制造业投资增长38.3%", ASF, kind="ratio", opt=True),
  fact("中国", "region", "computer_office_equipment_investment_yoy_growth", 0.121, "ratio", "计算机及办公设备制造业投资增长12.1%", ASF, kind="ratio", opt=True),
  fact("中国", "region", "electronics_telecom_equipment_investment_yoy_growth", 0.099, "ratio", "电子及通信设备制造业投资增长9.9%", ASF, kind="ratio", opt=True),
  fact("中国", "region", "distributed_pv_investment_yoy_growth", 0.762, "ratio", "上半年,我国分布式光伏投资同比增长76.2%", ASF, kind="ratio", opt=True),
 ])
