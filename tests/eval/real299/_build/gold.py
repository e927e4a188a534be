# real299 ground truth, read by build_all.py (copied from real52 unchanged; helpers park/comp/inst/proj/fund/fact/art/amt).
# Conventions as real28–real52: evidence verbatim (all six items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios. Projects: the park is
# the one the text places the project in, null if none (a county or district is not a park). Status from the text's words
# (开工建设 / 奠基 / 启动…建设 → 开工; 建成投产 / 试生产 → 投产; 签约 / 集中签约 → 签约). “将”/“预计”/“建成后” figures are kind
# target; year-to-date sums (“今年以来”, “截至8月份”, “已完成投资”) are cumulative. Sources are `search` (corpus pages)
# excerpts typed into _raw/pages/qlNN.raw as returned.

# ---------------------------------------------------------------- ql01 滁州经开区力推家电产业提档升级 (achie.org 2015)
CZ = "滁州经开区"
A0 = "今年以来,滁州经开区紧紧抓住省委、省政府批准建设智能家电产业集聚发展基地的重大机遇,推进智能家电及电子信息产业转型升级"
A1 = "2015年安康集团产值将超130亿元,安康电子成为滁州首家百亿元企业"
A2 = "博世西门子产值70亿元,启动1平方公里的博西家电产业园建设"
A3 = "长电科技、立讯精密持续做大,鲲鹏装备等200多家配套企业跃上新台阶"
A4 = "首期设立10亿元安徽省智能家电产业基金"
A5 = "安康电子外单同比增长114%,进出口同比增长427%"
AS1 = "2015年"
G["ql01"] = dict(
 article=art("滁州经开区力推家电产业提档升级", "achie.org（“jkq”栏；来源标“未知”，原发媒体与署名未注明）", "2015-12-25", "day",
  "Web relay of a local item, Anhui: a national economic development zone's home-appliance cluster in 2015 — lead firms with output figures, a new appliance park started, supplier count and local-sourcing rates, an annual innovation fund, a provincial appliance industry fund's first tranche, one firm's export growth",
  "http://www.achie.org/news/jkq/201512251704.html",
  "日期取页面“日期:2015-12-25”（该行与“来源:未知”“点击:次”已删）。标题照录；正文三段，存段止于“…进出口同比增长427%。”（句末完整；页面其后是否还有内容不详）。园区：滁州经开区（滁州经济技术开发区，滁州市，安徽；文中只作“滁州经开区”，不补全称）；“博西家电产业园”为经开区内新启动的园中园（可选园区，parent 滁州经开区），同时作为开工项目列出（“启动…建设”→开工，无金额）。公司：安康集团、安康电子、博世西门子、长电科技、立讯精密、鲲鹏装备，位置由语境推定为滁州经开区。基金：安徽省智能家电产业基金，“首期设立10亿元”→ size 10亿元，size_type 首期规模；文中未说归属园区，park null。事实：安康集团“2015年…产值将超130亿元”（target，超）；博世西门子产值70亿元（2015年，句中无“将”，记 reported；可疑，见 note）；配套企业200多家（余）；本地配套率80%/70%/80%（ratio，可选）；每年创新基金2亿元；安康电子外单增长114%、进出口增长427%（ratio）。",
  "ql01"),
 parks=[
  park(CZ, "滁州", "安徽", "经济技术开发区", A0, note="即滁州经济技术开发区；文中只作“滁州经开区”"),
  park("博西家电产业园", "滁州", "安徽", "产业园（家电）", A2, parent=CZ, opt=True, note="1平方公里，博世西门子启动建设；母园区由语境推定"),
 ],
 companies=[
  comp("安康集团", CZ, A1, note="骨干企业；位置由语境推定"),
  comp("安康电子", CZ, A1, note="滁州首家百亿元企业"),
  comp("博世西门子", CZ, A2, note="启动博西家电产业园建设"),
  comp("长电科技", CZ, A3),
  comp("立讯精密", CZ, A3),
  comp("鲲鹏装备", CZ, A3, note="配套企业"),
 ],
 institutions=[
  inst("中国家电研究院滁州分院", "中国家电研究院滁州分院、CQC滁州基地、汽车及家电装备研究院运营良好", kind="research", note="平台"),
  inst("CQC滁州基地", "中国家电研究院滁州分院、CQC滁州基地、汽车及家电装备研究院运营良好", kind="research"),
  inst("汽车及家电装备研究院", "中国家电研究院滁州分院、CQC滁州基地、汽车及家电装备研究院运营良好", kind="research"),
 ],
 projects=[
  proj("博西家电产业园", CZ, A2, companies=["博世西门子"], status="开工", status_text="启动…建设", note="1平方公里；无金额"),
 ],
 funds=[
  fund("安徽省智能家电产业基金", None, A4, size="10亿元", size_type="首期规模", note="首期；省级基金，文中未说归属园区"),
 ],
 aggregate_facts=[
  fact("安康集团", "company", "output_cny", 1.3e10, "cny", A1, "2015年（预计）", kind="target", qual="超", qtext="超", chk=True),
  fact("博世西门子", "company", "output_cny", 7e9, "cny", A2, AS1, chk=True, note="句中无“将”，记 reported；或为预计数"),
  fact(CZ, "park", "supplier_firms", 200, "count", A3, AS1, qual="余", qtext="多", opt=True, note="配套企业200多家"),
  fact(CZ, "park", "innovation_fund_annual_cny", 2e8, "cny", "每年安排创新基金2亿元,支持技术改造、两化融合以及平台建设", AS1, kind="target", chk=True),
  fact(CZ, "park", "local_sourcing_share_refrigerators", 0.80, "ratio", "电冰箱、空调、彩电的本地配套能力分别达到80%、70%、80%", AS1, kind="ratio", opt=True),
  fact("安康电子", "company", "export_orders_yoy_growth", 1.14, "ratio", A5, AS1, kind="ratio"),
  fact("安康电子", "company", "trade_yoy_growth", 4.27, "ratio", A5, AS1, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- ql02 安庆 1-10月 重点项目 (安庆日报 via yybnet 2018)
KJ = "经开区"
GX = "高新区"
B0 = "今年1-10月份,全市亿元以上重点项目累计完成投资999.5亿元,完成年度计划的88%"
B1 = "其中,桐城金田尼龙薄膜、太湖富印新光学材料、岳西乘风中药健康产业园、望江旭众装备制造、宜秀晶凯集成电路封装材料等重点项目开工建设"
B2 = "桐城中一智能高速包装设备、宿松红爱服饰智能制造、经开区智能化无人工厂、高新区虹泰聚酰胺树脂等重点项目建成投产"
AS2 = "2018年1–10月"
G["ql02"] = dict(
 article=art("（无标题）安庆市1-10月亿元以上重点项目累计完成投资999.5亿元", "安庆日报（记者 王虎），载于 yybnet.net（桐城新闻栏）", "2018-11", "month",
  "City daily relayed by a local-news aggregator, Anhui: a prefecture's major-project progress in January–October — investment, projects started and completed against plan, named county and zone projects started and in production",
  "https://yybnet.net/anqing/tongcheng/201811/8379145.html",
  "存段无标题、无日期行（title 为编者概括）。日期：网址 201811，文中“11月22日,记者从市发改委了解到”，发布当在2018年11月22日或稍后，记 2018-11（month）。正文三段，完整；页尾“新闻推荐”及站点口号已删。园区：文中只作“经开区”“高新区”（即安庆经济技术开发区、安庆高新技术产业开发区；照录简称，不补全称）。项目：五个“开工建设”的项目冠以县区名（桐城、太湖、岳西、望江、宜秀），不在园区，park null；建成投产四个，其中“经开区智能化无人工厂”“高新区虹泰聚酰胺树脂”以园区简称为前缀，park 记该园区，name 去前缀、alias 保留原文；桐城、宿松两个 park null。名称照录（多为企业简称+产品，无“项目”二字）。合安九高铁等基础设施与前期工作项目不列。全市数字（999.5亿元、205个、153个及完成率）为城市事实（region）。",
  "ql02"),
 parks=[
  park(KJ, "安庆", "安徽", "经济技术开发区", B2, opt=True, note="即安庆经济技术开发区；文中只在项目名前作“经开区”"),
  park(GX, "安庆", "安徽", "高新区", B2, opt=True, note="即安庆高新技术产业开发区；文中只在项目名前作“高新区”"),
 ],
 companies=[],
 projects=[
  proj("桐城金田尼龙薄膜", None, B1, status="开工", status_text="开工建设", note="桐城市"),
  proj("太湖富印新光学材料", None, B1, status="开工", status_text="开工建设", note="太湖县"),
  proj("岳西乘风中药健康产业园", None, B1, status="开工", status_text="开工建设", note="岳西县"),
  proj("望江旭众装备制造", None, B1, status="开工", status_text="开工建设", note="望江县"),
  proj("宜秀晶凯集成电路封装材料", None, B1, status="开工", status_text="开工建设", note="宜秀区"),
  proj("桐城中一智能高速包装设备", None, B2, status="投产", status_text="建成投产", note="桐城市"),
  proj("宿松红爱服饰智能制造", None, B2, status="投产", status_text="建成投产", note="宿松县"),
  proj("智能化无人工厂", KJ, B2, aliases=["经开区智能化无人工厂"], status="投产", status_text="建成投产", note="原文作“经开区智能化无人工厂”"),
  proj("虹泰聚酰胺树脂", GX, B2, aliases=["高新区虹泰聚酰胺树脂"], status="投产", status_text="建成投产", note="原文作“高新区虹泰聚酰胺树脂”"),
 ],
 aggregate_facts=[
  fact("安庆市", "region", "major_projects_investment_cny", 9.995e10, "cny", B0, AS2, kind="cumulative", opt=True, chk=True, note="亿元以上重点项目"),
  fact("安庆市", "region", "projects_started", 205, "count", "开工项目205个,完成年度计划的83%", AS2, kind="cumulative", opt=True),
  fact("安庆市", "region", "projects_completed", 153, "count", "竣工项目153个,完成年度计划的90.5%", AS2, kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- ql03 蚌山区 集中奠基和集中签约 (21ic 2019)
C0 = "4月28日上午,安徽蚌埠蚌山区举行了集中奠基和集中签约仪式"
C1 = "其中,蚌山半导体科技园项目与海勤科技制造基地一期项目在当天奠基"
C2 = "据悉,蚌山半导体科技园项目总投资11亿元,规划用地约100亩,总建筑面积为10万平方米,建造10栋单体"
C3 = "海勤科技制造基地一期项目总投资3.2亿元,将主要生产智能显示产品主控板及配套软硬件设备等"
C4 = "贝可科技背光模组项目,由深圳贝可科技有限公司投资5亿元投资建设背光模组项目"
C5 = "华为硕集成电·封装项目,安徽华为硕半导体科技有限公司拟投资2亿元进行电源管理芯片、MCU微控制器、存储器件、新型封装器件的研发和生产"
C6 = "中航电子传感器等项目,安徽中航电子科技发展有限公司拟投资0.5亿元进行张力传感器张力控制器研发、生产制造、销售"
C7 = "此外,贝可科技背光模组、华为硕集成电·封装、中航电子传感器等项目也在当天进行了集中签约"
AS3 = "2019年4月28日"
G["ql03"] = dict(
 article=art("安徽蚌埠蚌山半导体科技园项目奠基,涉及新材料、电子信息等,投资61亿", "21ic电子网（21ic.com；“据报道”，原发媒体与署名未注明）", "2019-04", "month",
  "Electronics-industry portal relaying a local item, Anhui: a city district's joint groundbreaking and signing — a semiconductor science park project and a manufacturing base started with sums and expected output, three signed projects with investors and sums, the district's project counts",
  "https://21ic.com/embed/news/industry/201904/89912.html",
  "存段无日期行；网址 201904，文中“4月28日上午”，记 2019-04（month）。标题照录；“扫描二维码”“随时随地手机看文章”已删。存段末行“截至目前,78个计划新开工、续建项目中,…累计完成投资97.6亿元。1-8”在句中中断，整段删去，正文截至“…准备签约。”，共八段。页面把“路”字显示为“·”（“电·及光电”“集成电·封装”），照录不改。园区：文中无现成园区；“蚌山半导体科技园”是开工项目，建成后“形成…半导体产业园区”，列为可选园区（规划中）。项目：蚌山半导体科技园项目、海勤科技制造基地一期项目（奠基→开工；金额11亿元、3.2亿元）；贝可科技背光模组项目（投资5亿元）、华为硕集成电·封装项目（拟投资2亿元）、中航电子传感器等项目（拟投资0.5亿元）——“在当天进行了集中签约”→签约，但各段又说“已达成初步投资意向”“准备签约”，status_alt 记 planned。所在地为蚌山区（区，不是园区），park 均 null。事实：蚌山区当天开工10个、总投资约61亿元，签约6个、约12亿元（region）；两项目的预期年产值（target）。",
  "ql03"),
 parks=[
  park("蚌山半导体科技园", "蚌埠", "安徽", "产业园（半导体，规划）", C2, district="蚌山区", opt=True, note="本身是奠基开工的项目；建成后形成半导体产业园区"),
 ],
 companies=[
  comp("深圳贝可科技有限公司", None, C4, note="贝可科技背光模组项目投资方"),
  comp("安徽华为硕半导体科技有限公司", None, C5),
  comp("安徽中航电子科技发展有限公司", None, C6),
  comp("海勤科技", None, C1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("蚌山半导体科技园项目", None, C2, inv="总投资11亿元", status="开工", status_text="奠基", note="蚌山区；建成后形成年产值60亿元以上的半导体产业园区"),
  proj("海勤科技制造基地一期项目", None, C3, companies=["海勤科技"], inv="总投资3.2亿元", phase="一期", status="开工", status_text="奠基", note="蚌山区"),
  proj("贝可科技背光模组项目", None, C4, companies=["深圳贝可科技有限公司"], inv="投资5亿元", status="签约", status_text="集中签约", status_alt="planned",
       note="同段又说“已达成初步投资意向,正就合作细节进行进一步商谈”"),
  proj("华为硕集成电·封装项目", None, C5, companies=["安徽华为硕半导体科技有限公司"], inv="拟投资2亿元", status="签约", status_text="集中签约", status_alt="planned",
       note="“拟投资”；页面“路”显示为“·”"),
  proj("中航电子传感器等项目", None, C6, companies=["安徽中航电子科技发展有限公司"], inv="拟投资0.5亿元", status="签约", status_text="集中签约", status_alt="planned",
       aliases=["中航电子传感器"], note="同段说“准备签约”"),
 ],
 aggregate_facts=[
  fact("蚌山区", "region", "projects_started", 10, "count", "当天集中开工10个项目,总投资约61亿元", AS3),
  fact("蚌山区", "region", "projects_started_investment_cny", 6.1e9, "cny", "当天集中开工10个项目,总投资约61亿元", AS3, qual="约", qtext="约", chk=True),
  fact("蚌山区", "region", "projects_signed", 6, "count", "集中签约6个项目,总投资约12亿元", AS3),
  fact("蚌山区", "region", "signed_investment_cny", 1.2e9, "cny", "集中签约6个项目,总投资约12亿元", AS3, qual="约", qtext="约", chk=True),
  fact("蚌山半导体科技园项目", "project", "expected_annual_output_cny", 6e9, "cny", "形成年产值60亿元以上的半导体产业园区", "建成后（预计）", kind="target", qual="超", qtext="以上", chk=True),
  fact("海勤科技制造基地一期项目", "project", "expected_annual_output_cny", 8e8, "cny", "项目建成后,预计可实现年产值8亿元,利税可达2000万", "建成后（预计）", kind="target", chk=True),
  fact("蚌山半导体科技园项目", "project", "site_area_mu", 100, "mu", C2, AS3, qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- ql04 肖口绿色新能源产业园 (sqr.ahnews 2019)
XK = "肖口绿色新能源产业园"
D0 = "深入到肖口绿色新能源产业园各企业调研"
D1 = "高文军一行先后到园区企业奥能金属、大华科技、安徽超威、天畅金属等企业查看了企业建设投资、建设进度"
D2 = "目前园区的四家企业,大华科技、长江金属、安徽陶庄湖、奥能金属分别与理士国际、天能集团、超威集团、中船重工四家上市公司“联姻”"
D3 = "四家企业建成后,年可实现产值180亿元,税收15亿元"
G["ql04"] = dict(
 article=art("高文军一行到肖口绿色新能源产业园调研", "sqr.ahnews.com.cn（中安在线系统的地方站点；署名“张汝峰”）", "2019-07-01", "day",
  "Local news site, Anhui: a city bureau chief's visit to a town-level green-energy industrial park in a county — firms under construction, their listed-company partners, the park's upgrade and the four firms' expected output and tax",
  "http://sqr.ahnews.com.cn/news/2019/07/01/c_10434.htm",
  "日期取页面“2019-07-01 15:21:08”（与“来源:”“责编:张玉芳”各行已删）；调研日为6月11日。标题照录；正文四段，完整，末尾署名“(张汝峰)”在正文行内，保留。园区：肖口绿色新能源产业园（阜阳市太和县肖口镇，安徽；文中又作“肖口园区”“园区”）。公司：奥能金属、大华科技、安徽超威、天畅金属、长江金属、安徽陶庄湖为园区企业；理士国际、天能集团、超威集团、中船重工为与之“联姻”的上市公司（可选，park null）。无具名项目、无投资额。事实：四家企业建成后年产值180亿元、税收15亿元（target）。阜阳市、太和县两个经信局列可选机构。",
  "ql04"),
 parks=[
  park(XK, "阜阳", "安徽", "产业园（新能源）", D0, district="太和县", aliases=["肖口园区"], note="肖口镇；2018年县里决定升级改造"),
 ],
 companies=[
  comp("奥能金属", XK, D1),
  comp("大华科技", XK, D1),
  comp("安徽超威", XK, D1),
  comp("天畅金属", XK, D1),
  comp("长江金属", XK, D2),
  comp("安徽陶庄湖", XK, D2),
  comp("理士国际", None, D2, opt=True, note="与园区企业“联姻”的上市公司"),
  comp("天能集团", None, D2, opt=True, note="同上"),
  comp("超威集团", None, D2, opt=True, note="同上"),
  comp("中船重工", None, D2, opt=True, note="同上"),
 ],
 institutions=[
  inst("阜阳市经济和信息化局", "阜阳市经济和信息化局党组书记、局长高文军一行"),
  inst("太和县经济和信息化局", "太和县经济和信息化局局长洪保荣"),
 ],
 projects=[],
 aggregate_facts=[
  fact(XK, "park", "expected_annual_output_cny", 1.8e10, "cny", D3, "四家企业建成后（预计）", kind="target", chk=True),
  fact(XK, "park", "expected_annual_tax_cny", 1.5e9, "cny", "税收15亿元", "四家企业建成后（预计）", kind="target", chk=True),
  fact(XK, "park", "firms", 4, "count", D2, "2019年6月", opt=True),
 ])

# ---------------------------------------------------------------- ql05 淮北 民营企业合作项目 (ahenews 2019)
HB = "淮北高新技术产业开发区"
SX = "濉溪芜湖现代产业园"
E0 = "淮北高新技术产业开发区的绿尚小镇产业园建设项目由华孚控股有限公司投资15亿元,2018年11月开工建设"
E1 = "濉溪县濉溪芜湖现代产业园内的英科医疗用品生产项目2018年1月开工建设,项目由山东英科医疗用品股份有限公司投资13.8亿元建设,占地600亩,分二期建设"
E2 = "一期项目今年8月8日试生产,已完成投资4.85亿元"
E3 = "截至8月份,该市累计完成资金投入5.13亿元"
AS5 = "2019年（截至8月）"
G["ql05"] = dict(
 article=art("淮北市积极推进与民营企业合作项目", "安徽经济新闻网（m.ahenews.com.cn；署名 祝海洋 范为民 通讯员 张守斌）", "2019-09-03", "day",
  "Provincial economic news site, Anhui: two private-investment projects in a city's parks — one in the high-tech zone (investor, sum, start date, buildings topped out, production expected by year-end), one in a county co-built park (investor, sum, start date, phase 1 in trial production, investment to date, capacity)",
  "http://m.ahenews.com.cn/e/action/ShowInfo.php?classid=200&id=85468",
  "日期取页面“2019-09-03 13:37:42”。标题照录；正文三段，完整；署名行“祝海洋 范为民 通讯员 张守斌”与“责编:王慧”已删。淮北不在本集例举城市之列，但属合肥之外的安徽城市，收入并记于 SOURCES。园区：淮北高新技术产业开发区（淮北市）；濉溪芜湖现代产业园（淮北市濉溪县，皖北—皖南共建园）；“绿尚小镇产业园”是项目（“建设项目”），另列可选园区（parent 淮北高新区）。项目：绿尚小镇产业园建设项目——华孚控股有限公司投资15亿元，2018年11月开工建设，1至3号车间已封顶，预计年底投产（status 开工，status_alt 在建）；英科医疗用品生产项目——山东英科医疗用品股份有限公司投资13.8亿元，2018年1月开工，一期8月8日试生产、已完成投资4.85亿元（status 投产=试生产，status_alt 在建）。事实：全市两项目累计资金投入5.13亿元（region）；绿尚完成资金投入2800万元、英科完成投资4.85亿元（cumulative，subject 项目）；英科占地600亩、日产手套32万只、就业270余人（可选）。",
  "ql05"),
 parks=[
  park(HB, "淮北", "安徽", "高新技术产业开发区", E0),
  park(SX, "淮北", "安徽", "产业园（共建）", E1, district="濉溪县"),
  park("绿尚小镇产业园", "淮北", "安徽", "产业园（纺织服装）", E0, parent=HB, opt=True, note="项目本身；在建"),
 ],
 companies=[
  comp("华孚控股有限公司", HB, E0, note="绿尚小镇产业园建设项目投资方"),
  comp("山东英科医疗用品股份有限公司", SX, E1, note="英科医疗用品生产项目投资方"),
 ],
 projects=[
  proj("绿尚小镇产业园建设项目", HB, E0, companies=["华孚控股有限公司"], inv="投资15亿元", status="开工", status_text="2018年11月开工建设", status_alt="在建",
       aliases=["绿尚小镇产业园"], note="1至3号车间已封顶，预计2019年底可投入生产"),
  proj("英科医疗用品生产项目", SX, E1, companies=["山东英科医疗用品股份有限公司"], inv="投资13.8亿元", status="投产", status_text="一期项目今年8月8日试生产", status_alt="在建",
       note="2018年1月开工；分二期，一期试生产"),
 ],
 aggregate_facts=[
  fact("淮北市", "region", "private_cooperation_investment_cny", 5.13e8, "cny", E3, AS5, kind="cumulative", opt=True, chk=True),
  fact("绿尚小镇产业园建设项目", "project", "invested_cny", 2.8e7, "cny", "其中,绿尚小镇产业园完成资金投入2800万元", AS5, kind="cumulative", chk=True),
  fact("英科医疗用品生产项目", "project", "invested_cny", 4.85e8, "cny", E2, AS5, kind="cumulative", chk=True),
  fact("英科医疗用品生产项目", "project", "site_area_mu", 600, "mu", E1, AS5, opt=True),
  fact("绿尚小镇产业园建设项目", "project", "floor_area_m2", 36000, "m2", "目前,项目1至3号车间已封顶,建筑面积36000平方米", AS5, opt=True),
  fact("英科医疗用品生产项目", "project", "jobs", 270, "count", "日产手套32万只,带动就业270余人", AS5, qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- ql06 安庆经开区 (市场星报 / 安徽财经网 2020)
AQ = "安庆经济技术开发区"
F0 = "6月5日,省委宣传部“走进安徽国家级开发区”系列新闻发布暨集中采访活动来到了安庆经济技术开发区"
F1 = "目前,园区内拥有全球最大的活塞环生产企业ATG公司、亚洲最大的缸套生产企业ATGL公司、国内最大的叉车转向桥驱动桥生产企业合力叉车、高强度钢质模锻活塞产能亚洲第一世界第二的安簧集团、国内最大的船用中速柴油机制造企业安庆中船公司、百年老字号安科余良卿、胡玉美等骨干企业"
G["ql06"] = dict(
 article=art("安庆经开区:精准施策,力促经济高质量发展", "市场星报 / 安徽财经网（ahcaijing.com；记者 唐朝/文 周诚/图）", "2020-06-08", "day",
  "Provincial evening paper's website, Anhui: a press tour of a national economic development zone — its titles and bases since the 2010 upgrade, and its lead firms (piston rings, cylinder liners, forklift axles, pistons, marine diesel engines, traditional brands)",
  "http://www.ahcaijing.com/html/2020/anhui_0608/175419.html",
  "日期取页面“2020-06-08 19:54:44 来源:市场星报”。**出年份范围**：本集角度为2014–2019年，此篇为2020年6月（采访日6月5日），因在范围内可用的新条目不足而收入，SOURCES 注明。标题照录；面包屑、日期来源行与版权声明已删。存段末段“6月5日,记者来到了…安徽环新集团有限公司…也是全球最大的活塞”在句中中断，整段删去；正文截至汪建宁引语段，共三段（含小标题“壮大首位产业 形成项目跟进发展格局”）。首段末“记者 唐朝/文 周诚/图”在行内，保留。园区：安庆经济技术开发区（标题作“安庆经开区”；2010年升格为国家级）。公司：ATG公司、ATGL公司、合力叉车、安簧集团、安庆中船公司、安科余良卿、胡玉美，均“园区内”。无项目、无金额；事实不列（2010年升格为年份，非指标）。",
  "ql06"),
 parks=[
  park(AQ, "安庆", "安徽", "经济技术开发区", F0, aliases=["安庆经开区"], note="2010年升格为国家级开发区"),
 ],
 companies=[
  comp("ATG公司", AQ, F1, note="全球最大的活塞环生产企业"),
  comp("ATGL公司", AQ, F1, note="亚洲最大的缸套生产企业"),
  comp("合力叉车", AQ, F1),
  comp("安簧集团", AQ, F1),
  comp("安庆中船公司", AQ, F1),
  comp("安科余良卿", AQ, F1),
  comp("胡玉美", AQ, F1),
 ],
 projects=[],
 aggregate_facts=[],
)
