# real98 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all nine items simplified script as published); names as written in the
# text at first mention; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in
# investment_cny / *_cny facts (first amount of the evidence; chk=True asserts it); US dollars in *_usd facts. Growth rates and
# shares as ratios. Projects: the park is the one the text places the project in (or the zone the whole report is about,
# noted where inferred), null if none. Status from the text's words (开工 / 开工建设 / 齐开工 / 场地平整正式启动 → 开工;
# 施工 / 加紧推进 / 建设中 / 复工 → 在建; 投产 / 已经投产 → 投产; 签约 → 签约; 落地 / 落户 / 新引进 alone → no status;
# 力争…签约开工 → planned). “预计” / “计划” figures are kind target; year-to-date counts and values (今年以来, 截至目前,
# 前三季度, 1—5月份) are cumulative. Sources are `search` (corpus pages) excerpts typed into _raw/pages/xpNN.raw as returned.

# ---------------------------------------------------------------- xp01 烟台高新区智能装备产业园 (烟台日报 2024)
YT = "烟台高新区"
ZB = "烟台高新区智能装备产业园"
P0 = "29日上午,全市高质量发展重大项目建设现场推进会高新区分会场活动在烟台高新区智能装备产业园举行"
P1 = "智能装备产业园项目位于高新区火炬大道南侧、海兴路东侧,总投资12亿元,占地面积160亩"
P2 = "产业园整合和盛康洁环保科技、宇隆电器科技、明钰科技等6个智能制造领域“小而精”优质项目"
P3 = "园区内6个项目已全部开工,明年9月开始陆续建成投产,将全部达到规上水平"
P4 = "11个纳入省市调度重点项目100%开复工,投资完成率85%"
P5 = "此次现场推进会,高新区共有13个项目参加,年度计划投资7.2亿元。其中,过亿元项目10个"
AS1 = "2024年1–9月"
G["xp01"] = dict(
 article=art("（无标题）烟台高新区智能装备产业园：全市重大项目建设现场推进会高新区分会场", "烟台日报（YMG全媒体记者 信召红，通讯员 许亨通），载于水母网数字报 shm.com.cn", "2024-09-30", "day",
  "City daily, Shandong (烟台): a high-tech zone's session of a city-wide major-project site meeting — an industrial park project with investment and area, six small manufacturing projects in it all started, the zone's key-project start and completion rates, the projects at the meeting with their planned annual investment",
  "https://www.shm.com.cn/szb/ytrb/paper/pc/content/202409/30/content_201987.html",
  "日期取页面“2024年09月30日”（数字报版面日期；文中“29日上午”为活动日）。存段无标题（title 为编者概括），日期行已删；正文三段，完整（至“…较往年实现新提升。”）。园区：烟台高新区（烟台市，山东；文中又作“高新区”）；烟台高新区智能装备产业园（文中又作“智能装备产业园”“产业园”“园区”；位于高新区火炬大道南侧，母园区烟台高新区）。项目：“智能装备产业园项目”总投资12亿元、占地160亩；园区内6个项目已全部开工→开工（明年9月起陆续建成投产）。6个项目中点名三家（和盛康洁环保科技、宇隆电器科技、明钰科技），以企业简称出现，列为公司（在智能装备产业园），不另造项目。事实：园区内开工项目6个；高新区11个省市调度重点项目开复工率100%、投资完成率85%（今年以来）；推进会13个项目、年度计划投资7.2亿元（target）、过亿元项目10个。",
  "xp01"),
 parks=[
  park(YT, "烟台", "山东", "高新区", "今年以来,烟台高新区持续提升政务服务效能", aliases=[], note="文中又作“高新区”"),
  park(ZB, "烟台", "山东", "产业园（智能装备）", P0, parent=YT, aliases=["智能装备产业园"], note="又作“智能装备产业园项目”“产业园”“园区”"),
 ],
 companies=[
  comp("和盛康洁环保科技", ZB, P2, note="园区内6个项目之一，以企业简称出现"),
  comp("宇隆电器科技", ZB, P2, note="同上"),
  comp("明钰科技", ZB, P2, note="同上"),
 ],
 projects=[
  proj("智能装备产业园项目", YT, P1, inv="总投资12亿元", status="开工", status_text="园区内6个项目已全部开工",
       note="园区开发项目（整合6个智能制造项目）；明年9月起陆续建成投产"),
 ],
 aggregate_facts=[
  fact("智能装备产业园项目", "project", "site_area_mu", 160, "mu", P1, "2024年9月", opt=True),
  fact(ZB, "park", "projects_started", 6, "count", P3, "2024年9月"),
  fact(YT, "park", "key_projects", 11, "count", P4, AS1, opt=True, note="纳入省市调度重点项目"),
  fact(YT, "park", "key_projects_start_rate", 1.0, "ratio", P4, AS1, kind="ratio", note="100%开复工"),
  fact(YT, "park", "key_projects_investment_completion_rate", 0.85, "ratio", P4, AS1, kind="ratio"),
  fact(YT, "park", "projects_at_site_meeting", 13, "count", P5, "2024-09-29（现场推进会）", opt=True),
  fact(YT, "park", "planned_annual_investment_cny", 7.2e8, "cny", "年度计划投资7.2亿元", "2024年（计划）", kind="target", chk=True,
       note="参加推进会的13个项目的年度计划投资"),
  fact(YT, "park", "projects_over_100m", 10, "count", "其中,过亿元项目10个", "2024-09-29（现场推进会）", opt=True),
 ])

# ---------------------------------------------------------------- xp02 威海海高园(石岛管理区) (荣成市融媒体中心 2021)
HG = "威海海高园"
SD = "石岛工业园"
Q1 = "万达智慧供应链项目由香港万兴隆集团投资1.2亿元建设,占地78.78亩"
Q1b = "在位于威海海高园(石岛管理区)万达智慧供应链项目建设工地,机械声隆隆作响,10余台套大型机械设备投入到项目基础施工中"
Q2 = "位于石岛工业园的运强食品精深加工项目场地平整工作已经正式启动,该项目由荣成市运强水产有限公司和青岛润源进出口有限公司共同投资5000万元建设"
Q3 = "此外,总投资1.6亿元的大鱼岛海洋公园,是春节后威海海高园(石岛管理区)首个复工的城建重点项目"
G["xp02"] = dict(
 article=art("威海海高园(石岛管理区)吹响高质量发展“集结号”", "荣成市融媒体中心，载于荣成市政府网站 rongcheng.gov.cn（今日荣成栏）", "2021-03-04", "day",
  "County-level city's media centre on the city government site, Shandong (威海 荣成): a marine high-tech park's early-year key projects — a cold-chain logistics project under construction with investor, investment, area and expected output, a seafood-processing project starting in a sub-park with two co-investors, a seaside park project resumed",
  "http://www.rongcheng.gov.cn/art/2021/3/4/art_40743_2537727.html",
  "日期取页面“时间:2021年03月04日 08:30 来源:荣成市融媒体中心”。标题照录；导航、时间来源行与图片说明“▲万达智慧供应链项目建设现场。”已删。存段在末段“目前,大鱼岛海洋公园一期护岸、绿化带土方回填、VR展馆及”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…建设VR展厅1800平方米。”，共四段。园区：威海海高园（文中一律作“威海海高园(石岛管理区)”；即威海海洋高新技术产业园区，与石岛管理区合署；威海市荣成市，山东；全称未在文中出现，不补）；石岛工业园（运强项目所在；母园区由语境推定为威海海高园）。项目：万达智慧供应链项目（香港万兴隆集团投资1.2亿元；基础施工中→在建；预计2022年3月完工，投产后年产值1.8亿元为 target）；运强食品精深加工项目（场地平整已正式启动→开工，另记 status_alt 在建；两家共同投资5000万元）；大鱼岛海洋公园（城建重点项目，总投资1.6亿元，春节后复工→在建）。公司：香港万兴隆集团（投资建设万达项目，park 威海海高园）；荣成市运强水产有限公司（park 石岛工业园）；青岛润源进出口有限公司（共同投资方，青岛企业，可选，park 石岛工业园）。",
  "xp02"),
 parks=[
  park(HG, "威海", "山东", "海洋高新技术产业园区", Q1b, district="荣成市", aliases=["石岛管理区"],
       note="文中作“威海海高园(石岛管理区)”；与石岛管理区合署"),
  park(SD, "威海", "山东", "工业园", Q2, district="荣成市", parent=HG, note="母园区由语境推定"),
 ],
 companies=[
  comp("香港万兴隆集团", HG, Q1, note="投资1.2亿元建设万达智慧供应链项目"),
  comp("荣成市运强水产有限公司", SD, Q2, note="运强食品精深加工项目投资方之一"),
  comp("青岛润源进出口有限公司", SD, Q2, opt=True, note="共同投资方（青岛企业）"),
 ],
 projects=[
  proj("万达智慧供应链项目", HG, Q1, companies=["香港万兴隆集团"], inv="投资1.2亿元", status="在建", status_text="投入到项目基础施工中",
       note="预计2022年3月完工；7万吨智慧仓储物流库、海洋食品研发中心"),
  proj("运强食品精深加工项目", SD, Q2, companies=["荣成市运强水产有限公司", "青岛润源进出口有限公司"], inv="共同投资5000万元",
       status="开工", status_text="场地平整工作已经正式启动", status_alt="在建", note="预计年内完成建设，明年投入生产"),
  proj("大鱼岛海洋公园", HG, Q3, inv="总投资1.6亿元", status="在建", status_text="首个复工的城建重点项目",
       note="城建重点项目；春节后复工"),
 ],
 aggregate_facts=[
  fact("万达智慧供应链项目", "project", "expected_annual_output_cny", 1.8e8, "cny", "投产后年可实现产值1.8亿元", "投产后（预期）", kind="target", chk=True),
  fact("万达智慧供应链项目", "project", "site_area_mu", 78.78, "mu", Q1, "2021年3月", opt=True),
  fact("万达智慧供应链项目", "project", "expected_jobs", 300, "count", "可带动就业300人以上", "投产后（预期）", kind="target", qual="超", qtext="以上", opt=True),
 ])

# ---------------------------------------------------------------- xp03 潍坊滨海区 万盛新材料 / 中粮制桶 (国际商报 via 3bf 2022)
WF = "潍坊滨海区"
R0 = "在潍坊滨海区,一期投资22.5亿元的万盛新材料项目施工现场,车辆穿梭,机器轰鸣,工作人员有条不紊开展施工作业。据悉,该项目总投资40亿元"
R1 = "“项目自2月开工以来,在做好疫情防控的前提下,抓生产、抢进度,目前项目一期65个单体已开工了46个,开工率达到了70%"
R2 = "潍坊中粮制桶有限公司负责人说,项目总投资1.6亿元,投产运营后可年产180万只钢桶"
R3 = "“项目一期共建设5个单体建筑,已全部建设完成待竣工验收。目前,车间设备冷轧普通线已经调试完成,正在进行试生产"
G["xp03"] = dict(
 article=art("潍坊滨海区打造千亿级海洋化工新材料产业园 助推产业集群集聚发展", "国际商报（编辑:news2020），载于三板富 3bf.cc（资讯·财经栏）", "2022-08-19", "day",
  "National trade paper relayed by a finance portal, Shandong (潍坊): a coastal development zone's chemical-materials build-up — a new-materials project under construction with total and phase-1 investment and progress, a drum maker's project in trial production with investment and capacity, the zone's project lists and service staff",
  "http://3bf.cc/top/question/20220819/1975271.html",
  "日期取页面“2022-08-19 09:52:19 来源:国际商报”。标题照录；导航、日期来源行已删。存段末段“重点项目是拉动经济增长的重要引擎。潍坊滨海区以“链长制”为抓手,围绕新能源新材料”在句中中断，整段删去，正文截至“…已累计为企业协调解决困难问题600余个。”，共五段。园区：潍坊滨海区（即潍坊滨海经济技术开发区，文中只作“潍坊滨海区”“滨海区”；潍坊市，山东；全称不补）。标题中的“千亿级海洋化工新材料产业园”是发展目标，不作有名园区。项目：万盛新材料项目（总投资40亿元→investment_cny；一期投资22.5亿元记 alt_investment；2月开工、一期65个单体已开工46个→在建，status_alt 开工）；潍坊中粮制桶有限公司的项目（文中无项目名，名称为编者所拟，可选；一期5个单体已建成待验收、试生产→竣工，status_alt 投产；总投资1.6亿元）。公司：山东万盛新材料有限公司、潍坊中粮制桶有限公司（均在滨海区——中粮制桶由语境推定）；海化集团（只作互补对象提及，可选，park null）。",
  "xp03"),
 parks=[
  park(WF, "潍坊", "山东", "经济技术开发区", R0, aliases=["滨海区"], note="即潍坊滨海经济技术开发区；文中只作“潍坊滨海区”“滨海区”"),
 ],
 companies=[
  comp("山东万盛新材料有限公司", WF, "山东万盛新材料有限公司相关负责人表示", note="万盛新材料项目建设方"),
  comp("潍坊中粮制桶有限公司", WF, R2, note="园区由语境推定"),
  comp("海化集团", None, "与海化集团氯化物产业实现高度互补", opt=True, note="只作互补对象提及"),
 ],
 projects=[
  proj("万盛新材料项目", WF, R0, companies=["山东万盛新材料有限公司"], inv="该项目总投资40亿元", status="在建", status_text="施工现场…项目自2月开工以来",
       status_alt="开工", alt_investment={"investment_text": "一期投资22.5亿元", "investment_cny": 2.25e9, "phase": "一期"},
       note="一期投资22.5亿元；绿色功能新材料"),
  proj("潍坊中粮制桶有限公司项目", WF, R2, companies=["潍坊中粮制桶有限公司"], inv="项目总投资1.6亿元", status="竣工",
       status_text="已全部建设完成待竣工验收…正在进行试生产", status_alt="投产", opt=True,
       note="文中无项目名（名称为编者所拟）；预计8月底全部安装投产；年产180万只钢桶"),
 ],
 aggregate_facts=[
  fact("万盛新材料项目", "project", "phase1_units_started", 46, "count", R1, "2022年8月", opt=True, note="一期65个单体已开工46个"),
  fact("万盛新材料项目", "project", "phase1_start_rate", 0.70, "ratio", R1, "2022年8月", kind="ratio", opt=True),
  fact("潍坊中粮制桶有限公司", "company", "planned_annual_capacity_units", 1.8e6, "units", "投产运营后可年产180万只钢桶", "投产后（预期）", kind="target", opt=True),
  fact(WF, "park", "service_specialists", 400, "count", "400余名服务企业专员奋战一线", "2022年8月", qual="余", qtext="余", opt=True),
  fact(WF, "park", "problems_solved", 600, "count", "已累计为企业协调解决困难问题600余个", "2022年8月", kind="cumulative", qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- xp04 胶州开发区 31个大项目齐开工 (via 马尾新闻网 2017)
JZK = "胶州经济技术开发区"
S0 = "作为全市招商引资的主阵地,国家级胶州经济技术开发区在年初举行了27个大项目集中签约后,迅速掀起一场“抓开工、促建设”的大会战,总投资360亿元的31个大项目齐开工"
S1 = "主要包括传化物流配套区、新加坡丰树等物流项目,德国欧开智能机器人、瑞典阿法拉伐、新加坡大牧人等高端装备制造项目,泰邦达酒店暨总部、利群商业综合体等城市功能配套项目"
S2 = "在京东亚洲一号工程青岛物流产业园施工现场,记者看到,一个个厂房拔地而起"
S3 = "该项目自今年1月份开工建设来,已经完成了总工程量的30%,预计今年8月份竣工投产"
S4 = "同样于一季度开工的传化物流配套区项目已全部主体封顶"
AS4 = "2017年1–4月"
G["xp04"] = dict(
 article=art("胶州开发区:以项目建设擎起经济发展脊梁", "胶州开发区（来源），载于马尾新闻网 mwnews.cn（兄弟开发区栏）", "2017-04-24", "day",
  "District news site relaying a zone's own report, Shandong (青岛 胶州): a national economic development zone's early-year drive — 27 projects signed, 31 projects started with their total, seven named projects across logistics, equipment and urban services, progress of a logistics park, a robot plant and a logistics supporting zone",
  "http://www.mwnews.cn/html/71/2017-04-24/09562925470.shtml",
  "日期取页面“2017-04-24 09:56:29 来源:胶州开发区”（马尾新闻网转载）。标题照录；导航、网址日期来源行已删。存段末段“纵观胶州经济技术开发区近几年的落户项目,记者发展,…投资100亿元的青岛大学胶州校区项目;”在分号处中断（句未完），连同其前的小标题“发力:重大项目直奔高端”一并删去；小标题“直击:大体量项目齐亮相开工”保留为一段；正文截至“…年内产值将达50亿元。”，共五段。园区：胶州经济技术开发区（文中作“国家级胶州经济技术开发区”，标题作“胶州开发区”；青岛市胶州市，山东）。项目：31个齐开工项目中点名七个（传化物流配套区、新加坡丰树、德国欧开智能机器人、瑞典阿法拉伐、新加坡大牧人、泰邦达酒店暨总部、利群商业综合体）→开工，无单项金额；京东亚洲一号工程青岛物流产业园（厂房均已开工→开工；在开发区由语境推定）。欧开：1月开工、完成30%、预计8月竣工投产（status_alt 在建）；传化物流配套区：一季度开工、主体封顶（status_alt 在建），9月投入运营后连同一期年内产值50亿元（target，可选）。企业名称只在项目名中，列为可选公司。事实：年初27个大项目集中签约；31个项目齐开工、总投资360亿元（截至4月，cumulative）。",
  "xp04"),
 parks=[
  park(JZK, "青岛", "山东", "国家级经济技术开发区", S0, district="胶州市", aliases=["胶州开发区"], note="标题作“胶州开发区”"),
 ],
 companies=[
  comp("京东", JZK, S2, opt=True, note="只在项目名中"),
  comp("传化", JZK, S1, opt=True, note="只在项目名中"),
  comp("新加坡丰树", JZK, S1, opt=True, note="以企业名作项目名"),
  comp("德国欧开", JZK, S1, opt=True, note="只在项目名中"),
  comp("瑞典阿法拉伐", JZK, S1, opt=True, note="以企业名作项目名"),
  comp("新加坡大牧人", JZK, S1, opt=True, note="以企业名作项目名"),
  comp("泰邦达", JZK, S1, opt=True, note="只在项目名中"),
  comp("利群", JZK, S1, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("传化物流配套区", JZK, S1, companies=["传化"], status="开工", status_text="31个大项目齐开工", status_alt="在建",
       aliases=["传化物流配套区项目"], note="一季度开工，已全部主体封顶；9月投入运营"),
  proj("新加坡丰树", JZK, S1, companies=["新加坡丰树"], status="开工", status_text="31个大项目齐开工", note="物流项目；以企业名作项目名"),
  proj("德国欧开智能机器人", JZK, S1, companies=["德国欧开"], status="开工", status_text="自今年1月份开工建设", status_alt="在建",
       note="完成总工程量30%，预计8月竣工投产"),
  proj("瑞典阿法拉伐", JZK, S1, companies=["瑞典阿法拉伐"], status="开工", status_text="31个大项目齐开工", note="高端装备制造项目；以企业名作项目名"),
  proj("新加坡大牧人", JZK, S1, companies=["新加坡大牧人"], status="开工", status_text="31个大项目齐开工", note="高端装备制造项目；以企业名作项目名"),
  proj("泰邦达酒店暨总部", JZK, S1, companies=["泰邦达"], status="开工", status_text="31个大项目齐开工", note="城市功能配套项目"),
  proj("利群商业综合体", JZK, S1, companies=["利群"], status="开工", status_text="31个大项目齐开工", note="城市功能配套项目"),
  proj("京东亚洲一号工程青岛物流产业园", JZK, S2 + ",红白条纹相间的外立面,远观就像一道“红霞”,现场项目负责人告诉记者,这是“京东红”,今年38万平方的厂房均已开工",
       companies=["京东"], status="开工", status_text="今年38万平方的厂房均已开工", note="在开发区由语境推定；双十一大部分厂房投入使用"),
 ],
 aggregate_facts=[
  fact(JZK, "park", "projects_signed", 27, "count", S0, "2017年初（集中签约）", note="大项目集中签约"),
  fact(JZK, "park", "projects_started", 31, "count", S0, AS4, kind="cumulative"),
  fact(JZK, "park", "projects_started_investment_cny", 3.6e10, "cny", "总投资360亿元的31个大项目齐开工", AS4, kind="cumulative", chk=True),
  fact("传化物流配套区", "project", "expected_annual_output_cny", 5e9, "cny", "连同一期物流贸易区,年内产值将达50亿元", "2017年（预计，连同一期）", kind="target", chk=True, opt=True),
  fact("京东亚洲一号工程青岛物流产业园", "project", "expected_transaction_value_cny", 2e10, "cny", "本年度的交易额有望突破200亿元", "2017年（预计）", kind="target", qual="超", qtext="突破", chk=True, opt=True),
  fact("德国欧开智能机器人", "project", "construction_progress", 0.30, "ratio", S3, "2017年4月", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- xp05 平度经济开发区 格恩医药产业园 (cadz 2020)
PD = "平度经济开发区"
T0 = "据开发区相关负责人介绍,截至目前,开发区今年新签约亿元以上项目3个,投资额10亿元,19个青平两级重点项目正在加紧施工"
T1 = "被列入青岛市重点项目的格恩医药产业园由山东格恩医药科技有限公司总投资7亿元建设,规划建筑面积16.8万平方米"
T2 = "项目于2019年11月9日签约,目前5万平方米中药饮片及部分中药制剂生产车间正在按时间节点加紧建设,预计7月底主体竣工"
AS5 = "2020年1月至5月下旬"
G["xp05"] = dict(
 article=art("山东平度经济开发区靠重点项目建设夯实经济发展“龙头”", "山东平度经济开发区（来源），载于中国开发区协会网站 cadz.org.cn（省级开发区动态栏）", "2020-05-28", "day",
  "National development-zone association's site relaying a provincial zone's report, Shandong (青岛 平度): a zone's key projects in early summer — signings this year with amount, key projects under construction, a pharmaceutical industrial park project with its builder, investment, floor area, signing date and schedule",
  "https://www.cadz.org.cn/index.php/News/info/id/21740.html",
  "日期取页面“来源:山东平度经济开发区 发布时间:2020年05月28日 10:29”。标题照录；站点菜单、位置行与来源时间行已删。存段末段“有着“青啤第一厂”之称的青岛啤酒三厂,计划用3至5年时间,打造年产能150万”在句中中断，整段删去，正文截至“…消化类产品一致性评价的生产资质。”，共三段。园区：平度经济开发区（标题作“山东平度经济开发区”，列 alias；青岛市平度市，山东；文中又作“开发区”）。项目：格恩医药产业园（山东格恩医药科技有限公司总投资7亿元建设；2019年11月9日签约，车间正在加紧建设→在建；预计7月底主体竣工）——是企业项目，不作园区。事实：今年新签约亿元以上项目3个、投资额10亿元（截至目前，cumulative）；19个青平两级重点项目在建。",
  "xp05"),
 parks=[
  park(PD, "青岛", "山东", "经济开发区", "走进平度经济开发区青平两级重点项目施工现场", district="平度市", aliases=["山东平度经济开发区"],
       note="标题作“山东平度经济开发区”；文中又作“开发区”"),
 ],
 companies=[
  comp("山东格恩医药科技有限公司", PD, T1),
 ],
 projects=[
  proj("格恩医药产业园", PD, T1, companies=["山东格恩医药科技有限公司"], inv="总投资7亿元", status="在建",
       status_text="生产车间正在按时间节点加紧建设", note="青岛市重点项目；2019年11月9日签约；预计2020年7月底主体竣工"),
 ],
 aggregate_facts=[
  fact(PD, "park", "projects_signed", 3, "count", T0, AS5, kind="cumulative", note="亿元以上项目"),
  fact(PD, "park", "projects_signed_investment_cny", 1e9, "cny", "开发区今年新签约亿元以上项目3个,投资额10亿元", AS5, kind="cumulative", chk=True),
  fact(PD, "park", "key_projects_under_construction", 19, "count", T0, "2020年5月", note="青平两级重点项目"),
  fact("格恩医药产业园", "project", "planned_floor_area_m2", 1.68e5, "m2", T1, "2020年5月", opt=True),
 ])

# ---------------------------------------------------------------- xp06 东营港经济开发区 (东营日报 via yybnet 2019)
DY = "东营港经济开发区"
V0 = "近日,记者走进科盛化学有限公司,这是一家以生产新材料为主的高新技术企业,公司总投资12.8亿元的年产2万吨改性型胶粘新材料联产项目正在加紧推进"
V1 = "其中,一期年产1万吨改性型胶粘新材料联产项目于去年4月底试生产、12月底开始安全生产,二期项目建设正在顺利推进中"
V2 = "200万吨/年对二甲苯项目,是国家发展改革委在全国范围遴选出的8个列入《石化产业规划布局方案(修订版)》项目之一,也是山东省唯一布局的对二甲苯项目"
G["xp06"] = dict(
 article=art("东营港经济开发区 147 个大项目激发转型发展新动能", "东营日报，载于鲁中网 m.yybnet.net（东营频道）", "2019-03-25", "day",
  "City daily relayed by a regional portal, Shandong (东营): a port-side chemical development zone's spring project drive — a new-materials firm's project with total investment, its phase 1 in production and phase 2 under way, the zone's target positioning, a paraxylene project listed as a provincial key project",
  "https://m.yybnet.net/dongying/news/201903/8869572.html",
  "日期取页面“东营日报 2019-03-25 09:46”。标题照录（“147 个”两侧空格如原页）；日期行已删。存段末行“3月18日,东营港经济开发区”在句中中断，整行删去，正文截至“…列入鲁北高端石化产业基地发展规划和2018年全省重点项目。”，共四段。园区：东营港经济开发区（东营市，山东；文中又作“开发区”）。项目：科盛化学有限公司“年产2万吨改性型胶粘新材料联产项目”（总投资12.8亿元，正在加紧推进→在建；在开发区由语境推定）；其一期“年产1万吨改性型胶粘新材料联产项目”去年4月底试生产、12月底开始安全生产→投产（可选，phase 一期）；“200万吨/年对二甲苯项目”（重点推进，列入2018年全省重点项目；状态未说，status null）。事实：标题“147 个大项目”（开发区大项目数）。",
  "xp06"),
 parks=[
  park(DY, "东营", "山东", "经济开发区（化工）", "本报讯 一年之计在于春,东营港经济开发区抢抓重大项目建设的黄金期", note="文中又作“开发区”"),
 ],
 companies=[
  comp("科盛化学有限公司", DY, V0, note="以生产新材料为主的高新技术企业；园区由语境推定"),
 ],
 projects=[
  proj("年产2万吨改性型胶粘新材料联产项目", DY, V0, companies=["科盛化学有限公司"], inv="公司总投资12.8亿元", status="在建",
       status_text="正在加紧推进", note="一期已投产，二期在建；园区由语境推定"),
  proj("一期年产1万吨改性型胶粘新材料联产项目", DY, V1, companies=["科盛化学有限公司"], phase="一期", status="投产",
       status_text="于去年4月底试生产、12月底开始安全生产", opt=True, note="上一项目的一期"),
  proj("200万吨/年对二甲苯项目", DY, V2, note="列入2018年全省重点项目；重点推进，状态未说"),
 ],
 aggregate_facts=[
  fact(DY, "park", "major_projects", 147, "count", "东营港经济开发区 147 个大项目激发转型发展新动能", "2019年3月", note="只见于标题"),
 ])

# ---------------------------------------------------------------- xp07 威海高新区前三季度 (中国经济网 2018)
WH = "威海高新区"
W1 = "今年前三季度,我区规模以上工业增加值同比增长9.12%,高于全市平均水平1.4个百分点"
W2 = "实现主营业务收入同比增长8.4%,增速比1-8月份加快2个百分点;利润总额同比增长10.4%,主营业务收入利润率达到10.1%"
W3 = "前三季度,我区固定资产投资增长11%,增速全市第一,其中工业投资增长13%"
W4 = "24个市级重点项目完成投资41.1亿元,占年度计划的93.3%,旭顺达科技、茂森OA等12个项目已经投产"
W5 = "惠普3D打印中心项目、捷普制造业基地项目、惠普与捷普合作项目、香港亿和项目等总投资13亿美元的多个惠普及供应链项目先后落地我区"
AS7 = "2018年1–9月"
G["xp07"] = dict(
 article=art("威海高新区前三季度工业经济多项指标列威海市第一", "中国经济网（yun.ce.cn；稿件以“我区”口吻写成，署名存段未示）", "2018-11-02", "day",
  "National economic news portal's local channel carrying a zone's report, Shandong (威海): a high-tech zone's first-three-quarters industrial results — value-added, revenue and profit growth, margin, taxes, fixed-asset investment, key projects' investment, named projects in production and a group of named supply-chain projects landed with their total in US dollars",
  "http://yun.ce.cn/sj/201811/02/t20181102_30691329.shtml",
  "日期取网址 201811/02/t20181102（存段无日期行）。标题照录。存段末句“…标志着惠普在威海由单纯的制造基地向技术、人才高地提升的新拓展,全部投产后”在句中中断；只删未完的分句“,全部投产后”（make_txt.py LINE_SUFFIX），正文截至“…人才高地提升的新拓展”（无句号——这是编者所截，非原文句末），共四段。园区：威海高新区（威海市，山东；文中又作“高新区”“我区”）。项目：旭顺达科技、茂森OA（“等12个项目已经投产”→投产；以企业名作项目名）；惠普3D打印中心项目、捷普制造业基地项目、惠普与捷普合作项目、香港亿和项目（“先后落地我区”→落地，无状态；“总投资13亿美元”是多个项目合计，不分摊，记为园区事实 usd）。公司：惠普、捷普、香港亿和、旭顺达科技、茂森OA——只在项目名中，可选。事实：前三季度规上工业增加值增长9.12%、主营业务收入增长8.4%、利润总额增长10.4%、利润率10.1%、工业实交两税15.9亿元、固定资产投资增长11%、工业投资增长13%；24个市级重点项目完成投资41.1亿元（占年度计划93.3%）；12个项目投产（均 as_of 2018年1–9月；金额与个数为 cumulative）。行业增速（61.7%、54.5%…）与排名不计；产销率、行业增长面列可选。",
  "xp07"),
 parks=[
  park(WH, "威海", "山东", "高新区", "威海高新区前三季度工业经济多项指标列威海市第一", note="文中又作“高新区”“我区”"),
 ],
 companies=[
  comp("惠普", WH, W5, opt=True, note="只在项目名中"),
  comp("捷普", WH, W5, opt=True, note="只在项目名中"),
  comp("香港亿和", WH, W5, opt=True, note="只在项目名中"),
  comp("旭顺达科技", WH, W4, opt=True, note="以企业名作项目名"),
  comp("茂森OA", WH, W4, opt=True, note="以企业名作项目名"),
 ],
 projects=[
  proj("旭顺达科技", WH, W4, companies=["旭顺达科技"], status="投产", status_text="等12个项目已经投产", note="以企业名作项目名；市级重点项目"),
  proj("茂森OA", WH, W4, companies=["茂森OA"], status="投产", status_text="等12个项目已经投产", note="以企业名作项目名；市级重点项目"),
  proj("惠普3D打印中心项目", WH, W5, companies=["惠普"], note="落地，无状态；13亿美元为多个项目合计"),
  proj("捷普制造业基地项目", WH, W5, companies=["捷普"], note="同上"),
  proj("惠普与捷普合作项目", WH, W5, companies=["惠普", "捷普"], note="同上"),
  proj("香港亿和项目", WH, W5, companies=["香港亿和"], note="同上"),
 ],
 aggregate_facts=[
  fact(WH, "park", "industrial_value_added_yoy_growth", 0.0912, "ratio", W1, AS7, kind="ratio"),
  fact(WH, "park", "industry_growth_breadth", 0.682, "ratio", "22个工业行业大类中有15个行业保持同比增长,行业增长面达68.2%", AS7, kind="ratio", opt=True),
  fact(WH, "park", "industrial_sales_rate", 1.03, "ratio", "前三季度规模以上工业产销率达到103%", AS7, kind="ratio", opt=True),
  fact(WH, "park", "main_business_revenue_yoy_growth", 0.084, "ratio", W2, AS7, kind="ratio"),
  fact(WH, "park", "total_profit_yoy_growth", 0.104, "ratio", W2, AS7, kind="ratio"),
  fact(WH, "park", "revenue_profit_margin", 0.101, "ratio", W2, AS7, kind="ratio"),
  fact(WH, "park", "industrial_taxes_paid_cny", 1.59e9, "cny", "工业实交两税达到15.9亿元", AS7, kind="cumulative", chk=True),
  fact(WH, "park", "fixed_asset_investment_yoy_growth", 0.11, "ratio", W3, AS7, kind="ratio"),
  fact(WH, "park", "industrial_investment_yoy_growth", 0.13, "ratio", W3, AS7, kind="ratio", opt=True),
  fact(WH, "park", "key_projects", 24, "count", W4, AS7, note="市级重点项目"),
  fact(WH, "park", "key_projects_investment_completed_cny", 4.11e9, "cny", W4, AS7, kind="cumulative", chk=True),
  fact(WH, "park", "key_projects_annual_plan_completion", 0.933, "ratio", W4, AS7, kind="ratio", opt=True),
  fact(WH, "park", "projects_in_production", 12, "count", W4, AS7, kind="cumulative"),
  fact(WH, "park", "landed_projects_investment_usd", 1.3e9, "usd", W5, "2018年（截至11月初）", kind="cumulative",
       note="惠普及供应链多个项目合计总投资13亿美元"),
 ])

# ---------------------------------------------------------------- xp08 日照经开区 (日照日报 / 日照新闻网 2024)
RZ = "日照经开区"
X0 = "日照日报/日照新闻网讯 今年以来,全区招引落地项目249个;拟签约和重点洽谈项目121个,计划总投资近700亿元"
X1 = "1—5月份,全区完成规模以上工业总产值292.15亿元,规模以上工业增加值同比增长10%;固定资产投资增长4.4%"
X2 = "总投资10亿元的三一重能(日照)风电智能制造基地项目,正如火如荼建设中,预计今年10月份投产"
X3 = "投资7亿元的中储粮日照直属库项目,两期扩容再上26万吨产能;鲁粮集团再投资10亿元、再上40万吨储存能力"
X4 = "推动亚太森博延链项目开工,谋划生活纸后加工、高端纸制品两个园区,银博纸业、小树林纸业等10余个以亚太森博木浆和原纸为原材料的延链项目正在推进中,总投资202亿元的阳光建发以纸代塑项目力争年内签约开工"
X5 = "仅6月份,该区就有闵和国际(日照)产业基地、中储粮日照直属库粮食仓储项目等4个项目签约"
AS8 = "2024年1月至7月初"
G["xp08"] = dict(
 article=art("日照经开区点燃项目“强引擎”挺起发展“硬脊梁”", "日照日报 / 日照新闻网（rznews.cn，区县新闻·日照经开区栏；存段无署名）", "2024-07-06", "day",
  "City daily and its news site, Shandong (日照): an economic development zone's mid-year investment drive — projects landed and in the pipeline with planned total and size bands, Jan–May industrial output and growth, a wind-equipment base under construction, grain-storage projects, a pulp-and-paper chain with a large planned project, June signings",
  "https://rznews.cn/viscms/kaifaqu0008/20240706/552162.html",
  "日期取页面“来源:日照新闻网 发布时间:2024-07-06 15:52:40”。标题照录；位置行、来源时间行已删；小标题“招大引强,产业加速集群成势”保留为一段。存段在末段“全区在建、拟建粮油食品项目24个,计划总投资55”处中断，该残句已删（make_txt.py LINE_SUFFIX），正文截至“…等4个项目签约。”，共十段。园区：日照经开区（即日照经济技术开发区，文中只作“日照经开区”“全区”“该区”；日照市，山东；全称不补）。“生活纸后加工、高端纸制品两个园区”为谋划中、无名，不列。项目：三一重能(日照)风电智能制造基地项目（总投资10亿元，建设中→在建，预计10月投产）；中储粮日照直属库项目（投资7亿元；6月签约的“中储粮日照直属库粮食仓储项目”推定为同一项目，列 alias，状态签约）；鲁粮集团再投资10亿元（无项目名，可选，名称为编者所拟）；亚太森博延链项目（“推动…开工”→开工，可选）；阳光建发以纸代塑项目（总投资202亿元，力争年内签约开工→planned）；闵和国际(日照)产业基地（6月签约）。公司：亚太森博（园区内浆纸企业）；银博纸业、小树林纸业（延链项目推进中，可选）；三一重能、中储粮、鲁粮集团只在项目名或投资句中，可选。事实：今年以来招引落地项目249个（cumulative）；拟签约和重点洽谈项目121个、计划总投资近700亿元（约，target）；1—5月规上工业总产值292.15亿元（cumulative）、规上工业增加值增长10%、固定资产投资增长4.4%。",
  "xp08"),
 parks=[
  park(RZ, "日照", "山东", "经济技术开发区", "日照经开区将今年定为“招商引资突破年”", note="即日照经济技术开发区；文中又作“全区”“该区”"),
 ],
 companies=[
  comp("亚太森博", RZ, X4, note="浆纸龙头；延链项目以其木浆和原纸为原料"),
  comp("银博纸业", RZ, X4, opt=True, note="延链项目推进中"),
  comp("小树林纸业", RZ, X4, opt=True, note="延链项目推进中"),
  comp("三一重能", RZ, X2, opt=True, note="只在项目名中"),
  comp("中储粮", RZ, X3, opt=True, note="只在项目名中"),
  comp("鲁粮集团", RZ, X3, opt=True, note="再投资10亿元"),
 ],
 projects=[
  proj("三一重能(日照)风电智能制造基地项目", RZ, X2, companies=["三一重能"], inv="总投资10亿元", status="在建", status_text="正如火如荼建设中",
       note="预计2024年10月投产"),
  proj("中储粮日照直属库项目", RZ, X3, companies=["中储粮"], inv="投资7亿元", status="签约", status_text="等4个项目签约",
       aliases=["中储粮日照直属库粮食仓储项目"], note="两期扩容再上26万吨产能；6月签约的“中储粮日照直属库粮食仓储项目”推定为同一项目"),
  proj("鲁粮集团项目", RZ, X3, companies=["鲁粮集团"], inv="鲁粮集团再投资10亿元", opt=True, note="文中无项目名（名称为编者所拟）；再上40万吨储存能力"),
  proj("亚太森博延链项目", RZ, X4, companies=["亚太森博"], status="开工", status_text="推动亚太森博延链项目开工", opt=True,
       note="“推动…开工”，是否已开工不十分明确"),
  proj("阳光建发以纸代塑项目", RZ, X4, inv="总投资202亿元", status="planned", status_text="力争年内签约开工"),
  proj("闵和国际(日照)产业基地", RZ, X5, status="签约", status_text="等4个项目签约", note="2024年6月签约"),
 ],
 aggregate_facts=[
  fact(RZ, "park", "projects_landed", 249, "count", X0, AS8, kind="cumulative", note="招引落地项目"),
  fact(RZ, "park", "pipeline_projects", 121, "count", X0, "2024年7月初", note="拟签约和重点洽谈项目"),
  fact(RZ, "park", "pipeline_projects_investment_cny", 7e10, "cny", "拟签约和重点洽谈项目121个,计划总投资近700亿元", "2024年7月初（计划）", kind="target",
       qual="约", qtext="近", chk=True),
  fact(RZ, "park", "pipeline_projects_over_20bn", 1, "count", "其中,过200亿元项目1个,30亿元以上项目2个,10—30亿元项目9个", "2024年7月初", opt=True),
  fact(RZ, "park", "industrial_output_above_scale_cny", 2.9215e10, "cny", X1, "2024年1–5月", kind="cumulative", chk=True),
  fact(RZ, "park", "industrial_value_added_yoy_growth", 0.10, "ratio", X1, "2024年1–5月", kind="ratio"),
  fact(RZ, "park", "fixed_asset_investment_yoy_growth", 0.044, "ratio", X1, "2024年1–5月", kind="ratio"),
  fact(RZ, "park", "projects_signed", 4, "count", X5, "2024年6月", note="粮油产业项目"),
 ])

# ---------------------------------------------------------------- xp09 市北经济开发区 (日照日报 via yybnet 2016)
SB = "市北经济开发区"
Y0 = "该项目位于市北经济开发区北部,总投资17.5亿元,主要生产聚晶复合片材料及金刚石工具,预计2017年上半年投产后,年均销售收入1.27亿元"
Y1 = "截至10月份,市北经济开发区各园区新招引项目27个,协议总投资71.27亿元,新签约项目27个,总投资额达71.27亿,其中投资10亿元以上的项目2个"
Y2 = "新引进的日照中博新能源汽车有限公司,一期规划投资8亿元,集专业设计、研发、生产及市场运营为一体,致力打造新能源汽车产业基地"
AS9 = "2016年1–10月"
G["xp09"] = dict(
 article=art("市北开发区发力新兴产业招商 前10 个月,新签约27 个项目,总投资额71.27 亿元", "日照日报（记者 张守坤，通讯员 陈洪刚 李顺利），载于鲁中网 m.yybnet.net（国内新闻栏）", "2016-11-17", "day",
  "City daily relayed by a regional portal, Shandong (日照): a provincial development zone's investment drive — a new-materials firm's project just started with investment and expected sales, projects signed in ten months with their agreed total, a new-energy vehicle maker brought in with its phase-1 investment, entrusted investment-promotion platforms",
  "https://m.yybnet.net/news/china/201611/5702534.html",
  "日期取页面“日照日报 2016-11-17 00:00”。标题照录（“前10 个月”“27 个”“71.27 亿元”中的空格如原页）；导航与日期行已删。存段末行“目前,市北经济”在句中中断，整行删去，正文截至“…建设市区北部核心增长极。”，共四段。首段末“年均销售收入1.27亿元”后无句号，原文如此。园区：市北经济开发区（标题作“市北开发区”，列 alias；日照市，山东；区县未说）。项目：山东华大金科新材料有限公司的项目（文中无项目名，名称为编者所拟，可选；“刚刚开工”→开工；总投资17.5亿元；预计2017年上半年投产后年均销售收入1.27亿元，target）；日照中博新能源汽车有限公司“新能源汽车产业基地”（一期规划投资8亿元；“新引进”，无状态；可选，名称为编者所拟）。公司：山东华大金科新材料有限公司、日照中博新能源汽车有限公司（均在市北经济开发区）；上海东方龙商务咨询有限公司、泛华集团（委托招商平台，可选，park null）。事实：截至10月新招引 / 新签约项目27个、协议总投资71.27亿元（cumulative），其中10亿元以上项目2个。",
  "xp09"),
 parks=[
  park(SB, "日照", "山东", "经济开发区", Y0, aliases=["市北开发区"], note="标题作“市北开发区”；文中又作“开发区”“市北”"),
 ],
 companies=[
  comp("山东华大金科新材料有限公司", SB, "11月5日,记者在刚刚开工的山东华大金科新材料有限公司现场看到", note="项目位于市北经济开发区北部"),
  comp("日照中博新能源汽车有限公司", SB, Y2, note="新引进；园区由语境推定"),
  comp("上海东方龙商务咨询有限公司", None, "利用上海东方龙商务咨询有限公司、泛华集团、创新国际联盟等招商平台,实施委托招商", opt=True, note="委托招商平台"),
  comp("泛华集团", None, "利用上海东方龙商务咨询有限公司、泛华集团、创新国际联盟等招商平台,实施委托招商", opt=True, note="委托招商平台"),
 ],
 projects=[
  proj("山东华大金科新材料有限公司项目", SB, Y0, companies=["山东华大金科新材料有限公司"], inv="总投资17.5亿元", status="开工",
       status_text="刚刚开工", opt=True, note="文中无项目名（名称为编者所拟）；聚晶复合片材料及金刚石工具；预计2017年上半年投产"),
  proj("新能源汽车产业基地", SB, Y2, companies=["日照中博新能源汽车有限公司"], inv="一期规划投资8亿元", phase="一期", opt=True,
       note="“致力打造新能源汽车产业基地”（名称取自该句）；新引进，无状态"),
 ],
 aggregate_facts=[
  fact("山东华大金科新材料有限公司", "company", "expected_annual_sales_cny", 1.27e8, "cny", "预计2017年上半年投产后,年均销售收入1.27亿元", "投产后（预期）", kind="target", chk=True),
  fact("山东华大金科新材料有限公司项目", "project", "site_area_mu", 61.2, "mu", "61.2亩的企业用地已经平整完成", "2016年11月", opt=True),
  fact(SB, "park", "projects_signed", 27, "count", Y1, AS9, kind="cumulative"),
  fact(SB, "park", "projects_signed_investment_cny", 7.127e9, "cny", "协议总投资71.27亿元", AS9, kind="cumulative", chk=True),
  fact(SB, "park", "projects_signed_over_1bn", 2, "count", Y1, AS9, kind="cumulative", opt=True),
  fact("日照中博新能源汽车有限公司", "company", "expected_jobs", 5000, "count", "可增加就业岗位5000余个", "（预期）", kind="target", qual="余", qtext="余", opt=True),
 ])
