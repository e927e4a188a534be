# real343 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52
# unchanged). Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as
# written in the text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios.
# Projects: the park the text places the project in, null if none (a county / banner / league is not a park). Status from
# the text's words (开工 / 开复工 → 开工; 投产 / 试生产 / 试产 → 投产 or status_alt; 建设进度 / 安装设备 → 在建; “推动…开工”,
# “确保年内开工” → planned with status_alt 开工). “力争” / “计划” / “预计” year figures are kind target; “截止到…” and
# “…以来” counts are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/odNN.raw as returned.
NM = "内蒙古"

# ---------------------------------------------------------------- od01 赤峰红山经济开发区 (cnipai 2014)
HS = "赤峰红山经济开发区"
A0 = "赤峰红山经济开发区充分利用企业支柱资源,按照减量化、再利用资源化的原则优先发展相关联的上下游产业"
A1 = "现在已经形成了冶金产业园、医药产业园、纺织产业园、循环产业园、机械加工园“一区五园”的产业格局"
A2 = "截止到2013年6月末,开发区完成工业总产值203.2亿元,完成工业增加值60.5亿元,上缴税金2.79亿元"
A3 = "截止到2013年10月末,开发区共入驻企业146家,实现工业总产值378.5亿元,同比增长14.68%;产品销售收入365.13亿元,同比增长13.46%"
A4 = "赤峰中色库博红烨锌业有限公司通过采用渣回收项目提高了资源的回收利用率,每年为企业多增加1亿多元的收入"
G["od01"] = dict(
 article=art("内蒙古打造生态工业园区 形成“一区五园”产业格局", "工业园网（nmg.cnipai.com，内蒙古站；免责声明称“本文为工业园网用户自行上传并发布”，原刊未注明）", "2014-05-06", "day",
  "Industrial-park portal (user upload), Inner Mongolia: a city-district economic development zone — its five sub-parks, a zinc smelter's recovery project, mid-2013 and Jan–Oct 2013 output, value added, tax, sales and firm count, the director's wishes",
  "https://nmg.cnipai.com/news/detail/60068.html",
  "日期取页面“2014 05/06 14:06”。标题照录；站名切换“内蒙切换”“新闻”、日期行与末行免责声明已删。正文五段，完整。园区：赤峰红山经济开发区（文中又作“红山经济开发区”“开发区”；赤峰市红山区，内蒙古）；“一区五园”中的冶金产业园、医药产业园、纺织产业园、循环产业园、机械加工园列为可选子园区。公司：赤峰中色库博红烨锌业有限公司（园区企业）。“渣回收项目”无金额无状态，列可选项目；“每年…多增加1亿多元的收入”为企业收益，不作投资额。事实：2013年6月末工业总产值、工业增加值、上缴税金（累计）；2013年10月末入驻企业146家、工业总产值378.5亿元及增速、产品销售收入365.13亿元及增速。开发区主任崔振龙不列。",
  "od01"),
 parks=[
  park(HS, "赤峰", NM, "经济开发区", A0, district="红山区", aliases=["红山经济开发区"], note="文中又作“开发区”"),
  park("冶金产业园", "赤峰", NM, "产业园", A1, district="红山区", parent=HS, opt=True, note="“一区五园”之一"),
  park("医药产业园", "赤峰", NM, "产业园", A1, district="红山区", parent=HS, opt=True, note="同上"),
  park("纺织产业园", "赤峰", NM, "产业园", A1, district="红山区", parent=HS, opt=True, note="同上"),
  park("循环产业园", "赤峰", NM, "产业园", A1, district="红山区", parent=HS, opt=True, note="同上"),
  park("机械加工园", "赤峰", NM, "产业园", A1, district="红山区", parent=HS, opt=True, note="同上"),
 ],
 companies=[
  comp("赤峰中色库博红烨锌业有限公司", HS, A4),
 ],
 projects=[
  proj("渣回收项目", HS, A4, companies=["赤峰中色库博红烨锌业有限公司"], opt=True, note="企业内部循环项目；无金额、无状态（“1亿多元的收入”为收益）"),
 ],
 aggregate_facts=[
  fact(HS, "park", "industrial_output_cny", 2.032e10, "cny", A2, "2013年1–6月", kind="cumulative", chk=True),
  fact(HS, "park", "industrial_value_added_cny", 6.05e9, "cny", "完成工业增加值60.5亿元,上缴税金2.79亿元", "2013年1–6月", kind="cumulative", chk=True),
  fact(HS, "park", "tax_paid_cny", 2.79e8, "cny", "上缴税金2.79亿元", "2013年1–6月", kind="cumulative", chk=True),
  fact(HS, "park", "firms", 146, "count", A3, "2013年10月末", kind="cumulative", note="入驻企业"),
  fact(HS, "park", "industrial_output_cny", 3.785e10, "cny", "实现工业总产值378.5亿元,同比增长14.68%", "2013年1–10月", kind="cumulative", chk=True),
  fact(HS, "park", "industrial_output_yoy_growth", 0.1468, "ratio", "实现工业总产值378.5亿元,同比增长14.68%", "2013年1–10月", kind="ratio"),
  fact(HS, "park", "sales_revenue_cny", 3.6513e10, "cny", "产品销售收入365.13亿元,同比增长13.46%", "2013年1–10月", kind="cumulative", chk=True),
  fact(HS, "park", "sales_revenue_yoy_growth", 0.1346, "ratio", "产品销售收入365.13亿元,同比增长13.46%", "2013年1–10月", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- od02 通辽经济技术开发区 2013 goals (cnipai)
TL = "通辽经济技术开发区"
B0 = "今年通辽经济技术开发区通过不断加大招商引资力度,提高工业园区建设水平和运营水平等措施,使工业园区建设后劲勃发"
B1 = "今年,全部工业要力争完成产值300亿元,完成增加值85亿元,增长20%,其中规模以上工业力争完成增加值75亿元,增长20%"
B2 = "完成新型煤化工产业园区、高新技术装备制造区园区的产业规划和建设规划,加大对金煤化工、蒙牛乳业、清谷新禾等重点骨干企业的协调服务力度"
B3 = "围绕中元沥青、强盛塔筒、山水工源、润鸣新素材等规模企业,深入挖掘增长潜力,推进企业进一步扩大产能"
B4 = "今年开发区将帮助天蒙羊绒、晶牛微晶、鼎盛铜业、鑫圆铁合金等停产企业,加快资产重组"
B5 = "提升兴雅包装、草原旭日、名扬钢化、天顺照明等中小企业的技术创新和市场开拓能力"
AS2 = "2013年全年（目标）"
G["od02"] = dict(
 article=art("（无标题）通辽经济技术开发区今年力争工业产值300亿元", "工业园网（nmg.cnipai.com，内蒙古站；存段无标题、无日期、无署名，原刊未注明）", "2013", "year",
  "Industrial-park portal, Inner Mongolia: a provincial-level development zone's plans for the year — output and value-added goals, two planned sub-parks, named key, large, idle and small firms",
  "https://nmg.cnipai.com/news/detail/17059.html",
  "存段无标题、无日期行（title 为编者概括）。年份由文中“促进民营经济发展2013行动计划”推定为2013年（“今年”）。正文两段，完整。园区：通辽经济技术开发区（通辽市，内蒙古）；拟完成规划的“新型煤化工产业园区”“高新技术装备制造区园区”列为可选子园区。公司：重点骨干企业金煤化工、蒙牛乳业、清谷新禾，规模企业中元沥青、强盛塔筒、山水工源、润鸣新素材（均在开发区）；停产企业天蒙羊绒等四家、中小企业兴雅包装等四家列为可选公司。无具体项目、无金额。事实：“力争”全年工业产值300亿元、增加值85亿元、增长20%，规上增加值75亿元、增长20%（均 target）。",
  "od02"),
 parks=[
  park(TL, "通辽", NM, "经济技术开发区", B0, note="文中又作“开发区”；自治区级"),
  park("新型煤化工产业园区", "通辽", NM, "产业园区", B2, parent=TL, opt=True, note="今年完成规划"),
  park("高新技术装备制造区园区", "通辽", NM, "产业园区", B2, parent=TL, opt=True, note="今年完成规划；名称照录"),
 ],
 companies=[
  comp("金煤化工", TL, B2, note="重点骨干企业"),
  comp("蒙牛乳业", TL, B2, note="重点骨干企业"),
  comp("清谷新禾", TL, B2, note="重点骨干企业"),
  comp("中元沥青", TL, B3, note="规模企业"),
  comp("强盛塔筒", TL, B3, note="规模企业"),
  comp("山水工源", TL, B3, note="规模企业"),
  comp("润鸣新素材", TL, B3, note="规模企业"),
  comp("天蒙羊绒", TL, B4, opt=True, note="停产企业"),
  comp("晶牛微晶", TL, B4, opt=True, note="停产企业"),
  comp("鼎盛铜业", TL, B4, opt=True, note="停产企业"),
  comp("鑫圆铁合金", TL, B4, opt=True, note="停产企业"),
  comp("兴雅包装", TL, B5, opt=True, note="中小企业"),
  comp("草原旭日", TL, B5, opt=True, note="中小企业"),
  comp("名扬钢化", TL, B5, opt=True, note="中小企业"),
  comp("天顺照明", TL, B5, opt=True, note="中小企业"),
 ],
 aggregate_facts=[
  fact(TL, "park", "industrial_output_cny", 3e10, "cny", "全部工业要力争完成产值300亿元", AS2, kind="target", chk=True),
  fact(TL, "park", "industrial_value_added_cny", 8.5e9, "cny", "完成增加值85亿元,增长20%", AS2, kind="target", chk=True),
  fact(TL, "park", "industrial_value_added_growth", 0.20, "ratio", "完成增加值85亿元,增长20%", AS2, kind="target"),
  fact(TL, "park", "above_scale_value_added_cny", 7.5e9, "cny", "规模以上工业力争完成增加值75亿元,增长20%", AS2, kind="target", opt=True, chk=True),
  fact(TL, "park", "above_scale_value_added_growth", 0.20, "ratio", "规模以上工业力争完成增加值75亿元,增长20%", AS2, kind="target", opt=True),
 ])

# ---------------------------------------------------------------- od03 大路工业园区 2018 (ordos.gov.cn)
DL = "大路工业园区"
C0 = "大路工业园区把抓好项目建设、服务项目建设、推进项目建设作为工作重中之重,全力打造现代煤化工产业高质量发展示范区"
C1 = "全力推动北控40亿立方米煤制气、伊泰200万吨煤制油、国电投80万吨烯烃以及久泰50万吨乙二醇项目实质性开工"
C2 = "积极推动开滦、满世等项目转换思路、嫁接合作,争取项目重启"
C3 = "扎实抓好2018年引进的邯郸富元化工1万吨哌啶醇和曜园5万吨橡胶及胶黏剂助剂等项目前期工作,确保年内开工建设"
C4 = "积极争取恒星3万吨多晶硅、信诺煤炭分质利用等项目达成投资意向"
C5 = "全力支持久泰60万吨烯烃、易高24万吨乙二醇、永江佳源10万吨聚合氯化铝5万吨氯烃、垣吉化工10万吨费托蜡精制四个项目投产"
C6 = "全力保障易高1万吨碳材料项目建设进度"
C7 = "全力推进神华30万吨粉煤灰综合利用、易高24万吨乙二醇二号线、呼准鄂和铁海多式联运综合物流等项目开工建设"
C8 = "值得一提的是,大路工业园区已经纳入《国家开发区公告名录(2018版)》"
def p3(name, ev, status, st, comps=(), alt=None, opt=False, note=None):
    extra = {"status_alt": alt} if alt else {}
    return proj(name, DL, ev, companies=list(comps), status=status, status_text=st, opt=opt, note=note, **extra)
G["od03"] = dict(
 article=art("（无标题）大路工业园区全力打造现代煤化工产业高质量发展示范区", "鄂尔多斯市人民政府网站（ordos.gov.cn，重点建设项目·项目申报栏；存段无标题、无署名）", "2018-05-17", "day",
  "City government portal, Inner Mongolia: a coal-chemical industrial park's project work plan for 2018 — named projects to start, to restart, in preliminary work, to be brought into production, under construction; the park's listing in the national catalogue",
  "https://ordos.gov.cn/gk_128120/zdjsxm/xmsg/201805/t20180517_2508380.html",
  "日期取网址 201805/t20180517。存段无标题、无日期行（title 为编者概括）。正文四段，完整。园区：大路工业园区（鄂尔多斯市准格尔旗大路镇，内蒙古；旗名文中未出现，由园区所在地补）；纳入《国家开发区公告名录(2018版)》，正申报自治区级。项目（均无金额）：北控40亿立方米煤制气、伊泰200万吨煤制油、国电投80万吨烯烃、久泰50万吨乙二醇“全力推动…实质性开工”→planned（status_alt 开工）；邯郸富元化工1万吨哌啶醇、曜园5万吨橡胶及胶黏剂助剂“前期工作,确保年内开工建设”→planned；神华30万吨粉煤灰综合利用、易高24万吨乙二醇二号线、呼准鄂和铁海多式联运综合物流“全力推进…开工建设”→planned；久泰60万吨烯烃等四个“全力支持…投产”→投产（年内目标，status_alt 在建）；易高1万吨碳材料“保障…建设进度”→在建；开滦、满世（争取重启）、恒星3万吨多晶硅、信诺煤炭分质利用（争取投资意向）列为可选、无状态。企业名只在项目名中，均列可选公司。",
  "od03"),
 parks=[
  park(DL, "鄂尔多斯", NM, "工业园区", C0, district="准格尔旗", note="旗名文中未出现；已纳入国家开发区公告名录(2018版)"),
 ],
 companies=[comp(n, DL, ev, opt=True, note="只在项目名中") for n, ev in (
  ("北控", C1), ("伊泰", C1), ("国电投", C1), ("久泰", C1), ("开滦", C2), ("满世", C2), ("邯郸富元化工", C3), ("曜园", C3),
  ("恒星", C4), ("信诺", C4), ("易高", C5), ("永江佳源", C5), ("垣吉化工", C5), ("神华", C7))],
 projects=[
  p3("北控40亿立方米煤制气", C1, "planned", "全力推动…实质性开工", ["北控"], alt="开工"),
  p3("伊泰200万吨煤制油", C1, "planned", "全力推动…实质性开工", ["伊泰"], alt="开工"),
  p3("国电投80万吨烯烃", C1, "planned", "全力推动…实质性开工", ["国电投"], alt="开工"),
  p3("久泰50万吨乙二醇项目", C1, "planned", "全力推动…实质性开工", ["久泰"], alt="开工"),
  p3("开滦", C2, None, None, ["开滦"], opt=True, note="争取项目重启；项目名即企业名"),
  p3("满世", C2, None, None, ["满世"], opt=True, note="争取项目重启；项目名即企业名"),
  p3("邯郸富元化工1万吨哌啶醇", C3, "planned", "前期工作,确保年内开工建设", ["邯郸富元化工"], alt="开工", note="2018年引进"),
  p3("曜园5万吨橡胶及胶黏剂助剂", C3, "planned", "前期工作,确保年内开工建设", ["曜园"], alt="开工", note="2018年引进"),
  p3("恒星3万吨多晶硅", C4, None, None, ["恒星"], opt=True, note="争取达成投资意向"),
  p3("信诺煤炭分质利用", C4, None, None, ["信诺"], opt=True, note="争取达成投资意向"),
  p3("久泰60万吨烯烃", C5, "投产", "全力支持…投产", ["久泰"], alt="在建", note="年内投产目标"),
  p3("易高24万吨乙二醇", C5, "投产", "全力支持…投产", ["易高"], alt="在建", note="年内投产目标"),
  p3("永江佳源10万吨聚合氯化铝5万吨氯烃", C5, "投产", "全力支持…投产", ["永江佳源"], alt="在建", note="年内投产目标"),
  p3("垣吉化工10万吨费托蜡精制", C5, "投产", "全力支持…投产", ["垣吉化工"], alt="在建", note="年内投产目标"),
  p3("易高1万吨碳材料项目", C6, "在建", "保障…建设进度", ["易高"]),
  p3("神华30万吨粉煤灰综合利用", C7, "planned", "全力推进…开工建设", ["神华"], alt="开工"),
  p3("易高24万吨乙二醇二号线", C7, "planned", "全力推进…开工建设", ["易高"], alt="开工"),
  p3("呼准鄂和铁海多式联运综合物流", C7, "planned", "全力推进…开工建设", alt="开工", opt=True, note="物流项目"),
 ],
 aggregate_facts=[
  fact(DL, "park", "projects_to_production", 4, "count", C5, "2018年全年（目标）", kind="target", opt=True, note="“四个项目投产”"),
 ])

# ---------------------------------------------------------------- od04 鄂尔多斯装备制造基地 (ordostzb 2014)
ZB = "鄂尔多斯装备制造基地"
D0 = "自发组织全体学员到鄂尔多斯装备制造基地各大企业调研生产和运营情况"
D1 = "学员们分别到京东方、奇瑞、久和能源等三大企业现场观摩"
D2 = "共引进汽车制造类项目10个,能源装备制造类项目16个,电子产业制造类项目7个,飞机制造项目3个,其他制造类项目14个"
D3 = "引进超百亿元项目14个,40亿元以上100亿元以下项目18个,10亿元以上40亿元以下项目2个,1亿元以上10亿元以下项目10个,亿元以下项目6个"
ASD = "2014年9月（基地建设以来累计）"
G["od04"] = dict(
 article=art("鄂尔多斯市各民主党派积极开展学习实践活动", "中共鄂尔多斯市委统战部网站（ordostzb.gov.cn，党外知识分子·代表人士栏；无署名）", "2014-09-25", "day",
  "Party united-front department site, Inner Mongolia: a training class visits an equipment-manufacturing base — three firms, the base's planning, roads and greening, projects attracted by industry and by size",
  "http://ordostzb.gov.cn/tzbsjz/dwzsfz2015/dwdbrs2015/201508/t20150829_1505869.html",
  "日期取页面“发布日期:2014-09-25”（网址中的201508为栏目归档）。标题照录；面包屑、“来源: 作者:”与日期行已删。正文三段，完整。园区：鄂尔多斯装备制造基地（鄂尔多斯市东胜区与康巴什之间，内蒙古；文中又作“装备制造基地”“园区”）。公司：京东方、奇瑞、久和能源（基地“三大企业”）。事实：基地建设以来引进项目按类别（汽车10、能源装备16、电子7、飞机3、其他14）与按规模（超百亿元14、40–100亿元18、10–40亿元2、1–10亿元10、亿元以下6）计数（cumulative）；道路12条36公里、绿化3000多亩为可选。项目未点名。",
  "od04"),
 parks=[
  park(ZB, "鄂尔多斯", NM, "装备制造基地", D0, note="文中又作“装备制造基地”“园区”"),
 ],
 companies=[
  comp("京东方", ZB, D1),
  comp("奇瑞", ZB, D1),
  comp("久和能源", ZB, D1),
 ],
 aggregate_facts=[
  fact(ZB, "park", "projects_auto_manufacturing", 10, "count", D2, ASD, kind="cumulative"),
  fact(ZB, "park", "projects_energy_equipment", 16, "count", D2, ASD, kind="cumulative"),
  fact(ZB, "park", "projects_electronics", 7, "count", D2, ASD, kind="cumulative"),
  fact(ZB, "park", "projects_aircraft", 3, "count", D2, ASD, kind="cumulative"),
  fact(ZB, "park", "projects_other_manufacturing", 14, "count", D2, ASD, kind="cumulative"),
  fact(ZB, "park", "projects_over_10bn_cny", 14, "count", D3, ASD, kind="cumulative", note="超百亿元项目"),
  fact(ZB, "park", "projects_4bn_to_10bn_cny", 18, "count", D3, ASD, kind="cumulative", opt=True),
  fact(ZB, "park", "projects_1bn_to_4bn_cny", 2, "count", D3, ASD, kind="cumulative", opt=True),
  fact(ZB, "park", "projects_100m_to_1bn_cny", 10, "count", D3, ASD, kind="cumulative", opt=True),
  fact(ZB, "park", "projects_under_100m_cny", 6, "count", D3, ASD, kind="cumulative", opt=True),
  fact(ZB, "park", "roads_built", 12, "count", "开工建设了12条道路共计36公里", ASD, kind="cumulative", opt=True),
  fact(ZB, "park", "green_area_mu", 3000, "mu", "绿化面积共3000多亩", ASD, kind="cumulative", qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- od05 奇瑞鄂尔多斯 / 开元粉煤灰 (2014)
QR = "奇瑞汽车股份有限公司鄂尔多斯分公司"
LB = "零部件配套工业园"
E0 = "这里是鄂尔多斯装备制造基地奇瑞鄂尔多斯分公司"
E1 = "奇瑞汽车股份有限公司鄂尔多斯分公司从2013年1月开始试生产、6月正式投产以来,到2013年底月产已达7000台,累计生产乘用车已突破6万辆,实现年产值40.75亿元,直接从业人员2000余人"
E2 = "零部件配套工业园已有30家供应商入驻,26家供应商实现批量生产供货"
E3 = "本地化生产率已达到54%,2013年实现年产值近15亿元"
E4 = "目前,奇瑞鄂尔多斯汽车制造项目中35万台发动机、15万台变速箱的动力总成项目厂房建设已完成,正在安装设备,计划今年2月份下线"
E5 = "今年,奇瑞汽车鄂尔多斯分公司计划生产乘用车10万台,实现年产值60亿元,可实现销售税金1.5亿元"
E6 = "走进位于准格尔旗大路新区的内蒙古开元粉煤灰综合利用示范项目1万吨试验生产线现场"
E7 = "项目副总经理王洪介绍,进入试生产以来,各项关键技术逐步突破,各生产环节全部打通"
G["od05"] = dict(
 article=art("（无标题）奇瑞鄂尔多斯分公司投产 / 开元粉煤灰项目试生产", "119.255.255.26（“/35/”频道页面，原刊、署名存段未示）", "2014-02-11", "day",
  "News page (outlet not shown), Inner Mongolia: two scenes — a car maker's branch in an equipment-manufacturing base (production since 2013, output, suppliers' park, powertrain project installing equipment, 2014 plans) and a fly-ash alumina demonstration line in trial production in a new industrial district",
  "http://119.255.255.26/35/20140211/35220101_1698529.shtml",
  "日期取网址 20140211。存段无标题、无日期行（title 为编者概括），以“镜头一:”起，似为一篇多镜头报道的前两节。存段在“目前,开元粉煤灰综合利用试生产”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…为规模产业化打好基础。”，共三段。园区：鄂尔多斯装备制造基地；零部件配套工业园（又作“零部件工业园”，奇瑞配套园，母园区推定为装备制造基地）；准格尔旗大路新区（可选，kind 新区）。公司：奇瑞汽车股份有限公司鄂尔多斯分公司（又作“奇瑞鄂尔多斯分公司”“奇瑞汽车鄂尔多斯分公司”）。项目：奇瑞鄂尔多斯汽车制造项目（2013年6月正式投产→投产；可选，因文中以企业投产表述）；其中35万台发动机、15万台变速箱的动力总成项目（厂房已完成、正在安装设备→在建，计划2014年2月下线）；内蒙古开元粉煤灰综合利用示范项目1万吨试验生产线（进入试生产→投产，status_alt 在建）。均无投资额。事实：奇瑞2013年产值40.75亿元（reported）、月产7000台、累计6万辆、从业2000余人（可选）；配套园供应商入驻30家（cumulative）、批量供货26家、本地化率54%、2013年产值近15亿元；2014年计划产值60亿元、销售税金1.5亿元、乘用车10万台（target）；配套园全部投产后30亿元、2014年25亿元（target）。",
  "od05"),
 parks=[
  park(ZB, "鄂尔多斯", NM, "装备制造基地", E0),
  park(LB, "鄂尔多斯", NM, "工业园", E2, parent=ZB, aliases=["零部件工业园"], note="奇瑞零部件配套园；母园区由语境推定"),
  park("大路新区", "鄂尔多斯", NM, "新区", E6, district="准格尔旗", opt=True, note="文中作“准格尔旗大路新区”"),
 ],
 companies=[
  comp(QR, ZB, E1, aliases=["奇瑞鄂尔多斯分公司", "奇瑞汽车鄂尔多斯分公司"]),
 ],
 projects=[
  proj("奇瑞鄂尔多斯汽车制造项目", ZB, E4, companies=[QR], status="投产", status_text="6月正式投产", opt=True,
       note="整车部分2013年1月试生产、6月投产（证据见 E1）"),
  proj("35万台发动机、15万台变速箱的动力总成项目", ZB, E4, companies=[QR], status="在建", status_text="厂房建设已完成,正在安装设备",
       note="属奇瑞鄂尔多斯汽车制造项目；计划2014年2月下线"),
  proj("内蒙古开元粉煤灰综合利用示范项目1万吨试验生产线", "大路新区", E6, status="投产", status_text="进入试生产", status_alt="在建",
       aliases=["内蒙古开元粉煤灰综合利用示范项目"], note="试生产；证据另见 E7"),
 ],
 aggregate_facts=[
  fact(QR, "company", "annual_output_cny", 4.075e9, "cny", "实现年产值40.75亿元", "2013年", chk=True),
  fact(QR, "company", "monthly_output_vehicles", 7000, "count", E1, "2013年底", opt=True),
  fact(QR, "company", "cumulative_vehicles", 60000, "count", "累计生产乘用车已突破6万辆", "2013年底", kind="cumulative", qual="超", qtext="突破", opt=True),
  fact(QR, "company", "employees", 2000, "count", "直接从业人员2000余人", "2013年底", qual="余", qtext="余", opt=True),
  fact(LB, "park", "firms", 30, "count", E2, "2014年初", kind="cumulative", note="入驻供应商"),
  fact(LB, "park", "firms_in_production", 26, "count", E2, "2014年初", kind="cumulative", opt=True, note="批量生产供货"),
  fact(LB, "park", "localization_rate", 0.54, "ratio", E3, "2014年初", kind="ratio", opt=True),
  fact(LB, "park", "annual_output_cny", 1.5e9, "cny", E3, "2013年", qual="约", qtext="近", chk=True),
  fact(LB, "park", "expected_annual_output_cny", 3e9, "cny", "零部件工业园配套企业全部投产后,将实现年产值30亿元", "全部投产后（预计）", kind="target", opt=True, chk=True),
  fact(LB, "park", "annual_output_cny", 2.5e9, "cny", "零部件工业园实现年产值25亿元", "2014年全年（计划）", kind="target", chk=True),
  fact(QR, "company", "annual_output_cny", 6e9, "cny", "实现年产值60亿元,可实现销售税金1.5亿元", "2014年全年（计划）", kind="target", chk=True),
  fact(QR, "company", "sales_tax_cny", 1.5e8, "cny", "可实现销售税金1.5亿元", "2014年全年（计划）", kind="target", opt=True, chk=True),
  fact(QR, "company", "annual_output_vehicles", 100000, "count", E5, "2014年全年（计划）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- od06 阿拉善 重点项目 (2023)
AG = "阿拉善高新区"
ZY = "内蒙古中源药业有限公司"
F0 = "阿拉善高新区动员园区上下变“冬闲”为“冬忙”,把项目建设作为经济发展的主要载体和重要抓手"
F1 = "在内蒙古中源药业有限公司项目现场,工人正在检查和调试设备,目前项目土建已基本完成,设备安装进入收尾阶段"
F2 = "项目用地100亩,总投资31987万元,产品有氯乙酸、氯乙酸甲酯、甘氨酸等"
F3 = "华电阿拉善右旗150兆瓦风电项目首台风机顺利并网发电,标志着阿拉善右旗首个风电项目正式进入并网试运阶段"
G["od06"] = dict(
 article=art("阿拉善:重点项目聚势 点燃高质量发展“强引擎”", "zgnmgnewsw.com.cn（“企业”栏；原刊、署名存段未示）", "2023-01-11", "day",
  "News site's enterprise channel, Inner Mongolia (阿拉善盟): winter project drive — a pharmaceutical-chemical firm's project nearly complete with its investment, the league's high-tech zone pushing projects, a wind farm's first turbine on the grid",
  "http://www.zgnmgnewsw.com.cn/enterprise/2023/01/11/6987.html",
  "日期取页面“发布时间:2023/01/11”。标题照录；日期行已删。存段末段在“各级各部门和项目建”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…的“强心剂”。”，共六段。园区：阿拉善高新区（阿拉善盟，内蒙古；文中又作“高新区”，正创建国家级高新区）。公司：内蒙古中源药业有限公司——其项目段紧接“阿拉善高新区动员园区上下…”段，园区归属由语境推定（未明说）。项目：内蒙古中源药业有限公司项目（总投资31987万元；土建基本完成、设备安装收尾→在建）；华电阿拉善右旗150兆瓦风电项目（首台风机并网、进入并网试运→投产，status_alt 在建；阿拉善右旗为旗，不是园区，park null）。华电列可选公司。",
  "od06"),
 parks=[
  park(AG, "阿拉善盟", NM, "高新区", F0, note="文中又作“高新区”；正创建国家级高新区"),
 ],
 companies=[
  comp(ZY, AG, F1, note="园区归属由语境推定"),
  comp("华电", None, F3, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("内蒙古中源药业有限公司项目", AG, "项目用地100亩,总投资31987万元", companies=[ZY], inv="总投资31987万元", status="在建",
       status_text="土建已基本完成,设备安装进入收尾阶段", note="园区归属由语境推定；状态证据见 F1"),
  proj("华电阿拉善右旗150兆瓦风电项目", None, F3, companies=["华电"], status="投产", status_text="首台风机顺利并网发电", status_alt="在建",
       note="阿拉善右旗（旗，不是园区）；进入并网试运阶段"),
 ])

# ---------------------------------------------------------------- od07 赤峰 重点项目集中开复工 (2020)
G0 = "总投资3亿元的内蒙古广汇扶贫产业园项目,今年计划投资1.2亿元,进行二期项目建设"
G1 = "今年,内蒙古桂柳牧业有限公司总投资9亿元的鸭产业深加工项目,澳亚集团总投资7亿元的万头奶牛养殖等一大批项目的开复工建设"
G2 = "红山区与贵州泰豪集团等知名企业对接合作,计划总投资20亿元,建设规划占地500亩的九玖医药健康产业园"
G3 = "连日来全市12个旗县区的308个重点项目集中开复工,总投资达到1527.47亿元"
G4 = "4月13日,巴林左旗举行2020年重点项目集中开复工仪式,76个重点项目开工复工,总投资112.7亿元"
JJ = "九玖医药健康产业园"
GH = "内蒙古广汇扶贫产业园"
G["od07"] = dict(
 article=art("（无标题）赤峰市308个重点项目集中开复工", "nmgttcy.com（原刊、署名存段未示）", "2020-07", "month",
  "Local site, Inner Mongolia (赤峰): spring 2020 project start-ups — a banner's and the city's counts and totals, a poverty-relief industrial park's phase 2, two agricultural projects with amounts, a planned medicine-and-health industrial park with amount and expected revenue",
  "http://nmgttcy.com/xinwen/202007028026.html",
  "存段无标题、无日期行（title 为编者概括）。日期由网址 202007028026 推定为2020年7月（文中事件为4月13日及“连日来”；精确日不确定）。末段“冶金工业项目,撑起工业经济半边天。总投资约200亿元的赤峰启辉铝业”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文三段。园区：内蒙古广汇扶贫产业园（可选；巴林左旗，文中未明说位置）、九玖医药健康产业园（可选；红山区规划建设中的产业园）。项目：内蒙古广汇扶贫产业园项目（总投资3亿元，进行二期项目建设→在建，phase 二期）；内蒙古桂柳牧业有限公司鸭产业深加工项目（9亿元）、澳亚集团万头奶牛养殖（7亿元）（开复工建设→开工；所在旗县未说明，park null）；九玖医药健康产业园（计划总投资20亿元，无状态）。巴林左旗、赤峰市的项目数与总投资为地区数字（可选，subject_type region）。",
  "od07"),
 parks=[
  park(GH, "赤峰", NM, "产业园", G0, opt=True, note="只在项目名中；位置文中未明说（巴林左旗段落后）"),
  park(JJ, "赤峰", NM, "产业园", G2, district="红山区", opt=True, note="规划建设中的医药健康产业园"),
 ],
 companies=[
  comp("内蒙古桂柳牧业有限公司", None, G1),
  comp("澳亚集团", None, G1, opt=True),
  comp("贵州泰豪集团", None, G2, opt=True, note="与红山区对接合作九玖医药健康产业园"),
 ],
 projects=[
  proj("内蒙古广汇扶贫产业园项目", None, G0, inv="总投资3亿元", phase="二期", status="在建", status_text="进行二期项目建设",
       note="今年计划投资1.2亿元；园区项目本身，位于旗县未明说"),
  proj("鸭产业深加工项目", None, G1, companies=["内蒙古桂柳牧业有限公司"], inv="总投资9亿元", status="开工", status_text="开复工建设"),
  proj("万头奶牛养殖", None, G1, companies=["澳亚集团"], inv="总投资7亿元", status="开工", status_text="开复工建设", opt=True),
  proj(JJ, None, G2, companies=["贵州泰豪集团"], inv="计划总投资20亿元", note="红山区规划建设；无状态"),
 ],
 aggregate_facts=[
  fact(JJ, "park", "expected_annual_revenue_cny", 3.5e9, "cny", "年可实现销售收入35亿元、利税7.5亿元", "全部建成后（预计）", kind="target", opt=True, chk=True),
  fact(JJ, "park", "expected_firms", 20, "count", "可承接中蒙药研发、健康产业类企业20家", "全部建成后（预计）", kind="target", opt=True),
  fact("赤峰市", "region", "projects_started", 308, "count", G3, "2020年4月", opt=True, note="开复工"),
  fact("赤峰市", "region", "projects_started_investment_cny", 1.52747e11, "cny", "308个重点项目集中开复工,总投资达到1527.47亿元", "2020年4月", opt=True, chk=True),
  fact("巴林左旗", "region", "projects_started", 76, "count", G4, "2020-04-13", opt=True),
  fact("巴林左旗", "region", "projects_started_investment_cny", 1.127e10, "cny", "76个重点项目开工复工,总投资112.7亿元", "2020-04-13", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- od08 乌海 低碳产业园 观摩 (2023)
DT = "低碳产业园"
GX = "内蒙古国轩零碳科技有限公司"
H0 = "全市各级领导、各区各部门主要负责人深入低碳产业园重点项目现场"
H1 = "总投资100亿元,2022年2月动工的内蒙古国轩零碳科技有限公司40万吨负极材料石墨化项目,历经一年多的建设,目前已实现两个车间试产成功"
G["od08"] = dict(
 article=art("（无标题）乌海市重点项目“争先进位、赛马比拼”现场观摩", "meihuake.net（原刊、署名存段未示）", "2023-11", "month",
  "Local site relaying a city item, Inner Mongolia (乌海): an inspection tour of a low-carbon industrial park — an anode-material graphitization project with investment, start date and trial production, the firm's phase-2 plan",
  "http://meihuake.net/detail-61-17162-c.html",
  "存段无标题、无日期行（title 为编者概括）。观摩为11月28日；年份由“2022年2月动工…历经一年多的建设”推定为2023年，发布日期不详（precision month，推定）。正文四段，完整。园区：低碳产业园（乌海市，内蒙古；即乌海高新技术产业开发区低碳产业园，文中只作“低碳产业园”）。公司：内蒙古国轩零碳科技有限公司（观摩的园区重点项目企业）。项目：内蒙古国轩零碳科技有限公司40万吨负极材料石墨化项目（总投资100亿元；2022年2月动工，两个车间试产成功→在建，status_alt 投产；一期）。",
  "od08"),
 parks=[
  park(DT, "乌海", NM, "产业园", H0, note="文中又作“园区”"),
 ],
 companies=[
  comp(GX, DT, H1),
 ],
 projects=[
  proj("内蒙古国轩零碳科技有限公司40万吨负极材料石墨化项目", DT, H1, companies=[GX], inv="总投资100亿元", status="在建",
       status_text="历经一年多的建设,目前已实现两个车间试产成功", status_alt="投产", note="2022年2月动工；企业称“一期项目”，二期在计划中"),
 ])
