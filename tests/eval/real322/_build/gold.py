# real322 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; real52's build_all.py
# unchanged). Conventions as real52: evidence verbatim; names as written; 超过/超 → 超, 多/余 → 余, 约 → 约. Yuan in investment_cny /
# *_cny facts (chk=True asserts). Status from the text's words (已封顶 / 即将建成 / 加快建设 → 在建; 建成投产 → 投产; 全面完成 →
# 竣工). Year-to-date and since-founding counts are cumulative. Sources: `search` (corpus pages) excerpts typed into _raw/pages.

# ---------------------------------------------------------------- pi01 漳州开发区 25周年 (海峡导报 via 台海网 2017)
ZZ = "漳州开发区"
A0 = "再过22天,2017年12月28日,漳州开发区将迎来建区25周年"
A1 = "25年前,这里一片荒山野岭、乱石浅滩,56.17平方公里的总体规划面积中,仅有不到7%的缓坡农地"
A2 = "拥有岸线28公里,湾阔水深,其中-8米以下深水岸线长达13公里"
A3 = "1992年,沉睡千年的海岸线终于觉醒,迎来开发建设的契机——招商局集团联合多家股东拉开建设“第二蛇口”的序幕"
G["pi01"] = dict(
 article=art("（无标题）漳州开发区建区25周年（开发建设 移山填海 厦门湾南岸腾飞）", "海峡导报（记者 崔晓旭 孙春燕/文 常海军/图 通讯员 郑游楚 庄晓玲），载于台海网 taihainet.com", "2017-12-06", "day",
  "Provincial news portal relaying a Xiamen daily's anniversary feature, Fujian: a national-level development zone 25 years on — founding by 招商局集团 in 1992, planned area, shoreline and deep-water shoreline, relocation of villagers, port-city development",
  "http://taihainet.com/news/fujian/yghx/2017-12-06/2080592.html",
  "日期取电头“台海网12月6日讯”与网址 2017-12-06。存段无标题行（以图片说明开头），title 为编者概括，小标题“开发建设”“移山填海 厦门湾南岸腾飞”作段落保留。图片说明“▲华为云计算中心落户“招商局·芯云谷””“▲天然氧吧“静湖公园””已删。存段末段“资料显示,2010年4月,漳州开发区升级为…荣获“全国模范劳动关系”在句中中断，整段删去；正文截至“…为厦门湾南岸的腾飞奠定了基础。”。园区：漳州开发区（即漳州招商局经济技术开发区，文中只作“漳州开发区”；漳州，福建；级别在删去的末段，kind 记经济技术开发区）。招商局集团为开发方（可选公司，park 记漳州开发区）。事实：总体规划面积56.17平方公里；岸线28公里、深水岸线13公里（可选）。石后村为村庄，不列。",
  "pi01"),
 parks=[
  park(ZZ, "漳州", "福建", "经济技术开发区", A0, note="即漳州招商局经济技术开发区；文中只作“漳州开发区”“开发区”；素有“中国第二蛇口”之称"),
 ],
 companies=[
  comp("招商局集团", ZZ, A3, opt=True, note="联合多家股东开发建设；开发运营方"),
 ],
 projects=[],
 aggregate_facts=[
  fact(ZZ, "park", "planned_area_km2", 56.17, "km2", A1, "2017年12月"),
  fact(ZZ, "park", "shoreline_km", 28, "km", A2, "2017年12月", opt=True),
  fact(ZZ, "park", "deepwater_shoreline_km", 13, "km", A2, "2017年12月", opt=True),
 ])

# ---------------------------------------------------------------- pi02 连云港海州 (新华报业网 2019)
HZ = "海州工业园"
B0 = "同样位于海州工业园的昊海智慧谷创新孵化基地,笑脸盈盈的智能服务机器人“创创”根据记者的提问,快速、准确地提供各类信息"
B1 = "一旁的创泽智能机器人(江苏)有限公司业务一部总经理张磊介绍"
G["pi02"] = dict(
 article=art("【贯彻江苏省委全会精神调研行】连云港海州:千年古城向创新要“青春”", "新华报业网（jsnews.jschina.com.cn；存段无记者署名，图片署名刘莉）", "2019-09-15", "day",
  "Provincial press group's news site, Jiangsu: a reporting tour of a district's innovation — a pharmaceutical leader's production base, an incubation base in the district's industrial park with a robot maker",
  "http://jsnews.jschina.com.cn/jsyw/201909/t20190915_2387636.shtml",
  "日期取页面“2019-09-15 12:51:00 来源:新华报业网”。标题照录；图片文件名、日期来源行、“1”“听新闻”与两条图片说明已删。存段末段“在创新孵化基地的电子显示屏上,…万闻华的一”在句中中断，整段删去；正文截至“…唯一一个“创新奖”。”，共三段。园区：海州工业园（连云港市海州区，江苏）；昊海智慧谷创新孵化基地位于海州工业园（可选园区，parent 海州工业园）。公司：创泽智能机器人(江苏)有限公司（在孵化基地，园区记海州工业园）；正大天晴（“同样位于海州工业园”推定正大天晴药业生产基地也在海州工业园，园区记海州工业园，注明推定）。无项目、无金额。“连续四年进入中国医药工业百强榜前20强”为企业排名，不计事实。",
  "pi02"),
 parks=[
  park(HZ, "连云港", "江苏", "工业园", B0, district="海州区"),
  park("昊海智慧谷创新孵化基地", "连云港", "江苏", "孵化基地", B0, district="海州区", parent=HZ, opt=True),
 ],
 companies=[
  comp("正大天晴", HZ, "作为海州区百亿级工业龙头企业,正大天晴集科研、生产和销售为一体", note="海州区正大天晴药业生产基地；园区由“同样位于海州工业园”推定"),
  comp("创泽智能机器人(江苏)有限公司", HZ, B1, note="在昊海智慧谷创新孵化基地"),
 ],
 projects=[],
 aggregate_facts=[],
)

# ---------------------------------------------------------------- pi03 周口 开发区 复工复产 (周口日报 2020)
KF = "开发区"
C0 = "一季度,全区18个省市重点项目完成投资29.1亿元"
C1 = "投资50亿元的开元万达商业项目已封顶,投资3.4亿元的益海小麦项目建成投产,投资3亿元的企美药业即将建成"
G["pi03"] = dict(
 article=art("（无标题）周口开发区复工复产提速扩面", "周口日报·新周口客户端（记者 王泉林），载于中华龙都网 zhld.com", "2020-04-09", "day",
  "City daily's app on the city portal, Henan: a development zone's return to work during the epidemic — first-quarter investment in key projects, three named projects with sums and stages",
  "http://zhld.com/content/2020-04/09/content_875075.html",
  "日期取页面“2020-04-09”与网址。存段无标题（title 为编者概括）；来源行、日期行、记者行、责任编辑与版权行已删。正文两段，完整。园区：文中只作“开发区”（周口市的开发区，推定为周口经济开发区，不补全称；周口，河南）。项目：开元万达商业项目（投资50亿元，已封顶→在建）、益海小麦项目（投资3.4亿元，建成投产→投产）、企美药业（投资3亿元，即将建成→在建；项目名即企业名）。事实：一季度18个省市重点项目完成投资29.1亿元（cumulative）。",
  "pi03"),
 parks=[
  park(KF, "周口", "河南", "开发区", "开发区扛稳疫情防控和复工复产责任,持续抓好疫情防控常态化,促进辖区复工复产提速扩面", note="文中只作“开发区”“全区”；周口市，全称未给"),
 ],
 companies=[
  comp("企美药业", KF, C1, opt=True, note="项目名即企业名"),
 ],
 projects=[
  proj("开元万达商业项目", KF, C1, inv="投资50亿元", status="在建", status_text="已封顶"),
  proj("益海小麦项目", KF, C1, inv="投资3.4亿元", status="投产", status_text="建成投产"),
  proj("企美药业", KF, C1, companies=["企美药业"], inv="投资3亿元", status="在建", status_text="即将建成"),
 ],
 aggregate_facts=[
  fact(KF, "park", "key_projects", 18, "count", C0, "2020年一季度", opt=True, note="省市重点项目"),
  fact(KF, "park", "key_projects_investment_completed_cny", 2.91e9, "cny", C0, "2020年一季度", kind="cumulative", chk=True),
 ])

# ---------------------------------------------------------------- pi04 益阳高新区 (益阳市政府网 2022)
YY = "益阳高新区"
D0 = "走进益阳高新区东部产业园的信维通信益阳5G产业园工地,14台塔吊挥舞长臂,12台桩基“火力全开”,一派热火朝天的景象"
D1 = "200个优质项目落户,119个工业项目投产"
D2 = "去年,三一铣刨机、摊铺机智能化改造项目全面完成,车桥项目试生产;信维5G产业园项目一期主体工程加快建设;益阳橡机数字化制造基地、弗兰德5G设备生产基地等27个工业项目建成投产"
D3 = "全区2021年完成规模工业总产值937.4亿元,同比增长9.4% ;工业技改投资54.1亿元,同比增长7.5%"
D4 = "全区还新增高新技术企业44家,高新技术产业增加值超过105.4亿元,同比增长15.0%,年完成技术合同交易额3.98亿元"
G["pi04"] = dict(
 article=art("（无标题）益阳高新区重点项目建设“迎春拔节”", "益阳市人民政府网 yiyang.gov.cn（存段无署名、无原发媒体）", "2022", "year",
  "City government portal's news item, Hunan: a national high-tech zone early in the year — a 5G industrial park under construction, projects landed and in production since it became national, named projects completed or in production in 2021, the zone's 2021 output, investment and high-tech figures, its national ranking",
  "http://yiyang.gov.cn/yiyang/2/3/74/content_1540773.html",
  "存段无标题、无日期行（title 为编者概括）。日期：文中“去年…全区2021年完成…”“在2021年度国家高新区综合评价”与“迎春拔节”“预计厂房主体工程将于4月底全部完工”，推定为2022年春，记 2022（year）。存段末段“继续朝着…地区生产总值增长9%以上、固”在句中中断，整段删去；正文截至“…较上年晋升4位。”，共四段。园区：益阳高新区（益阳，湖南；湖南省第四个国家级高新区）；益阳高新区东部产业园（可选，parent 益阳高新区）。项目：信维通信益阳5G产业园（在建；又作“信维5G产业园项目一期”）；三一铣刨机、摊铺机智能化改造项目（全面完成→竣工）；车桥项目（试生产，可选，无状态值）；益阳橡机数字化制造基地、弗兰德5G设备生产基地（建成投产→投产）。公司：信维通信、三一、金博（可选）。事实：200个项目落户、119个工业项目投产（累计）；2021年27个工业项目建成投产；规模工业总产值937.4亿元及增速；技改投资54.1亿元；新增高企44家；高新技术产业增加值超105.4亿元；技术合同3.98亿元；国家高新区综合评价第64位（不计）。",
  "pi04"),
 parks=[
  park(YY, "益阳", "湖南", "国家级高新区", D0, note="湖南省第四个国家级高新区；文中又作“全区”"),
  park("益阳高新区东部产业园", "益阳", "湖南", "产业园", D0, parent=YY, opt=True),
 ],
 companies=[
  comp("信维通信", YY, D0, opt=True, note="只在项目名中"),
  comp("三一", YY, "金博、三一产值分别同比增长220%、100%", opt=True),
  comp("金博", YY, "金博、三一产值分别同比增长220%、100%", opt=True),
 ],
 projects=[
  proj("信维通信益阳5G产业园", "益阳高新区东部产业园", D0, companies=["信维通信"], aliases=["信维5G产业园项目一期"], status="在建", status_text="工地…热火朝天；一期主体工程加快建设",
       note="预计厂房主体工程4月底全部完工"),
  proj("三一铣刨机、摊铺机智能化改造项目", YY, D2, companies=["三一"], status="竣工", status_text="全面完成", note="2021年"),
  proj("车桥项目", YY, D2, status=None, status_text="试生产", opt=True, note="2021年试生产"),
  proj("益阳橡机数字化制造基地", YY, D2, status="投产", status_text="建成投产", note="2021年"),
  proj("弗兰德5G设备生产基地", YY, D2, status="投产", status_text="建成投产", note="2021年"),
 ],
 aggregate_facts=[
  fact(YY, "park", "projects_landed", 200, "count", D1, "2022年初（升级国家级以来）", kind="cumulative"),
  fact(YY, "park", "industrial_projects_in_production", 119, "count", D1, "2022年初（升级国家级以来）", kind="cumulative"),
  fact(YY, "park", "projects_completed", 27, "count", D2, "2021年"),
  fact(YY, "park", "industrial_output_cny", 9.374e10, "cny", D3, "2021年", chk=True),
  fact(YY, "park", "industrial_output_yoy_growth", 0.094, "ratio", D3, "2021年", kind="ratio"),
  fact(YY, "park", "tech_renovation_investment_cny", 5.41e9, "cny", "工业技改投资54.1亿元,同比增长7.5%", "2021年", chk=True),
  fact(YY, "park", "high_tech_firms_new", 44, "count", D4, "2021年"),
  fact(YY, "park", "high_tech_value_added_cny", 1.054e10, "cny", "高新技术产业增加值超过105.4亿元,同比增长15.0%", "2021年", qual="超", qtext="超过", chk=True),
  fact(YY, "park", "tech_contract_value_cny", 3.98e8, "cny", "年完成技术合同交易额3.98亿元", "2021年", opt=True, chk=True),
 ])
