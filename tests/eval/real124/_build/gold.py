# real124 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); “166亿多元” is not digits+亿元, so that metric has no _cny
# suffix (as real59 yc03 / real103 xu03). Projects: the park is the one the text places the project in, null if none (a
# county, town or 乡 is not a park). Status from the text's words (开工 / 动工 / 集中开工 → 开工; under construction → 在建).
# A firm building or running a plant with no project named is a company, no project invented (as real52 zv06). “预计” and
# “计划” figures are kind target; “截至目前 / 累计 / 已” counts are cumulative. Sources are `search` (corpus pages) excerpts
# typed into _raw/pages/ypNN.raw as returned.

# ---------------------------------------------------------------- yp01 罗源第三季度重大项目集中开工 (福州新闻网 2018)
CD = "赤德工业区"
SS = "福州台商投资区松山片区"
A1 = "据了解,该项目年产6万砘高品质岩棉生产线是福建省重点建设项目,占地35亩,拟投资3.1亿元"
A2 = "该项目位于白塔乡赤德工业区原宏峰石材厂、陶源石材厂,计划总投资3亿元,分3期建设"
A3 = "该项目是福州德塔电源科技有限公司在松山片区成立的全资子公司项目,总投资3亿元,占地面积88.28亩"
A4 = "项目建成后,可年产5万件红木家具,年产值8000万元,可带动周边300余人就业"
G["yp01"] = dict(
 article=art("罗源第三季度重大项目集中开工", "福州新闻网（福州日报记者 任思言，通讯员 肖丹 黄益辉）", "2018-09-20", "day",
  "City news site relaying the city daily, Fujian: a county's third-quarter groundbreaking — three named projects with amounts, one in a township industrial area and one in a Taiwan-investment zone's sub-area",
  "http://news.fznews.com.cn/dsxw/20180920/5ba2dcab66f76.shtml",
  "日期取页面“2018-09-20 07:32:59 来源:福州新闻网 作者:任思言”。标题照录；日期来源行、图片说明/小标题“兴闽威岩棉保温材料生产线项目正式动工”、责任编辑与“相关新闻”栏已删。正文四段，完整。园区：赤德工业区（白塔乡，罗源县，福州）；福州台商投资区松山片区（文中又作“松山片区”），其上级福州台商投资区可选。项目：兴闽威岩棉保温材料生产线项目（正式动工→开工；拟投资3.1亿元；只说在罗源县，园区 null）；艺木缘木材加工项目（开工仪式→开工；赤德工业区；计划总投资3亿元）；德塔电力项目（同步开工→开工；松山片区；总投资3亿元；福州德塔电源科技有限公司的全资子公司项目）。“6万砘”原文如此（应为吨），照录。原宏峰石材厂、陶源石材厂为项目所占旧厂址，列为可选公司。",
  "yp01"),
 parks=[
  park(CD, "福州", "福建", "工业区", A2, district="罗源县", note="白塔乡的乡镇工业区"),
  park(SS, "福州", "福建", "片区", "在福州台商投资区松山片区,德塔电力项目同步开工", district="罗源县", parent="福州台商投资区",
       aliases=["松山片区"]),
  park("福州台商投资区", "福州", "福建", "台商投资区", "在福州台商投资区松山片区,德塔电力项目同步开工", opt=True,
       note="只作为松山片区的上级出现"),
 ],
 companies=[
  comp("福州德塔电源科技有限公司", SS, A3, note="在松山片区成立全资子公司建德塔电力项目；子公司名未给出"),
  comp("兴闽威", None, "兴闽威岩棉保温材料生产线项目正式动工", opt=True, note="只在项目名中；位置只说罗源县"),
  comp("艺木缘", CD, "艺木缘木材加工项目开工仪式在白塔乡举行", opt=True, note="只在项目名中"),
  comp("宏峰石材厂", CD, A2, opt=True, note="项目所占原厂址"),
  comp("陶源石材厂", CD, A2, opt=True, note="项目所占原厂址"),
 ],
 projects=[
  proj("兴闽威岩棉保温材料生产线项目", None, A1, companies=["兴闽威"], inv="拟投资3.1亿元", status="开工", status_text="正式动工",
       note="罗源县（园区未说）；年产6万吨岩棉；福建省重点建设项目"),
  proj("艺木缘木材加工项目", CD, A2, companies=["艺木缘"], inv="计划总投资3亿元", status="开工", status_text="开工仪式在白塔乡举行",
       note="分3期建设"),
  proj("德塔电力项目", SS, A3, companies=["福州德塔电源科技有限公司"], inv="总投资3亿元", status="开工", status_text="同步开工"),
 ],
 aggregate_facts=[
  fact("兴闽威岩棉保温材料生产线项目", "project", "site_area_mu", 35, "mu", A1, "2018年9月", opt=True),
  fact("兴闽威岩棉保温材料生产线项目", "project", "expected_annual_capacity_t", 60000, "t", "建设年产3万吨高品质全自动岩棉系列产品生产线2条,达到年产6万吨的能力", "建成后（预计）", kind="target", opt=True),
  fact("艺木缘木材加工项目", "project", "expected_annual_output_cny", 8e7, "cny", A4, "建成后（预计）", kind="target", chk=True),
  fact("艺木缘木材加工项目", "project", "expected_jobs", 300, "count", "可带动周边300余人就业", "建成后（预计）", kind="target", qual="余", qtext="余", opt=True),
  fact("德塔电力项目", "project", "site_area_mu", 88.28, "mu", A3, "2018年9月", opt=True),
 ])

# ---------------------------------------------------------------- yp02 闽清 海交会专场 (chinacrane 2012)
BJ = "白金工业园区"
DQ = "东桥产业园区"
BX = "宝新工业园区"
B0 = "17日,第十四届海交会闽清专场招商活动举行,签约44个项目,引资近80亿元"
B1 = "白金工业园区打破行政区划,涵盖白中、金沙、白樟、坂东4个工业基础较好乡镇,目前已签约10个项目,预计年产值13亿元"
B2 = "东桥产业园区一期建设正在进行,该园区以钟表制造业为核心内容"
B3 = "宝新工业园区立足传统优势工业,打造集电瓷生产、贸易物流、展示中心为一体的综合工业园区,目前已有19家企业入驻"
G["yp02"] = dict(
 article=art("（无标题）第十四届海交会闽清专场签约44个项目 三大工业园区推介", "m.chinacrane.net（中国起重机械网）转载；原出处未注明", "2012-05-18", "day",
  "Industry trade site relaying a local brief, Fujian: a county's signing session at a provincial trade fair (44 projects, near 8 bn yuan) and its three newly planned industrial parks with signed projects, expected output and firms moved in",
  "http://m.chinacrane.net/news/201205/18/52226.html",
  "日期取网址 201205/18（第十四届海交会2012年5月，“17日”为专场日期）。存段无标题、无日期行（title 为编者概括）。正文两段，完整。园区：白金工业园区、东桥产业园区、宝新工业园区（闽清县，福州，福建；“新近规划建设的三大工业园区”）。无具名公司或项目；东桥产业园区一期（园区开发项目，“建设正在进行”→在建）列为可选项目。事实：闽清专场签约44个项目、引资近80亿元（近→约）；白金工业园区已签约10个项目（cumulative）、预计年产值13亿元（target）；宝新工业园区已有19家企业入驻（cumulative）。",
  "yp02"),
 parks=[
  park(BJ, "福州", "福建", "工业园区", B1, district="闽清县", note="涵盖白中、金沙、白樟、坂东4个乡镇"),
  park(DQ, "福州", "福建", "产业园区", B2, district="闽清县", note="以钟表制造业为核心"),
  park(BX, "福州", "福建", "工业园区", B3, district="闽清县"),
 ],
 projects=[
  proj("东桥产业园区一期", DQ, B2, phase="一期", status="在建", status_text="一期建设正在进行", opt=True, note="园区开发项目"),
 ],
 aggregate_facts=[
  fact("闽清", "county", "projects_signed", 44, "count", B0, "2012-05-17（第十四届海交会闽清专场）"),
  fact("闽清", "county", "signed_investment_cny", 8e9, "cny", B0, "2012-05-17（第十四届海交会闽清专场）", qual="约", qtext="近", chk=True),
  fact(BJ, "park", "projects_signed", 10, "count", B1, "截至2012年5月", kind="cumulative"),
  fact(BJ, "park", "expected_annual_output_cny", 1.3e9, "cny", B1, "签约项目建成后（预计）", kind="target", chk=True),
  fact(BJ, "park", "towns_covered", 4, "count", B1, "2012年5月", opt=True),
  fact(BX, "park", "firms", 19, "count", B3, "截至2012年5月", kind="cumulative"),
 ])

# ---------------------------------------------------------------- yp03 龙南一批重大项目集中开工 (赣南日报 2017)
C0 = "比邦智能数码电子产业园、全成信电子等16个重大项目集中开工,其中10亿元以上项目3个,最大项目投资总额达30亿元"
C1 = "投资额达25亿元的比邦智能数码电子产业园项目建成达产后,将完善移动智能终端产品产业链,并实现年产值20亿元"
C2 = "总投资30亿元的江西红井坊酒业有限公司项目建成后,将成为赣粤闽地区较大的白酒企业之一"
C3 = "集中开工建设了关西围屋群景区、龙秀温泉养生度假区等4个旅游类项目,总投资近20亿元"
G["yp03"] = dict(
 article=art("龙南一批重大项目集中开工", "中国赣州网-赣南日报，载于 gzjrw.cn", "2017-02-13", "day",
  "City daily via a local portal, Jiangxi: a county's groundbreaking of 16 major projects — an electronics industrial-park project with amount and expected output, a liquor maker's project, tourism projects, the county's electronics platform",
  "http://gzjrw.cn/Item/302994.aspx",
  "日期取页面“发布时间:2017年02月13日”（开工仪式在2月12日）。标题照录；来源行、发布时间行已删。页面把“移动智能终端”/“产品产业链…”断在两行，已接合（make_txt.py JOIN）。存段在末段“实施”处中断，该残句已删（LINE_SUFFIX），正文截至“…全力助推各项工作提质增效。”，共三段。园区：文中无具名工业园区；“赣州电子信息产业科技城”为龙南县在建的产业平台，列为可选园区。项目（园区均 null，文中只说龙南县）：比邦智能数码电子产业园项目（投资额达25亿元；集中开工→开工）；全成信电子（集中开工）；江西红井坊酒业有限公司项目（总投资30亿元；与“最大项目投资总额达30亿元”对应，状态按上下文推断为开工）；关西围屋群景区、龙秀温泉养生度假区（旅游类，可选）。事实：龙南县16个重大项目集中开工、其中10亿元以上3个；4个旅游类项目总投资近20亿元（可选）；比邦项目达产后年产值20亿元（target）。",
  "yp03"),
 parks=[
  park("赣州电子信息产业科技城", "赣州", "江西", "科技城", "对龙南县加快建设赣州电子信息产业科技城、做大做强战略性产业集群", district="龙南县", opt=True,
       note="产业平台，文中为“加快建设”对象"),
 ],
 companies=[
  comp("江西红井坊酒业有限公司", None, C2, note="龙南县（园区未说）"),
  comp("全成信电子", None, C0, opt=True, note="以企业名作项目名"),
  comp("比邦", None, C1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("比邦智能数码电子产业园项目", None, C1, inv="投资额达25亿元", status="开工", status_text="集中开工", aliases=["比邦智能数码电子产业园"],
       note="龙南县；10亿元以上电子信息产业类项目"),
  proj("全成信电子", None, C0, companies=["全成信电子"], status="开工", status_text="集中开工"),
  proj("江西红井坊酒业有限公司项目", None, C2, companies=["江西红井坊酒业有限公司"], inv="总投资30亿元", status="开工",
       status_text="（集中开工的重大项目之一，按上下文推断）", note="状态由上下文推断"),
  proj("关西围屋群景区", None, C3, status="开工", status_text="集中开工建设", opt=True, note="旅游类项目"),
  proj("龙秀温泉养生度假区", None, C3, status="开工", status_text="集中开工建设", opt=True, note="旅游类项目"),
 ],
 aggregate_facts=[
  fact("龙南县", "county", "projects_started", 16, "count", C0, "2017-02-12"),
  fact("龙南县", "county", "projects_started_over_1bn", 3, "count", C0, "2017-02-12", opt=True),
  fact("龙南县", "county", "tourism_projects_started_investment_cny", 2e9, "cny", C3, "2017-02-12", qual="约", qtext="近", opt=True, chk=True),
  fact("比邦智能数码电子产业园项目", "project", "expected_annual_output_cny", 2e9, "cny", "并实现年产值20亿元", "建成达产后（预计）", kind="target", chk=True),
 ])

# ---------------------------------------------------------------- yp04 金华市小微园建设现场推进会在义召开 (义乌商报 2019)
D0 = "与会人员还参观了义乌聚邦智能制造产业园和智饰云饰品产业园,了解义乌小微企业园管理和运营模式"
D1 = "截至目前,全市累计实施小微企业园建设项目95个,预计总投资60亿元,总用地面积6800亩、总建筑面积838万平方米,累计建成投用小微企业园54个,集聚小微企业2859家"
ASD = "截至2019年9月"
G["yp04"] = dict(
 article=art("金华市小微园建设暨小微企业培育现场推进会在义召开", "中国义乌网·义乌商报（全媒体记者 王婷）", "2019-09-30", "day",
  "County-level city news site, Zhejiang: a prefecture's on-site meeting on small and micro enterprise parks — two named parks visited, the county-level city's cumulative micro-park projects, investment, area, parks completed, firms gathered and provincial certifications",
  "http://news.zgyww.cn/system/2019/09/30/010172296.shtml",
  "日期取页面“发布时间: 2019-09-30 08:09:42 来源: 中国义乌网·义乌商报”（会议9月29日）。标题照录；导航、发布时间行、“扫一扫…”、编辑与页脚已删。正文三段，完整。园区：义乌聚邦智能制造产业园、智饰云饰品产业园（义乌市，金华，浙江；为与会人员参观的小微企业园，kind 按语境记“小微企业园”）。机构：金华市经信局、金华银保监分局（可选）。事实（主体义乌市，“全市”）：累计实施小微企业园建设项目95个、预计总投资60亿元（target）、总用地6800亩与总建筑面积838万平方米（可选）、累计建成投用54个、集聚小微企业2859家、27个通过第一批省级认定。",
  "yp04"),
 parks=[
  park("义乌聚邦智能制造产业园", "金华", "浙江", "小微企业园", D0, district="义乌市", aliases=["聚邦智能制造产业园"], note="与会人员参观；kind 由语境推断"),
  park("智饰云饰品产业园", "金华", "浙江", "小微企业园", D0, district="义乌市", note="与会人员参观；kind 由语境推断"),
 ],
 institutions=[
  inst("金华市经信局", "会上,金华市经信局、金华银保监分局介绍了金华市小微企业园建设和金融支持小微企业园有关情况"),
  inst("金华银保监分局", "会上,金华市经信局、金华银保监分局介绍了金华市小微企业园建设和金融支持小微企业园有关情况", kind="regulator"),
 ],
 aggregate_facts=[
  fact("义乌市", "region", "micro_park_projects", 95, "count", D1, ASD, kind="cumulative", note="小微企业园建设项目"),
  fact("义乌市", "region", "planned_investment_cny", 6e9, "cny", "预计总投资60亿元", ASD + "（预计总投资）", kind="target", chk=True, note="95个小微企业园建设项目"),
  fact("义乌市", "region", "site_area_mu", 6800, "mu", D1, ASD, kind="cumulative", opt=True),
  fact("义乌市", "region", "floor_area_m2", 8.38e6, "m2", D1, ASD, kind="cumulative", opt=True),
  fact("义乌市", "region", "micro_parks_completed", 54, "count", D1, ASD, kind="cumulative", note="建成投用小微企业园"),
  fact("义乌市", "region", "firms", 2859, "count", D1, ASD, kind="cumulative", note="集聚小微企业"),
  fact("义乌市", "region", "micro_parks_provincially_certified", 27, "count", "27个小微企业园通过第一批省级认定", ASD, opt=True),
 ])

# ---------------------------------------------------------------- yp05 九江县长兴塑业全力推进 (jjxmt 2014)
CH = "赤湖工业园"
E0 = "连日来,位于九江县赤湖工业园的长兴塑业项目工地上,施工场面热气腾腾"
E1 = "该项目6栋钢结构厂房已经安装完成,另外6栋厂房也已完成地基础结构建设,办公楼等基础设施正在快速推进中,预计今年8月份部分车间可试投产"
E2 = "项目投产后,可安排1000多人就业,实现年产值6亿元,年上缴税收3000万元"
G["yp05"] = dict(
 article=art("九江县长兴塑业全力推进", "jjxmt.cn（九江县/柴桑区栏目；原出处与作者未注明）", "2014-05-08", "day",
  "Local portal brief, Jiangxi: one firm's plant under construction in a county industrial park — buildings done, trial production expected, investor group, expected jobs, output and tax",
  "http://jjxmt.cn/wenhua/jiujiangxian/2014-05-08/9524.html",
  "日期取网址 2014-05-08（文中“预计今年8月份”即2014年）。标题照录；“更多相关文章”“首页推荐”栏已删。正文两段，完整。园区：赤湖工业园（九江县，今柴桑区，九江，江西）。项目：长兴塑业项目（赤湖工业园；施工中、6栋厂房已安装完成、预计8月部分车间试投产→在建；无投资额）；投资方江西金沙包装集团（园区外的投资者，park null）；“长兴塑业”以企业名作项目名，另列为可选公司。事实：项目投产后就业1000多人（余）、年产值6亿元、年上缴税收3000万元（均 target）。",
  "yp05"),
 parks=[
  park(CH, "九江", "江西", "工业园", E0, district="九江县", note="九江县今为柴桑区"),
 ],
 companies=[
  comp("江西金沙包装集团", None, "该项目由江西金沙包装集团投资建设,该集团为中国最大的包装企业之一", note="投资方；所在园区未说"),
  comp("长兴塑业", CH, E0, opt=True, note="以企业名作项目名"),
 ],
 projects=[
  proj("长兴塑业项目", CH, E0, companies=["江西金沙包装集团"], status="在建", status_text="经过4个月的紧张施工…预计今年8月份部分车间可试投产",
       aliases=["长兴塑业"], note="6栋钢结构厂房已安装完成"),
 ],
 aggregate_facts=[
  fact("长兴塑业项目", "project", "expected_jobs", 1000, "count", E2, "投产后（预计）", kind="target", qual="余", qtext="多"),
  fact("长兴塑业项目", "project", "expected_annual_output_cny", 6e8, "cny", "实现年产值6亿元", "投产后（预计）", kind="target", chk=True),
  fact("长兴塑业项目", "project", "expected_annual_tax_cny", 3e7, "cny", "年上缴税收3000万元", "投产后（预计）", kind="target", chk=True),
  fact("长兴塑业项目", "project", "buildings_completed", 6, "count", E1, "2014年5月", opt=True, note="钢结构厂房已安装完成"),
 ])

# ---------------------------------------------------------------- yp06 乐清 开建六个小微园 (浙江日报 2015)
F0 = "日前,在乐清市柳市镇苏吕村,6个小微企业创业园集体开工"
F1 = "这批小微园,总规划占地面积830亩、建筑面积152.7万平方米,计划总投资约34.4亿元,以电气、电子两大支柱产业为主导产业,建成后预计可解决200家企业的生产用房,园区达产后年产值可达54亿元"
XW = "6个小微企业创业园"
AF = "建成达产后（预计）"
G["yp06"] = dict(
 article=art("乐清 开建六个小微园", "浙江日报（见习记者 汪子芳，通讯员 吴云海），数字报 00003版 要闻", "2015-06-25", "day",
  "Provincial daily brief, Zhejiang: six small and micro enterprise parks (unnamed) start construction together in a town — planned area, floor space, investment, firms to be housed, expected output",
  "http://zjrb.zjol.com.cn/html/2015-06/25/content_2887758.htm?div=-1",
  "日期取数字报版面行“2015-06-25 … 2015年06月25日 星期四”。标题照录；“浙江日报 数字报纸”“00003版:要闻”与版面行已删。正文一段，完整。园区：六个小微企业创业园均未具名（乐清市柳市镇苏吕村，温州，浙江），不列园区；镇、村不是园区。项目：这批“6个小微企业创业园”作为一个园区开发项目（集体开工→开工；计划总投资约34.4亿元→约）。事实（主体该批小微园）：总规划占地830亩、建筑面积152.7万平方米（可选）、可解决200家企业生产用房、达产后年产值54亿元（target）。",
  "yp06"),
 projects=[
  proj(XW, None, F1, inv="计划总投资约34.4亿元", qual="约", qual_text="约", status="开工", status_text="集体开工", aliases=["这批小微园"],
       note="乐清市柳市镇苏吕村；六个园区未具名，合为一个园区开发项目"),
 ],
 aggregate_facts=[
  fact(XW, "park_group", "planned_investment_cny", 3.44e9, "cny", "计划总投资约34.4亿元", "2015年6月（计划）", kind="target", qual="约", qtext="约", chk=True),
  fact(XW, "park_group", "planned_area_mu", 830, "mu", F1, "2015年6月（规划）", kind="target", opt=True),
  fact(XW, "park_group", "floor_area_m2", 1.527e6, "m2", F1, "2015年6月（规划）", kind="target", opt=True),
  fact(XW, "park_group", "expected_firms", 200, "count", F1, "建成后（预计）", kind="target", note="可解决200家企业的生产用房"),
  fact(XW, "park_group", "expected_annual_output_cny", 5.4e9, "cny", "园区达产后年产值可达54亿元", AF, kind="target", chk=True),
 ])

# ---------------------------------------------------------------- yp07 延平:产业成“链”了 (东南网 via 福建省工信厅 2024)
DH = "延平大横产业园区"
H0 = "近日,笔者来到延平大横产业园区的旺林木业,企业负责人彭小球告诉笔者"
H1 = "彭小球口中的福雅科技,就是延平区与南平工业园区“两区”联手,从浙江招引落地的竹木加工上下游企业"
G["yp07"] = dict(
 article=art("延平:产业成“链”了 企业盘活了", "东南网，载于福建省工业和信息化厅网站（gxt.fj.gov.cn，行业动态·省内）", "2024-08-21", "day",
  "Provincial news portal feature relayed by the provincial industry department, Fujian: a district industrial park's timber firm paired with a firm brought in from Zhejiang; the district works as supplier to the city industrial park",
  "http://gxt.fj.gov.cn/zwgk/xw/hydt/snhydt/202408/t20240821_6505003.htm",
  "日期取页面“来源:东南网 时间:2024-08-21 11:16”。标题照录；来源时间行与图片说明“延平大横产业园区航拍图”已删。存段在第三段“郭汉中对企业未来发展充满信”处中断，该残句已删（LINE_SUFFIX），正文截至“…3号厂房还在增加设备。””，共三段。园区：延平大横产业园区（延平区，南平，福建）；南平工业园区（南平；延平区为其做配套）。公司：旺林木业（在延平大横产业园区）；福雅科技（从浙江招引落地延平的竹木加工企业，2号、4号厂房已试生产；所在园区文中未明说，按开头语境记为延平大横产业园区，存疑）。无具名项目，不另设项目（as real52 zv06）。",
  "yp07"),
 parks=[
  park(DH, "南平", "福建", "产业园区", H0, district="延平区"),
  park("南平工业园区", "南平", "福建", "工业园区", H1, note="延平区围绕为南平工业园区做配套；与延平区“两区”联手招商"),
 ],
 companies=[
  comp("旺林木业", DH, H0),
  comp("福雅科技", DH, H1, note="所在园区按语境推断（文中只说落地延平）；2号、4号厂房已试生产"),
 ],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- yp08 福清洪宽工业村 (福州新闻网 2013)
HK = "洪宽工业村"
K0 = "25日,记者在洪宽工业村福建旭成科技公司建设工地看到,到处是热火朝天的施工景象"
K1 = "作为福清经济发展新增长区域,洪宽工业村去年实现工业总产值166亿多元,今年计划突破200亿元大关"
G["yp08"] = dict(
 article=art("福清洪宽工业村 百余家企业开工力争首季开门红", "福州新闻网（福州日报记者 贺鹏，通讯员 陈贤清）", "2013-02-25", "day",
  "City news site relaying the city daily, Fujian: a county-level city's industrial village after Spring Festival — a firm's plant under construction with its production timetable, a leading firm back at work, last year's output and this year's target, firms restarted",
  "https://news.fznews.com.cn/fzjj/2013-2-25/2013225jd0od2ivaa23339.shtml",
  "日期取网址 2013-2-25 及文中“25日”。存段无日期行。标题照录；版权声明、责任编辑与“热点推荐”“热门分享”栏已删；署名“(福州日报记者 贺鹏 通讯员 陈贤清)”在正文末，保留为一段。正文五段，完整。园区：洪宽工业村（福清市，福州，福建；标题作“福清洪宽工业村”）。公司：福建旭成科技公司（又作“旭成科技”；锂电池隔膜；去年下半年通过回归工程落户；厂房主体完工，力争4月建成、6月投产）；奋安铝业（工业村龙头企业）。旭成科技的建设未给项目名，不另设项目（as real52 zv06）。事实：工业村去年工业总产值166亿多元（“亿多元”非数字+亿元，metric 不带 _cny 后缀，余）；今年计划突破200亿元（target，超）；100多家企业节后恢复生产、10多家在建企业（可选）；奋安铝业工人返岗率超过80%（可选）。",
  "yp08"),
 parks=[
  park(HK, "福州", "福建", "工业村", K1, district="福清市", aliases=["福清洪宽工业村"], note="标题作“福清洪宽工业村”；文中又作“工业村”"),
 ],
 companies=[
  comp("福建旭成科技公司", HK, K0, aliases=["旭成科技"], note="去年下半年通过回归工程落户；厂房主体完工，力争6月投产"),
  comp("奋安铝业", HK, "在洪宽工业村龙头企业——奋安铝业的生产车间里", note="工业村龙头企业"),
 ],
 aggregate_facts=[
  fact(HK, "park", "industrial_output", 1.66e10, "cny", K1, "2012年", qual="余", qtext="多",
       note="“166亿多元”：不是数字+亿元，metric 不带 _cny 后缀（as real59 yc03）"),
  fact(HK, "park", "industrial_output_cny", 2e10, "cny", "今年计划突破200亿元大关", "2013年（计划）", kind="target", qual="超", qtext="突破", chk=True),
  fact(HK, "park", "firms_resumed_production", 100, "count", "推动100多家企业节后全面恢复生产,10多家在建企业加快建设步伐", "2013年2月", qual="余", qtext="多", opt=True),
  fact(HK, "park", "firms_under_construction", 10, "count", "推动100多家企业节后全面恢复生产,10多家在建企业加快建设步伐", "2013年2月", qual="余", qtext="多", opt=True),
  fact("奋安铝业", "company", "worker_return_rate", 0.8, "ratio", "工人返岗率超过80%", "2013年2月", kind="ratio", qual="超", qtext="超过", opt=True),
 ])
