# real155 ground truth, read by build_all.py (helpers defined there; copied from real52). Conventions as real28–real52:
# evidence verbatim (all items simplified script as published); names as written; 逾/超过/超/以上/不低于 → 超, 余/多 → 余,
# 约/近 → 约 (qualifier_text keeps the word). Yuan in investment_cny / *_cny facts (first amount of the evidence; chk=True
# asserts it). Growth rates and shares as ratios. Projects: the park the text places them in, null where only a county,
# district or city is named (a county is a region, not a park). Status from the text's words (开工 / 开工建设 → 开工; 竣工投产 /
# 已经投产 → 投产; 签约 → 签约; 建设如火如荼 → 在建). “预计” figures are kind target with “（预计）” in as_of.

# ---------------------------------------------------------------- wv01 吉安县 一季度 (cn.dailyeconomic relaying 江西省发改委, 2022)
A0 = "一季度,全县共签约项目18个,签约金额199.7亿元,其中20亿元项目2个、50亿元项目2个,签约亿元以上项目和签约总金额同比分别增长260%和244%"
A1 = "一季度,全县26个重点工业项目已开工建设17个,开工率为65%"
A2 = "VR智慧屏、伊戈尔磁电、腾达智能制造等8个总投资127亿元项目开工建设"
A3 = "富洪食品、鼎邦科技等5个亿元项目竣工投产"
A4 = "1-2月,全县规模工业增加值增长10.8%,工业固投完成7.19亿元、增长76.7%"
Q1 = "2022年一季度"
JA = "吉安县"
G["wv01"] = dict(
 article=art("（无标题）吉安县一季度签约项目18个 8个项目开工建设、5个亿元项目竣工投产", "cn.dailyeconomic.com（江西频道；文首“据江西省发改委消息”，原刊未注明；无署名）", "2022-04-11", "day",
  "News relay of a provincial development-and-reform commission item, Jiangxi: a county's first-quarter signings, key industrial projects started and in production, industrial growth",
  "https://cn.dailyeconomic.com/jx/2022/04/11/1052.html",
  "日期取网址 2022/04/11。存段无标题、无日期行（title 为编者概括），以“据江西省发改委消息”开头，两段，完整。文中没有点名园区（吉安县为县，事实 subject_type region）。项目按文中名称：VR智慧屏、伊戈尔磁电、腾达智能制造（8个项目合计总投资127亿元“开工建设”→开工；合计额不分摊到单个项目）；富洪食品、鼎邦科技（“亿元项目竣工投产”→投产；“亿元项目”为档次，不作投资额）。园区 null。项目名即企业简称，企业另列为可选。",
  "wv01"),
 parks=[],
 companies=[
  comp("伊戈尔磁电", None, A2, opt=True, note="以企业名作项目名"),
  comp("富洪食品", None, A3, opt=True, note="以企业名作项目名"),
  comp("鼎邦科技", None, A3, opt=True, note="以企业名作项目名"),
 ],
 projects=[
  proj("VR智慧屏", None, A2, status="开工", status_text="开工建设", note="8个项目合计总投资127亿元"),
  proj("伊戈尔磁电", None, A2, status="开工", status_text="开工建设", note="8个项目合计总投资127亿元"),
  proj("腾达智能制造", None, A2, status="开工", status_text="开工建设", note="8个项目合计总投资127亿元"),
  proj("富洪食品", None, A3, status="投产", status_text="竣工投产", note="亿元项目（档次）"),
  proj("鼎邦科技", None, A3, status="投产", status_text="竣工投产", note="亿元项目（档次）"),
 ],
 aggregate_facts=[
  fact(JA, "region", "projects_signed", 18, "count", A0, Q1),
  fact(JA, "region", "signed_investment_cny", 1.997e10, "cny", "签约金额199.7亿元", Q1, chk=True),
  fact(JA, "region", "projects_signed_yoy_growth", 2.6, "ratio", "签约亿元以上项目和签约总金额同比分别增长260%和244%", Q1, kind="ratio", opt=True, note="亿元以上签约项目数"),
  fact(JA, "region", "signed_investment_yoy_growth", 2.44, "ratio", "签约亿元以上项目和签约总金额同比分别增长260%和244%", Q1, kind="ratio", opt=True),
  fact(JA, "region", "key_industrial_projects_started", 17, "count", A1, Q1, note="26个重点工业项目中"),
  fact(JA, "region", "key_industrial_projects_planned", 26, "count", A1, "2022年", opt=True),
  fact(JA, "region", "project_start_rate", 0.65, "ratio", A1, Q1, kind="ratio", opt=True),
  fact(JA, "region", "projects_started", 8, "count", A2, Q1),
  fact(JA, "region", "projects_started_investment_cny", 1.27e10, "cny", A2, Q1, chk=True),
  fact(JA, "region", "projects_completed", 5, "count", A3, Q1, note="亿元项目竣工投产"),
  fact(JA, "region", "industrial_value_added_growth", 0.108, "ratio", A4, "2022年1–2月", kind="ratio"),
  fact(JA, "region", "industrial_fixed_asset_investment_cny", 7.19e8, "cny", "工业固投完成7.19亿元、增长76.7%", "2022年1–2月", kind="cumulative", chk=True),
  fact(JA, "region", "industrial_fixed_asset_investment_growth", 0.767, "ratio", "工业固投完成7.19亿元、增长76.7%", "2022年1–2月", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- wv02 吉水14个工业项目开工 (掌上吉水 via 麦地网 forum, 2022)
B0 = "10月1日,吉水县举行三季度重大项目“擂台赛”暨华澳控股智能装备、鼎超智造等14个工业项目开工活动。此次开工的14个工业项目总投资额214.2亿元"
B1 = "据悉,2022年,吉水县安排计划开工建设的重点项目115个,目前已开工项目91个,开工率为79.2%"
B2 = "此次开工的华澳控股智能装备项目总投资50亿元,一期投资40亿元"
B3 = "该项目全部竣工投产后,预计可实现年主营业务收入55亿元,年利税6.5亿元"
JS = "吉水县"
AS2 = "2022-10-01"
G["wv02"] = dict(
 article=art("吉水14个工业项目开工", "吉安麦地网（maidi.me）论坛帖“[吉安大小事] 总投资237.8亿元,吉安这些项目开工、签约!”（我爱大吉安 发表）中的一篇；署名“(刘丽萍)”，图片来源掌上吉水", "2022-10-02", "day",
  "Local forum relay of a county media item, Jiangxi: a county's 14 industrial projects started, one named 5-billion project with phase, expected revenue and profit-tax, county start rate and fixed-asset investment",
  "https://maidi.me/thread-468500-1-1.html",
  "日期取帖子“发表于 2022-10-2 14:03:14”；开工活动在10月1日。帖子汇集吉安多县消息，本条取其中第一篇“吉水14个工业项目开工”（小标题作标题；帖子标题见 title_note）；其后“安福项目为王拼搏赶超”一篇存段只剩“9月30日,安福县”，不取。论坛行、图片文件名与“图片来源:掌上吉水”已删。文中没有点名园区（只有“园区企业‘两不停’”泛称），吉水县为县（region）。项目：华澳控股智能装备项目（总投资50亿元，一期40亿元，开工）、鼎超智造（开工）；园区 null。14个项目总投资214.2亿元为合计。",
  "wv02", title_note="论坛帖标题：[吉安大小事] 总投资237.8亿元,吉安这些项目开工、签约!"),
 parks=[],
 companies=[
  comp("华澳控股", None, B0, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("华澳控股智能装备项目", None, B2, companies=["华澳控股"], inv="总投资50亿元", status="开工", status_text="开工",
       aliases=["华澳控股智能装备"], note="一期投资40亿元；用地约180亩"),
  proj("鼎超智造", None, B0, status="开工", status_text="开工活动", note="14个项目之一"),
 ],
 aggregate_facts=[
  fact(JS, "region", "projects_started", 14, "count", B0, AS2, note="工业项目"),
  fact(JS, "region", "projects_started_investment_cny", 2.142e10, "cny", "此次开工的14个工业项目总投资额214.2亿元", AS2, chk=True),
  fact(JS, "region", "key_projects_planned", 115, "count", B1, "2022年", kind="target", opt=True),
  fact(JS, "region", "key_projects_started", 91, "count", B1, "2022年（截至10月初）", kind="cumulative"),
  fact(JS, "region", "project_start_rate", 0.792, "ratio", B1, "2022年（截至10月初）", kind="ratio", opt=True),
  fact(JS, "region", "fixed_asset_investment_cny", 1.099e10, "cny", "1至8月,完成固定资产投资109.9亿元,同比增速为14.6%", "2022年1–8月", kind="cumulative", chk=True),
  fact(JS, "region", "fixed_asset_investment_growth", 0.146, "ratio", "1至8月,完成固定资产投资109.9亿元,同比增速为14.6%", "2022年1–8月", kind="ratio", opt=True),
  fact("华澳控股智能装备项目", "project", "phase1_investment_cny", 4e9, "cny", "一期投资40亿元", AS2, opt=True, chk=True),
  fact("华澳控股智能装备项目", "project", "expected_annual_revenue_cny", 5.5e9, "cny", "预计可实现年主营业务收入55亿元", "达产后（预计）", kind="target", opt=True, chk=True),
 ])

# ---------------------------------------------------------------- wv03 抚州东乡区:奋战一季度 (抚州日报 via gongyicankao, 2023)
C0 = "江西亿友药业技改扩建项目建设同样如火如荼。该技改扩建项目占地70亩,总投资3亿元"
C1 = "据了解,目前东乡区在建的重点工业项目共26个,其中新建项目19个,续建项目7个"
C2 = "新建项目中,台宏电子、发那特机械、台德智慧科技3个项目已经投产,视显高科、凯斯特机械、鲲鹏新材料等8个项目已经开工"
C3 = "近日,笔者走进江西鲲鹏新材料科技有限公司施工现场看到"
DX = "东乡区"
AS3 = "2023年1月"
G["wv03"] = dict(
 article=art("抚州东乡区:奋战一季度 夺取“开门红”", "抚州日报（占人豪），经中国青年网（df.youth.cn）转载于 gongyicankao.com（公益参考消息）", "2023-01-13", "day",
  "City daily via two relays, Jiangxi: a district's early-year industrial project drive — a firm's plant under construction, a pharmaceutical expansion with investment, counts of projects under construction, started and in production",
  "http://www.gongyicankao.com/news/2023/hd_0113/16462.html",
  "日期取页面“2023-01-13 09:17:20来源:抚州日报”；页面另附中国青年网地址 df.youth.cn/dfzl/202301/t20230112_14254533.htm（2023-01-12）。标题照录；栏目行、责任编辑、转载地址、编辑行与版权声明已删。正文四段，完整。文中没有点名园区（东乡区为市辖区，region）。项目：江西亿友药业技改扩建项目（总投资3亿元；“建设同样如火如荼”→在建）；台宏电子、发那特机械、台德智慧科技（已经投产→投产）；视显高科、凯斯特机械、鲲鹏新材料（已经开工→开工）。江西鲲鹏新材料科技有限公司为“东乡区2022年引进投产的重点项目之一”且施工中，公司另列；园区 null。",
  "wv03"),
 parks=[],
 companies=[
  comp("江西鲲鹏新材料科技有限公司", None, C3, aliases=["鲲鹏新材料"], note="新能源材料和生物医药中间体；施工中"),
  comp("江西亿友药业", None, C0, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("江西亿友药业技改扩建项目", None, C0, companies=["江西亿友药业"], inv="总投资3亿元", status="在建", status_text="建设同样如火如荼", note="占地70亩；投产后年销售额预计6亿至8亿元"),
  proj("台宏电子", None, C2, status="投产", status_text="已经投产"),
  proj("发那特机械", None, C2, status="投产", status_text="已经投产"),
  proj("台德智慧科技", None, C2, status="投产", status_text="已经投产"),
  proj("视显高科", None, C2, status="开工", status_text="已经开工"),
  proj("凯斯特机械", None, C2, status="开工", status_text="已经开工"),
  proj("鲲鹏新材料", None, C2, companies=["江西鲲鹏新材料科技有限公司"], status="开工", status_text="已经开工"),
 ],
 aggregate_facts=[
  fact(DX, "region", "key_industrial_projects_under_construction", 26, "count", C1, AS3),
  fact(DX, "region", "new_projects_under_construction", 19, "count", C1, AS3, opt=True),
  fact(DX, "region", "continued_projects_under_construction", 7, "count", C1, AS3, opt=True),
  fact(DX, "region", "projects_in_production", 3, "count", C2, AS3, note="新建项目中已经投产"),
  fact(DX, "region", "projects_started", 8, "count", C2, AS3, note="新建项目中已经开工"),
 ])

# ---------------------------------------------------------------- wv04 寻乌石排工业园区东扩西拓北延 (forum repost of a county WeChat item, 2018)
D0 = "积极推进石排工业园区东扩西拓北延项目,全力保障企业落户用地需求"
D1 = "据初步统计,东扩西拓北延项目规划总面积420公顷,建成后可为园区增加工业用地4700亩"
D2 = "总投资1525.7万元的北延项目,已平整土地375亩,敷设1.5米涵管350米,完成总工程量的80%"
D3 = "西拓项目总投资3600万元,占地760亩,建成后可增加工业用地600亩"
D4 = "计划分三期进行的东扩项目,一期计划已完成立项,正进行规划设计"
SP = "石排工业园区"
AS4 = "2018年5月下旬"
G["wv04"] = dict(
 article=art("东扩西拓北延,寻乌石排工业园区稳步扩张", "xwwsh.com 论坛（竹林樱草 发表；转贴县级微信公众号文章，原出处未注明）", "2018-05-30", "day",
  "Forum repost of a county WeChat item, Jiangxi: a county industrial park's three-direction expansion — planned area, added industrial land, two expansion projects' investment and progress",
  "https://xwwsh.com/archiver/tid-15247.html",
  "日期取“竹林樱草 发表于 2018-5-30 10:55:07”（“时值5月下旬”）。标题照录。存段把135编辑器的 HTML 一并存下，make_txt.py 只取 <p> 元素中的文字（HTML_P），两段。存段在“项目技术负责人王桦说:“我们有信心全”处中断，该残句连同前面的逗号已删（LINE_SUFFIX），正文截至“…完成总工程量的20%”。园区：石排工业园区（寻乌县，赣州，江西；“我县”即寻乌县，据标题）。项目：东扩西拓北延项目（总称，规划420公顷）；东扩项目（一期已立项、规划设计中→planned）；北延项目（总投资1525.7万元，完成80%→在建）；西拓项目（总投资3600万元，4月开工，完成20%→开工，status_alt 在建）。年份早于本集角度（2021–2026），见 SOURCES.md。",
  "wv04"),
 parks=[
  park(SP, "赣州", "江西", "工业园区", D0, district="寻乌县", aliases=["寻乌石排工业园区"], note="标题作“寻乌石排工业园区”"),
 ],
 companies=[],
 projects=[
  proj("石排工业园区东扩西拓北延项目", SP, D0, aliases=["东扩西拓北延项目"], note="总称；规划总面积420公顷", opt=True),
  proj("东扩项目", SP, D4, status="planned", status_text="一期计划已完成立项,正进行规划设计", note="分三期"),
  proj("北延项目", SP, D2, inv="总投资1525.7万元", status="在建", status_text="完成总工程量的80%"),
  proj("西拓项目", SP, D3, inv="总投资3600万元", status="开工", status_text="自今年4月份开工", status_alt="在建", note="完成总工程量的20%"),
 ],
 aggregate_facts=[
  fact(SP, "park", "expansion_planned_area_ha", 420, "hectare", D1, AS4, kind="target"),
  fact(SP, "park", "industrial_land_added_mu", 4700, "mu", D1, "建成后（规划）", kind="target"),
  fact("北延项目", "project", "land_leveled_mu", 375, "mu", D2, AS4, kind="cumulative", opt=True),
  fact("北延项目", "project", "work_completed_share", 0.8, "ratio", D2, AS4, kind="ratio", opt=True),
  fact("西拓项目", "project", "site_area_mu", 760, "mu", D3, AS4, opt=True),
  fact("西拓项目", "project", "industrial_land_added_mu", 600, "mu", D3, "建成后（规划）", kind="target", opt=True),
  fact("西拓项目", "project", "work_completed_share", 0.2, "ratio", "目前已完成总工程量的20%", AS4, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- wv05 上饶 加速发展“大工业” (上饶市广播电视台 via 江西民生网, 2021)
E0 = "位于上铅快速通道的瑞旭实业有限公司,总占地面积800亩,总投资30亿元,是集研发、生产、销售与服务一体的大型智能制造企业"
E1 = "其中的江西科美格新材料有限公司是全市目前唯一一家高精度铜板带压延企业"
E2 = "在铅山落户的江西塔益莱高分子材料有限公司,是上饶大力助推产业高端化发展而引进的高分子材料制造公司"
E3 = "全市规模以上工业增加值同比增长17.6%,高于全省平均水平0.6个百分点"
SR = "上饶市"
G["wv05"] = dict(
 article=art("上饶:加速发展“大工业” 推动经济高质量跨越式发展", "上饶市广播电视台（记者 李镇东），载于江西民生网（jiangximinsheng.com）", "2021-09-03", "day",
  "City broadcaster's item on a provincial portal, Jiangxi: a city's industrial drive — three named firms (one with area and investment), city industrial growth",
  "http://www.jiangximinsheng.com/archives/view-27355-1.html",
  "日期取页面“2021-09-03 16:15江西民生网”。标题照录；导航、日期行、“来源: 上饶市广播电视台”、乱码来源行与版权声明已删。正文五段，完整。文中没有点名园区；瑞旭实业“位于上铅快速通道”，塔益莱“在铅山落户”（铅山为县，不是园区），园区均 null。瑞旭实业的总投资30亿元是企业投资，不另立项目（无项目名），记为公司事实。",
  "wv05"),
 parks=[],
 companies=[
  comp("瑞旭实业有限公司", None, E0, note="位于上铅快速通道；铝型材、电缆线"),
  comp("江西科美格新材料有限公司", None, E1, note="高精度铜板带压延"),
  comp("江西塔益莱高分子材料有限公司", None, E2, note="在铅山落户；光学树脂"),
 ],
 projects=[],
 aggregate_facts=[
  fact("瑞旭实业有限公司", "company", "total_investment_cny", 3e9, "cny", "总占地面积800亩,总投资30亿元", "2021年", chk=True),
  fact("瑞旭实业有限公司", "company", "site_area_mu", 800, "mu", "总占地面积800亩,总投资30亿元", "2021年", opt=True),
  fact(SR, "region", "industrial_value_added_growth", 0.176, "ratio", E3, "2021年1–7月", kind="ratio"),
  fact(SR, "region", "nonferrous_industry_growth", 0.254, "ratio", "其中有色金属产业增长25.4%", "2021年1–7月", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- wv06 江华2024年第一次重大项目集中开工签约 (红网, 2024)
F0 = "2月26日上午,江华2024年第一次重大项目集中开工签约仪式在江华高新区举行"
F1 = "此次开工签约仪式,共有8个项目开工,总投资28.59亿元,签约10个项目,总投资16.8亿元"
F2 = "其中,江华新能源智慧产业园项目总投资额达13.8亿元,主要生产景区智能共享电动车以及相关配套服务"
JH = "江华"
AS6 = "2024-02-26"
G["wv06"] = dict(
 article=art("（无标题）江华2024年第一次重大项目集中开工签约仪式在江华高新区举行", "红网（红网时刻新闻；通讯员 王辉 黄春华 熊洋；编辑 陈小婷）", "2024-02-29", "day",
  "Provincial news portal's county item, Hunan (outside the set's Jiangxi angle): a county's first joint groundbreaking and signing of the year held in its high-tech zone — counts and totals, one named project with investment",
  "https://hn.rednet.cn/m/content/646846/63/13583335.html",
  "日期取电头“红网时刻新闻2月29日讯”；仪式2月26日。存段无标题（title 为编者概括）。图片说明“江华县委书记段贵建宣布开工。”与“来源:红网”“编辑:陈小婷”已删。正文三段，完整。园区：江华高新区（江华瑶族自治县，永州，湖南；仪式举办地）。项目：江华新能源智慧产业园项目（总投资额13.8亿元）——文中只说“其中”，未说属开工或签约，status null；也未说落在江华高新区，park null（仪式在该区举行不等于项目在区内）。8个开工、10个签约为全县合计（region 江华）。",
  "wv06"),
 parks=[
  park("江华高新区", "永州", "湖南", "高新区", F0, district="江华瑶族自治县", note="仪式举办地"),
 ],
 companies=[],
 projects=[
  proj("江华新能源智慧产业园项目", None, F2, inv="总投资额达13.8亿元", note="属开工或签约未说明；园区未说明"),
 ],
 aggregate_facts=[
  fact(JH, "region", "projects_started", 8, "count", F1, AS6),
  fact(JH, "region", "projects_started_investment_cny", 2.859e9, "cny", "共有8个项目开工,总投资28.59亿元", AS6, chk=True),
  fact(JH, "region", "projects_signed", 10, "count", F1, AS6),
  fact(JH, "region", "signed_investment_cny", 1.68e9, "cny", "签约10个项目,总投资16.8亿元", AS6, chk=True),
 ])

# ---------------------------------------------------------------- wv07 永州经开区再次刷新招商速度 (湖南日报 via 中国园区网, 2022)
H0 = "9月9日下午,永州经开区与江西瑞宇新能源科技有限公司签约仪式在潇湘科技创新中心举行"
H1 = "江西瑞宇新能源科技有限公司将在永州经开区投资建设瑞宇新能源(永州)低碳光电产业园,项目计划分三期建成,总投资不低于20亿元,年产值有望达到25亿元"
H2 = "近年来,永州经开区全力推动新能源产业链高质量发展,先后引进了永州时代、盛利集团、运达股份等一批新能源企业"
YZ = "永州经开区"
G["wv07"] = dict(
 article=art("永州经开区再次刷新招商速度", "湖南日报（刘佳宾 蒋健），载于中国园区网（zgyq.china.com.cn）", "2022-09-14", "day",
  "Provincial daily on a park portal, Hunan (outside the set's Jiangxi angle; the investor is a Jiangxi firm): a national-level zone signs a Jiangxi solar firm's three-phase park project within ten days; firms brought in earlier",
  "http://www.zgyq.china.com.cn/2022-09/14/content_42106399.html",
  "日期取页面“时间:2022-09-14来源 : 湖南日报作者 : 刘佳宾 蒋健”；签约9月9日。标题照录；日期来源行、“(责任编辑:园区投稿01)”与“Back to Top”已删。正文四段，完整。园区：永州经开区（永州，湖南）。公司：江西瑞宇新能源科技有限公司（在永州经开区投资建设，park 记永州经开区）；永州时代、盛利集团、运达股份（“永州经开区…先后引进”，园区内）。项目：瑞宇新能源(永州)低碳光电产业园——签约；“总投资不低于20亿元”→超（qualifier_text 不低于）；分三期；年产值有望25亿元（target）。“潇湘科技创新中心”为签约地点，不列。",
  "wv07"),
 parks=[
  park(YZ, "永州", "湖南", "经开区", H0),
 ],
 companies=[
  comp("江西瑞宇新能源科技有限公司", YZ, H1, note="在永州经开区投资建设；董事长周日荣"),
  comp("永州时代", YZ, H2),
  comp("盛利集团", YZ, H2),
  comp("运达股份", YZ, H2),
 ],
 projects=[
  proj("瑞宇新能源(永州)低碳光电产业园", YZ, H1, companies=["江西瑞宇新能源科技有限公司"], inv="总投资不低于20亿元", qual="超", qual_text="不低于",
       status="签约", status_text="签订招商引资协议", note="分三期建成"),
 ],
 aggregate_facts=[
  fact("瑞宇新能源(永州)低碳光电产业园", "project", "expected_annual_output_cny", 2.5e9, "cny", "年产值有望达到25亿元", "建成后（预计）", kind="target", chk=True),
  fact(YZ, "park", "days_from_talks_to_signing", 10, "day", "从初步洽谈到正式签约,仅用时10天", "2022-09-09", opt=True),
 ])
