# real391 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence). Growth rates and shares as ratios. Projects: the park is the one the text places
# the project in, null if none (a county or town is not a park). Status from the text's words (签约 → 签约; 引入 / 落户 alone →
# no status; 封顶并投入运营 → 投产 with status_alt 竣工). Counts since a past year (“自2015年以来”) are cumulative; planned
# sizes (“不久的将来…将建成”) are target. Sources are `search` (corpus pages) excerpts typed into _raw/pages/nzNN.raw as returned.

# ---------------------------------------------------------------- nz01 安徽肥西经济开发区 (市场星报 via yybnet 2018)
FX = "安徽肥西经济开发区"
A0 = "2018年2月,园区经省政府批准正式更名为安徽肥西经济开发区"
A1 = "园区先后引入投资200亿元的华南城大型商贸物流综合体、投资70亿元的TCL家电(合肥)产业园、投资55亿元的江汽轻卡基地等生产项目"
A2 = "自2015年以来,共引进工业项目106个,协议投资额398.61亿元,其中,5亿元以上大项目23个"
A3 = "共有126个工业项目开工建设,其中5亿元以上大项目10个"
AS1 = "2015年至2018年10月"
G["nz01"] = dict(
 article=art("安徽肥西经济开发区 聚焦战略性新兴产业 加速推动园区产业转型升级", "市场星报（曾梅 唐朝 朱镇 李莉 文/图），载于 yybnet.net（合肥新闻·肥西新闻栏）", "2018-10-22", "day",
  "Provincial evening paper via a regional news portal, Anhui: a county-level development zone's history (founded 1991 as 桃花工业园, provincial 2006, renamed 2018), its output milestone, three large projects attracted with amounts, and the number and signed value of industrial projects attracted and started since 2015",
  "http://www.yybnet.net/hefei/feixi/201810/8226158.html",
  "日期取页面“来源:市场星报 2018-10-22 16:54”。标题照录；导航两行、来源行已删；署名行“□ 曾梅 唐朝 朱镇 李莉 文/图”在正文第三段后，作为版面行删去（记于 outlet）。小标题“创新机制 提高招商项目质量”保留为一段。存段末行“近期,江汽轻卡配套、泰”为下一段残文，整段删去；正文截至“…其中5亿元以上大项目10个。”，共六段。园区：安徽肥西经济开发区（2018年2月由桃花工业园更名；文中又作“肥西经开区”“园区”；合肥市肥西县，安徽；省级开发区）；“桃花工业园”为旧名，记为 alias。肥西为县，不是园区。项目：华南城大型商贸物流综合体（200亿元）、TCL家电(合肥)产业园（70亿元）、江汽轻卡基地（55亿元）——“先后引入”，无阶段词，status 为 null。企业华南城、TCL、江汽只在项目名中，列可选。事实：2015年规上工业产值突破1千亿元（超）；自2015年以来引进工业项目106个、协议投资额398.61亿元、5亿元以上大项目23个、开工建设工业项目126个（其中5亿元以上10个）——均为累计（cumulative）。",
  "nz01"),
 parks=[
  park(FX, "合肥", "安徽", "经济开发区（省级）", A0, district="肥西县", aliases=["肥西经开区", "桃花工业园"],
       note="1991年建立，名桃花工业园；2006年获批省级开发区；2018年2月更名为安徽肥西经济开发区"),
 ],
 companies=[
  comp("华南城", FX, A1, opt=True, note="只在项目名中"),
  comp("TCL", FX, A1, opt=True, note="只在项目名中"),
  comp("江汽", FX, A1, opt=True, note="只在项目名中（江汽轻卡基地）"),
 ],
 projects=[
  proj("华南城大型商贸物流综合体", FX, A1, companies=["华南城"], inv="投资200亿元", note="园区先后引入；无阶段词"),
  proj("TCL家电(合肥)产业园", FX, A1, companies=["TCL"], inv="投资70亿元", note="园区先后引入；无阶段词"),
  proj("江汽轻卡基地", FX, A1, companies=["江汽"], inv="投资55亿元", note="园区先后引入；无阶段词"),
 ],
 aggregate_facts=[
  fact(FX, "park", "above_scale_industrial_output_cny", 1e11, "cny", "2015年,规上工业产值突破1千亿元大关", "2015年", qual="超", qtext="突破"),
  fact(FX, "park", "industrial_projects_introduced", 106, "count", A2, AS1, kind="cumulative"),
  fact(FX, "park", "signed_investment_cny", 3.9861e10, "cny", "协议投资额398.61亿元", AS1, kind="cumulative", chk=True),
  fact(FX, "park", "projects_introduced_over_500m", 23, "count", A2, AS1, kind="cumulative", opt=True, note="5亿元以上大项目"),
  fact(FX, "park", "projects_started", 126, "count", A3, AS1, kind="cumulative", note="工业项目开工建设"),
  fact(FX, "park", "projects_started_over_500m", 10, "count", A3, AS1, kind="cumulative", opt=True, note="5亿元以上大项目"),
 ])

# ---------------------------------------------------------------- nz02 肥西经开区进博会 (国际商报 via btcld 2019)
FJ = "肥西经开区"
B0 = "安徽肥西经开区参加了安徽省举办的进口需求发布暨经贸合作恳谈会,并在会上签约了三个项目"
B1 = "据了解,本次签约的三个项目,分别是上海音讯飞仓储设备有限公司投资的智慧物流产业基地建设项目,无锡清风源环保科技有限公司投资的研发中心及公司总部建设项目和上海金岛信息科技有限公司投资的测试仪器生产项目"
B2 = "肥西经开区已经形成五大主导产业集群:以江淮为龙头的汽车及其配套产业、以TCL为龙头的家电及配套产业、以泰禾为龙头的智能制造产业、以安利为龙头的新材料产业、以亿帆为龙头的生物医药产业"
AS2 = "2019年11月6日（进博会签约）"
G["nz02"] = dict(
 article=art("肥西经开区进博会擦亮产业“名片”", "国际商报（“告诉国际商报记者”；记者署名存段未示），载于 btcld.com.cn（财经栏）", "2019-11-08", "day",
  "Site relaying a national trade paper, Anhui: a county-level development zone signs three named projects by three named investors at the second China International Import Expo; the zone's five leading industrial clusters and their anchor firms",
  "http://btcld.com.cn/caijing/201911/t20191108_1339.shtml",
  "日期取页面“发布时间:2019-11-08 09:30:24”（“来源:”后为空）。标题照录；栏目行、发布时间行与两条图片说明（“中国国际进口博览会安徽省进口需求发布会暨经贸合作恳谈会现场”“无锡清风源…项目签约”）已删。存段在末段“同时加大智能制造、生物医药等战略新兴产业的培育支持力”处中断，该句（自“如今,肥西经开区又加快推动…”起）已删（make_txt.py LINE_SUFFIX）；正文截至“…以亿帆为龙头的生物医药产业。”，共四段。园区：肥西经开区（即安徽肥西经济开发区，文中作“肥西经开区”“安徽肥西经开区”“安徽肥西经济开发区”；合肥市肥西县，安徽）。项目：三个项目均“签约”（11月6日，进博会第二天，在上海），无金额；投资方三家列公司，园区记肥西经开区（签约在该区，项目落在该区；企业本部在上海、无锡）。五大主导产业的龙头企业（江淮、TCL、泰禾、安利、亿帆，简称）列可选公司。机构：肥西经开区投资促进分中心（可选）。事实：签约项目3个。“千亿开发区”“28年来”不计。",
  "nz02"),
 parks=[
  park(FJ, "合肥", "安徽", "经济开发区（省级）", B0, district="肥西县", aliases=["安徽肥西经开区", "安徽肥西经济开发区"],
       note="文中又作“安徽肥西经开区”“安徽肥西经济开发区”"),
 ],
 companies=[
  comp("上海音讯飞仓储设备有限公司", FJ, B1, note="智慧物流产业基地建设项目投资方；园区由签约方推定"),
  comp("无锡清风源环保科技有限公司", FJ, B1, note="研发中心及公司总部建设项目投资方；园区由签约方推定"),
  comp("上海金岛信息科技有限公司", FJ, B1, note="测试仪器生产项目投资方；园区由签约方推定"),
  comp("江淮", FJ, B2, opt=True, note="汽车及配套产业龙头（简称）"),
  comp("TCL", FJ, B2, opt=True, note="家电及配套产业龙头（简称）"),
  comp("泰禾", FJ, B2, opt=True, note="智能制造产业龙头（简称）"),
  comp("安利", FJ, B2, opt=True, note="新材料产业龙头（简称）"),
  comp("亿帆", FJ, B2, opt=True, note="生物医药产业龙头（简称）"),
 ],
 institutions=[
  inst("肥西经开区投资促进分中心", "肥西经开区投资促进分中心招商部长许润松告诉国际商报记者", park=FJ),
 ],
 projects=[
  proj("智慧物流产业基地建设项目", FJ, B1, companies=["上海音讯飞仓储设备有限公司"], status="签约", status_text="签约", note="进博会上签约；无金额"),
  proj("研发中心及公司总部建设项目", FJ, B1, companies=["无锡清风源环保科技有限公司"], status="签约", status_text="签约", note="进博会上签约；无金额"),
  proj("测试仪器生产项目", FJ, B1, companies=["上海金岛信息科技有限公司"], status="签约", status_text="签约", note="进博会上签约；无金额"),
 ],
 aggregate_facts=[
  fact(FJ, "park", "projects_signed", 3, "count", B0, AS2),
 ])

# ---------------------------------------------------------------- nz03 肥西县桃花镇 科创谷产业园 (人民网 via 网易号, 2023?)
TH = "桃花镇科创谷产业园"
C0 = "占地总面积约195亩的桃花镇科创谷产业园里,多栋单体建筑拔地而起,展露遒劲身姿"
C1 = "一期项目里,桃花科创产业园展示中心项目封顶并投入运营,其他9栋单体结构封顶;二期工程已完成场地平整,正在进行土方外运"
C2 = "不久的将来,这里将建成建设面积超38万平方米、含双创中心、孵化基地、企业总部大楼及人才公寓等配套的产业载体,总投资19.7亿元"
C3 = "目前,产业园里已有西交大国家技术转移中心与中科大先研院技术转化(肥西)中心入驻"
C4 = "全镇规上工业企业51家,家电及其配套规上产值占规上企业总产值的80%"
AS3 = "发稿时（约2023年）"
G["nz03"] = dict(
 article=art("肥西县桃花镇:昔日“工业聚集区”大步迈向“科创小镇”", "人民网-安徽频道（“本文转自:人民网-安徽频道”），载于网易号 163.com；记者署名存段未示", "2023", "year",
  "National paper's provincial channel relayed on a portal's self-media platform, Anhui: a town's science-and-innovation industrial park under construction — site area, phase 1 buildings topped out and a display centre in operation, phase 2 site works, planned floor area and total investment, two technology-transfer centres settled; the town's above-scale firms and its industrial profile",
  "https://www.163.com/dy/article/HVUT4DTF0530QRMB.html",
  "存段无日期行；发布日期不详。文中“早在2022年,肥西县政府工作报告…提出”，故写于2022年之后；记 2023（year，推定，未核实）。标题照录（网易号转载标题）；“网易首页 > 网易号…”“0 / 分享至”“本文转自:人民网-安徽频道”与两条图片说明（“桃花科创谷产业园。肥西融媒供图”“中科光电生产车间。桃花镇供图”）已删。存段末段“如今,不止囿于科创产业园平台的加持,…每一”在句中中断，整段删去；正文截至“…打造特色鲜明的科创小镇。”，共七段（含小标题式短句“产业更新,生生不息。”）。园区：桃花镇科创谷产业园（文中又作“桃花科创产业园”（在展示中心项目名中）、“科创产业园”“产业园”；合肥市肥西县桃花镇，安徽）；合肥高新区仅作为邻接地名出现，列可选园区；“经开区”“政务区”为泛称或城区，不列。桃花镇为镇，不是园区（镇级事实 subject_type region）。项目：桃花镇科创谷产业园（总投资19.7亿元；一期多栋封顶、二期土方外运→在建）；桃花科创产业园展示中心项目（封顶并投入运营→投产，status_alt 竣工）。机构：西交大国家技术转移中心、中科大先研院技术转化(肥西)中心已入驻产业园。事实：占地约195亩；规划建设面积超38万平方米（target）；桃花镇规上工业企业51家、家电及配套产值占比80%（镇，region）。",
  "nz03"),
 parks=[
  park(TH, "合肥", "安徽", "产业园（科创）", C0, district="肥西县", aliases=["桃花科创产业园", "科创产业园"],
       note="文中又作“桃花科创产业园”（展示中心项目名中）、“科创产业园”“产业园”；位于肥西县桃花镇"),
  park("合肥高新区", "合肥", "安徽", "高新区", "曾经的桃花镇毗邻合肥高新区、政务区、经开区", opt=True, note="只作为邻接地名出现"),
 ],
 companies=[],
 institutions=[
  inst("西交大国家技术转移中心", C3, kind="research", park=TH, opt=False, note="已入驻产业园"),
  inst("中科大先研院技术转化(肥西)中心", C3, kind="research", park=TH, opt=False, note="已入驻产业园"),
 ],
 projects=[
  proj("桃花镇科创谷产业园", TH, C2, inv="总投资19.7亿元", status="在建", status_text="多栋单体建筑拔地而起；一期9栋单体结构封顶，二期土方外运",
       note="产业园开发项目；一期、二期在建"),
  proj("桃花科创产业园展示中心项目", TH, C1, status="投产", status_alt="竣工", status_text="封顶并投入运营", phase="一期",
       note="一期项目之一"),
 ],
 aggregate_facts=[
  fact(TH, "park", "site_area_mu", 195, "mu", C0, AS3, qual="约", qtext="约"),
  fact(TH, "park", "planned_floor_area_m2", 3.8e5, "m2", C2, "建成后（规划）", kind="target", qual="超", qtext="超"),
  fact(TH, "park", "phase1_buildings_topped_out", 9, "count", C1, AS3, opt=True, note="一期其他9栋单体结构封顶"),
  fact("桃花镇", "region", "above_scale_industrial_firms", 51, "count", C4, AS3),
  fact("桃花镇", "region", "appliance_output_share", 0.80, "ratio", C4, AS3, kind="ratio", opt=True, note="家电及其配套规上产值占规上企业总产值比重"),
 ])
