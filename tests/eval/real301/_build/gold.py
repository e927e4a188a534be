# real301 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as
# written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios.
# Projects: the park is the one the text places the project in, null if none. Status from the text's words (签约 / 签订 →
# 签约; 动工建设 / 开工 → 开工; 竣工试机 → 投产 (status_text keeps the words); 扫尾 with 竣工验收 planned → 在建). “今年以来”,
# “1~8月” figures are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/qnNN.raw as returned.

# ---------------------------------------------------------------- qn01 东侨 (宁德网 2017)
DQ = "东侨工业园区"
A0 = "2月21日,位于东侨工业园区的东侨锂离子电池隔膜及隔膜涂层加工项目,工人正进行工程扫尾工作,计划5月竣工验收,投入使用"
A1 = "在宁德市2017年锂电新能源产业链招商会上,东侨签约新能源产业链项目13个"
A2 = "涵盖整个锂电新能源产业链,总投资21.88亿元"
A3 = "3月即将开始投入生产的福建守信新材料科技有限公司总经理陆宗文说"
A4 = "在去年基础设施建设投入8亿元建设的基础上,今年又增加15亿元"
G["qn01"] = dict(
 article=art("东侨:加快项目建设 集聚发展动能", "宁德网（ndwww.cn，林凌玲；责任编辑:叶朝玉）", "2017-02-24", "day",
  "City news portal, Fujian (宁德): a development zone's early-year project push — a battery-separator project in its industrial park near completion, 13 lithium-battery supply-chain projects signed with their total, a supplier about to start production, infrastructure spending last year and this year",
  "http://ndwww.cn/xspd/dqxw/2017/0224/41705.shtml",
  "日期取网址 2017/0224（文中“2月21日”为现场日）。标题照录；“责任编辑:叶朝玉”已删。正文四段，完整。园区：东侨工业园区（福建东侨经济开发区的工业园区；宁德市，福建）；文中“东侨”指东侨经济开发区（全称不见于文中，不补），列为园区别名不可（“东侨”单字在文中是简称，作 aliases 之一）。项目：东侨锂离子电池隔膜及隔膜涂层加工项目（工程扫尾、计划5月竣工验收→在建）。13个签约项目未点名，合计21.88亿元为事实。福建守信新材料科技有限公司：“3月即将开始投入生产”、“项目入驻园区”，园区推定为东侨工业园区。基础设施投入：去年8亿元、今年增加15亿元（可选事实；“北部新区”为路网所在片区，不列园区）。",
  "qn01"),
 parks=[
  park(DQ, "宁德", "福建", "工业园区", A0, aliases=["东侨"], note="文中又作“东侨”“园区”；属福建东侨经济开发区（全称不见于文中）"),
 ],
 companies=[
  comp("福建守信新材料科技有限公司", DQ, A3, note="新能源产业链项目企业，3月即将投产；园区由语境推定"),
 ],
 projects=[
  proj("东侨锂离子电池隔膜及隔膜涂层加工项目", DQ, A0, status="在建", status_text="工人正进行工程扫尾工作,计划5月竣工验收", note="计划2017年5月竣工验收"),
 ],
 aggregate_facts=[
  fact(DQ, "park", "projects_signed", 13, "count", A1, "2017年（锂电新能源产业链招商会）"),
  fact(DQ, "park", "signed_investment_cny", 2.188e9, "cny", A2, "2017年（锂电新能源产业链招商会）", chk=True, note="13个签约项目合计"),
  fact(DQ, "park", "infrastructure_investment_cny", 8e8, "cny", A4, "2016年", opt=True, note="“去年基础设施建设投入8亿元”；主语“东侨”"),
  fact(DQ, "park", "infrastructure_investment_cny", 1.5e9, "cny", "今年又增加15亿元", "2017年（计划）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- qn02 马尾高新园区 (福州日报 2018)
MW = "福州经济技术开发区高新园区"
FZK = "福州经济技术开发区"
B0 = "改革开放以来,福州经济技术开发区高新园区从无到有"
B1 = "从100亿元产值目标到累计实现5000多亿元工业总产值"
B2 = "1991年3月,开发区高新技术产业功能区成立,规划1.4平方公里"
B3 = "引进台湾中华映管显像管项目,项目上下游关联企业达到30多家"
B4 = "志品(福州)技术工程有限公司是中华映管的配套台湾厂商"
B5 = "2003年,园区产值实现过百亿元,区域面积从1.4平方公里扩展到5.6平方公里"
G["qn02"] = dict(
 article=art("马尾高新园区:因“电子”而兴 由“物联”而强", "福州日报（记者 钱嘉宜 通讯员 许琳晶），载于福州新闻网 fznews.com.cn（福州新区频道 fzxq）", "2018-11-14", "day",
  "City daily on the city news portal, Fujian (福州): a reform-anniversary feature on a national development zone's high-tech park — cumulative output, founding dates and planned area, a Taiwanese display-tube project and its suppliers, output passing ten billion and area growth by 2003",
  "http://fzxq.fznews.com.cn/node/11884/20181114/5beb8a95d957a.shtml",
  "日期取页面“发布时间:2018-11-14 10:38:13 来源:福州新闻网”。标题照录；发布时间行与署名行“福州日报记者 钱嘉宜 通讯员 许琳晶”（正文前单列）已删，署名记于 outlet。存段在第二个小标题“从一枝独秀到百花齐放”后的段落“21世纪初,高新园区一直围”处中断，该小标题与残段整体删去；正文截至“…贴上了“电子信息”的标签。”，含小标题“从零开始的“百亿电子城””。园区：福州经济技术开发区高新园区（标题“马尾高新园区”，文中又作“高新园区”“园区”；1991年设立时称“开发区高新技术产业功能区”）；母园区福州经济技术开发区（1985年设立，国家级）。“百亿电子城”“国家电子信息产业园”“国家新型工业化物联网产业示范基地”为称号，不另列园区。项目：台湾中华映管显像管项目（已引进；无状态词、无金额；不写状态）。公司：中华映管、志品(福州)技术工程有限公司（配套厂商，园区推定）。事实：累计5000多亿元工业总产值（cumulative，余）；1991年规划1.4平方公里；2003年产值过百亿元（超）、面积扩至5.6平方公里；上下游关联企业30多家（余）。",
  "qn02"),
 parks=[
  park(MW, "福州", "福建", "高新园区（开发区内）", B0, district="马尾区", parent=FZK, aliases=["马尾高新园区", "高新园区", "开发区高新技术产业功能区"],
       note="标题作“马尾高新园区”；1991年设立时称“开发区高新技术产业功能区”"),
  park(FZK, "福州", "福建", "国家级经济技术开发区", "1985年1月经国务院批准,福州经济技术开发区正式设立", district="马尾区", note="文中又作“开发区”"),
 ],
 companies=[
  comp("中华映管", MW, B3, aliases=["台湾中华映管"], note="台湾企业；显像管项目引入高新园区"),
  comp("志品(福州)技术工程有限公司", MW, B4, aliases=["志品公司"], note="中华映管配套台湾厂商；园区由语境推定"),
 ],
 projects=[
  proj("台湾中华映管显像管项目", MW, B3, companies=["中华映管"], aliases=["中华映管显像管项目"], note="1995年后引进；无状态词、无金额"),
 ],
 aggregate_facts=[
  fact(MW, "park", "industrial_output_cny", 5e11, "cny", B1, "截至2018年（累计）", kind="cumulative", qual="余", qtext="多", chk=True),
  fact(MW, "park", "planned_area_km2", 1.4, "km2", B2, "1991年3月（设立时）"),
  fact(MW, "park", "area_km2", 5.6, "km2", B5, "2003年"),
  fact(MW, "park", "industrial_output_cny", 1e10, "cny", "2003年,园区产值实现过百亿元", "2003年", qual="超", qtext="过", opt=True,
       note="“百亿元”无阿拉伯数字；value 按百亿元=1e10"),
  fact("台湾中华映管显像管项目", "project", "supplier_firms", 30, "count", B3, "1995年后", qual="余", qtext="多", opt=True),
  fact(MW, "park", "standard_factory_floor_area_m2", 1e5, "m2", "建设了M9511标准厂房10万平方米", "1995年前", opt=True),
 ])

# ---------------------------------------------------------------- qn03 邵武金塘工业园区 (福建日报 via 东南网 2018)
JT = "邵武金塘工业园区"
FX = "氟新材料专业园"
SW = "百亿生物医药产业园"
C0 = "下午,邵武金塘工业园区管委会副主任黄旭应接待了五六拨客商"
C1 = "在管委会的不远处,一个占地达5000多亩的氟新材料专业园轮廓初显。去年7月,该园区启动建设"
C2 = "旧园区永太科技锂电池新材料竣工试机,永晶科技液晶新材料、永泓特种氟硅材料等大项目、好项目顺利实施"
C3 = "随着帝盛科技、广生堂原料药国际产业化建设项目、舜跃氟医药中间体及兽药系列项目等落地,百亿生物医药产业园正在崛起"
C4 = "福建帝盛科技有限公司专门生产紫外线吸收剂"
C5 = "今年一季度,全市新谋划生成亿元以上项目224项,总投资717亿元"
G["qn03"] = dict(
 article=art("集中突破量质齐升态势优", "福建日报（记者 赵锦飞 通讯员 何兴明），载于东南网南平频道 np.fjsen.com", "2018-05-11", "day",
  "Provincial daily on the provincial portal's city channel, Fujian (南平): a county-level industrial park's fluorine-materials park taking shape with named projects completed or under way, a biomedicine park with landed projects, the city's project campaign and first-quarter project pipeline",
  "http://np.fjsen.com/2018-05/11/content_21030128.htm",
  "日期取页面“2018-05-11 07:40:16 来源:东南网”。标题照录；位置栏、日期来源行、“分享到:”已删。存段末段“以今年的“项目突破年”在句中中断，整段删去；正文截至“…总投资717亿元。”，共七段。同一报道另有 8037eee.com 的繁体转换副本（未用）。园区：邵武金塘工业园区（南平市邵武市，福建）；氟新材料专业园（“在管委会的不远处”，母园区推定为金塘工业园区；占地5000多亩，2017年7月启动建设）；百亿生物医药产业园（正在崛起；与金塘的隶属关系文中未说，parent 不填，可选）。项目：永太科技锂电池新材料（旧园区，竣工试机→投产）、永晶科技液晶新材料、永泓特种氟硅材料（“顺利实施”→在建）；广生堂原料药国际产业化建设项目、舜跃氟医药中间体及兽药系列项目（“落地”，无状态）；均无金额。公司：福建帝盛科技有限公司（生物医药产业园项目之一，园区推定）。南平全市一季度224项、717亿元为城市事实（region）。",
  "qn03"),
 parks=[
  park(JT, "南平", "福建", "工业园区", C0, district="邵武市", aliases=["旧园区"], note="“旧园区”指金塘工业园区原有部分（推定）"),
  park(FX, "南平", "福建", "产业园（氟新材料）", C1, district="邵武市", parent=JT, note="母园区由语境推定；去年7月启动建设"),
  park(SW, "南平", "福建", "产业园（生物医药）", C3, district="邵武市", opt=True, note="正在崛起；隶属文中未说"),
 ],
 companies=[
  comp("福建帝盛科技有限公司", SW, C4, aliases=["帝盛科技"], note="紫外线吸收剂龙头；园区由语境推定"),
  comp("永太科技", JT, C2, opt=True, note="只在项目名中"),
  comp("永晶科技", FX, C2, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("永太科技锂电池新材料", JT, C2, companies=["永太科技"], status="投产", status_text="竣工试机", note="位于“旧园区”"),
  proj("永晶科技液晶新材料", FX, C2, companies=["永晶科技"], status="在建", status_text="顺利实施", note="园区推定为氟新材料专业园"),
  proj("永泓特种氟硅材料", FX, C2, status="在建", status_text="顺利实施", note="园区推定为氟新材料专业园"),
  proj("广生堂原料药国际产业化建设项目", SW, C3, status=None, status_text="落地", note="“落地”无明确阶段"),
  proj("舜跃氟医药中间体及兽药系列项目", SW, C3, status=None, status_text="落地", note="“落地”无明确阶段"),
 ],
 aggregate_facts=[
  fact(FX, "park", "site_area_mu", 5000, "mu", C1, "2018年5月", qual="余", qtext="多"),
  fact("南平市", "region", "projects_generated", 224, "count", C5, "2018年一季度", note="新谋划生成亿元以上项目"),
  fact("南平市", "region", "projects_generated_investment_cny", 7.17e10, "cny", "全市新谋划生成亿元以上项目224项,总投资717亿元", "2018年一季度", chk=True),
  fact("南平市", "region", "key_projects_linked_by_leaders", 100, "count", "重大前期项目共100项", "2018年", opt=True),
 ])

# ---------------------------------------------------------------- qn04 福州新区 海交会签约 (eastwp 2016)
FN = "福州新区"
D0 = "第十八届海峡两岸经贸交易会福州新区重点项目签约仪式在福建福州海峡国际会展中心举行,这是福州新区成立以来首次在海交会上举行签约仪式,共签订重点项目60项,总投资759.49亿元"
D1 = "投资70亿元的环球中心项目将落户新区三江口片区"
D2 = "中国三峡新能源公司拟投资建设海上风电装备产业园,中闽(福清)风电有限公司拟投资建设南岭风电项目,冠城大通与福投公司拟建设动力锂电池生产项目"
D3 = "国家地球空间信息福州产业化基地打造以地球空间信息及应用服务产业为特色"
AS4 = "2016年5月18日（第十八届海交会签约）"
G["qn04"] = dict(
 article=art("（无标题）第十八届海交会福州新区重点项目签约仪式 签订重点项目60项 总投资759.49亿元", "eastwp.net（转载；原发媒体与署名存段未示）", "2016-05", "month",
  "Relay site, Fujian (福州): a state-level new area's first signing ceremony at the cross-strait trade fair — 60 projects and their total, a landmark project in one of its sub-areas with its investment, named new-energy projects and firms, an innovation base",
  "http://eastwp.net/news/show.php?itemid=42081",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“5月18日上午,第十八届海峡两岸经贸交易会…”，第十八届海交会于2016年5月18日开幕，记 2016-05（month），发布日不详。存段把导语重复存了两遍（页面摘要＋正文首段），make_txt.py FIRST_NTH 从第二处起取，第一处当页面摘要删去。存段末段“数字福州厚实的发展基础…福建VR产业基地拟投资20亿元,建设集VR产、”在句中中断，整段删去；正文截至“…创新型产业集群。”，共三段。园区：福州新区（国家级新区，2015年获批；“福州新区成立以来”）；三江口片区（新区片区，可选）；海上风电装备产业园（拟建，可选园区）。项目：环球中心项目（投资70亿元，“将落户”→签约，签约仪式语境）；南岭风电项目、动力锂电池生产项目、海上风电装备产业园（“拟投资建设”，签约语境→签约，园区均为福州新区推定，可选）。公司：中国三峡新能源公司、中闽(福清)风电有限公司、冠城大通、福投公司。",
  "qn04"),
 parks=[
  park(FN, "福州", "福建", "国家级新区", D0, aliases=["新区"], note="文中又作“新区”"),
  park("三江口片区", "福州", "福建", "新区片区", D1, parent=FN, opt=True),
  park("海上风电装备产业园", "福州", "福建", "产业园（拟建）", D2, parent=FN, opt=True, note="拟投资建设；母园区推定"),
 ],
 companies=[
  comp("中国三峡新能源公司", FN, D2, note="拟投资建设海上风电装备产业园；园区推定"),
  comp("中闽(福清)风电有限公司", FN, D2, note="拟投资建设南岭风电项目；园区推定"),
  comp("冠城大通", FN, D2, opt=True, note="与福投公司拟建设动力锂电池生产项目"),
  comp("福投公司", FN, D2, opt=True, note="同上"),
 ],
 projects=[
  proj("环球中心项目", "三江口片区", D1, inv="投资70亿元", status="签约", status_text="将落户", note="签约仪式上的项目；拟建高达350米；park 记片区（属福州新区）",
       aliases=["环球中心"]),
  proj("海上风电装备产业园", FN, D2, companies=["中国三峡新能源公司"], status="签约", status_text="拟投资建设", opt=True, note="签约仪式语境；园区推定"),
  proj("南岭风电项目", FN, D2, companies=["中闽(福清)风电有限公司"], status="签约", status_text="拟投资建设", opt=True, note="签约仪式语境；园区推定"),
  proj("动力锂电池生产项目", FN, D2, companies=["冠城大通", "福投公司"], status="签约", status_text="拟建设", opt=True, note="签约仪式语境；园区推定"),
  proj("国家地球空间信息福州产业化基地", FN, D3, opt=True, note="创新平台；无状态、无金额"),
 ],
 aggregate_facts=[
  fact(FN, "park", "projects_signed", 60, "count", D0, AS4),
  fact(FN, "park", "signed_investment_cny", 7.5949e10, "cny", "共签订重点项目60项,总投资759.49亿元", AS4, chk=True),
 ])

# ---------------------------------------------------------------- qn05 福州新区建设完成投资732亿 (福州新闻网 2014)
E0 = "今年1~8月,福州新区项目建设进展顺利,完成投资732亿元、占年度计划投资73.2%"
E1 = "全省规模最大的电子商务产业园——福州电子商务产业园动工建设"
E2 = "福州高新区实现产值455亿元"
E3 = "临空经济区实现规模以上工业总产值433.74亿元"
AS5 = "2014年1–8月"
G["qn05"] = dict(
 article=art("福州新区建设完成投资732亿 航空10月可实现首飞", "福州新闻网（黄戎杰）", "2014-09-17", "day",
  "City news portal, Fujian (福州): a party plenum's economic briefing — the planned new area's investment to date, leading manufacturers' output, an e-commerce park breaking ground, central- and private-enterprise project counts, the high-tech zone's output and the airport economic zone's industrial output",
  "http://news.fznews.com.cn/fuzhou/2014-9-17/20149174YL9YN3gVV72924.shtml",
  "日期取页面“2014-09-17 07:27:40 作者:黄戎杰 来源:福州新闻网”。标题照录（后半“航空10月可实现首飞”在存段正文中无对应内容，照录不改）；位置栏、日期来源行、“【责任编辑:林少斌】”与排行栏已删。正文完整，含两行小标题“1~8月央企项目”“完成投资全省第一”。园区：福州新区（2014年时为规划中的新区，文中作项目建设主体）；福州电子商务产业园（动工建设→项目，亦列可选园区）；福州高新区（产值455亿元）；临空经济区（规模以上工业总产值433.74亿元）；福州保税港区（一期封关运作，可选）；海峡金融商务区（金融机构入驻20家，可选）。全市数据（44家龙头企业产值、央企民企项目、市级重点项目）为城市事实（region，多为可选）。",
  "qn05"),
 parks=[
  park("福州新区", "福州", "福建", "新区", E0),
  park("福州高新区", "福州", "福建", "高新区", E2),
  park("临空经济区", "福州", "福建", "临空经济区", E3),
  park("福州电子商务产业园", "福州", "福建", "产业园（电子商务）", E1, opt=True, note="动工建设中"),
  park("福州保税港区", "福州", "福建", "保税港区", "福州保税港区一期正式封关运作", opt=True),
  park("海峡金融商务区", "福州", "福建", "金融商务区", "海峡金融商务区金融机构入驻20家", opt=True),
 ],
 companies=[
  comp("京东商城", None, "京东商城落户福州", opt=True, note="落户福州；园区未说"),
 ],
 projects=[
  proj("福州电子商务产业园", None, E1, status="开工", status_text="动工建设", note="园区开发项目；所在园区文中未说"),
 ],
 aggregate_facts=[
  fact("福州新区", "park", "investment_completed_cny", 7.32e10, "cny", E0, AS5, kind="cumulative", chk=True),
  fact("福州新区", "park", "investment_completed_share_of_plan", 0.732, "ratio", E0, AS5, kind="ratio"),
  fact("福州高新区", "park", "output_cny", 4.55e10, "cny", E2, AS5, kind="cumulative", chk=True),
  fact("临空经济区", "park", "above_scale_industrial_output_cny", 4.3374e10, "cny", E3, AS5, kind="cumulative", chk=True),
  fact("海峡金融商务区", "park", "financial_institutions_entered", 20, "count", "海峡金融商务区金融机构入驻20家", AS5, kind="cumulative", opt=True),
  fact("福州市", "region", "leading_manufacturers_output_cny", 9.7617e10, "cny", "我市44家省级制造业龙头企业完成工业总产值976.17亿元", AS5, kind="cumulative", opt=True, chk=True),
  fact("福州市", "region", "central_soe_projects_started", 37, "count", "53个央企项目已动工37项,完成投资156.88亿元", AS5, kind="cumulative", opt=True),
  fact("福州市", "region", "central_soe_projects_investment_cny", 1.5688e10, "cny", "完成投资156.88亿元,居全省第一", AS5, kind="cumulative", opt=True, chk=True),
  fact("福州市", "region", "private_projects_started", 355, "count", "494个民企项目已动工355项,完成投资642亿元", AS5, kind="cumulative", opt=True),
  fact("福州市", "region", "key_projects_investment_cny", 1.19681e11, "cny", "480项市级重点项目建设完成投资1196.81亿元", AS5, kind="cumulative", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- qn06 海西三明生态工贸区 (东南网 2017, mirror copy)
SM = "海西三明生态工贸区"
F0 = "规划起总面积3157平方公里的海西三明生态工贸区"
F1 = "作为生态工贸区核心区域的三明生态新城"
F2 = "中国重汽福建海西汽车,已形成年产10万辆产能规模,建立200多个营销网络和300多个服务网络,去年销量同比增长66.8%"
G["qn06"] = dict(
 article=art("绿色发展 打造三明典范", "东南网（fjsen.com 福建频道·旅游栏；责任编辑:房小奇），存于镜像域名 m.folksfolks.com（第2页）", "2017-09-26", "day",
  "Provincial news portal (page 2 of a feature, stored on a mirror domain), Fujian (三明): a city's green-development feature — an eco industrial-and-trade zone's area, its role and layout, its core new town, an inland port, and a truck maker's capacity and sales growth",
  "https://m.folksfolks.com/fjnews/2017-09/26/content_20176712_2.htm",
  "日期取页面“2017-09-26 11:30:58 来源:东南网”。存段为东南网页面的简体镜像（非繁体转换），域名与东南网无关，原址未知；内容与版式为东南网原样。标题照录；频道导航、位置栏、日期来源行与图片说明“建宁桃花盛开,游客漫步在花海中。 陈晓星 摄”已删。存段末段“海西汽车所在的埔岭汽车工业园…中科动力(福建)新能源汽车公司是福建首家经济型纯电动汽车研发、生产”在句中中断，整段删去（埔岭汽车工业园因此不在正文中）；正文截至“…去年销量同比增长66.8%。”，含小标题“做足绿色文章”。此为一篇长文的第2页，第1页未存。园区：海西三明生态工贸区（总面积3157平方公里，全省10个新增长区域之一，“一带、双城、四片、九园区”）；三明生态新城（核心区域，parent 生态工贸区）；海西三明国际陆地港（可选）。公司：中国重汽福建海西汽车（园区未在正文中说；park 记生态工贸区为推定，可选）。事实：面积3157平方公里；九园区（可选）；海西汽车年产10万辆产能、销量增长66.8%（公司事实）。",
  "qn06"),
 parks=[
  park(SM, "三明", "福建", "生态工贸区（新增长区域）", F0, aliases=["生态工贸区"], note="全省10个新增长区域之一；串起沙县、梅列、三元、永安、明溪"),
  park("三明生态新城", "三明", "福建", "新城（核心区域）", F1, parent=SM),
  park("海西三明国际陆地港", "三明", "福建", "陆地港", "海西三明国际陆地港让这里的企业发展与世界互联互通", parent=SM, opt=True),
 ],
 companies=[
  comp("中国重汽福建海西汽车", SM, F2, opt=True, aliases=["海西汽车"], note="所在园区（埔岭汽车工业园）只在被删的残段中；此处推定在生态工贸区内"),
 ],
 projects=[],
 aggregate_facts=[
  fact(SM, "park", "area_km2", 3157, "km2", F0, "2017年9月"),
  fact(SM, "park", "sub_parks", 9, "count", "打造形成“一带、双城、四片、九园区”的发展格局", "2017年9月", opt=True),
  fact("中国重汽福建海西汽车", "company", "annual_capacity_vehicles", 100000, "vehicles", F2, "2017年9月"),
  fact("中国重汽福建海西汽车", "company", "sales_yoy_growth", 0.668, "ratio", F2, "2016年", kind="ratio"),
 ])
