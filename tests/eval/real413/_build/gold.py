# real413 ground truth, read by build_all.py (helpers park/comp/inst/proj/fund/fact/art/amt defined there; copied from real52)
# Angle: 亩均论英雄 / 亩均税收 evaluations of parks and firms — per-mu figures, ranked parks and firms.
# Conventions as real52: evidence verbatim (all eight items simplified script as published); names as written in the text;
# 逾/超过/超/以上/突破 → 超, 余/多 → 余, 约/近/接近/左右 → 约 (qualifier_text keeps the word). Money: yuan in *_cny facts (first
# amount of the evidence; chk=True asserts it). Per-mu money figures are *_per_mu_cny facts in yuan (43.2万元 → 432000).
# Ranks are unit "rank" (value = the place). “A 是 B 的 2.02倍” is a ratio fact (value 2.02). “增长3.4倍” is kind ratio with
# value 3.4 (as written). A region (市, 区, 县级市) is not a park (subject_type region). Firms named only as list members of an
# evaluation get the park the text places them in, null where it names none. No projects and no funds are stated in any
# item. Sources are `search` (corpus pages) excerpts typed into _raw/pages/mvNN.raw as returned.

# ---------------------------------------------------------------- mv01 宁波 亩均论英雄 成绩单 (宁波日报 2019)
NB = "宁波市"
A1 = "去年全市规上工业亩均税收达43.2万元,居全省第一"
A2 = "奉化、镇海、鄞州、江北、慈溪、余姚、宁海等7个区县(市)进入全省“亩均税收十强区、十强县”"
G["mv01"] = dict(
 article=art("我市“亩均论英雄”改革 晒出亮丽成绩单 去年全市规上工业亩均税收达43.2万元,居全省第一", "宁波日报（殷聪 张凯凯 唐文俊），数字报 daily.cnnb.com.cn 第A1版要闻", "2019-04-12", "day",
  "City party daily, front page, Zhejiang: the city's 亩均论英雄 results for 2018 — industrial tax per mu and its provincial rank, fiscal contribution and GDP per mu of construction land, economic density, firms evaluated, low-efficiency firms upgraded, land revitalised, districts in the province's top-ten per-mu-tax lists",
  "http://daily.cnnb.com.cn/nbrb/html/2019-04/12/content_1160421.htm?div=-1",
  "日期取版面“2019年04月12日 星期五”；文中“昨日”即2019年4月11日，“去年”即2018年。主标题与副题照录，以空格相连。版面导航、“下一篇…”与报名行已删。正文两段，完整。无园区、无公司、无项目；事实主体为宁波市（文中作“我市”“全市”，另有“宁波市“亩均论英雄”大数据系统”）。七个区县（市）进入全省十强只作计数，不逐一列为主体。江北区获全省最高分不计数值。",
  "mv01"),
 parks=[], companies=[], institutions=[], projects=[], funds=[],
 aggregate_facts=[
  fact(NB, "region", "industrial_tax_per_mu_cny", 4.32e5, "cny", A1, "2018年", chk=True, note="规上工业亩均税收"),
  fact(NB, "region", "industrial_tax_per_mu_rank_province", 1, "rank", A1, "2018年", note="居全省第一"),
  fact(NB, "region", "fiscal_contribution_per_mu_cny", 9.2e4, "cny", "单位建设用地财政贡献达每亩9.2万元", "2018年", chk=True),
  fact(NB, "region", "economic_density_per_km2_cny", 1.09e8, "cny", "经济密度每平方公里1.09亿元", "2018年", chk=True),
  fact(NB, "region", "gdp_per_mu_cny", 3.72e5, "cny", "单位建设用地GDP每亩37.2万元", "2018年", chk=True),
  fact(NB, "region", "firms_evaluated", 19100, "count", "采集、核实1.91万家规上企业以及3亩以上规下工业企业数据93.4万条", "2018年以来", kind="cumulative", opt=True, note="1.91万家规上企业"),
  fact(NB, "region", "low_efficiency_firms_upgraded", 249, "count", "完成249家低效企业的改造提升,盘活土地4660亩,腾出用能4.8万吨标煤", "2018年以来", kind="cumulative"),
  fact(NB, "region", "land_revitalized_mu", 4660, "mu", "完成249家低效企业的改造提升,盘活土地4660亩,腾出用能4.8万吨标煤", "2018年以来", kind="cumulative"),
  fact(NB, "region", "energy_freed_tce", 4.8e4, "tce", "完成249家低效企业的改造提升,盘活土地4660亩,腾出用能4.8万吨标煤", "2018年以来", kind="cumulative", opt=True),
  fact(NB, "region", "districts_in_province_top10_tax_per_mu", 7, "count", A2, "2018年", opt=True),
 ])

# ---------------------------------------------------------------- mv02 柯桥 沈志江代表谈亩均论英雄 (浙江日报 2020)
KQ = "柯桥"
B1 = "“从2006年到现在,柯桥规模以上工业亩均税收增长3.4倍,亩均增加值增长1.8倍,全员劳动生产率增长2.6倍。”"
G["mv02"] = dict(
 article=art("沈志江代表谈“亩均论英雄”", "浙江日报（记者 夏丹），载于杭州网 z.hangzhou.com.cn 2020年浙江两会专题", "2020-01-14", "day",
  "Provincial party daily on a city portal's session special, Zhejiang: a district party secretary and deputy on the district's 亩均论英雄 reform since 2006 — growth of industrial tax and value added per mu and of labour productivity, the 亩均+ evaluation system and 标准地 reform",
  "http://z.hangzhou.com.cn/2020/zjslh/content/content_7660266.htm",
  "日期取页面“发布时间:2020-01-14 10:56:38”。标题照录；“返回”与末行“来源:浙江日报 作者:记者 夏丹 编辑:”已删（来源与作者记入 outlet）。正文四段，完整。无园区、无公司、无项目。事实主体为柯桥（绍兴市柯桥区，文中作“柯桥”）；“增长3.4倍”等按原文记 ratio 3.4 / 1.8 / 2.6（as_of 2006年至2019年）。",
  "mv02"),
 parks=[], companies=[], institutions=[], projects=[], funds=[],
 aggregate_facts=[
  fact(KQ, "region", "industrial_tax_per_mu_growth", 3.4, "ratio", B1, "2006年至2019年", kind="ratio", note="“增长3.4倍”，按原文记3.4"),
  fact(KQ, "region", "value_added_per_mu_growth", 1.8, "ratio", B1, "2006年至2019年", kind="ratio"),
  fact(KQ, "region", "labour_productivity_growth", 2.6, "ratio", B1, "2006年至2019年", kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- mv03 绵阳185家企业上榜 (四川经济日报 2022)
SC = "四川省"
MY = "绵阳"
C0 = "四川长虹电子控股集团有限公司、四川永贵科技有限公司、四川华拓光通信股份有限公司、维谛技术(绵阳)有限公司、四川安和精密电子电器股份有限公司、四川爱联科技股份公司……记者梳理名单发现,绵阳A类企业中不乏电子信息、装备制造、先进材料等支柱产业"
C1 = "全省共有2597家企业成功上榜,获评A类企业。其中,绵阳185家企业上榜"
C2 = "据悉,全部参评的9445户规上企业中,各市(州)共评出A类企业2597户,占参评企业的28.8%"
C3 = "其中,亩均营业收入是全省均值的2.02倍、亩均税收是全省的2.53倍、人均营收是全省均值的1.3倍、单位能耗营收是全省均值的1.36倍、R&D投入强度比全省均值高0.14个百分点"
AS3 = "2021年评价"
G["mv03"] = dict(
 article=art("绵阳185家企业上榜!2021年四川“亩均论英雄”结果公布", "四川经济日报（黄小芹 记者 任毅 张宇），载于 yybnet.net（地方网·今日四川）", "2022-01-12", "day",
  "Provincial economic daily on a regional news portal, Sichuan: the province's 2021 亩均论英雄 evaluation of park firms — A-class firms in the province and in one city, six named A-class firms, the indicators, A-class firms' per-mu figures against the provincial average",
  "https://yybnet.net/sichuan/news/202201/11712199.html",
  "日期取页面“来源:四川经济日报 2022-01-12 06:57”。标题前的列表符“●”已删；城市导航、面包屑、来源行与末尾“新闻推荐 加”已删。正文四段，完整。六家公司为绵阳A类企业，文中未点明所在园区，park 记 null。经济和信息化厅（四川省经济和信息化厅，文中作“经济和信息化厅”）列可选机构。事实：全省2597家A类（C1、C2两处同数）、绵阳185家、参评9445户、占比28.8%；A类企业亩均营收等为全省均值的倍数（ratio）。",
  "mv03"),
 parks=[],
 companies=[
  comp("四川长虹电子控股集团有限公司", None, C0, note="绵阳A类企业"),
  comp("四川永贵科技有限公司", None, C0, note="绵阳A类企业"),
  comp("四川华拓光通信股份有限公司", None, C0, note="绵阳A类企业"),
  comp("维谛技术(绵阳)有限公司", None, C0, note="绵阳A类企业"),
  comp("四川安和精密电子电器股份有限公司", None, C0, note="绵阳A类企业"),
  comp("四川爱联科技股份公司", None, C0, note="绵阳A类企业"),
 ],
 institutions=[
  inst("经济和信息化厅", "近日,经济和信息化厅发布了《关于公布“亩均论英雄”产业园区规上工业企业效益评价(2021年)A类企业名单的通知》", note="四川省经济和信息化厅"),
 ],
 projects=[], funds=[],
 aggregate_facts=[
  fact(SC, "region", "a_class_firms", 2597, "count", C1, AS3),
  fact(MY, "region", "a_class_firms", 185, "count", C1, AS3),
  fact(SC, "region", "firms_evaluated", 9445, "count", C2, AS3),
  fact(SC, "region", "a_class_share", 0.288, "ratio", C2, AS3, kind="ratio"),
  fact(SC, "region", "a_class_revenue_per_mu_vs_avg", 2.02, "ratio", C3, AS3, kind="ratio", note="A类企业亩均营业收入为全省均值的倍数"),
  fact(SC, "region", "a_class_tax_per_mu_vs_avg", 2.53, "ratio", C3, AS3, kind="ratio", note="A类企业亩均税收为全省均值的倍数"),
  fact(SC, "region", "a_class_revenue_per_worker_vs_avg", 1.3, "ratio", C3, AS3, kind="ratio", opt=True),
  fact(SC, "region", "a_class_revenue_per_energy_vs_avg", 1.36, "ratio", C3, AS3, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- mv04 乐清 亩均效益继续领跑 (浙江日报 2022)
YQ = "乐清"
D1 = "2021年度,乐清全市规上企业亩均税收55.29万元,居全省90个县市区第7位,53个县市第1"
D2 = "亩均工业增加316.48万元,居全省90个县市区第4(比去年上进1位),53个县市第1"
D3 = "共13家单位“领跑”,比上年新增5家"
AS4 = "2021年度"
G["mv04"] = dict(
 article=art("浙江省2021年亩均效益领跑者名单公布 温州乐清继续领跑", "浙江日报（“来源:浙江日报”；存段无署名），载于 zjjzx.cn", "2022-03-28", "day",
  "Provincial party daily relayed by a news site, Zhejiang: a county-level city's 2021 亩均 results — tax and industrial value added per mu of above-scale firms with their ranks among 90 counties and districts and 53 counties, against the provincial average, and its number of units on the province's per-mu leader lists",
  "http://www.zjjzx.cn/zx/2022/0328/25174.html",
  "日期取页面“来源:浙江日报2022-03-28 14:02:34”。标题照录；面包屑与来源行已删。**删节**：存段末段（“其中,浙江正泰电器股份有限公司…乐清经济开发区上榜浙江省开发区亩均效益领跑者(西南片);乐清智能电气高新技术产业园区…;乐清智能电气小微园、柳市苏吕电”）在列举中断，整段无句号，按句界规则整段删去；故正文不含该段所列公司与园区。正文三段。事实主体为乐清（温州市乐清市，县级市，region）；全省平均水平28.1万元、135.7万元记浙江省（可选）。“亩均工业增加316.48万元”原文如此（少“值”字）。",
  "mv04"),
 parks=[], companies=[], institutions=[
  inst("浙江省深化“亩均论英雄”改革工作领导小组", "近日,浙江省深化“亩均论英雄”改革工作领导小组公布了2021年全省亩均绩效报告和分领域分行业亩均效益领跑者名单"),
 ], projects=[], funds=[],
 aggregate_facts=[
  fact(YQ, "region", "tax_per_mu_cny", 5.529e5, "cny", D1, AS4, chk=True, note="规上企业亩均税收"),
  fact(YQ, "region", "tax_per_mu_rank_province", 7, "rank", D1, AS4, note="全省90个县市区第7位"),
  fact(YQ, "region", "tax_per_mu_rank_counties", 1, "rank", D1, AS4, opt=True, note="53个县市第1"),
  fact(YQ, "region", "industrial_value_added_per_mu_cny", 3.1648e6, "cny", D2, AS4, chk=True),
  fact(YQ, "region", "industrial_value_added_per_mu_rank_province", 4, "rank", D2, AS4, note="全省90个县市区第4"),
  fact(YQ, "region", "industrial_value_added_per_mu_rank_counties", 1, "rank", D2, AS4, opt=True),
  fact("浙江省", "region", "tax_per_mu_cny", 2.81e5, "cny", "分别是全省平均水平28.1万元、135.7万元的近2倍", AS4, opt=True, chk=True, note="全省平均水平"),
  fact("浙江省", "region", "industrial_value_added_per_mu_cny", 1.357e6, "cny", "135.7万元的近2倍", AS4, opt=True, chk=True, note="全省平均水平"),
  fact(YQ, "region", "per_mu_leader_units", 13, "count", D3, AS4),
  fact(YQ, "region", "per_mu_leader_units_new", 5, "count", D3, AS4, opt=True),
 ])

# ---------------------------------------------------------------- mv05 嘉兴 34家入围亩均效益领跑者 (中国西藏网 2022)
JX = "嘉兴市"
E1 = "在浙江省深化“亩均论英雄”改革工作领导小组办公室公布的2021年浙江省分领域分行业亩均效益领跑者名单中,嘉兴市共有34家企业(产业平台)成功入围,数量居浙江省第三位"
E2 = "而浙江晶科能源有限公司和浙江华友钴业股份有限公司、桐乡经济开发区、南湖基金小镇分别连续三次入围“省制造业重点行业亩均效益领跑企业”“省开发区亩均效益领跑者”和“省特色小镇亩均效益领跑者”"
E3 = "在该市34家入围单位中,共有15家企业(产业平台)是第二次入围,其中14家企业(产业平台)已连续两次入围"
AS5 = "2021年（领跑者名单）"
G["mv05"] = dict(
 article=art("嘉兴以“亩均论英雄” 引领经济高质量发展", "中国西藏网 tibet.cn（即时新闻·地方；原发媒体与署名存段未示）", "2022-04-25", "day",
  "National portal's local-news channel, Zhejiang: a city's firms and platforms on the province's 2021 per-mu leader lists — number and provincial rank, repeat entrants, two firms, an economic development zone and a characteristic town listed three years running",
  "http://tibet.cn/cn/Instant/local/202204/t20220425_7191504.html",
  "日期取网址 t20220425（文中“记者4月24日…获悉”）。标题照录。**删节**：存段末段（“这两年,嘉兴市大力推动新制造“555”行动…此次,嘉兴市有3家现代纺织和服装”）在句中中断，整段无句号，整段删去；正文三段，截至“…成为所在领域的“常青树”。”。园区：桐乡经济开发区（嘉兴市桐乡市，浙江；连续三次入围“省开发区亩均效益领跑者”）；南湖基金小镇为特色小镇，列可选园区。公司：浙江晶科能源有限公司、浙江华友钴业股份有限公司（连续三次入围制造业领跑企业；文中未点明园区，park null）。机构：嘉兴市经信局、浙江省深化“亩均论英雄”改革工作领导小组办公室（可选）。",
  "mv05"),
 parks=[
  park("桐乡经济开发区", "嘉兴", "浙江", "经济开发区", E2, district="桐乡市", note="连续三次入围省开发区亩均效益领跑者"),
  park("南湖基金小镇", "嘉兴", "浙江", "特色小镇", E2, district="南湖区", opt=True, note="特色小镇；连续三次入围省特色小镇亩均效益领跑者"),
 ],
 companies=[
  comp("浙江晶科能源有限公司", None, E2, note="连续三次入围省制造业重点行业亩均效益领跑企业"),
  comp("浙江华友钴业股份有限公司", None, E2, note="同上"),
 ],
 institutions=[
  inst("嘉兴市经信局", "记者4月24日从嘉兴市经信局获悉"),
  inst("浙江省深化“亩均论英雄”改革工作领导小组办公室", E1),
 ],
 projects=[], funds=[],
 aggregate_facts=[
  fact(JX, "region", "per_mu_leader_units", 34, "count", E1, AS5, note="企业(产业平台)"),
  fact(JX, "region", "per_mu_leader_units_rank_province", 3, "rank", E1, AS5, note="数量居浙江省第三位"),
  fact(JX, "region", "per_mu_leader_units_second_time", 15, "count", E3, AS5, opt=True),
  fact(JX, "region", "per_mu_leader_units_consecutive", 14, "count", E3, AS5, opt=True),
 ])

# ---------------------------------------------------------------- mv06 扬州 亩均论英雄 广陵经济开发区 (江苏经济报 2022)
GL = "广陵经济开发区"
KJ = "广陵经济开发区科技创业园"
F1 = "落户于广陵经济开发区科技创业园内的江苏扬杰润奥半导体有限公司部门负责人马玉平说"
F2 = "同样落户科技创业园的上扬无线射频科技扬州有限公司总经理吴建宏介绍"
G["mv06"] = dict(
 article=art("扬州市聚集资源利用效率全面实施亩均论英雄 走出一条高质量新路!", "江苏经济报，载于 caijing.cc", "2022-07-01", "day",
  "Provincial economic paper relayed by a finance site, Jiangsu: a city's 亩均论英雄 reform — a district's high-standard factory buildings in an economic development zone's start-up park, two firms there, one firm's patents",
  "http://caijing.cc/qh/2022/0701/30609.html",
  "日期取页面“来源:江苏经济报 发布时间:2022-07-01 13:23:08”。标题照录；来源行已删。**删节**：存段末段（“高邮市在西北片区棚户区改造中…自2018”）在句中中断，连同其上两行小标题“高邮市:昔日棚户区“脏乱差””“今天生态文化示范区”一并删去；正文截至广陵区一节末句“…还荣获江苏省示范智能车间表彰等。”。小标题“广陵区:高标准厂房提升效率”“科技产业“金凤凰”云集”保留为段。园区：广陵经济开发区（扬州市广陵区，江苏）；其内的“科技创业园”（文中作“广陵经济开发区科技创业园”，又作“科技创业园”“科技园”）列为子园区。两家公司落户科技创业园。广陵经济开发区投资服务中心列可选机构。存段无亩均数字。",
  "mv06"),
 parks=[
  park(GL, "扬州", "江苏", "经济开发区", "据广陵经济开发区投资服务中心专员李平介绍,园区通过建设“无围墙企业群”类型的高标准厂房", district="广陵区"),
  park(KJ, "扬州", "江苏", "创业园", F1, district="广陵区", parent=GL, aliases=["科技创业园"], note="文中又作“科技园”"),
 ],
 companies=[
  comp("江苏扬杰润奥半导体有限公司", KJ, F1),
  comp("上扬无线射频科技扬州有限公司", KJ, F2),
 ],
 institutions=[
  inst("广陵经济开发区投资服务中心", "据广陵经济开发区投资服务中心专员李平介绍", park=GL),
 ],
 projects=[], funds=[],
 aggregate_facts=[
  fact("上扬无线射频科技扬州有限公司", "company", "patents_applied", 50, "count", "目前公司已申请专利50多项", "2022年6月前后（截至报道）", kind="cumulative", qual="余", qtext="多", opt=True),
 ])

# ---------------------------------------------------------------- mv07 四川 “掘金”园区“英雄” (四川日报 2023)
G1 = "●A类企业引领带动效应显著,亩均产出效益更优,亩均营收是全部参评企业均值的1.53倍,亩均税收达1.9倍,绿色发展水平更高,单位能耗产出是全部参评企业均值的1.29倍"
G2 = "近期,四川各市(州)陆续发布“亩均论英雄”产业园区规上工业企业效益评价(2022年)A类企业名单。据统计,全省上榜企业总数接近3000户。"
AS7 = "2022年评价"
G["mv07"] = dict(
 article=art("“掘金”园区“英雄”让发展更有含金量", "四川日报（存段无署名），载于 yundong.cnjdz.net（资讯栏）", "2023-04-04", "day",
  "Provincial party daily relayed by a local portal, Sichuan: three years of the province's 亩均论英雄 evaluation of park firms — coverage, average growth of per-mu indicators, A-class firms against all evaluated firms, number of A-class firms for 2022 (opening part of a longer feature)",
  "http://www.yundong.cnjdz.net/information/2023/0404/1986.html",
  "日期取页面“来源: 四川日报 | 时间: 2023-04-04 09:05:47”。标题前转载站所加“新资讯:”已删；面包屑、来源行与“【资料图】”已删。导语小标题“质”“量”双升与三条“●”要点照录。**删节**：存段在“信号一”一节首段“…经济和信息化厅相关负责人介绍,与2020年首次评价相比,评价覆盖”处中断，残句已删（make_txt.py LINE_SUFFIX），正文截至“…‘质’‘量’双升的特点。””。全文为长篇报道的开头部分。无园区、无公司名。事实主体四川省（region）：上榜A类企业“接近3000户”（约）；覆盖21个市州；A类企业亩均营收、亩均税收、单位能耗产出为均值的倍数（ratio）；指标年均增幅近10%（约，可选）。",
  "mv07"),
 parks=[], companies=[], institutions=[], projects=[], funds=[],
 aggregate_facts=[
  fact(SC, "region", "a_class_firms", 3000, "count", G2, AS7, qual="约", qtext="接近", note="全省上榜企业总数"),
  fact(SC, "region", "cities_covered", 21, "count", "覆盖21个市州和全部以发展工业为主的各类园区", AS7, opt=True),
  fact(SC, "region", "per_mu_indicators_avg_annual_growth", 0.10, "ratio", "亩均营收、亩均税收、人均营收、单位能耗产出等指标年平均增幅近10%", "2020年至2022年评价", kind="ratio", qual="约", qtext="近", opt=True),
  fact(SC, "region", "a_class_revenue_per_mu_vs_avg", 1.53, "ratio", G1, AS7, kind="ratio"),
  fact(SC, "region", "a_class_tax_per_mu_vs_avg", 1.9, "ratio", G1, AS7, kind="ratio"),
  fact(SC, "region", "a_class_output_per_energy_vs_avg", 1.29, "ratio", G1, AS7, kind="ratio", opt=True),
 ])

# ---------------------------------------------------------------- mv08 济宁高新区 亩产效益 综合评价结果 (济宁高新区管委会 2024)
JN = "济宁高新区"
H1 = "在275家报送统计年报的规模以上工业企业中确认济宁科力光电产业有限责任公司等55家为A类(优先发展类)企业"
H2 = "山东龙翼航空科技有限公司等97家为B类(支持发展类)企业"
H3 = "山东鑫德锐工程机械有限公司等99家为C类(提升发展类)企业"
H4 = "济宁丰盛立业环保科技有限公司等14家为D类(限制发展类)企业"
H5 = "山东聚源热力有限责任公司等10家为T类(暂不评价类)企业"
H6 = "在100家占地3亩以上工业企业中确认济宁开源机械制造有限公司等20家为A类(优先发展类)企业"
H7 = "山东宇皓金属制品有限公司等40家为B类(支持发展类)企业"
H8 = "济宁市同创工矿设备有限公司等35家为C类(提升发展类)企业"
H9 = "济宁市德润油脂有限公司等5家为D类(限制发展类)企业"
AS8 = "2023年度（评价）"
G["mv08"] = dict(
 article=art("济宁高新区管委会关于公布2023年度工业企业“亩产效益”综合评价结果的通知", "济宁高新区管委会（政务公开，jnhn.gov.cn；济高新管发〔2024〕4号）", "2024-07-24", "day",
  "High-tech zone administration's published notice, Shandong: results of the zone's 2023 亩产效益 classification of industrial firms — above-scale and small firms by class A/B/C/D/T with one named firm per class",
  "http://www.jnhn.gov.cn/art/2024/7/24/art_26567_2797580.html?xxgkhide=1",
  "日期取“成文日期/发布日期: 2024-07-24”。标题取“标 题:”栏，文号“济高新管发〔2024〕4号”另记 outlet；信息公开表格各行已删。**删节**：存段末段“各有关部门要依据…D类严格限制的原”在句中中断，整段删去；正文截至“…现予以公布。”，共三段（含主送机关一行）。园区：济宁高新区（济宁市，山东；文中作“济宁高新区”）。公司：各类别点名的九家企业，均为本区参评企业，park 记济宁高新区。机构：济宁高新区管委会（发文机关，见标题）；山东省工信厅、济宁市人民政府（可选）。事实：规上企业275家参评及A/B/C/D/T五类家数；占地3亩以上企业100家及A/B/C/D四类家数（可选）。",
  "mv08"),
 parks=[
  park(JN, "济宁", "山东", "高新区", "按照《济宁高新区2024年“亩产效益”评价改革实施方案》(济高新管字〔2024〕18号),经周密组织、稳步推进,已完成2023年度工业企业“亩产效益”分类综合评价工作"),
 ],
 companies=[
  comp("济宁科力光电产业有限责任公司", JN, H1, note="规上A类"),
  comp("山东龙翼航空科技有限公司", JN, H2, note="规上B类"),
  comp("山东鑫德锐工程机械有限公司", JN, H3, note="规上C类"),
  comp("济宁丰盛立业环保科技有限公司", JN, H4, note="规上D类"),
  comp("山东聚源热力有限责任公司", JN, H5, note="规上T类"),
  comp("济宁开源机械制造有限公司", JN, H6, note="3亩以上A类"),
  comp("山东宇皓金属制品有限公司", JN, H7, note="3亩以上B类"),
  comp("济宁市同创工矿设备有限公司", JN, H8, note="3亩以上C类"),
  comp("济宁市德润油脂有限公司", JN, H9, note="3亩以上D类"),
 ],
 institutions=[
  inst("济宁高新区管委会", "济宁高新区管委会关于公布2023年度工业企业“亩产效益”综合评价结果的通知", park=JN, opt=False, note="发文机关"),
  inst("山东省工信厅", "根据山东省工信厅等部门联合印发的《关于做好2024年“亩产效益”评价改革工作的通知》"),
  inst("济宁市人民政府", "济宁市人民政府《关于开展“亩产效益”评价改革工作的实施意见》"),
 ],
 projects=[], funds=[],
 aggregate_facts=[
  fact(JN, "park", "firms_evaluated", 275, "count", H1, AS8, note="报送统计年报的规模以上工业企业"),
  fact(JN, "park", "a_class_firms", 55, "count", H1, AS8),
  fact(JN, "park", "b_class_firms", 97, "count", H2, AS8),
  fact(JN, "park", "c_class_firms", 99, "count", H3, AS8),
  fact(JN, "park", "d_class_firms", 14, "count", H4, AS8),
  fact(JN, "park", "t_class_firms", 10, "count", H5, AS8, opt=True),
  fact(JN, "park", "small_firms_evaluated", 100, "count", H6, AS8, opt=True, note="占地3亩以上工业企业"),
  fact(JN, "park", "small_a_class_firms", 20, "count", H6, AS8, opt=True),
  fact(JN, "park", "small_b_class_firms", 40, "count", H7, AS8, opt=True),
  fact(JN, "park", "small_c_class_firms", 35, "count", H8, AS8, opt=True),
  fact(JN, "park", "small_d_class_firms", 5, "count", H9, AS8, opt=True),
 ])
