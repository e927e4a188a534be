# real279 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt from real52's build_all.py, unchanged).
# Conventions as real52: evidence verbatim (all three items simplified as published); names as written; 约/近/左右 → 约,
# 多/余 → 余, 超/以上 → 超. Yuan in *_cny facts (first amount of the evidence; chk=True asserts it). Projects: the park the text
# places them in, null where only a county is named. Status from the text's words (集中签约 / 签订合作协议 → 签约).
# Planned figures (“预计到2025年”, “届时”) are kind target; a year's reported figures are reported.

# ---------------------------------------------------------------- rr01 山西屯留筹划煤化工园区“提档升级” (新华网 via mysteel 2017)
TL = "屯留经济技术开发区"
TM = "屯留县煤化工工业园区"
D1 = "屯留经济技术开发区是在屯留县煤化工工业园区的基础上规划的"
D2 = "主要企业18户,其中余吾煤业、余吾热电、煤基合成油、潞安树脂、华亿胶带等为潞安集团下属企业"
D3 = "麟源煤业、祥瑞焦化、兴旺焦化、尔安焦化、华诚焦化五大焦化企业每年的总产能为630万吨"
G["rr01"] = dict(
 article=art("山西屯留筹划煤化工园区“提档升级”", "新华网（“来源:新华网”），载于 coalchem.mysteel.com（我的钢铁网煤化工频道）", "2017-06-26", "day",
  "Steel-industry portal relaying a Xinhua item, Shanxi: a county's coal-chemical park being upgraded into a planned economic-technological development zone — planned layout and area, the park's firms, 2015 and 2016 output, value added, sales and tax",
  "https://coalchem.mysteel.com/17/0626/08/EEF7ACFCFF7C672B.html",
  "日期取页面“2017-06-26 08:52 来源:新华网”。标题照录；日期来源行已删。存段末段“根据园内现有企业经济总量…创新驱”在句中中断，整段删去（ITEMS 截至上一段），正文截至“…上缴税金9.033亿元。”，共三段。园区：屯留县煤化工工业园区（现有园区；长治市屯留县，山西）；屯留经济技术开发区（正在筹划申报省级经开区，规划“一区三园”，面积约47.42平方公里，在前者基础上规划；parent 关系不设，记在 note）；余吾煤化工高科技产业孵化园（开发区龙头，可选）。“渔泽、路村、余吾三个产业园”名称不完整，不列。公司：余吾煤业等五家潞安集团下属企业与麟源煤业等五家焦化企业，均在煤化工工业园区；潞安集团为母公司（可选，园区 null）。事实：园区面积26.05平方公里；主要企业18户；2015年工业总产值96.73亿元、工业增加值46.1亿元、销售收入72.8亿元、上缴税金7.5亿元；2016年入园工业企业27家、规上14家、工业生产总值94.8亿元、上缴税金9.033亿元；规划开发区面积约47.42平方公里。产能数字（煤炭800万吨等）不计。",
  "rr01"),
 parks=[
  park(TM, "长治", "山西", "工业园区", D1, district="屯留县", note="现有园区，开发区在其基础上规划"),
  park(TL, "长治", "山西", "经济技术开发区", "积极筹划屯留经济技术开发区申报省级经济技术开发区", district="屯留县",
       note="筹划中，拟申报省级经开区；“一区三园”"),
  park("余吾煤化工高科技产业孵化园", "长治", "山西", "产业园", "以余吾煤化工高科技产业孵化园为龙头", district="屯留县", parent=TL, opt=True),
 ],
 companies=[
  comp("余吾煤业", TM, D2), comp("余吾热电", TM, D2), comp("煤基合成油", TM, D2, opt=True, note="简称，或为项目名"),
  comp("潞安树脂", TM, D2), comp("华亿胶带", TM, D2),
  comp("潞安集团", None, D2, opt=True, note="上述企业的母公司"),
  comp("麟源煤业", TM, D3), comp("祥瑞焦化", TM, D3), comp("兴旺焦化", TM, D3), comp("尔安焦化", TM, D3), comp("华诚焦化", TM, D3),
 ],
 aggregate_facts=[
  fact(TM, "park", "area_km2", 26.05, "km2", "屯留县煤化工工业园区规划面积为26.05平方公里", "2017年6月"),
  fact(TL, "park", "planned_area_km2", 47.42, "km2", "规划总面积约47.42平方公里", "2017年6月（规划）", kind="target", qual="约", qtext="约"),
  fact(TM, "park", "main_firms", 18, "count", "主要企业18户", "2017年6月", opt=True),
  fact(TM, "park", "industrial_output_cny", 9.673e9, "cny", "2015年实现工业总产值96.73亿元", "2015年", chk=True),
  fact(TM, "park", "industrial_value_added_cny", 4.61e9, "cny", "工业增加值46.1亿元", "2015年", chk=True),
  fact(TM, "park", "sales_revenue_cny", 7.28e9, "cny", "销售收入72.8亿元", "2015年", chk=True),
  fact(TM, "park", "tax_paid_cny", 7.5e8, "cny", "上缴税金7.5亿元", "2015年", chk=True),
  fact(TM, "park", "industrial_firms", 27, "count", "2016年入园工业企业27家", "2016年"),
  fact(TM, "park", "above_scale_firms", 14, "count", "规模以上企业14家", "2016年"),
  fact(TM, "park", "industrial_output_cny", 9.48e9, "cny", "工业生产总值94.8亿元", "2016年", chk=True),
  fact(TM, "park", "tax_paid_cny", 9.033e8, "cny", "上缴税金9.033亿元", "2016年", chk=True),
 ])

# ---------------------------------------------------------------- rr02 大同经济技术开发区 24个项目集中签约 (bjrxnnews, 2018?)
DT = "大同经济技术开发区"
E0 = "大同经济技术开发区招商引资24个项目在大同市国际能源革命科技创新产业园集中签约"
E1 = "涵盖了高端装备制造、新材料、现代服务等领域,总投资350.73亿元,预计项目全部达产后,年可实现销售收入约434亿元,上缴税金约75.2亿元"
def sp(name, ev=None, opt=False, note=None, companies=()):
    return proj(name, DT, ev or name, companies=companies, status="签约", status_text="集中签约", opt=opt, note=note)
G["rr02"] = dict(
 article=art("（无标题）大同经济技术开发区招商引资24个项目集中签约 总投资350.73亿元", "bjrxnnews.com（原发媒体与署名存段未示；行文为大同市媒体口吻“我市”）", "2018-05-29", "inferred",
  "News site relaying a city item, Shanxi: a national-level zone's signing of 24 investment projects — named projects, total investment, expected sales and tax, the officials present",
  "http://bjrxnnews.com/info/226906.html",
  "存段无标题、无日期行（title 为编者概括）。签约日为文中“5月29日上午”；年份未写明，按存段末段“特别是去年以来,我市深入贯彻落实习近平总书记视察山西重要讲话精神”（总书记2017年6月视察山西）及张吉福任大同市委书记推定为2018年，published_precision 记 inferred。存段末段“市委、市政府多年来…助力”在句中中断，整段删去（ITEMS 截至上一段），正文截至“…诸多优势和广阔的发展空间。”。页面把签约项目名单按行排开（“此次集中签约的有——”后每行一个项目，以“、”结尾），每行保留为一段，不合并；小标题“签约仪式”“座谈会”保留为段。园区：大同经济技术开发区（大同，山西）；签约地“大同市国际能源革命科技创新产业园”列为可选园区（与开发区关系文中未说）。项目：名单所列十二个，状态签约，无单项金额；“再生资源利用”“金属岩棉夹芯板生产”“新型电力设备生产”名称泛，可选；“小恩笛国际双语学校”为学校，可选。事实：签约项目24个、总投资350.73亿元（reported）；达产后年销售收入约434亿元、上缴税金约75.2亿元（target）。",
  "rr02"),
 parks=[
  park(DT, "大同", "山西", "经济技术开发区", E0, note="文中又作“开发区”"),
  park("大同市国际能源革命科技创新产业园", "大同", "山西", "产业园", E0, opt=True, note="签约地点；与开发区的关系文中未说"),
 ],
 companies=[
  comp("华宇方圆", DT, "华宇方圆“新物流生态圈”", opt=True, note="只在项目名中"),
  comp("爱丁山", DT, "爱丁山(大同)离岸时尚高级定制中心", opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("大同经济技术开发区党工委", "大同经济技术开发区党工委书记、管委会主任荆虎", park=DT),
 ],
 projects=[
  sp("华宇方圆“新物流生态圈”", companies=["华宇方圆"]),
  sp("大同国际航空旅游城"),
  sp("爱丁山(大同)离岸时尚高级定制中心", companies=["爱丁山"]),
  sp("汽车全铝制动系统"),
  sp("年产10万吨纳米生物基新材料"),
  sp("再生资源利用", opt=True, note="名称泛"),
  sp("金属岩棉夹芯板生产", opt=True, note="名称泛"),
  sp("中科院能源大数据"),
  sp("小恩笛国际双语学校", opt=True, note="学校项目"),
  sp("安卓医疗器械生产"),
  sp("新型电力设备生产", opt=True, note="名称泛"),
  sp("大同碳谷产业园", "大同碳谷产业园等24个项目"),
 ],
 aggregate_facts=[
  fact(DT, "park", "projects_signed", 24, "count", E0, "2018-05-29（签约当日）"),
  fact(DT, "park", "signed_investment_cny", 3.5073e10, "cny", "总投资350.73亿元", "2018-05-29（签约当日）", chk=True, note="24个签约项目合计"),
  fact(DT, "park", "expected_annual_sales_cny", 4.34e10, "cny", "年可实现销售收入约434亿元", "项目全部达产后（预计）", kind="target", qual="约", qtext="约", chk=True),
  fact(DT, "park", "expected_annual_tax_cny", 7.52e9, "cny", "上缴税金约75.2亿元", "项目全部达产后（预计）", kind="target", qual="约", qtext="约", chk=True),
 ])

# ---------------------------------------------------------------- rr03 山西特色产业集聚区试点建设亮点纷呈 (山西省发改委 via shi-fen 2019)
ZZ = "泽州特色产业集聚区"
WR = "外加剂产业集聚区"
F0 = "晋城市泽州特色产业集聚区(绿色智能铸造)位于泽州县南村镇,总规划面积8平方公里"
F1 = "万荣县政府与山西京喜建材有限公司等5家重点企业进行了集中签约,就年产10万吨萘系高效减水剂、2万吨聚羧酸和2万吨速凝剂生产线建设项目达成相关合作意向"
F2 = "届时产业集聚区将形成以铸造为主的全产业链企业100多家,年产值120亿元,解决就业2万余人"
G["rr03"] = dict(
 article=art("山西特色产业集聚区试点建设亮点纷呈", "山西省发改委（“来源:山西省发改委”），载于 news.shi-fen.com（国内新闻栏）", "2019-11", "month",
  "Provincial development-and-reform commission item on a news aggregator, Shanxi: twelve pilot specialised industrial clusters — a county's admixture-cluster conference with five firms signed, a casting cluster zone's area, firms entered and targets",
  "https://news.shi-fen.com/china/201911/50-540183.html",
  "日期：网址 201911 与文中“11月24日,从省发改委传来消息”，只到月（published 2019-11，不早于11月24日）。标题照录；“首页 > 国内新闻 > 正文”、“原标题:…”（与标题相同）、“来源:山西省发改委”已删。存段末段“省发改委相关负责人表示…增强内生”在句中中断，整段删去，正文截至“…解决就业2万余人。”，共三段。园区：泽州特色产业集聚区（晋城市泽州县南村镇，绿色智能铸造，12个试点之一）；万荣县“外加剂产业集聚区”为会议主题中的建设目标（可选园区，运城市万荣县）。公司：山西京喜建材有限公司（与万荣县政府集中签约；园区 null——文中只说县政府）；荣城建材检测公司（可选）。项目：年产10万吨萘系高效减水剂、2万吨聚羧酸和2万吨速凝剂生产线建设项目——“达成相关合作意向”→签约（状态可商榷，记 status_text），无金额，园区 null。事实：试点12个（山西省）；泽州集聚区面积8平方公里、一期入驻企业8家；2021年目标企业100多家、年产值120亿元、就业2万余人（target）；万荣签约企业5家（可选）。",
  "rr03"),
 parks=[
  park(ZZ, "晋城", "山西", "特色产业集聚区", F0, district="泽州县", note="绿色智能铸造；省级试点"),
  park(WR, "运城", "山西", "产业集聚区", "以“建设在全国有影响力的外加剂产业集聚区”为主题", district="万荣县", opt=True, note="建设目标，名称泛"),
 ],
 companies=[
  comp("山西京喜建材有限公司", None, F1, note="与万荣县政府集中签约"),
  comp("荣城建材检测公司", None, "为荣城建材检测公司颁发了CNAS认证证书", opt=True),
 ],
 institutions=[
  inst("省发改委", "今年4月,省发改委确定了12个特色产业集聚区开展试点工作"),
 ],
 projects=[
  proj("年产10万吨萘系高效减水剂、2万吨聚羧酸和2万吨速凝剂生产线建设项目", None, F1, companies=["山西京喜建材有限公司"],
       status="签约", status_text="集中签约…达成相关合作意向", note="万荣县；合作意向"),
 ],
 aggregate_facts=[
  fact("山西省", "region", "pilot_industrial_clusters", 12, "count", "省发改委确定了12个特色产业集聚区开展试点工作", "2019年4月"),
  fact("万荣县", "region", "firms_signed", 5, "count", F1, "2019-11-16至17", opt=True),
  fact(ZZ, "park", "planned_area_km2", 8, "km2", F0, "2019年11月"),
  fact(ZZ, "park", "firms_entered", 8, "count", "一期工程已完成基础设施建设,8家企业入驻", "2019年11月", note="一期"),
  fact(ZZ, "park", "firms_entered", 8, "count", "二期工程也将入驻8家企业", "二期（计划）", kind="target", opt=True),
  fact(ZZ, "park", "firms", 100, "count", F2, "2021年（预计建成）", kind="target", qual="余", qtext="多"),
  fact(ZZ, "park", "annual_output_cny", 1.2e10, "cny", "年产值120亿元", "2021年（预计建成）", kind="target", chk=True),
  fact(ZZ, "park", "jobs", 20000, "count", "解决就业2万余人", "2021年（预计建成）", kind="target", qual="余", qtext="余"),
 ])
