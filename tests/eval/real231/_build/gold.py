# real231 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Conventions as real28–real52: evidence verbatim (all seven items simplified script as published); names as written in the
# text; 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/左右 → 约 (qualifier_text keeps the word). Money: yuan in investment_cny /
# *_cny facts (first amount of the evidence; chk=True asserts it); an amount with 多 between unit and 元 (“3.4亿多元”) stays in
# investment_text with investment_cny null (unparsed=True). Growth rates and shares as ratios. Projects: the park is the one the
# text places the project in, null if none (a county or prefecture is not a park). Status from the text's words (开工 / 破土动工 /
# 已开工建设 → 开工; 建成投产 → 投产; 已完工 → 竣工; 施工进度 / 进展顺利 / 即将投入运营 → 在建; 即将开工 / 前期工作 → planned).
# Year-to-date figures (“今年”, “截至目前”, “累计”) are cumulative; expected figures after production are target. Sources are
# `search` (corpus pages) excerpts typed into _raw/pages/tvNN.raw as returned.

# ---------------------------------------------------------------- tv01 藏青工业园区 40万吨阴极铜 (gem.xizang.gov.cn 2019)
ZQ = "藏青工业园区"
A0 = "为深化西藏、青海两省区合作交流,推动藏青工业园区40万吨阴极铜等重点项目落地,实现互利共赢"
A1 = "40万吨阴极铜项目是《藏青工业园区总体规划》确定的园区重要支撑性骨干产业。项目采用国内先进的底吹炼铜新工艺冶炼技术,投资约90亿元"
A2 = "投产后预计实现年营业收入186亿元,税收3.69亿元,提供岗位2000余个,带动周边就业5000余人"
A3 = "两省区政府于20137月签署了《关于建设格尔木藏青工业园区的合作框架协议》"
A4 = "西藏自治区藏青工业园区管理委员会领导张国宏、曹永寿参加活动"
AS1 = "投产后（预期）"
G["tv01"] = dict(
 article=art("西藏青海共同签署加快推进 藏青工业园区重点项目落地协议", "gem.xizang.gov.cn（西藏自治区政府网站群，藏青工业园区栏目；“来源:办公室”，无署名）", "2019-06-28", "day",
  "Government website of a cross-provincial zone, Tibet / Qinghai: the two provinces sign an agreement to speed up the landing of the zone's key project — a 400,000-tonne cathode-copper smelter with its investment, expected revenue, tax and jobs; the zone's earlier framework agreements",
  "http://gem.xizang.gov.cn/yqgk/ldzc/201906/t20190628_244177.html",
  "日期取页面“发布时间:2019年06月28日 来源:办公室”。标题照录（页面标题中“加快推进”后有一空格，照录）；“发布时间…来源…”行已删。正文四段，完整。存段数处年月日缺字，照录不补：“620日”（即6月20日）、“20137月”（2013年7月）、“20181月”（2018年1月）、“20194月”（2019年4月）；“ 20181月”前有一空格，照录。园区：藏青工业园区（位于青海格尔木，以西藏为主、两省区共建；文中又见协议名中的“格尔木藏青工业园区”，列 alias；管理机构为“西藏自治区藏青工业园区管理委员会”）。项目：40万吨阴极铜项目——投资约90亿元（约）；本文所签为两省区政府间“加快推进…落地”协议，非项目投资协议，项目尚未开工，status 记 planned，status_alt 记 签约；投产后预期年营业收入186亿元、税收3.69亿元、岗位2000余个（target）。省区领导不列。",
  "tv01"),
 parks=[
  park(ZQ, "格尔木", "青海", "工业园区（跨省区共建）", A0, district=None, aliases=["格尔木藏青工业园区"],
       note="位于青海格尔木，西藏为主、两省区共建（2013年7月框架协议）；管理机构为西藏自治区藏青工业园区管理委员会"),
 ],
 companies=[],
 institutions=[
  inst("西藏自治区藏青工业园区管理委员会", A4, park=ZQ, opt=False, note="园区管委会"),
 ],
 projects=[
  proj("40万吨阴极铜项目", ZQ, A1, inv="投资约90亿元", qual="约", qual_text="约", status="planned", status_text="加快推进…落地建设",
       status_alt="签约", note="两省区政府签署《关于加快推进藏青工业园区重点项目落地协议》推动其落地；底吹炼铜工艺；园区总体规划确定的骨干产业"),
 ],
 aggregate_facts=[
  fact("40万吨阴极铜项目", "project", "expected_annual_revenue_cny", 1.86e10, "cny", "投产后预计实现年营业收入186亿元", AS1, kind="target", chk=True),
  fact("40万吨阴极铜项目", "project", "expected_annual_tax_cny", 3.69e8, "cny", "税收3.69亿元", AS1, kind="target", chk=True),
  fact("40万吨阴极铜项目", "project", "expected_jobs", 2000, "count", A2, AS1, kind="target", qual="余", qtext="余"),
  fact("40万吨阴极铜项目", "project", "expected_indirect_jobs", 5000, "count", A2, AS1, kind="target", qual="余", qtext="余", opt=True),
 ])

# ---------------------------------------------------------------- tv02 海东河湟新区累计完成投资183亿 (海东日报 2019)
HH = "海东河湟新区"
B0 = "去年以来,海东河湟新区高起点定位,高标准发展"
B1 = "河湟新区大力实施了基础和配套设施建设,累计完成投资183.02亿元"
B2 = "投入78亿元修建了占地3500亩的高铁新区,入住群众达4万多人"
B3 = "三田建材城一期、红星美凯龙青藏高原旗舰店即将投入运营,全球商品保税直销中心等项目进展顺利"
B4 = "青藏高原移动大数据中心、比亚迪锂电池配套材料生产、 曹家堡保税物流中心(B型)、正平管廊等一些重大项目相继建成投产"
B5 = "中国电信省级数据中心、青海闽龙国际物流仓储区、盈石万维西宁海东物流园、荆楚高级中学、绿地集团城际空间站等项目已开工建设"
B6 = "唯品会青海运营总部、中国邮政物流、机场后勤基地、青藏高原牦牛产业园等项目即将开工建设"
B7 = "投入约10亿元实施国土绿化2.2万余亩,绿化率达到60% 以上"
AS2 = "2019年8月（2018年以来累计）"
G["tv02"] = dict(
 article=art("海东河湟新区累计完成投资183亿", "海东日报（“时报讯(实习记者 石瑛)”），载于 dbcsq.com（“海东日报首页”栏）", "2019-08-19", "day",
  "City daily on a regional news site, Qinghai: a new zone's cumulative investment since 2018 — infrastructure, a resettlement new town with its cost, greening, and the zone's logistics-and-trade projects by stage (about to operate, completed and in production, started, about to start), projects landed",
  "http://www.dbcsq.com/haidong/201908/137267.html",
  "日期取页面“2019-08-19 10:47:14 来源:海东日报”。标题照录；“海东日报首页”与时间来源行已删。正文首句以“时报讯(实习记者 石瑛)”开头，照录（页面署“海东日报”，电头作“时报讯”）。存段在下一段首词“此外,”处中断，该行已删，正文截至“…累计入驻产业项目58项。”，共三段。园区：海东河湟新区（文中又作“河湟新区”“新区”；海东市，青海；2018年由海东工业园区临空综合经济园更名而来——文中未说，不作 alias）。“高铁新区”为新区投资修建的安置新区，记为项目（投入78亿元，已建成入住），不作园区；“物流商贸中心”为新区建设目标，不列。项目按文中阶段：三田建材城一期、红星美凯龙青藏高原旗舰店（即将投入运营）与全球商品保税直销中心（进展顺利）→ 在建；青藏高原移动大数据中心、比亚迪锂电池配套材料生产、曹家堡保税物流中心(B型)、正平管廊 → 投产（相继建成投产）；中国电信省级数据中心等五项 → 开工；唯品会青海运营总部等四项 → planned（即将开工建设）。均无单项金额。国土绿化（约10亿元）列可选项目。只在项目名中的企业列为可选公司。事实：累计完成投资183.02亿元（标题与首段作183亿元，列可选）、道路136公里、入驻产业项目58项（cumulative）、绿化率60%以上。",
  "tv02"),
 parks=[
  park(HH, "海东", "青海", "新区（产城融合综合经济区）", B0, aliases=["河湟新区"], note="文中又作“河湟新区”“新区”"),
 ],
 companies=[
  comp("红星美凯龙", HH, B3, opt=True, note="只在项目名中"),
  comp("比亚迪", HH, B4, opt=True, note="只在项目名中"),
  comp("中国电信", HH, B5, opt=True, note="只在项目名中"),
  comp("绿地集团", HH, B5, opt=True, note="只在项目名中"),
  comp("盈石万维", HH, B5, opt=True, note="只在项目名中"),
  comp("唯品会", HH, B6, opt=True, note="只在项目名中"),
  comp("中国邮政", HH, B6, opt=True, note="只在项目名中"),
 ],
 projects=[
  proj("高铁新区", HH, B2, inv="78亿元", status="竣工", status_text="修建了…入住群众达4万多人", note="占地3500亩的安置新区，已建成入住"),
  proj("国土绿化", HH, B7, inv="约10亿元", qual="约", qual_text="约", opt=True, note="2.2万余亩"),
  proj("三田建材城一期", HH, B3, phase="一期", status="在建", status_text="即将投入运营"),
  proj("红星美凯龙青藏高原旗舰店", HH, B3, companies=["红星美凯龙"], status="在建", status_text="即将投入运营"),
  proj("全球商品保税直销中心", HH, B3, status="在建", status_text="进展顺利"),
  proj("青藏高原移动大数据中心", HH, B4, status="投产", status_text="相继建成投产"),
  proj("比亚迪锂电池配套材料生产", HH, B4, companies=["比亚迪"], status="投产", status_text="相继建成投产"),
  proj("曹家堡保税物流中心(B型)", HH, B4, status="投产", status_text="相继建成投产"),
  proj("正平管廊", HH, B4, status="投产", status_text="相继建成投产"),
  proj("中国电信省级数据中心", HH, B5, companies=["中国电信"], status="开工", status_text="已开工建设"),
  proj("青海闽龙国际物流仓储区", HH, B5, status="开工", status_text="已开工建设"),
  proj("盈石万维西宁海东物流园", HH, B5, companies=["盈石万维"], status="开工", status_text="已开工建设"),
  proj("荆楚高级中学", HH, B5, status="开工", status_text="已开工建设", opt=True, note="学校"),
  proj("绿地集团城际空间站", HH, B5, companies=["绿地集团"], status="开工", status_text="已开工建设"),
  proj("唯品会青海运营总部", HH, B6, companies=["唯品会"], status="planned", status_text="即将开工建设"),
  proj("中国邮政物流", HH, B6, companies=["中国邮政"], status="planned", status_text="即将开工建设"),
  proj("机场后勤基地", HH, B6, status="planned", status_text="即将开工建设"),
  proj("青藏高原牦牛产业园", HH, B6, status="planned", status_text="即将开工建设"),
 ],
 aggregate_facts=[
  fact(HH, "park", "investment_completed_cny", 1.8302e10, "cny", B1, AS2, kind="cumulative", chk=True, note="基础和配套设施建设"),
  fact(HH, "park", "investment_completed_cny", 1.83e10, "cny", "截至目前已累计完成投资183亿元", AS2, kind="cumulative", chk=True, opt=True, note="标题与首段的约数"),
  fact(HH, "park", "roads_built_km", 136, "km", "建成道路136公里", AS2, kind="cumulative", opt=True),
  fact(HH, "park", "projects_landed", 58, "count", "累计入驻产业项目58项", AS2, kind="cumulative"),
  fact(HH, "park", "greening_rate", 0.60, "ratio", B7, AS2, kind="ratio", qual="超", qtext="以上", opt=True),
 ])

# ---------------------------------------------------------------- tv03 海南州绿色产业发展园区 (现代快报 via csisolar 2020)
HN = "海南州绿色产业发展园区"
C0 = "海南州绿色产业发展园区(暨江苏工业园)是海南州人民政府于 2016 年整合原太阳能生态发电园区和恰卜恰工业发展园区而设立的集光伏、风力发电和工业加工制造为一体的综合性园区"
C1 = "目前,海南州绿色产业发展园新能源发电区已入驻光伏发电企业 46 家 81 个电站,风力发电企业 20 家 28 个电站"
C2 = "截至 2020 年 7 月,仅塔拉滩光伏扶贫电站累计发电就达到了 1.3 亿度,收入 9000 多万元,173 个贫困村可以平均分得 57 万元"
C3 = "光伏发电园每年可发电 70 亿度,而江苏每年帮助这里消纳 10 亿度电,目前已累计消纳 33 亿度"
AS3 = "2020年9月"
G["tv03"] = dict(
 article=art("（无标题）光伏发电扶贫增收，海南州绿色产业发展园每年向…", "现代快报（“来源:现代快报”；存段无署名），载于 cn.csisolar.com（阿特斯阳光电力网站）", "2020-09-18", "day",
  "Provincial evening paper's feature relayed by a solar firm's website, Jiangsu → Qinghai: a Tibetan prefecture's green-industry park set up with Jiangsu's paired assistance — its merger history and zones, a hydro-solar plant, a poverty-relief solar station's output and income, power generation and Jiangsu's absorption, the number of solar and wind firms and stations",
  "https://cn.csisolar.com/early/%E5%85%89%E4%BC%8F%E5%8F%91%E7%94%B5%E6%89%B6%E8%B4%AB%E5%A2%9E%E6%94%B6%EF%BC%8C%E6%B5%B7%E5%8D%97%E5%B7%9E%E7%BB%BF%E8%89%B2%E4%BA%A7%E4%B8%9A%E5%8F%91%E5%B1%95%E5%9B%AD%E6%AF%8F%E5%B9%B4%E5%90%91/",
  "日期取页面“发表于:2020-09-18 17:06:53 来源:现代快报”（文中“9 月 15 日”为采访日）。存段无标题行；title 取网址中的标题文字“光伏发电扶贫增收，海南州绿色产业发展园每年向”（网址截断，标题不全）。存段全文为一行（各段以单个空格相连），照原样作一段，行内不改；行首的“发表于:… 来源:现代快报”已删（make_txt.py LINE_PREFIX）；存段在“2017 年,江苏促成海南州引进”处中断，该残句已删（LINE_SUFFIX），正文截至“…风力发电企业 20 家 28 个电站。”。数字与单位间的空格、“无 \" 闲电 \"”“养 \" 光伏羊 \"”中的半角引号及空格均照录。园区：海南州绿色产业发展园区（暨江苏工业园；文中又作“海南州绿色产业发展园”“园区”；海南藏族自治州，青海；位于恰卜恰镇周边——恰卜恰镇为共和县城，文中未说县名，district 记 null）；2016年由原太阳能生态发电园区与恰卜恰工业发展园区整合而成（两者列可选园区）。项目：龙羊峡水光互补光伏电站（园区内，运行中，状态不记）；塔拉滩光伏扶贫电站（园区光伏发电园位于塔拉滩，园区由语境推定）。事实：园区新能源发电区入驻光伏发电企业46家81个电站、风电企业20家28个电站；光伏发电园年发电70亿度、江苏年消纳10亿度、累计消纳33亿度；塔拉滩电站截至2020年7月累计发电1.3亿度、收入9000多万元（余）、173个贫困村平均分得57万元；发电所得60%归村集体。",
  "tv03"),
 parks=[
  park(HN, "海南州", "青海", "产业园区（新能源发电与工业加工）", C0, aliases=["江苏工业园", "海南州绿色产业发展园"],
       note="暨江苏工业园；2016年整合原太阳能生态发电园区和恰卜恰工业发展园区设立；分新能源发电区（光伏发电园、风力发电园）和工业加工制造区"),
  park("太阳能生态发电园区", "海南州", "青海", "发电园区", C0, opt=True, note="2016年并入海南州绿色产业发展园区的原园区"),
  park("恰卜恰工业发展园区", "海南州", "青海", "工业园区", C0, opt=True, note="2016年并入海南州绿色产业发展园区的原园区"),
 ],
 companies=[],
 institutions=[
  inst("海南州人民政府", C0, park=None, note="园区设立方"),
 ],
 projects=[
  proj("龙羊峡水光互补光伏电站", HN, "记者在园区内的龙羊峡水光互补光伏电站看到,一排排光伏板铺设在阳光下", note="园区内运行中的电站；无金额、无状态词"),
  proj("塔拉滩光伏扶贫电站", HN, C2, note="园区由语境推定（光伏发电园位于塔拉滩）；截至2020年7月累计发电1.3亿度"),
 ],
 aggregate_facts=[
  fact(HN, "park", "solar_power_firms", 46, "count", C1, AS3, note="新能源发电区"),
  fact(HN, "park", "solar_power_stations", 81, "count", C1, AS3, note="新能源发电区", opt=True),
  fact(HN, "park", "wind_power_firms", 20, "count", C1, AS3, note="新能源发电区"),
  fact(HN, "park", "wind_power_stations", 28, "count", C1, AS3, note="新能源发电区", opt=True),
  fact(HN, "park", "annual_power_generation_kwh", 7e9, "kWh", C3, "每年", note="光伏发电园；“70 亿度”"),
  fact(HN, "park", "annual_power_absorbed_by_jiangsu_kwh", 1e9, "kWh", C3, "每年", opt=True),
  fact(HN, "park", "power_absorbed_by_jiangsu_kwh", 3.3e9, "kWh", C3, "2020年9月", kind="cumulative", opt=True),
  fact("塔拉滩光伏扶贫电站", "project", "power_generation_kwh", 1.3e8, "kWh", C2, "截至2020年7月", kind="cumulative"),
  fact("塔拉滩光伏扶贫电站", "project", "revenue", 9e7, "cny", C2, "截至2020年7月", kind="cumulative", qual="余", qtext="多",
       note="“9000 多万元”；metric 不以 _cny 结尾，因“多”在“万元”之前，自动金额解析不认"),
  fact("塔拉滩光伏扶贫电站", "project", "avg_distribution_per_village_cny", 5.7e5, "cny", "173 个贫困村可以平均分得 57 万元", "截至2020年7月", kind="cumulative", chk=True, opt=True),
  fact(HN, "park", "power_income_share_to_village_collectives", 0.60, "ratio", "园区的发电所得 60% 归村集体", AS3, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- tv04 海西州招商引资 / 试验区管委会 (海西发布 via bsxtw 2016)
CD = "柴达木循环经济试验区"
HX = "海西州"
D0 = "试验区管委会负责跟踪统计的项目58个,已完成到位资金86.92亿元,完成省年度目标任务75亿元的115.89%,完成州定目标任务80亿元的108.65%"
D1 = "黄河上游60兆瓦并网光伏发电(四期)、格尔木玲珑湾大酒店、亚洲硅业新能源60兆瓦光伏发电、乌兰县电子商务建设等27个项目已完工"
D2 = "格尔木宁靓置业房地产开发、青海汉唐置业房地产开发、宏扬水泥窑协同处置工业废弃物等97个项目已开工建设"
D3 = "黄河公司青海德令哈一期2×135兆瓦光热发电德令哈昆仑雪域文化旅游投资有限公司等5个项目正在开展项目前期工作"
D4 = "2016年“青洽会”上,海西州政府、试验区管委会共签约项目140个,签约金额496.47亿元"
D5 = "试验区管委会负责推进落得项目44个,签约金额286.03亿元,已开工建设项目26个,"
D6 = "截至目前,累计完成到位资金207.96亿元,完成省定目标任务195亿元的106.64%"
D7 = "截至目前,已开工建设项目107个,完成到位资金107.36亿元,项目履约率、开工率、资金到位率分别达到98.57%、74.28%、21.62%"
D8 = "其中,州政府负责推进落实项目96个,签约金额210.44亿元,已开工建设项目78个,完成到位资金62.08亿元"
AS4 = "2016年（截至12月下旬）"
G["tv04"] = dict(
 article=art("海西州招商引资金超额到位 这些项目明年开建", "“海西发布”（海西州政务新媒体；无署名），载于 bsxtw.com（“招商动态”栏）", "2016-12-23", "day",
  "Prefecture government's news account relayed by a local site, Qinghai: a prefecture's investment-attraction year — funds in place against targets, split between the prefecture government and the circular-economy zone's committee; named projects completed, started and in preparation; the year's investment-fair signings and their follow-through for the prefecture and for the zone",
  "http://bsxtw.com/mingxiangdongtai/23.html",
  "日期取页面“| 招商动态 |2016-12-23”。标题照录；栏目日期行与“‘海西发布’欢迎您来稿…”约稿行已删。存段在末句“…已开工建设项目26个,完成到”处中断，残词“完成到”已删（make_txt.py LINE_SUFFIX），正文止于“…已开工建设项目26个,”（句未完，照存段），共三段。原文“负责推进落得项目”（应为“落实”）与“…2×135兆瓦光热发电德令哈昆仑雪域文化旅游投资有限公司等5个项目”（两项间缺标点）照录。园区：文中只作“试验区管委会”——即柴达木循环经济试验区管理委员会（海西州，青海），园区名记全称、alias“试验区”（名称不在文中，check_gold 会 WARN）。海西州为州（region），不是园区。项目：文中点名的项目都属“海西州政府追踪统计的131个项目”，园区未说，park 记 null：黄河上游60兆瓦并网光伏发电(四期)、格尔木玲珑湾大酒店、亚洲硅业新能源60兆瓦光伏发电、乌兰县电子商务建设 → 竣工（已完工）；格尔木宁靓置业房地产开发、青海汉唐置业房地产开发、宏扬水泥窑协同处置工业废弃物 → 开工；黄河公司青海德令哈一期2×135兆瓦光热发电 → planned（前期工作）；“德令哈昆仑雪域文化旅游投资有限公司”后项目名缺失，只列可选公司。均无单项金额。事实：海西州累计到位资金207.96亿元（省定目标195亿元的106.64%）；试验区管委会跟踪项目58个、到位资金86.92亿元、完成省年度目标75亿元的115.89%；2016年青洽会州政府与试验区共签约140个、496.47亿元，已开工107个、到位107.36亿元；其中试验区管委会44个、286.03亿元、已开工26个；州政府96个、210.44亿元、已开工78个、到位62.08亿元。",
  "tv04"),
 parks=[
  park(CD, "海西州", "青海", "循环经济试验区", D0, aliases=["试验区"], note="文中只作“试验区管委会”；即柴达木循环经济试验区（国家首批循环经济试点园区之一）"),
 ],
 companies=[
  comp("亚洲硅业", None, D1, opt=True, note="只在项目名中"),
  comp("宏扬", None, D2, opt=True, note="只在项目名中（“宏扬水泥窑协同处置工业废弃物”）"),
  comp("格尔木宁靓置业", None, D2, opt=True, note="只在项目名中"),
  comp("青海汉唐置业", None, D2, opt=True, note="只在项目名中"),
  comp("黄河公司", None, D3, opt=True, note="只在项目名中"),
  comp("德令哈昆仑雪域文化旅游投资有限公司", None, D3, opt=True, note="其后项目名缺失（原文两项间缺标点）"),
 ],
 institutions=[
  inst("试验区管委会", D0, park=CD, opt=False, note="柴达木循环经济试验区管理委员会"),
  inst("海西州政府", D4, note="又作“州政府”"),
 ],
 projects=[
  proj("黄河上游60兆瓦并网光伏发电(四期)", None, D1, phase="四期", status="竣工", status_text="已完工", note="海西州政府追踪统计项目"),
  proj("格尔木玲珑湾大酒店", None, D1, status="竣工", status_text="已完工", opt=True, note="海西州政府追踪统计项目；酒店"),
  proj("亚洲硅业新能源60兆瓦光伏发电", None, D1, companies=["亚洲硅业"], status="竣工", status_text="已完工", note="海西州政府追踪统计项目"),
  proj("乌兰县电子商务建设", None, D1, status="竣工", status_text="已完工", opt=True, note="海西州政府追踪统计项目"),
  proj("格尔木宁靓置业房地产开发", None, D2, companies=["格尔木宁靓置业"], status="开工", status_text="已开工建设", opt=True, note="房地产"),
  proj("青海汉唐置业房地产开发", None, D2, companies=["青海汉唐置业"], status="开工", status_text="已开工建设", opt=True, note="房地产"),
  proj("宏扬水泥窑协同处置工业废弃物", None, D2, companies=["宏扬"], status="开工", status_text="已开工建设"),
  proj("黄河公司青海德令哈一期2×135兆瓦光热发电", None, D3, companies=["黄河公司"], phase="一期", status="planned", status_text="正在开展项目前期工作"),
 ],
 aggregate_facts=[
  fact(HX, "region", "funds_in_place_cny", 2.0796e10, "cny", D6, AS4, kind="cumulative", chk=True),
  fact(HX, "region", "funds_in_place_target_completion", 1.0664, "ratio", D6, AS4, kind="ratio", opt=True, note="省定目标195亿元"),
  fact(HX, "region", "tracked_projects", 189, "count", "海西州纳入招商引资统计报表的189个项目", AS4, opt=True),
  fact(CD, "park", "tracked_projects", 58, "count", D0, AS4, note="试验区管委会负责跟踪统计"),
  fact(CD, "park", "funds_in_place_cny", 8.692e9, "cny", "已完成到位资金86.92亿元,完成省年度目标任务75亿元的115.89%", AS4, kind="cumulative", chk=True),
  fact(CD, "park", "funds_in_place_target_completion", 1.1589, "ratio", D0, AS4, kind="ratio", opt=True, note="省年度目标75亿元"),
  fact(CD, "park", "funds_in_place_target_cny", 7.5e9, "cny", "完成省年度目标任务75亿元的115.89%", "2016年", kind="target", chk=True, opt=True),
  fact(HX, "region", "projects_signed", 140, "count", D4, "2016年青洽会", note="海西州政府、试验区管委会合计"),
  fact(HX, "region", "signed_investment_cny", 4.9647e10, "cny", "签约金额496.47亿元", "2016年青洽会", chk=True, note="海西州政府、试验区管委会合计"),
  fact(HX, "region", "signed_projects_started", 107, "count", D7, AS4, kind="cumulative", note="青洽会签约项目，州与试验区合计"),
  fact(HX, "region", "signed_projects_funds_in_place_cny", 1.0736e10, "cny", "完成到位资金107.36亿元,项目履约率", AS4, kind="cumulative", chk=True, opt=True),
  fact(CD, "park", "projects_signed", 44, "count", D5, "2016年青洽会", note="试验区管委会负责推进落实"),
  fact(CD, "park", "signed_investment_cny", 2.8603e10, "cny", "签约金额286.03亿元,已开工建设项目26个", "2016年青洽会", chk=True),
  fact(CD, "park", "signed_projects_started", 26, "count", D5, AS4, kind="cumulative"),
  fact("海西州政府", "region", "projects_signed", 96, "count", D8, "2016年青洽会", opt=True, note="州政府负责推进落实"),
  fact("海西州政府", "region", "signed_investment_cny", 2.1044e10, "cny", "签约金额210.44亿元,已开工建设项目78个", "2016年青洽会", chk=True, opt=True),
  fact(HX, "region", "projects_completed", 27, "count", D1, AS4, kind="cumulative", opt=True, note="州政府追踪统计的131个项目中"),
  fact(HX, "region", "projects_started", 97, "count", D2, AS4, kind="cumulative", opt=True, note="州政府追踪统计的131个项目中"),
 ])

# ---------------------------------------------------------------- tv05 张建民调研海东重点项目建设情况 (青海新闻网 2016)
LK = "临空综合经济园"
HD = "海东工业园区"
E0 = "张建民一行先后来到海东工业园区临空综合经济园和乐都区朝阳山兰青线乐都至杏园段局部线路改建工程施工现场"
E1 = "查看了闽龙国际建材汽配商贸城、红星三田北山东部家具建材物流商贸城、青藏高原东部国际物流商贸中心配套中心、曹家堡保税物流中心及综合配套工程的项目施工进度"
E2 = "重点对海东海吉星农产品集配中心和兰青线乐都至杏园段局部线路改建工程施工情况进行了解"
G["tv05"] = dict(
 article=art("张建民调研海东重点项目建设情况", "青海新闻网（“青海新闻网讯”；无署名），载于 xining.baogaosu.com", "2016-04-13", "day",
  "Provincial news portal relayed by a city aggregator, Qinghai: a vice-governor's inspection of key projects in a prefecture-level city — an airport-economy park inside the city's industrial zone, four named trade and logistics projects under construction there, an agricultural distribution centre and a railway-line rebuild",
  "https://xining.baogaosu.com/xinwen/%E5%BC%A0%E5%BB%BA%E6%B0%91%E8%B0%83%E7%A0%94%E6%B5%B7%E4%B8%9C%E9%87%8D%E7%82%B9%E9%A1%B9%E7%9B%AE%E5%BB%BA%E8%AE%BE%E6%83%85%E5%86%B5/45828511",
  "日期取页面“13.04.2016 15:41”（日.月.年）；文中调研日为4月12日。标题照录；时间行已删。正文三段，以整句结束。园区：海东工业园区（海东市，青海）与其中的临空综合经济园（文中作“海东工业园区临空综合经济园”，又误作“临空经济综合经济园”，两种写法列 alias；2018年更名为海东河湟新区——文中未说）。项目：闽龙国际建材汽配商贸城、红星三田北山东部家具建材物流商贸城、青藏高原东部国际物流商贸中心配套中心、曹家堡保税物流中心及综合配套工程——“查看了…项目施工进度”→ 在建；所在园区由语境推定为临空综合经济园（调研先到该园，随后查看这些项目）。海东海吉星农产品集配中心（在建，园区未说，park null）；兰青线乐都至杏园段局部线路改建工程（铁路改建，乐都区，在建，可选）。均无金额。省市领导不列。",
  "tv05"),
 parks=[
  park(HD, "海东", "青海", "工业园区", E0, note="临空综合经济园的母园区"),
  park(LK, "海东", "青海", "临空经济园区", E0, parent=HD, aliases=["海东工业园区临空综合经济园", "临空经济综合经济园"],
       note="文中又误作“临空经济综合经济园”"),
 ],
 companies=[],
 projects=[
  proj("闽龙国际建材汽配商贸城", LK, E1, status="在建", status_text="项目施工进度", note="园区由语境推定"),
  proj("红星三田北山东部家具建材物流商贸城", LK, E1, status="在建", status_text="项目施工进度", note="园区由语境推定"),
  proj("青藏高原东部国际物流商贸中心配套中心", LK, E1, status="在建", status_text="项目施工进度", note="园区由语境推定"),
  proj("曹家堡保税物流中心及综合配套工程", LK, E1, status="在建", status_text="项目施工进度", note="园区由语境推定"),
  proj("海东海吉星农产品集配中心", None, E2, status="在建", status_text="施工情况", note="园区未说"),
  proj("兰青线乐都至杏园段局部线路改建工程", None, E0, status="在建", status_text="施工现场", opt=True, note="铁路线路改建，乐都区"),
 ],
 aggregate_facts=[])

# ---------------------------------------------------------------- tv06 试验区特色生物产业 (cdm.qinghai.gov.cn 2018)
F0 = "近年来,试验区始终以加快打造“千亿元”特色生物产业集群为目标"
F1 = "格尔木现代农产品加工产业园发挥区位、经济等优势,重点布局枸杞休闲食品医药保健两大产业链"
F2 = "德令哈绿色生物产业园吸纳国内特色生物界知名企业陆续加入"
F3 = "都兰诺木洪枸杞产业园成功跻身国家级现代农业产业园"
F4 = "15家枸杞企业通过有机转换资格和良好农业规范(GAP)认证,累计认证无公害产品64个,绿色食品21个,有机食品11个,"
AS6 = "2018年1月"
G["tv06"] = dict(
 article=art("特色生物产业助推一二三次产业联动发展", "柴达木循环经济试验区网站（cdm.qinghai.gov.cn，海西州人民政府网站群；来源栏空，编辑:李宏才）", "2018-01-18", "day",
  "Government website of a circular-economy zone, Qinghai: the zone's specialty-bio industry — the target cluster, three sub-parks (agricultural processing, green bio, wolfberry) and their roles, wolfberry certifications and certified firms and products",
  "http://cdm.qinghai.gov.cn/system/2018/01/18/010292918.shtml",
  "日期取页面“发布时间: 2018-01-18 09:26”。标题照录；网站顶栏与来源/时间/编辑行已删。存段在末句“…有机食品11个,获”处中断，残字“获”已删（make_txt.py LINE_SUFFIX），正文止于“…有机食品11个,”（句未完，照存段），共两段。原文“积极构建精神加工主导产业体系”（疑为“精深加工”）照录。园区：文中只作“试验区”——本站即柴达木循环经济试验区网站，园区名记全称、alias“试验区”（名称不在文中，check_gold 会 WARN）；三个分园区：格尔木现代农产品加工产业园、德令哈绿色生物产业园、都兰诺木洪枸杞产业园（国家级现代农业产业园），母园区记试验区。“出口枸杞质量安全示范区”为质量示范区，不列园区。无具名企业、项目或金额。事实：“千亿元”特色生物产业集群为目标（target，可选）；15家枸杞企业获有机转换与GAP认证；累计认证无公害产品64个、绿色食品21个、有机食品11个（cumulative，可选）。",
  "tv06"),
 parks=[
  park(CD, "海西州", "青海", "循环经济试验区", F0, aliases=["试验区"], note="文中只作“试验区”；本站为柴达木循环经济试验区网站"),
  park("格尔木现代农产品加工产业园", "海西州", "青海", "农产品加工产业园", F1, district="格尔木市", parent=CD, note="重点布局枸杞休闲食品、医药保健两大产业链"),
  park("德令哈绿色生物产业园", "海西州", "青海", "生物产业园", F2, district="德令哈市", parent=CD),
  park("都兰诺木洪枸杞产业园", "海西州", "青海", "国家级现代农业产业园", F3, district="都兰县", parent=CD),
 ],
 companies=[],
 projects=[],
 aggregate_facts=[
  fact(CD, "park", "bio_industry_cluster_output_target_cny", 1e11, "cny", "以加快打造“千亿元”特色生物产业集群为目标", "（目标，年份未说）", kind="target", opt=True,
       note="“千亿元”；check_gold 的金额解析读作1000亿元"),
  fact(CD, "park", "certified_wolfberry_firms", 15, "count", F4, AS6, kind="cumulative", note="通过有机转换资格和GAP认证"),
  fact(CD, "park", "pollution_free_products_certified", 64, "count", F4, AS6, kind="cumulative", opt=True),
  fact(CD, "park", "green_food_products_certified", 21, "count", F4, AS6, kind="cumulative", opt=True),
  fact(CD, "park", "organic_food_products_certified", 11, "count", F4, AS6, kind="cumulative", opt=True),
 ])

# ---------------------------------------------------------------- tv07 都兰 45个项目集中开复工 (青海新闻网 2016)
G0 = "海西蒙古族藏族自治州都兰县总投资77.88亿元的45个项目近日集中开复工"
G1 = "在宗加镇,由国投青海风电有限公司投资3.96亿元建设的49.5兆瓦风电项目破土动工"
G2 = "处青海黄金资源分布中心区域——香日德镇境内的青海昆仑黄金有限公司,是我省“双百”企业和柴达木循环经济试验区示范企业"
G3 = "开启了概算投资3.4亿多元的二期200t/d复杂难处理金精矿综合回收项目,预计2017年达标达产"
G4 = "公司以“打造青海黄金产业园的核心企业,建设西北难处理金精矿加工基地”为目标"
G5 = "继2012年公司一期100t/d冶炼工程建成投产"
G6 = "年底前将完成总投资3.4亿多元的一半"
AS7 = "2016年4月（集中开复工）"
G["tv07"] = dict(
 article=art("都兰:逾77亿元的45个项目集中开复工", "青海新闻网（“青海新闻网讯”；无署名），载于 xining.baogaosu.com", "2016-04-09", "day",
  "Provincial news portal relayed by a city aggregator, Qinghai: a county's 45 projects started or resumed — a central-SOE wind farm with its investment and planned operation, a gold firm (a demonstration firm of the circular-economy zone) starting its second-phase concentrate recovery project, a reservoir",
  "https://xining.baogaosu.com/xinwen/%25E4%25B8%25AA%25E9%25A1%25B9%25E7%259B%25AE/45685097",
  "日期取页面“09.04.2016 08:11”（日.月.年）；文中“近日”集中开复工。标题照录；时间行已删。正文四段，以整句结束。县为都兰县（海西州，青海），不是园区。园区：柴达木循环经济试验区（只在“柴达木循环经济试验区示范企业”中）；青海黄金产业园（只在企业目标“打造青海黄金产业园的核心企业”中，是否已设未说）——两者列可选园区。公司：国投青海风电有限公司（宗加镇，园区未说）；青海昆仑黄金有限公司（香日德镇；试验区示范企业，park 记柴达木循环经济试验区——由该称号推定，试验区覆盖海西州）。项目：49.5兆瓦风电项目——投资3.96亿元，破土动工 → 开工，计划年底投产；二期200t/d复杂难处理金精矿综合回收项目——概算投资“3.4亿多元”（investment_cny 留空，qualifier 余），“开启了”→ 在建，预计2017年达标达产；一期100t/d冶炼工程2012年建成投产（可选）；哇沿水库工程——总投资3.4亿多元，在建，水利（可选，park null）。事实：都兰县45个项目总投资77.88亿元（region；标题作“逾77亿元”）。",
  "tv07"),
 parks=[
  park(CD, "海西州", "青海", "循环经济试验区", G2, opt=True, note="只在“柴达木循环经济试验区示范企业”中"),
  park("青海黄金产业园", "海西州", "青海", "产业园（黄金）", G4, district="都兰县", opt=True, note="只在企业目标中；是否已设未说"),
 ],
 companies=[
  comp("国投青海风电有限公司", None, G1, note="项目在都兰县宗加镇；园区未说"),
  comp("青海昆仑黄金有限公司", CD, G2, note="“柴达木循环经济试验区示范企业”；香日德镇；园区由该称号推定"),
 ],
 projects=[
  proj("49.5兆瓦风电项目", None, G1, companies=["国投青海风电有限公司"], inv="投资3.96亿元", status="开工", status_text="破土动工",
       note="都兰县宗加镇；计划2016年底投产发电；公司一期49.5兆瓦已于2013年12月投运"),
  proj("二期200t/d复杂难处理金精矿综合回收项目", CD, G3, companies=["青海昆仑黄金有限公司"], inv="3.4亿多元", unparsed=True, qual="余", qual_text="多",
       phase="二期", status="在建", status_text="开启了", note="概算投资；预计2017年达标达产；园区随企业推定"),
  proj("一期100t/d冶炼工程", CD, G5, companies=["青海昆仑黄金有限公司"], phase="一期", status="投产", status_text="建成投产", opt=True, note="2012年建成投产"),
  proj("哇沿水库工程", None, G6, inv="3.4亿多元", unparsed=True, qual="余", qual_text="多", status="在建", status_text="导流洞钻爆开挖已顺利贯通", opt=True,
       note="水利工程，察汗乌苏河流域"),
 ],
 aggregate_facts=[
  fact("都兰县", "region", "projects_started", 45, "count", G0, AS7, note="集中开复工"),
  fact("都兰县", "region", "projects_started_investment_cny", 7.788e9, "cny", G0, AS7, chk=True),
  fact("49.5兆瓦风电项目", "project", "designed_annual_generation_kwh", 1.0722e8, "kWh", "这项设计年发电量10722万千瓦时的工程计划今年年底投产发电", "投产后（设计）", kind="target", opt=True),
 ])
