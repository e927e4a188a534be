# real83 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右/大概 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); “2亿多元” is not digits+亿元 and stays in investment_text with
# investment_cny null (unparsed=True, as real25 q04 / real39). Growth rates and shares as ratios. Projects: the park is the
# one the text places the project in, null if none (a county or district is a region, not a park). Status from the text's
# words (签约 / 签约落户 / 签约落地 → 签约; 正在建设 / 加紧施工 / 主体结构封顶 / 即将竣工 / 施工现场 → 在建; 实现竣工 → 竣工;
# 建成投产 / 搬迁投产 → 投产). Expected figures (“预计”, “建成后将实现”, “达产后”) are kind target; figures since a
# park's start (“启动以来”) are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/xaNN.raw as
# returned.

# ---------------------------------------------------------------- xa01 廊坊临空经济区 (网易河北 2023)
LK = "北京大兴国际机场临空经济区廊坊片区"
A0 = "北京大兴国际机场临空经济区廊坊片区(以下简称“廊坊临空经济区”)临空国际会展中心项目现场,一派繁忙景象"
A1 = "临空国际会展中心是廊坊市重点项目,春节假期也未停工"
A2 = "国药科技城医药供应链项目即将竣工交付,华芯·无限航空航材保障中心等3个航空科创项目实现主体结构封顶"
A3 = "2022年廊坊临空经济区一批重点项目建设加快推进,外贸进出口总量实现翻番,固定资产投资增长20%,主要经济指标超额完成全年任务"
A4 = "国药集团融资租赁有限公司、中国数码港科技有限公司等13家企业集中签约入驻临空经济区产业平台"
G["xa01"] = dict(
 article=art("强信心·开新局|一个百亿产业集群的新年“畅想”——河北廊坊临空经济区发展一线观察", "网易河北（hebei.news.163.com；原发媒体与署名存段未示）", "2023-02-09", "day",
  "Portal's provincial channel, Hebei: an airport economic zone after the 2023 Spring Festival — a convention centre under construction, a supply-chain project nearly finished and aviation projects topped out, the zone's 2022 growth, 13 firms signed to enter",
  "https://hebei.news.163.com/23/0209/16/HT58O2D404159BTH.html",
  "日期取网址 23/0209（2023-02-09；文中“春节假期刚过”相合）。标题照录；“网易首页 > 网易河北 > 正文”“0”“分享至”与图片说明“建设中的临空国际会展中心项目现场。(受访者供图)”已删。存段末段“项目要落地,平台是关键。河北临空集团董事长韩金虎介绍,…推出综保区物流港、生命细胞港、”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…提升发展速度和质量。”，共五段。园区：北京大兴国际机场临空经济区廊坊片区（文中简称“廊坊临空经济区”，又作“临空经济区”；廊坊，河北）。“临空经济区产业平台”不另列园区。项目（均在园区，无金额）：临空国际会展中心项目（加紧施工，确保2023年3月底竣工→在建）；国药科技城医药供应链项目（即将竣工交付→在建）；华芯·无限航空航材保障中心（主体结构封顶→在建；“等3个航空科创项目”其余两个未点名）。公司：国药集团融资租赁有限公司、中国数码港科技有限公司（签约入驻临空经济区产业平台→园区为廊坊临空经济区）。事实：2022年固定资产投资增长20%；外贸进出口总量翻番（可选，记 1.0）；春节后13家企业集中签约入驻；3个航空科创项目主体封顶（可选）。",
  "xa01"),
 parks=[
  park(LK, "廊坊", "河北", "临空经济区", A0, aliases=["廊坊临空经济区"], note="文中简称“廊坊临空经济区”，又作“临空经济区”"),
 ],
 companies=[
  comp("国药集团融资租赁有限公司", LK, A4, note="春节后签约入驻临空经济区产业平台"),
  comp("中国数码港科技有限公司", LK, A4, note="春节后签约入驻临空经济区产业平台"),
 ],
 projects=[
  proj("临空国际会展中心项目", LK, A0, status="在建", status_text="加紧施工", aliases=["临空国际会展中心"],
       note="廊坊市重点项目；确保2023年3月底竣工"),
  proj("国药科技城医药供应链项目", LK, A2, status="在建", status_text="即将竣工交付"),
  proj("华芯·无限航空航材保障中心", LK, A2, status="在建", status_text="实现主体结构封顶", note="3个航空科创项目之一"),
 ],
 aggregate_facts=[
  fact(LK, "park", "fixed_asset_investment_yoy_growth", 0.20, "ratio", A3, "2022年", kind="ratio"),
  fact(LK, "park", "foreign_trade_yoy_growth", 1.0, "ratio", A3, "2022年", kind="ratio", opt=True, note="“实现翻番”"),
  fact(LK, "park", "firms_signed", 13, "count", A4, "2023年2月（春节假期后）"),
  fact(LK, "park", "projects_topped_out", 3, "count", A2, "2023年2月", opt=True, note="航空科创项目主体结构封顶"),
 ])

# ---------------------------------------------------------------- xa02 香河经济开发区 博云融众 (廊坊日报 2023)
XH = "香河经济开发区"
BY = "博云融众智慧医疗产业香河基地"
B0 = "在香河经济开发区环保产业园景观大道东侧,钢筋林立、塔吊高悬,一大片新厂房正拔地而起"
B1 = "这里是正在建设的省重点项目——博云融众智慧医疗产业香河基地"
B2 = "目前,项目一期已有20栋楼封顶,计划今年8月份就能全部竣工并交付使用"
B3 = "26家企业意向落户园区,涉及生命健康、智能制造、电子信息、航空航天等领域,其中生命健康领域13家,占比50%,智能制造领域8家,占比约31%,其它领域5家,占比约19%"
B4 = "在去年举办的“北京通州·河北廊坊北三县项目推介洽谈会”上,13个项目成功签约"
B5 = "深度对接中铁、中能建和京环、北控等央企、京企"
AS2 = "2023年3月"
G["xa02"] = dict(
 article=art("香河深入对接京津上下游产业搭建互补发展格局", "廊坊日报（通讯员 张洎 牛山 记者 邢建平），载于 lfnews.cn", "2023-03-02", "day",
  "City daily on its news site, Hebei: a county development zone's provincial key project under construction — a smart-medical industrial base with phase 1 topped out, planned completion and firms intending to settle by field; the county's cooperation with Beijing's 通州",
  "http://www.lfnews.cn/portal.php?mod=view&aid=34710",
  "日期取页面“刘杰 2023-3-2 09:06 廊坊日报”（刘杰当为网站编发者）。标题照录；会员登录、位置栏、栏目名、编发行与“摘要:…”（正文首段的重复）已删。存段末句“如今,”在句中中断，已删（make_txt.py LINE_SUFFIX），正文截至“…13个项目成功签约。”，共三段。园区：香河经济开发区（廊坊市香河县，河北）；“环保产业园”（在香河经济开发区内，可选，母园区由“香河经济开发区环保产业园”推定）；博云融众智慧医疗产业香河基地本身是承载企业的园区（“26家企业意向落户园区”），另列为可选园区；“亦庄开发区”只作企业来源地（可选）。“环京智慧健康产业集合区”为定位口号，不列。项目：博云融众智慧医疗产业香河基地（省重点项目，正在建设→在建；一期20栋楼封顶，计划2023年8月全部竣工交付；无金额）。事实（主体为该基地，subject_type project）：意向落户企业26家；生命健康13家、占比50%，智能制造8家等（可选）；一期封顶20栋（可选）。“去年…推介洽谈会上,13个项目成功签约”归香河县（region，可选：签约方由语境推定）。中铁、中能建、京环、北控为对接的央企、京企（可选，无园区）。",
  "xa02"),
 parks=[
  park(XH, "廊坊", "河北", "经济开发区", B0, district="香河县"),
  park("环保产业园", "廊坊", "河北", "产业园", B0, district="香河县", parent=XH, opt=True, note="只在“香河经济开发区环保产业园”中"),
  park(BY, "廊坊", "河北", "产业基地（智慧医疗）", B1, district="香河县", parent=XH, opt=True, note="项目本身是园区：“26家企业意向落户园区”"),
  park("亦庄开发区", "北京", None, "开发区", "主要来自北京通州区、朝阳区、顺义区、亦庄开发区等地", opt=True, note="只作意向企业来源地"),
 ],
 companies=[
  comp("中铁", None, B5, opt=True, note="对接的央企"),
  comp("中能建", None, B5, opt=True, note="对接的央企"),
  comp("京环", None, B5, opt=True, note="对接的京企"),
  comp("北控", None, B5, opt=True, note="对接的京企"),
 ],
 projects=[
  proj(BY, XH, B1, status="在建", status_text="正在建设", note="省重点项目；位于香河经济开发区环保产业园；一期20栋楼封顶，计划2023年8月全部竣工交付；无金额"),
 ],
 aggregate_facts=[
  fact(BY, "project", "firms_intending_to_settle", 26, "count", B3, AS2),
  fact(BY, "project", "firms_intending_to_settle_life_health", 13, "count", B3, AS2, opt=True),
  fact(BY, "project", "firms_intending_to_settle_life_health_share", 0.50, "ratio", B3, AS2, kind="ratio", opt=True),
  fact(BY, "project", "firms_intending_to_settle_smart_manufacturing", 8, "count", B3, AS2, opt=True),
  fact(BY, "project", "phase1_buildings_topped_out", 20, "count", B2, AS2, opt=True),
  fact("香河县", "region", "projects_signed", 13, "count", B4, "2022年（推介洽谈会）", opt=True, note="签约方为香河县，由语境推定"),
 ])

# ---------------------------------------------------------------- xa03 宁河 11个重点项目集中签约 (022china 2022)
XD = "现代产业区"
XT = "天津市新天钢联合特钢有限公司"
C0 = "昨天(16),中星电科航天城、高端特殊钢材料生产基地、宜家全球碳钢制造中心等11个重点项目集中签约落户宁河,预计投资超过46亿元"
C1 = "签约落户宁河的中星电科航天科技集团将在现代产业区投资25亿元,建设中星电科运营总部,打造中星电科航天城"
C2 = "中星电科航天工业(天津)有限公司总经理李明智说:项目建成后将实现年纳税1亿元,提供就业岗位近千个"
C3 = "作为宁河区龙头企业的天津市新天钢联合特钢有限公司,2021年实现年产值500亿元,税收7.8亿元"
C4 = "2022年将计划投资7亿元,建设高端特殊钢材料生产基地"
C5 = "项目达产后,预计年销售收入90亿元"
AS3 = "2022年2月16日"
G["xa03"] = dict(
 article=art("11个重点项目集中签约落户宁河 预计投资超过46亿元", "news.022china.com（财经栏；广播报道的文字稿，原发台与记者未注明）", "2022-02-17", "day",
  "Radio report transcript on a Tianjin news site: a district's signing of 11 key projects with total investment — a space-theme project with its investment and expected tax in the district's industrial zone, a steel firm's 2021 output and tax and its new plant with investment and expected sales",
  "http://news.022china.com/caijing/20220217/980.html",
  "日期取网址 20220217（文中“昨天(16)”即2022年2月16日签约）。标题照录；标题下“最佳答案:昨天(16),…提升区域经”为转载页把导语截断重复的一行（问答模板痕迹），已删。存段末行“沿着产业链招商也是宁河区招商”在句中中断，整段删去，正文截至第二段录音“…预计年销售收入90亿元。】”，共五段。“来听记者的报道。”与【录音:…】为广播稿原样，照录。园区：现代产业区（即宁河现代产业区；天津市宁河区；文中只作“现代产业区”）。项目（均为签约）：中星电科航天城（在现代产业区，投资25亿元，建中星电科运营总部，规划建筑面积约14.5万平方米，建成后年纳税1亿元）；高端特殊钢材料生产基地（天津市新天钢联合特钢有限公司，“2022年将计划投资7亿元”记作投资额；园区未说→null）；宜家全球碳钢制造中心（无金额，园区未说）。11个项目合计“预计投资超过46亿元”归宁河区（region）。公司：中星电科航天科技集团（央企，投资方，园区记现代产业区）；中星电科航天工业(天津)有限公司（其总经理发言，可选）；天津市新天钢联合特钢有限公司（宁河区龙头企业，无园区；2021年产值500亿元、税收7.8亿元）。“宜家”只在项目名中，不另列。",
  "xa03"),
 parks=[
  park(XD, "天津", "天津", "产业区", C1, district="宁河区", note="即宁河现代产业区；文中只作“现代产业区”"),
 ],
 companies=[
  comp("中星电科航天科技集团", XD, C1, note="央企；中星电科航天城的投资方"),
  comp("中星电科航天工业(天津)有限公司", XD, C2, opt=True, note="项目运营公司（推定），园区由语境推定"),
  comp(XT, None, "作为宁河区龙头企业的天津市新天钢联合特钢有限公司", note="宁河区龙头企业；园区未说"),
 ],
 projects=[
  proj("中星电科航天城", XD, C1, companies=["中星电科航天科技集团"], inv="投资25亿元", status="签约", status_text="签约落户",
       aliases=["中星电科运营总部"], note="航天主题体验园、镜花园观赏园、航天培训中心"),
  proj("高端特殊钢材料生产基地", None, C4, companies=[XT], inv="计划投资7亿元", status="签约", status_text="集中签约落户",
       note="11个签约项目之一；两条热轧带钢生产线；园区未说"),
  proj("宜家全球碳钢制造中心", None, C0, status="签约", status_text="集中签约落户", note="无金额；园区未说"),
 ],
 aggregate_facts=[
  fact("宁河区", "region", "projects_signed", 11, "count", C0, AS3),
  fact("宁河区", "region", "projects_signed_investment_cny", 4.6e9, "cny", C0, AS3, qual="超", qtext="超过", chk=True, note="“预计投资超过46亿元”"),
  fact("中星电科航天城", "project", "planned_floor_area_m2", 145000, "m2", "总体规划建筑面积约为14.5万平方米", AS3, qual="约", qtext="约", opt=True),
  fact("中星电科航天城", "project", "expected_annual_tax_cny", 1e8, "cny", "项目建成后将实现年纳税1亿元", "建成后（预期）", kind="target", chk=True),
  fact(XT, "company", "annual_output_cny", 5e10, "cny", C3, "2021年", chk=True),
  fact(XT, "company", "annual_tax_cny", 7.8e8, "cny", "税收7.8亿元", "2021年", chk=True),
  fact("高端特殊钢材料生产基地", "project", "expected_annual_sales_cny", 9e9, "cny", C5, "达产后（预期）", kind="target", chk=True),
  fact("高端特殊钢材料生产基地", "project", "annual_capacity_t", 3e6, "t", "年产热轧带钢300万吨", "达产后（设计）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- xa04 沧州渤海新区 2018年第二批 (lihe-nm relay 2018)
BH = "沧州渤海新区"
D0 = "8月17日,沧州渤海新区举行2018年第二批重点项目集中签约、开工、竣工活动,总投资516亿元的144个项目集中签约、开工和竣工"
DS = "签约项目28个,总投资224亿元"
DK = "开工项目83个,同比增长102%,总投资205亿元"
DJ = "竣工项目33个,同比增长43%,总投资87亿元"
D1 = "其中,华航英才(北京)教育科技有限公司无人机培训、研发、生产项目,北京蓝天合力科技有限公司无人机高度表生产项目,北京利和知信科技有限公司1000吨/年聚烯烃催化剂项目,天津圣洁雷德商贸有限公司工业清洗剂与工业稀释剂项目,北京京顺达新型建筑材料有限公司京顺达装配式建筑及配套产品生产基地,北京博丰隆集成房屋有限责任公司生产项目等签约落地"
D2 = "其中,河北三和重工装备制造有限公司石油钻采专用设备及特种无缝钢管生产项目、河北鑫海化工集团有限公司350万吨/年重交沥青项目、河北泰恒特钢有限公司1号生产线项目、沧州渤海新区欧特纳米涂层新材料有限公司新型环氧粉末涂料项目、煜华硕玻璃有限公司新型节能及安全玻璃项目、河北泰恒特钢有限公司煤气回收再利用等项目实现竣工"
AS4 = "2018年8月17日（第二批）"
SIGNED = [("华航英才(北京)教育科技有限公司", "华航英才(北京)教育科技有限公司无人机培训、研发、生产项目"),
          ("北京蓝天合力科技有限公司", "北京蓝天合力科技有限公司无人机高度表生产项目"),
          ("北京利和知信科技有限公司", "北京利和知信科技有限公司1000吨/年聚烯烃催化剂项目"),
          ("天津圣洁雷德商贸有限公司", "天津圣洁雷德商贸有限公司工业清洗剂与工业稀释剂项目"),
          ("北京京顺达新型建筑材料有限公司", "北京京顺达新型建筑材料有限公司京顺达装配式建筑及配套产品生产基地"),
          ("北京博丰隆集成房屋有限责任公司", "北京博丰隆集成房屋有限责任公司生产项目")]
DONE = [("河北三和重工装备制造有限公司", "河北三和重工装备制造有限公司石油钻采专用设备及特种无缝钢管生产项目"),
        ("河北鑫海化工集团有限公司", "河北鑫海化工集团有限公司350万吨/年重交沥青项目"),
        ("河北泰恒特钢有限公司", "河北泰恒特钢有限公司1号生产线项目"),
        ("沧州渤海新区欧特纳米涂层新材料有限公司", "沧州渤海新区欧特纳米涂层新材料有限公司新型环氧粉末涂料项目"),
        ("煜华硕玻璃有限公司", "煜华硕玻璃有限公司新型节能及安全玻璃项目"),
        ("河北泰恒特钢有限公司", "河北泰恒特钢有限公司煤气回收再利用")]
G["xa04"] = dict(
 article=art("（无标题）沧州渤海新区2018年第二批重点项目集中签约、开工、竣工 总投资516亿元的144个项目", "lihe-nm.com（北京利和知信科技有限公司网站“新闻”栏转载；原发媒体与署名未注明）", "2018-08", "month",
  "Company website relaying a local news item, Hebei: a coastal new area's second batch of 2018 — projects signed, started and completed with counts, totals and growth, six named firms' projects signed (Beijing / Tianjin transfers) and six named projects completed",
  "http://lihe-nm.com/index.php/news/90",
  "存段无标题、无日期行（title 为编者概括）。日期：活动为“8月17日…2018年第二批”，发布日不详，记 2018-08（month，推定）。转载站为签约企业之一（北京利和知信科技有限公司）的网站。存段末段“张国栋指出,沧州渤海新区全体干部职工要不遗余力转作风,”在句中中断，整段删去，正文截至“…出席签约仪式并讲话。”，共四段。园区：沧州渤海新区（文中又作“渤海新区”；沧州，河北；省级新区）。项目：签约落地六个（京津转移项目，状态签约），竣工六个（“实现竣工”→竣工），名称照录（含企业名；企业另列于 companies），均无单项金额，园区均记沧州渤海新区。河北泰恒特钢有限公司两个竣工项目（1号生产线项目、煤气回收再利用）。事实：总计144个、516亿元；签约28个、224亿元；开工83个（同比增长102%）、205亿元；竣工33个（同比增长43%）、87亿元。张国栋为人名，不列。",
  "xa04"),
 parks=[
  park(BH, "沧州", "河北", "新区", D0, aliases=["渤海新区"], note="文中又作“渤海新区”"),
 ],
 companies=[comp(c, BH, D1, note="签约落地项目的企业（京津转移）") for c, _ in SIGNED]
          + [comp(c, BH, D2, note="竣工项目的企业") for c, _ in DONE[:5]],
 projects=[proj(p, BH, D1, companies=[c], status="签约", status_text="签约落地") for c, p in SIGNED]
         + [proj(p, BH, D2, companies=[c], status="竣工", status_text="实现竣工") for c, p in DONE],
 aggregate_facts=[
  fact(BH, "park", "projects_signed_started_completed", 144, "count", D0, AS4),
  fact(BH, "park", "projects_signed_started_completed_investment_cny", 5.16e10, "cny", D0, AS4, chk=True),
  fact(BH, "park", "projects_signed", 28, "count", DS, AS4),
  fact(BH, "park", "projects_signed_investment_cny", 2.24e10, "cny", DS, AS4, chk=True),
  fact(BH, "park", "projects_started", 83, "count", DK, AS4),
  fact(BH, "park", "projects_started_yoy_growth", 1.02, "ratio", DK, AS4, kind="ratio", opt=True),
  fact(BH, "park", "projects_started_investment_cny", 2.05e10, "cny", DK, AS4, chk=True),
  fact(BH, "park", "projects_completed", 33, "count", DJ, AS4),
  fact(BH, "park", "projects_completed_yoy_growth", 0.43, "ratio", DJ, AS4, kind="ratio", opt=True),
  fact(BH, "park", "projects_completed_investment_cny", 8.7e9, "cny", DJ, AS4, chk=True),
 ])

# ---------------------------------------------------------------- xa05 沧州 重点项目 献县开发区 / 泊头 (沧州日报 2021)
XXK = "献县开发区"
E0 = "连日来,在位于献县开发区的金福友电缆集团特种电线电缆生产项目施工现场,挖掘机、工程运输车昼夜运转、机声隆隆,奏响了工程建设的交响曲"
E1 = "献县开发区相关负责人介绍,这是从珠三角引进的传统产业升级项目,生产的电线电缆可防火,总投资2亿多元"
E2 = "在泊头,来自北京的自动化装备制造项目按下建设的快进键,项目总投资2亿元"
G["xa05"] = dict(
 article=art("（无标题）沧州一季度重点项目集中开工后走访：献县开发区金福友电缆项目、泊头自动化装备制造项目", "沧州日报（本报记者 刘杰），czrb.bohaitoday.com 数字报", "2021-03-06", "day",
  "City daily's e-paper report, Hebei: after the city's first-quarter groundbreaking — a cable group's project under construction in a county development zone with its investment, a Beijing equipment project in a county with investment and expected sales",
  "http://czrb.bohaitoday.com/pc/content/202103/06/content_15687.html",
  "日期取网址 202103/06（文中“2月28日…集中开工仪式举行”）。存段无标题（title 为编者概括）；首行署名“本报记者 刘 杰”已删（记于 outlet）。“提示:…”为原文导语，照录；小标题“聚焦京津雄、长三角和珠三角,接轨世界“引进来””照录为一段。存段末段“在肃宁,…包括帝鹏公司年产2亿平方米的广告材料、特色产”在句中中断，整段删去，正文截至“…年销售收入1.5亿元。”，共六段。园区：献县开发区（沧州市献县，河北）。项目：金福友电缆集团特种电线电缆生产项目（在献县开发区；施工现场、集中开工后→在建，status_alt 开工；“总投资2亿多元”不是“数字+亿元”，investment_cny 留空，qualifier 余；金额句未写项目名，evidence 取金额句）；泊头“来自北京的自动化装备制造项目”（泊头市，园区未说→null；总投资2亿元；在建，status_alt 开工；投产后预计年销售收入1.5亿元→target）。公司：金福友电缆集团（在献县开发区）。",
  "xa05"),
 parks=[
  park(XXK, "沧州", "河北", "开发区", E0, district="献县"),
 ],
 companies=[
  comp("金福友电缆集团", XXK, E0, note="从珠三角引进；研发基地在广东佛山"),
 ],
 projects=[
  proj("金福友电缆集团特种电线电缆生产项目", XXK, E1, companies=["金福友电缆集团"], inv="总投资2亿多元", unparsed=True,
       qual="余", qual_text="多", status="在建", status_text="施工现场", status_alt="开工",
       note="evidence 为金额句（项目名见上一句）；传统产业升级项目"),
  proj("自动化装备制造项目", None, E2, inv="项目总投资2亿元", status="在建", status_text="按下建设的快进键", status_alt="开工",
       note="在泊头，来自北京；园区未说"),
 ],
 aggregate_facts=[
  fact("自动化装备制造项目", "project", "expected_annual_sales_cny", 1.5e8, "cny", "投产后预计可实现年销售收入1.5亿元", "投产后（预期）", kind="target", chk=True),
  fact("自动化装备制造项目", "project", "new_workshop_area_m2", 10000, "m2", "新建1万平方米的加工车间", "2021年3月（计划）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- xa06 保定·中关村创新中心 五周年 (新华网 via 长城网 2020)
BDG = "保定国家高新技术产业开发区"
ZGC = "保定·中关村创新中心"
F0 = "2015年4月28日中关村在保定国家高新技术产业开发区成立了在京外的首个创新中心"
F1 = "2019年保定·中关村创新中心营收突破20亿元,其中研发投入超过1亿元,企业知识产权数量600余件"
F2 = "前10年还将高新区6.2万平方米的双子楼免租金交其全权运营,并配套建设12.4万平方米研发中试基地"
G["xa06"] = dict(
 article=art("保定·中关村创新中心成立五周年走访见闻", "新华网（赵鸿宇 盖博铭），载于长城网专题库（zhb.hebei.com.cn）", "2020-04-29", "day",
  "National agency's website feature on a provincial portal, Hebei: an innovation centre set up by 中关村 in a national high-tech zone, five years on — 2019 revenue, R&D spending and IP count, the zone's rent-free towers and pilot base",
  "http://zhb.hebei.com.cn/system/2020/04/29/100294414.shtml",
  "日期取页面“2020-04-29 11:14:51 作者:赵鸿宇 盖博铭 来源: 新华网”。标题照录；位置栏与日期来源行已删。存段末段““不少企业处于创业阶段,…”保定高新区招商服务局局长孙婧说,为此高新区于2017年…为企业提供财税、法律、人力”在句中中断，整段删去，正文截至“…科技服务等为主。”，含小标题一行，共五段。园区：保定国家高新技术产业开发区（保定，河北；文中又作“高新区”）；保定·中关村创新中心（2015年4月28日在该高新区成立，中关村在京外的首个创新中心；母园区保定国家高新技术产业开发区）。事实（主体为创新中心，2019年）：营收突破20亿元（超）、研发投入超过1亿元（超）、企业知识产权600余件（余）；高新区交其运营的双子楼6.2万平方米、配套研发中试基地12.4万平方米（可选）。入驻企业未点名。",
  "xa06"),
 parks=[
  park(BDG, "保定", "河北", "国家高新区", F0, note="文中又作“高新区”"),
  park(ZGC, "保定", "河北", "创新中心（科技园区）", F1, parent=BDG, note="2015年4月28日成立；中关村在京外的首个创新中心"),
 ],
 aggregate_facts=[
  fact(ZGC, "park", "revenue_cny", 2e9, "cny", F1, "2019年", qual="超", qtext="突破", chk=True),
  fact(ZGC, "park", "rd_spending_cny", 1e8, "cny", "其中研发投入超过1亿元", "2019年", qual="超", qtext="超过", chk=True),
  fact(ZGC, "park", "ip_count", 600, "count", "企业知识产权数量600余件", "2019年", qual="余", qtext="余"),
  fact(ZGC, "park", "building_area_m2", 62000, "m2", F2, "2020年4月", opt=True, note="高新区双子楼，免租金交其运营"),
  fact(ZGC, "park", "pilot_base_area_m2", 124000, "m2", F2, "2020年4月", opt=True, note="配套建设的研发中试基地"),
 ])

# ---------------------------------------------------------------- xa07 雄安新区中关村科技园 (河北新闻网 via gubit 2024)
XA = "雄安新区中关村科技园"
ZN = "河北雄安中能智科新能源科技有限公司"
H0 = "这里是雄安新区中关村科技园,去年9月启动以来,仅仅一年时间,科技园载体运营面积突破了10万平方米,吸引了116家科创企业和近500位高层次人才集聚"
H1 = "科技园吸引了天融信科技集团、厦门英诺尔电子科技股份有限公司等一批行业内头部企业"
H2 = "雄安中能智科新能源科技公司专门从事综合智慧能源科技推广和供热节能优化服务,今年1月落户园区后,企业一直处于高速增长中"
H3 = "园区内集聚了29家专业服务机构,为企业提供集成化服务"
AS7 = "2024年9月（启动一年）"
G["xa07"] = dict(
 article=art("【坚定信心 勇挑大梁】协同新脉动③中关村在河北:以协同创新促进区域产业协作", "河北新闻网（河北广播电视台《坚定信心 勇挑大梁》系列，记者 赵翔），经 ddx.gubit.cn 转载（“转自:河北新闻网”）", "2024-10-17", "day",
  "Provincial TV series transcript relayed by a stock-news site, Hebei: 中关村's science park in 雄安新区 one year after launch — operating floor area, firms and talent attracted, leading firms, a firm's orders, service institutions",
  "http://ddx.gubit.cn/fenxi/000931/202410171344.html",
  "日期取网址 202410171344（2024-10-17，推定为转载日；文中“去年9月启动以来,仅仅一年时间”相合）。标题照录；“转自:河北新闻网”已删（记于 outlet）。电视稿的发言人行（“河北广播电视台记者 赵翔:”等）照录为段。存段末行“河北雄安中能智科”在句中中断，已删，正文截至“…基本上一个星期就搞定了。”，共十一段。半角引号\"照录。园区：雄安新区中关村科技园（雄安，河北）；雄安新区为国家级新区（可选，城市级）。公司（均在科技园）：天融信科技集团、厦门英诺尔电子科技股份有限公司（“科技园吸引了…头部企业”）；河北雄安中能智科新能源科技有限公司（文中又作“雄安中能智科新能源科技公司”，2024年1月落户园区）；中科重生(雄安)生物科技有限公司（董事长谈“从洽谈到签约”，在园由语境推定）。事实（科技园，启动以来）：载体运营面积突破10万平方米（超）、科创企业116家、高层次人才近500位（约，可选）、专业服务机构29家。中能智科“上半年的订单大概做了1500万(元)”为口语金额（“万(元)”），记为可选事实，metric 不以 _cny 结尾。",
  "xa07"),
 parks=[
  park(XA, "雄安", "河北", "科技园", H0, note="2023年9月启动"),
  park("雄安新区", "雄安", "河北", "国家级新区", "雄安新区,拔节生长的国家级新区", opt=True, note="国家级新区，城市级"),
 ],
 companies=[
  comp("天融信科技集团", XA, H1, note="行业头部企业"),
  comp("厦门英诺尔电子科技股份有限公司", XA, H1, note="行业头部企业"),
  comp(ZN, XA, H2, aliases=["雄安中能智科新能源科技公司"], note="2024年1月落户园区；文中又作“雄安中能智科新能源科技公司”"),
  comp("中科重生(雄安)生物科技有限公司", XA, "中科重生(雄安)生物科技有限公司 董事长 任彦芬", note="“从洽谈到签约”；在园由语境推定"),
 ],
 projects=[],
 aggregate_facts=[
  fact(XA, "park", "operating_floor_area_m2", 100000, "m2", H0, AS7, kind="cumulative", qual="超", qtext="突破"),
  fact(XA, "park", "firms", 116, "count", H0, AS7, kind="cumulative", note="科创企业"),
  fact(XA, "park", "high_level_talents", 500, "count", H0, AS7, kind="cumulative", qual="约", qtext="近", opt=True),
  fact(XA, "park", "service_institutions", 29, "count", H3, "2024年"),
  fact(ZN, "company", "h1_orders_value", 1.5e7, "cny", "我们上半年的订单大概做了1500万(元)", "2024年上半年", qual="约", qtext="大概", opt=True),
 ])

# ---------------------------------------------------------------- xa08 唐山高新区 机器人产业 (dcgqt 2021)
TS = "唐山高新区"
KC = "中信重工开诚智能装备有限公司"
J0 = "新兴产业密集布局,新经济发展方兴未艾,属于唐山高新区的名片越来越多"
J1 = "10月26日,走进位于唐山市高新区的中信重工开诚智能装备有限公司"
J2 = "2020年,开元特种焊接机器人及系统项目建成投产,成为全国最大的焊接装备制造基地"
J3 = "今年5月初,中信重工开诚智能特种机器人产业基地一期项目陆续搬迁投产,成为全国最大的特种机器人研发制造基地"
J4 = "先后培育了开诚、开元、百川等行业领军企业"
J5 = "1-9月份,主营业务收入达36亿元,同比增长15%"
AS8 = "2021年1–9月"
G["xa08"] = dict(
 article=art("（无标题）唐山高新区机器人产业：中信重工开诚智能特种机器人产业基地一期搬迁投产 1-9月主营业务收入36亿元", "new.dcgqt.com（转载；原发媒体与署名未注明）", "2021-10-30", "day",
  "Aggregator relaying a provincial news item, Hebei: a national high-tech zone's robot industry — a special-robot maker's patents, two robot projects in production, the zone's leading firms, the robot industry's Jan–Sep revenue and growth",
  "http://new.dcgqt.com/new/2021/1030/90312.html",
  "存段无标题、无日期行（title 为编者概括）。日期取网址 2021/1030（文中“10月26日,走进…”“2021年世界机器人大会”相合）。存段末段转写石家庄鹿泉区（“…已聚集包括神玥软件、森思”）并在句中中断，整段删去，正文截至“…同比增长15%。”，共六段。园区：唐山高新区（文中又作“唐山市高新区”“高新区”“该区”；唐山，河北）。“国家火炬计划焊接产业基地”“国家级机器人产业基地”等为称号，不列园区。公司：中信重工开诚智能装备有限公司（在唐山市高新区；文中又作“中信重工开诚智能”“开诚”；100余项关键技术专利）；开元、百川（行业领军企业，只作简称，可选）。项目：开元特种焊接机器人及系统项目（2020年建成投产→投产）；中信重工开诚智能特种机器人产业基地一期项目（2021年5月初陆续搬迁投产→投产）；均在唐山高新区，无金额。事实：1-9月“主营业务收入达36亿元,同比增长15%”为高新区机器人产业的数字（主体记唐山高新区，metric 标明机器人产业）。",
  "xa08"),
 parks=[
  park(TS, "唐山", "河北", "高新区", J0, aliases=["唐山市高新区"], note="文中又作“唐山市高新区”“高新区”"),
 ],
 companies=[
  comp(KC, TS, J1, aliases=["中信重工开诚智能", "开诚"], note="特种机器人；100余项关键技术专利"),
  comp("开元", TS, J4, opt=True, note="只作简称；开元特种焊接机器人及系统项目的企业"),
  comp("百川", TS, J4, opt=True, note="只作简称"),
 ],
 projects=[
  proj("开元特种焊接机器人及系统项目", TS, J2, status="投产", status_text="建成投产", note="2020年建成投产"),
  proj("中信重工开诚智能特种机器人产业基地一期项目", TS, J3, companies=[KC], phase="一期", status="投产", status_text="陆续搬迁投产",
       note="2021年5月初"),
 ],
 aggregate_facts=[
  fact(TS, "park", "robot_industry_main_business_revenue_cny", 3.6e9, "cny", J5, AS8, kind="cumulative", chk=True, note="机器人产业"),
  fact(TS, "park", "robot_industry_main_business_revenue_yoy_growth", 0.15, "ratio", J5, AS8, kind="ratio", note="机器人产业"),
  fact(KC, "company", "key_technology_patents", 100, "count", "中信重工开诚智能拥有100余项关键技术专利", "2021年10月", qual="余", qtext="余", opt=True),
 ])
