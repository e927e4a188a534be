# real137 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all eight items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in investment_value / *_usd facts. Growth rates
# and shares as ratios. Projects: the park is the one the text places the project in, null if none (a county-level city is
# not a park). Status from the text's words (开工 / 集中开工 / 落地开工 → 开工; 签约 / 集中签约 → 签约; 火热建设中 → 在建;
# 落地 alone → no status). Year-to-date counts (“今年以来”, “1-10月”, “累计”) are cumulative. Sources are `search` (corpus
# pages) excerpts typed into _raw/pages/wdNN.raw as returned.

# ---------------------------------------------------------------- wd01 钱塘32个项目集中签约开工投产投用 (钱塘新区报 2024)
QT = "钱塘(新)区"
A0 = "11月5日,钱塘(新)区高质量项目建设推进大会召开,32个项目集中签约、开工、投产、投用,总投资额达355亿元"
A1 = "1-10月,钱塘累计签约亿元以上项目82个,5亿美元的优科豪马项目成为近十年来杭州引进的单体规模最大的外商独资制造业项目"
A2 = "此次大会集中签约的10个项目,总投资近100亿元,涵盖了汽车、新能源、生物医药等重点产业领域"
A3 = "锦泰车联汽车产业项目计划建设新能源汽车零部件研发、制造、展示、外贸、销售为一体的多功能汽车产业园区,项目总投资10亿元"
A4 = "保碧新能源总部项目计划在钱塘落地,作为全球新能源贸易中心、外资新能源投资中心、新能源数字化和碳交易中心"
A5 = "累计储备项目122个、涉及投资300多亿元,其中75个已经落地"
G["wd01"] = dict(
 article=art("冲刺“全年胜” 钱塘32个项目集中签约开工投产投用", "钱塘新区报（信息来源），载于杭州市钱塘区人民政府网站 www.qiantang.gov.cn", "2024-11-08", "day",
  "District newspaper item on the district government site, Zhejiang: a provincial new area's project-promotion rally — 32 projects signed / started / in production / in use with their total, year-to-date signings with a foreign-funded flagship, two named signed projects, the stock-enterprise expansion programme",
  "https://www.qiantang.gov.cn/art/2024/11/8/art_1657686_58970596.html",
  "日期取页面“发布日期:2024-11-08 10:06 信息来源:钱塘新区报”（大会在11月5日）。标题照录；发布日期行已删。存段末行“恒业智驱智能制造基地项目就是钱”在句中中断，整行删去，正文截至“…其中75个已经落地。”，小标题“355亿元 32个项目 讲好高质量发展“硬道理””保留为一段。园区：钱塘(新)区（杭州钱塘新区，2021年与钱塘区合署；文中又作“钱塘”，标题同），kind 新区（省级新区）。项目：锦泰车联汽车产业项目（本次集中签约的10个项目之一→签约，总投资10亿元）；保碧新能源总部项目（同批签约，无投资额；“数百亿元人民币”是供应链采购规模，不作投资额）；优科豪马项目（1-10月累计签约中的项目→签约，5亿美元，investment_value/currency）。“恒业智驱智能制造基地项目”只在被删的残句中，不计。事实：32个项目/355亿元（本次大会）；1-10月签约亿元以上项目82个（cumulative）；本次签约10个、近100亿元（约）；存量储备项目122个、落地75个（2024年累计，可选）；“300多亿元”（数字与“亿元”间有“多”，不作金额事实）。",
  "wd01"),
 parks=[
  park(QT, "杭州", "浙江", "新区", A0, district="钱塘区", aliases=["钱塘"], note="杭州钱塘新区（省级新区，与钱塘区合署）；文中多作“钱塘”"),
 ],
 companies=[
  comp("优科豪马", QT, A1, opt=True, note="只在项目名中；外商独资"),
  comp("锦泰车联", QT, A3, opt=True, note="只在项目名中"),
  comp("保碧新能源", QT, A4, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("锦泰车联汽车产业项目", QT, A3, companies=["锦泰车联"], inv="项目总投资10亿元", status="签约", status_text="集中签约",
       note="本次大会集中签约的10个项目之一（“比如”）；拟建多功能汽车产业园区"),
  proj("保碧新能源总部项目", QT, A4, companies=["保碧新能源"], status="签约", status_text="集中签约",
       note="同批签约；“数百亿元人民币”为供应链采购规模，不作投资额"),
  proj("优科豪马项目", QT, A1, companies=["优科豪马"], inv="5亿美元", currency="usd", value=5e8, status="签约", status_text="累计签约",
       note="1-10月签约项目；单体规模最大的外商独资制造业项目"),
 ],
 aggregate_facts=[
  fact(QT, "park", "projects_in_batch", 32, "count", A0, "2024-11-05（推进大会）", note="集中签约、开工、投产、投用合计"),
  fact(QT, "park", "batch_investment_cny", 3.55e10, "cny", "32个项目集中签约、开工、投产、投用,总投资额达355亿元", "2024-11-05（推进大会）", chk=True),
  fact(QT, "park", "projects_signed", 82, "count", A1, "2024年1–10月", kind="cumulative", note="亿元以上项目"),
  fact(QT, "park", "projects_signed", 10, "count", A2, "2024-11-05（推进大会）"),
  fact(QT, "park", "signed_investment_cny", 1e10, "cny", A2, "2024-11-05（推进大会）", qual="约", qtext="近", chk=True),
  fact(QT, "park", "stock_expansion_projects_reserved", 122, "count", A5, "2024年（截至报道）", kind="cumulative", opt=True),
  fact(QT, "park", "stock_expansion_projects_landed", 75, "count", A5, "2024年（截至报道）", kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- wd02 产业立区守初心 (钱塘新区报 2022-12-07, e-paper)
QT2 = "钱塘"
LJ = "临江高科园"
B0 = "进博会上牵手世界500强企业之一的拜耳集团,恒致智能制造项目、杭煜小分子创新药物研发总部项目等纷纷落地开工,火热建设中的远大生物医药产业项目预计将于2023年完成"
B1 = "今年以来,临江高科园多条赛道发力,共计签约落地5个10亿元以上项目"
B2 = "今年以来,钱塘累计签约亿元以上项目166个,10亿元以上项目28个,20亿元以上项目14个,计划总投资超985亿元"
B3 = "以今年落地的杭州国际数贸港项目为例,该项目总投资20亿元"
ASB = "2022年（截至12月初）"
G["wd02"] = dict(
 article=art("产业立区守初心 钱塘跑出引强招优加速度", "钱塘新区报（第04版 要闻；记者 董笑瑜，通讯员 俞佳君、洪江生），电子版 qtxqb.qtxqnews.cn", "2022-12-07", "day",
  "District newspaper e-paper feature (new column “冲刺四季度 实现全年红”), Zhejiang: a new area's year-to-date investment attraction — a sub-park's signings with named projects started and under construction, the area's signing counts by size and planned total, a named cross-border e-commerce project",
  "http://qtxqb.qtxqnews.cn/html/2022-12/07/content_113287_15582576.htm",
  "日期取电子版“2022年12月07日 星期三 出版”。标题照录；版面导航删去；开栏语与记者署名行保留为段。存段末句“今年8月,总投资20.7亿元的幄肯新材料”在句中中断，已删（make_txt.py LINE_SUFFIX），正文截至“…实现延链、补链、强链、稳链。”。园区：钱塘（杭州钱塘新区／钱塘区，文中只作“钱塘”“全区”，按文字取名；kind 新区）；临江高科园（钱塘的产业平台，parent 钱塘）。项目：恒致智能制造项目、杭煜小分子创新药物研发总部项目（“纷纷落地开工”→开工）、远大生物医药产业项目（“火热建设中”→在建，预计2023年完成），三者按首段语境归临江高科园（推断）；杭州国际数贸港项目（“今年落地”，总投资20亿元，无状态词，园区为钱塘）。被删残句中的幄肯新材料不计。拜耳集团只是进博会上“牵手”的对象，列为可选公司。事实：临江高科园签约落地5个10亿元以上项目；钱塘签约亿元以上项目166个、10亿元以上28个、20亿元以上14个、计划总投资超985亿元（cumulative）。",
  "wd02"),
 parks=[
  park(QT2, "杭州", "浙江", "新区", B2, district="钱塘区", note="杭州钱塘新区／钱塘区；文中只作“钱塘”“全区”"),
  park(LJ, "杭州", "浙江", "产业平台（高科园）", B1, district="钱塘区", parent=QT2),
 ],
 companies=[
  comp("拜耳集团", LJ, B0, opt=True, note="进博会上“牵手”；是否落户未明说"),
 ],
 projects=[
  proj("恒致智能制造项目", LJ, B0, status="开工", status_text="纷纷落地开工", note="园区按首段语境推定为临江高科园"),
  proj("杭煜小分子创新药物研发总部项目", LJ, B0, status="开工", status_text="纷纷落地开工", note="同上"),
  proj("远大生物医药产业项目", LJ, B0, status="在建", status_text="火热建设中", note="预计2023年完成；园区推定同上"),
  proj("杭州国际数贸港项目", QT2, B3, inv="总投资20亿元", note="“今年落地”，无状态词；跨境电商运营服务基地"),
 ],
 aggregate_facts=[
  fact(LJ, "park", "projects_signed", 5, "count", B1, ASB, kind="cumulative", note="10亿元以上项目，签约落地"),
  fact(QT2, "park", "projects_signed", 166, "count", B2, ASB, kind="cumulative", note="亿元以上项目"),
  fact(QT2, "park", "projects_signed_over_1bn", 28, "count", B2, ASB, kind="cumulative", opt=True, note="10亿元以上项目"),
  fact(QT2, "park", "projects_signed_over_2bn", 14, "count", B2, ASB, kind="cumulative", opt=True, note="20亿元以上项目"),
  fact(QT2, "park", "signed_investment_cny", 9.85e10, "cny", "计划总投资超985亿元", ASB, kind="cumulative", qual="超", qtext="超", chk=True),
 ])

# ---------------------------------------------------------------- wd03 前湾新区—慈溪55个重大项目集中开工 (中国宁波网 2022)
QW = "前湾新区"
C0 = "今天下午,前湾新区和慈溪市举行2022年上半年重大项目集中开工活动,两地共55个项目参加开工,总投资193亿元"
C1 = "包括前湾新区总投资50亿元的路特斯智能驾驶平台、总投资15.3亿元的数字经济产业园三期B区块,以及慈溪年产100万套新能源汽车零部件数字化车间、年产3000万套高精密汽车转向器轴承生产线等项目"
C2 = "今年是前湾新区党工委、管委会实体化运作的启航之年"
G["wd03"] = dict(
 article=art("前湾新区—慈溪55个重大项目集中开工 总投资193亿元", "中国宁波网（记者 黄程，通讯员 赵春阳、高博雯）", "2022-02-07", "day",
  "City news portal report, Zhejiang: a joint groundbreaking of a provincial new area and its host county-level city — 55 projects started with their total, two named new-area projects with investment, two named county projects",
  "http://news.cnnb.com.cn/system/2022/02/07/030327675.shtml",
  "日期取页面“2022-02-07 15:28:00 稿源: 中国宁波网”（文中“今天下午”）。标题照录；导航、报料热线、日期行、三处“点击图片查看大图”、编辑行与页尾删去；记者署名行保留为首段。正文完整。园区：前湾新区（宁波前湾新区，省级新区，宁波市，跨慈溪等地；文中又作“宁波前湾新区”）。慈溪市是县级市，不作园区。项目：路特斯智能驾驶平台（总投资50亿元）、数字经济产业园三期B区块（总投资15.3亿元）归前湾新区，均“参加开工”→开工；慈溪年产100万套新能源汽车零部件数字化车间、年产3000万套高精密汽车转向器轴承生产线（开工，无金额，park null）。“数字经济产业园”只在项目名中，列为可选园区（parent 前湾新区）。事实：55个项目、193亿元为两地合计（subject 记前湾新区、注明两地合计，可选）。前湾新区党工委、管委会列为可选机构。",
  "wd03"),
 parks=[
  park(QW, "宁波", "浙江", "新区", C1, aliases=["宁波前湾新区"], note="省级新区；与慈溪市联合开工"),
  park("数字经济产业园", "宁波", "浙江", "产业园", C1, parent=QW, opt=True, note="只在项目名“数字经济产业园三期B区块”中"),
 ],
 companies=[
  comp("路特斯", QW, C1, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("前湾新区党工委、管委会", C2, park=QW, note="实体化运作"),
 ],
 projects=[
  proj("路特斯智能驾驶平台", QW, C1, companies=["路特斯"], inv="总投资50亿元", status="开工", status_text="参加开工"),
  proj("数字经济产业园三期B区块", QW, C1, inv="总投资15.3亿元", phase="三期", status="开工", status_text="参加开工"),
  proj("年产100万套新能源汽车零部件数字化车间", None, C1, status="开工", status_text="参加开工", note="慈溪项目；无园区"),
  proj("年产3000万套高精密汽车转向器轴承生产线", None, C1, status="开工", status_text="参加开工", note="慈溪项目；无园区"),
 ],
 aggregate_facts=[
  fact(QW, "park", "projects_started", 55, "count", C0, "2022-02-07（集中开工）", opt=True, note="前湾新区与慈溪市两地合计"),
  fact(QW, "park", "projects_started_investment_cny", 1.93e10, "cny", "两地共55个项目参加开工,总投资193亿元", "2022-02-07（集中开工）", opt=True, chk=True, note="两地合计"),
 ])

# ---------------------------------------------------------------- wd04 台商投资区25个项目集中开竣工 (泉州经济网 2024)
TS = "泉州台商投资区"
D0 = "其中,利澳产业园扩建项目(一期)作为泉州台商投资区代表项目,通过视频连线方式参加全市集中开工"
D1 = "据悉,台商区列入本次集中开竣工重大项目25个,总投资202.4亿元"
D2 = "其中开工项目10个,总投资57.3亿元;竣工项目15个,总投资145.2亿元"
D3 = "利澳产业园扩建项目(一期)位于洛阳镇,扩建项目计划投资12亿元,通过法拍盘活用地约80亩,将建设约13万平方米的智能卫品生产基地"
D4 = "1—8月,全区48个省市重点项目完成投资54.3亿元,完成年度计划的72%"
D5 = "新签约《宋元中国·东方大港》演艺城邦等项目96个,总投资约645亿元,完成全年目标的81%"
ASD = "2024年1–8月"
G["wd04"] = dict(
 article=art("总投资202.4亿元 台商投资区25个项目集中开竣工", "泉州经济网（www.qzce.com，县市动态；责任编辑 苏慧敏）", "2024-10-11", "day",
  "City economic news site, Fujian: a national Taiwanese-investment zone's share of a city-wide quarterly start/completion event — 25 projects with totals for started and completed, a named expansion project with investment, land, lines and expected output, year-to-date key-project investment and signings",
  "http://qzce.com/html/news/202410/11/82609.shtml",
  "日期取页面“【泉州经济网】2024-10-11”（活动“日前”举行）。标题照录；导航、网址日期行、图片说明“利澳产业园扩建项目(一期)代表台商区参加全市集中开工”、责任编辑与网站声明删去。正文完整。园区：泉州台商投资区（文中又作“台商区”“全区”；泉州市，福建；国家级台商投资区）。杏东、张坂、惠南三大产业片区只作规划，不列园区。项目：利澳产业园扩建项目(一期)（位于洛阳镇，“计划投资12亿元”，参加集中开工→开工，预计2027年底前建成投产；“利澳产业园”是企业的生产基地项目名，不列园区）；《宋元中国·东方大港》演艺城邦（1—8月新签约项目之一→签约，无单项金额）。事实：25个项目202.4亿元；开工10个57.3亿元；竣工15个145.2亿元；1—8月48个省市重点项目完成投资54.3亿元（占年度计划72%）；新签约96个、约645亿元（完成全年目标81%）；利澳项目预计新增年产值15亿元、纳税约5000万元、员工600人（target，subject 项目）。",
  "wd04"),
 parks=[
  park(TS, "泉州", "福建", "台商投资区（国家级）", D0, aliases=["台商区"], note="文中又作“台商区”“全区”"),
 ],
 projects=[
  proj("利澳产业园扩建项目(一期)", TS, D3, inv="计划投资12亿元", phase="一期", status="开工", status_text="参加全市集中开工",
       note="位于洛阳镇；智能卫品生产基地；预计2027年年底前全部建成投产"),
  proj("《宋元中国·东方大港》演艺城邦", TS, D5, status="签约", status_text="新签约", note="文旅项目；1—8月新签约96个项目之一；无单项金额"),
 ],
 aggregate_facts=[
  fact(TS, "park", "projects_in_batch", 25, "count", D1, "2024年三季度（集中开竣工）", note="开工与竣工合计"),
  fact(TS, "park", "batch_investment_cny", 2.024e10, "cny", "台商区列入本次集中开竣工重大项目25个,总投资202.4亿元", "2024年三季度（集中开竣工）", chk=True),
  fact(TS, "park", "projects_started", 10, "count", D2, "2024年三季度（集中开竣工）"),
  fact(TS, "park", "projects_started_investment_cny", 5.73e9, "cny", "其中开工项目10个,总投资57.3亿元", "2024年三季度（集中开竣工）", chk=True),
  fact(TS, "park", "projects_completed", 15, "count", D2, "2024年三季度（集中开竣工）"),
  fact(TS, "park", "projects_completed_investment_cny", 1.452e10, "cny", "竣工项目15个,总投资145.2亿元", "2024年三季度（集中开竣工）", chk=True),
  fact(TS, "park", "key_projects_investment_completed_cny", 5.43e9, "cny", "全区48个省市重点项目完成投资54.3亿元,完成年度计划的72%", ASD, kind="cumulative", chk=True),
  fact(TS, "park", "key_projects_plan_completion_share", 0.72, "ratio", D4, ASD, kind="ratio", opt=True),
  fact(TS, "park", "projects_signed", 96, "count", D5, ASD, kind="cumulative"),
  fact(TS, "park", "signed_investment_cny", 6.45e10, "cny", "总投资约645亿元,完成全年目标的81%", ASD, kind="cumulative", qual="约", qtext="约", chk=True),
  fact(TS, "park", "signing_target_completion_share", 0.81, "ratio", D5, ASD, kind="ratio", opt=True),
  fact("利澳产业园扩建项目(一期)", "project", "expected_annual_output_cny", 1.5e9, "cny", "预计新增年产值15亿元,新增纳税约5000万元", "建成后（预计）", kind="target", chk=True, opt=True),
 ])

# ---------------------------------------------------------------- wd05 火炬高新区工委 2025年工作总结 (厦门火炬高新区 2026)
HJ = "火炬高新区"
E0 = "全年规上工业增加值同比增长14.3%;实现软件园规上互联网软件业营收676.9亿元"
E1 = "实现一般公共预算总收入160.3亿元,同比增长23.3%;实现工业行业税收109.4亿元,同比增长7.6%"
E2 = "全年评估并生成策划项目1126个,其中转化为重点跟踪项目692个"
E3 = "持续深化“链”式招商,累计签约项目325个,总投资金额及10亿元以上签约项目开工率位列全市第一"
E4 = "实际利用外资约2.9亿美元,完成合同外资金额约2.7亿美元"
AS5 = "2025年全年"
G["wd05"] = dict(
 article=art("中共厦门市委火炬高新区工委关于2025年工作总结和2026年主要工作思路的报告", "厦门火炬高新区（管委会网站 xmtorch.xm.gov.cn，政府信息公开·工作报告；厦高工委〔2026〕4号）", "2026-02-12", "day",
  "Official work report of a national high-tech zone's Party working committee, Fujian (opening only): the zone's 2025 headline growth, revenue and tax figures, project planning and signings, foreign investment",
  "http://xmtorch.xm.gov.cn/xxgk/zfxxgkml/ghjh/gzbg/202602/t20260212_2981516.html",
  "日期取页面“发布时间:2026-02-12”（发文日期2026-02-11）。标题取页面上单列的文件名称；索引号、文号、发布机构、名称、内容概述、发布时间行删去。存段在“三是投资”处中断，该残句已删（LINE_SUFFIX），正文截至“…完成金额位列全市第一。”，只含报告开头与第一部分第一节的前两点。园区：火炬高新区（厦门火炬高技术产业开发区，国家级；文中只作“火炬高新区”）；软件园（厦门软件园，在火炬高新区内，可选，parent 推定）。无具名项目、企业。事实：规上工业增加值增长14.3%；软件园规上互联网软件业营收676.9亿元（subject 软件园）；一般公共预算总收入160.3亿元、增长23.3%；工业行业税收109.4亿元、增长7.6%；策划项目1126个、重点跟踪项目692个（可选）；“累计签约项目325个”（2025年内累计→cumulative）；实际利用外资约2.9亿美元、合同外资约2.7亿美元（usd）。",
  "wd05"),
 parks=[
  park(HJ, "厦门", "福建", "高新区（国家级）", "2025年,火炬高新区坚持以习近平新时代中国特色社会主义思想为指导", note="厦门火炬高技术产业开发区"),
  park("软件园", "厦门", "福建", "软件园", E0, parent=HJ, opt=True, note="厦门软件园；归属火炬高新区为推定"),
 ],
 institutions=[
  inst("中共厦门市委火炬高新区工委", "中共厦门市委火炬高新区工委关于2025年工作总结和2026年主要工作思路的报告", kind="party", park=HJ, note="报告发文机关"),
 ],
 aggregate_facts=[
  fact(HJ, "park", "industrial_value_added_yoy_growth", 0.143, "ratio", E0, AS5, kind="ratio", note="规上工业增加值"),
  fact("软件园", "park", "internet_software_revenue_cny", 6.769e10, "cny", "实现软件园规上互联网软件业营收676.9亿元", AS5, chk=True),
  fact(HJ, "park", "general_budget_revenue_cny", 1.603e10, "cny", E1, AS5, chk=True),
  fact(HJ, "park", "general_budget_revenue_yoy_growth", 0.233, "ratio", E1, AS5, kind="ratio"),
  fact(HJ, "park", "industrial_tax_revenue_cny", 1.094e10, "cny", "实现工业行业税收109.4亿元,同比增长7.6%", AS5, chk=True),
  fact(HJ, "park", "industrial_tax_revenue_yoy_growth", 0.076, "ratio", "实现工业行业税收109.4亿元,同比增长7.6%", AS5, kind="ratio", opt=True),
  fact(HJ, "park", "projects_planned", 1126, "count", E2, AS5, opt=True, note="评估并生成策划项目"),
  fact(HJ, "park", "projects_tracked", 692, "count", E2, AS5, opt=True, note="转化为重点跟踪项目"),
  fact(HJ, "park", "projects_signed", 325, "count", E3, AS5, kind="cumulative"),
  fact(HJ, "park", "actual_fdi_usd", 2.9e8, "usd", E4, AS5, qual="约", qtext="约"),
  fact(HJ, "park", "contracted_fdi_usd", 2.7e8, "usd", E4, AS5, qual="约", qtext="约", opt=True),
 ])

# ---------------------------------------------------------------- wd06 一笔50亿创投基金背后的厦门火炬集团 (观点 via 市场资讯 / huashangw 2025)
HJ6 = "厦门火炬高新区"
F0 = "近期,厦门市科创风投合伙企业(有限合伙)成立,执行事务合伙人为厦门海峡科技创新股权投资有限公司,出资额50亿元"
F1 = "包括集团直属企业“厦门科技产业化集团”(认缴出资39.99亿元)"
F2 = "旗下“同翔建投公司”担任执行事务合伙人的“厦门市炬盛隆投资合伙企业(有限合伙)”(认缴出资10亿元)"
F3 = "厦门火炬是国家级厦门火炬高新区的开发建设主体,负责全面推进“一区多园”的开发建设"
F4 = "此次重点出资的厦门科技产业化集团,是厦门火炬集团全资子公司,也是火炬集团的科创服务平台"
F5 = "厦门科技产业化集团现有全资及参控股企业14家"
G["wd06"] = dict(
 article=art("一笔50亿创投基金背后的厦门火炬集团", "观点（产城园区评论），经“市场资讯”转载，载于 huashangw.com", "2025-10-30", "day",
  "Industry-media analysis relayed by a finance feed, Fujian: a newly registered 5-billion-yuan venture fund, its general partner and limited partners' commitments, the zone developer group behind it and its science-park subsidiary",
  "http://www.huashangw.com/news/show-802460.html",
  "日期取页面“2025-10-30 09:27:43”（转载时间；原载“观点”，原刊日期未示）。标题照录；“创始人”、阅读数“0”、“来源:市场资讯”“(来源:观点)”“图片来源于AI”删去。首段“基金设立形式主要包括…”是文前导语，保留。存段末行“产城园区评论获悉,目前,厦”中断，整行删去，正文截至“…等重大社会责任。”。园区：厦门火炬高新区（国家级；文中又作“高新区”）。基金：厦门市科创风投合伙企业(有限合伙)，出资额50亿元（size_type 出资额），GP 厦门海峡科技创新股权投资有限公司；LP 厦门科技产业化集团（认缴39.99亿元）、厦门市炬盛隆投资合伙企业(有限合伙)（认缴10亿元）；基金归属园区按导语“投资标的以高新区内产业为主”推定为厦门火炬高新区（注明）。公司：厦门火炬集团（文中又作“厦门火炬”“火炬集团”，园区开发建设主体，park 厦门火炬高新区）；厦门科技产业化集团（火炬集团全资子公司，运营科技园区，park 记厦门火炬高新区，推定）；GP 与合伙企业列为公司（kind fund_manager / investment_vehicle，park null）；同翔建投公司可选。无项目。",
  "wd06"),
 parks=[
  park(HJ6, "厦门", "福建", "高新区（国家级）", F3, note="文中又作“高新区”；“一区多园”"),
 ],
 companies=[
  comp("厦门火炬集团", HJ6, F4, kind="state_owned_developer", aliases=["厦门火炬", "火炬集团"], note="国家级厦门火炬高新区的开发建设主体"),
  comp("厦门科技产业化集团", HJ6, F4, kind="state_owned_enterprise", note="火炬集团全资子公司、科创服务平台；园区归属为推定"),
  comp("厦门海峡科技创新股权投资有限公司", None, F0, kind="fund_manager", note="基金执行事务合伙人；集团孙公司"),
  comp("厦门市炬盛隆投资合伙企业(有限合伙)", None, F2, kind="investment_vehicle", note="LP，认缴10亿元"),
  comp("同翔建投公司", None, F2, opt=True, note="炬盛隆的执行事务合伙人"),
 ],
 funds=[
  fund("厦门市科创风投合伙企业(有限合伙)", HJ6, F0, size="出资额50亿元", size_type="出资额",
       note="GP 厦门海峡科技创新股权投资有限公司；LP 厦门科技产业化集团 39.99亿元、炬盛隆 10亿元；以自有资金从事投资活动；园区按导语“投资标的以高新区内产业为主”推定"),
 ],
 aggregate_facts=[
  fact("厦门科技产业化集团", "company", "fund_commitment_cny", 3.999e9, "cny", F1, "2025年10月（基金成立）", chk=True, note="对厦门市科创风投合伙企业的认缴出资"),
  fact("厦门市炬盛隆投资合伙企业(有限合伙)", "company", "fund_commitment_cny", 1e9, "cny", "“厦门市炬盛隆投资合伙企业(有限合伙)”(认缴出资10亿元)", "2025年10月（基金成立）", chk=True, note="同上"),
  fact("厦门科技产业化集团", "company", "subsidiaries", 14, "count", F5, "2025年（官网）", opt=True),
 ])

# ---------------------------------------------------------------- wd07 福州高新区招商大会 20个重大项目签约 (福州日报 2023)
FZ = "福州高新区"
H0 = "2日,福州高新区2023年招商大会暨经济工作推进会在高新区创业大厦举行。20个重大项目集中签约,总投资500亿元"
H1 = "据了解,此次签约的20个重大项目包括飞毛腿新能源电池及智能整机封装项目、协鑫新能源汽车换电项目、宽腾南方总部及区域研发中心项目、永福绿能光伏产业基地建设项目等"
H2 = "福州迈新生物技术开发有限公司、福州高新区投资控股有限公司、福建博思软件股份有限公司等20家企业被授予该称号"
H3 = "园区认定市总部企业3家、省“专精特新”企业12家、科技小巨人企业40家;引进国家高新技术企业430多家,比增130%"
AS7 = "2022年全年"
G["wd07"] = dict(
 article=art("福州高新区招商大会暨经济工作推进会举行 20个重大项目签约", "福州日报（记者 林榕昇），载于福州新闻网 news.fznews.com.cn", "2023-02-03", "day",
  "City daily report on the city news portal, Fujian: a national high-tech zone's investment conference — 20 projects signed with their total, four named signed projects, named top taxpayers, new policies, the zone's 2022 firm-cultivation counts",
  "https://news.fznews.com.cn/fzxw/20230203/4L10885T87.shtml",
  "日期取页面“2023-02-03 07:49:31来源:福州日报 作者:林榕昇”（大会在2月2日）。标题照录；栏目行、日期行、图片说明、责任编辑与“相关新闻”删去。正文完整。园区：福州高新区（国家级，福州市，福建）。项目：飞毛腿新能源电池及智能整机封装项目、协鑫新能源汽车换电项目、宽腾南方总部及区域研发中心项目、永福绿能光伏产业基地建设项目（集中签约→签约，无单项金额）。公司：纳税大户三家（福州迈新生物技术开发有限公司、福州高新区投资控股有限公司、福建博思软件股份有限公司，均在园区）；飞毛腿、协鑫、宽腾、永福绿能只在项目名中（可选）。“高新区创业大厦”是会场，不列。事实：20个项目/500亿元（签约）；2022年认定市总部企业3家、省专精特新12家、科技小巨人40家，引进国家高新技术企业430多家（余）、比增130%（ratio 1.3）。",
  "wd07"),
 parks=[
  park(FZ, "福州", "福建", "高新区（国家级）", H0, note="文中又作“高新区”“园区”"),
 ],
 companies=[
  comp("福州迈新生物技术开发有限公司", FZ, H2, note="2022年度纳税大户"),
  comp("福州高新区投资控股有限公司", FZ, H2, kind="state_owned_enterprise", note="2022年度纳税大户；园区平台公司"),
  comp("福建博思软件股份有限公司", FZ, H2, note="2022年度纳税大户"),
  comp("飞毛腿", FZ, "其中,飞毛腿新能源及协鑫新能源2个重大招商项目,有望填补园区100亿元产值企业空白", opt=True, note="只在项目名中"),
  comp("协鑫", FZ, H1, opt=True, note="只在项目名中"),
  comp("宽腾", FZ, H1, opt=True, note="只在项目名中"),
  comp("永福绿能", FZ, H1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("飞毛腿新能源电池及智能整机封装项目", FZ, H1, companies=["飞毛腿"], status="签约", status_text="集中签约", note="有望填补园区100亿元产值企业空白"),
  proj("协鑫新能源汽车换电项目", FZ, H1, companies=["协鑫"], status="签约", status_text="集中签约", note="同上"),
  proj("宽腾南方总部及区域研发中心项目", FZ, H1, companies=["宽腾"], status="签约", status_text="集中签约"),
  proj("永福绿能光伏产业基地建设项目", FZ, H1, companies=["永福绿能"], status="签约", status_text="集中签约"),
 ],
 aggregate_facts=[
  fact(FZ, "park", "projects_signed", 20, "count", H0, "2023-02-02（招商大会）"),
  fact(FZ, "park", "signed_investment_cny", 5e10, "cny", "20个重大项目集中签约,总投资500亿元", "2023-02-02（招商大会）", chk=True),
  fact(FZ, "park", "city_hq_firms_recognised", 3, "count", H3, AS7, opt=True),
  fact(FZ, "park", "specialised_sme_firms_recognised", 12, "count", H3, AS7, opt=True, note="省“专精特新”企业"),
  fact(FZ, "park", "tech_giant_firms_recognised", 40, "count", H3, AS7, opt=True, note="科技小巨人企业"),
  fact(FZ, "park", "high_tech_firms_added", 430, "count", H3, AS7, qual="余", qtext="多", note="引进国家高新技术企业"),
  fact(FZ, "park", "high_tech_firms_added_yoy_growth", 1.3, "ratio", H3, AS7, kind="ratio"),
 ])

# ---------------------------------------------------------------- wd08 厦门火炬高新区获全省开发区综合发展水平第一 (厦门日报 via 海峡网 2020)
XM = "厦门火炬高技术产业开发区"
K0 = "厦门火炬高技术产业开发区(简称“厦门火炬高新区”)获评综合发展水平第一名、实际利用外资第一名"
K1 = "去年,总投资百亿元的中航锂电“新型动力锂电池生产线项目”、厦门史上单体投资最大的天马第6代柔性AMOLED生产线项目、浪潮新一代信息技术产业基地等一批创新实力强、附加值高的项目落地"
K2 = "截至目前,全省共有省级以上开发区97家,其中国家级开发区24家,省级开发区73家"
G["wd08"] = dict(
 article=art("（无标题）厦门火炬高新区获评全省开发区综合发展水平第一名", "厦门日报（记者 林露虹，通讯员 管轩、幼君），载于海峡网 hxnews.com", "2020-11-12", "day",
  "City daily report on a regional news portal, Fujian: a national high-tech zone ranked first in the province's development-zone assessment — honours, three named projects landed the year before (one with its investment), pandemic-period measures",
  "http://hxnews.com/news/fj/mn/xm/202011/12/1942430.shtml",
  "日期取网址 202011/12（文中通报在“11月10日”）。存段无标题（title 为编者概括）；导航与“分享”删去。存段末句“今年前三季度,高新区累计完成规上工业总产值22”中断，已删（LINE_SUFFIX），正文截至“…打造火炬金融服务平台和智能制造服务平台。”。园区：厦门火炬高技术产业开发区（简称“厦门火炬高新区”，文中又作“高新区”“园区”）。项目（“去年”即2019年落地，无状态词）：中航锂电“新型动力锂电池生产线项目”（总投资百亿元，investment_cny 1e10，investment_text“总投资百亿元”）、天马第6代柔性AMOLED生产线项目（“厦门史上单体投资最大”，无金额）、浪潮新一代信息技术产业基地；企业中航锂电、天马、浪潮只在项目名中（可选）。全省开发区数（97/24/73）是全省数字，可选（subject 福建省）。福建省商务厅列可选机构。排名（第一名）、“五星级”等不作数值事实。",
  "wd08"),
 parks=[
  park(XM, "厦门", "福建", "高新区（国家级）", K0, aliases=["厦门火炬高新区"], note="文中又作“高新区”“园区”"),
 ],
 companies=[
  comp("中航锂电", XM, K1, opt=True, note="只在项目名中"),
  comp("天马", XM, K1, opt=True, note="只在项目名中"),
  comp("浪潮", XM, K1, opt=True, note="只在项目名中"),
 ],
 institutions=[
  inst("福建省商务厅", "11月10日,福建省商务厅通报全省开发区2019年度综合发展水平考核评价结果", note="考评通报机关"),
 ],
 projects=[
  proj("新型动力锂电池生产线项目", XM, K1, companies=["中航锂电"], inv="总投资百亿元", value=1e10,
       note="2019年落地（“去年…落地”，无状态词）；investment_text 为“百亿元”（check_gold 按百亿元=1e10 解析）"),
  proj("天马第6代柔性AMOLED生产线项目", XM, K1, companies=["天马"], phase=None, note="“厦门史上单体投资最大”，无金额；2019年落地"),
  proj("浪潮新一代信息技术产业基地", XM, K1, companies=["浪潮"], note="2019年落地"),
 ],
 aggregate_facts=[
  fact("福建省", "region", "development_zones", 97, "count", K2, "2020年11月", opt=True, note="省级以上开发区，全省数"),
  fact("福建省", "region", "national_development_zones", 24, "count", K2, "2020年11月", opt=True),
 ])
