# real336 ground truth, read by build_all.py (real52's, copied unchanged; helpers park/comp/inst/proj/fund/fact/art/amt defined
# there). Conventions as real52 (real28–real52): evidence verbatim (all six items simplified script as published); names as
# written in the text; 逾/超过/超/以上 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it). Growth rates and shares as ratios
# (64.9% → 0.649). Projects: the park is the one the text places the project in, null where only a county / district / town
# is named (a county is a region, not a park). Status from the text's words (集中开工 / 开工建设 / 已开工 / 开工动员项目 → 开工;
# 正在加紧建设 → 在建; 签约 → 签约; 揭牌 alone → no status). Year-to-date counts (“今年以来”, “截至目前”, “前三批…目前”) are
# cumulative; planned year figures are target with “（计划）” in as_of. Sources: `search` (corpus pages) excerpts typed into
# _raw/pages/pwNN.raw as returned.

# ---------------------------------------------------------------- pw01 淮北 今年新开工219个招商引资项目 (淮北日报 2019-12-26)
KF = "市开发区"
GX = "市高新区"
MH = "淮北煤化工基地"
A0 = "新开工招商引资项目已经达到219个"
A1 = "年初,全市集中开工了69个招商引资项目,其中工业项目63个"
A2 = "截至目前,有59个项目正式启动开工,占85.5%,其中有13个项目建成投产"
A3 = "已开工项目中,濉溪县力幕新材料二期、相山区源创客科技小镇、杜集区中冶淮海装配式建筑、市开发区理士锂离子动力电池及荣盛智能家居等项目进展较快"
A4 = "市高新区集中开工10个项目,全部为工业项目,目前10个项目均达到开工标准,其中3个项目投产"
A5 = "淮北煤化工基地集中开工12个项目,全部为工业项目,目前有8个项目达到开工标准"
AS1 = "2019年（截至12月）"
G["pw01"] = dict(
 article=art("积极开展“招商引资质量提升年”活动 我市今年新开工219个招商引资项目", "淮北日报（记者 吴永生），epaper.hbnews.net 数字报 A08版", "2019-12-26", "day",
  "City daily (e-paper), Anhui 皖北: a city's year-end count of investment-attraction projects started — the year-opening batch started, in production, by county / district and by zone (city development zone, high-tech zone, coal-chemical base), named projects progressing fast",
  "http://epaper.hbnews.net/epaper/hbrb/pc/content/201912/26/content_33614.html",
  "日期取数字报版面“2019年12月26日 第A08版”。标题为引题“积极开展“招商引资质量提升年”活动”与主题“我市今年新开工219个招商引资项目”两行，以一个空格相连；版面日期、版次与“■ 记者 吴永生”已删。存段末段（“截至目前,全市其他新开工项目150个…相山区…今麦郎饮品项目;杜”）在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…目前有8个项目达到开工标准。”，共两段。“我市”即淮北市（安徽）。园区：市开发区（即淮北经济开发区，文中只作“市开发区”）、市高新区（即淮北高新区，文中只作“市高新区”）、淮北煤化工基地；濉溪县、相山区、杜集区、烈山区为县区（region），不是园区。项目（“已开工项目中…进展较快”→开工）：理士锂离子动力电池、荣盛智能家居（在市开发区）；力幕新材料二期（濉溪县）、源创客科技小镇（相山区）、中冶淮海装配式建筑（杜集区）园区 null。无单项金额。事实：全市新开工招商引资项目219个（cumulative）；年初集中开工69个、已开工59个（85.5%）、投产13个；市高新区10个开工、3个投产；淮北煤化工基地12个、8个达到开工标准。各县区分项数列可选。",
  "pw01"),
 parks=[
  park(KF, "淮北", "安徽", "经济开发区", A3, note="即淮北经济开发区；文中只作“市开发区”"),
  park(GX, "淮北", "安徽", "高新区", A4, note="即淮北高新技术产业开发区；文中只作“市高新区”"),
  park(MH, "淮北", "安徽", "化工基地", A5, note="煤化工产业基地，作为“载体单位”与县区、开发区并列"),
 ],
 companies=[
  comp("理士", KF, A3, opt=True, note="只在项目名“理士锂离子动力电池”中"),
  comp("荣盛", KF, A3, opt=True, note="只在项目名“荣盛智能家居”中"),
  comp("力幕", None, A3, opt=True, note="只在项目名“力幕新材料二期”中；濉溪县"),
  comp("中冶", None, A3, opt=True, note="只在项目名“中冶淮海装配式建筑”中；杜集区"),
 ],
 projects=[
  proj("理士锂离子动力电池", KF, A3, companies=["理士"], status="开工", status_text="已开工…进展较快"),
  proj("荣盛智能家居", KF, A3, companies=["荣盛"], status="开工", status_text="已开工…进展较快"),
  proj("力幕新材料二期", None, A3, phase="二期", status="开工", status_text="已开工…进展较快", aliases=["濉溪县力幕新材料二期"], note="濉溪县项目"),
  proj("源创客科技小镇", None, A3, status="开工", status_text="已开工…进展较快", note="相山区项目"),
  proj("中冶淮海装配式建筑", None, A3, status="开工", status_text="已开工…进展较快", note="杜集区项目"),
 ],
 aggregate_facts=[
  fact("淮北市", "region", "investment_projects_started", 219, "count", A0, AS1, kind="cumulative", note="文中作“我市”；今年以来新开工招商引资项目"),
  fact("淮北市", "region", "projects_started_batch", 69, "count", A1, "2019年初（集中开工）", note="年初集中开工的招商引资项目"),
  fact("淮北市", "region", "industrial_projects_started_batch", 63, "count", A1, "2019年初（集中开工）", opt=True),
  fact("淮北市", "region", "projects_started", 59, "count", A2, AS1, kind="cumulative", note="年初69个中已正式启动开工"),
  fact("淮北市", "region", "projects_started_share", 0.855, "ratio", A2, AS1, kind="ratio", opt=True),
  fact("淮北市", "region", "projects_in_production", 13, "count", A2, AS1, kind="cumulative"),
  fact(GX, "park", "projects_started_batch", 10, "count", A4, "2019年初（集中开工）"),
  fact(GX, "park", "projects_in_production", 3, "count", A4, AS1, kind="cumulative"),
  fact(MH, "park", "projects_started_batch", 12, "count", A5, "2019年初（集中开工）"),
  fact(MH, "park", "projects_meeting_start_standard", 8, "count", A5, AS1, kind="cumulative", opt=True),
  fact("濉溪县", "region", "projects_started_batch", 16, "count", "濉溪县集中开工16个项目,其中工业项目14个", "2019年初（集中开工）", opt=True),
  fact("相山区", "region", "projects_started_batch", 10, "count", "相山区集中开工10个项目,其中工业项目9个", "2019年初（集中开工）", opt=True),
  fact("杜集区", "region", "projects_started_batch", 10, "count", "杜集区集中开工10个项目,全部为工业项目", "2019年初（集中开工）", opt=True),
  fact("烈山区", "region", "projects_started_batch", 11, "count", "烈山区集中开工11个项目,其中工业项目8个", "2019年初（集中开工）", opt=True),
 ])

# ---------------------------------------------------------------- pw02 阜阳 上半年重点项目建设 (中安在线 2020-08-06)
B0 = "全市亿元以上重点项目累计完成投资681.9亿元,居全省第2位,开工项目137个,开工率70.6%"
B1 = "2020年,阜阳市计划实施省亿元以上重点项目561个,单体项目平均总投资达到8.7亿元,较2019年提高了12%"
B2 = "临泉县天邦食品有限公司年屠宰加工500万头生猪建设项目,总投资13.3万元,总占地约360亩"
B3 = "太和县国家级香椿产业示范基地项目,总投资10亿元,由太和县国泰谌世生态农业科技有限公司联合中国管理科学院农业经济研究所等多个科研院所,共同打造国家级香椿产业示范基地"
ASB = "2020年上半年"
G["pw02"] = dict(
 article=art("（无标题）阜阳市上半年重点项目建设情况新闻发布会", "中安在线（阜阳频道，ah.anhuinews.com；存段无署名）", "2020-08-06", "day",
  "Provincial news portal's city channel, Anhui 皖北: a city's mid-year press briefing on key projects — investment completed, projects started and start rate, the year's planned key projects, two named agricultural projects with sums (no park named in the kept text)",
  "http://ah.anhuinews.com/fy/cyyq/yq/202008/t20200806_4842484.html",
  "日期取网址 202008/t20200806（文中“今天上午”即发布会当日）。存段无标题、无日期行（title 为编者概括）；“中安在线阜阳频道”“您当前的位置 :中安在线”已删。存段末段“工业方面,颍泉区罗特中国…阜合现代产业园区智能制造产业园项目,总投资10亿元…界首市网电通科技年产6GWh新能源锂电池建设项目,”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），故保留正文中没有园区；正文截至“…共同打造国家级香椿产业示范基地。”，共四段。第三段末“占比29.8%”后无句号，原文如此。项目：天邦食品有限公司年屠宰加工500万头生猪建设项目（临泉县）“总投资13.3万元”照录（按文字记 13.3万元；与“总占地约360亩”的规模不符，疑为“亿元”之误，未改）；太和县国家级香椿产业示范基地项目（总投资10亿元）。两项均只称重点项目，文中无阶段词，status null。公司：天邦食品有限公司、太和县国泰谌世生态农业科技有限公司（均在县，park null）。事实：全市亿元以上重点项目上半年累计完成投资681.9亿元、开工137个、开工率70.6%（cumulative / ratio）；2020年计划实施561个（target）、单体平均总投资8.7亿元、10亿元以上167个（占29.8%）。",
  "pw02"),
 parks=[],
 companies=[
  comp("天邦食品有限公司", None, B2, aliases=["临泉县天邦食品有限公司"], note="文中作“临泉县天邦食品有限公司”；临泉县"),
  comp("太和县国泰谌世生态农业科技有限公司", None, B3, note="太和县"),
 ],
 institutions=[
  inst("中国管理科学院农业经济研究所", B3, kind="research"),
 ],
 projects=[
  proj("年屠宰加工500万头生猪建设项目", None, B2, companies=["天邦食品有限公司"], inv="总投资13.3万元",
       aliases=["临泉县天邦食品有限公司年屠宰加工500万头生猪建设项目"], note="临泉县；金额照录“13.3万元”（疑为亿元之误）；无阶段词"),
  proj("太和县国家级香椿产业示范基地项目", None, B3, companies=["太和县国泰谌世生态农业科技有限公司"], inv="总投资10亿元", note="太和县；无阶段词"),
 ],
 aggregate_facts=[
  fact("阜阳市", "region", "key_projects_investment_completed_cny", 6.819e10, "cny", B0, ASB, kind="cumulative", chk=True, note="亿元以上重点项目累计完成投资"),
  fact("阜阳市", "region", "projects_started", 137, "count", B0, ASB, kind="cumulative"),
  fact("阜阳市", "region", "projects_start_rate", 0.706, "ratio", B0, ASB, kind="ratio"),
  fact("阜阳市", "region", "key_projects_planned", 561, "count", B1, "2020年（计划）", kind="target"),
  fact("阜阳市", "region", "key_projects_avg_investment_cny", 8.7e8, "cny", "单体项目平均总投资达到8.7亿元,较2019年提高了12%", "2020年（计划）", kind="target", chk=True, opt=True),
  fact("阜阳市", "region", "key_projects_over_1bn", 167, "count", "其中,总投资超过10亿元的项目达到167个,占比29.8%", "2020年（计划）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- pw03 淮南 全省第四批重大项目开工动员会 (淮南市发改委网站 2022)
C0 = "我市第四批开工动员项目56个,总投资593.8亿元,年内完成投资37.8亿元"
C1 = "据了解,我市前三批开工动员项目146个,总投资636.9亿元"
C2 = "目前,已开工137个,开工率95.1%;已纳统项目112个,纳统率77.8%"
C3 = "淮南市高新智能显示产业基地三期、淮南市中医院迁建等项目正在加紧建设"
ASC = "2022年9月28日（全省第四批开工动员）"
G["pw03"] = dict(
 article=art("总投资593.8亿元!我市56个项目参加全省集中开工", "淮南市发展和改革委员会网站（fgw.huainan.gov.cn，工作动态；原发媒体与署名存段未示）", "2022-09", "month",
  "City development-and-reform commission's website, Anhui 皖北: the city's batch of major projects launched at a province-wide mobilisation meeting — counts and sums by size and sector, progress of the earlier three batches, projects under construction, five named representative projects with sums",
  "http://fgw.huainan.gov.cn/gzdt/551643962.html",
  "存段无日期行；会议为“9月28日上午,2022年全省第四批重大项目开工动员会”，发布日不详，记 2022-09（month）。标题照录；其下三行副题（“2022年全省第四批重大项目开工动员会召开”“任泽锋张志强陈儒江蔡宜骅在淮南分会场出席”“我市56个项目参加全省开工”）已删。正文两段，完整。“我市”即淮南市（安徽）。文中没有园区名：“淮南市高新智能显示产业基地三期”是项目名（正在加紧建设→在建，园区不补），“新桥”“凤台”“潘集”只在项目名中。第四批代表性项目五个，各有总投资，状态记开工（“第四批开工代表性项目”，开工动员），园区 null。公司只在项目名中（中环中清、芯视佳、坤泰、淮河能源集团），列可选。事实：第四批56个、593.8亿元、年内完成投资37.8亿元（target）；5亿元以上23个、530.1亿元；制造业34个、310.4亿元等分项列可选；前三批146个、636.9亿元，已开工137个（95.1%），纳统112个（77.8%）。",
  "pw03"),
 parks=[],
 companies=[
  comp("中环中清", None, "中环中清(凤台)新能源光伏产业基地项目,总投资68亿元", opt=True, note="只在项目名中"),
  comp("深圳芯视佳", None, "深圳芯视佳硅基微显示器生产项目,总投资65亿元", opt=True, note="只在项目名中"),
  comp("常州坤泰", None, "常州坤泰混动汽车变速器生产项目,总投资36亿元", opt=True, note="只在项目名中"),
  comp("淮河能源集团", None, "淮河能源集团潘集电厂二期扩建项目,总投资55亿元", opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("淮南市高新智能显示产业基地三期", None, C3, phase="三期", status="在建", status_text="正在加紧建设", note="前三批开工动员项目"),
  proj("淮南市中医院迁建", None, C3, status="在建", status_text="正在加紧建设", opt=True, note="民生项目"),
  proj("中环中清(凤台)新能源光伏产业基地项目", None, "中环中清(凤台)新能源光伏产业基地项目,总投资68亿元", companies=["中环中清"], inv="总投资68亿元", status="开工", status_text="第四批开工代表性项目"),
  proj("深圳芯视佳硅基微显示器生产项目", None, "深圳芯视佳硅基微显示器生产项目,总投资65亿元", companies=["深圳芯视佳"], inv="总投资65亿元", status="开工", status_text="第四批开工代表性项目"),
  proj("常州坤泰混动汽车变速器生产项目", None, "常州坤泰混动汽车变速器生产项目,总投资36亿元", companies=["常州坤泰"], inv="总投资36亿元", status="开工", status_text="第四批开工代表性项目"),
  proj("淮河能源集团潘集电厂二期扩建项目", None, "淮河能源集团潘集电厂二期扩建项目,总投资55亿元", companies=["淮河能源集团"], inv="总投资55亿元", phase="二期", status="开工", status_text="第四批开工代表性项目"),
  proj("新桥三级综合医院项目", None, "新桥三级综合医院项目,总投资14.2亿元", inv="总投资14.2亿元", status="开工", status_text="第四批开工代表性项目", note="民生项目"),
 ],
 aggregate_facts=[
  fact("淮南市", "region", "projects_started", 56, "count", C0, ASC, note="文中作“我市”；第四批开工动员项目"),
  fact("淮南市", "region", "projects_started_investment_cny", 5.938e10, "cny", C0, ASC, chk=True),
  fact("淮南市", "region", "planned_annual_investment_cny", 3.78e9, "cny", "年内完成投资37.8亿元", "2022年（计划）", kind="target", chk=True),
  fact("淮南市", "region", "projects_over_500m", 23, "count", "其中,5亿元以上项目23个,总投资530.1亿元", ASC, opt=True),
  fact("淮南市", "region", "manufacturing_projects_started", 34, "count", "制造业项目34个,总投资310.4亿元", ASC, opt=True),
  fact("淮南市", "region", "high_tech_projects_started", 11, "count", "高技术项目11个,总投资190.1亿元", ASC, opt=True),
  fact("淮南市", "region", "projects_mobilised", 146, "count", C1, "2022年前三批开工动员", kind="cumulative"),
  fact("淮南市", "region", "projects_mobilised_investment_cny", 6.369e10, "cny", C1, "2022年前三批开工动员", kind="cumulative", chk=True),
  fact("淮南市", "region", "projects_started", 137, "count", C2, "2022年9月（前三批）", kind="cumulative"),
  fact("淮南市", "region", "projects_start_rate", 0.951, "ratio", C2, "2022年9月（前三批）", kind="ratio"),
  fact("淮南市", "region", "projects_in_statistics", 112, "count", C2, "2022年9月（前三批）", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- pw04 安徽中德(濉溪)国际合作铝基产业园揭牌 (mczyw 2020)
ZD = "安徽中德(濉溪)国际合作铝基产业园"
SX = "濉溪经济开发区"
D0 = "这个项目由中铁二十局集团有限公司与安徽省濉溪经济开发区管委会共同投资建设,总投资38亿元人民币"
D1 = "濉溪经济开发区将按照“德国理念、德国标准、德国元素、德国技术”,规划2平方公里用于建设安徽中德(濉溪)国际合作铝基产业园"
G["pw04"] = dict(
 article=art("安徽中德(濉溪)国际合作铝基产业园揭牌", "mczyw.com（门窗幕墙网资讯，发布者“sxxjymy”；原发媒体与署名未注明）", "2020-07-10", "day",
  "Trade-portal relay of a news item, Anhui 皖北: a Sino-German aluminium industrial park inside a county development zone is inaugurated — co-developer, total investment, phase-1 contents, planned area; an industry conference the same day with national output figures",
  "https://mczyw.com/news/13/63456.html",
  "日期取页面“2020-07-10”“发表于: 2020年07月10日”。揭牌日文中只作“24日”；同日召开“2019中国铝板带箔产业创新与绿色发展技术研讨会”，并引2019年1月至10月出口数，推断揭牌在2019年11月24日前后，本页为后来的转载（note 记明，published 仍取页面日期）。标题照录；页内发布者行、“核心提示…”行与页尾站务已删。正文七段，完整。末段“中国铝板带箔产业部分技术世界”原文如此（缺字），照录。园区：安徽中德(濉溪)国际合作铝基产业园（淮北市濉溪县，安徽；规划2平方公里，由濉溪经济开发区规划建设→parent 濉溪经济开发区）；濉溪经济开发区（文中又作“安徽省濉溪经济开发区”）。项目：产业园本身作为项目，由中铁二十局集团有限公司与开发区管委会共同投资建设，总投资38亿元人民币；“揭牌”不是状态词表中的阶段，status null（status_text 记“揭牌”）。公司：中铁二十局集团有限公司（共同投资方，park 记产业园）。机构：濉溪经济开发区管委会、中国有色金属加工工业协会（可选）。全国铝板带箔产量与出口数字不是园区事实，不列。",
  "pw04"),
 parks=[
  park(ZD, "淮北", "安徽", "国际合作产业园（铝基）", "安徽中德(濉溪)国际合作铝基产业园24日揭牌", district="濉溪县", parent=SX, note="文中又作“该园区”“园区”；由濉溪经济开发区规划2平方公里建设"),
  park(SX, "淮北", "安徽", "经济开发区", D1, district="濉溪县", aliases=["安徽省濉溪经济开发区"]),
 ],
 companies=[
  comp("中铁二十局集团有限公司", ZD, D0, note="与开发区管委会共同投资建设产业园"),
 ],
 institutions=[
  inst("安徽省濉溪经济开发区管委会", D0, park=SX, note="共同投资方"),
  inst("中国有色金属加工工业协会", "中国有色金属加工工业协会副理事长兼秘书长章吉林介绍", kind="association"),
 ],
 projects=[
  proj(ZD, SX, D0, companies=["中铁二十局集团有限公司"], inv="总投资38亿元", status=None, status_text="揭牌",
       note="园区开发项目；金额原文“总投资38亿元人民币”；一期含孵化园、标准化厂房、智慧园区平台、智慧物流园区"),
 ],
 aggregate_facts=[
  fact(ZD, "park", "planned_area_km2", 2, "km2", D1, "揭牌时（2019年11月前后）"),
 ])

# ---------------------------------------------------------------- pw05 涡阳32个项目集中开工 (亳州晚报 / 亳州新闻网 2019)
WY = "涡阳经济开发区"
E0 = "5月5日上午,涡阳县举行重大项目集中开工仪式,32个项目集中开工,总投资达133.76亿元"
E1 = "其中绿色装配式建筑产业项目1个,含鸿路重钢、鸿路焊丝、鸿路油漆3个子项目,由鸿路集团投资建设,总投资15亿元"
E2 = "服装产业项目2个,分别是希努尔服装基地项目和361°服装基地项目"
E3 = "涡阳经济开发区在全省130个省级以上开发区综合考核评价中排名第9位"
AS5 = "2019年5月5日（集中开工）"
G["pw05"] = dict(
 article=art("涡阳32个项目集中开工", "亳州晚报 / 亳州新闻网（www.bozhou.cn；“亳州新闻网讯”，署名存段未示）", "2019-05", "month",
  "City evening paper's news site, Anhui 皖北: a county's joint groundbreaking of 32 projects — sums by category, a named steel-structure group's project with sub-projects, two named garment bases, the county development zone's provincial ranking",
  "http://www.bozhou.cn/p/201846.html",
  "存段无日期行。文中“5月5日上午…集中开工”，并以“2018年,涡阳县地区生产总值增长11%”“今年以来…一季度”叙述，推定为2019年5月5日；发布日不详，记 2019-05（month）。标题照录；版权声明段已删。存段末段“今年以来,涡阳延续了…省反馈的10项县域主要经”在句中中断，整段删去（make_txt.py ITEMS 截至上一段），正文截至“…排名第9位。”，共四段。园区：涡阳经济开发区（亳州市涡阳县，安徽），只见于考核排名；“光机电标准化厂房”不列园区。项目均为县内集中开工（开工），园区 null（文中未说项目在开发区）：绿色装配式建筑产业项目（鸿路集团，总投资15亿元，含鸿路重钢、鸿路焊丝、鸿路油漆三个子项目——子项目列可选）、希努尔服装基地项目、361°服装基地项目。事实：32个项目、133.76亿元；政府投资项目16个59.76亿元（分项可选）；产业类16个74亿元；涡阳经济开发区排名第9（可选）。",
  "pw05"),
 parks=[
  park(WY, "亳州", "安徽", "经济开发区", E3, district="涡阳县"),
 ],
 companies=[
  comp("鸿路集团", None, E1, note="绿色装配式建筑产业项目投资方；涡阳县"),
  comp("希努尔", None, E2, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("绿色装配式建筑产业项目", None, E1, companies=["鸿路集团"], inv="总投资15亿元", status="开工", status_text="集中开工", note="含鸿路重钢、鸿路焊丝、鸿路油漆3个子项目"),
  proj("鸿路重钢", None, E1, companies=["鸿路集团"], status="开工", status_text="集中开工", opt=True, note="子项目"),
  proj("鸿路焊丝", None, E1, companies=["鸿路集团"], status="开工", status_text="集中开工", opt=True, note="子项目"),
  proj("鸿路油漆", None, E1, companies=["鸿路集团"], status="开工", status_text="集中开工", opt=True, note="子项目"),
  proj("希努尔服装基地项目", None, E2, companies=["希努尔"], status="开工", status_text="集中开工"),
  proj("361°服装基地项目", None, E2, status="开工", status_text="集中开工"),
 ],
 aggregate_facts=[
  fact("涡阳县", "region", "projects_started", 32, "count", E0, AS5),
  fact("涡阳县", "region", "projects_started_investment_cny", 1.3376e10, "cny", E0, AS5, chk=True),
  fact("涡阳县", "region", "government_projects_started", 16, "count", "此次集中开工的项目包括16个政府投资大建设项目和16个产业类项目", AS5, opt=True),
  fact("涡阳县", "region", "government_projects_investment_cny", 5.976e9, "cny", "其中政府投资大建设项目总投资59.76亿元", AS5, chk=True, opt=True),
  fact("涡阳县", "region", "industrial_projects_started", 16, "count", "此次集中开工的项目包括16个政府投资大建设项目和16个产业类项目", AS5),
  fact("涡阳县", "region", "industrial_projects_investment_cny", 7.4e9, "cny", "产业类项目总投资达到74亿元", AS5, chk=True),
  fact(WY, "park", "provincial_evaluation_rank", 9, "rank", E3, "2018年（全省开发区综合考核）", opt=True),
 ])

# ---------------------------------------------------------------- pw06 怀远龙亢镇一批重点项目集中开工 (新华丝路 2023-06-27)
F0 = "当天集中开工建设的项目为龙亢循环科技产业园和电商创业中心、凯聚绿色建材科技产业园、姚湾乡村振兴村级合作共享产业园,总投资7.6亿元"
F1 = "1-5月全县工业投资增长64.9%,技改投资增长108%,位列全市第一"
F2 = "新签约亿元以上项目34个,协议总投资215.9亿元"
AS6 = "2023年1–5月"
G["pw06"] = dict(
 article=art("总投资7.6亿元 安徽怀远龙亢镇一批重点项目集中开工", "新华丝路（imsilkroad.com；王祥辉、彭龙龙，责任编辑 马祥平）", "2023-06-27", "day",
  "National news-service portal, Anhui 皖北: a town's groundbreaking of three park-type projects with their total, the county's five-month industrial-investment growth and signings",
  "https://www.imsilkroad.com/news/p/508762.html",
  "日期取页面“来源:新华丝路 … 2023-06-27 10:40:29”（开工在6月26日）。标题照录；站名行、来源行与页尾“相关推荐”已删（页尾相关推荐在 raw 中只录了第一条）。正文四段，完整；署名“(王祥辉  彭龙龙)”在正文末，保留。项目：龙亢循环科技产业园和电商创业中心（顿号分隔的第一项，按原文作一个项目；也可能是两个）、凯聚绿色建材科技产业园、姚湾乡村振兴村级合作共享产业园——集中开工建设→开工；三者均为“产业园”式项目，在龙亢镇（怀远县，蚌埠市），不另列园区，park null；合计“总投资7.6亿元”为事实，不分摊。公司：安徽省农垦集团龙亢农场有限公司、安徽力聚集团（出席企业，可选）。事实：怀远县1-5月工业投资增长64.9%、技改投资增长108%、新签约亿元以上项目34个、协议总投资215.9亿元（cumulative）。",
  "pw06"),
 parks=[],
 companies=[
  comp("安徽省农垦集团龙亢农场有限公司", None, "安徽省农垦集团龙亢农场有限公司党委书记、董事长张平", opt=True, note="出席开工仪式"),
  comp("安徽力聚集团", None, "安徽力聚集团董事长宋执寿等参加开工仪式", opt=True, note="出席开工仪式"),
 ],
 projects=[
  proj("龙亢循环科技产业园和电商创业中心", None, F0, status="开工", status_text="集中开工建设", note="龙亢镇；按原文作一个项目（也可读作两个）"),
  proj("凯聚绿色建材科技产业园", None, F0, status="开工", status_text="集中开工建设", note="龙亢镇"),
  proj("姚湾乡村振兴村级合作共享产业园", None, F0, status="开工", status_text="集中开工建设", note="龙亢镇"),
 ],
 aggregate_facts=[
  fact("龙亢镇", "region", "projects_started_investment_cny", 7.6e8, "cny", F0, "2023年6月26日（集中开工）", chk=True, note="三个项目合计"),
  fact("怀远县", "region", "industrial_investment_yoy_growth", 0.649, "ratio", F1, AS6, kind="ratio"),
  fact("怀远县", "region", "tech_renovation_investment_yoy_growth", 1.08, "ratio", F1, AS6, kind="ratio", opt=True),
  fact("怀远县", "region", "projects_signed", 34, "count", F2, AS6, kind="cumulative", note="亿元以上项目"),
  fact("怀远县", "region", "signed_investment_cny", 2.159e10, "cny", F2, AS6, kind="cumulative", chk=True),
 ])
