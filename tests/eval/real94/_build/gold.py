# real94 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破/过 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth rates as ratios (45% →
# 0.45; 翻番 → 1.0). Projects: the park is the one the text places the project in, null if none (a county or district is not
# a park). Status from the text's words (集中开工 / 开工 → 开工; 建成投产 → 投产; 签约 → 签约; 落地 alone → no status; 已于…开工
# 建设 and still building → 在建 with status_alt 开工). 年度计划投资 is kind target with “（计划）” in as_of (as real52 zv04);
# 截至 / 累计 figures are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/xlNN.raw as returned.

# ---------------------------------------------------------------- xl01 凤翔区 丝博会签约 (国际在线陕西 2022)
FX = "凤翔高新区"
A0 = "8月13日下午,在古城西安举行的第六届丝博会宝鸡投资合作恳谈会上,宝鸡市凤翔区成果丰硕,共签约招商引资项目3个,总投资220亿元"
A1 = "凤翔区副区长王珍和凤翔高新区党工委书记、管委会主任王军胜分别与企业代表签约"
A2 = "总投资140亿元的10万吨优质凤香型基酒生产项目和总投资70亿元的西凤酒城现代包装科技产业园项目由西凤集团投资建设"
A3 = "投资10亿元的15万吨/年固体废物资源化综合利用及3万吨/年电子级溶剂高纯化工试剂项目由恒兴石化科技有限公司投资建设"
A4 = "项目投产后可实现年收入3.75亿元,解决就业120人"
AS1 = "2022-08-13"
G["xl01"] = dict(
 article=art("（无标题）第六届丝博会宝鸡投资合作恳谈会 凤翔区签约3个项目 总投资220亿元", "国际在线陕西频道（sn.cri.cn；稿末署“宝鸡市凤翔区招商局”）", "2022-08-14", "day",
  "Provincial channel of a national broadcaster's news site relaying a district investment bureau's item, Shaanxi: a district's three projects signed at an expo — two liquor-group projects and a chemical-waste project with amounts, expected revenue and jobs; the district high-tech zone's head signs",
  "https://sn.cri.cn/2022-08-14/5b7a7ca7-1c38-6145-d27b-824ae85ad0c6.html",
  "日期取网址 2022-08-14（文中签约在“8月13日下午”）。存段无标题行、无日期行（title 为编者概括）；两行图片说明“活动现场”“签约仪式”已删；正文三段，完整（稿末“(宝鸡市凤翔区招商局)”保留）。同一稿的 big5.cri.cn 繁体网关页未用。园区：凤翔高新区（宝鸡市凤翔区，陕西）——文中只说其主任与副区长“分别与企业代表签约”，三个项目各落何处未说，故项目 park 记 null（凤翔区为区，不是园区）。项目三个，状态“签约”：10万吨优质凤香型基酒生产项目（总投资140亿元）、西凤酒城现代包装科技产业园项目（总投资70亿元，均由西凤集团投资建设；后者名含“产业园”，作项目不作园区）、15万吨/年固体废物资源化综合利用及3万吨/年电子级溶剂高纯化工试剂项目（投资10亿元，恒兴石化科技有限公司）。事实：凤翔区签约3个、总投资220亿元（region）；固废项目投产后年收入3.75亿元、就业120人（target，项目为 subject）；基酒产能再提升10万吨/年（可选）。",
  "xl01"),
 parks=[
  park(FX, "宝鸡", "陕西", "高新区", A1, district="凤翔区", note="其党工委书记、管委会主任参与签约；项目所在未说"),
 ],
 companies=[
  comp("西凤集团", None, A2, note="两个白酒项目的投资方；园区未说"),
  comp("恒兴石化科技有限公司", None, A3, note="固废项目投资方；园区未说"),
 ],
 institutions=[
  inst("宝鸡市凤翔区招商局", "(宝鸡市凤翔区招商局)", note="稿件署名"),
 ],
 projects=[
  proj("10万吨优质凤香型基酒生产项目", None, A2, companies=["西凤集团"], inv="总投资140亿元", status="签约", status_text="签约",
       note="“本次签约项目中”；园区未说"),
  proj("西凤酒城现代包装科技产业园项目", None, A2, companies=["西凤集团"], inv="总投资70亿元", status="签约", status_text="签约",
       note="配套现代包装区、现代物流区、现代商贸区；园区未说"),
  proj("15万吨/年固体废物资源化综合利用及3万吨/年电子级溶剂高纯化工试剂项目", None, A3, companies=["恒兴石化科技有限公司"], inv="投资10亿元",
       status="签约", status_text="签约", note="园区未说"),
 ],
 aggregate_facts=[
  fact("凤翔区", "region", "projects_signed", 3, "count", A0, AS1),
  fact("凤翔区", "region", "signed_investment_cny", 2.2e10, "cny", "共签约招商引资项目3个,总投资220亿元", AS1, chk=True),
  fact("15万吨/年固体废物资源化综合利用及3万吨/年电子级溶剂高纯化工试剂项目", "project", "expected_annual_revenue_cny", 3.75e8, "cny", A4,
       "投产后（预期）", kind="target", chk=True),
  fact("15万吨/年固体废物资源化综合利用及3万吨/年电子级溶剂高纯化工试剂项目", "project", "expected_jobs", 120, "count", A4, "投产后（预期）",
       kind="target", opt=True),
  fact("10万吨优质凤香型基酒生产项目", "project", "expected_annual_capacity_t", 100000, "t", "项目建成后可将凤香型基酒产能再提升10万吨/年",
       "建成后（预期）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- xl02 咸阳高新区5月份重点项目集中开工 (国际在线 2022)
XY = "咸阳高新区"
MF = "飞机有机硅材料密封型材生产能力建设项目"
B0 = "咸阳高新区此次集中开工的市级重点项目有6个,总投资31.4亿元,年度计划投资13.79亿元"
B1 = "此次开工主会场设在飞机有机硅材料密封型材生产能力建设项目现场,该项目总投资9190万元,占地约10.28亩,总建筑面积8476.42平方米"
AS2 = "2022-05-23"
G["xl02"] = dict(
 article=art("咸阳高新区5月份重点项目集中开工", "国际在线陕西频道（sn.cri.cn；来源:中央广电总台国际在线，编辑:陈锵）", "2022-05-23", "day",
  "National broadcaster's news site, Shaanxi channel: a high-tech zone's monthly groundbreaking — six city-level key projects with total and annual planned investment, the main-venue project with amount, site area and floor area",
  "http://sn.cri.cn/n/20220523/380d1c52-e69c-1c00-87f7-e198ec9e5627.html",
  "日期取页面“2022-05-23 18:08:30来源:中央广电总台国际在线”。标题照录；日期来源行、图片文件名行与图片说明已删。存段末段“下一步…争取”在句中中断，整段删去，正文截至“…具有重要的支撑作用。”，共五段。园区：咸阳高新区（咸阳，陕西；文中又作“高新区”）。项目：飞机有机硅材料密封型材生产能力建设项目——开工动员会在其现场举行、为“此次开工主会场”，记“开工”；总投资9190万元；投资主体文中未明说（西北橡胶塑料研究设计院有限公司负责人作为项目方发言，列可选公司，不作项目公司）。事实：集中开工市级重点项目6个、总投资31.4亿元、年度计划投资13.79亿元（target）；项目占地约10.28亩、建筑面积8476.42平方米。领导不列。",
  "xl02"),
 parks=[
  park(XY, "咸阳", "陕西", "高新区", "5月23日上午,咸阳高新区2022年5月份重点项目开工动员会在飞机有机硅材料密封型材生产能力建设项目现场举行", note="文中又作“高新区”"),
 ],
 companies=[
  comp("西北橡胶塑料研究设计院有限公司", None, "西北橡胶塑料研究设计院有限公司党委书记、总经理杨维章发言", opt=True, note="项目方代表发言；与项目的关系和所在园区文中未明说"),
 ],
 projects=[
  proj(MF, XY, B1, inv="总投资9190万元", status="开工", status_text="集中开工（开工主会场）", note="开工动员会在其现场举行"),
 ],
 aggregate_facts=[
  fact(XY, "park", "projects_started", 6, "count", B0, AS2, note="市级重点项目"),
  fact(XY, "park", "projects_started_investment_cny", 3.14e9, "cny", "集中开工的市级重点项目有6个,总投资31.4亿元", AS2, chk=True),
  fact(XY, "park", "planned_annual_investment_cny", 1.379e9, "cny", "年度计划投资13.79亿元", "2022年（计划）", kind="target", chk=True),
  fact(MF, "project", "site_area_mu", 10.28, "mu", B1, AS2, qual="约", qtext="约"),
  fact(MF, "project", "floor_area_m2", 8476.42, "m2", B1, AS2, opt=True),
 ])

# ---------------------------------------------------------------- xl03 酒泉:调结构促转型 (酒泉台 via baogaosu 2017)
JQ = "酒泉经济技术开发区"
C0 = "近日,位于酒泉经济技术开发区的西北节能窗玻综合产业城项目、 年产5万KW太阳能光伏支架项目等五个项目集中开工,共计投资4.8亿元"
C1 = "据了解,今年酒泉市确定完成固定资产投资1336亿元,至目前,酒泉市开工建设各类项目266个,完成固定资产投资28.6亿元"
AS3 = "2017年4月"
G["xl03"] = dict(
 article=art("酒泉:调结构促转型 强力推进项目建设", "酒泉台（记者崔瀚予、陶玉宏），载于 lanzhou.baogaosu.com", "2017-04-17", "day",
  "City TV station's news item on a city-news aggregator, Gansu: five projects started in a national economic and technological development zone with their combined investment, two named; the city's investment target and projects started so far",
  "http://lanzhou.baogaosu.com/xinwen/%25E9%2585%2592%25E6%25B3%2589%25E8%25B0%2583%25E7%25BB%2593%25E6%259E%2584%25E4%25BF%2583%25E8%25BD%25AC%25E5%259E%258B%25E5%25BC%25BA%25E5%258A%259B%25E6%258E%25A8%25E8%25BF%259B%25E9%25A1%25B9%25E7%259B%25AE/56568770",
  "日期取页面“17.04.2017 06:15”。标题照录；日期行已删；稿末“酒泉台报道。记者:酒泉台,崔瀚予,陶玉宏”为原稿署名，保留。正文五段，完整。“西北节能窗玻综合产业城项目、 年产5万KW…”顿号后的空格原文如此，照录。园区：酒泉经济技术开发区（文中又作“酒泉国家经济技术开发区”；酒泉，甘肃）。项目：西北节能窗玻综合产业城项目、年产5万KW太阳能光伏支架项目——“集中开工”→开工，在园区；单项金额未给（五个项目共计4.8亿元，记为园区事实）。事实：园区集中开工5个、投资4.8亿元；酒泉市年固定资产投资目标1336亿元（target）、至目前开工266个、完成固定资产投资28.6亿元（cumulative；市级，可选）。",
  "xl03"),
 parks=[
  park(JQ, "酒泉", "甘肃", "国家级经济技术开发区", C0, aliases=["酒泉国家经济技术开发区"], note="文中又作“酒泉国家经济技术开发区”"),
 ],
 companies=[],
 projects=[
  proj("西北节能窗玻综合产业城项目", JQ, C0, status="开工", status_text="集中开工", note="五个项目共计投资4.8亿元，单项金额未给"),
  proj("年产5万KW太阳能光伏支架项目", JQ, C0, status="开工", status_text="集中开工", note="同上"),
 ],
 aggregate_facts=[
  fact(JQ, "park", "projects_started", 5, "count", C0, AS3),
  fact(JQ, "park", "projects_started_investment_cny", 4.8e8, "cny", "五个项目集中开工,共计投资4.8亿元", AS3, chk=True),
  fact("酒泉市", "region", "fixed_asset_investment_cny", 1.336e11, "cny", "今年酒泉市确定完成固定资产投资1336亿元", "2017年（目标）", kind="target", opt=True, chk=True),
  fact("酒泉市", "region", "projects_started", 266, "count", C1, "2017年初至4月", kind="cumulative", opt=True),
  fact("酒泉市", "region", "fixed_asset_investment_cny", 2.86e9, "cny", "完成固定资产投资28.6亿元", "2017年初至4月", kind="cumulative", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- xl04 榆林:产业振兴成南部县发展强力引擎 (榆林日报 via 凤凰网陕西 2014)
YJ = "榆佳工业园区"
TH = "陕西有色天宏新能源多晶硅项目"
D0 = "榆佳工业园区引进省级高科技产业化项目——陕西有色天宏新能源多晶硅项目已于2011年开工建设,其中一期投资100多亿元,占地2300亩"
D1 = "目前,榆佳工业园区已入驻企业24户,项目总投资达300亿元,累计完成投资30亿元"
D2 = "2013年,年产15000吨镁合金板材及镁合金制品项目和陕西基泰投资集团投资的高效液体金属切割气项目在西洽会上落地绥德"
AS4 = "2014年4月"
G["xl04"] = dict(
 article=art("榆林:产业振兴成南部县发展强力引擎", "榆林日报，载于凤凰网陕西（sn.ifeng.com 榆林频道）", "2014-05-08", "day",
  "City daily on a portal's provincial channel, Shaanxi: a feature on the southern counties of 榆林 — an industrial park's flagship polysilicon project (started, phase-1 investment, site area, expected sales), the park's firms, total and completed investment and built capacities, two county projects landed",
  "http://sn.ifeng.com/yulin/news/detail_2014_05/08/2240164_0.shtml",
  "日期取页面“2014年05月08日 10:18 来源:榆林日报”。标题照录；日期、来源行、导语摘要行（“榆林:产业振兴… 近年来,南”）与重复标题行已删。存段在末段“预计到“十二五”末,园区可形成400”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…其他一些项目则正在有序推进中。”，含小标题一行，共七段（长篇只存开头）。“南部县”指榆林南部诸县（泛称），不是县名，不列地区。园区：榆佳工业园区（榆林，陕西；所在县文中未说）。项目：陕西有色天宏新能源多晶硅项目——“已于2011年开工建设…初步预计明年建成投产”→在建（status_alt 开工）；“一期投资100多亿元”不是“数字+亿元”，investment_text 记原文、investment_cny 为 null（如 real25 q04），qualifier 余，phase 一期；年销售收入“100多亿元”同理不记数值。绥德两项目（年产15000吨镁合金板材及镁合金制品项目、高效液体金属切割气项目）“落地绥德”：县内、园区未说，park null，状态不记。事实：园区入驻企业24户、项目总投资300亿元、累计完成投资30亿元；多晶硅项目占地2300亩（可选）。",
  "xl04"),
 parks=[
  park(YJ, "榆林", "陕西", "工业园区", D0),
 ],
 companies=[
  comp("陕西基泰投资集团", None, D2, note="高效液体金属切割气项目投资方；项目落地绥德（县），园区未说"),
  comp("陕西有色", YJ, D0, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj(TH, YJ, D0, companies=["陕西有色"], inv="一期投资100多亿元", qual="余", qual_text="多", unparsed=True, phase="一期",
       status="在建", status_text="已于2011年开工建设", status_alt="开工", note="一期金额；“初步预计明年建成投产”"),
  proj("年产15000吨镁合金板材及镁合金制品项目", None, D2, note="在西洽会上落地绥德（县）；状态不记"),
  proj("高效液体金属切割气项目", None, D2, companies=["陕西基泰投资集团"], note="同上"),
 ],
 aggregate_facts=[
  fact(YJ, "park", "firms", 24, "count", D1, AS4),
  fact(YJ, "park", "projects_total_investment_cny", 3e10, "cny", "项目总投资达300亿元", AS4, chk=True),
  fact(YJ, "park", "investment_completed_cny", 3e9, "cny", "累计完成投资30亿元", AS4, kind="cumulative", chk=True),
  fact(TH, "project", "site_area_mu", 2300, "mu", D0, AS4, opt=True),
 ])

# ---------------------------------------------------------------- xl05 航天基地 六大项目总投资94.36亿元 (西安晚报 2018)
HT = "航天基地"
E0 = "据了解,此次航天基地开工的六大项目,总投资94.36亿元,年计划投资33.85亿元"
E1 = "分别为航天基地公共服务产业园基础设施项目、深国际·西安综合物流港项目、中陕核工业航天商业地产项目和康桥·悦蓉园等六大项目"
E2 = "总投资16亿元的中陕核工业航天商业地产项目,规划建设以商业、办公、公寓为一体的商业综合体"
E3 = "航天基地公共服务产业园基础设施项目和深国际·西安综合物流港项目两个产业园项目,是围绕航天基地主导产业进行规划建设"
AS5 = "2018-07-07"
G["xl05"] = dict(
 article=art("航天基地 六大项目总投资94.36亿元", "西安晚报（记者康乔娜，通讯员王行丽），载于 m.yybnet.net（西安频道）", "2018-07-08", "day",
  "City evening paper on a news aggregator, Shaanxi: a 西安 sub-zone's branch venue of the city's second batch of groundbreakings — six projects with total and annual planned investment, four named (two park projects, a commercial complex with its amount, a housing estate)",
  "https://m.yybnet.net/xian/news/201807/7688117.html",
  "日期取页面“西安晚报 2018-07-08 05:39”；开工仪式在“7月7日”。标题照录，副题“将提升区域民生生活品质”作正文首段保留；日期行、“新闻推荐”“相关新闻”及所附另一稿（西咸新区47个项目）已删。正文五段，完整。园区：航天基地（即西安航天基地，文中只作“航天基地”；西安，陕西；级别文中未说）。项目（“此次航天基地开工的六大项目”→开工，park 航天基地）：航天基地公共服务产业园基础设施项目、深国际·西安综合物流港项目（二者文中称“两个产业园项目”，园区名另列可选园区）、中陕核工业航天商业地产项目（总投资16亿元）、康桥·悦蓉园（民生保障项目）。企业只在项目名中（深国际、中陕核工业），列可选。事实：开工6个、总投资94.36亿元、年计划投资33.85亿元（target）；年度计划投资较第一次集中开工提高51%（ratio，可选）；第一批7个项目开工率100%（可选）。",
  "xl05"),
 parks=[
  park(HT, "西安", "陕西", "基地（航天经济技术开发区）", E0, note="即西安航天基地；文中只作“航天基地”"),
  park("航天基地公共服务产业园", "西安", "陕西", "产业园", E3, parent=HT, opt=True, note="以“…基础设施项目”出现，文中称产业园项目"),
  park("深国际·西安综合物流港", "西安", "陕西", "物流园", E3, parent=HT, opt=True, note="以“…项目”出现，文中称产业园项目"),
 ],
 companies=[
  comp("深国际", HT, E1, opt=True, note="只在项目名中"),
  comp("中陕核工业", HT, E2, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("航天基地公共服务产业园基础设施项目", HT, E1, status="开工", status_text="开工", note="产业园项目"),
  proj("深国际·西安综合物流港项目", HT, E1, status="开工", status_text="开工", note="产业园项目"),
  proj("中陕核工业航天商业地产项目", HT, E2, inv="总投资16亿元", status="开工", status_text="开工", note="商业综合体"),
  proj("康桥·悦蓉园", HT, E1, status="开工", status_text="开工", note="民生保障项目"),
 ],
 aggregate_facts=[
  fact(HT, "park", "projects_started", 6, "count", E0, AS5),
  fact(HT, "park", "projects_started_investment_cny", 9.436e9, "cny", "开工的六大项目,总投资94.36亿元", AS5, chk=True),
  fact(HT, "park", "planned_annual_investment_cny", 3.385e9, "cny", "年计划投资33.85亿元", "2018年（计划）", kind="target", chk=True),
  fact(HT, "park", "planned_annual_investment_growth_vs_first_batch", 0.51, "ratio", "此次年度计划投资较今年第一次集中开工提高51%", AS5, kind="ratio", opt=True),
  fact(HT, "park", "first_batch_projects_started", 7, "count", "航天基地参加西安市第一批扩大有效投资重大项目开工仪式的7个项目开工率为100%", "2018年第一批", opt=True),
 ])

# ---------------------------------------------------------------- xl06 渭南高新区 2023年度工业发展先进区 (渭南高新区管委会 2024)
WN = "渭南高新区"
F1 = "中联重科产值翻番、突破50亿元,带动奥尔德、中挖等配套企业扩能提产,装备制造产值增长45%"
F2 = "陕西北人打印机实现海外销售1550万美元、增长35%"
F3 = "开沃新能源商用车出口订单达2.5亿元"
F4 = "陕煤启辰产能加快释放,年产3万吨矿用高分子材料产业基地、年产2万吨矿用无机材料生产线建成投产"
F5 = "瑞联原料药建成试产,天地人和、岳达生物申报两款1.1类新药,昆秦生物疫苗产业化基地填补了全省疫苗产业发展空白"
F0 = "辖区金堆城钼业集团有限公司、陕西中联西部土方机械有限公司获“渭南市2023年度纳税十强工业企业”称号,渭南长安花粮油有限公司获“渭南市2023年度优秀民营企业”称号"
AS6 = "2023年"
G["xl06"] = dict(
 article=art("高新区荣获渭南市2023年度工业发展先进区称号", "渭南高新区管委会（gaoxinqu.weinan.gov.cn 政务公开·目标责任考核栏）", "2024-04-15", "day",
  "A high-tech zone administration's own site, Shaanxi: the zone named the city's 2023 industrial-development leader — firms in the zone honoured, the year's firm results (output, overseas sales, export orders), lines put into production, trial production, equipment-manufacturing growth",
  "https://gaoxinqu.weinan.gov.cn/zwxxgk/fdzdgknr/mbrwkh/1780062051382562818.html",
  "日期取页面“来源:渭南高新区管委会 发布时间:2024-04-15 10:16”（会议在4月12日）。标题照录；栏目路径行与来源时间行已删。存段在第二段末句“在数字经济发展方面…以前瞻思维推动数”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…填补了全省疫苗产业发展空白。”，共两段。园区：文中只作“高新区”（渭南市；管委会自己的网站），名称记“渭南高新区”（文中无此全称，check_gold 对此只出 WARN）。公司：“辖区”三家（金堆城钼业集团有限公司、陕西中联西部土方机械有限公司、渭南长安花粮油有限公司）；第二段所述企业按语境同在高新区：中联重科、陕西北人、开沃新能源（“开沃新能源商用车”——公司简称后接产品，名称取“开沃新能源”）、陕煤启辰、木王科技、昆秦生物为必列，奥尔德、中挖、陕西智拓、瑞联、天地人和、岳达生物可选。项目：年产3万吨矿用高分子材料产业基地、年产2万吨矿用无机材料生产线（陕煤启辰，建成投产→投产）；瑞联原料药（建成试产→投产，status_alt 竣工；可选）；昆秦生物疫苗产业化基地（状态未说，可选）。事实：中联重科产值突破50亿元（超）、翻番（ratio 1.0，可选）；装备制造产值增长45%（园区）；陕西北人海外销售1550万美元、增长35%；开沃出口订单2.5亿元。“纳税十强”“优秀民营企业”为称号，不作事实。",
  "xl06"),
 parks=[
  park(WN, "渭南", "陕西", "高新区", "高新区被评为2023年度工业发展先进区", aliases=["高新区"], note="文中只作“高新区”；渭南高新区管委会网站"),
 ],
 companies=[
  comp("金堆城钼业集团有限公司", WN, F0, note="辖区企业；纳税十强"),
  comp("陕西中联西部土方机械有限公司", WN, F0, note="辖区企业；纳税十强"),
  comp("渭南长安花粮油有限公司", WN, F0, note="辖区企业；优秀民营企业"),
  comp("中联重科", WN, F1),
  comp("奥尔德", WN, F1, opt=True, note="配套企业"),
  comp("中挖", WN, F1, opt=True, note="配套企业"),
  comp("陕西北人", WN, F2, note="“陕西北人打印机”：公司简称＋产品"),
  comp("开沃新能源", WN, F3, note="“开沃新能源商用车”：公司简称＋产品"),
  comp("陕煤启辰", WN, F4),
  comp("陕西智拓", WN, "陕西智拓获评省级增材制造“链主”企业", opt=True),
  comp("木王科技", WN, "木王科技攻克“晶圆级测试用MEMS(微电子机械系统)探针”重大关键核心技术,上市进程加速推进"),
  comp("瑞联", WN, F5, opt=True, note="“瑞联原料药建成试产”"),
  comp("天地人和", WN, F5, opt=True),
  comp("岳达生物", WN, F5, opt=True),
  comp("昆秦生物", WN, F5),
 ],
 projects=[
  proj("年产3万吨矿用高分子材料产业基地", WN, F4, companies=["陕煤启辰"], status="投产", status_text="建成投产"),
  proj("年产2万吨矿用无机材料生产线", WN, F4, companies=["陕煤启辰"], status="投产", status_text="建成投产"),
  proj("瑞联原料药", WN, F5, companies=["瑞联"], status="投产", status_text="建成试产", status_alt="竣工", opt=True, note="试生产"),
  proj("昆秦生物疫苗产业化基地", WN, F5, companies=["昆秦生物"], opt=True, note="状态未说"),
 ],
 aggregate_facts=[
  fact("中联重科", "company", "output_cny", 5e9, "cny", "中联重科产值翻番、突破50亿元", AS6, qual="超", qtext="突破", chk=True),
  fact("中联重科", "company", "output_yoy_growth", 1.0, "ratio", "中联重科产值翻番", AS6, kind="ratio", opt=True, note="翻番"),
  fact(WN, "park", "equipment_manufacturing_output_yoy_growth", 0.45, "ratio", "装备制造产值增长45%", AS6, kind="ratio"),
  fact("陕西北人", "company", "overseas_sales_usd", 1.55e7, "usd", F2, AS6),
  fact("陕西北人", "company", "overseas_sales_yoy_growth", 0.35, "ratio", F2, AS6, kind="ratio"),
  fact("开沃新能源", "company", "export_orders_cny", 2.5e8, "cny", F3, AS6, chk=True),
 ])

# ---------------------------------------------------------------- xl07 前六月金昌经开区 (金昌日报 via 中国甘肃网 2020)
JC = "金昌经济技术开发区"
H0 = "前6月,金昌经开区实现地区生产总值110.5亿元,同比增长11.7%"
H1 = "实现规上工业总产值295.16亿元,同比增长11.08%"
H2 = "完成固定资产投资6.57亿元,同比增长27.46%"
AS7 = "2020年1–6月"
G["xl07"] = dict(
 article=art("前六月金昌经开区实现地区生产总值110.5亿元", "金昌日报（记者李峰），载于中国甘肃网（gansu.gscn.com.cn，编辑:赵满同）", "2020-09-08", "day",
  "City daily on the provincial news portal, Gansu: a national economic and technological development zone's half-year figures — GDP, above-scale industrial output, foreign trade, fixed-asset investment with growth rates; the zone's history and a three-year output goal",
  "http://gansu.gscn.com.cn/system/2020/09/08/012455727.shtml",
  "日期取页面“20-09-08 10:35 来源:金昌日报”。标题照录；位置行、日期来源行、“原标题:主要指标达到预期目标 考核指标提升进展顺利”（记于 title_note）与重复标题行已删。存段在末句“围绕基础设施、生态安全和科技创新3个方面,我市补短板”处中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…即将全面承接实施。”，共三段。园区：文中先作“金昌经开区”，政策文件名中有全称“金昌经济技术开发区”，名称取全称、简称作 alias（金昌，甘肃；2010年升为国家级）。事实（2020年1–6月）：地区生产总值110.5亿元、增长11.7%；规上工业总产值295.16亿元、增长11.08%；进出口贸易总额63.35亿元；固定资产投资6.57亿元、增长27.46%。“计划通过3年时间,打造产值过千亿元园区”为目标（target，超，可选）。",
  "xl07", title_note="原标题：主要指标达到预期目标 考核指标提升进展顺利"),
 parks=[
  park(JC, "金昌", "甘肃", "国家级经济技术开发区", H0, aliases=["金昌经开区"], note="文中多作“金昌经开区”；全称见政策文件名"),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(JC, "park", "gdp_cny", 1.105e10, "cny", H0, AS7, chk=True),
  fact(JC, "park", "gdp_yoy_growth", 0.117, "ratio", H0, AS7, kind="ratio"),
  fact(JC, "park", "industrial_output_above_scale_cny", 2.9516e10, "cny", H1, AS7, chk=True),
  fact(JC, "park", "industrial_output_above_scale_yoy_growth", 0.1108, "ratio", H1, AS7, kind="ratio"),
  fact(JC, "park", "import_export_cny", 6.335e9, "cny", "进出口贸易总额63.35亿元", AS7, chk=True),
  fact(JC, "park", "fixed_asset_investment_cny", 6.57e8, "cny", H2, AS7, chk=True),
  fact(JC, "park", "fixed_asset_investment_yoy_growth", 0.2746, "ratio", H2, AS7, kind="ratio"),
  fact(JC, "park", "industrial_output_cny", 1e11, "cny", "计划通过3年时间,打造产值过千亿元园区", "3年内（目标）", kind="target", qual="超", qtext="过", opt=True),
 ])

# ---------------------------------------------------------------- xl08 嘉峪关工业园区 三连冠 (甘肃日报 via 中国甘肃网 2022)
JY = "嘉峪关工业园区"
K0 = "嘉峪关工业园区(高新区)在全省40个省级开发区排名第一、全省9个省级高新区排名第一"
K1 = "截至2021年底,嘉峪关工业园区(高新区)规划从建园时的10平方公里拓展至266平方公里,企业从8家增加至325家"
K2 = "工业总产值从6200万元增长至628.3亿元,工业增加值从1800万元增长至91.1亿元,税收从300万元增长至17.8亿元"
K3 = "嘉峪关工业园区(高新区)目前引进建成和在建及即将落地的索通、甬金、藏建、铭翔、海中环保等一批调结构、促转型的好项目、大项目"
AS8 = "2021年底"
G["xl08"] = dict(
 article=art("嘉峪关工业园区获省级高新区“三连冠”", "甘肃日报（记者徐俊勇），载于中国甘肃网（gansu.gscn.com.cn，编辑:张玉芳）", "2022-10-25", "day",
  "Provincial daily on the provincial news portal, Gansu: a provincial high-tech zone ranked first in the 2021 evaluation — its history, area, firms, industrial output, value added and tax at the end of 2021 against its founding, named project firms",
  "http://gansu.gscn.com.cn/system/2022/10/25/012844752.shtml",
  "日期取页面“22-10-25 08:30 来源:中国甘肃网-甘肃日报”。标题照录；位置行、日期来源行、“原标题:”行（与标题同）、版权声明与社交链接已删。正文三段，完整。园区：嘉峪关工业园区（文中作“嘉峪关工业园区(高新区)”，2018年晋升省级高新技术产业开发区；嘉峪关，甘肃）。名称取“嘉峪关工业园区”，alias 记文中形式“嘉峪关工业园区(高新区)”。事实（截至2021年底，cumulative 之外记 reported）：规划面积266平方公里、企业325家、工业总产值628.3亿元、工业增加值91.1亿元、税收17.8亿元；建园时的数值（10平方公里、8家、6200万元、1800万元、300万元）列可选（as_of 2002年建园时）。“从…增长至…”一句里首个金额是建园时的数值，故现值事实的 evidence 取“增长至628.3亿元”等短语（check_gold 取 evidence 首个金额）。全省40个省级开发区排名第一、9个省级高新区排名第一（provincial_rank 1，可选）。企业索通、甬金、藏建、铭翔、海中环保只被列举为项目，列可选公司（园区嘉峪关工业园区）。",
  "xl08"),
 parks=[
  park(JY, "嘉峪关", "甘肃", "省级高新区（工业园区）", K0, aliases=["嘉峪关工业园区(高新区)"], note="2006年省级工业园区，2018年晋升省级高新区"),
 ],
 companies=[
  comp("索通", JY, K3, opt=True, note="列举的项目/企业"),
  comp("甬金", JY, K3, opt=True, note="同上"),
  comp("藏建", JY, K3, opt=True, note="同上"),
  comp("铭翔", JY, K3, opt=True, note="同上"),
  comp("海中环保", JY, K3, opt=True, note="同上"),
 ],
 institutions=[
  inst("省开发区建设发展领导小组", "省开发区建设发展领导小组下发《关于省级开发区2021年度工作考核评价情况的通报》", note="考核通报发文单位"),
 ],
 projects=[],
 aggregate_facts=[
  fact(JY, "park", "planned_area_km2", 266, "km2", K1, AS8),
  fact(JY, "park", "planned_area_km2", 10, "km2", K1, "2002年（建园时）", opt=True),
  fact(JY, "park", "firms", 325, "count", K1, AS8),
  fact(JY, "park", "firms", 8, "count", K1, "2002年（建园时）", opt=True),
  fact(JY, "park", "industrial_output_cny", 6.283e10, "cny", "增长至628.3亿元", AS8, chk=True),
  fact(JY, "park", "industrial_output_cny", 6.2e7, "cny", "工业总产值从6200万元增长至628.3亿元", "2002年（建园时）", opt=True, chk=True),
  fact(JY, "park", "industrial_value_added_cny", 9.11e9, "cny", "增长至91.1亿元", AS8, chk=True),
  fact(JY, "park", "industrial_value_added_cny", 1.8e7, "cny", "工业增加值从1800万元增长至91.1亿元", "2002年（建园时）", opt=True, chk=True),
  fact(JY, "park", "tax_revenue_cny", 1.78e9, "cny", "增长至17.8亿元", AS8, chk=True),
  fact(JY, "park", "tax_revenue_cny", 3e6, "cny", "税收从300万元增长至17.8亿元", "2002年（建园时）", opt=True, chk=True),
  fact(JY, "park", "provincial_rank", 1, "rank", K0, "2021年度考核", opt=True, note="全省40个省级开发区第一、9个省级高新区第一"),
 ])
