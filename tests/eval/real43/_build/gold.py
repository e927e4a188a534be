# real43 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there)
# Conventions as real28–real42: evidence verbatim (zm01 is traditional script as published by a Hong Kong paper, the rest
# simplified); names as written in the text; 逾/超过/超/以上 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word).
# Money: yuan in investment_cny / *_cny facts (first amount of the evidence). Growth rates and shares as ratios.
# Projects: the park is the one the text places the project in, null if none (zm01, zm04, zm09). Status from the text's words
# (竣工 → 竣工; 建成投產 / 建成運營 → 投产; 完成主體工程 / 加快建設 → 在建; 開工奠基 → 开工; 預計…開工建設 / 将加快推进…落地建设 /
# 前期工作 / 土地预征 → planned; 集中签约 → 签约; “开竣工” together or “进展顺利” → no status).
# Sources are `search` (corpus pages) excerpts typed into _raw/pages/zmNN.raw as returned.

# ---------------------------------------------------------------- zm01 哈爾濱 2024 招商落地項目 (香港商報 2025, traditional)
A0 = "2024年,全市新入統落地招商項目242個,簽約額1383.9億元"
A1 = "國內最大、年產180顆衛星的工大衛星總部基地項目竣工,計劃上半年投產"
A2 = "聯合飛機大型無人機完成主體工程,今年建成後具備年產1萬架無人機產能"
A3 = "哈鍋氫能綜合性試驗基地項目計劃入駐高端電氣裝備智能製造基地,預計年內開工建設"
A4 = "欽實新能源船舶與綠色港航融合發展示範基地預計9月底前開工建設"
A5 = "全國最大國產化單集群中國移動萬卡智算中心建成運營,算力規模達6900P,為中國信息通信研究院、安天科技等20戶企業提供算力服務"
A6 = "達到國內先進水平的科友半導體碳化矽產業園產能加快擴增"
A7 = "三聯藥業大輸液(二期)、東方基因研發生產基地、華大基因超級測序工廠建成投產"
A8 = "龍江學子創業園(一期)項目8條產線和檢測中心已建成投產,超高純銅材料產線預計年內投產"
A9 = "總投資77億元的亞布力抽水蓄能電站項目可行性研究報告提交國網待批覆,預計年內開工建設"
HEB = "高端電氣裝備智能製造基地"
G["zm01"] = dict(
 article=art("（無標題）哈爾濱2024年新入統落地招商項目242個 簽約額1383.9億元", "香港商報（記者 張曉磊 實習生 白雨彤），hkcd.com", "2025-04-15", "day",
  "Hong Kong daily, traditional script, on a north-eastern city: a press conference on 2024 investment attraction — landed projects and signed amount, then one line per industry naming projects with their status (completed, main works done, to start, operating, in production, capacity expanding) and one amount",
  "https://www.hkcd.com/content_p/2025-04/15/content_185505.html",
  "日期取網址 content_p/2025-04/15 與首句“4月15日上午”。存段無標題行（title 為編者概括）。正文七段，完整，末段句末的記者署名“(記者 張曉磊 實習生 白雨彤)”保留；其後的圖片說明“頂圖:新聞發布會現場”已刪。繁體原文（香港報紙），未轉換；「」引號照錄。文中沒有開發區或園區作為主體：“高端電氣裝備智能製造基地”只作哈鍋項目擬入駐之處，列為可選園區；“科友半導體碳化矽產業園”“龍江學子創業園(一期)項目”是項目名，不列為園區。項目 park 皆為 null（哈鍋項目除外）。狀態：“竣工”→竣工（工大衛星，另“計劃上半年投產”）；“完成主體工程”→在建；“預計…開工建設”→planned；“建成運營”“建成投產”→投产；“產能加快擴增”→投产（可選）。“全市”= 哈爾濱市（region）。",
  "zm01", title_note="no headline stored; title made from the lead"),
 parks=[
  park(HEB, "哈爾濱", "黑龍江", "智能製造基地", A3, opt=True, note="只作哈鍋項目擬入駐之處"),
 ],
 companies=[
  comp("聯合飛機", None, A2, note="大型無人機項目"),
  comp("中國移動", None, A5, opt=True, note="萬卡智算中心"),
  comp("安天科技", None, A5, opt=True, note="算力服務用戶之一"),
  comp("科友半導體", None, A6, note="碳化矽產業園"),
  comp("三聯藥業", None, A7),
  comp("東方基因", None, A7),
  comp("華大基因", None, A7),
 ],
 institutions=[
  inst("哈爾濱市企業和投資服務局", "哈爾濱市企業和投資服務局黨組成員、副局長劉向英介紹", note="文中又作“市投資服務局”"),
  inst("哈爾濱市人民政府新聞辦公室", "哈爾濱市人民政府新聞辦公室主辦"),
  inst("中國信息通信研究院", A5, kind="research"),
 ],
 projects=[
  proj("工大衛星總部基地項目", None, A1, status="竣工", status_text="竣工,計劃上半年投產", note="年產180顆衛星"),
  proj("聯合飛機大型無人機項目", None, A2, companies=["聯合飛機"], status="在建", status_text="完成主體工程,今年建成後", opt=True,
       note="名稱為編者概括（文中“聯合飛機大型無人機完成主體工程”）"),
  proj("哈鍋氫能綜合性試驗基地項目", HEB, A3, status="planned", status_text="計劃入駐…預計年內開工建設"),
  proj("欽實新能源船舶與綠色港航融合發展示範基地", None, A4, status="planned", status_text="預計9月底前開工建設"),
  proj("中國移動萬卡智算中心", None, A5, companies=["中國移動"], status="投产", status_text="建成運營"),
  proj("科友半導體碳化矽產業園", None, A6, companies=["科友半導體"], status="投产", status_text="產能加快擴增", opt=True,
       note="只說產能加快擴增"),
  proj("三聯藥業大輸液(二期)", None, A7, companies=["三聯藥業"], status="投产", status_text="建成投產", phase="二期"),
  proj("東方基因研發生產基地", None, A7, companies=["東方基因"], status="投产", status_text="建成投產"),
  proj("華大基因超級測序工廠", None, A7, companies=["華大基因"], status="投产", status_text="建成投產"),
  proj("龍江學子創業園(一期)項目", None, A8, status="投产", status_text="8條產線和檢測中心已建成投產", phase="一期"),
  proj("超高純銅材料產線", None, A8, status="在建", status_text="預計年內投產", opt=True),
  proj("亞布力抽水蓄能電站項目", None, A9, inv="總投資77億元", status="planned", status_text="可行性研究報告提交國網待批覆,預計年內開工建設"),
 ],
 aggregate_facts=[
  fact("哈爾濱市", "region", "investment_projects_landed", 242, "count", A0, "2024年"),
  fact("哈爾濱市", "region", "signed_investment_cny", 1.3839e11, "cny", "簽約額1383.9億元", "2024年", chk=True),
  fact("工大衛星總部基地項目", "project", "annual_capacity_satellites", 180, "count", A1, "設計產能", kind="target", opt=True),
  fact("中國移動萬卡智算中心", "project", "computing_power_p", 6900, "P", A5, "2025年4月", opt=True),
  fact("中國移動萬卡智算中心", "project", "firms_served", 20, "count", A5, "2025年4月", opt=True),
 ])

# ---------------------------------------------------------------- zm02 哈尔滨临空经济区 中央厨房项目二期开工 (黑龙江经济网 2023)
LK = "哈尔滨临空经济区"
B0 = "8月10日,哈尔滨临空经济区中国供销哈尔滨中央厨房仓储物流项目二期开工奠基仪式举行"
B1 = "临空经济区中国供销哈尔滨中央厨房仓储物流项目由哈尔滨新合作喜供农产品供应链管理有限公司投资,总投资约4亿元,占地14万平方米"
B2 = "此次开工的二期项目主要建设研发中心、展厅和中央厨房(预制菜),总建筑面积1.2万平方米,预计今年11月15日完成主体封顶"
B3 = "年产值预计近7亿元"
B4 = "也将带动上下游2000人就业"
PJ = "中国供销哈尔滨中央厨房仓储物流项目"
G["zm02"] = dict(
 article=art("（无标题）哈尔滨临空经济区中国供销哈尔滨中央厨房仓储物流项目二期开工", "黑龙江经济网（黑龙江经济网讯，记者商祺），hljen.org.cn", "2023-08-11", "day",
  "Provincial economic news site, north-east: one project's phase-2 groundbreaking in an airport economic zone — investor, total investment, site area, phase-1 progress, phase-2 contents and floor area, expected output by product, annual output value and jobs",
  "http://hljen.org.cn/content/2023-08/11/content_715167.html",
  "日期取网址 content/2023-08/11（仪式“8月10日”）。存段无标题（title 为编者概括）。正文三段，完整，无删改。园区文中作“哈尔滨临空经济区”“临空经济区”，city 哈尔滨，province 黑龙江。项目一个，二期开工：status 开工（“二期开工奠基仪式举行”），phase 二期；“总投资约4亿元”是整个项目的投资（一期已建成、正在准备验收）。投资方哈尔滨新合作喜供农产品供应链管理有限公司列为公司（园区哈尔滨临空经济区）。“年产值预计近7亿元”“带动上下游2000人就业”是项目的预期（target）。产量（鲜食玉米穗3600吨等）不记。",
  "zm02", title_note="no headline stored; title made from the lead"),
 parks=[
  park(LK, "哈尔滨", "黑龙江", "临空经济区", B0, aliases=["临空经济区"], note="文中又作“临空经济区”"),
 ],
 companies=[
  comp("哈尔滨新合作喜供农产品供应链管理有限公司", LK, B1, note="项目投资方"),
 ],
 institutions=[
  inst("哈尔滨临空经济区管理委员会", "哈尔滨临空经济区管理委员会专职副主任张守富"),
 ],
 projects=[
  proj(PJ, LK, B1, companies=["哈尔滨新合作喜供农产品供应链管理有限公司"], inv="总投资约4亿元", qual="约", qual_text="约",
       status="开工", status_text="项目二期开工奠基仪式举行", phase="二期",
       aliases=["临空经济区中国供销哈尔滨中央厨房仓储物流项目"], note="一期已建成、准备验收；二期开工；4亿元为项目总投资"),
 ],
 aggregate_facts=[
  fact(PJ, "project", "site_area_m2", 140000, "m2", B1, "2023年8月", opt=True),
  fact(PJ, "project", "phase2_floor_area_m2", 12000, "m2", B2, "2023年8月", opt=True),
  fact(PJ, "project", "expected_annual_output_cny", 7e8, "cny", B3, "建成后（预计）", kind="target", qual="约", qtext="近", chk=True),
  fact(PJ, "project", "expected_jobs", 2000, "count", B4, "建成后（预计）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- zm03 南宁六景工业园区 重大项目 (氯碱网 2008)
LJ = "南宁六景工业园区"
C0 = "广西南宁六景工业园区是广西南宁横县发展工业经济的主要载体"
C1 = "总投资183亿元的国电南宁电厂项目,其中首期投资45亿元的2*660MV机组新建工程项目进场道路及铁路专线已开工建设,首期用地即将交付"
C2 = "总投资32.8亿元的南宁绿洲化工有限责任公司年产30万吨烧碱和年产32万吨聚氯乙烯项目已列入2008年自治区层面统筹推进的重大项目,目前正在开展土地预征工作"
C3 = "总投资54亿元的南宁劲达兴浆纸有限公司年产9.8万吨浆和年产20万吨高级文化纸项目已列入2008年自治区层面统筹推进的重大项目,前期工作正在积极开展"
C4 = "总投资15.628亿元的广西永凯糖业有限公司年产9.5万吨漂白蔗渣浆项目、年产20万吨文化用纸项目和年产30万吨精制糖项目进展顺利"
C5 = "上述重大项目竣工投产后,将实现年产值约575.56亿元,年实现利税约19.37亿元"
G["zm03"] = dict(
 article=art("南宁绿洲化工氯碱项目已列入2008年自治区工作重点", "氯碱网（编辑：氯碱网；原刊未注明），ccaon.com", "2008-09-09", "day",
  "Trade site item on a Guangxi county park: the park's major projects one by one — total and first-phase investment, status words (access road started, land pre-acquisition, preparatory work, progressing), expected output value and taxes",
  "http://www.ccaon.com/content.asp?aim_id_field_true=ecrp_id&id=5141&inner_table=new_notprod_mrjd",
  "日期取页面“更新日期:2008-9-9”（已删，与“编辑:氯碱网 |”“在线收藏 |”“|”一并删去）。标题照录（只说绿洲化工一项，正文写全园重大项目）。正文两段，完整（末句“年实现利税约19.37亿元。”）。同段文字亦见于 gxcounty.com 2008-09-09 的长文（该摘录被截断，未用）；原刊未注明。园区文中作“广西南宁六景工业园区”“园区”，name 取“南宁六景工业园区”，city 南宁，district 横县，province 广西。状态：国电南宁电厂“进场道路及铁路专线已开工建设，首期用地即将交付”→开工（主体未开工，status_alt 在建）；绿洲化工“正在开展土地预征工作”、劲达兴“前期工作正在积极开展”→planned；永凯糖业三个项目“进展顺利”→不记状态，三项合计15.628亿元，以第一项为名，列为可选。首期2*660MV机组工程（首期投资45亿元）不另列项目（避免与电厂项目同名合并），记为电厂项目的可选事实。“年产值约575.56亿元”“年实现利税约19.37亿元”是上述项目合计的预期（target，约）。",
  "zm03"),
 parks=[
  park(LJ, "南宁", "广西", "工业园区（自治区级）", C0, district="横县", aliases=["广西南宁六景工业园区"], note="文中作“广西南宁六景工业园区”“园区”"),
 ],
 companies=[
  comp("南宁绿洲化工有限责任公司", LJ, C2, aliases=["绿洲化工"]),
  comp("南宁劲达兴浆纸有限公司", LJ, C3),
  comp("广西永凯糖业有限公司", LJ, C4),
  comp("国电", LJ, C1, opt=True, note="只作项目名“国电南宁电厂项目”的一部分"),
 ],
 projects=[
  proj("国电南宁电厂项目", LJ, C1, inv="总投资183亿元", status="开工", status_text="进场道路及铁路专线已开工建设", status_alt="在建",
       note="首期投资45亿元（2*660MV机组新建工程）"),
  proj("南宁绿洲化工有限责任公司年产30万吨烧碱和年产32万吨聚氯乙烯项目", LJ, C2, companies=["南宁绿洲化工有限责任公司"],
       inv="总投资32.8亿元", status="planned", status_text="正在开展土地预征工作", aliases=["南宁绿洲化工氯碱项目"],
       note="标题作“南宁绿洲化工氯碱项目”；列入2008年自治区层面统筹推进的重大项目"),
  proj("南宁劲达兴浆纸有限公司年产9.8万吨浆和年产20万吨高级文化纸项目", LJ, C3, companies=["南宁劲达兴浆纸有限公司"],
       inv="总投资54亿元", status="planned", status_text="前期工作正在积极开展"),
  proj("广西永凯糖业有限公司年产9.5万吨漂白蔗渣浆项目", LJ, C4, companies=["广西永凯糖业有限公司"], inv="总投资15.628亿元",
       opt=True, note="15.628亿元是三个项目（蔗渣浆、文化用纸、精制糖）的合计；“进展顺利”不记状态"),
 ],
 aggregate_facts=[
  fact("国电南宁电厂项目", "project", "first_phase_investment_cny", 4.5e9, "cny", "首期投资45亿元的2*660MV机组新建工程项目",
       "2008年9月", opt=True, chk=True, note="首期2*660MV机组新建工程"),
  fact(LJ + "（上述重大项目）", "park", "expected_annual_output_cny", 5.7556e10, "cny", "将实现年产值约575.56亿元", "竣工投产后（预测）",
       kind="target", qual="约", qtext="约", chk=True),
  fact(LJ + "（上述重大项目）", "park", "expected_annual_profit_tax_cny", 1.937e9, "cny", "年实现利税约19.37亿元", "竣工投产后（预测）",
       kind="target", qual="约", qtext="约", chk=True),
 ])

# ---------------------------------------------------------------- zm04 来宾 建市8周年 21个项目集中开竣工 (本报 2010)
D0 = "累计有21个项目集中开竣工,向建市8周年献礼,项目累计投资165.45亿元"
D1 = "其中,开工项目11项,总投资140.37亿元;竣工项目10项,总投资25.08亿元"
D2 = "当天开竣工的华侨大道、天然桥路东段改造工程、农贸综合批发市场工程、市委党校、教育园区基础设施项目、广西东盟国际职业技术学院等8个项目,总投资达65.5亿元"
D3 = "塑料光纤三网融合项目总投资预计22亿元,拟用地1000亩"
D4 = "迁华陶瓷产业基地总体规划为5000亩,总投资50亿元以上,预计工业总产值100亿元以上"
D5 = "投资超10亿元的项目有来宾市塑料光纤三网融合项目、迁华陶瓷产业基地暨年产5000万平方米陶瓷项目等"
G["zm04"] = dict(
 article=art("（无标题）来宾建市8周年 21个项目集中开竣工 累计投资165.45亿元", "本报（本报来宾讯，记者/陈坤），载于 yybnet.net 来宾新闻", "2010-12", "month",
  "Local paper, Guangxi: a city's anniversary groundbreaking and completion of 21 projects — totals for started and completed projects, the day's eight projects, two industrial projects over 1 billion with investment, land, lines, expected sales and output",
  "https://www.yybnet.net/laibin/news/201012/903568.html",
  "日期只有网址 201012 与文中“12月28日，是来宾建市8周年纪念日”（来宾2002年12月28日建市，故为2010年；判断），published_precision 记 month。存段无标题（title 为编者概括）。正文四段，完整；其后“新闻推荐”与两行推荐语已删。“本报”未写报名（来宾频道，应为来宾日报，未核实）。文中没有开发区或工业园区：“教育园区基础设施项目”是项目名，“迁华陶瓷产业基地”是项目（基地），都不列为园区；项目 park 皆为 null。“开竣工”混称，各项目是开工还是竣工文中未分，status 不记。当天8个项目中只列六个名字（城建、教育项目），列为可选。“总投资50亿元以上”→超；“预计年销售收入100-120亿元”是区间，不记。",
  "zm04", title_note="no headline stored; title made from the lead"),
 projects=[
  proj("来宾市塑料光纤三网融合项目", None, D3, inv="总投资预计22亿元", aliases=["塑料光纤三网融合项目"],
       status_text="此前开竣工（开工或竣工未分）", note="拟用地1000亩；建设总工期3-5年"),
  proj("迁华陶瓷产业基地暨年产5000万平方米陶瓷项目", None, D4, inv="总投资50亿元以上", qual="超", qual_text="以上",
       aliases=["迁华陶瓷产业基地"], status_text="此前开竣工（开工或竣工未分）", note="总体规划5000亩"),
  proj("华侨大道", None, D2, opt=True, note="当天开竣工的8个项目之一（城建）"),
  proj("天然桥路东段改造工程", None, D2, opt=True),
  proj("农贸综合批发市场工程", None, D2, opt=True),
  proj("市委党校", None, D2, opt=True),
  proj("教育园区基础设施项目", None, D2, opt=True),
  proj("广西东盟国际职业技术学院", None, D2, opt=True),
 ],
 aggregate_facts=[
  fact("来宾市（21个集中开竣工项目）", "region", "projects_started_or_completed", 21, "count", D0, "2010年12月"),
  fact("来宾市（21个集中开竣工项目）", "region", "total_investment_cny", 1.6545e10, "cny", "项目累计投资165.45亿元", "2010年12月", chk=True),
  fact("来宾市（开工项目）", "region", "projects_started", 11, "count", "开工项目11项,总投资140.37亿元", "2010年12月"),
  fact("来宾市（开工项目）", "region", "total_investment_cny", 1.4037e10, "cny", "开工项目11项,总投资140.37亿元", "2010年12月", chk=True),
  fact("来宾市（竣工项目）", "region", "projects_completed", 10, "count", "竣工项目10项,总投资25.08亿元", "2010年12月"),
  fact("来宾市（竣工项目）", "region", "total_investment_cny", 2.508e9, "cny", "竣工项目10项,总投资25.08亿元", "2010年12月", chk=True),
  fact("来宾市（当天开竣工8个项目）", "region", "total_investment_cny", 6.55e9, "cny", "等8个项目,总投资达65.5亿元", "2010年12月28日", chk=True),
  fact("迁华陶瓷产业基地暨年产5000万平方米陶瓷项目", "project", "expected_industrial_output_cny", 1e10, "cny", "预计工业总产值100亿元以上",
       "建成后（预计）", kind="target", qual="超", qtext="以上", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- zm05 成都科学城 (红星新闻 2021)
CD = "成都科学城"
E0 = "四川天府新区党工委副书记、成都科学城党工委书记邱旭东代表四川天府新区对西部(成都)科学城建设情况进行了推介"
E1 = "成都科学城规划面积132平方公里"
E2 = "截至目前,成都科学城累计签约重大项目247个,总投资超2400亿元"
E3 = "引进海康、商汤等龙头项目110余个,汇聚上下游企业3600余家"
E4 = "引育高新技术企业480余家,连续5年增速超100%"
E5 = "助推海天水务A股上市、盟升电子科创板上市,易冲无线、晓多科技等成为准独角兽企业"
G["zm05"] = dict(
 article=art("（无标题）成都科学城累计签约重大项目247个 总投资超2400亿元", "红星新闻（记者 邓文博），载于 yybnet.net 成都新闻", "2021-09", "month",
  "City news outlet, short: a science city presented at a conference — planning area, functional clusters, signed major projects and investment, lead projects and firms gathered, high-tech firms, listed and near-unicorn firms",
  "https://www.yybnet.net/chengdu/news/202109/11542683.html",
  "日期取网址 202109 与首句“9月23日上午”（2021侨界菁英大会开幕日），published_precision 记 month。存段无标题（title 为编者概括）。正文三段与记者署名“红星新闻记者 邓文博”（保留为末段）；其后“新闻推荐”与两行推荐语已删。科学城文中作“西部(成都)科学城”“成都科学城”（别名），属四川天府新区（parent；天府新区列为可选园区）。“鹿溪智谷科学中心”是功能组团之一，不列。海康、商汤是引进的龙头项目（企业简称），海天水务、盟升电子、易冲无线、晓多科技是文中举出的区内企业，都列为公司（园区成都科学城）。“总投资超2400亿元”→超；“110余个”“3600余家”“480余家”→余。“连续5年增速超100%”不记。",
  "zm05", title_note="no headline stored; title made from the lead"),
 parks=[
  park(CD, "成都", "四川", "科学城", E2, parent="四川天府新区", aliases=["西部(成都)科学城"], note="文中又作“西部(成都)科学城”"),
  park("四川天府新区", "成都", "四川", "国家级新区", E0, opt=True),
 ],
 companies=[
  comp("海康", CD, E3, note="引进的龙头项目"),
  comp("商汤", CD, E3, note="引进的龙头项目"),
  comp("海天水务", CD, E5),
  comp("盟升电子", CD, E5),
  comp("易冲无线", CD, E5),
  comp("晓多科技", CD, E5),
 ],
 aggregate_facts=[
  fact(CD, "park", "planning_area_km2", 132, "km2", E1, "2021年9月"),
  fact(CD, "park", "major_projects_signed", 247, "count", E2, "截至2021年9月", kind="cumulative"),
  fact(CD, "park", "signed_investment_cny", 2.4e11, "cny", "总投资超2400亿元", "截至2021年9月", kind="cumulative", qual="超", qtext="超",
       chk=True),
  fact(CD, "park", "lead_projects_introduced", 110, "count", E3, "截至2021年9月", kind="cumulative", qual="余", qtext="余"),
  fact(CD, "park", "firms_gathered", 3600, "count", E3, "截至2021年9月", kind="cumulative", qual="余", qtext="余"),
  fact(CD, "park", "high_tech_enterprises", 480, "count", E4, "截至2021年9月", kind="cumulative", qual="余", qtext="余"),
 ])

# ---------------------------------------------------------------- zm06 成都科学城 2016 (四川在线)
F0 = "成都市委常委、常务副市长朱志宏在发布会介绍,成都科学城加快建设"
F1 = "目前已签约落户的有:清华四川能源互联网研究院、北大光华管理学院成都分院、中科院成都分院等校院地协同创新项目,聚集科技创新企业已达200多家"
G["zm06"] = dict(
 article=art("成都加快科学城建设 聚集科技创新企业已达200多家", "四川在线（记者 邓强 王了；编辑 林霜），sichuan.scol.com.cn", "2016-07-21", "day",
  "Provincial news portal, very short: a press conference line on a science city — named institutes signed in, count of tech firms gathered",
  "https://sichuan.scol.com.cn/fffy/201607/55595562.html",
  "日期取页面“2016-07-21 14:51:25来源:四川在线编辑:林霜”（已删）。标题照录。照片说明“成都市委常委、常务副市长朱志宏”与文末“编辑推荐”已删。正文两段，完整。科学城 city 成都，province 四川。三家签约落户的研究机构列为机构（科研 / 高校，园区成都科学城；机构不计分，按惯例可选）。“200多家”→余（多）。",
  "zm06"),
 parks=[
  park(CD, "成都", "四川", "科学城", F0),
 ],
 institutions=[
  inst("清华四川能源互联网研究院", F1, kind="research", park=CD),
  inst("北大光华管理学院成都分院", F1, kind="university", park=CD),
  inst("中科院成都分院", F1, kind="research", park=CD),
 ],
 aggregate_facts=[
  fact(CD, "park", "tech_firms_gathered", 200, "count", F1, "2016年7月", kind="cumulative", qual="余", qtext="多"),
 ])

# ---------------------------------------------------------------- zm07 安徽省创业(风险)投资引导基金 受托管理 (经济参考报 2009)
AF = "安徽省创业(风险)投资引导基金"
G0 = "日前,上海浦东科技投资有限公司正式成为安徽省创业(风险)投资引导基金的受托管理机构"
G1 = "安徽引导基金是由安徽省人民政府设立并按照市场化方式运作的政策性基金,总规模预计达10亿元以上"
G2 = "重点支持合肥、芜湖、蚌埠3市成立市级创业(风险)投资引导基金"
G["zm07"] = dict(
 article=art("（无标题）上海浦东科技投资有限公司成为安徽省创业(风险)投资引导基金受托管理机构", "经济参考报，jjckb.xinhuanet.com（网站版）", "2009-06-16", "day",
  "National economic daily's web edition, very short: a provincial venture guidance fund picks its entrusted manager by public tender — fund's sponsor, expected size, purpose (city-level sub-funds), manager's chief's comment",
  "http://jjckb.xinhuanet.com/wzpd/2009-06/16/content_163878.htm",
  "日期取网址 2009-06/16。存段无标题（title 为编者概括），正文一段（页面把三段连成一行，段间各有一个空格，照录），完整；行末的表格竖线“ |”已删（make_txt.py LINE_SUFFIX）。基金为省级，不属某个园区：park null。总规模“预计达10亿元以上”→size 10亿、超，size_type 预计总规模。受托管理机构上海浦东科技投资有限公司（文中又作“浦东科投”）列为公司（不在园区）。“浦东新区”只在末句出现，列为可选园区。合肥、芜湖、蚌埠拟设的市级引导基金未命名、未定规模，不列。",
  "zm07", title_note="no headline stored; title made from the lead"),
 parks=[
  park("浦东新区", "上海", "上海", "国家级新区", "进一步促进浦东新区与长三角地区创投资本的有机融合", opt=True, note="只在管理机构负责人的话里出现"),
 ],
 companies=[
  comp("上海浦东科技投资有限公司", None, G0, aliases=["浦东科投"], note="基金受托管理机构；文中又作“浦东科投”"),
 ],
 institutions=[
  inst("安徽省人民政府", G1, note="基金设立方"),
 ],
 funds=[
  fund(AF, None, G1, size="10亿元", size_type="预计总规模", qual="超", aliases=["安徽引导基金"],
       note="省级创投引导基金；受托管理机构上海浦东科技投资有限公司（公开招标）；规模“预计达10亿元以上”"),
 ],
 aggregate_facts=[
  fact(AF, "fund", "fund_size_cny", 1e9, "cny", "总规模预计达10亿元以上", "2009年6月（预计）", kind="target", qual="超", qtext="以上",
       chk=True),
  fact(AF, "fund", "cities_supported", 3, "count", G2, "2009年6月", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- zm08 高科孵化器开园 东湖高新区 (科技日报 2021)
DH = "武汉东湖高新区"
H0 = "高科孵化器开园仪式在武汉东湖高新区高科大厦举行"
H1 = "高科孵化器建筑面积3.28万平方米,位于光谷核心位置,毗邻华中科技大学"
H2 = "“十四五”期间,高科孵化器将链接高校院所10余所、创投企业60余家,孵化培育优质创业企业80余家,上市公司1-2家"
H3 = "而高科孵化器位于光谷科创大走廊与东湖科学城的“极核”之上"
G["zm08"] = dict(
 article=art("高科孵化器开园,打造光谷科创大走廊“科创明珠”", "科技日报（记者 刘志伟 实习生 陈海润；责任编辑 范琪），m.stdaily.com", "2021-06-17", "day",
  "National science daily: an incubator opens in a high-tech zone — operator, floor area, location, five-year targets (institutions linked, VC firms, start-ups, listings), a tripartite agreement, the zone's innovation corridor and science city",
  "http://m.stdaily.com/index/h1t8/2021-06/17/content_1157141.shtml",
  "日期取页面“2021-06-17 10:33:26 来源: 科技日报”（已删，与重复的署名行“科技日报记者 刘志伟 实习生 陈海润”和文末“责任编辑: 范琪”一并删去）。标题照录。正文五段，完整。园区文中作“武汉东湖高新区”“东湖高新区”“武汉东湖新技术开发区”（别名）；“光谷科创大走廊”“东湖科学城”列为可选园区（parent 武汉东湖高新区）。高科孵化器列为可选园区（孵化载体，parent 武汉东湖高新区），同时作可选项目（开园→投产）。运营方武汉高科国有控股集团有限公司（又作“武汉高科集团”）列为公司。湖北光谷实验室、华中科技大学、东湖高新区科创局为机构。“十四五”目标记 target（余）；“上市公司1-2家”是区间，不记。",
  "zm08"),
 parks=[
  park(DH, "武汉", "湖北", "国家高新技术产业开发区", H0, aliases=["东湖高新区", "武汉东湖新技术开发区"],
       note="文中又作“东湖高新区”“武汉东湖新技术开发区”"),
  park("高科孵化器", "武汉", "湖北", "孵化器", H1, parent=DH, opt=True, note="孵化载体"),
  park("光谷科创大走廊", "武汉", "湖北", "科创走廊", H3, parent=DH, opt=True, aliases=["光谷科技创新大走廊"]),
  park("东湖科学城", "武汉", "湖北", "科学城", H3, parent=DH, opt=True),
 ],
 companies=[
  comp("武汉高科国有控股集团有限公司", DH, "该活动由武汉高科国有控股集团有限公司主办", aliases=["武汉高科集团"], note="孵化器运营方；文中又作“武汉高科集团”"),
 ],
 institutions=[
  inst("湖北光谷实验室", "武汉高科集团、湖北光谷实验室、东湖高新区科创局还签署了三方战略合作框架协议", kind="research", park=DH),
  inst("东湖高新区科创局", "东湖高新区科创局还签署了三方战略合作框架协议", park=DH),
  inst("华中科技大学", H1, kind="university"),
  inst("武汉东湖新技术开发区管委会", "武汉东湖新技术开发区管委会副主任夏亚民表示", park=DH),
 ],
 projects=[
  proj("高科孵化器", DH, H0, companies=["武汉高科国有控股集团有限公司"], status="投产", status_text="开园", opt=True,
       note="孵化器开园；位于高科大厦"),
 ],
 aggregate_facts=[
  fact("高科孵化器", "park", "floor_area_m2", 32800, "m2", H1, "2021年6月"),
  fact("高科孵化器", "park", "institutions_to_link", 10, "count", H2, "“十四五”期间", kind="target", qual="余", qtext="余"),
  fact("高科孵化器", "park", "vc_firms_to_link", 60, "count", H2, "“十四五”期间", kind="target", qual="余", qtext="余"),
  fact("高科孵化器", "park", "startups_to_incubate", 80, "count", H2, "“十四五”期间", kind="target", qual="余", qtext="余"),
 ])

# ---------------------------------------------------------------- zm09 锦州 长三角招商 项目集中签约 (辽宁日报 2023)
J0 = "推介会后举行了项目集中签约仪式,膨润土深加工项目、超量子LED智慧节能灯具生产基地、绿色甲醇生产基地、装配式污水设备生产线等23个项目成功签约,累计签约额75.7亿元"
J1 = "吴中集团江苏中元控股集团有限公司和江苏莱科化学有限公司负责人代表在锦投资的长三角地区企业家畅谈了在锦州投资建设的感受和心得"
G["zm09"] = dict(
 article=art("（无标题）锦州在南京举行招商推介会和项目集中签约仪式 23个项目签约75.7亿元", "辽宁日报（本报讯 记者崔治），电子版 epaper.lnd.com.cn", "2023-04-25", "day",
  "Provincial daily, north-east, e-paper: a city's investment promotion and signing ceremony held in another province — attendees, firms already invested, four named signed projects, number signed and total amount; no park",
  "http://epaper.lnd.com.cn/lnrbepaper/pc/con/202304/25/content_189600.html",
  "日期取网址 202304/25（电子版；活动“近日”）。存段无标题（title 为编者概括）。正文四段，完整，无删改。文中没有开发区或园区；签约项目 park 为 null，status 签约，金额未分项。“吴中集团江苏中元控股集团有限公司”照原文（可能是“吴中集团、江苏中元控股集团有限公司”漏了顿号，未改），与江苏莱科化学有限公司同为已在锦州投资的企业，列为可选公司。锦州市经合中心列为机构。",
  "zm09", title_note="no headline stored; title made from the lead"),
 companies=[
  comp("吴中集团江苏中元控股集团有限公司", None, J1, opt=True, note="照原文；已在锦州投资"),
  comp("江苏莱科化学有限公司", None, J1, opt=True, note="已在锦州投资"),
 ],
 institutions=[
  inst("锦州市经合中心", "锦州市经合中心就三大发展题材、6个比较优势进行了推介"),
 ],
 projects=[
  proj("膨润土深加工项目", None, J0, status="签约", status_text="成功签约"),
  proj("超量子LED智慧节能灯具生产基地", None, J0, status="签约", status_text="成功签约"),
  proj("绿色甲醇生产基地", None, J0, status="签约", status_text="成功签约"),
  proj("装配式污水设备生产线", None, J0, status="签约", status_text="成功签约"),
 ],
 aggregate_facts=[
  fact("锦州市（项目集中签约）", "region", "projects_signed", 23, "count", "等23个项目成功签约", "2023年4月"),
  fact("锦州市（项目集中签约）", "region", "signed_investment_cny", 7.57e9, "cny", "累计签约额75.7亿元", "2023年4月", chk=True),
  fact("锦州市（招商推介会）", "region", "firms_attending", 157, "count", "157家知名企业代表", "2023年4月", opt=True),
 ])

# ---------------------------------------------------------------- zm10 西部(重庆)科学城全面启动建设 79个项目 (记者 雍黎 2020)
CQ = "西部(重庆)科学城"
K0 = "西部(重庆)科学城近日全面启动建设,79个重大项目集中开工,总投资1300亿元"
K5 = "下一步,西部(重庆)科学城将加快推进科学公园、科学会堂、中国电子重庆信创产业示范基地、平安大健康产业园等项目落地建设"
def _k(sub, n, ev, amount):
    return [fact(CQ + "（" + sub + "）", "park", "projects_started", n, "count", ev, "2020年9月"),
            fact(CQ + "（" + sub + "）", "park", "total_investment_cny", amount, "cny", ev, "2020年9月", qual="约", qtext="约", chk=True)]
G["zm10"] = dict(
 article=art("西部(重庆)科学城全面启动建设", "记者 雍黎（刊发媒体页面未写明；雍黎为科技日报驻重庆记者，判断），载于 h5.nctvcloud.com", "2020-09-17", "day",
  "Science-city launch, short: 79 major projects started — total investment, counts and amounts by project type and by district, industrial clusters, four named projects to come",
  "https://h5.nctvcloud.com/folder257/folder905/2020-09-17/ZiBGBGKAebUy8gM9.html",
  "日期取网址 2020-09-17（“近日”全面启动）。标题照录。正文五段与署名“(记者 雍黎)”（保留为末段），完整，无删改。刊发媒体页面未写明（署名记者雍黎为科技日报记者，判断；不作为 outlet 事实）。科学城 city / province 重庆。79个项目只给类型与区域分组，分组记为带括注的园区事实（西部(重庆)科学城（科创类项目）等；区域组用区名括注）；各组金额都是“约”。“高新区直管园”不列为园区（泛称）。末段四个“将加快推进…落地建设”的项目→planned，园区西部(重庆)科学城；科学公园、科学会堂为公共设施，可选。“千亿级”“500亿级”“百亿级”产业集群是量级说法，不记。",
  "zm10"),
 parks=[
  park(CQ, "重庆", "重庆", "科学城", K0, note="文中全称“西部(重庆)科学城”"),
 ],
 projects=[
  proj("中国电子重庆信创产业示范基地", CQ, K5, status="planned", status_text="将加快推进…落地建设"),
  proj("平安大健康产业园", CQ, K5, status="planned", status_text="将加快推进…落地建设"),
  proj("科学公园", CQ, K5, status="planned", status_text="将加快推进…落地建设", opt=True),
  proj("科学会堂", CQ, K5, status="planned", status_text="将加快推进…落地建设", opt=True),
 ],
 aggregate_facts=[
  fact(CQ, "park", "projects_started", 79, "count", K0, "2020年9月"),
  fact(CQ, "park", "total_investment_cny", 1.3e11, "cny", "79个重大项目集中开工,总投资1300亿元", "2020年9月", chk=True),
 ] + _k("科创类项目", 9, "科创类项目9个,总投资约385亿元", 3.85e10)
   + _k("产业类项目", 52, "产业类项目52个,总投资约475亿元", 4.75e10)
   + _k("基础设施类项目", 11, "基础设施类项目11个,总投资约295亿元", 2.95e10)
   + _k("公共服务配套类项目", 7, "公共服务配套类项目7个,总投资约145亿元", 1.45e10)
   + _k("高新区直管园", 14, "高新区直管园有14个,总投资约482亿元", 4.82e10)
   + _k("沙坪坝区", 16, "沙坪坝区16个,总投资约172亿元", 1.72e10)
   + _k("九龙坡区", 11, "九龙坡区11个,总投资约245亿元", 2.45e10)
   + _k("北碚区", 6, "北碚区6个,总投资约125亿元", 1.25e10)
   + _k("江津区", 16, "江津区16个,总投资约175亿元", 1.75e10)
   + _k("璧山区", 16, "璧山区16个,总投资约101亿元", 1.01e10),
 )
