# real194 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a county or city is not a park; a ceremony venue does not place the
# projects listed). Status from the text's words (开工 / 集中开工 / 开工项目名单 → 开工; a construction site described
# (施工现场, 即将封顶, 设备安装调试) → 在建; 已投产 → 投产). Ranges (“超5亿元的项目有…”) are not investment amounts.
# “预计” figures of a project are kind target; year-to-date counts (“已入驻”) are cumulative. Subjects that are counties or
# cities have subject_type "region". Sources are `search` (corpus pages) excerpts typed into _raw/pages/ukNN.raw as returned.

# ---------------------------------------------------------------- uk01 临西县8个重大项目集中开工 (临西县政府网 2023)
ZC = "轴承工业园区"
A0 = "2月1日上午,全县一季度重大项目集中开工仪式在轴承工业园区举行"
A1 = "此次开工的8个亿元以上项目,计划总投资18.45亿元"
A2 = "河北三佳汽车零部件有限公汽车隔音垫及装饰裙板、汽车专用地毯项目"
A3 = "河北汇蚨轴承制造有限公司精密轴承生产项目"
A4 = "邢台安合供应链管理有限公司智慧物流中心建设项目"
PN = "名单未说明项目所在园区（开工仪式在轴承工业园区举行，但名单是全县项目），park 记 null"
G["uk01"] = dict(
 article=art("总投资18.45亿元,临西县8个重大项目集中开工", "临西县人民政府网站 (www.linxi.gov.cn)", "2023-02-01", "day",
  "County government website, Hebei: a county's first-quarter groundbreaking held in a bearing industrial park — eight projects of 1亿元 or more with their total, the county head's speech, the list of projects started (only its first three entries stored whole)",
  "http://www.linxi.gov.cn/index/detail?id=3741&pid=7",
  "日期取页面“浏览量:26988 | 时间:2023-02-01”。标题照录；“关闭”、浏览量时间行已删。存段在开工项目名单第四项“河北鑫峰汽车零部件有限公司发动机”处中断，该残行整行不收（make_txt.py ITEMS 止于第三项），正文共九段，含小标题“开工项目名单”。园区：轴承工业园区（临西县，邢台，河北；仅作开工仪式地点）。项目：名单三项均“开工”（开工项目名单），金额未逐项给出；文中未说明其所在园区，park 记 null。“河北三佳汽车零部件有限公”照录（原文缺“司”），公司别名补全为“河北三佳汽车零部件有限公司”（不在文中）。事实：临西县（region）此次开工亿元以上项目8个、计划总投资18.45亿元。",
  "uk01"),
 parks=[
  park(ZC, "邢台", "河北", "工业园区", A0, district="临西县", note="开工仪式举办地；文中未给出更全的名称"),
 ],
 companies=[
  comp("河北三佳汽车零部件有限公", None, A2, aliases=["河北三佳汽车零部件有限公司"],
       note="原文缺“司”，照录；别名为补全形式（不在文中）；项目名称中的企业，园区未说明"),
  comp("河北汇蚨轴承制造有限公司", None, A3, note="项目名称中的企业，园区未说明"),
  comp("邢台安合供应链管理有限公司", None, A4, note="项目名称中的企业，园区未说明"),
 ],
 institutions=[],
 projects=[
  proj(A2, None, A2, companies=["河北三佳汽车零部件有限公"], status="开工", status_text="开工项目名单", note=PN),
  proj(A3, None, A3, companies=["河北汇蚨轴承制造有限公司"], status="开工", status_text="开工项目名单", note=PN),
  proj(A4, None, A4, companies=["邢台安合供应链管理有限公司"], status="开工", status_text="开工项目名单", note=PN),
 ],
 funds=[],
 aggregate_facts=[
  fact("临西县", "region", "projects_started", 8, "count", A1, "2023-02-01", note="亿元以上项目，一季度集中开工"),
  fact("临西县", "region", "projects_started_investment_cny", 1845000000.0, "cny", A1, "2023-02-01", chk=True,
       note="此次开工8个项目计划总投资"),
 ],
)

# ---------------------------------------------------------------- uk02 阳原经济开发区 园区企业行 (张家口新闻网 2023)
YY = "阳原经济开发区"
B0 = "沿着宽阔的产业大道一路向南,阳原经济开发区工业片区里厂房林立。"
B1 = "由政府主导建设的94801.6平方米的标准化厂房,已建成40601.92平方米,在建54199.68平方米"
B2 = "投资者也纷至沓来,13个项目已入驻园区"
B3 = "6月21日下午,2GW异质结光伏组件生产线项目建设现场热火朝天。"
B4 = "河北国晟新能源科技有限公司组件厂厂长曾斌来自苏州"
B5 = "这个光伏组件生产车间有2.8万平方米"
B6 = "“去年7月签约,今年2月开工,预计7月底进设备,8月底试生产,速度惊人。”"
G["uk02"] = dict(
 article=art("全媒体园区企业行➁火热工地奏响发展“交响曲”", "张家口新闻网 (zjknews.com，县区新闻·阳原县；来源栏空)", "2023-06-25", "day",
  "City news portal (city daily group), Hebei: a series feature walking through a county economic development zone — standard factory space built and under construction, projects settled, a photovoltaic module line under construction with its signing, start and trial-run dates",
  "http://www.zjknews.com/xianqu/yangyuan/2023/06/399597.html",
  "日期取页面“2023-06-25 15:16:45”。标题照录（含“➁”）；导航、位置行、日期来源行与三条图片说明（“2GW异质结光伏组件生产线项目建设现场 张凤燕 摄”等）已删。存段在下一段“…韩福祥的鞋子沾”处中断，该残段整段不收，正文止于曾斌的话，共七段。原文“当年投产的  “阳原速度””中的两个空格照录。园区：阳原经济开发区（阳原县，张家口，河北；又作“经济开发区”“园区”）。项目：2GW异质结光伏组件生产线项目（在建；位于开发区标准化厂房，由语境推断；企业河北国晟新能源科技有限公司，由组件厂厂长的话推断；“去年7月签约,今年2月开工”）。事实：标准化厂房总面积94801.6平方米、已建成40601.92、在建54199.68；13个项目已入驻园区（cumulative）。",
  "uk02"),
 parks=[
  park(YY, "张家口", "河北", "经济开发区", B0, district="阳原县", note="文中又作“经济开发区”“园区”"),
 ],
 companies=[
  comp("河北国晟新能源科技有限公司", YY, B4, note="组件厂厂长称“去年7月签约,今年2月开工”；位于开发区标准化厂房（语境）"),
 ],
 institutions=[],
 projects=[
  proj("2GW异质结光伏组件生产线项目", YY, B3, companies=["河北国晟新能源科技有限公司"], status="在建",
       status_text="建设现场热火朝天", note="去年7月签约、今年2月开工、预计8月底试生产；企业与园区由语境推断；金额未给出"),
 ],
 funds=[],
 aggregate_facts=[
  fact(YY, "park", "standard_factory_floor_area_sqm", 94801.6, "sqm", B1, "2023-06", note="政府主导建设的标准化厂房总面积"),
  fact(YY, "park", "standard_factory_built_sqm", 40601.92, "sqm", B1, "2023-06", kind="cumulative"),
  fact(YY, "park", "standard_factory_under_construction_sqm", 54199.68, "sqm", B1, "2023-06", opt=True),
  fact(YY, "park", "projects_settled", 13, "count", B2, "2023-06", kind="cumulative", note="“13个项目已入驻园区”"),
  fact("2GW异质结光伏组件生产线项目", "project", "workshop_floor_area_sqm", 28000.0, "sqm", B5, "2023-06", opt=True),
 ],
)

# ---------------------------------------------------------------- uk03 香河县经开区 稻香村香河生产基地 (河北新闻网 via 东方头条 2025)
XH = "香河县经开区"
DX = "稻香村香河生产基地项目"
C0 = "4月2日,位于香河县经开区的稻香村香河生产基地项目施工现场,生产加工中心即将封顶"
C1 = "稻香村香河生产基地项目建成后,将是苏州稻香村食品集团在北方最大的生产基地"
C2 = "“项目总投资12亿元,主要建设研发中心、生产加工中心、成品库房、物流中心等,总建筑面积20万平方米。”"
C3 = "项目投产后预计年产各类食品2.4万吨,可实现年营业收入15亿元,吸纳就业1500人以上"
G["uk03"] = dict(
 article=art("【助力2025廊坊经洽会·重点项目采访行】香河:坚持大项目带动 力促高质量发展",
  "河北新闻网（记者刘英；图片署“河北日报记者 刘英摄”），载于东方头条 mini.eastday.com", "2025-04-08", "day",
  "Aggregator copy of a provincial news site's item, Hebei: a reporting tour before a trade fair — a food group's production base under construction in a county economic development zone, with total investment, floor area and expected output, revenue and jobs",
  "https://mini.eastday.com/nsa/250408192659127280364.html",
  "日期取网址 250408（2025-04-08；文中“4月2日”采访）。标题照录（含栏目名【助力2025廊坊经洽会·重点项目采访行】）；两条图片说明“图为稻香村香河生产基地项目施工现场。河北日报记者 刘英摄”已删。存段止于“…成为该集团的一个形象标杆。”，正文三段；原文可能更长（标题为“香河:坚持大项目带动”），未见其余部分。园区：香河县经开区（香河县，廊坊，河北；名称照录）。项目：稻香村香河生产基地项目（在建：生产加工中心即将封顶；总投资12亿元）。公司：苏州稻香村食品集团（在园区建设生产基地，park 记香河县经开区）。事实：项目投产后预计年营业收入15亿元（target）；年产食品2.4万吨、吸纳就业1500人以上、总建筑面积20万平方米可选。",
  "uk03"),
 parks=[
  park(XH, "廊坊", "河北", "经济开发区", C0, district="香河县", note="名称照录（经开区）"),
 ],
 companies=[
  comp("苏州稻香村食品集团", XH, C1, note="在香河县经开区建设北方最大生产基地"),
 ],
 institutions=[],
 projects=[
  proj(DX, XH, C2, companies=["苏州稻香村食品集团"], inv="项目总投资12亿元", status="在建", status_text="生产加工中心即将封顶",
       note="位于香河县经开区（“位于香河县经开区的稻香村香河生产基地项目施工现场,生产加工中心即将封顶”）；金额句为张建光所述"),
 ],
 funds=[],
 aggregate_facts=[
  fact(DX, "project", "expected_annual_revenue_cny", 1500000000.0, "cny", "可实现年营业收入15亿元", "投产后（预计）",
       kind="target", chk=True),
  fact(DX, "project", "expected_annual_output_tonnes", 24000.0, "tonnes", C3, "投产后（预计）", kind="target", opt=True),
  fact(DX, "project", "expected_jobs", 1500, "count", C3, "投产后（预计）", kind="target", qual="超", qtext="以上", opt=True),
  fact(DX, "project", "floor_area_sqm", 200000.0, "sqm", C2, "2025-04", opt=True),
 ],
)

# ---------------------------------------------------------------- uk04 邱县项目建设热潮涌动 (邯郸新闻网 via 新浪财经 2024)
QX = "邱县经济开发区"
D0 = "今年冬季邱县启动10多个重点项目建设"
D1 = "走进北京大蒙集团有限公司项目建设现场,公司宿舍楼和办公楼主体结构已完成"
D2 = "位于邱县经济开发区发展大道的河北京耀生物发展有限公司,1号、5号车间进入设备安装调试阶段"
D3 = "京耀谷朊粉项目作为本地食品企业投资的重点项目,主要生产谷朊粉、面筋食品、小麦淀粉等产品"
D4 = "项目建成后,预计年产量6.6万吨,年产值3.5亿元,可为当地提供200余个就业岗位"
D5 = "哆呋食品二期项目5月份开工建设,一路加速推进建设进度,现在1号车间、2号车间已投产,3号、4号车间设备已安装完成"
D6 = "在河北哆呋食品有限公司生产车间内,工人们正有序地进行分拣、封装、搬运等工作"
JY = "京耀谷朊粉项目"
G["uk04"] = dict(
 article=art("奋进强国路 阔步新征程|邱县项目建设热潮涌动", "邯郸新闻网，经新浪财经（媒体滚动）转载", "2024-12-27", "day",
  "Portal finance channel relaying a city news site, Hebei: a county's winter project drive — a Beijing group's plant under construction, a food firm's project in the county economic development zone being fitted out (expected output, value, jobs), another firm's phase 2 partly in production",
  "https://finance.sina.com.cn/jjxw/2024-12-27/doc-ineawhzx6029715.shtml",
  "日期取页面“2024年12月27日 11:05 媒体滚动”（文中采访日12月18日）。标题照录（页面重复一次，只收一次）；日期行、“转自:邯郸新闻网”已删。存段在下一段“…从县领导到主”处中断，该残段整段不收，正文共四段。园区：邱县经济开发区（邱县，邯郸，河北）。项目：北京大蒙集团有限公司项目（在建，有望春节后投产；园区未说明→null）；京耀谷朊粉项目（河北京耀生物发展有限公司，位于邱县经济开发区发展大道，设备安装调试→在建）；哆呋食品二期项目（5月开工，1号2号车间已投产→投产，status_alt 在建；园区未说明→null）。事实：邱县今冬启动10多个重点项目（region，余，可选）；京耀项目预计年产值3.5亿元（target）、年产量6.6万吨与就业200余个可选。",
  "uk04"),
 parks=[
  park(QX, "邯郸", "河北", "经济开发区", D2, district="邱县"),
 ],
 companies=[
  comp("北京大蒙集团有限公司", None, D1, note="在邱县建设项目，园区未说明"),
  comp("河北京耀生物发展有限公司", QX, D2, note="位于邱县经济开发区发展大道"),
  comp("河北哆呋食品有限公司", None, D6, aliases=["哆呋食品"], note="园区未说明"),
 ],
 institutions=[],
 projects=[
  proj("北京大蒙集团有限公司项目", None, D1, companies=["北京大蒙集团有限公司"], status="在建",
       status_text="主体结构已完成…有望在春节之后投入生产运营", note="名称按“北京大蒙集团有限公司项目建设现场”；园区未说明"),
  proj(JY, QX, D3, companies=["河北京耀生物发展有限公司"], status="在建", status_text="进入设备安装调试阶段",
       aliases=["京耀谷朊粉"], note="企业位于邱县经济开发区；金额未给出"),
  proj("哆呋食品二期项目", None, D5, companies=["河北哆呋食品有限公司"], status="投产", status_alt="在建",
       status_text="5月份开工建设…1号车间、2号车间已投产,3号、4号车间设备已安装完成", phase="二期",
       note="部分车间已投产；园区未说明"),
 ],
 funds=[],
 aggregate_facts=[
  fact("邱县", "region", "key_projects_started", 10, "count", D0, "2024年冬季", qual="余", qtext="多", opt=True,
       note="“10多个重点项目”"),
  fact(JY, "project", "expected_annual_output_cny", 350000000.0, "cny", D4, "建成后（预计）", kind="target", chk=True),
  fact(JY, "project", "expected_annual_output_tonnes", 66000.0, "tonnes", D4, "建成后（预计）", kind="target", opt=True),
  fact(JY, "project", "expected_jobs", 200, "count", D4, "建成后（预计）", kind="target", qual="余", qtext="余", opt=True),
 ],
)

# ---------------------------------------------------------------- uk05 衡水市二季度88个项目集中开工 (长城网 2022)
WQ = "武强经济开发区"
HG = "衡水高新区"
E0 = "此次共集中开工1000万元以上项目88项,总投资133.92亿元,年预计投资57.42亿元"
E1 = "产业项目有57项,总投资99.66亿元"
E2 = "其中,超5亿元的项目有深州嘉美公司溶菌酶生产、武强经济开发区科创中心、故城丰农公司液态奶、衡水高新区宝腾绿色装配式建筑产业化等6个项目"
RN = "“超5亿元的项目”为区间，不作投资额"
G["uk05"] = dict(
 article=art("“进度条”刷新!2022年衡水市二季度1000万元以上88个项目集中开工", "长城网（冀云客户端；记者卢婉凤），衡水频道 hs.hebei.com.cn", "2022-05-08", "day",
  "Provincial news portal's city channel, Hebei: a city's second-quarter groundbreaking — 88 projects with total and annual investment, industrial projects, and four named projects above 5亿元 (two placed in a county economic development zone and a high-tech zone)",
  "https://hs.hebei.com.cn/system/2022/05/08/100942393.shtml",
  "日期取页面“2022-05-08 09:13:00”。标题照录；“头条”、来源作者行、日期行、“分享:”、图片说明“2022年桃城区二季度项目集中开工现场。”与“关键词…责任编辑:李珊珊”已删。正文三段，完整。园区：武强经济开发区（武强县，衡水）与衡水高新区（衡水）仅出现在项目名称中，作为项目所在地列出。项目（均为集中开工→开工）：深州嘉美公司溶菌酶生产（深州为县级市，非园区→null）、武强经济开发区科创中心、故城丰农公司液态奶（null）、衡水高新区宝腾绿色装配式建筑产业化；均属“超5亿元的项目”，区间不作投资额。公司“深州嘉美公司”“故城丰农公司”只在项目名中，可选。事实：衡水市（region）开工88项、总投资133.92亿元、年预计投资57.42亿元、产业项目57项/99.66亿元、超5亿元项目6个。",
  "uk05"),
 parks=[
  park(WQ, "衡水", "河北", "经济开发区", E2, district="武强县", note="只见于项目名“武强经济开发区科创中心”"),
  park(HG, "衡水", "河北", "高新区", E2, note="只见于项目名“衡水高新区宝腾绿色装配式建筑产业化”"),
 ],
 companies=[
  comp("深州嘉美公司", None, E2, opt=True, note="只在项目名中；深州为县级市"),
  comp("故城丰农公司", None, E2, opt=True, note="只在项目名中；故城为县"),
 ],
 institutions=[],
 projects=[
  proj("深州嘉美公司溶菌酶生产", None, E2, companies=["深州嘉美公司"], status="开工", status_text="集中开工", note=RN),
  proj("武强经济开发区科创中心", WQ, E2, status="开工", status_text="集中开工", note=RN),
  proj("故城丰农公司液态奶", None, E2, companies=["故城丰农公司"], status="开工", status_text="集中开工", note=RN),
  proj("衡水高新区宝腾绿色装配式建筑产业化", HG, E2, status="开工", status_text="集中开工",
       aliases=["宝腾绿色装配式建筑产业化"], note=RN),
 ],
 funds=[],
 aggregate_facts=[
  fact("衡水市", "region", "projects_started", 88, "count", E0, "2022年二季度（5月6日）", note="1000万元以上项目"),
  fact("衡水市", "region", "projects_started_investment_cny", 13392000000.0, "cny", E0, "2022年二季度（5月6日）", chk=True),
  fact("衡水市", "region", "annual_planned_investment_cny", 5742000000.0, "cny", "年预计投资57.42亿元", "2022年（预计）",
       kind="target", chk=True),
  fact("衡水市", "region", "industrial_projects_started", 57, "count", E1, "2022年二季度（5月6日）", opt=True),
  fact("衡水市", "region", "industrial_projects_started_investment_cny", 9966000000.0, "cny", E1, "2022年二季度（5月6日）",
       chk=True, opt=True),
  fact("衡水市", "region", "projects_over_500m_count", 6, "count", E2, "2022年二季度（5月6日）", opt=True),
 ],
)

# ---------------------------------------------------------------- uk06 满城经济开发区 九汇医药 (wxredian 2024)
MC = "满城经济开发区"
JH = "河北九汇医药生物产业基地项目"
F0 = "记者在满城经济开发区采访看到,各项目施工现场塔吊高耸"
F1 = "在河北九汇医药生物产业基地项目施工现场,记者看到,项目一期的综合楼和1号厂房均已顺利完工"
F2 = "据了解,该项目总投资2.2亿元,占地约45亩"
F3 = "预计年营收5亿元,年纳税2000万元,带动就业200余人"
F4 = "河北九汇医药制造有限公司总经理张彦慧说"
G["uk06"] = dict(
 article=art("塑造新优势 点燃新引擎 ——满城区曲阳县望都县以高质量项目建设为高质量发展集聚新动能",
  "wxredian.com（公众号文章镜像；原发媒体在存段中未署名）", "2024-10", "month",
  "WeChat-article mirror of a local report, Hebei: three counties/districts' key projects — a pharmaceutical base in a district economic development zone with phase 1 buildings completed, investment, land and expected revenue, tax and jobs",
  "https://wxredian.com/art?id=85a4b5d26571ad70ff0ceb50e172ace5",
  "存段无日期行；日期据文中“金秋时节”“2024年…1至9月完成投资”推为2024年10月前后（month，推断）。标题两行（主题与破折号副题）以一个空格连写。存段在“…1至9月完成投资20.2亿元,占”处中断，该句已删（make_txt.py LINE_SUFFIX），正文三段，止于“…将满城打造成营商高地和创新创业热土。”；望都、曲阳部分未存。园区：满城经济开发区（满城区，保定，河北）。项目：河北九汇医药生物产业基地项目（总投资2.2亿元；一期综合楼和1号厂房已完工，在建；企业河北九汇医药制造有限公司）。事实：项目预计年营收5亿元（target）；年纳税2000万元、就业200余人、占地约45亩可选。",
  "uk06", title_note="标题与副题在存段中分两行"),
 parks=[
  park(MC, "保定", "河北", "经济开发区", F0, district="满城区"),
 ],
 companies=[
  comp("河北九汇医药制造有限公司", MC, F4, note="项目企业；项目位于满城经济开发区（语境）"),
 ],
 institutions=[],
 projects=[
  proj(JH, MC, F1 + "。据了解,该项目总投资2.2亿元", companies=["河北九汇医药制造有限公司"], inv="总投资2.2亿元",
       status="在建", status_text="项目一期的综合楼和1号厂房均已顺利完工", aliases=["河北九汇医药生物产业基地"],
       note="一期部分建筑完工，整体在建；位于满城经济开发区（“记者在满城经济开发区采访看到…在河北九汇医药生物产业基地项目施工现场”）"),
 ],
 funds=[],
 aggregate_facts=[
  fact(JH, "project", "expected_annual_revenue_cny", 500000000.0, "cny", F3, "建成后（预计）", kind="target", chk=True),
  fact(JH, "project", "expected_annual_tax_cny", 20000000.0, "cny", "年纳税2000万元", "建成后（预计）", kind="target",
       chk=True, opt=True),
  fact(JH, "project", "expected_jobs", 200, "count", F3, "建成后（预计）", kind="target", qual="余", qtext="余", opt=True),
  fact(JH, "project", "land_area_mu", 45, "mu", F2, "2024", qual="约", qtext="约", opt=True),
 ],
)
