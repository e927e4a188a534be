# real414 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real52: evidence verbatim (all seven items simplified script as published); names as written in the text;
# 逾/超过/超/以上 → 超, 余/多 → 余, 约 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny / *_cny facts (first
# amount of the evidence; chk=True asserts it). Projects: the park the text places the project in; a park-development project
# (a developer building the park itself) is placed in the zone the text names around it, or in the park itself where no zone is
# named. Status from the text's words (开工建设 → 开工; 正在施工 / 正在建设 / 抓紧建设 → 在建; 竣工 / 竣工交付 → 竣工; 签约 → 签约;
# 宣布落子 → none). Developers and operators are companies (kind enterprise, role in the note), placed in the park they build.
# “预计”/“将” figures are kind target; “累计” / “目前已” counts are cumulative. Sources: `search` (corpus pages) excerpts typed
# into _raw/pages/mwNN.raw as returned.

# ---------------------------------------------------------------- mw01 书院都市工业园区 龙湖集团 (文汇报 2018)
SY = "书院都市工业园区"
A0 = "由龙湖集团在书院都市工业园区落子,打造成为第四代生态智能型园区"
A1 = "该项目规划总用地面积约112亩,规划建筑面积11.3万平米"
A2 = "临港浦东公司与龙湖集团昨天还签订战略合作框架协议"
A3 = "书院镇昨天还迎来了四个民生建设项目集中开工,即书院社区体育公园及配套设施工程、黄华港河道整治及景观绿化工程(二期)等,总投资约2.2亿元,大部分项目将于明年年底完工"
AS1 = "2018-12-07"
G["mw01"] = dict(
 article=art("（无标题）龙湖集团在书院都市工业园区落子第四代生态智能型园区", "文汇报（whb.cn 文汇网“城事”栏；存段无署名）", "2018-12-08", "day",
  "City daily's web edition, Shanghai: a property developer announces a fourth-generation industrial park in a town's urban-industry park on the 张江–临港 corridor, with site and floor area and target industries; the developer signs a framework agreement with the zone developer's local company; four town projects start",
  "https://whb.cn/zhuzhan/cs/20181208/229142.html",
  "日期取网址 20181208；文中“昨天”即 2018-12-07（as_of）。存段无标题、无日期行（title 为编者概括）。存段末句“这是书院镇实施乡村振兴战略…对补齐书院镇民生短板,完善公共配套”在句中中断，该句已删（make_txt.py LINE_SUFFIX），正文截至“…大部分项目将于明年年底完工。”，共五段。园区：书院都市工业园区（上海浦东新区书院镇）。“第四代生态智能型园区”是龙湖集团在该园区内落子的新园区项目，文中无专名，记作项目（状态“宣布落子”不归入签约/开工，status null），用地约112亩、建筑面积11.3万平米。张江、临港、“南北科技创新走廊”为区域/走廊，不列园区。公司：龙湖集团（开发运营方）；临港浦东公司（与龙湖签战略合作框架协议，可选）。特斯拉供应商、库卡服务商未具名，不列。书院镇四个民生项目集中开工（两项具名，开工，园区 null），总投资约2.2亿元记书院镇（region）。",
  "mw01"),
 parks=[
  park(SY, "上海", "上海", "都市工业园区", A0, district="浦东新区", note="书院镇；临港周边"),
 ],
 companies=[
  comp("龙湖集团", SY, A0, note="园区开发运营方；在书院都市工业园区打造第四代生态智能型园区"),
  comp("临港浦东公司", None, A2, opt=True, note="临港方面的浦东公司，与龙湖集团签战略合作框架协议"),
 ],
 projects=[
  proj("第四代生态智能型园区", SY, A0, companies=["龙湖集团"], status=None, status_text="宣布落子",
       note="文中无专名；规划用地约112亩、建筑面积11.3万平米；将引进新能源汽车零部件、智能机器人、新一代信息技术企业"),
  proj("书院社区体育公园及配套设施工程", None, A3, status="开工", status_text="集中开工", note="书院镇民生项目（镇，非园区）"),
  proj("黄华港河道整治及景观绿化工程(二期)", None, A3, phase="二期", status="开工", status_text="集中开工", note="书院镇民生项目（镇，非园区）"),
 ],
 aggregate_facts=[
  fact("第四代生态智能型园区", "project", "site_area_mu", 112, "mu", A1, AS1, qual="约", qtext="约", opt=True),
  fact("第四代生态智能型园区", "project", "floor_area_m2", 113000, "m2", A1, AS1, opt=True),
  fact("书院镇", "region", "projects_started", 4, "count", A3, AS1, note="民生建设项目"),
  fact("书院镇", "region", "projects_started_investment_cny", 2.2e8, "cny", A3, AS1, qual="约", qtext="约", chk=True),
 ])

# ---------------------------------------------------------------- mw02 银川中关村 两周年 (微商网 relay 2019)
YC = "银川中关村创新创业科技园"
YCC = "银川中关村创新中心"
B0 = "深入银川中关村创新创业科技园(以下简称双创园),对园区运营两周年成果及建设发展情况进行了考察交流"
B1 = "银川中关村创新中心累计签约各类创新型企业225家,主营业务收入超过12亿元,比去年增长了10亿元;实现就业1600人,比去年增长2倍"
B2 = "观摩团先后来到银川中关村协同创新展示中心、雨林空间路演厅、银川市互联网+党群活动服务中心以及新银海镁业、翼展互联网医学影像诊断中心等入驻企业"
B3 = "对银川葡萄酒产业技术研究院等双创园基地建设项目进行了实地考察"
B4 = "北京中关村信息谷资产管理有限公司总经理石七林说道"
AS2 = "2019-12-23（运营两周年）"
G["mw02"] = dict(
 article=art("北京中关村观摩银川中关村运营两周年成果", "微商网（minshangjie.cn 转载，“编辑:佚名 来源:微商网”；原标题如题）", "2019-12-23", "day",
  "Business site relaying a local item, Ningxia: the Beijing 中关村 bodies and the park operator inspect an inland 中关村 innovation park after two years of operation — firms signed, revenue, jobs, the park's base projects, the operator's plans",
  "http://www.minshangjie.cn/jinrong/2019-12-23/56501.html",
  "日期取网址 2019-12-23 与文中“12月23日”。页面标题行作“原标题:北京中关村观摩银川中关村运营两周年成果”，标签“原标题:”已删（make_txt.py HEAD_PREFIX），“编辑:佚名 来源:微商网”行已删。正文四段，完整。园区：银川中关村创新创业科技园（简称“双创园”，又作“银川中关村双创园”；银川，宁夏）；银川中关村创新中心为其中的载体（parent 双创园），“双创园产业基地”不单列。运营方北京中关村信息谷资产管理有限公司（文中又作“信息谷资产管理公司”）与中关村发展集团列公司；北京中关村管委会列机构。入驻企业：新银海镁业、翼展互联网医学影像诊断中心（在创新中心）。银川葡萄酒产业技术研究院为“双创园基地建设项目”之一，列可选项目（园区双创园，无状态）与机构。事实记于银川中关村创新中心：累计签约企业225家（cumulative）、主营业务收入超过12亿元、比去年增加10亿元、就业1600人、就业比去年增长2倍（ratio 2.0）。",
  "mw02"),
 parks=[
  park(YC, "银川", "宁夏", "科技园（创新创业）", B0, aliases=["双创园", "银川中关村双创园"], note="文中简称“双创园”"),
  park(YCC, "银川", "宁夏", "创新中心（园中园）", B1, parent=YC, note="双创园的创新中心载体；入驻企业在此"),
 ],
 companies=[
  comp("北京中关村信息谷资产管理有限公司", YC, B4, aliases=["信息谷资产管理公司"], note="园区运营方（文意：园区运营两周年）；总经理石七林"),
  comp("中关村发展集团", None, "北京中关村管委会、中关村发展集团、信息谷资产管理公司组成观摩考察团", opt=True, note="观摩团成员"),
  comp("新银海镁业", YCC, B2, note="入驻企业"),
  comp("翼展互联网医学影像诊断中心", YCC, B2, note="入驻企业"),
 ],
 institutions=[
  inst("北京中关村管委会", "北京中关村管委会、中关村发展集团、信息谷资产管理公司组成观摩考察团", note="观摩团成员"),
  inst("银川葡萄酒产业技术研究院", B3, kind="research", park=YC, note="双创园基地建设项目"),
 ],
 projects=[
  proj("银川葡萄酒产业技术研究院", YC, B3, opt=True, note="“双创园基地建设项目”之一；状态未说"),
 ],
 aggregate_facts=[
  fact(YCC, "park", "firms_signed", 225, "count", B1, AS2, kind="cumulative", note="累计签约各类创新型企业"),
  fact(YCC, "park", "revenue_cny", 1.2e9, "cny", "主营业务收入超过12亿元,比去年增长了10亿元", "2019年", qual="超", qtext="超过", chk=True),
  fact(YCC, "park", "revenue_increase_cny", 1e9, "cny", "比去年增长了10亿元", "2019年", opt=True, chk=True),
  fact(YCC, "park", "employment", 1600, "persons", B1, AS2),
  fact(YCC, "park", "employment_yoy_growth", 2.0, "ratio", "实现就业1600人,比去年增长2倍", "2019年", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- mw03 联东U谷·成眉合作数字经济产业园 (fensifuwu copy, 2022)
CM = "联东U谷·成眉合作数字经济产业园"
MS = "眉山天府新区"
C0 = "联东U谷·成眉合作数字经济产业园项目由北京联东投资(集团)有限公司携手眉山天府新区投资集团有限公司合资共建,投资金额约12亿元,总建设周期30个月"
C1 = "整个项目将引进50家以上科技成长型企业,其中规上企业不少于10家"
C2 = "全部建成达产后,预计年产值25亿元,年纳税不低于20万元/亩,吸纳产业人才2000余人"
C3 = "“目前在谈的企业有48家,已签约1家电子企业。”"
C4 = "目前项目整体已完成50%,正在进行主体结构施工"
AS3 = "2022年7月（推定）"
G["mw03"] = dict(
 article=art("快马加鞭建设忙 打造数字经济产业生态圈", "fensifuwu.com（内容聚合站转载；原发媒体与署名未注明）", "2022-07", "month",
  "Aggregator copy of a local news item, Sichuan: a national park developer's joint-venture digital-economy park under construction in a new area — investment, progress, target firms, expected output, firms in talks and signed",
  "https://fensifuwu.com/emotion/me/2091802.html",
  "存段无日期行。日期推定：文中“7月12日”现场采访，一期“计划于2023年6月正式交付”、“项目3月底进场开工建设”，总建设周期30个月，故记 2022-07（month，推定）。图片说明“数字经济产业园建设进展顺利。”已删。存段末句“陈燚介绍,很多企业愿意入驻产业园,不仅是看中产”在句中中断，已删（make_txt.py LINE_SUFFIX），正文截至“…已签约1家电子企业。””，共九段。园区：联东U谷·成眉合作数字经济产业园（眉山，四川；位于眉山天府新区，parent 记眉山天府新区——新区列可选园区）。项目：同名项目，北京联东投资(集团)有限公司与眉山天府新区投资集团有限公司合资共建，投资金额约12亿元（约），在建（3月底进场开工，正在主体结构施工，整体完成50%）。事实：引进企业50家以上（target，超）、规上企业不少于10家（可选）、预计年产值25亿元（target）、产业人才2000余人（可选）、在谈企业48家、已签约1家、整体完成50%（可选）、一期建筑面积约7.4万平方米（可选）。",
  "mw03"),
 parks=[
  park(CM, "眉山", "四川", "产业园区（数字经济）", "眉山天府新区联东U谷·成眉合作数字经济产业园项目建设如火如荼", district=MS, parent=MS,
       note="文中又作“产业园”；联东U谷品牌园区"),
  park(MS, "眉山", "四川", "新区", "在眉山天府新区环天府新区快速通道与清水路交汇处", opt=True, note="天府新区眉山片区"),
 ],
 companies=[
  comp("北京联东投资(集团)有限公司", CM, C0, note="园区开发运营方（联东U谷）"),
  comp("眉山天府新区投资集团有限公司", CM, C0, note="合资共建方（地方平台公司）"),
 ],
 projects=[
  proj("联东U谷·成眉合作数字经济产业园项目", MS, C0, companies=["北京联东投资(集团)有限公司", "眉山天府新区投资集团有限公司"],
       inv="投资金额约12亿元", qual="约", qual_text="约", status="在建", status_text="正在进行主体结构施工",
       note="园区开发项目；3月底进场开工；一期计划2023年6月交付"),
 ],
 aggregate_facts=[
  fact(CM, "park", "target_firms", 50, "count", C1, "全部建成后", kind="target", qual="超", qtext="以上"),
  fact(CM, "park", "target_above_scale_firms", 10, "count", C1, "全部建成后", kind="target", opt=True, note="不少于10家"),
  fact(CM, "park", "expected_annual_output_cny", 2.5e9, "cny", C2, "全部建成达产后（预计）", kind="target", chk=True),
  fact(CM, "park", "target_talent", 2000, "persons", C2, "全部建成达产后（预计）", kind="target", qual="余", qtext="余", opt=True),
  fact(CM, "park", "firms_in_talks", 48, "count", C3, AS3),
  fact(CM, "park", "firms_signed", 1, "count", C3, AS3, kind="cumulative"),
  fact("联东U谷·成眉合作数字经济产业园项目", "project", "construction_progress", 0.5, "ratio", C4, AS3, kind="ratio", opt=True),
  fact("联东U谷·成眉合作数字经济产业园项目", "project", "phase1_floor_area_m2", 74000, "m2", "总建筑面积约7.4万平方米,计划于2023年6月正式交付", AS3, qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- mw04 临港黄桥智汇园 (design001 copy, 2022)
HQ = "临港黄桥智汇园"
D0 = "紧锣密鼓建设的临港黄桥智汇园于今年2月竣工"
D1 = "“首期投资1.4亿元,开发用地约68亩,包含13栋厂房,其中12栋为四至五层的研发生产总部楼。”"
D2 = "黄桥项目临港智汇园是临港集团联合公司与泖港镇联手打造的产业园区"
D3 = "临港集团已先后在松江的新桥、九亭、中山、佘山、洞泾、泖港6个街镇,与地方政府和集体资产合作开发园区"
AS4 = "2022年（推定）"
G["mw04"] = dict(
 article=art("品牌联动引凤来产业发展育新机", "design001.cn（资讯栏转载；原发媒体与署名未注明）", "2022", "year",
  "Aggregator copy of a Shanghai news item: a state park developer's village-collective park in a suburban town completed and about to open — first-phase investment and land, buildings, planned extension and floor area, industries, the developer's parks in six towns",
  "http://design001.cn/xinwen/83362.html",
  "存段无日期行。年份推定：“从2020年拿地,到2021年启动建设…于今年2月竣工”，园区“计划于年中开园”，故记 2022（year，推定）。标题照录；副题一行与小标题“打造“1+2”产业体系”保留为段。存段末句“朱峰介绍,临港也将联合其在松江的产业基础…等方面发挥品牌”在句中中断，已删（make_txt.py LINE_SUFFIX），正文截至“…展示服务等功能。””，共六段。园区：临港黄桥智汇园（文中又作“黄桥项目临港智汇园”；上海松江区泖港镇）。公司：临港集团（开发方；“临港集团联合公司与泖港镇联手打造”——“联合公司”是否为专名不明，只列临港集团）。机构：泖港镇（可选）。项目：园区首期，首期投资1.4亿元，竣工（今年2月），园区记其自身（无上级园区）。事实：首期开发用地约68亩、厂房13栋、未来延伸300亩、总建筑面积将达9.4万平方米（target）、临港集团在松江6个街镇合作开发园区（可选）。",
  "mw04"),
 parks=[
  park(HQ, "上海", "上海", "产业园区", D0, district="松江区", aliases=["黄桥项目临港智汇园"], note="泖港镇；计划年中开园"),
 ],
 companies=[
  comp("临港集团", HQ, D2, note="园区开发运营方；与泖港镇联手打造"),
 ],
 institutions=[
  inst("泖港镇", D2, note="合作开发方（镇）"),
 ],
 projects=[
  proj("临港黄桥智汇园", HQ, "“首期投资1.4亿元,开发用地约68亩,包含13栋厂房", companies=["临港集团"], inv="首期投资1.4亿元", phase="首期",
       status="竣工", status_text="于今年2月竣工", note="园区开发项目（首期）；竣工见“紧锣密鼓建设的临港黄桥智汇园于今年2月竣工”"),
 ],
 aggregate_facts=[
  fact(HQ, "park", "phase1_site_area_mu", 68, "mu", D1, AS4, qual="约", qtext="约"),
  fact(HQ, "park", "buildings", 13, "count", D1, AS4, opt=True),
  fact(HQ, "park", "planned_extension_mu", 300, "mu", "未来将延伸至地块东面的300亩,总建筑面积将达到9.4万平方米", "未来", kind="target", opt=True),
  fact(HQ, "park", "planned_floor_area_m2", 94000, "m2", "未来将延伸至地块东面的300亩,总建筑面积将达到9.4万平方米", "未来", kind="target", opt=True),
  fact("临港集团", "company", "towns_with_parks_songjiang", 6, "count", D3, AS4, kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- mw05 漳浦万洋众创城 (漳浦新闻网 2023)
ZP = "漳浦万洋众创城"
E0 = "漳浦万洋众创城总规划用地817亩,总投资约50亿元"
E1 = "一期用地378亩,投资额约23亿元"
E2 = "项目建成达产后预计可新增产值11亿元,新增纳税5600万元,新增就业岗位20000个"
AS5 = "2023年（推定，约11月）"
G["mw05"] = dict(
 article=art("（无标题）漳浦万洋众创城施工现场赶进度", "漳浦新闻网（zpxww.cn，“本网讯”；陈雅婕 李顺杰）", "2023", "year",
  "County news site, Fujian: a private developer's SME manufacturing park under construction — first-batch buildings' schedule, total and first-phase land and investment, floor areas, buildings, expected output, tax and jobs",
  "https://www.zpxww.cn/news_show.aspx?id=63779",
  "存段无标题、无日期行（title 为编者概括）。年份推定：一期一批次“将于11月底完成砌体工程…争取2024年1月完成…外架拆除”，故记 2023（year，推定；约在2023年10–11月）。正文三段，完整。园区：漳浦万洋众创城（漳州市漳浦县，福建；万洋众创城系列园区，本文未写开发企业名）。项目：同名园区开发项目，总投资约50亿元，在建；一期（378亩，约23亿元）列可选分期项目。“厂房76栋包含四层厂房72栋、火车头定制厂房4栋)”括号不配对，原文如此。事实：总规划用地817亩、一期378亩、拟建82栋、预计新增产值11亿元 / 纳税5600万元 / 就业20000个（target）。",
  "mw05"),
 parks=[
  park(ZP, "漳州", "福建", "产业园（万洋众创城）", E0, district="漳浦县"),
 ],
 companies=[],
 projects=[
  proj("漳浦万洋众创城", ZP, E0, inv="总投资约50亿元", qual="约", qual_text="约", status="在建", status_text="开足马力抓建设",
       note="园区开发项目；开发企业本文未名"),
  proj("漳浦万洋众创城一期", ZP, E1, inv="投资额约23亿元", qual="约", qual_text="约", phase="一期", status="在建", opt=True,
       note="一期一批次在建"),
 ],
 aggregate_facts=[
  fact(ZP, "park", "planned_site_area_mu", 817, "mu", E0, AS5),
  fact(ZP, "park", "phase1_site_area_mu", 378, "mu", E1, AS5, opt=True),
  fact(ZP, "park", "planned_buildings", 82, "count", "项目拟建设82栋建筑", AS5, kind="target", opt=True),
  fact(ZP, "park", "expected_output_cny", 1.1e9, "cny", E2, "建成达产后（预计）", kind="target", chk=True),
  fact(ZP, "park", "expected_tax_cny", 5.6e7, "cny", "新增纳税5600万元", "建成达产后（预计）", kind="target", chk=True),
  fact(ZP, "park", "expected_jobs", 20000, "persons", E2, "建成达产后（预计）", kind="target", opt=True),
 ])

# ---------------------------------------------------------------- mw06 西安万洋众创城 开工 (cnrepark relay, 2024)
XA = "西安万洋众创城"
QH = "秦汉新城"
XX = "西咸新区"
SK = "西安万洋数字装备制造基地"
F0 = "8月9日上午,总投资50亿元的西安万洋众创城项目在西咸新区秦汉新城开工建设"
F1 = "西安万洋众创城项目位于秦汉新城塬北片区,总占地面积1000亩,总投资50亿元,其中一期占地630亩,首开区西安万洋数字装备制造基地占地约254亩,建筑面积约23万平方米,由中国民营企业500强万洋集团投资建设"
F2 = "目前,已在全国30多个重点城市建设170多座万洋众创城,开发园区8000余万平方米,入驻企业超1.8万家"
F3 = "项目整体建成后,预计将引进企业500余家、提供就业岗位2万余个"
AS6 = "2024-08-09（推定）"
G["mw06"] = dict(
 article=art("（无标题）总投资50亿元的西安万洋众创城项目在西咸新区秦汉新城开工建设", "cnrepark.com（转载；原发媒体与署名未注明）", "2024-08", "month",
  "Industrial-park portal relaying a local item, Shaanxi: a private developer's SME manufacturing park starts in a new city of a national new area — total and phase areas, investment, first-start base, industries, the developer's national footprint, target firms and jobs",
  "https://cnrepark.com/news/detail/250257.html",
  "存段无标题、无日期行（title 为编者概括）。日期推定：开工日“8月9日”；同次检索所见西北信息报后续报道（无网址，未收）称首开区“去年8月开工”、“2026年交付使用”，并称“今年6月全部完成主体结构封顶”，故开工年记 2024（month，推定）。存段末段在“西咸新区·秦汉自动驾”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…加快以园聚链、以链集群。”，共六段。园区：西咸新区（国家级新区，可选）、秦汉新城（西咸新区内）、西安万洋众创城（秦汉新城塬北片区，parent 秦汉新城）、西安万洋数字装备制造基地（首开区，parent 西安万洋众创城）。公司：万洋集团（开发运营方）。项目：西安万洋众创城项目，总投资50亿元，开工，园区记秦汉新城。事实：总占地1000亩、一期630亩、首开区约254亩 / 约23万平方米；万洋集团全国170多座、30多个城市、8000余万平方米、入驻企业超1.8万家（公司事实，可选）；预计引进企业500余家、就业2万余个（target）。",
  "mw06"),
 parks=[
  park(XX, "西安", "陕西", "国家级新区", F0, opt=True, note="文中“西咸新区秦汉新城”；又作“新区”"),
  park(QH, "西安", "陕西", "新城（新区组团）", F1, parent=XX, aliases=["西咸新区秦汉新城"], note="文中又作“新城”"),
  park(XA, "西安", "陕西", "产业园（万洋众创城）", F1, parent=QH, note="位于秦汉新城塬北片区"),
  park(SK, "西安", "陕西", "制造基地（首开区）", F1, parent=XA, note="首开区"),
 ],
 companies=[
  comp("万洋集团", XA, F1, note="园区开发运营方；中国民营企业500强"),
 ],
 projects=[
  proj("西安万洋众创城项目", QH, F0, companies=["万洋集团"], inv="总投资50亿元", status="开工", status_text="开工建设",
       note="园区开发项目；首开区为西安万洋数字装备制造基地"),
 ],
 aggregate_facts=[
  fact(XA, "park", "site_area_mu", 1000, "mu", F1, AS6),
  fact(XA, "park", "phase1_site_area_mu", 630, "mu", F1, AS6, opt=True),
  fact(SK, "park", "site_area_mu", 254, "mu", "首开区西安万洋数字装备制造基地占地约254亩,建筑面积约23万平方米", AS6, qual="约", qtext="约", opt=True),
  fact(XA, "park", "target_firms", 500, "count", F3, "整体建成后（预计）", kind="target", qual="余", qtext="余"),
  fact(XA, "park", "target_jobs", 20000, "persons", F3, "整体建成后（预计）", kind="target", qual="余", qtext="余", opt=True),
  fact("万洋集团", "company", "parks_built", 170, "count", F2, AS6, kind="cumulative", qual="余", qtext="多", opt=True),
  fact("万洋集团", "company", "firms_in_parks", 18000, "count", F2, AS6, kind="cumulative", qual="超", qtext="超", opt=True),
 ])

# ---------------------------------------------------------------- mw07 青岛(胶州)万洋众创城 (网易, 2024)
JZ = "青岛(胶州)万洋众创城"
G0 = "目前项目A区已全部竣工交付,B区建设也正在加速推进"
G1 = "眼下,万洋众创城项目A区已有14家企业陆续竣工投产,而项目B区的一期工程尚未完全竣工,二期工程就已完成招商,即将启动建设"
G2 = "二期现在招商基本上已完成,是23家(企业)"
G3 = "预计将引进各类科技创新型企业超200家,年产值达80亿元以上"
AS7 = "2024年（推定）"
G["mw07"] = dict(
 article=art("（无标题）青岛(胶州)万洋众创城A区竣工交付 B区加速建设", "网易新闻（c.m.163.com；原发媒体与署名存段未示）", "2024", "year",
  "News portal item, Shandong: a private developer's SME manufacturing park in a county-level city — zone A completed with firms in production, zone B phase 1 under construction and phase 2 fully let, the operator's build-to-order model, target firms and output",
  "https://c.m.163.com/news/a/JBVADLL005566UAG.html",
  "存段无标题、无日期行（title 为编者概括）。年份推定：B地块一期“预计在2025年的3月全部施工完成达到交付”、二期“预计在年底前将启动施工建设”，故记 2024（year，推定）。“打开网易新闻 查看更多图片”已删。存段末句“借助胶州市完善的政策服务…建设成为集生产制造、技术研发、仓储物流、生产生活”在句中中断，已删（make_txt.py LINE_SUFFIX），正文截至“…年产值达80亿元以上。”，共六段。园区：青岛(胶州)万洋众创城（文中又作“万洋众创城”；青岛胶州市，山东；“立足上合国际城建设”——上合国际城为城市片区，不作上级园区）。公司：无具名企业；“万洋”只在引语中（运营方品牌），不列。项目：A区（竣工交付→竣工）、B区一期（在建，2025年3月交付）、B区二期（招商完成，即将启动→planned），园区记众创城自身。事实：A区21栋楼宇竣工交付（可选）、A区14家企业竣工投产、B区二期签约23家、预计引进企业超200家、年产值80亿元以上（target，超）。",
  "mw07"),
 parks=[
  park(JZ, "青岛", "山东", "产业园（万洋众创城）", "青岛(胶州)万洋众创城项目立足上合国际城建设,聚力打造具备“一站式”服务功能的工业园区", district="胶州市",
       aliases=["万洋众创城"], note="文中又作“万洋众创城”“园区”"),
 ],
 companies=[],
 projects=[
  proj("青岛(胶州)万洋众创城项目A区", JZ, G0, phase="A区", status="竣工", status_text="已全部竣工交付", aliases=["项目A区"],
       note="A区21栋楼宇；14家企业陆续竣工投产"),
  proj("青岛(胶州)万洋众创城项目B区一期", JZ, G1, phase="B区一期", status="在建", status_text="尚未完全竣工",
       note="预计2025年3月交付"),
  proj("青岛(胶州)万洋众创城项目B区二期", JZ, G1, phase="B区二期", status="planned", status_text="已完成招商,即将启动建设", opt=True,
       note="招商23家，预计年底前启动施工"),
 ],
 aggregate_facts=[
  fact(JZ, "park", "zone_a_buildings_completed", 21, "count", "位于湘江路以北的A区21栋楼宇已全部竣工交付", AS7, opt=True),
  fact(JZ, "park", "firms_in_production", 14, "count", G1, AS7, kind="cumulative", note="A区"),
  fact(JZ, "park", "firms_signed", 23, "count", G2, AS7, note="B区二期招商"),
  fact(JZ, "park", "target_firms", 200, "count", G3, "全部建成后（预计）", kind="target", qual="超", qtext="超"),
  fact(JZ, "park", "expected_annual_output_cny", 8e9, "cny", G3, "全部建成后（预计）", kind="target", qual="超", qtext="以上", chk=True),
 ])
