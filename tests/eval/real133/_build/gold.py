# real133 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published; the store gives half-width
# commas and colons, kept as stored); names as written in the text (a park only named generically, e.g. “经开区”, keeps that
# name, and the note says which zone is meant); 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps
# the word). Money: yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates
# and shares as ratios. Projects: the park is the one the text places the project in, null if none. Status from the text's
# words (集中开工 / 开工建设 → 开工; 投运 / 竣工投产 → 投产; 签约 / 签署协议 → 签约; 封顶 → 在建). Year-to-date or
# since-founding figures are cumulative; “预计” figures are target. Sources are `search` (corpus pages) excerpts typed into
# _raw/pages/yyNN.raw as returned.

# ---------------------------------------------------------------- yy01 天府新区三季度25个项目集中开工 (四川在线 2021)
TF = "四川天府新区"
ZB = "天府总部商务区"
B0 = "8月12日上午,四川天府新区2021年第三季度重大项目集中开工仪式在天府总部商务区举行"
B1 = "此次集中开工项目共计25个,总投资 407.8 亿元"
B2 = "开工建设中海西南总部主塔、泰和泰国际法律中心等总部项目 6 个"
B3 = "开工建设华为鲲鹏生态基地、天津大学四川创新研究院等科技创新生态型项目5个"
B4 = "开工建设虎牙直播西南中心、人民中科 AI 数字媒体平台等文创领军型项目 4 个"
B5 = "启动天府国际社区、毛家湾污水处理厂等重大民生项目 10 个"
B6 = "中海西南总部主塔项目位于天府总部商务区核心区域"
Q3 = "2021年第三季度"
G["yy01"] = dict(
 article=art("总投资407.8亿元 四川天府新区三季度25个项目集中开工", "四川在线（四川日报网站；记者 王国平）", "2021-08-12", "day",
  "Provincial news portal, Sichuan: a state-level new area's quarterly joint groundbreaking — 25 projects with total investment, counts by type, named headquarters / tech / culture / livelihood projects",
  "https://sichuan.scol.com.cn/ggxw/202108/58244463.html",
  "日期取页面“2021-08-12 13:54:42来源:四川在线编辑:覃贻花”。标题照录；日期来源行、记者署名行与页尾“编辑推荐”已删。正文八段，完整。园区：四川天府新区（文中又作“天府新区”；成都，国家级新区）；天府总部商务区（开工仪式所在地，中海西南总部主塔项目“位于天府总部商务区核心区域”；天府新区内的功能区）。项目：八个具名项目均为本次集中开工（开工）；中海西南总部主塔园区记天府总部商务区，其余记四川天府新区（文中只说天府新区开工）。天府国际社区、毛家湾污水处理厂为民生项目（可选）。“总投资 407.8 亿元”原文数字两侧有空格，照录。分类项目数（总部6、科创5、文创4、民生10）列为可选事实。华为、虎牙、天津大学只在项目名中，不另列。",
  "yy01"),
 parks=[
  park(TF, "成都", "四川", "国家级新区", B0, aliases=["天府新区"], note="文中又作“天府新区”"),
  park(ZB, "成都", "四川", "商务区（功能区）", B0, parent=TF, note="开工仪式所在地；中海西南总部主塔项目所在"),
 ],
 companies=[],
 institutions=[],
 projects=[
  proj("中海西南总部主塔", ZB, B6, status="开工", status_text="开工建设", aliases=["中海西南总部主塔项目"], note="总部项目；位于天府总部商务区核心区域"),
  proj("泰和泰国际法律中心", TF, B2, status="开工", status_text="开工建设", note="总部项目"),
  proj("华为鲲鹏生态基地", TF, B3, status="开工", status_text="开工建设", note="科技创新生态型项目"),
  proj("天津大学四川创新研究院", TF, B3, status="开工", status_text="开工建设", note="科技创新生态型项目"),
  proj("虎牙直播西南中心", TF, B4, status="开工", status_text="开工建设", note="文创领军型项目"),
  proj("人民中科 AI 数字媒体平台", TF, B4, status="开工", status_text="开工建设", note="文创领军型项目；名称中空格照录"),
  proj("天府国际社区", TF, B5, status="开工", status_text="启动", opt=True, note="民生项目"),
  proj("毛家湾污水处理厂", TF, B5, status="开工", status_text="启动", opt=True, note="民生项目"),
 ],
 funds=[],
 aggregate_facts=[
  fact(TF, "park", "projects_started", 25, "count", B1, Q3, note="本次集中开工"),
  fact(TF, "park", "projects_started_investment_cny", 407.8e8, "cny", B1, Q3, chk=True),
  fact(TF, "park", "headquarters_projects_started", 6, "count", B2, Q3, opt=True),
  fact(TF, "park", "tech_projects_started", 5, "count", B3, Q3, opt=True),
  fact(TF, "park", "culture_projects_started", 4, "count", B4, Q3, opt=True),
  fact(TF, "park", "livelihood_projects_started", 10, "count", B5, Q3, opt=True),
 ],
)

# ---------------------------------------------------------------- yy02 成都产业集团 天府先进智造产业基地 (四川省国资委 2021)
ZN = "天府智能制造产业园"
C0 = "近日,成都产业集团与四川天府新区管理委员会、成都市新津区人民政府在新津区举行《共建西部(成都)科学城——天府先进智造产业基地战略合作协议》签约仪式"
C1 = "在新津区天府智能制造产业园内联合进行片区开发,围绕智能装备、智能硬件等产业领域开展深度合作"
C2 = "据悉,天府智能制造产业园,首期规划面积约1000亩,总投资约100亿元"
C3 = "共同打造天府先进智造产业基地"
G["yy02"] = dict(
 article=art("成都产业集团与四川天府新区成都新津区签署战略合作协议 共建天府先进智造产业基地", "四川省国资委，载于国务院国资委网站（wap.sasac.gov.cn）", "2021-11-30", "day",
  "State-asset regulator's site relaying a provincial item, Sichuan: a city investment group, a new area's committee and a district sign a strategic agreement to co-develop an advanced-manufacturing base inside a named industrial park (first phase area and investment)",
  "http://wap.sasac.gov.cn/n2588025/n2588129/c21983423/content.html",
  "日期取页面“文章来源:四川省国资委   发布时间:2021-11-30”。标题照录；来源行、“【责任编辑:语谦】”及页尾网站信息已删。正文三段，完整。园区：天府智能制造产业园（成都市新津区；首期约1000亩、总投资约100亿元）；四川天府新区（签约一方为其管理委员会；成都）；西部(成都)科学城（协议名称中的科学城，可选）。项目：天府先进智造产业基地（三方签约共建→签约；位于天府智能制造产业园，无单列金额）。“首期规划面积约1000亩,总投资约100亿元”是园区首期的数字，记为园区事实（planned，target），不作项目投资额。成都产业集团为签约方（国有资本运营公司），列为公司；天府新区管委会、新津区人民政府列为可选机构。“产业基金的引导作用”未具名，不列基金。",
  "yy02"),
 parks=[
  park(ZN, "成都", "四川", "产业园（智能制造）", C1, district="新津区"),
  park(TF, "成都", "四川", "国家级新区", C0, note="签约方“四川天府新区管理委员会”"),
  park("西部(成都)科学城", "成都", "四川", "科学城", C0, opt=True, note="只在协议名称中"),
 ],
 companies=[
  comp("成都产业集团", ZN, C0, kind="state_owned_investment_group", note="签约方，市级国有资本运营公司；与管委会、新津区在园区内联合片区开发"),
 ],
 institutions=[
  inst("四川天府新区管理委员会", C0, kind="park_admin", park=TF),
  inst("成都市新津区人民政府", C0, kind="government"),
 ],
 projects=[
  proj("天府先进智造产业基地", ZN, C0, companies=["成都产业集团"], status="签约", status_text="签约仪式", note="三方战略合作协议共建；基地在天府智能制造产业园内（C1、C3）；无单列投资额"),
 ],
 funds=[],
 aggregate_facts=[
  fact(ZN, "park", "phase1_planned_area_mu", 1000, "mu", C2, "首期规划", kind="target", qual="约", qtext="约"),
  fact(ZN, "park", "phase1_investment_cny", 100e8, "cny", C2, "首期规划", kind="target", qual="约", qtext="约", note="园区首期总投资"),
 ],
)

# ---------------------------------------------------------------- yy03 成都产业集团 参与成都东部新区建设 (成都产业集团 2023)
DB = "成都东部新区"
KG = "国际空港经济区"
WK = "成都未来科技城"
BS = "天府空港综合保税区"
WZ = "未来智创产业园"
D0 = "成都产业集团围绕“三个做优做强”,积极投入成都东部新区建设,全力决战四季度、大干一百天,深度参与国际空港经济区、成都未来科技城2个重点片区项目集群建设,目前累计完成固投超22亿元"
D1 = "天府空港综合保税区海关大楼、办公楼等主楼栋实现封顶,建成面积8.4万㎡"
D2 = "未来智创产业园建成面积51万㎡"
D3 = "天府空港综合保税区聚焦做强临空经济,招引储备跨境贸易、保税物流等重大功能性项目20余个,预计年均贡献进出口贸易额近300亿元"
D4 = "未来智创产业园聚焦发展电子信息和人工智能产业,成功招引6个重大关联项目,签约总金额20亿元,招引储备面积超9万㎡"
D5 = "入选“国家级”综合货运枢纽补链强链重点项目"
NOW = "截至2023年1月（发布时）"
G["yy03"] = dict(
 article=art("成都产业集团三项举措高标准参与成都东部新区建设", "成都产业集团，载于四川省国资委网站（gzw.sc.gov.cn）", "2023-01-06", "day",
  "Provincial state-asset regulator's site, a city investment group's work briefing, Sichuan: its part in a new area's two key districts — cumulative investment, a bonded zone's buildings topped out, a park's built area, projects reserved / attracted, signed amount",
  "http://gzw.sc.gov.cn/scsgzw/c100115/2023/1/6/48bb1cfe9b2e45da892642b87d9ccb47.shtml",
  "日期取页面“来源:成都产业集团           时间:2023年01月06日”。标题照录；来源时间行（含【打印本页】【关闭窗口】）与“附件>>”已删。正文四段，完整（1)2)3)编号照录）。园区：成都东部新区（成都）；其两个重点片区国际空港经济区、成都未来科技城（parent 成都东部新区）；天府空港综合保税区（综合保税区；在国际空港经济区由常识推断，文中未明说，parent 记 null）；未来智创产业园（文中未说所属片区，parent null）。项目：天府空港综合保税区海关大楼、办公楼等主楼栋“实现封顶”→在建（园区天府空港综合保税区）。“累计完成固投超22亿元”为成都产业集团在东部新区两片区的累计投资（company，cumulative，超）。综保区“预计年均贡献进出口贸易额近300亿元”为 target（约）。未来智创产业园“招引6个重大关联项目,签约总金额20亿元”→ projects_signed / signed_investment_cny（cumulative）。面积以㎡计。",
  "yy03"),
 parks=[
  park(DB, "成都", "四川", "新区", D0),
  park(KG, "成都", "四川", "片区（临空经济区）", D0, parent=DB, note="成都东部新区重点片区"),
  park(WK, "成都", "四川", "片区（科技城）", D0, parent=DB, note="成都东部新区重点片区"),
  park(BS, "成都", "四川", "综合保税区", D1),
  park(WZ, "成都", "四川", "产业园（电子信息、人工智能）", D2),
 ],
 companies=[
  comp("成都产业集团", DB, D0, kind="state_owned_investment_group", note="参与东部新区两片区建设；综保区、未来智创产业园的建设招商方"),
 ],
 institutions=[],
 projects=[
  proj("天府空港综合保税区海关大楼", BS, D1, companies=["成都产业集团"], status="在建", status_text="实现封顶",
       aliases=["天府空港综合保税区海关大楼、办公楼等主楼栋"], note="海关大楼、办公楼等主楼栋封顶；入选国家级综合货运枢纽补链强链重点项目"),
 ],
 funds=[],
 aggregate_facts=[
  fact("成都产业集团", "company", "investment_completed_cny", 22e8, "cny", D0, NOW, kind="cumulative", qual="超", qtext="超", chk=True, note="在东部新区两个重点片区累计完成固投"),
  fact(BS, "park", "floor_area_built_m2", 84000, "m2", D1, NOW, kind="cumulative"),
  fact(WZ, "park", "floor_area_built_m2", 510000, "m2", D2, NOW, kind="cumulative"),
  fact(BS, "park", "projects_reserved", 20, "count", D3, NOW, kind="cumulative", qual="余", qtext="余", note="招引储备重大功能性项目"),
  fact(BS, "park", "expected_annual_import_export_cny", 300e8, "cny", D3, "预计年均", kind="target", qual="约", qtext="近"),
  fact(WZ, "park", "projects_signed", 6, "count", D4, NOW, kind="cumulative", note="成功招引6个重大关联项目"),
  fact(WZ, "park", "signed_investment_cny", 20e8, "cny", "签约总金额20亿元", NOW, kind="cumulative", chk=True),
  fact(WZ, "park", "reserved_floor_area_m2", 90000, "m2", "招引储备面积超9万㎡", NOW, kind="cumulative", qual="超", qtext="超", opt=True),
 ],
)

# ---------------------------------------------------------------- yy04 四川时代动力电池一期项目正式投运 (四川日报 2021)
SJ = "宜宾三江新区"
DC = "宜宾三江新区东部产业园"
QC = "三江新区汽车产业园"
E0 = "6月17日,四川时代动力电池一期项目投运仪式在宜宾三江新区东部产业园举行"
E1 = "2019年9月以来,宜宾与宁德时代陆续签订四川时代动力电池一至六期项目,总投资超过300亿元,占地面积约3000亩"
E2 = "今年1月,四川时代动力电池一期工程正式封顶"
E3 = "目前,以三江新区汽车产业园为核心,宜宾已落地吉利汽车、凯翼汽车、奇瑞新能源汽车、奇瑞商用车4家整车企业和30余家新能源汽车三电核心企业、汽车零部件企业"
E4 = "这是宁德时代在宜宾打造世界级新能源汽车动力电池研发、生产基地的重要里程碑"
E5 = "其中,凯翼新能源汽车、四川省中车铁投轨道交通公司生产的智轨电车,均采用宁德时代的锂电池"
G["yy04"] = dict(
 article=art("四川时代动力电池一期项目正式投运", "四川日报（记者 宁宁 颜婧），载于四川在线", "2021-06-18", "day",
  "Provincial daily on its portal, Sichuan: a battery maker's first-phase plant goes into operation in a new area's industrial park; phases 1–6 signed since 2019 (investment, land), vehicle makers landed around the area's auto park",
  "https://sichuan.scol.com.cn/dwzw/202106/58187413.html",
  "日期取页面“2021-06-18 06:39:56来源:四川日报编辑:顾强”；投运仪式在6月17日。标题照录；日期来源行、记者署名行与页尾“编辑推荐”已删。正文六段，完整。园区：宜宾三江新区（文中又作“三江新区”，省级新区）；宜宾三江新区东部产业园（按文中全称记名，parent 宜宾三江新区）；三江新区汽车产业园（parent 宜宾三江新区）。项目：四川时代动力电池一期项目（投运→投产；一月封顶）；四川时代动力电池一至六期项目（2019年9月以来陆续签订→签约；总投资超过300亿元，超；占地约3000亩），园区均记东部产业园（一期在东部产业园投运；一至六期的地点文中未单说，由语境推断）。四家整车企业“以三江新区汽车产业园为核心”落地宜宾，园区记三江新区汽车产业园（推断，可选）；“30余家”企业数记为可选事实（subject 宜宾，region）。",
  "yy04"),
 parks=[
  park(SJ, "宜宾", "四川", "省级新区", E0, aliases=["三江新区"], note="文中又作“三江新区”"),
  park(DC, "宜宾", "四川", "产业园", E0, parent=SJ),
  park(QC, "宜宾", "四川", "产业园（汽车）", E3, parent=SJ),
 ],
 companies=[
  comp("宁德时代", DC, E1, note="四川时代的母公司（文中“宁德时代入驻”）；签约一至六期"),
  comp("四川时代", DC, E0, note="只在项目名中"),
  comp("吉利汽车", QC, E3, opt=True, note="整车企业；园区由“以三江新区汽车产业园为核心”推断"),
  comp("凯翼汽车", QC, E3, opt=True, note="同上"),
  comp("奇瑞新能源汽车", QC, E3, opt=True, note="同上"),
  comp("奇瑞商用车", QC, E3, opt=True, note="同上"),
  comp("四川省中车铁投轨道交通公司", None, E5, opt=True, note="智轨电车生产方；园区未说"),
 ],
 institutions=[],
 projects=[
  proj("四川时代动力电池一期项目", DC, E0, companies=["四川时代", "宁德时代"], status="投产", status_text="投运", phase="一期",
       aliases=["四川时代动力电池一期工程"], note="今年1月封顶，6月17日投运"),
  proj("四川时代动力电池一至六期项目", DC, E1, companies=["宁德时代", "四川时代"], inv="总投资超过300亿元", qual="超", qual_text="超过",
       status="签约", status_text="陆续签订", phase="一至六期", note="2019年9月以来陆续签订；占地约3000亩；园区由语境推断"),
 ],
 funds=[],
 aggregate_facts=[
  fact("四川时代动力电池一至六期项目", "project", "site_area_mu", 3000, "mu", E1, "2019年9月以来签订各期合计", qual="约", qtext="约"),
  fact("宜宾", "region", "vehicle_makers_landed", 4, "count", E3, "截至2021年6月", kind="cumulative", opt=True),
  fact("宜宾", "region", "ev_component_firms_landed", 30, "count", E3, "截至2021年6月", kind="cumulative", qual="余", qtext="余", opt=True),
 ],
)

# ---------------------------------------------------------------- yy05 叙州区工业 / 宜宾高新技术产业园区(叙州园) (中国网 2021)
XZ = "宜宾高新技术产业园区(叙州园)"
F0 = "2021年1-7月,宜宾高新技术产业园区(叙州园)实现全部营业收入约392亿元,完成年度目标任务56%"
F1 = "规上工业总产值304亿元,完成年度目标任务58%"
F2 = "规上工业增加值增长10%"
F3 = "工业投资完成7.1亿元,同比增长10.3%"
F4 = "技改投资完成4.41亿元,同比增长9.7%"
F5 = "叙州区已建成四大工业园区,即高捷园、城北园、豆坝园、盐坪坝园等四大园区,归属宜宾高新技术产业园区(叙州园)"
F6 = "园区现有“四上”企业112户,高新技术企业30户,已建成区面积从6平方公里扩大到16平方公里"
F7 = "2021年上半年叙州区地区生产总值为245.62亿元"
F8 = "2020年地区生产总值突破500亿元"
M7 = "2021年1-7月"
G["yy05"] = dict(
 article=art("（叙州区工业：宜宾高新技术产业园区(叙州园)）", "中国网·重庆（cq.china.com.cn）；作者未署名于所存片段", "2021-10-26", "day",
  "National portal's regional channel, feature with editor's note, Sichuan: a district's industry after its party congress — a provincial high-tech park's Jan–Jul revenue, output, investment and growth, its four sub-parks, firm counts and built area",
  "http://cq.china.com.cn/2021-10/26/content_41714877.html",
  "所存片段无标题行，标题栏为概括（加括号）；日期取 URL（2021-10/26）。正文从“编者按”起；小标题“县域经济持续增长的引擎”照录为一段。**截断**：片段止于“2019年宜宾高新技术产业园区(叙州园)经四川省人民政府批准升级为省级高新技术产业园区”（未完句，已删，LINE_SUFFIX），正文止于“…扩大到16平方公里。”。园区：宜宾高新技术产业园区(叙州园)（按文中写法记名，叙州区，宜宾）；其下高捷园、城北园、豆坝园、盐坪坝园四个工业园区（parent 叙州园）。无具名企业与项目。数字：园区2021年1-7月营业收入约392亿元、规上工业总产值304亿元（cumulative）、完成年度目标56% / 58%（ratio，可选）、规上工业增加值增长10%、工业投资7.1亿元（+10.3%）、技改投资4.41亿元（+9.7%）；“四上”企业112户、高新技术企业30户、建成区16平方公里（reported）。叙州区地区生产总值（region）列为可选。",
  "yy05"),
 parks=[
  park(XZ, "宜宾", "四川", "高新技术产业园区（省级）", F0, district="叙州区", note="文中写作“宜宾高新技术产业园区(叙州园)”"),
  park("高捷园", "宜宾", "四川", "工业园区", F5, district="叙州区", parent=XZ),
  park("城北园", "宜宾", "四川", "工业园区", F5, district="叙州区", parent=XZ),
  park("豆坝园", "宜宾", "四川", "工业园区", F5, district="叙州区", parent=XZ),
  park("盐坪坝园", "宜宾", "四川", "工业园区", F5, district="叙州区", parent=XZ),
 ],
 companies=[],
 institutions=[],
 projects=[],
 funds=[],
 aggregate_facts=[
  fact(XZ, "park", "revenue_cny", 392e8, "cny", F0, M7, kind="cumulative", qual="约", qtext="约", chk=True, note="全部营业收入"),
  fact(XZ, "park", "revenue_target_completion", 0.56, "ratio", F0, M7, kind="ratio", opt=True, note="完成年度目标任务56%"),
  fact(XZ, "park", "industrial_output_above_scale_cny", 304e8, "cny", F1, M7, kind="cumulative", chk=True),
  fact(XZ, "park", "industrial_output_target_completion", 0.58, "ratio", F1, M7, kind="ratio", opt=True),
  fact(XZ, "park", "above_scale_industrial_value_added_yoy_growth", 0.10, "ratio", F2, M7, kind="ratio"),
  fact(XZ, "park", "industrial_investment_cny", 7.1e8, "cny", F3, M7, kind="cumulative", chk=True),
  fact(XZ, "park", "industrial_investment_yoy_growth", 0.103, "ratio", F3, M7, kind="ratio"),
  fact(XZ, "park", "tech_renovation_investment_cny", 4.41e8, "cny", F4, M7, kind="cumulative", chk=True),
  fact(XZ, "park", "tech_renovation_investment_yoy_growth", 0.097, "ratio", F4, M7, kind="ratio"),
  fact(XZ, "park", "four_above_firms", 112, "count", F6, "2021年（发布时）", note="“四上”企业"),
  fact(XZ, "park", "high_tech_firms", 30, "count", F6, "2021年（发布时）"),
  fact(XZ, "park", "built_area_km2", 16, "km2", F6, "2021年（发布时）", note="从6平方公里扩大到16平方公里"),
  fact(XZ, "park", "sub_parks", 4, "count", F5, "2021年（发布时）", opt=True),
  fact("叙州区", "district", "gdp_cny", 245.62e8, "cny", F7, "2021年上半年", kind="cumulative", opt=True, chk=True),
  fact("叙州区", "district", "gdp_cny", 500e8, "cny", F8, "2020年", qual="超", qtext="突破", opt=True, chk=True),
 ],
)

# ---------------------------------------------------------------- yy06 新乡经开区 “三个一批” (区党政办 2021)
JK = "经开区"
H0 = "7月10日上午,经开区参加全省重大项目建设暨“三个一批”推进会"
H1 = "区中储棉项目作为代表在新乡市参加签约活动"
H2 = "随后举行了以中开企业城三期项目为代表的的“开工一批”活动"
H3 = "最后观摩了以中远氨纶纺织化纤设备制造项目、新乡格林机械二期建设项目为代表的“竣工投产一批”活动"
H4 = "签约项目9个,总投资135亿元"
H5 = "开工项8个,总投资19亿元"
H6 = "竣工投产项目14个,总投资34.2亿元"
G["yy06"] = dict(
 article=art("（新乡经开区参加全省重大项目建设暨“三个一批”推进会）", "新乡经济技术开发区网站（jkq.xinxiang.gov.cn），来源：区党政办", "2021-07-12", "day",
  "Zone administration's website notice, Henan: the zone's part in the province's “三个一批” day — one project signed, one started and two in production named; counts and total investment of projects signed, started and completed",
  "http://jkq.xinxiang.gov.cn/2021/0712/10966.html",
  "所存片段无标题行，标题栏为概括（加括号）；日期取页面“时间:2021-07-12 来源:区党政办”，活动在7月10日。导航“首页 / 要闻动态 / 政务要闻”与时间、来源行已删。正文五段，完整；“为代表的的”“开工项8个”照录。园区：文中只作“经开区”，指新乡经济技术开发区（网站 jkq.xinxiang.gov.cn；新乡，河南），按文中写法记名。项目：中储棉项目（签约）；中开企业城三期项目（开工）；中远氨纶纺织化纤设备制造项目、新乡格林机械二期建设项目（竣工投产→投产）；均记经开区。本次签约9个（135亿元）、开工8个（19亿元）、竣工投产14个（34.2亿元）为经开区当日活动数字（reported）。",
  "yy06"),
 parks=[
  park(JK, "新乡", "河南", "经济技术开发区", H0, note="文中只作“经开区”，指新乡经济技术开发区（发布网站 jkq.xinxiang.gov.cn）"),
 ],
 companies=[
  comp("中储棉", JK, H1, opt=True, note="只在项目名中"),
  comp("中远氨纶", JK, H3, opt=True, note="只在项目名中"),
  comp("新乡格林机械", JK, H3, opt=True, note="只在项目名中"),
 ],
 institutions=[],
 projects=[
  proj("中储棉项目", JK, H1, companies=["中储棉"], status="签约", status_text="作为代表在新乡市参加签约活动"),
  proj("中开企业城三期项目", JK, H2, status="开工", status_text="“开工一批”活动", phase="三期"),
  proj("中远氨纶纺织化纤设备制造项目", JK, H3, companies=["中远氨纶"], status="投产", status_text="“竣工投产一批”活动"),
  proj("新乡格林机械二期建设项目", JK, H3, companies=["新乡格林机械"], status="投产", status_text="“竣工投产一批”活动", phase="二期"),
 ],
 funds=[],
 aggregate_facts=[
  fact(JK, "park", "projects_signed", 9, "count", H4, "2021-07-10 活动"),
  fact(JK, "park", "signed_investment_cny", 135e8, "cny", H4, "2021-07-10 活动", chk=True),
  fact(JK, "park", "projects_started", 8, "count", H5, "2021-07-10 活动"),
  fact(JK, "park", "projects_started_investment_cny", 19e8, "cny", H5, "2021-07-10 活动", chk=True),
  fact(JK, "park", "projects_completed", 14, "count", H6, "2021-07-10 活动", note="竣工投产项目"),
  fact(JK, "park", "projects_completed_investment_cny", 34.2e8, "cny", H6, "2021-07-10 活动", chk=True),
 ],
)

# ---------------------------------------------------------------- yy07 河南郑州航空港获批10周年新闻发布会 (大象新闻 2023)
HK = "河南郑州航空港"
K0 = "3月7日,记者从“空中丝路 枢纽全球”河南郑州航空港获批10周年新闻发布会上获悉,河南郑州航空港十年平均增速14.1%;外贸进出口完成4700亿元"
K1 = "即郑州机场一类航空口岸、郑州新郑综合保税区和肉类、活牛、水果、冰鲜水产品、食用水生动物、邮件、药品等7个功能性口岸"
K2 = "一是以富士康为头雁的智能终端产业集群。二是以兴港新能源为龙头的新能源产业集群。三是以超聚变为核心的服务器产业集群。"
K3 = "截止2022年底,全区“四上”企业达到600家,完成营业收入7755亿元"
K4 = "河南郑州航空港已初步形成“3+N”产业体系。“3”即三大千亿级产业集群。"
G["yy07"] = dict(
 article=art("（河南郑州航空港获批10周年新闻发布会）", "大象新闻（河南广播电视台；记者 章衡 苏杭 孙暘），来源：郑州观察", "2023-03-07", "day",
  "Provincial broadcaster's news app, Henan: press conference on the airport economy zone's tenth anniversary — ten-year growth, foreign trade, ports, three anchor firms' clusters, firm count and revenue at end-2022",
  "http://mapubweb.hntv.tv/zzgc/article/1/1632945683908722689",
  "所存片段无标题行，标题栏为概括（加括号）；日期：发布会“3月7日”，年份由“获批10周年”（2013年3月获批）与“截止2022年底”推定为2023年。页眉“脚踏实地做新闻”、记者署名行、页尾“编辑:刘继忠 / 来源: 郑州观察”已删。正文四段，完整。园区：河南郑州航空港（即郑州航空港经济综合实验区；按文中写法记名，别名“郑州航空港”）；郑州新郑综合保税区（parent 航空港）。公司：富士康、兴港新能源、超聚变（三大千亿级产业集群的龙头，园区航空港）。无具名项目。数字：十年平均增速14.1%（指标未明，ratio）；外贸进出口4700亿元（年份未明，按语境记2022年，reported）；“四上”企业600家、营业收入7755亿元（截至2022年底，cumulative/reported）。机场客货运保障能力不列。",
  "yy07"),
 parks=[
  park(HK, "郑州", "河南", "航空港经济综合实验区（国家级）", K0, aliases=["郑州航空港"], note="郑州航空港经济综合实验区；文中作“河南郑州航空港”"),
  park("郑州新郑综合保税区", "郑州", "河南", "综合保税区", K1, parent=HK),
 ],
 companies=[
  comp("富士康", HK, K2, note="智能终端产业集群头雁"),
  comp("兴港新能源", HK, K2, note="新能源产业集群龙头"),
  comp("超聚变", HK, K2, note="服务器产业集群核心"),
 ],
 institutions=[],
 projects=[],
 funds=[],
 aggregate_facts=[
  fact(HK, "park", "avg_annual_growth_10y", 0.141, "ratio", K0, "获批以来十年（2013–2023）", kind="ratio", note="“十年平均增速”，指标未明"),
  fact(HK, "park", "import_export_cny", 4700e8, "cny", "外贸进出口完成4700亿元", "2022年（推断）", chk=True, note="年份文中未明"),
  fact(HK, "park", "four_above_firms", 600, "count", K3, "2022年底"),
  fact(HK, "park", "revenue_cny", 7755e8, "cny", "完成营业收入7755亿元", "2022年", chk=True, note="“四上”企业营业收入"),
  fact(HK, "park", "hundred_billion_clusters", 3, "count", K4, "2023年3月", opt=True, note="三大千亿级产业集群"),
 ],
)

# ---------------------------------------------------------------- yy08 郑州航空港 田海涛 (中国经济网 2025)
HG = "河南郑州航空港经济综合实验区"
YK = "中原医学科学城"
L0 = "河南郑州航空港经济综合实验区,作为全国唯一一个由国务院批复的国家级航空港经济先行区"
L1 = "新能源汽车产业是郑州航空港的一张亮丽名片,以比亚迪为龙头的千亿级新能源汽车城正在快速崛起"
L2 = "2021年9月签约、37天内项目开工、17个月顺利投产……不到4年时间,郑州航空港基地已经成为比亚迪产业链最全的战略性新能源汽车生产基地,2024年新能源汽车整车产量54.5万辆,同比增长169.8%"
L3 = "航空港区高标准建设中原医学科学城"
L4 = "目前,中原医科城已签约“医”字号项目66个,注册生物医药类企业211家"
L5 = "同时,落地中原纳米酶等5个河南省实验室,建成7个产业园区"
L6 = "全国人大代表,河南省政府副秘书长、郑州航空港区党工委副书记、管委会主任田海涛表示"
NW = "截至2025年3月"
G["yy08"] = dict(
 article=art("（郑州航空港：新能源汽车、生物医药和枢纽经济 —— 田海涛）", "中国经济网·地方经济（district.ce.cn）；作者未署名于所存片段", "2025-03-10", "day",
  "National economic portal's regional channel, Henan: a zone head's remarks at the national congress session (interview-style) — the carmaker base signed / started / in production with its 2024 output, the medical science city's signed projects, registered firms, labs and parks",
  "http://district.ce.cn/newarea/roll/202503/10/t20250310_39314685.shtml",
  "所存片段无标题行，标题栏为概括（加括号）；日期取 URL（202503/10）。**截断**：片段止于“郑州航空港围绕多港联动、多式”（未完句，已删，LINE_SUFFIX），正文止于“枢纽经济是郑州航空港的独特优势。”。园区：河南郑州航空港经济综合实验区（文中又作“郑州航空港”“航空港区”“郑州航空港区”）；中原医学科学城（文中又作“中原医科城”，parent 航空港）。“7个产业园区”未具名。项目：比亚迪郑州航空港基地（文中作“郑州航空港基地”；2021年9月签约、37天内开工、17个月投产→投产）。公司：比亚迪。中原纳米酶为河南省实验室（可选机构）。数字：2024年新能源汽车整车产量54.5万辆、增长169.8%（subject 项目/基地）；中原医科城签约“医”字号项目66个、注册生物医药类企业211家、5个省实验室、建成7个产业园区（cumulative）。田海涛（管委会主任）不列。",
  "yy08"),
 parks=[
  park(HG, "郑州", "河南", "航空港经济综合实验区（国家级）", L0, aliases=["郑州航空港", "航空港区", "郑州航空港区"], note="文中又作“郑州航空港”“航空港区”"),
  park(YK, "郑州", "河南", "医学科学城（生物医药）", L3, parent=HG, aliases=["中原医科城"], note="文中又作“中原医科城”"),
 ],
 companies=[
  comp("比亚迪", HG, L1, note="千亿级新能源汽车城龙头；郑州航空港基地"),
 ],
 institutions=[
  inst("中原纳米酶", L5, kind="provincial_lab", park=YK, note="“中原纳米酶等5个河南省实验室”；名称不全"),
 ],
 projects=[
  proj("郑州航空港基地", HG, L2, companies=["比亚迪"], status="投产", status_text="17个月顺利投产",
       note="比亚迪新能源汽车生产基地：2021年9月签约、37天内开工、17个月投产；无投资额"),
 ],
 funds=[],
 aggregate_facts=[
  fact("郑州航空港基地", "project", "vehicle_output_units", 545000, "units", L2, "2024年", note="新能源汽车整车产量54.5万辆"),
  fact("郑州航空港基地", "project", "vehicle_output_yoy_growth", 1.698, "ratio", L2, "2024年", kind="ratio"),
  fact(YK, "park", "projects_signed", 66, "count", L4, NW, kind="cumulative", note="“医”字号项目"),
  fact(YK, "park", "firms_registered", 211, "count", L4, NW, kind="cumulative", note="注册生物医药类企业"),
  fact(YK, "park", "provincial_labs", 5, "count", L5, NW, kind="cumulative", opt=True),
  fact(YK, "park", "industrial_parks_built", 7, "count", L5, NW, kind="cumulative", note="建成7个产业园区（未具名）"),
 ],
)
